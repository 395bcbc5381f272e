'use strict';
// Batch 53 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
// Batch 53 blind layout cases. Deterministic: no randomness except a fixed-seed LCG.
const fs = require('fs');

function parseA1(a) { const m = /^([A-Z]+)(\d+)$/.exec(a); let c = 0; for (const ch of m[1]) c = c * 26 + (ch.charCodeAt(0) - 64); return [Number(m[2]) - 1, c - 1]; }
// In a real workbook only the top-left cell of a merged range holds a value.
function clearMerged(sheet) {
  (sheet.merges || []).forEach(mg => {
    const [a, b] = mg.split(':'); const [r1, c1] = parseA1(a); const [r2, c2] = parseA1(b);
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) {
      if ((r !== r1 || c !== c1) && sheet.rows[r] && c < sheet.rows[r].length) sheet.rows[r][c] = null;
    }
  });
}
function write(sub, name, obj) {
  (obj.sheets || []).forEach(clearMerged);
  const dir = path.join(ROOT, sub);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), JSON.stringify(obj, null, 2) + '\n', 'utf8');
}
function assert(cond, msg) { if (!cond) throw new Error('self-check failed: ' + msg); }
const D = (s) => ({ date: s });
function rng(seed) {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 4294967296; };
}
function pick(r, arr) { return arr[Math.floor(r() * arr.length)]; }
function shuffle(r, arr) {
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; }
  return a;
}
function colName(n) { let s = ''; n += 1; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }
function range(r1, c1, r2, c2) { return colName(c1) + (r1 + 1) + ':' + colName(c2) + (r2 + 1); } // 0-based in
const pad2 = (n) => String(n).padStart(2, '0');
function iso(y, m, d) { return y + '-' + pad2(m) + '-' + pad2(d); }

// ---------- ID numbers ----------
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(s17) { let s = 0; for (let i = 0; i < 17; i++) s += Number(s17[i]) * ID_W[i]; return '10X98765432'[s % 11]; }
function makeIdFactory(region, seed) {
  const r = rng(seed); const used = new Set();
  return function (y0, y1, female) {
    for (;;) {
      const y = y0 + Math.floor(r() * (y1 - y0 + 1));
      const m = 1 + Math.floor(r() * 12); const d = 1 + Math.floor(r() * 28);
      let seq = Math.floor(r() * 999) + 1;
      if (female !== undefined) { if ((seq % 2 === 1) === !!female) seq = (seq % 998) + 1; }
      const s17 = region + y + pad2(m) + pad2(d) + String(seq).padStart(3, '0');
      const id = s17 + idCheck(s17);
      if (!used.has(id)) { used.add(id); return id; }
    }
  };
}
// Unified social credit code
const USCC_CH = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function uscc(region, r) {
  let body = '91' + region + 'MA5';
  while (body.length < 17) body += USCC_CH[Math.floor(r() * 31)];
  let s = 0; for (let i = 0; i < 17; i++) s += USCC_CH.indexOf(body[i]) * USCC_W[i];
  return body + USCC_CH[(31 - (s % 31)) % 31];
}
function phone(r) { return '1' + pick(r, ['33', '35', '37', '38', '39', '50', '58', '59', '80', '88']) + String(Math.floor(r() * 1e8)).padStart(8, '0'); }
function money(n) { const neg = n < 0; const s = Math.abs(n).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ','); return (neg ? '-' : '') + s; }

const SURNAMES_WJ = ['李', '黄', '陈', '刘', '邓', '何', '曾', '罗', '张', '朱', '钟', '谢', '梁', '邱', '温'];
const GIVEN_M = ['国强', '建华', '志明', '伟', '文军', '永新', '海波', '家华', '金水', '石生', '福来', '春生', '振光', '俊杰', '子豪', '水清', '汉林', '德胜', '荣贵', '亚东'];
const GIVEN_F = ['秀英', '玉梅', '桂兰', '丽娟', '凤娇', '美玲', '小燕', '春花', '惠芳', '雪梅', '金凤', '思琪', '晓红', '月娥', '翠英', '慧敏'];

