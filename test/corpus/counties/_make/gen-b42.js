'use strict';
// Batch 42 — layout corpus cases written blind (see ../README.md).
// Plain CommonJS, no dependencies, deterministic. Run: node gen-b42.js
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, "../..");

// ---------------------------------------------------------------- helpers
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const R = mulberry32(420042);
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (arr) => arr[Math.floor(R() * arr.length)];
function shuffle(arr) {
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(R() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
  return a;
}
function colName(n) { // 0-based
  let s = ''; n += 1;
  while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); }
  return s;
}
const D = (s) => ({ date: s });
function assert(cond, msg) { if (!cond) throw new Error('ASSERT: ' + msg); }
function pad(n, w) { return String(n).padStart(w, '0'); }

const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const C = '10X98765432';
function idCheck(s17) { let s = 0; for (let i = 0; i < 17; i++) s += Number(s17[i]) * W[i]; return C[s % 11]; }
const usedIds = new Set();
function makeId(area, wantX, y0 = 1958, y1 = 2001) {
  for (;;) {
    const y = ri(y0, y1), m = ri(1, 12), d = ri(1, 28);
    const s17 = area + y + pad(m, 2) + pad(d, 2) + pad(ri(10, 998), 3);
    const id = s17 + idCheck(s17);
    if (usedIds.has(id)) continue;
    if (wantX === true && !id.endsWith('X')) continue;
    if (wantX === false && id.endsWith('X')) continue;
    usedIds.add(id);
    return id;
  }
}
const SUR = ['陈', '黄', '李', '梁', '林', '刘', '冯', '谭', '吴', '杨', '何', '罗', '邓', '莫', '关', '严', '许', '钟', '曾', '卢', '蔡', '温', '叶', '朱', '潘'];
const GIV = ['志', '伟', '华', '明', '强', '军', '国', '秀', '英', '美', '丽', '芳', '玲', '娟', '兰', '金', '桂', '海', '建', '文', '荣', '德', '福', '亚', '水', '娣', '好', '光', '振', '伟', '燕', '春', '梅', '永', '家', '少', '勇', '彩', '凤', '石'];
function personName() { return pick(SUR) + pick(GIV) + (R() < 0.8 ? pick(GIV) : ''); }
function phone() { return pick(['137', '138', '139', '135', '136', '150', '159', '188', '189', '133']) + pad(ri(0, 99999999), 8); }

function writeCase(folder, file, obj) {
  const dir = path.join(ROOT, folder);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, file), JSON.stringify(obj, null, 1) + '\n', 'utf8');
  return path.join(folder, file);
}
// pad a row to width n
function row(n, ...cells) { const r = cells.slice(0, n); while (r.length < n) r.push(null); return r; }

const written = [];

