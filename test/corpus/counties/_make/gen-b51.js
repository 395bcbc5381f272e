'use strict';
// Batch 51 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
// Batch 51 blind corpus cases. Deterministic: no randomness, no dependencies.
// Run: node test/corpus/batch51/gen.js
const fs = require('fs');

function write(sub, name, obj) {
  const dir = path.join(ROOT, sub);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), JSON.stringify(obj, null, 2) + '\n', 'utf8');
}
function assert(cond, msg) { if (!cond) throw new Error('assertion failed: ' + msg); }
const D = (s) => ({ date: s });

// ---------- ID numbers (valid check digit) ----------
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const C = '10X98765432';
function idWithCheck(body17) {
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(body17[i]) * W[i];
  return body17 + C[s % 11];
}
function makeId(area, birth, seq) { // seq: number 0..999
  return idWithCheck(area + birth + String(seq).padStart(3, '0'));
}
// an ID ending in X for the given area/birth, searching seq upward from start
function makeIdX(area, birth, start) {
  for (let q = start; q < 1000; q++) { const id = makeId(area, birth, q); if (id.endsWith('X')) return id; }
  throw new Error('no X id');
}

// ---------- names ----------
const SUR = ['李', '陈', '黄', '梁', '何', '吕', '冯', '张', '区', '易', '罗', '叶', '胡', '林', '谭', '周', '邓', '钟', '温', '刘'];
const GIV = ['伟强', '秀英', '志明', '丽华', '国华', '惠芳', '家豪', '玉兰', '建新', '美玲', '锦荣', '桂英', '少华', '彩霞', '振东', '月娥', '汉文', '金凤', '伯良', '少芬', '永康', '瑞珍', '炳坤', '艳红', '德胜', '淑贞', '海生', '小燕', '卓权', '凤仪', '树森', '爱群', '日新', '佩玲', '耀光', '翠屏', '焕章', '婉儿', '庆余', '敏仪'];
function nameAt(i) { return SUR[i % SUR.length] + GIV[(i * 7 + Math.floor(i / SUR.length)) % GIV.length]; }

