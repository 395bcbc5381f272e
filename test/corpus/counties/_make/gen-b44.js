'use strict';
// Batch 44 — blind corpus cases (county workbook, facts sheets, ledger sheets).
// Plain CommonJS, no dependencies, deterministic. Run: node gen-b44.js
const fs = require('fs');
const path = require('path');
const ROOT = path.resolve(__dirname, "../..");

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
const D = (s) => ({ date: s });
function pad2(n) { return String(n).padStart(2, '0'); }
function iso(y, m, d) { return `${y}-${pad2(m)}-${pad2(d)}`; }
function writeCase(folder, file, obj) {
  const dir = path.join(ROOT, folder);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, file), JSON.stringify(obj, null, 1) + '\n', 'utf8');
}
// 18-digit resident ID with a valid check digit
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_C = '10X98765432';
function idCheck(s17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(s17[i]) * ID_W[i];
  return ID_C[sum % 11];
}
function makeId(area, birth, seq) {
  const s17 = area + birth + String(seq).padStart(3, '0');
  return s17 + idCheck(s17);
}
function numFmt(n) { // 1234567.5 -> "1,234,567.50"
  const [i, f] = n.toFixed(2).split('.');
  return i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + '.' + f;
}
function intFmt(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ','); }
function sum(a) { return a.reduce((x, y) => x + y, 0); }

// Chinese village names (unique) from syllables
function nameMaker(rnd, used) {
  const A = '石新大上下东西南北长松梅桃竹龙凤金银水田岭溪塘坪湖联和平安福寿康乐兴隆丰华光明黄白青红茶莲荷桂枫柏官车马圳洋畲丙雁罗周葵横径寨岗';
  const B = '坑塘坪岭溪田湖山口洋联星光丰和安兴南北东背头尾岗角陂墩埔径坝围楼坑潭岩寨';
  return function () {
    for (;;) {
      const n = A[Math.floor(rnd() * A.length)] + B[Math.floor(rnd() * B.length)];
      if (n[0] === n[1]) continue;
      if (!used.has(n)) { used.add(n); return n; }
    }
  };
}