// =====================================================================
// 1. County case: 韶关市武江区
// =====================================================================
function buildWujiang() {
  const r = rng(53001);
  const mkId = makeIdFactory('440203', 53002);
  const AS_OF = '2021-08-31';

  // ---------------- 自评底稿 (facts, clerk's own "九个一" layout) ----------------
  const F = []; const FM = [];
  const sec = (t) => { FM.push(range(F.length, 0, F.length, 5)); F.push([t, null, null, null, null, null]); };
  F.push(['武江区电子商务进农村综合示范创建考评　自评底稿（对照“九个一”逐项对账）', null, null, null, null, null]); FM.push('A1:F1');
  F.push(['区商务局电商股整理　　数据截至2021年8月31日　　二〇二一年九月三日第三稿（内部用，勿外传）', null, null, null, null, null]); FM.push('A2:F2');
  F.push(['编号', '要点（我们的说法）', '情况', '自评', '材料在哪', '备注']);
  sec('一、一个班子');
  F.push(['1', '谁挂帅', '区长（区委副书记、区长任领导小组组长，常务副区长、分管副区长任副组长）', null, '第1盒 1-1', '韶武府办〔2019〕41号']);
  F.push(['2', '哪些单位在里面', '区商务局、区财政局、区农业农村局、区乡村振兴局（原区扶贫办）、区市场监管局、区交通运输局、邮政武江区分公司，各镇（街）', null, '第1盒 1-1', null]);
  F.push(['3', '开过几次会', '领导小组会议3次，推进会5次', null, '第1盒 1-2', null]);
  sec('二、一个方案、一套办法');
  F.push(['4', '创建方案印了没有', '印了（韶武府办〔2020〕9号，二〇二〇年三月二十日印发）', 2, '第1盒 2-1', null]);
  F.push(['5', '扶持政策', '出台了《武江区促进农村电子商务发展扶持办法（试行）》，兑现不多', 1, '第1盒 3-1', '落实一般，只报1分']);
  F.push(['6', '项目管理办法', '有，建设、验收都按办法走', 2, '第2盒', null]);
  F.push(['7', '工作台账', '有，按项目逐月记', 2, '第2盒', null]);
  sec('三、一个中心');
  F.push(['8', '中心什么时候开张', '二〇二〇年十二月十八日揭牌运营', null, '第3盒', '11月试运营，以揭牌日为准']);
  F.push(['9', '免费培训场地、设备', '有（培训室80座、电脑40台）', null, '第3盒', null]);
  F.push(['10', '农产品免费展示、代销', '有（展厅200平方米，120多款产品）', null, '第3盒', null]);
  F.push(['11', '免费摄影', '无（摄影棚按成本价收费）', null, null, '这项拿不到']);
  F.push(['12', '免费美工', '〃', null, null, null]);
  F.push(['13', '统一推广、品牌指导', '有（“武江好物”区域公用品牌）', null, '第3盒', null]);
  F.push(['14', '其他增值服务', '〃', null, '第3盒', '代办证照、金融对接']);
  sec('四、一个园区');
  F.push(['15', '产业园', '建了（整合西联电商孵化基地，挂牌“武江区电子商务产业园”）', null, '第4盒', null]);
  F.push(['16', '在园企业', '20家（8月底在园；销售型、平台型、运营服务商、物流快递都有）', null, '第4盒', '台账登记过24行：1家更名重登、2家已退出、1家9月才进']);
  sec('五、一张网');
  F.push(['17', '行政村', '58个（另有社区、居委会16个）', null, '第5盒', null]);
  F.push(['18', '省定贫困村', '9个', null, '第5盒', null]);
  F.push(['19', '建了站的行政村', '44个，贫困村9个全覆盖', null, '第5盒', '林场那个点不算村']);
  F.push(['20', '快递进村', '全覆盖', null, '邮政证明', null]);
  F.push(['21', '第三方运营', '有（韶关市粤北优选电子商务有限公司负责中心运营）', null, '第3盒', null]);
  sec('六、一批网货');
  F.push(['22', '网销调研', '做了，《武江区农产品网络销售调研报告》已报市局', 2, '第6盒', null]);
  F.push(['23', '网上促销', '年货节、“618”、荔枝季、丰收节共4场', 2, '第6盒', null]);
  F.push(['24', '交易标准、冷链、溯源', '出了2项团体标准，溯源接了省平台，冷链没建', 1, '第6盒', null]);
  F.push(['25', '农村网络零售额', '2019年约4.62亿元；2020年约5.81亿元', null, '统计局数', '增长约25.8%，不够30%']);
  F.push(['26', '农产品网络零售额', '2019年1.35亿元；2020年1.79亿元', null, '统计局数', '增长32.6%，够30%']);
  sec('七、一支队伍');
  F.push(['27', '常住人口', '36.79万人（七普）', null, null, '户籍32.1万，别用错']);
  F.push(['28', '培训人次', '3,766人次（普及培训3,610＋贫困户专场156）', null, '第7盒', '9月8日那期150人次、9月9日专场不算']);
  F.push(['29', '有劳动能力的贫困人口（扣外出务工）', '100人', null, '第7盒', '乡村振兴局名单160人']);
  F.push(['30', '参训的贫困人口', '62人（62%）', null, '第7盒', '不够70%，加分拿不到']);
  sec('八、一个专栏、一本报送账');
  F.push(['31', '政府网专栏', '有：创建方案、项目信息、建设进度都挂了，监督举报电话也有', null, '截图', null]);
  F.push(['32', '专栏更新', '每月更新', null, '后台记录', '2月份过年好像没更，再核']);
  F.push(['33', '月报', '每月报市商务局', null, '报送记录', '12月份月报2月3日才报']);
  F.push(['34', '电商扶贫统计', '有（月报附表2）', null, null, null]);
  sec('九、一本资金账');
  F.push(['35', '省级资金下达', '500万元', null, '第8盒', null]);
  F.push(['36', '已拨付', '3,868,450.00元（77.4%）', null, '第8盒', '9月15日尾款25万不算']);
  F.push(['37', '资金管理办法', '有', 5, '第8盒', null]);
  F.push(['38', '资金台账', '有，承建单位专账', 4, '第8盒', null]);
  F.push(['39', '按进度拨付', '基本按合同节点拨，个别滞后', 4, '第8盒', null]);
  F.push(['40', '总体进度', '约85%', null, null, null]);
  sec('十、红线');
  F.push(['41', '安全生产、质量事故', '没有', null, null, null]);
  F.push(['42', '弄虚作假', '没有', null, null, null]);
  F.push([null, null, null, null, null, null]);
  sec('十一、自评得分汇总（对照省考评表）');
  F.push(['序', '指标（我们的叫法）', '满分', '自评', '差在哪', null]);
  const summary = [
    ['组织领导（班子）', 2, 2, null], ['方案', 2, 2, null], ['政策', 2, 1, '落实一般'], ['项目管理', 4, 4, null],
    ['中心和园区', 15, 14, '摄影美工收费'], ['站点覆盖', 10, 10, null], ['上行', 10, 9, '冷链没建'], ['培训', 20, 20, null],
    ['专栏', 4, 4, null], ['月报', 6, 6, null], ['经验材料', 2, 2, null], ['宣传', 8, 8, '省、市、县媒体都报了'],
    ['资金制度', 5, 5, null], ['资金台账', 5, 4, null], ['资金拨付', 5, 4, '个别滞后'],
    ['加分：贫困户培训率', 2, 0, '62%不够70%'], ['加分：电视播报典型案例', 2, 1, '广东台珠江频道'],
  ];
  summary.forEach((s, i) => F.push([String(i + 1), s[0], s[1], s[2], s[3], null]));
  const claimedTotal = summary.reduce((a, s) => a + s[2], 0);
  assert(claimedTotal === 96, 'claimed total ' + claimedTotal);
  F.push([null, '合计', 100, claimedTotal, '（基础分95＋加分1）', null]);
  F.push([null, null, null, null, null, null]);
  F.push(['经办：', '邱××', '审核：', '何××', null, null]);

  // ---------------- 村居名单 ----------------
  const towns = [
    ['新华街道', [], [['新华南社区', '社区'], ['新华北社区', '社区'], ['西河桥社区', '社区'], ['工业西社区', '社区'], ['沙洲尾社区', '社区'], ['武江大道社区', '社区']]],
    ['惠民街道', ['甘棠村', '东岗村', '水口村'], [['惠民社区', '社区'], ['工业东社区', '社区'], ['芙蓉社区', '社区'], ['沐溪社区', '社区']]],
    ['西联镇', ['西联村', '芙蓉村', '苍石村', '新江村', '丰塘村', '沙园村', '黄金村', '乐群村', '上窑村'], [['西联社区', '社区'], ['芙蓉新城社区', '社区']]],
    ['西河镇', ['西河村', '保安村', '上坪村', '长坝村', '大塘村', '土岭村', '石岗村', '新围村', '罗坑村', '板坑村'], [['西河社区', '社区'], ['铁路社区', '社区']]],
    ['龙归镇', ['龙归村', '冲下村', '社主村', '南坑村', '径口村', '石牌村', '白沙村', '禾坑村', '黄塘村', '沙溪村', '桥头村', '湾头村', '坝子村', '三联村'], [['龙归居委会', '居委会']]],
    ['江湾镇', ['江湾村', '大源村', '朱家村', '三溪村', '岩前村', '芦溪村', '下坪村', '黄沙坪村', '东坑村', '梨树下村', '石门村'], [['江湾居委会', '居委会']]],
    ['重阳镇', ['重阳村', '水头村', '塘下村', '田心村', '围子村', '连塘村', '高桥村', '新联村', '坑口村', '大坪村', '车湖村'], []],
  ];
  const POOR = ['罗坑村', '板坑村', '南坑村', '禾坑村', '坝子村', '东坑村', '梨树下村', '车湖村', '坑口村'];
  const UNCOVERED = ['甘棠村', '水口村', '乐群村', '上窑村', '长坝村', '新围村', '湾头村', '三联村', '沙溪村', '芦溪村', '石门村', '新联村', '围子村', '大坪村'];
  const NO_EXPRESS = ['石门村'];
  const adminAll = []; towns.forEach(t => t[1].forEach(v => adminAll.push([t[0], v])));
  assert(adminAll.length === 58, 'admin villages ' + adminAll.length);
  const written = (town, v) => town === '龙归镇' ? v.replace(/村$/, '村委会') : town === '江湾镇' ? v.replace(/村$/, '村民委员会') : v;
  const V = []; const VM = [];
  V.push(['武江区村（居）民委员会名单', null, null, null, null, null, null]); VM.push('A1:G1');
  V.push(['填报单位：武江区商务局（据区民政局2021年区划资料整理）　　　　★为省定贫困村', null, null, null, null, null, null]); VM.push('A2:G2');
  V.push(['序号', '镇（街道）', '村（居）委会', '类别', '省定贫困村', '快递进村', '备注']);
  let vn = 0; let poorCount = 0;
  towns.forEach(([town, vils, comms]) => {
    const start = V.length;
    vils.forEach(v => {
      vn++; const isPoor = POOR.includes(v); if (isPoor) poorCount++;
      const ex = NO_EXPRESS.includes(v) ? '未通（村民到镇上取件）' : '已通';
      V.push([vn, town, written(town, v), '村委会', isPoor ? '★' : null, ex, null]);
    });
    comms.forEach(([c, kind]) => { vn++; V.push([vn, town, c, kind, null, '—', town.endsWith('街道') ? null : '镇区']); });
    if (V.length - start > 1) VM.push(range(start, 1, V.length - 1, 1));
  });
  assert(poorCount === 9, 'poor');
  V.push(['合计', null, '行政村58个，社区（居委会）16个，其中省定贫困村9个', null, null, null, null]); VM.push(range(V.length - 1, 2, V.length - 1, 6));
  V.push(['注：“快递进村”按区邮政管理部门2021年7月摸查情况填写；社区、居委会不统计。', null, null, null, null, null, null]); VM.push(range(V.length - 1, 0, V.length - 1, 6));

  // ---------------- 站点 ----------------
  const S = []; const SM = [];
  S.push(['武江区村级电子商务服务站点清单', null, null, null, null, null, null, null]); SM.push('A1:H1');
  S.push(['（截至2021年9月15日）', null, null, null, null, null, null, null]); SM.push('A2:H2');
  S.push(['序号', '站点名称', '所在镇（街）', '所在村（居）', '挂牌时间', '站长', '联系电话', '主要服务']);
  const services = ['代购代销、代收代发快递', '代缴费、代收快递、农产品收购', '网上代买代卖、小额取款', '代收代发快递、电商宣传'];
  let sn = 0; const covered = new Set(); const coveredPoor = new Set();
  const dateFor = (i) => {
    // deterministic spread Jul 2020 .. Aug 2021
    const months = [[2020, 7], [2020, 8], [2020, 9], [2020, 10], [2020, 11], [2020, 12], [2021, 1], [2021, 3], [2021, 4], [2021, 5], [2021, 6], [2021, 7], [2021, 8]];
    const [y, m] = months[i % months.length]; const d = 3 + ((i * 7) % 25);
    const f = i % 5;
    if (f === 0) return D(iso(y, m, d));
    if (f === 1) return y + '.' + m + '.' + d;
    if (f === 2) return y + '年' + m + '月';
    if (f === 3) return String(y).slice(2) + '.' + m + '.' + d;
    return y + '/' + m + '/' + d;
  };
  const villageCell = (town, v, i) => {
    const k = i % 4; if (k === 0) return v; if (k === 1) return v.replace(/村$/, '村委会'); if (k === 2) return v.replace(/村$/, '村民委员会'); return v;
  };
  let si = 0;
  towns.forEach(([town, vils, comms]) => {
    const start = S.length;
    vils.forEach(v => {
      if (UNCOVERED.includes(v) && v !== '沙溪村') return;
      sn++;
      const sname = town.replace(/(镇|街道)$/, '') + v.replace(/村$/, '') + '村电子商务服务站';
      let opened = dateFor(si);
      if (v === '径口村') opened = '2021年元月';
      if (v === '沙溪村') opened = D('2021-09-10');
      S.push([sn, sname, town, villageCell(town, v, si), opened, pick(r, SURNAMES_WJ) + pick(r, GIVEN_M.concat(GIVEN_F)), phone(r), services[si % 4]]);
      si++;
      if (v !== '沙溪村') { covered.add(v); if (POOR.includes(v)) coveredPoor.add(v); }
      if (v === '龙归村') { sn++; S.push([sn, '龙归圩电商综合服务点', town, '龙归村委会', '2020.12.8', '曾庆华', phone(r), '代收代发快递、农产品收购']); }
    });
    if (town === '西联镇') { sn++; S.push([sn, '芙蓉新城社区电商服务点', town, '芙蓉新城社区', D('2020-11-20'), '黄丽娟', phone(r), '代收代发快递']); }
    if (town === '西河镇') { sn++; S.push([sn, '武江区国营林场电商服务点', town, '国营林场（场部）', '2021.4.16', '刘石生', phone(r), '代收快递、林下产品代销']); }
    if (S.length - start > 1) SM.push(range(start, 2, S.length - 1, 2));
  });
  assert(covered.size === 44, 'covered ' + covered.size);
  assert(coveredPoor.size === 9, 'covered poor');
  assert(S.length - 3 === 48, 'station rows ' + (S.length - 3));
  S.push([null, '合计：站点48个（含社区点、林场点各1个）', null, null, null, null, null, null]); SM.push(range(S.length - 1, 1, S.length - 1, 7));
  S.push(['注：沙溪村站点于9月10日挂牌，列入清单备查。', null, null, null, null, null, null, null]); SM.push(range(S.length - 1, 0, S.length - 1, 7));

  // ---------------- 脱贫人口 (poor persons) ----------------
  const cats = shuffle(r, Array(100).fill('E').concat(Array(35).fill('M')).concat(Array(25).fill('N')));
  const hhVillages = ['罗坑村', '板坑村', '南坑村', '禾坑村', '坝子村', '东坑村', '梨树下村', '车湖村', '坑口村', '冲下村', '石牌村', '重阳村', '江湾村', '西河村'];
  const townOf = {}; towns.forEach(t => t[1].forEach(v => { townOf[v] = t[0]; }));
  const persons = []; let idx = 0; let hh = 0;
  const rels = ['户主', '配偶', '长子', '长女', '次子', '孙子', '孙女'];
  while (idx < cats.length) {
    const size = Math.min(cats.length - idx, 1 + Math.floor(r() * 5));
    const v = hhVillages[hh % hhVillages.length]; hh++;
    const sur = pick(r, SURNAMES_WJ); let headName = null;
    for (let k = 0; k < size; k++, idx++) {
      const rel = rels[k]; const female = rel === '配偶' || rel === '长女' || rel === '孙女';
      const name = (rel === '配偶' ? pick(r, SURNAMES_WJ) : sur) + pick(r, female ? GIVEN_F : GIVEN_M);
      if (k === 0) headName = name;
      const c = cats[idx];
      const yrs = k <= 1 ? [1956, 1982] : k <= 4 ? [1983, 2002] : [2005, 2012];
      const id = mkId(yrs[0], yrs[1], female);
      const labour = c === 'N' ? (k >= 5 ? '无劳动能力' : pick(r, ['无劳动能力', '丧失劳动能力'])) : '有劳动能力';
      const work = c === 'M' ? '外出务工' : c === 'E' ? pick(r, ['未外出', '在家务农', '未外出']) : null;
      persons.push({ town: townOf[v], village: v, head: headName, name, rel, id, cat: c, labour, work });
    }
  }
  const P = []; const PM = [];
  P.push(['武江区建档立卡脱贫人口名单（劳动能力及务工情况）', null, null, null, null, null, null, null, null, null]); PM.push('A1:J1');
  P.push(['数据来源：区乡村振兴局（2021年8月）', null, null, null, null, null, null, null, null, null]); PM.push('A2:J2');
  P.push(['序号', '镇', '村', '户主姓名', '姓名', '与户主关系', '身份证号码', '劳动能力', '务工情况', '备注']);
  persons.forEach((p, i) => P.push([i + 1, p.town, p.village, p.head, p.name, p.rel, p.id, p.labour, p.work, p.cat === 'N' && p.rel.startsWith('孙') ? '在校生' : null]));
  P.push([null, '合计160人，其中有劳动能力135人（外出务工35人）', null, null, null, null, null, null, null, null]); PM.push(range(P.length - 1, 1, P.length - 1, 9));
  const eligible = persons.filter(p => p.cat === 'E');
  const migrants = persons.filter(p => p.cat === 'M');
  assert(eligible.length === 100 && migrants.length === 35, 'poor cats');
  const e = shuffle(r, eligible); // e[0..99] = e1..e100
  const m = migrants.slice(0, 4);
  const nonPoor = [0, 1, 2].map(k => ({ name: ['邱建华', '温美玲', '何振光'][k], id: mkId(1975, 1990, k === 1), village: ['南坑村', '车湖村', '罗坑村'][k], nonPoor: true }));
  const E = (a, b) => e.slice(a - 1, b);
  const sessions = [
    { label: '第一场', date: D('2020-11-19'), iso: '2020-11-19', people: E(1, 36).concat([m[0], m[1], nonPoor[0], nonPoor[1]]) },
    { label: '第二场', date: '2021.1.14', iso: '2021-01-14', people: E(20, 55).concat([m[2], nonPoor[2]]) },
    { label: '第三场', date: '2021年4月22日', iso: '2021-04-22', people: E(37, 62).concat(E(1, 14)).concat([m[3], m[0]]) },
    { label: '第四场', date: D('2021-07-15'), iso: '2021-07-15', people: E(40, 62).concat(E(5, 17)) },
    { label: '第五场', date: '2021.9.9', iso: '2021-09-09', people: [e[62]].concat(E(1, 29)) },
  ];
  const counts = sessions.map(s => s.people.length);
  assert(JSON.stringify(counts) === JSON.stringify([40, 38, 42, 36, 30]), 'session sizes ' + counts);
  const trainedIds = new Set(); let signRowsBefore = 0;
  sessions.forEach(s => { if (s.iso <= AS_OF) { signRowsBefore += s.people.length; s.people.forEach(p => trainedIds.add(p.id)); } });
  const eligibleIds = new Set(eligible.map(p => p.id));
  const trainedEligible = [...trainedIds].filter(id => eligibleIds.has(id)).length;
  assert(signRowsBefore === 156, 'sign rows'); assert(trainedEligible === 62, 'trained eligible ' + trainedEligible);
  const T2 = []; const T2M = [];
  T2.push(['武江区建档立卡贫困户电商技能专场培训签到表', null, null, null, null, null, null]); T2M.push('A1:G1');
  T2.push(['（贫困户专场，另见普及培训台账；身份证号用于与区乡村振兴局名单比对）', null, null, null, null, null, null]); T2M.push('A2:G2');
  T2.push(['序号', '场次', '培训日期', '姓名', '身份证号码', '所在村', '是否建档立卡']);
  let xLower = 0;
  sessions.forEach(s => {
    s.people.forEach((p, i) => {
      let id = p.id;
      if (id.endsWith('X') && xLower < 3) { id = id.slice(0, 17) + 'x'; xLower++; }
      T2.push([i + 1, s.label, s.date, p.name, id, p.village, p.nonPoor ? '否' : '是']);
    });
  });

  // ---------------- 普及培训 (sessions) ----------------
  const sess = [
    ['第1期', D('2020-09-17'), '西联镇电商产业园培训室', '电商基础知识普及', 260, 18],
    ['第2期', '2020.10.15', '龙归镇政府会议室', '农产品网店开设与运营', 238, 22],
    ['第3期', '2020年11月5日', '区电商公共服务中心', '短视频与直播带货', '305人次', 15],
    ['第4期', D('2020-11-26'), '江湾镇文化站', '电商基础知识普及', 212, 20],
    ['第5期', '2020.12.10', '重阳镇政府会议室', '农产品品牌与包装', 276, 24],
    ['第6期', '2021.1.7', '线上（腾讯会议）', '年货节网销实操', 180, 0],
    ['第7期', '2021.3.3-4', '区电商公共服务中心', '电商创业提升班（两天）', 264, 12],
    ['第8期', D('2021-03-25'), '西河镇政府会议室', '电商基础知识普及', 251, 19],
    ['第9期', '2021年4月15日', '区电商公共服务中心', '直播电商实训', 298, 10],
    ['第10期', '2021.5.13', '惠民街道办会议室', '社区团购与微商', 226, 8],
    ['第11期', D('2021-06-03'), '龙归镇政府会议室', '“618”促销实操', 247, 21],
    ['第12期', '2021.6.24', '区电商公共服务中心', '农产品上行与冷链', 280, 16],
    ['第13期', '2021年7月22日', '江湾镇文化站', '电商基础知识普及', 315, 25],
    ['第14期', '2021.8.26', '区电商公共服务中心', '荔枝季网销复盘', 258, 14],
    ['第15期', '2021.9.8', '重阳镇政府会议室', '电商基础知识普及', 150, 11],
  ];
  const personTimesOf = (x) => typeof x === 'number' ? x : Number(String(x).replace(/[^0-9]/g, ''));
  const sessBefore = sess.slice(0, 14).reduce((a, s) => a + personTimesOf(s[4]), 0);
  assert(sessBefore === 3610, 'session sum ' + sessBefore);
  const T1 = []; const T1M = [];
  T1.push(['武江区电子商务普及培训台账（不含贫困户专场，专场见“专场签到”）', null, null, null, null, null, null]); T1M.push('A1:G1');
  T1.push(['期次', '培训日期', '培训地点', '培训内容', '参训人次', '其中：建档立卡贫困户', '备注']);
  sess.forEach(s => T1.push([s[0], s[1], s[2], s[3], s[4], s[5], s[0] === '第15期' ? '9月份举办' : s[0] === '第7期' ? '两天班，人次按实到' : null]));
  T1.push(['合计', null, null, null, 3760, 235, '含第15期']);
  T1.push(['注：普及培训人次已含参训的贫困户人次；贫困户专场按签到表另计。', null, null, null, null, null, null]); T1M.push(range(T1.length - 1, 0, T1.length - 1, 6));

  const totalPT = sessBefore + signRowsBefore;
  assert(totalPT === 3766, 'pt');
  assert(totalPT * 100 >= 367900 && sessBefore * 100 < 367900, 'training tier trap');

  // ---------------- 产业园企业 ----------------
  const ent = [
    ['韶关市武江区粤味坊农产品有限公司', '销售型', D('2020-11-06'), null, '2021年5月更名，见第22行'],
    ['韶关市好物优选电子商务有限公司', '平台型', '2020.11.6', null, null],
    ['武江区丹霞山珍土特产经营部', '销售型', '2020年11月', null, null],
    ['韶关市顺丰速运有限公司武江分部', '物流快递', D('2020-11-20'), null, null],
    ['韶关市云上农品网络科技有限公司', '电商运营服务商', '2020.12.1', null, null],
    ['武江区龙归米业网店', '销售型', '2020.12.18', null, null],
    ['韶关市粤北优选电子商务有限公司', '电商运营服务商', D('2020-12-18'), null, '中心运营方'],
    ['武江区江湾茶叶专业合作社（网店）', '销售型', '2021.1.8', null, null],
    ['韶关市邮政分公司武江电商仓', '物流快递', '2021年1月', null, null],
    ['韶关市优品直播文化传媒有限公司', '直播电商', '2021.3.2', null, null],
    ['武江区重阳蜂蜜网店', '销售型', D('2021-03-10'), D('2021-06-30'), '经营不善退出'],
    ['韶关市乐村淘武江运营中心', '平台型', '2021.3.15', null, null],
    ['武江区西河黄烟土特产店', '销售型', '2020.12.20', '2021.3.15', '迁出园区'],
    ['韶关市快邦仓储物流有限公司', '物流快递', '2021.4.1', null, null],
    ['韶关市新农人电商代运营有限公司', '电商运营服务商', '2021年4月8日', null, null],
    ['武江区荔乡电商工作室', '销售型', '2021.4.20', null, null],
    ['韶关市丹霞优品供应链有限公司', '平台型', D('2021-05-06'), null, null],
    ['武江区芙蓉腐竹网店', '销售型', '2021.5.18', null, null],
    ['韶关市小镇网红直播基地', '直播电商', '2021.6.1', null, null],
    ['武江区三溪客家米酒坊', '销售型', '2021.6.15', null, null],
    ['韶关市数智电商服务有限公司', '电商运营服务商', '2021.7.5', null, null],
    ['韶关粤味坊食品科技有限公司（原粤味坊农产品）', '销售型', '2021.5.10', null, '更名，同一信用代码'],
    ['武江区土岭竹编网店', '销售型', D('2021-07-26'), null, null],
    ['韶关市农链科技有限公司', '平台型', D('2021-09-06'), null, '9月入驻'],
  ];
  const codes = ent.map(() => uscc('440203', r));
  codes[21] = codes[0];
  const EN = []; const ENM = [];
  EN.push(['武江区电子商务产业园入驻企业清单', null, null, null, null, null, null, null]); ENM.push('A1:H1');
  EN.push(['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻时间', '退出时间', '状态', '备注']);
  ent.forEach((x, i) => EN.push([i + 1, x[0], codes[i], x[1], x[2], x[3], x[3] ? '已退出' : '在园', x[4]]));
  const inPark = new Set(); ent.forEach((x, i) => {
    const inDate = typeof x[2] === 'object' ? x[2].date : x[2];
    if (i === 23) return; // entered 2021-09-06
    if (x[3]) return; // left before cut-off (both exits are ≤ 2021-06-30)
    inPark.add(codes[i]);
    void inDate;
  });
  assert(inPark.size === 20, 'in park ' + inPark.size);

  // ---------------- 资金 ----------------
  const funds = [
    [D('2020-06-28'), '记-0612', '韶关市粤北优选电子商务有限公司', '县级中心建设预付款', 600000, null],
    ['2020.8.20', '记-0815', '韶关市农联通信息技术有限公司', '村级站点建设（一期）首付款', '450,000.00', null],
    ['2020.10.16', '记-1009', '韶关市职业技能培训学校', '电商培训服务首付款', 180000, null],
    [D('2020-11-30'), '记-1127', '韶关市快邦仓储物流有限公司', '区镇村三级物流体系建设', '520,000.00', null],
    ['2020/12/25', '记-1221', '韶关市粤北优选电子商务有限公司', '中心运营服务费（第一期）', 350000, null],
    ['2021.1.22', '记-0118', '韶关市农联通信息技术有限公司', '村级站点建设（一期）进度款', 360000, null],
    ['2021年3月18日', '记-0311', '广州某农业咨询有限公司', '网销调研及品牌策划', '125,000.00', null],
    [D('2021-04-09'), '记-0405', '韶关市农联通信息技术有限公司', '村级站点建设（二期）', 415000, null],
    ['2021.5.20', '记-0517', '韶关市职业技能培训学校', '电商培训服务进度款', '166,450.00', null],
    ['2021.6.11', '记-0608', '韶关市快邦仓储物流有限公司', '退回多付物流设备款', -12000, '承建单位退回'],
    [D('2021-07-08'), '记-0703', '韶关市农链科技有限公司', '农产品溯源系统建设', 288000, null],
    ['2021.8.12', '记-0809', '韶关市建工集团有限公司', '电商产业园整合改造', '426,000.00', null],
    ['2021.9.15', '记-0911', '韶关市粤北优选电子商务有限公司', '中心运营服务费（尾款）', 250000, '9月拨付'],
  ];
  const num = (x) => typeof x === 'number' ? x : Number(String(x).replace(/,/g, ''));
  const spent = funds.slice(0, 12).reduce((a, f) => a + num(f[4]), 0);
  assert(spent === 3868450, 'spent ' + spent);
  const FU = []; const FUM = [];
  FU.push(['武江区省级电子商务进农村综合示范专项资金拨付台账', null, null, null, null, null, null]); FUM.push('A1:G1');
  FU.push(['下达资金：500万元（粤财工〔2019〕××号）', null, null, null, null, '单位：元', null]); FUM.push('A2:E2');
  FU.push(['序号', '拨付日期', '凭证号', '收款单位', '用途', '拨付金额', '备注']);
  funds.forEach((f, i) => FU.push([i + 1, f[0], f[1], f[2], f[3], f[4], f[5]]));
  FU.push(['合计', null, null, null, null, '4,118,450.00', '含9月15日尾款']);

  // ---------------- 月报 ----------------
  const reports = [
    [D('2020-09-08'), '8月份创建工作进展及电商数据', '是'], ['2020.10.10', '9月份创建工作进展及电商数据', '是'],
    ['2020.11.9', '10月份创建工作进展及电商数据', '否'], [D('2020-12-08'), '11月份创建工作进展及电商数据', '是'],
    ['2021.2.3', '12月份创建工作进展及电商数据（疫情防控推迟报送）', '是'], ['2021.2.25', '1月份创建工作进展及电商数据', '是'],
    ['2021.3.9', '2月份创建工作进展及电商数据', '否'], [D('2021-04-08'), '3月份创建工作进展及电商数据', '是'],
    ['2021.5.10', '4月份创建工作进展及电商数据', '是'], ['2021.6.8', '5月份创建工作进展及电商数据', '是'],
    [D('2021-07-08'), '6月份创建工作进展及电商数据', '是'], ['2021.8.9', '7月份创建工作进展及电商数据', '是'],
    ['2021.9.7', '8月份创建工作进展及电商数据', '是'],
  ];
  const R = [['武江区电商进农村示范创建工作报送记录（报韶关市商务局）', null, null, null, null]]; const RM = ['A1:E1'];
  R.push(['序号', '报送日期', '报送内容', '报送方式', '是否附电商扶贫统计表']);
  reports.forEach((x, i) => R.push([i + 1, x[0], x[1], i % 3 === 0 ? '粤政易' : '电子邮件', x[2]]));
  const repMonths = new Set(reports.map(x => { const s = typeof x[0] === 'object' ? x[0].date : x[0].replace(/\./g, '-'); const [y, mm] = s.split('-'); return y + '-' + pad2(mm); }).filter(k => k >= '2020-09' && k <= '2021-08'));
  assert(repMonths.size === 11 && !repMonths.has('2021-01'), 'report months ' + [...repMonths]);

  // ---------------- 专栏 ----------------
  const disc = [
    ['2020.9.15', '武江区电子商务进农村综合示范创建工作方案'], ['2020.9.28', '示范创建项目基本信息公示'], [D('2020-10-20'), '9月份项目建设进度'],
    ['2020.11.18', '10月份项目建设进度'], ['2020.12.21', '11月份项目建设进度'], [D('2021-01-19'), '12月份项目建设进度'],
    ['2021.3.16', '1—2月项目建设进度'], ['2021.4.20', '3月份项目建设进度'], [D('2021-05-18'), '4月份项目建设进度'],
    ['2021.6.22', '5月份项目建设进度'], ['2021.7.20', '6月份项目建设进度'], ['2021.8.17', '7月份项目建设进度'],
    ['2021.9.14', '8月份项目建设进度'],
  ];
  const DI = [['武江区人民政府门户网站“电子商务进农村”专栏更新记录', null, null, null]]; const DIM = ['A1:D1'];
  DI.push(['栏目设置：创建方案｜项目信息｜建设进度｜监督举报（电话0751-8××××××）', null, null, null]); DIM.push('A2:D2');
  DI.push(['序号', '发布日期', '标题', '栏目']);
  disc.forEach((x, i) => DI.push([i + 1, x[0], x[1], i === 0 ? '创建方案' : i === 1 ? '项目信息' : '建设进度']));

  // ---------------- 宣传 ----------------
  const MD = [['武江区电商进农村宣传报道统计表', null, null, null, null, null, null]]; const MDM = ['A1:G1'];
  MD.push(['序号', '日期', '媒体', '级别', '形式', '标题', '是否电商扶贫典型案例']);
  [
    ['2020.10.21', '南方+', '省级', '网络', '武江：电商服务站开进贫困村', '否'],
    [D('2020-12-19'), '武江区融媒体中心', '县级', '网络', '武江区电子商务公共服务中心揭牌运营', '否'],
    ['2021.1.26', '广东广播电视台珠江频道', '省级', '电视', '“云上年货节”帮贫困户卖出土特产', '是'],
    ['2021年4月16日', '武江发布', '县级', '微信公众号', '直播间里的龙归米', '否'],
    [D('2021-06-18'), '南方日报', '省级', '报纸', '韶关武江：小站点撬动农产品大市场', '否'],
    ['2021.9.3', '韶关日报', '市级', '报纸', '武江电商进农村示范创建见成效', '否'],
  ].forEach((x, i) => MD.push([i + 1].concat(x)));

  // ---------------- 经验材料 ----------------
  const MA = [['武江区经验材料报送登记', null, null, null]]; const MAM = ['A1:D1'];
  MA.push(['序号', '报送日期', '材料名称', '报送单位']);
  MA.push([1, '2021.3.30', '武江区“电商＋合作社”助农增收经验做法', '韶关市商务局']);
  MA.push([2, D('2021-07-20'), '小站点大作用——武江区村级电商服务站建设案例', '韶关市商务局']);
  MA.push([3, '2021.9.6', '武江区电商进农村示范创建工作总结', '韶关市商务局']);

  const sheets = [
    { name: '自评底稿', rows: F, merges: FM },
    { name: '村居名单', rows: V, merges: VM },
    { name: '站点', rows: S, merges: SM },
    { name: '普及培训', rows: T1, merges: T1M },
    { name: '专场签到', rows: T2, merges: T2M },
    { name: '脱贫人口', rows: P, merges: PM },
    { name: '产业园企业', rows: EN, merges: ENM },
    { name: '资金', rows: FU, merges: FUM },
    { name: '月报', rows: R, merges: RM },
    { name: '专栏', rows: DI, merges: DIM },
    { name: '宣传', rows: MD, merges: MDM },
    { name: '经验材料', rows: MA, merges: MAM },
  ];
  const points = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 4,
    'work.center': 14, 'work.coverage': 10, 'work.upward': 8, 'work.training': 20,
    'info.disclosure': 3, 'info.reporting': 4, 'promo.cases': 2, 'promo.media': 5,
    'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
    'bonus.poorTraining': 0, 'bonus.tvCase': 1,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  const scored = Object.entries(points).filter(([k]) => !k.startsWith('bonus') && !k.startsWith('veto')).reduce((a, [, v]) => a + v, 0);
  assert(scored === 88, 'scored ' + scored);
  const claimed = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 4, 'work.center': 14, 'work.coverage': 10,
    'work.upward': 9, 'work.training': 20, 'info.disclosure': 4, 'info.reporting': 6, 'promo.cases': 2, 'promo.media': 8,
    'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4, 'bonus.poorTraining': 0, 'bonus.tvCase': 1,
  };
  write('counties', 'b53-c1-wujiang.json', {
    description: '韶关市武江区商务局电商股的整本考评工作簿（12个表），中上（89分，含加分1分，未否决；底稿自评96分）。事实表《自评底稿》是电商股按自己总结的“九个一”（一个班子、一个方案一套办法、一个中心、一个园区、一张网、一批网货、一支队伍、一个专栏一本报送账、一本资金账）分节逐项对账：编号|要点（我们的说法，口语问句如“谁挂帅”“创建方案印了没有”）|情况|自评|材料在哪|备注，日期写成“二〇二〇年十二月十八日”，“免费美工”“其他增值服务”两格只写“〃”（同上一行：前者同“无（按成本价收费）”，后者同“有”），零售额两年挤在一格（“2019年约4.62亿元；2020年约5.81亿元”），判断项分数在“自评”列，末尾“十一、自评得分汇总”用自己的指标叫法给出各指标自评分（县里的 claimed）。台账：村（居）名单（★标贫困村、快递“已通/未通”、石门村未通而底稿写“全覆盖”）；站点清单（挂牌时间真日期、2020.8.10、2020年9月、20.10.24、2020/11/6、“2021年元月”混写，龙归村两站、社区点、不在名单的林场点、9月10日挂牌的沙溪村点）；普及培训按期次记人次（不含贫困户专场，合计3,610，第15期在9月）；贫困户专场逐人签到（身份证小写x、非建档立卡3人、外出务工者、第五场在9月）；脱贫人口名单；产业园企业（同一信用代码更名重登、2家退出、1家9月入驻）；资金（一笔退回负数、9月尾款）；月报（1月无报送）；专栏（2月无更新）；宣传（9月3日韶关日报在截止日后；广东台珠江频道播报典型案例）；经验材料。陷阱：只算普及培训3,610人次是0.98%（8分），加上专场156人次才过1%。',
    sheets,
    expect: { asOf: AS_OF, total: 89, bonus: 1, vetoed: false, points, claimed },
    derivation: [
      'org.leadership: 自评底稿第1、2项：区委副书记、区长任组长，成员有区商务局、区财政局、区农业农村局、区乡村振兴局 → 主要领导牵头且四部门齐全 → 2',
      'org.plan: 第4项 已印发（韶武府办〔2020〕9号），自评2 → 2',
      'org.policy: 第5项 已出台扶持办法，自评1 → 1',
      'org.management: 第6项 项目管理制度 2 ＋ 第7项 工作台账 2 → 4',
      'work.center: 揭牌运营2020-12-18 ≤ 截止日(2)且 ≤ 2021-02-28(2)；免费培训 有(2)；展示代销 有(1)；摄影“无”、美工“〃”=无 → 摄影美工0；品牌 有(1)；其他增值“〃”=有(1)；产业园已建(2)；产业园企业24行：第22行与第1行同一信用代码（更名）只算1家，第11、13行截止日前已退出，第24行2021-09-06入驻 → 在园20家(2)；类型 销售型/平台型/电商运营服务商/物流快递/直播电商 ≥3(1) → 2+2+2+1+0+1+1+2+2+1 = 14',
      'work.coverage: 村居名单58个行政村（16个社区/居委会不计）；站点48行：截止日前有站的行政村44个（龙归村两站算1个；芙蓉新城社区点非行政村；国营林场点不在名单→警告不计；沙溪村点2021-09-10挂牌不计；径口村“2021年元月”算1月）→ 44/58 = 75.9% ≥ 70% → 5；★省定贫困村9个都有站 9/9 = 100% → 5；合计10',
      'work.upward: 网销调研2 ＋ 促销2 ＋ 第三方运营 有 1 ＋ 快递：村居名单有快递列，石门村“未通” → 0（底稿写“全覆盖”，警告）＋ 交易标准冷链溯源1 ＋ 增速：农村 5.81/4.62 = +25.8% 未达，农产品 1.79/1.35 = +32.6% ≥ 30% → 2；合计8',
      'work.training: 普及培训台账截止日前14期合计3,610人次（第15期2021-09-08的150人次不计）＋ 贫困户专场签到截止日前4场156行（第五场2021-09-09的30行不计）= 3,766人次；3,766/367,900 = 1.024% ≥ 1% → 10；脱贫人口名单160人中有劳动能力且未外出务工100人，身份证号（含小写x）在截止日前专场签到中出现的62人（外出务工者和3名非建档立卡者不计，只参加第五场的1人不计）→ 62% ≥ 50% → 10；合计20',
      'info.disclosure: 专栏设创建方案、项目信息、建设进度、监督举报电话 → 2；更新记录2020-09…2021-08中2021年2月没有 → 11/12个月，不定时 → 1；合计3',
      'info.reporting: 报送记录在2020-09…2021-08窗口中2021年1月无报送（12月份月报2021-02-03才报）→ 不定时 1；记录中“是否附电商扶贫统计表”有“是” → 3；合计4',
      'promo.cases: 经验材料2021-03-30、2021-07-20报韶关市商务局（2021-09-06一条在截止日后）→ 2',
      'promo.media: 截止日前：南方+、广东广播电视台珠江频道、南方日报（省级）→ 4；武江区融媒体中心、武江发布（县级）→ 1；韶关日报2021-09-03在截止日后不计 → 5',
      'fund.system: 第37项 自评5 → 5',
      'fund.ledger: 第38项 自评4 → 4',
      'fund.spending: 资金台账截止日前12笔合计3,868,450元（含2021-06-11退回−12,000元；2021-09-15尾款250,000元不计）/ 下达5,000,000元 = 77.4% ≥ 70% → 取判断分4 → 4',
      'bonus.poorTraining: 62/100 = 62% < 70% → 0',
      'bonus.tvCase: 2021-01-26 广东广播电视台珠江频道电视播报，标“是”电商扶贫典型案例 → 省级电视 1',
      'veto.incident: 第41项“没有” → 不否决（0）',
      'veto.progress: 第40项 总体进度约85% ≥ 40% → 不否决（0）',
      'veto.fraud: 第42项“没有” → 不否决（0）',
      'total: 15项合计 2+2+1+4+14+10+8+20+3+4+2+5+5+4+4 = 88，加分1 → 89；未否决',
      'claimed: 第十一节自评汇总逐项取“自评”列（上行9、专栏4、月报6、宣传8与台账不符），合计96',
    ],
  });
}

