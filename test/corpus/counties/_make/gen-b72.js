"use strict";
// Batch 72 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
"use strict";
// Batch 72 blind layout cases: one county workbook (惠来县), two facts sheets (连南, 清新),
// three ledger cases (惠来, 阳山, 连南). Deterministic: no clock, no randomness except a seeded PRNG.
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
function pick(r, arr) { return arr[Math.floor(r() * arr.length)]; }
function assert(cond, msg) { if (!cond) throw new Error("assertion failed: " + msg); }
function colName(n) { // 0-based
  let s = "";
  n += 1;
  while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); }
  return s;
}
const D = (iso) => ({ date: iso });
function pad2(n) { return String(n).padStart(2, "0"); }
function weekdayCn(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return "日一二三四五六"[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
}
function cnDate(iso) { const [y, m, d] = iso.split("-").map(Number); return `${y}年${m}月${d}日`; }
function dotDate(iso) { const [y, m, d] = iso.split("-").map(Number); return `${y}.${m}.${d}`; }
function fmtThousands(n, dec) {
  const neg = n < 0; n = Math.abs(n);
  let s = dec ? n.toFixed(dec) : String(n);
  let [i, f] = s.split(".");
  i = i.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return (neg ? "-" : "") + i + (f ? "." + f : "");
}

// ID numbers (GB 11643) and unified social credit codes (GB 32100) with real check characters
function idCheck(id17) {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(id17[i]) * w[i];
  return "10X98765432"[s % 11];
}
function makeId(area, birth, seq) { const b = area + birth + seq; return b + idCheck(b); }
const USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
function usccCheck(s17) {
  const w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  let s = 0;
  for (let i = 0; i < 17; i++) s += USCC_CHARS.indexOf(s17[i]) * w[i];
  const c = 31 - (s % 31);
  return USCC_CHARS[c === 31 ? 0 : c];
}
function makeUscc(r, area, kind) {
  let body = "9" + kind + area;
  for (let i = 0; i < 9; i++) body += i < 2 ? pick(r, ["M", "A", "5"]) : USCC_CHARS[Math.floor(r() * 31)];
  return body + usccCheck(body);
}

class Sheet {
  constructor(name, width) { this.name = name; this.width = width; this.rows = []; this.merges = []; }
  get next() { return this.rows.length + 1; } // Excel row number of the next row
  row(cells) {
    const r = cells.slice();
    while (r.length < this.width) r.push(null);
    this.rows.push(r);
    return this.rows.length;
  }
  blank() { return this.row([]); }
  // one text across columns [c0, c1] (0-based) of a new row
  band(text, c0 = 0, c1 = this.width - 1) {
    const cells = [];
    cells[c0] = text;
    const n = this.row(cells);
    if (c1 > c0) this.merge(`${colName(c0)}${n}:${colName(c1)}${n}`);
    return n;
  }
  merge(ref) { this.merges.push(ref); }
  toJSON() {
    const o = { name: this.name, rows: this.rows };
    if (this.merges.length) o.merges = this.merges;
    if (this.hidden) o.hidden = true;
    return o;
  }
}

function parseRef(ref) {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  const col = (s) => s.split("").reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { c0: col(m[1]), r0: Number(m[2]), c1: col(m[3]), r1: Number(m[4]) };
}
function checkSheets(sheets) {
  for (const s of sheets) {
    const seen = new Set();
    const boxes = [];
    for (const ref of s.merges || []) {
      assert(!seen.has(ref), `${s.name}: duplicate merge ${ref}`);
      seen.add(ref);
      const b = parseRef(ref);
      assert(b.c1 >= b.c0 && b.r1 >= b.r0 && (b.c1 > b.c0 || b.r1 > b.r0), `${s.name}: bad merge ${ref}`);
      for (const o of boxes) {
        const overlap = b.c0 <= o.c1 && o.c0 <= b.c1 && b.r0 <= o.r1 && o.r0 <= b.r1;
        assert(!overlap, `${s.name}: overlapping merges ${ref} / ${o.ref}`);
      }
      boxes.push({ ...b, ref });
      assert(b.r1 <= s.rows.length, `${s.name}: merge ${ref} beyond last row`);
    }
  }
}

function write(sub, file, obj) {
  checkSheets(obj.sheets);
  const dir = path.join(ROOT, sub);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, file), JSON.stringify(obj, null, 2) + "\n", "utf8");
}

// person-name pools
const SURNAMES_TEOCHEW = ["陈", "林", "黄", "郑", "吴", "李", "许", "蔡", "方", "杨", "张", "王", "刘", "周", "洪", "庄", "苏", "谢", "詹", "翁", "曾", "彭", "朱", "江"];
const SURNAMES_NORTH = ["邓", "黄", "李", "陈", "梁", "欧", "莫", "冯", "罗", "朱", "范", "潘", "曾", "何", "成", "钟", "刘", "谭", "房", "卢"];
const GIVEN_M = ["建华", "志强", "伟东", "国平", "俊杰", "少鹏", "楚雄", "锦辉", "文斌", "泽林", "海波", "德明", "振兴", "家乐", "永安", "锐锋", "炳坤", "汉荣", "树生", "庆丰", "桂华", "伟明", "亚龙", "冬生", "晓峰", "初阳", "泽鹏", "耀宗", "志雄", "润发"];
const GIVEN_F = ["丽珍", "秀娟", "美玲", "晓燕", "惠芳", "少红", "佩珊", "丹丹", "燕珊", "淑贞", "春梅", "秀英", "金凤", "海燕", "丽纯", "妙玲", "婉婷", "雪梅", "桂英", "月娥", "小玲", "玉兰", "细妹", "碧霞", "巧玲", "素芬"];

