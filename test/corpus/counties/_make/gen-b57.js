'use strict';
// Batch 57 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
// Batch 57 blind layout cases. Deterministic: no Date.now(), no Math.random().
// Writes counties/, facts/, ledgers/ under this folder.
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
const rnd = mulberry32(570057);
const ri = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const D = (s) => ({ date: s });
const pad = (n, w = 2) => String(n).padStart(w, '0');

function idChecksum(body17) {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const c = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(body17[i]) * w[i];
  return c[s % 11];
}
const usedIds = new Set();
function makeId(area, y, m, d, male, wantX) {
  for (let tries = 0; tries < 5000; tries++) {
    let seq = ri(1, 999);
    if (male && seq % 2 === 0) seq = (seq % 999) + 1;
    if (!male && seq % 2 === 1) seq = seq === 999 ? 998 : seq + 1;
    const body = area + y + pad(m) + pad(d) + pad(seq, 3);
    const id = body + idChecksum(body);
    if (usedIds.has(id)) continue;
    if (wantX === true && !id.endsWith('X')) continue;
    if (wantX === false && id.endsWith('X')) continue;
    usedIds.add(id);
    return id;
  }
  throw new Error('id');
}
function randomId(area, y0, y1, male, wantX) {
  return makeId(area, String(ri(y0, y1)), ri(1, 12), ri(1, 28), male, wantX);
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function uscc(prefix8, seed) {
  // prefix8 e.g. 91440823 ; 9 org-code chars + check char
  let body = prefix8;
  const r = mulberry32(seed);
  for (let i = 0; i < 9; i++) body += USCC_CHARS[Math.floor(r() * (i < 2 ? 10 : 31))];
  const w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  let s = 0;
  for (let i = 0; i < 17; i++) s += USCC_CHARS.indexOf(body[i]) * w[i];
  let c = 31 - (s % 31);
  if (c === 31) c = 0;
  return body + USCC_CHARS[c];
}

const SURN = ['陈', '黄', '李', '林', '梁', '吴', '王', '杨', '邓', '莫', '庞', '全', '许', '蔡', '钟', '谢', '洪', '周', '冯', '何', '戚', '揭', '宋', '郑', '詹', '苏', '罗', '刘'];
const GIV_M = ['国强', '志明', '建华', '海生', '文辉', '家豪', '永康', '德胜', '春雷', '亚福', '亚强', '振华', '伟东', '金海', '明亮', '少雄', '汉光', '土生', '水旺', '广荣', '业成', '锦堂', '秋生', '宏伟', '俊杰', '石养', '炳坤', '日新', '世荣', '观福'];
const GIV_F = ['秀英', '美玲', '丽娟', '桂芳', '亚妹', '月娥', '春梅', '小燕', '玉兰', '海燕', '翠华', '少芬', '凤珍', '金莲', '惠芳', '小红', '丽华', '雪梅', '亚娇', '爱珍', '映红', '秋菊', '瑞英', '淑芬'];
const usedNames = new Set();
function personName(male) {
  for (let t = 0; t < 2000; t++) {
    const n = pick(SURN) + pick(male ? GIV_M : GIV_F);
    if (!usedNames.has(n)) { usedNames.add(n); return n; }
  }
  throw new Error('name');
}
function personNameWith(sur, male) {
  for (let t = 0; t < 2000; t++) {
    const n = sur + pick(male ? GIV_M : GIV_F);
    if (!usedNames.has(n)) { usedNames.add(n); return n; }
  }
  return personName(male);
}
function phone() { return '1' + pick(['35', '36', '37', '38', '39', '50', '58', '59', '80', '82', '88']) + pad(ri(0, 9999), 4) + pad(ri(0, 9999), 4); }

function write(rel, obj) {
  const p = path.join(ROOT, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, JSON.stringify(obj, null, 2) + '\n', 'utf8');
}
function assert(cond, msg) { if (!cond) throw new Error('self-check failed: ' + msg); }

// ========================================================================
// 1. COUNTY: 遂溪县（湛江市） — facts sheet “查·算·评” three-step blocks
// ========================================================================
const SX = '440823';
const TOWNS = ['遂城镇', '黄略镇', '洋青镇', '界炮镇', '乐民镇', '江洪镇', '杨柑镇', '城月镇', '乌塘镇', '建新镇', '岭北镇', '北坡镇', '港门镇', '草潭镇', '河头镇'];
const VILL_PER_TOWN = [14, 18, 19, 17, 16, 13, 18, 20, 14, 15, 17, 19, 16, 13, 16];
const COMM_PER_TOWN = [8, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 1, 0, 0];
const SUICHENG_COMM = ['城东', '城西', '城南', '城北', '新城', '建设', '文化', '遂海'];
const F1 = ['良', '调', '新', '东', '西', '南', '北', '上', '下', '大', '高', '石', '沙', '田', '山', '塘', '水', '林', '坡', '湖', '边', '桥', '井', '岭', '洋', '港', '江', '龙', '凤', '金', '青', '白', '黄', '红', '平', '安', '和', '富', '丰', '兴', '旺', '福', '长', '永', '中', '官', '庙', '排', '榄', '竹', '松', '桃', '梅', '杨', '荔', '椰', '蔗', '盐', '海', '湾', '仙', '鹿', '牛', '马', '鸡', '鹅', '苏', '陈', '谢', '覃', '庞', '揭', '潭', '界'];
const F2 = ['坡', '岭', '塘', '山', '田', '头', '尾', '港', '湾', '角', '垌', '寮', '墩', '仔', '园', '圩', '洋', '溪', '江', '湖', '桥', '井', '岸', '坑', '埇', '门', '口', '边', '背', '后', '前', '庄', '寨', '屯', '埠', '营', '楼', '堂', '亭', '林', '苑', '美', '丰', '安', '和', '兴', '发', '盛'];
const usedVill = new Set(TOWNS.map((t) => t.slice(0, 2)));
function villName() {
  for (let t = 0; t < 5000; t++) {
    const a = pick(F1), b = pick(F2);
    if (a === b) continue;
    const n = a + b;
    if (usedVill.has(n)) continue;
    usedVill.add(n);
    return n;
  }
  throw new Error('vill');
}

// villages ---------------------------------------------------------------
const villages = []; // {town, base, admin, poor}
TOWNS.forEach((town, ti) => {
  for (let k = 0; k < VILL_PER_TOWN[ti]; k++) villages.push({ town, base: villName(), admin: true, poor: false });
  for (let k = 0; k < COMM_PER_TOWN[ti]; k++) {
    const base = ti === 0 ? SUICHENG_COMM[k] : town.slice(0, 2) + '圩';
    villages.push({ town, base, admin: false, poor: false });
  }
});
const adminV = villages.filter((v) => v.admin);
assert(adminV.length === 245, 'admin villages 245');
assert(villages.length - adminV.length === 18, 'communities 18');
// 22 poor villages: spread over towns 2..15 deterministically
const poorIdx = [];
{
  const order = adminV.map((v, i) => i).filter((i) => adminV[i].town !== '遂城镇');
  const step = Math.floor(order.length / 22);
  for (let k = 0; k < 22; k++) poorIdx.push(order[k * step + 3]);
}
poorIdx.forEach((i) => { adminV[i].poor = true; });
const poorV = adminV.filter((v) => v.poor);
assert(poorV.length === 22, 'poor 22');

// stations ---------------------------------------------------------------
const sxPoorSept = poorV[13];                    // poor village whose station opens 2021-09-06
const nonPoor = adminV.filter((v) => !v.poor);
const sxNonPoorSept = nonPoor[150];              // non-covered village with a 2021-09-15 station
const candidates = nonPoor.filter((v) => v !== sxNonPoorSept);
// choose 122 covered non-poor villages deterministically
const coveredNonPoor = new Set();
{
  const r = mulberry32(4242);
  const pool = candidates.slice();
  while (coveredNonPoor.size < 122) {
    const i = Math.floor(r() * pool.length);
    coveredNonPoor.add(pool[i]);
    pool.splice(i, 1);
  }
}
adminV.forEach((v) => { v.covered = (v.poor && v !== sxPoorSept) || coveredNonPoor.has(v); });
assert(adminV.filter((v) => v.covered).length === 143, 'covered 143');

function dateBetween(r, fromYMD, toYMD) {
  const a = Date.UTC(...fromYMD.split('-').map((x, i) => Number(x) - (i === 1 ? 1 : 0)));
  const b = Date.UTC(...toYMD.split('-').map((x, i) => Number(x) - (i === 1 ? 1 : 0)));
  const t = a + Math.floor(r() * ((b - a) / 86400000 + 1)) * 86400000;
  const d = new Date(t);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}
function iso(y, m, d) { return `${y}-${pad(m)}-${pad(d)}`; }

const stationRows = []; // {town, name, villageWritten, opened(cell), openedISO, countsFor (village obj|null)}
{
  const r = mulberry32(777);
  const vForm = (base) => { const x = r(); return x < 0.55 ? base + '村' : x < 0.85 ? base + '村委会' : base + '村民委员会'; };
  const dateCell = (y, m, d) => {
    const x = r();
    if (x < 0.62) return [D(iso(y, m, d)), iso(y, m, d)];
    if (x < 0.80) return [`${y}.${m}.${d}`, iso(y, m, d)];
    if (x < 0.90) return [`${y}年${m}月`, `${y}-${pad(m)}`];
    return [`${y}年${m}月${d}日`, iso(y, m, d)];
  };
  const stName = (base) => {
    const x = r();
    if (x < 0.6) return base + '村电商服务站';
    if (x < 0.75) return base + '村益农信息社（电商服务站）';
    if (x < 0.88) return '邮乐购' + base + '店（村级电商服务站）';
    return base + '便民超市电商服务点';
  };
  const secondFor = new Set();
  let lastDateFixed = false;
  TOWNS.forEach((town) => {
    const vs = villages.filter((v) => v.town === town);
    for (const v of vs) {
      if (v.admin && v.covered) {
        let [y, m, d] = dateBetween(r, '2020-06-01', '2021-08-31');
        if (!lastDateFixed && town === '港门镇') { y = 2021; m = 8; d = 31; lastDateFixed = true; }
        const [cell, isoS] = (y === 2021 && m === 8 && d === 31) ? [D('2021-08-31'), '2021-08-31'] : dateCell(y, m, d);
        stationRows.push({ town, name: stName(v.base), village: vForm(v.base), opened: cell, openedISO: isoS, v });
        if (secondFor.size < 3 && ['黄略镇', '城月镇', '北坡镇'].includes(town) && !secondFor.has(town) && !v.poor) {
          secondFor.add(town);
          const [y2, m2, d2] = dateBetween(r, '2021-01-01', '2021-07-31');
          stationRows.push({ town, name: v.base + '村电商服务站（二站）', village: v.base + '村', opened: D(iso(y2, m2, d2)), openedISO: iso(y2, m2, d2), v, second: true });
        }
      }
      if (v === sxPoorSept) stationRows.push({ town, name: v.base + '村电商服务站', village: v.base + '村委会', opened: '2021.9.6', openedISO: '2021-09-06', v, sept: true });
      if (v === sxNonPoorSept) stationRows.push({ town, name: v.base + '村电商服务站', village: v.base + '村', opened: D('2021-09-15'), openedISO: '2021-09-15', v, sept: true });
      if (!v.admin && town === '遂城镇' && (v.base === '城东' || v.base === '新城')) {
        stationRows.push({ town, name: v.base + '社区电商服务站', village: v.base + '社区', opened: D('2020-12-03'), openedISO: '2020-12-03', v, community: true });
      }
    }
    if (town === '河头镇') stationRows.push({ town, name: '河头林场电商服务点', village: '河头林场', opened: '2021.4.20', openedISO: '2021-04-20', v: null, forest: true });
  });
  assert(secondFor.size === 3, 'three second stations');
}
assert(stationRows.length === 151, 'stations 151, got ' + stationRows.length);
assert(lastCheck());
function lastCheck() { return stationRows.some((s) => s.openedISO === '2021-08-31'); }

// poor persons -----------------------------------------------------------
// 120 persons: E(eligible: labour & not migrant) 80, M(labour & migrant) 20, N(no labour) 20
const persons = [];
{
  // 40 households of 3: households 0-19 = [E, E, M], households 20-39 = [E, N, E]
  const poorForHH = poorV.filter((v) => v !== sxPoorSept);
  for (let h = 0; h < 40; h++) {
    const vill = poorForHH[h % poorForHH.length];
    const hhNo = '4408230' + pad(h * 37 + 1021, 5);
    const cats = h < 20 ? ['E', 'E', 'M'] : ['E', 'N', 'E'];
    const headMale = h % 5 !== 0;
    const headSur = pick(SURN);
    const spouseSur = pick(SURN);
    const fatherSur = headMale ? headSur : spouseSur; // children take the father's surname
    cats.forEach((cat, j) => {
      let male, sur, y0, y1, relation;
      if (j === 0) { male = headMale; sur = headSur; y0 = 1958; y1 = 1972; relation = '户主'; }
      else if (cat === 'E') { male = !headMale; sur = headMale ? spouseSur : headSur; y0 = 1958; y1 = 1974; relation = '配偶'; if (!headMale) sur = spouseSur; }
      else if (cat === 'M') { male = rnd() < 0.5; sur = fatherSur; y0 = 1990; y1 = 2000; relation = male ? '之子' : '之女'; }
      else { male = rnd() < 0.5; sur = male ? headSur : pick(SURN); y0 = 1936; y1 = 1950; relation = male ? '之父' : '之母'; }
      persons.push({ hhNo, cat, male, sur, relation, village: vill, y0, y1 });
    });
  }
  assert(persons.length === 120 && persons.filter((p) => p.cat === 'E').length === 80 && persons.filter((p) => p.cat === 'M').length === 20, 'person cats');
}
const E = persons.filter((p) => p.cat === 'E');
const M = persons.filter((p) => p.cat === 'M');
const N = persons.filter((p) => p.cat === 'N');
// IDs: E[3], E[27] end with X (written lower-case x in the sign-in sheet)
persons.forEach((p) => {
  const wantX = (p === E[3] || p === E[27]) ? true : false;
  p.id = randomId(SX, p.y0, p.y1, p.male, wantX);
  p.name = personNameWith(p.sur, p.male);
});
E.forEach((p, i) => {
  p.labourText = i % 4 === 1 ? '技能劳动力' : '普通劳动力';
  p.workText = ['未务工', '本地务农', '乡镇内务工', '本地务农'][i % 4];
});
M.forEach((p, i) => { p.labourText = '普通劳动力'; p.workText = i % 3 === 0 ? '县外省内务工' : '省外务工'; });
N.forEach((p, i) => { p.labourText = i % 2 === 0 ? '无劳动力' : '丧失劳动力'; p.workText = '—'; });

// special sign-in sessions -------------------------------------------------
function otherPerson(cat) {
  const male = rnd() < 0.5;
  return { name: personName(male), male, id: randomId(SX, 1960, 1995, male, false), otherCat: cat, village: pick(adminV) };
}
const OTHER_CATS = ['边缘户', '一般农户', '村干部', '帮扶干部', '边缘户', '一般农户'];
function others(n) { const a = []; for (let i = 0; i < n; i++) a.push(otherPerson(OTHER_CATS[i % OTHER_CATS.length])); return a; }
const sessS = [
  { no: '第一场', dateCell: D('2020-11-19'), iso: '2020-11-19', people: [...E.slice(0, 16), M[0], ...others(8)] },
  { no: '第二场', dateCell: '2021.1.14', iso: '2021-01-14', people: [...E.slice(16, 32), N[0], ...others(8)] },
  { no: '第三场', dateCell: '2021.4.15-16', iso: '2021-04-16', people: [...E.slice(32, 44), ...E.slice(0, 6), M[1], ...others(6)] },
  { no: '第四场', dateCell: '2021年7月8日', iso: '2021-07-08', people: [...E.slice(6, 20), M[2], N[1], ...others(9)] },
  { no: '第五场', dateCell: '2021.9.8', iso: '2021-09-08', people: [...E.slice(44, 50), ...E.slice(0, 8), ...others(6)] },
];
// shuffle order inside each session deterministically (keeps composition)
sessS.forEach((s, k) => {
  const r = mulberry32(1000 + k);
  for (let i = s.people.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [s.people[i], s.people[j]] = [s.people[j], s.people[i]]; }
});
// one "other" in session 4 came without ID card
const noIdPerson = sessS[3].people.find((p) => p.otherCat === '一般农户');
noIdPerson.noId = true;
assert(sessS.slice(0, 4).reduce((a, s) => a + s.people.length, 0) === 100, 'special 100 rows before cutoff');
assert(sessS[4].people.length === 20, 'special session 5: 20 rows');

// general training sessions ------------------------------------------------
const genSess = [
  ['第1期', '2020.6.18', '2020-06-18', '遂城镇', '农村电商基础知识普及', 168],
  ['第2期', D('2020-07-09'), '2020-07-09', '黄略镇', '农村电商基础知识普及', 120],
  ['第3期', '2020年7月23日', '2020-07-23', '洋青镇', '网店开设与运营', 135],
  ['第4期', D('2020-08-06'), '2020-08-06', '界炮镇', '农村电商基础知识普及', 142],
  ['第5期', '2020.8.20', '2020-08-20', '乐民镇', '微商与社群营销', 126],
  ['第6期', D('2020-09-10'), '2020-09-10', '江洪镇', '水产品网销与包装', '118人次'],
  ['第7期', '2020.9.24', '2020-09-24', '杨柑镇', '农村电商基础知识普及', 150],
  ['第8期', '2020.10.15-16', '2020-10-16', '城月镇', '农村电商实操（两天）', 96],
  ['第9期', D('2020-10-29'), '2020-10-29', '乌塘镇', '网店开设与运营', 132],
  ['第10期', '2020年11月12日', '2020-11-12', '建新镇', '农村电商基础知识普及', 140],
  ['第11期', '2020.11.26', '2020-11-26', '岭北镇', '农产品短视频拍摄', 128],
  ['第12期', D('2020-12-10'), '2020-12-10', '北坡镇', '农村电商基础知识普及', 137],
  ['第13期', '2020.12.24', '2020-12-24', '港门镇', '网店开设与运营', 125],
  ['第14期', '2020.12.30', '2020-12-30', '县电商公共服务中心（线上直播）', '年货节网销技巧', 250],
  ['第15期', D('2021-01-07'), '2021-01-07', '草潭镇', '农村电商基础知识普及', 130],
  ['第16期', '2021.1.21', '2021-01-21', '河头镇', '农村电商基础知识普及', '146人次'],
  ['第17期', D('2021-03-04'), '2021-03-04', '遂城镇', '直播带货入门', 180],
  ['第18期', '2021.3.18', '2021-03-18', '县电商公共服务中心（线上直播）', '网店美工与详情页', 312],
  ['第19期', '2021.3.25-26', '2021-03-26', '黄略镇', '农村电商实操（两天）', 88],
  ['第20期', D('2021-04-08'), '2021-04-08', '洋青镇', '农村电商基础知识普及', 164],
  ['第21期', '2021年4月22日', '2021-04-22', '界炮镇', '网店开设与运营', 152],
  ['第22期', '2021.5.13', '2021-05-13', '乐民镇', '农村电商基础知识普及', 140],
  ['第23期', D('2021-05-27'), '2021-05-27', '江洪镇', '水产品网销与包装', 133],
  ['第24期', '2021.6.10', '2021-06-10', '杨柑镇', '火龙果网销与直播', 176],
  ['第25期', D('2021-06-24'), '2021-06-24', '城月镇', '番薯、圣女果网销', 158],
  ['第26期', '2021.7.8', '2021-07-08', '乌塘镇', '农村电商基础知识普及', 149],
  ['第27期', D('2021-07-22'), '2021-07-22', '建新镇', '直播带货入门', 137],
  ['第28期', '2021.8.5', '2021-08-05', '岭北镇', '农村电商基础知识普及', 145],
  ['第29期', D('2021-08-12'), '2021-08-12', '北坡镇', '农产品短视频拍摄', 152],
  ['第30期', '2021.8.19', '2021-08-19', '港门镇', '农村电商基础知识普及', 138],
  ['第31期', D('2021-08-26'), '2021-08-26', '草潭镇', '直播带货入门', '１５６'],
  ['第32期', '2021年8月31日', '2021-08-31', '河头镇', '农村电商基础知识普及', 147],
  ['第33期', '2021.8.30-9.1', '2021-09-01', '县电商公共服务中心', '直播电商训练营（三天）', 120],
  ['第34期', D('2021-09-09'), '2021-09-09', '遂城镇', '农村电商基础知识普及', 240],
];
const ptNum = (v) => typeof v === 'number' ? v : Number(String(v).replace(/人次/, '').replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xFEE0)));
const genBefore = genSess.filter((s) => s[2] <= '2021-08-31').reduce((a, s) => a + ptNum(s[5]), 0);
const genAll = genSess.reduce((a, s) => a + ptNum(s[5]), 0);
assert(genBefore === 4770, 'general before cutoff 4770, got ' + genBefore);
assert(genAll === 5130, 'general all 5130, got ' + genAll);

