// Batch 156 corpus generator (blind): written from /work/shared/design/*.md, the official indicator table and test/corpus/README.md;
// helper/validation block adapted from counties/_make/gen-b154.js. Deterministic: seeded PRNG, no clock.
"use strict";
//    bureau's 省定贫困村 and 快递 columns added; three sign-in sheets, one per session, the date only in the title row (one a
//    three-day class ending 9月1日), absentees marked 请假/缺席, ID numbers typed with spaces or a lower-case x; a poverty-system
//    household list (户编号 merged, 劳动技能 and 务工状况 in the system's own words); a hidden 选项 sheet.
// l2 吴川市 (湛江): a cover and a table of contents; the special-fund 明细账 in paper-ledger form (year in the header over 月 | 日
//    columns, the month written only on a month's first entry, income rows, 上年结转 / 本月合计 / 本年累计 / 过次页 / 承前页 rows);
//    park enterprises with the type ticked in one of five type columns; a media register whose 媒体属地 says 中央 / 广东省 /
//    湛江市 / 吴川市; a 粤政易 sending log with a few documents sent to other offices.
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
let seed = 156156;
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
    assert(/^b156-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b156-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b156-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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


// =====================================================================================================
// c1 — 湛江遂溪县: a printed 基本情况表 (label row over value row, ☑/□ boxes), and the ledgers behind it.
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "440823";
  const TD = [["遂城镇", 14], ["黄略镇", 16], ["洋青镇", 15], ["界炮镇", 14], ["乐民镇", 12], ["江洪镇", 10], ["杨柑镇", 17], ["城月镇", 18],
    ["乌塘镇", 13], ["建新镇", 12], ["岭北镇", 15], ["北坡镇", 16], ["港门镇", 12], ["草潭镇", 13], ["河头镇", 15]];
  const stems = TD.map(([t]) => t.replace(/镇$/, ""));
  const newName = noDupNamer(villageNamer("大小新东西南北上下黄白石山云青高罗金竹松良合双丰长安水河塘马沙龙凤牛", [
    "坡", "塘", "岭", "田", "湾", "头", "围", "埚", "港", "墩", "仔", "寮", "屋", "园", "门", "角", "边", "尾"]), stems);
  const towns = TD.map(([town, n], i) => {
    const vs = [];
    for (let k = 0; k < n; k++) vs.push(newName());
    const cs = i === 0 ? ["遂城一社区", "遂城二社区", "遂城三社区", "遂城四社区", "遂城五社区"] : [town.replace(/镇$/, "") + "社区"];
    return { town, vs, cs };
  });
  const admin = towns.flatMap((t) => t.vs);
  const comms = towns.flatMap((t) => t.cs);
  assert(admin.length === 212 && comms.length === 19, "c1 212 villages + 19 communities");
  const townOf = {};
  for (const t of towns) for (const v of t.vs.concat(t.cs)) townOf[v] = t.town;
  const poorArr = shuffle(towns.slice(1).flatMap((t) => t.vs)).slice(0, 16);
  const poorSet = new Set(poorArr);

  // ---------------- village list (poor 是/否, 快递 通/—)
  const vRows = [["遂溪县行政村（社区）基本情况表"], ["序号", "镇", "村（居）委会名称", "类别", "是否省定贫困村", "快递是否通达"]];
  let k = 0;
  for (const t of towns) {
    for (const c of t.cs) vRows.push([++k, t.town, c + "居民委员会", "社区", null, null]);
    for (const v of t.vs) vRows.push([++k, t.town, v + "民委员会", "行政村", poorSet.has(v) ? "是" : "否", "通达"]);
  }
  vRows.push([`合计：行政村${admin.length}个、社区${comms.length}个，其中省定贫困村${poorArr.length}个`]);

  // ---------------- stations: two-row header, four date styles
  const coveredPoor = poorArr.slice(0, 15);
  const uncoveredPoor = poorArr[15];
  const nonPoor = shuffle(admin.filter((v) => !poorSet.has(v)));
  const coveredNon = nonPoor.slice(0, 128);
  const lateVillages = nonPoor.slice(128, 130);
  const covered = coveredPoor.concat(coveredNon);
  assert(covered.length === 143 && 143 * 100 >= 70 * 200 && 143 * 100 < 70 * 212, "c1 143 villages: 71.5% of the capped 200, 67.5% of 212");
  const st = covered.map((v) => ({ v, iso: randIsoBetween("2020-07-01", CUT) }));
  st.push({ v: covered[3], iso: randIsoBetween("2021-03-01", CUT), second: true });
  st.push({ v: covered[40], iso: randIsoBetween("2021-03-01", CUT), second: true });
  st.push({ v: comms[0], iso: "2020-09-18", comm: true });
  st.push({ v: lateVillages[0], iso: "2021-09-06" });
  st.push({ v: lateVillages[1], iso: "2021-09-15" });
  st.push({ v: uncoveredPoor, iso: null });
  st.sort((a, b) => TD.findIndex((x) => x[0] === townOf[a.v]) - TD.findIndex((x) => x[0] === townOf[b.v]) || byIso(a.iso || "9", b.iso || "9"));
  const sRows = [["遂溪县村级电子商务服务站点建设台账"], ["填报单位：遂溪县商务局　　　　　　　　　　　　　截至2021年9月20日"],
    ["序号", "站点名称", "所在地", null, "建设情况", null, "负责人", "联系电话"], [null, null, "镇", "村（社区）", "挂牌时间", "状态", null, null]];
  const sMerges = ["A1:H1", "A2:H2", "A3:A4", "B3:B4", "C3:D3", "E3:F3", "G3:G4", "H3:H4"];
  let fmtI = 0;
  st.forEach((s, i) => {
    let dc = null;
    if (s.iso) {
      const f = fmtI++ % 4;
      dc = f === 0 ? D(s.iso) : f === 1 ? excelSerial(s.iso) : f === 2 ? slashDate(s.iso) : cnDate(s.iso);
    }
    const vcell = s.comm ? s.v : i % 3 === 0 ? s.v + "委会" : s.v;
    sRows.push([i + 1, `${s.v.replace(/(社区|村)$/, "")}${s.second ? "电商服务点（二）" : "电商服务站"}`, townOf[s.v], vcell, dc, s.iso ? (s.iso > CUT ? "已挂牌" : "运营中") : "选址中", personName(), mask(phone())]);
  });
  sRows.push(["合计", `${st.length}个`, null, null, null, null, null, null]);
  sRows.push(["注：挂牌时间一栏部分单元格为系统导出的日期序号，未转换格式。"]);
  sMerges.push(`A${sRows.length}:H${sRows.length}`);

  // ---------------- training sessions with a two-row header
  const SES = [];
  let d0 = "2020-06-10";
  for (let i = 0; i < 26; i++) {
    d0 = isoAdd(d0, rint(9, 16));
    SES.push({ iso: d0, n: rint(140, 210) });
  }
  assert(d0 < "2021-08-20", "c1 sessions end before the cut " + d0);
  const inSum = sum(SES.slice(0, 25).map((s) => s.n));
  SES[25].n = 4630 - inSum;
  assert(SES[25].n > 60 && SES[25].n < 400, "c1 last session adjusts " + SES[25].n);
  SES.push({ iso: "2021-09-02", n: 120, range: "2021年8月30日-9月2日" });
  SES.push({ iso: "2021-09-14", n: 90 });
  const TOPICS = ["农村电商基础知识", "网店开设与运营", "短视频与直播带货", "农产品包装与品牌", "电商扶贫专题", "跨境电商入门", "网店美工实操"];
  const tRows = [["遂溪县电子商务进农村培训台账"],
    ["序号", "培训时间", "培训内容", "培训地点", "参训情况", null, "承办单位"], [null, null, null, null, "人次", "其中建档立卡贫困人口", null]];
  const tMerges = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:G3"];
  SES.forEach((s, i) => {
    const dc = s.range || (i % 3 === 0 ? cnDate(s.iso) : i % 3 === 1 ? dotDate(s.iso) : D(s.iso));
    tRows.push([i + 1, dc, TOPICS[i % TOPICS.length], TD[i % TD.length][0] + "文化站", s.n, rint(5, 25), i % 2 ? "湛江市粤西电商学院有限公司" : "遂溪县电子商务公共服务中心"]);
  });
  const allSes = sum(SES.map((s) => s.n));
  tRows.push(["合计", null, null, null, allSes, null, null]);

  // ---------------- poor persons: 有/无, 是/否
  const POOR = [];
  const pRows = [["遂溪县建档立卡贫困人口劳动力情况"], ["序号", "镇", "村", "姓名", "身份证号码", "劳动能力", "是否外出务工", "备注"]];
  for (let i = 0; POOR.filter((p) => p.labour && !p.migrant).length < 48; i++) {
    const labour = i % 7 !== 3 && i % 11 !== 5;
    const migrant = labour ? i % 5 === 1 : false;
    const id = makeId(REGION, birthBetween(1960, 2000), i % 2 === 0, i % 13 === 6 ? true : undefined);
    const v = poorArr[i % 16];
    POOR.push({ id, labour, migrant });
    pRows.push([i + 1, townOf[v], v, personName(), id, labour ? "有" : "无", migrant ? "是" : "否", migrant ? "广州务工" : null]);
  }
  const eligible = POOR.filter((p) => p.labour && !p.migrant);
  assert(eligible.length === 48, "c1 48 eligible " + eligible.length);
  // trainee list: 27 eligible trained by the cut, 4 of them twice; 3 migrants, 2 without labour capacity; 2 after the cut
  const trained = eligible.slice(0, 27);
  const TR = trained.map((p, i) => ({ id: p.id, iso: SES[(i * 7) % 24].iso }));
  trained.slice(0, 4).forEach((p, i) => TR.push({ id: p.id, iso: SES[20 + i].iso }));
  POOR.filter((p) => p.migrant).slice(0, 3).forEach((p, i) => TR.push({ id: p.id, iso: SES[10 + i].iso }));
  POOR.filter((p) => !p.labour).slice(0, 2).forEach((p, i) => TR.push({ id: p.id, iso: SES[14 + i].iso }));
  TR.push({ id: eligible[30].id, iso: "2021-09-14" });
  TR.push({ id: eligible[31].id, iso: "2021-09-02", range: true });
  TR.sort((a, b) => byIso(a.iso, b.iso));
  const trRows = [["建档立卡贫困户参训人员名单"], ["（本名单人员已计入《培训台账》参训人次，不重复统计）"], ["序号", "姓名", "身份证号", "参训日期", "培训内容"]];
  TR.forEach((t, i) => trRows.push([i + 1, personName(), t.id, t.range ? "2021年8月30日-9月2日" : dotDate(t.iso), "电商扶贫专题"]));
  const trainedByCut = new Set(TR.filter((t) => t.iso <= CUT).map((t) => t.id));
  const eligSet = new Set(eligible.map((p) => p.id));
  const trainedElig = [...trainedByCut].filter((id) => eligSet.has(id)).length;
  assert(trainedElig === 27 && 27 * 100 >= 50 * 48 && 27 * 100 < 70 * 48, "c1 27/48 = 56.3%");
  assert(4630 + TR.length < 5000, "c1 double counting the poor list still stays in the 8 band");

  // ---------------- park enterprises
  const ENTS = [
    ["遂溪县北运菠萝电子商务有限公司", "销售型", "2020-12-18"], ["湛江市遂溪优选供应链管理有限公司", "平台型", "2020-12-18"],
    ["遂溪县邮政快递物流服务中心", "物流企业", "2020-12-18"], ["遂溪县红土地电商代运营服务有限公司", "电商运营商", "2020-12-18"],
    ["遂溪县火龙果网店", "销售型", "2020-12-25"], ["湛江市遂溪乡村振兴网络科技有限公司", "平台型", "2021-01-06"],
    ["遂溪县城月番薯电子商务商行", "销售型", "2021-01-15", "2021-05-20"], ["遂溪县草潭海鲜干货网店", "销售型", "2021-01-22"],
    ["遂溪县甘蔗红糖电子商务有限公司", "销售型", "2021-02-03"], ["遂溪县云仓冷链物流有限公司", "物流企业", "2021-02-26"],
    ["遂溪县岭北对虾电子商务有限公司", "销售型", "2021-03-10"], ["遂溪县乐民沙虫网店", "销售型", "2021-03-19"],
    ["湛江市遂溪直播传媒有限公司", "电商运营商", "2021-04-02"], ["遂溪县黄略香蕉电子商务商行", "销售型", "2021-04-16"],
    ["遂溪县农村电商职业培训学校", "培训机构", "2021-04-30"], ["遂溪县洋青牛肉干网店", "销售型", "2021-05-14"],
    ["遂溪县江洪鱼干电子商务有限公司", "销售型", "2021-05-28"], ["遂溪县中通快递服务部", "物流企业", "2021-06-11"],
    ["遂溪县杨柑圣女果网店", "销售型", "2021-06-25"], ["遂溪县河头凉粉草电子商务商行", "销售型", "2021-07-09"],
    ["遂溪县港门海产品网店", "销售型", "2021-08-13"], ["遂溪县北坡醒狮文创网店", "销售型", "2021-09-07"],
  ];
  const eRows = [["遂溪县电子商务产业园入驻企业名单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入园时间", "退园时间"]];
  ENTS.forEach(([n, t, en, left], i) => eRows.push([i + 1, n, creditCode(REGION), t, i % 2 ? cnDate(en) : D(en), left ? cnDate(left) : null]));
  const inPark = ENTS.filter(([, , en, left]) => en <= CUT && !(left && left <= CUT));
  assert(ENTS.length === 22 && inPark.length === 20, "c1 22 rows, 20 in the park at the cut-off");

  // ---------------- funds in 万元 with year subtotals
  const PAY = [
    ["2020-06-22", "县电子商务公共服务中心装修工程首期款", 1268000], ["2020-08-14", "村级电商服务站点建设（第一批）", 975600],
    ["2020-10-20", "电商人才培训服务费（第一期）", 412500], ["2020-11-26", "县镇村物流配送体系建设首期款", 1362000],
    ["2020-12-29", "公共服务中心装修工程进度款", 1085400], ["2021-01-28", "公共服务中心运营服务费（2020年度）", 580000],
    ["2021-03-16", "村级电商服务站点建设（第二批）", 1124800], ["2021-04-22", "农产品溯源系统建设首期款", 526300],
    ["2021-05-27", "电商人才培训服务费（第二期）", 398700], ["2021-06-24", "县镇村物流配送体系建设进度款", 1046500],
    ["2021-07-29", "“遂溪菠萝”区域品牌推广服务", 362800], ["2021-08-26", null, null], ["2021-09-17", "公共服务中心运营服务费（2021年上半年）", 520000],
  ];
  const SPENT = 11386420;
  PAY[11][1] = "冷链设备采购及村级站点建设（第三批）";
  PAY[11][2] = SPENT - sum(PAY.slice(0, 11).map((p) => p[2]));
  assert(PAY[11][2] > 2000000 && PAY[11][2] < 2500000, "c1 balancing payment " + PAY[11][2]);
  assert(SPENT * 100 >= 70 * 15000000 && pct1(SPENT, 15000000) === "75.9%", "c1 75.9%");
  const fRows = [["遂溪县省级电子商务进农村综合示范专项资金拨付台账"], ["下达资金：1500万元（粤财工〔2019〕×××号）　　　　　单位：万元"],
    ["序号", "拨付日期", "项目内容", "拨付金额", "累计拨付", "备注"]];
  let run = 0;
  let yr = "2020";
  let ySum = 0;
  PAY.forEach(([iso, use, amt], i) => {
    if (iso.slice(0, 4) !== yr) {
      fRows.push([null, null, `${yr}年小计`, wan(ySum), null, null]);
      yr = iso.slice(0, 4);
      ySum = 0;
    }
    run += amt;
    ySum += amt;
    fRows.push([i + 1, dotDate(iso), use, wan(amt), wan(run), iso > CUT ? "9月拨付" : null]);
  });
  fRows.push([null, null, `${yr}年小计`, wan(ySum), null, null]);
  fRows.push([null, null, "累计", wan(run), null, null]);
  const fRecs = PAY.map(([iso, , amt]) => ({ date: iso, amount: amt }));
  assert(fRecs.length === 13, "c1 13 payments");

  // ---------------- disclosures and monthly reports, months as columns, in one sheet
  const mcols = WINDOW.map((m) => cnMonth(m));
  const disRow = ["专栏更新（发布日期）"];
  const repRow = ["向湛江市商务局报送月报"];
  for (const m of WINDOW) {
    const [y, mm] = ymd(m + "-01");
    disRow.push(m === "2021-02" ? "—" : `${mm}月${rint(8, 26)}日`);
    repRow.push("√");
    assert(y >= 2020, "month");
  }
  const oRows = [["遂溪县电商示范专栏更新及月报报送情况（2020年9月—2021年8月）"], ["事项"].concat(mcols), disRow, repRow,
    ["注：2021年2月因春节假期专栏未更新；月报均附电商扶贫情况统计表。"]];
  const oMerges = ["A1:M1", "A5:M5"];

  // ---------------- media and materials
  const mdRows = [["遂溪县电子商务进农村宣传报道情况"], ["序号", "日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"],
    [1, "2020.11.19", "遂溪县融媒体中心", "县级", "电视", "我县首批村级电商服务站挂牌", "否"],
    [2, "2021.5.20", "广东广播电视台《广东新闻联播》", "省级", "电视", "遂溪脱贫户直播卖菠萝", "是"],
    [3, "2021.6.11", "南方日报", "省级", "报纸", "遂溪：电商进村 菠萝出海", "否"],
    [4, "2021.9.3", "湛江日报", "市级", "报纸", "遂溪电商产业园助力农产品上行", "否"],
    [5, "2021.9.10", "人民网", "国家级", "网络", "广东遂溪：小站点连起大市场", "否"]];
  const matRows = [["经验材料报送登记"], ["序号", "报送时间", "材料名称", "报送对象"],
    [1, "2021.6.28", "遂溪县“电商+菠萝”助农增收经验材料", "湛江市商务局"], [2, "2021.9.6", "遂溪县电子商务进农村综合示范创建工作总结", "湛江市商务局"]];

  // ---------------- facts: printed form, label row over value row
  const B = (yes) => (yes ? "☑是　□否" : "□是　☑否");
  const J = (max, p) => Array.from({ length: max }, (_, i) => (i + 1 === p ? "☑" : "□") + (i + 1) + "分").join("　");
  const F = [["遂溪县电子商务进农村综合示范县基本情况表"], ["填报单位（盖章）：遂溪县商务局　　　　　　　填报日期：2021年9月6日"],
    ["一、基本信息"],
    ["县（市、区）", "考评截止日期", "常住人口", "行政村数", "省定贫困村数"],
    ["遂溪县", "2021年8月31日", "74.6万人", "212个（不含社区19个）", "16个"],
    ["牵头领导", "参与部门", null, null, null],
    ["县委副书记、县长", "县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县供销社", null, null, null],
    ["二、示范创建完成情况"],
    ["示范县工作方案正式印发", "支持农村电商发展政策出台", "公共服务中心投入运营时间", "有免费培训场所、设备", "免费展示、销售服务"],
    [B(true), B(true), "2020年11月", B(true), B(true)],
    ["免费摄影、美工服务", "统一推广、品牌建设", "其他衍生增值服务", "建设或整合电商产业园", "专业第三方运营服务商"],
    [B(false), B(true), B(true), B(true), B(true)],
    ["行政村物流快递覆盖率100%", "网络零售额（万元）", "2019年", "2020年", null],
    [B(true), "农村网络零售额", 96500, 118200, null],
    [null, "农产品网络零售额", 21300, 28900, null],
    ["培训人次", "有劳动能力贫困人口（不含外出务工）", "其中参训人数", "能统计电商扶贫情况", null],
    ["4,630人次", "48人", "27人", B(true), null],
    ["专栏公示创建方案", "专栏公示项目基本信息", "专栏公示建设进度", "专栏征求意见或监督举报窗口", null],
    [B(true), B(true), B(true), B(true), null],
    ["下达资金", "累计拨付资金", "资金管理制度", "资金专用台账", "项目总体进度"],
    ["1500万元", "1138.642万元", B(true), B(true), "86%"],
    ["发生安全生产、质量事故或重大损失", "弄虚作假", null, null, null],
    [B(false), B(false), null, null, null],
    ["三、评判项自评"],
    ["方案制定", J(2, 2), null, "政策支持", J(2, 1)],
    ["项目管理制度", J(2, 2), null, "工作台账", J(2, 2)],
    ["网销调研", J(2, 2), null, "网络促销活动", J(2, 1)],
    ["交易标准与冷链溯源", J(2, 1), null, "资金管理制度", J(5, 4)],
    ["资金台账", J(5, 4), null, "资金及时拨付", J(5, 4)],
    ["填表人：黄××　　审核人：陈××"]];
  const FM = ["A1:E1", "A2:E2", "A3:E3", "B6:E6", "B7:E7", "A8:E8", "A24:E24", "B25:C25", "B26:C26", "B27:C27", "B28:C28", "B29:C29", `A${F.length}:E${F.length}`];
  assert(fmtMoney(SPENT / 10000) === "1,138.64" && String(SPENT / 10000) === "1138.642", "c1 1138.642万元");
  assert(pct1(118200 - 96500, 96500) === "22.5%" && pct1(28900 - 21300, 21300) === "35.7%", "c1 growth 22.5% / 35.7%");

  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 2,
    "work.center": 2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + 2 + 1, "work.coverage": 5 + 3, "work.upward": 2 + 1 + 1 + 1 + 1 + 2,
    "work.training": 8 + 10, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  const total = scored + bonus;
  assert(scored === 85 && total === 86, "c1 total " + scored + "/" + total);
  const derivation = [
    "org.leadership: 牵头领导“县委副书记、县长”即县长（主要领导），参与部门含县商务局、县财政局、县农业农村局、县乡村振兴局 → 2",
    "org.plan: 方案☑是，评判“☑2分” → 2",
    "org.policy: 政策☑是，评判“☑1分” → 1",
    "org.management: 项目管理制度☑2分 + 工作台账☑2分 → 4",
    "work.center: 中心“2020年11月”投入运营 ≤ 截止日 → 2；早于2021-02-28 → 2；免费培训 → 2；免费展示 → 1；摄影美工“☑否” → 0；品牌 → 1；其他增值服务 → 1；产业园☑是 → 2；入驻名单22行，遂溪县城月番薯电子商务商行2021年5月20日退园、遂溪县北坡醒狮文创网店2021-09-07入园，截止日在园20家 ≥ 20 → 2；类型销售型、平台型、物流企业、电商运营商、培训机构 ≥ 3 → 1；合计14",
    `work.coverage: 行政村名单212个“村民委员会”（19个社区不算），基数min(212,200)=200；站点台账${st.length}行（两行表头，挂牌时间有日期格、未转换格式的日期序号（数字）、斜杠文本日期、中文日期），截止日前有站点的行政村143个（两个村各有第二个服务点只算一次；${comms[0]}是社区；${lateVillages[0]}、${lateVillages[1]}9月挂牌；${uncoveredPoor}“选址中”无日期也无站点）；143/200 = 71.5% ≥ 70% → 5（若不封顶143/212 = 67.5%只得2）；省定贫困村16个中15个有站点，15/16 = 93.75%，在80%—100%之间 → 3；合计8`,
    "work.upward: 网销调研☑2分 → 2；网络促销☑1分 → 1；第三方运营服务商☑是 → 1；名单“快递是否通达”列行政村全部“通达” → 1；交易标准与冷链溯源☑1分 → 1；农村网络零售额96500→118200万元增22.5% < 30%，农产品21300→28900万元增35.7% ≥ 30% → 2；合计8",
    `work.training: 培训台账两行表头“参训情况”下“人次”列，截止日前26期合计4,630人次（“2021年8月30日-9月2日”一期按结束日在截止日后，120人次不算；2021.9.14一期90人次不算；合计行${fmtInt(allSes)}含这两期；“其中建档立卡贫困人口”是其中数，不另加；贫困户参训名单注明已计入台账，不重复统计）；常住人口74.6万 → 基数封顶500,000，4,630/500,000 = 0.926%，在0.8%—1%之间 → 8（不封顶按746,000算是0.62%只得6）；贫困人口${POOR.length}人，劳动能力“有”且外出务工“否”的48人；参训名单${TR.length}行，截止日前名单中在家有劳动能力者27人（4人参训两次只算一次，外出务工3人、无劳动能力2人不算，2人9月参训不算）；27/48 = 56.3% ≥ 50% → 10；合计18`,
    "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度、征求意见或监督举报窗口均☑是 → 2；“专栏更新”一行按月分列，2021年2月为“—”，12个月中11个月有更新 → 不定时 1；合计3",
    "info.reporting: “向湛江市商务局报送月报”一行2020年9月—2021年8月每月“√” → 3；能统计电商扶贫情况☑是 → 3；合计6",
    "promo.cases: 经验材料2021.6.28报送湛江市商务局 → 2",
    "promo.media: 截止日前：广东广播电视台、南方日报（省级）→ 4；遂溪县融媒体中心（县级）→ 1；湛江日报2021.9.3、人民网2021.9.10在截止日后；合计5",
    "fund.system: ☑4分 → 4",
    "fund.ledger: ☑4分 → 4",
    `fund.spending: 拨付台账单位万元，截止日前12笔合计1138.642万元 = ${fmtMoney(SPENT)}元（“小计”“累计”行不是拨付；2021.9.17一笔在截止日后）；下达1500万元，75.9% ≥ 70% → 资金及时拨付☑4分 → 4`,
    "bonus.poorTraining: 27/48 = 56.3% < 70% → 0",
    "bonus.tvCase: 2021.5.20广东广播电视台《广东新闻联播》播报电商扶贫典型案例（省级电视）→ 1",
    "veto.incident: 安全生产、质量事故或重大损失“☑否” → 不否决",
    "veto.progress: 项目总体进度86% ≥ 40% → 不否决",
    "veto.fraud: 弄虚作假“☑否” → 不否决",
  ];
  return {
    description:
      "湛江遂溪县商务局整本工作簿。“基本情况表”是打印表格式：一行标签、下一行是值（每行五格），是否项写“☑是　□否”，评判项写“□1分　☑2分”（选中的是☑那一格），网络零售额是标签行下的小表（万元，2019年|2020年两列）；牵头领导写“县委副书记、县长”（县长，主要领导）。村居表“类别”列分行政村/社区，贫困村是/否，快递“通达”。站点台账两行表头（所在地→镇|村，建设情况→挂牌时间|状态），挂牌时间混用日期格、未转换格式的日期序号、2020/12/8和中文日期，一村两站、社区站、9月挂牌站、“选址中”空日期；行政村212个，覆盖率按封顶200计。培训台账按期登记人次（两行表头，“其中建档立卡贫困人口”是其中数），有日期范围按结束日；常住人口74.6万，培训基数封顶50万；贫困户参训名单注明已计入台账人次。资金台账单位万元（四位小数），有年度小计和累计行。专栏更新和月报报送放在同一张表里、按月分列。宣传报道有截止日后的市级和国家级报道。",
    sheets: [
      { name: "基本情况表", rows: F, merges: FM },
      { name: "行政村名单", rows: vRows, merges: ["A1:F1", `A${vRows.length}:F${vRows.length}`] },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "培训台账", rows: tRows, merges: tMerges },
      { name: "贫困人口", rows: pRows, merges: ["A1:H1"] },
      { name: "贫困户参训名单", rows: trRows, merges: ["A1:E1", "A2:E2"] },
      { name: "产业园企业", rows: eRows, merges: ["A1:F1"] },
      { name: "资金拨付台账", rows: fRows, merges: ["A1:F1", "A2:F2"] },
      { name: "专栏及月报", rows: oRows, merges: oMerges },
      { name: "宣传报道", rows: mdRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total, bonus, vetoed: false, points: pts },
    derivation,
    _fRecs: fRecs,
  };
}

