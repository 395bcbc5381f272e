"use strict";
// Batch 90 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
const fs = require("fs");

// ---------------------------------------------------------------- helpers

/** A real Excel date cell. */
function D(iso) {
  return { date: iso };
}

/** Column letters for a 0-based column index. */
function colName(i) {
  let s = "";
  let n = i + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Parse "B3" → { r: 2, c: 1 }. */
function parseRef(ref) {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error("bad ref " + ref);
  let c = 0;
  for (const ch of m[1]) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}

/** Pad every row to the same width (the sheet's widest row, or `width`). */
function pad(rows, width) {
  const w = Math.max(width || 0, ...rows.map((r) => r.length));
  return rows.map((r) => {
    const out = r.slice();
    while (out.length < w) out.push(null);
    return out;
  });
}

/** Build a sheet object; rows are padded to a rectangle. */
function sheet(name, rows, merges, hidden) {
  const s = { name, rows: pad(rows) };
  if (merges && merges.length) s.merges = merges;
  if (hidden) s.hidden = true;
  return s;
}

function isCell(v) {
  if (v === null) return true;
  if (typeof v === "string" || typeof v === "boolean") return true;
  if (typeof v === "number") return Number.isFinite(v);
  if (v && typeof v === "object") {
    const keys = Object.keys(v);
    return keys.length === 1 && keys[0] === "date" && /^\d{4}-\d{2}-\d{2}$/.test(v.date) &&
      !Number.isNaN(Date.parse(v.date + "T00:00:00Z"));
  }
  return false;
}

function validateSheet(file, s) {
  const where = file + " / " + s.name;
  if (typeof s.name !== "string" || !s.name) throw new Error(where + ": no name");
  if (!Array.isArray(s.rows) || s.rows.length === 0) throw new Error(where + ": no rows");
  const w = s.rows[0].length;
  s.rows.forEach((row, i) => {
    if (!Array.isArray(row)) throw new Error(where + ": row " + (i + 1) + " not an array");
    if (row.length !== w) throw new Error(where + ": row " + (i + 1) + " has " + row.length + " cells, expected " + w);
    row.forEach((v, j) => {
      if (!isCell(v)) throw new Error(where + ": bad cell " + colName(j) + (i + 1) + " = " + JSON.stringify(v));
    });
  });
  const seen = new Set();
  for (const m of s.merges || []) {
    const parts = m.split(":");
    if (parts.length !== 2) throw new Error(where + ": bad merge " + m);
    const a = parseRef(parts[0]);
    const b = parseRef(parts[1]);
    if (a.r > b.r || a.c > b.c) throw new Error(where + ": inverted merge " + m);
    if (b.r >= s.rows.length || b.c >= w) throw new Error(where + ": merge outside grid " + m);
    if (a.r === b.r && a.c === b.c) throw new Error(where + ": one-cell merge " + m);
    for (let r = a.r; r <= b.r; r++) {
      for (let c = a.c; c <= b.c; c++) {
        const k = r + "," + c;
        if (seen.has(k)) throw new Error(where + ": overlapping merge " + m);
        seen.add(k);
        if ((r !== a.r || c !== a.c) && s.rows[r][c] !== null) {
          throw new Error(where + ": covered cell " + colName(c) + (r + 1) + " of merge " + m + " is not empty: " + JSON.stringify(s.rows[r][c]));
        }
      }
    }
  }
}

function validateCase(file, obj) {
  if (typeof obj.description !== "string" || !obj.description) throw new Error(file + ": no description");
  if (!Array.isArray(obj.sheets) || !obj.sheets.length) throw new Error(file + ": no sheets");
  const names = new Set();
  for (const s of obj.sheets) {
    if (names.has(s.name)) throw new Error(file + ": duplicate sheet name " + s.name);
    names.add(s.name);
    validateSheet(file, s);
  }
  if (!obj.expect) throw new Error(file + ": no expect");
  if (obj.expect.sheets) {
    for (const n of Object.keys(obj.expect.sheets)) {
      if (!names.has(n)) throw new Error(file + ": expect names unknown sheet " + n);
    }
    for (const n of names) {
      if (!obj.expect.sheets[n]) throw new Error(file + ": sheet " + n + " has no expectation");
    }
  }
}

const written = [];
function write(folder, file, obj) {
  validateCase(folder + "/" + file, obj);
  const dir = path.join(ROOT, folder);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, file), JSON.stringify(obj, null, 2) + "\n", "utf8");
  written.push(folder + "/" + file);
}

function assertEq(what, got, want) {
  if (JSON.stringify(got) !== JSON.stringify(want)) {
    throw new Error("check failed: " + what + ": got " + JSON.stringify(got) + ", want " + JSON.stringify(want));
  }
}

// Resident identity numbers: 17 digits + ISO 7064 MOD 11-2 check character.
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_C = "10X98765432";
function idNo(area, birth, seq) {
  const body = area + birth + String(seq).padStart(3, "0");
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(body[i]) * ID_W[i];
  return body + ID_C[s % 11];
}

/** Tiny deterministic generator (mulberry32) for names and birthdays. */
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

const SURNAMES = "陈黄李张林刘叶钟邓曾谢罗吴何杨郑赖周徐梁彭朱廖蔡温袁巫丘古".split("");
const GIVEN = "伟强明华建国志文平辉海军东红丽芳秀英玉兰桂芬美娟燕琼雪梅春霞金凤亚珍惠敏嘉欣思雨俊杰宇浩子轩振兴德福贵荣发成永".split("");
function personNames(seed, n) {
  const r = rng(seed);
  const seen = new Set();
  const out = [];
  while (out.length < n) {
    const s = SURNAMES[Math.floor(r() * SURNAMES.length)];
    const g1 = GIVEN[Math.floor(r() * GIVEN.length)];
    const two = r() < 0.7;
    const g2 = GIVEN[Math.floor(r() * GIVEN.length)];
    const name = s + g1 + (two ? g2 : "");
    if (seen.has(name)) continue;
    seen.add(name);
    out.push(name);
  }
  return out;
}
function birthdays(seed, n, fromYear, toYear) {
  const r = rng(seed);
  const out = [];
  for (let i = 0; i < n; i++) {
    const y = fromYear + Math.floor(r() * (toYear - fromYear + 1));
    const m = 1 + Math.floor(r() * 12);
    const d = 1 + Math.floor(r() * 28);
    out.push(String(y) + String(m).padStart(2, "0") + String(d).padStart(2, "0"));
  }
  return out;
}


/** Date written in one of the ways clerks type it (k picks the way). */
function clerkDate(iso, k) {
  const [y, m, d] = iso.split("-").map(Number);
  switch (k % 6) {
    case 0: return D(iso);
    case 1: return y + "." + m + "." + d;
    case 2: return y + "年" + m + "月" + d + "日";
    case 3: return y + "/" + m + "/" + d;
    case 4: return iso.replace(/-/g, "");
    default: return y + "-" + m + "-" + d;
  }
}

function sum(a) {
  return a.reduce((s, x) => s + x, 0);
}

// Cases are added below, one function each.
const CASES = [];

