'use strict';
// Batch 16 generator: writes ../facts, ../ledgers, ../counties (relative to this file).
// Plain CommonJS, no dependencies.  Run: node gen-b16.js
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '../..');
function write(sub, file, obj) {
  const dir = path.join(ROOT, sub);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, file), JSON.stringify(obj, null, 1) + '\n', 'utf8');
}
function assert(c, msg) { if (!c) throw new Error('ASSERT: ' + msg); }
const D = (s) => ({ date: s });
function pad(rows, w) { return rows.map((r) => { const a = r.slice(); while (a.length < w) a.push(null); return a; }); }

// ---------- deterministic RNG ----------
function rng(seed) {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 4294967296; };
}
function pick(r, arr) { return arr[Math.floor(r() * arr.length)]; }
function int(r, a, b) { return a + Math.floor(r() * (b - a + 1)); }

// ---------- GB 11643 ----------
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const C = '10X98765432';
function checkChar(id17) { let s = 0; for (let i = 0; i < 17; i++) s += Number(id17[i]) * W[i]; return C[s % 11]; }
function validId(id) { return /^\d{17}[\dX]$/.test(id) && checkChar(id.slice(0, 17)) === id[17]; }
function makeIdFactory(seed) {
  const r = rng(seed); const used = new Set();
  return function (region, opts = {}) {
    for (;;) {
      const y = opts.year || int(r, 1958, 2001);
      const m = int(r, 1, 12), d = int(r, 1, 28);
      let seq = int(r, 0, 999);
      if (opts.male === true && seq % 2 === 0) seq = (seq + 1) % 1000;
      if (opts.male === false && seq % 2 === 1) seq = (seq + 1) % 1000;
      const id17 = region + y + String(m).padStart(2, '0') + String(d).padStart(2, '0') + String(seq).padStart(3, '0');
      const id = id17 + checkChar(id17);
      if (opts.wantX && id[17] !== 'X') continue;
      if (opts.noX && id[17] === 'X') continue;
      if (used.has(id)) continue;
      used.add(id); return id;
    }
  };
}
// sanity of the check-digit routine on the textbook example 11010519491231002X
assert(checkChar('11010519491231002') === 'X', 'GB11643 routine');

const SUR = ['陈', '林', '黄', '李', '吴', '蔡', '张', '王', '郑', '杨', '许', '刘', '谢', '洪', '邱', '周', '曾', '翁', '余', '方', '钟', '温', '赖', '邓'];
const GIV = ['明', '华', '丽', '芳', '强', '伟', '秀', '英', '海', '平', '志', '娟', '晓', '建', '国', '玲', '文', '辉', '燕', '军', '春', '梅', '少', '锦', '俊', '美', '桂', '荣'];
function nameGen(seed) { const r = rng(seed); return () => pick(r, SUR) + pick(r, GIV) + (r() < 0.7 ? pick(r, GIV) : ''); }
function phoneGen(seed) { const r = rng(seed); return () => '1' + pick(r, ['3', '5', '8', '7']) + String(int(r, 0, 999999999)).padStart(9, '0'); }

// =====================================================================
// F1  和平县 — every indicator as two rows 目标 / 完成 under merged 序号 & 指标
// =====================================================================
(function f1() {
  const w = 6;
  const rows = [];
  const merges = ['A1:F1'];
  rows.push(['和平县电子商务进农村综合示范创建目标任务完成情况表']);
  rows.push(['填报单位：和平县商务局（盖章）', null, null, null, '填报日期：2021年9月6日']);
  rows.push(['县（区）', '和平县', '考评截止时间', '2021年8月31日']);
  rows.push(['序号', '指标', '类别', '数值', '单位', '说明']);
  rows.push(['一', '基本情况']);
  rows.push([1, '常住人口', '现状', 37.26, '万人', '第七次全国人口普查']);
  rows.push([2, '户籍人口', '现状', 54.1, '万人', '公安户籍统计，不作考评基数']);
  rows.push([3, '行政村数', '现状', 236, '个', '另有社区居委会9个']);
  rows.push([4, '省定贫困村数', '现状', 17, '个', null]);
  rows.push([5, '有劳动能力的建档立卡贫困人口（不含外出务工）', '现状', 2318, '人', '县乡村振兴局2020年12月确认']);
  rows.push([6, '省级专项资金下达', '现状', 2000, '万元', '粤商务电函〔2019〕29号']);
  rows.push(['二', '创建目标任务完成情况']);
  let n = 7;
  function pair(label, target, done, unit, note) {
    const r = rows.length + 1; // Excel row of 目标
    rows.push([n, label, '目标', target, unit, null]);
    rows.push([null, null, '完成', done, unit, note]);
    merges.push(`A${r}:A${r + 1}`, `B${r}:B${r + 1}`);
    n++;
  }
  pair('组织领导', '成立县长任组长的领导小组', '已成立，县长任组长，商务、财政、农业农村、乡村振兴、交通运输、邮政等部门参与', null, '和府办〔2019〕88号');
  pair('示范创建工作方案', '2019年12月底前印发', '已印发', null, '和府办函〔2020〕5号');
  pair('电商扶持政策', '出台1项以上', '已出台《和平县支持农村电子商务发展若干措施》', null, null);
  pair('县级电子商务公共服务中心', '2020年6月30日前建成运营', D('2020-11-18'), null, '受疫情影响推迟，2020年11月18日投入运营');
  pair('电商产业园', '整合建设1个', '已建成', null, '和平县电商产业园，入驻企业18家');
  pair('专业第三方运营服务商', '引进1家', '已引进', null, '河源市粤东北电商服务有限公司');
  pair('行政村物流快递覆盖率', 100, 100, '%', '236个行政村全覆盖');
  pair('电商培训人次', 3726, 4108, '人次', '目标为常住人口1%');
  pair('建档立卡贫困人口参训人数', 1159, 1287, '人', '按身份证号去重');
  pair('2020年农村网络零售额', 52000, 58650, '万元', null);
  pair('2019年农村网络零售额', '—', 41200, '万元', null);
  pair('2021年1-8月农村网络零售额', '—', 43880, '万元', '仅供参考');
  pair('2020年农产品网络零售额', 15000, 16830, '万元', null);
  pair('2019年农产品网络零售额', '—', 13950, '万元', null);
  pair('资金拨付', 2000, 1586.3, '万元', '截至2021年8月31日累计拨付');
  pair('项目总体进度', 100, 85, '%', null);
  pair('信息公开专栏', '设立专栏并按月更新', '已设立，公示创建方案、项目基本信息和建设进度', null, null);
  rows.push(['注：目标值摘自《和平县电子商务进农村综合示范县创建工作方案》；完成值截至2021年8月31日。']);
  rows.push(['填表人：刘晓燕', null, null, '审核人：曾志强']);
  const last = rows.length - 1; merges.push(`A${last}:F${last}`);

  write('facts', 'b16-f1-heping.json', {
    description: '和平县商务局填的《目标任务完成情况表》：每个指标占两行——“目标”和“完成”——序号和指标名在两行间合并；数值列里有数字、文字和真日期，单位另列（万元、万人、%）。陷阱：目标行（计划数 3726 人次、52000 万元、2020年6月30日前）不是事实；户籍人口 54.1 万不是常住人口；2021年1-8月零售额不是 2019/2020；填报日期 2021年9月6日不是截止日；资金拨付的目标 2000 万是全额拨付目标，下达数取自基本情况行；专栏只写了方案、项目信息、进度，没写征求意见/举报窗口，所以 disclosureWindow 不列出。',
    sheets: [{ name: '目标完成情况', rows: pad(rows, w), merges }],
    expect: {
      facts: {
        county: '和平县', asOf: '2021-08-31', residentPopulation: 372600, adminVillagesStated: 236, poorVillagesStated: 17,
        eligiblePoorPersonsStated: 2318, fundAllocated: 20000000, planIssued: true, policyIssued: true,
        centerOpened: '2020-11-18', parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        trainingPersonTimesStated: 4108, trainedPoorPersonsStated: 1287,
        ruralRetail2020: 586500000, ruralRetail2019: 412000000, agriRetail2020: 168300000, agriRetail2019: 139500000,
        fundSpentStated: 15863000, overallProgress: 0.85,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
      },
      judged: {},
      leadership: 'principal-all',
    },
  });
})();

