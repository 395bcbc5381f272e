'use strict';
// Batch 52 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
// Batch 52 blind cases: 1 county workbook (乳源瑶族自治县), 3 facts sheets (紫金县, 丰顺县, 和平县),
// 2 ledger cases (新丰县, 连南瑶族自治县). Deterministic: no Date.now(), seeded PRNG only.
const fs = require('fs');

function out(sub, name, obj) {
  const dir = path.join(ROOT, sub);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), JSON.stringify(obj, null, 2) + '\n', 'utf8');
}
const D = (s) => ({ date: s });
function assert(cond, msg) { if (!cond) throw new Error('assertion failed: ' + msg); }
function pad(n) { return String(n).padStart(2, '0'); }
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function idCheck(b17) {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const m = '10X98765432';
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(b17[i]) * w[i];
  return m[s % 11];
}
function uscc(area6, org8, kind2) {
  const ow = [3, 7, 9, 10, 5, 8, 4, 2];
  let s = 0;
  for (let i = 0; i < 8; i++) s += Number(org8[i]) * ow[i];
  const c = 11 - (s % 11);
  const oc = c === 10 ? 'X' : c === 11 ? '0' : String(c);
  const body = (kind2 || '91') + area6 + org8 + oc;
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  let t = 0;
  for (let i = 0; i < 17; i++) t += chars.indexOf(body[i]) * w[i];
  let k = 31 - (t % 31);
  if (k === 31) k = 0;
  return body + chars[k];
}
function money2(n) {
  const neg = n < 0;
  const cents = Math.round(Math.abs(n) * 100);
  const int = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (neg ? '-' : '') + int + '.' + String(cents % 100).padStart(2, '0');
}