// =====================================================================
// C1  鹤山市 whole-county workbook
// =====================================================================
function buildHeshan() {
  const AREA = '440784';
  // ---- villages ----
  // [name, type]  type: 'C' = 村委会 (行政村), 'S' = 社区居委会
  const towns = [
    ['沙坪街道', ['坡山村', '杰洲村', '雁山村', '赤坎村', '越塘村'], ['中东西社区', '玉桥社区', '楼冲社区', '文华社区', '西门社区', '鹤山社区']],
    ['龙口镇', ['三洞村', '青文村', '霄南村', '福迳村', '桔园村', '仁义村', '和乐村', '五福村', '龙口村', '联和村', '莲塘村'], ['龙口社区']],
    ['雅瑶镇', ['昆华村', '陈山村', '黄洞村', '南靖村', '隔朗村', '大岗村', '雅瑶村', '绿溪村', '中和村', '新屋村'], ['雅瑶社区']],
    ['古劳镇', ['上升村', '茶山村', '连北村', '大埠村', '麦水村', '丽水村', '双桥村', '三连村', '古劳村'], ['古劳社区']],
    ['桃源镇', ['甘棠村', '东坑村', '西南村', '中心村', '横坑村', '南坑村', '维敦村', '大岭村', '北湖村', '民族村'], ['桃源社区']],
    ['鹤城镇', ['鹤城村', '禾谷村', '城西村', '五星村', '坑尾村', '东升村', '小官田村', '南洞村', '良田村', '昆东村', '青溪村', '富城村'], ['鹤城社区', '金峰社区']],
    ['共和镇', ['来苏村', '平汉村', '铁岗村', '獭山村', '共和村', '大凹村', '里村村', '南门村', '泗云村'], ['共和社区']],
    ['址山镇', ['址山村', '昆阳村', '云乡村', '新昌村', '禾南村', '东溪村', '四九村', '马山村', '丰岗村', '冲口村', '凤岗村'], ['址山社区']],
    ['宅梧镇', ['宅梧村', '东门村', '泗合村', '上沙村', '下沙村', '沙田村', '白水带村', '靖村村', '双龙村', '横岗村'], ['宅梧社区']],
    ['双合镇', ['双合村', '合成村', '泗塘村', '水井村', '沙湾村', '松岭村', '大同村', '富岗村', '金岗村', '龙溪村', '石湾村'], ['双合社区']],
  ];
  const poorSet = new Set(['宅梧镇/泗合村', '宅梧镇/双龙村', '双合镇/松岭村', '双合镇/金岗村', '址山镇/云乡村', '鹤城镇/小官田村']);
  const villages = []; // {town, name, admin, poor}
  for (const [t, cs, ss] of towns) {
    for (const c of cs) villages.push({ town: t, name: c, admin: true, poor: poorSet.has(t + '/' + c) });
    for (const s of ss) villages.push({ town: t, name: s, admin: false, poor: false });
  }
  const adminCount = villages.filter(v => v.admin).length;
  const communityCount = villages.filter(v => !v.admin).length;
  assert(adminCount === 98, 'admin villages 98, got ' + adminCount);
  assert(communityCount === 16, 'communities 16, got ' + communityCount);
  assert(villages.filter(v => v.poor).length === 6, '6 poor');

  // villages WITHOUT any station on or before the cut-off (27)
  const uncovered = new Set([
    '沙坪街道/越塘村', '龙口镇/莲塘村', '龙口镇/联和村', '雅瑶镇/新屋村', '雅瑶镇/中和村', '雅瑶镇/绿溪村',
    '古劳镇/三连村', '古劳镇/双桥村', '桃源镇/民族村', '桃源镇/北湖村', '桃源镇/大岭村',
    '鹤城镇/富城村', '鹤城镇/青溪村', '鹤城镇/良田村', '共和镇/泗云村', '共和镇/南门村', '共和镇/里村村',
    '址山镇/冲口村', '址山镇/凤岗村', '址山镇/丰岗村', '宅梧镇/横岗村', '宅梧镇/沙田村',
    '双合镇/金岗村', '双合镇/石湾村', '双合镇/龙溪村', '双合镇/富岗村', '双合镇/大同村',
  ]);
  assert(uncovered.size === 27, 'uncovered 27');

  // ---- village list sheet (附1) ----
  const vRows = [
    ['附1', null, null, null, null, null, null],
    ['鹤山市村（居）民委员会名单', null, null, null, null, null, null],
    ['填报单位：鹤山市商务局（据市民政局2021年村（居）委会换届资料整理）', null, null, null, null, null, null],
    ['序号', '镇（街道）', '村（居）委会名称', '类别', '省定相对贫困村', '快递进村', '备注'],
  ];
  const vMerges = ['A2:G2', 'A3:G3'];
  let seq = 0;
  for (const [t] of towns) {
    const list = villages.filter(v => v.town === t);
    const startRow = vRows.length + 1;
    list.forEach((v, i) => {
      seq++;
      const nameCell = v.admin ? (seq % 5 === 0 ? v.name + '委会' : v.name + '民委员会') : v.name + '居民委员会';
      vRows.push([seq, i === 0 ? t : null, nameCell, v.admin ? '村委会' : '居委会', v.poor ? '是' : null, v.admin ? '√' : '—', v.name === '冲口村' ? '站点2021年9月挂牌' : null]);
    });
    if (list.length > 1) vMerges.push(`B${startRow}:B${startRow + list.length - 1}`);
  }
  vRows.push(['合计', null, `村委会${adminCount}个、居委会${communityCount}个`, null, '6', null, null]);
  vRows.push(['注：省定相对贫困村栏标“是”的为省定贫困村，空白为非贫困村；快递进村据鹤山邮政分公司、市交通运输局2021年7月核实情况填写，居委会不统计。', null, null, null, null, null, null]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);

  // ---- stations (附2), grouped by town with subtotal rows ----
  const fmtCycle = ['d', 't1', 'd', 't2', 'm', 'd', 't3'];
  const months = ['2020-06-18', '2020-07-09', '2020-08-20', '2020-09-16', '2020-10-12', '2020-11-05', '2020-12-10', '2021-01-14', '2021-03-05', '2021-04-08', '2021-05-13', '2021-06-10', '2021-07-08'];
  function fmtDate(iso, kind) {
    const [y, m, d] = iso.split('-').map(Number);
    if (kind === 'd') return D(iso);
    if (kind === 't1') return `${y}.${m}.${d}`;
    if (kind === 't2') return `${y}年${m}月${d}日`;
    if (kind === 't3') return `${y}/${m}/${d}`;
    if (kind === 'm') return `${y}年${m}月`;
    throw new Error(kind);
  }
  const sRows = [
    ['附2', null, null, null, null, null, null, null],
    ['鹤山市村级电子商务服务站点清单（按镇街）', null, null, null, null, null, null, null],
    ['序号', '站点名称', '所在村（社区）', '地址', '负责人', '联系电话', '挂牌时间', '备注'],
  ];
  const sMerges = ['A2:H2'];
  const stations = []; // {village key or null, openedIso (for counting), counts}
  let sNo = 0, k = 0;
  const townCN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  towns.forEach(([t], ti) => {
    const list = villages.filter(v => v.town === t);
    const entries = []; // [stationName, villageCell, iso, cell, note, countsFor]
    for (const v of list) {
      const key = t + '/' + v.name;
      if (v.admin && !uncovered.has(key)) {
        const iso = months[k % months.length];
        const kind = fmtCycle[k % fmtCycle.length];
        k++;
        const vcell = (k % 4 === 0) ? v.name + '委会' : (k % 7 === 0 ? v.name + '民委员会' : v.name);
        entries.push([`${v.name}电商服务站`, vcell, iso, fmtDate(iso, kind), null, key]);
      }
    }
    // extras per town
    if (t === '沙坪街道') entries.push(['中东西社区电商服务点', '中东西社区', '2020-09-16', '2020.9.16', '社区服务点', null]);
    if (t === '龙口镇') entries.push(['龙口村二站（龙口圩）', '龙口村', '2021-04-08', D('2021-04-08'), '同村第二个站点', '龙口镇/龙口村']);
    if (t === '鹤城镇') {
      entries.push(['鹤城社区电商服务点', '鹤城社区居委会', '2020-12-10', '2020年12月10日', '社区服务点', null]);
      entries.push(['云宿林场电商服务点', '鹤山市国营云宿林场', '2021-03-05', '2021.3.5', '林场，非行政村', null]);
    }
    if (t === '址山镇') entries.push(['冲口村电商服务站', '冲口村', '2021-09-03', '2021.9.3', '9月新挂牌', null]);
    if (t === '双合镇') entries.push(['金岗村电商服务站', '金岗村委会', '2021-09-10', D('2021-09-10'), '省定贫困村，9月挂牌', null]);
    sRows.push([`${townCN[ti]}、${t}（${entries.length}个）`, null, null, null, null, null, null, null]);
    sMerges.push(`A${sRows.length}:H${sRows.length}`);
    entries.forEach((e, i) => {
      sNo++;
      const phone = '1' + String(3800000000 + (sNo * 7919) % 99999999).padStart(10, '0');
      sRows.push([sNo, e[0], e[1], `${t}${e[1].replace(/(委会|民委员会|居民委员会)$/, '')}`.replace('鹤山市国营云宿林场', '云宿林场场部'), nameAt(sNo + 300), phone, e[3], e[4]]);
      stations.push({ key: e[5], iso: e[2] });
    });
    sRows.push([null, '小计', `${entries.length}个`, null, null, null, null, null]);
  });
  sRows.push([null, '合计', `${sNo}个`, null, null, null, null, null]);
  sRows.push(['注：挂牌时间以镇（街）上报验收表为准；社区、林场服务点一并列出。', null, null, null, null, null, null, null]);
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  assert(sNo === 77, 'stations 77, got ' + sNo);
  const covered = new Set(stations.filter(s => s.key && s.iso <= '2021-08-31').map(s => s.key));
  assert(covered.size === 71, 'covered 71, got ' + covered.size);
  const poorCovered = [...covered].filter(k2 => poorSet.has(k2)).length;
  assert(poorCovered === 5, 'poor covered 5');

  // ---- training sessions (附3), 男/女 columns ----
  // [town, date cell, iso, topic, object, male, female, note]
  const sess = [
    ['沙坪街道', D('2020-06-23'), '2020-06-23', '电子商务基础知识普及', '个体户、返乡青年', 68, 84],
    ['龙口镇', '2020.7.8', '2020-07-08', '农村电商入门与网店开设', '村民、合作社', 71, 62],
    ['雅瑶镇', '2020.7.22', '2020-07-22', '电子商务基础知识普及', '村民', 55, 73],
    ['古劳镇', '2020年8月5日', '2020-08-05', '茶叶网店运营', '茶农、合作社', 62, 59],
    ['桃源镇', '2020.8.19', '2020-08-19', '电子商务基础知识普及', '村民', 49, 66],
    ['鹤城镇', D('2020-09-02'), '2020-09-02', '微信营销与社群团购', '村民、小商户', 58, 81],
    ['共和镇', '2020.9.16', '2020-09-16', '电子商务基础知识普及', '村民', 64, 70],
    ['址山镇', '2020.9.24', '2020-09-24', '农产品网销与包装', '种养大户', 77, 52],
    ['宅梧镇', '2020.10.14', '2020-10-14', '电子商务基础知识普及', '村民', 60, 57],
    ['双合镇', '2020年10月21日', '2020-10-21', '电子商务基础知识普及', '村民', 52, 61],
    ['沙坪街道', '2020.10.29', '2020-10-29', '跨境电商入门', '企业员工', 83, 95],
    ['龙口镇', D('2020-11-11'), '2020-11-11', '短视频拍摄与剪辑', '青年、村干部', 66, 58],
    ['雅瑶镇', '2020.11.25', '2020-11-25', '网店美工与详情页', '个体户', 47, 69],
    ['古劳镇', '2020.12.3', '2020-12-03', '直播带货实操', '茶农、返乡青年', 72, 88],
    ['桃源镇', '2020.12.16', '2020-12-16', '农产品网销与包装', '合作社', 59, 48],
    ['鹤城镇', '2020年12月23日', '2020-12-23', '电子商务基础知识普及', '村民', 63, 74],
    ['共和镇', '2021.1.7', '2021-01-07', '直播带货实操', '青年', 58, 77],
    ['址山镇', D('2021-01-13'), '2021-01-13', '电子商务基础知识普及', '村民', 61, 55],
    ['沙坪街道', '2021.1.20', '2021-01-20', '电商创业孵化（增值培训）', '创业青年', 45, 52],
    ['宅梧镇', '2021.3.3', '2021-03-03', '红茶网店运营', '茶农', 69, 63],
    ['双合镇', '2021.3.10', '2021-03-10', '电子商务基础知识普及', '村民', 57, 68],
    ['龙口镇', '2021年3月17日', '2021-03-17', '社区团购与小程序', '小商户', 54, 79],
    ['雅瑶镇', '2021.3.24', '2021-03-24', '直播带货实操', '青年', 66, 71],
    ['古劳镇', D('2021-04-07'), '2021-04-07', '电子商务基础知识普及', '村民', 73, 62],
    ['桃源镇', '2021.4.14', '2021-04-14', '短视频拍摄与剪辑', '青年', 52, 60],
    ['鹤城镇', '2021.4.21', '2021-04-21', '农产品品牌与营销', '合作社、企业', 64, 57],
    ['共和镇', '2021.4.28', '2021-04-28', '电子商务基础知识普及', '村民', 70, 66],
    ['址山镇', '2021年5月12日', '2021-05-12', '直播带货实操', '种养大户', 58, 62],
    ['宅梧镇', '2021.5.26', '2021-05-26', '电子商务基础知识普及', '村民', 47, 53],
    ['沙坪街道', D('2021-06-02'), '2021-06-02', '跨境电商进阶', '企业员工', 79, 86],
    ['双合镇', '2021.6.9', '2021-06-09', '网店美工与详情页', '青年', 51, 64],
    ['龙口镇', '2021.6.23', '2021-06-23', '电子商务基础知识普及', '村民', 68, 72],
    ['雅瑶镇', '2021.7.7', '2021-07-07', '电子商务基础知识普及', '村民', 62, 59],
    ['古劳镇', '2021年7月14日', '2021-07-14', '茶叶直播带货', '茶农', 75, 81],
    ['桃源镇', '2021.7.21', '2021-07-21', '电子商务基础知识普及', '村民', 58, 66],
    ['鹤城镇', D('2021-08-04'), '2021-08-04', '短视频拍摄与剪辑', '青年', 61, 73],
    ['宅梧镇', '2021.8.11', '2021-08-11', '电子商务基础知识普及', '村民', 78, 84],
    ['共和镇', '2021.8.18', '2021-08-18', '农村电商物流与快递', '站点负责人、快递员', 0, 0], // placeholder: filled below
    ['双合镇', D('2021-08-25'), '2021-08-25', '直播带货实操', '青年、合作社', 80, 85],
    ['址山镇', '2021.9.15', '2021-09-15', '电子商务基础知识普及', '村民', 40, 46],
  ];
  // fill the 2021-08-18 session so that sessions on/before cut-off sum to exactly 5134
  const before = sess.filter(s => s[2] <= '2021-08-31');
  const partial = before.reduce((a, s) => a + s[5] + s[6], 0);
  const need = 5134 - partial;
  const ph = sess.find(x => x[2] === '2021-08-18');
  ph[5] = Math.floor(need / 2) + 7; ph[6] = need - ph[5];
  assert(ph[5] > 50 && ph[6] > 50 && need < 200, 'plausible placeholder session ' + need);
  const sessCountBefore = before.length;
  assert(sessCountBefore === 39, 'sessions before cut-off 39');
  const sessSum = sess.filter(s => s[2] <= '2021-08-31').reduce((a, s) => a + s[5] + s[6], 0);
  assert(sessSum === 5134, 'session sum 5134');
  const sessAll = sess.reduce((a, s) => a + s[5] + s[6], 0);
  const tRows = [
    ['附3', null, null, null, null, null, null, null],
    ['鹤山市电子商务培训情况登记表（普及培训及增值培训）', null, null, null, null, null, null, null],
    ['填报单位：鹤山市商务局电商股　　　　　　　　　　　　　　　　　单位：人次', null, null, null, null, null, null, null],
    ['序号', '镇（街道）', '培训日期', '培训内容', '培训对象', '参训人员', null, '备注'],
    [null, null, null, null, null, '男', '女', null],
  ];
  const tMerges = ['A2:H2', 'A3:H3', 'F4:G4', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:E5', 'H4:H5'];
  sess.forEach((s, i) => {
    let m = s[5], f = s[6];
    if (i === 9) m = '52';          // number typed as text
    if (i === 21) f = '79人';
    if (i === 30) m = '５１';       // full-width
    tRows.push([i + 1, s[0], s[1], s[3], s[4], m, f, s[2] > '2021-08-31' ? '截止日后' : (i === 18 ? '增值培训' : null)]);
  });
  const maleAll = sess.reduce((a, s) => a + s[5], 0), femAll = sess.reduce((a, s) => a + s[6], 0);
  tRows.push(['合计', null, null, null, null, maleAll, femAll, `共${sessAll}人次`]);
  tRows.push(['注：1.每期参训人次＝男＋女；2.贫困户专场培训签到另见附4，未列入本表；3.各期签到表原件存档备查。', null, null, null, null, null, null, null]);
  tMerges.push(`A${tRows.length}:H${tRows.length}`);

  // ---- poor persons (附5) ----
  // categories: E eligible(有劳动能力, 非外出务工), M migrant, N no labour
  const poorVillagesOrder = ['泗合村', '双龙村', '松岭村', '金岗村', '云乡村', '小官田村', '东门村', '合成村'];
  const townOf = { '泗合村': '宅梧镇', '双龙村': '宅梧镇', '松岭村': '双合镇', '金岗村': '双合镇', '云乡村': '址山镇', '小官田村': '鹤城镇', '东门村': '宅梧镇', '合成村': '双合镇' };
  const persons = []; // {name, id, cat, village, town, labour, work, rel}
  // pattern of categories across 70 persons
  const pattern = [];
  for (let i = 0; i < 70; i++) pattern.push(null);
  // place 10 M and 8 N at fixed positions, rest E
  const Mpos = [3, 9, 16, 22, 30, 37, 44, 51, 58, 65];
  const Npos = [5, 13, 27, 35, 47, 55, 62, 68];
  Mpos.forEach(p => pattern[p] = 'M'); Npos.forEach(p => pattern[p] = 'N');
  for (let i = 0; i < 70; i++) if (!pattern[i]) pattern[i] = 'E';
  assert(pattern.filter(x => x === 'E').length === 52, 'E=52');
  let xCount = 0;
  for (let i = 0; i < 70; i++) {
    const vil = poorVillagesOrder[Math.floor(i / 9) % poorVillagesOrder.length];
    const cat = pattern[i];
    const y = cat === 'N' ? (i % 2 ? 1941 + (i % 9) : 2006 + (i % 3)) : 1962 + ((i * 3) % 36);
    const birth = `${y}${String(1 + (i * 5) % 12).padStart(2, '0')}${String(1 + (i * 11) % 28).padStart(2, '0')}`;
    let id;
    if (cat === 'E' && (i === 2 || i === 40)) { id = makeIdX(AREA, birth, 100 + i); xCount++; }
    else id = makeId(AREA, birth, 200 + i * 3);
    const labour = cat === 'N' ? (y < 1960 ? '丧失劳动能力' : '无劳动能力') : '有劳动能力';
    const work = cat === 'M' ? (i % 2 ? '外出务工' : '外出务工（广州）') : cat === 'N' ? (y > 2000 ? '在校生' : '—') : (i % 6 === 0 ? '公益性岗位' : '在家务农');
    persons.push({ name: nameAt(i), id, cat, village: vil, town: townOf[vil], labour, work, rel: i % 3 === 0 ? '户主' : '家庭成员' });
  }
  const E = persons.filter(p => p.cat === 'E');
  const M = persons.filter(p => p.cat === 'M');
  const N = persons.filter(p => p.cat === 'N');
  assert(E.length === 52 && M.length === 10 && N.length === 8, 'cats');
  const pRows = [
    ['附5', null, null, null, null, null, null, null, null],
    ['鹤山市建档立卡贫困人口名单（有劳动能力情况）', null, null, null, null, null, null, null, null],
    ['数据来源：鹤山市乡村振兴局（扶贫系统2021年6月导出，经核对）', null, null, null, null, null, null, null, null],
    ['序号', '镇', '村', '姓名', '户主/成员', '身份证号码', '劳动能力', '务工情况', '备注'],
  ];
  persons.forEach((p, i) => pRows.push([i + 1, p.town, p.village, p.name, p.rel, p.id, p.labour, p.work, null]));
  pRows.push(['注：有劳动能力且未外出务工的共52人。', null, null, null, null, null, null, null, null]);

  // ---- poor household special sessions sign-in (附4) ----
  const nonPoor = (n, base) => Array.from({ length: n }, (_, j) => ({ name: nameAt(base + j), id: makeId(AREA, `19${70 + ((base + j) % 25)}0${1 + (j % 9)}1${j % 9}`, 500 + base + j), poor: false, village: '' }));
  const sA = [...E.slice(0, 20), ...M.slice(0, 3), ...N.slice(0, 2)].map(p => ({ ...p, poor: true }));
  const sAall = [...sA, ...nonPoor(3, 100)];
  const sB = [...E.slice(20, 33), ...E.slice(0, 6)].map(p => ({ ...p, poor: true }));
  const sBall = [...sB, ...nonPoor(5, 120)];
  const sC = E.slice(33, 37).map(p => ({ ...p, poor: true }));
  const sCall = [...sC, ...nonPoor(6, 140)];
  assert(sAall.length === 28 && sBall.length === 24 && sCall.length === 10, 'signin sizes');
  // interleave non-poor into sessions deterministically
  function mix(arr) { const out = []; const a = arr.filter(p => p.poor), b = arr.filter(p => !p.poor); let j = 0; a.forEach((p, i) => { out.push(p); if (i % 6 === 5 && j < b.length) out.push(b[j++]); }); while (j < b.length) out.push(b[j++]); return out; }
  const trainedEligible = new Set([...sA, ...sB].filter(p => p.cat === 'E').map(p => p.id));
  assert(trainedEligible.size === 33, 'trained eligible 33, got ' + trainedEligible.size);
  const trainedWithC = new Set([...trainedEligible, ...sC.map(p => p.id)]);
  assert(trainedWithC.size === 37, '37 with Sept');
  const gRows = [
    ['附4', null, null, null, null, null, null, null],
    ['鹤山市贫困户电商技能专场培训签到表', null, null, null, null, null, null, null],
    ['序号', '培训日期', '培训地点', '姓名', '身份证号码', '所在村', '是否建档立卡贫困户', '签名'],
  ];
  let gNo = 0;
  const sessionsSign = [['2020.11.19', '宅梧镇文化站', mix(sAall)], ['2021年5月20日', '双合镇政府会议室', mix(sBall)], ['2021.9.8', '市电商公共服务中心', mix(sCall)]];
  for (const [dcell, place, list] of sessionsSign) {
    for (const p of list) {
      gNo++;
      let idCell = p.id;
      if (p.id === E[2].id && dcell === '2020.11.19') idCell = p.id.replace('X', 'x'); // lower-case x
      if (p.id === E[22].id && dcell === '2021年5月20日') idCell = p.id.slice(0, 6) + ' ' + p.id.slice(6, 14) + ' ' + p.id.slice(14);
      gRows.push([gNo, dcell, place, p.name, idCell, p.poor ? p.village : '（非贫困户）', p.poor ? '是' : '否', '已签']);
    }
  }
  gRows.push(['注：本表为贫困户专场签到汇总，普及培训另见附3。', null, null, null, null, null, null, null]);
  const signBefore = sAall.length + sBall.length;
  assert(signBefore === 52, 'sign rows before cut-off 52');
  assert(sessSum + signBefore === 5186, 'total person-times 5186');

  // ---- enterprises (附6) ----
  const ent = [
    ['鹤山市鹤山好物电子商务有限公司', '91440784MA54G3K21T', '平台型', D('2020-12-18'), null, null],
    ['鹤山市古劳茶业电子商务有限公司', '91440784MA55A1B09P', '销售型', '2020.12.18', null, null],
    ['江门市邑品网络科技有限公司', '91440703MA53XQ4R2H', '电商运营服务商', '2020年12月', null, null],
    ['鹤山市顺通快递服务有限公司', '91440784MA54TT8W6C', '物流快递', D('2020-12-25'), null, null],
    ['鹤山市宅梧红茶农业发展有限公司', '91440784MA5523RF1K', '销售型', '2021.1.6', null, null],
    ['鹤山市马耳山茶叶专业合作社', '93440784MA51P0Q87D', '销售型', '2021.1.6', null, null],
    ['鹤山市云上直播传媒有限公司', '91440784MA55C7NN3A', '直播电商', '2021.1.15', null, null],
    ['鹤山市邮政速递物流分公司电商仓', '91440784MA4UL2K97E', '物流仓储', D('2021-01-20'), null, null],
    ['鹤山市新农人电子商务有限公司', '91440784MA55D03H8B', '网店销售', '2021.2.1', null, null],
    ['鹤山市鹤城竹编工艺品有限公司', '91440784MA4W9K1C5R', '销售型', '2021.3.3', null, null],
    ['广东岭南优品供应链有限公司鹤山分公司', '91440784MA55E5RR0M', '供应链', '2021.3.3', null, null],
    ['鹤山市智联电商代运营服务有限公司', '91440784MA55F8V60G', '代运营', '2021.3.18', null, null],
    ['鹤山市双合农产品电子商务有限公司', '91440784MA55G2L47N', '销售型', '2021年4月', null, null],
    ['鹤山市乐购社区团购有限公司', '91440784MA55H9T31X', '平台型', '2021.4.20', null, null],
    ['鹤山市址山客家食品有限公司', '91440784MA4X2M8J6U', '销售型', D('2021-05-10'), null, null],
    ['江门市优鲜冷链物流有限公司鹤山分公司', '91440784MA55J4P28Q', '物流企业', '2021.5.28', null, null],
    ['鹤山市创客电商孵化服务有限公司', '91440784MA55K6W15Y', '电商运营服务商', '2021.6.15', null, null],
    ['鹤山市茶山村电商专业合作社', '93440784MA51R3D94F', '网店销售', '2021.7.1', null, null],
    ['鹤山市鹤之味食品电子商务有限公司', '91440784MA55L8C02W', '销售型', '2021.8.2', null, null],
    ['鹤山市智联电商代运营服务有限公司', '91440784MA55F8V60G', '代运营', '2021.6.1', null, '由A区102室换至B区201室，重签入驻协议'],
    ['鹤山市桃源生态农场有限公司', '91440784MA4Y7N5K3H', '销售型', '2021.1.6', '2021.3.15', '经营调整退出'],
    ['江门市速达跨境电商有限公司', '91440703MA54Z9H71D', '跨境电商', '2020.12.25', D('2021-06-30'), '迁往江门高新区'],
    ['鹤山市龙口农品汇电子商务有限公司', '91440784MA55M0B76S', '销售型', '2021.9.6', null, '9月新入驻'],
  ];
  const eRows = [
    ['附6', null, null, null, null, null, null],
    ['鹤山市电子商务产业园（市电商公共服务中心）入驻企业清单', null, null, null, null, null, null],
    ['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻时间', '退出时间', '备注'],
  ];
  ent.forEach((e, i) => eRows.push([i + 1, ...e]));
  eRows.push(['注：在园企业以截至2021年8月31日签订入驻协议且未退出的为准。', null, null, null, null, null, null]);
  const presentCodes = new Set();
  const isoOf = (c) => typeof c === 'object' && c ? c.date : (c || '').replace(/年|\./g, '-').replace(/月$/, '').replace(/-(\d)(?!\d)/g, '-0$1');
  for (const e of ent) {
    const ent_ = isoOf(e[3]);
    const left = e[4] ? isoOf(e[4]) : null;
    if (ent_ <= '2021-08-31' && !(left && left <= '2021-08-31')) presentCodes.add(e[1]);
  }
  assert(presentCodes.size === 19, 'present enterprises 19, got ' + presentCodes.size);

  // ---- funds (附7) ----
  const funds = [
    ['2020-07-15', '记-007', '市电商公共服务中心装修工程预付款', '鹤山市宏建建筑装饰工程有限公司', 360000],
    ['2020-08-20', '记-012', '村级站点建设（第一批30个）设备采购', '江门市邑品网络科技有限公司', 450000],
    ['2020-09-25', '记-018', '电商培训服务费（第一期）', '江门市邑品网络科技有限公司', 180000],
    ['2020-10-28', '记-022', '市电商公共服务中心装修工程进度款', '鹤山市宏建建筑装饰工程有限公司', 540000],
    ['2020-11-30', '记-031', '县镇村物流配送体系建设首付款', '鹤山市顺通快递服务有限公司', 600000],
    ['2020-12-24', '记-040', '村级站点建设（第二批25个）', '江门市邑品网络科技有限公司', 375000],
    ['2021-01-18', '记-013', '农产品溯源系统建设首付款', '广州市溯源信息技术有限公司', 85000],
    ['2021-01-20', '记-015', '农产品溯源系统建设首付款', '广州市溯源信息技术有限公司', 85000],
    ['2021-01-28', '记-019', '红字冲销1月20日记-015号（重复支付，对方已退回）', '广州市溯源信息技术有限公司', -85000],
    ['2021-03-10', '记-008', '品牌营销推广及网络促销活动服务费', '鹤山市鹤山好物电子商务有限公司', 268000],
    ['2021-04-22', '记-021', '县镇村物流配送体系建设进度款', '鹤山市顺通快递服务有限公司', 420000],
    ['2021-05-28', '记-033', '村级站点建设（第三批16个）', '江门市邑品网络科技有限公司', 240000],
    ['2021-06-25', '记-041', '电商培训服务费（第二期）', '江门市邑品网络科技有限公司', 195000],
    ['2021-07-30', '记-052', '公共服务中心运营服务费（2021年上半年）', '江门市邑品网络科技有限公司', 150420],
    ['2021-08-27', '记-060', '电商产业园公共区域改造尾款', '鹤山市宏建建筑装饰工程有限公司', 105000],
    ['2021-09-10', '记-006', '县镇村物流配送体系建设尾款', '鹤山市顺通快递服务有限公司', 420000],
  ];
  const fundBefore = funds.filter(f => f[0] <= '2021-08-31').reduce((a, f) => a + f[4], 0);
  assert(fundBefore === 3968420, 'fund before ' + fundBefore);
  const fundAll = funds.reduce((a, f) => a + f[4], 0);
  const fmtMoney = (n) => (n < 0 ? '-' : '') + Math.abs(n).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const fRows = [
    ['附7', null, null, null, null, null, null],
    ['鹤山市电子商务进农村综合示范专项资金拨付台账', null, null, null, null, null, null],
    ['资金来源：2019年省级促进经济高质量发展专项资金（电子商务进农村综合示范），下达500万元　　单位：元', null, null, null, null, null, null],
    ['拨付日期', '凭证号', '摘要', '收款单位', '拨付金额', '累计拨付', '备注'],
  ];
  let cum = 0;
  funds.forEach((f, i) => {
    cum += f[4];
    const dateCell = i % 4 === 0 ? D(f[0]) : (i % 4 === 1 ? f[0].replace(/-0?/g, '.').replace('..', '.') : (i % 4 === 2 ? f[0].replace(/-/g, '') : f[0].replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')));
    const amt = f[4] < 0 ? fmtMoney(f[4]) : (i % 3 === 0 ? f[4] : fmtMoney(f[4]));
    fRows.push([dateCell, f[1], f[2], f[3], amt, fmtMoney(cum), f[4] < 0 ? '红字冲销' : (f[0] > '2021-08-31' ? '考评截止后拨付' : null)]);
  });
  fRows.push(['合计', null, null, null, fmtMoney(fundAll), null, null]);
  fRows.push(['注：凭证号按年度重新编号；红字（负数）为冲销。', null, null, null, null, null, null]);

  // ---- reports (附8) ----
  const rep = [
    ['2020年6月', '2020.7.8', '否'], ['2020年7月', '2020.8.7', '否'], ['2020年8月', '2020.9.7', '是'],
    ['2020年9月', '2020.10.12', '是'], ['2020年10月', '2020.11.6', '是'], ['2020年11月', '2020.12.7', '是'],
    ['2020年12月', '2021.1.8', '是'], ['2021年1月', '2021.2.5', '是'], ['2021年2月', '2021.3.8', '是'],
    ['2021年3月', '2021.4.7', '是'], ['2021年4月', '2021.5.8', '是'], ['2021年5月', '2021.6.7', '是'],
    ['2021年6月', '2021.7.7', '是'], ['2021年7月', '2021.8.6', '是'], ['2021年8月', '2021.9.6', '是'],
  ];
  const rRows = [
    ['附8', null, null, null, null, null],
    ['鹤山市电子商务进农村示范创建工作月报报送登记表', null, null, null, null, null],
    ['序号', '所属月份', '报送日期', '报送对象', '报送内容', '是否附电商扶贫情况统计表'],
  ];
  rep.forEach((r, i) => rRows.push([i + 1, r[0], i % 5 === 2 ? D(r[1].replace(/\./g, '-').replace(/-(\d)(?!\d)/g, '-0$1')) : r[1], '江门市商务局', `${r[0]}示范创建工作进展及电商统计数据`, r[2]]));

  // ---- disclosures (附9) ----
  const disc = [
    ['2020-06-18', '鹤山市电子商务进农村综合示范县创建工作方案', '创建方案'],
    ['2020-06-30', '鹤山市电子商务进农村综合示范项目基本信息公示', '项目公示'],
    ['2020-07-20', '2020年7月项目建设进度', '建设进度'], ['2020-08-19', '2020年8月项目建设进度', '建设进度'],
    ['2020-09-17', '2020年9月项目建设进度', '建设进度'], ['2020-10-20', '2020年10月项目建设进度', '建设进度'],
    ['2020-11-18', '2020年11月项目建设进度', '建设进度'], ['2020-12-21', '2020年12月项目建设进度', '建设进度'],
    ['2021-01-12', '第二批村级站点建设项目公示', '项目公示'], ['2021-01-26', '2021年1月项目建设进度', '建设进度'],
    ['2021-03-16', '2021年2-3月项目建设进度', '建设进度'], ['2021-04-19', '2021年4月项目建设进度', '建设进度'],
    ['2021-05-20', '2021年5月项目建设进度', '建设进度'], ['2021-06-21', '2021年6月项目建设进度', '建设进度'],
    ['2021-07-19', '2021年7月项目建设进度', '建设进度'], ['2021-08-18', '2021年8月项目建设进度', '建设进度'],
  ];
  const dRows = [
    ['附9', null, null, null],
    ['鹤山市人民政府门户网站“电子商务进农村综合示范”专栏更新记录', null, null, null],
    ['发布日期', '标题', '子栏目', '链接'],
  ];
  disc.forEach(d => dRows.push([d[0], d[1], d[2], `http://www.heshan.gov.cn/zwgk/dzswjnc/content/post_${d[0].replace(/-/g, '')}.html`]));
  const discMonths = new Set(disc.map(d => d[0].slice(0, 7)).filter(m => m >= '2020-09' && m <= '2021-08'));
  assert(discMonths.size === 11 && !discMonths.has('2021-02'), 'disclosure 11 months');

  // ---- media (附10) ----
  const med = [
    [D('2020-08-12'), '鹤山电视台《鹤山新闻》', '县级', '电视', '市电商公共服务中心进入试运营', '否'],
    ['2020.12.19', '江门日报', '市级', '报纸', '鹤山电商公共服务中心启用 打造“鹤山好物”', '否'],
    ['2021.1.8', '南方+客户端', '省级', '网络', '鹤山：站点建到村口 山货卖向全国', '否'],
    ['2021.3.26', '“鹤山发布”微信公众号', '县级', '网络', '红茶开采季，直播间里卖新茶', '否'],
    ['2021年5月21日', '江门广播电视台《江门新闻》', '市级', '电视', '宅梧镇贫困户学直播 红茶有了新销路', '是'],
    [D('2021-06-18'), '广东广播电视台珠江频道《珠江新闻眼》', '省级', '电视', '鹤山：电商让贫困村红茶卖出好价钱', '是'],
    ['2021.7.15', '南方日报', '省级', '报纸', '鹤山构建县镇村三级电商服务体系', '否'],
    ['2021.9.12', '央视农业农村频道（CCTV-17）《三农群英汇》', '国家级', '电视', '粤西茶乡的“云上”致富路', '是'],
  ];
  const mRows = [
    ['附10', null, null, null, null, null, null],
    ['鹤山市电子商务进农村宣传报道统计表', null, null, null, null, null, null],
    ['序号', '报道日期', '媒体', '媒体级别', '形式', '标题', '是否电商扶贫典型案例'],
  ];
  med.forEach((m, i) => mRows.push([i + 1, ...m]));

  // ---- materials (附11) ----
  const mat = [
    ['2021.4.16', '鹤山市“电商＋红茶”助农增收经验做法', '江门市商务局'],
    [D('2021-08-20'), '鹤山市电子商务进农村综合示范创建典型案例：宅梧镇贫困户直播卖茶', '江门市商务局'],
    ['2021.9.3', '鹤山市电子商务进农村综合示范创建工作总结', '江门市商务局'],
  ];
  const xRows = [
    ['附11', null, null, null, null],
    ['经验材料报送登记', null, null, null, null],
    ['序号', '报送日期', '材料名称', '报送单位', '报送方式'],
  ];
  mat.forEach((m, i) => xRows.push([i + 1, m[0], m[1], m[2], i === 1 ? '粤政易' : '电子邮件']));

  // ---- the facts / self-assessment sheet ----
  const F = [];
  const FM = [];
  const row = (...cells) => { while (cells.length < 6) cells.push(null); F.push(cells); return F.length; };
  let r;
  r = row('鹤山市电子商务进农村综合示范创建考评  自评底数汇总'); FM.push(`A${r}:F${r}`);
  r = row('说明：本表由电商股牵头，各股室分块填写后汇总，各块写法按填写人习惯，未作统一。'); FM.push(`A${r}:F${r}`);
  row();
  r = row('【一】基本情况（办公室 李××填）'); FM.push(`A${r}:F${r}`);
  r = row('县（市）名称：鹤山市', null, null, '填报时间：2021年9月2日'); FM.push(`A${r}:C${r}`, `D${r}:F${r}`);
  r = row('考评截止时间：2021年8月31日'); FM.push(`A${r}:F${r}`);
  r = row('常住人口：53.02万人（第七次全国人口普查）。户籍人口约41.3万人，不作考评口径。'); FM.push(`A${r}:F${r}`);
  r = row('行政区划：1个街道、9个镇；行政村98个，社区居委会16个。'); FM.push(`A${r}:F${r}`);
  r = row('省定相对贫困村：6个（宅梧镇2个、双合镇2个、址山镇1个、鹤城镇1个）。'); FM.push(`A${r}:F${r}`);
  r = row('领导小组：市长任组长，常务副市长、分管副市长任副组长；成员单位有市商务局、市财政局、市农业农村局、市乡村振兴局、市市场监督管理局、市交通运输局、市工业和信息化局、鹤山邮政分公司及各镇（街）。'); FM.push(`A${r}:F${r}`);
  r = row('工作方案：《鹤山市电子商务进农村综合示范县创建工作方案》已于2020年5月印发（鹤府办函〔2020〕37号）。'); FM.push(`A${r}:F${r}`);
  r = row('扶持政策：已出台《鹤山市促进农村电子商务发展若干措施》（鹤府办〔2020〕21号），对站点建设、网销企业、人才培训给予奖补。'); FM.push(`A${r}:F${r}`);
  row();
  r = row('【二】公共服务中心、产业园及农产品上行（电商股 陈××填）'); FM.push(`A${r}:F${r}`);
  row('序号', '事项', '情况', '说明');
  r = row(1, '市电商公共服务中心投入运营', '二〇二〇年十二月十八日', '位于沙坪街道人民西路，面积约1,500㎡，由第三方运营'); FM.push(`D${r}:F${r}`);
  r = row(2, '免费培训场所及设备', '有', '培训室1间（120座）、直播间2间，免费开班'); FM.push(`D${r}:F${r}`);
  r = row(3, '农特产品免费展示、销售', '有', '展销区展示鹤山红茶、古劳茶、址山客家腊味等100余款'); FM.push(`D${r}:F${r}`);
  r = row(4, '免费摄影、美工', '有', '摄影棚2间，为本地企业、合作社免费拍图、作详情页'); FM.push(`D${r}:F${r}`);
  r = row(5, '统一推广、品牌指导', '有', '打造“鹤山好物”区域公用品牌，组织统一推广'); FM.push(`D${r}:F${r}`);
  r = row(6, '其他衍生增值服务', '有', '代办证照、商标注册、金融对接、物流对接'); FM.push(`D${r}:F${r}`);
  r = row(7, '电商产业园', '已建成', '整合原沙坪电商孵化基地建设，入驻企业21家（见附6）'); FM.push(`D${r}:F${r}`);
  r = row(8, '第三方专业运营服务商', '有', '江门市邑品网络科技有限公司（中心及站点运营）'); FM.push(`D${r}:F${r}`);
  r = row(9, '行政村快递覆盖', '100%', '98个行政村均已通快递（见附1）'); FM.push(`D${r}:F${r}`);
  r = row(10, '村级站点', '建成77个', '覆盖行政村73个、6个省定贫困村全覆盖（含9月挂牌）'); FM.push(`D${r}:F${r}`);
  r = row(11, '网络零售额', '见下表'); FM.push(`D${r}:F${r}`);
  r = row(null, '网络零售额', '2019年', null, '2020年', null); FM.push(`C${r}:D${r}`, `E${r}:F${r}`);
  row(null, '项目', '金额（亿元）', '同比', '金额（亿元）', '同比');
  row(null, '农村网络零售额', 18.36, '16.2%', 22.95, '25.0%');
  row(null, '农产品网络零售额', '3.12', '21.4%', '4.21', '34.9%');
  r = row(null, '注：省商务厅电商监测数；2019年“同比”为较2018年增长。'); FM.push(`B${r}:F${r}`);
  row();
  r = row('【三】培训和电商扶贫（电商股 陈××，贫困人口数由市乡村振兴局 黄××提供）'); FM.push(`A${r}:F${r}`);
  row('累计培训人次', '5,186人次', null, '其中贫困户专场', '2场52人次');
  row('有劳动能力贫困人口（不含外出务工）', '52人', null, '参训贫困人口（按人数）', '33人');
  row('贫困人口培训率', '63.5%', null, '培训期数', '41期（含专场2期）');
  row();
  r = row('【四】信息公开和数据报送（办公室 李××填）'); FM.push(`A${r}:F${r}`);
  r = row('1. 市政府门户网站“电子商务进农村综合示范”专栏于2020年6月18日开通，已公开创建方案、项目基本信息和每月项目建设进度；征求意见、监督举报窗口暂未设置，拟9月增设。'); FM.push(`A${r}:F${r}`);
  r = row('2. 每月上旬向江门市商务局报送上月工作进展和统计数据，2020年9月起随月报附报电商扶贫情况统计表（含贫困户参训、带动增收情况）。'); FM.push(`A${r}:F${r}`);
  row();
  r = row('【五】资金（财务股 黄××填）'); FM.push(`A${r}:F${r}`);
  r = row('省下达专项资金：伍佰万元整（¥5,000,000.00）。'); FM.push(`A${r}:F${r}`);
  r = row('截至2021年8月31日累计拨付：叁佰玖拾陆万捌仟肆佰贰拾元整（¥3,968,420.00），拨付率79.4%。9月10日拨付的物流体系尾款42万元未计入。'); FM.push(`A${r}:F${r}`);
  r = row('资金管理制度：已制定《鹤山市电子商务进农村综合示范专项资金管理办法》（鹤商〔2020〕12号）。'); FM.push(`A${r}:F${r}`);
  r = row('资金台账：已建立，承建单位设专账核算，商务局按月核对。'); FM.push(`A${r}:F${r}`);
  r = row('项目总体进度：约85%（按合同工作量测算）。'); FM.push(`A${r}:F${r}`);
  r = row('安全生产、质量事故：无。　　弄虚作假：无。'); FM.push(`A${r}:F${r}`);
  row();
  r = row('【六】自评分（梁股长审定）'); FM.push(`A${r}:F${r}`);
  r = row('指标', null, '满分', '自评', '说明'); FM.push(`A${r}:B${r}`, `E${r}:F${r}`);
  const claimRows = [
    ['组织领导', 2, 2, '市长任组长，商务、财政、农业农村、乡村振兴参与'],
    ['方案制定', 2, 2, '已印发'],
    ['政策支持', 2, 2, '已出台并落实'],
    ['项目管理', 4, 4, '制度2分、台账2分'],
    ['中心及产业园', 15, 15, '入驻企业21家'],
    ['村级站点覆盖', 10, 10, '贫困村全覆盖'],
    ['农产品上行', 10, 9, '调研2分、促销2分、标准冷链溯源1分；第三方、快递、增速按数据'],
    ['人才培训', 20, 20, '5,186人次，按50万人基数超过1%；贫困人口培训率超过50%'],
    ['信息公开', 4, 3, '举报窗口未设，扣1分'],
    ['数据上报', 6, 6, '按月报送，附扶贫统计'],
    ['案例总结', 2, 2, '4月、8月各报一次'],
    ['经验推广', 8, 8, '省、市、县媒体均有报道'],
    ['资金制度', 5, 4, null],
    ['资金台账', 5, 4, null],
    ['资金支出', 5, 4, '拨付率79.4%，及时拨付自评4分'],
    ['加分：贫困人口培训率≥70%', 2, 2, '含9月8日专场后为37人，71.2%'],
    ['加分：扶贫案例电视播报', 2, 1, '珠江频道（省级）'],
  ];
  for (const c of claimRows) { r = row(c[0], null, c[1], c[2], c[3]); FM.push(`A${r}:B${r}`, `E${r}:F${r}`); }
  r = row('合计', null, 104, 98, null); FM.push(`A${r}:B${r}`, `E${r}:F${r}`);
  row('填表：陈××', null, '审核：梁××', null, '2021年9月2日');
  assert(claimRows.reduce((a, c) => a + c[2], 0) === 98, 'claimed sum 98');

  const sheets = [
    { name: '目录', rows: [['鹤山市电子商务进农村综合示范创建考评台账目录'], ['序号', '名称'], [1, '自评底数汇总'], [2, '附1 村（居）委会名单'], [3, '附2 村级站点清单'], [4, '附3 培训登记'], [5, '附4 贫困户专场签到'], [6, '附5 贫困人口名单'], [7, '附6 产业园入驻企业'], [8, '附7 资金拨付台账'], [9, '附8 月报报送'], [10, '附9 专栏更新'], [11, '附10 宣传报道'], [12, '附11 经验材料']] },
    { name: '自评底数汇总', rows: F, merges: FM },
    { name: '附1 村居名单', rows: vRows, merges: vMerges },
    { name: '附2 站点清单', rows: sRows, merges: sMerges },
    { name: '附3 培训登记', rows: tRows, merges: tMerges },
    { name: '附4 专场签到', rows: gRows, merges: ['A2:H2'] },
    { name: '附5 贫困人口', rows: pRows, merges: ['A2:I2', 'A3:I3'] },
    { name: '附6 入驻企业', rows: eRows, merges: ['A2:G2'] },
    { name: '附7 资金台账', rows: fRows, merges: ['A2:G2', 'A3:G3'] },
    { name: '附8 月报报送', rows: rRows, merges: ['A2:F2'] },
    { name: '附9 专栏更新', rows: dRows, merges: ['A2:D2'] },
    { name: '附10 宣传报道', rows: mRows, merges: ['A2:G2'] },
    { name: '附11 经验材料', rows: xRows, merges: ['A2:E2'] },
  ];

  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 4,
    'work.center': 13, 'work.coverage': 8, 'work.upward': 9, 'work.training': 20,
    'info.disclosure': 1, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 0, 'bonus.tvCase': 1,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  const scored = Object.entries(points).filter(([k2]) => !k2.startsWith('bonus') && !k2.startsWith('veto')).reduce((a, [, v]) => a + v, 0);
  assert(scored === 89, 'scored 89');
  const claimed = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 2, 'org.management': 4,
    'work.center': 15, 'work.coverage': 10, 'work.upward': 9, 'work.training': 20,
    'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 4, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 2, 'bonus.tvCase': 1,
  };
  return {
    description: '鹤山市（江门）商务局整本考评工作簿（13个表）。事实表《自评底数汇总》是各股室分块填写后拼起来的，一张表里六块各用各的写法：【一】办公室用一格一句“标签：值”（户籍人口夹在常住人口句子里、行政村与社区在同一句）；【二】电商股用 序号|事项|情况|说明（运营日期写“二〇二〇年十二月十八日”），网络零售额是嵌在块里的“每年两栏（金额|同比）”小表，2019年“同比”是较2018年；【三】乡村振兴数据用一行两对“标签|值”；【四】信息公开写成句子（举报窗口“暂未设置”）；【五】财务用大写加小写金额的句子；【六】股长的自评分小表用自己的指标简称，判断项分数写在“说明”里（“制度2分、台账2分”“调研2分、促销2分、标准冷链溯源1分”）。台账：村居名单镇列纵向合并、“××村民委员会/××村委会”写法；站点按镇分节（节标题行“一、沙坪街道（6个）”、每镇“小计”行）；培训登记两行表头“参训人员”合并在男|女之上，人次=男+女，含文本“52”“79人”、全角“５１”和截止日后一期；贫困户专场签到另表；资金台账有凭证号、红字冲销（负数）和9月拨付；月报按报送日期（所属月份为上月）。',
    sheets,
    expect: {
      asOf: '2021-08-31',
      total: 90, bonus: 1, vetoed: false,
      points,
      claimed,
    },
    derivation: [
      'org.leadership: 【一】领导小组“市长任组长”（主要领导），成员单位含商务、财政、农业农村、乡村振兴 → 2',
      'org.plan: 【六】方案制定自评2（已印发鹤府办函〔2020〕37号） → 2',
      'org.policy: 【六】政策支持自评2（鹤府办〔2020〕21号） → 2',
      'org.management: 【六】项目管理说明“制度2分、台账2分” → 2+2 = 4',
      'work.center: 运营日期2020-12-18 ≤ 2021-08-31 → 2；≤ 2021-02-28（满6个月）→ 2；免费培训2、展示1、摄影1、品牌1、其他1（【二】均“有”）→ 6；产业园已建成 → 2；附6在园企业：入驻≤8/31的22行中“智联电商代运营”同一信用代码出现两次（换房重签）、桃源生态农场2021.3.15退出、速达跨境2021-06-30退出，9月6日入驻的龙口农品汇不算 → 19家 < 20 → 0；类型有平台型、销售型、电商运营服务商、物流等 ≥3 → 1；合计 2+2+6+2+0+1 = 13（自评15：按21家算）',
      'work.coverage: 附1行政村98个（16个居委会不计）；附2的77个站点中截止日前有站的不同行政村71个（龙口村两站算1个；中东西社区、鹤城社区、云宿林场不在行政村名单；冲口村2021.9.3、金岗村2021-09-10挂牌不算）→ 71/98 = 72.4% ≥ 70% → 5；省定贫困村6个，截至8/31有站5个（金岗村9月才挂牌）→ 83.3%，在80%–100% → 3；合计 8（自评10）',
      'work.upward: 调研2 + 促销2（【六】说明）+ 第三方运营“有”1 + 快递：附1有快递列，98个行政村全为√ → 1 + 标准冷链溯源1 + 农产品网络零售额 4.21/3.12 = +34.9% ≥ 30% → 2（农村网零+25.0%不够，但任一达标即可）→ 9',
      'work.training: 人次 = 附3截止日前39期男+女合计5,134（不含2021.9.15的86人次，表尾合计5,220含该期）+ 附4截止日前签到52行（2020.11.19 28行、2021年5月20日 24行）= 5,186；基数 min(530,200, 500,000) = 500,000 → 1.037% ≥ 1% → 10（若误用53.02万为基数则0.978%只得8）；贫困人口：附5有劳动能力且非外出务工52人，截止日前签到身份证号中属于这52人的不同人数33（含一人小写x、一人号码带空格；外出务工3人、无劳动能力2人、非贫困户不计，5月场重复6人只算一次）→ 33/52 = 63.5% ≥ 50% → 10；合计 20',
      'info.disclosure: 专栏有创建方案、项目基本信息、建设进度，但征求意见/监督举报窗口“暂未设置” → 0；附9更新记录在2020-09…2021-08中缺2021年2月（1月两条、3月16日一条），11/12个月 → 不定时 1；合计 1（自评3）',
      'info.reporting: 附8按报送日期，2020-09-07 … 2021-08-06 十二个月每月都有（所属月份是上月；2021.9.6那次在截止日后）→ 3；附8“是否附电商扶贫统计表”为“是”且【四】写明附报 → 3；合计 6',
      'promo.cases: 附11截止日前报送2次（2021.4.16、2021-08-20），9月3日那次不算 → 2',
      'promo.media: 附10截止日前：省级（南方+、珠江频道、南方日报）4 + 市级（江门日报、江门新闻）3 + 县级（鹤山新闻、鹤山发布）1 = 8（CCTV-17在2021.9.12，不算）',
      'fund.system: 【六】资金制度自评4（已制定管理办法） → 4',
      'fund.ledger: 【六】资金台账自评4（已建立专账） → 4',
      'fund.spending: 附7截止日前逐笔相加 360,000+450,000+180,000+540,000+600,000+375,000+85,000+85,000−85,000（红字冲销）+268,000+420,000+240,000+195,000+150,420+105,000 = 3,968,420（不含2021-09-10的420,000）÷ 下达5,000,000 = 79.4% ≥ 70% → 判断分“及时拨付自评4分” → 4',
      'bonus.poorTraining: 截至8/31贫困人口培训率63.5% < 70% → 0（自评2分是把2021.9.8专场的4人算进去：37/52 = 71.2%）',
      'bonus.tvCase: 附10电商扶贫典型案例且为电视的：2021-06-18广东广播电视台珠江频道（省级）→ 1；江门新闻是市级电视不加分；CCTV-17那条在截止日后 → 不得国家级2分；bonus = min(0+1, 4) = 1',
      'veto.incident: 【五】“安全生产、质量事故：无” → 不否决 0',
      'veto.progress: 【五】项目总体进度约85% ≥ 40%（拨付率79.4%也≥40%）→ 不否决 0',
      'veto.fraud: 【五】“弄虚作假：无” → 不否决 0',
      'total = 89（15个评分项）+ 加分1 = 90；未否决（县自评98）',
    ],
  };
}

const heshan = buildHeshan();
write('counties', 'b51-c1-heshan.json', heshan);

// =====================================================================
// F1  翁源县: Markdown notes (语雀/Typora) pasted into column A
// =====================================================================
function buildWengyuan() {
  const lines = [
    '# 翁源县电商进农村示范创建考评·数据备忘',
    '> 最后更新：2021-09-02 16:40（陈）｜口径：截至考评截止日，人口用七普，金额单位见各条',
    '> 这份是给自己核数用的，正式报表以盖章版为准，但数都从这里抄',
    '',
    '## 一、基本情况',
    '- 县名：翁源县',
    '- 考评截止：**2021-08-31**',
    '- 常住人口：**33.61万人**（七普）；~~户籍42.1万~~ 户籍不要用！',
    '- 行政村 **155** 个（另有社区居委会 21 个，不算）',
    '- 省定贫困村 **24** 个',
    '',
    '## 二、组织领导',
    '- 领导小组组长：**县长**（2020.4 调整，原来是分管副县长）',
    '- 成员单位：商务局、财政局、农业农村局、乡村振兴局、市场监管局、交通运输局、邮政分公司',
    '- [x] 工作方案已印发（翁府办〔2020〕9号）',
    '- [x] 扶持政策已出台：《翁源县促进农村电子商务发展扶持办法》',
    '',
    '## 三、公共服务中心 & 产业园',
    '- 中心投入运营：2020-07-16（揭牌是 2020-06-28，**以运营为准**）',
    '- [x] 免费培训场所、设备（培训室 100 座）',
    '- [x] 农特产品免费展示、销售',
    '- [ ] 免费摄影美工 —— 摄影棚外包给影楼，按件收费，**不算免费**',
    '- [x] 统一推广、品牌指导（翁源兰花、九仙桃、三华李）',
    '- [x] 其他增值服务：代办注册、金融对接、物流对接',
    '- [x] 电商产业园：整合原县创业孵化园',
    '- [x] 第三方运营：韶关市翁商网络科技有限公司',
    '',
    '## 四、农产品上行',
    '- [ ] 行政村快递 100% —— 邮政局统计 152/155，还差 3 个村（江尾、新江各有 1、2 个未通）',
    '',
    '| 指标 | 2019年 | 2020年 | 同比 |',
    '| --- | ---: | ---: | ---: |',
    '| 农村网络零售额（亿元） | 9.86 | 12.03 | 22.0% |',
    '| 农产品网络零售额（亿元） | 2.35 | 3.18 | 35.3% |',
    '',
    '> 2021 年 1-8 月农产品网零 2.41 亿，只作参考',
    '',
    '## 五、培训',
    '- 培训人次：**3,512**（签到表汇总，截至 8.31；9 月两期 146 人次没算）',
    '- 有劳动能力贫困人口（不含外出务工）：**1,846** 人',
    '  - 乡村振兴局原始数 2,390 人，扣外出务工 544 人',
    '- 参训贫困人口：**1,011** 人（按身份证去重，按人不按人次）',
    '',
    '## 六、信息公开 & 报送',
    '- 政府网专栏：[x] 创建方案 [x] 项目基本信息 [x] 建设进度 [x] 监督举报窗口',
    '- [x] 每月报韶关市商务局，月报附电商扶贫统计表',
    '',
    '## 七、资金',
    '- 省下达：**500万元**',
    '- 累计拨付：**3,825,600.00 元**（国库口径，截至 8.31）',
    '- [x] 资金管理办法已制定',
    '- [x] 承建方资金专用台账已建立',
    '- 项目总体进度：**92%**',
    '',
    '## 八、主观分（自己打的，股长看过）',
    '| 项 | 分值 | 自评 |',
    '|---|---|---|',
    '| 方案制定 | 1-2 | 2 |',
    '| 政策支持 | 1-2 | 2 |',
    '| 项目管理制度 | 1-2 | 2 |',
    '| 工作台账 | 1-2 | 1 |',
    '| 网销调研 | 1-2 | 2 |',
    '| 促销活动 | 1-2 | 2 |',
    '| 交易标准/冷链/溯源 | 1-2 | ~~2~~ 1 |',
    '| 资金管理制度 | 1-5 | 5 |',
    '| 资金台账 | 1-5 | 4 |',
    '| 资金及时拨付 | 1-5 | 4 |',
    '',
    '## 九、一票否决（确认没有）',
    '- [ ] 安全生产、质量事故：无',
    '- [ ] 弄虚作假：无',
    '',
    '---',
    '*TODO：9.6 前把兰花合作社的直播照片补进佐证第 5 盒*',
  ];
  const rows = lines.map(l => (l === '' ? [] : [l]));
  return {
    description: '翁源县（韶关）商务局电商股经办人在笔记软件里用 Markdown 记的迎检数据备忘，原样复制粘贴进 Excel：全在 A 列、一行一格，保留 #/## 标题、> 引用、- 列表、**加粗**、~~删除线~~、“- [x]／- [ ]”勾选框和用竖线画的表格（含 | --- | 分隔行）。读法：[x]＝是，[ ]＝否（否的后面写了原因；否决项的 [ ] 后面写“无”）；一行可以有几个勾选框（专栏四项）；删除线里的是作废的数（户籍42.1万、交易标准自评原填2分改为1分）；表格行按表头对齐读，零售额两年金额和2020年同比都在表里。陷阱：户籍人口、揭牌日期（2020-06-28）不是运营日期、乡村振兴局原始数2,390人（含外出务工）、2021年1-8月零售额、9月两期146人次、更新时间2021-09-02不是截止日；组长“原来是分管副县长”已调整为县长。',
    sheets: [{ name: '数据备忘（md）', rows }],
    expect: {
      facts: {
        county: '翁源县',
        asOf: '2021-08-31',
        residentPopulation: 336100,
        adminVillagesStated: 155,
        poorVillagesStated: 24,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-07-16',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: false,
        ruralRetail2019: 986000000,
        ruralRetail2020: 1203000000,
        ruralRetailGrowthStated: 0.22,
        agriRetail2019: 235000000,
        agriRetail2020: 318000000,
        agriRetailGrowthStated: 0.353,
        trainingPersonTimesStated: 3512,
        eligiblePoorPersonsStated: 1846,
        trainedPoorPersonsStated: 1011,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3825600,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.92,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        'org.plan': 2, 'org.policy': 2,
        'org.management.system': 2, 'org.management.ledger': 1,
        'work.upward.research': 2, 'work.upward.promotion': 2, 'work.upward.standards': 1,
        'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  };
}
write('facts', 'b51-f1-wengyuan.json', buildWengyuan());

// =====================================================================
// F2  乳源瑶族自治县: 佐证图片目录及说明 (photo / screenshot caption list)
// =====================================================================
function buildRuyuan() {
  const H = ['图号', '对应考评指标', '文件名', '拍摄（截图）时间', '拍摄地点', '图片说明', '备注'];
  const rows = [
    ['乳源瑶族自治县电子商务进农村综合示范创建考评佐证图片目录及说明', null, null, null, null, null, null],
    ['县（市、区）：乳源瑶族自治县', null, null, '整理：县商务局电商股　　2021年9月3日', null, null, null],
    ['（与U盘“佐证图片”文件夹一一对应；拍摄时间取照片属性，截图取截图时间）', null, null, null, null, null, null],
    H,
    ['一、组织领导（图1-1至1-3）', null, null, null, null, null, null],
    ['图1-1', '组织领导', 'IMG_20200512_093015.jpg', '2020.5.12', '县政府三楼常务会议室', '县委副书记、县长邓××主持召开县电子商务进农村综合示范工作领导小组第一次全体会议，县商务局、财政局、农业农村局、交通运输局、市场监管局、邮政分公司等成员单位参加。', null],
    ['图1-2', '方案制定', '扫描_方案首页.pdf（截图）', '2020.6.3', '—', '《乳源瑶族自治县电子商务进农村综合示范创建工作方案》（乳府办〔2020〕23号）印发文件首页。', null],
    ['图1-3', '政策支持', '扫描_扶持办法.pdf（截图）', '2020.9.15', '—', '《乳源瑶族自治县促进农村电子商务发展扶持办法（试行）》（乳府办〔2020〕31号）印发文件首页。', null],
    ['二、县级公共服务中心及产业园（图2-1至2-9）', null, null, null, null, null, null],
    ['图2-1', '中心建成运营', 'IMG_20201126_101122.jpg', '2020.11.26', '县电商公共服务中心门口', '2020年11月26日，县电子商务公共服务中心揭牌并正式投入运营。', null],
    ['图2-2', '免费培训', 'IMG_20210318_143506.jpg', '2021.3.18', '中心二楼培训室', '中心培训室（80座，配投影、电脑30台），免费为群众开展电商基础培训。', '第15期培训现场，本期86人次'],
    ['图2-3', '免费展示销售', 'IMG_20210608_110241.jpg', '2021.6.8', '中心一楼展厅', '中心农特产品展厅，免费展示、代销乳源瑶山茶、乳源彩石、必背蜂蜜等60余款本地产品。', null],
    ['图2-4', '免费摄影美工', 'IMG_20210608_113017.jpg', '2021.6.8', '中心摄影室', '中心摄影室为本地合作社免费拍摄产品图片、设计网店详情页。', null],
    ['图2-5', '品牌推广', 'IMG_20201218_152230.jpg', '2020.12.18', '广州天河区', '组织“乳源好物”区域公用品牌进广州统一推广展销活动，指导企业做好品牌包装。', null],
    ['图2-6', '其他增值服务', 'IMG_20210416_094455.jpg', '2021.4.16', '中心服务大厅', '中心为电商企业代办营业执照、商标注册，开展银企对接等增值服务。', null],
    ['图2-7', '电商产业园', 'IMG_20210520_160812.jpg', '2021.5.20', '县电商产业园B区', '县电商产业园（整合原乳源创业孵化基地建设）入驻企业办公区。', '入驻企业名单见附件6'],
    ['图2-8', '第三方运营', 'IMG_20210520_162540.jpg', '2021.5.20', '县电商产业园运营中心', '第三方运营服务商韶关市瑶山电子商务有限公司团队驻场运营。', null],
    ['图2-9', '县情', 'IMG_20210608_105533.jpg', '2021.6.8', '中心一楼展厅', '中心展厅县情介绍展板：全县常住人口18.95万人（七普），辖9个镇、102个行政村，其中省定贫困村15个。', null],
    ['三、村级站点（图3-1至3-12，各站点照片略）', null, null, null, null, null, null],
    ['图3-1', '村级站点覆盖', '站点分布图.png', '2021.8.30', '—', '全县村级电商服务站点分布图：已建成站点88个，覆盖行政村86个，15个省定贫困村全覆盖。', '站点清单见附件3'],
    ['四、农村产品上行（图4-1至4-3）', null, null, null, null, null, null],
    ['图4-1', '物流快递覆盖', '扫描_快递进村说明.jpg', '2021.7.22', '—', '县邮政分公司出具的《快递进村情况说明》：全县102个行政村快递服务通达率100%。', null],
    ['图4-2', '冷链溯源', 'IMG_20210730_091807.jpg', '2021.7.30', '县城东物流园', '县农产品冷链仓储中心（在建，预计2021年10月投入使用）。', '未完工'],
    ['图4-3', '网络促销', '促销活动总结_截图.png', '2021.1.12', '—', '2020年“乳源好物”网络促销活动总结：全县农产品网络零售额1.86亿元，同比增长32.4%。', null],
    ['五、电商培训（图5-1至5-4）', null, null, null, null, null, null],
    ['图5-1', '电商培训', 'IMG_20201120_092311.jpg', '2020.11.20', '大桥镇政府会议室', '大桥镇贫困户电商技能专场培训现场。', null],
    ['图5-2', '电商培训', 'IMG_20210831_170542.jpg', '2021.8.31', '中心二楼培训室', '培训统计展板：全县累计开展电商培训57期、2,136人次。', null],
    ['图5-3', '电商培训', 'IMG_20210521_100218.jpg', '2021.5.21', '必背镇', '瑶族青年直播带货培训班学员实操。', null],
    ['图5-4', '电商培训', 'IMG_20210909_093344.jpg', '2021.9.9', '中心二楼培训室', '第58期电商基础培训现场（64人次）。', '截止日后，仅作展示'],
    ['六、信息公开及报送（图6-1至6-2）', null, null, null, null, null, null],
    ['图6-1', '信息公开', '专栏首页_截图.png', '2021.8.30', '—', '县政府门户网站“电子商务进农村综合示范”专栏首页截图：设有创建方案、项目公示（项目基本信息）、建设进度、监督举报四个子栏目。', null],
    ['图6-2', '数据上报', '月报邮件_截图.png', '2021.8.6', '—', '向韶关市商务局报送2021年7月月报的邮件截图，附件含《电商扶贫情况统计表》。', null],
    ['七、资金管理（图7-1至7-3）', null, null, null, null, null, null],
    ['图7-1', '资金制度', '扫描_资金管理办法.jpg', '2020.7.2', '—', '《乳源瑶族自治县电子商务进农村综合示范项目资金管理办法》（乳商务〔2020〕15号）印发文件。', null],
    ['图7-2', '资金台账', 'IMG_20210806_153012.jpg', '2021.8.6', '承建单位财务室', '承建单位建立的项目资金专用台账（账本）及记账凭证。', null],
    ['图7-3', '资金支出', '拨付进度公示_截图.png', '2021.8.30', '—', '专栏“建设进度”子栏目公示的资金拨付进度：省下达专项资金500万元，已拨付412.6万元。', null],
    ['注：图片原件按图号存放；同一事项有多张照片的只列代表性一张。', null, null, null, null, null, null],
  ];
  return {
    description: '乳源瑶族自治县（韶关）商务局电商股交来的《佐证图片目录及说明》当事实表：图号|对应考评指标|文件名|拍摄（截图）时间|拍摄地点|图片说明|备注，按指标分节（节标题整行）。事实都在“图片说明”的句子里（领导小组会议、方案和政策文件首页、中心揭牌运营、免费培训/展示/摄影、品牌推广、增值服务、产业园、第三方、县情展板、邮政快递说明、促销总结、培训统计展板、专栏截图、月报截图、资金办法、专用台账、拨付公示）。陷阱：“拍摄时间”是照片时间不是事件时间（中心照片有2021.6.8的）；图2-2备注“本期86人次”、图5-4截止日后一期64人次、图3-1“覆盖行政村86个”都不是填报值；冷链仓储“在建”不是判断分；领导小组由县长任组长，但成员单位里没有扶贫/乡村振兴部门；表内没有考评截止日期，也没有任何自评分。',
    sheets: [{ name: '佐证图片目录', rows, merges: ['A1:G1', 'A2:C2', 'D2:G2', 'A3:G3', 'A5:G5', 'A9:G9', 'A19:G19', 'A21:G21', 'A25:G25', 'A30:G30', 'A33:G33', 'A37:G37'] }],
    expect: {
      facts: {
        county: '乳源瑶族自治县',
        residentPopulation: 189500,
        adminVillagesStated: 102,
        poorVillagesStated: 15,
        planIssued: true,
        policyIssued: true,
        centerOpened: '2020-11-26',
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        agriRetail2020: 186000000,
        agriRetailGrowthStated: 0.324,
        trainingPersonTimesStated: 2136,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundSystemIssued: true,
        fundLedgerKept: true,
        fundAllocated: 5000000,
        fundSpentStated: 4126000,
      },
      judged: {},
      leadership: 'principal',
    },
  };
}
write('facts', 'b51-f2-ruyuan.json', buildRuyuan());

// =====================================================================
// F3  武江区: reply e-mail with the city's questions quoted ("> ") and answers inline
// =====================================================================
function buildWujiang() {
  const L = [
    '发件人：武江区商务局电商股 <wjsw_ds@163.com>',
    '发送时间：2021年9月3日（星期五）下午4:12',
    '收件人：韶关市商务局电商科 <sgsw_dsk@163.com>',
    '抄送：武江区商务局 黄局',
    '主题：回复：【请于9月3日前核实】武江区考评基础数据表初审问题',
    '附件：武江区考评基础数据表（9月3日修改版）.xlsx；资金专用台账（承建单位）.pdf',
    '',
    '张科：',
    '　　您好！收到初审意见，我局已逐条核实，在原邮件中直接回复如下（“答：”后为我局意见），数据表已同步修改，请审核。',
    '',
    '> 1. 你区常住人口填报36.8万人，与七普公报不一致，请按七普口径核实。',
    '答：已按第七次全国人口普查公报更正为37.52万人。',
    '> 2. 行政村数填58个，区民政局提供的数据为59个，请核实。',
    '答：经与区民政局核对，以59个为准（2021年3月新设立岭头村）。',
    '> 3. 省定贫困村数未填。',
    '答：9个。',
    '> 4. 牵头领导填的是“分管副区长”，与领导小组文件（韶武府办〔2020〕18号）不一致。',
    '答：按文件，领导小组由区长任组长，常务副区长、分管副区长任副组长，成员单位为区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局等。原表填写有误，已改。',
    '> 5. 公共服务中心运营时间只填“2020年”，请具体到日。',
    '答：2020年9月28日。',
    '> 6. 中心摄影、美工服务是否免费？原表未填。',
    '答：免费。',
    '> 7. 是否有专业第三方电商运营服务商？',
    '答：有，韶关市武江电子商务运营有限公司。',
    '> 8. 行政村快递覆盖率填100%，区邮政管理部门统计为96.6%（57/59），请核实。',
    '答：以邮政管理部门数据为准，新设立的岭头村和龙归镇社主村暂未通快递，未达100%，已改为“否”。',
    '> 9. 2020年农村网络零售额增速填31.2%，请补充2019年、2020年数值。',
    '答：2019年12.46亿元，2020年16.35亿元，同比增长31.2%（省商务厅监测数据）。',
    '> 10. 培训人次填3,912人次，是否含9月份开班的两期？',
    '答：不含。截至8月31日为3,912人次，9月两期186人次未计入。',
    '> 11. 有劳动能力贫困人口（不含外出务工）、参训贫困人口两项未填。',
    '答：分别为612人、331人（参训人数按身份证号去重）。',
    '> 12. 资金拨付填397.35万元，财政国库支付数为392.15万元，请核实。',
    '答：省下达资金500万元。397.35万元含9月2日拨付的5.2万元，截至8月31日累计拨付应为392.15万元，已更正。',
    '> 13. 政府网站专栏未见监督举报窗口，“专栏内容全面”建议填“否”。',
    '答：同意，已改为“否”（监督举报窗口9月6日才能上线）。',
    '> 14. 项目总体进度填95%，请说明依据。',
    '答：按各合同完成工作量加权测算，维持95%。',
    '> 15. 资金台账自评5分，请提供承建单位资金专用台账。',
    '答：已作为附件补充（见附件2），自评分不变。',
    '> 16. 主观项自评分请补齐：网销调研、交易标准及冷链溯源两项空白。',
    '答：网销调研2分，交易标准及冷链溯源1分。',
    '',
    '　　其余数据经核对无变化，按原表。如有问题请随时联系。',
    '',
    '武江区商务局电商股　李××',
    '电话：0751-8××××××　手机：139××××5621',
    '',
    '------------------ 原始邮件 ------------------',
    '发件人：韶关市商务局电商科 <sgsw_dsk@163.com>',
    '发送时间：2021年9月2日（星期四）上午10:05',
    '收件人：各县（市、区）商务主管部门',
    '主题：【请于9月3日前核实】各县（市、区）考评基础数据表初审问题',
    '',
    '各县（市、区）：',
    '　　经初审，你单位报送的考评基础数据表存在问题（见正文逐条），请于9月3日下班前在本邮件中逐条回复并报送修改后的数据表。考评截止时间为2021年8月31日，数据一律以截止时间为准。',
    '',
    '韶关市商务局电商科',
  ];
  const rows = L.map(l => (l === '' ? [] : [l]));
  return {
    description: '韶关市武江区商务局电商股把回复市商务局初审意见的邮件整封粘进 Excel 的 A 列（一行一格）：市局的问题用“> ”引用、每条下面一行“答：”是区里的回复（邮件里“在原邮件中直接回复”的写法），末尾还带着“原始邮件”头和市局正文。读法：事实取“答：”行（和答里明确“维持”“不变”所指的原值）；“> ”引用行里的是原表的旧值或市局的说法。陷阱：引用行的36.8万、58个、“分管副区长”、100%、397.35万元都是已更正的旧值；“维持95%”取95%；“自评分不变”指引用行的资金台账5分；专栏举报窗口“已改为‘否’”；9月两期186人次、9月2日拨付的5.2万元不计；考评截止时间只写在末尾市局原始邮件的正文里（“考评截止时间为2021年8月31日”），照读；表内没有县名标签（只在发件人、主题里），不列县名。',
    sheets: [{ name: '回复市局邮件', rows }],
    expect: {
      facts: {
        asOf: '2021-08-31',
        residentPopulation: 375200,
        adminVillagesStated: 59,
        poorVillagesStated: 9,
        centerOpened: '2020-09-28',
        centerPhoto: true,
        thirdPartyOperator: true,
        expressCoverage: false,
        ruralRetail2019: 1246000000,
        ruralRetail2020: 1635000000,
        ruralRetailGrowthStated: 0.312,
        trainingPersonTimesStated: 3912,
        eligiblePoorPersonsStated: 612,
        trainedPoorPersonsStated: 331,
        disclosureWindow: false,
        fundAllocated: 5000000,
        fundSpentStated: 3921500,
        overallProgress: 0.95,
      },
      judged: {
        'work.upward.research': 2,
        'work.upward.standards': 1,
        'fund.ledger': 5,
      },
      leadership: 'principal-all',
    },
  };
}
write('facts', 'b51-f3-wujiang.json', buildWujiang());

// =====================================================================
// helpers for money in words
// =====================================================================
const NUM = '零壹贰叁肆伍陆柒捌玖';
function group4(g) {
  const ds = [Math.floor(g / 1000), Math.floor(g / 100) % 10, Math.floor(g / 10) % 10, g % 10];
  const us = ['仟', '佰', '拾', ''];
  let s = '', zero = false;
  for (let i = 0; i < 4; i++) {
    if (ds[i] === 0) { if (s !== '') zero = true; }
    else { if (zero) { s += '零'; zero = false; } s += NUM[ds[i]] + us[i]; }
  }
  return s;
}
function daxie(n) {
  const cents = Math.round(n * 100);
  const yuan = Math.floor(cents / 100), jiao = Math.floor(cents / 10) % 10, fen = cents % 10;
  let out = '', needZero = false;
  for (const [g, u] of [[Math.floor(yuan / 1e8), '亿'], [Math.floor(yuan / 1e4) % 1e4, '万'], [yuan % 1e4, '']]) {
    if (g === 0) { if (out !== '') needZero = true; continue; }
    if (out !== '' && (g < 1000 || needZero)) out += '零';
    out += group4(g) + u; needZero = false;
  }
  out += '元';
  if (jiao === 0 && fen === 0) return '人民币' + out + '整';
  out += jiao ? NUM[jiao] + '角' : '零';
  if (fen) out += NUM[fen] + '分';
  return '人民币' + out;
}
const money = (n) => '¥' + n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
assert(daxie(2015.37) === '人民币贰仟零壹拾伍元叁角柒分', 'daxie ' + daxie(2015.37));
assert(daxie(5000000) === '人民币伍佰万元整', 'daxie2');
assert(daxie(256800) === '人民币贰拾伍万陆仟捌佰元整', 'daxie3');

// =====================================================================
// L1  和平县: special-account bank receipts (电子回单) stacked as blocks
// =====================================================================
function buildHeping() {
  const ACC = { name: '和平县商务局', acct: '4436 0101 0400 1234 5', bank: '中国农业银行和平县支行' };
  const CL = { name: '河源市创联网络科技有限公司', acct: '4450 0120 2300 0987 6', bank: '中国建设银行河源分行' };
  const HJ = { name: '和平县恒建建筑工程有限公司', acct: '2009 0067 1920 0021 8', bank: '中国工商银行和平支行' };
  const SJ = { name: '和平县顺捷物流有限公司', acct: '8002 0000 3345 671', bank: '广东和平农村商业银行阳明支行' };
  const YM = { name: '深圳市源码溯源科技有限公司', acct: '7559 2113 8810 602', bank: '招商银行深圳科技园支行' };
  const KJ = { name: '和平县客家农品电子商务有限公司', acct: '8002 0000 4410 228', bank: '广东和平农村商业银行城区支行' };
  const CZ = { name: '和平县财政局国库支付中心', acct: '4436 0101 0400 0001 1', bank: '中国农业银行和平县支行' };
  const BK = { name: '中国农业银行股份有限公司和平县支行', acct: '—', bank: '中国农业银行和平县支行' };
  // [kind: 'e' electronic / 'c' counter, datetime/date text, no, serial, payer, payee, amount, purpose, summary, note, prints, record?]
  const B = [
    ['e', '2020-06-19 15:02:44', '20200619-0812-0031', '9DX0619150244', CZ, ACC, 5000000, '省级电子商务进农村综合示范专项资金', '转账收入', null, 1, false],
    ['e', '2020-07-10 10:22:31', '20200710-0812-0107', '9DX0710102231', ACC, HJ, 300000, '县电商公共服务中心装修工程预付款', '转账支出', null, 1, true],
    ['e', '2020-07-10 10:22:31', '20200710-0812-0108', '9DX0710102231F', ACC, BK, 15, '跨行汇款手续费', '收费', null, 1, false],
    ['e', '2020-08-26 09:41:07', '20200826-0812-0215', '9DX0826094107', ACC, CL, 256800, '村级电商服务站点设备采购（第一批）', '转账支出', null, 1, true],
    ['e', '2020-09-21 00:12:05', '20200921-0812-0001', '9DX0921001205', BK, ACC, 1238.56, '活期存款利息', '结息', null, 1, false],
    ['e', '2020-10-15 14:30:18', '20201015-0812-0322', '9DX1015143018', ACC, CL, 180000, '电商培训服务费（第一期）', '转账支出', null, 1, true],
    ['e', '2020-11-27 16:05:52', '20201127-0812-0419', '9DX1127160552', ACC, SJ, 420000, '县级物流配送中心建设进度款', '转账支出', null, 1, true],
    ['e', '2020-12-30 15:21:08', '20201230-0812-0502', '9DX1230152108', ACC, SJ, 1200000, '县镇村三级物流配送体系建设进度款', '转账支出', null, 1, true],
    ['e', '2021-01-15 11:18:40', '20210115-0812-0036', '9DX0115111840', ACC, YM, 96000, '农产品质量溯源系统建设首付款', '转账支出', '（手写）此笔被退汇，见1月18日退汇回单；已于1月22日重新支付', 1, false],
    ['e', '2021-01-18 09:55:13', '20210118-0812-0052', '9DX0118095513', { name: '深圳市源码溯源科技有限公司（退汇）', acct: '7559 2113 8810 602', bank: '招商银行深圳科技园支行' }, ACC, 96000, '退汇：原2021年1月15日汇款，收款人户名与账号不符', '退汇', null, 1, false],
    ['e', '2021-01-22 10:07:26', '20210122-0812-0071', '9DX0122100726', ACC, YM, 96000, '农产品质量溯源系统建设首付款（重新支付）', '转账支出', null, 1, true],
    ['c', '2021年03月12日', '业务回单 No.0035681', '柜员 0812-07', ACC, CL, 325000, '村级电商服务站点建设（第二批）', '电汇', null, 1, true],
    ['e', '2020-11-27 16:05:52', '20201127-0812-0419', '9DX1127160552', ACC, SJ, 420000, '县级物流配送中心建设进度款', '转账支出', '（手写）补打，原件已贴第3页', 2, false],
    ['e', '2021-05-20 15:40:09', '20210520-0812-0288', '9DX0520154009', ACC, KJ, 268500, '品牌推广及网络促销活动服务费', '转账支出', null, 1, true],
    ['e', '2021-06-21 00:10:47', '20210621-0812-0001', '9DX0621001047', BK, ACC, 2015.37, '活期存款利息', '结息', null, 1, false],
    ['e', '2021-07-09 09:26:35', '20210709-0812-0204', '9DX0709092635', ACC, CL, 150000, '电商培训服务费（第二期）', '转账支出', null, 1, true],
    ['e', '2021-08-31 16:48:02', '20210831-0812-0377', '9DX0831164802', ACC, CL, 188000, '县电商公共服务中心运营服务费（2021年1-8月）', '转账支出', null, 1, true],
    ['e', '2021-09-07 10:15:29', '20210907-0812-0251', '9DX0907101529', ACC, SJ, 210000, '县级物流配送中心建设尾款', '转账支出', null, 1, true],
  ];
  const rows = [
    ['和平县电子商务进农村综合示范专项资金账户  银行回单粘贴册（录入稿）', null, null, null, null, null],
    [`账户名称：${ACC.name}（电子商务进农村综合示范专户）　账号：${ACC.acct}　开户行：${ACC.bank}`, null, null, null, null, null],
    ['（按回单原样逐张录入，一张回单一块，顺序同粘贴册）', null, null, null, null, null],
    [],
  ];
  const merges = ['A1:F1', 'A2:F2', 'A3:F3'];
  const records = [];
  let page = 1, bi = 0;
  for (const b of B) {
    page = Math.floor(bi / 3) + 1; bi++;
    const [kind, dt, no, serial, payer, payee, amt, purpose, summary, note, prints, rec] = b;
    const start = rows.length + 1;
    if (kind === 'e') {
      rows.push(['中国农业银行网上银行电子回单', null, null, null, '回单编号', no]);
      rows.push(['交易时间', dt, null, null, '交易流水号', serial]);
    } else {
      rows.push(['中国农业银行  业务回单（付款）', null, null, null, '回单号', no]);
      rows.push(['日期', dt, null, null, '经办', serial]);
    }
    merges.push(`A${start}:D${start}`, `B${start + 1}:D${start + 1}`);
    rows.push(['付款人', '户名', payer.name, '收款人', '户名', payee.name]);
    rows.push([null, '账号', payer.acct, null, '账号', payee.acct]);
    rows.push([null, '开户行', payer.bank, null, '开户行', payee.bank]);
    rows.push(['金额（大写）', daxie(amt), null, '金额（小写）', money(amt), null]);
    rows.push(['用途', purpose, null, '摘要', summary, null]);
    rows.push(['备注', note, null, '打印次数', prints, null]);
    rows.push([kind === 'e' ? '（电子回单专用章）本回单可通过网上银行“回单验证”核验真伪' : '（业务专用章）', null, null, null, null, `第${page}页`]);
    merges.push(`A${start + 2}:A${start + 4}`, `D${start + 2}:D${start + 4}`, `B${start + 5}:C${start + 5}`, `B${start + 6}:C${start + 6}`, `B${start + 7}:C${start + 7}`, `A${start + 8}:E${start + 8}`);
    rows.push([]);
    if (rec) records.push({ date: (dt.match(/^\d{4}-\d{2}-\d{2}/) || [dt.replace(/^(\d{4})年(\d{2})月(\d{2})日$/, '$1-$2-$3')])[0], amount: amt });
  }
  rows.push(['录入：和平县商务局电商股　　核对：财务股　　2021年9月8日', null, null, null, null, null]);
  assert(records.length === 11, 'heping records 11');
  assert(records.filter(r => r.date <= '2021-08-31').reduce((a, r) => a + r.amount, 0) === 3384300, 'heping sum ' + records.filter(r => r.date <= '2021-08-31').reduce((a, r) => a + r.amount, 0));
  const note = [
    ['填表说明'],
    ['1. 本册为省级专项资金专户在考评期内的全部银行回单，含到账、结息、手续费、退汇回单，按粘贴顺序录入。'],
    ['2. 收款人为承建单位的“转账支出”“电汇”回单为资金拨付；财政拨入、利息、手续费、退汇不是拨付。'],
    ['3. 被退汇的款项以重新支付的回单为准；补打的回单与原件是同一笔。'],
    ['4. 资金拨付台账（按项目）另见《资金台账》工作簿。'],
  ];
  return {
    description: '和平县（河源）商务局电商股把省级专项资金专户的银行回单逐张录进 Excel 当资金台账：一张回单占一块（约10行，块间空一行）——回单抬头（网上银行电子回单／柜台业务回单）、交易时间（“2020-07-10 10:22:31”文本，柜台回单为“日期 2021年03月12日”）、付款人/收款人各三行（户名、账号、开户行，左右并排）、金额大写和小写（“¥300,000.00”文本）、用途、摘要、备注、打印次数、盖章说明。读法：付款人是商务局专户、收款人是承建单位的“转账支出/电汇”才是一笔拨付（日期取交易日期，金额取小写）。不是记录的：财政拨入500万元（转账收入）、两次结息、15元跨行手续费、1月15日被退汇的那笔（备注手写“已退汇”，1月22日重新支付的那张才算）和1月18日的退汇回单、11月27日那张的补打件（同一回单编号和流水号，打印次数2，备注“补打”）。2021-08-31当天一笔算在截止日内，9月7日尾款照列。另有一张填表说明页（不是台账）。',
    sheets: [
      { name: '回单粘贴册', rows, merges },
      { name: '填表说明', rows: note },
    ],
    expect: {
      sheets: {
        '回单粘贴册': { kind: 'funds', records },
        '填表说明': { kind: null },
      },
    },
  };
}
write('ledgers', 'b51-l1-heping.json', buildHeping());

// =====================================================================
// L2  揭西县: training certificate issue register + 专栏 plan-vs-actual sheet
// =====================================================================
function buildJiexi() {
  const AREA = '445222';
  // classes: [班次, 培训时间 cell, iso end date, 发证日期 cell, count]
  const classes = [
    ['第1期 电商基础知识普及班', '2020.11.18-20', '2020-11-20', '2020.12.1', 7],
    ['第2期 农村电商运营实操班', '2021年1月14日', '2021-01-14', D('2021-01-25'), 6],
    ['第3期 直播带货实操班', '21.4.8-9', '2021-04-09', '2021/4/20', 6],
    ['第4期 脱贫户电商技能专场', D('2021-06-17'), '2021-06-17', '2021.6.30', 7],
    ['第5期 社区团购与农产品上行班', '2021.8.25-27', '2021-08-27', '2021.9.6', 6],
    ['第6期 电商基础知识普及班（河婆街道）', '2021.9.8-9', '2021-09-09', '2021.9.18', 5],
  ];
  let pid = 0;
  const people = [];
  const newPerson = () => {
    const i = pid++;
    const y = 1968 + ((i * 7) % 33);
    const birth = `${y}${String(1 + (i * 5) % 12).padStart(2, '0')}${String(1 + (i * 13) % 28).padStart(2, '0')}`;
    const id = i === 17 ? makeIdX(AREA, birth, 300) : makeId(AREA, birth, 400 + i * 7);
    const p = { name: nameAt(i + 600), sex: Number(id[16]) % 2 ? '男' : '女', id };
    people.push(p); return p;
  };
  const H = ['序号', '证书编号', '姓名', '性别', '身份证号码', '培训班次', '培训时间', '发证日期', '领取人签名', '备注'];
  const rows = [
    ['揭西县电子商务培训结业证书发放登记表', null, null, null, null, null, null, null, null, null],
    ['发证单位：揭西县商务局　揭西县电子商务公共服务中心　　　　证书编号规则：JX-DS-年份-流水号', null, null, null, null, null, null, null, null, null],
    H,
  ];
  const merges = ['A1:J1', 'A2:J2'];
  const records = [];
  let seqNo = 0, cert = 0;
  const classPeople = [];
  const certOf = {};
  classes.forEach(([cls, tcell, iso, fcell, n], ci) => {
    const list = [];
    for (let j = 0; j < n; j++) {
      // one trainee of class 1 comes back in class 3 (two certificates, two records)
      if (ci === 2 && j === 3) { list.push(classPeople[0][2]); continue; }
      list.push(newPerson());
    }
    classPeople.push(list);
    const start = rows.length + 1;
    list.forEach((p, j) => {
      seqNo++; cert++;
      const year = iso.slice(0, 4);
      certOf[`${ci}:${j}`] = `JX-DS-${year}-${String(cert).padStart(3, '0')}`;
      let idCell = p.id, idRec = p.id, note = null;
      if (ci === 3 && j === 2) { idCell = p.id.replace('X', 'x'); }
      if (ci === 3 && j === 5) { idCell = '待补'; idRec = null; note = '身份证复印件未交'; }
      if (ci === 4 && j === 1) { idCell = p.id.slice(0, 6) + ' ' + p.id.slice(6, 14) + ' ' + p.id.slice(14); }
      if (ci === 2 && j === 3) note = '第1期学员，再次参训';
      if (ci === 5) note = '考评截止后开班';
      rows.push([seqNo, `JX-DS-${year}-${String(cert).padStart(3, '0')}`, p.name, p.sex, idCell, j === 0 ? cls : null, j === 0 ? tcell : null, j === 0 ? fcell : null, j % 4 === 3 ? '代领：' + nameAt(900 + seqNo) : '已领', note]);
      records.push({ date: iso, personTimes: 1, id: idRec });
    });
    const end = rows.length;
    merges.push(`F${start}:F${end}`, `G${start}:G${end}`, `H${start}:H${end}`);
    rows.push([null, null, `本期发证 ${n} 本`, null, null, null, null, null, null, null]);
    if (ci === 1) {
      const p = classPeople[0][2];
      cert++;
      rows.push([null, `JX-DS-2021-${String(cert).padStart(3, '0')}`, p.name, p.sex, p.id, '第1期 电商基础知识普及班（补发）', '2020.11.18-20', '2021.2.3', '已领', `原证${certOf['0:2']}遗失，补发`]);
    }
    if (ci === 3) {
      const p = classPeople[2][1];
      cert++;
      rows.push([null, `JX-DS-2021-${String(cert).padStart(3, '0')}`, p.name, p.sex, p.id, '第3期 直播带货实操班（更正重发）', '21.4.8-9', '2021.7.2', '已领', '原证姓名错字，收回原证' + certOf['2:1'] + '重新打印']);
    }
  });
  rows.push(['注：1.证书按期发放，每名结业学员一本；2.补发、更正重发的证书不重复计入参训人数；3.第4期为脱贫户（建档立卡）专场。', null, null, null, null, null, null, null, null, null]);
  merges.push(`A${rows.length}:J${rows.length}`);
  rows.push(['登记人：蔡××', null, null, null, null, null, null, '审核：郑××', null, null]);
  assert(records.length === 37, 'certificate records 37');
  assert(rows.some(r => r[1] === certOf['2:1'] && r[2] === classPeople[2][1].name), 'corrected cert');
  assert(certOf['0:2'] === 'JX-DS-2020-003', 'lost cert 003');

  // ---- 专栏 plan vs actual ----
  const P = [
    ['2020年9月', '9月项目建设进度', '9月15日前', '2020.9.14', '揭西县电子商务进农村综合示范项目建设进度（2020年9月）', '按期'],
    ['2020年10月', '10月项目建设进度', '10月15日前', '2020年10月16日', '揭西县电子商务进农村综合示范项目建设进度（2020年10月）', '逾期1天（国庆假期）'],
    ['2020年11月', '11月项目建设进度', '11月15日前', D('2020-11-13'), '揭西县电子商务进农村综合示范项目建设进度（2020年11月）', '按期'],
    ['2020年12月', '12月项目建设进度；第二批项目公示', '12月15日前', '2020.12.10；2020.12.28（项目公示）', '建设进度（2020年12月）；第二批承建项目基本信息公示', '按期，另加发项目公示1条'],
    ['2021年1月', '1月项目建设进度', '1月15日前', '2021.1.15', '揭西县电子商务进农村综合示范项目建设进度（2021年1月）', '按期'],
    ['2021年2月', '2月项目建设进度', '2月10日前', '—', null, '春节假期未发布，并入3月一并公示'],
    ['2021年3月', '2-3月项目建设进度', '3月15日前', '2021.3.5', '揭西县电子商务进农村综合示范项目建设进度（2021年2-3月）', '按期'],
    ['2021年4月', '4月项目建设进度', '4月15日前', '2021.4.23', '揭西县电子商务进农村综合示范项目建设进度（2021年4月）', '逾期，数据待财政核对'],
    ['2021年5月', '5月项目建设进度', '5月15日前', '2021.5.14', '揭西县电子商务进农村综合示范项目建设进度（2021年5月）', '按期'],
    ['2021年6月', '6月项目建设进度', '6月15日前', '2021/6/11', '揭西县电子商务进农村综合示范项目建设进度（2021年6月）', '按期'],
    ['2021年7月', '7月项目建设进度；资金拨付情况', '7月15日前', '2021.7.16', '揭西县电子商务进农村综合示范项目建设进度及资金拨付情况（2021年7月）', '逾期1天'],
    ['2021年8月', '8月项目建设进度', '8月15日前', '2021.8.13', '揭西县电子商务进农村综合示范项目建设进度（2021年8月）', '按期'],
    ['2021年9月', '9月项目建设进度；监督举报窗口上线', '9月15日前', '2021.9.10', '揭西县电子商务进农村综合示范项目建设进度（2021年9月）', '按期'],
  ];
  const discRecords = [];
  const dr = [
    ['揭西县人民政府网站“电子商务进农村综合示范”专栏月度更新计划及执行情况', null, null, null, null, null, null],
    ['责任股室：县商务局电商股　　网站：www.jiexi.gov.cn　专栏路径：政务公开>重点领域>电子商务进农村', null, null, null, null, null, null],
    ['月份', '计划更新内容', '计划发布时间', '实际发布时间', '发布标题', '链接', '执行情况'],
  ];
  const isoFrom = (c) => typeof c === 'object' ? c.date : c.trim().replace(/日$/, '').replace(/[年月/.]/g, '-').replace(/-(\d)(?!\d)/g, '-0$1');
  for (const p of P) {
    let links = null;
    if (p[3] !== '—') {
      const parts = typeof p[3] === 'object' ? [p[3]] : p[3].split('；').map(x => x.replace(/（.*）/, ''));
      const isos = parts.map(isoFrom);
      isos.forEach(x => discRecords.push({ date: x }));
      links = isos.map((x, i) => `http://www.jiexi.gov.cn/zwgk/zdlyxxgk/dzsw/content/post_${x.replace(/-/g, '')}${i ? '_1' : ''}.html`).join('\n');
    }
    dr.push([p[0], p[1], p[2], p[3], p[4], links, p[5]]);
  }
  dr.push(['注：计划发布时间为每月15日前（2月因春节提前至10日）；“实际发布时间”以网站显示的发布日期为准。', null, null, null, null, null, null]);
  assert(discRecords.length === 13, 'disclosure records 13, got ' + discRecords.length);
  assert(discRecords[1].date === '2020-10-16' && discRecords[4].date === '2020-12-28' && discRecords[9].date === '2021-06-11', 'iso parse');
  return {
    description: '揭西县（揭阳）商务局交的两张表加说明：①《电子商务培训结业证书发放登记表》当培训台账——一本证书一行（序号|证书编号|姓名|性别|身份证号码|培训班次|培训时间|发证日期|领取人签名|备注），班次、培训时间、发证日期三列按期纵向合并，每期末一行“本期发证 n 本”；记录＝每本按期发放的证书（一人一期一人次），日期取“培训时间”（区间按结束日：2020.11.18-20、21.4.8-9、2021.8.25-27），不是“发证日期”（第5期8月27日结业、9月6日才发证，仍在截止日前）。不是记录的：第1期一人遗失补发（另起一行，班次写“（补发）”）、第3期一人姓名错字“更正重发”、各期小计行、注和落款；第1期一人第3期再来参训（两条记录）；一人身份证小写x、一人带空格分段、一人“待补”（id为null）；第6期在截止日后照列。②《专栏月度更新计划及执行情况》一月一行：计划更新内容|计划发布时间（“9月15日前”，不是记录）|实际发布时间|发布标题|链接|执行情况；记录＝每个实际发布日期，12月一格“2020.12.10；2020.12.28（项目公示）”是两条，2月“—（并入3月）”没有记录，日期有文本、真日期、2021/6/11，9月一条在截止日后照列。',
    sheets: [
      { name: '结业证书发放登记', rows, merges },
      { name: '专栏更新计划执行', rows: dr, merges: ['A1:G1', 'A2:G2', `A${dr.length}:G${dr.length}`] },
      { name: '说明', rows: [['说明'], ['1. 培训人次以结业证书发放登记为准，各期签到表原件另存。'], ['2. 专栏更新情况按月登记，“实际发布时间”以网站发布日期为准。']] },
    ],
    expect: {
      sheets: {
        '结业证书发放登记': { kind: 'training', records },
        '专栏更新计划执行': { kind: 'disclosures', records: discRecords },
        '说明': { kind: null },
      },
    },
  };
}
write('ledgers', 'b51-l2-jiexi.json', buildJiexi());
