// Batch 153 corpus generator (blind): written from /work/shared/design/ledgers.md, /work/shared/design/scoring-rules.md, the
// official indicator table (lechang-self-assessment-2021.txt) and test/corpus/README.md only; the helper/validation block is
// taken from counties/_make/gen-b152.js. Deterministic: seeded PRNG, no clock.
"use strict";
// Cases:
// c1 蕉岭县 (梅州): the facts sheet is the self-assessment report pasted from Word (one paragraph per row in column A; numbers
//    in running prose; claimed points in the headings' brackets, judged parts inside sentences; a pasted 自评得分汇总 table at
//    the end). Ledgers: villages with ★ for poor villages and the communities in a second table below; stations as a 2020 table
//    and a 2021 table whose dates are “月.日” text (year from the table title; “8.31” on the cut-off day, “9.6” after it);
//    training one session per row with the poor trainees' names and ID numbers packed into one cell and three 人次 corrected
//    beside the old value, two sessions given as date ranges (one ends 9月1日); poor persons with “是（广州）” migrant
//    answers; park enterprises with 8-digit numeric dates and abbreviated types; funds in 万元 with four decimals and a running
//    累计 column; monthly reports as the bureau's OA dispatch register (other documents mixed in); the site column as the
//    website's list page pasted (newest first, pinned item); media and materials as two tables on one sheet; a hidden
//    drop-down sheet.
// f1 仁化县 (韶关): the city's 问卷星 export (question texts as headers, one answer row; “┋” multi-select, “其他〖…〗”, “(空)”
//    skipped answers, matrix columns “32(方案制定)”).
// f2 陆丰市 (汕尾): a 自查表 with 是/否 tick columns, a 填报数据 column and a 修改说明 column of corrections that win;
//    full-width digits.
// f3 东源县 (河源): a dashboard: value cards with the value above the label, ✔ done / ✘ not-done lists, sideways judged and
//    claimed tables.
// l1 南澳县 (汕头): villages from the 统计用区划代码 export (town rows interleaved; type from the name suffix), stations turned on
//    their side, a skills-training system roster with 培训期间 ranges read at their end.
// l2 佛冈县 (清远): a cover sheet; a 三栏式 专项资金明细账 from the finance software (year in the header, 月/日 columns,
//    拨入 vs 支出, 本月合计/本年累计/结转 rows); the website CMS export (other columns, a draft); the poverty system's person export.
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
let seed = 153153;
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
    assert(/^b153-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b153-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b153-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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


// ---------------------------------------------------------------- extra helpers (batch 153)
function mdDot(iso) {
  // "9.18": month.day, the year given by the table it sits in
  const [, m, d] = ymd(iso);
  return `${m}.${d}`;
}
function ymdNum(iso) {
  // 20201218 typed as a number
  return Number(iso.replace(/-/g, ""));
}
function lowerX(id) {
  return id.replace(/X$/, "x");
}
function springFree(a, b) {
  let iso = randIsoBetween(a, b);
  while (iso >= "2021-02-10" && iso <= "2021-02-18") iso = randIsoBetween(a, b);
  return iso;
}

// =====================================================================================================
// c1 — 梅州蕉岭县: the self-assessment report pasted from Word (facts and claimed points in running prose and in
// headings), plus the ledgers that evidence it.
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "441427";
  const TD = [["蕉城镇", 13, ["城东社区", "城西社区", "城南社区", "城北社区", "桥背社区", "叟乐社区"]], ["长潭镇", 10, []],
    ["三圳镇", 15, ["三圳社区"]], ["文福镇", 14, ["文福社区"]], ["广福镇", 9, ["广福社区"]], ["新铺镇", 16, ["新铺社区"]],
    ["南磜镇", 8, []], ["蓝坊镇", 12, []]];
  const newName = villageNamer("黄石高南北新东西上下长大小龙凤溪塘岭田湖坪白金松竹", [
    "坑", "塘", "岭", "田", "湖", "坪", "背", "岗", "口", "湾", "头", "窝", "坝", "洋", "陂", "径", "岃", "墩", "寨", "排"]);
  const towns = TD.map(([town, n, cs]) => {
    const vs = [];
    for (let i = 0; i < n; i++) vs.push(newName());
    return { town, vs, cs };
  });
  const admin = towns.flatMap((t) => t.vs);
  const comms = towns.flatMap((t) => t.cs);
  assert(admin.length === 97 && comms.length === 10, "c1 97 villages + 10 communities");
  const townOf = {};
  for (const t of towns) for (const v of t.vs.concat(t.cs)) townOf[v] = t.town;
  const tIdx = (v) => towns.findIndex((t) => t.town === townOf[v]);
  const order = (a, b) => tIdx(a) - tIdx(b) || admin.indexOf(a) - admin.indexOf(b);
  const rural = towns.slice(1).flatMap((t) => t.vs);
  const poorArr = shuffle(rural).slice(0, 14).sort(order);
  const poorSet = new Set(poorArr);

  // ---------------- villages: ★ marks the poor villages; communities in a second table below
  const vRows = [["蕉岭县行政村名单"], ["（★为省定相对贫困村；社区居委会另列于下表）"],
    ["序号", "镇", "村委会名称", "自然村（个）", "户籍人口（人）", "快递进村"]];
  const vMerges = ["A1:F1", "A2:F2"];
  let seq = 0;
  let pop = 0;
  for (const t of towns) {
    t.vs.forEach((v, i) => {
      const p = rint(900, 3600);
      pop += p;
      seq++;
      const nm = (seq % 3 === 0 ? v + "委会" : v) + (poorSet.has(v) ? "★" : "");
      vRows.push([seq, i === 0 ? t.town : null, nm, rint(6, 22), p, "√"]);
    });
  }
  vRows.push(["合计", null, `${admin.length}个（其中★${poorArr.length}个）`, null, pop, null]);
  vRows.push([]);
  vRows.push(["二、社区居民委员会"]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);
  vRows.push(["序号", "镇", "社区名称", "居民小组（个）", "户籍人口（人）", null]);
  comms.forEach((c, i) => vRows.push([i + 1, townOf[c], c + "居委会", rint(5, 14), rint(2800, 9800), null]));
  vRows.push(["注：省定相对贫困村14个，均已于2020年底前出列；快递进村情况由县邮政管理部门核实。"]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);

  // ---------------- stations: a 2020 table and a 2021 table, dates as “月.日” text
  const poorLate = poorArr[9];
  const coveredPoor = poorArr.filter((v) => v !== poorLate);
  const poorAug31 = coveredPoor[4];
  const nonPoor = shuffle(admin.filter((v) => !poorSet.has(v)));
  const coveredNon = nonPoor.slice(0, 55);
  const nonLate = nonPoor[55];
  const st = [];
  coveredPoor.forEach((v) => st.push({ v, iso: v === poorAug31 ? "2021-08-31" : springFree("2020-06-08", "2021-07-30") }));
  coveredNon.forEach((v) => st.push({ v, iso: springFree("2020-06-08", "2021-08-27") }));
  st.push({ v: coveredNon[11], iso: springFree("2021-03-01", "2021-08-20"), second: true });
  st.push({ v: coveredNon[40], iso: springFree("2021-03-01", "2021-08-20"), second: true });
  st.push({ v: "城东社区", iso: "2020-10-16", comm: true });
  st.push({ v: poorLate, iso: "2021-09-06" });
  st.push({ v: nonLate, iso: "2021-09-13" });
  const s20 = st.filter((s) => s.iso < "2021-01-01").sort((a, b) => byIso(a.iso, b.iso) || order(a.v, b.v));
  const s21 = st.filter((s) => s.iso >= "2021-01-01").sort((a, b) => byIso(a.iso, b.iso) || order(a.v, b.v));
  assert(s20.length >= 25 && s21.length >= 25, "c1 both tables carry many stations " + s20.length + "/" + s21.length);
  const OPS = ["梅州市客都电子商务服务有限公司", "蕉岭县邮政分公司", "蕉岭县供销电子商务有限公司"];
  const SERV = ["代购代销、代收代发快递", "代购代销、代缴费、快递收发", "农产品收购、网上代销、快递代收", "代买代卖、小额取款、快递收发"];
  const sRows = [["蕉岭县村级电子商务服务站点台账"], ["一、2020年建成站点"],
    ["序号", "镇", "村（社区）", "站点名称", "站长", "联系电话", "建成时间（月.日）", "服务内容"]];
  const sMerges = ["A1:H1", "A2:H2"];
  const stRow = (s, i) => {
    const base = s.v.replace(/(村|社区)$/, "");
    const vcell = s.comm ? s.v : i % 4 === 1 ? s.v + "委会" : s.v;
    return [i + 1, townOf[s.v], vcell, `${townOf[s.v].replace(/镇$/, "")}${base}${s.comm ? "社区" : "村"}电商服务站${s.second ? "（二）" : ""}`,
      personName(), mask(phone()), mdDot(s.iso), SERV[rint(0, 3)]];
  };
  s20.forEach((s, i) => sRows.push(stRow(s, i)));
  sRows.push([`2020年小计：${s20.length}个`]);
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  sRows.push([]);
  sRows.push(["二、2021年建成站点"]);
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  sRows.push(["序号", "镇", "村（社区）", "站点名称", "站长", "联系电话", "建成时间（月.日）", "服务内容"]);
  s21.forEach((s, i) => sRows.push(stRow(s, i)));
  sRows.push([`2021年小计：${s21.length}个（截至9月15日）`]);
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  sRows.push([`总计：${st.length}个　运营单位：${OPS.join("、")}`]);
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  const byCut = st.filter((s) => s.iso <= CUT && admin.includes(s.v));
  const covAdmin = new Set(byCut.map((s) => s.v));
  const covPoor = [...covAdmin].filter((v) => poorSet.has(v));
  assert(st.length === 73 && covAdmin.size === 68 && covPoor.length === 13, "c1 coverage " + covAdmin.size + "/" + covPoor.length);
  assert(68 * 100 >= 70 * 97 && 67 * 100 < 70 * 97, "c1 68/97 = 70.1%: one village fewer would fall under 70%");
  assert(13 * 100 >= 80 * 14 && 13 < 14, "c1 13/14 = 92.9% → 3");
  assert(s21.some((s) => s.iso === "2021-08-31" && s.v === poorAug31), "c1 a poor village's only station opened on the cut-off day");

  // ---------------- poor persons
  const pvill = poorArr.concat(shuffle(rural.filter((v) => !poorSet.has(v))).slice(0, 24));
  const persons = [];
  const PLACE = ["广州", "深圳", "东莞", "佛山", "惠州", "梅州市区"];
  const mkP = (kind) => {
    const male = rnd() < 0.52;
    let birth;
    let lab;
    if (kind === "nolab") {
      const child = rnd() < 0.4;
      birth = child ? birthBetween(2008, 2016) : birthBetween(1934, 1957);
      lab = child ? "无劳动力" : rnd() < 0.5 ? "丧失劳动力" : "无劳动力";
    } else {
      birth = birthBetween(1966, 2001);
      lab = rnd() < 0.8 ? "普通劳动力" : "技能劳动力";
    }
    persons.push({ name: personName(), male, id: makeId(REGION, birth, male), v: pvill[rint(0, pvill.length - 1)],
      labour: kind !== "nolab", migrant: kind === "mig", lab, out: kind === "mig" ? `是（${PLACE[rint(0, PLACE.length - 1)]}）` : "否" });
  };
  for (let i = 0; i < 150; i++) mkP("elig");
  for (let i = 0; i < 70; i++) mkP("mig");
  for (let i = 0; i < 40; i++) mkP("nolab");
  const pSorted = shuffle(persons).sort((a, b) => order(a.v, b.v));
  const ppRows = [["蕉岭县建档立卡贫困人口名单"], ["（县乡村振兴局2021年5月提供）"],
    ["序号", "镇", "村", "姓名", "性别", "身份证号码", "劳动力类型", "是否外出务工"]];
  pSorted.forEach((p, i) => ppRows.push([i + 1, townOf[p.v], p.v, p.name, p.male ? "男" : "女", p.id, p.lab, p.out]));
  const eligible = persons.filter((p) => p.labour && !p.migrant);
  assert(eligible.length === 150 && persons.length === 260, "c1 150 eligible of 260");

  // ---------------- training sessions: poor trainees listed inside a cell; three 人次 corrected in place
  const elig = shuffle(eligible);
  const trained = elig.slice(0, 96);
  const rangeNew = elig.slice(96, 105);
  const sepNew = elig.slice(105, 110);
  const migr = persons.filter((p) => p.labour && p.migrant);
  const nolab = persons.filter((p) => !p.labour && Number(p.id.slice(6, 10)) < 2000);
  const ZC = ["2020-07-16", "2020-08-20", "2020-09-24", "2020-10-22", "2020-11-26", "2020-12-17", "2021-01-21", "2021-03-25",
    "2021-04-22", "2021-05-27", "2021-06-24", "2021-07-22"];
  const zc = ZC.map((iso) => ({ iso, list: [] }));
  for (const p of trained) zc[rint(0, 11)].list.push(p);
  for (const p of trained.slice(20, 35)) {
    const first = zc.findIndex((s) => s.list.includes(p));
    let k = rint(0, 11);
    while (k === first) k = rint(0, 11);
    zc[k].list.push(p);
  }
  for (const p of migr.slice(0, 10)) zc[rint(0, 11)].list.push(p);
  for (const p of nolab.slice(0, 4)) zc[rint(0, 11)].list.push(p);
  const rangeList = rangeNew.concat([trained[3], trained[60]]);
  const sepList = sepNew.slice();
  const preRows = sum(zc.map((s) => s.list.length));
  assert(preRows === 125, "c1 125 poor trainee entries before the cut-off " + preRows);
  const trainedByCut = new Set(zc.flatMap((s) => s.list).filter((p) => p.labour && !p.migrant).map((p) => p.id));
  assert(trainedByCut.size === 96, "c1 96 eligible trained");
  assert(96 * 100 >= 50 * 150 && 96 * 100 < 70 * 150, "c1 64% → 10, no bonus");
  assert((96 + 9) * 100 >= 70 * 150, "c1 reading the range at its start would reach 70% (bonus trap)");
  assert((96 + 10) * 100 >= 70 * 150, "c1 counting the migrant workers would reach 70% (bonus trap)");
  const TOPIC = ["农村电商基础知识", "网店开设与运营", "短视频拍摄与剪辑", "直播带货实操", "农产品包装与品牌", "电商客服与物流", "微信营销"];
  const PLACES = ["县电子商务公共服务中心", "县委党校", "三圳镇政府会议室", "新铺镇政府会议室", "文福镇文化站", "广福镇政府会议室"];
  const sessions = [];
  // regular sessions
  const REG = ["2020-06-18", "2020-07-09", "2020-07-29", "2020-08-13", "2020-09-03", "2020-09-17", "2020-10-15", "2020-11-04",
    "2020-11-19", "2020-12-03", "2020-12-24", "2021-01-07", "2021-01-28", "2021-03-04", "2021-03-18", "2021-04-08", "2021-04-29",
    "2021-05-13", "2021-06-03", "2021-06-17", "2021-07-08", "2021-07-29", "2021-08-12", "2021-08-19", "2021-08-26"];
  REG.forEach((iso) => sessions.push({ iso, n: rint(45, 75), kind: "reg", topic: TOPIC[rint(0, TOPIC.length - 1)] }));
  zc.forEach((s) => sessions.push({ iso: s.iso, n: s.list.length + rint(4, 12), kind: "zc", list: s.list, topic: "电商扶贫专场（" + TOPIC[rint(0, 5)] + "）" }));
  sessions.push({ iso: "2021-09-01", range: "2021年8月30日—9月1日", n: 68, kind: "zc", list: rangeList, topic: "电商扶贫专场（直播带货实操，三天）" });
  sessions.push({ iso: "2021-09-07", n: 108, kind: "reg", list: sepList, topic: "电商直播技能提升（含脱贫户）" });
  sessions.sort((a, b) => byIso(a.iso, b.iso));
  // the 11月3—4日 two-day class
  const two = sessions.find((s) => s.iso === "2020-11-04");
  two.range = "2020年11月3-4日";
  // corrections
  const corr = [["2020-09-17", 12, "paren"], ["2021-01-28", 7, "arrow"], ["2021-06-03", 14, "colon"]];
  for (const [iso, d, f] of corr) {
    const s = sessions.find((x) => x.iso === iso && x.kind === "reg");
    s.corr = { d, f };
  }
  const inCut = sessions.filter((s) => s.iso <= CUT);
  let tot = sum(inCut.map((s) => s.n));
  let guard = 0;
  while (tot !== 1938) {
    const s = inCut[rint(0, inCut.length - 1)];
    const step = tot < 1938 ? 1 : -1;
    if (s.kind !== "reg" || s.n + step > 95 || s.n + step < 30) continue;
    s.n += step;
    tot += step;
    assert(++guard < 100000, "c1 training fix");
  }
  const oldTot = tot + sum(corr.map((c) => c[1]));
  const allTot = sum(sessions.map((s) => s.n));
  assert(tot === 1938 && oldTot === 1971 && allTot === 2114, "c1 1,938 / 1,971 / 2,114 person-times");
  assert(1938 * 1000 >= 196500 * 8 && 1938 * 100 < 196500, "c1 1,938/196,500 = 0.986% → 8");
  assert(1971 * 100 >= 196500, "c1 the uncorrected figures would reach 1%");
  assert(inCut.length + 2 === sessions.length && sessions.length === 39, "c1 39 sessions " + sessions.length);
  const tRows = [["蕉岭县电子商务培训台账"], ["（2020年6月—2021年9月）"],
    ["期次", "培训时间", "培训地点", "培训内容", "参训人次", "其中建档立卡贫困户（人）", "贫困户学员（姓名 身份证号）", "备注"]];
  const fmtCycle = ["date", "dot", "cn", "slash"];
  sessions.forEach((s, i) => {
    const f = fmtCycle[i % 4];
    const dc = s.range ? s.range : f === "date" ? D(s.iso) : f === "dot" ? dotDate(s.iso) : f === "cn" ? cnDate(s.iso) : slashDate(s.iso);
    let nc = s.n;
    let note = null;
    if (s.corr) {
      const old = s.n + s.corr.d;
      nc = s.corr.f === "paren" ? `${old}（核实更正为${s.n}）` : s.corr.f === "arrow" ? `${old}→${s.n}` : `更正：${s.n}（原填${old}）`;
      note = s.corr.f === "paren" ? "签到表核对后更正" : s.corr.f === "arrow" ? "重复签到已剔除" : "2021年7月核查更正";
    }
    const list = s.list || [];
    const sep = i % 2 ? "\n" : "；";
    const cell = list.length ? list.map((p, k) => `${p.name} ${k % 7 === 3 ? lowerX(p.id) : p.id}`).join(sep) : null;
    if (s.iso === "2021-09-07") note = "9月培训";
    tRows.push([`第${i + 1}期`, dc, s.kind === "zc" ? PLACES[rint(1, 5)] : PLACES[0], s.topic, nc, list.length || null, cell, note]);
  });
  tRows.push(["合计", null, null, null, allTot, sum(sessions.map((s) => (s.list || []).length)), null, "截至2021年9月7日"]);
  tRows.push(["注：1.参训人次以签到表为准，核查后更正的在原数字旁注明；2.贫困户学员身份证号由县乡村振兴局核对。"]);
  const tMerges = ["A1:H1", "A2:H2", `A${tRows.length}:H${tRows.length}`];
  assert(tRows.some((r) => typeof r[6] === "string" && /\d{17}x/.test(r[6])), "c1 some lower-case x");

  // ---------------- park enterprises: dates typed as 20201218, types abbreviated, two exits
  const ENTS = [
    ["梅州市客都电子商务服务有限公司", "代运营", "2020-12-18"], ["蕉岭县邮政分公司电商寄递中心", "快递物流", "2020-12-18"],
    ["蕉岭县长寿农品网络科技有限公司", "平台", "2020-12-18"], ["蕉岭县绿茶坊电子商务商行", "零售", "2020-12-25"],
    ["蕉岭县三圳柰李专业合作社网店", "零售", "2021-01-08"], ["梅州市金柚直播传媒有限公司", "代运营", "2021-01-15"],
    ["蕉岭县山里人家农产品有限公司", "零售", "2021-01-22"], ["蕉岭县中通快递服务部", "快递物流", "2021-03-05"],
    ["蕉岭县文福腐竹电子商务有限公司", "零售", "2021-03-12"], ["蕉岭县新铺番薯干网店", "零售", "2021-03-19"],
    ["蕉岭县客家优选供应链有限公司", "平台", "2021-03-26"], ["蕉岭县南磜竹笋电子商务商行", "零售", "2021-04-09"],
    ["蕉岭县蓝坊蜂蜜网店", "零售", "2021-04-16", "2021-06-30"], ["蕉岭县乡味冷链物流有限公司", "快递物流", "2021-04-23"],
    ["蕉岭县青创电商孵化服务有限公司", "代运营", "2021-05-07"], ["蕉岭县广福茶油电子商务有限公司", "零售", "2021-05-14"],
    ["蕉岭县长潭鱼干网店", "零售", "2021-05-28"], ["蕉岭县众创农产品加工有限公司", "农产品加工", "2021-06-11"],
    ["蕉岭县黄金柰李网络科技有限公司", "零售", "2021-06-25", "2021-09-15"], ["蕉岭县客家娘酒电子商务商行", "零售", "2021-07-09"],
    ["蕉岭县云端直播工作室", "代运营", "2021-08-06"], ["蕉岭县寿乡米业电子商务有限公司", "零售", "2021-09-06"],
  ];
  const eRows = [["蕉岭县电子商务产业园入驻企业登记表"], ["序号", "企业名称", "统一社会信用代码", "类别", "入驻时间", "状态", "退出时间", "备注"]];
  ENTS.forEach(([n, t, en, out], i) => {
    eRows.push([i + 1, n, creditCode(REGION), t, ymdNum(en), out ? "已退出" : "在园", out ? ymdNum(out) : null,
      out === "2021-06-30" ? "迁往梅州市区" : out === "2021-09-15" ? "合同到期不续租" : en > CUT ? "9月新入驻" : null]);
  });
  eRows.push(["注：入驻时间、退出时间按“年月日”8位数字填写。"]);
  const inPark = ENTS.filter(([, , en, out]) => en <= CUT && !(out && out <= CUT));
  assert(ENTS.length === 22 && inPark.length === 20, "c1 20 enterprises in the park at the cut-off");
  assert(new Set(inPark.map((e) => e[1])).size === 5, "c1 five types among them");

  // ---------------- funds (万元 with four decimals), a running 累计 column that is not a payment
  const PAY = [
    ["2020-06-28", "县电子商务公共服务中心装修工程（首付款）", "梅州市兴达建筑装饰工程有限公司", 1386450, "date"],
    ["2020-08-14", "村级电商服务站点建设（第一批30个）", "蕉岭县供销电子商务有限公司", 1128800, "dot"],
    ["2020-10-23", "电商培训服务（第一期）", "梅州市客都电子商务服务有限公司", 296520, "cn"],
    ["2020-11-27", "县镇村三级物流配送体系建设（首付款）", "蕉岭县邮政分公司", 1574300, "date"],
    ["2020-12-31", "县电子商务公共服务中心装修工程（进度款）", "梅州市兴达建筑装饰工程有限公司", 1042685, "dot"],
    ["2021-01-22", "公共服务中心设备采购", "广东粤信科技有限公司", 687340, "cn"],
    ["2021-03", "村级电商服务站点建设（第二批）", "蕉岭县供销电子商务有限公司", 975600, "month"],
    ["2021-04-16", "农产品溯源系统建设（首付款）", "广州溯源易信息科技有限公司", 418260, "date"],
    ["2021-05-21", "电商培训服务（第二期）", "梅州市客都电子商务服务有限公司", 325480, "dot"],
    ["2021-06-25", "“蕉岭长寿农品”品牌推广及网购节活动", "梅州市金柚直播传媒有限公司", 284750, "cn"],
    ["2021-07-16", "县镇村三级物流配送体系建设（进度款）", "蕉岭县邮政分公司", 1236900, "date"],
    ["2021-08-20", "冷链仓储设施建设", "蕉岭县乡味冷链物流有限公司", null, "dot"],
    ["2021-08-31", "公共服务中心运营服务费（2021年1—8月）", "梅州市客都电子商务服务有限公司", 468000, "cn"],
    ["2021-09-14", "村级电商服务站点建设（第三批）", "蕉岭县供销电子商务有限公司", 555000, "date"],
  ];
  const TARGET = 11286000;
  const bal = PAY.find((p) => p[3] === null);
  bal[3] = TARGET - sum(PAY.filter((p) => p[3] !== null && p[0] <= CUT).map((p) => p[3]));
  assert(bal[3] > 500000 && bal[3] < 1500000, "c1 balancing payment " + bal[3]);
  const fRows = [["蕉岭县省级电子商务进农村综合示范专项资金拨付台账"], ["单位：万元"],
    ["序号", "拨付时间", "项目名称", "收款单位", "本次拨付", "累计拨付", "凭证号", "备注"]];
  let cum = 0;
  PAY.forEach(([iso, item, payee, amt, f], i) => {
    cum += amt;
    const dc = f === "date" ? D(iso) : f === "dot" ? dotDate(iso) : f === "cn" ? cnDate(iso) : cnMonth(iso);
    fRows.push([i + 1, dc, item, payee, wan(amt), wan(cum), `蕉商拨〔${iso.slice(0, 4)}〕${String(i + 1).padStart(2, "0")}号`,
      iso > "2021-08-31" ? "9月拨付" : f === "month" ? "分3次支付，凭证合并" : null]);
  });
  fRows.push(["合计", null, null, null, wan(sum(PAY.map((p) => p[3]))), null, null, null]);
  fRows.push(["下达省级专项资金1500万元；截至2021年8月31日累计拨付1128.6万元，支出率75.24%。"]);
  const paidCut = sum(PAY.filter((p) => (p[0].length === 7 ? p[0] + "-28" : p[0]) <= CUT).map((p) => p[3]));
  assert(paidCut === 11286000 && paidCut * 10000 === 7524 * 15000000, "c1 1,128.6万 = 75.24%");
  assert(PAY.every((p) => Number.isInteger(p[3]) && Math.round(wan(p[3]) * 10000) === p[3]), "c1 万元 with four decimals is exact to the yuan");

  // ---------------- reports: the bureau's OA 发文登记 export, monthly reports among other documents
  const OTHER = [
    ["2020-07-14", "关于召开全县电子商务进农村综合示范工作推进会的通知", "各镇人民政府，县直有关单位"],
    ["2020-10-28", "关于报送2020年第三季度电子商务进农村资金使用情况的报告", "蕉岭县财政局"],
    ["2020-12-15", "关于申请拨付村级电商服务站点建设资金的请示", "蕉岭县人民政府"],
    ["2021-03-22", "关于开展“蕉岭长寿农品网购节”活动的通知", "各镇人民政府"],
    ["2021-05-19", "关于报送电子商务进农村综合示范中期绩效自评情况的报告", "广东省商务厅"],
    ["2021-07-08", "关于报送蕉岭县“电商+长寿农品”助农增收经验材料的函", "梅州市商务局"],
    ["2021-09-10", "关于报送2019年省级电子商务进农村综合示范创建考评自评报告的函", "梅州市商务局"],
  ];
  const monthly = monthsBetween("2020-05", "2021-08").map((m) => {
    const nm = monthsBetween(m, "2021-12")[1];
    return { m, iso: `${nm}-${String(rint(3, 9)).padStart(2, "0")}` };
  });
  const docs = OTHER.map(([iso, title, to]) => ({ iso, title, to }));
  monthly.forEach(({ m, iso }) => {
    const [y, mm] = ymd(m + "-01");
    docs.push({ iso, title: `关于报送蕉岭县${y}年${mm}月电子商务进农村综合示范工作进展情况（含电商扶贫统计表）的报告`, to: "梅州市商务局", monthly: true });
  });
  docs.sort((a, b) => byIso(a.iso, b.iso));
  const oRows = [["蕉岭县商务局发文登记簿"], ["（OA系统导出，起止日期：2020-07-01至2021-09-15）"],
    ["序号", "发文字号", "标题", "主送单位", "成文日期", "密级", "印发份数", "拟稿人"]];
  let dn = { 2020: 40, 2021: 1 };
  docs.filter((d) => d.iso >= "2020-07-01").forEach((d, i) => {
    const y = d.iso.slice(0, 4);
    oRows.push([i + 1, `蕉商务${d.to.includes("政府") || d.to.includes("镇") ? "" : "函"}〔${y}〕${dn[y]++}号`, d.title, d.to, d.iso, "非密", rint(2, 6),
      ["刘××", "黄××", "钟××"][rint(0, 2)]]);
  });
  const repMonths = new Set(docs.filter((d) => d.monthly && d.to === "梅州市商务局").map((d) => ym(d.iso)));
  assert(WINDOW.every((m) => repMonths.has(m)), "c1 a monthly report in every month of the window");

  // ---------------- site column: the website's list page pasted, newest first, no update in February 2021
  const posts = [["2019-11-26", "蕉岭县电子商务进农村综合示范县创建工作方案", true], ["2020-01-09", "蕉岭县电子商务进农村综合示范项目基本信息公示"],
    ["2020-01-09", "关于设立电子商务进农村综合示范项目监督举报电话和意见征集邮箱的公告"],
    ["2020-06-12", "蕉岭县电子商务进农村综合示范项目承建单位公示"], ["2021-04-28", "蕉岭县电子商务进农村综合示范项目基本信息（调整）"]];
  for (const m of monthsBetween("2020-05", "2021-08")) {
    if (m === "2021-01") continue;
    const nm = monthsBetween(m, "2021-12")[1];
    const [y, mm] = ymd(m + "-01");
    const title = m === "2021-02" ? "蕉岭县电子商务进农村综合示范项目建设进度（2021年1—2月）" : `蕉岭县电子商务进农村综合示范项目建设进度（${y}年${mm}月）`;
    posts.push([`${nm}-${String(rint(6, 18)).padStart(2, "0")}`, title]);
  }
  const postMonths = new Set(posts.map((p) => ym(p[0])));
  const inWin = WINDOW.filter((m) => postMonths.has(m));
  assert(inWin.length === 11 && !postMonths.has("2021-02"), "c1 disclosures: 11 of 12 months, none in February 2021");
  const pSortedPosts = posts.slice().sort((a, b) => (a[2] ? -1 : b[2] ? 1 : byIso(b[0], a[0])));
  const dRows = [["蕉岭县人民政府门户网站 > 专题专栏 > 电子商务进农村综合示范"], ["标题", "发布日期", "来源"]];
  pSortedPosts.forEach(([iso, title, top]) => dRows.push([(top ? "[置顶] " : "") + title, iso, "蕉岭县商务局"]));
  dRows.push([`共${posts.length}条　第1页/共1页`]);

  // ---------------- media (table 1) and materials (table 2) on one sheet
  const mRows = [["蕉岭县电子商务进农村宣传报道及经验材料登记"], ["一、宣传报道"],
    ["序号", "日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"],
    [1, "2020.11.20", "蕉岭县融媒体中心《蕉岭新闻》", "县级", "电视", "我县首批村级电商服务站挂牌", "否"],
    [2, D("2021-05-18"), "南方日报", "省级", "报纸", "蕉岭：长寿农品搭上电商快车", "否"],
    [3, "2021年6月22日", "广东广播电视台《广东新闻联播》", "省级", "电视", "蕉岭脱贫户直播卖柰李 一天卖出两千斤", "是"],
    [4, "2021.9.3", "梅州广播电视台《梅州新闻》", "市级", "电视", "蕉岭电商进农村示范创建迎考评", "否"],
    [5, D("2021-09-14"), "梅州日报", "市级", "报纸", "蕉岭：小网店带动大产业", "否"],
    [], ["二、经验材料报送"], ["序号", "报送日期", "材料名称", "报送单位"],
    [1, "2021年7月8日", "蕉岭县“电商+长寿农品”助农增收经验材料", "梅州市商务局"]];
  const mMerges = ["A1:G1", "A2:G2", "A10:G10"];

  // ---------------- the hidden drop-down list sheet
  const hRows = [["是否", "镇", "类别", "状态"], ["是", "蕉城镇", "平台", "在园"], ["否", "长潭镇", "零售", "已退出"], [null, "三圳镇", "代运营", null],
    [null, "文福镇", "快递物流", null], [null, "广福镇", "农产品加工", null], [null, "新铺镇", null, null], [null, "南磜镇", null, null], [null, "蓝坊镇", null, null]];

  // ---------------- the self-assessment report pasted from Word
  const nSess = sessions.length;
  const P = [
    "蕉岭县2019年省级电子商务进农村综合示范创建工作自评报告",
    "蕉岭县商务局",
    "（2021年9月10日）",
    "根据《广东省商务厅关于开展2019年省级电子商务进农村综合示范创建考评工作的通知》（粤商务电函〔2021〕101号）要求，我县对照考评指标体系，对截至2021年8月31日的创建工作进行了全面自查，现将有关情况报告如下。",
    "一、基本情况",
    `蕉岭县位于梅州市北部，全县辖8个镇，${admin.length}个行政村、${comms.length}个社区，常住人口19.65万人（第七次全国人口普查），其中省定相对贫困村${poorArr.length}个，已全部出列。`,
    "二、自评情况（自评总分96分，其中加分1分）",
    "（一）加强组织领导与统筹协调（自评9分）",
    "1.组织领导（自评2分）。成立了以县委副书记、县长为组长，常务副县长和分管副县长为副组长，县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监管局、县供销社、县邮政分公司主要负责同志为成员的电子商务进农村综合示范工作领导小组，领导小组办公室设在县商务局。",
    "2.方案制定（自评2分）。2019年11月印发了《蕉岭县电子商务进农村综合示范县创建工作方案》（蕉府办〔2019〕47号），明确了目标任务、责任分工和时间节点。",
    "3.政策支持（自评2分）。出台了《蕉岭县促进农村电子商务发展扶持办法》（蕉府〔2020〕12号），在资金、场地、人才等方面给予支持，已兑现扶持资金63.5万元。",
    "4.项目管理（自评3分，其中项目管理制度2分、工作台账1分）。制定了项目管理办法，建设、验收环节严格执行；工作台账记录还不够完整，需进一步完善。",
    "（二）深入推动电子商务进农村工作（自评53分）",
    "1.县级电子商务公共服务中心与产业园（自评14分）。县电子商务公共服务中心于2020年12月18日正式投入运营，设有免费培训室（配备电脑40台、直播设备2套），已开展电商基础培训；设有农特产品展示展销区，为本地特色农产品提供免费展示、销售服务；设有摄影棚，为电商企业和个体户提供免费摄影、美工服务；组织开展“蕉岭长寿农品”统一推广，指导特色农产品品牌建设；其他衍生增值服务（金融对接、供应链服务）尚在筹划，暂未开展。依托县创新创业孵化基地整合建设了电子商务产业园，入驻企业情况见《入驻企业》表。",
    `2.村级站点覆盖（自评10分）。全县建成村级电子商务服务站点${st.length}个，覆盖行政村70个，行政村覆盖率72.2%；${poorArr.length}个省定贫困村实现全覆盖。`,
    "3.农村产品上行（自评9分）。委托第三方开展农产品网络销售调研，形成《蕉岭县农产品网络销售调研报告》并提出针对性建议（自评2分）；组织“蕉岭长寿农品网购节”等网络促销活动4场，成效明显（自评2分）；引进梅州市客都电子商务服务有限公司作为专业第三方运营服务商；全县97个行政村物流快递全覆盖；出台了蕉岭绿茶、黄金柰李电商交易标准，冷链、溯源系统正在建设（自评1分）。2020年全县农村网络零售额6.82亿元，同比增长21.3%；农产品网络零售额1.96亿元，比2019年的1.48亿元增长32.4%。",
    `4.电商人才培训（自评20分）。截至目前累计开展电商培训${nSess}期${fmtInt(allTot)}人次，占常住人口的1.08%；有劳动能力的建档立卡贫困人口（不含外出务工）150人，参加培训96人，培训率64%。`,
    "（三）加强信息公开及报送（自评10分）",
    "1.信息公开（自评4分）。在县政府门户网站开设“电子商务进农村综合示范”专栏，公开了创建方案、项目基本信息和项目建设进度，设置了监督举报电话和意见征集邮箱，专栏按月更新。",
    "2.数据上报（自评6分）。每月向梅州市商务局报送工作进展情况，月报附电商扶贫情况统计表。",
    "（四）加强宣传推广（自评10分）",
    "1.案例总结（自评2分）。2021年7月向市商务局报送了《蕉岭县“电商+长寿农品”助农增收经验材料》。",
    "2.经验推广（自评8分）。南方日报、梅州广播电视台、蕉岭县融媒体中心等省、市、县媒体对我县电商进农村工作进行了报道。",
    "（五）加强财政资金管理（自评13分）",
    "1.制度建立（自评5分）。制定了《蕉岭县省级电子商务进农村综合示范专项资金管理办法》，建立了考核问责制度。",
    "2.资金台账（自评4分）。项目承建方建立了资金专用台账，个别凭证归档不及时。",
    "3.资金支出（自评4分）。省下达专项资金1,500万元，截至2021年8月31日累计拨付1,128.6万元，资金支出率75.24%，按创建进度及时拨付。",
    "（六）加分项（自评1分）。建档立卡贫困人口培训率64%，未达70%，不加分；我县电商扶贫典型案例获广东广播电视台《广东新闻联播》播报（省级电视媒体），加1分。",
    "（七）一票否决事项。创建期间未发生安全生产、质量事故，未造成重大经济损失和社会不良影响；项目总体进度95%；不存在弄虚作假情况。",
    "三、存在问题及下一步工作",
    "一是其他衍生增值服务尚未开展；二是部分站点运营能力不足；三是宣传推广力度有待加强。下一步，我县将继续完善服务体系，加大培训力度，巩固示范创建成效。",
    "附表：自评得分汇总",
  ];
  assert(pct1(196 - 148, 148) === "32.4%" && pct1(st.length - 3, 97) === "72.2%" && pct1(allTot, 196500) === "1.1%", "c1 prose figures");
  const F = P.map((p) => [p]);
  const FM = [];
  F.push(["工作任务", "评价指标", "分值", "自评得分"]);
  const SELF = [
    ["加强组织领导与统筹协调", [["org.leadership", "组织领导", 2, 2], ["org.plan", "方案制定", 2, 2], ["org.policy", "政策支持", 2, 2], ["org.management", "项目管理", 4, 3]]],
    ["深入推动电子商务进农村工作", [["work.center", "服务体系建设（县级中心与产业园）", 15, 14], ["work.coverage", "服务体系建设（村级站点覆盖）", 10, 10],
      ["work.upward", "农村产品上行", 10, 9], ["work.training", "电商人才培训", 20, 20]]],
    ["加强信息公开及报送", [["info.disclosure", "信息公开", 4, 4], ["info.reporting", "数据上报", 6, 6]]],
    ["加强宣传推广", [["promo.cases", "案例总结", 2, 2], ["promo.media", "经验推广", 8, 8]]],
    ["加强财政资金管理", [["fund.system", "制度建立", 5, 5], ["fund.ledger", "资金台账", 5, 4], ["fund.spending", "资金支出", 5, 4]]],
    ["加分项", [["bonus.poorTraining", "建档立卡贫困人口培训率70%及以上", 2, 0], ["bonus.tvCase", "电商扶贫典型案例获电视媒体播报", 2, 1]]],
  ];
  const claimed = {};
  for (const [g, items] of SELF) {
    const first = F.length + 1;
    items.forEach(([id, n, w, p], i) => {
      F.push([i === 0 ? g : null, n, w, p]);
      claimed[id] = p;
    });
    if (items.length > 1) FM.push(`A${first}:A${F.length}`);
  }
  F.push(["合计", null, 104, 96]);
  FM.push(`A${F.length}:B${F.length}`);
  assert(sum(Object.values(claimed)) === 96, "c1 claimed 96");

  // ---------------- expectation
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 2 + 1,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 2 + 1, "work.coverage": 5 + 3, "work.upward": 2 + 2 + 1 + 1 + 1 + 2,
    "work.training": 8 + 10, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 1,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  const total = scored + bonus;
  assert(scored === 87 && total === 88, "c1 total " + scored + "/" + total);
  const corrTxt = sessions.filter((s) => s.corr).map((s) => {
    const old = s.n + s.corr.d;
    return s.corr.f === "paren" ? `“${old}（核实更正为${s.n}）”` : s.corr.f === "arrow" ? `“${old}→${s.n}”` : `“更正：${s.n}（原填${old}）”`;
  }).join("、");
  const derivation = [
    "org.leadership: 报告“组织领导”段：县委副书记、县长任组长（主要领导），成员含县商务局、县财政局、县农业农村局、县乡村振兴局 → 2",
    "org.plan: “方案制定（自评2分）”，蕉府办〔2019〕47号已印发 → 2",
    "org.policy: “政策支持（自评2分）”，扶持办法已出台 → 2",
    "org.management: “项目管理（自评3分，其中项目管理制度2分、工作台账1分）” → 3",
    "work.center: 中心2020年12月18日投入运营 ≤ 截止日 → 2；≤ 2021-02-28，已运行6个月以上 → 2；免费培训室和设备 → 2；免费展示销售 → 1；免费摄影美工 → 1；统一推广、品牌建设 → 1；其他衍生增值服务“尚在筹划，暂未开展” → 0；整合建设电商产业园 → 2；入驻企业登记表22行（入驻时间写成8位数字如20201218）：蓝坊蜂蜜网店20210630已退出、寿乡米业20210906才入驻，不算；黄金柰李网络科技20210915退出，截止日仍在园，算；在园20家 ≥ 20 → 2；类别平台、零售、代运营、快递物流、农产品加工 ≥ 3 → 1；合计14",
    `work.coverage: 行政村名单第一张表97个村委会（★标省定贫困村，名字后带★的仍是该村），下面“二、社区居民委员会”10个社区不算；站点台账分“2020年建成站点”“2021年建成站点”两张表，建成时间只写“月.日”，年份取所在表；共${st.length}个站点，城东社区站不是行政村，两个村各有两个站只算一次，2021年表中“9.6”（${poorLate}，省定贫困村）和“9.13”（${nonLate}）在截止日之后；截止日前有站点的行政村68个，68/97 = 70.1% ≥ 70% → 5；省定贫困村14个，${poorAug31}的站点“8.31”即2021-08-31（当天，算），${poorLate}只有9月6日建成的站点 → 13/14 = 92.9%，80%–100% → 3（报告称“全覆盖”“覆盖70个村”都含9月站点）；合计8`,
    "work.upward: 网销调研“自评2分” → 2；网络促销“自评2分” → 2；已引进第三方运营服务商 → 1；村名单“快递进村”列97个村全为“√” → 1；交易标准及冷链溯源“自评1分” → 1；农村网络零售额只给了增速21.3% < 30%，但农产品网络零售额1.48亿 → 1.96亿元，增长32.4% ≥ 30% → 2；合计9",
    `work.training: 培训台账${nSess}期，“参训人次”三处在原数旁更正，取更正后的数：${corrTxt}；第${sessions.findIndex((s) => s.range && s.iso === "2021-09-01") + 1}期“2021年8月30日—9月1日”按区间终点2021-09-01算，在截止日之后，9月7日一期也不算；截止日前合计1,938人次（不看更正会是1,971人次、合计行2,114人次含9月）；常住人口19.65万 → 1,938/196,500 = 0.986%，0.8%–1% → 8；贫困人口名单260人，劳动力类型为普通/技能劳动力且“是否外出务工”为“否”的150人（“是（广州）”等为外出务工）；截止日前各期“贫困户学员”格内列出的身份证号（少数末位小写x）共125条，去掉外出务工10条、无劳动力4条、同一人重复参训15条，在家有劳动能力者96人；96/150 = 64% → 10；合计18`,
    "info.disclosure: 报告称专栏公开创建方案、项目基本信息、项目建设进度，并设监督举报电话和意见征集邮箱（专栏列表也有监督举报公告）→ 2；专栏列表（网站页面粘贴，新的在前）2020年9月至2021年8月中，2021年2月没有任何发布（1—2月进度合并在3月发布），11/12个月 → 不定时1；合计3（报告自评“按月更新”4分）",
    "info.reporting: 发文登记簿中主送“梅州市商务局”的月度进展报告，2020年9月至2021年8月每月都有成文的一份（其余发给县政府、财政局、省厅、各镇的文件不是月报）→ 3；月报标题均“含电商扶贫统计表”，报告也称月报附电商扶贫统计 → 3；合计6",
    "promo.cases: 经验材料2021年7月8日报送梅州市商务局 → 2",
    "promo.media: 截止日前：南方日报、广东广播电视台（省级）→ 4，蕉岭县融媒体中心（县级）→ 1；梅州广播电视台2021.9.3、梅州日报2021-09-14（市级）在截止日之后 → 合计5（报告自评8分）",
    "fund.system: “制度建立（自评5分）” → 5",
    "fund.ledger: “资金台账（自评4分）” → 4",
    `fund.spending: 拨付台账单位万元（四位小数，即精确到元），“本次拨付”截止日前13笔合计1,128.6万元 = 11,286,000元（“累计拨付”列是累计数，不能再加；9月14日55.5万元不算；2021年3月那笔只写到月份，在截止日前）；11,286,000/15,000,000 = 75.24% ≥ 70% → 自评4 → 4`,
    "bonus.poorTraining: 贫困人口培训率64% < 70% → 0（把8月30日—9月1日一期按开始日算，或把外出务工者算进去，都会误到70%）",
    "bonus.tvCase: 广东广播电视台《广东新闻联播》2021年6月22日播出的电商扶贫典型案例，省级电视 → 1",
    "veto.incident: 报告声明未发生安全生产、质量事故，未造成重大损失 → 不否决，0",
    "veto.progress: 项目总体进度95% ≥ 40% → 不否决，0",
    "veto.fraud: 声明不存在弄虚作假 → 不否决，0",
    "total: 2+2+2+3+14+8+9+18+3+6+2+5+5+4+4 = 87，加分1 → 88（县自评96）",
  ];
  return {
    description:
      "梅州蕉岭县商务局整本迎考工作簿。事实页“自评报告”是从Word粘贴过来的自评报告：每段一行都在A列，常住人口、村数、中心运营日期、零售额、资金等数字写在正文里，各指标的自评分写在小标题括号里（“4.项目管理（自评3分，其中项目管理制度2分、工作台账1分）”），评判项分数夹在句子中（“……提出针对性建议（自评2分）”），末尾粘贴了一张自评得分汇总表。台账：行政村名单用★标省定贫困村，社区居委会列在下面第二张表；站点台账分“2020年建成站点”“2021年建成站点”上下两张表，建成时间只写“月.日”（“8.31”“9.6”），年份要从表名读；培训台账一期一行，贫困户学员的姓名和身份证号挤在一个单元格里（分号或换行分隔，个别末位小写x），三处参训人次在原数旁写了更正（“62（核实更正为50）”“45→38”“更正：44（原填58）”），有两期是日期区间；贫困人口名单的外出务工写成“是（广州）”；入驻企业的日期是8位数字（20201218），类别写简称，有退出和9月新入驻；资金台账单位万元、四位小数，另有“累计拨付”列；报送记录是OA发文登记簿（混有发给县政府、财政局、省厅的文件）；专栏更新是网站列表页粘贴（新的在前，有置顶）；宣传报道与经验材料上下两张表；另有一个隐藏的下拉选项页。",
    sheets: [
      { name: "自评报告", rows: F, merges: FM },
      { name: "行政村名单", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "培训台账", rows: tRows, merges: tMerges },
      { name: "建档立卡贫困人口", rows: ppRows, merges: ["A1:H1", "A2:H2"] },
      { name: "入驻企业", rows: eRows, merges: ["A1:H1", `A${eRows.length}:H${eRows.length}`] },
      { name: "资金拨付台账", rows: fRows, merges: ["A1:H1", "A2:H2", `A${fRows.length}:H${fRows.length}`] },
      { name: "发文登记", rows: oRows, merges: ["A1:H1", "A2:H2"] },
      { name: "专栏更新", rows: dRows, merges: ["A1:C1", `A${dRows.length}:C${dRows.length}`] },
      { name: "宣传及材料", rows: mRows, merges: mMerges },
      { name: "下拉选项", rows: hRows, hidden: true },
    ],
    expect: { asOf: CUT, total, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 韶关仁化县: the city bureau collected the facts by 问卷星; this is the county's row of the export.
// =====================================================================================================
function buildF1() {
  const Q = [
    ["序号", 1], ["提交答卷时间", "2021/9/7 16:42:18"], ["所用时间", "1286秒"], ["来源", "微信"], ["来源详情", "直接访问"],
    ["来自IP", "183.6.117.42(广东-韶关)"],
    ["1、县（市、区）名称：", "仁化县"], ["2、填报人：", "谭××"], ["3、联系电话：", "0751-63×××××"],
    ["4、考评截止日期：", "2021-08-31"], ["5、常住人口（万人）：", "19.38"], ["6、行政村数（个，不含社区）：", "107"],
    ["7、省定贫困村数（个）：", "18"],
    ["8、示范创建领导小组组长（单选）：", "县长"],
    ["9、领导小组成员单位（多选）：", "商务┋财政┋农业农村┋交通运输┋其他〖县供销社、县邮政分公司〗"],
    ["10、示范县工作方案是否已正式印发？", "是"], ["11、是否已出台支持农村电商发展的政策？", "是"],
    ["12、县级电子商务公共服务中心投入运营日期：", "2021-01-15"],
    ["13、县级公共服务中心提供的服务（多选）：", "免费培训场所及培训设备┋特色农产品免费展示、销售┋农产品统一推广及品牌建设指导"],
    ["14、电商产业园建设情况（单选）：", "已整合、优化当地电商产业园"],
    ["15、是否有专业第三方电子商务运营或服务商？", "是"],
    ["16、行政村物流快递覆盖率是否达到100%？", "(空)"],
    ["17、2019年农村网络零售额（亿元）：", "8.37"], ["18、2020年农村网络零售额（亿元）：", "10.92"],
    ["19、2020年农村网络零售额同比增速（%）：", "30.47"],
    ["20、2019年农产品网络零售额（亿元）：", "(空)"], ["21、2020年农产品网络零售额（亿元）：", "(空)"],
    ["22、累计培训人次：", "2186"],
    ["23、有劳动能力的建档立卡贫困人口数（不含外出务工，人）：", "3412"],
    ["24、参加培训的建档立卡贫困人口数（人）：", "1906"],
    ["25、县政府网站专栏公示内容（多选）：", "创建方案┋项目基本信息┋项目建设进度┋征求意见或监督举报窗口"],
    ["26、能否统计电商扶贫情况？", "能"],
    ["27、下达省级专项资金（万元）：", "1500"], ["28、累计拨付资金（万元，截至考评截止日）：", "1186.42"],
    ["29、是否已制定资金管理制度？", "是"], ["30、是否已建立资金专用台账？", "是"],
    ["31、项目总体进度（%）：", "91"],
    ["32(方案制定)", "2"], ["32(政策支持)", "2"], ["32(项目管理制度)", "2"], ["32(工作台账)", "1"], ["32(网销调研)", "2"],
    ["32(网络促销活动)", "2"], ["32(交易标准及冷链、溯源系统)", "(空)"],
    ["33(资金管理制度)", "4"], ["33(资金台账)", "4"], ["33(资金及时拨付)", "5"],
    ["34、是否发生安全生产、质量事故或造成重大经济损失？", "否"], ["35、是否存在弄虚作假情况？", "否"],
    ["36、其他需要说明的情况：", "(空)"],
  ];
  const rows = [Q.map((q) => q[0]), Q.map((q) => q[1])];
  assert(Math.round(((10.92 - 8.37) / 8.37) * 10000) === 3047, "f1 growth 30.47%");
  assert(rows[0].length === 50 && rows[1].filter((v) => v === "(空)").length === 5, "f1 50 columns, five skipped answers");
  return {
    description:
      "韶关仁化县：市商务局用问卷星收集各示范县考评基础数据，这是仁化县那一行的导出（“按选项文本”导出）：第1行是题目（“5、常住人口（万人）：”，矩阵题拆成“32(方案制定)”“33(资金台账)”等列），第2行是答案，标签在上、值在下，前6列是问卷星自带的序号、提交答卷时间、所用时间、来源、IP，不是考评数据。多选题用“┋”连接选项，“其他〖县供销社、县邮政分公司〗”是其他项的填空；没选的选项即“否”（中心服务没选免费摄影美工和其他衍生增值服务）；“(空)”是跳过未答（快递覆盖、两项农产品零售额、交易标准评判项）。数值题单位在题目里（万人、亿元、万元、%），答案是纯数字文本。组长选“县长”（主要领导），但成员单位没有扶贫/乡村振兴部门。",
    sheets: [{ name: "问卷星导出", rows }],
    expect: {
      facts: {
        county: "仁化县", asOf: "2021-08-31", residentPopulation: 193800, adminVillagesStated: 107, poorVillagesStated: 18,
        planIssued: true, policyIssued: true, centerOpened: "2021-01-15", centerFreeTraining: true, centerDisplay: true,
        centerPhoto: false, centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true,
        ruralRetail2019: 837000000, ruralRetail2020: 1092000000, ruralRetailGrowthStated: 0.3047,
        trainingPersonTimesStated: 2186, eligiblePoorPersonsStated: 3412, trainedPoorPersonsStated: 1906,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 11864200, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.91,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 2, "fund.system": 4, "fund.ledger": 4, "fund.spending": 5,
      },
      leadership: "principal",
    },
  };
}

// =====================================================================================================
// f2 — 汕尾陆丰市: a 自查表 with 是/否 tick columns, values in a 填报数据 column and the city bureau's corrections
// written in a 修改说明 column beside them; some full-width digits.
// =====================================================================================================
function buildF2() {
  const rows = [];
  const merges = [];
  rows.push(["陆丰市电子商务进农村综合示范创建工作自查表"]);
  merges.push("A1:F1");
  rows.push(["填报单位：陆丰市商务局　　考评截止日期：2021年8月31日　　（市局审核后修改稿，修改内容见“修改说明”栏，以修改后为准）"]);
  merges.push("A2:F2");
  rows.push(["序号", "自查内容", "是", "否", "填报数据/情况说明", "修改说明"]);
  const sec = (t) => {
    rows.push([t, null, null, null, null, null]);
    merges.push(`A${rows.length}:F${rows.length}`);
  };
  let no = 0;
  const R = (item, yes, val, fix) => rows.push([++no, item, yes === true ? "√" : yes === "✔" ? "✔" : null, yes === false ? "√" : null, val ?? null, fix ?? null]);
  sec("一、组织领导");
  R("成立由市政府主要领导任组长、多部门参与的领导小组", true, "组长：市委副书记、市长；成员：市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局、市供销社");
  R("正式印发示范县创建工作方案", true, "陆府办函〔2019〕205号");
  R("出台支持农村电商发展的政策", true, "《陆丰市促进农村电子商务发展若干措施》");
  sec("二、基本数据");
  R("常住人口", null, "189.6万人", "原填户籍人口，按市局意见改为常住人口：１３８.４５万人（第七次全国人口普查）");
  R("行政村数（不含社区）", null, "265个");
  R("省定贫困村数", null, "４２个");
  R("2019年农村网络零售额", null, "21.36亿元");
  R("2020年农村网络零售额", null, "26.04亿元");
  R("2019年农产品网络零售额", null, "3.21亿元", "录入错误，更正为3.12亿元");
  R("2020年农产品网络零售额", null, "4.18亿元");
  sec("三、县级电子商务公共服务中心及产业园");
  R("县级电子商务公共服务中心已投入运营", true, "投入运营时间：2020年12月8日", "日期有误，更正为2020年12月28日");
  R("有免费培训场所、培训设备，能组织电商基础培训", true, "培训室2间，电脑60台");
  R("为特色农产品提供免费展示、销售服务", "✔", null);
  R("为电子商务市场主体提供免费摄影、美工服务", false, "摄影棚设备未到位");
  R("组织农产品统一推广、指导特色农产品品牌建设", true, "“陆丰甜薯”“碣石蒜头”区域品牌推广");
  R("为电子商务发展提供其他衍生增值服务", null, "—");
  R("建设或整合、优化当地电商产业园", true, "依托陆丰市电商孵化基地整合");
  sec("四、农村产品上行");
  R("当地有专业第三方电子商务运营或服务商", true, "汕尾市海丰电商服务有限公司陆丰分公司");
  R("行政村物流快递覆盖率100%", false, "尚有3个偏远行政村未通快递", "原勾选“是”，经市邮政管理部门核实，改为“否”");
  sec("五、电商人才培训");
  R("累计培训人次", null, "14,102人次");
  R("有劳动能力的建档立卡贫困人口（不含外出务工）", null, "6,284人");
  R("参加培训的建档立卡贫困人口", null, "3,507人");
  sec("六、信息公开及数据上报");
  R("政府网站专栏公示创建方案", true, null);
  R("专栏公示项目基本信息", true, null);
  R("专栏公示项目建设进度", true, "按月更新");
  R("专栏设立征求意见或监督举报窗口", true, "监督举报电话0660-88×××××");
  R("每月向汕尾市商务局报送工作情况", true, null);
  R("能统计电商扶贫情况", true, "月报附电商扶贫统计表");
  sec("七、财政资金管理");
  R("下达省级专项资金", null, "１５００万元");
  R("累计拨付资金", null, "1,152.3万元", "原数含9月拨付55.5万元，按截至8月31日口径更正为1,096.8万元");
  R("已制定资金管理制度", true, "陆财〔2020〕18号");
  R("已建立资金专用台账", true, null);
  R("项目总体进度", null, "86%");
  sec("八、一票否决事项");
  R("发生安全生产、质量事故，或造成重大经济损失和社会不良影响", false, null);
  R("弄虚作假", false, null);
  sec("九、评判项自评分");
  R("方案制定（1—2分）", null, "2分");
  R("政策支持（1—2分）", null, "1分");
  R("项目管理制度（1—2分）", null, "2分");
  R("工作台账（1—2分）", null, "2分");
  R("网销调研及针对性建议（1—2分）", null, "1分");
  R("网络促销活动（1—2分）", null, "2分");
  R("交易标准及冷链、溯源系统（1—2分）", null, "1分");
  R("资金管理制度（1—5分）", null, "4分");
  R("资金台账（1—5分）", null, "4分");
  R("资金及时拨付（1—5分）", null, "5分", "支出率未达80%，改为4分");
  rows.push(["填表人：林××　　审核：陈××　　市商务局审核人：黄××（2021年9月13日）"]);
  merges.push(`A${rows.length}:F${rows.length}`);
  assert(pct1(10968, 15000) === "73.1%" && pct1(11523 - 555, 15000) === "73.1%", "f2 spending after correction");
  assert(pct1(418 - 312, 312) === "34.0%" && pct1(2604 - 2136, 2136) === "21.9%", "f2 growth");
  const t = JSON.stringify(rows);
  assert(t.includes("１３８.４５万人") && t.includes("４２个") && t.includes("１５００万元"), "f2 full-width digits");
  return {
    description:
      "汕尾陆丰市商务局“自查表”（市局审核后的修改稿）：每项一行，“是”“否”两列打勾（√，一处✔），数值写在“填报数据/情况说明”列并带单位（“189.6万人”“21.36亿元”“1,152.3万元”，个别全角数字“４２个”“１５００万元”）；最右“修改说明”列是审核后的更正，以更正为准：常住人口由户籍189.6万改为“１３８.４５万人”（七普），2019年农产品网络零售额3.21亿改为3.12亿元，中心投入运营日期12月8日改为12月28日，快递覆盖由“是”改为“否”（勾已在否列），累计拨付改为截至8月31日的1,096.8万元，资金及时拨付5分改为4分。“其他衍生增值服务”两列都没勾（未作答）；“每月向市商务局报送”不是考评输入。组长市委副书记、市长，成员含商务、财政、农业农村、乡村振兴。",
    sheets: [{ name: "自查表", rows, merges }],
    expect: {
      facts: {
        county: "陆丰市", asOf: "2021-08-31", residentPopulation: 1384500, adminVillagesStated: 265, poorVillagesStated: 42,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-28", centerFreeTraining: true, centerDisplay: true,
        centerPhoto: false, centerBrand: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2019: 2136000000, ruralRetail2020: 2604000000, agriRetail2019: 312000000, agriRetail2020: 418000000,
        trainingPersonTimesStated: 14102, eligiblePoorPersonsStated: 6284, trainedPoorPersonsStated: 3507,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 10968000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.86,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 河源东源县: a 数据看板 (dashboard): value cards with the value ABOVE its label, done / not-done lists with ✔ / ✘,
// and the judged points and claimed points as sideways tables (names in one row, points in the row below).
// =====================================================================================================
function buildF3() {
  const rows = [];
  const merges = [];
  const full = (t, w) => {
    rows.push([t]);
    merges.push(`A${rows.length}:${colName((w || 8) - 1)}${rows.length}`);
  };
  full("东源县电子商务进农村综合示范创建　数据看板");
  full("考评截止日期：2021年8月31日　　更新：县商务局电商股　2021年9月9日");
  rows.push([]);
  const cards = (list) => {
    const v = [];
    const l = [];
    list.forEach(([val, lab], i) => {
      v.push(val, null);
      l.push(lab, null);
    });
    rows.push(v);
    const r = rows.length;
    rows.push(l);
    list.forEach((_, i) => merges.push(`${colName(2 * i)}${r}:${colName(2 * i + 1)}${r}`, `${colName(2 * i)}${r + 1}:${colName(2 * i + 1)}${r + 1}`));
    rows.push([]);
  };
  full("■ 基本情况");
  cards([["41.27", "常住人口（万人）"], ["261", "行政村（个）"], ["38", "省定贫困村（个）"], ["2020.11.26", "县级公共服务中心投入运营"]]);
  full("■ 服务体系");
  cards([["23家", "产业园入驻企业"], ["189", "站点覆盖行政村（个）"], ["72.4%", "行政村覆盖率"], ["38/38", "贫困村站点覆盖"]]);
  full("■ 人才培训");
  cards([["6,215", "累计培训（人次）"], ["4,027", "有劳动能力贫困人口（人，不含外出务工）"], ["2,163", "参训贫困人口（人）"], ["53.7%", "贫困人口培训率"]]);
  full("■ 农村产品上行");
  cards([["9.84亿", "2020年农村网络零售额"], ["+18.6%", "农村网络零售额同比增速"], ["2.95亿", "2020年农产品网络零售额"], ["+36.2%", "农产品网络零售额同比增速"]]);
  full("■ 资金");
  cards([["1500万", "下达省级专项资金"], ["1,163.5万", "累计拨付（截至8月31日）"], ["77.6%", "资金支出率"], ["93%", "项目总体进度"]]);
  assert(pct1(189, 261) === "72.4%" && pct1(2163, 4027) === "53.7%" && pct1(11635, 15000) === "77.6%", "f3 derived cards");
  full("■ 重点工作完成情况");
  rows.push(["✔ 已完成", null, null, null, "✘ 未完成／推进中", null, null, null]);
  merges.push(`A${rows.length}:D${rows.length}`, `E${rows.length}:H${rows.length}`);
  const DONE = [
    "县长任组长的领导小组（县商务、财政、农业农村、乡村振兴等部门参与）", "正式印发示范县创建工作方案", "出台农村电商发展扶持政策",
    "中心免费培训场所、培训设备", "特色农产品免费展示、销售", "免费摄影、美工服务", "农产品统一推广、品牌建设指导", "整合建设电商产业园",
    "引进专业第三方运营服务商", "专栏公示创建方案", "专栏公示项目基本信息", "专栏按月公示项目建设进度", "电商扶贫情况统计",
    "制定省级专项资金管理办法", "建立资金专用台账",
  ];
  const TODO = ["其他衍生增值服务（计划10月上线供应链金融服务）", "行政村物流快递全覆盖（尚有4个村未通）", "专栏征求意见／监督举报窗口（网站改版中）"];
  for (let i = 0; i < DONE.length; i++) {
    rows.push([`✔ ${DONE[i]}`, null, null, null, TODO[i] ? `✘ ${TODO[i]}` : null, null, null, null]);
    merges.push(`A${rows.length}:D${rows.length}`, `E${rows.length}:H${rows.length}`);
  }
  rows.push([]);
  full("■ 评判项自评（分）", 10);
  const J = [["方案制定", "org.plan", 2], ["政策支持", "org.policy", 2], ["项目管理制度", "org.management.system", 2], ["工作台账", "org.management.ledger", 2],
    ["网销调研", "work.upward.research", 1], ["网络促销", "work.upward.promotion", 2], ["交易标准及冷链溯源", "work.upward.standards", 1],
    ["资金管理制度", "fund.system", 4], ["资金台账", "fund.ledger", 5], ["资金及时拨付", "fund.spending", 4]];
  rows.push(J.map((j) => j[0]));
  rows.push(J.map((j) => j[2]));
  rows.push([]);
  full("■ 自评得分", 18);
  const G = [["组织领导与统筹协调", [["org.leadership", "组织领导", 2], ["org.plan", "方案制定", 2], ["org.policy", "政策支持", 2], ["org.management", "项目管理", 4]]],
    ["深入推动电子商务进农村", [["work.center", "县级中心与产业园", 14], ["work.coverage", "村级站点覆盖", 10], ["work.upward", "农村产品上行", 7], ["work.training", "电商人才培训", 20]]],
    ["信息公开及报送", [["info.disclosure", "信息公开", 2], ["info.reporting", "数据上报", 6]]],
    ["宣传推广", [["promo.cases", "案例总结", 2], ["promo.media", "经验推广", 5]]],
    ["财政资金管理", [["fund.system", "制度建立", 4], ["fund.ledger", "资金台账", 5], ["fund.spending", "资金支出", 4]]],
    ["加分项", [["bonus.poorTraining", "贫困人口培训率≥70%", 0], ["bonus.tvCase", "典型案例电视播报", 0]]]];
  const g1 = [];
  const g2 = [];
  const g3 = [];
  const claimed = {};
  const r0 = rows.length + 1;
  for (const [g, items] of G) {
    const c0 = g1.length;
    items.forEach(([id, n, p], i) => {
      g1.push(i === 0 ? g : null);
      g2.push(n);
      g3.push(p);
      claimed[id] = p;
    });
    if (items.length > 1) merges.push(`${colName(c0)}${r0}:${colName(g1.length - 1)}${r0}`);
  }
  const tot = sum(Object.values(claimed));
  g1.push("合计");
  g2.push(null);
  g3.push(tot);
  merges.push(`${colName(g1.length - 1)}${r0}:${colName(g1.length - 1)}${r0 + 1}`);
  rows.push(g1, g2, g3);
  assert(tot === 89 && g1.length === 18, "f3 claimed total 89 over 17 columns + 合计");
  rows.push([]);
  full("否决事项：未发生安全生产、质量事故及重大经济损失；无弄虚作假情况。");
  const judged = {};
  for (const [, k, v] of J) judged[k] = v;
  return {
    description:
      "河源东源县商务局做的“数据看板”：数字做成卡片，每张卡片两格合并，数值在上、标签在下（“41.27”下面是“常住人口（万人）”，“2020.11.26”下面是“县级公共服务中心投入运营”，“+36.2%”下面是“农产品网络零售额同比增速”，“1500万”“9.84亿”的单位在数值里）；入驻企业数、站点覆盖数、覆盖率、贫困人口培训率、资金支出率是看板上的派生数，不是考评输入。“重点工作完成情况”左右两栏：左栏“✔ 已完成”的各项为是，右栏“✘ 未完成／推进中”的各项（其他衍生增值服务、快递全覆盖、征求意见／监督举报窗口）为否；领导小组写在已完成栏里（县长任组长，商务、财政、农业农村、乡村振兴参与）。评判项和自评得分都是横排表：名称一行、分数在下一行，自评得分表上面还有一行合并的工作任务分组；否决事项是最后一句话。",
    sheets: [{ name: "数据看板", rows, merges }],
    expect: {
      facts: {
        county: "东源县", asOf: "2021-08-31", residentPopulation: 412700, adminVillagesStated: 261, poorVillagesStated: 38,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-26", centerFreeTraining: true, centerDisplay: true,
        centerPhoto: true, centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2020: 984000000, ruralRetailGrowthStated: 0.186, agriRetail2020: 295000000, agriRetailGrowthStated: 0.362,
        trainingPersonTimesStated: 6215, eligiblePoorPersonsStated: 4027, trainedPoorPersonsStated: 2163,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 11635000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.93,
        vetoIncident: false, vetoFraud: false,
      },
      judged,
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// l1 — 汕头南澳县: villages as the 统计用区划代码 export (town rows interleaved, type only in the name suffix and the codes),
// stations turned on their side (one station per column), a training roster exported from the skills-training system
// (date as a 培训期间 range, read at its end).
// =====================================================================================================
function buildL1() {
  const REGION = "440523";
  const TD = [["后宅镇", "100", ["后宅", "隆东", "隆南", "宫前", "山顶", "新村"], 9], ["云澳镇", "101", ["云澳", "中柱"], 6], ["深澳镇", "102", ["深澳", "金山"], 8]];
  const newName = villageNamer("东西南北前后上下大小龙金青白赤黄竹石", ["澳", "港", "湾", "屿", "埔", "园", "林", "岭", "坑", "埕", "角", "寮"]);
  const vRows = [["2021年统计用区划代码和城乡划分代码"], ["汕头市 > 南澳县（440523000000）"],
    ["统计用区划代码", "城乡分类代码", "名称", "是否省定贫困村（县商务局补充）", "快递进村（县商务局补充）"]];
  const vRecs = [];
  const towns = [];
  for (const [town, tc, cs, nv] of TD) {
    vRows.push([`440523${tc}000`, null, town, null, null]);
    const t = { town, cs: cs.map((c) => c + "社区"), vs: [] };
    cs.forEach((c, i) => {
      vRows.push([`440523${tc}${String(i + 1).padStart(3, "0")}`, i === 0 ? "121" : "122", `${c}社区居民委员会`, null, null]);
      vRecs.push({ name: `${c}社区`, admin: false });
    });
    for (let i = 0; i < nv; i++) {
      let v = newName();
      while (cs.some((c) => v.startsWith(c))) v = newName();
      t.vs.push(v);
    }
    towns.push(t);
  }
  const allV = towns.flatMap((t) => t.vs);
  const poor = new Set([towns[1].vs[4], towns[2].vs[6], towns[0].vs[7]]);
  const noEx = new Set([towns[2].vs[7], towns[1].vs[5]]);
  // rebuild rows in code order: town row, its communities, then its villages
  vRows.length = 3;
  vRecs.length = 0;
  TD.forEach(([town, tc, cs], ti) => {
    vRows.push([`440523${tc}000`, null, town, null, null]);
    cs.forEach((c, i) => {
      vRows.push([`440523${tc}${String(i + 1).padStart(3, "0")}`, i === 0 ? "121" : "122", `${c}社区居民委员会`, null, null]);
      vRecs.push({ name: `${c}社区`, admin: false });
    });
    towns[ti].vs.forEach((v, i) => {
      vRows.push([`440523${tc}${String(201 + i)}`, i % 3 === 0 ? "210" : "220", `${v.replace(/村$/, "")}村民委员会`, poor.has(v) ? "是" : "否", noEx.has(v) ? "✗" : "✓"]);
      vRecs.push({ name: v, admin: true, poor: poor.has(v), express: !noEx.has(v) });
    });
  });
  vRows.push(["注：代码第10—12位001—199为居委会，200—399为村委会；城乡分类代码121镇中心区、122镇乡接合区、210乡中心区、220村庄。"]);
  assert(allV.length === 23 && vRecs.length === 33, "l1 23 villages + 10 communities");

  // ---------------- stations turned on their side
  const ST = [];
  const pick = (ti, k) => towns[ti].vs[k];
  const SD = [
    [0, pick(0, 0), D("2020-09-25"), "2020-09-25"], [0, pick(0, 1), "2020年10月", "2020-10"], [0, pick(0, 3), "20.11.5", "2020-11-05"],
    [0, pick(0, 4), "2020/12/18", "2020-12-18"], [0, "隆南社区", D("2020-12-18"), "2020-12-18"], [0, pick(0, 6), "2021.1.12", "2021-01-12"],
    [0, pick(0, 7), "21.3.9", "2021-03-09"], [0, pick(0, 8), "2021年4月", "2021-04"], [1, pick(1, 0), D("2020-10-30"), "2020-10-30"],
    [1, pick(1, 2), "2021/3/18", "2021-03-18"], [1, pick(1, 4), "2021年5月20日", "2021-05-20"], [1, pick(1, 5), "2021年9月2日", "2021-09-02"],
    [2, pick(2, 0), "20.12.3", "2020-12-03"], [2, pick(2, 1), D("2021-01-26"), "2021-01-26"], [2, pick(2, 3), "2021.6.8", "2021-06-08"],
    [2, pick(2, 4), "2021年7月", "2021-07"], [2, pick(2, 6), "21.8.27", "2021-08-27"], [2, pick(2, 6), "2021/8/30", "2021-08-30"],
  ];
  for (const [ti, v, cell, iso] of SD) ST.push({ town: towns[ti].town, v, cell, iso });
  const LAB = ["站点名称", "所在镇", "所在村（社区）", "详细地址", "负责人", "联系电话", "建成时间", "服务内容", "备注"];
  const sRows = [["南澳县村级电子商务服务站点信息表"], ["项目"].concat(ST.map((_, i) => `站点${i + 1}`))];
  const cols = ST.map((s, i) => {
    const base = s.v.replace(/(村|社区)$/, "");
    const name = i === 17 ? `南澳县${base}海产电商服务点` : `南澳县${s.town.replace(/镇$/, "")}${base}电商服务站`;
    return [name, s.town, i % 5 === 2 ? `${base}村委会` : s.v, `${s.town}${s.v}${rint(1, 88)}号`, personName(), mask(phone()), s.cell,
      ["代购代销、快递收发", "海产品网上代销、快递代收", "代缴费、代购、快递收发"][rint(0, 2)], i === 17 ? "与站点17同村，专营海产" : i === 11 ? "9月新建" : null];
  });
  LAB.forEach((lab, k) => sRows.push([lab].concat(cols.map((c) => c[k]))));
  sRows.push(["注：每列一个站点；建成时间以挂牌为准。"]);
  const sRecs = ST.map((s) => ({ village: s.v, opened: s.iso }));
  assert(ST.length === 18 && sRows[1].length === 19, "l1 18 stations across columns B–S");

  // ---------------- training roster from the skills-training system
  const CL = [
    ["NA2020-01", "电子商务基础（网店运营）", "2020.11.16-2020.11.20", "2020-11-20", 28],
    ["NA2020-02", "电子商务基础（短视频）", "2020.12.7-12.11", "2020-12-11", 25],
    ["NA2021-01", "直播电商实操", "2021年3月1日至5日", "2021-03-05", 30],
    ["NA2021-02", "海产品网络营销", "2021.05.24—2021.05.28", "2021-05-28", 26],
    ["NA2021-03", "电商客服与物流", "2021/7/12-7/16", "2021-07-16", 24],
    ["NA2021-04", "直播电商提升", "2021.08.30-2021.09.03", "2021-09-03", 22],
  ];
  const pool = [];
  for (let i = 0; i < 130; i++) {
    const male = rnd() < 0.45;
    pool.push({ name: personName(), male, id: makeId(REGION, birthBetween(1968, 2002), male) });
  }
  const withX = pool.filter((p) => p.id.endsWith("X"));
  assert(withX.length >= 3, "l1 some IDs end in X");
  const tRows = [["南澳县电子商务培训学员花名册"],
    ["说明：1.本表由“广东省职业技能培训管理系统”导出后整理，按班级排列；2.培训期间为开班日至结业日；3.证件号码经学员本人核对；4.每班末行为小计。"],
    ["导出单位：南澳县商务局　　导出日期：2021-09-16"], [],
    ["序号", "班级编号", "培训项目", "姓名", "性别", "证件类型", "证件号码", "培训期间", "学时", "结业情况"]];
  const tRecs = [];
  let n = 0;
  let cursor = 0;
  for (const [code, item, period, end, cnt] of CL) {
    const members = [];
    for (let k = 0; k < cnt; k++) {
      if (k < 4 && cursor > 30) members.push(pool[rint(0, cursor - 1)]);
      else members.push(pool[cursor++ % pool.length]);
    }
    const uniq = [...new Set(members)];
    for (const p of uniq) {
      n++;
      const idCell = p.id.endsWith("X") && n % 2 === 0 ? lowerX(p.id) : p.id;
      tRows.push([n, code, item, p.name, p.male ? "男" : "女", "居民身份证", idCell, period, 40, rnd() < 0.7 ? "结业" : "合格"]);
      tRecs.push({ date: end, personTimes: 1, id: p.id });
    }
    tRows.push([null, null, `本班小计：${uniq.length}人`, null, null, null, null, null, null, null]);
  }
  assert(tRecs.length === n && n >= 140, "l1 roster " + n);
  assert(tRows.some((r) => typeof r[6] === "string" && r[6].endsWith("x")), "l1 a lower-case x");

  const notes = [["填表说明"], ["1.《区划代码》取自国家统计局2021年统计用区划代码，县商务局补充省定贫困村和快递进村两列。"],
    ["2.《站点信息》每列一个站点。"], ["3.《学员花名册》由系统导出，一人参加多个班的按班分别列出。"]];
  return {
    description:
      "汕头南澳县商务局台账工作簿。“区划代码”是国家统计局统计用区划代码的导出：12位代码、城乡分类代码、名称，镇的行（代码末三位000，如“后宅镇”）夹在村居之间，不是村；村居的类型只能从名称后缀（“××社区居民委员会”“××村民委员会”）和代码第10—12位看出；最右两列是商务局补充的“是否省定贫困村”（是/否）和“快递进村”（✓/✗），社区行空着。“站点信息”横着放：A列是字段名，每列一个站点（站点1—站点18），建成时间有日期格、“2020年10月”、两位年份“20.11.5”“21.3.9”、斜杠、“2021年9月2日”；一个社区站；最后两列是同一个村的两个站。“学员花名册”是技能培训系统导出：表头在一段说明之后（第5行），每人一行，“培训期间”是区间（“2020.12.7-12.11”“2021年3月1日至5日”“2021/7/12-7/16”“2021.08.30-2021.09.03”），按结业日读；每班末有“本班小计”行；一人参加多个班的重复出现；个别证件号码末位是小写x。“填表说明”不是台账。",
    sheets: [
      { name: "区划代码", rows: vRows, merges: ["A1:E1", "A2:E2", `A${vRows.length}:E${vRows.length}`] },
      { name: "站点信息", rows: sRows, merges: ["A1:S1", `A${sRows.length}:S${sRows.length}`] },
      { name: "学员花名册", rows: tRows, merges: ["A1:J1", "A2:J2", "A3:J3"] },
      { name: "填表说明", rows: notes },
    ],
    expect: {
      sheets: {
        "区划代码": { kind: "villages", records: vRecs },
        "站点信息": { kind: "stations", records: sRecs },
        "学员花名册": { kind: "training", records: tRecs },
        "填表说明": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 清远佛冈县: a cover sheet; the finance software's 三栏式 专项资金明细账 (year above the 月/日 columns, 本月合计 /
// 本年累计 / 结转 rows, the allocation received as 拨入); the website CMS export (other columns and a draft mixed in, newest
// first, date-times); the poverty information system's person export.
// =====================================================================================================
function buildL2() {
  const REGION = "441821";
  const cover = [["佛冈县电子商务进农村综合示范项目台账"], [], ["目　录"], ["1.专项资金明细账"], ["2.专栏信息发布记录"], ["3.贫困人口明细（系统导出）"], [],
    ["佛冈县商务局"], ["二〇二一年九月"]];

  // ---------------- 专项资金明细账
  const PAY = [
    ["2020-05-22", "记-031", "付县电商公共服务中心装修工程预付款", 1256000],
    ["2020-06-19", "记-044", "付村级电商站点建设款（第一批）", 986500],
    ["2020-06-30", "记-052", "付电商培训服务费（一期）", 214800],
    ["2020-08-14", "记-067", "付物流配送中心建设款", 1538260],
    ["2020-10-23", "记-089", "付公共服务中心设备采购款", 642350],
    ["2020-12-11", "记-112", "付县电商公共服务中心装修工程进度款", 1128000],
    ["2020-12-28", "记-121", "付村级电商站点建设款（第二批）", 873400],
    ["2021-01-15", "记-006", "付电商培训服务费（二期）", 265700],
    ["2021-03-26", "记-028", "付农产品溯源系统建设款", 468900],
    ["2021-04-30", "记-041", "付“佛冈好物”品牌推广服务费", 312600],
    ["2021-06-18", "记-063", "付物流配送中心建设进度款", 1024750],
    ["2021-07-23", "记-079", "付公共服务中心运营服务费（上半年）", 380000],
    ["2021-08-31", "记-092", "付村级电商站点建设款（第三批）", 756300],
    ["2021-09-17", "记-101", "付电商培训服务费（三期）", 288400],
  ];
  const RECEIPT = { iso: "2020-04-10", v: "记-018", s: "收到省级电子商务进农村综合示范专项资金（清财工〔2020〕21号）", amt: 15000000 };
  const INTEREST = [{ iso: "2020-12-21", v: "记-117", s: "专户利息收入", amt: 3286.45 }, { iso: "2021-06-21", v: "记-066", s: "专户利息收入", amt: 1752.18 }];
  const fRows = [["专项资金明细账"], ["科目：专项应付款——省级电子商务进农村综合示范资金　　　　单位：元"]];
  const fMerges = ["A1:G1", "A2:G2"];
  const hdr = (y) => {
    fRows.push([`${y}年`, null, "凭证号数", "摘要", "拨入金额", "支出金额", "结余"]);
    const r = fRows.length;
    fRows.push(["月", "日", null, null, null, null, null]);
    fMerges.push(`A${r}:B${r}`, `C${r}:C${r + 1}`, `D${r}:D${r + 1}`, `E${r}:E${r + 1}`, `F${r}:F${r + 1}`, `G${r}:G${r + 1}`);
  };
  const entries = [{ ...RECEIPT, kind: "in" }].concat(INTEREST.map((x) => ({ ...x, kind: "in" })),
    PAY.map(([iso, v, s, amt]) => ({ iso, v, s, amt, kind: "out" }))).sort((a, b) => byIso(a.iso, b.iso));
  let bal = 0;
  const fRecs = [];
  for (const y of ["2020", "2021"]) {
    hdr(y);
    let inY = 0;
    let outY = 0;
    if (y === "2021") fRows.push([1, 1, null, "上年结转", null, null, Math.round(bal * 100) / 100]);
    const ents = entries.filter((e) => e.iso.startsWith(y));
    const months = [...new Set(ents.map((e) => e.iso.slice(5, 7)))];
    for (const m of months) {
      let inM = 0;
      let outM = 0;
      for (const e of ents.filter((x) => x.iso.slice(5, 7) === m)) {
        const [, mm, dd] = ymd(e.iso);
        if (e.kind === "in") {
          inM += e.amt;
          bal += e.amt;
        } else {
          outM += e.amt;
          bal -= e.amt;
          fRecs.push({ date: e.iso, amount: e.amt });
        }
        fRows.push([mm, dd, e.v, e.s, e.kind === "in" ? e.amt : null, e.kind === "out" ? e.amt : null, Math.round(bal * 100) / 100]);
      }
      inY += inM;
      outY += outM;
      const r2 = (x) => Math.round(x * 100) / 100;
      fRows.push([null, null, null, "本月合计", r2(inM) || null, r2(outM) || null, r2(bal)]);
      fRows.push([null, null, null, "本年累计", r2(inY) || null, r2(outY) || null, r2(bal)]);
    }
    if (y === "2020") fRows.push([12, 31, null, "结转下年", null, null, Math.round(bal * 100) / 100]);
    fRows.push([]);
  }
  const outCut = sum(fRecs.filter((r) => r.date <= "2021-08-31").map((r) => r.amount));
  assert(fRecs.length === 14 && outCut === 9847560, "l2 13 payments by the cut-off, 9,847,560 yuan");
  assert(fRecs.some((r) => r.date === "2021-08-31") && fRecs.some((r) => r.date > "2021-08-31"), "l2 boundary and September payments");

  // ---------------- CMS export
  const ZL = "专题专栏>电子商务进农村综合示范";
  const posts = [
    ["佛冈县电子商务进农村综合示范县创建工作方案", `${ZL}>政策文件`, "2019-12-12 10:05:33", "已发布"],
    ["佛冈县电子商务进农村综合示范项目基本信息公示", `${ZL}>项目信息`, "2020-03-06 15:22:10", "已发布"],
    ["关于设立电子商务进农村综合示范项目监督举报电话的公告", `${ZL}>监督举报`, "2020-03-06 15:40:47", "已发布"],
  ];
  for (const m of monthsBetween("2020-04", "2021-08")) {
    const nm = monthsBetween(m, "2021-12")[1];
    const [y, mm] = ymd(m + "-01");
    if (m === "2020-11" || m === "2021-04") continue;
    posts.push([`佛冈县电子商务进农村综合示范项目建设进度（${y}年${mm}月）`, `${ZL}>项目进度`, `${nm}-${String(rint(3, 15)).padStart(2, "0")} ${hms()}`, "已发布"]);
  }
  posts.push(["佛冈县电子商务进农村综合示范项目建设进度（2021年8月）（草稿）", `${ZL}>项目进度`, null, "草稿"]);
  posts.push(["我县举办“佛冈好物”直播带货节", `${ZL}>工作动态`, "2020-12-22 17:08:16", "已发布"]);
  posts.push(["我县召开电子商务进农村综合示范工作推进会", "政务公开>部门动态>佛冈县商务局", "2021-05-14 11:26:02", "已发布"]);
  posts.push(["佛冈县村级电商服务站建设情况", "新闻中心>佛冈要闻", "2021-05-27 09:14:55", "已发布"]);
  posts.push(["佛冈县电子商务产业园新入驻企业签约", `${ZL}>工作动态`, "2021-06-25 10:12:40", "已发布"]);
  const sorted = posts.slice().sort((a, b) => (a[2] === null ? -1 : b[2] === null ? 1 : byIso(b[2], a[2])));
  const cRows = [["佛冈县人民政府门户网站 信息发布记录"], ["查询条件：标题含“电子商务”；站点：佛冈县人民政府门户网站；导出时间：2021-09-06 09:30"],
    ["序号", "信息标题", "所属栏目", "发布时间", "发布人", "状态", "浏览量"]];
  const cRecs = [];
  sorted.forEach(([title, col, at, status], i) => {
    cRows.push([i + 1, title, col, at ?? "—", status === "草稿" ? "商务局-李××" : ["商务局-李××", "商务局-何××"][rint(0, 1)], status, status === "草稿" ? 0 : rint(35, 860)]);
    if (status === "已发布" && col.startsWith(ZL)) cRecs.push({ date: at.slice(0, 10) });
  });
  const cMonths = new Set(cRecs.map((r) => r.date.slice(0, 7)));
  const anyMonths = new Set(posts.filter((p) => p[2]).map((p) => p[2].slice(0, 7)));
  assert(WINDOW.filter((m) => !cMonths.has(m)).join() === "2021-05", "l2 the column has no update in May 2021");
  assert(WINDOW.every((m) => anyMonths.has(m)), "l2 counting the other columns' items would fill every month");
  assert(cRecs.length === posts.length - 2 - 1, "l2 records = column items that are published");

  // ---------------- poverty information system export
  const TW = ["石角镇", "汤塘镇", "龙山镇", "迳头镇", "水头镇", "高岗镇"];
  const newName = villageNamer("石新上下大小东西南北龙黄高水", ["角", "塘", "岗", "坑", "头", "田", "岭", "湖", "洞", "埔"]);
  const vills = TW.map((t) => ({ t, v: [newName(), newName()] }));
  const pRows = [["贫困人口明细表"], ["导出条件：广东省>清远市>佛冈县；识别标准：全部；导出时间：2021-05-20 15:42:11；数据来源：全国扶贫开发信息系统"],
    ["序号", "县", "镇", "行政村", "户编号", "姓名", "证件号码", "与户主关系", "性别", "年龄", "劳动技能", "务工状况", "务工时间（月）"]];
  const pRecs = [];
  let pn = 0;
  const age = (iso) => 2021 - Number(iso.slice(0, 4)) - (iso.slice(5) > "05-20" ? 1 : 0);
  for (let h = 0; h < 24; h++) {
    const place = vills[rint(0, vills.length - 1)];
    const village = place.v[rint(0, 1)];
    const hid = `${REGION}${String(rint(100, 999))}${String(10000 + h * 37 + rint(0, 30))}`;
    const members = [];
    const headMale = rnd() < 0.8;
    members.push({ rel: "户主", male: headMale, birth: birthBetween(1955, 1985) });
    if (rnd() < 0.8) members.push({ rel: "配偶", male: !headMale, birth: birthBetween(1958, 1988) });
    const kids = rint(0, 3);
    for (let k = 0; k < kids; k++) {
      const male = rnd() < 0.5;
      members.push({ rel: male ? "之子" : "之女", male, birth: rnd() < 0.5 ? birthBetween(1995, 2002) : birthBetween(2006, 2016) });
    }
    if (rnd() < 0.35) {
      const father = rnd() < 0.5;
      members.push({ rel: father ? "之父" : "之母", male: father, birth: birthBetween(1932, 1950) });
    }
    const surname = SURNAMES[rint(0, SURNAMES.length - 1)];
    members.forEach((m, k) => {
      const id = makeId(REGION, m.birth, m.male);
      const a = age(m.birth);
      let skill;
      let work;
      if (a < 16 || a > 64) {
        skill = "无劳动力";
        work = null;
      } else if (rnd() < 0.1) {
        skill = "丧失劳动力";
        work = null;
      } else {
        skill = rnd() < 0.8 ? "普通劳动力" : "技能劳动力";
        const r = rnd();
        work = r < 0.3 ? "省外务工" : r < 0.55 ? "县外省内务工" : "未务工";
      }
      pn++;
      pRows.push([pn, "佛冈县", place.t, village, k === 0 ? hid : null, personName(["户主", "之子", "之女", "之父"].includes(m.rel) ? surname : undefined),
        id, m.rel, m.male ? "男" : "女", a, skill, work, work && work !== "未务工" ? rint(6, 12) : null]);
      pRecs.push({ id, labour: skill === "普通劳动力" || skill === "技能劳动力", migrant: work === null ? null : work !== "未务工" });
    });
  }
  pRows.push([`合计：24户${pn}人`]);
  for (const r of pRows.slice(3, -1)) {
    const id = r[6];
    const male = Number(id[16]) % 2 === 1;
    assert((r[8] === "男") === male, "l2 sex agrees with the ID number " + id);
    if (["之父", "之子"].includes(r[7])) assert(male, "l2 之父/之子 are male");
    if (["之母", "之女"].includes(r[7])) assert(!male, "l2 之母/之女 are female");
  }
  assert(pRecs.filter((p) => p.labour && p.migrant === false).length >= 10 && pRecs.some((p) => p.migrant === null), "l2 persons " + pn);
  assert(pRecs.filter((p) => p.migrant === true).length >= 8, "l2 migrant workers");

  return {
    description:
      "清远佛冈县商务局台账工作簿。“封面”是目录，不是台账。“专项资金明细账”是财务软件导出的三栏式明细账：年份写在表头“2020年”“2021年”（合并在“月|日”两列上方），每笔只有月、日两个数字，年份要从所在的那段读；“拨入金额”是收到的省级资金1,500万元和两笔利息收入，不是拨付；“支出金额”才是拨付记录；每月后有“本月合计”“本年累计”行，年末“结转下年”、次年“上年结转”，都不是记录；2021年8月31日一笔（当天）和9月17日一笔都在。“专栏信息发布记录”是网站后台按标题关键词导出的，新的在前，发布时间是“2021-03-08 10:21:45”这样的日期时间；只有“所属栏目”在“专题专栏>电子商务进农村综合示范”下且状态“已发布”的才是专栏更新，“政务公开>部门动态”“新闻中心”的两条和一条“草稿”（无发布时间）不算。“贫困人口明细”是全国扶贫开发信息系统导出：户编号只写在户主行，劳动技能为普通劳动力/技能劳动力（有劳动能力）或无劳动力/丧失劳动力，务工状况“省外务工”“县外省内务工”为外出务工、“未务工”为否，无劳动力的人务工状况空着（未填）。",
    sheets: [
      { name: "封面", rows: cover },
      { name: "专项资金明细账", rows: fRows, merges: fMerges },
      { name: "专栏信息发布记录", rows: cRows, merges: ["A1:G1", "A2:G2"] },
      { name: "贫困人口明细", rows: pRows, merges: ["A1:M1", "A2:M2"] },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "专项资金明细账": { kind: "funds", records: fRecs },
        "专栏信息发布记录": { kind: "disclosures", records: cRecs },
        "贫困人口明细": { kind: "poorPersons", records: pRecs },
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

const txt = (c) => JSON.stringify(c.sheets);
assert(txt(c1).includes("核实更正为") && txt(c1).includes("★") && txt(c1).includes("2021年8月30日—9月1日") && txt(c1).includes("[置顶]"), "c1 text");
assert(txt(f1).includes("┋") && txt(f1).includes("(空)") && txt(f1).includes("其他〖"), "f1 text");
assert(txt(f2).includes("修改说明") && txt(f2).includes("１３８.４５万人"), "f2 text");
assert(txt(f3).includes("✔ 已完成") && txt(f3).includes("✘ 未完成"), "f3 text");
assert(txt(l1).includes("440523100000") && txt(l1).includes("本班小计"), "l1 text");
assert(txt(l2).includes("本年累计") && txt(l2).includes("草稿") && txt(l2).includes("县外省内务工"), "l2 text");

write("counties", "b153-c1-jiaoling.json", c1);
write("facts", "b153-f1-renhua.json", f1);
write("facts", "b153-f2-lufeng.json", f2);
write("facts", "b153-f3-dongyuan.json", f3);
write("ledgers", "b153-l1-nanao.json", l1);
write("ledgers", "b153-l2-fogang.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