// =====================================================================================
// COUNTY: 惠来县 — facts sheet is the county government's 专题会议纪要 typed into Excel
// =====================================================================================
function buildHuilaiCounty() {
  const r = rng(72001);
  const TOWNS = [
    ["惠城镇", 28, 12], ["华湖镇", 16, 2], ["仙庵镇", 22, 2], ["靖海镇", 18, 2], ["周田镇", 20, 2],
    ["前詹镇", 15, 2], ["神泉镇", 14, 2], ["东陇镇", 24, 2], ["岐石镇", 20, 2], ["隆江镇", 30, 3],
    ["溪西镇", 22, 2], ["鳌江镇", 24, 2], ["东港镇", 16, 1], ["葵潭镇", 43, 2],
  ];
  const POOR_PER_TOWN = { "葵潭镇": 10, "隆江镇": 6, "仙庵镇": 5, "东港镇": 4, "鳌江镇": 4, "周田镇": 3, "岐石镇": 3, "溪西镇": 3 };
  const PRE = ["东", "西", "南", "北", "上", "下", "新", "前", "后", "顶", "溪", "港", "林", "陈", "黄", "李", "吴", "方", "郑", "许", "蔡", "洪", "石", "赤", "青", "龙", "凤", "白", "金", "玉", "长", "高", "大", "美", "岭", "沙", "竹", "桥", "柑", "梅", "松", "田", "圳", "洲", "坎"];
  const SUF = ["埔", "寮", "厝", "洋", "头", "尾", "田", "坑", "美", "陇", "塘", "园", "港", "湖", "溪", "山", "门", "林", "乡", "围", "墩", "沟", "岭", "浦", "寨", "楼", "内", "畔", "口", "湾"];
  const STEMS = TOWNS.map((t) => t[0].slice(0, 2));
  const used = new Set();
  function villageName() {
    for (;;) {
      const p = pick(r, PRE), s = pick(r, SUF);
      if (p === s) continue;
      const stem = p + s;
      if (used.has(stem) || STEMS.includes(stem) || ["东门", "西门", "南门", "北门", "港口", "葵潭"].includes(stem)) continue;
      used.add(stem);
      return stem + "村";
    }
  }
  const villages = []; // {town, name, admin, poor, express}
  for (const [town, nAdmin, nComm] of TOWNS) {
    const stem = town.slice(0, 2);
    for (let i = 0; i < nAdmin; i++) villages.push({ town, name: villageName(), admin: true, poor: false, express: true });
    let comm;
    if (town === "惠城镇") comm = ["东门社区", "西门社区", "南门社区", "北门社区", "城东社区", "城西社区", "城南社区", "城北社区", "惠和社区", "惠安社区", "惠新社区", "侨联社区"];
    else comm = [stem + "社区", stem[0] + "新社区", stem[0] + "兴社区"].slice(0, nComm);
    for (const c of comm) villages.push({ town, name: c, admin: false, poor: null, express: null });
  }
  const admins = villages.filter((v) => v.admin);
  const comms = villages.filter((v) => !v.admin);
  assert(admins.length === 312 && comms.length === 38, "village counts " + admins.length + "/" + comms.length);
  // poor villages: the first n admin villages of each listed town after a deterministic shuffle
  for (const [town, n] of Object.entries(POOR_PER_TOWN)) {
    const vs = admins.filter((v) => v.town === town);
    const order = vs.map((v, i) => ({ v, k: r() })).sort((a, b) => a.k - b.k).map((o) => o.v);
    order.slice(0, n).forEach((v) => (v.poor = true));
  }
  const poor = admins.filter((v) => v.poor);
  assert(poor.length === 38, "38 poor villages");

  // covered admin villages: all poor + 102 non-poor, spread over towns
  const nonPoor = admins.filter((v) => !v.poor);
  const np = nonPoor.map((v) => ({ v, k: r() })).sort((a, b) => a.k - b.k).map((o) => o.v);
  const coveredNonPoor = new Set(np.slice(0, 102));
  const uncovered = np.slice(102);
  for (const v of admins) v.covered = v.poor || coveredNonPoor.has(v);
  assert(admins.filter((v) => v.covered).length === 140, "140 covered");
  // express: one uncovered 葵潭 village is not reached
  const noExpress = uncovered.find((v) => v.town === "葵潭镇");
  noExpress.express = false;
  // Sept stations: two uncovered villages in other towns
  const septVillages = [uncovered.find((v) => v.town === "神泉镇"), uncovered.find((v) => v.town === "岐石镇")];
  assert(septVillages.every(Boolean) && !septVillages.includes(noExpress), "sept villages");
  // variant-name stations: one poor village in 葵潭 (村民委员会), one non-poor covered in 隆江 (村委会)
  const variantPoor = admins.find((v) => v.town === "葵潭镇" && v.poor);
  const variantPlain = admins.find((v) => v.town === "隆江镇" && v.covered && !v.poor);
  // second stations in three covered villages
  const seconds = [
    admins.find((v) => v.town === "隆江镇" && v.covered && v !== variantPlain),
    admins.find((v) => v.town === "神泉镇" && v.covered),
    admins.find((v) => v.town === "葵潭镇" && v.covered && v !== variantPoor),
  ];

  // ---------- stations
  const stationRows = []; // {town, name, village, leader, phone, opened(cell), note, countsIso}
  const batchDates = {
    1: ["2020-05-28", "2020-06-12", "2020-06-19", "2020-07-03", "2020-07-16", "2020-07-24"],
    2: ["2020-10-16", "2020-10-30", "2020-11-13", "2020-11-27", "2020-12-11", "2020-12-18"],
    3: ["2021-03-12", "2021-03-26", "2021-04-16", "2021-04-30", "2021-05-21", "2021-06-11"],
    4: ["2021-07-09", "2021-07-23", "2021-08-13", "2021-08-27"],
  };
  let textToggle = 0;
  function openedCell(iso) {
    textToggle++;
    if (textToggle % 11 === 0) return dotDate(iso);
    if (textToggle % 17 === 0) return cnDate(iso);
    return D(iso);
  }
  function person(rr, surnames) {
    const male = rr() < 0.7;
    return pick(rr, surnames) + pick(rr, male ? GIVEN_M : GIVEN_F);
  }
  function phone(rr) {
    return pick(rr, ["135", "136", "137", "138", "139", "150", "158", "188", "189", "133"]) + "****" + String(Math.floor(rr() * 10000)).padStart(4, "0");
  }
  let idx = 0;
  for (const [town] of TOWNS) {
    const inTown = admins.filter((v) => v.town === town && v.covered);
    for (const v of inTown) {
      idx++;
      const batch = v.poor ? (idx % 3 === 0 ? 2 : 1) : 1 + (idx % 4);
      const iso = pick(r, batchDates[batch]);
      let village = v.name;
      if (v === variantPoor) village = v.name.replace(/村$/, "") + "村民委员会";
      if (v === variantPlain) village = v.name.replace(/村$/, "") + "村委会";
      const kind = pick(r, ["电商服务站", "电商服务站", "电商服务站", "邮乐购电商服务站", "益农电商服务站"]);
      const row = { town, name: v.name + kind, village, leader: person(r, SURNAMES_TEOCHEW), phone: phone(r), opened: openedCell(iso), iso, note: null };
      if (idx === 37) { row.opened = "2020年10月"; row.iso = "2020-10"; row.note = "镇报只写到月"; }
      stationRows.push(row);
      const sec = seconds.indexOf(v);
      if (sec >= 0) {
        const iso2 = ["2021-04-16", "2021-05-21", "2021-06-11"][sec];
        const nm = ["隆江猪脚电商服务点", "海产品电商服务点", "菠萝电商服务点"][sec];
        stationRows.push({ town, name: v.name.replace(/村$/, "") + nm, village: v.name, leader: person(r, SURNAMES_TEOCHEW), phone: phone(r), opened: D(iso2), iso: iso2, note: "同村第二个站点" });
      }
    }
    // community stations / farm / Sept stations at the end of their town
    if (town === "惠城镇") stationRows.push({ town, name: "东门社区电商服务站", village: "东门社区", leader: person(r, SURNAMES_TEOCHEW), phone: phone(r), opened: D("2020-11-13"), iso: "2020-11-13", note: "社区站点" });
    if (town === "葵潭镇") {
      stationRows.push({ town, name: "葵潭社区电商服务站", village: "葵潭社区", leader: person(r, SURNAMES_TEOCHEW), phone: phone(r), opened: D("2021-03-26"), iso: "2021-03-26", note: "社区站点" });
      stationRows.push({ town, name: "葵潭农场电商服务点", village: "葵潭农场", leader: person(r, SURNAMES_TEOCHEW), phone: phone(r), opened: "2021.5.21", iso: "2021-05-21", note: "农场职工生活区" });
    }
    if (town === "神泉镇") stationRows.push({ town, name: septVillages[0].name + "电商服务站", village: septVillages[0].name, leader: person(r, SURNAMES_TEOCHEW), phone: phone(r), opened: D("2021-09-06"), iso: "2021-09-06", note: "第五批（9月挂牌）" });
    if (town === "岐石镇") stationRows.push({ town, name: septVillages[1].name + "电商服务站", village: septVillages[1].name, leader: person(r, SURNAMES_TEOCHEW), phone: phone(r), opened: "2021年9月18日", iso: "2021-09-18", note: "第五批（9月挂牌）" });
  }
  assert(stationRows.length === 148, "148 station rows, got " + stationRows.length);
  // independent recount of coverage from the rows themselves
  const norm = (s) => s.replace(/(村民委员会|村委会|村)$/, "");
  const adminByStem = new Map(admins.map((v) => [norm(v.name), v]));
  const cov = new Set(), covPoor = new Set();
  for (const s of stationRows) {
    if (!/^\d{4}-\d{2}(-\d{2})?$/.test(s.iso) || s.iso > "2021-08-31") continue;
    const v = adminByStem.get(norm(s.village));
    if (!v || !admins.includes(v) || s.village.endsWith("社区")) continue;
    cov.add(v); if (v.poor) covPoor.add(v);
  }
  assert(cov.size === 140 && covPoor.size === 38, `coverage recount ${cov.size}/${covPoor.size}`);

  // ---------- training sessions (one row per session; 男 | 女 | 合计 person-times)
  const T = [
    ["2020-06-18", "县职业技术学校", "农村电商基础知识", "镇村干部、站点负责人", 86, 0],
    ["2020.7.9", "隆江镇政府会议室", "网店开设与运营", "农户、返乡青年", 116, 0],
    ["2020年7月23日", "葵潭镇文化站", "电商扶贫专场：手机开店", "建档立卡贫困户", 119, 1],
    ["2020-08-13", "东陇镇政府会议室", "农产品网络营销", "农户、合作社", 98, 0],
    ["2020-08-27", "神泉镇渔业服务中心", "海产品网销与包装", "渔民、个体户", 124, 0],
    ["2020-09-10", "惠城镇文化中心", "直播带货入门", "个体户、青年", 131, 0],
    ["2020-09-24", "仙庵镇文化站", "电商扶贫专场：微信小店", "建档立卡贫困户", 103, 1],
    ["2020-10-15", "岐石镇政府会议室", "社交电商运营", "农户、返乡青年", 97, 0],
    ["2020-10-29", "周田镇文化站", "电商扶贫专场：农产品上行", "建档立卡贫困户", 112, 1],
    ["2020.11.5", "华湖镇政府会议室", "网店开设与运营", "农户、个体户", 151, 0],
    ["2020-11-12", "靖海镇文化站", "海鲜干货网销", "渔民、个体户", 108, 0],
    ["2020-11-26", "县电子商务公共服务中心", "站点业务培训（第一轮）", "村级站点负责人", 146, 0],
    ["2020-12-10", "溪西镇文化站", "电商扶贫专场：手机拍照修图", "建档立卡贫困户", 121, 1],
    ["2020-12-17", "县电子商务公共服务中心", "电商客服与售后", "电商企业员工", 84, 0],
    ["2020-12-24", "前詹镇政府会议室", "短视频拍摄剪辑", "青年、个体户", 93, 0],
    ["2021-01-07", "县电子商务公共服务中心", "年货节线上营销", "电商企业、个体户", 128, 0],
    ["2021年1月21日", "鳌江镇文化站", "电商扶贫专场：年货网销", "建档立卡贫困户", 117, 1],
    ["2021-02-04", "县电子商务公共服务中心", "春节年货直播", "电商企业、主播", 92, 0],
    ["2021-03-04", "县电子商务公共服务中心", "直播带货实操", "青年、个体户", 88, 0],
    ["2021.3.11", "惠城镇文化中心", "电商客服与社群运营", "个体户、青年", 150, 0],
    ["2021年3月18日—19日", "县电子商务公共服务中心", "电商创业实训（两天）", "返乡创业青年", 76, 0],
    ["2021-03-25", "华湖镇文化站", "电商扶贫专场：直播助农", "建档立卡贫困户", 109, 1],
    ["2021-04-08", "东港镇政府会议室", "农村电商物流与快递收发", "站点负责人、农户", 94, 0],
    ["2021-04-15", "隆江镇政府会议室", "隆江猪脚饭预制菜网销", "食品企业、个体户", 137, 0],
    ["2021-04-22", "葵潭镇文化站", "菠萝、荔枝网销", "果农、合作社", 142, 0],
    ["2021-04-29", "县电子商务公共服务中心", "电商扶贫专场：网店入门", "建档立卡贫困户", 115, 1],
    ["2021.5.13", "神泉镇渔业服务中心", "海鲜直播带货", "渔民、个体户", 126, 0],
    ["2021-05-20", "东陇镇文化站", "电商扶贫专场：短视频", "建档立卡贫困户", 120, 1],
    ["2021-05-27", "惠城镇文化中心", "社区团购运营", "个体户、宝妈", 133, 0],
    ["2021-06-03", "岐石镇政府会议室", "短视频拍摄剪辑", "青年、个体户", 105, 0],
    ["2021-06-10", "仙庵镇政府会议室", "网店美工设计", "电商从业人员", 97, 0],
    ["2021年6月17日", "鳌江镇文化站", "电商扶贫专场：农产品包装", "建档立卡贫困户", 118, 1],
    ["2021-06-24", "县电子商务公共服务中心", "站点业务培训（第二轮）", "村级站点负责人", 144, 0],
    ["2021-07-01", "溪西镇政府会议室", "农产品品牌打造", "合作社、家庭农场", 102, 0],
    ["2021-07-08", "周田镇文化站", "电商扶贫专场：直播助农", "建档立卡贫困户", 110, 1],
    ["2021-07-15", "靖海镇文化站", "直播带货实操", "渔民、青年", 121, 0],
    ["2021.7.22", "前詹镇政府会议室", "农产品网络营销", "农户、合作社", 99, 0],
    ["2021-07-29", "华湖镇政府会议室", "农村电商基础知识", "农户", 96, 0],
    ["2021-08-05", "东港镇文化站", "电商扶贫专场：手机开店", "建档立卡贫困户", 114, 1],
    ["2021-08-12", "县电子商务公共服务中心", "跨境电商入门", "电商企业", 87, 0],
    ["2021-08-19", "隆江镇文化站", "电商扶贫专场：直播助农", "建档立卡贫困户", 127, 1],
    ["2021-08-26", "葵潭镇政府会议室", "直播带货实操", "果农、青年", 135, 0],
    ["2021-08-30", "县电子商务公共服务中心", "站点负责人集训", "村级站点负责人", 97, 0],
    ["2021-09-09", "县电子商务公共服务中心", "站点负责人及镇电商专干轮训（第三轮）", "站点负责人、镇村干部", 380, 0],
  ];
  const isoOf = (c) => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(c)) return c;
    let m = /^(\d{4})\.(\d+)\.(\d+)$/.exec(c);
    if (m) return `${m[1]}-${pad2(m[2])}-${pad2(m[3])}`;
    m = /^(\d{4})年(\d+)月(\d+)日(?:—(\d+)日)?$/.exec(c);
    if (m) return `${m[1]}-${pad2(m[2])}-${pad2(m[4] || m[3])}`;
    throw new Error("date " + c);
  };
  const trainByCut = T.filter((t) => isoOf(t[0]) <= "2021-08-31").reduce((a, t) => a + t[4], 0);
  const trainAll = T.reduce((a, t) => a + t[4], 0);
  const poorSessions = T.filter((t) => t[5]);
  const poorPT = poorSessions.reduce((a, t) => a + t[4], 0);
  assert(trainByCut === 4868 && trainAll === 5248 && T.length === 44, `training ${trainByCut}/${trainAll}/${T.length}`);
  assert(poorSessions.length === 12 && poorPT === 1385, "poor sessions " + poorPT);

  // ---------- enterprises
  const er = rng(72002);
  const ENT = [
    ["惠来县鲍岛水产电子商务有限公司", "销售型", D("2020-08-18"), null, null],
    ["揭阳市隆江猪脚食品网络科技有限公司", "销售型", D("2020-08-18"), null, null],
    ["惠来县惠优选电子商务有限公司", "平台型", D("2020-08-28"), null, "县域本地生活平台"],
    ["广东揭商电子商务运营服务有限公司", "电商运营商", D("2020-09-01"), null, "第三方运营服务商，负责中心运营"],
    ["惠来县邮政快递物流配送中心（惠来县分公司）", "物流企业", D("2020-09-15"), null, "县乡村三级共同配送"],
    ["惠来县葵潭菠萝果业专业合作社", "销售型", "2020.10.9", null, null],
    ["惠来县神泉海味干货商行", "销售型", D("2020-10-20"), null, "个体工商户"],
    ["惠来县云仓供应链管理有限公司", "物流企业", D("2020-11-02"), null, "电商仓储"],
    ["惠来县靖海渔家电子商务有限公司", "销售型", D("2020-11-16"), null, null],
    ["惠来县乡味直播文化传媒有限公司", "电商运营商", D("2020-11-16"), null, "直播代运营"],
    ["惠来县荔香农产品电子商务有限公司", "销售型", "2020年12月1日", null, null],
    ["惠来县农鲜汇电子商务有限公司", "平台型", D("2020-12-10"), null, "社区团购平台"],
    ["惠来县东陇粿品食品有限公司", "销售型", D("2020-12-28"), D("2021-05-31"), "2021年5月31日退园（迁往揭阳市区）"],
    ["惠来县侨乡茶业电子商务有限公司", "销售型", D("2021-01-08"), null, null],
    ["惠来县速达城乡配送有限公司", "物流企业", D("2021-01-18"), null, null],
    ["惠来县海丝跨境电子商务有限公司", "销售型", "2021.3.1", null, "跨境网店"],
    ["惠来县创客电商孵化服务有限公司", "电商运营商", D("2021-03-15"), null, "孵化、代运营"],
    ["惠来县甜鲜果蔬电子商务有限公司", "销售型", D("2021-04-06"), D("2021-09-15"), "2021年9月15日退园（园区调整房号后迁出）"],
    ["惠来县华湖山货电子商务有限公司", "销售型", D("2021-05-10"), null, null],
    ["惠来县美工摄影设计工作室", "电商运营商", D("2021-06-01"), null, "摄影美工外包"],
    ["惠来县鳌江腐乳食品有限公司", "销售型", D("2021-07-12"), null, null],
    ["惠来县链农冷链物流有限公司", "物流企业", D("2021-09-06"), null, "2021年9月6日入驻"],
  ];
  const entRows = ENT.map((e, i) => ({ name: e[0], type: e[1], entered: e[2], left: e[3], note: e[4], code: makeUscc(er, "445224", e[0].includes("合作社") ? "3" : e[0].includes("商行") || e[0].includes("工作室") ? "2" : "1") }));
  const entIso = (c) => (typeof c === "object" && c ? c.date : c === "2020.10.9" ? "2020-10-09" : c === "2020年12月1日" ? "2020-12-01" : c === "2021.3.1" ? "2021-03-01" : null);
  const inPark = entRows.filter((e) => entIso(e.entered) <= "2021-08-31" && !(e.left && e.left.date < "2021-08-31"));
  assert(inPark.length === 20, "20 in park, got " + inPark.length);

  // ---------- funds (元)
  const F = [
    ["2020-06-28", "记-0041", "支付县电子商务公共服务中心建设项目首付款", "公共服务中心建设", "900,000.00"],
    ["2020-08-14", "记-0067", "支付村级电商服务站点建设（第一批）", "村级站点建设", 480000],
    ["2020-09-22", "记-0089", "支付县乡村三级物流配送体系建设首付款", "物流体系建设", "350,000.00"],
    ["2020-10-30", "记-0112", "支付2020年电商培训服务费（第一阶段）", "电商培训", 186000],
    ["2020-11-25", "记-0135", "支付公共服务中心建设项目进度款", "公共服务中心建设", "600,000.00"],
    ["2020-12-18", "记-0158", "支付农产品品牌培育及营销推广服务费", "品牌及营销推广", 128000],
    ["2020-12-18", "记-0159", "支付农产品品牌培育及营销推广服务费", "品牌及营销推广", 128000],
    ["2020-12-31", "记-0171", "【红字】冲销记-0159号（重复支付，款项已退回专户）", "品牌及营销推广", -128000],
    ["2021-01-20", "记-0008", "支付村级电商服务站点建设（第二批）", "村级站点建设", "420,000.00"],
    ["2021-03-26", "记-0046", "支付农产品溯源及冷链设施首付款", "农产品上行", 240000],
    ["2021-04-30", "记-0071", "支付2021年电商培训服务费（第一阶段）", "电商培训", 158000],
    ["2021-06-18", "记-0103", "支付物流配送体系建设进度款", "物流体系建设", "200,000.00"],
    ["2021-07-29", "记-0131", "支付第三方运营服务费（2021年上半年）", "运营服务", 48200],
  ];
  const FSEPT = ["2021-09-10", "记-0150", "支付村级站点运维补助", "村级站点建设", 45000];
  const amt = (a) => (typeof a === "number" ? a : Number(a.replace(/,/g, "")));
  const fundByCut = F.reduce((a, f) => a + amt(f[4]), 0);
  assert(fundByCut === 3710200, "funds by cut-off " + fundByCut);
  assert(fundByCut + FSEPT[4] === 3755200, "funds all");

  // ---------- reports, disclosures, media, materials
  const REP = [
    ["2020-09-08", "8月份电子商务进农村综合示范工作进展情况及电商扶贫统计表", "是"],
    ["2020-10-12", "9月份工作进展情况及电商扶贫统计表", "是"],
    ["2020.11.6", "10月份工作进展情况", "否"],
    ["2020-12-07", "11月份工作进展情况及电商扶贫统计表", "是"],
    ["2021-01-08", "12月份工作进展情况及电商扶贫统计表", "是"],
    ["2021-02-05", "1月份工作进展情况（春节前提前报送）", "否"],
    ["2021-03-05", "2月份工作进展情况及电商扶贫统计表", "是"],
    ["2021年4月8日", "3月份工作进展情况及电商扶贫统计表", "是"],
    ["2021-05-08", "4月份工作进展情况及电商扶贫统计表", "是"],
    ["2021-06-07", "5月份工作进展情况及电商扶贫统计表", "是"],
    ["2021-07-07", "6月份工作进展情况及电商扶贫统计表", "是"],
    ["2021-08-06", "7月份工作进展情况及电商扶贫统计表", "是"],
    ["2021-09-07", "8月份工作进展情况及电商扶贫统计表", "是"],
  ];
  const DIS = [
    ["2020-06-30", "惠来县电子商务进农村综合示范县创建工作实施方案", "创建方案"],
    ["2020-07-15", "惠来县电子商务进农村综合示范项目基本情况公示", "项目公示"],
    ["2020-09-15", "8月份创建工作进展情况", "建设进度"],
    ["2020-10-20", "9月份创建工作进展情况", "建设进度"],
    ["2020-11-18", "县电子商务公共服务中心投入运营", "工作动态"],
    ["2020-12-21", "11月份创建工作进展情况", "建设进度"],
    ["2021-01-19", "12月份创建工作进展情况", "建设进度"],
    ["2021-03-10", "1-2月份创建工作进展情况", "建设进度"],
    ["2021-03-30", "第三批村级电商服务站点建设项目公示", "项目公示"],
    ["2021-04-22", "3月份创建工作进展情况", "建设进度"],
    ["2021-05-25", "4月份创建工作进展情况", "建设进度"],
    ["2021-06-23", "5月份创建工作进展情况", "建设进度"],
    ["2021-07-21", "6月份创建工作进展情况", "建设进度"],
    ["2021-08-24", "7月份创建工作进展情况", "建设进度"],
    ["2021-09-14", "8月份创建工作进展情况", "建设进度"],
  ];
  const MED = [
    ["2020-10-23", "惠来县融媒体中心《惠来新闻》", "县级", "电视", "县电子商务公共服务中心试运营 电商服务走进村居", "否"],
    ["2020-12-04", "南方日报", "省级", "报纸", "惠来：村级电商服务站让山货出村进城", "否"],
    ["2021-01-15", "南方+", "省级", "网络", "隆江猪脚饭搭上电商快车 年货节线上卖爆", "否"],
    ["2021-04-20", "广东广播电视台珠江频道《珠江新闻眼》", "省级", "电视", "惠来贫困户学直播 葵潭菠萝“云端”卖上好价钱", "是"],
    ["2021-06-18", "惠来发布（微信公众号）", "县级", "网络", "电商培训进村居 助力乡村振兴", "否"],
    ["2021-09-03", "揭阳日报", "市级", "报纸", "惠来：电商进农村 激活乡村振兴新动能", "否"],
    ["2021-09-16", "揭阳广播电视台《揭阳新闻》", "市级", "电视", "惠来电商扶贫带动贫困户增收", "是"],
  ];
  const MAT = [
    ["2021-03-15", "惠来县“电商+隆江猪脚饭”带动产业升级的做法", "揭阳市商务局", "粤政易"],
    ["2021-07-20", "惠来县电商扶贫典型案例：葵潭菠萝直播助农", "揭阳市商务局", "粤政易"],
    ["2021-09-08", "惠来县电子商务进农村综合示范创建工作经验总结", "揭阳市商务局", "纸质报送"],
  ];

  // ================================= the facts sheet: 县政府专题会议纪要
  const S = new Sheet("县政府专题会议纪要", 6);
  S.band("惠来县人民政府");
  S.band("专　题　会　议　纪　要");
  S.band("〔2021〕47号");
  { const n = S.row(["惠来县人民政府办公室", null, null, "2021年9月13日"]); S.merge(`A${n}:C${n}`); S.merge(`D${n}:F${n}`); }
  S.blank();
  S.band("关于电子商务进农村综合示范县创建考评迎检工作的会议纪要");
  S.band("　　2021年9月10日上午，县委常委、副县长林××在县政府三楼第二会议室主持召开专题会议，研究部署我县电子商务进农村综合示范县创建考评迎检工作。会议听取了县商务局关于创建工作情况和考评基础数据（数据截至2021年8月31日）的汇报，县财政局、县农业农村局、县乡村振兴局、中国邮政集团有限公司惠来县分公司等单位作了补充发言。经研究，现将会议议定事项纪要如下：");
  S.band("　　一、关于考评基础数据。会议逐项核对了县商务局汇报的考评基础数据，同意按下表上报（表1）。各提供单位对所提供数据的真实性负责，县商务局负责汇总并与各项台账核对一致。");
  S.band("表1　考评基础数据（会议确认）");
  const t1h = S.row(["序号", "数据项", "会议确认情况", null, "提供单位", "备注"]);
  S.merge(`C${t1h}:D${t1h}`);
  const T1 = [
    ["1", "常住人口", "115.64万人", "县统计局", "第七次全国人口普查数；户籍人口143.2万人（不作培训基数）"],
    ["2", "行政区划", "14个镇，行政村312个、社区38个；其中省定贫困村38个", "县民政局、县乡村振兴局", "村（居）名单见附1"],
    ["3", "创建工作领导小组", "组长：县委副书记、县长陈××；常务副组长：县委常委、副县长林××；成员单位：县商务局、县财政局、县农业农村局、县乡村振兴局、县工业和信息化局、县市场监督管理局、县交通运输局、中国邮政集团有限公司惠来县分公司等", "县政府办", "惠府办函〔2019〕171号，2021年4月因人事变动调整"],
    ["4", "创建工作方案", "已正式印发", "县商务局", "惠府办函〔2019〕186号"],
    ["5", "支持农村电商发展政策", "已出台《惠来县促进农村电子商务发展若干措施》", "县商务局", "惠府办〔2020〕9号"],
    ["6", "县电子商务公共服务中心", "2020年11月16日正式投入运营（同年8月起试运营）", "县商务局", "位于县城惠城镇，运营方为广东揭商电子商务运营服务有限公司"],
    ["7", "中心服务功能", "设80座免费培训室，配备电脑40台、直播设备3套，能组织电商基础培训；免费展示、销售我县特色农产品；免费提供摄影、美工服务；组织农产品统一推广，指导“惠来鲍鱼”“隆江猪脚饭”“葵潭菠萝”等品牌建设；其他衍生增值服务尚未开展（金融、法律咨询服务正在对接）", "县商务局", null],
    ["8", "电商产业园", "已整合建成惠来县电子商务产业园（原县城物流园二期改造），入驻企业22家", "县商务局", "企业清单见附4"],
    ["9", "第三方电商运营服务商", "有，广东揭商电子商务运营服务有限公司", "县商务局", null],
    ["10", "行政村快递覆盖", "行政村快递覆盖率100%", "邮政惠来县分公司", "“快递进村”工程验收数"],
    ["11", "农村网络零售额", "2019年16.82亿元，2020年22.37亿元，同比增长33.0%", "县商务局", "第三方平台监测；2021年1—8月15.90亿元"],
    ["12", "电商培训", "累计举办电商培训44期5,248人次，其中贫困户专场12期1,385人次", "县商务局", "培训登记表见附3"],
    ["13", "建档立卡贫困人口培训", "有劳动能力且未外出务工的建档立卡贫困人口2,486人，已参加电商培训1,318人（53.0%）", "县乡村振兴局", "全县建档立卡贫困人口11,962人，其中有劳动能力6,870人（含外出务工4,384人）"],
    ["14", "政府网站电商专栏", "县政府门户网站“电子商务进农村综合示范”专栏已公示创建方案、项目基本信息、项目建设进度，设有监督举报窗口（电话、邮箱）", "县商务局", "更新记录见附7"],
    ["15", "数据报送", "每月向揭阳市商务局报送工作进展，能按月统计电商扶贫情况", "县商务局", "报送记录见附6"],
    ["16", "专项资金", "省级专项资金下达500万元，累计拨付375.52万元，拨付率75.1%", "县财政局", "拨付数截至9月10日；支出台账见附5"],
    ["17", "资金管理", "已制定《惠来县省级电子商务进农村综合示范专项资金管理办法》，建立专项资金专用台账", "县财政局、县商务局", "惠财〔2020〕33号"],
    ["18", "项目总体进度", "95%", "县商务局", null],
    ["19", "安全生产、质量事故", "无", "县商务局", null],
    ["20", "弄虚作假情况", "无", "县商务局", null],
  ];
  for (const t of T1) { const n = S.row([t[0], t[1], t[2], null, t[3], t[4]]); S.merge(`C${n}:D${n}`); }
  S.band("　　二、关于自评得分。会议原则同意县商务局按省考评指标体系逐项自评的结果，自评总分95分（含加分项1分）（表2）。县商务局要对照自评依据再次核实台账，确保经得起检查。");
  S.band("表2　自评得分（会议审定）");
  const t2h = S.row(["序号", "评价指标", "分值", "审定自评分", "自评依据", null]);
  S.merge(`E${t2h}:F${t2h}`);
  const T2 = [
    ["1", "组织领导", 2, 2, "县长任组长，商务、财政、农业农村、乡村振兴等部门参与"],
    ["2", "方案制定", 2, 2, "方案经县政府常务会议审定后印发，自评2分"],
    ["3", "政策支持", 2, 2, "出台促进农村电商发展若干措施，自评2分"],
    ["4", "项目管理", 4, 3, "项目管理制度2分（已制定项目管理办法）；工作台账1分（2020年上半年台账不完整）"],
    ["5", "服务体系建设（县级中心及产业园）", 15, 14, "中心运营9个多月，功能除其他衍生增值服务外齐全；产业园入驻22家、类型4种"],
    ["6", "服务体系建设（村级站点）", 10, 10, "村级站点覆盖行政村70%以上，省定贫困村全覆盖"],
    ["7", "农村产品上行", 10, 9, "网销调研2分；促销活动2分；第三方运营1分；快递覆盖1分；交易标准、冷链、溯源1分；零售额增速33.0%得2分"],
    ["8", "电商人才培训", 20, 20, "培训5,248人次超过50万人的1%；贫困人口培训率53.0%"],
    ["9", "信息公开", 4, 4, "专栏内容齐全，按月更新"],
    ["10", "数据上报", 6, 6, "按月报送，含电商扶贫统计"],
    ["11", "案例总结", 2, 2, "向市商务局报送经验材料2篇"],
    ["12", "经验推广", 8, 8, "省级（南方日报、广东广播电视台）、市级（揭阳日报）、县级（惠来融媒）均有报道"],
    ["13", "制度建立", 5, 4, "已制定资金管理办法，自评4分"],
    ["14", "资金台账", 5, 4, "建立专用台账，自评4分"],
    ["15", "资金支出", 5, 4, "拨付率75.1%，按合同节点及时拨付，自评4分"],
    ["16", "加分项：贫困人口培训率≥70%", 2, 0, "培训率53.0%，未达70%"],
    ["17", "加分项：电商扶贫典型案例获电视播报", 2, 1, "广东广播电视台珠江频道播报（省级），加1分"],
    ["", "合计", 104, 95, "一票否决项：无"],
  ];
  for (const t of T2) { const n = S.row([t[0], t[1], t[2], t[3], t[4], null]); S.merge(`E${n}:F${n}`); }
  S.band("　　三、关于迎检工作分工。（一）县商务局牵头做好汇报材料和台账整理，9月22日前完成附1至附9台账装订；（二）县财政局负责资金拨付凭证的整理，9月17日前将9月份拨付凭证补充归档；（三）县乡村振兴局负责贫困人口参训名单与建档立卡系统比对；（四）各镇于9月20日前完成辖区站点的自查，确保正常营业。据市商务局通知，省考评组预计9月下旬到我县开展现场考评。");
  S.band("　　四、工作要求。各单位要高度重视，主要负责同志亲自抓，确保数据真实准确、台账完整规范，不得弄虚作假。");
  S.blank();
  S.band("出席：林××（县委常委、副县长）");
  S.band("列席：县政府办　郑××；县商务局　陈××、方××、吴××；县财政局　黄××；县农业农村局　许××；县乡村振兴局　蔡××；邮政惠来县分公司　李××");
  S.band("记录：县政府办　詹××");
  S.band("分送：县委办，县人大办，县政协办，县纪委监委，县直有关单位，各镇人民政府。");
  { const n = S.row(["惠来县人民政府办公室", null, null, "2021年9月13日印发"]); S.merge(`A${n}:C${n}`); S.merge(`D${n}:F${n}`); }

  // ================================= 附1 村居名单
  const V = new Sheet("附1 村居名单", 7);
  V.band("惠来县村（居）民委员会名单");
  V.band("整理单位：惠来县商务局（据县民政局区划资料）　　　　　　更新日期：2021年8月20日");
  V.row(["序号", "镇", "村（居）委会", "类别", "省定贫困村", "快递进村", "备注"]);
  let vi = 0;
  for (const [town] of TOWNS) {
    const vs = villages.filter((v) => v.town === town);
    const start = V.next;
    vs.forEach((v, k) => {
      vi++;
      V.row([vi, k === 0 ? town : null, v.name, v.admin ? "村委会" : "社区", v.admin ? (v.poor ? "是" : null) : null,
        v.admin ? (v.express ? "通" : "未通") : null, v === noExpress ? "山区，村民到葵潭圩取件" : null]);
    });
    V.merge(`B${start}:B${V.next - 1}`);
  }
  V.band("合计：14个镇，村委会312个、社区38个；省定贫困村38个（“是”）");
  V.band("注：快递进村指有快递企业（含邮政）在村设点或定时上门收派件，“通”为已实现；社区不统计贫困村和快递进村。");

  // ================================= 附2 站点
  const ST = new Sheet("附2 站点", 8);
  ST.band("惠来县村级电子商务服务站点一览表");
  ST.band("填报单位：惠来县商务局　　　　　　　　统计至2021年9月20日");
  ST.row(["序号", "镇", "站点名称", "所在村（居）", "站长", "联系电话", "挂牌时间", "备注"]);
  stationRows.forEach((s, i) => ST.row([i + 1, s.town, s.name, s.village, s.leader, s.phone, s.opened, s.note]));
  ST.band("注：1. 站点按镇排列，第一批2020年5—7月、第二批2020年10—12月、第三批2021年3—6月、第四批2021年7—8月、第五批2021年9月挂牌；2. 社区站点和农场服务点不计入行政村覆盖。");
  ST.band("制表：方××　　　审核：陈××");

  // ================================= 附3 培训
  const TR = new Sheet("附3 培训", 10);
  TR.band("惠来县电子商务培训情况登记表");
  TR.band("填报单位：惠来县商务局（县电子商务公共服务中心）　　　　单位：人次");
  const h1 = TR.row(["期次", "培训时间", "培训地点", "培训内容", "培训对象", "参训人次", null, null, "其中：贫困户（人次）", "备注"]);
  const h2 = TR.row([null, null, null, null, null, "男", "女", "合计", null, null]);
  for (const c of [0, 1, 2, 3, 4, 8, 9]) TR.merge(`${colName(c)}${h1}:${colName(c)}${h2}`);
  TR.merge(`F${h1}:H${h1}`);
  const tr = rng(72003);
  T.forEach((t, i) => {
    const total = t[4];
    const male = t[5] ? Math.round(total * (0.42 + tr() * 0.12)) : Math.round(total * (0.48 + tr() * 0.2));
    const dateCell = /^\d{4}-\d{2}-\d{2}$/.test(t[0]) ? D(t[0]) : t[0];
    const note = i === 20 ? "两天班，按1人次/人统计" : i === 43 ? "含各镇分会场" : null;
    TR.row([`第${i + 1}期`, dateCell, t[1], t[2], t[3], male, total - male, total, t[5] ? total : null, note]);
  });
  { const n = TR.row(["合计", "44期", null, null, null, null, null, trainAll, poorPT, null]); TR.merge(`B${n}:E${n}`); }
  TR.band("注：1. 一期一行，参训人次以签到表为准，两天班每名学员计1人次；2. “其中：贫困户”为贫困户专场人次，已含在合计内。");
  TR.band("填表：吴××　　　　核对：方××");

  // ================================= 附4 产业园企业
  const EN = new Sheet("附4 产业园企业", 7);
  EN.band("惠来县电子商务产业园入驻企业清单");
  EN.band("园区地址：惠来县惠城镇（原县城物流园二期）　　　运营单位：广东揭商电子商务运营服务有限公司");
  EN.row(["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注"]);
  entRows.forEach((e, i) => EN.row([i + 1, e.name, e.code, e.type, e.entered, e.left, e.note]));
  EN.band("注：企业类型按省考评口径分为平台型、销售型、电商运营商、物流企业。");

  // ================================= 附5 资金拨付
  const FU = new Sheet("附5 资金拨付", 8);
  FU.band("惠来县省级电子商务进农村综合示范专项资金支出台账");
  FU.band("资金来源：2019年省级促进经济高质量发展专项资金（内贸方向）　下达金额：5,000,000.00元　　单位：元");
  FU.row(["序号", "支付日期", "凭证号", "摘要", "项目类别", "支出金额", "累计支出", "备注"]);
  let run = 0;
  F.forEach((f, i) => {
    run += amt(f[4]);
    const dcell = f[0] === "2021-03-26" ? "2021.3.26" : D(f[0]);
    const note = f[1] === "记-0171" ? "红字冲销，退回款2020年12月29日到账" : f[1] === "记-0159" ? "重复支付" : null;
    FU.row([i + 1, dcell, f[1], f[3 - 1], f[3], f[4], fmtThousands(run, 2), note]);
  });
  { const n = FU.row(["截至2021年8月31日小计", null, null, null, null, fmtThousands(fundByCut, 2), null, "拨付率74.2%"]); FU.merge(`A${n}:E${n}`); }
  run += FSEPT[4];
  FU.row([F.length + 1, D(FSEPT[0]), FSEPT[1], FSEPT[2], FSEPT[3], FSEPT[4], fmtThousands(run, 2), null]);
  { const n = FU.row(["累计", null, null, null, null, fmtThousands(run, 2), null, "拨付率75.1%"]); FU.merge(`A${n}:E${n}`); }
  FU.band("制表：黄××（县财政局）　　　复核：陈××（县商务局）");

  // ================================= 附6 月报报送
  const RE = new Sheet("附6 月报报送", 6);
  RE.band("惠来县电子商务进农村工作月报报送登记");
  RE.row(["序号", "报送时间", "报送内容", "报送对象", "是否附电商扶贫统计表", "经办人"]);
  REP.forEach((x, i) => RE.row([i + 1, /^\d{4}-/.test(x[0]) ? D(x[0]) : x[0], x[1], "揭阳市商务局", x[2], i < 6 ? "方××" : "吴××"]));

  // ================================= 附7 专栏更新
  const DI = new Sheet("附7 专栏更新", 5);
  DI.band("惠来县人民政府门户网站“电子商务进农村综合示范”专栏更新记录");
  DI.row(["序号", "发布日期", "标题", "子栏目", "链接"]);
  DIS.forEach((x, i) => DI.row([i + 1, D(x[0]), x[1], x[2], `http://www.huilai.gov.cn/zwgk/dzsw/content/post_${586000 + i * 137}.html`]));
  DI.band("注：专栏设“创建方案”“项目公示”“建设进度”“工作动态”“监督举报”五个子栏目；监督举报电话0663-6612×××，邮箱hlxswj@×××.com。");

  // ================================= 附8 宣传报道
  const ME = new Sheet("附8 宣传报道", 8);
  ME.band("惠来县电子商务进农村宣传报道统计表");
  ME.row(["序号", "报道日期", "媒体名称", "媒体级别", "报道形式", "标题", "是否电商扶贫典型案例", "备注"]);
  MED.forEach((x, i) => ME.row([i + 1, D(x[0]), x[1], x[2], x[3], x[4], x[5], null]));

  // ================================= 附9 经验材料
  const MA = new Sheet("附9 经验材料", 5);
  MA.band("惠来县电子商务进农村经验材料报送登记");
  MA.row(["序号", "报送日期", "材料标题", "报送对象", "报送方式"]);
  MAT.forEach((x, i) => MA.row([i + 1, D(x[0]), x[1], x[2], x[3]]));

  const sheets = [S, V, ST, TR, EN, FU, RE, DI, ME, MA].map((s) => s.toJSON());
  const expect = {
    asOf: "2021-08-31",
    total: 88,
    bonus: 1,
    vetoed: false,
    points: {
      "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3,
      "work.center": 14, "work.coverage": 10, "work.upward": 8, "work.training": 18,
      "info.disclosure": 3, "info.reporting": 6, "promo.cases": 2, "promo.media": 5,
      "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      "bonus.poorTraining": 0, "bonus.tvCase": 1,
      "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
    },
    claimed: {
      "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3,
      "work.center": 14, "work.coverage": 10, "work.upward": 9, "work.training": 20,
      "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8,
      "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      "bonus.poorTraining": 0, "bonus.tvCase": 1,
    },
  };
  // cross-checks of the hand-written derivation against the generated data
  const repMonths = new Set(REP.map((x) => { const m = /^(\d{4})[-.年](\d+)/.exec(x[0]); return `${m[1]}-${pad2(m[2])}`; }));
  const win = []; for (let k = 0; k < 12; k++) { const y = 2020 + Math.floor((8 + k) / 12), m = ((8 + k) % 12) + 1; win.push(`${y}-${pad2(m)}`); }
  assert(win.every((w) => repMonths.has(w)), "reports every month");
  const disMonths = new Set(DIS.filter((x) => x[0] <= "2021-08-31").map((x) => x[0].slice(0, 7)));
  assert(win.filter((w) => !disMonths.has(w)).join() === "2021-02", "disclosures miss only 2021-02");
  assert(Math.abs(2237 / 1682 - 1.32996) < 1e-4, "growth");
  const types = new Set(inPark.map((e) => e.type));
  assert(types.size === 4, "4 types");
  const derivation = [
    "asOf: 纪要正文“数据截至2021年8月31日”→ 2021-08-31（纪要日期2021-09-13、会议日期2021-09-10不是截止日）",
    "org.leadership: 表1第3项领导小组组长为“县委副书记、县长”（主要领导），成员单位含县商务局、县财政局、县农业农村局、县乡村振兴局 → 2（主持会议的县委常委、副县长是常务副组长，不是组长）",
    "org.plan: 表2审定自评分2（方案惠府办函〔2019〕186号已印发）→ 2",
    "org.policy: 表2审定自评分2（惠府办〔2020〕9号已出台）→ 2",
    "org.management: 表2“项目管理制度2分；工作台账1分”→ 2+1 = 3",
    "work.center: 中心2020-11-16投入运营 ≤ 截止日 2 + ≤2021-02-28（满6个月）2 + 免费培训室80座能组织培训 2 + 免费展示销售 1 + 免费摄影美工 1 + 统一推广品牌建设 1 + 其他衍生增值服务“尚未开展” 0 + 产业园已整合建成 2 + 截至8月31日在园企业20家（22行：东陇粿品2021-05-31退园、链农冷链2021-09-06入驻不计；甜鲜果蔬2021-09-15才退园，8月31日仍在园）≥20 → 2 + 在园企业类型4种（销售型、平台型、电商运营商、物流企业）≥3 → 1；合计14",
    "work.coverage: 村居名单行政村312个（38个社区不计），基数取min(312,200)=200；8月31日前挂牌站点覆盖的行政村140个（" + variantPlain.name + "写作“" + norm(variantPlain.name) + "村委会”、" + variantPoor.name + "写作“" + norm(variantPoor.name) + "村民委员会”各是该村唯一站点，须认作同村；" + seconds.map((v) => v.name).join("、") + "各有两个站点只算一次；东门社区、葵潭社区站点和葵潭农场服务点不计；" + septVillages.map((v) => v.name).join("、") + "两站2021年9月挂牌不计）→ 140/200 = 70.0% ≥ 70% → 5；省定贫困村38个全部有8月31日前挂牌站点 → 38/38 = 100% → 5；合计10",
    "work.upward: 网销调研（表2所列上行分项自评）2 + 网络促销 2 + 有第三方运营服务商 1 + 快递：村居名单有快递栏，" + noExpress.name + "“未通” → 0（表1写100%与名单不符，按名单）+ 交易标准、冷链溯源 1 + 农村网络零售额2019年16.82亿元→2020年22.37亿元，增长33.0% ≥ 30% → 2；合计8",
    "work.training: 培训登记表44期，8月31日前43期合计4,868人次（第44期2021-09-09的380人次和合计行5,248不计；两天班第21期按76人次），基数min(115.64万,50万)=500,000 → 0.9736%，在0.8%–1%档 → 8；工作簿无贫困人口名单，按表1第13项：有劳动能力未外出务工2,486人、已参训1,318人 → 53.0% ≥ 50% → 10；合计18",
    "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度，设监督举报窗口 → 2；更新记录2020-09…2021-08中缺2021年2月（1—2月进度3月10日才发布）→ 不定时更新 1；合计3",
    "info.reporting: 月报登记2020-09-08至2021-08-06，2020年9月—2021年8月每月都有报送 → 3；多数月份附电商扶贫统计表，表1也写能按月统计 → 3；合计6",
    "promo.cases: 经验材料2021-03-15、2021-07-20报揭阳市商务局（2021-09-08一份在截止日后）→ 2",
    "promo.media: 8月31日前的报道：省级（南方日报2020-12-04、南方+2021-01-15、广东广播电视台珠江频道2021-04-20）4 + 县级（惠来新闻2020-10-23、惠来发布2021-06-18）1；市级两条（揭阳日报2021-09-03、揭阳广播电视台2021-09-16）在截止日后不计 → 5",
    "fund.system: 表2审定自评分4 → 4",
    "fund.ledger: 表2审定自评分4 → 4",
    "fund.spending: 支出台账8月31日前13笔合计3,710,200元（含记-0171红字冲销−128,000元；9月10日45,000元不计；表1的375.52万元含9月）÷ 下达5,000,000元 = 74.2% ≥ 70% → 按表2及时拨付自评 4",
    "bonus.poorTraining: 贫困人口培训率53.0% < 70% → 0",
    "bonus.tvCase: 广东广播电视台珠江频道2021-04-20播报电商扶贫典型案例（省级电视）→ 1（揭阳广播电视台那条是市级且在截止日后）",
    "veto.incident: 表1第19项“无” → 0，不否决",
    "veto.progress: 项目总体进度95% ≥ 40% → 0，不否决",
    "veto.fraud: 表1第20项“无” → 0，不否决",
    "total: 2+2+2+3+14+10+8+18+3+6+2+5+4+4+4 = 87，加分1 → 88；纪要自评95分（claimed：上行9、培训20、信息公开4、经验推广8与台账不符）",
  ];
  return { sheets, expect, derivation };
}