// =====================================================================
// C1 阳春市 — whole county workbook; facts sheet is an 对标找差 (gap analysis)
// =====================================================================
function countyYangchun() {
  const AS_OF = '2021-08-31';
  const towns = [
    ['春城街道', '春城', 10, 8], ['河口镇', '河口', 28, 2], ['潭水镇', '潭水', 34, 2], ['松柏镇', '松柏', 17, 1],
    ['石望镇', '石望', 19, 1], ['春湾镇', '春湾', 26, 2], ['合水镇', '合水', 20, 1], ['陂面镇', '陂面', 21, 1],
    ['圭岗镇', '圭岗', 16, 1], ['永宁镇', '永宁', 17, 1], ['马水镇', '马水', 28, 1], ['岗美镇', '岗美', 26, 1],
    ['河塱镇', '河塱', 15, 1], ['八甲镇', '八甲', 20, 1], ['双滘镇', '双滘', 15, 1], ['三甲镇', '三甲', 18, 0],
  ];
  const FIRST = ['那', '石', '塘', '岗', '大', '小', '新', '东', '西', '南', '北', '上', '下', '龙', '凤', '黄', '竹', '松', '联', '和', '安', '富', '兴', '罗', '潭', '平', '高', '长', '白', '黎', '合', '永', '双', '沙', '莲', '荔', '桂', '樟', '榕', '茶', '梅', '铁', '金', '古', '云', '横', '双', '鹿', '蟠', '锦', '水', '山', '田', '湾', '坑'];
  const SECOND = ['垌', '岗', '塘', '坑', '岭', '坪', '田', '口', '头', '寨', '围', '铺', '冲', '湾', '洞', '山', '河', '圩', '湴', '簕', '尾', '背', '边', '心', '岸', '陂', '江', '溪', '朗', '湖', '林', '坡', '寮', '墩', '桥', '营', '潭', '垌', '塱', '滘'];
  const forced = { '潭水镇': ['大垌'], '圭岗镇': ['石垌'] };
  const used = new Set(['大垌', '石垌']);
  const villages = []; // {town, short, name (base), admin, poor, express}
  for (const [town, short, nV, nJ] of towns) {
    const list = (forced[town] || []).slice();
    while (list.length < nV) {
      const a = pick(FIRST), b = pick(SECOND);
      if (a === b) continue;
      const nm = a + b;
      if (used.has(nm) || nm === short) continue;
      used.add(nm); list.push(nm);
    }
    const ordered = shuffle(list);
    for (const v of ordered) villages.push({ town, short, base: v, name: v + '村', admin: true, poor: false, express: true });
    const juList = town === '春城街道'
      ? ['东门社区', '西门社区', '南新社区', '北郊社区', '城南社区', '城北社区', '新阳社区', '春江社区']
      : [short + '社区', short + '圩社区'].slice(0, nJ);
    for (const j of juList) villages.push({ town, short, base: j, name: j, admin: false, poor: null, express: null });
  }
  const admins = villages.filter((v) => v.admin);
  assert(admins.length === 330, 'admin villages 330');
  assert(villages.length - admins.length === 25, 'ju 25');
  // poor villages: 36, weighted to mountain towns; 石垌 must be one
  const mountain = ['潭水镇', '河口镇', '永宁镇', '圭岗镇', '三甲镇', '八甲镇', '双滘镇', '马水镇', '春湾镇', '松柏镇', '石望镇', '合水镇', '陂面镇', '岗美镇', '河塱镇'];
  const poorPick = new Set(['石垌']);
  const poorQuota = { '潭水镇': 4, '河口镇': 3, '永宁镇': 3, '圭岗镇': 3, '三甲镇': 3, '八甲镇': 3, '双滘镇': 2, '马水镇': 3, '春湾镇': 2, '松柏镇': 2, '石望镇': 2, '合水镇': 2, '陂面镇': 2, '岗美镇': 1, '河塱镇': 1 };
  for (const t of mountain) {
    let have = admins.filter((v) => v.town === t && poorPick.has(v.base)).length;
    const cands = shuffle(admins.filter((v) => v.town === t && !poorPick.has(v.base) && v.base !== '大垌'));
    while (have < poorQuota[t]) { poorPick.add(cands.pop().base); have++; }
  }
  for (const v of admins) v.poor = poorPick.has(v.base);
  const poorVillages = admins.filter((v) => v.poor);
  assert(poorVillages.length === 36, 'poor 36, got ' + poorVillages.length);
  const daDong = admins.find((v) => v.base === '大垌');
  daDong.express = false;
  const shiDong = admins.find((v) => v.base === '石垌');

  // ---------------- stations
  // covered by cut-off: 35 poor (all but 石垌) + 116 non-poor = 151
  const nonPoor = shuffle(admins.filter((v) => !v.poor && v.base !== '大垌'));
  const coveredNonPoor = nonPoor.slice(0, 116);
  const lateNonPoor = nonPoor[116];
  const coveredSet = new Set([...poorVillages.filter((v) => v !== shiDong), ...coveredNonPoor]);
  assert(coveredSet.size === 151, 'covered 151');
  const seconds = shuffle([...coveredSet]).slice(0, 3);
  const stationRows = []; // {v, villageText, name, opened(display), iso, remark}
  function dateDisplay(iso, k) {
    const [y, m, d] = iso.split('-').map(Number);
    switch (k % 6) {
      case 0: return D(iso);
      case 1: return `${y}.${m}.${d}`;
      case 2: return `${y}年${m}月${d}日`;
      case 3: return `${y}/${m}/${d}`;
      case 4: return D(iso);
      default: return `${y}.${m}.${d}`;
    }
  }
  function randDate(fromIso, toIso) {
    const a = Date.parse(fromIso + 'T00:00:00Z'), b = Date.parse(toIso + 'T00:00:00Z');
    const t = a + Math.floor(R() * ((b - a) / 86400000 + 1)) * 86400000;
    return new Date(t).toISOString().slice(0, 10);
  }
  let k = 0;
  for (const v of coveredSet) {
    const iso = randDate('2020-05-10', '2021-08-20');
    stationRows.push({ v, villageText: R() < 0.7 ? v.base + '村' : v.base + '村委会', iso, disp: null, remark: null });
  }
  for (const v of seconds) {
    const iso = randDate('2020-11-01', '2021-07-30');
    stationRows.push({ v, villageText: v.base + '村', iso, remark: '同村第二个站点（圩镇店）', second: true });
  }
  const cj = villages.find((v) => v.base === '东门社区');
  const hk = villages.find((v) => v.base === '河口社区');
  stationRows.push({ v: cj, villageText: '东门社区', iso: '2020-08-12', remark: '社区服务点' });
  stationRows.push({ v: hk, villageText: '河口社区', iso: '2020-11-20', remark: '社区服务点' });
  stationRows.push({ v: { town: '河口镇', short: '河口', base: '河口林场' }, villageText: '河口林场', iso: '2021-01-15', remark: '林场服务点' });
  stationRows.push({ v: shiDong, villageText: '石垌村', iso: '2021-09-08', remark: '9月挂牌', fixedDisp: '2021.9.8' });
  stationRows.push({ v: lateNonPoor, villageText: lateNonPoor.base + '村委会', iso: '2021-09-15', remark: '9月挂牌', fixedDisp: '2021年9月15日' });
  assert(stationRows.length === 159, 'station rows 159');
  const townOrder = towns.map((t) => t[0]);
  const stationsSorted = [];
  for (const t of townOrder) {
    const inTown = stationRows.filter((s) => s.v.town === t);
    inTown.sort((a, b) => (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0));
    stationsSorted.push(...inTown);
  }
  // checks
  const coveredAtCut = new Set();
  for (const s of stationsSorted) if (s.iso <= AS_OF && s.v.admin) coveredAtCut.add(s.v.base);
  assert(coveredAtCut.size === 151, 'coverage 151');
  const poorCovered = poorVillages.filter((v) => coveredAtCut.has(v.base)).length;
  assert(poorCovered === 35, 'poor covered 35');
  const stationsByCut = stationsSorted.filter((s) => s.iso <= AS_OF).length;
  assert(stationsByCut === 157, 'stations by cut 157');

  // ---------------- training sessions (普及培训, 人次) — total by cut-off 4862
  const sessDates = ['2019-12-19', '2020-01-09', '2020-04-23', '2020-05-14', '2020-05-28', '2020-06-18', '2020-07-09', '2020-07-23',
    '2020-08-13', '2020-08-27', '2020-09-17', '2020-10-15', '2020-10-29', '2020-11-12', '2020-11-26', '2020-12-10',
    '2020-12-24', '2021-01-14', '2021-01-28', '2021-03-11', '2021-03-30', '2021-04-15', '2021-04-29', '2021-05-13',
    '2021-05-27', '2021-06-10', '2021-06-24', '2021-07-15', '2021-07-29', '2021-08-12', '2021-08-26'];
  assert(sessDates.length === 31, '31 sessions');
  const sessPT = sessDates.map(() => ri(120, 190));
  const sumFirst30 = sessPT.slice(0, 30).reduce((a, b) => a + b, 0);
  sessPT[30] = 4862 - sumFirst30;
  assert(sessPT[30] > 60 && sessPT[30] < 400, 'last session plausible ' + sessPT[30]);
  const topics = ['农村电商基础知识', '网店开设与运营', '农产品网络营销', '短视频与直播带货', '春砂仁网销专题', '马水桔网销专题', '电商物流与包装', '微信小程序开店', '农产品品牌打造', '返乡青年电商创业班', '妇女电商技能班', '电商客服实务'];
  const places = ['市电商公共服务中心培训室', '春湾镇政府会议室', '合水镇文化站', '马水镇电商服务站', '潭水镇政府三楼', '八甲镇政府会议室', '河口镇综合文化站', '永宁镇政府会议室', '市职业技术学校'];
  const sessionRows = [];
  for (let i = 0; i < 31; i++) {
    const iso = sessDates[i];
    const [y, m, d] = iso.split('-').map(Number);
    let disp;
    if (i === 16) disp = '2020年12月23日-24日'; // two-day class, read at its end
    else if (i === 24) disp = '2021.5.26-27';
    else {
      switch (i % 5) {
        case 0: disp = D(iso); break;
        case 1: disp = `${y}.${m}.${d}`; break;
        case 2: disp = `${y}年${m}月${d}日`; break;
        case 3: disp = D(iso); break;
        default: disp = `${y}/${m}/${d}`;
      }
    }
    const pt = sessPT[i];
    sessionRows.push([`第${i + 1}期`, disp, places[i % places.length], topics[i % topics.length], i % 3 === 0 ? '市商务局' : '市电子商务公共服务中心', i % 4 === 1 ? `${pt}人次` : pt, ri(5, 25), null]);
  }
  const sepSession = ['第32期', '2021.9.9', '市电商公共服务中心培训室', '电商进农村示范成果展示及直播实训', '市电子商务公共服务中心', 320, 18, '9月份'];
  const totalSessions = 4862 + 320;

  // ---------------- poor persons roster and special sign-ins
  const roster = []; // {town, village, head, name, rel, id, labourText, migrantText, cat}
  const cats = [];
  for (let i = 0; i < 84; i++) cats.push('E');
  for (let i = 0; i < 36; i++) cats.push('M');
  for (let i = 0; i < 20; i++) cats.push('N');
  const catsShuffled = shuffle(cats);
  // households of 2-4 persons
  let ci = 0; let hh = 0;
  const poorVs = shuffle(poorVillages).slice(0, 12);
  while (ci < catsShuffled.length) {
    const size = Math.min(ri(2, 4), catsShuffled.length - ci);
    const v = poorVs[hh % poorVs.length];
    const sur = pick(SUR);
    const headName = sur + pick(GIV) + pick(GIV);
    hh++;
    for (let j = 0; j < size; j++) {
      const cat = catsShuffled[ci++];
      const nm = j === 0 ? headName : (j === 1 && R() < 0.6 ? pick(SUR) + pick(GIV) + pick(GIV) : sur + pick(GIV) + pick(GIV));
      const rel = j === 0 ? '户主' : (cat === 'N' && R() < 0.5 ? pick(['之孙', '之孙女']) : pick(['配偶', '之子', '之女', '之子', '儿媳']));
      let labourText, migrantText;
      if (cat === 'E') { labourText = R() < 0.75 ? '普通劳动力' : '技能劳动力'; migrantText = pick(['未外出务工', '在家务农', '乡（镇）内务工']); }
      else if (cat === 'M') { labourText = R() < 0.7 ? '普通劳动力' : '技能劳动力'; migrantText = pick(['省外务工', '县外省内务工', '县外省内务工']); }
      else { labourText = pick(['丧失劳动力', '无劳动力']); migrantText = null; }
      roster.push({ town: v.town, village: v.base + '村委会', hhNo: 'YC' + pad(hh, 4), head: headName, name: nm, rel, id: null, labourText, migrantText, cat });
    }
  }
  assert(roster.length === 140, 'roster 140');
  const eligible = roster.filter((p) => p.cat === 'E');
  const migrants = roster.filter((p) => p.cat === 'M');
  const nonlab = roster.filter((p) => p.cat === 'N');
  // ids: two trained eligible persons get X ids (signed with lower-case x)
  const eligOrder = shuffle(eligible);
  const trained = eligOrder.slice(0, 50);
  const septOnly = eligOrder.slice(50, 59);
  trained[7].wantX = true; trained[23].wantX = true;
  const yr = { '户主': [1956, 1975], '配偶': [1956, 1978], '之子': [1978, 2000], '之女': [1978, 2000], '儿媳': [1980, 2000], '之孙': [2004, 2012], '之孙女': [2004, 2012] };
  for (const p of roster) {
    const [a, b] = yr[p.rel];
    p.id = makeId('441781', p.wantX === true ? true : false, a, b);
    if ((p.rel === '之孙' || p.rel === '之孙女') && p.cat === 'N') p.labourText = '无劳动力（在校生）';
  }
  // outsiders (not on roster)
  const outsiders = [];
  for (let i = 0; i < 12; i++) outsiders.push({ name: personName(), id: makeId('441781', false), village: pick(poorVs).base + '村' });
  // sign-ins: sessions 1-5 (by cut-off), 6 (Sept)
  const sizes = [40, 38, 36, 36, 36];
  const sess = [[], [], [], [], []];
  trained.forEach((p, i) => { for (const s of [i % 5, (i + 1) % 5, (i + 2) % 5]) sess[s].push(p); });
  for (let s = 0; s < 5; s++) assert(sess[s].length === 30, 'sess eligible 30');
  const M6 = migrants.slice(0, 6), N3 = nonlab.filter((p) => !p.rel.startsWith('之孙')).slice(0, 3), X9 = outsiders.slice(0, 9);
  // 18 persons attend twice: first attendance fills slots 0-17, second slots 18-35 (always a different session)
  const otherPersons = [...M6, ...N3, ...X9];
  assert(otherPersons.length === 18, 'others 18');
  const slotSess = [];
  [10, 8, 6, 6, 6].forEach((n, s) => { for (let i = 0; i < n; i++) slotSess.push(s); });
  otherPersons.forEach((p, i) => { sess[slotSess[i]].push(p); sess[slotSess[i + 18]].push(p); assert(slotSess[i] !== slotSess[i + 18], 'distinct'); });
  for (let s = 0; s < 5; s++) assert(sess[s].length === sizes[s], 'size ' + s);
  const sept = [...septOnly, ...trained.slice(0, 15), ...outsiders.slice(9, 12), ...outsiders.slice(0, 3)];
  assert(sept.length === 30, 'sept 30');
  const signDates = ['2020.10.22', D('2020-12-17'), '2021年3月25日', '2021/5/20', '2021.7.8', '2021.9.9'];
  const signRows = []; const signMerges = [];
  const allSess = [...sess.map((s) => shuffle(s)), shuffle(sept)];
  let rno = 4; // excel row of first data row (title, note, header)
  let serial = 0;
  const spacedDone = { v: false };
  allSess.forEach((list, si) => {
    const start = rno;
    list.forEach((p, j) => {
      serial++;
      let idText = p.id;
      if (p.wantX && idText.endsWith('X')) idText = idText.slice(0, 17) + 'x';
      else if (!spacedDone.v && trained.includes(p) && si === 2) { idText = p.id.slice(0, 6) + ' ' + p.id.slice(6, 14) + ' ' + p.id.slice(14); spacedDone.v = true; }
      const vill = p.village ? (p.village.replace('委会', '')) : '';
      signRows.push([j === 0 ? `第${si + 1}场` : null, j === 0 ? signDates[si] : null, j + 1, p.name, idText, vill, null]);
      rno++;
    });
    signMerges.push(`A${start}:A${rno - 1}`, `B${start}:B${rno - 1}`);
  });
  // computed poverty rate
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedIdsByCut = new Set();
  sess.forEach((list) => list.forEach((p) => { if (eligIds.has(p.id)) trainedIdsByCut.add(p.id); }));
  assert(trainedIdsByCut.size === 50, 'trained 50');
  const signByCut = sizes.reduce((a, b) => a + b, 0);
  assert(signByCut === 186, 'sign-ins 186');

  // ---------------- enterprises (24 rows; 2 exits before cut-off; 1 entry after; 1 exit after)
  const entNames = [
    ['阳春市春电网络科技有限公司', '电商运营服务商'], ['阳春市春砂仁电子商务有限公司', '销售型电商企业'], ['广东漠阳优品供应链有限公司', '平台型电商企业'],
    ['阳春市马水桔农产品贸易有限公司', '销售型电商企业'], ['阳春市顺达快递服务有限公司', '物流快递企业'], ['阳春市邮政快递物流分拨中心', '物流快递企业'],
    ['阳春市春城优选电子商务商行', '销售型电商企业'], ['阳春市乡味网络科技有限公司', '直播电商'], ['阳春市漠阳江文化传媒有限公司', '直播电商'],
    ['阳春市圭岗山货电子商务有限公司', '销售型电商企业'], ['阳春市合水红薯专业合作社', '销售型电商企业'], ['阳春市春享购电子商务有限公司', '平台型电商企业'],
    ['阳江市优农电商运营有限公司阳春分公司', '电商运营服务商'], ['阳春市鑫农冷链物流有限公司', '物流快递企业'], ['阳春市八甲茶业电子商务有限公司', '销售型电商企业'],
    ['阳春市春湾石头村农业发展有限公司', '销售型电商企业'], ['阳春市云上春城网络科技有限公司', '平台型电商企业'], ['阳春市岗美荔枝电子商务商行', '销售型电商企业'],
    ['阳春市直播谷文化传播有限公司', '直播电商'], ['阳春市丰采农产品电子商务有限公司', '销售型电商企业'], ['阳春市河塱鱼干网销商行', '销售型电商企业'],
    ['阳春市新起点电商孵化服务有限公司', '电商运营服务商'], ['阳春市蜂语蜂蜜电子商务有限公司', '销售型电商企业'], ['阳春市潭水三华李电子商务有限公司', '销售型电商企业'],
  ];
  const entRows = [];
  const credit = () => '91441781MA5' + ['1', '2', '3', '4', '5', '6'][ri(0, 5)] + pick(['H', 'J', 'K', 'L', 'N', 'P', 'Q', 'R', 'T', 'U', 'W', 'X', 'Y']) + pad(ri(0, 9999), 4) + pick(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'B', 'C', 'D', 'E']);
  let present = 0; const typesAtCut = new Set();
  entNames.forEach(([nm, ty], i) => {
    let inIso = randDate('2020-09-20', '2021-06-30');
    if (i === 9) inIso = '2020-10-12';
    if (i === 15) inIso = '2020-11-05';
    let inDisp; let outDisp = null; let remark = null; let outIso = null;
    if (i === 23) { inIso = '2021-09-06'; remark = '9月新签约'; }
    if (i === 9) { outIso = '2021-03-31'; outDisp = '2021.3.31'; remark = '已退出'; }
    if (i === 15) { outIso = '2021-06-30'; outDisp = '2021年6月30日'; remark = '已退出（迁往阳江）'; }
    if (i === 20) { outIso = '2021-09-20'; outDisp = '2021.9.20'; remark = '9月退出'; }
    const [y, m, d] = inIso.split('-').map(Number);
    inDisp = i % 3 === 0 ? D(inIso) : (i % 3 === 1 ? `${y}.${m}.${d}` : `${y}年${m}月${d}日`);
    if (i === 23) inDisp = '2021.9.6';
    entRows.push([i + 1, nm, credit(), ty, inDisp, outDisp, remark]);
    const inOk = inIso <= AS_OF; const stillIn = !outIso || outIso > AS_OF;
    if (inOk && stillIn) { present++; typesAtCut.add(ty); }
  });
  assert(present === 21, 'enterprises present 21, got ' + present);

  // ---------------- funds (元)
  const funds = [
    ['2020-06-12', '县级公共服务中心建设', '广东春电网络科技有限公司', '中心建设首期款', 600000],
    ['2020-07-22', '镇村服务站点建设', '阳春市春电网络科技有限公司', '第一批站点建设补助', 480000],
    ['2020-08-19', '农村物流体系建设', '阳春市邮政分公司', '物流配送体系首期款', 350000],
    ['2020-09-25', '电商人才培训', '阳春市电子商务公共服务中心', '第一批培训费', 96500],
    ['2020-10-28', '镇村服务站点建设', '阳春市春电网络科技有限公司', '第二批站点建设补助', 420000],
    ['2020-11-20', '农产品品牌培育', '广东漠阳优品供应链有限公司', '区域公用品牌推广费', 180000],
    ['2020-12-18', '县级公共服务中心运营', '广东春电网络科技有限公司', '2020年度运营费', 260000],
    ['2020-12-29', '冷链及溯源体系', '阳春市鑫农冷链物流有限公司', '冷链溯源首期款', 150000],
    ['2021-01-26', '镇村服务站点建设', '阳春市春电网络科技有限公司', '第三批站点建设补助', 360000],
    ['2021-03-15', '电商人才培训', '阳春市电子商务公共服务中心', '第二批培训费', 88400],
    ['2021-04-20', '农村物流体系建设', '阳春市邮政分公司', '物流配送体系二期款', 300000],
    ['2021-05-28', '农产品上行', '广州某咨询有限公司', '农产品网销调研报告', 65000],
    ['2021-06-25', '县级公共服务中心建设', '广东春电网络科技有限公司', '中心建设二期款', 300000],
    ['2021-07-16', '镇村服务站点运营', '阳春市春电网络科技有限公司', '站点运营补贴', 136500],
    ['2021-08-20', '冷链及溯源体系', '阳春市鑫农冷链物流有限公司', '冷链溯源二期款', 200000],
    ['2021-09-07', '电商人才培训', '阳春市电子商务公共服务中心', '培训尾款', 137200],
  ];
  const paidByCut = funds.filter((f) => f[0] <= AS_OF).reduce((a, f) => a + f[4], 0);
  assert(paidByCut === 3986400, 'paid by cut ' + paidByCut);
  const fundRows = []; let fno = 0; let y2020 = 0; let y2021 = 0;
  funds.forEach((f, i) => {
    const [y, m, d] = f[0].split('-').map(Number);
    const disp = i % 4 === 0 ? D(f[0]) : i % 4 === 1 ? `${y}.${m}.${d}` : i % 4 === 2 ? `${y}年${m}月${d}日` : `${y}/${m}/${d}`;
    const amt = i % 3 === 1 ? f[4].toLocaleString('en-US', { minimumFractionDigits: 2 }) : f[4];
    if (y === 2020) y2020 += f[4]; else y2021 += f[4];
    fno++;
    fundRows.push([fno, disp, f[1], f[2], f[3], amt, `记-${y}${pad(m, 2)}-${pad(ri(10, 199), 3)}`, f[0] > AS_OF ? '9月拨付' : null]);
    if (i === 7) fundRows.push([null, '2020年小计', null, null, null, y2020, null, null]);
  });
  fundRows.push([null, '2021年小计', null, null, null, y2021, null, null]);
  fundRows.push([null, '合计', null, null, null, y2020 + y2021, null, '下达500万元']);

  // ---------------- reports / disclosures / media / materials
  const reportDates = ['2020-06-05', '2020-07-06', '2020-08-05', '2020-09-07', '2020-10-09', '2020-11-05', '2020-12-04',
    '2021-01-06', '2021-02-03', '2021-03-04', '2021-04-07', '2021-05-08', '2021-06-04', '2021-07-05', '2021-08-04', '2021-09-06'];
  const reportRows = reportDates.map((iso, i) => {
    const [y, m, d] = iso.split('-').map(Number);
    const pm = m === 1 ? 12 : m - 1; const py = m === 1 ? y - 1 : y;
    const disp = i % 3 === 0 ? `${y}年${m}月${d}日` : i % 3 === 1 ? D(iso) : `${y}.${m}.${d}`;
    return [i + 1, disp, `${py}年${pm}月电子商务进农村工作进展及统计数据`, '阳江市商务局', i % 2 ? '粤政易' : '电子邮件', i < 3 ? '否' : '是'];
  });
  const discl = [
    ['2020-06-18', '阳春市电子商务进农村综合示范县创建工作方案'], ['2020-07-15', '阳春市电子商务进农村综合示范项目基本信息公示'],
    ['2020-08-14', '7月份项目建设进度'], ['2020-09-16', '8月份项目建设进度'], ['2020-10-20', '9月份项目建设进度'],
    ['2020-11-13', '10月份项目建设进度'], ['2020-12-28', '11月份项目建设进度'], ['2021-02-05', '12月份及1月份项目建设进度'],
    ['2021-03-12', '2月份项目建设进度'], ['2021-04-09', '3月份项目建设进度'], ['2021-05-14', '4月份项目建设进度'],
    ['2021-06-11', '5月份项目建设进度'], ['2021-07-16', '6月份项目建设进度'], ['2021-08-13', '7月份项目建设进度'],
    ['2021-09-10', '8月份项目建设进度'],
  ];
  const disclRows = discl.map(([iso, t], i) => [i + 1, i % 2 ? D(iso) : iso.replace(/-/g, '/').replace(/\/0/g, '/'), '电子商务进农村', t, `http://www.yangchun.gov.cn/zwgk/dsjnc/content/post_${2301 + i * 17}.html`]);
  const monthsWithDiscl = new Set(discl.map((d) => d[0].slice(0, 7)).filter((m) => m >= '2020-09' && m <= '2021-08'));
  assert(monthsWithDiscl.size === 11 && !monthsWithDiscl.has('2021-01'), 'disclosure months');
  const mediaRows = [
    [1, '2020.10.16', '阳春市融媒体中心', '县级', '网络', '阳春市电商公共服务中心运营满月 服务企业百余家', '否'],
    [2, D('2020-12-08'), '阳江日报', '市级', '报纸', '阳春春砂仁“触网”走俏', '否'],
    [3, '2021年3月18日', '南方日报', '省级', '报纸', '阳春：电商进村 山货出山', '否'],
    [4, '2021.5.20', '广东广播电视台《广东新闻联播》', '省级', '电视', '阳春贫困户直播卖马水桔 脱贫路上“触网”增收', '是'],
    [5, '2021.7.2', '阳江广播电视台', '市级', '电视', '阳春电商扶贫带头人：带着乡亲卖山货', '是'],
    [6, '2021.9.10', '中央广播电视总台农业农村频道（CCTV-17）《田间示范秀》', '国家级', '电视', '广东阳春：小站点连起大市场', '是'],
  ];
  const materialRows = [
    [1, '2020年12月15日', '阳春市电子商务进农村综合示范工作经验材料', '阳江市商务局'],
    [2, D('2021-06-18'), '阳春市“电商+春砂仁”助农增收典型案例', '阳江市商务局'],
    [3, '2021.9.3', '阳春市电商进农村综合示范创建工作总结', '阳江市商务局'],
  ];

  // ---------------- facts sheet: 对标找差分析表
  const H = 8;
  const f = [];
  const fm = ['A1:H1', 'A2:H2'];
  f.push(row(H, '阳春市电子商务进农村综合示范创建考评对标找差分析表'));
  f.push(row(H, '县（市、区）：阳春市　　　　数据截至：2021年8月31日　　　　填表日期：2021年9月3日'));
  f.push(['序号', '考评指标（满分）', '省考评要求（摘要）', '我市现状（截至2021年8月31日）', '差距和问题', '迎检前能否补齐', '预计得分', '责任单位']);
  const sec = (t) => { f.push(row(H, t)); fm.push(`A${f.length}:H${f.length}`); };
  const blockStart = () => f.length + 1;
  const mergeB = (start) => { if (f.length > start) { fm.push(`A${start}:A${f.length}`); } };
  sec('一、加强组织领导与统筹协调（10分）');
  f.push(['1', '组织领导（2分）', '由政府主要领导牵头，商务、财政、农业、扶贫等部门参与', '成立以市委副书记、市长为组长的领导小组（春府办〔2019〕61号），成员单位：市商务局、市财政局、市农业农村局、市乡村振兴局（原扶贫办）、市交通运输局、市市场监管局、阳春邮政分公司', '无', '—', 2, '市商务局']);
  f.push(['2', '方案制定（2分）', '正式印发示范县工作方案', '已印发《阳春市电子商务进农村综合示范县创建工作方案》（春府办〔2019〕72号）', '无', '—', 2, '市商务局']);
  f.push(['3', '政策支持（2分）', '在资金、土地、人才等方面出台政策并落实', '已出台《阳春市促进农村电子商务发展扶持办法》（春府〔2020〕15号），已兑现扶持资金38万元', '兑现批次偏少', '—', 2, '市商务局、市财政局']);
  let st = blockStart();
  f.push(['4', '项目管理（4分）', '建立项目管理制度（1-2分）；建立完整工作台账（1-2分）', '制定《项目管理办法》《项目验收办法》，各类工作台账已建立', '2020年部分台账为事后补录', '否', 3, '市商务局']);
  f.push([null, '其中：管理制度', '建设、验收环节严格执行制度', '站点、中心建设均按验收办法组织验收', '无', '—', 2, null]);
  f.push([null, '其中：工作台账', '详细记录项目建设情况', '站点、培训、资金等台账齐全，2020年部分月份补录', '记录不够及时', '否', 1, null]);
  mergeB(st);
  sec('二、深入推动电子商务进农村工作（55分）');
  st = blockStart();
  f.push(['5', '服务体系建设—县级中心及产业园（15分）', '县级中心建成运营、提供各项免费服务；建设电商产业园', '（见以下分项）', '美工设计未做到免费', '否', 14, '市商务局、运营商']);
  f.push([null, '中心建成', '建成县级电子商务公共服务中心（2分）', '市电子商务公共服务中心于2020年9月28日正式投入运营', '无', '—', 2, null]);
  f.push([null, '运行满6个月', '建成后正常运行6个月以上（2分）', '截至8月31日已运行11个月', '无', '—', 2, null]);
  f.push([null, '免费培训', '有免费培训场所、培训设备，能组织电商基础培训（2分）', '有，培训室120座，配电脑60台，免费使用', '无', '—', 2, null]);
  f.push([null, '免费展示销售', '为特色农产品提供免费展示、销售服务（1分）', '有，农特产品展厅300㎡，免费展示、代销', '无', '—', 1, null]);
  f.push([null, '免费摄影美工', '为电子商务市场主体提供免费摄影、美工服务（1分）', '摄影棚免费使用；美工设计按成本价收费', '美工设计未免费', '否', 0, null]);
  f.push([null, '品牌推广', '组织农产品统一推广、指导品牌建设（1分）', '有，统一推广“春砂仁”“马水桔”等区域公用品牌', '无', '—', 1, null]);
  f.push([null, '其他增值服务', '提供其他衍生增值服务（1分）', '有，代运营、直播场地、金融对接', '无', '—', 1, null]);
  f.push([null, '电商产业园', '建设或整合、优化当地电商产业园（2分）', '已整合建成阳春市电子商务产业园（春城街道）', '无', '—', 2, null]);
  f.push([null, '入驻企业20家以上', '入驻企业达20家及以上（2分）', '园区入驻企业24家（截至9月3日登记数）', '已退出2家，9月新签1家', '—', 2, null]);
  f.push([null, '企业类型三种以上', '含平台型、销售型、运营商或物流企业等三种以上（1分）', '平台型、销售型、运营服务商、物流快递、直播电商5类', '无', '—', 1, null]);
  mergeB(st);
  st = blockStart();
  f.push(['6', '服务体系建设—村级站点（10分）', '行政村覆盖率70%以上（5分）；省定贫困村全覆盖（5分）', '（见以下分项）', '石垌村站点挂牌较晚', '是', 10, '市商务局、各镇']);
  f.push([null, '行政村覆盖', '行政村200个以上的以200个为基数', '全市行政村330个（另有社区居委会25个），以200个计；已建村级站点157个，覆盖行政村151个，覆盖率75.5%', '无', '—', 5, null]);
  f.push([null, '省定贫困村覆盖', '省定贫困村覆盖率100%', '省定贫困村36个，已全部建站', '石垌村站点9月8日才挂牌', '是（已挂牌）', 5, null]);
  mergeB(st);
  st = blockStart();
  f.push(['7', '农村产品上行（10分）', '网销调研、促销活动、第三方运营、快递覆盖、交易标准与冷链溯源、网零增速', '（见以下分项）', '冷链仓未建成；大垌村快递9月才通', '部分', 9, '市商务局、市邮政管理局']);
  f.push([null, '网销调研', '（1-2分）', '形成《阳春市农产品网络销售调研报告》，已报阳江市商务局', '无', '—', 2, null]);
  f.push([null, '网络促销活动', '（1-2分）', '举办“春砂仁网购节”“马水桔直播月”等线上促销8场', '无', '—', 2, null]);
  f.push([null, '第三方运营服务商', '（1分）', '有，广东春电网络科技有限公司负责中心运营', '无', '—', 1, null]);
  f.push([null, '快递物流覆盖', '行政村物流快递覆盖率100%（1分）', '330个行政村中329个已通快递', '大垌村9月2日才开通', '是', 1, null]);
  f.push([null, '交易标准与冷链溯源', '（1-2分）', '制定春砂仁电商交易标准；冷链仓在建，溯源平台试运行', '冷链仓未建成', '否', 1, null]);
  f.push([null, '网零增速', '2020年农村或农产品网络零售额同比增速≥30%（2分）', '农村网络零售额：2019年18.62亿元，2020年22.35亿元，同比增长20.0%；农产品网络零售额：2019年5.84亿元，2020年7.71亿元，同比增长32.0%', '无', '—', 2, null]);
  mergeB(st);
  st = blockStart();
  f.push(['8', '电商人才培训（20分）', '培训人次达常住人口1%（10分）；贫困人口培训率50%以上（10分）', '（见以下分项）', '无', '—', 20, '市商务局、市乡村振兴局']);
  f.push([null, '培训人次', '常住人口超过50万的以50万为基数', '常住人口85.63万人（七普；户籍人口118.6万人），以50万计；累计培训5,398人次（普及培训5,182人次、贫困户专场216人次，含9月份）', '无', '—', 10, null]);
  f.push([null, '贫困人口培训率', '有劳动能力的贫困人口培训率（外出务工者除外）', '有劳动能力且未外出务工的建档立卡贫困人口84人，已参训59人，培训率70.2%', '无', '—', 10, null]);
  mergeB(st);
  sec('三、加强信息公开及报送（10分）');
  st = blockStart();
  f.push(['9', '信息公开（4分）', '专栏内容全面（2分）；按月更新（2分）', '（见以下分项）', '1月份更新延后', '—', 4, '市商务局']);
  f.push([null, '专栏内容', '公示方案、项目信息、建设进度，设征求意见或监督举报窗口', '市政府网“电子商务进农村”专栏已公示创建方案、项目基本信息、项目建设进度，设监督举报电话和邮箱', '无', '—', 2, null]);
  f.push([null, '按月更新', '近一年按月更新', '2020年9月以来基本按月更新', '2021年1月的更新延至2月5日', '—', 2, null]);
  mergeB(st);
  st = blockStart();
  f.push(['10', '数据上报（6分）', '每月报送（3分）；统计电商扶贫情况（3分）', '（见以下分项）', '无', '—', 6, '市商务局']);
  f.push([null, '按月报送', '近一年每月向市商务局报送', '每月初向阳江市商务局报送上月工作进展及统计数据', '无', '—', 3, null]);
  f.push([null, '电商扶贫统计', '能统计电商扶贫情况', '能，月报附电商扶贫统计表', '无', '—', 3, null]);
  mergeB(st);
  sec('四、加强宣传推广（10分）');
  f.push(['11', '案例总结（2分）', '向市商务局报送经验材料', '2020年12月、2021年6月各报送经验材料1篇', '无', '—', 2, '市商务局']);
  f.push(['12', '经验推广（8分）', '省级及以上4分、市级3分、县级1分', '南方日报、广东广播电视台（省级），阳江日报、阳江广播电视台（市级），阳春市融媒体中心（县级）均有报道', '无', '—', 8, '市商务局、市委宣传部']);
  sec('五、加强财政资金管理（15分）');
  f.push(['13', '资金管理制度（5分）', '建立科学有效的资金管理制度且落实（1-5分）', '制定《阳春市电子商务进农村综合示范专项资金管理办法》', '无', '—', 5, '市商务局、市财政局']);
  f.push(['14', '资金台账（5分）', '承建方建立资金专用台账（1-5分）', '承建单位均建立资金专用台账', '个别凭证附件不全', '是', 4, '各承建单位']);
  f.push(['15', '资金支出（5分）', '支出率70%以上且及时拨付（1-5分）；低于70%倒扣5分', '省级下达资金500万元，截至8月31日累计拨付398.64万元，拨付率79.7%；9月7日拨付培训尾款13.72万元后累计412.36万元', '个别项目验收偏慢', '—', 4, '市商务局、市财政局']);
  sec('六、加分项（4分）');
  f.push(['16', '贫困人口培训率70%以上（2分）', null, '培训率70.2%', '无', '—', 2, '市商务局']);
  f.push(['17', '电商扶贫案例获电视播报（国家级2分，省级1分）', null, '2021年5月20日广东广播电视台《广东新闻联播》播出我市电商扶贫案例（省级）', '国家级电视尚未播出', '—', 1, '市商务局']);
  sec('七、一票否决项');
  f.push(['18', '发生安全生产、质量事故或造成重大经济损失', null, '未发生', '—', '—', '—', null]);
  f.push(['19', '项目建设进度严重滞后，总体进度不足40%', null, '项目总体进度90%', '—', '—', '—', null]);
  f.push(['20', '弄虚作假', null, '无', '—', '—', '—', null]);
  f.push(['合计', null, null, null, null, null, '98（含加分3分）', null]);
  fm.push(`A${f.length}:F${f.length}`);
  f.push(row(H, '注：1.“预计得分”为电商股对照评分标准的初步估计，报局务会审定；2.“迎检前能否补齐”指9月中旬现场考评前能否整改到位；3.行政村、人口数据来源于市民政局、市统计局。'));
  fm.push(`A${f.length}:H${f.length}`);
  f.push(row(H, '填表人：关××', null, null, '审核人：陈××（电商股股长）'));

  // ---------------- assemble sheets
  const sheets = [];
  sheets.push({ name: '对标找差', rows: f, merges: fm });
  // villages
  const vr = [];
  const vm = ['A1:G1', 'A2:G2'];
  vr.push(row(7, '阳春市村（居）民委员会名单'));
  vr.push(row(7, '数据来源：阳春市民政局（2021年6月）　　　　填报：市商务局电商股'));
  vr.push(['序号', '镇（街道）', '村（居）委会名称', '类别', '省定贫困村', '快递进村', '备注']);
  let vn = 0;
  for (const [town] of towns) {
    const list = villages.filter((v) => v.town === town);
    const start = vr.length + 1;
    list.forEach((v, i) => {
      vn++;
      vr.push([vn, i === 0 ? town : null, v.admin ? v.base + '村委会' : v.base + '居委会', v.admin ? '村委会' : '居委会',
        v.admin ? (v.poor ? '是' : '否') : '—', v.admin ? (v.express ? '√' : '×（9月2日开通）') : '√', v.admin && !v.express ? '截至8月31日未通快递' : null]);
    });
    vm.push(`B${start}:B${vr.length}`);
    const nv = list.filter((v) => v.admin).length, nj = list.length - nv;
    vr.push([null, null, `${town}小计：村委会${nv}个${nj ? '、居委会' + nj + '个' : ''}`, null, null, null, null]);
  }
  vr.push([null, '合计', '村委会330个、居委会25个', null, '36', null, null]);
  vr.push(row(7, '注：1.省定贫困村以省扶贫开发领导小组认定名单为准；2.“快递进村”指村内有快递网点或代收点，×为截至2021年8月31日尚未通达。'));
  vm.push(`A${vr.length}:G${vr.length}`);
  sheets.push({ name: '村（居）委会名单', rows: vr, merges: vm });
  // poor villages
  const pr = [row(4, '阳春市省定贫困村名单'), ['序号', '镇', '村委会', '对口帮扶单位']];
  const helpers = ['广州市海珠区', '广州市天河区', '阳江市直单位', '阳春市直单位'];
  poorVillages.forEach((v, i) => pr.push([i + 1, v.town, v.base + '村委会', pick(helpers)]));
  pr.push([null, '合计', '36个', null]);
  sheets.push({ name: '省定贫困村名单', rows: pr, merges: ['A1:D1'] });
  // stations
  const sr = [row(8, '阳春市村级电子商务服务站点台账'), row(8, '（登记至2021年9月15日）'),
    ['序号', '镇（街道）', '站点名称', '所在村（居）', '站长', '联系电话', '挂牌时间', '备注']];
  stationsSorted.forEach((s, i) => {
    const disp = s.fixedDisp || dateDisplay(s.iso, i);
    const nm = s.second ? `阳春市${s.v.short}${s.v.base}村电商服务站（二）` : (!s.v.admin ? `阳春市${s.v.town}${s.v.base}电商服务点` : `阳春市${s.v.short}${s.v.base}村电商服务站`);
    sr.push([i + 1, s.v.town, nm, s.villageText, personName(), phone(), disp, s.remark]);
  });
  sr.push([null, '合计', `${stationsSorted.length}个`, null, null, null, null, null]);
  sheets.push({ name: '村级站点台账', rows: sr, merges: ['A1:H1', 'A2:H2'] });
  // training sessions
  const tr = [row(8, '阳春市农村电子商务普及培训台账'), row(8, '（本表按期次登记，不含贫困户专场；专场培训见《贫困户专场签到》）'),
    ['期次', '培训日期', '培训地点', '培训内容', '承办单位', '参训人次', '其中：贫困户（人次）', '备注']];
  sessionRows.forEach((r) => tr.push(r));
  tr.push(sepSession);
  tr.push(['合计', null, null, null, null, totalSessions, null, '含9月份']);
  sheets.push({ name: '普及培训台账', rows: tr, merges: ['A1:H1', 'A2:H2'] });
  // special sign-ins
  const sg = [row(7, '阳春市建档立卡贫困户电商技能专场培训签到表'), row(7, '（专场人次未计入《普及培训台账》）'),
    ['场次', '培训日期', '序号', '姓名', '身份证号码', '所在村', '签名'], ...signRows];
  sheets.push({ name: '贫困户专场签到', rows: sg, merges: ['A1:G1', 'A2:G2', ...signMerges] });
  // roster
  const rr = [row(10, '阳春市建档立卡贫困人口劳动力情况表（电商培训对象摸底）'), row(10, '提供单位：阳春市乡村振兴局　　　　2021年7月'),
    ['序号', '镇', '村委会', '户编号', '户主姓名', '姓名', '与户主关系', '身份证号码', '劳动能力', '务工状况']];
  roster.forEach((p, i) => rr.push([i + 1, p.town, p.village, p.hhNo, p.head, p.name, p.rel, p.id, p.labourText, p.migrantText]));
  rr.push(row(10, `合计：${hh}户${roster.length}人；其中有劳动能力且未外出务工84人`));
  sheets.push({ name: '建档立卡贫困人口', rows: rr, merges: ['A1:J1', 'A2:J2'] });
  // enterprises
  sheets.push({ name: '产业园入驻企业', rows: [row(7, '阳春市电子商务产业园入驻企业名单'), ['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻时间', '退出时间', '备注'], ...entRows], merges: ['A1:G1'] });
  // funds
  sheets.push({ name: '专项资金拨付台账', rows: [row(8, '阳春市电子商务进农村综合示范专项资金拨付台账'), row(8, '单位：元'), ['序号', '拨付日期', '项目', '收款单位', '摘要', '拨付金额', '凭证号', '备注'], ...fundRows], merges: ['A1:H1'] });
  sheets.push({ name: '月报报送登记', rows: [row(6, '阳春市电子商务进农村工作月报报送登记'), ['序号', '报送日期', '报送内容', '接收单位', '报送方式', '是否含电商扶贫统计'], ...reportRows], merges: ['A1:F1'] });
  sheets.push({ name: '专栏更新记录', rows: [row(5, '市政府网“电子商务进农村”专栏更新记录'), ['序号', '更新日期', '栏目', '标题', '链接'], ...disclRows], merges: ['A1:E1'] });
  sheets.push({ name: '宣传报道', rows: [row(7, '阳春市电子商务进农村宣传报道登记'), ['序号', '报道日期', '媒体名称', '媒体级别', '报道形式', '标题', '是否电商扶贫典型案例'], ...mediaRows], merges: ['A1:G1'] });
  sheets.push({ name: '经验材料报送', rows: [row(4, '经验材料报送登记'), ['序号', '报送日期', '材料名称', '报送对象'], ...materialRows], merges: ['A1:D1'] });

  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 3,
    'work.center': 14, 'work.coverage': 8, 'work.upward': 8, 'work.training': 20,
    'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 0, 'bonus.tvCase': 1,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  const total = Object.values(points).reduce((a, b) => a + b, 0);
  assert(total === 92, 'total 92');
  const claimed = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 3,
    'work.center': 14, 'work.coverage': 10, 'work.upward': 9, 'work.training': 20,
    'info.disclosure': 4, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 2, 'bonus.tvCase': 1,
  };
  assert(Object.values(claimed).reduce((a, b) => a + b, 0) === 98, 'claimed 98');
  const typesList = [...typesAtCut].join('/');
  const derivation = [
    'asOf: 对标找差表第2行“数据截至：2021年8月31日” → 2021-08-31（填表日期2021年9月3日不是截止日）',
    'org.leadership: 市委副书记、市长任组长（主要领导），成员单位含市商务局、市财政局、市农业农村局、市乡村振兴局（原扶贫办） → principal-all → 2',
    'org.plan: 工作方案已印发（春府办〔2019〕72号），预计得分2 → 2',
    'org.policy: 扶持办法已出台（春府〔2020〕15号），预计得分2 → 2',
    'org.management: “其中：管理制度”2 + “其中：工作台账”1 → 3',
    `work.center: 中心2020-09-28投入运营 ≤ 2021-08-31 → 2；≤ 2021-02-28（满6个月）→ 2；免费培训有 → 2；免费展示销售有 → 1；摄影棚免费但美工设计按成本价收费，免费摄影、美工不成立 → 0；品牌推广有 → 1；其他增值服务有 → 1；产业园已整合建成 → 2；入驻企业名单24行：第10行2021.3.31退出、第16行2021年6月30日退出、第24行2021.9.6才入驻不计，第21行2021.9.20退出仍在园 → 截至8月31日在园${present}家 ≥ 20 → 2（“24家”是登记行数）；类型 ${typesList} ≥ 3 → 1；合计14`,
    'work.coverage: 村（居）名单村委会330个（居委会25个不计），基数 min(330,200)=200；站点台账159行，截至8月31日挂牌的站点覆盖不同行政村151个（3村各有第二个站点不重复计；东门社区、河口社区两个社区服务点不是行政村；“河口林场”不在名单内，不计；石垌村2021.9.8、' + lateNonPoor.base + '村2021年9月15日挂牌在截止日后不计）→ 151/200 = 75.5% ≥ 70% → 5；省定贫困村36个（名单“是”及《省定贫困村名单》），截止日前覆盖35个（石垌村站点9月8日才挂牌）→ 97.2%（80%–100%）→ 3；合计8（县预计10）',
    'work.upward: 网销调研2；网络促销活动2；第三方运营服务商有 → 1；村名单“快递进村”大垌村为“×（9月2日开通）”，截至截止日未全覆盖 → 0（县预计1）；交易标准与冷链溯源1；农产品网络零售额 7.71/5.84 − 1 = 32.0% ≥ 30%（农村网零20.0%未达）→ 2；合计8（县预计9）',
    'work.training: 普及培训台账第1–31期合计4,862人次（第32期2021.9.9的320人次和含9月的“合计5,182”不计；“其中：贫困户”列是人次分项，不另加），加贫困户专场签到截止日前5场186行 → 5,048人次；常住人口85.63万（户籍118.6万不是基数），基数 min(856300,500000)=500000；5,048/500,000 = 1.0096% ≥ 1% → 10（漏加专场则4,862 = 0.97%，只有8分）；贫困人口名单140人中有劳动能力且未外出务工84人，截止日前专场签到按身份证匹配到50人（2人签到身份证末位小写x按X匹配，1人身份证带空格；多次参训只算一次；外出务工6人、无劳动能力3人和名单外9人参训不计；9人只参加2021.9.9第6场不计）→ 50/84 = 59.5% ≥ 50% → 10；合计20（表里“已参训59人、70.2%”含9月第6场）',
    'info.disclosure: 专栏公示方案、项目基本信息、建设进度，设监督举报电话和邮箱 → 2；更新记录2020年9月—2021年8月缺2021年1月（2020-12-28之后下一次是2021-02-05）→ 不定时 → 1；合计3（县预计4）',
    'info.reporting: 月报登记2020年9月—2021年8月每月均有报送（2021-09-06一条在截止日后）→ 3；能统计电商扶贫情况（表中“能”，登记表“是否含电商扶贫统计”为“是”）→ 3；合计6',
    'promo.cases: 经验材料2020年12月15日、2021-06-18报送阳江市商务局（2021.9.3一篇在截止日后）→ 2',
    'promo.media: 省级（南方日报2021年3月18日、广东广播电视台2021.5.20）4 + 市级（阳江日报、阳江广播电视台）3 + 县级（阳春市融媒体中心）1 → 8（CCTV-17在2021.9.10，截止日后）',
    'fund.system: 已制定资金管理办法，预计得分5 → 5',
    'fund.ledger: 已建立资金专用台账，预计得分4 → 4',
    'fund.spending: 拨付台账截止日前15笔合计3,986,400元（2021-09-07培训尾款137,200元和含9月的小计、合计行不计）/ 下达5,000,000元 = 79.7% ≥ 70% → 取预计的及时拨付4分 → 4',
    'bonus.poorTraining: 贫困人口培训率50/84 = 59.5% < 70% → 0（县预计2，是把9月第6场的9人算进去的70.2%）',
    'bonus.tvCase: 广东广播电视台《广东新闻联播》2021.5.20播出、标“是”的电商扶贫典型案例（省级电视）→ 1；阳江广播电视台是市级；CCTV-17在截止日后 → 1',
    'veto.incident: 未发生 → 0；veto.progress: 项目总体进度90% ≥ 40% → 0；veto.fraud: 无 → 0',
    'total: 2+2+2+3+14+8+8+20+3+6+2+8+5+4+4 = 91，加分1 → 92（县预计98）',
  ];
  const obj = {
    description: '阳春市（阳江）商务局整本考评工作簿（13个表）。事实表是电商股迎检前做的《对标找差分析表》：序号|考评指标（满分）|省考评要求（摘要）|我市现状（截至2021年8月31日）|差距和问题|迎检前能否补齐|预计得分|责任单位，按工作任务分节（节标题整行合并），组合指标先有一行指标预计得分、下面逐个评分要点一行（判断项写在“其中：管理制度／其中：工作台账”、网销调研、网络促销活动、交易标准与冷链溯源等分项行的预计得分里），事实都写在“我市现状”句子里，“差距和问题”“迎检前能否补齐”两栏记的是9月份的情况；表尾“合计98（含加分3分）”。台账：村（居）委会名单（镇名纵向合并、每镇小计行、快递进村一村“×（9月2日开通）”）、省定贫困村名单、站点台账、普及培训按期次记人次（标题注明不含贫困户专场）、贫困户专场逐人签到（场次、日期按场纵向合并）、贫困人口劳动力情况表、入驻企业、资金拨付（元，年度小计）、月报登记、专栏更新、宣传报道、经验材料。中等偏上（92分，含加分1分，未否决；县预计98分）。陷阱：户籍人口118.6万；表中“累计培训5,398人次”“已参训59人、70.2%”“入驻企业24家”“已全部建站”“累计412.36万元”都含9月份；“迎检前能补齐”的事项在截止日并未完成。',
    sheets,
    expect: { asOf: AS_OF, total, bonus: 1, vetoed: false, points, claimed },
    derivation,
  };
  written.push(writeCase('counties', 'b42-c1-yangchun.json', obj));
}

