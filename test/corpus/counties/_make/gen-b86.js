"use strict";
// Batch 86 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
const fs = require("fs");
const assert = require("assert");

// ---------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------
function colNum(letters) {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
function parseRef(ref) {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  assert(m, "bad ref " + ref);
  return { c: colNum(m[1]), r: Number(m[2]) };
}
function checkSheet(sheet) {
  const rows = sheet.rows;
  assert(Array.isArray(rows) && rows.length > 0, sheet.name + ": no rows");
  const width = Math.max(...rows.map((r) => r.length));
  rows.forEach((r, i) => {
    assert(Array.isArray(r), sheet.name + " row " + (i + 1));
    for (const v of r) {
      const ok = v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean" ||
        (v && typeof v === "object" && typeof v.date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v.date));
      assert(ok, sheet.name + " row " + (i + 1) + " bad cell " + JSON.stringify(v));
    }
  });
  const seen = [];
  for (const m of sheet.merges || []) {
    const [a, b] = m.split(":");
    const p = parseRef(a), q = parseRef(b);
    assert(p.r <= q.r && p.c <= q.c, sheet.name + ": merge order " + m);
    assert(q.r <= rows.length, sheet.name + ": merge " + m + " below grid (" + rows.length + " rows)");
    assert(q.c <= width, sheet.name + ": merge " + m + " right of grid (" + width + " cols)");
    for (const o of seen) {
      const overlap = !(q.r < o.p.r || p.r > o.q.r || q.c < o.p.c || p.c > o.q.c);
      assert(!overlap, sheet.name + ": merges overlap " + m + " / " + o.m);
    }
    seen.push({ p, q, m });
    // cells covered by a merge (other than its top-left) must be empty
    for (let r = p.r; r <= q.r; r++) {
      for (let c = p.c; c <= q.c; c++) {
        if (r === p.r && c === p.c) continue;
        const row = rows[r - 1] || [];
        const v = row[c - 1];
        assert(v === null || v === undefined, sheet.name + ": merge " + m + " hides a value at row " + r + " col " + c);
      }
    }
  }
}
function pad(rows, width) {
  return rows.map((r) => {
    const out = r.slice();
    while (out.length < width) out.push(null);
    assert(out.length === width, "row wider than " + width + ": " + JSON.stringify(r));
    return out;
  });
}
function writeCase(folder, file, obj) {
  for (const s of obj.sheets) checkSheet(s);
  const dir = path.join(ROOT, folder);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, file), JSON.stringify(obj, null, 2) + "\n", "utf8");
  console.log("wrote " + folder + "/" + file);
}

// deterministic pseudo-random numbers
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 8) / 16777216;
  };
}
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHK = "10X98765432";
function idCheck(first17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * W[i];
  return CHK[sum % 11];
}
// an 18-character ID; wantX: true → last char X, false → a digit, undefined → any
function makeId(region, rand, wantX) {
  for (;;) {
    const y = 1958 + Math.floor(rand() * 45);
    const mo = 1 + Math.floor(rand() * 12);
    const d = 1 + Math.floor(rand() * 28);
    const seq = String(Math.floor(rand() * 1000)).padStart(3, "0");
    const body = region + y + String(mo).padStart(2, "0") + String(d).padStart(2, "0") + seq;
    const c = idCheck(body);
    if (wantX === true && c !== "X") continue;
    if (wantX === false && c === "X") continue;
    return body + c;
  }
}
function toFullWidth(s) {
  return String(s).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}
function serial(iso) {
  // Excel serial number for a date (1900 system)
  const t = Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
  return Math.round(t / 86400000) + 25569;
}
const CUT = "2021-08-31";
function le(d, cut) {
  // d: "YYYY-MM-DD" or "YYYY-MM"; a month counts when it is not after the cut-off month
  return d.length === 7 ? d <= cut.slice(0, 7) : d <= cut;
}
function sum(a) {
  return a.reduce((x, y) => x + y, 0);
}