// =====================================================================
// COUNTY: 梅州市梅县区 — b44-c1-meixian
// =====================================================================
function buildMeixian() {
  const rnd = mulberry32(44001);
  const used = new Set();
  const newName = nameMaker(rnd, used);
  const CUT = '2021-08-31';

  const towns = [
    ['程江镇', 8], ['南口镇', 12], ['石扇镇', 11], ['梅西镇', 12], ['大坪镇', 9], ['石坑镇', 10],
    ['水车镇', 10], ['梅南镇', 13], ['畲江镇', 11], ['丙村镇', 14], ['白渡镇', 12], ['松源镇', 13],
    ['隆文镇', 11], ['桃尧镇', 11], ['雁洋镇', 9], ['松口镇', 14], ['城东镇', 6],
  ];
  // ---- villages
  const villages = []; // {town, name, poor}
  for (const [t, n] of towns) for (let i = 0; i < n; i++) villages.push({ town: t, name: newName() + '村', poor: false });
  // 32 provincial poor villages, none in 程江镇 / 城东镇
  const cand = villages.filter((v) => v.town !== '程江镇' && v.town !== '城东镇');
  const poorIdx = new Set();
  while (poorIdx.size < 32) poorIdx.add(Math.floor(rnd() * cand.length));
  [...poorIdx].forEach((i) => { cand[i].poor = true; });
  const communities = [];
  for (const [t] of towns) communities.push({ town: t, name: t.replace('镇', '') + '社区' });
  for (const n of ['新城', '华侨', '宪梓', '扶贵', '宾江', '东郊', '锭子桥']) communities.push({ town: '新城办事处', name: n + '社区' });

  // ---- stations: cover 130 admin villages (31 of 32 poor) by cut-off
  const poorV = villages.filter((v) => v.poor);
  const nonPoorV = villages.filter((v) => !v.poor);
  const poorUncovered = poorV[Math.floor(rnd() * poorV.length)];
  const covered = new Set(poorV.filter((v) => v !== poorUncovered));
  const shuffled = nonPoorV.slice().sort(() => rnd() - 0.5);
  for (const v of shuffled) { if (covered.size >= 130) break; covered.add(v); }
  const lateNonPoor = shuffled.find((v) => !covered.has(v));
  // opening dates (all ≤ cut-off for covered)
  function randDate(from, to) { // ISO strings, inclusive
    const a = Date.parse(from), b = Date.parse(to);
    const t = new Date(a + Math.floor(rnd() * ((b - a) / 86400000 + 1)) * 86400000);
    return t.toISOString().slice(0, 10);
  }
  const stationRows = []; // {town, village(as written), vKey, opened(iso or month), cell}
  let styleK = 0;
  function dateCell(isoStr) {
    const [y, m, d] = isoStr.split('-').map(Number);
    const k = styleK++ % 6;
    if (k === 0) return D(isoStr);
    if (k === 1) return `${y}.${m}.${d}`;
    if (k === 2) return `${y}年${m}月${d}日`;
    if (k === 3) return `${y}/${m}/${d}`;
    if (k === 4) return `${String(y).slice(2)}.${m}.${d}`;
    return D(isoStr);
  }
  const yiToukey = { 0: '邮政', 1: '供销社', 2: '益农信息社', 3: '农民专业合作社', 4: '村便民超市', 5: '快递驿站' };
  let monthOnlyDone = false;
  const secondFor = new Set();
  for (const v of villages) {
    const isCov = covered.has(v);
    const isLate = v === poorUncovered || v === lateNonPoor;
    if (!isCov && !isLate) continue;
    let written = v.name;
    const r = rnd();
    if (r < 0.18) written = v.name.replace(/村$/, '村委会');
    else if (r < 0.24) written = v.name.replace(/村$/, '村民委员会');
    let opened, cell;
    if (isLate) {
      opened = v === poorUncovered ? '2021-09-06' : '2021-09-15';
      cell = v === poorUncovered ? '2021.9.6' : '2021年9月15日';
    } else if (!monthOnlyDone && v.town === '松源镇') {
      monthOnlyDone = true; opened = '2021-08'; cell = '2021年8月';
    } else {
      opened = randDate('2020-05-20', '2021-08-20');
      cell = dateCell(opened);
    }
    stationRows.push({ town: v.town, written, vKey: v.name, opened, cell, poor: v.poor, kind: 'village', late: isLate });
    // two villages get a second station
    if (isCov && secondFor.size < 2 && (v.town === '丙村镇' || v.town === '松口镇') && !secondFor.has(v.town)) {
      secondFor.add(v.town);
      const o2 = randDate('2021-01-05', '2021-07-30');
      stationRows.push({ town: v.town, written: v.name, vKey: v.name, opened: o2, cell: dateCell(o2), poor: v.poor, kind: 'second' });
    }
  }
  // community station (松口镇) and forest-farm point (梅西镇), inserted after the town's rows
  function insertAfterTown(town, row) {
    let idx = -1;
    stationRows.forEach((r, i) => { if (r.town === town) idx = i; });
    stationRows.splice(idx + 1, 0, row);
  }
  insertAfterTown('松口镇', { town: '松口镇', written: '松口社区居委会', vKey: null, opened: '2020-11-12', cell: '2020.11.12', kind: 'community' });
  insertAfterTown('梅西镇', { town: '梅西镇', written: '梅西林场', vKey: null, opened: '2021-03-16', cell: D('2021-03-16'), kind: 'forest' });

  // coverage computation (what a reviewer does)
  const covAdmin = new Set(), covPoor = new Set();
  for (const s of stationRows) {
    if (!s.vKey) continue;
    if (s.opened > CUT && s.opened.length === 10) continue;
    if (s.opened.length === 7 && s.opened > CUT.slice(0, 7)) continue;
    covAdmin.add(s.vKey);
    const v = villages.find((x) => x.name === s.vKey);
    if (v.poor) covPoor.add(s.vKey);
  }

  // ---- sheet: 附1 村（居）委会名单
  const vilRows = [];
  vilRows.push(['附1　梅县区村（居）民委员会名单']);
  vilRows.push(['填报单位：梅县区商务局（数据来源：区民政局2021年行政区划统计）', null, null, null, '制表时间：2021年8月']);
  vilRows.push(['一、村民委员会（行政村）']);
  vilRows.push(['序号', '镇', '村民委员会', '省定相对贫困村（▲）', '快递进村', '备注']);
  let seq = 0, lastTown = null;
  for (const v of villages) {
    seq++;
    vilRows.push([seq, v.town === lastTown ? null : v.town, v.name + (rnd() < 0.5 ? '委会' : '民委员会'), v.poor ? '▲' : null, '是', null]);
    lastTown = v.town;
  }
  vilRows.push(['小计', null, `${villages.length}个`, `${poorV.length}个`, null, null]);
  vilRows.push([]);
  vilRows.push(['二、社区居民委员会（不属行政村，不计入站点覆盖基数）']);
  vilRows.push(['序号', '镇（办事处）', '社区居委会', null, '快递进村', '备注']);
  seq = 0; lastTown = null;
  for (const c of communities) {
    seq++;
    vilRows.push([seq, c.town === lastTown ? null : c.town, c.name.endsWith('社区') ? c.name + '居委会' : c.name, null, '—', null]);
    lastTown = c.town;
  }
  vilRows.push(['小计', null, `${communities.length}个`]);
  vilRows.push(['注：1.省定相对贫困村在第4栏标“▲”，未标的为非贫困村；2.镇名只在每镇第一行填写。']);
  // fix: village names must not get a doubled 村 (name ends with 村 -> 村委会 / 村民委员会)
  for (const r of vilRows) if (typeof r[2] === 'string') r[2] = r[2].replace('村委会委会', '村委会');

  // ---- sheet: 附2 站点清单
  const stRows = [];
  stRows.push(['附2　梅县区村级电子商务服务站点清单']);
  stRows.push(['填报单位：梅县区商务局', null, null, null, null, null, '更新时间：2021年9月16日']);
  stRows.push(['序号', '镇', '所在村（居）', '站点名称', '依托主体', '站长', '挂牌时间', '运营状态', '备注']);
  const SUR = '李陈张黄刘杨钟罗温曾廖古丘谢邹叶';
  const GIV = ['志强', '秀英', '建华', '海燕', '国平', '丽芳', '伟东', '春梅', '文辉', '小红', '振兴', '美玲', '锦荣', '雪娟', '天佑', '晓玲'];
  const person = () => SUR[Math.floor(rnd() * SUR.length)] + GIV[Math.floor(rnd() * GIV.length)];
  seq = 0; lastTown = null;
  for (const s of stationRows) {
    seq++;
    let name, remark = null, status = '正常运营';
    const base = s.written.replace(/(村委会|村民委员会)$/, '村');
    if (s.kind === 'second') { name = base + '第二电商服务点'; remark = '同村第二个站点'; }
    else if (s.kind === 'community') { name = '松口社区电商服务站'; remark = '社区站点'; }
    else if (s.kind === 'forest') { name = '梅西林场电商服务点'; remark = '林场服务点'; }
    else name = base + '电商服务站';
    if (s.late) { status = '已挂牌'; remark = '2021年9月新建'; }
    stRows.push([seq, s.town === lastTown ? null : s.town, s.written, name, yiToukey[Math.floor(rnd() * 6)], person(), s.cell, status, remark]);
    lastTown = s.town;
  }
  stRows.push(['合计', null, null, `${stationRows.length}个`]);
  stRows.push(['注：挂牌时间为站点正式挂牌对外服务的日期；本表含2021年9月新建站点。']);

  // ---- training sessions (general, excluding poor-household specials)
  const sessDates = [];
  // ~42 sessions between 2020-06 and 2021-08
  const plan = ['2020-06-18', '2020-07-09', '2020-07-23', '2020-08-06', '2020-08-20', '2020-09-03', '2020-09-17', '2020-09-29',
    '2020-10-15', '2020-10-27', '2020-11-05', '2020-11-19', '2020-11-26', '2020-12-03', '2020-12-17', '2020-12-29',
    '2021-01-07', '2021-01-21', '2021-03-04', '2021-03-11', '2021-03-18', '2021-03-25', '2021-04-08', '2021-04-15',
    '2021-04-27', '2021-05-06', '2021-05-13', '2021-05-20', '2021-05-27', '2021-06-03', '2021-06-10', '2021-06-17',
    '2021-06-24', '2021-07-01', '2021-07-08', '2021-07-15', '2021-07-22', '2021-07-29', '2021-08-05', '2021-08-12',
    '2021-08-19', '2021-08-26'];
  const topics = ['电商基础知识普及', '网店开设与运营', '直播带货实操', '短视频拍摄与剪辑', '金柚网上营销', '客家娘酒线上推广',
    '电商客服与售后', '农产品包装与物流', '网店美工基础', '社群营销', '梅县绿茶品牌与电商', '返乡青年电商创业'];
  const targetG = 4402;
  const pts = plan.map(() => 60 + Math.floor(rnd() * 110));
  let diff = targetG - sum(pts);
  // spread the difference evenly
  let i0 = 0;
  while (diff !== 0) { const step = diff > 0 ? 1 : -1; pts[i0 % pts.length] += step; diff -= step; i0++; }
  const trRows = [];
  trRows.push(['附3　梅县区农村电商普及培训登记表（不含贫困户专场）']);
  trRows.push(['填报单位：梅县区电子商务公共服务中心', null, null, null, null, '单位：人次']);
  trRows.push(['期次', '培训日期', '培训内容', '培训地点', '参训人次', '其中：妇女', '授课老师', '备注']);
  const places = ['区电商公共服务中心', '程江镇政府', '南口镇文化站', '松口镇政府', '丙村镇文化站', '雁洋镇政府', '畲江镇政府', '石扇镇政府', '梅南镇文化站'];
  const sessionRecords = [];
  plan.forEach((dt, i) => {
    const [y, m, d] = dt.split('-').map(Number);
    let dateCellV, endIso = dt;
    const k = i % 7;
    if (i === 12) { dateCellV = '2020.11.24-26'; endIso = '2020-11-26'; }
    else if (i === 27) { dateCellV = '2021年5月19日-20日'; endIso = '2021-05-20'; }
    else if (k === 0) dateCellV = D(dt);
    else if (k === 1) dateCellV = `${y}.${m}.${d}`;
    else if (k === 2) dateCellV = `${y}年${m}月${d}日`;
    else if (k === 3) dateCellV = D(dt);
    else if (k === 4) dateCellV = `${y}/${m}/${d}`;
    else if (k === 5) dateCellV = `${String(y).slice(2)}.${m}.${d}`;
    else dateCellV = `${y}.${pad2(m)}.${pad2(d)}`;
    const p = pts[i];
    const pCell = i % 9 === 4 ? `${p}人次` : (i % 11 === 6 ? String(p) : p);
    trRows.push([`第${i + 1}期`, dateCellV, topics[i % topics.length], places[i % places.length], pCell, Math.floor(p * 0.45), ['区电商中心讲师', '客都云商讲师', '嘉应学院老师'][i % 3], i === 12 ? '三天班，按人计' : (i === 27 ? '两天班' : null)]);
    sessionRecords.push({ date: endIso, personTimes: p });
  });
  const septP = 520;
  trRows.push([`第${plan.length + 1}期`, '2021.9.9', '电商基础知识普及（秋季轮训）', '区电商公共服务中心', septP, 236, '区电商中心讲师', '9月份']);
  sessionRecords.push({ date: '2021-09-09', personTimes: septP });
  trRows.push(['合计', null, null, null, targetG + septP, null, null, '统计至2021年9月10日']);
  trRows.push(['注：贫困户电商技能专场另见附4签到表，未计入本表。']);

  // ---- poor persons roster
  const area = '441403';
  const roster = []; // {town, village, head, name, rel, id, labour(str), work(str), cat}
  const poorVillagesForRoster = poorV.slice(0, 12);
  let seqId = 100;
  function nextId(birth, wantX) {
    for (;;) {
      seqId++;
      const id = makeId(area, birth, seqId % 1000);
      if (wantX === undefined) { if (!id.endsWith('X')) return id; continue; }
      if (wantX && id.endsWith('X')) return id;
    }
  }
  const cats = [];
  for (let i = 0; i < 75; i++) cats.push('E');
  for (let i = 0; i < 35; i++) cats.push('M');
  for (let i = 0; i < 30; i++) cats.push('N');
  cats.sort(() => rnd() - 0.5);
  let hh = 0, headName = null, headBy = 0;
  const FN = ['明', '华', '英', '强', '芳', '勇', '兰', '军', '梅', '辉', '玲', '平', '娟', '伟', '霞', '斌', '燕', '东', '红', '杰'];
  const usedNames = new Set();
  function pname(sur) { for (;;) { const n = sur + FN[Math.floor(rnd() * FN.length)] + FN[Math.floor(rnd() * FN.length)]; if (!usedNames.has(n)) { usedNames.add(n); return n; } } }
  let ci = 0;
  while (ci < cats.length) {
    hh++;
    const v = poorVillagesForRoster[hh % poorVillagesForRoster.length];
    const sur = SUR[Math.floor(rnd() * SUR.length)];
    const size = Math.min(cats.length - ci, 1 + Math.floor(rnd() * 4));
    for (let k = 0; k < size; k++) {
      const cat = cats[ci++];
      const nm = pname(sur);
      if (k === 0) headName = nm;
      let by;
      if (cat === 'N') by = (k === 0 || rnd() < 0.5) ? 1940 + Math.floor(rnd() * 15) : 2006 + Math.floor(rnd() * 8);
      else by = 1966 + Math.floor(rnd() * 35);
      const birth = `${by}${pad2(1 + Math.floor(rnd() * 12))}${pad2(1 + Math.floor(rnd() * 28))}`;
      let labour, work;
      if (cat === 'E') { labour = rnd() < 0.8 ? '普通劳动力' : '技能劳动力'; work = ['在家务农', '乡（镇）内务工', '县内务工', '未务工'][Math.floor(rnd() * 4)]; }
      else if (cat === 'M') { labour = rnd() < 0.7 ? '普通劳动力' : '技能劳动力'; work = rnd() < 0.6 ? '省外务工' : '县外省内务工'; }
      else { labour = by > 2000 ? '无劳动力（在校生）' : (rnd() < 0.5 ? '丧失劳动力' : '无劳动力'); work = null; }
      if (k === 0) headBy = by;
      roster.push({ town: v.town, village: v.name, head: headName, name: nm, rel: null, by, birth, cat, labour, work, id: null, k });
    }
  }
  // ids; two eligible persons get a check digit X (trained; written with lower-case x in the sign-in)
  const eligible = roster.filter((p) => p.cat === 'E');
  const trainedE = eligible.slice().sort(() => rnd() - 0.5).slice(0, 38);
  const xPersons = trainedE.slice(0, 2);
  for (const p of roster) p.id = nextId(p.birth, xPersons.includes(p) ? true : undefined);
  // relationship to the head, consistent with age and the sex digit of the ID
  let curHeadBy = 0;
  for (const p of roster) {
    const male = Number(p.id[16]) % 2 === 1;
    if (p.k === 0) { p.rel = '户主'; curHeadBy = p.by; continue; }
    const d = p.by - curHeadBy;
    if (d >= 40) p.rel = male ? '之孙子' : '之孙女';
    else if (d >= 16) p.rel = male ? '之子' : '之女';
    else if (d <= -16) p.rel = male ? '之父' : '之母';
    else p.rel = male ? '兄弟' : (d > 0 ? '之妹' : '配偶');
  }
  const rosterRows = [];
  rosterRows.push(['附5　梅县区建档立卡贫困人口名单（劳动力及务工情况）']);
  rosterRows.push(['提供单位：梅县区乡村振兴局　　数据时点：2021年6月30日']);
  rosterRows.push(['序号', '镇', '村', '户主姓名', '姓名', '与户主关系', '公民身份号码', '劳动技能', '务工状况', '备注']);
  roster.forEach((p, i) => {
    rosterRows.push([i + 1, p.town, p.village, p.head, p.name, p.rel, p.id, p.labour, p.work, null]);
  });
  rosterRows.push(['合计', null, null, null, `${roster.length}人`]);
  rosterRows.push(['注：劳动技能为扶贫系统口径；务工状况为“省外务工”“县外省内务工”的为外出务工人员。']);

  // ---- poor-household special sign-ins
  const migrants = roster.filter((p) => p.cat === 'M').slice(0, 3);
  const nonLab = roster.filter((p) => p.cat === 'N' && !/在校/.test(p.labour)).slice(0, 2);
  const cadre = { name: '温振东', id: makeId('441402', '19820713', 215), village: '（帮扶干部）' };
  const pool = [...trainedE, ...migrants, ...nonLab];
  const sessionsP = [
    { label: '第一场', dcell: '2020年11月20日', iso: '2020-11-20', n: 26 },
    { label: '第二场', dcell: D('2021-01-14'), iso: '2021-01-14', n: 28 },
    { label: '第三场', dcell: '2021.4.22', iso: '2021-04-22', n: 27 },
    { label: '第四场', dcell: '21.7.15', iso: '2021-07-15', n: 27 },
  ];
  // assign attendance: every trained eligible at least once
  const attend = sessionsP.map(() => []);
  trainedE.forEach((p, i) => attend[i % 4].push(p));
  migrants.forEach((p, i) => attend[(i + 1) % 4].push(p));
  nonLab.forEach((p, i) => attend[(i + 2) % 4].push(p));
  attend[2].push(cadre);
  attend[3].push({ name: '钟建平', id: null, village: '（村干部，未带身份证）' });
  for (let s = 0; s < 4; s++) {
    const want = sessionsP[s].n;
    let guard = 0;
    while (attend[s].length < want && guard++ < 1000) {
      const p = pool[Math.floor(rnd() * pool.length)];
      if (!attend[s].includes(p)) attend[s].push(p);
    }
  }
  const signRows = [];
  signRows.push(['附4　梅县区贫困户电商技能专场签到表']);
  signRows.push(['（专场人次未计入附3普及培训登记表）']);
  const signRecords = [];
  function idWritten(p, idx) {
    if (!p.id) return '未带身份证';
    if (xPersons.includes(p)) return p.id.slice(0, 17) + 'x';
    if (p === trainedE[5] && idx % 2 === 0) return p.id.slice(0, 6) + ' ' + p.id.slice(6, 14) + ' ' + p.id.slice(14);
    return p.id;
  }
  sessionsP.forEach((s, si) => {
    signRows.push([]);
    signRows.push([`${s.label}　培训日期：`, s.dcell, '地点：区电商公共服务中心', null, '主题：' + ['网店开设入门', '年货节网上销售', '直播带货', '金柚网上销售'][si]]);
    signRows.push(['序号', '姓名', '公民身份号码', '所在村', '签名']);
    attend[si].forEach((p, k) => {
      const v = p.village && p.village.startsWith('（') ? p.village : (p.village || '');
      signRows.push([k + 1, p.name, idWritten(p, k), v, '（已签）']);
      signRecords.push({ date: s.iso, personTimes: 1, id: p.id || null });
    });
    signRows.push([`本场实到${attend[si].length}人`]);
  });
  // September session (after cut-off)
  const septAtt = [];
  const untrainedE = eligible.filter((p) => !trainedE.includes(p)).slice(0, 4);
  septAtt.push(...untrainedE);
  for (const p of trainedE) { if (septAtt.length >= 22) break; if (rnd() < 0.5) septAtt.push(p); }
  for (const p of trainedE) { if (septAtt.length >= 22) break; if (!septAtt.includes(p)) septAtt.push(p); }
  signRows.push([]);
  signRows.push(['第五场　培训日期：', '2021.9.9', '地点：区电商公共服务中心', null, '主题：秋季农产品网销']);
  signRows.push(['序号', '姓名', '公民身份号码', '所在村', '签名']);
  septAtt.forEach((p, k) => {
    signRows.push([k + 1, p.name, idWritten(p, k), p.village, '（已签）']);
    signRecords.push({ date: '2021-09-09', personTimes: 1, id: p.id });
  });
  signRows.push([`本场实到${septAtt.length}人`]);

  // figures a reviewer gets
  const signByCut = signRecords.filter((r) => r.date <= CUT);
  const trainingPT = targetG + signByCut.length;
  const trainedIds = new Set(signByCut.map((r) => r.id).filter(Boolean));
  const eligIds = eligible.map((p) => p.id);
  const trainedEligible = eligIds.filter((x) => trainedIds.has(x)).length;

  // ---- enterprises
  const entTypes = ['平台型电商', '销售型电商', '电商运营服务商', '物流快递'];
  const entNames = ['梅县区客都云商电子商务有限公司', '梅州市金柚坊农业发展有限公司', '梅县区客家娘酒电子商务商行', '广东嘉应优品供应链有限公司',
    '梅县区松口茶园电商工作室', '梅州市梅县区邮政快递服务中心', '梅县区雁南飞优选网络科技有限公司', '梅州市柚见美好电子商务有限公司',
    '梅县区乡味直播传媒有限公司', '梅州市三友物流有限公司', '梅县区丙村腊味网店', '梅州市嘉应云仓物流有限公司',
    '梅县区南口农夫电商服务部', '梅州客都淘电子商务有限公司', '梅县区石扇柚园专业合作社（电商部）', '梅州市梅县区众创电商孵化服务有限公司',
    '梅县区绿野山珍网络商行', '梅州市快达同城配送有限公司', '梅县区桃尧竹编文创电商工作室', '梅州市数商科技有限公司',
    '梅县区水车米业电商部', '梅州市优品汇网络科技有限公司'];
  const entRows = [];
  entRows.push(['附6　梅县区电子商务产业园入驻企业名单']);
  entRows.push(['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻时间', '退出时间', '备注']);
  const entDates = ['2020.9.18', D('2020-09-18'), '2020年9月25日', '2020.10.8', D('2020-10-20'), '2020/11/3', '2020年11月16日', '2020.12.1',
    D('2020-12-15'), '2021.1.6', '2021年1月18日', '2021.3.2', D('2021-03-15'), '2021/4/1', '2021.4.19', '2021年5月10日',
    '2021.6.1', D('2021-06-21'), '2021.7.5', '2021年7月26日', '2021.8.9', '2021.9.6'];
  const entRecords = [];
  const entKinds = new Set();
  entNames.forEach((n, i) => {
    const code = '91441403' + 'MA5' + String(1000 + i * 37).padStart(4, '0') + 'XYZKLMPQ'.slice(i % 5, i % 5 + 3).padEnd(3, 'Q');
    let left = null, remark = null;
    if (i === 4) { left = '2021.5.31'; remark = '已退出（迁往梅江区）'; }
    if (i === 10) { left = '2021年9月20日'; remark = '9月申请退出'; }
    if (i === 21) remark = '9月新入驻';
    const ty = /物流|快递|配送|云仓/.test(n) ? '物流快递' : /客都云商|客都淘|数商|优品汇/.test(n) ? '平台型电商' : /直播|孵化|运营|网络科技|传媒|文创/.test(n) ? '电商运营服务商' : '销售型电商';
    entRows.push([i + 1, n, code.slice(0, 18), ty, entDates[i], left, remark]);
    entKinds.add(ty);
    entRecords.push({ name: n, left, entered: entDates[i] });
  });
  entRows.push(['注：退出时间为空的为在园企业；本表统计至2021年9月10日。']);
  const entPresent = 22 - 1 /* left 5.31 */ - 1 /* entered 9.6 */;

  // ---- funds
  const funds = [
    ['2020-07-10', '区电商公共服务中心建设（首期）', '广东客都云商电子商务有限公司', 800000],
    ['2020-09-25', '村级电商服务站点建设（第一批）', '中国邮政集团有限公司梅州市梅县区分公司', 560000],
    ['2020-11-18', '区镇村三级物流配送体系（首期）', '梅州市三友物流有限公司', 450000],
    ['2020-12-28', '电商培训服务（2020年度）', '广东客都云商电子商务有限公司', 186000],
    ['2021-01-22', '公共服务中心设备购置', '梅州市数商科技有限公司', 324600],
    ['2021-03-30', '村级电商服务站点建设（第二批）', '中国邮政集团有限公司梅州市梅县区分公司', 480000],
    ['2021-05-20', '“梅县金柚”区域品牌网络推广', '梅州市柚见美好电子商务有限公司', 258000],
    ['2021-06-29', '农产品质量溯源系统', '广东嘉应优品供应链有限公司', 312000],
    ['2021-08-16', '区镇村三级物流配送体系（二期）', '梅州市三友物流有限公司', 412000],
    ['2021-09-08', '公共服务中心运营尾款', '广东客都云商电子商务有限公司', 420000],
  ];
  const fundRows = [];
  fundRows.push(['附7　梅县区省级电子商务进农村综合示范专项资金拨付台账']);
  fundRows.push(['下达资金：500万元（梅市财工〔2019〕67号）', null, null, null, '单位：元']);
  fundRows.push(['序号', '拨付日期', '项目内容', '收款单位', '拨付金额', '累计拨付', '凭证号']);
  let cum = 0;
  funds.forEach((f, i) => {
    cum += f[3];
    const [y, m, d] = f[0].split('-').map(Number);
    const dc = [D(f[0]), `${y}.${m}.${d}`, `${y}年${m}月${d}日`, D(f[0]), `${y}/${m}/${d}`][i % 5];
    const amt = i % 3 === 1 ? numFmt(f[3]) : f[3];
    fundRows.push([i + 1, dc, f[1], f[2], amt, cum, `梅县商记-${y}-${pad2(i + 3)}`]);
  });
  fundRows.push(['合计', null, null, null, cum, null, null]);
  fundRows.push(['注：本表统计至2021年9月10日。']);
  const spent = sum(funds.filter((f) => f[0] <= CUT).map((f) => f[3]));

  // ---- reports
  const reports = [
    ['2020-09-08', '8月份工作进展月报', '否'], ['2020-10-10', '9月份工作进展及统计数据', '是'], ['2020-11-09', '10月份工作进展月报', '否'],
    ['2020-12-08', '11月份工作进展月报', '否'], ['2021-01-11', '12月份工作进展及电商扶贫统计', '是'], ['2021-02-05', '1月份工作进展月报', '否'],
    ['2021-03-09', '2月份工作进展月报', '否'], ['2021-04-08', '3月份工作进展及电商扶贫统计', '是'], ['2021-05-10', '4月份工作进展月报', '否'],
    ['2021-06-08', '5月份工作进展月报', '否'], ['2021-07-08', '6月份工作进展及电商扶贫统计', '是'], ['2021-08-09', '7月份工作进展月报', '否'],
    ['2021-09-07', '8月份工作进展月报', '否'],
  ];
  const repRows = [['附8　梅县区向梅州市商务局报送工作情况登记表'], ['序号', '报送日期', '报送内容', '含电商扶贫统计', '报送方式']];
  reports.forEach((r, i) => {
    const [y, m, d] = r[0].split('-').map(Number);
    repRows.push([i + 1, i % 2 ? `${y}.${m}.${d}` : D(r[0]), r[1], r[2], i % 3 === 0 ? '粤政易' : '电子邮件']);
  });
  // ---- disclosures
  const discl = ['2020-09-18', '2020-10-20', '2020-11-19', '2020-12-21', '2021-02-26', '2021-03-22', '2021-04-20', '2021-05-19', '2021-06-21', '2021-07-20', '2021-08-23', '2021-09-15'];
  const discTitles = ['创建工作方案', '项目基本信息（公共服务中心、站点建设）', '10月份项目建设进度', '11月份项目建设进度', '12月及1月项目建设进度',
    '2月份项目建设进度', '3月份项目建设进度', '4月份项目建设进度', '5月份项目建设进度', '6月份项目建设进度', '7月份项目建设进度', '8月份项目建设进度'];
  const discRows = [['附9　区政府网站“电子商务进农村综合示范”专栏更新记录'], ['序号', '发布日期', '信息标题', '栏目']];
  discl.forEach((dt, i) => {
    const [y, m, d] = dt.split('-').map(Number);
    discRows.push([i + 1, i % 3 === 2 ? `${y}年${m}月${d}日` : D(dt), '梅县区电子商务进农村综合示范' + discTitles[i], i < 2 ? '创建方案/项目信息' : '建设进度']);
  });
  discRows.push(['注：专栏另设“监督举报”窗口（电话、邮箱）。2021年1月因系统升级未发布。']);
  // ---- media
  const media = [
    [D('2020-11-12'), '南方+', '省级', '网络', '梅县金柚搭上电商快车', '否'],
    ['2021.1.20', '梅州日报', '市级', '报纸', '梅县区电商服务站点覆盖镇村', '否'],
    ['2021年4月16日', '梅州广播电视台《梅州新闻联播》', '市级', '电视', '电商助力脱贫户金柚卖全国', '是'],
    [D('2021-06-08'), '人民网', '国家级', '网络', '广东梅县：小小服务站打通农产品上行路', '否'],
    ['2021.9.3', '广东广播电视台珠江频道', '省级', '电视', '梅县：电商扶贫让客家娘酒飘香', '是'],
    ['2021.9.10', '梅县区融媒体中心', '县级', '网络（公众号）', '秋季电商培训开班', '否'],
  ];
  const mediaRows = [['附10　梅县区电子商务进农村宣传报道统计表'], ['序号', '报道日期', '媒体', '级别', '形式', '标题', '电商扶贫典型案例']];
  media.forEach((m, i) => mediaRows.push([i + 1, ...m]));
  const matRows = [['附11　经验材料报送登记'], ['序号', '报送日期', '材料名称', '报送单位'], [1, '2021.5.18', '梅县区“站点+合作社+电商”带动金柚上行的经验做法', '梅州市商务局']];

  // ---- facts sheet: task breakdown with department matrix (RACI)
  const depts = ['区商务局', '区财政局', '区农业农村局', '区乡村振兴局', '区市场监管局', '区交通运输局', '区邮政分公司', '各镇（办）'];
  const S = '★', C = '●';
  const M = (s) => { const o = Array(8).fill(null); for (const [i, v] of s) o[i] = v; return o; };
  const tasks = [
    ['一、组织保障'],
    [1, '成立领导小组', '建立区政府主要领导牵头、多部门参与的工作协调机制', M([[0, S], [1, C], [2, C], [3, C], [4, C], [5, C], [6, C], [7, C]]), '2019年10月', '已成立，区长任组长（梅县区府办〔2019〕41号），2020年5月调整充实成员单位', '已完成'],
    [2, '制定工作方案', '制定并正式印发示范创建工作方案', M([[0, S], [1, C], [2, C], [3, C]]), '2019年11月', '已印发《梅县区电子商务进农村综合示范县创建工作方案》（梅县区府办〔2019〕46号）', '已完成'],
    [3, '出台扶持政策', '在资金、土地、人才等方面出台支持农村电商发展的政策', M([[0, S], [1, C], [2, C]]), '2020年3月', '已出台《梅县区促进农村电子商务发展扶持办法（试行）》，兑现补贴较少', '已完成'],
    [4, '项目管理', '制定项目管理制度，建立工作台账', M([[0, S], [1, C]]), '长期', '已制定项目管理办法、验收办法；工作台账11本（部分于8月补录）', '已完成'],
    ['二、公共服务体系'],
    [5, '区级公共服务中心', '建成并运营区电子商务公共服务中心', M([[0, S], [1, C]]), '2020年10月', '2020年10月26日正式投入运营（区电商产业园一楼，1,200㎡）', '已完成'],
    [6, '中心—培训', '免费培训场所、培训设备，能组织电商基础培训', M([[0, S]]), '2020年10月', '有培训室2间（共120座），免费开展电商基础培训', '已完成'],
    [7, '中心—展示销售', '为特色农产品提供免费展示、销售服务', M([[0, S], [2, C]]), '2020年10月', '设金柚、客家娘酒、梅县绿茶展销区，免费展示、代销', '已完成'],
    [8, '中心—摄影美工', '为电商市场主体提供免费摄影、美工服务', M([[0, S]]), '2020年12月', '已设摄影棚、美工室，但按成本价收费（摄影60元/款、详情页200元/套），暂未免费提供', '未完成'],
    [9, '中心—品牌推广', '组织农产品统一推广、指导特色农产品品牌建设', M([[0, S], [2, C], [4, C]]), '2021年6月', '组织“梅县金柚”“客都好物”统一推广5场，指导12家企业注册商标', '已完成'],
    [10, '中心—其他增值服务', '为电子商务发展提供其他衍生增值服务', M([[0, S], [4, C]]), '2021年6月', '提供代办营业执照、直播间预约、物流对接、金融咨询等服务', '已完成'],
    [11, '电商产业园', '建设或整合、优化当地电商产业园', M([[0, S], [1, C], [4, C]]), '2020年9月', '整合原梅县区创业孵化基地，2020年9月开园，入驻企业名单见附6', '已完成'],
    [12, '村级服务站点', '行政村站点覆盖70%以上，省定贫困村全覆盖', M([[0, S], [2, C], [3, C], [6, C], [7, C]]), '2021年6月', '站点清单见附2（9月仍在新建）', '推进中'],
    [13, '第三方运营服务商', '引入专业第三方电子商务运营或服务商', M([[0, S]]), '2020年9月', '广东客都云商电子商务有限公司驻场运营（2020年9月签约）', '已完成'],
    ['三、农村产品上行'],
    [14, '网销调研', '对农村产品生产和电商销售摸底调研并报市商务局', M([[0, S], [2, C]]), '2020年8月', '形成《梅县区农产品网络销售调研报告》并报市商务局', '已完成'],
    [15, '网络促销', '开展农村产品网络促销活动', M([[0, S], [2, C], [7, C]]), '长期', '举办“梅县金柚网上节”等网络促销活动6场', '已完成'],
    [16, '物流快递进村', '行政村物流快递覆盖率达到100%', M([[0, C], [5, S], [6, C]]), '2020年12月', '全区186个行政村均已通快递，覆盖率100%', '已完成'],
    [17, '交易标准与冷链溯源', '出台农产品电商交易标准，建立冷链、溯源系统', M([[0, S], [2, C], [4, C]]), '2021年6月', '出台金柚电商交易标准；溯源系统已上线，冷链仓在建', '推进中'],
    [18, '网络零售额', '2020年农村网络零售额或农产品网络零售额同比增长30%以上', M([[0, S]]), '2020年底', '农村网络零售额：2019年18.62亿元，2020年23.85亿元，增长28.1%；农产品网络零售额：2019年3.46亿元，2020年4.58亿元，增长32.4%', '已完成'],
    ['四、人才培训'],
    [19, '电商普及培训', '培训人次达常住人口1%以上（超过50万的以50万为基数）', M([[0, S], [2, C], [3, C], [7, C]]), '2021年8月', '累计培训4,510人次（普及培训4,402人次＋贫困户专场108人次）', '推进中'],
    [20, '贫困人口培训', '有劳动能力的贫困人口培训率50%以上（外出务工者除外）', M([[0, C], [3, S], [7, C]]), '2021年8月', '有劳动能力且未外出务工的建档立卡贫困人口75人，已参训38人', '已完成'],
    ['五、信息公开及报送'],
    [21, '政府网站专栏', '公示创建方案、项目基本信息，按月更新进度，设征求意见或监督举报窗口', M([[0, S]]), '2019年12月', '专栏已公示创建方案、项目基本信息，按月公示建设进度，设监督举报电话和邮箱', '已完成'],
    [22, '月报报送', '每月向市商务局报送工作进展及统计数据', M([[0, S]]), '每月', '按月报送，登记见附8', '已完成'],
    [23, '电商扶贫统计', '统计贫困户电商培训、电商带动增收情况', M([[0, C], [3, S]]), '每季度', '能统计，每季度随月报报送', '已完成'],
    ['六、宣传推广'],
    [24, '经验材料', '总结经验做法报市商务局', M([[0, S]]), '2021年6月', '2021年5月报送1篇，见附11', '已完成'],
    [25, '媒体宣传', '争取主流媒体宣传报道', M([[0, S], [7, C]]), '长期', '见附10', '已完成'],
    ['七、资金管理'],
    [26, '资金下达', '省级专项资金', M([[0, C], [1, S]]), '2019年12月', '省级专项资金500万元已下达（梅市财工〔2019〕67号）', '已完成'],
    [27, '资金管理制度', '制定省级财政资金管理制度', M([[0, C], [1, S]]), '2020年1月', '已制定《梅县区省级电子商务进农村综合示范专项资金管理办法》', '已完成'],
    [28, '资金台账', '项目承建方建立资金专用台账', M([[0, S], [1, C]]), '长期', '各承建方已建立资金专用台账', '已完成'],
    [29, '资金拨付', '按创建进度及时拨付', M([[0, C], [1, S]]), '2021年8月', '截至8月31日累计拨付378.26万元；9月8日另拨付42万元', '推进中'],
    [30, '项目总体进度', '—', M([[0, S]]), '2021年8月', '项目总体进度88%', '推进中'],
    ['八、底线要求'],
    [31, '安全生产与质量', '不发生安全生产、质量事故或重大损失', M([[0, S], [4, C], [7, C]]), '—', '未发生', '—'],
    [32, '真实性', '不弄虚作假', M([[0, S]]), '—', '无弄虚作假', '—'],
  ];
  const fRows = [];
  const fMerges = ['A1:N1', 'A2:G2', 'H2:K2', 'L2:N2', 'A3:N3', 'A4:N4', 'A5:A6', 'B5:B6', 'C5:C6', 'D5:K5', 'L5:L6', 'M5:M6', 'N5:N6'];
  fRows.push(['梅州市梅县区电子商务进农村综合示范创建工作任务分解及完成情况表', ...Array(13).fill(null)]);
  fRows.push(['填报单位：梅州市梅县区商务局（区电子商务进农村工作领导小组办公室）', null, null, null, null, null, null, '考评截止日期：2021年8月31日', null, null, null, '填报日期：2021年9月6日', null, null]);
  fRows.push(['区情：全区常住人口55.18万人（第七次全国人口普查），户籍人口63.10万人；辖17个镇、1个办事处，行政村186个、社区24个，其中省定相对贫困村32个。', ...Array(13).fill(null)]);
  fRows.push(['领导小组：组长　区委副书记、区长　刘××；常务副组长　区委常委、常务副区长　陈××；副组长　副区长　温××（分管商务）；领导小组办公室设在区商务局。成员单位及任务分工见下表。', ...Array(13).fill(null)]);
  fRows.push(['序号', '工作任务', '具体内容', '责任分工（★牵头　●配合）', null, null, null, null, null, null, null, '完成时限', '完成情况（截至2021年8月31日）', '状态']);
  fRows.push([null, null, null, ...depts, null, null, null]);
  for (const t of tasks) {
    if (t.length === 1) { fMerges.push(`A${fRows.length + 1}:N${fRows.length + 1}`); fRows.push([t[0], ...Array(13).fill(null)]); continue; }
    fRows.push([t[0], t[1], t[2], ...t[3], t[4], t[5], t[6]]);
  }
  fRows.push([]);
  const jStart = fRows.length + 1;
  fRows.push(['九、主观评分项自评（区商务局电商股初评、领导小组办公室审定）']);
  fMerges.push(`A${jStart}:N${jStart}`);
  fRows.push(['序号', '评分项', '分值范围', '自评分', '说明']);
  const judgedList = [['方案制定', '1-2', 2], ['政策支持', '1-2', 1], ['项目管理制度', '1-2', 2], ['工作台账', '1-2', 1], ['网销调研', '1-2', 2],
    ['网络促销活动', '1-2', 2], ['交易标准与冷链溯源', '1-2', 1], ['资金管理制度', '1-5', 5], ['资金台账', '1-5', 4], ['资金及时拨付', '1-5', 4]];
  judgedList.forEach((j, i) => fRows.push([i + 1, j[0], j[1], j[2], i === 3 ? '部分台账为补录' : (i === 6 ? '冷链仓未建成' : null)]));
  fRows.push([]);
  fRows.push(['注：★为牵头单位，●为配合单位；完成情况以2021年8月31日为准，9月情况仅作说明。', ...Array(13).fill(null)]);
  fMerges.push(`A${fRows.length}:N${fRows.length}`);
  fRows.push(['填表人：黄××　　审核：李××（区商务局副局长）　　联系电话：0753-25xxxxx']);

  const sheets = [
    { name: '任务分解及完成情况', rows: fRows, merges: fMerges },
    { name: '附1村居名单', rows: vilRows },
    { name: '附2站点清单', rows: stRows },
    { name: '附3普及培训', rows: trRows },
    { name: '附4专场签到', rows: signRows },
    { name: '附5贫困人口', rows: rosterRows },
    { name: '附6入驻企业', rows: entRows },
    { name: '附7资金拨付', rows: fundRows },
    { name: '附8月报报送', rows: repRows },
    { name: '附9专栏更新', rows: discRows },
    { name: '附10宣传报道', rows: mediaRows },
    { name: '附11经验材料', rows: matRows },
  ];

  // ------------------------------------------------ scoring by hand (rules in docs/scoring-rules.md)
  const nAdmin = villages.length; // 186
  const covA = covAdmin.size; // expect 130
  const covP = covPoor.size; // expect 31
  const rateA = covA / nAdmin;
  const ptsCovA = rateA >= 0.7 ? 5 : rateA >= 0.5 ? 2 : 0;
  const rateP = covP / poorV.length;
  const ptsCovP = rateP >= 1 ? 5 : rateP >= 0.8 ? 3 : 0;
  const trRate = trainingPT / 500000;
  const ptsTr = trRate >= 0.01 ? 10 : trRate >= 0.008 ? 8 : trRate >= 0.006 ? 6 : 0;
  const poorRate = trainedEligible / eligible.length;
  const ptsPoor = poorRate >= 0.5 ? 10 : poorRate >= 0.4 ? 8 : poorRate >= 0.3 ? 6 : 0;
  const spendRate = spent / 5000000;
  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
    'work.center': 2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + (entPresent >= 20 ? 2 : 0) + 1,
    'work.coverage': ptsCovA + ptsCovP,
    'work.upward': 2 + 2 + 1 + 1 + 1 + 2,
    'work.training': ptsTr + ptsPoor,
    'info.disclosure': 2 + 1,
    'info.reporting': 3 + 3,
    'promo.cases': 2,
    'promo.media': 4 + 3,
    'fund.system': 5, 'fund.ledger': 4, 'fund.spending': spendRate >= 0.7 ? 4 : -5,
    'bonus.poorTraining': poorRate >= 0.7 ? 2 : 0, 'bonus.tvCase': 0,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  const mainIds = Object.keys(points).filter((k) => !k.startsWith('bonus.') && !k.startsWith('veto.'));
  const base = sum(mainIds.map((k) => points[k]));
  const bonus = points['bonus.poorTraining'] + points['bonus.tvCase'];
  const total = base + bonus;
  const pct = (x) => (x * 100).toFixed(2) + '%';
  const derivation = [
    'asOf: 任务分解表第2行“考评截止日期：2021年8月31日”；近一年窗口 2020-09…2021-08；运行满6个月界线 2021-02-28。',
    'org.leadership: 第4行“组长 区委副书记、区长”→ 主要领导牵头；区商务局、区财政局、区农业农村局、区乡村振兴局都是分工矩阵里的成员单位（★/●），任务1一行八个单位全有标记 → 2（常务副组长、分管副区长不是组长）',
    'org.plan: 方案已印发（梅县区府办〔2019〕46号）；主观项“方案制定”自评2 → 2',
    'org.policy: 扶持办法已出台；主观项“政策支持”自评1 → 1',
    'org.management: “项目管理制度”2 ＋ “工作台账”1 → 3',
    `work.center: ①中心2020-10-26运营 ≤ 截止日 → 2；②早于2021-02-28，满6个月 → 2；③免费培训场所 有 → 2；④免费展示销售 有 → 1；⑤摄影美工按成本价收费、“暂未免费提供”（状态“未完成”）→ 0；⑥统一推广/品牌 → 1；⑦其他衍生增值服务 → 1；⑧产业园已整合开园 → 2；⑨附6共22行，第5家2021.5.31退出、第22家2021.9.6入驻不计，第11家2021年9月20日才退出、截止日仍在园 → 在园${entPresent}家 ≥ 20 → 2；⑩类型有平台型、销售型、电商运营服务商、物流快递4类 ≥ 3 → 1；合计 14`,
    `work.coverage: 附1村民委员会${nAdmin}个（社区${communities.length}个另表，不计）；附2站点${stationRows.length}行，截止日前建站覆盖行政村${covA}个（丙村镇、松口镇各一个同村第二站点不重复计；松口社区站点不是行政村；梅西林场不在名单内；两个2021年9月挂牌的站点不计；松源镇一站“2021年8月”只写到月，整月在截止日前，计入）→ ${covA}/${nAdmin} = ${pct(rateA)} < 70% → ${ptsCovA}（多算林场或9月站点任一个就会到131/186 = 70.43%）；▲省定贫困村${poorV.length}个，有截止日前站点的${covP}个（${poorUncovered.name}的站点2021.9.6才挂牌）→ ${covP}/${poorV.length} = ${pct(rateP)}，在80%–100%（不含）→ ${ptsCovP}；合计 ${ptsCovA + ptsCovP}`,
    'work.upward: 网销调研2、网络促销2、交易标准与冷链溯源1（判断分）→ 5；第三方运营服务商 有 → 1；附1快递进村一栏186个行政村全为“是” → 1；增速：农村网零 23.85/18.62−1 = 28.1% < 30%，农产品网零 4.58/3.46−1 = 32.4% ≥ 30% → 2；合计 9',
    `work.training: 人次 = 附3第1—42期合计${targetG}（第43期2021.9.9的${septP}人次和合计行不计；第13期2020.11.24-26、第28期2021年5月19日-20日按结束日，都在截止日前）＋附4专场签到截止日前${signByCut.length}行 = ${trainingPT}；常住人口55.18万 > 50万，以500,000为基数 → ${pct(trRate)}，在0.8%–1%（不含）→ ${ptsTr}（算上9月两场会到${trainingPT + septP + (signRecords.length - signByCut.length)}人次 ≥ 1% 变成10）；贫困人口：附5名单${roster.length}人，有劳动能力（普通/技能劳动力）且未外出务工（在家务农、乡（镇）内务工、县内务工、未务工）的${eligible.length}人，其身份证号出现在截止日前专场签到里的${trainedEligible}人（其中2人签到表身份证末位写小写x，按X比对；外出务工3人、无劳动力2人、帮扶干部和未带身份证的村干部不计；第五场2021.9.9不计）→ ${trainedEligible}/${eligible.length} = ${pct(poorRate)} ≥ 50% → ${ptsPoor}（若小写x比对不上只有36/75 = 48% → 8）；合计 ${ptsTr + ptsPoor}`,
    'info.disclosure: 专栏公示创建方案、项目基本信息、按月建设进度，设监督举报电话和邮箱 → 内容全面 2；附9更新日期覆盖2020-09…2020-12、2021-02…2021-08，2021年1月无更新（9月15日那条在窗口外）→ 不定时 1；合计 3',
    'info.reporting: 附8报送日期2020-09-08…2021-08-09每个月都有一次（2021-09-07那条在窗口外）→ 按月 3；“含电商扶贫统计”有“是”（2020.10.10、2021.1.11等），事实表也写能统计 → 3；合计 6',
    'promo.cases: 附11 2021.5.18向梅州市商务局报送经验材料 → 2',
    'promo.media: 截止日前：南方+（省级）、人民网（国家级，按省级计）→ 4；梅州日报、梅州广播电视台（市级）→ 3；县级只有2021.9.10梅县区融媒体中心一条，在截止日后 → 0；合计 7',
    'fund.system: 资金管理办法已制定；主观项自评5 → 5',
    'fund.ledger: 承建方已建资金专用台账；主观项自评4 → 4',
    `fund.spending: 附7截止日前9笔合计 ${intFmt(spent)} 元（2021-09-08尾款420,000元和合计行不计；第2、5、8笔金额为千分位文本）÷ 下达5,000,000 = ${pct(spendRate)} ≥ 70% → 取判断分“资金及时拨付”4 → 4`,
    `bonus.poorTraining: 贫困人口培训率 ${pct(poorRate)} < 70% → 0`,
    'bonus.tvCase: 电视播报的扶贫案例只有梅州广播电视台（市级）；广东广播电视台珠江频道那条2021.9.3在截止日后 → 0',
    'veto.incident: 事实表“未发生” → 0',
    'veto.progress: 项目总体进度88% ≥ 40% → 0',
    'veto.fraud: 事实表“无弄虚作假” → 0',
    `total: 2+2+1+3+14+${ptsCovA + ptsCovP}+9+${ptsTr + ptsPoor}+3+6+2+7+5+4+4 = ${base}，加分 ${bonus} → ${total}；未否决。`,
  ];
  const desc = '梅州市梅县区商务局整本考评工作簿（12个表）。事实表是领导小组办公室做的《工作任务分解及完成情况表》：序号|工作任务|具体内容|责任分工（★牵头 ●配合，八个成员单位各占一列：区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局、区交通运输局、区邮政分公司、各镇（办），两行表头）|完成时限|完成情况（截至2021年8月31日）|状态，按“一、组织保障…八、底线要求”分节；参与部门只能从分工矩阵的列看出（第4行只写组长、常务副组长、副组长），区情（常住人口、行政村、贫困村）写在表头下一句话里，事实都在“完成情况”句子里，表下“九、主观评分项自评”小表给判断分。台账：村民委员会和社区居委会分上下两张表（▲标省定贫困村、镇名只写每镇第一行）；站点清单136行（同村第二站点、社区站点、林场服务点、9月挂牌两站、一站只到月）；普及培训按期次记人次（注明不含专场，第43期在9月）；贫困户专场签到按场分块（2人身份证末位小写x、一人分段带空格、帮扶干部、未带身份证的村干部、第五场在9月）；贫困人口名单140人（扶贫系统口径劳动技能、务工状况）；入驻企业22行（一家截止日前退出、一家9月20日才退出、一家9月入驻）；资金拨付（千分位文本、9月尾款）；月报、专栏（缺2021年1月）、宣传报道（带级别和扶贫案例栏）、经验材料。中等偏上（85分，无加分，未否决）。陷阱：户籍人口63.10万；站点覆盖130/186差一点到70%；培训人次算上9月就过1%；小写x比对不上贫困人口培训率就掉到48%；9月20日退出的企业截止日仍在园。';
  return {
    file: 'b44-c1-meixian.json',
    obj: {
      description: desc,
      sheets,
      expect: { asOf: '2021-08-31', total, bonus, vetoed: false, points },
      derivation,
    },
    check: { kinds: [...entKinds].join('/'), covA, covP, trainingPT, trainedEligible, eligible: eligible.length, spent, entPresent, total, stationRows: stationRows.length, signByCut: signByCut.length },
  };
}


