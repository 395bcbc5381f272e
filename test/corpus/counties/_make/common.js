'use strict';
/*
 * Generators and checks shared by the four county files: coverage planning, stations, poor
 * persons, sign-in rows, and the assertion helper that confirms the generated ledgers hold the
 * counts each hand-written derivation states.
 */
const assert = require('assert');
const { randDate, person } = require('./lib');

const CUTOFF = '2021-08-31';
const le = (d) => d <= CUTOFF; // ISO strings compare as dates

// ============================================================== shared generators
const vname = (v) => v.core + '村';
/** All villages a station list may cover, the poor ones first. */
function planCoverage(r, villages, nPoorCovered, nOtherCovered) {
  const admin = villages.filter((v) => v.admin);
  const poor = r.shuffle(admin.filter((v) => v.poor));
  const other = r.shuffle(admin.filter((v) => !v.poor));
  poor.slice(0, nPoorCovered).forEach((v) => (v.covered = true));
  other.slice(0, nOtherCovered).forEach((v) => (v.covered = true));
  return { uncoveredPoor: poor.slice(nPoorCovered), uncoveredOther: other.slice(nOtherCovered) };
}
function markPoor(r, villages, n) {
  r.shuffle(villages.filter((v) => v.admin)).slice(0, n).forEach((v) => (v.poor = true));
}
/** One station per covered village, opened between from and to. */
function baseStations(r, villages, from, to) {
  return villages.filter((v) => v.covered).map((v) => ({ v, opened: randDate(r, from, to) }));
}
/** Poor persons by category; the first eligible person's ID ends in X. */
function makePoor(r, region, used, villages, P) {
  const admin = villages.filter((v) => v.admin);
  const poorV = admin.filter((v) => v.poor);
  const list = [];
  const add = (cat, n, y0, y1) => {
    for (let i = 0; i < n; i++) {
      const p = person(r, region, used, { y0, y1, wantX: cat === 'eligible' && i === 0 });
      const v = r.f() < 0.6 ? r.pick(poorV) : r.pick(admin);
      list.push({ ...p, cat, v });
    }
  };
  add('eligible', P.eligible, 1963, 2001);
  add('migrant', P.migrant, 1970, 2001);
  add('noLabour', P.noLabour, 1936, 1957);
  const order = new Map(villages.map((v, i) => [v, i]));
  const xPerson = list[0];
  const sorted = list.map((p, i) => [p, i]).sort((a, b) => order.get(a[0].v) - order.get(b[0].v) || a[1] - b[1]).map((x) => x[0]);
  return { list: sorted, xPerson };
}
/** Which poor persons appear in the training ledger. */
function pickTrained(r, poor, P) {
  const el = poor.list.filter((p) => p.cat === 'eligible' && p !== poor.xPerson);
  const els = [poor.xPerson, ...r.shuffle(el)];
  const trained = els.slice(0, P.trainedEligible);
  const twice = r.shuffle(trained).slice(0, P.trainedTwice);
  const lateOnly = els.slice(P.trainedEligible, P.trainedEligible + P.lateOnly);
  const mig = r.shuffle(poor.list.filter((p) => p.cat === 'migrant')).slice(0, P.trainedMigrant);
  const nol = r.shuffle(poor.list.filter((p) => p.cat === 'noLabour')).slice(0, P.trainedNoLabour);
  return { trained, twice, lateOnly, mig, nol };
}
/**
 * Sign-in rows: sessions [{date,title,size}] (pre and late), poor attendances spread over them,
 * general trainees filling each session to its size. Returns [{session, p, poor}] in sheet order.
 */
function signIns(r, region, used, sessions, lateSessions, T, extraFlagged = 0) {
  const pre = sessions, late = lateSessions;
  const slots = new Map([...pre, ...late].map((s) => [s, []]));
  const put = (s, p) => slots.get(s).push({ session: s, p, poor: true });
  for (const p of T.trained) put(r.pick(pre), p);
  for (const p of T.twice) {
    const first = pre.find((s) => slots.get(s).some((a) => a.p === p));
    let s;
    do s = r.pick(pre); while (s === first);
    put(s, p);
  }
  for (const p of [...T.mig, ...T.nol]) put(r.pick(pre), p);
  for (const p of T.lateOnly) put(late[0], p);
  let flagged = extraFlagged;
  const out = [];
  for (const s of [...pre, ...late]) {
    const a = slots.get(s);
    const n = s.size - a.length;
    assert(n >= 0, 'session too small for its poor trainees');
    for (let i = 0; i < n; i++) {
      const g = person(r, region, used, { y0: 1962, y1: 2003 });
      const row = { session: s, p: g, poor: false };
      if (flagged > 0 && i === 3) { row.flagged = true; flagged--; }
      a.push(row);
    }
    out.push(...r.shuffle(a));
  }
  return out;
}
function sessionDates(r, n, from, to) {
  const ds = [];
  for (let i = 0; i < n; i++) ds.push(randDate(r, from, to));
  return ds.sort();
}
const TOPICS = ['电商基础知识普及培训', '网店开设与运营实操', '农产品网络营销', '短视频与直播带货', '电商创业青年增值培训',
  '农村电商站点站长培训', '微商及社群营销', '农产品包装设计与品牌', '电商客服与物流', '返乡青年电商创业班',
  '巾帼电商培训班', '退役军人电商培训', '合作社电商应用培训', '跨境电商入门', '农产品标准化与溯源'];
const PLACES = ['县电商公共服务中心培训室', '镇政府会议室', '县职业技术学校', '村委会会议室', '县电商产业园直播间'];

function check(label, got, want) {
  assert.deepStrictEqual(got, want, `${label}: generated ${JSON.stringify(got)}, derivation says ${JSON.stringify(want)}`);
}
function countCovered(villages, stations) {
  const ok = new Set(stations.filter((s) => s.v && s.v.admin && s.opened && le(s.opened)).map((s) => s.v));
  return { covered: ok.size, poorCovered: [...ok].filter((v) => v.poor).length };
}
function poorRate(poor, rows) {
  const ids = new Set(rows.filter((x) => le(x.session.date)).map((x) => x.p.id));
  const elig = poor.list.filter((p) => p.cat === 'eligible');
  return { eligible: elig.length, trained: elig.filter((p) => ids.has(p.id)).length };
}
const ID_ORDER = ['org.leadership', 'org.plan', 'org.policy', 'org.management', 'work.center', 'work.coverage',
  'work.upward', 'work.training', 'info.disclosure', 'info.reporting', 'promo.cases', 'promo.media',
  'fund.system', 'fund.ledger', 'fund.spending', 'bonus.poorTraining', 'bonus.tvCase',
  'veto.incident', 'veto.progress', 'veto.fraud'];
function pointsObj(p) {
  const o = {};
  for (const id of ID_ORDER) { assert(id in p, id); o[id] = p[id]; }
  return o;
}
function totals(points, vetoed) {
  const scored = ID_ORDER.slice(0, 15).reduce((a, id) => a + points[id], 0);
  const bonus = Math.min(4, points['bonus.poorTraining'] + points['bonus.tvCase']);
  return { scored, bonus, total: vetoed ? 0 : scored + bonus };
}

module.exports = { CUTOFF, le, vname, planCoverage, markPoor, baseStations, makePoor, pickTrained, signIns, sessionDates, TOPICS, PLACES, check, countCovered, poorRate, pointsObj, totals };
