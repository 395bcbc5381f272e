// Batch 160 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block adapted from
// counties/_make/gen-b158.js. Deterministic: seeded PRNG, no clock.
//
// c1 三水区 (佛山): the claimed points as one horizontal strip (group row, indicator row, 分值, 自评得分, 说明); a 基础数据 form with
//    ☑/□ box cells, three label|value pairs per row and a formal Chinese date; villages listed inside one cell per town; two
//    stacked station tables (第一批/第二批, columns reordered); a session ledger with 人次 typed as "177人次" and full-width
//    digits, population over 50万; a bank statement export (借方/贷方, 8-digit dates, interest rows); reports in a 发文登记簿
//    (one item to 区政府, January–February merged).
// f1 增城区 (广州): a statistical report form (表号 block, 甲乙丙/1234 column-index row, 代码, year columns + 创建以来累计).
// f2 坡头区 (湛江): the city's wide template: one data row under a three-row merged header, units in the header, full-width
//    digits, "/" unanswered, a 佐证材料页码 row.
// f3 斗门区 (珠海): a 目标任务 vs 完成情况 对照表 with ditto marks (〃, 同上) and targets as distractors.
// l1 云城区 (云浮): NBS 统计用区划代码 list with town rows, a poverty-platform export grouped by household, an attendance grid.
// l2 蓬江区 (江门): park room register, treasury payment register (大写/小写, voided/returned), clippings, approval register.
"use strict";
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "../..");

