'use strict';
// Batch 63 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
// Batch 63 blind layout cases. Deterministic, no dependencies.
// node test/corpus/batch63/gen.js  → writes counties/, facts/, ledgers/ under this folder.
const fs = require('fs');

// ---------------------------------------------------------------- helpers
function colName(c) { let s = ''; let n = c + 1; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }
function cellRef(r, c) { return colName(c) + r; } // r 1-based, c 0-based
const D = (s) => ({ date: s });
const pad2 = (n) => String(n).padStart(2, '0');

class Sheet {
  constructor(name) { this.name = name; this.rows = []; this.merges = []; this.boxes = []; }
  add(row) { this.rows.push(row || []); return this.rows.length; }
  blank() { return this.add([]); }
  merge(r1, c1, r2, c2) {
    const m = cellRef(r1, c1) + ':' + cellRef(r2, c2);
    if (this.merges.includes(m)) throw new Error('duplicate merge ' + m + ' in ' + this.name);
    for (const b of this.boxes) {
      if (!(r2 < b[0] || r1 > b[2] || c2 < b[1] || c1 > b[3])) throw new Error('overlapping merge ' + m + ' in ' + this.name);
    }
    this.boxes.push([r1, c1, r2, c2]);
    this.merges.push(m);
  }
  json() { const o = { name: this.name, rows: this.rows }; if (this.merges.length) o.merges = this.merges; if (this.hidden) o.hidden = true; return o; }
}

function write(folder, file, obj) {
  const dir = path.join(ROOT, folder);
  fs.mkdirSync(dir, { recursive: true });
  // sanity: merge ranges unique per sheet
  for (const s of obj.sheets) {
    const seen = new Set();
    for (const m of s.merges || []) { if (seen.has(m)) throw new Error('dup merge ' + m); seen.add(m); }
  }
  fs.writeFileSync(path.join(dir, file), JSON.stringify(obj, null, 1) + '\n');
  console.log('wrote', folder + '/' + file);
}

function assert(cond, msg) { if (!cond) throw new Error('assertion failed: ' + msg); }

// seeded generator
function makeRng(seed) { let s = seed >>> 0; return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 4294967296; }; }

// 身份证号 with a valid check digit
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const IDC = '10X98765432';
function idFor(area, y, m, d, seq) {
  const body = area + y + pad2(m) + pad2(d) + String(seq).padStart(3, '0');
  let s = 0; for (let i = 0; i < 17; i++) s += (+body[i]) * IDW[i];
  return body + IDC[s % 11];
}
function makeIdGen(area, seed) {
  const r = makeRng(seed); const used = new Set();
  return function (opts = {}) {
    for (let k = 0; k < 5000; k++) {
      const y = 1962 + Math.floor(r() * 38), m = 1 + Math.floor(r() * 12), d = 1 + Math.floor(r() * 28);
      const seq = 1 + Math.floor(r() * 998);
      const id = idFor(area, y, m, d, seq);
      if (used.has(id)) continue;
      if (opts.x && id[17] !== 'X') continue;
      if (!opts.x && id[17] === 'X') continue;
      if (opts.female !== undefined) { const odd = (+id[16]) % 2 === 1; if (opts.female === odd) continue; }
      used.add(id); return id;
    }
    throw new Error('id gen');
  };
}
const SURN = ['陈', '李', '黄', '张', '刘', '罗', '林', '吴', '曾', '彭', '钟', '温', '邱', '朱', '杨', '古', '谢', '廖', '徐', '郑', '蔡', '许', '丘', '何', '赖', '叶', '余', '詹', '卓', '江', '梁', '冯', '邓', '莫', '庞', '揭'];
const GIV = ['伟', '芳', '秀', '英', '华', '明', '强', '文', '军', '玲', '平', '辉', '丽', '春', '兰', '海', '金', '荣', '国', '建', '志', '娟', '红', '梅', '新', '东', '德', '秋', '凤', '勇', '清', '锦', '振', '桂', '燕', '标', '发', '雄', '珍', '群', '彬', '宏', '嘉', '敏', '俊', '慧', '亮', '婷', '波', '添', '运', '福', '招', '娣', '妹', '坤', '松', '城', '佳', '雪'];
function makeNameGen(seed) {
  const r = makeRng(seed); const used = new Set();
  return function () {
    for (let k = 0; k < 5000; k++) {
      const s = SURN[Math.floor(r() * SURN.length)];
      const len = r() < 0.75 ? 2 : 1;
      let g = ''; for (let i = 0; i < len; i++) g += GIV[Math.floor(r() * GIV.length)];
      const n = s + g; if (used.has(n)) continue; used.add(n); return n;
    }
    throw new Error('name gen');
  };
}
const isoOf = (y, m, d) => y + '-' + pad2(m) + '-' + pad2(d);
function weekdayCn(iso) { const [y, m, d] = iso.split('-').map(Number); return '日一二三四五六'[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]; }
function spaced(id) { return id.slice(0, 6) + ' ' + id.slice(6, 14) + ' ' + id.slice(14); }
function phone(r) { return '13' + String(Math.floor(r() * 1e9)).padStart(9, '0'); }
function cnDate(iso) { // 二〇二一年三月二十六日
  const dg = '〇一二三四五六七八九';
  const [y, m, d] = iso.split('-').map(Number);
  const num = (n) => n < 10 ? dg[n] : n === 10 ? '十' : n < 20 ? '十' + dg[n % 10] : dg[Math.floor(n / 10)] + '十' + (n % 10 ? dg[n % 10] : '');
  return String(y).split('').map((c) => dg[+c]).join('') + '年' + num(m) + '月' + num(d) + '日';
}
const CUT = '2021-08-31';

