#!/usr/bin/env node
// Generates b12-l1-yingde.json, b12-l2-nanxiong.json, b12-l3-huidong.json.
// Every data row is written with BOTH the cell as the clerk typed it and the value a careful
// human reads from it (hand-written, not parsed), so the expectation is checkable line by line.
'use strict';
const fs = require('fs');
const path = require('path');
const OUT = path.resolve(__dirname, "../../ledgers");

// ---------- helpers ----------
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CK = '10X98765432';
function idCheck(s17) {
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(s17[i]) * W[i];
  return CK[s % 11];
}
// a valid 18-digit ID; sex 'M' → odd 17th digit, 'F' → even; wantX forces a trailing X
function makeId(area, birth, seq2, sex, wantX) {
  const par = sex === 'M' ? [1, 3, 5, 7, 9] : [0, 2, 4, 6, 8];
  for (let k = 0; k < 100; k++) {
    const sq = String((seq2 + k) % 100).padStart(2, '0');
    for (let j = 0; j < 5; j++) {
      const s17 = area + birth + sq + par[(seq2 + j) % 5];
      const c = idCheck(s17);
      if ((c === 'X') === !!wantX) return s17 + c;
    }
  }
  throw new Error('no id');
}
function validId(id) {
  return /^\d{17}[\dX]$/.test(id) && idCheck(id.slice(0, 17)) === id[17];
}
// 统一社会信用代码 (GB 32100-2015) with a valid 组织机构代码 part (GB 11714)
const UCHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function orgCheck(s8) {
  const w = [3, 7, 9, 10, 5, 8, 4, 2];
  let s = 0;
  for (let i = 0; i < 8; i++) {
    const ch = s8[i];
    const v = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    s += v * w[i];
  }
  const c = 11 - (s % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
function uscc(prefix2, area, org8) {
  const s17 = prefix2 + area + org8 + orgCheck(org8);
  const w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  let s = 0;
  for (let i = 0; i < 17; i++) {
    const v = UCHARS.indexOf(s17[i]);
    if (v < 0) throw new Error('bad uscc char ' + s17[i]);
    s += v * w[i];
  }
  const c = (31 - (s % 31)) % 31;
  return s17 + UCHARS[c];
}
function col(n) { // 0 → A
  let s = '';
  n++;
  while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); }
  return s;
}
function ref(r, c) { return col(c) + (r + 1); } // 0-based row/col
function D(iso) { return { date: iso }; }
let phoneSeed = 7;
function phone() {
  phoneSeed = (phoneSeed * 1103515245 + 12345) % 2147483648;
  const pfx = ['135', '137', '138', '139', '150', '152', '158', '188', '189', '133'][phoneSeed % 10];
  return pfx + String(phoneSeed % 100000000).padStart(8, '0');
}
function pad(row, n) { const r = row.slice(); while (r.length < n) r.push(null); return r; }
function write(file, obj) {
  fs.writeFileSync(path.join(OUT, file), JSON.stringify(obj, null, 2) + '\n');
  console.log('wrote', file);
}