// =====================================================================
// F2  连山壮族瑶族自治县 — 对照检查表: 检查内容|检查方式|检查结果|存在问题|整改措施|责任单位
// =====================================================================
(function f2() {
  const w = 8;
  const rows = [];
  const merges = ['A1:H1'];
  rows.push(['连山壮族瑶族自治县电子商务进农村综合示范创建工作对照检查表']);
  rows.push(['县（区）：连山壮族瑶族自治县', null, null, '数据截止：2021年8月31日', null, '检查时间：2021年9月2日']);
  rows.push(['序号', '检查项目', '检查内容', '检查方式', '检查结果', '存在问题', '整改措施', '责任单位']);
  let n = 1;
  const groups = [];
  function grp(name, items) {
    const start = rows.length + 1;
    items.forEach((it, i) => rows.push([n++, i === 0 ? name : null, ...it]));
    const end = rows.length;
    if (end > start) merges.push(`B${start}:B${end}`);
    groups.push(name);
  }
  grp('组织领导', [
    ['是否建立县政府主要领导牵头、多部门参与的工作协调机制', '查阅文件', '已建立。县长任领导小组组长，成员单位有县商务局、财政局、农业农村局、乡村振兴局、交通运输局、邮政分公司等', '无', '—', '县商务局'],
    ['是否正式印发示范县工作方案', '查阅文件', '已印发（连府办函〔2019〕112号）', '无', '—', '县商务局'],
    ['是否出台支持农村电商发展的政策', '查阅文件', '已出台《连山县扶持农村电子商务发展暂行办法》', '部分奖补未兑现', '2021年12月底前兑现奖补资金', '县商务局、县财政局'],
  ]);
  grp('基本情况', [
    ['常住人口', '查阅统计公报', '10.24万人（户籍人口12.3万人）', '—', '—', '县统计局'],
    ['行政村数、省定贫困村数', '查阅资料', '行政村48个，其中省定贫困村10个', '—', '—', '县民政局'],
  ]);
  grp('公共服务中心', [
    ['县级电子商务公共服务中心建成运营时间', '现场查看', '2020年7月16日投入运营', '—', '—', '运营服务商'],
    ['有无免费培训场所、培训设备，能否组织电商基础培训', '现场查看', '有', '—', '—', '运营服务商'],
    ['是否为特色农产品提供免费展示、销售服务', '现场查看', '是', '—', '—', '运营服务商'],
    ['是否为电商市场主体提供免费摄影、美工服务', '现场查看', '否', '缺少专职摄影美工人员', '2021年10月底前由运营商派驻摄影美工2名', '运营服务商'],
    ['是否组织农产品统一推广、指导特色农产品品牌建设', '查阅资料', '是', '—', '—', '县商务局'],
    ['是否提供其他衍生增值服务', '查阅资料', '是（代运营、金融对接）', '—', '—', '运营服务商'],
  ]);
  grp('电商产业园', [
    ['是否建设或整合、优化当地电商产业园', '现场查看', '已整合（连山电商产业园）', '入驻企业仅12家，未达20家', '继续招商，力争年底前入驻20家', '县商务局'],
  ]);
  grp('农产品上行', [
    ['当地是否有专业第三方电子商务运营或服务商', '查阅合同', '有', '—', '—', '县商务局'],
    ['行政村物流快递覆盖率是否达100%', '查阅邮政管理部门证明', '是', '—', '—', '县邮政分公司'],
    ['2020年农村网络零售额及同比增速', '查阅统计数据', '2020年3亿2千万元，2019年2亿4千5百万元，同比增长30.6%', '2021年1-8月农村网络零售额1亿9千万元，增速放缓', '加大直播带货扶持', '县商务局'],
    ['2020年农产品网络零售额', '查阅统计数据', '96850000元（2019年为7120万元）', '—', '—', '县商务局'],
  ]);
  grp('人才培训', [
    ['培训人次是否达常住人口1%', '查阅培训台账', '累计培训一千一百二十六人次', '未达常住人口1%', '计划2021年底前累计培训达一千五百人次', '县商务局'],
    ['建档立卡贫困人口培训情况', '查阅培训台账及扶贫系统', '有劳动能力的建档立卡贫困人口（不含外出务工）八百六十二人，已参训四百五十一人', '—', '—', '县乡村振兴局'],
  ]);
  grp('信息公开', [
    ['是否在县政府网站设立专栏并公示创建方案', '网站查看', '是', '—', '—', '县商务局'],
    ['是否公示项目基本信息', '网站查看', '是', '—', '—', '县商务局'],
    ['是否公示项目建设进度', '网站查看', '已公示', '2021年5-7月未按月更新', '指定专人每月10日前更新', '县商务局'],
    ['是否设立征求意见或监督举报窗口', '网站查看', '否', '未设立', '2021年9月底前增设监督举报窗口', '县商务局'],
  ]);
  grp('数据上报', [
    ['能否统计电商扶贫情况', '查阅月报', '能', '—', '—', '县商务局'],
  ]);
  grp('资金管理', [
    ['省级专项资金下达及拨付', '查阅拨款凭证', '省级资金1500万元已下达；累计拨付11625400元', '—', '—', '县财政局'],
    ['是否制定资金管理制度', '查阅文件', '是（《连山县示范项目资金管理办法》）', '—', '—', '县财政局'],
    ['是否建立资金专用台账', '查阅账册', '是', '—', '—', '县财政局'],
    ['项目总体进度', '查阅资料', '82%', '—', '—', '县商务局'],
  ]);
  grp('一票否决', [
    ['是否发生安全生产、质量事故或造成重大损失', '查阅资料', '否', '—', '—', '县商务局'],
    ['是否存在弄虚作假', '查阅资料', '否', '—', '—', '县商务局'],
  ]);
  rows.push(['检查人员：莫少华、韦秀英', null, null, null, '检查结论：基本达到创建要求，3项问题限期整改。']);
  write('facts', 'b16-f2-lianshan.json', {
    description: '连山壮族瑶族自治县的“对照检查表”：每行 检查内容|检查方式|检查结果|存在问题|整改措施|责任单位，只有“检查结果”一列回答；数字夹着中文单位（3亿2千万元、2亿4千5百万元、一千一百二十六人次、八百六十二人），元与万元并列（96850000元 / 7120万元、1500万元 / 11625400元）。陷阱：存在问题里的 2021年1-8月零售额 1亿9千万元、整改措施里的计划“一千五百人次”和“年底前入驻20家”都不是事实；户籍人口 12.3 万在括号里；检查时间 2021年9月2日不是截止日；摄影美工答“否”、举报窗口答“否”（false，不是缺项）；“已公示但5-7月未按月更新”仍是 disclosureProgress=true。',
    sheets: [{ name: '对照检查表', rows: pad(rows, w), merges }],
    expect: {
      facts: {
        county: '连山壮族瑶族自治县', asOf: '2021-08-31', residentPopulation: 102400, adminVillagesStated: 48, poorVillagesStated: 10,
        planIssued: true, policyIssued: true, centerOpened: '2020-07-16',
        centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: 320000000, ruralRetail2019: 245000000, ruralRetailGrowthStated: 0.306,
        agriRetail2020: 96850000, agriRetail2019: 71200000,
        trainingPersonTimesStated: 1126, eligiblePoorPersonsStated: 862, trainedPoorPersonsStated: 451,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false,
        povertyStatisticsStated: true, fundAllocated: 15000000, fundSpentStated: 11625400,
        fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.82, vetoIncident: false, vetoFraud: false,
      },
      judged: {},
      leadership: 'principal-all',
    },
  });
})();

// =====================================================================
// F3  饶平县 — horizontal sheet: group row 3, field row 4 (traditional characters), value row 5, 備註 row 6
// =====================================================================
(function f3() {
  const cols = [
    // [group, field, value, note]
    ['基本情況', '縣（區）', '饶平县', null],
    ['基本情況', '常住人口（人）', '882,130', '第七次人口普查；戶籍人口1,056,700人'],
    ['基本情況', '行政村數（個）', 354, '不含社區居委會'],
    ['基本情況', '省定貧困村數（個）', 19, null],
    ['組織領導', '牽頭領導', '常務副縣長', '任領導小組組長'],
    ['組織領導', '參與部門', '商務、財政、農業農村、鄉村振興', null],
    ['組織領導', '示範工作方案', '已印發', '饒府辦〔2019〕47號'],
    ['組織領導', '方案制定（自評分）', 2, null],
    ['組織領導', '扶持政策', '已出臺', null],
    ['組織領導', '政策支持（自評分）', 1, '部分政策待落實'],
    ['項目管理', '項目管理制度（自評分）', 2, null],
    ['項目管理', '工作台賬（自評分）', 2, null],
    ['服務體系', '公共服務中心運營日期', D('2020-09-28'), '2020年8月試運營，9月28日正式運營'],
    ['服務體系', '免費培訓場所及設備', '有', null],
    ['服務體系', '農產品免費展示銷售', '有', null],
    ['服務體系', '免費攝影美工', '有', null],
    ['服務體系', '品牌推廣指導', '有', null],
    ['服務體系', '其他增值服務', '有', null],
    ['服務體系', '電商產業園', '已建成', '入駐企業23家'],
    ['農產品上行', '網銷調研（自評分）', 1, null],
    ['農產品上行', '網絡促銷（自評分）', 2, null],
    ['農產品上行', '第三方運營服務商', '有', null],
    ['農產品上行', '行政村快遞全覆蓋', '是', null],
    ['農產品上行', '交易標準及冷鏈溯源（自評分）', 1, '溯源系統建設中'],
    ['農產品上行', '2020年農村網絡零售額（萬元）', 186500, '2021年1-8月：138,600萬元'],
    ['農產品上行', '同比', '增長27.3%', null],
    ['農產品上行', '2020年農產品網絡零售額（萬元）', 64200, null],
    ['農產品上行', '同比', '增長31.6%', '2019年基數以市統計局核定為準，本表不列'],
    ['人才培訓', '電商培訓人次', 5120, '另9月上旬培訓320人次未計入'],
    ['人才培訓', '有勞動能力貧困人口（不含外出務工）', 3412, '外出務工1,288人已剔除'],
    ['人才培訓', '參訓貧困人口（人）', 1906, '按身份證號去重'],
    ['信息公開及報送', '專欄公示創建方案', '是', null],
    ['信息公開及報送', '專欄公示項目信息', '是', null],
    ['信息公開及報送', '專欄公示建設進度', '是', '每月更新'],
    ['信息公開及報送', '徵求意見/監督舉報窗口', '否', '擬9月增設'],
    ['信息公開及報送', '電商扶貧統計', '是', null],
    ['資金管理', '下達資金（萬元）', 2500, null],
    ['資金管理', '累計撥付（萬元）', 2186.42, '截至8月31日'],
    ['資金管理', '資金管理制度', '已制定', null],
    ['資金管理', '資金管理制度（自評分）', 5, null],
    ['資金管理', '資金專用台賬', '已建立', null],
    ['資金管理', '資金台賬（自評分）', 4, null],
    ['資金管理', '及時撥付（自評分）', 4, null],
    ['進度及否決', '總體進度', '88%', null],
    ['進度及否決', '安全生產、質量事故', '無', null],
    ['進度及否決', '弄虛作假', '無', null],
  ];
  const w = cols.length + 1;
  const colName = (i) => { let s = ''; i++; while (i > 0) { const m = (i - 1) % 26; s = String.fromCharCode(65 + m) + s; i = Math.floor((i - 1) / 26); } return s; };
  const r1 = ['饒平縣電子商務進農村綜合示範縣考評基礎數據表（橫表）'];
  const r2 = ['截止日期：2021年8月31日'];
  const r3 = [null], r4 = ['項目'], r5 = ['填報值'], r6 = ['備註'];
  const merges = [`A1:${colName(w - 1)}1`];
  let gStart = 1;
  cols.forEach((c, i) => {
    const ci = i + 1;
    r3.push(i === 0 || cols[i - 1][0] !== c[0] ? c[0] : null);
    r4.push(c[1]); r5.push(c[2]); r6.push(c[3]);
    const lastOfGroup = i === cols.length - 1 || cols[i + 1][0] !== c[0];
    if (lastOfGroup) { if (ci > gStart) merges.push(`${colName(gStart)}3:${colName(ci)}3`); gStart = ci + 1; }
  });
  assert(colName(0) === 'A' && colName(26) === 'AA', 'colName');
  const rows = pad([r1, r2, r3, r4, r5, r6, [], ['填表：饒平縣商務局  2021年9月8日']], w);

  const plan = pad([
    ['饒平縣2022年電子商務工作計劃（草稿）'],
    ['序號', '工作任務', '2022年目標', '責任單位'],
    [1, '電商培訓人次', 6000, '縣商務局'],
    [2, '農村網絡零售額', '22億元', '縣商務局'],
    [3, '村級站點', '新增30個', '各鎮'],
    [4, '下達資金', '待省下達', '縣財政局'],
  ], 4);

  write('facts', 'b16-f3-raoping.json', {
    description: '饶平县的横表：第3行是合并的分组（基本情況、組織領導…），第4行是字段名（繁体字：縣、數、領導、萬元、撥付…），第5行“填報值”一行数值，第6行“備註”一行备注；47 列。陷阱：零售额只给 2020 年值和“增長27.3%”“增長31.6%”，2019 年值不得反推；備註里的户籍人口 1,056,700、2021年1-8月 138,600萬元、9月上旬 320 人次、外出務工 1,288 人都不是事实；牽頭領導“常務副縣長”是分管级（deputy）；中心“8月試運營”是备注，运营日期是值行里的真日期 2020-09-28；填表日期 2021年9月8日不是截止日；另有“2022年計劃”分表（6000 人次、22億元）是干扰，不是事实。',
    sheets: [
      { name: '考評數據', rows, merges },
      { name: '2022年計劃', rows: plan, merges: ['A1:D1'] },
    ],
    expect: {
      facts: {
        county: '饶平县', asOf: '2021-08-31', residentPopulation: 882130, adminVillagesStated: 354, poorVillagesStated: 19,
        planIssued: true, policyIssued: true, centerOpened: '2020-09-28',
        centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: true,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: 1865000000, ruralRetailGrowthStated: 0.273, agriRetail2020: 642000000, agriRetailGrowthStated: 0.316,
        trainingPersonTimesStated: 5120, eligiblePoorPersonsStated: 3412, trainedPoorPersonsStated: 1906,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false,
        povertyStatisticsStated: true, fundAllocated: 25000000, fundSpentStated: 21864200,
        fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        'org.plan': 2, 'org.policy': 1, 'org.management.system': 2, 'org.management.ledger': 2,
        'work.upward.research': 1, 'work.upward.promotion': 2, 'work.upward.standards': 1,
        'fund.system': 5, 'fund.ledger': 4, 'fund.spending': 4,
      },
      leadership: 'deputy',
    },
  });
})();