// =====================================================================
// FACTS: 揭阳市榕城区 — survey statistics report (问卷“统计报告”导出)
// =====================================================================
function buildRongcheng() {
  const rows = [];
  const merges = [];
  rows.push(['揭阳市电子商务进农村综合示范创建考评基础数据采集 —— 统计报告', null, null, null, null, null]);
  merges.push('A1:F1');
  rows.push(['导出时间：2021-09-02 16:41　　筛选条件：第1题“所在县（市、区）”= 榕城区　　有效答卷：1份', null, null, null, null, null]);
  merges.push('A2:F2');
  rows.push(['（榕城区商务局电商股下载留底：本区填报后从问卷后台下载的“统计报告”，每题只有1份答卷）']);
  rows.push([]);
  let q = 0;
  function title(text, type) { q++; rows.push([`第${q}题：${text}　[${type}]`]); }
  function single(text, options, chosen, type) {
    title(text, type || '单选题');
    rows.push(['选项', '小计', '比例']);
    options.forEach((o, i) => {
      const hit = Array.isArray(chosen) ? chosen.includes(i) : chosen === i;
      rows.push([o, hit ? 1 : 0, hit ? '100%' : '0%']);
    });
    rows.push(['本题有效填写人次', 1, null]);
    rows.push([]);
  }
  function skipped(text, options, type) {
    title(text, type || '单选题');
    rows.push(['选项', '小计', '比例']);
    options.forEach((o) => rows.push([o, 0, '0%']));
    rows.push(['本题有效填写人次', 0, null]);
    rows.push([]);
  }
  function numeric(text, v) {
    title(text, '填空题（数字）');
    rows.push(['平均值', '最小值', '最大值', '总和', '有效填写人次']);
    rows.push([v, v, v, v, 1]);
    rows.push([]);
  }
  function textq(text, answer, type) {
    title(text, type || '填空题');
    rows.push(['序号', '答案文本']);
    rows.push([1, answer]);
    rows.push(['本题有效填写人次', 1]);
    rows.push([]);
  }
  function matrix(text, cols, items, picks, withAvg) {
    title(text, withAvg ? '矩阵量表题' : '矩阵单选题');
    rows.push(['题目\\选项', ...cols, ...(withAvg ? ['平均分'] : [])]);
    items.forEach((it, i) => {
      const r = [it];
      cols.forEach((c, k) => r.push(picks[i] === k ? '1(100%)' : '0(0%)'));
      if (withAvg) r.push(cols[picks[i]].replace('分', '') + '.00');
      rows.push(r);
    });
    rows.push(['本题有效填写人次', 1]);
    rows.push([]);
  }
  single('所在县（市、区）', ['榕城区', '揭东区', '揭西县', '惠来县', '普宁市', '空港经济区'], 0);
  textq('数据截止日期（yyyy-mm-dd）', '2021-08-31', '填空题（日期）');
  numeric('常住人口（万人，按第七次全国人口普查）', 101.3);
  numeric('户籍人口（万人）', 88.46);
  numeric('行政村（村民委员会）数（个）', 118);
  numeric('社区居民委员会数（个）', 49);
  numeric('省定贫困村数（个）', 0);
  single('示范创建工作协调机制的牵头领导', ['县（市、区）委或政府主要领导', '县（市、区）政府分管领导', '商务主管部门负责人', '其他'], 0);
  single('参与协调机制的部门（多选）', ['商务', '财政', '农业农村', '乡村振兴（扶贫）', '市场监管', '交通运输', '邮政管理', '其他'], [0, 1, 2, 3, 4], '多选题');
  single('是否已正式印发示范县创建工作方案', ['是', '否'], 0);
  single('是否已出台支持农村电商发展的政策（资金、土地、人才等）', ['是', '否（选此项跳过第38题）'], 1);
  textq('县级电子商务公共服务中心投入运营时间', '2020-10-26', '填空题（日期）');
  matrix('县级电子商务公共服务中心服务功能', ['具备', '不具备'], [
    '有免费培训场所、培训设备，能组织电商基础培训',
    '为特色农产品提供免费展示、销售服务',
    '为电子商务市场主体提供免费摄影、美工服务',
    '组织农产品统一推广、指导特色农产品品牌建设',
    '为电子商务发展提供其他衍生增值服务'], [0, 0, 1, 0, 0], false);
  single('电商产业园建设情况', ['新建电商产业园', '整合、优化现有园区', '未建设'], 1);
  numeric('电商产业园入驻企业数（家）', 18);
  single('当地是否有专业第三方电子商务运营或服务商', ['是', '否'], 0);
  numeric('行政村物流快递覆盖率（%）', 100);
  numeric('2019年农村网络零售额（万元）', 158600);
  numeric('2020年农村网络零售额（万元）', 192800);
  numeric('2020年农村网络零售额同比增速（%）', 21.6);
  numeric('2019年农产品网络零售额（万元）', 12350);
  numeric('2020年农产品网络零售额（万元）', 16420);
  numeric('2020年农产品网络零售额同比增速（%）', 33);
  numeric('2021年1-8月农村网络零售额（万元）', 141200);
  numeric('累计电商培训人次（人次）', 10236);
  numeric('有劳动能力的建档立卡贫困人口数（不含外出务工人员）（人）', 1420);
  numeric('参加培训的建档立卡贫困人口数（人）', 786);
  single('县政府网站专栏已公示的内容（多选）', ['创建方案', '财政资金扶持项目基本信息', '项目建设进度（按月更新）', '征求意见或监督举报窗口', '未设立专栏'], [0, 1, 2], '多选题');
  single('能否统计电商扶贫情况（贫困户培训、带动增收等）', ['能', '不能'], 0);
  numeric('省级专项资金下达总额（万元）', 500);
  numeric('省级专项资金累计拨付（万元）', 412.35);
  single('是否已制定省级财政资金管理制度', ['是', '否'], 0);
  single('项目承建方是否建立资金专用台账', ['是', '否'], 0);
  numeric('项目总体进度（%）', 90);
  single('是否发生安全生产、质量事故，或造成重大经济损失和社会不良影响', ['是', '否'], 1);
  single('是否存在弄虚作假情况', ['是', '否'], 1);
  matrix('主观评分项自评（1-2分）', ['1分', '2分'], ['方案制定', '项目管理制度', '工作台账', '网销调研', '网络促销活动', '交易标准与冷链溯源'], [1, 1, 0, 1, 0, 0], true);
  skipped('政策支持自评（1-2分）', ['1分', '2分'], '量表题');
  matrix('资金管理自评（1-5分）', ['1分', '2分', '3分', '4分', '5分'], ['资金管理制度', '资金台账', '资金及时拨付'], [4, 3, 3], true);
  textq('填报人', '陈晓');
  textq('联系电话', '0663-86xxxxx');
  textq('填报日期', '2021-09-02', '填空题（日期）');
  rows.push(['说明：第38题因第11题选“否”被跳过（有效填写人次0）。']);

  const facts = {
    county: '榕城区', asOf: '2021-08-31', residentPopulation: 1013000, adminVillagesStated: 118, poorVillagesStated: 0,
    planIssued: true, policyIssued: false, centerOpened: '2020-10-26',
    centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true,
    parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
    ruralRetail2019: 1586000000, ruralRetail2020: 1928000000, ruralRetailGrowthStated: 0.216,
    agriRetail2019: 123500000, agriRetail2020: 164200000, agriRetailGrowthStated: 0.33,
    trainingPersonTimesStated: 10236, eligiblePoorPersonsStated: 1420, trainedPoorPersonsStated: 786,
    disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false,
    povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 4123500,
    fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9, vetoIncident: false, vetoFraud: false,
  };
  const judged = {
    'org.plan': 2, 'org.management.system': 2, 'org.management.ledger': 1,
    'work.upward.research': 2, 'work.upward.promotion': 1, 'work.upward.standards': 1,
    'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
  };
  const desc = '揭阳市榕城区商务局电商股从市商务局的问卷后台下载留底的“统计报告”（不是答卷明细）：每题一块——“第n题：题目　[题型]”一行，下面是统计表；单选/多选题为 选项|小计|比例，所选项小计1、比例100%，未选0、0%；数字填空题只有 平均值|最小值|最大值|总和|有效填写人次（1份答卷，五个数相同，取其值）；日期和文字填空为 序号|答案文本；矩阵题格内写“1(100%)”“0(0%)”，量表矩阵另有“平均分”列。读法：所在县（市、区）单选题选“榕城区”→ county；政策未出台，第38题“政策支持自评”被逻辑跳过（有效填写人次0、各项0%）→ 不列 org.policy；专栏公示内容多选题未选“征求意见或监督举报窗口”→ false；摄影美工在矩阵里选“不具备”→ false；产业园选“整合、优化现有园区”→ 建设了；快递覆盖率100（%）→ 是；“否”被选中的两个否决题 → false。陷阱：户籍人口88.46万、社区49个、入驻企业18家、2021年1-8月零售额、填报日期2021-09-02、导出时间都不是输入；“平均值/总和”不是另一个数。';
  return {
    file: 'b44-f1-rongcheng.json',
    obj: { description: desc, sheets: [{ name: '统计报告', rows, merges }], expect: { facts, judged, leadership: 'principal-all' } },
  };
}