// =====================================================================
// 2. Facts f1: 揭西县 — tree /F listing of the inspection USB stick
// =====================================================================
function buildJiexi() {
  const lines = [
    '揭西县电子商务进农村综合示范创建考评迎检资料（U盘）目录',
    '说明：按市局要求，文件（夹）名须标明关键数据和自评分；本目录用 tree /F 命令导出后粘贴（9月6日导出）。',
    '文件夹 PATH 列表',
    '卷序列号为 4C1D-8F2A',
    'E:\\迎检资料',
    '├─00 基本情况',
    '│      0-1 县情简介（常住人口68.25万人_七普；户籍人口95.6万人）.docx',
    '│      0-2 行政村名单（行政村283个、社区33个）.xlsx',
    '│      0-3 省定贫困村名单（29个）.xlsx',
    '│      ',
    '├─01 组织领导',
    '│      1-1 领导小组文件（县委副书记、县长任组长；县商务局、县财政局、县农业农村局、县乡村振兴局等12个单位为成员）.pdf',
    '│      1-2 领导小组会议纪要（3次）.pdf',
    '│      ',
    '├─02 方案制定（自评2分）',
    '│      2-1 揭西县电子商务进农村综合示范县创建工作方案（已印发_揭西府办〔2020〕15号）.pdf',
    '│      ',
    '├─03 政策支持（自评2分）',
    '│      3-1 揭西县促进农村电子商务发展若干措施（已出台_揭西府〔2020〕31号）.pdf',
    '│      3-2 政策兑现情况（兑现奖补47.6万元）.xlsx',
    '│      ',
    '├─04 项目管理（制度自评2分_台账自评2分）',
    '│      4-1 项目管理办法.pdf',
    '│      4-2 工作台账（2020.9-2021.8）.xlsx',
    '│      ',
    '├─05 县级中心和产业园',
    '│  │  5-1 县电商公共服务中心运营情况（2020年10月16日投入运营）.pptx',
    '│  │  5-2 免费培训场所及设备（有_培训室1间、电脑50台）.xlsx',
    '│  │  5-3 特色农产品免费展示销售（有）照片.zip',
    '│  │  5-4 免费摄影美工服务（有）登记表.xlsx',
    '│  │  5-5 农产品统一推广及品牌指导（有_“揭西好物”）.pdf',
    '│  │  5-6 其他增值服务（有_代运营、金融对接）.pdf',
    '│  │  ',
    '│  └─5-7 电商产业园（已建成_整合优化原棉湖电商园）',
    '│          入驻企业清单（在园23家_类型4种）.xlsx',
    '│          入驻协议.zip',
    '│          ',
    '├─06 村级站点',
    '│      6-1 站点清单（已建站行政村201个_贫困村29个全覆盖）.xlsx',
    '│      6-2 站点视频（抽查用）.zip',
    '│      ',
    '├─07 农产品上行',
    '│      7-1 网销调研报告（自评2分）.pdf',
    '│      7-2 网络促销活动总结（自评2分）.pdf',
    '│      7-3 第三方运营服务商（有）合同_广东揭阳优品电子商务有限公司.pdf',
    '│      7-4 快递物流覆盖证明（邮政管理局_行政村覆盖率100%）.pdf',
    '│      7-5 交易标准及溯源系统（自评1分_冷链未建）.pdf',
    '│      7-6 农村网络零售额统计（2019年18.36亿元_2020年24.05亿元_增长31.0%）.xlsx',
    '│      ',
    '├─08 人才培训',
    '│      8-1 培训台账（累计7,026人次_不含9月第28期）.xlsx',
    '│      8-2 有劳动能力贫困人口名单（扣除外出务工后2,318人）.xlsx',
    '│      8-3 参训贫困人口名单（1,297人）.xlsx',
    '│      ',
    '├─09 信息公开',
    '│      9-1 县政府网站专栏截图（创建方案、项目基本信息、建设进度、监督举报窗口）.pdf',
    '│      9-2 专栏更新记录.xlsx',
    '│      ',
    '├─10 数据上报',
    '│      10-1 月报报送记录（2020年9月-2021年8月）.xlsx',
    '│      10-2 电商扶贫统计表（已统计_每月附报）.xlsx',
    '│      ',
    '├─11 宣传推广',
    '│      11-1 经验材料（报市商务局2篇）.pdf',
    '│      11-2 媒体报道汇编（人民网、南方日报、揭阳日报、揭西电视台）.pdf',
    '│      ',
    '├─12 资金管理',
    '│      12-1 资金下达文件（省级专项资金500万元）.pdf',
    '│      12-2 资金拨付台账（累计拨付4,012,600.00元_80.3%）.xlsx',
    '│      12-3 资金管理办法（已制定_自评5分）.pdf',
    '│      12-4 承建单位资金专账（已建立_自评4分）.zip',
    '│      12-5 拨付凭证（及时拨付_自评4分）.zip',
    '│      12-6 项目建设进度表（总体进度88%）.xlsx',
    '│      ',
    '└─13 其他',
    '        13-1 未发生安全生产、质量事故承诺书.pdf',
    '        13-2 数据真实性承诺书（无弄虚作假）.pdf',
    '        ',
  ];
  const rows = lines.map(l => [l]);
  write('facts', 'b53-f1-jiexi.json', {
    description: '揭西县商务局电商股把迎检U盘用 tree /F 导出的目录树原样粘进A列（一行一格，保留“├─”“│”“└─”和缩进），表头上方说明“按市局要求，文件（夹）名须标明关键数据和自评分”。事实全在文件夹名和文件名的括号里（下划线“_”分隔几项）：常住人口68.25万（同格户籍95.6万为陷阱）、行政村283/社区33、贫困村29、县长任组长且商务财政农业农村乡村振兴齐全、方案“已印发”、政策“已出台”、中心2020年10月16日投入运营、五项服务“（有）”、产业园“已建成”、第三方“（有）”、快递覆盖率100%、零售额两年（亿元）与增速31.0%、培训7,026人次、贫困人口2,318/1,297、专栏四项、扶贫统计、资金500万元/累计拨付4,012,600.00元、制度与台账、总体进度88%、两项承诺（无事故、无弄虚作假）；判断项自评分写在文件夹名或文件名里（“04 项目管理（制度自评2分_台账自评2分）”）。非事实：兑现奖补47.6万元、已建站行政村201个、在园23家、媒体名单、导出日期。表内没有县名标签（县名只在标题）。',
    sheets: [{ name: '资料目录', rows }],
    expect: {
      facts: {
        residentPopulation: 682500, adminVillagesStated: 283, poorVillagesStated: 29,
        planIssued: true, policyIssued: true, centerOpened: '2020-10-16',
        centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: true,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1836000000, ruralRetail2020: 2405000000, ruralRetailGrowthStated: 0.31,
        trainingPersonTimesStated: 7026, eligiblePoorPersonsStated: 2318, trainedPoorPersonsStated: 1297,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 4012600,
        fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        'org.plan': 2, 'org.policy': 2, 'org.management.system': 2, 'org.management.ledger': 2,
        'work.upward.research': 2, 'work.upward.promotion': 2, 'work.upward.standards': 1,
        'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  });
}

// =====================================================================
// 3. Facts f2: 鹤山市 — 等次评定 (优/良/中 with a legend)
// =====================================================================
function buildHeshan() {
  const rows = []; const merges = [];
  const row = (a) => { while (a.length < 5) a.push(null); rows.push(a); };
  const full = (t) => { merges.push(range(rows.length, 0, rows.length, 4)); row([t]); };
  full('鹤山市电子商务进农村综合示范创建考评自评表（等次评定）');
  row(['县（市、区）', '鹤山市', '填报日期', '二〇二一年九月二日', null]);
  row(['考评截止日期', '二〇二一年八月三十一日', '填报单位', '鹤山市商务局（盖章）', null]);
  full('等次说明：判断类指标按等次评定后折算分数——分值为1-2分的：优＝2分，良＝1分；分值为1-5分的：优＝5分，良＝4分，中＝3分，差＝2分，较差＝1分。是否类事项填“是/否”。');
  row([null]);
  full('一、基础数据');
  row(['序号', '数据项', '数值', '备注', null]);
  row(['1', '常住人口', '55.59万人', '七普；户籍人口41.17万人', null]);
  row(['2', '行政村数', '103个', '另有社区居委会28个', null]);
  row(['3', '省定贫困村数', '6个', null, null]);
  row(['4', '县级电商公共服务中心投入运营时间', '二〇二〇年十一月十八日', '同日举行开园仪式', null]);
  row(['5', '电商培训人次', '5,600余人次', '2019年9月以来累计', null]);
  row(['6', '有劳动能力的建档立卡贫困人口（不含外出务工）', '约1,180人', '市乡村振兴局提供', null]);
  row(['7', '参加培训的建档立卡贫困人口', '700余人', null, null]);
  row(['8', '省级专项资金下达', '500万元', null, null]);
  row(['9', '累计拨付', '3,918,300.00元', '截至8月31日', null]);
  row(['10', '项目总体进度', '约86%', null, null]);
  row([null]);
  row(['网络零售额（亿元）', '2019年', '2020年', '同比增速', '数据来源']);
  row(['农村网络零售额', '31.27', '38.94', '24.5%', '江门市商务局反馈']);
  row(['农产品网络零售额', '4.86', '6.52', '34.2%', '江门市商务局反馈']);
  row([null]);
  full('二、是否类事项');
  row(['序号', '事项', '情况', '说明', null]);
  const yn = [
    ['牵头领导', '市委常委、常务副市长', '任领导小组组长'],
    ['参与部门', '市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局', null],
    ['正式印发示范创建工作方案', '是', '鹤府办函〔2020〕36号'],
    ['出台支持农村电商发展的政策', '是', '《鹤山市农村电子商务扶持资金管理办法》'],
    ['中心有免费培训场所、培训设备', '是', null],
    ['为特色农产品提供免费展示、销售服务', '是', null],
    ['提供免费摄影、美工服务', '否', '按成本收费'],
    ['组织农产品统一推广、指导品牌建设', '是', '“鹤山红茶”区域品牌'],
    ['提供其他衍生增值服务', '是', null],
    ['建设或整合电商产业园', '否', '未建，计划2022年'],
    ['有专业第三方电商运营服务商', '是', null],
    ['行政村物流快递覆盖率100%', '否', '覆盖率98.1%（2个村未通）'],
    ['专栏公示创建方案', '是', null],
    ['专栏公示项目基本信息', '是', null],
    ['专栏公示项目建设进度', '是', null],
    ['专栏设立征求意见或监督举报窗口', '否', '整改中'],
    ['能统计电商扶贫情况', '是', null],
    ['已制定资金管理制度', '是', null],
    ['已建立资金专用台账', '是', null],
    ['发生安全生产、质量事故或重大损失', '否', null],
    ['存在弄虚作假', '否', null],
  ];
  yn.forEach((x, i) => row([String(i + 1), x[0], x[1], x[2], null]));
  row([null]);
  full('三、判断类指标等次评定');
  row(['序号', '指标', '分值', '等次', '评定理由']);
  [
    ['方案制定', '1-2分', '优', '方案经市政府常务会审议印发'],
    ['政策支持', '1-2分', '良', '政策已出台，兑现偏慢'],
    ['项目管理制度（建设、验收）', '1-2分', '优', null],
    ['工作台账', '1-2分', '优', null],
    ['网销调研及建议', '1-2分', '良', '调研报告未报市局'],
    ['网络促销活动', '1-2分', '优', '“茶香鹤山”网购节等'],
    ['交易标准、冷链及溯源', '1-2分', '良', '冷链未建'],
    ['资金管理制度', '1-5分', '优', null],
    ['资金台账', '1-5分', '良', null],
    ['资金及时拨付', '1-5分', '中', '部分合同节点滞后'],
  ].forEach((x, i) => row([String(i + 1), x[0], x[1], x[2], x[3]]));
  row([null]);
  row(['填表人：', '吕××', '审核：', '冯××', null]);
  write('facts', 'b53-f2-heshan.json', {
    description: '鹤山市商务局的《自评表（等次评定）》：判断类指标不填分数而填等次“优/良/中”，折算规则只写在表头下的“等次说明”（1-2分的：优＝2、良＝1；1-5分的：优＝5、良＝4、中＝3、差＝2、较差＝1），所以同是“良”，政策支持是1分、资金台账是4分，“中”的资金及时拨付是3分。基础数据为 序号|数据项|数值|备注，数值带单位和约/余（“5,600余人次”“约1,180人”“700余人”“约86%”、千分位“3,918,300.00元”），日期写成“二〇二〇年十一月十八日”，考评截止日期写“二〇二一年八月三十一日”（填报日期“二〇二一年九月二日”不是事实），网络零售额是“2019年|2020年|同比增速”小表（亿元在表头）；是否类事项“是/否”，牵头领导“市委常委、常务副市长”（分管级），产业园“否”、快递“否（98.1%）”、监督举报窗口“否”。陷阱：户籍人口41.17万、社区28个在备注里。',
    sheets: [{ name: '自评表', rows, merges }],
    expect: {
      facts: {
        county: '鹤山市', asOf: '2021-08-31',
        residentPopulation: 555900, adminVillagesStated: 103, poorVillagesStated: 6, centerOpened: '2020-11-18',
        trainingPersonTimesStated: 5600, eligiblePoorPersonsStated: 1180, trainedPoorPersonsStated: 700,
        fundAllocated: 5000000, fundSpentStated: 3918300, overallProgress: 0.86,
        ruralRetail2019: 3127000000, ruralRetail2020: 3894000000, ruralRetailGrowthStated: 0.245,
        agriRetail2019: 486000000, agriRetail2020: 652000000, agriRetailGrowthStated: 0.342,
        planIssued: true, policyIssued: true,
        centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true,
        parkBuilt: false, thirdPartyOperator: true, expressCoverage: false,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false,
        povertyStatisticsStated: true, fundSystemIssued: true, fundLedgerKept: true,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        'org.plan': 2, 'org.policy': 1, 'org.management.system': 2, 'org.management.ledger': 2,
        'work.upward.research': 1, 'work.upward.promotion': 2, 'work.upward.standards': 1,
        'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 3,
      },
      leadership: 'deputy',
    },
  });
}

// =====================================================================
// 4. Facts f3: 大埔县 — 迎检“应知应会”问答卡片（3 cards per band）
// =====================================================================
function buildDabu() {
  const cards = [
    ['这次考评数据截到哪一天？', '2021年8月31日，所有数字都按这个口径说。'],
    ['全县常住人口多少？', '约37.88万人（七普数）。户籍人口约55万，别说混了。'],
    ['有多少个行政村？贫困村几个？', '行政村247个（另有社区居委会18个），省定贫困村59个。'],
    ['领导小组组长是谁？', '县委副书记、县长任组长，常务副县长和分管副县长任副组长。'],
    ['哪些部门参加？', '县商务局、县财政局、县农业农村局、县乡村振兴局，还有市场监管、交通运输、邮政等，共16个成员单位。'],
    ['创建方案印发了吗？', '印发了，埔府办〔2020〕12号。'],
    ['有没有出台扶持政策？', '有，《大埔县农村电子商务扶持奖励办法》已出台。'],
    ['县电商公共服务中心什么时候开始运营？', '二〇二〇年九月二十八日正式运营（揭牌仪式是10月16日，别讲成揭牌那天）。'],
    ['中心哪些服务是免费的？', '培训场地和设备、农产品展示展销、摄影美工、区域品牌推广都免费；另外还有代办证照、金融对接等增值服务。'],
    ['电商产业园建了没有？', '建了，整合优化了湖寮镇电商创业园，在园企业21家（销售型、平台型、运营服务商、物流四类）。'],
    ['有没有第三方运营商？', '有，梅州客都优品电子商务有限公司负责县中心运营。'],
    ['快递进村全覆盖了吗？', '还没有，覆盖率约96%，个别偏远村要到镇上取件。照实说。'],
    ['网络零售额增长多少？', '农产品网络零售额2019年2.26亿元、2020年3.02亿元，增长33.6%；农村网络零售额2020年增长21.4%。'],
    ['培训了多少人次？', '累计4,200余人次。'],
    ['贫困户培训率多少？', '有劳动能力的贫困人口（扣除外出务工）2,106人，参训1,168人，培训率55.5%。'],
    ['政府网专栏公示了什么？', '创建方案、项目基本信息、每月建设进度都有，还设了监督举报电话。'],
    ['能不能统计电商扶贫情况？', '能，每月报市商务局的月报都附电商扶贫统计表。'],
    ['省里下达多少钱？拨了多少？', '下达500万元，已拨付386.5万元，拨付率77.3%。'],
    ['资金管理制度和台账有没有？', '资金管理办法已印发，承建单位都建立了资金专用台账。'],
    ['项目总体进度多少？', '约88%。'],
    ['有没有发生安全事故或者弄虚作假？', '都没有。'],
    ['主观项我们自己打几分？', '方案2、政策2、项目管理制度2、工作台账2、网销调研2、网络促销2、交易标准冷链溯源1、资金制度5、资金台账4、及时拨付4。'],
  ];
  const circ = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒';
  const rows = []; const merges = [];
  const W = 8;
  const blank = () => Array(W).fill(null);
  let r0 = blank(); r0[0] = '大埔县电子商务进农村综合示范创建迎检“应知应会”卡片（局领导、讲解员用）'; rows.push(r0); merges.push('A1:H1');
  let r1 = blank(); r1[0] = '用法：每张卡上面是问题、下面是标准答法；卡片从左到右、从上到下编号。数字与上报省系统一致，讲解时不要自己估。'; rows.push(r1); merges.push('A2:H2');
  rows.push(blank());
  for (let i = 0; i < cards.length; i += 3) {
    const q = blank(); const a = blank(); const rq = rows.length;
    for (let k = 0; k < 3 && i + k < cards.length; k++) {
      const c = k * 3; const n = i + k;
      q[c] = circ[n] + ' 问：' + cards[n][0];
      a[c] = '答：' + cards[n][1];
      merges.push(range(rq, c, rq, c + 1)); merges.push(range(rq + 1, c, rq + 1, c + 1));
    }
    rows.push(q); rows.push(a); rows.push(blank());
  }
  let rl = blank(); rl[0] = '县商务局电商股　2021年9月'; rows.push(rl);
  write('facts', 'b53-f3-dabu.json', {
    description: '大埔县商务局电商股迎检前给局领导、讲解员背的“应知应会”卡片：每张卡两格（上格“①问：…”、下格“答：…”，各合并两列），一排三张卡（A:B、D:E、G:H，中间隔一空列），排与排之间空一行，共22张，阅读顺序从左到右、从上到下。事实全在口语化的答句里：截止日“2021年8月31日”、常住人口“约37.88万人”（户籍约55万为陷阱）、行政村247/社区18/贫困村59、县长任组长且四部门齐全、方案已印发、政策已出台、中心“二〇二〇年九月二十八日正式运营”（10月16日揭牌为陷阱）、一格答出五项免费/增值服务、产业园已建（在园21家不是事实项）、第三方有、快递“还没有，覆盖率约96%”、农产品网零两年与增速33.6%和农村网零增速21.4%（无农村网零金额）、“4,200余人次”、2,106/1,168（55.5%非输入）、专栏四项、扶贫统计、500万元/386.5万元、制度台账、约88%、无事故无弄虚作假；最后一张卡用“方案2、政策2…”一口气列出10个判断项自评分。表内无县名标签（只在标题）。',
    sheets: [{ name: '应知应会', rows, merges }],
    expect: {
      facts: {
        asOf: '2021-08-31', residentPopulation: 378800, adminVillagesStated: 247, poorVillagesStated: 59,
        planIssued: true, policyIssued: true, centerOpened: '2020-09-28',
        centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: true,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        agriRetail2019: 226000000, agriRetail2020: 302000000, agriRetailGrowthStated: 0.336, ruralRetailGrowthStated: 0.214,
        trainingPersonTimesStated: 4200, eligiblePoorPersonsStated: 2106, trainedPoorPersonsStated: 1168,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3865000,
        fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        'org.plan': 2, 'org.policy': 2, 'org.management.system': 2, 'org.management.ledger': 2,
        'work.upward.research': 2, 'work.upward.promotion': 2, 'work.upward.standards': 1,
        'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
      },
      leadership: 'principal-all',
    },
  });
}

// =====================================================================
// 5. Ledger l1: 蕉岭县 — 手工三栏账誊录（月份只写首笔、红字冲销、过次页/承前页）+ 材料报送登记
// =====================================================================
function buildJiaoling() {
  // entries: [year, month-or-null (null = same month as above), day, voucher no, summary, amount (number, negative = 红字), amountCell]
  const pages = [
    { year: 2020, entries: [
      [6, 24, '12', '拨付县电商公共服务中心建设预付款（梅州嘉应优品公司）', 450000, '450,000.00'],
      [null, 30, '19', '拨付村级站点建设首期款（蕉岭县农信通公司）', 320000, 320000],
      [8, 14, '08', '拨付电商培训服务首期款', 150000, '150,000.00'],
      [null, 27, '21', '拨付县物流配送中心建设款', 380000, '380,000.00'],
      [9, 18, '15', '拨付村级站点建设进度款', 260000, 260000],
    ] },
    { year: 2020, entries: [
      [10, 22, '11', '拨付“长寿蕉岭”品牌推广费', 86000, '86,000.00'],
      [11, 10, '06', '拨付冷链设备款', 182000, '182,000.00'],
      [null, 26, '19', '冲销11月10日记字06号凭证（金额错记）', -182000, '红字 182,000.00'],
      [null, 26, '20', '更正：拨付冷链设备款', 128000, '128,000.00'],
      [12, 15, '09', '拨付中心运营服务费（第一期）', 240000, 240000],
      [null, 29, '24', '拨付村级站点建设进度款', 175000, '175,000.00'],
    ], yearEnd: true },
    { year: 2021, entries: [
      [1, 21, '13', '拨付电商培训服务进度款', 120000, '120,000.00'],
      [3, 5, '03', '拨付农产品网销调研费', 60000, 60000],
      [null, 30, '22', '拨付村级站点（二期）建设款', 286500, '286,500.00'],
      [4, 28, '17', '收回农信通公司多付款（冲减支出）', -15000, '（红字）15,000.00'],
      [6, 9, '05', '拨付农产品溯源系统建设款', 198000, '198,000.00'],
    ], carryFromYear: true },
    { year: 2021, entries: [
      [7, 16, '12', '拨付中心运营服务费（第二期）', 240000, 240000],
      [8, 30, '26', '拨付电商产业园改造款', 310000, '310,000.00'],
      [9, 14, '10', '拨付村级站点尾款', 95000, '95,000.00'],
    ], yearTotal: true },
  ];
  const rows = []; const merges = [];
  const W = 8; const blank = () => Array(W).fill(null);
  const put = (a) => { const b = blank(); a.forEach((v, i) => { b[i] = v; }); rows.push(b); return rows.length - 1; };
  let ri = put(['蕉岭县商务局　省级电子商务进农村综合示范专项资金支出登记簿（按手工账誊录）']); merges.push(range(ri, 0, ri, 7));
  ri = put(['说明：照手工账原样录入。月份只在当月第一笔写；红字冲销的金额前注“红字”；“过次页”“承前页”是翻页结转。单位：元']); merges.push(range(ri, 0, ri, 7));
  const records = []; let cum = 0; let yearSum = 0; let pageNo = 0;
  pages.forEach((pg, pi) => {
    pageNo++;
    rows.push(blank());
    ri = put([null, null, null, null, null, null, '第 ' + pageNo + ' 页']);
    const h1 = put([pg.year + '年', null, '凭证', null, '摘要', '支出金额', '累计支出', '备注']);
    const h2 = put(['月', '日', '字', '号']);
    merges.push(range(h1, 0, h1, 1)); merges.push(range(h1, 2, h1, 3));
    [4, 5, 6, 7].forEach(c => merges.push(range(h1, c, h2, c)));
    if (pi > 0) {
      if (pg.carryFromYear) put([null, null, null, null, '上年结转', null, money(cum), null]);
      else put([null, null, null, null, '承前页', null, money(cum), null]);
    }
    if (pg.carryFromYear) yearSum = 0;
    let month = null; let pageSum = 0;
    pg.entries.forEach((en, k) => {
      const [mo, day, vno, summ, amt, cell] = en;
      if (mo !== null) month = mo;
      const showMonth = (mo !== null) ? mo : (k === 0 ? month : null);
      cum += amt; pageSum += amt; yearSum += amt;
      put([showMonth, day, '记', vno, summ, cell, money(cum), amt < 0 ? '红字冲销' : null]);
      records.push({ date: iso(pg.year, month, day), amount: amt });
    });
    if (pg.yearEnd) {
      put([null, null, null, null, '本年合计', money(yearSum), money(cum), null]);
      put([null, null, null, null, '结转下年', null, money(cum), null]);
    } else if (pg.yearTotal) {
      put([null, null, null, null, '本年累计', money(yearSum), money(cum), null]);
    } else {
      put([null, null, null, null, '过次页', money(pageSum), money(cum), null]);
    }
  });
  rows.push(blank());
  ri = put(['记账：古××　　　　审核：赖××　　　　（手工账原件存局财务室）']); merges.push(range(ri, 0, ri, 7));
  const before = records.filter(x => x.date <= '2021-08-31').reduce((a, x) => a + x.amount, 0);
  assert(before === 3388500, 'jiaoling before ' + before);
  assert(records.length === 19, 'jiaoling records');

  const mrows = [];
  mrows.push(['蕉岭县商务局电商工作材料报送登记', null, null, null, null, null, null]);
  mrows.push(['序号', '报送日期', '材料名称', '类型', '主送单位', '报送方式', '反馈/采用情况']);
  mrows.push([1, '2020年12月8日', '蕉岭县推进电子商务进农村综合示范创建工作经验', '经验材料', '梅州市商务局', '公文（蕉商〔2020〕47号）', '市局《商务工作简报》第21期采用']);
  mrows.push([2, '2021.1.20', '“电商＋长寿食品”带动贫困户增收典型案例', '典型案例', '梅州市商务局', '电子邮件', '市局转报省商务厅']);
  mrows.push([3, D('2021-03-16'), '电商进农村工作情况汇报', '工作汇报', '蕉岭县人民政府办公室', '公文', '—']);
  mrows.push([4, '21.5.26', '“电商＋直播”助力蕉岭丝苗米上行', '经验材料', '梅州市商务局、梅州市乡村振兴局', '电子邮件', '未采用']);
  mrows.push([5, '2021年7月', '村级电商服务站“一站多用”的蕉岭做法', '经验材料', '梅州市商务局', '粤政易', '待反馈']);
  mrows.push([6, '2021.9.3', '蕉岭县电子商务进农村综合示范创建工作总结', '工作总结', '梅州市商务局', '公文（蕉商〔2021〕39号）', null]);
  mrows.push(['注：第3项报县政府办，不属于向市局报送的经验材料，列此备查。', null, null, null, null, null, null]);
  write('ledgers', 'b53-l1-jiaoling.json', {
    description: '蕉岭县（梅州）商务局两张表：①《专项资金支出登记簿》是把手工三栏账原样誊录进Excel——分页排（每页“第n页”、重复两行表头：“2020年/2021年”合并在 月|日 之上、“凭证”合并在 字|号 之上），年份只在每页表头，月份按手工账习惯只在当月第一笔写（同月后续行月份空白，新页第一笔补写月份），日期＝页表头年份＋沿用的月份＋日；红字冲销在金额前注“红字 182,000.00”“（红字）15,000.00”（读作负数；11月26日冲销后另起一行按正确金额128,000入账，4月28日收回多付款）；“过次页”“承前页”“本年合计”“结转下年”“上年结转”“本年累计”行不是记录；“累计支出”列是滚动余额不是金额；金额数字与千分位文本混写；2021年9月14日一笔在截止日后照列。②《材料报送登记》：只有主送梅州市商务局的才是向市局报送的经验/案例材料（含“梅州市商务局、梅州市乡村振兴局”联合主送一条、只写到月“2021年7月”一条、9月3日一条照列），报县政府办的“工作汇报”不是；日期有“2020年12月8日”、2021.1.20、真日期、两位年份21.5.26。',
    sheets: [
      { name: '资金支出登记簿', rows, merges },
      { name: '材料报送登记', rows: mrows, merges: ['A1:G1', 'A10:G10'] },
    ],
    expect: {
      sheets: {
        '资金支出登记簿': { kind: 'funds', records },
        '材料报送登记': { kind: 'materials', records: [
          { date: '2020-12-08' }, { date: '2021-01-20' }, { date: '2021-05-26' }, { date: '2021-07' }, { date: '2021-09-03' },
        ] },
      },
    },
  });
}

// =====================================================================
// 6. Ledger l2: 陆河县 — 脱贫人口务工监测（务工地点省|市|县三栏）+ 贫困户参训误工补贴发放表
// =====================================================================
function buildLuhe() {
  const mkId = makeIdFactory('441523', 53601);
  // [户编号, 村, 姓名, 关系, 劳动力类型, 是否务工, 省, 市, 县, 单位/工种, 月数, labour, migrant(undefined = not checked)]
  const people = [
    ['HK01', '河口镇北中村', '叶国强', '户主', '普通劳动力', '是', '广东省', '深圳市', '龙岗区', '建筑工地杂工', 10, true, true],
    ['HK01', '河口镇北中村', '彭秀梅', '配偶', '普通劳动力', '是', '广东省', '汕尾市', '陆河县', '本村茶园采茶（河口镇北中村）', 8, true, false],
    ['HK01', '河口镇北中村', '叶志文', '长子', '技能劳动力', '是', '广东省', '东莞市', '长安镇', '电子厂技工', 12, true, true],
    ['HK01', '河口镇北中村', '叶思琪', '孙女', '无劳动力', '—', null, null, null, '在校生', null, false, undefined],
    ['HK02', '河口镇北中村', '朱亚东', '户主', '普通劳动力', '否', null, null, null, '在家务农', null, true, false],
    ['HK02', '河口镇北中村', '罗桂兰', '配偶', '丧失劳动力', '否', null, null, null, '长期慢性病', null, false, false],
    ['HK03', '河口镇田墩村', '彭建华', '户主', '普通劳动力', '是', '广东省', '汕尾市', '陆丰市', '甲子镇水产加工厂', 9, true, true],
    ['HK03', '河口镇田墩村', '刘美玲', '配偶', '普通劳动力', '否', null, null, null, '在家照顾老人', null, true, false],
    ['HK03', '河口镇田墩村', '彭俊杰', '长子', '技能劳动力', '是', '浙江省', '宁波市', '慈溪市', '家电厂', 11, true, true],
    ['HK04', '河口镇田墩村', '曾石生', '户主', '普通劳动力', '是', '广东', '汕尾', '陆河', '县城（河田镇）物业保安', 12, true, undefined],
    ['HK04', '河口镇田墩村', '陈月娥', '配偶', '普通劳动力', '是', '广东省', '汕尾市', '陆河县', '河口镇田墩村 公益性岗位（保洁）', 12, true, false],
    ['HK05', '新田镇激石溪村', '叶福来', '户主', '无劳动力', '—', null, null, null, '五保（智力残疾）', null, false, undefined],
    ['HK06', '新田镇激石溪村', '罗文军', '户主', '普通劳动力', '否', null, null, null, '在家种青梅', null, true, false],
    ['HK06', '新田镇激石溪村', '彭翠英', '配偶', '普通劳动力', '否', null, null, null, '在家', null, true, false],
    ['HK06', '新田镇激石溪村', '罗子豪', '长子', '普通劳动力', '是', '广东省', '广州市', '白云区', '快递分拣', 7, true, true],
    ['HK07', '新田镇联安村', '张振光', '户主', '技能劳动力', '是', '广东省', '惠州市', '惠阳区', '汽修', 12, true, true],
    ['HK07', '新田镇联安村', '黄春花', '配偶', '普通劳动力', '否', null, null, null, '在家', null, true, false],
    ['HK07', '新田镇联安村', '张小燕', '长女', '普通劳动力', '是', '广东省', '汕尾市', '陆河县', '新田镇联安村 电商服务站店员', 6, true, false],
    ['HK08', '新田镇联安村', '刘汉林', '户主', '丧失劳动力', '否', null, null, null, '残疾', null, false, false],
    ['HK08', '新田镇联安村', '刘德胜', '长子', '普通劳动力', '是', '江西省', '赣州市', '定南县', '矿场', 5, true, true],
    ['HK09', '上护镇芒草塘村', '朱荣贵', '户主', '普通劳动力', '否', null, null, null, '在家养鸡', null, true, false],
    ['HK09', '上护镇芒草塘村', '叶惠芳', '配偶', '普通劳动力', '否', null, null, null, '在家', null, true, false],
    ['HK10', '上护镇芒草塘村', '陈永新', '户主', '普通劳动力', '是', '广东省', '汕尾市', '陆河县', '上护镇芒草塘村 茶叶合作社', 10, true, false],
    ['HK10', '上护镇芒草塘村', '彭雪梅', '配偶', '普通劳动力', '是', '广东省', '深圳市', '宝安区', '制衣厂', 9, true, true],
    ['HK10', '上护镇芒草塘村', '陈水清', '父亲', '无劳动力', '—', null, null, null, '年老', null, false, undefined],
    ['HK11', '上护镇芒草塘村', '罗金水', '户主', '普通劳动力', '是', '广东省', '汕尾市', '陆河县', '河田镇 县城工地', 8, true, undefined],
  ];
  const femaleRel = new Set(['配偶', '长女', '孙女']);
  const femaleNames = new Set(['彭秀梅', '罗桂兰', '刘美玲', '陈月娥', '彭翠英', '黄春花', '叶惠芳', '彭雪梅', '叶思琪', '张小燕']);
  const ids = people.map(p => {
    const fem = femaleNames.has(p[2]) || femaleRel.has(p[3]);
    const yrs = p[3] === '户主' || p[3] === '配偶' ? [1958, 1980] : p[3] === '父亲' ? [1938, 1945] : p[3] === '孙女' ? [2008, 2012] : [1986, 2001];
    return mkId(yrs[0], yrs[1], fem);
  });
  // make sure at least one ID ends with X among people who train
  const P = []; const PM = [];
  P.push(['陆河县建档立卡脱贫人口务工就业情况监测表（2021年8月）', null, null, null, null, null, null, null, null, null, null, null, null]); PM.push('A1:M1');
  P.push(['填报单位：陆河县乡村振兴局（县人社局协助核对）', null, null, null, null, null, null, null, null, null, null, '单位：月', null]); PM.push('A2:K2');
  P.push(['序号', '户编号', '所在镇村', '姓名', '与户主关系', '公民身份号码', '劳动力类型', '是否务工', '务工地点', null, null, '务工单位／工种', '务工时长']);
  P.push([null, null, null, null, null, null, null, null, '省', '市', '县（市、区）', null, null]);
  PM.push('I3:K3'); ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'L', 'M'].forEach(c => PM.push(c + '3:' + c + '4'));
  let hhStart = 4; let lastHh = null;
  people.forEach((p, i) => {
    const rowIdx = P.length;
    if (p[0] !== lastHh) { if (lastHh !== null && rowIdx - 1 > hhStart) { PM.push(range(hhStart, 1, rowIdx - 1, 1)); PM.push(range(hhStart, 2, rowIdx - 1, 2)); } hhStart = rowIdx; lastHh = p[0]; }
    P.push([i + 1, p[0], p[1], p[2], p[3], ids[i], p[4], p[5], p[6], p[7], p[8], p[9], p[10]]);
  });
  if (P.length - 1 > hhStart) { PM.push(range(hhStart, 1, P.length - 1, 1)); PM.push(range(hhStart, 2, P.length - 1, 2)); }
  P.push(['说明：1.外出务工指到本县以外务工；2.劳动力类型按扶贫系统口径；3.在校生、无劳动力者“是否务工”填“—”。', null, null, null, null, null, null, null, null, null, null, null, null]); PM.push(range(P.length - 1, 0, P.length - 1, 12));
  const poorRecords = people.map((p, i) => { const rec = { id: ids[i], labour: p[11] }; if (p[12] !== undefined) rec.migrant = p[12]; return rec; });

  // Training subsidy sheet
  const idx = (name) => people.findIndex(p => p[2] === name);
  const show = (name, style) => {
    const id = ids[idx(name)];
    if (style === 'x') return id.replace(/X$/, 'x');
    if (style === 'sp') return id.slice(0, 6) + ' ' + id.slice(6, 14) + ' ' + id.slice(14);
    return id;
  };
  const sessions = [
    { no: '第1期', date: '2020.11.24', iso: '2020-11-24', days: 1, list: [['彭秀梅'], ['朱亚东'], ['刘美玲'], ['罗文军'], ['彭翠英', null, '家属代领'], ['黄春花'], ['朱荣贵'], ['叶惠芳', null, null, true]] },
    { no: '第2期', date: '2020.12.16-17', iso: '2020-12-17', days: 2, list: [['陈月娥'], ['张小燕', 'sp'], ['陈永新'], ['朱亚东'], ['罗文军'], ['叶志文', null, '返乡期间参训']] },
    { no: '第3期', date: D('2021-04-20'), iso: '2021-04-20', days: 1, list: [['彭秀梅'], ['刘美玲'], ['黄春花'], ['叶惠芳'], ['朱荣贵'], ['陈月娥']] },
    { no: '第4期', date: '21.9.2', iso: '2021-09-02', days: 1, list: [['彭翠英'], ['张小燕'], ['陈永新']] },
  ];
  // lowercase x on someone whose ID ends with X, if any
  const xName = people.map((p, i) => [p[2], ids[i]]).find(([n, id]) => id.endsWith('X') && sessions.some(s => s.list.some(l => l[0] === n)));
  const T = []; const TM = [];
  T.push(['陆河县建档立卡贫困户电商培训误工补贴发放表', null, null, null, null, null, null, null, null, null, null]); TM.push('A1:K1');
  T.push(['发放单位：陆河县电子商务公共服务中心　　　补贴标准：50元／人·天', null, null, null, null, null, null, null, null, null, null]); TM.push('A2:K2');
  T.push(['序号', '期次', '培训日期', '姓名', '身份证号码', '所在村', '天数', '补贴标准（元）', '补贴金额（元）', '领取人签名', '备注']);
  const trainRecords = [];
  sessions.forEach(s => {
    const start = T.length; let n = 0; let sum = 0;
    s.list.forEach(([name, style, note, absent]) => {
      const p = people[idx(name)];
      let st = style; if (!st && xName && name === xName[0]) st = 'x';
      if (absent) {
        n++; T.push([n, s.no, s.date, name, show(name, st), p[1].replace(/^.*镇/, ''), 0, 50, 0, null, '未参训，不予发放']);
        return;
      }
      n++; const amt = 50 * s.days; sum += amt;
      T.push([n, s.no, s.date, name, show(name, st), p[1].replace(/^.*镇/, ''), s.days, 50, amt, note === '家属代领' ? '罗文军（代）' : name, note || null]);
      trainRecords.push({ date: s.iso, personTimes: 1, id: ids[idx(name)] });
    });
    TM.push(range(start, 1, T.length - 1, 1)); TM.push(range(start, 2, T.length - 1, 2));
    T.push([null, '本期小计', null, null, null, null, null, null, sum, null, '实到' + s.list.filter(l => !l[3]).length + '人']);
  });
  T.push(['注：两天班每人按2天发放补贴，仍为1人次；第4期9月2日举办。', null, null, null, null, null, null, null, null, null, null]); TM.push(range(T.length - 1, 0, T.length - 1, 10));
  T.push([null, null, null, null, null, null, null, '制表：', '彭××', '审核：', '叶××']);
  assert(trainRecords.length === 22, 'luhe train ' + trainRecords.length);
  write('ledgers', 'b53-l2-luhe.json', {
    description: '陆河县（汕尾）两张表：①县乡村振兴局的《脱贫人口务工就业情况监测表》当贫困人口名单——两行表头，“务工地点”合并在 省|市|县（市、区）三栏之上，户编号、所在镇村按户纵向合并；没有“是否外出务工”栏，外出务工要从务工地点看（说明行：外出务工指到本县以外）：深圳、东莞（县栏写“长安镇”）、广州、惠州、浙江慈溪、江西定南和同属汕尾市的陆丰市都是外出务工（true）；“是否务工”填“否”的、务工地点在陆河县且单位写明就在本村的（本村茶园、本村公益岗、本村电商站、本村合作社）是 false；在陆河县但到县城河田镇务工的两人（县内乡外）口径不明，不作期望；“—”（在校生、无劳动力）不作期望。劳动力类型为普通/技能劳动力（true）和无劳动力/丧失劳动力（false）。②县电商中心《贫困户电商培训误工补贴发放表》当培训台账：一人一期一行，期次和培训日期按期纵向合并，两天班“2020.12.16-17”按结束日且每人仍为1人次（补贴按2天发不影响人次）；“未参训，不予发放”的行、“本期小计”行、注和制表行不是记录；“家属代领”的照算；身份证一人分段加空格；第4期“21.9.2”在截止日后照列。',
    sheets: [
      { name: '务工监测', rows: P, merges: PM },
      { name: '误工补贴发放', rows: T, merges: TM },
    ],
    expect: {
      sheets: {
        '务工监测': { kind: 'poorPersons', records: poorRecords },
        '误工补贴发放': { kind: 'training', records: trainRecords },
      },
    },
  });
}

buildWujiang();
buildJiexi();
buildHeshan();
buildDabu();
buildJiaoling();
buildLuhe();
console.log('batch53 written');
