'use strict';
// Batch 65 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
// batch65 blind corpus generator — deterministic, no dependencies.
const fs = require('fs');

// ---------------------------------------------------------------- helpers
function colIdx(c) { let n = 0; for (const ch of c) n = n * 26 + (ch.charCodeAt(0) - 64); return n - 1; }
function colName(i) { let s = ''; i += 1; while (i > 0) { const m = (i - 1) % 26; s = String.fromCharCode(65 + m) + s; i = Math.floor((i - 1) / 26); } return s; }
function R(obj, width) {
  let max = -1;
  for (const k of Object.keys(obj)) max = Math.max(max, colIdx(k));
  const w = Math.max(width || 0, max + 1);
  const a = new Array(w).fill(null);
  for (const [k, v] of Object.entries(obj)) a[colIdx(k)] = v === undefined ? null : v;
  return a;
}
const D = (s) => ({ date: s });
const pad = (n, w = 2) => String(n).padStart(w, '0');
function rng(seed) {
  let a = seed >>> 0;
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function parseRange(r) {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(r);
  if (!m) throw new Error('bad range ' + r);
  return { c1: colIdx(m[1]), r1: +m[2], c2: colIdx(m[3]), r2: +m[4] };
}
function checkSheet(file, sh) {
  const ms = sh.merges || [];
  const seen = new Set();
  const boxes = [];
  for (const m of ms) {
    if (seen.has(m)) throw new Error(`${file} ${sh.name}: merge ${m} twice`);
    seen.add(m);
    const b = parseRange(m);
    if (b.c2 < b.c1 || b.r2 < b.r1 || (b.c1 === b.c2 && b.r1 === b.r2)) throw new Error(`${file} ${sh.name}: bad merge ${m}`);
    for (const o of boxes) {
      if (!(b.c2 < o.c1 || o.c2 < b.c1 || b.r2 < o.r1 || o.r2 < b.r1)) throw new Error(`${file} ${sh.name}: merge ${m} overlaps ${o.m}`);
    }
    boxes.push({ ...b, m });
  }
  for (const row of sh.rows) if (!Array.isArray(row)) throw new Error(`${file} ${sh.name}: row not array`);
}
function write(rel, data) {
  for (const sh of data.sheets) checkSheet(rel, sh);
  const f = path.join(ROOT, rel);
  fs.mkdirSync(path.dirname(f), { recursive: true });
  fs.writeFileSync(f, JSON.stringify(data, null, 2) + '\n');
}
function idCheck(s17) {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const c = '10X98765432';
  let s = 0;
  for (let i = 0; i < 17; i++) s += (+s17[i]) * w[i];
  return c[s % 11];
}
function idMaker() {
  const used = new Set();
  return function (area, birth, seq, male, wantX) {
    for (let q = seq; q < seq + 2000; q++) {
      const qq = q % 1000;
      if ((qq % 2 === 1) !== !!male) continue;
      const s17 = area + birth + pad(qq, 3);
      const id = s17 + idCheck(s17);
      if (wantX === true && !id.endsWith('X')) continue;
      if (wantX === false && id.endsWith('X')) continue;
      if (used.has(id)) continue;
      used.add(id);
      return id;
    }
    throw new Error('no id');
  };
}
const SUR = ['黄', '李', '陈', '张', '刘', '邱', '罗', '赖', '曾', '温', '钟', '林', '何', '朱', '廖', '谢', '邓', '叶', '古', '巫', '江', '潘', '丘', '沈', '吴', '徐', '杨', '梁'];
const GM = ['志强', '国平', '建华', '伟东', '石生', '火生', '观福', '水清', '金华', '春来', '德胜', '永明', '俊杰', '海军', '冬生', '桂林', '日新', '文华', '振兴', '运来', '添福', '秋生', '亚林', '国良', '新华', '少明', '伟强', '木生', '东平', '锦荣'];
const GF = ['秀英', '玉兰', '桂英', '美玲', '月娥', '春梅', '丽娟', '小红', '冬梅', '桂芳', '亚妹', '带娣', '凤娇', '金凤', '翠英', '晓燕', '淑芬', '巧玲', '满娣', '丽华', '秋菊', '素珍', '美娟', '银娣'];
function nameGen(seed) {
  const r = rng(seed);
  const used = new Set();
  return function (male) {
    for (;;) {
      const g = male ? GM : GF;
      const n = SUR[Math.floor(r() * SUR.length)] + g[Math.floor(r() * g.length)];
      if (!used.has(n)) { used.add(n); return n; }
    }
  };
}
function ymd(d) { return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`; }
function addDays(s, n) { const d = new Date(s + 'T00:00:00Z'); d.setUTCDate(d.getUTCDate() + n); return ymd(d); }
function dotted(s) { const [y, m, d] = s.split('-').map(Number); return `${y}.${m}.${d}`; }
function cn(s) { const [y, m, d] = s.split('-').map(Number); return `${y}年${m}月${d}日`; }
function slash(s) { const [y, m, d] = s.split('-').map(Number); return `${y}/${m}/${d}`; }
function fmtMoney(n) { return n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }); }
function maskPhone(r) { const p = ['138', '139', '135', '137', '136', '150', '189', '180', '133', '159']; return p[Math.floor(r() * p.length)] + '****' + pad(Math.floor(r() * 10000), 4); }

// ======================================================================
// COUNTY: 翁源县 — 《自评推演图》 (flowchart of the scoring path) + 11 ledgers
// ======================================================================
function county() {
  const newId = idMaker();
  const rv = rng(6501);
  // ---------------- villages
  const TOWNS = [
    { t: '龙仙镇', n: 24, comm: ['城东', '城西', '城南', '城北', '朝阳', '建设', '龙华', '龙仙'] },
    { t: '坝仔镇', n: 18, comm: ['坝仔', '兴隆'] },
    { t: '江尾镇', n: 22, comm: ['江尾', '三华', '新兴'] },
    { t: '官渡镇', n: 20, comm: ['官渡', '东升'] },
    { t: '周陂镇', n: 23, comm: ['周陂', '九仙', '龙新'] },
    { t: '翁城镇', n: 21, comm: ['翁城', '新城', '东风'] },
    { t: '新江镇', n: 21, comm: ['新江', '沙坝'] },
  ];
  const PRE = ['上', '下', '新', '黄', '石', '龙', '大', '长', '东', '西', '南', '北', '高', '田', '水', '竹', '松', '塘', '岭', '湖', '溪', '桥', '白', '青', '红', '三', '九', '和', '太', '兴', '华', '丰', '安', '江', '坪', '罗', '梅', '桂', '李', '杨'];
  const SUF = ['坪', '塘', '坑', '岭', '陂', '围', '岗', '洞', '口', '坝', '溪', '湖', '田', '头', '背', '寨', '楼', '山', '源', '坊', '埔', '屋', '排', '墩', '径', '角', '园', '庄', '湾', '洋'];
  const usedStem = new Set(['横石', '城东', '城西', '城南', '城北', '朝阳', '建设', '龙华', '龙仙', '坝仔', '兴隆', '江尾', '三华', '新兴', '官渡', '东升', '周陂', '九仙', '龙新', '翁城', '新城', '东风', '新江', '沙坝']);
  function stem() {
    for (;;) {
      const a = PRE[Math.floor(rv() * PRE.length)], b = SUF[Math.floor(rv() * SUF.length)];
      if (a === b) continue;
      const s = a + b;
      if (usedStem.has(s)) continue;
      usedStem.add(s);
      return s;
    }
  }
  const POOR_IDX = [3, 9, 15];
  // uncovered (no station by 8/31) indices per town (non-poor), 横石 handled separately
  const UNCOV = {
    '龙仙镇': [1, 6, 11, 13, 18, 20, 22],
    '坝仔镇': [2, 7, 11, 14, 16],
    '江尾镇': [0, 5, 8, 12, 17, 19, 21],
    '官渡镇': [4, 7, 11, 13, 16, 18],
    '周陂镇': [2, 5, 11, 13, 18, 21], // + 横石 (idx 9, poor)
    '翁城镇': [1, 6, 10, 12, 17, 19],
    '新江镇': [0, 4, 8, 11, 14, 18],
  };
  const villages = []; // {town, stem, poor, covered, express}
  for (const T of TOWNS) {
    for (let i = 0; i < T.n; i++) {
      let s = (T.t === '周陂镇' && i === 9) ? '横石' : stem();
      const poor = POOR_IDX.includes(i);
      const covered = !(UNCOV[T.t].includes(i) || (T.t === '周陂镇' && i === 9));
      villages.push({ town: T.t, stem: s, poor, covered, express: !(T.t === '新江镇' && i === 12), idx: i });
    }
  }
  // ---- sheet 附1 村居名单
  const vRows = [];
  const vMerges = [];
  vRows.push(R({ A: '翁源县行政村（社区）名单' }, 7)); vMerges.push('A1:G1');
  vRows.push(R({ A: '填报单位：翁源县商务局（电商股）', E: '名单来源：县民政局2021年村（居）委会换届名单' }, 7)); vMerges.push('A2:D2', 'E2:G2');
  vRows.push(R({ A: '序号', B: '镇', C: '村（居）委会', D: '类别', E: '省定相对贫困村', F: '快递进村', G: '备注' }, 7));
  let seq = 0;
  for (const T of TOWNS) {
    const start = vRows.length + 1;
    const vs = villages.filter((v) => v.town === T.t);
    for (const v of vs) {
      seq++;
      vRows.push(R({ A: seq, B: v === vs[0] ? T.t : null, C: v.stem + '村委会', D: '村委会', E: v.poor ? '★' : null, F: v.express ? '是' : '否（快递只到镇上，村民自取）', G: v.stem === '横石' ? '省定贫困村，帮扶单位：省直单位' : null }, 7));
    }
    for (const c of T.comm) {
      seq++;
      vRows.push(R({ A: seq, C: c + '社区居委会', D: '居委会', F: '是', G: c === T.comm[0] ? '镇政府驻地' : null }, 7));
    }
    const end = vRows.length;
    vMerges.push(`B${start}:B${end}`);
  }
  vRows.push(R({ A: '合计', C: '村委会149个，居委会23个' }, 7));
  vRows.push(R({ A: '注：1.★为省定相对贫困村（共21个）；2.“快递进村”指邮政或快递企业直接投递到村（含村级站点代收）；3.居委会不属于行政村，不计入站点覆盖基数。' }, 7));
  vMerges.push(`A${vRows.length}:G${vRows.length}`);
  const sheetVillages = { name: '附1 村居名单', rows: vRows, merges: vMerges };

  // ---------------- stations
  const sRows = [];
  const sMerges = [];
  sRows.push(R({ A: '翁源县村级电子商务服务站点台账' }, 8)); sMerges.push('A1:H1');
  sRows.push(R({ A: '填报单位：翁源县电子商务公共服务中心', F: '更新时间：2021年9月16日' }, 8)); sMerges.push('A2:E2', 'F2:H2');
  sRows.push(R({ A: '序号', B: '镇（场）', C: '站点名称', D: '所在村（社区）', E: '站长', F: '联系电话', G: '挂牌时间', H: '备注' }, 8));
  const rs = rng(6502);
  const nm = nameGen(6503);
  const SECOND = new Set(['龙仙镇#2', '江尾镇#3', '周陂镇#7', '新江镇#5']);
  let k = 0;
  const startDay = '2020-06-01';
  const span = 450; // days to 2021-08-25
  const stationCells = [];
  for (const T of [...TOWNS, { t: '铁龙林场' }]) {
    const start = sRows.length + 1;
    const add = (name, vill, opened, fmt, note) => {
      k++;
      let cell;
      if (fmt === 'dot') cell = dotted(opened);
      else if (fmt === 'month') cell = `${opened.slice(0, 4)}年${Number(opened.slice(5, 7))}月`;
      else if (fmt === 'slash') cell = slash(opened);
      else cell = D(opened);
      sRows.push(R({ A: k, C: name, D: vill, E: nm(rs() < 0.6) , F: maskPhone(rs), G: cell, H: note || null }, 8));
    };
    if (T.t === '铁龙林场') {
      add('铁龙林场电商服务点', '铁龙林场', '2020-12-18', 'date', '林场生活区，不属于行政村');
      sRows[start - 1][1] = '铁龙林场';
      continue;
    }
    const vs = villages.filter((v) => v.town === T.t);
    let ci = 0;
    for (const v of vs) {
      if (!v.covered) continue;
      ci++;
      let opened = addDays(startDay, Math.floor(rs() * span));
      if (T.t === '新江镇' && ci === 15) opened = '2021-08-31';
      let fmt = 'date';
      if (k % 7 === 3) fmt = 'dot';
      else if (k % 11 === 5 && opened < '2021-08-01') fmt = 'month';
      else if (k % 13 === 7) fmt = 'slash';
      let vill = v.stem + '村';
      if (k % 5 === 1) vill = v.stem + '村委会';
      else if (k % 9 === 4) vill = v.stem + '村民委员会';
      const sname = (k % 4 === 0) ? `${v.stem}村益农电商服务站` : `翁源县${T.t}${v.stem}村电商服务站`;
      add(sname, vill, opened, fmt, v.poor ? '省定贫困村' : null);
      stationCells.push({ v, opened });
      if (SECOND.has(`${T.t}#${ci}`)) {
        const o2 = opened < '2021-05-01' ? addDays(opened, 60) : opened;
        add(`${v.stem}村第二电商服务站（圩镇点）`, v.stem + '村', o2, 'date', '同村第二个站点');
        stationCells.push({ v, opened: o2 });
      }
    }
    if (T.t === '龙仙镇') add('城南社区电商服务点', '城南社区', '2020-10-15', 'date', '社区');
    if (T.t === '周陂镇') {
      add('周陂社区电商服务点', '周陂社区', '2021-01-20', 'dot', '社区');
      add('翁源县周陂镇横石村电商服务站', '横石村', '2021-09-06', 'date', '省定贫困村；9月6日挂牌');
    }
    if (T.t === '翁城镇') {
      const v = vs.find((x) => !x.covered && !x.poor);
      add(`翁源县翁城镇${v.stem}村电商服务站`, v.stem + '村', '2021-09-15', 'dot', '9月新建');
    }
    const end = sRows.length;
    sRows[start - 1][1] = T.t;
    if (end > start) sMerges.push(`B${start}:B${end}`);
  }
  sRows.push(R({ A: '注：挂牌时间以挂牌仪式当天为准；社区、林场服务点不属于行政村站点。', }, 8));
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  sRows.push(R({ A: '填表人：邱××', E: '审核人：黄××' }, 8));
  const sheetStations = { name: '附2 站点台账', rows: sRows, merges: sMerges };

  // ---------------- training sessions (附3)
  const SESS = [
    [1, D('2020-06-18'), '电商基础知识普及', '县电商公共服务中心', 86],
    [2, D('2020-07-09'), '网店开设实操', '县电商公共服务中心', 92],
    [3, D('2020-07-23'), '农产品短视频拍摄', '龙仙镇政府会议室', '78人次'],
    [4, D('2020-08-13'), '电商基础知识普及', '坝仔镇政府会议室', '１０５'],
    [5, D('2020-08-27'), '兰花网络销售', '江尾镇兰花产业园', 96],
    [6, D('2020-09-10'), '电商基础知识普及', '官渡镇政府会议室', 88],
    [7, D('2020-09-24'), '直播带货入门', '县电商公共服务中心', 120],
    [8, D('2020-10-15'), '电商基础知识普及', '周陂镇政府会议室', 94],
    [9, D('2020-10-29'), '电商基础知识普及', '翁城镇政府会议室', 101],
    [10, D('2020-11-12'), '电商基础知识普及', '新江镇政府会议室', 87],
    [11, '2020.12.9-10', '电商带头人提升班（两天）', '县电商公共服务中心', 64],
    [12, D('2020-12-17'), '线上直播课：网店运营（回看不计）', '线上（县电商中心直播间）', 180],
    [13, D('2021-01-07'), '年货节网销实操', '县电商公共服务中心', 112],
    [14, D('2021-01-21'), '电商基础知识普及', '龙仙镇政府会议室', 83],
    [15, D('2021-03-04'), '电商基础知识普及', '坝仔镇政府会议室', 90],
    [16, D('2021-03-18'), '九仙桃预售网销', '江尾镇政府会议室', '76人次'],
    [17, D('2021-03-25'), '直播带货实操', '县电商公共服务中心', 118],
    [18, D('2021-04-08'), '电商基础知识普及', '官渡镇政府会议室', 85],
    [19, D('2021-04-15'), '线上直播课：社区团购', '线上（县电商中心直播间）', 160],
    [20, D('2021-04-29'), '电商基础知识普及', '周陂镇政府会议室', 92],
    [21, D('2021-05-13'), '农产品包装与品牌', '县电商公共服务中心', 70],
    [22, D('2021-05-27'), '电商基础知识普及', '翁城镇政府会议室', 88],
    [23, D('2021-06-03'), '电商基础知识普及', '新江镇政府会议室', 81],
    [24, '2021.6.16-17', '直播运营提升班（两天）', '县电商公共服务中心', 62],
    [25, D('2021-06-24'), '返乡青年电商创业', '县电商公共服务中心', 74],
    [26, D('2021-07-01'), '三华李网络销售', '江尾镇政府会议室', 95],
    [27, D('2021-07-08'), '线上直播课：短视频运营', '线上（县电商中心直播间）', 188],
    [28, D('2021-07-22'), '电商基础知识普及', '龙仙镇政府会议室', 79],
    [29, D('2021-07-29'), '退役军人电商培训', '县电商公共服务中心', 48],
    [30, D('2021-08-05'), '电商基础知识普及', '坝仔镇政府会议室', 83],
    [31, D('2021-08-12'), '巾帼电商培训', '县电商公共服务中心', 66],
    [32, D('2021-08-19'), '电商基础知识普及', '官渡镇政府会议室', 77],
    [33, D('2021-08-26'), '电商基础知识普及', '周陂镇政府会议室', 72],
    [34, '2021.9.2', '电商基础知识普及（秋季班）', '县电商公共服务中心', 260],
  ];
  const tRows = [], tMerges = [];
  tRows.push(R({ A: '翁源县电子商务普及培训登记表' }, 7)); tMerges.push('A1:G1');
  tRows.push(R({ A: '说明：本表为普及性培训，按期登记参训人次；建档立卡贫困户专场另见附4签到表，专场人次不在本表重复登记。' }, 7)); tMerges.push('A2:G2');
  tRows.push(R({ A: '期次', B: '培训日期', C: '培训内容', D: '培训地点', E: '承办单位', F: '参训人次', G: '备注' }, 7));
  for (const s of SESS) {
    tRows.push(R({ A: `第${s[0]}期`, B: s[1], C: s[2], D: s[3], E: s[0] % 3 === 0 ? '县电商公共服务中心（天翁公司）' : '县商务局、县电商公共服务中心', F: s[4], G: s[0] === 11 || s[0] === 24 ? '两天班，按一期登记' : (s[0] === 34 ? '9月开班' : null) }, 7));
  }
  tRows.push(R({ A: '合计', F: 3350, G: '含第34期' }, 7));
  tRows.push(R({ A: '填表人：邱××　　　　　　　　　　　　　　　　　　　　填表日期：2021年9月6日' }, 7));
  tMerges.push(`A${tRows.length}:G${tRows.length}`);
  const sheetTraining = { name: '附3 培训登记', rows: tRows, merges: tMerges };

  // ---------------- poor persons roster (附5) and 专场签到 (附4)
  const pn = nameGen(6504);
  const persons = []; // {cat:'E'|'M'|'N', n, name, male, id, town, vill}
  const poorV = villages.filter((v) => v.poor);
  let eN = 0, mN = 0, nN = 0;
  for (let i = 0; i < 96; i++) {
    let cat = 'E';
    if (i % 8 === 5) cat = 'N'; else if (i % 4 === 2) cat = 'M';
    const n = cat === 'E' ? ++eN : cat === 'M' ? ++mN : ++nN;
    persons.push({ cat, n, i });
  }
  // households
  const sizes = [3, 4, 2, 5, 3, 3, 4, 2, 3, 4];
  const hh = [];
  let pi = 0, hi = 0;
  while (pi < persons.length) {
    const sz = Math.min(sizes[hi % sizes.length], persons.length - pi);
    hh.push(persons.slice(pi, pi + sz));
    pi += sz; hi++;
  }
  const rp = rng(6505);
  const usedNames = new Set();
  function uniqName(sur, male) {
    for (;;) {
      const g = male ? GM : GF;
      const n = (sur || SUR[Math.floor(rp() * SUR.length)]) + g[Math.floor(rp() * g.length)];
      if (!usedNames.has(n)) { usedNames.add(n); return n; }
    }
  }
  hh.forEach((members, h) => {
    const v = poorV[h % poorV.length];
    const head = members[0];
    const H = head.cat === 'N' ? 1938 + Math.floor(rp() * 16) : 1958 + Math.floor(rp() * 18);
    const sur = SUR[Math.floor(rp() * SUR.length)];
    let sons = 0, daughters = 0;
    members.forEach((p, j) => {
      p.town = v.town; p.vill = v.stem + '村'; p.hh = h;
      let by;
      if (j === 0) { p.rel = '户主'; p.male = true; by = H; p.name = uniqName(sur, true); }
      else if (p.cat === 'N' && head.cat !== 'N') {
        p.male = j % 2 === 0; p.rel = p.male ? '父亲' : '母亲';
        by = Math.max(1930, H - 24 - Math.floor(rp() * 7)); p.name = uniqName(p.male ? sur : null, p.male);
      } else if (j === 1 || (p.cat === 'N' && head.cat === 'N')) {
        p.male = false; p.rel = '配偶'; by = H + 1 + Math.floor(rp() * 4); p.name = uniqName(null, false);
      } else {
        p.male = (sons + daughters) % 2 === 0;
        if (p.male) { sons++; p.rel = sons === 1 ? '长子' : '次子'; } else { daughters++; p.rel = daughters === 1 ? '长女' : '次女'; }
        by = Math.min(2000, H + 22 + Math.floor(rp() * 9)); p.name = uniqName(sur, p.male);
      }
      const birth = `${by}${pad(1 + Math.floor(rp() * 12))}${pad(1 + Math.floor(rp() * 28))}`;
      const wantX = (p.cat === 'E' && p.n === 29) ? true : false;
      p.id = newId('440229', birth, 100 + Math.floor(rp() * 800), p.male, wantX);
    });
  });
  const E = (n) => persons.find((p) => p.cat === 'E' && p.n === n);
  const M = (n) => persons.find((p) => p.cat === 'M' && p.n === n);
  const N = (n) => persons.find((p) => p.cat === 'N' && p.n === n);
  const WORK_E = ['在家务农', '县内务工（龙仙镇）', '公益性岗位（本村保洁）', '在家务农', '县内务工（县城）', '在家务农（种兰花）'];
  const WORK_M = ['外出务工（东莞）', '外出务工（深圳）', '外出务工（广州）', '外出务工（佛山）', '外出务工（韶关市区）'];
  const pRows = [], pMerges = [];
  pRows.push(R({ A: '翁源县建档立卡贫困人口劳动力情况名册' }, 11)); pMerges.push('A1:K1');
  pRows.push(R({ A: '提供单位：翁源县乡村振兴局（2021年6月核定）　　“外出务工”指在本县以外务工' }, 11)); pMerges.push('A2:K2');
  pRows.push(R({ A: '序号', B: '镇', C: '村', D: '户编号', E: '户主', F: '姓名', G: '与户主关系', H: '身份证号码', I: '劳动能力', J: '务工情况', K: '备注' }, 11));
  let ps = 0;
  hh.forEach((members, h) => {
    const start = pRows.length + 1;
    members.forEach((p, j) => {
      ps++;
      const labour = p.cat === 'N' ? (j === 0 ? '丧失劳动能力' : '无劳动能力') : '有劳动能力';
      const work = p.cat === 'N' ? '—' : p.cat === 'M' ? WORK_M[p.n % WORK_M.length] : WORK_E[p.n % WORK_E.length];
      pRows.push(R({ A: ps, B: j === 0 ? p.town : null, C: j === 0 ? p.vill : null, D: j === 0 ? `WY${pad(h + 1, 3)}` : null, E: j === 0 ? members[0].name : null, F: p.name, G: p.rel, H: p.id, I: labour, J: work, K: null }, 11));
    });
    const end = pRows.length;
    if (end > start) pMerges.push(`B${start}:B${end}`, `C${start}:C${end}`, `D${start}:D${end}`, `E${start}:E${end}`);
  });
  pRows.push(R({ A: `合计：${hh.length}户96人，其中有劳动能力84人（外出务工24人），无劳动能力12人。` }, 11));
  pMerges.push(`A${pRows.length}:K${pRows.length}`);
  const sheetPoor = { name: '附5 贫困人口名单', rows: pRows, merges: pMerges };

  // sign-in sessions
  const on = nameGen(6506);
  const others = [];
  const OTH_CAT = ['帮扶干部', '村干部', '边缘易致贫户', '驻村工作队员'];
  function other(i) {
    const male = rp() < 0.55;
    const by = 1968 + Math.floor(rp() * 25);
    const birth = `${by}${pad(1 + Math.floor(rp() * 12))}${pad(1 + Math.floor(rp() * 28))}`;
    const area = i % 5 === 0 ? '440203' : '440229';
    const o = { name: on(male), male, id: newId(area, birth, 100 + Math.floor(rp() * 800), male, false), cat: OTH_CAT[i % 4], other: true };
    others.push(o);
    return o;
  }
  const rng5 = (a, b) => { const r = []; for (let i = a; i <= b; i++) r.push(i); return r; };
  const S = [
    { no: '专场一', date: D('2020-11-19'), place: '龙仙镇政府会议室', list: [...rng5(1, 12).map(E), M(1), M(2), N(1), ...rng5(0, 6).map(other)] },
    { no: '专场二', date: D('2021-01-14'), place: '周陂镇政府会议室', list: [...rng5(13, 22).map(E), ...rng5(1, 6).map(E), M(3), M(4), N(2), ...rng5(7, 11).map(other)] },
    { no: '专场三', date: '2021.4.22', place: '翁城镇党群服务中心', list: [...rng5(23, 28).map(E), ...rng5(7, 18).map(E), M(5), M(1), N(3), ...rng5(12, 16).map(other)] },
    { no: '专场四', date: D('2021-07-15'), place: '县电商公共服务中心', list: [E(29), E(30), ...rng5(2, 17).map(E), M(6), M(3), ...rng5(17, 20).map(other)] },
    { no: '专场五', date: '2021年9月8日', place: '县电商公共服务中心', list: [...rng5(31, 43).map(E), ...rng5(1, 4).map(E), ...rng5(21, 23).map(other)] },
  ];
  const gRows = [], gMerges = [];
  gRows.push(R({ A: '翁源县建档立卡贫困户电商培训专场签到表（汇总）' }, 10)); gMerges.push('A1:J1');
  gRows.push(R({ A: '说明：各场签到表按原件逐人录入；帮扶干部、村干部陪同参训的照签到表录入。' }, 10)); gMerges.push('A2:J2');
  gRows.push(R({ A: '场次', B: '培训日期', C: '地点', D: '序号', E: '姓名', F: '性别', G: '身份证号码', H: '所在镇村', I: '人员类别', J: '签名' }, 10));
  const signinRecords = [];
  const shuf = rng(6507);
  for (const s of S) {
    const list = s.list.slice();
    // deterministic shuffle
    for (let i = list.length - 1; i > 0; i--) { const j = Math.floor(shuf() * (i + 1)); [list[i], list[j]] = [list[j], list[i]]; }
    const start = gRows.length + 1;
    list.forEach((p, i) => {
      let idCell = p.id;
      if (!p.other && p.cat === 'E' && p.n === 29) idCell = p.id.slice(0, 17) + 'x';
      if (!p.other && p.cat === 'E' && p.n === 30) idCell = p.id.slice(0, 6) + ' ' + p.id.slice(6, 14) + ' ' + p.id.slice(14);
      const cat = p.other ? p.cat : '建档立卡脱贫户';
      const place = p.other ? (p.cat === '帮扶干部' ? '县直单位' : '') : `${p.town}${p.vill}`;
      gRows.push(R({ A: i === 0 ? s.no : null, B: i === 0 ? s.date : null, C: i === 0 ? s.place : null, D: i + 1, E: p.name, F: p.male ? '男' : '女', G: idCell, H: place || null, I: cat, J: '√' }, 10));
      signinRecords.push({ date: typeof s.date === 'object' ? s.date.date : s.date, id: p.id, p });
    });
    const end = gRows.length;
    gMerges.push(`A${start}:A${end}`, `B${start}:B${end}`, `C${start}:C${end}`);
  }
  gRows.push(R({ A: '注：专场五（2021年9月8日）为迎检前补办。' }, 10));
  gMerges.push(`A${gRows.length}:J${gRows.length}`);
  const sheetSignin = { name: '附4 专场签到', rows: gRows, merges: gMerges };

  // ---------------- enterprises (附6)
  function code(prefix, i) {
    const cs = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    const r = rng(9000 + i);
    let s = prefix;
    while (s.length < 17) s += cs[Math.floor(r() * cs.length)];
    return s + cs[Math.floor(r() * cs.length)];
  }
  const ENT = [
    ['翁源县兰乡电子商务有限公司', '91440229MA', '平台型', D('2020-07-15'), null, 'A201', null],
    ['翁源县九仙桃农产品电商有限公司', '91440229MA', '销售型', D('2020-07-15'), null, 'A202', null],
    ['韶关市天翁电子商务服务有限公司', '91440200MA', '电商运营服务商', D('2020-07-15'), null, 'A301', '县电商公共服务中心运营方'],
    ['中国邮政集团有限公司翁源县分公司（园区揽投部）', '91440229', '物流快递', '2020.8.1', null, 'A101', null],
    ['翁源县通达快递服务有限公司', '91440229MA', '物流快递', '2020.8.1', null, 'A102', null],
    ['翁源县兰花谷农业发展有限公司', '91440229MA', '销售型', D('2020-08-20'), null, 'A203', '2021年4月更名，见第18行'],
    ['翁源县三华李电商经营部', '92440229MA', '销售型', D('2020-09-10'), null, 'A204', null],
    ['广东翁源好物直播科技有限公司', '91440229MA', '直播电商', D('2020-10-16'), null, 'A302', null],
    ['翁源县兰韵花卉电子商务商行', '92440229MA', '销售型', D('2020-10-16'), null, 'A205', null],
    ['翁源县农品汇电子商务有限公司', '91440229MA', '平台型', '2020年11月5日', null, 'A206', null],
    ['翁源县优选代运营工作室', '92440229MA', '电商运营服务商', '2020年11月5日', null, 'A303', null],
    ['翁源县新江粉丝电商店', '92440229MA', '销售型', D('2020-11-20'), D('2021-05-31'), 'A207', '已迁出'],
    ['翁源县周陂米粉网店', '92440229MA', '销售型', D('2020-12-08'), null, 'A208', null],
    ['翁源县南药电子商务有限公司', '91440229MA', '销售型', D('2020-12-08'), null, 'A209', null],
    ['韶关市云仓物流有限公司翁源分仓', '91440200MA', '物流快递', D('2021-01-12'), null, 'A103', null],
    ['翁源县仙湖直播工作室', '92440229MA', '直播电商', D('2021-01-12'), null, 'A304', null],
    ['翁源县坝仔茶叶电商商行', '92440229MA', '销售型', '2021.3.2', null, 'A210', null],
    ['广东兰花谷电子商务有限公司', 'SAME6', '销售型', D('2021-04-01'), null, 'A203', '由“翁源县兰花谷农业发展有限公司”更名，信用代码不变'],
    ['翁源县九仙桃种植专业合作社', '93440229MA', '销售型', D('2021-04-20'), null, 'A211', null],
    ['翁源县视界美工设计室', '92440229MA', '电商运营服务商', D('2021-05-18'), null, 'A305', null],
    ['翁源县乡味电子商务有限公司', '91440229MA', '平台型', D('2021-06-08'), null, 'A212', null],
    ['翁源县红薯干电商商行', '92440229MA', '销售型', D('2021-07-06'), null, 'A213', null],
    ['翁源县鲜达冷链物流有限公司', '91440229MA', '物流快递', D('2021-09-06'), null, 'A104', '9月新入驻'],
  ];
  const codes = [];
  const eRows = [], eMerges = [];
  eRows.push(R({ A: '翁源县电子商务产业园入驻企业清单' }, 8)); eMerges.push('A1:H1');
  eRows.push(R({ A: '提供单位：县电商产业园运营中心　　统计至2021年9月10日' }, 8)); eMerges.push('A2:H2');
  eRows.push(R({ A: '序号', B: '企业名称', C: '统一社会信用代码', D: '企业类型', E: '入驻时间', F: '退出时间', G: '房号', H: '备注' }, 8));
  ENT.forEach((e, i) => {
    const c = e[1] === 'SAME6' ? codes[5] : code(e[1], i);
    codes.push(c);
    eRows.push(R({ A: i + 1, B: e[0], C: c, D: e[2], E: e[3], F: e[4], G: e[5], H: e[6] }, 8));
  });
  eRows.push(R({ A: '注：截至2021年8月31日在园企业20家。' }, 8));
  eMerges.push(`A${eRows.length}:H${eRows.length}`);
  const sheetEnt = { name: '附6 园区企业', rows: eRows, merges: eMerges };

  // ---------------- funds (附7)
  const FUND = [
    [D('2020-07-15'), '记-07-015', '县电商公共服务中心建设首付款', '韶关市天翁电子商务服务有限公司', 600000],
    [D('2020-08-20'), '记-08-022', '村级站点建设（第一批）', '韶关市天翁电子商务服务有限公司', 480000],
    [D('2020-10-12'), '记-10-009', '县镇村物流体系建设首付款', '中国邮政集团有限公司翁源县分公司', 350000],
    [D('2020-11-18'), '记-11-031', '电商培训服务（一期）', '韶关市××职业培训学校', 120000],
    ['2020.12.10', '记-12-012', '县电商公共服务中心建设进度款', '韶关市天翁电子商务服务有限公司', 450000],
    [D('2020-12-28'), '记-12-046', '村级站点建设（第二批）', '韶关市天翁电子商务服务有限公司', '520,000.00'],
    [D('2021-01-20'), '记-01-018', '网销调研及品牌推广', '韶关学院（横向课题）', 186000],
    [D('2021-01-26'), '记-01-025', '退回调研费多付款', '韶关学院（横向课题）', -16000],
    [D('2021-03-18'), '记-03-020', '县镇村物流体系建设进度款', '中国邮政集团有限公司翁源县分公司', 300000],
    [D('2021-04-22'), '记-04-027', '电商培训服务（二期）', '韶关市××职业培训学校', 150000],
    ['2021.5.28', '记-05-033', '冷链及溯源系统', '翁源县鲜达冷链物流有限公司', '268,000.00'],
    [D('2021-06-30'), '记-06-041', '村级站点建设（第三批）', '韶关市天翁电子商务服务有限公司', 315600],
    [D('2021-07-20'), '记-07-026', '县电商公共服务中心运营服务费', '韶关市天翁电子商务服务有限公司', 150000],
    [D('2021-08-25'), '记-08-030', '电商培训服务（三期）', '韶关市××职业培训学校', 92000],
    [D('2021-08-31'), '记-08-038', '宣传推广费', '翁源县融媒体中心', 70000],
    [D('2021-09-10'), '记-09-011', '县电商公共服务中心建设尾款', '韶关市天翁电子商务服务有限公司', 350000],
  ];
  const fRows = [], fMerges = [];
  fRows.push(R({ A: '翁源县省级电子商务进农村综合示范专项资金拨付台账' }, 8)); fMerges.push('A1:H1');
  fRows.push(R({ A: '下达资金：500万元（粤财工〔2019〕×号）', G: '单位：元' }, 8)); fMerges.push('A2:F2', 'G2:H2');
  fRows.push(R({ A: '序号', B: '拨付日期', C: '凭证号', D: '拨付项目', E: '收款单位', F: '拨付金额', G: '累计拨付', H: '备注' }, 8));
  let cum = 0;
  FUND.forEach((f, i) => {
    const amt = typeof f[4] === 'string' ? Number(f[4].replace(/,/g, '')) : f[4];
    cum += amt;
    fRows.push(R({ A: i + 1, B: f[0], C: f[1], D: f[2], E: f[3], F: f[4], G: cum, H: amt < 0 ? '红字冲回（退回）' : (i === 15 ? '9月拨付' : null) }, 8));
  });
  fRows.push(R({ A: '合计', F: cum, H: '含9月10日尾款' }, 8));
  const sheetFunds = { name: '附7 资金拨付', rows: fRows, merges: fMerges };

  // ---------------- reports (附8)
  const REP = [
    [D('2020-09-08'), '2020年8月', '是'], [D('2020-10-12'), '2020年9月', '是'], [D('2020-11-09'), '2020年10月', '是'],
    ['2020.12.8', '2020年11月', '是'], [D('2021-01-08'), '2020年12月', '是'], [D('2021-02-05'), '2021年1月', '是'],
    [D('2021-03-09'), '2021年2月', '是'], [D('2021-04-08'), '2021年3月', '是'], [D('2021-05-10'), '2021年4月', '是'],
    [D('2021-06-08'), '2021年5月', '是'], ['2021/7/8', '2021年6月', '是'], [D('2021-08-09'), '2021年7月', '是'],
    [D('2021-09-07'), '2021年8月', '是'],
  ];
  const rRows = [], rMerges = [];
  rRows.push(R({ A: '翁源县电子商务进农村工作月报报送登记' }, 6)); rMerges.push('A1:F1');
  rRows.push(R({ A: '序号', B: '报送日期', C: '报送内容', D: '报送对象', E: '是否附电商扶贫统计表', F: '报送方式' }, 6));
  REP.forEach((r, i) => rRows.push(R({ A: i + 1, B: r[0], C: `${r[1]}电子商务进农村工作进展月报`, D: '韶关市商务局', E: r[2], F: '粤政易' }, 6)));
  const sheetReports = { name: '附8 月报报送', rows: rRows, merges: rMerges };

  // ---------------- disclosures (附9)
  const DIS = [
    [D('2020-09-25'), '翁源县电子商务进农村综合示范项目基本信息公示'], [D('2020-10-28'), '2020年9—10月项目建设进度'],
    [D('2020-11-26'), '2020年11月项目建设进度'], ['2020.12.25', '2020年12月项目建设进度'], [D('2021-01-27'), '2021年1月项目建设进度'],
    [D('2021-03-10'), '2021年2月项目建设进度'], [D('2021-03-30'), '2021年3月项目建设进度'], [D('2021-04-28'), '2021年4月项目建设进度'],
    [D('2021-05-27'), '2021年5月项目建设进度'], [D('2021-06-29'), '2021年6月项目建设进度'], [D('2021-07-28'), '2021年7月项目建设进度'],
    [D('2021-08-27'), '2021年8月项目建设进度'], [D('2021-09-10'), '村级站点名单（更新）'],
  ];
  const dRows = [], dMerges = [];
  dRows.push(R({ A: '县政府网“电子商务进农村综合示范”专栏更新记录' }, 5)); dMerges.push('A1:E1');
  dRows.push(R({ A: '序号', B: '发布日期', C: '信息标题', D: '栏目', E: '网址' }, 5));
  DIS.forEach((d, i) => dRows.push(R({ A: i + 1, B: d[0], C: d[1], D: '政务公开>电子商务进农村综合示范', E: `http://www.wengyuan.gov.cn/zwgk/dzsw/content/post_${2180000 + i * 137}.html` }, 5)));
  const sheetDis = { name: '附9 专栏更新', rows: dRows, merges: dMerges };

  // ---------------- media (附10)
  const MED = [
    [D('2020-11-24'), '翁源县融媒体中心《翁源新闻》', '县级', '电视', '我县电子商务公共服务中心投入运营', '否'],
    [D('2021-01-15'), '翁源发布（微信公众号）', '县级', '网络', '年货节｜翁源好物线上卖火了', '否'],
    [D('2021-03-16'), '南方日报', '省级', '报纸', '翁源兰花“触网”开出致富花', '否'],
    [D('2021-05-20'), '广东广播电视台珠江频道《今日关注》', '省级', '电视', '翁源：村级电商站帮贫困户卖出九仙桃', '是'],
    [D('2021-06-08'), '南方+客户端', '省级', '网络', '翁源：电商站点开到家门口', '否'],
    [D('2021-09-03'), '韶关日报', '市级', '报纸', '翁源电商进农村见实效', '否'],
    [D('2021-09-14'), '韶关广播电视台《韶关新闻》', '市级', '电视', '翁源：电商助力脱贫户增收', '是'],
  ];
  const mRows = [], mMerges = [];
  mRows.push(R({ A: '翁源县电子商务进农村宣传报道台账' }, 7)); mMerges.push('A1:G1');
  mRows.push(R({ A: '序号', B: '刊播日期', C: '媒体名称', D: '媒体级别', E: '报道形式', F: '标题', G: '是否电商扶贫典型案例' }, 7));
  MED.forEach((m, i) => mRows.push(R({ A: i + 1, B: m[0], C: m[1], D: m[2], E: m[3], F: m[4], G: m[5] }, 7)));
  const sheetMedia = { name: '附10 宣传报道', rows: mRows, merges: mMerges };

  // ---------------- materials (附11)
  const aRows = [], aMerges = [];
  aRows.push(R({ A: '翁源县电子商务进农村经验材料报送登记' }, 5)); aMerges.push('A1:E1');
  aRows.push(R({ A: '序号', B: '报送日期', C: '材料名称', D: '报送单位', E: '报送对象' }, 5));
  aRows.push(R({ A: 1, B: D('2020-12-15'), C: '翁源县“电商＋兰花”助农增收的做法', D: '翁源县商务局', E: '韶关市商务局' }, 5));
  aRows.push(R({ A: 2, B: '2021.6.18', C: '翁源县村级电商服务站“一站多用”的经验', D: '翁源县商务局', E: '韶关市商务局' }, 5));
  aRows.push(R({ A: 3, B: D('2021-09-06'), C: '翁源县电商扶贫典型案例（九仙桃）', D: '翁源县商务局', E: '韶关市商务局' }, 5));
  const sheetMat = { name: '附11 经验材料', rows: aRows, merges: aMerges };

  // ---------------- the flowchart (facts / self-assessment)
  const W = 15;
  const fc = [], fm = [];
  const push = (o) => { fc.push(R(o, W)); return fc.length; };
  let r = push({ A: '翁源县电子商务进农村综合示范县考评自评推演图（第2稿）' }); fm.push(`A${r}:O${r}`);
  r = push({ A: '给局长汇报用。从左往右看：◇是省考评要判断的事，□是我县实际情况（一律截至2021年8月31日），○是这一步得几分；“是 →”“否 →”表示这一步走哪条路。最右边“小计”是这一项我们自评的分。' }); fm.push(`A${r}:O${r}`);
  r = push({ A: '制图：电商股 邱××　2021年9月8日　　　　复核：　　　　　　审定：' }); fm.push(`A${r}:O${r}`);
  push({});
  r = push({ A: '项目', B: '◇ 判断', E: '走向', F: '□ 我县情况', L: '○ 得分', N: '小计' });
  fm.push(`B${r}:D${r}`, `F${r}:J${r}`, `N${r}:O${r}`);
  r = push({ A: '县情', B: '◇ 拿什么当基数？', E: '→', F: '□ 常住人口33.48万人（七普，户籍39.63万人不用）；全县7个镇，行政村（村委会）149个、社区居委会23个；省定相对贫困村21个。', K: '→', L: '○ 不计分', N: '—' });
  fm.push(`B${r}:D${r}`, `F${r}:J${r}`, `N${r}:O${r}`);
  function block(label, steps, subtotal) {
    push({ A: '↓' });
    const start = fc.length + 1;
    for (const s of steps) {
      const rr = push({ B: s[0], E: s[1], F: s[2], K: '→', L: s[3] });
      fm.push(`B${rr}:D${rr}`, `F${rr}:J${rr}`);
    }
    const end = fc.length;
    fc[start - 1][0] = label;
    fc[start - 1][13] = subtotal;
    if (end > start) fm.push(`A${start}:A${end}`);
    fm.push(`N${start}:O${end}`);
  }
  block('一、谁挂帅\n（组织领导·满分2）', [
    ['◇ 领导小组是不是县政府一把手当组长？', '是 →', '□ 2019年11月8日成立县电子商务进农村综合示范县创建工作领导小组（翁府办函〔2019〕118号），县委副书记、县长任组长，常务副县长、分管副县长任副组长。', '○ 进2分档'],
    ['◇ 商务、财政、农业、扶贫都在里面吗？', '是 →', '□ 成员单位：县商务局、县财政局、县农业农村局、县乡村振兴局（原县扶贫办）、县市场监管局、县交通运输局、县邮政分公司和各镇人民政府。', '○ 2分'],
  ], '小计\n2分');
  block('二、方案\n（方案制定·满分2）', [
    ['◇ 创建工作方案正式印发了吗？', '是 →', '□ 《翁源县创建省级电子商务进农村综合示范县工作方案》2019年12月20日由县政府办印发（翁府办〔2019〕35号），目标、任务分工、时间表齐全。', '○ 局定2分（1-2分）'],
  ], '小计\n2分');
  block('三、政策\n（政策支持·满分2）', [
    ['◇ 资金、土地、人才方面出了扶持政策吗？', '是 →', '□ 2020年7月出台《翁源县促进农村电子商务发展扶持办法（试行）》，有站点、网销奖补；土地、人才方面还没有专门条款。', '○ 局定1分（1-2分）'],
  ], '小计\n1分');
  block('四、项目管理\n（满分4）', [
    ['◇ 有项目管理制度，建设、验收按制度走吗？', '是 →', '□ 制定了《项目管理办法》《项目验收细则》，站点、物流、培训三类项目都按细则验收。', '○ 局定2分（1-2分）'],
    ['◇ 工作台账完整吗？', '是 →', '□ 台账都有，但2020年的培训、站点台账是今年8月补录的，局里定1分。', '○ 局定1分（1-2分）'],
  ], '小计\n3分');
  block('五、县级中心和产业园\n（服务体系建设·满分15）', [
    ['◇ 县级电子商务公共服务中心建成了吗？', '是 →', '□ 县电子商务公共服务中心在龙仙镇建设二路（1,350㎡），2020年11月20日正式投入运营（11月26日揭牌）。', '○ 2分'],
    ['◇ 到8月31日运营满6个月了吗？（要在2021年2月28日前投运）', '是 →', '□ 11月20日投运，到8月31日已运营9个多月。', '○ 2分'],
    ['◇ 有免费培训场所、设备，能办基础培训吗？', '是 →', '□ 三楼培训室100座、电脑40台，全部免费，基础培训都在这里办。', '○ 2分'],
    ['◇ 特色农产品免费展示、销售吗？', '是 →', '□ 一楼展销厅免费展示兰花、九仙桃、三华李等86款产品，代销不收费。', '○ 1分'],
    ['◇ 免费摄影、美工吗？', '否 →', '□ 摄影棚可以免费拍照，但美工（详情页、店铺装修）按件收费，不算免费。', '○ 0分'],
    ['◇ 组织农产品统一推广、指导品牌建设吗？', '是 →', '□ 统一打“翁源好物”区域公用品牌，指导12家企业注册商标。', '○ 1分'],
    ['◇ 有其他衍生增值服务吗？', '是 →', '□ 代办营业执照、小额贷款对接、网店代运营咨询。', '○ 1分'],
    ['◇ 建设或整合、优化了电商产业园吗？', '是 →', '□ 整合原兰花电商创业园，建成县电商产业园（与中心同一栋，2—4楼）。', '○ 2分'],
    ['◇ 入驻企业够20家吗？', '是 →', '□ 截至8月31日在园20家（清单23行：1家5月迁出、1家更名重复登记、1家9月才入驻）。', '○ 2分'],
    ['◇ 企业类型够3种吗？', '是 →', '□ 平台型、销售型、运营服务商、物流快递、直播电商共5类。', '○ 1分'],
  ], '小计\n14分');
  block('六、村级站点\n（服务体系建设·满分10）', [
    ['◇ 行政村站点覆盖到70%了吗？', '是 →', '□ 149个行政村已有105个村建了站（70.5%）；城南、周陂两个社区点和铁龙林场服务点不算。', '○ 5分'],
    ['◇ 省定贫困村全覆盖了吗？', '是 →', '□ 21个省定贫困村全部建了站（最后一个周陂镇横石村站9月6日挂牌）。', '○ 5分'],
  ], '小计\n10分');
  block('七、农村产品上行\n（满分10）', [
    ['◇ 做了网销调研、有针对性建议吗？', '→', '□ 2020年8月委托韶关学院做《翁源县农产品网络销售调研报告》，提出12条建议，报韶关市商务局。', '○ 局定2分（1-2分）'],
    ['◇ 网络促销活动效果明显吗？', '→', '□ 办了兰花节线上展销、九仙桃“云采摘”、年货节3场活动，线上销售1,860万元。', '○ 局定2分（1-2分）'],
    ['◇ 有专业第三方运营或服务商吗？', '是 →', '□ 中心由韶关市天翁电子商务服务有限公司（公开招标选定）运营。', '○ 1分'],
    ['◇ 行政村快递覆盖100%吗？', '是 →', '□ 邮政兜底，149个行政村快递全覆盖。', '○ 1分'],
    ['◇ 出台交易标准、建冷链溯源系统了吗？', '→', '□ 出了兰花、九仙桃2个电商交易标准；溯源系统已上线，冷链只有1个县级冷库。', '○ 局定1分（1-2分）'],
    ['◇ 2020年网零增速≥30%吗？（农村网零、农产品网零有一个够就行）', '是 →', '□ 农村网络零售额：2019年8.62亿元，2020年10.35亿元，增长20.1%；农产品网络零售额：2019年2.86亿元，2020年3.93亿元，增长37.4%（省商务厅第三方数据）。', '○ 2分'],
  ], '小计\n9分');
  block('八、电商培训\n（满分20）', [
    ['◇ 培训人次够常住人口的1%（3,348人次）吗？', '否 →', '□ 截至8月31日：普及培训33期3,090人次＋贫困户专场4场96人次＝3,186人次，占0.95%（9月2日秋季班260人次、9月8日专场五不算）。', '○ 往下看0.8%档'],
    ['◇ 够0.8%（2,679人次）吗？', '是 →', '□ 3,186人次 ≥ 2,679人次。', '○ 8分'],
    ['◇ 有劳动能力的贫困人口培训率≥50%吗？', '是 →', '□ 县乡村振兴局核定有劳动能力的建档立卡贫困人口84人，扣除外出务工24人后为60人；截至8月31日已参训30人，50.0%。', '○ 10分'],
  ], '小计\n18分');
  block('九、信息公开\n（满分4）', [
    ['◇ 县政府网站专栏内容全吗？', '是 →', '□ 县政府网“电子商务进农村综合示范”专栏公示了创建方案、项目基本信息、每月建设进度，设了监督举报信箱和电话。', '○ 2分'],
    ['◇ 近一年按月更新吗？', '是 →', '□ 专栏每月都有更新（见附9）。', '○ 2分'],
  ], '小计\n4分');
  block('十、数据上报\n（满分6）', [
    ['◇ 近一年每月都向市商务局报送吗？', '是 →', '□ 2020年9月到2021年8月每月都报了月报（见附8）。', '○ 3分'],
    ['◇ 能统计电商扶贫情况吗？', '是 →', '□ 月报都附电商扶贫统计表（贫困户参训、电商带动增收）。', '○ 3分'],
  ], '小计\n6分');
  block('十一、案例总结\n（满分2）', [
    ['◇ 向市商务局报过经验材料吗？', '是 →', '□ 2020年12月、2021年6月各报1篇（见附11）。', '○ 2分'],
  ], '小计\n2分');
  block('十二、经验推广\n（满分8）', [
    ['◇ 省级及以上媒体报道过吗？', '是 →', '□ 南方日报（2021年3月16日）、珠江频道、南方+都报道过。', '○ 4分'],
    ['◇ 市级媒体报道过吗？', '否 →', '□ 韶关日报9月3日才登，不算。', '○ 0分'],
    ['◇ 县级媒体报道过吗？', '是 →', '□ 县融媒体中心《翁源新闻》、翁源发布多次报道。', '○ 1分'],
  ], '小计\n5分');
  block('十三、资金制度\n（满分5）', [
    ['◇ 资金管理制度建了、落实了吗？', '是 →', '□ 县商务局、县财政局联合印发《翁源县省级电子商务进农村综合示范专项资金管理办法》（翁商务〔2020〕12号），明确支持方向和考核问责。', '○ 局定5分（1-5分）'],
  ], '小计\n5分');
  block('十四、资金台账\n（满分5）', [
    ['◇ 承建方有资金专用台账、账目完整吗？', '是 →', '□ 各承建单位都建了资金专用台账，个别凭证后补。', '○ 局定4分（1-5分）'],
  ], '小计\n4分');
  block('十五、资金支出\n（满分5）', [
    ['◇ 支出率过70%了吗？（不到70%倒扣5分）', '是 →', '□ 省级专项资金下达500万元，截至8月31日累计拨付403.56万元，支出率80.7%（9月10日拨的35万元尾款不算）。', '○ 不倒扣'],
    ['◇ 按创建进度及时拨付了吗？', '→', '□ 基本按合同节点拨付，第三批站点款晚了1个月。', '○ 局定4分（1-5分）'],
  ], '小计\n4分');
  block('加分项\n（最多4分）', [
    ['◇ 贫困人口培训率≥70%吗？', '否 →', '□ 只有50.0%。', '○ 0分'],
    ['◇ 电商扶贫典型案例上过电视吗？', '是 →', '□ 2021年5月20日广东广播电视台珠江频道《今日关注》播了“村级电商站帮贫困户卖出九仙桃”（省级）。', '○ 1分'],
  ], '小计\n加1分');
  block('一票否决', [
    ['◇ 发生过安全生产、质量事故或重大经济损失吗？', '否 →', '□ 没有。', '○ 不否决'],
    ['◇ 项目总体进度不足40%吗？', '否 →', '□ 项目总体进度91%。', '○ 不否决'],
    ['◇ 有弄虚作假吗？', '否 →', '□ 没有，数据都有台账支撑。', '○ 不否决'],
  ], '—');
  push({});
  r = push({ A: '○ 自评合计：89分＋加分1分＝90分' }); fm.push(`A${r}:O${r}`);
  const sheetFlow = { name: '推演图', rows: fc, merges: fm };

  const data = {
    description: '翁源县（韶关）商务局电商股的整本考评工作簿（12个表）。事实表不是填报表，而是电商股给局长汇报用的《自评推演图》：按省考评指标一项一块从上往下排（块之间一行“↓”），每块里一步一行——“◇ 判断”（省标准的问句）｜走向（“是 →”“否 →”或“→”）｜“□ 我县情况”（事实全在这一格的句子里）｜“→”｜“○ 得分”（判断项写“局定n分（1-2分）”），右边“小计”按块纵向合并（即县里的自评分，claimed），末行自评合计90分（含加分1分）。是否类事实要看走向格（摄影美工“否 →”：美工按件收费）；县情一行给常住人口33.48万（户籍39.63万不用）。台账：村居名单（镇纵向合并、村名写××村委会、★贫困村、快递进村是/否，新江镇一村“否”）、站点台账（村名写××村／××村委会／××村民委员会，挂牌时间真日期、“2020.8.18”式文本、只到月的“2021年6月”、“2021/1/20”混写；同村第二站4个、两个社区点、铁龙林场点、9月两个新站其一为省定贫困村横石村）、普及培训按期登记人次（不含专场，第34期9月2日；合计含9月）、专场签到（场次/日期/地点纵向合并，一人身份证末位小写x、一人分段带空格，外出务工、无劳动能力和帮扶干部等也签到，专场五在9月）、贫困人口名册（户编号/户主纵向合并）、园区企业（更名同一信用代码两行、5月迁出、9月入驻）、资金拨付（千分位文本、退回负数、8月31日当天一笔、9月尾款、合计含9月）、月报、专栏更新（缺2021年2月）、宣传报道、经验材料。中等偏上（86分，含加分1分，未否决；推演图自评90分）。',
    sheets: [sheetFlow, sheetVillages, sheetStations, sheetTraining, sheetSignin, sheetPoor, sheetEnt, sheetFunds, sheetReports, sheetDis, sheetMedia, sheetMat],
    expect: {
      asOf: '2021-08-31',
      total: 86,
      bonus: 1,
      vetoed: false,
      points: {
        'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
        'work.center': 14, 'work.coverage': 8, 'work.upward': 8, 'work.training': 18,
        'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 5,
        'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
        'bonus.poorTraining': 0, 'bonus.tvCase': 1,
        'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
      },
      claimed: {
        'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
        'work.center': 14, 'work.coverage': 10, 'work.upward': 9, 'work.training': 18,
        'info.disclosure': 4, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 5,
        'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
        'bonus.poorTraining': 0, 'bonus.tvCase': 1,
      },
    },
    derivation: [], // filled below
  };
  return { data, villages, stationCells, signinRecords, persons, SESS, FUND, codes, ENT };
}

