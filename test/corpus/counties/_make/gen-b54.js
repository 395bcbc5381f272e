'use strict';
// Batch 54 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
// Batch 54 — blind layout cases (written from the design notes and the official indicator table only).
// Deterministic: no dependencies, fixed seeds. Run: node test/corpus/batch54/gen.js
const fs = require('fs');

// ------------------------------------------------------------------ helpers
function mulberry32(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function pick(r, arr) { return arr[Math.floor(r() * arr.length)]; }
function shuffle(r, arr) {
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); const t = a[i]; a[i] = a[j]; a[j] = t; }
  return a;
}
const D = (s) => ({ date: s });
const pad2 = (n) => String(n).padStart(2, '0');
function check(c, m) { if (!c) throw new Error('check failed: ' + m); }
const COLS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const A1 = (c, r) => COLS[c] + r;

function trimRow(row) {
  const a = row.map((x) => (x === undefined ? null : x));
  while (a.length && a[a.length - 1] === null) a.pop();
  return a;
}
function newSheet(name) { return { name, rows: [], merges: [] }; }
function put(sh, row) { sh.rows.push(trimRow(row)); return sh.rows.length; }
function merge(sh, c1, r1, c2, r2) { sh.merges.push(A1(c1, r1) + ':' + A1(c2, r2)); }
function finish(sh) { const o = { name: sh.name, rows: sh.rows }; if (sh.merges.length) o.merges = sh.merges; if (sh.hidden) o.hidden = true; return o; }

const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(s17) { let s = 0; for (let i = 0; i < 17; i++) s += Number(s17[i]) * IDW[i]; return '10X98765432'[s % 11]; }
function idMaker(seed, region) {
  const r = mulberry32(seed); const used = new Set();
  return function (male, yMin, yMax) {
    for (;;) {
      const y = yMin + Math.floor(r() * (yMax - yMin + 1));
      const m = 1 + Math.floor(r() * 12), d = 1 + Math.floor(r() * 28);
      const seq = pad2(Math.floor(r() * 100));
      const g = Math.floor(r() * 5) * 2 + (male ? 1 : 0);
      const s17 = region + y + pad2(m) + pad2(d) + seq + g;
      const id = s17 + idCheck(s17);
      if (!used.has(id)) { used.add(id); return id; }
    }
  };
}
const isMale = (id) => Number(id[16]) % 2 === 1;

const SURNAMES = ['叶', '黄', '陈', '李', '张', '刘', '钟', '曾', '罗', '林', '邓', '蔡', '何', '温', '朱', '吴', '杨', '徐', '彭', '赖', '廖', '王', '江', '古', '郑', '谢', '萧', '卢', '周', '许'];
const MALE = ['伟', '强', '军', '平', '辉', '明', '华', '勇', '建', '国', '志', '文', '斌', '海', '林', '东', '新', '锋', '福', '昌', '旺', '财', '荣', '生', '德', '发', '贵', '胜', '祥', '添', '亮', '坤', '庆', '永', '俊', '光', '其', '水', '石', '安'];
const FEMALE = ['芳', '英', '兰', '梅', '秀', '珍', '娟', '玲', '霞', '丽', '红', '凤', '莲', '群', '燕', '萍', '琴', '妹', '娣', '桂', '花', '月', '春', '玉', '娇', '容', '香', '银', '爱', '琼'];
function nameMaker(seed, surnames) {
  const r = mulberry32(seed); const used = new Set();
  return function (male) {
    for (;;) {
      const pool = male ? MALE : FEMALE;
      const g1 = pick(r, pool); const g2 = r() < 0.78 ? pick(r, pool) : '';
      if (g1 === g2 && male) continue;
      const n = pick(r, surnames || SURNAMES) + g1 + g2;
      if (!used.has(n)) { used.add(n); return n; }
    }
  };
}
function phoneMaker(seed) {
  const r = mulberry32(seed);
  return () => '1' + pick(r, ['3', '5', '8']) + pick(r, ['0', '2', '5', '6', '7', '8', '9']) + Array.from({ length: 8 }, () => Math.floor(r() * 10)).join('');
}
// two-character village-name stems (first + second), unique within a county
const ST1 = ['上', '下', '新', '石', '黄', '长', '高', '大', '小', '坪', '塘', '岭', '田', '湖', '围', '沙', '龙', '凤', '莲', '竹', '松', '梅', '桥', '溪', '白', '青', '红', '金', '平', '安', '吉', '和', '联', '光', '明', '禾', '樟', '榕', '茶', '马', '鹤', '牛', '虎', '岗', '洋', '罗', '陈', '李', '叶', '林', '钟', '温', '曾', '赖', '双', '三', '九', '南', '北', '东', '西', '中', '碧', '径', '蕉', '柏', '杨', '官', '福', '富', '宝', '兴', '永', '同', '合'];
const ST2 = ['坑', '塘', '岭', '田', '湖', '洞', '围', '埔', '坪', '头', '尾', '角', '湾', '排', '洋', '陂', '寮', '岗', '墩', '山', '水', '光', '明', '新', '和', '联', '安', '丰', '溪', '径', '桥', '楼', '屋', '园', '坝', '口', '背', '坳', '洲', '布', '美', '星', '村', '林', '石', '峰', '阳', '江'];
function stemMaker(seed, reserved) {
  const r = mulberry32(seed); const used = new Set(reserved || []);
  return function () {
    for (;;) {
      const a = pick(r, ST1), b = pick(r, ST2);
      if (a === b || b === '村') continue;
      const s = a + b;
      if (!used.has(s)) { used.add(s); return s; }
    }
  };
}

// ------------------------------------------------------------------ JSON writer (rows one per line)
function flatArray(v) { return v.every((x) => x === null || typeof x !== 'object' || (!Array.isArray(x) && Object.values(x).every((y) => y === null || typeof y !== 'object'))); }
function fmt(v, ind) {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  const pad = '  '.repeat(ind + 1), end = '  '.repeat(ind);
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    if (flatArray(v)) { const s = JSON.stringify(v); if (s.length <= 160 || v.every((x) => x === null || typeof x !== 'object')) return s; }
    return '[\n' + v.map((x) => pad + fmt(x, ind + 1)).join(',\n') + '\n' + end + ']';
  }
  const ent = Object.entries(v);
  if (ent.every(([, y]) => y === null || typeof y !== 'object')) { const s = JSON.stringify(v); if (s.length <= 160) return s; }
  return '{\n' + ent.map(([k, x]) => pad + JSON.stringify(k) + ': ' + fmt(x, ind + 1)).join(',\n') + '\n' + end + '}';
}
function save(rel, obj) {
  const p = path.join(ROOT, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, fmt(obj, 0) + '\n');
  console.log('wrote', path.relative(process.cwd(), p));
}

const CUT = '2021-08-31';
const le = (iso) => iso <= CUT; // ISO strings (YYYY-MM or YYYY-MM-DD) compare correctly for our data