// enterprises ---------------------------------------------------------------
const entRows = [
  ['遂溪县粤西优品供应链管理有限公司', '平台型', D('2020-11-26'), null, ''],
  ['湛江市遂农电子商务有限公司', '销售型', D('2020-11-26'), null, ''],
  ['遂溪县红心火龙果农业发展有限公司', '销售型', '2020.12.8', null, ''],
  ['广东湛农云仓物流有限公司', '物流企业', '2020.12.8', null, ''],
  ['遂溪县小番茄电子商务有限公司', '销售型', D('2020-12-15'), null, '2021年4月更名为遂溪县番番乐电子商务有限公司'],
  ['湛江市启航电商运营服务有限公司', '电商运营', D('2020-12-21'), null, ''],
  ['遂溪县乐民直播电商有限公司', '直播电商', '2021.1.8', null, ''],
  ['遂溪县中通快递有限公司', '物流企业', D('2021-01-08'), null, ''],
  ['遂溪县甘蔗之乡农产品有限公司', '销售型', '2021年1月', null, ''],
  ['湛江市云端网络科技有限公司', '平台型', D('2021-01-20'), null, ''],
  ['遂溪县优选电子商务有限公司', '销售型', '2021.2.26', null, ''],
  ['遂溪县岭北生鲜配送有限公司', '物流企业', D('2021-03-02'), null, ''],
  ['遂溪县火龙果电商代运营服务部', '电商运营', '2021.3.2', null, '个体工商户'],
  ['遂溪县北坡海味电子商务商行', '销售型', D('2021-03-16'), '2021.5.31', '已迁出'],
  ['遂溪县番番乐电子商务有限公司', '销售型', '2021.4.12', null, '由遂溪县小番茄电子商务有限公司更名，同一信用代码'],
  ['湛江市好农品文化传媒有限公司', '电商运营', D('2021-04-19'), null, '短视频代运营'],
  ['遂溪县城月番薯专业合作社', '销售型', '2021年5月', null, '农民专业合作社'],
  ['遂溪县江洪渔港水产电商有限公司', '销售型', D('2021-05-20'), null, ''],
  ['遂溪县邮乐优选商贸有限公司', '平台型', '2021.6.1', null, ''],
  ['遂溪县杨柑果蔬包装有限公司', '销售型', D('2021-06-15'), null, ''],
  ['湛江市极速达物流有限公司', '物流企业', '2021.7.5', null, ''],
  ['遂溪县岭南好物直播基地有限公司', '直播电商', D('2021-07-19'), null, ''],
  ['遂溪县草潭海鲜电商有限公司', '销售型', '2021.3.10', D('2021-09-20'), '2021年9月20日退园'],
  ['遂溪县港门蚝业电子商务有限公司', '销售型', '2021.9.15', null, '9月新入驻'],
];
const entCodes = entRows.map((e, i) => {
  if (i === 14) return null; // filled below (same as row 5)
  const prefix = e[0].includes('合作社') ? '93440823' : e[0].includes('服务部') || e[0].includes('商行') ? '92440823' : (e[0].startsWith('湛江市') ? '91440800' : '91440823');
  return uscc(prefix, 5700 + i * 13);
});
entCodes[14] = entCodes[4];