// =====================================================================
// L1  徐闻县 — WeChat mini-program sign-in export + media list with English outlet names and a 转载 column
// =====================================================================
(function l1() {
  const newId = makeIdFactory(440825);
  const nm = nameGen(825), ph = phoneGen(826);
  const r = rng(827);
  const NICK = ['菠萝哥', '徐闻阿妹', '微信用户', '海风', 'A-红土地', '曲界菠萝园', '🍍小林', '下桥阿强', 'Lucky', '一路向南', '微信用户', '锦和果业'];
  const TOWN = ['曲界镇', '下桥镇', '前山镇', '锦和镇', '龙塘镇', '和安镇'];
  const sessions = [
    ['2021-03-第1场', '2021-03-05', 8, '08:40'],
    ['2021-03-第2场', '2021-03-19', 6, '14:20'],
    ['2021-06-第1场', '2021-06-11', 6, '09:05'],
    ['2021-08-第3场', '2021-08-31', 4, '15:10'],
    ['2021-09-第1场', '2021-09-03', 4, '09:00'],
  ];
  const rows = [['序号', '提交时间', '昵称', '真实姓名', '证件类型', '证件号码', '手机号码', '培训场次', '所在镇']];
  const recs = [];
  let seq = 0;
  const repeatId = newId('440825', { noX: true }); const repeatName = '王海平';
  sessions.forEach(([code, day, count, start], si) => {
    let [hh, mm] = start.split(':').map(Number); let ss = 7;
    for (let k = 0; k < count; k++) {
      seq++;
      ss += int(r, 9, 50); while (ss >= 60) { ss -= 60; mm++; } while (mm >= 60) { mm -= 60; hh++; }
      const t = `${day} ${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:${String(ss).padStart(2, '0')}`;
      let id = newId('440825'), cellId = id, name = nm();
      let expId = id;
      if (si === 0 && k === 2) { id = newId('440825', { wantX: true }); cellId = id.slice(0, 17) + 'x'; expId = id; } // lower-case x typed on the phone
      if (si === 1 && k === 3) { // deliberately wrong check digit, kept as written
        const good = newId('440825', { noX: true }); const bad = good.slice(0, 17) + String((Number(good[17]) + 3) % 10);
        assert(!validId(bad), 'l1 bad id must be invalid'); cellId = bad; expId = bad;
      }
      if (si === 2 && k === 5) { cellId = null; expId = null; } // 证件号码 left empty
      if ((si === 0 && k === 6) || (si === 3 && k === 1)) { cellId = repeatId; expId = repeatId; name = repeatName; }
      rows.push([seq, t, pick(r, NICK), name, cellId === null ? null : '居民身份证', cellId, ph(), code, pick(r, TOWN)]);
      recs.push({ date: day, personTimes: 1, id: expId });
    }
  });
  assert(recs.length === 28, 'l1 28 sign-ins');
  assert(recs.filter((x) => x.date > '2021-08-31').length === 4, 'l1 4 after cut-off');
  assert(recs.filter((x) => x.id && !validId(x.id)).length === 1, 'exactly one invalid id');

  const media = [
    ['徐闻县电子商务进农村宣传报道登记表'],
    ['序号', '发布时间', '媒体名称', '报道形式', '标题', '转载情况', '链接/备注'],
    [1, D('2020-10-12'), '徐闻县融媒体中心', '网络', '徐闻菠萝“触网”走俏全国', '—', 'https://www.xuwen.gov.cn/…'],
    [2, '2020.12.08', '湛江日报', '报纸', '徐闻：电商站点开到村口', '湛江云媒转载', '第A3版'],
    [3, D('2021-01-15'), '湛江电视台', '电视', '《湛江新闻》：菠萝的海里的直播间', '—', '视频存档'],
    [4, '2021.04.16', 'Xinhua', '网络（英文稿）', 'Pineapples from Xuwen sell fast online', '学习强国、China Daily网站转载', 'english.news.cn'],
    [5, D('2021-05-20'), '南方日报', '报纸', '徐闻电商助农：一颗菠萝的“云端之旅”', '南方+转载', '第AA2版'],
    [6, D('2021-07-02'), 'CGTN', '电视', 'Live-streaming helps pineapple farmers in Xuwen', '—', '视频截图'],
    [7, '2021.09.03', 'China Daily', '报纸', 'Rural e-commerce takes root in Guangdong', '—', '9月刊发'],
    [],
    ['注：转载情况仅作记录，同一篇报道按首发媒体统计。'],
  ];
  write('ledgers', 'b16-l1-xuwen.json', {
    description: '徐闻县：培训签到从微信小程序导出（提交时间|昵称|真实姓名|证件类型|证件号码|手机号码|培训场次|所在镇，表头在第1行，提交时间是“2021-03-05 08:40:16”这样的文本，场次写成“2021-03-第2场”），加一张宣传报道表，媒体名称有英文（Xinhua、CGTN、China Daily），还有“转载情况”一列。陷阱：日期取提交时间的日期（和场次月份一致），2021-08-31 当天的场次算截止日内，2021-09-03 的 4 行照样列为记录（日期在截止日后）；一行手机上打的小写 x 要读成大写 X；一行身份证校验码故意错，按原样保留；一行证件号码为空（id=null）；同一人参加两场是两条记录。媒体：级别只看首发媒体名称，转载列里的学习强国、China Daily网站、南方+不另成记录也不改变级别；“网络（英文稿）”不是电视；China Daily 2021.09.03 在截止日后但仍是记录。',
    sheets: [
      { name: '签到数据导出_20210906', rows: pad(rows, 9) },
      { name: '宣传报道', rows: pad(media, 7), merges: ['A1:G1'] },
    ],
    expect: {
      sheets: {
        '签到数据导出_20210906': { kind: 'training', records: recs },
        '宣传报道': {
          kind: 'media', records: [
            { date: '2020-10-12', level: 'county', tv: false },
            { date: '2020-12-08', level: 'city', tv: false },
            { date: '2021-01-15', level: 'city', tv: true },
            { date: '2021-04-16', level: 'national', tv: false },
            { date: '2021-05-20', level: 'province', tv: false },
            { date: '2021-07-02', level: 'national', tv: true },
            { date: '2021-09-03', level: 'national', tv: false },
          ],
        },
      },
    },
  });
})();