// =====================================================================
// F1 连平县 — 滴答清单 (TickTick) backup CSV opened in Excel
// =====================================================================
function factsLianping() {
  const head = ['Folder Name', 'List Name', 'Title', 'Kind', 'Tags', 'Content', 'Is Check list', 'Start Date', 'Due Date', 'Reminder', 'Repeat', 'Priority', 'Status', 'Created Time', 'Completed Time', 'Order', 'Timezone', 'Is All Day', 'Is Floating', 'Column Name', 'Column Order', 'View Mode', 'taskId', 'parentId'];
  const N = head.length;
  let tid = 2101;
  let order = -1099511627776;
  const rows = [];
  const ids = {};
  function t(key, list, title, content, status, created, completed, opts = {}) {
    const id = String(tid++);
    ids[key] = id;
    order += 268435456;
    const ts = (d, h) => (d ? `${d}T${h || '01:30:00'}+0000` : null);
    rows.push([
      '迎检', list, title, opts.kind || 'TEXT', opts.tags || null, content, 'N',
      opts.start ? ts(opts.start, '16:00:00') : null, opts.due ? ts(opts.due, '16:00:00') : null,
      null, null, opts.prio != null ? opts.prio : 0, status,
      ts(created, '02:14:37'), status === 1 ? ts(completed, '09:41:05') : null,
      order, 'Asia/Shanghai', opts.due ? 'true' : 'false', 'false', null, null, 'list', id, opts.parent ? ids[opts.parent] : null,
    ]);
  }
  const L0 = '00 基础数据', L1 = '01 组织领导', L2 = '02 服务中心', L3 = '03 站点物流', L4 = '04 培训', L5 = '05 公开报送', L6 = '06 资金', L7 = '07 自评分', L8 = '08 杂事';
  t('asof', L0, '统一数据口径：全部截至2021年8月31日', '省厅考评通知：考评数据截至2021年8月31日；9月中旬现场考评，考评组随机看站点视频', 1, '2021-07-20', '2021-07-20', { tags: '#考评', prio: 5 });
  t('pop', L0, '核实常住人口', '统计局回复：七普常住人口31.92万人。\n户籍人口40.53万人，不要用！', 1, '2021-07-21', '2021-07-26', { tags: '#基础数据' });
  t('vill', L0, '核对行政村、贫困村个数', '民政局：行政村163个，社区居委会13个\n乡村振兴局：省定贫困村21个', 1, '2021-07-21', '2021-07-27', { tags: '#基础数据' });
  t('retail', L0, '找商务厅要网络零售额（第三方统计）', '农村网络零售额：2019年9.86亿元，2020年12.41亿元，同比+25.9%\n农产品网络零售额：2019年2.35亿元，2020年3.12亿元，同比+32.8%\n（今年1-7月的不用报）', 1, '2021-07-22', '2021-08-09', { tags: '#基础数据' });
  t('lead', L1, '领导小组调整发文', '连府办函〔2020〕36号\n组长：县委副书记、县长\n常务副组长：常务副县长\n成员单位：县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监管局、连平邮政分公司', 1, '2020-05-06', '2020-05-18', { tags: '#组织领导' });
  t('plan', L1, '印发示范县工作方案', '连府办〔2019〕58号，2019年12月20日印发（原件在档案盒1）', 1, '2019-12-02', '2019-12-20', { tags: '#组织领导' });
  t('policy', L1, '出台农村电商扶持政策', '《连平县促进农村电子商务发展若干措施》连府〔2020〕9号，已印发', 1, '2020-03-10', '2020-04-28', { tags: '#组织领导' });
  t('pm', L1, '项目管理办法、验收办法归档', '两个办法已印发，复印件放盒2', 1, '2021-07-22', '2021-07-30');
  t('center', L2, '县电商公共服务中心开业', '2020年10月16日正式投入运营（县长揭牌）\n地址：元善镇商贸城二楼', 1, '2020-09-01', '2020-10-16', { tags: '#服务中心', prio: 3 });
  t('c1', L2, '培训室+设备（免费开放，能办基础培训）', '培训室80座，电脑40台，免费使用', 1, '2020-09-01', '2020-10-16', { parent: 'center' });
  t('c2', L2, '农特产品免费展示展销区', '鹰嘴蜜桃、客家娘酒等120多款，免费上架展示代销', 1, '2020-09-01', '2020-10-20', { parent: 'center' });
  t('c3', L2, '免费摄影、美工', '摄影棚还在装修，现在拍产品图是外包收费的，考评前搞唔掂，不能写免费', 0, '2020-09-01', null, { parent: 'center', due: '2021-09-10' });
  t('c4', L2, '区域公用品牌统一推广（连平鹰嘴蜜桃）', '统一包装、统一推广，已指导12家企业用品牌', 1, '2020-09-01', '2021-05-12', { parent: 'center' });
  t('c5', L2, '其他增值服务：代运营、金融对接', '已做：代运营6家，对接农商行小额贷款', 1, '2020-09-01', '2021-03-02', { parent: 'center' });
  t('park', L2, '电商产业园（整合中心二楼+县物流园）', '已挂牌“连平县电子商务产业园”；现入驻18家（这个数不用写进自评）', 1, '2020-09-01', '2021-01-08', { tags: '#服务中心' });
  t('third', L2, '第三方运营服务商进驻', '河源市粤连电子商务有限公司，2020年9月签约运营县级中心', 1, '2020-08-10', '2020-09-25', { tags: '#服务中心' });
  t('st', L3, '村级站点建设', '已建站点128个，覆盖行政村121个；贫困村21个已全覆盖', 1, '2020-05-10', '2021-06-30', { tags: '#站点' });
  t('exp', L3, '快递进村全覆盖', '县邮政管理局统计：163个行政村已通159个，上坪镇还有4个山区村在协调，8月底前搞不定', 0, '2020-05-10', null, { tags: '#站点', due: '2021-10-31' });
  t('tr', L4, '培训人次汇总（截至8月底）', '第1-28期累计3,286人次\n（全年目标3,200人次，已完成）', 1, '2021-08-30', '2021-09-01', { tags: '#培训' });
  t('elig', L4, '问乡村振兴局要贫困人口数', '有劳动能力的建档立卡贫困人口2,316人，其中外出务工1,042人\n→ 不含外出务工：1,274人', 1, '2021-07-21', '2021-07-29', { tags: '#培训' });
  t('trp', L4, '参训贫困人口（按身份证去重）', '702人（人次是1,158，不要搞混）', 1, '2021-08-30', '2021-09-01', { tags: '#培训' });
  t('tr9', L4, '9月再办两期（迎检前）', null, 0, '2021-08-30', null, { due: '2021-09-20' });
  t('col', L5, '政府网“电商进农村”专栏', '专栏四项要齐：方案、项目信息、进度、意见/举报窗口', 0, '2020-06-01', null, { tags: '#信息公开' });
  t('col1', L5, '公示创建方案', '2020年6月上传', 1, '2020-06-01', '2020-06-15', { parent: 'col' });
  t('col2', L5, '公示项目基本信息', '承建单位、金额、工期都已公示', 1, '2020-06-01', '2020-07-10', { parent: 'col' });
  t('col3', L5, '每月更新建设进度', '每月5号前更新，已更新到7月份进度', 1, '2020-06-01', '2021-08-05', { parent: 'col', kind: 'TEXT' });
  t('col4', L5, '设监督举报窗口', '网站改版后再加，目前专栏没有意见箱/举报入口', 0, '2020-06-01', null, { parent: 'col', due: '2021-09-30' });
  t('pov', L5, '月报附电商扶贫统计表', '从2020年9月起每月附，统计贫困户参训、带动增收', 1, '2020-09-01', '2020-09-07', { tags: '#报送' });
  t('fund', L6, '省级专项资金拨付', '下达500万元\n截至8月31日累计拨付391.25万元（78.3%）\n9月尾款约40万待验收后付', 0, '2020-06-01', null, { tags: '#资金', due: '2021-09-30', prio: 3 });
  t('fsys', L6, '资金管理办法', '《连平县电子商务进农村综合示范专项资金管理办法》连商〔2020〕15号，已制定', 1, '2020-05-20', '2020-06-30', { tags: '#资金' });
  t('fled', L6, '资金专用台账', '承建方已建立专用台账，按月对账', 1, '2020-07-01', '2020-07-31', { tags: '#资金' });
  t('prog', L6, '项目总体进度', '88%（8月底）', 1, '2021-08-30', '2021-08-31', { tags: '#资金' });
  t('veto', L6, '一票否决项自查', '无安全生产、质量事故；无弄虚作假情况', 1, '2021-08-25', '2021-08-27', { tags: '#考评' });
  t('j1', L7, '方案制定 2分', null, 1, '2021-08-30', '2021-09-01');
  t('j2', L7, '政策支持 2分', null, 1, '2021-08-30', '2021-09-01');
  t('j3', L7, '项目管理制度 2分', null, 1, '2021-08-30', '2021-09-01');
  t('j4', L7, '工作台账 1分', '2020年台账有补录，保守给1分', 1, '2021-08-30', '2021-09-01');
  t('j5', L7, '网销调研 2分', '调研报告已报市局', 1, '2021-08-30', '2021-09-01');
  t('j6', L7, '网络促销活动 ？分（1还是2，等局长定）', null, 0, '2021-08-30', null);
  t('j7', L7, '交易标准与冷链溯源 1分', '冷链仓未建好', 1, '2021-08-30', '2021-09-01');
  t('j8', L7, '资金管理制度 5分', null, 1, '2021-08-30', '2021-09-01');
  t('j9', L7, '资金台账 4分', null, 1, '2021-08-30', '2021-09-01');
  t('j10', L7, '资金及时拨付 4分', null, 1, '2021-08-30', '2021-09-01');
  t('m1', L8, '迎检彩排', '9月13日下午，会议室', 0, '2021-08-31', null, { due: '2021-09-13' });
  t('m2', L8, '订考评组午餐', null, 0, '2021-08-31', null, { due: '2021-09-14' });
  const sheetRows = [
    row(N, 'Date: 2021-09-02+0000'),
    row(N, 'Version: 7.1'),
    row(N, 'Status: \n0 Normal\n1 Completed\n2 Archived'),
    head,
    ...rows,
  ];
  const obj = {
    description: '连平县（河源）商务局电商股经办人把手机上“滴答清单”的迎检待办整份备份导出（CSV）后用WPS打开交来当自评底稿：前三行是导出信息（Date/Version/“Status: 0 Normal 1 Completed 2 Archived”状态图例），第4行英文表头 Folder Name|List Name|Title|Kind|Tags|Content|…|Status|Created Time|Completed Time|…|taskId|parentId（24列），一行一个任务，按清单（00 基础数据…07 自评分、08 杂事）排，子任务用parentId挂在“县电商公共服务中心开业”“政府网专栏”之下；事实写在任务标题和Content（单元格内换行）里，是否类看任务完成没有（Status 1＝已完成、0＝未完成，未完成的任务Content里也写明了现状），自评分写在“07 自评分”清单的任务标题里（“方案制定 2分”）。陷阱：导出日期2021-09-02、各任务的创建/完成时间（UTC）都不是事实；户籍人口40.53万；有劳动能力2,316人与其中外出务工1,042人（取不含外出务工的1,274人）；人次1,158不是参训人数；站点128个/覆盖121个、入驻18家、全年目标3,200人次、9月尾款约40万不是输入；“网络促销活动 ？分（1还是2，等局长定）”未定分；表内无县名标签（只在文号、单位名里）。',
    sheets: [{ name: '迎检待办（滴答清单导出）', rows: sheetRows }],
    expect: {
      facts: {
        asOf: '2021-08-31',
        residentPopulation: 319200,
        adminVillagesStated: 163,
        poorVillagesStated: 21,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-10-16',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: false,
        ruralRetail2019: 986000000,
        ruralRetail2020: 1241000000,
        agriRetail2019: 235000000,
        agriRetail2020: 312000000,
        ruralRetailGrowthStated: 0.259,
        agriRetailGrowthStated: 0.328,
        trainingPersonTimesStated: 3286,
        eligiblePoorPersonsStated: 1274,
        trainedPoorPersonsStated: 702,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3912500,
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
        'work.upward.standards': 1,
        'fund.system': 5,
        'fund.ledger': 4,
        'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  };
  written.push(writeCase('facts', 'b42-f1-lianping.json', obj));
}

// =====================================================================
// F2 德庆县 — 佐证材料 × 考评数据项 对应矩阵（关键数据）
// =====================================================================
function factsDeqing() {
  const cols = [
    // [group, label]
    ['佐证材料', '盒号'], ['佐证材料', '佐证材料名称'], ['佐证材料', '文号／形成时间'],
    ['一、基本情况', '常住人口（万人）'], ['一、基本情况', '户籍人口（万人）'], ['一、基本情况', '行政村（个）'], ['一、基本情况', '省定贫困村（个）'],
    ['二、组织领导', '领导小组组长'], ['二、组织领导', '成员单位'], ['二、组织领导', '示范县工作方案'], ['二、组织领导', '农村电商扶持政策'],
    ['三、服务体系', '县级中心投入运营'], ['三、服务体系', '免费培训场所及设备'], ['三、服务体系', '免费展示、销售'], ['三、服务体系', '免费摄影、美工'],
    ['三、服务体系', '农产品统一推广、品牌建设'], ['三、服务体系', '其他衍生增值服务'], ['三、服务体系', '电商产业园'], ['三、服务体系', '园区入驻企业（家）'],
    ['四、农村产品上行', '专业第三方运营服务商'], ['四、农村产品上行', '行政村快递覆盖'],
    ['四、农村产品上行', '农村网络零售额2019年（亿元）'], ['四、农村产品上行', '农村网络零售额2020年（亿元）'], ['四、农村产品上行', '农村网零同比增速'],
    ['四、农村产品上行', '农产品网络零售额2019年（亿元）'], ['四、农村产品上行', '农产品网络零售额2020年（亿元）'], ['四、农村产品上行', '农产品网零同比增速'],
    ['五、人才培训', '培训人次'], ['五、人才培训', '有劳动能力的建档立卡贫困人口（不含外出务工）'], ['五、人才培训', '参训建档立卡贫困人口（人）'],
    ['六、信息公开及报送', '专栏：创建方案'], ['六、信息公开及报送', '专栏：项目基本信息'], ['六、信息公开及报送', '专栏：项目建设进度'], ['六、信息公开及报送', '专栏：征求意见或监督举报窗口'], ['六、信息公开及报送', '电商扶贫情况统计'],
    ['七、财政资金', '下达资金（万元）'], ['七、财政资金', '累计拨付（万元）'], ['七、财政资金', '资金管理制度'], ['七、财政资金', '资金专用台账'], ['七、财政资金', '项目总体进度'],
    ['八、一票否决', '安全生产、质量事故或重大损失'], ['八、一票否决', '弄虚作假'],
    ['九、主观项自评分', '方案制定（1-2）'], ['九、主观项自评分', '政策支持（1-2）'], ['九、主观项自评分', '项目管理制度（1-2）'], ['九、主观项自评分', '工作台账（1-2）'],
    ['九、主观项自评分', '网销调研（1-2）'], ['九、主观项自评分', '网络促销活动（1-2）'], ['九、主观项自评分', '交易标准与冷链溯源（1-2）'],
    ['九、主观项自评分', '资金管理制度（1-5）'], ['九、主观项自评分', '资金台账（1-5）'], ['九、主观项自评分', '资金及时拨付（1-5）'],
  ];
  const N = cols.length;
  const idx = {}; cols.forEach(([, l], i) => { idx[l] = i; });
  const rows = [];
  const merges = [`A1:${colName(N - 1)}1`, `A2:${colName(N - 1)}2`];
  rows.push(row(N, '德庆县电子商务进农村综合示范考评佐证材料与考评数据对应表（关键数据）'));
  rows.push(row(N, '说明：每行为一份佐证材料（按档案盒顺序排列），每列为一个考评数据项；格内填写该份材料中对应的关键数据，空格表示该材料不涉及此项。考评数据截至2021年8月31日。'));
  // group header row
  const g = []; let prev = null; let gs = 0;
  cols.forEach(([grp], i) => {
    g.push(grp === prev ? null : grp);
    if (grp !== prev) { if (prev !== null && i - 1 > gs) merges.push(`${colName(gs)}3:${colName(i - 1)}3`); gs = i; prev = grp; }
  });
  if (N - 1 > gs) merges.push(`${colName(gs)}3:${colName(N - 1)}3`);
  rows.push(g);
  rows.push(cols.map(([, l]) => l));
  function mat(box, name, doc, cells) {
    const r = row(N, box, name, doc);
    for (const [k, v] of Object.entries(cells)) { assert(k in idx, 'col ' + k); r[idx[k]] = v; }
    rows.push(r);
  }
  mat('盒1', '德庆县第七次全国人口普查主要数据公报', '2021年6月', { '常住人口（万人）': 34.21, '户籍人口（万人）': 40.62 });
  mat('盒1', '德庆县村（居）民委员会名册（县民政局）', '2021年3月', { '行政村（个）': '181（另有社区居委会14个）' });
  mat('盒1', '德庆县省定贫困村名单（县乡村振兴局）', '2016年认定', { '省定贫困村（个）': 31 });
  mat('盒2', '领导小组第一次全体会议纪要', '2019年12月6日', { '领导小组组长': '分管副县长（2020年5月已调整，见下行文件）' });
  mat('盒2', '关于调整县电子商务进农村综合示范工作领导小组成员的通知', '德府办〔2020〕27号', { '领导小组组长': '县委副书记、县长', '成员单位': '县商务局、财政局、农业农村局、乡村振兴局（原扶贫办）、发改局、交通运输局、市场监管局、邮政分公司' });
  mat('盒2', '德庆县电子商务进农村综合示范县工作方案', '德府办〔2019〕88号', { '示范县工作方案': '已正式印发' });
  mat('盒2', '德庆县促进农村电子商务发展扶持办法', '德府〔2020〕6号', { '农村电商扶持政策': '已出台' });
  mat('盒3', '县电商公共服务中心运营服务协议及开业通讯稿', '2020年9月', {
    '县级中心投入运营': D('2020-09-28'), '免费培训场所及设备': '有（培训室60座，免费）', '免费展示、销售': '有（贡柑、肉桂等农特产品展厅）',
    '免费摄影、美工': '否（摄影、美工按次收费）', '农产品统一推广、品牌建设': '有（“德庆贡柑”区域品牌）', '其他衍生增值服务': '有（代运营、小额信贷对接）',
    '专业第三方运营服务商': '有（肇庆市德商电子商务有限公司）',
  });
  mat('盒3', '德庆县电子商务产业园入驻企业名单', '2021年8月', { '电商产业园': '已建（整合县物流园二期）', '园区入驻企业（家）': 21 });
  mat('盒4', '县邮政管理局关于快递进村情况的证明', '2021年8月20日', { '行政村快递覆盖': '100%（181个行政村全部通达）' });
  mat('盒4', '德庆县农产品网络销售调研报告', '2020年8月', {});
  mat('盒4', '省商务厅反馈的县域网络零售额统计数据', '2021年3月', {
    '农村网络零售额2019年（亿元）': 4.26, '农村网络零售额2020年（亿元）': 5.31, '农村网零同比增速': '24.6%',
    '农产品网络零售额2019年（亿元）': 1.18, '农产品网络零售额2020年（亿元）': 1.61, '农产品网零同比增速': '36.4%',
  });
  mat('盒5', '德庆县商务局2021年工作计划', '2021年2月', { '培训人次': '全年目标3,500人次' });
  mat('盒5', '电商进农村综合示范项目中期评估报告', '2020年12月', { '培训人次': '2,016人次（截至2020年12月31日）', '累计拨付（万元）': '186.5（截至2020年12月）', '项目总体进度': '45%（2020年12月）' });
  mat('盒5', '电商培训台账及签到表（汇总）', '截至2021年8月31日', { '培训人次': '4,512人次', '参训建档立卡贫困人口（人）': '536人' });
  mat('盒5', '有劳动能力建档立卡贫困人口统计表（县乡村振兴局）', '2021年7月', { '有劳动能力的建档立卡贫困人口（不含外出务工）': '1,046人' });
  mat('盒6', '县政府网“电子商务进农村”专栏截图', '2021年8月', { '专栏：创建方案': '√', '专栏：项目基本信息': '√', '专栏：项目建设进度': '√（按月更新）', '专栏：征求意见或监督举报窗口': '×（未设）' });
  mat('盒6', '向肇庆市商务局报送的月报汇编', '2020.9—2021.8', { '电商扶贫情况统计': '√（月报附电商扶贫统计表）' });
  mat('盒7', '省级专项资金下达文件', '粤财工〔2019〕156号', { '下达资金（万元）': 500 });
  mat('盒7', '德庆县电子商务进农村综合示范专项资金管理办法', '德商〔2020〕12号', { '资金管理制度': '已制定' });
  mat('盒7', '专项资金拨付台账', '截至2021年8月31日', { '累计拨付（万元）': 382.6, '资金专用台账': '已建立' });
  mat('盒7', '项目建设进度报告（8月份）', '2021年9月1日', { '项目总体进度': '86%' });
  mat('盒8', '安全生产及项目质量自查报告', '2021年8月', { '安全生产、质量事故或重大损失': '无' });
  mat('盒8', '考评数据真实性承诺书', '2021年9月', { '弄虚作假': '不存在' });
  mat('盒9', '主观评分项自评打分表（局党组会审定）', '2021年9月2日', {
    '方案制定（1-2）': 2, '政策支持（1-2）': 2, '项目管理制度（1-2）': 2, '工作台账（1-2）': 1, '网销调研（1-2）': 2,
    '网络促销活动（1-2）': 2, '交易标准与冷链溯源（1-2）': 1, '资金管理制度（1-5）': 5, '资金台账（1-5）': 4, '资金及时拨付（1-5）': 4,
  });
  rows.push(row(N, '制表：德庆县商务局电商股　　审核：黄××　　2021年9月3日'));
  const obj = {
    description: '德庆县（肇庆）商务局电商股的《佐证材料与考评数据对应表（关键数据）》：一张52列的交叉表——行是一份份佐证材料（盒号|材料名称|文号/形成时间，按档案盒顺序），列是考评数据项（第3行按“一、基本情况…九、主观项自评分”合并分组，第4行是各数据项名），格内填该材料里对应的关键数据，空格表示该材料与此项无关；所以每个事实要按列找到那一个非空格子，值的形式各样（34.21、“181（另有社区居委会14个）”、真日期、“有（…）/否（…）”、“√/×（未设）”、“24.6%”、“4,512人次”），单位只在列名里（万人、亿元、万元）；主观项自评分在最后一行“自评打分表”的各列里。陷阱：同一列有几格——“领导小组组长”列一格是2019年会议纪要里的“分管副县长（2020年5月已调整…）”，另一格是调整文件里的“县委副书记、县长”；“培训人次”列有“全年目标3,500人次”和中期评估的“2,016人次（截至2020年12月31日）”；“累计拨付”“项目总体进度”列也有中期评估的旧数；户籍人口40.62万、社区居委会14个、入驻企业21家不是输入；制表日期不是截止日；表内无县名标签（只在标题里）。',
    sheets: [{ name: '材料-数据对应表', rows, merges }],
    expect: {
      facts: {
        asOf: '2021-08-31',
        residentPopulation: 342100,
        adminVillagesStated: 181,
        poorVillagesStated: 31,
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
        ruralRetail2019: 426000000,
        ruralRetail2020: 531000000,
        agriRetail2019: 118000000,
        agriRetail2020: 161000000,
        ruralRetailGrowthStated: 0.246,
        agriRetailGrowthStated: 0.364,
        trainingPersonTimesStated: 4512,
        eligiblePoorPersonsStated: 1046,
        trainedPoorPersonsStated: 536,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3826000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.86,
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
        'fund.system': 5,
        'fund.ledger': 4,
        'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  };
  written.push(writeCase('facts', 'b42-f2-deqing.json', obj));
}

// =====================================================================
// F3 吴川市 — 自评小组三人评分、取平均
// =====================================================================
function factsWuchuan() {
  const N = 11;
  const rows = []; const merges = [];
  rows.push(row(N, '吴川市电子商务进农村综合示范创建考评自评评分表'));
  rows.push(row(N, '自评小组：评分人A　市商务局（电商股　梁××）　　评分人B　市财政局（经建股　李××）　　评分人C　市乡村振兴局（综合股　吴××）'));
  rows.push(row(N, '评分规则：三名评分人对照省考评评分标准各自独立打分；“自评得分”取三人算术平均（除不尽的保留一位小数）；评分人对本单位负责的事项回避（填“回避”），按其余二人平均。考评数据截至2021年8月31日。'));
  merges.push('A1:K1', 'A2:K2', 'A3:K3');
  rows.push(['序号', '工作任务', '评价指标（分值）', '评分项', '完成情况及主要数据', '评分人打分', null, null, '自评得分', '指标自评分', '备注']);
  rows.push([null, null, null, null, null, 'A', 'B', 'C', null, null, null]);
  merges.push('A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:E5', 'F4:H4', 'I4:I5', 'J4:J5', 'K4:K5');
  let seq = 0;
  const taskStart = {};
  function ind(task, name, items) {
    // items: [评分项, 完成情况, A, B, C, 自评得分, 备注]
    seq++;
    const start = rows.length + 1;
    const total = items.reduce((a, it) => a + (typeof it[5] === 'number' ? it[5] : 0), 0);
    items.forEach((it, i) => {
      rows.push([i === 0 ? seq : null, null, i === 0 ? name : null, it[0], it[1], it[2], it[3], it[4], it[5], i === 0 ? (it.indTotal != null ? it.indTotal : Math.round(total * 10) / 10) : null, it[6] || null]);
    });
    const end = rows.length;
    if (end > start) merges.push(`A${start}:A${end}`, `C${start}:C${end}`, `J${start}:J${end}`);
    if (!taskStart[task]) taskStart[task] = { start, end }; else taskStart[task].end = end;
    rows[start - 1][1] = rows[start - 1][1] || (taskStart[task].start === start ? task : null);
  }
  ind('加强组织领导与统筹协调（10分）', '组织领导（2）', [
    ['政府主要领导牵头、多部门参与', '成立市电子商务进农村综合示范工作领导小组（吴府办函〔2019〕112号），市委副书记、市长任组长，常务副市长、分管副市长任副组长，成员单位：市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局、市市场监管局、吴川邮政分公司', 2, 2, 2, 2],
  ]);
  ind('加强组织领导与统筹协调（10分）', '方案制定（2）', [
    ['工作方案因地制宜、可操作', '已正式印发《吴川市电子商务进农村综合示范县工作方案》（吴府办〔2019〕45号）', 2, 2, 2, 2],
  ]);
  ind('加强组织领导与统筹协调（10分）', '政策支持（2）', [
    ['出台政策并较好落实', '已出台《吴川市支持农村电子商务发展的若干措施》（吴府〔2020〕8号），已兑现扶持资金一批', 2, 1, 2, 1.7, 'B：兑现偏少'],
  ]);
  ind('加强组织领导与统筹协调（10分）', '项目管理（4）', [
    ['项目管理制度（1-2）', '制定《吴川市电商进农村示范项目管理办法》《项目验收办法》，建设、验收按制度执行', 2, 2, 2, 2],
    ['工作台账（1-2）', '建立站点、培训、资金等工作台账；2020年上半年部分台账为补录', 1, 2, 1, 1.3],
  ]);
  ind('深入推动电子商务进农村工作（55分）', '服务体系建设—县级中心及产业园（15）', [
    ['建成县级中心（2）', '市电子商务公共服务中心2020年11月26日正式投入运营（梅菉街道）', 2, 2, 2, 2],
    ['正常运行6个月以上（2）', '截至2021年8月31日已运行9个月', 2, 2, 2, 2],
    ['免费培训场所、设备（2）', '培训室100座、电脑50台，免费开展电商基础培训', 2, 2, 2, 2],
    ['免费展示、销售（1）', '设农特产品展示展销区，免费为企业、合作社展示代销', 1, 1, 1, 1],
    ['免费摄影、美工（1）', '摄影、美工由运营方按成本价收费，暂未免费', 0, 0, 0, 0],
    ['统一推广、品牌建设（1）', '组织“吴川月饼”“吴阳霞鹅”统一推广，指导品牌注册', 1, 1, 1, 1],
    ['其他衍生增值服务（1）', '提供代运营、直播场地、金融对接等增值服务', 1, 1, 1, 1],
    ['建设或整合产业园（2）', '整合建设吴川市电子商务产业园', 2, 2, 2, 2],
    ['入驻企业20家以上（2）', '截至8月底在园企业22家', 2, 2, 2, 2],
    ['三种以上企业类型（1）', '平台型、销售型、运营服务商、物流快递', 1, 1, 1, 1],
  ]);
  ind('深入推动电子商务进农村工作（55分）', '服务体系建设—村级站点（10）', [
    ['行政村覆盖率（5）', '全市行政村231个（以200个计），已建站覆盖行政村158个，覆盖率79.0%', 5, 5, 5, 5],
    ['省定贫困村覆盖率（5）', '省定贫困村16个，已全部覆盖', 5, 5, 5, 5],
  ]);
  ind('深入推动电子商务进农村工作（55分）', '农村产品上行（10）', [
    ['网销调研（1-2）', '委托第三方形成《吴川市农产品网络销售调研报告》，已报湛江市商务局', 2, 2, 2, 2],
    ['网络促销活动（1-2）', '举办“吴川月饼网购节”“霞鹅直播节”等线上促销6场', 2, 1, 2, 1.7],
    ['第三方运营服务商（1）', '有，湛江市粤西云商电子商务有限公司', 1, 1, 1, 1],
    ['行政村快递覆盖100%（1）', '231个行政村全部通快递（市邮政管理局证明）', 1, 1, 1, 1],
    ['交易标准与冷链溯源（1-2）', '制定吴川月饼电商交易标准；冷链、溯源系统在建', 1, 1, 1, 1],
    ['网零增速≥30%（2）', '农村网络零售额2019年25.36亿元、2020年31.48亿元，增长24.1%；农产品网络零售额2019年6.12亿元、2020年8.05亿元，增长31.5%', 2, 2, 2, 2],
  ]);
  ind('深入推动电子商务进农村工作（55分）', '电商人才培训（20）', [
    ['培训人次达常住人口1%（10）', '常住人口91.21万人（七普，以50万计）；截至8月31日累计培训5,236人次，占1.05%', 10, 10, 10, 10],
    ['贫困人口培训率（10）', '有劳动能力且未外出务工的建档立卡贫困人口1,863人，已参训968人，培训率52.0%', 10, 10, 10, 10],
  ]);
  ind('加强信息公开及报送（10分）', '信息公开（4）', [
    ['专栏内容全面（2）', '市政府网设“电子商务进农村”专栏，公示创建方案、项目基本信息、项目建设进度，设监督举报电话', 2, 2, 2, 2],
    ['按月更新（2）', '2020年9月至2021年8月逐月更新', 2, 2, 2, 2],
  ]);
  ind('加强信息公开及报送（10分）', '数据上报（6）', [
    ['按月报送（3）', '每月向湛江市商务局报送工作进展及统计数据', 3, 3, 3, 3],
    ['电商扶贫统计（3）', '能统计，月报附电商扶贫统计表', 3, 3, 3, 3],
  ]);
  ind('加强宣传推广（10分）', '案例总结（2）', [
    ['报送经验材料', '2021年4月、7月向湛江市商务局报送经验材料2篇', 2, 2, 2, 2],
  ]);
  ind('加强宣传推广（10分）', '经验推广（8）', [
    ['省级及以上媒体（4）', '南方日报、广东广播电视台报道', 4, 4, 4, 4],
    ['市级媒体（3）', '湛江日报、湛江广播电视台报道', 3, 3, 3, 3],
    ['县级媒体（1）', '吴川市融媒体中心报道', 1, 1, 1, 1],
  ]);
  ind('加强财政资金管理（15分）', '资金管理制度（5）', [
    ['资金管理制度（1-5）', '制定《吴川市电子商务进农村综合示范专项资金管理办法》，建立考核问责制度', 5, '回避', 4, 4.5],
  ]);
  ind('加强财政资金管理（15分）', '资金台账（5）', [
    ['资金专用台账（1-5）', '承建方建立资金专用台账，账目完整', 4, '回避', 4, 4],
  ]);
  ind('加强财政资金管理（15分）', '资金支出（5）', [
    ['支出率70%以上且及时拨付（1-5）', '省级下达资金500万元，截至8月31日累计拨付402.6万元，支出率80.5%', 4, '回避', 5, 4.5],
  ]);
  ind('加分项（4分）', '贫困人口培训率70%及以上（2）', [
    ['贫困人口培训率≥70%', '培训率52.0%，未达70%', 0, 0, 0, 0],
  ]);
  ind('加分项（4分）', '电商扶贫案例电视播报（2）', [
    ['国家级2分，省级1分', '2021年5月广东广播电视台《广东新闻联播》播出我市电商扶贫典型案例（省级）', 1, 1, 1, 1],
  ]);
  // veto rows
  const vstart = rows.length + 1;
  rows.push(['一票否决', '一票否决项', '安全生产、质量事故', '是否发生', '未发生', '—', '—', '—', '—', '—', null]);
  rows.push([null, null, '项目建设进度', '总体进度是否不足40%', '项目总体进度92%', '—', '—', '—', '—', '—', null]);
  rows.push([null, null, '弄虚作假', '是否存在', '无', '—', '—', '—', '—', '—', null]);
  merges.push(`A${vstart}:A${rows.length}`, `B${vstart}:B${rows.length}`);
  for (const t of Object.values(taskStart)) if (t.end > t.start) merges.push(`B${t.start}:B${t.end}`);
  rows.push(['合计', null, null, null, null, null, null, null, null, 95.7, '含加分1分']);
  merges.push(`A${rows.length}:I${rows.length}`);
  rows.push(row(N, '评分人签字：A 梁××　　B 李××　　C 吴××　　　　　　2021年9月6日'));
  const obj = {
    description: '吴川市（湛江）电子商务进农村示范创建自评小组的《自评评分表》：市商务局、市财政局、市乡村振兴局各出一名评分人独立打分，表头上方写明评分人和规则（自评得分取三人算术平均、除不尽保留一位小数；评分人对本单位负责事项填“回避”、按其余二人平均）；列为 序号|工作任务|评价指标（分值）|评分项|完成情况及主要数据|评分人打分 A|B|C（两行表头）|自评得分|指标自评分|备注，一个评分项一行，工作任务、评价指标、指标自评分按指标纵向合并；事实都写在“完成情况及主要数据”句子里。判断项和指标自评分取平均后的“自评得分”“指标自评分”（政策支持2/1/2→1.7，工作台账1/2/1→1.3，网络促销2/1/2→1.7，资金三项财政局回避：5/4→4.5、4/4→4、4/5→4.5），不是某个评分人的分。陷阱：评分人A/B/C三列不是自评分；覆盖158个/79.0%、在园企业22家、1.05%、52.0%、80.5%不是输入；签字日期2021年9月6日不是截止日；合计95.7不是指标；表内无县名标签（只在标题里）。',
    sheets: [{ name: '自评评分表', rows, merges }],
    expect: {
      facts: {
        asOf: '2021-08-31',
        residentPopulation: 912100,
        adminVillagesStated: 231,
        poorVillagesStated: 16,
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
        expressCoverage: true,
        ruralRetail2019: 2536000000,
        ruralRetail2020: 3148000000,
        agriRetail2019: 612000000,
        agriRetail2020: 805000000,
        ruralRetailGrowthStated: 0.241,
        agriRetailGrowthStated: 0.315,
        trainingPersonTimesStated: 5236,
        eligiblePoorPersonsStated: 1863,
        trainedPoorPersonsStated: 968,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4026000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.92,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2,
        'org.policy': 1.7,
        'org.management.system': 2,
        'org.management.ledger': 1.3,
        'work.upward.research': 2,
        'work.upward.promotion': 1.7,
        'work.upward.standards': 1,
        'fund.system': 4.5,
        'fund.ledger': 4,
        'fund.spending': 4.5,
      },
      leadership: 'principal-all',
      claimed: {
        'org.leadership': 2,
        'org.plan': 2,
        'org.policy': 1.7,
        'org.management': 3.3,
        'work.center': 14,
        'work.coverage': 10,
        'work.upward': 8.7,
        'work.training': 20,
        'info.disclosure': 4,
        'info.reporting': 6,
        'promo.cases': 2,
        'promo.media': 8,
        'fund.system': 4.5,
        'fund.ledger': 4,
        'fund.spending': 4.5,
        'bonus.poorTraining': 0,
        'bonus.tvCase': 1,
      },
    },
  };
  // consistency of the printed indicator totals with expect.claimed
  const printed = rows.filter((r) => typeof r[9] === 'number' && r[0] !== '合计').map((r) => r[9]);
  const cl = Object.values(obj.expect.claimed);
  assert(JSON.stringify(printed) === JSON.stringify(cl), 'wuchuan claimed order ' + JSON.stringify(printed));
  assert(Math.abs(cl.reduce((a, b) => a + b, 0) - 95.7) < 1e-9, 'wuchuan total');
  written.push(writeCase('facts', 'b42-f3-wuchuan.json', obj));
}

// =====================================================================
// L1 电白区 — 媒体采访接待登记 + 经验材料文稿流转登记
// =====================================================================
function ledgerDianbai() {
  const mh = ['序号', '接待日期', '媒体单位', '记者／摄像', '采访内容', '采访点位', '陪同人员', '刊播类型', '刊播情况（日期、栏目／版面）', '备注'];
  const m = [
    [1, '2020.9.24', '电白区融媒体中心（电白电视台）', '陈××', '区电商公共服务中心开业', '区电商中心', '林××', '电视', '已播出：2020年9月25日《电白新闻》', null],
    [2, D('2020-10-13'), '茂名日报社', '黄××', '观珠沉香产品“触网”销售', '观珠镇', '林××', '报纸', '已刊发：2020年10月19日第3版', null],
    [3, '2020年11月5日', '南方日报社茂名记者站', '刘××', '电商助力荔枝、龙眼上行', '霞洞镇', '邓××', '报纸', '未刊发（稿件未采用）', null],
    [4, '2020.12.1', '茂名广播电视台', '吴××、邓××', '电商扶贫：贫困户网上卖土鸡', '沙琅镇谭儒村', '林××', '电视', '已播出：2020年12月4日《茂名新闻联播》', '电商扶贫案例'],
    [5, '2021.1.12', '羊城晚报', '蔡××', '电白年货节线上促销', '区电商中心', '邓××', '报纸', '已刊发：2021.1.20 A12版', null],
    [6, '2021.3.9', '广东广播电视台珠江频道', '李××', '村支书直播“带货”', '麻岗镇', '林××', '电视', '已播出：2021年3月16日《今日关注》', '电商扶贫案例'],
    [7, '2021年4月22日', '新华社', '周××', '小站点连起城乡大市场', '树仔镇', '邓××', '网络', '已发布：2021-04-26 新华网', null],
    [8, '2021.5.18', '电白区融媒体中心', '杨××', '直播带货培训班', '区电商中心', '邓××', '新媒体', '待播出（素材已采集）', null],
    [9, '2021.6.3', '茂名广播电视台', '吴××', '电白“520”荔枝网络节', '霞洞镇', '林××', '电视', '已播出：2021年6月《茂名新闻》（具体日期待查）', null],
    [10, '2021.6.8', '中央广播电视总台农业农村频道（CCTV-17）', '王××', '电白沉香、荔枝网销', '观珠镇、霞洞镇', '区领导、林××', '电视', '已播出：2021年7月2日《田间示范秀》', null],
    [11, '2021.8.25', '茂名日报社', '黄××', '电商进农村示范创建成效', '区电商中心', '林××', '报纸', '已刊发：2021年9月2日第1版', null],
    [12, '2021.8.30', '南方+客户端', '梁××', '村级站点服务群众', '水东街道', '邓××', '网络', '已发布：2021.8.31', null],
    [13, '2021.9.6', '电白区融媒体中心', '陈××', '迎接省考评准备工作', '区商务局', '林××', '网络', '已发布：2021年9月7日“电白发布”公众号', null],
  ];
  const mediaSheet = [row(10, '电白区电子商务进农村工作媒体采访接待登记表'), row(10, '登记单位：茂名市电白区商务局办公室　　　（区委宣传部统一组织的采访由宣传部登记，不在本表）'), mh, ...m,
    row(10, '注：1.“刊播情况”由办公室根据媒体刊播后补登；2.未刊播的采访保留登记，备查。')];
  const mediaRecords = [
    { date: '2020-09-25', level: 'county', tv: true },
    { date: '2020-10-19', level: 'city', tv: false },
    { date: '2020-12-04', level: 'city', tv: true },
    { date: '2021-01-20', level: 'province', tv: false },
    { date: '2021-03-16', level: 'province', tv: true },
    { date: '2021-04-26', level: 'national', tv: false },
    { date: '2021-06', level: 'city', tv: true },
    { date: '2021-07-02', level: 'national', tv: true },
    { date: '2021-09-02', level: 'city', tv: false },
    { date: '2021-08-31', level: 'province', tv: false },
    { date: '2021-09-07', level: 'county', tv: false },
  ];
  // materials: document flow log
  const gh = ['文稿编号', '文稿名称', '环节', '日期', '经办／审核人', '去向／意见', '备注'];
  const g = [row(7, '电白区商务局电商进农村经验材料（典型案例）文稿流转登记'), gh];
  const gm = ['A1:G1'];
  function doc(no, title, steps) {
    const start = g.length + 1;
    steps.forEach((s, i) => g.push([i === 0 ? no : null, i === 0 ? title : null, s[0], s[1], s[2], s[3], s[4] || null]));
    gm.push(`A${start}:A${g.length}`, `B${start}:B${g.length}`);
  }
  doc('WG-01', '电白区“电商+沉香”助农增收经验做法', [
    ['起草', '2020.11.20', '电商股 陈××', '—'],
    ['股室审核', '2020.11.23', '股长 黄××', '修改后报局领导'],
    ['局领导签发', '2020.11.25', '副局长 林××', '同意报送'],
    ['报送', '2020.11.26', '电商股 陈××', '茂名市商务局（电子邮件）'],
    ['采用', '2020.12.10', '—', '茂名市商务局《商务工作简报》第18期刊发', '市局采用，不是报送'],
  ]);
  doc('WG-02', '麻岗镇电商扶贫典型案例', [
    ['起草', '2021.3.2', '电商股 陈××', '—'],
    ['股室审核', '2021.3.4', '股长 黄××', '同意'],
    ['局领导签发', D('2021-03-05'), '副局长 林××', '同意，报区委办和市商务局'],
    ['报送', D('2021-03-05'), '办公室 邓××', '区委办公室（信息科）'],
    ['报送', '2021年3月8日', '电商股 陈××', '茂名市商务局（粤政易）'],
  ]);
  doc('WG-03', '电白区农村电商人才培训工作总结', [
    ['起草', '2021.5.10', '电商股 陈××', '—'],
    ['股室审核', '2021.5.12', '股长 黄××', '同意'],
    ['局领导签发', '2021.5.14', '副局长 林××', '报区政府办'],
    ['报送', '2021.5.14', '办公室 邓××', '区政府办公室', '只报区政府'],
  ]);
  doc('WG-04', '观珠镇沉香电商案例', [
    ['起草', '2021.7.1', '电商股 陈××', '—'],
    ['股室审核', '2021.7.5', '股长 黄××', '暂缓，销售数据待核实', '未报送'],
  ]);
  doc('WG-05', '电白区电子商务进农村综合示范创建经验材料', [
    ['起草', '2021.8.16', '电商股 陈××', '—'],
    ['股室审核', '2021.8.20', '股长 黄××', '同意'],
    ['局领导签发', '2021.8.27', '局长 吴××', '同意报送'],
    ['报送', '2021.9.3', '电商股 陈××', '茂名市商务局（粤政易）'],
  ]);
  g.push(row(7, '注：只有“报送”环节有去向；“采用”为市局刊用情况。'));
  const summary = [
    ['宣传报道分级统计（截至2021年9月10日）', null, null],
    ['级别', '篇数', '其中电视'],
    ['中央级', 2, 1], ['省级', 3, 1], ['市级', 4, 2], ['区级', 2, 1],
    ['合计', 11, 5],
  ];
  const obj = {
    description: '电白区（茂名）商务局的两本登记加一张统计：①《媒体采访接待登记表》按接待日期一行一次采访（序号|接待日期|媒体单位|记者／摄像|采访内容|采访点位|陪同人员|刊播类型|刊播情况（日期、栏目／版面）|备注），报道日期不在“接待日期”而在“刊播情况”格的文字里（“已播出：2020年12月4日《茂名新闻联播》”“已刊发：2021.1.20 A12版”“已发布：2021-04-26 新华网”“已播出：2021年6月《茂名新闻》（具体日期待查）”只到月），没有级别栏，级别从媒体单位看（区融媒体中心/电白电视台→县，茂名日报社、茂名广播电视台→市，羊城晚报、广东广播电视台珠江频道、南方+→省，新华社（新华网发布）、CCTV-17→国家），电视看“刊播类型”。只有已刊播的采访是一条报道；“未刊发（稿件未采用）”“待播出”不是记录。②《经验材料文稿流转登记》每份文稿按环节一行（起草/股室审核/局领导签发/报送/采用，文稿编号和名称纵向合并），只有去向为“茂名市商务局”的“报送”行是向市局报送的经验材料；报区委办、区政府办的和“采用”行、未报送的不是。③《报道统计》是汇总，不是台账。陷阱：2021.8.25接待的茂名日报2021年9月2日才刊发、2021.9.6接待的9月7日发布（记录照列，日期在截止日后）；2021.8.30接待的南方+在8月31日发布；WG-05在2021.9.3才报送（照列）。',
    sheets: [
      { name: '媒体采访接待登记', rows: mediaSheet, merges: ['A1:J1', 'A2:J2', `A${mediaSheet.length}:J${mediaSheet.length}`] },
      { name: '经验材料文稿流转', rows: g, merges: gm },
      { name: '报道统计', rows: summary, merges: ['A1:C1'] },
    ],
    expect: {
      sheets: {
        '媒体采访接待登记': { kind: 'media', records: mediaRecords },
        '经验材料文稿流转': { kind: 'materials', records: [{ date: '2020-11-26' }, { date: '2021-03-08' }, { date: '2021-09-03' }] },
        '报道统计': { kind: null },
      },
    },
  };
  written.push(writeCase('ledgers', 'b42-l1-dianbai.json', obj));
}

// =====================================================================
// L2 佛冈县 — OA 支付流程步骤明细 + 驻村工作队员名册
// =====================================================================
function ledgerFogang() {
  const head = ['流程编号', '流程标题', '步骤', '环节名称', '处理人', '处理结果', '处理意见', '处理时间', '申请金额（元）', '实付金额（元）'];
  const rows = [row(10, '佛冈县商务局协同办公系统（OA）流程明细导出'),
    row(10, '导出条件：流程类型＝省级专项资金支付申请；发起时间 2020-01-01 至 2021-09-10；导出人：电商股 朱××；导出时间：2021-09-10 16:22:07'),
    head];
  const records = [];
  function flow(no, title, amountApplied, steps) {
    // steps: [环节, 处理人, 结果, 意见, 时间, 实付]
    steps.forEach((s, i) => {
      rows.push([no, title, i + 1, s[0], s[1], s[2], s[3] || null, s[4], i === 0 ? amountApplied : null, s[5] != null ? s[5] : null]);
      if (s[0].startsWith('国库支付') && s[2] === '支付成功') {
        const amt = typeof s[5] === 'number' ? s[5] : Number(String(s[5]).replace(/,/g, ''));
        records.push({ date: s[4].slice(0, 10), amount: amt });
      }
    });
  }
  const std = (d1, d2, d3, d4, d5) => [
    ['股室审核', '邓××（电商股股长）', '同意', null, d1],
    ['分管领导审批', '何××（副局长）', '同意', null, d2],
    ['局长审批', '罗××（局长）', '同意', null, d3],
    ['财政局审核', '县财政局经建股', '通过', null, d4],
  ];
  flow('ZJZF-2020-001', '县电商公共服务中心建设首期款', '450,000.00', [
    ['发起申请', '朱××', '提交', '按合同支付30%', '2020-06-15 09:12:44'],
    ...std('2020-06-15 15:40:02', '2020-06-16 10:03:51', '2020-06-17 08:47:16', '2020-06-22 11:20:09'),
    ['国库支付', '县国库集中支付中心', '支付成功', null, '2020-06-24 10:05:13', '450,000.00'],
  ]);
  flow('ZJZF-2020-002', '镇村电商服务站点建设（第一批）', 612000, [
    ['发起申请', '朱××', '提交', '第一批34个站点验收合格', '2020-07-10 14:31:20'],
    ...std('2020-07-11 09:02:45', '2020-07-13 16:18:30', '2020-07-14 09:25:12', '2020-07-17 15:44:01'),
    ['国库支付', '县国库集中支付中心', '支付成功', null, '2020-07-20 09:58:36', 612000],
  ]);
  flow('ZJZF-2020-003', '县乡村三级物流配送体系建设首期款', '380,000.00', [
    ['发起申请', '朱××', '提交', null, '2020-08-07 10:11:02'],
    ...std('2020-08-07 16:22:48', '2020-08-10 11:05:33', '2020-08-11 09:14:27', '2020-08-14 10:36:55'),
    ['国库支付', '县国库集中支付中心', '支付成功', null, '2020-08-18 14:27:40', '380,000.00'],
  ]);
  flow('ZJZF-2020-004', '电商培训费（第一批）', '126,000.00', [
    ['发起申请', '朱××', '提交', '第1-6期培训费', '2020-09-14 15:02:19'],
    ['股室审核', '邓××（电商股股长）', '同意', null, '2020-09-15 09:30:41'],
    ['分管领导审批', '何××（副局长）', '同意', null, '2020-09-16 10:12:05'],
    ['局长审批', '罗××（局长）', '同意', '第5、6期未验收，按已完成的4期核定85,600元', '2020-09-18 17:05:38'],
    ['财政局审核', '县财政局经建股', '通过', '核定支付85,600.00元', '2020-09-25 11:41:26'],
    ['国库支付', '县国库集中支付中心', '支付成功', null, '2020-09-29 10:20:03', '85,600.00'],
  ]);
  flow('ZJZF-2020-005', '农产品品牌推广费', '220,000.00', [
    ['发起申请', '朱××', '提交', null, '2020-10-19 09:40:11'],
    ...std('2020-10-19 14:55:20', '2020-10-20 10:31:09', '2020-10-21 09:06:44', null).slice(0, 3),
    ['财政局审核', '县财政局经建股', '退回', '缺活动验收报告，退回补充后重新提交', '2020-10-26 16:12:37'],
  ]);
  flow('ZJZF-2020-006', '镇村电商服务站点建设（第二批）', '540,000.00', [
    ['发起申请', '朱××', '提交', '第二批30个站点', '2020-10-28 10:02:56'],
    ...std('2020-10-28 15:17:23', '2020-10-29 09:48:10', '2020-10-30 11:26:41', '2020-11-06 10:05:18'),
    ['国库支付', '县国库集中支付中心', '退票', '收款账号有误，款项540,000.00元被退回', '2020-11-12 15:33:09'],
    ['国库支付（重新支付）', '县国库集中支付中心', '支付成功', '更正账号后重新支付', '2020-11-16 10:47:52', '540,000.00'],
  ]);
  flow('ZJZF-2020-007', '农产品品牌推广费（补充材料后重新提交）', 220000, [
    ['发起申请', '朱××', '提交', '已补活动验收报告（原ZJZF-2020-005）', '2020-12-08 09:21:35'],
    ...std('2020-12-08 16:40:02', '2020-12-10 10:02:48', '2020-12-11 08:55:19', '2020-12-18 14:30:27'),
    ['国库支付', '县国库集中支付中心', '支付成功', null, '2020-12-22 09:36:14', 220000],
  ]);
  flow('ZJZF-2021-001', '县电商公共服务中心运营费（2020年度）', '300,000.00', [
    ['发起申请', '朱××', '提交', null, '2021-01-12 10:30:48'],
    ...std('2021-01-12 15:12:06', '2021-01-14 09:43:31', '2021-01-15 10:20:19', '2021-01-25 16:02:44'),
    ['国库支付', '县国库集中支付中心', '支付成功', null, '2021-01-28 11:15:30', '300,000.00'],
  ]);
  flow('ZJZF-2021-002', '冷链及农产品溯源系统建设', '268,000.00', [
    ['发起申请', '朱××', '提交', null, '2021-03-05 09:18:22'],
    ...std('2021-03-05 14:27:50', '2021-03-08 10:06:13', '2021-03-09 09:31:47', '2021-03-16 15:20:38'),
    ['国库支付', '县国库集中支付中心', '支付成功', null, '2021-03-19 10:08:26', '268,000.00'],
  ]);
  flow('ZJZF-2021-003', '电商培训费（第二批）', '96,400.00', [
    ['发起申请', '朱××', '提交', '第5-12期', '2021-05-12 15:45:09'],
    ...std('2021-05-13 09:12:40', '2021-05-14 11:30:22', '2021-05-17 09:02:16', '2021-05-24 10:44:51'),
    ['国库支付', '县国库集中支付中心', '支付成功', null, '2021-05-26 14:19:07', 96400],
  ]);
  flow('ZJZF-2021-004', '县乡村三级物流配送体系建设二期款', '310,000.00', [
    ['发起申请', '朱××', '提交', null, '2021-06-25 10:26:33'],
    ...std('2021-06-25 16:03:18', '2021-06-28 09:40:55', '2021-06-29 10:11:07', '2021-07-06 15:27:44'),
    ['国库支付', '县国库集中支付中心', '支付成功', null, '2021-07-09 09:52:18', '310,000.00'],
  ]);
  flow('ZJZF-2021-005', '县电商公共服务中心建设尾款', '150,000.00', [
    ['发起申请', '朱××', '提交', '竣工验收合格', '2021-08-16 09:05:47'],
    ...std('2021-08-16 14:48:12', '2021-08-17 10:20:39', '2021-08-18 09:13:05', '2021-08-27 16:35:21'),
    ['国库支付', '县国库集中支付中心', '支付成功', null, '2021-08-31 15:42:09', '150,000.00'],
  ]);
  flow('ZJZF-2021-006', '镇村电商服务站点建设（第三批）', '258,000.00', [
    ['发起申请', '朱××', '提交', '第三批15个站点', '2021-08-23 10:12:30'],
    ...std('2021-08-23 15:30:44', '2021-08-24 09:50:21', '2021-08-25 11:02:36', null).slice(0, 3),
    ['财政局审核', '县财政局经建股', '审核中', null, null],
  ]);
  flow('ZJZF-2021-007', '电商培训费（第三批）', '64,800.00', [
    ['发起申请', '朱××', '提交', '第13-18期', '2021-08-26 16:20:55'],
    ...std('2021-08-27 09:14:18', '2021-08-30 10:31:47', '2021-08-31 08:58:02', '2021-09-06 11:22:39'),
    ['国库支付', '县国库集中支付中心', '支付成功', null, '2021-09-08 10:04:51', '64,800.00'],
  ]);
  rows.push(row(10, '共13条流程，89条处理记录'));
  assert(records.length === 12, 'fogang funds 12');
  const countSteps = rows.filter((r) => /^ZJZF/.test(String(r[0]))).length;
  rows[rows.length - 1][0] = `共13条流程，${countSteps}条处理记录`;

  // 驻村工作队员名册 → poorVillages
  const ph = ['序号', '姓名', '性别', '派出单位', '单位职务', '驻村职务', '驻点镇', '驻点村', '进驻时间', '备注'];
  const p = [row(10, '佛冈县省定贫困村驻村工作队队员名册'), row(10, '（2016—2020年精准扶贫期间派驻；2021年6月更新；全县省定贫困村8个）'), ph];
  const team = [
    ['张××', '男', '广州市白云区城管局', '科长', '队长（第一书记）', '石角镇', '观山村', '2016.5', null],
    ['李××', '男', '广州市白云区城管局', '科员', '队员', '石角镇', '观山村委会', '2016.5', null],
    ['陈××', '女', '佛冈县商务局', '干部', '队员', '石角镇', '观山村', '2018.3', '2020.12轮换离队'],
    ['梁××', '男', '广州市白云区卫健局', '副科长', '队长（第一书记）', '水头镇', '王田村', '2016.5', null],
    ['黄××', '男', '佛冈县财政局', '干部', '队员', '水头镇', '王田村民委员会', '2017.9', null],
    ['谭××', '男', '广州市白云区教育局', '科员', '队长（第一书记）', '水头镇', '西田村', '2016.5', null],
    ['邓××', '女', '佛冈县农业农村局', '干部', '队员', '水头镇', '西田村委会', '2019.4', null],
    ['罗××', '男', '清远市直机关', '主任科员', '队长（第一书记）', '汤塘镇', '龙南村', '2016.6', null],
    ['何××', '男', '佛冈县人社局', '干部', '队员', '汤塘镇', '龙南村', '2016.6', null],
    ['冯××', '男', '广州市白云区住建局', '副科长', '队长（第一书记）', '龙山镇', '潭洞村', '2016.5', null],
    ['朱××', '女', '佛冈县妇联', '干部', '队员', '龙山镇', '潭洞村委会', '2018.9', null],
    ['钟××', '男', '广州市白云区司法局', '科员', '队员', '龙山镇', '潭洞村', '2016.5', '2019.6轮换离队'],
    ['曾××', '男', '清远市直机关', '副主任科员', '队长（第一书记）', '迳头镇', '楼下村', '2016.6', null],
    ['叶××', '男', '佛冈县交通运输局', '干部', '队员', '迳头镇', '楼下村民委员会', '2017.3', null],
    ['温××', '男', '广州市白云区发改局', '科长', '队长（第一书记）', '高岗镇', '宝山村', '2016.5', null],
    ['蔡××', '女', '佛冈县供销社', '干部', '队员', '高岗镇', '宝山村委会', '2016.5', null],
    ['吴××', '男', '佛冈县商务局', '副局长', '队长（驻镇帮镇扶村）', '汤塘镇', '—（驻镇）', '2021.6', '2021年6月起驻镇帮镇扶村工作队，驻汤塘镇政府，不对应省定贫困村'],
    ['杨××', '男', '广州市白云区水务局', '科员', '队长（第一书记）', '石角镇', '黄花村', '2016.5', null],
    ['林××', '女', '佛冈县乡村振兴局', '干部', '队员', '石角镇', '黄花村', '2020.3', null],
    ['许××', '男', '佛冈县统计局', '干部', '队员', '水头镇', '西田村', '2020.12', '接替邓××'],
  ];
  team.forEach((t, i) => p.push([i + 1, ...t]));
  p.push(row(10, '合计：省定贫困村8个，驻村队员19人；驻镇帮镇扶村工作队1人（另计）'));
  const poorVillageRecords = ['观山村', '王田村', '西田村', '龙南村', '潭洞村', '楼下村', '宝山村', '黄花村'].map((name) => ({ name }));
  const note = [
    ['说明'],
    ['1.《支付流程明细》从局OA“流程查询—导出明细”直接导出，一条流程有多个处理步骤，每个步骤一行。'],
    ['2.“处理结果”：提交、同意、通过为审批通过；退回为流程终止需重新发起；审核中为尚未办结；国库支付环节“支付成功”为国库已划款，“退票”为款项被银行退回。'],
    ['3.“实付金额”只在国库支付成功的步骤填写；“申请金额”只在发起申请步骤填写。'],
    ['4.驻村工作队名册由县乡村振兴局提供，每名队员一行，同一贫困村有多名队员。'],
  ];
  const obj = {
    description: '佛冈县（清远）商务局电商股交的两张导出表加说明页：①局OA《支付流程明细》——一条“省级专项资金支付申请”流程占多行，每个处理步骤一行（流程编号|流程标题|步骤|环节名称|处理人|处理结果|处理意见|处理时间|申请金额（元）|实付金额（元）），发起申请→股室审核→分管领导→局长→财政局审核→国库支付；只有“国库支付……支付成功”那一步是一笔拨付，日期取该步骤处理时间（“2020-06-24 10:05:13”文本），金额取同一行“实付金额”（数字与千分位文本混写），不是发起行的“申请金额”。ZJZF-2020-004申请126,000元、局长按已完成期次核定、实付85,600元；ZJZF-2020-005财政退回（改由2020-007重新提交后支付）；ZJZF-2020-006先“退票”、再“国库支付（重新支付）”成功，只算成功那一次；ZJZF-2021-006财政“审核中”；2021-08-31当天成功的一笔照列；ZJZF-2021-007在2021-09-08支付（截止日后，照列）；末行“共13条流程…”不是记录。②县乡村振兴局的《省定贫困村驻村工作队队员名册》当省定贫困村名单：一名队员一行（同一村有2—3名队员，村名写法有“观山村/观山村委会/王田村民委员会”），按村在表中首次出现的顺序每村一条记录；驻镇帮镇扶村工作队那一行（驻点村“—（驻镇）”）不是贫困村；合计行不是记录。③说明页不是台账。',
    sheets: [
      { name: '支付流程明细', rows, merges: ['A1:J1', 'A2:J2'] },
      { name: '驻村工作队名册', rows: p, merges: ['A1:J1', 'A2:J2'] },
      { name: '说明', rows: note },
    ],
    expect: {
      sheets: {
        '支付流程明细': { kind: 'funds', records },
        '驻村工作队名册': { kind: 'poorVillages', records: poorVillageRecords },
        '说明': { kind: null },
      },
    },
  };
  written.push(writeCase('ledgers', 'b42-l2-fogang.json', obj));
}

countyYangchun();
factsLianping();
factsDeqing();
factsWuchuan();
ledgerDianbai();
ledgerFogang();
for (const w of written) console.log('wrote', w);