// =====================================================================================
// 1. COUNTY: 乳源瑶族自治县
// =====================================================================================
(function county() {
  const rnd = mulberry32(5201);
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  const AREA = '440232';

  const TOWNS = [
    { town: '乳城镇', vil: ['侯公渡村', '新兴村', '龙船湾村', '云门村', '红云村', '大塘村', '水口村', '石角塘村', '坪乐村', '高峰村', '阳陂村', '上围村'], com: ['鹰峰社区', '南门社区', '城北社区', '城南社区', '红旗社区', '东阳社区', '新村社区', '翠园社区'] },
    { town: '一六镇', vil: ['一六村', '西联村', '东田村', '桥头村', '下围村', '中围村', '新田村', '小水村', '石门村', '毛屋村', '大坪村', '横坑村', '东坑村'], com: ['一六社区'] },
    { town: '桂头镇', vil: ['桂头村', '杨溪村', '平岗村', '塘头村', '新街村', '上坪村', '黄屋村', '老屋村', '茶园村', '联合村', '岩口村', '高台村', '白沙村', '瑶塘村', '石坑村'], com: ['桂头社区'] },
    { town: '洛阳镇', vil: ['洛阳村', '中冲村', '天井村', '横岗村', '高坪村', '黄竹村', '芦溪村', '新洞村', '塘坑村', '民族村'], com: ['洛阳居委会'] },
    { town: '大布镇', vil: ['大布村', '小洞村', '东纂村', '坪下村', '丰塘村', '下坪村', '苏坑村', '鸡咀村', '刘张家村', '新地村'], com: ['大布居委会'] },
    { town: '大桥镇', vil: ['大桥村', '青溪村', '柳坑村', '深塘村', '长溪村', '东江村', '岭头村', '老山村', '冷水村', '中心坝村', '大田村', '坑背村', '桥头坝村'], com: ['大桥居委会'] },
    { town: '东坪镇', vil: ['东坪村', '新坪村', '龙溪村', '东光村', '红星村', '塘背村', '下洞村', '长坑村', '吉田村'], com: [] },
    { town: '游溪镇', vil: ['游溪村', '中心洞村', '坪溪村', '大洞村', '石联村', '富溪村', '上洞村', '岭背村', '凤凰村', '水楼村'], com: [] },
    { town: '必背镇', vil: ['必背口村', '桂坑村', '王茶村', '横溪村', '半山村', '大肚村', '瑶山村', '下山村', '高山村', '东山村'], com: [] },
  ];
  const POOR = ['小水村', '横坑村', '瑶塘村', '岩口村', '天井村', '民族村', '鸡咀村', '苏坑村', '老山村', '冷水村', '龙溪村', '吉田村', '中心洞村', '王茶村'];
  const NO_EXPRESS = ['半山村', '上洞村'];
  const UNCOVERED = ['石角塘村', '阳陂村', '上围村', '下围村', '毛屋村', '东坑村', '平岗村', '老屋村', '高台村', '石坑村', '横岗村', '芦溪村', '塘坑村', '东纂村', '丰塘村', '新地村', '深塘村', '坑背村', '桥头坝村', '塘背村', '长坑村', '石联村', '上洞村', '水楼村', '大肚村', '东山村'];
  const townOf = {};
  const allVil = [];
  for (const t of TOWNS) for (const v of t.vil) { assert(!townOf[v], 'dup village ' + v); townOf[v] = t.town; allVil.push(v); }
  assert(allVil.length === 102, 'village count');
  assert(TOWNS.reduce((s, t) => s + t.com.length, 0) === 13, 'community count');
  for (const p of POOR) assert(townOf[p], 'poor ' + p);
  for (const p of UNCOVERED) assert(townOf[p] && !POOR.includes(p), 'uncovered ' + p);
  assert(UNCOVERED.length === 26, 'uncovered 26');

  const SURN = ['邓', '赵', '盘', '黄', '李', '陈', '张', '刘', '钟', '何', '曾', '罗', '谢', '朱', '林', '房', '冯', '唐', '沈', '温', '叶', '邱', '蓝', '骆'];
  const MALE = ['志', '国', '建', '伟', '明', '海', '春', '金', '永', '文', '德', '华', '强', '勇', '军', '福', '贵', '生', '兴', '平', '荣', '光', '东', '成', '新', '财'];
  const FEMALE = ['秀', '美', '丽', '芳', '玉', '英', '兰', '凤', '梅', '娟', '霞', '燕', '花', '珍', '莲', '琴', '红', '艳', '桂', '妹', '月', '群'];
  function given(female) {
    const pool = female ? FEMALE : MALE;
    return rnd() < 0.35 ? pick(pool) : pick(pool) + pick(pool);
  }
  const usedIds = new Set();
  function makeId(y, female) {
    for (;;) {
      const mo = 1 + Math.floor(rnd() * 12);
      const d = 1 + Math.floor(rnd() * 28);
      let seq = Math.floor(rnd() * 1000);
      const want = female ? 0 : 1;
      if (seq % 2 !== want) seq = (seq + 1) % 1000;
      const b = AREA + y + pad(mo) + pad(d) + String(seq).padStart(3, '0');
      const id = b + idCheck(b);
      if (!usedIds.has(id)) { usedIds.add(id); return id; }
    }
  }
  const yr = (a, b) => a + Math.floor(rnd() * (b - a + 1));

  // ---------------- 附1 村居名单 ----------------
  const vRows = [
    ['乳源瑶族自治县村（居）民委员会名单', null, null, null, null, null, null],
    ['来源：县民政局（2021年村“两委”换届后）；★为省定贫困村；快递进村按县邮政管理部门2021年7月核查情况填写', null, null, null, null, null, null],
    ['序号', '镇', '村（居）委会', '村/居', '省定贫困村', '快递进村', '备注'],
  ];
  const vMerges = ['A1:G1', 'A2:G2'];
  let seq = 0;
  for (const t of TOWNS) {
    const start = vRows.length + 1;
    let first = true;
    for (const v of t.vil) {
      seq++;
      vRows.push([seq, first ? t.town : null, v + '委会', '村', POOR.includes(v) ? '★' : null, NO_EXPRESS.includes(v) ? '×（只到镇上）' : '√', v === '半山村' ? '快递员每周二、五送件到村口' : null]);
      first = false;
    }
    for (const c of t.com) {
      seq++;
      const nm = c.endsWith('社区') ? c + '居委会' : c;
      vRows.push([seq, null, nm, '居', null, null, null]);
    }
    const end = vRows.length;
    if (end > start) vMerges.push(`B${start}:B${end}`);
  }
  vRows.push(['合计：村委会102个，居委会（社区）13个，其中省定贫困村14个', null, null, null, null, null, null]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);

  // ---------------- 附2 村级站点 ----------------
  const sRows = [
    ['乳源瑶族自治县村级电子商务服务站点台账', null, null, null, null, null, null, null, null],
    ['填报单位：乳源瑶族自治县商务局（电商股）', null, null, null, null, null, '更新至2021年9月15日', null, null],
    ['序号', '站点名称', '所在镇', '所在村（居）', '详细地址', '站长', '联系电话', '挂牌时间', '运营情况'],
  ];
  const sMerges = ['A1:I1', 'A2:F2', 'G2:I2'];
  const stations = []; // {town, village, date (iso), kind}
  function randDate(fromIso, toIso) {
    const a = Date.UTC(+fromIso.slice(0, 4), +fromIso.slice(5, 7) - 1, +fromIso.slice(8, 10));
    const b = Date.UTC(+toIso.slice(0, 4), +toIso.slice(5, 7) - 1, +toIso.slice(8, 10));
    const t = a + Math.floor(rnd() * ((b - a) / 86400000 + 1)) * 86400000;
    const d = new Date(t);
    return d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate());
  }
  for (const t of TOWNS) {
    for (const v of t.vil) {
      if (v === '王茶村') { stations.push({ town: t.town, village: v, date: '2021-09-10', note: '9月10日挂牌' }); continue; }
      if (v === '东山村') { stations.push({ town: t.town, village: v, date: '2021-09-15', note: '新建' }); continue; }
      if (UNCOVERED.includes(v)) continue;
      const poor = POOR.includes(v);
      stations.push({ town: t.town, village: v, date: poor ? randDate('2020-05-20', '2020-12-20') : randDate('2020-07-01', '2021-08-20') });
      if (v === '桂头村') stations.push({ town: t.town, village: v, date: '2021-03-26', name: '乳源县桂头镇桂头村电商服务站（邮政网点）' });
      if (v === '大桥村') stations.push({ town: t.town, village: v, date: '2021-05-12', name: '乳源县大桥镇大桥村电商服务站（供销社点）' });
    }
    const comStation = { '乳城镇': '鹰峰社区', '一六镇': '一六社区', '桂头镇': '桂头社区' }[t.town];
    if (comStation) stations.push({ town: t.town, village: comStation, date: randDate('2020-08-01', '2021-06-30'), community: true });
    if (t.town === '必背镇') stations.push({ town: t.town, village: '南岭林场', date: '2021-04-20', name: '乳源县南岭林场电商服务点', forest: true });
  }
  assert(stations.length === 83, 'stations 83 got ' + stations.length);
  const FIRST = ['邓', '赵', '盘', '黄', '李', '陈', '张', '刘'];
  stations.forEach((s, i) => {
    let vShown = s.village;
    if (!s.community && !s.forest) {
      if (i % 9 === 2) vShown = s.village + '委会';
      else if (i % 13 === 6) vShown = s.village.replace(/村$/, '村民委员会');
    }
    let dShown;
    const [y, m, d] = s.date.split('-').map(Number);
    if (s.date >= '2021-09-01') dShown = `${y}.${m}.${d}`;
    else if (i % 11 === 5 && s.date < '2021-08-01') dShown = `${y}年${m}月`;
    else if (i % 7 === 3) dShown = `${y}.${m}.${d}`;
    else dShown = D(s.date);
    const name = s.name || (s.forest ? '' : `乳源县${s.town}${s.village}电子商务服务站`);
    const addr = s.community ? `${s.town}${s.village}居委会一楼` : s.forest ? '必背镇南岭林场场部' : `${s.town}${s.village}委会办公楼旁`;
    const phone = `1${pick(['35', '37', '39', '52', '58', '80', '88'])}****${String(1000 + Math.floor(rnd() * 9000))}`;
    sRows.push([i + 1, name, s.town, vShown, addr, pick(FIRST) + given(rnd() < 0.4), phone, dShown, s.date >= '2021-09-01' ? '新挂牌' : '正常']);
  });
  sRows.push(['合计：站点83个（含社区站点3个、林场服务点1个）', null, null, null, null, null, null, null, null]);
  sMerges.push(`A${sRows.length}:I${sRows.length}`);
  sRows.push(['注：南岭林场服务点服务林场职工及周边住户，林场不属于村（居）委会。', null, null, null, null, null, null, null, null]);
  sMerges.push(`A${sRows.length}:I${sRows.length}`);
  // coverage check
  const ASOF = '2021-08-31';
  const coveredAdmin = new Set(stations.filter((s) => s.date <= ASOF && townOf[s.village]).map((s) => s.village));
  const coveredPoor = [...coveredAdmin].filter((v) => POOR.includes(v));
  assert(coveredAdmin.size === 75, 'covered 75 got ' + coveredAdmin.size);
  assert(coveredPoor.length === 13, 'covered poor 13');

  // ---------------- 附5 贫困人口名单 + 附4 专场签到 ----------------
  // household patterns: roles & categories (E eligible, M migrant, NS student no-labour, NE elder no-labour)
  const PAT = {
    a: [['户主', 'E'], ['配偶', 'E'], ['子女', 'NS']],
    b: [['户主', 'E'], ['配偶', 'M'], ['子女', 'M'], ['母亲', 'NE']],
    c: [['户主', 'E'], ['配偶', 'E'], ['子女', 'M']],
    d: [['户主', 'E'], ['父亲', 'NE']],
    e: [['户主', 'E'], ['配偶', 'E'], ['子女', 'E'], ['子女', 'NS']],
    f: [['户主', 'M'], ['配偶', 'E'], ['子女', 'NS']],
    g: [['户主', 'E'], ['配偶', 'E']],
  };
  const counts = { a: 2, b: 4, c: 6, d: 3, e: 3, f: 8, g: 18 };
  const order = [];
  const left = Object.assign({}, counts);
  const cyc = ['g', 'f', 'c', 'g', 'b', 'a', 'g', 'e', 'd', 'f', 'g', 'c'];
  let ci = 0;
  while (order.length < 44) {
    const k = cyc[ci % cyc.length]; ci++;
    if (left[k] > 0) { order.push(k); left[k]--; }
    else if (Object.values(left).every((x) => x === 0)) break;
  }
  assert(order.length === 44, 'households 44');
  const hhVillages = POOR.concat(['新兴村', '杨溪村', '青溪村', '游溪村', '桂坑村', '黄竹村']);
  const persons = [];
  order.forEach((k, h) => {
    const vil = hhVillages[h % hhVillages.length];
    const sur = pick(SURN);
    let headName = null;
    for (const [rel, cat] of PAT[k]) {
      let female;
      if (rel === '户主') female = rnd() < 0.2;
      else if (rel === '配偶') female = !persons[persons.length - 1].female;
      else if (rel === '母亲') female = true;
      else if (rel === '父亲') female = false;
      else female = rnd() < 0.45;
      let y;
      if (rel === '户主' || rel === '配偶') y = yr(1966, 1986);
      else if (rel === '子女') y = cat === 'NS' ? yr(2006, 2012) : yr(1992, 2001);
      else y = yr(1938, 1952);
      const nameSur = rel === '户主' || rel === '子女' || rel === '父亲' ? sur : pick(SURN);
      const name = nameSur + given(female);
      if (rel === '户主') headName = name;
      persons.push({ town: townOf[vil], vil, head: headName, name, rel, female, id: makeId(y, female), cat });
    }
  });
  const cnt = (c) => persons.filter((p) => p.cat === c).length;
  assert(persons.length === 118, 'persons 118');
  assert(cnt('E') === 76 && cnt('M') === 22 && cnt('NS') + cnt('NE') === 20, 'categories');
  const pRows = [
    ['乳源瑶族自治县建档立卡贫困人口劳动力情况表', null, null, null, null, null, null, null, null],
    ['（县乡村振兴局2021年8月提供，电商培训统计用）', null, null, null, null, null, null, null, null],
    ['序号', '镇', '村', '户主姓名', '姓名', '与户主关系', '身份证号码', '劳动能力', '是否外出务工'],
  ];
  const pMerges = ['A1:I1', 'A2:I2'];
  persons.forEach((p, i) => {
    const lab = p.cat === 'E' || p.cat === 'M' ? '有劳动能力' : p.cat === 'NS' ? '无劳动能力（在校生）' : '无劳动能力';
    const mig = p.cat === 'M' ? '是' : p.cat === 'E' ? '否' : '—';
    pRows.push([i + 1, p.town, p.vil, p.head, p.name, p.rel, p.id, lab, mig]);
  });
  pRows.push(['合计118人，其中有劳动能力98人（外出务工22人），无劳动能力20人', null, null, null, null, null, null, null, null]);
  pMerges.push(`A${pRows.length}:I${pRows.length}`);

  // training selection
  const elig = persons.filter((p) => p.cat === 'E');
  const shuffled = elig.slice();
  for (let i = shuffled.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]]; }
  const E = shuffled; // E[0..45] used
  const Ms = persons.filter((p) => p.cat === 'M');
  const Ns = persons.filter((p) => p.cat === 'NE' || p.cat === 'NS').filter((p) => p.cat === 'NE');
  const sessA = E.slice(0, 22).concat([Ms[0], Ns[0]]);
  const sessB = E.slice(22, 41).concat(E.slice(0, 6), [Ms[1]]);
  const villagers = [0, 1, 2].map((k) => ({ name: pick(SURN) + given(k === 1), id: makeId(yr(1975, 1995), k === 1), town: '乳城镇', vil: ['新兴村', '红云村', '大塘村'][k], poor: false }));
  const sessC = E.slice(41, 46).concat(E.slice(6, 10), villagers);
  assert(sessA.length === 24 && sessB.length === 26 && sessC.length === 12, 'session sizes');
  const trainedBy = new Set(sessA.concat(sessB).map((p) => p.id));
  const trainedElig = elig.filter((p) => trainedBy.has(p.id)).length;
  assert(trainedElig === 41, 'trained eligible 41 got ' + trainedElig);
  const tRows = [
    ['乳源瑶族自治县建档立卡贫困户电商培训专场签到表', null, null, null, null, null, null, null, null],
    ['序号', '期次', '培训日期', '姓名', '性别', '身份证号码', '所在镇村', '是否建档立卡贫困户', '签名'],
  ];
  const tMerges = ['A1:I1'];
  let lowerX = 0;
  let n = 0;
  [['专场第1期', '2020.11.20', sessA], ['专场第2期', '2021.4.15', sessB], ['专场第3期', '2021.9.7', sessC]].forEach(([qi, dt, list]) => {
    const start = tRows.length + 1;
    list.forEach((p, k) => {
      n++;
      let id = p.id;
      if (id.endsWith('X') && lowerX < 2 && qi !== '专场第3期') { id = id.slice(0, 17) + 'x'; lowerX++; }
      const female = Number(p.id[16]) % 2 === 0;
      tRows.push([n, k === 0 ? qi : null, k === 0 ? dt : null, p.name, female ? '女' : '男', id, (p.town || townOf[p.vil]) + p.vil, p.poor === false ? '否' : '是', '已签']);
    });
    const end = tRows.length;
    tMerges.push(`B${start}:B${end}`, `C${start}:C${end}`);
  });
  assert(lowerX === 2, 'lowercase x twice');
  tRows.push(['注：专场第1、2期共50人次，第3期12人次（9月7日），三期合计62人次。', null, null, null, null, null, null, null, null]);
  tMerges.push(`A${tRows.length}:I${tRows.length}`);

  // ---------------- 附3 普及培训 ----------------
  const gen = [
    ['第1期', '2020.9.17', '乳城镇 县电商公共服务中心', '电商基础知识普及', 126, '县商务局、县电商中心'],
    ['第2期', D('2020-10-22'), '桂头镇政府会议室', '农产品网店开设', 118, '县电商中心'],
    ['第3期', '2020年11月12日', '一六镇文化站', '直播带货入门', 135, '县电商中心'],
    ['第4期', '2020.12.3', '大桥镇党群服务中心', '短视频拍摄', 142, '县电商中心'],
    ['第5期', '2020.12.22-23', '县电商公共服务中心', '电商运营实操（两天）', 96, '县电商中心、县人社局'],
    ['第6期', '21.1.14', '洛阳镇政府会议室', '年货节网上销售', 104, '县电商中心'],
    ['第7期', D('2021-03-18'), '大布镇文化站', '农产品包装与品牌', 128, '县电商中心'],
    ['第8期', '2021.4.8', '东坪镇政府会议室', '电商基础知识普及', 112, '县电商中心'],
    ['第9期', '2021年4月27日', '游溪镇文化站', '手机开店', 98, '县电商中心'],
    ['第10期', '2021.5.20', '必背镇瑶族文化中心', '瑶绣、瑶茶网上销售', 87, '县电商中心、县妇联'],
    ['第11期', '2021.6.10', '县电商公共服务中心（线上直播课）', '直播间运营', 260, '县电商中心'],
    ['第12期', D('2021-07-08'), '乳城镇 县电商公共服务中心', '农村电商物流', 145, '县电商中心、县邮政分公司'],
    ['第13期', '2021.8.19', '县电商公共服务中心', '跨境电商入门', 189, '县电商中心'],
    ['第14期', '2021.8.26', '桂头镇政府会议室', '电商基础知识普及', 100, '县电商中心'],
    ['第15期', '2021.9.3', '县电商公共服务中心', '直播带货提升班', 160, '县电商中心'],
  ];
  const sumBefore = gen.slice(0, 14).reduce((s, r) => s + r[4], 0);
  assert(sumBefore === 1840, 'general before 1840 got ' + sumBefore);
  const gRows = [
    ['乳源瑶族自治县电子商务普及培训登记表', null, null, null, null, null, null],
    ['期次', '培训时间', '培训地点', '培训内容', '参训人次', '承办单位', '备注'],
  ];
  const gMerges = ['A1:G1'];
  gen.forEach((r) => gRows.push([r[0], r[1], r[2], r[3], r[0] === '第11期' ? '260人次' : r[4], r[5], r[0] === '第15期' ? '9月份' : r[0] === '第5期' ? '两天班' : null]));
  gRows.push(['合计', null, null, null, '2,000', null, null]);
  gRows.push(['注：贫困户专场（3期）另见附4签到表，未列入本表。', null, null, null, null, null, null]);
  gMerges.push(`A${gRows.length}:G${gRows.length}`);

  // ---------------- 附6 产业园企业 ----------------
  const ent = [
    ['乳源瑶族自治县瑶山电子商务有限公司', '电商运营商', D('2020-09-18'), null, '园区运营方'],
    ['韶关市乳源县瑶绣坊电子商务有限公司', '销售型', D('2020-09-18'), null, null],
    ['乳源县南岭好物农产品贸易有限公司', '销售型', '2020.10.12', null, null],
    ['乳源县彩石网络科技有限公司', '平台型', '2020.10.12', null, '本地商城小程序'],
    ['乳源瑶族自治县必背瑶茶专业合作社', '销售型', '2020年11月3日', null, '合作社网店'],
    ['韶关市速达物流有限公司乳源分公司', '物流企业', '2020年11月3日', null, null],
    ['乳源县云门山农业科技有限公司', '销售型', D('2020-11-20'), null, null],
    ['乳源县兴农电商服务有限公司', '代运营', D('2020-12-01'), null, null],
    ['乳源县东江源供应链管理有限公司', '仓储物流', '2020.12.18', null, null],
    ['乳源县瑶家特产商行', '销售型', '2020.12.18', null, '个体工商户'],
    ['乳源县山里人家食品有限公司', '销售型', '2021.1.6', '2021.6.30', '合同到期退出'],
    ['乳源县青溪蜂业有限公司', '销售型', '2021.1.6', null, null],
    ['乳源县一六柑橘专业合作社', '销售型', D('2021-01-20'), D('2021-03-31'), '迁回一六镇'],
    ['乳源县乐购直播传媒有限公司', '直播电商', D('2021-02-24'), null, null],
    ['乳源县大桥镇天然农产品有限公司', '销售型', '2021年3月2日', null, null],
    ['乳源县游溪竹木工艺品有限公司', '销售型', '2021.3.15', null, null],
    ['乳源县红云茶业有限公司', '销售型', D('2021-04-08'), null, '2021年7月更名，见下一行'],
    ['韶关红云山茶业有限公司', '销售型', '2021.7.12（更名）', null, '原乳源县红云茶业有限公司'],
    ['乳源县瑶山优选电子商务有限公司', '平台型', D('2021-05-10'), null, null],
    ['乳源县洛阳镇山货电商服务部', '销售型', '2021.5.26', null, null],
    ['乳源县客天下网络科技有限公司', '电商运营商', D('2021-06-18'), '2021.9.15', '9月中旬搬出'],
    ['乳源县桂头镇农品汇电子商务有限公司', '销售型', '2021.7.20', null, null],
    ['乳源县丰收快递服务有限公司', '物流企业', '2021.9.6', null, '新签约'],
  ];
  const eRows = [
    ['乳源县电子商务产业园入驻企业名单', null, null, null, null, null, null],
    ['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻时间', '退出时间', '备注'],
  ];
  const eMerges = ['A1:G1'];
  let lastCode = null;
  ent.forEach((r, i) => {
    let code;
    if (i === 17) code = lastCode; // renamed: same code
    else code = uscc(AREA, String(10000000 + Math.floor(rnd() * 89999999)), r[4] === '个体工商户' ? '92' : r[0].includes('合作社') ? '93' : '91');
    lastCode = code;
    eRows.push([i + 1, r[0], code, r[1], r[2], r[3], r[4]]);
  });
  eRows.push(['（运营方按签约统计“入驻22家”，含已退出、9月新签的）', null, null, null, null, null, null]);
  eMerges.push(`A${eRows.length}:G${eRows.length}`);

  // ---------------- 附7 资金拨付 ----------------
  const funds = [
    ['2020-06-28', '记-2020-06-015', '县电商公共服务中心建设（首期）', '韶关市瑶山电子商务有限公司', 600000],
    ['2020-08-14', '记-2020-08-009', '县镇村三级物流配送体系（首期）', '韶关市速达物流有限公司', 450000],
    ['2020-09-25', '记-2020-09-021', '村级电商服务站点建设（第一批）', '乳源县兴农电商服务有限公司', 520000],
    ['2020-11-20', '记-2020-11-012', '电商培训（第一阶段）', '韶关市瑶山电子商务有限公司', 180000],
    ['2020-12-28', '记-2020-12-030', '县电商公共服务中心建设（二期）', '韶关市瑶山电子商务有限公司', 700000],
    ['2021-01-15', '记-2021-01-006', '村级电商服务站点建设（第二批）', '乳源县兴农电商服务有限公司', 380000],
    ['2021-01-22', '记-2021-01-011', '冲销1月15日记-006号（金额有误）', '乳源县兴农电商服务有限公司', -380000],
    ['2021-01-22', '记-2021-01-012', '村级电商服务站点建设（第二批）重新支付', '乳源县兴农电商服务有限公司', 338000],
    ['2021-03-12', '记-2021-03-008', '农产品品牌建设及营销推广', '韶关市瑶山电子商务有限公司', 260000],
    ['2021-04-16', '记-2021-04-013', '农产品冷链及溯源系统', '乳源县东江源供应链管理有限公司', 310000],
    ['2021-05-28', '记-2021-05-019', '县镇村三级物流配送体系（二期）', '韶关市速达物流有限公司', 300000],
    ['2021-06-30', '记-2021-06-027', '电商培训（第二阶段）', '韶关市瑶山电子商务有限公司', 150000],
    ['2021-08-06', '记-2021-08-004', '电商产业园运营补助', '乳源瑶族自治县瑶山电子商务有限公司', 178400],
    ['2021-09-08', '记-2021-09-003', '村级电商服务站点建设尾款', '乳源县兴农电商服务有限公司', 320000],
  ];
  const fundBefore = funds.filter((f) => f[0] <= ASOF).reduce((s, f) => s + f[4], 0);
  const fundAll = funds.reduce((s, f) => s + f[4], 0);
  assert(fundBefore === 3986400, 'fund before ' + fundBefore);
  assert(fundAll === 4306400, 'fund all ' + fundAll);
  const fRows = [
    ['乳源县省级电子商务进农村综合示范专项资金拨付台账', null, null, null, null, null, null],
    [null, null, null, null, null, null, '单位：元'],
    ['序号', '拨付日期', '凭证号', '项目内容', '收款单位', '拨付金额', '备注'],
  ];
  const fMerges = ['A1:G1'];
  funds.forEach((f, i) => {
    const [y, m, d] = f[0].split('-').map(Number);
    const dShown = i % 3 === 0 ? D(f[0]) : i % 3 === 1 ? `${y}.${m}.${d}` : `${y}年${m}月${d}日`;
    const amt = i % 4 === 1 ? money2(f[4]) : f[4];
    fRows.push([i + 1, dShown, f[1], f[2], f[3], amt, f[4] < 0 ? '红字冲销' : f[0] > ASOF ? '9月份' : null]);
  });
  fRows.push(['合计', null, null, null, null, money2(fundAll), null]);
  fRows.push(['注：下达省级专项资金500万元（粤商务电函〔2019〕29号）。制表：财务股', null, null, null, null, null, null]);
  fMerges.push(`A${fRows.length}:G${fRows.length}`);

  // ---------------- 附8 月报报送 ----------------
  const reports = [
    ['2020-09-08', '8月份工作进展及统计数据', '否', '邮件'],
    ['2020-10-12', '9月份工作进展及统计数据', '是', '邮件'],
    ['2020-11-09', '10月份工作进展及统计数据', '是', '邮件'],
    ['2020-12-08', '11月份工作进展及统计数据', '是', '邮件'],
    ['2021-01-11', '12月份工作进展及统计数据', '是', '粤政易'],
    ['2021-02-05', '1月份工作进展及统计数据', '是', '粤政易'],
    ['2021-03-09', '2月份工作进展及统计数据', '是', '粤政易'],
    ['2021-04-08', '3月份工作进展及统计数据', '是', '粤政易'],
    ['2021-05-10', '4月份工作进展及统计数据', '是', '粤政易'],
    ['2021-06-08', '5月份工作进展及统计数据', '是', '粤政易'],
    ['2021-07-09', '6月份工作进展及统计数据', '是', '粤政易'],
    ['2021-08-09', '7月份工作进展及统计数据', '是', '粤政易'],
    ['2021-09-07', '8月份工作进展及统计数据', '是', '粤政易'],
  ];
  const rRows = [
    ['乳源县电子商务进农村示范创建月报报送登记（报韶关市商务局）', null, null, null, null],
    ['序号', '报送时间', '报送内容', '是否附电商扶贫统计', '报送方式'],
  ];
  reports.forEach((r, i) => {
    const [y, m, d] = r[0].split('-').map(Number);
    rRows.push([i + 1, i % 2 === 0 ? D(r[0]) : `${y}.${m}.${d}`, r[1], r[2], r[3]]);
  });
  const repMonths = new Set(reports.filter((r) => r[0] <= ASOF && r[0] >= '2020-09-01').map((r) => r[0].slice(0, 7)));
  assert(repMonths.size === 12, 'report months 12');

  // ---------------- 附9 专栏更新 ----------------
  const discl = [
    ['2020-06-05', '乳源瑶族自治县电子商务进农村综合示范县创建工作方案'],
    ['2020-07-10', '乳源县电子商务进农村综合示范项目基本信息公示'],
    ['2020-07-10', '关于设立电子商务进农村综合示范项目监督举报电话和邮箱的公告'],
    ['2020-09-15', '示范项目建设进度（2020年8月）'],
    ['2020-10-20', '示范项目建设进度（2020年9月）'],
    ['2020-11-18', '示范项目建设进度（2020年10月）'],
    ['2020-12-21', '示范项目建设进度（2020年11月）'],
    ['2021-01-19', '示范项目建设进度（2020年12月）'],
    ['2021-03-16', '示范项目建设进度（2021年1-2月）'],
    ['2021-04-20', '示范项目建设进度（2021年3月）'],
    ['2021-05-18', '示范项目建设进度（2021年4月）'],
    ['2021-06-22', '示范项目建设进度（2021年5月）'],
    ['2021-07-20', '示范项目建设进度（2021年6月）'],
    ['2021-08-17', '示范项目建设进度（2021年7月）'],
    ['2021-09-14', '示范项目建设进度（2021年8月）'],
  ];
  const dRows = [
    ['县政府网“电子商务进农村综合示范”专栏更新记录', null, null, null],
    ['序号', '发布日期', '标题', '链接'],
  ];
  discl.forEach((r, i) => {
    const [y, m, d] = r[0].split('-').map(Number);
    dRows.push([i + 1, i % 3 === 2 ? `${y}年${m}月${d}日` : D(r[0]), r[1], `http://www.ruyuan.gov.cn/zwgk/dsjnc/content/post_${2096000 + i * 137}.html`]);
  });
  const disMonths = new Set(discl.filter((r) => r[0] <= ASOF && r[0] >= '2020-09-01').map((r) => r[0].slice(0, 7)));
  assert(disMonths.size === 11 && !disMonths.has('2021-02'), 'disclosure months 11');

  // ---------------- 附10 宣传报道 ----------------
  const mRows = [
    ['乳源县电子商务进农村宣传报道登记', null, null, null, null, null, null],
    ['序号', '日期', '媒体', '级别', '形式', '标题', '是否电商扶贫典型案例'],
    [1, D('2020-10-16'), '乳源县融媒体中心', '县级', '电视', '县电商公共服务中心首期培训开班', '否'],
    [2, '2020.11.25', '韶关日报', '市级', '报纸', '乳源：瑶山好物搭上电商快车', '否'],
    [3, '2020.12.20', '韶关电视台', '市级', '电视', '乳源年货节线上销售火热', '否'],
    [4, D('2021-01-08'), '南方日报', '省级', '报纸', '乳源瑶乡“触网”记', '否'],
    [5, '2021年4月22日', '广东广播电视台珠江频道《珠江新闻眼》', '省级', '电视', '瑶绣上网，绣出脱贫致富路', '是'],
    [6, '2021.6.18', '南方+', '省级', '网络', '乳源618直播节卖出瑶山特产', '否'],
    [7, '2021.9.10', '人民网', '国家级', '网络', '广东乳源：电商让瑶山特产走出大山', '否'],
  ];
  // ---------------- 附11 经验材料 ----------------
  const xRows = [
    ['经验材料报送登记', null, null, null, null],
    ['序号', '报送日期', '材料名称', '报送单位', '报送对象'],
    [1, '2021.6.25', '《乳源县“电商+瑶绣”带动瑶族妇女增收的做法》', '县商务局', '韶关市商务局'],
    [2, '2021.9.6', '《乳源县电子商务进农村综合示范工作经验总结》', '县商务局', '韶关市商务局'],
  ];

  // ---------------- 底数和自评 (facts, clerk's own words) ----------------
  const N7 = (a) => { while (a.length < 7) a.push(null); return a; };
  const fx = [];
  const fxM = [];
  const sec = (t) => { fx.push(N7([t])); fxM.push(`A${fx.length}:G${fx.length}`); };
  fx.push(N7(['乳源县电商进农村示范县考评——底数和自评对照表（电商股内部用，勿外发）']));
  fxM.push('A1:G1');
  fx.push(N7(['说明：B列是我们平时的叫法，C列是省考评指标体系里的说法，两边对上了才好答考评组。数都按考评截止日算，出处写F列；自评分只填G列，改动先跟股长讲一声。（邓××　9月2日整理）']));
  fxM.push('A2:G2');
  fx.push(['序号', '我们平时叫', '省考评表的说法', '数 / 情况', '单位', '出处、口径（备查）', '自评（分）']);
  sec('一、县里家底');
  fx.push(N7([1, '县名', '县（市、区）名称', '乳源瑶族自治县', null, '对外统一写全称']));
  fx.push(N7([2, '截数日', '考评截止日期', '2021年8月31日', null, '粤商务电函〔2021〕101号']));
  fx.push(N7([3, '人口（七普常住）', '常住人口', 19.58, '万人', '县统计局七普公报；户籍人口23.41万，别用错']));
  fx.push(N7([4, '村委会', '行政村数', 102, '个', '县民政局；另有社区（居委会）13个，不算行政村']));
  fx.push(N7([5, '贫困村', '省定贫困村数', 14, '个', '县乡村振兴局']));
  sec('二、班子、方案、政策');
  fx.push(N7([6, '谁挂帅', '由县（市、区）政府主要领导牵头', '县长任组长（常务副县长、分管副县长任副组长）', null, '乳府办〔2019〕88号《关于成立县电子商务进农村综合示范工作领导小组的通知》']));
  fx.push(N7([7, '哪些部门进了小组', '有商务、财政、农业、扶贫等部门参与', '商务局、财政局、农业农村局、乡村振兴局（原扶贫办）、市场监管局、交通运输局、工信局、邮政分公司、各镇政府', null, '同上']));
  fx.push(N7([8, '方案', '正式印发的示范县工作方案', '已印发', null, '乳府办〔2019〕96号，2019年12月20日印发']));
  fx.push([9, '方案写得怎样', '工作方案因地制宜,可操作性较强（1-2分）', '—', null, null, 2]);
  fx.push(N7([10, '扶持政策', '在资金、土地、人才等方面出台政策', '已出台（只有资金扶持，土地、人才还没有）', null, '乳商务〔2020〕18号《乳源县农村电子商务发展扶持办法（试行）》']));
  fx.push([11, '政策落实', '出台相关政策，且得到较好落实（1-2分）', '—', null, '2020年兑现奖补7家', 1]);
  fx.push([12, '项目管理制度', '建立项目管理制度，在建设、验收环节严格落实相关制度（1-2分）', '已建立', null, '《项目管理办法》《项目验收细则》', 2]);
  fx.push([13, '工作台账', '建立完整工作台账，详细记录项目建设情况（1-2分）', '有，但2020年上半年的不全', null, null, 1]);
  sec('三、县电商中心和产业园');
  fx.push(N7([14, '县电商中心开张', '建成县级电子商务公共服务中心（投入运营日期）', '2020年12月18日', null, '11月30日竣工验收，12月18日揭牌运营']));
  fx.push(N7([15, '中心培训室', '有免费培训场所、培训设备，能组织电商基础培训', '有', null, '二楼培训室80座、电脑40台，培训不收钱']));
  fx.push(N7([16, '展厅', '为特色农产品提供免费展示、销售服务', '有，免费', null, '一楼展厅，农产品免费上架']));
  fx.push(N7([17, '拍照、做图', '为电子商务市场主体提供免费摄影、美工服务', '不免费', null, '摄影棚按成本价收费（每款80元），考评时如实讲']));
  fx.push(N7([18, '品牌推广', '组织农产品统一推广、指导特色农产品品牌建设', '有', null, '“乳源瑶山”区域公用品牌，统一包装']));
  fx.push(N7([19, '其他服务', '为电子商务发展提供其他衍生增值服务', '有', null, '代办营业执照、对接小额信贷、直播间免费用']));
  fx.push(N7([20, '产业园', '建设或整合、优化当地电商产业园', '已整合（原县城电商一条街）', null, '2020年9月挂牌“乳源县电子商务产业园”']));
  fx.push(N7([21, '园区企业', '电商产业园企业入驻数量', 22, '家', '园区运营方报，按签约数；类型有平台、销售、运营、物流']));
  fx.push(N7([22, '运营公司', '当地有专业第三方电子商务运营或服务商', '有', null, '乳源瑶族自治县瑶山电子商务有限公司（公开招标）']));
  sec('四、村点和快递');
  fx.push(N7([23, '有站的村', '村级电商服务站点覆盖的行政村', 78, '个', '站点台账统计到9月15日']));
  fx.push(N7([24, '快递进村', '行政村物流快递覆盖率100%', '是，村村通', null, '邮政兜底，县邮政管理部门出证明']));
  sec('五、农产品网上卖');
  fx.push(N7([25, '19年网上卖货（农村）', '2019年农村网络零售额', 8.62, '亿元', '省商务厅监测数']));
  fx.push(N7([26, '20年网上卖货（农村）', '2020年农村网络零售额', 10.95, '亿元', '同上']));
  fx.push(N7([27, '涨了多少', '2020年农村网络零售额同比增速', 27.0, '%', '没到30%']));
  fx.push(N7([28, '19年农产品网上卖', '2019年农产品网络零售额', 2.31, '亿元', '同上']));
  fx.push(N7([29, '20年农产品网上卖', '2020年农产品网络零售额', 3.12, '亿元', '同上']));
  fx.push(N7([30, '农产品涨了多少', '2020年农产品网络零售额同比增速', 35.1, '%', '过了30%，这项拿分']));
  fx.push(N7([31, '今年1-8月', '（不考）', 7.36, '亿元', '2021年1-8月农村网零，汇报用']));
  fx.push([32, '网销调研', '对当地农产品网络销售进行调研，并形成针对性建议（1-2分）', '已做', null, '《乳源县农产品网络销售调研报告》2020年8月', 2]);
  fx.push([33, '促销活动', '开展农村产品网络促销活动成效明显（1-2分）', '搞了6场', null, '年货节、618、瑶绣直播节等', 2]);
  fx.push([34, '标准、冷链、溯源', '有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）', '标准出了2个，冷链有，溯源还在调试', null, null, 1]);
  sec('六、培训');
  fx.push(N7([35, '培训人次', '培训人次（普及性培训）', '2,062', '人次', '含贫困户专场3期62人次；含9月3日那期160人次']));
  fx.push(N7([36, '贫困户（能干活、没出去打工的）', '有劳动能力的建档立卡贫困人口数（外出务工者除外）', 76, '人', '乡村振兴局核：有劳动能力98人，其中外出务工22人']));
  fx.push(N7([37, '贫困户参训', '参加培训的建档立卡贫困人口', 41, '人', '按身份证去重，截至8月31日']));
  sec('七、公开、报送');
  fx.push(N7([38, '政府网专栏', '在县政府网站设立公开专栏', '有', null, '县政府网“电子商务进农村综合示范”专栏']));
  fx.push(N7([39, '专栏-方案', '专栏公示创建方案', '✔', null, null]));
  fx.push(N7([40, '专栏-项目', '专栏公示项目基本信息', '✔', null, null]));
  fx.push(N7([41, '专栏-进度', '专栏公示项目建设进度', '✔', null, '每月更新（2月过春节漏了一次，3月补）']));
  fx.push(N7([42, '专栏-举报', '设立征求意见或监督举报窗口', '✔', null, '监督电话、邮箱挂在专栏首页']));
  fx.push(N7([43, '月报', '每月向市商务局报送', '每月都报', null, '见附8']));
  fx.push(N7([44, '扶贫统计', '能统计电商扶贫情况', '能', null, '月报附表二']));
  sec('八、资金');
  fx.push(N7([45, '省里下来的钱', '下达资金总额', 500, '万元', '粤商务电函〔2019〕29号']));
  fx.push(N7([46, '已付出去的', '累计拨付资金', 430.64, '万元', '财务股数，含9月8日站点尾款32万']));
  fx.push(N7([47, '资金管理办法', '已制定资金管理制度', '已定', null, '乳商务〔2020〕5号']));
  fx.push(N7([48, '资金专账', '已建立资金专用台账', '有', null, '财务股专账、承建单位专账']));
  fx.push([49, '资金制度落实', '建立科学有效的资金管理制度且得到有效落实（1-5分）', '—', null, null, 4]);
  fx.push([50, '资金台账好不好', '项目承建方建立资金专用台账，账目完整，能清析反映资金使用情况（1-5分）', '—', null, '个别承建单位凭证附件不齐', 4]);
  fx.push([51, '付钱及时不及时', '资金支出率70%以上，且根据创建进度及时拨付（1-5分）', '—', null, null, 4]);
  fx.push(N7([52, '总体进度', '项目总体进度', '约90', '%', '县财政评审中心意见']));
  sec('九、红线（一票否决）');
  fx.push(N7([53, '出事没有', '发生安全生产、质量事故，或者造成重大经济损失和社会不良影响', '没有', null, null]));
  fx.push(N7([54, '造假没有', '弄虚作假', '没有', null, null]));
  sec('十、自评分（按省表15项+加分）');
  fx.push(['序号', '我们简称', '省评价指标', '满分', null, '备注', '自评']);
  const claimRows = [
    ['领导', '组织领导', 2, '县长挂帅', 2, 'org.leadership'],
    ['方案', '方案制定', 2, null, 2, 'org.plan'],
    ['政策', '政策支持', 2, '土地、人才政策没有', 1, 'org.policy'],
    ['项目管理', '项目管理', 4, '制度2+台账1', 3, 'org.management'],
    ['中心园区', '服务体系建设（县级中心与产业园）', 15, '摄影美工收费扣1分', 14, 'work.center'],
    ['村点', '服务体系建设（村级站点覆盖）', 10, null, 10, 'work.coverage'],
    ['上行', '农村产品上行', 10, '标准冷链溯源只给1分', 9, 'work.upward'],
    ['培训', '电商人才培训', 20, null, 20, 'work.training'],
    ['公开', '信息公开', 4, null, 4, 'info.disclosure'],
    ['报送', '数据上报', 6, null, 6, 'info.reporting'],
    ['案例', '案例总结', 2, null, 2, 'promo.cases'],
    ['宣传', '经验推广', 8, '省、市、县都有', 8, 'promo.media'],
    ['资金制度', '制度建立', 5, null, 4, 'fund.system'],
    ['资金台账', '资金台账', 5, null, 4, 'fund.ledger'],
    ['资金支出', '资金支出', 5, '支出率86.1%（含9月）', 4, 'fund.spending'],
    ['贫困户培训率≥70%', '加分：建档立卡贫困人口培训率70%及以上', 2, '53.9%，没到', 0, 'bonus.poorTraining'],
    ['扶贫案例上电视', '加分：电商扶贫典型案例获电视媒体播报', 2, '珠江频道播了，省级1分', 1, 'bonus.tvCase'],
  ];
  const claimed = {};
  claimRows.forEach((r, i) => {
    fx.push([i < 15 ? i + 1 : '加' + (i - 14), r[0], r[1], r[2], null, r[3], r[4]]);
    claimed[r[5]] = r[4];
  });
  const claimTotal = claimRows.reduce((s, r) => s + r[4], 0);
  assert(claimTotal === 94, 'claim total');
  fx.push(['合计', null, null, '100+4', null, null, 94]);

  // ---------------- expected points ----------------
  const base = Math.min(195800, 500000);
  const ptBefore = 1840 + 50;
  assert(ptBefore * 1000 >= base * 8 && ptBefore * 100 < base, 'training tier 8');
  assert(trainedElig * 100 >= 76 * 50 && trainedElig * 100 < 76 * 70, 'poor rate tier');
  assert(fundBefore * 100 >= 5000000 * 70, 'spending ≥70%');
  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
    'work.center': 12, 'work.coverage': 8, 'work.upward': 8, 'work.training': 18,
    'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 0, 'bonus.tvCase': 1,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  const scored = Object.entries(points).filter(([k]) => !k.startsWith('bonus') && !k.startsWith('veto')).reduce((s, [, v]) => s + v, 0);
  assert(scored === 85, 'scored 85');

  const derivation = [
    'org.leadership: 底数表第6、7项——县长任组长，成员有商务局、财政局、农业农村局、乡村振兴局（原扶贫办）等 → 主要领导牵头且四部门齐全 → 2',
    'org.plan: 第8项方案已印发（乳府办〔2019〕96号），第9项“方案写得怎样”G列自评2分 → 2',
    'org.policy: 第10项政策已出台，第11项“政策落实”自评1分 → 1',
    'org.management: 第12项项目管理制度自评2分 + 第13项工作台账自评1分 → 3',
    'work.center: 中心2020-12-18运营（≤截止日 2分；≤2021-02-28 又2分）+ 免费培训2 + 免费展示1 + 摄影美工“不免费”0 + 品牌推广1 + 其他增值服务1 + 产业园已整合2 + 入驻企业：附6共23行，山里人家（2021.6.30退出）、一六柑橘合作社（2021.3.31退出）在截止日前退出，丰收快递2021.9.6才入驻，红云茶业更名后同一信用代码重复一行，客天下2021.9.15退出仍算 → 截至8月31日在园19家<20 → 0（表上“22家”是签约数，不算）+ 类型有销售型、平台型、电商运营商/代运营、物流企业等≥3种 → 1；合计 12',
    'work.coverage: 附1行政村102个（13个社区/居委会不算）；附2站点83个，截至8月31日覆盖行政村75个（桂头村、大桥村各两站只算一次；鹰峰、一六、桂头3个社区站点和名单外的南岭林场服务点不算；王茶村2021.9.10、东山村2021.9.15挂牌不算）→ 75/102=73.5% ≥70% → 5；省定贫困村14个，截至8月31日覆盖13个（王茶村9月才挂牌）=92.9%，在80%-100%之间 → 3；合计 8',
    'work.upward: 网销调研自评2 + 促销活动自评2 + 第三方运营商“有”1 + 快递：附1有“快递进村”栏，必背镇半山村、游溪镇上洞村为“×（只到镇上）”→ 未达100% → 0（底数表写“村村通”与名单不符，按名单并出警告）+ 标准冷链溯源自评1 + 2020年农产品网零3.12亿/2.31亿=+35.1% ≥30% → 2（农村网零+27.0%不够，任一达标即可）；合计 8',
    'work.training: 人次＝附3普及培训第1—14期合计1,840（第15期2021.9.3的160人次在截止日后，表尾“合计2,000”含它）+ 附4专场签到截至8月31日50行（第3期2021.9.7的12行不算）＝1,890；基数min(195,800, 500,000)=195,800；1,890/195,800=0.965%，在0.8%-1%之间 → 8（底数表自报2,062人次含9月两期）；贫困人口：附5共118人，有劳动能力且未外出务工76人；附4截至8月31日签到按身份证去重（小写x按X比对）其中41人，外出务工2人、无劳动能力1人的签到不算 → 41/76=53.9% ≥50% → 10；合计 18',
    'info.disclosure: 专栏方案、项目信息、建设进度、监督举报四项均✔ → 2；附9在2020年9月—2021年8月里除2021年2月外每月都有（11/12个月）→ 不定时更新 1；合计 3',
    'info.reporting: 附8在2020年9月—2021年8月每个月都有报送（2020-09-08…2021-08-09）→ 3；“是否附电商扶贫统计”多数为“是”，底数表也写“能” → 3；合计 6',
    'promo.cases: 附11 2021.6.25向韶关市商务局报送经验材料（≤截止日）→ 2',
    'promo.media: 截至8月31日有省级（南方日报、广东广播电视台珠江频道、南方+）4 + 市级（韶关日报、韶关电视台）3 + 县级（乳源县融媒体中心）1 = 8；人民网2021.9.10在截止日后不算',
    'fund.system: 第49项自评4分（制度已定） → 4',
    'fund.ledger: 第50项自评4分（专账已建） → 4',
    'fund.spending: 附7截至8月31日拨付3,986,400元（含2021.1.22红字冲销-380,000和重新支付338,000；2021.9.8尾款320,000不算；表尾合计4,306,400含9月）÷ 下达5,000,000 = 79.7% ≥70% → 取第51项及时拨付自评4分 → 4',
    'bonus.poorTraining: 贫困人口培训率53.9% <70% → 0',
    'bonus.tvCase: 附10 2021.4.22广东广播电视台珠江频道播出电商扶贫典型案例（省级电视，无国家级电视）→ 1',
    'veto.incident: 第53项“没有” → 不否决（0）',
    'veto.progress: 第52项总体进度约90% ≥40% → 不否决（0）',
    'veto.fraud: 第54项“没有” → 不否决（0）',
    'total: 15项合计85 + 加分min(0+1, 4)=1 → 86，未否决；claimed 取第十节“自评分”各行（合计94）',
  ];

  const sheets = [
    { name: '底数和自评', rows: fx, merges: fxM },
    { name: '附1 村居名单', rows: vRows, merges: vMerges },
    { name: '附2 村级站点', rows: sRows, merges: sMerges },
    { name: '附3 普及培训', rows: gRows, merges: gMerges },
    { name: '附4 贫困户专场签到', rows: tRows, merges: tMerges },
    { name: '附5 贫困人口名单', rows: pRows, merges: pMerges },
    { name: '附6 产业园企业', rows: eRows, merges: eMerges },
    { name: '附7 资金拨付', rows: fRows, merges: fMerges },
    { name: '附8 月报报送', rows: rRows },
    { name: '附9 专栏更新', rows: dRows, merges: ['A1:D1'] },
    { name: '附10 宣传报道', rows: mRows, merges: ['A1:G1'] },
    { name: '附11 经验材料', rows: xRows, merges: ['A1:E1'] },
  ];
  out('counties', 'b52-c1-ruyuan.json', {
    description: '乳源瑶族自治县（韶关）商务局电商股的整本考评工作簿（12个表），中上（86分，含加分1分，未否决；县自评94分）。事实表《底数和自评对照表》是电商股内部用的“两种叫法对照”：序号|我们平时叫（“谁挂帅”“县电商中心开张”“拍照、做图”“省里下来的钱”“已付出去的”“出事没有”）|省考评表的说法（评分标准或指标原文）|数／情况（口语：“不免费”“是，村村通”“约90”“2,062”）|单位|出处、口径|自评（分），按“一、县里家底…九、红线”自己的分节，判断项的分只在G列；第十节“自评分”是按省表的 claimed 小表。陷阱：户籍人口23.41万、社区13个、园区“22家”（签约数）、“有站的村78个”（统计到9月15日）、2021年1-8月7.36亿、底数表自报培训2,062人次和拨付430.64万元都含9月；快递“村村通”与村居名单两村“×”不符（按名单0分）；摄影美工“不免费”。台账：村居名单（镇合并、★贫困村、快递√/×）、83个站点（同村两站、社区站、名单外林场点、9月挂牌两个）、普及培训期次表（表尾合计含9月一期）、贫困户专场签到（期次和日期纵向合并、小写x）、贫困人口名单、入驻企业（退出、更名重复信用代码、9月入驻）、资金拨付（红字冲销、9月尾款）、月报、专栏（缺2021年2月）、宣传报道、经验材料。',
    sheets,
    expect: {
      asOf: '2021-08-31',
      total: 86,
      bonus: 1,
      vetoed: false,
      points,
      claimed,
    },
    derivation,
  });
})();