// funds ------------------------------------------------------------------
const fundRows = [
  // date cell, iso, voucher, summary, payee, amount cell, numeric
  [D('2020-07-16'), '2020-07-16', '记-2020-07-012', '县电商公共服务中心装修（首期）', '湛江市建宏装饰工程有限公司', 600000, 600000],
  ['2020.9.25', '2020-09-25', '记-2020-09-021', '村级电商服务站点建设（一期）', '遂溪县粤西优品供应链管理有限公司', '450,000.00', 450000],
  [D('2020-11-20'), '2020-11-20', '记-2020-11-008', '中心设备购置', '湛江市信达办公设备有限公司', 380000, 380000],
  [D('2020-12-18'), '2020-12-18', '记-2020-12-015', '电商培训服务费（第一批）', '湛江市启航电商运营服务有限公司', 186000, 186000],
  ['2020.12.25', '2020-12-25', '记-2020-12-019', '红字冲销12月18日记-015（金额误记）', '湛江市启航电商运营服务有限公司', '-186,000.00', -186000],
  ['2020.12.25', '2020-12-25', '记-2020-12-020', '电商培训服务费（第一批，更正）', '湛江市启航电商运营服务有限公司', 168000, 168000],
  [D('2021-01-22'), '2021-01-22', '记-2021-01-011', '县镇村三级物流体系建设', '广东湛农云仓物流有限公司', '520,000.00', 520000],
  ['2021.3.30', '2021-03-30', '记-2021-03-027', '村级电商服务站点建设（二期）', '遂溪县粤西优品供应链管理有限公司', 465000, 465000],
  [D('2021-05-14'), '2021-05-14', '记-2021-05-009', '“遂溪好农品”品牌推广', '湛江市好农品文化传媒有限公司', 286360, 286360],
  ['2021年6月18日', '2021-06-18', '记-2021-06-016', '冷链及溯源系统建设（首付）', '广东湛农云仓物流有限公司', '398,000.00', 398000],
  [D('2021-07-23'), '2021-07-23', '记-2021-07-022', '电商培训服务费（第二批）', '湛江市启航电商运营服务有限公司', 265000, 265000],
  ['2021.8.27', '2021-08-27', '记-2021-08-030', '中心运营服务费', '遂溪县粤西优品供应链管理有限公司', 480000, 480000],
  [D('2021-09-14'), '2021-09-14', '记-2021-09-012', '冷链及溯源系统建设（尾款）', '广东湛农云仓物流有限公司', '520,000.00', 520000],
];
const fundBefore = fundRows.filter((f) => f[1] <= '2021-08-31').reduce((a, f) => a + f[6], 0);
assert(fundBefore === 4012360, 'funds before cutoff 4012360, got ' + fundBefore);

// reports, disclosures, media, materials ------------------------------------
const reportRows = [
  ['2020.9.8', '2020-09-08', '2020年8月', '创建工作进展月报＋电商统计月报', '是', '粤政易'],
  [D('2020-10-09'), '2020-10-09', '2020年9月', '创建工作进展月报＋电商统计月报', '是', '粤政易'],
  ['2020.11.6', '2020-11-06', '2020年10月', '创建工作进展月报＋电商统计月报', '是', '粤政易'],
  [D('2020-12-08'), '2020-12-08', '2020年11月', '创建工作进展月报＋电商统计月报', '是', '粤政易'],
  ['2021.1.8', '2021-01-08', '2020年12月', '创建工作进展月报＋电商统计月报', '是', '粤政易'],
  ['2021.3.9', '2021-03-09', '2021年1-2月', '创建工作进展月报＋电商统计月报（1、2月合并）', '是', '粤政易'],
  [D('2021-04-08'), '2021-04-08', '2021年3月', '创建工作进展月报＋电商统计月报', '是', '粤政易'],
  ['2021.5.10', '2021-05-10', '2021年4月', '创建工作进展月报＋电商统计月报', '是', '粤政易'],
  [D('2021-06-08'), '2021-06-08', '2021年5月', '创建工作进展月报＋电商统计月报', '是', '粤政易'],
  ['2021.7.8', '2021-07-08', '2021年6月', '创建工作进展月报＋电商统计月报', '是', '粤政易'],
  [D('2021-08-09'), '2021-08-09', '2021年7月', '创建工作进展月报＋电商统计月报', '是', '粤政易'],
  ['2021.9.8', '2021-09-08', '2021年8月', '创建工作进展月报＋电商统计月报', '是', '粤政易'],
];
const discRows = [
  [D('2020-09-18'), '2020-09-18', '遂溪县电子商务进农村综合示范项目建设进度（2020年8月）'],
  ['2020.10.20', '2020-10-20', '遂溪县电子商务进农村综合示范项目建设进度（2020年9月）'],
  [D('2020-11-27'), '2020-11-27', '遂溪县电商公共服务中心正式投入运营'],
  ['2020.12.15', '2020-12-15', '遂溪县电子商务进农村综合示范项目建设进度（2020年11月）'],
  [D('2020-12-30'), '2020-12-30', '关于村级电商服务站点（一期）验收结果的公示'],
  ['2021.1.19', '2021-01-19', '遂溪县电子商务进农村综合示范项目建设进度（2020年12月）'],
  [D('2021-02-24'), '2021-02-24', '遂溪县电子商务进农村综合示范项目建设进度（2021年1月）'],
  ['2021.3.22', '2021-03-22', '遂溪县电子商务进农村综合示范项目建设进度（2021年2月）'],
  [D('2021-04-20'), '2021-04-20', '遂溪县电子商务进农村综合示范项目建设进度（2021年3月）'],
  ['2021.5.18', '2021-05-18', '遂溪县电子商务进农村综合示范项目建设进度（2021年4月）'],
  [D('2021-06-21'), '2021-06-21', '遂溪县电子商务进农村综合示范项目建设进度（2021年5月）'],
  ['2021.7.19', '2021-07-19', '遂溪县电子商务进农村综合示范项目建设进度（2021年6月）'],
  [D('2021-08-17'), '2021-08-17', '遂溪县电子商务进农村综合示范项目建设进度（2021年7月）'],
  ['2021.9.14', '2021-09-14', '遂溪县电子商务进农村综合示范项目建设进度（2021年8月）'],
];
const mediaRows = [
  [D('2020-10-16'), '2020-10-16', '遂溪县融媒体中心', '县级', '电视', '我县村级电商服务站首批挂牌', '否'],
  ['2020.12.22', '2020-12-22', '南方+客户端', '省级', '网络', '遂溪：火龙果搭上电商快车', '否'],
  [D('2021-03-18'), '2021-03-18', '“遂溪发布”微信公众号', '县级', '网络', '直播带货培训走进田间地头', '否'],
  ['2021.6.10', '2021-06-10', '广东广播电视台珠江频道《珠江新闻眼》', '省级', '电视', '火龙果“触网”记——遂溪贫困户电商脱贫', '是'],
  [D('2021-09-03'), '2021-09-03', '湛江日报', '市级', '报纸', '遂溪电商进农村综合示范创建见成效', '否'],
  ['2021.9.10', '2021-09-10', '湛江广播电视台', '市级', '电视', '小站点连起大市场', '否'],
];
const matRows = [
  [D('2020-12-15'), '2020-12-15', '遂溪县电子商务进农村综合示范创建工作经验做法', '遂溪县商务局', '湛江市商务局'],
  ['2021.6.25', '2021-06-25', '“小站点”连起“大市场”——遂溪县村级电商服务站助农增收案例', '遂溪县商务局', '湛江市商务局'],
  ['2021.9.10', '2021-09-10', '遂溪县“电商＋火龙果”助农增收经验材料', '遂溪县商务局', '湛江市商务局'],
];

// ------------------------------------------------------------ self-check (own rules, from scoring-rules.md)
(function selfCheck() {
  const CUT = '2021-08-31';
  const le = (s) => s <= CUT; // month strings 'YYYY-MM' compare fine for <=
  const norm = (n) => n.replace(/(村民委员会|村委会|社区居民委员会|社区居委会|社区|村)$/, '');
  const adminSet = new Map(adminV.map((v) => [norm(v.base + '村委会'), v]));
  const cov = new Set(), covPoor = new Set();
  for (const s of stationRows) {
    if (!le(s.openedISO)) continue;
    const v = adminSet.get(norm(s.village));
    if (!v) continue;
    cov.add(v); if (v.poor) covPoor.add(v);
  }
  assert(cov.size === 143, 'cov 143 got ' + cov.size);
  assert(covPoor.size === 21, 'covPoor 21 got ' + covPoor.size);
  // training
  const special = sessS.filter((s) => le(s.iso)).reduce((a, s) => a + s.people.length, 0);
  assert(genBefore + special === 4870, 'person-times 4870');
  assert((genBefore + special) * 1000 < 500000 * 10 && (genBefore + special) * 1000 >= 500000 * 8, 'tier 8');
  const eligible = new Set(E.map((p) => p.id));
  const trained = new Set();
  sessS.filter((s) => le(s.iso)).forEach((s) => s.people.forEach((p) => { if (p.id && eligible.has(p.id)) trained.add(p.id); }));
  assert(trained.size === 44, 'trained 44 got ' + trained.size);
  // enterprises in park
  const entISO = (c) => (typeof c === 'object' && c) ? c.date : String(c).replace(/^(\d{4})\.(\d{1,2})\.(\d{1,2})$/, (m, y, mo, d) => `${y}-${pad(mo)}-${pad(d)}`).replace(/^(\d{4})年(\d{1,2})月$/, (m, y, mo) => `${y}-${pad(mo)}`);
  const inPark = new Set();
  entRows.forEach((e, i) => {
    const ent = entISO(e[2]); const left = e[3] ? entISO(e[3]) : null;
    if (ent <= CUT && !(left && left <= CUT)) inPark.add(entCodes[i]);
  });
  assert(inPark.size === 21, 'in park 21 got ' + inPark.size);
  // reports months
  const months = new Set(reportRows.filter((r) => le(r[1]) && r[1] >= '2020-09-01').map((r) => r[1].slice(0, 7)));
  assert(months.size === 11 && !months.has('2021-02'), 'reports 11 months');
  const dm = new Set(discRows.filter((r) => le(r[1]) && r[1] >= '2020-09-01').map((r) => r[1].slice(0, 7)));
  assert(dm.size === 12, 'disclosures 12 months');
})();