// =====================================================================
// L2  紫金县 — village list with 撤并 villages, funds with 退回 negatives, poor roster split by town (3 sheets, 3 wordings)
// =====================================================================
(function l2() {
  const newId = makeIdFactory(441621);
  const nm = nameGen(1621), ph = phoneGen(1622);
  const vil = [
    ['义容镇', '义容社区', '社区', '否', '√', null],
    ['义容镇', '新楼村委会', '行政村', '否', '√', null],
    ['义容镇', '上坑村委会', '行政村', '否', '√', null],
    ['义容镇', '黄布村委会', '行政村', '否', '√', null],
    ['义容镇', '龙岗村委会', '行政村', '否', '—', '2020年12月已撤并入新楼村'],
    ['义容镇', '南星村委会', '行政村', '是', '√', null],
    ['临江镇', '临江居委会', '居委会', '否', '√', null],
    ['临江镇', '临江村委会', '行政村', '否', '√', null],
    ['临江镇', '山下村委会', '行政村', '是', '√', null],
    ['临江镇', '礼坑村委会', '行政村', '否', '√', null],
    ['临江镇', '新田村委会', '行政村', '否', '—', '已撤并入临江村'],
    ['临江镇', '桥头村委会', '行政村', '否', '√', null],
    ['蓝塘镇', '蓝塘社区', '社区', '否', '√', null],
    ['蓝塘镇', '碧埔村委会', '行政村', '否', '√', null],
    ['蓝塘镇', '大窝村委会', '行政村', '是', '√', '省定贫困村，2020年已出列'],
    ['蓝塘镇', '黄坑村委会', '行政村', '否', '√', null],
    ['蓝塘镇', '凤南村委会', '行政村', '否', '√', null],
  ];
  const vrows = [['紫金县行政村（社区）名单（义容、临江、蓝塘三镇）'], ['序号', '镇（街道）', '村（居）委会', '类型', '是否省定贫困村', '快递进村', '备注']];
  vil.forEach((v, i) => vrows.push([i + 1, ...v]));
  vrows.push([]); vrows.push(['注：已撤并的村保留原序号备查，不再作为行政村统计。']);
  const vrecs = vil.filter((v) => !(v[5] || '').includes('撤并')).map((v) => ({
    name: v[1], admin: v[2] === '行政村', poor: v[3] === '是', express: v[4] === '√',
  }));
  assert(vrecs.length === 15, 'l2 15 villages after dropping 2 merged');
  assert(vrecs.filter((v) => v.admin).length === 12, 'l2 12 行政村');

  const frows = [
    ['紫金县电子商务进农村综合示范专项资金使用台账'],
    ['单位：元'],
    ['序号', '拨付日期', '凭证号', '项目名称', '摘要', '收款单位', '金额', '经办人'],
    [1, D('2020-06-18'), '记-0612', '公共服务中心建设', '首期款', '河源市紫金电商运营有限公司', '1,250,000.00', '钟秀英'],
    [2, D('2020-09-30'), '记-0931', '村级站点建设', '第一批站点建设款', '紫金县邮政分公司', 864000, '钟秀英'],
    [3, D('2020-12-22'), '记-1218', '电商培训', '培训服务费', '河源市紫金电商运营有限公司', 236500, '钟秀英'],
    [4, D('2021-01-15'), '记-0107', '村级站点建设', '退回：第一批站点3个验收不合格，退回建设款', '紫金县邮政分公司', -86400, '赖志强'],
    [5, D('2021-03-10'), '记-0305', '物流体系建设', '县镇村物流配送体系', '紫金县通达物流有限公司', '1,480,000.00', '赖志强'],
    [6, D('2021-05-26'), '记-0521', '电商培训', '退回培训费结余', '河源市紫金电商运营有限公司', '-12,350.00', '赖志强'],
    [7, D('2021-07-08'), '记-0703', '品牌推广', '“紫金蝉茶”网络推广', '广东岭南品牌策划有限公司', 398000, '赖志强'],
    [8, D('2021-09-06'), '记-0902', '公共服务中心建设', '尾款', '河源市紫金电商运营有限公司', 625000, '赖志强'],
    ['合计', null, null, null, null, null, 4754750, null],
    [],
    ['注：负数为退回资金，冲减支出。'],
  ];
  const famt = [1250000, 864000, 236500, -86400, 1480000, -12350, 398000, 625000];
  assert(famt.reduce((a, b) => a + b, 0) === 4754750, 'l2 合计 row equals sum incl. refunds');
  const fdates = ['2020-06-18', '2020-09-30', '2020-12-22', '2021-01-15', '2021-03-10', '2021-05-26', '2021-07-08', '2021-09-06'];
  const frecs = famt.map((a, i) => ({ date: fdates[i], amount: a }));

  // poor rosters: three towns, three clerks, three wordings
  function persons(n, town, villages, spec) {
    const out = [];
    for (let i = 0; i < n; i++) {
      const s = spec[i];
      out.push({ v: villages[i % villages.length], name: nm(), id: newId('441621', s.x ? { wantX: true } : { noX: true }), labour: s.l, migrant: s.m, x: s.x });
    }
    return out;
  }
  const yr = persons(7, '义容镇', ['南星村', '新楼村', '上坑村'], [
    { l: true, m: false }, { l: true, m: true }, { l: false, m: false }, { l: true, m: false },
    { l: true, m: true }, { l: false, m: false }, { l: true, m: false, x: true }]);
  const yrows = [['义容镇建档立卡贫困人口名单'], ['序号', '村', '户主姓名', '姓名', '与户主关系', '身份证号码', '劳动能力', '是否外出务工']];
  yr.forEach((p, i) => {
    const h = yr[i - (i % 3)];
    if (i % 3 === 2) p.name = h.name[0] + p.name.slice(1);
    yrows.push([i + 1, h.v, h.name, p.name, i % 3 === 0 ? '户主' : i % 3 === 1 ? '配偶' : (Number(p.id[16]) % 2 ? '之子' : '之女'), p.id, p.labour ? '有' : '无', p.migrant ? '是' : '否']);
  });

  const lj = persons(6, '临江镇', ['山下村', '临江村'], [
    { l: true, m: false }, { l: false, m: false }, { l: true, m: true }, { l: true, m: false }, { l: false, m: false }, { l: true, m: false }]);
  const ljLab = ['普通劳动力', '丧失劳动力', '普通劳动力', '普通劳动力', '无劳动力', '普通劳动力'];
  const ljrows = [['临江镇贫困人口花名册（扶贫系统导出）'], ['导出时间：2021-06-30'], ['序号', '行政村', '姓名', '证件号码', '性别', '劳动技能', '务工状态', '联系电话']];
  lj.forEach((p, i) => ljrows.push([i + 1, p.v, p.name, p.id, Number(p.id[16]) % 2 ? '男' : '女', ljLab[i], p.migrant ? '外出务工' : '未外出', ph()]));
  lj.forEach((p, i) => assert((ljLab[i] === '普通劳动力') === p.labour, 'lj labour wording'));

  const lt = persons(6, '蓝塘镇', ['大窝村', '碧埔村', '黄坑村'], [
    { l: true, m: false, x: true }, { l: true, m: false }, { l: false, m: false }, { l: true, m: true }, { l: true, m: false }, { l: false, m: false }]);
  const ltrows = [['蓝塘镇建档立卡贫困户人员名单'], ['序号', '姓名', '身份证', '有劳动能力', '外出务工', '所在村', '备注']];
  lt.forEach((p, i) => ltrows.push([i + 1, p.name, i === 0 ? p.id.slice(0, 17) + 'x' : p.id, p.labour ? '√' : '×', p.migrant ? '√' : '×', p.v, i === 3 ? '在东莞务工' : null]));
  [yr, lj, lt].forEach((g) => g.forEach((p) => assert(validId(p.id), 'l2 valid id')));

  const prec = (g) => g.map((p) => ({ id: p.id, labour: p.labour, migrant: p.migrant }));
  write('ledgers', 'b16-l2-zijin.json', {
    description: '紫金县：行政村名单里两个村在备注写着“已撤并入××村”，资金台账里“退回”是负数（一笔数字 -86400，一笔文本“-12,350.00”），建档立卡贫困人口按镇分成三张表，表名就是镇名（义容镇、临江镇、蓝塘镇），三个镇扶贫办的列名和取值各不相同（有/无·是/否；普通劳动力/丧失劳动力/无劳动力·外出务工/未外出；√/×）。陷阱：撤并的龙岗村、新田村不是现有行政村，不列为记录；居委会、社区 admin=false；大窝村“已出列”仍是省定贫困村；资金合计行不是记录，退回行金额为负，2021-09-06 尾款仍列为记录（日期在截止日后）；临江镇表的“导出时间”不是数据；蓝塘镇一个身份证末位手写小写 x，读作 X；“在东莞务工”只是备注，外出务工看 √ 列。',
    sheets: [
      { name: '说明', rows: [['本册为紫金县电子商务进农村示范创建台账（村居名单、资金、建档立卡贫困人口）。'], ['贫困人口名单按镇分表，由各镇扶贫办提供，格式未统一。']] },
      { name: '行政村名单', rows: pad(vrows, 7), merges: ['A1:G1'] },
      { name: '资金台账', rows: pad(frows, 8), merges: ['A1:H1'] },
      { name: '义容镇', rows: pad(yrows, 8), merges: ['A1:H1'] },
      { name: '临江镇', rows: pad(ljrows, 8), merges: ['A1:H1'] },
      { name: '蓝塘镇', rows: pad(ltrows, 7), merges: ['A1:G1'] },
    ],
    expect: {
      sheets: {
        '说明': { kind: null },
        '行政村名单': { kind: 'villages', records: vrecs },
        '资金台账': { kind: 'funds', records: frecs },
        '义容镇': { kind: 'poorPersons', records: prec(yr) },
        '临江镇': { kind: 'poorPersons', records: prec(lj) },
        '蓝塘镇': { kind: 'poorPersons', records: prec(lt) },
      },
    },
  });
})();