// ======================================================================
// COUNTY: 丰顺县 (梅州)
// ======================================================================
function county() {
  const AREA = '441423';
  const cut = CUT;
  const sheets = [];

  // ---------------- villages
  const TOWNS = [
    ['汤坑镇', 12, ['新城社区', '金河社区', '城东社区', '城西社区']],
    ['汤西镇', 9, ['汤西社区']],
    ['汤南镇', 10, ['汤南社区']],
    ['丰良镇', 11, ['丰良社区']],
    ['潭江镇', 9, ['潭江社区']],
    ['留隍镇', 12, ['留隍社区', '东山社区']],
    ['北斗镇', 8, ['北斗社区']],
    ['黄金镇', 8, ['黄金社区']],
    ['砂田镇', 10, ['砂田社区']],
    ['八乡山镇', 7, []],
    ['埔寨镇', 8, ['埔寨社区']],
    ['建桥镇', 6, []],
    ['龙岗镇', 7, []],
    ['大龙华镇', 5, []],
    ['潘田镇', 5, []],
    ['小胜镇', 5, []],
  ];
  const VP = ('东联 新楼 金坑 上围 下围 龙岭 石门 坪上 岗背 塘口 大坑 小坑 黄竹 乌石 新田 竹园 溪口 桥头 河唇 排下 高田 水尾 田心 洋坑 龙溪 湖田 南山 北坑 坑尾 寨下 山湖 丰溪 埔心 溪背 石坑 罗坑 马图 苏田 彭田 黄花 西岭 东坑 三联 四望 五丰 六合 七星 八角 九河 十里 坪溪 上坪 下坪 陂头 陂下 圳头 径心 径门 长坑 长岭 横坑 横溪 松林 松坪 杉坑 樟溪 桂田 梅林 梅坑 蕉坑 茶山 茶坪 竹林 竹坑 兰田 荷树 柏坑 枫树 榕树 莲塘 龙门 龙泉 龙丰 凤坪 凤岭 鹤坑 狮岭 虎岭 象湖 金星 银坑 铜鼓 锡坑 玉湖 珠坑 宝坑 丰光 丰联 丰华 和平 和睦 太平 安平 福田 福坑 寿田 富坑 昌坑 兴隆 兴田 永丰 永安 长安 长丰 新光 新联 新华 新民 民主 团结 光明 红星 向阳 东方 南丰 西湖 北联 中心 中和 上丰 下丰 溪南 溪北 坑美 岭头 岭背 岩下 岩前 坝头 洲田 沙坪').split(' ');
  assert(new Set(VP).size === VP.length, 'village pool unique');
  const villages = []; // {town, name, poor, idx}
  let vi = 0;
  for (const [town, n] of TOWNS) for (let k = 0; k < n; k++) { villages.push({ town, name: VP[vi] + '村', idx: vi }); vi++; }
  assert(villages.length === 132, '132 villages');
  // poor villages: every 5th starting at 2, first 24
  let poorCount = 0;
  for (const v of villages) { v.poor = (v.idx % 5 === 2 && poorCount < 24); if (v.poor) poorCount++; }
  assert(poorCount === 24, '24 poor');
  const poorList = villages.filter((v) => v.poor);
  const lastPoor = poorList[poorList.length - 1];
  // uncovered by cut-off: last poor + 35 non-poor
  let unc = 0;
  for (const v of villages) { v.covered = true; }
  lastPoor.covered = false;
  for (const v of villages) { if (!v.poor && v.idx % 4 === 3 && unc < 35) { v.covered = false; unc++; } }
  for (const v of villages) { if (!v.poor && v.covered && v.idx % 7 === 1 && unc < 35) { v.covered = false; unc++; } }
  assert(unc === 35, '35 uncovered non-poor, got ' + unc);
  const covered = villages.filter((v) => v.covered);
  assert(covered.length === 96, '96 covered');
  const coveredPoor = covered.filter((v) => v.poor).length;
  assert(coveredPoor === 23, '23 poor covered');
  // express: one covered non-poor village in 八乡山镇 marked 否
  const noExpress = villages.find((v) => v.town === '八乡山镇' && !v.poor && v.idx % 4 !== 3 && v.idx % 2 === 1) || villages.find((v) => v.town === '八乡山镇' && !v.poor);
  {
    const sh = new Sheet('村居名单');
    sh.add(['丰顺县行政村（社区）名单']); sh.merge(1, 0, 1, 6);
    sh.add(['填报单位：丰顺县商务局电商股　　　　　　　　更新时间：2021年8月']); sh.merge(2, 0, 2, 6);
    sh.add(['序号', '镇', '村（居）委会', '类别', '是否省定贫困村', '快递是否进村', '备注']);
    let no = 0;
    for (const [town, , comms] of TOWNS) {
      const start = sh.rows.length + 1;
      const vs = villages.filter((v) => v.town === town);
      vs.forEach((v, k) => {
        no++;
        sh.add([no, k === 0 ? town : null, v.name === '中心村' ? '中心村委会' : v.name, '行政村', v.poor ? '是' : '否', v === noExpress ? '否（快递只到镇上）' : '是', v.poor ? '省定贫困村（2016—2020年）' : null]);
      });
      for (const c of comms) { no++; sh.add([no, null, c, '社区', '/', '/', '居委会']); }
      const end = sh.rows.length;
      if (end > start) sh.merge(start, 1, end, 1);
    }
    const rt = sh.add(['合计：16个镇，行政村132个，社区14个；其中省定贫困村24个。']); sh.merge(rt, 0, rt, 6);
    const rn = sh.add(['注：“快递是否进村”以县邮政管理部门2021年6月摸查为准。']); sh.merge(rn, 0, rn, 6);
    sheets.push(sh);
  }

  // ---------------- stations
  const rS = makeRng(631);
  const nameS = makeNameGen(6311);
  const stations = []; // {village, opened(iso/month), row text}
  {
    const sh = new Sheet('站点清单');
    sh.add(['丰顺县村级电子商务服务站点清单']); sh.merge(1, 0, 1, 6);
    sh.add(['（截至2021年9月10日）']); sh.merge(2, 0, 2, 6);
    sh.add(['序号', '镇', '站点名称', '所在村', '挂牌时间', '站点负责人', '联系电话']);
    // date pool ≤ cut-off
    const pool = [];
    for (let mo = 0; mo < 16; mo++) { // 2020-05 .. 2021-08
      const y = 2020 + Math.floor((4 + mo) / 12), m = ((4 + mo) % 12) + 1;
      pool.push([y, m]);
    }
    let no = 0; let k = 0;
    const rows = [];
    for (const v of covered) {
      const [y, m] = pool[k % pool.length]; const d = 3 + ((k * 7) % 25); k++;
      const fmt = k % 4;
      let cell, iso;
      if (fmt === 0) { cell = D(isoOf(y, m, d)); iso = isoOf(y, m, d); }
      else if (fmt === 1) { cell = `${y}.${m}.${d}`; iso = isoOf(y, m, d); }
      else if (fmt === 2) { cell = `${y}年${m}月${d}日`; iso = isoOf(y, m, d); }
      else { cell = `${y}年${m}月`; iso = y + '-' + pad2(m); }
      const vname = k % 3 === 0 ? v.name.replace(/村$/, '村委会') : v.name;
      rows.push({ town: v.town, station: `${v.town.replace(/镇$/, '')}${v.name}电商服务站`, village: vname, cell, iso, poor: v.poor });
    }
    // second stations in two covered villages
    const dupA = covered[10], dupB = covered[55];
    rows.splice(11, 0, { town: dupA.town, station: `${dupA.town.replace(/镇$/, '')}${dupA.name}第二电商服务站`, village: dupA.name, cell: '2021.4.16', iso: '2021-04-16' });
    rows.splice(57, 0, { town: dupB.town, station: `${dupB.town.replace(/镇$/, '')}${dupB.name}电商服务站（二站）`, village: dupB.name, cell: D('2021-06-23'), iso: '2021-06-23' });
    // community station, forest farm point
    rows.splice(4, 0, { town: '汤坑镇', station: '汤坑新城社区电商服务站', village: '新城社区', cell: D('2020-09-18'), iso: '2020-09-18' });
    const hjIdx = rows.findIndex((x) => x.town === '黄金镇');
    rows.splice(hjIdx + 1, 0, { town: '黄金镇', station: '黄金镇国营林场电商服务点', village: '黄金林场', cell: '2020.12.8', iso: '2020-12-08' });
    // September stations
    const septNonPoor = villages.find((v) => !v.covered && !v.poor && v.town === '砂田镇') || villages.find((v) => !v.covered && !v.poor);
    rows.push({ town: lastPoor.town, station: `${lastPoor.town.replace(/镇$/, '')}${lastPoor.name}电商服务站`, village: lastPoor.name.replace(/村$/, '村委会'), cell: D('2021-09-06'), iso: '2021-09-06', sept: true });
    rows.push({ town: septNonPoor.town, station: `${septNonPoor.town.replace(/镇$/, '')}${septNonPoor.name}电商服务站`, village: septNonPoor.name, cell: '2021.9.8', iso: '2021-09-08', sept: true });
    for (const x of rows) {
      no++;
      sh.add([no, x.town, x.station, x.village, x.cell, nameS(), phone(rS)]);
      stations.push(x);
    }
    const rn = sh.add(['注：新城社区站点、黄金镇国营林场服务点不在行政村名单内；9月挂牌的2个站点为迎检前新建。']); sh.merge(rn, 0, rn, 6);
    const rp = sh.add(['填表人：曾××　　　　审核：黄××']); sh.merge(rp, 0, rp, 6);
    sheets.push(sh);
    assert(stations.length === 102, 'stations 102, got ' + stations.length);
    county.septStations = [lastPoor.name, septNonPoor.name];
    county.dup = [dupA.name, dupB.name];
  }

  // ---------------- training sessions + poor trainees + roster
  const idG = makeIdGen(AREA, 6320);
  const nameP = makeNameGen(6321);
  const persons = [];
  const ptowns = ['汤坑镇', '汤南镇', '丰良镇', '潭江镇', '留隍镇', '砂田镇', '八乡山镇', '北斗镇'];
  for (let i = 0; i < 60; i++) {
    const labour = i < 50;
    const migrant = labour ? [5, 13, 21, 29, 37, 45].includes(i) : null;
    const female = i % 3 === 1;
    const wantX = i === 7; // an eligible trained person whose ID ends in X
    const id = idG({ x: wantX, female });
    const town = ptowns[i % ptowns.length];
    const vil = villages.filter((v) => v.town === town)[i % 5] || villages.filter((v) => v.town === town)[0];
    persons.push({ i, name: nameP(), id, labour, migrant, female, town, village: vil.name, labourText: labour ? (i % 7 === 3 ? '技能劳动力' : '普通劳动力') : (i % 2 ? '丧失劳动力' : '无劳动力'), migText: labour ? (migrant ? ['县外务工（深圳）', '县外务工（广州）', '省外务工（浙江）', '县外务工（东莞）', '县外务工（梅州市区）', '省外务工（福建）'][[5, 13, 21, 29, 37, 45].indexOf(i)] : (i % 4 === 0 ? '在家务农' : '未外出')) : '—' });
  }
  const eligible = persons.filter((p) => p.labour && !p.migrant);
  assert(eligible.length === 44, '44 eligible');
  const T = eligible.filter((p, k) => k % 2 === 0).concat([eligible[1], eligible[3]]);
  assert(T.length === 24, '24 trained');
  assert(T.includes(persons[7]), 'X person trained');
  const sessions = [
    { no: 1, cell: D('2020-06-18'), iso: '2020-06-18', place: '县电子商务公共服务中心', topic: '电子商务基础知识', who: '网商、创业青年', pt: 212 },
    { no: 2, cell: '2020.7.16', iso: '2020-07-16', place: '汤坑镇政府会议室', topic: '网店开设与运营', who: '镇村干部、农户', pt: 186 },
    { no: 3, cell: '2020年8月20日', iso: '2020-08-20', place: '丰良镇文化站', topic: '农产品网络营销', who: '合作社、农户', pt: 245 },
    { no: 4, cell: D('2020-09-17'), iso: '2020-09-17', place: '留隍镇政府', topic: '短视频拍摄', who: '农户、返乡青年', pt: 268 },
    { no: 5, cell: '2020.10.22', iso: '2020-10-22', place: '汤南镇政府', topic: '电商扶贫专题', who: '建档立卡贫困户、村站站长', pt: 86 },
    { no: 6, cell: '2020年11月19日', iso: '2020-11-19', place: '潭江镇政府', topic: '农村电商实操', who: '农户', pt: 231 },
    { no: 7, cell: '2020.12.16-17', iso: '2020-12-17', place: '县电子商务公共服务中心', topic: '网店运营提升班（两天）', who: '网商', pt: 198 },
    { no: 8, cell: D('2021-01-14'), iso: '2021-01-14', place: '线上直播（丰顺电商公众号）', topic: '年货节直播带货', who: '社会公众', pt: '在线516' },
    { no: 9, cell: '2021.3.18', iso: '2021-03-18', place: '县电子商务公共服务中心', topic: '电商扶贫专场', who: '建档立卡贫困户', pt: 92 },
    { no: 10, cell: '2021年3月25日', iso: '2021-03-25', place: '砂田镇政府', topic: '电商基础', who: '农户', pt: 224 },
    { no: 11, cell: D('2021-04-22'), iso: '2021-04-22', place: '北斗镇政府', topic: '直播带货', who: '农户、村站站长', pt: '265人次' },
    { no: 12, cell: '2021.5.20', iso: '2021-05-20', place: '建桥镇政府', topic: '农产品包装与品牌', who: '合作社', pt: 237 },
    { no: 13, cell: '2021.6.17', iso: '2021-06-17', place: '县电子商务公共服务中心', topic: '电商扶贫专场', who: '建档立卡贫困户', pt: 78 },
    { no: 14, cell: D('2021-06-24'), iso: '2021-06-24', place: '八乡山镇政府', topic: '电商基础', who: '农户', pt: 219 },
    { no: 15, cell: '2021年7月15日', iso: '2021-07-15', place: '线上直播', topic: '“丰顺好物”直播带货实训', who: '社会公众', pt: '在线666' },
    { no: 16, cell: '2021.8.5', iso: '2021-08-05', place: '黄金镇政府', topic: '农村电商实操', who: '农户', pt: 276 },
    { no: 17, cell: D('2021-08-26'), iso: '2021-08-26', place: '龙岗镇政府', topic: '电商基础（龙岗、大龙华联办）', who: '农户', pt: 296 },
    { no: 18, cell: '2021.9.9', iso: '2021-09-09', place: '县电子商务公共服务中心', topic: '迎检强化班', who: '网商、村站站长', pt: 580 },
  ];
  const ptNum = (pt) => typeof pt === 'number' ? pt : +String(pt).replace(/[^0-9]/g, '');
  const ptBefore = sessions.filter((s) => s.iso <= cut).reduce((a, s) => a + ptNum(s.pt), 0);
  assert(ptBefore === 4295, 'person-times 4295, got ' + ptBefore);
  const ptAll = sessions.reduce((a, s) => a + ptNum(s.pt), 0);
  assert(ptAll === 4875, 'all 4875');
  // trainee rows
  const before = sessions.filter((s) => s.iso <= cut && typeof s.pt === 'number');
  const trainee = [];
  T.forEach((p, k) => trainee.push({ p, s: before[k % before.length] }));
  [T[2], T[6], T[10], T[15]].forEach((p, k) => trainee.push({ p, s: before[(k * 5 + 7) % before.length] }));
  trainee.push({ p: persons[5], s: before[3] }); trainee.push({ p: persons[13], s: before[9] });
  trainee.push({ p: persons[52], s: before[6] });
  const septOnly = eligible.find((p) => !T.includes(p));
  trainee.push({ p: septOnly, s: sessions[17] });
  trainee.push({ p: T[0], s: sessions[17] });
  trainee.sort((a, b) => a.s.no - b.s.no);
  assert(trainee.length === 33, 'trainee rows 33');
  for (const s of sessions) s.poor = trainee.filter((t) => t.s === s).length;
  {
    const sh = new Sheet('培训台账');
    sh.add(['丰顺县电子商务培训台账']); sh.merge(1, 0, 1, 7);
    sh.add(['填报单位：丰顺县商务局　　　　　　　　　　　　　单位：人次']); sh.merge(2, 0, 2, 7);
    sh.add(['期次', '培训时间', '培训地点', '培训内容', '培训对象', '参训人次', '其中：建档立卡贫困人口（人次）', '备注']);
    for (const s of sessions) sh.add([`第${s.no}期`, s.cell, s.place, s.topic, s.who, s.pt, s.poor, s.no === 8 || s.no === 15 ? '线上直播，按后台观看人数统计' : (s.no === 18 ? '9月新增' : null)]);
    sh.add(['合计', null, null, null, null, 4875, trainee.length, '18期']);
    const rn = sh.add(['注：贫困人口参训名单见《贫困户参训名单》，人次已含在本表“其中”栏。']); sh.merge(rn, 0, rn, 7);
    sheets.push(sh);
  }
  {
    const sh = new Sheet('贫困户参训名单');
    sh.add(['丰顺县建档立卡贫困人口参加电商培训名单']); sh.merge(1, 0, 1, 6);
    sh.add(['（人次已计入《培训台账》“其中：建档立卡贫困人口”栏，不另计）']); sh.merge(2, 0, 2, 6);
    sh.add(['序号', '姓名', '身份证号码', '所在镇村', '参训期次', '培训日期', '备注']);
    trainee.forEach((t, k) => {
      let id = t.p.id;
      if (t.p === persons[7]) id = id.slice(0, 17) + 'x';
      if (t.p === T[5]) id = spaced(id);
      sh.add([k + 1, t.p.name, id, t.p.town + t.p.village, `第${t.s.no}期`, t.s.cell, null]);
    });
    sheets.push(sh);
  }
  {
    const sh = new Sheet('贫困人口名单');
    sh.add(['丰顺县建档立卡贫困人口劳动力情况表（电商培训对象）']); sh.merge(1, 0, 1, 8);
    sh.add(['数据来源：县乡村振兴局 2021年8月动态调整后']); sh.merge(2, 0, 2, 8);
    sh.add(['序号', '姓名', '性别', '身份证号码', '所在镇', '所在村', '劳动能力', '务工状态', '备注']);
    persons.forEach((p, k) => sh.add([k + 1, p.name, p.female ? '女' : '男', p.id, p.town, p.village, p.labourText, p.migText, null]));
    const rn = sh.add(['合计：60人，其中有劳动能力50人（外出务工6人）']); sh.merge(rn, 0, rn, 8);
    sheets.push(sh);
  }

  // ---------------- enterprises
  const ents = [
    ['丰顺县客商通电子商务有限公司', '代运营服务', D('2020-07-01'), null],
    ['丰顺县高山茶叶网络销售有限公司', '网络销售', '2020.7.6', null],
    ['梅州市韩江源农产品电商有限公司', '网络销售', '2020.7.6', null],
    ['丰顺县邮政快递物流分拨中心', '物流快递', '2020年7月', null],
    ['丰顺县绿源生态农业电商有限公司', '网络销售', '2020.8.12', '2021.5.31'],
    ['丰顺县汤坑温泉旅游电商有限公司', '平台', D('2020-08-20'), null],
    ['丰顺县乐购网络科技有限公司', '平台', '2020.9.1', null],
    ['丰顺县中通快递有限公司汤坑分部', '物流快递', '2020年9月15日', null],
    ['丰顺县八乡山土特产网店', '网络销售', '2020.10.9', null],
    ['丰顺县丰溪客家米酒电商店', '网络销售', '2020.10.9', null],
    ['梅州市丰好物供应链管理有限公司', '代运营服务', D('2020-11-02'), null],
    ['丰顺县留隍潮客食品网络商行', '网络销售', '2020.11.16', null],
    ['丰顺县云仓仓储服务有限公司', '物流快递', '2020.12.1', null],
    ['丰顺县山里人家直播工作室', '直播电商', '2021.1.8', null],
    ['丰顺县金坑蜜柚专业合作社网店', '网络销售', '2021.1.8', null],
    ['丰顺县潭江米粉电商商行', '网络销售', D('2021-03-02'), null],
    ['丰顺县小胜竹笋网络销售部', '网络销售', '2021年3月', null],
    ['丰顺县优品汇电子商务有限公司', '平台', '2021.4.6', null],
    ['丰顺县丰良三黄鸡网店', '网络销售', '2021.4.20', null],
    ['丰顺县青创电商孵化服务有限公司', '代运营服务', '2021.5.10', null],
    ['丰顺县韵达快递汤南网点', '物流快递', D('2021-06-01'), null],
    ['丰顺县客都红薯干电商店', '网络销售', '2021.7.19', null],
    ['丰顺县韩江直播电商有限公司', '直播电商', '2021.9.10', null],
  ];
  {
    const rC = makeRng(6330);
    const sh = new Sheet('产业园企业');
    sh.add(['丰顺县电子商务产业园入驻企业名单']); sh.merge(1, 0, 1, 6);
    sh.add(['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻时间', '退出时间', '备注']);
    const AL = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    ents.forEach((e, k) => {
      let code = '91441423MA5'; for (let i = 0; i < 7; i++) code += AL[Math.floor(rC() * AL.length)];
      if (e[0].includes('网店') || e[0].includes('商行') || e[0].includes('店') && !e[0].includes('有限公司')) code = '92441423MA5' + code.slice(11);
      sh.add([k + 1, e[0], code, e[1], e[2], e[3], e[3] ? '已退园' : (k === 22 ? '9月新入驻' : null)]);
    });
    const rn = sh.add(['注：截至2021年9月10日。']); sh.merge(rn, 0, rn, 6);
    sheets.push(sh);
  }
  const inPark = ents.filter((e) => {
    const ent = typeof e[2] === 'object' ? e[2].date : e[2];
    return !/2021\.9/.test(ent) && !e[3];
  }).length;
  assert(inPark === 21, 'in park 21, got ' + inPark);

  // ---------------- funds
  const funds = [
    [D('2020-06-28'), '县级电子商务公共服务中心建设（首付款）', '梅州市客都电子商务有限公司', 384000, '记-2020-06-031'],
    ['2020.8.14', '县乡村三级物流配送体系（预付款）', '中国邮政集团有限公司广东省丰顺县分公司', 288000, '记-2020-08-017'],
    ['2020.9.22', '村级电商服务站点建设（首付款）', '广东粤梅农村电商服务有限公司', 435000, '记-2020-09-024'],
    [D('2020-10-26'), '电商培训服务（首付款）', '丰顺县职业技术学校', 108000, '记-2020-10-029'],
    ['2020.11.18', '品牌培育及网络推广（首付款）', '梅州市丰好物供应链管理有限公司', 204000, '记-2020-11-012'],
    ['2020.12.28', '县级电子商务公共服务中心建设（进度款）', '梅州市客都电子商务有限公司', 512000, '记-2020-12-041'],
    [D('2021-01-20'), '村级电商服务站点建设（进度款）', '广东粤梅农村电商服务有限公司', 290000, '记-2021-01-015'],
    ['2021.3.9', '县乡村三级物流配送体系（进度款）', '中国邮政集团有限公司广东省丰顺县分公司', 384000, '记-2021-03-008'],
    ['2021.3.26', '电商培训服务（进度款）', '丰顺县职业技术学校', 144000, '记-2021-03-027'],
    ['2021.4.28', '村级电商服务站点建设（收回多付款）', '广东粤梅农村电商服务有限公司', -12000, '记-2021-04-033'],
    [D('2021-05-12'), '品牌培育及网络推广（进度款）', '梅州市丰好物供应链管理有限公司', 272000, '记-2021-05-010'],
    ['2021.6.18', '县级电子商务公共服务中心建设（验收款）', '梅州市客都电子商务有限公司', 320000, '记-2021-06-022'],
    ['2021.7.20', '村级电商服务站点建设（进度款）', '广东粤梅农村电商服务有限公司', 362500, '记-2021-07-019'],
    ['2021.8.20', '电商培训服务（尾款）', '丰顺县职业技术学校', 72000, '记-2021-08-016'],
    [D('2021-08-27'), '县乡村三级物流配送体系（进度款）', '中国邮政集团有限公司广东省丰顺县分公司', 363000, '记-2021-08-025'],
    ['2021.9.14', '村级电商服务站点建设（尾款）', '广东粤梅农村电商服务有限公司', 280000, '记-2021-09-011'],
  ];
  const fundBefore = funds.slice(0, 15).reduce((a, f) => a + f[3], 0);
  assert(fundBefore === 4126500, 'fund before ' + fundBefore);
  {
    const sh = new Sheet('资金拨付');
    sh.add(['丰顺县省级电子商务进农村综合示范专项资金拨付台账']); sh.merge(1, 0, 1, 6);
    sh.add(['下达资金：500万元（粤财工〔2019〕××号）　　　　　　　　　单位：元']); sh.merge(2, 0, 2, 6);
    sh.add(['序号', '拨付日期', '项目（用途）', '收款单位', '拨付金额（元）', '凭证号', '备注']);
    funds.forEach((f, k) => sh.add([k + 1, f[0], f[1], f[2], f[3] < 0 ? f[3] : (k % 3 === 1 ? f[3].toLocaleString('en-US') + '.00' : f[3]), f[4], f[3] < 0 ? '红字冲销' : null]));
    sh.add(['合计', null, null, null, 4406500, null, '含9月14日拨付']);
    sheets.push(sh);
  }

  // ---------------- reports
  const reps = [
    ['2020.9.8', '2020年8月工作进展月报', '是'], [D('2020-10-10'), '2020年9月工作进展月报', '是'], ['2020.11.9', '2020年10月工作进展月报', '是'],
    ['2020.12.8', '2020年11月工作进展月报', '是'], ['2021.1.8', '2020年12月工作进展月报', '是'], [D('2021-02-07'), '2021年1月工作进展月报', '否'],
    ['2021.3.9', '2021年2月工作进展月报', '是'], ['2021.4.8', '2021年3月工作进展月报', '是'], ['2021.5.10', '2021年4月工作进展月报', '是'],
    [D('2021-06-08'), '2021年5月工作进展月报', '是'], ['2021.7.8', '2021年6月工作进展月报', '是'], ['2021.8.9', '2021年7月工作进展月报', '是'],
    ['2021.9.8', '2021年8月工作进展月报', '是'],
  ];
  {
    const sh = new Sheet('月报报送');
    sh.add(['丰顺县电子商务进农村工作月报报送登记']); sh.merge(1, 0, 1, 5);
    sh.add(['序号', '报送时间', '报送内容', '报送对象', '是否附电商扶贫统计表', '经办人']);
    reps.forEach((r, k) => sh.add([k + 1, r[0], r[1], '梅州市商务局', r[2], '曾××']));
    sheets.push(sh);
  }
  // ---------------- disclosures (missing 2021-02)
  const dis = [
    [D('2020-09-15'), '丰顺县电子商务进农村综合示范项目8月建设进度'], ['2020.10.16', '丰顺县电子商务进农村综合示范项目9月建设进度'],
    ['2020.11.13', '丰顺县电子商务进农村综合示范项目10月建设进度'], ['2020.11.27', '关于公开征求电子商务进农村项目意见的公告'],
    ['2020.12.15', '丰顺县电子商务进农村综合示范项目11月建设进度'], [D('2021-01-15'), '丰顺县电子商务进农村综合示范项目12月建设进度'],
    ['2021.3.12', '丰顺县电子商务进农村综合示范项目1—2月建设进度'], ['2021.4.14', '丰顺县电子商务进农村综合示范项目3月建设进度'],
    [D('2021-05-14'), '丰顺县电子商务进农村综合示范项目4月建设进度'], ['2021.6.11', '丰顺县电子商务进农村综合示范项目5月建设进度'],
    ['2021.7.13', '丰顺县电子商务进农村综合示范项目6月建设进度'], ['2021.8.12', '丰顺县电子商务进农村综合示范项目7月建设进度'],
    ['2021.9.10', '丰顺县电子商务进农村综合示范项目8月建设进度'],
  ];
  {
    const sh = new Sheet('专栏更新');
    sh.add(['丰顺县人民政府门户网站“电子商务进农村综合示范”专栏更新记录']); sh.merge(1, 0, 1, 3);
    sh.add(['序号', '发布时间', '标题', '链接']);
    dis.forEach((d, k) => sh.add([k + 1, d[0], d[1], `http://www.fengshun.gov.cn/zwgk/dzsw/content/post_${2104100 + k * 37}.html`]));
    const rn = sh.add(['注：专栏同时公示创建方案、项目基本信息，设监督举报电话。']); sh.merge(rn, 0, rn, 3);
    sheets.push(sh);
  }
  // ---------------- media
  const media = [
    ['2020.10.15', '南方日报', '省级', '报纸', '丰顺：电商进村，高山茶走出大山', '否'],
    [D('2020-11-20'), '梅州日报', '市级', '报纸', '丰顺县电商公共服务中心开门迎客', '否'],
    ['2020.12.10', '丰顺电视台《丰顺新闻》', '县级', '电视', '我县举办网店运营提升班', '否'],
    ['2021.1.22', '南方+客户端', '省级', '网络', '丰顺年货节线上销售额破百万', '否'],
    [D('2021-04-16'), '广东广播电视台珠江频道《今日关注》', '省级', '电视', '丰顺：小茶叶“拍”出致富路', '是'],
    ['2021.6.18', '梅州广播电视台', '市级', '电视', '丰顺“618”直播助农', '否'],
    ['2021.7.9', '丰顺发布（微信公众号）', '县级', '网络', '村里的电商站，帮我卖出了三千斤柚子', '是'],
    ['2021.9.6', '中央广播电视总台CCTV-17《谁知盘中餐》', '国家级', '电视', '客家山村的电商新路', '是'],
  ];
  {
    const sh = new Sheet('宣传报道');
    sh.add(['丰顺县电子商务进农村宣传报道统计表']); sh.merge(1, 0, 1, 6);
    sh.add(['序号', '报道时间', '媒体名称', '媒体级别', '报道形式', '报道标题', '是否电商扶贫典型案例']);
    media.forEach((m, k) => sh.add([k + 1, ...m]));
    sheets.push(sh);
  }
  {
    const sh = new Sheet('经验材料');
    sh.add(['丰顺县电子商务进农村经验材料报送登记']); sh.merge(1, 0, 1, 3);
    sh.add(['序号', '报送时间', '材料名称', '报送对象']);
    sh.add([1, '2020.12.15', '丰顺县“电商+高山茶”助农增收的做法', '梅州市商务局']);
    sh.add([2, D('2021-06-10'), '丰顺县村级电商服务站“一站多用”经验', '梅州市商务局']);
    sh.add([3, '2021.9.3', '丰顺县电子商务进农村综合示范创建工作总结', '梅州市商务局']);
    sheets.push(sh);
  }

  // ---------------- facts sheet: 分类汇总 (sorted by 评价指标)
  const C = '服务体系建设（县级中心）', V = '服务体系建设（村级站点）', U = '农村产品上行';
  const items = [
    [1, '组织领导', '主要领导牵头、多部门参与', '成立丰顺县电子商务进农村综合示范县创建工作领导小组，县委副书记、县长任组长，分管副县长任常务副组长，县商务局、财政局、农业农村局、乡村振兴局、市场监管局、交通运输局、邮政分公司为成员单位', 2, '丰府办函〔2019〕58号'],
    [2, '方案制定', '制定示范创建工作方案', '2019年12月正式印发《丰顺县电子商务进农村综合示范县创建工作实施方案》', 2, '丰府办〔2019〕41号'],
    [3, '政策支持', '出台政策并落实', '出台《丰顺县促进农村电子商务发展扶持办法（试行）》，对站点运营、物流配送、网店开设给予补贴，已兑现补贴38.6万元', 2, '丰府〔2020〕9号'],
    [4, '项目管理', '项目管理制度', '制定《丰顺县电子商务进农村综合示范项目管理办法》，招标、建设、验收按办法执行', 2, null],
    [5, '项目管理', '工作台账', '建立项目建设工作台账，按月更新', 2, null],
    [6, C, '建成县级公共服务中心', '县电子商务公共服务中心（汤坑镇丰顺大道）2020年11月18日正式投入运营', 2, '开业活动照片'],
    [7, C, '运行6个月以上', '截至8月31日已运行9个多月', 2, null],
    [8, C, '免费培训场所、设备', '有培训室1间（80座）、电脑30台，免费开展电商基础培训', 2, null],
    [9, C, '免费展示、销售', '设农特产品展示展销区，免费展示销售高山茶、蜜柚、客家米酒等', 1, null],
    [10, C, '免费摄影、美工', '设摄影棚，免费为网商拍摄产品、制作详情页', 1, null],
    [11, C, '统一推广、品牌建设', '打造“丰顺好物”区域公共品牌，统一包装推广', 1, null],
    [12, C, '其他衍生增值服务', '金融、代办等增值服务尚未开展', 0, '待完善'],
    [13, C, '建设或整合产业园', '整合提升丰顺县电子商务产业园（县工业园内）', 2, null],
    [14, C, '入驻企业20家以上', '产业园入驻企业23家', 2, '见产业园企业名单'],
    [15, C, '入驻企业三种以上类型', '有平台、网络销售、代运营服务、物流快递、直播电商等类型', 1, null],
    [16, V, '行政村覆盖率', '全县132个行政村已建站98个，覆盖率74.2%', 5, '见站点清单'],
    [17, V, '省定贫困村覆盖率', '24个省定贫困村全部建站', 5, null],
    [18, U, '网销调研', '2020年5月完成全县农产品网络销售摸底调查，形成调研报告报市商务局，并制定网销促进措施', 2, null],
    [19, U, '网络促销活动', '举办“丰顺好物”年货节、“618”直播带货等网络促销活动8场，线上成交1,260万元', 2, null],
    [20, U, '第三方运营服务商', '引进梅州市客都电子商务有限公司为第三方运营服务商', 1, null],
    [21, U, '物流快递行政村覆盖', '行政村物流快递覆盖率100%', 1, null],
    [22, U, '交易标准、冷链、溯源', '制定《丰顺高山茶网销产品标准》，建设茶叶溯源系统；冷链系统未建', 1, null],
    [23, U, '网络零售额增速', '2020年全县农村网络零售额24.35亿元，2019年18.62亿元，同比增长30.8%', 2, '县统计局数据'],
    [24, '电商人才培训', '培训人次', '累计开展电商培训18期4,875人次，占常住人口1.02%', 10, '见培训台账'],
    [25, '电商人才培训', '贫困人口培训率', '有劳动能力且未外出务工的建档立卡贫困人口44人，参加电商培训27人，培训率61.4%', 10, null],
    [26, '信息公开', '专栏设立及内容', '在县政府门户网站开设“电子商务进农村综合示范”专栏，公示创建方案、项目基本信息、建设进度，公布监督举报电话', 2, null],
    [27, '信息公开', '按月更新', '专栏按月更新', 2, null],
    [28, '数据上报', '每月报送', '每月10日前向梅州市商务局报送工作进展月报', 3, null],
    [29, '数据上报', '电商扶贫统计', '月报附电商扶贫统计表', 3, null],
    [30, '案例总结', '经验材料报送', '向梅州市商务局报送经验材料2篇', 2, null],
    [31, '经验推广', '媒体宣传', '南方日报、广东广播电视台、梅州日报、丰顺电视台等报道8篇（次）', 8, '见宣传报道统计表'],
    [32, '制度建立', '资金管理制度', '制定《丰顺县省级电子商务进农村综合示范专项资金管理办法》', 5, '丰商〔2020〕6号'],
    [33, '资金台账', '资金专用台账', '建立专项资金专用台账，逐笔登记拨付', 4, null],
    [34, '资金支出', '资金拨付', '省下达专项资金500万元，截至8月31日累计拨付412.65万元，支出率82.5%，按合同进度及时拨付', 4, null],
    [35, '加分项', '贫困人口培训率70%以上', '61.4%，未达到', 0, null],
    [36, '加分项', '电商扶贫典型案例电视播报', '电商扶贫案例《丰顺：小茶叶“拍”出致富路》2021年4月在广东广播电视台珠江频道播出', 1, null],
    [37, '一票否决', '安全生产、质量事故或重大损失', '未发生', '—', null],
    [38, '一票否决', '项目总体进度', '总体进度约92%', '—', null],
    [39, '一票否决', '弄虚作假', '无', '—', null],
  ];
  const order = ['案例总结', '电商人才培训', '方案制定', V, C, '加分项', '经验推广', U, '数据上报', '项目管理', '信息公开', '一票否决', '政策支持', '制度建立', '资金台账', '资金支出', '组织领导'];
  assert(new Set(items.map((x) => x[1])).size === order.length, 'groups');
  const claimedMap = {};
  {
    const sh = new Sheet('自评明细');
    sh.add(['丰顺县电子商务进农村综合示范创建考评自评明细表']); sh.merge(1, 0, 1, 5);
    sh.add(['填报单位：丰顺县商务局（电商股）　　数据截至：2021年8月31日　　各股室分头填写后合并，按“评价指标”排序后分类汇总']); sh.merge(2, 0, 2, 5);
    const r3 = sh.add(['说明：1.全县常住人口47.77万人（第七次全国人口普查），户籍人口73.2万人；辖16个镇，132个行政村、14个社区，其中省定贫困村24个。']); sh.merge(r3, 0, r3, 5);
    const r4 = sh.add(['　　　2.“分项分”为按评分标准逐项自评的分数；“××汇总”行为各评价指标自评分，由分类汇总自动生成。']); sh.merge(r4, 0, r4, 5);
    sh.blank();
    sh.add(['序号', '评价指标', '评分项', '完成情况（截至2021年8月31日）', '分项分', '佐证/备注']);
    let total = 0;
    for (const g of order) {
      const rows = items.filter((x) => x[1] === g);
      let sub = 0;
      for (const x of rows) { sh.add(x); if (typeof x[4] === 'number') sub += x[4]; }
      sh.add([null, g + ' 汇总', null, null, sub, null]);
      total += sub;
      claimedMap[g] = sub;
    }
    sh.add([null, '总计', null, null, total, null]);
    assert(total === 97, 'claimed total 97, got ' + total);
    const rf = sh.add(['填表：曾××　　　审核：黄××　　　　2021年9月2日']); sh.merge(rf, 0, rf, 5);
    sheets.unshift(sh);
  }

  // ---------------- scoring (hand-checked numbers)
  const trainedEligible = new Set(trainee.filter((t) => t.s.iso <= cut && t.p.labour && !t.p.migrant).map((t) => t.p.id)).size;
  assert(trainedEligible === 24, 'trained eligible 24, got ' + trainedEligible);
  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 4,
    'work.center': 14, 'work.coverage': 8, 'work.upward': 8, 'work.training': 18,
    'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 0, 'bonus.tvCase': 1,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  const scored = ['org.leadership', 'org.plan', 'org.policy', 'org.management', 'work.center', 'work.coverage', 'work.upward', 'work.training', 'info.disclosure', 'info.reporting', 'promo.cases', 'promo.media', 'fund.system', 'fund.ledger', 'fund.spending'];
  const base = scored.reduce((a, k) => a + points[k], 0);
  assert(base === 90, 'base 90, got ' + base);
  const claimed = {
    'org.leadership': claimedMap['组织领导'], 'org.plan': claimedMap['方案制定'], 'org.policy': claimedMap['政策支持'], 'org.management': claimedMap['项目管理'],
    'work.center': claimedMap[C], 'work.coverage': claimedMap[V], 'work.upward': claimedMap[U], 'work.training': claimedMap['电商人才培训'],
    'info.disclosure': claimedMap['信息公开'], 'info.reporting': claimedMap['数据上报'], 'promo.cases': claimedMap['案例总结'], 'promo.media': claimedMap['经验推广'],
    'fund.system': claimedMap['制度建立'], 'fund.ledger': claimedMap['资金台账'], 'fund.spending': claimedMap['资金支出'],
    'bonus.poorTraining': 0, 'bonus.tvCase': 1,
  };
  const [sp1, sp2] = county.septStations;
  const derivation = [
    'asOf: 自评明细第2行“数据截至：2021年8月31日”，即默认截止日 2021-08-31',
    'org.leadership: 自评明细序号1：县委副书记、县长任组长（主要领导），成员单位含县商务局、财政局、农业农村局、乡村振兴局 → 2',
    'org.plan: 序号2 判断分2（丰府办〔2019〕41号已正式印发）→ 2',
    'org.policy: 序号3 判断分2（丰府〔2020〕9号）→ 2',
    'org.management: 序号4 管理制度2 + 序号5 工作台账2 → 4',
    'work.center: 中心2020-11-18投入运营 ≤ 2021-08-31 → 2；≤ 2021-02-28（满6个月）→ 2；免费培训场所2、免费展示销售1、免费摄影美工1、统一推广品牌1；其他衍生增值服务“尚未开展”→ 0；产业园已整合 → 2；《产业园企业》23行，截至8月31日在园21家（丰顺县绿源生态农业电商有限公司2021.5.31退园、丰顺县韩江直播电商有限公司2021.9.10入驻，都不计）≥ 20 → 2；类型有平台、网络销售、代运营服务、物流快递、直播电商 ≥ 3 → 1；合计 2+2+2+1+1+1+0+2+2+1 = 14',
    `work.coverage: 《村居名单》132个行政村（14个社区不计入）；《站点清单》102行中截止日前挂牌、所在村在名单内的站点覆盖96个行政村（${county.dup.join('、')}各有两站只算一次；新城社区站、黄金林场服务点不在行政村名单；${sp1}2021-09-06、${sp2}2021.9.8挂牌在截止日后）→ 96/132 = 72.7% ≥ 70% → 5；省定贫困村24个，截止日前有站点23个（${sp1}的站9月才挂牌）→ 23/24 = 95.8%，在80%–100%之间 → 3；合计 8（自评10）`,
    `work.upward: 网销调研判断2 + 网络促销判断2 + 第三方运营服务商（客都电商）1 + 快递覆盖0（村居名单有“快递是否进村”栏，${noExpress.name}填“否（快递只到镇上）”，自评“100%”与名单矛盾，以名单为准）+ 交易标准/冷链溯源判断1 + 农村网络零售额 24.35亿/18.62亿 − 1 = 30.8% ≥ 30% → 2；合计 8（自评9）`,
    'work.training: 培训台账第1—17期（截止日前）人次 212+186+245+268+86+231+198+516+92+224+265+237+78+219+666+276+296 = 4,295（第18期2021.9.9的580人次和合计行4,875不计；《贫困户参训名单》人次已含在台账“其中”栏，不另加）；基数 min(477,700, 500,000) = 477,700；4,295/477,700 = 0.899%，在0.8%–1%之间 → 8；贫困人口：《贫困人口名单》60人，有劳动能力50人，去掉外出务工6人，符合条件44人；《贫困户参训名单》截止日前按身份证去重后参训的符合条件者24人（一人身份证末位小写x、一人带空格，均按同一人匹配；外出务工2人、丧失/无劳动力1人不计；第18期9月才参训的1人不计）→ 24/44 = 54.5% ≥ 50% → 10；合计 18（自评20）',
    'info.disclosure: 专栏公示创建方案、项目基本信息、建设进度并设监督举报电话 → 2；《专栏更新》2020年9月—2021年8月中缺2021年2月（1—2月进度3月12日才发）→ 不定时 1；合计 3（自评4）',
    'info.reporting: 《月报报送》2020年9月—2021年8月每月都有报送（2021.9.8那条在截止日后）→ 3；月报附电商扶贫统计表（填“是”）→ 3；合计 6',
    'promo.cases: 《经验材料》2020.12.15、2021-06-10报送梅州市商务局（2021.9.3那篇在截止日后）→ 2',
    'promo.media: 截止日前的报道有省级（南方日报、南方+、广东广播电视台珠江频道）→ 4，市级（梅州日报、梅州广播电视台）→ 3，县级（丰顺电视台、丰顺发布）→ 1；4+3+1 = 8（CCTV-17 2021.9.6在截止日后）',
    'fund.system: 序号32 判断分5（丰商〔2020〕6号）→ 5',
    'fund.ledger: 序号33 判断分4 → 4',
    'fund.spending: 《资金拨付》截止日前15笔合计 4,126,500元（含2021.4.28收回多付款 −12,000元；2021.9.14的280,000元和合计行4,406,500不计）÷ 下达5,000,000元 = 82.5% ≥ 70% → 取判断分（及时拨付）4 → 4',
    'bonus.poorTraining: 贫困人口培训率 54.5% < 70% → 0',
    'bonus.tvCase: 广东广播电视台珠江频道《今日关注》2021-04-16播出的电商扶贫典型案例（省级电视）→ 1；CCTV-17 2021.9.6在截止日后不计 → 1',
    'veto.incident: 自评“未发生”安全生产、质量事故或重大损失 → 不否决（0）',
    'veto.progress: 总体进度约92% ≥ 40% → 不否决（0）',
    'veto.fraud: 自评“无”弄虚作假 → 不否决（0）',
    'total: 15个评分项 2+2+2+4+14+8+8+18+3+6+2+8+5+4+4 = 90，加分 0+1 = 1，合计 91（自评总计97）',
  ];
  const obj = {
    description: '丰顺县（梅州）商务局电商股的整本考评工作簿（12个表），中上（91分，含加分1分，未否决；自评总计97分）。事实表《自评明细》是各股室分头写后合并、再用Excel“分类汇总”做出来的：表头上方两行“说明”句子给常住人口、户籍人口、镇村数；主体为 序号|评价指标|评分项|完成情况（截至2021年8月31日）|分项分|佐证/备注，因为按“评价指标”排过序，指标不再是省表顺序而是拼音顺序（案例总结、电商人才培训、方案制定、服务体系建设（村级站点）、服务体系建设（县级中心）、加分项、经验推广…组织领导），序号也随之打乱；每组后面是分类汇总自动生成的“××汇总”行（即该指标自评分），末行“总计”97；事实都写在“完成情况”的句子里，判断项的分在“分项分”栏，一票否决三行分项分为“—”。台账：村居名单（镇纵向合并，类别行政村/社区，快递栏一村“否”）、站点清单（102行，同村两站、社区站、林场服务点、9月两站）、按期次的培训台账（两期线上“在线516”等文本，合计行含9月）、贫困户参训名单（人次已计入台账，不另加；小写x、带空格）、贫困人口名单（普通/技能/无/丧失劳动力，县外/省外务工）、产业园企业、资金拨付（红字冲销、千分位文本、9月尾款、合计行）、月报、专栏更新（缺2021年2月）、宣传报道、经验材料。陷阱：户籍人口73.2万；自评覆盖98个村、24个贫困村全覆盖、培训4,875人次、参训27人、快递100%、专栏按月更新，均被台账推翻；CCTV-17在截止日后。',
    sheets: sheets.map((s) => s.json()),
    expect: { asOf: CUT, total: 91, bonus: 1, vetoed: false, points, claimed },
    derivation,
  };
  write('counties', 'b63-c1-fengshun.json', obj);
}