// ------------------------------------------------------------ build county sheets
function factsSheetSuixi() {
  const rows = [];
  const merges = [];
  rows.push(['遂溪县电子商务进农村综合示范创建考评自评底表（查·算·评）', null, null, null, null]);
  merges.push('A1:E1');
  rows.push(['填表单位：遂溪县商务局电商股　　数据截至：2021年8月31日　　填表日期：2021年9月6日', null, null, null, null]);
  merges.push('A2:E2');
  rows.push(['说明：每个指标分三步写——“查”：文件、台账里查到的情况，照实写；“算”：对照省考评标准自己算一遍；“评”：我局自评分（判断类的分也写在“评”一行）。', null, null, null, null]);
  merges.push('A3:E3');
  rows.push(['编号', '评价指标（满分）', '步骤', '内容', '出处／佐证']);
  const block = (no, title, lines) => {
    const start = rows.length + 1;
    lines.forEach((l, i) => rows.push([i === 0 ? no : null, i === 0 ? title : null, l[0], l[1], l[2] === undefined ? null : l[2]]));
    const end = rows.length;
    if (end > start) { merges.push(`A${start}:A${end}`); merges.push(`B${start}:B${end}`); }
  };
  block('〇', '县情（不计分）', [
    ['查', '县名：遂溪县（湛江市辖县）', '—'],
    ['查', '常住人口88.66万人（第七次全国人口普查）；户籍人口110.35万人', '《遂溪县第七次全国人口普查公报》'],
    ['查', '辖15个镇；村民委员会245个、社区居民委员会18个；省定相对贫困村22个', '县民政局、县乡村振兴局；附1'],
  ]);
  block('一', '组织领导（2分）', [
    ['查', '2019年11月成立县电子商务进农村综合示范创建工作领导小组，县委副书记、县长任组长，分管副县长任常务副组长', '遂府办函〔2019〕167号'],
    ['查', '成员单位：县商务局、县财政局、县农业农村局、县乡村振兴局（原县扶贫办）、县市场监管局、县交通运输局、县邮政分公司及15个镇', '同上'],
    ['算', '县政府主要领导牵头，商务、财政、农业农村、扶贫（乡村振兴）都在成员单位里 → 够2分档', null],
    ['评', '2分', null],
  ]);
  block('二', '方案制定（2分）', [
    ['查', '《遂溪县创建省级电子商务进农村综合示范县工作方案》已于2019年12月20日正式印发', '遂府办〔2019〕41号'],
    ['算', '方案分年度列了任务、责任单位和完成时限，可操作 → 按1-2分评', null],
    ['评', '2分', null],
  ]);
  block('三', '政策支持（2分）', [
    ['查', '2020年3月出台《遂溪县促进农村电子商务发展扶持办法（试行）》', '遂府办〔2020〕12号'],
    ['查', '扶持资金只兑现了2020年度一批（12家），2021年度还没兑现', '兑现名单'],
    ['算', '有政策，落实一般 → 按1分', null],
    ['评', '1分', null],
  ]);
  block('四', '项目管理（4分）', [
    ['查', '制定《项目建设管理办法》《项目验收办法》，站点、中心验收都按办法组织', '遂商〔2020〕3号、4号'],
    ['查', '工作台账2020年7月起按月整理；2020年上半年的台账是事后补记的', '工作台账'],
    ['算', '管理制度2分；工作台账记录不全，按1分', null],
    ['评', '3分（管理制度2分＋工作台账1分）', null],
  ]);
  block('五', '县级中心及产业园（15分）', [
    ['查', '县电商公共服务中心（遂城镇湛川路，1600㎡）于2020年11月26日正式投入运营', '运营协议、揭牌照片'],
    ['查', '中心有培训教室2间（共80座），配投影和电脑30台，免费开展电商基础培训', '附3'],
    ['查', '一楼展示展销厅免费展示、代销遂溪火龙果、圣女果、番薯、北坡沙虫干等特色农产品', '展品清单'],
    ['查', '摄影棚、美工室已建成，但按成本价收费（每款产品拍摄80元），没有做到免费', '收费公示'],
    ['查', '统一打造“遂溪好农品”区域公用品牌，组织企业参加品牌推介和包装设计', '品牌推广方案'],
    ['查', '提供网店开设、代运营对接、物流对接、融资对接等增值服务', '服务登记'],
    ['查', '电商产业园与中心同址，整合原县城物流园闲置厂房建成；园区登记入驻企业24家（平台型、销售型、电商运营、物流、直播电商都有）', '附6'],
    ['算', '①建成中心2＋②运营满6个月（2020.11.26起，到8月31日9个多月）2＋③免费培训2＋④免费展示1＋⑤摄影美工0＋⑥品牌推广1＋⑦其他增值服务1＋⑧产业园2＋⑨入驻20家以上2＋⑩三种以上类型1', null],
    ['评', '14分（摄影美工收费，不得分）', null],
  ]);
  block('六', '村级站点（10分）', [
    ['查', '全县已建村级电商服务站点151个，覆盖行政村146个；22个省定相对贫困村都已建站', '附2'],
    ['算', '行政村245个，超过200个按200个算：146÷200＝73%，≥70% → 5分；贫困村22÷22＝100% → 5分', null],
    ['评', '10分', null],
  ]);
  block('七', '农村产品上行（10分）', [
    ['查', '2020年6月委托第三方完成《遂溪县农产品网络销售情况调研报告》，提出8条建议，已报湛江市商务局', '调研报告'],
    ['查', '举办“遂溪火龙果电商节”“圣女果网上年货节”“番薯直播季”等网络促销活动6场', '活动总结'],
    ['查', '中心由第三方运营服务商遂溪县粤西优品供应链管理有限公司运营', '运营合同'],
    ['查', '行政村快递物流覆盖率100%', '县邮政管理局证明'],
    ['查', '制定火龙果、圣女果电商分级包装标准2项；冷链依托物流园冷库；溯源系统还在建设', '标准文本'],
    ['查', '农村网络零售额：2019年31.62亿元，2020年39.87亿元', '省商务厅监测数'],
    ['查', '农产品网络零售额：2019年8.46亿元，2020年11.35亿元', '省商务厅监测数'],
    ['算', '农村网零增长（39.87－31.62）÷31.62≈26.1%，不够30%；农产品网零增长（11.35－8.46）÷8.46≈34.2%，够30% → 增速2分', null],
    ['评', '9分＝网销调研2＋促销活动2＋第三方1＋快递1＋交易标准和冷链溯源1＋增速2', null],
  ]);
  block('八', '电商人才培训（20分）', [
    ['查', '普及培训34期5,130人次；贫困户专场5场120人次；合计5,250人次', '附3、附4'],
    ['查', '有劳动能力、未外出务工的建档立卡贫困人口80人（县乡村振兴局确认），已参训50人', '附5、附4'],
    ['算', '常住人口超50万按50万算：5,250÷500,000＝1.05%，≥1% → 10分；50÷80＝62.5%，≥50% → 10分', null],
    ['评', '20分', null],
  ]);
  block('九', '信息公开（4分）', [
    ['查', '县政府门户网站“电子商务进农村综合示范”专栏2020年3月开设，公示创建方案、项目基本信息（项目名称、承建单位、合同金额）和每月建设进度，设“监督举报”信箱和电话', '专栏截图'],
    ['查', '近一年每个月都有更新', '附9'],
    ['算', '内容全面2＋按月更新2', null],
    ['评', '4分', null],
  ]);
  block('十', '数据上报（6分）', [
    ['查', '每月初向湛江市商务局报送创建进展月报，月报附电商扶贫统计表（贫困户参训、带动增收）', '附8'],
    ['查', '2021年2月逢春节，1月份月报与2月份合并，3月9日一起报送', '附8'],
    ['算', '按月报送3（2月合并报送，视同按月）＋统计电商扶贫3', null],
    ['评', '6分', null],
  ]);
  block('十一', '案例总结（2分）', [
    ['查', '向湛江市商务局报送《“小站点”连起“大市场”——遂溪县村级电商服务站助农增收案例》等经验材料3篇', '附11'],
    ['评', '2分', null],
  ]);
  block('十二', '经验推广（8分）', [
    ['查', '省级：南方+客户端、广东广播电视台珠江频道；市级：湛江日报、湛江广播电视台；县级：遂溪县融媒体中心、“遂溪发布”', '附10'],
    ['算', '省级4＋市级3＋县级1', null],
    ['评', '8分', null],
  ]);
  block('十三', '制度建立（5分）', [
    ['查', '印发《遂溪县省级电子商务进农村综合示范专项资金管理办法》，明确支持方向、拨付程序和考核问责', '遂商〔2020〕5号'],
    ['评', '4分', null],
  ]);
  block('十四', '资金台账（5分）', [
    ['查', '专项资金设专用台账，逐笔登记拨付日期、凭证号、收款单位和金额；县财政局按季对账', '附7'],
    ['评', '4分', null],
  ]);
  block('十五', '资金支出（5分）', [
    ['查', '省级专项资金下达500万元；截至2021年8月31日累计拨付401.236万元', '附7'],
    ['算', '401.236÷500＝80.2%，≥70%；按合同节点拨付，冷链溯源尾款因验收推迟 → 及时拨付按4分', null],
    ['评', '4分', null],
  ]);
  block('十六', '加分项（4分）', [
    ['查', '贫困人口培训率62.5%，不够70%', '附5、附4'],
    ['查', '2021年6月10日广东广播电视台珠江频道《珠江新闻眼》播出《火龙果“触网”记》，是电商扶贫典型案例', '附10'],
    ['评', '培训率加分0分；电视播报（省级）1分', null],
  ]);
  block('十七', '一票否决', [
    ['查', '创建期间未发生安全生产、质量事故，没有造成重大经济损失和社会不良影响', '—'],
    ['查', '项目总体进度92%', '项目进度表'],
    ['查', '没有弄虚作假', '—'],
    ['评', '不涉及', null],
  ]);
  rows.push([null, null, '合计', '自评94分（其中加分1分）', null]);
  rows.push([null, null, null, null, null]);
  rows.push(['填表：陈××　　股长：黄××　　分管副局长：林××', null, null, null, null]);
  merges.push(`A${rows.length}:E${rows.length}`);
  return { name: '自评底表', rows, merges };
}

function villagesSheetSuixi() {
  const rows = [['附1　遂溪县村（居）民委员会名单', null, null, null, null, null, null],
    ['资料来源：县民政局（2021年6月）　　贫困村：县乡村振兴局　　快递进村：县邮政管理局', null, null, null, null, null, null],
    ['序号', '镇', '村（居）委会名称', '类别', '省定相对贫困村', '快递进村', '备注']];
  const merges = ['A1:G1', 'A2:G2'];
  let n = 0;
  TOWNS.forEach((town) => {
    const start = rows.length + 1;
    villages.filter((v) => v.town === town).forEach((v, i) => {
      n++;
      rows.push([n, i === 0 ? town : null, v.admin ? v.base + '村委会' : v.base + '社区居委会', v.admin ? '村委会' : '社区', v.admin ? (v.poor ? '是' : '否') : null, v.admin ? '√' : null, null]);
    });
    merges.push(`B${start}:B${rows.length}`);
  });
  rows.push(['合计', null, '村民委员会245个，社区居民委员会18个，其中省定相对贫困村22个', null, null, null, null]);
  rows.push(['注：社区居委会不统计贫困村、快递进村。', null, null, null, null, null, null]);
  return { name: '附1村居名单', rows, merges };
}

function stationsSheetSuixi() {
  const rows = [['附2　遂溪县村级电子商务服务站点台账', null, null, null, null, null, null, null],
    ['填报单位：遂溪县商务局　　更新至2021年9月20日', null, null, null, null, null, null, null],
    ['序号', '镇', '站点名称', '所在村', '负责人', '联系电话', '挂牌时间', '备注']];
  let lastTown = null;
  stationRows.forEach((s, i) => {
    const note = s.second ? '同村第二个站点' : s.community ? '社区站点' : s.forest ? '林场服务点' : s.sept ? '9月新挂牌' : null;
    rows.push([i + 1, s.town !== lastTown ? s.town : null, s.name, s.village, personName(rnd() < 0.6), phone(), s.opened, note]);
    lastTown = s.town;
  });
  rows.push([null, null, null, null, null, null, null, null]);
  rows.push(['合计', null, '151个', null, null, null, null, null]);
  return { name: '附2站点台账', rows, merges: ['A1:H1', 'A2:H2'] };
}

function trainingSheetSuixi() {
  const rows = [['附3　遂溪县农村电商普及培训台账（按期次）', null, null, null, null, null, null, null],
    ['期次', '培训时间', '培训地点', '培训内容', '承办单位', '参训人次', '其中：建档立卡贫困户（人次）', '备注']];
  genSess.forEach((s, i) => {
    const poorPt = i % 3 === 0 ? 6 + (i % 5) : i % 3 === 1 ? 3 : 0;
    const note = s[3].includes('线上') ? '线上直播，人次按后台在线学员统计' : (s[0] === '第33期' ? '9月1日结业' : null);
    rows.push([s[0], s[1], s[3], s[4], '湛江市启航电商运营服务有限公司', s[5], poorPt || null, note]);
  });
  rows.push(['合计', null, null, null, null, 5130, null, null]);
  rows.push(['注：1.贫困户专场（5场）另见附4签到表，人次未计入本表；2.“其中：建档立卡贫困户”为本表人次中的贫困户人次，已含在参训人次内。', null, null, null, null, null, null, null]);
  return { name: '附3普及培训', rows, merges: ['A1:H1', `A${rows.length}:H${rows.length}`] };
}

function specialSheetSuixi() {
  const rows = [['附4　建档立卡贫困户电商技能培训专场签到汇总', null, null, null, null, null, null, null, null],
    ['场次', '培训日期', '序号', '姓名', '性别', '身份证号码', '所在村', '人员类别', '签名']];
  const merges = ['A1:I1'];
  sessS.forEach((s, k) => {
    const start = rows.length + 1;
    s.people.forEach((p, i) => {
      let id = p.id;
      if (p === E[27] && k === 1) id = id.slice(0, 17) + 'x';
      if (p === E[3] && k === 0) id = id.slice(0, 17) + 'x';
      if (p === E[12] && k === 0) id = id.slice(0, 6) + ' ' + id.slice(6, 14) + ' ' + id.slice(14);
      if (p.noId) id = '未带身份证';
      const cat = p.cat ? '建档立卡贫困户' : p.otherCat;
      rows.push([i === 0 ? s.no : null, i === 0 ? s.dateCell : null, i + 1, p.name, p.male ? '男' : '女', id, p.village.base + '村', cat, '已签']);
    });
    merges.push(`A${start}:A${rows.length}`, `B${start}:B${rows.length}`);
  });
  rows.push(['注：人员类别为“建档立卡贫困户”以外的（边缘户、村干部、帮扶干部、一般农户）为随同参训人员。', null, null, null, null, null, null, null, null]);
  return { name: '附4专场签到', rows, merges };
}

function poorSheetSuixi() {
  const rows = [['附5　遂溪县建档立卡贫困人口劳动力情况（抽取部分省定贫困村）', null, null, null, null, null, null, null],
    ['提供单位：遂溪县乡村振兴局　　2021年8月', null, null, null, null, null, null, null],
    ['序号', '户编号', '姓名', '与户主关系', '身份证号码', '劳动能力', '务工情况', '所在镇村']];
  persons.forEach((p, i) => rows.push([i + 1, p.hhNo, p.name, p.relation, p.id, p.labourText, p.workText, p.village.town + p.village.base + '村']));
  rows.push(['注：有劳动能力（普通劳动力、技能劳动力）且未外出务工的80人；外出务工指到县外务工。', null, null, null, null, null, null, null]);
  return { name: '附5贫困人口', rows, merges: ['A1:H1', 'A2:H2', `A${rows.length}:H${rows.length}`] };
}