// =====================================================================================================
// f1 — 阳江阳东区: 指标 | 单位 | 2020年度填报 | 2021年度填报（本次） | 备注, with a judged table below.
// =====================================================================================================
function buildF1() {
  const rows = [["阳江市阳东区电子商务进农村综合示范创建基本数据表"], ["填报单位：阳江市阳东区商务局　　　　（2020年度数据为上年中期填报数，仅供对照）"],
    ["序号", "指标", "单位", "2020年度填报", "2021年度填报（本次）", "备注"]];
  const R = (no, label, unit, old, cur, note) => rows.push([no, label, unit, old === undefined ? null : old, cur === undefined ? null : cur, note || null]);
  R("1.1", "县（市、区）", "—", "阳东区", "阳东区");
  R("1.2", "考评截止时间", "—", "2020.12.31", "2021.8.31");
  R("1.3", "常住人口", "万人", 44.8, 46.13, "2021年采用第七次全国人口普查数");
  R("1.4", "行政村", "个", 164, 164, "另有社区居委会21个，不含");
  R("1.5", "省定贫困村", "个", 11, 11);
  R("2.1", "牵头领导", "—", "分管副区长", "分管副区长");
  R("2.2", "参与部门", "—", "区商务局、区财政局", "区商务局、区财政局、区农业农村局");
  R("2.3", "示范工作方案已正式印发", "是/否", "是", "是");
  R("2.4", "支持农村电商发展的政策已出台", "是/否", "否", "是", "《阳东区农村电子商务扶持办法》");
  R("3.1", "公共服务中心投入运营时间", "年月日", "—", 20210316);
  R("3.2", "有免费培训场所、培训设备", "是/否", "否", "是");
  R("3.3", "为特色农产品提供免费展示、销售服务", "是/否", "否", "是");
  R("3.4", "提供免费摄影、美工服务", "是/否", "否", "否");
  R("3.5", "组织农产品统一推广、指导品牌建设", "是/否", "否", "是");
  R("3.6", "提供其他衍生增值服务", "是/否", "否", null, "拟于9月开展");
  R("3.7", "建设或整合、优化电商产业园", "是/否", "是", "是");
  R("4.1", "有专业第三方电子商务运营或服务商", "是/否", "是", "是");
  R("4.2", "行政村物流快递覆盖率", "%", 92.7, 100);
  R("4.3", "2019年农村网络零售额", "亿元", 8.26, 8.26);
  R("4.4", "2020年农村网络零售额", "亿元", "—", 10.41);
  R("4.5", "2019年农产品网络零售额", "万元", "15,820", "15,820");
  R("4.6", "2020年农产品网络零售额", "万元", "—", "19,350");
  R("4.7", "2020年农村网络零售额同比增速", "%", "—", 26.0, "按4.3、4.4计算");
  R("5.1", "累计培训人次", "人次", "1,812", "4,286");
  R("5.2", "有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "1,402", "1,327");
  R("5.3", "其中参加培训人数", "人", 388, 704);
  R("6.1", "专栏公示创建方案", "是/否", "是", "是");
  R("6.2", "专栏公示项目基本信息", "是/否", "是", "是");
  R("6.3", "专栏公示项目建设进度", "是/否", "否", "是");
  R("6.4", "专栏设立征求意见或监督举报窗口", "是/否", "否", "否", "拟增设");
  R("6.5", "能统计电商扶贫情况", "是/否", "否", "是");
  R("7.1", "下达资金总额", "万元", 1500, "15,000,000元");
  R("7.2", "累计拨付资金", "万元", 402.5, 1046.8, "截至8月31日");
  R("7.3", "已制定资金管理制度", "是/否", "是", "是");
  R("7.4", "已建立资金专用台账", "是/否", "是", "是");
  R("7.5", "项目总体进度", "%", 35, 83);
  R("8.1", "发生安全生产、质量事故或重大经济损失", "是/否", "否", "否");
  R("8.2", "存在弄虚作假", "是/否", "否", "否");
  rows.push([]);
  rows.push(["二、评判项自评（2021年度）"]);
  const j0 = rows.length;
  rows.push(["序号", "评判项", "分值范围", "自评分", "依据", null]);
  const J = [["方案制定", "1-2", 2, "方案已印发"], ["政策支持", "1-2", 1, "政策出台较晚"], ["项目管理制度", "1-2", 2, "项目管理办法"],
    ["工作台账", "1-2", 1, "台账不够完整"], ["网销调研", "1-2", 2, "调研报告"], ["网络促销活动", "1-2", 2, "促销活动4场"],
    ["交易标准与冷链溯源", "1-2", 1, "溯源系统建设中"], ["资金管理制度", "1-5", 4, "资金管理办法"], ["资金台账", "1-5", 3, "承建单位台账"],
    ["资金及时拨付", "1-5", 3, "支出率69.8%"]];
  J.forEach((j, i) => rows.push([i + 1, j[0], j[1], j[2], j[3], null]));
  rows.push(["填表人：梁××　　联系电话：0662-66×××××　　填报日期：2021年9月2日"]);
  assert(pct1(1041 - 826, 826) === "26.0%", "f1 26.0%");
  assert(pct1(10468000, 15000000) === "69.8%", "f1 spending 69.8%");
  assert(j0 > 40, "f1 second table below");
  return {
    description:
      "阳江阳东区商务局“基本数据表”：指标|单位|2020年度填报|2021年度填报（本次）|备注，一张表里有两年的数，应读“2021年度填报（本次）”列（2020年度列是上年中期数：考评截止2020.12.31、常住人口44.8万、政策“否”、拨付402.5万元、进度35%等）；单位在“单位”列（万人、亿元、万元、%、人次），但7.1下达资金单位写“万元”、值却写成“15,000,000元”（单元格自带单位，按元读）；中心投入运营时间是8位数字20210316；3.6其他衍生增值服务本次栏空着（备注“拟于9月开展”，未作答）；4.2快递覆盖率100（%）；4.7增速26.0（%）；牵头领导“分管副区长”，参与部门缺乡村振兴。下方第二张表“二、评判项自评”列出10个评判项的自评分。备注里的“支出率69.8%”是派生数。",
    sheets: [{ name: "基本数据", rows, merges: ["A1:F1", "A2:F2", `A${j0}:F${j0}`, `A${rows.length}:F${rows.length}`] }],
    expect: {
      facts: {
        county: "阳东区", asOf: "2021-08-31", residentPopulation: 461300, adminVillagesStated: 164, poorVillagesStated: 11,
        planIssued: true, policyIssued: true, centerOpened: "2021-03-16", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 826000000, ruralRetail2020: 1041000000, agriRetail2019: 158200000, agriRetail2020: 193500000,
        ruralRetailGrowthStated: 0.26, trainingPersonTimesStated: 4286, eligiblePoorPersonsStated: 1327, trainedPoorPersonsStated: 704,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 10468000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.83,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 3, "fund.spending": 3,
      },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f2 — 肇庆四会市: a 问卷星 answer export: one row of answers under one row of numbered questions.
// =====================================================================================================
function buildF2() {
  const Q = [
    ["序号", 1], ["提交答卷时间", "2021/9/6 16:42:10"], ["所用时间", "1284秒"], ["来源", "微信"], ["来源详情", "N/A"], ["来自IP", "183.6.×.×(广东-肇庆)"],
    ["1、县（市、区）名称", "四会市"], ["2、考评截止日期", "2021-08-31"], ["3、常住人口（单位：人）", 542730], ["4、行政村数（个）", 108],
    ["5、省定贫困村数（个）", 9], ["6、领导小组组长（A.市委书记 B.市长 C.常务副市长 D.分管副市长）", "B.市长"],
    ["7、领导小组成员单位（多选）", "商务局┋财政局┋农业农村局┋乡村振兴局┋交通运输局┋市场监管局"],
    ["8、示范县工作方案是否已正式印发", "A.是"], ["9、是否已出台支持农村电商发展的政策", "A.是"],
    ["10、方案制定自评分（1-2分）", "2分"], ["11、政策支持自评分（1-2分）", "2分"], ["12、项目管理制度自评分（1-2分）", "2分"], ["13、工作台账自评分（1-2分）", "1分"],
    ["14、县级电子商务公共服务中心投入运营日期", "2020年12月26日"],
    ["15、公共服务中心提供的服务（多选：免费培训场所和设备/免费展示销售/免费摄影美工/统一推广和品牌建设/其他衍生增值服务）", "免费培训场所和设备┋免费展示销售┋统一推广和品牌建设"],
    ["16、是否建设或整合、优化当地电商产业园", "A.是"], ["17、是否有专业第三方电子商务运营或服务商", "A.是"], ["18、行政村物流快递覆盖率是否达到100%", "B.否"],
    ["19、网销调研自评分（1-2分）", "2分"], ["20、网络促销活动自评分（1-2分）", "1分"], ["21、交易标准与冷链溯源自评分（1-2分）", "(跳过)"],
    ["22、2019年农村网络零售额（万元）", 135620], ["23、2020年农村网络零售额（万元）", 171880], ["24、2019年农产品网络零售额（万元）", "(跳过)"],
    ["25、2020年农产品网络零售额（万元）", 40210], ["26、2020年农产品网络零售额同比增速（%）", 31.2],
    ["27、累计培训人次", 6120], ["28、有劳动能力的建档立卡贫困人口数（不含外出务工）（人）", 2215], ["29、参加培训的建档立卡贫困人口数（人）", 1018],
    ["30、政府网站专栏已公示内容（多选：创建方案/项目基本信息/项目建设进度/征求意见或监督举报窗口）", "创建方案┋项目基本信息┋项目建设进度┋征求意见或监督举报窗口"],
    ["31、能否统计电商扶贫情况", "A.能"], ["32、下达资金总额（万元）", 1500], ["33、累计拨付资金（万元）", 1187.26],
    ["34、是否已制定资金管理制度", "A.是"], ["35、是否已建立资金专用台账", "A.是"],
    ["36、资金管理制度自评分（1-5分）", "5分"], ["37、资金台账自评分（1-5分）", "4分"], ["38、资金及时拨付自评分（1-5分）", "4分"],
    ["39、项目总体进度（%）", 91], ["40、创建期间是否发生安全生产、质量事故或重大经济损失", "B.否"], ["41、是否存在弄虚作假", "B.否"],
    ["42、填报人姓名及联系电话", "何××　0758-35×××××"],
  ];
  const rows = [Q.map((q) => q[0]), Q.map((q) => q[1])];
  assert(Math.round(1187.26 * 10000) === 11872600, "f2 11,872,600");
  assert(Q.length === 48, "f2 48 columns " + Q.length);
  return {
    description:
      "肇庆四会市填的“问卷星”问卷，下载的“按文本”答卷数据：第1行是问卷星自带列（序号、提交答卷时间、所用时间、来源、来源详情、来自IP）和带题号的题目（“3、常住人口（单位：人）”），第2行是唯一一份答卷。单选答案带选项字母（“B.市长”“A.是”“B.否”“A.能”）；多选答案用“┋”连接，题目里列出了全部选项：15题中心服务没选“免费摄影美工”“其他衍生增值服务”（即没有），30题专栏四项都选了；跳过的题显示“(跳过)”（2019年农产品网络零售额、交易标准与冷链溯源自评分），是未作答；评判分写“2分”；金额单位万元（1187.26万元 = 11,872,600元）；提交答卷时间不是考评截止日期。",
    sheets: [{ name: "Sheet1", rows }],
    expect: {
      facts: {
        county: "四会市", asOf: "2021-08-31", residentPopulation: 542730, adminVillagesStated: 108, poorVillagesStated: 9,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2019: 1356200000, ruralRetail2020: 1718800000, agriRetail2020: 402100000, agriRetailGrowthStated: 0.312,
        trainingPersonTimesStated: 6120, eligiblePoorPersonsStated: 2215, trainedPoorPersonsStated: 1018,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 11872600, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.91,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 肇庆高要区: a 公文 情况表 with three label/value pairs per row, formal dates, 大写 amounts, and claims in one row.
// =====================================================================================================
function buildF3() {
  const rows = [["肇庆市高要区电子商务进农村综合示范县创建情况表"], ["填报单位：肇庆市高要区商务局"]];
  const merges = ["A1:F1", "A2:F2"];
  const P = (a, b, c, d, e, f) => rows.push([a, b === undefined ? null : b, c || null, d === undefined ? null : d, e || null, f === undefined ? null : f]);
  const sec = (t) => {
    rows.push([t]);
    merges.push(`A${rows.length}:F${rows.length}`);
  };
  sec("一、基本情况");
  P("县（市、区）", "高要区", "考评截止日期", "二〇二一年八月三十一日", "常住人口", "７６．８２万人");
  P("行政村", "３１２个", "省定贫困村", "２３个", "组长", "区委书记");
  P("成员单位", "区商务局、区财政局、区农业农村局、区扶贫开发办公室、区交通运输局");
  merges.push(`B${rows.length}:F${rows.length}`);
  sec("二、组织与服务体系");
  P("工作方案", "已正式印发", "扶持政策", "已出台", "方案制定自评", "２分");
  P("政策支持自评", "２分", "项目管理制度自评", "１分", "工作台账自评", "２分");
  P("服务中心运营", "二〇二〇年十二月二十八日", "免费培训场所设备", "有", "免费展示销售", "有");
  P("免费摄影美工", "有", "品牌推广指导", "有", "其他增值服务", "有");
  P("电商产业园", "已建成", "第三方运营服务商", "有", "行政村快递覆盖", "１００％");
  sec("三、农村产品上行与人才培训");
  P("网销调研自评", "２分", "网络促销自评", "２分", "交易标准与冷链溯源自评", "２分");
  P("2019年农村网络零售额", "２１．６亿元", "2020年农村网络零售额", "２７．１亿元", "同比增长", "２５．５％");
  P("2019年农产品网络零售额", "４．８亿元", "2020年农产品网络零售额", "６．５亿元", "同比增长", "３５．４％");
  P("培训人次", "８，２１５人次", "有劳动能力贫困人口（不含外出务工）", "３，４６２人", "其中参训", "２，５１０人");
  sec("四、信息公开、宣传与资金");
  P("专栏公示创建方案", "是", "专栏公示项目信息", "是", "专栏公示建设进度", "是");
  P("专栏监督举报窗口", "是", "电商扶贫统计", "能", "项目总体进度", "９４％");
  P("下达资金", "1500万元（壹仟伍佰万元整）", "累计拨付", "1362.75万元（壹仟叁佰陆拾贰万柒仟伍佰元整）", "资金管理制度", "已制定");
  P("资金专用台账", "已建立", "资金管理制度自评", "５分", "资金台账自评", "５分");
  P("资金及时拨付自评", "５分", "安全生产质量事故", "无", "弄虚作假", "无");
  rows.push([]);
  sec("五、自评得分汇总");
  const CL = [["组织领导", "org.leadership", 2], ["方案制定", "org.plan", 2], ["政策支持", "org.policy", 2], ["项目管理", "org.management", 3],
    ["县级中心与产业园", "work.center", 15], ["村级站点覆盖", "work.coverage", 10], ["农村产品上行", "work.upward", 10],
    ["人才培训", "work.training", 20], ["信息公开", "info.disclosure", 4], ["数据上报", "info.reporting", 6], ["案例总结", "promo.cases", 2],
    ["经验推广", "promo.media", 8], ["制度建立", "fund.system", 5], ["资金台账", "fund.ledger", 5], ["资金支出", "fund.spending", 5],
    ["贫困人口培训率加分", "bonus.poorTraining", 2], ["电视播报加分", "bonus.tvCase", "—"]];
  rows.push(CL.map((c) => c[0]).concat(["合计"]));
  const claimed = {};
  for (const c of CL) if (typeof c[2] === "number") claimed[c[1]] = c[2];
  const ctot = sum(Object.values(claimed));
  rows.push(CL.map((c) => c[2]).concat([ctot]));
  assert(ctot === 101, "f3 claimed 101 " + ctot);
  rows.push(["报送日期：二〇二一年九月七日"]);
  assert(daxie(13627500) === "壹仟叁佰陆拾贰万柒仟伍佰元整" && daxie(15000000) === "壹仟伍佰万元整", "f3 大写");
  assert(pct1(2510, 3462) === "72.5%", "f3 72.5%");
  assert(pct1(271 - 216, 216) === "25.5%" && pct1(65 - 48, 48) === "35.4%", "f3 growth");
  return {
    description:
      "肇庆高要区商务局“创建情况表”，公文表格样式：每行三对“标签|值”并排（A|B、C|D、E|F），数字多用全角（“７６．８２万人”“３１２个”“８，２１５人次”“１００％”“２５．５％”）；考评截止日期和中心运营日期用汉字公文日期（“二〇二一年八月三十一日”“二〇二〇年十二月二十八日”）；金额后括号里是大写（“1362.75万元（壹仟叁佰陆拾贰万柒仟伍佰元整）”）；是否项写“已正式印发/已出台/有/是/能/已建成/已制定/已建立/无”；组长“区委书记”，成员单位含扶贫开发办公室（扶贫）。最后“五、自评得分汇总”把各指标名横排一行、下一行是自评分（合计101），“电视播报加分”为“—”不算声明。",
    sheets: [{ name: "创建情况表", rows, merges }],
    expect: {
      facts: {
        county: "高要区", asOf: "2021-08-31", residentPopulation: 768200, adminVillagesStated: 312, poorVillagesStated: 23,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 2160000000, ruralRetail2020: 2710000000, agriRetail2019: 480000000, agriRetail2020: 650000000,
        ruralRetailGrowthStated: 0.255, agriRetailGrowthStated: 0.354, trainingPersonTimesStated: 8215, eligiblePoorPersonsStated: 3462,
        trainedPoorPersonsStated: 2510, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        povertyStatisticsStated: true, fundAllocated: 15000000, fundSpentStated: 13627500, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.94, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 1, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 2, "fund.system": 5, "fund.ledger": 5, "fund.spending": 5,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// l1 — 云浮云安区: 说明 sheet, villages with ✓/✗, stations with unconverted serials, Y/N poor persons, an online sign-in export, a summary sheet.
// =====================================================================================================
function buildL1() {
  const REGION = "445303";
  const TD = [["六都镇", 8, "六都社区"], ["高村镇", 7, "高村社区"], ["白石镇", 6, "白石社区"], ["镇安镇", 9, "镇安社区"], ["富林镇", 7, "富林社区"],
    ["石城镇", 8, "石城社区"], ["都杨镇", 7, "都杨社区"]];
  const newName = noDupNamer(villageNamer("大小新东西南北上下黄白石云青高罗金竹松良合双丰长安水河塘马龙凤", ["洞", "坑", "岗", "垌", "寨", "坪", "水", "田", "岭", "湾", "村"].map((s) => s)), TD.map((t) => t[0].slice(0, 2)));
  const vRows = [["云安区村（居）基本情况"], ["镇", "村（居）名称", "村/居", "省定贫困村", "快递到村"]];
  const vRecs = [];
  const admin = [];
  let n = 0;
  for (const [town, cnt, comm] of TD) {
    vRows.push([town, comm + "居委会", "居", null, null]);
    vRecs.push({ name: comm, admin: false, poor: null, express: null });
    for (let i = 0; i < cnt; i++) {
      const v = newName().replace(/村村$/, "村");
      const poor = n % 6 === 2;
      const exp = n % 17 !== 9;
      const form = n % 3;
      vRows.push([null, form === 0 ? v + "委会" : form === 1 ? v + "民委员会" : v, "村", poor ? "是" : "否", exp ? "✓" : "✗"]);
      vRecs.push({ name: v, admin: true, poor, express: exp });
      admin.push({ v, town });
      n++;
    }
  }
  assert(vRecs.filter((r) => r.admin).length === 52 && vRecs.some((r) => r.express === false), "l1 52 villages, some without express");

  const stRows = [["云安区村级电商服务站点"], ["序号", "站点名称", "所在镇", "所在村", "建成时间", "负责人"]];
  const stRecs = [];
  admin.filter((a, i) => i % 4 !== 3).forEach((a, i) => {
    const iso = randIsoBetween("2020-05-01", "2021-09-30");
    const f = i % 3;
    const dc = f === 0 ? excelSerial(iso) : f === 1 ? `${iso.slice(0, 4)}-${Number(iso.slice(5, 7))}-${Number(iso.slice(8))}` : cnMonth(iso);
    stRows.push([i + 1, a.v.replace(/村$/, "") + "电商服务站", a.town, a.v, dc, personName()]);
    stRecs.push({ village: a.v, opened: f === 2 ? iso.slice(0, 7) : iso });
  });
  assert(stRecs.length === 39, "l1 39 stations " + stRecs.length);

  const pRows = [["云安区建档立卡贫困人口劳动力台账"], ["户主", "姓名", "与户主关系", "身份证号", "有无劳动能力", "是否外出务工（Y/N）"]];
  const pRecs = [];
  const persons = [];
  for (let h = 0; h < 12; h++) {
    const head = personName();
    const size = rint(2, 4);
    for (let k = 0; k < size; k++) {
      const age = k === 0 ? rint(40, 62) : k === 1 ? rint(38, 60) : rint(8, 30);
      const id = makeId(REGION, birthBetween(2021 - age, 2021 - age), k !== 1, undefined);
      const labour = age >= 16 && age <= 60 && !(h === 5 && k === 0);
      const mig = labour ? (rnd() < 0.3 ? "Y" : rnd() < 0.06 ? null : "N") : "N";
      pRows.push([k === 0 ? head : null, k === 0 ? head : personName(head[0]), ["户主", "配偶", "子女", "子女"][k], id, labour ? "有" : "无", mig]);
      pRecs.push({ id, labour, migrant: mig === null ? null : mig === "Y" });
      persons.push({ id, labour, mig });
    }
  }
  assert(pRecs.some((p) => p.migrant === null) || true, "l1 persons");

  // online sign-in export
  const SES = [["2020-11-12", "农村电商基础知识培训班"], ["2021-03-05", "短视频直播带货培训班"], ["2021-06-18", "农产品网店运营培训班"], ["2021-09-09", "电商扶贫专题培训班"]];
  const tRows = [["活动签到明细"], ["导出时间：2021-09-15 09:12:44"], ["序号", "活动名称", "签到时间", "姓名", "手机号", "身份证号", "签到方式"]];
  const tRecs = [];
  let no = 0;
  SES.forEach(([iso, title], s) => {
    const cnt = rint(7, 10);
    for (let i = 0; i < cnt; i++) {
      const p = persons[(s * 5 + i * 3) % persons.length];
      let id = p.id;
      let shown = id;
      if (i === 2) {
        shown = id.slice(0, 6) + "********" + id.slice(14);
        id = shown;
      }
      const other = i === 4 ? makeId(REGION, birthBetween(1975, 1995), true, undefined) : null;
      if (other) {
        id = other;
        shown = other;
      }
      tRows.push([++no, `${title}（${cnDate(iso)}）`, `${iso} ${hms()}`, personName(), mask(phone()), shown, i % 2 ? "扫码签到" : "人脸签到"]);
      tRecs.push({ date: iso, personTimes: 1, id });
    }
  });
  const sumRows = [["站点统计（按镇）"], ["镇", "行政村数", "已建站点数"]];
  for (const [town, cnt] of TD) sumRows.push([town, cnt, stRecs.filter((r) => admin.find((a) => a.v === r.village).town === town).length]);
  const intro = [["填表说明"], ["1．本工作簿由云安区商务局电商股维护，每月更新一次。"], ["2．“建成时间”一列部分为从旧系统复制的日期序号（如44197即2021年1月1日）。"],
    ["3．身份证号部分按隐私要求打码。"]];
  assert(excelSerial("2021-01-01") === 44197, "l1 44197");
  return {
    description:
      "云浮云安区商务局台账工作簿。“填表说明”不是台账。“村居名单”：镇名只写在每镇第一行（下面的行空着，要沿用），村（居）名有“××村委会”“××村民委员会”“××村”三种写法，“村/居”列标“村”（行政村）或“居”（居委会，贫困村和快递空着未填），省定贫困村是/否，快递到村“✓/✗”。“服务站点”建成时间有三种：未转换格式的日期序号（数字）、“2021-3-5”式文本、只到月的“2021年3月”（读作月份），截止日后的站也是记录。“贫困劳动力”：户主名只写在户首行，有无劳动能力“有/无”，是否外出务工Y/N，个别空着（未作答，null）。“签到明细”是线上签到系统导出，每行一次签到（1人次），日期取“签到时间”的日期部分，活动名称里也带日期；一人身份证号打码（照写），9月9日一期在截止日后仍是记录。“站点统计”是按镇的汇总表，不是台账。",
    sheets: [
      { name: "填表说明", rows: intro },
      { name: "村居名单", rows: vRows, merges: ["A1:E1"] },
      { name: "服务站点", rows: stRows, merges: ["A1:F1"] },
      { name: "贫困劳动力", rows: pRows, merges: ["A1:F1"] },
      { name: "签到明细", rows: tRows, merges: ["A1:G1", "A2:G2"] },
      { name: "站点统计", rows: sumRows, merges: ["A1:C1"] },
    ],
    expect: {
      sheets: {
        "填表说明": { kind: null },
        "村居名单": { kind: "villages", records: vRecs },
        "服务站点": { kind: "stations", records: stRecs },
        "贫困劳动力": { kind: "poorPersons", records: pRecs },
        "签到明细": { kind: "training", records: tRecs },
        "站点统计": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 广州从化区: a bank statement (借方/贷方), 报告期 in 汉字 months, disclosures with timestamps, media with 区级, materials by month.
// =====================================================================================================
function buildL2() {
  const CN_Y = (y) => String(y).split("").map((c) => CN_D[Number(c)]).join("");
  // bank statement: [yyyymmdd, 摘要, 对方户名, 借方(支出), 贷方(收入)]
  const BANK = [
    ["20200615", "专项资金拨入", "广州市从化区财政局", null, 10000000],
    ["20200703", "支付中心装修首期款", "广州市从化建筑装饰有限公司", 1386500, null],
    ["20200821", "支付村级站点建设款（一批）", "广州从化供销电子商务有限公司", 912400, null],
    ["20200921", "结息", "", null, 5213.46],
    ["20201030", "支付培训服务费（一期）", "广州市粤农电商培训学校", 356000, null],
    ["20201215", "专项资金拨入", "广州市从化区财政局", null, 5000000],
    ["20201218", "支付物流配送体系建设首期款", "广州从化顺捷物流有限公司", 1245800, null],
    ["20210122", "支付中心运营服务费（2020年度）", "广州流溪电商运营有限公司", 600000, null],
    ["20210325", "支付村级站点建设款（二批）", "广州从化供销电子商务有限公司", 1034200, null],
    ["20210521", "支付溯源系统首期款", "广东农溯信息科技有限公司", 487300, null],
    ["20210621", "结息", "", null, 7846.12],
    ["20210715", "支付荔枝品牌推广服务费", "广州市从化传媒有限公司", 298000, null],
    ["20210827", "支付村级站点建设款（三批）", "广州从化供销电子商务有限公司", 865700, null],
    ["20210908", "支付物流配送体系建设进度款", "广州从化顺捷物流有限公司", 968000, null],
  ];
  const bRows = [["中国农业银行　账户交易明细"], ["账号：4405 0101 0400 ****　　户名：广州市从化区商务局（电子商务进农村专户）　　币种：人民币"],
    ["交易日期", "摘要", "对方户名", "借方发生额", "贷方发生额", "余额"]];
  let bal = 0;
  bRows.push([null, "期初余额", null, null, null, "0.00"]);
  const fRecs = [];
  for (const [d, s, who, out, inc] of BANK) {
    bal = Math.round((bal - (out || 0) + (inc || 0)) * 100) / 100;
    bRows.push([d, s, who || null, out ? fmtMoney(out) : null, inc ? fmtMoney(inc) : null, fmtMoney(bal)]);
    if (out) fRecs.push({ date: `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}`, amount: out });
  }
  const outSum = sum(BANK.map((b) => b[3] || 0));
  bRows.push([null, "本期合计", null, fmtMoney(outSum), fmtMoney(sumYuan(BANK.map((b) => b[4] || 0))), fmtMoney(bal)]);
  assert(fRecs.length === 10 && bal > 0, "l2 10 payments");

  const rRows = [["从化区电子商务进农村综合示范工作月报报送台账"], ["报告期", "报送日期", "报送对象", "附电商扶贫统计表"]];
  const rRecs = [];
  for (const m of monthsBetween("2020-08", "2021-08")) {
    if (m === "2021-01") continue;
    const nm = monthsBetween(m, "2021-12")[1];
    const iso = `${nm}-${String(rint(3, 12)).padStart(2, "0")}`;
    const [y, mm] = ymd(m + "-01");
    const pov = m >= "2020-11" ? "有" : "无";
    rRows.push([`${CN_Y(y)}年${cnSmall(mm)}月`, cnDate(iso), "广州市商务局", pov]);
    rRecs.push({ date: iso, poverty: pov === "有" });
  }
  rRows.push(["注：2021年1月报告期因春节与2月合并报送。"]);

  const dRows = [["区政府网站“电商进农村”专栏发布记录"], ["序号", "标题", "发布时间", "发布人"]];
  const dRecs = [];
  const DIS = ["2020-06-30", "2020-09-25", "2020-11-17", "2021-01-08", "2021-03-15", "2021-05-20", "2021-07-22", "2021-09-03"];
  DIS.forEach((iso, i) => {
    dRows.push([i + 1, i === 0 ? "从化区电子商务进农村综合示范县创建方案" : `从化区电子商务进农村综合示范项目建设进度（第${i}期）`, i % 2 ? D(iso) : `${iso} ${hms()}`, "区商务局"]);
    dRecs.push({ date: iso });
  });

  const mRows = [["宣传报道登记"], ["日期", "媒体", "级别", "形式", "标题", "备注"]];
  const MED = [["2020-10-16", "从化区融媒体中心", "区级", "电视", "我区首批村级电商服务站挂牌", "county", true],
    ["2020-12-22", "广州日报", "市级", "报纸", "从化荔枝蜜“触网”", "city", false],
    ["2021-04-09", "广州广播电视台《广州新闻》", "市级", "电视", "从化电商助农", "city", true],
    ["2021-06-25", "南方农村报", "省级", "报纸", "从化：电商进村 荔枝出山", "province", false],
    ["2021-07-30", "央广网", "国家级", "网络", "广州从化：小站点连起大市场", "national", false],
    ["2021-08-16", "从化区融媒体中心“从化发布”", "区级", "广播", "电商直播进乡村", "county", false]];
  const mRecs = [];
  MED.forEach(([iso, media, lv, form, title, level, tv], i) => {
    mRows.push([i % 2 ? dotDate(iso) : cnDate(iso), media, lv, form, title, null]);
    mRecs.push({ date: iso, level, tv });
  });
  const matRows = [["经验材料报送"], ["报送时间", "材料名称", "报送单位"],
    ["2021年5月", "从化区“电商+荔枝”助农增收经验做法", "广州市商务局"], ["2021年8月", "从化区电子商务进农村综合示范创建典型案例", "广州市商务局"]];
  const guide = [["填表说明"], ["一、本台账由从化区商务局负责更新，每季度报区财政局备案。"], ["二、银行明细从网银下载，未作改动。"]];
  return {
    description:
      "广州从化区商务局台账工作簿。“填表说明”不是台账。“银行明细”是网银下载的专户交易明细：交易日期是8位文本（20200703），“借方发生额”是支出（拨付，记录），“贷方发生额”是收入（区财政拨入、结息，不是拨付），金额带千分位文本，“期初余额”“本期合计”行不是记录，截止日后一笔仍是记录。“月报台账”报告期写汉字（“二〇二〇年九月”），报送日期是中文日期，2021年1月报告期合并到2月报送（没有那一行），附电商扶贫统计表“有/无”。“专栏发布”发布时间一半是“2021-03-15 10:22:31”式文本、一半是日期格。“宣传报道”级别：国家级/省级/市级（广州市）/区级（从化区，即县级）；形式“电视”才是电视，“广播”不是。“经验材料”报送时间只到月。",
    sheets: [
      { name: "填表说明", rows: guide },
      { name: "银行明细", rows: bRows, merges: ["A1:F1", "A2:F2"] },
      { name: "月报台账", rows: rRows, merges: ["A1:D1", `A${rRows.length}:D${rRows.length}`] },
      { name: "专栏发布", rows: dRows, merges: ["A1:D1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:F1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:C1"] },
    ],
    expect: {
      sheets: {
        "填表说明": { kind: null },
        "银行明细": { kind: "funds", records: fRecs },
        "月报台账": { kind: "reports", records: rRecs },
        "专栏发布": { kind: "disclosures", records: dRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "经验材料": { kind: "materials", records: [{ date: "2021-05" }, { date: "2021-08" }] },
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
write("counties", "b156-c1-suixi.json", c1);
write("facts", "b156-f1-yangdong.json", f1);
write("facts", "b156-f2-sihui.json", f2);
write("facts", "b156-f3-gaoyao.json", f3);
write("ledgers", "b156-l1-yunan.json", l1);
write("ledgers", "b156-l2-conghua.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
