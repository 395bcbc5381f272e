'use strict';
// Batch 64 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
// batch64 — blind layout cases written from the design notes only (no reader code consulted).
// Deterministic: a fixed-seed PRNG; running it twice writes identical files.
const fs = require('fs');

// ---------------------------------------------------------------- helpers
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(20210831);
const ri = (n) => Math.floor(rand() * n);
const pick = (arr) => arr[ri(arr.length)];
const D = (s) => ({ date: s });

function colName(c) { let s = ''; c += 1; while (c > 0) { const m = (c - 1) % 26; s = String.fromCharCode(65 + m) + s; c = Math.floor((c - 1) / 26); } return s; }
function A1(r, c) { return colName(c) + (r + 1); }

function newSheet(name, extra) { return Object.assign({ name, rows: [], merges: [] }, extra || {}); }
function put(sh, r, c, v) { while (sh.rows.length <= r) sh.rows.push([]); const row = sh.rows[r]; while (row.length <= c) row.push(null); row[c] = v; }
function push(sh, arr) { sh.rows.push(arr.map((v) => (v === undefined ? null : v))); return sh.rows.length - 1; }
function merge(sh, r1, c1, r2, c2) { sh.merges.push(A1(r1, c1) + ':' + A1(r2, c2)); }
function line(sh, text, width) { const r = push(sh, [text]); if (width > 1) merge(sh, r, 0, r, width - 1); return r; }
function blank(sh) { return push(sh, []); }
function finish(sh) {
  const seen = new Set();
  for (const m of sh.merges) { if (seen.has(m)) throw new Error('duplicate merge ' + m + ' in ' + sh.name); seen.add(m); }
  sh.rows = sh.rows.map((row) => { const out = []; for (let i = 0; i < row.length; i++) out.push(row[i] === undefined ? null : row[i]); return out; });
  if (!sh.merges.length) delete sh.merges;
  return sh;
}
function assertEq(a, b, what) { if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error('check failed: ' + what + ' got ' + JSON.stringify(a) + ' want ' + JSON.stringify(b)); }
function write(rel, obj) {
  const p = path.join(ROOT, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, JSON.stringify(obj, null, 2) + '\n', 'utf8');
}

// ID numbers with a real check digit
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(s17) { let s = 0; for (let i = 0; i < 17; i++) s += Number(s17[i]) * W[i]; return '10X98765432'[s % 11]; }
const usedIds = new Set();
function makeId(region, opts) {
  opts = opts || {};
  for (let tries = 0; tries < 100000; tries++) {
    const y = opts.year || (1955 + ri(48));
    const m = 1 + ri(12); const d = 1 + ri(28);
    const birth = String(y) + String(m).padStart(2, '0') + String(d).padStart(2, '0');
    let seq = String(ri(100)).padStart(2, '0');
    let sexDigit = ri(5) * 2 + (opts.female ? 0 : 1);
    const s17 = region + birth + seq + sexDigit;
    const id = s17 + idCheck(s17);
    if (usedIds.has(id)) continue;
    if (opts.wantX && !id.endsWith('X')) continue;
    if (!opts.wantX && id.endsWith('X') && !opts.allowX) continue;
    usedIds.add(id);
    return id;
  }
  throw new Error('no id');
}
const spaced = (id) => id.slice(0, 6) + ' ' + id.slice(6, 14) + ' ' + id.slice(14);

const SURNAMES = '谢颜陈黄何曾赖李张刘罗叶钟邱温廖骆徐朱林吴邓丘巫潘古蓝'.split('');
const GIVEN1M = '志国建伟海永春秋金德文明少新振小亚远石胜观'.split('');
const GIVEN2M = '华强生平明荣辉龙东福才光清祥雄军青胜'.split('');
const GIVEN1F = '玉秀丽美桂春秋小亚丹雪红冬梅凤月金'.split('');
const GIVEN2F = '英芳兰珍娟霞琴容妹娣平凤莲香'.split('');
const usedNames = new Set();
function personName(female, surname) {
  if (female === undefined) female = rand() < 0.45;
  for (;;) {
    const n = (surname || pick(SURNAMES)) + pick(female ? GIVEN1F : GIVEN1M) + (rand() < 0.85 ? pick(female ? GIVEN2F : GIVEN2M) : '');
    if (!usedNames.has(n)) { usedNames.add(n); return n; }
  }
}
// household relation from ages and sexes in the ID numbers; children/siblings take the head's surname
function renameTo(p, surname) { if (p.name[0] === surname) return; usedNames.delete(p.name); p.name = personName(p.female, surname); }
function relate(head, p) {
  if (head === p) return '户主';
  const hy = Number(head.id.slice(6, 10)), py = Number(p.id.slice(6, 10));
  if (py - hy >= 45) { renameTo(p, head.name[0]); return p.female ? '孙女' : '之孙'; }
  if (py - hy >= 18) { renameTo(p, head.name[0]); return p.female ? '之女' : '之子'; }
  if (hy - py >= 45) { if (!p.female) renameTo(p, head.name[0]); return p.female ? '祖母' : '祖父'; }
  if (hy - py >= 18) { if (!p.female) renameTo(p, head.name[0]); return p.female ? '之母' : '之父'; }
  if (p.female !== head.female && !head._spouse) { head._spouse = true; return '配偶'; }
  renameTo(p, head.name[0]); return p.female ? '姐妹' : '兄弟';
}
function phone() { return pick(['138', '139', '135', '137', '150', '158', '188', '134']) + String(10000000 + ri(89999999)); }

