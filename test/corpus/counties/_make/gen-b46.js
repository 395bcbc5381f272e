'use strict';
// Batch 46 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
// Blind corpus batch 46 — deterministic generator (CommonJS, no dependencies).
const fs = require('fs');

const D = (s) => ({ date: s });
const CUT = '2021-08-31';

function write(dir, file, obj) {
  const p = path.join(ROOT, dir);
  fs.mkdirSync(p, { recursive: true });
  fs.writeFileSync(path.join(p, file), JSON.stringify(obj, null, 2) + '\n', 'utf8');
}
function assert(cond, msg) { if (!cond) throw new Error('assertion failed: ' + msg); }
function col(n) { let s = ''; n += 1; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }
function pad(rows, w) { return rows.map((r) => { const x = r.slice(); while (x.length < w) x.push(null); return x; }); }

// deterministic PRNG
function mulberry32(a) { return function () { a |= 0; a = (a + 0x6D2B79F5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }

// ---------- 大写金额 ----------
const DIG = '零壹贰叁肆伍陆柒捌玖';
function daxie(amount) {
  const fen = Math.round(amount * 100);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor((fen % 100) / 10);
  const f = fen % 10;
  const s = String(yuan);
  const units = ['', '拾', '佰', '仟'];
  const groups = ['', '万', '亿'];
  let out = '';
  let zero = false;
  for (let i = 0; i < s.length; i++) {
    const d = +s[i];
    const pos = s.length - 1 - i;
    const u = pos % 4;
    const g = Math.floor(pos / 4);
    if (d === 0) { zero = true; } else {
      if (zero && out) out += '零';
      out += DIG[d] + units[u];
      zero = false;
    }
    if (u === 0 && g > 0) {
      const grp = s.slice(Math.max(0, s.length - 4 * (g + 1)), s.length - 4 * g);
      if (/[1-9]/.test(grp)) out += groups[g];
    }
  }
  out += '元';
  if (jiao === 0 && f === 0) return out + '整';
  if (jiao) out += DIG[jiao] + '角';
  if (f) out += (jiao ? '' : '零') + DIG[f] + '分';
  return out;
}
function parseDaxie(str) { // independent check of the converter
  let s = str.replace(/^人民币/, '').replace(/整$/, '');
  let total = 0, section = 0, num = 0;
  const val = { 零: 0, 壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9 };
  const u = { 拾: 10, 佰: 100, 仟: 1000 };
  let i = 0; let dec = 0;
  for (; i < s.length; i++) {
    const c = s[i];
    if (c in val) num = val[c];
    else if (c in u) { section += num * u[c]; num = 0; }
    else if (c === '万') { section += num; total += section * 10000; section = 0; num = 0; }
    else if (c === '亿') { section += num; total += section * 100000000; section = 0; num = 0; }
    else if (c === '元') { section += num; total += section; section = 0; num = 0; }
    else if (c === '角') { dec += num * 0.1; num = 0; }
    else if (c === '分') { dec += num * 0.01; num = 0; }
  }
  return Math.round((total + dec) * 100) / 100;
}
[360000, 287500, 630000, 158400, 480000, 378000, 120560.5, 96000, 203000, 40000, 1050000, 2753460.5, 100000, 10005, 3020100.07].forEach((n) => {
  assert(parseDaxie(daxie(n)) === n, 'daxie ' + n + ' ' + daxie(n));
});

// =====================================================================
// c1 阳西县 whole county workbook
// =====================================================================
function caseYangxi() {
  const rnd = mulberry32(4646);
  const FIRST = '石周大新上下东西南北长山塘沙龙水岭田黄林陈岗河江湖坡港马牛高平白青红竹莲茶桥埠寨围坪柳松梅桃杨何罗谢蓝福禾丰安乐兴旺和永荔蚬鹤凤';
  const SECOND = '角亨垌湾门头尾口边坑岭寮坡埇墩岗洞潭湖圩港桥田塘洋美岸背屋仔山江垭坎埔';
  const used = new Set();
  function vname() {
    for (;;) {
      const a = FIRST[Math.floor(rnd() * FIRST.length)];
      const b = SECOND[Math.floor(rnd() * SECOND.length)];
      if (a === b) continue;
      const n = a + b;
      if (used.has(n)) continue;
      used.add(n);
      return n;
    }
  }
  const towns = [
    { name: '织篢镇', n: 22, poor: 2, cover: 16, ju: ['织篢居委会', '城东社区居委会', '城西社区居委会', '新城社区居委会'] },
    { name: '程村镇', n: 18, poor: 2, cover: 13, ju: ['程村居委会', '红光居委会'] },
    { name: '塘口镇', n: 13, poor: 2, cover: 10, ju: ['塘口居委会'] },
    { name: '上洋镇', n: 18, poor: 3, cover: 13, ju: ['上洋居委会', '双鱼居委会'] },
    { name: '溪头镇', n: 14, poor: 2, cover: 10, ju: ['溪头居委会'] },
    { name: '沙扒镇', n: 13, poor: 1, cover: 9, ju: ['沙扒居委会', '月亮湾社区居委会'] },
    { name: '儒洞镇', n: 21, poor: 2, cover: 15, ju: ['儒洞居委会', '边海居委会'] },
    { name: '新墟镇', n: 15, poor: 2, cover: 12, ju: ['新墟居委会'] },
  ];
  ['织篢', '程村', '塘口', '上洋', '溪头', '沙扒', '儒洞', '新墟', '红光', '双鱼', '边海'].forEach((x) => used.add(x));
  const villages = []; // {town, base, poor, display}
  towns.forEach((t, ti) => {
    t.v = [];
    const poorIdx = new Set();
    // spread poor villages through the list
    for (let k = 0; k < t.poor; k++) poorIdx.add(2 + k * Math.floor((t.n - 3) / t.poor) + (ti % 2));
    for (let i = 0; i < t.n; i++) {
      const base = vname();
      const poor = poorIdx.has(i);
      const suffix = (i + ti) % 6 === 0 ? '村委会' : '村';
      const v = { town: t.name, base, poor, display: base + suffix };
      t.v.push(v); villages.push(v);
    }
    assert([...poorIdx].every((x) => x < t.n) && poorIdx.size === t.poor, 'poor idx ' + t.name);
  });
  assert(villages.length === 134, 'village count');
  assert(villages.filter((v) => v.poor).length === 16, 'poor count');

  // ---- sheet: 村居名单 (one column per town) ----
  const W = towns.length;
  const vrows = [];
  vrows.push(['阳西县村（居）民委员会名单']);
  vrows.push(['（按镇排列，每镇一列；名称前加“★”的为省定贫困村；“——居委会——”以下为居民委员会）']);
  vrows.push(towns.map((t) => t.name));
  vrows.push(towns.map((t) => `（${t.n}村${t.ju.length}居）`));
  const cols = towns.map((t) => {
    const c = t.v.map((v) => (v.poor ? '★' : '') + v.display);
    c.push('——居委会——');
    t.ju.forEach((j) => c.push(j));
    return c;
  });
  const maxLen = Math.max(...cols.map((c) => c.length));
  for (let r = 0; r < maxLen; r++) vrows.push(cols.map((c) => (r < c.length ? c[r] : null)));
  vrows.push([]);
  vrows.push(['合计：8个镇，村民委员会134个（其中省定贫困村16个），居民委员会15个。']);
  vrows.push(['资料来源：县民政局（2021年6月）　　　整理：县商务局电商股']);
  const villageSheet = {
    name: '村居名单',
    rows: pad(vrows, W),
    merges: ['A1:H1', 'A2:H2', `A${vrows.length - 1}:H${vrows.length - 1}`, `A${vrows.length}:H${vrows.length}`],
  };

  // ---- sheet: 站点台账 ----
  const batches = ['2020-06-18', '2020-09-25', '2020-12-10', '2021-04-16', '2021-07-08'];
  function fmtDate(iso, k) {
    const [y, m, d] = iso.split('-').map(Number);
    switch (k % 4) {
      case 0: return D(iso);
      case 1: return `${y}.${m}.${d}`;
      case 2: return `${y}年${m}月${d}日`;
      default: return `${y}/${m}/${d}`;
    }
  }
  const stations = []; // {town, village, opened, label}
  const surnames = '陈李黄林梁吴冯谭刘何';
  towns.forEach((t, ti) => {
    const poorV = t.v.filter((v) => v.poor);
    const nonPoor = t.v.filter((v) => !v.poor);
    let chosen = [];
    let late = null;
    if (t.name === '上洋镇') { late = poorV[2]; chosen = poorV.slice(0, 2); } else chosen = poorV.slice();
    const needNon = t.cover - chosen.length;
    // pick non-poor villages: every village except a deterministic gap pattern
    const gaps = nonPoor.length - needNon;
    const skip = new Set();
    for (let g = 0; g < gaps; g++) skip.add(nonPoor.length - 1 - g * 2 - (ti % 2));
    nonPoor.forEach((v, i) => { if (!skip.has(i)) chosen.push(v); });
    assert(chosen.length === t.cover, 'cover ' + t.name + ' ' + chosen.length);
    // order by original village order
    chosen.sort((a, b) => t.v.indexOf(a) - t.v.indexOf(b));
    chosen.forEach((v, i) => {
      const b = v.poor ? batches[i % 2] : batches[(i + ti) % batches.length];
      stations.push({ town: t.name, v, opened: b });
    });
    if (late) stations.push({ town: t.name, v: late, opened: '2021-09-01', note: '9月1日挂牌' });
    if (t.name === '织篢镇') {
      stations.splice(stations.findIndex((s) => s.v === chosen[0]) + 1, 0, { town: t.name, v: chosen[0], opened: '2021-05-20', second: true, note: '同村第二个站点' });
      stations.push({ town: t.name, ju: '城东社区居委会', opened: '2020-12-10', note: '社区站点' });
    }
  });
  const srows = [];
  srows.push(['阳西县村级电子商务服务站点台账']);
  srows.push(['填报单位：阳西县商务局　　　　　　　　　更新至：2021年9月']);
  srows.push(['序号', '镇', '站点名称', '所在村（居）', '站长', '联系电话', '挂牌时间', '备注']);
  const smerges = ['A1:H1', 'A2:H2'];
  let sIdx = 0; let townStart = null; let curTown = null;
  stations.forEach((s, i) => {
    sIdx++;
    const vill = s.ju ? s.ju : (i % 5 === 1 ? s.v.base + '村委会' : i % 7 === 3 ? s.v.base + '村民委员会' : s.v.base + '村');
    const sname = s.ju ? '城东社区电商服务站' : (s.second ? `${s.v.base}村电商服务站（二站）` : `${s.v.base}村电商服务站`);
    const phone = '13' + String(700000000 + Math.floor(mulberry32(i + 7)() * 99999999)).slice(0, 9);
    const rowNo = srows.length + 1;
    if (s.town !== curTown) {
      if (townStart !== null && rowNo - 1 > townStart) smerges.push(`B${townStart}:B${rowNo - 1}`);
      curTown = s.town; townStart = rowNo;
    }
    srows.push([sIdx, s.town === curTown && rowNo !== townStart ? null : s.town, sname, vill,
      surnames[i % surnames.length] + '××', phone, fmtDate(s.opened, i), s.note || null]);
  });
  if (srows.length > townStart) smerges.push(`B${townStart}:B${srows.length}`);
  srows.push([]);
  srows.push(['合计', null, `共${stations.length}个站点`]);
  srows.push(['注：1.挂牌时间以镇报送的挂牌照片日期为准；2.社区站点不计入行政村覆盖数。']);
  smerges.push(`A${srows.length}:H${srows.length}`);
  const stationSheet = { name: '站点台账', rows: pad(srows, 8), merges: smerges };

  // coverage check (by hand-rule): distinct admin villages with station <= cut-off
  const covered = new Set(stations.filter((s) => s.v && s.opened <= CUT).map((s) => s.v));
  const coveredPoor = [...covered].filter((v) => v.poor).length;
  assert(covered.size === 98, 'covered ' + covered.size);
  assert(coveredPoor === 15, 'covered poor ' + coveredPoor);
  const lateV = stations.find((s) => s.opened === '2021-09-01').v;

  // ---- sheet: 培训台账 ----
  const sessions = [
    ['第1期', '2020.9.17', '电商基础知识普及', '织篢镇政府会议室', '镇村干部、群众', 156, 21],
    ['第2期', '2020.9.24', '电商基础知识普及', '程村镇文化站', '群众、蚝农', 132, 18],
    ['第3期', D('2020-10-15'), '电商基础知识普及', '塘口镇政府', '群众', 118, 15],
    ['第4期', '2020年10月22日', '电商基础知识普及', '上洋镇政府', '群众', 145, 22],
    ['第5期', '2020.10.29', '电商物流与快递进村', '县电商公共服务中心', '站点站长、快递网点', 84, null],
    ['第6期', '2020.11.5', '电商基础知识普及', '溪头镇政府', '群众', 126, 17],
    ['第7期', '2020.11.12-13', '电商创业提升班（两天）', '县电商公共服务中心', '返乡青年、网店店主', 68, 4],
    ['第8期', '2020年11月26日', '电商基础知识普及', '沙扒镇政府', '渔民、群众', 137, 12],
    ['第9期', '2020.12.3', '电商基础知识普及', '儒洞镇政府', '群众', 164, 25],
    ['第10期', '2020.12.17', '电商基础知识普及', '新墟镇政府', '群众', 121, 19],
    ['第11期', '2020年12月29日', '贫困户电商专场（织篢、程村）', '织篢镇政府', '建档立卡贫困户', 186, 186],
    ['第12期', '2021.1.14', '直播带货专题', '县电商公共服务中心（线上同步直播）', '网店店主、合作社', '线上120+线下45', null],
    ['第13期', '2021.1.28', '年货节网销培训', '县电商公共服务中心', '合作社、企业', 108, 6],
    ['—', '2021.2.4', '春节网货直播（线上回放）', '“阳西电商”公众号', '社会公众', '—', null, '回放观看，不计人次'],
    ['第14期', '2021.2.25', '农产品网货包装设计', '县电商公共服务中心', '企业、合作社', 97, 3],
    ['第15期', '2021.3.4', '贫困户电商专场（塘口、上洋）', '上洋镇政府', '建档立卡贫困户', 203, 203],
    ['第16期', '2021.3.18', '农村青年电商创业', '县电商公共服务中心', '农村青年', 96, 8],
    ['第17期', '2021年3月25日', '电商基础知识普及（二期）', '溪头镇政府', '群众', 142, 20],
    ['第18期', '2021.4.8', '贫困户电商专场（溪头、沙扒）', '溪头镇政府', '建档立卡贫困户', 178, 178],
    ['第19期', D('2021-04-22'), '电商基础知识普及（二期）', '儒洞镇政府', '群众', 151, 23],
    ['第20期', '2021.5.13', '电商基础知识普及（二期）', '新墟镇政府', '群众', 133, 16],
    ['第21期', '2021.5.20', '贫困户电商专场（儒洞、新墟）', '儒洞镇政府', '建档立卡贫困户', 214, 214],
    ['第22期', '2021.6.3', '电商基础知识普及（二期）', '织篢镇政府', '群众', 147, 19],
    ['第23期', '2021.6.17', '领导干部电商专题', '县委党校', '县直单位、镇干部', 88, null],
    ['第24期', '2021年6月24日', '电商基础知识普及（二期）', '程村镇文化站', '群众', 129, 14],
    ['第25期', '2021.7.8', '电商基础知识普及（二期）', '塘口镇政府', '群众', 117, 13],
    ['第26期', '2021.7.15', '电商基础知识普及（二期）', '上洋镇政府', '群众', 138, 21],
    ['第27期', '2021.7.22', '网店美工实操', '县电商公共服务中心', '网店店主', 72, 2],
    ['第28期', D('2021-08-05'), '电商基础知识普及（二期）', '沙扒镇政府', '群众', 126, 11],
    ['第29期', '2021.8.12', '电商基础知识普及（三期）', '溪头镇政府', '群众', 141, 18],
    ['第30期', '2021.8.19', '电商基础知识普及（二期）', '新墟镇政府', '群众', 124, 15],
    ['第31期', '2021.8.26', '贫困户电商专场（全县）', '县电商公共服务中心', '建档立卡贫困户', 204, 204],
    ['第32期', '2021.9.9', '电商基础知识普及（三期）', '儒洞镇政府', '群众', 150, 20, '考评截止日后'],
  ];
  let trainSum = 0;
  sessions.forEach((s) => {
    const d = typeof s[1] === 'string' ? s[1] : s[1].date;
    const after = /2021\.9\./.test(d);
    const pt = s[5] === '线上120+线下45' ? 165 : typeof s[5] === 'number' ? s[5] : 0;
    if (!after) trainSum += pt;
  });
  assert(trainSum === 4210, 'training sum ' + trainSum);
  const trows = [];
  trows.push(['阳西县电子商务培训台账']);
  trows.push(['（2020年9月—2021年9月）　　　　　　　　　　　　　　　　单位：人次']);
  trows.push(['期次', '培训时间', '培训主题', '培训地点', '培训对象', '参训人次', '其中：贫困户', '备注']);
  sessions.forEach((s) => trows.push([s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7] || null]));
  trows.push(['合计', null, null, null, null, 4360, 1507, '含第32期']);
  trows.push(['填表人：冯××　　　审核：陈××']);
  const trainSheet = { name: '培训台账', rows: pad(trows, 8), merges: ['A1:H1', 'A2:H2', `A${trows.length}:H${trows.length}`] };
  // check the 合计 row as typed by the clerk
  let allSum = 0; sessions.forEach((s) => { allSum += s[5] === '线上120+线下45' ? 165 : typeof s[5] === 'number' ? s[5] : 0; });
  assert(allSum === 4360, 'all training ' + allSum);

  // ---- sheet: 入驻企业 ----
  const ents = [
    ['阳西县程村蚝业电子商务有限公司', '销售型', '程村蚝、蚝干网络销售', D('2020-06-28'), null],
    ['阳西县沙扒湾海产品网店', '销售型', '鱼干、虾干网店', '2020.6.28', null],
    ['阳江市众联电商平台有限公司', '平台型', '本地生活服务平台', '2020.7.10', null],
    ['广东阳西邮政快递物流中心（电商仓）', '物流企业', '仓储、快递分拨', '2020年7月', null],
    ['阳西县农丰电子商务运营服务有限公司', '电商运营商', '网店代运营', '2020.8.3', null],
    ['阳西县织篢荔枝专业合作社网店', '销售型', '荔枝、龙眼网销', '2020.8.3', '2021.3.31', '合作社网店已迁回合作社'],
    ['阳西县海韵食品有限公司', '销售型', '海产品加工及网销', D('2020-09-15'), null],
    ['阳西县中通快递有限公司（电商件中转）', '物流企业', '快递', '2020.9.15', null],
    ['阳西县美橙电商代运营工作室', '电商运营商', '代运营、美工', '2020年10月12日', null],
    ['阳西县溪头生蚝直播电商有限公司', '销售型', '直播带货', '2020.10.26', null],
    ['阳西县青创电子商务有限公司', '销售型', '农特产品网销', '2020.11.9', '2021.6.30', '经营不善退出'],
    ['阳西县程村镇红树林农产品有限公司', '销售型', '农产品网销', '2020.11.20', null],
    ['阳江市云仓供应链管理有限公司', '物流企业', '云仓、冷链', D('2020-12-08'), null],
    ['阳西县丰源电商服务有限公司', '电商运营商', '培训孵化、代运营', '2021.1.6', null],
    ['阳西县上洋镇供销电子商务有限公司', '平台型', '供销e家平台', '2021.1.6', null],
    ['阳西县塘口特产网络商行', '销售型', '特产网销', '2021年3月', null],
    ['阳西县儒洞海鲜电子商务有限公司', '销售型', '海鲜网销', '2021.4.19', '2021.9.15', '9月15日退租'],
    ['阳西县新墟荔枝电商有限公司', '销售型', '荔枝网销', '2021.5.10', null],
    ['阳西县渔家乐电子商务有限公司', '销售型', '海产品网销', '2021.6.1', null],
    ['阳西县极兔速递有限公司', '物流企业', '快递', '2021.7.1', null],
    ['阳西县鲜享电子商务有限公司', '销售型', '生鲜网销', '2021.9.6', null, '考评截止日后入驻'],
  ];
  function isoOf(x) {
    if (!x) return null; if (typeof x === 'object') return x.date;
    let m;
    if ((m = x.match(/^(\d{4})\.(\d{1,2})\.(\d{1,2})$/))) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
    if ((m = x.match(/^(\d{4})年(\d{1,2})月(\d{1,2})日$/))) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
    if ((m = x.match(/^(\d{4})年(\d{1,2})月$/))) return `${m[1]}-${m[2].padStart(2, '0')}`;
    throw new Error('date ' + x);
  }
  const inPark = ents.filter((e) => isoOf(e[3]) <= CUT && (!e[4] || isoOf(e[4]) > CUT));
  assert(inPark.length === 18, 'in park ' + inPark.length);
  assert(new Set(inPark.map((e) => e[1])).size === 4, 'types');
  const erows = [];
  erows.push(['阳西县电商产业园入驻企业清单']);
  erows.push(['序号', '企业名称', '统一社会信用代码', '企业类型', '主营业务', '入驻时间', '退出时间', '备注']);
  ents.forEach((e, i) => {
    const code = '91441721' + ['MA4', 'MA5', 'MA7'][i % 3] + String(100000 + ((i * 7919) % 899999)).slice(0, 6) + 'ABCDEFGHJKLMNPQRTUWXY'[i % 21];
    erows.push([i + 1, e[0], code, e[1], e[2], e[3], e[4], e[5] || null]);
  });
  erows.push(['注：截至2021年8月31日在园企业18家。']);
  const entSheet = { name: '入驻企业', rows: pad(erows, 8), merges: ['A1:H1', `A${erows.length}:H${erows.length}`] };

  // ---- sheet: 资金台账 ----
  const funds = [
    ['2020-07-16', '公共服务中心装修工程（预付款）', '阳西县建安装饰工程有限公司', 600000, '记-07-012'],
    ['2020.9.28', '公共服务中心设备采购', '阳江市数联信息科技有限公司', '486,500.00', '记-09-021'],
    ['2020年11月20日', '村级站点建设（第一批）', '阳西县农丰电子商务运营服务有限公司', 720000, '记-11-008'],
    ['2020.12.25', '电商培训服务（第一期）', '广东南粤职业培训学校', '285,000.00', '记-12-017'],
    ['2021.1.22', '电商产业园整合改造', '阳西县建安装饰工程有限公司', 530000, '记-01-010'],
    ['2021.3.30', '村级站点建设（第二批）', '阳西县农丰电子商务运营服务有限公司', 540000, '记-03-022'],
    ['2021年5月18日', '品牌培育及网络推广', '阳江市海丝文化传媒有限公司', '236,300.00', '记-05-009'],
    ['2021.6.29', '电商培训服务（第二期）', '广东南粤职业培训学校', 264800, '记-06-025'],
    ['2021.8.20', '农产品溯源系统', '阳江市数联信息科技有限公司', '250,000.00', '记-08-014'],
    ['2021.9.8', '公共服务中心装修工程（尾款）', '阳西县建安装饰工程有限公司', 260000, '记-09-006'],
  ];
  let fundSum = 0;
  funds.forEach((f) => { const a = typeof f[3] === 'number' ? f[3] : +f[3].replace(/,/g, ''); if (!/2021\.9\./.test(f[0])) fundSum += a; });
  assert(fundSum === 3912600, 'funds ' + fundSum);
  const frows = [];
  frows.push(['阳西县省级电子商务进农村综合示范专项资金拨付台账']);
  frows.push([null, null, null, null, '单位：元']);
  frows.push(['序号', '拨付日期', '项目名称', '承建单位', '拨付金额', '凭证号', '备注']);
  funds.forEach((f, i) => frows.push([i + 1, f[0] === '2020-07-16' ? D(f[0]) : f[0], f[1], f[2], f[3], f[4], null]));
  frows.push(['合计', null, null, null, '4,172,600.00', null, '下达500万元']);
  frows.push(['经办：冯××　　　　财务：林××']);
  const fundSheet = { name: '资金台账', rows: pad(frows, 7), merges: ['A1:G1', `A${frows.length}:G${frows.length}`] };

  // ---- sheet: 月报登记 ----
  const rep = [
    [D('2020-09-08'), '2020年8月工作进展及电商数据', '邮件', '是'],
    ['2020.10.9', '2020年9月工作进展及电商数据', '邮件', '是'],
    ['2020.11.6', '2020年10月工作进展', '邮件', '否'],
    ['2020年12月8日', '2020年11月工作进展及电商扶贫统计', '粤政易', '是'],
    ['2021.1.7', '2020年12月工作进展及电商扶贫统计', '粤政易', '是'],
    ['2021.2.5', '2021年1月工作进展', '粤政易', '否'],
    ['2021.3.9', '2021年2月工作进展及电商扶贫统计', '粤政易', '是'],
    [D('2021-04-08'), '2021年3月工作进展及电商扶贫统计', '粤政易', '是'],
    ['2021.5.10', '2021年4月工作进展', '粤政易', '否'],
    ['2021.6.8', '2021年5月工作进展及电商扶贫统计', '粤政易', '是'],
    ['2021年7月7日', '2021年6月工作进展及电商扶贫统计', '粤政易', '是'],
    ['2021.8.9', '2021年7月工作进展及电商扶贫统计', '粤政易', '是'],
  ];
  const rrows = [['阳西县电子商务进农村工作月报报送登记表'], ['序号', '报送日期', '报送内容', '报送方式', '是否含电商扶贫统计']];
  rep.forEach((r, i) => rrows.push([i + 1, ...r]));
  const repSheet = { name: '月报登记', rows: pad(rrows, 5), merges: ['A1:E1'] };

  // ---- sheet: 专栏更新 ----
  const disc = [
    ['2020.9.15', '阳西县电子商务进农村综合示范项目建设进度（8月）', '建设进度'],
    ['2020.10.20', '阳西县电子商务进农村综合示范项目建设进度（9月）', '建设进度'],
    [D('2020-11-18'), '阳西县电子商务进农村综合示范项目建设进度（10月）', '建设进度'],
    ['2020.12.22', '阳西县电子商务进农村综合示范项目建设进度（11月）', '建设进度'],
    ['2021.1.19', '阳西县电子商务进农村综合示范项目建设进度（12月）', '建设进度'],
    ['2021.3.16', '阳西县电子商务进农村综合示范项目建设进度（1-2月）', '建设进度'],
    ['2021年4月20日', '阳西县电子商务进农村综合示范项目建设进度（3月）', '建设进度'],
    ['2021.5.18', '阳西县电子商务进农村综合示范项目建设进度（4月）', '建设进度'],
    ['2021.6.22', '阳西县电子商务进农村综合示范项目建设进度（5月）', '建设进度'],
    ['2021.7.20', '阳西县电子商务进农村综合示范项目建设进度（6月）', '建设进度'],
    [D('2021-08-17'), '阳西县电子商务进农村综合示范项目建设进度（7月）', '建设进度'],
  ];
  const drows = [['阳西县人民政府门户网站“电子商务进农村综合示范”专栏更新记录'], ['序号', '发布日期', '标题', '子栏目']];
  disc.forEach((r, i) => drows.push([i + 1, ...r]));
  const discSheet = { name: '专栏更新', rows: pad(drows, 4), merges: ['A1:D1'] };

  // ---- sheet: 宣传报道 ----
  const med = [
    ['2020.11.20', '阳西县融媒体中心', '县级', '网络', '我县首批村级电商服务站挂牌运营', '否'],
    ['2020年12月8日', '南方日报', '省级', '报纸', '阳西：程村蚝“触网”卖向全国', '否'],
    ['2021.3.26', '阳西电视台《阳西新闻》', '县级', '电视', '电商培训进村入户', '否'],
    [D('2021-06-18'), '广东广播电视台《广东新闻联播》', '省级', '电视', '阳西：电商助力贫困户荔枝卖得好', '是'],
    ['2021.9.2', '阳江日报', '市级', '报纸', '阳西电商进农村示范创建见成效', '否'],
  ];
  const mrows = [['阳西县电子商务进农村宣传报道统计表'], ['序号', '报道日期', '媒体', '级别', '形式', '标题', '是否电商扶贫典型案例']];
  med.forEach((r, i) => mrows.push([i + 1, ...r]));
  const medSheet = { name: '宣传报道', rows: pad(mrows, 7), merges: ['A1:G1'] };

  // ---- sheet: 经验材料 ----
  const matRows = [['经验材料报送登记'], ['序号', '报送日期', '材料标题', '报送对象'],
    [1, '2021.1.12', '阳西县以电商服务站为支点推动农产品上行的做法', '阳江市商务局'],
    [2, D('2021-06-30'), '阳西县电商扶贫典型案例：荔枝“网上走”', '阳江市商务局']];
  const matSheet = { name: '经验材料', rows: pad(matRows, 4), merges: ['A1:D1'] };

  // ---- sheet: 体检表 (facts) ----
  const F = [];
  const fm = [];
  const sec = (t) => { F.push([t]); fm.push(`A${F.length}:G${F.length}`); };
  const sum = (t) => { F.push(['小结', t]); fm.push(`B${F.length}:G${F.length}`); };
  F.push(['阳西县电子商务进农村综合示范创建考评指标“体检”报告单']); fm.push('A1:G1');
  F.push(['受检单位：阳西县商务局（示范创建领导小组办公室）', null, null, '数据截至：2021年8月31日', null, '报告日期：2021.9.3']); fm.push('A2:C2', 'D2:E2', 'F2:G2');
  F.push(['体检说明：对照《2019年省级电子商务进农村综合示范创建考评指标体系》逐项“体检”。“参考区间”为省考评标准；“提示”栏“↑”为优于标准，“↓”为低于标准，“—”为达标。']); fm.push('A3:G3');
  F.push(['序号', '检查项目', '检查结果', '单位', '参考区间（省考评标准）', '提示', '检查依据/佐证']);
  sec('一、基础数据');
  F.push([1, '县（市、区）', '阳西县', null, null, null, null]);
  F.push([2, '常住人口', 45.63, '万人', '培训人次基数（超过50万按50万）', '—', '第七次全国人口普查公报']);
  F.push([3, '户籍人口', 53.2, '万人', '不作考核基数', null, '县公安局（仅供参考）']);
  F.push([4, '行政村（村民委员会）', 134, '个', '站点覆盖基数（200个以上按200）', '—', '县民政局']);
  F.push([5, '居民委员会（社区）', 15, '个', '不计入行政村', null, '县民政局']);
  F.push([6, '省定贫困村', 16, '个', null, null, '县乡村振兴局']);
  sec('二、组织领导');
  F.push([7, '领导小组组长', '县委副书记、县长', null, '县政府主要领导牵头', '—', '阳西府办〔2019〕66号']);
  F.push([8, '参与部门', '县商务局、县财政局、县农业农村局、县乡村振兴局、县市场监管局、县交通运输局、县邮政分公司', null, '商务、财政、农业、扶贫等部门参与', '—', null]);
  F.push([9, '示范县工作方案', '已正式印发', null, '正式印发', '—', '阳西府办〔2020〕12号']);
  F.push([10, '支持农村电商发展政策', '已出台', null, '出台并得到较好落实', '—', '阳西府办函〔2020〕58号']);
  sum('组织领导2分；方案制定2分；政策支持1分（政策落实面较窄）；项目管理3分（项目管理制度2分，工作台账1分，台账登记不够及时）。');
  sec('三、县级中心及产业园');
  F.push([11, '县级电子商务公共服务中心投入运营时间', '2020.11.18', null, '2021年2月28日前（运行满6个月）', '↑', '中心揭牌新闻、运营合同']);
  F.push([12, '免费培训场所、培训设备', '有', null, '有', '—', '培训室60座']);
  F.push([13, '特色农产品免费展示、销售', '有', null, '有', '—', null]);
  F.push([14, '免费摄影、美工服务', '无', null, '有', '↓', '摄影棚设备未到位']);
  F.push([15, '农产品统一推广、品牌建设指导', '有', null, '有', '—', '“阳西好味”区域公用品牌']);
  F.push([16, '其他衍生增值服务', '有', null, '有', '—', '代办营业执照、商标注册咨询']);
  F.push([17, '电商产业园', '已整合优化', null, '建设或整合、优化', '—', '阳西县电商产业园（原织篢工业园B栋）']);
  F.push([18, '产业园入驻企业', 18, '家', '≥20家', '↓', '见“入驻企业”表']);
  F.push([19, '入驻企业类型', 4, '类', '≥3类', '↑', '销售型、平台型、运营商、物流']);
  sum('县级中心及产业园12分（免费摄影美工、入驻企业数量两项未得分）。');
  sec('四、村级站点覆盖');
  F.push([20, '已建站点的行政村', 98, '个', '≥94个（70%）', '↑', '见“站点台账”']);
  F.push([21, '已建站点的省定贫困村', 16, '个', '16个（100%）', '—', `含9月1日挂牌的上洋镇${lateV.base}村`]);
  sum('村级站点覆盖10分（行政村覆盖率73.1%，5分；省定贫困村全覆盖，5分）。');
  sec('五、农村产品上行');
  F.push([22, '农产品网络销售调研', '已形成调研报告并报市商务局', null, '形成针对性建议', '—', '《阳西县农产品网络销售调研报告》']);
  F.push([23, '农村产品网络促销活动', '开展“程村蚝”“沙扒鱼干”线上促销3场', null, '成效明显', '—', null]);
  F.push([24, '专业第三方电商运营服务商', '有', null, '有', '—', '广东粤西网络科技有限公司']);
  F.push([25, '行政村物流快递覆盖率', 100, '%', '100%', '—', '县邮政分公司证明']);
  F.push([26, '农产品电商交易标准、冷链及溯源', '溯源平台已建成，交易标准未出台', null, '出台标准，建立冷链、溯源', '↓', null]);
  F.push([27, '2019年农村网络零售额', 8.62, '亿元', null, null, '省商务厅反馈数据']);
  F.push([28, '2020年农村网络零售额', 10.35, '亿元', null, null, '省商务厅反馈数据']);
  F.push([29, '农村网络零售额同比增速', 20.1, '%', '≥30%', '↓', null]);
  F.push([30, '2019年农产品网络零售额', 18500, '万元', null, null, '省商务厅反馈数据']);
  F.push([31, '2020年农产品网络零售额', 24600, '万元', null, null, '省商务厅反馈数据']);
  F.push([32, '农产品网络零售额同比增速', 33, '%', '≥30%', '↑', null]);
  sum('农村产品上行9分（网销调研2分，网络促销2分，第三方1分，快递覆盖1分，交易标准与冷链溯源1分，增速2分）。');
  sec('六、电商人才培训');
  F.push([33, '培训人次', '4,210', '人次', '≥4,563（常住人口1%）', '↓', '0.92%']);
  F.push([34, '有劳动能力的建档立卡贫困人口（不含外出务工）', '2,860', '人', null, null, '县乡村振兴局确认']);
  F.push([35, '参加培训的建档立卡贫困人口', '1,502', '人', '≥1,430（50%）', '↑', '52.5%']);
  sum('电商人才培训18分（培训人次8分，贫困人口培训率10分）。');
  sec('七、信息公开及报送');
  F.push([36, '政府网站公开专栏', '已设立', null, '设立', '—', '县政府门户网站']);
  F.push([37, '专栏公示创建方案', '是', null, '是', '—', null]);
  F.push([38, '专栏公示项目基本信息', '是', null, '是', '—', null]);
  F.push([39, '专栏公示项目建设进度', '是', null, '是', '—', null]);
  F.push([40, '征求意见或监督举报窗口', '是', null, '是', '—', '监督电话0662-55XXXXX']);
  F.push([41, '专栏更新频次', '按月', null, '按月更新', '—', null]);
  F.push([42, '每月向市商务局报送工作情况', '是', null, '每月', '—', '见“月报登记”']);
  F.push([43, '电商扶贫统计', '能', null, '能统计', '—', null]);
  sum('信息公开4分；数据上报6分。');
  sec('八、宣传推广');
  F.push([44, '向市商务局报送经验材料', 2, '篇', '≥1篇', '↑', '见“经验材料”']);
  F.push([45, '主流媒体报道', '省级、市级、县级', null, '省级4分、市级3分、县级1分', '—', '南方日报、阳江日报、阳西县融媒体中心等']);
  F.push([46, '电商扶贫典型案例电视播报', '省级', null, '国家级2分、省级1分', '—', '2021年6月18日《广东新闻联播》']);
  sum('案例总结2分；经验推广8分；加分项：电商扶贫典型案例电视播报1分，贫困人口培训率未达70%，0分。');
  sec('九、资金管理');
  F.push([47, '下达省级专项资金', 500, '万元', null, null, '阳财工〔2019〕XX号']);
  F.push([48, '累计拨付资金', 391.26, '万元', null, null, '截至8月31日']);
  F.push([49, '资金支出率', 78.25, '%', '≥70%', '↑', null]);
  F.push([50, '资金管理制度', '已制定', null, '有', '—', '《阳西县省级电子商务进农村综合示范专项资金管理办法》']);
  F.push([51, '资金专用台账', '已建立', null, '有', '—', null]);
  F.push([52, '项目总体进度', 92, '%', '≥40%', '↑', null]);
  sum('制度建立4分；资金台账4分；资金支出4分。');
  sec('十、否决项筛查');
  F.push([53, '安全生产、质量事故或重大经济损失', '未发生', null, '未发生', '—', null]);
  F.push([54, '弄虚作假', '无', null, '无', '—', null]);
  F.push([]);
  F.push(['体检结论：自评总分90分（基础分89分，加分1分）。需关注：①产业园入驻企业18家，未达20家；②中心摄影美工服务尚未开展；③培训人次占常住人口0.92%，未达1%。']); fm.push(`A${F.length}:G${F.length}`);
  F.push(['主检：冯××（电商股）　　　审核：陈××（副局长）']); fm.push(`A${F.length}:G${F.length}`);
  const factSheet = { name: '体检表', rows: pad(F, 7), merges: fm };

  const sheets = [factSheet, villageSheet, stationSheet, trainSheet, entSheet, fundSheet, repSheet, discSheet, medSheet, matSheet];

  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
    'work.center': 12, 'work.coverage': 8, 'work.upward': 9, 'work.training': 18,
    'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 5,
    'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 0, 'bonus.tvCase': 1,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  const scored = Object.entries(points).filter(([k]) => !k.startsWith('bonus') && !k.startsWith('veto')).reduce((a, [, v]) => a + v, 0);
  assert(scored === 83, 'scored ' + scored);
  const claimed = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
    'work.center': 12, 'work.coverage': 10, 'work.upward': 9, 'work.training': 18,
    'info.disclosure': 4, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 0, 'bonus.tvCase': 1,
  };
  const claimedSum = Object.values(claimed).reduce((a, b) => a + b, 0);
  assert(claimedSum === 90, 'claimed ' + claimedSum);

  write('counties', 'b46-c1-yangxi.json', {
    description: '阳西县（阳江）商务局整本考评工作簿（10个表）：事实表是电商股仿体检报告做的《考评指标“体检”报告单》（序号|检查项目|检查结果|单位|参考区间（省考评标准）|提示↑↓|检查依据），每节末一行“小结”用句子写各指标自评分（判断项和自评分只在小结里）；村居名单一镇一列、村名竖排、★标贫困村、“——居委会——”分隔；站点、培训（一格“线上120+线下45”、回放行“—”、截止日后一期）、入驻企业、资金、月报、专栏、宣传、经验材料台账。',
    sheets,
    expect: { asOf: CUT, total: 84, bonus: 1, vetoed: false, points, claimed },
    derivation: [
      'org.leadership: 组长“县委副书记、县长”（主要领导），参与部门含商务、财政、农业农村、乡村振兴 → 2',
      'org.plan: 方案已正式印发，小结自评方案制定2分 → 2',
      'org.policy: 政策已出台，小结自评政策支持1分 → 1',
      'org.management: 小结自评项目管理制度2分＋工作台账1分 → 3',
      'work.center: 中心2020-11-18运营（≤截止日2分；≤2021-02-28 2分）＋免费培训2＋展示1＋摄影美工“无”0＋品牌1＋其他1＋产业园（台账非空、已整合优化）2＋在园企业18家（21家中2家截止日前退出、1家9月6日入驻；9月15日退出的仍在园）<20 → 0＋类型4种（销售、平台、运营商、物流）≥3 → 1 = 12',
      `work.coverage: 村居名单134个行政村（15个居委会不计），站点台账截止日前覆盖98个（织篢镇${stations[0].v.base}村两站算一村，城东社区站不计）= 73.1% ≥70% → 5；省定贫困村16个，截止日前覆盖15个（上洋镇${lateV.base}村站点2021-09-01挂牌）= 93.75% → 3；合计8`,
      'work.upward: 网销调研2＋网络促销2＋第三方1＋快递（村名单无快递列，按填报覆盖率100%）1＋交易标准与冷链溯源1＋农产品网零24600/18500万元=+32.97% ≥30% → 2（农村网零+20.07%不够，但任一即可）= 9',
      'work.training: 培训台账截止日前人次4,210（含“线上120+线下45”=165，回放行不计，第32期2021-09-09不计）÷ min(456,300, 500,000) = 0.9226% → 0.8%–1% → 8；无贫困人口名单，按填报参训1,502 ÷ 有劳动能力不含外出2,860 = 52.52% ≥50% → 10；合计18',
      'info.disclosure: 专栏公示方案、项目信息、进度并设监督举报窗口 → 2；更新记录2020-09至2021-08共11个月有更新（缺2021年2月）→ 不定时 1；合计3',
      'info.reporting: 月报登记2020-09至2021-08每月都有报送 → 3；能统计电商扶贫（并有“是”的报送）→ 3；合计6',
      'promo.cases: 2021-01-12、2021-06-30向阳江市商务局报送经验材料 → 2',
      'promo.media: 截止日前有省级（南方日报、广东广播电视台）→ 4，县级（融媒体中心、阳西电视台）→ 1；阳江日报2021-09-02在截止日后，市级不计 → 5',
      'fund.system: 小结自评制度建立4分 → 4',
      'fund.ledger: 小结自评资金台账4分 → 4',
      'fund.spending: 截止日前拨付3,912,600 ÷ 5,000,000 = 78.25% ≥70%（9月8日26万元尾款不计）→ 自评及时拨付4分 → 4',
      'bonus.poorTraining: 贫困人口培训率52.52% <70% → 0',
      'bonus.tvCase: 电商扶贫典型案例2021-06-18广东广播电视台（省级电视）播出 → 1',
      'veto.incident: 填“未发生” → 0（不否决）',
      'veto.progress: 项目总体进度92% ≥40% → 0（不否决）',
      'veto.fraud: 填“无” → 0（不否决）',
      'total: 15项合计2+2+1+3+12+8+9+18+3+6+2+5+4+4+4 = 83，加分1 → 84；县自评90（站点覆盖10、信息公开4、经验推广8为多报）',
    ],
  });
}
caseYangxi();