// =====================================================================================
// 2. FACTS f1: 紫金县 — 迎检汇报片分镜头脚本
// =====================================================================================
(function f1() {
  const r = [];
  const M = [];
  const n7 = (a) => { while (a.length < 7) a.push(null); return a; };
  r.push(n7(['《“紫”气东来　电商兴村》——紫金县电子商务进农村综合示范县创建汇报片　分镜头脚本（第四稿）']));
  M.push('A1:G1');
  r.push(n7(['片长约5分钟｜撰稿：县商务局电商股｜摄制：紫金县融媒体中心｜拍摄：2021年8月25日—9月1日｜审片：9月3日']));
  M.push('A2:G2');
  r.push(n7(['说明：解说词和字幕里的数字已与报省的考评基础数据逐项核对一致（电商股），可直接引用；“画面内容”是拍摄要求，里面的数字不是数据。']));
  M.push('A3:G3');
  r.push(['镜号', '时长', '景别', '画面内容', '解说词（配音）', '字幕／图表包装', '备注']);
  const part = (t) => { r.push(n7([t])); M.push(`A${r.length}:G${r.length}`); };
  part('第一部分　县情（片头）');
  r.push([1, '00:00:08', '航拍', '航拍县城、琴江、茶园，叠片名', '（音乐起，无解说）', '片名：“紫”气东来　电商兴村', null]);
  r.push([2, '00:00:15', '航拍', '18个镇的茶园、梯田、村居，快速切换', '紫金县地处粤东北、东江中游，下辖18个镇、229个行政村，其中省定贫困村36个，全县常住人口61.27万人。', '数据卡：常住人口　61.27万人｜行政村　229个｜省定贫困村　36个', '户籍人口86.1万不上字幕']);
  part('第二部分　高位推动');
  r.push([3, '00:00:14', '中景', '县政府常务会议资料画面；领导小组会议现场', '2019年，紫金被确定为省级电子商务进农村综合示范县。县里成立了由县委副书记、县长任组长的工作领导小组，县商务局、财政局、农业农村局、乡村振兴局、市场监管局、交通运输局和邮政分公司为成员单位。', '字幕：领导小组组长　县委副书记、县长', '会议资料画面用2020年3月那次']);
  r.push([4, '00:00:10', '特写', '文件首页特写（紫府办〔2020〕5号），推镜到标题', '县政府正式印发《紫金县电子商务进农村综合示范县创建工作方案》，出台《紫金县扶持农村电子商务发展若干措施》，在资金、场地、人才三方面给予支持。', '字幕：《创建工作方案》（紫府办〔2020〕5号）', null]);
  part('第三部分　体系建设');
  r.push([5, '00:00:14', '全景→中景', '县电商公共服务中心外景；揭牌仪式资料片（2020年10月）', '2020年10月28日，紫金县电子商务公共服务中心正式投入运营。中心面积1,600平方米，设有培训室、产品展厅、直播间和摄影室。', '字幕：2020年10月28日　正式运营', null]);
  r.push([6, '00:00:16', '中景', '培训室上课；展厅货架；品牌发布会资料片', '中心免费提供电商培训场地和设备，常年开展电商基础培训；为全县茶叶、春甜桔等特色农产品免费展示、线上代销；统一策划“紫金蝉茶”“紫金春甜桔”区域品牌推广；还提供代办执照、物流对接、金融对接等增值服务。', '字幕：免费培训｜免费展销｜品牌推广｜增值服务', null]);
  r.push([7, '00:00:08', '近景', '摄影室给企业拍产品', '摄影室为电商企业拍摄产品图片、设计详情页，按成本价收取少量费用。', null, '此镜可删']);
  r.push([8, '00:00:12', '航拍＋中景', '县电商产业园外景、企业办公区（12家企业门牌）', '整合原县城物流园，建成紫金县电子商务产业园，目前入驻企业23家，涵盖平台、销售、代运营、物流快递等类型。', '字幕：产业园入驻企业　23家', null]);
  r.push([9, '00:00:10', '中景', '运营团队开会', '通过公开招标引进专业第三方运营服务商，负责中心和产业园的日常运营。', null, null]);
  r.push([10, '00:00:15', '航拍', '镇村站点外景；快递车进村', '全县建成村级电商服务站点196个；县、镇、村三级物流配送体系全面打通，快递进村实现行政村全覆盖。', '字幕：村级站点　196个｜快递进村　100%', null]);
  part('第四部分　人才培训');
  r.push([11, '00:00:12', '中景', '培训课堂、学员手机实操', '两年来累计举办电商培训112期，培训6,358人次，占全县常住人口的1.04%。', '字幕：电商培训　6,358人次', null]);
  r.push([12, '00:00:10', '近景', '贫困户学员采访（同期声）', '（同期声）“以前不懂用手机卖东西，现在自己开了网店。”——龙窝镇学员', '字幕：龙窝镇学员　叶××', null]);
  r.push([13, '00:00:12', '中景', '贫困户专场培训', '针对有劳动能力、未外出务工的建档立卡贫困人口2,146人开展专场培训，已培训1,180人，培训率达55.0%。', '字幕：贫困人口培训率　55.0%', null]);
  part('第五部分　上行与扶贫');
  r.push([14, '00:00:12', '特写', '茶叶、柚子打包发货', '2020年，全县农村网络零售额18.36亿元，同比增长31.2%；农产品网络零售额4.27亿元，同比增长26.8%。', '图表：农村网零　18.36亿元　↑31.2%', null]);
  r.push([15, '00:00:10', '中景', '直播间带货', '今年1至8月，全县农村网络零售额达13.5亿元。', null, '9月初口径，片子播出时再核']);
  part('第六部分　规范管理');
  r.push([16, '00:00:12', '屏幕录制', '县政府网专栏页面滚动', '在县政府门户网站开设“电子商务进农村”公开专栏，公示创建方案、项目基本信息和建设进度，按月更新，并开通监督举报电话和邮箱。', null, null]);
  r.push([17, '00:00:10', '中景', '工作人员整理月报', '每月向河源市商务局报送工作进展和电商扶贫统计数据。', null, null]);
  r.push([18, '00:00:12', '特写', '资金台账、凭证翻页', '省级专项资金500万元，已拨付416.8万元。资金使用严格执行《紫金县省级电子商务进农村综合示范专项资金管理办法》，建立专账、专人管理。', '字幕：已拨付　416.8万元', null]);
  r.push([19, '00:00:08', '航拍', '站点、中心全景', '目前，示范项目总体进度达95%。', '字幕：总体进度　95%', null]);
  part('片尾');
  r.push([20, '00:00:10', '航拍', '夕阳下的茶园', '紫金县将以示范创建为契机，推动农村电商高质量发展。', '字幕：紫金县商务局　出品　2021年9月', null]);
  r.push(n7(['合计时长：约00:04:08']));
  M.push(`A${r.length}:G${r.length}`);

  out('facts', 'b52-f1-zijin.json', {
    description: '紫金县（河源）商务局电商股把迎检汇报片的《分镜头脚本（第四稿）》当基础数据表交来（表头上方写明解说词和字幕里的数字已与报省数据核对）：镜号|时长|景别|画面内容|解说词（配音）|字幕／图表包装|备注，按“第一部分…片尾”分节；事实全在解说词句子和字幕数据卡里（字幕用“｜”分隔几项），时长“00:00:15”像时间。读法：摄影室“按成本价收取少量费用”→ 摄影美工 false；零售额只给2020年值和增速（2019年不反推）；培训率1.04%、贫困人口培训率55.0%是算出来的，不是输入。陷阱：户籍人口86.1万（备注）、“18个镇”“12家企业门牌”（画面）、入驻企业23家、站点196个、112期、2021年1-8月13.5亿元、拍摄日期和审片日期、“2021年9月”出品。表内没有县名标签和考评截止日期（county、asOf不列）；判断项无自评分。',
    sheets: [{ name: '汇报片脚本', rows: r, merges: M }],
    expect: {
      facts: {
        residentPopulation: 612700,
        adminVillagesStated: 229,
        poorVillagesStated: 36,
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
        ruralRetail2020: 1836000000,
        ruralRetailGrowthStated: 0.312,
        agriRetail2020: 427000000,
        agriRetailGrowthStated: 0.268,
        trainingPersonTimesStated: 6358,
        eligiblePoorPersonsStated: 2146,
        trainedPoorPersonsStated: 1180,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4168000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.95,
      },
      judged: {},
      leadership: 'principal-all',
    },
  });
})();

