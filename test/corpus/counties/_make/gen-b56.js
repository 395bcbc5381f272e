'use strict';
// Batch 56 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
// Batch 56 blind layout cases. Deterministic: no dates from the clock, fixed PRNG seeds.
const fs = require('fs');

function write(sub, name, obj) {
  const dir = path.join(ROOT, sub);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), JSON.stringify(obj, null, 2) + '\n', 'utf8');
}
function rng(seed) {
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
function assert(cond, msg) { if (!cond) throw new Error('self-check failed: ' + msg); }
function pad(n, w) { return String(n).padStart(w, '0'); }
function shuffle(arr, r) {
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
  return a;
}
function idCheck(s17) {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(s17[i]) * w[i];
  return '10X98765432'[s % 11];
}
const usedIds = new Set();
function makeId(r, region, wantX, y0, y1) {
  for (;;) {
    const y = y0 + Math.floor(r() * (y1 - y0 + 1));
    const m = 1 + Math.floor(r() * 12);
    const d = 1 + Math.floor(r() * 28);
    const seq = pad(Math.floor(r() * 999) + 1, 3);
    const s17 = region + y + pad(m, 2) + pad(d, 2) + seq;
    const c = idCheck(s17);
    if ((c === 'X') !== !!wantX) continue;
    const id = s17 + c;
    if (usedIds.has(id)) continue;
    usedIds.add(id);
    return id;
  }
}
const SUR = '陈梁黄李林张吴何罗邓谭苏叶冯欧钟莫彭朱杨刘麦潘卢'.split('');
const GIV = '志国伟文华明建荣金玉秀丽芳英桂兰娟燕强军东海平安辉新少永德汉美凤月春彩群添福锦进树坤带妹娣亚家伦振'.split('');
const usedNames = new Set();
function makeName(r) {
  for (;;) {
    const n = SUR[Math.floor(r() * SUR.length)] + GIV[Math.floor(r() * GIV.length)] + (r() < 0.85 ? GIV[Math.floor(r() * GIV.length)] : '');
    if (usedNames.has(n)) continue;
    usedNames.add(n);
    return n;
  }
}
function phone(r) { return '1' + '35789'[Math.floor(r() * 5)] + pad(Math.floor(r() * 1e9), 9); }
function isoAdd(y, m, d) { return y + '-' + pad(m, 2) + '-' + pad(d, 2); }

// =====================================================================================
// County case: 新兴县（云浮市）
// =====================================================================================
function county() {
  const r = rng(56001);
  const ASOF = '2021-08-31';
  const towns = [
    ['新城镇', 22], ['车岗镇', 15], ['水台镇', 15], ['稔村镇', 19], ['东成镇', 22], ['太平镇', 15],
    ['六祖镇', 13], ['簕竹镇', 17], ['天堂镇', 21], ['河头镇', 14], ['里洞镇', 12], ['大江镇', 14],
  ];
  assert(towns.reduce((s, t) => s + t[1], 0) === 199, '199 villages');
  const F = '大上下东西南北石水龙凤良罗布塘云榄禾洞坑岗田洲黄白青金安和永长高禄福沙松茶荔蕉桂柏梅莲榕芦岭勒古蓝'.split('');
  const S = '塘坑岗洞田洲湾坪垌寨围口头背边岭山江冲坳石楼屋陂埇朗平安和兴丰隆新岩塱地'.split('');
  const forbidden = new Set(towns.map((t) => t[0].replace('镇', '') + '村'));
  const bases = new Set();
  const villages = []; // {town, base, admin, poor, express}
  for (const [town, n] of towns) {
    let k = 0;
    while (k < n) {
      const b = F[Math.floor(r() * F.length)] + S[Math.floor(r() * S.length)] + '村';
      if (bases.has(b) || forbidden.has(b) || b[0] === b[1]) continue;
      bases.add(b);
      villages.push({ town, base: b, admin: true, poor: false, express: true });
      k++;
    }
  }
  // one poor village per town (the 4th village of each town)
  const poorList = [];
  for (const [town] of towns) {
    const v = villages.filter((x) => x.town === town)[3];
    v.poor = true;
    poorList.push(v);
  }
  const lidong = villages.filter((x) => x.town === '里洞镇')[5];
  lidong.express = false;
  const tiantangPoor = poorList.find((v) => v.town === '天堂镇');

  // residents' committees
  const jv = [['新城镇', '城东社区居委会'], ['新城镇', '城西社区居委会'], ['新城镇', '城南社区居委会'], ['新城镇', '城北社区居委会'],
    ['新城镇', '凤凰社区居委会'], ['新城镇', '新城社区居委会']];
  for (const [town] of towns.slice(1)) jv.push([town, town.replace('镇', '') + '居委会']);
  assert(jv.length === 17, '17 jv');

  // ---------------- 附件1 村居名单
  const vRows = [
    ['新兴县村（居）民委员会名单', null, null, null, null, null, null],
    ['（县民政局提供，2021年6月；快递进村情况由县邮政管理局核实）', null, null, null, null, null, null],
    ['序号', '镇', '村（居）委会', '类别', '省定贫困村', '快递进村', '备注'],
  ];
  const vMerges = ['A1:G1', 'A2:G2'];
  let seq = 0;
  for (const [town] of towns) {
    const start = vRows.length + 1;
    const list = villages.filter((x) => x.town === town);
    list.forEach((v, i) => {
      seq++;
      vRows.push([seq, i === 0 ? town : null, v.base.replace(/村$/, '村委会'), '村委会', v.poor ? '是' : null,
        v.express ? '已通' : '未通（村民到镇上取件）', v.poor ? '省定相对贫困村（2020年已出列）' : null]);
    });
    for (const [t, name] of jv.filter((x) => x[0] === town)) {
      seq++;
      vRows.push([seq, null, name, '居委会', null, '已通', null]);
    }
    const end = vRows.length;
    if (end > start) vMerges.push('B' + start + ':B' + end);
  }
  vRows.push(['合计：村民委员会199个，居民委员会17个；其中省定相对贫困村12个。', null, null, null, null, null, null]);
  vMerges.push('A' + vRows.length + ':G' + vRows.length);

  // ---------------- 附件2 站点清单
  const nonPoor = villages.filter((v) => !v.poor);
  const shuffled = shuffle(nonPoor, r);
  const coveredNonPoor = shuffled.slice(0, 129);
  const uncoveredNonPoor = shuffled.slice(129);
  const coveredPoor = poorList.filter((v) => v !== tiantangPoor);
  const covered = coveredPoor.concat(coveredNonPoor);
  assert(covered.length === 140, '140 covered');
  const batches = ['2020-06-18', '2020-08-28', '2020-10-16', '2020-12-10', '2021-03-26', '2021-06-18'];
  function randomDay() {
    // between 2020-06-01 and 2021-08-25
    const months = [];
    for (let y = 2020, m = 6; y < 2021 || m <= 8; m++) { if (m > 12) { m = 1; y++; } months.push([y, m]); if (y === 2021 && m === 8) break; }
    const [y, m] = months[Math.floor(r() * months.length)];
    return isoAdd(y, m, 1 + Math.floor(r() * 25));
  }
  const stations = []; // {town, name, village (as written), opened iso, kind}
  for (const v of covered) {
    const opened = r() < 0.7 ? batches[Math.floor(r() * batches.length)] : randomDay();
    const x = r();
    const written = x < 0.6 ? v.base : x < 0.85 ? v.base.replace(/村$/, '村委会') : v.base.replace(/村$/, '村民委员会');
    stations.push({ town: v.town, name: v.base + '电商服务站', village: written, opened, v });
  }
  // second stations in three covered villages
  const dupVs = [coveredNonPoor[3], coveredNonPoor[40], coveredPoor[2]];
  const dupShops = ['邮乐购', '益农信息社', '供销e家'];
  dupVs.forEach((v, i) => {
    stations.push({ town: v.town, name: v.base + dupShops[i] + '服务点', village: v.base, opened: ['2021-04-16', '2021-05-21', '2021-07-09'][i], v });
  });
  stations.push({ town: '新城镇', name: '城东社区电商服务站', village: '城东社区', opened: '2020-10-16', v: null });
  stations.push({ town: '天堂镇', name: '天露山林场电商服务点', village: '天露山林场', opened: '2020-12-10', v: null });
  const septOther = uncoveredNonPoor[0];
  stations.push({ town: tiantangPoor.town, name: tiantangPoor.base + '电商服务站', village: tiantangPoor.base.replace(/村$/, '村委会'), opened: '2021-09-06', v: tiantangPoor, sept: true });
  stations.push({ town: septOther.town, name: septOther.base + '电商服务站', village: septOther.base, opened: '2021-09-03', v: septOther, sept: true });
  assert(stations.length === 147, '147 station rows');
  const townOrder = towns.map((t) => t[0]);
  stations.sort((a, b) => townOrder.indexOf(a.town) - townOrder.indexOf(b.town) || (a.opened < b.opened ? -1 : a.opened > b.opened ? 1 : 0));
  function fmtStation(iso) {
    const [y, m, d] = iso.split('-').map(Number);
    const x = r();
    if (iso >= '2021-09-01') return y + '年' + m + '月' + d + '日';
    if (x < 0.5) return D(iso);
    if (x < 0.75) return y + '.' + m + '.' + d;
    if (x < 0.87) return y + '/' + m + '/' + d;
    return y + '年' + m + '月';
  }
  const sRows = [
    ['新兴县村级电子商务服务站点清单', null, null, null, null, null, null, null],
    ['填报单位：新兴县商务局（盖章）　　　　　　　　　　　　　　　　更新至：2021年9月15日', null, null, null, null, null, null, null],
    ['序号', '所在镇', '站点名称', '所在村（社区）', '站长', '联系电话', '挂牌时间', '备注'],
  ];
  const sMerges = ['A1:H1', 'A2:H2'];
  let townStart = null, lastTown = null;
  stations.forEach((s, i) => {
    const rowNo = sRows.length + 1;
    if (s.town !== lastTown) {
      if (lastTown && rowNo - 1 > townStart) sMerges.push('B' + townStart + ':B' + (rowNo - 1));
      townStart = rowNo; lastTown = s.town;
    }
    let note = null;
    if (s.village === '天露山林场') note = '林场职工生活区';
    else if (s.village === '城东社区') note = '城区社区服务点';
    else if (s.sept) note = '9月新挂牌';
    else if (dupVs.includes(s.v) && /服务点$/.test(s.name)) note = '同村第二个服务点';
    s.cell = fmtStation(s.opened);
    sRows.push([i + 1, s.town === lastTown && rowNo !== townStart ? null : s.town, s.name, s.village, makeName(r), phone(r), s.cell, note]);
  });
  sMerges.push('B' + townStart + ':B' + sRows.length);
  sRows.push(['注：1．挂牌时间以镇政府报送的挂牌日期为准，部分站点只报到月份；2．城东社区、天露山林场服务点不属于行政村，单列统计。', null, null, null, null, null, null, null]);
  sMerges.push('A' + sRows.length + ':H' + sRows.length);
  sRows.push(['制表：新兴县商务局电商股　　审核：', null, null, null, null, null, null, null]);

  // self-check coverage (month-only dates count as on/before cut-off, all are ≤ 2021-08)
  const villageSet = new Map(villages.map((v) => [v.base, v]));
  const norm = (n) => n.replace(/村民委员会$/, '村').replace(/村委会$/, '村');
  const cov = new Set(), covPoor = new Set();
  for (const s of stations) {
    if (s.opened > ASOF) continue;
    const v = villageSet.get(norm(s.village));
    if (!v) continue;
    cov.add(v.base);
    if (v.poor) covPoor.add(v.base);
  }
  assert(cov.size === 140 && covPoor.size === 11, 'coverage 140 / poor 11, got ' + cov.size + '/' + covPoor.size);

  // ---------------- poor persons (附件5) and 专场 sign-ins (附件4)
  const region = '445321';
  const cats = shuffle([].concat(Array(80).fill('E'), Array(25).fill('M'), Array(15).fill('N')), r);
  const pTowns = ['天堂镇', '河头镇', '里洞镇', '簕竹镇'];
  const persons = [];
  let idx = 0, hh = 0;
  while (idx < cats.length) {
    hh++;
    const size = Math.min(cats.length - idx, 1 + Math.floor(r() * 4));
    const town = pTowns[hh % 4];
    const tv = villages.filter((v) => v.town === town);
    const vil = r() < 0.5 ? poorList.find((v) => v.town === town) : tv[Math.floor(r() * tv.length)];
    const hhNo = '4453210' + pad(100 + hh * 7, 6);
    for (let k = 0; k < size; k++) {
      const cat = cats[idx++];
      persons.push({ cat, town, village: vil.base, hhNo, rel: k === 0 ? '户主' : ['配偶', '之子', '之女', '之媳', '之孙'][Math.floor(r() * 5)], name: makeName(r) });
    }
  }
  const E = persons.filter((p) => p.cat === 'E');
  const M = persons.filter((p) => p.cat === 'M');
  const N = persons.filter((p) => p.cat === 'N');
  assert(E.length === 80 && M.length === 25 && N.length === 15, 'cats');
  // which eligible persons train: a shuffled order; E[order[4]] and E[order[32]] get an X id
  const order = shuffle(E.map((_, i) => i), r);
  const xSet = new Set([order[4], order[32]]);
  persons.forEach((p) => {
    const ei = E.indexOf(p);
    p.id = makeId(r, region, ei >= 0 && xSet.has(ei), p.cat === 'N' ? 1948 : 1965, p.cat === 'N' ? 1960 : 2000);
  });
  const T = order.map((i) => E[i]); // T[0..49] trained before cut-off, T[50..56] first trained in Sept
  const pRows = [
    ['新兴县建档立卡贫困劳动力名单（电商培训对象）', null, null, null, null, null, null, null, null, null],
    ['提供单位：新兴县乡村振兴局（原县扶贫办）　　　　数据时点：2021年8月', null, null, null, null, null, null, null, null, null],
    ['序号', '镇', '村', '户编号', '姓名', '与户主关系', '公民身份号码', '劳动能力', '是否外出务工', '务工地点'],
  ];
  const workPlaces = ['佛山市南海区', '广州市白云区', '东莞市', '深圳市宝安区', '江门市蓬江区', '中山市'];
  persons.forEach((p, i) => {
    const labour = p.cat === 'N' ? (r() < 0.6 ? '无劳动力' : '丧失劳动力') : (r() < 0.8 ? '普通劳动力' : '技能劳动力');
    pRows.push([i + 1, p.town, p.village.replace(/村$/, '村委会'), p.hhNo, p.name, p.rel, p.id, labour, p.cat === 'M' ? '是' : '否',
      p.cat === 'M' ? workPlaces[Math.floor(r() * workPlaces.length)] : null]);
  });
  pRows.push(['注：有劳动能力指普通劳动力、技能劳动力；外出务工指到县外务工。', null, null, null, null, null, null, null, null, null]);
  const pMerges = ['A1:J1', 'A2:J2', 'A' + pRows.length + ':J' + pRows.length];

  // sessions: composition
  const nonPoorPeople = () => ({ name: makeName(r), id: makeId(r, r() < 0.7 ? region : '445302', false, 1970, 1998), poor: false });
  const sess = [
    { key: '专场一', date: '2020年11月19日', iso: '2020-11-19', people: [].concat(T.slice(0, 16), [N[0]], Array.from({ length: 5 }, nonPoorPeople)) },
    { key: '专场二', date: D('2021-01-14'), iso: '2021-01-14', people: [].concat(T.slice(16, 28), [T[0], T[1]], [M[0], M[1]], Array.from({ length: 4 }, nonPoorPeople)) },
    { key: '专场三', date: '2021.4.22', iso: '2021-04-22', people: [].concat(T.slice(28, 42), T.slice(2, 7), [M[2]], [N[1]], Array.from({ length: 3 }, nonPoorPeople)) },
    { key: '专场四', date: '2021年7月15日', iso: '2021-07-15', people: [].concat(T.slice(42, 50), T.slice(7, 12), Array.from({ length: 5 }, nonPoorPeople)) },
    { key: '专场五', date: '2021.9.8', iso: '2021-09-08', people: [].concat(T.slice(50, 57), T.slice(12, 17), Array.from({ length: 6 }, nonPoorPeople)) },
  ];
  assert(sess.map((s) => s.people.length).join(',') === '22,20,24,18,18', 'session sizes');
  const poorSet = new Set(persons);
  const qRows = [
    ['新兴县建档立卡贫困户电商技能培训专场签到汇总表', null, null, null, null, null, null, null],
    ['（各场参训人次已计入附件3《培训台账》对应期次，请勿重复统计）', null, null, null, null, null, null, null],
    ['场次', '培训日期', '序号', '姓名', '公民身份号码', '所在镇村', '是否建档立卡贫困户', '签名'],
  ];
  const qMerges = ['A1:H1', 'A2:H2'];
  for (const s of sess) {
    const start = qRows.length + 1;
    s.poorRows = 0;
    s.people.forEach((p, i) => {
      const isPoor = poorSet.has(p);
      if (isPoor) s.poorRows++;
      let id = p.id;
      if (isPoor && /X$/.test(id)) id = id.slice(0, 17) + 'x';
      qRows.push([i === 0 ? s.key : null, i === 0 ? s.date : null, i + 1, p.name, id,
        isPoor ? p.town + p.village : ['新城镇', '天堂镇', '河头镇'][Math.floor(r() * 3)] + (r() < 0.5 ? '（帮扶干部）' : '（村干部）'),
        isPoor ? '是' : '否', '（已签）']);
    });
    const end = qRows.length;
    qMerges.push('A' + start + ':A' + end, 'B' + start + ':B' + end);
  }
  qRows.push(['注：专场五（2021年9月8日）为考评截止后举办，按实际登记。', null, null, null, null, null, null, null]);
  qMerges.push('A' + qRows.length + ':H' + qRows.length);
  // self-check poor training rate
  const eligible = new Set(E.map((p) => p.id));
  const trained = new Set();
  for (const s of sess) if (s.iso <= ASOF) for (const p of s.people) if (eligible.has(p.id)) trained.add(p.id);
  assert(trained.size === 50, 'trained 50, got ' + trained.size);
  const trainedAll = new Set(trained);
  for (const p of sess[4].people) if (eligible.has(p.id)) trainedAll.add(p.id);
  assert(trainedAll.size === 57, 'with Sept 57');

  // ---------------- 附件3 培训台账 (sessions)
  const general = [
    [D('2020-06-12'), '2020-06-12', '新城镇', '电商基础知识普及', '镇村干部、种养大户', 120, 6],
    ['2020.6.23', '2020-06-23', '车岗镇', '电商基础知识普及', '村民、返乡青年', 96, 4],
    ['2020.7.8', '2020-07-08', '水台镇', '网店开设与运营', '返乡青年、个体户', 105, 3],
    [D('2020-07-21'), '2020-07-21', '稔村镇', '电商基础知识普及', '村民', 88, 5],
    ['2020年8月5日', '2020-08-05', '东成镇', '农产品网络营销', '合作社、家庭农场', 132, 2],
    [D('2020-08-19'), '2020-08-19', '太平镇', '电商基础知识普及', '村民', 94, 7],
    ['2020.9.3', '2020-09-03', '六祖镇', '短视频与直播带货', '返乡青年', 118, 3],
    [D('2020-09-17'), '2020-09-17', '簕竹镇', '电商基础知识普及', '村民', 86, 6],
    ['2020年9月29日', '2020-09-29', '天堂镇', '电商基础知识普及', '村民、贫困户', 102, 11],
    [D('2020-10-15'), '2020-10-15', '河头镇', '网店美工与产品摄影', '网店店主', 76, 0],
    ['2020.10.27', '2020-10-27', '里洞镇', '电商基础知识普及', '村民', 83, 8],
    [D('2020-11-05'), '2020-11-05', '大江镇', '电商基础知识普及', '村民', 97, 5],
    ['2020.11.12-13', '2020-11-13', '县电商公共服务中心', '电商创业带头人培训（增值）第一期', '电商创业者', 65, 0],
    [D('2020-11-26'), '2020-11-26', '县电商公共服务中心', '直播带货实操', '网店店主、主播', 140, 2],
    ['2020年12月9日-10日', '2020-12-10', '县电商公共服务中心', '农村电商运营实务', '站点站长', 108, 0],
    [D('2020-12-17'), '2020-12-17', '东成镇', '荔枝预售网络营销', '荔农、合作社', 115, 9],
    ['2020.12.29', '2020-12-29', '车岗镇', '电商基础知识普及', '村民', 91, 6],
    [D('2021-01-07'), '2021-01-07', '水台镇', '年货节网络销售', '个体户、合作社', 124, 4],
    ['2021年1月20日', '2021-01-20', '稔村镇', '电商基础知识普及', '村民', 89, 7],
    [D('2021-03-04'), '2021-03-04', '太平镇', '电商基础知识普及', '村民', 98, 5],
    ['2021.3.11', '2021-03-11', '六祖镇', '直播带货实操', '返乡青年', 136, 3],
    [D('2021-03-25'), '2021-03-25', '簕竹镇', '网店开设与运营', '村民', 79, 4],
    ['2021.4.8', '2021-04-08', '天堂镇', '电商基础知识普及', '村民、贫困户', 112, 10],
    [D('2021-04-15'), '2021-04-15', '县电商公共服务中心', '公职人员电子商务知识培训', '机关干部、镇村干部', 180, 0],
    ['2021年4月29日', '2021-04-29', '河头镇', '电商基础知识普及', '村民', 84, 6],
    [D('2021-05-13'), '2021-05-13', '里洞镇', '荔枝网络销售', '荔农', 107, 8],
    ['2021.5.20', '2021-05-20', '大江镇', '电商基础知识普及', '村民', 93, 5],
    [D('2021-05-27'), '2021-05-27', '新城镇', '直播带货实操', '网店店主、主播', 166, 1],
    ['2021.6.3', '2021-06-03', '东成镇', '荔枝季直播营销', '荔农、合作社', 188, 12],
    [D('2021-06-10'), '2021-06-10', '县电商公共服务中心（线上直播）', '荔枝季直播公开课', '社会公众', 320, 0],
    ['2021年6月24日', '2021-06-24', '车岗镇', '农产品网络营销', '合作社、家庭农场', 101, 3],
    [D('2021-07-01'), '2021-07-01', '水台镇', '电商基础知识普及', '村民', 87, 5],
    ['2021.7.8', '2021-07-08', '县电商公共服务中心', '电商创业带头人培训（增值）第二期', '电商创业者', 58, 0],
    [D('2021-07-22'), '2021-07-22', '稔村镇', '短视频运营', '返乡青年', 92, 2],
    ['2021年7月29日', '2021-07-29', '六祖镇', '电商基础知识普及', '村民', 85, 6],
    [D('2021-08-05'), '2021-08-05', '簕竹镇', '电商基础知识普及', '村民', 77, 5],
    ['2021.8.12', '2021-08-12', '天堂镇', '直播带货实操', '村民、返乡青年', 109, 4],
    [D('2021-08-26'), '2021-08-26', '县电商公共服务中心', '电商物流与供应链', '企业、站点站长', 101, 0],
  ];
  const genSum = general.reduce((s, g) => s + g[5], 0);
  assert(general.length === 38 && genSum === 4202, 'general sessions sum ' + genSum);
  const all = general.map((g) => ({ dateCell: g[0], iso: g[1], place: g[2], topic: g[3], who: g[4], n: g[5], poor: g[6], teacher: '县电商公共服务中心运营方' }));
  for (const s of sess) {
    all.push({ dateCell: s.date, iso: s.iso, place: s.iso === '2020-11-19' ? '天堂镇' : s.iso === '2021-01-14' ? '河头镇' : s.iso === '2021-04-22' ? '里洞镇' : s.iso === '2021-07-15' ? '簕竹镇' : '天堂镇',
      topic: '建档立卡贫困户电商技能培训（' + s.key + '）', who: '建档立卡贫困户', n: s.people.length, poor: s.poorRows, teacher: '县电商公共服务中心', note: '签到名单见附件4' });
  }
  all.push({ dateCell: '2021.8.30-9.1', iso: '2021-09-01', place: '县电商公共服务中心（线上直播）', topic: '“新兴好物”直播电商训练营（三天）', who: '社会公众', n: 282, poor: 0, teacher: '县电商公共服务中心运营方', note: '线上实时参训人次' });
  all.sort((a, b) => (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0));
  const tRows = [
    ['新兴县电子商务培训台账（按期次）', null, null, null, null, null, null, null, null],
    ['（含普及性培训、增值培训及贫困户专场；贫困户专场人次已列入本表）', null, null, null, null, null, null, null, null],
    ['期次', '培训时间', '培训地点', '培训主题', '培训对象', '参训人次', '其中：建档立卡贫困户（人次）', '授课单位', '备注'],
  ];
  let total = 0, totalPoor = 0, beforeCut = 0;
  all.forEach((s, i) => {
    tRows.push(['第' + (i + 1) + '期', s.dateCell, s.place, s.topic, s.who, s.n, s.poor, s.teacher, s.note || null]);
    total += s.n; totalPoor += s.poor;
    if (s.iso <= ASOF) beforeCut += s.n;
  });
  assert(all.length === 44 && beforeCut === 4286 && total === 4586, 'training totals ' + beforeCut + '/' + total);
  tRows.push(['合计', null, null, null, null, total, totalPoor, null, null]);
  tRows.push(['注：“其中：建档立卡贫困户”为人次，同一贫困户多次参训重复计算。', null, null, null, null, null, null, null, null]);
  const tMerges = ['A1:I1', 'A2:I2', 'A' + (tRows.length - 1) + ':E' + (tRows.length - 1), 'A' + tRows.length + ':I' + tRows.length];

  // ---------------- 附件6 产业园企业
  const code = (i) => {
    const al = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    let s = '91445321MA5';
    const rr = rng(7000 + i);
    for (let k = 0; k < 7; k++) s += al[Math.floor(rr() * al.length)];
    return s;
  };
  const ent = [
    ['新兴县禅乡电子商务有限公司', '平台型', '农特产品线上商城运营', D('2020-12-18'), null, null],
    ['新兴县荔香农产品网店', '销售型', '荔枝、龙眼网店销售', '2020.12.18', null, '2021年6月更名，见第22行'],
    ['新兴县凤凰山茶业网络销售部', '销售型', '茶叶网店', D('2020-12-18'), null, null],
    ['新兴县益农优选供应链管理有限公司', '电商运营服务', '代运营、供应链', '2020.12.25', null, null],
    ['新兴县顺达快递服务有限公司', '物流快递', '快递收派、仓配', D('2020-12-25'), null, null],
    ['新兴县六祖文化电子商务有限公司', '销售型', '文创产品网店', '2021.1.8', null, null],
    ['新兴县象窝茶电商运营中心', '电商运营服务', '茶企代运营', D('2021-01-08'), null, null],
    ['新兴县排米粉网络科技有限公司', '销售型', '排米粉网店', '2021年1月15日', null, null],
    ['新兴县乡味直播电商有限公司', '直播电商', '农产品直播带货', D('2021-01-15'), null, null],
    ['新兴县云农数字科技有限公司', '平台型', '本地生活服务小程序', '2021.3.1', null, null],
    ['新兴县通程仓储物流有限公司', '物流快递', '仓储、同城配送', D('2021-03-01'), null, null],
    ['新兴县绿野生态农业网店', '销售型', '蔬菜、禽蛋网店', '2021年3月', null, null],
    ['新兴县新州电商代运营有限公司', '电商运营服务', '网店代运营', D('2021-03-22'), null, null],
    ['新兴县惠农电子商务服务部', '销售型', '农资、日用品网店', '2021.4.6', null, null],
    ['新兴县天堂竹编工艺品网店', '销售型', '竹编工艺品', D('2021-04-06'), null, null],
    ['新兴县优品汇商贸有限公司', '销售型', '社区团购', '2021.5.10', null, null],
    ['新兴县简单生活网络科技有限公司', '电商运营服务', '短视频运营', D('2021-06-01'), null, null],
    ['新兴县翔顺农产品冷链配送有限公司', '物流快递', '冷链配送', '2021年7月12日', null, null],
    ['新兴县金水台温泉旅游电商部', '销售型', '温泉门票、民宿线上销售', D('2020-12-25'), D('2021-05-31'), '已退出'],
    ['新兴县小荔枝直播工作室', '直播电商', '荔枝直播', '2021.1.22', '2021.9.15', '9月中旬迁出'],
    ['新兴县惠民跨境电子商务有限公司', '平台型', '跨境电商', '2021年9月6日', null, '9月新入驻'],
    ['新兴县荔香电子商务有限公司', '销售型', '荔枝、龙眼网店销售', D('2021-06-01'), null, '由“新兴县荔香农产品网店”更名，信用代码不变'],
  ];
  const codes = ent.map((_, i) => code(i));
  codes[21] = codes[1];
  const eRows = [
    ['新兴县电子商务产业园入驻企业清单', null, null, null, null, null, null, null],
    ['（园区运营方：新兴县电商公共服务中心　　统计至2021年9月20日）', null, null, null, null, null, null, null],
    ['序号', '企业名称', '统一社会信用代码', '企业类型', '主营业务', '入驻时间', '退出时间', '备注'],
  ];
  ent.forEach((e, i) => eRows.push([i + 1, e[0], codes[i], e[1], e[2], e[3], e[4], e[5]]));
  const eMerges = ['A1:H1', 'A2:H2'];

  // ---------------- 附件7 资金拨付
  const funds = [
    [D('2020-07-10'), '记-202007-015', '广东禅云电子商务有限公司', '县级公共服务中心建设（预付款）', 600000],
    [D('2020-09-25'), '记-202009-022', '新兴县益农优选供应链管理有限公司', '村级站点建设第一批', 450000],
    ['2020.11.20', '记-202011-031', '广东禅云电子商务有限公司', '县级公共服务中心建设（进度款）', '800,000.00'],
    [D('2020-12-28'), '记-202012-040', '新兴县通程仓储物流有限公司', '县乡村三级物流体系建设（预付款）', 350000],
    ['2021.1.15', '记-202101-006', '广东禅云电子商务有限公司', '电商培训服务（第一期）', 186000],
    [D('2021-02-05'), '记-202102-003', '新兴县益农优选供应链管理有限公司', '村级站点建设第一批结算核减退回', -35000],
    ['2021.3.18', '记-202103-017', '新兴县益农优选供应链管理有限公司', '村级站点建设第二批', '420,000.00'],
    [D('2021-04-22'), '记-202104-020', '新兴县禅乡电子商务有限公司', '区域公用品牌推广', 168500],
    ['2021.5.20', '记-202105-019', '新兴县翔顺农产品冷链配送有限公司', '冷链及溯源系统建设', 280000],
    [D('2021-06-18'), '记-202106-025', '广东禅云电子商务有限公司', '电商培训服务（第二期）', '165,200.00'],
    ['2021.7.9', '记-202107-008', '广东禅云电子商务有限公司', '公共服务中心运营服务', 300000],
    [D('2021-08-20'), '记-202108-014', '新兴县通程仓储物流有限公司', '县乡村三级物流体系建设（进度款）', 220000],
    [D('2021-08-31'), '记-202108-027', '新兴县益农优选供应链管理有限公司', '村级站点运营补贴', 108000],
    [D('2021-09-10'), '记-202109-005', '广东禅云电子商务有限公司', '县级公共服务中心建设（尾款）', 350000],
  ];
  const amt = (v) => (typeof v === 'number' ? v : Number(String(v).replace(/,/g, '')));
  const fRows = [
    ['新兴县省级电子商务进农村综合示范专项资金拨付台账', null, null, null, null, null, null, null],
    ['下达资金：500万元（粤财工〔2019〕xx号）　　　　　　　　　　　　　　　　　　　　　　单位：元', null, null, null, null, null, null, null],
    ['序号', '拨付日期', '凭证号', '收款单位', '支出项目', '拨付金额（元）', '累计拨付（元）', '备注'],
  ];
  let run = 0, upTo = 0;
  funds.forEach((f, i) => {
    run += amt(f[4]);
    const iso = f[0].date || f[0].replace(/\./g, '-').replace(/-(\d)(?!\d)/g, '-0$1');
    if (iso <= ASOF) upTo = run;
    fRows.push([i + 1, f[0], f[1], f[2], f[3], f[4], run, amt(f[4]) < 0 ? '结算核减，承建单位退回' : null]);
    if (i === 12) fRows.push(['截至2021年8月31日小计', null, null, null, null, run, null, '支出率80.25%']);
  });
  assert(upTo === 4012700 && run === 4362700, 'funds ' + upTo + '/' + run);
  fRows.push(['合计', null, null, null, null, run, null, null]);
  const fMerges = ['A1:H1', 'A2:H2', 'A17:E17', 'A' + fRows.length + ':E' + fRows.length];
  assert(fRows[16][0] === '截至2021年8月31日小计', 'subtotal row position');

  // ---------------- 附件8 月报登记
  const reps = [
    [D('2020-07-09'), '2020年6月工作进展月报', '是'],
    ['2020.8.10', '2020年7月工作进展月报', '是'],
    [D('2020-09-08'), '2020年8月工作进展月报', '是'],
    ['2020.10.12', '2020年9月工作进展月报', '是'],
    ['2020年11月9日', '2020年10月工作进展月报', '是'],
    [D('2020-12-08'), '2020年11月工作进展月报', '是'],
    ['2021.1.8', '2020年12月工作进展月报及全年总结', '是'],
    [D('2021-02-05'), '2021年1月工作进展月报', '否'],
    ['2021年3月8日', '2021年2月工作进展月报', '是'],
    [D('2021-04-08'), '2021年3月工作进展月报', '是'],
    ['2021.5.10', '2021年4月工作进展月报', '是'],
    [D('2021-06-08'), '2021年5月工作进展月报', '是'],
    ['2021.7.8', '2021年6月工作进展月报', '是'],
    [D('2021-08-09'), '2021年7月工作进展月报', '是'],
    ['2021.9.7', '2021年8月工作进展月报', '是'],
  ];
  const rRows = [
    ['新兴县电子商务进农村综合示范创建工作月报报送登记表', null, null, null, null, null],
    ['序号', '报送时间', '报送内容', '报送对象', '报送方式', '是否附电商扶贫统计表'],
  ];
  reps.forEach((x, i) => rRows.push([i + 1, x[0], x[1], '云浮市商务局', '粤政易', x[2]]));
  const rMerges = ['A1:F1'];

  // ---------------- 附件9 专栏更新
  const dis = [
    [D('2020-03-20'), '新兴县电子商务进农村综合示范县创建工作实施方案', '创建方案'],
    ['2020.5.12', '关于公布电子商务进农村综合示范项目监督举报电话和邮箱的公告', '监督举报'],
    [D('2020-06-30'), '新兴县电子商务进农村综合示范项目基本信息公示', '项目信息'],
    ['2020.8.11', '2020年7月项目建设进度', '建设进度'],
    [D('2020-09-09'), '2020年8月项目建设进度', '建设进度'],
    ['2020.10.13', '2020年9月项目建设进度', '建设进度'],
    [D('2020-11-10'), '2020年10月项目建设进度', '建设进度'],
    ['2020.12.8', '2020年11月项目建设进度', '建设进度'],
    [D('2020-12-28'), '新兴县电子商务进农村综合示范项目基本信息（更新）', '项目信息'],
    ['2021.1.12', '2020年12月项目建设进度', '建设进度'],
    [D('2021-03-09'), '2021年1—2月项目建设进度', '建设进度'],
    ['2021.4.8', '2021年3月项目建设进度', '建设进度'],
    [D('2021-05-11'), '2021年4月项目建设进度', '建设进度'],
    ['2021.6.9', '2021年5月项目建设进度', '建设进度'],
    [D('2021-07-08'), '2021年6月项目建设进度', '建设进度'],
    ['2021.8.10', '2021年7月项目建设进度', '建设进度'],
    [D('2021-09-08'), '2021年8月项目建设进度', '建设进度'],
  ];
  const dRows = [
    ['新兴县人民政府门户网站“电子商务进农村综合示范”专栏更新记录', null, null, null],
    ['序号', '发布时间', '标题', '内容类别'],
  ];
  dis.forEach((x, i) => dRows.push([i + 1, x[0], x[1], x[2]]));
  const dMerges = ['A1:D1'];

  // ---------------- 附件10 宣传报道
  const med = [
    [D('2020-10-15'), '新兴县融媒体中心《新兴新闻》', '县级', '电视', '县电商公共服务中心开始试运营', '否'],
    ['2020.11.26', '云浮日报', '市级', '报纸', '新兴：电商服务站开到家门口', '否'],
    [D('2021-01-12'), '南方+客户端', '省级', '网络', '新兴年货节线上销售额破千万', '否'],
    ['2021.4.9', '广东广播电视台《广东新闻联播》', '省级', '电视', '新兴：荔枝上网 贫困户增收', '是'],
    [D('2021-06-18'), '云浮广播电视台《云浮新闻》', '市级', '电视', '新兴荔枝“触网”走俏', '是'],
    ['2021年7月21日', '南方日报', '省级', '报纸', '新兴县电商进农村打通“最后一公里”', '否'],
    [D('2021-09-12'), '中央广播电视总台CCTV-17《三农群英汇》', '国家级', '电视', '广东新兴：荔枝电商带富乡亲', '是'],
  ];
  const mRows = [
    ['新兴县电子商务进农村宣传报道登记表', null, null, null, null, null, null],
    ['序号', '报道日期', '媒体名称', '媒体级别', '报道形式', '标题', '是否电商扶贫典型案例'],
  ];
  med.forEach((x, i) => mRows.push([i + 1].concat(x)));
  const mMerges = ['A1:G1'];

  // ---------------- 附件11 经验材料
  const matRows = [
    ['新兴县电子商务进农村经验材料报送登记', null, null, null],
    ['序号', '报送日期', '材料名称', '报送单位'],
    [1, D('2021-05-20'), '新兴县“电商+荔枝”助农增收的做法', '云浮市商务局'],
    [2, '2021.9.6', '新兴县村级电商服务站点可持续运营的探索', '云浮市商务局'],
  ];

  // ---------------- 督查反馈表 (the facts / self-assessment sheet)
  const H = (t) => [t, null, null, null, null, null, null, null];
  const M8 = (row) => 'A' + row + ':H' + row;
  const ok = '■已完成　□推进中　□未启动';
  const doing = '□已完成　■推进中　□未启动';
  const x = [];
  const xm = [];
  const push = (row) => { x.push(row); return x.length; };
  push(H('附件2'));
  xm.push(M8(push(H('省级电子商务进农村综合示范县创建工作专项督查反馈表'))));
  xm.push(M8(push(H('反馈单位（盖章）：新兴县商务局　　　　　　　分管领导（签字）：　　　　　　　填表人：梁××　　联系电话：0766-2882×××'))));
  xm.push(M8(push(H('填表说明：1．请对照督查要点逐条如实反馈，所有数据统一截至2021年8月31日（省考评截止日）；2．“完成情况”栏在对应选项前涂“■”，其余保留“□”；3．“自评分”栏对照《2019年省级电子商务进农村综合示范创建考评指标体系》填写，一个指标分几个要点的，在“小计”行填写该指标自评分，无评分要求的填“/”；4．“督查组核实意见”由市督查组现场核查时填写，县（市、区）不填；5．本表请于9月10日前报市政府督查室，同时抄送市商务局。'))));
  push(['序号', '督查事项', '督查要点', '落实情况（县（市、区）填写）', '完成情况', '自评分', '佐证材料', '督查组核实意见']);
  const grp = (t) => xm.push('B' + push(['一二三四五六七'[grp.n++] || '', t, null, null, null, null, null, null]) + ':H' + x.length);
  grp.n = 0;
  const item = (no, topic, q, a, st, sc, ev) => push([no, topic, q, a, st, sc, ev, null]);
  const sub = (label, sc) => push([null, null, label, null, null, sc, null, null]);
  grp('加强组织领导与统筹协调');
  item(1, '组织领导', '是否建立由县（市、区）政府主要领导牵头，商务、财政、农业农村、乡村振兴（扶贫）等部门参与的工作协调机制',
    '已建立。2019年12月成立县电子商务进农村综合示范县创建工作领导小组，2020年3月因人事变动调整（新府办〔2020〕11号）：县委副书记、县长任组长，分管商务工作的副县长任常务副组长，成员单位为县商务局、县财政局、县农业农村局、县乡村振兴局（原县扶贫办）、县市场监管局、县交通运输局、县邮政管理局、县邮政分公司及12个镇。领导小组办公室设在县商务局，局长任办公室主任。',
    ok, 2, '1-1 领导小组文件');
  item(2, '方案制定', '是否正式印发示范县创建工作方案，方案是否因地制宜、可操作',
    '已印发《新兴县电子商务进农村综合示范县创建工作实施方案》（新府办函〔2020〕15号，2020年3月20日），明确公共服务中心、村级站点、物流、培训、农产品上行五项任务和时间表。', ok, 2, '1-2 实施方案');
  item(3, '政策支持', '是否在资金、土地、人才等方面出台支持农村电商发展的政策，政策是否落实',
    '已出台。县政府印发《新兴县促进农村电子商务发展若干措施》（新府〔2020〕26号），对新开网店、站点运营、电商人才给予奖补，截至8月底已兑现奖补资金26.4万元。', ok, 2, '1-3 扶持措施及兑现清单');
  const pm1 = item(4, '项目管理', '是否制定项目管理制度，建设、验收环节是否严格执行',
    '已制定《新兴县电子商务进农村综合示范项目管理办法》，项目实行合同管理，验收由商务、财政及第三方机构共同参与。', ok, 2, '1-4 项目管理办法、验收报告');
  const pm2 = item(5, null, '是否建立完整的工作台账，详细记录项目建设情况',
    '已建立项目工作台账；2020年下半年部分站点建设进度为按季度补登，记录不够及时。', doing, 1, '1-5 工作台账');
  xm.push('B' + pm1 + ':B' + pm2);
  sub('小计：项目管理', 3);
  grp('深入推动电子商务进农村工作');
  const c1 = item(6, '县级电子商务公共服务中心', '县级电子商务公共服务中心是否建成并投入运营，运营时间',
    '已建成。中心位于新城镇新州大道（与县电商产业园同址），面积1,350㎡，2020年11月28日揭牌投入运营，截至8月31日已正常运营9个月。', ok, 4, '2-1 揭牌报道、运营日志');
  item(7, null, '是否有免费培训场所、培训设备，能组织电商基础培训',
    '有。设培训室1间（60座），配备电脑40台及直播设备，免费开展电商基础培训。', ok, 2, '2-2 现场照片');
  item(8, null, '是否为特色农产品提供免费展示、销售服务',
    '有。设农特产品展示展销区约200㎡，免费展示新兴香荔、象窝茶、排米粉等86款本地产品。', ok, 1, '2-3 展品清单');
  item(9, null, '是否为电子商务市场主体提供免费摄影、美工服务',
    '摄影棚已建成，产品拍摄、美工设计目前按成本价收费（每款拍摄50元），暂未实现免费，拟10月起对本县网店免费开放。', doing, 0, '2-4 收费公示');
  item(10, null, '是否组织农产品统一推广、指导特色农产品品牌建设',
    '是。组织“新兴香荔”“象窝茶”区域公用品牌统一推广，指导12家企业注册商标、设计包装。', ok, 1, '2-5 品牌推广活动资料');
  const c6 = item(11, null, '是否为电子商务发展提供其他衍生增值服务',
    '是。提供网店开设指导、代运营对接、金融信贷对接、政策咨询等服务。', ok, 1, '2-6 服务记录');
  xm.push('B' + c1 + ':B' + c6);
  const p1 = item(12, '电商产业园', '是否建设或整合、优化当地电商产业园',
    '已建成新兴县电子商务产业园（依托县公共服务中心整合建设），2020年12月开园。', ok, 2, '2-7 园区资料');
  const p2 = item(13, null, '产业园入驻企业是否达20家及以上，是否含三种以上类型',
    '目前入驻企业20家，含平台型、销售型、电商运营服务商、物流快递企业及直播电商五类。', ok, 3, '附件6 入驻企业清单');
  xm.push('B' + p1 + ':B' + p2);
  sub('小计：服务体系建设（县级中心及产业园）', 14);
  item(14, '村级站点', '行政村站点覆盖率是否达70%以上，省定贫困村是否全覆盖',
    '全县12个镇199个行政村（另有居委会17个），已建成村级电商服务站点147个，覆盖行政村142个，覆盖率71.4%；12个省定贫困村全部建有站点。', ok, 10, '附件1、附件2');
  const u1 = item(15, '农村产品上行', '是否对当地农产品网络销售进行调研并形成针对性建议',
    '委托第三方完成《新兴县农产品网络销售情况调研报告》（2020年9月），提出6条针对性建议，已报市商务局。', ok, 2, '3-1 调研报告');
  item(16, null, '是否开展农村产品网络促销活动，成效是否明显',
    '举办“新兴香荔网络节”“年货节”等网络促销活动11场，线上销售额约1,380万元。', ok, 2, '3-2 活动总结');
  item(17, null, '当地是否有专业第三方电子商务运营或服务商',
    '有。县中心由广东禅云电子商务有限公司运营，另有3家本地代运营服务商。', ok, 1, '3-3 运营合同');
  item(18, null, '行政村物流快递覆盖率是否达100%',
    '全县199个行政村均已通快递，覆盖率100%（县邮政管理局已出具证明）。', ok, 1, '3-4 邮政管理局证明');
  item(19, null, '是否出台农产品电商交易标准，建立冷链、溯源系统',
    '制定《新兴香荔电商销售分级标准》（团体标准）；冷链依托县冷链物流中心；农产品溯源系统已完成招标，正在部署。', doing, 1, '3-5 标准文本、招标文件');
  const u6 = item(20, null, '2020年农村网络零售额或农产品网络零售额同比增速是否达30%',
    '2019年全县农村网络零售额6.12亿元、2020年7.35亿元，同比增长20.1%；农产品网络零售额2019年2.08亿元、2020年2.86亿元，同比增长37.5%。', ok, 2, '3-6 省商务厅监测数据');
  xm.push('B' + u1 + ':B' + u6);
  sub('小计：农村产品上行', 9);
  const t1 = item(21, '电商人才培训', '普及性培训是否覆盖常住人口1%以上',
    '累计开展电商培训44期4,586人次，占全县常住人口43.49万人（七普；户籍人口49.13万人）的1.05%。', ok, 10, '附件3 培训台账');
  const t2 = item(22, null, '有劳动能力的建档立卡贫困人口（不含外出务工）培训率是否达50%以上',
    '经县乡村振兴局核定，纳入培训对象的有劳动能力且未外出务工建档立卡贫困人口80人，已参加电商培训62人，培训率77.5%。', ok, 10, '附件4、附件5');
  xm.push('B' + t1 + ':B' + t2);
  sub('小计：电商人才培训', 20);
  grp('加强信息公开及报送');
  const i1 = item(23, '信息公开', '是否在县政府网站设立示范创建公开专栏，公示创建方案、项目基本信息、建设进度，设立征求意见或监督举报窗口',
    '已在县政府门户网站“重点领域信息公开”下设立“电子商务进农村综合示范”专栏，公示创建方案、项目基本信息（项目名称、承建单位、金额）和每月建设进度，专栏页面公布监督举报电话和邮箱。', ok, 2, '附件9 专栏更新记录');
  const i2 = item(24, null, '近一年专栏内容是否按月更新', '近一年专栏按月更新建设进度。', ok, 2, '附件9');
  xm.push('B' + i1 + ':B' + i2);
  sub('小计：信息公开', 4);
  const r1 = item(25, '数据上报', '是否每月向市商务局报送工作进展、成效及电商相关统计数据',
    '每月10日前通过粤政易向市商务局报送工作进展月报。', ok, 3, '附件8 月报登记');
  const r2 = item(26, null, '是否统计电商扶贫情况',
    '月报同时附报《电商扶贫情况统计表》（贫困户参训、电商带动贫困户增收情况）。', ok, 3, '附件8');
  xm.push('B' + r1 + ':B' + r2);
  sub('小计：数据上报', 6);
  grp('加强宣传推广');
  item(27, '案例总结', '是否向市商务局报送经验材料', '2021年5月向市商务局报送《新兴县“电商+荔枝”助农增收的做法》。', ok, 2, '附件11');
  item(28, '经验推广', '典型做法是否被省、市、县主流媒体宣传报道',
    '南方日报、南方+、广东广播电视台、云浮日报、云浮广播电视台、新兴县融媒体中心等媒体报道我县电商工作10余篇（次）。', ok, 8, '附件10');
  grp('加强财政资金管理');
  item(29, '制度建立', '是否制定省级财政资金管理制度并有效落实',
    '县财政局、县商务局联合印发《新兴县省级电子商务进农村综合示范专项资金管理办法》（新财〔2020〕47号）。', ok, 5, '5-1 资金管理办法');
  item(30, '资金台账', '项目承建方是否建立资金专用台账，账目是否完整',
    '县商务局和各承建单位均建立专项资金台账，逐笔登记拨付凭证。', ok, 4, '附件7');
  item(31, '资金支出', '资金支出率是否达70%以上，是否根据创建进度及时拨付',
    '省下达专项资金500万元，截至8月31日累计拨付401.27万元，支出率80.3%，按合同约定节点拨付。', ok, 4, '附件7');
  grp('加分项');
  item(32, '贫困人口培训', '建档立卡贫困人口培训率是否达70%以上', '培训率77.5%（见第22项）。', ok, 2, '附件4、附件5');
  item(33, '电视播报', '电商扶贫典型案例是否获国家级、省级电视媒体播报',
    '2021年4月9日广东广播电视台《广东新闻联播》播报我县“荔枝上网、贫困户增收”电商扶贫案例。', ok, 1, '附件10');
  grp('一票否决事项');
  item(34, '安全生产', '是否发生安全生产、质量事故，或造成重大经济损失和社会不良影响', '未发生。', '—', '/', null);
  item(35, '项目进度', '项目总体进度是否达到40%以上', '项目总体进度约92%（按合同完成量计）。', ok, '/', '附件7');
  item(36, '数据真实性', '是否存在弄虚作假行为', '不存在。', '—', '/', null);
  const tot = push([null, '自评合计', null, null, null, 98, null, null]);
  xm.push('B' + tot + ':E' + tot);
  xm.push(M8(push(H('县商务局主要负责人（签字）：　　　　　　　　　　　　　　　　反馈时间：2021年9月9日'))));
  xm.push(M8(push(H('督查组核实意见（市督查组填写）：'))));

  const sheets = [
    { name: '督查反馈表', rows: x, merges: xm },
    { name: '附件1村居名单', rows: vRows, merges: vMerges },
    { name: '附件2站点清单', rows: sRows, merges: sMerges },
    { name: '附件3培训台账', rows: tRows, merges: tMerges },
    { name: '附件4专场签到', rows: qRows, merges: qMerges },
    { name: '附件5贫困人口', rows: pRows, merges: pMerges },
    { name: '附件6园区企业', rows: eRows, merges: eMerges },
    { name: '附件7资金拨付', rows: fRows, merges: fMerges },
    { name: '附件8月报登记', rows: rRows, merges: rMerges },
    { name: '附件9专栏更新', rows: dRows, merges: dMerges },
    { name: '附件10宣传报道', rows: mRows, merges: mMerges },
    { name: '附件11经验材料', rows: matRows },
  ];
  const tiantangName = tiantangPoor.base;
  const septOtherName = septOther.base;
  const lidongName = lidong.base;
  const dupNames = dupVs.map((v) => v.base).join('、');
  const xNames = [E[order[4]].name, E[order[32]].name].join('、');
  return {
    description: '新兴县（云浮）商务局整本考评工作簿（12个表）。事实表不是自评表，而是县里逐条答复云浮市政府督查室《省级电子商务进农村综合示范县创建工作专项督查反馈表》：序号|督查事项（纵向合并）|督查要点（市督查室的问句）|落实情况（县填，整句）|完成情况（“■已完成　□推进中　□未启动”涂■）|自评分|佐证材料|督查组核实意见（空），按“一、加强组织领导…七、一票否决事项”分组行；一个指标分几个要点时各要点分写在行上、指标自评分写在“小计：××”行（中心六要点+产业园二要点合一个小计14分），单要点指标的行分就是指标分；一票否决行自评分填“/”；末行自评合计98。事实全在“落实情况”句子里（县委副书记、县长任组长，成员含商务、财政、农业农村、乡村振兴；中心2020年11月28日运营；摄影美工“按成本价收费…暂未实现免费”；常住人口43.49万与户籍49.13万同句）。台账：村（居）委会名单（镇纵向合并、“××村委会”、省定贫困村“是”、快递“已通/未通（村民到镇上取件）”）；站点清单147行（所在村写“××村/××村委会/××村民委员会”三种，挂牌时间真日期、2020.10.16、2020/12/10、只到月“2020年12月”混写）；按期次的培训台账（含贫困户专场行，“其中：建档立卡贫困户（人次）”列，“2020.11.12-13”“2020年12月9日-10日”区间）；专场签到（场次、日期纵向合并，注明已计入培训台账）；贫困人口名单（户编号、劳动能力、是否外出务工）；园区企业22行；资金拨付台账（凭证号、累计列、“截至2021年8月31日小计”行、千分位文本、退回负数）；月报、专栏、宣传（有级别列和扶贫案例列）、经验材料。中等偏上（88分，含加分1分，未否决；县自评98分）。陷阱：站点覆盖140/199=70.35%恰过70%线（少认一个村名写法就掉到2分），' + dupNames + '各有两站、城东社区站和天露山林场点不算、' + septOtherName + '（2021-09-03）和省定贫困村' + tiantangName + '（2021-09-06）9月才挂牌（贫困村11/12→3分）；快递名单里' + lidongName + '“未通”与“覆盖率100%”矛盾；培训截止日前4,286人次=0.985%（合计4,586含“2021.8.30-9.1”直播训练营282人次和9月8日专场五18人次，算进去就过1%）；贫困人口培训率50/80=62.5%（' + xNames + '签到身份证末位小写x；外出务工3人、无劳动力2人、帮扶干部和村干部不计；加上9月专场五的7人就是71.25%、会误加2分）；产业园截至8月31日在园19家（荔香更名同一信用代码、金水台5月退出、惠民跨境9月入驻；小荔枝9月15日才退出仍在园）；专栏缺2021年2月；资金截止日前4,012,700元=80.25%（三笔千分位文本共1,385,200元漏读就跌破70%倒扣5分，9月10日尾款不算）；CCTV-17扶贫案例在9月12日。',
    sheets,
    expect: {
      asOf: '2021-08-31',
      total: 88,
      bonus: 1,
      vetoed: false,
      points: {
        'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 3,
        'work.center': 12, 'work.coverage': 8, 'work.upward': 8, 'work.training': 18,
        'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
        'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
        'bonus.poorTraining': 0, 'bonus.tvCase': 1,
        'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
      },
      claimed: {
        'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 3,
        'work.center': 14, 'work.coverage': 10, 'work.upward': 9, 'work.training': 20,
        'info.disclosure': 4, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
        'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
        'bonus.poorTraining': 2, 'bonus.tvCase': 1,
      },
    },
    derivation: [
      'org.leadership: 督查反馈表第1项：县委副书记、县长任组长（主要领导），成员有县商务局、县财政局、县农业农村局、县乡村振兴局 → 2（常务副组长是分管副县长，不影响）',
      'org.plan: 第2项方案已印发（新府办函〔2020〕15号），自评2分 → 2',
      'org.policy: 第3项《促进农村电子商务发展若干措施》已出台，自评2分 → 2',
      'org.management: 第4项项目管理制度自评2分 + 第5项工作台账自评1分 → 3（“小计：项目管理”3分）',
      'work.center: 中心2020-11-28运营 ≤ 2021-08-31 → 2；≤ 2021-02-28（满6个月）→ 2；免费培训 2；免费展示销售 1；摄影美工“按成本价收费…暂未实现免费” → 0；品牌推广 1；其他增值服务 1；产业园已建 2；附件6截至8月31日在园19家（22行：第22行荔香更名与第2行同一信用代码算1家，金水台温泉旅游电商部2021-05-31退出，惠民跨境2021年9月6日入驻；小荔枝直播2021.9.15退出、截止日仍在园）19 < 20 → 0；类型 平台型/销售型/电商运营服务/物流快递/直播电商 ≥3 → 1；合计 2+2+2+1+0+1+1+2+0+1 = 12（县自评14）',
      'work.coverage: 附件1行政村199个（17个居委会不计，基数199）；附件2 147行中截止日前有站点的行政村140个（' + dupNames + '各两站只算一次；城东社区站是居委会；天露山林场点不在名单；' + septOtherName + ' 2021年9月3日、' + tiantangName + ' 2021年9月6日挂牌不计；“××村/××村委会/××村民委员会”是同一村）140/199 = 70.35% ≥ 70% → 5；省定贫困村12个，截止日前有站点11个（' + tiantangName + '只有9月6日的站）11/12 = 91.7% ∈ [80%,100%) → 3；合计 8（县自评10）',
      'work.upward: 网销调研自评2 → 2；网络促销自评2 → 2；第三方运营服务商（广东禅云电子商务有限公司）→ 1；附件1有快递栏，' + lidongName + '（里洞镇）“未通” → 0（反馈表“覆盖率100%”与名单矛盾，以名单为准）；交易标准与冷链溯源自评1 → 1；农产品网零 2.86/2.08 = +37.5% ≥ 30% → 2（农村网零+20.1%不够，任一即可）；合计 8（县自评9）',
      'work.training: 附件3共44期，截止日前42期合计4,286人次（“2021.8.30-9.1”直播训练营按结束日2021-09-01不计282人次，专场五2021.9.8不计18人次；合计行4,586不用；专场签到已计入本表不另加）；常住人口434,900 < 50万，4,286/434,900 = 0.9855% ∈ [0.8%,1%) → 8；贫困人口：附件5 120人中有劳动能力且不外出务工80人；附件4截止日前专场一至四（84行）中身份证属于这80人的去重50人（' + xNames + '末位小写x按X比对；外出务工3人、无劳动力2人、非建档立卡17人不计；12人重复参训只算一次）50/80 = 62.5% ≥ 50% → 10；合计 18（县自评20：把9月的4,586人次和62人都算进去了）',
      'info.disclosure: 反馈表第23项专栏公示创建方案、项目基本信息、建设进度并设监督举报电话邮箱（附件9也有方案、举报公告、项目信息条目）→ 2；附件9窗口2020-09…2021-08中2021年2月无更新（2021-03-09发“1—2月进度”）→ 不定时 1；合计 3（县自评4）',
      'info.reporting: 附件8报送日期覆盖2020年9月…2021年8月每个月（2020-09-08…2021-08-09）→ 3；月报附电商扶贫统计表（附件8多为“是”，反馈表第26项）→ 3；合计 6',
      'promo.cases: 附件11 2021-05-20向云浮市商务局报送经验材料（≤ 截止日）→ 2',
      'promo.media: 附件10截止日前：省级（南方+ 2021-01-12、广东广播电视台 2021-04-09、南方日报 2021-07-21）4 + 市级（云浮日报、云浮广播电视台）3 + 县级（新兴县融媒体中心）1 = 8；CCTV-17在2021-09-12不计',
      'fund.system: 第29项资金管理办法已印发，自评5 → 5',
      'fund.ledger: 第30项自评4 → 4',
      'fund.spending: 附件7截止日前13笔合计4,012,700元（含2021-02-05退回 −35,000；“800,000.00”“420,000.00”“165,200.00”三笔文本；8月31日当天108,000计入；9月10日尾款350,000和两行小计/合计不计）/ 5,000,000 = 80.25% ≥ 70% → 按第31项及时拨付自评 4',
      'bonus.poorTraining: 贫困人口培训率62.5% < 70% → 0（县自评2；算上9月8日专场五新参训的7人是57/80 = 71.25%，但在截止日后）',
      'bonus.tvCase: 2021-04-09广东广播电视台《广东新闻联播》电商扶贫典型案例（省级电视）→ 1；云浮广播电视台是市级；CCTV-17（国家级）在2021-09-12截止日后 → 仍为1',
      'veto.incident: 第34项“未发生” → 不否决，0',
      'veto.progress: 第35项总体进度约92% ≥ 40% → 不否决，0',
      'veto.fraud: 第36项“不存在” → 不否决，0',
      'total: 2+2+2+3 + 12+8+8+18 + 3+6 + 2+8 + 5+4+4 = 87，加分 min(0+1, 4) = 1 → 88；未否决',
    ],
  };
}


// =====================================================================================
// Facts f1: 德庆县（肇庆）— 从正式文件摘抄的数据，【】内为采用的数
// =====================================================================================
function factsDeqing() {
  const W = 5;
  const row = (...c) => { while (c.length < W) c.push(null); return c; };
  const rows = [];
  const merges = [];
  const add = (r) => { rows.push(r); return rows.length; };
  merges.push('A' + add(row('德庆县电子商务进农村综合示范创建考评数据摘抄')) + ':E1');
  merges.push('A2:E2'); add(row('说明：自评表的数据一律从正式文件摘抄，不另行估算。原文照录，【】内为本次自评填报采用的数据；未加【】的数字是原文里的背景数字，不采用。考评截止日期：2021年8月31日。'));
  merges.push('A3:E3'); add(row('摘抄：黄××（电商股）　　核对：莫××　　摘抄日期：2021年9月7日'));
  add(row('序号', '文件（出处）', '原文摘录', '页码', '备注'));
  const block = (src, items) => {
    const start = rows.length + 1;
    items.forEach((it, i) => add(row(it[0], i === 0 ? src : null, it[1], it[2], it[3] || null)));
    if (items.length > 1) merges.push('B' + start + ':B' + rows.length);
  };
  block('《德庆县第七次全国人口普查公报（第一号）》（县统计局、县第七次全国人口普查领导小组办公室，2021年6月）', [
    [1, '全县常住人口为【342,128人】，与2010年第六次全国人口普查的336,817人相比，十年共增加5,311人，增长1.58%，年平均增长0.16%。', '第1页', '常住人口'],
    [2, '全县共有家庭户105,236户，集体户2,871户，家庭户人口为321,540人；平均每个家庭户的人口为3.06人。', '第1页'],
  ]);
  block('《2020年德庆县国民经济和社会发展统计公报》（县统计局，2021年4月）', [
    [3, '年末全县辖13个镇、【177个行政村】、14个社区居委会；年末户籍人口40.62万人。', '第1页', '户籍人口不采用'],
    [4, '全年农村网络零售额【5.48亿元】，比上年增长【33.1%】；农产品网络零售额【2.36亿元】，增长【27.6%】。', '第6页'],
  ]);
  block('《政府工作报告》（2021年2月26日在德庆县第十六届人民代表大会第六次会议上）', [
    [5, '扎实推进省级电子商务进农村综合示范县创建，县电子商务公共服务中心于【2020年9月28日】建成投入运营，建成村级电商服务站点118个，全年开展电商培训3,120人次。', '第3页', '站点、培训是2020年底数'],
    [6, '全县【12个】省定相对贫困村全部达标出列，建档立卡贫困人口全部实现脱贫。', '第2页', '省定贫困村'],
    [7, '2021年重点抓好……加快快递物流进村，年内实现行政村快递服务全覆盖。', '第11页', '是今年的目标，不是现状'],
  ]);
  block('《德庆县人民政府办公室关于印发德庆县电子商务进农村综合示范县创建工作实施方案的通知》（德府办〔2020〕8号）', [
    [8, '现将《德庆县电子商务进农村综合示范县创建工作实施方案》【印发】给你们，请认真组织实施。', '—', '工作方案'],
  ]);
  block('《德庆县人民政府办公室关于印发德庆县促进农村电子商务发展扶持办法（试行）的通知》（德府办〔2020〕31号）', [
    [9, '经县人民政府同意，现将《德庆县促进农村电子商务发展扶持办法（试行）》【印发】给你们，请认真贯彻执行。', '—', '扶持政策'],
  ]);
  block('《中共德庆县委常委会会议纪要》（〔2021〕17号，2021年8月20日）', [
    [10, '会议同意调整县电子商务进农村综合示范创建工作领导小组：由【县委副书记、县长】任组长，分管副县长任常务副组长，【县商务局、县财政局、县农业农村局、县乡村振兴局、县市场监管局、县交通运输局、县邮政分公司】为成员单位。', '第2页', '组长、成员单位'],
  ]);
  block('《德庆县商务局关于2021年8月份电子商务进农村综合示范创建工作进展情况的报告》（德商务报〔2021〕39号，2021年9月6日报市商务局）', [
    [11, '县电子商务公共服务中心设培训室1间（80座），【免费】开展电商基础培训；设展示展销区，【免费】展示本县特色农产品；摄影、美工服务【按成本价收费】；组织“德庆贡柑”“德庆何首乌”区域公用品牌统一推广【已开展】；为企业提供代运营对接、金融对接等其他衍生增值服务【已开展】。', '第1页', '中心五项服务'],
    [12, '依托县电子商务公共服务中心整合建设的县电商产业园【已建成】，入驻企业18家；引入【专业第三方运营服务商1家】负责中心运营。', '第2页'],
    [13, '全县177个行政村中已有175个通快递，行政村快递覆盖率【98.9%】。', '第2页', '未达100%'],
    [14, '截至8月31日，全县累计开展电商培训【3,642人次】（9月上旬又开展线上培训186人次，计入9月份进展）。', '第2页'],
    [15, '全县有劳动能力且未外出务工的建档立卡贫困人口【1,186人】，已参加电商培训【627人】（共1,046人次），培训率52.9%。', '第3页'],
    [16, '县政府门户网站“电子商务进农村综合示范”专栏已公开【创建方案】、【项目基本信息】和【每月建设进度】，并【设立监督举报电话和邮箱】。每月随月报附报《电商扶贫统计表》，【能统计】贫困户参训和带动增收情况。', '第3页'],
    [17, '省下达我县专项资金【500万元】，截至8月31日累计拨付【382.6万元】，拨付率76.5%；各承建单位均已【建立】资金专用台账；项目总体进度【88%】。', '第3页', '拨付率不采用'],
  ]);
  block('《德庆县财政局 德庆县商务局关于印发德庆县省级电子商务进农村综合示范专项资金管理办法的通知》（德财〔2020〕52号）', [
    [18, '现将《德庆县省级电子商务进农村综合示范专项资金管理办法》【印发】给你们，请遵照执行。', '—', '资金管理制度'],
  ]);
  block('《德庆县乡村振兴局关于提供建档立卡贫困人口劳动力情况的函》（2021年8月16日）', [
    [19, '全县建档立卡贫困人口5,346人，其中有劳动能力2,204人（含外出务工1,018人）。', '—', '口径不同，采用第15条'],
  ]);
  block('《德庆县商务局局务会议纪要》（第14期，2021年9月3日）', [
    [20, '会议研究确定主观评分项自评分：方案制定【2分】，政策支持【2分】，项目管理制度【2分】，工作台账原拟2分，因部分台账为季度补登，调整为【1分】；网销调研【2分】，网络促销活动【2分】，交易标准及冷链溯源【1分】；资金管理制度【5分】，资金台账【4分】，资金及时拨付【4分】。', '第1页', '主观评分项'],
    [21, '会议确认：创建期间我县未发生安全生产、质量事故，未造成重大经济损失和社会不良影响【无】；各项数据真实，不存在弄虚作假【无】。', '第2页', '一票否决项'],
  ]);
  const n = add(row('注：各文件原件见迎检资料第一册，页码为原件页码。'));
  merges.push('A' + n + ':E' + n);
  return {
    description: '德庆县（肇庆）商务局电商股的《考评数据摘抄》：自评要用的数一律从正式文件里摘原文——序号|文件（出处）（一份文件占几行时纵向合并）|原文摘录|页码|备注，出处有七普公报、2020年统计公报、县政府工作报告、方案和扶持办法的印发通知、县委常委会会议纪要、局报市商务局的8月进展报告、资金管理办法通知、乡村振兴局复函、局务会议纪要；原文照录，经办人把采用的数据用【】括起来（表头说明写明“未加【】的数字是背景数字，不采用”），是否类也靠【】里的词（【印发】【免费】【按成本价收费】【已开展】【已建成】【建立】【无】），判断项自评分在局务会纪要里（工作台账“原拟2分…调整为【1分】”）。陷阱：户籍人口40.62万、社区居委会14个、政府工作报告里2020年底的118个站点和3,120人次、“年内实现行政村快递服务全覆盖”是目标（覆盖率【98.9%】→ 否）、9月上旬186人次、乡村振兴局复函的2,204人（含外出务工1,018人）、拨付率76.5%和培训率52.9%、摘抄日期2021年9月7日都不是输入；组长由常委会纪要定为县委副书记、县长（分管副县长是常务副组长）；只有2020年零售额和增速（不反推2019年）；表内无县名标签。',
    sheets: [{ name: '数据摘抄', rows, merges }],
    expect: {
      facts: {
        // (Added on review: the county its title or 填报单位 names, as the corpus README reads it; the writer, before that rule, left it out.)
        county: '德庆县',
        asOf: '2021-08-31',
        residentPopulation: 342128,
        adminVillagesStated: 177,
        poorVillagesStated: 12,
        ruralRetail2020: 548000000,
        ruralRetailGrowthStated: 0.331,
        agriRetail2020: 236000000,
        agriRetailGrowthStated: 0.276,
        centerOpened: '2020-09-28',
        planIssued: true,
        policyIssued: true,
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: false,
        trainingPersonTimesStated: 3642,
        eligiblePoorPersonsStated: 1186,
        trainedPoorPersonsStated: 627,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3826000,
        fundLedgerKept: true,
        overallProgress: 0.88,
        fundSystemIssued: true,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2, 'org.policy': 2, 'org.management.system': 2, 'org.management.ledger': 1,
        'work.upward.research': 2, 'work.upward.promotion': 2, 'work.upward.standards': 1,
        'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  };
}

// =====================================================================================
// Facts f2: 封开县（肇庆）— 借用《县域商业体系建设情况摸底调查表》当考评基础数据
// =====================================================================================
function factsFengkai() {
  const W = 6;
  const row = (...c) => { while (c.length < W) c.push(null); return c; };
  const rows = [];
  const merges = [];
  const add = (r) => { rows.push(r); return rows.length; };
  add(row('附件1'));
  merges.push('A' + add(row('广东省县域商业体系建设情况摸底调查表')) + ':F2');
  add(row('县（市、区）：封开县', null, '填报单位（盖章）：封开县商务局', null, '填报日期：2021年9月8日'));
  merges.push('A3:B3', 'C3:D3', 'E3:F3');
  merges.push('A' + add(row('填报说明：1．除注明外，数据截至2021年8月31日，年度数据填2020年全年数；2．金额单位为万元，保留两位小数；3．“是否”类指标填“是”或“否”，多选题在所选项前打“☑”；4．第五部分“农村电子商务”各项与省级电子商务进农村综合示范县考评数据口径一致，可直接引用。')) + ':F4');
  add(row('编号', '指标名称', '计量单位', '填报数据', '数据来源', '备注'));
  const sec = (t) => { const n = add(row(t)); merges.push('A' + n + ':F' + n); };
  sec('一、县域基本情况');
  add(row('1.1', '县域常住人口', '万人', 39.65, '县统计局', '第七次全国人口普查'));
  add(row('1.2', '乡镇（街道）', '个', 16, '县民政局'));
  add(row('1.3', '行政村（村民委员会）', '个', 181, '县民政局'));
  add(row('1.4', '社区（居民委员会）', '个', 13, '县民政局'));
  add(row('1.5', '省定相对贫困村', '个', 11, '县乡村振兴局', '2020年已全部出列'));
  add(row('1.6', '社会消费品零售总额（2020年）', '万元', '612,300.00', '县统计局'));
  add(row('1.7', '农村居民人均可支配收入（2020年）', '元', '17,852', '县统计局'));
  sec('二、商业网点');
  add(row('2.1', '县城大型商超、购物中心', '个', 4, '县商务局'));
  add(row('2.2', '乡镇商贸中心', '个', 9, '县商务局', '含在建2个'));
  add(row('2.3', '村级便民商店', '个', '1,236', '县市场监管局', '含夫妻店'));
  add(row('2.4', '农贸市场', '个', 21, '县市场监管局'));
  add(row('2.5', '连锁经营企业门店', '个', 138, '县商务局'));
  sec('三、物流配送');
  add(row('3.1', '县级物流配送（分拨）中心', '个', 2, '县交通运输局'));
  add(row('3.2', '乡镇快递网点覆盖率', '%', 100, '县邮政管理部门'));
  add(row('3.3', '行政村快递服务通达率', '%', 100, '县邮政管理部门', '181个行政村全部通达'));
  add(row('3.4', '是否开展城乡共同配送', '是/否', '是', '县交通运输局'));
  add(row('3.5', '冷库总库容', '吨', '3,600', '县农业农村局'));
  sec('四、农产品流通');
  add(row('4.1', '农产品产地集配中心', '个', 3, '县农业农村局'));
  add(row('4.2', '农产品批发市场', '个', 2, '县市场监管局'));
  add(row('4.3', '“粤字号”农业品牌（2020年）', '个', 14, '县农业农村局'));
  sec('五、农村电子商务');
  add(row('5.1', '是否为电子商务进农村综合示范县', '是/否', '是', '县商务局', '2019年省级示范县'));
  add(row('5.2', '县级电子商务公共服务中心投入运营时间', '年月日', '2020年12月18日', '县商务局'));
  add(row('5.3', '县级电子商务公共服务中心提供的服务（多选）', '—', '☑免费电商培训　☑免费展示、销售特色农产品　☐免费摄影、美工　☑农产品统一推广、品牌建设　☑其他衍生增值服务', '县商务局', '摄影、美工按次收费'));
  add(row('5.4', '电商产业园（集聚区）是否建成', '是/否', '是', '县商务局'));
  add(row('5.5', '电商产业园入驻企业', '家', 21, '县商务局'));
  add(row('5.6', '是否有专业第三方电子商务运营服务商', '是/否', '是', '县商务局', '2家'));
  add(row('5.7', '村级电子商务服务站点', '个', 136, '县商务局'));
  add(row('5.8', '其中：覆盖行政村', '个', 130, '县商务局'));
  add(row('5.9', '农村网络零售额（2019年）', '万元', '41,200.00', '省商务厅（第三方监测）'));
  add(row('5.10', '农村网络零售额（2020年）', '万元', '54,560.00', '省商务厅（第三方监测）'));
  add(row('5.11', '农产品网络零售额（2019年）', '万元', '15,830.00', '省商务厅（第三方监测）'));
  add(row('5.12', '农产品网络零售额（2020年）', '万元', '19,420.00', '省商务厅（第三方监测）'));
  add(row('5.13', '农村网络零售额（2021年1—8月）', '万元', '40,180.00', '省商务厅（第三方监测）'));
  add(row('5.14', '累计开展电商培训（2019年以来）', '人次', '4,156', '县商务局'));
  add(row('5.15', '其中：建档立卡贫困人口参训', '人次', '1,312', '县商务局', '按人次统计'));
  add(row('5.16', '电商带动贫困户增收', '万元', '286.00', '县乡村振兴局'));
  sec('六、资金保障');
  add(row('6.1', '省级电子商务进农村综合示范专项资金（下达）', '万元', '500.00', '县财政局'));
  add(row('6.2', '其中：已拨付', '万元', '408.35', '县财政局', '国库支付数'));
  add(row('6.3', '县级财政配套资金', '万元', '100.00', '县财政局'));
  add(row('6.4', '是否出台支持农村电子商务发展的政策文件', '是/否', '是', '县政府', '《封开县促进农村电子商务发展扶持办法》（封府办〔2020〕27号）'));
  add(row('6.5', '是否制定专项资金管理办法', '是/否', '是', '县财政局', '封财〔2020〕19号'));
  sec('七、存在问题及意见建议');
  add(row('7.1', '主要问题', '—', '县域商业网点布局不均衡，部分山区镇缺少冷链设施和农产品集配中心；乡镇商贸中心改造资金不足。'));
  add(row('7.2', '意见建议', '—', '建议省级对山区县县域商业体系建设给予资金倾斜，支持建设县级共同配送中心。'));
  merges.push('D' + (rows.length - 1) + ':F' + (rows.length - 1), 'D' + rows.length + ':F' + rows.length);
  add(row('填报人：何××　　　审核人：李××　　　联系电话：0758-6688×××'));
  merges.push('A' + rows.length + ':F' + rows.length);
  return {
    description: '封开县（肇庆）商务局交的不是考评自评表，而是同期填报的省商务厅《广东省县域商业体系建设情况摸底调查表》（填报说明第4条写明第五部分“农村电子商务”与省级电子商务进农村综合示范县考评数据口径一致，经办人就拿它当考评基础数据）：编号（1.1、5.10…）|指标名称|计量单位|填报数据|数据来源|备注，按“一、县域基本情况…七、存在问题及意见建议”分节，大部分指标是县域商业的（商超、乡镇商贸中心、便民商店、农贸市场、物流分拨中心、共同配送、冷库、集配中心、粤字号品牌、社零额、人均可支配收入），与考评无关；金额单位万元（数值多为千分位文本），常住人口按万人，快递是“行政村快递服务通达率 100”（%）；中心服务是一格多选（☑/☐，摄影美工未勾）。陷阱：县域商业指标全不是输入；“是否为电子商务进农村综合示范县”不是输入；入驻企业21家、站点136个/覆盖130个、2021年1—8月网零额、“其中：建档立卡贫困人口参训 1,312人次”（人次不是人数）、带动增收、县级配套100万元、社区13个、填报日期2021年9月8日都不是输入；没有牵头领导、方案、专栏、判断分和否决项。',
    sheets: [{ name: '摸底调查表', rows, merges }],
    expect: {
      facts: {
        county: '封开县',
        asOf: '2021-08-31',
        residentPopulation: 396500,
        adminVillagesStated: 181,
        poorVillagesStated: 11,
        expressCoverage: true,
        centerOpened: '2020-12-18',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        ruralRetail2019: 412000000,
        ruralRetail2020: 545600000,
        agriRetail2019: 158300000,
        agriRetail2020: 194200000,
        trainingPersonTimesStated: 4156,
        fundAllocated: 5000000,
        fundSpentStated: 4083500,
        policyIssued: true,
        fundSystemIssued: true,
      },
      judged: {},
    },
  };
}

// =====================================================================================
// Facts f3: 徐闻县（湛江）— 电商股内部《常用数据口径对照表》（报省考评 / 报市月报 / 宣传口径）
// =====================================================================================
function factsXuwen() {
  const W = 6;
  const row = (...c) => { while (c.length < W) c.push(null); return c; };
  const rows = [];
  const merges = [];
  const add = (r) => { rows.push(r); return rows.length; };
  merges.push('A' + add(row('徐闻县电子商务进农村示范创建常用数据口径对照表（电商股内部用，勿外传）')) + ':F1');
  merges.push('A' + add(row('更新：2021年9月2日（陈××）。用法：报省考评一律用C列；C列写“同月报”的，取D列的数；C列为“—”的，省考评不涉及。E列宣传口径只用于新闻稿、领导讲话，不得填进任何报表。')) + ':F2');
  add(row('序号', '事项', '报省考评（截至2021年8月31日）', '报市月报（8月份月报）', '宣传口径', '备注'));
  const sec = (t) => { const n = add(row(t)); merges.push('A' + n + ':F' + n); };
  sec('一、基本情况');
  add(row(1, '县名', '徐闻县', '徐闻县', '徐闻', null));
  add(row(2, '考评截止日期', '2021年8月31日', '—', '—', '省商务厅通知（粤商务电函〔2021〕101号）'));
  add(row(3, '常住人口', '59.31万人', '78.62万人', '近80万人口', '考评用七普数；月报一直沿用户籍人口，未改'));
  add(row(4, '行政村', '同月报', '195个', '近200个行政村', '另有社区居委会18个'));
  add(row(5, '省定贫困村', '同月报', '13个', '—', null));
  sec('二、组织领导');
  add(row(6, '领导小组组长', '县委副书记、县长', '分管副县长（月报“联系领导”栏）', '县委、县政府主要领导亲自挂帅', '2020年7月调整后'));
  add(row(7, '成员单位', '县商务局、县财政局、县农业农村局、县乡村振兴局、县市场监管局、县交通运输局、县邮政管理局', '同考评', '—', null));
  add(row(8, '创建工作方案', '已正式印发（徐府办〔2020〕6号）', '—', '—', null));
  add(row(9, '扶持政策', '已出台（徐府办〔2020〕41号）', '—', '出台“电商十条”', null));
  sec('三、服务体系');
  add(row(10, '县电商公共服务中心投入运营', '2020年10月16日', '2020年10月', '2020年10月建成启用', null));
  add(row(11, '中心免费电商培训', '是', '—', '—', '培训室80座'));
  add(row(12, '中心免费展示、销售特色农产品', '是', '—', '—', null));
  add(row(13, '中心免费摄影、美工', '否', '—', '为企业免费提供摄影美工服务', '摄影免费，美工按件收费（每款30元），考评按“否”报'));
  add(row(14, '中心统一推广、品牌建设', '是', '—', '—', '“徐闻菠萝”区域公用品牌'));
  add(row(15, '中心其他衍生增值服务', '是', '—', '—', null));
  add(row(16, '电商产业园', '已建成', '已建成', '—', null));
  add(row(17, '产业园在园企业', '20家', '23家（含已签约未入驻3家）', '入驻企业20余家', '考评只算截至8月31日在园的'));
  add(row(18, '村级站点覆盖行政村', '138个（70.8%）', '146个', '站点实现行政村全覆盖', '月报数含9月初挂牌的'));
  sec('四、农村产品上行');
  add(row(19, '第三方电商运营服务商', '有', '—', '—', '广东菠萝云网络科技有限公司'));
  add(row(20, '行政村快递覆盖率', '同月报', '100%（195/195）', '快递进村全覆盖', '县邮政管理局出具证明'));
  add(row(21, '农村网络零售额（2019年）', '同月报', '9.84亿元', '—', null));
  add(row(22, '农村网络零售额（2020年）', '同月报', '12.93亿元', '近13亿元', null));
  add(row(23, '农村网零同比增速（2020年）', '同月报', '31.4%', '增长三成以上', null));
  add(row(24, '农产品网络零售额（2019年）', '同月报', '6.21亿元', '—', null));
  add(row(25, '农产品网络零售额（2020年）', '同月报', '8.57亿元', '“徐闻菠萝”网销超8亿元', null));
  add(row(26, '农产品网零同比增速（2020年）', '同月报', '38.0%', '—', null));
  sec('五、人才培训');
  add(row(27, '电商培训人次', '4,873人次', '6,105人次', '累计培训超6,000人次', '考评只算线下和直播实时参训，不含回放观看1,232人次'));
  add(row(28, '有劳动能力的建档立卡贫困人口（不含外出务工）', '2,418人', '3,560人', '—', '月报数含外出务工1,142人'));
  add(row(29, '参加培训的建档立卡贫困人口', '1,302人', '1,977人次', '帮助近2,000名贫困群众学电商', '考评按人数去重'));
  sec('六、信息公开及报送');
  add(row(30, '专栏公示创建方案', '是', '—', '—', null));
  add(row(31, '专栏公示项目基本信息', '是', '—', '—', null));
  add(row(32, '专栏公示建设进度', '是（按月）', '—', '—', null));
  add(row(33, '专栏征求意见／监督举报窗口', '是', '—', '—', '监督举报电话'));
  add(row(34, '电商扶贫统计', '同月报', '能（月报附表2）', '—', null));
  sec('七、资金');
  add(row(35, '省下达专项资金', '500万元', '500万元', '省级专项资金500万元', null));
  add(row(36, '累计拨付', '412.8万元', '436.5万元', '—', '月报数含已审批待国库支付23.7万元'));
  add(row(37, '资金支出率', '82.56%', '87.3%', '—', '算出来的，不用填'));
  add(row(38, '专项资金管理制度', '已制定', '—', '—', '徐财〔2020〕33号'));
  add(row(39, '专项资金台账', '已建立', '—', '—', null));
  add(row(40, '项目总体进度', '91%', '同考评', '—', null));
  sec('八、底线');
  add(row(41, '安全生产、质量事故或重大经济损失', '无', '—', '—', null));
  add(row(42, '弄虚作假', '无', '—', '—', null));
  add(row());
  sec('九、主观评分项自评（只报省考评）');
  add(row('序号', '项目', '自评分（分）', '分值范围', null, '说明'));
  const j = [['方案制定', 2, '1-2'], ['政策支持', 2, '1-2'], ['项目管理制度', 2, '1-2'], ['工作台账', 2, '1-2'], ['网销调研', 2, '1-2'],
    ['网络促销活动', 2, '1-2'], ['交易标准与冷链溯源', 1, '1-2', '溯源系统未建完'], ['资金管理制度', 5, '1-5'], ['资金台账', 5, '1-5'], ['资金及时拨付', 4, '1-5', '2021年3月一笔拨付延后']];
  j.forEach((x, i) => add(row(i + 1, x[0], x[1], x[2], null, x[3] || null)));
  return {
    description: '徐闻县（湛江）商务局电商股内部用的《常用数据口径对照表》：同一事项按“用在哪里”分三栏——报省考评（截至2021年8月31日）|报市月报（8月份月报）|宣传口径，另有备注；表头说明写明“报省考评一律用C列；C列写‘同月报’的取D列；C列为‘—’的省考评不涉及；E列宣传口径不得填进报表”。按“一、基本情况…八、底线”分节（节标题整行合并），表下“九、主观评分项自评（只报省考评）”小表为判断分。读法：只读C列，“同月报”的行（行政村、省定贫困村、快递覆盖、两年农村/农产品网零额和增速、电商扶贫统计）取D列。陷阱：月报栏的常住人口78.62万（户籍）、分管副县长（月报联系领导）、6,105人次（含回放）、3,560人（含外出务工）、1,977人次、436.5万元（含待支付）都不是考评值；宣传口径的“近80万”“超6,000人次”“免费提供摄影美工”“站点全覆盖”不是事实；摄影美工考评报“否”；产业园在园20家、站点覆盖138个、资金支出率82.56%不是输入；更新日期2021年9月2日不是截止日（截止日另有一行）。',
    sheets: [{ name: '口径对照表', rows, merges }],
    expect: {
      facts: {
        county: '徐闻县',
        asOf: '2021-08-31',
        residentPopulation: 593100,
        adminVillagesStated: 195,
        poorVillagesStated: 13,
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
        expressCoverage: true,
        ruralRetail2019: 984000000,
        ruralRetail2020: 1293000000,
        ruralRetailGrowthStated: 0.314,
        agriRetail2019: 621000000,
        agriRetail2020: 857000000,
        agriRetailGrowthStated: 0.38,
        trainingPersonTimesStated: 4873,
        eligiblePoorPersonsStated: 2418,
        trainedPoorPersonsStated: 1302,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4128000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.91,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2, 'org.policy': 2, 'org.management.system': 2, 'org.management.ledger': 2,
        'work.upward.research': 2, 'work.upward.promotion': 2, 'work.upward.standards': 1,
        'fund.system': 5, 'fund.ledger': 5, 'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  };
}

// =====================================================================================
// Ledger l1: 罗定市（云浮）— 各镇（街道）报送的站点情况，市局原样粘贴汇总（各镇格式不同）
// =====================================================================================
function ledgerLuoding() {
  const W = 7;
  const row = (...c) => { while (c.length < W) c.push(null); return c; };
  const rows = [];
  const merges = [];
  const records = [];
  const add = (r) => { rows.push(r); return rows.length; };
  const full = (t) => { const n = add(row(t)); merges.push('A' + n + ':G' + n); };
  full('罗定市村级电子商务服务站点建设情况（各镇街报送汇总）');
  full('说明：按《关于报送村级电商服务站点建设情况的通知》（罗商务函〔2021〕37号）要求，各镇（街道）自行制表报送；本表按收到先后把各镇报表原样粘贴，格式未统一，未作修改。');
  add(row());
  // 罗镜镇
  full('【罗镜镇】报送时间：2021年8月24日');
  add(row('序号', '村委会', '站点名称', '站长', '联系电话', '挂牌日期'));
  const lj = [['罗镜村委会', '罗镜村电商服务站', '陈志强', '2020-07-15'], ['大岗村委会', '大岗村电商服务站', '梁桂英', '2020-07-15'],
    ['水摆村委会', '水摆村电商服务站', '黄伟明', '2020-09-22'], ['龙岩村委会', '龙岩村电商服务站', '吴秀兰', '2020-11-10'], ['太和村委会', '太和村电商服务站', '谭国荣', '2021-03-18']];
  lj.forEach((x, i) => { add(row(i + 1, x[0], x[1], x[2], '13' + (712345670 + i * 1117), D(x[3]))); records.push({ village: x[0], opened: x[3] }); });
  add(row('小计', '5个'));
  add(row('报送人：罗镜镇经济发展办　李××'));
  add(row());
  // 太平镇
  full('【太平镇】8月26日报');
  add(row('站点名称', '所在行政村', '详细地址', '开业时间', '备注'));
  const tp = [['太平墟电商服务站', '太平村', '太平镇太平墟中街12号', '2020.8.6', '2020-08-06'], ['云致村电商服务站', '云致村', '太平镇云致村委会旁', '2020.10.12', '2020-10-12'],
    ['良官村电商服务站', '良官村', '太平镇良官村3组', '2020.12.3', '2020-12-03']];
  tp.forEach((x) => { add(row(x[0], x[1], x[2], x[3], null)); records.push({ village: x[1], opened: x[4] }); });
  add(row('（拟建）竹围村电商服务站', '竹围村', '—', '未挂牌', '选址已定，计划10月建成'));
  add(row('合计：已建3个，拟建1个'));
  add(row('报送人：太平镇政府　黄××　　联系电话：0766-3812×××'));
  add(row());
  // 分界镇
  full('【分界镇】报送时间：2021-08-27');
  add(row('序号', '行政村', '是否建站', '站点名称', '建站时间', '备注'));
  const fj = [['分界村', '是', '分界村益农电商服务站', '2020年9月', '2020-09'], ['新塘村', '是', '新塘村电商服务站', '2020年9月', '2020-09'],
    ['金光村', '否', '—', '—', null], ['高村村', '是', '高村村电商服务站', '2021年1月', '2021-01'], ['合河村', '否', null, null, null],
    ['宝林村', '是', '宝林村电商服务站', '2021年6月', '2021-06'], ['田心村', '否', '—', '—', null]];
  fj.forEach((x, i) => { add(row(i + 1, x[0], x[1], x[2], x[3], x[1] === '否' ? '暂未建站' : null)); if (x[4]) records.push({ village: x[0], opened: x[4] }); });
  add(row('全镇行政村7个，已建站4个'));
  add(row('报送人：分界镇农业农村办　莫××'));
  add(row());
  // 船步镇
  full('【船步镇】（8月30日报）');
  add(row('序号', '所在镇村', '站点', '负责人', '挂牌时间'));
  const cb = [['船步镇新榕村', '新榕电商服务点', '彭××', '20年11月5日', '新榕村', '2020-11-05'], ['船步镇双莲村', '双莲电商服务点', '叶××', '20年11月5日', '双莲村', '2020-11-05'],
    ['船步镇船步村', '船步圩电商服务点', '欧××', '21年4月20日', '船步村', '2021-04-20'], ['船步镇新榕村', '新榕第二服务点（邮乐购）', '钟××', '21年7月2日', '新榕村', '2021-07-02']];
  cb.forEach((x, i) => { add(row(i + 1, x[0], x[1], x[2], x[3])); records.push({ village: x[4], opened: x[5] }); });
  add(row('共4个（新榕村2个）'));
  add(row('报送人：船步镇　欧××'));
  add(row());
  // 素龙街道
  full('【素龙街道】报送时间：2021年8月31日');
  add(row('序号', '站点名称', '村（社区）', '挂牌时间', '运营主体'));
  const sl = [['素龙社区电商服务站', '素龙社区', '2020/10/28', '素龙街道供销社', '2020-10-28'], ['岗咀村电商服务站', '岗咀村民委员会', '2020/10/28', '个体', '2020-10-28'],
    ['大地村电商服务站', '大地村', '2021/5/12', '个体', '2021-05-12']];
  sl.forEach((x, i) => { add(row(i + 1, x[0], x[1], x[2], x[3])); records.push({ village: x[1], opened: x[4] }); });
  add(row('报送人：素龙街道办事处　何××'));
  add(row());
  // 围底镇
  full('【围底镇】2021年9月10日补报');
  add(row('序号', '站点名称', '所在村委会', '挂牌时间', '备注'));
  const wd = [['围底村电商服务站', '围底村委会', '2020年12月8日', null, '2020-12-08'], ['河塘村电商服务站', '河塘村委会', '2021年9月6日', '9月新挂牌', '2021-09-06'],
    ['湴垌村电商服务站', '湴垌村委会', '2021年3月23日', null, '2021-03-23']];
  wd.forEach((x, i) => { add(row(i + 1, x[0], x[1], x[2], x[3])); records.push({ village: x[1], opened: x[4] }); });
  add(row('报送人：围底镇　谭××'));
  add(row());
  full('【生江镇】未报送（9月13日已电话催报）');
  add(row());
  full('汇总：已报送镇街6个，站点22个（不含太平镇拟建1个）。汇总人：市商务局电商股　陈××　　2021年9月13日');
  assert(records.length === 22, 'l1 records ' + records.length);

  const sumRows = [
    ['罗定市村级电商服务站点按镇统计（电商股据各镇报表整理）', null, null, null, null],
    ['镇（街道）', '行政村数', '已建站点数', '覆盖行政村数', '覆盖率'],
    ['罗镜镇', 20, 5, 5, '25.0%'],
    ['太平镇', 15, 3, 3, '20.0%'],
    ['分界镇', 7, 4, 4, '57.1%'],
    ['船步镇', 16, 4, 3, '18.8%'],
    ['素龙街道', 12, 3, 2, '16.7%'],
    ['围底镇', 14, 3, 3, '21.4%'],
    ['生江镇', 10, '未报', '未报', '—'],
    ['合计', 94, 22, 20, '21.3%'],
  ];
  return {
    description: '罗定市（云浮）商务局电商股把各镇（街道）按通知自行制表报送的站点情况“原样粘贴”进一张表：每镇一块，块头一行“【罗镜镇】报送时间：2021年8月24日”“【太平镇】8月26日报”“【围底镇】2021年9月10日补报”（整行合并），下面是该镇自己的表头，各镇列名、列序、列数都不同——罗镜镇 序号|村委会|站点名称|站长|联系电话|挂牌日期（真日期）；太平镇 站点名称|所在行政村|详细地址|开业时间（2020.8.6）|备注，有一行“（拟建）竹围村电商服务站…未挂牌”；分界镇按行政村逐村列 序号|行政村|是否建站|站点名称|建站时间（只到月“2020年9月”），只有“是”的行是站点；船步镇“所在镇村”一格写“船步镇新榕村”、挂牌时间两位年份“20年11月5日”，新榕村两个站点；素龙街道 序号|站点名称|村（社区）|挂牌时间（“2020/10/28”文本）|运营主体，含素龙社区站和“岗咀村民委员会”写法；围底镇“××村委会”、中文日期、一站2021年9月6日挂牌。块尾各有“小计”“合计：已建3个，拟建1个”“全镇行政村7个，已建站4个”“共4个（新榕村2个）”“报送人：…”行，生江镇只有“未报送”一行，表尾汇总行。records＝每个已建站点，按表中顺序；village 照所写（“船步镇新榕村”只取村名），opened 只到月的写 YYYY-MM。不是记录的：块头、各镇表头、拟建行、分界镇“否”的行、小计/合计/报送人/汇总行。另一张《按镇统计》是电商股据各镇报表整理的汇总表（镇×行政村数/站点数/覆盖数/覆盖率），不是台账。',
    sheets: [
      { name: '各镇报送汇总', rows, merges },
      { name: '按镇统计', rows: sumRows, merges: ['A1:E1'] },
    ],
    expect: {
      sheets: {
        '各镇报送汇总': { kind: 'stations', records },
        '按镇统计': { kind: null },
      },
    },
  };
}

// =====================================================================================
// Ledger l2: 怀集县（肇庆）— 宣传稿费发放表当宣传报道台账；县政府网站信息发布统计当专栏更新记录
// =====================================================================================
function ledgerHuaiji() {
  const W = 9;
  const row = (...c) => { while (c.length < W) c.push(null); return c; };
  const rows = [];
  const merges = [];
  const media = [];
  const add = (r) => { rows.push(r); return rows.length; };
  const full = (t) => { const n = add(row(t)); merges.push('A' + n + ':I' + n); };
  full('怀集县商务局宣传信息稿件奖励（稿费）发放表');
  full('发放期间：2020年9月—2021年9月　　　依据：《怀集县商务局宣传信息工作奖励办法》（怀商务〔2020〕12号）　　　单位：元');
  add(row('序号', '作者', '稿件标题', '采用媒体', '刊发（播出）日期', '版面／栏目', '奖励金额', '领款人签名', '备注'));
  let no = 0;
  const art = (author, title, outlet, dateCell, page, money, rec, note) => {
    no++;
    add(row(no, author, title, outlet, dateCell, page, money, '（已签）', note || null));
    media.push(rec);
  };
  full('2020年第四季度（9—12月）');
  art('邓××', '怀集：电商服务站开进贫困村', '西江日报', '2020年9月24日', '第A06版', 150, { date: '2020-09-24', level: 'city', tv: false });
  art('邓××、李××', '县电子商务公共服务中心揭牌运营', '怀集县融媒体中心《怀集新闻》', '2020.10.28', '电视新闻', 80, { date: '2020-10-28', level: 'county', tv: true });
  art('李××', '山区小县的“电商+”致富路', '南方日报', '2020年11月19日', '肇庆观察 SC02版', 300, { date: '2020-11-19', level: 'province', tv: false });
  art('邓××', '怀集蒲葵茶借直播“出山”', '南方+客户端', D('2020-12-09'), '肇庆频道', 200, { date: '2020-12-09', level: 'province', tv: false });
  add(row(null, '本季小计', null, null, null, null, 730, null, null)); merges.push('B' + rows.length + ':F' + rows.length);
  full('2021年第一季度（1—3月）');
  art('何××', '年货节：怀集农产品线上卖火了', '肇庆广播电视台《肇庆新闻》', '2021年1月22日', null, 150, { date: '2021-01-22', level: 'city', tv: true });
  art('邓××', '怀集冷坑镇：电商扶贫让贫困户腰包鼓起来', '广东广播电视台珠江频道《珠江新闻眼》', '2021.3.16', null, 500, { date: '2021-03-16', level: 'province', tv: true }, '电商扶贫典型案例');
  art('李××', '电商培训进村入户', '怀集发布（微信公众号）', '21.3.29', null, 50, { date: '2021-03-29', level: 'county', tv: false });
  add(row(null, '本季小计', null, null, null, null, 700, null, null)); merges.push('B' + rows.length + ':F' + rows.length);
  full('2021年第二季度（4—6月）');
  art('邓××', '怀集：小农户对接大市场', '学习强国（广东学习平台）', D('2021-05-11'), null, 300, { date: '2021-05-11', level: 'province', tv: false });
  art('何××', '怀集：“电商+物流”打通最后一公里', '西江日报', '2021年6月8日', '第3版', 150, { date: '2021-06-08', level: 'city', tv: false });
  no++;
  add(row(no, '李××', '补发：《山区小县的“电商+”致富路》（第3号）奖励差额', '—', '—', null, 100, '（已签）', '按新标准补发差额，非新稿件'));
  add(row(null, '本季小计', null, null, null, null, 550, null, null)); merges.push('B' + rows.length + ':F' + rows.length);
  full('2021年第三季度（7—9月）');
  art('李××', '怀集砂糖桔电商预售启动', '人民网', '2021年7月20日', '地方频道', 300, { date: '2021-07-20', level: 'national', tv: false });
  art('邓××', '县举办农村电商带头人培训班', '怀集县融媒体中心《怀集新闻》', '2021.8.12', null, 80, { date: '2021-08-12', level: 'county', tv: true });
  art('何××', '怀集：砂糖桔“触网”销全国', '南方日报', '2021年9月3日', '肇庆观察 SC03版', 300, { date: '2021-09-03', level: 'province', tv: false });
  no++;
  add(row(no, '李××', '《怀集电商扶贫三年回眸》（投稿）', '—', '未采用', null, 0, null, '未采用，不予发放'));
  add(row(null, '本季小计', null, null, null, null, 680, null, null)); merges.push('B' + rows.length + ':F' + rows.length);
  add(row(null, '合计', null, null, null, null, 2660, null, null)); merges.push('B' + rows.length + ':F' + rows.length);
  full('经办人：梁××　　　　审核：陈××　　　　分管领导：');
  assert(730 + 700 + 550 + 680 === 2660, 'l2 money');
  assert(media.length === 12, 'l2 media ' + media.length);

  // website statistics
  const months = ['2020-09', '2020-10', '2020-11', '2020-12', '2021-01', '2021-02', '2021-03', '2021-04', '2021-05', '2021-06', '2021-07', '2021-08', '2021-09'];
  const zl = [2, 1, 1, 2, 1, 0, 1, 1, 2, 1, 1, 1, 1];
  const w = [
    ['县发展和改革局', '部门动态', [3, 4, 2, 5, 3, 1, 4, 3, 2, 4, 3, 2, 1]],
    ['县财政局', '财政资金直达', [2, 2, 3, 4, 2, 0, 2, 3, 2, 2, 3, 2, 0]],
    ['县商务局', '部门动态', [2, 3, 1, 2, 2, 1, 3, 2, 2, 1, 2, 2, 1]],
    [null, '通知公告', [1, 0, 2, 1, 0, 0, 1, 1, 0, 1, 1, 0, 0]],
    [null, '电子商务进农村综合示范专栏', zl],
    ['县农业农村局', '部门动态', [4, 3, 3, 2, 4, 2, 3, 5, 4, 3, 2, 3, 1]],
    ['县乡村振兴局', '乡村振兴', [2, 2, 1, 3, 2, 1, 2, 2, 3, 2, 1, 2, 1]],
  ];
  const wRows = [
    ['怀集县人民政府门户网站各单位信息发布情况统计表', null, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
    ['统计时段：2020年9月—2021年9月（9月统计至9月10日）　　单位：条　　来源：县政府办公室（县政务公开办）月度通报，商务局电商股摘录', null, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
    ['单位', '栏目', '2020年', null, null, null, '2021年', null, null, null, null, null, null, null, null, '合计'],
    [null, null, '9月', '10月', '11月', '12月', '1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', null],
  ];
  const colTot = Array(13).fill(0);
  for (const [unit, col, arr] of w) {
    arr.forEach((v, i) => { colTot[i] += v; });
    wRows.push([unit, col].concat(arr.map((v) => v), [arr.reduce((a, b) => a + b, 0)]));
  }
  wRows.push(['合计', null].concat(colTot, [colTot.reduce((a, b) => a + b, 0)]));
  wRows.push(['注：“电子商务进农村综合示范专栏”为县商务局在县政府网站“重点领域信息公开”下开设的专栏，本表只统计审核发布成功的信息。', null, null, null, null, null, null, null, null, null, null, null, null, null, null, null]);
  const wMerges = ['A1:P1', 'A2:P2', 'A3:A4', 'B3:B4', 'C3:F3', 'G3:O3', 'P3:P4', 'A7:A9', 'A' + (wRows.length - 1) + ':B' + (wRows.length - 1), 'A' + wRows.length + ':P' + wRows.length];
  const disc = [];
  zl.forEach((n, i) => { for (let k = 0; k < n; k++) disc.push({ date: months[i] }); });
  assert(disc.length === 15, 'l2 disclosures');
  return {
    description: '怀集县（肇庆）商务局电商股交的两张“借来的表”：①《宣传信息稿件奖励（稿费）发放表》当宣传报道台账——序号|作者|稿件标题|采用媒体|刊发（播出）日期|版面／栏目|奖励金额|领款人签名|备注，按季度分节（节标题整行合并、每季“本季小计”行、表尾合计和经办/审核行），一行一篇被采用的稿件＝一条报道；没有级别和形式栏，级别只能看媒体名（人民网→国家，南方日报、南方+客户端、广东广播电视台珠江频道、学习强国（广东学习平台）→省，西江日报、肇庆广播电视台→市，怀集县融媒体中心、怀集发布→县），是否电视看媒体名里的广播电视台/融媒体中心《怀集新闻》；日期有“2020年9月24日”、2020.10.28、真日期、两位年份21.3.29；奖励金额不是级别。不是记录的：“补发…奖励差额”一行（同一稿件按新标准补发）、“（投稿）…未采用，不予发放”一行、季度小计、合计、经办人行；2021年9月3日南方日报一条在截止日后照列。②县政府办《门户网站各单位信息发布情况统计表》当专栏更新记录——单位×栏目为行、月份为列（两行表头“2020年”“2021年”合并在9月…12月、1月…9月之上，9月统计至9月10日），格内是当月发布条数；只有县商务局“电子商务进农村综合示范专栏”一行是专栏更新（县商务局“部门动态”“通知公告”和其他单位不是），每月n条就是n条记录、日期只到月（YYYY-MM），0条（2021年2月）没有记录，2021年9月1条照列；合计列、合计行和注不是记录。',
    sheets: [
      { name: '稿费发放表', rows, merges },
      { name: '网站信息发布统计', rows: wRows, merges: wMerges },
    ],
    expect: {
      sheets: {
        '稿费发放表': { kind: 'media', records: media },
        '网站信息发布统计': { kind: 'disclosures', records: disc },
      },
    },
  };
}

function main() {
  const c = county();
  write('counties', 'b56-c1-xinxing.json', c);
  write('facts', 'b56-f1-deqing.json', factsDeqing());
  write('facts', 'b56-f2-fengkai.json', factsFengkai());
  write('facts', 'b56-f3-xuwen.json', factsXuwen());
  write('ledgers', 'b56-l1-luoding.json', ledgerLuoding());
  write('ledgers', 'b56-l2-huaiji.json', ledgerHuaiji());
}
main();