// ======================================================================
// FACTS 1: 连平县 — 考评数据调节表（仿《银行存款余额调节表》）
// ======================================================================
function factsLianping() {
  const sh = new Sheet('数据调节表');
  const W = 7; // A..G
  const full = (text) => { const r = sh.add([text]); sh.merge(r, 0, r, W - 1); return r; };
  full('连平县电子商务进农村综合示范创建考评数据调节表');
  { const r = sh.add(['编制单位：连平县科工商务局（电商股）', null, null, null, '考评截止日期：2021年8月31日']); sh.merge(r, 0, r, 2); sh.merge(r, 4, r, 6); }
  sh.add(['县（区）', '连平县', null, null, '编制日期', D('2021-09-06')]);
  full('说明：省考评系统中的数据（简称“系统数”）由市商务局按季度汇总录入，最近一次录入截至2021年6月30日；我局各本台账（简称“台账数”）登记到2021年9月10日。两者时点和口径不同，本表仿照《银行存款余额调节表》，左边从台账数、右边从系统数出发，分别加减未达事项，两边“调节后余额”相等的，即为本次上报数。');
  sh.blank();
  full('一、需要调节的数据');
  let line = 0;
  const block = (title, left, right, result, note) => {
    full(title);
    sh.add(['行次', '台账方', '数额', null, '系统方', '数额', '备注']);
    const n = Math.max(left.length, right.length);
    for (let i = 0; i < n; i++) {
      line++;
      const L = left[i] || [null, null], R = right[i] || [null, null];
      sh.add([line, L[0], L[1], null, R[0], R[1], L[2] || R[2] || null]);
    }
    line++;
    sh.add([line, '调节后余额', result, null, '调节后余额', result, note || '＝本次上报数']);
  };
  block('（一）电商培训人次（单位：人次）',
    [['台账数（截至2021年9月10日，第1—18期）', 5170], ['减：第18期（2021年9月8日举办，截止日后）', 480]],
    [['系统数（截至2021年6月30日录入）', 3612], ['加：7—8月第15—17期（系统未录入）', 886], ['加：2021年5月线上直播培训（漏录）', 312], ['减：第9期重复录入', 120]],
    4690);
  block('（二）参加培训的建档立卡贫困人口（单位：人，按身份证号去重）',
    [['台账数（贫困户参训名单，截至9月10日）', 231], ['减：9月专场新参训人员', 11], ['减：外出务工人员参训（不属培训对象）', 8]],
    [['系统数（截至2021年6月30日）', 198], ['加：7—8月专场新增参训人员', 28], ['减：一人多次参训的重复计数', 14]],
    212);
  block('（三）有劳动能力的建档立卡贫困人口（单位：人，不含外出务工人员）',
    [['县乡村振兴局2021年8月动态调整数', 449]],
    [['系统数（2020年底数）', 486], ['减：2021年新增外出务工', 58], ['加：外出务工返乡在家', 21]],
    449);
  block('（四）累计拨付省级专项资金（单位：元）',
    [['资金台账累计拨付（截至2021年9月10日）', '4,291,600.00'], ['减：2021年9月3日拨付站点建设尾款（截止日后）', '280,000.00']],
    [['系统数（截至2021年6月30日）', '3,285,000.00'], ['加：7月拨付', '420,000.00'], ['加：8月拨付', '318,600.00'], ['减：5月收回多付款（系统未冲减）', '12,000.00']],
    '4,011,600.00');
  block('（五）2020年农村网络零售额（单位：万元）',
    [['县商务局统计数（含平台补充统计）', 163760]],
    [['系统数（商务大数据快报）', 151300], ['加：拼多多、抖音等平台补充统计', 12460]],
    163760, '＝本次上报数；同比增长32.2%');
  sh.blank();
  full('二、无需调节的数据（系统数与台账数一致）');
  sh.add(['行次', '项目', '单位', '系统数', '台账数', '核对', '备注']);
  const same = [
    ['常住人口', '万人', 32.56, 32.56, '一致', '第七次全国人口普查'],
    ['行政村数', '个', 162, 162, '一致', '另有社区11个，不含'],
    ['省定贫困村数', '个', 32, 32, '一致', null],
    ['下达省级专项资金', '万元', 500, 500, '一致', null],
    ['2019年农村网络零售额', '万元', '123,850', '123,850', '一致', null],
    ['县级电子商务公共服务中心投入运营时间', '—', '2020.10.30', '2020.10.30', '一致', null],
  ];
  for (const s of same) { line++; sh.add([line, ...s]); }
  sh.blank();
  full('三、定性事项（不涉及调节）');
  sh.add(['行次', '事项', '情况']);
  const qual = [
    ['领导小组组长', '县委副书记、县长'],
    ['成员单位', '县科工商务局、财政局、农业农村局、乡村振兴局、交通运输局、市场监管局、邮政分公司'],
    ['示范县工作方案', '已正式印发（连府办〔2019〕62号）'],
    ['支持农村电商发展的政策', '已出台（连府〔2020〕15号）'],
    ['中心免费培训场所、培训设备', '有'],
    ['中心免费展示、销售农特产品', '有'],
    ['中心摄影、美工服务', '有，按成本价收费（不免费）'],
    ['农产品统一推广、品牌建设', '有（“连平鹰嘴桃”区域公共品牌）'],
    ['其他衍生增值服务', '有（代办营业执照、对接金融机构）'],
    ['电商产业园', '已整合（县电商产业园，原县创业园）'],
    ['第三方电商运营服务商', '有'],
    ['行政村物流快递覆盖', '98.1%（3个村未通，未达100%）'],
    ['专栏公示创建方案', '是'],
    ['专栏公示项目基本信息', '是'],
    ['专栏公示项目建设进度', '是'],
    ['专栏征求意见或监督举报窗口', '有（监督举报电话）'],
    ['能否统计电商扶贫情况', '能（月报附电商扶贫统计表）'],
    ['专项资金管理制度', '已制定'],
    ['专项资金专用台账', '已建立'],
    ['项目总体进度', '91%'],
    ['安全生产、质量事故或重大损失', '无'],
    ['弄虚作假', '无'],
  ];
  for (const q of qual) { line++; const r = sh.add([line, q[0], q[1]]); sh.merge(r, 2, r, 6); }
  sh.blank();
  full('四、主观评分项自评（不涉及调节）');
  sh.add(['行次', '评分项', '自评分']);
  const judged = [['方案制定（1-2分）', 2], ['政策支持（1-2分）', 1], ['项目管理制度（1-2分）', 2], ['工作台账（1-2分）', 2], ['网销调研（1-2分）', 2], ['网络促销活动（1-2分）', 1], ['交易标准、冷链溯源（1-2分）', 1], ['资金管理制度（1-5分）', 4], ['资金台账（1-5分）', 5], ['资金及时拨付（1-5分）', 4]];
  for (const j of judged) { line++; sh.add([line, j[0], j[1]]); }
  sh.blank();
  full('编制：何××　　　复核：李××　　　股室负责人：温××');
  write('facts', 'b63-f1-lianping.json', {
    description: '连平县（河源）科工商务局电商股财务出身的经办人做的《考评数据调节表》，仿《银行存款余额调节表》：每个要调节的数据一块，左“台账方”从台账数（登记到2021年9月10日）出发、右“系统方”从省考评系统数（截至6月30日录入）出发，各自列“加：…”“减：…”未达事项（数额一律写正数，加减只在标签里），两边“调节后余额”相等即为上报数——培训人次左5,170右3,612调节后4,690、参训贫困人口231/198→212、有劳动能力贫困人口449/486→449、累计拨付“4,291,600.00”/“3,285,000.00”→“4,011,600.00”、2020年农村网零163,760/151,300→163,760万元（备注“同比增长32.2%”）；二、无需调节的数据（系统数|台账数两栏相同，万人、万元在单位栏）；三、定性事项两列（摄影美工“有，按成本价收费（不免费）”、快递“98.1%（3个村未通）”）；四、主观评分项自评。陷阱：调节前的台账数和系统数都不是上报数；“编制日期”不是截止日；社区11个不含在行政村内。',
    sheets: [sh.json()],
    expect: {
      facts: {
        county: '连平县', asOf: '2021-08-31', residentPopulation: 325600, adminVillagesStated: 162, poorVillagesStated: 32,
        fundAllocated: 5000000, ruralRetail2019: 1238500000, ruralRetail2020: 1637600000, ruralRetailGrowthStated: 0.322,
        centerOpened: '2020-10-30', trainingPersonTimesStated: 4690, trainedPoorPersonsStated: 212, eligiblePoorPersonsStated: 449,
        fundSpentStated: 4011600, planIssued: true, policyIssued: true, centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.91, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        'org.plan': 2, 'org.policy': 1, 'org.management.system': 2, 'org.management.ledger': 2,
        'work.upward.research': 2, 'work.upward.promotion': 1, 'work.upward.standards': 1,
        'fund.system': 4, 'fund.ledger': 5, 'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  });
}

// ======================================================================
// FACTS 2: 南雄市 — Excel“方案管理器”生成的《方案摘要》
// ======================================================================
function factsNanxiong() {
  const sh = new Sheet('方案摘要');
  sh.add([]);
  sh.add([null, '方案摘要']);
  sh.add([null, null, null, '当前值:', '报省口径（截至8月31日）', '含9月上旬数据', '按户籍人口测算']);
  sh.add([null, null, null, null, '创建者 黄××　日期 2021/9/2', '创建者 黄××　日期 2021/9/2', '创建者 黄××　日期 2021/9/3']);
  sh.add([null, '可变单元格:']);
  const vars = [
    ['常住人口_万人', 33.52, 33.52, 33.52, 48.6],
    ['行政村数_个', 216, 216, 216, 216],
    ['省定贫困村数_个', 30, 30, 30, 30],
    ['有站点行政村_个', 158, 158, 159, 158],
    ['有站点贫困村_个', 30, 30, 30, 30],
    ['培训人次', 3418, 3418, 3718, 3418],
    ['参训贫困人口_人', 156, 156, 163, 156],
    ['有劳力未外出贫困人口_人', 302, 302, 302, 302],
    ['入驻企业_家', 21, 21, 22, 21],
    ['下达资金_元', 5000000, 5000000, 5000000, 5000000],
    ['累计拨付_元', 4236800, 4236800, 4516800, 4236800],
    ['农村网零2019_亿元', 6.85, 6.85, 6.85, 6.85],
    ['农村网零2020_亿元', 8.97, 8.97, 8.97, 8.97],
  ];
  for (const v of vars) sh.add([null, null, ...v]);
  sh.add([null, '结果单元格:']);
  const res = [
    ['培训人次占比', 3418 / 335200, 3418 / 335200, 3718 / 335200, 3418 / 486000],
    ['行政村覆盖率', 158 / 200, 158 / 200, 159 / 200, 158 / 200],
    ['贫困村覆盖率', 1, 1, 1, 1],
    ['贫困人口培训率', 156 / 302, 156 / 302, 163 / 302, 156 / 302],
    ['资金支出率', 4236800 / 5000000, 4236800 / 5000000, 4516800 / 5000000, 4236800 / 5000000],
    ['测算总分', 92, 92, 92, 88],
  ].map((r) => r.map((x) => typeof x === 'number' && x < 1.5 && x !== 1 ? Math.round(x * 10000) / 10000 : x));
  for (const v of res) sh.add([null, null, ...v]);
  sh.add([null, '注释: “当前值”这一列表示的是在']);
  sh.add([null, '建立方案汇总时，可变单元格的值。']);
  sh.add([null, '每组方案的可变单元格均以灰色底纹突出显示。']);
  sh.add([]);
  { const r = sh.add([null, '经办人补注：1.上报省考评系统的数据一律用“报省口径（截至8月31日）”一列（当前值即报省口径）；“含9月上旬数据”是测算9月新办培训班、9月新建站点和9月拨付的影响，“按户籍人口测算”是市局电话询问时做的对比，均不上报。2.可变单元格名称后缀为单位（_万人、_元、_亿元）。3.下列事项不参与测算，直接填报：']); sh.merge(r, 1, r, 6); }
  { const r = sh.add([null, '事项', '填报内容']); sh.merge(r, 2, r, 6); }
  const rows = [
    ['县（市、区）', '南雄市'],
    ['考评截止日期', D('2021-08-31')],
    ['领导小组组长', '市委副书记、市长'],
    ['领导小组成员单位', '市商务局、财政局、农业农村局、乡村振兴局、市场监管局、交通运输局、邮政分公司'],
    ['示范县工作方案', '已正式印发'],
    ['支持农村电商发展政策', '已出台'],
    ['公共服务中心投入运营时间', '2020年6月18日'],
    ['免费培训场所和设备', '有'],
    ['免费展示、销售农特产品', '有'],
    ['免费摄影、美工', '有'],
    ['农产品统一推广、品牌建设', '有'],
    ['其他衍生增值服务', '暂无'],
    ['电商产业园', '已建设'],
    ['第三方电商运营服务商', '有'],
    ['行政村物流快递覆盖率100%', '是'],
    ['专栏：创建方案', '已公示'],
    ['专栏：项目基本信息', '已公示'],
    ['专栏：建设进度', '已公示'],
    ['专栏：征求意见/监督举报窗口', '未设置'],
    ['能统计电商扶贫情况', '能'],
    ['资金管理制度', '已制定'],
    ['资金专用台账', '已建立'],
    ['项目总体进度', '93%'],
    ['安全生产、质量事故或重大损失', '未发生'],
    ['弄虚作假', '无'],
    ['自评：方案制定', '2分'],
    ['自评：政策支持', '2分'],
    ['自评：项目管理制度', '2分'],
    ['自评：工作台账', '1分'],
    ['自评：网销调研', '2分'],
    ['自评：网络促销活动', '2分'],
    ['自评：交易标准与冷链溯源', '1分'],
    ['自评：资金管理制度', '5分'],
    ['自评：资金台账', '4分'],
    ['自评：资金及时拨付', '4分'],
  ];
  for (const x of rows) { const r = sh.add([null, x[0], x[1]]); sh.merge(r, 2, r, 6); }
  write('facts', 'b63-f2-nanxiong.json', {
    description: '南雄市（韶关）商务局电商股经办人用Excel“数据—模拟分析—方案管理器”测算考评得分后生成的《方案摘要》工作表原样交来：B2“方案摘要”，第3行“当前值:”和三个方案名（报省口径（截至8月31日）|含9月上旬数据|按户籍人口测算），第4行是方案批注“创建者 黄××　日期 2021/9/2”，“可变单元格:”下面是定义名称（常住人口_万人、培训人次、参训贫困人口_人、有劳力未外出贫困人口_人、累计拨付_元、农村网零2019_亿元…，单位只在名称后缀里）和各方案的值，“结果单元格:”下是公式结果（培训人次占比、覆盖率、培训率、支出率、测算总分，都不是输入），再下是Excel自动生成的三行“注释: “当前值”这一列…”；表尾经办人补注写明上报一律用“报省口径”一列，并附不参与测算的事项|填报内容小表（县名、截止日期真日期、组长、成员单位、中心运营日期、是否项、判断项“2分”）。陷阱：“按户籍人口测算”方案的48.6万是户籍人口；“含9月上旬数据”的3,718人次、163人、4,516,800元不上报；有站点行政村、入驻企业数不是事实项；监督举报窗口“未设置”、其他增值服务“暂无”。',
    sheets: [sh.json()],
    expect: {
      facts: {
        county: '南雄市', asOf: '2021-08-31', residentPopulation: 335200, adminVillagesStated: 216, poorVillagesStated: 30,
        trainingPersonTimesStated: 3418, trainedPoorPersonsStated: 156, eligiblePoorPersonsStated: 302,
        fundAllocated: 5000000, fundSpentStated: 4236800, ruralRetail2019: 685000000, ruralRetail2020: 897000000,
        planIssued: true, policyIssued: true, centerOpened: '2020-06-18', centerFreeTraining: true, centerDisplay: true,
        centerPhoto: true, centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false,
        povertyStatisticsStated: true, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.93,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        'org.plan': 2, 'org.policy': 2, 'org.management.system': 2, 'org.management.ledger': 1,
        'work.upward.research': 2, 'work.upward.promotion': 2, 'work.upward.standards': 1,
        'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  });
}

// ======================================================================
// LEDGER 1: 丰顺县 — 各镇报送的培训签到表汇编（镇里原表格式照录）
// ======================================================================
function ledgerFengshunTraining() {
  const AREA = '441423';
  const idG = makeIdGen(AREA, 6401); const nm = makeNameGen(6402); const r = makeRng(6403);
  const sh = new Sheet('镇报签到汇编');
  const W = 8;
  const full = (t) => { const x = sh.add([t]); sh.merge(x, 0, x, W - 1); return x; };
  const recs = [];
  const sex = (id) => ((+id[16]) % 2 ? '男' : '女');
  full('丰顺县农村电商“送培训下乡”各镇签到表汇编');
  full('说明：县电子商务公共服务中心派讲师到各镇授课，各镇自行组织签到并报送签到表；电商股按收到先后、照各镇原表的格式录入，未作统一。人次以签到为准，请假、缺席的不计。');
  sh.blank();

  // 1. 汤坑镇
  full('【汤坑镇】第1期　培训时间：2020年10月22日（星期' + weekdayCn('2020-10-22') + '）上午　地点：镇政府三楼会议室　报送：镇经济发展办 刘××');
  sh.add(['序号', '姓名', '性别', '身份证号码', '所在村（居）', '联系电话', '签名']);
  const tk = ['东联村', '新楼村', '金坑村', '上围村', '龙岭村', '新城社区'];
  for (let i = 0; i < 10; i++) {
    const id = idG({ x: i === 6 });
    const written = i === 6 ? id.slice(0, 17) + 'x' : id;
    sh.add([i + 1, nm(), sex(id), written, tk[i % tk.length], phone(r), '（已签）']);
    recs.push({ date: '2020-10-22', personTimes: 1, id });
  }
  full('以下空白');
  full('本期签到10人　　　　记录：刘××');
  sh.blank();

  // 2. 丰良镇 — date per row, two-digit year
  full('【丰良镇】电商培训签到表（镇文化站）　报送：丰良镇农业农村办');
  sh.add(['序号', '培训日期', '姓名', '身份证号', '村别', '备注']);
  const fl = ['丰溪村', '埔心村', '溪背村', '丰良社区'];
  for (let i = 0; i < 9; i++) {
    const id = idG({});
    const leave = i === 4;
    const written = i === 2 ? spaced(id) : id;
    sh.add([i + 1, '20.11.19', nm(), written, fl[i % fl.length], leave ? '请假，未到' : null]);
    if (!leave) recs.push({ date: '2020-11-19', personTimes: 1, id });
  }
  full('实到8人，请假1人。');
  sh.blank();

  // 3. 潭江镇 — two-day class, tick per day
  full('【潭江镇】电商技能提升班签到表　培训时间：2020年12月16日—17日（两天）　地点：潭江镇政府会议室');
  const h1 = sh.add(['序号', '姓名', '身份证号码', '所在村', '签到', null, '备注']);
  const h2 = sh.add([null, null, null, null, '16日', '17日', null]);
  for (const c of [0, 1, 2, 3, 6]) sh.merge(h1, c, h2, c);
  sh.merge(h1, 4, h1, 5);
  const tj = ['石坑村', '罗坑村', '马图村', '潭江社区'];
  const marks = [['√', '√'], ['√', '√'], ['√', '请假'], ['缺', '缺'], ['√', '√'], ['×', '√'], ['√', '√'], ['√', '√']];
  marks.forEach((m, i) => {
    const id = idG({});
    const absent = m.every((x) => x !== '√');
    sh.add([i + 1, nm(), id, tj[i % tj.length], m[0], m[1], absent ? '两天均未到' : (m.includes('请假') ? '17日请假' : null)]);
    if (!absent) recs.push({ date: '2020-12-17', personTimes: 1, id });
  });
  full('注：两天班每人计1人次。实到7人。');
  sh.blank();

  // 4. 留隍镇 — masked IDs, date in block header as text
  full('【留隍镇】第4期　2021.3.25　留隍镇政府会议室（按镇里要求，签到表隐去身份证号中间8位）');
  sh.add(['序号', '姓名', '身份证号（隐去中间8位）', '村（居）', '手机号']);
  const lh = ['彭田村', '苏田村', '黄花村', '留隍社区', '东山社区'];
  for (let i = 0; i < 8; i++) {
    const id = idG({});
    const masked = id.slice(0, 6) + '********' + id.slice(14);
    sh.add([i + 1, nm(), masked, lh[i % lh.length], phone(r)]);
    recs.push({ date: '2021-03-25', personTimes: 1, id: masked });
  }
  sh.blank();

  // 5. 砂田镇 — not held
  full('【砂田镇】2021年1月');
  full('因疫情防控要求，本镇原定2021年1月21日举办的电商培训取消，未组织，无签到表。');
  sh.blank();

  // 6. 汤南镇 — only a head count
  full('【汤南镇】电商直播带货培训　2021年4月22日　汤南镇政府');
  full('签到表原件存镇党政办档案室，现报参训情况：实到56人（其中建档立卡贫困户9人），名单略。');
  recs.push({ date: '2021-04-22', personTimes: 56, id: null });
  sh.blank();

  // 7. 北斗镇 — village first, scan sign-in time
  full('【北斗镇】第7期电商培训签到（扫码签到后台导出）');
  sh.add(['村名', '姓名', '身份证号', '签到时间', '备注']);
  const bd = ['三联村', '四望村', '五丰村', '北斗社区'];
  const times = ['8:41', '8:44', '8:47', '8:52', '8:55', '9:03', '9:10', '14:05', '14:12'];
  for (let i = 0; i < 9; i++) {
    const id = idG({});
    const noId = i === 5;
    sh.add([bd[i % bd.length], nm(), noId ? '（未带身份证）' : id, `2021/5/20 ${times[i]}`, i === 7 ? '下午补签' : null]);
    recs.push({ date: '2021-05-20', personTimes: 1, id: noId ? null : id });
  }
  sh.blank();

  // 8. 建桥镇 — date as label + real date cell
  full('【建桥镇】农村电商实操培训签到表');
  sh.add(['培训日期', D('2021-06-17'), '培训地点', '建桥镇政府二楼会议室', '授课', '县电商中心 黄××']);
  sh.add(['序号', '姓名', '性别', '年龄', '身份证号', '是否贫困户']);
  for (let i = 0; i < 8; i++) {
    const id = idG({});
    const age = 2021 - (+id.slice(6, 10));
    sh.add([i + 1, nm(), sex(id), age, id, i % 3 === 0 ? '是' : '否']);
    recs.push({ date: '2021-06-17', personTimes: 1, id });
  }
  sh.blank();

  // 9. 八乡山镇 — September
  full('【八乡山镇】第9期　培训时间：2021年9月8日　地点：八乡山镇文化站');
  sh.add(['序号', '姓名', '身份证号码', '村', '签名']);
  const bx = ['龙门村', '龙泉村', '凤坪村'];
  for (let i = 0; i < 6; i++) {
    const id = idG({});
    sh.add([i + 1, nm(), id, bx[i % bx.length], '（已签）']);
    recs.push({ date: '2021-09-08', personTimes: 1, id });
  }
  sh.blank();
  full('录入：电商股 曾××　　2021年9月12日（砂田镇未组织；汤南镇只报人数）');

  // summary sheet (not a ledger)
  const s2 = new Sheet('各镇报送情况');
  s2.add(['各镇签到表报送情况（电商股核对用，人次以各镇签到表为准）']); s2.merge(1, 0, 1, 5);
  s2.add(['镇', '培训日期', '报送日期', '签到人数', '其中贫困户', '备注']);
  s2.add(['汤坑镇', '2020.10.22', '2020.10.26', 10, 2, null]);
  s2.add(['丰良镇', '2020.11.19', '2020.11.23', 8, 1, '请假1人']);
  s2.add(['潭江镇', '2020.12.16-17', '2020.12.21', 7, 2, '两天班']);
  s2.add(['留隍镇', '2021.3.25', '2021.3.29', 8, 0, '身份证隐去中间8位']);
  s2.add(['砂田镇', '—', '—', 0, 0, '未组织']);
  s2.add(['汤南镇', '2021.4.22', '2021.4.27', 56, 9, '只报人数']);
  s2.add(['北斗镇', '2021.5.20', '2021.5.21', 9, 1, null]);
  s2.add(['建桥镇', '2021.6.17', '2021.6.21', 8, 3, null]);
  s2.add(['八乡山镇', '2021.9.8', '2021.9.10', 6, 0, null]);
  s2.add(['合计', null, null, 112, 18, null]);
  assert(recs.reduce((a, x) => a + x.personTimes, 0) === 112, 'L1 sum 112');

  write('ledgers', 'b63-l1-fengshun.json', {
    description: '丰顺县（梅州）商务局电商股把各镇报来的“送培训下乡”签到表按收到先后照原样录进一张表：每镇一块，块头一行整行合并写镇名、期次、日期、地点（“【汤坑镇】第1期　培训时间：2020年10月22日（星期四）上午…”），下面是该镇自己的表头，各镇列名、列序、列数都不同——汤坑镇 序号|姓名|性别|身份证号码|所在村（居）|联系电话|签名（一人末位小写x）；丰良镇日期写在每行“培训日期”栏（两位年份“20.11.19”），一人“请假，未到”不是记录，一人身份证分段带空格；潭江镇两天班两行表头（“签到”合并在16日|17日之上），每人按1人次、日期取结束日17日，“缺｜缺”的一人不是记录；留隍镇日期“2021.3.25”只在块头，身份证隐去中间8位（照写）；砂田镇只有“未组织”一行；汤南镇没报名单，只有一句“实到56人（其中建档立卡贫困户9人）”，按一期56人次记一条（id为null）；北斗镇村名在前、日期只在扫码“签到时间”“2021/5/20 8:52”里，一人“（未带身份证）”（id为null）；建桥镇日期是块里“培训日期”标签右边的真日期格；八乡山镇2021年9月8日在截止日后照列。块尾“以下空白”“本期签到10人”“实到8人，请假1人。”、注、录入行不是记录。另一张《各镇报送情况》是电商股核对用的汇总（不是台账）。',
    sheets: [sh.json(), s2.json()],
    expect: { sheets: { '镇报签到汇编': { kind: 'training', records: recs }, '各镇报送情况': { kind: null } } },
  });
}

// ======================================================================
// LEDGER 2: 大埔县 — 承建单位收款确认函汇编（当资金台账）
// ======================================================================
function ledgerDabuFunds() {
  const sh = new Sheet('收款确认函汇编');
  const W = 6;
  const full = (t) => { const x = sh.add([t]); sh.merge(x, 0, x, W - 1); return x; };
  const recs = [];
  full('大埔县省级电子商务进农村综合示范项目承建单位收款确认函（汇编）');
  full('说明：为核对专项资金拨付情况，我局于2021年9月6日请各承建单位对已收到的项目款出具确认函，现将回函内容逐份录入（各单位格式不一，照原样）。');
  sh.blank();
  const letter = (no, unit, project, contract, tableHead, rows, tail, sealDate) => {
    full(`确认函（${no}）`);
    full('致：大埔县商务局');
    full(`我单位承建的大埔县省级电子商务进农村综合示范项目（${project}），合同金额${contract}元。经核对，截至2021年9月10日，我单位已收到贵局拨付的项目资金如下：`);
    sh.add(tableHead);
    for (const r of rows) sh.add(r.cells);
    for (const t of tail) sh.add(t);
    full('以上情况属实，特此确认。');
    { const x = sh.add([null, null, null, `${unit}（盖章）`]); sh.merge(x, 3, x, 5); }
    { const x = sh.add([null, null, null, sealDate]); sh.merge(x, 3, x, 5); }
    sh.blank();
    for (const r of rows) if (r.rec) recs.push(r.rec);
  };
  letter('一', '梅州市埔商电子商务有限公司', '县级电子商务公共服务中心建设及运营', '1,280,000.00',
    ['序号', '收款日期', '金额（元）', '款项性质', '收据号'],
    [
      { cells: [1, D('2020-07-10'), 384000, '首付款（30%）', 'No.0012851'], rec: { date: '2020-07-10', amount: 384000 } },
      { cells: [2, '2020.12.28', 512000, '进度款（40%）', 'No.0012907'], rec: { date: '2020-12-28', amount: 512000 } },
      { cells: [3, '2021年6月18日', 320000, '验收款（25%）', 'No.0013022'], rec: { date: '2021-06-18', amount: 320000 } },
      { cells: [4, '—', 64000, '质保金（5%，未到期，尚未收到）', '—'] },
    ],
    [['已收合计', null, 1216000, null, null]], '2021年9月10日');
  letter('二', '中国邮政集团有限公司广东省大埔县分公司', '县乡村三级物流配送体系建设', '960,000.00',
    ['到账日期', '摘要', '到账金额（万元）', '备注'],
    [
      { cells: ['2020.8.14', '预付款', 28.8, null], rec: { date: '2020-08-14', amount: 288000 } },
      { cells: ['2020.11.6', '进度款', 38.4, null], rec: { date: '2020-11-06', amount: 384000 } },
      { cells: ['2021.3.9', '进度款', 19.2, null], rec: { date: '2021-03-09', amount: 192000 } },
      { cells: ['2021.9.3', '尾款（已扣质保金）', 4.8, null], rec: { date: '2021-09-03', amount: 48000 } },
    ],
    [['合计', null, 91.2, '（单位：万元）']], '2021年9月9日');
  letter('三', '广东粤梅农村电商服务有限公司', '村级电子商务服务站点建设', '1,450,000.00',
    ['日期', '银行回单号', '收款金额', '备注'],
    [
      { cells: ['2020/9/22', 'HD20200922-0417', '435,000.00', null], rec: { date: '2020-09-22', amount: 435000 } },
      { cells: ['2020年12月', '（回单遗失）', '290,000.00', '按入账月份登记'], rec: { date: '2020-12', amount: 290000 } },
      { cells: ['2021.3.30', 'HD20210330-0122', '362,500.00', null], rec: { date: '2021-03-30', amount: 362500 } },
      { cells: ['2021.4.28', 'HD20210428-0309', '-12,000.00', '退回贵局多付款（红字）'], rec: { date: '2021-04-28', amount: -12000 } },
      { cells: ['2021.7.20', 'HD20210720-0056', '290,000.00', null], rec: { date: '2021-07-20', amount: 290000 } },
      { cells: ['2021.8.16', 'HD20210816-0233', '58,000.00', '县级配套资金（非省级专项资金），仅作说明'] },
    ],
    [['省级专项资金小计', null, '1,365,500.00', null], ['含县级配套合计', null, '1,423,500.00', null]], '2021年9月10日');
  letter('四', '大埔县职业技术学校', '电子商务人才培训服务', '360,000.00',
    ['付款时间', '金额', '用途'],
    [
      { cells: [cnDate('2020-10-26'), '108,000元', '培训服务首期款'], rec: { date: '2020-10-26', amount: 108000 } },
      { cells: [cnDate('2021-03-26'), '144,000元', '培训服务二期款'], rec: { date: '2021-03-26', amount: 144000 } },
      { cells: [cnDate('2021-08-20'), '72,000元', '培训服务尾款'], rec: { date: '2021-08-20', amount: 72000 } },
    ],
    [['合计', '叁拾贰万肆仟元整（¥324,000.00）', null]], cnDate('2021-09-08'));
  letter('五', '梅州市客韵网络科技有限公司', '农产品品牌培育及网络推广', '680,000.00',
    ['序号', '付款日期', '金额（元）', '说明'],
    [
      { cells: [1, D('2020-11-18'), 204000, '首付款'], rec: { date: '2020-11-18', amount: 204000 } },
      { cells: [2, '21.5.12', 272000, '进度款'], rec: { date: '2021-05-12', amount: 272000 } },
      { cells: [3, '—', 204000, '余款，待项目终验后支付（未收）'] },
    ],
    [], '2021年9月10日');
  full('录入：电商股 罗××　　核对：财务室 张××');
  const sum = recs.filter((x) => x.date <= CUT).reduce((a, x) => a + x.amount, 0);
  assert(sum === 4245500, 'L2 sum ' + sum);

  const s2 = new Sheet('核对汇总');
  s2.add(['承建单位回函与我局资金台账核对汇总（截至2021年9月10日，单位：元）']); s2.merge(1, 0, 1, 5);
  s2.add(['承建单位', '合同金额', '局资金台账已拨付', '单位确认已收', '差异', '说明']);
  s2.add(['梅州市埔商电子商务有限公司', 1280000, 1216000, 1216000, 0, null]);
  s2.add(['中国邮政集团有限公司广东省大埔县分公司', 960000, 912000, 912000, 0, null]);
  s2.add(['广东粤梅农村电商服务有限公司', 1450000, 1365500, 1365500, 0, '县级配套5.8万元另账核算']);
  s2.add(['大埔县职业技术学校', 360000, 324000, 324000, 0, null]);
  s2.add(['梅州市客韵网络科技有限公司', 680000, 476000, 476000, 0, null]);
  s2.add(['合计', 4730000, 4293500, 4293500, 0, null]);
  write('ledgers', 'b63-l2-dabu.json', {
    description: '大埔县（梅州）商务局核对专项资金时，请五家承建单位对已收项目款出具确认函，电商股把回函逐份录进一张表当资金台账交：每份一块——“确认函（一）”、“致：大埔县商务局”、一段正文（合同金额“1,280,000.00元”在句子里，不是拨付）、各单位自己的收款小表、合计行、“以上情况属实，特此确认。”、落款单位（盖章）和回函日期（不是拨付日期），块间空行。各块表头、列序、单位都不同：（一）序号|收款日期|金额（元）|款项性质|收据号，第4行质保金“未到期，尚未收到”（日期“—”）不是拨付；（二）邮政分公司 到账日期|摘要|到账金额（万元），28.8等要乘1万，2021.9.3尾款在截止日后照列；（三）日期|银行回单号|收款金额|备注，“2020年12月”只到月（回单遗失），“-12,000.00”是退回多付款（负数记录），2021.8.16的58,000.00是县级配套资金（备注写明非省级专项）不是记录；（四）职业技术学校的付款时间是中文数字日期“二〇二〇年十月二十六日”，金额“108,000元”，合计写大写；（五）“21.5.12”两位年份，第3行“余款，待项目终验后支付（未收）”不是记录。records＝每笔已收到的省级专项资金，按表中顺序。另一张《核对汇总》是汇总表，不是台账。',
    sheets: [sh.json(), s2.json()],
    expect: { sheets: { '收款确认函汇编': { kind: 'funds', records: recs }, '核对汇总': { kind: null } } },
  });
}

// ======================================================================
// LEDGER 3: 德庆县 — 市局工作群月报“接龙”聊天记录 + 网站信息发布审批表
// ======================================================================
function ledgerDeqing() {
  const CITY = '肇庆市商务局电商科-陈××';
  const DQ = '德庆县商务局-梁××';
  const sender = { '端州区': '端州区商务局-林××', '鼎湖区': '鼎湖区经济促进局-何××', '高要区': '高要区商务局-冯××', '四会市': '四会市商务局-苏××', '广宁县': '广宁县商务局-江××', '怀集县': '怀集县商务局-莫××', '封开县': '封开县商务局-邓××', '德庆县': DQ };
  const sh = new Sheet('月报接龙记录');
  sh.add(['“肇庆市电商进农村工作群”月报接龙聊天记录（摘录）']); sh.merge(1, 0, 1, 2);
  sh.add(['摘录：德庆县商务局电商股 梁××　　摘录时间：2021年9月10日　　说明：市局不再另发回执，每月月报报送情况以群内接龙为准。']); sh.merge(2, 0, 2, 2);
  sh.add(['时间', '发言人', '内容']);
  const recs = [];
  const months = [
    { data: '8月份', notice: '2020-09-03 09:12:40', due: '9月10日', seq: [['四会市', '2020-09-07 10:20:13', '已报'], ['德庆县', '2020-09-08 16:42:05', '已报（含扶贫统计表）'], ['端州区', '2020-09-09 09:05:51', '已报'], ['高要区', '2020-09-09 11:30:26', '已报（含扶贫表）']] },
    { data: '9月份', notice: '2020-10-09 08:58:02', due: '10月15日', seq: [['端州区', '2020-10-12 09:16:44', '已报'], ['鼎湖区', '2020-10-12 15:02:19', '已报（附扶贫统计）'], ['德庆县', '2020-10-13 15:10:37', '已报（含扶贫统计表）'], ['怀集县', '2020-10-14 10:48:03', '已报']] },
    { data: '10月份', notice: '2020-11-03 09:30:11', due: '11月10日', seq: [['德庆县', '2020-11-06 10:02:58', '已报（含扶贫统计表）'], ['四会市', '2020-11-06 14:26:30', '已报'], ['广宁县', '2020-11-09 16:11:09', '已报（含扶贫统计表）']] },
    { data: '11月份', notice: '2020-12-02 10:05:27', due: '12月10日', pre: [['2020-12-09 17:30:15', DQ, '德庆县11月份月报还在局里审核，明天一早报。']], seq: [['封开县', '2020-12-08 11:20:40', '已报'], ['高要区', '2020-12-09 09:41:56', '已报'], ['德庆县', '2020-12-10 10:15:22', '已报']] },
    { data: '12月份', notice: '2021-01-04 09:00:31', due: '1月10日', seq: [['四会市', '2021-01-07 15:33:08', '已报（含扶贫表）'], ['德庆县', '2021-01-08 09:40:46', '已报（扶贫统计表本月无变化，未附）'], ['端州区', '2021-01-08 10:12:35', '已报']] },
    { data: '1月份', notice: '2021-02-02 09:18:45', due: '2月10日', seq: [['端州区', '2021-02-05 10:30:12', '已报'], ['四会市', '2021-02-07 09:22:50', '已报'], ['怀集县', '2021-02-08 16:45:03', '已报（含扶贫统计表）']], post: [['2021-02-10 15:20:33', CITY, '@德庆县商务局-梁×× 德庆县1月份月报还没收到，请抓紧报送。'], ['2021-02-10 15:41:09', DQ, '收到，春节后第一时间补报。']] },
    { data: '2月份', notice: '2021-03-02 09:07:16', due: '3月10日', seq: [['德庆县', '2021-03-05 11:20:18', '已报（含扶贫统计表）'], ['鼎湖区', '2021-03-08 14:05:42', '已报']] },
    { data: '3月份', notice: '2021-04-02 09:26:33', due: '4月10日', seq: [['鼎湖区', '2021-04-07 10:44:20', '已报'], ['德庆县', '2021-04-08 16:05:11', '已报（含扶贫统计表）'], ['广宁县', '2021-04-09 09:57:48', '已报']] },
    { data: '4月份', notice: '2021-05-06 09:10:02', due: '5月10日', seq: [['高要区', '2021-05-08 11:02:37', '已报'], ['广宁县', '2021-05-10 10:20:55', '已报'], ['德庆县', '2021-05-10 17:48:29', '已报（附扶贫统计表）']] },
    { data: '5月份', notice: '2021-06-02 09:33:18', due: '6月10日', seq: [['德庆县', '2021-06-07 09:33:40', '已报（含扶贫统计表）'], ['端州区', '2021-06-07 15:08:26', '已报'], ['封开县', '2021-06-08 10:16:04', '已报（含扶贫表）']] },
    { data: '6月份', notice: '2021-07-02 09:01:55', due: '7月10日', seq: [['四会市', '2021-07-06 09:48:12', '已报'], ['封开县', '2021-07-08 11:37:30', '已报'], ['德庆县', '2021-07-09 15:21:07', '已报（含扶贫统计表）']] },
    { data: '7月份', notice: '2021-08-02 09:15:40', due: '8月10日', seq: [['德庆县', '2021-08-06 10:47:33', '已报（含扶贫统计表）'], ['怀集县', '2021-08-09 16:02:51', '已报'], ['高要区', '2021-08-10 09:14:26', '已报']] },
    { data: '8月份', notice: '2021-09-01 09:20:14', due: '9月10日', seq: [['端州区', '2021-09-06 10:05:37', '已报'], ['德庆县', '2021-09-08 16:30:02', '已报（含扶贫统计表）']] },
  ];
  const povertyOf = (t) => /未附/.test(t) ? false : (/扶贫/.test(t) ? true : null);
  for (const m of months) {
    const msgs = [];
    msgs.push([m.notice, CITY, `各县（市、区）商务主管部门：请于${m.due}前报送${m.data}电子商务进农村工作月报及电商扶贫统计表（邮箱zqswdsk@163.com），报送后请在群里接龙。`]);
    const lines = [];
    for (const [c, t, st] of m.seq) {
      lines.push(`${lines.length + 1}. ${c} ${st}`);
      msgs.push([t, sender[c], `#接龙\n${m.data}月报报送\n\n${lines.join('\n')}`]);
      if (c === '德庆县') recs.push({ date: t.slice(0, 10), poverty: povertyOf(st) });
    }
    for (const p of m.pre || []) msgs.push(p);
    for (const p of m.post || []) msgs.push(p);
    msgs.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    for (const x of msgs) sh.add(x);
    if (m.data === '9月份') sh.add(['2020-10-14 11:02:16', '封开县商务局-邓××', '请问扶贫统计表还是用上个月的模板吗？']);
    if (m.data === '9月份') sh.add(['2020-10-14 11:10:48', CITY, '[文件] 电商扶贫统计表（模板）.xlsx\n用这个新模板。']);
    if (m.data === '4月份') sh.add(['2021-05-11 08:50:21', CITY, '收到，谢谢各位。']);
  }
  { const x = sh.add(['（以上按月摘录与月报有关的消息，其余闲聊、通知未摘）']); sh.merge(x, 0, x, 2); }

  // disclosures: approval forms
  const s2 = new Sheet('信息发布审批表');
  const W = 4;
  const fullB = (t) => { const x = s2.add([t]); s2.merge(x, 0, x, W - 1); return x; };
  fullB('德庆县商务局网站信息发布审批表（2020年9月—2021年9月，按编号装订录入）');
  s2.blank();
  const ZL = '德庆县人民政府门户网站→专题专栏→电子商务进农村综合示范';
  const forms = [
    ['〔2020〕31号', '德庆县电子商务进农村综合示范项目建设进度（2020年8月）', ZL, '同意发布', '2020.9.24', '已于2020年9月25日发布', '2020-09-25'],
    ['〔2020〕36号', '德庆县电子商务进农村综合示范项目建设进度（2020年9月）', ZL, '同意', '2020.10.27', '已发布　2020.10.28', '2020-10-28'],
    ['〔2020〕41号', '德庆县电子商务进农村综合示范项目基本信息公示', ZL, '同意发布', '2020年11月25日', '2020/11/26 已上网', '2020-11-26'],
    ['〔2020〕47号', '德庆县电子商务进农村综合示范项目建设进度（2020年11月）', ZL, '同意', '2020.12.23', D('2020-12-24'), '2020-12-24'],
    ['〔2021〕3号', '德庆县电子商务进农村综合示范项目建设进度（2020年12月）', ZL, '同意发布', '2021.1.21', '已于2021年1月22日发布', '2021-01-22'],
    ['〔2021〕6号', '县商务局开展春节前电商企业安全生产检查', '德庆县人民政府门户网站→部门动态', '同意', '2021.2.4', '已于2021年2月5日发布', null],
    ['〔2021〕11号', '德庆县电子商务进农村综合示范项目建设进度（2021年1—2月）', ZL, '同意发布', '2021.3.4', '已于2021年3月5日发布', '2021-03-05'],
    ['〔2021〕15号', '德庆县电子商务进农村综合示范项目建设进度（2021年3月）', ZL, '同意', '2021.4.8', '已发布（2021.4.9）', '2021-04-09'],
    ['〔2021〕19号', '德庆县电子商务进农村综合示范项目建设进度（2021年4月）', ZL, '站点数待核实，暂缓发布', '—', '未发布（并入5月进度一并发布）', null],
    ['〔2021〕24号', '德庆县电子商务进农村综合示范项目建设进度（2021年4—5月）', ZL, '同意发布', '2021.6.10', '已于2021年6月11日发布', '2021-06-11'],
    ['〔2021〕28号', '德庆县电子商务进农村综合示范项目建设进度（2021年6月）', ZL, '同意', '2021.7.7', '2021.7.8已发', '2021-07-08'],
    ['〔2021〕32号', '德庆县电子商务进农村综合示范项目建设进度（2021年7月）', ZL, '同意发布', '2021.8.5', D('2021-08-06'), '2021-08-06'],
    ['〔2021〕35号', '关于征求德庆县电子商务进农村综合示范项目验收意见的公告（附监督举报电话）', ZL, '同意发布', '2021.8.26', '已于2021年8月27日发布', '2021-08-27'],
    ['〔2021〕39号', '德庆县电子商务进农村综合示范项目建设进度（2021年8月）', ZL, '同意发布', '2021.9.9', '已于2021年9月10日发布', '2021-09-10'],
  ];
  const drecs = [];
  forms.forEach((f, k) => {
    fullB(`德庆县商务局网站信息发布审批表　　　　编号：德商网审${f[0]}`);
    { const x = s2.add(['信息标题', f[1]]); s2.merge(x, 1, x, 3); }
    { const x = s2.add(['发布网站及栏目', f[2]]); s2.merge(x, 1, x, 3); }
    s2.add(['拟稿股室', k === 5 ? '办公室' : '电商股', '拟稿人', k === 5 ? '陈××' : '黄××']);
    s2.add(['保密审查意见', '不涉密，同意公开', '审查人', '梁××']);
    s2.add(['分管领导意见', f[3], '签发日期', f[4]]);
    { const x = s2.add(['发布情况', f[5]]); s2.merge(x, 1, x, 3); }
    s2.blank();
    if (f[6]) drecs.push({ date: f[6] });
  });
  fullB('注：本表一事一单，“签发日期”为分管领导签批日期，实际上网日期以“发布情况”为准。');
  assert(recs.length === 12 && drecs.length === 12, 'L3 counts');
  write('ledgers', 'b63-l3-deqing.json', {
    description: '德庆县（肇庆）商务局电商股交的两张表：①《月报接龙记录》——肇庆市商务局不发回执，各县在“肇庆市电商进农村工作群”里接龙，经办人把微信聊天按 时间|发言人|内容 摘录进Excel（时间“2020-09-08 16:42:05”文本，内容格内换行）。每月先是市局通知（“请于9月10日前报送8月份…月报…报送后请在群里接龙”），然后各县依次发“#接龙”，每条都把前面各县的行整段重发一遍再加自己一行（“1. 四会市 已报\\n2. 德庆县 已报（含扶贫统计表）…”），所以德庆县那一行在同月后面几条里反复出现：记录＝每月德庆县这一行第一次出现的那条消息（一般是“德庆县商务局-梁××”自己发的），日期取该消息时间；后面别县重发的不是记录。2020年12月9日“还在局里审核，明天一早报”、2021年2月市局催报和“春节后第一时间补报”都不是报送（2021年2月没有记录），别县的行、市局通知、模板文件、“收到，谢谢各位。”都不是；扶贫统计看德庆县那一行括号（含/附扶贫统计表→true，“本月无变化，未附”→false，只写“已报”→null）；2021-09-08一条在截止日后照列。②《信息发布审批表》当专栏更新记录——一事一单的审批表上下叠放（表头“编号：德商网审〔2020〕31号”整行合并，信息标题、发布网站及栏目、拟稿股室|拟稿人、保密审查、分管领导意见|签发日期、发布情况各一行，块间空行），记录＝栏目为“专题专栏→电子商务进农村综合示范”且已发布的单，日期取“发布情况”里的上网日期（“已于2020年9月25日发布”“已发布　2020.10.28”“2020/11/26 已上网”、真日期、“已发布（2021.4.9）”“2021.7.8已发”），不是“签发日期”；发在“部门动态”的春节安全检查和“暂缓发布／未发布”的4月进度不是记录；2021年9月10日一单在截止日后照列。',
    sheets: [sh.json(), s2.json()],
    expect: { sheets: { '月报接龙记录': { kind: 'reports', records: recs }, '信息发布审批表': { kind: 'disclosures', records: drecs } } },
  });
}

// ======================================================================
// LEDGER 4: 吴川市 — 站点按季度累计重列的运营情况表 + Word勾选框摸底表
// ======================================================================
function ledgerWuchuan() {
  // stations: id, town, station name, village (first writing), later writing, iso, month-only?
  const S = [
    { k: 1, town: '黄坡镇', name: '黄坡村电商服务站', v: '黄坡村委会', v2: '黄坡村', iso: '2020-10-16', q: 0 },
    { k: 2, town: '黄坡镇', name: '北湾村电商服务站', v: '北湾村', iso: '2020-10-16', q: 0 },
    { k: 3, town: '王村港镇', name: '王村港村电商服务站', v: '王村港村', iso: '2020-10-28', q: 0 },
    { k: 4, town: '覃巴镇', name: '覃巴村电商服务站', v: '覃巴村', iso: '2020-11-05', q: 0 },
    { k: 5, town: '吴阳镇', name: '吴阳村电商服务站', v: '吴阳村委会', v2: '吴阳村', iso: '2020-11-05', q: 0 },
    { k: 6, town: '兰石镇', name: '兰石村电商服务站', v: '兰石村', iso: '2020-11-20', q: 0, rename: '兰石村益农电商服务站' },
    { k: 7, town: '塘㙟镇', name: '塘㙟村电商服务站', v: '塘㙟村', iso: '2020-11-20', q: 0 },
    { k: 8, town: '樟铺镇', name: '樟山村电商服务站', v: '樟山村', iso: '2020-12-03', q: 0, revoked: true },
    { k: 9, town: '长岐镇', name: '长岐村电商服务站', v: '长岐村', iso: '2020-12-03', q: 0, pauseQ: 1 },
    { k: 10, town: '浅水镇', name: '浅水村电商服务站', v: '浅水村民委员会', v2: '浅水村', iso: '2020-12-18', q: 0 },
    { k: 11, town: '振文镇', name: '振文村电商服务站', v: '振文村', iso: '2020-12-18', q: 0 },
    { k: 12, town: '梅菉街道', name: '寿康社区电商服务站', v: '寿康社区', iso: '2020-12-18', q: 0 },
    { k: 13, town: '板桥镇', name: '板桥村电商服务站', v: '板桥村', iso: '2021-01-15', q: 1 },
    { k: 14, town: '覃巴镇', name: '覃巴村第二电商服务站', v: '覃巴村', iso: '2021-03-10', q: 1 },
    { k: 15, town: '大山江街道', name: '山美村电商服务站', v: '山美村', iso: '2021-03-10', q: 1 },
    { k: 16, town: '博铺街道', name: '博茂村电商服务站', v: '博茂村委会', iso: '2021-03-26', q: 1 },
    { k: 17, town: '黄坡镇', name: '坡头村电商服务站', v: '坡头村', iso: '2021-04-22', q: 2 },
    { k: 18, town: '吴阳镇', name: '沙角旋村电商服务站', v: '沙角旋村', iso: '2021-05-18', q: 2 },
    { k: 19, town: '兰石镇', name: '东岸村电商服务站', v: '东岸村', iso: '2021-06-08', q: 2 },
    { k: 20, town: '王村港镇', name: '西山村电商服务站', v: '西山村', iso: '2021-07-15', q: 3 },
    { k: 21, town: '长岐镇', name: '大塘村电商服务站', v: '大塘村', iso: '2021-08', q: 3, monthOnly: true },
    { k: 22, town: '塘㙟镇', name: '山基村电商服务站', v: '山基村', iso: '2021-09-06', q: 4 },
  ];
  const nmS = makeNameGen(6501);
  for (const s of S) s.head = nmS();
  const fmtDate = (s, q) => {
    if (s.monthOnly) return '2021年8月';
    const [y, m, d] = s.iso.split('-').map(Number);
    return [D(s.iso), `${y}.${m}.${d}`, `${y}年${m}月${d}日`, `${y}/${m}/${d}`, D(s.iso)][q];
  };
  const sh = new Sheet('站点运营情况（按季度）');
  const W = 8;
  const full = (t) => { const x = sh.add([t]); sh.merge(x, 0, x, W - 1); return x; };
  full('吴川市村级电子商务服务站点运营情况表（按季度累计更新）');
  full('更新说明：每季度末把在运营的站点全部重新列一遍，新增站点在备注注明“本季新增”；撤销的站点在撤销当季注明，以后不再列出。');
  const secs = [
    '一、2020年第四季度（截至2020年12月31日）　在运营站点12个',
    '二、2021年第一季度（截至2021年3月31日）　在运营站点16个（其中暂停1个）',
    '三、2021年第二季度（截至2021年6月30日）　在运营站点18个，本季撤销1个',
    '四、2021年7—8月（截至2021年8月31日）　在运营站点20个',
    '五、2021年9月（截至2021年9月15日，迎检补充）　在运营站点21个',
  ];
  const recs = [];
  const seen = new Set();
  for (let q = 0; q < 5; q++) {
    sh.blank();
    full(secs[q]);
    sh.add(['序号', '镇（街道）', '站点名称', '所在村（社区）', '挂牌时间', '站长', '本季运营情况', '备注']);
    let no = 0;
    for (const s of S) {
      if (s.q > q) continue;
      if (s.revoked && q > 2) continue;
      no++;
      let status = '正常';
      let note = s.q === q && q > 0 ? '本季新增' : null;
      if (s.pauseQ === q) { status = '暂停（站点装修）'; }
      if (s.revoked && q === 2) { status = '已撤销'; note = '2021年5月撤销（站长外出务工，无人接手）'; }
      let name = s.name;
      if (s.rename && q >= 2) { name = s.rename; if (q === 2) note = '原名“兰石村电商服务站”，2021年5月与益农信息社合并后更名'; }
      const v = (q >= 1 && s.v2) ? s.v2 : s.v;
      sh.add([no, s.town, name, v, fmtDate(s, q), s.head, status, note]);
      if (!s.revoked && !seen.has(s.k)) { seen.add(s.k); recs.push({ village: s.v, opened: s.iso }); }
    }
  }
  sh.blank();
  full('填报：吴川市商务局电商股 庞××　　审核：陈××');
  assert(recs.length === 21, 'L4 stations 21');

  // poor persons: Word checkbox form pasted
  const AREA = '440883';
  const idG = makeIdGen(AREA, 6502); const nm = makeNameGen(6503);
  const s2 = new Sheet('培训意愿摸底表');
  s2.add(['吴川市建档立卡贫困劳动力电商培训意愿摸底表（黄坡镇）']); s2.merge(1, 0, 1, 7);
  s2.add(['说明：本表由镇扶贫工作站用Word表格入户勾选填写，复制粘贴到Excel，勾选符号照原样保留（☑、■、√为选中，□为未选）。']); s2.merge(2, 0, 2, 7);
  s2.add(['序号', '姓名', '身份证号码', '所在村', '劳动能力', '务工情况', '电商培训意愿', '备注']);
  const vil = ['黄坡村', '北湾村', '坡头村', '岭头村', '蛤岭村'];
  const L = { y: '☑有　□无', n: '□有　☑无', ySolid: '■有　□无', none: '□有　□无', tick: '√有　□无' };
  const M = { home: '☑在家　□外出务工', out: (p) => `□在家　☑外出务工（${p}）`, none: '□在家　□外出务工', homeNote: '☑在家（照顾老人）　□外出务工', outSolid: '□在家　■外出务工（佛山）' };
  const spec = [
    ['y', 'home'], ['y', 'out:广州'], ['ySolid', 'home'], ['n', 'none'], ['y', 'home'], ['tick', 'home'],
    ['y', 'out:深圳'], ['none', 'home'], ['y', 'homeNote'], ['n', 'none'], ['y', 'outSolid'], ['y', 'home'],
    ['ySolid', 'out:东莞'], ['y', 'home'], ['n', 'homeNote'], ['y', 'none'], ['tick', 'out:湛江市区'], ['y', 'home'],
    ['y', 'home'], ['n', 'none'],
  ];
  const recs2 = [];
  spec.forEach(([lab, mig], i) => {
    const id = idG({ x: i === 4 });
    let written = id;
    if (i === 4) written = id.slice(0, 17) + 'x';
    if (i === 11) written = spaced(id);
    const labText = L[lab];
    let migText; let migrant;
    if (mig.startsWith('out:')) { migText = M.out(mig.slice(4)); migrant = true; }
    else if (mig === 'outSolid') { migText = M.outSolid; migrant = true; }
    else if (mig === 'home' || mig === 'homeNote') { migText = M[mig]; migrant = false; }
    else { migText = M.none; migrant = null; }
    const labour = (lab === 'y' || lab === 'ySolid' || lab === 'tick') ? true : (lab === 'n' ? false : null);
    const will = labour === false ? '□愿意　☑不愿意' : (i % 5 === 2 ? '□愿意　☑不愿意' : '☑愿意　□不愿意');
    const note = lab === 'n' && i === 3 ? '重度残疾' : (lab === 'none' ? '未勾选，待核' : (i === 14 ? '长期病患' : null));
    s2.add([i + 1, nm(), written, vil[i % vil.length], labText, migText, will, note]);
    recs2.push({ id, labour, migrant });
  });
  { const x = s2.add(['填表：黄坡镇扶贫工作站 吴××　　2021年3月']); s2.merge(x, 0, x, 7); }

  write('ledgers', 'b63-l4-wuchuan.json', {
    description: '吴川市（湛江）商务局电商股交的两张表：①《站点运营情况（按季度）》——不是一站一行的清单，而是每季度末把在运营站点全部重列一遍，五节上下叠放（节标题整行合并：“一、2020年第四季度（截至2020年12月31日）　在运营站点12个”…“五、2021年9月（截至2021年9月15日，迎检补充）”），每节都有自己的表头 序号|镇（街道）|站点名称|所在村（社区）|挂牌时间|站长|本季运营情况|备注，同一站点在各节重复出现，挂牌时间各节写法不同（第一节真日期、第二节“2020.10.16”、第三节“2020年10月16日”、第四节“2020/10/16”，大塘村站只写“2021年8月”）、村名写法也会变（黄坡村委会→黄坡村、浅水村民委员会→浅水村）。记录＝每个不同的在运营站点一条，按首次出现的顺序，village取首次出现的写法：樟山村站第二季度注明“已撤销”、以后不再列，不是记录；长岐村站第一季度“暂停（站点装修）”照算；兰石村站第二季度更名“兰石村益农电商服务站”是同一站点；覃巴村两个站点是两条；寿康社区站照列；塘㙟镇山基村站2021年9月6日挂牌在截止日后照列。②《培训意愿摸底表》当贫困人口名单——镇扶贫工作站用Word表格入户勾选后粘进Excel，勾选框留在格子里：劳动能力“☑有　□无”“■有　□无”“√有　□无”为有（true），“□有　☑无”为无（false），“□有　□无”未勾选为null；务工情况“□在家　☑外出务工（广州）”“■外出务工（佛山）”为外出（true），“☑在家　□外出务工”“☑在家（照顾老人）”为false，“□在家　□外出务工”为null；一人身份证末位小写x（读作X）、一人分段带空格；培训意愿栏与名单无关。',
    sheets: [sh.json(), s2.json()],
    expect: { sheets: { '站点运营情况（按季度）': { kind: 'stations', records: recs }, '培训意愿摸底表': { kind: 'poorPersons', records: recs2 } } },
  });
}

// ---------------------------------------------------------------- run
county();
factsLianping();
factsNanxiong();
ledgerFengshunTraining();
ledgerDabuFunds();
ledgerDeqing();
ledgerWuchuan();