// ---------------------------------------------------------------- C1 惠阳区（惠州）整本工作簿
CASES.push(function caseC1Huiyang() {
  const CUT = "2021-08-31";
  // ---- 附1 村（居）委会名单
  const towns = [
    { town: "淡水街道", villages: [], communities: ["桥东社区", "桥西社区", "开城社区", "土湖社区", "长安社区", "洋纳社区"] },
    { town: "秋长街道", villages: ["白石村", "周田村", "茶园村", "官山村", "岭湖村", "黄竹沥村", "松园村", "新塘村", "东山村"], communities: ["西湖社区", "秋长社区"] },
    { town: "沙田镇", villages: ["田头村", "东澳村", "沙田村", "洋坑村", "马山村", "铁门村", "大布村", "湖塘村"], communities: ["金沙社区"] },
    { town: "新圩镇", villages: ["长布村", "新圩村", "元洞村", "约场村", "塘吓村", "红田村", "东风村", "产径村", "南坑村", "窑前村"], communities: ["新联社区"] },
    { town: "镇隆镇", villages: ["大山下村", "井龙村", "黄洞村", "甘陂村", "山顶村", "皇思扬村", "楼下村", "长龙村", "新寮村", "桔子村"], communities: ["镇隆社区"] },
    { town: "永湖镇", villages: ["永湖村", "马过渡村", "鹿颈村", "高岭村", "石岗村", "白云村", "茶山村", "维新村"], communities: ["湖山社区"] },
    { town: "良井镇", villages: ["良井村", "霞角村", "矮光村", "围岭村", "大光村", "草塘村", "新坡村", "竹园村"], communities: [] },
    { town: "平潭镇", villages: ["平潭村", "马安村", "洪岭村", "广和村", "新光村", "三和村", "沙坑村"], communities: [] },
  ];
  const poor = new Set(["矮光村", "洪岭村", "皇思扬村", "约场村", "马过渡村"]);
  const allVillages = [].concat(...towns.map((t) => t.villages));
  assertEq("C1 行政村数", allVillages.length, 60);
  assertEq("C1 村名不重复", new Set(allVillages).size, 60);
  assertEq("C1 社区数", sum(towns.map((t) => t.communities.length)), 12);

  const vRows = [
    ["惠阳区村（居）民委员会名单", null, null, null, null, null, null],
    ["填报单位：惠阳区商务局（据区民政局2021年村（社区）“两委”换届统计）", null, null, null, null, "截至2021年8月31日", null],
    ["序号", "镇（街道）", "村（居）委会", "性质", "省定贫困村", "快递进村", "备注"],
  ];
  const vMerges = ["A1:G1", "A2:E2", "F2:G2"];
  let no = 0;
  for (const t of towns) {
    const start = vRows.length;
    const list = t.villages.map((v) => [v, "村委会"]).concat(t.communities.map((c) => [c, "居委会"]));
    list.forEach(([name, kind], i) => {
      no++;
      vRows.push([
        no,
        i === 0 ? t.town : null,
        name,
        kind,
        kind === "村委会" && poor.has(name) ? "省定" : null,
        kind === "村委会" ? "✓" : null,
        kind === "居委会" ? "城镇社区，不纳入行政村统计" : null,
      ]);
    });
    if (list.length > 1) vMerges.push("B" + (start + 1) + ":B" + vRows.length);
  }
  vRows.push(["合计", null, "村委会60个，居委会12个", null, "5个", "60个", null]);
  vMerges.push("A" + vRows.length + ":B" + vRows.length);
  vRows.push(["注：1.“省定贫困村”栏标“省定”的为省定贫困村（相对贫困村）；2.快递进村据区邮政管理部门2021年8月核实情况填写。", null, null, null, null, null, null]);
  vMerges.push("A" + vRows.length + ":G" + vRows.length);

  // ---- 附2 站点清单
  const uncovered = new Set(["松园村", "东山村", "铁门村", "大布村", "湖塘村", "南坑村", "窑前村", "产径村", "新寮村", "桔子村",
    "马过渡村", "茶山村", "维新村", "新坡村", "竹园村", "草塘村", "三和村", "沙坑村"]);
  assertEq("C1 未覆盖村数", uncovered.size, 18);
  const variants = ["", "村委会", "村民委员会"];
  const sRows = [
    ["惠阳区村级电子商务服务站点清单", null, null, null, null, null, null, null],
    ["序号", "镇（街道）", "站点情况", null, null, "负责人", "联系电话", "挂牌时间"],
    [null, null, "站点名称", "所在村（社区）", "详细地址", null, null, null],
  ];
  const sMerges = ["A1:H1", "A2:A3", "B2:B3", "C2:E2", "F2:F3", "G2:G3", "H2:H3"];
  const names = personNames(9001, 80);
  let k = 0;
  let sNo = 0;
  const stationRecords = []; // [village, openedIso or month, countsAsOfCut]
  const baseDates = ["2020-06-22", "2020-07-16", "2020-08-11", "2020-09-18", "2020-10-26", "2020-11-05", "2020-11-27",
    "2020-12-10", "2021-01-15", "2021-03-12", "2021-04-08", "2021-05-20", "2021-06-17", "2021-07-06"];
  function addStation(town, village, written, opened, openedCell, address, stationName) {
    sNo++;
    const short = village.replace(/(村|社区)$/, "");
    sRows.push([
      sNo,
      town,
      stationName ? stationName : village.endsWith("林场") ? "惠阳区" + village + "电商服务点" : "惠阳区" + town + short + (village.endsWith("社区") ? "社区" : "村") + "电商服务站",
      written,
      address || town + short + (village.endsWith("社区") ? "社区" : "村") + "综合服务中心一楼",
      names[sNo % names.length],
      "13" + String(700000000 + sNo * 7919).slice(0, 9),
      openedCell,
    ]);
    stationRecords.push([village, opened]);
  }
  for (const t of towns) {
    for (const c of t.communities) {
      if (c === "桥东社区") addStation(t.town, c, c, "2020-09-03", clerkDate("2020-09-03", 1));
    }
    for (const v of t.villages) {
      if (v === "洪岭村") {
        addStation(t.town, v, v + "委会", "2021-08-31", "2021.8.31");
        continue;
      }
      if (v === "广和村") {
        addStation(t.town, v, v, "2021-08", "2021年8月");
        continue;
      }
      if (v === "马过渡村") {
        addStation(t.town, v, v, "2021-09-06", clerkDate("2021-09-06", 2));
        continue;
      }
      if (v === "东山村") {
        addStation(t.town, v, v + "民委员会", "2021-09", "2021年9月");
        continue;
      }
      if (uncovered.has(v)) continue;
      const iso = baseDates[k % baseDates.length];
      addStation(t.town, v, v.replace(/村$/, "") + "村" + variants[k % 3].replace(/^村/, ""), iso, clerkDate(iso, k));
      k++;
      if (v === "周田村") {
        addStation(t.town, v, "周田村委会", "2021-04-22", clerkDate("2021-04-22", 3), "秋长街道周田村老屋下小组", "惠阳区秋长街道周田村电商服务站（老屋下二站）");
      }
    }
    if (t.town === "沙田镇") addStation(t.town, "金沙社区", "金沙社区", "2021-01-15", clerkDate("2021-01-15", 0));
    if (t.town === "镇隆镇") addStation(t.town, "镇隆林场", "镇隆林场", "2020-12-10", "2020.12.10", "镇隆镇镇隆林场场部");
  }
  sRows.push(["合计：共" + sNo + "个站点（含社区站点2个、林场服务点1个）", null, null, null, null, null, null, null]);
  sMerges.push("A" + sRows.length + ":H" + sRows.length);
  sRows.push(["注：挂牌时间以挂牌仪式日期为准；马过渡村、东山村站点为9月新挂牌。", null, null, null, null, null, null, null]);
  sMerges.push("A" + sRows.length + ":H" + sRows.length);
  sRows.push(["填表人：叶××", null, null, null, "审核：钟××", null, "填表日期：2021年9月6日", null]);

  // check coverage as a reviewer counts it
  const admin = new Set(allVillages);
  const coveredByCut = new Set(stationRecords.filter(([v, o]) => admin.has(v) && o <= CUT).map(([v]) => v));
  assertEq("C1 覆盖行政村", coveredByCut.size, 42);
  assertEq("C1 覆盖贫困村", [...poor].filter((v) => coveredByCut.has(v)).length, 4);

  // ---- 附5 贫困人口 (built before 附4 so 附4 can reuse the IDs)
  const pNames = personNames(9002, 60);
  const births = birthdays(9003, 60, 1962, 2002);
  const persons = [];
  for (let i = 0; i < 52; i++) {
    let seq = 101 + i * 3;
    let id = idNo("441303", births[i], seq);
    if (i === 19) {
      // 这一位的身份证号末位是 X（签到表里写成小写 x）
      while (!id.endsWith("X")) { seq++; id = idNo("441303", births[i], seq); }
    }
    // 0-39 eligible; 40-46 no labour; 47-51 migrants
    const labour = i < 40 || i >= 47;
    const migrant = i >= 47;
    persons.push({ name: pNames[i], id, labour, migrant });
  }
  const E = persons.slice(0, 40);
  const M = persons.slice(47);
  const poorVillagesOrder = ["矮光村", "洪岭村", "皇思扬村", "约场村", "马过渡村"];
  const pvTown = { "矮光村": "良井镇", "洪岭村": "平潭镇", "皇思扬村": "镇隆镇", "约场村": "新圩镇", "马过渡村": "永湖镇" };
  const labourWords = ["普通劳动力", "技能劳动力", "普通劳动力", "普通劳动力"];
  const pRows = [
    ["惠阳区建档立卡贫困人口劳动力情况表（电商培训对象）", null, null, null, null, null, null, null],
    ["提供单位：惠阳区乡村振兴局", null, null, null, null, "数据时点：2021年8月", null, null],
    ["序号", "所在镇", "所在村", "姓名", "身份证号码", "劳动能力", "是否外出务工", "备注"],
  ];
  const pMerges = ["A1:H1", "A2:E2", "F2:H2"];
  // Persons are listed village by village; a village's rows keep town/village merged.
  const order = [];
  for (let i = 0; i < 52; i++) order.push(i);
  const perVillage = [11, 11, 10, 10, 10];
  let at = 0;
  let pno = 0;
  poorVillagesOrder.forEach((v, vi) => {
    const start = pRows.length;
    for (let j = 0; j < perVillage[vi]; j++) {
      const p = persons[order[at++]];
      p.village = v;
      pno++;
      pRows.push([
        pno,
        j === 0 ? pvTown[v] : null,
        j === 0 ? v : null,
        p.name,
        p.id,
        p.labour ? labourWords[pno % 4] : (pno % 2 ? "丧失劳动力" : "无劳动力"),
        p.migrant ? "是" : "否",
        p.migrant ? "广州务工" : (p.labour ? null : (pno % 2 ? "长期患病" : "在校学生")),
      ]);
    }
    pMerges.push("B" + (start + 1) + ":B" + pRows.length, "C" + (start + 1) + ":C" + pRows.length);
  });
  assertEq("C1 贫困人口行数", pno, 52);
  pRows.push(["合计52人，其中有劳动能力45人（外出务工5人），无劳动能力7人。", null, null, null, null, null, null, null]);
  pMerges.push("A" + pRows.length + ":H" + pRows.length);

  // ---- 附4 贫困户专场签到
  const outsider = personNames(9004, 3);
  const outsiderIds = [idNo("441303", "19790611", 233), idNo("441303", "19850203", 418)];
  function spaced(id) {
    return id.slice(0, 6) + " " + id.slice(6, 14) + " " + id.slice(14);
  }
  const sessions4 = [
    { title: "贫困户电商专场培训（第一期）", when: "培训时间：2020年11月19日", iso: "2020-11-19", place: "良井镇政府三楼会议室",
      people: E.slice(0, 10).map((p) => [p.name, p.id]).concat([[M[0].name, M[0].id]]) },
    { title: "贫困户电商专场培训（第二期）", when: "培训时间：2021.3.18", iso: "2021-03-18", place: "区电子商务公共服务中心",
      people: E.slice(10, 18).map((p) => [p.name, p.id]).concat([[E[3].name, E[3].id], [outsider[0], outsiderIds[0]]]) },
    { title: "贫困户电商专场培训（第三期）", when: "培训时间：2021年6月24日", iso: "2021-06-24", place: "平潭镇洪岭村党群服务中心",
      people: [[E[18].name, E[18].id], [E[19].name, E[19].id.toLowerCase()], [outsider[1], outsiderIds[1]], [E[0].name, E[0].id], [E[1].name, E[1].id], [E[2].name, E[2].id]] },
    { title: "贫困户电商专场培训（第四期）", when: "培训时间：2021年9月9日", iso: "2021-09-09", place: "区电子商务公共服务中心",
      people: [[E[20].name, E[20].id], [E[21].name, E[21].id], [E[0].name, E[0].id]] },
  ];
  // the ID of E[7] is written with spaces on the sign-in sheet
  sessions4[0].people[7][1] = spaced(E[7].id);
  const tRows4 = [];
  const tMerges4 = [];
  let signRowsByCut = 0;
  for (const s of sessions4) {
    tRows4.push([s.title, null, null, null, null]);
    tMerges4.push("A" + tRows4.length + ":E" + tRows4.length);
    tRows4.push([s.when, null, "地点：" + s.place, null, null]);
    tMerges4.push("A" + tRows4.length + ":B" + tRows4.length, "C" + tRows4.length + ":E" + tRows4.length);
    tRows4.push(["序号", "姓名", "身份证号码", "所在村", "签名"]);
    s.people.forEach(([n, id], i) => {
      const who = persons.find((p) => p.name === n);
      tRows4.push([i + 1, n, id, who ? who.village : "矮光村", n]);
    });
    if (s.iso <= CUT) signRowsByCut += s.people.length;
    tRows4.push([null, null, null, null, null]);
  }
  tRows4.push(["说明：专场培训人次未计入附3《普及培训台账》，以本表签到为准。", null, null, null, null]);
  tMerges4.push("A" + tRows4.length + ":E" + tRows4.length);
  assertEq("C1 专场签到人次（截止日前）", signRowsByCut, 27);
  // trained eligible persons as a reviewer matches them
  const eligibleIds = new Set(E.map((p) => p.id));
  const trained = new Set();
  for (const s of sessions4) {
    if (s.iso > CUT) continue;
    for (const [, id] of s.people) {
      const norm = id.replace(/\s+/g, "").toUpperCase();
      if (eligibleIds.has(norm)) trained.add(norm);
    }
  }
  assertEq("C1 参训贫困人口", trained.size, 20);

  // ---- 附3 普及培训台账 (sessions, 人次)
  const sess = [
    ["2020-06-18", 168, "区行政服务中心多功能厅", "电商基础知识与开店实务", "返乡青年、个体户"],
    ["2020-07-16", 152, "秋长街道办事处会议室", "农产品网店运营", "种养大户"],
    ["2020-08-13", 175, "沙田镇政府会议室", "短视频拍摄与剪辑", "村干部、村民"],
    ["2020-09-10", 140, "新圩镇文化站", "电商基础知识", "村民"],
    ["2020-09-24", 186, "镇隆镇政府大会堂", "荔枝网络营销", "果农、合作社"],
    ["2020-10-22", 160, "永湖镇政府会议室", "网店美工基础", "青年创业者"],
    ["2020-11-05", 171, "良井镇文化站", "直播带货入门", "村民"],
    ["2020-11-26", 149, "平潭镇政府会议室", "农产品包装与品牌", "合作社"],
    ["2020-12-22", 158, "区电子商务公共服务中心", "电商基础知识", "机关干部"],
    ["2021-01-07", 182, "区电子商务公共服务中心", "社交电商", "个体户"],
    ["2021-01-21", 165, "淡水街道桥东社区", "网上年货节营销", "商户"],
    ["2021-03-04", 137, "区电子商务公共服务中心", "跨境电商入门", "企业"],
    ["2021-03-25", 190, "秋长街道办事处会议室", "直播带货进阶", "青年创业者"],
    ["2021-04-08", 176, "沙田镇政府会议室", "农产品上行与供应链", "合作社"],
    ["2021-04-22", 144, "新圩镇文化站", "短视频运营", "村民"],
    ["2021-05-13", 163, "镇隆镇政府大会堂", "荔枝季网络促销", "果农"],
    ["2021-05-27", 155, "永湖镇政府会议室", "网店客服与售后", "个体户"],
    ["2021-06-10", 181, "良井镇文化站", "电商基础知识", "村民"],
    ["2021-06-17", 147, "平潭镇政府会议室", "农村电商创业", "返乡青年"],
    ["2021-06-29", 169, "区电子商务公共服务中心", "电商数据分析", "企业"],
    ["2021-07-08", 174, "区电子商务公共服务中心", "直播基地实训", "主播学员"],
    ["2021-07-15", 158, "秋长街道白石村", "村播带货", "村民"],
    ["2021-07-22", 162, "沙田镇田头村", "电商基础知识", "村民"],
    ["2021-07-29", 139, "新圩镇长布村", "网店开设实操", "村民"],
    ["2021-08-05", 185, "镇隆镇大山下村", "农产品拍摄", "村民"],
    ["2021-08-12", 171, "永湖镇鹿颈村", "电商基础知识", "村民"],
    ["2021-08-19", 150, "良井镇霞角村", "社群营销", "村民"],
    ["2021-08-24", 166, "平潭镇平潭村", "直播带货入门", "村民"],
    ["2021-08-26", 178, "区电子商务公共服务中心", "电商政策解读", "机关干部"],
    ["2021-08-31", 220, "线上（视频号直播）", "惠阳好物直播公开课", "社会公众"],
  ];
  assertEq("C1 普及培训人次（截止日前）", sum(sess.map((s) => s[1])), 4971);
  assertEq("C1 培训人次合计（截止日前）", 4971 + signRowsByCut, 4998);
  const tRows3 = [
    ["惠阳区农村电商普及培训台账", null, null, null, null, null, null],
    ["填报单位：惠阳区商务局", null, null, null, null, "单位：人次", null],
    ["期次", "培训日期", "培训地点", "培训内容", "培训对象", "参训人次", "备注"],
  ];
  const tMerges3 = ["A1:G1", "A2:E2", "F2:G2"];
  let qi = 0;
  function sessRow(s, i) {
    qi++;
    let dateCell = clerkDate(s[0], i);
    let pt = s[1];
    if (qi === 25) pt = "１８５";
    if (qi === 13) pt = "190人次";
    return ["第" + qi + "期", dateCell, s[2], s[3], s[4], pt, null];
  }
  sess.slice(0, 9).forEach((s, i) => tRows3.push(sessRow(s, i)));
  tRows3.push(["2020年小计", null, null, null, null, sum(sess.slice(0, 9).map((s) => s[1])), null]);
  tMerges3.push("A" + tRows3.length + ":E" + tRows3.length);
  sess.slice(9).forEach((s, i) => tRows3.push(sessRow(s, i + 9)));
  // 2021.8.30-9.1 (a range: counts at its end, 9月1日) and 9月7日 (after the cut-off)
  qi++;
  tRows3.push(["第" + qi + "期", "2021.8.30-9.1", "区电子商务公共服务中心", "直播电商三天实训营", "主播学员", 86, "三天班"]);
  qi++;
  tRows3.push(["第" + qi + "期", "2021年9月7日", "镇隆镇政府大会堂", "电商基础知识", "村民", 152, "考评截止后"]);
  tRows3.push(["2021年小计", null, null, null, null, sum(sess.slice(9).map((s) => s[1])) + 86 + 152, null]);
  tMerges3.push("A" + tRows3.length + ":E" + tRows3.length);
  tRows3.push(["合计", null, null, null, null, 4971 + 86 + 152, null]);
  tMerges3.push("A" + tRows3.length + ":E" + tRows3.length);
  tRows3.push(["注：贫困户专场培训另见附4签到表，未计入本表。", null, null, null, null, null, null]);
  tMerges3.push("A" + tRows3.length + ":G" + tRows3.length);

  // ---- 附6 入驻企业
  const ent = [
    ["惠州市惠阳区鹏城农产品电子商务有限公司", "销售型", "2020-07-01", null],
    ["惠州市秋长优选网络科技有限公司", "平台型", "2020-07-01", null],
    ["惠阳区绿源果蔬网店", "销售型", "2020-07-15", null],
    ["惠州市惠阳区丰达物流有限公司", "物流快递", "2020-08-03", null],
    ["惠州市云启电商运营管理有限公司", "电商运营服务商", "2020-08-20", null],
    ["惠阳区客家好味食品商行", "销售型", "2020-09-01", null],
    ["惠州市直播星文化传媒有限公司", "直播电商", "2020-09-15", null],
    ["惠州市荔乡农业发展有限公司", "销售型", "2020-10-10", null],
    ["惠阳区小农优品网店", "销售型", "2020-10-12", "2021-03-15"],
    ["惠州市惠阳区快捷仓储服务有限公司", "物流快递", "2020-10-26", null],
    ["惠州市田园直供供应链有限公司", "平台型", "2020-11-02", null],
    ["惠阳区山货郎农产品店", "销售型", "2020.11", null],
    ["惠州市新农人电子商务有限公司", "电商运营服务商", "2020-11-20", null],
    ["惠阳区四季鲜网店", "销售型", "2020-12-01", "2021.6"],
    ["惠州市惠阳区乡味网络科技有限公司", "销售型", "2020-12-18", null],
    ["惠州市乡村好物供应链管理有限公司", "平台型", "2020-12-18", null],
    ["惠阳区甜心荔枝网店", "销售型", "2020-11-02", "2021年9月20日"],
    ["惠州市优农代运营服务有限公司", "电商运营服务商", "2021-01-11", null],
    ["惠州市惠阳区顺通速递有限公司", "物流快递", "2021-03-08", null],
    ["惠阳区客家米酒网店", "销售型", "2021-04-16", null],
    ["惠州市云启电商运营管理有限公司", "电商运营服务商", "2021-05-06", null],
    ["惠州市惠阳区鲜到家农产品有限公司", "销售型", "2021-06-01", null],
    ["惠阳区稻香坊食品网店", "销售型", "2021-07-19", null],
    ["惠州市惠阳区源头好货直播有限公司", "直播电商", "2021.9.10", null],
  ];
  const codes = ent.map((e, i) => "91441303MA5" + String(1000000 + i * 7331).slice(1) + "XYZ".charAt(i % 3));
  codes[20] = codes[4]; // 同一企业扩租
  const eRows = [
    ["惠阳区电子商务产业园入驻企业清单", null, null, null, null, null, null],
    ["运营单位：惠州市云启电商运营管理有限公司（产业园运营方）", null, null, null, null, null, null],
    ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注"],
  ];
  const eMerges = ["A1:G1", "A2:G2"];
  ent.forEach((e, i) => {
    const entered = /^\d{4}-\d{2}-\d{2}$/.test(e[2]) ? clerkDate(e[2], i) : e[2];
    const left = e[3] === null ? null : /^\d{4}-\d{2}-\d{2}$/.test(e[3]) ? D(e[3]) : e[3];
    eRows.push([i + 1, e[0], codes[i], e[1], entered, left,
      i === 20 ? "与第5行为同一企业，2021年5月扩租二楼，不另计" : i === 23 ? "考评截止后入驻" : i === 16 ? "已办理退园（9月）" : null]);
  });
  eRows.push(["注：退出时间为空的为在园企业。", null, null, null, null, null, null]);
  eMerges.push("A" + eRows.length + ":G" + eRows.length);
  // in the park at the cut-off, distinct by credit code
  const inPark = new Set();
  ent.forEach((e, i) => {
    const entered = e[2].length === 7 ? e[2] : e[2].replace(/\./g, "-").replace(/-(\d)(?=-|$)/g, "-0$1");
    const leftIso = e[3] === null ? null : e[3] === "2021.6" ? "2021-06" : e[3] === "2021年9月20日" ? "2021-09-20" : e[3];
    if (entered > CUT) return;
    if (leftIso !== null && leftIso <= CUT) return;
    inPark.add(codes[i]);
  });
  assertEq("C1 在园企业", inPark.size, 20);

  // ---- 附7 资金
  const fundRows = [
    ["2020-07-10", "县级电子商务公共服务中心建设（首付款）", "惠州市云启电商运营管理有限公司", 90, "记-0712", null],
    ["2020-09-28", "村级站点建设（第一批）", "惠州市新农人电子商务有限公司", 42.6, "记-0935", null],
    ["2020.11.20", "电商培训服务（第一期）", "惠州市优农代运营服务有限公司", 25, "记-1128", null],
    ["2020-12-25", "县级电子商务公共服务中心建设（进度款）", "惠州市云启电商运营管理有限公司", 60, "记-1266", null],
    ["2021.1.22", "村级站点建设（第二批）", "惠州市新农人电子商务有限公司", 38.4, "记-0118", null],
    ["2021.2.5", "农村物流配送补助", "惠州市惠阳区丰达物流有限公司", 20, "记-0207", "凭证号填错，本行作废，见下行"],
    ["2021.2.8", "农村物流配送补助", "惠州市惠阳区丰达物流有限公司", 20, "记-0211", null],
    ["2021/4/16", "农产品品牌推广", "惠州市直播星文化传媒有限公司", 18.5, "记-0423", null],
    ["2021年5月28日", "电商培训服务（第二期）", "惠州市优农代运营服务有限公司", 21.7, "记-0540", null],
    ["2021.7.9", "农产品上行（网络促销活动）", "惠州市秋长优选网络科技有限公司", 20, "记-0716", null],
    ["2021.8.31", "县级电子商务公共服务中心建设（尾款）", "惠州市云启电商运营管理有限公司", 15, "记-0855", null],
    ["2021.9.14", "村级站点建设（第三批）", "惠州市新农人电子商务有限公司", 40, "记-0912", "考评截止后"],
  ];
  const fRows = [
    ["惠阳区省级电子商务进农村综合示范专项资金拨付台账", null, null, null, null, null, null],
    ["下达资金：500万元（粤财工〔2019〕×号）", null, null, null, null, "单位：万元", null],
    ["序号", "拨付日期", "项目名称", "收款单位", "拨付金额", "凭证号", "备注"],
  ];
  const fMerges = ["A1:G1", "A2:E2", "F2:G2"];
  fundRows.forEach((r, i) => {
    const dateCell = i === 0 ? D(r[0]) : i === 1 || i === 3 ? clerkDate(r[0], 4) : r[0];
    const rowNo = i === 5 ? "（作废）" : i < 5 ? i + 1 : i;
    fRows.push([rowNo, dateCell, r[1], r[2], r[3], r[4], r[5]]);
  });
  fRows.push(["合计（不含作废行）", null, null, null, 391.2, null, null]);
  fMerges.push("A" + fRows.length + ":D" + fRows.length);
  fRows.push(["其中：截至2021年8月31日拨付351.2万元，支出率70.24%。", null, null, null, null, null, null]);
  fMerges.push("A" + fRows.length + ":G" + fRows.length);
  fRows.push(["制表：财务股 黄××", null, null, "复核：陈××", null, null, null]);
  const spentByCut = sum(fundRows.filter((r, i) => i !== 5 && i !== 11).map((r) => r[3]));
  assertEq("C1 截止日前拨付（万元）", Math.round(spentByCut * 10) / 10, 351.2);

  // ---- 附8 月报
  const reps = [
    ["2020-09-07", "2020年8月", "是"], ["2020-10-09", "2020年9月", "是"], ["2020.11.6", "2020年10月", "否"],
    ["2020年12月4日", "2020年11月", "是"], ["2021-01-08", "2020年12月", "是"], ["2021-02-05", "2021年1月", "是"],
    ["2021.3.5", "2021年2月", "否"], ["2021/4/7", "2021年3月", "是"], ["2021-05-08", "2021年4月", "是"],
    ["2021.6.4", "2021年5月", "是"], ["2021年7月6日", "2021年6月", "是"], ["2021-08-05", "2021年7月", "是"],
    ["2021-09-06", "2021年8月", "是"],
  ];
  const rRows = [
    ["惠阳区电子商务进农村工作月报报送登记", null, null, null, null],
    ["报送日期", "所属月份", "报送内容", "报送方式", "是否附电商扶贫统计"],
  ];
  reps.forEach((r, i) => {
    const dc = /^\d{4}-\d{2}-\d{2}$/.test(r[0]) ? (i % 2 ? D(r[0]) : r[0]) : r[0];
    rRows.push([dc, r[1], r[1] + "电子商务进农村综合示范工作进展情况", "粤政易报惠州市商务局", r[2]]);
  });
  rRows.push(["注：每月上旬报送上月情况。", null, null, null, null]);
  const rMerges = ["A1:E1", "A" + rRows.length + ":E" + rRows.length];

  // ---- 附9 专栏更新
  const disc = ["2020-06-12", "2020-09-15", "2020-10-20", "2020-11-12", "2020-11-30", "2020-12-18", "2021-01-14",
    "2021-03-09", "2021-04-21", "2021-05-12", "2021-06-17", "2021-07-08", "2021-08-19", "2021-09-03"];
  const dTitles = ["惠阳区电子商务进农村综合示范创建工作方案", "示范项目基本信息公示", "项目建设进度（9月）", "村级站点建设情况公示",
    "项目建设进度（11月）", "区电子商务公共服务中心正式投入运营", "项目建设进度（12月）", "项目建设进度（2月）",
    "电商培训开展情况", "项目建设进度（4月）", "项目建设进度（5月）", "项目建设进度（6月）", "项目建设进度（7月）", "项目建设进度（8月）"];
  const dRows = [
    ["惠阳区人民政府网站“电子商务进农村综合示范”专栏更新记录", null, null, null],
    ["序号", "发布日期", "标题", "链接"],
  ];
  disc.forEach((d, i) => dRows.push([i + 1, clerkDate(d, i + 2), dTitles[i], "http://www.huiyang.gov.cn/zwgk/dzsw/content/post_" + (4100000 + i * 137) + ".html"]));
  const months = new Set(disc.filter((d) => d >= "2020-09-01" && d <= CUT).map((d) => d.slice(0, 7)));
  assertEq("C1 专栏更新月数", months.size, 11);

  // ---- 附10 宣传
  const mRows = [
    ["惠阳区电子商务进农村宣传报道统计表", null, null, null, null, null, null],
    ["序号", "报道日期", "媒体名称", "媒体级别", "报道形式", "标题", "是否电商扶贫典型案例"],
    [1, "2020.10.16", "惠阳电视台《惠阳新闻》", "县级", "电视", "惠阳区启动电子商务进农村综合示范创建", "否"],
    [2, D("2020-12-19"), "惠阳发布（微信公众号）", "县级", "网络", "区电商公共服务中心投入运营", "否"],
    [3, "2021年1月12日", "南方日报", "省级", "报纸", "惠阳：电商进村 荔枝出山", "否"],
    [4, D("2021-05-18"), "广东广播电视台珠江频道《今日关注》", "省级", "电视", "良井矮光村：直播带货帮农户增收", "是"],
    [5, "2021.6.9", "惠阳电视台", "县级", "电视", "洪岭村电商服务站带动贫困户增收", "是"],
    [6, "2021.9.8", "惠州日报", "市级", "报纸", "惠阳电商进农村两年成效", "否"],
    [7, "2021年9月15日", "人民网", "国家级", "网络", "广东惠阳：小站点撬动大市场", "是"],
  ];
  const mMerges = ["A1:G1"];

  // ---- 附11 经验材料
  const xRows = [
    ["惠阳区电子商务进农村经验材料报送登记", null, null, null, null],
    ["序号", "报送日期", "材料名称", "报送单位", "备注"],
    [1, D("2021-03-30"), "惠阳区“电商+荔枝”助农增收经验做法", "惠州市商务局", null],
    [2, "2021.8.20", "惠阳区村级电商服务站点建设运营典型案例", "惠州市商务局", null],
    [3, "2021年9月10日", "惠阳区电子商务进农村综合示范创建工作总结", "惠州市商务局", "考评截止后"],
  ];

  // ---- 汇报读稿（事实表）
  const sp = [
    ["惠阳区电子商务进农村综合示范创建工作汇报", null, null],
    ["（区长汇报用读稿·大字版　数字已全部改成念法　用于2021年9月14日省考评组汇报会　区政府办秘书二科整理）", null, null],
    ["段", "读稿（照念）", "提示（不念）"],
    ["1", "尊敬的考评组各位领导、各位专家：大家上午好！", "开场，稍停"],
    ["2", "下面，我代表惠阳区委、区政府，汇报我区电子商务进农村综合示范创建工作。汇报的各项数据，统计截至二〇二一年八月三十一日，也就是省里规定的考评截止日期。", "“二〇二一”念“二零二一”"],
    ["3", "先说区情。惠阳区下辖六镇两街道，共有六十个行政村、十二个社区，其中省定贫困村五个。按第七次全国人口普查，全区常住人口八十一万七千七百人。", "惠阳 huì yáng"],
    ["4", "一是强化组织领导。我们成立了由区委副书记、区长任组长的创建工作领导小组，区商务局、区财政局、区农业农村局、区乡村振兴局等十二个部门为成员单位，先后四次召开专题会议研究部署。", "组长即本人，可说“我担任组长”"],
    ["5", "二〇一九年十二月，区政府正式印发了示范创建工作方案；二〇二〇年三月，出台了支持农村电商发展的扶持办法。项目管理上，我们制定了项目管理办法，建立了工作台账，做到一个项目一本台账。", null],
    ["6", "二是建好服务体系。区电子商务公共服务中心于二〇二〇年十二月十八号正式投入运营，到今天已经稳定运行八个多月。中心有免费的培训教室和培训设备，为本地特色农产品提供免费展示和销售服务；摄影、美工服务按成本价收费，不是免费的；中心还组织农产品统一推广、指导品牌建设，并提供代运营、直播等增值服务。", "“十八号”即十八日"],
    ["7", "我们整合优化了秋长电商产业园，目前入驻企业二十家，有平台、网店销售、代运营、物流快递、直播等多种类型。", null],
    ["8", "全区建成村级电商服务站点四十多个，覆盖四十二个行政村；快递物流已经通达全部六十个行政村，实现百分之百覆盖。", null],
    ["9", "三是推动农产品上行。我们引进了专业的第三方电商运营服务商。二〇一九年全区农村网络零售额二十一亿三千万元，二〇二〇年达到二十六亿八千万元；农产品网络零售额从二〇一九年的三亿零四百万元，增加到二〇二〇年的四亿零二百万元，同比增长百分之三十二点二。", "“亿”字前稍停"],
    ["10", "四是抓好人才培训。截至目前，全区累计开展电商培训五千一百二十人次。有劳动能力、没有外出务工的建档立卡贫困人口四十人，参加培训的二十人，培训率百分之五十。", null],
    ["11", "五是做好信息公开和报送。区政府网站设立了示范创建专栏，公开了创建方案、项目基本信息和项目建设进度，开通了监督举报电话；每月向市商务局报送工作进展，月报都附有电商扶贫统计。我区的经验做法报送了市商务局，电商扶贫典型案例上了广东广播电视台珠江频道。", null],
    ["（删）", "（此句删去，不念）项目总体进度百分之七十八。", "9月13日区长审稿时删去，数据已更新"],
    ["12", "六是管好用好资金。省级财政下达我区专项资金五百万元，截至八月三十一日拨付三百五十一万二千元，支出率百分之七十点二四；项目总体进度达到百分之八十五。我们制定了专项资金管理办法，承建单位都建立了资金专用台账。", "“点二四”要念清楚"],
    ["13", "创建期间，我区没有发生安全生产和质量事故，也不存在任何弄虚作假行为。", "语气加重"],
    ["14", "最后报告自评情况。对照省考评指标体系，我区自评九十六分：组织领导两分，方案制定两分，政策支持一分，项目管理四分，其中项目管理制度两分、工作台账两分；", "放慢"],
    ["15", "服务体系建设二十四分，其中县级中心和产业园十四分、村级站点覆盖十分；农村产品上行九分，其中网销调研两分、网络促销活动两分、交易标准和冷链溯源一分；电商人才培训二十分；", null],
    ["16", "信息公开四分，数据上报六分，案例总结两分，经验推广八分；资金制度建立五分，资金台账四分，资金支出四分；加分项一分，是电商扶贫典型案例获省级电视播报。", null],
    ["17", "汇报完毕，请各位领导、专家批评指正。谢谢！", "鞠躬"],
  ];
  const spMerges = ["A1:C1", "A2:C2"];

  const catalog = [
    ["惠阳区电子商务进农村综合示范创建考评材料目录", null],
    ["序号", "材料"],
    [1, "汇报读稿（区长汇报用）"],
    [2, "附1 村（居）委会名单"],
    [3, "附2 村级站点清单"],
    [4, "附3 普及培训台账"],
    [5, "附4 贫困户专场签到"],
    [6, "附5 贫困人口"],
    [7, "附6 入驻企业"],
    [8, "附7 资金拨付"],
    [9, "附8 月报报送"],
    [10, "附9 专栏更新"],
    [11, "附10 宣传报道"],
    [12, "附11 经验材料"],
  ];

  const obj = {
    description: "惠阳区（惠州）整本考评工作簿（13个表），中等偏上（88分，含加分1分，未否决；读稿自评96分）：事实表是区政府办为区长改写的《汇报读稿（大字版）》——段|读稿（照念）|提示（不念），数字、日期全部改成念法（“八十一万七千七百人”“二〇二〇年十二月十八号”“二十六亿八千万元”“三亿零四百万元”“百分之三十二点二”“三百五十一万二千元”），一行“（此句删去，不念）项目总体进度百分之七十八”作废，“截至目前…五千一百二十人次”是含9月的口述数，末三段念出各指标自评分（县级中心和产业园14、站点10等）；摄影美工“按成本价收费”。台账难点：站点覆盖恰好42/60＝70%（洪岭村站点“2021.8.31”当天挂牌、广和村只写“2021年8月”、马过渡村9月挂牌使贫困村只覆盖4/5＝80%、东山村“2021年9月”、社区站点和林场服务点不算）；普及培训按期次4,971人次（全角“１８５”、“190人次”，“2021.8.30-9.1”按9月1日算不计、9月7日一期不计）加专场签到27人次共4,998人次＝0.9996%（差2人次不到1%，8分）；专场签到与贫困人口名单按身份证号比对（一人带空格、一人末位小写x、重复参训只算一次、外出务工者和名单外人员不算，9月一期不算）恰好20/40＝50%；入驻企业24行中2家截止前退出、1家同一信用代码扩租、1家9月入驻，9月20日才退园的仍算，恰好20家；资金台账万元，作废行不计，“2021.8.31”尾款15万元计入后351.2/500＝70.24%；月报按报送日期12个月齐全；专栏2021年2月无更新；宣传报道中市级和国家级都在截止日后。",
    sheets: [
      sheet("目录", catalog, ["A1:B1"]),
      sheet("汇报读稿", sp, spMerges),
      sheet("附1 村（居）委会名单", vRows, vMerges),
      sheet("附2 村级站点清单", sRows, sMerges),
      sheet("附3 普及培训台账", tRows3, tMerges3),
      sheet("附4 贫困户专场签到", tRows4, tMerges4),
      sheet("附5 贫困人口", pRows, pMerges),
      sheet("附6 入驻企业", eRows, eMerges),
      sheet("附7 资金拨付", fRows, fMerges),
      sheet("附8 月报报送", rRows, rMerges),
      sheet("附9 专栏更新", dRows, ["A1:D1"]),
      sheet("附10 宣传报道", mRows, mMerges),
      sheet("附11 经验材料", xRows, ["A1:E1"]),
    ],
    expect: {
      asOf: "2021-08-31",
      total: 88,
      bonus: 1,
      vetoed: false,
      points: {
        "org.leadership": 2,
        "org.plan": 2,
        "org.policy": 1,
        "org.management": 4,
        "work.center": 14,
        "work.coverage": 8,
        "work.upward": 9,
        "work.training": 18,
        "info.disclosure": 3,
        "info.reporting": 6,
        "promo.cases": 2,
        "promo.media": 5,
        "fund.system": 5,
        "fund.ledger": 4,
        "fund.spending": 4,
        "bonus.poorTraining": 0,
        "bonus.tvCase": 1,
        "veto.incident": 0,
        "veto.progress": 0,
        "veto.fraud": 0,
      },
      claimed: {
        "org.leadership": 2,
        "org.plan": 2,
        "org.policy": 1,
        "org.management": 4,
        "work.center": 14,
        "work.coverage": 10,
        "work.upward": 9,
        "work.training": 20,
        "info.disclosure": 4,
        "info.reporting": 6,
        "promo.cases": 2,
        "promo.media": 8,
        "fund.system": 5,
        "fund.ledger": 4,
        "fund.spending": 4,
        "bonus.tvCase": 1,
      },
    },
    derivation: [
      "org.leadership: 读稿第4段“区委副书记、区长任组长”（主要领导），成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局，四部门齐全 → 2",
      "org.plan: 第5段方案2019年12月正式印发；第14段自评“方案制定两分” → 2",
      "org.policy: 2020年3月出台扶持办法；第14段自评“政策支持一分” → 1",
      "org.management: 第14段“项目管理制度两分、工作台账两分” → 2+2 = 4",
      "work.center: 中心“二〇二〇年十二月十八号”投入运营 ≤ 2021-08-31 → 2；≤ 2021-02-28（运行满6个月）→ 2；免费培训场所设备 → 2；免费展示销售 → 1；摄影美工“按成本价收费，不是免费的” → 0；统一推广、品牌建设 → 1；代运营、直播等增值服务 → 1；整合优化产业园 → 2；附6在园企业：24行 − 序号9（2021-03-15退出）− 序号14（2021.6退出）− 序号21（与序号5同一信用代码）− 序号24（2021.9.10入驻）= 20家（序号17“2021年9月20日”才退园，截止日仍在园）≥ 20 → 2；类型有销售型、平台型、物流快递、电商运营服务商、直播电商 ≥ 3 → 1；合计 2+2+2+1+0+1+1+2+2+1 = 14",
      "work.coverage: 附1行政村60个（12个居委会不计）；附2截止日前有站点的行政村42个（洪岭村“2021.8.31”计入、广和村“2021年8月”计入，周田村两站算一次，马过渡村2021-09-06、东山村“2021年9月”不计，桥东社区、金沙社区站点不是行政村，镇隆林场不在名单内），42/60 = 70.0% ≥ 70% → 5；省定贫困村5个，截止日前覆盖矮光、洪岭、皇思扬、约场4个（马过渡村9月才挂牌），4/5 = 80% → 3；合计 8",
      "work.upward: 网销调研自评2 → 2；网络促销活动自评2 → 2；有第三方电商运营服务商 → 1；附1快递进村栏60个行政村全部“✓” → 1；交易标准和冷链溯源自评1 → 1；农产品网络零售额 4亿零二百万 / 3亿零四百万 = +32.2% ≥ 30% → 2（农村网零 26.8/21.3 = +25.8% 不够，但任一达标即可）；合计 9",
      "work.training: 普及培训附3截止日前30期共4,971人次（“2021.8.30-9.1”按9月1日计、9月7日一期都在截止日后；小计、合计行不计）+ 附4专场签到截止日前27人次（第1期11人、第2期10人、第3期6人；第4期9月9日不计）= 4,998人次；常住人口81.77万超50万，基数500,000；4,998/500,000 = 0.9996%，在0.8%–1%（不含）→ 8。读稿“五千一百二十人次”是含9月的口述数，以台账为准。贫困人口：附5中有劳动能力且未外出务工40人；附4截止日前签到的身份证号（去空格、小写x转大写）命中其中20人（第2期重复参训者、第3期重复的3人只算一次；外出务工者和2名名单外人员不算）→ 20/40 = 50% ≥ 50% → 10；合计 18",
      "info.disclosure: 专栏公开创建方案、项目基本信息、项目建设进度，并开通监督举报电话 → 2；附9更新在2020-09…2021-08中的11个月有记录（2021年2月没有）→ 不定时更新 1；合计 3",
      "info.reporting: 附8按报送日期，2020年9月至2021年8月每个月都有报送（2021-09-06那次在截止日后）→ 3；月报附电商扶贫统计（附8多行“是”，读稿也这么说）→ 3；合计 6",
      "promo.cases: 附11 2021-03-30、2021-08-20向惠州市商务局报送经验材料 → 2",
      "promo.media: 截止日前有省级（南方日报、广东广播电视台珠江频道）和县级（惠阳电视台、惠阳发布）报道 → 4+1 = 5；惠州日报（市级，2021.9.8）和人民网（国家级，2021年9月15日）都在截止日后不计",
      "fund.system: 自评“资金制度建立五分” → 5",
      "fund.ledger: 自评“资金台账四分” → 4",
      "fund.spending: 附7截止日前拨付 90+42.6+25+60+38.4+20+18.5+21.7+20+15 = 351.2万元（作废行20万元不计，9月14日40万元不计）；351.2/500 = 70.24% ≥ 70% → 取自评及时拨付4分 → 4",
      "bonus.poorTraining: 贫困人口培训率50% < 70% → 0",
      "bonus.tvCase: 电商扶贫典型案例2021-05-18上广东广播电视台珠江频道（省级电视）→ 1（人民网是网络且在截止日后，惠阳电视台是县级）",
      "veto.incident: 读稿声明未发生安全生产和质量事故 → 不否决",
      "veto.progress: 总体进度85%（“百分之七十八”一句已删去不念）≥ 40% → 不否决",
      "veto.fraud: 声明不存在弄虚作假 → 不否决",
      "total: 2+2+1+4+14+8+9+18+3+6+2+5+5+4+4 = 87，加分1，合计88；读稿自评96分（站点覆盖、人才培训、信息公开、经验推广报高）",
    ],
  };
  write("counties", "b90-c1-huiyang.json", obj);
});