// ---------------------------------------------------------------- helpers
function assert(cond, msg) {
  if (!cond) throw new Error("assertion failed: " + msg);
}
function D(iso) {
  assert(/^\d{4}-\d{2}-\d{2}$/.test(iso), "bad date " + iso);
  return { date: iso };
}
function sum(a) {
  return a.reduce((s, x) => s + x, 0);
}
// exact money/amount sums in 分 to avoid float drift
function sumYuan(a) {
  return Math.round(sum(a.map((x) => Math.round(x * 100)))) / 100;
}
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
function fmtMoney(n) {
  // 1234567.5 -> "1,234,567.50"
  const neg = n < 0;
  const [i, f] = Math.abs(n).toFixed(2).split(".");
  return (neg ? "-" : "") + i.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + "." + f;
}
function fmtInt(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function pct1(num, den) {
  return (Math.round((num / den) * 1000) / 10).toFixed(1) + "%";
}
// deterministic PRNG
let seed = 160160;
function rnd() {
  // mulberry32: exact 32-bit integer arithmetic, so the sequence is the same on every platform
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
function rint(a, b) {
  return a + Math.floor(rnd() * (b - a + 1));
}
const ALNUM = "0123456789ABCDEFGHJKLMNPQRTUWXY";
// 统一社会信用代码 with a valid GB 32100-2015 check character
function creditCode(division) {
  let s = "91" + division;
  while (s.length < 17) s += ALNUM[Math.floor(rnd() * ALNUM.length)];
  const W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  let t = 0;
  for (let i = 0; i < 17; i++) t += ALNUM.indexOf(s[i]) * W[i];
  s += ALNUM[(31 - (t % 31)) % 31];
  assert(s.length === 18, "credit code length");
  return s;
}
// 身份证号 (GB 11643) with a valid check character
function idCheck(s17) {
  const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let t = 0;
  for (let i = 0; i < 17; i++) t += Number(s17[i]) * W[i];
  return "10X98765432"[t % 11];
}
function idValid(id) {
  return /^\d{17}[\dX]$/.test(id) && idCheck(id.slice(0, 17)) === id[17];
}
const usedIds = new Set();
function makeId(region, birthIso, male, wantX) {
  const b = birthIso.replace(/-/g, "");
  for (let k = 0; k < 5000; k++) {
    const two = String(rint(0, 99)).padStart(2, "0");
    let g = rint(0, 4) * 2 + (male ? 1 : 0);
    const s17 = region + b + two + g;
    const id = s17 + idCheck(s17);
    if (usedIds.has(id)) continue;
    if (wantX === true && !id.endsWith("X")) continue;
    if (wantX === false && id.endsWith("X")) continue;
    usedIds.add(id);
    assert(idValid(id), "id valid " + id);
    return id;
  }
  throw new Error("makeId exhausted");
}
const SURNAMES = "陈李黄梁林张吴何罗刘邓冯谭莫蔡叶苏彭欧钟植岑余";
const GIVEN = "志伟国华明强建文永杰家俊秀英玉兰丽芳金凤桂珍嘉荣海燕少军雄翠娟润亮锦坤妹带娣振辉达";
function personName(surname) {
  const s = surname || SURNAMES[rint(0, SURNAMES.length - 1)];
  const n = rnd() < 0.7 ? 2 : 1;
  let g = "";
  for (let i = 0; i < n; i++) g += GIVEN[rint(0, GIVEN.length - 1)];
  return s + g;
}
function isoAdd(iso, days) {
  return new Date(Date.parse(iso + "T00:00:00Z") + days * 86400000).toISOString().slice(0, 10);
}
function ymd(iso) {
  return iso.split("-").map(Number);
}
function dotDate(iso) {
  const [y, m, d] = ymd(iso);
  return `${y}.${m}.${d}`;
}
function cnDate(iso) {
  const [y, m, d] = ymd(iso);
  return `${y}年${m}月${d}日`;
}
function slashDate(iso) {
  const [y, m, d] = ymd(iso);
  return `${y}/${m}/${d}`;
}
const FW = "０１２３４５６７８９";
function fullWidth(s) {
  return s.replace(/[0-9]/g, (c) => FW[Number(c)]);
}
function randIsoBetween(a, b) {
  const t0 = Date.parse(a + "T00:00:00Z");
  const t1 = Date.parse(b + "T00:00:00Z");
  return new Date(t0 + Math.floor(rnd() * ((t1 - t0) / 86400000 + 1)) * 86400000).toISOString().slice(0, 10);
}
function hms() {
  return [rint(8, 17), rint(0, 59), rint(0, 59)].map((x) => String(x).padStart(2, "0")).join(":");
}

// ---------------------------------------------------------------- validation (from README.md)
const FACT_TYPES = {
  county: "text", asOf: "date", residentPopulation: "number", adminVillagesStated: "number",
  poorVillagesStated: "number", planIssued: "bool", policyIssued: "bool", centerOpened: "date",
  centerFreeTraining: "bool", centerDisplay: "bool", centerPhoto: "bool", centerBrand: "bool",
  centerOther: "bool", parkBuilt: "bool", thirdPartyOperator: "bool", expressCoverage: "bool",
  ruralRetail2019: "number", ruralRetail2020: "number", agriRetail2019: "number", agriRetail2020: "number",
  ruralRetailGrowthStated: "percent", agriRetailGrowthStated: "percent", trainingPersonTimesStated: "number",
  eligiblePoorPersonsStated: "number", trainedPoorPersonsStated: "number", disclosurePlan: "bool",
  disclosureProjects: "bool", disclosureProgress: "bool", disclosureWindow: "bool",
  povertyStatisticsStated: "bool", fundAllocated: "number", fundSpentStated: "number",
  fundSystemIssued: "bool", fundLedgerKept: "bool", overallProgress: "percent", vetoIncident: "bool",
  vetoFraud: "bool",
};
const JUDGED = {
  "org.plan": [1, 2], "org.policy": [1, 2], "org.management.system": [1, 2], "org.management.ledger": [1, 2],
  "work.upward.research": [1, 2], "work.upward.promotion": [1, 2], "work.upward.standards": [1, 2],
  "fund.system": [1, 5], "fund.ledger": [1, 5], "fund.spending": [1, 5],
};
const SCORED = [
  ["org.leadership", 2], ["org.plan", 2], ["org.policy", 2], ["org.management", 4], ["work.center", 15],
  ["work.coverage", 10], ["work.upward", 10], ["work.training", 20], ["info.disclosure", 4],
  ["info.reporting", 6], ["promo.cases", 2], ["promo.media", 8], ["fund.system", 5], ["fund.ledger", 5],
  ["fund.spending", 5],
];
const BONUS = [["bonus.poorTraining", 2], ["bonus.tvCase", 2]];
const VETO = ["veto.incident", "veto.progress", "veto.fraud"];
const ALL_IDS = SCORED.map((x) => x[0]).concat(BONUS.map((x) => x[0]), VETO);
const KINDS = {
  villages: ["name", "admin", "poor", "express"],
  poorVillages: ["name"],
  stations: ["village", "opened"],
  training: ["date", "personTimes", "id"],
  poorPersons: ["id", "labour", "migrant"],
  enterprises: ["name", "type", "entered", "left"],
  funds: ["date", "amount"],
  reports: ["date", "poverty"],
  disclosures: ["date"],
  media: ["date", "level", "tv"],
  materials: ["date"],
};
const DATE_RE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

function checkCell(c, where) {
  if (c === null || typeof c === "string" || typeof c === "boolean") return;
  if (typeof c === "number") {
    assert(Number.isFinite(c), where + ": non-finite number");
    return;
  }
  assert(typeof c === "object" && Object.keys(c).length === 1 && typeof c.date === "string", where + ": bad cell " + JSON.stringify(c));
  assert(/^\d{4}-\d{2}-\d{2}$/.test(c.date) && !isNaN(Date.parse(c.date + "T00:00:00Z")), where + ": bad date cell " + c.date);
  assert(new Date(c.date + "T00:00:00Z").toISOString().slice(0, 10) === c.date, where + ": impossible date " + c.date);
}
function checkSheets(sheets, file) {
  assert(Array.isArray(sheets) && sheets.length > 0, file + ": no sheets");
  const names = new Set();
  for (const sh of sheets) {
    assert(typeof sh.name === "string" && sh.name.length > 0 && sh.name.length <= 31, file + ": bad sheet name " + sh.name);
    assert(!/[\[\]:*?\/\\]/.test(sh.name), file + ": forbidden char in sheet name " + sh.name);
    assert(!names.has(sh.name), file + ": duplicate sheet " + sh.name);
    names.add(sh.name);
    assert(Array.isArray(sh.rows) && sh.rows.length > 0, file + ": empty sheet " + sh.name);
    sh.rows.forEach((r, i) => {
      assert(Array.isArray(r), file + ": row not array");
      r.forEach((c, j) => checkCell(c, `${file}/${sh.name}!${colName(j)}${i + 1}`));
    });
    for (const m of sh.merges || []) {
      assert(/^[A-Z]{1,3}\d+:[A-Z]{1,3}\d+$/.test(m), file + ": bad merge " + m);
    }
    if ("hidden" in sh) assert(typeof sh.hidden === "boolean", file + ": hidden must be boolean");
    const allowed = new Set(["name", "rows", "merges", "hidden"]);
    for (const k of Object.keys(sh)) assert(allowed.has(k), file + ": unknown sheet key " + k);
  }
  return names;
}
function checkFactValue(k, v, file) {
  const t = FACT_TYPES[k];
  assert(t, file + ": unknown fact key " + k);
  if (t === "text") assert(typeof v === "string" && v.trim() === v && v.length > 0, file + ": bad text " + k);
  if (t === "number") assert(typeof v === "number" && Number.isFinite(v) && v >= 0, file + ": bad number " + k);
  if (t === "percent") assert(typeof v === "number" && v >= 0 && v <= 5, file + ": bad percent " + k);
  if (t === "bool") assert(typeof v === "boolean", file + ": bad bool " + k);
  if (t === "date") assert(typeof v === "string" && DATE_RE.test(v), file + ": bad date " + k + "=" + v);
}
function checkClaimed(claimed, file) {
  for (const [k, v] of Object.entries(claimed)) {
    assert(ALL_IDS.includes(k), file + ": unknown claimed id " + k);
    assert(typeof v === "number", file + ": claimed not number " + k);
  }
}
function validate(folder, file, c) {
  assert(typeof c.description === "string" && c.description.length > 50, file + ": description too short");
  assert(/[\u4e00-\u9fff]/.test(c.description), file + ": description should be Chinese");
  const names = checkSheets(c.sheets, file);
  const e = c.expect;
  assert(e && typeof e === "object", file + ": no expect");
  if (folder === "facts") {
    assert(/^b160-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
    for (const k of Object.keys(e)) assert(["facts", "judged", "leadership", "claimed"].includes(k), file + ": unknown expect key " + k);
    assert(e.facts && e.judged, file + ": facts and judged required");
    for (const [k, v] of Object.entries(e.facts)) checkFactValue(k, v, file);
    for (const [k, v] of Object.entries(e.judged)) {
      assert(JUDGED[k], file + ": unknown judged " + k);
      assert(v >= JUDGED[k][0] && v <= JUDGED[k][1], file + ": judged out of range " + k);
    }
    if ("leadership" in e) assert(["principal-all", "principal", "deputy", "other"].includes(e.leadership), file + ": bad leadership");
    if (e.claimed) checkClaimed(e.claimed, file);
  } else if (folder === "ledgers") {
    assert(/^b160-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
    assert(Object.keys(e).length === 1 && e.sheets, file + ": expect.sheets only");
    const exp = Object.keys(e.sheets);
    assert(exp.length === names.size && exp.every((n) => names.has(n)), file + ": every sheet needs exactly one expectation");
    let ledgers = 0;
    for (const [n, s] of Object.entries(e.sheets)) {
      if (s.kind === null) {
        assert(Object.keys(s).length === 1, file + ": null kind carries nothing");
        continue;
      }
      ledgers++;
      const fields = KINDS[s.kind];
      assert(fields, file + ": unknown kind " + s.kind);
      assert(Array.isArray(s.records) && s.records.length > 0, file + ": records required for " + n);
      for (const r of s.records) {
        for (const [k, v] of Object.entries(r)) {
          assert(fields.includes(k), `${file}/${n}: field ${k} not of kind ${s.kind}`);
          if (["date", "opened", "entered"].includes(k)) assert(typeof v === "string" && DATE_RE.test(v), `${file}/${n}: bad ${k} ${v}`);
          if (k === "left") assert(v === null || (typeof v === "string" && DATE_RE.test(v)), `${file}/${n}: bad left`);
          if (["amount", "personTimes"].includes(k)) assert(typeof v === "number" && v > 0, `${file}/${n}: bad ${k}`);
          if (["admin", "tv"].includes(k)) assert(typeof v === "boolean", `${file}/${n}: bad ${k}`);
          if (["poor", "express", "poverty", "labour", "migrant"].includes(k)) assert(v === null || typeof v === "boolean", `${file}/${n}: bad ${k}`);
          if (k === "level") assert(v === null || ["national", "province", "city", "county"].includes(v), `${file}/${n}: bad level`);
          if (["name", "village", "type"].includes(k)) assert(typeof v === "string" && v.length > 0, `${file}/${n}: bad ${k}`);
        }
      }
    }
    assert(ledgers >= 1, file + ": no ledger sheet");
  } else if (folder === "counties") {
    assert(/^b160-c1-[a-z]+\.json$/.test(file), file + ": bad name");
    for (const k of Object.keys(e)) assert(["asOf", "total", "bonus", "vetoed", "points", "claimed"].includes(k), file + ": unknown expect key " + k);
    assert(DATE_RE.test(e.asOf), file + ": asOf");
    const ids = Object.keys(e.points);
    assert(ids.length === ALL_IDS.length && ALL_IDS.every((i) => ids.includes(i)), file + ": points must list every id");
    for (const [id, max] of SCORED) {
      const p = e.points[id];
      assert(typeof p === "number" && p <= max && (p >= 0 || (id === "fund.spending" && p === -5)), file + ": bad points " + id);
    }
    for (const [id, max] of BONUS) assert(e.points[id] >= 0 && e.points[id] <= max, file + ": bad bonus " + id);
    for (const id of VETO) assert(e.points[id] === 0, file + ": veto ids carry 0 points");
    const bonus = Math.min(4, sum(BONUS.map((b) => e.points[b[0]])));
    assert(e.bonus === bonus, file + ": bonus mismatch");
    const scored = sum(SCORED.map((s) => e.points[s[0]]));
    assert(e.total === (e.vetoed ? 0 : scored + bonus), file + ": total mismatch");
    if (e.claimed) checkClaimed(e.claimed, file);
    assert(Array.isArray(c.derivation) && c.derivation.length >= ALL_IDS.length, file + ": derivation per indicator");
    for (const id of ALL_IDS) assert(c.derivation.some((l) => l.startsWith(id + ":")), file + ": derivation missing " + id);
  } else throw new Error("unknown folder " + folder);
}

const written = [];
function write(folder, file, c) {
  validate(folder, file, c);
  const dir = path.join(ROOT, folder);
  assert(fs.existsSync(dir), "missing folder " + dir);
  const out = {};
  for (const k of ["description", "sheets", "expect", "derivation"]) if (k in c) out[k] = c[k];
  fs.writeFileSync(path.join(dir, file), JSON.stringify(out, null, 2) + "\n", "utf8");
  written.push(path.join(folder, file));
}


// ---------------------------------------------------------------- extra helpers (from batch 148)
const CN_D = "〇一二三四五六七八九";
function cnSmall(n) {
  // 1..31 as 一 … 三十一 (months and days in a formal 公文 date)
  assert(n >= 1 && n <= 31, "cnSmall range");
  if (n < 10) return CN_D[n];
  const t = Math.floor(n / 10);
  const u = n % 10;
  return (t === 1 ? "" : CN_D[t]) + "十" + (u ? CN_D[u] : "");
}
function cnFormalDate(iso) {
  const [y, m, d] = ymd(iso);
  return String(y).split("").map((c) => CN_D[Number(c)]).join("") + "年" + cnSmall(m) + "月" + cnSmall(d) + "日";
}
function daxie(n) {
  // integer yuan → 大写 “…元整”
  assert(Number.isInteger(n) && n > 0 && n < 1e12, "daxie range");
  const DIG = "零壹贰叁肆伍陆柒捌玖";
  const U = ["", "拾", "佰", "仟"];
  const group = (g) => {
    let s = "";
    let zero = false;
    for (let i = 3; i >= 0; i--) {
      const d = Math.floor(g / 10 ** i) % 10;
      if (d === 0) {
        if (s) zero = true;
      } else {
        if (zero) s += "零";
        zero = false;
        s += DIG[d] + U[i];
      }
    }
    return s;
  };
  const yi = Math.floor(n / 1e8);
  const wan = Math.floor(n / 1e4) % 1e4;
  const ge = n % 1e4;
  let s = "";
  if (yi) s += group(yi) + "亿";
  if (wan) s += (s && wan < 1000 ? "零" : "") + group(wan) + "万";
  if (ge) s += (s && ge < 1000 ? "零" : "") + group(ge);
  return s + "元整";
}
function twoDot(iso) {
  const [y, m, d] = ymd(iso);
  return `${y % 100}.${m}.${d}`;
}
function twoSlash(iso) {
  const [y, m, d] = ymd(iso);
  return `${y % 100}/${m}/${d}`;
}
function md(iso) {
  const [, m, d] = ymd(iso);
  return `${m}月${d}日`;
}
function monthsBetween(a, b) {
  // inclusive list of "YYYY-MM"
  const out = [];
  let [y, m] = a.split("-").map(Number);
  const [y1, m1] = b.split("-").map(Number);
  while (y * 100 + m <= y1 * 100 + m1) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m++;
    if (m === 13) {
      m = 1;
      y++;
    }
  }
  return out;
}
const WINDOW = monthsBetween("2020-09", "2021-08");
assert(WINDOW.length === 12, "window 12 months");
function mask(phone) {
  return phone.slice(0, 3) + "****" + phone.slice(7);
}
function phone() {
  return "1" + ["35", "36", "37", "38", "39", "50", "58", "59", "88", "89"][rint(0, 9)] + String(rint(0, 99999999)).padStart(8, "0");
}
// synthetic village names: two characters + 村, unique across a county
function villageNamer(A, B) {
  const used = new Set();
  return (avoid) => {
    for (let k = 0; k < 10000; k++) {
      const nm = A[rint(0, A.length - 1)] + B[rint(0, B.length - 1)] + "村";
      if (used.has(nm) || (avoid && avoid.has(nm))) continue;
      used.add(nm);
      return nm;
    }
    throw new Error("village names exhausted");
  };
}


// ---------------------------------------------------------------- extra helpers (batch 150)
function excelSerial(iso) {
  // the number Excel shows when a date cell loses its date format (1900 date system)
  return Math.round((Date.parse(iso + "T00:00:00Z") - Date.parse("1899-12-30T00:00:00Z")) / 86400000);
}
assert(excelSerial("2021-08-31") === 44439 && excelSerial("2020-01-01") === 43831, "excel serials");
function shuffle(a) {
  const b = a.slice();
  for (let i = b.length - 1; i > 0; i--) {
    const j = rint(0, i);
    [b[i], b[j]] = [b[j], b[i]];
  }
  return b;
}
function cents(x) {
  return Math.round(x * 100);
}
function birthBetween(y0, y1) {
  return randIsoBetween(`${y0}-01-01`, `${y1}-12-31`);
}
const WEEK = "日一二三四五六";
function weekday(iso) {
  return WEEK[new Date(iso + "T00:00:00Z").getUTCDay()];
}


// ---------------------------------------------------------------- extra helpers (batch 152)
function ym(iso) {
  return iso.slice(0, 7);
}
function cnMonth(iso) {
  const [y, m] = ymd(iso.length === 7 ? iso + "-01" : iso);
  return `${y}年${m}月`;
}
function byIso(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function wan(yuan) {
  // integer yuan -> a number of 万元 (exact for whole yuan)
  assert(Number.isInteger(yuan), "wan integer");
  return yuan / 10000;
}
function rowsWithMerge(rows, merges, cells, mergeSpec) {
  rows.push(cells);
  const r = rows.length;
  for (const m of mergeSpec || []) merges.push(m.replace(/#/g, String(r)));
  return r;
}


// ---------------------------------------------------------------- extra helpers (batch 154)
const CN_NUM = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"];
function mdOnly(iso) {
  const [, m, d] = ymd(iso);
  return `${m}月${d}日`;
}
function pct2(num, den) {
  return (Math.round((num / den) * 10000) / 100).toFixed(2) + "%";
}
function rangeText(a, b, style) {
  // a training period typed by a clerk; read at its end (b)
  const [y1, m1, d1] = ymd(a);
  const [y2, m2, d2] = ymd(b);
  if (style === "dot") return y1 === y2 ? (m1 === m2 ? `${y1}.${m1}.${d1}-${m2}.${d2}` : `${y1}.${m1}.${d1}-${m2}.${d2}`) : `${y1}.${m1}.${d1}-${y2}.${m2}.${d2}`;
  if (style === "dotFull") return `${y1}.${m1}.${d1}—${y2}.${m2}.${d2}`;
  if (style === "cn") return m1 === m2 ? `${y1}年${m1}月${d1}日—${d2}日` : `${y1}年${m1}月${d1}日—${m2}月${d2}日`;
  throw new Error("range style " + style);
}
function spacedId(id) {
  return id.slice(0, 6) + " " + id.slice(6, 14) + " " + id.slice(14);
}
function isX(id) {
  return id.endsWith("X");
}
function noDupNamer(namer, avoidPrefixes) {
  return () => {
    for (let k = 0; k < 1000; k++) {
      const v = namer();
      if (v[0] === v[1]) continue;
      if (avoidPrefixes.some((p) => v.startsWith(p))) continue;
      return v;
    }
    throw new Error("noDupNamer exhausted");
  };
}




// ---------------------------------------------------------------- extra helpers (batch 158)
function wdDate(iso) {
  // 2020年10月9日（星期五）
  return `${cnDate(iso)}（星期${weekday(iso)}）`;
}
function countBy(arr, f) {
  const m = new Map();
  for (const x of arr) m.set(f(x), (m.get(f(x)) || 0) + 1);
  return m;
}
function yuan2(n) {
  // a number of 元 with at most 2 decimals, exact
  return Math.round(n * 100) / 100;
}
const TICK = "✓";


// ---------------------------------------------------------------- extra helpers (batch 160)
function checkbox(on, yes, no) {
  // a form cell with box glyphs: "☑是　□否"
  return `${on ? "☑" : "□"}${yes}　${on ? "□" : "☑"}${no}`;
}
function yyyymmdd(iso) {
  return iso.replace(/-/g, "");
}
function twoDash(iso) {
  const [y, m, d] = ymd(iso);
  return `${String(y % 100).padStart(2, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
function ageOn(birthIso, onIso) {
  const [by, bm, bd] = ymd(birthIso);
  const [y, m, d] = ymd(onIso);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
function birthOf(id) {
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

// =====================================================================================================
// c1 — 佛山三水区: claimed points as a horizontal strip, a ☑/□ facts form, villages listed inside town cells, two stacked
//      station tables, a session ledger (人次 with units and full-width digits), a bank statement export, a 发文登记 of reports.
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "440607";
  const TD = [["西南街道", 6, 14], ["云东海街道", 5, 3], ["白坭镇", 9, 3], ["乐平镇", 12, 4], ["芦苞镇", 10, 2], ["大塘镇", 10, 2], ["南山镇", 7, 2]];
  const namer = villageNamer("大小新东西南北上下黄白石山云青高罗金竹松良合双丰长安水河塘马沙龙凤蔡范迳", [
    "岗", "头", "田", "塘", "坑", "洲", "滘", "基", "围", "涌", "边", "岸", "布", "冲", "朗", "岭", "湾", "坦"]);
  const newName = noDupNamer(namer, TD.map(([t]) => t.slice(0, 2)));
  const towns = TD.map(([town, nv, nc]) => {
    const vs = [];
    for (let k = 0; k < nv; k++) vs.push(newName());
    const cs = [];
    for (let k = 0; k < nc; k++) cs.push(newName().replace(/村$/, "社区"));
    return { town, vs, cs };
  });
  const admin = towns.flatMap((t) => t.vs);
  const comms = towns.flatMap((t) => t.cs);
  assert(admin.length === 59 && comms.length === 30, "c1 59 villages + 30 communities");
  const townOf = {};
  for (const t of towns) for (const v of t.vs.concat(t.cs)) townOf[v] = t.town;

  // ---------------- 村居区划: villages listed inside one cell per town
  const vRows = [["佛山市三水区镇（街道）村（社区）一览表"], ["序号", "镇（街道）", "村委会（个）", "村民委员会名称", "社区（个）", "社区居民委员会名称"]];
  towns.forEach((t, i) => vRows.push([i + 1, t.town, t.vs.length, t.vs.join("、"), t.cs.length, t.cs.join("、")]));
  vRows.push([null, "合计", admin.length, null, comms.length, null]);
  vRows.push(["注：资料来源为区民政局2021年1月区划统计。本区无省定贫困村。"]);
  const vMerges = ["A1:F1", `A${vRows.length}:F${vRows.length}`];

  // ---------------- stations: two stacked tables (第一批 2020, 第二批 2021), columns reordered in the second
  const order = shuffle(admin);
  const b1 = order.slice(0, 26);
  const b2 = order.slice(26, 41);
  const late = order.slice(41, 43);
  const second = b1[5];
  const commSt = comms[1];
  const S1 = b1.map((v) => ({ v, iso: randIsoBetween("2020-05-18", "2020-12-28") })).sort((a, b) => byIso(a.iso, b.iso));
  const S2 = b2.map((v) => ({ v, iso: randIsoBetween("2021-01-12", "2021-08-20") }));
  S2.push({ v: second, iso: "2021-05-26", second: true });
  S2.push({ v: commSt, iso: "2021-04-15", comm: true });
  S2.push({ v: late[0], iso: "2021-09-03" }, { v: late[1], iso: "2021-09-16" });
  S2.sort((a, b) => byIso(a.iso, b.iso));
  const stRows = [["三水区村级电子商务服务站点建设台账"], ["一、第一批村级电商服务站点（2020年建成）"],
    ["序号", "镇（街道）", "村（社区）", "站点名称", "站点地址", "负责人", "联系电话", "挂牌时间"]];
  const stMerges = ["A1:H1", "A2:H2"];
  S1.forEach((s, i) => {
    const stem = s.v.replace(/村$/, "");
    stRows.push([i + 1, townOf[s.v], i % 3 === 1 ? s.v + "委会" : s.v, `${stem}村电商服务站`, `${townOf[s.v]}${s.v}${stem}大街${rint(1, 60)}号`, personName(), mask(phone()), D(s.iso)]);
  });
  stRows.push([]);
  stRows.push(["二、第二批村级电商服务站点（2021年建成）"]);
  stMerges.push(`A${stRows.length}:H${stRows.length}`);
  stRows.push(["序号", "站点名称", "挂牌时间", "所在镇（街道）", "所在村（社区）", "运营主体", "负责人及电话", "备注"]);
  const fmt2 = [dotDate, cnDate, slashDate, twoDot];
  S2.forEach((s, i) => {
    const stem = s.v.replace(/(村|社区)$/, "");
    const name = s.comm ? `${s.v}电商服务站` : s.second ? `${stem}村电商服务点（二）` : `${stem}村电商服务站`;
    const op = ["三水区邮政分公司", "村股份经济合作社", "个体网店店主", "三水区供销社"][i % 4];
    stRows.push([i + 1, name, fmt2[i % 4](s.iso), townOf[s.v], s.comm ? s.v + "居委会" : s.v, op, `${personName()} ${mask(phone())}`,
      s.second ? "同村第二个服务点" : s.comm ? "社区站点" : null]);
  });
  stRows.push(["注：站点总数45个（第一批26个，第二批19个）。"]);
  stMerges.push(`A${stRows.length}:H${stRows.length}`);
  const allSt = S1.concat(S2).filter((s) => !s.comm && s.iso <= CUT);
  const covered = new Set(allSt.map((s) => s.v));
  assert(S1.length + S2.length === 45, "c1 45 station rows");
  assert(covered.size === 41 && [...covered].every((v) => admin.includes(v)), "c1 41 villages covered by the cut-off");
  assert(41 * 100 < 70 * 59 && 42 * 100 >= 70 * 59, "c1 41/59 = 69.5% < 70% (42 would be 70%+)");
  assert(pct1(41, 59) === "69.5%" && pct1(45, 59) === "76.3%", "c1 coverage text");

  // ---------------- training: one row per session, 人次 typed with units / full-width digits, 合计 includes September
  const SES = [];
  let d0 = "2020-06-03";
  for (let i = 0; i < 32; i++) {
    d0 = isoAdd(d0, rint(11, 14));
    SES.push({ iso: d0, n: rint(90, 190) });
  }
  assert(d0 <= "2021-08-25", "c1 last session before the cut " + d0);
  for (let diff = 4480 - sum(SES.map((s) => s.n)), j = 0; diff !== 0; j = (j + 5) % 32) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 7);
    SES[j].n += st;
    diff -= st;
  }
  assert(sum(SES.map((s) => s.n)) === 4480 && SES.every((s) => s.n >= 60 && s.n <= 230), "c1 session sizes");
  SES.push({ iso: "2021-09-09", n: 560, late: true });
  const TOPIC = ["农村电商基础知识", "网店开设与运营", "短视频直播带货", "农产品品牌包装", "电商扶贫专题", "社群营销", "网店美工与摄影", "跨境电商入门"];
  const PLACE = ["区电子商务公共服务中心", "白坭镇文化站", "乐平镇政府礼堂", "芦苞镇党群服务中心", "大塘镇文化站", "南山镇政府会议室", "云东海街道党群服务中心"];
  const tRows = [["三水区电子商务进农村培训情况台账"], ["序号", "培训时间", "培训主题", "培训地点", "培训对象", "培训人次", "其中脱贫户（人次）", "备注"]];
  let poorPT = 0;
  SES.forEach((s, i) => {
    let dc;
    if (i === 6) dc = rangeText(isoAdd(s.iso, -1), s.iso, "dot");
    else if (i === 19) dc = rangeText(isoAdd(s.iso, -1), s.iso, "cn");
    else if (i === 32) dc = "2021.9.8-9";
    else dc = [D, dotDate, cnDate, D, twoSlash][i % 5](s.iso);
    const nc = i % 4 === 1 ? `${s.n}人次` : i % 7 === 3 ? fullWidth(String(s.n)) : s.n;
    const pp = rint(3, 18);
    poorPT += pp;
    tRows.push([i + 1, dc, TOPIC[i % TOPIC.length], PLACE[i % PLACE.length], ["农户、合作社", "返乡青年", "脱贫户", "电商从业人员", "村站点负责人"][i % 5], nc, pp,
      i === 6 || i === 19 ? "两天" : s.late ? "第三期电商扶贫专题班" : null]);
  });
  assert(tRows[34][1] === "2021.9.8-9", "c1 September session typed as a range");
  const allPT = sum(SES.map((s) => s.n));
  tRows.push([null, "合计", null, null, null, `${fmtInt(allPT)}人次`, poorPT, null]);
  assert(allPT === 5040, "c1 5,040 in all");
  const BASE = Math.min(804300, 500000);
  assert(4480 * 1000 < BASE * 10 && 4480 * 1000 >= BASE * 8, "c1 4,480/500,000 = 0.896% → 8");
  assert(5040 * 1000 >= BASE * 10, "c1 with September 1.008% → 10");
  assert(4480 * 1000 < 804300 * 6, "c1 uncapped 0.557% → 0");

  // ---------------- park enterprises with a 状态 column
  const ENT = [
    ["佛山市三水区乐购电子商务有限公司", "平台型", "乐购三水本地生活平台"], ["佛山市三水区白坭农品网店", "销售型", "农副产品网络零售"],
    ["佛山市三水区芦苞鱼干电子商务商行", "销售型", "芦苞鱼干网络销售"], ["佛山市三水区顺丰速运营业部", "物流企业", "快递收寄"],
    ["佛山市三水区好运快递服务部", "物流企业", "快递收寄"], ["佛山市三水区水都电商运营有限公司", "电商运营商", "网店代运营"],
    ["佛山市三水区南山茶业网店", "销售型", "茶叶网络销售"], ["佛山市三水区大塘黑皮冬瓜专业合作社网店", "销售型", "冬瓜网络销售"],
    ["佛山市三水区乐平直播电商有限公司", "电商运营商", "直播带货"], ["佛山市三水区云东海文创网店", "销售型", "文创产品"],
    ["佛山市三水区三水仓储配送有限公司", "物流企业", "仓储配送"], ["佛山市三水区西南网络科技有限公司", "平台型", "社区团购平台"],
    ["佛山市三水区芦苞祖庙文旅网店", "销售型", "文旅产品"], ["佛山市三水区农趣电子商务有限公司", "销售型", "预制菜网络销售"],
    ["佛山市三水区品牌策划服务部", "电商运营商", "品牌设计"], ["佛山市三水区南山竹笋电子商务商行", "销售型", "竹笋网络销售"],
    ["佛山市三水区邮政快递物流中心", "物流企业", "邮政快递"], ["佛山市三水区白坭葡萄网店", "销售型", "葡萄网络销售"],
    ["佛山市三水区三水好物供应链有限公司", "电商运营商", "供应链服务"], ["佛山市三水区大塘腊味电子商务有限公司", "销售型", "腊味网络销售"],
    ["佛山市三水区乐平蜂蜜网店", "销售型", "蜂蜜网络销售"], ["佛山市三水区西南鲜果电子商务有限公司", "销售型", "水果网络销售"],
  ].map(([n, t, biz]) => ({ n, t, biz, en: randIsoBetween("2020-09-10", "2021-07-30"), code: creditCode(REGION) }));
  ENT[20].left = "2021-05-20";
  ENT[20].en = "2020-11-16";
  ENT[21].en = "2021-09-06";
  ENT.sort((a, b) => byIso(a.en, b.en));
  const eRows = [["三水区电商产业园入驻企业名单"], ["序号", "企业名称", "统一社会信用代码", "主营业务", "企业类型", "入驻日期", "状态"]];
  ENT.forEach((e, i) => eRows.push([i + 1, e.n, e.code, e.biz, e.t, i % 3 === 2 ? cnDate(e.en) : D(e.en), e.left ? `已退园（${dotDate(e.left)}）` : "在园"]));
  const inPark = ENT.filter((e) => e.en <= CUT && !(e.left && e.left <= CUT));
  assert(inPark.length === 20 && new Set(inPark.map((e) => e.t)).size === 4, "c1 20 in the park, 4 types");

  // ---------------- funds: a bank statement export (借方 = 支出, 贷方 = 收入), dates as 8-digit text
  const PAY = [
    ["2020-07-16", "三水区电子商务公共服务中心装修工程预付款", "佛山市三水区建安装饰工程有限公司", 1380000],
    ["2020-08-27", "村级电商服务站点建设（第一批）首期款", "佛山市三水区邮政分公司", 936000],
    ["2020-10-15", "电商人才培训服务费（第一期）", "佛山市农村电商职业培训学校", 326800],
    ["2020-11-24", "公共服务中心设备采购", "佛山市科讯电子设备有限公司", 845600],
    ["2020-12-29", "物流配送体系建设首期款", "佛山市三水区三水仓储配送有限公司", 1260000],
    ["2021-01-26", "村级电商服务站点建设（第一批）尾款", "佛山市三水区邮政分公司", 624000],
    ["2021-03-18", "区域公共品牌设计及推广", "佛山市三水区品牌策划服务部", 486500],
    ["2021-04-22", "电商人才培训服务费（第二期）", "佛山市农村电商职业培训学校", 412350],
    ["2021-05-20", "物流配送体系建设进度款", "佛山市三水区三水仓储配送有限公司", 1180000],
    ["2021-06-24", "村级电商服务站点建设（第二批）", "佛山市三水区邮政分公司", 1045800],
    ["2021-07-15", "农产品溯源系统建设", "广东农溯信息科技有限公司", 768000],
    ["2021-08-26", "冷链设备采购", "佛山市冷链设备有限公司", 1350000],
    ["2021-08-30", "公共服务中心运营服务费（2020—2021年度）", "佛山市三水区水都电商运营有限公司", 908406.8],
    ["2021-09-14", "电商人才培训服务费（第三期）", "佛山市农村电商职业培训学校", 386000],
    ["2021-09-28", "物流配送体系建设尾款", "佛山市三水区三水仓储配送有限公司", 520000],
  ];
  const INTEREST = [["2020-06-21", 1562.5], ["2020-09-21", 11836.42], ["2020-12-21", 9204.18], ["2021-03-21", 6917.35], ["2021-06-21", 5208.77], ["2021-09-21", 3516.04]];
  const ALLOC = 15000000;
  const TX = [{ iso: "2020-06-12", t: "10:32:15", kind: "转账", memo: "收到省级电子商务进农村综合示范专项资金", who: "佛山市三水区财政局", cr: ALLOC }];
  for (const [iso, amt] of INTEREST) TX.push({ iso, t: "00:00:00", kind: "结息", memo: "活期存款利息", who: null, cr: amt });
  for (const [iso, memo, who, amt] of PAY) TX.push({ iso, t: hms(), kind: "转账", memo, who, dr: amt });
  TX.sort((a, b) => byIso(a.iso, b.iso));
  const fRows = [["账户交易明细"], ["账号：44500101****2789　　户名：佛山市三水区商务局　　币种：人民币　　起止日期：20200601—20210930"],
    ["交易日期", "交易时间", "凭证种类", "摘要", "对方户名", "借方发生额（支出）", "贷方发生额（收入）", "余额"]];
  let bal = 0;
  let drSum = 0;
  let crSum = 0;
  for (const x of TX) {
    bal = yuan2(bal + (x.cr || 0) - (x.dr || 0));
    drSum = yuan2(drSum + (x.dr || 0));
    crSum = yuan2(crSum + (x.cr || 0));
    fRows.push([yyyymmdd(x.iso), x.t, x.kind, x.memo, x.who, x.dr ? fmtMoney(x.dr) : null, x.cr ? fmtMoney(x.cr) : null, fmtMoney(bal)]);
  }
  fRows.push(["合计", null, null, `共${TX.length}笔`, null, fmtMoney(drSum), fmtMoney(crSum), null]);
  fRows.push(["打印日期：20211008　　本明细仅供参考，以银行对账单为准"]);
  const spent = sumYuan(PAY.filter((p) => p[0] <= CUT).map((p) => p[3]));
  assert(spent === 11523456.8 && pct2(spent, ALLOC) === "76.82%", "c1 spent by the cut-off 11,523,456.80 = 76.82% " + spent);
  assert(bal > 0 && drSum === sumYuan(PAY.map((p) => p[3])), "c1 balance");

  // ---------------- reports: the bureau's 发文登记 (one to 区政府 in February, not a report to the city)
  const REP = [];
  for (const m of monthsBetween("2020-07", "2021-08")) {
    if (m === "2021-01" || m === "2021-02") continue;
    const nm = monthsBetween(m, "2021-12")[1];
    REP.push({ iso: `${nm}-${String(rint(3, 9)).padStart(2, "0")}`, m });
  }
  REP.push({ iso: "2021-03-04", m: "2021-01", both: true });
  REP.push({ iso: "2021-02-20", toGov: true });
  REP.sort((a, b) => byIso(a.iso, b.iso));
  const rRows = [["佛山市三水区商务局发文登记簿（电子商务进农村）"], ["序号", "发文日期", "文号", "文件标题", "主送单位"]];
  const wn = { 2020: 40, 2021: 3 };
  REP.forEach((r, i) => {
    const y = Number(r.iso.slice(0, 4));
    wn[y] += rint(2, 6);
    let title;
    if (r.toGov) title = "关于我区电子商务进农村综合示范创建工作进展情况的汇报";
    else {
      const per = r.both ? "2021年1—2月" : cnMonth(r.m);
      title = `关于报送三水区${per}电子商务进农村综合示范工作进展情况${r.m >= "2020-10" ? "及电商扶贫统计数据" : ""}的报告`;
    }
    rRows.push([i + 1, i % 2 ? dotDate(r.iso) : cnDate(r.iso), `三商务函〔${y}〕${wn[y]}号`, title, r.toGov ? "三水区人民政府" : "佛山市商务局"]);
  });
  const toCity = REP.filter((r) => !r.toGov);
  const cityMonths = new Set(toCity.map((r) => ym(r.iso)));
  assert(WINDOW.filter((w) => !cityMonths.has(w)).join() === "2021-02", "c1 no report to the city in February 2021");
  assert(WINDOW.every((w) => REP.some((r) => ym(r.iso) === w)), "c1 counting the 区政府 item would fill February");

  // ---------------- disclosures, media, materials
  const DIS = [];
  for (const m of monthsBetween("2020-06", "2021-08")) {
    DIS.push(`${m}-${String(rint(2, 12)).padStart(2, "0")}`);
    if (rnd() < 0.3) DIS.push(`${m}-${String(rint(16, 27)).padStart(2, "0")}`);
  }
  const dRows = [["三水区政府网站“电子商务进农村综合示范”专栏发布记录"], ["序号", "发布时间", "信息标题", "子栏目"]];
  DIS.forEach((iso, i) => {
    const first = i === 0;
    const sub = first ? "创建方案" : i === 1 ? "项目信息" : i === 2 ? "监督举报" : "建设进度";
    const title = first ? "三水区电子商务进农村综合示范县创建工作方案" : i === 1 ? "三水区电子商务进农村综合示范项目基本信息" : i === 2 ? "三水区电子商务进农村综合示范项目监督举报方式" : `三水区电子商务进农村综合示范项目建设进度（截至${cnDate(isoAdd(iso, -1))}）`;
    dRows.push([i + 1, i % 2 ? iso : D(iso), title, sub]);
  });
  for (const w of WINDOW) assert(DIS.some((d) => d.startsWith(w)), "c1 disclosure in " + w);
  const mdRows = [["三水区电子商务进农村宣传报道登记表"], ["序号", "报道时间", "媒体", "级别", "形式", "标题", "备注"],
    [1, "2020.12.16", "三水区融媒体中心", "区级", "电视", "三水首批村级电商服务站挂牌运营", null],
    [2, "2021.3.25", "佛山日报", "市级", "报纸", "三水：电商进村 农货出山", null],
    [3, "2021.6.10", "佛山电视台", "市级", "电视", "三水脱贫户直播卖黑皮冬瓜", "电商扶贫典型案例"],
    [4, "2021.9.10", "南方日报", "省级", "报纸", "三水电商产业园集聚效应显现", null]];
  const matRows = [["经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送至"],
    [1, "2021年6月18日", "三水区“电商+特色农业”助农增收经验做法", "佛山市商务局"]];

  // ---------------- 基础数据: a form with ☑/□ boxes, label/value pairs, formal Chinese date
  const F = [["三水区电子商务进农村综合示范创建考评基础数据表"], ["填报单位（盖章）：佛山市三水区商务局", null, null, "考评截止日期：2021年8月31日", null, null]];
  const FM = ["A1:F1", "A2:C2", "D2:F2"];
  const sec = (t) => {
    F.push([t]);
    FM.push(`A${F.length}:F${F.length}`);
  };
  const row = (label, val) => {
    F.push([label, val, null, null, null, null]);
    FM.push(`B${F.length}:F${F.length}`);
  };
  sec("一、基本情况");
  F.push(["常住人口", "80.43万人（第七次全国人口普查）", "行政村", "59个", "省定贫困村", "无"]);
  F.push(["镇（街道）", "7个", "社区居委会", "30个", "户籍人口", "46.12万人"]);
  sec("二、组织领导");
  row("领导小组组长", "区长");
  row("领导小组副组长", "常务副区长、分管商务工作副区长");
  row("成员单位", "区委办、区府办、区发展和改革局、区财政局、区农业农村局、区商务局、区交通运输局、区市场监督管理局、区邮政分公司");
  row("示范创建工作方案", checkbox(true, "已正式印发", "未印发"));
  row("支持农村电商发展政策", checkbox(true, "已出台", "未出台"));
  sec("三、公共服务中心和产业园");
  row("公共服务中心投入运营时间", cnFormalDate("2020-11-18"));
  row("免费培训场所、培训设备", checkbox(true, "有", "无"));
  row("免费展示、销售特色农产品", checkbox(true, "是", "否"));
  row("免费摄影、美工服务", checkbox(true, "是", "否"));
  row("农产品统一推广、品牌建设指导", checkbox(true, "是", "否"));
  row("其他衍生增值服务", checkbox(false, "是", "否"));
  row("电商产业园", checkbox(true, "已建设（整合）", "未建设"));
  row("专业第三方电商运营或服务商", checkbox(true, "有", "无"));
  sec("四、农村产品上行");
  row("行政村物流快递全覆盖", checkbox(true, "是", "否"));
  F.push(["农村网络零售额（亿元）", "2019年", 52.63, "2020年", 66.85, "同比增长27.0%"]);
  F.push(["农产品网络零售额（亿元）", "2019年", 4.1, "2020年", 5.33, "同比增长30.0%"]);
  assert(pct1(6685 - 5263, 5263) === "27.0%" && 533 * 10 === 410 * 13, "c1 agri growth is exactly 30%");
  sec("五、电商扶贫培训");
  row("有劳动能力的相对贫困人口（不含外出务工）", "1,236人");
  row("参加电商培训的相对贫困人口", "812人");
  assert(pct1(812, 1236) === "65.7%" && 812 * 100 < 70 * 1236 && 812 * 100 >= 50 * 1236, "c1 65.7%");
  sec("六、信息公开与数据报送");
  row("区政府网站专栏公示内容", "☑创建方案　☑项目基本信息　☑项目建设进度　☑监督举报窗口");
  row("电商扶贫情况统计", checkbox(true, "能统计", "未统计"));
  sec("七、资金管理");
  row("省级专项资金下达", "1500万元");
  row("资金管理制度", checkbox(true, "已制定", "未制定"));
  row("资金专用台账", checkbox(true, "已建立", "未建立"));
  row("项目总体进度", "88%");
  sec("八、评判项自评（分）");
  F.push(["方案制定（1-2分）", 2, "政策支持（1-2分）", 2, "项目管理制度（1-2分）", 2]);
  F.push(["工作台账（1-2分）", 1, "网销调研（1-2分）", 2, "网络促销活动（1-2分）", 1]);
  F.push(["交易标准与冷链溯源（1-2分）", 1, "资金管理制度（1-5分）", 4, "资金台账（1-5分）", 4]);
  F.push(["资金及时拨付（1-5分）", 4, null, null, null, null]);
  sec("九、一票否决事项");
  row("安全生产、质量事故或重大损失", checkbox(false, "有", "无"));
  row("弄虚作假", checkbox(false, "有", "无"));
  F.push(["填表人：何××　　审核人：梁××　　填报日期：2021年9月10日"]);
  FM.push(`A${F.length}:F${F.length}`);

  // ---------------- 自评得分汇总: the claimed points as a horizontal strip
  const IND = [
    ["org.leadership", "组织领导", 2, 2, null], ["org.plan", "方案制定", 2, 2, null], ["org.policy", "政策支持", 2, 2, null],
    ["org.management", "项目管理", 4, 3, "工作台账不够完整扣1分"],
    ["work.center", "服务体系建设（中心与产业园）", 15, 14, "未提供其他衍生增值服务扣1分"],
    ["work.coverage", "服务体系建设（村级站点）", 10, 10, "建成站点45个，行政村覆盖率76.3%；无省定贫困村"],
    ["work.upward", "农村产品上行", 10, 8, "网络促销、交易标准各扣1分"],
    ["work.training", "电商人才培训", 20, 20, "累计培训5,040人次，占常住人口（按50万计）1.01%；贫困人口培训率65.7%"],
    ["info.disclosure", "信息公开", 4, 4, null], ["info.reporting", "数据上报", 6, 6, "每月报送"],
    ["promo.cases", "案例总结", 2, 2, null], ["promo.media", "经验推广", 8, 8, "南方日报、佛山日报、区融媒体中心报道"],
    ["fund.system", "制度建立", 5, 4, null], ["fund.ledger", "资金台账", 5, 4, null], ["fund.spending", "资金支出", 5, 4, "支出率76.8%"],
    ["bonus.poorTraining", "贫困人口培训率70%及以上", 2, 0, "65.7%，未达70%"], ["bonus.tvCase", "电商扶贫案例电视播报", 2, 0, null],
  ];
  const claimed = {};
  for (const [id, , , c] of IND) claimed[id] = c;
  const ctot = sum(IND.map((x) => x[3]));
  assert(ctot === 93, "c1 claimed 93 " + ctot);
  const last = colName(IND.length + 1);
  const S = [["三水区2019年省级电子商务进农村综合示范创建考评自评得分汇总表"], ["填报单位：佛山市三水区商务局　　填报时间：2021年9月10日"],
    ["工作任务", "加强组织领导与统筹协调（10分）", null, null, null, "深入推动电子商务进农村工作（55分）", null, null, null, "加强信息公开及报送（10分）", null,
      "加强宣传推广（10分）", null, "加强财政资金管理（15分）", null, null, "加分项（4分）", null, "合计"],
    ["评价指标"].concat(IND.map((x) => x[1]), [null]),
    ["分值"].concat(IND.map((x) => x[2]), ["100+4"]),
    ["自评得分"].concat(IND.map((x) => x[3]), [ctot]),
    ["说明"].concat(IND.map((x) => x[4]), [null]),
    [],
    ["一票否决项：未发生安全生产、质量事故及重大损失；项目总体进度88%；无弄虚作假。"]];
  assert(S[2].length === IND.length + 2 && last === "S", "c1 strip width");
  const SM = [`A1:${last}1`, `A2:${last}2`, "B3:E3", "F3:I3", "J3:K3", "L3:M3", "N3:P3", "Q3:R3", "S3:S4", `A9:${last}9`];

  // ---------------- points
  const pts = {
    "org.leadership": 0, "org.plan": 2, "org.policy": 2, "org.management": 2 + 1,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 2 + 1, "work.coverage": 2 + 5, "work.upward": 2 + 1 + 1 + 1 + 1 + 2,
    "work.training": 8 + 10, "info.disclosure": 2 + 2, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 0,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 80 && bonus === 0, "c1 total " + scored);
  const derivation = [
    "org.leadership: 基础数据表：领导小组组长“区长”（主要领导），但成员单位只有区财政局、区农业农村局、区商务局等，没有扶贫（乡村振兴）部门 → 主要领导牵头而部门不全，不是分管领导牵头 → 0（自评2）",
    "org.plan: 方案“☑已正式印发”，评判项自评2 → 2",
    "org.policy: 政策“☑已出台”，评判项自评2 → 2",
    "org.management: 项目管理制度自评2 + 工作台账自评1 → 3",
    "work.center: 中心投入运营“二〇二〇年十一月十八日” = 2020-11-18 ≤ 截止日 → 2，且 ≤ 2021-02-28，运行满6个月 → 2；免费培训☑有 → 2；免费展示☑是 → 1；免费摄影美工☑是 → 1；品牌推广☑是 → 1；其他衍生增值服务“□是　☑否” → 0；产业园☑已建设 → 2；入驻企业名单22家，其中一家“已退园（2021.5.20）”、一家2021-09-06入驻，截止日在园20家 → 2；类型平台型、销售型、电商运营商、物流企业4种 → 1；合计14",
    `work.coverage: 一览表每镇一行，村名写在同一格里用“、”隔开，村委会59个（社区30个不算）；站点台账上下两张表（第一批26个、第二批19个，第二批列顺序不同、日期是文字），${commSt}是社区站点不算，${second}的第二个服务点只算一次，${late[0]}、${late[1]}在2021年9月挂牌不算；截止日前有站点的行政村41个，41/59 = 69.5% < 70%，在50%—70%之间 → 2（自评按45个站点算76.3%）；本区无省定贫困村（基础数据“无”、一览表注） → 5（并提示）；合计7（自评10）`,
    "work.upward: 网销调研自评2 → 2；网络促销自评1 → 1；第三方运营服务商☑有 → 1；一览表没有快递列，按基础数据“☑是” → 1；交易标准与冷链溯源自评1 → 1；农产品网络零售额4.10亿→5.33亿元，增长恰好30.0% ≥ 30% → 2（农村网络零售额增长27.0%不够）；合计8",
    "work.training: 培训台账一行一期，“培训人次”列有数字、带“人次”字样的文字（如“177人次”）和全角数字；第7、20期日期是两天的范围，按结束日；第33期“2021.9.8-9”在截止日后，560人次不算；“合计”行5,040人次含9月不能用；截止日前32期共4,480人次；常住人口80.43万 > 50万，以500,000为基数：4,480/500,000 = 0.896%，在0.8%—1%之间 → 8（自评按5,040人次1.01%得10；若不按50万封顶则0.557%，0分）；工作簿没有贫困人口名单，按基础数据：有劳动能力（不含外出务工）1,236人、参训812人，812/1,236 = 65.7% ≥ 50% → 10；合计18（自评20）",
    "info.disclosure: 基础数据专栏公示内容创建方案、项目基本信息、项目建设进度、监督举报窗口全部打☑ → 2；专栏发布记录2020年9月—2021年8月每月都有 → 2；合计4",
    "info.reporting: 发文登记簿中主送佛山市商务局的月报：2021年1—2月合并于2021.3.4报送，2021年2月没有向市商务局报送（2021年2月20日那份主送区人民政府，不算） → 不是每月，不定时 → 1；标题“…及电商扶贫统计数据”说明报送了扶贫统计 → 3；合计4（自评6）",
    "promo.cases: 2021年6月18日向佛山市商务局报送经验材料 → 2",
    "promo.media: 截止日前区融媒体中心（区级即县级）→ 1，佛山日报、佛山电视台（市级）→ 3；南方日报（省级）2021.9.10在截止日后不算；合计4（自评8）",
    "fund.system: 评判项自评4 → 4",
    "fund.ledger: 评判项自评4 → 4",
    `fund.spending: 银行账户明细，“借方发生额（支出）”是拨付，“贷方发生额（收入）”是下达资金和利息，“合计”行不是拨付；截止日前13笔支出${fmtMoney(spent)}元，9月两笔906,000元不算；下达1500万元，支出率76.82% ≥ 70% → 按自评及时拨付4分 → 4`,
    "bonus.poorTraining: 65.7% < 70% → 0",
    "bonus.tvCase: 电商扶贫典型案例只在佛山电视台（市级）播报，不是国家级或省级电视 → 0",
    "veto.incident: “□有　☑无” → 不否决",
    "veto.progress: 项目总体进度88% ≥ 40% → 不否决",
    "veto.fraud: “□有　☑无” → 不否决",
  ];
  return {
    description:
      "佛山三水区商务局整本工作簿。“自评得分汇总”是横排的一条：第3行工作任务分组合并，第4行评价指标（服务体系建设分成中心与产业园、村级站点两列），第5行分值，第6行自评得分（合计93），第7行说明。“基础数据”是表单：部分行一行三对“标签|值”，是否项写成“☑是　□否”方框，中心运营日期写成“二〇二〇年十一月十八日”，零售额一行写2019、2020两年，评判项一行三对；组长是区长但成员单位没有扶贫（乡村振兴）部门。“村居区划”每镇一行，村名在一个格里用“、”隔开。站点台账上下两张表（第一批、第二批，第二批列顺序不同），有社区站、同村第二站、9月挂牌。培训台账一行一期，“培训人次”有“177人次”式文字和全角数字，合计含9月一期；常住人口80.43万按50万封顶。资金是银行账户交易明细（借方=支出、贷方=收入含利息，日期8位文字）。月报在发文登记簿里，2021年1—2月合并报送，2月那份主送区政府不算。",
    sheets: [
      { name: "自评得分汇总", rows: S, merges: SM },
      { name: "基础数据", rows: F, merges: FM },
      { name: "村居区划", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: stRows, merges: stMerges },
      { name: "培训台账", rows: tRows, merges: ["A1:H1"] },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金账户明细", rows: fRows, merges: ["A1:H1", "A2:H2", `A${fRows.length}:H${fRows.length}`] },
      { name: "发文登记", rows: rRows, merges: ["A1:E1"] },
      { name: "专栏发布记录", rows: dRows, merges: ["A1:D1"] },
      { name: "宣传报道", rows: mdRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 广州增城区: a statistical report form (表号/制定机关 block, 甲乙丙/1234 column-index row, 代码 column, year columns
//      2019年 | 2020年 | 2021年1—8月 | 创建以来累计, 单位负责人/统计负责人 footer).
// =====================================================================================================
function buildF1() {
  const rows = [
    [null, null, null, null, null, "表　　号：", "粤商电农01表"],
    [null, null, null, null, null, "制定机关：", "广东省商务厅"],
    [null, null, null, null, null, "有效期至：", "2021年12月"],
    ["电子商务进农村综合示范县创建情况统计表"],
    ["综合机关名称：广州市增城区商务局　　　　考评截止日期：2021年8月31日　　　　计量单位：见表"],
    ["指标名称", "计量单位", "代码", "2019年", "2020年", "2021年1—8月", "创建以来累计", "备注"],
    ["甲", "乙", "丙", 1, 2, 3, 4, 5],
  ];
  const merges = ["A4:H4", "A5:H5"];
  let code = 0;
  const sec = (t) => {
    rows.push([t]);
    merges.push(`A${rows.length}:H${rows.length}`);
  };
  // R(label, unit, [y2019, y2020, y2021, cum], note)
  const R = (label, unit, vals, note) => rows.push([label, unit, String(++code).padStart(2, "0")].concat(vals, [note || null]));
  const C = (v) => [null, null, null, v]; // only the 累计 column
  sec("一、基本情况");
  R("县（市、区）名称", "—", C("增城区"));
  R("常住人口", "万人", C(146.6), "第七次全国人口普查");
  R("行政村数", "个", C(284));
  R("省定贫困村数", "个", C(0), "另有市定相对贫困村42个（不属省定）");
  sec("二、组织领导");
  R("示范创建工作牵头领导", "—", C("副区长"), "分管商务工作");
  R("参与部门", "—", C("区商务局、区财政局、区农业农村局"));
  R("示范县工作方案是否正式印发", "是/否", C("是"));
  R("是否出台支持农村电商发展政策", "是/否", C("是"));
  sec("三、服务体系建设");
  R("县级公共服务中心投入运营时间", "年月", C("2021年1月"));
  R("有免费培训场所、培训设备", "是/否", C("是"));
  R("为特色农产品提供免费展示、销售服务", "是/否", C("是"));
  R("提供免费摄影、美工服务", "是/否", C("否"));
  R("组织农产品统一推广、指导品牌建设", "是/否", C("是"));
  R("提供其他衍生增值服务", "是/否", C("是"));
  R("建设或整合、优化电商产业园", "是/否", C("是"));
  R("电商产业园入驻企业", "家", [null, 18, 31, 31], "期末数");
  R("村级电商服务站点", "个", [null, 168, 45, 213]);
  R("专业第三方电子商务运营或服务商", "是/否", C("是"));
  R("行政村物流快递覆盖率", "%", C(100));
  sec("四、网络零售");
  R("农村网络零售额", "亿元", [128.36, 152.71, 104.25, null]);
  R("农村网络零售额同比增长", "%", [null, 19.0, 11.6, null]);
  R("农产品网络零售额", "亿元", [9.87, 13.02, 8.65, null]);
  R("农产品网络零售额同比增长", "%", [null, 31.9, 9.4, null]);
  assert(pct1(15271 - 12836, 12836) === "19.0%" && pct1(1302 - 987, 987) === "31.9%", "f1 growth columns agree");
  sec("五、电商人才培训");
  R("电商培训人次", "人次", [386, 3412, 2318, 6116], "2019年为11—12月");
  assert(386 + 3412 + 2318 === 6116, "f1 training columns add up");
  R("有劳动能力的相对贫困人口（不含外出务工）", "人", C(2863));
  R("参加电商培训的相对贫困人口", "人", C(1612));
  assert(pct1(1612, 2863) === "56.3%", "f1 56.3%");
  sec("六、信息公开与报送");
  R("专栏公示创建方案", "是/否", C("是"));
  R("专栏公示项目基本信息", "是/否", C("是"));
  R("专栏公示项目建设进度", "是/否", C("是"));
  R("专栏设立征求意见或监督举报窗口", "是/否", C("否"));
  R("能否统计电商扶贫情况", "是/否", C("是"));
  sec("七、资金管理");
  R("省级专项资金下达", "万元", [1500, null, null, 1500]);
  R("省级专项资金拨付", "万元", [null, 812.6, 468.45, 1281.05]);
  assert(Math.round((812.6 + 468.45) * 100) === 128105, "f1 funds add up");
  R("是否制定资金管理制度", "是/否", C("是"));
  R("是否建立资金专用台账", "是/否", C("是"));
  R("项目总体进度", "%", C(87));
  sec("八、评判项自评");
  R("方案制定（1-2分）", "分", C(2));
  R("政策支持（1-2分）", "分", C(2));
  R("项目管理制度（1-2分）", "分", C(1));
  R("工作台账（1-2分）", "分", C(2));
  R("网销调研（1-2分）", "分", C(2));
  R("网络促销活动（1-2分）", "分", C(2));
  R("交易标准与冷链溯源（1-2分）", "分", C(1));
  R("资金管理制度（1-5分）", "分", C(5));
  R("资金台账（1-5分）", "分", C(4));
  R("资金及时拨付（1-5分）", "分", C(4));
  sec("九、一票否决事项");
  R("是否发生安全生产、质量事故或重大损失", "是/否", C("否"));
  R("是否存在弄虚作假", "是/否", C("否"));
  rows.push(["说明：1．“—”表示不适用；2．时点指标填在“创建以来累计”栏；3．零售额数据来源于省商务厅反馈。"]);
  merges.push(`A${rows.length}:H${rows.length}`);
  rows.push(["单位负责人：钟××", null, "统计负责人：刘××", null, "填表人：黄××", null, "报出日期：2021年9月6日"]);
  return {
    description:
      "广州增城区商务局按统计报表格式填的情况表：右上角“表号/制定机关/有效期至”，表头下一行是“甲|乙|丙|1|2|3|4|5”栏次行（不是数据），指标名称|计量单位|代码|2019年|2020年|2021年1—8月|创建以来累计|备注，分“一、…九、”节。时点值填在“创建以来累计”栏（常住人口146.6万人、行政村284、省定贫困村0——备注里42个市定相对贫困村不算、培训6,116人次、贫困人口2,863/1,612、下达1500万元、拨付1,281.05万元、进度87%），零售额按年填在2019年、2020年栏（2021年1—8月栏不是考评输入），增速2020年栏19.0%、31.9%；中心投入运营“2021年1月”只到月；牵头领导“副区长”；监督举报窗口“否”、摄影美工“否”；评判项在第八节；入驻企业数、站点数不是输入；底部是单位负责人/报出日期。",
    sheets: [{ name: "统计表", rows, merges }],
    expect: {
      facts: {
        county: "增城区", asOf: "2021-08-31", residentPopulation: 1466000, adminVillagesStated: 284, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2021-01", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 12836000000, ruralRetail2020: 15271000000, agriRetail2019: 987000000, agriRetail2020: 1302000000,
        ruralRetailGrowthStated: 0.19, agriRetailGrowthStated: 0.319, trainingPersonTimesStated: 6116,
        eligiblePoorPersonsStated: 2863, trainedPoorPersonsStated: 1612,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 12810500, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.87,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 1, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f2 — 湛江坡头区: the city bureau's wide template turned on its side: one data row under a three-row header (group,
//      sub-group, field), units in the header, full-width digits, "/" for an unanswered cell, a 佐证材料页码 row.
// =====================================================================================================
function buildF2() {
  // [group, subgroup or null, field, value, evidence page]
  const COLS = [
    ["基本情况", null, "县（市、区）", "坡头区", null],
    ["基本情况", null, "常住人口（万人）", "３４．８６万", "P1"],
    ["基本情况", null, "行政村（个）", "４７", "P1"],
    ["基本情况", null, "省定贫困村（个）", 5, "P1"],
    ["组织领导", null, "牵头领导", "区长", "P2"],
    ["组织领导", null, "参与部门", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区邮政分公司", "P2"],
    ["组织领导", null, "工作方案正式印发", "是", "P3"],
    ["组织领导", null, "出台扶持政策", "是", "P4"],
    ["公共服务中心及产业园", null, "中心投入运营时间", "2020年9月", "P5"],
    ["公共服务中心及产业园", null, "免费培训场所设备", "是", "P5"],
    ["公共服务中心及产业园", null, "免费展示销售", "是", "P5"],
    ["公共服务中心及产业园", null, "免费摄影美工", "否", null],
    ["公共服务中心及产业园", null, "统一推广品牌建设", "是", "P6"],
    ["公共服务中心及产业园", null, "衍生增值服务", "是", "P6"],
    ["公共服务中心及产业园", null, "电商产业园", "是", "P7"],
    ["农村产品上行", null, "第三方运营服务商", "是", "P8"],
    ["农村产品上行", null, "快递行政村覆盖率", "100%", "P9"],
    ["农村产品上行", "农村网络零售额（万元）", "2019年", "186,420", "P10"],
    ["农村产品上行", "农村网络零售额（万元）", "2020年", "241,350", "P10"],
    ["农村产品上行", "农村网络零售额（万元）", "增速", "29.5%", "P10"],
    ["农村产品上行", "农产品网络零售额（万元）", "2019年", "31,260", "P10"],
    ["农村产品上行", "农产品网络零售额（万元）", "2020年", "39,880", "P10"],
    ["农村产品上行", "农产品网络零售额（万元）", "增速", "27.6%", "P10"],
    ["电商培训", null, "培训人次", "４１２７", "P11"],
    ["电商培训", null, "有劳动能力贫困人口（不含外出务工）", "2,046", "P12"],
    ["电商培训", null, "参训贫困人口", "1,158", "P12"],
    ["信息公开与报送", null, "专栏公示方案", "是", "P13"],
    ["信息公开与报送", null, "专栏公示项目信息", "是", "P13"],
    ["信息公开与报送", null, "专栏公示建设进度", "是", "P13"],
    ["信息公开与报送", null, "征求意见或监督举报窗口", "/", null],
    ["信息公开与报送", null, "统计电商扶贫情况", "是", "P14"],
    ["资金管理", null, "下达资金（万元）", 1500, "P15"],
    ["资金管理", null, "已拨付（万元）", "1,312.48", "P15"],
    ["资金管理", null, "资金管理制度", "是", "P16"],
    ["资金管理", null, "资金专用台账", "是", "P16"],
    ["资金管理", null, "总体进度", "91%", null],
    ["一票否决", null, "安全事故或重大损失", "否", null],
    ["一票否决", null, "弄虚作假", "否", null],
    ["评判项自评（分）", null, "方案制定", 2, null],
    ["评判项自评（分）", null, "政策支持", 2, null],
    ["评判项自评（分）", null, "项目管理制度", 2, null],
    ["评判项自评（分）", null, "工作台账", 2, null],
    ["评判项自评（分）", null, "网销调研", 1, null],
    ["评判项自评（分）", null, "网络促销", 2, null],
    ["评判项自评（分）", null, "交易标准冷链溯源", 1, null],
    ["评判项自评（分）", null, "资金管理制度", 4, null],
    ["评判项自评（分）", null, "资金台账", 4, null],
    ["评判项自评（分）", null, "及时拨付", 5, null],
  ];
  assert(pct1(241350 - 186420, 186420) === "29.5%" && pct1(39880 - 31260, 31260) === "27.6%", "f2 growth");
  assert(pct1(1158, 2046) === "56.6%", "f2 poor rate");
  const n = COLS.length + 1; // + 序号
  const last = colName(n - 1);
  const r1 = ["附件2"];
  const r2 = ["湛江市电子商务进农村综合示范县创建情况统计表（坡头区）　　考评截止日期：2021年8月31日"];
  const h1 = ["序号"];
  const h2 = [null];
  const h3 = [null];
  const merges = [`A2:${last}2`, "A3:A5"];
  // group row merges (runs of the same group), then the field cells merged down rows 4-5 and the sub-group cells across
  assert(COLS.length === 48, "f2 48 fields + 序号 = 49 columns");
  for (let i = 0; i < COLS.length; ) {
    let e = i;
    while (e + 1 < COLS.length && COLS[e + 1][0] === COLS[i][0]) e++;
    if (e > i) merges.push(`${colName(i + 1)}3:${colName(e + 1)}3`);
    i = e + 1;
  }
  COLS.forEach(([g, sub, field], i) => {
    const col = colName(i + 1);
    h1.push(i === 0 || COLS[i - 1][0] !== g ? g : null);
    if (sub) {
      h2.push(i === 0 || COLS[i - 1][1] !== sub ? sub : null);
      h3.push(field);
    } else {
      h2.push(field);
      h3.push(null);
      merges.push(`${col}4:${col}5`);
    }
  });
  for (const sub of [...new Set(COLS.map((x) => x[1]).filter(Boolean))]) {
    const i0 = COLS.findIndex((x) => x[1] === sub);
    const i1 = COLS.length - 1 - [...COLS].reverse().findIndex((x) => x[1] === sub);
    merges.push(`${colName(i0 + 1)}4:${colName(i1 + 1)}4`);
  }
  const data = [1].concat(COLS.map((x) => x[3]));
  const pages = ["佐证材料页码"].concat(COLS.map((x) => x[4]));
  const rows = [r1, r2, h1, h2, h3, data, pages,
    ["填报说明：1．常住人口以第七次全国人口普查数为准；2．是否项填“是”或“否”；3．金额单位为万元；4．评判项按考评指标体系评分标准自评。"],
    ["填报单位：湛江市坡头区商务局（盖章）　　填报人：吴××　　联系电话：0759-3xxxxxx　　填报日期：2021年9月7日"]];
  merges.push(`A8:${last}8`, `A9:${last}9`);
  // sanity: group merges cover each group exactly
  const gm = merges.filter((m) => /3:[A-Z]+3$/.test(m) && m !== "A3:A5");
  assert(gm.length === new Set(COLS.map((x) => x[0])).size, "f2 one merge per group " + gm.length);
  assert(rows[2].length === n && rows[3].length === n && rows[4].length === n && rows[5].length === n, "f2 widths");
  return {
    description:
      "湛江坡头区填的市商务局横表模板：一县一行，49列。第3行是合并的分组（基本情况、组织领导、公共服务中心及产业园、农村产品上行、电商培训、信息公开与报送、资金管理、一票否决、评判项自评（分）），第4行是字段（零售额两组再合并为“农村网络零售额（万元）”“农产品网络零售额（万元）”），第5行是其下的“2019年|2020年|增速”，第6行才是坡头区的数据，第7行是佐证材料页码（P1、P10…，不是值）。单位在表头：常住人口（万人）列却填了全角“３４．８６万”，行政村全角“４７”，培训人次全角“４１２７”；零售额单位万元（186,420万元 = 18.642亿元）；中心运营“2020年9月”只到月；监督举报窗口填“/”（未作答，不列）；区长牵头，部门含商务、财政、农业农村、乡村振兴。",
    sheets: [{ name: "坡头区", rows, merges }],
    expect: {
      facts: {
        county: "坡头区", asOf: "2021-08-31", residentPopulation: 348600, adminVillagesStated: 47, poorVillagesStated: 5,
        planIssued: true, policyIssued: true, centerOpened: "2020-09", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1864200000, ruralRetail2020: 2413500000, agriRetail2019: 312600000, agriRetail2020: 398800000,
        ruralRetailGrowthStated: 0.295, agriRetailGrowthStated: 0.276, trainingPersonTimesStated: 4127,
        eligiblePoorPersonsStated: 2046, trainedPoorPersonsStated: 1158,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 13124800, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.91,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 5,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 珠海斗门区: 目标任务 vs 完成情况 对照表: targets are distractors, values in 完成情况 prose, 是否完成 with ditto marks
//      (〃) and a "同上" in the 评判项自评分 column; a row of "标签：值" cells above the table.
// =====================================================================================================
function buildF3() {
  const rows = [["珠海市斗门区电子商务进农村综合示范创建目标任务完成情况对照表"],
    ["县（区）：斗门区", null, "常住人口：60.76万人", "行政村：103个", "省定贫困村：0个", "考评截止：2021年8月31日", null],
    ["序号", "考评内容", "目标任务（创建方案要求）", "完成情况", "是否完成", "评判项自评分", "备注"]];
  let n = 0;
  const R = (item, target, done, flag, score, note) => rows.push([++n, item, target, done, flag, score === undefined ? null : score, note || null]);
  R("组织领导", "建立区政府主要领导牵头、多部门参与的工作协调机制",
    "成立由区委书记任第一组长、区长任组长的领导小组，区商务局、区财政局、区农业农村局、区扶贫办（现区乡村振兴局）等16个部门为成员单位", "已完成", "—");
  R("方案制定", "制定科学严谨的示范创建工作方案", "2019年12月正式印发《斗门区电子商务进农村综合示范县创建工作方案》", "已完成", 2);
  R("政策支持", "在资金、土地、人才等方面出台支持政策", "出台《斗门区农村电子商务发展扶持办法》，兑现扶持资金52万元", "〃", 1);
  R("项目管理制度", "制定项目管理制度，建设、验收严格执行", "制定《项目管理办法》《项目验收办法》", "〃", 2);
  R("工作台账", "建立完整工作台账", "建立项目建设工作台账", "〃", "同上");
  R("公共服务中心", "建成区级电子商务公共服务中心并运行6个月以上", "中心于2020年6月建成，2020年7月1日起正式投入运营", "已完成", "—");
  R("免费培训", "有免费培训场所、培训设备，能组织电商基础培训", "设培训室2间、电脑60台，免费开展电商基础培训", "已完成", "—");
  R("免费展示销售", "为特色农产品提供免费展示、销售服务", "设农特产品展示厅，免费展示销售白蕉海鲈、莲洲大米等", "〃", "—");
  R("免费摄影美工", "为电子商务市场主体提供免费摄影、美工服务", "设摄影棚，免费提供产品拍摄、美工设计", "〃", "—");
  R("品牌推广", "组织农产品统一推广、指导品牌建设", "打造“斗门好物”区域公共品牌，统一推广", "〃", "—");
  R("衍生增值服务", "提供其他衍生增值服务", "代运营、融资对接服务筹备中", "未完成", "—", "计划2021年第四季度开展");
  R("电商产业园", "建设或整合电商产业园，入驻企业20家以上", "整合建成斗门区电商产业园，入驻企业24家", "已完成", "—");
  R("村级站点", "行政村覆盖率70%以上（建设站点73个以上）", "建成村级站点81个，覆盖行政村78个", "已完成", "—");
  R("网销调研", "对农产品网络销售进行调研并形成针对性建议", "形成《斗门区农产品网络销售调研报告》", "已完成", 2);
  R("网络促销", "开展农村产品网络促销活动", "举办“斗门荔枝节”直播带货等促销活动8场", "〃", 2);
  R("第三方运营", "引入专业第三方电子商务运营或服务商", "引进珠海斗门农优电子商务运营有限公司负责中心运营", "〃", "—");
  R("物流快递", "行政村物流快递覆盖率100%", "行政村快递覆盖率100%", "〃", "—");
  R("交易标准与冷链溯源", "出台农产品电商交易标准，建立冷链、溯源系统", "冷链、溯源系统建设中，交易标准未出台", "未完成", 1);
  R("网络零售额增长", "2020年农村网络零售额或农产品网络零售额同比增速≥30%",
    "2020年农村网络零售额42.18亿元，同比增长34.2%；农产品网络零售额3.65亿元（2019年2.96亿元）", "已完成", "—");
  R("培训人次", "培训人次达常住人口1%以上（即6,076人次以上）", "累计培训6,912人次（含线上直播培训2,105人次）", "已完成", "—");
  R("贫困人口培训", "有劳动能力的贫困人口培训率达50%以上（外出务工者除外）",
    "有劳动能力的相对贫困人口（扣除外出务工）327人，已参训241人，培训率73.7%", "〃", "—");
  R("信息公开", "在区政府网站设立公开专栏并按月更新", "在区政府网站开设专栏，公开创建方案、项目基本信息、项目建设进度，设立监督举报电话", "已完成", "—");
  R("数据上报", "每月向市商务局报送，统计电商扶贫情况", "每月向珠海市商务局报送工作进展，能统计电商扶贫情况", "〃", "—");
  R("资金管理制度", "制定省级财政资金管理制度", "制定《斗门区电子商务进农村综合示范专项资金管理办法》", "已完成", 4);
  R("资金台账", "项目承建方建立资金专用台账", "各承建单位均建立资金专用台账", "〃", 4);
  R("资金支出", "资金支出率70%以上", "省下达专项资金1500万元，截至2021年8月31日拨付1,107.6万元，支出率73.8%", "〃", 4);
  R("总体进度", "—", "项目总体进度90%", "—", "—");
  R("一票否决事项", "—", "未发生安全生产、质量事故及重大经济损失；无弄虚作假", "—", "—");
  rows.push(["注：“〃”表示同上。“评判项自评分”只填需评判的项目。"]);
  rows.push(["斗门区商务局", null, null, null, null, "2021年9月9日", null]);
  assert(pct1(241, 327) === "73.7%" && pct1(11076000, 15000000) === "73.8%" && 607600 / 100 === 6076, "f3 prose numbers agree");
  return {
    description:
      "珠海斗门区商务局的“目标任务完成情况对照表”：表头上一行是几个“标签：值”单元格（县（区）：斗门区、常住人口：60.76万人、行政村：103个、省定贫困村：0个、考评截止），表中序号|考评内容|目标任务|完成情况|是否完成|评判项自评分|备注。“目标任务”列的数（6,076人次、73个站点、20家、50%）是要求不是值；值在“完成情况”文字里（2020年7月1日投入运营——6月是建成不是运营；42.18亿元、增长34.2%；农产品3.65亿元、括号里2019年2.96亿元；6,912人次（括号里的线上2,105是其中数）；327人/241人；1500万元/1,107.6万元；进度90%）。“是否完成”用“〃”表示同上（连续几行沿用上面的“已完成”），衍生增值服务“未完成”；评判项自评分列有一格写“同上”（工作台账 = 2），非评判项填“—”。区委书记第一组长、区长组长，成员含扶贫办（现乡村振兴局）。",
    sheets: [{ name: "对照表", rows, merges: ["A1:G1", "A2:B2", "F2:G2", `A${rows.length - 1}:G${rows.length - 1}`] }],
    expect: {
      facts: {
        county: "斗门区", asOf: "2021-08-31", residentPopulation: 607600, adminVillagesStated: 103, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-07-01", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: 4218000000, ruralRetailGrowthStated: 0.342, agriRetail2019: 296000000, agriRetail2020: 365000000,
        trainingPersonTimesStated: 6912, eligiblePoorPersonsStated: 327, trainedPoorPersonsStated: 241,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 11076000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// l1 — 云浮云城区: the NBS 统计用区划代码 list with town rows and two added columns, a poverty-platform export grouped by
//      household (户编号 merged, 劳动技能 / 务工状况 system wordings), an attendance grid (trainees × sessions, √/假/缺).
// =====================================================================================================
function buildL1() {
  const REGION = "445302";
  const TD = [["云城街道", "001", 3, 2], ["高峰街道", "002", 2, 5], ["河口街道", "003", 1, 4], ["安塘街道", "004", 1, 5],
    ["腰古镇", "100", 1, 6], ["思劳镇", "101", 1, 7], ["前锋镇", "102", 1, 8], ["南盛镇", "103", 1, 6]];
  const namer = villageNamer("大小新东西南北上下黄白石山云青高罗金竹松良合双丰长安水河塘马沙龙凤", [
    "洞", "坑", "塘", "岗", "田", "垌", "头", "围", "坪", "寨", "岭", "步", "迳", "坳", "背", "湾", "排", "洲"]);
  const newName = noDupNamer(namer, TD.map(([t]) => t.slice(0, 2)));
  const vRows = [["统计用区划代码和城乡划分代码（云浮市云城区）"],
    ["说明：区划代码、名称、城乡分类代码摘自国家统计局2020年统计用区划代码；“是否省定贫困村”“快递服务”两列由区商务局补充。"],
    ["统计用区划代码", "名称", "城乡分类代码", "是否省定贫困村", "快递服务"]];
  const vRecs = [];
  const villages = [];
  const townOf = {};
  let vi = 0;
  for (const [town, tc, nc, nv] of TD) {
    const base = `${REGION}${tc}`;
    vRows.push([`${base}000`, town, null, null, null]);
    const street = town.endsWith("街道");
    for (let k = 0; k < nc; k++) {
      const c = newName().replace(/村$/, "社区");
      vRows.push([`${base}${String(k + 1).padStart(3, "0")}`, c + "居委会", street ? "111" : "121", null, "已覆盖（邮政、顺丰）"]);
      vRecs.push({ name: c, admin: false, poor: null, express: true });
      townOf[c] = town;
    }
    for (let k = 0; k < nv; k++) {
      const v = newName();
      const poor = [3, 11, 19, 27, 36].includes(vi);
      const exp = vi !== 24;
      vRows.push([`${base}${String(201 + k)}`, v + "委会", town === "云城街道" ? "112" : "220", poor ? "是" : "否",
        exp ? (vi % 3 ? "已覆盖（邮政）" : "已覆盖（邮政、中通、韵达）") : "未覆盖（村民到镇上取件）"]);
      vRecs.push({ name: v, admin: true, poor, express: exp });
      villages.push(v);
      townOf[v] = town;
      vi++;
    }
  }
  assert(villages.length === 43 && vRecs.length === 54 && vRecs.filter((r) => r.poor).length === 5, "l1 43 villages, 11 communities, 5 poor");
  assert(vRows.filter((r) => typeof r[0] === "string" && r[0].endsWith("000") && r[0].length === 12).length === 8, "l1 8 town rows");

  // ---------------- poverty-platform export, grouped by household
  const EXPORT = "2021-06-15";
  const poorVills = vRecs.filter((r) => r.poor).map((r) => r.name);
  const HH = [];
  const LAB = [["普通劳动力", true], ["技能劳动力", true]];
  const WORK_OUT = [["省外务工", true], ["县外省内务工", true]];
  const WORK_IN = ["乡（镇）内务工", false];
  for (let h = 0; h < 13; h++) {
    const v = h < 10 ? poorVills[h % 5] : villages[(h * 7) % villages.length];
    const members = [];
    const headMale = rnd() < 0.8;
    const headBirth = birthBetween(1964, 1985);
    const headOut = h % 4 === 2;
    members.push({ rel: "户主", male: headMale, birth: headBirth, lab: LAB[h % 5 === 3 ? 1 : 0], work: headOut ? WORK_OUT[Math.floor(h / 4) % 2] : WORK_IN });
    if (h % 6 !== 5) {
      members.push({ rel: "配偶", male: !headMale, birth: birthBetween(1965, 1986), lab: LAB[0], work: h % 5 === 1 ? WORK_OUT[0] : WORK_IN });
    }
    const kids = rint(0, 2);
    for (let k = 0; k < kids; k++) {
      const male = rnd() < 0.5;
      if (h % 3 === 0 && k === 0) {
        members.push({ rel: male ? "之子" : "之女", male, birth: birthBetween(1996, 2001), lab: LAB[0], work: WORK_OUT[k % 2] });
      } else {
        members.push({ rel: male ? "之子" : "之女", male, birth: birthBetween(2006, 2014), lab: ["无劳动力", false], work: null, school: null });
      }
    }
    if (h % 2 === 0) {
      members.push({ rel: headMale ? "之母" : "之父", male: !headMale, birth: birthBetween(1936, 1950), lab: h % 4 === 0 ? ["无劳动力", false] : ["丧失劳动力", false], work: null });
    }
    HH.push({ no: `44530210${String(3001 + h * 17).padStart(5, "0")}`, v, members });
  }
  const pRows = [["广东省扶贫开发大数据平台　贫困人口信息（云城区）"], [`导出时间：${EXPORT} 09:12:44　　导出账号：ycq_swj01　　共13户`],
    ["户编号", "镇（街道）", "村", "姓名", "与户主关系", "证件号码", "性别", "年龄", "劳动技能", "务工状况", "务工时间（月）", "在校生状况"]];
  const pMerges = ["A1:L1", "A2:L2"];
  const pRecs = [];
  const persons = [];
  const surnameOf = {};
  HH.forEach((hh) => {
    const r0 = pRows.length + 1;
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    hh.members.forEach((m, j) => {
      const id = makeId(REGION, m.birth, m.male, hh.no.endsWith("3052") && j === 0 ? true : undefined);
      const age = ageOn(m.birth, EXPORT);
      const name = m.rel === "配偶" || m.rel === "之母" || m.rel === "之父" ? personName() : personName(sn);
      const student = m.lab[0] === "无劳动力" && age < 18;
      if (student) assert(age >= 6, "l1 school-age child");
      pRows.push([j === 0 ? hh.no : null, j === 0 ? townOf[hh.v] : null, j === 0 ? hh.v : null, name, m.rel, id, m.male ? "男" : "女", age, m.lab[0],
        m.work ? m.work[0] : null, m.work && m.work[1] ? rint(6, 11) : null, student ? (age < 12 ? "小学" : age < 15 ? "七年级" : "九年级") : null]);
      const rec = { id, labour: m.lab[1], migrant: m.work ? m.work[1] : null };
      pRecs.push(rec);
      persons.push({ ...rec, name, town: townOf[hh.v] });
      assert(birthOf(id) === m.birth, "l1 id birth");
    });
    const r1 = pRows.length;
    if (r1 > r0) for (const c of ["A", "B", "C"]) pMerges.push(`${c}${r0}:${c}${r1}`);
  });
  const eligible = persons.filter((p) => p.labour && p.migrant === false);
  assert(pRecs.length >= 35 && eligible.length >= 12, "l1 roster size " + pRecs.length + " / " + eligible.length);
  assert(pRecs.some((p) => p.labour && p.migrant) && pRecs.some((p) => !p.labour && p.migrant === null), "l1 roster mix");
  assert(pRows.some((r) => r[8] === "技能劳动力") && pRows.some((r) => r[8] === "丧失劳动力") && pRows.some((r) => r[9] === "县外省内务工"), "l1 wordings");

  // ---------------- attendance grid: trainees × sessions
  const SES = [["第一期", "20.10.16", "2020-10-16"], ["第二期", "20.12.4", "2020-12-04"], ["第三期", "21.3.19", "2021-03-19"],
    ["第四期", "21.5.28", "2021-05-28"], ["第五期", "21.8.13-14", "2021-08-14"], ["第六期", "21.9.10", "2021-09-10"]];
  const trainees = [];
  eligible.slice(0, 9).forEach((p) => trainees.push({ name: p.name, id: p.id, poor: true, town: p.town }));
  const mig = persons.find((p) => p.labour && p.migrant);
  trainees.push({ name: mig.name, id: mig.id, poor: true, town: mig.town });
  while (trainees.length < 36) trainees.push({ name: personName(), id: makeId(REGION, birthBetween(1968, 2001), rnd() < 0.5, trainees.length === 17 ? true : undefined), poor: false });
  const ordered = shuffle(trainees);
  const blankIdx = ordered.findIndex((p, i) => i >= 20 && !p.poor);
  ordered[blankIdx].id = null; // left blank on the roster
  const xIdx = ordered.findIndex((p) => p.id && isX(p.id));
  const spIdx = ordered.findIndex((p, i) => i >= 10 && i !== xIdx && p.id && !isX(p.id));
  assert(xIdx >= 0 && spIdx >= 0, "l1 an X id and a spaced id");
  const tRows = [["云城区农村电商培训班学员考勤表（2020—2021年度）"], ["标记：√出勤　假请假　缺缺勤　空格为未报该期"],
    ["序号", "姓名", "身份证号", "所在镇（街道）", "是否脱贫户"].concat(SES.map((s) => s[0]), ["出勤次数"]),
    [null, null, null, null, null].concat(SES.map((s) => s[1]), [null])];
  const tMerges = ["A1:L1", "A2:L2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "L3:L4"];
  const tRecs = [];
  const per = SES.map(() => 0);
  const TOWNS = TD.map((t) => t[0]);
  ordered.forEach((p, i) => {
    const first = rnd() < 0.45 ? 0 : rint(1, 3);
    const lastS = Math.min(5, first + rint(1, 4));
    const marks = SES.map((_, s) => {
      if (s < first || s > lastS) return null;
      const r = rnd();
      return r < 0.78 ? "√" : r < 0.89 ? "假" : "缺";
    });
    if (!marks.includes("√")) marks[first] = "√";
    if (i === 4) marks[5] = "√"; // someone in the September class
    const idc = p.id === null ? null : i === xIdx ? p.id.slice(0, 17) + "x" : i === spIdx ? spacedId(p.id) : p.id;
    const cnt = marks.filter((m) => m === "√").length;
    tRows.push([i + 1, p.name, idc, p.town || TOWNS[rint(0, TOWNS.length - 1)], p.poor ? "是" : null].concat(marks, [cnt]));
    marks.forEach((m, s) => {
      if (m === "√") {
        tRecs.push({ date: SES[s][2], personTimes: 1, id: p.id });
        per[s]++;
      }
    });
  });
  tRows.push([null, "实到人数", null, null, null].concat(per, [sum(per)]));
  tMerges.push(`B${tRows.length}:E${tRows.length}`);
  assert(tRecs.length === sum(per) && per[5] >= 1 && tRecs.some((t) => t.id === null), "l1 attendance records");
  assert(tRows.some((r) => typeof r[2] === "string" && / /.test(r[2])), "l1 a spaced id");
  const trainedElig = new Set(tRecs.filter((t) => t.date <= "2021-08-31" && t.id).map((t) => t.id));
  assert(eligible.slice(0, 9).every((p) => tRecs.some((t) => t.id === p.id)), "l1 poor trainees attend");
  assert(trainedElig.size > 9, "l1 trained ids");

  const notes = [["填报说明"], ["1．“区划名录”来源于国家统计局统计用区划代码，镇（街道）行不是村。"], ["2．“贫困人口信息”从广东省扶贫开发大数据平台导出，以户为单位排列。"],
    ["3．“学员考勤”每期一列，√为出勤，请假、缺勤不计人次。"], ["填报人：区商务局电商股　　2021年9月"]];
  return {
    description:
      "云浮云城区商务局台账。“区划名录”是国家统计局统计用区划代码（12位，文本）加两列：镇（街道）行（代码以000结尾，城乡分类代码空）不是记录；先列居委会（代码001起、城乡分类111/121）再列村委会（201起、112/220）；是否省定贫困村“是/否”（居委会空着→null），快递服务“已覆盖（邮政…）”/“未覆盖（…）”。“贫困人口信息”是扶贫大数据平台按户导出：户编号、镇、村向下合并，劳动技能用系统词（普通劳动力、技能劳动力→有劳动能力；丧失劳动力、无劳动力→无），务工状况“省外务工”“县外省内务工”→外出务工，“乡（镇）内务工”→不是外出务工，无劳动能力的务工状况空着（null）；年龄、在校生状况不是字段。“学员考勤”是学员×期次的格子：第3行期次、第4行两位年份日期（“21.8.13-14”按结束日），格内√才是一人次（假、缺、空格不算），按行读；一人身份证号空着，一个末位小写x，一个带空格；“出勤次数”列和“实到人数”行是合计。“填报说明”不是台账。",
    sheets: [
      { name: "区划名录", rows: vRows, merges: ["A1:E1", "A2:E2"] },
      { name: "贫困人口信息", rows: pRows, merges: pMerges },
      { name: "学员考勤", rows: tRows, merges: tMerges },
      { name: "填报说明", rows: notes },
    ],
    expect: {
      sheets: {
        "区划名录": { kind: "villages", records: vRecs },
        "贫困人口信息": { kind: "poorPersons", records: pRecs },
        "学员考勤": { kind: "training", records: tRecs },
        "填报说明": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 江门蓬江区: the park's room register (floors merged, vacant rooms, a tenant change), a treasury payment register
//      (大写/小写, voided and returned vouchers), press clippings one per cell, a 信息公开 approval register with three dates.
// =====================================================================================================
function buildL2() {
  const REGION = "440703";
  // ---------------- park room register
  const FL = [
    ["1F（展示交易区）", [
      ["101", "江门市蓬江区侨乡优品电子商务有限公司", "电商平台", "2020-09-08", null, "3年"],
      ["102", "江门市蓬江区杜阮凉瓜专业合作社网店", "农产品销售", "2020-09-08", null, "2年"],
      ["103", "江门市蓬江区荷塘鱼干网店", "网店销售", "2020-10-12", null, "2年"],
      ["104", null],
      ["105", "江门市蓬江区棠下陈皮电子商务商行", "网店销售", "2020-11-03", null, "3年"],
      ["106", "江门市蓬江区五邑特产供应链有限公司", "供应链服务", "2021-01-18", null, "3年"]]],
    ["2F（孵化区）", [
      ["201", "江门市蓬江区青创直播电商有限公司", "直播运营", "2020-10-26", null, "2年"],
      ["202", "江门市蓬江区邑农网络科技有限公司", "电商代运营", "2020-10-26", null, "2年"],
      ["203", "江门市蓬江区潮连花卉网店", "网店销售", "2020-12-07", null, "1年"],
      ["204", "江门市蓬江区小鸟天堂文创网店", "网店销售", "2021-02-22", null, "2年"],
      ["205", "江门市蓬江区乡味小吃网店", "网店销售", "2020-10-20", "2021-04-30", "1年", "合同到期退租"],
      ["205", "江门市蓬江区鲜达冷链配送有限公司", "快递物流", "2021-05-10", null, "3年", "接租205室"],
      ["206", null],
      ["207", "江门市蓬江区白沙凉茶电子商务有限公司", "网店销售", "2021-03-15", null, "2年"],
      ["208", "江门市蓬江区邑优品牌策划有限公司", "电商代运营", "2021-04-06", null, "2年"],
      ["209", "江门市蓬江区荷塘纱龙网店", "网店销售", "2021-06-21", null, "1年"],
      ["210", "江门市蓬江区新会柑茶网店", "网店销售", "2021-09-15", null, "2年", "9月新入驻"]]],
    ["3F（运营服务区）", [
      ["301", "中国邮政集团有限公司江门市蓬江区分公司电商服务部", "快递物流", "2020-09-08", null, "3年"],
      ["302", "江门市蓬江区顺通快递服务有限公司", "快递物流", "2020-11-16", null, "3年"],
      ["303", "江门市蓬江区云仓供应链管理有限公司", "供应链服务", "2021-01-04", null, "3年"],
      ["304", "江门市蓬江区电子商务公共服务中心运营有限公司", "电商代运营", "2020-09-08", null, "3年", "中心运营方"],
      ["305", null],
      ["306", "江门市蓬江区邑网通电商平台有限公司", "电商平台", "2021-07-12", null, "2年"]]],
  ];
  const eRows = [["蓬江区电子商务产业园入驻企业登记（按房号）"], ["楼层", "房号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退出日期", "合同期限", "备注"]];
  const eMerges = ["A1:I1"];
  const eRecs = [];
  let k = 0;
  for (const [floor, rooms] of FL) {
    const r0 = eRows.length + 1;
    rooms.forEach((rm, j) => {
      const [no, name, type, en, left, term, note] = rm;
      if (!name) {
        eRows.push([j === 0 ? floor : null, no, "（空置）", null, null, null, null, null, null]);
        return;
      }
      const f = k++ % 3;
      const dc = f === 0 ? D(en) : f === 1 ? dotDate(en) : cnDate(en);
      eRows.push([j === 0 ? floor : null, no, name, creditCode(REGION), type, dc, left ? dotDate(left) : null, term, note || null]);
      eRecs.push({ name, type, entered: en, left: left || null });
    });
    eMerges.push(`A${r0}:A${eRows.length}`);
  }
  eRows.push(["注：空置房间3间；205室2021年4月30日退租后由鲜达冷链接租。"]);
  eMerges.push(`A${eRows.length}:I${eRows.length}`);
  const inPark = eRecs.filter((e) => e.entered <= "2021-08-31" && !(e.left && e.left <= "2021-08-31"));
  assert(eRecs.length === 20 && inPark.length === 18, "l2 20 enterprises, 18 in the park at the cut-off");

  // ---------------- treasury payment register (大写 / 小写), voided and returned vouchers
  const PAYS = [
    ["2020-09-18", "江门市蓬江区电子商务公共服务中心运营有限公司", "公共服务中心建设首期款", 1250000, "已支付"],
    ["2020-10-30", "中国邮政集团有限公司江门市蓬江区分公司", "村级电商服务站点建设（第一批）", 780000, "已支付"],
    ["2020-12-15", "江门市邑才职业培训学校", "电商人才培训服务费（第一期）", 265000, "作废", "收款账号填错，凭证作废后重新开具"],
    ["2020-12-15", "江门市邑才职业培训学校", "电商人才培训服务费（第一期）", 265000, "已支付", "重新开具"],
    ["2021-01-20", "江门市蓬江区顺通快递服务有限公司", "县镇村物流配送体系建设首期款", 960000, "已退回", "收款户名不符，银行退回"],
    ["2021-01-28", "江门市蓬江区顺通快递服务有限公司", "县镇村物流配送体系建设首期款", 960000, "已支付", "1月20日退回款重新支付"],
    ["2021-03-25", "江门市蓬江区邑优品牌策划有限公司", "区域公共品牌设计及推广", 386500, "已支付", null, true],
    ["2021-05-12", "中国邮政集团有限公司江门市蓬江区分公司", "村级电商服务站点建设（第二批）", 845000, "已支付"],
    ["2021-06-30", "江门市蓬江区电子商务公共服务中心运营有限公司", "公共服务中心运营服务费", 600000, "已支付"],
    ["2021-08-17", "广东农溯信息科技有限公司", "农产品溯源系统建设", 520800, "已支付"],
    ["2021-09-22", "江门市邑才职业培训学校", "电商人才培训服务费（第二期）", 298000, "已支付"],
  ];
  const fRows = [["蓬江区电子商务进农村综合示范专项资金国库集中支付登记表"], ["单位：元"],
    ["序号", "支付凭证号", "支付日期", "收款单位", "用途", "金额（大写）", "金额（小写）", "支付状态", "备注"]];
  const fRecs = [];
  let paid = 0;
  PAYS.forEach(([iso, who, use, amt, st, note, noSmall], i) => {
    const f = i % 4;
    const dc = f === 0 ? iso : f === 1 ? D(iso) : f === 2 ? cnDate(iso) : yyyymmdd(iso);
    const vno = `蓬财支〔${iso.slice(0, 4)}〕${String(100 + i * 13 + rint(0, 9)).padStart(4, "0")}号`;
    fRows.push([i + 1, vno, dc, who, use, `人民币${daxie(amt)}`, noSmall ? null : `¥${fmtMoney(amt)}`, st, note || null]);
    if (st === "已支付") {
      fRecs.push({ date: iso, amount: amt });
      paid += amt;
    }
  });
  fRows.push([null, null, null, null, "已支付合计", `人民币${daxie(paid)}`, `¥${fmtMoney(paid)}`, null, "不含作废、退回"]);
  assert(fRecs.length === 9 && paid === 5905300, "l2 nine payments, 5,905,300 " + paid);
  assert(daxie(386500) === "叁拾捌万陆仟伍佰元整" && daxie(1250000) === "壹佰贰拾伍万元整" && daxie(520800) === "伍拾贰万零捌佰元整", "l2 daxie");

  // ---------------- press clippings: one cell per report
  const CLIP = [
    ["【蓬江发布】（区融媒体中心微信公众号）2020年10月28日　《蓬江区电子商务进农村综合示范创建工作全面启动》", "2020-10-28", "county", false, null],
    ["【江门日报】2020.12.9　A03版　《蓬江：村级电商站点让山货“触网”》", "2020-12-09", "city", false, null],
    ["【江门广播电视台·江门新闻（电视）】2021年3月2日　《杜阮凉瓜搭上电商快车》", "2021-03-02", "city", true, null],
    ["【南方日报】2021-04-16　JM02版　《蓬江打造侨乡农产品线上“出海口”》", "2021-04-16", "province", false, null],
    ["【中国商务新闻网】2021年6月8日　《广东江门蓬江：电商进农村激活乡村振兴新动能》", "2021-06-08", "national", false, null],
    ["【广东广播电视台·广东新闻联播（电视）】2021年8月20日　《蓬江脱贫户直播卖陈皮》", "2021-08-20", "province", true, "电商扶贫典型案例"],
    ["【学习强国·广东学习平台】2021.9.3　《江门蓬江：一根网线连起城乡》", "2021-09-03", "province", false, null],
  ];
  const mRows = [["蓬江区电子商务进农村宣传报道剪报目录"], ["序号", "报道信息（媒体、日期、版面、标题）", "备注"]];
  const mRecs = [];
  CLIP.forEach(([t, iso, level, tv, note], i) => {
    mRows.push([i + 1, t, note]);
    mRecs.push({ date: iso, level, tv });
  });

  // ---------------- 信息公开 approval register: 送审 / 审批 / 发布 dates, one withdrawn
  const DIS = [
    ["蓬江区电子商务进农村综合示范县创建实施方案", "2020-07-06", "2020-07-08", "2020-07-10"],
    ["蓬江区电子商务进农村综合示范项目基本信息", "2020-08-24", "2020-08-26", "2020-08-27"],
    ["蓬江区电子商务进农村综合示范项目监督举报方式", "2020-08-24", "2020-08-26", "2020-08-27"],
    ["蓬江区电子商务进农村综合示范项目建设进度（2020年8月）", "2020-09-03", "2020-09-07", "2020-09-08"],
    ["蓬江区电子商务进农村综合示范项目建设进度（2020年9月）", "2020-10-09", "2020-10-12", "2020-10-13"],
    ["蓬江区电子商务进农村综合示范项目建设进度（2020年10月）", "2020-11-04", "2020-11-05", "2020-11-06"],
    ["蓬江区电子商务进农村综合示范项目建设进度（2020年11月）", "2020-12-03", "2020-12-04", "2020-12-07"],
    ["蓬江区电子商务进农村综合示范项目建设进度（2020年12月）", "2021-01-06", "2021-01-08", "2021-01-08"],
    ["关于蓬江区村级电商服务站点运营补贴的公示（征求意见稿）", "2021-01-25", "2021-02-01", null, "审批未通过，撤回，未发布"],
    ["蓬江区电子商务进农村综合示范项目建设进度（2021年1—2月）", "2021-03-02", "2021-03-04", "2021-03-05"],
    ["蓬江区电子商务进农村综合示范项目建设进度（2021年3月）", "2021-04-06", "2021-04-07", "2021-04-08"],
    ["蓬江区电子商务进农村综合示范项目建设进度（2021年4月）", "2021-05-06", "2021-05-08", "2021-05-10"],
    ["蓬江区电子商务进农村综合示范项目建设进度（2021年5月）", "2021-06-02", "2021-06-03", "2021-06-04"],
    ["蓬江区电子商务进农村综合示范项目建设进度（2021年6月）", "2021-07-05", "2021-07-06", "2021-07-07"],
    ["蓬江区电子商务进农村综合示范项目建设进度（2021年7月）", "2021-07-30", "2021-08-02", "2021-08-03"],
    ["蓬江区电子商务进农村综合示范项目建设进度（2021年8月）", "2021-08-30", "2021-08-31", "2021-09-01"],
  ];
  const dRows = [["蓬江区商务局政府信息公开审批登记（电子商务进农村专栏）"],
    ["序号", "信息标题", "拟稿科室", "送审日期", "审批日期", "发布日期", "发布栏目", "备注"]];
  const dRecs = [];
  DIS.forEach(([t, a, b, pub, note], i) => {
    const f = i % 3;
    const fmt = (iso) => (f === 0 ? slashDate(iso) : f === 1 ? dotDate(iso) : D(iso));
    dRows.push([i + 1, t, "电子商务股", fmt(a), fmt(b), pub ? fmt(pub) : "—", "电子商务进农村综合示范专栏", note || null]);
    if (pub) dRecs.push({ date: pub });
  });
  const pm = new Set(dRecs.map((r) => ym(r.date)));
  assert(WINDOW.filter((w) => !pm.has(w)).join() === "2021-02", "l2 published every window month except February 2021");
  assert(ym(DIS[8][1]) === "2021-01" && ym(DIS[8][2]) === "2021-02", "l2 the withdrawn item's approval date falls in February");

  const sign = [["台账审核签批单"], ["台账名称：蓬江区电子商务进农村综合示范工作台账（产业园、资金、宣传、信息公开）"], ["经办人：", null, "李××"],
    ["科室负责人：", null, "谭××"], ["分管领导：", null, "区商务局副局长 陈××"], ["审核意见：", null, "经核对，台账内容属实。"], ["日期：", null, "2021年9月15日"]];
  return {
    description:
      "江门蓬江区商务局台账。“入驻企业”按楼层、房号登记：楼层列向下合并，空置房间（企业名称“（空置）”）不是记录，205室先后两家（前一家2021.4.30退出、后一家2021.5.10接租），一家2021年9月入驻；企业类型照写（电商平台、网店销售、电商代运营、快递物流、直播运营、供应链服务、农产品销售），合同期限不是日期。“资金支付”是国库集中支付登记：金额大写和小写两列，一笔小写空着只看大写（叁拾捌万陆仟伍佰元整），“作废”和“已退回”的凭证不是拨付（各自后面有重开、重付的已支付行），“已支付合计”行不是记录，日期有文本、日期单元格、中文和8位数字。“宣传报道”一条报道一格“【媒体】日期 版面《标题》”，没有级别列：蓬江发布（区融媒体）→县级，江门日报、江门广播电视台→市级，南方日报、广东广播电视台、学习强国广东平台→省级，中国商务新闻网→国家级；“（电视）”才是电视。“信息公开”是审批登记，每行送审、审批、发布三个日期，只有发布日期是专栏更新；一条审批未通过、发布日期“—”，不是记录。“签批单”不是台账。",
    sheets: [
      { name: "入驻企业", rows: eRows, merges: eMerges },
      { name: "资金支付", rows: fRows, merges: ["A1:I1", "A2:I2"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:C1"] },
      { name: "信息公开", rows: dRows, merges: ["A1:H1"] },
      { name: "签批单", rows: sign, merges: ["A1:C1", "A2:C2"] },
    ],
    expect: {
      sheets: {
        "入驻企业": { kind: "enterprises", records: eRecs },
        "资金支付": { kind: "funds", records: fRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "信息公开": { kind: "disclosures", records: dRecs },
        "签批单": { kind: null },
      },
    },
  };
}

// ---------------------------------------------------------------- main
const c1 = buildC1();
const f1 = buildF1();
const f2 = buildF2();
const f3 = buildF3();
const l1 = buildL1();
const l2 = buildL2();
write("counties", "b160-c1-sanshui.json", c1);
write("facts", "b160-f1-zengcheng.json", f1);
write("facts", "b160-f2-potou.json", f2);
write("facts", "b160-f3-doumen.json", f3);
write("ledgers", "b160-l1-yuncheng.json", l1);
write("ledgers", "b160-l2-pengjiang.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