function entSheetSuixi() {
  const rows = [['附6　遂溪县电子商务产业园入驻企业名单', null, null, null, null, null, null],
    ['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻时间', '退出时间', '备注']];
  entRows.forEach((e, i) => rows.push([i + 1, e[0], entCodes[i], e[1], e[2], e[3] === null ? null : e[3], e[4] || null]));
  rows.push(['注：登记入驻企业24家（含已迁出）。', null, null, null, null, null, null]);
  return { name: '附6入驻企业', rows, merges: ['A1:G1'] };
}

function fundSheetSuixi() {
  const rows = [['附7　遂溪县省级电子商务进农村综合示范专项资金拨付台账', null, null, null, null, null, null],
    ['下达资金：5,000,000.00元　　　　单位：元', null, null, null, null, null, null],
    ['拨付日期', '凭证号', '摘要', '收款单位', '拨付金额', '累计拨付', '备注']];
  let cum = 0;
  fundRows.forEach((f) => {
    cum += f[6];
    rows.push([f[0], f[2], f[3], f[4], f[5], cum, f[6] < 0 ? '红字冲销' : (f[1] > '2021-08-31' ? '9月拨付' : null)]);
  });
  rows.push(['合计', null, null, null, cum, null, null]);
  return { name: '附7资金台账', rows, merges: ['A1:G1', 'A2:G2'] };
}

function reportsSheetSuixi() {
  const rows = [['附8　向湛江市商务局报送月报登记', null, null, null, null, null],
    ['序号', '报送日期', '所属月份', '报送内容', '是否附电商扶贫统计', '报送方式']];
  reportRows.forEach((r, i) => rows.push([i + 1, r[0], r[2], r[3], r[4], r[5]]));
  return { name: '附8月报登记', rows, merges: ['A1:F1'] };
}
function discSheetSuixi() {
  const rows = [['附9　县政府网站“电子商务进农村综合示范”专栏更新记录', null, null, null],
    ['序号', '发布日期', '标题', '栏目']];
  discRows.forEach((r, i) => rows.push([i + 1, r[0], r[2], '电子商务进农村综合示范']));
  return { name: '附9专栏更新', rows, merges: ['A1:D1'] };
}
function mediaSheetSuixi() {
  const rows = [['附10　宣传报道登记', null, null, null, null, null, null],
    ['序号', '发布日期', '媒体', '级别', '形式', '标题', '是否电商扶贫典型案例']];
  mediaRows.forEach((r, i) => rows.push([i + 1, r[0], r[2], r[3], r[4], r[5], r[6]]));
  return { name: '附10宣传报道', rows, merges: ['A1:G1'] };
}
function matSheetSuixi() {
  const rows = [['附11　经验材料报送登记', null, null, null, null],
    ['序号', '报送日期', '材料名称', '报送单位', '报送对象']];
  matRows.forEach((r, i) => rows.push([i + 1, r[0], r[2], r[3], r[4]]));
  return { name: '附11经验材料', rows, merges: ['A1:E1'] };
}

const countySheets = [factsSheetSuixi(), villagesSheetSuixi(), stationsSheetSuixi(), trainingSheetSuixi(), specialSheetSuixi(), poorSheetSuixi(), entSheetSuixi(), fundSheetSuixi(), reportsSheetSuixi(), discSheetSuixi(), mediaSheetSuixi(), matSheetSuixi()];

const countyPoints = {
  'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
  'work.center': 14, 'work.coverage': 8, 'work.upward': 9, 'work.training': 18,
  'info.disclosure': 4, 'info.reporting': 4, 'promo.cases': 2, 'promo.media': 5,
  'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
  'bonus.poorTraining': 0, 'bonus.tvCase': 1,
  'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
};
const countyClaimed = {
  'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
  'work.center': 14, 'work.coverage': 10, 'work.upward': 9, 'work.training': 20,
  'info.disclosure': 4, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
  'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
  'bonus.poorTraining': 0, 'bonus.tvCase': 1,
};
{
  const scored = Object.entries(countyPoints).filter(([k]) => !k.startsWith('bonus') && !k.startsWith('veto')).reduce((a, [, v]) => a + v, 0);
  assert(scored === 84, 'scored 84 got ' + scored);
  const cl = Object.entries(countyClaimed).reduce((a, [, v]) => a + v, 0);
  assert(cl === 94, 'claimed 94 got ' + cl);
}
const poorSeptName = sxPoorSept.base;
write('counties/b57-c1-suixi.json', {
  description: '遂溪县（湛江）商务局电商股的整本考评工作簿（12个表）。事实表《自评底表（查·算·评）》是经办人自己的写法：每个指标一块（编号、指标名纵向合并），块内每行标明步骤——“查”行写文件和台账里查到的情况（事实都在这些句子里），“算”行是经办人对照省标准自己算的过程（里面的146÷200、5,250÷500,000、62.5%、80.2%等是计算，不是输入，且多含9月数），“评”行是自评分（判断项的分也写在“评”行：“3分（管理制度2分＋工作台账1分）”“9分＝网销调研2＋促销活动2＋…＋交易标准和冷链溯源1＋增速2”），县情块里户籍人口与常住人口并列；末行自评合计94分（claimed）。台账：村（居）委会名单245个村委会＋18个社区（镇纵向合并，贫困村是/否，快递√，基数封顶200）；站点台账151行（镇名只写在每镇首行，挂牌时间真日期/“2020.10.5”/“2021年3月”/“2021年3月5日”混写，所在村写××村/××村委会/××村民委员会；三村各有第二站、两个社区站、河头林场服务点、两个9月挂牌站其一在省定贫困村）；普及培训按期次记人次（“118人次”“１５６”文本，第33期“2021.8.30-9.1”按结束日在截止日后，第32期8月31日当天在内，“其中：建档立卡贫困户（人次）”已含在内，合计5,130含9月）；贫困户专场签到（场次、日期纵向合并，两人身份证末位小写x、一人分段带空格、一人“未带身份证”，随同参训的边缘户/村干部/帮扶干部/一般农户，第五场9月8日）；贫困人口120人（劳动能力、务工情况文字）；入驻企业24行（同一信用代码更名两行、5月31日迁出、9月20日才退园仍在园、9月15日入驻）；资金台账带凭证号和累计列（红字冲销“-186,000.00”后更正168,000、千分位文本、9月尾款）；月报（2021年2月无报送，1-2月合并于3月9日）；专栏更新；宣传报道（有级别列和扶贫案例列，市级两条都在9月）；经验材料（第三篇9月）。中等偏上（85分，含加分1分，未否决；县自评94分）。',
  sheets: countySheets,
  expect: {
    asOf: '2021-08-31',
    total: 85,
    bonus: 1,
    vetoed: false,
    points: countyPoints,
    claimed: countyClaimed,
  },
  derivation: [
    'org.leadership: 自评底表一：县委副书记、县长任组长，成员有县商务局、县财政局、县农业农村局、县乡村振兴局 → 主要领导牵头且四部门齐全 → 2',
    'org.plan: 二“评 2分”（方案已正式印发）→ 判断分 2',
    'org.policy: 三“评 1分”（扶持办法已出台）→ 判断分 1',
    'org.management: 四“评 3分（管理制度2分＋工作台账1分）” → 2＋1 = 3',
    'work.center: 中心2020-11-26投入运营 ≤ 2021-08-31 → 2；≤ 2021-02-28 满6个月 → 2；免费培训 2；免费展示 1；摄影美工按成本价收费 → 0；品牌推广 1；其他增值服务 1；产业园已建 2；附6 24行、23个信用代码（小番茄/番番乐同一代码），去掉2021-05-31迁出的北坡海味和2021-09-15入驻的港门蚝业，截至8月31日在园21家（草潭海鲜9月20日才退园仍在园）≥20 → 2；类型平台型、销售型、电商运营、物流企业、直播电商 ≥3 → 1；合计 14',
    `work.coverage: 附1 行政村（村委会）245个，社区18个不计，基数 min(245,200)=200；附2 151行中截至8月31日有站的行政村143个（三村二站各算一次、城东/新城社区站和河头林场点不算、${sxNonPoorSept.base}村2021-09-15和${poorSeptName}村2021.9.6挂牌不算；港门镇一站8月31日当天挂牌算）→ 143/200 = 71.5% ≥ 70% → 5；省定贫困村22个中21个截至8月31日有站（${poorSeptName}村9月6日才挂牌）→ 95.5%，80%–100% → 3；合计 8`,
    'work.upward: 网销调研 2 ＋ 促销活动 2 ＋ 第三方运营服务商 1 ＋ 快递（附1 245个村委会快递进村全部“√”）1 ＋ 交易标准和冷链溯源 1 ＋ 农产品网零 11.35/8.46−1 = 34.2% ≥ 30% → 2（农村网零26.1%不够，但二者有一即可）＝ 9',
    'work.training: 附3 截止日前32期 4,770人次（第33期2021.8.30-9.1按结束日9月1日、第34期9月9日共360人次不计，合计行不是期次）＋ 附4 专场第一至四场100人次（第五场9月8日20人次不计）＝ 4,870；基数 min(88.66万, 50万) = 500,000 → 0.974%，0.8%–1% → 8；贫困人口：附5 120人中有劳动能力（普通/技能劳动力）且未外出务工（未务工/本地务农/乡镇内务工）80人，截至8月31日专场签到按身份证匹配到44人（两处末位小写x、一处分段空格照样匹配；外出务工3人、无劳动力2人和随同人员不算；第五场新增6人不计）→ 44/80 = 55% ≥ 50% → 10；合计 18',
    'info.disclosure: 专栏公示创建方案、项目基本信息、建设进度并设监督举报信箱 → 2；附9 2020年9月—2021年8月每月都有更新（2021-09-14一条在截止日后）→ 2；合计 4',
    'info.reporting: 附8 截止日前的报送日期覆盖2020-09…2021-08中的11个月，2021年2月无报送（1、2月合并于3月9日）→ 不定时 1；月报附电商扶贫统计 → 3；合计 4',
    'promo.cases: 附11 2020-12-15、2021-06-25向湛江市商务局报送经验材料（第三篇2021-09-10在截止日后）→ 2',
    'promo.media: 附10 截止日前：南方+、广东广播电视台珠江频道（省级）→ 4，遂溪县融媒体中心、遂溪发布（县级）→ 1；湛江日报2021-09-03、湛江广播电视台2021-09-10在截止日后，无市级 → 5',
    'fund.system: 十三“评 4分”（资金管理办法已印发）→ 4',
    'fund.ledger: 十四“评 4分”（已建专用台账）→ 4',
    'fund.spending: 附7 截止日前拨付 600,000＋450,000＋380,000＋186,000－186,000（红字冲销）＋168,000＋520,000＋465,000＋286,360＋398,000＋265,000＋480,000 = 4,012,360元（2021-09-14尾款520,000不计，合计行不是拨付）；4,012,360/5,000,000 = 80.2% ≥ 70% → 判断分（及时拨付）4',
    'bonus.poorTraining: 贫困人口培训率 44/80 = 55% < 70% → 0',
    'bonus.tvCase: 2021-06-10 广东广播电视台珠江频道（省级电视）播出电商扶贫典型案例 → 1（无国家级）',
    'veto.incident: 自评底表声明未发生安全生产、质量事故或重大损失 → 不否决，0',
    'veto.progress: 项目总体进度92% ≥ 40% → 不否决，0',
    'veto.fraud: 声明没有弄虚作假 → 不否决，0',
    'total: 15项合计 2+2+1+3+14+8+9+18+4+4+2+5+4+4+4 = 84，加分 0+1 = 1 → 85（县自评94：站点10、培训20、数据上报6、经验推广8都含9月或不成立）',
  ],
});