// ---------------------------------------------------------------- F1 梅江区：微信私聊截图识别（左右气泡）
CASES.push(function caseF1Meijiang() {
  const L = (t) => [t, null, null];
  const M = (t) => [null, t, null];
  const R = (t) => [null, null, t];
  const rows = [
    ["微信聊天记录（截图文字识别）", null, null],
    ["说明：与林局的微信聊天截图共5张，用WPS“图片转文字”识别后按气泡位置整理——左列是林局发的，右列是我（电商股 陈××）发的，中列是时间和系统提示。留作考评基础数据表第3稿的核对依据。", null, null],
    ["左（林局）", "中（时间/提示）", "右（我）"],
    M("—— 截图1 ——"),
    M("8月30日 晚上21:14"),
    L("小陈，明天要把考评基础数据表报市局，我跟你逐项再过一遍，你直接在这里回我"),
    R("好的林局"),
    L("县名那格写什么？写梅州市梅江区？"),
    R("写“梅江区”就行，市局模板县名只写区县名"),
    L("截止日期呢"),
    R("考评截止日期：2021年8月31日"),
    L("常住人口用哪个数"),
    R("用七普常住人口，50.87万人。户籍人口46.3万不用"),
    L("行政村和贫困村"),
    R("行政村58个（另有社区35个，不算），省定贫困村6个"),
    M("晚上21:20"),
    L("领导小组组长现在是谁？换届后调整了吧"),
    R("[图片]"),
    R("组长：区委副书记、区长钟××\n成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局、区交通运输局、邮政梅江区分公司"),
    L("方案和政策都出了吧"),
    R("都出了。方案2019年12月正式印发，扶持办法2020年4月出台"),
    M("—— 截图2 ——"),
    L("中心哪天开始运营的？"),
    R("2020年11月26日正式投入运营，12月8日是揭牌仪式\n「林局：中心哪天开始运营的？」"),
    L("五项服务都是免费的？"),
    R("培训场地设备免费，展示销售免费，品牌推广有，其他增值服务有（代运营、直播间）。摄影免费，美工要收费"),
    L("那摄影美工这项填否"),
    R("好，摄影美工填“否”"),
    L("产业园、第三方"),
    R("产业园有，是整合优化的梅江电商产业园；第三方运营服务商有"),
    L("快递进村"),
    R("58个行政村全部通快递，覆盖率100%"),
    M("—— 截图3 ——"),
    M("8月30日 晚上21:41"),
    L("网零数据统计局给了吗"),
    R("给了。农村网络零售额2019年9.62亿元，2020年12.31亿元，同比增长27.96%"),
    R("农产品网零统计局说没有分区县的数，这项不填"),
    L("培训人次"),
    R("5,618人次"),
    L("这么多？"),
    R("更正：5,618含9月2日、3日两期，截至8月31日是5,362人次"),
    L("贫困人口"),
    R("有劳动能力、不含外出务工的建档立卡贫困人口1,208人，参加过电商培训的705人"),
    M("—— 截图4 ——"),
    M("8月31日 上午9:02"),
    L("专栏四项内容都有吗"),
    R("创建方案、项目基本信息、建设进度都公示了，监督举报窗口也设了（举报电话和邮箱）"),
    L("扶贫统计"),
    R("能统计，月报每月都附电商扶贫统计表"),
    L("资金"),
    R("下达500万元，拨付386.2万元"),
    M("上午9:15"),
    R("更正：截至8月31日累计拨付372.6万元，386.2万含9月2日付的13.6万"),
    L("嗯，按8月31日口径报372.6万"),
    L("资金制度、台账"),
    R("资金管理办法已制定；承建单位资金专用台账已建立"),
    L("总体进度"),
    R("88%"),
    L("有没有事故、弄虚作假的情况？"),
    R("都没有"),
    M("—— 截图5 ——"),
    L("[语音] 12″"),
    L("[转文字] 主观分这样报：方案制定2分，政策支持2分，项目管理制度2分，工作台账1分"),
    L("网销调研2分，网络促销活动1分，交易标准和冷链溯源1分"),
    L("资金管理制度5分，资金台账4分，资金及时拨付4分"),
    R("收到，都按您说的填了"),
    R("[文件] 梅江区考评基础数据表（第3稿）.xlsx 38.6K"),
    M("你撤回了一条消息"),
    L("好，发市局吧"),
    M("8月31日 上午10:26"),
  ];
  const obj = {
    description: "梅江区（梅州）商务局电商股经办人把和局长的微信私聊截图（5张）用WPS“图片转文字”识别后按气泡位置录进Excel当基础数据核对依据：左列是局长的问话（左气泡）、右列是经办人的回答（右气泡）、中列是时间和系统提示，一个气泡一行；事实在右列回答里（“写‘梅江区’就行”“考评截止日期：2021年8月31日”“50.87万人。户籍人口46.3万不用”“行政村58个（另有社区35个，不算）”、组长和成员单位在一个多行气泡里、中心“2020年11月26日正式投入运营，12月8日是揭牌仪式”带引用块、“摄影免费，美工要收费”后局长定“填否”、农村网零9.62亿/12.31亿/27.96%、农产品网零“不填”），培训人次“5,618”后被“更正：…截至8月31日是5,362人次”，拨付“386.2万元”被更正为372.6万元；主观分由局长的语音转文字气泡定（左列三行），表内还有[图片]、[文件]、“你撤回了一条消息”。",
    sheets: [sheet("聊天记录（识别）", rows, ["A1:C1", "A2:C2"])],
    expect: {
      facts: {
        county: "梅江区",
        asOf: "2021-08-31",
        residentPopulation: 508700,
        adminVillagesStated: 58,
        poorVillagesStated: 6,
        planIssued: true,
        policyIssued: true,
        centerOpened: "2020-11-26",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 962000000,
        ruralRetail2020: 1231000000,
        ruralRetailGrowthStated: 0.2796,
        trainingPersonTimesStated: 5362,
        eligiblePoorPersonsStated: 1208,
        trainedPoorPersonsStated: 705,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3726000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.88,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        "org.plan": 2,
        "org.policy": 2,
        "org.management.system": 2,
        "org.management.ledger": 1,
        "work.upward.research": 2,
        "work.upward.promotion": 1,
        "work.upward.standards": 1,
        "fund.system": 5,
        "fund.ledger": 4,
        "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
  write("facts", "b90-f1-meijiang.json", obj);
});

// ---------------------------------------------------------------- F2 澄海区：英文版考察团情况简表
CASES.push(function caseF2Chenghai() {
  const rows = [
    ["RURAL E-COMMERCE COMPREHENSIVE DEMONSTRATION (PROVINCIAL BATCH 2019) — KEY FACTS", null, null, null, null],
    ["Briefing sheet for the visiting delegation of the Penang Rural Entrepreneurs' Association · prepared by the District Bureau of Commerce · 16/09/2021", null, null, null, null],
    ["Conventions: dates are day/month/year (DD/MM/YYYY); m = million, bn = billion; amounts in RMB; ✔ = yes / in place, ✘ = no / not in place.", null, null, null, null],
    ["#", "Item", "Figure", "Unit", "Notes"],
    ["A", "THE DISTRICT", null, null, null],
    ["A1", "Cut-off date of the provincial evaluation", "31/08/2021", null, "All figures are as at this date unless stated otherwise"],
    ["A2", "Resident population (7th National Census, 2020)", 0.7563, "m persons", "Registered (hukou) population 0.86 m — not used"],
    ["A3", "Administrative villages", 132, "villages", "plus 49 urban communities, which are not counted"],
    ["A4", "Provincially designated poor villages", 3, "villages", null],
    ["B", "ORGANISATION", null, null, null],
    ["B1", "Leading group headed by", "Deputy District Mayor (in charge of commerce)", null, null],
    ["B2", "Member units", "Commerce Bureau; Finance Bureau; Agriculture & Rural Affairs Bureau; Rural Revitalisation Bureau; Market Regulation Bureau; Postal Administration", null, null],
    ["B3", "Demonstration work plan formally issued", "✔", null, "issued in December 2019"],
    ["B4", "Policy supporting rural e-commerce issued", "✔", null, null],
    ["C", "SERVICE SYSTEM", null, null, null],
    ["C1", "District e-commerce public service centre in operation since", "09/11/2020", null, "opening ceremony held on 20/11/2020"],
    ["C2", "Free training venue and equipment; basic e-commerce training", "✔", null, null],
    ["C3", "Free display and sales of local specialty agricultural products", "✔", null, null],
    ["C4", "Free photography and graphic design for e-commerce businesses", "✔", null, null],
    ["C5", "Unified promotion of agricultural products; brand-building guidance", "✔", null, null],
    ["C6", "Other value-added services for e-commerce", "✘", null, "planned for 2022, not yet provided"],
    ["C7", "E-commerce industrial park (built, or an existing park integrated and upgraded)", "✔", null, "existing toy & food e-commerce park integrated and upgraded"],
    ["C8", "Professional third-party e-commerce operator / service provider", "✔", null, null],
    ["C9", "Express delivery reaching 100% of administrative villages", "✘", null, "129 of 132 villages (97.7%)"],
    ["D", "ONLINE SALES", null, null, null],
    ["D1", "Rural online retail sales, 2019", 6.12, "RMB bn", null],
    ["D2", "Rural online retail sales, 2020", 7.58, "RMB bn", null],
    ["D3", "Year-on-year growth of rural online retail sales, 2020", "+23.9%", null, "2019 growth was +15.7% — not used"],
    ["D4", "Online retail sales of agricultural products, 2019", 412, "RMB m", "≈ USD 63.7 m"],
    ["D5", "Online retail sales of agricultural products, 2020", 563, "RMB m", "≈ USD 87.0 m"],
    ["D6", "Year-on-year growth of online retail sales of agricultural products, 2020", "+36.7%", null, "12.8 p.p. faster than rural online retail sales"],
    ["E", "TRAINING", null, null, null],
    ["E1", "E-commerce training, Sep 2019 – 31/08/2021", "4,216", "person-times", "of which 1,380 online"],
    ["E2", "Registered poor persons with labour capacity, excluding migrant workers", "1,146", "persons", null],
    ["E3", "… of whom have attended e-commerce training", 624, "persons", "training rate 54.5%"],
    ["F", "TRANSPARENCY AND REPORTING", null, null, null],
    ["F1", "Dedicated column on the district government website shows: the demonstration plan", "✔", null, null],
    ["F2", "… basic information of the funded projects", "✔", null, null],
    ["F3", "… construction progress of the projects", "✔", null, "updated monthly"],
    ["F4", "… a window for public comments or complaints", "✘", null, "to be added in October 2021"],
    ["F5", "Monthly progress reports to the municipal commerce bureau", "✔", null, "since September 2020"],
    ["F6", "E-commerce poverty-alleviation statistics compiled", "✔", null, null],
    ["G", "FUNDS", null, null, null],
    ["G1", "Provincial special funds allocated", "RMB 5.00 m", null, null],
    ["G2", "Funds disbursed as at 31/08/2021", "RMB 3.93 m", null, "disbursement rate 78.6%"],
    ["G3", "Fund management rules", "✔", null, "in place since March 2020"],
    ["G4", "Dedicated fund ledger kept by the project contractors", "✔", null, null],
    ["G5", "Overall project progress", "90%", null, null],
    ["G6", "Safety or quality incident, or major loss", "✘", null, "none"],
    ["G7", "Falsification", "✘", null, "none"],
    ["H", "SELF-ASSESSMENT OF THE SUBJECTIVE ITEMS (score / maximum)", null, null, null],
    ["H1", "Plan formulation", "2 / 2", "points", null],
    ["H2", "Supporting policies", "1 / 2", "points", null],
    ["H3", "Project management rules", "2 / 2", "points", null],
    ["H4", "Work ledgers", "2 / 2", "points", null],
    ["H5", "Research on online sales of local products, with recommendations", "2 / 2", "points", null],
    ["H6", "Online promotion campaigns for rural products", "1 / 2", "points", null],
    ["H7", "Trading standards; cold-chain and traceability systems", "1 / 2", "points", null],
    ["H8", "Fund management system", "4 / 5", "points", null],
    ["H9", "Fund ledger", "5 / 5", "points", null],
    ["H10", "Timely disbursement of funds", "4 / 5", "points", null],
    ["Contact: International Liaison Office of the District Bureau of Commerce", null, null, null, null],
  ];
  const merges = ["A1:E1", "A2:E2", "A3:E3"];
  rows.forEach((r, i) => {
    if (/^[A-H]$/.test(r[0])) merges.push("B" + (i + 1) + ":E" + (i + 1));
  });
  merges.push("A" + rows.length + ":E" + rows.length);
  const obj = {
    description: "澄海区（汕头）商务局为接待马来西亚槟城农村创业者协会考察团编的全英文《Key Facts》简表（没有中文标签，表内不写县名）：# | Item | Figure | Unit | Notes，A—H八节（节标题行合并B:E），表头下一行写明约定“dates are day/month/year (DD/MM/YYYY); m = million, bn = billion; ✔ = yes, ✘ = no”；日期“31/08/2021”“09/11/2020”（11月9日运营，Notes里的20/11/2020是揭牌）、人口“0.7563 | m persons”、零售额“6.12 | RMB bn”“412 | RMB m”、资金“RMB 5.00 m”、增速“+23.9%”、是否用✔/✘，领导是“Deputy District Mayor (in charge of commerce)”；主观项自评写成“得分 / 满分”（“1 / 2”“4 / 5”）。陷阱：户籍人口0.86 m、49个社区、2019年增速+15.7%、USD折算、“12.8 p.p.”、其中线上1,380人次、培训率54.5%、拨付率78.6%、月报一行（不是事实项）都只在Notes或不是输入。",
    sheets: [sheet("Key Facts", rows, merges)],
    expect: {
      facts: {
        asOf: "2021-08-31",
        residentPopulation: 756300,
        adminVillagesStated: 132,
        poorVillagesStated: 3,
        planIssued: true,
        policyIssued: true,
        centerOpened: "2020-11-09",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: false,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: false,
        ruralRetail2019: 6120000000,
        ruralRetail2020: 7580000000,
        ruralRetailGrowthStated: 0.239,
        agriRetail2019: 412000000,
        agriRetail2020: 563000000,
        agriRetailGrowthStated: 0.367,
        trainingPersonTimesStated: 4216,
        eligiblePoorPersonsStated: 1146,
        trainedPoorPersonsStated: 624,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3930000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.9,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        "org.plan": 2,
        "org.policy": 1,
        "org.management.system": 2,
        "org.management.ledger": 2,
        "work.upward.research": 2,
        "work.upward.promotion": 1,
        "work.upward.standards": 1,
        "fund.system": 4,
        "fund.ledger": 5,
        "fund.spending": 4,
      },
      leadership: "deputy",
    },
  };
  write("facts", "b90-f2-chenghai.json", obj);
});

// ---------------------------------------------------------------- F3 麻章区：500格稿纸逐格录入
CASES.push(function caseF3Mazhang() {
  const W = 20; // cells per line
  const H = 20; // lines per page
  const NO_LEAD = "，。、；：）”》！？％";
  function tokens(text) {
    const out = [];
    const re = /[0-9A-Za-z.%,]+|./gu;
    let m;
    while ((m = re.exec(text))) {
      const t = m[0];
      if (/^[0-9A-Za-z.%,]+$/.test(t)) {
        for (let i = 0; i < t.length; i += 2) out.push(t.slice(i, i + 2));
      } else {
        out.push(t);
      }
    }
    return out;
  }
  const lines = [];
  function paragraph(text) {
    let line = [null, null];
    for (const tk of tokens(text)) {
      if (line.length === W) {
        if (NO_LEAD.includes(tk)) {
          line[W - 1] = line[W - 1] + tk; // 行首不放标点：与上一行末字同格
          continue;
        }
        lines.push(line);
        line = [];
      }
      line.push(tk);
    }
    while (line.length < W) line.push(null);
    lines.push(line);
  }
  function centred(text) {
    const tk = tokens(text);
    const lead = Math.floor((W - tk.length) / 2);
    const line = [];
    for (let i = 0; i < lead; i++) line.push(null);
    for (const t of tk) line.push(t);
    while (line.length < W) line.push(null);
    lines.push(line);
  }
  function right(text) {
    const tk = tokens(text);
    const line = [];
    for (let i = 0; i < W - tk.length - 1; i++) line.push(null);
    for (const t of tk) line.push(t);
    while (line.length < W) line.push(null);
    lines.push(line);
  }
  centred("电子商务进农村综合示范创建自评情况说明");
  paragraph("现将我区创建工作自评情况说明如下。各项数据截至2021年8月31日（考评截止日期）。");
  paragraph("一、基本情况。全区常住人口32.95万人（第七次全国人口普查），共有行政村87个、社区12个，其中省定贫困村4个。");
  paragraph("二、组织领导。区委常委、常务副区长任创建工作领导小组组长，区商务局、区财政局、区农业农村局、区乡村振兴局为成员单位。2019年12月正式印发创建工作方案；支持农村电商发展的扶持政策尚在征求意见，未正式出台。");
  paragraph("三、服务体系。区电子商务公共服务中心于2020年9月20日投入运营，免费提供培训场地和设备，为特色农产品免费展示销售，免费提供摄影美工服务，组织农产品统一推广和品牌建设，并提供代运营等增值服务。我区未建设电商产业园。快递物流已覆盖全部行政村，并引进了专业第三方电商运营服务商。");
  paragraph("四、农产品上行。2019年全区农产品网络零售额1.86亿元，2020年2.51亿元，同比增长34.9%。");
  paragraph("五、人才培训。累计开展电商培训62期3487人次。有劳动能力且未外出务工的建档立卡贫困人口1524人，其中参加电商培训的812人。");
  paragraph("六、信息公开和报送。区政府网站设立示范创建专栏，公示创建方案、项目基本信息和建设进度，设立意见征集窗口。每月向市商务局报送工作进展，并附电商扶贫统计表。");
  paragraph("七、资金管理。省级专项资金500万元，截至8月31日已拨付412.6万元，项目总体进度90%。已制定专项资金管理办法，承建单位建立了资金专用台账。");
  paragraph("八、其他。创建期间未发生安全生产和质量事故，不存在弄虚作假行为。");
  paragraph("九、主观项自评。方案制定2分，项目管理制度2分，工作台账2分，网销调研1分，网络促销活动2分，交易标准和冷链溯源1分，资金管理制度5分，资金台账5分，资金及时拨付4分。");
  right("电商股　林××　2021年9月2日");
  const pages = Math.ceil(lines.length / H);
  assertEq("F3 稿纸页数", pages, 2);
  const rows = [];
  const merges = [];
  rows.push(["录入说明：原件为电商股林××手写在单位500格稿纸（20×20＝400）上的自评情况说明，按稿纸格子逐格录入：一格一字，阿拉伯数字、小数点、百分号按书写习惯两个占一格，标点占一格（行首标点与上一行末字写在同一格）；单元格均为文本格式。"].concat(new Array(W - 1).fill(null)));
  merges.push("A1:" + colName(W - 1) + "1");
  for (let p = 0; p < pages; p++) {
    const head = new Array(W).fill(null);
    head[W - 4] = "共 " + pages + " 页　第 " + (p + 1) + " 页";
    rows.push(head);
    merges.push(colName(W - 4) + rows.length + ":" + colName(W - 1) + rows.length);
    for (let i = 0; i < H; i++) {
      const l = lines[p * H + i];
      rows.push(l ? l : new Array(W).fill(null));
    }
    const foot = new Array(W).fill(null);
    foot[0] = "20×20＝400";
    rows.push(foot);
    merges.push("A" + rows.length + ":E" + rows.length);
  }
  const obj = {
    description: "麻章区（湛江）商务局电商股把老同志手写在单位500格稿纸上的《自评情况说明》按稿纸格子逐格录入Excel（20列，一格一字）：第1行录入说明，每页一行页码（“共 2 页　第 1 页”）、20行格子、一行“20×20＝400”页脚；段首空两格，标题居中，落款靠右；阿拉伯数字按书写习惯两个一格（“20|21|年|8|月|31|日”“32|.9|5|万|人”“41|2.|6|万|元”“90|%”），行首不放标点（“个。”“元，”与上一行末字同格），数字和词语常在行尾断开接到下一行、跨页续写。表内不写县名（稿纸无单位名）。事实在句子里：截止日期、常住人口、行政村87个（社区12个不是）、省定贫困村4个、常务副区长任组长、方案已印发、扶持政策“尚在征求意见，未正式出台”、中心2020年9月20日运营及五项服务、“未建设电商产业园”、快递全覆盖、第三方、农产品网零1.86亿/2.51亿/34.9%、3487人次（“62期”不是人次）、1524人/812人、专栏四项、扶贫统计、500万元/412.6万元/90%、制度台账、无事故无造假，末段主观项自评（无政策支持分）。",
    sheets: [sheet("自评情况说明（稿纸录入）", rows, merges)],
    expect: {
      facts: {
        asOf: "2021-08-31",
        residentPopulation: 329500,
        adminVillagesStated: 87,
        poorVillagesStated: 4,
        planIssued: true,
        policyIssued: false,
        centerOpened: "2020-09-20",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: true,
        parkBuilt: false,
        thirdPartyOperator: true,
        expressCoverage: true,
        agriRetail2019: 186000000,
        agriRetail2020: 251000000,
        agriRetailGrowthStated: 0.349,
        trainingPersonTimesStated: 3487,
        eligiblePoorPersonsStated: 1524,
        trainedPoorPersonsStated: 812,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 4126000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.9,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        "org.plan": 2,
        "org.management.system": 2,
        "org.management.ledger": 2,
        "work.upward.research": 1,
        "work.upward.promotion": 2,
        "work.upward.standards": 1,
        "fund.system": 5,
        "fund.ledger": 5,
        "fund.spending": 4,
      },
      leadership: "deputy",
    },
  };
  write("facts", "b90-f3-mazhang.json", obj);
});

// ---------------------------------------------------------------- L1 清城区：合影照片说明当培训台账 + 信息报送登记当经验材料
CASES.push(function caseL1Qingcheng() {
  const trainees = personNames(9101, 60);
  let ti = 0;
  const take = (n) => trainees.slice(ti, (ti += n));
  // a row of a photo: trainees with non-trainees slotted in at given positions
  function photoRow(list, extras) {
    const out = list.slice();
    for (const [pos, who] of extras) out.splice(pos, 0, who);
    return out;
  }
  const blocks = [
    {
      title: "图1　2020年10月15日　源潭镇农村电商普及培训班（第一期）合影　拍摄地点：源潭镇政府三楼会议室",
      code: "QC-PX-01", date: "2020-10-15",
      rows: [
        ["前排", photoRow(take(4), [[0, "刘××（讲师）"], [3, "陈××（源潭镇副镇长）"]])],
        ["中排", photoRow(take(7), [])],
        ["后排", photoRow(take(7), [[7, "何××（区商务局工作人员）"]])],
      ],
    },
    {
      title: "图2　2021年3月25日—26日　飞来峡镇农村电商直播带货培训班合影　拍摄地点：飞来峡镇文化站",
      code: "QC-PX-05", date: "2021-03-26",
      rows: [
        ["前排", photoRow(take(5), [[2, "黄××（讲师）"]])],
        ["后排", photoRow(take(9), [])],
      ],
      note: "两天班，合影摄于第二天结业时",
    },
    {
      title: "图3　2021.6.17　石角镇电商扶贫专场培训班合影　拍摄地点：石角镇政府会议室",
      code: "QC-PX-09", date: "2021-06-17",
      rows: [
        ["前排", photoRow(take(6), [[0, "邓××（塘头村党支部书记）"]])],
        ["后排", photoRow(take(7), [])],
        ["镜头外", ["罗××（摄影，区电商中心工作人员）"]],
      ],
    },
    {
      title: "图4　2021年9月2日　龙塘镇农村电商普及培训班（第十二期）合影　拍摄地点：龙塘镇政府二楼会议室",
      code: "QC-PX-12", date: "2021-09-02",
      rows: [
        ["前排", photoRow(take(5), [[5, "刘××（讲师）"]])],
        ["后排", photoRow(take(6), [])],
      ],
      note: "考评截止日后举办",
    },
  ];
  const tRows = [
    ["清城区农村电商培训班合影人员名单（照片说明汇编）", null, null, null, null],
    ["说明：2020年以来各期培训签到表原件已移交区档案馆，本台账暂以合影照片说明代替签到。照片说明按“前排／中排／后排，左起”列出人员；姓名后括号注明讲师、工作人员、镇村干部的，不是学员。“人数”栏为该排入镜总人数。", null, null, null, null],
    ["照片编号", "排位", "人员（左起，以“、”分隔）", "人数", "备注"],
  ];
  const tMerges = ["A1:E1", "A2:E2"];
  const trainingRecords = [];
  for (const b of blocks) {
    tRows.push([b.title, null, null, null, null]);
    tMerges.push("A" + tRows.length + ":E" + tRows.length);
    const start = tRows.length + 1;
    b.rows.forEach(([pos, people], i) => {
      tRows.push([i === 0 ? b.code : null, pos, people.join("、"), pos === "镜头外" ? null : people.length, i === 0 && b.note ? b.note : null]);
      for (const p of people) {
        if (pos === "镜头外") continue;
        if (/（/.test(p)) continue;
        trainingRecords.push({ date: b.date, personTimes: 1, id: null });
      }
    });
    if (b.rows.length > 1) tMerges.push("A" + start + ":A" + tRows.length);
    tRows.push([null, null, null, null, null]);
  }
  tRows.push(["整理：区电商中心 罗××　2021年9月6日", null, null, null, null]);
  tMerges.push("A" + tRows.length + ":E" + tRows.length);
  assertEq("L1 学员人次", trainingRecords.length, 18 + 14 + 13 + 11);

  const mRows = [
    ["清城区商务局政务信息（经验材料）报送登记", null, null, null, null, null, null],
    ["说明：按考评要求，只有报送清远市商务局的“经验做法”“典型案例”算作向市商务局报送经验材料；报区委办、区政府办的信息和“工作动态”类信息不算；是否采用不影响。", null, null, null, null, null, null],
    ["序号", "报送日期", "信息标题", "类别", "报送对象", "采用情况", "备注"],
    [1, "2020.9.8", "清城区召开电子商务进农村综合示范创建推进会", "工作动态", "区委办信息科", "《清城信息》第35期采用", null],
    [2, "2020年11月20日", "清城区“电商＋农产品”助农增收的主要做法", "经验做法", "清远市商务局", "市商务局《商务简报》第18期采用", null],
    [3, D("2021-01-14"), "飞来峡镇村级电商站点带动贫困户增收", "典型案例", "清远市商务局", "未采用", null],
    [4, "2021/3/2", "区电子商务公共服务中心开展直播带货培训", "工作动态", "清远市商务局", "未采用", null],
    [5, "2021.4.19", "清城区创新“站点＋合作社”模式", "经验做法", "区政府办", "《清城政务》采用", null],
    [6, "20210628", "源潭镇“一村一品”网络销售经验", "经验做法", "清远市商务局", "采用", null],
    [7, "2021.7.12", "石角镇麻竹笋电商上行案例", "典型案例", "清远市商务局", null, "（撤回，未报送）"],
    [8, "2021-08-31", "清城区电子商务进农村示范创建典型案例汇编", "典型案例", "清远市商务局（抄送区政府办）", null, null],
    [9, "2021年9月6日", "清城区电子商务进农村综合示范创建工作总结", "经验做法", "清远市商务局", null, "考评截止后"],
    ["登记人：区商务局电商股 朱××", null, null, null, null, null, null],
  ];
  const mMerges = ["A1:G1", "A2:G2", "A" + mRows.length + ":G" + mRows.length];

  const noteRows = [
    ["台账说明"],
    ["一、《培训合影名单》：培训签到表原件已按档案管理规定移交，暂以各期合影照片说明代替；每名学员记一人次。"],
    ["二、《信息报送登记》：登记电商股报出的全部政务信息，考评只看报清远市商务局的经验做法和典型案例。"],
    ["三、以上两表由区商务局电商股负责解释。"],
  ];

  const obj = {
    description: "清远市清城区商务局电商股交的两张“代用台账”加说明页：①《培训班合影人员名单（照片说明汇编）》——签到表原件已移交档案馆，以各期合影的照片说明代替签到：每期一个合并标题行（“图1　2020年10月15日　源潭镇…合影”，日期写法各异，“2021年3月25日—26日”按26日），下面每排一行 照片编号（纵向合并）|排位（前排／中排／后排）|人员（左起，“、”分隔在一格里）|人数|备注，姓名后括号注明“（讲师）”“（源潭镇副镇长）”“（塘头村党支部书记）”“（区商务局工作人员）”的不是学员，“镜头外”一行是摄影人员，“人数”栏是入镜总人数（含讲师干部）；记录＝每名学员一人次，无身份证号，第4期在截止日后但照列；②《政务信息（经验材料）报送登记》当经验材料台账——只有报送清远市商务局的“经验做法”“典型案例”才是记录（报区委办、区政府办的和“工作动态”不算，“（撤回，未报送）”不算，采用与否不影响，9月6日那条在截止日后仍是记录）；③说明页不是台账。",
    sheets: [
      sheet("培训合影名单", tRows, tMerges),
      sheet("信息报送登记", mRows, mMerges),
      sheet("说明", noteRows),
    ],
    expect: {
      sheets: {
        "培训合影名单": { kind: "training", records: trainingRecords },
        "信息报送登记": {
          kind: "materials",
          records: [
            { date: "2020-11-20" },
            { date: "2021-01-14" },
            { date: "2021-06-28" },
            { date: "2021-08-31" },
            { date: "2021-09-06" },
          ],
        },
        "说明": { kind: null },
      },
    },
  };
  write("ledgers", "b90-l1-qingcheng.json", obj);
});

// ---------------------------------------------------------------- L2 三水区：专户动账短信当资金台账 + 消防安全责任书登记当入驻企业清单
CASES.push(function caseL2Sanshui() {
  const BANK = "【佛山农商银行】";
  const co = {
    ys: "佛山市三水区云商网络科技有限公司",
    ln: "佛山市三水区乐农电子商务有限公司",
    yz: "中国邮政集团有限公司佛山市三水区分公司",
    qh: "佛山市三水区启航职业培训学校",
    cz: "佛山市三水区财政局",
  };
  function out(md, hm, amt, bal, to, how) {
    return BANK + "您尾号6618的账户于" + md + hm + "支出（" + (how || "网银转账") + "）人民币" + amt + "元，余额" + bal + "元。" + (to ? "对方户名：" + to + "。" : "");
  }
  function inc(md, hm, amt, bal, what, from) {
    return BANK + "您尾号6618的账户于" + md + hm + "收入（" + what + "）人民币" + amt + "元，余额" + bal + "元。" + (from ? "对方户名：" + from + "。" : "");
  }
  const sms = [
    ["2020-06-28 15:03:11", inc("06月28日", "15:03", "5,000,000.00", "5,000,000.00", "转账", co.cz), "省级资金下达"],
    ["2020-07-10 10:22:37", out("07月10日", "10:22", "680,000.00", "4,320,000.00", co.ys), "中心建设首付款"],
    ["2020-09-21 09:00:05", inc("09月21日", "09:00", "3,512.40", "4,323,512.40", "结息"), null],
    ["2020-10-16 14:05:48", out("10月16日", "14:05", "326,000.00", "3,997,512.40", co.yz), "农村物流配送体系"],
    ["2020-10-16 14:05:49", out("10月16日", "14:05", "15.00", "3,997,497.40", null, "手续费"), null],
    ["2020-12-17 16:40:02", BANK + "验证码382915，您正在进行网银转账，金额1,020,000.00元，请勿泄露。", null],
    ["2020-12-18 09:31:26", out("12月18日", "09:31", "1,020,000.00", "2,977,497.40", co.ys), "中心建设进度款"],
    ["2021-01-29 11:12:40", out("01月29日", "11:12", "258,600.00", "2,718,897.40", co.ln), "村级站点建设（第一批）"],
    ["2021-03-22 09:00:03", inc("03月22日", "09:00", "2,980.15", "2,721,877.55", "结息"), null],
    ["2021-04-15 15:26:19", out("04月15日", "15:26", "195,000.00", "2,526,877.55", co.qh), "电商培训（第一期）"],
    ["2021-06-09 10:48:51", out("06月09日", "10:48", "412,300.00", "2,114,577.55", co.ln), "村级站点建设（第二批）"],
    ["2021-06-21 09:00:04", inc("06月21日", "09:00", "2,311.08", "2,116,888.63", "结息"), null],
    ["2021-09-01 00:00:12", out("08月31日", "23:56", "340,000.00", "1,776,888.63", co.ys), "中心建设尾款（8月31日晚支付，短信次日凌晨收到）"],
    ["2021-09-14 16:02:33", out("09月14日", "16:02", "150,000.00", "1,626,888.63", co.qh), "电商培训（第二期）"],
    ["2021-09-21 09:00:06", inc("09月21日", "09:00", "1,862.77", "1,628,751.40", "结息"), null],
  ];
  const fRows = [
    ["三水区电子商务进农村综合示范专项资金专户动账短信（摘录）", null, null, null, null],
    ["说明：专项资金专户（尾号6618）每笔动账，银行都发短信到电商股工作手机，本表按手机导出的短信记录摘录（2020年6月—2021年9月）。拨付＝短信里“支出”且对方户名为承建或供应单位的转账；“收入”（上级下达资金）、“结息”、“手续费”和验证码短信都不是拨付。拨付日期以短信内容里的交易时间为准，不以接收时间为准。", null, null, null, null],
    ["序号", "接收时间", "发送号码", "短信内容", "电商股标注"],
  ];
  sms.forEach((m, i) => fRows.push([i + 1, m[0], "95188", m[1], m[2]]));
  fRows.push(["导出：电商股 梁××　2021年9月22日", null, null, null, null]);
  const fMerges = ["A1:E1", "A2:E2", "A" + fRows.length + ":E" + fRows.length];
  const fundRecords = [
    { date: "2020-07-10", amount: 680000 },
    { date: "2020-10-16", amount: 326000 },
    { date: "2020-12-18", amount: 1020000 },
    { date: "2021-01-29", amount: 258600 },
    { date: "2021-04-15", amount: 195000 },
    { date: "2021-06-09", amount: 412300 },
    { date: "2021-08-31", amount: 340000 },
    { date: "2021-09-14", amount: 150000 },
  ];

  // ---- 消防安全责任书签订登记
  const firms = {
    ys: ["佛山市三水区云商网络科技有限公司", "电商平台", "101"],
    ln: ["佛山市三水区乐农电子商务有限公司", "代运营", "102"],
    xg: ["三水区西南街道鲜果网店", "网店零售", "103"],
    sj: ["佛山市三水区顺捷仓储物流有限公司", "仓储物流", "104"],
    dg: ["佛山市三水区乐平黑皮冬瓜专业合作社", "农产品加工", "201"],
    hw: ["三水区芦苞镇好味道网店", "网店零售", "202"],
    xb: ["佛山市三水区星播文化传媒有限公司", "直播电商", "203"],
    dt: ["三水区大塘镇农家土特产网店", "网店零售", "204"],
    nph: ["佛山市三水区白坭镇农品汇电子商务有限公司", "电商平台", "205"],
    cx: ["三水区南山镇茶香网店", "网店零售", "206"],
    sd: ["佛山市三水区速达同城配送有限公司", "仓储物流", "106"],
  };
  const keys = Object.keys(firms);
  const code = {};
  keys.forEach((k, i) => {
    code[k] = (k === "xg" || k === "hw" || k === "dt" || k === "cx" ? "92440607MA5" : "91440607MA5") + String(2000000 + i * 6173).slice(1) + "ABCDEFGHJKL".charAt(i);
  });
  // [编号, firm, 签订日期 cell, 类型, 退租日期 cell, 备注]
  const sign = [
    ["XF-2020-01", "ys", D("2020-07-06"), "新签", null, null],
    ["XF-2020-02", "ln", D("2020-07-06"), "新签", null, null],
    ["XF-2020-03", "xg", "2020.8.3", "新签", null, null],
    ["XF-2020-04", "sj", D("2020-08-17"), "新签", null, null],
    ["XF-2020-05", "dg", "2020年9月1日", "新签", null, null],
    ["XF-2020-06", "hw", D("2020-10-12"), "新签", D("2021-04-30"), "已退租"],
    ["XF-2020-07", "xb", D("2020-11-02"), "新签", null, "单位名称漏“区”字，本份作废，重签见XF-2020-08"],
    ["XF-2020-08", "xb", D("2020-11-03"), "新签", null, null],
    ["XF-2020-09", "dt", "20201207", "新签", null, null],
    ["XF-2021-01", "ys", D("2021-01-11"), "续签", null, "2021年度全园统一续签"],
    ["XF-2021-02", "ln", D("2021-01-11"), "续签", null, null],
    ["XF-2021-03", "xg", D("2021-01-11"), "续签", null, null],
    ["XF-2021-04", "sj", D("2021-01-11"), "续签", "2021.9.30", "9月底退租搬往芦苞"],
    ["XF-2021-05", "dg", D("2021-01-12"), "续签", null, null],
    ["XF-2021-06", "hw", D("2021-01-12"), "续签", null, null],
    ["XF-2021-07", "xb", D("2021-01-12"), "续签", null, null],
    ["XF-2021-08", "dt", D("2021-01-12"), "续签", null, null],
    ["XF-2021-09", "nph", D("2021-03-15"), "新签", null, null],
    ["XF-2021-10", "cx", "2021年5月10日", "新签", "2021.7.31", "已退租"],
    ["XF-2021-11", "sd", D("2021-09-06"), "新签", null, "考评截止后入驻"],
  ];
  const eRows = [
    ["三水区农村电子商务产业园入驻单位消防安全责任书签订登记表", null, null, null, null, null, null, null, null, null],
    ["登记部门：产业园运营中心物业部", null, null, null, null, null, null, null, "登记截至：2021年9月15日", null],
    ["说明：新入驻单位在交房入驻当天签订责任书（签订类型“新签”，签订日期即入驻日期）；2021年1月全园统一年度续签（“续签”不是新入驻，同一单位不另计）；单位退租时在“退租日期”栏登记；作废的责任书不计。", null, null, null, null, null, null, null, null, null],
    ["序号", "责任书编号", "单位名称", "统一社会信用代码", "经营类别", "房号", "签订日期", "签订类型", "退租日期", "备注"],
  ];
  sign.forEach((s, i) => {
    const f = firms[s[1]];
    const shownName = s[0] === "XF-2020-07" ? "佛山市三水星播文化传媒有限公司" : f[0]; // 作废的那份漏了“区”字
    eRows.push([i + 1, s[0], shownName, code[s[1]], f[1], f[2], s[2], s[3], s[4], s[5]]);
  });
  eRows.push(["物业部登记人：冯××", null, null, null, null, null, "安全主任：麦××", null, null, null]);
  const eMerges = ["A1:J1", "A2:H2", "I2:J2", "A3:J3", "A" + eRows.length + ":F" + eRows.length];
  const rec = (k, entered, left) => ({ name: firms[k][0], type: firms[k][1], entered, left });
  const entRecords = [
    rec("ys", "2020-07-06", null),
    rec("ln", "2020-07-06", null),
    rec("xg", "2020-08-03", null),
    rec("sj", "2020-08-17", "2021-09-30"),
    rec("dg", "2020-09-01", null),
    rec("hw", "2020-10-12", "2021-04-30"),
    rec("xb", "2020-11-03", null),
    rec("dt", "2020-12-07", null),
    rec("nph", "2021-03-15", null),
    rec("cx", "2021-05-10", "2021-07-31"),
    rec("sd", "2021-09-06", null),
  ];

  const noteRows = [
    ["说明"],
    ["1. 资金拨付暂无单独台账，以专户动账短信为准，银行对账单另附纸质件。"],
    ["2. 入驻企业以产业园物业部《消防安全责任书签订登记表》为准，运营中心未另建入驻企业清单。"],
    ["3. 以上由三水区经济和科技促进局电商股整理。"],
  ];

  const obj = {
    description: "佛山市三水区经济和科技促进局电商股交的两张“代用台账”加说明页：①《专户动账短信（摘录）》当资金台账——序号|接收时间（“2021-09-01 00:00:12”文本）|发送号码|短信内容|电商股标注，交易日期和金额只在短信正文里（“您尾号6618的账户于07月10日10:22支出（网银转账）人民币680,000.00元，余额…。对方户名：…”，年份要从接收时间取）；记录＝对方户名为承建/供应单位的“支出”，上级下达的“收入”、三条“结息”、15元“手续费”、网银验证码短信都不是；8月31日23:56的支出次日凌晨才收到短信，日期按交易时间是2021-08-31；9月14日一笔在截止日后仍是记录；②产业园物业部《入驻单位消防安全责任书签订登记表》当入驻企业清单——表头说明写明“新签”当天即入驻、2021年1月全园“续签”不是新入驻、作废的责任书不计；记录＝每家单位一次（按首次“新签”的顺序），入驻日期取新签日期（真日期、“2020.8.3”、“2020年9月1日”、“20201207”），退出日期取“退租日期”（顺捷仓储的“2021.9.30”写在续签行上，截止日时仍在园），XF-2020-07因单位名称写错作废、次日重签，9月6日新签的一家在截止日后；类型取“经营类别”；③说明页不是台账。",
    sheets: [
      sheet("专户动账短信", fRows, fMerges),
      sheet("消防责任书登记", eRows, eMerges),
      sheet("说明", noteRows),
    ],
    expect: {
      sheets: {
        "专户动账短信": { kind: "funds", records: fundRecords },
        "消防责任书登记": { kind: "enterprises", records: entRecords },
        "说明": { kind: null },
      },
    },
  };
  write("ledgers", "b90-l2-sanshui.json", obj);
});

for (const c of CASES) c();
console.log("wrote " + written.length + " files:\n  " + written.join("\n  "));