// =====================================================================================
// Case 1 — 英德市
// =====================================================================================
function yingde() {
  const sheets = [];
  const expect = {};

  // ---- 目录 (not a ledger)
  sheets.push({
    name: '目录',
    rows: [
      ['英德市电子商务进农村综合示范创建工作台账目录'],
      [],
      ['序号', '台账名称', '所在工作表', '责任股室', '备注'],
      [1, '村级电子商务服务站点建设台账', '站点台账', '电子商务股', null],
      [2, '电商人才培训台账', '培训台账', '电子商务股', '签到表另附纸质件'],
      [3, '省级专项资金拨付台账', '资金拨付', '财务股', null],
      [4, '宣传报道台账', '宣传报道', '办公室', '截图另附'],
    ],
    merges: ['A1:E1'],
  });
  expect['目录'] = { kind: null };

  // ---- 站点台账: two-row title, 填报单位/填报时间 line, 镇 merged, 小计 per town, repeated header,
  //      合计, notes. Dates typed as text in several ways.
  {
    const N = 9;
    const header = ['序号', '镇（街）', '站点名称', '所在行政村', '站点地址', '负责人', '联系电话', '挂牌时间', '备注'];
    const rows = [
      ['英德市2019年省级电子商务进农村综合示范项目'],
      ['村级电子商务服务站点建设台账'],
      ['填报单位：英德市商务局（盖章）', null, null, null, null, null, '填报时间：2021年9月3日'],
      header,
    ];
    const merges = ['A1:I1', 'A2:I2', 'A3:D3', 'G3:I3'];
    const records = [];
    const towns = [
      ['连江口镇', [
        ['鸿发百货商店', '连樟村', '连樟村委会旁', '陆志强', '2020.11.5', '2020-11-05', null],
        ['乐村淘·金叶便利店', '黄岗村委会', '黄岗村圩镇路12号', '刘金叶', '2020年11月5日', '2020-11-05', null],
        ['邮乐购惠民超市', '连江口村', '连江口圩新街28号', '黄伟明', '20201118', '2020-11-18', null],
      ]],
      ['西牛镇', [
        ['和美农资店', '小湾村', '小湾村委会对面', '邓和美', '2020.12.10', '2020-12-10', null],
        ['麻竹笋产品展销点', '西联村委会', '西联村文化楼一楼', '朱家强', '2020.12.10', '2020-12-10', '与村委会合署'],
        ['宏达通讯店', '新铺村', '新铺村新街3号', '赖宏达', '2021.1.8', '2021-01-08', null],
      ]],
      ['英红镇', [
        ['茶香源电商服务站', '云岭村', '云岭村茶园路', '何志坚', '2020年12月', '2020-12', '具体日期待核'],
        ['万家福超市', '锦潭村', '锦潭村上坪组', '罗桂芳', '2021.3.2', '2021-03-02', null],
      ]],
      ['浛洸镇', [
        ['兴隆商店', '河头村', '河头村委会旁', '谭兴隆', '2021.4.16', '2021-04-16', null],
        ['供销e家浛洸服务点', '坑尾村', '坑尾村供销社旧址', '陈丽娟', '2021.04.16', '2021-04-16', null],
        ['润丰农产品店', '黄塘村', '黄塘村桥头', '曾润丰', '2021年9月10日', '2021-09-10', '9月新增'],
      ]],
    ];
    let seq = 0;
    towns.forEach(([town, list], ti) => {
      if (ti === 3) {
        // second printed page: the clerk copied the header row to the top of the page
        rows.push(header.slice());
      }
      const start = rows.length;
      list.forEach(([name, village, addr, person, openedCell, opened, note], i) => {
        seq++;
        rows.push([seq, i === 0 ? town : null, name, village, '英德市' + town + addr, person, phone(), openedCell, note]);
        records.push({ village, opened });
      });
      if (list.length > 1) merges.push(`B${start + 1}:B${rows.length}`);
      rows.push([null, '小计', list.length + '个', null, null, null, null, null, null]);
    });
    rows.push([]);
    rows.push(['合计', null, seq + '个', null, null, null, null, null, null]);
    merges.push(`A${rows.length}:B${rows.length}`);
    rows.push(['注：1.站点均配备电脑、打印机、电子秤及快递收发设备；2.挂牌时间以镇政府验收挂牌为准。']);
    merges.push(`A${rows.length}:I${rows.length}`);
    rows.push(['填表人：黄小燕', null, null, null, '审核人：邓建华']);
    sheets.push({ name: '站点台账', rows: rows.map(r => (r.length ? pad(r, N) : r)), merges });
    expect['站点台账'] = { kind: 'stations', records };
  }

  // ---- 培训台账: one row per session, 培训人数 per session; a 其中贫困户 column; date cells,
  //      one date range typed as text; 合计 row; a note.
  {
    const N = 9;
    const rows = [
      ['英德市电子商务进农村综合示范项目电商培训情况登记表'],
      ['填报单位：英德市商务局（电子商务股）'],
      ['序号', '培训时间', '培训地点', '培训内容', '培训对象', '培训人数', '其中：建档立卡贫困户（人）', '主办/承办单位', '备注'],
    ];
    const merges = ['A1:I1', 'A2:I2'];
    const org = '英德市商务局/广东英农电子商务有限公司';
    const S = [
      [D('2020-09-22'), '2020-09-22', '英德市电子商务公共服务中心', '电商基础知识及网店开设', '返乡青年、个体户', 86, 12, null],
      [D('2020-10-15'), '2020-10-15', '连江口镇政府会议室', '农产品网络营销与直播带货', '连樟村等村民', 120, 35, null],
      [D('2020-11-12'), '2020-11-12', '西牛镇文化站', '麻竹笋电商销售实操', '合作社、种植户', 95, 28, null],
      [D('2020-12-08'), '2020-12-08', '英红镇政府三楼会议室', '英德红茶网店运营', '茶企、茶农', 110, 18, null],
      ['2021年1月12日-14日', '2021-01-14', '英德市电子商务公共服务中心', '电商创业孵化班', '电商创业青年', 45, 5, null],
      [D('2021-03-18'), '2021-03-18', '浛洸镇政府会议室', '电商扶贫专题培训', '建档立卡贫困户', 68, 68, null],
      [D('2021-04-21'), '2021-04-21', '九龙镇文化站', '短视频与直播带货', '村民', 150, 22, null],
      [D('2021-05-27'), '2021-05-27', '英德市职业技术学校', '电商客服与美工', '学生、返乡青年', 200, 9, null],
      [D('2021-06-17'), '2021-06-17', '大站镇政府', '农村电商物流与快递收发', '村级站点负责人', 62, 0, null],
      [D('2021-07-09'), '2021-07-09', '线上（腾讯会议）', '疫情期间线上销售技巧', '电商从业人员', 230, 15, '线上签到'],
      [D('2021-08-26'), '2021-08-26', '英德市电子商务公共服务中心', '村级站点运营培训', '村级站点负责人', 58, 6, null],
      [D('2021-09-14'), '2021-09-14', '桥头镇政府', '网店运营提升', '村民', 75, 10, null],
    ];
    const records = [];
    let tot = 0, totPoor = 0;
    S.forEach(([cell, iso, place, topic, who, n, poor, note], i) => {
      rows.push([i + 1, cell, place, topic, who, n, poor, org, note]);
      records.push({ date: iso, personTimes: n, id: null });
      tot += n; totPoor += poor;
    });
    rows.push(['合计', null, null, null, null, tot, totPoor, null, null]);
    merges.push(`A${rows.length}:E${rows.length}`);
    rows.push(['注：培训人数以各期签到表为准，签到表及现场照片另附。']);
    merges.push(`A${rows.length}:I${rows.length}`);
    sheets.push({ name: '培训台账', rows: rows.map(r => pad(r, N)), merges });
    expect['培训台账'] = { kind: 'training', records };
  }

  // ---- 资金拨付: amounts in 万元, said only by a 单位：万元 line above the header; text dates 2020/10/28;
  //      blank row then 合计; a note.
  {
    const N = 8;
    const rows = [
      ['英德市2019年省级电子商务进农村综合示范专项资金拨付台账'],
      ['填报单位：英德市商务局', null, null, null, null, null, null, '单位：万元'],
      ['序号', '拨付日期', '项目名称', '支出类别', '收款单位', '拨付金额', '凭证号', '备注'],
    ];
    const merges = ['A1:H1', 'A2:C2'];
    // [date cell, iso, project, category, payee, 万元 as typed, 元 expected, voucher, note]
    const F = [
      ['2020/10/28', '2020-10-28', '县级电子商务公共服务中心建设（首期款）', '公共服务体系', '广东英农电子商务有限公司', 60, 600000, '记字第102号', null],
      ['2020/12/25', '2020-12-25', '村级电商服务站点建设（第一批）', '站点建设', '英德市联创网络科技有限公司', 45.8, 458000, '记字第131号', null],
      ['2021/1/20', '2021-01-20', '电商培训服务费（2020年度）', '人才培训', '广东英农电子商务有限公司', 18.65, 186500, '记字第009号', null],
      ['2021/3/12', '2021-03-12', '市镇村三级物流配送体系建设', '物流体系', '英德市速达物流有限公司', 72.35, 723500, '记字第041号', null],
      ['2021/4/30', '2021-04-30', '公共服务中心运营补助（第二期）', '公共服务体系', '广东英农电子商务有限公司', 40, 400000, '记字第066号', null],
      ['2021/6/18', '2021-06-18', '英德红茶等农产品品牌培育及推广', '品牌建设', '清远市茗品文化传播有限公司', 25.5, 255000, '记字第087号', null],
      ['2021/7/29', '2021-07-29', '村级电商服务站点建设（第二批）', '站点建设', '英德市联创网络科技有限公司', 38.2, 382000, '记字第103号', null],
      ['2021/8/27', '2021-08-27', '农产品溯源系统建设', '溯源体系', '广州市溯云信息技术有限公司', 15.08, 150800, '记字第118号', null],
      ['2021/9/15', '2021-09-15', '电商培训服务费（2021年度）', '人才培训', '广东英农电子商务有限公司', 20, 200000, '记字第127号', '9月拨付'],
    ];
    const records = [];
    let totYuan = 0;
    F.forEach(([cell, iso, proj, cat, payee, wan, yuan, v, note], i) => {
      if (Math.round(wan * 10000) !== yuan) throw new Error('funds mismatch ' + wan);
      rows.push([i + 1, cell, proj, cat, payee, wan, v, note]);
      records.push({ date: iso, amount: yuan });
      totYuan += yuan;
    });
    rows.push([]);
    rows.push(['合计', null, null, null, null, Math.round(totYuan / 100) / 100, null, null]);
    merges.push(`A${rows.length}:E${rows.length}`);
    rows.push(['注：资金来源为省级促进经济高质量发展专项资金（内贸方向）。']);
    merges.push(`A${rows.length}:H${rows.length}`);
    sheets.push({ name: '资金拨付', rows: rows.map(r => (r.length ? pad(r, N) : r)), merges });
    expect['资金拨付'] = { kind: 'funds', records };
  }

  // ---- 宣传报道: no 级别 column — the level follows from the outlet; 形式 says 电视/报纸/网络;
  //      dates as text 2020年10月16日.
  {
    const N = 6;
    const rows = [
      ['英德市电子商务进农村宣传报道情况'],
      ['序号', '报道时间', '媒体', '报道标题', '形式', '备注'],
    ];
    const M = [
      ['2020年10月16日', '2020-10-16', '人民网', '英德连樟村：电商助力麻竹笋走出大山', '网络', 'national', false],
      ['2020年11月20日', '2020-11-20', '南方日报', '英德红茶“触网”：直播间里卖出好收成', '报纸', 'province', false],
      ['2020年12月3日', '2020-12-03', '清远日报', '英德村级电商服务站点实现镇级全覆盖', '报纸', 'city', false],
      ['2021年1月8日', '2021-01-08', '广东广播电视台珠江频道', '《珠江新闻眼》英德：电商扶贫让贫困户搭上“快车”', '电视', 'province', true],
      ['2021年3月25日', '2021-03-25', '英德电视台', '我市举办电商扶贫专题培训班', '电视', 'county', true],
      ['2021年5月12日', '2021-05-12', '南方+', '英德：直播带货助力茶农增收', '网络', 'province', false],
      ['2021年6月30日', '2021-06-30', '清远广播电视台', '英德电商站点打通农村物流“最后一公里”', '电视', 'city', true],
      ['2021年8月18日', '2021-08-18', '英德市融媒体中心', '英德：小小服务站 连起城乡大市场', '网络', 'county', false],
    ];
    const records = [];
    M.forEach(([cell, iso, outlet, title, form, level, tv], i) => {
      rows.push([i + 1, cell, outlet, title, form, i === 3 ? '电商扶贫典型案例' : null]);
      records.push({ date: iso, level, tv });
    });
    sheets.push({ name: '宣传报道', rows: rows.map(r => pad(r, N)), merges: ['A1:F1'] });
    expect['宣传报道'] = { kind: 'media', records };
  }

  return {
    description: '英德市商务局（清远）台账汇编：目录页；站点台账两行标题+填报单位/时间行、镇合并单元格、每镇小计、第二页重复表头、合计与注；培训台账每行一期（培训人数，另有“其中贫困户”列，含日期区间）；资金拨付台账“单位：万元”在表头上方；宣传报道无级别列，按媒体推断级别。',
    sheets,
    expect: { sheets: expect },
  };
}