// ========================================================================
// 2. FACTS f1: 高州市 — 商务局从《政府工作报告》摘出的涉商务任务落实表
// ========================================================================
{
  const rows = [];
  const merges = [];
  rows.push(['高州市商务局2021年《政府工作报告》涉商务工作任务落实情况表', null, null, null, null, null]);
  merges.push('A1:F1');
  rows.push(['（8月份，报市政府督查室；电商股留底，供示范创建考评核对数据用）', null, null, null, null, null]);
  merges.push('A2:F2');
  rows.push(['一、报告回顾2020年工作涉及我局的数据', null, null, null, null, null]);
  merges.push('A3:F3');
  rows.push(['序号', '报告原文（摘录）', null, null, '核实情况', null]);
  merges.push('B4:D4', 'E4:F4');
  const r1 = [
    ['1', '全市社会消费品零售总额下降2.6%，降幅逐季收窄', '与统计年报一致'],
    ['2', '农村电商加快发展，全市农村网络零售额达51.86亿元，增长27.4%', '报告引用的是统计快报数。经核，2020年农村网络零售额年报数为52.03亿元，同比增长27.8%，考评以年报数为准'],
    ['3', '农产品网络零售额18.32亿元，增长41.6%，荔枝、龙眼“触网”销往全国', '与年报一致'],
    ['4', '新建村级电商服务站点268个', '为截至2020年12月底数'],
    ['5', '外贸进出口总额12.7亿元，增长5.3%', '与海关数一致'],
  ];
  r1.forEach((r) => { rows.push([r[0], r[1], null, null, r[2], null]); merges.push(`B${rows.length}:D${rows.length}`, `E${rows.length}:F${rows.length}`); });
  rows.push([null, null, null, null, null, null]);
  rows.push(['二、2021年重点工作任务落实情况', null, null, null, null, null]);
  merges.push(`A${rows.length}:F${rows.length}`);
  rows.push(['序号', '报告原文表述（2021年工作安排）', '责任股室', '时间节点', '截至8月底进展情况', '进度']);
  const r2 = [
    ['1', '全年社会消费品零售总额增长10%左右', '综合股', '全年', '1—7月全市社会消费品零售总额增长18.6%（统计局快报）', '序时推进'],
    ['2', '高标准推进省级电子商务进农村综合示范县创建，8月底前完成全部建设任务', '电商股', '2021年8月', '示范创建领导小组由市委副书记、市长任组长，市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局、市市场监管局、市邮政分公司为成员单位，每季度召开推进会。创建工作方案已正式印发（高府办〔2019〕95号）；《高州市扶持农村电子商务发展若干措施》已出台（高府办〔2020〕21号）。项目总体进度95%', '基本完成'],
    ['3', '建成运营市电商公共服务中心和电商产业园', '电商股', '2021年6月', '市电商公共服务中心2020年9月18日投入运营，设免费电商培训室（60座，配电脑、投影），常态化开展电商基础培训；设农特产品展示厅，为本地特色农产品免费展示展销；为电商企业免费提供产品拍摄和美工设计；统一推广“高州荔枝”“高州龙眼”区域公用品牌，指导企业品牌建设。整合金山工业园闲置厂房建成电商产业园，入驻企业26家', '已完成'],
    ['4', '完善县镇村三级电商和物流服务体系，村级站点覆盖率达70%以上，省定贫困村全覆盖', '电商股', '2021年8月', '全市行政村437个，已建村级站点318个、覆盖行政村306个；44个省定相对贫困村已全部覆盖；物流快递行政村覆盖率100%', '已完成'],
    ['5', '全年开展电商培训6000人次以上，加大对脱贫人口的培训力度', '电商股', '全年', '2021年1—8月培训2,935人次；创建以来累计培训7,462人次。有劳动能力且未外出务工的建档立卡贫困人口1,156人，已参训672人（培训率58.1%）', '序时推进'],
    ['6', '推动农产品上行，办好2021高州荔枝网络节', '电商股', '2021年7月', '引入第三方运营服务商（广东荔乡数字科技有限公司）运营中心；5—7月举办荔枝网络节，线上销售荔枝3.2亿元。2021年1—7月农产品网络零售额14.2亿元', '已完成'],
    ['7', '规范使用省级专项资金', '电商股、财务室', '持续', '省级专项资金500万元已全部下达；截至8月底累计拨付438.6万元，拨付率87.7%。制定《高州市省级电子商务进农村综合示范专项资金管理办法》，建立资金专用台账', '序时推进'],
    ['8', '推进政务公开，及时报送工作信息', '电商股、办公室', '持续', '在市政府门户网站开设示范创建专栏，公示创建方案、项目基本信息和建设进度，设监督举报电话和信箱；每月向茂名市商务局报送进展月报，附电商扶贫统计', '持续推进'],
    ['9', '新招引商贸流通项目10个以上', '外经股', '全年', '已签约商贸项目6个', '滞后'],
    ['10', '做好成品油市场整治和商贸领域安全生产', '市场股', '持续', '开展成品油专项检查4次，未发生安全生产事故', '持续推进'],
  ];
  r2.forEach((r) => rows.push(r));
  rows.push([null, null, null, null, null, null]);
  rows.push(['填报人：电商股　冯××　　审核：副局长　梁××', null, null, null, null, null]);
  merges.push(`A${rows.length}:F${rows.length}`);
  write('facts/b57-f1-gaozhou.json', {
    description: '高州市（茂名）商务局电商股留底的《2021年〈政府工作报告〉涉商务工作任务落实情况表（8月份）》当事实表交：上段“报告回顾2020年工作涉及我局的数据”为 序号|报告原文（摘录）|核实情况，下段“2021年重点工作任务落实情况”为 序号|报告原文表述（2021年工作安排）|责任股室|时间节点|截至8月底进展情况|进度，电商事实都在“进展情况”的句子里，其余是社消零、外贸、招商、成品油等无关任务。读法：农村网零按“核实情况”取年报数52.03亿元、增长27.8%（报告原文的51.86亿元、27.4%是快报数）；农产品网零核实“一致”取原文18.32亿元、41.6%；领导小组市委副书记、市长任组长，四部门齐全。陷阱：报告原文表述栏里的目标（6000人次、70%、8月底前、10%）；1—8月2,935人次与累计7,462人次；1—7月14.2亿元；荔枝节3.2亿元；站点318个/覆盖306个；入驻企业26家；培训率58.1%、拨付率87.7%；2020年底站点268个；表中没有常住人口、没有截止日期标签、没有自评分。',
    sheets: [{ name: '政府工作报告任务落实', rows, merges }],
    expect: {
      facts: {
        ruralRetail2020: 5203000000,
        ruralRetailGrowthStated: 0.278,
        agriRetail2020: 1832000000,
        agriRetailGrowthStated: 0.416,
        planIssued: true,
        policyIssued: true,
        overallProgress: 0.95,
        centerOpened: '2020-09-18',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        parkBuilt: true,
        adminVillagesStated: 437,
        poorVillagesStated: 44,
        expressCoverage: true,
        trainingPersonTimesStated: 7462,
        eligiblePoorPersonsStated: 1156,
        trainedPoorPersonsStated: 672,
        thirdPartyOperator: true,
        fundAllocated: 5000000,
        fundSpentStated: 4386000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
      },
      judged: {},
      leadership: 'principal-all',
    },
  });
}

// ========================================================================
// 3. FACTS f2: 电白区 — 统计年鉴“十三五”主要指标页摘录
// ========================================================================
{
  const rows = [];
  const merges = [];
  rows.push(['电白区“十三五”时期国民经济和社会发展主要指标', null, null, null, null, null, null, null, null]);
  merges.push('A1:I1');
  rows.push(['（摘自《电白统计年鉴2021》第3—4页，区统计局2021年6月编印；区商务局电商股摘录，作示范创建考评基础数据佐证）', null, null, null, null, null, null, null, null]);
  merges.push('A2:I2');
  rows.push(['指标', '单位', '2016年', '2017年', '2018年', '2019年', '2020年', '2020年比上年增长（%）', '“十三五”年均增长（%）']);
  const sec = (t) => { rows.push([t, null, null, null, null, null, null, null, null]); merges.push(`A${rows.length}:I${rows.length}`); };
  sec('一、人口和行政区划');
  rows.push(['年末户籍人口', '万人', 198.31, 200.07, 201.86, 203.62, 205.18, 0.8, 0.9]);
  rows.push(['年末常住人口', '万人', 140.6, 141.52, 142.33, 143.1, 149.05, '—', '—']);
  rows.push(['镇（街道）', '个', 21, 21, 21, 21, 21, '—', '—']);
  rows.push(['村民委员会', '个', 382, 382, 382, 381, 380, '—', '—']);
  rows.push(['社区居民委员会', '个', 52, 52, 53, 54, 56, '—', '—']);
  rows.push(['省定相对贫困村', '个', 40, 40, 40, 40, 40, '—', '—']);
  sec('二、综合');
  rows.push(['地区生产总值', '亿元', 487.6, 521.3, 556.9, 592.4, 598.7, 1.9, 5.8]);
  rows.push(['社会消费品零售总额', '亿元', 236.8, 258.1, 279.4, 301.2, 289.6, -3.9, 4.6]);
  rows.push(['一般公共预算收入', '亿元', 14.21, 15.06, 15.88, 16.42, 16.05, -2.3, 3.1]);
  sec('三、电子商务（区商务局提供）');
  rows.push(['网络零售额', '亿元', 58.3, 71.6, 86.2, 103.5, 128.9, 24.5, 23.6]);
  rows.push(['#农村网络零售额', '亿元', 21.36, 26.84, 33.05, 40.12, 51.67, 28.8, 24.1]);
  rows.push(['#农产品网络零售额', '亿元', 5.12, 6.33, 7.91, 9.64, 12.85, 33.3, 25.9]);
  rows.push(['快递业务量', '万件', 1286, 1745, 2318, 3052, 4127, 35.2, 33.9]);
  sec('四、人民生活');
  rows.push(['农村居民人均可支配收入', '元', 14216, 15412, 16758, 18239, 19506, 6.9, 8.3]);
  rows.push(['城镇居民人均可支配收入', '元', 25108, 27016, 28874, 30962, 32018, 3.4, 6.4]);
  rows.push([null, null, null, null, null, null, null, null, null]);
  rows.push(['注：1.2020年年末常住人口为第七次全国人口普查数，2016—2019年为年度抽样推算数（未按七普修订），不可比，不计算增长；2.“十三五”年均增长以2015年为基期；3.网络零售额来源于广东省商务厅电子商务监测平台，“#”为其中项；4.本表价值量按当年价格计算。', null, null, null, null, null, null, null, null]);
  merges.push(`A${rows.length}:I${rows.length}`);
  write('facts/b57-f2-dianbai.json', {
    description: '茂名市电白区商务局电商股把《电白统计年鉴2021》“十三五”主要指标页原样摘进Excel当考评基础数据佐证：指标|单位|2016年|2017年|2018年|2019年|2020年|2020年比上年增长（%）|“十三五”年均增长（%），按“一、人口和行政区划…四、人民生活”分节（节标题整行合并），电子商务节由区商务局提供，“#农村网络零售额”“#农产品网络零售额”为网络零售额的其中项（“#”前缀），单位亿元在单位列。读法：取2019年、2020年两列的农村/农产品网零，增速取“2020年比上年增长”列（28.8、33.3，%），常住人口取2020年七普数149.05万，行政村取2020年“村民委员会”380个，省定贫困村40个。陷阱：“十三五”年均增长（24.1、25.9）不是2020年增速；年末户籍人口205.18万；2016—2019年常住人口是旧推算数；“网络零售额”总数128.9亿元不是农村网零；社区56个；快递业务量、社消零、GDP等无关；标题里的区名不是“县名”标签；表中无截止日期、无自评分。',
    sheets: [{ name: '主要指标（摘自统计年鉴）', rows, merges }],
    expect: {
      facts: {
        // (Added on review: the county its title names, as the corpus reads a title's county.)
        county: "电白区",
        residentPopulation: 1490500,
        adminVillagesStated: 380,
        poorVillagesStated: 40,
        ruralRetail2019: 4012000000,
        ruralRetail2020: 5167000000,
        ruralRetailGrowthStated: 0.288,
        agriRetail2019: 964000000,
        agriRetail2020: 1285000000,
        agriRetailGrowthStated: 0.333,
      },
      judged: {},
    },
  });
}

