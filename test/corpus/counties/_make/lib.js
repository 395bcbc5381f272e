'use strict';
/*
 * Small helpers shared by make.js: a seeded PRNG, Chinese names, 身份证号 with a real check digit,
 * village names, dates in the ways clerks type them, and a JSON writer that keeps one sheet row
 * per line. Plain Node, nothing from the project.
 */
const fs = require('fs');

function mulberry32(a) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function rng(seed) {
  const f = mulberry32(seed);
  const r = {
    f,
    int: (a, b) => a + Math.floor(f() * (b - a + 1)),
    pick: (arr) => arr[Math.floor(f() * arr.length)],
    shuffle: (arr) => {
      const a = arr.slice();
      for (let i = a.length - 1; i > 0; i--) {
        const j = Math.floor(f() * (i + 1));
        [a[i], a[j]] = [a[j], a[i]];
      }
      return a;
    },
  };
  return r;
}

// ---------------------------------------------------------------- dates
const DAY = 86400000;
const iso = (t) => new Date(t).toISOString().slice(0, 10);
const parse = (s) => Date.parse(s + 'T00:00:00Z');
function randDate(r, from, to) {
  const n = Math.round((parse(to) - parse(from)) / DAY);
  return iso(parse(from) + r.int(0, n) * DAY);
}
function parts(s) {
  const [y, m, d] = s.split('-').map(Number);
  return { y, m, d };
}
/** A date as the clerk typed it. */
const fmt = {
  real: (s) => ({ date: s }),
  dot: (s) => { const { y, m, d } = parts(s); return `${y}.${m}.${d}`; },
  cn: (s) => { const { y, m, d } = parts(s); return `${y}年${m}月${d}日`; },
  slash: (s) => { const { y, m, d } = parts(s); return `${y}/${m}/${d}`; },
  yy: (s) => { const { y, m, d } = parts(s); return `${y % 100}.${m}.${d}`; },
  cnMonth: (s) => { const { y, m } = parts(s); return `${y}年${m}月`; },
};

// ---------------------------------------------------------------- people
const SURNAMES = '陈李黄张刘林罗何曾钟邓赖廖吴温古朱丘谢徐叶蓝冯潘梁彭汤巫侯华邹江'.split('');
const GIVEN_M = '国志伟建军明华强文春海平东晓永健德荣福生宏新光辉金成勇'.split('');
const GIVEN_F = '秀丽芳美玉红英兰燕琴霞凤娟梅清慧敏婷月珍桂莲'.split('');
function personName(r, male) {
  const g = male ? GIVEN_M : GIVEN_F;
  return r.pick(SURNAMES) + r.pick(g) + (r.f() < 0.7 ? r.pick(g) : '');
}
function phone(r) {
  let s = r.pick(['13', '15', '18', '17']);
  for (let i = 0; i < 9; i++) s += r.int(0, 9);
  return s;
}

const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
function idCheck(s17) {
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(s17[i]) * W[i];
  return CHECK[s % 11];
}
/** A fresh 18-digit ID (check digit computed; the 17th digit odd for men). */
function makeId(r, region, used, { y0, y1, male, wantX = false }) {
  for (;;) {
    const y = r.int(y0, y1);
    const m = String(r.int(1, 12)).padStart(2, '0');
    const d = String(r.int(1, 28)).padStart(2, '0');
    const seq = String(r.int(0, 99)).padStart(2, '0');
    const g = male ? r.pick([1, 3, 5, 7, 9]) : r.pick([0, 2, 4, 6, 8]);
    const s17 = `${region}${y}${m}${d}${seq}${g}`;
    const id = s17 + idCheck(s17);
    if (used.has(id)) continue;
    if (wantX && !id.endsWith('X')) continue;
    used.add(id);
    return id;
  }
}
function person(r, region, used, { y0, y1, wantX }) {
  const male = r.f() < 0.5;
  return { name: personName(r, male), male, id: makeId(r, region, used, { y0, y1, male, wantX }) };
}

// ---------------------------------------------------------------- villages
const V1 = '上下大小新石黄高东西南北长龙白青马牛杨梅桥坪岭塘田竹松桃李陈罗洋溪铁金福和太三九中乌红横沙湖莲富'.split('');
const V2 = '田坑坪岗塘洞背坝湖岭山溪口头围寨水源岩楼陂坳径岸峰光联丰安兴星明屋江湾'.split('');
/**
 * towns: [townName, number of 行政村, [居委会/社区 names]]; returns rows in list order
 * ({town, core, admin}); village cores are unique in the county and never in `exclude`.
 */
function makeVillages(r, towns, exclude, communitiesFirst) {
  const used = new Set(exclude);
  const out = [];
  for (const [town, n, comms] of towns) {
    const vs = [];
    for (let i = 0; i < n; i++) {
      let core;
      do core = r.pick(V1) + r.pick(V2);
      while (used.has(core) || core[0] === core[1]);
      used.add(core);
      vs.push({ town, core, admin: true, poor: false, covered: false });
    }
    const cs = comms.map((c) => ({ town, core: c, admin: false, poor: false, covered: false }));
    out.push(...(communitiesFirst ? cs.concat(vs) : vs.concat(cs)));
  }
  return out;
}

// ---------------------------------------------------------------- checks
const WINDOW = ['2020-09', '2020-10', '2020-11', '2020-12', '2021-01', '2021-02',
  '2021-03', '2021-04', '2021-05', '2021-06', '2021-07', '2021-08'];
function monthsInWindow(dates) {
  const s = new Set(dates.map((d) => d.slice(0, 7)).filter((m) => WINDOW.includes(m)));
  return WINDOW.filter((m) => s.has(m));
}

// ---------------------------------------------------------------- output
function writeCase(file, c) {
  const L = [];
  L.push('{');
  L.push(`  "description": ${JSON.stringify(c.description)},`);
  L.push('  "sheets": [');
  c.sheets.forEach((s, si) => {
    L.push('    {');
    L.push(`      "name": ${JSON.stringify(s.name)},`);
    const more = (s.merges && s.merges.length) || s.hidden;
    L.push('      "rows": [');
    L.push(s.rows.map((row) => '        ' + JSON.stringify(row)).join(',\n'));
    L.push('      ]' + (more ? ',' : ''));
    if (s.merges && s.merges.length) L.push(`      "merges": ${JSON.stringify(s.merges)}${s.hidden ? ',' : ''}`);
    if (s.hidden) L.push('      "hidden": true');
    L.push('    }' + (si < c.sheets.length - 1 ? ',' : ''));
  });
  L.push('  ],');
  L.push('  "expect": ' + JSON.stringify(c.expect, null, 2).replace(/\n/g, '\n  ') + ',');
  L.push('  "derivation": ' + JSON.stringify(c.derivation, null, 2).replace(/\n/g, '\n  '));
  L.push('}');
  const text = L.join('\n') + '\n';
  JSON.parse(text);
  fs.writeFileSync(file, text);
}

/** Split `total` into `n` positive parts between lo and hi (deterministic). */
function split(r, total, n, lo, hi) {
  const v = [];
  for (let i = 0; i < n; i++) v.push(r.int(lo, hi));
  let diff = total - v.reduce((a, b) => a + b, 0);
  let i = 0;
  while (diff !== 0) {
    const step = diff > 0 ? 1 : -1;
    if (v[i % n] + step >= 1) { v[i % n] += step; diff -= step; }
    i++;
  }
  return v;
}

module.exports = { rng, randDate, fmt, personName, phone, person, makeId, makeVillages, WINDOW, monthsInWindow, writeCase, split };