// ============================================================ c1 连平县
function buildLianping() {
  const W7 = 7;
  // ---------- villages
  const towns = [
    ['元善镇', 16, ['东门社区', '西门社区', '南门社区', '北门社区', '城南社区', '城东社区', '新城社区']],
    ['上坪镇', 14, []], ['内莞镇', 12, []], ['陂头镇', 13, []], ['溪山镇', 12, []],
    ['隆街镇', 15, ['隆街社区']], ['田源镇', 10, []], ['油溪镇', 14, ['油溪社区']],
    ['忠信镇', 18, ['忠信社区', '新街社区']], ['高莞镇', 11, []], ['大湖镇', 15, ['大湖社区']],
    ['三角镇', 13, []], ['绣缎镇', 13, []],
  ];
  const PA = '黄石高新上下大小东西南北长陂龙凤鹤云梅桃竹松岭塘田坑水湖溪联和安兴富福禾坝坪岗潭洞山河楼围寨三双中青白红金银'.split('');
  const PB = '陂坑岭田塘坪岗湖洞水坝围楼口背头径寨联光丰和新富安星溪坳桥洋布湾垅排'.split('');
  const bad = new Set(['上下', '下上', '东西', '西东', '南北', '北南', '大小', '小大', '新新', '三双', '双三']);
  const vnames = new Set();
  function vname() {
    for (;;) { const a = pick(PA), b = pick(PB); const n = a + b; if (a === b || bad.has(n) || vnames.has(n)) continue; vnames.add(n); return n + '村'; }
  }
  const villages = []; // {town, name, admin, poor, express, covered}
  for (const [town, n, comms] of towns) {
    for (let i = 0; i < n; i++) villages.push({ town, name: vname(), admin: true });
    for (const c of comms) villages.push({ town, name: c, admin: false });
  }
  const adminV = villages.filter((v) => v.admin);
  assertEq(adminV.length, 176, 'admin villages');
  // poor villages: 30, none in 元善镇
  const candPoor = adminV.filter((v) => v.town !== '元善镇');
  const poorIdx = new Set();
  while (poorIdx.size < 30) poorIdx.add(ri(candPoor.length));
  [...poorIdx].forEach((i) => (candPoor[i].poor = true));
  adminV.forEach((v) => { if (!v.poor) v.poor = false; });
  const poorV = adminV.filter((v) => v.poor);
  // the one poor village not covered by 2021-08-31: the last poor village in 三角镇 (or the last poor one)
  const poorLate = poorV.filter((v) => v.town === '三角镇').slice(-1)[0] || poorV[poorV.length - 1];
  // non-poor covered: 95 of the 146
  const nonPoor = adminV.filter((v) => !v.poor);
  const order = nonPoor.map((v, i) => [rand(), i]).sort((a, b) => a[0] - b[0]).map((x) => nonPoor[x[1]]);
  const coveredNonPoor = new Set(order.slice(0, 95));
  const uncoveredNonPoor = order.slice(95);
  adminV.forEach((v) => { v.covered = v.poor ? v !== poorLate : coveredNonPoor.has(v); });
  // september station in a non-covered, non-poor village; express not reached in one uncovered village of 上坪镇 (or first uncovered)
  const septVillage = uncoveredNonPoor.find((v) => v.town === '忠信镇') || uncoveredNonPoor[0];
  const noExpress = uncoveredNonPoor.find((v) => v.town === '上坪镇' && v !== septVillage) || uncoveredNonPoor.find((v) => v !== septVillage);
  adminV.forEach((v) => { v.express = v !== noExpress; });

  // ---------- sheet: villages
  const shV = newSheet('附1 村居名单');
  line(shV, '连平县村（居）民委员会名单', W7);
  line(shV, '（据县民政局2021年3月村（居）“两委”换届后名单整理；★为省定相对贫困村；快递进村“√”为已有快递企业进村服务，“×”为未通）', W7);
  push(shV, ['序号', '镇', '村（居）委会', '类别', '省定贫困村', '快递进村', '备注']);
  let seq = 0;
  for (const [town] of towns) {
    const list = villages.filter((v) => v.town === town);
    const r0 = shV.rows.length;
    list.forEach((v, i) => {
      seq++;
      if (v.admin) push(shV, [seq, i === 0 ? town : null, v.name.replace(/村$/, '村委会'), '村委会', v.poor ? '★' : null, v.express ? '√' : '×（在建，计划9月开通）', v.poor ? '省定相对贫困村（2020年已出列）' : null]);
      else push(shV, [seq, i === 0 ? town : null, v.name + '居委会', '居委会', '—', '—', null]);
    });
    merge(shV, r0, 1, shV.rows.length - 1, 1);
  }
  const rT = push(shV, ['合计', '全县13个镇，村委会176个（其中省定相对贫困村30个），社区居委会12个']);
  merge(shV, rT, 1, rT, W7 - 1);
  line(shV, '注：社区居委会不设贫困村、快递进村栏。制表：县科工商务局电商股　2021年3月', W7);

  // ---------- stations
  const dateFmts = [
    (y, m, d) => D(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    (y, m, d) => `${y}.${m}.${d}`,
    (y, m, d) => `${y}年${m}月${d}日`,
    (y, m, d) => `${y}/${m}/${d}`,
    (y, m, d) => D(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  ];
  const batches = [[2020, 6, [18, 28]], [2020, 7, [16, 30]], [2020, 10, [16, 28]], [2020, 11, [12, 26]], [2021, 3, [12, 26]], [2021, 4, [16, 28]], [2021, 7, [8, 22]], [2021, 8, [12, 26]]];
  const stations = []; // {name, town, villageWritten, opened(cell), openedIso, village(obj or null), note}
  let bi = 0;
  const covered = adminV.filter((v) => v.covered);
  assertEq(covered.length, 124, 'covered by cut-off');
  const secondIn = new Set([covered[10], covered[57], covered[101]]);
  let monthOnlyDone = false;
  function writtenVillage(v, k) {
    const base = v.name.replace(/村$/, '');
    const r = k % 10;
    if (r < 7) return v.name; if (r < 9) return base + '村委会'; return base + '村民委员会';
  }
  let k = 0;
  for (const [town] of towns) {
    const list = villages.filter((v) => v.town === town);
    for (const v of list) {
      if (v.admin && v.covered) {
        const b = batches[Math.floor((bi * batches.length) / covered.length)];
        bi++;
        const d = b[2][bi % 2];
        let cell = dateFmts[k % dateFmts.length](b[0], b[1], d);
        let iso = `${b[0]}-${String(b[1]).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        if (!monthOnlyDone && b[0] === 2021 && b[1] === 4) { cell = '2021年4月'; iso = '2021-04'; monthOnlyDone = true; }
        stations.push({ name: v.name + '电商服务站', town, villageWritten: writtenVillage(v, k), opened: cell, openedIso: iso, village: v });
        k++;
        if (secondIn.has(v)) {
          stations.push({ name: v.name.replace(/村$/, '') + pick(['圩', '新屋', '老街']) + '电商服务点', town, villageWritten: v.name, opened: '2021.7.22', openedIso: '2021-07-22', village: v, note: '同村第二站点' });
        }
      }
      if (v === septVillage) stations.push({ name: v.name + '电商服务站', town, villageWritten: v.name.replace(/村$/, '村委会'), opened: '2021.9.6', openedIso: '2021-09-06', village: v, note: '2021年9月新挂牌' });
      if (v === poorLate) stations.push({ name: v.name + '电商服务站', town, villageWritten: v.name, opened: D('2021-09-10'), openedIso: '2021-09-10', village: v, note: '省定贫困村，9月挂牌' });
      if (!v.admin && (v.name === '城南社区' || v.name === '东门社区')) stations.push({ name: v.name + '电商服务点', town, villageWritten: v.name === '城南社区' ? '城南社区居委会' : '东门社区', opened: D('2020-11-12'), openedIso: '2020-11-12', village: null, note: '社区服务点' });
    }
    if (town === '大湖镇') stations.push({ name: '大湖林场电商服务点', town, villageWritten: '大湖林场', opened: '2021年3月26日', openedIso: '2021-03-26', village: null, note: '林场服务点' });
  }
  assertEq(stations.length, 132, 'station rows');
  const shS = newSheet('附2 站点清单');
  line(shS, '连平县村级电子商务服务站点清单', 8);
  line(shS, '填报单位：连平县科工商务局（电商股）　　更新时间：2021年9月12日', 8);
  push(shS, ['序号', '站点名称', '所在镇', '所在村（居）', '挂牌时间', '站长', '联系电话', '备注']);
  stations.forEach((s, i) => push(shS, [i + 1, s.name, s.town, s.villageWritten, s.opened, personName(), phone(), s.note || null]));
  const rS = push(shS, ['合计', '站点132个']);
  merge(shS, rS, 1, rS, 7);
  line(shS, '注：含同村第二站点3个、社区服务点2个、大湖林场服务点1个，2021年9月新挂牌2个。', 8);
  // coverage check
  const cut = '2021-08-31';
  const covSet = new Set(); const covPoor = new Set();
  for (const s of stations) { if (s.village && s.village.admin && s.openedIso <= cut) { covSet.add(s.village); if (s.village.poor) covPoor.add(s.village); } }
  assertEq([covSet.size, covPoor.size, poorV.length], [124, 29, 30], 'coverage');

  // ---------- poor persons
  const REG = '441623';
  const persons = [];
  const poorVillList = poorV.slice();
  function addPerson(cat, opts) {
    const v = poorVillList[persons.length % poorVillList.length];
    const female = rand() < 0.45;
    const p = { cat, name: personName(female), female, id: makeId(REG, { female, wantX: opts && opts.wantX, year: cat === 'N' ? 1940 + ri(20) : 1965 + ri(35) }), town: v.town, village: v.name };
    persons.push(p); return p;
  }
  const E = [], M = [], N = [];
  for (let i = 0; i < 60; i++) E.push(addPerson('E', { wantX: i === 10 || i === 18 }));
  for (let i = 0; i < 12; i++) M.push(addPerson('M'));
  for (let i = 0; i < 8; i++) N.push(addPerson('N'));
  // shuffle order for the roster, grouped by village
  const roster = persons.slice().sort((a, b) => (a.town + a.village).localeCompare(b.town + b.village) || persons.indexOf(a) - persons.indexOf(b));
  const shP = newSheet('附5 贫困人口');
  line(shP, '连平县建档立卡贫困人口劳动力情况名单', 10);
  line(shP, '（县乡村振兴局2021年6月核定，按扶贫信息系统口径：劳动技能、务工状态）', 10);
  push(shP, ['序号', '镇', '村', '户主姓名', '姓名', '与户主关系', '身份证号码', '劳动技能', '务工状态', '备注']);
  let hhHead = null; let hhLeft = 0;
  roster.forEach((p, i) => {
    if (hhLeft === 0 || hhHead.village !== p.village) { hhHead = p; hhLeft = 1 + ri(3); }
    const rel = relate(hhHead, p);
    hhLeft--;
    let skill, work;
    if (p.cat === 'E') { skill = rand() < 0.8 ? '普通劳动力' : '技能劳动力'; work = rand() < 0.8 ? '未务工' : '乡镇内务工'; }
    else if (p.cat === 'M') { skill = rand() < 0.7 ? '普通劳动力' : '技能劳动力'; work = rand() < 0.5 ? '省外务工' : '县外省内务工'; }
    else { skill = rand() < 0.5 ? '丧失劳动力' : '无劳动力'; work = '—'; }
    push(shP, [i + 1, p.town, p.village, hhHead.name, p.name, rel, p.id, skill, work, null]);
  });
  line(shP, '注：有劳动能力（普通劳动力、技能劳动力）且未外出务工（未务工、乡镇内务工）的60人为电商培训对象。', 10);
  const eligible = persons.filter((p) => p.cat === 'E');
  assertEq(eligible.length, 60, 'eligible');

  // ---------- special sessions sign-in
  const cadres = [0, 1, 2, 3].map((i) => ({ name: personName(i === 1), female: i === 1, id: i === 2 ? null : makeId(REG, { female: i === 1, year: 1975 + ri(15) }), role: i % 2 === 0 ? '帮扶干部' : '村干部', town: poorVillList[i * 5].town, village: poorVillList[i * 5].name }));
  const sessions = [
    ['专场一', '2020-11-19', [...E.slice(0, 8), M[0], cadres[0]]],
    ['专场二', '2021-01-14', [...E.slice(8, 16), N[0], cadres[1]]],
    ['专场三', '2021-04-22', [...E.slice(16, 23), E[0], E[9], M[1]]],
    ['专场四', '2021-07-15', [...E.slice(23, 30), E[3], E[17], cadres[2]]],
    ['专场五', '2021-09-08', [...E.slice(30, 43), E[5], E[25], cadres[3]]],
  ];
  const shT2 = newSheet('附4 专场签到');
  line(shT2, '连平县建档立卡贫困户电子商务培训专场签到表', 9);
  line(shT2, '（专场人次未计入附3普及培训台账；人员类别按签到时登记）', 9);
  push(shT2, ['场次', '培训日期', '序号', '姓名', '性别', '身份证号码', '所在镇村', '人员类别', '签名']);
  const dateCells = { '2020-11-19': D('2020-11-19'), '2021-01-14': '2021.1.14', '2021-04-22': '2021年4月22日', '2021-07-15': D('2021-07-15'), '2021-09-08': '2021.9.8' };
  const signins = [];
  for (const [sName, sDate, list] of sessions) {
    const r0 = shT2.rows.length;
    list.forEach((p, i) => {
      let idCell = p.id;
      if (p === E[10] || p === E[18]) idCell = p.id.toLowerCase();
      if (p === E[20]) idCell = spaced(p.id);
      if (p.id === null) idCell = '（未带身份证）';
      const cat = p.role ? p.role : '建档立卡贫困户';
      push(shT2, [i === 0 ? sName : null, i === 0 ? dateCells[sDate] : null, i + 1, p.name, p.female ? '女' : '男', idCell, p.town + p.village, cat, '（签名）']);
      signins.push({ date: sDate, id: p.id });
    });
    merge(shT2, r0, 0, shT2.rows.length - 1, 0);
    merge(shT2, r0, 1, shT2.rows.length - 1, 1);
  }
  line(shT2, '注：专场五于2021年9月8日举办。记录：县电商公共服务中心', 9);
  const signBefore = signins.filter((s) => s.date <= cut);
  assertEq(signBefore.length, 40, 'special sign-ins before cut-off');
  const eligibleIds = new Set(eligible.map((p) => p.id));
  const trained = new Set(signBefore.filter((s) => s.id && eligibleIds.has(s.id)).map((s) => s.id));
  assertEq(trained.size, 30, 'trained eligible');
  const trainedAll = new Set(signins.filter((s) => s.id && eligibleIds.has(s.id)).map((s) => s.id));
  assertEq(trainedAll.size, 43, 'trained incl. September');

  // ---------- training sessions (普及)
  const T = [
    ['第1期', D('2020-06-18'), '元善镇政府会议室', '电商基础知识普及', 126, 8],
    ['第2期', '2020.7.16', '忠信镇文化站', '网店开设与运营', 120, 6],
    ['第3期', '2020年8月13日', '隆街镇政府', '电商基础知识普及', 108, 5],
    ['第4期', D('2020-09-17'), '上坪镇政府', '农产品网销与包装', 115, 9],
    ['第5期', '2020.10.15', '大湖镇政府', '电商基础知识普及', 132, 7],
    ['第6期', '2020年10月29日', '内莞镇政府', '微商与社群营销', 98, 4],
    ['第7期', D('2020-11-12'), '陂头镇政府', '电商基础知识普及', 104, 6],
    ['第8期', '2020.11.26', '溪山镇政府', '电商基础知识普及', 96, 5],
    ['第9期', '2020.12.9-10', '县电商公共服务中心', '直播带货实操（两天）', 85, 3],
    ['第10期', '20.12.24', '田源镇政府', '电商基础知识普及', 110, 8],
    ['第11期', D('2021-01-14'), '油溪镇政府', '年货节网销', 118, 6],
    ['第12期', '2021.3.4', '高莞镇政府', '电商基础知识普及', 121, 7],
    ['第13期', '21.3.18', '三角镇政府', '电商基础知识普及', 109, 5],
    ['第14期', '2021年3月25日', '绣缎镇政府', '电商基础知识普及', 102, 6],
    ['第15期', D('2021-04-15'), '线上（县中心直播间）', '鹰嘴蜜桃预售直播课', '在线326', 0],
    ['第16期', '2021/4/29', '忠信镇文化站', '短视频拍摄剪辑', 128, 6],
    ['第17期', '2021/5/13', '隆街镇政府', '电商基础知识普及', 97, 4],
    ['第18期', D('2021-05-27'), '大湖镇政府', '鹰嘴蜜桃网销', 113, 7],
    ['第19期', '2021.6.10', '上坪镇政府', '鹰嘴蜜桃网销', '105人次', 5],
    ['第20期', '2021年6月24日', '内莞镇政府', '电商基础知识普及', 99, 4],
    ['第21期', D('2021-07-08'), '陂头镇政府', '农村电商物流', '１１２', 6],
    ['第22期', '2021.7.22', '溪山镇政府', '电商基础知识普及', 94, 3],
    ['第23期', '2021年8月5日', '田源镇政府', '电商基础知识普及', 107, 5],
    ['第24期', '2021.8.30-31', '县电商公共服务中心', '电商带头人直播训练营（线上线下结合）', 296, 12],
    ['第25期', '2021.9.16', '油溪镇政府', '电商基础知识普及', 180, 9],
  ];
  const num = (v) => (typeof v === 'number' ? v : Number(String(v).replace(/[^\d０-９]/g, '').replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))));
  const popBefore = T.slice(0, 24).reduce((s, t) => s + num(t[4]), 0);
  assertEq(popBefore, 3021, '普及 before cut-off');
  const popAll = T.reduce((s, t) => s + num(t[4]), 0);
  const shT = newSheet('附3 培训台账');
  line(shT, '连平县电子商务普及培训台账', 7);
  line(shT, '（不含建档立卡贫困户专场，专场人次见附4签到表）', 7);
  push(shT, ['期次', '培训时间', '培训地点', '培训内容', '参训人次', '其中：建档立卡贫困户（人次）', '备注']);
  T.forEach((t) => push(shT, [t[0], t[1], t[2], t[3], t[4], t[5], t[0] === '第15期' ? '线上直播，人次按实时在线人数' : (t[0] === '第24期' ? '8月30日—31日，按结束日' : null)]));
  push(shT, ['合计', null, null, null, popAll, T.reduce((s, t) => s + t[5], 0), '含第25期']);
  line(shT, '填表：县电商公共服务中心　审核：县科工商务局电商股', 7);
  assertEq(popAll, 3201, '普及 all');
  const personTimes = popBefore + signBefore.length;
  assertEq(personTimes, 3061, 'person-times');

  // ---------- enterprises
  const ENT = [
    ['连平县鹰嘴蜜桃电子商务有限公司', '91441623MA4W8K2P3L', '销售型', D('2020-09-28'), null, 'A101', null],
    ['广东连商汇电子商务有限公司', '91441623MA55XR7H1C', '运营服务', D('2020-09-28'), null, 'A102', '第三方运营服务商'],
    ['连平县邮政快递物流分拨中心', '91441623MA4X0G6N8T', '物流快递', D('2020-09-28'), null, 'B101', '中国邮政连平县分公司设立'],
    ['连平县优品汇网络科技有限公司', '91441623MA52L3U09Y', '平台型', '2020.10.16', null, 'A103', '本地特产小程序平台'],
    ['连平县忠信花灯文化传播有限公司', '91441623MA54D1PQ6E', '销售型', '2020.10.16', null, 'A104', null],
    ['连平县九连山生态农业有限公司', '91441623MA4WQ0A35M', '销售型', '2020年11月2日', null, 'A105', null],
    ['连平县蜜桃姐直播电商工作室', '92441623MA53HK1R2B', '直播电商', '2020年11月2日', null, 'A201', '个体工商户'],
    ['河源市桃乡供应链管理有限公司', '91441602MA4XT8R51K', '运营服务', D('2020-11-18'), '2021年4月30日', 'A202', '已退出（迁往河源市区）'],
    ['连平县上坪米粉食品有限公司', '91441623MA4WE9NB4F', '销售型', D('2020-12-08'), null, 'A203', null],
    ['连平县顺达快递有限公司', '91441623MA51BP7G3X', '物流快递', '2020.12.8', null, 'B102', null],
    ['连平县农家乐网络科技有限公司', '91441623MA56K2D78J', '销售型', '2021.1.12', '2021.6.30', 'A204', '已退出'],
    ['连平县客家味道食品有限公司', '91441623MA4X6M0T2D', '销售型', D('2021-01-12'), null, 'A205', null],
    ['连平县农淘电商服务有限公司', '91441623MA577J0E4W', '运营服务', '2021年3月1日', null, 'A206', null],
    ['连平县花灯故里文化科技有限公司', '91441623MA54D1PQ6E', '销售型', '2021年3月1日', null, 'A104', '原“连平县忠信花灯文化传播有限公司”更名，同一企业'],
    ['连平县大湖茶业有限公司', '91441623MA4WLQ7K9N', '销售型', D('2021-03-22'), null, 'A207', null],
    ['连平县京邦达物流有限公司', '91441623MA58F1XH0R', '物流快递', D('2021-03-22'), null, 'B103', null],
    ['连平县绣缎山货合作社', '93441623MA4W61C80P', '销售型', '2021.4.16', '2021.9.20', 'A208', '2021年9月20日退出'],
    ['连平县云上连平电子商务有限公司', '91441623MA56Y4N23Q', '平台型', '2021.4.16', null, 'A301', null],
    ['连平县高莞蜂蜜专业合作社', '93441623MA4X1F8S7U', '销售型', '2021年5月20日', null, 'A302', null],
    ['连平县小桃子文化传媒有限公司', '91441623MA58R7QE1G', '直播电商', D('2021-06-18'), null, 'A303', null],
    ['连平县溪山农产品有限公司', '91441623MA4WY6EK2H', '销售型', D('2021-07-09'), null, 'A304', null],
    ['连平县乡味优选电子商务有限公司', '91441623MA59C0RT5V', '销售型', '2021.9.6', null, 'A305', '2021年9月6日入驻'],
    ['连平县田源竹木制品有限公司', '91441623MA4XK2W91A', '销售型', '2021年8月16日', null, 'A306', null],
  ];
  const shE = newSheet('附6 园区企业');
  line(shE, '连平县电子商务产业园入驻企业清单', 8);
  line(shE, '运营单位：广东连商汇电子商务有限公司　　统计时间：2021年9月20日', 8);
  push(shE, ['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻时间', '退出时间', '房号', '备注']);
  ENT.forEach((e, i) => push(shE, [i + 1, ...e]));
  line(shE, '注：签约入驻企业共22家（序号14为更名，不重复计算）。', 8);
  // in-park check (hand-computed: 19)
  const iso = (c) => { if (c == null) return null; if (typeof c === 'object') return c.date; const m = String(c).match(/(\d{4})\D+(\d{1,2})\D+(\d{1,2})/); return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : null; };
  const byCode = new Map();
  for (const e of ENT) { const code = e[1]; const prev = byCode.get(code); const ent = iso(e[3]); const left = iso(e[4]); if (!prev) byCode.set(code, { entered: ent, left, type: e[2] }); else { if (left) prev.left = left; } }
  const inPark = [...byCode.values()].filter((x) => x.entered <= cut && !(x.left && x.left < cut));
  assertEq(inPark.length, 19, 'in park');

  // ---------- funds
  const F = [
    [D('2020-06-28'), '县电商公共服务中心建设（首付款）', '连平县恒建装饰工程有限公司', 600000, '记-2020-06-031', null],
    ['2020.8.20', '村级站点建设（第一批）', '广东连商汇电子商务有限公司', 450000, '记-2020-08-019', null],
    [D('2020-10-16'), '电商培训（第一阶段）', '连平县智才职业培训学校', 180000, '记-2020-10-022', null],
    ['2020年11月26日', '县电商公共服务中心建设（进度款）', '连平县恒建装饰工程有限公司', 720000, '记-2020-11-027', null],
    [D('2020-12-18'), '县级物流仓储分拣中心设备', '中国邮政集团有限公司广东省连平县分公司', 386000, '记-2020-12-015', null],
    ['2021.1.22', '村级站点建设（第二批）', '广东连商汇电子商务有限公司', 450000, '记-2021-01-012', null],
    ['2021.2.5', '收回第二批站点建设多付款', '广东连商汇电子商务有限公司', -28000, '记-2021-02-003', '退回（负数）'],
    [D('2021-03-26'), '“连平鹰嘴蜜桃”品牌建设与营销推广', '连平县桃源文化传媒有限公司', 268000, '记-2021-03-021', null],
    ['2021/4/23', '电商培训（第二阶段）', '连平县智才职业培训学校', 220000, '记-2021-04-017', null],
    [D('2021-05-28'), '农产品质量溯源系统', '广东禾信信息科技有限公司', '315,000.00', '记-2021-05-024', null],
    ['2021.6.30', '县电商公共服务中心运营补贴', '广东连商汇电子商务有限公司', 180000, '记-2021-06-030', null],
    [D('2021-08-31'), '村级站点建设（第三批验收款）', '广东连商汇电子商务有限公司', 120500, '记-2021-08-028', null],
    ['2021.9.10', '县电商公共服务中心建设（尾款）', '连平县恒建装饰工程有限公司', 420000, '记-2021-09-009', null],
  ];
  const amt = (v) => (typeof v === 'number' ? v : Number(String(v).replace(/,/g, '')));
  const fundBefore = F.slice(0, 12).reduce((s, f) => s + amt(f[3]), 0);
  assertEq(fundBefore, 3861500, 'fund before cut-off');
  const shF = newSheet('附7 资金拨付');
  line(shF, '连平县省级电子商务进农村综合示范专项资金拨付台账', 7);
  line(shF, '单位：元　　下达资金：5,000,000.00元', 7);
  push(shF, ['序号', '拨付日期', '项目', '收款单位', '拨付金额（元）', '凭证号', '备注']);
  F.forEach((f, i) => push(shF, [i + 1, ...f]));
  push(shF, ['合计', null, null, null, F.reduce((s, f) => s + amt(f[3]), 0), null, '含9月尾款']);
  line(shF, '制表：县科工商务局财务股　　审核：电商股', 7);

  // ---------- reports
  const R = [
    [D('2020-09-08'), '2020年8月份工作进展月报', '邮箱', '√'],
    ['2020.10.12', '2020年9月份工作进展月报', '邮箱', '√'],
    ['2020年11月9日', '2020年10月份工作进展月报', '邮箱', '√'],
    [D('2020-12-08'), '2020年11月份工作进展月报', '邮箱', '√'],
    ['2021.1.8', '2020年12月份工作进展月报', '邮箱', '√'],
    [D('2021-02-05'), '2021年1月份工作进展月报（春节前报送）', '邮箱', '√'],
    ['2021.3.8', '2021年2月份工作进展月报', '邮箱', '√'],
    ['2021/4/8', '2021年3月份工作进展月报', '邮箱', '√'],
    [D('2021-05-10'), '2021年4月份工作进展月报', '邮箱', '√'],
    ['2021年6月8日', '2021年5月份工作进展月报', '邮箱', null],
    ['2021.7.8', '2021年6月份工作进展月报', '邮箱', '√'],
    [D('2021-08-09'), '2021年7月份工作进展月报', '邮箱', '√'],
    ['2021.9.7', '2021年8月份工作进展月报', '邮箱', '√'],
  ];
  const shR = newSheet('附8 月报报送');
  line(shR, '连平县电子商务进农村综合示范创建工作月报报送登记（报河源市商务局）', 6);
  push(shR, ['序号', '报送日期', '报送内容', '报送方式', '附电商扶贫统计表', '备注']);
  R.forEach((x, i) => push(shR, [i + 1, ...x, null]));

  // ---------- disclosures
  const DS = [
    [D('2020-06-05'), '连平县电子商务进农村综合示范县创建工作方案'],
    ['2020.7.10', '连平县电子商务进农村综合示范项目基本信息公示'],
    [D('2020-09-25'), '8月份项目建设进度'],
    ['2020.10.28', '9月份项目建设进度'],
    ['2020年11月26日', '10月份项目建设进度'],
    [D('2020-12-18'), '11月份项目建设进度'],
    ['2021.1.22', '12月份项目建设进度'],
    ['2021.3.5', '1—2月份项目建设进度'],
    [D('2021-03-26'), '关于设立电子商务进农村综合示范项目监督举报电话和邮箱的公告'],
    ['2021.4.23', '3月份项目建设进度'],
    [D('2021-05-27'), '4月份项目建设进度'],
    ['2021年6月25日', '5月份项目建设进度'],
    ['2021.7.23', '6月份项目建设进度'],
    [D('2021-08-26'), '7月份项目建设进度'],
    ['2021.9.10', '8月份项目建设进度'],
  ];
  const shD = newSheet('附9 专栏更新');
  line(shD, '县政府网站“电子商务进农村综合示范”专栏信息发布记录', 5);
  push(shD, ['序号', '发布日期', '信息标题', '栏目', '链接']);
  DS.forEach((x, i) => push(shD, [i + 1, x[0], x[1], '电子商务进农村综合示范专栏', `http://www.gdlianping.gov.cn/zwgk/dsjnc/content/post_${3816200 + i * 137}.html`]));

  // ---------- media
  const MD = [
    ['2020.7.21', '连平发布（微信公众号）', '县级', '网络', '我县首批村级电商服务站挂牌', '否'],
    [D('2020-10-15'), '河源日报', '市级', '报纸', '连平：小站点连起致富大市场', '否'],
    ['2020年12月3日', '连平县融媒体中心《连平新闻》', '县级', '电视', '县电商公共服务中心正式运营', '否'],
    [D('2021-01-26'), '河源电视台《河源新闻》', '市级', '电视', '连平年货节线上销售火爆', '否'],
    ['2021.5.18', '南方+客户端', '省级', '网络', '连平鹰嘴蜜桃“触网”走俏大湾区', '否'],
    [D('2021-06-10'), '广东广播电视台珠江频道《今日关注》', '省级', '电视', '连平：一颗蜜桃带富一方乡亲', '是'],
    ['2021.9.12', '中央广播电视总台CCTV-17《三农群英汇》', '国家级', '电视', '鹰嘴蜜桃的电商之路', '是'],
  ];
  const shM = newSheet('附10 宣传报道');
  line(shM, '连平县电子商务进农村宣传报道登记表', 7);
  push(shM, ['序号', '日期', '媒体', '级别', '形式', '标题', '是否电商扶贫典型案例']);
  MD.forEach((x, i) => push(shM, [i + 1, ...x]));

  // ---------- materials
  const shX = newSheet('附11 经验材料');
  line(shX, '经验材料报送登记', 5);
  push(shX, ['序号', '报送日期', '材料标题', '报送对象', '报送方式']);
  push(shX, [1, D('2021-03-19'), '连平县“鹰嘴蜜桃＋电商”助农增收经验做法', '河源市商务局', '公文交换']);
  push(shX, [2, '2021.9.3', '连平县村级电商服务站点“一站多用”案例', '河源市商务局', '邮箱']);

  // ---------- facts: 一图读懂 copy deck
  const shI = newSheet('一图读懂（文字稿）');
  const W6 = 6;
  line(shI, '《一图读懂｜连平县电子商务进农村综合示范县创建这两年》文字稿（第3稿）', W6);
  line(shI, '用途：县政府网站“电子商务进农村综合示范”专栏、“连平发布”公众号及迎检展板　文字和数据：县科工商务局电商股　设计：县融媒体中心　第3稿：2021年9月9日', W6);
  line(shI, '元素代号：标＝版块标题　数＝大号数字　单＝数字单位　注＝数字下方说明小字　✔／✘＝图标清单（✔绿勾为已做到，✘灰叉为未做到）　文＝正文小字　脚＝页脚。“数—单—注”三行为一组，设计时放在同一色块内；核对栏写“删”的不上图。', W6);
  push(shI, ['序号', '版块', '元素', '文字内容', '设计要求', '电商股核对']);
  const deck = [
    ['头图', [
      ['标题', '一图读懂｜连平电商进农村这两年', '主标题，红底白字，72号', '✔'],
      ['副标题', '2019年省级电子商务进农村综合示范县创建成效', '', '✔'],
      ['文', '数据截至2021年8月31日', '放主标题下方右侧', '✔ 与报省考评口径一致'],
    ]],
    ['一、县情底数', [
      ['标', '县情底数', '图标：连平县地图轮廓', ''],
      ['数', '31.92', '大号数字，橙色', '✔ 七普公报'],
      ['单', '万人', '', ''],
      ['注', '全县常住人口（第七次全国人口普查）', '', ''],
      ['数', '41.27', '', '删（户籍人口不上图）'],
      ['单', '万人', '', '删'],
      ['注', '户籍人口', '', '删'],
      ['数', '176', '', '✔ 民政局2021年3月名单'],
      ['单', '个', '', ''],
      ['注', '行政村（另有社区居委会12个）', '', ''],
      ['数', '30', '', '✔'],
      ['单', '个', '', ''],
      ['注', '省定相对贫困村', '', ''],
    ]],
    ['二、高位推动', [
      ['标', '高位推动', '图标：会议', ''],
      ['文', '成立县电子商务进农村综合示范县创建工作领导小组，县委副书记、县长任组长，分管副县长任常务副组长', '', '✔ 2020年5月调整文件'],
      ['文', '成员单位：县科工商务局、县财政局、县农业农村局、县乡村振兴局、县市场监管局、县交通运输局、县邮政分公司及各镇人民政府', '', '✔'],
      ['✔', '印发《连平县电子商务进农村综合示范县创建工作方案》（连府办〔2019〕41号）', '', '✔'],
      ['✔', '出台《连平县促进农村电子商务发展扶持办法（试行）》（连府办〔2020〕9号）', '', '✔'],
      ['✔', '制定项目管理办法，建立项目建设工作台账', '', '✔'],
    ]],
    ['三、一个中心', [
      ['标', '县级电商公共服务中心', '图标：大楼', ''],
      ['数', '2020.12.16', '日期按数字样式', '✔ 以开始运营日期为准'],
      ['单', '—', '', ''],
      ['注', '县电子商务公共服务中心正式投入运营（2020年11月28日揭牌）', '', ''],
      ['✔', '免费培训室（80座）及电脑、直播设备，常态化开展电商基础培训', '', '✔'],
      ['✔', '鹰嘴蜜桃、连平米粉、忠信花灯等特色产品免费展示展销', '', '✔'],
      ['✘', '摄影、美工服务（按成本价收费）', '灰色', '✔ 如实写'],
      ['✔', '统一推广“连平鹰嘴蜜桃”区域公用品牌，指导企业品牌注册', '', '✔'],
      ['✔', '网店代运营、供应链对接、电商金融对接等增值服务', '', '✔'],
    ]],
    ['四、一个园区', [
      ['标', '电商产业园', '图标：园区', ''],
      ['✔', '整合提升连平县电子商务产业园（元善镇）', '', '✔'],
      ['数', '22', '', '✔ 签约数'],
      ['单', '家', '', ''],
      ['注', '签约入驻企业（平台、销售、运营服务、物流快递等类型）', '', ''],
      ['✔', '引进专业第三方运营服务商（广东连商汇电子商务有限公司）运营中心、园区和站点', '', '✔'],
    ]],
    ['五、一张网', [
      ['标', '村级服务网络', '图标：网点', ''],
      ['数', '132', '', '改：原为128，加上9月新挂牌'],
      ['单', '个', '', ''],
      ['注', '村级电商服务站点', '', ''],
      ['数', '126', '', '✔'],
      ['单', '个', '', ''],
      ['注', '覆盖行政村（覆盖率71.6%），30个省定贫困村全覆盖', '', ''],
      ['✔', '行政村快递物流覆盖率100%', '', '✔'],
    ]],
    ['六、农产品上行', [
      ['标', '农产品上行', '图标：货车', ''],
      ['数', '12.31', '', '✔ 省商务厅第三方监测'],
      ['单', '亿元', '', ''],
      ['注', '2020年农村网络零售额，同比增长24.8%（2019年9.86亿元）', '', ''],
      ['数', '2.71', '', '✔'],
      ['单', '亿元', '', ''],
      ['注', '2020年农产品网络零售额，同比增长32.2%（2019年2.05亿元）', '', ''],
      ['✔', '开展“鹰嘴蜜桃网络节”“年货节”等网络促销活动', '', '✔'],
    ]],
    ['七、电商人才', [
      ['标', '电商人才', '图标：课堂', ''],
      ['数', '3,257', '', '改：原为2,877（截至6月），更新至9月8日'],
      ['单', '人次', '', ''],
      ['注', '累计开展电商培训', '', ''],
      ['数', '60', '', '✔ 乡村振兴局核定'],
      ['单', '人', '', ''],
      ['注', '有劳动能力的建档立卡贫困人口（不含外出务工）', '', ''],
      ['数', '43', '', '改：原为30，加上9月8日专场五'],
      ['单', '人', '', ''],
      ['注', '已参加电商培训（参训率71.7%）', '', ''],
    ]],
    ['八、公开透明', [
      ['标', '公开透明', '图标：放大镜', ''],
      ['✔', '县政府网站开设“电子商务进农村综合示范”专栏，公示创建方案、项目基本信息和每月建设进度', '', '✔'],
      ['✔', '专栏设监督举报电话和邮箱', '', '✔ 2021年3月26日公告'],
      ['✔', '每月向河源市商务局报送工作进展，同步报送电商扶贫统计', '', '✔'],
    ]],
    ['九、资金管理', [
      ['标', '资金管理', '图标：钱袋', ''],
      ['数', '500', '', '✔'],
      ['单', '万元', '', ''],
      ['注', '省级专项资金', '', ''],
      ['数', '386.15', '', '✔ 截至8月31日'],
      ['单', '万元', '', ''],
      ['注', '累计拨付（支出率77.2%）', '', ''],
      ['数', '93', '', '✔'],
      ['单', '%', '', ''],
      ['注', '项目总体进度', '', ''],
      ['✔', '制定《连平县省级电子商务进农村综合示范专项资金管理办法》，建立资金专用台账', '', '✔'],
    ]],
    ['十、守住底线', [
      ['✔', '创建期间未发生安全生产、质量事故', '', '✔'],
      ['✔', '所报数据真实，无弄虚作假', '', '✔'],
    ]],
    ['页尾', [
      ['脚', '连平县科工商务局　连平县融媒体中心　联合出品', '小字居中', ''],
    ]],
  ];
  let n = 0;
  for (const [blk, els] of deck) {
    const r0 = shI.rows.length;
    els.forEach((e, i) => { n++; push(shI, [n, i === 0 ? blk : null, e[0], e[1], e[2] || null, e[3] || null]); });
    if (els.length > 1) merge(shI, r0, 1, shI.rows.length - 1, 1);
  }
  blank(shI);
  line(shI, '附：自评得分（供局领导审定，不上图）', W6);
  const rh = push(shI, ['序号', '评价指标（满分）', '自评分', '说明']);
  merge(shI, rh, 3, rh, 5);
  const score = [
    ['组织领导（2）', 2, '县长任组长，商务、财政、农业农村、乡村振兴均为成员单位'],
    ['方案制定（2）', 2, '方案已正式印发'],
    ['政策支持（2）', 1, '扶持办法已出台，落实面还不够广'],
    ['项目管理（4）', 3, '管理制度2分，工作台账1分'],
    ['县级中心和产业园（15）', 13, '摄影美工收费，扣1分'],
    ['村级站点（10）', 10, '覆盖率71.6%，贫困村全覆盖'],
    ['农产品上行（10）', 9, '调研2分、促销活动2分、第三方1分、快递1分、交易标准和冷链溯源1分、增速2分'],
    ['电商培训（20）', 20, '人次1.02%，贫困人口参训率71.7%'],
    ['信息公开（4）', 4, null],
    ['数据上报（6）', 6, null],
    ['案例总结（2）', 2, null],
    ['经验推广（8）', 8, '省、市、县媒体均有报道'],
    ['资金管理制度（5）', 4, null],
    ['资金台账（5）', 4, null],
    ['资金支出（5）', 4, '支出率77.2%，及时拨付自评4分'],
    ['加分：贫困人口培训率70%以上（2）', 2, null],
    ['加分：电商扶贫典型案例电视播报（2）', 1, '广东台珠江频道（省级）'],
    ['一票否决项', '无', '无安全生产、质量事故，无弄虚作假，总体进度93%'],
  ];
  score.forEach((s, i) => { const r = push(shI, [i + 1, s[0], s[1], s[2]]); merge(shI, r, 3, r, 5); });
  const rtot = push(shI, ['合计', null, 95, null]); merge(shI, rtot, 0, rtot, 1); merge(shI, rtot, 3, rtot, 5);
  line(shI, '经办：电商股　　核稿：分管副局长　　2021年9月9日', W6);

  const sheets = [shI, shV, shS, shT, shT2, shP, shE, shF, shR, shD, shM, shX].map(finish);

  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
    'work.center': 12, 'work.coverage': 8, 'work.upward': 8, 'work.training': 18,
    'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 0, 'bonus.tvCase': 1,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  const scored = Object.entries(points).filter(([k]) => !k.startsWith('bonus') && !k.startsWith('veto')).reduce((s, [, v]) => s + v, 0);
  assertEq(scored, 85, 'scored sum');
  const claimed = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
    'work.center': 13, 'work.coverage': 10, 'work.upward': 9, 'work.training': 20,
    'info.disclosure': 4, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 2, 'bonus.tvCase': 1,
  };
  assertEq(Object.values(claimed).reduce((a, b) => a + b, 0), 95, 'claimed sum');

  // spell out the cases the derivation names
  const rowOf = (st) => stations.indexOf(st) + 4; // Excel row (3 title/header rows)
  const septSt = stations.find((s) => s.openedIso === '2021-09-06');
  const poorSt = stations.find((s) => s.openedIso === '2021-09-10');
  const variantCount = stations.filter((s) => s.village && s.village.admin && s.openedIso <= cut && /村(委会|民委员会)$/.test(s.villageWritten)).length;

  const derivation = [
    'org.leadership: “高位推动”两行：县委副书记、县长任组长（主要领导），成员有县科工商务局（商务）、财政局、农业农村局、乡村振兴局 → principal-all → 2',
    'org.plan: 附表“方案制定（2）”自评2分（方案已印发，连府办〔2019〕41号） → 2',
    'org.policy: 附表“政策支持（2）”自评1分（扶持办法已出台） → 1',
    'org.management: 附表“项目管理（4）”说明“管理制度2分，工作台账1分” → 2＋1＝3（自评3）',
    'work.center: 中心2020.12.16投入运营（“揭牌2020年11月28日”不是运营日）≤2021-08-31 → 2；≤2021-02-28，运行满6个月 → 2；✔免费培训室 → 2；✔免费展示展销 → 1；✘摄影美工（按成本价收费） → 0；✔品牌推广 → 1；✔增值服务 → 1；✔整合提升产业园 → 2；附6共23行，按信用代码去重22家（序号14“花灯故里”与序号5同一代码，系更名），序号8于2021年4月30日、序号11于2021.6.30退出，序号22于2021.9.6入驻不算，序号17到2021.9.20才退出、截止日仍在园 → 截至8月31日在园19家＜20 → 0（文字稿“22家”是签约数）；在园企业有平台型、销售型、运营服务、物流快递、直播电商 ≥3类 → 1；合计12（县自评13）',
    `work.coverage: 附1行政村176个（12个社区居委会不计），附2站点132行：同村第二站点3个不重复计，东门社区、城南社区居委会2个社区点和“大湖林场”（不在名单）不计，${septSt.villageWritten}（第${rowOf(septSt)}行，2021.9.6）和省定贫困村${poorSt.villageWritten}（第${rowOf(poorSt)}行，2021-09-10）在截止日后；名单一律写“××村委会”，附2所在村写成“××村”“××村委会”（或“××村民委员会”，共${variantCount}个站点）三种，都要认作同一村 → 截至8月31日覆盖124/176＝70.45%≥70% → 5（少认一个村就是123/176＝69.9% → 2）；省定贫困村（★）30个，覆盖29/30＝96.7% → 3（“30个省定贫困村全覆盖”含9月的站） → 合计8（县自评10）`,
    `work.upward: 网销调研自评2 → 2；促销活动自评2 → 2；✔第三方运营服务商 → 1；快递：附1有快递进村列，${noExpress.town}${noExpress.name.replace(/村$/, '村委会')}为“×（在建，计划9月开通）” → 0（文字稿“覆盖率100%”与名单不符，以名单为准）；交易标准和冷链溯源自评1 → 1；农村网零12.31/9.86＝＋24.8%＜30%，但农产品网零2.71/2.05＝＋32.2%≥30% → 2；合计8（县自评9）`,
    'work.training: 常住人口31.92万＝319,200（户籍41.27万标“删”，不用）＜50万，以319,200为基数；附3普及培训第1—24期共3,021人次（第15期“在线326”、第19期“105人次”、第21期全角“１１２”都要读；第24期“2021.8.30-31”按结束日8月31日计入；第25期2021.9.16的180人次和合计行3,201不算），加附4专场一至四签到40行（附4注明专场未计入附3，两表相加；专场五2021.9.8的16行不算） → 3,061人次＝0.959% → 8（文字稿3,257人次含9月，算进去就过1%）；贫困人口：附5名单80人中有劳动能力（普通／技能劳动力）且未外出务工（未务工、乡镇内务工）的60人，专场一至四签到里属于这60人的按身份证去重30人（专场二、三各有一人身份证末位写成小写x，专场三一人身份证按6-8-4加空格，都要去空格、按X比对；专场三、四各有2人重复参训；签到中的2名外出务工者、1名无劳动力者和帮扶干部、村干部不计） → 30/60＝50% → 10（只认出27人就是45% → 8）；合计8＋10＝18（县自评20）',
    'info.disclosure: ✔专栏公示创建方案、项目基本信息、每月建设进度，✔设监督举报电话和邮箱 → 内容全面 2；附9专栏更新2020年9月—2021年8月缺2021年2月（1月22日后下一条是3月5日） → 不定时 1；合计3（县自评4）',
    'info.reporting: 附8月报2020年9月8日至2021年8月9日，近一年12个月每月都有报送（2021年2月5日报1月月报） → 3；✔同步报送电商扶贫统计，且附8多数月份打√ → 3；合计6',
    'promo.cases: 附11经验材料2021-03-19报送河源市商务局（第2份2021.9.3在截止日后） → 2',
    'promo.media: 附10截止日前有省级（南方+ 2021.5.18、珠江频道2021-06-10）4、市级（河源日报、河源电视台）3、县级（连平发布、《连平新闻》）1 → 8（CCTV-17在2021.9.12，截止日后）',
    'fund.system: 附表资金管理制度自评4分（已制定资金管理办法） → 4',
    'fund.ledger: 附表资金台账自评4分（已建立资金专用台账） → 4',
    'fund.spending: 附7截止日前12笔（含2021.2.5退回－28,000、“315,000.00”文本、2021-08-31当日120,500）合计3,861,500元，下达5,000,000元 → 77.23%≥70%，及时拨付自评4 → 4（2021.9.10尾款420,000和合计行4,281,500不算）',
    'bonus.poorTraining: 截止日前贫困人口培训率50%＜70% → 0（文字稿“43人、71.7%”含9月8日专场五的13人，县自评2不成立）',
    'bonus.tvCase: 广东广播电视台珠江频道《今日关注》2021-06-10播出电商扶贫典型案例（省级电视） → 1；CCTV-17（国家级）在2021.9.12，截止日后 → 合计1',
    'veto.incident: ✔“创建期间未发生安全生产、质量事故” → 0',
    'veto.progress: 项目总体进度93%≥40% → 0',
    'veto.fraud: ✔“所报数据真实，无弄虚作假” → 0',
    'total: 截止日取文字稿头图“数据截至2021年8月31日”（“第3稿：2021年9月9日”是改稿日期）；2＋2＋1＋3＋12＋8＋8＋18＋3＋6＋2＋8＋4＋4＋4＝85，加分1 → 86；未否决（县自评合计95）',
  ];

  return {
    description: '连平县（河源）科工商务局电商股的整本考评工作簿（12个表）。事实表不是填报表，而是电商股写给县融媒体中心做《一图读懂｜连平电商进农村这两年》的“文字稿（第3稿）”：序号|版块|元素|文字内容|设计要求|电商股核对，一行一个版面元素，元素代号在第3行说明（标／数／单／注／✔／✘／文／脚），一个数字拆成“数—单—注”三行（“31.92”“万人”“全县常住人口（七普）”），是否类是✔（做到）／✘（未做到）图标清单行，核对栏写“删”的元素不上图（户籍人口41.27万）；表下另有“附：自评得分（供局领导审定，不上图）”小表（自评合计95分，claimed）。台账：附1村居名单（镇纵向合并，××村委会，★贫困村，快递√/×）、附2站点132行、附3普及培训（不含专场）、附4贫困户专场签到、附5贫困人口名单、附6园区企业、附7资金拨付、附8月报、附9专栏、附10宣传、附11经验材料。中等偏上（86分，含加分1分，未否决）。',
    sheets,
    expect: { asOf: '2021-08-31', total: 86, bonus: 1, vetoed: false, points, claimed },
    derivation,
  };
}

// ============================================================ f1 始兴县 (map board)
function buildShixingFacts() {
  const sh = newSheet('体系示意图（展板文字版）');
  const WD = 13; // A..M
  put(sh, 0, 0, '始兴县电子商务进农村综合示范县“县—镇—村”三级服务体系示意图（展板文字版）'); merge(sh, 0, 0, 0, WD - 1);
  put(sh, 1, 0, '数据截至2021年8月31日｜制图：始兴县商务局电商股｜说明：按展板版面照录，框内文字与展板一致；中间为全县示意图（镇框内是该镇站点情况），左、右两侧和下方各框为全县情况。'); merge(sh, 1, 0, 1, WD - 1);
  const box = (r1, c1, r2, c2, text) => { put(sh, r1, c1, text); merge(sh, r1, c1, r2, c2); };
  // left column A:C
  box(3, 0, 8, 2, '【县情】\n常住人口20.86万人（七普）\n户籍人口26.31万人\n9镇1乡，行政村106个、社区居委会12个\n省定相对贫困村15个');
  box(9, 0, 16, 2, '【组织保障】\n领导小组组长：县委副书记、县长\n常务副组长：分管副县长\n成员单位：县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监管局、县邮政分公司\n示范县工作方案：已印发（始府办〔2019〕52号）\n扶持政策：已出台《始兴县促进农村电子商务发展十条措施》');
  box(17, 0, 24, 2, '【一个中心·服务清单】（●免费提供　○未提供或收费）\n● 免费培训室（60座）及电脑、直播设备，每月开班\n● 特色农产品展示展销厅免费进驻（始兴枇杷、马市烤鸭、沈所红薯）\n○ 摄影、美工服务（按成本价收费）\n● “始兴好物”区域公用品牌统一推广、品牌注册指导\n● 网店代运营、供应链对接、电商金融对接等增值服务');
  box(25, 0, 29, 2, '【产业园与运营】\n始兴县电子商务产业园：整合原县青年创业孵化基地建成，2020年12月开园，入驻企业21家\n第三方运营服务商：韶关市粤北优选电子商务有限公司（负责中心、园区和站点运营）');
  // map D:J
  box(3, 3, 5, 4, '罗坝镇\n● 站点9个\n覆盖村8个');
  box(3, 5, 5, 6, '顿岗镇\n● 站点11个\n覆盖村10个（含贫困村2个）');
  box(3, 7, 5, 8, '澄江镇\n● 站点12个\n覆盖村11个（含贫困村2个）');
  put(sh, 6, 3, '↘'); put(sh, 6, 5, '↓'); put(sh, 6, 7, '↙');
  box(7, 3, 9, 4, '沈所镇\n● 站点10个\n覆盖村10个（含贫困村1个）');
  box(7, 5, 13, 6, '★ 县级电子商务公共服务中心\n（太平镇 始兴大道）\n2020年9月30日揭牌\n2020年10月28日正式投入运营\n\n太平镇\n● 站点9个　覆盖村8个');
  box(7, 7, 9, 8, '马市镇\n● 站点11个\n覆盖村10个（含贫困村3个）');
  box(11, 3, 13, 4, '深渡水瑶族乡\n● 站点5个\n覆盖村5个（含贫困村2个）');
  box(11, 7, 13, 8, '隘子镇\n● 站点10个\n覆盖村10个（含贫困村2个）');
  put(sh, 14, 4, '↗'); put(sh, 14, 7, '↖');
  box(15, 3, 17, 4, '城南镇\n● 站点8个\n覆盖村7个（含贫困村1个）');
  box(15, 7, 17, 8, '司前镇\n● 站点11个\n覆盖村10个（含贫困村2个）');
  box(19, 3, 21, 8, '▲ 镇级电商服务站10个　● 村级电商服务站点96个　覆盖行政村89个');
  box(22, 3, 29, 8, '（此处为全县地图底图，县道、国道G323和赣韶高速示意，无文字）');
  put(sh, 3, 9, null);
  // right column K:M
  box(3, 10, 9, 12, '【农产品上行】\n2020年农村网络零售额6.42亿元（2019年5.13亿元）\n2020年农产品网络零售额1.86亿元（2019年1.37亿元），同比增长35.8%\n开展“始兴枇杷节”“年货节”等网络促销活动12场');
  box(10, 10, 12, 12, '【物流快递】\n县乡村三级物流配送体系建成，行政村快递覆盖率100%（县邮政管理局证明）');
  box(13, 10, 18, 12, '【人才培训】\n累计开展电商培训2,318人次\n有劳动能力的建档立卡贫困人口1,026人（不含外出务工），已参训538人，参训率52.4%');
  box(19, 10, 23, 12, '【信息公开与报送】\n县政府网站“电子商务进农村综合示范”专栏：■创建方案　■项目基本信息　■每月建设进度　□征求意见／监督举报窗口（待设）\n每月向韶关市商务局报送工作进展月报，能统计电商扶贫情况');
  box(24, 10, 29, 12, '【资金】\n省级专项资金500万元\n截至8月31日累计拨付396.8万元（支出率79.4%）\n项目总体进度91%\n已制定专项资金管理办法，建立资金专用台账');
  // bottom
  box(31, 0, 31, WD - 1, '图例：★ 县级中心　▲ 镇级服务站　● 村级站点（框内数字为站点数、覆盖行政村数）　■ 已公示　□ 未设　● 免费提供　○ 未提供或收费');
  box(32, 0, 32, WD - 1, '底线：创建期间无安全生产、质量事故 ✔　　所报数据真实、无弄虚作假 ✔');
  box(33, 0, 33, WD - 1, '始兴县商务局　2021年9月');
  finish(sh);
  return {
    description: '始兴县（韶关）商务局电商股交的不是填报表，而是迎检展板《“县—镇—村”三级服务体系示意图》的“展板文字版”：按版面用合并单元格画出来——中间是全县示意图，镇（乡）框按地理方位摆放（罗坝、顿岗、澄江在上，沈所、马市在两侧，★县级中心与太平镇居中，深渡水、隘子、城南、司前在下，框间有箭头格），镇框内只写该镇站点数和覆盖村数；左栏【县情】【组织保障】【一个中心·服务清单】（●免费／○未提供或收费）【产业园与运营】、右栏【农产品上行】【物流快递】【人才培训】【信息公开与报送】（■已公示／□未设）【资金】、底部图例和“底线”行，事实都写在这些框的换行文字里。没有任何自评分。陷阱：户籍人口26.31万；中心“2020年9月30日揭牌”不是运营日（2020年10月28日正式投入运营）；摄影美工“○（按成本价收费）”为否；监督举报窗口“□（待设）”为否；各镇站点数和“站点96个、覆盖行政村89个”、入驻企业21家、2020年12月开园、促销12场、参训率52.4%、支出率79.4%都不是输入；农村网零只给两年金额（增速未写，不反推），35.8%只属农产品网零；表内无县名标签（只在标题和落款里），也没有主观项自评。',
    sheets: [sh],
    expect: {
      facts: {
        asOf: '2021-08-31',
        residentPopulation: 208600,
        adminVillagesStated: 106,
        poorVillagesStated: 15,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-10-28',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 513000000,
        ruralRetail2020: 642000000,
        agriRetail2019: 137000000,
        agriRetail2020: 186000000,
        agriRetailGrowthStated: 0.358,
        trainingPersonTimesStated: 2318,
        eligiblePoorPersonsStated: 1026,
        trainedPoorPersonsStated: 538,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3968000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.91,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {},
      leadership: 'principal-all',
    },
  };
}

// ============================================================ f2 吴川市 (city review threads inside the value cells)
function buildWuchuanFacts() {
  const sh = newSheet('基础数据表（市审退回·县复）');
  const WD = 5;
  line(sh, '吴川市2019年省级电子商务进农村综合示范县考评基础数据表', WD);
  line(sh, '（湛江市商务局初审退回稿：市局审核意见以【市审：…】直接写在填报内容格内，我局回复以【县复：…】接在其后；按市局要求保留往来痕迹后重新报送。县复写明新值的以新值为准，县复“同意”的以市审所提值为准，县复“维持”的不改。）', WD);
  line(sh, '填报单位：吴川市商务局　　考评截止日期：2021年8月31日　　初报：2021年8月27日　　重报：2021年9月3日', WD);
  push(sh, ['序号', '项目', '单位', '填报内容', '佐证材料']);
  const sec = (t) => line(sh, t, WD);
  const row = (a, b, c, d, e) => push(sh, [a, b, c, d, e || null]);
  sec('一、基本情况');
  row(1, '县（市、区）名称', '—', '吴川市');
  row(2, '常住人口', '万人', '91.21【市审：请与第七次全国人口普查公报核对】【县复：已核，七普常住人口91.21万人，无误】', '七普公报');
  row(3, '行政村数', '个', '256【市审：市民政局数据为行政村238个、社区居委会18个，请只填行政村】【县复：同意】', '民政局名单');
  row(4, '省定贫困村数', '个', '22', '乡村振兴局名单');
  sec('二、组织领导');
  row(5, '领导小组组长', '—', '副市长（分管商务）【市审：领导小组6月已调整，请按最新文件填】【县复：按吴府办〔2021〕19号，组长为市委副书记、市长】', '吴府办〔2021〕19号');
  row(6, '领导小组成员单位', '—', '市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局、市市场监管局、市邮政分公司');
  row(7, '示范县工作方案', '是/否', '是（吴府办〔2019〕61号，已正式印发）');
  row(8, '支持农村电商发展政策', '是/否', '是【市审：请附文件】【县复：已附《吴川市促进农村电子商务发展若干措施》（吴府办〔2020〕12号）】');
  sec('三、服务体系');
  row(9, '县级电商公共服务中心投入运营时间', '年月日', '2020年11月【市审：请填到日，与开业公告一致】【县复：2020年11月26日】', '开业公告');
  row(10, '中心有免费培训场所、设备', '有/无', '有');
  row(11, '中心为特色农产品免费展示、销售', '有/无', '有');
  row(12, '中心免费摄影、美工服务', '有/无', '有【市审：6月现场核查时摄影按件收费，请核实】【县复：属实，摄影按件收费、美工免费，改为“无”】');
  row(13, '中心组织统一推广、指导品牌建设', '有/无', '有');
  row(14, '中心其他衍生增值服务', '有/无', '有（代运营、直播孵化、供应链对接）');
  row(15, '建设或整合、优化电商产业园', '是/否', '是（整合吴川市电子商务产业园）');
  row(16, '专业第三方电子商务运营或服务商', '有/无', '有【市审：请附运营服务合同】', '运营服务合同');
  sec('四、农村产品上行');
  row(17, '行政村物流快递覆盖率', '%', '100【市审：市邮政管理局证明为98.7%，请核实】【县复：以邮政管理局证明为准，改为98.7】', '邮政管理局证明');
  row(18, '2019年农村网络零售额', '亿元', '21.86');
  row(19, '2020年农村网络零售额', '亿元', '28.63');
  row(20, '2020年农村网络零售额同比增速', '%', '31.0【市审：按两年数计算为30.97%，请统一】【县复：改为30.97】');
  row(21, '2019年农产品网络零售额', '亿元', '3.12');
  row(22, '2020年农产品网络零售额', '亿元', '3.79【市审：请注明数据来源】【县复：省商务厅提供的第三方监测数据】');
  row(23, '2020年农产品网络零售额同比增速', '%', '21.5');
  sec('五、电商培训');
  row(24, '累计培训人次', '人次', '9,386【市审：请剔除9月份培训班次】【县复：已剔除9月2日、9月7日两期，改为8,912】', '培训台账');
  row(25, '有劳动能力的建档立卡贫困人口（不含外出务工）', '人', '4,286【市审：应扣除外出务工人员】【县复：扣除外出务工1,182人后为3,104】', '乡村振兴局核定');
  row(26, '参加培训的建档立卡贫困人口', '人', '1,712【市审：是人数还是人次？】【县复：人数，按身份证去重】');
  sec('六、信息公开及报送');
  row(27, '专栏公示创建方案', '是/否', '是');
  row(28, '专栏公示项目基本信息', '是/否', '是');
  row(29, '专栏公示项目建设进度', '是/否', '是');
  row(30, '专栏设立征求意见或监督举报窗口', '是/否', '否【市审：请尽快增设】【县复：截至8月31日未设，维持“否”；已于9月2日增设监督举报信箱】');
  row(31, '能统计电商扶贫情况', '是/否', '是');
  sec('七、资金管理');
  row(32, '下达省级专项资金', '万元', '500');
  row(33, '累计拨付资金', '万元', '412.6【市审：国库支付系统截至8月31日为401.35万元，请核对】【县复：9月3日支付的11.25万元不应计入，改为401.35】', '国库支付明细');
  row(34, '资金管理制度', '是/否', '已制定');
  row(35, '资金专用台账', '是/否', '已建立');
  row(36, '项目总体进度', '%', '95');
  sec('八、主观评分项自评');
  row(37, '方案制定（1-2分）', '分', '2');
  row(38, '政策支持（1-2分）', '分', '2【市审：政策落实材料偏少，建议1分】【县复：同意，改为1】');
  row(39, '项目管理制度（1-2分）', '分', '2');
  row(40, '工作台账（1-2分）', '分', '2【市审：建议1分】【县复：维持2分，已补充项目建设、验收台账】');
  row(41, '网销调研（1-2分）', '分', '2');
  row(42, '网络促销活动（1-2分）', '分', '2');
  row(43, '交易标准与冷链溯源（1-2分）', '分', '1');
  row(44, '资金管理制度（1-5分）', '分', '5【市审：建议4分】【县复：同意】');
  row(45, '资金台账（1-5分）', '分', '4');
  row(46, '资金及时拨付（1-5分）', '分', '4');
  sec('九、一票否决项');
  row(47, '发生安全生产、质量事故或重大损失', '有/无', '无');
  row(48, '弄虚作假', '有/无', '无');
  line(sh, '审核人（市局）：电子商务科　　填报人：吴川市商务局电商股　　局长签字：（签）', WD);
  finish(sh);
  return {
    description: '吴川市（湛江）商务局的《考评基础数据表（市审退回稿·县复）》：序号|项目|单位|填报内容|佐证材料，只有一列值，但湛江市商务局初审时把审核意见用【市审：…】直接写进了数值格，县里用【县复：…】在同一格后面回复，按市局要求保留往来痕迹重新报送（第2行写明读法：县复给出新值取新值，县复“同意”取市审所提值，县复“维持”不改）。所以一个格子里可能有原值、市局建议值和县里的新值：行政村“256【市审：…行政村238个…】【县复：同意】”→238；组长“副市长（分管商务）【市审…】【县复：…组长为市委副书记、市长】”→主要领导；中心运营“2020年11月…【县复：2020年11月26日】”；摄影美工“有…【县复：…改为“无”】”→否；快递覆盖率“100…【县复：…改为98.7】”→否；增速31.0改30.97；培训9,386改8,912；有劳动能力贫困人口4,286改3,104；累计拨付412.6改401.35万元；政策支持2分【县复：同意，改为1】→1；工作台账【县复：维持2分】→2；资金管理制度5分【市审：建议4分】【县复：同意】→4；监督举报窗口“否…【县复：截至8月31日未设，维持“否”；已于9月2日增设…】”→否。陷阱：初报、重报日期不是截止日；“扣除外出务工1,182人”“9月3日支付的11.25万元”“市民政局…社区居委会18个”是中间数；第16行只有市审没有县复，原值“有”不变。',
    sheets: [sh],
    expect: {
      facts: {
        county: '吴川市',
        asOf: '2021-08-31',
        residentPopulation: 912100,
        adminVillagesStated: 238,
        poorVillagesStated: 22,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-11-26',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: false,
        ruralRetail2019: 2186000000,
        ruralRetail2020: 2863000000,
        ruralRetailGrowthStated: 0.3097,
        agriRetail2019: 312000000,
        agriRetail2020: 379000000,
        agriRetailGrowthStated: 0.215,
        trainingPersonTimesStated: 8912,
        eligiblePoorPersonsStated: 3104,
        trainedPoorPersonsStated: 1712,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4013500,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.95,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2, 'org.policy': 1,
        'org.management.system': 2, 'org.management.ledger': 2,
        'work.upward.research': 2, 'work.upward.promotion': 2, 'work.upward.standards': 1,
        'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  };
}

// ============================================================ l1 南雄市: 粤康码 venue scans as sign-in + 机要 mail register as report log
function buildNanxiongLedgers() {
  // ---- trainees
  const REG = '440282';
  const masked = new Set();
  function mperson() {
    const female = rand() < 0.5; const name = personName(female);
    let tail;
    for (;;) { const id = makeId(REG, { female, allowX: true, year: 1970 + ri(30) }); tail = id.slice(-4); if (!masked.has(tail)) { masked.add(tail); break; } }
    const ph = phone();
    return { name, mname: name[0] + '*' + name.slice(-1), mid: REG + '********' + tail, mph: ph.slice(0, 3) + '****' + ph.slice(-4) };
  }
  const P = []; for (let i = 0; i < 38; i++) P.push(mperson());
  const W0 = mperson(); const L0 = mperson();
  // sessions: [label, days[], participants: [person, dayIndexes[], extraRescanDay?]], staff
  const S = [
    ['第1期', ['2020-11-19'], [...[0, 1, 2, 3, 4, 5, 6, 7].map((i) => [P[i], [0], i === 2 || i === 5 ? 0 : null])], [[W0, 0, '工作人员']]],
    ['第2期（12.16-17）', ['2020-12-16', '2020-12-17'], [[P[8], [0, 1]], [P[9], [0, 1]], [P[10], [0, 1]], [P[11], [0, 1]], [P[12], [0, 1]], [P[13], [0]], [P[14], [1]]], [[L0, 0, '讲师']]],
    ['第3期', ['2021-03-25'], [15, 16, 17, 18, 19, 20, 0, 3].map((i) => [P[i], [0]]), []],
    ['第4期', ['2021-05-20'], [21, 22, 23, 24, 25, 8, 9].map((i) => [P[i], [0]]), [[W0, 0, '工作人员']]],
    ['第5期', ['2021-07-15'], [26, 27, 28, 29, 1, 15, 16, 21].map((i) => [P[i], [0], i === 26 ? 0 : null]), []],
    ['第6期（8.30-31）', ['2021-08-30', '2021-08-31'], [[P[30], [0, 1]], [P[31], [0]], [P[32], [0, 1]], [P[33], [0, 1]], [P[2], [0, 1]], [P[10], [0, 1]]], []],
    ['第7期', ['2021-09-08'], [34, 35, 36, 37, 4, 22].map((i) => [P[i], [0]]), []],
  ];
  const scans = [];
  const t = (day, h, m, s) => `${day} ${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
  for (const [label, days, parts, staff] of S) {
    parts.forEach(([p, ds, rescan], k) => {
      for (const di of ds) scans.push({ time: t(days[di], 8, 20 + k * 2 + ri(2), ri(60)), p, label, note: null });
      if (rescan != null) scans.push({ time: t(days[rescan], 13, 50 + ri(9), ri(60)), p, label, note: '午间返回再次扫码' });
    });
    for (const [w, di, note] of staff) scans.push({ time: t(days[di], 8, 5 + ri(8), ri(60)), p: w, label, note });
  }
  scans.sort((a, b) => (a.time < b.time ? 1 : a.time > b.time ? -1 : 0));
  const sh = newSheet('扫码登记（代签到）');
  const WD = 8;
  line(sh, '南雄市电子商务进农村培训班“粤康码”场所扫码登记记录（代签到表）', WD);
  line(sh, '场所名称：南雄市电子商务公共服务中心（培训室）　场所类型：培训机构　导出时间：2021-09-10 16:05:22　导出范围：2020-09-01 00:00:00 至 2021-09-10 23:59:59（已按培训日期筛选）', WD);
  line(sh, '电商股说明：疫情防控期间各期培训以“粤康码”场所扫码代替纸质签到。系统按扫码时间倒序导出；同一学员同一期多次扫码（午间进出、两天班每天扫码）只算1人次，两天班按结业日计；备注为“工作人员”“讲师”的不是学员。姓名、证件号码、手机号码为系统脱敏显示。期次、备注两栏为电商股补录。', WD);
  push(sh, ['序号', '扫码时间', '姓名', '证件号码', '手机号码', '健康码', '期次（补录）', '备注（补录）']);
  scans.forEach((s, i) => push(sh, [i + 1, s.time, s.p.mname, s.p.mid, s.p.mph, '绿码', s.label, s.note]));
  line(sh, `共${scans.length}条扫码记录。`, WD);
  // records
  const endDay = {}; S.forEach(([label, days]) => (endDay[label] = days[days.length - 1]));
  const seen = new Set(); const recs = [];
  for (const s of scans) {
    if (s.note === '工作人员' || s.note === '讲师') continue;
    const key = s.label + '|' + s.p.mid;
    if (seen.has(key)) continue; seen.add(key);
    recs.push({ date: endDay[s.label], personTimes: 1, id: s.p.mid });
  }
  assertEq(recs.length, 50, 'nanxiong trainee person-times');
  finish(sh);

  // ---- 机要寄件登记
  const sh2 = newSheet('机要寄件登记');
  const W2 = 8;
  line(sh2, '南雄市商务局机要文件（纸质件）寄送登记簿', W2);
  line(sh2, '说明：韶关市商务局要求电子商务进农村综合示范创建工作月报报盖章纸质件（同时发电子版），本簿登记经机要交通寄出的文件，电商股以此作为月报报送台账，报送日期以寄出日期为准；签收情况栏据机要回执填写。', W2);
  push(sh2, ['序号', '寄出日期', '机要编号', '收件单位', '内件（文件名称）', '份数', '经手人', '签收情况']);
  const JY = [
    [D('2020-09-09'), '雄商机〔2020〕41', '韶关市商务局', '南雄市电子商务进农村综合示范创建工作进展月报（8月）、电商扶贫统计表', 1, '已签收', { poverty: true }],
    ['2020.9.18', '雄商机〔2020〕44', '韶关市财政局', '关于申请拨付2020年外经贸发展专项资金的函', 2, '已签收', null],
    ['2020.10.12', '雄商机〔2020〕47', '韶关市商务局', '南雄市电子商务进农村综合示范创建工作进展月报（9月）、电商扶贫统计表', 1, '已签收', { poverty: true }],
    ['2020年10月20日', '雄商机〔2020〕50', '广东省商务厅', '南雄市电子商务进农村综合示范县创建中期自评报告', 1, '已签收', null],
    [D('2020-11-10'), '雄商机〔2020〕53', '韶关市商务局', '南雄市电子商务进农村综合示范创建工作进展月报（10月）（电商扶贫统计表另报）', 1, '已签收', { poverty: false }],
    ['2020.12.8', '雄商机〔2020〕58', '韶关市商务局', '南雄市电子商务进农村综合示范创建工作进展月报（11月）、电商扶贫统计表', 1, '已签收', { poverty: true }],
    ['2020年12月21日', '雄商机〔2020〕61', '韶关市商务局', '南雄市2020年1—11月外贸进出口情况分析', 1, '已签收', null],
    ['2021/1/11', '雄商机〔2021〕2', '韶关市商务局', '南雄市电子商务进农村综合示范创建工作进展月报（12月）、电商扶贫统计表', 1, '已签收', { poverty: true }],
    [D('2021-03-09'), '雄商机〔2021〕9', '韶关市商务局', '南雄市电子商务进农村综合示范创建工作进展月报（1—2月，春节合并报送）、电商扶贫统计表', 1, '已签收', { poverty: true }],
    ['2021.4.9', '雄商机〔2021〕14', '韶关市商务局', '南雄市电子商务进农村综合示范创建工作进展月报（3月）、电商扶贫统计表', 1, '退回（收件地址变更）', null],
    ['2021.4.13', '雄商机〔2021〕15', '韶关市商务局（新址）', '南雄市电子商务进农村综合示范创建工作进展月报（3月）、电商扶贫统计表（重寄）', 1, '已签收', { poverty: true }],
    [D('2021-05-10'), '雄商机〔2021〕19', '韶关市商务局', '南雄市电子商务进农村综合示范创建工作进展月报（4月）、电商扶贫统计表', 1, '已签收', { poverty: true }],
    ['2021年6月8日', '雄商机〔2021〕23', '韶关市商务局', '南雄市电子商务进农村综合示范创建工作进展月报（5月，含电商扶贫统计表）', 1, '已签收', { poverty: true }],
    ['2021.6.25', '雄商机〔2021〕26', '韶关市商务局', '南雄市“6·18”促消费活动总结', 1, '已签收', null],
    [D('2021-07-08'), '雄商机〔2021〕28', '韶关市商务局', '南雄市电子商务进农村综合示范创建工作进展月报（6月）、电商扶贫统计表', 1, '已签收', { poverty: true }],
    ['2021.8.9', '雄商机〔2021〕33', '韶关市商务局', '南雄市电子商务进农村综合示范创建工作进展月报（7月）', 1, '已签收', { poverty: null }],
    ['2021.9.8', '雄商机〔2021〕37', '韶关市商务局', '南雄市电子商务进农村综合示范创建工作进展月报（8月）、电商扶贫统计表', 1, '已签收', { poverty: true }],
  ];
  const isoOf = (c) => (typeof c === 'object' ? c.date : (() => { const m = String(c).match(/(\d{4})\D+(\d{1,2})\D+(\d{1,2})/); return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`; })());
  const rep = [];
  JY.forEach((x, i) => {
    push(sh2, [i + 1, x[0], x[1], x[2], x[3], x[4], pick(['刘××', '邓××']), x[5]]);
    if (x[6]) rep.push({ date: isoOf(x[0]), poverty: x[6].poverty });
  });
  line(sh2, '注：2021年1月份月报因春节放假，与2月份合并于3月9日寄出。', W2);
  finish(sh2);
  assertEq(rep.length, 12, 'nanxiong reports');

  return {
    description: '南雄市（韶关）商务局电商股交的两张“代用台账”：①《“粤康码”场所扫码登记记录（代签到表）》——疫情防控期间培训用场所扫码代替纸质签到，经办人把县电商中心培训室的场所码后台记录按培训日期筛选导出（按扫码时间倒序，“2021-08-31 08:21:37”式文本时间），姓名、证件号码、手机号都是脱敏的（姓名只留首尾字，如“徐*妹”；证件号码只留前6位和后4位，如“440282********296X”；手机号如“138****8825”；id照写），电商股补录了“期次”“备注”两栏；表头说明写明同一学员同一期多次扫码（午间返回、两天班每天各扫一次）只算1人次、两天班按结业日计、“工作人员”“讲师”不是学员。记录＝每期每名学员一条，按表中（倒序）首次出现的顺序，日期取该期结业日（第2期12.16-17按12月17日、第6期8.30-31按8月31日，只来了第一天的也按结业日）；第7期2021年9月8日在截止日后照列。②《机要文件（纸质件）寄送登记簿》当月报台账：只有寄韶关市商务局的“电子商务进农村综合示范创建工作进展月报”才是报送记录（日期取寄出日期），寄市财政局、省商务厅的和寄市商务局的外贸分析、促消费总结不是；4月9日那件“退回（收件地址变更）”没送到，不是记录，4月13日重寄才是；1—2月合并于3月9日寄出（2021年2月无记录）；是否含电商扶贫统计看内件（写了“电商扶贫统计表”→true，“（电商扶贫统计表另报）”→false，7月份只写月报→null）；2021年9月8日一件在截止日后照列。',
    sheets: [sh, sh2],
    expect: {
      sheets: {
        '扫码登记（代签到）': { kind: 'training', records: recs },
        '机要寄件登记': { kind: 'reports', records: rep },
      },
    },
  };
}

// ============================================================ l2 始兴县: township sheets, each in its own layout
function buildShixingPoor() {
  const REG = '440222';
  const sheets = []; const expectSheets = {};
  const mk = (cat, opts) => { const female = rand() < 0.45; return { cat, name: personName(female), female, id: makeId(REG, Object.assign({ female, year: cat === 'N' ? 1938 + ri(22) : 1966 + ri(34) }, opts || {})) }; };
  const rec = (p) => ({ id: p.id, labour: p.cat !== 'N', migrant: p.cat === 'N' ? null : p.cat === 'M' }) ;

  // summary (not a ledger)
  const s0 = newSheet('汇总（电商股）');
  line(s0, '始兴县各镇（乡）有劳动能力建档立卡贫困人口名单报送情况汇总', 8);
  line(s0, '（按县商务局《关于报送电商培训对象名单的通知》，各镇（乡）乡村振兴工作站按各自格式报送，电商股按镇（乡）逐张照录，一镇一表；本表为电商股核对用汇总，不是名单）', 8);
  push(s0, ['序号', '镇（乡）', '报送时间', '报送形式', '名单人数', '其中有劳动能力', '其中外出务工', '备注']);

  // --- 太平镇: one person per row, 是/否 columns
  const tp = []; ['E', 'E', 'M', 'E', 'N', 'E', 'E', 'M', 'E', 'E', 'N', 'E'].forEach((c) => tp.push(mk(c)));
  const s1 = newSheet('太平镇');
  line(s1, '太平镇建档立卡贫困人口劳动力情况表', 11);
  line(s1, '填报单位：太平镇乡村振兴工作站（盖章）　　填报日期：2021年8月25日', 11);
  push(s1, ['序号', '村（居）', '户主姓名', '姓名', '性别', '与户主关系', '身份证号码', '是否有劳动能力', '是否外出务工', '务工地点', '联系电话']);
  const tpVill = ['东湖坪村', '东湖坪村', '东湖坪村', '五里山村', '五里山村', '五里山村', '新村村', '新村村', '新村村', '水南村', '水南村', '水南村'];
  let head = null;
  tp.forEach((p, i) => {
    if (i % 3 === 0) head = p;
    const idCell = i === 6 ? p.id + ' ' : p.id;
    const rel = relate(head, p);
    push(s1, [i + 1, tpVill[i], head.name, p.name, p.female ? '女' : '男', rel, idCell, p.cat === 'N' ? '否' : '是', p.cat === 'N' ? '—' : (p.cat === 'M' ? '是' : '否'), p.cat === 'M' ? pick(['深圳市宝安区', '东莞市长安镇', '广州市白云区']) : null, phone()]);
  });
  line(s1, '填表人：曾××　　审核人：何××', 11);
  expectSheets['太平镇'] = { kind: 'poorPersons', records: tp.map(rec) };
  sheets.push(s1);

  // --- 马市镇: village sections, one combined 劳动力状况 column
  const s2 = newSheet('马市镇');
  line(s2, '马市镇有劳动能力贫困人口摸底名单', 5);
  line(s2, '（马市镇扶贫工作站　2021年8月26日）', 5);
  push(s2, ['序号', '姓名', '身份证号', '劳动力状况', '备注']);
  const ms = [];
  const msSecs = [['一、红梨村（省定贫困村）', ['E', 'E', 'M', 'N', 'E']], ['二、黄所村', ['E', 'M', 'E', 'E']], ['三、都塘村（省定贫困村）', ['E', 'N', 'E', 'M']]];
  let k2 = 0;
  for (const [title, cats] of msSecs) {
    line(s2, title, 5);
    cats.forEach((c) => {
      const p = mk(c); ms.push(p); k2++;
      let st;
      if (c === 'E') st = pick(['有劳动能力·在家务农', '有劳动能力·镇内务工（马市烤鸭加工厂）', '有劳动能力·在家务农']);
      else if (c === 'M') st = pick(['有劳动能力·外出务工（深圳）', '有劳动能力·外出务工（佛山顺德）', '有劳动能力·外出务工（韶关市区）']);
      else st = pick(['无劳动能力（残疾）', '无劳动能力（年老体弱）']);
      push(s2, [k2, p.name, p.id, st, null]);
    });
  }
  line(s2, '说明：“外出务工”指在始兴县外务工；“镇内务工”不属外出。', 5);
  expectSheets['马市镇'] = { kind: 'poorPersons', records: ms.map(rec) };
  sheets.push(s2);

  // --- 澄江镇: turned on its side, one person per column
  const cj = []; ['E', 'M', 'E', 'E', 'N', 'E', 'M', 'E'].forEach((c) => cj.push(mk(c)));
  const s3 = newSheet('澄江镇');
  line(s3, '澄江镇贫困户劳动力情况（横表）', 9);
  const labels = ['序号', '姓名', '性别', '身份证号', '所在村', '劳动能力', '务工情况', '备注'];
  const cjVill = ['暖田村', '暖田村', '暖田村', '周所村', '周所村', '周所村', '澄江村', '澄江村'];
  labels.forEach((lab, li) => {
    const r = [lab];
    cj.forEach((p, i) => {
      let v;
      switch (lab) {
        case '序号': v = i + 1; break;
        case '姓名': v = p.name; break;
        case '性别': v = p.female ? '女' : '男'; break;
        case '身份证号': v = p.id; break;
        case '所在村': v = cjVill[i]; break;
        case '劳动能力': v = p.cat === 'N' ? '无' : '有'; break;
        case '务工情况': v = p.cat === 'N' ? '—' : (p.cat === 'M' ? pick(['外出（广州）', '外出（东莞）']) : pick(['在家', '在家（种烟）'])); break;
        default: v = p.cat === 'N' ? '长期病患' : null;
      }
      r.push(v);
    });
    push(s3, r);
  });
  line(s3, '澄江镇乡村振兴工作站　2021.8.27', 9);
  expectSheets['澄江镇'] = { kind: 'poorPersons', records: cj.map(rec) };
  sheets.push(s3);

  // --- 司前镇: 扶贫系统导出, header after a 说明 block
  const sq = []; ['E', 'E', 'M', 'E', 'N', 'M', 'E', 'E', 'N', 'E'].forEach((c) => sq.push(mk(c)));
  const s4 = newSheet('司前镇');
  line(s4, '司前镇建档立卡贫困人口信息（系统导出）', 12);
  line(s4, '说明：1．本表从扶贫信息系统导出后删去了收入、帮扶措施等栏，只保留劳动力和务工信息。', 12);
  line(s4, '2．劳动技能：普通劳动力、技能劳动力为有劳动能力；丧失劳动力、无劳动力为无劳动能力。', 12);
  line(s4, '3．务工状态：省外务工、县外省内务工为外出务工；乡镇内务工、未务工为不外出。', 12);
  line(s4, '司前镇乡村振兴工作站　2021年8月30日', 12);
  blank(s4);
  push(s4, ['序号', '县', '乡镇', '行政村', '户编号', '姓名', '证件号码', '与户主关系', '劳动技能', '务工状态', '务工时间（月）', '是否在校生']);
  const sqVill = ['车头村', '车头村', '车头村', '黄沙坑村', '黄沙坑村', '黄沙坑村', '新圩村', '新圩村', '新圩村', '新圩村'];
  sq.forEach((p, i) => {
    const hh = '4402220' + String(103100 + Math.floor(i / 3)).padStart(7, '0');
    const skill = p.cat === 'N' ? pick(['丧失劳动力', '无劳动力']) : pick(['普通劳动力', '普通劳动力', '技能劳动力']);
    const work = p.cat === 'N' ? null : (p.cat === 'M' ? pick(['省外务工', '县外省内务工']) : pick(['未务工', '乡镇内务工']));
    if (i % 3 === 0) head = p;
    const rel = relate(head, p);
    push(s4, [i + 1, '始兴县', '司前镇', sqVill[i], hh, p.name, p.id, rel, skill, work, p.cat === 'M' ? 10 : (work === '乡镇内务工' ? 6 : 0), '否']);
  });
  expectSheets['司前镇'] = { kind: 'poorPersons', records: sq.map(rec) };
  sheets.push(s4);

  // --- 隘子镇: paper form photographed, two persons per row
  const az = []; ['E', 'E', 'M', 'E', 'E', 'N', 'E', 'M', 'E', 'E'].forEach((c, i) => az.push(mk(c, i === 3 ? { wantX: true } : null)));
  const s5 = newSheet('隘子镇');
  line(s5, '隘子镇有劳动能力贫困人口名单（纸质表拍照，电商股照录）', 11);
  line(s5, '（原表一页两栏，左栏单号、右栏双号，照原样录入；身份证号按原表手写格式）', 11);
  push(s5, ['序号', '姓名', '身份证号码', '有无劳动能力', '是否外出', null, '序号', '姓名', '身份证号码', '有无劳动能力', '是否外出']);
  for (let i = 0; i < az.length; i += 2) {
    const cell = (p, j) => {
      let idc = p.id;
      if (j === 3) idc = p.id.toLowerCase();
      if (j === 0 || j === 7) idc = spaced(p.id);
      return [j + 1, p.name, idc, p.cat === 'N' ? '无' : '有', p.cat === 'N' ? '/' : (p.cat === 'M' ? '是' : '否')];
    };
    push(s5, [...cell(az[i], i), null, ...(az[i + 1] ? cell(az[i + 1], i + 1) : [])]);
  }
  line(s5, '隘子镇人民政府（章）　经办：赖××　2021年8月28日', 11);
  expectSheets['隘子镇'] = { kind: 'poorPersons', records: az.map(rec) };
  sheets.push(s5);

  // --- 深渡水瑶族乡: no list
  const s6 = newSheet('深渡水乡');
  line(s6, '深渡水瑶族乡', 6);
  line(s6, '本乡建档立卡贫困人口中有劳动能力的均已外出务工或在校就读，没有需要参训的人员，不另报名单。（乡乡村振兴工作站2021年8月30日电话答复，电商股记录）', 6);
  expectSheets['深渡水乡'] = { kind: null };

  // summary rows
  const sumRow = (i, town, when, form, list) => push(s0, [i, town, when, form, list ? list.length : 0, list ? list.filter((p) => p.cat !== 'N').length : 0, list ? list.filter((p) => p.cat === 'M').length : 0, null]);
  sumRow(1, '太平镇', '2021.8.25', 'Excel表', tp);
  sumRow(2, '马市镇', '2021.8.26', 'Excel表（按村分节）', ms);
  sumRow(3, '澄江镇', '2021.8.27', 'Excel横表', cj);
  sumRow(4, '司前镇', '2021.8.30', '扶贫系统导出', sq);
  sumRow(5, '隘子镇', '2021.8.28', '纸质表拍照', az);
  push(s0, [6, '深渡水瑶族乡', '2021.8.30', '电话答复', 0, 0, 0, '无名单']);
  push(s0, [7, '罗坝镇、顿岗镇、城南镇、沈所镇', '—', '—', null, null, null, '未报，已催报']);
  const all = [...tp, ...ms, ...cj, ...sq, ...az];
  const rt = push(s0, ['合计', null, null, null, all.length, all.filter((p) => p.cat !== 'N').length, all.filter((p) => p.cat === 'M').length, null]);
  merge(s0, rt, 0, rt, 3);
  expectSheets['汇总（电商股）'] = { kind: null };

  const out = [s0, ...sheets, s6].map(finish);
  return {
    description: '始兴县（韶关）商务局电商股收各镇（乡）报来的有劳动能力贫困人口名单后“一镇一表”照录进一个工作簿：各镇格式各不相同——太平镇一人一行（是否有劳动能力｜是否外出务工 是/否，无劳动能力者外出栏“—”，一个身份证号末尾带空格）；马市镇按村分节（节标题“一、红梨村（省定贫困村）”整行合并），劳动能力和务工合在一栏“有劳动能力·在家务农”“有劳动能力·镇内务工（…）”“有劳动能力·外出务工（深圳）”“无劳动能力（残疾）”（表下注明镇内务工不属外出）；澄江镇横表（字段为行、一人一列），劳动能力“有/无”、务工“在家”“外出（广州）”“—”；司前镇是扶贫系统导出，表头在说明块之后（劳动技能普通/技能/丧失/无劳动力，务工状态省外/县外省内/乡镇内/未务工，无劳动能力者务工栏空）；隘子镇是纸质表拍照照录，一行左右两人（左单右双），身份证号有按6-8-4空格分段的、一人末位小写x，“是否外出”栏无劳动能力者写“/”；深渡水乡只有一句电话答复（不是名单）。另有电商股的“汇总”表（各镇报送情况和人数，不是名单）。记录＝各镇表里的每一个人，按各表顺序（隘子镇按行、先左后右，即序号顺序）；无劳动能力者 migrant 为 null。',
    sheets: out,
    expect: { sheets: expectSheets },
  };
}

// ============================================================ l3 德庆县: government-accounting vouchers (financial + budget parallel entries)
function buildDeqingVouchers() {
  const sh = newSheet('记账凭证（省级专项）');
  const WD = 6;
  line(sh, '德庆县商务局　省级电子商务进农村综合示范专项资金记账凭证（打印件逐张录入）', WD);
  line(sh, '核算依据：《政府会计制度》，财务会计与预算会计平行记账；金额单位：元', WD);
  line(sh, '说明：每张凭证上半为财务会计分录、下半为预算会计分录，同一笔业务两部分金额相同，“合计”按两部分分别合计。拨付额以财务会计借记“业务活动费用”的金额为准，不重复计算预算会计分录；资金收到、年末结转不是拨付。', WD);
  blank(sh);
  const recs = [];
  const fmt = (n, text) => (text ? n.toLocaleString('en-US', { minimumFractionDigits: 2 }) : n);
  function voucher(dateCell, iso, no, lines, opts) {
    opts = opts || {};
    const r0 = push(sh, ['记　账　凭　证']); merge(sh, r0, 0, r0, WD - 1);
    const r1 = push(sh, ['核算单位：德庆县商务局', null, dateCell, null, `记字第 ${no} 号`, null]);
    merge(sh, r1, 0, r1, 1); merge(sh, r1, 2, r1, 3); merge(sh, r1, 4, r1, 5);
    push(sh, ['摘要', '分录', '科目编码', '会计科目', '借方金额', '贷方金额']);
    let fd = 0, fc = 0, bd = 0, bc = 0;
    for (const l of lines) {
      const [memo, part, code, acct, dr, cr] = l;
      push(sh, [memo, part, code, acct, dr == null ? null : fmt(dr, opts.text), cr == null ? null : fmt(cr, opts.text)]);
      if (part === '财务') { fd += dr || 0; fc += cr || 0; } else { bd += dr || 0; bc += cr || 0; }
      if (l[6]) recs.push({ date: iso, amount: l[6] });
    }
    push(sh, ['财务会计合计', null, null, null, fmt(fd, opts.text), fmt(fc, opts.text)]);
    push(sh, ['预算会计合计', null, null, null, fmt(bd, opts.text), fmt(bc, opts.text)]);
    const rl = push(sh, [`会计主管：陈××　记账：李××　审核：黄××　制单：梁××　　附单据 ${opts.att || 2} 张`]); merge(sh, rl, 0, rl, WD - 1);
    blank(sh);
  }
  const EXP = ['5001', '业务活动费用—商品和服务支出—委托业务费'];
  const ZERO = ['1011', '零余额账户用款额度'];
  const XZ = ['7201', '行政支出—财政拨款支出—项目支出'];
  const JC = ['8001', '资金结存—零余额账户用款额度'];
  const pay = (memo, amt, extra) => [
    [memo, '财务', EXP[0], EXP[1], amt, null, extra === false ? null : amt],
  ];
  // V1 receipt of allocation
  voucher('2020 年 05 月 20 日', '2020-05-20', '0021', [
    ['收到省级电子商务进农村综合示范专项资金（肇财工〔2020〕15号）', '财务', ZERO[0], ZERO[1], 5000000, null],
    ['〃', '财务', '4001', '财政拨款收入', null, 5000000],
    ['〃', '预算', JC[0], JC[1], 5000000, null],
    ['〃', '预算', '6001', '财政拨款预算收入', null, 5000000],
  ], { att: 1 });
  // V2
  voucher('2020 年 06 月 28 日', '2020-06-28', '0036', [
    ...pay('支付县电商公共服务中心装修工程首付款（德庆县宏达建筑装饰工程有限公司）', 600000),
    ['〃', '财务', ZERO[0], ZERO[1], null, 600000],
    ['〃', '预算', XZ[0], XZ[1], 600000, null],
    ['〃', '预算', JC[0], JC[1], null, 600000],
  ], { att: 3 });
  // V3 two payees
  voucher(D('2020-08-14'), '2020-08-14', '0052', [
    ...pay('支付第一批村级站点建设款（德庆县德商电子商务有限公司）', 320000),
    ...pay('支付第一批村级站点物流配送设备款（中国邮政集团有限公司广东省德庆县分公司）', 96000),
    ['〃', '财务', ZERO[0], ZERO[1], null, 416000],
    ['支付第一批村级站点建设及物流设备款', '预算', XZ[0], XZ[1], 416000, null],
    ['〃', '预算', JC[0], JC[1], null, 416000],
  ], { att: 4 });
  // V4
  voucher('2020 年 10 月 23 日', '2020-10-23', '0071', [
    ...pay('支付电商培训费（第一期）（德庆县启航职业培训学校）', 150000),
    ['〃', '财务', ZERO[0], ZERO[1], null, 150000],
    ['〃', '预算', XZ[0], XZ[1], 150000, null],
    ['〃', '预算', JC[0], JC[1], null, 150000],
  ], { att: 3, text: true });
  // V5
  voucher('2020 年 11 月 26 日', '2020-11-26', '0088', [
    ...pay('支付县电商公共服务中心装修工程进度款（德庆县宏达建筑装饰工程有限公司）', 520000),
    ['〃', '财务', ZERO[0], ZERO[1], null, 520000],
    ['〃', '预算', XZ[0], XZ[1], 520000, null],
    ['〃', '预算', JC[0], JC[1], null, 520000],
  ], { att: 3 });
  // V6 wrong amount, V7 red reversal, V8 correction
  voucher('2020 年 12 月 10 日', '2020-12-10', '0093', [
    ...pay('支付县级物流配送体系建设款（德庆县顺通物流有限公司）', 540000),
    ['〃', '财务', ZERO[0], ZERO[1], null, 540000],
    ['〃', '预算', XZ[0], XZ[1], 540000, null],
    ['〃', '预算', JC[0], JC[1], null, 540000],
  ], { att: 2 });
  voucher('2020 年 12 月 15 日', '2020-12-15', '0097', [
    ['冲销12月10日记字第0093号凭证（金额录错，红字）', '财务', EXP[0], EXP[1], -540000, null, -540000],
    ['〃', '财务', ZERO[0], ZERO[1], null, -540000],
    ['〃', '预算', XZ[0], XZ[1], -540000, null],
    ['〃', '预算', JC[0], JC[1], null, -540000],
  ], { att: 0 });
  voucher('2020 年 12 月 15 日', '2020-12-15', '0098', [
    ...pay('更正：支付县级物流配送体系建设款（德庆县顺通物流有限公司）', 450000),
    ['〃', '财务', ZERO[0], ZERO[1], null, 450000],
    ['〃', '预算', XZ[0], XZ[1], 450000, null],
    ['〃', '预算', JC[0], JC[1], null, 450000],
  ], { att: 2 });
  // V9 year-end closing
  const exp2020 = 600000 + 416000 + 150000 + 520000 + 540000 - 540000 + 450000;
  voucher('2020 年 12 月 31 日', '2020-12-31', '0120', [
    ['结转本年财政拨款收入', '财务', '4001', '财政拨款收入', 5000000, null],
    ['〃', '财务', '3301', '本期盈余', null, 5000000],
    ['结转本年业务活动费用', '财务', '3301', '本期盈余', exp2020, null],
    ['〃', '财务', EXP[0], EXP[1], null, exp2020],
    ['结转本年财政拨款预算收入', '预算', '6001', '财政拨款预算收入', 5000000, null],
    ['〃', '预算', '8101', '财政拨款结转—本年收支结转', null, 5000000],
    ['结转本年行政支出', '预算', '8101', '财政拨款结转—本年收支结转', exp2020, null],
    ['〃', '预算', XZ[0], XZ[1], null, exp2020],
  ], { att: 0 });
  // 2021
  voucher(D('2021-03-19'), '2021-03-19', '0018', [
    ...pay('支付农产品品牌推广服务费（德庆县悦城文化传媒有限公司）', 268000),
    ['〃', '财务', ZERO[0], ZERO[1], null, 268000],
    ['〃', '预算', XZ[0], XZ[1], 268000, null],
    ['〃', '预算', JC[0], JC[1], null, 268000],
  ], { att: 3, text: true });
  voucher('2021 年 04 月 16 日', '2021-04-16', '0027', [
    ...pay('支付第二批村级站点建设款（德庆县德商电子商务有限公司）', 360000),
    ['〃', '财务', ZERO[0], ZERO[1], null, 360000],
    ['〃', '预算', XZ[0], XZ[1], 360000, null],
    ['〃', '预算', JC[0], JC[1], null, 360000],
  ], { att: 3 });
  voucher('2021 年 05 月 21 日', '2021-05-21', '0035', [
    ['支付电商产业园水电改造款（县级配套资金，非省级专项）（德庆县宏达建筑装饰工程有限公司）', '财务', EXP[0], EXP[1], 100000, null],
    ['〃', '财务', '1011', '零余额账户用款额度—县级配套', null, 100000],
    ['〃', '预算', XZ[0], '行政支出—财政拨款支出—项目支出（县级）', 100000, null],
    ['〃', '预算', JC[0], JC[1], null, 100000],
  ], { att: 2 });
  voucher(D('2021-06-25'), '2021-06-25', '0044', [
    ...pay('支付电商培训费（第二期）（德庆县启航职业培训学校）', 220000),
    ...pay('支付农产品质量溯源系统首付款（广东溯源宝信息科技有限公司）', 186000),
    ['〃', '财务', ZERO[0], ZERO[1], null, 406000],
    ['支付培训费及溯源系统首付款', '预算', XZ[0], XZ[1], 406000, null],
    ['〃', '预算', JC[0], JC[1], null, 406000],
  ], { att: 5 });
  voucher('2021 年 07 月 30 日', '2021-07-30', '0052', [
    ['收回德庆县顺通物流有限公司多付款（退回）', '财务', ZERO[0], ZERO[1], 12000, null],
    ['〃', '财务', EXP[0], EXP[1], null, 12000, -12000],
    ['〃', '预算', JC[0], JC[1], 12000, null],
    ['〃', '预算', XZ[0], XZ[1], null, 12000],
  ], { att: 1 });
  voucher('2021 年 08 月 31 日', '2021-08-31', '0061', [
    ...pay('支付村级站点运营补贴（德庆县德商电子商务有限公司）', 185000),
    ['〃', '财务', ZERO[0], ZERO[1], null, 185000],
    ['〃', '预算', XZ[0], XZ[1], 185000, null],
    ['〃', '预算', JC[0], JC[1], null, 185000],
  ], { att: 2, text: true });
  voucher('2021 年 09 月 09 日', '2021-09-09', '0066', [
    ...pay('支付县电商公共服务中心装修工程尾款（德庆县宏达建筑装饰工程有限公司）', 96000),
    ['〃', '财务', ZERO[0], ZERO[1], null, 96000],
    ['〃', '预算', XZ[0], XZ[1], 96000, null],
    ['〃', '预算', JC[0], JC[1], null, 96000],
  ], { att: 2 });
  line(sh, '录入：电商股　2021年9月13日（据财务股凭证打印件）', WD);
  finish(sh);
  const before = recs.filter((r) => r.date <= '2021-08-31').reduce((s, r) => s + r.amount, 0);
  assertEq(before, 3343000, 'deqing funds before cut-off');

  const s2 = newSheet('科目对照');
  line(s2, '凭证中用到的会计科目（电商股备查）', 3);
  push(s2, ['科目编码', '科目名称', '说明']);
  [['1011', '零余额账户用款额度', '资产类，财政下达资金'], ['3301', '本期盈余', '年末结转用'], ['4001', '财政拨款收入', '收到下达资金'], ['5001', '业务活动费用', '支出（拨付承建单位）'], ['6001', '财政拨款预算收入', '预算会计'], ['7201', '行政支出', '预算会计，与业务活动费用平行记账'], ['8001', '资金结存', '预算会计'], ['8101', '财政拨款结转', '预算会计，年末结转']].forEach((r) => push(s2, r));
  finish(s2);
  return {
    description: '德庆县（肇庆）商务局电商股把财务股的专项资金记账凭证打印件逐张录进一张表当资金台账：每张凭证一块（“记　账　凭　证”合并标题行、核算单位｜“2020 年 06 月 28 日”｜“记字第 0036 号”三段合并行、摘要|分录|科目编码|会计科目|借方金额|贷方金额表头、分录行、“财务会计合计”“预算会计合计”两行、会计主管…附单据n张行，块间空行）。按《政府会计制度》平行记账，每笔业务既有财务会计分录（借 业务活动费用／贷 零余额账户用款额度）又有金额相同的预算会计分录（借 行政支出／贷 资金结存），只按财务会计借记“业务活动费用”计一笔拨付（第3行说明写明），预算会计和两行合计都不能再加。记录＝每条财务会计借记“业务活动费用”的分录，日期取凭证日期（“2020 年 11 月 26 日”文本或真日期）。一张凭证付两家的（8月14日、6月25日）是两条；12月10日录成540,000、12月15日红字冲销（-540,000，负数记录）再按450,000更正；7月30日收回多付款是贷记业务活动费用（-12,000记录）。不是记录的：5月20日收到下达资金500万、12月31日年末结转（贷记业务活动费用是结转）、5月21日县级配套资金（摘要写明非省级专项）；2021年8月31日一笔照列，9月9日尾款在截止日后照列；金额数字与“150,000.00”千分位文本混用。另一张“科目对照”是备查表，不是台账。',
    sheets: [sh, s2],
    expect: { sheets: { '记账凭证（省级专项）': { kind: 'funds', records: recs }, '科目对照': { kind: null } } },
  };
}

// ============================================================ l4 大埔县: park admission / exit notices + rural collective organisations as the village list
function buildDabuLedgers() {
  const sh = newSheet('入驻退出公示汇编');
  const WD = 6;
  line(sh, '大埔县电子商务产业园企业入驻、退出公示汇编（运营中心张贴公示及办理结果留底）', WD);
  blank(sh);
  const recs = []; const byName = new Map();
  function admit(title, intro, rows, footer, signed, result, enteredFor) {
    line(sh, title, WD);
    line(sh, intro, WD);
    push(sh, ['序号', '企业名称', '统一社会信用代码', '企业类型', '拟入驻房号', '备注']);
    rows.forEach((r, i) => push(sh, [i + 1, r[0], r[1], r[2], r[3], r[4] || null]));
    line(sh, footer, WD);
    const rs = push(sh, [null, null, null, signed]); merge(sh, rs, 3, rs, WD - 1);
    line(sh, result, WD);
    blank(sh);
    rows.forEach((r) => { const d = enteredFor(r); if (d) { const rec = { name: r[0], type: r[2], entered: d, left: null }; recs.push(rec); byName.set(r[0], rec); } });
  }
  function exit(title, intro, rows, signed) {
    line(sh, title, WD);
    line(sh, intro, WD);
    push(sh, ['序号', '企业名称', '统一社会信用代码', '退出原因', '退出日期', '备注']);
    rows.forEach((r, i) => { push(sh, [i + 1, r[0], r[1], r[2], r[3], r[5] || null]); byName.get(r[0]).left = r[4]; });
    const rs = push(sh, [null, null, null, signed]); merge(sh, rs, 3, rs, WD - 1);
    blank(sh);
  }
  admit('【公示一】大埔县电子商务产业园关于第一批拟入驻企业名单的公示',
    '经企业申请、运营中心初审、县电子商务进农村工作领导小组办公室评审，现将第一批拟入驻企业名单予以公示（公示期：2020年6月1日至6月7日）。',
    [
      ['大埔县客都优品电子商务有限公司', '91441422MA54KX2R1B', '平台型', 'A101'],
      ['大埔县蜜柚人家农业发展有限公司', '91441422MA4WQ81T6C', '销售型', 'A102'],
      ['大埔县埔茶网络科技有限公司', '91441422MA52BP0H3D', '销售型', 'A103'],
      ['梅州市埔商供应链管理有限公司', '91441400MA55RT6K8E', '运营服务商', 'A104'],
      ['大埔县百侯薄饼食品有限公司', '91441422MA4X2G7N5F', '销售型', 'A105'],
      ['大埔县韵达快递有限公司', '91441422MA51LC9P2G', '物流快递', 'B101'],
      ['大埔县三河坝山货专业合作社', '93441422MA4WEH3U7H', '销售型', 'A106'],
      ['大埔县青溪茶叶有限公司', '91441422MA53F6K01J', '销售型', 'A107'],
    ],
    '公示期内如有异议，请以书面形式向县电商办反映。联系电话：0753-5523××× 。', '大埔县电子商务产业园运营中心　2020年5月29日',
    '【办理结果】公示期满无异议。以上8家企业于2020年6月10日签订入驻协议，当日正式入驻。（运营中心 2020.6.10）', () => '2020-06-10');
  admit('【公示二】大埔县电子商务产业园关于第二批拟入驻企业名单的公示',
    '现将第二批拟入驻企业名单予以公示（公示期：2020年9月1日至9月7日）。',
    [
      ['大埔县客家小厨电子商务有限公司', '91441422MA55J0W42K', '销售型', 'A201'],
      ['大埔县埔寨花灯文化传播有限公司', '91441422MA4XKM1D9L', '销售型', 'A202'],
      ['大埔县丰收直播电商工作室', '92441422MA52TR5E6M', '直播电商', 'A203', '个体工商户'],
      ['大埔县邮政速递物流分拨点', '91441422MA4W7F2A1N', '物流快递', 'B102', '中国邮政大埔县分公司设立'],
      ['大埔县云顶茶业有限公司', '91441422MA56D3QH0P', '销售型', 'A204'],
      ['大埔县乡村振兴电子商务服务有限公司', '91441422MA57NU8C4Q', '运营服务商', 'A205'],
      ['大埔县枫朗竹编工艺品有限公司', '91441422MA4WY0LB3R', '销售型', 'A206'],
    ],
    '公示期内如有异议，请以书面形式向县电商办反映。', '大埔县电子商务产业园运营中心　2020年8月31日',
    '【办理结果】公示期满无异议。除第5号“大埔县云顶茶业有限公司”书面放弃入驻外，其余6家于2020年9月15日正式入驻。',
    (r) => (r[0] === '大埔县云顶茶业有限公司' ? null : '2020-09-15'));
  admit('【公示三】大埔县电子商务产业园关于第三批拟入驻企业名单的公示',
    '现将第三批拟入驻企业名单予以公示（公示期：2021年3月8日至3月14日）。',
    [
      ['大埔县嘉应优选网络科技有限公司', '91441422MA58C7PX2S', '平台型', 'A301'],
      ['大埔县高陂陶瓷电子商务有限公司', '91441422MA4X9EW16T', '销售型', 'A302'],
      ['大埔县顺丰速运有限公司', '91441422MA52H1ZK7U', '物流快递', 'B103'],
      ['大埔县光德蜂业专业合作社', '93441422MA4WF5G32V', '销售型', 'A303'],
      ['大埔县小柚子文化传媒有限公司', '91441422MA59L6RM8W', '直播电商', 'A304'],
      ['大埔县银江农产品有限公司', '91441422MA4X0T4N5X', '销售型', 'A305'],
    ],
    '公示期内如有异议，请以书面形式向县电商办反映。', '大埔县电子商务产业园运营中心　2021年3月5日',
    '【办理结果】公示期满无异议，6家企业均于2021年3月22日正式入驻。', () => '2021-03-22');
  exit('【公示四】大埔县电子商务产业园关于部分企业退出园区的公示',
    '以下企业因合同到期不再续签或迁址经营，已办理退园手续，现予公示。',
    [
      ['大埔县三河坝山货专业合作社', '93441422MA4WEH3U7H', '合同到期不再续签', '2021年3月31日', '2021-03-31'],
      ['大埔县埔寨花灯文化传播有限公司', '91441422MA4XKM1D9L', '迁至梅州市区经营', '2021.6.30', '2021-06-30'],
    ], '大埔县电子商务产业园运营中心　2021年7月2日');
  admit('【公示五】大埔县电子商务产业园关于第四批拟入驻企业名单的公示',
    '现将第四批拟入驻企业名单予以公示（公示期：2021年8月9日至8月15日）。',
    [
      ['大埔县客乡味道食品有限公司', '91441422MA5AB2KP1Y', '销售型', 'A306'],
      ['大埔县极速物流有限公司', '91441422MA5A7HX03Z', '物流快递', 'B104'],
      ['大埔县西河柚农专业合作社', '93441422MA4X6RC45A', '销售型', 'A307'],
    ],
    '公示期内如有异议，请以书面形式向县电商办反映。', '大埔县电子商务产业园运营中心　2021年8月6日',
    '【办理结果】公示期满无异议。第1、3号于2021年8月20日正式入驻；第2号“大埔县极速物流有限公司”因仓库装修延期，于2021年9月6日正式入驻。',
    (r) => (r[0] === '大埔县极速物流有限公司' ? '2021-09-06' : '2021-08-20'));
  exit('【公示六】大埔县电子商务产业园关于企业退出园区的公示',
    '以下企业因业务调整，已办理退园手续，现予公示。',
    [['大埔县光德蜂业专业合作社', '93441422MA4WF5G32V', '业务调整，转为线下经营', '2021年9月15日', '2021-09-15']],
    '大埔县电子商务产业园运营中心　2021年9月17日');
  line(sh, '整理：县商务局电商股　2021年9月18日', WD);
  finish(sh);
  assertEq(recs.length, 23, 'dabu enterprise records');

  // ---- villages from 集体经济组织登记赋码
  const s2 = newSheet('集体经济组织登记赋码（借用）');
  const W2 = 6;
  line(s2, '大埔县农村集体经济组织登记赋码情况表（湖寮镇、茶阳镇、高陂镇）', W2);
  line(s2, '（县农业农村局提供，2021年3月）', W2);
  line(s2, '电商股注：县民政局未提供村（居）委会名单，借用此表作行政村名单。村级“××村股份经济合作联合社／经济联合社”一社对应一个行政村；社区的联合社是社区（不是行政村）；组级“××村××股份经济合作社／经济合作社”是村民小组，不是村。', W2);
  push(s2, ['序号', '组织名称', '统一社会信用代码', '法定代表人', '登记证发证日期', '备注']);
  const TOWNS = [
    ['湖寮镇', [['黎家坪村', ['上屋', '下屋']], ['龙岗村', ['老屋']], ['莒村', []], ['古野村', ['塘尾']], ['双坑村', []], ['墩背村', ['新屋', '围龙']], ['大埔角村', []], ['河腰村', []], ['城南社区', null]]],
    ['茶阳镇', [['茶阳村', []], ['太宁村', ['石坑']], ['长治村', []], ['西河村', []], ['下坝村', ['坝头']], ['洋门村', []], ['茶阳社区', null]]],
    ['高陂镇', [['高陂村', ['中心']], ['福员村', []], ['党溪村', ['上村', '下村']], ['平原村', []], ['埔田村', []], ['桃源村', ['水口']], ['赤水村', []]]],
  ];
  const vrecs = []; let n = 0; let codeN = 1000;
  const code = () => { codeN += 37; return 'N2441422MF' + String(codeN).padStart(4, '0') + String.fromCharCode(65 + (codeN % 26)) + (codeN % 10) + ((codeN * 7) % 10) + String.fromCharCode(66 + (codeN % 20)); };
  const dates = [D('2020-11-18'), '2020.11.18', '2020年12月3日', D('2020-12-03'), '2020/12/16'];
  for (const [town, list] of TOWNS) {
    for (const [vn, groups] of list) {
      n++;
      const isComm = groups === null;
      const orgName = `大埔县${town}${vn}${isComm ? '经济联合社' : (n % 3 === 0 ? '经济联合社' : '股份经济合作联合社')}`;
      push(s2, [n, orgName, code(), personName(), dates[n % dates.length], isComm ? '村改居社区' : null]);
      vrecs.push({ name: vn, admin: !isComm, poor: null, express: null });
      for (const g of groups || []) {
        n++;
        push(s2, [n, `大埔县${town}${vn}${g}${n % 2 ? '股份经济合作社' : '经济合作社'}`, code(), personName(), dates[n % dates.length], '组级']);
      }
    }
  }
  const rt = push(s2, ['合计', `村级联合社${vrecs.filter((v) => v.admin).length}个，社区联合社2个，组级合作社${n - vrecs.length}个`]);
  merge(s2, rt, 1, rt, W2 - 1);
  finish(s2);

  return {
    description: '大埔县（梅州）商务局电商股交的两张“借来的表”：①产业园运营中心把张贴过的入驻、退出公示连同办理结果逐份抄进一张表当入驻企业清单——每份公示一块（【公示一】…标题行、导语（含公示期）、序号|企业名称|统一社会信用代码|企业类型|拟入驻房号|备注表、异议联系行、落款（运营中心和公示日期，合并在右侧）、【办理结果】行），退出公示的表是 序号|企业名称|信用代码|退出原因|退出日期|备注。读法：入驻日期不是公示期、也不是落款日，而是【办理结果】里写的正式入驻日（第一批2020年6月10日、第二批2020年9月15日、第三批2021年3月22日、第四批2021年8月20日，其中极速物流延至2021年9月6日——截止日后照列）；第二批第5号“云顶茶业”书面放弃入驻，不是记录；退出日期取退出公示表里的“退出日期”（2021年3月31日、2021.6.30、2021年9月15日——截止日后照列），不是公示落款日。记录＝每家实际入驻的企业，按公示中首次出现的顺序；type照写（平台型、销售型、运营服务商、物流快递、直播电商）。②县农业农村局的《农村集体经济组织登记赋码情况表》当村（居）名单：名称“大埔县湖寮镇黎家坪村股份经济合作联合社”（或“…经济联合社”）是村级，一社一个行政村，村名要从组织名称里去掉县镇前缀和后缀读出；“…城南社区经济联合社”“茶阳社区”是村改居社区（admin false）；“…黎家坪村上屋股份经济合作社”“…经济合作社”是组级（村民小组），不是记录；信用代码N2开头、发证日期、合计行都不是村的数据；没有贫困村、快递栏（poor、express 为 null）。',
    sheets: [sh, s2],
    expect: {
      sheets: {
        '入驻退出公示汇编': { kind: 'enterprises', records: recs },
        '集体经济组织登记赋码（借用）': { kind: 'villages', records: vrecs },
      },
    },
  };
}

// ---------------------------------------------------------------- write
const c1 = buildLianping();
write('counties/b64-c1-lianping.json', c1);
write('facts/b64-f1-shixing.json', buildShixingFacts());
write('facts/b64-f2-wuchuan.json', buildWuchuanFacts());
write('ledgers/b64-l1-nanxiong.json', buildNanxiongLedgers());
write('ledgers/b64-l2-shixing.json', buildShixingPoor());
write('ledgers/b64-l3-deqing.json', buildDeqingVouchers());
write('ledgers/b64-l4-dabu.json', buildDabuLedgers());
console.log('batch64 written');