// ================================================================== COUNTY: 惠东县
function buildHuidong() {
  const r = mulberry32(5402);
  // [town, villages, communities, poor villages, hand-picked stems]
  const TOWNS = [
    ['平山街道', 8, 14, 0, ['新平', '西枝']],
    ['大岭街道', 17, 3, 0, ['十二托', '马山']],
    ['白花镇', 22, 3, 2, ['谭公', '坪山']],
    ['梁化镇', 15, 2, 3, ['石屋寮']],
    ['稔山镇', 20, 3, 0, ['范和', '长排']],
    ['铁涌镇', 12, 2, 0, []],
    ['平海镇', 13, 3, 0, ['碧甲']],
    ['黄埠镇', 12, 3, 0, ['盐洲']],
    ['吉隆镇', 13, 2, 2, []],
    ['多祝镇', 29, 2, 5, ['皇思扬', '田坑']],
    ['白盆珠镇', 12, 1, 3, []],
    ['安墩镇', 20, 1, 5, []],
    ['宝口镇', 10, 1, 3, []],
    ['高潭镇', 23, 2, 5, ['中洞', '黄沙', '洪田']],
  ];
  const reserved = TOWNS.flatMap((t) => t[4]);
  const stem = stemMaker(9101, reserved);
  const villages = []; // {town, stem, admin, poor, express, idx}
  for (const [town, nv, nc, np, hand] of TOWNS) {
    const vs = [];
    for (let i = 0; i < nv; i++) vs.push(i < hand.length ? hand[i] : stem());
    const poorIdx = new Set(shuffle(r, vs.map((_, i) => i)).slice(0, np));
    vs.forEach((s, i) => villages.push({ town, stem: s, admin: true, poor: poorIdx.has(i), express: true }));
    for (let i = 0; i < nc; i++) villages.push({ town, stem: stem(), admin: false, poor: false, express: null });
  }
  const admin = villages.filter((v) => v.admin);
  const poorVs = admin.filter((v) => v.poor);
  check(admin.length === 226, 'admin 226');
  check(villages.length - admin.length === 42, 'communities 42');
  check(poorVs.length === 28, 'poor 28');

  // stations: 142 covered admin villages (27 poor); one poor village only gets a station on 2021-09-06
  const gaotanPoor = poorVs.filter((v) => v.town === '高潭镇');
  const lateP = gaotanPoor[2];
  const nonPoor = admin.filter((v) => !v.poor);
  const np2 = shuffle(r, nonPoor);
  const coveredNonPoor = np2.slice(0, 115);
  const uncoveredNonPoor = np2.slice(115);
  const lateN = uncoveredNonPoor.find((v) => v.town === '梁化镇');
  const expressNo = uncoveredNonPoor.find((v) => v.town === '安墩镇');
  check(lateN && expressNo, 'late/express picks');
  expressNo.express = false;
  const covered = shuffle(r, poorVs.filter((v) => v !== lateP).concat(coveredNonPoor));
  check(covered.length === 142, 'covered 142');
  const townOrder = (v) => TOWNS.findIndex((t) => t[0] === v.town);
  const byTown = (a, b) => townOrder(a) - townOrder(b);
  const b1 = covered.slice(0, 60).sort(byTown);
  const b2 = covered.slice(60, 108).sort(byTown);
  const b3 = covered.slice(108, 137).sort(byTown);
  const b4 = covered.slice(137, 142).sort(byTown);
  const community0 = villages.find((v) => !v.admin && v.town === '平山街道');
  const dup1 = b1[7];
  const dup2 = b2[11];

  const names = nameMaker(7707);
  const phone = phoneMaker(8808);
  const stations = []; // {town, vname, sname, iso, disp, batch, note, village}
  const vDisp = (v, k) => (k % 10 < 6 ? v.stem + '村' : k % 10 < 9 ? v.stem + '村委会' : v.stem + '村民委员会');
  const b1Dates = ['2020-11-20', '2020-11-27', '2020-12-04', '2020-12-11', '2020-12-18', '2020-12-25'];
  b1.forEach((v, i) => stations.push({ v, iso: b1Dates[Math.floor(i / 10)], disp: D(b1Dates[Math.floor(i / 10)]), batch: '第一批' }));
  const b2Days = [12, 18, 25, 31];
  const b2rows = b2.map((v) => ({ v }));
  b2rows.splice(3, 0, { v: community0, note: '社区站' });
  b2rows.splice(20, 0, { v: dup1, note: '同村第二个站点（圩镇点）' });
  b2rows.forEach((o, i) => { const d = b2Days[Math.floor(i / 13)]; stations.push({ v: o.v, iso: '2021-03-' + pad2(d), disp: '2021.3.' + d, batch: '第二批', note: o.note }); });
  const b3rows = b3.map((v) => ({ v }));
  b3rows.splice(9, 0, { forest: true, note: '林场职工服务点' });
  b3rows.forEach((o) => stations.push({ v: o.v, forest: o.forest, iso: '2021-06', disp: '2021年6月', batch: '第三批', note: o.note }));
  const b4rows = b4.map((v) => ({ v }));
  b4rows.splice(2, 0, { v: dup2, note: '同村第二个站点' });
  b4rows.forEach((o) => stations.push({ v: o.v, iso: '2021-08-20', disp: '2021/8/20', batch: '第四批', note: o.note }));
  stations.push({ v: lateP, iso: '2021-09-06', disp: '2021.9.6', batch: '第五批', note: '省定贫困村' });
  stations.push({ v: lateN, iso: '2021-09-15', disp: '2021年9月15日', batch: '第五批' });
  check(stations.length === 148, 'stations 148');

  // measure coverage as a reviewer would
  const covSet = new Set();
  for (const s of stations) if (!s.forest && s.v.admin && le(s.iso)) covSet.add(s.v);
  check(covSet.size === 142, 'coverage 142');
  check([...covSet].filter((v) => v.poor).length === 27, 'poor coverage 27');

  // ---------------- training sessions
  // [no, iso(end), display, place, content, target, personTimes, poorPT, note, special]
  const S = [
    [1, '2020-09-24', D('2020-09-24'), '平山街道文化站', '电商基础知识普及', '村干部、返乡青年、个体户', 186, 6],
    [2, '2020-10-15', '2020.10.15', '大岭街道办会议室', '网店开设与运营', '群众', 172, 4],
    [3, '2020-10-22', '2020年10月22日', '白花镇政府', '电商基础知识普及', '群众', 168, 9],
    [4, '2020-10-29', '2020.10.29', '梁化镇政府', '农产品上行与包装', '种养大户、合作社', 172, 11],
    [5, '2020-11-12', '2020.11.12', '稔山镇政府', '海产干货网销', '渔民、个体户', 210, 5],
    [6, '2020-11-26', '2020.11.26', '县电商公共服务中心（筹）', '贫困户专场：手机开店、微信卖货', '建档立卡贫困户（专场）', 42, 42, '签到表见《专场签到》', 1],
    [7, '2020-12-10', D('2020-12-10'), '铁涌镇政府', '电商基础知识普及', '群众', 195, 7],
    [8, '2020-12-17', '2020.12.17', '平海镇政府', '乡村旅游+电商', '民宿业主、群众', 188, 3],
    [9, '2021-01-21', '21.1.21', '县电商公共服务中心', '贫困户专场：短视频拍摄', '建档立卡贫困户（专场）', 38, 38, '签到表见《专场签到》', 2],
    [10, '2021-01-28', '21.1.28', '黄埠镇政府', '返乡青年电商创业', '返乡青年', 226, 4],
    [11, '2021-03-11', '2021.3.11', '吉隆镇政府', '电商基础知识普及', '群众', 245, 10],
    [12, '2021-03-25', '2021年3月25日', '多祝镇政府', '农产品网销（梅菜、三黄胡须鸡）', '种养户', 268, 15],
    [13, '2021-04-15', '2021.4.15', '县电商公共服务中心', '贫困户专场：网店客服与打包发货', '建档立卡贫困户（专场）', 45, 45, '签到表见《专场签到》', 3],
    [14, '2021-04-22', D('2021-04-22'), '白盆珠镇政府', '电商基础知识普及', '群众', 186, 12],
    [15, '2021-05-13', '2021.5.13', '安墩镇政府', '电商基础知识普及', '群众', 232, 14],
    [16, '2021-05-27', '2021.5.27', '宝口镇政府', '电商基础知识普及', '群众', 205, 9],
    [17, '2021-06-10', '2021.6.10', '高潭镇政府（革命老区）', '红色旅游+农特产品网销', '群众', 238, 17],
    [18, '2021-06-24', '2021/6/24', '县电商公共服务中心', '贫困户专场：直播带货入门', '建档立卡贫困户（专场）', 40, 40, '签到表见《专场签到》', 4],
    [19, '2021-07-08', '2021.7.7-8', '县电商公共服务中心', '直播电商提升班（两天）', '电商企业、网店店主', 96, 0, '增值培训'],
    [20, '2021-07-15', '2021.7.15', '线上（视频号直播）', '“惠东好物”带货公开课', '社会公众', 612, 0, '按后台观看人数计'],
    [21, '2021-07-29', '2021.7.29', '稔山镇范和村', '渔村电商', '渔民', 208, 6],
    [22, '2021-08-12', '2021.8.12', '平山街道', '返乡大学生电商实训', '返乡大学生', 186, 2],
    [23, '2021-08-19', '2021.8.19', '县电商公共服务中心', '贫困户专场：农产品上架与售后', '建档立卡贫困户（专场）', 36, 36, '签到表见《专场签到》', 5],
    [24, '2021-08-26', '2021.8.26', '线上（视频号直播）', '农产品短视频拍摄', '社会公众', 426, 0, '按后台观看人数计'],
    [25, '2021-09-01', '2021.8.31-9.1', '梁化镇政府', '电商基础知识普及（两天）', '群众', 312, 13, '9月1日结束'],
    [26, '2021-09-09', '2021.9.9', '县电商公共服务中心', '贫困户专场：年货节备货', '建档立卡贫困户（专场）', 30, 30, '签到表见《专场签到》', 6],
  ];
  const ptCut = S.filter((s) => le(s[1])).reduce((a, s) => a + s[6], 0);
  check(ptCut === 4620, 'person-times 4620 got ' + ptCut);
  check(S.reduce((a, s) => a + s[6], 0) === 4962, 'person-times all 4962');

  // ---------------- poor persons (480) and special-session sign-ins
  const mkId = idMaker(4413, '441323');
  const pnames = nameMaker(3131);
  const persons = [];
  const hostVillages = poorVs.concat(shuffle(r, nonPoor).slice(0, 30));
  let hh = 0;
  while (persons.length < 480) {
    const v = hostVillages[hh % hostVillages.length]; hh++;
    const size = Math.min(480 - persons.length, 1 + Math.floor(r() * 4));
    const hid = '4413230' + pad2(townOrder(v) + 1) + String(1000 + hh).slice(1);
    let head = null;
    for (let k = 0; k < size; k++) {
      const male = k === 0 ? r() < 0.8 : r() < 0.5;
      const id = mkId(male, k === 0 ? 1950 : 1960, k === 0 ? 1985 : 2002);
      const nm = pnames(male);
      if (k === 0) head = nm;
      const rel = k === 0 ? '户主' : k === 1 ? (male ? '之子' : '配偶') : male ? '之子' : '之女';
      persons.push({ v, hid, head, name: nm, rel, id, male });
    }
  }
  // oldest 88 have no labour capacity; 118 of the rest are migrant workers; 274 eligible
  const byAge = persons.slice().sort((a, b) => a.id.slice(6, 14).localeCompare(b.id.slice(6, 14)));
  byAge.slice(0, 88).forEach((p, i) => { p.cat = 'C'; p.labour = i % 3 === 0 ? '丧失劳动能力' : '无劳动能力'; p.mig = null; });
  const rest = shuffle(r, byAge.slice(88));
  rest.slice(0, 118).forEach((p) => { p.cat = 'B'; p.labour = '有劳动能力'; p.mig = '是'; p.place = pick(r, ['深圳市', '东莞市', '惠州市惠城区', '广州市', '惠州市惠阳区', '深圳市龙岗区']); });
  rest.slice(118).forEach((p) => { p.cat = 'A'; p.labour = '有劳动能力'; p.mig = '否'; p.place = pick(r, [null, null, '本村', '县内（平山）', null]); });
  const A = persons.filter((p) => p.cat === 'A'), B = persons.filter((p) => p.cat === 'B'), Cc = persons.filter((p) => p.cat === 'C');
  check(A.length === 274 && B.length === 118 && Cc.length === 88, 'categories');
  const aShuf = shuffle(r, A);
  const firstBy = [aShuf.slice(0, 36), aShuf.slice(36, 62), aShuf.slice(62, 96), aShuf.slice(96, 126), aShuf.slice(126, 151)];
  const neverBefore = aShuf.slice(151, 171); // first time only in September
  const bShuf = shuffle(r, B), cShuf = shuffle(r, Cc);
  const bySess = [bShuf.slice(0, 4), bShuf.slice(4, 10), bShuf.slice(10, 12), [], []];
  const cBy = [[cShuf[0]], [], [cShuf[1]], [], [cShuf[2]]];
  const extNames = nameMaker(6161);
  const mkExt = idMaker(9944, '441323');
  const outsiders = [0, 2, 3, 4].map(() => { const male = r() < 0.5; return { name: extNames(male), id: mkExt(male, 1965, 1995), male, v: pick(r, poorVs), ext: true }; });
  const signRows = []; // {sess, p, idText, note}
  const attended = [];
  const repeatsN = [0, 6, 7, 8, 8];
  for (let s = 0; s < 5; s++) {
    const list = [];
    firstBy[s].forEach((p) => list.push({ p }));
    const pool = shuffle(r, attended.slice());
    for (let k = 0; k < repeatsN[s]; k++) list.push({ p: pool[k] });
    if (s === 3) list.push({ p: pool[repeatsN[s]], masked: true });
    bySess[s].forEach((p) => list.push({ p, note: s === 1 ? '春节返乡' : '返乡' }));
    cBy[s].forEach((p) => list.push({ p }));
    if (s !== 1) list.push({ p: outsiders.shift(), note: '边缘易致贫户' });
    if (s === 4) list.push({ p: { name: extNames(true), v: pick(r, poorVs), male: true }, blank: true, note: '未带身份证' });
    const ordered = shuffle(r, list);
    ordered.forEach((o) => signRows.push(Object.assign({ sess: s + 1 }, o)));
    firstBy[s].forEach((p) => attended.push(p));
  }
  {
    const list = neverBefore.map((p) => ({ p }));
    const pool = shuffle(r, attended.slice());
    for (let k = 0; k < 10; k++) list.push({ p: pool[k] });
    shuffle(r, list).forEach((o) => signRows.push(Object.assign({ sess: 6 }, o)));
  }
  const sizes = [1, 2, 3, 4, 5, 6].map((s) => signRows.filter((o) => o.sess === s).length);
  check(sizes.join() === '42,38,45,40,36,30', 'special sizes ' + sizes.join());
  const eligIds = new Set(A.map((p) => p.id));
  const trainedCut = new Set();
  signRows.forEach((o) => { if (o.sess <= 5 && !o.masked && !o.blank && eligIds.has(o.p.id)) trainedCut.add(o.p.id); });
  check(trainedCut.size === 151, 'trained eligible 151 got ' + trainedCut.size);

  // ---------------- enterprises (23)
  const ENT = [
    ['惠东县东和电子商务有限公司', '电商运营商', '县中心及产业园运营', '2020-12-15', null],
    ['惠州市惠东好物供应链管理有限公司', '平台型', '“惠东好物”小程序商城', '2021-03-26', null],
    ['惠东县平山鲜达农产品网店', '销售型', '淘宝、拼多多店铺', '2021-03-26', null],
    ['惠东县梁化梅菜电子商务有限公司', '销售型', '梅菜网销', '2021-03-26', null],
    ['惠州市稔海渔业电子商务有限公司', '销售型', '海产干货网销', '2021-03-26', null],
    ['惠东县多祝三黄鸡专业合作社（电商部）', '销售型', '三黄胡须鸡网销', '2021-03-26', null],
    ['中国邮政集团有限公司惠东县分公司电商寄递部', '物流快递', '寄递、仓配', '2021-03-26', null],
    ['惠东县众速快递服务有限公司', '物流快递', '快递共配', '2021-03-26', null],
    ['惠州市云上直播文化传媒有限公司', '直播电商', '直播带货', '2021-03-26', null],
    ['惠东县乐淘网络科技有限公司', '电商运营商', '网店代运营', '2021-03-26', null],
    ['惠东县吉隆红薯电子商务工作室', '销售型', '红薯、薯干网销', '2021-03-26', '2021-05-31'],
    ['惠东县高潭红色印象农产品有限公司', '销售型', '老区农特产品网销', '2021-03-26', null],
    ['惠州市鹏程冷链物流有限公司惠东分公司', '物流快递', '冷链仓储配送', '2021-04-08', null],
    ['惠东县巽寮湾海味电子商务有限公司', '销售型', '海产网销', '2021-04-20', null],
    ['惠东县谷丰农业发展有限公司', '生产加工', '马铃薯分级包装', '2021-04-20', null],
    ['惠州市优品汇网络科技有限公司', '平台型', '社区团购平台', '2021-05-06', null],
    ['惠东县鞋业跨境电商服务中心', '电商运营商', '鞋业跨境电商代运营', '2021-05-18', '2021-07-15'],
    ['惠东县小鲜妹直播工作室', '直播电商', '直播带货', '2021-06-01', null],
    ['惠东县白盆珠山货电子商务有限公司', '销售型', '山货网销', '2021-06-15', null],
    ['惠州市绿源茶业有限公司（网店）', '生产加工', '茶叶加工及网销', '2021-07-02', null],
    ['惠东县新农人电商服务有限公司', '电商运营商', '网店代运营、美工', '2021-07-20', null],
    ['惠东县抖乡村直播基地', '直播电商', '短视频、直播', '2021-08-09', null],
    ['惠州市拼购农品平台运营有限公司', '平台型', '农产品团购平台', '2021-09-08', null],
  ];
  const inPark = ENT.filter((e) => le(e[3]) && !(e[4] && e[4] < CUT));
  check(inPark.length === 20, 'park 20');
  const codeR = mulberry32(2211); const CC = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const codes = ENT.map(() => '91441323MA5' + Array.from({ length: 7 }, () => pick(codeR, CC)).join(''));

  // ---------------- funds
  const FUND = [
    ['2020-07-10', D('2020-07-10'), '县电子商务公共服务中心装修（首期）', '惠州市建德装饰工程有限公司', 450000, '记-2020-07-015'],
    ['2020-09-15', '2020.9.15', '第三方运营服务费（首期）', '惠东县东和电子商务有限公司', 300000, '记-2020-09-022'],
    ['2020-10-20', '2020.10.20', '电商培训费（第一阶段）', '惠东县东和电子商务有限公司', '186,000.00', '记-2020-10-031'],
    ['2020-11-30', '2020年11月30日', '村级站点建设补助（第一批）', '各站点承办主体（详见附表）', 540000, '记-2020-11-047'],
    ['2020-12-25', D('2020-12-25'), '县电子商务公共服务中心装修（二期）', '惠州市建德装饰工程有限公司', '350,000.00', '记-2020-12-063'],
    ['2021-01-22', '2021.1.22', '县级物流分拣中心设备', '惠州市众诚物流设备有限公司', 420000, '记-2021-01-009'],
    ['2021-02-05', '2021.2.5', '“惠东好物”区域公用品牌VI设计', '广州市禾木品牌策划有限公司', 98000, '记-2021-02-004'],
    ['2021-03-18', D('2021-03-18'), '村级站点建设补助（第二批）', '各站点承办主体（详见附表）', 480000, '记-2021-03-028'],
    ['2021-04-12', '2021.4.12', '退回：站点补助多付（1个站点验收未达标）', '—', -12600, '记-2021-04-017', '负数为退回'],
    ['2021-04-28', '2021.4.28', '电商培训费（第二阶段）', '惠东县东和电子商务有限公司', '215,000.00', '记-2021-04-036'],
    ['2021-05-20', '2021年5月20日', '产业园改造工程', '惠州市建德装饰工程有限公司', 260000, '记-2021-05-025'],
    ['2021-06-18', '2021.6.18', '第三方运营服务费（二期）', '惠东县东和电子商务有限公司', 200000, '记-2021-06-031'],
    ['2021-07-15', D('2021-07-15'), '预冷库设备', '惠州市鹏程冷链物流有限公司', 175000, '记-2021-07-020'],
    ['2021-08-20', '2021.8.20', '农产品溯源系统', '广东智溯信息科技有限公司', 120000, '记-2021-08-026'],
    ['2021-08-30', '2021.8.30', '村级站点建设补助（第三批首期）', '各站点承办主体（详见附表）', 181000, '记-2021-08-041'],
    ['2021-09-06', '2021.9.6', '村级站点建设补助（第三批尾款）', '各站点承办主体（详见附表）', 420000, '记-2021-09-008', '9月'],
  ];
  const fundNum = (x) => (typeof x === 'number' ? x : Number(String(x).replace(/,/g, '')));
  const spentCut = FUND.filter((f) => le(f[0])).reduce((a, f) => a + fundNum(f[4]), 0);
  check(spentCut === 3962400, 'spent 3962400 got ' + spentCut);

  // ---------------- sheet 1: the clerk's facts / self-assessment sheet — a running "流水账"
  const F = newSheet('推进流水账');
  let n;
  n = put(F, ['惠东县电子商务进农村综合示范创建工作推进流水账（底数·流水·自评）']); merge(F, 0, n, 7, n);
  n = put(F, ['记账：县商务局电商股　林××　　　　考评截止：2021年8月31日（9月以后的事照记，但不算进考评）']); merge(F, 0, n, 7, n);
  put(F, []);
  n = put(F, ['一、县情底数（这几个数不记流水，以出处为准）']); merge(F, 0, n, 7, n);
  put(F, ['项目', '数', '单位', '出处', '备注']);
  put(F, ['县（区）', '惠东县', null, null, '惠州市']);
  put(F, ['常住人口', 93.62, '万人', '第七次全国人口普查公报（2021年5月）', '户籍人口88.95万，不用']);
  put(F, ['行政村', 226, '个', '县民政局（2021年换届后）', '另有社区（居委会）42个，不算行政村']);
  put(F, ['省定贫困村', 28, '个', '县乡村振兴局', '2016—2020年帮扶，已全部出列']);
  put(F, ['2019年农村网络零售额', 38.62, '亿元', '市商务局反馈（第三方监测）', null]);
  put(F, ['2020年农村网络零售额', 47.35, '亿元', '同上', '同比增长22.6%']);
  put(F, ['2019年农产品网络零售额', 5.12, '亿元', '同上', null]);
  put(F, ['2020年农产品网络零售额', 6.83, '亿元', '同上', '同比增长33.4%']);
  put(F, []);
  n = put(F, ['二、推进流水（一件事记一行；“累计”是记账当时的累计数；同一天的事用“〃”）']); merge(F, 0, n, 7, n);
  put(F, ['日期', '事项', '类别', '本次', '累计', '单位', '文号/出处', '备注']);
  const FLOW = [
    ['2019.11.26', '县政府召开电子商务进农村综合示范县创建动员大会，县长到会部署', '组织'],
    [D('2019-12-20'), '成立县电子商务进农村综合示范工作领导小组：县委副书记、县长任组长，分管副县长任常务副组长，县商务局局长任办公室主任', '组织', null, null, null, '东府办函〔2019〕312号'],
    ['〃', '领导小组成员单位：县商务局、县财政局、县农业农村局、县扶贫办（2021年5月起为县乡村振兴局）、县发展改革局、县市场监管局、县交通运输局、县邮政分公司', '组织', 8, 8, '个单位', '同上'],
    ['2020.1.15', '省级专项资金下达（2019年省级电子商务进农村综合示范）', '资金下达', 500, 500, '万元', '惠市财工〔2020〕3号转下达', '1月20日到县财政专户'],
    ['2020.3.16', '县政府办公室印发《惠东县电子商务进农村综合示范县创建工作方案》', '方案', null, null, null, '东府办〔2020〕9号'],
    ['2020.4.28', '县政府办公室印发《惠东县扶持农村电子商务发展若干措施》（场租补贴、快递物流补贴、电商人才奖励）', '政策', null, null, null, '东府办〔2020〕14号'],
    ['2020.5.12', '县商务局、县财政局联合印发《惠东县省级电子商务进农村综合示范专项资金管理办法》；同日建立专项资金专用台账', '资金制度', null, null, null, '东商〔2020〕21号'],
    ['2020年5月20日', '县政府门户网站“电子商务进农村综合示范”专栏上线，首条挂出创建工作方案', '信息公开', null, null, null, '县政府门户网站'],
    ['2020.6.18', '公开招标确定第三方运营服务商：惠东县东和电子商务有限公司（运营县中心、产业园，负责站点运营指导和培训）', '服务商', null, null, null, '招标编号HDCG2020-0617'],
    ['2020.7.10', '拨付：县公共服务中心装修首期款', '资金拨付', 45, 45, '万元', '记-2020-07-015'],
    ['2020.7.16', '专栏公示项目基本信息（8个子项目的名称、承建单位、资金安排、完成时限）', '信息公开'],
    ['2020.8.12', '专栏挂出第1期项目建设进度，以后每月一期；专栏页面开设“意见征集”和监督举报电话、邮箱', '信息公开'],
    ['2020.9.8', '首次向市商务局报送月报（8月份），附电商扶贫统计表（贫困户参训、带动增收）', '报送', null, null, null, null, '以后每月10日前报'],
    ['2020.9.15', '拨付：第三方运营服务费（首期）', '资金拨付', 30, 75, '万元', '记-2020-09-022'],
    [D('2020-09-24'), '第1期电商普及培训（平山街道）', '培训', 186, 186, '人次'],
    ['2020.10.20', '拨付：电商培训费（第一阶段）', '资金拨付', 18.6, 93.6, '万元', '记-2020-10-031'],
    ['2020年10月', '10月培训3期（大岭街道、白花镇、梁化镇）', '培训', 512, 698, '人次'],
    ['2020.11.6', '完成《惠东县农产品网络销售情况调研报告》报市商务局，提出马铃薯、梅菜、海产干货三条上行建议', '上行'],
    ['2020年11月', '11月培训2期（稔山镇；贫困户专场第1期42人）', '培训', 252, 950, '人次'],
    ['2020.11.30', '拨付：村级站点建设补助（第一批）', '资金拨付', 54, 147.6, '万元', '记-2020-11-047'],
    ['2020.12.25', '第一批村级电商服务站点挂牌（11月20日起陆续挂牌）', '站点', 60, 60, '个'],
    ['〃', '拨付：县公共服务中心装修二期款', '资金拨付', 35, 182.6, '万元', '记-2020-12-063'],
    ['2020年12月', '12月培训2期（铁涌镇、平海镇）；组织“双12惠东好物节”网络促销，线上销售1,260万元', '培训', 383, 1333, '人次'],
    [D('2021-01-18'), '县电子商务公共服务中心投入运营（平山街道华侨城东和大厦1—3楼）：一楼农特产品展示展销厅，全县农产品免费进驻展示、代销；二楼培训室80座、电脑40台，免费开展电商基础培训；组织“惠东好物”区域公用品牌统一推广，指导企业注册商标、设计包装；提供代办营业执照、网店开设、融资对接等增值服务；摄影棚、美工设计按成本价收费（产品拍摄30元/款）', '服务中心'],
    ['2021.1.22', '拨付：县级物流分拣中心设备款', '资金拨付', 42, 224.6, '万元', '记-2021-01-009'],
    ['2021年1月', '1月培训2期（贫困户专场第2期38人；黄埠镇返乡青年班）', '培训', 264, 1597, '人次'],
    ['2021.2.5', '拨付：“惠东好物”品牌VI设计费', '资金拨付', 9.8, 234.4, '万元', '记-2021-02-004'],
    ['2021年2月', '春节，停训', '培训', 0, 1597, '人次'],
    ['2021.3.18', '拨付：村级站点建设补助（第二批）', '资金拨付', 48, 282.4, '万元', '记-2021-03-028'],
    ['2021.3.26', '县电子商务产业园揭牌（整合原平山电商创业园，设在东和大厦3—4楼），首批入驻12家', '产业园', 12, 12, '家'],
    ['2021.3.31', '第二批站点挂牌（含平山街道社区站1个）', '站点', 50, 110, '个'],
    ['2021年3月', '3月培训2期（吉隆镇、多祝镇）', '培训', 513, 2110, '人次'],
    ['2021.4.12', '收回：站点补助多付（1个站点验收未达标，退回）', '资金拨付', -1.26, 281.14, '万元', '记-2021-04-017'],
    ['2021.4.20', '县邮政管理局出具证明：全县226个行政村快递物流全覆盖（覆盖率100%）', '上行'],
    ['2021.4.28', '拨付：电商培训费（第二阶段）', '资金拨付', 21.5, 302.64, '万元', '记-2021-04-036'],
    ['2021年4月', '4月培训2期（贫困户专场第3期45人；白盆珠镇）', '培训', 231, 2341, '人次'],
    ['2021.5.20', '拨付：产业园改造工程款', '资金拨付', 26, 328.64, '万元', '记-2021-05-025'],
    ['2021.5.28', '县农业农村局、县市场监管局发布《惠东马铃薯电商销售分级包装规范》；预冷库、溯源系统在建', '上行'],
    ['2021年5月', '5月培训2期（安墩镇、宝口镇）', '培训', 437, 2778, '人次'],
    ['2021.6.10', '向市商务局报送经验材料《“中心+站点+直播”让惠东好物出山进城》', '宣传'],
    ['2021.6.18', '拨付：第三方运营服务费（二期）', '资金拨付', 20, 348.64, '万元', '记-2021-06-031'],
    ['2021.6.30', '第三批站点挂牌（含莲花山林场职工服务点1个）', '站点', 30, 140, '个'],
    ['2021年6月', '6月培训2期（高潭镇；贫困户专场第4期40人）；“618”直播带货节', '培训', 278, 3056, '人次'],
    ['2021.7.15', '拨付：预冷库设备款', '资金拨付', 17.5, 366.14, '万元', '记-2021-07-020'],
    ['2021年7月', '7月培训3期（直播电商提升班、线上公开课612人次、稔山镇渔民班）', '培训', 916, 3972, '人次'],
    ['2021.8.20', '拨付：农产品溯源系统', '资金拨付', 12, 378.14, '万元', '记-2021-08-026'],
    ['〃', '第四批站点挂牌', '站点', 6, 146, '个', null, '146个站点有站的行政村142个（社区站1、林场站1、同村第二站2不算），142÷226＝62.8%，按200个算71%'],
    ['2021年8月', '8月培训3期（平山街道返乡大学生班；贫困户专场第5期36人；线上第二场426人次）', '培训', 648, 4620, '人次'],
    ['2021.8.30', '拨付：村级站点建设补助（第三批首期）', '资金拨付', 18.1, 396.24, '万元', '记-2021-08-041', '支出率79.2%'],
    [D('2021-08-31'), '县乡村振兴局核定：有劳动能力且不外出务工的建档立卡贫困人口274人；截至8月31日参加过电商培训的151人（按身份证号去重）', '培训', null, 151, '人', '县乡村振兴局核定表', '培训率55.1%'],
    ['〃', '产业园在园企业20家（累计入驻22家，5月、7月各迁出1家）', '产业园', null, 20, '家'],
    ['〃', '项目总体进度约88%（按合同完成量测算）', '进度'],
    ['2021.9.1', '梁化镇两天班（8月31日—9月1日）结束', '培训', 312, 4932, '人次', null, '9月，考评不算'],
    ['2021.9.6', '拨付：村级站点建设补助（第三批尾款）', '资金拨付', 42, 438.24, '万元', '记-2021-09-008', '9月，考评不算'],
    ['〃', '第五批站点挂牌（' + lateP.town + lateP.stem + '村，省定贫困村）', '站点', 1, 147, '个', null, '9月，考评不算'],
    ['2021.9.8', '产业园新入驻1家', '产业园', 1, 21, '家', null, '9月，考评不算'],
    ['2021.9.9', '贫困户专场第6期', '培训', 30, 4962, '人次', null, '9月，考评不算'],
    ['2021.9.15', 'CCTV-17《三农群英汇》播出高潭老区电商扶贫案例；' + lateN.town + lateN.stem + '村站点挂牌', '宣传', null, null, null, null, '9月，考评不算'],
  ];
  FLOW.forEach((f) => put(F, f));
  put(F, []);
  n = put(F, ['三、我们自己打的分（按8月31日口径；主观项是9月2日局务会定的）']); merge(F, 0, n, 7, n);
  put(F, ['板块', '小项（我们的叫法）', '满分', '自评', '怎么算的/依据']);
  const SELF = [
    ['组织', '谁挂帅（领导小组）', 2, 2, '县长任组长，商务、财政、农业农村、扶贫（乡村振兴）都在'],
    [null, '创建方案', 2, 2, '东府办〔2020〕9号，正式印发'],
    [null, '扶持政策', 2, 1, '若干措施出了，兑现的材料不够全，打1分'],
    [null, '项目管理', 4, 3, '管理制度2分；工作台账1分（2020年的台账是后来补记的，不够细）'],
    ['进农村', '县中心＋产业园', 15, 14, '摄影美工收费扣1分；园区在园20家正好够'],
    [null, '村站点覆盖', 10, 10, '142个村有站，按200个算71%；贫困村28个都有站'],
    [null, '农产品上行', 10, 9, '调研2、促销2、第三方1、快递1、标准冷链溯源1、增速2（农产品网零增33.4%）'],
    [null, '电商培训', 20, 18, '4620人次÷50万＝0.924%，8分；贫困户151÷274＝55.1%，10分'],
    ['公开报送', '政府网专栏', 4, 4, '内容齐，每月都有更新'],
    [null, '月报', 6, 6, '每月报，附扶贫统计'],
    ['宣传', '经验材料', 2, 2, '6月10日报市局'],
    [null, '媒体报道', 8, 8, '省（南方日报、广东新闻联播）、市（惠州日报）、县（融媒体中心）都有'],
    ['资金', '资金管理制度', 5, 5, '东商〔2020〕21号'],
    [null, '资金台账', 5, 4, '承建方台账有两家不够规范'],
    [null, '资金拨付', 5, 4, '拨付396.24万元，79.2%；有两笔拖了一个月，打4分'],
    ['加分', '贫困户培训率到70%', 2, 0, '55.1%，不够'],
    [null, '扶贫案例上电视', 2, 1, '广东新闻联播（省级）1分；央视9月15日播的不算'],
    ['否决', '安全生产、质量事故或重大损失', '—', '无', null],
    [null, '总体进度不足40%', '—', '无', '总体进度约88%'],
    [null, '弄虚作假', '—', '无', null],
    ['合计', null, '100＋4', 93, null],
  ];
  const selfStart = F.rows.length + 1;
  SELF.forEach((s) => put(F, s));
  // merge group cells in column A
  const groups = [[0, 4], [4, 8], [8, 10], [10, 12], [12, 15], [15, 17], [17, 20]];
  groups.forEach(([a, b]) => merge(F, 0, selfStart + a, 0, selfStart + b - 1));
  put(F, []);
  n = put(F, ['记：以上自评93分（含加分1分）。']); merge(F, 0, n, 7, n);

  // ---------------- sheet 2: villages
  const V = newSheet('村居名单');
  n = put(V, ['惠东县行政村（社区）名单']); merge(V, 0, n, 6, n);
  n = put(V, ['来源：县民政局（2021年村（社区）换届后）　　整理：县商务局电商股　　★为省定贫困村']); merge(V, 0, n, 6, n);
  put(V, ['序号', '镇（街道）', '村（居）委会', '类别', '省定贫困村', '快递进村', '备注']);
  let seq = 0;
  for (const [town] of TOWNS) {
    const vs = villages.filter((v) => v.town === town);
    const start = V.rows.length + 1;
    vs.forEach((v, i) => {
      seq++;
      put(V, [seq, i === 0 ? town : null, v.admin ? v.stem + '村委会' : v.stem + '社区居委会', v.admin ? '村' : '居', v.poor ? '★' : null, v.admin ? (v.express ? '√' : '×') : null, v === expressNo ? '9月开通' : null]);
    });
    merge(V, 1, start, 1, start + vs.length - 1);
    const nv = vs.filter((v) => v.admin).length, nc = vs.length - nv, np = vs.filter((v) => v.poor).length;
    put(V, [null, null, '小计：村' + nv + '个，居' + nc + '个', null, np ? '★' + np : null]);
  }
  put(V, ['合计', null, '村委会226个，居委会（社区）42个', null, '★28']);
  n = put(V, ['注：快递进村以县邮政管理局2021年8月核实为准；居委会（社区）不统计快递进村。']); merge(V, 0, n, 6, n);

  // ---------------- sheet 3: stations
  const ST = newSheet('站点清单');
  n = put(ST, ['惠东县村级电子商务服务站点清单']); merge(ST, 0, n, 8, n);
  n = put(ST, ['填报单位：惠东县商务局　　　　　　　　　更新至2021年9月15日']); merge(ST, 0, n, 8, n);
  put(ST, ['序号', '镇（街道）', '所在村（居）', '站点名称', '挂牌时间', '站长', '联系电话', '批次', '备注']);
  stations.forEach((s, i) => {
    let town, vname, sname;
    if (s.forest) { town = '白盆珠镇'; vname = '莲花山林场'; sname = '惠东县莲花山林场电商服务点'; }
    else if (!s.v.admin) { town = s.v.town; vname = s.v.stem + '社区'; sname = '惠东县' + town + s.v.stem + '社区电商服务站'; }
    else { town = s.v.town; vname = vDisp(s.v, i); sname = (s.note && s.note.indexOf('第二') >= 0) ? s.v.stem + '圩镇电商服务点' : '惠东县' + town + s.v.stem + '村电子商务服务站'; }
    const male = i % 3 !== 0;
    put(ST, [i + 1, town, vname, sname, s.disp, names(male), phone(), s.batch, s.note || null]);
  });
  n = put(ST, ['注：1.第五批2个站点9月挂牌；2.莲花山林场服务点为林场职工服务，不在行政村名单内。']); merge(ST, 0, n, 8, n);

  // ---------------- sheet 4: training sessions
  const T = newSheet('培训登记');
  n = put(T, ['惠东县电子商务培训登记表（按期次）']); merge(T, 0, n, 8, n);
  n = put(T, ['说明：每期一行，参训人次以签到表（线上按后台观看人数）为准；贫困户专场的逐人签到见《专场签到》表，人次已计入本表，不要重复加。']); merge(T, 0, n, 8, n);
  put(T, ['期次', '培训时间', '培训地点', '培训内容', '培训对象', '参训人次', '其中：贫困户（人次）', '承办单位', '备注']);
  S.forEach((s) => put(T, ['第' + s[0] + '期', s[2], s[3], s[4], s[5], s[6], s[7], '惠东县东和电子商务有限公司', s[8] || null]));
  put(T, ['合计', null, null, null, null, 4962, S.reduce((a, s) => a + s[7], 0)]);
  put(T, ['其中：截至2021年8月31日', null, null, null, null, 4620, S.filter((s) => le(s[1])).reduce((a, s) => a + s[7], 0)]);

  // ---------------- sheet 5: special-session sign-in
  const SG = newSheet('专场签到');
  n = put(SG, ['惠东县建档立卡贫困户电商培训专场签到汇总']); merge(SG, 0, n, 9, n);
  put(SG, ['序号', '期次', '培训日期', '姓名', '性别', '身份证号码', '镇（街道）', '村', '签名', '备注']);
  const sessDisp = ['2020.11.26', D('2021-01-21'), '2021年4月15日', '2021.6.24', '2021/8/19', '2021.9.9'];
  let sgSeq = 0; let lowerX = 0;
  for (let s = 1; s <= 6; s++) {
    const rows = signRows.filter((o) => o.sess === s);
    const start = SG.rows.length + 1;
    rows.forEach((o, i) => {
      sgSeq++;
      const p = o.p;
      let idText = p.id || null;
      if (o.masked) idText = p.id.slice(0, 6) + '********' + p.id.slice(14);
      else if (o.blank) idText = null;
      else if (idText && idText.endsWith('X') && lowerX++ % 2 === 0) idText = idText.slice(0, 17) + 'x';
      const sex = p.id ? (isMale(p.id) ? '男' : '女') : (p.male ? '男' : '女');
      put(SG, [sgSeq, i === 0 ? '专场第' + s + '期' : null, i === 0 ? sessDisp[s - 1] : null, p.name, sex, idText, p.v.town, p.v.stem + '村', p.name, o.note || null]);
    });
    merge(SG, 1, start, 1, start + rows.length - 1);
    merge(SG, 2, start, 2, start + rows.length - 1);
  }
  n = put(SG, ['注：第4期有1人身份证号按村里报来的打码件登记；第5期1人未带身份证；第6期为9月9日举办。']); merge(SG, 0, n, 9, n);

  // ---------------- sheet 6: poor persons
  const P = newSheet('贫困劳动力');
  n = put(P, ['惠东县建档立卡贫困人口劳动力情况表']); merge(P, 0, n, 9, n);
  n = put(P, ['提供单位：县乡村振兴局（2021年7月导出）　　口径：省定贫困村及面上有劳动力户全部成员']); merge(P, 0, n, 9, n);
  put(P, ['序号', '镇（街道）', '村', '户编号', '姓名', '与户主关系', '身份证号码', '劳动能力', '是否外出务工', '务工地点']);
  persons.forEach((p, i) => put(P, [i + 1, p.v.town, p.v.stem + '村', p.hid, p.name, p.rel, p.id, p.labour, p.mig, p.place || null]));

  // ---------------- sheet 7: enterprises
  const E = newSheet('园区企业');
  n = put(E, ['惠东县电子商务产业园入驻企业名单']); merge(E, 0, n, 7, n);
  put(E, ['序号', '企业名称', '统一社会信用代码', '企业类型', '主营业务', '入驻时间', '退出时间', '备注']);
  const entDisp = (iso, i) => (i % 3 === 0 ? D(iso) : i % 3 === 1 ? iso.replace(/-0?/g, '.') : iso.slice(0, 4) + '年' + Number(iso.slice(5, 7)) + '月' + Number(iso.slice(8)) + '日');
  ENT.forEach((e, i) => put(E, [i + 1, e[0], codes[i], e[1], e[2], entDisp(e[3], i), e[4] ? entDisp(e[4], i + 1) : null, e[4] ? '已迁出' : (e[3] > CUT ? '9月新入驻' : (e[3] < '2021-03-26' ? '原创业园企业，整合后继续在园' : null))]));

  // ---------------- sheet 8: funds
  const FD = newSheet('资金拨付');
  n = put(FD, ['惠东县省级电子商务进农村综合示范专项资金拨付台账']); merge(FD, 0, n, 6, n);
  n = put(FD, ['单位：元　　　　省级下达：5,000,000.00']); merge(FD, 0, n, 6, n);
  put(FD, ['序号', '拨付日期', '项目（用途）', '收款单位', '拨付金额（元）', '凭证号', '备注']);
  FUND.forEach((f, i) => put(FD, [i + 1, f[1], f[2], f[3], f[4], f[5], f[6] || null]));
  put(FD, ['合计', null, null, null, '4,382,400.00', null, '其中截至8月31日3,962,400.00']);

  // ---------------- sheet 9: monthly reports
  const RP = newSheet('月报登记');
  n = put(RP, ['惠东县电子商务进农村工作月报报送登记']); merge(RP, 0, n, 6, n);
  put(RP, ['序号', '报送日期', '报送内容', '报送对象', '方式', '是否附电商扶贫统计', '备注']);
  const REP = [
    ['2020.9.8', '8月'], [D('2020-10-12'), '9月'], ['2020.11.9', '10月'], ['2020.12.8', '11月'], ['2021.1.11', '12月'], ['2021.2.7', '1月'],
    ['2021.3.8', '2月'], [D('2021-04-09'), '3月'], ['2021.5.10', '4月'], ['2021.6.8', '5月'], ['2021.7.8', '6月'], ['2021.8.9', '7月'], ['2021.9.8', '8月'],
  ];
  REP.forEach((x, i) => put(RP, [i + 1, x[0], x[1] + '份电子商务进农村工作进展月报及统计报表', '惠州市商务局', '粤政易', '是', i === 12 ? '9月' : null]));

  // ---------------- sheet 10: disclosures
  const DS = newSheet('专栏更新');
  n = put(DS, ['县政府门户网站“电子商务进农村综合示范”专栏更新记录']); merge(DS, 0, n, 4, n);
  put(DS, ['序号', '发布日期', '标题', '栏目', '链接']);
  const DIS = [
    ['2020-05-20', '惠东县电子商务进农村综合示范县创建工作方案', '创建方案'],
    ['2020-07-16', '惠东县电子商务进农村综合示范项目基本信息公示', '项目信息'],
    ['2020-08-12', '电子商务进农村综合示范项目建设进度（2020年7月）', '建设进度'],
    ['2020-09-10', '电子商务进农村综合示范项目建设进度（2020年8月）', '建设进度'],
    ['2020-10-13', '电子商务进农村综合示范项目建设进度（2020年9月）', '建设进度'],
    ['2020-11-10', '电子商务进农村综合示范项目建设进度（2020年10月）', '建设进度'],
    ['2020-12-09', '电子商务进农村综合示范项目建设进度（2020年11月）', '建设进度'],
    ['2021-01-12', '电子商务进农村综合示范项目建设进度（2020年12月）', '建设进度'],
    ['2021-03-09', '电子商务进农村综合示范项目建设进度（2021年1—2月）', '建设进度'],
    ['2021-04-12', '电子商务进农村综合示范项目建设进度（2021年3月）', '建设进度'],
    ['2021-05-11', '电子商务进农村综合示范项目建设进度（2021年4月）', '建设进度'],
    ['2021-06-09', '电子商务进农村综合示范项目建设进度（2021年5月）', '建设进度'],
    ['2021-07-12', '电子商务进农村综合示范项目建设进度（2021年6月）', '建设进度'],
    ['2021-08-10', '电子商务进农村综合示范项目建设进度（2021年7月）', '建设进度'],
    ['2021-09-10', '电子商务进农村综合示范项目建设进度（2021年8月）', '建设进度'],
  ];
  DIS.forEach((x, i) => put(DS, [i + 1, x[0], x[1], x[2], 'http://www.huidong.gov.cn/zwgk/dswnc/content/post_' + (4100213 + i * 37) + '.html']));
  const disMonths = new Set(DIS.map((x) => x[0].slice(0, 7)).filter((m) => m >= '2020-09' && m <= '2021-08'));
  check(disMonths.size === 11, 'disclosure months 11');

  // ---------------- sheet 11: media
  const MD = newSheet('宣传报道');
  n = put(MD, ['惠东县电子商务进农村宣传报道统计']); merge(MD, 0, n, 6, n);
  put(MD, ['序号', '报道日期', '媒体', '级别', '形式', '标题', '电商扶贫典型案例']);
  const MED = [
    [D('2020-10-16'), '惠东县融媒体中心（惠东电视台）', '县级', '电视', '我县启动电子商务进农村综合示范县创建', '否'],
    ['2020.12.3', '惠州日报', '市级', '报纸', '惠东：三级电商服务网络延伸到村', '否'],
    ['2021.1.20', '南方日报', '省级', '报纸', '“惠东好物”搭上电商快车', '否'],
    ['2021.3.25', '广东广播电视台《广东新闻联播》', '省级', '电视', '惠东：电商助力高潭老区农产品出山', '是'],
    ['2021.5.12', '惠州电视台', '市级', '电视', '惠东贫困户直播间里卖山货', '是'],
    [D('2021-07-08'), '南方+客户端', '省级', '网络', '惠东“618”直播带货节线上成交破千万', '否'],
    ['2021.9.15', '中央广播电视总台CCTV-17《三农群英汇》', '国家级', '电视', '老区新农人：惠东高潭的电商扶贫路', '是'],
  ];
  MED.forEach((x, i) => put(MD, [i + 1, ...x]));

  // ---------------- sheet 12: materials
  const MT = newSheet('经验材料');
  n = put(MT, ['经验材料报送登记']); merge(MT, 0, n, 4, n);
  put(MT, ['序号', '报送日期', '材料名称', '报送对象', '备注']);
  put(MT, [1, '2021.6.10', '“中心+站点+直播”让惠东好物出山进城——惠东县电子商务进农村经验做法', '惠州市商务局', '市局《商务工作简报》第23期采用']);
  put(MT, [2, '2021.9.13', '惠东县电商扶贫典型案例（高潭老区）', '惠州市商务局', '9月']);

  const sheets = [F, V, ST, T, SG, P, E, FD, RP, DS, MD, MT].map(finish);
  const rowsTotal = sheets.reduce((a, s) => a + s.rows.length, 0);

  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
    'work.center': 14, 'work.coverage': 8, 'work.upward': 8, 'work.training': 18,
    'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 0, 'bonus.tvCase': 1,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  const claimed = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
    'work.center': 14, 'work.coverage': 10, 'work.upward': 9, 'work.training': 18,
    'info.disclosure': 4, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 0, 'bonus.tvCase': 1,
  };
  const scored = Object.entries(points).filter(([k]) => !k.startsWith('bonus') && !k.startsWith('veto')).reduce((a, [, v]) => a + v, 0);
  check(scored === 88, 'scored 88');
  const leftEnt = ENT.filter((e) => e[4]).map((e) => e[0] + '（' + e[4] + '迁出）').join('、');
  const lateEnt = ENT.filter((e) => e[3] > CUT)[0][0];

  return {
    description: '惠东县（惠州）商务局电商股的整本考评工作簿（12个表，共' + rowsTotal + '行），中等偏上（89分，含加分1分，未否决；县自评93分）。事实表是电商股林××记的《推进流水账》：上面“一、县情底数”是 项目|数|单位|出处|备注 小表（常住人口、行政村、贫困村、两年网零额，户籍人口和社区数只在备注里）；中间“二、推进流水”一件事一行（日期|事项|类别|本次|累计|单位|文号/出处|备注），牵头领导、成员单位、方案、政策、资金下达、资金制度和台账、专栏上线及内容、第三方、月报、中心投入运营日期和五项服务（摄影美工收费）、产业园、快递证明、交易标准、贫困人口核定、总体进度都只能从流水事项句子和当行日期读出，培训人次、拨付金额、站点数、在园企业数是“累计”栏的滚动数（9月的行照记、累计更大，注明“考评不算”；同日用“〃”）；下面“三、我们自己打的分”按自己的叫法给分（claimed）。台账：村居名单（镇合并、★贫困村、快递√/×、每镇小计行）、站点清单（四批挂牌，日期真日期/2021.3.12/2021年6月/2021/8/20，社区站、林场站、同村第二站、9月两站）、培训登记（按期人次，含贫困户专场，日期区间按结束日）、专场签到（逐人身份证，打码1人、未带证1人、小写x、边缘户、外出务工和无劳动能力者）、贫困劳动力名单480人、园区企业（2家截止日前迁出、1家9月入驻）、资金拨付（元，含退回负数、9月尾款、千分位文本）、月报登记、专栏更新（2021年2月缺）、宣传报道（9月央视一条）、经验材料。',
    sheets,
    expect: {
      asOf: '2021-08-31',
      total: 89, bonus: 1, vetoed: false,
      points,
      claimed,
    },
    derivation: [
      'org.leadership: 流水账2019-12-20“县委副书记、县长任组长”，〃行成员单位含县商务局、县财政局、县农业农村局、县扶贫办（后为县乡村振兴局）→ 主要领导牵头且商务、财政、农业、扶贫齐全 → 2',
      'org.plan: 判断项，自评表“创建方案”2分（东府办〔2020〕9号已印发）→ 2',
      'org.policy: 判断项，自评表“扶持政策”1分 → 1',
      'org.management: 判断项，管理制度2＋工作台账1 → 3',
      'work.center: 中心2021-01-18投入运营 ≤ 2021-08-31 → 2；≤ 2021-02-28 → 2；免费培训室 → 2；农产品免费展示代销 → 1；摄影美工按成本价收费 → 0；“惠东好物”品牌推广 → 1；代办证照等增值服务 → 1；产业园2021-03-26揭牌 → 2；园区企业名单23家，' + leftEnt + '、' + lateEnt + '（2021-09-08入驻）不计，截至8月31日在园20家 ≥ 20 → 2；类型 电商运营商/平台型/销售型/物流快递/直播电商/生产加工 ≥ 3 → 1；合计14',
      'work.coverage: 村居名单226个行政村（42个居委会不计），基数 min(226,200)=200；站点清单148行，截至8月31日有站的行政村142个（' + community0.stem + '社区站、莲花山林场点不在行政村名单、' + dup1.stem + '村和' + dup2.stem + '村的第二个站点、9月挂牌的' + lateP.stem + '村和' + lateN.stem + '村不计）→ 142/200 = 71% ≥ 70% → 5；★省定贫困村28个，有站27个（' + lateP.town + lateP.stem + '村站点2021-09-06挂牌）→ 27/28 = 96.4%，80%–100% → 3；合计8',
      'work.upward: 网销调研2＋网络促销2（判断项）；第三方运营服务商东和公司 → 1；村居名单有快递栏，' + expressNo.town + expressNo.stem + '村委会为“×（9月开通）”→ 0（流水账2021-04-20写全覆盖，与名单不符，警告）；标准冷链溯源1（判断项）；农产品网零 6.83/5.12 = +33.4% ≥ 30% → 2；合计8',
      'work.training: 培训登记截至8月31日24期合计4,620人次（第25期“2021.8.31-9.1”按9月1日、第26期9月9日不计；专场签到已含在期次人次内，不重复加）→ 4620/min(936200,500000) = 0.924%，0.8%–1% → 8；贫困劳动力名单480人中有劳动能力且不外出务工274人，专场签到截至8月31日201行中身份证号对得上的有151人（重复参训、打码、未带证、外出务工、无劳动能力、名单外边缘户都不增加）→ 151/274 = 55.1% ≥ 50% → 10；合计18',
      'info.disclosure: 流水账写明专栏挂了创建方案、项目基本信息、月度建设进度，并设意见征集和监督举报电话、邮箱 → 2；专栏更新记录2020-09至2021-08共11个月有更新（2021年2月无）→ 不定时 → 1；合计3',
      'info.reporting: 月报登记2020-09…2021-08每个月都有报送（2021-09-08那条在窗口外）→ 3；附电商扶贫统计“是” → 3；合计6',
      'promo.cases: 经验材料2021-06-10报惠州市商务局 → 2',
      'promo.media: 截至8月31日：省级（南方日报、广东新闻联播、南方+）4＋市级（惠州日报、惠州电视台）3＋县级（县融媒体中心）1 → 8',
      'fund.system: 判断项5（资金管理办法已印发）→ 5',
      'fund.ledger: 判断项4 → 4',
      'fund.spending: 资金拨付台账截至8月31日合计3,962,400元（含2021-04-12退回 −12,600，不含2021-09-06的420,000）÷ 5,000,000 = 79.2% ≥ 70% → 取判断项4',
      'bonus.poorTraining: 151/274 = 55.1% < 70% → 0',
      'bonus.tvCase: 2021-03-25《广东新闻联播》（省级电视）电商扶贫典型案例 → 1；CCTV-17在2021-09-15，截止日后不计',
      'veto.incident: 自评表“无” → 0',
      'veto.progress: 总体进度约88% ≥ 40% → 0',
      'veto.fraud: 自评表“无” → 0',
      'total: 2+2+1+3+14+8+8+18+3+6+2+8+5+4+4 = 88，加分1 → 89（县自评93：村站点10、上行9、专栏4与台账不符）',
    ],
  };
}

