'use strict';
// Batch 55 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
// Batch 55 — blind layout cases written from the design docs only.
// Deterministic: no Math.random, no clock. Run: node test/corpus/batch55/gen.js
const fs = require('fs');

// ───────────────────────── helpers ─────────────────────────
function write(rel, obj) {
  const file = path.join(ROOT, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(obj, null, 1) + '\n', 'utf8');
}
function rng(seed) { // mulberry32
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function shuffle(arr, r) {
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
  return a;
}
function pick(arr, r) { return arr[Math.floor(r() * arr.length)]; }
function colName(i) { let s = ''; i += 1; while (i > 0) { const m = (i - 1) % 26; s = String.fromCharCode(65 + m) + s; i = Math.floor((i - 1) / 26); } return s; }
function A1(r, c) { return colName(c) + (r + 1); }
function range(r1, c1, r2, c2) { return A1(r1, c1) + ':' + A1(r2, c2); }
function D(s) { return { date: s }; }
const pad = (n, w) => String(n).padStart(w, '0');
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CK = '10X98765432';
function check(id17) { let s = 0; for (let i = 0; i < 17; i++) s += Number(id17[i]) * W[i]; return CK[s % 11]; }
// want: 'X' → check digit must be X; 'noX' → must not be X
function makeId(area, ymd, male, r, want) {
  for (let k = 0; k < 2000; k++) {
    let seq = 10 + Math.floor(r() * 89); // two digits
    let sexd = Math.floor(r() * 5) * 2 + (male ? 1 : 0);
    const id17 = area + ymd + pad(seq, 2) + sexd;
    const c = check(id17);
    if (want === 'X' && c !== 'X') continue;
    if (want !== 'X' && c === 'X') continue;
    return id17 + c;
  }
  throw new Error('id');
}
function ymdOf(r, y1, y2) {
  const y = y1 + Math.floor(r() * (y2 - y1 + 1));
  const m = 1 + Math.floor(r() * 12);
  const d = 1 + Math.floor(r() * 28);
  return '' + y + pad(m, 2) + pad(d, 2);
}
function rect(rows) { // pad rows to equal length with null
  const w = Math.max(...rows.map(x => x.length));
  return rows.map(x => { const y = x.slice(); while (y.length < w) y.push(null); return y; });
}
const WEEK = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
function weekday(iso) { const [y, m, d] = iso.split('-').map(Number); return WEEK[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]; }
function assert(cond, msg) { if (!cond) throw new Error('self-check failed: ' + msg); }

// ═══════════════════════════ COUNTY: 郁南县 ═══════════════════════════
(function county() {
  const r = rng(5501);
  const CUT = '2021-08-31';
  const towns = [
    ['都城镇', 10], ['平台镇', 12], ['桂圩镇', 11], ['建城镇', 13], ['宝珠镇', 10],
    ['大方镇', 11], ['千官镇', 13], ['大湾镇', 14], ['河口镇', 12], ['宋桂镇', 11],
    ['东坝镇', 12], ['连滩镇', 16], ['历洞镇', 10], ['南江口镇', 13], ['通门镇', 12],
  ];
  const communities = {
    '都城镇': ['城中社区', '城南社区', '城西社区'], '平台镇': ['平台社区'], '建城镇': ['建城社区'],
    '宝珠镇': ['宝珠社区'], '千官镇': ['千官社区'], '大湾镇': ['大湾社区'], '河口镇': ['河口社区'],
    '宋桂镇': ['宋桂社区'], '东坝镇': ['东坝社区'], '连滩镇': ['连滩社区'], '历洞镇': ['历洞社区'],
    '南江口镇': ['南江口社区'], '通门镇': ['通门社区'],
  };
  const first = '大石新黄罗东西南北上下高白青龙凤金安平长古竹沙林杨云双三五六九思和永兴德光合良福仁义宝兰珠旺富利荣丰茶松桥车马'.split('');
  const second = ['坑', '岗', '田', '头', '围', '岭', '山', '塘', '边', '洞', '坪', '垌', '寨', '湾', '坝', '营', '溪', '背', '冲', '步', '滩', '社', '坡', '洲', '圩', '堂', '江', '河', '口'];
  const banned = new Set(['大湾', '东坝', '河口', '平台', '宝珠', '千官', '通门', '都城', '历洞', '宋桂', '桂圩', '建城', '大方', '南江', '连滩', '同乐']);
  let pool = [];
  for (const f of first) for (const s of second) { const n = f + s; if (f !== s && !banned.has(n)) pool.push(n); }
  pool = shuffle(pool, r);
  let pi = 0;
  const villages = []; // {town, base, ti}
  towns.forEach(([t, n], ti) => { for (let k = 0; k < n; k++) villages.push({ town: t, ti, base: pool[pi++] }); });
  assert(villages.length === 180, 'villages 180');
  const formList = ti => ['村民委员会', '村委会', '村'][ti % 3];
  const formStation = ti => ['村', '村委会', '村民委员会'][(ti + 1) % 3];

  // poor villages: 22
  const idxAll = villages.map((_, i) => i);
  const poorIdx = new Set(shuffle(idxAll, r).slice(0, 22));
  // uncovered: one poor (gets a Sept station) + 53 non-poor
  const poorArr = [...poorIdx].sort((a, b) => a - b);
  const poorUncovered = poorArr[9];
  const nonPoor = idxAll.filter(i => !poorIdx.has(i));
  const nonPoorUncovered = shuffle(nonPoor, r).slice(0, 53);
  const uncovered = new Set([poorUncovered, ...nonPoorUncovered]);
  const septNonPoor = nonPoorUncovered[7];
  const covered = idxAll.filter(i => !uncovered.has(i));
  assert(covered.length === 126, 'covered 126');
  const coveredNonPoor = covered.filter(i => !poorIdx.has(i));
  const expressNo = coveredNonPoor[40];
  const secondStation = new Set([coveredNonPoor[5], coveredNonPoor[33], coveredNonPoor[71]]);

  // ── 村居名单
  const vRows = [
    ['郁南县村（居）民委员会名单'],
    ['资料来源：县民政局（2021年6月）；“省定贫困村”“快递进村”两列由电商股补填'],
    ['序号', '镇', '村（居）委会', '类别', '省定贫困村', '快递进村', '备注'],
  ];
  const vMerges = ['A1:G1', 'A2:G2'];
  let seq = 0;
  towns.forEach(([t], ti) => {
    const start = vRows.length;
    villages.forEach((v, i) => {
      if (v.town !== t) return;
      seq++;
      const poor = poorIdx.has(i) ? '✓' : null;
      const exp = i === expressNo ? '×' : '√';
      const note = i === expressNo ? '未通快递，村民到镇上取件' : null;
      vRows.push([seq, vRows.length === start ? t : null, v.base + formList(ti), '村委会', poor, exp, note]);
    });
    (communities[t] || []).forEach((c, k) => {
      seq++;
      const nm = (ti + k) % 2 === 0 ? c + '居民委员会' : c.replace('社区', '') + '居委会';
      vRows.push([seq, null, nm, '居委会', null, null, null]);
    });
    const end = vRows.length - 1;
    if (end > start) vMerges.push(range(start, 1, end, 1));
  });
  vRows.push(['合计：村委会180个，居委会15个，其中省定贫困村22个']);
  vMerges.push(range(vRows.length - 1, 0, vRows.length - 1, 6));

  // ── 站点清单
  const surn = '陈黄李梁罗林何莫谭邓麦冯吴叶欧苏张刘钟蔡黎赖'.split('');
  const given = '志伟国强建华文明金秀英美玲丽芳桂兰少永锦荣海清德光春燕冬梅家俊辉亮嘉欣泽宇晓伯'.split('');
  const pname = () => pick(surn, r) + pick(given, r) + (r() < 0.6 ? pick(given, r) : '');
  const phone = () => '1' + pick(['3', '5', '8'], r) + pad(Math.floor(r() * 1e9), 9);
  const batchDate = b => [D('2020-06-18'), '2020.10.28', '2021年1月15日', '2021/5/20'][b];
  const sRows = [
    ['郁南县村级电子商务服务站点清单'],
    ['填报单位：郁南县商务局', null, null, null, null, '更新日期：2021年9月16日'],
    ['序号', '站点名称', '所在镇', '所在村（社区）', '负责人', '联系电话', '挂牌时间', '备注'],
  ];
  const sMerges = ['A1:H1', 'A2:E2', 'F2:H2'];
  let sseq = 0; let coveredCount = 0; const coveredSet = new Set(); let stationsTotal = 0;
  towns.forEach(([t], ti) => {
    villages.forEach((v, i) => {
      if (v.town !== t) return;
      const vn = v.base + formStation(ti);
      if (!uncovered.has(i)) {
        const b = Math.floor(r() * 4);
        sRows.push([++sseq, '郁南县' + t + v.base + '村电商服务站', t, vn, pname(), phone(), batchDate(b), null]);
        coveredSet.add(i); stationsTotal++;
        if (secondStation.has(i)) {
          sRows.push([++sseq, '郁南县' + t + v.base + '村' + pick(['惠民', '万家', '兴旺'], r) + '超市电商服务点', t, v.base + '村', pname(), phone(), '2021.3.12', '同村第二个站点']);
          stationsTotal++;
        }
      } else if (i === poorUncovered) {
        sRows.push([++sseq, '郁南县' + t + v.base + '村电商服务站', t, vn, pname(), phone(), '2021.9.6', '省定贫困村']);
        stationsTotal++;
      } else if (i === septNonPoor) {
        sRows.push([++sseq, '郁南县' + t + v.base + '村电商服务站', t, vn, pname(), phone(), '2021年9月15日', null]);
        stationsTotal++;
      }
    });
    if (t === '都城镇') { sRows.push([++sseq, '郁南县都城镇城中社区电商服务点', t, '城中社区', pname(), phone(), D('2020-12-08'), '社区服务点']); stationsTotal++; }
    if (t === '大湾镇') { sRows.push([++sseq, '郁南县同乐林场电商服务点', t, '同乐林场', pname(), phone(), '2021.4.9', '林场职工服务点']); stationsTotal++; }
  });
  assert(coveredSet.size === 126 && stationsTotal === 133, 'stations');
  sRows.push(['合计', '133个站点']);
  sRows.push(['注：挂牌时间以县商务局授牌为准。']);

  // ── 普及培训（sessions）
  const sessions = [
    [D('2020-05-14'), '大湾镇', 126], ['2020.6.11', '连滩镇', 138], [D('2020-07-09'), '县电商公共服务中心', 152],
    ['2020.7.23', '南江口镇', 108], ['2020年8月13日', '宋桂镇', 96], [D('2020-08-27'), '千官镇', 117],
    ['2020.9.17', '河口镇', 124], [D('2020-10-15'), '建城镇', 131], ['2020.10.29', '平台镇', 142],
    ['2020年11月12日', '桂圩镇', 98], ['2020.11.26-27', '县电商公共服务中心', 165], [D('2020-12-10'), '东坝镇', 113],
    ['2020.12.24', '历洞镇', 102], [D('2021-01-14'), '通门镇', 119], ['2021.1.28', '宝珠镇', 97],
    ['2021.3.4', '大方镇', 121], ['2021年3月18日', '线上（直播课堂）', 286], [D('2021-03-25'), '大湾镇', 134],
    ['2021.4.15', '连滩镇', 149], ['2021.4.29', '都城镇', 156], [D('2021-05-13'), '南江口镇', 128],
    ['2021.5.27', '千官镇', 115], ['2021.6.10', '河口镇', 137], ['2021年6月24日', '宋桂镇', 108],
    [D('2021-07-08'), '建城镇', 126], ['2021.7.22', '县电商公共服务中心', 162], ['2021.8.12', '平台镇', 139],
    [D('2021-08-26'), '大方镇', 154], ['2021.8.30-9.1', '县电商公共服务中心', 88], ['2021.9.14', '都城镇', 120],
  ];
  const topics = ['电商基础知识普及', '网店开设与运营', '短视频与直播带货', '农产品包装与品牌', '无核黄皮网销专题', '微信小程序营销', '电商客服与物流'];
  const tRows = [
    ['郁南县电子商务普及培训登记表'],
    ['（本表不含贫困户专场培训；专场人次见《专场签到》，统计总人次时两表相加）'],
    ['期次', '培训日期', '培训地点', '培训内容', '授课单位', '参训人次', '其中：贫困户（人次）', '备注'],
  ];
  let s1 = 0, sAll = 0;
  sessions.forEach((s, k) => {
    const note = k === 10 ? '两天班' : k === 16 ? '线上直播课，按观看人数' : k === 28 ? '三天班' : null;
    tRows.push(['第' + (k + 1) + '期', s[0], s[1], topics[k % topics.length], k % 3 === 0 ? '县电商公共服务中心' : '云浮市乐学职业培训学校', s[2], 5 + (k * 7) % 19, note]);
    sAll += s[2];
    if (k < 28) s1 += s[2];
  });
  assert(s1 === 3743, 's1 ' + s1);
  tRows.push(['合计', null, null, null, null, sAll, null, null]);
  tRows.push(['制表：郁南县电子商务公共服务中心　　2021年9月16日']);

  // ── 贫困人口 (households of 3)
  const poorVillagesUsed = poorArr.slice(0, 8);
  const thirdTypes = shuffle([...Array(18).fill('M'), ...Array(14).fill('O'), ...Array(8).fill('S')], r);
  const persons = []; // {name, id, role, labourText, workText, note, village, town, head, rel, cat}
  const places = ['深圳', '广州', '佛山', '东莞', '中山'];
  const gSur = '陈黄李梁罗林何莫谭邓麦冯吴叶欧苏张刘钟蔡黎赖'.split('');
  const usedNames = new Set();
  const uniqName = (s, male) => {
    for (let k = 0; k < 200; k++) {
      const g = male ? '志伟国强建文明金荣海清德光家俊辉亮泽宇伯'.split('') : '秀英美玲丽芳桂兰燕梅欣晓月娟凤琼'.split('');
      const n = s + pick(g, r) + (r() < 0.7 ? pick(g, r) : '');
      if (!usedNames.has(n)) { usedNames.add(n); return n; }
    }
    throw new Error('name');
  };
  const xDesign = new Set([3, 22]); // eligible indices whose id ends with X
  let eIdx = 0;
  for (let h = 0; h < 40; h++) {
    const vi = poorVillagesUsed[Math.floor(h / 5)];
    const v = villages[vi];
    const s = pick(gSur, r);
    const headName = uniqName(s, true);
    const wifeName = uniqName(pick(gSur, r), false);
    const mk = (name, male, y1, y2, want) => makeId('445322', ymdOf(r, y1, y2), male, r, want);
    const headWant = xDesign.has(eIdx) ? 'X' : 'noX';
    persons.push({ name: headName, id: mk(headName, true, 1966, 1986, headWant), cat: 'E', e: eIdx++, village: v.base + '村', town: v.town, head: headName, rel: '户主', labour: h % 4 === 1 ? '技能劳动力' : '普通劳动力', work: h % 3 === 0 ? '未外出' : '在家务农', note: null });
    const wifeWant = xDesign.has(eIdx) ? 'X' : 'noX';
    persons.push({ name: wifeName, id: mk(wifeName, false, 1968, 1988, wifeWant), cat: 'E', e: eIdx++, village: v.base + '村', town: v.town, head: headName, rel: '配偶', labour: '普通劳动力', work: '在家务农', note: null });
    const tt = thirdTypes[h];
    if (tt === 'M') {
      const male = r() < 0.5; const n = uniqName(s, male);
      persons.push({ name: n, id: mk(n, male, 1994, 2001, 'noX'), cat: 'M', village: v.base + '村', town: v.town, head: headName, rel: male ? '之子' : '之女', labour: r() < 0.3 ? '技能劳动力' : '普通劳动力', work: '外出务工', note: '在' + pick(places, r) + '务工' });
    } else if (tt === 'O') {
      const male = r() < 0.5; const n = uniqName(s, male);
      persons.push({ name: n, id: mk(n, male, 1938, 1952, 'noX'), cat: 'N', old: true, village: v.base + '村', town: v.town, head: headName, rel: male ? '之父' : '之母', labour: r() < 0.5 ? '丧失劳动力' : '无劳动力', work: null, note: null });
    } else {
      const male = r() < 0.5; const n = uniqName(s, male);
      persons.push({ name: n, id: mk(n, male, 2004, 2010, 'noX'), cat: 'N', village: v.base + '村', town: v.town, head: headName, rel: male ? '之子' : '之女', labour: '无劳动力', work: null, note: '在校生' });
    }
  }
  const E = persons.filter(p => p.cat === 'E');
  const M = persons.filter(p => p.cat === 'M');
  const Nold = persons.filter(p => p.cat === 'N' && p.old);
  assert(E.length === 80 && M.length === 18 && persons.length === 120, 'poor counts');
  assert(E[3].id.endsWith('X') && E[22].id.endsWith('X'), 'X ids');
  const pRows = [
    ['郁南县建档立卡贫困人口劳动力情况表（电商培训对象）'],
    ['数据来源：县乡村振兴局（2021年5月）　　范围：8个省定贫困村'],
    ['序号', '镇', '村', '户主', '姓名', '与户主关系', '身份证号码', '劳动能力', '务工情况', '备注'],
  ];
  persons.forEach((p, k) => pRows.push([k + 1, p.town, p.village, p.head, p.name, p.rel, p.id, p.labour, p.work, p.note]));
  pRows.push(['合计：40户120人，其中有劳动能力98人（外出务工18人）']);

  // ── 专场签到
  const cadres = [
    { name: '梁志坚', id: makeId('445322', '19860412', true, r, 'noX') },
    { name: '麦晓琳', id: makeId('445302', '19910823', false, r, 'noX') },
  ];
  const S = [
    { label: '第一场', date: D('2020-10-15'), rows: [...E.slice(0, 16), M[0], Nold[0], cadres[0], { noId: E[57] }] },
    { label: '第二场', date: '2020年12月10日', rows: [...E.slice(16, 30), E[0], E[1], M[1], cadres[1]] },
    { label: '第三场', date: '2021.4.22', rows: [...E.slice(30, 41), E[2], E[3], E[4], M[2], Nold[1]] },
    { label: '第四场', date: D('2021-07-08'), rows: [...E.slice(41, 47), ...E.slice(5, 14)] },
    { label: '第五场', date: '2021.9.9', rows: [...E.slice(47, 57), E[14], E[15], E[20], E[21], E[30], E[31]] },
  ];
  assert(S[0].rows.length === 20 && S[1].rows.length === 18 && S[2].rows.length === 16 && S[3].rows.length === 15 && S[4].rows.length === 16, 'session sizes');
  const gRows = [
    ['郁南县建档立卡贫困户电商技能专场培训签到表（汇总）'],
    ['说明：各场签到原件存档，本表按原件录入；专场人次未列入《普及培训》，统计总人次时两表相加。'],
    ['序号', '场次', '培训日期', '姓名', '身份证号码', '所在村', '类别', '签到'],
  ];
  const gMerges = ['A1:H1', 'A2:H2'];
  let gseq = 0; let rowsBefore = 0; const trainedBefore = new Set(); const trainedAll = new Set();
  const eligibleIds = new Set(E.map(p => p.id));
  S.forEach((ss, si) => {
    const start = gRows.length;
    ss.rows.forEach((p, k) => {
      let name, id, vill, cat;
      if (p.noId) { name = p.noId.name; id = '（未带身份证）'; vill = p.noId.village; cat = '建档立卡'; }
      else if (cadres.includes(p)) { name = p.name; id = p.id; vill = '—'; cat = '帮扶干部'; }
      else {
        name = p.name; id = p.id; vill = p.village; cat = '建档立卡';
        if (p === E[3] || p === E[22]) id = id.slice(0, 17) + 'x';
        if (p === E[25]) id = id.slice(0, 6) + ' ' + id.slice(6, 14) + ' ' + id.slice(14);
        if (eligibleIds.has(p.id)) { if (si < 4) trainedBefore.add(p.id); trainedAll.add(p.id); }
      }
      gRows.push([++gseq, k === 0 ? ss.label : null, k === 0 ? ss.date : null, name, id, vill, cat, '已签']);
      if (si < 4) rowsBefore++;
    });
    const end = gRows.length - 1;
    gMerges.push(range(start, 1, end, 1), range(start, 2, end, 2));
  });
  assert(rowsBefore === 69 && trainedBefore.size === 47 && trainedAll.size === 57, 'signins ' + rowsBefore + ' ' + trainedBefore.size + ' ' + trainedAll.size);
  assert(s1 + rowsBefore === 3812, 'person-times');
  gRows.push(['记录：县电子商务公共服务中心']);

  // ── 园区企业
  const codeOf = (pre, k) => pre + '445322MA5' + 'ABCDEFGHJKLMNPQRTUWXY0123456789'.split('').filter((_, i) => (i * 7 + k * 3) % 5 !== 0).slice(k % 7, k % 7 + 7).join('');
  const ents = [
    ['郁南县黄皮哥电子商务有限公司', '91', '销售型', D('2020-10-20'), null, 'A101'],
    ['云浮市南江农产品网络科技有限公司', '91', '平台型', '2020.10.20', null, 'A102'],
    ['郁南县连滩果园电商服务有限公司', '91', '电商运营服务', '2020年10月26日', null, 'A103'],
    ['中国邮政速递物流股份有限公司郁南县分公司园区仓', '91', '物流快递', D('2020-10-28'), null, 'B101'],
    ['郁南县都城优品农业发展有限公司', '91', '销售型', '2020.11.5', null, 'A105'],
    ['郁南县云上郁南网络科技有限公司', '91', '平台型', '2020/11/16', null, 'A106'],
    ['郁南县乐购直播电子商务有限公司', '91', '直播电商', D('2020-12-01'), null, 'A201'],
    ['郁南县千官砂糖桔专业合作社', '93', '销售型', '2020.12.8', null, 'A202'],
    ['郁南县中通快递服务有限公司', '91', '物流快递', '2020年12月18日', null, 'B102'],
    ['郁南县禾丰电商运营有限公司', '91', '电商运营服务', D('2021-01-06'), null, 'A203'],
    ['郁南县南江口沙糖桔电子商务商行', '92', '销售型', '2021.1.12', null, 'A204'],
    ['郁南县韵达快递服务部', '92', '物流快递', '2021.1.20', null, 'B103'],
    ['广东郁农供应链管理有限公司', '91', '电商运营服务', D('2021-03-02'), null, 'A205'],
    ['郁南县大湾古村文化旅游商品有限公司', '91', '销售型', '2021年3月9日', null, 'A206'],
    ['郁南县兰寨农特产品网店', '92', '销售型', '2021.3.15', null, 'A207'],
    ['郁南县宝珠山茶业有限公司', '91', '销售型', D('2021-04-06'), null, 'A208'],
    ['郁南县蜜香黄皮种植专业合作社', '93', '销售型', '2020.11.5', null, 'A209'],
    ['郁南县抖乡直播基地运营有限公司', '91', '直播电商', '2021.4.20', null, 'A301'],
    ['郁南县德邦物流服务部', '92', '物流快递', '2020.12.22', '2021.5.31', 'B104'],
    ['郁南县通门腐竹电子商务有限公司', '91', '销售型', D('2021-05-18'), null, 'A302'],
    ['郁南县顺丰速运服务部', '92', '物流快递', '2021.6.3', '2021.9.20', 'B105'],
    ['郁南县南江文化传媒有限公司', '91', '直播电商', '2021.9.8', null, 'A303'],
  ];
  const eRows = [
    ['郁南县电子商务产业园入驻企业名录'],
    ['（截至2021年9月20日）'],
    ['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻时间', '退出时间', '房号', '备注'],
  ];
  let eseq = 0;
  ents.forEach((e, k) => {
    const code = codeOf(e[1], k);
    const note = e[4] === '2021.5.31' ? '合同到期退出' : e[4] === '2021.9.20' ? '迁往云浮市区' : e[3] === '2021.9.8' ? '新入驻' : null;
    eRows.push([++eseq, e[0], code, e[2], e[3], e[4], e[5], note]);
    if (k === 16) eRows.push([++eseq, '郁南县蜜香农业发展有限公司', code, '销售型', '2021.3.10', null, 'A209', '原蜜香黄皮种植专业合作社，2021年3月变更登记，同一主体']);
  });
  assert(eRows.length - 3 === 23, 'ent rows');

  // ── 资金拨付
  const fRows = [
    ['郁南县省级电子商务进农村综合示范专项资金拨付台账'],
    ['单位：元', null, null, null, '省级下达：5,000,000.00元（粤商务电函〔2019〕29号）'],
    ['日期', '凭证号', '摘要', '收款单位', '拨付金额', '累计拨付', '经办人', '备注'],
    [D('2020-06-18'), '记-06-012', '县电商公共服务中心装修首期款', '广东省郁城建设工程有限公司', 600000, 600000, '彭', null],
    [D('2020-07-09'), '记-07-008', '村级站点建设（第一批）', '郁南县云商汇电子商务有限公司', 450000, 1050000, '彭', null],
    [D('2020-08-20'), '记-08-015', '电商培训服务费（第1—6期）', '云浮市乐学职业培训学校', '186,000.00', 1236000, '彭', null],
    [D('2020-08-25'), '记-08-019', '红字冲销8月20日记-08-015', '云浮市乐学职业培训学校', -186000, 1050000, '彭', '红字，金额录错'],
    [D('2020-08-25'), '记-08-020', '电商培训服务费（第1—6期）更正', '云浮市乐学职业培训学校', 168000, 1218000, '彭', null],
    ['2020.10.30', '记-10-021', '中心设备采购', '云浮市科信电子有限公司', '45.6万', 1674000, '彭', null],
    [D('2020-12-28'), '记-12-033', '村级站点建设（第二批）', '郁南县云商汇电子商务有限公司', '1,250,000.00', 2924000, '彭', null],
    [D('2021-03-26'), '记-03-017', '网销调研及品牌策划', '广东郁农供应链管理有限公司', 98000, 3022000, '彭', null],
    [D('2021-05-20'), '记-05-011', '电商培训服务费（第7—18期）', '云浮市乐学职业培训学校', 205000, 3227000, '彭', null],
    ['2021.7.16', '记-07-009', '农产品溯源系统', '广东智溯信息科技有限公司', 142300, 3369300, '彭', null],
    [D('2021-08-31'), '记-08-030', '村级站点建设（第三批）', '郁南县云商汇电子商务有限公司', 192000, 3561300, '彭', null],
    [D('2021-09-10'), '记-09-006', '县乡村物流配送体系', '郁南县邮政分公司', 320000, 3881300, '彭', null],
    [D('2021-09-16'), '记-09-014', '中心运营服务尾款', '云浮市云商汇运营管理有限公司', 420000, 4301300, '彭', null],
    ['合计', null, null, null, 4301300, null, null, null],
    ['注：红字冲销在金额前加“-”。'],
  ];

  // ── 月报报送
  const rep = [
    [D('2020-09-07'), '2020年8月', '否'], ['2020.10.12', '2020年9月', '是'], [D('2020-11-06'), '2020年10月', '是'],
    [D('2020-12-07'), '2020年11月', '是'], ['2021.1.8', '2020年12月', '是'], [D('2021-02-05'), '2021年1月', '是'],
    [D('2021-03-08'), '2021年2月', '是'], ['2021.4.7', '2021年3月', '是'], [D('2021-05-10'), '2021年4月', '是'],
    [D('2021-06-07'), '2021年5月', '是'], ['2021.7.7', '2021年6月', '是'], [D('2021-08-06'), '2021年7月', '是'],
    [D('2021-09-07'), '2021年8月', '是'],
  ];
  const mRows = [
    ['郁南县电商进农村示范创建月报报送登记'],
    ['序号', '报送日期', '所属月份', '报送内容', '报送对象', '报送方式', '附电商扶贫统计表', '经办人'],
  ];
  rep.forEach((x, k) => {
    mRows.push([mRows.length - 1, x[0], x[1], '示范创建工作进展及电商统计数据', '云浮市商务局', k % 2 ? '粤政易' : '电子邮件', x[2], '黄']);
    if (k === 6) mRows.push([mRows.length - 1, D('2021-03-15'), '—', '创建工作推进情况专报', '县政府办公室', '纸质', '否', '黄']);
  });

  // ── 专栏更新
  const disc = [
    [D('2020-03-10'), '郁南县电子商务进农村综合示范县创建工作方案', '创建方案'],
    ['2020.4.20', '郁南县电子商务进农村综合示范项目基本信息公示', '项目信息'],
    [D('2020-06-15'), '2020年5月项目建设进度', '建设进度'], ['2020.7.15', '2020年6月项目建设进度', '建设进度'],
    [D('2020-08-14'), '2020年7月项目建设进度', '建设进度'], [D('2020-09-15'), '2020年8月项目建设进度', '建设进度'],
    ['2020.10.16', '2020年9月项目建设进度', '建设进度'], [D('2020-11-13'), '2020年10月项目建设进度', '建设进度'],
    [D('2020-12-15'), '2020年11月项目建设进度', '建设进度'], ['2021.1.14', '2020年12月项目建设进度', '建设进度'],
    [D('2021-03-05'), '2021年1—2月项目建设进度', '建设进度'], ['2021.3.16', '关于设立电商进农村项目监督举报信箱的公告', '监督举报'],
    [D('2021-04-15'), '2021年3月项目建设进度', '建设进度'], ['2021.5.14', '2021年4月项目建设进度', '建设进度'],
    [D('2021-06-15'), '2021年5月项目建设进度', '建设进度'], [D('2021-07-15'), '2021年6月项目建设进度', '建设进度'],
    ['2021.8.16', '2021年7月项目建设进度', '建设进度'], [D('2021-09-15'), '2021年8月项目建设进度', '建设进度'],
  ];
  const dRows = [
    ['县政府网“电子商务进农村综合示范”专栏更新记录'],
    ['序号', '发布日期', '信息标题', '公开类别', '链接'],
  ];
  disc.forEach((x, k) => dRows.push([k + 1, x[0], x[1], x[2], 'http://www.yunan.gov.cn/zwgk/dszl/content/post_' + (1418200 + k * 3137) + '.html']));

  // ── 宣传报道
  const meRows = [
    ['郁南县电子商务进农村宣传报道登记'],
    ['序号', '日期', '媒体', '级别', '形式', '标题', '电商扶贫典型案例'],
    [1, D('2020-11-20'), '南方+', '省级', '网络', '郁南无核黄皮搭上直播快车', '否'],
    [2, '2021.1.8', '郁南发布（县融媒体中心）', '县级', '网络', '我县第14期电商培训走进通门镇', '否'],
    [3, D('2021-03-26'), '郁南电视台《郁南新闻》', '县级', '电视', '县电商公共服务中心助力春耕农资下乡', '否'],
    [4, '2021年6月18日', '广东广播电视台珠江频道《珠江新闻眼》', '省级', '电视', '“黄皮村”的直播间：郁南电商扶贫见成效', '是'],
    [5, '2021.9.3', '云浮日报', '市级', '报纸', '郁南：电商赋能乡村振兴', '否'],
    [6, D('2021-09-10'), 'CCTV-17《三农群英汇》', '中央', '电视', '南江畔的“黄皮致富经”', '是'],
  ];
  // ── 经验材料
  const maRows = [
    ['经验材料报送登记'],
    ['序号', '报送日期', '材料名称', '报送单位', '备注'],
    [1, D('2021-01-20'), '郁南县“电商+无核黄皮”助农增收经验做法', '云浮市商务局', '市局简报第3期采用'],
    [2, '2021.9.6', '郁南县村级电商服务站点“一站多能”案例', '云浮市商务局', null],
  ];

  // ── 自查清单 (facts / self-assessment): two columns of little blocks
  const left = [
    { t: '一、县情底数', s: null, rows: [
      [null, '常住人口', '38.69万人', '七普'],
      [null, '户籍人口', '53.42万人', '公安年报，只作参考'],
      [null, '行政村／社区', '180个／15个', '全县15个镇'],
      [null, '省定贫困村', '22个', null]] },
    { t: '二、谁挂帅（组织领导2分）', s: '自评 2分', rows: [
      ['☑', '领导小组组长', '县委副书记、县长', '郁办通〔2020〕27号'],
      ['☑', '成员单位', '县商务局、县财政局、县农业农村局、县乡村振兴局、县市场监管局、县交通运输局、县邮政分公司', null],
      [null, '备注', '2019年11月成立时由分管副县长任组长，2020年8月调整', null]] },
    { t: '三、方案和政策（各2分）', s: null, rows: [
      ['☑', '示范县工作方案正式印发', '郁府办〔2019〕41号（2019年12月）', '自评 2分'],
      ['☑', '出台支持农村电商的政策', '《郁南县促进农村电子商务发展扶持办法》（2020年6月）', '自评 1分'],
      [null, '说明', '扶持办法兑现还不够，政策支持只报1分', null]] },
    { t: '四、管项目（项目管理4分）', s: '自评 3分', rows: [
      ['☑', '项目管理制度', '《项目管理办法》《项目验收办法》', '自评 2分'],
      ['☑', '工作台账', '有，部分台账9月才补齐', '自评 1分']] },
    { t: '五、县电商中心和产业园（15分）', s: '自评 14分', rows: [
      ['☑', '中心投入运营', D('2020-11-18'), '已满6个月'],
      ['☑', '免费培训场所、设备', '培训室80座，电脑40台', null],
      ['☑', '免费展示、销售', '农特产品展厅，免费上架', null],
      ['☐', '免费摄影、美工', '摄影按件收费（主图每款30元）', '扣1分'],
      ['☑', '统一推广、品牌指导', '“郁南无核黄皮”区域公用品牌', null],
      ['☑', '其他增值服务', '直播间、代发货、融资对接', null],
      ['☑', '电商产业园', '整合原县物流园建成（2020年10月开园）', null],
      ['☑', '入驻企业及类型', '23家（平台、销售、运营、物流、直播5类）', null]] },
    { t: '六、村级站点（10分）', s: '自评 10分', rows: [
      ['☑', '建站数', '133个（含社区服务点1个）', null],
      ['☑', '覆盖行政村', '128个，71.1%', null],
      ['☑', '省定贫困村', '22个，全覆盖', null]] },
    { t: '七、农产品上行（10分）', s: '自评 9分', rows: [
      ['☑', '网销调研、提出针对性建议', '2020年12月《郁南县农产品网销调研报告》', '自评 2分'],
      ['☑', '网络促销活动', '“黄皮节”直播带货等6场', '自评 2分'],
      ['☑', '专业第三方运营服务商', '云浮市云商汇运营管理有限公司', null],
      ['☑', '行政村快递全覆盖', '180个行政村全通（县邮政分公司证明）', null],
      ['☐', '交易标准、冷链、溯源', '黄皮交易标准已出，冷链在建', '自评 1分'],
      ['☑', '网零增速≥30%', '农村：2019年8.62亿元→2020年10.95亿元（+27.0%）', null],
      [null, null, '农产品：2019年3.05亿元→2020年4.12亿元（+35.1%）', null]] },
  ];
  const right = [
    { t: '八、培训（20分）', s: '自评 20分', rows: [
      ['☑', '培训人次', '4,036人次（占常住人口1.04%）', '含贫困户专场85人次'],
      ['☑', '有劳动能力贫困人口（不含外出务工）', '80人', '县乡村振兴局核定'],
      ['☑', '已参训贫困人口', '57人（71.3%）', null]] },
    { t: '九、政府网专栏（信息公开4分）', s: '自评 4分', rows: [
      ['☑', '专栏', '县政府网“电子商务进农村综合示范”专栏', null],
      ['☑', '公示内容', '创建方案☑　项目基本信息☑　建设进度☑　监督举报窗口☑', null],
      ['☑', '更新', '按月更新', null]] },
    { t: '十、数据上报（6分）', s: '自评 6分', rows: [
      ['☑', '每月报市商务局', '每月上旬报上月进展', null],
      ['☑', '电商扶贫统计', '月报附电商扶贫统计表', null]] },
    { t: '十一、经验材料（2分）', s: '自评 2分', rows: [
      ['☑', '报市商务局经验材料', '2篇', null]] },
    { t: '十二、媒体报道（8分）', s: '自评 8分', rows: [
      ['☑', '中央、省级', 'CCTV-17、南方+、广东台珠江频道', null],
      ['☑', '市级', '云浮日报', null],
      ['☑', '县级', '郁南发布、郁南电视台', null]] },
    { t: '十三、资金（15分）', s: '自评 12分', rows: [
      [null, '省级专项资金下达', '500万元', '粤商务电函〔2019〕29号'],
      [null, '累计拨付', '430.13万元（86.0%）', null],
      ['☑', '资金管理制度', '《郁南县电商进农村专项资金管理办法》', '自评 4分'],
      ['☑', '资金专用台账', '已建立', '自评 4分'],
      ['☑', '及时拨付', '按合同节点拨付', '自评 4分'],
      [null, '项目总体进度', '90%', null]] },
    { t: '十四、加分（4分）', s: '自评 4分', rows: [
      ['☑', '贫困人口培训率≥70%', '71.3%', '自评 2分'],
      ['☑', '扶贫案例上电视', 'CCTV-17《三农群英汇》', '自评 2分']] },
    { t: '十五、红线（一票否决）', s: null, rows: [
      ['☑', '未发生安全生产、质量事故', '无', null],
      ['☑', '无弄虚作假', '无', null],
      ['☑', '总体进度不低于40%', '90%', null]] },
  ];
  const fr = [];
  const fMerges = ['A1:K1', 'A2:E2', 'G2:K2', 'A3:K3'];
  fr[0] = ['郁南县电子商务进农村综合示范县创建考评自查清单'];
  fr[1] = ['县（市、区）：郁南县', null, null, null, null, null, '考评数据截至：2021年8月31日'];
  fr[2] = ['说明：☑＝已完成／具备，☐＝未完成／不具备；每块右上角为该项自评分。左栏一至七、右栏八至十五，按编号顺序看。'];
  fr[3] = [];
  function place(blocks, c0) {
    let row = 4;
    blocks.forEach(b => {
      const put = (rr, cc, v) => { while (fr.length <= rr) fr.push([]); fr[rr][cc] = v; };
      put(row, c0, '■'); put(row, c0 + 1, b.t); put(row, c0 + 4, b.s);
      fMerges.push(range(row, c0 + 1, row, c0 + 3));
      row++;
      b.rows.forEach(x => {
        put(row, c0, x[0]); put(row, c0 + 1, x[1]); put(row, c0 + 3, x[2]); put(row, c0 + 4, x[3]);
        fMerges.push(range(row, c0 + 1, row, c0 + 2));
        row++;
      });
      row++; // blank row between blocks
    });
    return row;
  }
  const endL = place(left, 0);
  const endR = place(right, 6);
  let fe = Math.max(endL, endR);
  while (fr.length <= fe + 1) fr.push([]);
  fr[fe] = ['自评合计：97分（含加分4分）'];
  fMerges.push(range(fe, 0, fe, 10));
  fr[fe + 1] = ['自查人：黄××', null, null, '复核：陈××（电商股股长）', null, null, '审核：李××（分管副局长）', null, null, '2021年9月6日'];
  for (let i = 0; i < fr.length; i++) if (!fr[i]) fr[i] = [];

  const sheets = [
    { name: '自查清单', rows: rect(fr), merges: fMerges },
    { name: '村居名单', rows: rect(vRows), merges: vMerges },
    { name: '站点清单', rows: rect(sRows), merges: sMerges },
    { name: '普及培训', rows: rect(tRows), merges: ['A1:H1', 'A2:H2'] },
    { name: '专场签到', rows: rect(gRows), merges: gMerges },
    { name: '贫困人口', rows: rect(pRows), merges: ['A1:J1', 'A2:J2'] },
    { name: '园区企业', rows: rect(eRows), merges: ['A1:H1', 'A2:H2'] },
    { name: '资金拨付', rows: rect(fRows), merges: ['A1:H1', 'A2:D2', 'E2:H2'] },
    { name: '月报报送', rows: rect(mRows), merges: ['A1:H1'] },
    { name: '专栏更新', rows: rect(dRows), merges: ['A1:E1'] },
    { name: '宣传报道', rows: rect(meRows), merges: ['A1:G1'] },
    { name: '经验材料', rows: rect(maRows), merges: ['A1:E1'] },
  ];

  const uncPoorName = villages[poorUncovered].base + '村';
  const expressName = villages[expressNo].base + '村';
  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
    'work.center': 14, 'work.coverage': 8, 'work.upward': 8, 'work.training': 18,
    'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 5,
    'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 0, 'bonus.tvCase': 1,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  const scored = Object.entries(points).filter(([k]) => !k.startsWith('bonus') && !k.startsWith('veto')).reduce((a, [, v]) => a + v, 0);
  assert(scored === 84, 'scored ' + scored);
  const claimed = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
    'work.center': 14, 'work.coverage': 10, 'work.upward': 9, 'work.training': 20,
    'info.disclosure': 4, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 2, 'bonus.tvCase': 2,
  };
  assert(Object.values(claimed).reduce((a, b) => a + b, 0) === 97, 'claimed 97');

  write('counties/b55-c1-yunan.json', {
    description: '郁南县（云浮）商务局电商股的整本考评工作簿（12个表）。事实表《自查清单》是经办人自己排的A4横版“小块清单”：左右两栏，每个指标一个小块（■标题行＋自评分在块右上角，下面2—8行“☑/☐｜事项（合并两格）｜情况｜备注或分项自评分”），左栏一至七、右栏八至十五，要按编号先左栏自上而下再右栏读；判断项的分写在行尾“自评 n分”，方案和政策两个指标共用一块、各在本行写分；县情块有户籍人口；表尾自评合计97分和自查人/复核/审核三人签名。台账：村（居）委会名单（镇纵向合并、三种村名写法按镇不同、居委会排在各镇末尾、✓贫困村、快递√/×）、站点清单133行（村名写法与名单不同、社区点、同乐林场点、三村各有第二站、9月挂牌两站）、普及培训30期（不含专场，2021.8.30-9.1三天班按结束日在截止日后，合计行含9月）、专场签到五场（场次日期纵向合并，两人身份证末位小写x、一人分段空格、未带身份证一行、帮扶干部两人、外出务工和无劳动能力者，第五场在9月）、贫困人口120人、园区企业23行（同一信用代码更名、5月退出、9月退出仍在园、9月入驻）、资金拨付带凭证号和累计列（红字冲销-186,000、“45.6万”、“1,250,000.00”文本、8月31日当天一笔、9月两笔、合计行）、月报（含一条报县政府办）、专栏更新（缺2021年2月）、宣传报道（有级别列和扶贫案例列）、经验材料。中等偏上（85分，含加分1分，未否决；县自评97分）。',
    sheets,
    expect: { asOf: CUT, total: 85, bonus: 1, vetoed: false, points, claimed },
    derivation: [
      'org.leadership: 自查清单二：组长县委副书记、县长（主要领导），成员有县商务局、财政局、农业农村局、乡村振兴局 → 2（2019年分管副县长任组长已于2020年8月调整）',
      'org.plan: 方案已正式印发（郁府办〔2019〕41号），自评2分 → 2',
      'org.policy: 扶持办法已出台，自评1分 → 1',
      'org.management: 项目管理制度自评2分 + 工作台账自评1分 → 3',
      'work.center: 中心2020-11-18投入运营（≤截止日2分；≤2021-02-28满6个月2分）+ 免费培训2 + 免费展示1 + 摄影按件收费0 + 品牌推广1 + 其他增值服务1 + 产业园2 + 园区名录23行截至8月31日在园20家（蜜香更名同一信用代码只算1家、德邦2021-05-31退出、南江文化2021-09-08入驻不计，顺丰2021-09-20退出仍在园）≥20 → 2 + 类型5种（销售、平台、运营、物流、直播）≥3 → 1 = 14',
      'work.coverage: 村居名单行政村180个（居委会15个不计），截止日前有站点的行政村126个（城中社区点、同乐林场点不计，3个村各两站只算一次，' + uncPoorName + '2021.9.6和另一村2021年9月15日挂牌不计）126/180 = 70.0% ≥ 70% → 5；省定贫困村22个中21个有站（' + uncPoorName + '站点9月才挂牌）21/22 = 95.5% → 3；合计8',
      'work.upward: 网销调研自评2 + 网络促销自评2 + 第三方运营1 + 快递：村居名单“快递进村”列' + expressName + '为“×” → 0（自查清单称全覆盖，以名单为准）+ 交易标准冷链溯源自评1 + 农产品网零3.05→4.12亿元增长35.1% ≥ 30% → 2（农村网零27.0%不够，任一即可）= 8',
      'work.training: 人次 = 普及培训截止日前28期3,743 + 专场签到截止日前4场69行 = 3,812；3,812/386,900 = 0.985% → 8（第29期2021.8.30-9.1按结束日不计、第30期9.14不计；自报4,036人次含9月）；贫困人口：名单120人中有劳动能力且未外出务工80人，截止日前签到按身份证匹配47人（两人小写x、一人带空格照配；外出务工3人、无劳动能力2人、帮扶干部2人、未带身份证1行不计）47/80 = 58.75% → 10；合计18',
      'info.disclosure: 专栏公示创建方案、项目基本信息、建设进度并设监督举报窗口 → 2；2020-09…2021-08更新记录缺2021年2月 → 不定时1；合计3',
      'info.reporting: 2020年9月至2021年8月每月都有报云浮市商务局的记录 → 3；月报附电商扶贫统计表 → 3；合计6',
      'promo.cases: 2021-01-20向云浮市商务局报送经验材料 → 2（第二篇2021.9.6在截止日后）',
      'promo.media: 截止日前有南方+、广东台珠江频道（省级）→ 4，郁南发布、郁南电视台（县级）→ 1；云浮日报2021.9.3、CCTV-17 2021-09-10在截止日后不计 → 5',
      'fund.system: 资金管理办法已制定，自评4分 → 4',
      'fund.ledger: 资金专用台账已建立，自评4分 → 4',
      'fund.spending: 截止日前拨付3,561,300元（含红字冲销-186,000、“45.6万”=456,000、文本“1,250,000.00”、8月31日当天192,000；9月两笔740,000不计，合计行不计）÷ 5,000,000 = 71.2% ≥ 70% → 及时拨付自评4分 → 4',
      'bonus.poorTraining: 47/80 = 58.75% < 70% → 0（把9月第五场新增10人算进去才到57/80 = 71.25%）',
      'bonus.tvCase: 2021-06-18广东广播电视台珠江频道播出电商扶贫典型案例（省级电视）→ 1；CCTV-17在2021-09-10，不计',
      'veto.incident: 自查清单：未发生安全生产、质量事故 → 0',
      'veto.progress: 总体进度90% ≥ 40% → 0',
      'veto.fraud: 无弄虚作假 → 0',
      'total: 15项合计84 + 加分1 = 85（县自评97）',
    ],
  });
})();