// ========================================================================
// 4. FACTS f3: 吴川市 — 对湛江市商务局预评意见的逐项申辩表
// ========================================================================
{
  const rows = [];
  const merges = [];
  const W = 9;
  const blank = () => Array(W).fill(null);
  const line = (text) => { const r = blank(); r[0] = text; rows.push(r); merges.push(`A${rows.length}:I${rows.length}`); };
  line('吴川市对湛江市商务局考评预评意见的逐项申辩（说明）表');
  line('湛江市商务局9月8日反馈预评意见（湛商务函〔2021〕186号），我市逐项核对如下。申辩单位：吴川市商务局　　考评截止日期：2021年8月31日　　报送日期：2021年9月13日');
  line('一、基本数据核对');
  rows.push(['序号', '项目', '市局预评采用', null, '我市核对意见', null, null, null, null]);
  merges.push(`C${rows.length}:D${rows.length}`, `E${rows.length}:I${rows.length}`);
  const base = [
    ['1', '常住人口', '91.21万人（七普）', '无异议'],
    ['2', '行政村', '210个', '无异议'],
    ['3', '省定相对贫困村', '23个', '无异议'],
    ['4', '下达省级专项资金', '500万元', '无异议'],
    ['5', '累计拨付', '386.2万元（截至7月31日）', '有异议：截至8月31日累计拨付401.5万元（补充国库支付明细）'],
    ['6', '市电商公共服务中心投入运营时间', '2021年1月8日', '无异议'],
  ];
  base.forEach((b) => { rows.push([b[0], b[1], b[2], null, b[3], null, null, null, null]); merges.push(`C${rows.length}:D${rows.length}`, `E${rows.length}:I${rows.length}`); });
  rows.push(blank());
  line('二、逐项预评意见及我市意见');
  rows.push(['序号', '评价指标', '分值', '我市原自评分', '市预评分', '市预评意见（扣分说明）', '我市意见', '申辩理由及补充说明', '我市最终自评分']);
  const items = [
    ['1', '组织领导', 2, 2, 1, '领导小组组长为分管副市长（吴府办函〔2019〕88号），按分管领导牵头计1分', '申辩', '2020年4月领导小组已调整（吴府办函〔2020〕31号，补充佐证1），由市委副书记、市长任组长，成员单位有市商务局、市财政局、市农业农村局、市乡村振兴局等18个单位', 2],
    ['2', '方案制定', 2, 2, 2, '工作方案已正式印发（吴府办〔2019〕96号），可操作性较强', '同意', '—', 2],
    ['3', '政策支持', 2, 2, 1, '扶持政策已出台（吴府办〔2020〕12号），但未见兑现材料，按1分', '同意', '—', 1],
    ['4', '项目管理', 4, 3, 3, '项目管理制度齐全；工作台账2020年上半年记录不完整', '同意', '管理制度2分、工作台账1分', 3],
    ['5', '服务体系建设—县级中心及产业园', 15, 15, 12, '①中心2021年1月8日投入运营，截至8月31日已满6个月；②未提供免费摄影、美工服务的证明材料，扣1分；③产业园已建成，但截至8月31日入驻企业18家，不足20家，扣2分', '①同意　②申辩　③同意', '②中心摄影棚、美工室自2021年3月起对本地电商企业、合作社免费提供产品拍摄和详情页设计，补充服务登记表（登记216次）和“免费服务”公示照片（补充佐证2）', 13],
    ['6', '服务体系建设—村级站点', 10, 10, 8, '行政村210个按200个计，已覆盖150个（75%）；省定贫困村23个已覆盖22个（95.7%），扣2分', '申辩', '覃巴镇石门村（省定贫困村）站点已于2021年8月20日挂牌运营，市局核查时台账未更新，补充挂牌照片和站点台账第157行，23个省定贫困村已全部覆盖', 10],
    ['7', '农村产品上行', 10, 9, 7, '农村网络零售额增速18.9%、农产品网络零售额增速26.3%（2021年5月快报数），均未达30%，扣2分', '申辩', '经市统计局核定（补充佐证3），2020年农产品网络零售额9.86亿元，2019年7.42亿元，增长32.9%，达到30%；农村网络零售额增速18.9%无异议。网销调研2分、促销活动2分、交易标准和冷链溯源1分不变；当地有专业第三方运营服务商、行政村快递覆盖率100%，市预评已给分，无异议', 9],
    ['8', '电商人才培训', 20, 20, 18, '截至8月31日培训4,860人次，按常住人口50万计为0.97%，扣2分；有劳动能力（不含外出务工）建档立卡贫困人口1,408人，参训762人，培训率54.1%', '申辩', '市预评漏计8月26日—28日直播电商实训班（186人次，8月28日结业，补充佐证4），截至8月31日累计培训5,046人次，为1.01%；贫困人口培训情况无异议', 20],
    ['9', '信息公开', 4, 4, 3, '专栏公示了创建方案、项目基本信息、建设进度并设监督举报窗口，内容全面；2021年2月无更新，按不定时更新扣1分', '同意', '—', 3],
    ['10', '数据上报', 6, 6, 6, '近一年每月向市商务局报送，能统计电商扶贫情况', '同意', '—', 6],
    ['11', '案例总结', 2, 2, 0, '未见向市商务局报送经验材料的记录', '申辩', '2021年6月15日以吴商务〔2021〕46号向湛江市商务局报送《吴川市“电商＋羽绒”带动农户增收经验》（补充佐证5）', 2],
    ['12', '经验推广', 8, 8, 5, '有省级（南方+）、县级（吴川发布）报道，未见市级媒体报道，扣3分', '申辩', '湛江日报2021年7月22日第A04版《吴川：小站点激活农村大市场》（补充剪报）', 8],
    ['13', '制度建立', 5, 5, 5, '已制定《吴川市省级电子商务进农村综合示范专项资金管理办法》', '同意', '—', 5],
    ['14', '资金台账', 5, 5, 4, '已建立资金专用台账，部分凭证未附合同付款节点说明，扣1分', '同意', '—', 4],
    ['15', '资金支出', 5, 5, 5, '截至7月31日拨付386.2万元，支出率77.2%，拨付较及时', '同意', '截至8月31日累计拨付401.5万元，支出率80.3%', 5],
    ['16', '加分项：贫困人口培训率≥70%', 2, 0, 0, '—', '同意', '—', 0],
    ['17', '加分项：电商扶贫典型案例电视播报', 2, 1, 0, '广东广播电视台报道内容为农产品促销，非电商扶贫典型案例', '申辩', '2021年4月16日珠江频道《今日关注》播出《长岐镇贫困户“触网”卖番薯》，已列为省电商扶贫典型案例（补充佐证6）', 1],
    ['18', '一票否决项', '—', '—', '—', '未发现', '同意', '我市创建期间未发生安全生产、质量事故，未造成重大经济损失和社会不良影响；不存在弄虚作假', '—'],
  ];
  items.forEach((it) => rows.push(it));
  rows.push([null, '合计', 100, 99, 80, null, null, null, 94]);
  rows.push(blank());
  line('联系人：吴川市商务局电商股　李××　　0759-55×××××');
  write('facts/b57-f3-wuchuan.json', {
    description: '吴川市（湛江）商务局对湛江市商务局考评预评意见的《逐项申辩（说明）表》：第2行一句话里写着申辩单位、考评截止日期和报送日期；“一、基本数据核对”为 序号|项目|市局预评采用|我市核对意见（“无异议”即取市局栏的值，“有异议”的以我市核对意见为准：累计拨付401.5万元而非7月底的386.2万元）；“二、逐项预评意见”为 序号|评价指标|分值|我市原自评分|市预评分|市预评意见（扣分说明）|我市意见（同意／申辩，中心一行分①②③三点）|申辩理由及补充说明|我市最终自评分。读法：事实取我市认可的说法——“同意”的取市预评意见里的陈述（方案已印发、政策已出台、产业园已建成、专栏四项齐全、能统计扶贫、资金制度和台账），“申辩”的以申辩理由为准（组长已调整为市委副书记、市长且四部门参与；摄影美工已免费；农产品网零9.86/7.42亿元、增长32.9%，农村网零增速18.9%无异议；培训5,046人次；贫困人口1,408人、参训762人无异议；第三方和快递100%无异议）；claimed 与判断项取“我市最终自评分”一列（项目管理、上行的分项写在申辩理由栏）。陷阱：市预评分一列不是县里的分；“我市原自评分”已被最终自评分取代；分管副市长是调整前的组长；市局的26.3%快报增速、4,860人次、386.2万元、77.2%被推翻；覆盖150个、入驻18家、54.1%、80.3%、0.97%/1.01%都不是输入；报送日期9月13日不是截止日。',
    sheets: [{ name: '预评申辩表', rows, merges }],
    expect: {
      facts: {
        asOf: '2021-08-31',
        residentPopulation: 912100,
        adminVillagesStated: 210,
        poorVillagesStated: 23,
        fundAllocated: 5000000,
        fundSpentStated: 4015000,
        centerOpened: '2021-01-08',
        planIssued: true,
        policyIssued: true,
        centerPhoto: true,
        parkBuilt: true,
        agriRetail2019: 742000000,
        agriRetail2020: 986000000,
        agriRetailGrowthStated: 0.329,
        ruralRetailGrowthStated: 0.189,
        thirdPartyOperator: true,
        expressCoverage: true,
        trainingPersonTimesStated: 5046,
        eligiblePoorPersonsStated: 1408,
        trainedPoorPersonsStated: 762,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundSystemIssued: true,
        fundLedgerKept: true,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2,
        'org.policy': 1,
        'org.management.system': 2,
        'org.management.ledger': 1,
        'work.upward.research': 2,
        'work.upward.promotion': 2,
        'work.upward.standards': 1,
        'fund.system': 5,
        'fund.ledger': 4,
        'fund.spending': 5,
      },
      leadership: 'principal-all',
      claimed: {
        'org.leadership': 2,
        'org.plan': 2,
        'org.policy': 1,
        'org.management': 3,
        'work.center': 13,
        'work.coverage': 10,
        'work.upward': 9,
        'work.training': 20,
        'info.disclosure': 3,
        'info.reporting': 6,
        'promo.cases': 2,
        'promo.media': 8,
        'fund.system': 5,
        'fund.ledger': 4,
        'fund.spending': 5,
        'bonus.poorTraining': 0,
        'bonus.tvCase': 1,
      },
    },
  });
}