// ===========================================================================
// COUNTY: 潮州市湘桥区 — 区政府常务会议议题申报表 + 附件2-1…2-11 台账
// ===========================================================================
(function county() {
  const R = rng(86001);
  const sheets = [];

  // ---- villages ----------------------------------------------------------
  const towns = [
    ["意溪镇", ["东郊", "西郊", "坪埔", "象山", "锡美", "寨仔", "桥头", "头塘", "河内", "中津", "溪口"], ["意东", "意西"]],
    ["官塘镇", ["官塘", "秋溪", "白水", "桂坑", "石湖", "新乡", "庵头", "大坑", "田头", "西山"], ["官塘"]],
    ["铁铺镇", ["铁铺", "坑门", "石板", "田东", "大巷", "石鼓", "坑美", "新径", "顶厝", "溪美"], ["铁铺"]],
    ["磷溪镇", ["磷溪", "英山", "仙河", "厚洋", "旸山", "云步", "西林", "凤塘", "埔头"], ["磷溪"]],
    ["桥东街道", [], ["东津", "社光"]],
    ["城西街道", [], ["城西"]],
    ["凤新街道", [], ["凤新"]],
    ["西湖街道", [], ["西湖"]],
  ];
  const poorSet = new Set(["白水", "坑门", "英山"]);
  const vRows = [
    ["附件2-1　湘桥区村（居）民委员会名单", null, null, null, null, null, null],
    ["资料来源：区民政局（2021年6月）；省定贫困村由区乡村振兴局核定；快递进村由区邮政管理部门核实。", null, null, null, null, null, null],
    ["序号", "镇（街道）", "村（居）委会名称", "类别", "省定贫困村", "快递进村", "备注"],
  ];
  const vMerges = ["A1:G1", "A2:G2"];
  const adminVillages = [];
  let n = 0;
  for (const [town, vils, comms] of towns) {
    const start = vRows.length + 1;
    let first = true;
    for (const v of vils) {
      n++;
      vRows.push([n, first ? town : null, v + "村委会", "村委会", poorSet.has(v) ? "是" : "否", "√", null]);
      adminVillages.push(v);
      first = false;
    }
    for (const c of comms) {
      n++;
      vRows.push([n, first ? town : null, c + "社区居委会", "居委会", "—", "√", "社区，不属行政村"]);
      first = false;
    }
    const end = vRows.length;
    if (end > start) vMerges.push("B" + start + ":B" + end);
  }
  vRows.push([null, "合计", "村委会40个、居委会10个", null, "省定贫困村3个", null, null]);
  vRows.push(["注：快递进村指行政村设有快递收投点或邮政代投，居委会均已通快递。", null, null, null, null, null, null]);
  vMerges.push("A" + vRows.length + ":G" + vRows.length);
  assert.strictEqual(adminVillages.length, 40);
  sheets.push({ name: "附件2-1 村居名单", rows: vRows, merges: vMerges });

  // ---- stations ----------------------------------------------------------
  // [town, village as written in the station list, key village, date cell, iso date]
  const st = [
    ["意溪镇", "东郊村", "东郊", "2020.10.16", "2020-10-16"],
    ["意溪镇", "东郊村（二站）", "东郊", "2021.4.2", "2021-04-02"],
    ["意溪镇", "西郊村委会", "西郊", { date: "2020-10-16" }, "2020-10-16"],
    ["意溪镇", "坪埔村民委员会", "坪埔", "2020年11月", "2020-11"],
    ["意溪镇", "象山村", "象山", serial("2020-11-20"), "2020-11-20"],
    ["意溪镇", "锡美村", "锡美", "20201208", "2020-12-08"],
    ["意溪镇", "寨仔村", "寨仔", "21.3.5", "2021-03-05"],
    ["意溪镇", "桥头村", "桥头", "2021/3/5", "2021-03-05"],
    ["意溪镇", "头塘村委会", "头塘", "2021年5月18日", "2021-05-18"],
    ["意溪镇", "意东社区", null, "2020.10.16", "2020-10-16"],
    ["官塘镇", "官塘村", "官塘", "2020.9.25", "2020-09-25"],
    ["官塘镇", "秋溪村", "秋溪", "2020.9.25", "2020-09-25"],
    ["官塘镇", "白水村", "白水", { date: "2020-11-03" }, "2020-11-03"],
    ["官塘镇", "桂坑村民委员会", "桂坑", "2020.12.1", "2020-12-01"],
    ["官塘镇", "石湖村", "石湖", "2021.1.12", "2021-01-12"],
    ["官塘镇", "新乡村", "新乡", "2021年6月", "2021-06"],
    ["官塘镇", "庵头村", "庵头", "2021.8.31", "2021-08-31"],
    ["铁铺镇", "铁铺村", "铁铺", "2020.10.9", "2020-10-09"],
    ["铁铺镇", "铁铺村（农批市场站）", "铁铺", "2020.12.18", "2020-12-18"],
    ["铁铺镇", "铁铺社区", null, "2020.12.18", "2020-12-18"],
    ["铁铺镇", "坑门村", "坑门", serial("2020-10-27"), "2020-10-27"],
    ["铁铺镇", "石板村委会", "石板", "20.11.16", "2020-11-16"],
    ["铁铺镇", "田东村", "田东", "2021.2.24", "2021-02-24"],
    ["铁铺镇", "大巷村", "大巷", "2021年3月26日", "2021-03-26"],
    ["铁铺镇", "石鼓村", "石鼓", "2021.4.20", "2021-04-20"],
    ["铁铺镇", "坑美村民委员会", "坑美", { date: "2021-07-09" }, "2021-07-09"],
    ["磷溪镇", "磷溪村", "磷溪", "2020.11.11", "2020-11-11"],
    ["磷溪镇", "仙河村", "仙河", "2020.11.11", "2020-11-11"],
    ["磷溪镇", "厚洋村", "厚洋", "2021.1.6", "2021-01-06"],
    ["磷溪镇", "旸山村委会", "旸山", "21.4.9", "2021-04-09"],
    ["磷溪镇", "西林村", "西林", "2021年7月", "2021-07"],
    ["磷溪镇", "凤塘村", "凤塘", "2021.8.20", "2021-08-20"],
    ["磷溪镇", "英山村", "英山", "2021.9.6", "2021-09-06"],
    ["磷溪镇", "云步村", "云步", "2021年9月", "2021-09"],
  ];
  const sRows = [
    ["附件2-2　湘桥区村级电子商务服务站点清单", null, null, null, null, null, null, null, null],
    ["填报单位：湘桥区商务局　　更新日期：2021年9月8日", null, null, null, null, null, null, null, null],
    ["序号", "站点名称", "镇", "所在村（社区）", "挂牌时间", "运营主体", "负责人", "联系电话", "备注"],
  ];
  const surnames = ["陈", "林", "黄", "李", "蔡", "许", "郑", "吴", "刘", "杨", "谢", "张", "王", "洪", "余", "翁"];
  const given = ["伟强", "少玲", "泽锋", "丽娟", "俊杰", "秀英", "锦鸿", "佳敏", "文辉", "晓婷", "楚生", "木兰", "家豪", "婉仪", "振宇", "碧珊", "建华", "淑贞", "志明", "雪梅"];
  const person = () => surnames[Math.floor(R() * surnames.length)] + given[Math.floor(R() * given.length)];
  const phone = () => "13" + String(5 + Math.floor(R() * 5)) + String(Math.floor(R() * 1e8)).padStart(8, "0");
  st.forEach((s, i) => {
    const [town, vil, key, cell] = s;
    const nm = vil.replace(/（.*?）/, "").replace(/村民委员会|村委会/, "村");
    let remark = null;
    if (vil.includes("二站")) remark = "同村第二个站点";
    if (key === null) remark = "设在社区";
    if (vil === "英山村") remark = "9月新挂牌";
    if (vil === "云步村") remark = "9月挂牌，具体日期待补";
    sRows.push([i + 1, "湘桥区" + town + nm.replace(/社区$/, "社区") + "电商服务站" + (vil.includes("（") ? vil.slice(vil.indexOf("（")) : ""),
      town, vil.replace(/（.*?）/, ""), cell, i % 3 === 0 ? "中国邮政湘桥区分公司" : "潮州市凤城电商运营服务有限公司", person(), phone(), remark]);
  });
  sRows.push(["注：挂牌时间按镇上报原样录入。", null, null, null, null, null, null, null, null]);
  sheets.push({ name: "附件2-2 站点清单", rows: sRows, merges: ["A1:I1", "A2:I2", "A" + sRows.length + ":I" + sRows.length] });
  const coveredSet = new Set(st.filter((s) => s[2] !== null && le(s[4], CUT) && adminVillages.includes(s[2])).map((s) => s[2]));
  const coveredCount = coveredSet.size;
  const poorCovered = [...poorSet].filter((v) => coveredSet.has(v)).length;
  assert.strictEqual(coveredCount, 28);
  assert.strictEqual(poorCovered, 2);
  const villageBase = Math.min(adminVillages.length, 200);
  const ptsVillage = coveredCount * 100 >= villageBase * 70 ? 5 : coveredCount * 100 >= villageBase * 50 ? 2 : 0;
  const ptsPoorV = poorCovered === poorSet.size ? 5 : poorCovered * 100 >= poorSet.size * 80 ? 3 : 0;
  assert.strictEqual(ptsVillage, 5);
  assert.strictEqual(ptsPoorV, 0);

  // ---- training sessions ---------------------------------------------------
  // [期次, date cell, iso end date, theme, place, 人次 cell, 人次 number]
  const ses = [
    ["第1期", "2020.9.17", "2020-09-17", "农村电商基础知识普及", "意溪镇文化站", 352, 352],
    ["第2期", "2020.10.22", "2020-10-22", "网店开设与运营", "官塘镇政府会议室", 318, 318],
    ["第3期", { date: "2020-11-19" }, "2020-11-19", "农产品拍摄与美工", "区电商公共服务中心", 365, 365],
    ["第4期", "2020年12月10日", "2020-12-10", "农村电商普及（铁铺镇）", "铁铺镇文化站", 301, 301],
    ["第5期", "2021.1.14", "2021-01-14", "短视频营销", "区电商公共服务中心", 296, 296],
    ["第6期", "2021.3.18", "2021-03-18", "单丛茶网销实务", "意溪镇文化站", 388, 388],
    ["第7期", "2021.4.15", "2021-04-15", "直播带货入门", "区电商公共服务中心", 342, 342],
    ["第8期", "2021.5.13", "2021-05-13", "农村电商普及（磷溪镇）", "磷溪镇政府会议室", 356, 356],
    ["第9期", "2021.6.10", "2021-06-10", "潮州特产网店运营", "区电商公共服务中心", toFullWidth("320"), 320],
    ["第10期", "2021.6.29", "2021-06-29", "电商客服与售后", "区电商公共服务中心", "335人次", 335],
    ["第11期", "2021.7.15", "2021-07-15", "农村电商普及（官塘镇）", "官塘镇政府会议室", 362, 362],
    ["第12期", "2021.8.12", "2021-08-12", "社群营销", "区电商公共服务中心", 347, 347],
    ["第13期", "2021.8.30-31", "2021-08-31", "电商带头人提升班（两天）", "区电商公共服务中心", 368, 368],
    ["第14期", "2021.9.2", "2021-09-02", "农村电商普及（意溪镇）", "意溪镇文化站", 300, 300],
  ];
  const tRows = [
    ["附件2-3　湘桥区电子商务普及培训开展情况（按期次）", null, null, null, null, null, null],
    ["说明：贫困户专场培训另见附件2-4签到表，不在本表统计。", null, null, null, null, null, null],
    ["期次", "培训日期", "培训主题", "培训地点", "培训对象", "参训人次", "备注"],
  ];
  for (const s of ses) tRows.push([s[0], s[1], s[3], s[4], "农户、合作社、返乡青年", s[5], s[0] === "第13期" ? "8月30日至31日两天班" : null]);
  const sesTotal = sum(ses.map((s) => s[6]));
  tRows.push(["合计", null, null, null, null, sesTotal, "14期"]);
  tRows.push(["填表：区电商公共服务中心　　审核：区商务局电商股", null, null, null, null, null, null]);
  sheets.push({ name: "附件2-3 普及培训", rows: tRows, merges: ["A1:G1", "A2:G2", "A" + tRows.length + ":G" + tRows.length] });
  const sesIn = sum(ses.filter((s) => le(s[2], CUT)).map((s) => s[6]));
  assert.strictEqual(sesIn, 4450);

  // ---- poor persons + special sign-in ------------------------------------
  const REG = "445102";
  const mk = (tag, wantX) => ({ tag, name: person(), id: makeId(REG, R, wantX) });
  const E = [], M = [], N = [], X = [];
  for (let i = 1; i <= 20; i++) E.push(mk("E" + i, i === 9 ? true : false));
  for (let i = 1; i <= 5; i++) M.push(mk("M" + i, false));
  for (let i = 1; i <= 5; i++) N.push(mk("N" + i, false));
  for (let i = 1; i <= 6; i++) X.push(mk("X" + i, false));
  const allIds = [...E, ...M, ...N, ...X].map((p) => p.id);
  assert.strictEqual(new Set(allIds).size, allIds.length);
  assert(E[8].id.endsWith("X"));
  const vilOf = (i) => ["白水", "坑门", "英山", "秋溪", "石板", "厚洋"][i % 6];
  const townOf = { 白水: "官塘镇", 秋溪: "官塘镇", 坑门: "铁铺镇", 石板: "铁铺镇", 英山: "磷溪镇", 厚洋: "磷溪镇" };
  // poor-person list, mixed order
  const order = [E[0], E[1], M[0], E[2], N[0], E[3], E[4], M[1], E[5], E[6], N[1], E[7], E[8], M[2], E[9], E[10], N[2], E[11], E[12], M[3], E[13], E[14], N[3], E[15], E[16], M[4], E[17], E[18], N[4], E[19]];
  const labourWord = ["有劳动能力", "普通劳动力", "技能劳动力"];
  const pRows = [
    ["附件2-5　湘桥区建档立卡贫困人口劳动力情况名单", null, null, null, null, null, null, null],
    ["资料来源：区乡村振兴局（国扶系统，2021年6月）", null, null, null, null, null, null, null],
    ["序号", "镇", "村", "姓名", "身份证号码", "劳动能力", "是否外出务工", "备注"],
  ];
  order.forEach((p, i) => {
    const v = vilOf(i);
    let labour, mig, rem = null;
    if (p.tag[0] === "E") { labour = labourWord[i % 3]; mig = "否"; }
    else if (p.tag[0] === "M") { labour = labourWord[(i + 1) % 3]; mig = "是"; rem = ["广州务工", "深圳务工", "东莞务工", "佛山务工", "汕头务工"][Number(p.tag.slice(1)) - 1]; }
    else { labour = i % 2 ? "丧失劳动能力" : "无劳动能力"; mig = "—"; }
    pRows.push([i + 1, townOf[v], v + "村", p.name, p.id, labour, mig, rem]);
  });
  sheets.push({ name: "附件2-5 贫困人口", rows: pRows, merges: ["A1:H1", "A2:H2"] });
  const eligible = new Set(E.map((p) => p.id));

  const sessions = [
    ["2020年12月16日", "2020-12-16", [E[0], E[1], E[2], E[3], E[4], E[5], E[6], M[0], M[1], N[0], X[0], X[1]]],
    ["2021.6.23", "2021-06-23", [E[0], E[1], E[7], E[8], E[9], M[2], X[2], X[3], E[4], N[1], X[4], X[5]]],
    ["2021.9.8", "2021-09-08", [E[10], E[11], E[12], M[3]]],
  ];
  const gRows = [
    ["附件2-4　湘桥区建档立卡贫困户电商专场培训签到表", null, null, null, null, null, null],
    ["序号", "培训日期", "姓名", "身份证号码", "所在村", "签名", "备注"],
  ];
  const gMerges = ["A1:G1"];
  let k = 0;
  for (const [cell, , people] of sessions) {
    const start = gRows.length + 1;
    people.forEach((p, j) => {
      k++;
      let id = p.id;
      if (p === E[8]) id = id.slice(0, 17) + "x";
      const v = p.tag[0] === "X" ? ["东郊", "官塘", "铁铺"][j % 3] : vilOf(order.indexOf(p));
      gRows.push([k, j === 0 ? cell : null, p.name, id, v + "村", p.name, p.tag[0] === "X" ? "边缘易致贫户" : null]);
    });
    gMerges.push("B" + start + ":B" + gRows.length);
  }
  gRows.push(["注：专场培训在区电商公共服务中心举办，每场一天。", null, null, null, null, null, null]);
  gMerges.push("A" + gRows.length + ":G" + gRows.length);
  sheets.push({ name: "附件2-4 专场签到", rows: gRows, merges: gMerges });
  const signIn = sessions.filter((s) => le(s[1], CUT)).reduce((a, s) => a + s[2].length, 0);
  assert.strictEqual(signIn, 24);
  const trainedSet = new Set();
  for (const s of sessions) if (le(s[1], CUT)) for (const p of s[2]) if (eligible.has(p.id)) trainedSet.add(p.id);
  const trained = trainedSet.size;
  assert.strictEqual(eligible.size, 20);
  assert.strictEqual(trained, 10);
  const resident = 468500;
  const personTimes = sesIn + signIn;
  assert.strictEqual(personTimes, 4474);
  const base = Math.min(resident, 500000);
  const ptsTimes = personTimes * 100 >= base ? 10 : personTimes * 1000 >= base * 8 ? 8 : personTimes * 1000 >= base * 6 ? 6 : 0;
  assert.strictEqual(ptsTimes, 8);
  const ptsPoorRate = trained * 100 >= eligible.size * 50 ? 10 : trained * 100 >= eligible.size * 40 ? 8 : trained * 100 >= eligible.size * 30 ? 6 : 0;
  assert.strictEqual(ptsPoorRate, 10);
  const bonusPoor = trained * 100 >= eligible.size * 70 ? 2 : 0;
  assert.strictEqual(bonusPoor, 0);
  // stated figure in the 议题单 (includes the September session and sign-ins)
  const statedTimes = sesTotal + sessions.reduce((a, s) => a + s[2].length, 0);
  assert.strictEqual(statedTimes, 4778);

  // ---- enterprises -------------------------------------------------------
  const code = () => "91445102MA" + Array.from({ length: 8 }, () => "0123456789ABCDEFGHJKLMNPQRTUWXY"[Math.floor(R() * 31)]).join("");
  const ent = [
    ["潮州市湘桥区韩江云商电子商务有限公司", "平台型", "2020.6.8", "2020-06-08", null, null, "A101"],
    ["潮州市湘桥区意溪木雕网络销售有限公司", "销售型", "2020.6.8", "2020-06-08", null, null, "A103"],
    ["潮州市凤城电商运营服务有限公司", "电商运营服务商", { date: "2020-06-15" }, "2020-06-15", null, null, "A105"],
    ["潮州市湘桥区顺达快递有限公司", "物流企业", "2020.6.20", "2020-06-20", null, null, "A107"],
    ["潮州市湘桥区单丛茶叶网店", "销售型", "2020年7月", "2020-07", null, null, "A109"],
    ["潮州市湘桥区老香黄食品电子商务有限公司", "销售型", "20200716", "2020-07-16", null, null, "A111"],
    ["潮州市湘桥区陶瓷直播电商有限公司", "直播电商", "2020.8.3", "2020-08-03", "2021.5.31", "2021-05-31", "A113"],
    ["潮州市湘桥区磷溪农品汇网络科技有限公司", "销售型", "2020.8.18", "2020-08-18", null, null, "A115"],
    ["潮州市湘桥区潮绣文创电子商务有限公司", "销售型", "2020.9.7", "2020-09-07", null, null, "A117"],
    ["潮州市湘桥区云仓供应链管理有限公司", "物流企业", "2020.9.22", "2020-09-22", null, null, "A119"],
    ["潮州市湘桥区官塘鲜果网店", "销售型", "2020.10.12", "2020-10-12", null, null, "A121"],
    ["潮州市湘桥区韩茗茶业有限公司", "销售型", "2020.10.26", "2020-10-26", null, null, "A123"],
    ["潮州市湘桥区潮味坊食品网络销售部", "销售型", "2020.11.9", "2020-11-09", "2021.3.15", "2021-03-15", "A125"],
    ["潮州市湘桥区意溪电商代运营工作室", "电商运营服务商", "2020.11.23", "2020-11-23", null, null, "A127"],
    ["潮州市湘桥区铁铺农产品专业合作社网店", "销售型", "2020.12.7", "2020-12-07", null, null, "A129"],
    ["潮州市湘桥区牌坊街文旅电子商务有限公司", "平台型", "2021.1.11", "2021-01-11", null, null, "B201"],
    ["潮州市湘桥区韩江云商电子商务有限公司", "平台型", "2021.3.1", "2021-03-01", null, null, "B205"],
    ["潮州市湘桥区红桃粿食品电商有限公司", "销售型", "2021.3.22", "2021-03-22", null, null, "B207"],
    ["潮州市湘桥区枫溪网络直播基地有限公司", "直播电商", "2021.4.12", "2021-04-12", null, null, "B209"],
    ["潮州市湘桥区潮州菜预制菜网店", "销售型", "2021.5.10", "2021-05-10", "2021.9.15", "2021-09-15", "B211"],
    ["潮州市湘桥区速递通物流有限公司", "物流企业", "2021.6.7", "2021-06-07", null, null, "B213"],
    ["潮州市湘桥区西湖文创设计工作室", "电商服务（摄影美工）", "2021.7.5", "2021-07-05", null, null, "B215"],
    ["潮州市湘桥区潮汕牛肉丸网络销售有限公司", "销售型", "2021.8.23", "2021-08-23", null, null, "B217"],
    ["潮州市湘桥区鸭母捻甜品电子商务有限公司", "销售型", "2021.9.6", "2021-09-06", null, null, "B219"],
  ];
  const codes = {};
  const eRows = [
    ["附件2-6　湘桥电商产业园入驻企业清单", null, null, null, null, null, null, null],
    ["序号", "企业名称", "统一社会信用代码", "企业类型", "房号", "入驻时间", "退出时间", "备注"],
  ];
  ent.forEach((e, i) => {
    if (!codes[e[0]]) codes[e[0]] = (e[0].includes("网店") || e[0].includes("工作室") || e[0].includes("销售部")) ? "92" + code().slice(2) : code();
    let rem = null;
    if (i === 16) rem = "由A101迁至B205（同一企业换房）";
    if (e[5]) rem = e[5] > CUT ? "9月退园" : "已退园";
    if (e[3] > CUT) rem = "9月新入驻";
    eRows.push([i + 1, e[0], codes[e[0]], e[1], e[6], e[2], e[4] === null ? "—" : e[4], rem]);
  });
  sheets.push({ name: "附件2-6 产业园企业", rows: eRows, merges: ["A1:H1"] });
  const inPark = new Map();
  for (const e of ent) if (le(e[3], CUT) && !(e[5] && e[5] <= CUT)) inPark.set(codes[e[0]], e[1]);
  assert.strictEqual(inPark.size, 20);
  const norm = (t) => /平台/.test(t) ? "平台型" : /销售|零售|网店/.test(t) ? "销售型" : /运营|服务商/.test(t) ? "电商运营商" : /物流|快递|仓储/.test(t) ? "物流企业" : t;
  const types = new Set([...inPark.values()].map(norm));
  assert(types.size >= 3);

  // ---- funds (元) ----------------------------------------------------------
  const fund = [
    ["2020.7.20", "2020-07-20", "区电商公共服务中心建设（首期）", "潮州市凤城电商运营服务有限公司", 800000, 800000, "湘商资-01", null],
    ["2020.9.28", "2020-09-28", "村级电商服务站点建设（第一批）", "中国邮政集团有限公司潮州市分公司", "520,000.00", 520000, "湘商资-02", null],
    ["2020.12.25", "2020-12-25", "电商培训服务（第一期）", "潮州市凤城电商运营服务有限公司", 280000, 280000, "湘商资-03", null],
    [{ date: "2021-01-26" }, "2021-01-26", "区镇村三级物流配送体系建设", "潮州市湘桥区云仓供应链管理有限公司", 600000, 600000, "湘商资-04", null],
    ["2021.3.30", "2021-03-30", "区电商公共服务中心建设（二期）", "潮州市凤城电商运营服务有限公司", "450,000.00", 450000, "湘商资-05", null],
    ["2021.5.21", "2021-05-21", "站点（第一批）验收核减退回", "中国邮政集团有限公司潮州市分公司", -48000, -48000, "湘商资-06", "承建单位退回，冲减支出"],
    ["2021.6.25", "2021-06-25", "村级电商服务站点建设（第二批）", "中国邮政集团有限公司潮州市分公司", 380000, 380000, "湘商资-07", null],
    ["2021.7.28", "2021-07-28", "电商培训服务（第二期）", "潮州市凤城电商运营服务有限公司", "190,000.00", 190000, "湘商资-08", null],
    ["2021年8月", "2021-08", "“湘桥好物”区域品牌推广", "潮州市韩江文化传媒有限公司", 125400, 125400, "湘商资-09", "8月下旬支付，日期见凭证"],
    ["2021.8.31", "2021-08-31", "电商产业园公共配套", "潮州市凤城电商运营服务有限公司", 215000, 215000, "湘商资-10", null],
    ["2021.9.1", "2021-09-01", "村级站点建设尾款", "中国邮政集团有限公司潮州市分公司", 420000, 420000, "湘商资-11", null],
  ];
  const fRows = [
    ["附件2-7　湘桥区省级电子商务进农村综合示范专项资金拨付台账", null, null, null, null, null, null],
    ["填报单位：湘桥区财政局、区商务局　　省级下达资金：5,000,000元", null, null, null, null, null, null],
    ["序号", "拨付日期", "项目内容", "收款单位", "拨付金额（元）", "凭证号", "备注"],
  ];
  fund.forEach((f, i) => fRows.push([i + 1, f[0], f[2], f[3], f[4], f[6], f[7]]));
  const fundAll = sum(fund.map((f) => f[5]));
  fRows.push(["合计", null, null, null, fundAll.toLocaleString("en-US") + ".00", null, null]);
  fRows.push(["制表：区商务局电商股　　复核：区财政局经建股", null, null, null, null, null, null]);
  sheets.push({ name: "附件2-7 资金台账", rows: fRows, merges: ["A1:G1", "A2:G2", "A" + (fRows.length - 1) + ":D" + (fRows.length - 1), "A" + fRows.length + ":G" + fRows.length] });
  const spent = sum(fund.filter((f) => le(f[1], CUT)).map((f) => f[5]));
  assert.strictEqual(spent, 3512400);
  const allocated = 5000000;
  assert(spent * 100 >= allocated * 70);
  const ptsSpending = spent * 100 >= allocated * 70 ? 4 /* judged */ : -5;

  // ---- reports -------------------------------------------------------------
  const rep = [
    ["2020.8.6", "2020-08-06", "2020年7月份"],
    ["2020.9.7", "2020-09-07", "2020年8月份"],
    ["2020.10.9", "2020-10-09", "2020年9月份"],
    ["2020.11.6", "2020-11-06", "2020年10月份"],
    [{ date: "2020-12-04" }, "2020-12-04", "2020年11月份"],
    ["2020.12.31", "2020-12-31", "2020年12月份及全年"],
    ["2021.2.2", "2021-02-02", "2021年1月份"],
    ["2021.3.4", "2021-03-04", "2021年2月份"],
    ["2021年4月7日", "2021-04-07", "2021年3月份"],
    ["2021.5.8", "2021-05-08", "2021年4月份"],
    ["2021.6.4", "2021-06-04", "2021年5月份"],
    ["2021.7.6", "2021-07-06", "2021年6月份"],
    ["2021.8.5", "2021-08-05", "2021年7月份"],
    ["2021.9.3", "2021-09-03", "2021年8月份"],
  ];
  const rRows = [
    ["附件2-8　湘桥区向潮州市商务局报送电商进农村工作月报登记", null, null, null, null],
    ["序号", "报送日期", "报送内容", "报送方式", "含电商扶贫统计"],
  ];
  rep.forEach((r, i) => rRows.push([i + 1, r[0], r[2] + "电子商务进农村工作月报", "粤政易", i === 4 ? "×" : "√"]));
  rRows.push(["注：2020年12月份月报因年底工作安排提前于12月31日报送。", null, null, null, null]);
  sheets.push({ name: "附件2-8 月报登记", rows: rRows, merges: ["A1:E1", "A" + rRows.length + ":E" + rRows.length] });
  const windowMonths = [];
  for (let y = 2020, m = 9; y < 2021 || m <= 8; m++) {
    if (m > 12) { m = 1; y++; }
    windowMonths.push(y + "-" + String(m).padStart(2, "0"));
    if (y === 2021 && m === 8) break;
  }
  assert.strictEqual(windowMonths.length, 12);
  const repMonths = new Set(rep.map((r) => r[1].slice(0, 7)).filter((m) => windowMonths.includes(m)));
  assert.strictEqual(repMonths.size, 11);
  assert(!repMonths.has("2021-01"));
  const ptsReportReg = repMonths.size === 12 ? 3 : repMonths.size > 0 ? 1 : 0;

  // ---- disclosures -----------------------------------------------------------
  const dis = [
    ["2020.8.28", "2020-08-28", "湘桥区电子商务进农村综合示范县（区）建设实施方案"],
    ["2020.9.25", "2020-09-25", "湘桥区电子商务进农村综合示范项目基本信息公示"],
    [serial("2020-10-29"), "2020-10-29", "项目建设进度（2020年10月）"],
    ["2020.11.26", "2020-11-26", "项目建设进度（2020年11月）"],
    [{ date: "2020-12-30" }, "2020-12-30", "项目建设进度（2020年12月）"],
    ["2021.1.28", "2021-01-28", "项目建设进度（2021年1月）"],
    ["2021.2.25", "2021-02-25", "项目建设进度（2021年2月）"],
    ["2021-03-30", "2021-03-30", "项目建设进度（2021年3月）"],
    ["2021.4.28", "2021-04-28", "项目建设进度（2021年4月）"],
    ["2021年5月27日", "2021-05-27", "项目建设进度（2021年5月）"],
    ["2021.6.29", "2021-06-29", "项目建设进度（2021年6月）"],
    ["2021.7.29", "2021-07-29", "项目建设进度（2021年7月）"],
    ["2021.8.27", "2021-08-27", "项目建设进度（2021年8月）"],
  ];
  const dRows = [
    ["附件2-9　湘桥区政府门户网站“电子商务进农村综合示范”专栏更新记录", null, null, null],
    ["序号", "发布日期", "标题", "链接"],
  ];
  dis.forEach((d, i) => dRows.push([i + 1, d[0], d[2], "http://www.xiangqiao.gov.cn/zwgk/dsjnc/content/post_" + (381200 + i * 37) + ".html"]));
  dRows.push(["专栏设“监督举报”窗口：电话0768-2xxxxxx，邮箱xqswj@xxx.gov.cn。", null, null, null]);
  sheets.push({ name: "附件2-9 专栏更新", rows: dRows, merges: ["A1:D1", "A" + dRows.length + ":D" + dRows.length] });
  const disMonths = new Set(dis.map((d) => d[1].slice(0, 7)).filter((m) => windowMonths.includes(m)));
  assert.strictEqual(disMonths.size, 12);

  // ---- media -----------------------------------------------------------------
  const med = [
    ["2020.11.12", "2020-11-12", "湘桥发布（区融媒体中心）", "区级", "网络", "湘桥首批村级电商服务站挂牌", "否"],
    ["2021年1月20日", "2021-01-20", "潮州日报", "市级", "报纸", "湘桥：电商服务站开到村口", "否"],
    ["2021.4.8", "2021-04-08", "南方日报", "省级", "报纸", "潮州湘桥：单丛茶搭上“电商快车”", "否"],
    [{ date: "2021-07-22" }, "2021-07-22", "广东广播电视台珠江频道《珠江新闻眼》", "省级", "电视", "坑门村：贫困户直播卖茶脱贫", "是"],
    ["2021.9.10", "2021-09-10", "中央广播电视总台CCTV-2《第一时间》", "国家级", "电视", "潮州古城边的电商村", "是"],
  ];
  const mRows = [
    ["附件2-10　湘桥区电子商务进农村宣传报道清单", null, null, null, null, null, null],
    ["序号", "报道日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"],
  ];
  med.forEach((m, i) => mRows.push([i + 1, m[0], m[2], m[3], m[4], m[5], m[6]]));
  sheets.push({ name: "附件2-10 宣传报道", rows: mRows, merges: ["A1:G1"] });
  const levels = new Set(med.filter((m) => le(m[1], CUT)).map((m) => m[3]));
  const ptsMedia = (levels.has("省级") || levels.has("国家级") ? 4 : 0) + (levels.has("市级") ? 3 : 0) + (levels.has("区级") ? 1 : 0);
  assert.strictEqual(ptsMedia, 8);
  const tvIn = med.filter((m) => le(m[1], CUT) && m[4] === "电视" && m[6] === "是");
  const bonusTv = tvIn.some((m) => m[3] === "国家级") ? 2 : tvIn.some((m) => m[3] === "省级") ? 1 : 0;
  assert.strictEqual(bonusTv, 1);

  // ---- materials -------------------------------------------------------------
  const mat = [
    ["2021.6.18", "2021-06-18", "湘桥区“单丛茶＋电商”助农增收经验做法", "潮州市商务局"],
    ["2021年9月6日", "2021-09-06", "湘桥区电子商务进农村综合示范创建工作总结", "潮州市商务局"],
  ];
  const tRows2 = [
    ["附件2-11　湘桥区经验材料报送登记", null, null, null, null],
    ["序号", "报送日期", "材料名称", "报送单位", "报送方式"],
  ];
  mat.forEach((m, i) => tRows2.push([i + 1, m[0], m[2], m[3], "粤政易"]));
  sheets.push({ name: "附件2-11 经验材料", rows: tRows2, merges: ["A1:E1"] });
  const ptsCases = mat.some((m) => le(m[1], CUT)) ? 2 : 0;
  assert.strictEqual(ptsCases, 2);

  // ---- 议题申报表 (facts + claimed) ------------------------------------------
  const F = [];
  const FM = [];
  const row = (cells) => { F.push(cells); return F.length; };
  let r0 = row(["潮州市湘桥区人民政府常务会议议题申报表", null, null, null, null, null]); FM.push("A" + r0 + ":F" + r0);
  r0 = row(["编号：湘府常议〔2021〕37号", null, null, "申报日期：2021年9月6日", null, null]); FM.push("A" + r0 + ":C" + r0, "D" + r0 + ":F" + r0);
  r0 = row(["议题名称", "关于湘桥区2019年省级电子商务进农村综合示范创建考评自评情况的汇报", null, null, null, null]); FM.push("B" + r0 + ":F" + r0);
  row(["提请单位", "区商务局", "汇报人", "区商务局局长 黄××", "联系人", "电商股 陈××（0768-2xxxxxx）"]);
  r0 = row(["列席单位", "区财政局、区农业农村局、区乡村振兴局、区统计局、区市场监管局、中国邮政湘桥区分公司", null, null, null, null]); FM.push("B" + r0 + ":F" + r0);
  r0 = row(["议题来源", "《广东省商务厅关于开展2019年省级电子商务进农村综合示范创建考评工作的通知》（粤商务电函〔2021〕101号）；潮州市商务局要求9月15日前报送自评报告", null, null, null, null]); FM.push("B" + r0 + ":F" + r0);
  row(["是否经合法性审查", "否（不涉及）", "是否需公开", "是", "是否涉密", "否"]);
  const paras = [
    "一、基本情况（数据截至2021年8月31日，即省考评截止日）。湘桥区辖意溪、官塘、铁铺、磷溪4个镇和桥东、城西、凤新、西湖等街道，共有40个行政村、10个社区，其中省定贫困村3个；全区常住人口46.85万人（第七次全国人口普查）。2019年我区被确定为省级电子商务进农村综合示范县（区），省级下达专项资金500万元。",
    "二、组织领导。成立以区长为组长、分管副区长为副组长的区电子商务进农村综合示范工作领导小组，区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局、区交通运输局、中国邮政湘桥区分公司等为成员单位；2020年4月正式印发《湘桥区电子商务进农村综合示范县（区）建设实施方案》，2020年7月出台《湘桥区促进农村电子商务发展扶持办法》。",
    "三、服务体系建设。区电子商务公共服务中心于2021年3月2日正式投入运营，由潮州市凤城电商运营服务有限公司专业运营，至今运营已满半年；中心设免费培训室（电脑50台），能组织电商基础培训，为特色农产品提供免费展示、销售服务，为电商主体提供免费摄影、美工服务，组织“湘桥好物”统一推广、指导特色农产品品牌建设，并提供融资对接、网店代运营等其他增值服务。整合建成湘桥电商产业园，入驻企业22家，涵盖平台型、销售型、电商运营服务商、物流企业等类型。已建村级电商服务站点34个，行政村覆盖率70%，3个省定贫困村全覆盖。",
    "四、农村产品上行。2020年全区农村网络零售额12.6亿元，同比增长27.4%；农产品网络零售额3.82亿元，同比增长31.2%（省商务厅反馈数）。引入专业第三方运营服务商，行政村物流快递覆盖率100%；制定潮州单丛茶、老香黄等4项农产品电商交易标准，冷链、溯源系统正在建设。",
    "五、电商人才培训。截至目前累计开展电商普及培训14期、建档立卡贫困户专场培训3场，共" + statedTimes.toLocaleString("en-US") + "人次；有劳动能力的建档立卡贫困人口（不含外出务工）培训率50%。",
    "六、信息公开和数据报送。在区政府门户网站设立“电子商务进农村综合示范”专栏，公示创建方案、项目基本信息和项目建设进度，设立监督举报窗口（电话、邮箱），每月更新；每月向市商务局报送工作进展和电商扶贫统计数据。",
    "七、宣传推广。向市商务局报送经验材料2份；南方日报、广东广播电视台、潮州日报、湘桥发布等媒体进行了宣传报道，我区电商扶贫案例获省级电视媒体播报。",
    "八、资金管理。制定《湘桥区省级电子商务进农村综合示范专项资金管理办法》，承建单位建立资金专用台账；截至2021年8月31日累计拨付省级专项资金351.24万元，拨付率70.2%，项目总体进度92%。创建以来未发生安全生产、质量事故，不存在弄虚作假。",
    "九、自评情况。对照省考评指标体系逐项自评，自评得分95分（含加分1分），详见附件1。",
  ];
  assert.strictEqual(spent, 3512400); // 351.24万元 in paragraph 八
  const pStart = F.length + 1;
  paras.forEach((p, i) => { const rr = row([i === 0 ? "议题主要内容" : null, p, null, null, null, null]); FM.push("B" + rr + ":F" + rr); });
  FM.push("A" + pStart + ":A" + F.length);
  r0 = row(["需会议研究决定的事项", "1．审定我区考评自评结果（自评95分），以区政府名义于9月15日前报市商务局；2．同意区财政局9月底前拨付剩余省级专项资金；3．同意将电子商务进农村工作纳入各镇（街道）年度考核。", null, null, null, null]); FM.push("B" + r0 + ":F" + r0);
  r0 = row(["部门会签意见", null, null, null, null, null]); FM.push("A" + r0 + ":F" + r0);
  r0 = row(["会签单位", "意见", null, null, "负责人", "日期"]); FM.push("B" + r0 + ":D" + r0);
  const sign = [
    ["区财政局", "同意。经核，省级专项资金500万元，截至2021年8月31日已拨付351.24万元；9月1日又拨付42万元。", "蔡××", "2021.9.6"],
    ["区乡村振兴局", "同意。贫困人口数据与国扶系统一致。", "许××", "2021.9.6"],
    ["区统计局", "同意。常住人口采用第七次全国人口普查数据。", "陈××", "2021.9.7"],
    ["区农业农村局", "无意见。", "林××", "2021.9.7"],
    ["区司法局", "本议题不涉及规范性文件，无需合法性审查。", "郑××", "2021.9.7"],
  ];
  for (const s of sign) { r0 = row([s[0], s[1], null, null, s[2], s[3]]); FM.push("B" + r0 + ":D" + r0); }
  r0 = row(["分管区领导意见", "同意提交区政府常务会议研究。　副区长 林××　2021年9月7日", null, null, null, null]); FM.push("B" + r0 + ":F" + r0);
  r0 = row(["区长意见", "同意上会。　区长 王××　9月8日", null, null, null, null]); FM.push("B" + r0 + ":F" + r0);
  row([null, null, null, null, null, null]);
  r0 = row(["附件1　湘桥区2019年省级电子商务进农村综合示范创建考评自评得分表", null, null, null, null, null]); FM.push("A" + r0 + ":F" + r0);
  row(["序号", "工作任务", "评价指标", "分值", "自评分", "主要依据"]);
  const claim = [
    // [group, indicator name, weight, claimed, note, id]
    ["加强组织领导与统筹协调（10分）", "组织领导", 2, 2, "区长任组长，商务、财政、农业农村、乡村振兴等部门参与", "org.leadership"],
    [null, "方案制定", 2, 2, "实施方案已正式印发", "org.plan"],
    [null, "政策支持", 2, 2, "扶持办法已出台并落实", "org.policy"],
    [null, "项目管理", 4, 3, "项目管理制度2分，工作台账1分（部分台账更新不及时）", "org.management"],
    ["深入推动电子商务进农村工作（55分）", "服务体系建设（县级中心及产业园）", 15, 15, "中心已运营满半年，十项服务及产业园均达标", "work.center"],
    [null, "服务体系建设（村级站点覆盖）", 10, 10, "行政村覆盖率70%，省定贫困村全覆盖", "work.coverage"],
    [null, "农村产品上行", 10, 8, "网销调研2分，网络促销活动1分，第三方运营1分，快递覆盖1分，交易标准与冷链溯源1分，增速2分", "work.upward"],
    [null, "电商人才培训", 20, 20, statedTimes.toLocaleString("en-US") + "人次，超过常住人口1%；贫困人口培训率50%", "work.training"],
    ["加强信息公开及报送（10分）", "信息公开", 4, 4, "专栏内容全面，按月更新", "info.disclosure"],
    [null, "数据上报", 6, 6, "每月报送，含电商扶贫统计", "info.reporting"],
    ["加强宣传推广（10分）", "案例总结", 2, 2, "已报送经验材料", "promo.cases"],
    [null, "经验推广", 8, 8, "省、市、区级媒体均有报道", "promo.media"],
    ["加强财政资金管理（15分）", "制度建立", 5, 4, "资金管理办法已制定", "fund.system"],
    [null, "资金台账", 5, 4, "承建单位建立专用台账", "fund.ledger"],
    [null, "资金支出", 5, 4, "支出率70.2%，及时拨付4分", "fund.spending"],
    ["加分项（4分）", "建档立卡贫困人口培训率≥70%", 2, 0, "培训率50%，未达70%", "bonus.poorTraining"],
    [null, "电商扶贫典型案例获电视播报", 2, 1, "获省级电视媒体（广东广播电视台珠江频道）播报", "bonus.tvCase"],
  ];
  const cStart = F.length + 1;
  let seq = 0;
  claim.forEach((c) => { seq++; row([c[5].startsWith("bonus") ? null : seq, c[0], c[1], c[2], c[3], c[4]]); });
  // group merges
  const groupRows = [];
  claim.forEach((c, i) => { if (c[0] !== null) groupRows.push(cStart + i); });
  groupRows.push(cStart + claim.length);
  for (let i = 0; i < groupRows.length - 1; i++) if (groupRows[i + 1] - 1 > groupRows[i]) FM.push("B" + groupRows[i] + ":B" + (groupRows[i + 1] - 1));
  row([null, "一票否决项", "安全生产质量事故、总体进度不足40%、弄虚作假", "—", "无", "均未发生"]);
  const claimedTotal = sum(claim.map((c) => c[3]));
  assert.strictEqual(claimedTotal, 95);
  r0 = row(["合计", null, null, 100, claimedTotal, "含加分1分"]); FM.push("A" + r0 + ":C" + r0);
  r0 = row(["注：自评分为区商务局初评，报区政府常务会议审定。", null, null, null, null, null]); FM.push("A" + r0 + ":F" + r0);
  const factsSheet = { name: "议题申报表", rows: F, merges: FM };

  // ---- 目录 -------------------------------------------------------------------
  const order2 = ["附件2-1 村居名单", "附件2-2 站点清单", "附件2-3 普及培训", "附件2-4 专场签到", "附件2-5 贫困人口", "附件2-6 产业园企业", "附件2-7 资金台账", "附件2-8 月报登记", "附件2-9 专栏更新", "附件2-10 宣传报道", "附件2-11 经验材料"];
  const toc = [["湘桥区电子商务进农村综合示范创建考评资料（区政府常务会议材料）", null, null], ["序号", "工作表", "内容"], [1, "议题申报表", "常务会议议题申报表（含附件1自评得分表）"]];
  order2.forEach((nm, i) => toc.push([i + 2, nm, nm.replace(/^附件2-\d+ /, "")]));
  const ordered = [{ name: "目录", rows: toc, merges: ["A1:C1"] }, factsSheet, ...order2.map((nm) => sheets.find((s) => s.name === nm))];
  assert(ordered.every(Boolean));

  // ---- points -------------------------------------------------------------------
  const judged = { "org.plan": 2, "org.policy": 2, mgmtSystem: 2, mgmtLedger: 1, research: 2, promotion: 1, standards: 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4 };
  const center = 2 /*opened 2021-03-02 ≤ cut*/ + ("2021-03-02" <= "2021-02-28" ? 2 : 0) + 2 + 1 + 1 + 1 + 1 + 2 + (inPark.size >= 20 ? 2 : 0) + (types.size >= 3 ? 1 : 0);
  assert.strictEqual(center, 13);
  const upward = judged.research + judged.promotion + 1 /*third party*/ + 1 /*express: all 40 村 √*/ + judged.standards + 2 /*agri growth 31.2% ≥ 30%*/;
  const points = {
    "org.leadership": 2,
    "org.plan": judged["org.plan"],
    "org.policy": judged["org.policy"],
    "org.management": judged.mgmtSystem + judged.mgmtLedger,
    "work.center": center,
    "work.coverage": ptsVillage + ptsPoorV,
    "work.upward": upward,
    "work.training": ptsTimes + ptsPoorRate,
    "info.disclosure": 2 + (disMonths.size === 12 ? 2 : 1),
    "info.reporting": ptsReportReg + 3,
    "promo.cases": ptsCases,
    "promo.media": ptsMedia,
    "fund.system": judged["fund.system"],
    "fund.ledger": judged["fund.ledger"],
    "fund.spending": ptsSpending,
    "bonus.poorTraining": bonusPoor,
    "bonus.tvCase": bonusTv,
    "veto.incident": 0,
    "veto.progress": 0,
    "veto.fraud": 0,
  };
  const scored = Object.keys(points).filter((k) => !k.startsWith("bonus") && !k.startsWith("veto"));
  assert.strictEqual(scored.length, 15);
  const bonus = Math.min(points["bonus.poorTraining"] + points["bonus.tvCase"], 4);
  const total = sum(scored.map((k) => points[k])) + bonus;
  assert.strictEqual(total, 84);
  const claimed = {};
  for (const c of claim) claimed[c[5]] = c[3];

  // ---- derivation -------------------------------------------------------------
  const e9 = E[8];
  const rep3 = [E[0], E[1], E[4]].map((p) => p.name).join("、");
  const inSigned = sessions.filter((s) => le(s[1], CUT)).flatMap((s) => s[2]);
  const eNames = new Set(inSigned.filter((p) => p.tag[0] === "E").map((p) => p.name));
  const twins = [...new Set(inSigned.filter((p) => p.tag[0] !== "E" && eNames.has(p.name)).map((p) => p.name + "（" + (p.tag[0] === "X" ? "名单外边缘户" : p.tag[0] === "N" ? "无劳动能力" : "外出务工") + "，身份证号" + p.id.slice(-4) + "）"))];
  assert(twins.length >= 1);
  const f = (x) => x.toLocaleString("en-US");
  const derivation = [
    "asOf: 议题主要内容第一段“数据截至2021年8月31日，即省考评截止日” → 2021-08-31；近一年窗口 2020-09…2021-08；运行满6个月界线 2021-02-28。",
    "org.leadership: 第二段“成立以区长为组长、分管副区长为副组长的…领导小组，区商务局、区财政局、区农业农村局、区乡村振兴局…等为成员单位” → 主要领导牵头且商务、财政、农业农村、乡村振兴四部门齐全 → 2（“分管区领导意见”栏的副区长林××只是签批上会，不是牵头人）（自评2）",
    "org.plan: 附件1 方案制定 自评2（实施方案2020年4月正式印发）→ 2（自评2）",
    "org.policy: 附件1 政策支持 自评2（扶持办法2020年7月出台）→ 2（自评2）",
    "org.management: 附件1 主要依据“项目管理制度2分，工作台账1分” → 2+1 = 3（自评3）",
    "work.center: ①中心2021年3月2日投入运营 ≤ 截止日 → 2；②2021-03-02 晚于 2021-02-28，截至8月31日运行不满6个月 → 0（“至今运营已满半年”是9月6日申报时的说法）；③免费培训室、能组织电商基础培训 → 2；④特色农产品免费展示、销售 → 1；⑤免费摄影、美工 → 1；⑥“湘桥好物”统一推广、品牌建设指导 → 1；⑦融资对接、网店代运营等其他增值服务 → 1；⑧整合建成湘桥电商产业园（附件2-6非空）→ 2；⑨附件2-6共24行：第7行陶瓷直播2021.5.31退园、第13行潮味坊2021.3.15退园不计，第24行鸭母捻2021.9.6入驻在截止日后不计，第17行韩江云商换房重登（统一社会信用代码与第1行相同）只算一家，第20行预制菜网店2021.9.15才退园、截止日仍在园计入 → 在园 " + inPark.size + " 家 ≥ 20 → 2（议题单“入驻企业22家”是未退园的行数）；⑩在园类型 平台型、销售型、电商运营服务商、物流企业、直播电商、电商服务（摄影美工）共 " + types.size + " 种 ≥ 3 → 1；合计 2+0+2+1+1+1+1+2+2+1 = 13（自评15）",
    "work.coverage: 附件2-1 行政村40个（“××村委会”；另有居委会10个不计），基数 min(40,200) = 40；附件2-2 共34行：东郊村、铁铺村各有两个站点只算一次，意东社区、铁铺社区的站点设在社区不计，英山村2021.9.6、云步村“2021年9月”挂牌在截止日后不计；站点表写的“西郊村委会”“坪埔村民委员会”“桂坑村民委员会”等与名单同一村；挂牌时间有Excel序列号（象山村" + serial("2020-11-20") + "即2020-11-20，坑门村" + serial("2020-10-27") + "即2020-10-27）、两位年份“21.3.5”“20.11.16”“21.4.9”、“20201208”、只到月的“2020年11月”“2021年6月”“2021年7月”，庵头村“2021.8.31”恰在截止日当天计入 → 覆盖行政村 " + coveredCount + " 个，28/40 = 70% ≥ 70% → 5（少认一个村就是27/40 = 67.5%，只得2分）；省定贫困村3个（白水、坑门、英山），英山村站点9月才挂牌 → 2/3 = 66.7% < 80% → 0（议题单“3个省定贫困村全覆盖”与台账不符）；合计 5+0 = 5（自评10）",
    "work.upward: 网销调研 自评2 → 2；网络促销活动 自评1 → 1；专业第三方运营服务商（潮州市凤城电商运营服务有限公司）→ 1；快递：附件2-1有“快递进村”列，40个行政村全为“√” → 1；交易标准与冷链溯源 自评1 → 1；增速：农村网零同比27.4% < 30%，农产品网零同比31.2% ≥ 30% → 2；合计 2+1+1+1+1+2 = 8（自评8）",
    "work.training: 人次 = 附件2-3 截止日前第1—13期 " + f(sesIn) + "（第9期全角“３２０”、第10期“335人次”照读；第13期“2021.8.30-31”两天班按结束日8月31日计入；第14期2021.9.2的300人次不计；合计行" + f(sesTotal) + "不计）＋ 附件2-4 截止日前两场签到 " + signIn + " 行（2021.9.8一场4行不计）= " + f(personTimes) + "；常住人口46.85万人，基数 min(468500,500000) = 468500，1%门槛为4685人次，" + f(personTimes) + "/468500 = 0.955%，在0.8%—1%之间 → 8（议题单“" + f(statedTimes) + "人次”把9月2日第14期和9月8日专场也算进去了）；贫困人口：附件2-5共30人，有劳动能力且不外出务工 " + eligible.size + " 人（外出务工5人、无／丧失劳动能力5人除外）；截止日前两场签到中名单内符合条件的 " + trained + " 人（" + e9.name + "在签到表上身份证末位写小写x，与名单大写X是同一号码；" + rep3 + "两场都参加，各只算一次；签到表里另有同名不同号的" + twins.join("、") + "，按身份证号不是同一人；外出务工者、无劳动能力者和6名名单外边缘易致贫户不计；9月8日一场不计）→ 10/20 = 50% ≥ 50%（恰在界上）→ 10；合计 8+10 = 18（自评20）",
    "info.disclosure: 议题单第六段写明专栏公示创建方案、项目基本信息、项目建设进度并设监督举报窗口（附件2-9表尾也有电话、邮箱）→ 2；附件2-9 在2020-09…2021-08每个月都有更新（10月是Excel序列号" + serial("2020-10-29") + "即2020-10-29；2020.8.28在窗口外）→ 按月 → 2；合计 4（自评4）",
    "info.reporting: 附件2-8 按报送日期，窗口内有报送记录的月份 " + repMonths.size + " 个：12月份月报于2020.12.31提前报送（12月有两条），1月份月报2021.2.2才报，2021年1月整月没有报送（按“报送内容”的月份看是连续的，但规则看报送日期）→ 不是每月 → 不定时 → 1；“含电商扶贫统计”多为√ → 3；合计 1+3 = 4（自评6）",
    "promo.cases: 附件2-11 2021.6.18向潮州市商务局报送经验材料 → 2（2021年9月6日的工作总结在截止日后，不影响）（自评2）",
    "promo.media: 截止日前 湘桥发布（区级）→ 1；潮州日报（市级）→ 3；南方日报、广东广播电视台珠江频道（省级）→ 4；CCTV-2 2021.9.10在截止日后不计 → 4+3+1 = 8（自评8）",
    "fund.system: 附件1 制度建立 自评4 → 4（自评4）",
    "fund.ledger: 附件1 资金台账 自评4 → 4（自评4）",
    "fund.spending: 附件2-7（元）截止日前10笔 800000+520000+280000+600000+450000−48000+380000+190000+125400+215000 = " + f(spent) + "（“520,000.00”等文本金额照读；2021.5.21验收核减退回−48,000冲减支出；第9笔只写“2021年8月”在截止月内计入；第10笔2021.8.31恰在截止日；2021.9.1的420,000和合计行不计）÷ 下达5,000,000 = 70.25% ≥ 70% → 取判定的及时拨付 自评4 → 4（漏掉只到月的125,400或8月31日的215,000都会跌破70%，误扣−5）",
    "bonus.poorTraining: 贫困人口培训率 10/20 = 50% < 70% → 0（自评0）",
    "bonus.tvCase: 截止日前电视播出的电商扶贫典型案例为2021.7.22广东广播电视台珠江频道（省级）→ 1；CCTV-2（国家级）2021.9.10播出在截止日后，不升为2分（自评1）",
    "veto.incident: 第八段“创建以来未发生安全生产、质量事故” → 0，不否决",
    "veto.progress: 项目总体进度92% ≥ 40%（台账拨付率70.25%也≥40%）→ 0，不否决",
    "veto.fraud: 第八段“不存在弄虚作假” → 0",
    "total: 2+2+2+3+13+5+8+18+4+4+2+8+4+4+4 = " + (total - bonus) + "，加分 0+1 = " + bonus + " → " + total + "，未否决。附件1自评95分，差在中心运营未满6个月（−2）、省定贫困村英山村站点9月才挂牌（−5）、培训人次截至8月31日不足1%（−2）、2021年1月没有报送月报（−2）。",
  ];
  assert.strictEqual(derivation.length, 2 + 20);
  for (const id of Object.keys(points)) assert(derivation.some((d) => d.startsWith(id + ":")), "derivation for " + id);

  writeCase("counties", "b86-c1-xiangqiao.json", {
    description: "潮州市湘桥区商务局整本考评工作簿（13个表：目录、议题申报表、附件2-1—2-11），中等偏上（84分，含加分1分，未否决；自评95分）。事实表不是填报表，而是区商务局提请区政府常务会议审定自评结果的《区政府常务会议议题申报表》：表头块（编号、申报日期、议题名称、提请单位|汇报人|联系人、列席单位、议题来源、是否经合法性审查|是否需公开|是否涉密），“议题主要内容”纵向合并、九段文字各占一行（B:F合并），事实都在段落句子里（“至今运营已满半年”是9月申报时的说法、“共4,778人次”含9月的培训）；下接“需会议研究决定的事项”（9月以后的安排）、部门会签意见小表（财政局另写了9月1日又拨付42万元）、分管副区长和区长的签批意见（副区长只是签批上会，领导小组组长是区长），最后是附件1自评得分表（工作任务纵向合并，判断项的分项分写在“主要依据”里，加分项两行，一票否决“无”，合计95）。台账难点：村名单“××村委会”与站点表“××村”“××村民委员会”是同一村，社区站点不计；覆盖28/40恰好70%（庵头村8月31日挂牌），省定贫困村英山村站点9月才挂牌（2/3）；站点挂牌时间有Excel序列号、两位年份、8位数字、只到月；普及培训按期次记人次（全角数字、“335人次”、8月30—31日两天班计入、9月2日一期不计），加贫困户专场签到（培训日期纵向合并）共4474人次，低于46.85万常住人口的1%（4685）；贫困户签到一人身份证末位小写x、三人两场都参加、外出务工者、无劳动能力者和名单外边缘户也签了到，培训率恰好10/20=50%；产业园企业一家换房重登（同一信用代码）、两家截止日前退园、一家9月才退园仍算在园、一家9月入驻，在园恰好20家；资金台账以元计（千分位文本、−48,000退回、只到月的“2021年8月”一笔和8月31日一笔都要计入才过70%）；月报12月份提前在12月31日报、1月份拖到2月2日报，2021年1月断档；专栏按月更新；省级电视播出电商扶贫案例（加1分），央视在9月。",
    sheets: ordered,
    expect: {
      asOf: "2021-08-31",
      total,
      bonus,
      vetoed: false,
      points,
      claimed,
    },
    derivation,
  });
})();