// ======================================================================
// FACTS 1: 澄海区 — 汕头市12345热线知识库“电商进农村”条目导出
// ======================================================================
function factsChenghai() {
  const W = 9;
  const rows = [], merges = [];
  const push = (o) => { rows.push(R(o, W)); return rows.length; };
  let r = push({ A: '汕头市12345政务服务便民热线知识库——知识条目导出' }); merges.push(`A${r}:I${r}`);
  r = push({ A: '导出单位：汕头市澄海区商务局　　导出人：黄××　　导出时间：2021-09-06 15:42:18　　筛选条件：提供单位＝澄海区商务局；知识分类＝商贸流通＞电子商务进农村；状态＝全部' }); merges.push(`A${r}:I${r}`);
  r = push({ A: '电商股说明：按区政府办要求，我局在12345知识库维护的“电商进农村”答复口径已于8月底按省考评数据全部更新，迎检时作为基础数据口径使用；状态为“已失效”的是旧版本，“审核退回”的是未通过的修改稿，均仅留痕。' }); merges.push(`A${r}:I${r}`);
  push({ A: '知识编号', B: '知识标题（市民问题）', C: '标准答复口径', D: '提供单位', E: '版本', F: '生效时间', G: '失效时间', H: '状态', I: '审核意见' });
  const U = '澄海区商务局';
  const K = [
    ['ZS-CH-SW-0101', '我区电子商务进农村工作由哪位领导牵头？', '您好！我区成立了电子商务进农村综合示范区创建工作领导小组，由分管副区长任组长，区商务局局长任副组长，区商务局、区财政局、区农业农村局等部门为成员单位。', 'V1', '2019-12-26 10:12:05', '2021-07-19 09:30:44', '已失效', '通过'],
    ['ZS-CH-SW-0101', '我区电子商务进农村工作由哪位领导牵头？有哪些部门参加？', '您好！2020年4月区政府调整了领导小组，现由区委副书记、区长任组长，分管副区长任常务副组长，成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局、区交通运输局、区邮政分公司和各镇（街道）。领导小组办公室设在区商务局。', 'V2', '2021-07-19 09:30:44', null, '有效', '通过'],
    ['ZS-CH-SW-0102', '电子商务进农村的创建工作方案在哪里可以看到？', '您好！《汕头市澄海区创建省级电子商务进农村综合示范区工作方案》已由区政府办公室于2019年12月正式印发（澄府办〔2019〕58号），全文可在澄海区人民政府门户网站“电子商务进农村综合示范”专栏查阅。', 'V1', '2020-01-08 16:20:31', null, '有效', '通过'],
    ['ZS-CH-SW-0103', '我区有哪些扶持农村电商发展的政策？', '您好！区政府2020年6月印发了《澄海区促进农村电子商务发展扶持办法（试行）》，对新建村级电商服务站点、农产品网销企业、电商人才培训等给予奖补，具体可向区商务局电子商务股咨询（电话：0754-8581××××）。', 'V1', '2020-06-30 11:05:47', null, '有效', '通过'],
    ['ZS-CH-SW-0104', '区电子商务公共服务中心什么时候开放？', '您好！区电子商务公共服务中心正在装修，计划于2020年9月底投入使用，届时将通过“澄海商务”公众号公告。', 'V1', '2020-06-15 15:33:10', '2020-11-02 08:47:26', '已失效', '通过'],
    ['ZS-CH-SW-0104', '区电子商务公共服务中心在哪里？开放时间？', '您好！区电子商务公共服务中心位于澄华街道（区电商产业园一楼），于2020年10月28日正式投入运营。开放时间：周一至周五8:30—12:00、14:30—17:30。', 'V2', '2020-11-02 08:47:26', null, '有效', '通过'],
    ['ZS-CH-SW-0105', '到区电商公共服务中心能享受哪些免费服务？', '您好！中心免费提供电商培训、产品展示、摄影美工、品牌推广等服务。', 'V1', '2020-11-02 08:52:13', '2021-08-27 17:10:02', '已失效', '通过'],
    ['ZS-CH-SW-0105', '到区电商公共服务中心能享受哪些免费服务？', '您好！中心免费开放培训室（120座，配备电脑、直播设备），定期免费举办电商基础培训；免费为本区狮头鹅、澄海卤味、槐泽橄榄等特色农产品提供展示和代销服务；产品摄影免费，美工设计（店铺装修、详情页制作）按成本价收费；组织“澄海优品”区域公用品牌统一推广，指导企业品牌注册和建设；另提供网店开设辅导、代办证照、融资对接等增值服务。', 'V2', '2021-08-27 17:10:02', null, '有效', '通过'],
    ['ZS-CH-SW-0106', '澄海有电商产业园吗？怎样申请入驻？', '您好！区里对原澄海玩具电商创业园进行了整合优化，建成澄海区电子商务产业园，现有入驻企业23家。申请入驻可向园区运营中心提交申请，由区商务局审核。', 'V1', '2020-11-02 09:01:55', null, '有效', '通过'],
    ['ZS-CH-SW-0107', '区电商公共服务中心由谁运营？', '您好！中心由区商务局通过公开招标确定的专业第三方电商服务企业负责运营，运营团队12人常驻中心。', 'V1', '2020-11-02 09:03:40', null, '有效', '通过'],
    ['ZS-CH-SW-0108', '快递能送到村里吗？', '您好！目前全区已有105个行政村实现快递进村，覆盖率97.2%，其余3个村正在推进。', 'V1', '2020-09-10 10:18:22', '2021-03-15 14:26:09', '已失效', '通过'],
    ['ZS-CH-SW-0108', '快递能送到村里吗？', '您好！全区108个行政村已全部实现快递服务进村（邮政、中通、韵达、极兔等），行政村快递覆盖率100%。如遇快递不送到村，可拨打12345反映。', 'V2', '2021-03-15 14:26:09', null, '有效', '通过'],
    ['ZS-CH-SW-0109', '我区农村网络零售额有多少？增长多少？', '您好！据初步统计，2020年全区农产品网络零售额约9.6亿元，增长约35%。', 'V1', '2021-01-20 10:40:00', '2021-04-12 11:02:37', '已失效', '通过'],
    ['ZS-CH-SW-0109', '我区农村网络零售额有多少？增长多少？', '您好！据省商务厅提供的第三方统计数据，2020年我区农村网络零售额186.4亿元，同比增长21.7%；农产品网络零售额9.83亿元，2019年为7.12亿元，同比增长38.1%。', 'V2', '2021-04-12 11:02:37', null, '有效', '通过'],
    ['ZS-CH-SW-0110', '哪些村有电商服务站？', '您好！全区11个镇（街道）共有行政村108个、社区居委会76个，截至2021年8月31日已在82个行政村建成村级电子商务服务站点，站点名单可在区政府网站专栏查询。', 'V1', '2021-09-01 09:15:48', null, '有效', '通过'],
    ['ZS-CH-SW-0111', '电商培训怎么报名？收费吗？', '您好！培训免费。我区户籍人口83.92万人，按省要求普及性培训要覆盖人口的1%；截至2020年12月底全区累计开展电商培训3,120人次。', 'V1', '2021-01-05 15:00:12', '2021-09-01 09:20:31', '已失效', '通过'],
    ['ZS-CH-SW-0111', '电商培训怎么报名？收费吗？', '您好！区电商公共服务中心的电商培训全部免费，可通过“澄海商务”公众号报名。按省要求，普及性培训要覆盖常住人口的1%以上，我区常住人口88.17万人（第七次全国人口普查），超过50万人的按50万人为基数，即5,000人次；截至2021年8月31日，全区累计开展电商培训5,386人次。', 'V2', '2021-09-01 09:20:31', null, '有效', '通过'],
    ['ZS-CH-SW-0112', '建档立卡贫困户可以参加电商培训吗？', '您好！可以，而且优先安排。根据区乡村振兴局核定，全区有劳动能力的建档立卡贫困人口2,135人，扣除外出务工的889人后为1,246人；截至2021年8月31日已有683人参加过电商培训。', 'V1', '2021-09-01 09:24:06', null, '有效', '通过'],
    ['ZS-CH-SW-0113', '在哪里查询电商进农村项目信息和建设进度？', '您好！请登录澄海区人民政府门户网站“政务公开—重点领域—电子商务进农村综合示范”专栏，专栏公开了创建工作方案、项目基本信息（项目名称、承建单位、资金安排）和每月项目建设进度，并设有“意见征集”和“监督举报”窗口。', 'V1', '2020-10-09 10:10:10', null, '有效', '通过'],
    ['ZS-CH-SW-0114', '我区电商扶贫情况有统计吗？', '您好！我局每月向汕头市商务局报送电子商务进农村工作进展月报，并同时报送电商扶贫统计表（贫困户参训、电商带动增收等情况）。', 'V1', '2020-10-09 10:16:45', null, '有效', '通过'],
    ['ZS-CH-SW-0115', '省里给了多少专项资金？用了多少？', '您好！省财政下达我区电子商务进农村综合示范专项资金500万元，截至2021年6月30日已拨付356.2万元。', 'V1', '2021-07-05 16:32:18', '2021-09-01 09:31:52', '已失效', '通过'],
    ['ZS-CH-SW-0115', '省里给了多少专项资金？用了多少？', '您好！省财政下达我区电子商务进农村综合示范专项资金500万元，截至2021年8月31日已累计拨付412.38万元，主要用于公共服务中心、村级站点、物流配送体系和电商培训；区财政另安排配套资金150万元。', 'V2', '2021-09-01 09:31:52', null, '有效', '通过'],
    ['ZS-CH-SW-0115', '省里给了多少专项资金？用了多少？', '您好！省财政下达我区电子商务进农村综合示范专项资金500万元，截至2021年9月5日已累计拨付446.5万元。', 'V3', null, null, '审核退回', '考评口径截至8月31日，请按8月31日数据更新，不予通过'],
    ['ZS-CH-SW-0116', '专项资金怎样管理？', '您好！区商务局、区财政局联合印发了《澄海区省级电子商务进农村综合示范专项资金管理办法》（澄商务〔2020〕9号），项目承办单位均建立了资金专用台账，专款专用。', 'V1', '2020-08-14 11:11:11', null, '有效', '通过'],
    ['ZS-CH-SW-0117', '电商进农村项目进展到哪一步了？', '您好！截至2021年8月31日，项目总体完成进度约93%，中心、站点、物流配送体系已建成运营，剩余冷链设备和部分站点升级改造将于10月底前完成。', 'V1', '2021-09-01 09:35:27', null, '有效', '通过'],
    ['ZS-CH-SW-0118', '项目建设中有没有发生安全事故？', '您好！项目建设和运营过程中未发生安全生产、质量事故，未造成重大经济损失和不良社会影响。', 'V1', '2021-09-01 09:38:02', null, '有效', '通过'],
    ['ZS-CH-SW-0119', '省里对示范区的考评，数据统计到什么时候？', '您好！按省商务厅通知，本次考评数据统计截至2021年8月31日。', 'V1', '2021-08-20 10:05:33', null, '有效', '通过'],
    ['ZS-CH-SW-0120', '区商务局办公地址和咨询电话是多少？', '您好！澄海区商务局地址：澄华街道××路××号区行政服务中心4楼；电子商务股咨询电话0754-8581××××（工作日）。', 'V2', '2021-03-01 08:30:00', null, '有效', '通过'],
  ];
  for (const k of K) push({ A: k[0], B: k[1], C: k[2], D: U, E: k[3], F: k[4], G: k[5], H: k[6], I: k[7] });
  r = push({ A: `共导出${K.length}条（有效${K.filter((k) => k[6] === '有效').length}条，已失效${K.filter((k) => k[6] === '已失效').length}条，审核退回${K.filter((k) => k[6] === '审核退回').length}条）` }); merges.push(`A${r}:I${r}`);
  return {
    description: '澄海区（汕头）商务局电商股交来的不是填报表，而是从汕头市12345政务服务便民热线知识库后台导出的本局“电子商务进农村”知识条目（表头上方写明导出信息和电商股说明：答复口径8月底已按省考评数据更新，“已失效”是旧版本、“审核退回”是未通过的修改稿）：知识编号|知识标题（市民问题）|标准答复口径|提供单位|版本|生效时间|失效时间|状态|审核意见，一条知识的几个版本按编号排在一起。事实只在状态为“有效”的答复口径句子里（“您好！…”）：区委副书记、区长任组长且商务、财政、农业农村、乡村振兴齐全；方案2019年12月印发并在专栏公开；2020年6月扶持办法；中心2020年10月28日运营；免费培训、免费展示代销、产品摄影免费但美工按成本价收费（→ 免费摄影美工为否）、“澄海优品”品牌推广、其他增值服务；整合优化建成产业园；第三方运营；108个行政村快递全覆盖；2020年农村网零186.4亿元增长21.7%（没有2019年数，不反推）、农产品网零2019年7.12亿元、2020年9.83亿元、增长38.1%；常住人口88.17万（七普）；5,386人次；有劳动能力不含外出务工1,246人、参训683人；专栏四项齐全；月报附电商扶贫统计；下达500万元、累计拨付412.38万元；制度和专用台账；总体进度约93%；无安全事故；考评截止2021年8月31日。陷阱：已失效版本里的“分管副区长任组长”“计划9月底投入使用”“免费提供摄影美工”“105个行政村、97.2%”“约9.6亿元、约35%”“户籍人口83.92万”“3,120人次”“356.2万元”，审核退回稿的446.5万元；入驻企业23家、站点82个、社区居委会76个、有劳动能力2,135人/外出务工889人、区级配套150万元、5,000人次基数、生效/失效/导出时间都不是输入。没有判断项自评分，也没有弄虚作假的表述；县名只在导出单位里（不列 county）。',
    sheets: [{ name: '知识库导出', rows, merges }],
    expect: {
      facts: {
        asOf: '2021-08-31',
        residentPopulation: 881700,
        adminVillagesStated: 108,
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
        ruralRetail2020: 18640000000,
        ruralRetailGrowthStated: 0.217,
        agriRetail2019: 712000000,
        agriRetail2020: 983000000,
        agriRetailGrowthStated: 0.381,
        trainingPersonTimesStated: 5386,
        eligiblePoorPersonsStated: 1246,
        trainedPoorPersonsStated: 683,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4123800,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.93,
        vetoIncident: false,
      },
      judged: {},
      leadership: 'principal-all',
    },
  };
}