// ========================================================================
// 5. LEDGER l1: 廉江市 — 培训讲师课酬发放登记表（一课一行，按班次计人次）
// ========================================================================
{
  const rows = [];
  const merges = [];
  rows.push(['廉江市电子商务进农村综合示范项目培训讲师课酬发放登记表', null, null, null, null, null, null, null, null, null, null, null]);
  merges.push('A1:L1');
  rows.push(['承办单位：廉江市电子商务公共服务中心　　　　　　　　　　　　　　　　金额单位：元', null, null, null, null, null, null, null, null, null, null, null]);
  merges.push('A2:L2');
  rows.push(['序号', '授课日期', '培训班次', '授课内容', '授课讲师', '单位／职称', '课时', '标准（元/课时）', '课酬金额', '参训学员（人）', '领款人签名', '备注']);
  const L = [
    ['1', D('2020-09-17'), '第1期（石城镇）', '农村电商基础知识', '庞志华', '岭南师范学院／讲师', 4, 300, 1200, 92, '庞志华', null],
    ['2', D('2020-09-17'), '第1期（石城镇）', '网店开设实操', '陈晓敏', '廉江市电商协会／电商运营师', 4, 300, 1200, '〃', '陈晓敏', null],
    ['3', '2020.10.22', '第2期（安铺镇）', '农村电商基础知识', '钟丽娟', '湛江市电商协会／高级电商运营师', 4, 300, 1200, '86人', '钟丽娟', null],
    ['4', '2020.11.12', '第3期（横山镇）', '农产品拍摄与美工（第1天）', '黄国栋', '广东海洋大学／副教授', 4, 300, 1200, 78, '黄国栋', '两天班'],
    ['5', '2020.11.13', '第3期（横山镇）', '短视频与直播（第2天）', '林少雄', '湛江启明网络科技有限公司', 4, 300, 1200, 78, '林少雄', '两天班'],
    ['6', '2020.12.10', '第4期（线上直播）', '年货节网店运营', '吴海燕', '阿里巴巴数字乡村讲师', 3, 500, 1500, '在线312', '吴海燕', '线上'],
    ['7', '2021.1.14', '第5期（营仔镇）', '农村电商基础知识', '庞志华', '岭南师范学院／讲师', 4, 300, 1200, '８８', '庞志华', null],
    ['8', '2021.1.20', '第3期（补发）', '补发第3期黄国栋课酬差额（按新标准每课时400元）', '黄国栋', '广东海洋大学／副教授', null, null, 400, null, '黄国栋', '补发差额'],
    ['9', D('2021-03-18'), '第6期（青平镇）', '红橙网销与包装', '梁文辉', '廉江红橙协会／农艺师', 4, 300, 1200, 104, '梁文辉', null],
    ['10', D('2021-03-18'), '第6期（青平镇）', '社群团购', '何美玲', '湛江市电商协会／电商运营师', 2, 300, 600, 104, '何美玲', null],
    ['11', '2021.4.15', '第7期（车板镇）', '农村电商基础知识', '钟丽娟', '湛江市电商协会／高级电商运营师', 0, 300, 0, '—', null, '因疫情防控取消，课酬未发'],
    ['12', '2021.5.20', '第8期（吉水镇）', '网店开设实操', '陈晓敏', '廉江市电商协会／电商运营师', 4, 300, 1200, 95, '陈晓敏', null],
    ['13', '2021.6.17—18', '第9期（塘蓬镇）', '直播带货实训（两天）', '林少雄', '湛江启明网络科技有限公司', 8, 300, 2400, 67, '林少雄', '两天班'],
    ['14', D('2021-07-15'), '第10期（良垌镇）', '农产品品牌与包装', '黄国栋', '广东海洋大学／副教授', 4, 400, 1600, 110, '黄国栋', null],
    ['15', '2021.8.26', '第11期（廉城街道）', '农村电商政策解读（第1天）', '揭志明', '廉江市商务局', 2, 0, 0, 98, '—', '本局人员授课不发课酬'],
    ['16', '2021.8.27', '第11期（廉城街道）', '直播带货实训（第2天）', '吴海燕', '阿里巴巴数字乡村讲师', 4, 500, 2000, 98, '吴海燕', null],
    ['17', '2021.9.9', '第12期（河唇镇）', '农村电商基础知识', '庞志华', '岭南师范学院／讲师', 4, 400, 1600, 120, '庞志华', null],
  ];
  L.slice(0, 6).forEach((r) => rows.push(r));
  rows.push(['2020年小计', null, null, null, null, null, null, null, 7500, null, null, null]);
  L.slice(6).forEach((r) => rows.push(r));
  rows.push(['2021年小计', null, null, null, null, null, null, null, 12200, null, null, null]);
  rows.push(['合计', null, null, null, null, null, null, null, 19700, null, null, null]);
  rows.push(['注：1.同一班次有多名讲师或分两天授课的，分行登记课酬，“参训学员”为该班次的学员人数，统计培训人次时每个班次只计一次；2.线上直播班次的学员数按直播平台后台在线学员统计；3.“〃”同上。', null, null, null, null, null, null, null, null, null, null, null]);
  merges.push(`A${rows.length}:L${rows.length}`);
  rows.push(['经办：李××　　审核：梁××　　中心负责人：陈××', null, null, null, null, null, null, null, null, null, null, null]);
  merges.push(`A${rows.length}:L${rows.length}`);
  // self-check subtotals
  const y2020 = L.slice(0, 6).reduce((a, r) => a + r[8], 0);
  const y2021 = L.slice(6).reduce((a, r) => a + r[8], 0);
  assert(y2020 === 7500 && y2021 === 12200, 'fee subtotals ' + y2020 + ' ' + y2021);
  write('ledgers/b57-l1-lianjiang.json', {
    description: '廉江市（湛江）电商公共服务中心的《培训讲师课酬发放登记表》当培训台账交：一行是一名讲师的一次授课（序号|授课日期|培训班次|授课内容|授课讲师|单位／职称|课时|标准|课酬金额|参训学员（人）|领款人签名|备注），同一班次有两名讲师（第1期、第6期同日两行）或分两天授课（第3期11月12日、13日，第11期8月26日、27日）时占多行，每行的“参训学员”都是该班次的学员数（一格写“〃”同上）——记录＝一个班次（session），人次取该班次学员数、只计一次，日期取该班次最后一个授课日（两天班按第二天；第9期一行写“2021.6.17—18”按18日）；学员数有数字、“86人”、全角“８８”、线上“在线312”。不是记录的：第8行“第3期（补发）”课酬差额、第7期“因疫情防控取消”（学员“—”）、2020年/2021年小计、合计、注和经办行；第11期第1天本局人员授课不发课酬但班次照算；第12期2021年9月9日在截止日后照列。',
    sheets: [{ name: '讲师课酬登记', rows, merges }],
    expect: {
      sheets: {
        '讲师课酬登记': {
          kind: 'training',
          records: [
            { date: '2020-09-17', personTimes: 92 },
            { date: '2020-10-22', personTimes: 86 },
            { date: '2020-11-13', personTimes: 78 },
            { date: '2020-12-10', personTimes: 312 },
            { date: '2021-01-14', personTimes: 88 },
            { date: '2021-03-18', personTimes: 104 },
            { date: '2021-05-20', personTimes: 95 },
            { date: '2021-06-18', personTimes: 67 },
            { date: '2021-07-15', personTimes: 110 },
            { date: '2021-08-27', personTimes: 98 },
            { date: '2021-09-09', personTimes: 120 },
          ],
        },
      },
    },
  });
}

// ========================================================================
// 6. LEDGER l2: 化州市 — 镇村（居）干部通讯录当村（居）委会名单
// ========================================================================
{
  const rows = [];
  const merges = [];
  const W = 7;
  rows.push(['化州市平定镇、文楼镇、长岐镇镇村（居）干部通讯录', null, null, null, null, null, null]);
  merges.push('A1:G1');
  rows.push(['（2021年村（社区）“两委”换届后更新，市商务局电商股据各镇党政办报送整理，2021年7月）', null, null, null, null, null, null]);
  merges.push('A2:G2');
  rows.push(['序号', '单位', '姓名', '职务', '办公电话', '手机号码', '备注']);
  const r = mulberry32(8080);
  const ph = () => '1' + ['35', '37', '38', '39', '59', '80', '88'][Math.floor(r() * 7)] + pad(Math.floor(r() * 10000), 4) + pad(Math.floor(r() * 10000), 4);
  const tel = () => '0668-7' + pad(Math.floor(r() * 1000000), 6);
  let n = 0;
  const rec = [];
  const sect = (title) => { const row = Array(W).fill(null); row[0] = title; rows.push(row); merges.push(`A${rows.length}:G${rows.length}`); };
  const add = (unit, name, duty, note, recName, admin) => {
    n++;
    rows.push([n, unit, name, duty, tel(), ph(), note || null]);
    if (recName) rec.push({ name: recName, admin, poor: null, express: null });
  };
  sect('一、平定镇（镇党政综合办公室　0668-7512×××）');
  add('平定镇党委', '梁国强', '党委书记');
  add('平定镇人民政府', '陈志明', '镇长');
  add('平定镇党政综合办公室', '李美玲', '主任', '通讯录联系人');
  add('平定镇乡村振兴工作办公室', '杨建华', '主任');
  add('平定镇农业农村办公室', '莫文辉', '主任');
  add('石鼓村委会', '庞德胜', '党总支书记、主任', '一肩挑', '石鼓村委会', true);
  add('〃', '庞秀英', '副主任');
  add('〃', '谢家豪', '文书（电商联络员）');
  add('大岭村委会', '钟永康', '党支部书记、主任', null, '大岭村委会', true);
  add('大岭村', '钟亚妹', '副书记');
  add('北界村民委员会', '冯春雷', '党总支书记、主任', null, '北界村民委员会', true);
  add('平定社区居委会', '何丽娟', '党支部书记、主任', null, '平定社区居委会', false);
  add('〃', '何振华', '副主任');
  add('高田村委会', '吴海生', '党支部书记、主任', null, '高田村委会', true);
  add('平定镇卫生院', '黄伟东', '院长');
  add('平定中心小学', '罗桂芳', '校长');
  add('新塘村委会', '詹金海', '党总支书记、主任', null, '新塘村委会', true);
  add('新塘村上村村民小组', '詹土生', '组长', '村民小组');
  add('平定邮政支局', '苏明亮', '支局长', '村邮站业务');
  add('石鼓村委会（电商服务站）', '庞少雄', '站长', '村级电商服务站');
  add('木头塘村委会', '许汉光', '党支部书记、主任', null, '木头塘村委会', true);
  add('平定林场', '郑水旺', '场长');
  sect('二、文楼镇（镇党政综合办公室　0668-7635×××）');
  add('文楼镇党委', '蔡广荣', '党委书记');
  add('文楼镇人民政府', '刘业成', '镇长');
  add('文楼镇党政综合办公室', '宋月娥', '副主任', '通讯录联系人');
  add('文楼镇社会事务办公室', '周锦堂', '主任');
  add('文楼圩居委会', '洪春梅', '党支部书记、主任', null, '文楼圩居委会', false);
  add('良村村委会', '梁秋生', '党支部书记、主任', null, '良村村委会', true);
  add('〃', '梁小燕', '妇联主席');
  add('上垌村民委员会', '冯宏伟', '党总支书记、主任', null, '上垌村民委员会', true);
  add('浪山村委会', '陈俊杰', '党支部书记、主任', null, '浪山村委会', true);
  add('浪山村', '陈玉兰', '副主任', '兼村电商服务站站长');
  add('文楼中学', '何炳坤', '校长');
  add('盘龙村委会', '戚日新', '党支部书记、主任', null, '盘龙村委会', true);
  add('文楼供电所', '揭世荣', '所长');
  add('塘尾村委会', '钟观福', '党支部书记、主任', null, '塘尾村委会', true);
  add('文楼镇派出所', '林石养', '所长');
  sect('三、长岐镇（镇党政综合办公室　0668-7418×××）');
  add('长岐镇党委', '罗海燕', '党委副书记（主持工作）');
  add('长岐镇人民政府', '黄翠华', '镇长');
  add('长岐镇党政综合办公室', '吴少芬', '主任', '通讯录联系人');
  add('长岐镇乡村振兴工作办公室', '陈凤珍', '主任');
  add('长岐社区', '李金莲', '党支部书记、主任', '社区', '长岐社区', false);
  add('〃', '李惠芳', '副主任');
  add('东岸村委会', '杨小红', '党支部书记、主任', null, '东岸村委会', true);
  add('山口村委会', '全丽华', '党总支书记、主任', null, '山口村委会', true);
  add('〃', '全雪梅', '文书');
  add('长岐圩社区居民委员会', '许亚娇', '党支部书记、主任', null, '长岐圩社区居民委员会', false);
  add('那梭村民委员会', '王爱珍', '党支部书记、主任', null, '那梭村民委员会', true);
  add('那梭村委会', '王映红', '副主任');
  add('长岐镇农业技术推广站', '邓秋菊', '站长');
  add('红卫村委会', '莫瑞英', '党支部书记、主任', null, '红卫村委会', true);
  add('石湖村委会', '冯亚福', '党支部书记、主任', null, '石湖村委会', true);
  add('长岐卫生院', '庞淑芬', '院长');
  rows.push(Array(W).fill(null));
  rows.push(['注：各镇机关、站所及村（居）干部如有变动，请及时告知镇党政综合办公室更新。', null, null, null, null, null, null]);
  merges.push(`A${rows.length}:G${rows.length}`);
  const sum = [
    ['镇', '村委会（个）', '社区（居委会）（个）', '备注'],
    ['平定镇', 6, 1, '据通讯录统计'],
    ['文楼镇', 5, 1, '据通讯录统计'],
    ['长岐镇', 5, 2, '据通讯录统计'],
    ['合计', 16, 4, null],
  ];
  assert(rec.filter((x) => x.admin).length === 16 && rec.filter((x) => !x.admin).length === 4, 'tongxunlu counts');
  write('ledgers/b57-l2-huazhou.json', {
    description: '化州市（茂名）商务局电商股手上没有村（居）委会名单，交的是《平定镇、文楼镇、长岐镇镇村（居）干部通讯录》（2021年“两委”换届后更新）：序号|单位|姓名|职务|办公电话|手机号码|备注，每镇一节（节标题整行合并），一名干部一行，同一村（居）委会有书记、副主任、文书等几行，后续行“单位”写“〃”或换一种写法（“大岭村”“浪山村”“那梭村委会”）；镇党委、镇政府、镇属办公室、卫生院、学校、邮政支局、供电所、派出所、林场、农技站等也夹在村与村之间。读法：记录＝每个不同的村（居）委会，按首次出现顺序；“××村委会”“××村民委员会”为行政村，“××社区居委会”“××圩居委会”“长岐社区”“长岐圩社区居民委员会”为社区（admin false）；没有贫困村、快递栏（poor、express 为 null）。不是记录的：镇机关和站所行、“〃”行和同村另一种写法的行、“新塘村上村村民小组”（新塘村委会下的村民小组）、“石鼓村委会（电商服务站）”（同一村的站长）、节标题、注；另一张《按镇统计》是据通讯录做的汇总（不是台账）。',
    sheets: [{ name: '通讯录', rows, merges }, { name: '按镇统计', rows: sum }],
    expect: {
      sheets: {
        '通讯录': { kind: 'villages', records: rec },
        '按镇统计': { kind: null },
      },
    },
  });
}

console.log('batch57 written under', ROOT);