// ===========================================================================
// FACTS f1: 清远市连山壮族瑶族自治县 — 乡村振兴战略实绩考核自评表（县商务局承担指标）
// ===========================================================================
(function f1() {
  const W8 = 8;
  const rows = [];
  const merges = [];
  const add = (r) => { rows.push(r); return rows.length; };
  let r = add(["连山壮族瑶族自治县2021年度实施乡村振兴战略实绩考核自评表"]); merges.push("A" + r + ":H" + r);
  r = add(["（县商务局承担指标）"]); merges.push("A" + r + ":H" + r);
  r = add(["被考核县（市、区）：连山壮族瑶族自治县　　填报单位：县商务局（盖章）　　填报人：莫××　　填报时间：2021年9月6日"]); merges.push("A" + r + ":H" + r);
  add(["序号", "考核内容", "考核指标", "分值", "评分办法", "完成情况（1—8月）", "自评分", "佐证材料"]);
  const body = [
    ["一、产业兴旺", [
      [1, "县级电子商务公共服务中心建设运营", 3, "建成并正常运营得3分；建成未运营得1分；未建成不得分。",
        "县电子商务公共服务中心（吉田镇）于2020年12月28日投入运营，由广东连商网络科技有限公司专业运营；中心设免费培训室（电脑40台），能组织电商基础培训；展厅为全县特色农产品提供免费展示、销售服务；开展“连山好物”区域公用品牌统一推广，指导农产品品牌建设。", 3, "运营协议、照片"],
      [2, "村级电商服务站点覆盖", 3, "行政村覆盖率达70%得3分，50%—70%得2分，50%以下不得分。",
        "全县7个镇48个行政村，已建村级电商服务站点41个，覆盖行政村37个，覆盖率77.1%；12个省定贫困村全部建有站点。", 3, "站点清单"],
      [3, "农村网络零售额增长", 2, "同比增长20%以上得2分，10%—20%得1分。",
        "2020年全县农村网络零售额2.31亿元，同比增长34.2%（省商务厅反馈数）；2021年1—8月农村网络零售额1.86亿元，同比增长21.5%。", 2, "省商务厅反馈表"],
      [4, "电商人才培训", 2, "培训人次达常住人口1%以上得2分。",
        "全县常住人口9.86万人（七普，户籍人口12.61万人）；2019年9月以来累计开展电商培训31期1,168人次，占常住人口1.18%；其中建档立卡贫困户专场12期，有劳动能力的建档立卡贫困人口（不含外出务工）2,135人中参训1,296人，培训率60.7%。", 2, "培训台账、签到表"],
    ]],
    ["二、生活富裕", [
      [5, "消费帮扶", 2, "完成年度消费帮扶任务得2分。",
        "2021年1—8月消费帮扶产品销售额3,260万元，完成年度任务（4,000万元）的81.5%；认定帮扶产品86个。", 1.5, "消费帮扶统计表"],
      [6, "县域商业体系建设", 2, "完成乡镇商贸中心改造任务得2分。",
        "由分管副县长牵头，完成吉田、太保2个乡镇商贸中心改造，福堂镇商贸中心正在施工。", 1, "验收资料"],
      [7, "农村物流配送", 2, "行政村快递服务通达率100%得2分。",
        "全县48个行政村快递服务通达率100%；建成县级物流配送中心1个、镇级快递服务站7个。", 2, "邮政管理部门证明"],
    ]],
    ["三、组织保障", [
      [8, "电子商务进农村工作机制", 2, "建立主要领导牵头的工作机制、印发实施方案得2分。",
        "成立以县长为组长、分管副县长为副组长的县电子商务进农村综合示范工作领导小组（连府办〔2019〕41号），县商务局、县财政局、县农业农村局、县乡村振兴局等12个单位为成员单位；2020年3月正式印发《连山壮族瑶族自治县电子商务进农村综合示范县建设实施方案》。", 2, "文件"],
      [9, "省级专项资金使用", 2, "资金拨付率70%以上得2分。",
        "下达省级电子商务进农村综合示范专项资金500万元，截至8月31日累计拨付412.6万元，拨付率82.5%；制定《专项资金管理办法》，承建单位建立资金专用台账。", 2, "资金台账"],
      [10, "负面清单", 0, "发生安全生产事故、重大质量事故的，实行扣分。",
        "电子商务进农村项目建设中未发生安全生产、质量事故，未造成重大经济损失。", 0, "—"],
    ]],
  ];
  for (const [group, items] of body) {
    const start = rows.length + 1;
    items.forEach((it, i) => add([it[0], i === 0 ? group : null, it[1], it[2], it[3], it[4], it[5], it[6]]));
    if (items.length > 1) merges.push("B" + start + ":B" + rows.length);
  }
  const totalW = sum(body.flatMap((g) => g[1].map((it) => it[2])));
  const totalS = sum(body.flatMap((g) => g[1].map((it) => it[5])));
  assert.strictEqual(totalW, 20);
  assert.strictEqual(totalS, 18.5);
  r = add(["合计", null, null, totalW, null, null, totalS, null]); merges.push("A" + r + ":C" + r);
  r = add(["注：1．本表分值、自评分为县乡村振兴实绩考核中县商务局承担部分（满分20分），由县委农办汇总；2．“完成情况”按考核办法填写1—8月情况，累计数自创建起算。"]); merges.push("A" + r + ":H" + r);
  r = add(["县商务局主要负责人：韦××　　　　分管负责人：莫××"]); merges.push("A" + r + ":H" + r);

  writeCase("facts", "b86-f1-lianshan.json", {
    description: "连山壮族瑶族自治县（清远）商务局填的不是电商考评表，而是县委农办下发的《2021年度实施乡村振兴战略实绩考核自评表（县商务局承担指标）》：标题两行，第3行一格里写“被考核县（市、区）：连山壮族瑶族自治县　填报单位…填报时间：2021年9月6日”，主体为 序号|考核内容（一、产业兴旺／二、生活富裕／三、组织保障，纵向合并）|考核指标|分值|评分办法|完成情况（1—8月）|自评分|佐证材料，共10项，只有电商相关几项的“完成情况”句子里有考评事实；其余是消费帮扶、乡镇商贸中心改造等商务局的别的工作。读法：“分值/自评分”是乡村振兴实绩考核自己的分（满分20、自评18.5，含1.5分），不是电商考评的自评分，不作claimed、也没有判断项；2021年1—8月零售额增速21.5%不是2020年增速（2020年增速34.2% → ruralRetailGrowthStated），2020年零售额2.31亿元；常住人口9.86万人夹在培训句子里（括号里的户籍人口12.61万人不是），培训率、覆盖率、站点数、拨付率都不是输入；领导小组组长是县长（分管副县长是副组长；第6项乡镇商贸中心改造“由分管副县长牵头”是另一件事）→ principal-all；“行政村快递服务通达率100%” → expressCoverage；负面清单行 → vetoIncident false；表里没有考评截止日期（“1—8月”“截至8月31日累计拨付”不是考评截止日期的填报），也没有摄影美工、其他增值服务、产业园、专栏、政策等内容，都不列。",
    sheets: [{ name: "实绩考核自评（商务局）", rows: pad(rows, W8), merges }],
    expect: {
      facts: {
        county: "连山壮族瑶族自治县",
        residentPopulation: 98600,
        adminVillagesStated: 48,
        poorVillagesStated: 12,
        planIssued: true,
        centerOpened: "2020-12-28",
        centerFreeTraining: true,
        centerDisplay: true,
        centerBrand: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2020: 231000000,
        ruralRetailGrowthStated: 0.342,
        trainingPersonTimesStated: 1168,
        eligiblePoorPersonsStated: 2135,
        trainedPoorPersonsStated: 1296,
        fundAllocated: 5000000,
        fundSpentStated: 4126000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        vetoIncident: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// ===========================================================================
// FACTS f2: 梅州市蕉岭县 — 县领导挂点联系重点项目工作责任卡
// ===========================================================================
(function f2() {
  const rows = [];
  const merges = [];
  const add = (r) => { rows.push(r); return rows.length; };
  const full = (label, text) => { const r = add([label, text]); merges.push("B" + r + ":H" + r); return r; };
  let r = add(["蕉岭县县领导挂点联系重点项目工作责任卡（2021年）"]); merges.push("A" + r + ":H" + r);
  r = add(["项目编号：JL2021-ZD-17　　填卡单位：蕉岭县商务局　　更新时间：2021年9月10日"]); merges.push("A" + r + ":H" + r);
  full("项目名称", "2019年省级电子商务进农村综合示范县（蕉岭县）建设项目");
  add(["挂点联系县领导", "副县长 刘××", "项目责任单位", "县商务局", "责任人", "局长 钟××", "联络员", "电商股 徐××"]);
  full("项目协调机制", "县电子商务进农村综合示范工作领导小组（蕉府办〔2019〕52号）：组长 县长 陈××；副组长 副县长 刘××（挂点联系）；成员单位 县商务局、县财政局、县农业农村局、县乡村振兴局、县市场监管局、县交通运输局、县邮政分公司。");
  full("县情概况", "全县辖8个镇，77个行政村、9个社区，其中省定贫困村9个；常住人口18.43万人（第七次全国人口普查）。");
  add(["项目类别", "省重点（续建）", "建设期限", "2019年11月—2021年8月", "省考评截止日期", "2021年8月31日", "项目总投资", "580万元"]);
  full("资金来源", "省级专项资金500万元（已下达）；县级财政配套80万元（用于站点运维补贴，不纳入省级专项资金考评）。");
  full("前期工作", "2019年12月正式印发《蕉岭县电子商务进农村综合示范县建设实施方案》（蕉府办〔2019〕58号）；2020年5月县商务局、县财政局联合制定《省级电子商务进农村综合示范专项资金管理办法》；各承建单位均建立资金专用台账。");
  full("建设内容及规模", "①县级电子商务公共服务中心1个（含电商产业园）；②村级电商服务站点77个；③县镇村三级物流配送体系；④电商培训3,000人次以上；⑤农产品品牌培育和网销推广。");
  full("2021年目标", "中心运营满6个月以上；行政村站点覆盖率70%以上、省定贫困村全覆盖；培训人次达常住人口1%以上（1,843人次）；省级资金拨付率90%以上；8月底前项目总体进度达100%。");
  add([]);
  r = add(["月度推进情况（每月末更新，数据截至当月末；资金单位：万元）"]); merges.push("A" + r + ":H" + r);
  r = add(["月份", "形象进度（%）", "省级资金累计拨付", "当月主要进展", null, null, null, "县领导督导"]); merges.push("D" + r + ":G" + r);
  const months = [
    ["2021年1月", 58, 236.0, "第二批村级站点招标完成", "—"],
    ["2021年2月", 62, 236.0, "春节期间组织“蕉岭年货节”网络促销活动", "—"],
    ["2021年3月", 70, 291.5, "县电子商务公共服务中心3月16日投入运营，设免费培训室和培训设备，能组织电商基础培训；设农特产品免费展示展销区；免费为电商主体提供摄影、美工服务", "3月16日出席中心启用仪式"],
    ["2021年4月", 74, 318.2, "第三方运营商（梅州市客都网络科技有限公司）进驻，负责中心和产业园运营；整合建成县电商产业园，首批入驻企业12家", "—"],
    ["2021年5月", 79, 342.8, "县政府网站“电子商务进农村”专栏公示创建方案、项目基本信息和项目建设进度，开设监督举报窗口（电话、邮箱）", "5月20日现场督导"],
    ["2021年6月", 83, 356.4, "《蕉岭县促进农村电子商务发展若干措施》正式出台", "—"],
    ["2021年7月", 88, 381.0, "收到省商务厅反馈：2020年全县农村网络零售额5.62亿元，同比增长24.6%；农产品网络零售额1.38亿元，同比增长32.1%", "—"],
    ["2021年8月", 93, 412.7, "全县77个行政村快递服务全覆盖；累计开展电商培训2,136人次", "8月20日召开推进会"],
    ["2021年9月（截至9月10日）", 96, 455.3, "支付第二批站点尾款42.6万元", "—"],
  ];
  for (const m of months) { r = add([m[0], m[1], m[2], m[3], null, null, null, m[4]]); merges.push("D" + r + ":G" + r); }
  assert.strictEqual(Math.round((455.3 - 412.7) * 10) / 10, 42.6);
  add([]);
  full("存在问题", "①有劳动能力的建档立卡贫困人口（不含外出务工）1,862人，已参训826人，培训率44.4%，未达50%；②中心尚未组织农产品统一推广和品牌建设指导，也未提供其他衍生增值服务；③冷链、溯源系统尚未建立。");
  full("下步计划", "9月底前完成剩余资金拨付；10月举办贫困户专场培训2期；年底前建成冷链溯源系统。");
  full("挂点县领导督导意见", "请县商务局对照省考评指标逐项查漏补缺，确保8月底前完成各项建设任务。　刘××　2021年8月20日");
  r = add(["注：形象进度即项目总体进度；“县领导督导”栏只记挂点县领导到场督导情况。"]); merges.push("A" + r + ":H" + r);

  writeCase("facts", "b86-f2-jiaoling.json", {
    description: "蕉岭县（梅州）商务局交的事实表是县重点项目办统一格式的《县领导挂点联系重点项目工作责任卡（2021年）》：表头块为“标签｜值”表单（值格B:H合并，一行两至四对：挂点联系县领导|副县长 刘××|项目责任单位|…，项目类别|…|建设期限|…|省考评截止日期|2021年8月31日|项目总投资|580万元），中间是“月度推进情况”小表（月份|形象进度（%）|省级资金累计拨付（万元，单位只在小表标题里）|当月主要进展（D:G合并）|县领导督导，2021年1月—8月各一行，另有“2021年9月（截至9月10日）”一行），下面是存在问题、下步计划、督导意见。读法：挂点联系县领导是副县长，但“项目协调机制”写明领导小组组长是县长、成员有商务财政农业农村乡村振兴 → principal-all；形象进度即项目总体进度，取8月（截至8月末）一行93% → 0.93、累计拨付412.7万元 → 4127000（9月一行96%、455.3万元在截止日后）；下达资金取省级专项500万元（项目总投资580万元、县级配套80万元不是）；中心运营日期在3月进展里“3月16日”（行是2021年3月）→ 2021-03-16；免费培训、展示、摄影美工为是，“存在问题”写明尚未组织统一推广和品牌指导、未提供其他衍生增值服务 → centerBrand、centerOther 为 false；贫困人口1,862人／参训826人也在“存在问题”里；“建设内容及规模”和“2021年目标”是计划（77个站点、3,000人次、1,843人次、拨付率90%、进度100%），不是事实；2月的年货节促销不是判断分，没有判断项。",
    sheets: [{ name: "挂点工作卡", rows: pad(rows, 8), merges }],
    expect: {
      facts: {
        asOf: "2021-08-31",
        residentPopulation: 184300,
        adminVillagesStated: 77,
        poorVillagesStated: 9,
        planIssued: true,
        policyIssued: true,
        centerOpened: "2021-03-16",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: false,
        centerOther: false,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2020: 562000000,
        ruralRetailGrowthStated: 0.246,
        agriRetail2020: 138000000,
        agriRetailGrowthStated: 0.321,
        trainingPersonTimesStated: 2136,
        eligiblePoorPersonsStated: 1862,
        trainedPoorPersonsStated: 826,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        fundAllocated: 5000000,
        fundSpentStated: 4127000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.93,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// ===========================================================================
// FACTS f3: 茂名市信宜市 — 信访事项处理意见书
// ===========================================================================
(function f3() {
  const rows = [];
  const merges = [];
  const add = (r) => { rows.push(r); return rows.length; };
  const whole = (text) => { const r = add([text]); merges.push("A" + r + ":F" + r); return r; };
  const full = (label, text) => { const r = add([label, text]); merges.push("B" + r + ":F" + r); return r; };
  whole("信宜市商务局");
  whole("信访事项处理意见书");
  whole("信商信访〔2021〕7号");
  add(["信访人", "李××", "联系电话", "138****5621", "信访形式", "12345热线转办（工单号MM2021081900317）"]);
  add(["收到日期", "2021年8月19日", "受理日期", "2021年8月20日", "办结日期", "2021年9月10日"]);
  full("信访事项", "信访人反映：①市电子商务公共服务中心“建好后一直没开门”；②省里拨给信宜的500万元电商资金“大部分没用出去，被挪作他用”；③其所在村的电商服务站“只挂牌不营业”；④电商培训“拉人头签名、虚报人数，一场几十人报几百人”。要求查处弄虚作假问题。");
  const s = rows.length + 1;
  full("调查核实情况", "我局收到转办件后，会同市财政局、市乡村振兴局于2021年8月23日至9月3日进行调查核实，调阅了运营合同、资金拨付凭证、站点台账和培训签到表，走访了中心、3个村级站点和30名参训学员。情况如下：");
  full(null, "（一）关于公共服务中心。市电子商务公共服务中心位于东镇街道，于2020年11月18日正式投入运营，由茂名市信商网络科技有限公司（第三方专业电商运营服务商）负责运营，工作日正常开放。中心设有免费培训室和培训设备，能组织电商基础培训；为特色农产品提供免费展示、销售服务；组织“信宜好物”统一推广，指导特色农产品品牌建设。中心的摄影、美工服务目前按成本价收费，未提供免费摄影、美工服务。信访人反映“一直没开门”的情况不属实。");
  full(null, "（二）关于专项资金。省财政下达我市省级电子商务进农村综合示范专项资金500万元，截至2021年8月31日累计拨付397.5万元（其中2021年以来拨付158.3万元），均按合同用于中心建设、站点建设、物流体系和培训服务，没有挪作他用。资金按市商务局、市财政局联合印发的《信宜市省级电子商务进农村综合示范专项资金管理办法》（信商〔2020〕12号）管理，实行专账核算，各承建单位均建立了资金专用台账。");
  full(null, "（三）关于村级站点。全市19个镇（街道）共361个行政村，其中省定贫困村42个；已建成村级电商服务站点286个，42个省定贫困村全部建有站点。信访人所在的××村站点因负责人外出务工于2021年7月暂停营业，8月26日更换负责人后已恢复营业。");
  full(null, "（四）关于电商培训。2019年9月以来，全市累计开展电商培训62期6,214人次（全市常住人口91.32万人），每期均有签到表、照片和培训课件。经抽查3期签到表、电话回访参训学员30人，签到人数与实际到场人数一致，未发现虚报人数的情况。");
  merges.push("A" + s + ":A" + rows.length);
  full("处理意见", "经调查核实，信访人反映的第①②④项问题不属实；第③项反映的站点暂停营业问题属实，已督促整改到位。经核查，我市电子商务进农村综合示范项目不存在弄虚作假问题。");
  full("复查途径", "如对本处理意见不服，可自收到本意见书之日起30日内向茂名市商务局提出复查申请。");
  add([]);
  whole("信宜市商务局（印章）　　2021年9月10日");
  whole("抄送：信宜市信访局，信宜市12345政务服务便民热线。");
  whole("（本件由电商股留底，作为考评资料佐证之一。）");

  writeCase("facts", "b86-f3-xinyi.json", {
    description: "信宜市（茂名）商务局电商股把一份《信访事项处理意见书》（信商信访〔2021〕7号，12345热线转办件）留底当事实表交：公文表单，左列栏目、右侧B:F合并的填写格——信访人|联系电话|信访形式、收到日期|受理日期|办结日期（2021年8月19日、8月20日、9月10日都不是事实日期），“信访事项”一格是信访人的说法（“建好后一直没开门”“500万元大部分没用出去”“一场几十人报几百人”），“调查核实情况”纵向合并跨五行、分（一）至（四）段写局里核实的情况，下面是处理意见、复查途径、落款和抄送。读法：只取局里核实的事实，不取信访人的说法；中心2020年11月18日投入运营、第三方专业运营，免费培训、免费展示销售、统一推广和品牌指导为是，摄影美工“按成本价收费，未提供免费摄影、美工服务” → centerPhoto false；下达500万元、截至8月31日累计拨付397.5万元（括号里“2021年以来158.3万元”不是）、资金管理办法和专用台账为是；行政村361个、省定贫困村42个（站点286个不是输入）；培训6,214人次，常住人口91.32万人在括号里；抽查3期、回访30人不是数据；“不存在弄虚作假问题” → vetoFraud false。表里没有县名栏、没有领导小组、没有考评截止日期（“截至2021年8月31日”只是拨付数的时点），都不列。",
    sheets: [{ name: "信访处理意见书", rows: pad(rows, 6), merges }],
    expect: {
      facts: {
        // (Added on review: the county its title or 填报单位 names, as the corpus README reads it; the writer, before that rule, left it out.)
        county: "信宜市",
        residentPopulation: 913200,
        adminVillagesStated: 361,
        poorVillagesStated: 42,
        centerOpened: "2020-11-18",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        thirdPartyOperator: true,
        trainingPersonTimesStated: 6214,
        fundAllocated: 5000000,
        fundSpentStated: 3975000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        vetoFraud: false,
      },
      judged: {},
    },
  });
})();

// ===========================================================================
// LEDGERS l1: 湛江市赤坎区 — 村（居）委会名单（含村改居）+ 专栏文章百度检索结果 + 说明
// ===========================================================================
(function l1() {
  // ---- villages ----
  // [街道, 名称, 现类别, 村改居情况, 省定贫困村, 快递进村, 备注]
  const streets = [
    ["调顺街道", [
      ["调顺村民委员会", "村民委员会", "—", "否", "√", null],
      ["南调村民委员会", "村民委员会", "—", "否", "√", null],
      ["调顺社区居民委员会", "社区居民委员会", "—", "—", "—", null],
    ]],
    ["北桥街道", [
      ["文章村民委员会", "村民委员会", "—", "否", "√", null],
      ["百姓村社区居民委员会", "社区居民委员会", "2003年村改居（原百姓村村民委员会）", "—", "—", "名称保留“村”字，已不是行政村"],
      ["北桥社区居民委员会", "社区居民委员会", "—", "—", "—", null],
      ["东坡社区居民委员会", "社区居民委员会", "—", "—", "—", null],
    ]],
    ["南桥街道", [
      ["南桥村民委员会", "村民委员会", "已列入2021年村改居计划，尚未批复", "否", "√", "仍按行政村管理"],
      ["福建村社区居民委员会", "社区居民委员会", "2005年村改居（原福建村委会）", "—", "—", null],
      ["南桥社区居民委员会", "社区居民委员会", "—", "—", "—", null],
    ]],
    ["沙湾街道", [
      ["东山村民委员会", "村民委员会", "—", "否", "√", null],
      ["下塘村民委员会", "村民委员会", "—", "否", "√（邮政代投）", null],
      ["海头社区居民委员会", "社区居民委员会", "2021年6月由海头村民委员会改设", "—", "—", "区民政局赤民〔2021〕23号批复"],
      ["沙湾社区居民委员会", "社区居民委员会", "—", "—", "—", null],
    ]],
    ["寸金街道", [
      ["寸金社区居民委员会", "社区居民委员会", "—", "—", "—", null],
      ["光复社区居民委员会", "社区居民委员会", "—", "—", "—", null],
    ]],
    ["中华街道", [
      ["中华社区居民委员会", "社区居民委员会", "—", "—", "—", null],
      ["幸福社区居民委员会", "社区居民委员会", "—", "—", "—", null],
    ]],
    ["民主街道", [
      ["民主社区居民委员会", "社区居民委员会", "—", "—", "—", null],
      ["东兴社区居民委员会", "社区居民委员会", "—", "—", "—", null],
    ]],
    ["中山街道", [
      ["中山社区居民委员会", "社区居民委员会", "—", "—", "—", null],
      ["海港社区居民委员会", "社区居民委员会", "—", "—", "—", null],
    ]],
  ];
  const vr = [
    ["赤坎区村（居）民委员会名单（含村改居情况）", null, null, null, null, null, null, null],
    ["资料来源：区民政局（2021年6月名册）　　整理：区经济和信息化局电商股　　2021年9月", null, null, null, null, null, null, null],
    ["序号", "街道", "名称", "现类别", "村改居情况", "省定贫困村", "快递进村", "备注"],
  ];
  const vm = ["A1:H1", "A2:H2"];
  const vrec = [];
  let n = 0;
  for (const [street, list] of streets) {
    const start = vr.length + 1;
    list.forEach((v, i) => {
      n++;
      vr.push([n, i === 0 ? street : null, v[0], v[1], v[2], v[3], v[4], v[5]]);
      const admin = v[1] === "村民委员会";
      const rec = { name: v[0], admin };
      if (admin) { rec.poor = false; rec.express = true; }
      vrec.push(rec);
    });
    if (list.length > 1) vm.push("B" + start + ":B" + vr.length);
  }
  const nAdmin = vrec.filter((v) => v.admin).length;
  const nComm = vrec.length - nAdmin;
  assert.strictEqual(nAdmin, 6);
  assert.strictEqual(nComm, 16);
  let r = vr.push([null, "合计", "村民委员会" + nAdmin + "个，社区居民委员会" + nComm + "个", null, null, null, null, null]);
  r = vr.push(["注：1．“现类别”以区民政局2021年6月名册为准，村改居后为社区居民委员会，不再是行政村（名称里保留“村”字的也一样）；2．赤坎区无省定贫困村；3．快递进村只统计村民委员会，社区不填。", null, null, null, null, null, null, null]);
  vm.push("A" + r + ":H" + r);

  // ---- disclosures from a Baidu site: search ----
  const SEARCH = "2021-09-03";
  const base = "https://www.zjchikan.gov.cn/";
  // [title, snippet, url path, shown time, is column, remark, iso date (for column rows)]
  const hits = [
    ["赤坎区电子商务进农村综合示范项目建设进度（2021年8月）", "8月份，区电子商务公共服务中心开展直播带货培训2期……", "zwgk/dzsjnc/content/post_1530418.html", "3天前", "是", null, "2021-08-31"],
    ["赤坎区电子商务进农村综合示范专栏　2021年9月工作安排", "9月份重点做好考评自评材料整理……", "zwgk/dzsjnc/content/post_1531027.html", "5小时前", "是", null, "2021-09-03"],
    ["关于赤坎区电子商务进农村综合示范创建考评自评情况的公示", "根据省商务厅考评工作通知，现将我区自评情况公示如下……", "zwgk/dzsjnc/content/post_1530866.html", "昨天 16:20", "是", null, "2021-09-02"],
    ["赤坎区电子商务进农村综合示范项目建设进度（2021年7月）", "7月份，调顺村、南调村电商服务站……", "zwgk/dzsjnc/content/post_1524473.html", "2021年7月30日", "是", null, "2021-07-30"],
    ["区经信局召开电子商务进农村工作推进会", "7月21日，区经信局召开全区电子商务进农村工作推进会……", "zwgk/bmdt/content/post_1522906.html", "2021年7月21日", "否", "“部门动态”栏目，不是专栏", null],
    ["赤坎区电子商务进农村综合示范项目建设进度（2021年6月）", "6月份，区电商公共服务中心举办“荔枝季”网络促销……", "zwgk/dzsjnc/content/post_1517335.html", "2021-6-29", "是", null, "2021-06-29"],
    ["赤坎区电子商务进农村综合示范项目建设进度（2021年5月）", "5月份，完成第二批村级站点验收……", "zwgk/dzsjnc/content/post_1511042.html", "2021年5月28日", "是", null, "2021-05-28"],
    ["《赤坎区促进农村电子商务发展扶持办法》政策解读", "为贯彻落实……现就《扶持办法》解读如下……", "zwgk/zcjd/content/post_1505511.html", "2021年4月30日", "否", "“政策解读”栏目", null],
    ["赤坎区电子商务进农村综合示范项目建设进度（2021年4月）", "4月份，区电商公共服务中心……", "zwgk/dzsjnc/content/post_1504987.html", "（未显示时间）", "是", "百度未显示时间；点开页面：发布时间 2021-04-27 09:30", "2021-04-27"],
    ["赤坎区电子商务进农村综合示范项目建设进度（2021年3月）", "3月份，开展农村电商普及培训……", "zwgk/dzsjnc/content/post_1498120.html", "2021年3月30日", "是", null, "2021-03-30"],
    ["赤坎区2021年政府信息公开工作要点", "……做好电子商务进农村综合示范等重点领域信息公开……", "zwgk/zfxxgk/content/post_1496733.html", "2021年3月12日", "否", "“政府信息公开”栏目，只是提到", null],
    ["赤坎区电子商务进农村综合示范项目建设进度（2021年2月）", "2月份，组织年货节网络促销……", "zwgk/dzsjnc/content/post_1491560.html", "2021年2月26日", "是", null, "2021-02-26"],
    ["赤坎区电子商务进农村综合示范项目建设进度（2021年1月）", "1月份，区电商公共服务中心……", "zwgk/dzsjnc/content/post_1486204.html", "2021年1月29日", "是", null, "2021-01-29"],
    ["赤坎区电子商务进农村综合示范项目建设进度（2020年12月）", "12月份，村级站点第一批挂牌……", "zwgk/dzsjnc/content/post_1479917.html", "2020年12月30日", "是", null, "2020-12-30"],
    ["赤坎区电子商务进农村综合示范项目建设进度（2020年11月）", "11月份，完成第一批站点选址……", "zwgk/dzsjnc/content/post_1473348.html", "2020年11月27日", "是", null, "2020-11-27"],
    ["赤坎区电子商务进农村综合示范项目建设进度（2020年10月）", "10月份，区电商公共服务中心装修……", "zwgk/dzsjnc/content/post_1467031.html", "2020-10-30", "是", null, "2020-10-30"],
    ["赤坎区电子商务进农村综合示范项目基本信息公示", "项目名称、承办单位、建设内容、资金安排、监督电话……", "zwgk/dzsjnc/content/post_1459622.html", "2020年9月25日", "是", null, "2020-09-25"],
    ["赤坎区电子商务进农村综合示范县（区）建设实施方案", "为加快推进我区电子商务进农村综合示范工作……", "zwgk/dzsjnc/content/post_1452208.html", "2020年8月14日", "是", null, "2020-08-14"],
  ];
  const dr = [
    ["赤坎区人民政府网“电子商务进农村综合示范”专栏文章检索结果（留底）", null, null, null, null, null, null],
    ["检索方式：百度搜索“site:www.zjchikan.gov.cn 电子商务进农村”　　检索时间：2021年9月3日 10:20　　检索人：区经信局电商股 庞××", null, null, null, null, null, null],
    ["说明：“百度显示时间”按搜索结果页原样照录，“3天前”“昨天”“5小时前”等相对时间以检索时间倒推；“是否专栏文章”由电商股逐条点开核对，网址含“/dzsjnc/”的是本专栏，其他栏目的页面不是专栏更新。", null, null, null, null, null, null],
    ["序号", "标题", "摘要（节选）", "网址", "百度显示时间", "是否专栏文章", "备注"],
  ];
  hits.forEach((h, i) => dr.push([i + 1, h[0], h[1], base + h[2], h[3], h[4], h[5]]));
  const col = hits.filter((h) => h[4] === "是");
  assert(col.every((h) => h[2].includes("/dzsjnc/")));
  assert(hits.filter((h) => h[4] === "否").every((h) => !h[2].includes("/dzsjnc/")));
  dr.push(["共检索到" + hits.length + "条结果，经核对属本专栏的" + col.length + "条。", null, null, null, null, null, null]);
  // relative times resolved against the search date
  const back = (days) => { const t = new Date(SEARCH + "T00:00:00Z"); t.setUTCDate(t.getUTCDate() - days); return t.toISOString().slice(0, 10); };
  assert.strictEqual(back(3), "2021-08-31");
  assert.strictEqual(back(1), "2021-09-02");
  assert.strictEqual(back(0), "2021-09-03");
  const drec = col.map((h) => ({ date: h[6] }));

  const notes = [
    ["说明"],
    ["1．本工作簿是区经济和信息化局电商股整理的佐证材料，共两张表。"],
    ["2．《村（居）委会名单》按区民政局2021年6月名册整理，村改居情况由各街道核实。"],
    ["3．区政府网站没有专栏更新登记，以百度检索结果逐条核对后代替；相对时间已在说明中注明读法。"],
    ["4．本页不是台账。"],
  ];

  writeCase("ledgers", "b86-l1-chikan.json", {
    description: "湛江市赤坎区（城区）经济和信息化局电商股交的两张表加说明页：①《村（居）民委员会名单（含村改居情况）》：序号|街道（纵向合并）|名称|现类别（村民委员会／社区居民委员会）|村改居情况|省定贫困村|快递进村|备注，22个村（居）里只有6个村民委员会；读法：以“现类别”为准——“百姓村社区居民委员会”“福建村社区居民委员会”名称里有“村”、村改居情况栏写着“原百姓村村民委员会”，“海头社区居民委员会”2021年6月才由村委会改设，都是社区（admin false）；“南桥村民委员会”已列入村改居计划但尚未批复，仍是行政村；村委会的省定贫困村填“否”（poor false）、快递进村“√”或“√（邮政代投）”（express true），社区两栏都是“—”（不适用，未列）；合计行和注不是记录。②《专栏文章检索结果（留底）》：区政府网站没有专栏更新登记，电商股用百度“site:”检索后把18条结果照录（序号|标题|摘要|网址|百度显示时间|是否专栏文章|备注），检索时间2021年9月3日 10:20写在第2行；读法：只有“是否专栏文章”为“是”（网址含/dzsjnc/）的15条是专栏更新，“部门动态”“政策解读”“政府信息公开”栏目的3条不是；相对时间按检索时间倒推（“3天前”→2021-08-31、“昨天 16:20”→2021-09-02、“5小时前”→2021-09-03），一条百度“（未显示时间）”的按备注里点开页面看到的发布时间2021-04-27；日期写法还有“2021-6-29”“2020-10-30”和“2021年7月30日”。③说明页不是台账。",
    sheets: [
      { name: "村（居）委会名单", rows: vr, merges: vm },
      { name: "专栏文章检索（百度）", rows: dr, merges: ["A1:G1", "A2:G2", "A3:G3", "A" + dr.length + ":G" + dr.length] },
      { name: "说明", rows: notes },
    ],
    expect: {
      sheets: {
        "村（居）委会名单": { kind: "villages", records: vrec },
        "专栏文章检索（百度）": { kind: "disclosures", records: drec },
        "说明": { kind: null },
      },
    },
  });
})();

// ===========================================================================
// LEDGERS l2: 广州市从化区 — 产业园入驻企业（孵化区／加速区，类型纵向合并）+ 典型案例征集报送 + 封面
// ===========================================================================
(function l2() {
  const R = rng(86002);
  const code = (p) => p + "440117MA" + Array.from({ length: 8 }, () => "0123456789ABCDEFGHJKLMNPQRTUWXY"[Math.floor(R() * 31)]).join("");
  // [type group, [name, entered cell, entered iso, zone, transfer date cell, transfer zone, left cell, left iso, remark]]
  const groups = [
    ["农产品网店", [
      ["广州市从化区荔枝红农产品网店", "2020.6.18", "2020-06-18", "孵化区", "2021.3.1", "加速区", "—", null, "孵化期满转入加速区"],
      ["广州从化流溪河鲜果电子商务有限公司", { date: "2020-06-18" }, "2020-06-18", "孵化区", "—", "—", "—", null, null],
      ["广州市从化区吕田山货网络销售部", "2020年7月", "2020-07", "孵化区", "—", "—", "2021.4.30", "2021-04-30", "孵化期未满自行退园"],
      ["广州从化鳌头农品汇电子商务有限公司", "20200915", "2020-09-15", "孵化区", "2021.6.1", "加速区", "—", null, "孵化期满转入加速区"],
      ["广州市从化区良口荔枝蜂蜜网店", "2021.3.8", "2021-03-08", "孵化区", "—", "—", "—", null, null],
      ["广州市从化区温泉镇农家特产网店", "2021.9.6", "2021-09-06", "孵化区", "—", "—", "—", null, "9月新入驻"],
    ]],
    ["直播电商", [
      ["广州从化云直播传媒有限公司", "2020.8.3", "2020-08-03", "孵化区", "2021.2.1", "加速区", "—", null, null],
      ["广州市从化区乡村主播工作室", "2020/11/3", "2020-11-03", "孵化区", "—", "—", "2021.9.20", "2021-09-20", "9月退园"],
      ["广州从化荔乡直播电商有限公司", "2021年5月10日", "2021-05-10", "加速区", "—", "—", "—", null, "直接入驻加速区"],
      ["广州市从化区流溪直播基地有限公司", serial("2021-06-21"), "2021-06-21", "孵化区", "—", "—", "—", null, null],
    ]],
    ["电商平台", [
      ["广州从化优品汇网络科技有限公司", "2020.6.18", "2020-06-18", "加速区", "—", "—", "—", null, null],
      ["广州市从化区乡村云集平台有限公司", "2020.12.15", "2020-12-15", "孵化区", "2021.7.1", "加速区", "2021.8.15", "2021-08-15", "转区后一个半月退园"],
    ]],
    ["代运营服务", [
      ["广州从化绿创电子商务运营有限公司", "2020.6.1", "2020-06-01", "加速区", "—", "—", "—", null, "园区运营方"],
      ["广州市从化区小微电商代运营工作室", "2020.10.19", "2020-10-19", "孵化区", "—", "—", "—", null, null],
      ["广州从化数农电商服务有限公司", "2021.1.15", "2021-01-15", "孵化区", "2021.8.2", "加速区", "—", null, null],
    ]],
    ["供应链（物流仓储）", [
      ["广州从化顺通供应链管理有限公司", "2020.7.6", "2020-07-06", "加速区", "—", "—", "—", null, null],
      ["广州市从化区村村达物流有限公司", "2020年9月", "2020-09", "加速区", "—", "—", "2021年3月", "2021-03", "退园，具体日期不详"],
      ["广州从化冷链仓储有限公司", "2021.4.19", "2021-04-19", "加速区", "—", "—", "—", null, null],
    ]],
  ];
  const er = [
    ["从化区农村电子商务产业园入驻企业登记表", null, null, null, null, null, null, null, null, null],
    ["运营单位：广州从化绿创电子商务运营有限公司　　登记截至：2021年9月10日", null, null, null, null, null, null, null, null, null],
    ["说明：孵化区企业孵化期满（“毕业”）可转入加速区继续在园，转区不是退园；退园以“退园日期”栏为准。企业类型按园区分类，同类企业排在一起、类型格合并。", null, null, null, null, null, null, null, null, null],
    ["企业类型", "序号", "企业名称", "统一社会信用代码", "入驻情况", null, "转区情况", null, "退园日期", "备注"],
    [null, null, null, null, "入驻日期", "入驻区域", "转区日期", "转入区域", null, null],
  ];
  const em = ["A1:J1", "A2:J2", "A3:J3", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:F4", "G4:H4", "I4:I5", "J4:J5"];
  const erec = [];
  let n = 0;
  for (const [type, list] of groups) {
    const start = er.length + 1;
    for (const e of list) {
      n++;
      const pre = /网店|工作室|销售部/.test(e[0]) ? "92" : "91";
      er.push([null, n, e[0], code(pre), e[1], e[3], e[4], e[5], e[6], e[8]]);
      erec.push({ name: e[0], type, entered: e[2], left: e[7] });
    }
    er[start - 1][0] = type;
    if (list.length > 1) em.push("A" + start + ":A" + er.length);
  }
  assert.strictEqual(erec.length, 18);
  const inPark = erec.filter((e) => le(e.entered, CUT) && !(e.left && le(e.left, CUT)));
  assert.strictEqual(inPark.length, 14);
  let r = er.push([null, "合计", "登记企业" + erec.length + "家（其中已退园4家、9月新入驻1家）", null, null, null, null, null, null, null]);
  em.push("C" + r + ":J" + r);
  assert.strictEqual(erec.filter((e) => e.left).length, 4);
  er.push([null, null, null, null, null, null, null, null, null, null]);
  r = er.push(["二、意向入驻企业（已签意向书，尚未交房，不属入驻企业）", null, null, null, null, null, null, null, null, null]);
  em.push("A" + r + ":J" + r);
  r = er.push([null, "序号", "企业名称", "意向区域", "签订意向书日期", null, "预计交房", null, "备注", null]);
  em.push("E" + r + ":F" + r, "G" + r + ":H" + r, "I" + r + ":J" + r);
  for (const [i, x] of [["广州市从化区城郊街生鲜配送有限公司", "加速区", "2021.8.10", "2021年10月"], ["广州从化山里人家农产品网店", "孵化区", "2021.8.26", "2021年9月底"]].entries()) {
    r = er.push([null, i + 1, x[0], x[1], x[2], null, x[3], null, "意向", null]);
    em.push("E" + r + ":F" + r, "G" + r + ":H" + r, "I" + r + ":J" + r);
  }

  // ---- materials: 典型案例征集报送 ----
  // [案例名称, 申报主体, 收稿, 初审, 报送市局 cell, iso or null, 市局评审结果, 备注]
  const cases = [
    ["荔枝“线上认养”助农增收", "广州从化流溪河鲜果电子商务有限公司", "2021.3.15", "推荐", "2021.3.26", "2021-03-26", "2021年5月20日入选全市优秀案例", null],
    ["村播带货：让从化山货走出大山", "广州从化云直播传媒有限公司", "2021.3.18", "推荐", { date: "2021-03-26" }, "2021-03-26", "未入选", null],
    ["“合作社＋电商”带动小农户", "鳌头镇某果蔬专业合作社", "2021.3.20", "不推荐（材料不全）", "—", null, "—", "退回申报主体"],
    ["从化区电子商务进农村综合示范经验做法", "区商务局（自撰）", "—", "—", "2021年6月8日", "2021-06-08", "—", "经验材料"],
    ["冷链仓储服务山区农户", "广州从化冷链仓储有限公司", "2021.7.12", "推荐（待报）", "—", null, "—", "拟随第二批报送"],
    ["温泉镇“党建＋电商”促振兴", "温泉镇人民政府", "2021.8.16", "推荐", "20210825", "2021-08-25", "评审中", null],
    ["从化区电子商务进农村综合示范创建工作总结", "区商务局（自撰）", "—", "—", "2021.9.7", "2021-09-07", "—", null],
  ];
  const cr = [
    ["从化区电子商务进农村典型案例征集报送情况", null, null, null, null, null, null, null, null],
    ["说明：按广州市商务局征集通知，区内征集的案例经区商务局初审，推荐的报送市商务局；“报送市局日期”为正式报送日期；市局评审结果另行通知，评审日期不是报送日期。", null, null, null, null, null, null, null, null],
    ["序号", "案例名称", "申报主体", "区内收稿日期", "区初审意见", "报送市局日期", "市局评审结果", "备注", null],
  ];
  const cm = ["A1:I1", "A2:I2", "H3:I3"];
  cases.forEach((c, i) => { const rr = cr.push([i + 1, c[0], c[1], c[2], c[3], c[4], c[6], c[7], null]); cm.push("H" + rr + ":I" + rr); });
  const crec = cases.filter((c) => c[5]).map((c) => ({ date: c[5] }));
  assert.strictEqual(crec.length, 5);
  r = cr.push(["填报：区商务局电商股　　2021年9月10日", null, null, null, null, null, null, null, null]);
  cm.push("A" + r + ":I" + r);

  const cover = [
    ["从化区电子商务进农村综合示范创建考评佐证材料"],
    ["第三册　产业园及宣传推广"],
    [null],
    ["广州市从化区商务局"],
    ["二〇二一年九月"],
  ];

  writeCase("ledgers", "b86-l2-conghua.json", {
    description: "广州市从化区商务局交的台账第三册（封面+两张表）：①产业园运营方的《农村电子商务产业园入驻企业登记表》：表头上方三行（标题、运营单位与“登记截至2021年9月10日”、说明“孵化期满‘毕业’转入加速区继续在园，转区不是退园”），两行表头（“入驻情况”合并在 入驻日期|入驻区域 之上，“转区情况”合并在 转区日期|转入区域 之上，其余列纵向合并），企业类型在A列、同类企业排在一起且类型格纵向合并（农产品网店6家、直播电商4家、电商平台2家、代运营服务3家、供应链（物流仓储）3家），共18家；读法：类型取所在合并格；转区日期不是退园，转区后“退园日期”仍为“—”的是在园（left null）；“乡村云集平台”7月转区、8月15日退园（left 2021-08-15）；退园日期有“2021年3月”只到月的；入驻日期有真日期、Excel序列号（流溪直播基地" + serial("2021-06-21") + "即2021-06-21）、“2020年7月”、“20200915”、“2020/11/3”；合计行不是企业；下方“二、意向入驻企业（已签意向书，尚未交房，不属入驻企业）”两家不是记录。②《典型案例征集报送情况》当经验材料台账：序号|案例名称|申报主体|区内收稿日期|区初审意见|报送市局日期|市局评审结果|备注；只有填了“报送市局日期”的5条是报送市局的材料，日期取“报送市局日期”（不是收稿日期，也不是“2021年5月20日入选”这类评审日期）：“不推荐（材料不全）”和“推荐（待报）”两条没有报送，不是记录；区商务局自撰的经验做法、9月7日报送的工作总结（截止日后也照记）都是记录；日期写法有真日期、“2021年6月8日”“20210825”。③封面不是台账。",
    sheets: [
      { name: "封面", rows: cover },
      { name: "产业园入驻企业", rows: er, merges: em },
      { name: "典型案例征集报送", rows: cr, merges: cm },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "产业园入驻企业": { kind: "enterprises", records: erec },
        "典型案例征集报送": { kind: "materials", records: crec },
      },
    },
  });
})();

// ===========================================================================
// final self-check over the written files
// ===========================================================================
(function selfCheck() {
  const FACT_KEYS = new Set(["county", "asOf", "residentPopulation", "adminVillagesStated", "poorVillagesStated", "planIssued", "policyIssued", "centerOpened", "centerFreeTraining", "centerDisplay", "centerPhoto", "centerBrand", "centerOther", "parkBuilt", "thirdPartyOperator", "expressCoverage", "ruralRetail2019", "ruralRetail2020", "agriRetail2019", "agriRetail2020", "ruralRetailGrowthStated", "agriRetailGrowthStated", "trainingPersonTimesStated", "eligiblePoorPersonsStated", "trainedPoorPersonsStated", "disclosurePlan", "disclosureProjects", "disclosureProgress", "disclosureWindow", "povertyStatisticsStated", "fundAllocated", "fundSpentStated", "fundSystemIssued", "fundLedgerKept", "overallProgress", "vetoIncident", "vetoFraud"]);
  const JUDGED = new Set(["org.plan", "org.policy", "org.management.system", "org.management.ledger", "work.upward.research", "work.upward.promotion", "work.upward.standards", "fund.system", "fund.ledger", "fund.spending"]);
  const IDS = ["org.leadership", "org.plan", "org.policy", "org.management", "work.center", "work.coverage", "work.upward", "work.training", "info.disclosure", "info.reporting", "promo.cases", "promo.media", "fund.system", "fund.ledger", "fund.spending", "bonus.poorTraining", "bonus.tvCase", "veto.incident", "veto.progress", "veto.fraud"];
  const MAX = { "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 4, "work.center": 15, "work.coverage": 10, "work.upward": 10, "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 5, "fund.ledger": 5, "fund.spending": 5, "bonus.poorTraining": 2, "bonus.tvCase": 2 };
  const FIELDS = { villages: ["name", "admin", "poor", "express"], poorVillages: ["name"], stations: ["village", "opened"], training: ["date", "personTimes", "id"], poorPersons: ["id", "labour", "migrant"], enterprises: ["name", "type", "entered", "left"], funds: ["date", "amount"], reports: ["date", "poverty"], disclosures: ["date"], media: ["date", "level", "tv"], materials: ["date"] };
  const isDate = (v) => typeof v === "string" && /^\d{4}-\d{2}(-\d{2})?$/.test(v);
  const files = [];
  for (const folder of ["facts", "ledgers", "counties"]) {
    const dir = path.join(ROOT, folder);
    for (const f of fs.readdirSync(dir)) if (f.startsWith("b86-")) files.push([folder, f, JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"))]);
  }
  assert.strictEqual(files.filter((x) => x[0] === "facts").length, 3);
  assert.strictEqual(files.filter((x) => x[0] === "ledgers").length, 2);
  assert.strictEqual(files.filter((x) => x[0] === "counties").length, 1);
  for (const [folder, f, c] of files) {
    assert(typeof c.description === "string" && c.description.length > 0);
    for (const s of c.sheets) checkSheet(s);
    const names = c.sheets.map((s) => s.name);
    assert.strictEqual(new Set(names).size, names.length, f + ": duplicate sheet names");
    if (folder === "facts") {
      for (const [k, v] of Object.entries(c.expect.facts)) {
        assert(FACT_KEYS.has(k), f + ": unknown fact " + k);
        if (["asOf", "centerOpened"].includes(k)) assert(isDate(v), f + ": " + k);
      }
      for (const [k, v] of Object.entries(c.expect.judged || {})) assert(JUDGED.has(k) && typeof v === "number", f + ": judged " + k);
      if (c.expect.leadership) assert(["principal-all", "principal", "deputy", "other"].includes(c.expect.leadership));
    }
    if (folder === "ledgers") {
      for (const [name, sh] of Object.entries(c.expect.sheets)) {
        assert(names.includes(name), f + ": no sheet " + name);
        if (sh.kind === null) continue;
        assert(FIELDS[sh.kind], f + ": kind " + sh.kind);
        for (const r of sh.records) for (const [k, v] of Object.entries(r)) {
          assert(FIELDS[sh.kind].includes(k), f + ": field " + k);
          if (["date", "opened", "entered"].includes(k)) assert(isDate(v), f + ": " + k + " " + v);
          if (k === "left") assert(v === null || isDate(v));
        }
      }
    }
    if (folder === "counties") {
      const e = c.expect;
      assert.deepStrictEqual(Object.keys(e.points).sort(), IDS.slice().sort());
      for (const [k, v] of Object.entries(e.points)) if (MAX[k] !== undefined) assert(v <= MAX[k] && (v >= 0 || (k === "fund.spending" && v === -5)), f + ": " + k);
      const scored = IDS.filter((k) => !k.startsWith("bonus") && !k.startsWith("veto"));
      const b = Math.min(e.points["bonus.poorTraining"] + e.points["bonus.tvCase"], 4);
      assert.strictEqual(e.bonus, b);
      assert.strictEqual(e.total, e.vetoed ? 0 : sum(scored.map((k) => e.points[k])) + b, f + ": total");
      for (const id of IDS) assert(c.derivation.some((d) => d.startsWith(id + ":")), f + ": derivation " + id);
      for (const k of Object.keys(e.claimed || {})) assert(IDS.includes(k));
    }
  }
  console.log("self-check ok: " + files.length + " cases");
})();