// =====================================================================
// FACTS: 江门市新会区 — 数据出处摘录表（每项数据注明出处文件、页码、原文摘录和采用数）
// =====================================================================
function buildXinhui() {
  const rows = [];
  const merges = ['A1:G1', 'A2:G2'];
  rows.push(['新会区电子商务进农村综合示范创建考评基础数据出处摘录表', null, null, null, null, null, null]);
  rows.push(['说明：为便于考评组核对，每项数据注明出处文件及原文摘录（原文照录，含与本项无关的数字）；“采用数”为本区在考评系统填报的数据。数据截止时间：2021年8月31日。', null, null, null, null, null, null]);
  rows.push(['序号', '数据项', '出处文件（名称/文号）', '页码', '原文摘录', '采用数', '备注']);
  const sec = (t) => { merges.push(`A${rows.length + 1}:G${rows.length + 1}`); rows.push([t, null, null, null, null, null, null]); };
  let n = 0;
  const r = (item, src, page, quote, val, note) => { n++; rows.push([n, item, src, page, quote, val, note || null]); };
  sec('一、基本情况');
  r('常住人口', '《江门市新会区第七次全国人口普查公报（第一号）》', 'P1', '“全区常住人口为859,448人……与2010年第六次全国人口普查的849,128人相比，十年共增加10,320人。”另：公安户籍人口77.12万人。', '85.94万人', '按七普');
  r('行政村数', '《新会区2021年行政区划及村（居）委会统计表》（区民政局）', '—', '“全区辖10个镇、1个街道，共有村民委员会195个、社区居民委员会41个。”', '195个', null);
  r('省定贫困村数', '《江门市扶贫开发领导小组关于相对贫困村名单的通知》', '附件', '“……新会区：无”', '0个', '珠三角地区不设省定贫困村');
  sec('二、组织领导');
  r('领导小组组成', '《新会区人民政府办公室关于调整新会区电子商务进农村综合示范县创建工作领导小组的通知》（新府办函〔2020〕45号）', 'P2', '“组　长：区委副书记、区长；常务副组长：副区长（分管商务）；成　员：区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局、区交通运输局、江门市新会区邮政分公司及各镇（街）分管领导。”', '区长任组长，商务、财政、农业农村、乡村振兴等部门参加', null);
  r('工作方案', '《新会区电子商务进农村综合示范县创建工作方案》（新府办函〔2019〕86号）', '封面', '“现将《新会区电子商务进农村综合示范县创建工作方案》印发给你们，请认真组织实施。”', '已正式印发', null);
  r('扶持政策', '《新会区促进农村电子商务发展若干措施》（新商务〔2020〕12号）', 'P3-5', '“对在我区新注册、年网络销售额达100万元以上的涉农电商企业，给予一次性奖励5万元……”', '已出台', null);
  sec('三、公共服务体系');
  r('公共服务中心投入运营时间', '《新会区电子商务公共服务中心运营服务合同》及区商务局开业通讯稿', '合同P1；通讯稿', '合同：“签订日期：2020年9月18日”；通讯稿：“……中心于2020年11月6日正式开门运营，面积1,100平方米。”', '2020年11月6日', null);
  r('免费培训场所及设备', '《新会区电子商务公共服务中心运营管理制度》', 'P2', '“中心设培训室1间（60座），配备投影、直播设备，免费向镇村干部、农户、电商从业者开放。”', '有', null);
  r('免费展示、销售服务', '同上', 'P3', '“设新会陈皮、新会柑、古井烧鹅等特色农产品展示区，免费展示、代销。”', '有', null);
  r('免费摄影、美工服务', '运营服务合同附件2《增值服务收费标准》', 'P9', '“产品摄影：80元/款；详情页设计：300元/套；主图设计：50元/张。”', '否（收费）', '按合同收费，未免费提供');
  r('统一推广、品牌建设指导', '《中心2021年上半年工作总结》', 'P4', '“组织‘新会陈皮’区域公用品牌网上推广活动3场，指导15家企业完成品牌注册。”', '有', null);
  r('其他衍生增值服务', '同上', 'P5', '“提供代办营业执照、直播场地预约、物流对接、金融贷款咨询等服务。”', '有', null);
  r('电商产业园', '《关于认定新会区电子商务产业园的通知》（新商务〔2020〕21号）', 'P1', '“认定新会陈皮村电商创业园为新会区电子商务产业园……现入驻企业26家。”', '已建成（整合现有园区）', null);
  r('第三方运营服务商', '运营服务合同', 'P1', '“乙方：江门市新会区侨乡云电子商务有限公司”', '有', null);
  r('行政村快递覆盖', '《新会区邮政管理局关于快递进村情况的证明》', '—', '“截至2021年6月，全区195个行政村均已设立快递服务网点，覆盖率100%。”', '100%', null);
  sec('四、农村产品上行');
  r('2019年农村网络零售额', '省商务厅提供的第三方监测数据（江门市商务局转发）', '表2', '“新会区：2019年农村网络零售额32.15亿元。”', '32.15亿元', null);
  r('2020年农村网络零售额', '同上', '表2', '“2020年农村网络零售额39.82亿元，同比增长23.9%；2021年1-8月29.60亿元。”', '39.82亿元', null);
  r('2020年农村网络零售额增速', '同上', '表2', '同上', '23.9%', null);
  r('2019年农产品网络零售额', '同上', '表3', '“2019年农产品网络零售额6.42亿元。”', '6.42亿元', null);
  r('2020年农产品网络零售额', '同上', '表3', '“2020年农产品网络零售额8.61亿元，同比增长34.1%。”', '8.61亿元', null);
  r('2020年农产品网络零售额增速', '同上', '表3', '同上', '34.1%', null);
  sec('五、人才培训');
  r('培训人次', '《新会区农村电商培训台账》（区电商中心）', '合计行', '“截至2021年7月31日累计培训4,386人次”；8月份培训台账：“8月共培训526人次”。', '4,912人次', '7月底累计加8月份');
  r('有劳动能力的建档立卡贫困人口（不含外出务工）', '区乡村振兴局《建档立卡贫困人口劳动力情况统计表》', 'P1', '“全区建档立卡贫困人口1,326人，其中有劳动能力812人（外出务工267人）。”', '545人', '812−267');
  r('参训建档立卡贫困人口', '《贫困户电商培训参训名单》', '末页', '“共计参训291人，累计356人次。”', '291人', null);
  sec('六、信息公开及报送');
  r('专栏公示创建方案', '区政府门户网站“电子商务进农村综合示范”专栏截图', '截图1', '专栏设“创建方案”子栏目，已发布《工作方案》全文', '是', null);
  r('专栏公示项目基本信息', '同上', '截图2', '“项目信息”子栏目发布中心、站点、物流等7个项目的承建单位、金额、工期', '是', null);
  r('专栏按月公示项目建设进度', '同上', '截图3', '“建设进度”子栏目按月发布，最近一期为《2021年8月项目建设进度》', '是', null);
  r('征求意见或监督举报窗口', '同上', '截图4', '专栏底部“监督举报：0750-6xxxxxx，邮箱xhsw@xinhui.gov.cn”', '是', null);
  r('电商扶贫统计', '报送江门市商务局的月报（附表3 电商扶贫统计表）', '—', '“附表3：贫困户参训人数、电商带动贫困户增收情况”', '能统计', null);
  sec('七、资金管理');
  r('省级专项资金下达', '《江门市财政局关于下达2019年省级电子商务进农村综合示范专项资金的通知》（江财工〔2019〕88号）', 'P2', '“新会区500万元。”（另：区级配套资金150万元）', '500万元', null);
  r('累计拨付', '国库集中支付系统查询结果', '—', '“截至2021年8月31日累计支付4,126,000.00元；9月3日另支付400,000.00元。”', '412.6万元', '截至8月31日');
  r('资金管理制度', '《新会区省级电子商务进农村综合示范专项资金管理办法》（新商务〔2020〕5号）', '全文', '“第一条 为规范……专项资金管理……”', '已制定', null);
  r('资金专用台账', '各承建单位资金专用台账', '—', '7个承建单位均设专账', '已建立', null);
  r('项目总体进度', '《项目建设进度月报（2021年8月）》', 'P1', '“项目总体进度91%，资金拨付率82.5%。”', '91%', null);
  sec('八、一票否决事项');
  r('安全生产、质量事故', '区应急管理局、区市场监管局出具的证明', '—', '“……在项目建设期间未发生安全生产事故、产品质量事故。”', '未发生', null);
  r('弄虚作假', '（本局自查）', '—', '—', '无', null);
  sec('九、主观评分项（出处：区商务局党组会议纪要〔2021〕18号）');
  const jj = [['方案制定（1-2分）', '“方案因地制宜，同意自评2分”', '2分'], ['政策支持（1-2分）', '“政策落实面不广，自评1分”', '1分'],
    ['项目管理制度（1-2分）', '“同意2分”', '2分'], ['工作台账（1-2分）', '“同意2分”', '2分'], ['网销调研（1-2分）', '“调研报告未形成针对性建议，自评1分”', '1分'],
    ['网络促销活动（1-2分）', '“同意2分”', '2分'], ['交易标准与冷链溯源（1-2分）', '“冷链未建成，自评1分”', '1分'],
    ['资金管理制度（1-5分）', '“自评4分”', '4分'], ['资金台账（1-5分）', '“自评4分”', '4分'], ['资金及时拨付（1-5分）', '“自评4分”', '4分']];
  jj.forEach((j) => r(j[0], '会议纪要〔2021〕18号', 'P2', j[1], j[2], null));
  rows.push([]);
  rows.push(['摘录人：区商务局电商股 梁××　　核对：区商务局 何××　　2021年9月6日']);
  const facts = {
    // (Added on review: the county its title names, as the corpus reads a title's county.)
    county: '新会区',
    asOf: '2021-08-31', residentPopulation: 859400, adminVillagesStated: 195, poorVillagesStated: 0,
    planIssued: true, policyIssued: true, centerOpened: '2020-11-06',
    centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true,
    parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
    ruralRetail2019: 3215000000, ruralRetail2020: 3982000000, ruralRetailGrowthStated: 0.239,
    agriRetail2019: 642000000, agriRetail2020: 861000000, agriRetailGrowthStated: 0.341,
    trainingPersonTimesStated: 4912, eligiblePoorPersonsStated: 545, trainedPoorPersonsStated: 291,
    disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
    povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 4126000,
    fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.91, vetoIncident: false, vetoFraud: false,
  };
  const judged = {
    'org.plan': 2, 'org.policy': 1, 'org.management.system': 2, 'org.management.ledger': 2,
    'work.upward.research': 1, 'work.upward.promotion': 2, 'work.upward.standards': 1,
    'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
  };
  const desc = '江门市新会区商务局电商股为迎检做的《考评基础数据出处摘录表》：序号|数据项|出处文件（名称/文号）|页码|原文摘录|采用数|备注，按“一、基本情况…九、主观评分项”分节（节标题整行合并）；每项数据的“原文摘录”照录出处原句（句子里常带其他数字），“采用数”是本区填报的值（带单位：万人、个、亿元、万元、%、人次、人，或“是/有/已制定/否（收费）”）。读法：取“采用数”。陷阱：七普原文859,448人而采用数85.94万人（取85.94万）；户籍人口77.12万、十年增加10,320人、社区41个、入驻企业26家、2021年1-8月29.60亿元、区级配套150万元、9月3日另付40万元、拨付率82.5%、“累计356人次”、“4,386人次”“526人次”（采用数4,912是两者之和）、“812”“267”（采用数545）都不是输入；中心运营取开门运营日2020年11月6日，不是合同签订日；常务副组长（分管副区长）不是组长；摄影美工“否（收费）”；页码（P1、P2-5）和文号年份不是数据；摘录日期2021年9月6日不是截止日。表内没有县名标签（县名只在标题和文件名里），所以不列 county。';
  return {
    file: 'b44-f2-xinhui.json',
    obj: { description: desc, sheets: [{ name: '数据出处摘录', rows, merges }], expect: { facts, judged, leadership: 'principal-all' } },
  };
}