// ======================================================================
// FACTS 2: 台山市 — 市局印制登记卡的“套打”模板：底图（标签）与套打（数值）分在两张表
// ======================================================================
function factsTaishan() {
  const W = 10;
  // layout shared by both sheets: [row, labelCells{}, valueCells{}, labelMerges[], valueMerges[]]
  const L = {}; const V = {}; const LM = []; const VM = [];
  const lab = (addr, text) => { L[addr] = text; };
  const val = (addr, v) => { V[addr] = v; };
  // row 1 note, row 2 blank, row 3 title
  lab('A1', '说明：此表按江门市商务局统一印制的《电子商务进农村综合示范县（市、区）考评基础数据登记卡》（一式三联）逐格对位绘制，灰字为卡上印刷内容，只作对位参考，不打印；数据在“套打”表同一单元格填写后放纸打印。'); LM.push('A1:J1');
  lab('A3', '电子商务进农村综合示范县（市、区）考评基础数据登记卡'); LM.push('A3:J3');
  lab('A4', '县（市、区）'); val('B4', '台山市'); LM.push('B4:D4'); VM.push('B4:D4');
  lab('E4', '考评截止日期'); val('F4', '2021年8月31日'); LM.push('F4:G4'); VM.push('F4:G4');
  lab('H4', '填卡日期'); val('I4', '2021年9月3日'); LM.push('I4:J4'); VM.push('I4:J4');
  lab('A5', '一、基本情况'); LM.push('A5:J5');
  lab('A6', '常住人口'); val('B6', '90.66'); lab('C6', '万人'); lab('D6', '行政村'); val('E6', '289'); lab('F6', '个'); lab('G6', '省定贫困村'); val('H6', '6'); lab('I6', '个');
  lab('A7', '二、组织领导'); LM.push('A7:J7');
  lab('A8', '领导小组组长（职务）'); val('B8', '市委副书记、市长'); LM.push('B8:E8'); VM.push('B8:E8');
  lab('F8', '成员单位'); val('G8', '市商务局、市财政局、市农业农村局、市乡村振兴局、市市场监管局、市交通运输局、市邮政管理局、各镇（街道）'); LM.push('G8:J8'); VM.push('G8:J8');
  lab('A9', '示范创建工作方案'); val('B9', '已印发'); lab('C9', '（已印发／未印发）'); LM.push('C9:E9');
  lab('F9', '农村电商扶持政策'); val('G9', '已出台'); lab('H9', '（已出台／未出台）'); LM.push('H9:J9');
  lab('A10', '三、县级电子商务公共服务中心及电商产业园'); LM.push('A10:J10');
  lab('A11', '投入运营时间'); val('B11', '2020'); lab('C11', '年'); val('D11', '11'); lab('E11', '月'); val('F11', '6'); lab('G11', '日'); lab('H11', '运营单位'); val('I11', '台山市侨乡优品电子商务有限公司'); LM.push('I11:J11'); VM.push('I11:J11');
  lab('A12', '免费培训场所及设备'); val('B12', '√'); lab('C12', '免费展示销售'); val('D12', '√'); lab('E12', '免费摄影美工'); val('F12', '×'); lab('G12', '品牌推广指导'); val('H12', '√'); lab('I12', '其他增值服务'); val('J12', '√');
  lab('A13', '（具备的打“√”，不具备的打“×”）'); LM.push('A13:J13');
  lab('A14', '电商产业园'); val('B14', '已整合'); lab('C14', '入驻企业数'); val('D14', '22'); lab('E14', '家'); lab('F14', '企业类型数'); val('G14', '4'); lab('H14', '种');
  lab('A15', '四、农村产品上行'); LM.push('A15:J15');
  lab('A16', '专业第三方运营或服务商'); val('B16', '有'); lab('C16', '行政村快递覆盖率'); LM.push('C16:D16'); val('E16', '97.2'); lab('F16', '%');
  lab('A17', '网络零售额'); lab('B17', '2019年（亿元）'); LM.push('B17:C17'); lab('D17', '2020年（亿元）'); LM.push('D17:E17'); lab('F17', '同比增长（%）'); LM.push('F17:G17');
  lab('A18', '农村网络零售额'); val('B18', '38.62'); LM.push('B18:C18'); VM.push('B18:C18'); val('D18', '47.15'); LM.push('D18:E18'); VM.push('D18:E18'); val('F18', '22.1'); LM.push('F18:G18'); VM.push('F18:G18');
  lab('A19', '农产品网络零售额'); val('B19', '6.48'); LM.push('B19:C19'); VM.push('B19:C19'); val('D19', '8.55'); LM.push('D19:E19'); VM.push('D19:E19'); val('F19', '31.9'); LM.push('F19:G19'); VM.push('F19:G19');
  lab('A20', '五、电商培训'); LM.push('A20:J20');
  lab('A21', '累计培训人次'); val('B21', '5,264'); lab('C21', '人次'); lab('D21', '有劳动能力贫困人口（不含外出务工）'); LM.push('D21:E21'); val('F21', '1,862'); lab('G21', '人，其中已参训'); val('H21', '1,015'); lab('I21', '人');
  lab('A22', '六、信息公开和数据报送'); LM.push('A22:J22');
  lab('A23', '专栏公示：创建方案'); val('B23', '√'); lab('C23', '项目基本信息'); val('D23', '√'); lab('E23', '建设进度'); val('F23', '√'); lab('G23', '征求意见或监督举报窗口'); LM.push('G23:H23'); val('I23', '×');
  lab('A24', '每月向市商务局报送'); val('B24', '√'); lab('C24', '统计电商扶贫情况'); val('D24', '√');
  lab('A25', '七、资金'); LM.push('A25:J25');
  lab('A26', '省级专项资金下达'); val('B26', '500'); lab('C26', '万元'); lab('D26', '累计拨付'); val('E26', '418.6'); lab('F26', '万元'); lab('G26', '资金管理制度'); val('H26', '已制定'); lab('I26', '专用台账'); val('J26', '已建立');
  lab('A27', '项目总体进度'); val('B27', '92'); lab('C27', '%'); lab('D27', '安全生产、质量事故'); val('E27', '无'); lab('F27', '弄虚作假'); val('G27', '无');
  lab('A28', '八、主观评分项自评（分）'); LM.push('A28:J28');
  lab('A29', '方案制定（1-2）'); val('B29', '2'); lab('C29', '政策支持（1-2）'); val('D29', '2'); lab('E29', '管理制度（1-2）'); val('F29', '2'); lab('G29', '工作台账（1-2）'); val('H29', '1');
  lab('A30', '网销调研（1-2）'); val('B30', '2'); lab('C30', '促销活动（1-2）'); val('D30', '1'); lab('E30', '标准冷链溯源（1-2）'); val('F30', '1'); lab('G30', '资金管理制度（1-5）'); val('H30', '5'); lab('I30', '资金台账（1-5）'); val('J30', '4');
  lab('A31', '资金及时拨付（1-5）'); val('B31', '4');
  lab('A32', '填报单位（盖章）'); val('B32', '台山市商务局'); LM.push('B32:C32'); VM.push('B32:C32'); lab('D32', '负责人'); val('E32', '甄××'); lab('F32', '填报人'); val('G32', '李××'); lab('H32', '联系电话'); val('I32', '0750-55×××××'); LM.push('I32:J32'); VM.push('I32:J32');
  lab('A34', '（第一联　存根）'); LM.push('A34:J34');
  function build(cells, maxRow) {
    const rows = [];
    for (let i = 1; i <= maxRow; i++) rows.push(new Array(W).fill(null));
    for (const [a, v] of Object.entries(cells)) {
      const m = /^([A-Z]+)(\d+)$/.exec(a);
      rows[+m[2] - 1][colIdx(m[1])] = v;
    }
    return rows;
  }
  const labelRows = build(L, 34);
  const valueRows = build({ ...V, A2: '⊕', J33: '⊕（对位标记）' }, 33);
  return {
    description: '台山市（江门）商务局电商股交的事实表是“套打”模板：江门市商务局统一印制了纸质《考评基础数据登记卡》（一式三联），经办人在Excel里按卡片逐格对位做了两张表——“套打底图（不打印）”只有卡上印刷的标签（灰字）、数值格空着，“套打”只有数值、放在与底图同一单元格（左上、右下两个“⊕”对位标记），两张表的合并格相同；所以每个值的含义要按单元格地址到底图找标签，单位也只在底图（万人、个、%、万元、亿元在表头）。读法：B4 台山市；F4 考评截止日期2021年8月31日（I4 是填卡日期）；运营时间拆成年、月、日三格（2020｜11｜6）；中心五项服务用√/×（摄影美工×）；快递覆盖率97.2%（未达100% → 否）；零售额两年和增速在小表里（亿元、%）；培训5,264人次、有劳动能力不含外出务工1,862人、参训1,015人；专栏窗口×；“资金管理制度 已制定”是事实，“资金管理制度（1-5）5”是判断分。陷阱：底图里的“（已印发／未印发）”“（具备的打“√”…）”是卡上印好的选项提示，不是答案；运营单位名称、入驻企业22家、类型4种、“每月向市商务局报送√”（不是输入）、填卡日期、盖章落款、对位标记都不是输入。',
    sheets: [
      { name: '套打底图（不打印）', rows: labelRows, merges: LM },
      { name: '套打', rows: valueRows, merges: VM },
    ],
    expect: {
      facts: {
        county: '台山市',
        asOf: '2021-08-31',
        residentPopulation: 906600,
        adminVillagesStated: 289,
        poorVillagesStated: 6,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-11-06',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: false,
        ruralRetail2019: 3862000000,
        ruralRetail2020: 4715000000,
        ruralRetailGrowthStated: 0.221,
        agriRetail2019: 648000000,
        agriRetail2020: 855000000,
        agriRetailGrowthStated: 0.319,
        trainingPersonTimesStated: 5264,
        eligiblePoorPersonsStated: 1862,
        trainedPoorPersonsStated: 1015,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4186000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.92,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2, 'org.policy': 2,
        'org.management.system': 2, 'org.management.ledger': 1,
        'work.upward.research': 2, 'work.upward.promotion': 1, 'work.upward.standards': 1,
        'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  };
}

// ======================================================================
// LEDGER 1: 大埔县 — 站点开业报备（工作群消息，一条消息一格）＋ 交通局《建制村通客车情况统计表》
// ======================================================================
function ledgerDabu() {
  const T = (town, vill, name, date, boss) => `【站点开业报备】\n镇：${town}\n村：${vill}\n站点名称：${name}\n挂牌时间：${date}\n站长及电话：${boss}`;
  const MSG = [
    ['2020-09-02 09:15:22', '县商务局-邓××', '【通知】各镇电商专干：村级电商服务站点挂牌当天请在群里报备，格式如下：\n【站点开业报备】\n镇：\n村：\n站点名称：\n挂牌时间：\n站长及电话：\n收到请回复。', null],
    ['2020-09-02 09:20:41', '湖寮镇-罗××', '收到', null],
    ['2020-09-08 16:20:37', '湖寮镇-罗××', T('湖寮镇', '黎家坪村', '黎家坪村电商服务站', '2020年9月8日', '张×× 139****2216'), null],
    ['2020-09-08 16:25:03', '湖寮镇-罗××', T('湖寮镇', '龙岗村', '龙岗村电商服务站', '2020年9月8日', '杨×× 138****0731'), null],
    ['2020-09-08 16:31:55', '县商务局-邓××', '收到👍', null],
    ['2020-09-18 10:02:16', '茶阳镇-何××', '茶阳镇报备：大产村电商服务站今天上午挂牌，站长饶××，电话137****0518。', '未按模板，村名在站点名称里'],
    ['2020-09-25 15:40:09', '百侯镇-杨××', T('百侯镇', '侯北村委会', '百侯镇侯北村电商服务站', '2020.9.25', '杨×× 135****6620'), null],
    ['2020-10-16 11:08:44', '枫朗镇-温××', '【站点开业报备】×2\n1. 枫朗镇坪山村电商服务站，挂牌时间10月16日，站长温××，139****1187；\n2. 枫朗镇和村村电商服务站，挂牌时间10月16日，站长丘××，136****5402。', '一条报两个站'],
    ['2020-10-16 17:45:30', '西河镇-黄××', T('西河镇', '北塘村', '北塘村电商服务站', '2020年10月6日', '黄×× 150****3349'), null],
    ['2020-10-17 08:32:12', '西河镇-黄××', '更正：昨天报的北塘村站挂牌时间应为10月16日，不是10月6日，打错了。', '更正上一条'],
    ['2020-10-28 09:50:18', '高陂镇-刘××', '高陂镇-刘××撤回了一条消息', null],
    ['2020-10-28 09:52:40', '高陂镇-刘××', T('高陂镇', '福员村', '福员村电商服务站', '2020-10-28', '刘×× 138****9056'), null],
    ['2020-11-20 14:12:03', '三河镇-饶××', '预告：三河镇汇城村电商服务站计划11月25日（下周三）挂牌，届时请局领导出席指导。', null],
    ['2020-11-20 14:30:27', '县商务局-邓××', '好的，局里安排人参加。', null],
    ['2020-11-27 16:30:51', '三河镇-饶××', T('三河镇', '汇城村', '汇城村电商服务站', '2020年11月27日（原定25日，因雨推迟）', '饶×× 189****2270'), null],
    ['2020-12-11 10:20:35', '湖寮镇-罗××', T('湖寮镇', '城南社区', '城南社区电商服务点', '2020年12月11日', '罗×× 133****4419'), null],
    ['2020-12-18 11:47:02', '光德镇-钟××', T('光德镇', '漳溪村民委员会', '漳溪村电商服务站', '12月18日', '钟×× 137****8803'), null],
    ['2021-01-11 09:05:18', '桃源镇-李××', T('桃源镇', '桃源村', '桃源村电商服务站', '2021.1.8', '（待补）'), '报备晚了三天'],
    ['2021-01-11 09:40:26', '县商务局-邓××', '@桃源镇-李×× 请补充站长电话。', null],
    ['2021-01-11 10:02:33', '桃源镇-李××', '站长：李××，电话135****7720。', null],
    ['2021-03-12 15:18:47', '银江镇-曾××', T('银江镇', '银滩村', '银滩村电商服务站', '2021年3月12日', '曾×× 180****6615'), null],
    ['2021-03-12 16:02:09', '湖寮镇-罗××', T('湖寮镇', '黎家坪村', '黎家坪村第二电商服务站（圩镇店）', '2021年3月12日', '罗×× 159****3027'), '黎家坪村第二个站'],
    ['2021-04-20 17:26:40', '大麻镇-廖××', '大麻镇报备：英雅村、大麻村两个电商服务站今天同时挂牌，站长分别是廖××（138****5561）、丘××（137****0942）。', null],
    ['2021-05-19 10:11:58', '洲瑞镇-温××', T('洲瑞镇', '洲瑞村', '洲瑞村电商服务站', '2021年5月19日', '温×× 136****2087'), null],
    ['2021-06-09 15:33:21', '青溪镇-何××', T('青溪镇', '青溪村', '青溪村电商服务站', '21.6.9', '何×× 139****7710'), null],
    ['2021-07-02 11:20:14', '大东镇-邱××', T('大东镇', '联丰村', '联丰村电商服务站', '2021年7月2日', '邱×× 138****4432'), null],
    ['2021-07-02 11:35:49', '县商务局-邓××', '请各镇抓紧，8月31日前没挂牌的站点本次考评不算。', null],
    ['2021-08-27 16:48:05', '茶阳镇-何××', T('茶阳镇', '西岩村', '西岩村电商服务站', '2021年8月27日', '何×× 150****6108'), null],
    ['2021-09-06 10:15:37', '高陂镇-刘××', T('高陂镇', '党溪村', '党溪村电商服务站', '2021年9月6日', '刘×× 133****8821'), null],
    ['2021-09-06 10:22:04', '县商务局-邓××', '收到。9月挂牌的不计入本次考评，但请继续报备。', null],
  ];
  const rows = [], merges = [];
  rows.push(R({ A: '大埔县电商进农村工作群“站点开业报备”消息摘录' }, 5)); merges.push('A1:E1');
  rows.push(R({ A: '摘录说明：按局里要求，各镇电商专干在站点挂牌当天在群里按模板报备；经办人从聊天记录导出后按时间顺序摘录（时间为消息发送时间，不一定是挂牌时间）；报备后又发更正的，以更正为准。' }, 5)); merges.push('A2:E2');
  rows.push(R({ A: '序号', B: '发送时间', C: '发送人', D: '消息内容', E: '摘录备注（经办人）' }, 5));
  MSG.forEach((m, i) => rows.push(R({ A: i + 1, B: m[0], C: m[1], D: m[2], E: m[3] }, 5)));
  rows.push(R({ A: '摘录人：邓××　　摘录日期：2021年9月10日' }, 5)); merges.push(`A${rows.length}:E${rows.length}`);
  const stations = [
    { village: '黎家坪村', opened: '2020-09-08' },
    { village: '龙岗村', opened: '2020-09-08' },
    { village: '大产村', opened: '2020-09-18' },
    { village: '侯北村委会', opened: '2020-09-25' },
    { village: '坪山村', opened: '2020-10-16' },
    { village: '和村村', opened: '2020-10-16' },
    { village: '北塘村', opened: '2020-10-16' },
    { village: '福员村', opened: '2020-10-28' },
    { village: '汇城村', opened: '2020-11-27' },
    { village: '城南社区', opened: '2020-12-11' },
    { village: '漳溪村民委员会', opened: '2020-12-18' },
    { village: '桃源村', opened: '2021-01-08' },
    { village: '银滩村', opened: '2021-03-12' },
    { village: '黎家坪村', opened: '2021-03-12' },
    { village: '英雅村', opened: '2021-04-20' },
    { village: '大麻村', opened: '2021-04-20' },
    { village: '洲瑞村', opened: '2021-05-19' },
    { village: '青溪村', opened: '2021-06-09' },
    { village: '联丰村', opened: '2021-07-02' },
    { village: '西岩村', opened: '2021-08-27' },
    { village: '党溪村', opened: '2021-09-06' },
  ];

  // ---- 交通局 建制村通客车情况统计表
  const TW = [
    ['湖寮镇', [['黎家坪村', '否', '5.5', '大埔—湖寮—黎家坪', 8], ['龙岗村', '否', '4.5', '湖寮—龙岗', 6], ['莒村', '否', '4.5', '湖寮—莒村', 6], ['湖山村', '否', '5.0', '湖寮—湖山', 4], ['新坪村', '否', '4.5', '湖寮—新坪', 4, '2020年6月由原新坪村、上坪村合并'], ['古城村', '否', '4.5', '湖寮—古城', 4], ['岭下村', '否', '4.0', '湖寮—岭下', 3], ['长教村', '否', '4.5', '湖寮—长教', 4], ['吴田村', '否', '4.0', '湖寮—吴田', 3], ['三坑村', '是', '4.0', '湖寮—三坑', 2], ['双坑村', '否', '4.0', '湖寮—双坑', 2], ['白石村', '是', '3.5', '湖寮—白石（预约响应）', '预约'], ['密坑村', '是', '3.5', '湖寮—密坑', 2], ['新寨村', '否', '4.0', '湖寮—新寨', 3]]],
    ['百侯镇', [['侯北村', '否', '5.0', '大埔—百侯', 10], ['侯南村', '否', '5.0', '大埔—百侯', 10], ['白罗村', '否', '4.5', '百侯—白罗', 4], ['旧寨村', '否', '4.5', '百侯—旧寨', 4], ['东山村', '否', '4.0', '百侯—东山', 3], ['帽山村', '是', '3.5', '百侯—帽山', 2], ['杨梅村', '否', '4.0', '百侯—杨梅', 3], ['蔡坑村委会', '是', '3.5', '百侯—蔡坑', 2], ['南山村', '否', '4.0', '百侯—南山', 3]]],
    ['枫朗镇', [['枫朗村', '否', '5.0', '大埔—枫朗', 8], ['和村村', '否', '4.5', '枫朗—和村', 4], ['坪山村', '否', '4.5', '枫朗—坪山', 4], ['铁坑村', '是', '3.5', '枫朗—铁坑', 2], ['上山村', '否', '4.0', '枫朗—上山', 3], ['西坑村', '否', '4.0', '枫朗—西坑', 3], ['埔南村', '否', '4.0', '枫朗—埔南', 3], ['黄砂村', '否', '4.0', '枫朗—黄砂', 3], ['竹坑村', '是', '3.5', '枫朗—竹坑', 2], ['马坑村', '是', '3.5', '枫朗—马坑（预约响应）', '预约']]],
  ];
  const v = [], vm = [];
  v.push(R({ A: '大埔县建制村通客车情况统计表（节选）' }, 10)); vm.push('A1:J1');
  v.push(R({ A: '填报单位：大埔县交通运输局（县商务局电商股转存，节选湖寮、百侯、枫朗三镇）', H: '统计时点：2020年12月31日' }, 10)); vm.push('A2:G2', 'H2:J2');
  v.push(R({ A: '序号', B: '乡镇', C: '建制村名称', D: '是否省定相对贫困村', E: '通硬化路情况', G: '通客车情况', J: '备注' }, 10));
  v.push(R({ E: '是否通硬化路', F: '路面宽度（米）', G: '是否通客车', H: '客运线路', I: '日均班次' }, 10));
  vm.push('A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:F3', 'G3:I3', 'J3:J4');
  const villages = [];
  let n = 0;
  for (const [town, list] of TW) {
    const start = v.length + 1;
    for (const x of list) {
      n++;
      v.push(R({ A: n, B: x === list[0] ? town : null, C: x[0], D: x[1], E: '是', F: x[2], G: '是', H: x[3], I: x[4], J: x[5] || null }, 10));
      villages.push({ name: x[0], admin: true, poor: x[1] === '是', express: null });
    }
    const end = v.length;
    vm.push(`B${start}:B${end}`);
    const pc = list.filter((x) => x[1] === '是').length;
    v.push(R({ B: `${town}小计`, C: `${list.length}个`, D: `${pc}个` }, 10));
  }
  v.push(R({ B: '合计（三镇）', C: `${n}个`, D: `${villages.filter((x) => x.poor).length}个` }, 10));
  v.push(R({ A: '注：1.统计对象为建制村（行政村），不含社区居委会；2.“预约”为预约响应式客运；3.具备条件的建制村通客车率100%。' }, 10)); vm.push(`A${v.length}:J${v.length}`);
  v.push(R({ A: '填表人：曾××　　审核人：张××　　联系电话：0753-55×××××' }, 10)); vm.push(`A${v.length}:J${v.length}`);
  return {
    description: '大埔县（梅州）商务局电商股交的两张“非正式”台账：①《站点开业报备（群消息）》——县商务局要求各镇电商专干在站点挂牌当天在“电商进农村工作群”按模板报备，经办人把聊天记录导出后照时间顺序摘录：序号|发送时间（“2020-09-08 16:20:37”文本）|发送人|消息内容（一条消息一格，模板“【站点开业报备】\\n镇：\\n村：\\n站点名称：\\n挂牌时间：\\n站长及电话：”在格内换行）|摘录备注。记录＝每个报备的站点，按消息顺序：按模板的取“村：”和“挂牌时间：”（2020年9月8日、2020.9.25、2020-10-28、两位年份21.6.9；只写“12月18日”的年份取发送时间；桃源村1月11日才报、挂牌是2021.1.8）；不按模板的从句子读——茶阳镇“大产村电商服务站今天上午挂牌”取发送日期，大麻镇“英雅村、大麻村两个…今天同时挂牌”是两条，枫朗镇一条消息“×2”编号报两个站（坪山村、和村村，10月16日）。北塘村报成10月6日，第二天的“更正”改为10月16日（以更正为准，更正消息本身不是记录）。不是记录的：局里的通知模板、“收到”“👍”、撤回提示、三河镇的“预告”（计划25日，实际27日挂牌的报备才是）、补充电话、催办。村名照写（侯北村委会、漳溪村民委员会）；黎家坪村第二个站、城南社区服务点照列；党溪村2021年9月6日挂牌在截止日后照列。②县交通运输局的《建制村通客车情况统计表（节选）》当村名单——两行表头（“通硬化路情况”“通客车情况”合并分组），乡镇纵向合并，每镇小计行、三镇合计行、注和填表行不是村；统计对象只有建制村（admin 全为 true），是否省定相对贫困村填是/否，没有快递栏（express 为 null）；新坪村是两村合并后的一个村；“蔡坑村委会”照写；客运线路、班次、路面宽度与村名单无关。',
    sheets: [
      { name: '站点报备（群消息）', rows, merges },
      { name: '建制村通客车（交通局）', rows: v, merges: vm },
    ],
    expect: {
      sheets: {
        '站点报备（群消息）': { kind: 'stations', records: stations },
        '建制村通客车（交通局）': { kind: 'villages', records: villages },
      },
    },
  };
}

// ======================================================================
// LEDGER 2: 吴川市 — 统筹资金支出明细（按资金来源分列）＋ 产业园入驻企业名录墙（按类型分栏）
// ======================================================================
function ledgerWuchuan() {
  const rows = [], merges = [];
  rows.push(R({ A: '吴川市商务局电子商务进农村项目资金支出明细表（按资金来源）' }, 10)); merges.push('A1:J1');
  rows.push(R({ A: '编制单位：吴川市商务局财务室', H: '单位：元' }, 10)); merges.push('A2:G2', 'H2:J2');
  rows.push(R({ A: '序号', B: '支付日期', C: '凭证号', D: '收款单位', E: '支出事项', F: '资金来源', I: '合计', J: '备注' }, 10));
  rows.push(R({ F: '省级电商进农村专项资金', G: '市级配套资金', H: '部门预算（工作经费）' }, 10));
  merges.push('A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:H3', 'I3:I4', 'J3:J4');
  const L = [
    [1, D('2020-06-28'), '记-0612', '吴川市邮政分公司', '县级物流配送中心建设首付款', 380000, null, null, null],
    [2, D('2020-07-16'), '记-0725', '湛江市粤西优品网络科技有限公司', '公共服务中心装修首付款', 520000, 100000, null, '省级、市级各付一部分'],
    [3, '2020.8.5', '记-0803', '吴川市新时代印务有限公司', '宣传资料印制', null, null, 8600, null],
    [4, '2020.9.22', '记-0918', '湛江市粤西优品网络科技有限公司', '公共服务中心建设进度款', '450,000.00', null, null, null],
    [5, D('2020-10-30'), '记-1027', '广东村淘电子商务有限公司', '村级站点建设（第一批30个）', 600000, 150000, null, null],
    [6, D('2020-11-19'), '记-1109', '吴川市鉴江酒店', '电商培训场地及工作餐', null, null, 12480, null],
    [7, D('2020-12-15'), '记-1208', '广东村淘电子商务有限公司', '村级站点建设（第二批）', 480000, null, null, null],
    [8, D('2020-12-24'), '记-1219', '吴川市广告装饰部', '村级站点牌匾制作', null, 36000, null, '市级配套'],
    ['2020年小计', null, null, null, null, 2430000, 286000, 21080, null],
    [9, D('2021-01-18'), '记-0115', '湛江市南方职业培训学校', '电商培训服务（一期）', 168000, null, null, null],
    [10, '2021年2月3日', '记-0201', '湛江市南方职业培训学校', '退回一期多付培训费', -12000, null, null, '承办方退回'],
    [11, '2021/3/25', '记-0322', '吴川市邮政分公司', '物流配送体系进度款', '29.5万', null, null, null],
    [12, D('2021-04-29'), '记-0426', '湛江冷链物流有限公司', '冷链仓储设备', 260000, 40000, null, null],
    [13, D('2021-05-20'), '记-0518', '—', '赴外地考察学习差旅费', null, null, 6350, null],
    [14, D('2021-06-18'), '记-0615', '湛江市粤西优品网络科技有限公司', '网销调研及品牌推广', 195000, null, null, null],
    [15, D('2021-07-27'), '记-0723', '广东村淘电子商务有限公司', '村级站点建设（第三批）', 312400, 50000, null, null],
    [16, D('2021-08-30'), '记-0827', '湛江市粤西优品网络科技有限公司', '公共服务中心运营服务费', 150000, null, null, null],
    ['2021年1—8月小计', null, null, null, null, 1368400, 90000, 6350, null],
    [17, D('2021-09-09'), '记-0906', '湛江市粤西优品网络科技有限公司', '公共服务中心建设尾款', 270000, null, null, '9月支付'],
    ['合计', null, null, null, null, 4068400, 376000, 27430, null],
  ];
  for (const x of L) {
    const f = typeof x[5] === 'string' ? (x[5].endsWith('万') ? Number(x[5].slice(0, -1)) * 10000 : Number(x[5].replace(/,/g, ''))) : (x[5] || 0);
    const tot = typeof x[0] === 'number' ? f + (x[6] || 0) + (x[7] || 0) : f + (x[6] || 0) + (x[7] || 0);
    const r = R({ A: x[0], B: x[1], C: x[2], D: x[3], E: x[4], F: x[5], G: x[6], H: x[7], I: tot, J: x[8] }, 10);
    rows.push(r);
    if (typeof x[0] === 'string') merges.push(`A${rows.length}:E${rows.length}`);
  }
  rows.push(R({ A: '注：1.本表按支付凭证逐笔登记，一笔支付涉及两个资金来源的分列填写；2.省级专项资金下达500万元（湛财工〔2019〕××号）；3.部门预算为局机关工作经费，不属于项目资金。' }, 10)); merges.push(`A${rows.length}:J${rows.length}`);
  rows.push(R({ A: '制表：陈××　　审核：梁××　　制表日期：2021年9月15日' }, 10)); merges.push(`A${rows.length}:J${rows.length}`);
  const funds = [
    { date: '2020-06-28', amount: 380000 }, { date: '2020-07-16', amount: 520000 }, { date: '2020-09-22', amount: 450000 },
    { date: '2020-10-30', amount: 600000 }, { date: '2020-12-15', amount: 480000 }, { date: '2021-01-18', amount: 168000 },
    { date: '2021-02-03', amount: -12000 }, { date: '2021-03-25', amount: 295000 }, { date: '2021-04-29', amount: 260000 },
    { date: '2021-06-18', amount: 195000 }, { date: '2021-07-27', amount: 312400 }, { date: '2021-08-30', amount: 150000 },
    { date: '2021-09-09', amount: 270000 },
  ];

  // ---- enterprises wall
  const G = [
    ['平台型', [['吴川市吴优购电子商务有限公司', '2020.6 入驻'], ['湛江吴川鲜到家网络科技有限公司', '2020.9 入驻'], ['广东梅菉优选科技有限公司', '2021.3 入驻']]],
    ['销售型', [['吴川市塘尾月饼电商经营部', '2020.6 入驻'], ['吴川市覃巴烤鱿鱼网店', '2020.7 入驻'], ['吴川市黄坡对虾电子商务有限公司', '2020.8 入驻'], ['吴川市长岐海鲜干货商行', '2020.8 入驻\n2021.5 迁出'], ['吴川市兰石凉粉草网店', '2020.10 入驻'], ['吴川市王村港红树林鸭蛋电商店', '2020.12 入驻'], ['吴川市浅水番薯电子商务有限公司', '2021.4 入驻']]],
    ['电商运营服务商', [['湛江市粤西优品网络科技有限公司', '2020.6 入驻'], ['吴川市领航电商代运营工作室', '2020.9 入驻'], ['吴川市视觉美工设计中心', '2020.11 入驻'], ['湛江云仓电商服务有限公司', '2021.6 入驻']]],
    ['物流快递', [['中国邮政集团有限公司吴川市分公司（产业园揽投部）', '2020.6 入驻'], ['吴川市中通快递产业园分拨点', '2020.7 入驻'], ['吴川市韵达快递梅菉营业部', '2021.1 入驻\n2021.8 迁出']]],
    ['直播电商', [['吴川市吴川好物直播基地', '2020.11 入驻'], ['吴川市小岭直播工作室', '2021.5 入驻'], ['吴川市海味直播电商有限公司', '2021.9 入驻（新）']]],
  ];
  const W2 = G.length * 3;
  const e = [], em = [];
  e.push(R({ A: '吴川市电子商务产业园入驻企业名录' }, W2)); em.push(`A1:${colName(W2 - 1)}1`);
  e.push(R({ A: '（展示墙文字稿，2021年9月10日更新，交广告公司制作；已迁出企业在展示墙上改灰色字，照原样保留并注明迁出时间；序号按类型分栏连续编排：从最左边一栏起，每栏自上而下编完再编下一栏）' }, W2)); em.push(`A2:${colName(W2 - 1)}2`);
  const hdr = {}, sub = {};
  G.forEach((g, gi) => {
    const c0 = gi * 3;
    hdr[colName(c0)] = g[0]; em.push(`${colName(c0)}3:${colName(c0 + 2)}3`);
    sub[colName(c0)] = '序号'; sub[colName(c0 + 1)] = '企业名称'; sub[colName(c0 + 2)] = '入驻（迁出）时间';
  });
  e.push(R(hdr, W2)); e.push(R(sub, W2));
  const maxLen = Math.max(...G.map((g) => g[1].length));
  const ents = [];
  let no = 0;
  const nums = G.map((g) => g[1].map(() => ++no));
  for (let i = 0; i < maxLen; i++) {
    const o = {};
    G.forEach((g, gi) => {
      const x = g[1][i];
      if (!x) return;
      const c0 = gi * 3;
      o[colName(c0)] = nums[gi][i]; o[colName(c0 + 1)] = x[0]; o[colName(c0 + 2)] = x[1];
    });
    e.push(R(o, W2));
  }
  G.forEach((g) => g[1].forEach((x) => {
    const m = /(\d{4})\.(\d{1,2}) 入驻/.exec(x[1]);
    const l = /(\d{4})\.(\d{1,2}) 迁出/.exec(x[1]);
    ents.push({ name: x[0], type: g[0], entered: `${m[1]}-${pad(m[2])}`, left: l ? `${l[1]}-${pad(l[2])}` : null });
  }));
  e.push(R({ A: '在园企业18家（截至2021年9月10日）　　吴川市电子商务公共服务中心　制' }, W2)); em.push(`A${e.length}:${colName(W2 - 1)}${e.length}`);
  return {
    description: '吴川市（湛江）商务局交的两张表：①财务室的《电子商务进农村项目资金支出明细表（按资金来源）》当资金台账——一笔支付凭证一行，两行表头（“资金来源”合并在 省级电商进农村专项资金｜市级配套资金｜部门预算（工作经费） 三列之上），合计栏是三列之和；只有“省级电商进农村专项资金”一栏有数的才是专项资金拨付，记录金额只取这一栏（中心装修首付款520,000＋市配100,000、第一批站点600,000＋150,000、冷链260,000＋40,000、第三批站点312,400＋50,000，都只记省级部分）。不是记录的：只有市级配套（站点牌匾36,000）或只有部门预算（宣传资料印制、培训场地工作餐、考察差旅）的行、2020年小计、2021年1—8月小计、合计、注和制表行；省级栏的“450,000.00”千分位文本、元栏里写的“29.5万”（295,000）照读，2021年2月3日承办方退回−12,000为负数记录；日期有真日期、2020.8.5、2020.9.22、2021年2月3日、2021/3/25；9月9日尾款在截止日后照列。②产业园运营中心给广告公司的《入驻企业名录》展示墙文字稿——按企业类型左右分五栏（平台型｜销售型｜电商运营服务商｜物流快递｜直播电商，每栏“序号｜企业名称｜入驻（迁出）时间”，栏名合并在上），各栏长短不一，序号按栏连续编（1—3平台型、4—10销售型…），记录按序号；type取所在栏名；入驻时间只到月（“2020.6 入驻”→2020-06），同一格换行写的“2021.5 迁出”是退出月份；长岐海鲜干货（2021-05）、韵达梅菉营业部（2021-08）已迁出照列，海味直播“2021.9 入驻（新）”在截止日后照列；没有信用代码；标题下说明和落款“在园企业18家”不是企业。',
    sheets: [
      { name: '资金支出（按来源）', rows, merges },
      { name: '园区名录墙', rows: e, merges: em },
    ],
    expect: {
      sheets: {
        '资金支出（按来源）': { kind: 'funds', records: funds },
        '园区名录墙': { kind: 'enterprises', records: ents },
      },
    },
  };
}

// ======================================================================
// LEDGER 3: 台山市 — 经办人桌面台历记事（月报）＋ 宣传报道手机截图“提取文字”
// ======================================================================
function ledgerTaishan() {
  const NOTES = {
    '2020-09-08': '报8月月报（含扶贫统计）',
    '2020-09-15': '斗山镇站点验收',
    '2020-09-25': '专栏发项目基本信息',
    '2020-09-29': '县府办要电商周报',
    '2020-10-12': '报9月月报（扶贫表未附）',
    '2020-10-22': '第3期培训（都斛）',
    '2020-11-09': '月报（10月）已报市局，含扶贫数',
    '2020-11-20': '南方+记者来采访',
    '2020-12-04': '市局电话：11月月报下周二前报',
    '2020-12-08': '报11月月报',
    '2020-12-25': '专栏更新12月进度',
    '2021-01-08': '报12月月报＋全年总结（含扶贫统计）',
    '2021-01-15': '报省厅年度调度表',
    '2021-02-05': '市局催1月月报',
    '2021-02-08': '报1月月报（含扶贫统计）',
    '2021-02-10': '放假前站点安全检查',
    '2021-03-09': '报2月月报（含扶贫统计表）',
    '2021-03-11': '市局退回：扶贫表格式不对',
    '2021-03-12': '重报2月月报（扶贫表已改）',
    '2021-03-26': '中期评估材料',
    '2021-04-08': '报3月月报',
    '2021-04-20': '报县府办一季度总结',
    '2021-05-10': '报4月月报（含扶贫）',
    '2021-06-08': '报5月月报（附扶贫统计）',
    '2021-06-30': '专栏：上半年进度',
    '2021-07-08': '报6月月报＋上半年总结（扶贫表未附）',
    '2021-07-20': '报省厅半年调度表',
    '2021-08-09': '报7月月报（含扶贫）',
    '2021-08-27': '专栏：8月进度',
    '2021-08-31': '考评数据截止！',
    '2021-09-07': '报8月月报（含扶贫）——迎检',
    '2021-09-16': '省考评组来台山',
  };
  const W = 7;
  const rows = [], merges = [];
  rows.push(R({ A: '台山市商务局电商股工作台历记事（2020年9月—2021年9月）' }, W)); merges.push('A1:G1');
  rows.push(R({ A: '说明：考评组要月报报送记录，经办人把桌面台历上的手写记事按月录入，一天一格（格内第一行是日期，换行后是记事，没写字的只有日期）。记事里的“报×月月报”都是报江门市商务局电子商务科（邮件＋电话确认）；报县府办、报省厅的另有说明。' }, W)); merges.push('A2:G2');
  const WD = ['一', '二', '三', '四', '五', '六', '日'];
  const months = [];
  for (let y = 2020, m = 9; y < 2021 || m <= 9; ) { months.push([y, m]); m++; if (m > 12) { m = 1; y++; } }
  for (const [y, m] of months) {
    rows.push(R({}, W));
    rows.push(R({ A: `${y}年${m}月` }, W)); merges.push(`A${rows.length}:G${rows.length}`);
    rows.push(R(Object.fromEntries(WD.map((w, i) => [colName(i), w])), W));
    const first = new Date(Date.UTC(y, m - 1, 1));
    let dow = (first.getUTCDay() + 6) % 7; // Monday=0
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    let week = new Array(W).fill(null);
    for (let d = 1; d <= days; d++) {
      const key = `${y}-${pad(m)}-${pad(d)}`;
      week[dow] = NOTES[key] ? `${d}\n${NOTES[key]}` : d;
      dow++;
      if (dow === 7 || d === days) { rows.push(week); week = new Array(W).fill(null); dow = 0; }
    }
  }
  rows.push(R({}, W));
  rows.push(R({ A: '录入：伍××　2021年9月10日' }, W)); merges.push(`A${rows.length}:G${rows.length}`);
  const reports = [
    { date: '2020-09-08', poverty: true }, { date: '2020-10-12', poverty: false }, { date: '2020-11-09', poverty: true },
    { date: '2020-12-08', poverty: null }, { date: '2021-01-08', poverty: true }, { date: '2021-02-08', poverty: true },
    { date: '2021-03-09', poverty: true }, { date: '2021-03-12', poverty: true }, { date: '2021-04-08', poverty: null },
    { date: '2021-05-10', poverty: true }, { date: '2021-06-08', poverty: true }, { date: '2021-07-08', poverty: false },
    { date: '2021-08-09', poverty: true }, { date: '2021-09-07', poverty: true },
  ];

  // ---- screenshots
  const SHOT = [
    ['Screenshot_20201120_181502.jpg', '18:15 ⚡ 5G 82%\n< 南方+\n台山：电商进村“最后一公里”打通 农家鸭蛋卖进大湾区\n南方+记者 黄×× 通讯员 台商宣\n2020-11-20 17:36\n日前，台山市村级电子商务服务站……', null],
    ['Screenshot_20201121_203015.jpg', '20:30 4G 45%\n朋友圈\n台山商务：转发\n台山：电商进村“最后一公里”打通 农家鸭蛋卖进大湾区\n南方+\n11月21日 20:28', '同第1张（局公众号转发到朋友圈），不另算'],
    ['Screenshot_20201204_090311.jpg', '09:03 4G 67%\n台山市融媒体中心\n台山电视台《台山新闻》2020年12月3日播出\n我市电商公共服务中心为农户免费开展直播带货培训\n（视频截图）\n▶ 02:18', null],
    ['IMG_20210122_205530.jpg', '江门日报 数字报\n2021年1月22日　星期五　A04版：台山新闻\n台山电商助农“年货节”线上销售破千万\n本报讯（记者 ×× 通讯员 ××）……', null],
    ['IMG_20210122_205548.jpg', '（接上图）……据统计，活动期间全市线上销售额达1,086万元……\n江门日报　A04版', '同上一张（下半版），不另算'],
    ['Screenshot_20210412_101122.jpg', '10:11 ⚡ 4G 54%\n新华网\n广东台山：村级电商站成了村民的“致富站”\n2021-04-09 16:21:08　来源：新华网\n……', null],
    ['VID截图_20210527.jpg', '江门广播电视台《江门新闻》\n2021-05-26 19:00\n台山：“电商＋合作社”带动贫困户增收\n（视频截图）', null],
    ['Screenshot_20210716_083045.jpg', '08:30 4G 71%\n学习强国\n广东学习平台\n台山：小站点大作为 电商服务进村入户\n来源：台山市融媒体中心　2021-07-14', null],
    ['Screenshot_20210819_174402.jpg', '17:44 5G 60%\n台山发布\n电商培训进村 “新农具”用起来\n原创　台山发布　2021-08-19 17:30\n……', null],
    ['Screenshot_20210904_072311.jpg', '07:23 4G 88%\n南方日报 数字报\n2021年9月3日　AA02版：湾区·江门\n台山：电商进农村 助力乡村振兴\n……', null],
  ];
  const s = [], sm = [];
  s.push(R({ A: '台山市电子商务进农村宣传报道截图（微信“提取文字”）' }, 4)); sm.push('A1:D1');
  s.push(R({ A: '说明：宣传报道没有单独登记，经办人把手机里保存的报道截图逐张用微信“提取文字”识别后粘贴；文件名里的日期是截图时间，不是刊播时间；同一篇报道截了几张的在备注里注明。' }, 4)); sm.push('A2:D2');
  s.push(R({ A: '序号', B: '截图文件名', C: '提取文字', D: '备注' }, 4));
  SHOT.forEach((x, i) => s.push(R({ A: i + 1, B: x[0], C: x[1], D: x[2] }, 4)));
  s.push(R({ A: '共10张截图，8篇报道。整理：伍××' }, 4)); sm.push(`A${s.length}:D${s.length}`);
  const media = [
    { date: '2020-11-20', level: 'province', tv: false },
    { date: '2020-12-03', level: 'county', tv: true },
    { date: '2021-01-22', level: 'city', tv: false },
    { date: '2021-04-09', level: 'national', tv: false },
    { date: '2021-05-26', level: 'city', tv: true },
    { date: '2021-07-14', level: 'province', tv: false },
    { date: '2021-08-19', level: 'county', tv: false },
    { date: '2021-09-03', level: 'province', tv: false },
  ];
  return {
    description: '台山市（江门）商务局电商股交的两张“代用台账”：①《工作台历记事》——经办人把桌面台历上的手写记事按月录入，2020年9月到2021年9月每月一块（空行、合并的“2020年9月”月份行、“一 二 三 四 五 六 日”星期行，下面按周一行、一天一格，格内第一行是日期数字、换行后是记事；没记事的格只有数字），表头说明写明“报×月月报”都是报江门市商务局。记录＝每条“报…月报”的记事，日期＝该月份块的年月＋格里的日数（按周几排在对应列）；是否含电商扶贫统计看记事括号（含扶贫统计／含扶贫数／附扶贫统计／含扶贫统计表→true，“扶贫表未附”→false，只写“报11月月报”“报3月月报”→null）。2021年3月9日报2月月报、11日被市局退回、12日“重报”：9日、12日各是一次报送（两条），退回不是；“市局催1月月报”“市局电话：…下周二前报”“报省厅年度调度表／半年调度表”“报县府办一季度总结”“县府办要电商周报”、专栏、培训、站点验收等记事都不是；1月月报2月8日报（春节前）；2021年9月7日一条在截止日后照列。②《宣传截图（提取文字）》——报道没登记，经办人把手机截图逐张用微信“提取文字”粘进来：序号|截图文件名|提取文字（状态栏时间、电量、正文都在一格里）|备注；刊播日期要从文字里找（“2020-11-20 17:36”“2020年12月3日播出”“2021年1月22日　星期五　A04版”“2021-04-09 16:21:08”“2021-05-26 19:00”），文件名日期（截图时间）和状态栏时间都不是；级别只能从媒体名看（南方+、学习强国广东学习平台、南方日报→省，新华网→国家，江门日报、江门广播电视台→市，台山电视台/台山市融媒体中心、台山发布→县），是否电视看“电视台《…新闻》”“视频截图”；朋友圈转发截图和同一篇的下半版截图不另算；南方日报2021年9月3日一条在截止日后照列。',
    sheets: [
      { name: '台历记事', rows, merges },
      { name: '宣传截图（提取文字）', rows: s, merges: sm },
    ],
    expect: {
      sheets: {
        '台历记事': { kind: 'reports', records: reports },
        '宣传截图（提取文字）': { kind: 'media', records: media },
      },
    },
  };
}

// ======================================================================
// LEDGER 4: 澄海区 — 隆都镇社会救助和帮扶对象综合名册（只取建档立卡）＋“送教下乡”巡回培训行程
// ======================================================================
function ledgerChenghai() {
  const newId = idMaker();
  const r = rng(6540);
  const HH = [
    ['前美村', 'A', [['陈木坤', '户主', 1, 1968, '有劳动能力', '在家务农'], ['林秀娥', '配偶', 0, 1970, '有劳动能力', '镇内务工（隆都镇玩具厂）'], ['陈少鹏', '长子', 1, 1995, '有劳动能力', '外出务工（深圳）']]],
    ['前美村', 'D', [['许桂英', '户主', 0, 1948, '丧失劳动能力', '—']]],
    ['前美村', 'A、D', [['蔡锦荣', '户主', 1, 1960, '无劳动能力（残疾）', '—'], ['黄丽华', '儿媳', 0, 1985, '有劳动能力', '区内务工（澄华街道）'], ['蔡佳琪', '孙女', 0, 2008, '无劳动能力（在校生）', '—']]],
    ['前美村', 'C', [['陈德发', '户主', 1, 1972, '有劳动能力', '在家务农'], ['郑少玲', '配偶', 0, 1975, '有劳动能力', '在家务农']]],
    ['前美村', 'B', [['陈亚妹', '户主', 0, 1965, '有劳动能力', '在家务农'], ['陈伟生', '儿子', 1, 1990, '有劳动能力', '外出务工（汕头市龙湖区）']]],
    ['前美村', 'E', [['许老四', '户主', 1, 1940, '丧失劳动能力', '—']]],
    ['前美村', 'A', [['陈建伟', '户主', 1, 1978, '有劳动能力', '外出务工（广州）'], ['杜秋菊', '配偶', 0, 1980, '有劳动能力', '在家务农'], ['陈思敏', '长女', 0, 2003, '有劳动能力', '在家（待业）']]],
    ['店市村', 'A', [['蔡两全', '户主', 1, 1958, '有劳动能力', '在家务农'], ['许美莲', '配偶', 0, 1961, '无劳动能力', '—']]],
    ['店市村', 'D', [['黄春香', '户主', 0, 1955, '无劳动能力', '—']]],
    ['店市村', 'A、D', [['蔡少雄', '户主', 1, 1970, '有劳动能力', '公益性岗位（本村保洁）'], ['吴丽纯', '配偶', 0, 1973, '有劳动能力', '外出务工（东莞）'], ['蔡泽楷', '儿子', 1, 2006, '无劳动能力（在校生）', '—']]],
    ['店市村', 'C', [['蔡炳坤', '户主', 1, 1966, '有劳动能力', '在家务农']]],
    ['店市村', 'B', [['蔡秀珠', '户主', 0, 1962, '有劳动能力', '在家务农'], ['蔡志明', '儿子', 1, 1988, '有劳动能力', '外出务工（佛山）'], ['林晓燕', '儿媳', 0, 1990, '有劳动能力', '镇内务工（隆都镇）']]],
    ['店市村', 'A', [['黄炳文', '户主', 1, 1952, '丧失劳动能力', '—'], ['黄少华', '儿子', 1, 1983, '有劳动能力', '区内务工（莲下镇）']]],
  ];
  const rows = [], merges = [];
  rows.push(R({ A: '隆都镇社会救助和帮扶对象综合名册（节选：前美村、店市村）' }, 11)); merges.push('A1:K1');
  rows.push(R({ A: '对象类别：A—建档立卡脱贫户；B—脱贫不稳定户（建档立卡）；C—边缘易致贫户（未建档立卡）；D—低保户；E—特困供养人员。一户多类的写“A、D”。A、B两类为建档立卡贫困人口。“外出务工”指到澄海区以外务工。' }, 11)); merges.push('A2:K2');
  rows.push(R({ A: '填报单位：隆都镇乡村振兴办　　　　　　　　　　　　　　　　　　　　　　　　填报时间：2021年6月' }, 11)); merges.push('A3:K3');
  rows.push(R({ A: '序号', B: '村（社区）', C: '户编号', D: '户主姓名', E: '姓名', F: '与户主关系', G: '公民身份号码', H: '对象类别', I: '劳动能力', J: '务工情况', K: '备注' }, 11));
  const recs = [];
  let no = 0;
  HH.forEach((h, hi) => {
    const start = rows.length + 1;
    h[2].forEach((p, j) => {
      no++;
      const birth = `${p[3]}${pad(1 + Math.floor(r() * 12))}${pad(1 + Math.floor(r() * 28))}`;
      const wantX = p[0] === '陈伟生' ? true : false;
      const id = newId('440515', birth, 100 + Math.floor(r() * 800), p[2] === 1, wantX);
      let idCell = id;
      if (p[0] === '陈伟生') idCell = id.slice(0, 17) + 'x';
      if (p[0] === '吴丽纯') idCell = `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
      rows.push(R({ A: no, B: j === 0 ? h[0] : null, C: j === 0 ? `LD-${h[0] === '前美村' ? 'QM' : 'DS'}-${pad(hi + 1, 3)}` : null, D: j === 0 ? h[2][0][0] : null, E: p[0], F: p[1], G: idCell, H: j === 0 ? h[1] : null, I: p[4], J: p[5], K: null }, 11));
      if (h[1].includes('A') || h[1].includes('B')) {
        const labour = p[4] === '有劳动能力';
        const migrant = p[5] === '—' ? null : p[5].startsWith('外出务工');
        recs.push({ id, labour, migrant });
      }
    });
    const end = rows.length;
    if (end > start) merges.push(`B${start}:B${end}`, `C${start}:C${end}`, `D${start}:D${end}`, `H${start}:H${end}`);
  });
  rows.push(R({ A: `合计：${HH.length}户${no}人，其中建档立卡（A、B类）${HH.filter((h) => /[AB]/.test(h[1])).length}户${recs.length}人。` }, 11)); merges.push(`A${rows.length}:K${rows.length}`);

  // ---- 送教下乡
  const TRIP = [
    ['2020-10-22', '许××', ['莲上镇涂城村文化室', 46], ['莲上镇兰苑村党群服务中心', 38], null],
    ['2020.11.5', '许××', ['莲下镇程洋冈村文化室', 52], ['莲下镇南湾村党群服务中心', 41], ['莲下镇槐泽村祠堂（夜校）', 35]],
    ['2020-11-26', '蔡××', ['东里镇樟林村文化室', 60], ['东里镇南社村（取消：村里有红白事，改期）', '—'], null],
    ['2020-12-10', '蔡××', ['东里镇南社村（补11月26日）', 44], ['盐鸿镇盐灶村党群服务中心', 39], null],
    ['2021-01-14', '许××', ['溪南镇仙市村文化室', 48], ['溪南镇上社村文化室', 33], ['线上直播（区电商中心直播间）', '在线观看188人']],
    ['2021-03-18', '陈××', ['隆都镇前美村党群服务中心', 57], ['隆都镇店市村文化室', '42人'], null],
    ['2021-04-15', '陈××', ['上华镇横陇村文化室', 50], ['上华镇龙美村党群服务中心', '３８'], null],
    ['2021-05-20', '许××', ['莲华镇东湖村文化室', 45], ['莲华镇隆城村（取消：暴雨橙色预警）', '—'], ['线上直播（区电商中心直播间）', '在线观看206人']],
    ['2021.6.17', '蔡××', ['盐鸿镇鸿沟村党群服务中心', 40], ['莲上镇涂城村文化室（第二次）', 31], null],
    ['2021-07-22', '陈××', ['莲华镇隆城村（补5月20日）', 36], ['溪南镇南砂村文化室', 29], null],
    ['2021-08-26', '许××', ['隆都镇后溪村文化室', 53], ['隆都镇樟籍村党群服务中心', 47], null],
    ['2021-09-09', '蔡××', ['莲下镇建阳村文化室', 49], ['莲下镇东湾村文化室', 37], null],
  ];
  const WD = ['日', '一', '二', '三', '四', '五', '六'];
  const t = [], tm = [];
  t.push(R({ A: '澄海区农村电商“送教下乡”巡回培训行程及到课情况' }, 10)); tm.push('A1:J1');
  t.push(R({ A: '组织单位：澄海区商务局、区电子商务公共服务中心　　每场到课人数以现场签到为准；线上场次按直播后台在线观看人数登记。' }, 10)); tm.push('A2:J2');
  t.push(R({ A: '日期', B: '星期', C: '带队', D: '上午场', F: '下午场', H: '晚场', J: '备注' }, 10));
  t.push(R({ D: '地点', E: '到课人数', F: '地点', G: '到课人数', H: '地点', I: '到课人数' }, 10));
  tm.push('A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'F3:G3', 'H3:I3', 'J3:J4');
  const sess = [];
  for (const x of TRIP) {
    const iso = x[0].includes('.') ? (() => { const [y, m, d] = x[0].split('.').map(Number); return `${y}-${pad(m)}-${pad(d)}`; })() : x[0];
    const wd = '星期' + WD[new Date(iso + 'T00:00:00Z').getUTCDay()];
    const cell = x[0].includes('.') ? x[0] : D(x[0]);
    const o = { A: cell, B: wd, C: x[1], J: iso > '2021-08-31' ? '9月场次' : null };
    [[x[2], 'D', 'E'], [x[3], 'F', 'G'], [x[4], 'H', 'I']].forEach(([s, c1, c2]) => {
      if (!s) { o[c1] = '—'; o[c2] = null; return; }
      o[c1] = s[0]; o[c2] = s[1];
      let pt = null;
      if (typeof s[1] === 'number') pt = s[1];
      else if (s[1] !== '—') pt = Number(s[1].replace(/[^0-9０-９]/g, '').replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xFEE0)));
      if (pt) sess.push({ date: iso, personTimes: pt, id: null });
    });
    t.push(R(o, 10));
  }
  const tot = sess.reduce((a, b) => a + b.personTimes, 0);
  t.push(R({ A: `合计：${sess.length}场　${tot.toLocaleString('en-US')}人次（含9月）` }, 10)); tm.push(`A${t.length}:J${t.length}`);
  t.push(R({ A: '登记：区电商中心 林××' }, 10)); tm.push(`A${t.length}:J${t.length}`);
  return {
    description: '澄海区（汕头）商务局电商股交的两张“借来的表”：①隆都镇乡村振兴办的《社会救助和帮扶对象综合名册（节选：前美村、店市村）》当贫困人口名单——建档立卡户与边缘易致贫户、低保户、特困供养人员混在一本名册里，一户一组（村、户编号、户主姓名、对象类别按户纵向合并），对象类别只写代码A—E（表头下一行图例：A建档立卡脱贫户、B脱贫不稳定户（建档立卡）、C边缘易致贫户（未建档立卡）、D低保户、E特困供养；一户多类写“A、D”），“外出务工”指到澄海区以外。记录＝对象类别含A或B的户的每一个成员（含“A、D”户），按表中顺序；C、D、E户的人不是记录。劳动能力“有劳动能力”为true，“无劳动能力（残疾）”“无劳动能力（在校生）”“丧失劳动能力”“无劳动能力”为false；务工情况“外出务工（深圳／广州／东莞／佛山／汕头市龙湖区）”为true（龙湖区虽同属汕头，但在澄海区以外），“在家务农”“在家（待业）”“镇内务工”“区内务工（澄华街道／莲下镇）”“公益性岗位（本村保洁）”为false，“—”为null；陈伟生身份证末位小写x（读作X），吴丽纯身份证按6-8-4加空格（去空格）；合计行不是人。②区电商中心的《“送教下乡”巡回培训行程及到课情况》当培训台账——一天一行（日期|星期|带队），两行表头（上午场、下午场、晚场各合并在“地点｜到课人数”之上），每个有到课人数的场次是一期培训（session），按行、自左向右；人次取到课人数（数字、“42人”、全角“３８”，线上直播“在线观看188人”“在线观看206人”按后台人数），日期取该行日期（真日期与“2020.11.5”“2021.6.17”文本）。不是记录的：“（取消：…改期）”“（取消：暴雨橙色预警）”人数为“—”的场、没排晚场的“—”、合计行和登记行；补课场（“补11月26日”“补5月20日”）按实际日期照算；2021年9月9日两场在截止日后照列。',
    sheets: [
      { name: '隆都镇综合名册', rows, merges },
      { name: '送教下乡行程', rows: t, merges: tm },
    ],
    expect: {
      sheets: {
        '隆都镇综合名册': { kind: 'poorPersons', records: recs },
        '送教下乡行程': { kind: 'training', records: sess },
      },
    },
  };
}

// ======================================================================
// main
// ======================================================================
const C = county();
C.data.derivation = [
  'asOf: 推演图第2行“一律截至2021年8月31日”，与省定截止日相同 → 2021-08-31',
  'org.leadership: 第一块“是 →”：县委副书记、县长任组长；成员有县商务局、县财政局、县农业农村局、县乡村振兴局（原扶贫办）等 → 主要领导牵头、四部门齐全 → 2',
  'org.plan: 方案2019年12月20日印发（翁府办〔2019〕35号），○“局定2分（1-2分）” → 2',
  'org.policy: 2020年7月出台扶持办法，○“局定1分（1-2分）” → 1',
  'org.management: 项目管理制度局定2分 + 工作台账局定1分 → 3',
  'work.center: 中心2020-11-20投入运营 ≤ 2021-08-31 → 2；≤ 2021-02-28（满6个月）→ 2；免费培训“是 →”2；免费展示销售1；摄影美工“否 →”（美工按件收费）0；品牌推广1；其他增值服务1；产业园已整合2；附6共23行：第6、18行同一信用代码（更名）只算1家，第12行2021-05-31迁出，第23行2021-09-06入驻 → 截至8月31日在园20家 ≥20 → 2；类型平台型/销售型/电商运营服务商/物流快递/直播电商5种 ≥3 → 1；合计 2+2+2+1+0+1+1+2+2+1 = 14',
  'work.coverage: 附1行政村（村委会）149个（居委会23个不计）；附2截至8月31日有站点的行政村105个（××村、××村委会、××村民委员会是同一村；龙仙、江尾、周陂、新江各有1村两站只算一次；城南社区、周陂社区服务点不是行政村；铁龙林场服务点不在名单；周陂镇横石村2021-09-06、翁城镇一村2021-09-15挂牌不计；新江镇一站恰在2021-08-31挂牌，计入）→ 105/149 = 70.47% ≥70% → 5；省定贫困村21个，截至8月31日有站20个（横石村9月6日才挂牌）→ 20/21 = 95.2%（80%–100%）→ 3；合计8（推演图自评10）',
  'work.upward: 网销调研局定2 + 网络促销局定2 + 第三方运营（天翁公司）1 + 快递：附1“快递进村”栏新江镇一村为“否（快递只到镇上，村民自取）”→ 0（推演图说全覆盖，与名单不符，以名单为准，出警告）+ 交易标准冷链溯源局定1 + 农产品网零2019年2.86亿元→2020年3.93亿元增长37.4% ≥30%（农村网零20.1%不够，有一个够即可）→ 2；合计8（推演图自评9）',
  'work.training: 人次＝附3第1—33期3,090人次（第34期“2021.9.2”260人次、合计行3,350不计；第11、24期两天班按结束日）+ 附4专场一至四签到96行（专场五2021年9月8日20行不计）＝3,186 ÷ 334,800（常住人口33.48万，不足50万不封顶）= 0.952% → 0.8%–1% → 8；贫困人口：附5有劳动能力84人，扣除外出务工24人＝60人；附4截至8月31日签到中身份证与这60人相同的30人（专场四一人末位小写x、一人分段带空格都要认出；重复参训只算一次；外出务工6人、无劳动能力3人、帮扶干部/村干部/边缘户/驻村队员不计；专场五的13个新人不计）→ 30/60 = 50.0% ≥50% → 10；合计18',
  'info.disclosure: 专栏公示创建方案、项目基本信息、每月建设进度，设监督举报信箱和电话 → 内容全面 → 2；附9近一年（2020-09…2021-08）缺2021年2月（2021-03-10那条是2月进度，发布在3月）→ 不定时更新 → 1；合计3（推演图自评4）',
  'info.reporting: 附8 2020-09-08…2021-08-09每月都有向韶关市商务局的报送（2021-09-07不计）→ 12/12个月 → 3；月报附电商扶贫统计表 → 3；合计6',
  'promo.cases: 附11 2020-12-15、2021.6.18向韶关市商务局报送经验材料（第3篇2021-09-06不计）→ 2',
  'promo.media: 附10截至8月31日：省级（南方日报2021-03-16、珠江频道2021-05-20、南方+2021-06-08）→ 4；县级（翁源县融媒体中心2020-11-24、翁源发布2021-01-15）→ 1；市级（韶关日报2021-09-03、韶关广播电视台2021-09-14）都在截止日后 → 0；合计5',
  'fund.system: 资金管理办法已印发，局定5分 → 5',
  'fund.ledger: 承建方专用台账，局定4分 → 4',
  'fund.spending: 附7截至8月31日拨付合计4,035,600元（含“520,000.00”“268,000.00”文本、1月26日退回−16,000元、8月31日当天70,000元；9月10日尾款350,000元和合计行4,385,600元不计）÷ 下达5,000,000元 = 80.71% ≥70% → 取及时拨付局定4分 → 4',
  'bonus.poorTraining: 贫困人口培训率50.0% <70% → 0',
  'bonus.tvCase: 附10 2021-05-20广东广播电视台珠江频道（省级、电视）播出电商扶贫典型案例；国家级电视无 → 1（韶关广播电视台那条是市级且在9月）',
  'veto.incident: 推演图“否 →”没有安全生产、质量事故 → 0，不否决',
  'veto.progress: 项目总体进度91% ≥40% → 0，不否决',
  'veto.fraud: “否 →”没有弄虚作假 → 0，不否决',
  'total: 2+2+1+3+14+8+8+18+3+6+2+5+5+4+4 = 85，加分 min(0+1, 4) = 1 → 86；未否决（推演图自评合计89＋1＝90）',
];
write('counties/b65-c1-wengyuan.json', C.data);
write('facts/b65-f1-chenghai.json', factsChenghai());
write('facts/b65-f2-taishan.json', factsTaishan());
write('ledgers/b65-l1-dabu.json', ledgerDabu());
write('ledgers/b65-l2-wuchuan.json', ledgerWuchuan());
write('ledgers/b65-l3-taishan.json', ledgerTaishan());
write('ledgers/b65-l4-chenghai.json', ledgerChenghai());