// =====================================================================
// C1  南澳县 — whole workbook, 12 sheets
// =====================================================================
(function c1() {
  const CUT = '2021-08-31';
  const newId = makeIdFactory(440523);
  const nm = nameGen(523), ph = phoneGen(524);
  const r = rng(525);
  const sheets = [];

  // ---------- 村居名单 ----------
  const towns = [
    ['后宅镇', ['山顶村', '隆南村', '隆东村', '隆北村', '金山村', '澳前村', '井洲村', '海滨村', '龙地村', '后花园村'], ['后宅社区', '隆澳社区', '前江社区', '海港社区']],
    ['深澳镇', ['深澳村', '竹栖村', '金澳村', '田头村', '坑尾村', '海山村', '后江村', '白沙村', '东坑村'], ['深澳社区', '黄花社区']],
    ['云澳镇', ['云澳村', '中柱村', '浮滨村', '三澳村', '赤石村', '岭头村', '柳林村', '大潭村'], ['云澳社区']],
  ];
  const POOR = ['坑尾村', '赤石村', '岭头村'];
  const villageRows = [['南澳县村（居）委会名单'], ['填报单位：南澳县民政局', null, null, null, '2021年6月'], ['序号', '镇', '村（居）委会', '类别', '是否省定贫困村', '是否通快递']];
  const VILLAGES = []; // {name, admin, poor, town}
  let vs = 0;
  for (const [t, vv, ss] of towns) {
    for (const s of ss) { VILLAGES.push({ name: s, admin: false, poor: false, town: t }); villageRows.push([++vs, t, s + '居委会', '社区', '否', '是']); }
    for (const v of vv) { VILLAGES.push({ name: v, admin: true, poor: POOR.includes(v), town: t }); villageRows.push([++vs, t, v + '委会', '行政村', POOR.includes(v) ? '是' : '否', '是']); }
  }
  villageRows.push(['合计', null, '34个', '行政村27个、社区7个']);
  const adminV = VILLAGES.filter((v) => v.admin);
  assert(adminV.length === 27 && VILLAGES.length === 34, 'c1 27 行政村 + 7 社区');
  assert(adminV.filter((v) => v.poor).length === 3, 'c1 3 poor villages');

  // ---------- 服务站点 ----------
  const st = [ // [village, cell, iso]
    ['山顶村', D('2020-07-15'), '2020-07-15'], ['隆南村', '2020.8.6', '2020-08-06'], ['隆东村委会', D('2020-09-18'), '2020-09-18'],
    ['后宅社区', D('2020-06-30'), '2020-06-30'], ['隆北村', '2020年10月9日', '2020-10-09'], ['金山村', D('2020-11-20'), '2020-11-20'],
    ['澳前村', '2021.1.12', '2021-01-12'], ['隆南村', '2021.3.2', '2021-03-02'], ['井洲村', D('2021-08-31'), '2021-08-31'],
    ['深澳村', D('2020-07-15'), '2020-07-15'], ['深澳社区', '2020.7.1', '2020-07-01'], ['竹栖村', '2020.9.3', '2020-09-03'],
    ['坑尾村', D('2020-08-20'), '2020-08-20'], ['金澳村', D('2020-12-01'), '2020-12-01'], ['田头村', '2021年4月8日', '2021-04-08'],
    ['海山村', '2021.6.18', '2021-06-18'], ['云澳村', D('2020-07-22'), '2020-07-22'], ['赤石村', '2020.9.25', '2020-09-25'],
    ['中柱村', D('2020-10-16'), '2020-10-16'], ['浮滨村', '2021.2.24', '2021-02-24'], ['三澳村', D('2021-03-30'), '2021-03-30'],
    ['云澳村', '2021.5.6', '2021-05-06'], ['岭头村', D('2021-09-10'), '2021-09-10'], ['大潭村', '2021.9.15', '2021-09-15'],
  ];
  const townOf = (v) => VILLAGES.find((x) => x.name === v.replace(/委会$/, '')).town;
  const stRows = [['南澳县村级电商服务站点清单'], ['序号', '站点名称', '所在镇', '所在村（社区）', '负责人', '联系电话', '挂牌时间', '服务内容']];
  st.forEach((s, i) => {
    const v = s[0].replace(/委会$/, '');
    const nth = st.slice(0, i).filter((x) => x[0].replace(/委会$/, '') === v).length;
    stRows.push([i + 1, `${v}电商服务站${nth ? '（二）' : ''}`, townOf(s[0]), s[0], nm(), ph(), s[1], '代购代销、代收代发快递、代缴费']);
  });
  stRows.push([]); stRows.push(['注：岭头村、大潭村站点于2021年9月挂牌。']);
  const covered = new Set(st.filter((s) => s[2] <= CUT).map((s) => s[0].replace(/委会$/, '')).filter((v) => adminV.some((a) => a.name === v)));
  const coveredPoor = [...covered].filter((v) => POOR.includes(v));
  assert(covered.size === 18, 'c1 covered 行政村 = 18, got ' + covered.size);
  assert(coveredPoor.length === 2, 'c1 covered poor = 2');
  const coveredAll = new Set(st.map((s) => s[0].replace(/委会$/, '')).filter((v) => adminV.some((a) => a.name === v)));
  assert(coveredAll.size === 20, 'c1 trap: 20 if after-cut-off stations were counted');

  // ---------- 入驻企业 ----------
  const CH = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const code = (p) => p + Array.from({ length: 7 }, () => CH[int(r, 0, CH.length - 1)]).join('');
  const ent = [
    ['汕头市南澳县海岛鲜电子商务有限公司', '销售型企业', '2020-10-12'],
    ['南澳县宋井农产品专业合作社', '销售型（网店）', '2020-10-12'],
    ['广东云澳电子商务运营有限公司', '电商运营商', '2020-10-20'],
    ['南澳县邮政分公司电商服务部', '物流企业', '2020-10-20'],
    ['汕头市澳岛优选网络科技有限公司', '平台型电商企业', '2020-11-02'],
    ['南澳县青澳湾海产品有限公司', '销售型企业', '2020-11-02'],
    ['汕头市南澳县海之味食品有限公司', '销售型企业', '2020-11-05'],
    ['南澳县中通快递服务部', '快递', '2020-11-16'],
    ['南澳县金海湾紫菜有限公司', '销售型企业', '2020-12-01'],
    ['汕头市潮澳代运营服务有限公司', '代运营', '2020-12-01'],
    ['南澳县后宅镇渔家乐网店', '网店', '2020-12-15'],
    ['南澳县海韵文化传媒有限公司', '直播服务', '2021-01-08', '2021-06-30'],
    ['南澳县深澳牡蛎养殖专业合作社', '销售型企业', '2021-01-08'],
    ['汕头市南澳县顺通仓储有限公司', '仓储物流', '2021-01-20'],
    ['南澳县云澳海产品加工厂', '农产品加工', '2021-02-26'],
    ['南澳县跃华贸易商行', '零售', '2021-03-15'],
    ['汕头市岛上好物电子商务有限公司', '平台型电商企业', '2021-03-15'],
    ['汕头市南澳县海之味食品有限公司', '销售型企业', '2021-05-10'],
    ['南澳县黄花山茶叶有限公司', '销售型企业', '2021-06-01'],
    ['南澳县竹栖肚有机农场', '销售型企业', '2021-07-12'],
    ['南澳县青澳民宿电商服务站', '服务商', '2021-08-20'],
    ['汕头市澳海直播电商有限公司', '电商运营商', '2021-09-01'],
    ['南澳县极兔速递服务部', '物流企业', '2021-09-15'],
  ];
  const codes = {};
  ent.forEach((e) => { if (!codes[e[0]]) codes[e[0]] = code(e[0].includes('合作社') ? '93440523MA' : '91440523MA'); e.code = codes[e[0]]; });
  const entRows = [['南澳县电商产业园入驻企业清单'], ['序号', '企业名称', '统一社会信用代码', '企业类型', '入驻时间', '退出时间', '备注']];
  ent.forEach((e, i) => entRows.push([i + 1, e[0], e.code, e[1], i % 2 ? e[2].replace(/-0?/g, '.').replace(/\.(\d)\./, '.$1.') : D(e[2]), e[3] ? D(e[3]) : null,
    e[3] ? '已退出' : (i === 17 ? '续签入驻协议' : null)]));
  const inPark = new Map();
  ent.filter((e) => e[2] <= CUT && !(e[3] && e[3] < CUT)).forEach((e) => inPark.set(e.code, e));
  const normType = (t) => /平台/.test(t) ? '平台型' : /销售|零售|网店/.test(t) ? '销售型' : /运营|服务商/.test(t) ? '电商运营商' : /物流|快递|仓储/.test(t) ? '物流企业' : t;
  const types = new Set([...inPark.values()].map((e) => normType(e[1])));
  assert(inPark.size === 19, 'c1 park enterprises at cut-off = 19, got ' + inPark.size);
  assert(types.size >= 3, 'c1 ≥3 types');
  assert(ent.length === 23, 'c1 23 enterprise rows');

  // ---------- poor persons (3 town sheets) ----------
  const P = [];
  for (let i = 0; i < 258; i++) {
    const cat = i < 120 ? 'E' : i < 188 ? 'M' : 'N';
    P.push({ cat, name: nm(), id: newId('440523'), labour: cat !== 'N', migrant: cat === 'M' });
  }
  const E = P.filter((p) => p.cat === 'E'), M = P.filter((p) => p.cat === 'M');
  // shuffle display order deterministically and give each a town / village
  const order = P.slice();
  for (let i = order.length - 1; i > 0; i--) { const j = int(r, 0, i); [order[i], order[j]] = [order[j], order[i]]; }
  order.forEach((p, i) => { const t = towns[i % 10 < 4 ? 0 : i % 10 < 7 ? 1 : 2]; p.town = t[0]; p.village = t[1][int(r, 0, t[1].length - 1)]; });
  const LAB = { E: '普通劳动力', M: '普通劳动力', N: null };
  for (const [t] of towns) {
    const list = order.filter((p) => p.town === t);
    const rows = [[`${t}建档立卡贫困人口名单`], ['数据来源：全国扶贫开发信息系统（2021年6月导出）'], ['序号', '村', '户主姓名', '姓名', '与户主关系', '证件号码', '性别', '劳动能力', '是否外出务工']];
    let head = null;
    list.forEach((p, i) => {
      const male = Number(p.id[16]) % 2 === 1;
      const rel = i % 3 === 0 ? '户主' : i % 3 === 1 ? '配偶' : (male ? '之子' : '之女');
      if (rel === '户主') head = p; else p.village = head.village; // one household, one village
      if (i % 3 === 2) p.name = head.name[0] + p.name.slice(1);   // child takes the head's surname
      rows.push([i + 1, p.village, head.name, p.name, rel, p.id, male ? '男' : '女', p.cat === 'N' ? (i % 2 ? '丧失劳动力' : '无劳动力') : LAB[p.cat], p.migrant ? '是' : '否']);
    });
    sheets.push({ name: t, rows: pad(rows, 9), merges: ['A1:I1', 'A2:I2'] });
  }
  const townSheets = sheets.splice(0); // keep for later ordering

  // ---------- training: mini-program sign-in export ----------
  const sess = ['2020-09-18', '2020-10-23', '2020-11-20', '2020-12-11', '2021-01-15', '2021-01-29', '2021-03-05', '2021-03-26', '2021-04-16', '2021-05-21', '2021-06-18', '2021-07-09', '2021-08-13', '2021-08-31'];
  const after = ['2021-09-10', '2021-09-24'];
  const codeOf = (day, all) => { const ym = day.slice(0, 7); const k = all.filter((d) => d.slice(0, 7) === ym && d <= day).length; return `${ym}-第${k}场`; };
  const allDays = sess.concat(after);
  const bySess = allDays.map(() => []);
  const trainedBefore = E.slice(0, 66), afterOnly = E.slice(66, 86), migrantsTrained = M.slice(0, 8);
  trainedBefore.forEach((p, k) => bySess[k % 14].push(p));
  migrantsTrained.forEach((p, k) => bySess[(66 + k) % 14].push(p));
  trainedBefore.slice(0, 10).forEach((p, k) => { const s = (k + 7) % 14; assert(s !== k % 14, 'repeat in another session'); bySess[s].push(p); });
  afterOnly.forEach((p, k) => bySess[14 + (k % 2)].push(p));
  const other = () => ({ name: nm(), id: newId(pick(r, ['440523', '440523', '440523', '440507', '440511', '445122'])) });
  bySess.forEach((list, s) => { const target = s < 14 ? 40 : 35; while (list.length < target) list.push(other()); });
  const NICK = ['海风', '澳岛渔家', '微信用户', '🌊青澳湾', '阿明', '紫菜妹', 'Sunny', '宋井人家', '南澳牡蛎', '微信用户', '渔歌', '岛上阿华'];
  const tRows = [['提交时间', '昵称', '真实姓名', '证件号码', '手机号', '培训场次', '签到地点']];
  let tBefore = 0, tAll = 0;
  const trainedIds = { before: new Set(), all: new Set() };
  bySess.forEach((list, s) => {
    const day = allDays[s];
    for (let i = list.length - 1; i > 0; i--) { const j = int(r, 0, i); [list[i], list[j]] = [list[j], list[i]]; }
    let sec = (s === 13 ? 14 * 3600 + 30 * 60 : 8 * 3600 + 35 * 60) + int(r, 0, 59);
    list.forEach((p) => {
      sec += int(r, 8, 40);
      const hh = Math.floor(sec / 3600), mm = Math.floor(sec / 60) % 60, ss = sec % 60;
      const t = `${day} ${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:${String(ss).padStart(2, '0')}`;
      const idCell = p.id[17] === 'X' && r() < 0.5 ? p.id.slice(0, 17) + 'x' : p.id;
      tRows.push([t, pick(r, NICK), p.name, idCell, ph(), codeOf(day, allDays), '南澳县电子商务公共服务中心']);
      tAll++; trainedIds.all.add(p.id);
      if (day <= CUT) { tBefore++; trainedIds.before.add(p.id); }
    });
  });
  assert(tBefore === 560 && tAll === 630, `c1 training rows ${tBefore}/${tAll}`);
  const eligible = P.filter((p) => p.labour && !p.migrant);
  const trainedElig = eligible.filter((p) => trainedIds.before.has(p.id)).length;
  const trainedEligAll = eligible.filter((p) => trainedIds.all.has(p.id)).length;
  assert(eligible.length === 120 && trainedElig === 66 && trainedEligAll === 86, `c1 poor ${eligible.length}/${trainedElig}/${trainedEligAll}`);
  assert(codeOf('2021-01-29', allDays) === '2021-01-第2场' && codeOf('2021-08-31', allDays) === '2021-08-第2场', 'session codes');

  // ---------- 资金台账 ----------
  const funds = [
    ['2020-05-20', '记字第05-021号', '公共服务中心装修改造', '汕头市南澳建设工程有限公司', 1200000],
    ['2020-08-14', '记字第08-009号', '村级站点建设（第一批）', '南澳县邮政分公司', 980000],
    ['2020-10-30', '记字第10-033号', '电商培训服务费', '广东云澳电子商务运营有限公司', 360000],
    ['2020-12-18', '记字第12-027号', '县镇村物流体系建设', '南澳县邮政分公司', 1450000],
    ['2021-01-22', '记字第01-015号', '村级站点建设（第二批）', '南澳县邮政分公司', 1120000],
    ['2021-03-31', '记字第03-041号', '区域公共品牌推广', '汕头市潮澳代运营服务有限公司', 640000],
    ['2021-05-14', '记字第05-018号', '农产品溯源系统', '广州溯源信息科技有限公司', 700000],
    ['2021-06-25', '记字第06-030号', '产业园运营补助', '广东云澳电子商务运营有限公司', 800000],
    ['2021-07-20', '记字第07-022号', '退回：第二批站点5个未达标，退回建设款', '南澳县邮政分公司', -350000],
    ['2021-09-08', '记字第09-006号', '公共服务中心运营尾款', '广东云澳电子商务运营有限公司', 600000],
  ];
  const fRows = [['南澳县省级电子商务进农村综合示范专项资金台账'], ['单位：元', null, null, null, '资金下达：10,000,000.00'], ['日期', '凭证号', '摘要', '收款单位', '金额（元）', '备注']];
  funds.forEach((f, i) => fRows.push([D(f[0]), f[1], f[2], f[3], f[4] < 0 ? f[4] : f[4].toLocaleString('en-US') + '.00', f[4] < 0 ? '退回财政专户' : null]));
  const fTotal = funds.reduce((a, f) => a + f[4], 0);
  fRows.push(['合计', null, null, null, fTotal, null]);
  const netCut = funds.filter((f) => f[0] <= CUT).reduce((a, f) => a + f[4], 0);
  const grossCut = funds.filter((f) => f[0] <= CUT && f[4] > 0).reduce((a, f) => a + f[4], 0);
  assert(netCut === 6900000 && grossCut === 7250000 && fTotal === 7500000, 'c1 funds');
  const ALLOC = 10000000;
  assert(netCut * 100 < 70 * ALLOC && grossCut * 100 >= 70 * ALLOC, 'c1 refund decides the 70% line');

  // ---------- 月报报送 ----------
  const rep = [
    ['2020年8月6日', '7月份示范创建工作进展', '否'], ['2020年9月7日', '8月份工作进展及电商统计数据', '是'], ['2020年10月9日', '9月份工作进展', '否'],
    ['2020年11月5日', '10月份工作进展及电商扶贫统计', '是'], ['2020年12月4日', '11月份工作进展', '否'], ['2021年1月6日', '12月份工作进展及年度总结', '是'],
    ['2021年2月5日', '1月份工作进展', '否'], ['2021年3月5日', '2月份工作进展', '否'], ['2021年4月7日', '3月份工作进展及电商扶贫统计', '是'],
    ['2021年5月8日', '4月份工作进展', '否'], ['2021年6月4日', '5月份工作进展', '否'], ['2021年7月5日', '6月份工作进展及电商扶贫统计', '是'],
    ['2021年8月5日', '7月份工作进展', '否'], ['2021年9月6日', '8月份工作进展', '否'],
  ];
  const repRows = [['南澳县向汕头市商务局报送工作情况登记'], ['序号', '报送日期', '报送内容', '报送方式', '含电商扶贫统计']];
  rep.forEach((x, i) => repRows.push([i + 1, x[0], x[1], '粤政易', x[2]]));
  const ymOf = (s) => { const m = s.match(/(\d{4})\D+(\d{1,2})/); return `${m[1]}-${m[2].padStart(2, '0')}`; };
  const WINDOW = ['2020-09', '2020-10', '2020-11', '2020-12', '2021-01', '2021-02', '2021-03', '2021-04', '2021-05', '2021-06', '2021-07', '2021-08'];
  const repMonths = new Set(rep.map((x) => ymOf(x[0])).filter((m) => WINDOW.includes(m)));
  assert(repMonths.size === 12, 'c1 report months 12');

  // ---------- 专栏更新 ----------
  const dis = [
    [D('2020-07-15'), '南澳县电子商务进农村综合示范县创建工作方案'], [D('2020-09-10'), '示范项目基本信息公示'], [D('2020-10-12'), '9月份项目建设进度'],
    [D('2020-11-09'), '10月份项目建设进度'], [D('2020-12-14'), '11月份项目建设进度'], [D('2021-02-03'), '12月及1月份项目建设进度'],
    [D('2021-02-26'), '关于设立监督举报电话的公告'], [D('2021-03-15'), '2月份项目建设进度'], [D('2021-04-12'), '3月份项目建设进度'],
    [D('2021-05-10'), '4月份项目建设进度'], [D('2021-06-11'), '5月份项目建设进度'], [D('2021-07-13'), '6月份项目建设进度'],
    [D('2021-08-16'), '7月份项目建设进度'], [D('2021-09-02'), '8月份项目建设进度'],
  ];
  const disRows = [['南澳县人民政府网站“电子商务进农村”专栏更新记录'], ['发布日期', '标题', '栏目', '链接']];
  dis.forEach((x, i) => disRows.push([x[0], x[1], '电子商务进农村综合示范', `http://www.nanao.gov.cn/dzsw/${1000 + i}.html`]));
  const disMonths = new Set(dis.map((x) => x[0].date.slice(0, 7)).filter((m) => WINDOW.includes(m)));
  assert(disMonths.size === 11 && !disMonths.has('2021-01'), 'c1 disclosure months 11, January missing');

  // ---------- 宣传报道 ----------
  const med = [
    [1, D('2020-11-03'), '南澳县融媒体中心', '网络', '海岛电商服务站开到家门口', '汕头发布转载', '否'],
    [2, '2021.3.15', '汕头日报', '报纸', '南澳：紫菜牡蛎搭上电商快车', '—', '否'],
    [3, D('2021-05-20'), '南澳电视台', '电视', '《南澳新闻》：贫困户直播卖紫菜', '—', '是'],
    [4, '2021.9.6', 'Xinhua', '网络', 'Island county in Guangdong sells seafood online', '—', '否'],
    [5, D('2021-09-20'), 'CGTN', '电视', 'E-commerce lifts island fishermen out of poverty', '—', '是'],
  ];
  const medRows = [['南澳县电子商务进农村宣传报道情况'], ['序号', '日期', '媒体', '形式', '标题', '转载', '是否电商扶贫典型案例']].concat(med);
  const lvl = { '南澳县融媒体中心': 'county', '汕头日报': 'city', '南澳电视台': 'county', 'Xinhua': 'national', 'CGTN': 'national' };
  const isoOf = (c) => (typeof c === 'object' ? c.date : c.replace(/(\d{4})\.(\d{1,2})\.(\d{1,2})/, (_, y, m, d) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`));
  const levelsCut = new Set(med.filter((m) => isoOf(m[1]) <= CUT).map((m) => lvl[m[2]]));
  assert(levelsCut.size === 2 && levelsCut.has('county') && levelsCut.has('city'), 'c1 media levels county+city');
  const tvCaseCut = med.filter((m) => isoOf(m[1]) <= CUT && m[3] === '电视' && m[6] === '是' && ['national', 'province'].includes(lvl[m[2]]));
  assert(tvCaseCut.length === 0, 'c1 no national/provincial TV case before cut-off');

  // ---------- 自评表 (facts): merged answers over several criteria, 县级自评 | 市级初审 ----------
  const fr = [];
  const fm = ['A1:G1'];
  fr.push(['南澳县2019年省级电子商务进农村综合示范创建考评自评表（县级自评、市级初审）']);
  fr.push(['县（区）：南澳县', null, null, '考评截止日期：2021年8月31日', null, '填表日期：2021年9月15日']);
  fr.push(['序号', '评价指标', '考评要点', '完成情况', '县级自评', '市级初审', '初审意见']);
  const sec = (a, b) => { fr.push([a, b]); fm.push(`B${fr.length}:G${fr.length}`); };
  // block(no, indicator, [[criterion, answer|undefined, county, city, note]], answerMerges [[from,to]], scoreMerges)
  function block(no, ind, lines, ansM = [], scoreM = [], critM = []) {
    const start = fr.length + 1;
    lines.forEach((l, i) => fr.push([i === 0 ? no : null, i === 0 ? ind : null, l[0], l[1], l[2], l[3], l[4] === undefined ? null : l[4]]));
    const end = fr.length;
    if (end > start) { fm.push(`A${start}:A${end}`, `B${start}:B${end}`); }
    ansM.forEach(([a, b]) => fm.push(`D${start + a}:D${start + b}`));
    scoreM.forEach(([a, b]) => fm.push(`E${start + a}:E${start + b}`, `F${start + a}:F${start + b}`));
    critM.forEach(([a, b]) => fm.push(`C${start + a}:C${start + b}`));
  }
  sec('一', '基本情况');
  block(1, '常住人口', [['第七次全国人口普查', '62480人', '—', '—']]);
  block(2, '户籍人口', [['公安户籍统计', '7.6万人', '—', '—']]);
  block(3, '行政村数', [['不含社区', '27个（另有社区7个）', '—', '—']]);
  block(4, '省定贫困村数', [[null, '3个', '—', '—']]);
  sec('二', '加强组织领导与统筹协调（10分）');
  block(5, '组织领导', [['县政府主要领导牵头、多部门参与的工作协调机制', '县长任领导小组组长，商务、财政、农业农村、乡村振兴、交通运输、邮政等部门参与（南府办〔2019〕61号）', 2, 2]]);
  block(6, '方案制定', [['正式印发示范县工作方案（1-2分）', '已印发《南澳县电子商务进农村综合示范县创建工作方案》', 2, 2]]);
  block(7, '政策支持', [['出台支持农村电商发展政策并落实（1-2分）', '已出台《南澳县促进农村电子商务发展扶持办法》', 1, 2, '政策已兑现，可给2分']]);
  block(8, '项目管理', [
    ['建立项目管理制度，建设、验收严格执行（1-2分）', '已制定《南澳县示范项目管理办法》；已建立工作台账，部分月份记录不完整', 2, 2],
    ['建立完整工作台账（1-2分）', null, 1, 1],
  ], [[0, 1]]);
  sec('三', '深入推动电子商务进农村工作（55分）');
  block(9, '县级中心与产业园', [
    ['建成县级电子商务公共服务中心（2分）', '2020年12月20日建成投入运营；中心设培训室（40座）、电脑20台，免费开展电商基础培训', 2, 2],
    ['建成后已正常运行6个月以上（2分）', null, 2, 2],
    ['有免费培训场所、培训设备，能组织电商基础培训（2分）', null, 2, 2],
    ['为特色农产品提供免费展示、销售服务（1分）', '均已提供（展销厅、摄影棚、区域公共品牌推广、代运营及金融对接）', 1, 1],
    ['为电子商务市场主体提供免费摄影、美工服务（1分）', null, 1, 1],
    ['组织农产品统一推广、指导特色农产品品牌建设（1分）', null, 1, 1],
    ['为电子商务发展提供其他衍生增值服务（1分）', null, 1, 1],
    ['建设或整合、优化当地电商产业园（2分）', '已整合建成南澳县电商产业园', 2, 2],
    ['电商产业园企业入驻数量达20家及以上（2分）', '入驻企业23家（见入驻企业表）', 2, 0, '截至8月31日在园企业19家'],
    ['入驻企业含三种以上类型（1分）', '平台型、销售型、运营服务商、物流企业', 1, 1],
  ], [[0, 2], [3, 6]]);
  block(10, '村级站点覆盖', [
    ['行政村覆盖率70%及以上（5分）', '站点覆盖20个行政村，覆盖率74.1%', 5, 2, '岭头村、大潭村站点9月挂牌，不计入'],
    ['省定贫困村覆盖率100%（5分）', '3个省定贫困村全覆盖', 5, 0],
  ]);
  block(11, '农村产品上行', [
    ['对农产品网络销售进行调研并形成针对性建议（1-2分）', '已形成《南澳县农产品网络销售调研报告》', 2, 2],
    ['开展农村产品网络促销活动成效明显（1-2分）', '举办“南澳海味节”网络促销1场', 1, 1],
    ['当地有专业第三方电子商务运营或服务商（1分）', '有（广东云澳电子商务运营有限公司驻点运营）', 1, 1],
    ['行政村物流快递覆盖率100%（1分）', '100%', 1, 1],
    ['出台农产品电商交易标准，建立冷链、溯源系统（1-2分）', '已出台紫菜、牡蛎电商交易标准，溯源系统建设中', 1, 1],
    ['2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）', '2019年农村网络零售额21860万元，2020年26350万元', 2, 2],
    [null, '2019年农产品网络零售额6120万元，2020年8230万元', null, null],
    [null, '农产品网络零售额同比增长34.5%', null, null],
    [null, '（2021年1-8月农产品网络零售额6015万元）', null, null],
  ], [], [[5, 8]], [[5, 8]]);
  block(12, '电商人才培训', [
    ['培训人次达常住人口1%及以上（10分）', '培训630人次，占常住人口1.01%', 10, 8, '9月2场70人次不计入'],
    ['建档立卡贫困人口培训率50%及以上（10分）', '有劳动能力贫困人口（不含外出务工）120人，已参训86人，培训率71.7%', 10, 10],
  ]);
  sec('四', '加强信息公开及报送（10分）');
  block(13, '信息公开', [
    ['专栏公示创建方案', '已在县政府网站设立“电子商务进农村”专栏，创建方案、项目基本信息、建设进度均已公示，设有监督举报电话', 2, 2],
    ['专栏公示项目基本信息', null, null, null],
    ['专栏公示项目建设进度', null, null, null],
    ['设立征求意见或监督举报窗口', null, null, null],
    ['近一年内专栏按月更新（2分）', '按月更新', 2, 1, '2021年1月无更新'],
  ], [[0, 3]], [[0, 3]]);
  block(14, '数据上报', [
    ['近一年每月向市商务局报送工作情况（3分）', '每月报送', 3, 3],
    ['能统计电商扶贫情况（3分）', '能统计，月报含电商扶贫培训及带动增收情况', 3, 3],
  ]);
  sec('五', '加强宣传推广（10分）');
  block(15, '案例总结', [['向市商务局报送经验材料（2分）', '未报送', 0, 0]]);
  block(16, '经验推广', [['主流媒体宣传报道（省级及以上4分，市级3分，县级1分）', '县级、市级媒体已报道；新华社（Xinhua）、CGTN已报道', 8, 4, '国家级报道均在9月']]);
  sec('六', '加强财政资金管理（15分）');
  block(17, '资金情况', [['省级专项资金下达', '1000万元', '—', '—'], ['累计拨付', '725万元（支出率72.5%）', '—', '—', '未扣7月退回35万元']]);
  block(18, '制度建立', [['建立资金管理制度并有效落实（1-5分）', '已制定《南澳县示范项目资金管理办法》', 4, 4]]);
  block(19, '资金台账', [['建立资金专用台账（1-5分）', '已建立资金专用台账', 4, 3]]);
  block(20, '资金支出', [['支出率70%以上且及时拨付（1-5分）；低于70%倒扣5分', '按项目进度及时拨付', 4, -5, '扣除退回资金后支出率69%']]);
  block(21, '总体进度', [['项目总体进度', '75%', '—', '—']]);
  sec('七', '加分项（4分）');
  block(22, '贫困人口培训', [['建档立卡贫困人口培训率70%及以上（2分）', '71.7%', 2, 0]]);
  block(23, '电视播报', [['电商扶贫典型案例获国家级电视播报（2分），省级（1分）', 'CGTN播出', 2, 0, '2021年9月20日播出，截止日后']]);
  sec('八', '一票否决项');
  block(24, '安全生产、质量事故或重大损失', [[null, '无', '—', '—']]);
  block(25, '弄虚作假', [[null, '无', '—', '—']]);
  const sumCol = (c) => fr.slice(3).reduce((a, row) => a + (typeof row[c] === 'number' && row[0] !== '合计' ? row[c] : 0), 0);
  fr.push(['合计', null, null, null, sumCol(4), sumCol(5)]);
  assert(sumCol(4) === 95, 'clerk 县级自评 column (91 + bonus 4) sums to 95, got ' + sumCol(4));
  fr.push(['填表人：翁丽芳', null, null, '审核人：许建国', null, '初审人：汕头市商务局']);

  // ---------- independent re-check of the expected points ----------
  const pts = {
    'org.leadership': 2, 'org.plan': 2, 'org.policy': 1, 'org.management': 3,
    'work.center': 13, 'work.coverage': 2, 'work.upward': 8, 'work.training': 18,
    'info.disclosure': 3, 'info.reporting': 6, 'promo.cases': 0, 'promo.media': 4,
    'fund.system': 4, 'fund.ledger': 4, 'fund.spending': -5,
    'bonus.poorTraining': 0, 'bonus.tvCase': 0,
    'veto.incident': 0, 'veto.progress': 0, 'veto.fraud': 0,
  };
  const RES = 62480;
  const center = 2 /*opened ≤ cut*/ + 2 /*≤ 2021-02-28*/ + 2 + 1 + 1 + 1 + 1 + 2 + (inPark.size >= 20 ? 2 : 0) + (types.size >= 3 ? 1 : 0);
  assert('2020-12-20' <= '2021-02-28', 'center six months');
  const covPts = (covered.size * 100 >= 70 * 27 ? 5 : covered.size * 100 >= 50 * 27 ? 2 : 0) + (coveredPoor.length === 3 ? 5 : coveredPoor.length * 100 >= 80 * 3 ? 3 : 0);
  const growthAgri = 8230 / 6120; // 1.345 ≥ 1.3
  assert(8230 * 10 >= 6120 * 13 && !(26350 * 10 >= 21860 * 13), 'only agri growth ≥ 30%');
  const upward = 2 + 1 + 1 + 1 + 1 + 2;
  const trPts = (tBefore * 100 >= RES ? 10 : tBefore * 1000 >= RES * 8 ? 8 : tBefore * 1000 >= RES * 6 ? 6 : 0)
    + (trainedElig * 100 >= 50 * 120 ? 10 : trainedElig * 100 >= 40 * 120 ? 8 : trainedElig * 100 >= 30 * 120 ? 6 : 0);
  const disPts = 2 + (disMonths.size === 12 ? 2 : disMonths.size > 0 ? 1 : 0);
  const repPts = (repMonths.size === 12 ? 3 : repMonths.size > 0 ? 1 : 0) + 3;
  const medPts = (levelsCut.has('national') || levelsCut.has('province') ? 4 : 0) + (levelsCut.has('city') ? 3 : 0) + (levelsCut.has('county') ? 1 : 0);
  const spend = netCut * 100 >= 70 * ALLOC ? 4 : -5;
  const bonusPoor = trainedElig * 100 >= 70 * 120 ? 2 : 0;
  assert(center === pts['work.center'] && covPts === pts['work.coverage'] && upward === pts['work.upward'] && growthAgri > 1.3, 'center/coverage/upward');
  assert(trPts === pts['work.training'] && disPts === pts['info.disclosure'] && repPts === pts['info.reporting'], 'training/disclosure/reporting');
  assert(medPts === pts['promo.media'] && spend === pts['fund.spending'] && bonusPoor === pts['bonus.poorTraining'], 'media/spending/bonus');
  const scored = ['org.leadership', 'org.plan', 'org.policy', 'org.management', 'work.center', 'work.coverage', 'work.upward', 'work.training', 'info.disclosure', 'info.reporting', 'promo.cases', 'promo.media', 'fund.system', 'fund.ledger', 'fund.spending'];
  const bonus = Math.min(4, pts['bonus.poorTraining'] + pts['bonus.tvCase']);
  const total = scored.reduce((a, k) => a + pts[k], 0) + bonus;
  assert(total === 65 && bonus === 0, 'total 65, got ' + total);

  const derivation = [
    'asOf: 自评表第2行“考评截止日期：2021年8月31日” → 2021-08-31（填表日期 2021-09-15 不是截止日）',
    'org.leadership: 自评表序号5：县长任组长（主要领导），商务、财政、农业农村、乡村振兴均参与 → 2',
    'org.plan: 已印发工作方案；县级自评 2（市级初审不是县的判断） → 2',
    'org.policy: 已出台扶持办法；县级自评 1（市级初审写 2，不采用） → 1',
    'org.management: 县级自评 制度 2 + 台账 1（完成情况一格合并跨两行） → 3',
    'work.center: 运营日期 2020-12-20 ≤ 2021-08-31 → 2；≤ 2021-02-28 → 2；免费培训场所 → 2；展示/摄影/品牌/其他 四项共用一个合并答案“均已提供” → 1+1+1+1；产业园已建成 → 2；入驻企业表 23 行：2 行 2021-09 入驻不计，海韵文化 2021-06-30 已退出不计，海之味食品两行同一信用代码算 1 家 → 19 家 < 20 → 0；类型 销售型、电商运营商、物流、平台型 ≥3 → 1；合计 13',
    'work.coverage: 村居名单 27 个行政村（7 个社区不计）；站点 24 行中截止日前覆盖 18 个不同行政村（隆南村、云澳村各 2 站算一次，后宅社区、深澳社区站点不计，岭头村 2021-09-10、大潭村 2021-09-15 挂牌不计，井洲村 2021-08-31 当天计入）18/27 = 66.7% → 2；省定贫困村 坑尾村、赤石村有站、岭头村站点在截止日后 → 2/3 = 66.7% < 80% → 0；合计 2',
    'work.upward: 网销调研 县级自评 2；促销 1；第三方运营商 有 → 1；村居名单“是否通快递”全部为是 → 1；交易标准 1；农村网络零售额 26350/21860 = +20.5% 不够，但农产品 8230/6120 = +34.5% ≥ 30% → 2（2021年1-8月 6015 万不用）；合计 8',
    'work.training: 小程序签到导出 630 行，其中 2021-09-10、2021-09-24 两场 70 行在截止日后，计 560 人次；基数 min(62480, 500000) = 62480（户籍 7.6 万不用）；560/62480 = 0.896%，在 0.8%–1% → 8；贫困人口三张镇表共 258 人，有劳动能力且未外出务工 120 人，其中截止日前签到过的 66 人（10 人签到两次只算一次；8 名外出务工者不计；20 人只在 9 月参训不计）66/120 = 55% ≥ 50% → 10（自评表写的 120/86 被名单取代，警告）；合计 18',
    'info.disclosure: 专栏四项内容（方案、项目信息、进度、监督举报电话）一个合并答案“均已公示…设有监督举报电话” → 2；更新记录 2020-09…2021-08 中 2021 年 1 月无记录（2021-02-03 的“12月及1月份进度”日期在 2 月），11/12 个月 → 不定时 1；合计 3',
    'info.reporting: 报送记录 2020-09 至 2021-08 每月都有（2020-08-06、2021-09-06 在窗口外） → 3；能统计电商扶贫（自评表 + 报送记录含扶贫统计“是”） → 3；合计 6',
    'promo.cases: 无经验材料报送记录，自评表写“未报送” → 0',
    'promo.media: 截止日前：南澳县融媒体中心（县）、汕头日报（市）、南澳电视台（县）；Xinhua 2021.9.6 和 CGTN 2021-09-20 在截止日后；“汕头发布转载”不另计 → 市 3 + 县 1 = 4',
    'fund.system: 已制定资金管理办法；县级自评 4 → 4',
    'fund.ledger: 已建立专用台账；县级自评 4（市级初审 3 不采用） → 4',
    'fund.spending: 资金台账截止日前 正数合计 7,250,000，减 2021-07-20 退回 350,000 = 6,900,000；2021-09-08 尾款 600,000 不计；合计行不是记录；6,900,000 / 10,000,000 = 69% < 70% → −5（自评表“725万元、72.5%”未扣退回）',
    'bonus.poorTraining: 贫困人口培训率 55% < 70% → 0（若把 9 月参训的 20 人算进去会是 71.7%，不对）',
    'bonus.tvCase: 截止日前唯一标“是”的电视报道是南澳电视台（县级），CGTN 在 2021-09-20 → 0',
    'veto.incident: 自评表“安全生产、质量事故或重大损失：无” → 不否决（0）',
    'veto.progress: 自评表总体进度 75% ≥ 40%（支出率 69% 也 ≥ 40%） → 不否决（0）',
    'veto.fraud: 自评表“弄虚作假：无” → 不否决（0）',
    'total: 2+2+1+3+13+2+8+18+3+6+0+4+4+4−5 = 65；bonus 0；vetoed false',
  ];

  const factsSheet = { name: '自评表', rows: pad(fr, 7), merges: fm };
  const all = [
    factsSheet,
    { name: '村居名单', rows: pad(villageRows, 6), merges: ['A1:F1'] },
    { name: '服务站点', rows: pad(stRows, 8), merges: ['A1:H1'] },
    { name: '入驻企业', rows: pad(entRows, 7), merges: ['A1:G1'] },
    { name: '电商学堂签到导出', rows: pad(tRows, 7) },
    ...townSheets,
    { name: '资金台账', rows: pad(fRows, 6), merges: ['A1:F1'] },
    { name: '月报报送', rows: pad(repRows, 5), merges: ['A1:E1'] },
    { name: '专栏更新', rows: pad(disRows, 4), merges: ['A1:D1'] },
    { name: '宣传报道', rows: pad(medRows, 7), merges: ['A1:G1'] },
  ];
  assert(all.length === 12, 'c1 12 sheets');
  assert(townSheets.map((s) => s.name).join() === '后宅镇,深澳镇,云澳镇', 'town sheets');
  write('counties', 'b16-c1-nanao.json', {
    description: '南澳县整本工作簿（12 张表）。事实表是“自评表（县级自评、市级初审）”：每个考评要点一行，一个“完成情况”合并单元格跨几行回答几个要点（中心 3 项一格、展示/摄影/品牌/其他 4 项一格、专栏四项一格），零售额增速一个要点跨 4 行答案，右边两列分数“县级自评 | 市级初审”只有县级自评是县里的判断。台账：微信小程序签到导出（提交时间文本、场次码“2021-01-第2场”、部分身份证小写 x）；资金台账有“退回”负数；贫困人口按镇分三张表（后宅镇、深澳镇、云澳镇）；媒体名称有英文 Xinhua、CGTN，带“转载”列；入驻企业同一信用代码出现两次、一家已退出。陷阱：户籍人口 7.6 万；填表日期 2021-09-15；9 月的站点、签到、入驻、报道、拨付都在截止日后；自评表自称 630 人次、参训 86 人、支出率 72.5%、入驻 23 家、覆盖 20 村，均被台账推翻；市级初审列（含 −5）不是输入；2021年1-8月农产品零售额不用。',
    sheets: all,
    expect: {
      asOf: CUT, total, bonus, vetoed: false, points: pts,
    },
    derivation,
  });
})();

console.log('batch16 written');