// =====================================================================================
// Case 2 — 南雄市
// =====================================================================================
function nanxiong() {
  const sheets = [];
  const expect = {};
  const AREA = '440282';

  // ---- 行政村名单: two-row header (group 物流快递覆盖情况), 镇 merged, blank rows between towns,
  //      社区/居委会 rows (not 行政村) told only by their names, a note.
  {
    const N = 7;
    const rows = [
      ['南雄市村（居）委会基本情况表'],
      ['填报单位：南雄市商务局'],
      ['序号', '镇（街道）', '村（居）委会名称', '是否省定贫困村', '物流快递覆盖情况', null, '备注'],
      [null, null, null, null, '是否覆盖', '进驻快递品牌', null],
    ];
    const merges = ['A1:G1', 'A2:G2', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:F3', 'G3:G4'];
    // [name, 省定贫困村 cell, poor, 快递 cell, express, brands, note, admin]
    const towns = [
      ['雄州街道', [
        ['永康社区居委会', '否', false, '是', true, '邮政、顺丰、中通、圆通', null, false],
        ['三影塔社区', '否', false, '是', true, '邮政、顺丰、中通', null, false],
        ['水松村', '否', false, '是', true, '邮政、中通', null, true],
      ]],
      ['珠玑镇', [
        ['灵潭村', '否', false, '是', true, '邮政、韵达', null, true],
        ['洋湖村', '否', false, '是', true, '邮政、中通', null, true],
        ['里东村委会', '是', true, '是', true, '邮政', null, true],
        ['中站村', '否', false, '是', true, '邮政、圆通', null, true],
      ]],
      ['湖口镇', [
        ['湖口居委会', '否', false, '是', true, '邮政、顺丰、申通', null, false],
        ['承平村', '是', true, '是', true, '邮政', null, true],
        ['新湖村', '否', false, '是', true, '邮政、中通', null, true],
      ]],
      ['帽子峰镇', [
        ['梅岭村', '是', true, '否', false, null, '邮政每周二、五送件到镇', true],
        ['坪田村', '否', false, '是', true, '邮政', null, true],
      ]],
    ];
    const records = [];
    let seq = 0;
    towns.forEach(([town, list], ti) => {
      if (ti > 0) rows.push([]);
      const start = rows.length;
      list.forEach(([name, pc, poor, ec, express, brands, note, admin], i) => {
        seq++;
        rows.push([seq, i === 0 ? town : null, name, pc, ec, brands, note]);
        records.push({ name, admin, poor, express });
      });
      merges.push(`B${start + 1}:B${rows.length}`);
    });
    rows.push(['注：贫困村指省定相对贫困村；快递覆盖情况由市邮政管理部门核实。']);
    merges.push(`A${rows.length}:G${rows.length}`);
    sheets.push({ name: '行政村名单', rows: rows.map(r => (r.length ? pad(r, N) : r)), merges });
    expect['行政村名单'] = { kind: 'villages', records };
  }

  // ---- persons used by the poor roster and the sign-in sheet
  const P = {}; // name → id
  function person(name, birth, seq2, sex, wantX) {
    P[name] = makeId(AREA, birth, seq2, sex, wantX);
    if (!validId(P[name])) throw new Error('bad id ' + name);
    return P[name];
  }
  // ---- 建档立卡贫困人口: keyed by household; 序号/户主/家庭人数/所在村 merged over members;
  //      劳动能力 as 是/否/有/无/丧失劳动能力; 务工状态 省外务工/省内县外务工/县内务工/在家/在家务农/blank.
  {
    const N = 10;
    const rows = [
      ['南雄市建档立卡贫困人口劳动力及务工情况台账'],
      ['填报单位：珠玑镇人民政府（盖章）', null, null, null, null, null, null, '填报时间：2021年6月'],
      ['序号', '户主姓名', '家庭人数', '成员姓名', '与户主关系', '身份证号码', '是否具有劳动能力', '务工状态', '所在村', '联系电话'],
    ];
    const merges = ['A1:J1', 'A2:E2', 'H2:J2'];
    // members: [name, relation, birth, seq2, sex, wantX, labourCell, labour, workCell, migrant, idAsTyped?]
    const H = [
      ['曾广明', '灵潭村', [
        ['曾广明', '户主', '19690314', 31, 'M', false, '是', true, '县内务工', false],
        ['李秀英', '配偶', '19720826', 44, 'F', true, '是', true, '在家务农', false],
        ['曾志伟', '长子', '19960502', 12, 'M', false, '是', true, '省外务工', true],
        ['曾小红', '长女', '20090917', 28, 'F', false, '否', false, null, null],
      ]],
      ['邓石生', '里东村', [
        ['邓石生', '户主', '19480121', 15, 'M', false, '丧失劳动能力', false, null, null],
        ['邓桂兰', '配偶', '19510607', 26, 'F', false, '否', false, null, null],
      ]],
      ['朱国平', '洋湖村', [
        ['朱国平', '户主', '19750419', 53, 'M', false, '是', true, '在家', false],
        ['黄春梅', '配偶', '19781130', 62, 'F', false, '是', true, '省内县外务工', true],
        ['朱文杰', '之子', '19990708', 37, 'M', false, '是', true, '省外务工', true],
      ]],
      ['谭伟', '中站村', [
        ['谭伟', '户主', '19830222', 71, 'M', false, '是', true, '县内务工', false],
      ]],
      ['彭细妹', '灵潭村', [
        ['彭细妹', '户主', '19490810', 18, 'F', false, '否', false, null, null],
        ['叶建华', '之子', '19780312', 40, 'M', false, '是', true, '省外务工', true],
        ['叶家豪', '之孙', '20100425', 22, 'M', false, '否', false, null, null],
      ]],
      ['钟亚生', '里东村', [
        ['钟亚生', '户主', '19700615', 35, 'M', false, '有', true, '在家', false],
        ['王小娟', '配偶', '19740903', 58, 'F', false, '有', true, '县内务工', false],
        ['钟思琪', '之女', '20070128', 46, 'F', false, '无', false, null, null],
      ]],
    ];
    const records = [];
    let persons = 0, labourN = 0;
    H.forEach(([head, village, members], hi) => {
      const start = rows.length;
      members.forEach(([name, rel, birth, seq2, sex, wantX, lc, labour, wc, migrant], i) => {
        const id = person(name, birth, seq2, sex, wantX);
        rows.push([
          i === 0 ? hi + 1 : null, i === 0 ? head : null, i === 0 ? members.length : null,
          name, rel, id, lc, wc, i === 0 ? village : null, i === 0 ? phone() : null,
        ]);
        records.push({ id, labour, migrant });
        persons++; if (labour) labourN++;
      });
      if (members.length > 1) {
        const a = start + 1, b = rows.length;
        merges.push(`A${a}:A${b}`, `B${a}:B${b}`, `C${a}:C${b}`, `I${a}:I${b}`, `J${a}:J${b}`);
      }
    });
    rows.push(['合计', null, persons, null, null, null, labourN, null, null, null]);
    merges.push(`A${rows.length}:B${rows.length}`);
    rows.push([`注：共${H.length}户${persons}人，其中具有劳动能力${labourN}人；务工状态按2021年5月入户核查情况填写。`]);
    merges.push(`A${rows.length}:J${rows.length}`);
    sheets.push({ name: '建档立卡贫困人口', rows: rows.map(r => pad(r, N)), merges });
    expect['建档立卡贫困人口'] = { kind: 'poorPersons', records };
  }

  // ---- 电商培训签到表: one row per trainee; two-row header with group 培训对象情况; dates as text;
  //      header repeated at the top of printed page 2; a trailing column with a stray 列1 header.
  {
    const N = 10;
    const top = ['序号', '培训对象情况', null, null, null, '培训日期', '培训地点', '是否建档立卡贫困户', '本人签名', '列1'];
    const sub = [null, '姓名', '性别', '身份证号码', '联系电话', null, null, null, null, null];
    const rows = [
      ['南雄市电子商务进农村综合示范项目培训签到表'],
      ['承办单位：南雄市电子商务公共服务中心'],
      top, sub,
    ];
    const merges = ['A1:I1', 'A2:I2', 'A3:A4', 'B3:E3', 'F3:F4', 'G3:G4', 'H3:H4', 'I3:I4'];
    const others = {
      '陈文斌': ['19880513', 23, 'M'], '刘晓丽': ['19920211', 64, 'F'], '何志强': ['19850720', 17, 'M'],
      '林美玲': ['19900304', 52, 'F'], '黄伟东': ['19871119', 39, 'M'], '邓志勇': ['19800907', 11, 'M'],
      '陈小芳': ['19930615', 20, 'F'], '吴建国': ['19761002', 45, 'M'],
    };
    for (const [n, [b, s, sex]] of Object.entries(others)) person(n, b, s, sex, n === '陈小芳');
    const sex = n => ({ '李秀英': '女', '刘晓丽': '女', '林美玲': '女', '陈小芳': '女', '王小娟': '女' }[n] || '男');
    const poorSet = new Set(['曾广明', '李秀英', '叶建华', '朱国平', '王小娟', '钟亚生']);
    const sessions = [
      ['2020.10.28', '2020-10-28', '珠玑镇政府会议室', ['曾广明', '李秀英', '叶建华', '陈文斌', '刘晓丽']],
      ['2021.3.16', '2021-03-16', '市电子商务公共服务中心', ['朱国平', '曾广明', '何志强', '林美玲', '黄伟东']],
      ['2021年6月9日', '2021-06-09', '湖口镇文化站', ['王小娟', '邓志勇', '陈小芳', '吴建国']],
      ['2021.9.15', '2021-09-15', '里东村委会', ['钟亚生']],
    ];
    const records = [];
    const tel = {};
    let seq = 0;
    sessions.forEach(([cell, iso, place, names], si) => {
      if (si === 2) { rows.push(top.slice(), sub.slice()); const a = rows.length - 1; merges.push(`A${a}:A${a + 1}`, `B${a}:E${a}`, `F${a}:F${a + 1}`, `G${a}:G${a + 1}`, `H${a}:H${a + 1}`, `I${a}:I${a + 1}`); }
      names.forEach(n => {
        seq++;
        const id = P[n];
        // 陈小芳's and 李秀英's trailing X typed lower-case on this sheet
        const typed = (n === '陈小芳' || n === '李秀英') ? id.replace('X', 'x') : id;
        if (!tel[n]) tel[n] = phone();
        rows.push([seq, n, sex(n), typed, tel[n], cell, place, poorSet.has(n) ? '是' : '否', null, null]);
        records.push({ date: iso, personTimes: 1, id });
      });
    });
    sheets.push({ name: '电商培训签到表', rows: rows.map(r => pad(r, N)), merges });
    expect['电商培训签到表'] = { kind: 'training', records };
    if (!P['李秀英'].endsWith('X') || !P['陈小芳'].endsWith('X')) throw new Error('expected X ids');
  }

  // ---- 月报报送: 报送日期 typed as 8-digit numbers (Excel turned 20201010 into a number);
  //      是否含电商扶贫数据 是/否; February skipped (春节).
  {
    const N = 7;
    const rows = [
      ['南雄市电子商务进农村综合示范工作月报报送台账'],
      ['序号', '报送日期', '报送内容', '报送对象', '是否含电商扶贫数据', '报送方式', '经办人'],
    ];
    const R = [
      [20200908, '2020-09-08', '8月份示范创建工作进展情况', '否'],
      [20201010, '2020-10-10', '9月份工作进展及电商统计数据', '是'],
      [20201109, '2020-11-09', '10月份示范创建工作进展情况', '否'],
      [20201208, '2020-12-08', '11月份工作进展及电商扶贫情况统计', '是'],
      [20210111, '2021-01-11', '12月份及2020年度工作总结', '否'],
      [20210309, '2021-03-09', '1-2月份示范创建工作进展情况', '是'],
      [20210408, '2021-04-08', '3月份示范创建工作进展情况', '否'],
      [20210510, '2021-05-10', '4月份示范创建工作进展情况', '否'],
      [20210608, '2021-06-08', '5月份工作进展及贫困户电商培训统计', '是'],
      [20210707, '2021-07-07', '6月份示范创建工作进展情况', '否'],
      [20210809, '2021-08-09', '7月份示范创建工作进展情况', '否'],
      [20210908, '2021-09-08', '8月份工作进展及电商扶贫统计', '是'],
    ];
    const records = [];
    R.forEach(([num, iso, content, yn], i) => {
      rows.push([i + 1, num, content, '韶关市商务局', yn, '粤政易', '李敏']);
      records.push({ date: iso, poverty: yn === '是' });
    });
    sheets.push({ name: '月报报送', rows: rows.map(r => pad(r, N)), merges: ['A1:G1'] });
    expect['月报报送'] = { kind: 'reports', records };
  }

  // ---- 专栏更新: Excel date cells; a note about the 意见征集 window below.
  {
    const N = 5;
    const rows = [
      ['南雄市人民政府门户网站“电子商务进农村综合示范”专栏更新情况'],
      ['序号', '更新日期', '更新内容', '信息类别', '经办人'],
    ];
    const U = [
      ['2020-09-18', '南雄市电子商务进农村综合示范县创建工作方案', '创建方案'],
      ['2020-10-20', '示范项目基本信息公示', '项目信息'],
      ['2020-11-25', '10月份项目建设进度', '建设进度'],
      ['2020-12-22', '11月份项目建设进度', '建设进度'],
      ['2021-01-27', '12月份项目建设进度', '建设进度'],
      ['2021-03-30', '1-2月份项目建设进度', '建设进度'],
      ['2021-04-28', '3月份项目建设进度', '建设进度'],
      ['2021-06-02', '4-5月份项目建设进度', '建设进度'],
      ['2021-07-29', '6月份项目建设进度', '建设进度'],
      ['2021-08-30', '7月份项目建设进度', '建设进度'],
    ];
    const records = [];
    U.forEach(([iso, content, cat], i) => {
      rows.push([i + 1, D(iso), content, cat, '李敏']);
      records.push({ date: iso });
    });
    rows.push([]);
    rows.push(['注：专栏设“意见征集”窗口，监督举报电话0751-3822316。']);
    sheets.push({ name: '专栏更新', rows: rows.map(r => (r.length ? pad(r, N) : r)), merges: ['A1:E1', `A${rows.length}:E${rows.length}`] });
    expect['专栏更新'] = { kind: 'disclosures', records };
  }

  // ---- 经验材料: two rows, one dated by month only.
  {
    const rows = [
      ['经验材料报送情况'],
      ['序号', '报送时间', '材料名称', '报送单位', '接收单位'],
      [1, '2021年3月', '南雄市“电商+黄烟”助农增收经验做法', '南雄市商务局', '韶关市商务局'],
      [2, '2021年7月12日', '珠玑镇电商服务站带动贫困户增收典型案例', '南雄市商务局', '韶关市商务局'],
    ];
    sheets.push({ name: '经验材料', rows, merges: ['A1:E1'] });
    expect['经验材料'] = { kind: 'materials', records: [{ date: '2021-03' }, { date: '2021-07-12' }] };
  }

  return {
    description: '南雄市（韶关）工作台账：村（居）委会名单两行表头、镇合并、社区只凭名称区分；珠玑镇贫困人口按户主合并单元格、劳动能力与务工状态文字；培训签到表两行表头（培训对象情况）、文本日期、第二页重复表头、末尾空列“列1”、身份证尾号小写x；月报报送日期为8位数字；专栏更新为日期单元格；经验材料含仅到月份的日期。',
    sheets,
    expect: { sheets: expect },
  };
}

// =====================================================================================
// Case 3 — 惠东县
// =====================================================================================
function huidong() {
  const sheets = [];
  const expect = {};
  const AREA = '441323';

  // ---- 封面 (not a ledger)
  sheets.push({
    name: '封面',
    rows: [
      ['惠东县省级电子商务进农村综合示范县'],
      ['创建工作台账'],
      [],
      ['（2019年度项目）'],
      [],
      ['惠东县商务局'],
      ['二〇二一年九月'],
    ],
    merges: ['A1:F1', 'A2:F2', 'A4:F4', 'A6:F6', 'A7:F7'],
  });
  expect['封面'] = { kind: null };

  // ---- 入驻企业: date cells; 退出 only in 备注 text; credit codes; an enterprise entered after cut-off.
  {
    const N = 8;
    const rows = [
      ['惠东县电子商务产业园入驻企业清单'],
      ['填报单位：惠东县商务局', null, null, null, null, null, '截至2021年8月31日'],
      ['序号', '企业名称', '统一社会信用代码', '企业类型', '主营业务', '入驻时间', '联系人', '备注'],
    ];
    const merges = ['A1:H1', 'A2:C2', 'G2:H2'];
    // [name, prefix, org8, type, business, entered, note, left]
    const E = [
      ['惠东县优品汇电子商务有限公司', '91', 'MA4UK7R2', '平台型', '本地农特产品线上商城', '2020-06-18', null, null],
      ['惠州市鞋都云商网络科技有限公司', '91', 'MA4UL3B6', '电商运营商', '女鞋网店代运营', '2020-06-18', null, null],
      ['惠东县稔平海产品贸易有限公司', '91', 'MA4UM0C1', '销售型', '海产干货网络销售', '2020-07-02', null, null],
      ['惠东县梁化薯业专业合作社', '93', 'MA4UN2D8', '销售型', '马铃薯网络销售', '2020-07-15', null, null],
      ['惠东县顺达快递服务有限公司', '91', '31480265', '物流企业', '快递收发、仓储', '2020-08-01', null, null],
      ['惠东县多祝荔枝电商有限公司', '91', 'MA4UP5E3', '网店', '荔枝、龙眼网店', '2020-08-20', '2020年12月已注销', '2020-12'],
      ['惠东县鑫源直播电商有限公司', '91', 'MA4UQ8F7', '直播带货', '抖音、快手直播', '2020-09-10', null, null],
      ['惠东县绿之源农产品有限公司', '91', 'MA4UR1G4', '销售型', '梅菜、甜薯网络销售', '2020-10-12', '2021年3月退出', '2021-03'],
      ['惠州市云仓供应链管理有限公司', '91', 'MA4UT6H9', '物流企业', '电商仓储配送', '2020-11-05', null, null],
      ['惠东县青创电商孵化服务有限公司', '91', 'MA4UU2J5', '电商运营商', '电商孵化、培训', '2021-01-08', null, null],
      ['惠东县平海海鲜网络销售部', '92', 'L58392K0', '销售型', '海鲜网络销售', '2021-03-22', '个体工商户', null],
      ['惠东县e家农品科技有限公司', '91', 'MA4UW9K3', '平台型', '社区团购小程序', '2021-05-17', '2021年9月迁出', '2021-09'],
      ['惠东县乐购鞋业网店', '92', 'L60418M2', '销售型', '女鞋网店', '2021-09-06', '9月新入驻', null],
    ];
    const records = [];
    E.forEach(([name, pf, org, type, biz, entered, note, left], i) => {
      rows.push([i + 1, name, uscc(pf, AREA, org), type, biz, D(entered), phoneName(i), note]);
      records.push({ name, type, entered, left });
    });
    rows.push(['注：入驻时间以签订入驻协议时间为准。']);
    merges.push(`A${rows.length}:H${rows.length}`);
    sheets.push({ name: '入驻企业', rows: rows.map(r => pad(r, N)), merges });
    expect['入驻企业'] = { kind: 'enterprises', records };
  }
  function phoneName(i) { return ['叶志明', '刘婉婷', '陈海生', '黄国强', '李顺达', '曾荔华', '张鑫', '邱绿源', '吴晓云', '林青', '蔡海平', '钟家乐', '彭乐'][i]; }

  // ---- 培训学员名单: a 说明 line above the header; 期次 and 培训时间 merged over each session's rows;
  //      IDs masked (kept as written); one trainee without an ID; 合计 row.
  {
    const N = 8;
    const rows = [
      ['惠东县农村电商培训学员名单（公示版）'],
      ['说明：根据个人信息保护要求，公示版身份证号码已作脱敏处理，完整信息见纸质签到表。'],
      ['序号', '期次', '培训时间', '姓名', '性别', '身份证号', '所在镇村', '是否贫困户'],
    ];
    const merges = ['A1:H1', 'A2:H2'];
    const mask = id => id.slice(0, 10) + '****' + id.slice(14);
    const S = [
      ['第一期', '2020.11.24', '2020-11-24', [
        ['叶思敏', 'F', '19910408', 12, '梁化镇石屋村', '否'],
        ['黄国栋', 'M', '19780723', 35, '梁化镇梁化村', '是'],
        ['邱丽萍', 'F', '19850216', 41, '铁涌镇溪美村', '否'],
        ['陈志坚', 'M', '19930930', 27, '稔山镇范和村', '否'],
        ['刘亚妹', 'F', '19720511', 63, '梁化镇石屋村', '是'],
      ]],
      ['第二期', '2021.3.26', '2021-03-26', [
        ['蔡文辉', 'M', '19870104', 19, '平海镇东和村', '否'],
        ['张美华', 'F', '19940826', 48, '黄埠镇盐洲村', '否'],
        ['李永强', 'M', '19800317', 53, '吉隆镇联光村', '是'],
        ['钟秀玲', 'F', null, null, '多祝镇皇思扬村', '否'],
        ['温建新', 'M', '19891212', 22, '白花镇坚塘村', '否'],
      ]],
      ['第三期', '2021年6月15日-17日', '2021-06-17', [
        ['罗小燕', 'F', '19960719', 31, '安墩镇黄沙村', '是'],
        ['彭志华', 'M', '19830805', 66, '高潭镇中洞村', '是'],
        ['赖春花', 'F', '19770123', 14, '宝口镇宝口村', '否'],
        ['何海龙', 'M', '19900601', 57, '白盆珠镇横江村', '否'],
      ]],
    ];
    const records = [];
    let seq = 0;
    S.forEach(([qi, cell, iso, list]) => {
      const start = rows.length;
      list.forEach(([name, sex, birth, s2, place, poor], i) => {
        seq++;
        let idCell = null;
        if (birth) {
          const full = makeId(AREA, birth, s2, sex, false);
          if (!validId(full)) throw new Error('bad');
          idCell = mask(full);
        }
        rows.push([seq, i === 0 ? qi : null, i === 0 ? cell : null, name, sex === 'M' ? '男' : '女', idCell, place, poor]);
        records.push({ date: iso, personTimes: 1, id: idCell });
      });
      merges.push(`B${start + 1}:B${rows.length}`, `C${start + 1}:C${rows.length}`);
    });
    rows.push(['合计', null, null, seq + '人次', null, null, null, null]);
    merges.push(`A${rows.length}:C${rows.length}`);
    sheets.push({ name: '培训学员名单', rows: rows.map(r => pad(r, N)), merges });
    expect['培训学员名单'] = { kind: 'training', records };
  }

  // ---- 专项资金台账: cash-book style; 金额（元） with text 3.5万元 / 128,000.00 / 45600元 / 56.8万;
  //      text dates 2020年9月28日; per-year 小计 and 累计 rows; a trailing empty column headed 列1.
  {
    const N = 7;
    const rows = [
      ['惠东县电子商务进农村综合示范专项资金使用台账'],
      ['日期', '凭证号', '摘要', '项目类别', '金额（元）', '经手人', '列1'],
    ];
    const merges = ['A1:F1'];
    const Y = [
      ['2020', [
        ['2020年9月28日', '2020-09-28', '记-0931', '公共服务中心装修工程预付款', '公共服务中心', 480000, 480000],
        ['2020年11月16日', '2020-11-16', '记-1108', '村级站点设备采购', '站点建设', '128,000.00', 128000],
        ['2020年12月22日', '2020-12-22', '记-1215', '电商培训服务费（第一期）', '人才培训', '3.5万元', 35000],
      ]],
      ['2021', [
        ['2021年1月20日', '2021-01-20', '记-0112', '物流配送中心建设', '物流体系', '56.8万', 568000],
        ['2021年3月31日', '2021-03-31', '记-0327', '公共服务中心运营费', '公共服务中心', 300000, 300000],
        ['2021年4月28日', '2021-04-28', '记-0419', '电商培训服务费（第二期）', '人才培训', '45600元', 45600],
        ['2021年6月30日', '2021-06-30', '记-0624', '农产品溯源系统建设', '溯源体系', '216,500.00', 216500],
        ['2021年8月20日', '2021-08-20', '记-0815', '村级站点建设尾款', '站点建设', 97800, 97800],
        ['2021年9月10日', '2021-09-10', '记-0906', '“惠东好物”品牌推广活动', '品牌推广', '8.2万元', 82000],
      ]],
    ];
    const records = [];
    let cum = 0;
    Y.forEach(([yr, list]) => {
      let sub = 0;
      list.forEach(([cell, iso, v, memo, cat, amtCell, yuan]) => {
        rows.push([cell, v, memo, cat, amtCell, '郑晓东', null]);
        records.push({ date: iso, amount: yuan });
        sub += yuan;
      });
      cum += sub;
      rows.push([null, null, yr + '年小计', null, sub, null, null]);
    });
    rows.push([null, null, '累计', null, cum, null, null]);
    rows.push([]);
    rows.push(['会计：郑晓东', null, '复核：陈佩玲', null, '负责人：叶国华']);
    sheets.push({ name: '专项资金台账', rows: rows.map(r => (r.length ? pad(r, N) : r)), merges });
    expect['专项资金台账'] = { kind: 'funds', records };
  }

  // ---- 宣传报道: 级别 written 央媒/省级/市级/县级; 报道形式 电视/报纸/网络; date cells.
  {
    const N = 7;
    const rows = [
      ['惠东县电子商务进农村宣传报道清单'],
      ['序号', '报道日期', '媒体名称', '级别', '报道形式', '报道标题', '是否电商扶贫典型案例'],
    ];
    const M = [
      ['2020-10-22', '中央电视台财经频道', '央媒', '电视', '惠东女鞋：直播间里的“鞋都”新生意', '否', 'national', true],
      ['2020-12-10', '南方日报', '省级', '报纸', '惠东：电商服务站开到家门口', '否', 'province', false],
      ['2021-01-15', '广东电视台', '省级', '电视', '惠东梁化：贫困户“触网”卖马铃薯', '是', 'province', true],
      ['2021-03-08', '惠州日报', '市级', '报纸', '惠东农村电商培训覆盖全县各镇', '否', 'city', false],
      ['2021-04-19', '惠州电视台', '市级', '电视', '惠东电商产业园入驻企业突破十家', '否', 'city', true],
      ['2021-05-26', '惠东县融媒体中心', '县级', '网络', '我县举办第二期农村电商培训班', '否', 'county', false],
      ['2021-07-14', '新华网', '央媒', '网络', '广东惠东：电商助力荔枝“出山”', '是', 'national', false],
      ['2021-09-03', '惠东电视台', '县级', '电视', '惠东县电子商务进农村综合示范县创建迎考评', '否', 'county', true],
    ];
    const records = [];
    M.forEach(([iso, outlet, lvl, form, title, yn, level, tv], i) => {
      rows.push([i + 1, D(iso), outlet, lvl, form, title, yn]);
      records.push({ date: iso, level, tv });
    });
    sheets.push({ name: '宣传报道', rows: rows.map(r => pad(r, N)), merges: ['A1:G1'] });
    expect['宣传报道'] = { kind: 'media', records };
  }

  // ---- 信息报送: 电商扶贫统计 marked √ or left blank (blank = no answer); text dates incl. two-digit years.
  {
    const N = 6;
    const rows = [
      ['惠东县电商进农村工作信息报送登记表'],
      ['序号', '报送时间', '报送内容', '报送单位', '电商扶贫统计（√）', '备注'],
    ];
    const R = [
      ['2020.9.30', '2020-09-30', '9月份示范创建工作进展', '√'],
      ['2020.10.29', '2020-10-29', '10月份示范创建工作进展', null],
      ['2020.11.30', '2020-11-30', '11月份工作进展及电商扶贫统计表', '√'],
      ['2020.12.30', '2020-12-30', '12月份工作进展', null],
      ['21.2.26', '2021-02-26', '1-2月份工作进展', null],
      ['2021.3.31', '2021-03-31', '3月份工作进展及贫困户培训情况', '√'],
      ['2021.4.29', '2021-04-29', '4月份工作进展', null],
      ['21.5.31', '2021-05-31', '5月份工作进展', null],
      ['2021.6.30', '2021-06-30', '6月份工作进展及电商带动增收情况', '√'],
      ['2021.8.2', '2021-08-02', '7月份工作进展', null],
      ['2021.8.31', '2021-08-31', '8月份工作进展及电商扶贫统计表', '√'],
    ];
    const records = [];
    R.forEach(([cell, iso, content, mark], i) => {
      rows.push([i + 1, cell, content, '惠东县商务局', mark, i === 4 ? '1、2月合并报送' : null]);
      records.push({ date: iso, poverty: mark === '√' ? true : null });
    });
    rows.push(['注：报送对象均为惠州市商务局，报送方式为电子邮件。']);
    sheets.push({ name: '信息报送', rows: rows.map(r => pad(r, N)), merges: ['A1:F1', `A${rows.length}:F${rows.length}`] });
    expect['信息报送'] = { kind: 'reports', records };
  }

  return {
    description: '惠东县（惠州）台账：封面页；产业园入驻企业清单（日期单元格，退出只写在备注里，含截止后入驻）；培训学员名单（表头上方说明行、期次与培训时间纵向合并、身份证脱敏、一人未填身份证、合计行）；专项资金台账记账式（金额列元/万元/千分位文本混写、年度小计与累计、末尾空列“列1”）；宣传报道带级别列（央媒/省级/市级/县级）；信息报送√/空白标记电商扶贫统计、含两位年份日期。',
    sheets,
    expect: { sheets: expect },
  };
}

write('b12-l1-yingde.json', yingde());
write('b12-l2-nanxiong.json', nanxiong());
write('b12-l3-huidong.json', huidong());