// =====================================================================================
// 3. FACTS f2: 丰顺县 — 仿政府采购“响应及偏离表”
// =====================================================================================
(function f2() {
  const r = [];
  const M = [];
  const n6 = (a) => { while (a.length < 6) a.push(null); return a; };
  r.push(n6(['丰顺县电子商务进农村综合示范县创建考评要求响应及偏离表']));
  M.push('A1:F1');
  r.push(n6(['（格式参照政府采购“技术参数响应及偏离表”：无偏离＝达到考评要求；正偏离＝优于考评要求；负偏离＝未达到考评要求，须在“偏离说明”栏写明原因）']));
  M.push('A2:F2');
  r.push(['县（市、区）', '丰顺县', '考评截止日期', D('2021-08-31'), '填报单位', '丰顺县商务局（盖章）']);
  r.push(['常住人口', '48.96万人（七普）', '户籍人口', '73.2万人', '镇', '16个']);
  r.push(['行政村', '257个', '社区（居委会）', '14个', '省定贫困村', '31个']);
  r.push(['序号', '考评要求（省考评指标体系原文）', '我县响应（截至2021年8月31日完成情况）', '偏离情况', '偏离说明', '佐证材料页码']);
  const sec = (t) => { r.push(n6([t])); M.push(`A${r.length}:F${r.length}`); };
  sec('一、加强组织领导与统筹协调');
  r.push([1, '由县（市、区）政府主要领导牵头且有商务、财政、农业、扶贫等部门参与', '县委副书记、县长任领导小组组长；成员单位：县商务局、财政局、农业农村局、乡村振兴局、工信局、市场监管局、邮政分公司', '无偏离', null, 'P3-P6']);
  r.push([2, '正式印发的示范县工作方案', '已印发《丰顺县电子商务进农村综合示范县创建工作方案》（丰府办〔2019〕41号）', '无偏离', null, 'P7-P15']);
  r.push([3, '工作方案因地制宜,可操作性较强（1-2分）', '自评2分', '无偏离', null, null]);
  r.push([4, '在资金、土地、人才等方面出台政策，支持农村电商发展', '已出台《丰顺县促进农村电子商务发展十条措施》（丰府办〔2020〕17号）', '正偏离', '资金、场地、人才三方面均有措施', 'P16-P20']);
  r.push([5, '出台相关政策，且得到较好落实（1-2分）', '自评2分', '无偏离', null, null]);
  r.push([6, '建立项目管理制度，在建设、验收环节严格落实相关制度（1-2分）', '已建立《项目管理办法》《验收管理细则》，自评2分', '无偏离', null, 'P21']);
  r.push([7, '建立完整工作台账，详细记录项目建设情况（1-2分）', '自评1分', '负偏离', '2020年上半年台账有缺项，已补录', 'P22']);
  sec('二、服务体系建设');
  r.push([8, '建成县级电子商务公共服务中心', '已建成，2020年11月26日正式投入运营', '无偏离', null, 'P25']);
  r.push([9, '建成后已正常运行6个月（截至2021年8月31日）以上', '已运行9个月', '正偏离', null, null]);
  r.push([10, '有免费培训场所、培训设备，能组织电商基础培训', '有，培训室120座，培训免费', '无偏离', null, null]);
  r.push([11, '为特色农产品提供免费展示、销售服务', '有，展示区免费入驻', '无偏离', null, null]);
  r.push([12, '为电子商务市场主体提供免费摄影、美工服务', '摄影、美工按成本价收费', '负偏离', '未做到免费', null]);
  r.push([13, '组织农产品统一推广、指导特色农产品品牌建设', '统一推广“丰顺单丛”“八乡山”区域品牌', '无偏离', null, null]);
  r.push([14, '为电子商务发展提供其他衍生增值服务', '提供代账、直播间、金融对接等服务', '无偏离', null, null]);
  r.push([15, '建设或整合、优化当地电商产业园', '整合汤坑镇电商孵化基地，建成县电商产业园', '无偏离', null, 'P30']);
  r.push([16, '电商产业园企业入驻数量达20家及以上', '入驻企业18家', '负偏离', '差2家，9月有3家签约', null]);
  r.push([17, '电商产业园入驻企业含平台型电商企业、销售型企业、电商运营商或物流企业等至少三种以上类型', '平台型、销售型、电商运营商、物流企业四类', '正偏离', null, null]);
  r.push([18, '辖区内行政村建设村级电子商务服务站点要达到70%以上', '建成站点205个，覆盖行政村192个（74.7%）', '正偏离', null, 'P35-P60']);
  r.push([19, '其中省定贫困村实现全覆盖', '31个省定贫困村全部建站', '无偏离', null, null]);
  sec('三、农村产品上行');
  r.push([20, '对当地农产品网络销售进行调研，并形成针对性建议（1-2分）', '已形成调研报告，自评2分', '无偏离', null, 'P61']);
  r.push([21, '开展农村产品网络促销活动成效明显（1-2分）', '开展促销活动5场，自评1分', '负偏离', '成效一般', null]);
  r.push([22, '当地有专业第三方电子商务运营或服务商', '有（中标运营商：梅州市云商电子商务有限公司）', '无偏离', null, null]);
  r.push([23, '行政村物流快递覆盖率100%', '覆盖率97.3%（250/257）', '负偏离', '7个偏远村快递只到镇', 'P66']);
  r.push([24, '有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）', '出台2项交易标准，冷链已建，溯源系统建设中，自评1分', '负偏离', null, null]);
  r.push([25, '2020年农村网络零售额或农产品网络零售额同比增速≥30%', '2020年农村网络零售额12.85亿元（2019年10.42亿元），增长23.3%；农产品网络零售额3.46亿元（2019年2.58亿元），增长34.1%', '正偏离', '农产品网络零售额达标', 'P70']);
  sec('四、电商人才培训');
  r.push([26, '培训人次达常住人口1%及以上', '累计培训5,126人次（1.05%）', '正偏离', null, 'P72']);
  r.push([27, '建档立卡贫困人口培训率50%及以上（外出务工者除外）', '有劳动能力且未外出务工的贫困人口1,624人，已参训812人（50.0%）', '无偏离', null, 'P80']);
  r.push([28, '加分项：建档立卡贫困人口培训率70%及以上', '50.0%', '负偏离', null, null]);
  sec('五、信息公开及报送');
  r.push([29, '在县政府网站设立公开专栏，公示创建方案、项目基本信息、项目建设进度', '已设立，三项均已公示', '无偏离', null, 'P85']);
  r.push([30, '设立征求意见窗口或监督举报窗口', '未单独设立，公布了局办公室电话', '负偏离', null, null]);
  r.push([31, '近一年内专栏内容能按月更新', '按月更新', '无偏离', null, null]);
  r.push([32, '近一年能每月向市商务局报送工作情况', '每月报送', '无偏离', null, null]);
  r.push([33, '能统计电商扶贫情况', '能，每月附报电商扶贫统计表', '无偏离', null, null]);
  sec('六、宣传推广');
  r.push([34, '向市商务局报送经验材料', '已报送2篇', '正偏离', null, null]);
  r.push([35, '典型做法被主流媒体报道宣传', '省级2篇、市级5篇、县级12篇', '无偏离', null, null]);
  sec('七、财政资金管理');
  r.push([36, '制定省级财政资金管理制度，细化工作目标、任务、财政资金支持方向等；建立考核问责制度', '已制定《丰顺县省级电子商务进农村综合示范专项资金管理办法》', '无偏离', null, 'P90']);
  r.push([37, '建立科学有效的资金管理制度且得到有效落实（1-5分）', '自评5分', '无偏离', null, null]);
  r.push([38, '项目承建方建立资金专用台账，账目完整，能清析反映资金使用情况（1-5分）', '已建立，自评4分', '负偏离', '个别凭证附件不全', null]);
  r.push([39, '资金支出率70%以上', '下达省级专项资金500万元，累计拨付378.5万元（75.7%）', '正偏离', null, 'P95']);
  r.push([40, '根据创建进度及时拨付（1-5分）', '自评4分', '负偏离', '第二批站点尾款拨付稍慢', null]);
  sec('八、一票否决项');
  r.push([41, '发生安全生产、质量事故，或者造成重大经济损失和社会不良影响', '未发生', '无偏离', null, null]);
  r.push([42, '项目建设进度严重滞后，总体进度不足40%', '项目总体进度92%', '正偏离', null, null]);
  r.push([43, '弄虚作假', '无', '无偏离', null, null]);
  r.push(n6(['填报单位（盖章）：丰顺县商务局　　负责人：　　　　经办人：　　　　日期：2021年9月3日']));
  M.push(`A${r.length}:F${r.length}`);

  out('facts', 'b52-f2-fengshun.json', {
    description: '丰顺县（梅州）商务局把考评自查做成政府采购的《考评要求响应及偏离表》：表头块是 县（市、区）/考评截止日期（真日期）/填报单位、常住人口/户籍人口/镇、行政村/社区/省定贫困村 三行各三对“标签|值”；主体为 序号|考评要求（省指标体系原文）|我县响应|偏离情况（无偏离/正偏离/负偏离）|偏离说明|佐证材料页码，按“一、…八、一票否决项”分节，事实在“我县响应”句子里，是否由响应内容和偏离情况一起读（“按成本价收费 负偏离”→ 摄影美工 false，“覆盖率97.3% 负偏离”→ 快递 false，“未单独设立…负偏离”→ 举报窗口 false），判断分写在响应里“自评2分”。第38行“已建立，自评4分”既是资金专用台账已建立的事实（fundLedgerKept），也是资金台账自评4分；第6行同理只取判断分。陷阱：户籍人口73.2万、镇16个、社区14个、入驻企业18家、站点205个/覆盖192个（74.7%）、1.05%、50.0%、“已报送2篇”、媒体篇数、75.7%都不是输入；偏离情况的“正/负”对一票否决行是相对“不得发生”而言；落款日期2021年9月3日不是截止日。',
    sheets: [{ name: '响应偏离表', rows: r, merges: M }],
    expect: {
      facts: {
        county: '丰顺县',
        asOf: '2021-08-31',
        residentPopulation: 489600,
        adminVillagesStated: 257,
        poorVillagesStated: 31,
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
        ruralRetail2019: 1042000000,
        ruralRetail2020: 1285000000,
        ruralRetailGrowthStated: 0.233,
        agriRetail2019: 258000000,
        agriRetail2020: 346000000,
        agriRetailGrowthStated: 0.341,
        trainingPersonTimesStated: 5126,
        eligiblePoorPersonsStated: 1624,
        trainedPoorPersonsStated: 812,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3785000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.92,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2,
        'org.policy': 2,
        'org.management.system': 2,
        'org.management.ledger': 1,
        'work.upward.research': 2,
        'work.upward.promotion': 1,
        'work.upward.standards': 1,
        'fund.system': 5,
        'fund.ledger': 4,
        'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  });
})();

// =====================================================================================
// 4. FACTS f3: 和平县 — “挂图作战”进度表（文字进度条）
// =====================================================================================
(function f3() {
  const r = [];
  const M = [];
  const n8 = (a) => { while (a.length < 8) a.push(null); return a; };
  const bar = (p) => '■'.repeat(Math.floor(p / 10)) + '□'.repeat(10 - Math.floor(p / 10));
  r.push(n8(['和平县电子商务进农村综合示范创建“挂图作战”进度表']));
  M.push('A1:H1');
  r.push(['作战单位', '县电子商务进农村示范创建领导小组办公室（县商务局）', null, null, '统计截止', D('2021-08-31'), '挂图更新', '2021.9.2']);
  M.push('B2:D2');
  r.push(n8(['图例：■ 已完成部分　□ 未完成部分（每格10%）　◆ 已销号　◇ 未销号（推进中／未达标）']));
  M.push(`A3:H3`);
  r.push(n8(['县情：全县辖17个镇、231个行政村（另有社区16个），其中省定贫困村33个；常住人口35.12万人（七普，户籍人口55.6万人）。']));
  M.push(`A4:H4`);
  r.push(['序号', '战役（任务）', '指挥长', '作战单位', '目标', '战果（截至8月31日）', '进度', '状态']);
  const sec = (t) => { r.push(n8([t])); M.push(`A${r.length}:H${r.length}`); };
  const row = (a) => r.push(a);
  sec('第一战区　组织保障');
  row([1, '成立领导小组', '县长', '县政府办', '2019年12月前', '县委副书记、县长任组长，县商务局、财政局、农业农村局、乡村振兴局（原扶贫办）等12个部门为成员', bar(100) + ' 100%', '◆ 销号']);
  row([2, '印发创建工作方案', '常务副县长', '县商务局', '2020年1月', '和府办〔2020〕3号正式印发', bar(100) + ' 100%', '◆ 销号']);
  row([3, '出台农村电商扶持政策', '常务副县长', '县商务局、县财政局', '2020年6月', '《和平县农村电子商务扶持办法》送审稿已报县政府，待常务会研究', bar(70) + ' 70%', '◇ 推进中']);
  row([4, '建立项目管理制度', '分管副县长', '县商务局', '2020年3月', '《项目管理和验收办法》已印发执行', bar(100) + ' 100%', '◆ 销号']);
  sec('第二战区　服务体系');
  row([5, '县电商公共服务中心建成运营', '分管副县长', '县商务局、运营商', '2020年10月', '2020年12月8日揭牌运营', bar(100) + ' 100%', '◆ 销号']);
  row([6, '中心免费培训', '分管副县长', '运营商', '能开展基础培训', '培训室60座，免费开课', bar(100) + ' 100%', '◆ 销号']);
  row([7, '中心免费展示展销', '分管副县长', '运营商', '免费', '展厅已布展，农产品免费入驻展示', bar(100) + ' 100%', '◆ 销号']);
  row([8, '中心免费摄影美工', '分管副县长', '运营商', '免费', '摄影棚装修中，暂由运营商有偿代拍', bar(50) + ' 50%', '◇ 推进中']);
  row([9, '农产品品牌推广', '分管副县长', '县农业农村局、运营商', '统一推广', '“和平猕猴桃”“和平茶”统一包装推广', bar(100) + ' 100%', '◆ 销号']);
  row([10, '其他衍生增值服务', '分管副县长', '运营商', '有', '已开展代办证照、金融对接、直播间共享', bar(100) + ' 100%', '◆ 销号']);
  row([11, '电商产业园', '分管副县长', '县商务局', '2020年12月', '整合县城电商创业园，2021年1月挂牌', bar(100) + ' 100%', '◆ 销号']);
  row([12, '产业园入驻企业20家', '分管副县长', '运营商', '20家', '已入驻16家（平台、销售、物流三类）', bar(80) + ' 80%', '◇ 推进中']);
  row([13, '村级站点覆盖70%行政村', '分管副县长', '各镇', '162个村', '已建站点171个，覆盖行政村168个', bar(100) + ' 100%', '◆ 销号']);
  sec('第三战区　上行与物流');
  row([14, '引进第三方运营服务商', '分管副县长', '县商务局', '2020年6月', '已引进和平县粤和电子商务运营有限公司', bar(100) + ' 100%', '◆ 销号']);
  row([15, '快递进村全覆盖', '分管副县长', '县邮政管理局', '100%', '已通223个村，还差8个偏远村（覆盖率96.5%）', bar(90) + ' 96.5%', '◇ 推进中']);
  row([16, '网络零售额增长30%', '分管副县长', '县商务局', '≥30%', '2020年农村网络零售额9.63亿元，增长19.4%；农产品网络零售额2.87亿元，增长28.2%', bar(90) + ' 94%', '◇ 未达标']);
  sec('第四战区　人才培训');
  row([17, '培训人次达常住人口1%', '分管副县长', '县商务局、县人社局', '3,512人次', '已培训3,895人次', bar(100) + ' 111%', '◆ 销号']);
  row([18, '贫困人口培训率50%', '分管副县长', '县乡村振兴局', '50%', '有劳动能力（不含外出务工）贫困人口1,386人，已培训652人（47.0%）', bar(90) + ' 94%', '◇ 推进中']);
  sec('第五战区　公开与报送');
  row([19, '政府网公开专栏', '分管副县长', '县政府办、县商务局', '内容全面', '已公示创建方案、项目基本信息、建设进度，专栏设“我要留言”征求意见窗口', bar(100) + ' 100%', '◆ 销号']);
  row([20, '按月报送市商务局', '分管副县长', '县商务局', '每月', '每月10日前报河源市商务局，附电商扶贫统计表', bar(100) + ' 100%', '◆ 销号']);
  row([21, '宣传报道', '分管副县长', '县融媒体中心', '省、市、县', '省级3篇、市级6篇、县级15篇', bar(100) + ' 100%', '◆ 销号']);
  sec('第六战区　资金与进度');
  row([22, '省级专项资金拨付', '分管副县长', '县财政局、县商务局', '全部拨付', '省下达500万元，已拨付341.5万元（68.3%）', bar(60) + ' 68.3%', '◇ 推进中']);
  row([23, '资金管理制度', '分管副县长', '县财政局', '有', '《和平县省级电商专项资金管理办法》已印发', bar(100) + ' 100%', '◆ 销号']);
  row([24, '资金专用台账', '分管副县长', '各承建单位', '有', '各承建单位已建专账', bar(100) + ' 100%', '◆ 销号']);
  row([25, '项目总体进度', '分管副县长', '县商务局', '100%', '总体进度86%', bar(80) + ' 86%', '◇ 推进中']);
  sec('第七战区　底线');
  row([26, '安全生产和质量', '分管副县长', '各承建单位', '零事故', '未发生安全生产、质量事故', '—', '◆ 销号']);
  row([27, '数据真实', '分管副县长', '县商务局', '不弄虚作假', '无弄虚作假', '—', '◆ 销号']);
  sec('附：主观项自评（分）');
  row(['序号', '项目', '满分', '自评', null, '说明', null, null]);
  const j = [
    ['方案制定', 2, 2, null],
    ['政策支持', 2, '—', '政策还没出台，不自评'],
    ['项目管理—制度', 2, 2, null],
    ['项目管理—台账', 2, 2, null],
    ['网销调研', 2, 1, '调研报告较简单'],
    ['网络促销活动', 2, 2, null],
    ['交易标准、冷链溯源', 2, 1, '溯源未建'],
    ['资金管理制度', 5, 4, null],
    ['资金台账', 5, 4, null],
    ['资金及时拨付', 5, null, '支出率不到70%，倒扣，不自评'],
  ];
  j.forEach((x, i) => row([i + 1, x[0], x[1], x[2], null, x[3], null, null]));

  out('facts', 'b52-f3-heping.json', {
    description: '和平县（河源）商务局的《“挂图作战”进度表》：序号|战役（任务）|指挥长|作战单位|目标|战果（截至8月31日）|进度|状态，按“第一战区…第七战区”分节；“进度”栏是文字进度条（■■■■■■■□□□ 70%），“状态”◆销号＝完成、◇推进中／未达标；事实在“战果”句子里，是否看战果和状态（政策“送审稿…待常务会研究 ◇”→ false；摄影美工“有偿代拍 ◇”→ false；快递“还差8个 96.5%”→ false）；县情是表头下一句话；第2行“统计截止”为真日期；表尾“附：主观项自评（分）”小表，政策支持“—”和资金及时拨付空白为未自评。陷阱：“指挥长”一栏大多是常务／分管副县长（每项任务的挂点领导），牵头领导要看第1项领导小组（县委副书记、县长任组长，四部门齐全）；目标栏（3,512人次、50%、20家、162个村、500万元全部拨付）不是完成值；户籍人口55.6万、社区16个、入驻16家、站点171个/覆盖168个、47.0%、68.3%、媒体篇数、进度百分比（111%、94%）都不是输入；零售额只给2020年值与增速，不反推2019年；挂图更新2021.9.2不是截止日；表内没有县名标签（county 不列）。',
    sheets: [{ name: '挂图作战', rows: r, merges: M }],
    expect: {
      facts: {
        // (Added on review: the county its title names, as the corpus reads a title's county.)
        county: '和平县',
        asOf: '2021-08-31',
        residentPopulation: 351200,
        adminVillagesStated: 231,
        poorVillagesStated: 33,
        planIssued: true,
        policyIssued: false,
        centerOpened: '2020-12-08',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: false,
        ruralRetail2020: 963000000,
        ruralRetailGrowthStated: 0.194,
        agriRetail2020: 287000000,
        agriRetailGrowthStated: 0.282,
        trainingPersonTimesStated: 3895,
        eligiblePoorPersonsStated: 1386,
        trainedPoorPersonsStated: 652,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3415000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.86,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2,
        'org.management.system': 2,
        'org.management.ledger': 2,
        'work.upward.research': 1,
        'work.upward.promotion': 2,
        'work.upward.standards': 1,
        'fund.system': 4,
        'fund.ledger': 4,
      },
      leadership: 'principal-all',
    },
  });
})();

// =====================================================================================
// 5. LEDGERS l1: 新丰县 — 学员结构统计表（三组分类，男+女＝人次）+ 网站CMS导出（en-US 时间）
// =====================================================================================
(function l1() {
  // ---- training: structure statistics per session ----
  const S = [
    ['第1期', '2020.9.16', '2020-09-16', '县电商公共服务中心（丰城街道）', '电商基础知识普及', 38, 46, [30, 36, 18], [41, 31, 12], 9, 84, 79, null],
    ['第2期', '2020年10月21日', '2020-10-21', '黄磜镇政府会议室', '农产品网店开设与运营', 41, 37, [25, 33, 20], [44, 26, 8], 12, 78, 70, null],
    ['第3期', D('2020-11-18'), '2020-11-18', '回龙镇文化站', '短视频拍摄与剪辑', 29, 55, [38, 31, 15], [35, 33, 16], 7, 84, 81, null],
    ['第4期', '2020.12.9-10', '2020-12-10', '县电商公共服务中心', '直播带货实操（两天）', 33, 29, [40, 17, 5], [18, 27, 17], 4, 62, 60, '两天班，按人计一次'],
    ['第5期', '21.1.13', '2021-01-13', '马头镇政府会议室', '电商基础与手机开店', 45, 40, [22, 39, 24], [52, 25, 8], 15, 85, 77, null],
    ['第6期', '2021年3月24日', '2021-03-24', '梅坑镇党群服务中心', '农产品品牌与包装', 27, 36, [20, 28, 15], [30, 22, 11], 6, 60, 58, '问卷少印3份'],
    ['第7期', '2021/4/21', '2021-04-21', '沙田镇政府会议室', '网店客服与售后', 22, 48, [35, 25, 10], [28, 30, 12], 5, 70, 66, null],
    ['第8期', '2021.5.19', '2021-05-19', '遥田镇文化站', '电商扶贫专场：手机卖农货', 31, 35, [12, 30, 24], [49, 15, 2], 58, 66, 63, '贫困户专场'],
    ['第9期', '2021.6.17', null, '丰城街道党群服务中心', '电商基础知识普及', '—', '—', ['—', '—', '—'], ['—', '—', '—'], '—', '—', '—', '因疫情防控暂停，未举办'],
    ['第10期', '2021.7.14', '2021-07-14', '县电商公共服务中心（线上同步直播）', '直播间搭建与运营', 52, 71, [68, 41, 14], [40, 51, 32], 10, 123, 96, '含线上同步学员（按报名表统计）'],
    ['第11期', D('2021-08-25'), '2021-08-25', '丰城街道党群服务中心', '跨境电商入门', 36, 30, [41, 19, 6], [15, 24, 27], 3, 66, 62, null],
    ['第12期', '2021.9.8', '2021-09-08', '县电商公共服务中心', '电商基础知识普及', 40, 42, [33, 31, 18], [45, 26, 11], 8, 82, 80, null],
  ];
  const rows = [];
  const M = [];
  const n16 = (a) => { while (a.length < 16) a.push(null); return a; };
  rows.push(n16(['新丰县电子商务培训学员结构统计表（2020年9月—2021年9月）']));
  M.push('A1:P1');
  rows.push(n16(['填报单位：新丰县电子商务公共服务中心', null, null, null, null, null, null, null, null, null, null, null, null, '单位：人、份']));
  M.push('A2:F2', 'N2:P2');
  rows.push(n16(['期次', '培训日期', '培训地点', '培训主题', '参训学员构成（人）', null, null, null, null, null, null, null, '其中：建档立卡贫困户（人）', '满意度问卷（份）', null, '备注']));
  rows.push(n16([null, null, null, null, '性别', null, '年龄', null, null, '文化程度', null, null, null, null, null, null]));
  rows.push(n16([null, null, null, null, '男', '女', '35岁及以下', '36—50岁', '51岁及以上', '初中及以下', '高中（中专）', '大专及以上', null, '发放', '回收', null]));
  M.push('A3:A5', 'B3:B5', 'C3:C5', 'D3:D5', 'E3:L3', 'E4:F4', 'G4:I4', 'J4:L4', 'M3:M5', 'N3:O4', 'P3:P5');
  const recs = [];
  const tot = new Array(11).fill(0);
  for (const s of S) {
    const [qi, shown, iso, place, topic, m, f, age, edu, poor, qs, qb, note] = s;
    rows.push([qi, shown, place, topic, m, f, age[0], age[1], age[2], edu[0], edu[1], edu[2], poor, qs, qb, note]);
    if (iso) {
      const pt = m + f;
      assert(age.reduce((a, b) => a + b, 0) === pt && edu.reduce((a, b) => a + b, 0) === pt, 'breakdown ' + qi);
      recs.push({ date: iso, personTimes: pt });
      [m, f, ...age, ...edu, poor, qs, qb].forEach((v, k) => { tot[k] += v; });
    }
  }
  rows.push(['合计', null, null, '（11期）', ...tot.slice(0, 8), tot[8], tot[9], tot[10], null]);
  rows.push(n16(['注：1. 男、女两栏相加即该期参训人数；年龄、文化程度两组是同一批学员按另外口径分类。2. “其中：建档立卡贫困户”已含在参训人数内。3. 满意度问卷按回收份数统计，少数学员未交。']));
  M.push(`A${rows.length}:P${rows.length}`);
  rows.push(n16(['制表：县电商中心　李××　　　审核：县商务局电商股']));
  M.push(`A${rows.length}:P${rows.length}`);

  // ---- disclosures: CMS export with en-US date-times (M/D/YYYY h:mm:ss AM/PM) ----
  const CH_COL = '政务公开 > 重点领域 > 电子商务进农村综合示范';
  const CH_NEWS = '新闻中心 > 部门动态';
  const items = [
    [7093, '新丰县电子商务进农村综合示范项目建设进度公示（2021年8月）', CH_COL, '9/6/2021 5:12:40 PM', '9/7/2021 9:05:11 AM', '已发布', 86],
    [7061, '关于举办2021年第12期电子商务培训班的通知', CH_NEWS, '9/1/2021 3:22:18 PM', '9/2/2021 10:30:00 AM', '已发布', 233],
    [7038, '新丰县电子商务进农村综合示范项目建设进度公示（2021年7月）', CH_COL, '8/9/2021 4:40:05 PM', '8/10/2021 8:58:31 AM', '已发布', 121],
    [6990, '新丰县电子商务进农村综合示范项目建设进度公示（2021年6月）', CH_COL, '7/8/2021 5:01:44 PM', '7/9/2021 9:12:46 AM', '已发布', 140],
    [6952, '新丰县电子商务进农村综合示范项目建设进度公示（2021年5月）', CH_COL, '6/7/2021 11:20:09 AM', '6/8/2021 3:20:09 PM', '已发布', 98],
    [6930, '新丰县电子商务进农村综合示范项目（第二批）基本信息公示', CH_COL, '5/24/2021 10:15:52 AM', '', '待审核', 0],
    [6911, '新丰县电子商务进农村综合示范项目建设进度公示（2021年4月）', CH_COL, '5/10/2021 4:48:30 PM', '5/11/2021 10:02:55 AM', '已发布', 167],
    [6877, '新丰县电子商务进农村综合示范项目建设进度公示（2021年3月）', CH_COL, '4/9/2021 5:35:12 PM', '4/12/2021 9:30:00 AM', '已发布', 154],
    [6840, '新丰县电子商务进农村综合示范项目建设进度公示（2021年2月）', CH_COL, '3/9/2021 4:02:27 PM', '3/10/2021 11:45:20 AM', '已发布', 132],
    [6822, '新丰县电子商务进农村综合示范专栏监督举报方式', CH_COL, '3/2/2021 9:40:03 AM', '', '草稿', 0],
    [6801, '新丰县电商公共服务中心春节期间服务安排', CH_NEWS, '1/28/2021 2:10:45 PM', '1/29/2021 9:00:00 AM', '已发布', 412],
    [6795, '新丰县电子商务进农村综合示范项目建设进度公示（2021年1月）', CH_COL, '2/4/2021 3:55:10 PM', '2/5/2021 4:16:33 PM', '已发布', 119],
    [6760, '新丰县电子商务进农村综合示范项目建设进度公示（2020年12月）', CH_COL, '1/11/2021 5:20:38 PM', '1/12/2021 9:01:07 AM', '已发布', 187],
    [6701, '新丰县电子商务进农村综合示范项目基本信息公示', CH_COL, '12/28/2020 9:48:00 AM', '12/28/2020 10:20:00 AM', '已发布', 356],
    [6718, '新丰县电子商务进农村综合示范项目建设进度公示（2020年11月）', CH_COL, '12/1/2020 2:33:50 PM', '12/1/2020 5:40:12 PM', '已发布', 203],
    [6655, '新丰县电子商务进农村综合示范项目建设进度公示（2020年10月）', CH_COL, '11/11/2020 4:28:17 PM', '11/12/2020 9:18:40 AM', '已发布', 176],
    [6610, '新丰县电子商务进农村综合示范项目建设进度公示（2020年9月）', CH_COL, '10/9/2020 10:41:02 AM', '10/9/2020 3:03:26 PM', '已发布', 221],
    [6588, '新丰县电子商务进农村综合示范项目建设进度公示（2020年8月）', CH_COL, '9/14/2020 5:06:29 PM', '9/15/2020 9:03:44 AM', '已发布', 265],
    [6502, '新丰县电子商务进农村综合示范县创建工作方案', CH_COL, '7/20/2020 4:12:00 PM', '7/21/2020 8:50:00 AM', '已发布', 508],
  ];
  // sort: newest publish (or create for unpublished) first
  const us = (s) => {
    const mm = /^(\d+)\/(\d+)\/(\d{4}) (\d+):(\d+):(\d+) (AM|PM)$/.exec(s);
    let h = +mm[4] % 12; if (mm[7] === 'PM') h += 12;
    return { iso: `${mm[3]}-${pad(mm[1])}-${pad(mm[2])}`, key: `${mm[3]}${pad(mm[1])}${pad(mm[2])}${pad(h)}${mm[5]}${mm[6]}` };
  };
  items.sort((a, b) => (us(b[4] || b[3]).key > us(a[4] || a[3]).key ? 1 : -1));
  const drows = [];
  const dM = [];
  drows.push(['新丰县人民政府门户网站　信息管理　—　检索结果导出', null, null, null, null, null, null, null]);
  dM.push('A1:H1');
  drows.push(['导出时间：9/8/2021 9:42:17 AM　　导出账号：xfswj_dsg　　检索条件：发布机构＝新丰县商务局；时间＝全部；共19条', null, null, null, null, null, null, null]);
  dM.push('A2:H2');
  drows.push(['信息ID', '标题', '所属栏目', '发布机构', '创建时间', '发布时间', '状态', '访问量']);
  const drecs = [];
  for (const it of items) {
    drows.push([it[0], it[1], it[2], '新丰县商务局', it[3], it[4] || null, it[5], it[6]]);
    if (it[2] === CH_COL && it[5] === '已发布') drecs.push({ date: us(it[4]).iso });
  }
  assert(drecs.length === 15, 'disclosure records 15 got ' + drecs.length);
  assert(drecs[0].date === '2021-09-07' && drecs[drecs.length - 1].date === '2020-07-21', 'order');

  out('ledgers', 'b52-l1-xinfeng.json', {
    description: '新丰县（韶关）两张表：①县电商中心的《电子商务培训学员结构统计表》，一期一行，三行表头（“参训学员构成（人）”合并在 性别（男|女）、年龄（35岁及以下|36—50岁|51岁及以上）、文化程度（初中及以下|高中（中专）|大专及以上）三组之上），没有“参训人数”合计栏——每期人次＝男＋女（年龄、文化程度是同一批人的另两种分法，三组各自相加都相等，不能把8栏加总）；另有“其中：建档立卡贫困户”（已含在内）和满意度问卷“发放|回收”（不是人数）；日期有2020.9.16、2020年10月21日、真日期、两天班“2020.12.9-10”按结束日、两位年份21.1.13、2021/4/21；第9期“因疫情防控暂停”全是“—”不是记录；第12期2021.9.8在截止日后照列；合计行和注不是记录。②县政府网站内容管理系统的检索结果导出，时间是英文区域格式“9/15/2020 9:03:44 AM”（月/日/年、12小时制，10/9/2020＝2020年10月9日、12/1/2020＝2020年12月1日），按发布时间倒序；只有栏目为“政务公开 > 重点领域 > 电子商务进农村综合示范”且状态“已发布”的行是专栏更新，日期取“发布时间”（不是创建时间），“部门动态”栏目的两条、“待审核”“草稿”两条（无发布时间）都不是；2021年9月7日一条在截止日后照列。',
    sheets: [
      { name: '学员结构统计', rows, merges: M },
      { name: '网站信息导出', rows: drows, merges: dM },
    ],
    expect: {
      sheets: {
        '学员结构统计': { kind: 'training', records: recs },
        '网站信息导出': { kind: 'disclosures', records: drecs },
      },
    },
  });
})();

// =====================================================================================
// 6. LEDGERS l2: 连南瑶族自治县 — 市报送平台操作日志 + 县融媒体中心电视播出记录（含重播、转播）
// =====================================================================================
(function l2() {
  const U = '连南瑶族自治县商务局';
  const C = '清远市商务局';
  const A2 = '附表1（工作进展）；附表2（电商扶贫统计）';
  const A1 = '附表1（工作进展）';
  const log = [
    ['2020-09-07 16:42:10', 'lnswj01', U, '2020年08月', '保存', A1, null],
    ['2020-09-08 09:40:05', 'lnswj01', U, '2020年08月', '上报', A2, null],
    ['2020-09-09 14:21:50', 'qysw_dsk', C, '2020年08月', '审核通过', null, '同意'],
    ['2020-10-09 10:05:33', 'lnswj01', U, '2020年09月', '上报', A2, null],
    ['2020-10-12 11:30:02', 'qysw_dsk', C, '2020年09月', '退回', null, '附表2参训贫困户人数与上月累计不衔接，请核实后重报'],
    ['2020-10-13 15:18:47', 'lnswj01', U, '2020年09月', '重新上报', A2, '已核实修改'],
    ['2020-10-14 09:02:11', 'qysw_dsk', C, '2020年09月', '审核通过', null, '同意'],
    ['2020-11-09 17:25:40', 'lnswj01', U, '2020年10月', '上报', A1, null],
    ['2020-11-10 10:40:56', 'qysw_dsk', C, '2020年10月', '审核通过', null, '请下月起补报附表2'],
    ['2020-12-08 10:11:09', 'lnswj01', U, '2020年11月', '上报', A2, null],
    ['2020-12-08 16:55:00', 'qysw_dsk', C, '2020年11月', '审核通过', null, '同意'],
    ['2021-01-07 15:30:12', 'lnswj01', U, '2020年11月', '导出报表', null, null],
    ['2021-01-08 09:33:21', 'lnswj01', U, '2020年12月', '上报', A2, null],
    ['2021-01-11 11:12:40', 'qysw_dsk', C, '2020年12月', '审核通过', null, '同意'],
    ['2021-02-03 14:02:36', 'lnswj01', U, '2021年01月', '上报', A2, null],
    ['2021-02-04 09:16:03', 'qysw_dsk', C, '2021年01月', '审核通过', null, '同意'],
    ['2021-03-05 11:40:12', 'lnswj01', U, '2021年02月', '保存', A1, null],
    ['2021-03-08 09:15:55', 'lnswj01', U, '2021年02月', '上报', A1, '春节期间贫困户数据未更新'],
    ['2021-03-09 10:05:47', 'qysw_dsk', C, '2021年02月', '审核通过', null, '同意'],
    ['2021-04-08 10:20:30', 'lnswj01', U, '2021年03月', '上报', A2, null],
    ['2021-04-09 08:58:14', 'qysw_dsk', C, '2021年03月', '审核通过', null, '同意'],
    ['2021-05-10 16:03:17', 'lnswj01', U, '2021年04月', '上报', A2, null],
    ['2021-05-11 10:22:35', 'qysw_dsk', C, '2021年04月', '审核通过', null, '同意'],
    ['2021-06-07 09:48:26', 'lnswj01', U, '2021年05月', '上报', A2, null],
    ['2021-06-08 10:30:19', 'qysw_dsk', C, '2021年05月', '退回', null, '附表1站点数与上月不一致，请说明'],
    ['2021-06-08 17:20:41', 'lnswj01', U, '2021年05月', '重新上报', A2, '新增站点3个，已在备注说明'],
    ['2021-06-09 09:11:08', 'qysw_dsk', C, '2021年05月', '审核通过', null, '同意'],
    ['2021-07-08 11:11:11', 'lnswj01', U, '2021年06月', '上报', A2, null],
    ['2021-07-09 15:47:52', 'qysw_dsk', C, '2021年06月', '审核通过', null, '同意'],
    ['2021-08-09 15:36:02', 'lnswj01', U, '2021年07月', '上报', A2, null],
    ['2021-08-10 09:03:30', 'qysw_dsk', C, '2021年07月', '审核通过', null, '同意'],
    ['2021-09-07 10:08:45', 'lnswj01', U, '2021年08月', '上报', A2, null],
    ['2021-09-08 14:26:09', 'qysw_dsk', C, '2021年08月', '审核通过', null, '同意'],
  ];
  const lrows = [];
  const lM = [];
  lrows.push(['清远市商务数据报送平台　操作日志查询', null, null, null, null, null, null, null]);
  lM.push('A1:H1');
  lrows.push(['查询条件：单位＝连南瑶族自治县商务局；报表＝电子商务进农村综合示范月度报表；时间＝2020-09-01 至 2021-09-30　　导出时间：2021-09-29 15:02', null, null, null, null, null, null, null]);
  lM.push('A2:H2');
  lrows.push(['序号', '操作时间', '操作账号', '所属单位', '报告期', '操作类型', '上报附表', '审核意见/备注']);
  const rrecs = [];
  log.forEach((l, i) => {
    lrows.push([i + 1, l[0], l[1], l[2], l[3], l[4], l[5], l[6]]);
    if (l[2] === U && (l[4] === '上报' || l[4] === '重新上报')) rrecs.push({ date: l[0].slice(0, 10), poverty: l[5] === A2 });
  });
  lrows.push([`共 ${log.length} 条`, null, null, null, null, null, null, null]);
  assert(rrecs.length === 15, 'report records');

  const TVC = '连南瑶族自治县融媒体中心综合频道';
  const QY = '清远广播电视台新闻综合频道';
  const tv = [
    [D('2020-09-18'), TVC, '连南新闻', '县电商公共服务中心首期电商培训开班　百余村民参加', '00:01:45', '首播', null, 'county'],
    [D('2020-09-19'), TVC, '连南新闻', '县电商公共服务中心首期电商培训开班　百余村民参加', '00:01:45', '重播', null, null],
    [D('2020-10-27'), QY, '清远新闻联播', '连南：瑶山好物搭上电商“快车”', '00:02:10', '首播', '本中心记者供稿', 'city'],
    [D('2020-10-28'), TVC, '连南新闻', '连南：瑶山好物搭上电商“快车”', '00:02:10', '转播', '转播清远台', null],
    [D('2020-11-20'), TVC, '连南新闻', '稻田鱼“触网”　直播一小时卖出两千斤', '00:01:58', '首播', null, 'county'],
    [D('2020-12-15'), '广东广播电视台珠江频道', '珠江新闻眼', '瑶寨年货“上云端”　电商帮贫困户增收', '00:02:30', '首播', '电商扶贫典型案例', 'province'],
    [D('2020-12-16'), TVC, '连南新闻', '瑶寨年货“上云端”　电商帮贫困户增收', '00:02:30', '转播', '转播珠江频道', null],
    [D('2021-01-22'), TVC, '连南新闻', '连南年货节电商专场启动', null, '未播出', '因会议新闻顺延，改1月25日播出', null],
    [D('2021-01-25'), TVC, '连南新闻', '连南年货节电商专场启动', '00:01:20', '首播', null, 'county'],
    [D('2021-03-30'), TVC, '连南新闻', '三江镇电商服务站带动村民网上卖山货', '00:01:36', '首播', null, 'county'],
    [D('2021-06-12'), '中央广播电视总台农业农村频道（CCTV-17）', '乡村振兴资讯', '广东连南：瑶绣“绣”出致富路', '00:03:05', '首播', '本中心协助拍摄', 'national'],
    [D('2021-06-13'), '中央广播电视总台农业农村频道（CCTV-17）', '乡村振兴资讯', '广东连南：瑶绣“绣”出致富路', '00:03:05', '重播', null, null],
    [D('2021-08-18'), QY, '清远新闻联播', '连南稻田鱼丰收　线上订单排到九月', '00:01:52', '首播', '本中心记者供稿', 'city'],
    [D('2021-09-06'), TVC, '连南新闻', '全县电商培训累计突破五千人次', '00:01:40', '首播', null, 'county'],
  ];
  const trows = [];
  const tM = [];
  trows.push(['连南瑶族自治县融媒体中心　电子商务相关电视新闻播出记录（2020年9月—2021年9月）', null, null, null, null, null, null, null]);
  tM.push('A1:H1');
  trows.push(['（应县商务局要求从播出系统导出，含重播、转播；上级台播出情况由本中心记者登记）', null, null, null, null, null, null, null]);
  tM.push('A2:H2');
  trows.push(['序号', '播出日期', '播出频道', '栏目', '节目标题', '时长', '播出类型', '备注']);
  const mrecs = [];
  tv.forEach((t, i) => {
    trows.push([i + 1, t[0], t[1], t[2], t[3], t[4], t[5], t[6]]);
    if (t[5] === '首播') mrecs.push({ date: t[0].date, level: t[7], tv: true });
  });
  assert(mrecs.length === 9, 'media records');

  const note = [
    ['说明'],
    ['1. 《报送平台操作日志》是清远市商务数据报送平台“操作日志查询”原样导出，含本局和市商务局两方面的操作。'],
    ['2. 《电视播出记录》由县融媒体中心提供，含重播、转播和顺延未播的编排记录。'],
    ['3. 经办：县商务局电商股　房××　2021年9月29日'],
  ];

  out('ledgers', 'b52-l2-liannan.json', {
    description: '连南瑶族自治县（清远）商务局交的两张系统导出加说明页：①清远市商务数据报送平台的《操作日志查询》导出（序号|操作时间“2020-09-08 09:40:05”文本|操作账号|所属单位|报告期|操作类型|上报附表|审核意见/备注），本局和市商务局的操作混在一起按时间排列：只有本局的“上报”和“重新上报”是一次向市局报送（日期取操作时间），“保存”“导出报表”和市局的“审核通过”“退回”都不是；被退回后重新上报的两个月各有两条报送；是否含电商扶贫统计看“上报附表”有没有“附表2（电商扶贫统计）”（只有附表1的为false）；2021-09-07那条在截止日后照列。②县融媒体中心的《电视新闻播出记录》（播出日期真日期|播出频道|栏目|节目标题|时长|播出类型），一条报道只以“首播”行为记录：同一条新闻次日“重播”、县台“转播”清远台/珠江频道的节目、“未播出”（顺延）的编排行都不是；级别看播出频道（县融媒体中心→县、清远广播电视台→市、广东广播电视台珠江频道→省、中央广播电视总台CCTV-17→国家），全部是电视；2021-09-06一条在截止日后照列。说明页不是台账。',
    sheets: [
      { name: '报送平台操作日志', rows: lrows, merges: lM },
      { name: '电视播出记录', rows: trows, merges: tM },
      { name: '说明', rows: note },
    ],
    expect: {
      sheets: {
        '报送平台操作日志': { kind: 'reports', records: rrecs },
        '电视播出记录': { kind: 'media', records: mrecs },
        '说明': { kind: null },
      },
    },
  });
})();

console.log('batch52 written');
