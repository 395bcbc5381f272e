"use strict";
// Batch 73 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
// batch73 blind layout cases: 阳西县 whole workbook, 陆河/化州/廉江 facts sheets, 高州/信宜 ledgers.
const fs = require("fs");

// ---------------------------------------------------------------- helpers
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
const D = (s) => ({ date: s });
function colName(i) {
  let s = "";
  i += 1;
  while (i > 0) {
    const m = (i - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    i = Math.floor((i - 1) / 26);
  }
  return s;
}
// A sheet builder that refuses duplicate merge ranges.
function Sheet(name, width) {
  const rows = [];
  const merges = [];
  const seen = new Set();
  return {
    name,
    rows,
    add(cells) {
      const r = cells.slice();
      if (width) while (r.length < width) r.push(null);
      rows.push(r);
      return rows.length; // 1-based row number just added
    },
    blank() {
      rows.push(width ? new Array(width).fill(null) : []);
      return rows.length;
    },
    merge(c1, r1, c2, r2) {
      const ref = `${colName(c1)}${r1}:${colName(c2)}${r2}`;
      if (seen.has(ref)) throw new Error(`duplicate merge ${ref} in ${name}`);
      seen.add(ref);
      merges.push(ref);
    },
    // one merged line across the sheet width
    line(text) {
      const r = this.add([text]);
      if (width && width > 1) this.merge(0, r, width - 1, r);
      return r;
    },
    done(extra) {
      const out = { name, rows };
      if (merges.length) out.merges = merges;
      return Object.assign(out, extra || {});
    },
  };
}
function idCheck(id17) {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const map = "10X98765432";
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(id17[i]) * w[i];
  return map[s % 11];
}
function pad(n, k) {
  return String(n).padStart(k, "0");
}
function makeId(rand, area, yFrom, yTo, male, wantX) {
  for (let tries = 0; tries < 2000; tries++) {
    const y = yFrom + Math.floor(rand() * (yTo - yFrom + 1));
    const m = 1 + Math.floor(rand() * 12);
    const d = 1 + Math.floor(rand() * 28);
    let seq = Math.floor(rand() * 999);
    if (male !== undefined) {
      if (male && seq % 2 === 0) seq = (seq + 1) % 999;
      if (!male && seq % 2 === 1) seq = (seq + 1) % 999;
    }
    const id17 = `${area}${y}${pad(m, 2)}${pad(d, 2)}${pad(seq, 3)}`;
    const c = idCheck(id17);
    if (wantX === true && c !== "X") continue;
    if (wantX === false && c === "X") continue;
    return id17 + c;
  }
  throw new Error("no id");
}
function fmt(n) {
  // 1234567.8 -> "1,234,567.80"
  const s = n.toFixed(2);
  const [a, b] = s.split(".");
  const neg = a.startsWith("-");
  const digits = neg ? a.slice(1) : a;
  return (neg ? "-" : "") + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + "." + b;
}
function fmtInt(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function assert(cond, msg) {
  if (!cond) throw new Error("assertion failed: " + msg);
}
function write(rel, obj) {
  const file = path.join(ROOT, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(obj, null, 2) + "\n", "utf8");
  console.log("wrote", path.relative(ROOT, file));
}
const SURNAMES = "陈林黄梁李关许冯莫吴杨张刘何谢叶邓曾钟温彭谭蔡罗周郑苏卢潘赖".split("");
const GIVEN = "国志伟建明华文海强军永锦振兴家荣秀玉美丽芳英桂兰春燕彩霞金凤亚妹少娟伙财旺添福德胜昌盛有光辉雪娇碧带好群新宏达俊杰坤".split("");
function personName(rand) {
  const s = SURNAMES[Math.floor(rand() * SURNAMES.length)];
  const n = rand() < 0.75 ? 2 : 1;
  let g = "";
  for (let i = 0; i < n; i++) g += GIVEN[Math.floor(rand() * GIVEN.length)];
  return s + g;
}
function phone(rand) {
  const p = ["135", "137", "138", "139", "150", "151", "158", "159", "188", "189", "133", "180"];
  return p[Math.floor(rand() * p.length)] + pad(Math.floor(rand() * 1e8), 8);
}

// ================================================================ 阳西县 whole workbook
function yangxiCounty() {
  const rand = rng(7301);
  const towns = [
    { t: "织篢镇", v: 24, ju: ["城东", "城西", "城南", "城北", "织篢", "新城", "河北", "丰头"], poor: 1, cover: 17, fixed: ["石角"] },
    { t: "程村镇", v: 16, ju: ["程村", "墟镇"], poor: 2, cover: 12, fixed: ["红光"] },
    { t: "塘口镇", v: 14, ju: ["塘口"], poor: 2, cover: 10, fixed: ["周亨"] },
    { t: "上洋镇", v: 19, ju: ["上洋", "双鱼"], poor: 3, cover: 13, fixed: [] },
    { t: "溪头镇", v: 13, ju: ["溪头"], poor: 2, cover: 9, fixed: [] },
    { t: "沙扒镇", v: 11, ju: ["沙扒", "月亮湾"], poor: 2, cover: 8, fixed: [] },
    { t: "儒洞镇", v: 22, ju: ["儒洞"], poor: 3, cover: 15, fixed: ["边海"] },
    { t: "新墟镇", v: 14, ju: ["新墟"], poor: 3, cover: 10, fixed: [] },
  ];
  // village base names
  const pre = "那大石新东西南北上下高长白黄龙凤平山田河竹茅蓝和福安永兴良马牛鹤官岭坡溪罗青".split("");
  const suf = "垌塘坑岭湾洋田头尾寮埇坡水江山岗桥角围口屋寨背陂圩朗".split("");
  const banned = new Set(["织篢", "程村", "塘口", "上洋", "溪头", "沙扒", "儒洞", "新墟", "大垌"]);
  towns.forEach((t) => t.ju.forEach((j) => banned.add(j)));
  towns.forEach((t) => t.fixed.forEach((f) => banned.add(f)));
  const combos = [];
  for (const p of pre) for (const s of suf) if (p !== s) combos.push(p + s);
  for (let i = combos.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [combos[i], combos[j]] = [combos[j], combos[i]];
  }
  let ci = 0;
  const villages = []; // {town, base, poor, covered, express}
  for (const t of towns) {
    const list = t.fixed.slice();
    while (list.length < t.v) {
      const c = combos[ci++];
      if (banned.has(c)) continue;
      banned.add(c);
      list.push(c);
    }
    t.list = list.map((base) => ({ town: t.t, base, poor: false, covered: false, express: true }));
    // choose poor + covered
    const idx = t.list.map((_, i) => i);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    const poorIdx = idx.slice(0, t.poor);
    poorIdx.forEach((i) => (t.list[i].poor = true));
    let covered = 0;
    t.uncoveredPoor = null;
    for (const i of poorIdx) {
      if (t.t === "溪头镇" && i === poorIdx[1]) {
        t.uncoveredPoor = t.list[i];
        continue;
      }
      t.list[i].covered = true;
      covered++;
    }
    for (const i of idx.slice(t.poor)) {
      if (covered >= t.cover) break;
      t.list[i].covered = true;
      covered++;
    }
    assert(covered === t.cover, "cover " + t.t);
    villages.push(...t.list);
  }
  const byTown = (name) => towns.find((t) => t.t === name);
  const P18 = byTown("溪头镇").uncoveredPoor;
  assert(P18 && P18.poor && !P18.covered, "P18");
  const firstUncovered = (town) => byTown(town).list.find((v) => !v.covered && !v.poor);
  const noExpress1 = firstUncovered("上洋镇");
  const noExpress2 = firstUncovered("沙扒镇");
  noExpress1.express = false;
  noExpress2.express = false;
  const septVillage = firstUncovered("新墟镇");
  const nAdmin = villages.length;
  const nCovered = villages.filter((v) => v.covered).length;
  const nPoor = villages.filter((v) => v.poor).length;
  const nPoorCovered = villages.filter((v) => v.poor && v.covered).length;
  assert(nAdmin === 133 && nCovered === 94 && nPoor === 18 && nPoorCovered === 17, "village counts");

  // ---------------- 附1 村居名单
  const sv = Sheet("附1 村（居）委会名单", 7);
  sv.line("阳西县村（居）民委员会名单");
  sv.line("填报单位：阳西县商务局（据县民政局2021年村（社区）“两委”换届后名单整理）　　　　2021年8月");
  sv.add(["序号", "镇", "村（居）委会名称", "类别", "省定贫困村", "快递进村", "备注"]);
  let seq = 0;
  for (const t of towns) {
    const start = sv.rows.length + 1;
    for (const v of t.list) {
      seq++;
      sv.add([seq, sv.rows.length + 1 === start ? t.t : null, v.base + "村委会", "行政村", v.poor ? "√" : null, v.express ? "√" : "×", v.express ? null : "未通快递，村民到镇上取件"]);
    }
    for (const j of t.ju) {
      seq++;
      sv.add([seq, null, j + "社区居委会", "社区", null, "√", null]);
    }
    const end = sv.rows.length;
    sv.merge(1, start, 1, end);
  }
  sv.add(["合计", null, "行政村133个、社区18个，其中省定贫困村18个", null, null, null, null]);
  sv.merge(0, sv.rows.length, 1, sv.rows.length);
  sv.line("注：快递进村以县邮政管理局2021年8月核查为准，“×”为未通。");

  // ---------------- 附2 站点清单
  const ss = Sheet("附2 站点清单", 8);
  ss.line("阳西县村级电子商务服务站点清单");
  ss.line("填报单位：阳西县商务局电商股　　　　更新时间：2021年9月15日");
  ss.add(["序号", "所在镇", "所在村（社区）", "站点名称", "站长", "联系电话", "挂牌时间", "备注"]);
  const start = Date.UTC(2020, 5, 1);
  const endT = Date.UTC(2021, 7, 30);
  const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
  const stations = [];
  const the831 = byTown("新墟镇").list.find((v) => v.covered && !v.poor);
  for (const v of villages) {
    if (!v.covered) continue;
    let day = iso(start + Math.floor(rand() * ((endT - start) / 86400000)) * 86400000);
    if (v === the831) day = "2021-08-31";
    stations.push({ town: v.town, v, village: v.base, date: day, kind: "main" });
  }
  const dupTowns = ["织篢镇", "程村镇", "上洋镇", "儒洞镇"];
  for (const tn of dupTowns) {
    const v = byTown(tn).list.find((x) => x.covered && !x.poor && x !== the831);
    const first = stations.find((s) => s.v === v);
    const d1 = Date.parse(first.date);
    let d2 = d1 + (40 + Math.floor(rand() * 100)) * 86400000;
    if (d2 > endT) d2 = endT - 86400000 * 3;
    if (d2 <= d1) d2 = d1 + 86400000;
    stations.push({ town: tn, v, village: v.base, date: iso(d2), kind: "dup" });
  }
  stations.push({ town: "织篢镇", v: null, village: "城北社区", date: "2020-12-16", kind: "ju" });
  stations.push({ town: "溪头镇", v: P18, village: P18.base, date: "2021-09-06", kind: "sept-poor" });
  stations.push({ town: "新墟镇", v: septVillage, village: septVillage.base, date: "2021-09-13", kind: "sept" });
  stations.push({ town: "儒洞镇", v: null, village: "大垌林场", date: "2021-03-20", kind: "forest" });
  const townOrder = towns.map((t) => t.t);
  stations.sort((a, b) => townOrder.indexOf(a.town) - townOrder.indexOf(b.town) || a.date.localeCompare(b.date));
  assert(stations.length === 102, "station rows " + stations.length);
  let k = 0;
  let formCount = { cwh: 0, cmwyh: 0 };
  const fmtDate = (s, i) => {
    const [y, m, d] = s.split("-").map(Number);
    switch (i % 6) {
      case 0: return D(s);
      case 1: return `${y}.${m}.${d}`;
      case 2: return `${y}年${m}月${d}日`;
      case 3: return `${y}${pad(m, 2)}${pad(d, 2)}`;
      case 4: return `${y}/${m}/${d}`;
      default: return D(s);
    }
  };
  let si = 0;
  for (const s of stations) {
    si++;
    if (s.town === "上洋镇" && !ss.insertedBlank) {
      ss.blank();
      ss.insertedBlank = true;
    }
    let vcell;
    let name;
    let note = null;
    if (s.kind === "ju") {
      vcell = "城北社区";
      name = "织篢镇城北社区电子商务服务站";
    } else if (s.kind === "forest") {
      vcell = "大垌林场";
      name = "儒洞镇大垌林场电商服务点";
      note = "设在林场场部";
    } else {
      k++;
      if (k % 13 === 5 && formCount.cwh < 7) {
        vcell = s.village + "村委会";
        formCount.cwh++;
      } else if (k % 17 === 9 && formCount.cmwyh < 5) {
        vcell = s.village + "村民委员会";
        formCount.cmwyh++;
      } else vcell = s.village + "村";
      name = s.kind === "dup" ? `${s.town}${s.village}村第二电商服务点` : `${s.town}${s.village}村电子商务服务站`;
      if (s.kind === "dup") note = "同村第二个站点（设在村超市）";
      if (s.kind === "sept-poor") note = "省定贫困村";
    }
    let dcell = fmtDate(s.date, si);
    if (s.date === "2021-08-31") dcell = "2021.8.31";
    ss.add([si, s.town, vcell, name, personName(rand), phone(rand), dcell, note]);
  }
  assert(formCount.cwh >= 4 && formCount.cmwyh >= 3, "village forms " + JSON.stringify(formCount));
  ss.add(["合计", null, null, "102个站点", null, null, null, null]);
  ss.merge(0, ss.rows.length, 2, ss.rows.length);
  ss.line("注：城北社区站、大垌林场服务点不是行政村站点；同村第二个站点不重复计算覆盖村。");

  // ---------------- 贫困人口 (附5) and 专场签到 (附4)
  const prand = rng(7302);
  const cats = [];
  for (let i = 0; i < 80; i++) cats.push("E");
  for (let i = 0; i < 24; i++) cats.push("M");
  for (let i = 0; i < 16; i++) cats.push("N");
  for (let i = cats.length - 1; i > 0; i--) {
    const j = Math.floor(prand() * (i + 1));
    [cats[i], cats[j]] = [cats[j], cats[i]];
  }
  const poorVillages = villages.filter((v) => v.poor);
  const persons = [];
  let hh = 0;
  let pi = 0;
  while (pi < 120) {
    hh++;
    const size = Math.min(120 - pi, 1 + Math.floor(prand() * 4));
    const v = poorVillages[Math.floor(prand() * poorVillages.length)];
    const surname = SURNAMES[Math.floor(prand() * SURNAMES.length)];
    const head = surname + GIVEN[Math.floor(prand() * GIVEN.length)] + GIVEN[Math.floor(prand() * GIVEN.length)];
    let headYear = 0;
    let headMale = true;
    let spouseUsed = false;
    for (let m = 0; m < size; m++) {
      const cat = cats[pi];
      const young = cat === "N" && m > 0 && prand() < 0.6;
      let rel, yFrom, yTo, male;
      if (m === 0) {
        rel = "户主";
        headMale = prand() < 0.7;
        male = headMale;
        [yFrom, yTo] = cat === "N" ? [1940, 1956] : [1962, 1986];
        headYear = yFrom + Math.floor(prand() * (yTo - yFrom + 1));
        yFrom = yTo = headYear;
      } else if (young) {
        male = prand() < 0.5;
        rel = headYear >= 1970 ? (male ? "之子" : "之女") : male ? "之孙" : "孙女";
        [yFrom, yTo] = [2004, 2012];
      } else if (cat === "N") {
        if (cats[pi - m] === "N" && !spouseUsed) {
          spouseUsed = true;
          rel = "配偶";
          male = !headMale;
          [yFrom, yTo] = [headYear - 4, headYear + 4];
        } else if (cats[pi - m] === "N") {
          male = prand() < 0.5;
          rel = male ? "之兄" : "之姐";
          [yFrom, yTo] = [headYear - 6, headYear - 1];
        } else {
          male = prand() < 0.4;
          rel = male ? "之父" : "之母";
          [yFrom, yTo] = [Math.min(headYear - 30, 1950) - 8, Math.min(headYear - 22, 1950)];
        }
      } else if (cats[pi - m] === "N") {
        const k = Math.floor(prand() * 3);
        rel = ["之子", "之女", "儿媳"][k];
        male = k === 0;
        [yFrom, yTo] = [headYear + 22, Math.min(headYear + 30, 2001)];
      } else if (!spouseUsed) {
        spouseUsed = true;
        rel = "配偶";
        male = !headMale;
        [yFrom, yTo] = [headYear - 4, Math.min(headYear + 4, 2001)];
      } else if (headYear <= 1976) {
        const k = Math.floor(prand() * 3);
        rel = ["之子", "之女", "儿媳"][k];
        male = k === 0;
        [yFrom, yTo] = [headYear + 22, Math.min(headYear + 30, 2001)];
      } else {
        male = prand() < 0.5;
        rel = male ? "之弟" : "之妹";
        [yFrom, yTo] = [headYear + 1, Math.min(headYear + 8, 2001)];
      }
      assert(yFrom <= yTo, "birth range " + rel);
      const name = m === 0 ? head : (rel === "配偶" || rel === "儿媳" || rel === "之母" ? SURNAMES[Math.floor(prand() * SURNAMES.length)] : surname) + GIVEN[Math.floor(prand() * GIVEN.length)] + (prand() < 0.6 ? GIVEN[Math.floor(prand() * GIVEN.length)] : "");
      const id = makeId(prand, "441721", yFrom, yTo, male, undefined);
      let labour, work;
      if (cat === "E") {
        labour = ["普通劳动力", "普通劳动力", "技能劳动力", "弱劳动力"][Math.floor(prand() * 4)];
        work = ["在家务农", "在家务农", "县内务工", "本镇打零工", "公益性岗位"][Math.floor(prand() * 5)];
      } else if (cat === "M") {
        labour = ["普通劳动力", "技能劳动力"][Math.floor(prand() * 2)];
        work = ["省外务工（深圳）", "省外务工（东莞）", "县外务工（阳江市区）", "县外务工（广州）"][Math.floor(prand() * 4)];
      } else {
        labour = young ? "无劳动力（在校生）" : ["丧失劳动力", "无劳动力"][Math.floor(prand() * 2)];
        work = "—";
      }
      persons.push({ hh, town: v.town, village: v.base + "村", head, name, rel, id, labour, work, cat });
      pi++;
    }
  }
  const E = persons.filter((p) => p.cat === "E");
  const M = persons.filter((p) => p.cat === "M");
  const N = persons.filter((p) => p.cat === "N");
  assert(E.length === 80 && M.length === 24 && N.length === 16, "cats");
  // sign-in order of eligible persons: a deterministic shuffle of E
  const Eo = E.slice();
  for (let i = Eo.length - 1; i > 0; i--) {
    const j = Math.floor(prand() * (i + 1));
    [Eo[i], Eo[j]] = [Eo[j], Eo[i]];
  }
  // E20 (index 19) gets an X-ending id, typed lower-case in the sign-in sheet
  Eo[19].id = makeId(prand, "441721", 1965, 1990, undefined, true);
  const e = (n) => Eo[n - 1];
  const range = (a, b) => { const r = []; for (let i = a; i <= b; i++) r.push(e(i)); return r; };
  const sessions = [
    { no: "第1场", date: "2020-11-26", people: [...range(1, 14), M[0], N[0]] },
    { no: "第2场", date: "2021-03-18", people: [...range(15, 26), e(1), e(2), M[1]] },
    { no: "第3场", date: "2021-06-10", people: [...range(27, 37), e(3), e(4), e(5), M[2]] },
    { no: "第4场", date: "2021-08-26", people: [...range(38, 45), e(6), e(7), e(8), e(9), M[3], N[1]] },
    { no: "第5场", date: "2021-09-07", people: [...range(46, 56), e(10), e(11), M[4], N[2]] },
  ];
  const signBefore = sessions.slice(0, 4).reduce((a, s) => a + s.people.length, 0);
  assert(signBefore === 60, "sign-ins before cutoff " + signBefore);
  const trainedBefore = new Set();
  sessions.slice(0, 4).forEach((s) => s.people.forEach((p) => p.cat === "E" && trainedBefore.add(p.id)));
  assert(trainedBefore.size === 45, "trained " + trainedBefore.size);
  const trainedAll = new Set(trainedBefore);
  sessions[4].people.forEach((p) => p.cat === "E" && trainedAll.add(p.id));
  assert(trainedAll.size === 56, "trained incl sept " + trainedAll.size);

  const sp = Sheet("附5 贫困人口名单", 11);
  sp.line("阳西县建档立卡贫困人口劳动力情况表");
  sp.line("数据来源：县乡村振兴局（2021年6月底动态调整后）　　　说明：务工情况“县外”“省外”为外出务工，县内务工、在家务农不算外出");
  sp.add(["序号", "镇", "村", "户编号", "户主姓名", "姓名", "与户主关系", "身份证号码", "劳动能力", "务工情况", "备注"]);
  let lastHh = -1;
  let hhStart = 0;
  persons.forEach((p, i) => {
    const firstOfHh = i === 0 || persons[i - 1].hh !== p.hh;
    const r = sp.add([i + 1, p.town, p.village, firstOfHh ? `XY${pad(p.hh, 4)}` : null, firstOfHh ? p.head : null, p.name, p.rel, p.id, p.labour, p.work, null]);
    if (p.hh !== lastHh) {
      if (lastHh !== -1 && r - 1 > hhStart) {
        sp.merge(3, hhStart, 3, r - 1);
        sp.merge(4, hhStart, 4, r - 1);
      }
      lastHh = p.hh;
      hhStart = r;
    }
  });
  const lastRow = sp.rows.length;
  if (lastRow > hhStart) {
    sp.merge(3, hhStart, 3, lastRow);
    sp.merge(4, hhStart, 4, lastRow);
  }
  sp.line("合计：120人，其中有劳动能力且未外出务工80人。　　　填表人：梁秀娟");

  const sg = Sheet("附4 贫困户专场签到", 8);
  sg.line("阳西县建档立卡贫困户电子商务培训专场签到表");
  sg.line("培训地点：阳西县电子商务公共服务中心培训室　　　主办：阳西县商务局　　　承办：广东阳西蓝海电子商务服务有限公司");
  sg.add(["场次", "培训日期", "序号", "姓名", "身份证号码", "所在镇村", "联系电话", "本人签名"]);
  const srand = rng(7303);
  for (const s of sessions) {
    const first = sg.rows.length + 1;
    s.people.forEach((p, i) => {
      let idText = p.id;
      if (p === e(12)) idText = `${p.id.slice(0, 6)} ${p.id.slice(6, 14)} ${p.id.slice(14)}`;
      if (p === e(20)) idText = p.id.slice(0, 17) + "x";
      sg.add([i === 0 ? s.no : null, i === 0 ? D(s.date) : null, i + 1, p.name, idText, p.town + p.village, phone(srand), "（已签）"]);
    });
    const last = sg.rows.length;
    sg.merge(0, first, 0, last);
    sg.merge(1, first, 1, last);
  }
  sg.line("注：专场人次未计入附3《培训台账》。第5场（9月7日）在考评截止日后。");

  // ---------------- 附3 培训台账（普及培训，按期次）
  const places = ["县电商公共服务中心", "织篢镇政府会议室", "程村镇文化站", "塘口镇政府", "上洋镇党群服务中心", "溪头镇政府", "沙扒镇文化站", "儒洞镇政府", "新墟镇政府"];
  const topics = ["电商基础知识", "网店开设与运营", "短视频拍摄与直播带货", "农产品网络营销", "社区团购与微商", "电商客服与物流", "品牌包装与详情页"];
  const sessRows = [
    ["2019-12-18", 120], ["2020-01-09", 108], ["2020-05-21", 96], ["2020-06-11", 132], ["2020-06-24", 115],
    ["2020.7.22-23", 102], ["2020-08-06", 125], ["2020-08-20", 98], ["2020-09-10", 160], ["2020-09-24", 118],
    ["2020-10-15", 135], ["2020-10-29", 142], ["2020-11-12", 96], ["2020-11-19", 110], ["2020-12-10", 150], ["2020-12-17", 132],
    ["2020-12-24", 128], ["2021-01-07", 105], ["2021-01-21", 90], ["2021-03-04", 137], ["2021-03-25", 88],
    ["2021-03-31", 120], ["2021-04-15", 146], ["2021-04-28", 112], ["2021-05-13", 158], ["2021-05-27", 104],
    ["2021-06-17", 131], ["2021-06-30", 97], ["2021-07-08", 143], ["2021-07-22", 116], ["2021-07-29", 145], ["2021-08-05", 128],
    ["2021-08-19", 109], ["2021-08-31", null],
  ];
  const partial = sessRows.reduce((a, r) => a + (r[1] || 0), 0);
  sessRows[sessRows.length - 1][1] = 4106 - partial;
  const lastCount = sessRows[sessRows.length - 1][1];
  assert(lastCount >= 60 && lastCount <= 200, "last session " + lastCount);
  const st = Sheet("附3 培训台账", 7);
  st.line("阳西县电子商务培训台账（普及培训）");
  st.line("填报单位：阳西县电子商务公共服务中心　　　　统计至2021年9月10日");
  st.add(["期次", "培训时间", "培训地点", "培训内容", "培训对象", "参训人次", "备注"]);
  let sum = 0;
  sessRows.forEach((r, i) => {
    const [dt, n] = r;
    sum += n;
    let dcell;
    if (!/^\d{4}-\d\d-\d\d$/.test(dt)) dcell = dt;
    else if (i % 5 === 1) dcell = dt.replace(/-0?/g, ".");
    else if (i % 5 === 3) { const [y, m, d] = dt.split("-").map(Number); dcell = `${y}年${m}月${d}日`; }
    else dcell = D(dt);
    const ncell = i % 7 === 4 ? `${n}人次` : n;
    st.add([`第${i + 1}期`, dcell, places[i % places.length], topics[i % topics.length], i % 3 === 0 ? "农户、合作社" : i % 3 === 1 ? "返乡青年、个体户" : "村干部、站点站长", ncell, dt.includes("-2") && dt.includes(".") ? "两天班" : null]);
  });
  assert(sum === 4106, "sessions sum");
  st.add([`第${sessRows.length + 1}期`, D("2021-09-09"), "县电商公共服务中心", "直播带货实操（迎检专场）", "全县电商从业人员", 360, "9月份"]);
  st.add(["合计", null, null, null, null, 4106 + 360, null]);
  st.merge(0, st.rows.length, 4, st.rows.length);
  st.line("注：1.本表不含贫困户专场培训（专场逐人签到，见附4），全县培训人次＝本表人次＋附4签到人次。2.两天班按一期计人次。");
  st.line("填表人：李少娟　　　审核：黄晓丽");

  // ---------------- 附6 入驻企业
  const ents = [
    ["阳西县程村蚝业电子商务有限公司", "销售型", D("2020-12-08"), null],
    ["广东沙扒湾海产品供应链有限公司", "销售型", D("2020-12-08"), null],
    ["广东阳西蓝海电子商务服务有限公司", "电商运营商", D("2020-12-08"), null],
    ["阳西县乐购网络科技有限公司", "平台型", "2020.12.15", null],
    ["中国邮政集团有限公司阳西县分公司（电商仓配中心）", "物流企业", "2020年12月20日", null],
    ["阳西县溪头鱼干贸易有限公司", "销售型", D("2020-12-28"), "2021.3.31"],
    ["阳西县优品汇电子商务有限公司", "销售型", D("2021-01-06"), null],
    ["阳西县顺通快递有限公司", "物流企业", "2021/1/18", null],
    ["阳西县云购直播电子商务有限公司", "电商运营商", D("2021-02-22"), null],
    ["阳西县海鲜汇网络科技有限公司", "平台型", "20210301", null],
    ["阳西县儒洞荔枝电商服务部", "销售型", D("2021-03-10"), D("2021-06-30")],
    ["阳西县新墟番薯电子商务有限公司", "销售型", "2021.3.15", null],
    ["阳西县智联电商代运营有限公司", "电商运营商", D("2021-04-06"), null],
    ["阳西县塘口茶叶电子商务有限公司", "销售型", "2021年4月20日", null],
    ["阳西县上洋农产品电商有限公司", "销售型", D("2021-05-11"), null],
    ["阳西县速达冷链物流有限公司", "物流企业", D("2021-05-25"), null],
    ["阳西县好物优选网络科技有限公司", "平台型", "2021.6.8", null],
    ["阳西县巧手美工设计工作室", "电商运营商", D("2021-07-01"), null],
    ["阳西县沙扒渔家乐电子商务有限公司", "销售型", D("2021-07-19"), null],
    ["阳西县织篢镇鲜果坊农产品专业合作社", "销售型", "2021.8.2", null],
    ["阳西县蚝乡直播科技有限公司", "电商运营商", D("2021-09-08"), null],
  ];
  const crand = rng(7304);
  const alnum = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  const se = Sheet("附6 入驻企业", 8);
  se.line("阳西县电商产业园入驻企业清单");
  se.line("填报单位：广东阳西蓝海电子商务服务有限公司（产业园运营方）　　　2021年9月10日");
  se.add(["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "主营业务", "备注"]);
  ents.forEach((r, i) => {
    let code = "91441721MA5";
    for (let j = 0; j < 7; j++) code += alnum[Math.floor(crand() * alnum.length)];
    const main = { 销售型: "农特产品网络销售", 平台型: "本地电商平台运营", 电商运营商: "代运营、直播、设计服务", 物流企业: "仓储、快递配送" }[r[1]];
    se.add([i + 1, r[0], code, r[1], r[2], r[3], main, r[3] ? "已退园" : i === 20 ? "9月新入驻" : null]);
  });
  se.line("注：入驻企业共21家（含已退园2家）。");

  // ---------------- 附7 资金台账
  const funds = [
    ["2020-05-29", "记-05-018", "县级电子商务公共服务中心建设（首付款）", "广东阳西蓝海电子商务服务有限公司", 750000],
    ["2020-07-15", "记-07-009", "村级电商服务站点建设（一期）首付款", "阳江市信达网络工程有限公司", 520000],
    ["2020-08-20", "记-08-022", "电商培训服务（第一阶段）", "广东南粤电商培训学校", 160000],
    ["2020-09-30", "记-09-031", "县镇村三级物流配送体系（首付款）", "阳西县顺通快递有限公司", 380000],
    ["2020-11-18", "记-11-014", "县级电子商务公共服务中心建设（进度款）", "广东阳西蓝海电子商务服务有限公司", 600000],
    ["2020-12-25", "记-12-027", "村级电商服务站点建设（一期）进度款", "阳江市信达网络工程有限公司", 410000],
    ["2021-01-20", "记-01-011", "农产品溯源及冷链（首付款）", "阳西县速达冷链物流有限公司", 230000],
    ["2021-03-12", "记-03-008", "电商培训服务（第二阶段）", "广东南粤电商培训学校", 140000],
    ["2021-04-08", "记-04-006", "品牌培育及网络促销活动", "阳江市创意文化传播有限公司", 186000],
    ["2021-05-21", "记-05-019", "村级电商服务站点建设（二期）首付款", "阳江市信达网络工程有限公司", 300000],
    ["2021-06-29", "记-06-025", "县镇村三级物流配送体系（进度款）", "阳西县顺通快递有限公司", 200000],
    ["2021-07-30", "记-07-028", "县级中心运营服务费（2021年上半年）", "广东阳西蓝海电子商务服务有限公司", 137600],
    ["2021-08-31", "记-08-030", "村级电商服务站点建设（二期）进度款", "阳江市信达网络工程有限公司", 80000],
    ["2021-09-14", "记-09-012", "农产品溯源及冷链（尾款）", "阳西县速达冷链物流有限公司", 420000],
  ];
  const sf = Sheet("附7 资金台账", 8);
  sf.line("阳西县省级电子商务进农村综合示范专项资金拨付台账");
  sf.line("省下达资金：500万元（粤财工〔2019〕137号）　　　　　　　　　　　　单位：元");
  sf.add(["序号", "拨付日期", "凭证号", "项目名称", "收款单位", "拨付金额", "累计拨付", "备注"]);
  let cum = 0;
  let before = 0;
  funds.forEach((r, i) => {
    cum += r[4];
    if (r[0] <= "2021-08-31") before += r[4];
    const [y, m, d] = r[0].split("-").map(Number);
    const dcell = i % 4 === 1 ? `${y}.${m}.${d}` : i % 4 === 3 ? `${y}年${m}月${d}日` : D(r[0]);
    const amt = i % 3 === 2 ? fmt(r[4]) : r[4];
    sf.add([i + 1, dcell, r[1], r[2], r[3], amt, fmt(cum), i === 13 ? "考评截止日后拨付" : null]);
  });
  assert(before === 4093600 && cum === 4513600, "funds " + before + " " + cum);
  sf.add(["合计", null, null, null, null, fmt(cum), null, null]);
  sf.merge(0, sf.rows.length, 4, sf.rows.length);
  sf.line("制表：财务股 杨丽芳　　　审核：林振华");

  // ---------------- 附8 月报
  const reps = [
    ["2020-09-07", "2020年8月份", "是"], ["2020-10-09", "2020年9月份", "是"], ["2020-11-06", "2020年10月份", "是"],
    ["2020-12-07", "2020年11月份", "是"], ["2021-01-08", "2020年12月份及全年", "是"], ["2021-02-05", "2021年1月份", "是"],
    ["2021-03-05", "2021年2月份", "否"], ["2021-04-07", "2021年3月份", "是"], ["2021-05-08", "2021年4月份", "是"],
    ["2021-06-07", "2021年5月份", "是"], ["2021-07-07", "2021年6月份", "是"], ["2021-08-06", "2021年7月份", "是"],
    ["2021-09-06", "2021年8月份", "是"],
  ];
  const sr = Sheet("附8 月报报送", 6);
  sr.line("向阳江市商务局报送电子商务进农村工作月报登记");
  sr.add(["序号", "报送日期", "报送内容", "报送方式", "是否附电商扶贫统计表", "经办人"]);
  reps.forEach((r, i) => {
    const [y, m, d] = r[0].split("-").map(Number);
    sr.add([i + 1, i % 3 === 2 ? `${y}.${m}.${d}` : D(r[0]), `${r[1]}电子商务进农村综合示范工作进展情况`, i < 4 ? "电子邮件" : "粤政易", r[2], "黄晓丽"]);
  });
  sr.line("注：每月10日前报送上月情况；2021年2月份月报未附电商扶贫统计表（春节期间无新增参训）。");

  // ---------------- 附9 专栏更新
  const disc = [
    ["2020-03-20", "阳西县电子商务进农村综合示范县创建工作方案", "创建方案"],
    ["2020-06-05", "阳西县电子商务进农村综合示范项目基本信息公示", "项目公示"],
    ["2020-09-18", "2020年8月项目建设进度", "建设进度"],
    ["2020-10-15", "2020年9月项目建设进度", "建设进度"],
    ["2020-11-12", "2020年10月项目建设进度", "建设进度"],
    ["2020-12-10", "2020年11月项目建设进度", "建设进度"],
    ["2021-01-14", "2020年12月项目建设进度", "建设进度"],
    ["2021-02-08", "2021年1月项目建设进度", "建设进度"],
    ["2021-03-11", "2021年2月项目建设进度", "建设进度"],
    ["2021-03-26", "村级电商服务站点（二期）中标结果公示", "项目公示"],
    ["2021-04-13", "2021年3月项目建设进度", "建设进度"],
    ["2021-05-12", "2021年4月项目建设进度", "建设进度"],
    ["2021-06-10", "2021年5月项目建设进度", "建设进度"],
    ["2021-06-28", "专项资金使用情况公示（截至6月）", "资金公示"],
    ["2021-07-13", "2021年6月项目建设进度", "建设进度"],
    ["2021-08-12", "2021年7月项目建设进度", "建设进度"],
    ["2021-09-10", "2021年8月项目建设进度", "建设进度"],
  ];
  const sd = Sheet("附9 专栏更新", 5);
  sd.line("阳西县人民政府网站“电子商务进农村综合示范”专栏更新记录");
  sd.line("专栏地址：www.yangxi.gov.cn/zwgk/ztzl/dzswjnc/　　　监督举报电话：0662-5522××× 邮箱：yxswj@163.com");
  sd.add(["序号", "发布日期", "标题", "子栏目", "备注"]);
  disc.forEach((r, i) => sd.add([i + 1, i % 4 === 3 ? r[0].replace(/-/g, "/") : D(r[0]), r[1], r[2], null]));

  // ---------------- 附10 宣传报道
  const media = [
    ["2020-10-16", "阳西县融媒体中心（阳西电视台）", "县级", "电视", "县电商公共服务中心投入运营", "否"],
    ["2020-12-03", "阳西发布（微信公众号）", "县级", "网络", "阳西电商产业园开园　首批企业入驻", "否"],
    ["2021-01-22", "南方+客户端", "省级", "网络", "阳西：小站点连起大市场", "否"],
    ["2021-03-09", "南方日报", "省级", "报纸", "程村蚝搭上直播快车", "否"],
    ["2021-05-14", "广东广播电视台《广东新闻联播》", "省级", "电视", "阳西：电商帮扶让蚝农鼓起钱袋子", "是"],
    ["2021-06-18", "阳西县融媒体中心", "县级", "网络", "“阳西好物节”线上销售破千万", "否"],
    ["2021-09-10", "阳江日报", "市级", "报纸", "阳西电商进农村两年间", "否"],
    ["2021-09-15", "阳江广播电视台", "市级", "电视", "电商扶贫　程村蚝走出大山走向大湾区", "是"],
  ];
  const sm = Sheet("附10 宣传报道", 7);
  sm.line("阳西县电子商务进农村宣传报道登记表");
  sm.add(["序号", "报道日期", "媒体名称", "媒体级别", "报道形式", "标题", "是否电商扶贫典型案例"]);
  media.forEach((r, i) => sm.add([i + 1, i % 3 === 1 ? r[0].replace(/-0?/g, ".") : D(r[0]), r[1], r[2], r[3], r[4], r[5]]));

  // ---------------- 附11 经验材料
  const sx = Sheet("附11 经验材料", 5);
  sx.line("经验材料报送登记");
  sx.add(["序号", "报送日期", "材料名称", "报送对象", "报送方式"]);
  sx.add([1, D("2021-04-12"), "阳西县“电商＋程村蚝”助农增收的做法", "阳江市商务局", "粤政易"]);
  sx.add([2, "2021.9.3", "阳西县电子商务进农村综合示范创建工作总结", "阳江市商务局", "粤政易"]);

  // ---------------- 晾晒单 (the facts / self-assessment sheet)
  const L = Sheet("晾晒单", 6);
  L.line("阳西县县直单位重点工作“亮晒比”晾晒单（2021年第三季度）");
  L.line("晾晒单位：阳西县商务局　　　　晾晒事项：创建2019年省级电子商务进农村综合示范县（迎接省考评）");
  L.line("数据截至：2021年8月31日（省考评截止日）　　填报日期：2021年9月3日　　经办人：黄晓丽（电商股）　　审核：林振华（副局长）");
  L.line("填写要求（县亮晒比办）：有一说一，数字要实；做完的打“✔”，做了一部分的打“◐”，没做的打“✘”；不要照抄文件原文。");
  L.blank();
  L.line("一、晒目标（创建方案定下的目标，照录）");
  let r = L.add(["序号", "目标任务", null, "目标值", null, "出处"]);
  L.merge(1, r, 2, r);
  L.merge(3, r, 4, r);
  const goals = [
    ["建成县级电子商务公共服务中心", "2020年6月底前建成并投入运营", "创建方案第三部分"],
    ["村级电商服务站点", "覆盖70%以上行政村，省定贫困村全覆盖", "〃"],
    ["电商培训", "不少于4,200人次（常住人口的1%以上）", "〃"],
    ["建档立卡贫困人口培训", "有劳动能力的贫困人口培训率50%以上", "〃"],
    ["农产品网络零售额", "年均增长30%以上", "〃"],
    ["省级专项资金支出", "2021年8月底前支出90%以上", "资金管理办法"],
  ];
  goals.forEach((g, i) => {
    const rr = L.add([i + 1, g[0], null, g[1], null, g[2]]);
    L.merge(1, rr, 2, rr);
    L.merge(3, rr, 4, rr);
  });
  L.blank();
  L.line("二、晒进度（截至2021年8月31日，有一说一）");
  r = L.add(["序号", "事项", "做到哪一步了", null, null, "完成情况"]);
  L.merge(2, r, 4, r);
  const prog = [
    ["领导小组", "2019年11月成立县电子商务进农村综合示范工作领导小组，县委副书记、县长陈志强任组长，分管商务的副县长任常务副组长；成员单位有县商务局、县财政局、县农业农村局、县乡村振兴局、县发展和改革局、县市场监督管理局、县交通运输局、县邮政管理局、县融媒体中心和各镇人民政府。", "✔"],
    ["县情底数", "全县8个镇，133个行政村、18个社区，其中省定贫困村18个；常住人口41.64万人（第七次全国人口普查；户籍人口54.1万人，不作考评基数）。", "—"],
    ["方案、政策", "《阳西县电子商务进农村综合示范县创建工作方案》2020年1月8日由县政府办公室印发（西府办〔2020〕3号）；《阳西县促进农村电子商务发展扶持办法（试行）》2020年5月出台，已兑现奖补86.3万元，兑现进度比计划慢。", "✔"],
    ["项目管理", "制定了《项目管理办法》《项目验收办法》，合同、进度、验收全程留档；创建工作台账每月更新一次。", "✔"],
    ["县级公共服务中心", "2020年10月28日投入运营（比方案目标晚了4个月）。有免费培训室（120座）和直播间，能组织电商基础培训；农特产品免费展示、代销；产品摄影免费，美工设计（详情页、海报）按件收费，每款80元；组织“阳西好物”统一推广，指导程村蚝、沙扒鱼干等品牌建设；代运营咨询、金融对接等其他增值服务照常提供。", "◐"],
    ["电商产业园", "整合原织篢物流园建成阳西县电商产业园，2020年12月8日开园，入驻企业21家，平台型、销售型、运营服务、物流快递几类都有。", "✔"],
    ["第三方运营", "县级中心和产业园交由广东阳西蓝海电子商务服务有限公司专业运营（2020年9月签约）。", "✔"],
    ["村级站点", `截至8月31日建成站点100个（含城北社区站、大垌林场服务点），覆盖行政村94个；省定贫困村18个，溪头镇${P18.base}村站9月6日挂牌后已全部覆盖。`, "◐"],
    ["快递进村", `全县131个行政村通了快递，覆盖率98.5%；上洋镇${noExpress1.base}村、沙扒镇${noExpress2.base}村还没通，村民要到镇上取件。`, "◐"],
    ["网销调研、促销", "2020年8月完成全县农产品网络销售情况调研，形成调研报告和针对性建议报市商务局；举办“阳西好物节”、程村蚝直播节等网络促销活动12场，线上销售2,860万元。", "✔"],
    ["交易标准、冷链溯源", "出台《程村蚝电商交易规范》团体标准1个；冷链仓储中心还在建，溯源系统只接入了3家企业。", "◐"],
    ["网络零售额", "农村网络零售额：2019年12.36亿元，2020年15.02亿元，增长21.5%。农产品网络零售额：2019年3.18亿元，2020年4.27亿元，增长34.3%。（今年1—8月农村网络零售额11.08亿元，不作考评数。）", "✔"],
    ["电商培训", "累计培训4,166人次（普及培训4,106人次＋贫困户专场签到60人次），达到常住人口的1%。", "✔"],
    ["贫困人口培训", "有劳动能力的建档立卡贫困人口（不含外出务工）80人，截至8月31日参训45人，培训率56.3%；9月7日第5场专场后为56人、70%。", "✔"],
    ["信息公开", "县政府网站“电子商务进农村综合示范”专栏2020年3月开通，公示了创建方案、项目基本信息和每月建设进度，设有监督举报电话和邮箱；近一年每个月都有更新。", "✔"],
    ["数据报送", "每月10日前向阳江市商务局报送工作进展月报，同时报电商扶贫统计表（参训贫困人口、带动增收）。", "✔"],
    ["宣传、案例", "南方日报、南方+、广东广播电视台等省级媒体和县融媒体中心都做了报道，《广东新闻联播》播出程村蚝电商扶贫案例；2021年4月向市商务局报送经验材料1篇。", "✔"],
    ["资金", "省下达专项资金500万元。2020年6月印发《阳西县省级电子商务进农村综合示范专项资金管理办法》；建立了资金专用台账，逐笔登记。截至8月31日拨付409.36万元，支出率81.9%；冷链尾款42万元9月14日已拨。", "✔"],
    ["总体进度", "项目总体进度约92%（冷链仓储中心未完工）。", "◐"],
    ["安全、数据真实", "创建以来没有发生安全生产、质量事故；报送的数据真实，没有弄虚作假。", "✔"],
  ];
  prog.forEach((p, i) => {
    const rr = L.add([i + 1, p[0], p[1], null, null, p[2]]);
    L.merge(2, rr, 4, rr);
  });
  L.blank();
  L.line("三、晒亮点");
  [
    "“电商＋程村蚝”：程村蚝通过直播和社区团购卖到珠三角，带动蚝农户均增收约3,200元。",
    "“一村一品一店”：贫困村站点帮贫困户代销番薯、荔枝、鱼干，去年销售186万元。",
    "中心直播间每周开播，孵化本地主播23名。",
  ].forEach((t, i) => {
    const rr = L.add([i + 1, t]);
    L.merge(1, rr, 5, rr);
  });
  L.blank();
  L.line("四、晒短板（没做到、只做了一半的，照实写）");
  [
    `快递进村还差2个村（上洋镇${noExpress1.base}村、沙扒镇${noExpress2.base}村），县邮政分公司正在设代投点。`,
    "中心美工设计还在收费，免费服务不全。",
    "交易标准只出了1个，冷链仓储中心没完工，溯源只覆盖3家企业。",
    `溪头镇${P18.base}村（省定贫困村）站点8月底前没挂牌，9月6日才挂。`,
    "贫困人口培训率8月底没到70%，加分拿不到。",
  ].forEach((t, i) => {
    const rr = L.add([i + 1, t]);
    L.merge(1, rr, 5, rr);
  });
  L.blank();
  L.line("五、晒自评（对照省考评指标体系，9月2日局务会定）");
  r = L.add(["序号", "考评指标（分值）", null, "自评分", "扣分及说明", null]);
  L.merge(1, r, 2, r);
  L.merge(4, r, 5, r);
  const self = [
    ["组织领导（2分）", 2, "县长任组长，商务、财政、农业农村、乡村振兴等部门参加"],
    ["方案制定（2分）", 2, null],
    ["政策支持（2分）", 1, "扶持办法已出台，兑现慢，自评1分"],
    ["项目管理（4分）", 4, "管理制度2分，工作台账2分"],
    ["服务体系建设——县级中心及产业园（15分）", 14, "美工收费，扣1分"],
    ["服务体系建设——村级站点（10分）", 10, null],
    ["农村产品上行（10分）", 8, "网销调研2分，促销活动2分，第三方1分，快递未全覆盖0分，交易标准和冷链溯源1分，增速2分"],
    ["电商人才培训（20分）", 20, null],
    ["信息公开（4分）", 4, null],
    ["数据上报（6分）", 6, null],
    ["案例总结（2分）", 2, null],
    ["经验推广（8分）", 8, "省级、市级、县级都有报道（阳江日报9月10日专版）"],
    ["制度建立（5分）", 5, null],
    ["资金台账（5分）", 4, "个别承建单位凭证不齐，自评4分"],
    ["资金支出（5分）", 4, "支出率81.9%，尾款9月才拨，及时拨付自评4分"],
    ["加分项：贫困人口培训率70%及以上（2分）", 0, "8月底56.3%，不加分"],
    ["加分项：电商扶贫典型案例获电视播报（2分）", 1, "《广东新闻联播》播出，省级1分"],
    ["一票否决项", "无", "无安全生产、质量事故，无弄虚作假，总体进度92%"],
  ];
  self.forEach((s, i) => {
    const rr = L.add([i + 1, s[0], null, s[1], s[2], null]);
    L.merge(1, rr, 2, rr);
    L.merge(4, rr, 5, rr);
  });
  const claimedSum = self.slice(0, 17).reduce((a, s) => a + s[1], 0);
  assert(claimedSum === 95, "claimed sum " + claimedSum);
  r = L.add(["合计", null, null, 95, "含加分1分", null]);
  L.merge(0, r, 2, r);
  L.merge(4, r, 5, r);
  L.blank();
  L.line("六、晒承诺（下一步）");
  [
    "9月底前冷链仓储中心完工，尾款拨付后支出率提高到95%以上。",
    "10月底前2个未通快递的村设代投点，实现快递进村全覆盖。",
    "年底前再办5期培训，培训1,000人次以上。",
  ].forEach((t, i) => {
    const rr = L.add([i + 1, t]);
    L.merge(1, rr, 5, rr);
  });
  L.blank();
  L.line("县“亮晒比”活动办公室点评：");
  L.line("（此栏由县亮晒比办填写）");

  // ---------------- 目录
  const toc = Sheet("目录", 3);
  toc.line("阳西县电子商务进农村综合示范创建考评资料（电子版）");
  toc.add(["序号", "表名", "说明"]);
  [
    ["晾晒单", "县亮晒比第三季度晾晒单（含自评）"],
    ["附1 村（居）委会名单", "133个行政村、18个社区"],
    ["附2 站点清单", "村级站点"],
    ["附3 培训台账", "普及培训，按期次记人次"],
    ["附4 贫困户专场签到", "逐人签到"],
    ["附5 贫困人口名单", "县乡村振兴局提供"],
    ["附6 入驻企业", "产业园运营方提供"],
    ["附7 资金台账", "财务股提供"],
    ["附8 月报报送", ""],
    ["附9 专栏更新", ""],
    ["附10 宣传报道", ""],
    ["附11 经验材料", ""],
  ].forEach((x, i) => toc.add([i + 1, x[0], x[1] || null]));

  const points = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 4,
    "work.center": 12, "work.coverage": 8, "work.upward": 8, "work.training": 20,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 5,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = Object.entries(points).filter(([k2]) => !k2.startsWith("bonus.") && !k2.startsWith("veto.")).reduce((a, [, v]) => a + v, 0);
  assert(scored === 87, "scored " + scored);
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 4,
    "work.center": 14, "work.coverage": 10, "work.upward": 8, "work.training": 20,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 1,
  };
  const ctrl = { P18: P18.base, noExpress: [noExpress1.base, noExpress2.base], sept: septVillage.base, the831: the831.base, lastSession: lastCount };
  const derivation = [
    "asOf: 晾晒单第3行“数据截至：2021年8月31日（省考评截止日）” → 2021-08-31（填报日期9月3日不是截止日）",
    "org.leadership: 县委副书记、县长任组长（主要领导），成员单位有县商务局、县财政局、县农业农村局、县乡村振兴局 → 2",
    "org.plan: 晒自评“方案制定 2”（方案2020年1月8日西府办〔2020〕3号印发） → 2",
    "org.policy: 晒自评“政策支持 1”（扶持办法已出台、兑现慢） → 1",
    "org.management: 管理制度2 + 工作台账2（晒自评说明） → 4",
    "work.center: 中心2020-10-28投入运营 ≤ 2021-08-31 → 2；≤ 2021-02-28（满6个月） → 2；免费培训室 → 2；免费展示 → 1；摄影免费但美工按件收费 → 摄影美工项0；品牌推广 → 1；其他增值服务 → 1；产业园已建（附6非空） → 2；附6共21行，溪头鱼干2021-03-31退园、儒洞荔枝2021-06-30退园、蚝乡直播2021-09-08才入驻，截至8月31日在园18家 < 20 → 0；在园类型 销售型/平台型/电商运营商/物流企业 共4种 ≥ 3 → 1；合计 2+2+2+1+0+1+1+2+0+1 = 12",
    `work.coverage: 附1行政村133个（18个社区不计）；附2共102行，截至8月31日有站点的行政村94个（同村第二站4个不重复计、城北社区站不是行政村、大垌林场不在名单、溪头镇${ctrl.P18}村2021-09-06和新墟镇${ctrl.sept}村2021-09-13在截止日后不计；“××村委会”“××村民委员会”写法与“××村”是同一村；新墟镇${ctrl.the831}村站2021.8.31当天挂牌计入）；94/133 = 70.68% ≥ 70% → 5（少认一个村即93/133 = 69.92% → 2）；省定贫困村18个，截至8月31日有站点17个（溪头镇${ctrl.P18}村9月6日才挂牌），17/18 = 94.4%，在80%–100%之间 → 3；合计 8`,
    `work.upward: 网销调研2 + 促销活动2 + 第三方运营（蓝海公司）1 + 快递：附1快递列上洋镇${ctrl.noExpress[0]}村、沙扒镇${ctrl.noExpress[1]}村为“×” → 0 + 交易标准与冷链溯源1 + 增速：农产品网络零售额4.27/3.18亿元 = +34.3% ≥ 30% → 2（农村网零+21.5%不够，但任一达到即可）；合计 8`,
    "work.training: 附3截至8月31日34期合计4,106人次（第34期恰在2021年8月31日，计入；第35期2021-09-09的360人次、合计行4,466不计）＋附4专场签到第1—4场60人次（第5场2021-09-07不计）= 4,166人次；4,166/416,400 = 1.0005% ≥ 1% → 10（只算附3则4,106/416,400 = 0.986% → 8）；贫困人口：附5有劳动能力且未外出务工80人（弱劳动力算有劳动能力，县内务工、本镇打零工、公益性岗位不算外出；外出务工24人、无劳动能力16人不计），其中截至8月31日在附4签到的45人（按身份证去重，一人身份证带空格、一人末位小写x，重复参训9人次不重复计，外出务工4人、无劳动能力2人参训不计）；45/80 = 56.25% ≥ 50% → 10；合计 20",
    "info.disclosure: 专栏公示创建方案、项目基本信息、每月建设进度，设监督举报电话和邮箱 → 内容全面2；附9在2020-09至2021-08每个月都有更新（9月10日那条在截止日后） → 按月更新2；合计 4",
    "info.reporting: 附8在2020-09至2021-08每个月都有报送日期（2021-02-05报1月月报，2021-03-05报2月月报；2021-09-06那条不计） → 3；附8“是否附电商扶贫统计表”为“是”，且晾晒单写明同时报电商扶贫统计表 → 3；合计 6",
    "promo.cases: 附11 2021-04-12向阳江市商务局报送经验材料（2021.9.3那份在截止日后） → 2",
    "promo.media: 截止日前有省级（南方+、南方日报、广东广播电视台） → 4，县级（阳西县融媒体中心、阳西发布） → 1；市级阳江日报2021-09-10、阳江广播电视台2021-09-15都在截止日后 → 0；合计 5（县自评8分把阳江日报算进去了）",
    "fund.system: 晒自评“制度建立 5” → 5",
    "fund.ledger: 晒自评“资金台账 4” → 4",
    "fund.spending: 附7截至8月31日13笔合计4,093,600元（8月31日当天80,000元计入；2021-09-14尾款420,000元和合计行4,513,600不计）；4,093,600/5,000,000 = 81.87% ≥ 70% → 取自评“及时拨付”4分 → 4",
    "bonus.poorTraining: 贫困人口培训率45/80 = 56.25% < 70% → 0（把9月7日第5场算进去会变成56/80 = 70%，不能算）",
    "bonus.tvCase: 广东广播电视台《广东新闻联播》2021-05-14播出电商扶贫典型案例（省级电视） → 1；阳江广播电视台2021-09-15是市级且在截止日后",
    "veto.incident: 晾晒单写明没有发生安全生产、质量事故 → 不否决",
    "veto.progress: 总体进度约92%（资金支出率81.87%）≥ 40% → 不否决",
    "veto.fraud: 晾晒单写明没有弄虚作假 → 不否决",
    "total: 2+2+1+4+12+8+8+20+4+6+2+5+5+4+4 = 87，加分1 → 88；县自评（claimed）合计95",
  ];
  return {
    file: "counties/b73-c1-yangxi.json",
    json: {
      description: "阳西县（阳江）商务局整本考评工作簿（13个表：目录、晾晒单、附1—附11），中上（88分，含加分1分，未否决；县自评95分）。事实表不是填报表，而是县里“亮晒比”活动要各县直单位每季度交的《晾晒单》：表头块（晾晒单位、晾晒事项、数据截至2021年8月31日、填报日期9月3日、经办人），下面按“一、晒目标（方案目标，照录，不是事实）／二、晒进度（序号|事项|做到哪一步了（C:E合并，经办人自己的话）|完成情况 ✔◐✘）／三、晒亮点／四、晒短板（没做到的）／五、晒自评（考评指标（分值）|自评分|扣分及说明，判断项分数写在说明里，含加分项和一票否决项，合计95）／六、晒承诺（下一步打算，不是事实）”分块；美工收费、快递2村未通、贫困村一站9月才挂牌都写在晒进度和晒短板的句子里。台账：村居名单（镇纵向合并，名称写“××村委会”“××社区居委会”，贫困村√、快递√/×）；站点清单102行（村名三种写法、同村第二站、社区站、林场服务点、9月两站、一站恰在2021.8.31，日期六种写法）；普及培训按期次记人次（注明不含专场、两数相加）；贫困户专场逐人签到（场次、日期纵向合并，第5场在9月）；贫困人口劳动力情况表（户编号、户主纵向合并）；入驻企业21行（两家退园、一家9月入驻）；资金台账（千分位文本、9月尾款、合计行）；月报、专栏更新、宣传报道（有级别列，市级两条都在9月）、经验材料。",
      sheets: [toc.done(), L.done(), sv.done(), ss.done(), st.done(), sg.done(), sp.done(), se.done(), sf.done(), sr.done(), sd.done(), sm.done(), sx.done()],
      expect: { asOf: "2021-08-31", total: 88, bonus: 1, vetoed: false, points, claimed },
      derivation,
    },
  };
}

// ================================================================ 陆河县 facts: PPT 图表“编辑数据”底数
function luheFacts() {
  const s = Sheet("PPT图表底数", 6);
  s.line("陆河县电子商务进农村综合示范创建工作汇报（迎检稿）——PPT图表底数");
  s.line("按汕尾市商务局9月1日通知要求，把汇报PPT里各图表的数据（图表上点右键—“编辑数据”）逐个复制到本表，供与报省数据核对。数据截至2021年8月31日（考评截止日）。");
  s.line("陆河县商务局电商股　2021年9月2日");
  s.blank();
  const block = (label, rows, note) => {
    s.line(label);
    rows.forEach((r) => s.add(r));
    if (note) s.line(note);
    s.blank();
  };
  block("【第3页】图1　簇状条形图　图表标题：陆河县人口情况", [
    [null, "万人"],
    ["户籍人口", 34.28],
    ["常住人口（七普）", 26.06],
  ]);
  // SmartArt org chart: no data sheet, text pane copied, level 2 in column B
  s.line("【第4页】SmartArt 组织结构图（没有“编辑数据”，照文本窗格录入）　页面标题：高位推动　部门联动");
  s.add(["陆河县电子商务进农村综合示范工作领导小组"]);
  s.add([null, "组长：县委副书记、县长"]);
  s.add([null, "常务副组长：县委常委、常务副县长"]);
  s.add([null, "副组长：分管商务工作的副县长"]);
  s.add([null, "领导小组办公室（设在县商务局，局长任主任）"]);
  s.add([null, "成员单位：县商务局、县财政局、县农业农村局、县乡村振兴局、县发展和改革局、县市场监督管理局、县交通运输局、县邮政管理局、各镇人民政府"]);
  s.blank();
  s.line("【第5页】SmartArt 基本时间线（照文本窗格录入，左边是节点时间）　页面标题：创建历程");
  [
    ["2019年12月", "印发《陆河县电子商务进农村综合示范县创建工作方案》"],
    ["2020年3月", "印发《陆河县省级电子商务进农村综合示范专项资金管理办法》"],
    ["2020年4月", "出台《陆河县促进农村电子商务发展扶持办法》"],
    ["2020年7月", "引入第三方专业运营服务商（汕尾市青梅网络科技有限公司）运营县级中心"],
    ["2020年9月26日", "县级电子商务公共服务中心投入运营"],
    ["2020年11月", "陆河县电子商务产业园（河田镇）开园"],
    ["2021年3月", "政府网站“电子商务进农村综合示范”专栏改版"],
    ["2021年9月", "迎接省考评"],
  ].forEach((r) => s.add(r));
  s.blank();
  block("【第6页】图2　簇状柱形图　图表标题：县级电商公共服务中心免费服务开展情况（截至2021年8月31日）", [
    [null, "数量"],
    ["免费电商基础培训（中心培训室，场）", 46],
    ["农特产品免费展示、代销（款）", 132],
    ["免费摄影、美工（件）", 0],
    ["农产品统一推广、品牌培育活动（场）", 9],
    ["其他增值服务（代运营、金融对接等，次）", 214],
  ], "（“免费摄影、美工”一栏为0：摄影美工由运营商按件收费，讲解时照实说明。）");
  block("【第8页】图3　簇状柱形图　图表标题：网络零售额持续增长", [
    [null, "农村网络零售额（亿元）", "农产品网络零售额（亿元）", "系列 3"],
    ["2019年", 6.82, 1.95, 2],
    ["2020年", 8.41, 2.63, 2],
    ["2021年1—8月", 6.27, 1.98, 3],
    ["类别 4", 4.5, 2.8, 5],
  ], "（“系列 3”一列和“类别 4”一行是PPT插入图表时自带的示例数据，不在图表引用范围内，没有删。）");
  block("【第8页】图4　折线图（次坐标轴）　图表标题：同比增速", [
    [null, "农村网络零售额同比增速", "农产品网络零售额同比增速"],
    ["2020年", "23.3%", "34.9%"],
    ["2021年1—8月", "28.6%", "31.2%"],
  ]);
  block("【第10页】图5　圆环图　图表标题：全县124个行政村", [
    [null, "行政村（个）"],
    ["已建站", 91],
    ["未建站", 33],
  ]);
  block("【第10页】图6　圆环图　图表标题：21个省定贫困村全覆盖", [
    [null, "省定贫困村（个）"],
    ["已建站", 21],
    ["未建站", 0],
  ]);
  block("【第11页】图7　仪表盘（用圆环图做的）　数据标签：行政村物流快递覆盖率100%", [
    [null, "值"],
    ["已覆盖", 100],
    ["未覆盖", 0],
    ["（下半圆，设为无填充）", 100],
  ]);
  const months = ["2020年9月", "2020年10月", "2020年11月", "2020年12月", "2021年1月", "2021年2月", "2021年3月", "2021年4月", "2021年5月", "2021年6月", "2021年7月", "2021年8月"];
  const cum = [1036, 1180, 1342, 1468, 1590, 1590, 1768, 1935, 2108, 2296, 2488, 2712];
  const add = [142, 144, 162, 126, 122, 0, 178, 167, 173, 188, 192, 224];
  for (let i = 1; i < 12; i++) assert(cum[i] - cum[i - 1] === add[i], "cum " + i);
  block("【第13页】图8　折线图　图表标题：电商培训累计人次", [
    [null, "累计培训人次", "当月新增"],
    ...months.map((m, i) => [m, cum[i], add[i]]),
    ["2021年9月（计划）", 2950, 238],
  ], "（9月为计划数，图上用虚线。）");
  block("【第14页】图9　簇状条形图　图表标题：建档立卡贫困人口培训（参训率53.8%）", [
    [null, "人数"],
    ["建档立卡贫困人口", 3961],
    ["有劳动能力（含外出务工）", 2317],
    ["有劳动能力且未外出务工", 1084],
    ["已参训（按身份证号去重）", 583],
  ]);
  block("【第15页】图10　柱形图　图表标题：政府网站专栏每月更新（专栏公示：创建方案｜项目基本信息｜月度建设进度｜监督举报窗口）", [
    [null, "更新条数"],
    ...months.map((m, i) => [m, [3, 2, 2, 3, 2, 1, 3, 2, 2, 3, 2, 2][i]]),
  ]);
  block("【第16页】图11　饼图　图表标题：省级专项资金500万元使用情况", [
    [null, "金额（万元）"],
    ["已拨付", 412.36],
    ["未拨付", 87.64],
  ], "（数据标签显示为百分比：82.5%、17.5%。）");
  block("【第17页】图12　条形图　图表标题：项目建设进度", [
    [null, "完成进度（%）"],
    ["县级电子商务公共服务中心", 100],
    ["电子商务产业园", 100],
    ["村级服务站点", 100],
    ["物流配送体系", 92],
    ["电商培训", 100],
    ["品牌培育及农产品上行", 85],
    ["总体进度", 93],
  ]);
  const radar = [
    ["组织领导", 2, 2], ["方案制定", 2, 2], ["政策支持", 2, 2], ["项目管理", 4, 4],
    ["服务体系建设（县级中心及产业园）", 15, 14], ["服务体系建设（村级站点）", 10, 10],
    ["农村产品上行", 10, 9], ["电商人才培训", 20, 20], ["信息公开", 4, 4], ["数据上报", 6, 6],
    ["案例总结", 2, 2], ["经验推广", 8, 5], ["制度建立", 5, 5], ["资金台账", 5, 4], ["资金支出", 5, 5],
  ];
  assert(radar.reduce((a, r) => a + r[2], 0) === 94, "radar sum");
  block("【第19页】图13　雷达图　图表标题：自评得分94分", [[null, "满分", "自评"], ...radar]);
  block("【第20页】图14　条形图　图表标题：主观评分项自评", [
    [null, "分值上限", "自评分"],
    ["方案制定", 2, 2],
    ["政策支持", 2, 2],
    ["项目管理制度", 2, 2],
    ["工作台账", 2, 2],
    ["网销调研及针对性建议", 2, 2],
    ["网络促销活动", 2, 2],
    ["交易标准及冷链、溯源系统", 2, 1],
    ["资金管理制度", 5, 5],
    ["资金台账", 5, 4],
    ["资金及时拨付", 5, 5],
  ]);
  s.line("（第1、2、7、9、12、18、21页没有图表。）");
  return {
    file: "facts/b73-f1-luhe.json",
    json: {
      description: "陆河县（汕尾）商务局电商股按市局要求，把迎检汇报PPT里每个图表的“编辑数据”表逐个复制到一张表上交来核对：每块一行“【第n页】图n　图表类型　图表标题：…”，下面是PPT图表数据表原样（A列类别、第1行系列名，单位只在系列名或标题里：万人、亿元、万元、%），两处SmartArt没有数据表、照文本窗格录入（组织结构图第二层在B列；时间线左列是节点时间）。事实要从类别、系列名和图表标题一起读：户籍人口34.28万与常住人口（七普）26.06万并列；“全县124个行政村”“21个省定贫困村全覆盖”“省级专项资金500万元”“行政村物流快递覆盖率100%”只在标题或数据标签里；中心免费服务是柱形图，摄影美工一栏为0（按件收费）；零售额图保留PPT自带的“系列 3”“类别 4”示例数据，另有2021年1—8月（不是输入）；增速在另一张折线图；培训是累计折线，取2021年8月的2,712，不取“2021年9月（计划）”；贫困人口条形图四个数里只有“有劳动能力且未外出务工”1,084和“已参训（按身份证号去重）”583是输入；资金饼图已拨付412.36万元；项目进度条形图“总体进度”93%；雷达图给各指标自评分（claimed，合计94），另一张条形图给十个主观评分项自评分（judged）。",
      sheets: [s.done()],
      expect: {
        facts: {
          county: "陆河县",
          asOf: "2021-08-31",
          residentPopulation: 260600,
          adminVillagesStated: 124,
          poorVillagesStated: 21,
          planIssued: true,
          fundSystemIssued: true,
          policyIssued: true,
          thirdPartyOperator: true,
          centerOpened: "2020-09-26",
          parkBuilt: true,
          centerFreeTraining: true,
          centerDisplay: true,
          centerPhoto: false,
          centerBrand: true,
          centerOther: true,
          ruralRetail2019: 682000000,
          ruralRetail2020: 841000000,
          agriRetail2019: 195000000,
          agriRetail2020: 263000000,
          ruralRetailGrowthStated: 0.233,
          agriRetailGrowthStated: 0.349,
          expressCoverage: true,
          trainingPersonTimesStated: 2712,
          eligiblePoorPersonsStated: 1084,
          trainedPoorPersonsStated: 583,
          disclosurePlan: true,
          disclosureProjects: true,
          disclosureProgress: true,
          disclosureWindow: true,
          fundAllocated: 5000000,
          fundSpentStated: 4123600,
          overallProgress: 0.93,
        },
        judged: {
          "org.plan": 2,
          "org.policy": 2,
          "org.management.system": 2,
          "org.management.ledger": 2,
          "work.upward.research": 2,
          "work.upward.promotion": 2,
          "work.upward.standards": 1,
          "fund.system": 5,
          "fund.ledger": 4,
          "fund.spending": 5,
        },
        leadership: "principal-all",
        claimed: {
          "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 4,
          "work.center": 14, "work.coverage": 10, "work.upward": 9, "work.training": 20,
          "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 5,
          "fund.system": 5, "fund.ledger": 4, "fund.spending": 5,
        },
      },
    },
  };
}

// ================================================================ 化州市 facts: 纪检监察组专项监督自查表
function huazhouFacts() {
  const s = Sheet("专项监督自查表", 6);
  s.line("化州市省级电子商务进农村综合示范专项资金使用管理专项监督自查表");
  s.line("（市纪委监委派驻第四纪检监察组制表，被监督单位填写；“自查情况”须写明数字、文号和时间，不得只填“无”“是”“已落实”）");
  s.line("被监督单位（盖章）：化州市商务局　　　自查时段：2019年10月至今　　　填报日期：2021年9月6日");
  s.line("注：涉及示范县考评的数据，按省考评口径截至2021年8月31日填写。");
  s.add(["序号", "监督内容", "自查要点", "自查情况", "是否存在问题", "整改情况"]);
  const sections = [
    ["一、组织领导和决策程序", [
      ["是否成立领导小组，明确牵头领导和成员单位", "已成立。2019年11月市政府成立化州市电子商务进农村综合示范工作领导小组（化府办函〔2019〕318号），由市委常委、常务副市长任组长，分管商务的副市长任副组长，市商务局、市财政局、市农业农村局、市乡村振兴局、市市场监管局、市交通运输局等15个单位为成员。", "否", null],
      ["示范创建工作方案是否按程序制定、印发", "已印发。《化州市电子商务进农村综合示范县建设实施方案》经2019年12月16日市政府常务会议审议，12月30日印发（化府办〔2019〕41号）。", "否", null],
      ["重大事项是否集体决策（“三重一大”）", "专项资金分配方案、承建单位确定均经局党组会议集体研究（会议纪要5份），重大事项报市政府常务会议审定。", "否", null],
    ]],
    ["二、资金管理使用", [
      ["是否制定专项资金管理制度", "已制定《化州市省级电子商务进农村综合示范专项资金管理办法》（化商务〔2020〕12号，2020年3月印发），明确资金使用范围、拨付程序、验收和绩效评价。", "否", null],
      ["是否专账核算、建立资金台账", "资金由市财政国库集中支付；我局建立了专项资金拨付台账，逐笔登记合同、发票、凭证号。2家承建单位（物流配送、冷链）起初未单独设账核算。", "是", "2020年11月已督促两家承建单位设立专账，补登了此前的支出。"],
      ["资金下达和拨付进度", "省下达专项资金500万元（粤财工〔2019〕137号）。截至2021年8月31日累计拨付3,862,400元，支出率77.2%；余款1,137,600元为合同尾款和质保金，待终验后拨付。", "否", null],
      ["是否存在截留、挤占、挪用", "未发现截留、挤占、挪用专项资金的情况。", "否", null],
      ["是否超范围、超标准列支", "2020年12月检查发现1家站点承建单位将1.26万元用于购置办公桌椅，不属于站点建设内容。", "是", "2021年1月已追回，并在下一笔进度款中扣减。"],
      ["是否存在虚报冒领、弄虚作假套取资金", "不存在。承建单位申报的站点、培训、物流等工作量均经现场核查和台账比对；考评上报数据经各成员单位核对，没有弄虚作假。", "否", null],
    ]],
    ["三、项目建设管理", [
      ["是否建立项目管理制度", "制定了《项目管理办法》《项目验收办法》，实行合同管理、分期验收。", "否", null],
      ["是否按规定履行政府采购程序", "6个项目均经公开招标或竞争性磋商确定承建单位，合同已在市政府网站公示。", "否", null],
      ["项目建设进度", "截至8月31日项目总体进度约92%：县级电子商务公共服务中心2020年10月28日投入运营；化州市电子商务产业园（整合原城南物流园，2020年9月建成）已运营；村级站点建设完成；物流配送体系完成90%；农产品溯源系统正在调试。", "否", null],
      ["村级站点是否真实建成、正常运营", "全市行政村365个、省定贫困村46个。已建村级站点272个，覆盖行政村256个，46个省定贫困村全部建站。抽查发现3个站点负责人外出务工、暂停营业。", "是", "已督促所在镇、村更换站点负责人，9月底前恢复营业。"],
      ["培训人次、参训人员是否真实", "累计培训9,615人次（原报9,647人次，核查发现第17期签到重复登记32人次，已核减）；有劳动能力的建档立卡贫困人口（不含外出务工）6,842人，已参训3,527人（按身份证号去重）。", "是", "已核减重复登记的32人次，今后签到表由中心和镇两方签字确认。"],
    ]],
    ["四、安全生产和风险防控", [
      ["是否发生安全生产、质量事故或重大损失", "创建期间各项目未发生安全生产事故、质量事故，未造成重大经济损失和不良社会影响。", "否", null],
    ]],
    ["五、信息公开和接受监督", [
      ["是否按规定公开创建信息、接受社会监督", "在市政府门户网站设立“电子商务进农村综合示范”专栏，公开了实施方案、项目基本信息（承建单位、合同金额）和资金分配结果，每月公开建设进度。专栏一直没有设置征求意见或监督举报窗口，举报电话只在局网站“联系我们”页面公布。", "是", "9月3日已在专栏首页补设监督举报入口（电话、邮箱）。"],
    ]],
  ];
  let no = 0;
  for (const [title, items] of sections) {
    const first = s.rows.length + 1;
    items.forEach((it, i) => {
      no++;
      s.add([no, i === 0 ? title : null, it[0], it[1], it[2], it[3]]);
    });
    const last = s.rows.length;
    if (last > first) s.merge(1, first, 1, last);
  }
  s.line("单位主要负责人（签字）：　　　　　　　　分管负责人（签字）：");
  s.line("纪检监察组审核意见：");
  s.line("填表人：梁志坚　　联系电话：0668-7322×××");
  return {
    file: "facts/b73-f2-huazhou.json",
    json: {
      description: "化州市（茂名）商务局填的不是考评表，而是市纪委监委派驻纪检监察组下发的《专项资金使用管理专项监督自查表》：序号|监督内容（一至五类，纵向合并）|自查要点（纪检组的问法，有的正着问、有的问“是否存在××问题”）|自查情况（要求写明数字、文号、时间，事实都在这里的句子里）|是否存在问题（是/否）|整改情况；表上方一行注明“涉及示范县考评的数据按省考评口径截至2021年8月31日填写”。读法：是否类事实看“自查情况”的句子，不能按“是否存在问题”一栏翻译——资金台账一行填“是”（两家承建单位起初没设专账）但局里的专项资金拨付台账是建了的；专栏一行填“是”是因为没有监督举报窗口，截止日后9月3日才补设，所以截至8月31日窗口为否，而方案、项目信息、月度进度都公开了。组长是市委常委、常务副市长（分管领导级）。陷阱：原报9,647人次已核减为9,615人次；余款1,137,600元不是拨付数；“3个站点暂停营业”“272个站点”“覆盖256个行政村”不是输入；没有常住人口、零售额和自评分。",
      sheets: [s.done()],
      expect: {
        facts: {
          county: "化州市",
          asOf: "2021-08-31",
          planIssued: true,
          fundSystemIssued: true,
          fundLedgerKept: true,
          fundAllocated: 5000000,
          fundSpentStated: 3862400,
          vetoFraud: false,
          centerOpened: "2020-10-28",
          parkBuilt: true,
          overallProgress: 0.92,
          adminVillagesStated: 365,
          poorVillagesStated: 46,
          trainingPersonTimesStated: 9615,
          eligiblePoorPersonsStated: 6842,
          trainedPoorPersonsStated: 3527,
          vetoIncident: false,
          disclosurePlan: true,
          disclosureProjects: true,
          disclosureProgress: true,
          disclosureWindow: false,
        },
        judged: {},
        leadership: "deputy",
      },
    },
  };
}

// ================================================================ 廉江市 facts: 自评报告（印刷本）勘误表
function lianjiangFacts() {
  const s = Sheet("勘误表", 6);
  s.line("《廉江市2019年省级电子商务进农村综合示范创建工作自评报告》勘误表");
  s.line("廉江市商务局　　　　2021年9月7日");
  s.line("我局9月3日报送湛江市商务局和考评组的自评报告（印刷本，共18页）部分数据沿用了6月底中期评估的数字，个别文字有误。现按省考评口径（数据截至2021年8月31日）勘误如下，请以本表为准；报告其余内容不变。");
  s.add(["序号", "页码", "位置", "原文（误）", "更正为（正）", "备注"]);
  const rows = [
    ["封面", "标题", "……综合示范创建工作自评报", "……综合示范创建工作自评报告", "漏字"],
    ["1", "一、基本情况，第1段第2行", "全市常住人口148.6万人", "全市常住人口132.63万人", "原文为2019年末推算数，更正为第七次全国人口普查数"],
    ["1", "同段第3行", "辖20个镇（街道）、356个行政村", "辖21个镇（街道）、353个行政村、42个社区", "按2020年村（居）调整后口径"],
    ["1", "同段第4行", "省定贫困村24个", "省定相对贫困村24个", "名称规范"],
    ["2", "二、（一）组织领导", "成立以分管副市长为组长的领导小组", "成立以市委副书记、市长为组长，分管副市长为常务副组长，市商务局、市财政局、市农业农村局、市乡村振兴局等18个部门为成员单位的领导小组", "2020年6月领导小组已调整（廉府办〔2020〕52号），原文未更新"],
    ["2", "二、（二）方案制定", "《工作方案》于2020年1月印发", "《工作方案》于2019年12月27日印发（廉府办〔2019〕86号）", null],
    ["3", "二、（二）政策支持", "出台《廉江市促进电子商务发展若干措施》", "出台《廉江市促进农村电子商务发展扶持办法（试行）》（廉府办〔2020〕41号）", "文件名称有误"],
    ["5", "三、（一）县级公共服务中心，第1段", "于2020年12月投入运营", "于2020年11月18日投入运营", null],
    ["5", "同段", "为电商主体提供免费摄影、美工服务", "为电商主体提供免费摄影服务，美工设计按成本收费", "原文表述不准确"],
    ["5", "第2段末", "（漏印）", "补：“中心由第三方专业运营服务商湛江市鹤地电子商务有限公司负责运营。”", "排版时漏掉一句"],
    ["6", "三、（一）电商产业园", "电商产业园入驻企业22家", "廉江市电子商务产业园（2020年8月整合原城北物流园建成）在园企业19家", "22家为签约数，含已退园2家、9月入驻1家"],
    ["7", "三、（三）农村产品上行，第2段", "2020年农村网络零售额28.6亿元，同比增长26.8%", "2020年农村网络零售额29.84亿元，同比增长27.9%", "按省商务厅9月1日反馈的统计数"],
    ["7", "同段", "农产品网络零售额7.02亿元，同比增长31.4%", "2020年农产品网络零售额7.35亿元（2019年5.52亿元），同比增长33.2%", "同上"],
    ["8", "三、（三）物流快递", "行政村快递覆盖率达100%", "行政村快递覆盖率98.9%，尚有4个偏远行政村快递未进村（村民到镇上取件）", "按市邮政管理局8月核查结果"],
    ["9", "三、（四）电商培训，第1段", "累计开展电商培训96期11,206人次", "累计开展电商培训108期13,452人次", "原文为6月底数"],
    ["9", "同段", "有劳动能力贫困人口5,870人", "有劳动能力的建档立卡贫困人口（不含外出务工）3,902人", "原文含外出务工人员"],
    ["9", "同段", "培训建档立卡贫困人口2,350人次", "参加培训的建档立卡贫困人口2,116人（按身份证号去重）", "原文为人次"],
    ["11", "四、信息公开", "专栏每季度更新项目建设进度", "专栏每月更新项目建设进度", null],
    ["12", "五、宣传推广", "南方日报5月12日刊发", "南方日报5月21日刊发", "日期笔误"],
    ["13", "六、资金使用", "截至6月30日累计拨付341.25万元，支出率68.3%", "省下达专项资金500万元，截至8月31日累计拨付396.82万元，支出率79.4%", "原文为6月底数"],
    ["13", "同段", "项目总体进度约85%", "项目总体进度约94%", "同上"],
    ["14", "七、存在问题，第2条", "部分站点运营不理想，已有3个站点停业", "删去此句", "3个站点已于8月恢复营业"],
    ["17", "附表 自评得分表“政策支持”行", "2", "1", "扶持办法兑现率偏低，按9月6日局务会意见下调"],
    ["17", "同表“项目管理”行", "4（管理制度2，工作台账2）", "3（管理制度2，工作台账1）", "工作台账部分月份未及时更新"],
    ["17", "同表“合计”行", "96", "94", null],
    ["18", "落款日期", "2021年8月20日", "2021年9月3日", null],
  ];
  rows.forEach((r, i) => s.add([i + 1, /^\d+$/.test(r[0]) ? Number(r[0]) : r[0], ...r.slice(1)]));
  s.line("联系人：陈伟东（电商股）　　电话：0759-6628×××");
  return {
    file: "facts/b73-f3-lianjiang.json",
    json: {
      description: "廉江市（湛江）商务局随自评报告印刷本补交的《勘误表》：标题、落款行、一段说明（印刷本部分数据沿用6月底中期评估数，现按省考评口径“数据截至2021年8月31日”勘误，以本表为准、报告其余内容不变），下面 序号|页码|位置|原文（误）|更正为（正）|备注 一行一处。事实只从“更正为”一栏读，“原文”一栏是错的（148.6万人、分管副市长、2020年12月、免费摄影美工、100%、11,206人次、5,870人、2,350人次、341.25万元、85%、自评分2和4、合计96都不是事实），但要借“位置”和“原文”才知道更正的是哪一项（“2”→“1”是政策支持的自评分）；“更正为”里有整句（组长和成员单位、方案文号、运营日期、第三方运营补印的一句、零售额和增速、快递98.9%与4个村未通、资金下达和拨付、总体进度）也有只写片段的；“删去此句”、错别字、日期笔误和落款日期不是输入；报告正文里没有勘误的内容（如2019年农村网络零售额）本表不含，不列。“在园企业19家”“18个部门”“108期”不是输入。",
      sheets: [s.done()],
      expect: {
        facts: {
          county: "廉江市",
          asOf: "2021-08-31",
          residentPopulation: 1326300,
          adminVillagesStated: 353,
          poorVillagesStated: 24,
          planIssued: true,
          policyIssued: true,
          centerOpened: "2020-11-18",
          centerPhoto: false,
          thirdPartyOperator: true,
          parkBuilt: true,
          ruralRetail2020: 2984000000,
          ruralRetailGrowthStated: 0.279,
          agriRetail2019: 552000000,
          agriRetail2020: 735000000,
          agriRetailGrowthStated: 0.332,
          expressCoverage: false,
          trainingPersonTimesStated: 13452,
          eligiblePoorPersonsStated: 3902,
          trainedPoorPersonsStated: 2116,
          disclosureProgress: true,
          fundAllocated: 5000000,
          fundSpentStated: 3968200,
          overallProgress: 0.94,
        },
        judged: {
          "org.policy": 1,
          "org.management.system": 2,
          "org.management.ledger": 1,
        },
        leadership: "principal-all",
        claimed: { "org.policy": 1, "org.management": 3 },
      },
    },
  };
}

// ================================================================ 高州市 ledger: 拨付进度登记（只记累计数）
function gaozhouLedger() {
  const s = Sheet("拨付进度登记", 8);
  s.line("高州市省级电子商务进农村综合示范专项资金拨付进度登记表");
  s.line("说明：本表用于每周向分管局领导报告拨付进度，每拨付一笔登记一次“累计已拨付”数；单笔金额以财务股支付凭证为准，本表不另列。金额单位：元。");
  s.line("省下达专项资金：5,000,000元（粤财工〔2019〕137号）");
  s.add(["序号", "拨付日期", "登记日期", "事项（收款单位、款项）", "支付凭证号", "累计已拨付（元）", "累计拨付率", "备注"]);
  // [拨付日期 cell, 登记日期 cell, 事项, 凭证号, 累计 cell, 拨付率, 备注, record or null]
  const rows = [
    [null, D("2020-05-20"), "收到省级专项资金（财政下达指标）", null, 0, "0.00%", "资金到账，尚未拨付", null],
    [D("2020-06-18"), D("2020-06-18"), "高州市云商电子商务服务有限公司　县级中心建设首付款（合同30%）", "记-06-021", 600000, "12.00%", null, ["2020-06-18", 600000]],
    ["2020.7.10", D("2020-07-10"), "茂名市联通网络工程有限公司　村级站点建设（一期）首付款", "记-07-008", "1,050,000.00", "21.00%", null, ["2020-07-10", 450000]],
    ["2020年8月26日", D("2020-08-26"), "广东茂名南方职业培训学校　电商培训服务首付款", "记-08-027", 1230000, "24.60%", null, ["2020-08-26", 180000]],
    ["20200929", D("2020-09-30"), "高州市顺丰速运服务部　县镇村物流配送体系首付款", "记-09-033", 1550000, "31.00%", "凭证日期9月29日，次日登记", ["2020-09-29", 320000]],
    ["2020/11/13", D("2020-11-13"), "高州市云商电子商务服务有限公司　县级中心建设进度款", "记-11-016", "1,970,000.00", "39.40%", null, ["2020-11-13", 420000]],
    [D("2020-12-22"), D("2020-12-22"), "茂名市联通网络工程有限公司　村级站点建设（一期）进度款", "记-12-024", 2350000, "47.00%", null, ["2020-12-22", 380000]],
    [null, D("2020-12-31"), "2020年末与财务股核对累计数", null, "235.00万", "47.00%", "核对一致（不是拨付）", null],
    ["21.1.15", D("2021-01-15"), "高州市鲜达冷链物流有限公司　农产品溯源及冷链首付款", "记-01-012", "2,601,000.00", "52.02%", null, ["2021-01-15", 260000]],
    [null, D("2021-01-18"), "更正：上一行累计数误记为2,601,000，应为2,610,000", null, 2610000, "52.20%", "更正（不是拨付）", null],
    [D("2021-03-05"), D("2021-03-05"), "广东茂名南方职业培训学校　电商培训服务第二期", "记-03-006", 2760000, "55.20%", null, ["2021-03-05", 150000]],
    ["2021.3.30", D("2021-03-30"), "高州市顺丰速运服务部　物流配送体系进度款", "记-03-029", "3,040,000.00", "60.80%", null, ["2021-03-30", 280000]],
    [D("2021-04-16"), D("2021-04-16"), "广东茂名南方职业培训学校退回多付的培训服务费（红字冲销）", "记-04-015", 3021400, "60.43%", "退回18,600元", ["2021-04-16", -18600]],
    ["2021年5月20日", D("2021-05-20"), "茂名市联通网络工程有限公司　村级站点建设（二期）首付款", "记-05-020", 3381400, "67.63%", null, ["2021-05-20", 360000]],
    [D("2021-06-25"), D("2021-06-25"), "茂名市橘乡文化传播有限公司　品牌推广及网络促销", "记-06-026", "3,567,900.00", "71.36%", null, ["2021-06-25", 186500]],
    ["2021/7/28", D("2021-07-28"), "高州市云商电子商务服务有限公司　县级中心运营服务费", "记-07-030", 3807900, "76.16%", null, ["2021-07-28", 240000]],
    [D("2021-08-31"), D("2021-09-01"), "茂名市联通网络工程有限公司　村级站点建设（二期）进度款", "记-08-034", 4022900, "80.46%", "8月31日支付，9月1日补登", ["2021-08-31", 215000]],
    [null, D("2021-09-01"), "截至8月31日（考评截止日）累计拨付", null, "4,022,900.00", "80.46%", "统计行（不是拨付）", null],
    ["2021.9.14", D("2021-09-14"), "高州市鲜达冷链物流有限公司　农产品溯源及冷链尾款", "记-09-015", 4252900, "85.06%", null, ["2021-09-14", 230000]],
  ];
  const num = (c) => (typeof c === "number" ? c : c.endsWith("万") ? Math.round(parseFloat(c) * 10000) : Number(c.replace(/,/g, "")));
  // check: every record's amount is its cumulative minus the previous (corrected) cumulative
  let prev = 0;
  const records = [];
  rows.forEach((r, i) => {
    let c = num(r[4]);
    if (r[7]) {
      assert(c - prev === r[7][1] || (r[4] === "2,601,000.00" && 2610000 - prev === r[7][1]), "diff row " + i);
      records.push({ date: r[7][0], amount: r[7][1] });
    }
    if (r[4] === "2,601,000.00") c = 2610000; // the typo is corrected two rows later
    prev = c;
    s.add([i + 1, r[0], r[1], r[2], r[3], r[4], r[5], r[6]]);
  });
  assert(records.filter((x) => x.date <= "2021-08-31").reduce((a, x) => a + x.amount, 0) === 4022900, "gz sum");
  s.line("登记人：何志华（电商股）　　核对：财务股 钟丽娟");
  const w = Sheet("周报摘录", 3);
  w.line("拨付进度周报（8月30日报分管局领导）");
  w.add(["项目", "合同金额（万元）", "已拨付（万元）"]);
  w.add(["县级公共服务中心（建设及运营）", 168, 126]);
  w.add(["村级站点（一、二期）", 152, 119]);
  w.add(["物流配送体系", 80, 60]);
  w.add(["电商培训", 45, 31.14]);
  w.add(["农产品溯源及冷链", 49, 26]);
  w.add(["品牌推广及网络促销", 20, 18.65]);
  w.add(["合计", 514, 380.79]);
  w.line("注：截至8月27日；合同金额含市级配套14万元。");
  return {
    file: "ledgers/b73-l1-gaozhou.json",
    json: {
      description: "高州市（茂名）商务局电商股的资金台账是《拨付进度登记表》：为每周向分管局领导报拨付率而设，每拨付一笔只登记“累计已拨付”和累计拨付率，不记单笔金额（表头下说明写明单笔以财务股凭证为准）。列为 序号|拨付日期|登记日期|事项（收款单位、款项）|支付凭证号|累计已拨付（元）|累计拨付率|备注，一行一次登记、序号连续编。读法：每笔拨付的金额＝本行累计减上一行（更正后的）累计，日期取“拨付日期”不取“登记日期”（9月29日支付次日登记、8月31日支付9月1日补登）。不是拨付的行：资金到账行（累计0）、2020年末核对行（“235.00万”）、“更正：上一行累计数误记为2,601,000，应为2,610,000”行（所以1月15日那笔是260,000元，3月5日那笔是150,000元）、“截至8月31日累计”统计行；4月16日培训学校退回多付款是红字冲销，金额−18,600元；9月14日冷链尾款在截止日后照列。累计栏数字与“1,050,000.00”文本混写，拨付日期有真日期、2020.7.10、2020年8月26日、20200929、2020/11/13、两位年份21.1.15。另一张《周报摘录》是按项目的汇总（万元，截至8月27日，含市级配套），不是台账。",
      sheets: [s.done(), w.done()],
      expect: {
        sheets: {
          "拨付进度登记": { kind: "funds", records },
          "周报摘录": { kind: null },
        },
      },
    },
  };
}

// ================================================================ 信宜市 ledger: 网站栏目更新月度统计（只有条数）
function xinyiLedger() {
  const W = 16;
  const s = Sheet("栏目更新统计", W);
  s.line("信宜市人民政府门户网站栏目信息更新情况统计表");
  s.line("统计单位：信宜市政务服务数据管理局（网站运维）　　统计时段：2020年9月1日—2021年9月15日　　口径：按信息发布时间　　单位：条");
  s.line("（电商股注：只有“专题专栏＞信宜市电子商务进农村综合示范”下三个子栏目的条数是我局专栏的更新，小计行是这三行相加；本表没有逐条日期，只能按月份看。格内“n（撤m）”表示当月发布n条、其中m条后来撤稿，撤稿的不算更新。）");
  const h1 = s.add(["序号", "栏目", "2020年", null, null, null, "2021年", null, null, null, null, null, null, null, null, "合计"]);
  const h2 = s.add([null, null, "9月", "10月", "11月", "12月", "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月（截至15日）", null]);
  s.merge(0, h1, 0, h2);
  s.merge(1, h1, 1, h2);
  s.merge(2, h1, 5, h1);
  s.merge(6, h1, 14, h1);
  s.merge(15, h1, 15, h2);
  const months = ["2020-09", "2020-10", "2020-11", "2020-12", "2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06", "2021-07", "2021-08", "2021-09"];
  const pub = (c) => (c === "—" ? 0 : typeof c === "number" ? c : c === "１" ? 1 : Number(String(c).match(/^\d+/)[0]));
  const withdrawn = (c) => { const m = String(c).match(/撤(\d+)/); return m ? Number(m[1]) : 0; };
  const children = [
    ["　　＞工作动态", [2, 1, "—", 3, 1, "—", 2, 1, "3（撤1）", 1, 2, 1, 1]],
    ["　　＞项目公示", ["—", 1, "—", "—", "—", "—", 1, "—", "—", "１", "—", "—", "—"]],
    ["　　＞建设进度", [1, 1, 1, 1, 1, "—", 1, 1, 1, 1, 1, 1, 1]],
  ];
  const others1 = [
    ["首页＞信宜要闻", [38, 41, 36, 44, 39, 22, 40, 37, 42, 45, 39, 41, 18]],
    ["首页＞部门动态", [56, 61, 58, 63, 52, 30, 60, 57, 64, 66, 59, 62, 27]],
    ["首页＞政务公开＞通知公告", [12, 15, 11, 14, 10, 6, 13, 12, 15, 16, 11, 14, 7]],
  ];
  const others2 = [
    ["专题专栏＞乡村振兴", [4, 3, 5, 4, 3, 1, 4, 5, 3, 4, 4, 3, 2]],
    ["专题专栏＞党史学习教育", ["—", "—", "—", "—", "—", 6, 12, 10, 11, 14, 9, 8, 3]],
    ["专题专栏＞疫情防控", [8, 6, 5, 9, 12, 10, 7, 5, 4, 9, 6, 8, 3]],
  ];
  const total = (cells) => {
    const n = cells.reduce((a, c) => a + pub(c), 0);
    const w = cells.reduce((a, c) => a + withdrawn(c), 0);
    return w ? `${n}（撤${w}）` : n;
  };
  let no = 0;
  const monthSums = new Array(13).fill(0);
  const addRow = (label, cells, count) => {
    no++;
    s.add([no, label, ...cells, total(cells)]);
    if (count) cells.forEach((c, i) => (monthSums[i] += pub(c)));
  };
  others1.forEach(([l, c]) => addRow(l, c, true));
  const sub = months.map((_, i) => {
    const n = children.reduce((a, [, c]) => a + pub(c[i]), 0);
    const w = children.reduce((a, [, c]) => a + withdrawn(c[i]), 0);
    return n === 0 ? "—" : w ? `${n}（撤${w}）` : n;
  });
  addRow("专题专栏＞信宜市电子商务进农村综合示范（小计）", sub, false);
  children.forEach(([l, c]) => addRow(l, c, true));
  others2.forEach(([l, c]) => addRow(l, c, true));
  s.add(["合计", null, ...monthSums, monthSums.reduce((a, b) => a + b, 0)]);
  s.merge(0, s.rows.length, 1, s.rows.length);
  s.line("注：9月为截至15日的数；撤稿信息不在网站显示。制表：市政务服务数据管理局 网站运维组　2021年9月16日");
  const records = [];
  for (const [, cells] of children) {
    cells.forEach((c, i) => {
      const n = pub(c) - withdrawn(c);
      for (let k = 0; k < n; k++) records.push({ date: months[i] });
    });
  }
  assert(records.length === 32, "xinyi records " + records.length);
  const m = Sheet("网站监测结论", 4);
  m.line("信宜市政府网站专题专栏监测结论（节选，第三季度）");
  m.add(["栏目", "最近更新日期", "最长未更新间隔", "监测结论"]);
  m.add(["信宜市电子商务进农村综合示范", D("2021-09-08"), "2021年1月28日—3月9日（40天）", "基本正常，2021年2月无更新"]);
  m.add(["乡村振兴", D("2021-09-13"), "18天", "正常"]);
  m.add(["党史学习教育", D("2021-09-14"), "—", "正常（2021年2月开设）"]);
  return {
    file: "ledgers/b73-l2-xinyi.json",
    json: {
      description: "信宜市（茂名）商务局电商股没有逐条的专栏更新记录，交来的是市政务服务数据管理局网站运维组的《栏目信息更新情况统计表》：只有条数、没有日期——一个栏目一行，两行表头（“2020年”合并在9月—12月之上、“2021年”合并在1月—8月和“9月（截至15日）”之上；序号、栏目、合计纵向合并），格内是当月发布条数（数字、全角“１”、0写“—”）。表头上方电商股注明：只有“专题专栏＞信宜市电子商务进农村综合示范”下的工作动态、项目公示、建设进度三个子栏目是本局专栏，“（小计）”行是三行之和，“n（撤m）”是发布n条其中m条已撤稿（撤稿不算更新）。记录＝三个子栏目里的每一条更新：一格n条就是n条记录，日期只到月（YYYY-MM），按行、行内自左向右；2021年5月工作动态“3（撤1）”只算2条；2021年2月三行都是“—”，没有记录；9月（截至15日）那列在截止日后照列。不是记录的：信宜要闻、部门动态、通知公告、乡村振兴、党史学习教育、疫情防控各行，小计行（会重复），合计列、合计行和注。共32条。另一张《网站监测结论》是汇总（kind null）。",
      sheets: [s.done(), m.done()],
      expect: {
        sheets: {
          "栏目更新统计": { kind: "disclosures", records },
          "网站监测结论": { kind: null },
        },
      },
    },
  };
}

// ================================================================ main
const cases = [yangxiCounty(), luheFacts(), huazhouFacts(), lianjiangFacts(), gaozhouLedger(), xinyiLedger()];
for (const c of cases) {
  for (const sh of c.json.sheets) {
    const seen = new Set();
    for (const m of sh.merges || []) {
      if (seen.has(m)) throw new Error(`duplicate merge ${m} in ${sh.name}`);
      seen.add(m);
    }
  }
  write(c.file, c.json);
}
