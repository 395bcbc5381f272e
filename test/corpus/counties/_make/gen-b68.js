"use strict";
// Batch 68 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
// Batch 68 layout corpus generator (written blind, from the design notes and the indicator table only).
// Run from /work/main:  node test/corpus/batch68/gen.js
// Writes counties/b68-c1-dabu.json, facts/b68-f1-longchuan.json, facts/b68-f2-xinfeng.json,
// ledgers/b68-l1-xingning.json, ledgers/b68-l2-haifeng.json, ledgers/b68-l3-lianzhou.json.
const fs = require("fs");

// ---------------------------------------------------------------- helpers
function rng(seed) {
  // mulberry32: deterministic
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function pick(r, arr) {
  return arr[Math.floor(r() * arr.length)];
}
function shuffle(r, arr) {
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
function pad(n, w) {
  return String(n).padStart(w, "0");
}
const D = (s) => ({ date: s });

// 18-digit resident ID with a valid check digit (GB 11643)
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_C = "10X98765432";
function idCheck(s17) {
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(s17[i]) * ID_W[i];
  return ID_C[s % 11];
}
function makeId(region, y, m, d, seq) {
  const s17 = region + pad(y, 4) + pad(m, 2) + pad(d, 2) + pad(seq, 3);
  return s17 + idCheck(s17);
}
function validId(id) {
  return /^\d{17}[\dX]$/.test(id) && idCheck(id.slice(0, 17)) === id[17];
}
// unified social credit code (GB 32100) with organisation code check (GB 11714)
const UC = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function orgCheck(s8) {
  const w = [3, 7, 9, 10, 5, 8, 4, 2];
  let s = 0;
  for (let i = 0; i < 8; i++) s += UC.indexOf(s8[i]) * w[i];
  const c = 11 - (s % 11);
  return c === 10 ? "X" : c === 11 ? "0" : String(c);
}
function makeUscc(r, region, kind) {
  // kind: "91" enterprise, "92" individual business, "93" cooperative
  let org = "";
  const chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  org += pick(r, "MA5".split("")) === "M" ? "MA5" : "MA4";
  while (org.length < 8) org += chars[Math.floor(r() * chars.length)];
  org += orgCheck(org);
  const s17 = kind + region + org;
  let s = 0;
  for (let i = 0; i < 17; i++) s += UC.indexOf(s17[i]) * UW[i];
  let c = 31 - (s % 31);
  if (c === 31) c = 0;
  return s17 + UC[c];
}

const SURN = [
  "张",
  "李",
  "罗",
  "杨",
  "黄",
  "邱",
  "何",
  "饶",
  "丘",
  "萧",
  "刘",
  "曾",
  "钟",
  "廖",
  "温",
  "陈",
  "吴",
  "蓝",
  "范",
  "江",
  "詹",
  "池",
  "郭",
  "林",
  "谢",
  "邹",
  "赖",
  "卢",
];
const GIV1 = [
  "伟",
  "秀",
  "春",
  "国",
  "建",
  "志",
  "玉",
  "海",
  "金",
  "德",
  "文",
  "美",
  "振",
  "小",
  "桂",
  "丽",
  "明",
  "永",
  "新",
  "雪",
  "华",
  "冬",
  "锦",
  "运",
  "梅",
  "财",
  "淑",
  "焕",
  "远",
  "惠",
];
const GIV2 = [
  "强",
  "英",
  "兰",
  "华",
  "平",
  "芳",
  "生",
  "珍",
  "梅",
  "荣",
  "辉",
  "娟",
  "明",
  "军",
  "琴",
  "清",
  "兴",
  "霞",
  "林",
  "香",
  "发",
  "莲",
  "泉",
  "婷",
  "龙",
  "秋",
  "才",
  "红",
  "新",
  "凤",
];
function makeName(r, surname) {
  const s = surname || pick(r, SURN);
  return r() < 0.2 ? s + pick(r, GIV1) : s + pick(r, GIV1) + pick(r, GIV2);
}
function write(rel, obj) {
  const file = path.join(ROOT, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(obj, null, 1) + "\n", "utf8");
  return file;
}
function assert(cond, msg) {
  if (!cond) throw new Error("self-check failed: " + msg);
}
const fw = (s) =>
  String(s)
    .replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
    .replace(/\./g, "．");
const CUT = "2021-08-31";

// ======================================================================
// 1. counties/b68-c1-dabu.json — 大埔县商务局整本考评工作簿
// ======================================================================
function buildDabu() {
  const r = rng(6801);
  const REGION = "441422";
  const sheets = [];

  // ---------------- villages ----------------
  const TOWNS = [
    ["湖寮镇", 22, 5],
    ["茶阳镇", 20, 2],
    ["百侯镇", 11, 1],
    ["高陂镇", 28, 3],
    ["大麻镇", 13, 1],
    ["三河镇", 13, 1],
    ["西河镇", 12, 1],
    ["枫朗镇", 19, 1],
    ["光德镇", 16, 1],
    ["桃源镇", 18, 0],
    ["青溪镇", 13, 0],
    ["洲瑞镇", 14, 0],
    ["银江镇", 12, 1],
    ["大东镇", 15, 0],
  ];
  const P = [
    "黎",
    "龙",
    "古",
    "双",
    "莒",
    "上",
    "下",
    "新",
    "坪",
    "洲",
    "黄",
    "湖",
    "石",
    "高",
    "长",
    "茶",
    "枫",
    "岩",
    "桃",
    "梅",
    "白",
    "青",
    "金",
    "东",
    "西",
    "南",
    "北",
    "丰",
    "福",
    "乌",
    "赤",
    "同",
    "仁",
    "和",
    "安",
    "联",
    "侯",
    "漳",
    "蕉",
    "凤",
  ];
  const S = [
    "溪",
    "坑",
    "塘",
    "坪",
    "田",
    "岭",
    "洋",
    "背",
    "寨",
    "口",
    "陂",
    "潭",
    "山",
    "围",
    "桥",
    "径",
    "角",
    "埔",
    "园",
    "岗",
    "楼",
    "墩",
    "源",
    "光",
    "美",
    "星",
    "乐",
    "湖",
    "丰",
    "华",
  ];
  const combos = [];
  const townBases = TOWNS.map((t) => t[0].slice(0, 2));
  for (const a of P) for (const b of S) if (a !== b && !townBases.includes(a + b)) combos.push(a + b);
  const names = shuffle(r, combos);
  let ni = 0;
  const villages = []; // {town, base, admin}
  for (const [town, nv, nc] of TOWNS) {
    for (let i = 0; i < nv; i++) villages.push({ town, base: names[ni++], admin: true });
    for (let i = 0; i < nc; i++) villages.push({ town, base: names[ni++], admin: false });
  }
  const admins = villages.filter((v) => v.admin);
  assert(admins.length === 226, "226 admin villages");
  // poor villages: 20 spread over towns (every 11th admin village)
  const poorIdx = [];
  for (let i = 3; poorIdx.length < 20; i += 11) poorIdx.push(i);
  poorIdx.forEach((i) => (admins[i].poor = true));
  // express: all covered except one non-poor village
  const noExpress = admins[200];
  assert(!noExpress.poor, "no-express village not poor");
  noExpress.express = false;

  // village list sheet
  {
    const rows = [
      ["大埔县村（居）民委员会名单", null, null, null, null, null, null],
      ["填报单位：大埔县商务局　　　　　　　　数据时点：2021年8月（以县民政局区划为准）", null, null, null, null, null, null],
      ["序号", "镇", "村（居）委会名称", "类别", "省定贫困村", "快递进村", "备注"],
    ];
    const merges = ["A1:G1", "A2:G2"];
    let seq = 0;
    let rowNo = 4;
    for (const [town] of TOWNS) {
      const list = villages.filter((v) => v.town === town);
      const start = rowNo;
      list.forEach((v, k) => {
        seq++;
        let nm;
        if (!v.admin) nm = v.base + "社区";
        else if (seq % 13 === 5) nm = v.base + "村民委员会";
        else if (seq % 7 === 2) nm = v.base + "村委会";
        else nm = v.base + "村";
        v.listName = nm;
        rows.push([
          seq,
          k === 0 ? town : null,
          nm,
          v.admin ? "行政村" : "社区",
          v.poor ? "是" : null,
          v.admin ? (v.express === false ? "×" : "√") : null,
          v === noExpress ? "快递需到镇上网点自取，邮政每周代投两次" : !v.admin ? "社区不计入行政村" : null,
        ]);
        rowNo++;
      });
      if (list.length > 1) merges.push(`B${start}:B${rowNo - 1}`);
    }
    rows.push([]);
    rows.push(["合计：行政村226个（其中省定贫困村20个），社区17个。", null, null, null, null, null, null]);
    merges.push(`A${rows.length}:G${rows.length}`);
    rows.push(["注：“快递进村”√为已通达，×为未通达。", null, null, null, null, null, null]);
    sheets.push({ name: "附1 村居名单", rows, merges });
  }
  // poor village sheet
  {
    const rows = [
      ["大埔县省定贫困村名单", null, null],
      ["序号", "所在镇", "村名"],
    ];
    admins
      .filter((v) => v.poor)
      .forEach((v, k) => {
        rows.push([k + 1, v.town, k % 3 === 0 ? v.base + "村委会" : v.base + "村"]);
      });
    rows.push(["合计", null, "20个"]);
    sheets.push({ name: "附2 省定贫困村", rows, merges: ["A1:C1"] });
  }

  // ---------------- stations ----------------
  // covered: 18 poor + 128 non-poor admin villages (<= cut-off)
  const poorV = admins.filter((v) => v.poor);
  const nonPoorV = admins.filter((v) => !v.poor);
  const poorLateStation = poorV[7]; // opened after cut-off
  const poorNoStation = poorV[15]; // no station
  const coveredPoor = poorV.filter((v) => v !== poorLateStation && v !== poorNoStation);
  const nonPoorCandidates = nonPoorV.filter((v, k) => k % 8 !== 5); // leave some uncovered
  const coveredNonPoor = nonPoorCandidates.slice(0, 128);
  const lateNonPoor = nonPoorV.find((v) => !coveredNonPoor.includes(v));
  const covered = new Set([...coveredPoor, ...coveredNonPoor]);
  assert(covered.size === 146, "146 covered villages, got " + covered.size);
  const stations = []; // {v, villageText, town, date(iso), extra}
  function randDate(from, to) {
    const a = Date.parse(from),
      b = Date.parse(to);
    const t = a + Math.floor(r() * ((b - a) / 86400000 + 1)) * 86400000;
    return new Date(t).toISOString().slice(0, 10);
  }
  for (const v of admins) {
    if (covered.has(v)) stations.push({ v, town: v.town, date: randDate("2020-05-10", "2021-08-20") });
    if (v === poorLateStation) stations.push({ v, town: v.town, date: "2021-09-06" });
    if (v === lateNonPoor) stations.push({ v, town: v.town, date: "2021-09-13" });
  }
  // second stations in four villages
  [coveredNonPoor[3], coveredNonPoor[40], coveredNonPoor[77], coveredPoor[5]].forEach((v) => {
    const i = stations.findIndex((s) => s.v === v);
    stations.splice(i + 1, 0, { v, town: v.town, date: randDate("2020-10-01", "2021-07-30"), second: true });
  });
  // a station in a 社区 and one outside the list
  const comm = villages.find((v) => !v.admin && v.town === "湖寮镇");
  const iComm = stations.findIndex((s) => s.town === "茶阳镇");
  stations.splice(iComm, 0, { v: comm, town: "湖寮镇", date: "2020-06-18", community: true });
  const iFarm = stations.findIndex((s) => s.town === "光德镇");
  stations.splice(iFarm, 0, { v: null, town: "光德镇", villageText: "丰溪林场", date: "2020-12-09", outside: true });
  assert(stations.length === 154, "154 station rows, got " + stations.length);
  {
    const rows = [
      ["大埔县村级电子商务服务站点清单", null, null, null, null, null, null, null],
      ["填报单位：大埔县商务局（电商股）　　截至2021年9月15日", null, null, null, null, null, null, null],
      ["序号", "基本信息", null, null, "运营情况", null, null, null],
      [null, "镇", "站点名称", "所在村（社区）", "挂牌运营时间", "站长", "联系电话", "服务内容"],
    ];
    const merges = ["A1:H1", "A2:H2", "A3:A4", "B3:D3", "E3:H3"];
    const SERV = ["代购代销、代收代发快递", "代购代销、缴费、快递收发", "农产品网销、快递收发、小额取款", "代买代卖、代缴代存"];
    let prevTown = null,
      start = 5;
    stations.forEach((s, k) => {
      const rowNo = 5 + k;
      if (s.town !== prevTown) {
        if (prevTown !== null && rowNo - 1 > start) merges.push(`B${start}:B${rowNo - 1}`);
        start = rowNo;
      }
      let vt;
      if (s.outside) vt = s.villageText;
      else if (s.community) vt = s.v.base + "社区";
      else vt = k % 9 === 4 ? s.v.base + "村委会" : s.v.base + "村";
      const nameBase = s.outside ? "大埔县丰溪林场电商服务点" : `大埔县${s.town}${s.v.base}${s.community ? "社区" : "村"}电商服务站${s.second ? "（二）" : ""}`;
      const [y, m, d] = s.date.split("-").map(Number);
      let dv;
      switch (k % 5) {
        case 0:
          dv = D(s.date);
          break;
        case 1:
          dv = `${y}.${m}.${d}`;
          break;
        case 2:
          dv = `${y}年${m}月${d}日`;
          break;
        case 3:
          dv = `${y}${pad(m, 2)}${pad(d, 2)}`;
          break;
        default:
          dv = D(s.date);
      }
      rows.push([
        k + 1,
        s.town !== prevTown ? s.town : null,
        nameBase,
        vt,
        dv,
        makeName(r),
        "1" + pick(r, ["38", "39", "35", "59", "37", "80", "50"]) + "****" + pad(Math.floor(r() * 10000), 4),
        pick(r, SERV),
      ]);
      prevTown = s.town;
    });
    merges.push(`B${start}:B${4 + stations.length}`);
    rows.push([]);
    rows.push(["注：1.丰溪林场服务点为林场职工服务，不属行政村站点；2.另有2个站点2021年9月挂牌，迎检补充登记。", null, null, null, null, null, null, null]);
    rows.push(["填表人：罗××　　审核人：丘××", null, null, null, null, null, null, null]);
    sheets.push({ name: "附3 站点清单", rows, merges });
  }

  // ---------------- poor persons ----------------
  const persons = []; // {cat: E|M|N, id, name, ...}
  const cats = shuffle(r, [...Array(180).fill("E"), ...Array(120).fill("M"), ...Array(60).fill("N")]);
  let seqBase = 100;
  const usedIds = new Set();
  function freshId(y, m, d, male) {
    for (;;) {
      let seq = 100 + Math.floor(r() * 890);
      if ((seq % 2 === 1) !== male) seq++;
      const id = makeId(REGION, y, m, d, seq);
      if (!usedIds.has(id)) {
        usedIds.add(id);
        return id;
      }
    }
  }
  for (const c of cats) {
    const y = c === "N" ? 1936 + Math.floor(r() * 20) : 1963 + Math.floor(r() * 38);
    const male = r() < 0.5;
    const id = freshId(y, 1 + Math.floor(r() * 12), 1 + Math.floor(r() * 28), male);
    persons.push({ cat: c, id, name: makeName(r), male, y });
  }
  // make sure some eligible persons have an X check digit (for lower-case x sign-ins)
  let xs = persons.filter((p) => p.cat === "E" && p.id.endsWith("X"));
  for (let k = 0; xs.length < 3 && k < 2000; k++) {
    const p = persons.filter((q) => q.cat === "E" && !q.id.endsWith("X"))[k % 150];
    usedIds.delete(p.id);
    for (let s = 101; s < 999; s++) {
      const id = makeId(REGION, p.y, 5, 17, s);
      if (id.endsWith("X") && !usedIds.has(id)) {
        p.id = id;
        usedIds.add(id);
        break;
      }
    }
    xs = persons.filter((q) => q.cat === "E" && q.id.endsWith("X"));
  }
  const E = persons.filter((p) => p.cat === "E");
  const M = persons.filter((p) => p.cat === "M");
  const N = persons.filter((p) => p.cat === "N");
  // eligible sub-groups
  const Eord = shuffle(
    r,
    E.filter((p) => !p.id.endsWith("X")),
  ).concat([]);
  const Ex = E.filter((p) => p.id.endsWith("X"));
  const trained = Ex.slice(0, 3).concat(Eord.slice(0, 77)); // 80 trained, 3 with X
  const rest = E.filter((p) => !trained.includes(p));
  const masked = rest.slice(0, 10);
  const septOnly = rest.slice(10, 25);
  assert(trained.length === 80 && masked.length === 10 && septOnly.length === 15, "eligible split");

  {
    const rows = [
      ["大埔县建档立卡贫困人口名单（劳动能力及务工情况）", null, null, null, null, null, null, null, null],
      ["提供单位：大埔县乡村振兴局　　数据来源：全国防返贫监测信息系统（2021年8月）", null, null, null, null, null, null, null, null],
      ["序号", "镇", "村", "户编号", "姓名", "与户主关系", "公民身份号码", "劳动能力", "务工情况"],
    ];
    let k = 0,
      hh = 0;
    const poorTowns = poorV;
    while (k < persons.length) {
      const size = Math.min(persons.length - k, 1 + Math.floor(r() * 4));
      const v = poorTowns[hh % poorTowns.length];
      hh++;
      const members = persons.slice(k, k + size).sort((a, b) => a.y - b.y);
      const hhNo = "44142210" + pad(hh * 37 + 1000, 5);
      const fam = pick(r, SURN);
      members.forEach((p, j) => {
        let rel = "户主";
        if (j > 0) {
          const diff = p.y - members[0].y;
          if (diff >= 45) rel = p.male ? "之孙子" : "之孙女";
          else if (diff >= 16) rel = p.male ? "之子" : "之女";
          else if (j === 1 && p.male !== members[0].male) rel = "配偶";
          else rel = "兄弟姐妹";
        }
        if (rel !== "配偶") p.name = makeName(r, fam);
        p.town = v.town;
        p.vil = v.base + "村";
        let lab, mig;
        if (p.cat === "N") {
          lab = pick(r, ["丧失劳动力", "无劳动力", "无劳动力"]);
          mig = null;
        } else {
          lab = pick(r, ["普通劳动力", "普通劳动力", "普通劳动力", "技能劳动力", "弱劳动力"]);
          mig = p.cat === "M" ? pick(r, ["省外务工", "县外省内务工", "县外省内务工"]) : pick(r, ["未务工", "县内务工", "乡（镇）内务工", "未务工"]);
        }
        p.lab = lab;
        p.mig = mig;
        rows.push([k + j + 1, v.town, v.base + "村", hhNo, p.name, rel, p.id, lab, mig]);
      });
      k += size;
    }
    rows.push([]);
    rows.push(["注：劳动能力按系统口径（普通劳动力、技能劳动力、弱劳动力为有劳动能力）；务工情况为2021年8月监测状态。", null, null, null, null, null, null, null, null]);
    sheets.push({ name: "附6 贫困人口名单", rows, merges: ["A1:I1", "A2:I2"], __order: 6 });
  }

  // ---------------- training: sessions (附4) ----------------
  const sessions = [
    ["第1期", "2020.9.17", "湖寮镇", "电商基础知识普及", 168],
    ["第2期", "2020年10月22日-23日", "高陂镇", "网店开设与运营", 152],
    ["第3期", D("2020-11-05"), "茶阳镇", "农产品网络营销", 140],
    ["第4期", "2020.11.19", "百侯镇", "短视频与直播带货", 135],
    ["第5期", "20.12.10", "枫朗镇", "电商基础知识普及", 160],
    ["第6期", "2020年12月24日", "光德镇", "网店美工与摄影", 146],
    ["第7期", D("2021-01-07"), "三河镇", "电商基础知识普及", 138],
    ["第8期", "2021.3.4", "大麻镇", "农村电商创业", 150],
    ["第9期", "2021.3.18-19", "西河镇", "直播带货实操", 122],
    ["第10期", "2021年4月8日", "桃源镇", "电商基础知识普及", 155],
    ["第11期", "21.4.29", "青溪镇", "微信小店运营", 148],
    ["第12期", D("2021-05-13"), "洲瑞镇", "农产品品牌与包装", 130],
    ["第13期", "2021.5.27", "银江镇", "电商基础知识普及", 142],
    ["第14期", "2021年6月10日", "大东镇", "短视频与直播带货", 156],
    ["第15期", "2021.6.24", "湖寮镇", "跨境电商入门", 139],
    ["第16期", "2021年7月8日", "高陂镇", "电商基础知识普及", 144],
    ["第17期", "2021.8.19", "县电商公共服务中心", "网店运营提升班", 155],
    ["第18期", "2021年9月24日", "县电商公共服务中心", "电商基础知识普及", 150],
  ];
  const sumToCut = sessions.slice(0, 17).reduce((s, x) => s + x[4], 0);
  assert(sumToCut === 2480, "sessions to cut-off = 2480, got " + sumToCut);
  {
    const rows = [
      ["大埔县电子商务普及培训台账（按期登记）", null, null, null, null, null, null],
      ["说明：本表登记面向全县的普及性培训，不含贫困户专场（专场逐人签到见附5）。", null, null, null, null, null, null],
      ["期次", "培训时间", "培训地点", "培训内容", "培训对象", "参训人次", "备注"],
    ];
    sessions.forEach((s, k) => {
      const n = s[4];
      rows.push([
        s[0],
        s[1],
        s[2],
        s[3],
        pick(r, ["农户、返乡青年", "镇村干部、站长", "合作社、个体户", "返乡青年、妇女"]),
        k % 4 === 1 ? `${n}人次` : k === 12 ? fw(n) : n,
        k === 17 ? "截止日后举办" : null,
      ]);
    });
    rows.push(["合计", null, null, null, null, "2630", "其中截至2021年8月31日2480人次"]);
    rows.push([]);
    rows.push(["制表：大埔县电子商务公共服务中心", null, null, null, null, null, null]);
    sheets.push({ name: "附4 普及培训", rows, merges: ["A1:G1", "A2:G2"] });
  }

  // ---------------- training: poor sign-in (附5) ----------------
  const others = [];
  function other(blank) {
    const y = 1965 + Math.floor(r() * 36);
    const male = r() < 0.5;
    return { cat: "O", id: blank ? null : freshId(y, 1 + Math.floor(r() * 12), 1 + Math.floor(r() * 28), male), name: makeName(r), male };
  }
  for (let i = 0; i < 95; i++) others.push(other(i === 20 || i === 61));
  const Mshuf = shuffle(r, M).slice(0, 30);
  const Nshuf = shuffle(r, N).slice(0, 5);
  const plan = [
    // [E-first, E-repeat, M, N, masked, O]
    [30, 0, 8, 2, 2, 18],
    [25, 8, 7, 1, 3, 11],
    [15, 9, 8, 1, 3, 24],
    [10, 8, 7, 1, 2, 27],
  ];
  let ef = 0,
    mi = 0,
    nn = 0,
    mk = 0,
    oi = 0;
  const sessRows = [];
  const seenTrained = [];
  for (const [a, b, c, d, e, f] of plan) {
    const rowsS = [];
    const newOnes = trained.slice(ef, ef + a);
    ef += a;
    newOnes.forEach((p) => rowsS.push({ p, kind: "E" }));
    for (let i = 0; i < b; i++) rowsS.push({ p: seenTrained[(i * 7 + sessRows.length * 3) % seenTrained.length], kind: "E" });
    for (let i = 0; i < c; i++) rowsS.push({ p: Mshuf[mi++], kind: "M" });
    for (let i = 0; i < d; i++) rowsS.push({ p: Nshuf[nn++], kind: "N" });
    for (let i = 0; i < e; i++) rowsS.push({ p: masked[mk++], kind: "X" });
    for (let i = 0; i < f; i++) rowsS.push({ p: others[oi++], kind: "O" });
    seenTrained.push(...newOnes);
    sessRows.push(shuffle(r, rowsS));
  }
  assert(ef === 80 && mi === 30 && nn === 5 && mk === 10 && oi === 80, "sign-in plan");
  // distinct repeats within a session: ensure no person twice in the same session
  sessRows.forEach((rs, k) => {
    const ids = rs.map((x) => x.p.id).filter(Boolean);
    assert(new Set(ids).size === ids.length, "no duplicate person in session " + (k + 1));
  });
  const sept = shuffle(r, [
    ...septOnly.map((p) => ({ p, kind: "E" })),
    ...trained.slice(40, 50).map((p) => ({ p, kind: "E" })),
    ...others.slice(80, 95).map((p) => ({ p, kind: "O" })),
  ]);
  sessRows.push(sept);
  {
    const SD = [
      ["贫困户专场第1期", "2020年11月26日", "湖寮镇"],
      ["贫困户专场第2期", D("2021-01-14"), "高陂镇"],
      ["贫困户专场第3期", "2021.4.22", "枫朗镇"],
      ["贫困户专场第4期", "21.7.15", "光德镇"],
      ["贫困户专场第5期", "2021年9月16日", "茶阳镇"],
    ];
    const rows = [
      ["大埔县建档立卡贫困户电子商务专场培训签到表", null, null, null, null, null, null, null, null],
      ["期次", "培训日期", "序号", "姓名", "性别", "身份证号码", "所在镇村", "是否建档立卡贫困户", "本人签名"],
    ];
    const merges = ["A1:I1"];
    let lowerDone = 0,
      spaceDone = 0;
    sessRows.forEach((rs, s) => {
      const start = rows.length + 1;
      rs.forEach((x, j) => {
        const p = x.p;
        let idText;
        if (x.kind === "X") idText = p.id.slice(0, 6) + "********" + p.id.slice(14);
        else if (p.id == null) idText = null;
        else {
          idText = p.id;
          if (x.kind === "E" && p.id.endsWith("X") && lowerDone < 2 && s < 4) {
            idText = p.id.slice(0, 17) + "x";
            lowerDone++;
          } else if (x.kind === "E" && spaceDone < 1 && s === 2 && j > 3) {
            idText = p.id.slice(0, 6) + " " + p.id.slice(6, 14) + " " + p.id.slice(14);
            spaceDone++;
          }
        }
        x.idText = idText;
        rows.push([
          j === 0 ? SD[s][0] : null,
          j === 0 ? SD[s][1] : null,
          j + 1,
          p.name,
          p.male ? "男" : "女",
          idText,
          p.town
            ? p.town + p.vil
            : SD[s][2] +
              pick(
                r,
                admins.filter((v) => v.town === SD[s][2]),
              ).base +
              "村",
          x.kind === "O" ? "否" : "是",
          p.name,
        ]);
      });
      const end = rows.length;
      merges.push(`A${start}:A${end}`, `B${start}:B${end}`);
      rows.push([]);
    });
    rows.push(["注：身份证号码打*号的为本人要求隐去中间位；未填身份证号码的为当场未带证件。", null, null, null, null, null, null, null, null]);
    sheets.push({ name: "附5 专场签到", rows, merges });
    assert(lowerDone === 2 && spaceDone === 1, "id variants placed");
  }
  // compute trained eligible from sign-ins (self-check of the hand count)
  const eligibleIds = new Set(E.map((p) => p.id));
  const trainedSet = new Set();
  sessRows.slice(0, 4).forEach((rs) =>
    rs.forEach((x) => {
      if (!x.idText || x.idText.includes("*")) return;
      const id = x.idText.replace(/\s/g, "").toUpperCase();
      if (eligibleIds.has(id)) trainedSet.add(id);
    }),
  );
  assert(trainedSet.size === 80, "trained eligible = 80, got " + trainedSet.size);
  const signins = sessRows.slice(0, 4).reduce((s, rs) => s + rs.length, 0);
  assert(signins === 230, "sign-ins to cut-off = 230");

  // ---------------- enterprises ----------------
  const ENT = [
    ["大埔县埔货通电子商务有限公司", "平台型", "2020.6.28", null],
    ["大埔县茶乡优品贸易有限公司", "销售型", "2020.6.28", null],
    ["梅州市客都云商网络科技有限公司", "电商运营商", "2020年7月", null],
    ["大埔县三河坝农产品专业合作社", "销售型", "2020.7.15", null],
    ["大埔县邮政分公司电商仓配中心", "物流企业", "2020年7月20日", null],
    ["大埔县蜜柚小哥网店", "销售型", "2020.8.3", "2021.3.31"],
    ["大埔县丝苗米业有限公司", "销售型", D("2020-08-18"), null],
    ["大埔县百侯红电子商务工作室", "销售型", "2020.9.1", null],
    ["广东埔韵直播传媒有限公司", "直播服务", "2020年9月", null],
    ["大埔县顺达快递服务有限公司", "物流企业", "2020.10.12", null],
    ["大埔县乡味农业发展有限公司", "销售型", D("2020-11-02"), null],
    ["梅州市惠农帮电子商务有限公司", "电商运营商", "2020.11.20", "2021年5月20日"],
    ["大埔县青溪山货商行", "销售型", "2020.12.8", null],
    ["大埔县客家小镇网络科技有限公司", "平台型", "2021.1.6", null],
    ["大埔县陶瓷之窗商贸有限公司", "销售型", "2021年3月", null],
    ["大埔县云上茶园电子商务有限公司", "销售型", "2021.4.19", null],
    ["梅州市众创电商服务有限公司", "电商运营商", "2021.6.1", null],
    ["大埔县金丝蜜柚销售有限公司", "销售型", "2021.7.12", null],
    ["大埔县枫朗土特产网店", "销售型", "2021.9.10", null],
  ];
  {
    const rows = [
      ["大埔县电子商务产业园入驻企业名单", null, null, null, null, null, null],
      ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注"],
    ];
    ENT.forEach((e, k) => {
      const kind = /合作社/.test(e[0]) ? "93" : /网店|工作室|商行/.test(e[0]) ? "92" : "91";
      rows.push([k + 1, e[0], makeUscc(r, REGION, kind), e[1], e[2], e[3], e[3] ? "已退园" : k === 18 ? "9月新入驻" : null]);
    });
    rows.push([]);
    rows.push(["注：截至2021年9月15日在园企业17家。", null, null, null, null, null, null]);
    sheets.push({ name: "附7 入驻企业", rows, merges: ["A1:G1"] });
  }

  // ---------------- funds ----------------
  const FUNDS = [
    [D("2020-07-20"), "县级电商公共服务中心建设（首付）", "梅州市客都云商网络科技有限公司", 980000],
    ["2020.9.28", "村级服务站点建设（第一批）", "大埔县埔货通电子商务有限公司", "624,000.00"],
    ["2020年11月16日", "电商人才培训（第一阶段）", "梅州市众创电商服务有限公司", 187500],
    [D("2020-12-25"), "县镇村三级物流体系建设", "大埔县邮政分公司", "735000"],
    ["2021.1.28", "公共服务中心运营", "梅州市客都云商网络科技有限公司", 260000],
    ["2021.3.30", "村级服务站点建设（第二批）", "大埔县埔货通电子商务有限公司", "548,000"],
    [D("2021-05-18"), "农产品品牌推广", "广东埔韵直播传媒有限公司", 318980],
    ["2021年6月29日", "农产品溯源系统", "梅州市惠农帮电子商务有限公司", "206,000.00"],
    ["2021.8.20", "物流体系建设（二期）", "大埔县邮政分公司", 377000],
    ["2021.9.15", "电商人才培训（尾款）", "梅州市众创电商服务有限公司", 312000],
  ];
  {
    const rows = [
      ["大埔县省级电子商务进农村综合示范专项资金拨付台账", null, null, null, null, null, null],
      ["下达资金：500万元（粤商务电函〔2019〕29号）　　　　　　　　　　　单位：元", null, null, null, null, null, null],
      ["序号", "拨付日期", "项目名称", "承建单位", "拨付金额（元）", "凭证号", "备注"],
    ];
    FUNDS.forEach((f, k) => rows.push([k + 1, f[0], f[1], f[2], f[3], `记-${pad(k * 3 + 12, 3)}`, k === 9 ? "截止日后拨付" : null]));
    rows.push(["合计", null, null, null, "4,548,480.00", null, "截至8月31日累计4,236,480.00元"]);
    sheets.push({ name: "附8 资金台账", rows, merges: ["A1:G1", "A2:G2"] });
  }

  // ---------------- reports ----------------
  const REP = [
    ["2020.7.6", "6月份工作进展", "否"],
    ["2020.8.5", "7月份工作进展", "否"],
    ["2020.9.4", "8月份工作进展及电商扶贫数据", "是"],
    ["2020.9.30", "9月份工作进展", "否"],
    ["2020.10.30", "10月份工作进展及电商扶贫数据", "是"],
    [D("2020-11-27"), "11月份工作进展", "否"],
    ["2020.12.30", "12月份工作进展及全年统计", "是"],
    ["2021.1.29", "1月份工作进展", "否"],
    ["2021.2.26", "2月份工作进展", "否"],
    ["2021.3.31", "3月份工作进展及电商扶贫数据", "是"],
    ["2021年4月29日", "4月份工作进展", "否"],
    ["2021.5.31", "5月份工作进展", "否"],
    [D("2021-06-30"), "6月份工作进展及电商扶贫数据", "是"],
    ["2021.7.30", "7月份工作进展", "否"],
    ["2021.8.31", "8月份工作进展", "否"],
  ];
  {
    const rows = [
      ["大埔县电子商务进农村工作月报报送登记", null, null, null],
      ["报送日期", "报送内容", "报送对象", "含电商扶贫统计"],
    ];
    REP.forEach((x) => rows.push([x[0], x[1], "梅州市商务局", x[2]]));
    sheets.push({ name: "附9 月报报送", rows, merges: ["A1:D1"] });
  }
  // ---------------- disclosures ----------------
  const DIS = [
    ["2020.6.15", "大埔县电子商务进农村综合示范县工作方案"],
    ["2020.7.10", "大埔县电子商务进农村综合示范项目基本信息"],
    ["2020.9.18", "8月份项目建设进度"],
    ["2020.10.20", "9月份项目建设进度"],
    [D("2020-11-19"), "10月份项目建设进度"],
    ["2020.12.21", "11月份项目建设进度"],
    ["2021.3.16", "1-2月份项目建设进度"],
    ["2021.4.15", "3月份项目建设进度"],
    ["2021年5月18日", "4月份项目建设进度"],
    ["2021.6.17", "5月份项目建设进度"],
    ["2021.7.16", "6月份项目建设进度"],
    ["2021.8.18", "7月份项目建设进度"],
  ];
  {
    const rows = [
      ["大埔县人民政府网“电子商务进农村综合示范”专栏更新记录", null, null],
      ["发布日期", "标题", "链接"],
    ];
    DIS.forEach((x, k) => rows.push([x[0], x[1], `http://www.dabu.gov.cn/zwgk/dzsw/content/post_${2106000 + k * 137}.html`]));
    rows.push([]);
    rows.push(["注：1—2月受春节及疫情防控影响未单独更新，3月合并发布。专栏设监督举报电话0753-5522×××。", null, null]);
    sheets.push({ name: "附10 专栏更新", rows, merges: ["A1:C1"] });
  }
  // ---------------- media ----------------
  {
    const rows = [
      ["大埔县电子商务进农村宣传报道统计", null, null, null, null, null],
      ["报道日期", "媒体名称", "级别", "形式", "标题", "是否电商扶贫典型案例"],
      ["2020.10.15", "梅州日报", "市级", "报纸", "大埔：电商服务站开进山村", "否"],
      ["2020.11.3", "大埔县融媒体中心", "县级", "网络", "我县电商普及培训走进高陂", "否"],
      ["2021.1.20", "大埔电视台", "县级", "电视", "年货节线上销售火热", "否"],
      [D("2021-05-21"), "梅州电视台", "市级", "电视", "蜜柚上网 脱贫户增收——大埔电商扶贫见闻", "是"],
      ["2021.7.2", "大埔县融媒体中心", "县级", "网络", "直播带货助力茶农增收", "否"],
      ["2021.9.8", "南方+", "省级", "网络", "大埔：小站点连起乡村振兴大市场", "否"],
    ];
    sheets.push({ name: "附11 宣传报道", rows, merges: ["A1:F1"] });
  }
  // ---------------- materials ----------------
  {
    const rows = [
      ["经验材料报送登记", null, null, null],
      ["序号", "报送日期", "材料名称", "报送单位"],
      [1, "2021.4.20", "大埔县电子商务进农村综合示范工作经验做法", "梅州市商务局"],
      [2, "2021.9.5", "大埔县电商扶贫典型案例——“蜜柚小站”", "梅州市商务局"],
    ];
    sheets.push({ name: "附12 经验材料", rows, merges: ["A1:D1"] });
  }

  // ---------------- facts sheet (勾划式登记表) ----------------
  const factsRows = [
    ["大埔县省级电子商务进农村综合示范县考评基础情况登记表（勾划式）", null, null, null, null],
    ["填报单位：大埔县商务局（盖章）　　　　填报人：罗××　　　　联系电话：0753-55×××××", null, null, null, null],
    [
      "填写说明：本表照纸质登记表誊录。纸面上“A／B”式选项用横线划去不符合的一项，誊录时被划去的选项加括号，如“是／（否）”即选“是”；两项都没有划去的，视为未填。自评分一栏同样划去不选的分值。数据截至2021年8月31日。",
      null,
      null,
      null,
      null,
    ],
    ["序号", "登记事项", "选择／填写", "单位", "备注"],
    ["一、基本情况", null, null, null, null],
    [1, "县（市、区）名称", "大埔县", null, null],
    [2, "考评截止日期", "2021年8月31日", null, null],
    [3, "常住人口（第七次全国人口普查）", "31.58", "万人", "户籍人口55.2万人"],
    [4, "辖区行政村个数", "226", "个", "另有社区17个，不计入"],
    [5, "省定贫困村个数", "20", "个", null],
    ["二、加强组织领导与统筹协调", null, null, null, null],
    [
      6,
      "建立县（市、区）政府主要领导牵头、多部门参与的工作协调机制。领导小组组长为",
      "县长／（常务副县长）／（分管副县长）／（县商务局局长）",
      null,
      "大埔县电子商务进农村综合示范工作领导小组，埔府办函〔2019〕118号",
    ],
    [7, "参与部门（未参与的划去）", "县商务局／县财政局／县农业农村局／县乡村振兴局（原县扶贫办）／（县发展改革局）／（县交通运输局）", null, null],
    [8, "示范创建工作方案", "已正式印发／（未印发）", null, "埔府办〔2020〕12号"],
    [9, "方案制定：工作方案因地制宜，可操作性较强（1-2分）", "（1）／2", "分", null],
    [10, "在资金、土地、人才等方面出台支持农村电商发展的政策", "已出台／（未出台）", null, "《大埔县促进电子商务发展若干措施》"],
    [11, "政策支持：出台相关政策，且得到较好落实（1-2分）", "1／（2）", "分", "落实情况一般"],
    [12, "建立项目管理制度，在建设、验收环节严格落实相关制度（1-2分）", "(1)／2", "分", null],
    [13, "建立完整工作台账，详细记录项目建设情况（1-2分）", "1／(2)", "分", "部分台账9月补登"],
    ["三、服务体系建设", null, null, null, null],
    [14, "县级电子商务公共服务中心投入运营时间", "2020年6月28日", null, "位于湖寮镇同仁路"],
    [15, "有免费培训场所、培训设备，能组织电商基础培训", "有／（无）", null, null],
    [16, "为特色农产品提供免费展示、销售服务", "有／（无）", null, null],
    [17, "为电子商务市场主体提供免费摄影、美工服务", "（有）／无", null, "摄影棚已建成，摄影、美工按成本收费"],
    [18, "组织农产品统一推广、指导特色农产品品牌建设", "有／（无）", null, "“埔货”区域公共品牌"],
    [19, "为电子商务发展提供其他衍生增值服务", "有／无", null, null],
    [20, "电商产业园", "（新建）／整合、优化现有园区／（未建）", null, "整合原湖寮创业孵化基地"],
    ["四、农村产品上行", null, null, null, null],
    [21, "对当地农产品网络销售进行调研，并形成针对性建议（1-2分）", "（1）／2", "分", null],
    [22, "开展农村产品网络促销活动成效明显（1-2分）", "（1）／2", "分", null],
    [23, "当地有专业第三方电子商务运营或服务商", "有／（无）", null, "梅州市客都云商网络科技有限公司"],
    [24, "行政村物流快递覆盖率", "达到100%／（未达到100%）", null, null],
    [25, "有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）", "1／（2）", "分", "溯源系统已建，冷链在建"],
    [26, "2019年农村网络零售额", "4.82", "亿元", null],
    [27, "2020年农村网络零售额", "5.88", "亿元", null],
    [28, "2019年农产品网络零售额", "1.65", "亿元", null],
    [29, "2020年农产品网络零售额", "2.21", "亿元", null],
    ["五、电商人才培训", null, null, null, null],
    [30, "培训人次（截至2021年8月31日）", "2,710", "人次", "普及培训2480人次＋贫困户专场230人次"],
    [31, "有劳动能力的建档立卡贫困人口数（外出务工者除外）", "180", "人", null],
    [32, "参加培训的建档立卡贫困人口数", "80", "人", null],
    ["六、信息公开及报送", null, null, null, null],
    [33, "县政府网站“电子商务进农村综合示范”公开专栏", "已设立／（未设立）", null, null],
    [34, "专栏公示创建方案", "是／（否）", null, null],
    [35, "专栏公示项目基本信息", "是／（否）", null, null],
    [36, "专栏公示项目建设进度", "是／（否）", null, null],
    [37, "专栏设立征求意见或监督举报窗口", "有／（无）", null, "监督举报电话"],
    [38, "能统计电商扶贫情况", "能／（不能）", null, null],
    ["七、财政资金管理", null, null, null, null],
    [39, "下达省级财政资金总额", "500", "万元", null],
    [40, "累计拨付资金（截至2021年8月31日）", "423.648", "万元", null],
    [41, "资金管理制度", "已制定／（未制定）", null, "《大埔县电子商务进农村综合示范专项资金管理办法》"],
    [42, "项目承建方资金专用台账", "已建立／（未建立）", null, null],
    [43, "建立科学有效的资金管理制度且得到有效落实（1-5分）", "（1）／（2）／（3）／4／（5）", "分", null],
    [44, "项目承建方建立资金专用台账，账目完整（1-5分）", "（1）／（2）／（3）／4／（5）", "分", null],
    [45, "资金支出率70%以上，且根据创建进度及时拨付（1-5分）", "（1）／（2）／（3）／4／（5）", "分", null],
    [46, "项目总体进度", "92", "%", null],
    ["八、一票否决项", null, null, null, null],
    [47, "发生安全生产、质量事故，或者造成重大经济损失和社会不良影响", "（有）／无", null, null],
    [48, "弄虚作假", "（有）／无", null, null],
    [],
    ["填报日期：2021年9月3日", null, null, null, null],
  ];
  const factsMerges = ["A1:E1", "A2:E2", "A3:E3"];
  factsRows.forEach((row, i) => {
    if (typeof row[0] === "string" && /^[一二三四五六七八]、/.test(row[0])) factsMerges.push(`A${i + 1}:E${i + 1}`);
  });
  const facts = { name: "基础情况登记表", rows: factsRows, merges: factsMerges };

  const toc = {
    name: "目录",
    rows: [
      ["大埔县省级电子商务进农村综合示范县考评台账", null],
      ["序号", "内容"],
      [1, "基础情况登记表"],
      [2, "附1 村居名单"],
      [3, "附2 省定贫困村"],
      [4, "附3 站点清单"],
      [5, "附4 普及培训"],
      [6, "附5 专场签到"],
      [7, "附6 贫困人口名单"],
      [8, "附7 入驻企业"],
      [9, "附8 资金台账"],
      [10, "附9 月报报送"],
      [11, "附10 专栏更新"],
      [12, "附11 宣传报道"],
      [13, "附12 经验材料"],
    ],
    merges: ["A1:B1"],
  };
  // order sheets: 目录, facts, 附1..附12
  const order = [
    "附1 村居名单",
    "附2 省定贫困村",
    "附3 站点清单",
    "附4 普及培训",
    "附5 专场签到",
    "附6 贫困人口名单",
    "附7 入驻企业",
    "附8 资金台账",
    "附9 月报报送",
    "附10 专栏更新",
    "附11 宣传报道",
    "附12 经验材料",
  ];
  const byName = Object.fromEntries(sheets.map((s) => [s.name, s]));
  const all = [
    toc,
    facts,
    ...order.map((n) => {
      const s = byName[n];
      delete s.__order;
      return s;
    }),
  ];

  // ---------------- self-checks of the hand derivation ----------------
  assert(4236480 / 5000000 >= 0.7, "spend rate");
  const entAtCut = ENT.filter((e) => {
    const ent = typeof e[2] === "object" ? e[2].date : e[2];
    return !/2021\.9/.test(ent) && !e[3];
  }).length;
  assert(entAtCut === 16, "16 enterprises at cut-off, got " + entAtCut);
  assert(2710 * 1000 >= 315800 * 8 && 2710 * 100 < 315800, "training 0.8%-1%");
  assert(80 * 10 >= 180 * 4 && 80 * 10 < 180 * 5, "poor rate 40-50%");

  return {
    description:
      "大埔县（梅州）商务局整本考评工作簿（14个表：目录、基础情况登记表、附1—附12）。事实表是照纸质表誊录的《考评基础情况登记表（勾划式）》：序号|登记事项（指标原文一格）|选择／填写|单位|备注，是否类和领导、部门、产业园都写成“A／B／C”选项，纸面上划去的选项誊录时加括号（“有／（无）”＝有，“（有）／无”＝无，一项“有／无”两项都没划＝未填），判断项的自评分也用划去分值表示（“（1）／2”＝2分，“（1）／（2）／（3）／4／（5）”＝4分，括号有全角也有半角）。台账：村居名单226个行政村+17个社区（镇纵向合并，快递进村一村×）、省定贫困村20个、站点154行（两行表头、镇合并、日期四种写法、社区站点和林场服务点、两站截止日后挂牌）、普及培训按期记人次（不含专场，一期在截止日后）、贫困户专场逐人签到（期次日期纵向合并、打码身份证、小写x、带空格）、贫困人口按户按人（与户主关系）、入驻企业19家（两家退园、一家9月入驻）、资金台账（一笔截止日后）、月报、专栏（1—2月未更新）、宣传（省级报道在截止日后）、经验材料。",
    sheets: all,
    expect: {
      asOf: "2021-08-31",
      total: 78,
      bonus: 0,
      vetoed: false,
      points: {
        "org.leadership": 2,
        "org.plan": 2,
        "org.policy": 1,
        "org.management": 3,
        "work.center": 11,
        "work.coverage": 8,
        "work.upward": 8,
        "work.training": 16,
        "info.disclosure": 3,
        "info.reporting": 6,
        "promo.cases": 2,
        "promo.media": 4,
        "fund.system": 4,
        "fund.ledger": 4,
        "fund.spending": 4,
        "bonus.poorTraining": 0,
        "bonus.tvCase": 0,
        "veto.incident": 0,
        "veto.progress": 0,
        "veto.fraud": 0,
      },
    },
    derivation: [
      "org.leadership: 组长“县长／（常务副县长）／（分管副县长）／（县商务局局长）”→县长（主要领导）；参与部门县商务局、县财政局、县农业农村局、县乡村振兴局（发展改革局、交通运输局被划去）→ 四部门齐全 → 2",
      "org.plan: 已正式印发工作方案；方案制定自评“（1）／2”→ 2分 → 2",
      "org.policy: 政策已出台；政策支持自评“1／（2）”→ 1分 → 1",
      "org.management: 项目管理制度“(1)／2”→ 2；工作台账“1／(2)”→ 1；合计 → 3",
      "work.center: 中心2020-06-28运营 ≤ 截止日 → 2；≤ 2021-02-28 运行满6个月 → 2；免费培训“有” → 2；免费展示销售“有” → 1；免费摄影美工“（有）／无”→ 无 → 0；品牌推广“有” → 1；其他衍生增值服务“有／无”两项都没划去，未填 → 0；产业园“整合、优化现有园区” → 2；入驻企业：19家中两家截止日前退园（2021.3.31、2021.5.20）、一家2021.9.10入驻，截至8月31日在园16家 < 20 → 0；类型有平台型、销售型、电商运营商、物流企业、直播服务 ≥ 3 → 1；合计 2+2+2+1+0+1+0+2+0+1 = 11",
      "work.coverage: 行政村226个（社区17个不计）→ 基数 min(226,200)=200；截止日前有站点的行政村146个（4村各两站只算一次；湖寮镇社区站点、丰溪林场服务点不计；两站9月挂牌不计）→ 146/200 = 73% ≥ 70% → 5；省定贫困村20个中18个截止日前有站点（一村2021-09-06才挂牌，一村无站点）→ 90%，在80%–100% → 3；合计 8",
      "work.upward: 网销调研“（1）／2”→ 2；促销活动“（1）／2”→ 2；第三方运营商“有” → 1；快递覆盖：村居名单有快递进村列，一个行政村为× → 0（登记表写“达到100%”，与名单不符，以名单为准）；交易标准与冷链溯源“1／（2）”→ 1；增速：农村网零5.88/4.82 = +22.0%，农产品网零2.21/1.65 = +33.9% ≥ 30% → 2；合计 2+2+1+0+1+2 = 8",
      "work.training: 常住人口31.58万 → 基数315800；人次 = 普及培训截止日前17期合计2480（第18期2021年9月24日不计）+ 专场签到截止日前4期230行（第5期9月16日不计）= 2710；2710/315800 = 0.858%，在0.8%–1% → 8。贫困人口：名单360人，有劳动能力300人，其中外出务工（省外、县外省内）120人 → 符合条件180人；截止日前专场签到中身份证号与其相符的不同人数80人（打码的10行无法比对，外出务工30人、无劳动能力5人、非贫困户不计，9月第5期不计）→ 80/180 = 44.4%，在40%–50% → 8；合计 16",
      "info.disclosure: 专栏已设立，公示创建方案、项目基本信息、建设进度，设监督举报窗口 → 2；近一年（2020-09至2021-08）更新月份：2020年9、10、11、12月，2021年3、4、5、6、7、8月共10个月，1月、2月无更新 → 不定时 → 1；合计 3",
      "info.reporting: 月报报送登记2020-09至2021-08每月都有报送 → 3；登记表“能／（不能）”统计电商扶贫，且报送记录多次含电商扶贫数据 → 3；合计 6",
      "promo.cases: 2021-04-20向梅州市商务局报送经验材料 → 2",
      "promo.media: 截止日前有市级（梅州日报、梅州电视台）和县级（大埔县融媒体中心、大埔电视台）报道 → 3+1 = 4；南方+（省级）报道日期2021-09-08在截止日后，不计",
      "fund.system: 资金管理制度已制定；自评“（1）／（2）／（3）／4／（5）”→ 4",
      "fund.ledger: 资金专用台账已建立；自评 → 4",
      "fund.spending: 截止日前拨付4,236,480元（2021-09-15的312,000元不计）/ 下达5,000,000元 = 84.7% ≥ 70% → 及时拨付自评 4",
      "bonus.poorTraining: 贫困人口培训率44.4% < 70% → 0",
      "bonus.tvCase: 电商扶贫典型案例只在梅州电视台（市级）播报，非国家级、省级电视 → 0",
      "veto.incident: “（有）／无”→ 无 → 未否决",
      "veto.progress: 项目总体进度92% ≥ 40% → 未否决",
      "veto.fraud: “（有）／无”→ 无 → 未否决",
      "total: 2+2+1+3+11+8+8+16+3+6+2+4+4+4+4 = 78，加分0 → 78",
    ],
  };
}

// ======================================================================
// 2. facts/b68-f1-longchuan.json — INI 参数文件
// ======================================================================
function buildLongchuan() {
  const lines = [
    "; ==============================================================",
    "; 龙川县电子商务进农村综合示范县考评 自评测算小工具 参数文件",
    "; 文件名：县情参数.ini　　工具版本：v1.3（县电商中心信息部编写）",
    "; 用法：用记事本修改“=”右边的值，保存后在工具里点【重新测算】",
    "; 规则：以分号(;)或井号(#)开头的行是注释，工具不读；行尾“;”后面也是注释",
    ";       是否类填 1=是 0=否；日期填 yyyy-mm-dd；数值单位见键名或节名",
    "; 最后修改：2021-09-02 15:46  电商股 黄××（本次为报省口径，截至8月31日）",
    "; ==============================================================",
    "",
    "[基本信息]",
    "县名=龙川县",
    "截止日期=2021-08-31",
    ";常住人口_万人=70.12      ; 旧值（2019年末推算数），8月底改用七普数，停用",
    "常住人口_万人=68.37       ; 第七次全国人口普查",
    "户籍人口_万人=100.56",
    "行政村数=326",
    ";社区数=28                ; 工具暂不用",
    "省定贫困村数=70",
    "",
    "[组织领导]",
    "组长=县委副书记、县长",
    "副组长=分管副县长",
    "成员单位=县商务局,县财政局,县农业农村局,县乡村振兴局,县交通运输局,县市场监管局,县邮政分公司",
    "方案已印发=1",
    "政策已出台=1",
    "",
    "[服务中心]",
    "中心运营日期=2020-07-16",
    "免费培训场所=1",
    "免费展示销售=1",
    "免费摄影美工=0          ; 摄影棚在装修，暂未对外",
    "品牌推广=1",
    "其他增值服务=1",
    "产业园=1                 ; 整合老隆镇电商创业园",
    "第三方运营=1",
    "快递覆盖100=0           ; 尚有3个边远村未通快递（邮政代投）",
    "",
    "[网络零售]  ; 本节单位：万元",
    "农村网零_2019=128650",
    "农村网零_2020=156020",
    "农产品网零_2019=31240",
    "农产品网零_2020=42780",
    "#农产品网零增速=0.3694   ; 由工具自动计算，不用填",
    "",
    "[培训]",
    "培训人次=7185",
    "#培训人次=7420           ; 含9月份两期，报省时不含",
    "有劳动力贫困人口_不含外出=5312",
    "参训贫困人口=2841",
    "",
    "[信息公开]",
    "专栏已设立=1",
    "专栏_方案=1",
    "专栏_项目=1",
    "专栏_进度=1",
    "专栏_窗口=0              ; 网站改版后举报入口未恢复",
    "扶贫统计=1",
    "",
    "[资金]  ; 本节金额单位：元",
    "下达资金=5000000",
    "累计拨付=3960000",
    "资金制度=1",
    "资金台账=1",
    "总体进度=0.86",
    "",
    "[主观项自评]  ; 本节填分值",
    "方案制定=2",
    "政策支持=2",
    "管理制度=2",
    "工作台账=2",
    "网销调研=2",
    "促销活动=1",
    "交易标准溯源=1",
    "资金制度=5",
    "资金台账=4",
    "及时拨付=4",
    "",
    "[否决项]",
    "安全质量事故=0",
    "弄虚作假=0",
    "",
    "; ---- 文件结束 ----",
  ];
  const rows = [["（本表为“县情参数.ini”用Excel打开后的原样，一行一格，未分列）"], [], ...lines.map((l) => (l === "" ? [] : [l]))];
  return {
    description:
      "龙川县（河源）商务局电商股交来的事实表是县电商中心给编的“自评测算小工具”的参数文件“县情参数.ini”用Excel原样打开：全在A列、一行一格，[基本信息][组织领导][服务中心][网络零售][培训][信息公开][资金][主观项自评][否决项]分节，“键=值”，键名自编（常住人口_万人、快递覆盖100、专栏_窗口），分号/井号开头的行是注释（旧常住人口70.12、含9月的培训人次7420、自动算的增速都被注释掉，不读），行尾“;”后是注释；是否类1/0；[网络零售]的单位万元、[资金]的单位元只写在节名后的注释里；“资金制度”“资金台账”在[资金]节里是是否（1），在[主观项自评]节里是分值（5、4）；县委副书记、县长任组长，四部门齐全。",
    sheets: [{ name: "县情参数.ini", rows }],
    expect: {
      facts: {
        county: "龙川县",
        asOf: "2021-08-31",
        residentPopulation: 683700,
        adminVillagesStated: 326,
        poorVillagesStated: 70,
        planIssued: true,
        policyIssued: true,
        centerOpened: "2020-07-16",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: false,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: false,
        ruralRetail2019: 1286500000,
        ruralRetail2020: 1560200000,
        agriRetail2019: 312400000,
        agriRetail2020: 427800000,
        trainingPersonTimesStated: 7185,
        eligiblePoorPersonsStated: 5312,
        trainedPoorPersonsStated: 2841,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: false,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3960000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.86,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        "org.plan": 2,
        "org.policy": 2,
        "org.management.system": 2,
        "org.management.ledger": 2,
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
}

// ======================================================================
// 3. facts/b68-f2-xinfeng.json — 专题片 SRT 字幕文件
// ======================================================================
function buildXinfeng() {
  const cues = [
    ["00:00:01,000", "00:00:04,200", ["新丰，地处粤北山区，"]],
    ["00:00:04,200", "00:00:08,600", ["全县户籍人口28.2万人，", "常住人口25.5万人，"]],
    ["00:00:08,600", "00:00:12,400", ["辖7个镇、151个行政村，"]],
    ["00:00:12,400", "00:00:15,800", ["其中省定贫困村31个。"]],
    ["00:00:16,500", "00:00:21,000", ["2019年，新丰县被确定为", "省级电子商务进农村综合示范县。"]],
    ["00:00:21,000", "00:00:26,300", ["县委书记、县长任双组长，"]],
    ["00:00:26,300", "00:00:31,500", ["商务、财政、农业农村、乡村振兴等部门", "协同推进。"]],
    ["00:00:31,500", "00:00:36,000", ["县政府正式印发", "《新丰县电子商务进农村综合示范县工作方案》，"]],
    ["00:00:36,000", "00:00:40,800", ["并出台《新丰县促进农村电子商务发展扶持办法》。"]],
    ["00:00:42,000", "00:00:46,200", ["2020年9月28日，"]],
    ["00:00:46,200", "00:00:50,900", ["县电子商务公共服务中心正式投入运营。"]],
    ["00:00:50,900", "00:00:56,000", ["中心设有免费培训教室，配备电脑和直播设备，", "可同时容纳60人培训；"]],
    ["00:00:56,000", "00:01:00,400", ["设有农特产品展销厅，", "免费为农户展示、销售特色农产品；"]],
    ["00:01:00,400", "00:01:04,700", ["摄影棚和美工室免费为电商企业、网店", "拍摄产品、设计详情页。"]],
    ["00:01:04,700", "00:01:09,300", ["中心还统一打造“丰盛田园”区域公共品牌，"]],
    ["00:01:09,300", "00:01:13,000", ["指导合作社做好包装和品牌建设。"]],
    ["00:01:14,000", "00:01:18,500", ["县里整合城南工业园闲置厂房，"]],
    ["00:01:18,500", "00:01:22,600", ["建成县电子商务产业园，入驻企业23家，"]],
    ["00:01:22,600", "00:01:27,100", ["并引进专业运营团队", "——韶关市丰创电子商务有限公司负责中心运营。"]],
    ["00:01:28,000", "00:01:32,800", ["“县—镇—村”三级物流体系建成后，"]],
    ["00:01:32,800", "00:01:36,900", ["快递物流实现行政村全覆盖，"]],
    ["00:01:36,900", "00:01:41,200", ["村级电商服务站点已建成118个。"]],
    ["00:01:42,500", "00:01:47,000", ["2019年，全县农村网络零售额3.32亿元；"]],
    ["00:01:47,000", "00:01:52,400", ["2020年，达到4.36亿元，", "同比增长31.3%；"]],
    ["00:01:52,400", "00:01:56,800", ["其中农产品网络零售额1.57亿元。"]],
    ["00:01:58,000", "00:02:02,300", ["“我们的目标，是培训人次", "达到常住人口的1%以上。”"]],
    ["00:02:02,300", "00:02:06,000", ["截至今年8月底，"]],
    ["00:02:06,000", "00:02:10,500", ["全县累计开展电商培训112期、"]],
    ["00:02:10,500", "00:02:13,900", ["2,736人次。"]],
    ["00:02:14,500", "00:02:19,800", ["全县有劳动能力的建档立卡贫困人口", "（不含外出务工）1,248人，"]],
    ["00:02:19,800", "00:02:24,000", ["已有702人参加电商培训。"]],
    ["00:02:25,000", "00:02:30,400", ["省级专项资金500万元，"]],
    ["00:02:30,400", "00:02:34,200", ["已拨付418万元，"]],
    ["00:02:34,200", "00:02:39,000", ["县里专门制定了《专项资金管理办法》，", "专款专用。"]],
    ["00:02:40,000", "00:02:44,500", ["新丰电商，正在路上。"]],
    ["00:02:44,500", "00:02:48,000", ["新丰县融媒体中心 出品"]],
  ];
  const rows = [
    ["《新丰电商这两年》专题片字幕（终版）.srt"],
    ["电商股说明：字幕文件用记事本打开后全选复制粘贴，未改动。片中数字已与报省考评数据逐一核对，县（市、区）：新丰县，数据截至2021年8月31日。"],
    [],
  ];
  cues.forEach((c, k) => {
    rows.push([String(k + 1)]);
    rows.push([`${c[0]} --> ${c[1]}`]);
    c[2].forEach((t) => rows.push([t]));
    rows.push([]);
  });
  return {
    description:
      "新丰县（韶关）商务局电商股交来的事实表是县融媒体中心为迎检做的专题片《新丰电商这两年》的SRT字幕文件：用记事本打开后整篇粘进A列，一行一格——字幕序号一行、“00:01:47,000 --> 00:01:52,400”时间码一行、一到两行字幕、空行，句子被拆在相邻几条字幕里（“截至今年8月底，”“全县累计开展电商培训112期、”“2,736人次。”）；表头两行是文件名和电商股说明（县名、数据截至2021年8月31日）。户籍28.2万与常住25.5万并列，“培训人次达到常住人口的1%以上”是目标不是事实，站点118个、入驻企业23家不是输入；县委书记、县长双组长，四部门齐全；无判断项自评分。",
    sheets: [{ name: "专题片字幕", rows }],
    expect: {
      facts: {
        county: "新丰县",
        asOf: "2021-08-31",
        residentPopulation: 255000,
        adminVillagesStated: 151,
        poorVillagesStated: 31,
        planIssued: true,
        policyIssued: true,
        centerOpened: "2020-09-28",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 332000000,
        ruralRetail2020: 436000000,
        ruralRetailGrowthStated: 0.313,
        agriRetail2020: 157000000,
        trainingPersonTimesStated: 2736,
        eligiblePoorPersonsStated: 1248,
        trainedPoorPersonsStated: 702,
        fundAllocated: 5000000,
        fundSpentStated: 4180000,
        fundSystemIssued: true,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}

// ======================================================================
// 4. ledgers/b68-l1-xingning.json — 身份证阅读器读卡记录
// ======================================================================
function buildXingning() {
  const r = rng(6811);
  const REG = "441481";
  const used = new Set();
  function person(y, male, region) {
    for (;;) {
      let seq = 100 + Math.floor(r() * 890);
      if ((seq % 2 === 1) !== male) seq++;
      const id = makeId(region || REG, y, 1 + Math.floor(r() * 12), 1 + Math.floor(r() * 28), seq);
      if (!used.has(id)) {
        used.add(id);
        return { id, name: makeName(r), male, y };
      }
    }
  }
  const NATION = ["汉", "汉", "汉", "汉", "汉", "汉", "畲"];
  const VIL4 = ["叶塘镇河西村", "叶塘镇新庄村", "叶塘镇洋岭村", "叶塘镇下洞村", "叶塘镇九岭村"];
  const VIL6 = ["径南镇浊水村", "径南镇陂坑村", "径南镇径南村", "径南镇黄竹坑村"];
  function readRow(p, addr, time, how, note) {
    const birth = p.id.slice(6, 14);
    if (!p.card) {
      const issueY = 2013 + Math.floor(r() * 8);
      const age = issueY - p.y;
      const issue = `${issueY}.${pad(1 + Math.floor(r() * 12), 2)}.${pad(1 + Math.floor(r() * 28), 2)}`;
      p.nation = pick(r, NATION);
      p.card = age >= 46 ? `${issue}-长期` : `${issue}-${issueY + (age < 26 ? 10 : 20)}${issue.slice(4)}`;
      p.home = addr;
    }
    return { p, addr: p.home || addr, time, how, note, birth, issue: p.card };
  }
  const rows4 = [],
    rows6 = [];
  // session 4: 2021-03-18
  const s4 = [];
  for (let i = 0; i < 19; i++) s4.push(person(1962 + Math.floor(r() * 36), r() < 0.5, i === 11 ? "441424" : REG));
  // manual entries
  let mx; // a person whose id ends with X
  for (;;) {
    const p = person(1979, false);
    if (p.id.endsWith("X")) {
      mx = p;
      break;
    }
  }
  const mNoId = { id: null, name: makeName(r), male: true, y: 1971 };
  const mLate = person(1984, true);
  let t = 8 * 3600 + 31 * 60 + 5;
  const hms = (s) => `${pad(Math.floor(s / 3600), 2)}:${pad(Math.floor((s % 3600) / 60), 2)}:${pad(s % 60, 2)}`;
  s4.forEach((p, i) => {
    rows4.push(readRow(p, pick(r, VIL4), `2021-03-18 ${hms(t)}`, "刷卡", null));
    if (i === 6) rows4.push(readRow(p, rows4[rows4.length - 1].addr, `2021-03-18 ${hms(t + 14)}`, "刷卡", "重复刷卡（同一人），不计"));
    t += 40 + Math.floor(r() * 120);
    if (i === 9) {
      rows4.push({ p: mx, manual: true, time: `2021-03-18 ${hms(t)}`, how: "手工录入", note: "身份证消磁读不出，手工录入", idText: mx.id.slice(0, 17) + "x" });
      t += 60;
    }
    if (i === 14) {
      rows4.push({ p: mNoId, manual: true, time: `2021-03-18 ${hms(t)}`, how: "手工录入", note: "未带身份证，本人口述，身份证号待补", idText: null });
      t += 60;
    }
  });
  rows4.push({
    p: mLate,
    manual: true,
    time: "2021-03-19 10:02:33",
    how: "手工录入",
    note: "3月18日到场未带证，3月19日凭身份证复印件补录",
    idText: mLate.id,
    realDate: "2021-03-18",
  });
  // session 6: 2021-05-27, four repeaters from session 4
  const s6 = [s4[2], s4[5], s4[12], mx];
  for (let i = 0; i < 13; i++) s6.push(person(1960 + Math.floor(r() * 38), r() < 0.5));
  const sp = person(1975, false);
  let t6 = 14 * 3600 + 5 * 60 + 12;
  const order6 = shuffle(r, s6);
  order6.forEach((p, i) => {
    rows6.push(readRow(p, p === mx ? "叶塘镇洋岭村" : pick(r, VIL6), `2021-05-27 ${hms(t6)}`, "刷卡", p === mx ? "第4期学员（第4期为手工录入）" : null));
    if (i === 9) rows6.push(readRow(p, rows6[rows6.length - 1].addr, `2021-05-27 ${hms(t6 + 21)}`, "刷卡", null));
    t6 += 35 + Math.floor(r() * 110);
    if (i === 12) {
      rows6.push({
        p: sp,
        manual: true,
        time: `2021-05-27 ${hms(t6)}`,
        how: "手工录入",
        note: "读卡器无响应，手工录入",
        idText: `${sp.id.slice(0, 6)} ${sp.id.slice(6, 14)} ${sp.id.slice(14)}`,
      });
      t6 += 50;
    }
  });
  const header = ["序号", "姓名", "性别", "民族", "出生日期", "住址", "公民身份号码", "签发机关", "有效期限", "读卡时间", "读卡方式", "核对备注（电商股）"];
  const staff = person(1990, true);
  const all = [
    {
      p: staff,
      addr: "兴宁市兴田街道官汕路",
      time: "2021-03-17 16:20:11",
      how: "刷卡",
      note: "设备调试（工作人员刷卡测试），非学员",
      birth: staff.id.slice(6, 14),
      issue: "2016.07.09-2026.07.09",
      staff: true,
    },
    ...rows4,
    ...rows6,
  ];
  const rows = [
    ["身份证阅读器批量读卡记录导出", null, null, null, null, null, null, null, null, null, null, null],
    [
      "设备型号：CVR-100UC　　设备编号：XN-DSZX-02　　导出时间：2021-06-02 17:35:10　　记录数：" + all.length,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ],
    [
      "电商股备注：第4期（2021年3月18日，叶塘镇）、第6期（2021年5月27日，径南镇）建档立卡贫困户电商培训报到时刷身份证代替纸质签到；未带证或读不出的手工录入。同一人同一期重复刷卡的只算一次。",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ],
    header,
  ];
  const records = [];
  all.forEach((x, k) => {
    const p = x.p;
    let idCell = x.manual ? x.idText : p.id;
    rows.push([
      k + 1,
      p.name,
      p.male ? "男" : "女",
      x.manual ? null : p.nation || "汉",
      x.manual ? null : x.birth,
      x.manual ? null : (p.fullAddr = p.fullAddr || x.addr + pick(r, ["", "", "某某组"]).replace("某某", ["上", "下", "新", "老"][k % 4]) + (1 + (k % 19)) + "号"),
      idCell,
      x.manual ? null : p.id.startsWith("441424") ? "五华县公安局" : "兴宁市公安局",
      x.manual ? null : x.issue,
      x.time,
      x.how,
      x.note,
    ]);
    const isDup = (x.note && /重复刷卡/.test(x.note)) || (k > 0 && all[k - 1].p === p && all[k - 1].time.slice(0, 10) === x.time.slice(0, 10));
    if (x.staff || isDup) return;
    records.push({ date: x.realDate || x.time.slice(0, 10), personTimes: 1, id: p.id });
  });
  rows.push([]);
  rows.push(["（以下空白）", null, null, null, null, null, null, null, null, null, null, null]);
  // five-one checks
  assert(records.length === 40, "40 trainee records, got " + records.length);
  records.forEach((rec) => assert(rec.id === null || validId(rec.id), "valid id " + rec.id));
  const note = {
    name: "说明",
    rows: [
      ["关于培训读卡记录的说明"],
      ["1.2021年3月起，市电商公共服务中心在贫困户专场培训报到处使用身份证阅读器刷卡签到，代替纸质签到表。"],
      ["2.导出表中“出生日期”“有效期限”是身份证上的信息，不是培训日期；培训日期以读卡时间为准，手工补录的以备注为准。"],
      ["3.第5期（2021年4月）读卡器故障，改用纸质签到，签到表另见第5期档案盒。"],
      ["兴宁市商务局电商股　2021年6月3日"],
    ],
  };
  return {
    description:
      "兴宁市（梅州）商务局电商股交来的贫困户专场培训签到不是签到表，而是报到处身份证阅读器（CVR-100UC）的批量读卡记录导出：表头上方是设备信息和电商股备注，列为 序号|姓名|性别|民族|出生日期（“19680312”文本）|住址|公民身份号码|签发机关|有效期限（“2012.05.10-2032.05.10”“2011.08.03-长期”）|读卡时间（“2021-03-18 08:31:05”文本）|读卡方式|核对备注；两期（3月18日叶塘镇、5月27日径南镇）按读卡时间排在一张表里。第一行是前一天工作人员刷卡测试（不是学员）；同一人连刷两次的有一处标了“重复刷卡”、一处没标（同一期相邻两行同证号，只算一次）；手工录入的有身份证末位小写x、6-8-4分段带空格、未带证无号码（仍是到场学员）、次日补录（读卡时间3月19日，备注写明3月18日到场，按3月18日）；一名学员两期都来（算2人次）；外县（五华）证号一人；另有“说明”页（非台账）。",
    sheets: [{ name: "读卡记录", rows, merges: ["A1:L1", "A2:L2", "A3:L3"] }, note],
    expect: {
      sheets: {
        读卡记录: { kind: "training", records },
        说明: { kind: null },
      },
    },
  };
}

// ======================================================================
// 5. ledgers/b68-l2-haifeng.json — 资金支付数据透视表 + 务工月度监测
// ======================================================================
function buildHaifeng() {
  const r = rng(6821);
  const REG = "441521";
  const pay = [
    [
      "广东海丰县电商发展有限公司",
      [
        [D("2020-07-15"), 850000],
        [D("2020-12-18"), 420000],
        [D("2021-06-10"), 180000],
      ],
    ],
    ["广东粤东冷链物流有限公司", [[D("2021-05-20"), 238000]]],
    ["海丰县丰源农业科技有限公司", [[D("2021-08-27"), 146000]]],
    [
      "海丰县邮政分公司",
      [
        [D("2020-09-22"), 560000],
        ["2021.3.26", 310000],
      ],
    ],
    [
      "汕尾市智联网络科技有限公司",
      [
        [D("2020-11-30"), 96500],
        [D("2021-04-28"), 128700],
        [D("2021-09-14"), 85300],
      ],
    ],
    ["(空白)", [[D("2021-01-15"), 36800]]],
  ];
  const rows = [
    ["海丰县省级电子商务进农村综合示范专项资金支付情况（数据透视）", null, null, null],
    [
      "注：数据透视表已“选择性粘贴—数值”，数据源为财务股《专项资金支付明细》（2021年9月20日导出）；“(空白)”为明细中承建单位未填的一笔（培训场地租金）。",
      null,
      null,
      null,
    ],
    [],
    ["资金来源", "省级专项资金", null, null],
    ["项目类别", "(全部)", null, null],
    [],
    ["承建单位", "支付日期", "求和项:支付金额（元）", "计数项:凭证号"],
  ];
  const records = [];
  let total = 0,
    cnt = 0;
  pay.forEach(([who, list]) => {
    let sub = 0;
    list.forEach(([d, amt], i) => {
      rows.push([i === 0 ? who : null, d, amt, 1]);
      records.push({ date: typeof d === "string" ? "2021-03-26" : d.date, amount: amt });
      sub += amt;
    });
    rows.push([`${who} 汇总`, null, sub, list.length]);
    total += sub;
    cnt += list.length;
  });
  rows.push(["总计", null, total, cnt]);
  assert(total === 3051300, "pivot total");

  // ---- monitoring sheet ----
  const M = ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月"];
  const used = new Set();
  function pid(y, male) {
    for (;;) {
      let seq = 100 + Math.floor(r() * 890);
      if ((seq % 2 === 1) !== male) seq++;
      const id = makeId(REG, y, 1 + Math.floor(r() * 12), 1 + Math.floor(r() * 28), seq);
      if (!used.has(id)) {
        used.add(id);
        return id;
      }
    }
  }
  const rep = (c, n) => Array(n).fill(c);
  // [labour type, statuses Jan..Sep, note]
  const P = {
    homeAll: ["普通劳动力", rep("D", 9)],
    outAll: ["技能劳动力", rep("A", 9)],
    outProv: ["普通劳动力", rep("B", 9)],
    leftJul: ["普通劳动力", [...rep("D", 6), "A", "A", "A"], "7月到深圳务工"],
    backAug: ["普通劳动力", [...rep("A", 7), "D", "D"], "8月返乡照顾老人"],
    leftSep: ["普通劳动力", [...rep("D", 8), "B"], "9月初外出"],
    backSep: ["技能劳动力", [...rep("A", 8), "C"], null],
    county: ["弱劳动力", rep("C", 9), "公益性岗位"],
    half: ["半劳动力", rep("D", 9), null],
    lost: ["丧失劳动力", rep("—", 9), null],
    none: ["无劳动力", rep("—", 9), null],
    student: ["无劳动力（在校生）", rep("—", 9), "在校生"],
  };
  const plan = [
    ["新联村", ["homeAll", "outAll", "leftJul", "county", "lost", "outProv", "homeAll", "backAug", "none"]],
    ["大溪村", ["outAll", "homeAll", "leftSep", "half", "student", "outProv", "backSep", "homeAll"]],
    ["田墘村", ["homeAll", "outAll", "none", "county", "outAll", "leftJul", "homeAll", "lost", "backAug"]],
  ];
  const header1 = ["序号", "村", "姓名", "公民身份号码", "劳动力类型", "2021年务工状态（每月末）", null, null, null, null, null, null, null, null, "备注"];
  const header2 = [null, null, null, null, null, ...M, null];
  const rows2 = [
    ["海丰县公平镇2021年脱贫人口（建档立卡）劳动力务工就业月度监测表", ...rep(null, 14)],
    ["填报单位：公平镇乡村振兴办　　　代码：A＝县外省内务工　B＝省外务工　C＝县内务工　D＝未务工（在家）　—＝非劳动力，不监测", ...rep(null, 14)],
    header1,
    header2,
  ];
  const recs2 = [];
  let n = 0;
  plan.forEach(([vil, keys]) => {
    keys.forEach((key) => {
      const [lab, st, note] = P[key];
      const isLab = !/丧失|无劳动力/.test(lab);
      const y = !isLab ? (key === "student" ? 2005 : 1940 + Math.floor(r() * 15)) : 1966 + Math.floor(r() * 32);
      const male = r() < 0.5;
      const id = pid(y, male);
      n++;
      const stCells = st.map((c, i) => (n % 5 === 2 && c === "D" && i < 3 ? "D " : c));
      rows2.push([n, vil, makeName(r), id, lab, ...stCells, note || null]);
      const aug = st[7];
      recs2.push({ id, labour: isLab, migrant: isLab ? aug === "A" || aug === "B" : null });
    });
    rows2.push([`小计：${vil}`, null, `${keys.length}人`, ...rep(null, 12)]);
  });
  rows2.push([]);
  rows2.push(["注：考评以2021年8月末状态为准；9月份为迎检前补充监测，仅供参考。外出务工指A、B两类。", ...rep(null, 14)]);
  rows2.push(["填表人：蔡××　　审核：公平镇乡村振兴办（盖章）　　2021年9月10日", ...rep(null, 14)]);
  const merges2 = ["A1:O1", "A2:O2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:N3", "O3:O4"];
  const nLab = recs2.filter((x) => x.labour).length;
  const nMig = recs2.filter((x) => x.migrant).length;
  assert(recs2.length === 26, "26 persons");
  return {
    description:
      "海丰县（汕尾）商务局电商股交的两张表：①《专项资金支付情况（数据透视）》是财务股明细做的数据透视表“选择性粘贴—数值”后的样子：表头上方两行报表筛选（资金来源|省级专项资金、项目类别|(全部)），表格形式的行标签“承建单位|支付日期”，承建单位只在每组第一行，每组后有“××公司 汇总”行、最后“总计”行（都不是记录），值列“求和项:支付金额（元）”和“计数项:凭证号”（计数不是金额）；日期是真日期，一笔源数据是文本“2021.3.26”；一组承建单位是“(空白)”（仍是一笔拨付）；有一笔2021-09-14在截止日后（仍是记录）。②公平镇乡村振兴办的《脱贫人口劳动力务工就业月度监测表》：两行表头，“2021年务工状态（每月末）”合并在1月—9月九列之上，格内只填代码A/B/C/D/—（含义在第2行），劳动力类型有普通/技能/弱/半劳动力（有劳动能力）和丧失劳动力/无劳动力/在校生（无）；是否外出务工按8月末状态（表下注写明9月为迎检补充监测）——7月外出的算外出，8月返乡的不算，9月才外出的不算；每村“小计”行不是记录。",
    sheets: [
      { name: "资金支付透视", rows, merges: ["A1:D1", "A2:D2"] },
      { name: "务工监测（公平镇）", rows: rows2, merges: merges2 },
    ],
    expect: {
      sheets: {
        资金支付透视: { kind: "funds", records },
        "务工监测（公平镇）": { kind: "poorPersons", records: recs2 },
      },
    },
    _check: { nLab, nMig },
  };
}

// ======================================================================
// 6. ledgers/b68-l3-lianzhou.json — 粤政易数据报送任务导出 + 信息发布审批登记簿
// ======================================================================
function buildLianzhou() {
  const QY = "清远市商务局";
  // [任务名称, 发布单位, 发布人, 发布时间, 截止时间, 状态, 提交时间, 退回次数, 备注, record?]
  const T = [
    ["关于报送2021年9月电子商务进农村综合示范工作进展情况的通知", QY, "陈××", "2021-09-06 09:02", "2021-09-30 18:00", "待办", null, 0, null, false],
    ["关于报送2021年8月电子商务进农村综合示范工作进展情况的通知", QY, "陈××", "2021-08-25 09:10", "2021-08-31 18:00", "已提交", "2021-08-30 17:42", 0, null, true],
    ["关于报送2021年7月电子商务进农村工作进展及电商扶贫数据的通知", QY, "陈××", "2021-07-23 15:31", "2021-07-30 18:00", "已提交", "2021-07-29 11:06", 0, null, true],
    ["关于报送2021年上半年重点工作完成情况的通知", "连州市人民政府办公室", "周××", "2021-06-28 10:20", "2021-07-05 12:00", "已提交", "2021-07-05 09:48", 0, null, false],
    [
      "关于报送2021年6月电子商务进农村综合示范工作进展情况的通知",
      QY,
      "陈××",
      "2021-06-24 16:05",
      "2021-06-30 18:00",
      "逾期提交",
      "2021-07-02 10:15",
      0,
      "系统升级，7月2日补报",
      true,
    ],
    ["关于报送2021年5月电子商务进农村综合示范工作进展情况的通知", QY, "陈××", "2021-05-25 09:33", "2021-05-31 18:00", "已提交", "2021-05-31 16:20", 0, null, true],
    ["关于报送2021年4月电子商务进农村工作进展及电商扶贫数据的通知", QY, "陈××", "2021-04-22 14:48", "2021-04-30 18:00", "已提交", "2021-04-29 15:37", 0, null, true],
    ["关于报送2021年3月电子商务进农村综合示范工作进展情况的通知", QY, "陈××", "2021-03-24 10:12", "2021-03-31 18:00", "已提交", "2021-03-31 09:55", 0, null, true],
    ["关于报送2021年2月电子商务进农村综合示范工作进展情况的通知", QY, "陈××", "2021-02-22 11:40", "2021-02-26 18:00", "已截止（未提交）", null, 0, null, false],
    ["关于报送2021年春节期间生活必需品市场保供情况的通知", QY, "何××", "2021-02-05 17:26", "2021-02-18 12:00", "已提交", "2021-02-18 10:31", 0, null, false],
    ["关于报送2021年1月电子商务进农村综合示范工作进展情况的通知", QY, "陈××", "2021-01-22 09:05", "2021-01-29 18:00", "已提交", "2021-02-01 09:30", 1, null, true],
    ["关于报送2020年12月电子商务进农村工作进展及电商扶贫数据的通知", QY, "陈××", "2020-12-23 10:30", "2020-12-31 12:00", "已提交", "2020-12-30 16:52", 0, null, true],
    ["关于报送2020年11月电子商务进农村综合示范工作进展情况的通知", QY, "陈××", "2020-11-24 09:18", "2020-11-30 18:00", "已提交", "2020-11-30 11:14", 0, null, true],
    ["关于报送2020年10月电子商务进农村工作进展及电商扶贫数据的通知", QY, "陈××", "2020-10-23 14:02", "2020-10-30 18:00", "已提交", "2020-10-30 17:05", 0, null, true],
    ["关于报送2020年9月电子商务进农村综合示范工作进展情况的通知", QY, "陈××", "2020-09-23 08:56", "2020-09-30 12:00", "已提交", "2020-09-29 10:12", 0, null, true],
  ];
  const rows = [
    ["粤政易·数据报送｜我的任务（已办＋待办）导出", null, null, null, null, null, null, null, null, null],
    [
      "导出账号：连州市商务局 电商股 李××　　导出时间：2021-09-08 16:22:05　　筛选条件：全部发布单位、全部状态　　排序：发布时间（降序）",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ],
    ["序号", "任务名称", "发布单位", "发布人", "发布时间", "截止时间", "任务状态", "提交时间", "退回次数", "备注"],
  ];
  const recs = [];
  T.forEach((t, k) => {
    rows.push([k + 1, t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8]]);
    if (t[9]) recs.push({ date: t[6].slice(0, 10), poverty: /扶贫/.test(t[0]) ? true : null });
  });
  assert(recs.length === 11, "11 reports");

  const QT = "电子商务进农村综合示范专栏";
  // [编号, 标题, 栏目, 拟稿人, 保密审查, 审核人, 审批日期, 发布日期, 备注, record]
  const G = [
    ["LZSW-2020-031", "连州市电子商务进农村综合示范县工作方案", QT, "李××", "无涉密", "冯××", "2020.6.8", "2020.6.10", null],
    ["LZSW-2020-036", "连州市商务局2020年上半年工作总结", "部门动态", "钟××", "无涉密", "冯××", "2020.7.3", "2020.7.3", null],
    ["LZSW-2020-039", "连州市电子商务进农村综合示范项目基本信息公示", QT, "李××", "无涉密", "冯××", "2020.7.14", D("2020-07-15"), null],
    ["LZSW-2020-047", "8月份示范项目建设进度", "电商专栏", "李××", "无涉密", "冯××", "2020.9.10", "2020.9.11", null],
    ["LZSW-2020-049", "关于开展2020年“家电下乡”促消费活动的通知", "通知公告", "钟××", "无涉密", "冯××", "2020.9.25", "2020.9.27", null],
    ["LZSW-2020-053", "9月份示范项目建设进度", "电商专栏", "李××", "无涉密", "冯××", "2020.10.13", "2020年10月14日", null],
    ["LZSW-2020-058", "10月份示范项目建设进度", "电商专栏", "李××", "无涉密", "冯××", "2020.11.12", "2020.11.12", null],
    ["LZSW-2020-064", "11月份示范项目建设进度", "电商专栏", "李××", "无涉密", "冯××", "2020.12.10", D("2020-12-11"), null],
    ["LZSW-2021-002", "12月份示范项目建设进度", "电商专栏", "李××", "无涉密", "冯××", "2021.1.11", "2021.1.12", null],
    ["LZSW-2021-005", "关于征集农村快递“最后一公里”问题线索的公告", QT, "李××", "无涉密", "冯××", "2021.1.20", null, "撤稿，未发布"],
    ["LZSW-2021-011", "1—2月份示范项目建设进度", "电商专栏", "李××", "无涉密", "冯××", "2021.2.26", "2021.3.2", "春节后发布"],
    ["LZSW-2021-013", "连州市商务局开展“双节”市场保供检查", "部门动态", "钟××", "无涉密", "冯××", "2021.3.5", "2021.3.5", null],
    ["LZSW-2021-019", "3月份示范项目建设进度", "电商专栏", "李××", "无涉密", "冯××", "2021.4.12", "2021.4.13", null],
    ["LZSW-2021-024", "4月份示范项目建设进度", "电商专栏", "李××", "无涉密", "冯××", "2021.5.10", "2021.5.11", null],
    ["LZSW-2021-030", "5月份示范项目建设进度", "电商专栏", "李××", "无涉密", "冯××", "2021.6.9", D("2021-06-09"), null],
    ["LZSW-2021-035", "6月份示范项目建设进度", "电商专栏", "李××", "无涉密", "冯××", "2021.7.12", "2021.7.12", null],
    ["LZSW-2021-041", "7月份示范项目建设进度", "电商专栏", "李××", "无涉密", "冯××", "2021.8.10", "2021年8月10日", null],
    ["LZSW-2021-046", "8月份示范项目建设进度", "电商专栏", "李××", "无涉密", "冯××", "2021.8.31", "2021.9.1", null],
  ];
  const rows2 = [
    ["连州市商务局政府信息发布审批登记簿", null, null, null, null, null, null, null, null],
    ["说明：“电商专栏”即市政府网“电子商务进农村综合示范专栏”。审批日期为签发日，发布日期以网站实际发布为准。", null, null, null, null, null, null, null, null],
    ["编号", "信息标题", "拟发布栏目", "拟稿人", "保密审查", "审核（签发）人", "审批日期", "发布日期", "备注"],
  ];
  const recs2 = [];
  const toIso = (v) => {
    if (typeof v === "object") return v.date;
    const m = v.match(/^(\d{4})[.年](\d{1,2})[.月](\d{1,2})日?$/);
    return `${m[1]}-${pad(m[2], 2)}-${pad(m[3], 2)}`;
  };
  G.forEach((g) => {
    rows2.push(g);
    if ((g[2] === QT || g[2] === "电商专栏") && g[7]) recs2.push({ date: toIso(g[7]) });
  });
  assert(recs2.length === 14, "14 column updates, got " + recs2.length);
  const note = {
    name: "说明",
    rows: [
      ["报送及公开情况说明"],
      ["1.2020年9月起，清远市商务局通过粤政易“数据报送”下发每月报送任务，我局在线填报提交，不再另行发文。本表为粤政易导出原样。"],
      ["2.2021年2月任务因春节假期未按时提交，2月情况在3月报送中一并说明。"],
      ["3.专栏信息发布须经保密审查和局领导签发，登记簿由办公室保管。"],
    ],
  };
  return {
    description:
      "连州市（清远）商务局电商股交的两张“系统里的表”：①粤政易“数据报送｜我的任务”导出当月报台账：表头上方是导出账号、时间、筛选和“排序：发布时间（降序）”，列为 序号|任务名称|发布单位|发布人|发布时间|截止时间|任务状态|提交时间|退回次数|备注（时间都是“2021-08-30 17:42”文本），按发布时间倒序；只有清远市商务局发布的电商进农村月报任务且已提交（含逾期提交、退回后再提交）的才是报送，报送日期取提交时间（6月任务7月2日才交、1月任务2月1日交）；待办的9月任务、“已截止（未提交）”的2月任务、市商务局的春节保供任务、市政府办的上半年重点工作任务都不是；是否含扶贫统计只看任务名称（写了“电商扶贫数据”的为是，没写的不确定）。②《政府信息发布审批登记簿》当专栏更新记录：编号|信息标题|拟发布栏目|拟稿人|保密审查|审核（签发）人|审批日期|发布日期|备注，栏目写全称或“电商专栏”（表头下说明两者是同一栏目），“部门动态”“通知公告”栏目的不是；更新日期取发布日期而非审批日期（1—2月进度2月26日签发、3月2日发布；8月进度9月1日发布）；撤稿未发布的一条不是；另有“说明”页。",
    sheets: [{ name: "粤政易任务导出", rows, merges: ["A1:J1", "A2:J2"] }, { name: "信息发布审批登记", rows: rows2, merges: ["A1:I1", "A2:I2"] }, note],
    expect: {
      sheets: {
        粤政易任务导出: { kind: "reports", records: recs },
        信息发布审批登记: { kind: "disclosures", records: recs2 },
        说明: { kind: null },
      },
    },
  };
}

// ======================================================================
// main
// ======================================================================
const out = [];
const dabu = buildDabu();
out.push(write("counties/b68-c1-dabu.json", dabu));
out.push(write("facts/b68-f1-longchuan.json", buildLongchuan()));
out.push(write("facts/b68-f2-xinfeng.json", buildXinfeng()));
out.push(write("ledgers/b68-l1-xingning.json", buildXingning()));
const hf = buildHaifeng();
delete hf._check;
out.push(write("ledgers/b68-l2-haifeng.json", hf));
out.push(write("ledgers/b68-l3-lianzhou.json", buildLianzhou()));
for (const f of out) console.log("wrote", path.relative(process.cwd(), f));