// =====================================================================
// FACTS: 台山市 — 自评报告PDF“复制—粘贴”进Excel：一行一格，连官方指标体系表也被拆成一行行文字
// =====================================================================
function wrapPdf(par, width) {
  // tokens: runs of ASCII (numbers, %, ., ,) stay whole; every other char is a token
  const toks = par.match(/[0-9A-Za-z.,%〔〕\-]+|\s+|./gu);
  const lines = [];
  let cur = '', w = 0;
  for (const t of toks) {
    const tw = /^[\x00-\x7f]+$/.test(t) ? t.length * 0.5 : t.length;
    const noStart = /^[，。、；：）》」”！？]$/.test(t);
    if (w + tw > width && cur.trim() !== '' && !noStart) { lines.push(cur.trim()); cur = ''; w = 0; if (/^\s+$/.test(t)) continue; }
    cur += t; w += tw;
  }
  if (cur.trim() !== '') lines.push(cur.trim());
  return lines;
}
function buildTaishan() {
  const pars = [
    ['T', '台山市电子商务进农村综合示范创建'],
    ['T', '自评报告'],
    ['H', '一、台山市电子商务发展现状'],
    ['P', '台山市隶属于广东省江门市，是全国著名侨乡，总面积 3286 平方公里，下辖 16 个镇、1 个街道，共 283 个行政村、36 个社区，户籍人口 100.58 万人，常住人口 90.66 万人（第七次全国人口普查）。全市有省定相对贫困村 15 个。台山电商基础较好，2020 年全市农村网络零售额 45.32 亿元，同比增长 26.8%；农产品网络零售额 9.86 亿元，同比增长 31.2%，台山大米、台山蚝、鳗鱼等特色产品网销持续走旺。'],
    ['H', '二、台山市电子商务进农村综合示范创建概况'],
    ['P', '（一）工作基本情况。我市将电子商务进农村综合示范创建作为乡村振兴的重要抓手，成立了以市委副书记、市长为组长，分管副市长为常务副组长，市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局、市市场监督管理局和各镇（街）为成员单位的台山市电子商务进农村综合示范工作领导小组，定期召开工作推进会。印发了《台山市电子商务进农村综合示范县创建工作方案》（台府办〔2019〕56 号），出台了《台山市促进电子商务发展扶持办法》，在资金、场地、人才等方面给予支持。'],
    ['P', '（二）原定绩效目标。预期两年内，建成 1 个市级电子商务公共服务中心、200 个村级电商服务站点；电商培训人次达到全市常住人口的 1%以上，即 5000 人次以上；有劳动能力的建档立卡贫困人口培训率达到 60%以上；农产品网络零售额年均增长 20%以上。'],
    ['H', '三、台山市电子商务进农村综合示范项目资金使用及管理情况'],
    ['P', '（一）项目资金实际支出情况。我市获省级专项资金 500 万元。截至 2021 年 8 月 31 日，累计拨付省财政资金 4128600.00 元，主要用于市级电商公共服务中心建设及运营 1150000.00 元、村级站点建设 1286000.00 元、县镇村三级物流体系 985600.00 元、电商培训 372000.00 元、品牌推广及溯源系统 335000.00 元。'],
    ['P', '（二）资金管理措施。制定了《台山市省级电子商务进农村综合示范专项资金管理办法》，明确资金支持方向和考核问责；资金拨付须经市商务局、市财政局共同审核，项目承建方均建立了资金专用台账，账目完整、可查询可追溯。'],
    ['H', '四、创建工作组织实施情况'],
    ['P', '（一）市电子商务公共服务中心建设情况。中心位于台城街道，面积 1500 ㎡，于 2020 年 9 月 28 日正式投入运营。中心设有培训室 1 间，配置专业培训设备，免费开展电商基础培训；设台山大米、台山蚝、鳗鱼等特色农产品展示区，免费提供展示、销售服务；组织农产品统一推广，指导特色农产品品牌建设；并为电商企业提供代办证照、物流对接、金融咨询等其他衍生增值服务。中心摄影棚、美工室面向市场主体按成本价收费，暂未实现免费。'],
    ['P', '电商产业园建设情况。整合优化原台山市青年创业园，建成台山市电商产业园，目前入驻企业 23 家，包括平台型、销售型、运营服务及物流等类型企业。'],
    ['P', '（二）推动农产品上行情况。引入广东侨乡云商电子商务有限公司作为专业第三方运营服务商，负责中心运营及农产品网销孵化；整合邮政、快递资源，建成县镇村三级物流配送体系，行政村快递物流覆盖率达到 100%。'],
    ['P', '（三）镇村两级电子商务服务站点建设情况。在全市 16 个镇、1 个街道建成村级电商服务站点 212 个，覆盖行政村 203 个，15 个省定相对贫困村实现全覆盖。'],
    ['P', '（四）农村电子商务培训体系建设情况。截至 2021 年 8 月 31 日，累计培训 5126 人次，占常住人口的 1.03%（以 50 万人为基数）。全市有劳动能力的建档立卡贫困人口（不含外出务工人员）1286 人，已参训 702 人，培训率 54.6%。'],
    ['P', '（五）项目管理情况。每月向江门市商务局报送示范创建工作进展、成效及电商相关统计数据，每月统计并上报建档立卡贫困户参训、电商带动增收等电商扶贫数据。在台山市人民政府门户网站设立“电子商务进农村综合示范”专栏，公示创建方案和项目基本信息，每月更新项目建设进度，并设立监督举报窗口。'],
    ['H', '五、项目绩效情况'],
    ['P', '（一）项目的经济性。基础设施建设项目全部公开招标，有效节约了项目资金。（二）项目的效率性。根据项目完成进度及质量及时拨付资金，资金拨付进度为 82.6%，项目总体进度为 92%。（三）项目的有效性。广东广播电视台《广东新闻联播》播报了我市电商扶贫典型案例。'],
    ['H', '六、其他需要说明的情况'],
    ['P', '项目建设过程中未发生安全生产、质量事故，未造成重大经济损失和社会不良影响，不存在弄虚作假情况。'],
    ['H', '七、项目自评工作情况'],
    ['P', '本次自评数据截至 2021 年 8 月 31 日。根据《广东省商务厅关于开展 2019 年省级电子商务进农村综合示范创建考评工作的通知》（粤商务电函〔2021〕101 号），台山市 2019 年省级电子商务进农村综合示范创建考评自评得分 91 分（含加分 1 分），具体如下表所示：'],
  ];
  const lines = [];
  let page = 1, since = 0;
  const pageMark = () => { lines.push(`— ${page} —`); page++; since = 0; };
  for (const [k, t] of pars) {
    if (k === 'T' || k === 'H') { lines.push(t); since++; continue; }
    for (const l of wrapPdf(t, 27)) { lines.push(l); since++; if (since >= 34) pageMark(); }
    lines.push(null);
  }
  pageMark();
  const table = `2019 年省级电子商务进农村综合示范创建考评指标体系
工作任务
评价指标
指标解释 评分标准 评价方式及佐证材料
自
评
得
分
名
称
权重
（%）
加强组织
领导与统
筹协调（10
分）
组
织
领
导
2
建立县（市、区）政府主要领导牵头、多部门参与的工作
协调机制
由县（市、区）政府主要领导牵
头且有商务、财政、农业、扶贫
等部门参与（2分）；
由县（市、区）政府分管领导牵
头（1分）；
其他情况不得分。
成立工作领导小组或协调机构的文
件、相关工作会议纪要、图片
2
方
案
制
定
2 制定科学严谨的示范创建工作方案
工作方案因地制宜,可操作性较
强（1-2 分）
正式印发的示范县工作方案 2
政
策
支
持
2 在资金、土地、人才等方面出台政策，支持农村电商发展
出台相关政策，且得到较好落实
（1-2 分）
出台的支持文件及其他证明材料等 2
项
目
管
理
4
制定项目管理制度，建立工作台帐，明确工作目标、工作
进度、工作任务，建设、验收等环节严格执行相关制度规
定。
建立项目管理制度，在建设、验
收环节严格落实相关制度（1-2
分）；
建立完整工作台账，详细记录项
目建设情况（1-2 分）。
项目管理制度文件、工作台账等 3
@PAGE
深入推动
电子商务
进农村工
作（55 分）
服
务
体
系
建
设
25
建设县级电子商务公共服务中心。对各类主体提供技术支
持、培训孵化、产品对接、品牌建设、网络推广及其他衍
生增值服务。建设或整合、优化当地电商产业园，形成产
业集聚效应。
建成县级电子商务公共服务中
心（2分）；
建成后已正常运行 6个月（截至
2021 年 8 月 31 日）以上（2 分）；
有免费培训场所、培训设备，能
组织电商基础培训（2 分）；
为特色农产品提供免费展示、销
售服务（1分）；
为电子商务市场主体提供免费
摄影、美工服务（1分）；
组织农产品统一推广、指导特色
农产品品牌建设（1分）；
为电子商务发展提供其他衍生
增值服务（1 分）；
建设或整合、优化当地电商产业
园（2分)；
电商产业园企业入驻数量达 20
家及以上(2 分)；
电商产业园入驻企业含平台型
电商企业、销售型企业、电商运
营商或物流企业等至少三种以
上类型(1 分)。
1、现场查看县级电子商务公共服务
中心运营情况。
2、现场查看电商产业园运营情况，
入驻企业清单。
13
辖区内行政村建设村级电子商务服务站点要达到 70%以上
（行政村个数在 200 个及以上的，以 200 个为基数计算），
其中省定贫困村实现全覆盖；各站点根据实际开展电商宣
传、代购代销、代存代缴、小额信贷等电商服务。
行政村覆盖率 70%及以上（5
分）,50%-70%（不含）（2 分），
50%以下不得分；
贫困村覆盖率 100%（5
分）,80%-100%（不含）（3 分），
80%以下不得分。
辖区内行政村清单、省定贫困村清
单、村级电商服务站点清单（含名称、
地址及联系人电话等）、村级电商服
务站点视频（含招牌、设备、工作人
员操作情况等画面）。
注：考评组随机查看 30%的村级站点
视频（含 50%的省定贫困村站点），
并现场查看 5 个站点（含 2 个省定贫
困村站点）
8
@PAGE
深入推动
电子商务
进农村工
作（55 分）
农
村
产
品
上
行
10
1、对辖区内农村产品的生产和电商销售情况进行全面摸
底,形成基本情况档案或报告等上报市级商务主管部门，根
据摸底情况制定合理的农村产品网络销售促进措施并落
实。
2、联合农业、工商、科教、金融等行业主管部门、引入或
培育专业电商企业或团队，为农民、农业合作社、涉农企
业开展特色农产品网络销售、产品开发、品牌注册、品牌
培育、网络营销策划提供支持。
3、整合现有物流资源，实现县、乡镇、村三级统一配送体
系，物流快递企业的行政村覆盖率达到 100%，降低物流成
本。
4、探索农产品电子商务交易标准化问题，探索建立符合农
产品网络销售上行要求的冷链系统、产品溯源系统等。
对当地农产品网络销售进行调
研，并形成针对性建议（1-2
分）；
开展农村产品网络促销活动成
效明显（1-2 分）；
当地有专业第三方电子商务运
营或服务商（1分）；
行政村物流快递覆盖率 100%（1
分）；
有出台农产品电商交易标准，建
立农产品冷链、溯源系统（1-2
分）；
2020 年农村网络零售额或农产
品网络零售额同比增速≥30%（2
分）。
1、辖区内农产品及电商销售情况档
案或调研报告，开展网络促销活动的
文件、开展活动情况总结等。
2、在当地注册或开展活动的电商企
业或团队的名单、业务情况、工作开
展情况简介及证明材料。
3、市级邮政主管部门出具的快递物
流覆盖情况的材料，辖区内主要快递
物流企业仓储、邮路、等证明材料。
4、交易标准文本，农产品冷链、产
品溯源服务的企业名单，相关企业为
当地农产品提供服务的证明材料等。
5、查看第三方权威统计数据（省级
商务主管部门提供）。
9
电
商
人
才
培
训
20
1、定期开展农村电商公共宣传，针对政府、企业、农民等
提供线上线下的基础普及性免费培训，普及性培训覆盖常
住人口的 1%以上（常住人口总数超过 50 万的，以 50 万为
基数计算）。针对已创业或有电商创业需求的农村青年提
供增值培训，对培训人员跟踪服务，提供辅导、孵化等定
向服务。
2、加大对建档立卡贫困户的培训力度，实现有劳动能力的
贫困人口培训率达 50%以上（外出务工者除外）。
培训人次达常住人口 1%及以上
（10 分），0.8%-1%（不含）（8
分），0.6%-0.8%（不含）（6
分）；
建档立卡贫困人口培训率 50%
及以上（10 分），40%-50%（不
含）（8分），30%-40%（不含）
（6 分）。
1、培训通知文件、常住人口数量证
明，培训学员名单、现场照片、参训
学员名单及签到表等。培训人员创业
就业证明材料。
2、经扶贫部门确认的当地有劳动能
力的建档立卡贫困人口数（外出务工
者除外）、参加培训的建档立卡贫困
人口清单及签到表等。
20
加强信息
公开及报
送（10 分）
信
息
公
开
4
在县政务网站设立电子商务进农村综合示范公开专栏。公
开示范创建方案及已经确定的财政资金扶持项目的基本信
息，每月更新项目建设进度，同时设立征求意见窗口或监
督举报窗口。
在县政府网站设立公开专栏且
内容全面（2 分）；
近一年内专栏内容能按月更新
（2 分），不定时更新（1分），
未更新不得分。
在县政府网站设立专栏公示创建方
案、项目基本信息、项目建设进度，
设立征求意见或监督举报窗口。
3
数
据
上
报
6
每月向市级商务主管部门报送示范创建工作进展、成效及
电商相关统计数据。加强对本县电商扶贫信息的统计，重
点统计对建档立卡贫困户的电商培训情况、电商带动增收
等情况。
近一年能每月向市商务局报送
工作情况（3 分），不定时上报
（1 分），未上报不得分；
能统计电商扶贫情况（3分），
未统计相关情况不得分。
向市级商务主管部门报送工作情况
的文件。
6
加强宣传
推广
（10 分）
案
例
总
结
2
对当地发展农村电商、开展示范创建等经验做法和案例进
行总结提炼并及时上报。
向市商务局报送经验材料（2
分）
查看上报文件 2
经
验
推
广
8 典型做法被主流媒体报道宣传
省级及以上媒体进行宣传报道
（4 分）；
市级媒体进行宣传报道（3 分）；
县级媒体进行宣传报道（1 分）。
查看相关宣传文案、网络截图、照片
等证明材料
7
@PAGE
加强财政
资金管理
（15 分）
制
度
建
立
5
制定省级财政资金管理制度，细化工作目标、任务、财政
资金支持方向等；建立考核问责制度。
建立科学有效的资金管理制度
且得到有效落实（1-5 分）
查看相关资金管理制度 5
资
金
台
账
5
明确责任人，建立健全资金台账，实现管理全过程可查询、
可追溯，
项目承建方建立资金专用台账，
账目完整，能清析反映资金使用
情况（1-5 分）
项目承办方的资金使用账目及凭证
等
4
资
金
支
出
5 严格按照财政资金有关规定进行资金的使用和拨付
资金支出率 70%以上，且根据创
建进度及时拨付（1-5 分）；
资金支出率低于 70%倒扣 5 分。
资金拨付文件、票据、凭证等 4
加分项
（4 分）
建档立卡贫困人口培训率 70%
及以上（2分）
参加培训的建档立卡贫困人口清单
及签到表等
0
电商扶贫典型案例获国家级电
视媒体播报（2分），省级（1
分）（不累加）
查看相关报道和视频
1
一票否决项
发生安全生产、质量事故，或者
造成重大经济损失和社会不良
影响。
项目建设进度严重滞后，总体进
度不足 40%。
弄虚作假。
合计得分 91`;
  for (const l of table.split('\n')) { if (l === '@PAGE') pageMark(); else lines.push(l); }
  pageMark();
  lines.push(null);
  lines.push('台山市商务局');
  lines.push('2021 年 9 月 3 日');
  const rows = lines.map((l) => [l]);
  rows.unshift(['（以下为《台山市电子商务进农村综合示范创建自评报告》PDF版全选复制粘贴，未调整格式）']);
  const facts = {
    asOf: '2021-08-31', residentPopulation: 906600, adminVillagesStated: 283, poorVillagesStated: 15,
    planIssued: true, policyIssued: true, centerOpened: '2020-09-28',
    centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true,
    parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
    ruralRetail2020: 4532000000, ruralRetailGrowthStated: 0.268, agriRetail2020: 986000000, agriRetailGrowthStated: 0.312,
    trainingPersonTimesStated: 5126, eligiblePoorPersonsStated: 1286, trainedPoorPersonsStated: 702,
    disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
    povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 4128600,
    fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.92, vetoIncident: false, vetoFraud: false,
  };
  const judged = { 'org.plan': 2, 'org.policy': 2, 'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4 };
  const claimed = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 3, 'work.center': 13, 'work.coverage': 8,
    'work.upward': 9, 'work.training': 20, 'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 7,
    'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4, 'bonus.poorTraining': 0, 'bonus.tvCase': 1,
  };
  const desc = '台山市（江门）商务局把《自评报告》PDF“全选—复制”粘进Excel交来当自评表：全在A列、PDF的一行文字一格，句子在行中间断开（“常住人口 90.66”与“万人”可能分在两行），数字两边带空格，页码行“— n —”夹在中间；报告末尾的《考评指标体系》表格也被拆成一行行文字——评价指标名竖排成一字一行（“组”“织”“领”“导”），权重是指标名后面单独一行的数字，自评得分是该指标“评价方式及佐证材料”文字之后单独一行的数字，或接在最后一行佐证文字后面（“正式印发的示范县工作方案 2”“项目管理制度文件、工作台账等 3”）；服务体系建设一个权重25下有两个自评分（中心13、站点8），加分项两个分（0、1），一票否决行没有分，末行“合计得分 91”。读法：事实取报告正文，claimed 按表中位置把每个分对回指标，判断项取方案制定、政策支持和资金三项的自评分（项目管理3分、上行9分未拆分项，不列分项判断）。陷阱：户籍人口100.58万、社区36个、原定绩效目标（200个站点、5000人次、60%、20%）、站点212个/覆盖203个、入驻企业23家、1.03%、54.6%、资金拨付进度82.6%（不是总体进度92%）、页码行、权重数字、落款日期2021年9月3日都不是输入；2019年零售额未写（不反推）；摄影美工“按成本价收费，暂未实现免费”→ false；表内无县名标签。';
  return {
    file: 'b44-f3-taishan.json',
    obj: { description: desc, sheets: [{ name: '自评报告（PDF转）', rows }], expect: { facts, judged, leadership: 'principal-all', claimed } },
  };
}