// ═══════════════════════════ FACTS f1: 陆河县（录音转写） ═══════════════════════════
(function f1() {
  const talk = [
    ['00:00:05', '发言人1', '好，我们开始。今天把考评自评的数据过一遍，市局要求9月6号前报上去，数据都按截至8月31号的口径，9月份的一律不要算进去。'],
    ['00:00:31', '发言人2', '好的局长。我先讲基本情况。常住人口按七普是25.86万，户籍人口是33.9万，表里填常住的。'],
    ['00:00:52', '发言人1', '对，填常住，25.86万。'],
    ['00:01:03', '发言人2', '行政村126个，社区居委会12个，省定贫困村16个。'],
    ['00:01:20', '发言人2', '领导小组，组长那里我原来写的是常务副县长。'],
    ['00:01:28', '发言人1', '不对，去年8月已经调整了，组长是县委副书记、县长，你按调整后的文件写。'],
    ['00:01:40', '发言人2', '好，组长改成县委副书记、县长。成员单位是商务局、财政局、农业农村局、乡村振兴局，还有市场监管、交通、邮政。'],
    ['00:02:05', '发言人1', '嗯，方案呢？'],
    ['00:02:09', '发言人2', '工作方案2019年12月已经正式印发了，陆府办的文。扶持政策是去年7月出台的，那个扶持办法。'],
    ['00:02:30', '发言人1', '方案自评给2分。政策……兑现得一般，政策支持给1分吧。'],
    ['00:02:41', '发言人2', '好，方案2分，政策1分。'],
    ['00:02:50', '发言人2', '项目管理，制度有，项目管理办法、验收办法都发了，自评2分；工作台账也齐，我想也报2分。'],
    ['00:03:08', '发言人1', '可以，都2分。'],
    ['00:03:15', '发言人4', '中心这块我来讲。县电商公共服务中心是2020年9月28号正式投入运营的，10月16号搞的揭牌仪式。'],
    ['00:03:33', '发言人1', '投入运营就按9月28号，揭牌那个不算。'],
    ['00:03:40', '发言人4', '好。培训室、电脑都是免费给大家用的，能办基础培训；展厅免费展示、销售本地农产品；品牌这块我们帮着做陆河青梅、陆河绿茶的统一推广；还有直播、代发货这些增值服务。'],
    ['00:04:10', '发言人1', '摄影美工呢？'],
    ['00:04:14', '发言人4', '摄影是收费的，按成本收，美工设计免费。'],
    ['00:04:20', '发言人1', '那摄影美工这一条就不能算免费，填否。'],
    ['00:04:26', '发言人2', '好，免费摄影美工填否。'],
    ['00:04:35', '发言人2', '产业园是整合原来的物流园建的，已经建成了。第三方运营就是刘经理他们公司，有。'],
    ['00:04:55', '发言人1', '快递呢？上次说全覆盖了？'],
    ['00:05:01', '发言人2', '邮政管理局出的证明写的是96.8%，还有4个村没通，不能填100%。'],
    ['00:05:12', '发言人1', '那就如实写，快递全覆盖填否。'],
    ['00:05:20', '发言人2', '网络零售额是统计局给的，农村网络零售额2019年是4.36亿，2020年是5.72亿，同比增长31.2%。'],
    ['00:05:41', '发言人2', '农产品网络零售额统计局只有2020年的，1.38亿，2019年没有分类统计。'],
    ['00:05:55', '发言人1', '没有的就空着，不要自己推。'],
    ['00:06:02', '发言人2', '好。网销调研我们做了报告，自评2分；促销活动，青梅节那几场效果还行……'],
    ['00:06:15', '发言人1', '促销活动给1分吧，成效说不上明显。交易标准、冷链溯源，冷链还没建好，给1分。'],
    ['00:06:28', '发言人2', '好的，调研2分，促销1分，交易标准冷链溯源1分。'],
    ['00:06:40', '发言人2', '培训。截至8月31号累计培训2,784人次。9月份又办了两期，一百五十多人次，没算进去。'],
    ['00:06:58', '发言人1', '对，9月的不算。'],
    ['00:07:05', '发言人2', '贫困人口，乡村振兴局给的有劳动能力的是2,310人，扣掉外出务工的，不含外出务工是1,126人。已经参训的贫困人口是612人，这是按人算的，人次是905。'],
    ['00:07:30', '发言人1', '表里填人数，612人；基数填1,126。'],
    ['00:07:38', '发言人2', '专栏在县政府网上，创建方案、项目基本信息、建设进度都有公示，每个月更新。征求意见或者监督举报的窗口还没有设。'],
    ['00:07:55', '发言人1', '窗口没设就填没有，下个月补上。'],
    ['00:08:02', '发言人2', '每个月都有报汕尾市商务局，电商扶贫的情况能统计，每月附了扶贫统计表。'],
    ['00:08:18', '发言人3', '资金我讲一下。省里下达的专项资金是500万元，截至8月31号累计拨付371.46万元，9月2号又付了28万，那个不算。'],
    ['00:08:40', '发言人3', '资金管理办法已经制定了，专用台账也建立了。自评的话，制度我报4分，台账4分，及时拨付4分。'],
    ['00:08:55', '发言人1', '可以，就这样。总体进度呢？'],
    ['00:09:00', '发言人3', '总体进度按百分之九十二报。'],
    ['00:09:08', '发言人1', '安全生产、质量事故没有发生吧？'],
    ['00:09:12', '发言人2', '没有发生，也没有弄虚作假的情况。'],
    ['00:09:20', '发言人1', '好，小钟你按今天定的改好表，下午给我看。散会。'],
  ];
  const rows = [
    ['陆河县电子商务进农村综合示范创建考评自评工作会（录音转写稿）'],
    ['文件：20210902_自评会.m4a　　时长：00:09:31　　转写：讯飞听见（机器转写，钟××按录音核对过数字）'],
    ['会议时间：2021年9月2日上午　　地点：县商务局三楼会议室　　考评数据截至2021年8月31日'],
    ['发言人1＝叶局长（主持）　发言人2＝钟××（电商股）　发言人3＝彭××（财务股）　发言人4＝刘××（县电商公共服务中心运营方）'],
    ['段落', '发言人', '时间', '转写内容'],
  ];
  talk.forEach((t, k) => rows.push([k + 1, t[1], t[0], t[2]]));
  rows.push(['（转写结束）']);
  write('facts/b55-f1-luhe.json', {
    description: '陆河县（汕尾）商务局考评自评工作会的录音转写稿（讯飞听见导出后粘进Excel）：表头四行是文件名/时长、会议时间与“考评数据截至2021年8月31日”、发言人对照（发言人1＝局长…），下面 段落|发言人|时间|转写内容，一句话一行，事实和判断分都在对话里，并且常被下一句改掉或确认：组长先说常务副县长、局长纠正为县委副书记、县长（四部门齐全）；中心“9月28号正式投入运营、10月16号揭牌”取运营日；摄影收费美工免费 → 免费摄影美工填否；快递96.8% → 否；政策和促销由局长定为1分；贫困人口“有劳动能力2,310人、不含外出务工1,126人、参训612人（人次905）”取1,126和612；“百分之九十二”。陷阱：户籍人口33.9万、社区12个、9月两期一百五十多人次、9月2号付的28万、会议日期9月2日；农产品网零只有2020年，2019年“不要自己推”；表内无县名标签（县名只在标题）。',
    sheets: [{ name: '自评会录音转写', rows: rect(rows), merges: ['A1:D1', 'A2:D2', 'A3:D3', 'A4:D4'] }],
    expect: {
      facts: {
        asOf: '2021-08-31', residentPopulation: 258600, adminVillagesStated: 126, poorVillagesStated: 16,
        planIssued: true, policyIssued: true, centerOpened: '2020-09-28',
        centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2019: 436000000, ruralRetail2020: 572000000, ruralRetailGrowthStated: 0.312,
        agriRetail2020: 138000000,
        trainingPersonTimesStated: 2784, eligiblePoorPersonsStated: 1126, trainedPoorPersonsStated: 612,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3714600, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.92, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        'org.plan': 2, 'org.policy': 1, 'org.management.system': 2, 'org.management.ledger': 2,
        'work.upward.research': 2, 'work.upward.promotion': 1, 'work.upward.standards': 1,
        'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  });
})();

// ═══════════════════════════ FACTS f2: 阳春市（分年度推进表） ═══════════════════════════
(function f2() {
  const H = ['序号', '工作事项', '2019年', '2020年', '2021年（1—8月）', '现状／累计（截至8月31日）', '备注'];
  const rows = [
    ['阳春市电子商务进农村综合示范创建工作推进情况表（分年度）'],
    ['填报：阳春市商务局（电商股）　　数据截至：2021年8月31日'],
    ['说明：2019—2021年各栏写当年完成的事（日期只写月日，年份看栏头）；数字类事项的“现状／累计”栏为截至8月31日的数。'],
    H,
    ['一、组织推进'],
    [1, '常住人口', '—', '七普（11月1日）84.61万人', '—', '84.61万人', '户籍人口118.57万人（公安年报）'],
    [2, '行政村／省定贫困村', '—', '—', '—', '337个／60个', '另有社区居委会23个'],
    [3, '领导小组', '11月12日成立，分管副市长任组长', '7月20日调整：市委副书记、市长任组长；成员为市商务局、财政局、农业农村局、扶贫办（现乡村振兴局）、市场监管局、交通运输局、邮政分公司', '—', '市长任组长', '春办通〔2020〕19号'],
    [4, '示范县工作方案', '12月26日正式印发', '6月修订（实施期延至2021年）', '—', '已印发', '春府办〔2019〕52号'],
    [5, '扶持政策', '—', '4月起草，10月征求意见', '3月18日印发《阳春市促进农村电子商务发展若干措施》', '已出台', '春府办〔2021〕9号'],
    [6, '项目管理制度、工作台账', '—', '5月印发项目管理办法、验收办法；建立工作台账', '台账按月更新', '有', null],
    ['二、服务体系'],
    [7, '县级电商公共服务中心', '12月选址', '5月动工，10月28日投入运营', '正常运营', '运营满10个月', '春城街道电商大厦2—3楼'],
    [8, '　—免费培训场所、设备', '—', '10月启用（120座）', '—', '✔免费', null],
    [9, '　—农产品免费展示、销售', '—', '10月启用展销厅', '—', '✔免费', null],
    [10, '　—摄影、美工', '—', '12月开设摄影棚', '1月起按成本价收费', '✘收费', null],
    [11, '　—统一推广、品牌指导', '—', '“春砂仁”区域品牌统一推广', '马水桔品牌策划', '✔', null],
    [12, '　—其他衍生增值服务', '—', '—', '4月开设直播基地、代发货', '✔', null],
    [13, '电商产业园', '—', '9月整合春城电商孵化园建成', '3月扩园', '✔建成，在园企业24家', null],
    [14, '第三方运营服务商', '—', '6月引入广东春运供应链管理有限公司', '—', '✔有', null],
    [15, '行政村快递覆盖', '—', '12月覆盖率88.4%', '7月15日实现全覆盖', '100%', '市邮政管理局证明'],
    ['三、农产品上行'],
    [16, '农村网络零售额', '38.62亿元', '45.18亿元（同比+17.0%）', '1—8月31.05亿元', '—', '市统计局'],
    [17, '农产品网络零售额', '6.15亿元', '8.21亿元（同比+33.5%）', '1—8月5.96亿元', '—', '第三方平台监测'],
    ['四、人才培训'],
    [18, '电商培训人次', '—', '3,416人次', '2,218人次', '累计5,634人次', null],
    [19, '有劳动能力的建档立卡贫困人口（不含外出务工）', '—', '—', '6月核定4,862人', '4,862人', '含外出务工为9,215人'],
    [20, '参训的建档立卡贫困人口', '—', '1,430人', '新增1,186人', '累计2,616人', '按身份证号去重；人次为3,908'],
    ['五、信息公开和报送'],
    [21, '政府网专栏', '—', '3月10日开设，公示创建方案、项目基本信息，此后每月公示建设进度', '1月增设“意见征集”窗口', '✔方案　✔项目　✔进度　✔意见征集', null],
    [22, '向阳江市商务局报送', '—', '每月报送；4月起附电商扶贫统计表', '每月报送', '能统计电商扶贫情况', null],
    ['六、资金管理'],
    [23, '省级专项资金', '12月下达500万元', '拨付186.40万元', '1—8月拨付215.72万元', '累计拨付402.12万元', '粤商务电函〔2019〕29号'],
    [24, '资金管理制度', '—', '3月印发《专项资金管理办法》', '—', '已制定', null],
    [25, '资金专用台账', '—', '3月建立', '—', '已建立', null],
    [26, '项目总体进度', '—', '年底45%', '—', '93%', null],
    ['七、底线'],
    [27, '安全生产、质量事故', '无', '无', '无', '未发生', null],
    [28, '弄虚作假', '—', '—', '—', '无', null],
    [],
    ['八、主观评分项自评（分）'],
    [null, '评分项', '分值', '自评分'],
    [null, '方案制定', '1—2', 2], [null, '政策支持', '1—2', 1], [null, '项目管理制度', '1—2', 2], [null, '工作台账', '1—2', 2],
    [null, '网销调研及建议', '1—2', 2], [null, '网络促销活动', '1—2', 2], [null, '交易标准、冷链溯源', '1—2', 1],
    [null, '资金管理制度', '1—5', 5], [null, '资金台账', '1—5', 4], [null, '资金及时拨付', '1—5', 4],
    [],
    ['填表：梁××　　审核：陈××　　2021年9月3日'],
  ];
  const merges = ['A1:G1', 'A2:G2', 'A3:G3'];
  rows.forEach((x, i) => { if (x.length === 1 && i > 3) merges.push(range(i, 0, i, 6)); });
  write('facts/b55-f2-yangchun.json', {
    description: '阳春市（阳江）商务局电商股的《创建工作推进情况表（分年度）》：序号|工作事项|2019年|2020年|2021年（1—8月）|现状／累计（截至8月31日）|备注，同一行里几年的事并排，年份栏里的日期只写月日（“5月动工，10月28日投入运营”在2020年栏 → 2020-10-28），领导小组2019年栏“分管副市长任组长”、2020年栏“7月20日调整：市委副书记、市长任组长”（以调整后为准，四部门齐全）；政策2020年只是起草、2021年3月18日印发；快递2020年88.4%、2021年7月全覆盖（现状100%）；摄影2021年1月起收费（现状✘）；零售额两年在2019年、2020年栏，增速写在2020年栏括号里；培训和参训贫困人口取“现状／累计”栏，专栏四项内容分在2020年栏和2021年栏；表下第二张小表是主观评分项自评。陷阱：户籍人口118.57万、社区23个、2021年1—8月零售额、2020年和2021年分年人次（3,416、2,218）、分年参训人数、含外出务工9,215人、人次3,908、分年拨付额、年底进度45%、在园企业24家、填表日期；表内无县名标签（只在标题和“填报”里）。',
    sheets: [{ name: '分年度推进', rows: rect(rows), merges }],
    expect: {
      facts: {
        asOf: '2021-08-31', residentPopulation: 846100, adminVillagesStated: 337, poorVillagesStated: 60,
        planIssued: true, policyIssued: true, centerOpened: '2020-10-28',
        centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 3862000000, ruralRetail2020: 4518000000, ruralRetailGrowthStated: 0.17,
        agriRetail2019: 615000000, agriRetail2020: 821000000, agriRetailGrowthStated: 0.335,
        trainingPersonTimesStated: 5634, eligiblePoorPersonsStated: 4862, trainedPoorPersonsStated: 2616,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4021200, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.93, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        'org.plan': 2, 'org.policy': 1, 'org.management.system': 2, 'org.management.ledger': 2,
        'work.upward.research': 2, 'work.upward.promotion': 2, 'work.upward.standards': 1,
        'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  });
})();

// ═══════════════════════════ FACTS f3: 连南（手写稿录入，涂改标注） ═══════════════════════════
(function f3() {
  const rows = [
    ['连南瑶族自治县电子商务进农村综合示范创建考评基础数据表'],
    ['（纸质稿由各股室于2021年9月3日手写填报，电商股录入。录入约定：被划掉的字照录，后面加“（划去）”；改写、补写的字照录；写在格子外面的字录入“旁注”栏；认不出的写“（字迹不清）”；空着没写的录“（空白）”。）'],
    ['序号', '项目', '填报内容（手写）', '单位', '旁注（手写）', '填写股室'],
    [1, '县（市、区）', '连南瑶族自治县', null, null, '电商股'],
    [2, '考评数据截止日期', '2021年8月31日', null, null, '电商股'],
    [3, '常住人口', '15.42（划去）14.23', '万人', '按七普', '统计局'],
    [4, '户籍人口', '18.12', '万人', '仅参考，不用于计算', '统计局'],
    [5, '行政村个数', '71', '个', '社区7个（不算）', '民政局'],
    [6, '省定贫困村个数', '19', '个', null, '乡村振兴局'],
    [7, '领导小组组长', '县委常委、常务副县长（划去）县委副书记、县长', null, '2020年9月调整后', '办公室'],
    [8, '成员单位', '商务局、财政局、农业农村局、扶贫办（划去）乡村振兴局、市场监管局、邮政分公司', null, null, '办公室'],
    [9, '工作方案是否正式印发', '是', null, '连府办〔2019〕36号', '电商股'],
    [10, '是否出台支持政策', '否（划去）是', null, '2021年3月出台', '电商股'],
    [11, '公共服务中心投入运营时间', '2020年12月（划去）2020年11月26日', null, null, '电商中心'],
    [12, '免费培训场所、设备', '有', null, null, '电商中心'],
    [13, '免费展示、销售', '有', null, null, '电商中心'],
    [14, '免费摄影、美工', '有（划去）无', null, '摄影收费', '电商中心'],
    [15, '统一推广、品牌指导', '有', null, '瑶山茶、瑶山稻', '电商中心'],
    [16, '其他衍生增值服务', '（字迹不清）', null, null, '电商中心'],
    [17, '电商产业园', '已建成', null, null, '电商股'],
    [18, '第三方运营服务商', '有', null, null, '电商股'],
    [19, '行政村快递覆盖率', '100', '%', '邮政局证明', '邮政分公司'],
    [20, '2019年农村网络零售额', '2.46', '亿元', null, '统计局'],
    [21, '2020年农村网络零售额', '3.31', '亿元', null, '统计局'],
    [22, '农村网络零售额同比增速', '34.6', '%', null, '统计局'],
    [23, '2019年农产品网络零售额', '0.82', '亿元', null, '统计局'],
    [24, '2020年农产品网络零售额', '（空白）', '亿元', '统计局未提供', '统计局'],
    [25, '农产品网络零售额同比增速', '（空白）', '%', null, '统计局'],
    [26, '培训人次', '1,528（划去）1,472', '人次', '1528含9月2期，改', '电商中心'],
    [27, '有劳动能力的建档立卡贫困人口（不含外出务工）', '1,086', '人', '含外出务工2,035人', '乡村振兴局'],
    [28, '参加培训的建档立卡贫困人口', '598', '人', '人次为854', '电商中心'],
    [29, '专栏公示创建方案', '√', null, null, '电商股'],
    [30, '专栏公示项目基本信息', '√', null, null, '电商股'],
    [31, '专栏公示项目建设进度', '√', null, null, '电商股'],
    [32, '专栏设征求意见或监督举报窗口', '×', null, '拟9月补设', '电商股'],
    [33, '能否统计电商扶贫情况', '能', null, null, '电商股'],
    [34, '省级专项资金下达总额', '500', '万元', null, '财务股'],
    [35, '累计拨付', '362.8', '万元', null, '财务股'],
    [36, '资金管理制度', '已制定', null, null, '财务股'],
    [37, '资金专用台账', '已建立', null, null, '财务股'],
    [38, '项目总体进度', '85', '%', null, '电商股'],
    [39, '发生安全生产、质量事故', '无', null, null, '办公室'],
    [40, '弄虚作假', '无', null, null, '办公室'],
    ['主观评分项自评（分）'],
    [41, '方案制定', '2', '分', null, '电商股'],
    [42, '政策支持', '1', '分', null, '电商股'],
    [43, '项目管理制度', '2', '分', null, '电商股'],
    [44, '工作台账', '1（划去）2', '分', null, '电商股'],
    [45, '网销调研', '2', '分', null, '电商中心'],
    [46, '网络促销活动', '（字迹不清）', '分', null, '电商中心'],
    [47, '交易标准、冷链溯源', '1', '分', null, '电商中心'],
    [48, '资金管理制度', '4', '分', null, '财务股'],
    [49, '资金台账', '5（划去）4', '分', null, '财务股'],
    [50, '资金及时拨付', '4', '分', null, '财务股'],
    ['填表人：房××　　审核：（未签字）　　2021.9.3'],
  ];
  const merges = ['A1:F1', 'A2:F2'];
  rows.forEach((x, i) => { if (x.length === 1 && i > 2) merges.push(range(i, 0, i, 5)); });
  write('facts/b55-f3-liannan.json', {
    description: '连南瑶族自治县（清远）各股室手写填报的纸质基础数据表，由电商股照原样录入Excel：序号|项目|填报内容（手写）|单位|旁注（手写）|填写股室，表头下一行写明录入约定——划掉的字照录并加“（划去）”、改写的字照录、格外写的字进“旁注”、认不出的写“（字迹不清）”、没写的录“（空白）”。读法：一格里“旧（划去）新”取划去之后的新值（常住人口15.42→14.23万人、组长常务副县长→县委副书记县长、扶贫办→乡村振兴局、政策否→是、中心2020年12月→2020年11月26日、摄影美工有→无、培训1,528→1,472、工作台账1→2分、资金台账5→4分）；“（字迹不清）”“（空白）”＝未填（其他衍生增值服务、2020年农产品网零及增速、网络促销自评都不列）。陷阱：户籍人口18.12万、社区7个、含外出务工2,035人、人次854、填表日期2021.9.3。',
    sheets: [{ name: '基础数据（手写稿录入）', rows: rect(rows), merges }],
    expect: {
      facts: {
        county: '连南瑶族自治县', asOf: '2021-08-31', residentPopulation: 142300, adminVillagesStated: 71, poorVillagesStated: 19,
        planIssued: true, policyIssued: true, centerOpened: '2020-11-26',
        centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 246000000, ruralRetail2020: 331000000, ruralRetailGrowthStated: 0.346,
        agriRetail2019: 82000000,
        trainingPersonTimesStated: 1472, eligiblePoorPersonsStated: 1086, trainedPoorPersonsStated: 598,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3628000, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.85, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        'org.plan': 2, 'org.policy': 1, 'org.management.system': 2, 'org.management.ledger': 2,
        'work.upward.research': 2, 'work.upward.standards': 1,
        'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  });
})();

// ═══════════════════════════ LEDGER l1: 东源县 点名册 ═══════════════════════════
(function l1() {
  const r = rng(5511);
  const dates = ['2020-09-17', '2020-10-22', '2020-11-27', '2020-12-17', '2021-01-14', '2021-03-18', '2021-04-22', '2021-06-17', '2021-09-09'];
  const heads = ['9月17日', '10.22', '11.26-27', '12月17日', '1.14', '3.18', '4月22日', '6.17', '9.9'];
  const MARK = { '1': '√', '2': '✓', '3': '√迟', '0': null, 'j': '假', 'x': '×', '-': '—', 't': '（退学）' };
  const PRESENT = new Set(['1', '2', '3']);
  const people = [
    ['钟国平', 1, '111101111'], ['叶秀梅', 2, '1101j1101'], ['刘建华', 1, '111111110'], ['黄丽娟', 2, '21x1110j1'],
    ['邱志强', 1, '111011011', 'X'], ['赖美玲', 2, '1j1101101'], ['曾文辉', 1, '---111111'], ['古月英', 2, '11t000000'],
    ['李伟明', 1, '111111111', 'space'], ['朱晓燕', 2, '0111x1111'], ['张家俊', 1, '113111011'], ['陈桂兰', 2, '1111j1111'],
    ['骆志文', 1, '----11111'], ['温玉芳', 2, '111101101', 'mask'], ['罗锦荣', 1, '22222x222'], ['谢春燕', 2, '1011111j0'],
    ['何少军', 1, '110111111'], ['钟丽华', 2, '111111011'], ['邹海清', 1, '-----1111'], ['黄金凤', 2, '111111111', 'none'],
    ['叶德光', 1, '1x1111110'], ['刘美娟', 2, '111j11111'], ['廖俊辉', 1, '000001111'], ['杨秋菊', 2, '1111111j1'],
    ['徐亮', 1, '11011111x'], ['曾晓琳', 2, '111111101'],
  ];
  const places = ['义合镇苏家围村', '义合镇下屯村', '船塘镇船塘村', '船塘镇凤安村', '顺天镇顺天村', '顺天镇黄沙村',
    '蓝口镇蓝口村', '蓝口镇乐村村', '康禾镇仙湖村', '上莞镇新轮村', '黄田镇黄田村', '漳溪乡漳溪村', '仙塘镇红光村'];
  const rows = [
    ['东源县农村电商“带头人”培训班学员点名册（2020—2021年度）'],
    ['说明：每期到课打“√”（或“✓”），迟到写“√迟”，请假写“假”，缺课写“×”或空着，“—”为尚未报名；第3期为两天班（11月26—27日），以结业日为准。'],
    ['序号', '姓名', '性别', '身份证号码', '镇村', '2020年', null, null, null, '2021年', null, null, null, null, '到课次数', '备注'],
    [null, null, null, null, null, '第1期', '第2期', '第3期', '第4期', '第5期', '第6期', '第7期', '第8期', '第9期', null, null],
    [null, null, null, null, null, ...heads, null, null],
  ];
  const merges = ['A1:P1', 'A2:P2', 'A3:A5', 'B3:B5', 'C3:C5', 'D3:D5', 'E3:E5', 'F3:I3', 'J3:N3', 'O3:O5', 'P3:P5'];
  const records = [];
  const perSession = Array(9).fill(0);
  people.forEach((p, k) => {
    const male = p[1] === 1;
    const want = p[3] === 'X' ? 'X' : 'noX';
    const id = makeId('441625', ymdOf(r, 1976, 2000), male, r, want);
    let shown = id, expId = id;
    if (p[3] === 'X') shown = id.slice(0, 17) + 'x';
    if (p[3] === 'space') shown = id.slice(0, 6) + ' ' + id.slice(6, 14) + ' ' + id.slice(14);
    if (p[3] === 'mask') { shown = id.slice(0, 6) + '********' + id.slice(14); expId = shown; }
    if (p[3] === 'none') { shown = '（未提供）'; expId = null; }
    const marks = p[2].split('');
    assert(marks.length === 9, 'marks ' + p[0]);
    let n = 0;
    marks.forEach((m, j) => { if (PRESENT.has(m)) { n++; perSession[j]++; records.push({ date: dates[j], personTimes: 1, id: expId }); } });
    const note = p[2].includes('t') ? '第3期起退学' : p[3] === 'none' ? '身份证未提供' : null;
    rows.push([k + 1, p[0], male ? '男' : '女', shown, pick(places, r), ...marks.map(m => MARK[m]), n, note]);
  });
  rows.push([null, '每期到课人数', null, null, null, ...perSession, perSession.reduce((a, b) => a + b, 0), null]);
  rows.push(['注：第9期（2021年9月9日）为考评截止日后举办。']);
  rows.push(['点名：县电子商务公共服务中心　　班主任：温××']);
  merges.push(range(rows.length - 2, 0, rows.length - 2, 15), range(rows.length - 1, 0, rows.length - 1, 15));
  const expl = [
    ['填表说明'],
    ['1. 本点名册记“带头人”培训班（9期）每名学员到课情况，一人一行，一期一列。'],
    ['2. 普及培训另有登记表，不在本表。'],
    ['3. 到课次数列为公式计算结果。'],
  ];
  write('ledgers/b55-l1-dongyuan.json', {
    description: '东源县（河源）电商中心的《“带头人”培训班学员点名册》：一人一行、一期一列的点名格子（三行表头：“2020年”“2021年”合并在期次之上，期次下一行是只写月日的日期“9月17日”“10.22”“11.26-27”“4月22日”…，年份看分组表头，两天班按结业日11月27日），到课格写“√”“✓”“√迟”，“假”“×”、空格、“—”（未报名）、“（退学）”都不是到课；记录＝每个到课格（1人次，日期取该列，身份证取本行），按行自上而下、行内自左向右；“到课次数”列、“每期到课人数”行、注和点名行不是记录；身份证一人末位小写x（读作X）、一人分段带空格、一人打码（照写）、一人“（未提供）”（id为null）；第9期2021年9月9日在截止日后照列。另有填表说明页（不是台账）。',
    sheets: [
      { name: '学员点名册', rows: rect(rows), merges },
      { name: '填表说明', rows: rect(expl) },
    ],
    expect: {
      sheets: {
        '学员点名册': { kind: 'training', records },
        '填表说明': { kind: null },
      },
    },
  });
})();

// ═══════════════════════════ LEDGER l2: 紫金县 代码版贫困人口 + 工作日志 ═══════════════════════════
(function l2() {
  const r = rng(5521);
  // [户编号, 姓名, 关系, 性别, yob, 劳动技能, 务工状况, 务工地点, 在校, 村, wantX]
  const P = [
    ['4416210401001', '钟伟明', '户主', 1, 1972, 1, 1, '紫金县龙窝镇', 0, '上岭村'],
    [null, '叶秀兰', '配偶', 2, 1975, '1', '0', null, 0, '上岭村'],
    [null, '钟志强', '之子', 1, 1998, 2, 4, '浙江省宁波市', 0, '上岭村'],
    [null, '钟美玲', '之女', 2, 2006, 5, null, null, 1, '上岭村'],
    ['4416210401002', '黄国荣', '户主', 1, 1965, 1, 0, null, 0, '上岭村'],
    [null, '刘桂英', '配偶', 2, 1967, '3', '0', null, 0, '上岭村'],
    [null, '黄家俊', '之子', 1, 1993, 1, 3, '广东省深圳市龙岗区', 0, '上岭村'],
    ['4416210402001', '赖金生', '户主', 1, 1950, 4, null, null, 0, '下岭村'],
    [null, '邱月娥', '配偶', 2, 1953, 5, null, null, 0, '下岭村'],
    [null, '赖建华', '之子', 1, 1978, 1, 2, '紫金县城', 0, '下岭村'],
    [null, '温丽芳', '儿媳', 2, 1981, 1, 0, null, 0, '下岭村'],
    [null, '赖思琪', '之孙女', 2, 2009, 5, null, null, 1, '下岭村'],
    ['4416210402002', '曾志文', '户主', 1, 1980, '2', '1', '紫金县龙窝镇', 0, '下岭村'],
    [null, '陈美娟', '配偶', 2, 1983, 1, 1, '紫金县龙窝镇', 0, '下岭村'],
    [null, '曾晓欣', '之女', 2, 2010, 5, null, null, 1, '下岭村'],
    [null, '曾德福', '之父', 1, 1946, 4, null, null, 0, '下岭村'],
    ['4416210403001', '古春华', '户主', 1, 1969, 1, 4, '福建省厦门市', 0, '碧滩村'],
    [null, '罗秀珍', '配偶', 2, 1971, 1, 0, null, 0, '碧滩村'],
    [null, '古俊辉', '之子', 1, 1995, 1, '3', '广东省东莞市', 0, '碧滩村'],
    ['4416210403002', '李国强', '户主', 1, 1976, 1, 0, null, 0, '碧滩村'],
    [null, '张玉梅', '配偶', 2, 1979, 1, 0, null, 0, '碧滩村'],
    [null, '李浩然', '之子', 1, 2004, 5, null, null, 1, '碧滩村'],
    [null, '李宇航', '之子', 1, 2015, 5, null, null, 0, '碧滩村'],
    ['4416210404001', '刘亚妹', '户主', 2, 1958, 1, 0, null, 0, '塘尾村'],
    [null, '刘振华', '之子', 1, 1985, 1, 3, '广东省惠州市', 0, '塘尾村', 'X'],
    [null, '黄燕', '儿媳', 2, 1988, 1, 3, '广东省惠州市', 0, '塘尾村'],
    ['4416210404002', '骆文标', '户主', 1, 1974, 2, 1, '紫金县龙窝镇', 0, '塘尾村'],
    [null, '谢丽华', '配偶', 2, 1977, 1, 0, null, 0, '塘尾村'],
    [null, '骆嘉欣', '之女', 2, 2001, 1, 4, '上海市', 0, '塘尾村'],
    [null, '朱桂香', '之母', 2, 1944, '5', null, null, 0, '塘尾村'],
    ['4416210405001', '叶少军', '户主', 1, 1990, 1, 0, null, 0, '洋头村', 'X'],
    [null, '叶木生', '之父', 1, 1960, 4, null, null, 0, '洋头村'],
    ['4416210405002', '陈志雄', '户主', 1, 1983, 1, 3, '广东省广州市', 0, '洋头村'],
    [null, '何丽娟', '配偶', 2, 1986, 1, 1, '紫金县龙窝镇', 0, '洋头村'],
    [null, '陈子豪', '之子', 1, 2011, 5, null, null, 1, '洋头村'],
    [null, '陈梓涵', '之女', 2, 2014, 5, null, null, 1, '洋头村'],
    ['4416210405003', '邓桂兰', '户主', 2, 1962, 1, 0, null, 0, '洋头村'],
    [null, '邓伟', '之子', 1, 1987, 2, 2, '紫金县城', 0, '洋头村'],
    [null, '邓晓燕', '之女', 2, 1992, 1, 4, '浙江省义乌市', 0, '洋头村'],
  ];
  const rows = [
    ['紫金县龙窝镇建档立卡贫困人口信息表（国扶系统导出·代码格式）'],
    ['导出时间：2021-06-28　　代码说明：性别 1男 2女；劳动技能 1普通劳动力 2技能劳动力 3弱劳动力或半劳动力 4丧失劳动力 5无劳动力；务工状况 0未务工 1乡（镇）内务工 2乡（镇）外县内务工 3县外省内务工 4省外务工；在校生状况 0否 1是'],
    ['序号', '户编号', '姓名', '与户主关系', '证件号码', '性别', '劳动技能', '务工状况', '务工地点', '在校生状况', '所在村'],
  ];
  const merges = ['A1:K1', 'A2:K2'];
  const records = [];
  let hh = null;
  P.forEach((p, k) => {
    if (p[0]) hh = p[0];
    const ymd = '' + p[4] + pad(1 + Math.floor(r() * 12), 2) + pad(1 + Math.floor(r() * 28), 2);
    const id = makeId('441621', ymd, p[3] === 1, r, p[10] === 'X' ? 'X' : 'noX');
    rows.push([k + 1, p[0], p[1], p[2], id, p[3], p[5], p[6], p[7], p[8], p[9]]);
    const lab = Number(p[5]);
    const rec = { id };
    if (lab === 1 || lab === 2) rec.labour = true; else if (lab === 4 || lab === 5) rec.labour = false;
    if (p[6] === null) rec.migrant = null;
    else { const w = Number(p[6]); if (w === 0 || w === 1) rec.migrant = false; else if (w === 3 || w === 4) rec.migrant = true; }
    records.push(rec);
  });
  // household merges on 户编号 column
  let start = 3;
  for (let i = 4; i <= rows.length; i++) {
    if (i === rows.length || rows[i][1]) { if (i - 1 > start) merges.push(range(start, 1, i - 1, 1)); start = i; }
  }
  rows.push(['合计：11户39人']);
  merges.push(range(rows.length - 1, 0, rows.length - 1, 10));

  // 工作日志
  const log = [
    ['Y', '2020年'],
    ['2020-09-01', '整理8月份培训台账'],
    ['2020-09-07', '报送8月份工作进展月报至河源市商务局（附电商扶贫统计表）', '粤政易', true],
    ['2020-09-15', '专栏发布8月份项目建设进度'],
    ['2020-09-22', '陪同市局检查站点（义容镇）'],
    ['2020-10-09', '国庆后报送9月份月报至市商务局，附扶贫统计表', '粤政易', true],
    ['2020-10-20', '报县政府办：电商进农村工作周报', null],
    ['2020-11-06', '报送10月份月报（市商务局），扶贫统计表本月未附', '邮箱', false],
    ['2020-11-25', '起草经验材料初稿'],
    ['2020-12-07', '报送11月份月报至市商务局（附扶贫统计）', '粤政易', true],
    ['2020-12-30', '年底资金清算，与财政局对账'],
    ['Y', '2021年'],
    ['2021-01-08', '报12月份月报至市商务局（含扶贫统计）', '粤政易', true],
    ['2021-01-26', '市局电话催报年度总结'],
    ['2021-02-03', '报送1月份月报至市商务局', '邮箱', null],
    ['2021-02-20', '加班：春节后站点复工摸底'],
    ['2021-03-05', '起草2月份月报'],
    ['2021-03-08', '2月份月报报市商务局（附扶贫统计表）', '粤政易', true],
    ['2021-04-07', '报送3月份月报至河源市商务局（附扶贫统计表）', '粤政易', true],
    ['〃', '同日报县委办信息科：电商培训简报'],
    ['2021-05-08', '报送4月份月报至市商务局（附扶贫统计表）', '粤政易', true],
    ['2021-06-07', '报送5月份月报至市商务局（附扶贫统计表）', '粤政易', true],
    ['2021-06-28', '向县乡村振兴局要贫困人口数据（代码版）'],
    ['2021-07-06', '报送6月份月报至市商务局（附扶贫统计表）', '粤政易', true],
    ['〃', '市局退回：扶贫统计表格式不对，要求重报'],
    ['2021-07-07', '重新报送6月份月报（改好扶贫统计表）至市商务局', '粤政易', true],
    ['2021-08-06', '报送7月份月报至市商务局（附扶贫统计表）', '粤政易', true],
    ['2021-08-31', '考评数据截止，整理全部台账'],
    ['2021-09-07', '报送8月份月报至市商务局（附扶贫统计表）', '粤政易', true],
  ];
  const lrows = [
    ['电商股工作日志（黄××）'],
    ['日期', '星期', '工作内容', '方式／备注'],
  ];
  const lmerges = ['A1:D1'];
  const reps = [];
  log.forEach(x => {
    if (x[0] === 'Y') { lrows.push([x[1]]); lmerges.push(range(lrows.length - 1, 0, lrows.length - 1, 3)); return; }
    if (x[0] === '〃') { lrows.push(['〃', '〃', x[1], null]); return; }
    const [y, m, d] = x[0].split('-').map(Number);
    const typed = (m + d) % 3 === 0 ? m + '.' + d : m + '月' + d + '日';
    lrows.push([typed, weekday(x[0]), x[1], x[2] || null]);
    if (x.length >= 4) reps.push({ date: x[0], poverty: x[3] });
  });
  assert(reps.length === 14, 'reps ' + reps.length);
  write('ledgers/b55-l2-zijin.json', {
    description: '紫金县（河源）商务局电商股交的两张表：①乡村振兴局给的《建档立卡贫困人口信息表（国扶系统导出·代码格式）》当贫困人口名单——劳动技能、务工状况、在校生状况、性别都只填代码（数字与文本“1”“0”混存），代码含义只在第2行一句“代码说明”里（劳动技能1普通/2技能→有劳动能力，4丧失/5无→无，3弱或半劳动力口径不明不作期望；务工0未务工/1乡镇内→非外出，3县外省内/4省外→外出，2乡外县内口径不明不作期望，空白→null），户编号只写在每户首行（纵向合并），另有“务工地点”文字；合计行不是人。②电商股经办人按天敲的《工作日志》当月报台账：年份只在“2020年”“2021年”分隔行，日期写“9月7日”或“10.9”，同日第二件事日期和星期写“〃”；只有“报送／报……月报至（河源）市商务局”的行是一次报送（7月7日重报也算），扶贫统计看句子（附/含扶贫统计→true，“本月未附”→false，没提→null）；报县政府办周报、报县委办简报、起草、市局催报和退回、专栏发布、检查站点等都不是记录；2021年9月7日一条在截止日后照列。',
    sheets: [
      { name: '贫困人口（代码）', rows: rect(rows), merges },
      { name: '工作日志', rows: rect(lrows), merges: lmerges },
    ],
    expect: {
      sheets: {
        '贫困人口（代码）': { kind: 'poorPersons', records },
        '工作日志': { kind: 'reports', records: reps },
      },
    },
  });
})();

console.log('batch55 written to', ROOT);
