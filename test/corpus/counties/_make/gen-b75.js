"use strict";
// Batch 75 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
const fs = require("fs");
const assert = require("assert");

// ---------------------------------------------------------------- helpers
const D = (s) => ({ date: s });
function write(folder, file, obj) {
  const dir = path.join(ROOT, folder);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, file + ".json"), JSON.stringify(obj, null, 2) + "\n");
}
function colNum(letters) {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
function parseRange(r) {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(r);
  assert(m, "bad range " + r);
  return { c1: colNum(m[1]), r1: +m[2], c2: colNum(m[3]), r2: +m[4] };
}
// pad rows to a common width, check merges are inside the grid, not overlapping,
// not single cells, and that covered (non top-left) cells are empty.
function sheet(name, rows, merges, extra) {
  assert(name.length <= 31, "sheet name too long " + name);
  const width = Math.max(1, ...rows.map((r) => r.length));
  const padded = rows.map((r) => {
    const x = r.slice();
    while (x.length < width) x.push(null);
    return x.map((v) => (v === undefined ? null : v));
  });
  const ms = merges || [];
  const rs = ms.map(parseRange);
  rs.forEach((a, i) => {
    assert(a.r1 <= a.r2 && a.c1 <= a.c2, "inverted " + ms[i]);
    assert(a.r1 !== a.r2 || a.c1 !== a.c2, "single-cell merge " + ms[i]);
    assert(a.r2 <= padded.length && a.c2 <= width, `merge ${ms[i]} outside grid of ${name} (${padded.length}x${width})`);
    for (let r = a.r1; r <= a.r2; r++)
      for (let c = a.c1; c <= a.c2; c++)
        if (r !== a.r1 || c !== a.c1)
          assert(padded[r - 1][c - 1] === null, `covered cell not empty in ${name} ${ms[i]} at r${r}c${c}: ${JSON.stringify(padded[r - 1][c - 1])}`);
    rs.forEach((b, j) => {
      if (j <= i) return;
      const overlap = a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
      assert(!overlap, `merges overlap in ${name}: ${ms[i]} ${ms[j]}`);
    });
  });
  const s = { name, rows: padded };
  if (ms.length) s.merges = ms;
  return Object.assign(s, extra || {});
}
const L = (n) => String.fromCharCode(64 + n);
// GB 11643 check digit
function idCheck(p17) {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let s = 0;
  for (let i = 0; i < 17; i++) s += +p17[i] * w[i];
  return p17 + "10X98765432"[s % 11];
}
// deterministic pseudo-random
function rng(seed) {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x / 4294967296;
  };
}
function mkIds(area, n, seed, wantX) {
  const r = rng(seed);
  const out = [];
  const used = new Set();
  while (out.length < n) {
    const y = 1955 + Math.floor(r() * 48);
    const m = 1 + Math.floor(r() * 12);
    const d = 1 + Math.floor(r() * 28);
    const q = 100 + Math.floor(r() * 899);
    const id = idCheck(area + y + String(m).padStart(2, "0") + String(d).padStart(2, "0") + q);
    if (used.has(id)) continue;
    const i = out.length;
    const needX = wantX.includes(i);
    if (needX !== id.endsWith("X")) continue;
    used.add(id);
    out.push(id);
  }
  return out;
}
const CUT = "2021-08-31";
const le = (d, cut) => d <= (cut || CUT);
function monthsWindow() {
  const out = [];
  for (let y = 2020, m = 9; !(y === 2021 && m === 9); m === 12 ? (y++, (m = 1)) : m++) out.push(`${y}-${String(m).padStart(2, "0")}`);
  return out;
}
const WINDOW = monthsWindow();
assert.strictEqual(WINDOW.length, 12);
// a date string written the clerk's way (text) — the canonical value is kept separately
function cn(d) { const [y, m, dd] = d.split("-"); return `${+y}年${+m}月${+dd}日`; }
function dot(d) { const [y, m, dd] = d.split("-"); return `${+y}.${+m}.${+dd}`; }
function slash(d) { const [y, m, dd] = d.split("-"); return `${+y}/${+m}/${+dd}`; }
function compact(d) { return d.replace(/-/g, ""); }
const STYLES = [(d) => D(d), dot, cn, slash, dot, compact];
function styled(d, i) { return STYLES[i % STYLES.length](d); }
function commas(n, dec) {
  const s = dec ? n.toFixed(2) : String(n);
  const [a, b] = s.split(".");
  return a.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (b ? "." + b : "");
}