// =====================================================================
// LEDGERS: 韶关市武江区 — ①专户对账单PDF粘贴成一列文字 ②市局月报报送情况通报附表（只取本区一行）
// =====================================================================
function buildWujiang() {
  const tx = [
    ['2020-06-12', '10:21:35', '财政拨款', 5000000, '韶关市武江区财政局国库支付中心'],
    ['2020-06-21', '00:00:00', '结息', 986.4, ''],
    ['2020-07-09', '15:02:11', '转账支出', -750000, '韶关市粤北云商电子商务运营有限公司'],
    ['2020-09-18', '09:45:20', '电汇支出', -468000, '中国邮政集团有限公司韶关市分公司'],
    ['2020-09-21', '00:00:00', '结息', 2811.05, ''],
    ['2020-11-26', '11:08:47', '转账支出', -325800, '韶关市武江区顺通物流有限公司'],
    ['2020-12-21', '00:00:00', '结息', 2406.7, ''],
    ['2020-12-30', '16:30:02', '转账支出', -198000, '韶关市粤北云商电子商务运营有限公司'],
    ['@PAGE'],
    ['2021-01-19', '10:15:36', '转账支出', -412500, '广东韶数科技有限公司'],
    ['2021-03-21', '00:00:00', '结息', 1958.12, ''],
    ['2021-04-13', '14:52:09', '电汇支出', -276000, '中国邮政集团有限公司韶关市分公司'],
    ['2021-06-02', '09:33:51', '转账支出', -389000, '广东溯源科技有限公司'],
    ['2021-06-21', '00:00:00', '结息', 1632.44, ''],
    ['2021-07-27', '15:40:18', '转账支出', -236400, '韶关市武江区乡味文化传播有限公司'],
    ['2021-08-31', '16:48:02', '转账支出', -153300, '韶关市粤北云商电子商务运营有限公司'],
    ['2021-09-07', '10:05:44', '转账支出', -396500, '韶关市武江区顺通物流有限公司'],
  ];
  const lines = [];
  const head = () => {
    lines.push('交易日期      交易时间    摘要          交易金额              账户余额          对方户名');
  };
  lines.push('广东韶关农村商业银行股份有限公司');
  lines.push('对  账  单');
  lines.push('户名：韶关市武江区商务局                    账号：80020000481562713');
  lines.push('账户性质：专用存款账户（省级电子商务进农村综合示范专项资金）');
  lines.push('查询期间：2020-06-01 至 2021-09-15        币种：人民币        单位：元');
  lines.push('交易金额：“+”为转入，“-”为转出');
  head();
  let bal = 0, inc = 0, out = 0;
  const records = [];
  const padR = (t, n) => { let w = 0; for (const ch of t) w += /[\x00-\x7f]/.test(ch) ? 1 : 2; return t + ' '.repeat(Math.max(1, n - w)); };
  const padL = (t, n) => ' '.repeat(Math.max(1, n - t.length)) + t;
  for (const t of tx) {
    if (t[0] === '@PAGE') {
      lines.push(`本页转入合计：${numFmt(inc)}     本页转出合计：${numFmt(-out)}`);
      lines.push('第 1 页 / 共 2 页');
      lines.push('广东韶关农村商业银行股份有限公司    对  账  单（续）');
      lines.push('户名：韶关市武江区商务局                    账号：80020000481562713');
      head();
      lines.push(`承前页                                                      ${numFmt(bal)}`);
      continue;
    }
    const [d, tm, memo, amt, cp] = t;
    bal = Math.round((bal + amt) * 100) / 100;
    if (amt > 0) inc += amt; else out += amt;
    const amtS = (amt > 0 ? '+' : '-') + numFmt(Math.abs(amt));
    const cp1 = cp.length > 11 ? cp.slice(0, 11) : cp;
    const cp2 = cp.length > 11 ? cp.slice(11) : null;
    lines.push((padR(d, 14) + padR(tm, 12) + padR(memo, 14) + padL(amtS, 16) + padL(numFmt(bal), 18) + '    ' + cp1).trimEnd());
    if (cp2) lines.push(' '.repeat(78) + cp2);
    if (amt < 0) records.push({ date: d, amount: -amt });
  }
  lines.push(`本期转入合计：${numFmt(inc)}     本期转出合计：${numFmt(-out)}     期末余额：${numFmt(bal)}`);
  lines.push('第 2 页 / 共 2 页');
  lines.push('打印柜员：0231    打印日期：2021-09-16    （本对账单仅供核对账务使用，以银行记账为准）');
  const stmtRows = [['（专户对账单PDF，复制粘贴）'], ...lines.map((l) => [l])];

  // ---- the city's circular (all counties), only our row is ours
  const months = ['9月', '10月', '11月', '12月', '1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月（截至10日）'];
  const yearOf = (i) => (i < 4 ? 2020 : 2021);
  const monOf = (i) => [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9][i];
  const wj = ['9.8', '10.9△', '11.10', '12.8', '1.11△', '未报', '3.5', '4.8△', '5.10', '6.9', '7.8△', '8.9', '9.6△'];
  const others = {
    浈江区: ['9.10', '10.12△', '11.9', '12.10', '1.12△', '2.8', '3.10', '4.12△', '5.11', '6.10', '7.12△', '8.10', '9.7'],
    曲江区: ['9.9', '10.13', '未报', '12.11△', '1.13', '2.9', '3.9△', '4.9', '未报', '6.11△', '7.9', '8.11', '—'],
    始兴县: ['9.7△', '10.9', '11.6', '12.7△', '1.8', '2.5', '3.8△', '4.7', '5.8', '6.8△', '7.7', '8.6', '9.6'],
    仁化县: ['9.8', '10.10', '11.10△', '12.9', '1.11', '未报', '3.11△', '4.9', '5.10', '6.9△', '7.9', '8.10', '9.8△'],
    翁源县: ['9.11', '10.14', '11.12', '12.14△', '1.15', '2.10', '3.12', '4.13△', '5.12', '6.15', '7.13△', '8.12', '—'],
    乳源瑶族自治县: ['9.8△', '10.9', '11.9', '12.8△', '1.8', '2.7', '3.8△', '4.8', '5.7', '6.8△', '7.8', '8.9', '9.7△'],
    新丰县: ['9.14', '未报', '11.16', '12.15', '1.18△', '未报', '3.16', '4.15', '5.14△', '6.16', '7.15', '8.16△', '—'],
    乐昌市: ['9.7△', '10.8', '11.9', '12.8△', '1.7', '2.4', '3.8△', '4.8', '5.7', '6.7△', '7.8', '8.6', '9.6△'],
    南雄市: ['9.9', '10.10△', '11.10', '12.9', '1.12△', '2.9', '3.10', '4.9△', '5.10', '6.10', '7.9△', '8.10', '9.8'],
  };
  const order = ['浈江区', '武江区', '曲江区', '始兴县', '仁化县', '翁源县', '乳源瑶族自治县', '新丰县', '乐昌市', '南雄市'];
  const cRows = [];
  cRows.push(['韶关市商务局办公室关于各县（市、区）电子商务进农村综合示范创建工作月报报送情况的通报', ...Array(16).fill(null)]);
  cRows.push(['附表：2020年9月—2021年9月月报报送情况（统计至2021年9月10日）', ...Array(16).fill(null)]);
  cRows.push(['序号', '县（市、区）', '2020年', null, null, null, '2021年', null, null, null, null, null, null, null, null, '报送次数\n（2020.9—2021.8）', '备注']);
  cRows.push([null, null, ...months, null, null]);
  const cnt = (arr) => arr.slice(0, 12).filter((x) => x !== '未报' && x !== '—').length;
  order.forEach((c, i) => {
    const arr = c === '武江区' ? wj : others[c];
    cRows.push([i + 1, c, ...arr, cnt(arr), c === '新丰县' ? '多次逾期，已约谈' : null]);
  });
  cRows.push(['注：1.表内为市商务局收到各地月报的日期（月.日），年份、月份见表头；2.“△”表示随月报同时报送了电商扶贫统计表，未标“△”的只报了工作进展；3.“未报”为当月未报送；4.9月栏统计至9月10日，“—”为尚未报送。', ...Array(16).fill(null)]);
  cRows.push([]);
  cRows.push(['武江区商务局电商股存档备注：本表为市局通报附表，照原样录入；我区报送情况见序号2“武江区”那一行，作为本区向市商务局报送月报的台账。其他县（市、区）的数据不是我区的。', ...Array(16).fill(null)]);
  const cMerges = ['A1:Q1', 'A2:Q2', 'C3:F3', 'G3:O3', 'A3:A4', 'B3:B4', 'P3:P4', 'Q3:Q4', `A${cRows.length - 2}:Q${cRows.length - 2}`, `A${cRows.length}:Q${cRows.length}`];
  const repRecords = [];
  wj.forEach((cell, i) => {
    if (cell === '未报' || cell === '—') return;
    const m = cell.replace('△', '').split('.').map(Number);
    if (m[0] !== monOf(i)) throw new Error('month mismatch ' + cell);
    repRecords.push({ date: iso(yearOf(i), m[0], m[1]), poverty: cell.includes('△') });
  });
  const desc = '韶关市武江区商务局电商股交的两张表：①省级专项资金专户的银行《对账单》PDF全选复制进Excel——全在A列、一行一格，字段之间只靠空格对齐（交易日期|交易时间|摘要|交易金额|账户余额|对方户名），交易金额带正负号（表头上方写明“+”转入、“-”转出），长的对方户名折到下一行（续行只有户名的后半截），第1页末有“本页转入/转出合计”和页码，第2页重复抬头、表头并有“承前页”余额行，末尾本期合计、期末余额和打印信息。读法：每个“-”转出（转账支出/电汇支出）是一笔拨付，金额取绝对值；“+”的财政拨款（下达资金）和季度结息不是拨付；续行、合计行、承前页、页码不是记录；2021-08-31当天一笔照列，2021-09-07一笔在截止日后照列。②韶关市商务局办公室《月报报送情况通报》附表原样录入：一县一行（10个县区），月份为列（两行表头，“2020年”“2021年”合并在月份之上，最后一列“9月（截至10日）”），格内是市局收到月报的日期“月.日”（年份取表头），“△”＝同时报送电商扶贫统计表（未标的为只报工作进展，poverty=false），“未报”不是记录；只有“武江区”一行是本区的报送记录（表下经办人备注写明），按从左到右顺序，2021年2月未报，9月6日一条在截止日后照列；“报送次数”列和其他县区的行都不是记录。';
  return {
    file: 'b44-l1-wujiang.json',
    obj: {
      description: desc,
      sheets: [
        { name: '专户对账单', rows: stmtRows },
        { name: '月报报送情况（市局通报）', rows: cRows, merges: cMerges },
      ],
      expect: { sheets: { 专户对账单: { kind: 'funds', records }, '月报报送情况（市局通报）': { kind: 'reports', records: repRecords } } },
    },
  };
}