// =====================================================================================
// FACTS f1: 连南 — the bureau's monthly 商务运行情况分析 (1—8月), prose + two 附表
// =====================================================================================
function buildLiannanFacts() {
  const S = new Sheet("1-8月运行分析", 7);
  S.band("连南瑶族自治县商务局");
  S.band("2021年1—8月全县商务运行情况分析");
  S.band("（2021年9月8日）");
  S.blank();
  S.band("　　今年以来，县商务局在县委、县政府的坚强领导下，统筹推进疫情防控和商务经济发展，全县消费市场持续回暖，电子商务保持较快增长，电子商务进农村综合示范创建各项任务基本完成。现将1—8月全县商务运行情况分析如下：");
  S.band("一、主要指标完成情况");
  S.band("　　（一）消费市场稳步恢复。1—8月，全县实现社会消费品零售总额12.63亿元，同比增长14.8%，两年平均增长5.2%；其中限额以上单位消费品零售额2.37亿元，同比增长18.6%。按第七次全国人口普查常住人口14.19万人（户籍人口20.58万人）计算，全县人均社会消费品零售额8,901元。");
  S.band("　　（二）外贸和利用外资平稳。1—8月，全县外贸进出口总额1.06亿元，同比增长9.3%；实际利用外资186万美元，完成全年任务的62.0%。");
  S.band("　　（三）电子商务保持较快增长。据第三方平台监测，1—8月全县网络零售额3.42亿元，同比增长21.6%；其中农村网络零售额2.15亿元，同比增长19.3%，农产品网络零售额1.38亿元，同比增长24.5%。2020年全县农村网络零售额2.86亿元、农产品网络零售额1.79亿元，分别比2019年增长31.2%和36.6%（详见附表2）。");
  S.band("二、电子商务进农村综合示范创建情况");
  S.band("　　（一）项目建设基本完成。我县严格按照县政府印发的《连南瑶族自治县电子商务进农村综合示范县创建工作实施方案》推进项目建设。县电子商务公共服务中心于2020年6月18日正式投入运营，由第三方运营服务商广东瑶乡电商科技有限公司负责日常运营。中心设有60座免费培训室和直播间，能常态化组织电商基础培训，为全县电商企业和群众免费提供特色农产品展示展销、摄影美工、品牌策划推广等服务。县电商产业园完成整合升级，现有入驻企业21家。");
  S.band("　　（二）农村电商服务网络基本形成。全县71个行政村已有59个建成村级电商服务站点，16个省定贫困村实现站点全覆盖；与邮政、中通、韵达等快递企业合作开展快递进村，行政村快递服务实现全覆盖。");
  S.band("　　（三）人才培训扎实开展。1—8月举办电商培训21期1,238人次；创建以来累计举办电商培训58期3,216人次。全县有劳动能力且未外出务工的建档立卡贫困人口1,126人，已有642人参加电商培训。");
  S.band("　　（四）资金拨付加快。省级专项资金500万元已全部下达我县，目前累计拨付412.6万元，拨付率82.5%。");
  S.band("三、存在问题");
  S.band("　　一是部分村级站点运营能力不足，业务量偏少；二是瑶山农产品标准化、品牌化程度不高，网销产品同质化；三是受疫情影响，外贸订单增长乏力。");
  S.band("四、下一步工作");
  S.band("　　一是全力做好电子商务进农村综合示范县考评迎检准备，9月底前完成台账整理归档；二是四季度举办“瑶山好物”网购节，推动大叶茶、稻田鱼等特色产品上行；三是加强站点运营督导，对业务量少的站点开展“一对一”帮扶。");
  S.blank();
  S.band("附表1　2021年1—8月全县主要商务指标");
  S.row(["指标", "单位", "1—8月", "同比增长（%）", "全年目标", "完成目标（%）", "全市排名"]);
  S.row(["社会消费品零售总额", "亿元", 12.63, 14.8, 19.5, 64.8, 5]);
  S.row(["　其中：限额以上单位消费品零售额", "亿元", 2.37, 18.6, 3.6, 65.8, 4]);
  S.row(["外贸进出口总额", "亿元", 1.06, 9.3, 1.6, 66.3, 7]);
  S.row(["实际利用外资", "万美元", 186, "—", 300, 62.0, 6]);
  S.row(["网络零售额", "亿元", 3.42, 21.6, 5.2, 65.8, 3]);
  S.row(["　其中：农村网络零售额", "亿元", 2.15, 19.3, "—", "—", "—"]);
  S.row(["　　　　农产品网络零售额", "亿元", 1.38, 24.5, "—", "—", "—"]);
  S.band("注：全市排名为清远市8个县（市、区）同比增速排名。");
  S.blank();
  S.band("附表2　2019—2020年全县农村电子商务主要指标");
  S.row(["指标", "单位", "2019年", "2020年", "2020年同比增长（%）", "备注", null]);
  S.row(["网络零售额（全县）", "亿元", 3.37, 4.21, 24.9, null, null]);
  S.row(["农村网络零售额", "亿元", 2.18, 2.86, 31.2, null, null]);
  S.row(["农产品网络零售额", "亿元", 1.31, 1.79, 36.6, null, null]);
  S.band("资料来源：商务大数据平台、第三方监测机构。");
  S.band("填报人：黄××　　审核：房××　　联系电话：0763-66×××××");
  assert(Math.round((2.86 / 2.18 - 1) * 1000) === 312 && Math.round((1.79 / 1.31 - 1) * 1000) === 366, "liannan growth");
  return {
    description: "连南瑶族自治县商务局《2021年1—8月全县商务运行情况分析》（局里每月写给县政府的运行分析，不是考评表）原样录入：A列一段一格（合并A:G），一、二、三、四节；电商进农村的事实都写在第二节句子里（中心运营日期、第三方运营、免费培训/展示/摄影美工/品牌推广、产业园、71个行政村和16个省定贫困村、快递全覆盖、累计3,216人次、贫困人口1,126/642、500万元/412.6万元），零售额在第一节句子和附表2（2019年|2020年|增速）里。陷阱：社会消费品零售总额、外贸、外资、1—8月网络零售额和增速、全年目标、完成目标%、全市排名、户籍人口20.58万、人均社零、1—8月21期1,238人次、59个已建站村、入驻企业21家、全县（非农村）网络零售额、报告日期2021年9月8日（不是考评截止日期）；没有写考评截止日期、领导小组和专栏。",
    sheets: [S.toJSON()],
    expect: {
      facts: {
        county: "连南瑶族自治县",
        residentPopulation: 141900,
        adminVillagesStated: 71,
        poorVillagesStated: 16,
        planIssued: true,
        centerOpened: "2020-06-18",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 218000000,
        ruralRetail2020: 286000000,
        agriRetail2019: 131000000,
        agriRetail2020: 179000000,
        ruralRetailGrowthStated: 0.312,
        agriRetailGrowthStated: 0.366,
        trainingPersonTimesStated: 3216,
        eligiblePoorPersonsStated: 1126,
        trainedPoorPersonsStated: 642,
        fundAllocated: 5000000,
        fundSpentStated: 4126000,
      },
      judged: {},
    },
  };
}