// =====================================================================
// C1 开平市 — whole workbook; facts sheet is the 结项验收申请书
// =====================================================================
function kaiping() {
  const towns = [
    ["长沙街道", ["幕沙社区", "东郊社区"], ["楼冈村", "平冈村", "石海村"]],
    ["三埠街道", ["新昌社区", "荻海社区"], ["簕冲村", "燕山村", "五福村", "长堤村"]],
    ["水口镇", ["水口社区"], ["龙塘村", "唐联村", "东埠村", "后溪村", "沙洲村", "黎屋村", "泮塘村", "甘竹村"]],
    ["沙塘镇", [], ["塘浪村", "新美村", "西溪村", "中塘村", "大岗村", "南屏村"]],
    ["苍城镇", ["苍城社区"], ["东联村", "西联村", "联兴村", "苍江村", "竹湾村", "东兴村", "官塘村"]],
    ["龙胜镇", ["龙胜社区"], ["九龙村", "红进村", "大窝村", "新中村", "龙江村", "堡城村", "福和村", "石坑村"]],
    ["大沙镇", [], ["大塘村", "新塘村", "竹莲村", "四九村", "大沙村", "横江村", "庙前村", "夹水村"]],
    ["马冈镇", ["冈华社区"], ["马冈村", "澄湖村", "中坑村", "镇南村", "光明村", "仁和村", "龙石村", "横溪村"]],
    ["塘口镇", ["塘口社区"], ["强亚村", "仓前村", "卫星村", "塘联村", "北义村", "以敬村", "里坑村", "宅群村", "龙和村", "升平村"]],
    ["赤坎镇", ["赤坎社区"], ["中股村", "三围村", "南楼村", "永坚村", "五龙村", "小海村", "红花村", "石溪村", "芦阳村", "沙溪村"]],
  ];
  const POOR = ["后溪村", "竹湾村", "大窝村", "石坑村", "四九村", "夹水村", "中坑村", "北义村", "芦阳村"];
  const NOEXPRESS = ["夹水村"];
  const UNCOVERED = ["石海村", "长堤村", "沙洲村", "甘竹村", "西溪村", "南屏村", "官塘村", "福和村", "龙江村", "横江村",
    "庙前村", "龙石村", "横溪村", "里坑村", "宅群村", "升平村", "小海村", "沙溪村", "三围村", "燕山村", "夹水村"];
  // name variants the clerk used in the village list
  const VARIANT = { "平冈村": "平冈村委会", "唐联村": "唐联村民委员会", "联兴村": "联兴村委会", "新中村": "新中村委会",
    "竹莲村": "竹莲村民委员会", "仁和村": "仁和村委会", "以敬村": "以敬村委会", "永坚村": "永坚村民委员会" };
  const villages = [];
  for (const [town, comms, vils] of towns) {
    for (const v of vils) villages.push({ town, name: v, admin: true, poor: POOR.includes(v), express: !NOEXPRESS.includes(v) });
    for (const c of comms) villages.push({ town, name: c, admin: false, poor: null, express: null });
  }
  const admin = villages.filter((v) => v.admin);
  assert.strictEqual(admin.length, 72);
  assert.strictEqual(villages.length - admin.length, 10);
  assert.strictEqual(admin.filter((v) => v.poor).length, 9);
  UNCOVERED.forEach((u) => assert(admin.some((v) => v.name === u), u));

  // --- villages sheet
  const vr = [
    ["开平市村（居）民委员会名单"],
    ["填报单位：开平市商务局（数据来源：开平市民政局）", null, null, null, "截至2021年8月"],
    ["序号", "镇（街道）", "村（居）委会", "类别", "是否省定贫困村", "快递是否进村"],
  ];
  const vm = ["A1:F1", "A2:D2", "E2:F2"];
  let seq = 0;
  for (const [town] of towns) {
    const list = villages.filter((v) => v.town === town);
    const start = vr.length + 1;
    list.forEach((v, i) => {
      seq++;
      vr.push([seq, i === 0 ? town : null, v.admin ? VARIANT[v.name] || v.name : v.name + "居委会",
        v.admin ? "村委会" : "居委会", v.admin ? (v.poor ? "是" : "否") : "/",
        v.admin ? (v.express ? "是" : "否（邮件投至镇邮政支局自取）") : "/"]);
    });
    if (list.length > 1) vm.push(`B${start}:B${start + list.length - 1}`);
  }
  vr.push(["合计", null, "村委会72个，居委会10个", null, "9个", null]);
  vm.push(`A${vr.length}:B${vr.length}`, `C${vr.length}:D${vr.length}`, `E${vr.length}:F${vr.length}`);
  vr.push(["注：居委会均为城镇社区，不属行政村。"]);
  vm.push(`A${vr.length}:F${vr.length}`);

  // --- stations
  const r1 = rng(75001);
  const covered = admin.filter((v) => !UNCOVERED.includes(v.name));
  assert.strictEqual(covered.length, 51);
  const stations = []; // {town, village(written), canonical, opened}
  const startDay = Date.UTC(2020, 3, 10);
  const span = Date.UTC(2021, 6, 30) - startDay;
  const dayOf = () => new Date(startDay + Math.floor(r1() * span / 86400000) * 86400000).toISOString().slice(0, 10);
  for (const [town] of towns) {
    for (const v of covered.filter((x) => x.town === town)) {
      stations.push({ town, village: v.name, canon: v.name, opened: dayOf() });
      if (v.name === "强亚村") stations.push({ town, village: "强亚村", canon: "强亚村", opened: "2021-03-22", name: "开平市塘口镇强亚村碉楼文旅电商服务点" });
    }
    if (town === "塘口镇") stations.push({ town, village: "升平村", canon: "升平村", opened: "2021-09-15" });
    if (town === "赤坎镇") {
      stations.push({ town, village: "赤坎社区", canon: "赤坎社区", opened: "2020-08-19" });
      stations.push({ town, village: "灵源村", canon: null, opened: "2020-12-01" });
    }
  }
  assert.strictEqual(stations.length, 55);
  const coveredSet = new Set(stations.filter((s) => le(s.opened) && admin.some((v) => v.name === s.canon)).map((s) => s.canon));
  assert.strictEqual(coveredSet.size, 51);
  assert(51 * 100 >= 72 * 70 && 50 * 100 < 72 * 70); // 70.8% ≥ 70%; one fewer would be below
  const poorCovered = admin.filter((v) => v.poor && coveredSet.has(v.name)).length;
  assert.strictEqual(poorCovered, 8);
  const STV = { "东埠村": "东埠村委会", "九龙村": "九龙村民委员会", "光明村": "光明村委会", "北义村": "北义村民委员会", "红花村": "红花村委会" };
  const sr = [
    ["开平市村级电子商务服务站点清单"],
    ["填报单位：开平市商务局", null, null, null, null, null, "填报时间：2021年9月6日"],
    ["序号", "站点名称", "所在镇（街道）", "所在村（居）", "站长", "联系电话", "挂牌时间", "备注"],
  ];
  const sm = ["A1:H1", "A2:F2", "G2:H2"];
  const SURN = ["关", "司徒", "谢", "周", "张", "吴", "方", "胡", "梁", "黄", "余", "许", "邓", "陈", "李"];
  const GIV = ["志强", "美华", "国荣", "丽娟", "伟明", "少芳", "健文", "惠玲", "家豪", "彩霞", "锦棠", "月英", "振华", "秀珍", "耀辉", "玉兰"];
  stations.forEach((s, i) => {
    const nm = s.name || `开平市${s.town}${s.village}电商服务站`;
    const note = s.opened > CUT ? "9月新挂牌" : (s.village === "赤坎社区" ? "设于赤坎古镇游客中心" : null);
    sr.push([i + 1, nm, s.town, STV[s.village] || s.village, SURN[i % SURN.length] + GIV[(i * 7) % GIV.length],
      "13" + String(612345678 + i * 7919311).slice(0, 9), styled(s.opened, i), note]);
  });
  sr.push(["注：站点共55个；服务内容均含代购代销、代收代发快递、便民缴费。"]);
  sm.push(`A${sr.length}:H${sr.length}`);

  // --- training sessions (普及培训, 人次)
  const sessions = [
    ["2020-09-24", "2020-09-24", 310], ["2020-10-22", "2020-10-22", 286], ["2020-11-12", "2020-11-12", 342],
    ["2020-12-10", "2020-12-10", 295], ["2021-01-14", "2021-01-14", 268], ["2021-03-04", "2021-03-04", 305],
    ["2021-03-25", "2021-03-25", 331], ["2021-04-22", "2021-04-22", 288], ["2021-05-13", "2021-05-13", 356],
    ["2021-05-27", "2021-05-27", 274], ["2021-06-17", "2021-06-17", 312], ["2021-07-08", "2021-07-08", 298],
    ["2021-07-22", "2021-07-22", 327], ["2021-08-12", "2021-08-12", 301], ["2021-08-26", "2021-08-27", 283],
    ["2021-08-30", "2021-08-31", 256], ["2021-09-08", "2021-09-08", 362],
  ];
  const sessTimeText = [D("2020-09-24"), "2020.10.22", "2020年11月12日", D("2020-12-10"), "2021.1.14", "2021年3月4日",
    D("2021-03-25"), "2021.4.22", "2021/5/13", "2021年5月27日", D("2021-06-17"), "2021.7.8", "2021.7.22",
    D("2021-08-12"), "2021.8.26-27", "2021年8月30日—31日", "2021.9.8"];
  const sessPlace = ["市电商公共服务中心", "水口镇政府会议室", "市电商公共服务中心", "赤坎镇文化站", "龙胜镇政府会议室",
    "市电商公共服务中心", "塘口镇文化站", "马冈镇政府会议室", "市电商公共服务中心", "苍城镇文化站", "市电商公共服务中心",
    "大沙镇政府会议室", "市电商公共服务中心", "沙塘镇文化站", "市电商公共服务中心", "三埠街道党群服务中心", "市电商公共服务中心"];
  const sessTopic = ["电商基础知识", "农产品网店开设", "短视频拍摄", "直播带货入门", "年货节网络营销", "农产品品牌打造",
    "电商+乡村旅游", "社群营销", "直播带货提升", "网店运营", "农产品包装与物流", "电商政策解读", "短视频运营进阶",
    "跨境电商（侨乡特色）", "电商创业实训（两天班）", "直播实训（两天班）", "秋季电商普及班"];
  const tr = [
    ["开平市电子商务普及培训开展情况登记表"],
    ["单位：人次", null, null, null, null, null, "填报：市电商公共服务中心"],
    ["期次", "培训时间", "培训地点", "培训主题", "培训对象", "参训人次", "授课老师"],
  ];
  const tm = ["A1:G1", "A2:E2"];
  sessions.forEach(([, , pt], i) => {
    const ptCell = i % 5 === 2 ? `${pt}人次` : pt;
    tr.push([`第${i + 1}期`, sessTimeText[i], sessPlace[i], sessTopic[i], i % 3 === 0 ? "电商从业人员、返乡青年" : "农户、合作社、个体工商户", ptCell, ["谢老师", "周老师", "关老师", "司徒老师"][i % 4]]);
  });
  const sessAll = sessions.reduce((a, s) => a + s[2], 0);
  const sessIn = sessions.filter((s) => le(s[1])).reduce((a, s) => a + s[2], 0);
  assert.strictEqual(sessIn, 4832);
  assert.strictEqual(sessAll, 5194);
  tr.push(["合计", null, null, null, null, sessAll, null]);
  tm.push(`A${tr.length}:E${tr.length}`);
  tr.push([]);
  tr.push(["注：贫困户专场培训3期（2020年11月26日、2021年4月15日、2021年9月9日）另见附4签到表，人次未计入本表。"]);
  tm.push(`A${tr.length}:G${tr.length}`);

  // --- poor persons and poor-household sign-in
  const ids = mkIds("440783", 46, 7575, [3, 17, 29, 41]);
  // E1..E28 eligible, M1..M5 migrant (labour), N1..N7 no labour, X1..X6 not poor
  const persons = [];
  for (let i = 0; i < 28; i++) persons.push({ key: "E" + (i + 1), labour: true, migrant: false });
  for (let i = 0; i < 5; i++) persons.push({ key: "M" + (i + 1), labour: true, migrant: true });
  for (let i = 0; i < 7; i++) persons.push({ key: "N" + (i + 1), labour: false, migrant: null });
  // interleave in list order so kinds are mixed the way a household roster is
  const order = [0, 1, 28, 2, 33, 3, 4, 5, 29, 6, 34, 7, 8, 9, 35, 10, 11, 30, 12, 13, 36, 14, 15, 16, 31, 17, 37, 18, 19, 20, 38, 21, 22, 32, 23, 24, 39, 25, 26, 27];
  assert.strictEqual(new Set(order).size, 40);
  const roster = order.map((k) => persons[k]);
  roster.forEach((p, i) => { p.id = ids[i]; });
  const byKey = Object.fromEntries(persons.map((p) => [p.key, p]));
  const others = ids.slice(40).map((id, i) => ({ key: "X" + (i + 1), id }));
  others.forEach((o) => (byKey[o.key] = o));
  const poorVillagesList = POOR.filter((v) => v !== "夹水村").concat(["夹水村"]);
  const townOf = (v) => villages.find((x) => x.name === v).town;
  const namesR = rng(4242);
  const pname = () => SURN[Math.floor(namesR() * SURN.length)] + GIV[Math.floor(namesR() * GIV.length)];
  roster.forEach((p, i) => { p.village = poorVillagesList[i % 9]; p.name = pname(); });
  others.forEach((o, i) => { o.village = ["后溪村", "北义村", "芦阳村"][i % 3]; o.name = pname(); });
  const prr = [
    ["开平市建档立卡贫困人口（劳动力）名单"],
    ["提供单位：开平市乡村振兴局", null, null, null, null, "导出日期：2021.8.20"],
    ["序号", "镇（街道）", "村", "姓名", "身份证号码", "是否有劳动能力", "是否外出务工", "备注"],
  ];
  const prm = ["A1:H1", "A2:E2", "F2:H2"];
  roster.forEach((p, i) => {
    prr.push([i + 1, townOf(p.village), p.village, p.name, p.id, p.labour ? "是" : "否", p.labour ? (p.migrant ? "是" : "否") : "—",
      p.migrant ? "在佛山务工" : (!p.labour ? "残疾/年老" : null)]);
  });
  prr.push(["注：有劳动能力且未外出务工的为电商培训对象。"]);
  prm.push(`A${prr.length}:H${prr.length}`);

  const signin = [
    // [session label, date canonical, date cell, keys]
    ["第1期", "2020-11-26", "2020年11月26日", ["E1", "E2", "E3", "E4", "M1", "E5", "E6", "E7", "N1", "E8", "E9", "E10"]],
    ["第2期", "2021-04-15", D("2021-04-15"), ["E5", "X1", "E11", "E12", "X2", "M2", "E13", "X3", "E6", "N2", "X4", "E14", "X5", "X6"]],
    ["第3期", "2021-09-09", "2021.9.9", ["E15", "E1", "M3"]],
  ];
  const sir = [
    ["开平市电子商务进农村贫困户专场培训签到表"],
    ["主办：开平市商务局　承办：开平市电子商务公共服务中心"],
    ["序号", "期次", "培训日期", "姓名", "身份证号码", "所在村", "签名"],
  ];
  const sim = ["A1:G1", "A2:G2"];
  let sn = 0;
  const signRows = [];
  for (const [lab, d, cell, keys] of signin) {
    const start = sir.length + 1;
    keys.forEach((k, i) => {
      const p = byKey[k];
      sn++;
      let idCell = p.id;
      if (k === "E3" || k === "X2") idCell = p.id.replace("X", "x");
      sir.push([sn, i === 0 ? lab : null, i === 0 ? cell : null, p.name, idCell, p.village, "（已签）"]);
      signRows.push({ date: d, key: k });
    });
    sim.push(`B${start}:B${start + keys.length - 1}`, `C${start}:C${start + keys.length - 1}`);
  }
  // checks on poor training
  const eligible = persons.filter((p) => p.labour && !p.migrant);
  assert.strictEqual(eligible.length, 28);
  const trainedIn = new Set(signRows.filter((r) => le(r.date) && byKey[r.key].labour && !byKey[r.key].migrant && r.key.startsWith("E")).map((r) => r.key));
  assert.strictEqual(trainedIn.size, 14);
  assert(trainedIn.size * 100 >= 28 * 50 && trainedIn.size * 100 < 28 * 70);
  const signIn = signRows.filter((r) => le(r.date)).length;
  assert.strictEqual(signIn, 26);
  const ptIn = sessIn + signIn;
  assert.strictEqual(ptIn, 4858);
  assert(ptIn * 100 < 500000 && ptIn * 1000 >= 500000 * 8); // 0.97%: ≥0.8%, <1%
  const ptAll = sessAll + signRows.length;
  assert.strictEqual(ptAll, 5223);

  // --- enterprises
  const ents = [
    ["开平市侨乡优选电子商务有限公司", "电商运营服务商", "2020-06-18", null],
    ["开平市碉楼人家农产品有限公司", "销售型", "2020-06-18", null],
    ["江门市邑品汇网络科技有限公司", "平台型", "2020-06-20", null],
    ["开平市侨味坊电子商务有限公司", "销售型", "2020-07-01", null],
    ["开平市顺达快递服务有限公司", "物流快递", "2020-07-06", null],
    ["开平市马冈鹅业电子商务有限公司", "销售型", "2020-07-15", null],
    ["开平市金山火蒜专业合作社", "销售型", "2020-08-03", null],
    ["开平市赤坎古镇文创有限公司", "销售型", "2020-08-10", "2021-05-31"],
    ["开平市云仓供应链管理有限公司", "仓储物流", "2020-08-24", null],
    ["开平市乡味直播文化传媒有限公司", "直播", "2020-09-07", null],
    ["开平市水口水暖电商服务有限公司", "销售型", "2020-09-15", null],
    ["开平市塘口农品汇电子商务有限公司", "销售型", "2020-10-12", null],
    ["开平市邑通网络科技有限公司", "电商运营服务商", "2020-10-26", null],
    ["开平市百合茶叶有限公司", "销售型", "2020-11-05", null],
    ["开平市龙胜粉葛种植专业合作社", "销售型", "2020-11-18", null],
    ["开平市三埠优品网络商贸有限公司", "平台型", "2020-12-01", null],
    ["开平市侨都电商代运营有限公司", "电商运营服务商", "2021-01-11", null],
    ["开平市大沙茶园农业发展有限公司", "销售型", "2021-01-25", null],
    ["开平市苍城鱼米电子商务商行", "销售型", "2021-03-08", null],
    ["开平市侨味坊农业科技有限公司", "销售型", "2020-07-01", null], // renamed; same code as #4
    ["开平市捷运物流有限公司", "物流快递", "2021-04-19", null],
    ["开平市月山五金网销有限公司", "销售型", "2021-06-07", null],
    ["开平市潭江鲜生电子商务有限公司", "销售型", "2021-09-13", null],
  ];
  const codeR = rng(99);
  const ALNUM = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  const codes = ents.map((e, i) => (i === 18 ? "92440783" : "91440783") + "MA5" + Array.from({ length: 7 }, () => ALNUM[Math.floor(codeR() * ALNUM.length)]).join(""));
  codes[19] = codes[3];
  const inPark = new Set(ents.map((e, i) => ({ e, code: codes[i] })).filter(({ e }) => le(e[2]) && !(e[3] && le(e[3]))).map((x) => x.code));
  assert.strictEqual(inPark.size, 20);
  const er = [
    ["开平市电子商务产业园入驻企业清单"],
    ["填报单位：开平市电子商务产业园运营中心", null, null, null, "截至2021年9月15日"],
    ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注"],
  ];
  const em = ["A1:G1", "A2:D2", "E2:G2"];
  ents.forEach((e, i) => {
    const note = i === 19 ? "原“开平市侨味坊电子商务有限公司”，2021年3月更名" : i === 7 ? "合同到期退出" : i === 22 ? "9月新入驻" : null;
    er.push([i + 1, e[0], codes[i], e[1], styled(e[2], i + 1), e[3] ? dot(e[3]) : null, note]);
  });

  // --- funds
  const funds = [
    ["2020-06-30", 1200000, "县级电商公共服务中心建设（首期）", "江门侨乡优选电子商务有限公司"],
    ["2020-08-14", 1850000, "村级站点建设（第一批）", "开平市各镇人民政府"],
    ["2020-09-25", 1365000, "三级物流体系建设", "开平市捷运物流有限公司"],
    ["2020-10-30", 620000, "电商培训服务（首期）", "江门侨乡优选电子商务有限公司"],
    ["2020-11-27", 860000, "中心运营服务", "江门侨乡优选电子商务有限公司"],
    ["2020-12-18", 1540000, "村级站点建设（第二批）", "开平市各镇人民政府"],
    ["2021-01-22", 980000, "冷链物流设施", "开平市云仓供应链管理有限公司"],
    ["2021-02-05", 456800, "农产品品牌推广", "开平市邑通网络科技有限公司"],
    ["2021-03-12", 1128500, "三级物流体系建设（二期）", "开平市捷运物流有限公司"],
    ["2021-04-16", 580000, "电商培训服务（二期）", "江门侨乡优选电子商务有限公司"],
    ["2021-05-21", 1262000, "村级站点建设（第三批）", "开平市各镇人民政府"],
    ["2021-06-11", 735000, "电商产业园改造提升", "开平市三埠街道办事处"],
    ["2021-06-30", 318600, "网络促销活动", "开平市邑通网络科技有限公司"],
    ["2021-07-16", 760000, "中心运营服务（二期）", "江门侨乡优选电子商务有限公司"],
    ["2021-07-30", 527580, "农产品溯源系统", "广东粤溯科技有限公司"],
    ["2021-08-20", 411000, "站点运营维护", "开平市各镇人民政府"],
    ["2021-08-31", 642000, "电商培训服务（三期）", "江门侨乡优选电子商务有限公司"],
    ["2021-09-16", 380000, "宣传推广", "开平市融媒体中心"],
  ];
  const fundIn = funds.filter((f) => le(f[0])).reduce((a, f) => a + f[1], 0);
  const fundAll = funds.reduce((a, f) => a + f[1], 0);
  assert.strictEqual(fundIn, 15236480);
  assert(fundIn * 100 >= 20000000 * 70);
  const fr = [
    ["开平市省级电子商务进农村综合示范专项资金拨付台账"],
    ["单位：元", null, null, null, null, null, "经办：市商务局电商股"],
    ["序号", "拨付日期", "项目名称", "收款单位", "拨付金额（元）", "凭证号", "备注"],
  ];
  const fm = ["A1:G1", "A2:F2"];
  funds.forEach((f, i) => {
    let amt = f[1];
    if (i % 4 === 1) amt = commas(f[1], true);
    if (i === 7) amt = "45.68万元";
    fr.push([i + 1, styled(f[0], i), f[2], f[3], amt, `记-${2020 + (f[0] >= "2021" ? 1 : 0)}-${String(30 + i * 7).padStart(3, "0")}`, f[0] > CUT ? "考评截止后拨付" : null]);
  });
  assert.strictEqual(456800, 45.68 * 10000);
  fr.push(["合计", null, null, null, commas(fundAll, true), null, null]);
  fm.push(`A${fr.length}:D${fr.length}`);

  // --- reports
  const reps = ["2020-09-10", "2020-10-12", "2020-11-09", "2020-12-08", "2021-01-11", "2021-02-08", "2021-03-09", "2021-04-12",
    "2021-05-10", "2021-06-09", "2021-07-12", "2021-08-10", "2021-09-08"];
  const repMonths = new Set(reps.filter((d) => le(d)).map((d) => d.slice(0, 7)));
  assert(WINDOW.every((m) => repMonths.has(m)));
  const rr = [
    ["开平市电子商务进农村综合示范工作月报报送记录"],
    ["序号", "报送时间", "报送内容", "报送方式", "报送对象", "是否含电商扶贫统计"],
  ];
  const rm = ["A1:F1"];
  reps.forEach((d, i) => {
    const [y, m] = d.split("-");
    const pm = +m === 1 ? `${+y - 1}年12月` : `${y}年${+m - 1}月`;
    rr.push([i + 1, styled(d, i + 2), `${pm}份工作进展及电商统计数据`, i % 2 ? "粤政易" : "电子邮件", "江门市商务局", i === 5 ? "否" : "是"]);
  });

  // --- disclosures
  const discl = [
    ["2020-09-15", "开平市电子商务进农村综合示范项目建设进度（8月）"],
    ["2020-10-14", "开平市电子商务进农村综合示范项目建设进度（9月）"],
    ["2020-11-12", "开平市电子商务进农村综合示范项目建设进度（10月）"],
    ["2020-11-30", "开平市电子商务进农村综合示范项目基本信息（更新）"],
    ["2020-12-15", "开平市电子商务进农村综合示范项目建设进度（11月）"],
    ["2021-01-14", "开平市电子商务进农村综合示范项目建设进度（12月）"],
    ["2021-03-11", "开平市电子商务进农村综合示范项目建设进度（1—2月）"],
    ["2021-04-13", "开平市电子商务进农村综合示范项目建设进度（3月）"],
    ["2021-05-12", "开平市电子商务进农村综合示范项目建设进度（4月）"],
    ["2021-06-10", "开平市电子商务进农村综合示范项目建设进度（5月）"],
    ["2021-07-13", "开平市电子商务进农村综合示范项目建设进度（6月）"],
    ["2021-08-11", "开平市电子商务进农村综合示范项目建设进度（7月）"],
    ["2021-09-14", "开平市电子商务进农村综合示范项目建设进度（8月）"],
  ];
  const discMonths = new Set(discl.filter((d) => le(d[0])).map((d) => d[0].slice(0, 7)));
  assert.strictEqual(WINDOW.filter((m) => discMonths.has(m)).length, 11);
  assert(!discMonths.has("2021-02"));
  const dr = [
    ["开平市人民政府网站“电子商务进农村综合示范”专栏更新记录"],
    ["序号", "发布日期", "标题", "链接"],
  ];
  const dm = ["A1:D1"];
  discl.forEach(([d, t], i) => dr.push([i + 1, styled(d, i), t, `http://www.kaiping.gov.cn/zwgk/dzswjnc/content/post_${2180000 + i * 3517}.html`]));

  // --- media
  const media = [
    ["2020-11-20", "江门日报", "市级", "报纸", "开平：电商服务站开到碉楼脚下", "否", "city", false],
    ["2021-01-15", "南方+客户端", "省级", "网络", "侨乡年货“云”上卖，开平电商进农村见实效", "否", "province", false],
    ["2021-05-28", "广东广播电视台《广东新闻联播》", "省级", "电视", "开平马冈鹅搭上直播快车 贫困户家门口增收", "是", "province", true],
    ["2021-07-09", "江门广播电视台", "市级", "电视", "开平电商培训进村入户", "否", "city", true],
    ["2021-09-03", "开平市融媒体中心《开平新闻》", "县级", "电视", "我市电子商务进农村综合示范项目迎接省考评", "否", "county", true],
    ["2021-09-18", "中央电视台农业农村频道（CCTV-17）", "国家级", "电视", "侨乡开平：小网店带动大增收", "是", "national", true],
  ];
  const levelsIn = new Set(media.filter((m) => le(m[0])).map((m) => m[6]));
  assert.deepStrictEqual([...levelsIn].sort(), ["city", "province"]);
  const mr = [
    ["开平市电子商务进农村宣传报道登记表"],
    ["序号", "报道日期", "媒体", "媒体级别", "报道形式", "标题", "是否电商扶贫典型案例"],
  ];
  const mm = ["A1:G1"];
  media.forEach((m, i) => mr.push([i + 1, styled(m[0], i + 1), m[1], m[2], m[3], m[4], m[5]]));

  // --- materials
  const mat = [
    ["2021-03-15", "开平市“电商+侨乡文旅”助推农产品上行经验做法", "江门市商务局"],
    ["2021-07-20", "开平市电子商务进农村综合示范创建典型案例（马冈鹅直播带货）", "江门市商务局"],
  ];
  const ar = [
    ["开平市电子商务进农村经验材料报送登记"],
    ["序号", "报送日期", "材料名称", "报送对象"],
  ];
  const am = ["A1:D1"];
  mat.forEach((m, i) => ar.push([i + 1, i ? "2021.7.20" : D(m[0]), m[1], m[2]]));

  // --- facts sheet: 结项验收申请书
  const F = [];
  const FM = [];
  const row = (cells, merges) => { F.push(cells); const r = F.length; (merges || []).forEach((m) => FM.push(m.replace(/#/g, r))); };
  row(["附件1"]);
  row(["开平市电子商务进农村综合示范项目结项验收申请书"], ["A#:H#"]);
  row(["（2019年度省级电子商务进农村综合示范县项目）"], ["A#:H#"]);
  row(["申请单位（盖章）：开平市人民政府", null, null, null, "申请日期：2021年9月10日"], ["A#:D#", "E#:H#"]);
  row(["一、项目基本情况"], ["A#:H#"]);
  row(["项目名称", "开平市2019年省级电子商务进农村综合示范项目"], ["B#:H#"]);
  row(["实施单位", "开平市商务局", null, "项目负责人", "关××（市商务局局长）", null, "联系电话", "0750-2212×××"], ["B#:C#", "E#:F#"]);
  row(["实施期限", "2019年10月—2021年8月", null, "数据截止日期\n（省考评截止日期）", D("2021-08-31"), null, "项目总体进度", "92%"], ["B#:C#", "E#:F#"]);
  row(["常住人口", "74.85万人", null, "行政村数", "72个（另有社区居委会10个）", null, "省定贫困村", "9个"], ["B#:C#", "E#:F#"]);
  row(["组织领导", "成立开平市电子商务进农村综合示范工作领导小组（开府办函〔2019〕76号），市长任组长，常务副市长、分管副市长任副组长，市商务局、财政局、农业农村局、乡村振兴局（原扶贫办）、市场监管局、交通运输局和邮政分公司为成员单位，领导小组办公室设在市商务局。"], ["B#:H#"]);
  row(["文件制度", "印发《开平市电子商务进农村综合示范县创建工作方案》（开府办〔2019〕88号）；出台《开平市促进农村电子商务发展扶持办法》（开府办〔2020〕15号）；制定《开平市电子商务进农村综合示范项目管理办法》和《开平市电子商务进农村综合示范专项资金管理办法》，各承建单位均建立专项资金专用台账。"], ["B#:H#"]);
  row(["二、资金到位及使用情况"], ["A#:H#"]);
  row(["资金来源", "下达金额（万元）", null, "累计拨付（万元）\n截至2021年8月31日", null, "拨付率", "备注"], ["B#:C#", "D#:E#", "G#:H#"]);
  row(["省级专项资金", 2000, null, 1523.648, null, "76.18%", "粤商务电函〔2019〕29号下达"], ["B#:C#", "D#:E#", "G#:H#"]);
  assert.strictEqual(Math.round(1523.648 * 10000), fundIn);
  assert.strictEqual((fundIn / 20000000 * 100).toFixed(2), "76.18");
  row(["三、建设内容及完成情况"], ["A#:H#"]);
  row(["序号", "建设内容", null, "计划目标", null, "完成情况", null, "是否完成"], ["B#:C#", "D#:E#", "F#:G#"]);
  const items = [
    ["县级电子商务公共服务中心", "建成并投入运营，设免费培训场所", "2020年6月18日建成投入运营；设培训室1间（80座），配电脑40台、投影及直播设备，免费开展电商基础培训"],
    ["中心服务功能", "免费展示销售、摄影美工、品牌推广及其他增值服务", "农特产品展示展销区免费开放；免费提供产品拍摄、美工设计；组织“开平马冈鹅”“金山火蒜”统一推广、指导品牌建设；提供网店代开、物流对接、金融咨询等增值服务"],
    ["电商产业园", "建设或整合优化电商产业园", "整合原三埠电商孵化基地，优化提升为开平市电子商务产业园"],
    ["运营服务商", "引进专业第三方电商运营服务商", "经公开招标，由专业第三方电商运营服务商江门侨乡优选电子商务有限公司运营中心及产业园"],
    ["村级服务站点", "行政村覆盖70%以上，省定贫困村全覆盖", "建成村级站点，覆盖行政村52个，9个省定贫困村全覆盖"],
    ["物流快递", "行政村物流快递覆盖率100%", "市、镇、村三级物流配送体系建成，行政村快递覆盖率100%"],
    ["电商培训", "培训人次达常住人口1%（按50万人计，即5000人次）", "开展普及培训17期、贫困户专场3期，累计培训5,223人次"],
    ["贫困人口培训", "有劳动能力贫困人口培训率50%以上", "有劳动能力的建档立卡贫困人口（不含外出务工）28人，参训15人，培训率53.6%"],
    ["农村产品上行", "网销调研、促销活动、交易标准及冷链溯源", "完成农产品网销调研报告；举办“侨乡好物节”等网络促销活动4场；出台马冈鹅电商交易标准，建成农产品溯源系统"],
    ["信息公开", "县政府网站设专栏并按月更新", "市政府网站设“电子商务进农村综合示范”专栏，公开创建方案、项目基本信息和项目建设进度，设监督举报窗口"],
    ["数据报送", "每月向市商务局报送", "每月向江门市商务局报送工作进展，并统计报送电商扶贫情况"],
    ["宣传推广", "经验总结及媒体宣传", "报送经验材料2篇；省、市级媒体多次报道，电商扶贫典型案例获广东广播电视台、中央电视台农业农村频道播报"],
  ];
  items.forEach((it, i) => row([i + 1, it[0], null, it[1], null, it[2], null, "是"], ["B#:C#", "D#:E#", "F#:G#"]));
  assert.strictEqual((15 / 28 * 100).toFixed(1), "53.6");
  row(["四、主要绩效指标"], ["A#:H#"]);
  row(["指标", null, "单位", "2019年", "2020年", "同比增长", "数据来源"], ["A#:B#", "G#:H#"]);
  row(["农村网络零售额", null, "亿元", 8.52, 10.81, "26.9%", "省商务厅提供（商务大数据）"], ["A#:B#", "G#:H#"]);
  row(["农产品网络零售额", null, "亿元", 2.13, 2.8, "31.5%", "省商务厅提供（商务大数据）"], ["A#:B#", "G#:H#"]);
  assert.strictEqual(((10.81 / 8.52 - 1) * 100).toFixed(1), "26.9");
  assert.strictEqual(((2.8 / 2.13 - 1) * 100).toFixed(1), "31.5");
  row(["五、自评情况"], ["A#:H#"]);
  row(["评价指标", null, "分值", "评分项", null, null, "分项自评", "自评得分"], ["A#:B#", "D#:F#"]);
  // [indicator, weight, [[item, pts]...], subtotal]
  const selfTable = [
    ["组织领导", 2, [["县（市、区）政府主要领导牵头、多部门参与", 2]], 2],
    ["方案制定", 2, [["正式印发工作方案，因地制宜、可操作（1-2分）", 2]], 2],
    ["政策支持", 2, [["出台相关政策，且得到较好落实（1-2分）", 1]], 1],
    ["项目管理", 4, [["建立项目管理制度，建设、验收环节严格落实（1-2分）", 2], ["建立完整工作台账（1-2分）", 2]], 4],
    ["服务体系建设（县级中心及产业园）", 15, [["县级中心建成运营、服务功能、产业园及入驻企业（10项）", 15]], 15],
    ["服务体系建设（村级站点）", 10, [["行政村覆盖率（5分）、省定贫困村覆盖率（5分）", 10]], 10],
    ["农村产品上行", 10, [["农产品网络销售调研并形成针对性建议（1-2分）", 2], ["网络促销活动成效明显（1-2分）", 2], ["有专业第三方电商运营或服务商（1分）", 1], ["行政村物流快递覆盖率100%（1分）", 1], ["出台交易标准，建立冷链、溯源系统（1-2分）", 1], ["2020年网络零售额同比增速≥30%（2分）", 2]], 9],
    ["电商人才培训", 20, [["培训人次达常住人口1%及以上（10分）", 10], ["建档立卡贫困人口培训率50%及以上（10分）", 10]], 20],
    ["信息公开", 4, [["专栏内容全面（2分）、按月更新（2分）", 4]], 4],
    ["数据上报", 6, [["每月报送（3分）、统计电商扶贫情况（3分）", 6]], 6],
    ["案例总结", 2, [["向市商务局报送经验材料（2分）", 2]], 2],
    ["经验推广", 8, [["省级4分、市级3分、县级1分", 8]], 8],
    ["制度建立", 5, [["资金管理制度科学有效并落实（1-5分）", 5]], 5],
    ["资金台账", 5, [["资金专用台账完整清晰（1-5分）", 4]], 4],
    ["资金支出", 5, [["支出率70%以上，且根据进度及时拨付（1-5分）", 4]], 4],
    ["加分项", 4, [["建档立卡贫困人口培训率70%及以上（2分）", 0], ["电商扶贫典型案例获国家级电视媒体播报（2分）", 2]], 2],
  ];
  let claimedSum = 0;
  for (const [ind, w, its, sub] of selfTable) {
    assert.strictEqual(its.reduce((a, x) => a + x[1], 0), sub, ind);
    claimedSum += sub;
    const start = F.length + 1;
    its.forEach(([it, p], i) => {
      row([i === 0 ? ind : null, null, i === 0 ? w : null, it, null, null, p, i === 0 ? sub : null], ["D#:F#"]);
    });
    const end = F.length;
    FM.push(`A${start}:B${end}`);
    if (end > start) FM.push(`C${start}:C${end}`, `H${start}:H${end}`);
  }
  assert.strictEqual(claimedSum, 98);
  row(["一票否决项", null, "—", "发生安全生产、质量事故或重大损失；总体进度不足40%；弄虚作假", null, null, "无", "—"], ["A#:B#", "D#:F#"]);
  row(["合计", null, "100+4", null, null, null, null, 98], ["A#:B#", "D#:G#"]);
  row(["六、申请意见"], ["A#:H#"]);
  row(["我市电子商务进农村综合示范项目已按创建方案完成各项建设任务，经自评得分98分（含加分项2分），现申请结项验收。"], ["A#:H#"]);
  row([null, null, null, null, "开平市人民政府（盖章）"], ["E#:H#"]);
  row([null, null, null, null, "2021年9月10日"], ["E#:H#"]);
  row(["附件：1.村（居）委会名单　2.村级站点清单　3.普及培训登记　4.贫困户专场签到　5.贫困人口名单　6.产业园企业　7.资金拨付台账　8.月报报送记录　9.专栏更新记录　10.宣传报道　11.经验材料"], ["A#:H#"]);

  const sheets = [
    sheet("结项验收申请书", F, FM),
    sheet("附1 村居名单", vr, vm),
    sheet("附2 站点清单", sr, sm),
    sheet("附3 普及培训", tr, tm),
    sheet("附4 贫困户专场签到", sir, sim),
    sheet("附5 贫困人口名单", prr, prm),
    sheet("附6 产业园企业", er, em),
    sheet("附7 资金拨付", fr, fm),
    sheet("附8 月报报送", rr, rm),
    sheet("附9 专栏更新", dr, dm),
    sheet("附10 宣传报道", mr, mm),
    sheet("附11 经验材料", ar, am),
  ];
  const totalRows = sheets.reduce((a, s) => a + s.rows.length, 0);
  assert(totalRows <= 420, "rows " + totalRows);

  const points = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 4,
    "work.center": 15, "work.coverage": 8, "work.upward": 8, "work.training": 18,
    "info.disclosure": 3, "info.reporting": 6, "promo.cases": 2, "promo.media": 7,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  // re-derive the computed ones
  const centerPts = 2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + (inPark.size >= 20 ? 2 : 0) + (new Set(ents.filter((e, i) => inPark.has(codes[i])).map((e) => e[1])).size >= 3 ? 1 : 0);
  assert.strictEqual(centerPts, points["work.center"]);
  const covPts = (coveredSet.size * 100 >= 72 * 70 ? 5 : coveredSet.size * 100 >= 72 * 50 ? 2 : 0) + (poorCovered === 9 ? 5 : poorCovered * 100 >= 9 * 80 ? 3 : 0);
  assert.strictEqual(covPts, points["work.coverage"]);
  const upPts = 2 + 2 + 1 + (admin.every((v) => v.express) ? 1 : 0) + 1 + (280000000 * 100 >= 213000000 * 130 ? 2 : 0);
  assert.strictEqual(upPts, points["work.upward"]);
  const trPts = (ptIn * 100 >= 500000 ? 10 : ptIn * 1000 >= 500000 * 8 ? 8 : ptIn * 1000 >= 500000 * 6 ? 6 : 0) + (trainedIn.size * 100 >= 28 * 50 ? 10 : 0);
  assert.strictEqual(trPts, points["work.training"]);
  assert.strictEqual(2 + (WINDOW.every((m) => discMonths.has(m)) ? 2 : 1), points["info.disclosure"]);
  assert.strictEqual(3 + 3, points["info.reporting"]);
  const scored = Object.keys(points).filter((k) => !k.startsWith("bonus") && !k.startsWith("veto")).reduce((a, k) => a + points[k], 0);
  const bonus = points["bonus.poorTraining"] + points["bonus.tvCase"];
  assert.strictEqual(scored, 89);
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 4, "work.center": 15, "work.coverage": 10,
    "work.upward": 9, "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 2,
  };
  assert.strictEqual(Object.values(claimed).reduce((a, b) => a + b, 0), 98);

  const rowOf = (k) => signRows.findIndex((r) => r.key === k) + 1;
  const nm = (k) => `${byKey[k].name}（附4序号${rowOf(k)}）`;
  const twiceTxt = ["E5", "E6"].map(nm).join("、");
  const migTxt = signRows.filter((r) => le(r.date) && r.key.startsWith("M")).map((r) => nm(r.key)).join("、");
  const noTxt = signRows.filter((r) => le(r.date) && r.key.startsWith("N")).map((r) => nm(r.key)).join("、");
  const lateTxt = nm("E15");
  assert.strictEqual(signRows.filter((r) => le(r.date) && r.key.startsWith("X")).length, 6);
  write("counties", "b75-c1-kaiping", {
    description: "开平市（江门）商务局整本考评工作簿（12个表），事实和自评分都在市政府报江门市商务局的《结项验收申请书》里：表单式（项目基本情况标签与值成对、一行三对），资金小表（万元）、建设内容完成情况表（计划目标|完成情况|是否完成）、2019/2020年零售额小表（亿元）和按评分项拆行的自评表（分项自评+合并的自评得分，含加分项），附1—附11为台账；常住人口74.85万（培训基数封顶50万），中等偏上（90分，含加分1分，未否决；申请书自评98分）。",
    sheets,
    expect: { asOf: "2021-08-31", total: scored + Math.min(bonus, 4), bonus, vetoed: false, points, claimed },
    derivation: [
      "org.leadership: 申请书“组织领导”：市长任组长，成员含市商务局、财政局、农业农村局、乡村振兴局（原扶贫办） → 主要领导牵头且四部门齐全 → 2",
      "org.plan: 开府办〔2019〕88号印发创建方案；自评表“方案制定”分项自评2 → 2",
      "org.policy: 出台《开平市促进农村电子商务发展扶持办法》；分项自评1 → 1",
      "org.management: 自评表“项目管理”两行：管理制度2 + 工作台账2 → 4",
      "work.center: 2020-06-18投入运营（≤2021-08-31，且≤2021-02-28）2+2；免费培训场所2；展示1、摄影美工1、品牌1、增值服务1；产业园整合优化2；附6入驻企业23行：第23行2021-09-13入驻不算、第8行2021-05-31退出不算、第20行与第4行同一信用代码（更名）只算一次 → 20家 ≥20 → 2；类型 电商运营服务商/销售型/平台型/物流快递/仓储物流/直播 ≥3 → 1；合计15",
      "work.coverage: 附1 行政村72个（居委会10个不计）；附2 55个站点中：升平村站2021-09-15挂牌不算、赤坎社区站不是行政村、灵源村不在名单（警告）、强亚村两个站只算一次 → 覆盖51个行政村，51/72=70.8% ≥70% → 5；省定贫困村9个，夹水村无站，8/9=88.9%（80%–100%） → 3；合计8",
      "work.upward: 网销调研自评2 + 促销活动自评2 + 专业第三方运营服务商1 + 快递：村名单有快递列且夹水村为“否” → 0（申请书称100%，与名单不符，警告）+ 交易标准/溯源自评1 + 农产品网零2.13→2.80亿元，增速31.5% ≥30% → 2（农村网零26.9%未达标，但二者满足其一即可）；合计8",
      `work.training: 常住人口74.85万 >50万，基数取500000；附3普及培训截至8月31日16期共4832人次（第16期“2021年8月30日—31日”按结束日计入；第17期2021-09-08的362人次不计）+ 附4贫困户专场签到截至8月31日26行（第3期2021-09-09三行不计）= 4858人次，4858/500000=0.97%（0.8%–1%） → 8；贫困人口：附5名单40人，有劳动能力且未外出务工28人；其中截至8月31日在签到表出现的14人（${twiceTxt}两期各签一次只算一次；外出务工的${migTxt}、无劳动能力的${noTxt}和名单外6人不算；第3期2021-09-09新参训的${lateTxt}不算）→ 14/28=50% → 10；合计18（申请书称15人参训、5223人次，以台账为准）`,
      "info.disclosure: 申请书称专栏公开创建方案、项目基本信息、建设进度并设监督举报窗口 → 内容全面2；附9更新记录 2020-09至2021-08中2021年2月无更新（11/12个月） → 不定时更新1；合计3",
      "info.reporting: 附8月报 2020-09至2021-08每月都有报送 → 3；申请书称统计报送电商扶贫情况，附8多数月份含扶贫统计 → 3；合计6",
      "promo.cases: 附11 2021-03-15、2021-07-20向江门市商务局报送经验材料 → 2",
      "promo.media: 附10截至8月31日：省级（南方+、广东广播电视台）4 + 市级（江门日报、江门广播电视台）3；县级（开平市融媒体中心2021-09-03）和国家级（CCTV-17 2021-09-18）在截止日后不计 → 7",
      "fund.system: 制定专项资金管理办法；自评5 → 5",
      "fund.ledger: 承建单位建立资金专用台账；自评4 → 4",
      "fund.spending: 附7截至2021-08-31拨付17笔合计15,236,480元（第8笔“45.68万元”=456,800元；2021-09-16的380,000元不计）÷ 下达20,000,000元 = 76.18% ≥70% → 取及时拨付自评4 → 4",
      "bonus.poorTraining: 贫困人口培训率50% <70% → 0",
      "bonus.tvCase: 电商扶贫典型案例 2021-05-28 广东广播电视台（省级电视）播报 → 1；CCTV-17播报为2021-09-18，在截止日后不计（申请书自评2）",
      "veto.incident: 自评表一票否决项填“无”，未申报事故 → 0（不否决）",
      "veto.progress: 项目总体进度92% ≥40% → 0（不否决）",
      "veto.fraud: 未申报弄虚作假 → 0（不否决）",
      `total: 15项合计 2+2+1+4+15+8+8+18+3+6+2+7+5+4+4 = ${scored}，加分 ${bonus} → ${scored + bonus}`,
    ],
  });
}

// =====================================================================
// F1 高要区 — 运营服务商履约考核评分表
// =====================================================================
function gaoyao() {
  const R = [];
  const M = [];
  const row = (c, m) => { R.push(c); const r = R.length; (m || []).forEach((x) => M.push(x.replace(/#/g, r))); };
  row(["高要区电子商务公共服务中心运营服务商履约考核评分表"], ["A#:H#"]);
  row(["（终期考核）"], ["A#:H#"]);
  row(["被考核单位", "肇庆市粤西优品电子商务有限公司", null, null, "合同编号", "GYSW-2020-CG-006", null, null], ["B#:D#", "F#:H#"]);
  row(["服务内容", "区电子商务公共服务中心及电商产业园运营、电商培训（专业第三方电商运营服务）", null, null, "合同金额", "168万元", null, null], ["B#:D#", "F#:H#"]);
  row(["考核期间", "2020年5月6日—2021年8月31日", null, null, "考核日期", "2021年9月6日", null, null], ["B#:D#", "F#:H#"]);
  row(["考核方式", "查阅台账及签到表、现场查看、电话抽查学员"], ["B#:H#"]);
  row(["序号", "考核项目", "合同约定（考核标准）", "分值", "运营方自报情况", "区商务局核实情况", "得分", "扣分说明"]);
  const sec = (t) => row([t], ["A#:H#"]);
  sec("一、中心建设与运营（35分）");
  row([1, "中心投入运营", "2020年4月30日前建成并投入运营", 5, "2020年5月6日开业运营", "属实。中心于2020年5月6日正式投入运营，较合同约定迟6天", 4, "逾期扣1分"]);
  row([2, "运营团队", "专职运营人员不少于8人", 5, "专职9人", "属实，社保记录可查", 5, null]);
  row([3, "免费培训场所", "设培训室并配备培训设备，免费组织电商基础培训", 5, "培训室1间（60座），电脑30台，投影及直播设备", "属实，场地、设备免费使用，能组织电商基础培训", 5, null]);
  row([4, "农产品展示展销", "设特色农产品展示区，免费展示、代销", 5, "展示区180㎡，上架本地农产品126款", "属实，免费展示、代销", 5, null]);
  row([5, "摄影美工服务", "为本地电商主体免费提供产品拍摄、美工设计", 5, "全年提供拍摄、设计服务", "不属实：2021年3月起摄影棚对外按每款产品80元收费，未按约定免费提供摄影美工服务", 0, "未免费提供，扣5分"]);
  row([6, "品牌建设推广", "组织农产品统一推广，指导特色农产品品牌建设", 5, "组织“高要肉桂”“回龙蜜柚”品牌推广活动6场", "属实", 5, null]);
  row([7, "其他增值服务", "提供网店开设、金融对接、政策咨询等衍生增值服务", 5, "代开网店43家，对接小额信贷12笔", "属实", 5, null]);
  sec("二、产业园运营（15分）");
  row([8, "产业园整合优化", "整合优化区电商产业园，负责招商及入驻企业服务", 10, "已整合优化，入驻企业23家", "属实。现场核实在园企业21家（2家已退出）", 9, "台账未及时更新扣1分"]);
  row([9, "园区企业服务", "为入驻企业提供代办、对接服务", 5, "提供工商代办、物流对接", "属实", 5, null]);
  sec("三、电商培训（40分）");
  row([10, "培训人次", "累计不少于5000人次", 20, "累计培训5,326人次", "核查签到表：剔除重复签到86人次及9月2日开班的1期132人次，认定截至2021年8月31日累计培训5,108人次", 20, null]);
  row([11, "贫困人口培训", "建档立卡贫困人口参训不少于600人（不重复计人）", 10, "参训612人", "比对区乡村振兴局名单，14人非建档立卡贫困人口已剔除，认定598人", 9, "未达约定人数扣1分"]);
  row([12, "跟踪服务", "对结业学员跟踪回访，提供孵化辅导", 10, "回访学员420人", "属实", 10, null]);
  sec("四、管理与报送（10分）");
  row([13, "台账管理", "建立培训、展销、服务台账", 5, "已建立", "属实，培训台账个别期次缺照片", 4, "扣1分"]);
  row([14, "信息报送", "每月5日前向区商务局报送运营月报", 5, "按月报送", "属实", 5, null]);
  row(["合计", null, null, 100, null, null, 91, null], ["A#:C#"]);
  row(["考核结论：考核得分91分，等次为良好。依合同第八条，尾款按考核得分比例支付；摄影美工服务须于2021年9月30日前恢复免费。"], ["A#:H#"]);
  row(["考核组成员（签名）：区商务局　李××、梁××；区财政局　冯××", null, null, null, "被考核单位确认（签章）：肇庆市粤西优品电子商务有限公司"], ["A#:D#", "E#:H#"]);
  // scores add up
  const sc = R.filter((r) => typeof r[0] === "number").reduce((a, r) => a + r[6], 0);
  const mx = R.filter((r) => typeof r[0] === "number").reduce((a, r) => a + r[3], 0);
  assert.strictEqual(sc, 91);
  assert.strictEqual(mx, 100);
  write("facts", "b75-f1-gaoyao", {
    description: "高要区（肇庆）商务局对电商公共服务中心运营服务商的《履约考核评分表（终期）》当事实表交：表头块（被考核单位、合同编号、合同金额、考核期间）下是 序号|考核项目|合同约定（考核标准）|分值|运营方自报情况|区商务局核实情况|得分|扣分说明，按四节分组；事实以“区商务局核实情况”为准（培训人次、贫困人口参训数自报与核实不同，摄影美工核实为收费、非免费），“得分”是对运营商的履约分，不是考评自评分。",
    sheets: [sheet("履约考核评分表", R, M)],
    expect: {
      facts: {
        county: "高要区",
        centerOpened: "2020-05-06",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        trainingPersonTimesStated: 5108,
        trainedPoorPersonsStated: 598,
      },
      judged: {},
    },
  });
}

// =====================================================================
// F2 四会市 — 议事协调机构清理规范登记表（编办表格）
// =====================================================================
function sihui() {
  const R = [];
  const M = [];
  const row = (c, m) => { R.push(c); const r = R.length; (m || []).forEach((x) => M.push(x.replace(/#/g, r))); };
  row(["附件2"]);
  row(["四会市议事协调机构清理规范登记表"], ["A#:F#"]);
  row(["填报单位（盖章）：四会市商务局", null, null, "填报日期：2021年9月8日"], ["A#:C#", "D#:F#"]);
  row(["机构名称", "四会市电子商务进农村综合示范工作领导小组"], ["B#:F#"]);
  row(["设立依据\n（文件名称及文号）", "《四会市人民政府办公室关于成立四会市电子商务进农村综合示范工作领导小组的通知》（四府办函〔2019〕118号）"], ["B#:F#"]);
  row(["设立时间", "2019年9月", "牵头单位", "四会市商务局", "是否临时机构", "☑是　□否"]);
  const memStart = R.length + 1;
  row(["组成人员", "领导小组职务", "姓名", "单位及职务", null, "备注"], ["D#:E#"]);
  const members = [
    ["组长", "林××", "市委副书记、市长"],
    ["常务副组长", "何××", "市委常委、常务副市长"],
    ["副组长", "黄××", "副市长"],
    ["副组长", "梁××", "市商务局局长"],
    ["成员", "钟××", "市财政局局长"],
    ["成员", "陈××", "市农业农村局局长"],
    ["成员", "莫××", "市乡村振兴局局长"],
    ["成员", "邓××", "市市场监督管理局副局长"],
    ["成员", "冯××", "市交通运输局副局长"],
    ["成员", "吴××", "中国邮政集团有限公司四会市分公司总经理"],
  ];
  members.forEach((m, i) => row([null, m[0], m[1], m[2], null, i === 6 ? "2021年3月由原市扶贫办调整" : null], ["D#:E#"]));
  M.push(`A${memStart}:A${R.length}`);
  row(["办事机构", "领导小组办公室设在市商务局，办公室主任由市商务局局长梁××兼任"], ["B#:F#"]);
  row(["主要职责", "统筹推进全市电子商务进农村综合示范县创建工作，研究解决创建中的重大问题，审定项目安排和资金使用方案，督促检查各项任务落实。"], ["B#:F#"]);
  row(["运行情况\n（2019年以来）", "共召开领导小组全体会议3次、专题会议6次。审议并印发了《四会市电子商务进农村综合示范县创建工作实施方案》（四府办〔2019〕131号，2019年11月印发）、《四会市加快农村电子商务发展若干措施》（四府办〔2020〕9号）、《四会市电子商务进农村综合示范项目专项资金管理办法》（四商〔2020〕21号）。"], ["B#:F#"]);
  row(["主要工作成效", "1．市电子商务公共服务中心于2020年7月1日投入运营。\n2．全市有行政村95个，已建村级电商服务站点覆盖79个行政村，9个省定贫困村全部建站；行政村物流快递覆盖率100%。\n3．累计开展电商培训6,215人次。\n4．省级专项资金2000万元已全部下达，截至2021年8月31日累计拨付1,512.8万元，项目总体进度80%。"], ["B#:F#"]);
  row(["是否存在职能交叉", "否"], ["B#:F#"]);
  row(["清理意见", "☑保留（示范项目通过省级考评验收后撤销）　□撤销　□合并　□更名"], ["B#:F#"]);
  row(["牵头单位意见", "同意保留。\n　　　　　　　　　　　　　　　四会市商务局（盖章）\n　　　　　　　　　　　　　　　2021年9月8日"], ["B#:F#"]);
  row(["机构编制部门\n审核意见", null], ["B#:F#"]);
  row(["填表人：苏××　　联系电话：0758-3382×××　　　注：本表一式两份，报市委编办一份。"], ["A#:F#"]);
  write("facts", "b75-f2-sihui", {
    description: "四会市（肇庆）商务局填报市委编办的《议事协调机构清理规范登记表》当事实表交：公文表单（左列栏目、右侧合并的填写格），“组成人员”一栏纵向合并、内嵌 领导小组职务|姓名|单位及职务|备注 小表（市长任组长，财政、农业农村、乡村振兴等为成员），文件印发情况写在“运行情况”一段里，其余数字在“主要工作成效”一格内换行的编号句子里，“☑保留 □撤销”勾选。",
    sheets: [sheet("登记表", R, M)],
    expect: {
      facts: {
        county: "四会市",
        planIssued: true,
        policyIssued: true,
        fundSystemIssued: true,
        centerOpened: "2020-07-01",
        adminVillagesStated: 95,
        poorVillagesStated: 9,
        expressCoverage: true,
        trainingPersonTimesStated: 6215,
        fundAllocated: 20000000,
        fundSpentStated: 15128000,
        overallProgress: 0.8,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
}

// =====================================================================
// F3 兴宁市 — 廉政风险点排查及防控措施登记表
// =====================================================================
function xingning() {
  const R = [];
  const M = [];
  const row = (c, m) => { R.push(c); const r = R.length; (m || []).forEach((x) => M.push(x.replace(/#/g, r))); };
  row(["兴宁市商务局2021年度岗位廉政风险点排查及防控措施登记表"], ["A#:G#"]);
  row(["科室：电子商务股　　科室负责人：罗××　　分管领导：曾××", null, null, null, "更新时间：2021年9月2日（落实情况截至2021年8月31日）"], ["A#:D#", "E#:G#"]);
  row(["序号", "业务事项", "风险点描述", "风险等级", "防控措施", "责任人", "防控措施落实情况"]);
  const items = [
    ["示范项目决策", "重大事项个人说了算，未经集体研究", "高", "重大事项提交领导小组集体研究", "局长",
      "市电子商务进农村综合示范工作领导小组由市长任组长，成员单位有市商务局、财政局、农业农村局、乡村振兴局、市场监管局和邮政管理部门；2019年以来召开领导小组会议4次，项目安排均经会议研究。"],
    ["实施方案", "方案脱离实际，擅自调整建设内容", "中", "方案经市政府审定，调整须报批", "分管领导",
      "《兴宁市电子商务进农村综合示范县创建工作方案》经市政府常务会议审议，2019年12月以兴府办〔2019〕56号印发。"],
    ["扶持政策", "扶持对象条件设置不公、暗箱操作", "中", "申报条件、评审结果公开", "股长",
      "出台《兴宁市支持农村电子商务发展的若干措施》（兴府办〔2020〕11号），申报条件和结果在专栏公开。"],
    ["资金分配", "资金分配随意，未按规定用途安排", "高", "制定资金管理制度，集体研究分配", "分管领导",
      "制定《兴宁市省级电子商务进农村综合示范专项资金管理办法》（兴商〔2020〕7号）。"],
    ["资金拨付", "超进度拨付、未验收先拨付", "高", "凭验收报告、发票拨付，财政审核", "股长",
      "省级专项资金下达2,000万元，截至8月31日按进度累计拨付1,647.36万元，拨付率82.4%，每笔均附验收报告和发票。"],
    ["资金核算", "账目不清、挤占挪用", "高", "建立专项资金专用台账", "股长",
      "各承建单位及本股均设专项资金专用台账，按项目分户登记，每季度与财政局对账。"],
    ["政府采购", "规避招标、围标串标", "高", "公开招标，纪检派驻组监督", "分管领导",
      "中心运营、物流配送、培训服务3个包均公开招标；中心由专业第三方电商运营服务商运营。"],
    ["站点建设补助", "虚报站点、重复申领补助", "中", "镇、市两级验收并公示", "经办人",
      "全市行政村479个，已建成并验收站点352个；省定贫困村58个全部建站。补助名单已公示。"],
    ["培训组织", "虚报培训人次、冒名签到", "中", "逐人签到登记身份证号，电话抽查", "经办人",
      "累计培训8,912人次，签到表均可查；有劳动能力的建档立卡贫困人口（不含外出务工）3,266人，已参训1,721人。"],
    ["信息公开", "公开不及时、不全面", "低", "专栏公开，按月更新", "经办人",
      "市政府网站设“电子商务进农村综合示范”专栏，公开创建方案、项目基本信息，每月更新项目建设进度；专栏设“监督举报”窗口（电话、邮箱）。"],
    ["数据报送", "数据失真、迟报漏报", "中", "数据经股长、分管领导审核后报送", "股长",
      "每月向梅州市商务局报送工作进展，同步报送电商扶贫统计（贫困户培训、带动增收情况）。"],
    ["考评自评", "虚报成绩、弄虚作假", "高", "佐证材料逐项核对，三级审核", "局长",
      "自评材料经股室、分管领导、局长三级审核，未发现弄虚作假问题。"],
    ["安全生产", "中心及仓储场所安全隐患", "中", "每季度开展安全检查", "股长",
      "中心、物流仓储场所每季度安全检查，示范创建以来未发生安全生产、质量事故。"],
  ];
  items.forEach((it, i) => row([i + 1, ...it]));
  row(["注：风险等级分高、中、低三级；落实情况由责任人填写，分管领导审核。"], ["A#:G#"]);
  row(["填表人：刘××", null, null, null, "审核人：曾××"], ["A#:D#", "E#:G#"]);
  assert.strictEqual((1647.36 / 2000 * 100).toFixed(1), "82.4");
  write("facts", "b75-f3-xingning", {
    description: "兴宁市（梅州）商务局电商股的《岗位廉政风险点排查及防控措施登记表》当事实表交：序号|业务事项|风险点描述|风险等级|防控措施|责任人|防控措施落实情况（截至8月31日），事实都在最后一列的句子里（领导小组组长与成员单位、方案与政策文号、资金下达与拨付、专用台账、第三方运营、村数与站点、培训人次与贫困人口、专栏内容、扶贫统计、未发现弄虚作假、未发生事故），“拨付率82.4%”不是项目总体进度。",
    sheets: [sheet("廉政风险防控", R, M)],
    expect: {
      facts: {
        county: "兴宁市",
        planIssued: true,
        policyIssued: true,
        fundSystemIssued: true,
        fundAllocated: 20000000,
        fundSpentStated: 16473600,
        fundLedgerKept: true,
        thirdPartyOperator: true,
        adminVillagesStated: 479,
        poorVillagesStated: 58,
        trainingPersonTimesStated: 8912,
        eligiblePoorPersonsStated: 3266,
        trainedPoorPersonsStated: 1721,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        vetoFraud: false,
        vetoIncident: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
}

// =====================================================================
// L1 遂溪县 — EMS 寄件登记（月报）+ 结业学员跟踪回访台账（培训）
// =====================================================================
function suixi() {
  const note = [
    ["说　　明"],
    ["1．本册收录电商股两份工作登记，供考评组核对月报报送和培训学员跟踪服务情况。"],
    ["2．《EMS寄送登记》摘自局办公室机要（EMS）寄件登记簿，只摘录电商股经办的寄件；湛江市商务局要求月报电子版经粤政易报送后，盖章纸质件当月寄出。"],
    ["3．《学员回访台账》由县电子商务公共服务中心运营方填写，电商股每季度抽查。"],
    ["遂溪县商务局电子商务股　2021年9月"],
  ];
  // reports: [date canonical, date cell, unit, title, content, toCity]
  const mails = [
    ["2020-09-08", D("2020-09-08"), "湛江市商务局", "遂溪县2020年8月份电子商务进农村综合示范工作进展情况", "工作进展、电商扶贫统计", true, "2020.9.9"],
    ["2020-09-21", "2020.9.21", "广东省商务厅电子商务处", "遂溪县省级电子商务进农村综合示范县中期评估自评材料", "中期评估材料", false, "2020.9.23"],
    ["2020-10-12", "2020.10.12", "湛江市商务局", "遂溪县2020年9月份电子商务进农村综合示范工作进展情况", "工作进展、电商扶贫统计", true, "2020.10.13"],
    ["2020-11-09", "2020/11/9", "湛江市商务局", "遂溪县2020年10月份电子商务进农村综合示范工作进展情况", "工作进展", true, "2020.11.10"],
    ["2020-12-08", "2020年12月8日", "湛江市商务局", "遂溪县2020年11月份电子商务进农村综合示范工作进展情况", "工作进展、电商扶贫统计", true, "2020.12.9"],
    ["2020-12-28", "2020.12.28", "湛江市财政局", "遂溪县2020年省级专项资金绩效自评表", "绩效自评", false, "2020.12.29"],
    ["2021-01-11", D("2021-01-11"), "湛江市商务局", "遂溪县2020年12月份工作进展及全年工作总结", "工作进展、电商扶贫统计", true, "2021.1.12"],
    ["2021-02-08", "2021.2.8", "湛江市商务局", "遂溪县2021年1月份电子商务进农村综合示范工作进展情况", "工作进展", true, "2021.2.9"],
    ["2021-03-09", "2021.3.9", "湛江市商务局", "遂溪县2021年2月份电子商务进农村综合示范工作进展情况", "工作进展、电商扶贫统计", true, "2021.3.10"],
    ["2021-04-12", "2021.4.12", "湛江市商务局", "遂溪县2021年3月份电子商务进农村综合示范工作进展情况", "工作进展、电商扶贫统计", true, "2021.4.13"],
    ["2021-05-10", "21.5.10", "湛江市商务局", "遂溪县2021年4月份电子商务进农村综合示范工作进展情况", "工作进展", true, "21.5.11"],
    ["2021-06-08", "2021.6.8", "湛江市商务局", "遂溪县2021年5月份电子商务进农村综合示范工作进展情况", "工作进展、电商扶贫统计", true, "2021.6.9"],
    ["2021-07-07", D("2021-07-07"), "湛江市商务局", "遂溪县2021年6月份电子商务进农村综合示范工作进展情况", "工作进展、电商扶贫统计", true, "2021.7.8"],
    ["2021-08-31", "2021.8.31", "湛江市商务局", "遂溪县2021年7月份电子商务进农村综合示范工作进展情况", "工作进展、电商扶贫统计", true, "2021.9.1"],
    ["2021-09-07", "2021.9.7", "湛江市商务局", "遂溪县2021年8月份电子商务进农村综合示范工作进展情况", "工作进展、电商扶贫统计", true, "2021.9.8"],
  ];
  const er = [
    ["遂溪县商务局机要文件寄送登记簿（EMS）"],
    ["（摘录电商股经办件　2020年9月—2021年9月）"],
    ["序号", "寄件日期", "邮件号码", "收件单位", "文件名称", "报送内容", "份数", "经办人", "妥投日期", "备注"],
  ];
  const em = ["A1:J1", "A2:J2"];
  mails.forEach((m, i) => {
    er.push([i + 1, m[1], `EA${String(702315000 + i * 48137).padStart(9, "0")}CN`, m[2], m[3], m[4], m[2] === "广东省商务厅电子商务处" ? 2 : 1, i % 3 === 0 ? "陈×" : "黄××", m[6],
      i === 13 ? "7月份模板调整，延至8月31日寄出" : null]);
  });
  er.push(["注：寄件日期为交寄当日，以邮政揽收回执为准；妥投日期据EMS查询结果补记。"]);
  em.push(`A${er.length}:J${er.length}`);
  const reportRecords = mails.filter((m) => m[5]).map((m) => ({ date: m[0], poverty: m[4].includes("电商扶贫") }));
  assert.strictEqual(reportRecords.length, 13);

  // training follow-up ledger
  const sessions = [
    ["第3期", "2020-10-15", "2020.10.15", 5],
    ["第5期", "2020-12-03", "20201203", 4],
    ["第8期", "2021-03-18", D("2021-03-18"), 5],
    ["第11期", "2021-06-09", "2021年6月9日", 4],
    ["第14期", "2021-08-27", "21.8.27", 4],
    ["第15期", "2021-09-02", "2021.9.2", 3],
  ];
  const n = sessions.reduce((a, s) => a + s[3], 0);
  assert.strictEqual(n, 25);
  const ids = mkIds("440823", 24, 2323, [7, 15]);
  const SURN = ["陈", "黄", "林", "吴", "杨", "庞", "梁", "谭", "邓", "全", "洪", "钟"];
  const GIV = ["海燕", "国强", "小玲", "志明", "秀兰", "文杰", "美玲", "永生", "春梅", "建华", "丽萍", "德福", "少华", "玉珍"];
  const nr = rng(1357);
  const people = ids.map((id) => ({ id, name: SURN[Math.floor(nr() * SURN.length)] + GIV[Math.floor(nr() * GIV.length)] }));
  // person 4 attends twice (第3期 and 第8期)
  const seqPeople = [];
  let p = 0;
  sessions.forEach((s, si) => {
    for (let k = 0; k < s[3]; k++) {
      if (si === 2 && k === 1) seqPeople.push(people[3]);
      else seqPeople.push(people[p++]);
    }
  });
  assert.strictEqual(p, 24);
  const tr = [
    ["遂溪县农村电商培训结业学员跟踪回访台账"],
    ["填报单位：遂溪县电子商务公共服务中心", null, null, null, null, null, null, "更新至：2021年10月15日"],
    ["序号", "学员姓名", "公民身份号码", "参训情况", null, "跟踪回访情况", null, null, null, "回访人"],
    [null, null, null, "期次", "培训日期", "回访日期", "回访方式", "目前从业情况", "需求及帮扶措施", null],
  ];
  const tm = ["A1:J1", "A2:G2", "H2:J2", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:I3", "J3:J4"];
  const follow = ["开设网店，月销约3000元", "在镇站点做站长助理", "跟随合作社直播带货", "未联系上（电话停机）", "外出务工", "尚未从业，有开店意向",
    "经营农资店，兼做线上销售", "在家种植菠萝，尝试社群销售"];
  const needs = ["网店运营指导", "推荐参加直播实训", "对接物流优惠", "—", "—", "推荐小额贷款", "产品拍摄", "包装设计"];
  const recs = [];
  let idx = 0;
  sessions.forEach((s) => {
    const start = tr.length + 1;
    for (let k = 0; k < s[3]; k++) {
      const per = seqPeople[idx];
      let idCell = per.id;
      if (idx === 7) idCell = per.id.replace("X", "x");
      if (idx === 12) idCell = per.id.slice(0, 6) + "********" + per.id.slice(14);
      const fdate = new Date(Date.parse(s[1]) + (20 + k * 9) * 86400000).toISOString().slice(0, 10);
      tr.push([idx + 1, per.name, idCell, k === 0 ? s[0] : null, k === 0 ? s[2] : null, dot(fdate), ["电话", "上门", "微信"][(idx + k) % 3],
        follow[idx % follow.length], needs[idx % needs.length], ["吴××", "谭××"][idx % 2]]);
      const recId = idx === 12 ? per.id.slice(0, 6) + "********" + per.id.slice(14) : per.id;
      recs.push({ date: s[1], personTimes: 1, id: recId });
      idx++;
    }
    const end = tr.length;
    tm.push(`D${start}:D${end}`, `E${start}:E${end}`);
  });
  tr.push(["注：第8期第2名学员为第3期学员再次参训；回访日期晚于培训日期，统计参训以“培训日期”为准。"]);
  tm.push(`A${tr.length}:J${tr.length}`);
  // one X id must survive, lowercase written, upper-case expected
  assert(recs[7].id.endsWith("X"));
  assert(recs[12].id.includes("********"));
  // the repeated trainee
  assert.strictEqual(recs.filter((r) => r.id === people[3].id).length, 2);

  write("ledgers", "b75-l1-suixi", {
    description: "遂溪县（湛江）商务局电商股交的两张“借来的登记”加说明页：①局办公室《机要文件寄送登记簿（EMS）》摘录当月报台账——寄件日期|邮件号码|收件单位|文件名称|报送内容|份数|经办人|妥投日期|备注，混有寄省商务厅、市财政局的件（不是向市商务局的报送），7月份月报8月31日寄出、9月1日妥投（以寄件日期为准）；②县电商中心《结业学员跟踪回访台账》当培训签到——两行表头（“参训情况”“跟踪回访情况”分组），期次和培训日期按期纵向合并，另有回访日期列，一人两期各占一行，身份证号有小写x和打码。",
    sheets: [
      sheet("说明", note),
      sheet("EMS寄送登记", er, em),
      sheet("学员回访台账", tr, tm),
    ],
    expect: {
      sheets: {
        "说明": { kind: null },
        "EMS寄送登记": { kind: "reports", records: reportRecords },
        "学员回访台账": { kind: "training", records: recs },
      },
    },
  });
}

// =====================================================================
// L2 清新区 — 驻村第一书记名单（贫困村）+ 产业园分户电表（企业）+ 网站发稿三审登记（专栏更新）
// =====================================================================
function qingxin() {
  // poor villages
  const pv = [
    ["太平镇", "秦皇村", "广州市海珠区发展和改革局", "何××", "海珠区发改局四级主任科员", 3, "2019.5"],
    ["太平镇", "龙湾村委会", "广州市海珠区卫生健康局", "朱××", "海珠区卫健局一级科员", 3, "2019.5"],
    ["山塘镇", "白湖村", "清远市清新区人民法院", "罗××", "区法院执行局副局长", 2, "2019.5"],
    ["山塘镇", "石龙村", "广州市海珠区城市管理局", "黎××", "海珠区城管局四级主任科员", 3, "2019.5"],
    ["三坑镇", "布锦村", "清远市清新区财政局", "吴××", "区财政局股长", 2, "2019.5"],
    ["龙颈镇", "南冲村委会", "广州市海珠区教育局", "谢××", "海珠区教育局二级主任科员", 3, "2019.5"],
    ["龙颈镇", "石坎村", "清远市清新区交通运输局", "邱××", "区交通运输局副股长", 2, "2021.5（轮换）"],
    ["禾云镇", "鱼坝村", "广州市海珠区住房和建设局", "冯××", "海珠区住建局四级主任科员", 3, "2019.5"],
    ["禾云镇", "高桥村", "清远市清新区农业农村局", "区××", "区农业农村局农艺师", 2, "2019.5"],
    ["浸潭镇", "黄洞村", "广州市海珠区民政局", "梁××", "海珠区民政局一级科员", 4, "2019.5"],
    ["浸潭镇", "新洲村民委员会", "清远市清新区商务局", "朱××", "区商务局电商股副股长", 2, "2021.5（轮换）"],
    ["石潭镇", "大冚村", "广州市海珠区市场监督管理局", "张××", "海珠区市场监管局科员", 3, "2019.5"],
  ];
  const members = pv.reduce((a, v) => a + v[5] + 1, 0);
  const vr = [
    ["清远市清新区省定贫困村驻村第一书记及工作队名单"],
    ["（区乡村振兴局提供，2021年8月更新）"],
    ["序号", "镇", "省定贫困村", "对口帮扶单位", "第一书记", "原单位及职务", "工作队员（人）", "进驻时间", "备注"],
  ];
  const vm = ["A1:I1", "A2:I2"];
  let town = null;
  let tstart = 0;
  pv.forEach((v, i) => {
    const first = v[0] !== town;
    if (first) {
      if (town && vr.length + 1 - tstart > 1) vm.push(`B${tstart}:B${vr.length}`);
      town = v[0];
      tstart = vr.length + 1;
    }
    vr.push([i + 1, first ? v[0] : null, v[1], v[2], v[3], v[4], v[5], v[6],
      v[6].includes("轮换") ? "原第一书记任期届满轮换" : null]);
  });
  if (vr.length + 1 - tstart > 1) vm.push(`B${tstart}:B${vr.length}`);
  vr.push(["合计", null, `${pv.length}个`, null, `${pv.length}人`, null, pv.reduce((a, v) => a + v[5], 0), null, `驻村干部共${members}人`]);
  vm.push(`A${vr.length}:B${vr.length}`);
  vr.push(["注：对口帮扶单位中“广州市海珠区”为珠三角对口帮扶单位，其余为本区帮扶单位。"]);
  vm.push(`A${vr.length}:I${vr.length}`);
  const pvRecords = pv.map((v) => ({ name: v[1] }));
  assert.strictEqual(pvRecords.length, 12);

  // enterprises via meter accounts
  const ALNUM = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  const cr = rng(4411);
  const code = (pre) => pre + "MA5" + Array.from({ length: 7 }, () => ALNUM[Math.floor(cr() * ALNUM.length)]).join("");
  // [room, meter, name, code|null, type, open cell, open canon, close cell, close canon, note, isEnterprise]
  const meters = [
    ["1F-101", "0101", "公共照明（一层走廊）", null, "公共", "2020.5.8", null, null, null, "公共表计", false],
    ["1F-102", "0102", "清远市清新区禾云好物电子商务有限公司", code("91441803"), "农产品网店", D("2020-05-18"), "2020-05-18", null, null, null, true],
    ["1F-103", "0103", "清远市顺通快递服务有限公司清新分公司", code("91441803"), "快递物流", "2020.5.20", "2020-05-20", null, null, null, true],
    ["1F-104", "0104", "广东清新云仓供应链管理有限公司", code("91441803"), "仓储", "2020年6月1日", "2020-06-01", null, null, null, true],
    ["1F-105", "0105", "公共直播间（共享）", null, "公共", "2020.6.1", null, null, null, "运营中心代管", false],
    ["2F-201", "0201", "清远市清新区鸡司令农业发展有限公司", code("91441803"), "销售（清远鸡网销）", "2020.6.15", "2020-06-15", "2021.3.31", "2021-03-31", "退租迁出园区", true],
    ["2F-201", "0201", "清远市山里红电子商务有限公司", code("91441803"), "代运营", "2021.4.6", "2021-04-06", null, null, "接201房，过户开新户", true],
    ["2F-202", "0202", "清远市清新区乐购村电商平台有限公司", code("91441803"), "平台", "2020.6.20", "2020-06-20", null, null, null, true],
    ["2F-203", "0203", "清远市冰泉直播电商有限公司", code("91441803"), "直播电商", "2020-07-02", "2020-07-02", null, null, null, true],
    ["2F-204", "0204", "清远市清新区农友网络科技有限公司", code("91441803"), "电商运营服务", "20200715", "2020-07-15", null, null, null, true],
    ["2F-205", "0205", "物业服务中心", null, "公共", "2020.5.8", null, null, null, "运营中心自用", false],
    ["3F-301", "0301", "清远市清新区笋尖尖食品有限公司", code("91441803"), "网络零售", "2020.8.3", "2020-08-03", null, null, null, true],
    ["3F-302", "0302", "清新区石潭豆腐坊", code("92441803"), "销售", D("2020-09-01"), "2020-09-01", null, null, "个体工商户", true],
    ["3F-303", "0303", "广东连心农产品供应链有限公司", code("91441803"), "仓储物流", "2020.10.16", "2020-10-16", "2021年8月20日", "2021-08-20", "合同到期退出", true],
    ["3F-304", "0304", "清远市清新区溪谷文化传媒有限公司", code("91441803"), "设计摄影", "2021.1.8", "2021-01-08", null, null, null, true],
    ["3F-305", "0305", "清远市清新区美丽乡愁电子商务有限公司", code("91441803"), "农产品网店", "2021.9.6", "2021-09-06", null, null, "9月新入驻", true],
  ];
  const mr = [
    ["清新区电子商务产业园分户电表登记表"],
    ["管理单位：清新区电子商务产业园运营中心", null, null, null, null, "登记截至：2021年9月10日"],
    ["电商股注：园区企业入驻当天办理通电开户、退出当天销户，开户日期、销户日期即入驻日期、退出日期；“公共”类表计不属入驻企业。"],
    ["序号", "楼层/房号", "电表编号", "户名", "统一社会信用代码", "经营类别", "开户日期", "销户日期", "备注"],
  ];
  const mm = ["A1:I1", "A2:E2", "F2:I2", "A3:I3"];
  meters.forEach((m, i) => mr.push([i + 1, m[0], "QX-DB-" + m[1], m[2], m[3] || "—", m[4], m[5], m[7], m[9]]));
  const entRecords = meters.filter((m) => m[10]).map((m) => ({ name: m[2], type: m[4], entered: m[6], left: m[8] }));
  assert.strictEqual(entRecords.length, 13);

  // disclosures via 三审 register
  const arts = [
    ["清新区电子商务进农村综合示范项目建设进度（2020年8月）", "专栏", "9月4日", "9月4日", "9月7日", D("2020-09-08"), "2020-09-08", null],
    ["区商务局开展“消费扶贫月”线上展销活动", "工作动态", "9月18日", "9月18日", "9月21日", "2020.9.21", null, null],
    ["清新区电子商务进农村综合示范项目建设进度（2020年9月）", "专栏", "10月10日", "10月12日", "10月12日", "2020.10.13", "2020-10-13", null],
    ["关于公开征求《清新区电子商务进农村综合示范项目验收办法》意见的通知", "专栏", "10月23日", "10月26日", "10月27日", "2020.10.28", "2020-10-28", null],
    ["清新区电子商务进农村综合示范项目建设进度（2020年10月）", "专栏", "11月6日", "11月9日", "11月9日", "2020.11.10", "2020-11-10", null],
    ["清新区电子商务进农村综合示范项目建设进度（2020年11月）", "专栏", "12月7日", "12月8日", "12月8日", "2020年12月9日", "2020-12-09", null],
    ["全区电商培训走进浸潭镇", "工作动态", "12月15日", "12月16日", "12月16日", "2020.12.17", null, null],
    ["清新区电子商务进农村综合示范项目建设进度（2020年12月）", "专栏", "1月8日", "1月11日", "1月11日", "2021/1/12", "2021-01-12", null],
    ["清新区电子商务进农村综合示范项目建设进度（2021年1月）", "专栏", "2月5日", "2月7日", null, null, null, "复审退回：数据未经核对，不予发布，并入下月"],
    ["清新区电子商务进农村综合示范项目建设进度（2021年1—2月）", "专栏", "3月5日", "3月8日", "3月9日", "2021.3.10", "2021-03-10", null],
    ["清新区电子商务进农村综合示范项目建设进度（2021年3月）", "专栏", "4月6日", "4月8日", "4月8日", "2021.4.9", "2021-04-09", null],
    ["清新区电子商务进农村综合示范项目建设进度（2021年4月）", "专栏", "5月7日", "5月10日", "5月10日", D("2021-05-11"), "2021-05-11", null],
    ["清新区电子商务进农村综合示范项目基本信息公示（更新）", "专栏", "5月21日", "5月24日", "5月25日", "2021.5.26", "2021-05-26", null],
    ["清新区电子商务进农村综合示范项目建设进度（2021年5月）", "专栏", "6月4日", "6月7日", "6月7日", "2021.6.8", "2021-06-08", null],
    ["清新区电子商务进农村综合示范项目建设进度（2021年6月）", "专栏", "7月8日", "7月9日", "7月12日", "2021.7.12", "2021-07-12", null],
    ["清新区电子商务进农村综合示范项目建设进度（2021年7月）", "专栏", "8月5日", "8月9日", "8月9日", "2021.8.10", "2021-08-10", null],
    ["清新区电子商务进农村综合示范项目建设进度（2021年8月）", "专栏", "9月3日", "9月7日", "9月7日", "2021.9.8", "2021-09-08", null],
  ];
  const dr = [
    ["清新区商务局政府网站信息发布“三审”登记表"],
    ["（摘录：拟发区政府网站“电子商务进农村综合示范”专栏及本局“工作动态”栏目的稿件，2020年9月—2021年9月）"],
    ["序号", "稿件标题", "发布栏目", "初审（股室负责人）", "复审（分管领导）", "终审（签发）", "网站发布日期", "备注"],
  ];
  const dm = ["A1:H1", "A2:H2"];
  arts.forEach((a, i) => {
    const col = a[1] === "专栏" ? "专题专栏—电子商务进农村综合示范" : "区商务局—工作动态";
    dr.push([i + 1, a[0], col, a[2], a[3], a[4], a[5], a[7]]);
  });
  dr.push(["说明：初审、复审、终审栏填审核日期；“网站发布日期”以网站实际上线日期为准，未发布的不填。"]);
  dm.push(`A${dr.length}:H${dr.length}`);
  const discRecords = arts.filter((a) => a[1] === "专栏" && a[6]).map((a) => ({ date: a[6] }));
  assert.strictEqual(discRecords.length, 14);

  write("ledgers", "b75-l2-qingxin", {
    description: "清远市清新区商务局电商股交的三张“借来的表”：①区乡村振兴局《省定贫困村驻村第一书记及工作队名单》当省定贫困村清单（镇纵向合并、帮扶单位与第一书记列、合计行和注，村名有“村委会”“村民委员会”写法）；②产业园运营中心《分户电表登记表》当入驻企业清单（房号|电表编号|户名|信用代码|经营类别|开户日期|销户日期，表头上方电商股注明开户/销户即入驻/退出，混有公共照明、共享直播间、物业等公共表计，同一房号先后两户）；③局《政府网站信息发布“三审”登记表》当专栏更新记录（初审/复审/终审日期只写月日，只有“专题专栏”且有网站发布日期的才是专栏更新，“工作动态”稿和退回未发稿不算）。",
    sheets: [
      sheet("驻村第一书记名单", vr, vm),
      sheet("园区分户电表", mr, mm),
      sheet("网站发稿三审登记", dr, dm),
    ],
    expect: {
      sheets: {
        "驻村第一书记名单": { kind: "poorVillages", records: pvRecords },
        "园区分户电表": { kind: "enterprises", records: entRecords },
        "网站发稿三审登记": { kind: "disclosures", records: discRecords },
      },
    },
  });
}

kaiping();
gaoyao();
sihui();
xingning();
suixi();
qingxin();
console.log("batch75 written");