// =====================================================================
// f1 连平县 — 基础数据表 accidentally sorted by the 单位 column
// =====================================================================
function caseLianping() {
  // original order (before the clerk's 升序 sort on column C)
  const orig = [
    ['一、', '基本情况', null, null, null],
    [1, '县（市、区）名称', null, '连平县', null],
    [2, '考评截止日期', '日期', D('2021-08-31'), null],
    [3, '常住人口', '万人', 32.87, '第七次全国人口普查'],
    [4, '行政村', '个', 152, null],
    [5, '社区（居委会）', '个', 16, '不计入行政村'],
    [6, '省定贫困村', '个', 34, null],
    ['二、', '组织领导', null, null, null],
    [7, '领导小组组长', null, '县委副书记、县长', null],
    [8, '领导小组成员单位', null, '县科工商务局、县财政局、县农业农村局、县乡村振兴局、县市场监督管理局、县交通运输局、县邮政分公司', null],
    [9, '正式印发示范县工作方案', '是/否', '是', '连府办〔2019〕41号'],
    [10, '出台支持农村电商发展政策', '是/否', '是', '连府办函〔2020〕17号'],
    ['三、', '服务体系', null, null, null],
    [11, '县级电子商务公共服务中心投入运营时间', '日期', '2020.10.16', null],
    [12, '中心服务功能', null, null, '12.1—12.5'],
    [12.1, '免费培训场所、培训设备，能组织电商基础培训', '有/无', '有', null],
    [12.2, '特色农产品免费展示、销售', '有/无', '有', null],
    [12.3, '免费摄影、美工服务', '有/无', '有', null],
    [12.4, '农产品统一推广、品牌建设指导', '有/无', '有', null],
    [12.5, '其他衍生增值服务', '有/无', '无', null],
    [13, '建设或整合、优化电商产业园', '是/否', '是', '整合原县物流园'],
    [14, '产业园入驻企业', '家', 23, null],
    [15, '专业第三方电子商务运营或服务商', '有/无', '有', null],
    [16, '行政村物流快递覆盖率', '%', 100, '县邮政分公司出具证明'],
    ['四、', '农村产品上行', null, null, null],
    [17, '农村网络零售额', null, null, '17.1—17.3'],
    [17.1, '2019年', '万元', 98650, null],
    [17.2, '2020年', '万元', '121,300', null],
    [17.3, '同比增速', '%', 22.96, null],
    [18, '农产品网络零售额', null, null, '18.1—18.3'],
    [18.1, '2019年', '万元', '21,480', null],
    [18.2, '2020年', '万元', 28750, null],
    [18.3, '同比增速', '%', 33.85, null],
    ['五、', '人才培训', null, null, null],
    [19, '电商培训人次', '人次', '3,412', '2019.10—2021.8'],
    [20, '有劳动能力的建档立卡贫困人口（不含外出务工）', '人', '2,146', '县乡村振兴局提供'],
    [21, '参加培训的建档立卡贫困人口', '人', '1,187', null],
    ['六、', '信息公开及报送', null, null, null],
    [22, '政府网站专栏公示内容', null, null, '22.1—22.4'],
    [22.1, '创建方案', '是/否', '是', null],
    [22.2, '项目基本信息', '是/否', '是', null],
    [22.3, '项目建设进度', '是/否', '是', null],
    [22.4, '征求意见或监督举报窗口', '是/否', '否', '拟9月增设'],
    [23, '能统计电商扶贫情况', '是/否', '是', null],
    ['七、', '资金管理', null, null, null],
    [24, '下达省级专项资金', '万元', 500, null],
    [25, '累计拨付资金', '万元', 376.4, '截至8月31日'],
    [26, '资金拨付率', '%', 75.28, null],
    [27, '制定资金管理制度', '是/否', '是', null],
    [28, '建立资金专用台账', '是/否', '是', null],
    [29, '项目总体进度', '%', 88, null],
    ['八、', '主观评分项自评', null, null, null],
    [30, '自评分', null, null, '30.1—30.10'],
    [30.1, '方案制定（1-2分）', '分', 2, null],
    [30.2, '政策支持（1-2分）', '分', 2, null],
    [30.3, '项目管理制度（1-2分）', '分', 2, null],
    [30.4, '工作台账（1-2分）', '分', 2, null],
    [30.5, '网销调研（1-2分）', '分', 1, null],
    [30.6, '网络促销活动（1-2分）', '分', 2, null],
    [30.7, '交易标准与冷链溯源（1-2分）', '分', 1, null],
    [30.8, '资金管理制度（1-5分）', '分', 5, null],
    [30.9, '资金台账（1-5分）', '分', 4, null],
    [30.1, '资金及时拨付（1-5分）', '分', 4, null], // typed 30.10, Excel kept the number 30.1
    ['九、', '一票否决项', null, null, null],
    [31, '发生安全生产、质量事故或造成重大经济损失', '是/否', '否', null],
    [32, '弄虚作假', '是/否', '否', null],
  ];
  // Excel (zh-CN) ascending sort on column C: symbols first, then pinyin; blanks last; stable.
  const order = ['%', '分', '个', '家', '人', '人次', '日期', '是/否', '万人', '万元', '有/无'];
  const key = (u) => (u === null ? 999 : order.indexOf(u));
  orig.forEach((r) => assert(r[2] === null || order.includes(r[2]), 'unit ' + r[2]));
  const sorted = orig.map((r, i) => [r, i]).sort((a, b) => key(a[0][2]) - key(b[0][2]) || a[1] - b[1]).map((x) => x[0]);
  const rows = [
    ['连平县电子商务进农村综合示范创建考评基础数据表', null, null, null, null],
    ['填报单位：连平县科工商务局（盖章）', null, null, '填报日期：2021年9月2日', null],
    ['序号', '项目', '单位', '数值', '备注'],
    ...sorted,
    [],
    ['注：金额单位为万元，人口单位为万人，比例单位为%。', null, null, null, null],
    ['填表人：赖××　　　审核人：谢××　　　联系电话：0762-43XXXXX', null, null, null, null],
  ];
  const n = rows.length;
  write('facts', 'b46-f1-lianping.json', {
    description: '连平县（河源）科工商务局填的《考评基础数据表》（序号|项目|单位|数值|备注），经办人核对单位时对数据区按“单位”列升序排了序：行按 %｜分｜个｜家｜人｜人次｜日期｜是/否｜万人｜万元｜有/无｜空白 归堆，序号全乱，“一、基本情况”等节标题和“17 农村网络零售额”“18 农产品网络零售额”“22 专栏公示内容”“30 自评分”这些父项（单位空白）都沉到表底，子项“2019年”“2020年”“同比增速”“创建方案”只能按序号 17.1/18.1… 对回父项；序号“30.10”被Excel存成30.1，与“30.1 方案制定”重号。',
    sheets: [{ name: '基础数据', rows: pad(rows, 5), merges: ['A1:E1', 'A2:C2', `A${n - 1}:E${n - 1}`, `A${n}:E${n}`] }],
    expect: {
      facts: {
        county: '连平县',
        asOf: '2021-08-31',
        residentPopulation: 328700,
        adminVillagesStated: 152,
        poorVillagesStated: 34,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-10-16',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: false,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 986500000,
        ruralRetail2020: 1213000000,
        agriRetail2019: 214800000,
        agriRetail2020: 287500000,
        ruralRetailGrowthStated: 0.2296,
        agriRetailGrowthStated: 0.3385,
        trainingPersonTimesStated: 3412,
        eligiblePoorPersonsStated: 2146,
        trainedPoorPersonsStated: 1187,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3764000,
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
        'org.management.ledger': 2,
        'work.upward.research': 1,
        'work.upward.promotion': 2,
        'work.upward.standards': 1,
        'fund.system': 5,
        'fund.ledger': 4,
        'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  });
}
caseLianping();

// =====================================================================
// f2 大埔县 — 审计局专项审计调查工作底稿
// =====================================================================
function caseDabu() {
  const rows = [];
  const m = [];
  const full = (t) => { rows.push([t]); m.push(`A${rows.length}:F${rows.length}`); };
  full('审 计 工 作 底 稿');
  rows.push(['被审计单位：大埔县商务局', null, null, null, '索引号：DP-SJ-2021-07-B3', null]); m.push('A2:D2', 'E2:F2');
  rows.push(['审计（调查）事项：2019年省级电子商务进农村综合示范项目专项审计调查', null, null, null, '页次：第1页 共1页', null]); m.push('A3:D3', 'E3:F3');
  rows.push(['审计实施期间：2021年9月6日—9月10日', null, null, null, '审计组：县审计局经济责任审计股', null]); m.push('A4:D4', 'E4:F4');
  rows.push(['编制人：李××　　编制日期：2021年9月8日', null, null, null, '复核人：张××　　复核日期：2021.9.10', null]); m.push('A5:D5', 'E5:F5');
  rows.push(['序号', '审计（调查）内容', '审计程序', '审计记录（事实及证据）', '证据索引', '审计结论']);
  const body = [
    ['组织领导', '查阅领导小组成立及调整文件、会议纪要',
      '2019年11月，县政府办印发《关于成立大埔县电子商务进农村综合示范工作领导小组的通知》（埔府办〔2019〕45号），由分管副县长任组长。2020年7月因人事变动调整领导小组（埔府办〔2020〕31号），调整后由县委副书记、县长任组长，县商务局、县财政局、县农业农村局、县扶贫办（现县乡村振兴局）、县市场监管局、县邮政管理局等为成员单位。',
      'B3-1-1～2', '机构健全，未发现问题。'],
    ['方案及政策', '查阅正式印发文件',
      '《大埔县电子商务进农村综合示范县工作方案》已于2019年12月正式印发（埔府办〔2019〕52号）；《大埔县支持农村电子商务发展的若干措施》已于2020年4月出台（埔府〔2020〕9号），对网店开办、物流配送、人才培训给予奖补。',
      'B3-1-3～4', '未发现问题。'],
    ['项目管理', '查阅项目管理制度、工作台账，抽查3个子项目验收资料',
      '已制定《大埔县电子商务进农村综合示范项目管理办法》，建立项目工作台账，抽查的3个子项目均经第三方验收。被审计单位自评：项目管理制度2分，工作台账2分。',
      'B3-2-1', '未发现问题。'],
    ['资金下达', '核对省财政下达文件及专户收款凭证',
      '省财政厅下达我县2019年省级电子商务进农村综合示范专项资金500万元（粤财工〔2019〕312号），2019年12月20日全额到账县财政专户。',
      'B3-3-1', '未发现问题。'],
    ['资金拨付', '逐笔核对国库集中支付凭证、承建单位收款收据',
      '被审计单位报送“累计拨付412.8万元”。经逐笔核对，其中2021年9月3日支付梅州市粤通物流有限公司的尾款21.5万元发生在考评截止日（2021年8月31日）之后，应予剔除。截至2021年8月31日实际累计拨付391.3万元，资金支出率78.26%。',
      'B3-3-2～15', '报送数含截止日后支付，已作审计调整。'],
    ['资金管理制度', '查阅资金管理办法及执行情况',
      '已制定《大埔县省级电子商务进农村综合示范专项资金管理办法（试行）》（埔商〔2020〕6号），明确资金支持方向、拨付程序和考核问责。被审计单位自评制度建立5分。',
      'B3-3-16', '未发现问题。'],
    ['资金台账', '检查承建单位资金专用台账及记账凭证',
      '6家承建单位均建立了资金专用台账；其中1家（大埔县客韵农业发展有限公司）台账未逐月登记，已要求整改。被审计单位自评资金台账5分、资金及时拨付4分。',
      'B3-3-17～22', '基本规范，个别需整改。'],
    ['项目进度', '现场查看，核对验收报告',
      '27个建设子项目中已完工验收24个、在建3个，按投资额计算项目总体进度为91%。',
      'B3-4-1', '未发现问题。'],
    ['县级公共服务中心', '现场查看，查阅运营合同',
      '县电子商务公共服务中心位于湖寮镇，于2020年9月28日正式投入运营，由第三方运营服务商梅州市埔商电子商务有限公司运营。中心设有免费培训室（配电脑40台），为本地农特产品提供免费展示、销售服务，为电商主体提供免费摄影、美工服务。',
      'B3-5-1～3', '未发现问题。'],
    ['电商产业园', '现场查看',
      '整合原三河镇物流园区建设县电商产业园，截至2021年8月31日在园企业17家。',
      'B3-5-4', '—'],
    ['电商培训', '抽查培训签到表、影像资料',
      '被审计单位台账登记培训5,126人次。抽查发现第7期（2020年12月17日，高陂镇）238人次在台账中重复录入，核减后截至2021年8月31日培训4,888人次，占全县常住人口（37.38万人）的1.31%。',
      'B3-6-1～9', '台账重复录入，已作审计调整。'],
    ['贫困人口培训', '核对县乡村振兴局出具的名单',
      '经县乡村振兴局确认，全县有劳动能力的建档立卡贫困人口4,106人，其中外出务工1,583人，不含外出务工的2,523人；其中参加过电商培训的1,380人，培训率54.7%。',
      'B3-6-10', '未发现问题。'],
    ['信息公开', '登录县政府门户网站核查',
      '县政府门户网站设有“电子商务进农村综合示范”专栏，已公开创建方案、项目基本信息和建设进度；未设置征求意见或监督举报窗口。',
      'B3-7-1', '专栏未设监督举报窗口，建议增设。'],
    ['安全生产及真实性', '询问、查阅相关资料',
      '审计期间未发现项目建设中发生安全生产、质量事故或造成重大经济损失的情况，未发现弄虚作假问题。',
      'B3-8-1', '未发现问题。'],
  ];
  body.forEach((b, i) => rows.push([i + 1, ...b]));
  rows.push([]);
  full('附：审计调整事项汇总');
  rows.push(['序号', '调整事项', '被审计单位报送数', '审计核实数', '调整数', '原因']);
  rows.push([1, '累计拨付资金（万元）', 412.8, 391.3, -21.5, '含截止日后支付的尾款']);
  rows.push([2, '培训人次', '5,126', '4,888', -238, '第7期重复录入']);
  rows.push([]);
  full('审计小结：项目资金使用总体规范，截至2021年8月31日资金支出率78.26%，项目总体进度91%；存在台账重复录入、专栏缺少监督举报窗口、个别承建单位资金台账登记不及时等问题，已提出整改建议。');
  full('审计人员（签名）：李××　陈××　　　　　　　　　　复核人（签名）：张××');
  write('facts', 'b46-f2-dabu.json', {
    description: '大埔县（梅州）审计局对省级电子商务进农村示范项目专项审计调查的《审计工作底稿》（表头块：被审计单位、索引号、审计实施期间、编制/复核人；正文 序号|审计内容|审计程序|审计记录|证据索引|审计结论），事实全在“审计记录”句子里：领导小组先由分管副县长、2020年7月调整为县长任组长；累计拨付和培训人次是“报送数”经审计剔除截止日后支付、核减重复录入后的核实数（下方“审计调整事项汇总”报送数与核实数并列）；有劳动能力贫困人口4,106人含外出务工；被审计单位的自评分夹在记录句子里。',
    sheets: [{ name: '审计底稿B3', rows: pad(rows, 6), merges: m }],
    expect: {
      facts: {
        asOf: '2021-08-31',
        residentPopulation: 373800,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-09-28',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        trainingPersonTimesStated: 4888,
        eligiblePoorPersonsStated: 2523,
        trainedPoorPersonsStated: 1380,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        fundAllocated: 5000000,
        fundSpentStated: 3913000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.91,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.management.system': 2,
        'org.management.ledger': 2,
        'fund.system': 5,
        'fund.ledger': 5,
        'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  });
}
caseDabu();

// =====================================================================
// f3 德庆县 — “对标争星”自评表：判断项按分数画★/☆，标签用缩略语
// =====================================================================
function caseDeqing() {
  const stars = (got, max) => '★'.repeat(got) + '☆'.repeat(max - got);
  const rows = [];
  const m = [];
  const full = (t) => { rows.push([t]); m.push(`A${rows.length}:F${rows.length}`); };
  full('德庆县创建省级电子商务进农村综合示范县“对标争星”自评表');
  full('填报单位：德庆县商务局　　考评截止日：2021.8.31　　填报人：梁××　　联系电话：0758-77XXXXX');
  full('缩略语：中心＝县级电子商务公共服务中心；网零＝农村网络零售额；农网零＝农产品网络零售额；建贫＝建档立卡贫困人口；有劳＝有劳动能力；外出＝外出务工；专栏＝县政府网站电子商务进农村综合示范专栏。');
  full('星级：主观评分项按所得分数画★，未得的分值画☆（如1-2分项得1分画“★☆”，1-5分项得4分画“★★★★☆”）；其余事项只在“完成情况”栏据实填写，不评星。');
  rows.push(['序号', '类别', '事项', '完成情况', '星级', '佐证']);
  const body = [
    ['基本', '县名', '德庆县', null, null],
    ['基本', '常住人口', '33.5万', null, '七普'],
    ['基本', '行政村', '182个（另有社区13个）', null, '县民政局'],
    ['基本', '省定贫困村', '29个', null, '县乡村振兴局'],
    ['组织', '领导小组', '组长：县委常委、常务副县长；成员：商务、财政、农业农村、乡村振兴等12个单位', null, '德府办〔2019〕73号'],
    ['组织', '方案', '已印发', stars(2, 2), '德府办函〔2019〕88号'],
    ['组织', '政策', '已出台', stars(1, 2), '德府办〔2020〕21号'],
    ['组织', '项目管理制度', '已制定', stars(2, 2), null],
    ['组织', '工作台账', '已建立', stars(2, 2), null],
    ['中心', '中心投运', '2020年12月18日', null, '开业照片'],
    ['中心', '免费培训场所设备', '有', null, null],
    ['中心', '免费展示销售', '有', null, '德庆贡柑、肉桂展销区'],
    ['中心', '免费摄影美工', '有', null, null],
    ['中心', '统一推广、品牌指导', '有', null, '“德庆贡柑”区域公用品牌'],
    ['中心', '其他增值服务', '有（金融、法律咨询对接）', null, null],
    ['中心', '产业园', '整合优化德庆县电商物流园', null, null],
    ['上行', '网销调研', '形成《德庆县农产品网络销售调研报告》', stars(2, 2), null],
    ['上行', '网络促销', '“德庆贡柑节”线上促销等4场', '★★（2星）', null],
    ['上行', '第三方', '有', null, '肇庆市德商电子商务有限公司'],
    ['上行', '快递进村', '行政村全覆盖', null, '县邮政管理部门证明'],
    ['上行', '交易标准/冷链/溯源', '建成贡柑溯源系统，冷链在建', stars(1, 2), null],
    ['上行', '19年网零', '11.26亿', null, '省商务厅数据'],
    ['上行', '20年网零', '13.84亿', null, '省商务厅数据'],
    ['上行', '19年农网零', '2.05亿', null, '省商务厅数据'],
    ['上行', '20年农网零', '2.71亿', null, '省商务厅数据'],
    ['上行', '农网零增速', '32.2%', null, null],
    ['培训', '培训人次', '3,620人次', null, '签到表'],
    ['培训', '有劳建贫（不含外出）', '1,954人', null, '县乡村振兴局确认'],
    ['培训', '参训建贫', '1,071人', null, null],
    ['公开', '专栏', '已设立，公示创建方案、项目基本信息、建设进度，设监督举报电话', null, null],
    ['公开', '扶贫统计', '每月随月报报送', null, null],
    ['资金', '下达', '500万', null, null],
    ['资金', '累计拨付（截至8.31）', '402.5万', null, null],
    ['资金', '资金管理制度', '已制定', '★★★★★（5星）', null],
    ['资金', '资金台账', '已建立', stars(4, 5), null],
    ['资金', '及时拨付', '按建设进度拨付', stars(4, 5), null],
    ['资金', '总体进度', '95%', null, null],
    ['否决', '安全、质量事故/重大损失', '无', null, null],
    ['否决', '弄虚作假', '无', null, null],
  ];
  const start = rows.length + 1;
  body.forEach((b, i) => rows.push([i + 1, ...b]));
  // 类别 merged vertically
  let s = 0;
  for (let i = 1; i <= body.length; i++) {
    if (i === body.length || body[i][0] !== body[s][0]) {
      if (i - 1 > s) m.push(`B${start + s}:B${start + i - 1}`);
      for (let k = s + 1; k < i; k++) rows[start - 1 + k][1] = null;
      s = i;
    }
  }
  rows.push([]);
  full('填表说明：星级由局务会审定；“完成情况”中金额单位“亿”“万”均指人民币元。');
  full('局长（签字）：　　　　　　　　　　　　　　2021年9月6日');
  write('facts', 'b46-f3-deqing.json', {
    description: '德庆县（肇庆）商务局的《“对标争星”自评表》（序号|类别|事项|完成情况|星级|佐证，类别纵向合并）：主观评分项的自评分只用星表示（★为得分、☆为未得分，“★☆”=1分、“★★★★☆”=4分，两格写成“★★（2星）”“★★★★★（5星）”），是否/数值事项写在完成情况里；事项名全用缩略语（中心投运、19年农网零、有劳建贫（不含外出）、参训建贫），含义只在表头上方的缩略语行；组长为县委常委、常务副县长。',
    sheets: [{ name: '争星自评', rows: pad(rows, 6), merges: m }],
    expect: {
      facts: {
        county: '德庆县',
        asOf: '2021-08-31',
        residentPopulation: 335000,
        adminVillagesStated: 182,
        poorVillagesStated: 29,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-12-18',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 1126000000,
        ruralRetail2020: 1384000000,
        agriRetail2019: 205000000,
        agriRetail2020: 271000000,
        agriRetailGrowthStated: 0.322,
        trainingPersonTimesStated: 3620,
        eligiblePoorPersonsStated: 1954,
        trainedPoorPersonsStated: 1071,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4025000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.95,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2,
        'org.policy': 1,
        'org.management.system': 2,
        'org.management.ledger': 2,
        'work.upward.research': 2,
        'work.upward.promotion': 2,
        'work.upward.standards': 1,
        'fund.system': 5,
        'fund.ledger': 4,
        'fund.spending': 4,
      },
      leadership: 'deputy',
    },
  });
}
caseDeqing();

// =====================================================================
// l1 台山市 — 邮政《建制村快递服务通达情况统计表》 + 网站后台操作日志
// =====================================================================
function caseTaishan() {
  // ---- villages (postal list) ----
  const towns = [
    ['端芬镇', [
      ['上泽村委会', '邮快合作', '中通、韵达', '是'], ['山底村委会', '邮快合作', '中通、韵达', '是'], ['东宁村委会', '驻村设点', '中通、圆通、申通', '是'],
      ['海阳村委会', '邮快合作', '韵达', '是'], ['那泰村委会', '邮快合作', '中通、韵达', '是'], ['龙山村民委员会', '快快合作', '圆通、申通', '是'],
      ['大湾村委会', '邮快合作', '中通', '是'], ['塘美村委会', '邮快合作', '中通、韵达', '是'], ['西村村委会', '驻村设点', '极兔', '是'],
      ['汀江村委会', '邮快合作', '中通、韵达', '是'], ['庙边村委会', '邮快合作', '韵达', '是'], ['隆文村民委员会', '快快合作', '圆通', '是'],
      ['蟹岗村委会', '邮快合作', '中通', '是'], ['平安村委会', '邮快合作', '中通、韵达', '是'],
    ]],
    ['都斛镇', [
      ['南村村委会', '邮快合作', '中通、韵达', '是'], ['莘村村委会', '邮快合作', '中通', '是'], ['大纲村委会', '驻村设点', '中通、圆通', '是'],
      ['丰江村委会', '邮快合作', '韵达', '是'], ['西南村委会', '—', '—', '否', '村民到镇网点自取'], ['大同村委会', '邮快合作', '中通、韵达', '是'],
      ['新一村委会', '快快合作', '申通', '是'], ['新二村委会', '快快合作', '申通', '是'], ['东坑村民委员会', '邮快合作', '中通', '是'],
      ['龙和村委会', '邮快合作', '韵达', '是'], ['莘湾村委会', '交邮合作', '中通、韵达', '是', '客运班车捎带'], ['黄屋村委会', '邮快合作', '中通', '是'],
    ]],
    ['赤溪镇', [
      ['田头村委会', '—', '—', '否', '海岛，村民到镇网点自取'], ['曹冲村委会', '邮快合作', '中通', '是'], ['渡头村委会', '邮快合作', '中通、韵达', '是'],
      ['东联村委会', '交邮合作', '韵达', '是'], ['长沙村委会', '邮快合作', '中通', '是'], ['冲金村委会', '—', '—', '否', '偏远山区，每周二、五集中投递至镇网点'],
      ['铜鼓村委会', '驻村设点', '中通、圆通', '是'], ['坑口村委会', '邮快合作', '中通', '是'],
    ]],
  ];
  const rows = [];
  const m = [];
  rows.push(['台山市建制村快递服务通达情况统计表（第三片区：端芬镇、都斛镇、赤溪镇）']); m.push('A1:H1');
  rows.push(['填报单位：江门市邮政管理局台山监管组（台山市邮政业安全中心）', null, null, null, null, '统计时间：2021年8月', null, null]); m.push('A2:E2', 'F2:H2');
  rows.push(['序号', '乡镇', '建制村名称', '通邮情况', '快递进村情况', null, null, '备注']);
  rows.push([null, null, null, null, '进村方式', '合作快递企业', '是否实现快递进村', null]);
  m.push('A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:G3', 'H3:H4');
  const recs = [];
  let no = 0;
  towns.forEach(([town, vs]) => {
    const first = rows.length + 1;
    vs.forEach((v, i) => {
      no++;
      const tong = town === '赤溪镇' && i === 0 ? '是（邮政代办点）' : '是';
      rows.push([no, i === 0 ? town : null, v[0], tong, v[1], v[2], v[3], v[4] || null]);
      recs.push({ name: v[0], admin: true, poor: null, express: v[3] === '是' });
    });
    m.push(`B${first}:B${rows.length}`);
  });
  rows.push(['小计', null, `建制村${no}个，已实现快递进村${recs.filter((r) => r.express).length}个，覆盖率${(recs.filter((r) => r.express).length * 100 / no).toFixed(1)}%`]); m.push(`C${rows.length}:H${rows.length}`);
  rows.push(['附：镇区社区（非建制村，仅供参考）']); m.push(`A${rows.length}:H${rows.length}`);
  const ju = [['端芬镇', '端芬社区居委会', '是', '驻村设点', '各品牌', '是'], ['都斛镇', '都斛社区居委会', '是', '驻村设点', '各品牌', '是'], ['赤溪镇', '赤溪社区居委会', '是', '驻村设点', '中通、韵达', '是']];
  ju.forEach((j, i) => {
    rows.push([`附${i + 1}`, j[0], j[1], j[2], j[3], j[4], j[5], null]);
    recs.push({ name: j[1], admin: false, poor: null, express: true });
  });
  rows.push(['说明：1.“建制村”即行政村（村民委员会）；2.通邮指邮政普遍服务通达，不等于快递进村；3.“—”为未开通。']); m.push(`A${rows.length}:H${rows.length}`);
  rows.push(['填表人：伍××　　联系电话：0750-55XXXXX　　　　　　　　审核：陈××']); m.push(`A${rows.length}:H${rows.length}`);
  assert(no === 34, 'villages ' + no);
  const villageSheet = { name: '快递进村（邮政）', rows: pad(rows, 8), merges: m };

  // ---- CMS operation log ----
  const P = '首页>专题专栏>电子商务进农村综合示范>';
  const ev = []; // chronological
  const add = (t, who, op, colm, title, res, note) => ev.push([t, who, op, colm, title, res || '成功', note || null]);
  add('2020-09-10 09:05:12', 'tsswj_lin', '登录', '—', '—');
  add('2020-09-10 09:12:33', 'tsswj_lin', '新建', P + '项目建设进度', '台山市电子商务进农村综合示范项目建设进度（2020年8月）');
  add('2020-09-10 09:20:05', 'tsswj_lin', '提交审核', P + '项目建设进度', '台山市电子商务进农村综合示范项目建设进度（2020年8月）');
  add('2020-09-11 10:02:41', 'tszf_sh01', '审核通过', P + '项目建设进度', '台山市电子商务进农村综合示范项目建设进度（2020年8月）');
  add('2020-09-11 10:02:42', 'tszf_sh01', '发布', P + '项目建设进度', '台山市电子商务进农村综合示范项目建设进度（2020年8月）');
  add('2020-10-13 15:31:08', 'tsswj_lin', '提交审核', P + '项目建设进度', '台山市电子商务进农村综合示范项目建设进度（2020年9月）');
  add('2020-10-14 09:47:55', 'tszf_sh01', '审核退回', P + '项目建设进度', '台山市电子商务进农村综合示范项目建设进度（2020年9月）', '成功', '退回意见：附件缺盖章扫描件');
  add('2020-10-15 11:20:19', 'tsswj_lin', '修改', P + '项目建设进度', '台山市电子商务进农村综合示范项目建设进度（2020年9月）');
  add('2020-10-15 11:21:03', 'tsswj_lin', '提交审核', P + '项目建设进度', '台山市电子商务进农村综合示范项目建设进度（2020年9月）');
  add('2020-10-16 08:58:30', 'tszf_sh02', '审核通过', P + '项目建设进度', '台山市电子商务进农村综合示范项目建设进度（2020年9月）');
  add('2020-10-16 08:58:31', 'tszf_sh02', '发布', P + '项目建设进度', '台山市电子商务进农村综合示范项目建设进度（2020年9月）');
  add('2020-10-20 16:10:44', 'tsswj_huang', '发布', '首页>政务公开>通知公告', '关于组织企业参加2020年“双十一”网络促销活动的通知');
  add('2020-11-17 10:15:26', 'tszf_sh01', '发布', P + '项目建设进度', '台山市电子商务进农村综合示范项目建设进度（2020年10月）');
  add('2020-11-25 14:40:09', 'tszf_sh02', '发布', P + '项目基本信息', '台山市电子商务进农村综合示范项目基本信息公示（第二批）');
  add('2020-12-15 09:33:51', 'tszf_sh01', '发布', P + '项目建设进度', '台山市电子商务进农村综合示范项目建设进度（2020年11月）');
  add('2021-01-12 10:05:37', 'tszf_sh01', '发布', P + '项目建设进度', '台山市电子商务进农村综合示范项目建设进度（2020年12月）');
  add('2021-01-12 10:18:02', 'tszf_sh01', '发布', P + '监督举报', '关于更新电子商务进农村综合示范项目监督举报电话的公告');
  add('2021-02-08 16:55:14', 'tszf_sh02', '发布', P + '项目建设进度', '台山市电子商务进农村综合示范项目建设进度（2021年1月）', '失败', '敏感词校验未通过');
  add('2021-02-09 09:12:40', 'tszf_sh02', '发布', P + '项目建设进度', '台山市电子商务进农村综合示范项目建设进度（2021年1月）');
  add('2021-03-16 15:27:18', 'tszf_sh01', '发布', P + '项目建设进度', '台山市电子商务进农村综合示范项目建设进度（2021年2月）');
  add('2021-04-02 10:44:03', 'tsswj_lin', '删除', P + '项目建设进度', '（草稿）项目建设进度（2021年3月）-副本', '成功', '删除重复草稿');
  add('2021-04-13 11:08:56', 'tszf_sh02', '发布', P + '项目建设进度', '台山市电子商务进农村综合示范项目建设进度（2021年3月）');
  add('2021-05-31 17:40:00', 'tszf_sh01', '定时发布', P + '项目建设进度', '台山市电子商务进农村综合示范项目建设进度（2021年4月）', '成功', '设定于2021-06-01 09:00:00自动发布');
  add('2021-06-01 09:00:00', '系统', '发布', P + '项目建设进度', '台山市电子商务进农村综合示范项目建设进度（2021年4月）', '成功', '定时任务');
  add('2021-07-13 10:21:45', 'tszf_sh02', '发布', P + '项目建设进度', '台山市电子商务进农村综合示范项目建设进度（2021年5-6月）');
  add('2021-07-20 14:03:11', 'tsswj_huang', '发布', '首页>政务公开>部门动态', '市商务局召开电商进农村示范创建推进会');
  add('2021-08-10 09:50:27', 'tszf_sh01', '发布', P + '项目建设进度', '台山市电子商务进农村综合示范项目建设进度（2021年7月）');
  add('2021-09-02 10:36:14', 'tszf_sh01', '发布', P + '项目建设进度', '台山市电子商务进农村综合示范项目建设进度（2021年8月）');
  add('2021-09-06 15:18:40', 'tsswj_lin', '导出', '系统管理>操作日志', '—');
  const desc = ev.slice().reverse();
  const lrows = [];
  lrows.push(['台山市人民政府门户网站群内容管理系统 — 操作日志（导出时间：2021-09-06 15:20:11　导出人：tsswj_lin　筛选：操作人属于“市商务局、市政府办审核组”）']);
  lrows.push(['日志ID', '操作时间', '操作人', '操作类型', '栏目路径', '信息标题', '操作结果', '详情']);
  const drecs = [];
  desc.forEach((e, i) => {
    lrows.push([String(884210 - i * 37), ...e]);
    if (e[2] === '发布' && e[5] === '成功' && e[3].startsWith(P)) drecs.push({ date: e[0].slice(0, 10) });
  });
  lrows.push([]);
  lrows.push([`共${desc.length}条`]);
  assert(drecs.length === 14, 'disclosure recs ' + drecs.length);
  const logSheet = { name: '专栏后台日志', rows: pad(lrows, 8), merges: ['A1:H1'] };

  const note = { name: '说明', rows: [
    ['说明'],
    ['1.“快递进村（邮政）”一表由江门市邮政管理局台山监管组提供，本局未作改动，仅含第三片区三个镇。'],
    ['2.“专栏后台日志”为市政府网站内容管理系统原样导出，“发布”且结果为“成功”的才在网站上显示。'],
    ['3.专栏地址：台山市人民政府门户网站—专题专栏—电子商务进农村综合示范。'],
    ['台山市商务局电商股　2021年9月6日'],
  ] };
  write('ledgers', 'b46-l1-taishan.json', {
    description: '台山市（江门）商务局电商股交的两张转来的表加说明页：①邮政管理部门的《建制村快递服务通达情况统计表》（“建制村”即行政村；两行表头，“快递进村情况”合并在 进村方式|合作快递企业|是否实现快递进村 之上；左边“通邮情况”全是“是”但不等于通快递；乡镇纵向合并；小计行后“附：镇区社区（非建制村）”三行；无贫困村栏）；②市政府网站内容管理系统的操作日志原样导出（按时间倒序，登录、新建、提交审核、审核通过/退回、修改、删除、定时发布设置、导出都各占一行），只有专栏路径下“发布”且结果“成功”的行是一次专栏更新：2月8日发布失败次日重发、5月31日设的定时发布实际在6月1日由“系统”发布、通知公告和部门动态栏目的发布不算。',
    sheets: [villageSheet, logSheet, note],
    expect: {
      sheets: {
        '快递进村（邮政）': { kind: 'villages', records: recs },
        '专栏后台日志': { kind: 'disclosures', records: drecs },
        '说明': { kind: null },
      },
    },
  });
}
caseTaishan();

// =====================================================================
// l2 吴川市 — 市局月报通报附表（只有吴川一行是本市记录） + 出纳支付登记簿（金额只写大写）
// =====================================================================
function caseWuchuan() {
  const months = ['2020年9月', '10月', '11月', '12月', '2021年1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月'];
  const table = [
    ['遂溪县', ['10.9*', '11.9', '12.10', '1.8*', '2.8', '3.10', '4.9*', '5.10', '6.9', '7.9*', '8.10', '9.9'], 12, null],
    ['徐闻县', ['10.12迟*', '11.10', '12.9', '1.11迟', '2.9', '未', '4.12迟*', '5.8', '6.10', '7.12迟*', '8.9', '9.10'], 7, '2月未报送'],
    ['廉江市', ['10.9*', '11.6', '12.8', '1.7*', '2.5', '3.9', '4.8*', '5.10', '6.8', '7.7*', '8.9', '9.8'], 12, null],
    ['雷州市', ['10.10*', '11.10', '12.10', '1.15迟*', '2.10', '3.12迟', '4.10*', '5.11迟', '6.10', '7.10*', '8.10', '9.13迟'], 8, null],
    ['吴川市', ['10.9*', '11.10', '12.8', '1.8；1.20补*', '2.7', '3.15迟', '4.9*', '5.10', '6.9', '7.8*', '8.10', '9.7'], 11, '12月扶贫统计表1月20日补报'],
    ['坡头区', ['10.10', '11.9', '12.10', '1.8*', '2.9', '3.8', '未', '5.10*', '6.9', '7.9*', '8.6', '9.9'], 11, '4月未报送'],
    ['麻章区', ['10.9*', '11.10', '12.9', '1.8*', '2.10', '3.9', '4.9*', '5.7', '6.10', '7.9*', '8.10', '9.10'], 12, null],
  ];
  const rows = [];
  const m = [];
  const W = 15;
  const full = (t) => { rows.push([t]); m.push(`A${rows.length}:${col(W - 1)}${rows.length}`); };
  full('湛江市商务局');
  full('关于2020年9月至2021年8月各县（市、区）电子商务进农村综合示范工作月报报送情况的通报');
  full('湛商务函〔2021〕236号');
  full('各县（市、区）商务主管部门：');
  full('　　根据《关于建立电子商务进农村综合示范工作月报制度的通知》要求，各示范县（市、区）应于每月10日前将上月工作进展、成效及电商相关统计数据报送我局，并按季度随月报附报电商扶贫统计表。现将2020年9月至2021年8月各地报送情况通报如下：');
  full('　　一、总体情况。截至2021年9月13日，遂溪县、廉江市、麻章区12个月均按时报送；吴川市、坡头区各有1个月迟报或未报；徐闻县2021年2月、坡头区2021年4月未报送；雷州市迟报4次。');
  full('　　二、有关要求。请各地高度重视月报工作，严格按时报送，迟报、漏报的于9月20日前补报。');
  full('　　附表：各县（市、区）月报报送情况统计表');
  rows.push(['县（市、区）', ...months, '按时报送（次）', '备注']);
  const recs = [];
  table.forEach(([cty, cells, ontime, note]) => {
    rows.push([cty, ...cells, ontime, note]);
    if (cty !== '吴川市') return;
    cells.forEach((c, i) => {
      if (c === '未') return;
      // data month i → sent in following month
      const dataY = i < 4 ? 2020 : 2021;
      const dataM = i < 4 ? 9 + i : i - 3;
      c.split('；').forEach((part) => {
        const mm = part.match(/^(\d{1,2})\.(\d{1,2})/);
        const sm = +mm[1];
        const sy = sm < dataM ? dataY + 1 : dataY;
        assert(sm === (dataM % 12) + 1, 'send month ' + part);
        recs.push({ date: `${sy}-${String(sm).padStart(2, '0')}-${mm[2].padStart(2, '0')}`, poverty: part.includes('*') });
      });
    });
  });
  rows.push(['注：1.格内为报送日期（月.日），即报送该月月报的日期；2.“*”表示随月报附报电商扶贫统计表；3.“迟”为超过次月10日报送；“未”为未报送；4.“补”为补报。']);
  m.push(`A${rows.length}:${col(W - 1)}${rows.length}`);
  rows.push([null, null, null, null, null, null, null, null, null, null, '湛江市商务局办公室', null, null, null, null]); m.push(`K${rows.length}:O${rows.length}`);
  rows.push([null, null, null, null, null, null, null, null, null, null, '2021年9月13日', null, null, null, null]); m.push(`K${rows.length}:O${rows.length}`);
  assert(recs.length === 13, 'reports ' + recs.length);
  const repSheet = { name: '市局通报（月报）', rows: pad(rows, W), merges: m };

  // ---- 出纳支付登记簿 ----
  const pays = [
    [D('2020-08-14'), '记-08-003', '吴川市鉴江建筑工程有限公司', '公共服务中心装修工程预付款', 360000, '国库直接支付', null, true],
    ['2020.9.18', '记-09-011', '湛江市港城信息科技有限公司', '中心软硬件设备', 287500, '国库直接支付', null, true],
    ['2020年10月30日', '记-10-007', '吴川市吴阳电子商务有限公司', '村级站点建设（第一批，42个）', 630000, '国库直接支付', null, true],
    ['2020年11月26日', '记-11-015', '广东南粤教育咨询有限公司', '电商培训服务（第一期）', 158400, '国库直接支付', '退票（收款账号有误），款项已退回专户', false],
    ['2020.12.10', '记-12-004', '广东南粤教育咨询有限公司', '电商培训服务（第一期）（重新支付）', 158400, '国库直接支付', '11月26日退票后重新支付', true],
    ['—', '记-12-009', '（作废）', null, null, null, '凭证填写错误作废', false],
    ['2021/1/15', '记-01-006', '吴川市鉴江物流有限公司', '县乡村三级物流配送体系建设', 480000, '国库直接支付', null, true],
    ['21.3.22', '记-03-012', '吴川市吴阳电子商务有限公司', '村级站点建设（第二批）', 378000, '国库直接支付', null, true],
    [D('2021-05-20'), '记-05-008', '湛江市海湾文化传媒有限公司', '品牌培育及网络推广', 120560.5, '国库直接支付', null, true],
    ['2021.7.9', '记-07-005', '广东南粤教育咨询有限公司', '电商培训服务（第二期）', 96000, '国库直接支付', null, true],
    ['2021年8月27日', '记-08-013', '吴川市塘缀农业科技有限公司', '农产品溯源系统', 203000, '国库直接支付', null, true],
    ['2021.9.16', '记-09-004', '吴川市鉴江建筑工程有限公司', '公共服务中心装修工程尾款', 40000, '国库直接支付', '考评截止日后', true],
  ];
  const fr = [];
  fr.push(['吴川市省级电子商务进农村综合示范专项资金支付登记簿']);
  fr.push(['专户：吴川市财政局国库支付中心—电子商务进农村综合示范专项　　　　登记人：杨××（出纳）']);
  fr.push(['序号', '日期', '凭证号', '收款单位', '用途', '金额（大写）', '支付方式', '备注']);
  const frecs = [];
  let total = 0;
  pays.forEach((p, i) => {
    fr.push([i + 1, p[0], p[1], p[2], p[3], p[4] === null ? null : '人民币' + daxie(p[4]), p[5], p[6]]);
    if (p[7]) {
      const iso = typeof p[0] === 'object' ? p[0].date : (() => {
        let mm;
        if ((mm = p[0].match(/^(\d{4})[./](\d{1,2})[./](\d{1,2})$/))) return `${mm[1]}-${mm[2].padStart(2, '0')}-${mm[3].padStart(2, '0')}`;
        if ((mm = p[0].match(/^(\d{4})年(\d{1,2})月(\d{1,2})日$/))) return `${mm[1]}-${mm[2].padStart(2, '0')}-${mm[3].padStart(2, '0')}`;
        if ((mm = p[0].match(/^(\d{2})\.(\d{1,2})\.(\d{1,2})$/))) return `20${mm[1]}-${mm[2].padStart(2, '0')}-${mm[3].padStart(2, '0')}`;
        throw new Error('date ' + p[0]);
      })();
      frecs.push({ date: iso, amount: p[4] });
      total += p[4];
    }
  });
  total = Math.round(total * 100) / 100;
  assert(total === 2753460.5, 'total ' + total);
  fr.push(['合计（不含退票、作废）', null, null, null, null, '人民币' + daxie(total), null, null]);
  fr.push(['注：本簿金额按支付凭证大写金额登记；退票款项已退回专户，重新支付的另行登记。']);
  fr.push(['出纳：杨××　　　　会计：钟××　　　　股室负责人：李××']);
  const n = fr.length;
  const fundSheet = { name: '支付登记簿', rows: pad(fr, 8), merges: ['A1:H1', 'A2:H2', `A${n - 2}:E${n - 2}`, `A${n - 1}:H${n - 1}`, `A${n}:H${n}`] };

  write('ledgers', 'b46-l2-wuchuan.json', {
    description: '吴川市（湛江）商务局交的两张表：①把湛江市商务局的《月报报送情况通报》连正文一起录进来当月报台账——正文段落（合并整行）下是全市7个县区的附表，县区为行、2020年9月…2021年8月（数据所属月份）为列，格内是报送日期“月.日”（年份要按次月推：12月的月报“1.8”是2021年1月8日，8月的“9.7”在截止日后），“*”＝附报电商扶贫统计表、“迟”“未”“补”，一格“1.8；1.20补*”是两次报送；只有“吴川市”一行是本市记录；②出纳的《专项资金支付登记簿》，金额只写大写（“人民币壹拾贰万零伍佰陆拾元伍角”），11月26日一笔退票（12月10日重新支付另起一行）、一张作废凭证、合计行也用大写，9月一笔在截止日后。',
    sheets: [repSheet, fundSheet],
    expect: {
      sheets: {
        '市局通报（月报）': { kind: 'reports', records: recs },
        '支付登记簿': { kind: 'funds', records: frecs },
      },
    },
  });
}
caseWuchuan();