// ================================================================== FACTS 1: 紫金县 — 仿资产负债表的投入产出表
function buildZijin() {
  const sh = newSheet('投入产出表');
  let n;
  n = put(sh, ['电子商务进农村综合示范创建投入产出表']); merge(sh, 0, n, 7, n);
  n = put(sh, ['（参照资产负债表格式编制，供考评核对使用）']); merge(sh, 0, n, 7, n);
  n = put(sh, ['县（市、区）：紫金县', null, '报表日：2021年8月31日（考评截止日）', null, null, null, '单位：万元（另注明者除外）']);
  merge(sh, 0, n, 1, n); merge(sh, 2, n, 5, n); merge(sh, 6, n, 7, n);
  put(sh, ['投入（资源与保障）', '行次', '期末数', '创建前数', '产出（服务与成效）', '行次', '期末数', '创建前数']);
  put(sh, ['一、组织保障：', null, null, null, '一、服务体系：']);
  put(sh, ['　牵头领导', 1, '县委副书记、县长', '分管副县长', '　县级电商公共服务中心投入运营时间', 21, D('2020-10-28'), '未建']);
  put(sh, ['　领导小组成员单位', 2, '商务、财政、农业农村、乡村振兴、发展改革、交通运输、市场监管、邮政等12个单位', '商务、财政', '　免费培训场所、培训设备（有/无）', 22, '有', '无']);
  put(sh, ['　示范县创建工作方案', 3, '已印发（紫府办〔2020〕7号）', '—', '　特色农产品免费展示、销售（有/无）', 23, '有', '无']);
  put(sh, ['　支持农村电商发展政策', 4, '已出台（紫府办〔2020〕19号）', '—', '　免费摄影、美工服务（有/无）', 24, '有', '无']);
  put(sh, ['二、资金保障：', null, null, null, '　农产品统一推广、品牌建设指导（有/无）', 25, '有', '无']);
  put(sh, ['　省级专项资金下达', 5, 500.00, '—', '　其他衍生增值服务（有/无）', 26, '有', '无']);
  put(sh, ['　累计拨付', 6, 421.36, '—', '　电商产业园', 27, '已整合优化（紫金县电子商务产业园）', '无']);
  put(sh, ['　资金管理制度', 7, '已制定', '—', '　专业第三方电商运营服务商（有/无）', 28, '有', '无']);
  put(sh, ['　资金专用台账', 8, '已建立', '—', '二、农村产品上行：']);
  put(sh, ['　项目总体进度（%）', 9, 92, 0, '　行政村物流快递覆盖率（%）', 29, 100, 86.03]);
  put(sh, ['三、基础数据：', null, null, null, '　（网络零售额见附表）']);
  put(sh, ['　常住人口（万人）', 10, 70.61, 70.2, '三、人才培训：']);
  put(sh, ['　行政村（个）', 11, 229, 229, '　累计培训人次（人次）', 31, 5102, 0]);
  put(sh, ['　省定贫困村（个）', 12, 17, 17, '　有劳动能力的建档立卡贫困人口（不含外出务工）（人）', 32, 3486, '—']);
  put(sh, [null, null, null, null, '　参训建档立卡贫困人口（人）', 33, 1905, 0]);
  put(sh, [null, null, null, null, '四、信息公开和报送：']);
  put(sh, [null, null, null, null, '　专栏公示创建方案（是/否）', 34, '是', '—']);
  put(sh, [null, null, null, null, '　专栏公示项目基本信息（是/否）', 35, '是', '—']);
  put(sh, [null, null, null, null, '　专栏公示项目建设进度（是/否）', 36, '是', '—']);
  put(sh, [null, null, null, null, '　专栏设征求意见或监督举报窗口（是/否）', 37, '否', '—']);
  put(sh, [null, null, null, null, '　能统计电商扶贫情况（是/否）', 38, '是', '否']);
  put(sh, ['投入类合计', 20, '—', '—', '产出类合计', 40, '—', '—']);
  put(sh, []);
  n = put(sh, ['附表：农村产品网络销售情况（参照利润表格式）']); merge(sh, 0, n, 5, n);
  n = put(sh, ['单位：万元']); merge(sh, 0, n, 5, n);
  put(sh, ['项目', '行次', '2020年（本年数）', '2019年（上年数）', '2021年1-8月', '备注']);
  put(sh, ['一、农村网络零售额', 41, 186530, 139870, 152260, '县统计局、第三方监测']);
  put(sh, ['　其中：农产品网络零售额', 42, 32460, 25980, 27350, null]);
  put(sh, ['二、农村网络零售额同比增长（%）', 43, 33.36, 21.5, '—', '2019年栏为2019年比2018年']);
  put(sh, ['　其中：农产品网络零售额同比增长（%）', 44, 24.94, 18.2, '—', null]);
  put(sh, []);
  n = put(sh, ['补充资料：']); merge(sh, 0, n, 5, n);
  put(sh, ['项目', '行次', '本期', '备注']);
  put(sh, ['1. 方案制定自评（分，1-2）', 61, 2]);
  put(sh, ['2. 政策支持自评（分，1-2）', 62, 2]);
  put(sh, ['3. 项目管理制度自评（分，1-2）', 63, 2]);
  put(sh, ['4. 工作台账自评（分，1-2）', 64, 2]);
  put(sh, ['5. 网销调研自评（分，1-2）', 65, 1, '调研报告2021年7月才完成']);
  put(sh, ['6. 网络促销活动自评（分，1-2）', 66, 2]);
  put(sh, ['7. 交易标准及冷链、溯源自评（分，1-2）', 67, 1]);
  put(sh, ['8. 资金管理制度自评（分，1-5）', 68, 4]);
  put(sh, ['9. 资金台账自评（分，1-5）', 69, 5]);
  put(sh, ['10. 资金及时拨付自评（分，1-5）', 70, 4]);
  put(sh, ['11. 是否发生安全生产、质量事故或重大损失', 71, '否']);
  put(sh, ['12. 是否存在弄虚作假', 72, '否']);
  put(sh, []);
  n = put(sh, ['单位负责人：　　　　　　分管领导：　　　　　　制表人：钟××　　　　　　报出日期：2021年9月3日']); merge(sh, 0, n, 7, n);
  check(Math.round((186530 / 139870 - 1) * 10000) / 100 === 33.36, 'zj growth');
  check(Math.round((32460 / 25980 - 1) * 10000) / 100 === 24.94, 'zj agri growth');

  return {
    description: '紫金县（河源）商务局电商股财务出身的经办人把考评数据做成《投入产出表》，仿资产负债表：左“投入”右“产出”两栏各带“行次”，每栏“期末数｜创建前数”两列（期末在左，取期末；创建前数是2019年底的情况，不是事实），金额“单位：万元”写在表头右上、人口等另行在项目名括号里注明单位，“投入类合计/产出类合计”行只有“—”；下方“附表”仿利润表：项目|行次|2020年（本年数）|2019年（上年数）|2021年1-8月|备注（增长率行的2019年栏是2019比2018，不是事实）；再下“补充资料”按行次61—72给主观项自评分和两项否决声明。陷阱：行次数字、创建前数（常住70.2、快递86.03%、分管副县长）、2021年1-8月网零、报出日期。',
    sheets: [finish(sh)],
    expect: {
      facts: {
        county: '紫金县',
        asOf: '2021-08-31',
        residentPopulation: 706100,
        adminVillagesStated: 229,
        poorVillagesStated: 17,
        planIssued: true,
        policyIssued: true,
        fundAllocated: 5000000,
        fundSpentStated: 4213600,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.92,
        centerOpened: '2020-10-28',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        trainingPersonTimesStated: 5102,
        eligiblePoorPersonsStated: 3486,
        trainedPoorPersonsStated: 1905,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        ruralRetail2020: 1865300000,
        ruralRetail2019: 1398700000,
        agriRetail2020: 324600000,
        agriRetail2019: 259800000,
        ruralRetailGrowthStated: 0.3336,
        agriRetailGrowthStated: 0.2494,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2, 'org.policy': 2, 'org.management.system': 2, 'org.management.ledger': 2,
        'work.upward.research': 1, 'work.upward.promotion': 2, 'work.upward.standards': 1,
        'fund.system': 4, 'fund.ledger': 5, 'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  };
}

// ================================================================== FACTS 2: 丰顺县 — 迎检模拟问答记录（点评纠正）
function buildFengshun() {
  const sh = newSheet('模拟问答记录');
  let n;
  n = put(sh, ['丰顺县电子商务进农村综合示范创建考评迎检模拟问答记录（第二次演练）']); merge(sh, 0, n, 3, n);
  n = put(sh, ['县（市、区）：丰顺县', null, '演练时间：2021年9月3日下午3:00']); merge(sh, 0, n, 1, n);
  n = put(sh, ['地点：县商务局三楼会议室', null, '数据口径：截至2021年8月31日（考评截止日）']); merge(sh, 0, n, 1, n);
  n = put(sh, ['扮演考评组：县财政局 陈××、局办公室 李××', null, '应答：电商股 黄××（主答）、刘××（补充）']); merge(sh, 0, n, 1, n);
  n = put(sh, ['主持、点评：局长 罗××', null, '记录：张××']); merge(sh, 0, n, 1, n);
  n = put(sh, ['说明：“答”一栏按现场原话照记；“局长点评／纠正”是当场定下的统一口径，正式迎检一律按点评讲。']); merge(sh, 0, n, 3, n);
  put(sh, ['序号', '问／答', '内容', '局长点评／纠正']);
  const QA = [
    ['先介绍一下县情，常住人口用的是哪个数？', '按七普，全县常住人口47.86万人。户籍人口73.4万，那个我们不用。', '对，就讲47.86万。'],
    ['行政村、贫困村各有多少个？', '全县16个镇，行政村259个，另外社区（居委会）17个；省定贫困村36个。', null],
    ['领导小组是谁牵头？哪些部门参加？', '副县长张××任组长，成员有商务、财政、农业农村、交通、邮政。', '纠正：领导小组2020年7月已调整（丰府办函〔2020〕96号），现在是县委副书记、县长任组长，副县长改任常务副组长；成员单位要讲全：商务、财政、农业农村、乡村振兴、交通运输、市场监管、邮政。'],
    ['创建方案和扶持政策出了没有？', '方案2020年3月以县政府办名义印发了（丰府办〔2020〕11号）。政策出了《丰顺县促进农村电子商务发展扶持办法》（丰府办〔2020〕27号）。', null],
    ['县级公共服务中心什么时候开始运营？提供哪些免费服务？', '中心2020年12月开业，有培训室和电脑，免费办培训；展示厅免费展示、代销农特产品；免费帮企业拍照、做美工；组织“丰顺好物”品牌推广；还有代办证照、直播间借用这些增值服务。', '两处要改：一是不讲“开业”，讲“2020年12月18日投入运营”；二是摄影美工现在按成本价收费，不能说免费，如实讲。其余可以。'],
    ['产业园和第三方运营商呢？', '整合了原汤坑电商创业园作为县电商产业园，在园企业22家；中心和园区委托广东丰商网络科技有限公司运营，是专业的第三方服务商。', null],
    ['快递进村情况？', '259个行政村快递全部通了，覆盖率100%，县邮政管理局出了证明。', null],
    ['网络零售额增长多少？', '农村网络零售额2019年12.6亿元，2020年15.9亿元，增长26.2%；农产品网络零售额2019年2.35亿元，2020年3.12亿元，增长32.8%。', '数对。重点讲农产品增长超过30%。'],
    ['培训做了多少人次？', '累计培训5,068人次。', '纠正：5,068是到9月2日的累计，考评口径截至8月31日，讲4,822人次。'],
    ['贫困户培训情况？', '有劳动能力的建档立卡贫困人口8,936人，参加培训的2,310人。', '纠正：8,936人里含外出务工的，口径不对。乡村振兴局核定扣除外出务工后是4,128人，参训2,310人，培训率56%。'],
    ['政府网站专栏公开了哪些内容？', '专栏公示了创建方案和项目基本信息，每个月更新一次建设进度，专栏页面底部设了监督举报电话和邮箱。', null],
    ['月报和电商扶贫统计怎么报？', '每月10日前报市商务局，月报后面附电商扶贫统计表，统计贫困户参训和带动增收情况。', null],
    ['资金下达、拨付多少？有没有制度和台账？', '省级专项资金下达500万元，截至8月31日已拨付386.4万元，支出率77.3%。制定了《丰顺县省级电子商务进农村综合示范专项资金管理办法》，建立了资金专用台账。项目总体进度约85%。', null],
    ['主观评分的几项，你们自己打几分？', '方案制定2分，政策支持2分，项目管理制度2分、工作台账2分，网销调研2分，网络促销活动2分，交易标准和冷链溯源1分，资金管理制度5分，资金台账5分，资金及时拨付5分。', '政策支持改1分，兑现材料不够；资金及时拨付改4分，有两笔拖了一个多月。其余按答的。'],
    ['有没有发生安全生产、质量事故？有没有弄虚作假？', '都没有。', null],
  ];
  QA.forEach((q, i) => {
    const a = put(sh, [i + 1, '问', q[0]]);
    put(sh, [null, '答', q[1], q[2]]);
    merge(sh, 0, a, 0, a + 1);
  });
  put(sh, []);
  n = put(sh, ['局长小结：数字一律按8月31日口径讲，讲不准的不要讲，以材料为准；点评改过的地方，黄××今晚改好讲解稿。']); merge(sh, 0, n, 3, n);
  n = put(sh, ['记录人：张××　　　2021年9月3日']); merge(sh, 0, n, 3, n);
  check(Math.round(2310 / 4128 * 100) === 56, 'fs rate');
  check(Math.round(386.4 / 500 * 1000) / 10 === 77.3, 'fs spend');

  return {
    description: '丰顺县（梅州）商务局迎检前第二次“模拟考评”的《模拟问答记录》：表头块（县名、演练时间、数据口径截至2021年8月31日、扮演考评组、应答人、记录人），正文 序号|问／答|内容|局长点评／纠正，一问一答两行（序号纵向合并），“答”是经办人现场原话，局长在右栏当场纠正的以纠正为准（领导小组已改为县长任组长并补全成员单位、中心“2020年12月18日投入运营”、摄影美工实为收费、培训人次改按8月31日口径4,822、贫困人口改为扣除外出务工的4,128人、政策支持和及时拨付自评分下调），没纠正的取原答。陷阱：户籍人口73.4万、社区17个、5,068人次、8,936人、支出率77.3%、在园企业22家（不是输入）、演练日期。',
    sheets: [finish(sh)],
    expect: {
      facts: {
        county: '丰顺县',
        asOf: '2021-08-31',
        residentPopulation: 478600,
        adminVillagesStated: 259,
        poorVillagesStated: 36,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-12-18',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 1260000000,
        ruralRetail2020: 1590000000,
        ruralRetailGrowthStated: 0.262,
        agriRetail2019: 235000000,
        agriRetail2020: 312000000,
        agriRetailGrowthStated: 0.328,
        trainingPersonTimesStated: 4822,
        eligiblePoorPersonsStated: 4128,
        trainedPoorPersonsStated: 2310,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3864000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.85,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2, 'org.policy': 1, 'org.management.system': 2, 'org.management.ledger': 2,
        'work.upward.research': 2, 'work.upward.promotion': 2, 'work.upward.standards': 1,
        'fund.system': 5, 'fund.ledger': 5, 'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  };
}

// ================================================================== FACTS 3: 乳源 — 倒扣式自评扣分清单（滚动余分）
function buildRuyuan() {
  const sh = newSheet('自评扣分清单');
  let n;
  n = put(sh, ['乳源瑶族自治县电子商务进农村综合示范创建考评自评扣分清单']); merge(sh, 0, n, 5, n);
  n = put(sh, ['县（区）：乳源瑶族自治县', null, '自评截止：2021年8月31日', null, '填报：县商务局电商股']); merge(sh, 0, n, 1, n); merge(sh, 2, n, 3, n); merge(sh, 4, n, 5, n);
  n = put(sh, ['说明：以满分100分起算，按省考评评分标准逐项对照，能扣的先扣（宁严勿宽）；“扣后余分”是逐行往下滚动的剩余分数；加分项另计，最后一行为自评总分。']); merge(sh, 0, n, 5, n);
  put(sh, ['序号', '评价指标（分值）', '扣分点', '扣分', '扣后余分', '情况说明']);
  put(sh, [null, '起始分', null, null, 100]);
  const R = [
    [1, '组织领导（2分）', '无', 0, 100, '成立县电子商务进农村综合示范工作领导小组，县长任组长，分管副县长任副组长；成员单位：县商务局、县财政局、县农业农村局、县工业和信息化局、县交通运输局、县市场监管局、县邮政分公司。'],
    [2, '方案制定（2分）', '无', 0, 100, '《乳源瑶族自治县电子商务进农村综合示范县创建工作方案》2020年4月以县政府办名义印发（乳府办〔2020〕16号）。'],
    [3, '政策支持（2分）', '出台了扶持办法，但兑现跟踪材料不全', -1, 99, '出台《乳源瑶族自治县扶持电子商务发展暂行办法》（乳府〔2020〕8号）。'],
    [4, '项目管理（4分）', '其中：项目管理制度（1-2分）', 0, 99, '制定《示范项目管理办法》《项目验收细则》，建设、验收按程序进行。'],
    [null, null, '其中：工作台账（1-2分）——2020年部分台账为事后补记', -1, 98, '建立项目建设工作台账。'],
    [5, '服务体系建设—县级中心及产业园（15分）', '为电子商务市场主体提供免费摄影、美工服务（1分）：摄影棚对外按成本收费', -1, 97, '县电子商务公共服务中心2020年9月25日投入运营，有免费培训室（60座）和培训设备；农特产品展示厅免费展示、销售；组织“瑶山好物”品牌统一推广；提供代办营业执照、网店开设等增值服务；摄影美工收费。'],
    [null, null, '电商产业园企业入驻数量达20家及以上（2分）：截至8月31日在园18家', -2, 95, '整合原县城电商创业孵化基地为县电子商务产业园，在园18家（平台型、销售型、运营服务商、物流企业）。'],
    [6, '服务体系建设—村级站点覆盖（10分）', '无', 0, 95, '全县行政村103个（另有社区12个），已建站行政村81个，覆盖78.6%；省定贫困村14个全部建站。'],
    [7, '农村产品上行（10分）', '有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）：冷链只有一个预冷库', -1, 94, '开展农产品网销调研并形成报告（自评2分）；组织“瑶山好物”年货节等网络促销（自评2分）；第三方运营服务商为韶关市乳商电子商务有限公司；行政村物流快递覆盖率100%；2020年农村网络零售额同比增长24.1%，农产品网络零售额同比增长31.7%。'],
    [8, '电商人才培训（20分）', '无', 0, 94, '常住人口17.84万人（七普），截至8月31日培训2,046人次，占1.15%；有劳动能力的建档立卡贫困人口（不含外出务工）1,372人，参训841人，培训率61.3%。'],
    [9, '信息公开（4分）', '专栏未设征求意见或监督举报窗口，内容不全面（2分）', -2, 92, '县政府网站设“电子商务进农村”专栏，公示了创建方案、项目基本信息，按月更新建设进度。'],
    [10, '数据上报（6分）', '无', 0, 92, '每月向韶关市商务局报送工作进展，附电商扶贫统计（贫困户参训、带动增收）。'],
    [11, '案例总结（2分）', '无', 0, 92, '2021年6月向市商务局报送《乳源“瑶山好物”电商扶贫案例》。'],
    [12, '经验推广（8分）', '省级及以上媒体进行宣传报道（4分）：暂无', -4, 88, '韶关日报、韶关电视台（市级），乳源县融媒体中心（县级）有报道。'],
    [13, '制度建立（5分）', '资金管理制度落实检查记录不全', -1, 87, '制定《乳源瑶族自治县省级电子商务进农村综合示范专项资金管理办法》。'],
    [14, '资金台账（5分）', '无', 0, 87, '县商务局和各承建单位均建立资金专用台账。'],
    [15, '资金支出（5分）', '根据创建进度及时拨付：两笔进度款拨付滞后', -1, 86, '省级专项资金下达500万元，截至8月31日拨付421万元，支出率84.2%；项目总体进度约90%。'],
    ['加分', '建档立卡贫困人口培训率70%及以上（2分）', '61.3%，未达到', '+0', 86, null],
    [null, '电商扶贫典型案例获电视媒体播报（国家级2分，省级1分）', '暂无', '+0', 86, null],
    ['否决', '发生安全生产、质量事故，或造成重大经济损失和社会不良影响', '无', '—', 86, null],
    [null, '项目建设进度严重滞后，总体进度不足40%', '无', '—', 86, '总体进度约90%'],
    [null, '弄虚作假', '无', '—', 86, null],
  ];
  const first = sh.rows.length + 1;
  R.forEach((x) => put(sh, x));
  // merges: 项目管理 (rows 4-5 of R), 中心 (6-7), 加分 (18-19), 否决 (20-22)
  [[3, 4], [5, 6]].forEach(([a, b]) => { merge(sh, 0, first + a, 0, first + b); merge(sh, 1, first + a, 1, first + b); });
  merge(sh, 0, first + 17, 0, first + 18);
  merge(sh, 0, first + 19, 0, first + 21);
  put(sh, [null, '自评总分', null, '合计扣14分', 86]);
  put(sh, []);
  n = put(sh, ['填报人：邓××　　　审核：县商务局副局长 盘××　　　2021年9月6日']); merge(sh, 0, n, 5, n);
  // running balance check
  let bal = 100;
  R.slice(0, 17).forEach((x) => { bal += x[3]; check(bal === x[4], 'ry balance at ' + x[1]); });
  check(Math.round(2046 / 178400 * 10000) / 100 === 1.15, 'ry training pct');
  check(Math.round(841 / 1372 * 1000) / 10 === 61.3, 'ry poor pct');

  return {
    description: '乳源瑶族自治县（韶关）商务局电商股的《自评扣分清单》，倒扣式：从“起始分100”往下扣，列为 序号|评价指标（分值）|扣分点|扣分|扣后余分|情况说明，没有“得分”列——每个指标的自评分＝指标分值（写在指标名括号里）减去该指标各行扣分（项目管理、县级中心及产业园各占两行，序号和指标名纵向合并），“扣后余分”是逐行滚动的剩余总分（不是指标得分）；扣分写作 0、-1、-2、-4，加分行写“+0”，否决行“—”；判断项的分要从扣分推（工作台账1-2分扣1＝1分、交易标准扣1＝1分）或从说明里的“自评2分”读；事实都在“情况说明”句子里（中心2020年9月25日投入运营、摄影美工收费、在园18家、行政村103个另有社区12个、七普17.84万、2,046人次、1,372人/841人、增速两个、拨付421万元、约90%），组长是县长但成员单位没有扶贫/乡村振兴部门。',
    sheets: [finish(sh)],
    expect: {
      facts: {
        county: '乳源瑶族自治县',
        asOf: '2021-08-31',
        residentPopulation: 178400,
        adminVillagesStated: 103,
        poorVillagesStated: 14,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-09-25',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetailGrowthStated: 0.241,
        agriRetailGrowthStated: 0.317,
        trainingPersonTimesStated: 2046,
        eligiblePoorPersonsStated: 1372,
        trainedPoorPersonsStated: 841,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4210000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.9,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2, 'org.policy': 1, 'org.management.system': 2, 'org.management.ledger': 1,
        'work.upward.research': 2, 'work.upward.promotion': 2, 'work.upward.standards': 1,
        'fund.system': 4, 'fund.ledger': 5, 'fund.spending': 4,
      },
      leadership: 'principal',
      claimed: {
        'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
        'work.center': 12, 'work.coverage': 10, 'work.upward': 9, 'work.training': 20,
        'info.disclosure': 2, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 4,
        'fund.system': 4, 'fund.ledger': 5, 'fund.spending': 4,
        'bonus.poorTraining': 0, 'bonus.tvCase': 0,
      },
    },
  };
}

// ================================================================== LEDGER 1: 五华县 — 换届统计表当村名单 + 出列验收公示当贫困村名单
function buildWuhua() {
  const r = mulberry32(5411);
  const stem = stemMaker(7311, ['水寨', '转水', '岐岭', '新联', '华新', '河口', '大布', '七都', '黄狮', '锡坑', '金星', '青化', '黄塘', '凤西', '王化']);
  const people = nameMaker(2277, ['李', '张', '曾', '钟', '古', '刘', '魏', '温', '陈', '黄', '谢', '邹', '宋', '廖', '罗']);
  const TOWNS = [
    ['水寨镇', ['大布', '河口', '七都', '黄狮', '锡坑', '金星'], 3, ['华新', '新城', '城北', '水寨', '城东', '城南']],
    ['转水镇', ['青化', '黄塘', '新联'], 12, ['转水']],
    ['岐岭镇', ['凤西', '王化'], 12, ['岐岭']],
  ];
  const V = newSheet('换届选举结果统计');
  let n;
  n = put(V, ['五华县2021年村（社区）“两委”换届选举结果统计表']); merge(V, 0, n, 10, n);
  n = put(V, ['填报单位：县委组织部、县民政局（汇总）　　　统计时间：2021年5月20日　　　（第一批完成换届的镇）']); merge(V, 0, n, 10, n);
  const h1 = put(V, ['序号', '镇', '村（社区）', '选举日期', '党组织书记', '村（居）委会主任', '书记、主任“一肩挑”', '班子成员数（人）', null, '其中女性（人）', '备注']);
  put(V, [null, null, null, null, null, null, null, '党组织', '村（居）委会']);
  [0, 1, 2, 3, 4, 5, 6, 9, 10].forEach((c) => merge(V, c, h1, c, h1 + 1));
  merge(V, 7, h1, 8, h1);
  const records = [];
  const dateR = ['2021.4.16', D('2021-04-17'), '2021年4月18日', '2021.4.19', D('2021-04-20'), '2021.4.21'];
  let seq = 0; let vCount = 0; let cCount = 0;
  const wuhuaVillages = {};
  for (const [town, hand, extra, comms] of TOWNS) {
    const vs = hand.concat(Array.from({ length: extra }, () => stem()));
    wuhuaVillages[town] = vs;
    const units = vs.map((s) => ({ s, admin: true })).concat(comms.map((s) => ({ s, admin: false })));
    // communities are listed where the organisation department put them: town-seat first for 水寨镇
    const ordered = town === '水寨镇' ? units.filter((u) => !u.admin).slice(0, 3).concat(units.filter((u) => u.admin), units.filter((u) => !u.admin).slice(3)) : units;
    const start = V.rows.length + 1;
    ordered.forEach((u, i) => {
      seq++;
      let disp, rec;
      if (u.admin) { disp = u.s + '村'; vCount++; rec = { name: disp, admin: true, poor: null, express: null }; }
      else if (town === '转水镇') { disp = u.s + '居委会'; cCount++; rec = { name: disp, admin: false, poor: null, express: null }; }
      else if (u.s === '城南') { disp = '城南社区居民委员会'; cCount++; rec = { name: disp, admin: false, poor: null, express: null }; }
      else { disp = u.s + '社区'; cCount++; rec = { name: disp, admin: false, poor: null, express: null }; }
      records.push(rec);
      const one = u.s === '七都' ? (r(), false) : r() < 0.93;
      const sec = people(r() < 0.8);
      const dir = u.s === '七都' ? '（待补选）' : one ? sec : people(r() < 0.7);
      const note = u.s === '新联' ? '2021年1月由原新桥村、联和村合并设立' : (u.s === '七都' ? '村委会主任另行补选（2021年5月8日）' : null);
      put(V, [seq, i === 0 ? town : null, disp, pick(r, dateR), sec, dir, one ? '是' : '否', 5 + Math.floor(r() * 3), u.admin ? 5 + Math.floor(r() * 3) : 5, 1 + Math.floor(r() * 3), note]);
    });
    merge(V, 1, start, 1, start + ordered.length - 1);
    put(V, [null, null, town + '小计：村' + vs.length + '个、社区' + comms.length + '个']);
  }
  put(V, ['合计', null, '3个镇：村' + vCount + '个、社区（居委会）' + cCount + '个']);
  n = put(V, ['注：1.选举日期为村（居）民委员会选举日；2.“一肩挑”指村（社区）党组织书记、村（居）委会主任由一人担任；3.新联村为2021年1月撤并后新设，原新桥村、联和村不再保留。']); merge(V, 0, n, 10, n);
  check(vCount === 38 && cCount === 8, 'wuhua counts');

  // ---- poor villages: 出列验收结果公示
  const PV = newSheet('贫困村出列公示');
  n = put(PV, ['五华县省定相对贫困村2020年脱贫出列验收结果公示']); merge(PV, 0, n, 7, n);
  n = put(PV, ['根据省、市关于相对贫困村退出的有关规定，经村申请、镇初审、县级验收，现将我县56个省定相对贫困村脱贫出列验收结果予以公示。公示期为2020年12月21日至12月27日，如有异议，请在公示期内向县扶贫开发领导小组办公室反映。']); merge(PV, 0, n, 7, n);
  n = put(PV, ['监督电话：0753-4432×××　　　　电子邮箱：whxfpb@163.com']); merge(PV, 0, n, 7, n);
  put(PV, ['序号', '镇', '村', '帮扶单位', '村集体经济收入（万元）', '贫困户人均可支配收入（元）', '验收结论', '备注']);
  const PT = [['水寨镇', 2], ['转水镇', 3], ['岐岭镇', 3], ['河东镇', 3], ['华城镇', 4], ['潭下镇', 3], ['长布镇', 4], ['周江镇', 4], ['横陂镇', 3], ['郭田镇', 4], ['双华镇', 4], ['棉洋镇', 4], ['安流镇', 4], ['梅林镇', 3], ['龙村镇', 4], ['华阳镇', 4]];
  const helpers = ['广东省交通运输厅', '广东省农业农村厅', '梅州市财政局', '梅州市住房和城乡建设局', '五华县人民法院', '五华县水务局', '五华县教育局', '广东电网梅州五华供电局', '中国农业银行梅州分行', '五华县税务局'];
  const pvRecords = [];
  let ps = 0;
  const pStem = stemMaker(4477, Object.values(wuhuaVillages).flat());
  for (const [town, k] of PT) {
    const start = PV.rows.length + 1;
    let chosen;
    if (town === '水寨镇') chosen = ['锡坑', '金星'];
    else if (town === '转水镇') chosen = ['青化', wuhuaVillages['转水镇'][4], wuhuaVillages['转水镇'][9]];
    else if (town === '岐岭镇') chosen = ['王化', wuhuaVillages['岐岭镇'][5], wuhuaVillages['岐岭镇'][11]];
    else chosen = Array.from({ length: k }, () => pStem());
    chosen.forEach((s, i) => {
      ps++;
      const deferred = ps === 37;
      const nm = (ps % 7 === 3) ? s + '村委会' : s + '村';
      pvRecords.push({ name: nm });
      put(PV, [ps, i === 0 ? town : null, nm, pick(r, helpers), Math.round((5 + r() * 20) * 10) / 10, 12000 + Math.floor(r() * 60) * 100, deferred ? '暂缓出列' : '达标出列', deferred ? '村道硬底化未完工，2021年3月复验' : null]);
    });
    merge(PV, 1, start, 1, start + chosen.length - 1);
  }
  check(pvRecords.length === 56, 'poor villages 56');
  put(PV, []);
  n = put(PV, [null, null, null, null, null, '五华县扶贫开发领导小组办公室']); merge(PV, 5, n, 7, n);
  n = put(PV, [null, null, null, null, null, '2020年12月21日']); merge(PV, 5, n, 7, n);

  const NOTE = newSheet('说明');
  put(NOTE, ['台账取数说明（县商务局电商股）']);
  put(NOTE, ['1. 行政村名单：民政局的村（居）委会名录还是2018年的，这次用组织部、民政局2021年5月的换届选举结果统计表（已完成换届的三个镇），村、社区以名称区分。']);
  put(NOTE, ['2. 省定贫困村：用县扶贫办2020年12月的出列验收结果公示，公示表里全部56个村都是省定相对贫困村（含暂缓出列的1个）。']);
  put(NOTE, ['3. 换届表的“选举日期”“一肩挑”与站点、快递无关，不要当成站点建成时间。']);

  return {
    description: '五华县（梅州）商务局电商股交的两张“借来的表”加说明页：①县委组织部、县民政局的《2021年村（社区）“两委”换届选举结果统计表》当行政村名单（第一批完成换届的水寨、转水、岐岭三镇）——两行表头（“班子成员数”合并在 党组织|村（居）委会 之上），镇纵向合并，没有类别栏，村/社区只能从名称看（××村、××社区、××居委会、城南社区居民委员会），水寨镇先列3个社区再列村、再列其余社区；“选举日期”“一肩挑”“其中女性”与村名单无关；每镇小计行、合计行、注；新联村为2021年1月两村合并新设（只算一个）；没有贫困村、快递栏（poor/express 为 null）。②县扶贫办《省定相对贫困村2020年脱贫出列验收结果公示》当省定贫困村名单：公示正文、监督电话在表上，序号|镇（纵向合并）|村|帮扶单位|村集体经济收入|贫困户人均可支配收入|验收结论|备注，56个村（1个“暂缓出列”仍是省定贫困村；几处写“××村委会”），落款在表下右侧。③说明页不是台账。',
    sheets: [finish(V), finish(PV), finish(NOTE)],
    expect: {
      sheets: {
        '换届选举结果统计': { kind: 'villages', records },
        '贫困村出列公示': { kind: 'poorVillages', records: pvRecords },
        '说明': { kind: null },
      },
    },
  };
}

// ================================================================== LEDGER 2: 雷州市 — 贫困劳动力参训生活费补贴发放表 + 专项应付款丁字账
function buildLeizhou() {
  const r = mulberry32(5422);
  const mkId = idMaker(8820, '440882');
  const nm = nameMaker(8821, ['陈', '林', '黄', '吴', '李', '王', '梁', '邓', '蔡', '莫', '周', '何', '杨', '苏', '庞', '许', '郑', '揭', '符', '钟']);
  const TOWN = ['白沙镇', '沈塘镇', '客路镇', '杨家镇', '唐家镇', '企水镇', '纪家镇', '松竹镇', '南兴镇', '调风镇', '龙门镇', '英利镇', '北和镇', '乌石镇', '覃斗镇'];
  const VIL = ['东林村', '北家村', '南亭村', '田头村', '后坑村', '新园村', '那毛村', '洋尾村', '龙湾村', '潭板村', '调铭村', '塘边村'];
  const pool = [];
  for (let i = 0; i < 44; i++) { const male = r() < 0.55; pool.push({ name: nm(male), id: mkId(male, 1962, 1998), place: pick(r, TOWN) + pick(r, VIL), card: '621758' + Array.from({ length: 13 }, () => Math.floor(r() * 10)).join('') }); }
  // make sure at least two IDs end with X for the lower-case variant
  let xs = pool.filter((p) => p.id.endsWith('X'));
  let guard = 0;
  while (xs.length < 2 && guard++ < 500) { const male = r() < 0.5; const id = mkId(male, 1962, 1998); if (id.endsWith('X')) { pool.push({ name: nm(male), id, place: pick(r, TOWN) + pick(r, VIL), card: '621758' + Array.from({ length: 13 }, () => Math.floor(r() * 10)).join('') }); xs = pool.filter((p) => p.id.endsWith('X')); } }
  const SESS = [
    { no: '第1期', disp: '2020年11月19日-20日', iso: '2020-11-20', days: 2, n: 9 },
    { no: '第2期', disp: D('2021-01-14'), iso: '2021-01-14', days: 1, n: 8 },
    { no: '第3期', disp: '21.3.25-26', iso: '2021-03-26', days: 2, n: 10 },
    { no: '第4期', disp: '2021.6.17', iso: '2021-06-17', days: 1, n: 9 },
    { no: '第5期', disp: '2021.8.30-9.1', iso: '2021-09-01', days: 3, n: 7 },
  ];
  const T = newSheet('贫困户参训补贴发放');
  let n;
  n = put(T, ['雷州市建档立卡贫困劳动力参加电子商务培训生活费补贴发放表']); merge(T, 0, n, 11, n);
  n = put(T, ['发放单位：雷州市商务局（市电商公共服务中心代发）　　补贴标准：60元/人·天　　资金来源：就业补助资金（职业培训生活费补贴）']); merge(T, 0, n, 11, n);
  put(T, ['序号', '培训期次', '培训日期', '姓名', '性别', '身份证号码', '所在镇村', '参训天数', '补贴金额（元）', '社会保障卡（金融账户）号', '领取人签名', '备注']);
  const records = [];
  let seq = 0; let total = 0; let order = 0;
  const xIds = pool.filter((p) => p.id.endsWith('X')).map((p) => p.id);
  const usedBy = shuffle(r, pool);
  let cursor = 0;
  SESS.forEach((s, si) => {
    const start = T.rows.length + 1;
    // trainees for this session: mostly new, some repeat people from earlier sessions
    const people = [];
    for (let k = 0; k < s.n; k++) { people.push(usedBy[cursor % usedBy.length]); cursor++; }
    if (si === 2) people[3] = usedBy[1]; // a repeat attendee from session 1
    if (si === 3) { people[0] = usedBy[2]; people[5] = usedBy[12]; }
    if (si === 1 && !people.some((p) => xIds.includes(p.id))) people[4] = pool.find((p) => p.id === xIds[0]);
    if (si === 3 && !people.some((p) => xIds.includes(p.id))) people[7] = pool.find((p) => p.id === xIds[1]);
    const rowsOut = [];
    people.forEach((p, k) => {
      let days = s.days; let note = null; let sign = p.name; let isRecord = true;
      if (si === 0 && k === 6) { days = 0; note = '未参训，不予发放'; sign = '—'; isRecord = false; }
      if (si === 0 && k === 2) { days = 1; note = '第2天请假'; }
      if (si === 1 && k === 5) { sign = p.name.slice(0, 1) + '××（代领）'; note = '本人在外，由其配偶代领'; }
      let idText = p.id;
      if (idText.endsWith('X') && (si === 1 || si === 3)) idText = idText.slice(0, 17) + 'x';
      if (si === 3 && k === 2) idText = p.id.slice(0, 6) + ' ' + p.id.slice(6, 14) + ' ' + p.id.slice(14);
      const amt = days * 60;
      rowsOut.push({ p, days, amt, note, sign, idText, isRecord });
      if (si === 2 && k === 6) {
        // 补发 row for the same person, same session: not a new trainee
        rowsOut.push({ p, days: 1, amt: 60, note: '补发第2天补贴（首次漏登），2021年4月2日发放', sign: p.name, idText: p.id, isRecord: false, refill: true });
      }
    });
    rowsOut.forEach((o, i) => {
      seq++; order++;
      total += o.amt;
      put(T, [seq, i === 0 ? s.no : null, i === 0 ? s.disp : null, o.p.name, isMale(o.p.id) ? '男' : '女', o.idText, o.p.place, o.days, o.amt, o.p.card, o.sign, o.note]);
      if (o.isRecord) records.push({ date: s.iso, personTimes: 1, id: o.p.id });
    });
    merge(T, 1, start, 1, start + rowsOut.length - 1);
    merge(T, 2, start, 2, start + rowsOut.length - 1);
    const paid = new Set(rowsOut.filter((o) => o.amt > 0).map((o) => o.p.id)).size;
    put(T, [null, '本期小计', null, paid + '人', null, null, null, null, rowsOut.reduce((a, o) => a + o.amt, 0)]);
  });
  put(T, ['合计', null, null, null, null, null, null, null, total]);
  n = put(T, ['注：1.第1期有1人报名后未参训，不予发放；2.第3期有1人第2天补贴首次漏登，4月2日补发（同一人同一期，另起一行）；3.第5期为8月30日至9月1日三天班，9月3日发放。']); merge(T, 0, n, 11, n);
  n = put(T, ['经办人：符××　　　审核：陈××　　　分管领导：　　　　　']); merge(T, 0, n, 11, n);
  check(records.length === 42, 'lz records 42 got ' + records.length);

  // ---- T-accounts (丁字账)
  const F = newSheet('专项应付款丁字账');
  n = put(F, ['专项应付款——省级电子商务进农村综合示范资金　丁字账（科目汇总底稿）']); merge(F, 0, n, 5, n);
  n = put(F, ['核算单位：雷州市商务局　　凭证号为“记-月-号”；借方＝拨付（支出），贷方＝收到下达资金；红字冲销以“（红字）”标注']); merge(F, 0, n, 5, n);
  put(F, []);
  const MONTHS = [
    ['2020-06', '2020年6月', [], [['记-06-12', '收到省级专项资金（湛财工〔2020〕46号）', 5000000]]],
    ['2020-08', '2020年8月', [['记-08-05', '支付公共服务中心装修首期款', 380000], ['记-08-21', '支付第三方运营服务费（首期）', 250000]], []],
    ['2020-10', '2020年10月', [['记-10-09', '村级站点建设补助（第一批）', 420000], ['记-10-27', '电商培训费（第1—2期）', 96500]], []],
    ['2020-12', '2020年12月', [['记-12-04', '物流分拣中心设备款', 312000], ['记-12-18', '村级站点建设补助（第二批）', 365000], ['记-12-29', '冲销12-18号凭证（金额多记）', -365000], ['记-12-30', '村级站点建设补助（第二批）重新入账', 356000]], []],
    ['2021-01', '2021年1月', [['记-01-15', '电商培训费（第3期）', 48000]], []],
    ['2021-03', '2021年3月', [['记-03-10', '公共服务中心装修尾款', 170000], ['记-03-26', '“雷州好物”品牌策划设计费', 86000]], []],
    ['2021-04', '2021年4月', [['记-04-16', '村级站点建设补助（第三批）', 298000]], []],
    ['2021-05', '2021年5月', [['记-05-20', '冷链预冷库设备', 215000], ['记-05-31', '电商培训费（第4期）', 52000]], []],
    ['2021-06', '2021年6月', [['记-06-18', '公共服务中心运营补贴', 400000]], []],
    ['2021-07', '2021年7月', [['记-07-08', '第三方运营服务费（二期）', 250000], ['记-07-22', '农产品溯源系统', 168000]], []],
    ['2021-08', '2021年8月', [['记-08-13', '直播基地设备', 126000], ['记-08-27', '物流配送车辆', 220000], ['记-08-31', '村级站点建设补助（第三批尾款）', 74000]], []],
    ['2021-09', '2021年9月', [['记-09-07', '电商培训费（第5期）', 60000]], []],
  ];
  const money = (x) => (x < 0 ? '（红字）' + Math.abs(x).toLocaleString('en-US', { minimumFractionDigits: 2 }) : x.toLocaleString('en-US', { minimumFractionDigits: 2 }));
  const fRecords = [];
  let balance = 0;
  MONTHS.forEach(([iso, title, debit, credit], bi) => {
    n = put(F, [title + '　专项应付款']); merge(F, 0, n, 5, n);
    n = put(F, ['借　方', null, null, '贷　方']); merge(F, 0, n, 2, n); merge(F, 3, n, 5, n);
    put(F, ['凭证号', '摘要', '金额（元）', '凭证号', '摘要', '金额（元）']);
    const lines = Math.max(debit.length, credit.length, 1);
    for (let i = 0; i < lines; i++) {
      const d = debit[i], c = credit[i];
      const dAmt = d ? (d[2] < 0 ? money(d[2]) : (i + bi) % 2 === 0 ? d[2] : money(d[2])) : null;
      put(F, [d ? d[0] : (i === 0 && !debit.length ? '（本月无）' : null), d ? d[1] : null, dAmt, c ? c[0] : null, c ? c[1] : null, c ? c[2] : null]);
      if (d) fRecords.push({ date: iso, amount: d[2] });
    }
    const dSum = debit.reduce((a, x) => a + x[2], 0), cSum = credit.reduce((a, x) => a + x[2], 0);
    balance += cSum - dSum;
    put(F, [null, '本月发生额', dSum, null, '本月发生额', cSum]);
    put(F, [null, null, null, null, '月末余额（贷）', balance]);
    put(F, []);
  });
  n = put(F, ['注：1.2020年7月、9月、11月及2021年2月无发生额，未画丁字账；2.12月18日凭证多记9,000元，12月29日全额红字冲销后12月30日按356,000元重新入账；3.9月发生额为截止日后。']); merge(F, 0, n, 5, n);
  n = put(F, ['制表：财务股 庞××　　　2021年9月10日']); merge(F, 0, n, 5, n);
  const spentCut = fRecords.filter((x) => le(x.date)).reduce((a, x) => a + x.amount, 0);
  check(spentCut === 3921500, 'lz spent ' + spentCut);

  return {
    description: '雷州市（湛江）商务局交的两张表：①《建档立卡贫困劳动力参加电子商务培训生活费补贴发放表》当培训台账——一行一人次领补贴（序号|培训期次|培训日期|姓名|性别|身份证号码|所在镇村|参训天数|补贴金额|社会保障卡（金融账户）号（19位，不是身份证）|领取人签名|备注），期次和培训日期按期纵向合并（“2020年11月19日-20日”、真日期、“21.3.25-26”、“2021.6.17”、“2021.8.30-9.1”，区间按结束日），每期末“本期小计”行，表尾合计、注、经办人；记录＝每个实际参训领补贴的人（参训1天的两天班学员也算1人次），不是记录的：第1期报名未参训“不予发放”的一行、第3期同一人“补发第2天补贴”另起的一行、小计与合计行；身份证有小写x和按6-8-4加空格分段的。②财务股编科目汇总表用的《专项应付款丁字账》：一个月一个T形块（月份标题行、“借方｜贷方”合并行、凭证号|摘要|金额 两侧各三列、本月发生额、月末余额），日期只有块标题的月份（记录日期写YYYY-MM），借方每笔是一条拨付、贷方是收到下达资金（不是记录），红字冲销“（红字）365,000.00”为负数，金额有数字也有千分位文本，无发生额的月份没有块，2021年9月一块在截止日后照列。',
    sheets: [finish(T), finish(F)],
    expect: {
      sheets: {
        '贫困户参训补贴发放': { kind: 'training', records },
        '专项应付款丁字账': { kind: 'funds', records: fRecords },
      },
    },
  };
}

// ================================================================== write
save('counties/b54-c1-huidong.json', buildHuidong());
save('facts/b54-f1-zijin.json', buildZijin());
save('facts/b54-f2-fengshun.json', buildFengshun());
save('facts/b54-f3-ruyuan.json', buildRuyuan());
save('ledgers/b54-l1-wuhua.json', buildWuhua());
save('ledgers/b54-l2-leizhou.json', buildLeizhou());
