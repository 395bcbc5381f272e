// Batch 161 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block adapted from
// counties/_make/gen-b160.js. Deterministic: seeded PRNG, no clock.
//
// c1 潮南区 (汕头): a Word 自评报告 pasted one paragraph per row with the official indicator table pasted below it (each Word
//    paragraph its own row, merged cells down); ★ poor villages and √ type columns, 226 行政村 (base capped at 200); stations
//    under town heading rows with 小计 rows and dates corrected in the cell; general training as sessions plus a 脱贫户
//    sign-in sheet; labour and migrant status in one column; park types as √ columns; funds by instalment (万元);
//    report dates as bare Excel serials; the website column copied as text lines with page-navigation rows.
// f1 梅江区 (梅州): a questionnaire answered with option letters and blanks filled inside the question text.
// f2 武江区 (韶关): the 考评核查表 filled by the county (核查结果 in words, 分项自评, 县自评得分, a 考评组核定 column).
// f3 清城区 (清远): a 修正稿: 原填报数 | 修正数 | 修正说明, judged items as 原自评 | 修正后自评.
// l1 濠江区 (汕头): an operator-system station export, one sign-in sheet per session (date in the header block), park firms
//    with the stay as one period cell, a hidden drop-down list sheet.
// l2 汕尾城区: a 三栏式 明细账 (year over 月|日), reports under year section rows, media with √ form columns, a cover sheet.
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
let seed = 161161;
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
    assert(/^b161-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b161-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b161-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 汕头潮南区: a 自评报告 pasted from Word (one paragraph per row, facts in running prose) with the official indicator
//      table pasted below it (each Word paragraph became its own Excel row, the other cells merged down); villages with ★
//      for 省定贫困村 and √ type columns (226 行政村 → base 200); stations grouped under town heading rows with 小计 rows and
//      two dates corrected in the cell ("2021.9.6 更正为 2021.8.27"); general training as sessions plus a separate sign-in
//      sheet for the 脱贫户 class (both count); a poor list whose one column carries labour and migrant status; park firms
//      with one √ column per type; funds by instalment (第一次/第二次/第三次拨付 日期|金额, 万元); reports dated as bare Excel
//      serials; the website column copied as text lines (newest first, page-navigation rows).
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "440514";
  const TD = [["峡山街道", 18, 8], ["陈店镇", 16, 4], ["司马浦镇", 20, 3], ["两英镇", 34, 4], ["仙城镇", 26, 3], ["井都镇", 20, 2],
    ["陇田镇", 24, 2], ["雷岭镇", 22, 2], ["红场镇", 11, 1], ["成田镇", 18, 3], ["胪岗镇", 17, 2]];
  const namer = villageNamer("上下东西南北新和光美林沙溪湖洋港岭坑赤华丰龙凤玉金石古桥坡乌青竹", [
    "美", "田", "埔", "洋", "厝", "头", "尾", "寮", "围", "港", "山", "溪", "岭", "寨", "乡", "湖", "塘", "坑", "林", "陇", "墩", "垄"]);
  const newName = noDupNamer(namer, TD.map(([t]) => t.slice(0, 2)));
  const POOR_TOWNS = ["两英镇", "仙城镇", "井都镇", "陇田镇", "雷岭镇", "红场镇"];
  const towns = TD.map(([town, nv, nc]) => {
    const vs = [];
    for (let k = 0; k < nv; k++) vs.push(newName());
    const cs = [];
    for (let k = 0; k < nc; k++) cs.push(newName().replace(/村$/, "社区"));
    return { town, vs, cs, poor: POOR_TOWNS.includes(town) ? vs[3] : null };
  });
  const admin = towns.flatMap((t) => t.vs);
  const comms = towns.flatMap((t) => t.cs);
  const poorV = towns.map((t) => t.poor).filter(Boolean);
  assert(admin.length === 226 && comms.length === 34 && poorV.length === 6, "c1 226 villages, 34 communities, 6 poor");
  const townOf = {};
  for (const t of towns) for (const v of t.vs.concat(t.cs)) townOf[v] = t.town;

  // ---------------- 村（居）委会名单: ★ marks 省定贫困村, the type as two √ columns, the town merged down
  const vRows = [["潮南区村（居）民委员会名单"], ["（★为省定贫困村；资料来源：区民政局，2021年6月）"],
    ["序号", "镇（街道）", "村（居）委会名称", "类别", null, "备注"], [null, null, null, "村委会", "居委会", null]];
  const vMerges = ["A1:F1", "A2:F2", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:F4"];
  let vn = 0;
  for (const t of towns) {
    const r0 = vRows.length + 1;
    t.vs.forEach((v, j) => vRows.push([++vn, j === 0 ? t.town : null, v === t.poor ? "★" + v : v, "√", null, v === t.poor ? "省定贫困村" : null]));
    t.cs.forEach((c) => vRows.push([++vn, null, c, null, "√", null]));
    vMerges.push(`B${r0}:B${vRows.length}`);
  }
  vRows.push([null, "合计", `${vn}个`, admin.length, comms.length, null]);
  assert(vn === 260, "c1 260 rows");

  // ---------------- stations: town heading rows, 小计 rows, corrections in the date cell
  const nonPoor = shuffle(admin.filter((v) => !poorV.includes(v)));
  const coveredNP = nonPoor.slice(0, 134);
  const lateV = nonPoor.slice(134, 137);
  const twice = coveredNP.slice(0, 8);
  const commSt = shuffle(comms).slice(0, 5);
  const corrPoor = poorV[2];
  const ST = [];
  for (const v of coveredNP.concat(poorV)) {
    if (v === corrPoor) ST.push({ v, iso: "2021-08-27", txt: "2021.9.6 更正为 2021.8.27" });
    else ST.push({ v, iso: randIsoBetween("2020-04-10", "2021-08-25") });
  }
  for (const v of twice) ST.push({ v, iso: randIsoBetween("2020-09-01", "2021-08-20"), second: true });
  for (const c of commSt) ST.push({ v: c, iso: randIsoBetween("2020-06-01", "2021-07-30"), comm: true });
  ST.push({ v: lateV[0], iso: "2021-09-10", txt: "2021.8.20 更正为 2021.9.10" });
  ST.push({ v: lateV[1], iso: "2021-09-16" }, { v: lateV[2], iso: "2021-09-23" });
  assert(ST.length === 156, "c1 156 station rows");
  const stRows = [["潮南区村级电子商务服务站点清单"], ["填报单位：潮南区商务局　　　　更新日期：2021年9月20日"],
    ["序号", "站点名称", "所在村（居）", "详细地址", "站长", "联系电话", "挂牌时间", "备注"]];
  const stMerges = ["A1:H1", "A2:H2"];
  const ROAD = ["大道", "路", "新村", "老寨", "前街"];
  let sn = 0;
  let fk = 0;
  towns.forEach((t, ti) => {
    const mine = ST.filter((s) => townOf[s.v] === t.town).sort((a, b) => byIso(a.iso, b.iso));
    stRows.push([`${CN_NUM[ti + 1]}、${t.town}（${mine.length}个）`]);
    stMerges.push(`A${stRows.length}:H${stRows.length}`);
    for (const s of mine) {
      const stem = s.v.replace(/(村|社区)$/, "");
      const k = fk++;
      const vname = s.comm ? s.v + "居委会" : [s.v, s.v.replace(/村$/, "村委会"), s.v.replace(/村$/, "村民委员会")][k % 3];
      const name = s.comm ? `${stem}社区电商服务点` : s.second ? `${stem}村电商服务站（二站）` : `${stem}村电商服务站`;
      let dc;
      if (s.txt) dc = s.txt;
      else if (k % 7 === 3 && s.iso <= "2021-07-31") dc = cnMonth(s.iso);
      else dc = [D, dotDate, cnDate, slashDate][k % 4](s.iso);
      stRows.push([++sn, name, vname, `潮南区${t.town}${s.v}${stem}${ROAD[k % ROAD.length]}${rint(1, 88)}号`, personName(), mask(phone()), dc,
        s.second ? "同村第二个站点" : s.comm ? "社区站点" : s.txt ? "挂牌时间经核对更正" : null]);
    }
    stRows.push([null, "小计", `${mine.length}个`, null, null, null, null, null]);
  });
  stRows.push(["注：截至2021年9月20日全区共建成站点156个（含社区站点5个）。"]);
  stMerges.push(`A${stRows.length}:H${stRows.length}`);
  const covered = new Set(ST.filter((s) => !s.comm && s.iso <= CUT).map((s) => s.v));
  assert(covered.size === 140 && [...covered].every((v) => admin.includes(v)), "c1 140 villages covered");
  assert(poorV.every((v) => covered.has(v)), "c1 all poor villages covered");
  assert(140 * 100 >= 70 * 200 && 139 * 100 < 70 * 200, "c1 140/200 = 70% exactly");
  assert(pct1(140, 226) === "61.9%" && 140 * 100 < 70 * 226, "c1 uncapped coverage below 70%");
  assert(stRows.filter((r) => r[6] === "2021.9.6 更正为 2021.8.27").length === 1, "c1 correction row");

  // ---------------- poor persons: one column carries labour and migrant status
  const ELIG_T = ["有劳动能力，在家务农", "有劳动能力，县内务工"];
  const MIG_T = ["有劳动能力，外出务工（省内）", "有劳动能力，外出务工（省外）"];
  const labourPool = shuffle(Array.from({ length: 125 }, (_, i) => ({ cat: "elig", t: ELIG_T[i % 2] }))
    .concat(Array.from({ length: 40 }, (_, i) => ({ cat: "mig", t: MIG_T[i % 2] }))));
  const nolabPool = shuffle(Array.from({ length: 30 }, (_, i) => ({ cat: "old", t: i % 3 ? "无劳动能力" : "丧失劳动能力" }))
    .concat(Array.from({ length: 25 }, () => ({ cat: "stu", t: "无劳动能力（在校学生）" }))));
  const homeV = poorV.concat(shuffle(admin.filter((v) => !poorV.includes(v))).slice(0, 14));
  const persons = [];
  let hh = 0;
  while (labourPool.length || nolabPool.length) {
    const v = homeV[hh % homeV.length];
    hh++;
    const sn2 = SURNAMES[rint(0, SURNAMES.length - 1)];
    const nl = labourPool.length ? Math.min(labourPool.length, rint(1, 3)) : 0;
    const nn = nolabPool.length ? Math.min(nolabPool.length, labourPool.length ? rint(0, 2) : rint(1, 3)) : 0;
    const mem = [];
    let headMale = true;
    for (let k = 0; k < nl; k++) {
      const p = labourPool.shift();
      const rel = k === 0 ? "户主" : k === 1 ? "配偶" : rnd() < 0.5 ? "之子" : "之女";
      if (rel === "户主") headMale = rnd() < 0.85;
      const male = rel === "户主" ? headMale : rel === "配偶" ? !headMale : rel === "之子";
      const birth = k < 2 ? birthBetween(1963, 1986) : birthBetween(1994, 2002);
      mem.push({ ...p, rel, male, birth });
    }
    for (let k = 0; k < nn; k++) {
      const p = nolabPool.shift();
      const stu = p.cat === "stu";
      const rel = mem.length === 0 ? "户主" : stu ? (rnd() < 0.5 ? "之子" : "之女") : rnd() < 0.6 ? "之母" : "之父";
      const male = rel === "之子" || rel === "之父" || (rel === "户主" && rnd() < 0.5);
      const birth = stu ? birthBetween(2004, 2014) : birthBetween(1934, 1956);
      mem.push({ ...p, rel, male, birth });
    }
    const headName = personName(sn2);
    mem.forEach((m, j) => {
      const name = j === 0 ? headName : m.rel === "配偶" || m.rel === "之母" ? personName() : personName(sn2);
      const id = makeId(REGION, m.birth, m.male, persons.length % 23 === 5 ? true : undefined);
      persons.push({ ...m, name, head: headName, v, id });
    });
  }
  assert(persons.length === 220, "c1 220 poor persons");
  assert(persons.every((p) => p.rel !== "户主" || p.cat !== "stu"), "c1 no student heads a household");
  const eligible = persons.filter((p) => p.cat === "elig");
  const migrants = persons.filter((p) => p.cat === "mig");
  assert(eligible.length === 125 && migrants.length === 40, "c1 125 eligible, 40 migrants");
  const pRows = [["潮南区建档立卡贫困人口名单（2020年底动态调整后）"],
    ["序号", "镇（街道）", "村", "户主姓名", "姓名", "与户主关系", "身份证号码", "劳动力及务工情况"]];
  persons.forEach((p, i) => pRows.push([i + 1, townOf[p.v], p.v, p.head, p.name, p.rel, p.id, p.t]));
  pRows.push(["注：“劳动力及务工情况”依据扶贫信息系统2020年12月数据填写；外出务工指到县（区）外务工。"]);

  // ---------------- training: the general sessions (人次) and a separate sign-in sheet for the 脱贫户 class
  const SES = [];
  let d0 = "2020-05-08";
  for (let i = 0; i < 40; i++) {
    d0 = isoAdd(d0, rint(9, 11));
    SES.push({ iso: d0, n: rint(90, 150), online: i % 6 === 4 });
  }
  assert(d0 <= "2021-08-25", "c1 last general session before the cut " + d0);
  for (let diff = 4862 - sum(SES.map((s) => s.n)), j = 0; diff !== 0; j = (j + 7) % 40) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 9);
    SES[j].n += st;
    diff -= st;
  }
  assert(sum(SES.map((s) => s.n)) === 4862 && SES.every((s) => s.n >= 50 && s.n <= 260), "c1 session sizes");
  SES.push({ iso: "2021-09-09", n: 210, late: true }, { iso: "2021-09-24", n: 185, late: true });
  const TOP = ["农村电商基础知识", "网店开设与运营", "短视频与直播带货", "农产品包装与品牌", "社群营销", "网店美工与摄影", "电商物流与售后"];
  const PL = ["区电子商务公共服务中心", "两英镇文化站", "仙城镇党群服务中心", "陈店镇政府会议室", "雷岭镇文化站", "成田镇党群服务中心"];
  const gRows = [["潮南区农村电商普及性培训情况汇总表"], ["期次", "培训日期", "培训内容", "培训地点", "形式", "参训人次", "备注"]];
  SES.forEach((s, i) => {
    let dc;
    if (i === 11) dc = rangeText(isoAdd(s.iso, -2), s.iso, "dot");
    else if (i === 27) dc = rangeText(isoAdd(s.iso, -1), s.iso, "cn");
    else dc = [D, dotDate, cnDate, slashDate][i % 4](s.iso);
    gRows.push([`第${i + 1}期`, dc, TOP[i % TOP.length], s.online ? "线上（直播平台）" : PL[i % PL.length], s.online ? "线上" : "线下", s.n,
      i === 11 ? "三天" : i === 27 ? "两天" : null]);
  });
  const gAll = sum(SES.map((s) => s.n));
  gRows.push(["合计", null, null, null, null, gAll, null]);
  gRows.push(["注：本表为普及性培训；脱贫户电商专题培训另设签到表（见“脱贫户培训签到”），未计入本表。"]);
  assert(gAll === 5257, "c1 general sessions incl. September 5,257");

  // sign-in of the 脱贫户 class
  const el = shuffle(eligible);
  const trained = el.slice(0, 86);
  const septNew = el.slice(86, 89);
  const twiceP = trained.slice(0, 50);
  const migT = shuffle(migrants).slice(0, 4);
  const outsider = () => {
    const v = admin[rint(0, admin.length - 1)];
    return { name: personName(), id: makeId(REGION, birthBetween(1970, 1998), rnd() < 0.5), v };
  };
  const others = Array.from({ length: 28 }, outsider);
  const PSES = [["第一期", "2020-10-22", cnDate], ["第二期", "2020-12-10", dotDate], ["第三期", "2021-01-28", D], ["第四期", "2021-04-08", cnDate],
    ["第五期", "2021-06-17", slashDate], ["第六期", "2021-08-19", dotDate], ["第七期", "2021-09-09", cnDate]];
  const bySes = PSES.map(() => []);
  twiceP.forEach((p, i) => {
    bySes[i % 6].push(p);
    bySes[(i % 6 + 3) % 6].push(p);
  });
  trained.slice(50).concat(migT, others).forEach((p, i) => bySes[i % 6].push(p));
  bySes[6] = septNew.concat(trained.slice(40, 50), Array.from({ length: 9 }, outsider));
  const sRows = [["潮南区脱贫户电商专题培训班签到表"], ["班次", "培训日期", "序号", "姓名", "身份证号码", "所在村", "联系电话", "签名"]];
  const sMerges = ["A1:H1"];
  const sRecs = [];
  PSES.forEach(([nm, iso, f], s) => {
    const list = shuffle(bySes[s]);
    const r0 = sRows.length + 1;
    list.forEach((p, j) => {
      const idc = isX(p.id) && (j + s) % 2 === 0 ? p.id.slice(0, 17) + "x" : p.id;
      sRows.push([j === 0 ? nm : null, j === 0 ? f(iso) : null, j + 1, p.name, idc, p.v, mask(phone()), j % 5 === 2 ? null : p.name]);
      sRecs.push({ date: iso, id: p.id });
    });
    sMerges.push(`A${r0}:A${sRows.length}`, `B${r0}:B${sRows.length}`);
  });
  const signCut = sRecs.filter((r) => r.date <= CUT);
  assert(signCut.length === 168 && sRecs.length === 190, "c1 168 sign-ins by the cut, 190 in all " + signCut.length);
  assert(sRows.some((r) => typeof r[4] === "string" && r[4].endsWith("x")), "c1 a lower-case x");
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedCut = new Set(signCut.filter((r) => eligIds.has(r.id)).map((r) => r.id));
  const trainedAll = new Set(sRecs.filter((r) => eligIds.has(r.id)).map((r) => r.id));
  assert(trainedCut.size === 86 && trainedAll.size === 89, "c1 86 eligible trained by the cut, 89 with September");
  assert(86 * 100 >= 50 * 125 && 86 * 100 < 70 * 125 && 89 * 100 >= 70 * 125, "c1 68.8% (<70%); 71.2% with September");
  assert(pct1(86, 125) === "68.8%" && pct1(89, 125) === "71.2%", "c1 rates text");
  const ptCut = 4862 + signCut.length;
  assert(ptCut === 5030 && ptCut * 1000 >= 500000 * 10 && 4862 * 1000 < 500000 * 10 && 4862 * 1000 >= 500000 * 8, "c1 5,030 → 1.006%; 4,862 alone 0.97%");

  // ---------------- park enterprises: one √ column per type
  const TYPES = ["平台型", "销售型", "电商运营商", "物流企业", "其他"];
  const ENT = [
    ["汕头市潮南区潮品汇电子商务有限公司", 0], ["汕头市潮南区两英内衣网店", 1], ["汕头市潮南区陈店文具电子商务商行", 1],
    ["汕头市潮南区峡山家居用品网店", 1], ["汕头市潮南区雷岭荔枝专业合作社网店", 1], ["汕头市潮南区红场橄榄电子商务有限公司", 1],
    ["汕头市潮南区优选电商运营有限公司", 2], ["汕头市潮南区快达物流有限公司", 3], ["汕头市潮南区邮政快递服务中心", 3],
    ["汕头市潮南区乡货通网络科技有限公司", 0], ["汕头市潮南区仙城针织网店", 1], ["汕头市潮南区井都海产品电子商务商行", 1],
    ["汕头市潮南区直播谷电商服务有限公司", 2], ["汕头市潮南区成田青梅网店", 1], ["汕头市潮南区胪岗茶叶网店", 1],
    ["汕头市潮南区潮创电商培训学校", 4, "电商培训机构"], ["汕头市潮南区云仓供应链有限公司", 3], ["汕头市潮南区司马浦玩具网店", 1],
    ["汕头市潮南区品牌设计服务部", 2], ["汕头市潮南区陇田番薯干网店", 1], ["汕头市潮南区鲜果到家电子商务有限公司", 1],
    ["汕头市潮南区跨境优品贸易有限公司", 4, "跨境电商"],
  ].map(([n, t, note]) => ({ n, t, note, en: randIsoBetween("2020-09-05", "2021-07-28"), code: creditCode(REGION) }));
  ENT[20].en = "2020-10-19";
  ENT[20].left = "2021-06-30";
  ENT[21].en = "2021-09-06";
  ENT.sort((a, b) => byIso(a.en, b.en));
  const eRows = [["潮南区电子商务产业园入驻企业清单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", null, null, null, null, "入驻时间", "备注"],
    [null, null, null].concat(TYPES, [null, null])];
  ENT.forEach((e, i) => {
    const marks = TYPES.map((_, k) => (k === e.t ? "√" : null));
    const note = e.left ? `${cnDate(e.left)}已迁出` : e.note || null;
    eRows.push([i + 1, e.n, e.code].concat(marks, [i % 3 === 1 ? dotDate(e.en) : D(e.en), note]));
  });
  const eMerges = ["A1:J1", "A2:A3", "B2:B3", "C2:C3", "D2:H2", "I2:I3", "J2:J3"];
  const inPark = ENT.filter((e) => e.en <= CUT && !(e.left && e.left <= CUT));
  assert(ENT.length === 22 && inPark.length === 20 && new Set(inPark.map((e) => e.t)).size === 5, "c1 20 firms in the park, 5 types");

  // ---------------- funds by instalment, 万元
  const PROJ = [
    ["县级电子商务公共服务中心建设", "汕头市潮南区建业工程有限公司", 380, [["2020-08-20", 190], ["2021-01-15", 114], ["2021-09-08", 76]]],
    ["村级电商服务站点建设", "中国邮政集团有限公司汕头市潮南区分公司", 420, [["2020-10-16", 168], ["2021-04-09", 126], ["2021-09-13", 84]]],
    ["县乡村三级物流配送体系建设", "汕头市潮南区快达物流有限公司", 360, [["2020-11-25", 144], ["2021-06-18", 108]]],
    ["农村电商人才培训", "汕头市潮创电商培训学校", 240, [["2020-09-28", 60], ["2021-03-22", 60], ["2021-09-16", 71.82]]],
    ["“潮南好物”区域公共品牌建设与推广", "汕头市潮南区品牌设计服务部", 180, [["2021-01-28", 90.36]]],
    ["农产品质量追溯系统建设", "广东农溯信息科技有限公司", 160, [["2021-05-14", 64.08]]],
    ["电商产业园改造提升", "汕头市潮南区建业工程有限公司", 260, [["2020-12-18", 150], ["2021-08-26", 62.04]]],
  ];
  const FMT = [dotDate, slashDate, cnDate, (iso) => { const [y, m, d] = ymd(iso); return `${y}-${m}-${d}`; }];
  const fRows = [["潮南区电子商务进农村综合示范专项资金拨付台账"], ["单位：万元"],
    ["序号", "项目名称", "承建单位", "合同金额", "第一次拨付", null, "第二次拨付", null, "第三次拨付", null, "累计拨付", "备注"],
    [null, null, null, null, "日期", "金额", "日期", "金额", "日期", "金额", null, null]];
  const fMerges = ["A1:L1", "A2:L2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:H3", "I3:J3", "K3:K4", "L3:L4"];
  let fk2 = 0;
  const pays = [];
  PROJ.forEach(([nm, who, contract, inst], i) => {
    const cells = [];
    for (let k = 0; k < 3; k++) {
      if (inst[k]) {
        cells.push(fk2 % 5 === 2 ? D(inst[k][0]) : FMT[fk2 % 4](inst[k][0]), inst[k][1]);
        pays.push({ iso: inst[k][0], wan: inst[k][1] });
        fk2++;
      } else cells.push(null, null);
    }
    const cum = sumYuan(inst.map((x) => x[1]));
    fRows.push([i + 1, nm, who, contract].concat(cells, [cum, inst.some((x) => x[0] > CUT) ? "含9月拨付" : null]));
  });
  const totWan = sumYuan(pays.map((p) => p.wan));
  const cutWan = sumYuan(pays.filter((p) => p.iso <= CUT).map((p) => p.wan));
  fRows.push([null, "合计", null, sum(PROJ.map((p) => p[2])), null, null, null, null, null, null, totWan, null]);
  fRows.push(["注：省下达专项资金2000万元；本表统计至2021年9月16日。"]);
  fMerges.push(`A${fRows.length}:L${fRows.length}`);
  assert(totWan === 1568.3 && cutWan === 1336.48, "c1 funds " + totWan + " / " + cutWan);
  assert(cents(cutWan) * 100 < 70 * cents(2000) && pct1(1336.48, 2000) === "66.8%" && pct1(1568.3, 2000) === "78.4%", "c1 66.8% by the cut, 78.4% in all");

  // ---------------- reports: dates as bare Excel serial numbers (a few typed as two-digit-year text)
  const rRows = [["潮南区电子商务进农村综合示范工作月报报送记录"], ["序号", "报告期", "报送日期", "报送内容", "报送方式", "含电商扶贫统计"]];
  const per = monthsBetween("2020-08", "2021-08");
  const repDates = [];
  per.forEach((m, i) => {
    const nm = monthsBetween(m, "2021-12")[1];
    const iso = `${nm}-${String(rint(3, 11)).padStart(2, "0")}`;
    repDates.push(iso);
    rRows.push([i + 1, cnMonth(m), i % 5 === 3 ? twoDot(iso) : excelSerial(iso), `${cnMonth(m)}电子商务进农村综合示范工作进展情况${i >= 2 ? "及电商扶贫统计表" : ""}`,
      i % 2 ? "粤政易" : "电子邮件", i >= 2 ? "含" : "不含"]);
  });
  for (const w of WINDOW) assert(repDates.some((d) => ym(d) === w), "c1 report in " + w);
  assert(rRows.some((r) => typeof r[2] === "number") && rRows.some((r) => typeof r[2] === "string" && /^\d\d\.\d/.test(r[2])), "c1 serials and text");

  // ---------------- disclosures: the website list copied as text lines, newest first
  const DIS = [["2020-06-19", "潮南区电子商务进农村综合示范县创建工作方案"], ["2020-07-08", "潮南区电子商务进农村综合示范项目基本信息公示"],
    ["2020-07-08", "潮南区电子商务进农村综合示范项目监督举报电话及邮箱"]];
  for (const m of monthsBetween("2020-07", "2021-07")) {
    const nm = monthsBetween(m, "2021-12")[1];
    if (m === "2021-01") continue;
    if (nm === "2021-03") {
      DIS.push(["2021-03-02", "潮南区电子商务进农村综合示范项目建设进度（2021年1—2月）"]);
      continue;
    }
    DIS.push([`${nm}-${String(rint(3, 12)).padStart(2, "0")}`, `潮南区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`]);
  }
  DIS.push(["2020-11-26", "关于公布潮南区村级电商服务站点名单的通知"], ["2021-05-21", "潮南区举办“潮南好物节”网络促销活动"]);
  DIS.sort((a, b) => byIso(b[0], a[0]));
  const dMonths = new Set(DIS.map((d) => ym(d[0])));
  assert(WINDOW.filter((w) => !dMonths.has(w)).join() === "2021-02", "c1 no column update in February 2021");
  const dRows = [["潮南区人民政府门户网站 > 专题专栏 > 电子商务进农村综合示范"], [null]];
  DIS.forEach(([iso, t], i) => {
    dRows.push([`· ${t}　　${iso}`]);
    if (i % 15 === 14 || i === DIS.length - 1) {
      const pg = Math.floor(i / 15) + 1;
      dRows.push([`首页　上一页　1　2　下一页　尾页　　共${DIS.length}条　第${pg}/2页`]);
    }
  });
  assert(DIS.length > 15 && DIS.length <= 30, "c1 two pages " + DIS.length);

  // ---------------- media, materials
  const mRows = [["潮南区电子商务进农村宣传报道情况"], ["序号", "报道日期", "媒体名称", "媒体级别", "报道形式", "报道标题", "备注"],
    [1, "2020年11月20日", "潮南区融媒体中心", "区级", "电视", "潮南首批村级电商服务站挂牌运营", null],
    [2, "2021年4月13日", "南方日报", "省级", "报纸", "潮南：电商进村　好物出山", null],
    [3, "2021年7月16日", "广东广播电视台《广东新闻联播》", "省级", "电视", "潮南脱贫户直播卖橄榄", "电商扶贫典型案例"],
    [4, "2021年9月8日", "汕头日报", "市级", "报纸", "潮南区电商产业园集聚效应显现", null],
    [5, "2021年9月", "汕头广播电视台", "市级", "电视", "潮南“潮南好物”走俏网络", null]];
  const matRows = [["经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送单位"],
    [1, "2021年5月20日", "潮南区“电商+特色产业”助农增收经验材料", "汕头市商务局"]];

  // ---------------- 自评报告: the Word report pasted into column A, then the indicator table as pasted
  const R = [];
  const P = (t) => R.push([t]);
  P("潮南区2019年省级电子商务进农村综合示范创建工作自评报告");
  P("汕头市潮南区商务局　　2021年9月16日");
  P("根据《广东省商务厅关于开展2019年省级电子商务进农村综合示范创建考评工作的通知》（粤商务电函〔2021〕101号）要求，现将我区示范创建工作自评情况报告如下（考评截止日期为2021年8月31日，另有注明的除外）：");
  P("一、基本情况");
  P("潮南区辖1个街道、10个镇，共有226个行政村、34个社区居委会，其中省定贫困村6个。第七次全国人口普查常住人口139.26万人。");
  P("二、工作开展情况");
  P("（一）加强组织领导。成立了由区委副书记、区长任组长，常务副区长、分管副区长任副组长，区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监督管理局、区邮政分公司等单位为成员的示范创建工作领导小组。2019年11月正式印发《潮南区电子商务进农村综合示范县创建工作方案》（潮南府办〔2019〕58号），2020年3月出台《潮南区促进农村电子商务发展扶持办法》，制定了《项目管理办法》《项目验收办法》，建立了项目建设工作台账。");
  P("（二）服务体系建设。区电子商务公共服务中心于2020年12月完成建设，2021年3月18日正式投入运营，设有免费培训室和培训设备，能组织电商基础培训；设立农特产品展示厅，为特色农产品提供免费展示、销售服务；设摄影棚、美工室，为电商主体提供免费摄影、美工服务；组织“潮南好物”区域公共品牌统一推广，指导特色农产品品牌建设；提供代运营、金融对接等衍生增值服务。整合建成潮南区电商产业园，入驻企业22家。全区建成村级电商服务站点156个（含社区站点）。");
  P("（三）农村产品上行。形成《潮南区农产品网络销售调研报告》并报市商务局；举办“潮南好物节”等网络促销活动12场；引进汕头市潮南区优选电商运营有限公司作为第三方运营服务商；全区行政村物流快递覆盖率达100%；冷链和溯源系统正在建设中。2020年全区农村网络零售额186.52亿元，比2019年的152.26亿元增长22.5%；农产品网络零售额9.82亿元，比2019年的7.46亿元增长31.6%。");
  assert(pct1(18652 - 15226, 15226) === "22.5%" && pct1(982 - 746, 746) === "31.6%", "c1 retail growth");
  P("（四）电商人才培训。累计开展普及性培训42期，截至8月31日培训4,862人次；另举办脱贫户电商专题培训班7期，截至8月31日签到168人次。有劳动能力的建档立卡贫困人口（不含外出务工）125人，截至9月10日已参训89人，培训率71.2%。");
  P("（五）信息公开与数据报送。在区政府门户网站开设“电子商务进农村综合示范”专栏，公开创建方案、项目基本信息和项目建设进度，设立监督举报电话和邮箱，按月更新；每月向汕头市商务局报送工作进展，统计脱贫户电商培训、电商带动增收等电商扶贫情况。");
  P("（六）宣传推广。2021年5月向市商务局报送《潮南区“电商+特色产业”助农增收经验材料》；南方日报、广东广播电视台、汕头日报、潮南区融媒体中心等媒体进行了宣传报道，其中《潮南脱贫户直播卖橄榄》作为电商扶贫典型案例在广东广播电视台《广东新闻联播》播出。");
  P("（七）资金管理。省下达专项资金2000万元，制定《潮南区电子商务进农村综合示范专项资金管理办法》，各承建单位建立了资金专用台账。截至2021年9月16日累计拨付1,568.30万元，支出率78.4%。项目总体进度85%。");
  P("（八）其他。示范创建期间未发生安全生产、质量事故，未造成重大经济损失和社会不良影响，不存在弄虚作假行为。");
  P("三、自评得分情况");
  P("按照考评指标体系逐项自评，基础分98分，加分项3分，合计101分。其中：方案制定2分；政策支持2分；项目管理4分（项目管理制度2分、工作台账2分）；农村产品上行9分（网销调研2分、网络促销2分、第三方运营1分、快递覆盖1分、交易标准与冷链溯源1分、零售额增速2分）；资金管理制度5分；资金台账4分；资金支出5分（及时拨付5分）。详见下表。");
  R.push([]);
  const tableTop = R.length + 1;
  R.push(["工作任务", "评价指标名称", "权重（%）", "指标解释", "评分标准", "评价方式及佐证材料", "自评得分"]);
  const TM = [];
  const BLOCKS = [
    ["加强组织领导与统筹协调（10分）", [
      ["组织领导", 2, ["建立县（市、区）政府主要领导牵头、多部门参与的工作协调机制"],
        ["由县（市、区）政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）；", "由县（市、区）政府分管领导牵头（1分）；", "其他情况不得分。"],
        ["成立工作领导小组或协调机构的文件、相关工作会议纪要、图片"], 2],
      ["方案制定", 2, ["制定科学严谨的示范创建工作方案"], ["工作方案因地制宜，可操作性较强（1-2分）"], ["正式印发的示范县工作方案"], 2],
      ["政策支持", 2, ["在资金、土地、人才等方面出台政策，支持农村电商发展"], ["出台相关政策，且得到较好落实（1-2分）"], ["出台的支持文件及其他证明材料等"], 2],
      ["项目管理", 4, ["制定项目管理制度，建立工作台帐，明确工作目标、工作进度、工作任务，建设、验收等环节严格执行相关制度规定。"],
        ["建立项目管理制度，在建设、验收环节严格落实相关制度（1-2分）；", "建立完整工作台账，详细记录项目建设情况（1-2分）。"], ["项目管理制度文件、工作台账等"], 4],
    ]],
    ["深入推动电子商务进农村工作（55分）", [
      ["服务体系建设", 25, ["建设县级电子商务公共服务中心。对各类主体提供技术支持、培训孵化、产品对接、品牌建设、网络推广及其他衍生增值服务。", "建设或整合、优化当地电商产业园，形成产业集聚效应。"],
        ["建成县级电子商务公共服务中心（2分）；", "建成后已正常运行6个月（截至2021年8月31日）以上（2分）；", "有免费培训场所、培训设备，能组织电商基础培训（2分）；",
          "为特色农产品提供免费展示、销售服务（1分）；", "为电子商务市场主体提供免费摄影、美工服务（1分）；", "组织农产品统一推广、指导特色农产品品牌建设（1分）；",
          "为电子商务发展提供其他衍生增值服务（1分）；", "建设或整合、优化当地电商产业园（2分）；", "电商产业园企业入驻数量达20家及以上（2分）；",
          "电商产业园入驻企业含平台型电商企业、销售型企业、电商运营商或物流企业等至少三种以上类型（1分）。"],
        ["1、现场查看县级电子商务公共服务中心运营情况。", "2、现场查看电商产业园运营情况，入驻企业清单。"], 15],
      [null, null, ["辖区内行政村建设村级电子商务服务站点要达到70%以上（行政村个数在200个及以上的，以200个为基数计算），其中省定贫困村实现全覆盖；各站点根据实际开展电商宣传、代购代销、代存代缴、小额信贷等电商服务。"],
        ["行政村覆盖率70%及以上（5分），50%-70%（不含）（2分），50%以下不得分；", "贫困村覆盖率100%（5分），80%-100%（不含）（3分），80%以下不得分。"],
        ["辖区内行政村清单、省定贫困村清单、村级电商服务站点清单（含名称、地址及联系人电话等）、村级电商服务站点视频。"], 10],
      ["农村产品上行", 10, ["1、对辖区内农村产品的生产和电商销售情况进行全面摸底，形成基本情况档案或报告等上报市级商务主管部门，制定合理的农村产品网络销售促进措施并落实。",
        "2、联合农业、工商、科教、金融等行业主管部门，引入或培育专业电商企业或团队，为农民、农业合作社、涉农企业提供支持。",
        "3、整合现有物流资源，实现县、乡镇、村三级统一配送体系，物流快递企业的行政村覆盖率达到100%，降低物流成本。",
        "4、探索农产品电子商务交易标准化问题，探索建立符合农产品网络销售上行要求的冷链系统、产品溯源系统等。"],
        ["对当地农产品网络销售进行调研，并形成针对性建议（1-2分）；", "开展农村产品网络促销活动成效明显（1-2分）；", "当地有专业第三方电子商务运营或服务商（1分）；",
          "行政村物流快递覆盖率100%（1分）；", "有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）；", "2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）。"],
        ["1、辖区内农产品及电商销售情况档案或调研报告，开展网络促销活动的文件、活动情况总结等。", "2、在当地注册或开展活动的电商企业或团队的名单、业务情况及证明材料。",
          "3、市级邮政主管部门出具的快递物流覆盖情况的材料。", "4、交易标准文本，农产品冷链、产品溯源服务的企业名单及证明材料等。", "5、查看第三方权威统计数据（省级商务主管部门提供）。"], 9],
      ["电商人才培训", 20, ["1、定期开展农村电商公共宣传，提供线上线下的基础普及性免费培训，普及性培训覆盖常住人口的1%以上（常住人口总数超过50万的，以50万为基数计算）。",
        "2、加大对建档立卡贫困户的培训力度，实现有劳动能力的贫困人口培训率达50%以上（外出务工者除外）。"],
        ["培训人次达常住人口1%及以上（10分），0.8%-1%（不含）（8分），0.6%-0.8%（不含）（6分）；", "建档立卡贫困人口培训率50%及以上（10分），40%-50%（不含）（8分），30%-40%（不含）（6分）。"],
        ["1、培训通知文件、常住人口数量证明，培训学员名单、现场照片、签到表等。", "2、经扶贫部门确认的有劳动能力的建档立卡贫困人口数（外出务工者除外）、参加培训的建档立卡贫困人口清单及签到表等。"], 20],
    ]],
    ["加强信息公开及报送（10分）", [
      ["信息公开", 4, ["在县政务网站设立电子商务进农村综合示范公开专栏。公开示范创建方案及已经确定的财政资金扶持项目的基本信息，每月更新项目建设进度，同时设立征求意见窗口或监督举报窗口。"],
        ["在县政府网站设立公开专栏且内容全面（2分）；", "近一年内专栏内容能按月更新（2分），不定时更新（1分），未更新不得分。"],
        ["在县政府网站设立专栏公示创建方案、项目基本信息、项目建设进度，设立征求意见或监督举报窗口。"], 4],
      ["数据上报", 6, ["每月向市级商务主管部门报送示范创建工作进展、成效及电商相关统计数据。加强对本县电商扶贫信息的统计。"],
        ["近一年能每月向市商务局报送工作情况（3分），不定时上报（1分），未上报不得分；", "能统计电商扶贫情况（3分），未统计相关情况不得分。"],
        ["向市级商务主管部门报送工作情况的文件。"], 6],
    ]],
    ["加强宣传推广（10分）", [
      ["案例总结", 2, ["对当地发展农村电商、开展示范创建等经验做法和案例进行总结提炼并及时上报。"], ["向市商务局报送经验材料（2分）"], ["查看上报文件"], 2],
      ["经验推广", 8, ["典型做法被主流媒体报道宣传"], ["省级及以上媒体进行宣传报道（4分）；", "市级媒体进行宣传报道（3分）；", "县级媒体进行宣传报道（1分）。"],
        ["查看相关宣传文案、网络截图、照片等证明材料"], 8],
    ]],
    ["加强财政资金管理（15分）", [
      ["制度建立", 5, ["制定省级财政资金管理制度，细化工作目标、任务、财政资金支持方向等；建立考核问责制度。"], ["建立科学有效的资金管理制度且得到有效落实（1-5分）"], ["查看相关资金管理制度"], 5],
      ["资金台账", 5, ["明确责任人，建立健全资金台账，实现管理全过程可查询、可追溯。"], ["项目承建方建立资金专用台账，账目完整，能清析反映资金使用情况（1-5分）"], ["项目承办方的资金使用账目及凭证等"], 4],
      ["资金支出", 5, ["严格按照财政资金有关规定进行资金的使用和拨付"], ["资金支出率70%以上，且根据创建进度及时拨付（1-5分）；", "资金支出率低于70%倒扣5分。"], ["资金拨付文件、票据、凭证等"], 5],
    ]],
    ["加分项（4分）", [
      [null, null, [], ["建档立卡贫困人口培训率70%及以上（2分）"], ["参加培训的建档立卡贫困人口清单及签到表等"], 2],
      [null, null, [], ["电商扶贫典型案例获国家级电视媒体播报（2分），省级（1分）（不累加）"], ["查看相关报道和视频"], 1],
    ]],
    ["一票否决项", [
      [null, null, [], ["发生安全生产、质量事故，或者造成重大经济损失和社会不良影响。"], [], "无"],
      [null, null, [], ["项目建设进度严重滞后，总体进度不足40%。"], [], "无"],
      [null, null, [], ["弄虚作假。"], [], "无"],
    ]],
  ];
  const claimOrder = [];
  let nameStart = null;
  for (const [group, blocks] of BLOCKS) {
    const g0 = R.length + 1;
    nameStart = null;
    blocks.forEach(([name, w, ex, std, how, claim], bi) => {
      const k = Math.max(ex.length, std.length, how.length, 1);
      const b0 = R.length + 1;
      for (let r = 0; r < k; r++) {
        R.push([r === 0 && bi === 0 ? group : null, r === 0 && name ? name : null, r === 0 && w !== null ? w : null, ex[r] || null, std[r] || null, how[r] || null,
          r === 0 ? claim : null]);
      }
      const b1 = R.length;
      if (b1 > b0) TM.push(`G${b0}:G${b1}`);
      if (name) {
        // a name shared with the next block (服务体系建设) is merged over both
        const shared = blocks[bi + 1] && blocks[bi + 1][0] === null && group.startsWith("深入");
        nameStart = { row: b0, shared };
        if (!shared && b1 > b0) TM.push(`B${b0}:B${b1}`, `C${b0}:C${b1}`);
      } else if (nameStart && nameStart.shared) {
        TM.push(`B${nameStart.row}:B${b1}`, `C${nameStart.row}:C${b1}`);
        nameStart = null;
      }
      if (typeof claim === "number") claimOrder.push(claim);
    });
    if (R.length > g0) TM.push(`A${g0}:A${R.length}`);
  }
  R.push(["合计得分", null, null, null, null, null, 101]);
  TM.push(`A${R.length}:F${R.length}`);
  const claimedIds = ["org.leadership", "org.plan", "org.policy", "org.management", "work.center", "work.coverage", "work.upward", "work.training",
    "info.disclosure", "info.reporting", "promo.cases", "promo.media", "fund.system", "fund.ledger", "fund.spending", "bonus.poorTraining", "bonus.tvCase"];
  assert(claimOrder.length === claimedIds.length, "c1 one claim per indicator " + claimOrder.length);
  const claimed = {};
  claimedIds.forEach((id, i) => (claimed[id] = claimOrder[i]));
  assert(sum(claimOrder) === 101 && sum(claimOrder.slice(0, 15)) === 98, "c1 claimed 98 + 3 = 101");
  assert(TM.includes(`B${tableTop + 8}:B${tableTop + 19}`) && TM.includes(`G${tableTop + 8}:G${tableTop + 17}`), "c1 服务体系建设 merged over both blocks " + TM.join(" "));

  // ---------------- points
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 2 + 2,
    "work.center": 2 + 0 + 2 + 1 + 1 + 1 + 1 + 2 + 2 + 1, "work.coverage": 5 + 5, "work.upward": 2 + 2 + 1 + 1 + 1 + 2,
    "work.training": 10 + 10, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 1,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": -5, "bonus.poorTraining": 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 82 && bonus === 1, "c1 total " + scored);
  const derivation = [
    "org.leadership: 自评报告（一）：区委副书记、区长任组长（区长 = 主要领导），成员有区商务局、区财政局、区农业农村局、区乡村振兴局 → 2",
    "org.plan: 2019年11月正式印发工作方案；自评“方案制定2分” → 2",
    "org.policy: 2020年3月出台扶持办法；自评“政策支持2分” → 2",
    "org.management: 自评“项目管理制度2分、工作台账2分” → 4",
    "work.center: 中心2020年12月完成建设、2021年3月18日正式投入运营（运营日期按投入运营算，不按建成）→ 建成运营 ≤ 截止日 2分；2021-03-18 晚于2021-02-28，运行不满6个月 → 0；免费培训 2、免费展示销售 1、免费摄影美工 1、品牌推广 1、代运营等衍生增值服务 1；整合建成产业园 2；入驻企业清单22家，一家“2021年6月30日已迁出”、一家2021-09-06入驻，截止日在园20家 → 2；类型按√列有平台型、销售型、电商运营商、物流企业、其他 → ≥3种 1；合计13（自评15）",
    `work.coverage: 名单“类别”√在村委会列的226个行政村（居委会34个不算），基数封顶200；站点清单按镇分组（标题行、小计行不是站点），156行中5个社区站点不算，8个同村二站只算一次，${lateV[0]}挂牌时间“2021.8.20 更正为 2021.9.10”、${lateV[1]}、${lateV[2]}在9月挂牌不算；截止日前有站点的行政村140个，140/200 = 70.0% ≥ 70% → 5（不封顶则140/226 = 61.9%，只有2分）；★省定贫困村6个全部有站点，其中${corrPoor}挂牌时间“2021.9.6 更正为 2021.8.27”按更正后的8月27日算 → 6/6 = 100% → 5；合计10`,
    "work.upward: 自评网销调研2、网络促销2、交易标准与冷链溯源1；引进第三方运营服务商 → 1；村名单没有快递列，按报告“行政村物流快递覆盖率达100%” → 1；农村网络零售额增长22.5%不够，但农产品网络零售额7.46亿→9.82亿元，增长31.6% ≥ 30% → 2；合计9",
    "work.training: 培训人次 = 普及性培训汇总表截止日前40期4,862人次（第41、42期在9月，不算；合计行5,257含9月）+ 脱贫户专题班签到表截止日前6期168行（第七期2021年9月9日不算）= 5,030；常住人口139.26万 > 50万，按500,000：5,030/500,000 = 1.006% ≥ 1% → 10（漏掉签到表只有4,862 = 0.97%，8分）；贫困人口名单“劳动力及务工情况”一列：有劳动能力且在家务农/县内务工的125人（外出务工40人、无劳动能力55人不算），其身份证号在截止日前签到表中出现的86人（多次参训算一人，签到表中外出务工4人和名单外人员不算，小写x按X比对），86/125 = 68.8% ≥ 50% → 10；合计20",
    "info.disclosure: 报告：专栏公开创建方案、项目基本信息、建设进度，设监督举报电话和邮箱 → 2；专栏页面复制的更新记录（倒序，翻页行不是记录），2020年9月—2021年8月中2021年2月没有更新（1—2月进度在2021-03-02合并发布）→ 不定时 → 1；合计3（自评4）",
    `info.reporting: 月报报送记录的报送日期多为丢了格式的Excel日期序号（如${rRows[3][2]} = ${repDates[1]}），另有${rRows.filter((r) => typeof r[2] === "string" && /^\d\d\./.test(r[2])).map((r) => "“" + r[2] + "”").join("")}两位年份文字；2020年9月至2021年8月每月都有报送 → 3；“含电商扶贫统计”有“含” → 3；合计6`,
    "promo.cases: 2021年5月20日向汕头市商务局报送经验材料 → 2",
    "promo.media: 截止日前有区级（潮南区融媒体中心）→ 1、省级（南方日报、广东广播电视台）→ 4；市级报道（汕头日报2021年9月8日、汕头广播电视台2021年9月）都在截止日后 → 0；合计5（自评8）",
    "fund.system: 自评“资金管理制度5分” → 5",
    "fund.ledger: 自评“资金台账4分” → 4",
    "fund.spending: 分期拨付台账（万元），截止日前拨付：190+114+168+126+144+108+60+60+90.36+64.08+150+62.04 = 1,336.48万元；9月三笔（76、84、71.82万元）不算；下达2000万元，支出率66.8% < 70% → 倒扣5分，即 −5（报告按9月16日的1,568.30万元算78.4%，自评5）",
    "bonus.poorTraining: 截止日的贫困人口培训率68.8% < 70% → 0（报告“截至9月10日已参训89人，71.2%”含9月第七期，且名单与陈述不一致时以名单为准；自评2）",
    "bonus.tvCase: 电商扶贫典型案例《潮南脱贫户直播卖橄榄》2021年7月16日在广东广播电视台（省级电视）播出 → 1",
    "veto.incident: 报告“未发生安全生产、质量事故，未造成重大经济损失” → 不否决",
    "veto.progress: 报告“项目总体进度85%” ≥ 40% → 不否决",
    "veto.fraud: 报告“不存在弄虚作假行为” → 不否决",
  ];
  return {
    description:
      "汕头潮南区商务局整本工作簿。“自评报告”是从Word粘贴的：一段一行都在A列，事实写在段落文字里（区长任组长；中心2020年12月建成、2021年3月18日才投入运营；农产品网络零售额增长31.6%；培训与贫困人口培训率有截止日后的数；判分项在“三、自评得分情况”一段里），下面接着粘贴的官方指标表，Word单元格里的每一段成了单独一行，工作任务、指标名称、权重、自评得分向下合并（服务体系建设两行得分15、10），自评合计101。“村（居）委会名单”★标省定贫困村，类别是“村委会|居委会”两列√，226个行政村（基数封顶200）。“站点清单”按镇分组（标题行、小计行），两格挂牌时间写着“…更正为…”。培训分两张表：普及性培训按期汇总人次，脱贫户专题班是逐人签到（班次、日期向下合并），两张都算人次。贫困人口名单的劳动能力和外出务工写在同一列。企业类型是五个√列。资金台账按项目分三次拨付（日期|金额，万元），截止日前只拨66.8%。月报报送日期是丢了格式的Excel序号。专栏记录是从网页复制的“· 标题　日期”文字行，倒序，夹着翻页行。",
    sheets: [
      { name: "自评报告", rows: R, merges: TM },
      { name: "村（居）委会名单", rows: vRows, merges: vMerges },
      { name: "站点清单", rows: stRows, merges: stMerges },
      { name: "普及性培训汇总", rows: gRows, merges: ["A1:G1", `A${gRows.length}:G${gRows.length}`] },
      { name: "脱贫户培训签到", rows: sRows, merges: sMerges },
      { name: "建档立卡贫困人口", rows: pRows, merges: ["A1:H1", `A${pRows.length}:H${pRows.length}`] },
      { name: "产业园入驻企业", rows: eRows, merges: eMerges },
      { name: "资金拨付台账", rows: fRows, merges: fMerges },
      { name: "月报报送记录", rows: rRows, merges: ["A1:F1"] },
      { name: "专栏更新记录", rows: dRows },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 梅州梅江区: a questionnaire (调查问卷): single/multiple choice answered with option letters (upper, lower and full-width),
//      options in the question cell after a line break, fill-in blanks typed inside the question text (＿38,620＿), a
//      two-part answer "①1,048　②566", the judged items as choices whose letters run from the highest points down.
// =====================================================================================================
function buildF1() {
  const rows = [["梅江区电子商务进农村综合示范创建情况调查问卷（区县填报）"],
    ["填报单位：梅州市梅江区商务局　　填报人：钟××　　联系电话：0753-2xxxxxx　　填报日期：2021年9月6日"],
    ["填写说明：1．数据统计截至2021年8月31日；2．选择题在“答”栏填选项字母，多选题可填多个字母；3．填空题直接在横线处填写。"],
    ["题号", "题目", "答", "备注"]];
  const merges = ["A1:D1", "A2:D2", "A3:D3"];
  const sec = (t) => {
    rows.push([t]);
    merges.push(`A${rows.length}:D${rows.length}`);
  };
  let q = 0;
  const Q = (text, ans, note) => rows.push([`${++q}`, text, ans === undefined ? null : ans, note || null]);
  sec("一、基本情况");
  Q("本区常住人口＿＿＿＿万人（以第七次全国人口普查为准）。", "38.94");
  Q("本区行政村＿＿７１＿＿个，其中省定贫困村＿＿６＿＿个。", null, "直接填在横线上");
  sec("二、组织领导");
  Q("示范创建工作由谁牵头？\nA．区委书记　B．区长　C．常务副区长或分管副区长　D．区商务局局长", "B");
  Q("参与示范创建工作的部门有（多选）：\nA．商务　B．财政　C．农业农村　D．乡村振兴（原扶贫）　E．发展改革　F．交通运输　G．邮政管理", "A、B、C、E、F");
  Q("示范县创建工作方案：\nA．已正式印发　B．已起草，未印发　C．未制定", "A");
  Q("是否出台在资金、土地、人才等方面支持农村电商发展的政策：\nA．是　B．否", "a");
  sec("三、服务体系建设");
  Q("县级电子商务公共服务中心投入运营时间：＿2020＿年＿11＿月＿＿日", null);
  Q("公共服务中心提供的免费服务（多选）：\nA．免费培训场所、培训设备，组织电商基础培训　B．特色农产品免费展示、销售　C．免费摄影、美工　D．农产品统一推广、品牌建设指导　E．其他衍生增值服务",
    "A、B、D", "C、E两项暂未提供");
  Q("是否建设或整合、优化当地电商产业园：\nA．是　B．否", "Ａ");
  Q("产业园入驻企业＿＿＿家。", "18");
  Q("建成村级电商服务站点＿＿＿个，覆盖行政村＿＿＿个。", "56；52");
  sec("四、农村产品上行");
  Q("当地是否有专业第三方电子商务运营或服务商：\nA．有　B．无", "A");
  Q("行政村物流快递覆盖率：\nA．100%　B．90%（含）—100%　C．90%以下", "B", "三角镇2个村未通快递");
  Q("农村网络零售额：2019年＿38,620＿万元，2020年＿47,315＿万元。", null);
  Q("农产品网络零售额：2019年＿5,210＿万元，2020年＿6,980＿万元，同比增长＿34.0＿%。", null);
  assert(pct1(47315 - 38620, 38620) === "22.5%" && pct1(6980 - 5210, 5210) === "34.0%", "f1 growth");
  sec("五、电商人才培训");
  Q("截至考评截止日，累计开展电商培训＿＿＿＿人次。", "３９１２");
  Q("有劳动能力的建档立卡贫困人口（不含外出务工）①＿＿＿人，其中参加电商培训的②＿＿＿人。", "①1,048　②566");
  assert(pct1(566, 1048) === "54.0%" && 3912 * 1000 >= 389400 * 10, "f1 rates");
  sec("六、信息公开与数据报送");
  Q("区政府网站电子商务进农村专栏公开的内容（多选）：\nA．创建方案　B．项目基本信息　C．项目建设进度　D．征求意见或监督举报窗口　E．未设专栏", "ABCD");
  Q("专栏更新频率：\nA．按月更新　B．不定时更新　C．未更新", "A");
  Q("近一年向市商务局报送工作情况：\nA．每月报送　B．不定时报送　C．未报送", "A");
  Q("能否统计电商扶贫情况（贫困户电商培训、电商带动增收等）：\nA．能　B．不能", "A");
  sec("七、资金管理");
  Q("省级专项资金下达＿1500＿万元，截至8月31日已拨付＿1,163.27＿万元。", null);
  Q("是否制定省级财政资金管理制度：\nA．是　B．否", "A");
  Q("项目承建方是否建立资金专用台账：\nA．是　B．否", "A");
  Q("项目总体进度约＿＿＿%。", "88");
  sec("八、一票否决事项");
  Q("示范创建期间是否发生安全生产、质量事故，或造成重大经济损失和社会不良影响：\nA．是　B．否", "B");
  Q("是否存在弄虚作假：\nA．是　B．否", "B");
  sec("九、评判项自评（单选，按考评指标体系评分标准）");
  Q("方案制定：A．2分　B．1分", "A");
  Q("政策支持：A．2分　B．1分", "B");
  Q("项目管理制度：A．2分　B．1分", "A");
  Q("工作台账：A．2分　B．1分", "A");
  Q("网销调研：A．2分　B．1分", "B");
  Q("网络促销活动：A．2分　B．1分", "A");
  Q("交易标准与冷链溯源：A．2分　B．1分", "B");
  Q("资金管理制度：A．5分　B．4分　C．3分　D．2分　E．1分", "B");
  Q("资金台账：A．5分　B．4分　C．3分　D．2分　E．1分", "B");
  Q("资金及时拨付：A．5分　B．4分　C．3分　D．2分　E．1分", "A");
  rows.push(["（问卷完）"]);
  assert(q === 37, "f1 37 questions " + q);
  return {
    description:
      "梅州梅江区商务局填的“调查问卷”：题号|题目|答|备注，选项写在题目格里换行之后，答栏填字母（“a”小写、“Ａ”全角、“A、B、D”“ABCD”多选）。填空题的数填在题目文字的横线里（“行政村＿＿７１＿＿个，其中省定贫困村＿＿６＿＿个”全角，零售额“2019年＿38,620＿万元”，资金“＿1500＿万元…＿1,163.27＿万元”），中心投入运营只填了年、月（日空着）；贫困人口两空答成“①1,048　②566”；培训人次全角“３９１２”。牵头“B．区长”，参与部门选了A、B、C、E、F，没有D（乡村振兴）→ principal；免费服务多选A、B、D（备注C、E暂未提供）→ 摄影美工、衍生服务为否；快递覆盖选“B．90%（含）—100%”→ 否。入驻企业、站点数、专栏更新频率、报送频率不是输入。评判项是选择题，A是最高分（A．2分 B．1分；A．5分…E．1分）。",
    sheets: [{ name: "调查问卷", rows, merges }],
    expect: {
      facts: {
        county: "梅江区", asOf: "2021-08-31", residentPopulation: 389400, adminVillagesStated: 71, poorVillagesStated: 6,
        planIssued: true, policyIssued: true, centerOpened: "2020-11", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2019: 386200000, ruralRetail2020: 473150000, agriRetail2019: 52100000, agriRetail2020: 69800000,
        agriRetailGrowthStated: 0.34, trainingPersonTimesStated: 3912, eligiblePoorPersonsStated: 1048, trainedPoorPersonsStated: 566,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 11632700, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 5,
      },
      leadership: "principal",
    },
  };
}

// =====================================================================================================
// f2 — 韶关武江区: the 考评核查表 as the county fills it before the site check: one row per 评分标准 sub-item, 核查结果 in
//      words (符合 / 不符合，… / numbers in the sentence), 分项自评 per sub-item, 县自评得分 merged per indicator, and a
//      考评组核定 column the inspectors filled in part (not the county's claim).
// =====================================================================================================
function buildF2() {
  // [group, indicator, weight, [[要点, 核查结果, 分项自评]], 县自评, 核定, 备注]
  const G = [
    ["加强组织领导与统筹协调", [
      ["组织领导", 2, [["主要领导牵头且商务、财政、农业、扶贫等部门参与（2分）；分管领导牵头（1分）", "区委常委、常务副区长任领导小组组长，区商务局、区财政局、区农业农村局、区乡村振兴局等12个部门参与", "—"]], 2, 1, "非主要领导牵头"],
      ["方案制定", 2, [["工作方案因地制宜，可操作性较强（1-2分）", "已正式印发《武江区电子商务进农村综合示范县创建工作方案》（武府办〔2019〕46号）", 2]], 2, 2, null],
      ["政策支持", 2, [["出台相关政策，且得到较好落实（1-2分）", "已出台《武江区促进农村电子商务发展若干措施》，兑现扶持资金38万元", 2]], 2, 2, null],
      ["项目管理", 4, [["建立项目管理制度，建设、验收严格落实（1-2分）", "制定《项目管理办法》《项目验收办法》", 2],
        ["建立完整工作台账（1-2分）", "建立工作台账，部分项目记录不完整", 1]], 3, 3, null],
    ]],
    ["深入推动电子商务进农村工作", [
      ["服务体系建设（中心及产业园）", 15, [
        ["建成县级电子商务公共服务中心（2分）", "符合。已建成，2020年8月8日投入运营", 2],
        ["建成后已正常运行6个月以上（2分）", "符合", 2],
        ["有免费培训场所、培训设备，能组织电商基础培训（2分）", "符合", 2],
        ["为特色农产品提供免费展示、销售服务（1分）", "符合", 1],
        ["为电子商务市场主体提供免费摄影、美工服务（1分）", "不符合，未提供免费美工服务", 0],
        ["组织农产品统一推广、指导特色农产品品牌建设（1分）", "符合", 1],
        ["为电子商务发展提供其他衍生增值服务（1分）", "符合，提供代运营、直播孵化服务", 1],
        ["建设或整合、优化当地电商产业园（2分）", "符合，整合建成武江区电商产业园", 2],
        ["电商产业园企业入驻数量达20家及以上（2分）", "入驻企业23家", 2],
        ["入驻企业至少三种以上类型（1分）", "有平台型、销售型、电商运营商、物流企业", 1]], 14, null, null],
      ["服务体系建设（村级站点）", 10, [
        ["行政村覆盖率70%及以上（5分），50%-70%（2分）", "全区行政村45个，建成站点39个，覆盖率86.7%", 5],
        ["贫困村覆盖率100%（5分），80%-100%（3分）", "省定贫困村4个，全部建有站点", 5]], 10, 10, null],
      ["农村产品上行", 10, [
        ["对当地农产品网络销售进行调研，并形成针对性建议（1-2分）", "形成调研报告并报市商务局", 2],
        ["开展农村产品网络促销活动成效明显（1-2分）", "开展“武江好物”网络促销活动5场", 1],
        ["当地有专业第三方电子商务运营或服务商（1分）", "符合，引进韶关市武江区农优电商运营有限公司", 1],
        ["行政村物流快递覆盖率100%（1分）", "符合，行政村快递覆盖率100%", 1],
        ["有出台农产品电商交易标准，建立冷链、溯源系统（1-2分）", "已建溯源系统，交易标准未出台", 1],
        ["2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）", "2020年农村网络零售额9.86亿元，同比增长18.3%；农产品网络零售额1.27亿元，同比增长26.9%", 0]], 6, 6, null],
      ["电商人才培训", 20, [
        ["培训人次达常住人口1%及以上（10分）", "常住人口40.6万人（第七次全国人口普查），累计培训4,352人次，占1.07%", 10],
        ["建档立卡贫困人口培训率50%及以上（10分）", "有劳动能力的建档立卡贫困人口（外出务工除外）812人，参训461人，培训率56.8%", 10]], 20, null, null],
    ]],
    ["加强信息公开及报送", [
      ["信息公开", 4, [["在县政府网站设立公开专栏且内容全面（2分）", "已设专栏，公开创建方案、项目基本信息、项目建设进度；未设征求意见或监督举报窗口", 1],
        ["近一年内专栏内容能按月更新（2分）", "按月更新", 2]], 3, null, null],
      ["数据上报", 6, [["近一年能每月向市商务局报送工作情况（3分）", "每月报送", 3], ["能统计电商扶贫情况（3分）", "符合，能统计电商扶贫情况", 3]], 6, null, null],
    ]],
    ["加强宣传推广", [
      ["案例总结", 2, [["向市商务局报送经验材料（2分）", "已向市商务局报送经验材料2篇", 2]], 2, null, null],
      ["经验推广", 8, [["省级及以上（4分）、市级（3分）、县级（1分）媒体宣传报道", "南方日报（省级）、韶关日报（市级）、武江发布（区级）均有报道", 8]], 8, null, null],
    ]],
    ["加强财政资金管理", [
      ["制度建立", 5, [["建立科学有效的资金管理制度且得到有效落实（1-5分）", "已制定《武江区电子商务进农村综合示范专项资金管理办法》", 5]], 5, null, null],
      ["资金台账", 5, [["项目承建方建立资金专用台账，账目完整（1-5分）", "各承建单位均建立资金专用台账", 4]], 4, null, null],
      ["资金支出", 5, [["资金支出率70%以上，且根据创建进度及时拨付（1-5分）；低于70%倒扣5分", "省下达资金1500万元，截至2021年8月31日拨付1,198.6万元，支出率79.9%，按进度拨付", 4]], 4, null, null],
    ]],
    ["加分项", [
      ["贫困人口培训率", 2, [["建档立卡贫困人口培训率70%及以上（2分）", "56.8%，未达到", 0]], 0, null, null],
      ["电视播报", 2, [["电商扶贫典型案例获国家级电视媒体播报（2分），省级（1分）", "《武江脱贫户种出“致富菇”》在广东广播电视台播出", 1]], 1, null, null],
    ]],
    ["一票否决项", [
      ["安全事故", null, [["发生安全生产、质量事故，或者造成重大经济损失和社会不良影响", "未发生", "—"]], "—", null, null],
      ["项目进度", null, [["总体进度不足40%", "项目总体进度92%", "—"]], "—", null, null],
      ["弄虚作假", null, [["弄虚作假", "无弄虚作假情况", "—"]], "—", null, null],
    ]],
  ];
  const rows = [["2019年省级电子商务进农村综合示范创建考评核查表"],
    ["被考评县（市、区）：武江区", null, null, null, "考评截止日期：2021年8月31日", null, "核查日期：2021年9月14日", null, null],
    ["工作任务", "评价指标", "分值", "核查要点", "核查结果", "得分", null, null, "备注"],
    [null, null, null, null, null, "分项自评", "县自评得分", "考评组核定", null]];
  const merges = ["A1:I1", "A2:D2", "E2:F2", "G2:I2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:H3", "I3:I4"];
  const claimedList = [];
  for (const [group, inds] of G) {
    const g0 = rows.length + 1;
    inds.forEach(([ind, w, items, self, check, note], k) => {
      const r0 = rows.length + 1;
      items.forEach(([pt, res, sub], j) => {
        rows.push([k === 0 && j === 0 ? group : null, j === 0 ? ind : null, j === 0 ? w : null, pt, res, sub, j === 0 ? self : null, j === 0 ? check : null, j === 0 ? note : null]);
      });
      const r1 = rows.length;
      if (r1 > r0) for (const c of ["B", "C", "G", "H", "I"]) merges.push(`${c}${r0}:${c}${r1}`);
      if (typeof self === "number") claimedList.push(self);
    });
    if (rows.length > g0) merges.push(`A${g0}:A${rows.length}`);
  }
  const selfTot = sum(claimedList);
  rows.push(["合计", null, "100+4", null, null, null, selfTot, "（核定中）", null]);
  merges.push(`A${rows.length}:B${rows.length}`);
  rows.push(["说明：核查结果、分项自评、县自评得分由被考评县填写；考评组核定栏由考评组现场核查后填写。"]);
  merges.push(`A${rows.length}:I${rows.length}`);
  rows.push(["被考评县（盖章）：韶关市武江区商务局", null, null, null, "考评组成员签字：", null, null, null, null]);
  const ids = ["org.leadership", "org.plan", "org.policy", "org.management", "work.center", "work.coverage", "work.upward", "work.training",
    "info.disclosure", "info.reporting", "promo.cases", "promo.media", "fund.system", "fund.ledger", "fund.spending", "bonus.poorTraining", "bonus.tvCase"];
  assert(claimedList.length === ids.length, "f2 one claim per indicator");
  const claimed = {};
  ids.forEach((id, i) => (claimed[id] = claimedList[i]));
  assert(selfTot === 92, "f2 claimed 92 " + selfTot);
  assert(sum(G[1][1][0][2].map((x) => x[2])) === 14, "f2 center parts add up");
  assert(pct1(39, 45) === "86.7%" && pct2(4352, 406000) === "1.07%" && pct1(461, 812) === "56.8%" && pct1(1198.6, 1500) === "79.9%", "f2 texts");
  return {
    description:
      "韶关武江区填的“考评核查表”（县自查后交考评组）：一行一个评分要点，工作任务、评价指标、分值、县自评得分、考评组核定、备注按指标向下合并；表头两行（“得分”下分“分项自评|县自评得分|考评组核定”）。事实在“核查结果”的话里：“符合”=是，“不符合，未提供免费美工服务”=否，中心“2020年8月8日投入运营”，行政村45个、省定贫困村4个，常住人口40.6万人，培训4,352人次，贫困人口812/461，零售额9.86亿元增18.3%、农产品1.27亿元增26.9%（没有2019年数），资金1500万元/1,198.6万元，进度92%，“未设征求意见或监督举报窗口”。组长是区委常委、常务副区长 → deputy（县自评仍填2）。评判项在“分项自评”列（项目管理制度2、工作台账1、网销调研2、促销1、标准1、资金5/4/4）；县自评得分是各指标的自评（合计92），“考评组核定”是考评组填的部分分数（组织领导1等），不是县的自评。",
    sheets: [{ name: "核查表", rows, merges }],
    expect: {
      facts: {
        county: "武江区", asOf: "2021-08-31", residentPopulation: 406000, adminVillagesStated: 45, poorVillagesStated: 4,
        planIssued: true, policyIssued: true, centerOpened: "2020-08-08", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: 986000000, ruralRetailGrowthStated: 0.183, agriRetail2020: 127000000, agriRetailGrowthStated: 0.269,
        trainingPersonTimesStated: 4352, eligiblePoorPersonsStated: 812, trainedPoorPersonsStated: 461,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 11986000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.92,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "deputy",
      claimed,
    },
  };
}

// =====================================================================================================
// f3 — 清远清城区: a 基础数据表（修正稿）: 原填报数 | 修正数 | 修正说明, the corrected value wins where given; a corrected
//      value carrying its own unit (“11,236,480元” in a 万元 row); the judged items in a second table with 原自评 | 修正后自评.
// =====================================================================================================
function buildF3() {
  const rows = [["清城区电子商务进农村综合示范创建基础数据表（修正稿）"],
    ["填报单位：清远市清城区商务局　　　　数据截至：2021年8月31日"],
    ["说明：根据市商务局2021年9月10日初审意见修正。有“修正数”的以修正数为准，未修正的以原填报数为准。"],
    ["序号", "指标", "单位", "原填报数", "修正数", "修正说明"]];
  const merges = ["A1:F1", "A2:F2", "A3:F3"];
  let n = 0;
  const sec = (t) => {
    rows.push([t]);
    merges.push(`A${rows.length}:F${rows.length}`);
  };
  const R = (label, unit, orig, fix, why) => rows.push([++n, label, unit, orig, fix === undefined ? null : fix, why || null]);
  sec("一、基本情况");
  R("常住人口", "万人", "６５．１３", 106.19, "原填户籍人口，改按第七次全国人口普查常住人口");
  R("行政村数", "个", 87);
  R("省定贫困村数", "个", 0, 3, "原漏填");
  sec("二、组织领导");
  R("示范创建牵头领导", "—", "分管副区长", "区长", "2021年3月领导小组调整，由区长任组长（清城府办〔2021〕12号）");
  R("参与部门", "—", "区商务局、区财政局、区农业农村局、区乡村振兴局、区发展和改革局、区交通运输局、区邮政分公司");
  R("示范县工作方案是否正式印发", "是/否", "是");
  R("是否出台支持农村电商发展政策", "是/否", "是");
  sec("三、服务体系建设");
  R("公共服务中心投入运营日期", "日期", "2020.12", "2020年11月26日", "以运营服务协议签订并开始运营之日为准");
  R("有免费培训场所、培训设备", "是/否", "是");
  R("为特色农产品提供免费展示、销售服务", "是/否", "是");
  R("提供免费摄影、美工服务", "是/否", "否", "是", "2021年4月起提供");
  R("组织农产品统一推广、指导品牌建设", "是/否", "是", "不变");
  R("提供其他衍生增值服务", "是/否", "是");
  R("建设或整合、优化电商产业园", "是/否", "是");
  sec("四、农村产品上行");
  R("有专业第三方电子商务运营或服务商", "是/否", "是");
  R("行政村物流快递覆盖率100%", "是/否", "是", "否", "经区邮政管理部门核实，尚有2个行政村未通快递");
  R("2019年农村网络零售额", "亿元", 98.7);
  R("2020年农村网络零售额", "亿元", 121.3, 124.56, "按省商务厅反馈数");
  R("2020年农村网络零售额同比增长", "%", 22.9, 26.2, "随上行修正");
  R("2019年农产品网络零售额", "万元", "61,200");
  R("2020年农产品网络零售额", "万元", "76,850", "80,930", "按省商务厅反馈数");
  R("2020年农产品网络零售额同比增长", "%", 25.6, 32.2, "随上行修正");
  assert(pct1(12130 - 9870, 9870) === "22.9%" && pct1(12456 - 9870, 9870) === "26.2%", "f3 rural growth");
  assert(pct1(76850 - 61200, 61200) === "25.6%" && pct1(80930 - 61200, 61200) === "32.2%", "f3 agri growth");
  sec("五、电商人才培训");
  R("累计培训人次", "人次", "4,826", "5,104", "补录线上直播培训278人次");
  assert(4826 + 278 === 5104, "f3 training");
  R("有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "1,562");
  R("参加电商培训的建档立卡贫困人口", "人", "1,130", "1,083", "剔除重复参训47人");
  assert(1130 - 47 === 1083 && pct1(1083, 1562) === "69.3%", "f3 poor");
  sec("六、信息公开与数据报送");
  R("专栏公示创建方案", "是/否", "是");
  R("专栏公示项目基本信息", "是/否", "是");
  R("专栏公示项目建设进度", "是/否", "是");
  R("专栏设立征求意见或监督举报窗口", "是/否", "否", "是", "2021年7月增设监督举报邮箱");
  R("能统计电商扶贫情况", "是/否", "是");
  sec("七、资金管理");
  R("省级专项资金下达", "万元", 1500);
  R("累计拨付资金", "万元", "1,186.5", "11,236,480元", "原数含9月拨付款，改按截止日统计");
  assert(pct1(11236480, 15000000) === "74.9%", "f3 spent");
  R("是否制定资金管理制度", "是/否", "是");
  R("是否建立资金专用台账", "是/否", "是");
  R("项目总体进度", "%", 90, 86);
  sec("八、一票否决事项");
  R("发生安全生产、质量事故或重大损失", "有/无", "无");
  R("弄虚作假", "有/无", "无");
  rows.push([]);
  rows.push(["九、评判项自评分"]);
  merges.push(`A${rows.length}:F${rows.length}`);
  rows.push(["序号", "评判项", "分值范围", "原自评", "修正后自评", "说明"]);
  const J = [["方案制定", "1-2", 2], ["政策支持", "1-2", 2], ["项目管理制度", "1-2", 2, 1, "验收记录不全"], ["工作台账", "1-2", 2],
    ["网销调研", "1-2", 2], ["网络促销活动", "1-2", 2], ["交易标准与冷链溯源", "1-2", 2, 1, "交易标准未出台"], ["资金管理制度", "1-5", 5],
    ["资金台账", "1-5", 5, 4, "个别承建单位台账不完整"], ["资金及时拨付", "1-5", 4]];
  J.forEach(([t, rg, a, b, why], i) => rows.push([i + 1, t, rg, a, b === undefined ? null : b, why || null]));
  rows.push([]);
  rows.push(["填表人：朱××", null, "审核人：邓××", null, "修正日期：2021年9月13日", null]);
  return {
    description:
      "清远清城区商务局的“基础数据表（修正稿）”：序号|指标|单位|原填报数|修正数|修正说明，按说明“有修正数的以修正数为准”。修正后：常住人口106.19万人（原填全角“６５．１３”户籍人口）、省定贫困村3（原0）、牵头领导区长（原分管副区长）、中心运营“2020年11月26日”（原“2020.12”）、摄影美工是（原否）、快递覆盖否（原是）、2020年农村网络零售额124.56亿元及增长26.2%、2020年农产品网络零售额80,930万元及增长32.2%、培训5,104人次、参训贫困人口1,083人、监督举报窗口是、累计拨付“11,236,480元”（单位栏是万元，格里自带“元”）、总体进度86%；“不变”和空着的按原填报数。零售额单位行行不同（亿元、万元）。下面第二张表是评判项“原自评|修正后自评”（项目管理制度1、交易标准1、资金台账4，其余按原自评）。",
    sheets: [{ name: "基础数据（修正稿）", rows, merges }],
    expect: {
      facts: {
        county: "清城区", asOf: "2021-08-31", residentPopulation: 1061900, adminVillagesStated: 87, poorVillagesStated: 3,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2019: 9870000000, ruralRetail2020: 12456000000, ruralRetailGrowthStated: 0.262,
        agriRetail2019: 612000000, agriRetail2020: 809300000, agriRetailGrowthStated: 0.322,
        trainingPersonTimesStated: 5104, eligiblePoorPersonsStated: 1562, trainedPoorPersonsStated: 1083,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 11236480, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.86,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 1, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// l1 — 汕头濠江区: a station export from the operator's system (查询条件/导出时间 lines, province/city/district columns,
//      timestamps as text in two styles), one sign-in sheet per training session with the date only in the header block
//      (ranges read at the end, pre-numbered blank rows under “（以下空白）”), park firms with the stay as one period cell
//      (“2020.10—2021.6”, “2020.11.2—至今”), and a hidden drop-down list sheet.
// =====================================================================================================
function buildL1() {
  const REGION = "440512";
  const STREETS = ["达濠街道", "礐石街道", "马滘街道", "河浦街道", "玉新街道", "广澳街道", "滨海街道"];
  const namer = villageNamer("东西南北新中上下河玉广青珠华金龙凤石沙湖岗埔", ["浦", "头", "尾", "港", "澳", "湖", "山", "美", "洋", "围", "屿", "田", "塘", "埕"]);
  const newName = noDupNamer(namer, ["达濠", "礐石", "马滘", "河浦", "玉新", "广澳", "滨海"]);
  // ---------------- station export
  const ST = [];
  for (let i = 0; i < 27; i++) {
    const comm = i % 9 === 4;
    const nm = newName();
    const v = comm ? nm.replace(/村$/, "社区") : nm;
    ST.push({ v, comm, street: STREETS[i % STREETS.length], iso: randIsoBetween("2020-06-01", "2021-08-28") });
  }
  ST[25].iso = "2021-09-07";
  ST[26].iso = "2021-10-12";
  ST.sort((a, b) => byIso(a.iso, b.iso));
  const sRows = [["查询条件：所属区县＝濠江区；开通时间＝2020-01-01 至 2021-10-31；站点状态＝全部"], ["导出时间：2021-11-02 16:20:31　　共 27 条记录"],
    ["站点编号", "站点名称", "所属省", "所属市", "所属区县", "所属乡镇（街道）", "所属村（社区）", "详细地址", "站长姓名", "站长手机", "开通时间", "站点类型", "站点状态"]];
  const sRecs = [];
  ST.forEach((s, i) => {
    const stem = s.v.replace(/(村|社区)$/, "");
    const vcell = s.comm ? s.v : i % 3 === 0 ? s.v : s.v.replace(/村$/, "村委会");
    const [y, m, d] = ymd(s.iso);
    const t = hms();
    const ts = i < 15 ? `${s.iso} ${t}` : `${y}/${m}/${d} ${Number(t.slice(0, 2))}:${t.slice(3, 5)}`;
    sRows.push([`HJ${REGION}${String(i + 1).padStart(4, "0")}`, `${stem}${s.comm ? "社区" : "村"}益农电商服务站`, "广东省", "汕头市", "濠江区", s.street, vcell,
      `广东省汕头市濠江区${s.street}${vcell}${stem}路${rint(1, 60)}号`, personName(), phone(), ts, s.comm ? "社区站" : "村级站", "正常营业"]);
    sRecs.push({ village: s.v, opened: s.iso });
  });
  sRows.push(["第1页／共1页"]);
  assert(sRecs.filter((r) => r.opened > "2021-08-31").length === 2 && ST.filter((s) => s.comm).length === 3, "l1 two stations after the cut, three in communities");
  assert(sRows.some((r) => /^\d{4}\/\d{1,2}\/\d{1,2} \d{1,2}:\d\d$/.test(r[10] || "")) && sRows.some((r) => /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(r[10] || "")), "l1 both timestamp styles");

  // ---------------- training: one sign-in sheet per session, date in the header block
  const people = [];
  for (let i = 0; i < 70; i++) {
    const male = rnd() < 0.5;
    people.push({ name: personName(), male, id: makeId(REGION, birthBetween(1966, 2000), male, i % 10 === 3 ? true : undefined),
      street: STREETS[rint(0, STREETS.length - 1)], poor: i % 6 === 1, home: newName() });
  }
  const SESS = [
    ["第一期签到表", "农村电商基础知识", "2020年11月12日", "2020-11-12", 24, "濠江区电子商务公共服务中心"],
    ["第二期签到表", "网店开设与运营推广", "2021.1.21", "2021-01-21", 26, "达濠街道党群服务中心"],
    ["第三期签到表", "直播带货实操（三天）", "2021年5月18日—20日", "2021-05-20", 30, "濠江区电子商务公共服务中心"],
    ["第四期签到表", "短视频运营", "2021年8月30日至9月1日", "2021-09-01", 22, "广澳街道文化站"],
  ];
  const tSheets = [];
  let cursor = 0;
  SESS.forEach(([sheet, topic, dtxt, iso, n, place], s) => {
    const rows = [["濠江区电子商务进农村综合示范培训班签到表"], [`培训主题：${topic}`, null, null, null, `培训时间：${dtxt}`, null, null, null, null],
      [`培训地点：${place}`, null, null, null, "主办单位：濠江区商务局", null, null, null, null],
      ["序号", "姓名", "性别", "身份证号码", "所在街道", "所在村（社区）", "联系电话", "是否脱贫户", "签到"]];
    const merges = ["A1:I1", "A2:D2", "E2:I2", "A3:D3", "E3:I3"];
    const recs = [];
    for (let j = 0; j < n; j++) {
      const p = people[(cursor + j) % people.length];
      let idc = p.id;
      let rid = p.id;
      if (isX(p.id) && s === 1) idc = p.id.slice(0, 17) + "x";
      if (s === 2 && j === 7) {
        idc = p.id.slice(0, 6) + "********" + p.id.slice(14);
        rid = idc;
      }
      if (s === 3 && j === 12) {
        idc = null;
        rid = null;
      }
      rows.push([j + 1, p.name, p.male ? "男" : "女", idc, p.street, p.home, mask(phone()), p.poor ? "是" : "否", j % 6 === 5 ? null : "√"]);
      recs.push({ date: iso, personTimes: 1, id: rid });
    }
    cursor += n - 8; // the next class repeats some of this one's trainees
    rows.push(["（以下空白）"]);
    merges.push(`A${rows.length}:I${rows.length}`);
    for (let j = n; j < n + 4; j++) rows.push([j + 1, null, null, null, null, null, null, null, null]);
    rows.push([`实到人数：${n}人`, null, null, null, "记录人：濠江区商务局　林××", null, null, null, null]);
    tSheets.push({ sheet, rows, merges, recs });
  });
  assert(tSheets[1].rows.some((r) => typeof r[3] === "string" && r[3].endsWith("x")), "l1 a lower-case x in the second class");
  assert(tSheets[2].recs.some((r) => r.id && r.id.includes("*")) && tSheets[3].recs.some((r) => r.id === null), "l1 a masked id and a blank id");

  // ---------------- park firms: the stay as one period cell
  const FIRMS = [
    ["汕头市濠江区海湾优品电子商务有限公司", "平台型电商企业", "2020.9—至今", "2020-09", null],
    ["汕头市濠江区达濠鱼丸网店", "销售型企业", "2020.9.15—至今", "2020-09-15", null],
    ["汕头市濠江区顺捷物流有限公司", "物流企业", "2020年10月—今", "2020-10", null],
    ["汕头市濠江区礐石海鲜干货商行", "销售型企业", "2020.10—2021.6", "2020-10", "2021-06"],
    ["汕头市濠江区云海电商运营有限公司", "电商运营商", "2020.11.2—", "2020-11-02", null],
    ["汕头市濠江区广澳渔港特产网店", "销售型企业", "2020.11—至今", "2020-11", null],
    ["汕头市濠江区青创直播电商有限公司", "电商运营商", "2020.12.8—至今", "2020-12-08", null],
    ["汕头市濠江区河浦腌制品网店", "销售型企业", "2020年12月—2021年4月", "2020-12", "2021-04"],
    ["汕头市濠江区邮政快递服务中心", "物流企业", "2021.1—至今", "2021-01", null],
    ["汕头市濠江区玉新茶业网店", "销售型企业", "2021.2.22—至今", "2021-02-22", null],
    ["汕头市濠江区潮汕好味电子商务商行", "销售型企业", "2021.3—", "2021-03", null],
    ["汕头市濠江区珠浦供应链管理有限公司", "物流企业", "2021.4.6—至今", "2021-04-06", null],
    ["汕头市濠江区马滘牛肉丸网店", "销售型企业", "2021.5—至今", "2021-05", null],
    ["汕头市濠江区滨海文创网店", "销售型企业", "2021.6.18—至今", "2021-06-18", null],
    ["汕头市濠江区乡味直播基地", "直播服务机构", "2021.7—至今", "2021-07", null],
    ["汕头市濠江区海上丝路跨境电商有限公司", "平台型电商企业", "2021.9—至今", "2021-09", null],
  ];
  const eRows = [["濠江区电子商务产业园入驻企业名录"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻期间", "办公位置"]];
  const eRecs = [];
  FIRMS.forEach(([n, t, per, en, left], i) => {
    eRows.push([i + 1, n, creditCode(REGION), t, per, `产业园${Math.floor(i / 6) + 1}楼${String((i % 6) + 1).padStart(2, "0")}室`]);
    eRecs.push({ name: n, type: t, entered: en, left });
  });
  eRows.push(["注：“入驻期间”写“至今”“今”或只写起始时间的为仍在园企业。"]);
  assert(eRecs.length === 16 && eRecs.filter((e) => e.left).length === 2, "l1 16 firms, two left");

  const dd = [["街道", "是否", "企业类型", "站点类型"], ["达濠街道", "是", "平台型电商企业", "村级站"], ["礐石街道", "否", "销售型企业", "社区站"],
    ["马滘街道", null, "电商运营商", null], ["河浦街道", null, "物流企业", null], ["玉新街道", null, "其他", null], ["广澳街道", null, null, null], ["滨海街道", null, null, null]];
  const sheets = [{ name: "站点导出", rows: sRows }];
  for (const t of tSheets) sheets.push({ name: t.sheet, rows: t.rows, merges: t.merges });
  sheets.push({ name: "产业园企业", rows: eRows, merges: ["A1:F1", `A${eRows.length}:F${eRows.length}`] }, { name: "下拉选项", rows: dd, hidden: true });
  const exp = { "站点导出": { kind: "stations", records: sRecs } };
  for (const t of tSheets) exp[t.sheet] = { kind: "training", records: t.recs };
  exp["产业园企业"] = { kind: "enterprises", records: eRecs };
  exp["下拉选项"] = { kind: null };
  return {
    description:
      "汕头濠江区商务局台账。“站点导出”是运营方系统导出：前两行是查询条件和导出时间，表头在第3行，有所属省/市/区县列，所属村有“××村”“××村委会”“××社区”，开通时间是文字时间戳两种样式（“2021-03-15 09:41:27”“2021/3/15 9:41”），两站在9、10月开通，末行“第1页／共1页”。四期培训各一张签到表：培训日期只在表头区块“培训时间：…”里（“2021.1.21”，“2021年5月18日—20日”按结束日5月20日，“2021年8月30日至9月1日”按9月1日），一行一人一人次；“（以下空白）”下面预印了序号的空行不是学员，“实到人数”行不是记录；第二期有末位小写x，第三期一个身份证号打了星号（照写），第四期一人身份证号空着（null）；“签到”列空着也照算。“产业园企业”的“入驻期间”一格写起止：“2020.10—2021.6”→入驻2020-10、退出2021-06，“2020.11.2—”“—至今”“—今”→未退出，只到月的按月。“下拉选项”是隐藏的数据有效性清单，不是台账。",
    sheets,
    expect: { sheets: exp },
  };
}

// =====================================================================================================
// l2 — 汕尾城区: a 三栏式 专项应付款明细账 (year over 月|日, the month written only on its first entry, 本月合计/本年累计/
//      上年结转 rows, 贷方 = money received, 借方 = spending), reports under year section rows with dates lacking the year,
//      media with a two-row header (媒体 名称|级别, 形式 电视|广播|报纸|网络 as √ columns), materials, a cover sheet.
// =====================================================================================================
function buildL2() {
  // ---------------- ledger
  const TX = [
    ["2020-04-17", "记-12", "收到省级电子商务进农村综合示范专项资金", null, 15000000],
    ["2020-07-23", "记-45", "支付公共服务中心装修工程首期款", 1260000, null],
    ["2020-08-28", "记-61", "支付村级电商服务站点建设首期款", 864500, null],
    ["2020-08-31", "记-66", "支付电商培训服务费（第一期）", 198600, null],
    ["2020-10-16", "记-83", "支付物流配送中心设备采购款", 736800, null],
    ["2020-11-20", "记-97", "支付公共服务中心装修工程进度款", 945000, null],
    ["2020-12-21", "记-118", "专项资金利息收入", null, 9562.35],
    ["2020-12-29", "记-125", "支付区域公共品牌设计费", 328000, null],
    ["2020-12-30", "记-127", "支付电商培训服务费（第二期）", 216450, null],
    ["2021-01-26", "记-09", "支付村级电商服务站点建设进度款", 1037400, null],
    ["2021-03-12", "记-31", "支付农产品溯源系统建设首期款", 486000, null],
    ["2021-04-23", "记-52", "支付物流配送体系建设进度款", 1185000, null],
    ["2021-04-28", "记-55", "支付电商培训服务费（第三期）", 203880, null],
    ["2021-06-18", "记-78", "支付公共服务中心运营服务费", 720000, null],
    ["2021-06-21", "记-80", "专项资金利息收入", null, 6120.4],
    ["2021-07-30", "记-96", "支付冷链仓储设备采购款", 1348600, null],
    ["2021-08-25", "记-108", "支付村级电商服务站点建设尾款", 691700, null],
    ["2021-09-14", "记-121", "支付农产品溯源系统建设尾款", 324000, null],
    ["2021-09-28", "记-130", "支付公共服务中心装修工程尾款", 630000, null],
  ];
  const rows = [["专项应付款明细账"], ["科目：专项应付款—省级电子商务进农村综合示范资金　　　　　　单位：元"]];
  const merges = ["A1:H1", "A2:H2"];
  const recs = [];
  let bal = 0;
  let yDr = 0;
  let yCr = 0;
  const header = (y) => {
    rows.push([`${y}年`, null, "凭证号", "摘要", "借方", "贷方", "借或贷", "余额"]);
    const r = rows.length;
    rows.push(["月", "日", null, null, null, null, null, null]);
    merges.push(`A${r}:B${r}`, `C${r}:C${r + 1}`, `D${r}:D${r + 1}`, `E${r}:E${r + 1}`, `F${r}:F${r + 1}`, `G${r}:G${r + 1}`, `H${r}:H${r + 1}`);
  };
  const years = ["2020", "2021"];
  for (const y of years) {
    if (y === "2021") rows.push([]);
    header(y);
    if (y === "2021") rows.push([1, 1, null, "上年结转", null, null, "贷", yuan2(bal)]);
    yDr = 0;
    yCr = 0;
    const months = [...new Set(TX.filter((t) => t[0].startsWith(y)).map((t) => t[0].slice(5, 7)))];
    for (const mm of months) {
      let mDr = 0;
      let mCr = 0;
      TX.filter((t) => t[0].startsWith(`${y}-${mm}`)).forEach(([iso, v, memo, dr, cr], j) => {
        bal = yuan2(bal + (cr || 0) - (dr || 0));
        mDr = yuan2(mDr + (dr || 0));
        mCr = yuan2(mCr + (cr || 0));
        rows.push([j === 0 ? Number(mm) : null, Number(iso.slice(8)), v, memo, dr, cr, "贷", bal]);
        if (dr) recs.push({ date: iso, amount: dr });
      });
      yDr = yuan2(yDr + mDr);
      yCr = yuan2(yCr + mCr);
      rows.push([null, null, null, "本月合计", mDr || null, mCr || null, "贷", bal]);
      rows.push([null, null, null, "本年累计", yDr || null, yCr || null, "贷", bal]);
    }
    if (y === "2020") rows.push([12, 31, null, "结转下年", null, null, "贷", bal]);
  }
  const spentAll = sumYuan(recs.map((r) => r.amount));
  const spentCut = sumYuan(recs.filter((r) => r.date <= "2021-08-31").map((r) => r.amount));
  assert(recs.length === 16 && spentAll === 11175930 && spentCut === 10221930, "l2 16 payments " + spentAll + " / " + spentCut);
  assert(bal === yuan2(15000000 + 9562.35 + 6120.4 - spentAll), "l2 balance");
  assert(rows.filter((r) => r[0] === null && typeof r[1] === "number" && r[2]).length > 3, "l2 month written only once");

  // ---------------- reports under year section rows
  const REP = [["2020", [["9月8日", "2020-09-08", "8月份工作进展", "是"], ["10月12日", "2020-10-12", "9月份工作进展及电商扶贫统计", "是"],
    ["11月6日", "2020-11-06", "10月份工作进展及电商扶贫统计", "是"], ["12月7日", "2020-12-07", "11月份工作进展及电商扶贫统计", "是"]]],
  ["2021", [["1月8日", "2021-01-08", "12月份及全年工作进展", "是"], ["3月2日", "2021-03-02", "1—2月份工作进展", "否"],
    ["3月9日", "2021-03-09", "电商扶贫统计数据（补报）", "是"], ["4月7日", "2021-04-07", "3月份工作进展", null], ["5月10日", "2021-05-10", "4月份工作进展及电商扶贫统计", "是"],
    ["6月4日", "2021-06-04", "5月份工作进展", "否"], ["7月6日", "2021-07-06", "6月份及上半年工作进展", "是"], ["8月5日", "2021-08-05", "7月份工作进展", "否"],
    ["9月6日", "2021-09-06", "8月份工作进展及电商扶贫统计", "是"]]]];
  const rRows = [["汕尾市城区电子商务进农村综合示范工作月报报送登记"], ["序号", "报送日期", "报送内容", "报送对象", "是否含电商扶贫统计"]];
  const rMerges = ["A1:E1"];
  const rRecs = [];
  let rn = 0;
  for (const [y, list] of REP) {
    rRows.push([`${y}年`]);
    rMerges.push(`A${rRows.length}:E${rRows.length}`);
    for (const [txt, iso, what, pov] of list) {
      assert(`${Number(iso.slice(5, 7))}月${Number(iso.slice(8))}日` === txt && iso.startsWith(y), "l2 report date text " + txt);
      rRows.push([++rn, txt, what, "汕尾市商务局", pov]);
      rRecs.push({ date: iso, poverty: pov === "是" ? true : pov === "否" ? false : null });
    }
  }
  assert(rRecs.length === 13 && rRecs.filter((r) => r.poverty === null).length === 1, "l2 reports");

  // ---------------- media: two-row header, form as √ columns
  const MED = [
    ["2020.10.15", "2020-10-15", "汕尾市城区融媒体中心", "区", 3, "城区首批村级电商服务站挂牌", null, "county"],
    ["2020年12月3日", "2020-12-03", "汕尾日报", "市", 2, "城区电商进农村 渔村好物上网", null, "city"],
    [D("2021-01-20"), "2021-01-20", "汕尾广播电视台", "市", 1, "电商助农：马宫海产搭上直播快车", null, "city"],
    ["2021.3.12", "2021-03-12", "南方+客户端", "省", 3, "汕尾城区：电商服务站建到渔村", null, "province"],
    ["2021年5月", "2021-05", "汕尾广播电视台", "市", 0, "城区电子商务公共服务中心见闻", null, "city"],
    [D("2021-06-25"), "2021-06-25", "广东广播电视台", "省", 0, "汕尾城区脱贫渔民直播卖鱼干", "是", "province"],
    ["2021.8.9", "2021-08-09", "人民网", "中央", 3, "广东汕尾城区：电商进农村激活渔村经济", null, "national"],
    ["2021年9月16日", "2021-09-16", "汕尾日报", "市", 2, "城区电商产业园新入驻企业12家", null, "city"],
  ];
  const FORMS = ["电视", "广播", "报纸", "网络"];
  const mRows = [["汕尾市城区电子商务进农村宣传报道统计表"],
    ["序号", "报道日期", "媒体", null, "形式", null, null, null, "报道标题", "是否电商扶贫典型案例"],
    [null, null, "名称", "级别", "电视", "广播", "报纸", "网络", null, null]];
  const mMerges = ["A1:J1", "A2:A3", "B2:B3", "C2:D2", "E2:H2", "I2:I3", "J2:J3"];
  const mRecs = [];
  MED.forEach(([dc, iso, media, lv, f, title, poor, level], i) => {
    mRows.push([i + 1, dc, media, lv].concat(FORMS.map((_, k) => (k === f ? "√" : null)), [title, poor]));
    mRecs.push({ date: iso, level, tv: f === 0 });
  });
  mRows.push(["说明：级别按媒体主管单位填写（中央、省、市、区）。"]);
  mMerges.push(`A${mRows.length}:J${mRows.length}`);
  assert(mRecs.filter((m) => m.tv).length === 2 && MED[2][4] === 1, "l2 two TV reports, one radio");

  const matRows = [["经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送单位", "备注"],
    [1, "2021/4/28", "汕尾市城区“电商+渔业”助力乡村振兴经验做法", "汕尾市商务局", null],
    [2, "2021/8/20", "城区脱贫渔民直播卖鱼干典型案例", "汕尾市商务局", "电商扶贫典型案例"]];
  const cover = [["汕尾市城区电子商务进农村综合示范项目台账"], ["（第二册：资金、报送、宣传）"], [null], ["汕尾市城区商务局"], ["2021年9月"]];
  return {
    description:
      "汕尾市城区商务局台账第二册。“封面”不是台账。“资金明细账”是三栏式专项应付款明细账：表头“2020年”合并在“月|日”两列上，月份只写在当月第一笔，凭证号|摘要|借方|贷方|借或贷|余额；贷方是收到的专项资金和利息收入，借方才是支出（拨付），“本月合计”“本年累计”“结转下年”“上年结转”行不是记录；2021年另起一段表头“2021年”，9月两笔也照列。“月报报送”按年分段：“2020年”“2021年”是分段行，报送日期只写“9月8日”，年份取所在分段；1—2月合并在3月2日报送，3月9日补报扶贫统计；“是否含电商扶贫统计”是/否，一格空着（null）。“宣传报道”表头两行：媒体分“名称|级别”（中央、省、市、区），形式是“电视|广播|报纸|网络”四列打√；汕尾广播电视台一条是广播（不是电视），“2021年5月”只到月。“经验材料”两条。",
    sheets: [
      { name: "封面", rows: cover, merges: ["A1:F1", "A2:F2", "A4:F4", "A5:F5"] },
      { name: "资金明细账", rows, merges },
      { name: "月报报送", rows: rRows, merges: rMerges },
      { name: "宣传报道", rows: mRows, merges: mMerges },
      { name: "经验材料", rows: matRows, merges: ["A1:E1"] },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "资金明细账": { kind: "funds", records: recs },
        "月报报送": { kind: "reports", records: rRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "经验材料": { kind: "materials", records: [{ date: "2021-04-28" }, { date: "2021-08-20" }] },
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
write("counties", "b161-c1-chaonan.json", c1);
write("facts", "b161-f1-meijiang.json", f1);
write("facts", "b161-f2-wujiang.json", f2);
write("facts", "b161-f3-qingcheng.json", f3);
write("ledgers", "b161-l1-haojiang.json", l1);
write("ledgers", "b161-l2-shanweichengqu.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