// =====================================================================
// LEDGERS: 丰顺县 — ①学员培训档案（按人建档，人员行下挂参训行）②站点按镇×批次矩阵 ③填表说明
// =====================================================================
function buildFengshun() {
  const A = '441423';
  const sess = {
    1: { txt: ['2020.10.15', '2020年10月15日', D('2020-10-15')], iso: '2020-10-15', topic: '第1期 电商基础知识', place: '县电商公共服务中心' },
    2: { txt: ['2020年11月19日', '2020.11.19', '20.11.19'], iso: '2020-11-19', topic: '第2期 网店开设与运营', place: '汤坑镇政府' },
    3: { txt: ['2020.12.22-23', '2020年12月22日-23日', '2020.12.22—12.23'], iso: '2020-12-23', topic: '第3期 直播带货实操（两天）', place: '县电商公共服务中心' },
    4: { txt: ['21.3.18', '2021.3.18', '2021年3月18日'], iso: '2021-03-18', topic: '第4期 短视频拍摄与剪辑', place: '丰良镇文化站' },
    5: { txt: [D('2021-05-27'), '2021.5.27', '2021/5/27'], iso: '2021-05-27', topic: '第5期 农产品网销与品牌', place: '留隍镇政府' },
    6: { txt: ['2021/7/8', '2021年7月8日', '2021.07.08'], iso: '2021-07-08', topic: '第6期 电商客服与物流', place: '县电商公共服务中心' },
    7: { txt: ['2021.9.9', '2021年9月9日', '2021.9.9'], iso: '2021-09-09', topic: '第7期 电商基础知识（秋季班）', place: '八乡山镇政府' },
  };
  // persons: [name, sex, idSpec, townVillage, phone, sessions(list of [sessNo, variant, flag])]
  const id = (birth, seq) => makeId(A, birth, seq);
  const P = [
    ['张伟明', '男', id('19900315', 231), '汤坑镇新楼村', '13823xx5512', [[1, 0], [3, 0], [5, 1]]],
    ['黄秀兰', '女', id('19860522', 142), '汤南镇新宁村', '13712xx8830', [[1, 1], [2, 0]]],
    ['罗志坚', '男', 'SP', '汤西镇坑尾村', '15918xx2076', [[2, 1], [4, 0], [6, 0], [7, 0]]],
    ['陈丽娟', '女', 'LX', '丰良镇大陂村', '13543xx1190', [[1, 2], [4, 1]]],
    ['刘国新', '男', id('19780909', 353), '埔寨镇黄花村', '13902xx6675', [[3, 1], [5, 0]]],
    ['钟美玲', '女', id('19950130', 168), '留隍镇东留村', '18826xx0934', []],
    ['邱振华', '男', id('19830617', 217), '留隍镇九河村', '13631xx7218', [[2, 2], [4, 2, 'leave'], [6, 1]]],
    ['李春梅', '女', id('19920411', 284), '八乡山镇大田村', '15015xx3361', [[5, 2], [6, 2], [7, 1]]],
    ['温锦荣', '男', 'MASK', '潭江镇仙洞村', '13760xx4483', [[1, 0], [2, 1], [3, 2]]],
    ['何晓燕', '女', id('19880726', 106), '北斗镇大产村', '13411xx9025', [[4, 0]]],
    ['朱文辉', '男', 'NONE', '汤坑镇东联村', '13829xx6631', [[3, 0], [6, 0]]],
    ['古海霞', '女', id('19970302', 240), '砂田镇砂田村', '15119xx7752', [[1, 1], [5, 1], [6, 1], [7, 2]]],
  ];
  const spId = id('19851104', 232);
  const lxId = (() => { for (let k = 100; k < 999; k++) { const x = makeId(A, '19910818', k); if (x.endsWith('X')) return x; } throw new Error('no X'); })();
  const maskW = '441423********2716';
  const rows = [];
  rows.push(['丰顺县电子商务公共服务中心学员培训档案（按人建档）', ...Array(9).fill(null)]);
  rows.push(['建档说明：每名学员一个档案块，首行为学员基本信息，其下逐行登记本人参加的每一期培训（一行一次）；“（请假）”“未参训”不算参训。', ...Array(9).fill(null)]);
  rows.push(['序号', '姓名', '性别', '公民身份号码', '所在镇村', '联系电话', '参训日期', '培训期次及内容', '培训地点', '备注']);
  const recs = [];
  P.forEach((p, i) => {
    const [name, sex, idSpec, tv, phone, ss] = p;
    let written, canon;
    if (idSpec === 'SP') { written = spId.slice(0, 6) + ' ' + spId.slice(6, 14) + ' ' + spId.slice(14); canon = spId; }
    else if (idSpec === 'LX') { written = lxId.slice(0, 17) + 'x'; canon = lxId; }
    else if (idSpec === 'MASK') { written = maskW; canon = maskW; }
    else if (idSpec === 'NONE') { written = '（未登记）'; canon = null; }
    else { written = idSpec; canon = idSpec; }
    rows.push([i + 1, name, sex, written, tv, phone, null, null, null, ss.length === 0 ? '报名后未参训' : null]);
    ss.forEach((x, k) => {
      const [no, v, flag] = x;
      const s = sess[no];
      const mark = k === ss.length - 1 ? '　└' : '　├';
      rows.push([null, mark, null, null, null, null, s.txt[v], s.topic, s.place, flag === 'leave' ? '（请假）' : null]);
      if (flag !== 'leave') recs.push({ date: s.iso, personTimes: 1, id: canon });
    });
    const n = ss.filter((x) => x[2] !== 'leave').length;
    rows.push([null, null, null, null, null, `本人累计参训：${n}次`, null, null, null, null]);
  });
  rows.push([]);
  rows.push(['合计：建档学员12人，累计参训' + recs.length + '人次（含9月第7期' + recs.filter((r) => r.date > '2021-08-31').length + '人次）。']);
  rows.push(['制表：丰顺县电商公共服务中心　　2021年9月12日']);

  // ---- stations by town × batch
  const hdr = ['序号', '镇', '第一批\n（2020年7月16日统一挂牌）', '第二批\n（2020.11.20挂牌）', '第三批\n（2021年4月挂牌）', '第四批\n（2021.9.10挂牌）', '站点数', '备注'];
  const batchDate = ['2020-07-16', '2020-11-20', '2021-04', '2021-09-10'];
  const T = [
    ['汤坑镇', ['新楼村、东联村、汤坑社区', '和平村，金星村', '东门村、新楼村（第二站）', '—'], '汤坑社区为社区服务点'],
    ['汤南镇', ['新宁村、东湖村', '新南村、金光村', '洋东村', '—'], null],
    ['汤西镇', ['汤西村', '坑尾村\n东兴村', '大鱼村（4月28日补挂牌）', '塘坑村'], null],
    ['丰良镇', ['丰良村、大陂村', '南礤村、龙上村', '—', '—'], null],
    ['埔寨镇', ['埔寨村', '新溪村、黄花村（暂缓，转第三批）', '黄花村、火烧桥村', '—'], '黄花村第二批未建成'],
    ['留隍镇', ['留隍村委会、东留村委会', '九河村委会、新东村委会', '潭头村委会', '径口村委会'], null],
    ['八乡山镇', ['—', '八乡村、大田村', '南告村（4月20日挂牌）', '—'], null],
    ['潭江镇', ['潭江村', '仙洞村', '大坪村、黄坑村', '—'], null],
    ['北斗镇', ['北斗村、大产村', '—', '西峰村', '—'], null],
  ];
  const stRows = [];
  stRows.push(['丰顺县村级电子商务服务站点建设情况（按镇、按批次）', ...Array(7).fill(null)]);
  stRows.push(['填报单位：丰顺县商务局　　说明：格内每个村（社区）名为一个站点，挂牌时间见表头批次；个别站点另注挂牌日期的以所注为准；“暂缓”的当批未建成。', ...Array(7).fill(null)]);
  stRows.push(hdr);
  const stRecs = [];
  let total = 0;
  T.forEach(([town, cells, note], i) => {
    let n = 0;
    cells.forEach((cell, b) => {
      if (cell === '—') return;
      const parts = []; let buf = '', depth = 0;
      for (const ch of cell) {
        if (ch === '（') depth++;
        if (ch === '）') depth--;
        if (depth === 0 && /[、，,\n]/.test(ch)) { parts.push(buf); buf = ''; } else buf += ch;
      }
      parts.push(buf);
      for (const raw of parts) {
        const t = raw.trim();
        if (!t) continue;
        if (t.includes('暂缓')) continue;
        const name = t.replace(/（.*?）/g, '');
        let opened = batchDate[b];
        const m = t.match(/（(\d+)月(\d+)日/);
        if (m) opened = iso(2021, Number(m[1]), Number(m[2]));
        stRecs.push({ village: name, opened });
        n++;
      }
    });
    total += n;
    stRows.push([i + 1, town, ...cells, n, note]);
  });
  stRows.push(['合计', null, null, null, null, null, total, null]);
  stRows.push(['注：1.第四批于2021年9月10日挂牌；2.新楼村第二站为邮政网点升级；3.本表2021年9月12日更新。', ...Array(7).fill(null)]);
  const note = [
    ['填表说明'],
    ['1.《学员培训档案》按人建档，一人一块，人员信息只填在首行；参训记录逐行登记，请假、未参训的不计人次。'],
    ['2.《站点建设情况》按镇、按批次填写村名，同一格多个村用“、”分隔。'],
    ['3.身份证号码请填写18位；未登记的填“（未登记）”。'],
    ['4.报送时间：每月5日前报县商务局电商股。'],
  ];
  const desc = '丰顺县（梅州）电商中心与商务局的两张表加一页说明：①《学员培训档案（按人建档）》——一名学员一个档案块：首行是人员信息（序号|姓名|性别|公民身份号码|所在镇村|联系电话），其下是本人参加的各期培训，一行一次（B列只有“├”“└”缩进符，参训日期、期次及内容、地点在G:I列），块尾一行“本人累计参训：n次”；同一期在不同人的块里写法不同（2020.10.15、2020年10月15日、真日期；两天班“2020.12.22-23”“2020年12月22日-23日”“2020.12.22—12.23”按结束日2020-12-23；21.3.18、2021/5/27、2021.07.08）。记录＝每个参训行（人次1），身份证取所在块首行；按表中顺序。陷阱：钟美玲“报名后未参训”没有参训行；邱振华第4期“（请假）”不是记录；累计参训行、合计行不是记录；罗志坚身份证分段带空格（去空格）、陈丽娟末位小写x（读作X）、温锦荣打码（照写）、朱文辉“（未登记）”（id为null）；第7期2021.9.9在截止日后照列。②《站点建设情况（按镇、按批次）》——一镇一行，四个批次各占一列，挂牌日期写在表头（第三批只到月“2021年4月”→ 2021-04，个别村名后注“（4月28日补挂牌）”“（4月20日挂牌）”的以所注为准），格内村名用“、”“，”或换行分隔；记录按行、自左至右、格内从前到后。陷阱：“黄花村（暂缓，转第三批）”不是第二批的站点（第三批才建）；“新楼村（第二站）”是新楼村的又一个站点（照列）；汤坑社区服务点照列；第四批2021.9.10在截止日后照列；“—”、站点数列、合计行不是记录；留隍镇村名写“××村委会”。③填表说明不是台账。';
  return {
    file: 'b44-l2-fengshun.json',
    obj: {
      description: desc,
      sheets: [
        { name: '学员培训档案', rows, merges: ['A1:J1', 'A2:J2'] },
        { name: '站点建设（按批次）', rows: stRows, merges: ['A1:H1', 'A2:H2', `A${stRows.length}:H${stRows.length}`] },
        { name: '填表说明', rows: note },
      ],
      expect: { sheets: { 学员培训档案: { kind: 'training', records: recs }, '站点建设（按批次）': { kind: 'stations', records: stRecs }, 填表说明: { kind: null } } },
    },
  };
}

function main() {
  const builders = [buildMeixian, buildRongcheng, buildXinhui, buildTaishan, buildWujiang, buildFengshun];
  for (const b of builders) {
    const c = b();
    const folder = /-c\d/.test(c.file) ? 'counties' : /-f\d/.test(c.file) ? 'facts' : 'ledgers';
    writeCase(folder, c.file, c.obj);
    console.log('wrote', folder + '/' + c.file, c.check ? JSON.stringify(c.check) : '');
  }
}

module.exports = { buildMeixian, buildRongcheng, buildXinhui, buildTaishan, buildWujiang, buildFengshun };
if (require.main === module) main();