// =====================================================================================
// FACTS f2: 清新区 — 清远市 cross-inspection (交叉互查) form, 佛冈县 as the inspecting county
// =====================================================================================
function buildQingxinFacts() {
  const S = new Sheet("交叉互查表", 6);
  S.band("清远市电子商务进农村综合示范县（区）创建工作交叉互查表");
  S.row(["被查县（市、区）", "清新区", "互查组", "佛冈县商务局", "互查时间", "2021年9月2日"]);
  S.row(["考评数据截止时间", "2021年8月31日", "被查单位联系人", "清新区商务局　何××", "联系电话", "0763-58×××××"]);
  S.band("说明：1. “被查单位自查情况”由被查单位在互查前填写（数据截至考评截止时间），判断类事项的自评分一并填写；2. “互查核查情况”由互查组现场查阅资料后填写，只写核查方式和结论，不改动被查单位填报的数据；3. 互查意见分“符合”“基本符合”“不符合”，不打分。");
  S.row(["序号", "互查要点", "被查单位自查情况", "核查方式", "互查核查情况", "互查意见"]);
  const sec = (t) => S.band(t);
  const item = (a) => S.row(a);
  sec("一、基本情况");
  item(["1", "区基本情况（常住人口、行政村、省定贫困村）", "全区常住人口66.52万人（七普）；行政村165个、社区23个；省定贫困村27个", "查阅", "查阅七普公报、区民政局区划资料、省定贫困村名单", "符合"]);
  sec("二、组织领导");
  item(["2", "创建工作领导小组", "区长任组长，常务副区长、分管副区长任副组长，成员单位为区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局、区交通运输局、邮政清新区分公司等", "查阅", "查阅清新府办函〔2019〕77号及2021年调整文件；领导小组2020年、2021年各召开会议2次", "符合"]);
  item(["3", "创建工作方案", "已正式印发（清新府办〔2019〕58号），自评2分", "查阅", "查阅文件原件", "符合"]);
  item(["4", "支持农村电商发展政策", "已出台《清新区支持农村电子商务发展若干措施》（清新府办〔2020〕12号），自评2分", "查阅", "查阅文件原件及兑现资料", "符合"]);
  item(["5", "项目管理", "制定了《清新区电子商务进农村综合示范项目管理办法》，自评2分；建立了工作台账，部分佐证未及时归档，自评1分", "查阅", "台账分类较完整，2020年部分会议记录未归档", "基本符合"]);
  sec("三、服务体系");
  item(["6", "县级电子商务公共服务中心", "2020年9月28日投入运营", "现场", "现场查看中心（太和镇），运营正常", "符合"]);
  item(["7", "中心服务功能", "有免费培训场所和培训设备，能组织电商基础培训；为特色农产品提供免费展示、销售服务；提供免费摄影、美工服务；组织农产品统一推广，指导清远鸡、禾云桂花鱼等品牌建设；提供金融对接、物流对接等衍生增值服务", "现场", "现场查看培训室（80座）、直播间2间、展销区；抽查摄影美工服务记录3份", "符合"]);
  item(["8", "电商产业园", "整合提升清新区电商产业园（太和镇），现有入驻企业24家，涵盖平台、销售、运营服务、物流快递四类", "现场", "现场查看园区，抽查入驻协议5份", "符合"]);
  item(["9", "村级电商服务站点", "已建站点行政村121个，省定贫困村27个全覆盖", "抽查", "抽查龙颈镇、禾云镇、浸潭镇站点5个，均正常营业", "符合"]);
  sec("四、农村产品上行");
  item(["10", "网销调研", "委托第三方完成《清新区农产品网络销售调研报告》并提出针对性建议，自评2分", "查阅", "查阅调研报告", "符合"]);
  item(["11", "网络促销活动", "举办年货节、清远鸡电商节等线上促销活动6场，自评2分", "查阅", "查阅活动方案、总结及销售数据", "符合"]);
  item(["12", "第三方电商运营服务商", "有（清远市清新区农淘电子商务有限公司）", "查阅", "查阅运营服务合同", "符合"]);
  item(["13", "行政村快递覆盖", "行政村快递服务覆盖率100%", "查阅", "查阅区邮政管理部门统计表", "符合"]);
  item(["14", "交易标准、冷链、溯源", "出台《清新区农产品电商交易标准（试行）》，建成冷链仓1个，溯源系统正在建设，自评1分", "现场", "现场查看冷链仓；溯源系统未上线", "基本符合"]);
  item(["15", "农村网络零售额", "农村网络零售额：2019年9.86亿元，2020年12.64亿元，同比增长28.2%；农产品网络零售额：2019年3.02亿元，2020年4.11亿元，同比增长36.1%", "查阅", "查阅第三方监测报告", "符合"]);
  sec("五、人才培训");
  item(["16", "电商培训人次", "累计培训6,218人次", "抽查", "抽查第5、12、20期签到表共286人次，与登记一致", "符合"]);
  item(["17", "建档立卡贫困人口培训", "有劳动能力且未外出务工的建档立卡贫困人口2,034人，已参训1,097人，培训率53.9%", "查阅", "查阅区乡村振兴局名单及贫困户专场签到表", "符合"]);
  sec("六、信息公开和报送");
  item(["18", "政府网站专栏", "区政府门户网站设“电子商务进农村综合示范”专栏，公示创建方案、项目基本信息、项目建设进度，开设监督举报信箱", "现场", "现场登录网站查看", "符合"]);
  item(["19", "专栏更新", "按月更新", "现场", "2021年2月更新稿3月初发布", "基本符合"]);
  item(["20", "数据报送", "按月向清远市商务局报送工作进展月报，附电商扶贫统计表", "查阅", "查阅粤政易报送记录", "符合"]);
  sec("七、宣传推广");
  item(["21", "案例总结和宣传报道", "向市商务局报送经验材料3篇；南方日报、清远日报、清新电视台等报道12篇", "查阅", "查阅报送记录和剪报", "符合"]);
  sec("八、资金管理");
  item(["22", "资金下达及拨付", "省级专项资金500万元，累计拨付396.8万元，拨付率79.4%", "查阅", "查阅国库支付凭证", "符合"]);
  item(["23", "资金管理制度", "已制定《清新区省级电子商务进农村综合示范专项资金管理办法》，自评4分", "查阅", "查阅文件", "符合"]);
  item(["24", "资金台账", "建立专项资金专用台账，自评4分", "查阅", "查阅台账", "符合"]);
  item(["25", "资金及时拨付", "按合同约定节点拨付，自评4分", "查阅", "个别合同尾款拨付滞后约1个月", "基本符合"]);
  item(["26", "项目总体进度", "92%", "查阅", "查阅项目验收资料", "符合"]);
  sec("九、一票否决事项");
  item(["27", "安全生产、质量事故或重大损失", "无", "查阅", "未发现", "符合"]);
  item(["28", "弄虚作假", "无", "查阅", "未发现", "符合"]);
  S.band("互查组总体意见：清新区创建工作组织有力，服务体系基本完善，台账较为规范。建议：1. 加快溯源系统上线；2. 按月及时更新专栏；3. 补齐2020年部分会议记录。");
  { const n = S.row(["互查组成员签名", "朱××、黄××、潘××", null, "被查单位负责人签名", "梁××", null]); S.merge(`B${n}:C${n}`); S.merge(`E${n}:F${n}`); }
  assert(Math.round((12.64 / 9.86 - 1) * 1000) === 282 && Math.round((4.11 / 3.02 - 1) * 1000) === 361, "qingxin growth");
  assert(Math.round(1097 / 2034 * 1000) === 539 && Math.round(3968000 / 5000000 * 1000) === 794, "qingxin rates");
  return {
    description: "清远市组织的电商进农村示范县（区）交叉互查表，被查县清新区、互查组佛冈县商务局：表头两行“标签|值”成对（被查县、互查组、互查时间、考评数据截止时间、联系人），主体为 序号|互查要点|被查单位自查情况|核查方式|互查核查情况|互查意见，按一至九分节（节标题整行合并）；事实只取清新区自己填的“自查情况”列（句子里带数字、文号和“自评n分”），互查组的核查情况（抽查5个站点、286人次、80座培训室、2次会议、文号77号）和意见（符合/基本符合）不是清新区的填报值。陷阱：佛冈县是互查单位不是被查县；互查时间2021年9月2日不是截止日；专栏“按月更新”、24家入驻企业、121个建站村、报道12篇、材料3篇不是输入；户籍人口未写。",
    sheets: [S.toJSON()],
    expect: {
      facts: {
        county: "清新区",
        asOf: "2021-08-31",
        residentPopulation: 665200,
        adminVillagesStated: 165,
        poorVillagesStated: 27,
        planIssued: true,
        policyIssued: true,
        centerOpened: "2020-09-28",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: true,
        parkBuilt: true,
        thirdPartyOperator: true,
        expressCoverage: true,
        ruralRetail2019: 986000000,
        ruralRetail2020: 1264000000,
        agriRetail2019: 302000000,
        agriRetail2020: 411000000,
        ruralRetailGrowthStated: 0.282,
        agriRetailGrowthStated: 0.361,
        trainingPersonTimesStated: 6218,
        eligiblePoorPersonsStated: 2034,
        trainedPoorPersonsStated: 1097,
        disclosurePlan: true,
        disclosureProjects: true,
        disclosureProgress: true,
        disclosureWindow: true,
        povertyStatisticsStated: true,
        fundAllocated: 5000000,
        fundSpentStated: 3968000,
        fundSystemIssued: true,
        fundLedgerKept: true,
        overallProgress: 0.92,
        vetoIncident: false,
        vetoFraud: false,
      },
      judged: {
        "org.plan": 2,
        "org.policy": 2,
        "org.management.system": 2,
        "org.management.ledger": 1,
        "work.upward.research": 2,
        "work.upward.promotion": 2,
        "work.upward.standards": 1,
        "fund.system": 4,
        "fund.ledger": 4,
        "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================
// LEDGER l1: 惠来 — media from the county TV news rundowns + the 网信办 舆情日报 extracts
// =====================================================================================
function buildHuilaiMedia() {
  const A = new Sheet("惠来新闻串联单（摘录）", 8);
  A.band("惠来县融媒体中心《惠来新闻》节目串联单（摘录）");
  A.band("电商股说明：经县融媒体中心同意，按播出日期摘录2020年9月—2021年9月含电商进农村内容的各期串联单（整期照录）。“电商股标注”栏的★为电商进农村相关稿件；“撤”为当期撤播、未播出的稿件；《惠来新闻》每周一、三、五19:30首播，次日7:00、12:00重播，重播不另计。");
  const BLOCKS = [
    ["2020-09-25", 1823, [
      ["县委常委会传达学习省委全会精神", "新闻", "2′35″", "郑××、林××", "陈××", null, null],
      ["我县召开电子商务进农村综合示范创建工作推进会", "新闻", "1′48″", "黄××", "陈××", "★", null],
      ["秋季学生资助政策宣传", "新闻", "1′20″", "许××", "陈××", null, null],
      ["神泉镇开展渔船安全检查", "新闻", "1′30″", "蔡××", "陈××", null, null],
      ["天气预报", "其他", "0′40″", null, "陈××", null, null],
    ]],
    ["2020-11-16", 1845, [
      ["县政府常务会议研究部署冬春农业生产", "新闻", "2′05″", "郑××", "吴××", null, null],
      ["县电子商务公共服务中心正式投入运营", "新闻", "2′10″", "黄××、方××", "吴××", "★", null],
      ["（口播）葵潭菠萝“触网”销往珠三角", "口播", "0′35″", null, "吴××", "★", null],
      ["冬季森林防火宣传", "新闻", "1′15″", "许××", "吴××", null, null],
      ["预告：“乡村振兴看惠来”系列报道下周一起播出", "预告", "0′20″", null, "吴××", null, null],
    ]],
    ["2020-12-23", 1861, [
      ["全县农村人居环境整治现场会召开", "新闻", "2′20″", "林××", "陈××", null, null],
      ["隆江猪脚饭搭上电商快车", "新闻", "2′20″", "黄××", "陈××", "★", null],
      ["岐石镇开展冬季消防安全检查", "新闻", "1′10″", "蔡××", "陈××", null, null],
    ]],
    ["2021-01-29", 1877, [
      ["县领导走访慰问困难群众", "新闻", "2′40″", "郑××", "吴××", null, null],
      ["年货节线上线下齐发力 本土年货俏销", "新闻", "1′55″", "黄××", "吴××", "★", null],
      ["村级电商服务站成了村民家门口的“便利店”", "新闻", "2′05″", "方××", "吴××", "★", "撤（当期超时，顺延下期）"],
      ["春运疫情防控提示", "口播", "0′45″", null, "吴××", null, null],
    ]],
    ["2021-02-01", 1878, [
      ["我县召开春节前安全生产工作会议", "新闻", "2′10″", "林××", "陈××", null, null],
      ["村级电商服务站成了村民家门口的“便利店”", "新闻", "2′05″", "方××", "陈××", "★", "上期顺延"],
      ["靖海镇“年货大集”开市", "新闻", "1′25″", "许××", "陈××", null, null],
    ]],
    ["2021-05-21", 1924, [
      ["党史学习教育专题宣讲走进基层", "新闻", "2′30″", "郑××", "吴××", null, null],
      ["贫困户学直播 瓜果卖上好价钱", "新闻", "2′30″", "黄××", "吴××", "★", null],
      ["龙舟水防御提示", "口播", "0′40″", null, "吴××", null, null],
    ]],
    ["2021-08-27", 1966, [
      ["我县部署秋季开学疫情防控工作", "新闻", "1′50″", "林××", "陈××", null, null],
      ["电商培训进村居 助力乡村振兴", "新闻", "1′50″", "方××", "陈××", "★", null],
      ["警惕“网购退款”电信诈骗", "口播", "0′45″", null, "陈××", null, "县公安局供稿"],
    ]],
    ["2021-09-10", 1972, [
      ["我县隆重庆祝第37个教师节", "新闻", "2′00″", "许××", "吴××", null, null],
      ["我县全力迎接电子商务进农村示范县考评", "新闻", "1′40″", "黄××", "吴××", "★", null],
    ]],
  ];
  const tvRecords = [];
  for (const [iso, no, items] of BLOCKS) {
    const wd = weekdayCn(iso);
    assert("一三五".includes(wd), "broadcast weekday " + iso);
    A.blank();
    A.band(`${cnDate(iso)}（星期${wd}）　第${no}期　首播19:30　总时长15′00″`);
    A.row(["序号", "稿件标题", "类别", "时长", "记者", "责任编辑", "电商股标注", "备注"]);
    items.forEach((it, i) => {
      A.row([i + 1, ...it]);
      if (it[5] === "★" && !(it[6] || "").startsWith("撤")) tvRecords.push({ date: iso, level: "county", tv: true });
    });
  }
  A.blank();
  A.band("摘录：惠来县商务局电商股　方××　2021年9月15日");
  assert(tvRecords.length === 9, "tv records");

  const B = new Sheet("舆情摘编（电商）", 8);
  B.band("惠来县网络舆情日报·正面信息摘编（电子商务进农村）");
  B.band("说明：摘自县委网信办每日《惠来网络舆情日报》“正面信息”栏目中涉及我县电子商务进农村的媒体报道（县内媒体“惠来发布”“惠来融媒”不在日报监测范围）。日报汇总前一日0时至24时的信息，报道日期以“发布时间”为准；同一稿件在连续两期日报出现的只登记一次。");
  B.row(["日报期号", "日报日期", "标题", "来源", "媒体类型", "发布时间", "转载量", "电商股备注"]);
  const ROWS = [
    ["2020年第226期", "2020-10-13", "揭阳惠来：电商服务站开到群众家门口", "揭阳日报", "报纸（数字报）", "2020年10月12日　第03版", 5, null, "2020-10-12", "city"],
    ["2020年第241期", "2020-10-28", "惠来：“电商+特色产业”助农增收", "南方+", "客户端", "2020-10-27 18:42:10", 23, null, "2020-10-27", "province"],
    ["2020年第242期", "2020-10-29", "惠来：“电商+特色产业”助农增收", "南方+", "客户端", "2020-10-27 18:42:10", 31, "同第241期（转载量更新），不另计", null, null],
    ["2020年第262期", "2020-11-17", "惠来县电子商务公共服务中心投入运营", "揭阳新闻网", "网站", "2020-11-16 21:05", 4, null, "2020-11-16", "city"],
    ["2020年第290期", "2020-12-16", "广东惠来：小站点撬动农村电商大市场", "人民网", "网站", "2020-12-15 10:11:36", 17, null, "2020-12-15", "national"],
    ["2021年第022期", "2021-01-23", "惠来年货“云上”俏销", "南方日报", "报纸", "2021年1月22日　A05版", 9, null, "2021-01-22", "province"],
    ["2021年第118期", "2021-04-29", "惠来县：电商培训让贫困户端上“新饭碗”", "学习强国广东学习平台", "客户端", "2021-04-28", "—", null, "2021-04-28", "province"],
    ["2021年第163期", "2021-06-13", "广东惠来：直播带货让海鲜“游”出渔村", "新华网", "网站", "2021-06-12 15:36:20", 42, null, "2021-06-12", "national"],
    ["2021年第246期", "2021-09-04", "惠来：电商进农村 激活乡村振兴新动能", "揭阳日报", "报纸（数字报）", "2021年9月3日　第02版", 6, null, "2021-09-03", "city"],
  ];
  const netRecords = [];
  for (const x of ROWS) {
    B.row([x[0], D(x[1]), x[2], x[3], x[4], x[5], x[6], x[7]]);
    if (x[8]) netRecords.push({ date: x[8], level: x[9], tv: false });
  }
  B.band("摘编：方××　　核对：陈××");
  return {
    description: "惠来县（揭阳）商务局电商股没有逐篇登记宣传报道，交来两张“代用台账”：①县融媒体中心《惠来新闻》节目串联单摘录——按播出日期一期一块（块标题“2020年9月25日（星期五）　第1823期　首播19:30…”整行合并，块内重复表头 序号|稿件标题|类别|时长|记者|责任编辑|电商股标注|备注），整期照录，只有电商股打★的稿件才是电商报道；记录＝★且未“撤”的稿件，日期取块标题的播出日期，级别县级、电视；口播稿件也算；1月29日那期★稿件“撤（当期超时，顺延下期）”不是记录，2月1日顺延播出的才是；重播不另计；其他新闻、预告、公安反诈口播不是。②县委网信办《舆情日报》正面信息摘编——日报期号|日报日期|标题|来源|媒体类型|发布时间|转载量|备注，报道日期取“发布时间”（日报日期是次日编发日，不是报道日期；“2021年1月22日　A05版”式文本），级别只能从来源看（人民网、新华网→国家，南方+、南方日报、学习强国广东学习平台→省，揭阳日报、揭阳新闻网→市），都不是电视；第242期同一篇南方+稿件（转载量更新）不另计。两张表各有一条在截止日后（9月10日、9月3日）照列。",
    sheets: [A.toJSON(), B.toJSON()],
    expect: {
      sheets: {
        "惠来新闻串联单（摘录）": { kind: "media", records: tvRecords },
        "舆情摘编（电商）": { kind: "media", records: netRecords },
      },
    },
  };
}

// =====================================================================================
// LEDGER l2: 阳山 — training ledger replaced by 团体意外险 被保险人清单 (保单 + 批单)
// =====================================================================================
function buildYangshanInsurance() {
  const r = rng(72010);
  const usedIds = new Set();
  function newPerson(opts = {}) {
    for (;;) {
      const male = opts.male !== undefined ? opts.male : r() < 0.55;
      const y = 1966 + Math.floor(r() * 35), m = 1 + Math.floor(r() * 12), d = 1 + Math.floor(r() * 28);
      const birth = `${y}${pad2(m)}${pad2(d)}`;
      let s2 = String(Math.floor(r() * 100)).padStart(2, "0");
      let g = Math.floor(r() * 5) * 2 + (male ? 1 : 0);
      const area = opts.area || "441823";
      const id = makeId(area, birth, s2 + g);
      if (usedIds.has(id)) continue;
      if (opts.wantX !== undefined && (id[17] === "X") !== opts.wantX) continue;
      if (opts.wantX === undefined && id[17] === "X") continue;
      usedIds.add(id);
      const name = pick(r, SURNAMES_NORTH) + pick(r, male ? GIVEN_M : GIVEN_F);
      return { name, id, male, birth: `${y}-${pad2(m)}-${pad2(d)}` };
    }
  }
  const HEAD = ["序号", "被保险人姓名", "证件类型", "证件号码", "性别", "出生日期", "职业类别", "保额（万元）", "保费（元）", "备注"];
  function personRow(no, p, note, idShown) {
    return [no, p.name, "居民身份证", idShown || p.id, p.male ? "男" : "女", D(p.birth), "第一类", 10, 5, note || null];
  }
  function policySheet(cfg) {
    const S = new Sheet(cfg.sheet, 10);
    S.band("中国人民财产保险股份有限公司清远市分公司");
    S.band("团体意外伤害保险　被保险人清单");
    { const n = S.row([`保险单号：${cfg.policy}`, null, null, null, null, "投保人：阳山县电子商务公共服务中心"]); S.merge(`A${n}:E${n}`); S.merge(`F${n}:J${n}`); }
    { const n = S.row([`保险期间：${cfg.period}`, null, null, null, null, `被保险人数：${cfg.list.length}人　　总保费：${(cfg.list.length * 5).toFixed(2)}元`]); S.merge(`A${n}:E${n}`); S.merge(`F${n}:J${n}`); }
    S.band(`特别约定：${cfg.special}`);
    S.row(HEAD);
    cfg.list.forEach((e, i) => S.row(personRow(i + 1, e.p, e.note, e.idShown)));
    { const n = S.row(["合计", null, null, `${cfg.list.length}人`, null, null, null, null, (cfg.list.length * 5).toFixed(2), null]); S.merge(`A${n}:C${n}`); }
    S.blank();
    S.band("批　　单");
    S.band(cfg.endorseHead);
    S.band(cfg.endorseText);
    if (cfg.added.length) {
      S.row(HEAD);
      cfg.added.forEach((e, i) => S.row(personRow(cfg.list.length + i + 1, e.p, "批增")));
    }
    S.band(cfg.clerkNote);
    return S;
  }
  // 第3期: 46 insured (44 students + 2 staff); 批减 #17 #31, 批增 #47
  const l1 = [];
  for (let i = 0; i < 44; i++) l1.push({ p: newPerson() });
  l1.push({ p: newPerson({ area: "441823" }), note: "工作人员（县电商中心）" });
  l1.push({ p: newPerson({ area: "441823" }), note: "工作人员（县电商中心）" });
  const add1 = [{ p: newPerson() }];
  const s1 = policySheet({
    sheet: "第3期（保单0417）", policy: "PEAC202044180000000417",
    period: "自2020年11月19日0时起至2020年11月20日24时止",
    special: "本保单承保阳山县2020年第3期农村电商实操培训班（培训时间2020年11月19日—20日，地点黎埠镇电商服务中心）参训学员及工作人员在培训期间（含往返途中）发生的意外伤害事故。",
    list: l1, added: add1,
    endorseHead: "批单号：EPEC202044180000000417-01　　批改日期：2020年11月19日　　批改类型：减少、增加被保险人",
    endorseText: `批改内容：经投保人申请，本保单被保险人减少2人：第17号${l1[16].p.name}（${l1[16].p.id}）、第31号${l1[30].p.name}（${l1[30].p.id}），退还保费10.00元；增加被保险人1人（见下表），加收保费5.00元。批改后被保险人为45人。其他条件不变。`,
    clerkNote: "电商股核对：批减2人为报名未到，批增1人为现场补报；第45、46号为县电商中心工作人员，不是学员。",
  });
  const rec1 = l1.filter((e, i) => i < 44 && i !== 16 && i !== 30).map((e) => e.p).concat(add1.map((e) => e.p))
    .map((p) => ({ date: "2020-11-20", personTimes: 1, id: p.id }));
  assert(rec1.length === 43, "rec1");

  // 第5期: 30 insured (29 students + 1 staff); 批单 corrects #12's ID number
  const l2 = [];
  for (let i = 0; i < 29; i++) l2.push({ p: newPerson() });
  l2.push({ p: newPerson({ area: "441823" }), note: "工作人员（县电商中心）" });
  const p12 = l2[11].p;
  const wrong = p12.id.slice(0, 10) + p12.id[11] + p12.id[10] + p12.id.slice(12); // month digits transposed
  assert(wrong !== p12.id && idCheck(wrong.slice(0, 17)) !== wrong[17], "wrong id must fail its check");
  l2[11].idShown = wrong;
  const s2 = policySheet({
    sheet: "第5期（保单0133）", policy: "PEAC202144180000000133",
    period: "自2021年3月25日0时起至2021年3月25日24时止",
    special: "本保单承保阳山县2021年第5期农村电商直播带货培训班（培训时间2021年3月25日，地点七拱镇人民政府会议室）参训学员及工作人员在培训期间（含往返途中）发生的意外伤害事故。",
    list: l2, added: [],
    endorseHead: "批单号：EPEC202144180000000133-01　　批改日期：2021年3月26日　　批改类型：被保险人信息更正",
    endorseText: `批改内容：经投保人申请，更正第12号被保险人${p12.name}的证件号码，原录入为${wrong}，更正为${p12.id}。被保险人人数及保费不变。`,
    clerkNote: "电商股核对：本期学员29人，第30号为县电商中心工作人员；第12号证件号码以批单更正后的为准。",
  });
  const rec2 = l2.slice(0, 29).map((e) => ({ date: "2021-03-25", personTimes: 1, id: e.p.id }));

  // 第8期 贫困户专场: 38 insured (36 students + 2 staff); 批减 #9, 批增 #39 #40; one ID ends in x; #5 also in 第3期
  const l3 = [];
  for (let i = 0; i < 36; i++) l3.push({ p: newPerson() });
  l3[4] = { p: l1[7].p };
  l3[21] = { p: newPerson({ wantX: true }) };
  l3[21].idShown = l3[21].p.id.slice(0, 17) + "x";
  l3.push({ p: newPerson({ area: "441823" }), note: "工作人员（青莲镇乡村振兴办）" });
  l3.push({ p: newPerson({ area: "441823" }), note: "工作人员（县电商中心）" });
  const add3 = [{ p: newPerson() }, { p: newPerson() }];
  const s3 = policySheet({
    sheet: "第8期（保单0526）", policy: "PEAC202144180000000526",
    period: "自2021年5月12日12时起至2021年5月13日24时止",
    special: "本保单承保阳山县2021年第8期电商扶贫专场培训班（贫困户专场，培训时间2021年5月13日，地点青莲镇文化站；学员于5月12日下午报到入住）参训学员及工作人员在培训期间（含往返途中及住宿期间）发生的意外伤害事故。",
    list: l3, added: add3,
    endorseHead: "批单号：EPEC202144180000000526-01　　批改日期：2021年5月13日　　批改类型：减少、增加被保险人",
    endorseText: `批改内容：经投保人申请，本保单被保险人减少1人：第9号${l3[8].p.name}（${l3[8].p.id}），退还保费5.00元；增加被保险人2人（见下表），加收保费10.00元。批改后被保险人为39人。其他条件不变。`,
    clerkNote: "电商股核对：批减1人为报名未到（住院），批增2人为镇里现场补报的贫困户；第37、38号为工作人员，不是学员。",
  });
  const rec3 = l3.filter((e, i) => i < 36 && i !== 8).map((e) => e.p).concat(add3.map((e) => e.p))
    .map((p) => ({ date: "2021-05-13", personTimes: 1, id: p.id }));
  assert(rec3.length === 37 && rec3.some((x) => x.id.endsWith("X")), "rec3");

  const N = new Sheet("说明", 1);
  N.row(["关于部分期次以保险被保险人清单代替签到表的说明"]);
  N.row(["2021年6月12日县电商中心档案室漏水，2020年11月至2021年5月部分培训签到表受损无法辨认。经与承保公司（人保财险清远市分公司）核对，第3、5、8期以《团体意外伤害保险被保险人清单》及批单代替签到表作为培训台账：投保名单为报名名单，批单减员的为报名未到，批单增员的为现场补报，批单更正的证件号码以更正后为准；备注栏注明“工作人员”的不是学员。其余各期签到表完好，另册装订。"]);
  N.row(["阳山县电子商务公共服务中心　2021年7月5日"]);
  const C = new Sheet("各期人数核对", 8);
  C.row(["期次", "保单号", "培训时间", "投保人数", "批减", "批增", "其中：工作人员", "学员（人次）"]);
  C.row(["第3期", "PEAC202044180000000417", "2020年11月19日—20日", 46, 2, 1, 2, 43]);
  C.row(["第5期", "PEAC202144180000000133", "2021年3月25日", 30, 0, 0, 1, 29]);
  C.row(["第8期", "PEAC202144180000000526", "2021年5月13日", 38, 1, 2, 2, 37]);
  C.row(["合计", null, null, 114, 3, 3, 5, 109]);
  assert(rec1.length + rec2.length + rec3.length === 109, "109");
  return {
    description: "阳山县（清远）电商公共服务中心：档案室漏水毁了签到表，三期培训以人保财险《团体意外伤害保险被保险人清单》及批单代替签到表当培训台账交来（一期一张表，表名“第3期（保单0417）”等）。每张表：保险公司抬头、保单号|投保人、保险期间|被保险人数（成对合并格）、特别约定（写明培训班名称、培训时间和地点）、表头 序号|被保险人姓名|证件类型|证件号码|性别|出生日期（真日期）|职业类别|保额|保费|备注，合计行，下接“批单”（批单号、批改日期、批改内容一段文字，批增人员另有小表）和电商股核对说明。记录＝每名学员一次参训（personTimes 1）：清单里备注“工作人员”的不是，批单批减的（报名未到）不是，批单批增的（现场补报）是，排在该表最后；第5期批单更正第12号证件号码（清单里是月份两位颠倒的错号），id取更正后的号码。日期：第3期两天班（保险期间2020年11月19日0时至20日24时、特别约定写11月19日—20日）按结束日2020-11-20；第5期2021-03-25；第8期保险期间从5月12日12时起（学员前一天报到入住），培训时间是2021-05-13。第8期第22号证件号码末位小写x（读作X）；第8期第5号与第3期第8号是同一人（两期各算一次）。另有“说明”页和“各期人数核对”汇总表（kind null）。",
    sheets: [N.toJSON(), s1.toJSON(), s2.toJSON(), s3.toJSON(), C.toJSON()],
    expect: {
      sheets: {
        "说明": { kind: null },
        "第3期（保单0417）": { kind: "training", records: rec1 },
        "第5期（保单0133）": { kind: "training", records: rec2 },
        "第8期（保单0526）": { kind: "training", records: rec3 },
        "各期人数核对": { kind: null },
      },
    },
  };
}

// =====================================================================================
// LEDGER l3: 连南 — each town's 新时代文明实践所 activity log, pasted by the bureau as received
// =====================================================================================
function buildLiannanCivic() {
  const S = new Sheet("各镇活动台账（汇总）", 8);
  S.band("连南瑶族自治县各镇新时代文明实践所（站）活动台账汇总（电商培训核对用）");
  S.band("电商股说明：按县商务局通知，各镇把新时代文明实践所2020年9月以来的整本活动台账报来，电商股按收到先后原样粘贴，各镇表头不改动。计入电商培训的只有“类别”为“电商培训”的场次（县电商中心派师资授课）；人次按参加群众数计，志愿者、工作人员不计（大麦山镇“参加人数”含志愿者，按括号内人数扣除；寨岗镇按男、女两栏相加）；取消、改期未开展的不计。");
  const recs = [];
  // 三江镇 — 县文明办统一格式
  S.blank();
  S.band("【三江镇新时代文明实践所】　2021年9月2日报送");
  S.row(["序号", "活动时间", "活动地点", "活动名称", "活动类别", "参加群众（人）", "志愿者（人）", "组织单位"]);
  const SJ = [
    ["2020-09-16", "三江镇文明实践所", "学习习近平总书记重要讲话精神宣讲", "理论宣讲", 65, 8, "镇宣传办"],
    ["2020-10-15", "镇电商服务中心", "农村电商基础知识培训", "电商培训", 72, 5, "县电商中心"],
    ["2020-11-05", "金坑村", "移风易俗进村入户宣传", "移风易俗", 120, 12, "镇妇联"],
    ["2020-12-10", "镇电商服务中心", "网店开设与运营培训", "电商培训", 58, 4, "县电商中心"],
    ["2021-01-20", "城南社区", "“送医下乡”义诊", "卫生健康", 90, 15, "镇卫生院"],
    ["2021-03-11", "镇农技站", "春耕水稻种植技术培训", "农技培训", 80, 3, "镇农业办"],
    ["2021-04-22", "镇电商服务中心", "短视频拍摄与直播带货培训", "电商培训", 66, 4, "县电商中心"],
    ["2021-06-17", "大龙村", "防溺水安全宣传", "平安建设", 150, 10, "镇综治办"],
    ["2021-08-12", "镇电商服务中心", "瑶山农产品网络销售培训", "电商培训", 61, 3, "县电商中心"],
  ];
  SJ.forEach((x, i) => { S.row([i + 1, D(x[0]), x[1], x[2], x[3], x[4], x[5], x[6]]); if (x[3] === "电商培训") recs.push({ date: x[0], personTimes: x[4] }); });
  // 寨岗镇 — own format, 男/女 two columns under a merged head
  S.blank();
  S.band("【寨岗镇新时代文明实践所】　2021年9月3日报送");
  const z1 = S.row(["日期", "活动主题", "类别", "参与群众（人）", null, "志愿服务队", "备注", null]);
  const z2 = S.row([null, null, null, "男", "女", null, null, null]);
  for (const c of [0, 1, 2, 5]) S.merge(`${colName(c)}${z1}:${colName(c)}${z2}`);
  S.merge(`D${z1}:E${z1}`);
  S.merge(`G${z1}:H${z2}`);
  const ZG = [
    ["2020-09-24", "电商扶贫培训（贫困户专场）", "电商培训", 28, 19, "寨岗镇志愿服务队", null],
    ["2020-11-19", "秋冬季森林防火宣传", "平安建设", 45, 30, "护林志愿服务队", null],
    ["2021-01-14", "年货网上销售培训", "电商培训", 33, 41, "寨岗镇志愿服务队", null],
    ["2021-03-04", "“三八”节瑶绣技能培训", "技能培训", 0, 56, "巾帼志愿服务队", "瑶绣传承人授课"],
    ["2021-05-20", "直播带货实操培训", "电商培训", 37, 29, "寨岗镇志愿服务队", "县电商中心讲师授课"],
    ["2021-07-08", "暑期防溺水宣传", "平安建设", 60, 52, "寨岗镇志愿服务队", null],
  ];
  ZG.forEach((x) => { const n = S.row([dotDate(x[0]), x[1], x[2], x[3], x[4], x[5], x[6], null]); S.merge(`G${n}:H${n}`); if (x[2] === "电商培训") recs.push({ date: x[0], personTimes: x[3] + x[4] }); });
  // 大麦山镇 — 活动记录, 参加人数 includes volunteers
  S.blank();
  S.band("【大麦山镇】新时代文明实践所活动记录　2021年9月3日报送");
  S.row(["时间", "内容", "类别", "参加人数", "记录人", null, null, null]);
  const DM = [
    ["2020-10-22", "上午", "电商进村培训：微信小店开店", "电商培训", 56, 6, "盘××"],
    ["2020-12-03", "下午", "冬季防火宣传", "平安建设", 80, 10, "盘××"],
    ["2021-04-15", "上午", "农产品拍照与包装设计培训", "电商培训", 44, 4, "房××"],
    ["2021-06-24", "上午", "党史学习教育宣讲", "理论宣讲", 70, 0, "房××"],
  ];
  DM.forEach((x) => {
    const who = x[5] ? `${x[4]}人（含志愿者${x[5]}人）` : `${x[4]}人`;
    S.row([`${cnDate(x[0])}（星期${weekdayCn(x[0])}）${x[1]}`, x[2], x[3], who, x[6], null, null, null]);
    if (x[3] === "电商培训") recs.push({ date: x[0], personTimes: x[4] - x[5] });
  });
  // 香坪镇 — 2021 only, two-digit years
  S.blank();
  S.band("【香坪镇】新时代文明实践站活动登记（2021年）　2021年9月6日报送");
  S.row(["序号", "时间", "地点", "主题", "类别", "人数", "备注", null]);
  const XP = [
    ["2021-03-18", "香坪镇政府", "瑶绣产品网上销售培训", "电商培训", 38, null],
    ["2021-04-29", "盘石村", "“瑶山好物”直播带货活动", "消费帮扶", 200, "线上观看1.2万人次"],
    ["2021-06-10", "香坪镇电商服务站", "农村电商物流与快递收发培训", "电商培训", 42, null],
    ["2021-08-26", "香坪镇政府", "抖音短视频运营培训", "电商培训", 45, null],
  ];
  XP.forEach((x, i) => { const [y, m, d] = x[0].split("-"); S.row([i + 1, `${y.slice(2)}.${Number(m)}.${Number(d)}`, x[1], x[2], x[3], x[4], x[5], null]); if (x[3] === "电商培训") recs.push({ date: x[0], personTimes: x[4] }); });
  // 大坪镇 — unified format again, reported late, one session after the cut-off
  S.blank();
  S.band("【大坪镇新时代文明实践所】　2021年9月6日补报");
  S.row(["序号", "活动时间", "活动地点", "活动名称", "活动类别", "参加群众（人）", "志愿者（人）", "组织单位"]);
  const DP = [
    ["2020-11-26", "大坪镇电商服务站", "农村电商政策与网店开设培训", "电商培训", 55, 3, "县电商中心"],
    ["2021-02-25", "大坪镇政府", "返乡青年电商创业分享培训", "电商培训", 48, 2, "县电商中心、团县委"],
    ["2021-05-27", "大坪村", "党史学习教育宣讲", "理论宣讲", 85, 6, "镇宣传办"],
    ["2021-09-02", "大坪镇电商服务站", "电商直播实操培训", "电商培训", 52, 4, "县电商中心"],
  ];
  DP.forEach((x, i) => { S.row([i + 1, D(x[0]), x[1], x[2], x[3], x[4], x[5], x[6]]); if (x[3] === "电商培训") recs.push({ date: x[0], personTimes: x[4] }); });
  // 涡水镇 — nothing to report
  S.blank();
  S.band("【涡水镇】　2021年9月3日报送");
  S.band("本镇2020年9月至2021年8月未开展电商培训类活动（电商培训由县电商中心在县城集中举办，本镇群众参加县里的培训）。");
  // 三排镇 — own format with 瑶语翻译 note, a cancelled session and its make-up
  S.blank();
  S.band("【三排镇新时代文明实践所】　2021年9月7日报送");
  S.row(["序号", "活动日期", "活动名称", "活动类别", "参加群众", "志愿者", "备注", null]);
  const SP = [
    ["2020-12-17", "电商助农培训（瑶语翻译）", "电商培训", 63, 5, "县电商中心讲师授课，南岗村干部瑶语翻译"],
    ["2021-03-25", "义务植树活动", "生态环保", 76, 12, null],
    ["2021-07-15", "农村电商培训", "电商培训", "—", "—", "因暴雨取消，改至7月22日"],
    ["2021-07-22", "农村电商培训（补）", "电商培训", 57, 4, "7月15日改期"],
  ];
  SP.forEach((x, i) => { S.row([i + 1, cnDate(x[0]), x[1], x[2], x[3], x[4], x[5], null]); if (x[2] === "电商培训" && typeof x[3] === "number") recs.push({ date: x[0], personTimes: x[3] }); });
  S.blank();
  S.band("汇总：县商务局电商股　房××　2021年9月8日");
  assert(recs.length === 17, "liannan recs " + recs.length);

  const T = new Sheet("各镇报送情况", 5);
  T.row(["镇", "报送时间", "台账活动场次", "其中：电商培训（场）", "备注"]);
  T.row(["三江镇", "2021年9月2日", 9, 4, null]);
  T.row(["寨岗镇", "2021年9月3日", 6, 3, null]);
  T.row(["大麦山镇", "2021年9月3日", 4, 2, null]);
  T.row(["香坪镇", "2021年9月6日", 4, 3, "只报2021年"]);
  T.row(["大坪镇", "2021年9月6日", 4, 3, "补报，含9月2日1场"]);
  T.row(["涡水镇", "2021年9月3日", 0, 0, "无电商培训"]);
  T.row(["三排镇", "2021年9月7日", 4, 2, "7月15日取消1场未计"]);
  T.row(["合计", null, 31, 17, null]);
  return {
    description: "连南瑶族自治县（清远）商务局电商股交来的培训台账是各镇新时代文明实践所（站）的整本活动台账，按收到先后原样粘贴在一张表里：每镇一块（块标题“【三江镇新时代文明实践所】　2021年9月2日报送”整行合并），各镇表头各不相同——三江镇、大坪镇用县文明办统一格式（序号|活动时间（真日期）|活动地点|活动名称|活动类别|参加群众（人）|志愿者（人）|组织单位）；寨岗镇两行表头（“参与群众（人）”合并在 男|女 之上，日期“2020.9.24”）；大麦山镇“活动记录”（时间写“2020年10月22日（星期四）上午”，参加人数“56人（含志愿者6人）”）；香坪镇只报2021年（日期“21.3.18”两位年份）；涡水镇只有一句“未开展电商培训类活动”；三排镇日期为“2020年12月17日”文本。记录＝类别为“电商培训”的场次（session），人次＝参加群众数（志愿者不计：大麦山镇按括号扣除，56→50、44→40；寨岗镇男＋女），按表内顺序。不是记录的：理论宣讲、移风易俗、义诊、农技培训、平安建设、瑶绣技能培训、“瑶山好物”直播带货活动（消费帮扶）、植树，三排镇7月15日因暴雨取消的那场（7月22日补课那场是记录），块标题、说明和落款；大坪镇2021年9月2日一场在截止日后照列。另一张“各镇报送情况”是汇总表（kind null）。",
    sheets: [S.toJSON(), T.toJSON()],
    expect: {
      sheets: {
        "各镇活动台账（汇总）": { kind: "training", records: recs },
        "各镇报送情况": { kind: null },
      },
    },
  };
}

// =====================================================================================
// main
// =====================================================================================
function main() {
  const c = buildHuilaiCounty();
  write("counties", "b72-c1-huilai.json", {
    description: "惠来县（揭阳）商务局整本考评工作簿（10个表），中上（88分，含加分1分，未否决；纪要审定自评95分）。事实表不是填报表，而是县政府办印发的《专题会议纪要》（〔2021〕47号，县委常委、副县长主持的迎检专题会）原样录入：红头、纪要号、标题、一段一行的正文（合并A:F），正文中嵌两张表——“表1　考评基础数据（会议确认）”序号|数据项|会议确认情况（C:D合并，句子）|提供单位|备注，“表2　自评得分（会议审定）”序号|评价指标|分值|审定自评分|自评依据（服务体系建设拆成县级中心及产业园、村级站点两行，加分项两行，合计行），后面是迎检分工段落和出席、列席、记录、分送、印发行。台账：村（居）名单350行（312个村委会、38个社区，镇列纵向合并，省定贫困村“是”，快递“通/未通”）；站点148个（一站一行，挂牌时间真日期与“2020.7.16”“2020年9月”文本混写）；培训按期次一行、两行表头“参训人次”合并在 男|女|合计 之上；产业园企业带统一社会信用代码、退出时间；资金支出台账带凭证号、红字冲销负数、“截至2021年8月31日小计”和9月一笔；月报、专栏、宣传、经验材料登记。陷阱：会议主持人是常务副组长（组长是县长）；户籍人口143.2万、常住115.64万取50万基数；312个行政村取200基数，站点覆盖恰为140/200=70%（两个村只有写成“××村委会”“××村民委员会”的站点，其中一个是省定贫困村）；纪要“44期5,248人次”含9月9日380人次（台账4,868人次=0.97%→8分）；纪要快递100%但名单一村“未通”；纪要375.52万元含9月拨付；甜鲜果蔬9月15日才退园（8月31日在园20家）；专栏缺2021年2月；市级报道都在截止日后；省台播报的扶贫案例加1分。",
    sheets: c.sheets,
    expect: c.expect,
    derivation: c.derivation,
  });
  write("facts", "b72-f1-liannan.json", buildLiannanFacts());
  write("facts", "b72-f2-qingxin.json", buildQingxinFacts());
  write("ledgers", "b72-l1-huilai.json", buildHuilaiMedia());
  write("ledgers", "b72-l2-yangshan.json", buildYangshanInsurance());
  write("ledgers", "b72-l3-liannan.json", buildLiannanCivic());
}

main();
