// Batch 151 corpus generator (blind): written from /work/shared/design/ledgers.md, /work/shared/design/scoring-rules.md, the
// official indicator table (lechang-self-assessment-2021.txt) and test/corpus/README.md only; the helper/validation block is
// adapted from counties/_make/gen-b150.js. Deterministic: seeded PRNG, no clock.
"use strict";
// Cases:
// c1 平远县 (梅州): the facts sheet sets the mid-term (截至2020年8月31日) and final (截至2021年8月31日) values side by side
//    under a merged two-row header, with “同左”/“〃” ditto marks and “上年度” rows whose year depends on the column;
//    ledgers: one row per town with the villages joined by “、” in one cell, stations under a two-row header (建成/验收),
//    training sessions with 男/女/合计 person-times and year 小计 rows, a poor-trainee list naming the sessions (“第3期、第8期”),
//    a poor-person list with labour and migration in one column, park enterprises with the type as √ under type columns,
//    payments in 万元 grouped by category with 小计 rows, an outgoing-document register (发文登记簿) holding the monthly reports,
//    other letters and the case material, site updates with the year only in heading rows, media with a 级别 column.
// f1 南雄市 (韶关): the self-assessment report pasted from Word: one paragraph per row, numbers in running prose, a pasted
//    目标/完成 table, page-number lines, the self-scores in prose at the end.
// f2 惠来县 (揭阳): a printed registration form converted to Excel: ☑/■/□ check boxes, values on fill-in lines (＿＿326＿＿个),
//    a month-only date, one box pair left unticked, judged points as “□1分 ☑2分” / “□1 □2 □3 ☑4 □5”.
// f3 紫金县 (河源): a data reconciliation sheet: two source columns and an 采用数 column, a 县自查/市局复核/最终认定 checklist,
//    judged points, and the per-indicator self-scores as two horizontal strips.
// l1 阳山县 (清远): villages with one 类别 column (省定贫困村/一般行政村/社区) and town 小计 rows, a pivot summary (not a
//    ledger), poor persons with √ under 有/无 and 外出务工/未外出 column pairs and IDs with a leading apostrophe, online
//    meeting attendance exports (host rows, reconnects), payments by contract with up to three payments across each row.
// l2 潮安区 (潮州): a cover sheet, stations with the 挂牌 date split into 年/月/日 columns, enterprises with 迁出/退园 written
//    after the name, media as a level cross-tab (the title sits under its level), monthly reports with “M月D日” send dates
//    (year from the 报送月份), a CMS export with drafts, experience materials with month-only dates.
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
let seed = 151151;
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
    assert(/^b151-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b151-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b151-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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


// ---------------------------------------------------------------- extra helpers (batch 151)
function eightDigit(iso) {
  return iso.replace(/-/g, "");
}
function wan2(yuan) {
  // 元 (a multiple of 100) → "1,234.56" 万元, exact
  assert(Number.isInteger(yuan) && yuan % 100 === 0, "wan2 needs whole hundreds of yuan: " + yuan);
  const w = Math.floor(yuan / 10000);
  const r = (yuan % 10000) / 100;
  return fmtInt(w) + "." + String(r).padStart(2, "0");
}
assert(wan2(10500000) === "1,050.00" && wan2(368200) === "36.82", "wan2");
function cmpIso(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// =====================================================================================================
// c1 — 梅州平远县: a facts sheet with mid-term and final columns side by side; ledgers as the bureau keeps them.
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "441426";
  const townDefs = [
    ["大柘镇", 10, ["平城社区", "河背社区", "大柘社区", "超竹社区", "城南社区"]], ["仁居镇", 12, ["仁居社区"]], ["东石镇", 13, ["东石社区"]],
    ["石正镇", 9, ["石正社区"]], ["八尺镇", 11, ["八尺社区"]], ["差干镇", 10, ["差干社区"]], ["河头镇", 9, ["河头社区"]],
    ["中行镇", 8, ["中行社区"]], ["上举镇", 13, ["上举社区"]], ["泗水镇", 12, ["泗水社区"]], ["长田镇", 11, ["长田社区"]],
    ["热柘镇", 10, ["热柘社区"]],
  ];
  const newName = villageNamer("黄石大小上下东西南北新竹松梅桂龙凤锡甲高丰", [
    "畲", "坑", "塘", "坪", "岗", "岭", "田", "湖", "洞", "背", "头", "围", "坝", "径", "水", "溪", "寨", "排", "陂", "墩", "輋", "峰", "岌", "坳"]);
  const towns = townDefs.map(([town, n, cs]) => {
    const vs = [];
    for (let i = 0; i < n; i++) vs.push(newName());
    return { town, vs, cs };
  });
  const admin = towns.flatMap((t) => t.vs);
  const comms = towns.flatMap((t) => t.cs);
  const townOf = {};
  for (const t of towns) for (const v of t.vs.concat(t.cs)) townOf[v] = t.town;
  assert(admin.length === 128 && comms.length === 16, "c1 villages " + admin.length + "/" + comms.length);
  const rural = towns.slice(1).flatMap((t) => t.vs);
  const poorSet = new Set();
  while (poorSet.size < 16) poorSet.add(rural[rint(0, rural.length - 1)]);
  const tIdx = (v) => towns.findIndex((t) => t.town === townOf[v]);

  // ---------------- 镇村名单: one row per town, villages joined by 、 in one cell
  const vRows = [["平远县镇村名单"], ["（据县民政局2021年6月行政区划资料整理）"],
    ["序号", "镇", "行政村数（个）", "行政村名称", "社区居委会", "其中：省定贫困村"]];
  let variantDone = false;
  towns.forEach((t, i) => {
    const poorHere = t.vs.filter((v) => poorSet.has(v)).map((v) => {
      if (!variantDone) {
        variantDone = true;
        return v.replace(/村$/, "村委会");
      }
      return v;
    });
    vRows.push([i + 1, t.town, t.vs.length, t.vs.join("、"), t.cs.join("、"), poorHere.length ? poorHere.join("、") : "—"]);
  });
  vRows.push(["合计", null, admin.length, "—", `${comms.length}个`, `${poorSet.size}个`]);
  vRows.push(["注：社区居委会不属于行政村，不计入行政村数。"]);
  const vMerges = ["A1:F1", "A2:F2", `A${vRows.length - 1}:B${vRows.length - 1}`, `A${vRows.length}:F${vRows.length}`];
  assert(variantDone, "c1 one poor village written as 村委会");

  // ---------------- stations, two-row header
  const poorList = admin.filter((v) => poorSet.has(v));
  const lastPoor = poorList[poorList.length - 1]; // its only station opens in September
  const nonPoor = shuffle(admin.filter((v) => !poorSet.has(v)));
  const coveredEarly = poorList.filter((v) => v !== lastPoor).concat(nonPoor.slice(0, 89 - 15));
  const onCutVillage = nonPoor[74];
  const septVillage = nonPoor[75];
  assert(coveredEarly.length === 89 && !coveredEarly.includes(onCutVillage), "c1 89 early villages");
  const st = coveredEarly.map((v) => ({ v, iso: randIsoBetween("2020-06-01", "2021-07-31") }));
  st.push({ v: onCutVillage, iso: "2021-08-31", cutText: "21.8.31" });
  st.push({ v: lastPoor, iso: "2021-09-16", text: "2021.9.16" });
  st.push({ v: septVillage, iso: "2021-09", text: "2021年9月" });
  const twice = coveredEarly[20];
  st.push({ v: twice, iso: randIsoBetween("2021-03-01", "2021-07-20"), second: true });
  st.push({ v: "平城社区", iso: "2020-08-26", comm: true });
  st.push({ v: "河背社区", iso: "2020-11-12", comm: true });
  st.sort((a, b) => tIdx(a.v) - tIdx(b.v) || cmpIso(a.iso, b.iso));
  const sRows = [["平远县村级电子商务服务站点建设台账"], ["填报单位：平远县商务局　　　　　　　　　　　　截至2021年9月6日"],
    ["序号", "站点基本情况", null, null, "建设情况", null, null, "站点负责人", null],
    [null, "站点名称", "所在镇", "所在村（社区）", "建成时间", "验收时间", "验收结论", "姓名", "联系电话"]];
  const sMerges = ["A1:I1", "A2:I2", "A3:A4", "B3:D3", "E3:G3", "H3:I3"];
  let monthOnly = 0;
  st.forEach((s, i) => {
    let dc;
    if (s.cutText) dc = s.cutText;
    else if (s.text) dc = s.text;
    else {
      const k = i % 6;
      if (k === 0) dc = D(s.iso);
      else if (k === 1) dc = dotDate(s.iso);
      else if (k === 2) dc = eightDigit(s.iso);
      else if (k === 3) dc = slashDate(s.iso);
      else if (k === 4) dc = twoDot(s.iso);
      else if (s.iso <= "2021-07-31") {
        const [y, m] = ymd(s.iso);
        dc = `${y}年${m}月`;
        monthOnly++;
      } else dc = D(s.iso);
    }
    let acc = null;
    let verdict = "待验收";
    if (s.iso.length === 10) {
      const a = isoAdd(s.iso, rint(18, 70));
      if (a <= "2021-09-03") {
        acc = i % 2 ? dotDate(a) : D(a);
        verdict = "合格";
      }
    }
    const vcell = s.comm ? s.v + "居委会" : i % 7 === 3 ? s.v.replace(/村$/, "村委会") : s.v;
    const base = s.v.replace(/(村|社区)$/, "");
    const nm = `平远县${townOf[s.v].replace(/镇$/, "")}${base}${s.comm ? "社区" : "村"}电商服务站${s.second ? "（二）" : ""}`;
    sRows.push([i + 1, nm, townOf[s.v], vcell, dc, acc, verdict, personName(), mask(phone())]);
  });
  assert(monthOnly >= 5, "c1 some month-only station dates " + monthOnly);
  const stationAfterCut = st.find((s) => s.cutText);
  assert(stationAfterCut && sRows.some((r) => r[4] === "21.8.31" && r[5] === null), "c1 the cut-off station is not yet accepted");
  const covered = new Set(st.filter((s) => !s.comm && (s.iso.length === 10 ? s.iso <= CUT : s.iso <= "2021-08")).map((s) => s.v));
  assert(covered.size === 90 && [...covered].filter((v) => poorSet.has(v)).length === 15, "c1 coverage " + covered.size);
  assert(90 * 100 >= 70 * 128 && 89 * 100 < 70 * 128, "c1 90/128 = 70.3% ≥ 70%, without the 21.8.31 station 69.5%");

  // ---------------- training sessions: 男/女/合计, year 小计 rows
  const SES = [["2020-07-16", 1], ["2020-08-20", 1], ["2020-09-17", 1], ["2020-10-13", 2], ["2020-11-05", 1], ["2020-12-10", 1],
    ["2021-01-14", 1], ["2021-03-23", 3], ["2021-04-15", 1], ["2021-05-13", 1], ["2021-06-03", 1], ["2021-06-24", 1], ["2021-07-15", 1],
    ["2021-08-26", 1], ["2021-09-07", 2]];
  const TOPICS = ["电商基础知识普及", "网店开设与运营", "短视频拍摄与剪辑", "直播带货实操", "农产品品牌与包装", "平远脐橙网络营销",
    "梅菜干电商推广", "电商扶贫专场", "微信小店开设", "电商客服与售后", "农村电商创业", "电商带头人提升", "淘宝店铺装修", "社区团购运营",
    "电商数据分析"];
  const sessions = SES.map(([start, days], i) => ({ no: i + 1, start, end: isoAdd(start, days - 1), days, n: rint(125, 175), topic: TOPICS[i], poor: 0 }));
  const inCut = sessions.filter((s) => s.end <= CUT);
  const septS = sessions[14];
  assert(inCut.length === 14 && septS.end > CUT, "c1 14 sessions by the cut-off");
  let tot = sum(inCut.map((s) => s.n));
  let guard = 0;
  while (tot !== 2098) {
    const s = inCut[rint(0, inCut.length - 1)];
    const step = tot < 2098 ? 1 : -1;
    if (s.n + step < 110 || s.n + step > 190) continue;
    s.n += step;
    tot += step;
    assert(++guard < 100000, "c1 training fix");
  }
  septS.n = 61;
  for (const s of sessions) {
    s.male = Math.round(s.n * (0.38 + rnd() * 0.2));
    s.female = s.n - s.male;
  }

  // ---------------- poor persons
  const pvill = poorList.concat(rural.filter((v) => !poorSet.has(v)).slice(0, 24));
  const persons = [];
  const mk = (labour, migrant) => {
    const male = rnd() < 0.52;
    const birth = labour ? birthBetween(1963, 2001) : rnd() < 0.6 ? birthBetween(1936, 1957) : birthBetween(2007, 2016);
    const v = pvill[rint(0, pvill.length - 1)];
    persons.push({ name: personName(), male, id: makeId(REGION, birth, male), v, labour, migrant });
  };
  for (let i = 0; i < 240; i++) mk(true, false);
  for (let i = 0; i < 150; i++) mk(true, true);
  for (let i = 0; i < 110; i++) mk(false, false);
  const eligible = persons.filter((p) => p.labour && !p.migrant);
  const ordered = shuffle(persons).sort((a, b) => tIdx(a.v) - tIdx(b.v) || admin.indexOf(a.v) - admin.indexOf(b.v));
  const pRows = [["平远县建档立卡贫困人口花名册"], ["（县乡村振兴局2021年7月提供）"],
    ["序号", "镇", "村", "姓名", "性别", "身份证号码", "劳动力状况"]];
  let noneWord = 0;
  ordered.forEach((p, i) => {
    let st2;
    if (p.labour) st2 = p.migrant ? "有劳动能力（外出务工）" : "有劳动能力（在家）";
    else st2 = noneWord++ % 3 === 0 ? "丧失劳动能力" : "无劳动能力";
    pRows.push([i + 1, townOf[p.v], p.v.replace(/村$/, "村委会"), p.name, p.male ? "男" : "女", p.id, st2]);
  });
  assert(eligible.length === 240 && persons.length === 500, "c1 500 persons, 240 eligible");

  // ---------------- poor trainees: one row per person, sessions named in one cell
  const el = shuffle(eligible);
  const trainees = [];
  const pickIn = () => inCut[rint(0, inCut.length - 1)];
  for (let i = 0; i < 119; i++) {
    const k = rnd() < 0.62 ? 1 : rnd() < 0.75 ? 2 : 3;
    const set = new Set();
    while (set.size < k) set.add(pickIn());
    if (i < 4) set.add(septS); // four of them also came in September
    trainees.push({ p: el[i], ses: [...set] });
  }
  trainees.push({ p: el[119], ses: [septS] }); // eligible, trained only after the cut-off
  const mig = persons.filter((p) => p.migrant);
  const none = persons.filter((p) => !p.labour);
  for (const p of mig.slice(0, 3)) trainees.push({ p, ses: [pickIn()] });
  for (const p of none.slice(0, 2)) trainees.push({ p, ses: [pickIn()] });
  for (const t of trainees) {
    t.ses.sort((a, b) => a.no - b.no);
    for (const s of t.ses) s.poor++;
  }
  for (const s of sessions) assert(s.poor <= s.n && s.poor > 0, "c1 poor within session " + s.no);
  const trOrdered = trainees.slice().sort((a, b) => tIdx(a.p.v) - tIdx(b.p.v) || admin.indexOf(a.p.v) - admin.indexOf(b.p.v));
  const trRows = [["平远县建档立卡贫困人口参加电商培训名单"], ["序号", "姓名", "性别", "身份证号码", "镇", "村", "参训期次", "参训次数"]];
  trOrdered.forEach((t, i) => trRows.push([i + 1, t.p.name, t.p.male ? "男" : "女", t.p.id, townOf[t.p.v], t.p.v, t.ses.map((s) => `第${s.no}期`).join("、"), t.ses.length]));
  trRows.push(["合计", null, null, null, null, null, `${trainees.length}人`, sum(trainees.map((t) => t.ses.length))]);
  trRows.push(["注：参训期次对应《培训台账》期次；人次已计入培训台账“其中建档立卡贫困人口”栏。"]);
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedByCut = new Set(trainees.filter((t) => eligIds.has(t.p.id) && t.ses.some((s) => s.end <= CUT)).map((t) => t.p.id));
  const trainedAny = new Set(trainees.filter((t) => eligIds.has(t.p.id)).map((t) => t.p.id));
  assert(trainedByCut.size === 119 && trainedAny.size === 120, "c1 119 trained by the cut-off, 120 with September");
  assert(119 * 100 < 50 * 240 && 120 * 100 >= 50 * 240 && 119 * 100 >= 40 * 240, "c1 49.6% → 8; with September 50% → 10");
  const poorTimesByCut = sum(trainees.map((t) => t.ses.filter((s) => s.end <= CUT).length));
  assert(poorTimesByCut * 100 >= 70 * 240, "c1 person-times of the poor would be ≥ 70% (bonus trap) " + poorTimesByCut);

  const tRows = [["平远县电子商务培训情况登记表"], ["单位：人次"],
    ["期次", "培训时间", "培训内容", "培训地点", "参训人次", null, null, "其中建档立卡贫困人口", "备注"],
    [null, null, null, null, "男", "女", "合计", null, null]];
  const tMerges = ["A1:I1", "A2:I2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "H3:H4", "I3:I4"];
  const places = ["县电子商务公共服务中心", "县委党校", "县职业技术学校"];
  const sesText = (s, i) => {
    const [y, m, d] = ymd(s.start);
    if (s.days === 2) return `${y}.${m}.${d}-${ymd(s.end)[2]}`;
    if (s.days === 3) return `${y}.${m}.${d}—${ymd(s.end)[2]}`;
    return i % 3 === 0 ? D(s.start) : i % 3 === 1 ? cnDate(s.start) : dotDate(s.start);
  };
  const subtotal = (label, list) => tRows.push([label, null, null, null, sum(list.map((s) => s.male)), sum(list.map((s) => s.female)), sum(list.map((s) => s.n)),
    sum(list.map((s) => s.poor)), null]);
  const y2020 = sessions.filter((s) => s.start < "2021");
  const y2021 = sessions.filter((s) => s.start >= "2021");
  y2020.forEach((s) => tRows.push([`第${s.no}期`, sesText(s, s.no), s.topic + "培训", places[rint(0, 2)], s.male, s.female, s.n, s.poor, null]));
  subtotal("2020年小计", y2020);
  tMerges.push(`A${tRows.length}:D${tRows.length}`);
  y2021.forEach((s) => tRows.push([`第${s.no}期`, sesText(s, s.no), s.topic + "培训", s.no === 8 ? "东石镇政府会议室" : places[rint(0, 2)], s.male, s.female, s.n, s.poor,
    s === septS ? "9月份举办" : null]));
  subtotal("2021年小计", y2021);
  tMerges.push(`A${tRows.length}:D${tRows.length}`);
  subtotal("总计", sessions);
  tMerges.push(`A${tRows.length}:D${tRows.length}`);
  assert(sum(sessions.map((s) => s.n)) === 2159, "c1 total with September 2,159");
  assert(2098 * 1000 < 213500 * 10 && 2098 * 1000 >= 213500 * 8 && 2159 * 1000 >= 213500 * 10, "c1 2,098/213,500 = 0.98% → 8; with September 10");

  // ---------------- park enterprises, type as √ under type columns
  const ENTS = [
    ["平远县客都优品电子商务有限公司", "平台型", "2020-06-18"], ["平远县脐橙之乡网络科技有限公司", "销售型", "2020-06-18"],
    ["平远县梅顺快递服务有限公司", "物流企业", "2020-07-02"], ["平远县大柘青创电商工作室", "销售型", "2020-07-20"],
    ["梅州市云上农品电子商务有限公司", "电商运营商", "2020-08-11"], ["平远县仁居梅菜干网店", "销售型", "2020-09-03"],
    ["平远县八尺土特产电子商务有限公司", "销售型", "2020-09-25"], ["平远县优客直播传媒有限公司", "电商运营商", "2020-10-16"],
    ["平远县邮政快递物流服务中心", "物流企业", "2020-11-10"], ["平远县东石茶叶网络商行", "销售型", "2020-11-10"],
    ["平远县泗水高山茶电子商务有限公司", "销售型", "2020-12-08"], ["平远县农旅通平台运营有限公司", "平台型", "2021-01-06"],
    ["平远县差干腊味电商合作社", "销售型", "2021-01-22"], ["平远县冷鲜达冷链物流有限公司", "物流企业", "2021-03-09"],
    ["平远县数联电商服务有限公司", "电商运营商", "2021-03-30"], ["平远县热柘蜂蜜电子商务有限公司", "销售型", "2021-04-21", "2021-05-28"],
    ["平远县石正淮山网店", "销售型", "2021-05-12"], ["平远县长田柿饼电子商务有限公司", "销售型", "2021-06-02"],
    ["平远县乡品汇代运营有限公司", "电商运营商", "2021-06-23"], ["平远县上举灵芝网络商行", "销售型", "2021-07-14"],
    ["平远县中行竹笋电商工作室", "销售型", "2021-08-18"], ["平远县河头客家娘酒电子商务有限公司", "销售型", "2021-09-09"],
  ];
  const codes = ENTS.map(() => creditCode(REGION));
  const eRows = [["平远县电子商务产业园入驻企业名单"],
    ["序号", "企业名称", "统一社会信用代码", "企业类型（打“√”）", null, null, null, null, "入驻时间", "备注"],
    [null, null, null, "平台型", "销售型", "电商运营商", "物流企业", "其他", null, null]];
  const TYPES = ["平台型", "销售型", "电商运营商", "物流企业"];
  const eRow = (i, [n, t, en, lf], code, note) => {
    const ticks = TYPES.map((x) => (x === t ? "√" : null));
    return [i, n, code, ...ticks, null, i % 2 ? cnDate(en) : dotDate(en), note];
  };
  let k = 0;
  ENTS.forEach((e, i) => {
    const note = e[3] ? `${cnDate(e[3])}退园` : e[2] > CUT ? "9月新入驻" : null;
    eRows.push(eRow(++k, e, codes[i], note));
    if (i === 9) {
      // the same company listed again after moving to zone B
      const moved = ENTS[1];
      eRows.push([++k, moved[0], codes[1], null, "√", null, null, null, "2021.3.1", "由A区迁至B区（与序号2为同一企业）"]);
    }
  });
  const eMerges = ["A1:J1", "A2:A3", "B2:B3", "C2:C3", "D2:H2", "I2:I3", "J2:J3"];
  const atCut = ENTS.map((e, i) => ({ e, code: codes[i] })).filter(({ e }) => e[2] <= CUT && !(e[3] && e[3] <= CUT));
  assert(eRows.length - 3 === 23 && new Set(atCut.map((x) => x.code)).size === 20, "c1 park: 23 rows, 20 distinct at the cut-off");
  assert(new Set(atCut.map((x) => x.e[1])).size === 4, "c1 four types");

  // ---------------- funds in 万元, grouped with 小计 rows
  const CATS = [
    ["公共服务中心建设", [["2020-05-26", "县电子商务公共服务中心装修工程款（一期）", "梅州市恒建装饰工程有限公司", 1286000],
      ["2020-09-18", "公共服务中心设备采购款", "广东粤信科技有限公司", 468300], ["2021-03-12", "县电子商务公共服务中心装修工程款（二期）", "梅州市恒建装饰工程有限公司", 642000],
      ["2021-07-28", "公共服务中心运营服务费（2020年度）", "梅州市云上农品电子商务有限公司", 360000]]],
    ["村级站点建设", [["2020-08-14", "村级电商服务站点建设款（第一批）", "平远县供销电子商务有限公司", 824600],
      ["2020-12-22", "村级电商服务站点建设款（第二批）", "平远县供销电子商务有限公司", 937500], ["2021-05-20", "村级电商服务站点建设款（第三批）", "平远县供销电子商务有限公司", 718200],
      ["2021-09-10", "村级电商服务站点建设款（第四批）", "平远县供销电子商务有限公司", 386000]]],
    ["物流体系建设", [["2020-10-22", "县级物流分拨中心建设款", "平远县梅顺快递服务有限公司", 1520000],
      ["2021-01-19", "镇村物流配送车辆购置款", "梅州市广汽商贸有限公司", 586000], ["2021-06-30", "物流快递打单设备采购款", "广东粤信科技有限公司", 193400]]],
    ["电商人才培训", [["2020-11-20", "电商培训服务费（第一期）", "梅州市云上农品电子商务有限公司", 218700],
      ["2021-04-23", "电商培训服务费（第二期）", "梅州市云上农品电子商务有限公司", 226500], ["2021-08-27", "电商培训服务费（第三期）", "梅州市云上农品电子商务有限公司", null]]],
    ["品牌推广及营销", [["2021-01-08", "平远脐橙网络促销活动费", "平远县优客直播传媒有限公司", 265800],
      ["2021-06-11", "区域公共品牌设计推广费", "梅州市创意品牌策划有限公司", 318000], ["2021-09-03", "年货节网络促销活动费", "平远县优客直播传媒有限公司", 174500]]],
    ["冷链及溯源体系", [["2021-02-26", "冷链设备采购款", "平远县冷鲜达冷链物流有限公司", 986000],
      ["2021-05-07", "农产品溯源系统建设款", "广东禾丰数字农业科技有限公司", 472000], ["2021-09-15", "冷链及溯源系统运维服务费", "广东禾丰数字农业科技有限公司", 384000]]],
  ];
  const TARGET = 10500000;
  const all = CATS.flatMap((c) => c[1]);
  const hole = all.find((p) => p[3] === null);
  hole[3] = TARGET - sum(all.filter((p) => p[0] <= CUT && p[3] !== null).map((p) => p[3]));
  assert(hole[3] > 150000 && hole[3] < 500000 && hole[3] % 100 === 0, "c1 balancing payment " + hole[3]);
  const fRows = [["平远县电子商务进农村综合示范项目专项资金拨付台账"], ["单位：万元"],
    ["序号", "拨付日期", "项目类别", "项目内容", "收款单位", "拨付金额", "凭证号"]];
  const fMerges = ["A1:G1", "A2:G2"];
  let no = 0;
  for (const [cat, list] of CATS) {
    list.forEach(([iso, memo, payee, amt], j) => {
      no++;
      fRows.push([no, no % 2 ? D(iso) : dotDate(iso), j === 0 ? cat : "〃", memo, payee, wan2(amt), `记-${iso.slice(2, 4)}${iso.slice(5, 7)}-${String(rint(1, 60)).padStart(3, "0")}`]);
    });
    fRows.push([null, null, `${cat}小计`, null, null, wan2(sum(list.map((p) => p[3]))), null]);
  }
  const grand = sum(all.map((p) => p[3]));
  fRows.push(["合计", null, null, null, null, wan2(grand), null]);
  fRows.push(["注：2021年9月拨付3笔共94.45万元，计入合计数。"]);
  const spentCut = sum(all.filter((p) => p[0] <= CUT).map((p) => p[3]));
  const sept = all.filter((p) => p[0] > CUT);
  assert(spentCut === TARGET && spentCut * 100 === 70 * 15000000, "c1 spending exactly 70%");
  assert(sum(sept.map((p) => p[3])) === 944500 && sept.length === 3, "c1 September 94.45万");

  // ---------------- outgoing document register: monthly reports, other letters, the case material
  const docs = [];
  for (const m of monthsBetween("2020-07", "2021-07")) {
    if (m === "2021-05") continue; // sent together with June in July
    const nm = monthsBetween(m, "2021-12")[1];
    const [y, mm] = ymd(m + "-01");
    const title = m === "2021-06" ? `平远县2021年5—6月电子商务进农村工作月报` : `平远县${y}年${mm}月电子商务进农村工作月报`;
    docs.push({ iso: `${nm}-${String(rint(3, 9)).padStart(2, "0")}`, title: title + (m >= "2020-10" ? "（附电商扶贫统计表）" : ""), to: "梅州市商务局", report: true });
  }
  docs.push({ iso: "2020-09-22", title: "关于申请拨付电子商务进农村综合示范项目资金的请示", to: "平远县财政局" });
  docs.push({ iso: "2021-01-26", title: "关于2020年度电子商务进农村综合示范工作总结的报告", to: "平远县人民政府" });
  docs.push({ iso: "2021-05-20", title: "关于报送平远县电子商务进农村综合示范典型经验材料的函", to: "梅州市商务局", material: true });
  docs.push({ iso: "2021-06-18", title: "关于电子商务进农村综合示范创建工作进展情况的报告", to: "平远县人民政府" });
  docs.push({ iso: "2021-09-06", title: "平远县2021年8月电子商务进农村工作月报（附电商扶贫统计表）", to: "梅州市商务局", report: true });
  docs.sort((a, b) => cmpIso(a.iso, b.iso));
  const dRows = [["平远县商务局发文登记簿（电子商务）"], ["序号", "文号", "发文日期", "文件标题", "主送单位", "份数", "经办人"]];
  const docNo = {};
  docs.forEach((d, i) => {
    const [y] = ymd(d.iso);
    let wh = null;
    if (!d.report) {
      docNo[y] = (docNo[y] || (y === 2020 ? 31 : 2)) + rint(3, 14);
      wh = `平商务〔${y}〕${docNo[y]}号`;
    }
    dRows.push([i + 1, wh, i % 2 ? cnDate(d.iso) : D(d.iso), d.title, d.to, rint(1, 3), personName()]);
  });
  const repMonths = new Set(docs.filter((d) => d.report).map((d) => d.iso.slice(0, 7)));
  const anyMonths = new Set(docs.map((d) => d.iso.slice(0, 7)));
  assert(WINDOW.filter((m) => repMonths.has(m)).length === 11 && !repMonths.has("2021-06"), "c1 reports: June 2021 has none");
  assert(WINDOW.every((m) => anyMonths.has(m)), "c1 counting every letter would fill June");

  // ---------------- site-column updates, year only in heading rows
  const ups = [["2019-12-18", "平远县电子商务进农村综合示范县创建工作方案", "创建方案"], ["2020-03-25", "平远县电子商务进农村综合示范项目基本信息公开", "项目信息"]];
  for (const m of monthsBetween("2020-05", "2021-07")) {
    const nm = monthsBetween(m, "2021-12")[1];
    const [y, mm] = ymd(m + "-01");
    ups.push([`${nm}-${String(rint(6, 20)).padStart(2, "0")}`, `平远县电子商务进农村综合示范项目建设进度（${y}年${mm}月）`, "建设进度"]);
  }
  ups.push(["2021-04-09", "关于设立电子商务进农村综合示范项目监督举报电话的公告", "监督举报"]);
  ups.sort((a, b) => cmpIso(a[0], b[0]));
  const uRows = [["平远县人民政府网“电子商务进农村”专栏更新记录"], ["序号", "发布日期", "标题", "栏目"]];
  let curY = null;
  let un = 0;
  for (const [iso, title, col] of ups) {
    const [y] = ymd(iso);
    if (y !== curY) {
      uRows.push([`${y}年`]);
      curY = y;
    }
    uRows.push([++un, md(iso), title, col]);
  }
  const upMonths = new Set(ups.map((u) => u[0].slice(0, 7)));
  assert(WINDOW.every((m) => upMonths.has(m)), "c1 monthly updates");

  // ---------------- media with a level column
  const mRows = [["平远县电子商务进农村宣传报道情况统计"], ["序号", "报道日期", "媒体名称", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
  mRows.push([1, "2020.11.20", "平远县融媒体中心《平远新闻》", "县级", "电视", "我县启动电子商务进农村综合示范创建", "否"]);
  mRows.push([2, D("2021-01-08"), "梅州日报", "市级", "报纸", "平远脐橙搭上电商快车", "否"]);
  mRows.push([3, "2021年4月22日", "南方日报", "省级", "报纸", "平远：村级电商站成了“致富站”", "否"]);
  mRows.push([4, "2021.6.18", "广东广播电视台《广东新闻联播》", "省级", "电视", "平远脱贫户直播卖梅菜干", "是"]);
  mRows.push([5, D("2021-07-12"), "人民日报客户端", "中央", "网络", "广东平远：电商让山货走出大山", "是"]);
  mRows.push([6, "2021年9月2日", "中央广播电视总台农业农村频道", "中央", "电视", "平远：小站点连起致富路", "是"]);

  // ---------------- the facts sheet: mid-term and final columns
  const F = [];
  const fM = ["A1:F1", "A2:F2", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:F4"];
  F.push(["平远县电子商务进农村综合示范创建基本情况表（中期、终期对照）"]);
  F.push(["填报单位：平远县商务局（盖章）　　　　　　　　填报日期：2021年9月6日"]);
  F.push(["序号", "项目", "单位", "填报数据", null, "备注"]);
  F.push([null, null, null, "中期评估（截至2020年8月31日）", "终期考评（截至2021年8月31日）", null]);
  let fn = 0;
  const sec = (t) => {
    F.push([t]);
    fM.push(`A${F.length}:F${F.length}`);
  };
  const r = (label, unit, mid, fin, note) => F.push([++fn, label, unit, mid, fin, note || null]);
  sec("一、基本情况");
  r("常住人口", "万人", 23.06, 21.35, "中期为2019年末统计数，终期为第七次全国人口普查数");
  r("行政村数（不含社区居委会）", "个", 128, "同左");
  r("省定贫困村数", "个", 16, "〃");
  r("示范创建领导小组组长", "—", "副县长", "县长", "2021年3月调整领导小组，由县长任组长");
  r("领导小组成员单位", "—", "县商务局、县财政局、县农业农村局", "县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、平远邮政分公司");
  r("示范县工作方案正式印发", "是/否", "是", "同左", "平府办〔2019〕63号");
  r("出台支持农村电商发展的政策", "是/否", "否", "是", "2020年11月出台《平远县促进农村电子商务发展扶持办法》");
  sec("二、县级电子商务公共服务中心与产业园");
  r("公共服务中心投入运营日期", "—", "2020年6月18日", "同左");
  r("有免费培训场所、培训设备，能组织电商基础培训", "是/否", "是", "是");
  r("为特色农产品提供免费展示、销售服务", "是/否", "是", "是");
  r("为电子商务市场主体提供免费摄影、美工服务", "是/否", "否", "是", "2020年12月摄影室投入使用");
  r("组织农产品统一推广、指导特色农产品品牌建设", "是/否", "是", "是");
  r("为电子商务发展提供其他衍生增值服务", "是/否", "是", "〃");
  r("建设或整合、优化当地电商产业园", "是/否", "在建", "是");
  r("产业园入驻企业", "家", 9, 20);
  sec("三、农村产品上行");
  r("有专业第三方电子商务运营或服务商", "是/否", "是", "是");
  r("行政村物流快递覆盖率达100%", "是/否", "否", "是");
  r("上年度农村网络零售额", "万元", "15,230", "18,650", "中期填2019年数，终期填2020年数");
  r("上年度农村网络零售额同比增长", "%", 18.2, 22.5, "同上");
  r("上年度农产品网络零售额", "万元", "5,120", "6,574", "同上");
  r("上年度农产品网络零售额同比增长", "%", 24.6, 28.4, "同上");
  assert(pct1(18650 - 15230, 15230) === "22.5%" && pct1(6574 - 5120, 5120) === "28.4%", "c1 growth rows match the amounts");
  sec("四、电商人才培训");
  r("累计培训人次", "人次", "1,046", "2,098");
  r("有劳动能力的建档立卡贫困人口（不含外出务工）", "人", 251, 240);
  r("参加培训的建档立卡贫困人口", "人", 63, 119, "按身份证号去重");
  sec("五、信息公开与数据报送");
  r("县政府网站专栏公示创建方案", "是/否", "是", "是");
  r("专栏公示项目基本信息", "是/否", "是", "同左");
  r("专栏按月公示项目建设进度", "是/否", "否", "是");
  r("专栏设立征求意见或监督举报窗口", "是/否", "否", "是", "2021年4月增设监督举报电话");
  r("能统计电商扶贫情况", "是/否", "否", "是");
  sec("六、资金管理");
  r("下达省级专项资金", "万元", "1,500", "同左");
  r("累计拨付资金", "万元", "423.60", "1,050.00");
  r("已制定资金管理制度", "是/否", "是", "是");
  r("已建立资金专用台账", "是/否", "是", "是");
  r("项目总体进度", "%", 35, 90);
  sec("七、评判类指标自评分");
  r("方案制定（1-2分）", "分", 2, 2);
  r("政策支持（1-2分）", "分", "—", 1);
  r("项目管理制度（1-2分）", "分", 1, 2);
  r("工作台账（1-2分）", "分", 1, 2);
  r("网销调研并形成建议（1-2分）", "分", 1, 2);
  r("网络促销活动成效（1-2分）", "分", "—", 2);
  r("交易标准及冷链、溯源系统（1-2分）", "分", "—", 1);
  r("资金管理制度（1-5分）", "分", 3, 4);
  r("资金台账（1-5分）", "分", 3, 4);
  r("资金及时拨付（1-5分）", "分", "—", 4);
  sec("八、一票否决事项");
  r("发生安全生产、质量事故或重大经济损失", "有/无", "无", "无");
  r("存在弄虚作假", "有/无", "无", "无");
  F.push(["注：“同左”“〃”表示与中期评估数据相同；“—”表示中期未填报。"]);
  fM.push(`A${F.length}:F${F.length}`);
  F.push(["填表人：钟××　　　　审核人：黄××"]);
  fM.push(`A${F.length}:F${F.length}`);

  // ---------------- expectation
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 2,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 2 + 1, "work.coverage": 5 + 3, "work.upward": 2 + 2 + 1 + 1 + 1 + 0,
    "work.training": 8 + 8, "info.disclosure": 2 + 2, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  const total = scored + bonus;
  assert(scored === 85 && total === 86, "c1 total " + scored + "/" + total);
  const onCutRow = sRows.findIndex((x) => x[4] === "21.8.31") + 1;
  const lastPoorRow = sRows.findIndex((x) => x[4] === "2021.9.16") + 1;
  const derivation = [
    "org.leadership: 终期考评栏组长“县长”（主要领导；中期栏的“副县长”已于2021年3月调整），成员单位含县商务局、县财政局、县农业农村局、县乡村振兴局 → 2",
    "org.plan: 方案已印发（终期“同左”即“是”），终期自评2 → 2",
    "org.policy: 终期“是”已出台政策，终期自评1（中期“—”未填）→ 1",
    "org.management: 终期项目管理制度2 + 工作台账2 → 4（中期的1、1不用）",
    "work.center: 中心2020年6月18日投入运营（终期“同左”）≤截止日(2)，≤2021-02-28满6个月(2)；免费培训(2)、展示销售(1)；免费摄影美工终期“是”(1)（中期“否”）；品牌推广(1)；其他增值服务终期“〃”=是(1)；产业园终期“是”(2)；入驻企业名单23行：序号11是序号2同一企业迁区（统一社会信用代码相同），热柘蜂蜜2021年5月28日退园，河头客家娘酒2021年9月9日才入驻 → 截止日在园20家(2)；类型按√列：平台型、销售型、电商运营商、物流企业四类(1)；合计15",
    `work.coverage: 镇村名单一镇一行，行政村名称用“、”连在一格，共128个行政村（社区居委会16个不算）；站点台账${st.length}行（两行表头，取“建成时间”，不看验收时间）：平城、河背两个社区站不算，${twice}有两个站只算一次，${septVillage}“2021年9月”、${lastPoor}“2021.9.16”在截止日之后；第${onCutRow}行“21.8.31”即2021-08-31，等于截止日，算（验收时间为空、待验收也算建成）；截止日前有站点的行政村90个，90/128 = 70.3% ≥ 70% → 5（漏掉“21.8.31”那一站就是89/128 = 69.5%，只得2）；省定贫困村16个，其中${lastPoor}（第${lastPoorRow}行）9月才建成，15/16 = 93.75%，在80%–100%之间 → 3；合计8`,
    "work.upward: 终期网销调研2 + 促销2 + 第三方运营商1 + 快递：镇村名单没有快递列，按终期“是” → 1 + 交易标准/溯源1 + 增速：“上年度”在终期栏是2020年数：农村网络零售额18,650/15,230万元 = +22.5%，农产品6,574/5,120万元 = +28.4%，都 < 30% → 0；合计7",
    "work.training: 培训台账参训人次取“合计”列（不是男+女+合计），14期在截止日前（三天班2021.3.23—25按25日计）共2,098人次；第15期“2021.9.7-8”61人次不算，“2020年小计”“2021年小计”“总计”三行不是场次；常住人口取终期21.35万人 → 基数213,500，2,098/213,500 = 0.983%，在0.8%–1%之间 → 8（计入9月一期或把小计行加进去就会误得10）；贫困人口花名册500人，“有劳动能力（在家）”240人（“有劳动能力（外出务工）”150人、无/丧失劳动能力110人不算）；参训名单125人，按参训期次对照培训台账日期：在家有劳动能力者截止日前参训119人（另1人只参加第15期，不算；外出务工3人、无劳动能力2人不算）；119/240 = 49.6%，在40%–50%之间 → 8（按人次算或计入9月那人会误得10）；合计16",
    "info.disclosure: 终期栏创建方案、项目基本信息（同左）、按月公示进度、监督举报窗口均为“是” → 2；专栏更新记录的日期只写“9月15日”，年份看上方“2020年”“2021年”分隔行：2020年9月至2021年8月每月都有更新 → 2；合计4",
    "info.reporting: 发文登记簿里主送梅州市商务局的月报：2020年9月至2021年8月中2021年6月没有月报（5月月报与6月合并于7月报送），6月只有一份主送平远县人民政府的报告，不算向市局报送 → 不定时1；月报标题“附电商扶贫统计表”，终期“能统计电商扶贫情况”是 → 3；合计4",
    "promo.cases: 发文登记簿2021年5月20日《关于报送平远县电子商务进农村综合示范典型经验材料的函》主送梅州市商务局 → 2",
    "promo.media: 截止日前有中央/省级（人民日报客户端、南方日报、广东广播电视台）→ 4，市级（梅州日报）→ 3，县级（平远新闻）→ 1；合计8",
    "fund.system: 终期已制定资金管理制度，自评4 → 4",
    "fund.ledger: 终期已建立资金专用台账，自评4 → 4",
    "fund.spending: 资金台账单位万元，按类别分组，有“小计”和“合计”行（不是拨付记录）；截止日前拨付合计1,050.00万元，2021年9月3笔94.45万元不算；10,500,000/15,000,000 = 70.0%，达到70%（含下界）→ 按终期自评“资金及时拨付”4 → 4",
    "bonus.poorTraining: 贫困人口培训率49.6% < 70% → 0",
    "bonus.tvCase: 电商扶贫典型案例：广东广播电视台《广东新闻联播》2021.6.18（省级电视）→ 1；人民日报客户端是网络不是电视，中央广播电视总台2021年9月2日在截止日之后 → 1",
    "veto.incident: 终期“无” → 不否决，0",
    "veto.progress: 终期项目总体进度90% ≥ 40%（中期35%是2020年的数）→ 不否决，0",
    "veto.fraud: 终期“无” → 不否决，0",
    "total: 2+2+1+4+15+8+7+16+4+4+2+8+4+4+4 = 85，加分1 → 86",
  ];
  return {
    description:
      "梅州平远县商务局整本迎考工作簿。事实页“基本情况（中期终期对照）”把中期评估（截至2020年8月31日）和终期考评（截至2021年8月31日）两列并排，表头两行（“填报数据”合并在两列之上），考评要读终期栏：终期栏写“同左”“〃”的取中期栏的值（行政村128、贫困村16、运营日期2020年6月18日、下达1,500万元等）；组长中期“副县长”、终期“县长”；“上年度农村网络零售额/农产品网络零售额”中期栏是2019年数、终期栏是2020年数（备注写明），增长率行同理；评判分中期“—”未填。台账：镇村名单一镇一行，行政村名称用“、”连在一个格子里，省定贫困村另列（其中一个写成“××村委会”），没有快递列；站点台账两行表头（站点基本情况/建设情况/站点负责人），建成时间有日期格、点分（“2020.8.31”式）、8位数字、斜杠、两位年份（“21.6.19”式）和只到月（“2021年1月”式）等写法，其中一站“21.8.31”恰在截止日、验收时间为空；培训台账参训人次分男/女/合计三列，有“2020年小计”“2021年小计”“总计”行，跨天培训写“2020.10.13-14”“2021.3.23—25”，第15期在9月；贫困人口参训名单一人一行，参训期次写“第3期、第8期”，要对照培训台账取日期；贫困人口花名册的劳动力状况一列写“有劳动能力（在家）/有劳动能力（外出务工）/无劳动能力/丧失劳动能力”；入驻企业类型是在平台型/销售型/电商运营商/物流企业/其他几列下打√，有同一企业迁区重复登记、退园和9月新入驻；资金台账以万元计，按类别分组并有小计、合计行，序号后的类别用“〃”；发文登记簿里混着月报、给县政府和县财政局的文件以及报市局的经验材料；专栏更新记录只写“9月15日”，年份在“2020年”“2021年”分隔行；宣传报道有级别列。",
    sheets: [
      { name: "基本情况（中期终期对照）", rows: F, merges: fM },
      { name: "镇村名单", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "培训台账", rows: tRows, merges: tMerges },
      { name: "贫困人口参训名单", rows: trRows, merges: ["A1:H1", `A${trRows.length}:H${trRows.length}`] },
      { name: "贫困人口花名册", rows: pRows, merges: ["A1:G1", "A2:G2"] },
      { name: "产业园入驻企业", rows: eRows, merges: eMerges },
      { name: "资金拨付台账", rows: fRows, merges: fMerges.concat([`A${fRows.length}:G${fRows.length}`]) },
      { name: "发文登记簿", rows: dRows, merges: ["A1:G1"] },
      { name: "专栏更新记录", rows: uRows, merges: ["A1:D1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
    ],
    expect: { asOf: CUT, total, bonus, vetoed: false, points: pts },
    derivation,
  };
}

// =====================================================================================================
// f1 — 韶关南雄市: the self-assessment report pasted from Word, one paragraph per row.
// =====================================================================================================
function buildF1() {
  const rows = [];
  const p = (t) => rows.push([t]);
  const blank = () => rows.push([]);
  p("南雄市电子商务进农村综合示范创建工作自评报告");
  p("南雄市商务局");
  p("（2021年9月）");
  blank();
  p("根据《广东省商务厅关于开展2019年省级电子商务进农村综合示范创建考评工作的通知》（粤商务电函〔2021〕101号）要求，我市对照考评指标体系认真开展了自评，本次自评数据截至2021年8月31日。现将有关情况报告如下：");
  p("一、基本情况");
  p("南雄市位于广东省东北部，总面积2361平方公里，辖18个镇（街道）、228个行政村、21个社区，户籍人口48.93万人，常住人口38.76万人（第七次全国人口普查数据）。全市有省定贫困村32个，2020年底已全部达标出列。");
  p("二、创建工作开展情况");
  p("（一）加强组织领导。成立了以市长为组长、分管副市长为常务副组长，市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局、南雄邮政分公司等单位为成员的示范创建工作领导小组，领导小组办公室设在市商务局。2019年11月印发了《南雄市电子商务进农村综合示范县创建工作方案》（雄府办〔2019〕58号），2020年4月出台了《南雄市促进农村电子商务发展若干措施》，在场地租金、物流补贴、人才引进等方面给予支持。");
  p("（二）建设公共服务体系。市电子商务公共服务中心于2020年5月28日建成并投入运营，面积1,600平方米，设有免费培训室（配备电脑40台），可常态化组织电商基础培训；设有农特产品展示展销区，免费为南雄银杏、腊鸭、黄烟等特色农产品提供展示、销售服务；为电商企业和个人提供免费摄影、美工服务；组织农产品统一推广，指导“珠玑南雄”区域公共品牌建设；同时提供金融对接、法律咨询等其他衍生增值服务。整合原雄州工业园闲置厂房建设南雄市电商产业园，目前入驻企业23家。");
  p("全市已建成村级电商服务站点188个，覆盖188个行政村，行政村覆盖率82.5%，32个省定贫困村实现全覆盖。");
  blank();
  p("— 2 —");
  blank();
  p("（三）推动农村产品上行。委托第三方机构开展南雄农产品网络销售调研，形成了《南雄市农产品网络销售调研报告》及对策建议；组织开展“南雄银杏节”“年货节”等网络促销活动12场；引进广东雄商电子商务有限公司作为专业第三方运营服务商，负责公共服务中心的日常运营。建成市、镇、村三级物流配送体系，全市行政村快递物流覆盖率达96.5%，尚有8个偏远行政村未实现快递直达。出台了南雄银杏、南雄腊鸭两项农产品电商交易标准，建设了农产品溯源平台。");
  p("2020年全市农村网络零售额12.36亿元，较2019年的9.42亿元同比增长31.2%；农产品网络零售额3.85亿元，同比增长26.7%。2021年1—8月，全市农村网络零售额9.86亿元。");
  p("（四）开展电商人才培训。截至2021年8月31日，累计举办各类电商培训72期，培训4,126人次，占全市常住人口的1.06%。全市有劳动能力的建档立卡贫困人口（不含外出务工人员）5,872人，累计参加电商培训2,964人，培训率50.5%。");
  p("（五）信息公开与数据报送。在市政府门户网站开设“电子商务进农村综合示范”专栏，公开了创建方案和项目基本信息，按月更新项目建设进度，并公布了监督举报电话和邮箱。每月向韶关市商务局报送工作进展情况、电商统计数据和电商扶贫统计表。");
  p("（六）宣传推广。向韶关市商务局报送了《南雄市“电商+银杏”助农增收经验做法》等经验材料2篇。南方日报、广东广播电视台、南雄市融媒体中心等媒体对我市创建工作进行了宣传报道，其中《南雄脱贫户直播卖腊鸭》获广东广播电视台播报。");
  p("三、资金使用及管理情况");
  p("省财政下达我市专项资金1500万元。截至2021年8月31日，累计拨付1,183.65万元，资金支出率78.9%。制定了《南雄市电子商务进农村综合示范项目专项资金管理办法》，项目承建方均建立了资金专用台账，做到专款专用、账目清晰。目前项目总体进度约92%。");
  blank();
  p("表1　主要目标任务完成情况");
  rows.push(["序号", "目标任务", "目标值", "完成值", "完成率"]);
  rows.push([1, "村级电商服务站点行政村覆盖率", "70%", "82.5%（188/228）", "117.9%"]);
  rows.push([2, "省定贫困村站点覆盖率", "100%", "100%（32/32）", "100%"]);
  rows.push([3, "电商培训人次", "3,876人次（常住人口1%）", "4,126人次", "106.4%"]);
  rows.push([4, "有劳动能力贫困人口培训率", "50%", "50.5%", "101.0%"]);
  rows.push([5, "资金支出率", "70%", "78.9%", "112.7%"]);
  blank();
  p("— 3 —");
  blank();
  p("四、存在问题");
  p("一是电商人才仍较缺乏，本地培育的带头人数量不多；二是仍有8个偏远行政村快递未能直达，物流成本偏高；三是部分村级站点业务量不足，可持续运营能力有待提升。");
  p("五、自评情况");
  p("对照考评指标体系，我市自评得分94分（其中加分1分），具体如下：");
  p("（一）加强组织领导与统筹协调：组织领导2分，方案制定2分，政策支持2分，项目管理4分（项目管理制度2分、工作台账2分），小计10分。");
  p("（二）深入推动电子商务进农村工作：服务体系建设25分（县级中心与产业园15分、村级站点覆盖10分）；农村产品上行8分（网销调研2分、网络促销活动2分、第三方运营服务商1分、快递覆盖0分、交易标准及冷链溯源1分、零售额增速2分）；电商人才培训20分；小计53分。");
  p("（三）加强信息公开及报送：信息公开4分，数据上报6分，小计10分。");
  p("（四）加强宣传推广：案例总结2分，经验推广5分（省级媒体4分、县级媒体1分），小计7分。");
  p("（五）加强财政资金管理：制度建立5分，资金台账4分，资金支出4分（支出率78.9%，超过70%，按创建进度及时拨付），小计13分。");
  p("（六）加分项：建档立卡贫困人口培训率未达70%，得0分；电商扶贫典型案例获省级电视媒体播报，得1分。");
  p("（七）一票否决项：我市未发生安全生产、质量事故，未造成重大经济损失和社会不良影响；项目总体进度92%；不存在弄虚作假情况。");
  blank();
  p("南雄市商务局");
  p("2021年9月10日");
  // cross-checks of the prose
  assert(pct1(1236 - 942, 942) === "31.2%" && pct1(1183.65, 1500) === "78.9%" && pct1(2964, 5872) === "50.5%", "f1 rates in the prose");
  assert(pct1(4126, 387600) === "1.1%" && (4126 / 387600 * 100).toFixed(2) === "1.06" && pct1(188, 228) === "82.5%" && pct1(220, 228) === "96.5%", "f1 coverage rates");
  assert((4126 / 3876 * 100).toFixed(1) === "106.4" && (82.5 / 70 * 100).toFixed(1) === "117.9" && (78.9 / 70 * 100).toFixed(1) === "112.7", "f1 table rates");
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 4, "work.center": 15, "work.coverage": 10, "work.upward": 8,
    "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 5, "fund.system": 5, "fund.ledger": 4,
    "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1,
  };
  assert(sum(Object.values(claimed)) === 94, "f1 claims add to 94");
  assert(2 + 2 + 1 + 0 + 1 + 2 === claimed["work.upward"] && 2 + 2 + 2 + 4 === 10 && 25 + 8 + 20 === 53 && 5 + 4 + 4 === 13 && 10 + 53 + 10 + 7 + 13 === 93, "f1 subtotals");
  return {
    description:
      "韶关南雄市商务局的自评报告从Word整篇粘贴进Excel：A列一段一行（长段落在一个格子里），中间夹着空行和“— 2 —”“— 3 —”页码行，还有一张粘贴过来的“表1 主要目标任务完成情况”（目标值/完成值两列，“3,876人次（常住人口1%）”是目标不是完成数）。数据都在行文里：常住人口38.76万人（户籍48.93万人不是）、228个行政村、省定贫困村32个、市长任组长且有商务财政农业农村乡村振兴、方案和政策已出台、中心2020年5月28日投入运营及五项服务、产业园、第三方运营服务商、快递覆盖率96.5%（未达100%→否）、2020年农村网络零售额12.36亿元“较2019年的9.42亿元同比增长31.2%”、农产品网络零售额3.85亿元增长26.7%（2019年农产品数未写；2021年1—8月数不是输入）、培训4,126人次、贫困人口5,872人参训2,964人、专栏四项内容、扶贫统计、下达1500万元拨付1,183.65万元、资金制度和台账、总体进度92%、否决项。最后“五、自评情况”用文字写出各指标自评分（claimed）和评判项分解（项目管理制度2、工作台账2，网销调研2、促销2、交易标准1，资金制度5、台账4、及时拨付4）。",
    sheets: [{ name: "自评报告", rows }],
    expect: {
      facts: {
        county: "南雄市", asOf: "2021-08-31", residentPopulation: 387600, adminVillagesStated: 228, poorVillagesStated: 32,
        planIssued: true, policyIssued: true, centerOpened: "2020-05-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2019: 942000000, ruralRetail2020: 1236000000, ruralRetailGrowthStated: 0.312, agriRetail2020: 385000000,
        agriRetailGrowthStated: 0.267, trainingPersonTimesStated: 4126, eligiblePoorPersonsStated: 5872, trainedPoorPersonsStated: 2964,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 11836500, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.92,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f2 — 揭阳惠来县: a printed registration form converted to Excel, with check boxes and fill-in lines.
// =====================================================================================================
function buildF2() {
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push([t]);
    merges.push(`A${rows.length}:F${rows.length}`);
  };
  full("揭阳市电子商务进农村综合示范县考评信息登记表");
  full("填表说明：请在选项前的“□”内打“√”（☑）或将“□”涂黑（■）；数字请填写在横线上。");
  full("县（市、区）：惠来县　　　　　考评截止日期：2021年8月31日　　　　　填表日期：2021年9月9日");
  const secStart = [];
  let secName = null;
  const item = (label, value) => {
    rows.push([secName, label, value, null, null, null]);
    merges.push(`C${rows.length}:F${rows.length}`);
    secName = null;
  };
  const section = (name, fill) => {
    const first = rows.length + 1;
    secName = name;
    fill();
    merges.push(`A${first}:A${rows.length}`);
    secStart.push(first);
  };
  section("一、基本信息", () => {
    item("常住人口", "＿107.93＿万人");
    item("行政村数", "＿＿326＿＿个（不含社区居委会）");
    item("省定贫困村数", "＿＿42＿＿个");
    item("示范创建牵头领导", "□县委书记　☑县长　□常务副县长　□分管副县长　□其他：＿＿＿＿");
    item("参与部门", "☑商务　☑财政　☑农业农村　□扶贫（乡村振兴）　☑交通运输　☑邮政管理　☑供销社");
    item("示范县工作方案", "■已正式印发（文号：惠府办〔2019〕86号）　□未印发");
    item("支持农村电商发展的政策", "☑已出台　□未出台");
  });
  section("二、县级中心与产业园", () => {
    item("公共服务中心投入运营时间", "＿2020＿年＿11＿月");
    item("有免费培训场所、培训设备，能组织电商基础培训", "☑是　□否");
    item("为特色农产品提供免费展示、销售服务", "☑是　□否");
    item("为电子商务市场主体提供免费摄影、美工服务", "□是　■否");
    item("组织农产品统一推广、指导特色农产品品牌建设", "☑是　□否");
    item("为电子商务发展提供其他衍生增值服务", "□是　□否");
    item("电商产业园", "☑已建成（整合优化）　□在建　□未建");
  });
  section("三、农村产品上行", () => {
    item("专业第三方电子商务运营或服务商", "☑有　□无");
    item("行政村物流快递覆盖率达100%", "☑是　□否");
    item("农村网络零售额", "2019年＿48,260＿万元；2020年＿61,930＿万元");
    item("农产品网络零售额", "2019年＿15,102＿万元；2020年＿19,874＿万元");
  });
  section("四、电商人才培训", () => {
    item("电商培训人次（截至考评截止日期）", "＿5,318＿人次");
    item("有劳动能力的建档立卡贫困人口（不含外出务工）", "＿3,826＿人");
    item("参加培训的建档立卡贫困人口", "＿1,572＿人");
  });
  section("五、信息公开与报送", () => {
    item("县政府网站专栏公示创建方案", "☑是　□否");
    item("专栏公示项目基本信息", "☑是　□否");
    item("专栏按月公示项目建设进度", "☑是　□否");
    item("专栏设立征求意见或监督举报窗口", "□是　☑否");
    item("统计电商扶贫情况", "☑能　□不能");
  });
  section("六、资金管理", () => {
    item("下达省级专项资金", "＿1500＿万元");
    item("累计拨付资金", "＿1,206.73＿万元");
    item("资金管理制度", "☑已制定　□未制定");
    item("资金专用台账", "☑已建立　□未建立");
    item("项目总体进度", "＿86＿%");
  });
  section("七、评判类指标自评", () => {
    item("方案制定（1-2分）", "□1分　☑2分");
    item("政策支持（1-2分）", "☑1分　□2分");
    item("项目管理制度（1-2分）", "□1分　☑2分");
    item("工作台账（1-2分）", "□1分　☑2分");
    item("网销调研并形成建议（1-2分）", "☑1分　□2分");
    item("网络促销活动成效（1-2分）", "□1分　☑2分");
    item("交易标准及冷链、溯源系统（1-2分）", "■1分　□2分");
    item("资金管理制度（1-5分）", "□1　□2　□3　☑4　□5");
    item("资金台账（1-5分）", "□1　□2　☑3　□4　□5");
    item("资金及时拨付（1-5分）", "□1　□2　□3　□4　□5");
  });
  section("八、一票否决事项", () => {
    item("发生安全生产、质量事故，或造成重大经济损失和社会不良影响", "□有　☑无");
    item("弄虚作假", "□有　☑无");
  });
  full("单位负责人（签字）：　　　　　　　填表人：　　　　　　　联系电话：");
  full("惠来县商务局（盖章）");
  assert(pct1(61930 - 48260, 48260) === "28.3%" && pct1(19874 - 15102, 15102) === "31.6%" && pct1(1572, 3826) === "41.1%", "f2 rates");
  assert(pct1(1206.73, 1500) === "80.4%" && 5318 * 100 >= 500000, "f2 spending and training");
  // every ☑/■ row has exactly one mark, except the ones left blank on purpose
  const marks = rows.filter((r) => typeof r[2] === "string" && r[2].includes("□")).map((r) => [r[1], (r[2].match(/[☑■]/g) || []).length]);
  const unmarked = marks.filter((m) => m[1] === 0).map((m) => m[0]);
  assert(unmarked.length === 2 && unmarked.includes("为电子商务发展提供其他衍生增值服务") && unmarked.includes("资金及时拨付（1-5分）"), "f2 two unanswered items");
  assert(marks.filter((m) => m[1] > 1).map((m) => m[0]).join() === "参与部门", "f2 only the department list is multi-choice");
  return {
    description:
      "揭阳市局下发、惠来县商务局填写的“考评信息登记表”：原是Word表格，转成Excel后一节一块（A列节名纵向合并，B列项目，C:F合并为填写栏）。数值写在横线上（“＿＿326＿＿个（不含社区居委会）”“＿107.93＿万人”“2019年＿48,260＿万元；2020年＿61,930＿万元”一格两个年份），中心运营时间只到月（“＿2020＿年＿11＿月”）。选项用复选框：打勾“☑”或涂黑“■”为选中，“□”为未选；牵头领导选“☑县长”（主要领导），参与部门多选中“□扶贫（乡村振兴）”未勾→principal；免费摄影美工“■否”；“其他衍生增值服务”两个框都没选（未作答，不列出）；监督举报窗口“☑否”；评判分写成“□1分 ☑2分”“□1 □2 □3 ☑4 □5”，交易标准“■1分”，资金及时拨付五个框都没选（不列出）；否决项“☑无”。",
    sheets: [{ name: "考评信息登记表", rows, merges }],
    expect: {
      facts: {
        county: "惠来县", asOf: "2021-08-31", residentPopulation: 1079300, adminVillagesStated: 326, poorVillagesStated: 42,
        planIssued: true, policyIssued: true, centerOpened: "2020-11", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 482600000, ruralRetail2020: 619300000, agriRetail2019: 151020000, agriRetail2020: 198740000,
        trainingPersonTimesStated: 5318, eligiblePoorPersonsStated: 3826, trainedPoorPersonsStated: 1572,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 12067300, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.86,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 3,
      },
      leadership: "principal",
    },
  };
}

// =====================================================================================================
// f3 — 河源紫金县: a data reconciliation sheet (two sources and the figure adopted), a 县自查/市局复核/最终认定 checklist,
// judged points, and the per-indicator self-scores as two horizontal strips.
// =====================================================================================================
function buildF3() {
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push([t]);
    merges.push(`A${rows.length}:G${rows.length}`);
  };
  full("紫金县电子商务进农村综合示范考评数据核对表");
  rows.push(["填报单位：紫金县商务局", null, null, null, "考评截止日期：2021年8月31日", null, null]);
  merges.push(`A${rows.length}:D${rows.length}`, `E${rows.length}:G${rows.length}`);
  full("一、基础数据（多口径核对）");
  rows.push(["序号", "指标", "单位", "口径一", "口径二", "本次采用", "采用说明"]);
  const B = [
    ["常住人口", "万人", "县统计局（七普）63.81", "县公安局（户籍）81.66", "63.81", "按第七次全国人口普查常住人口"],
    ["行政村数", "个", "县民政局 279", "统计用区划代码 283（含4个涉农社区）", "279", "不含社区"],
    ["省定贫困村数", "个", "县乡村振兴局 32", "—", "32", null],
    ["县级电商公共服务中心投入运营", "日期", "2020年9月28日（试运营）", "2020年12月8日（正式运营）", "2020年12月8日", "以正式运营为准"],
    ["2019年农村网络零售额", "亿元", "县统计局 18.62", "省商务厅监测 20.15", "20.15", "采用省商务厅监测数"],
    ["2020年农村网络零售额", "亿元", "县统计局 23.40", "省商务厅监测 26.47", "26.47", "同上"],
    ["2020年农村网络零售额同比增长", "%", "县统计局 25.7", "省商务厅监测 31.4", "31.4", "同上"],
    ["2019年农产品网络零售额", "亿元", "县统计局 5.36", "省商务厅监测 6.02", "6.02", "同上"],
    ["2020年农产品网络零售额", "亿元", "县统计局 6.71", "省商务厅监测 7.44", "7.44", "同上"],
    ["电商培训人次（截至8月31日）", "人次", "培训机构报送 6,412", "签到表核实 5,987", "5,987", "剔除重复签到及9月培训"],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "扶贫系统 4,930（含外出务工1,318）", "县乡村振兴局核定 3,612", "3,612", null],
    ["参加培训的建档立卡贫困人口", "人", "签到表人次 2,406", "按身份证号去重 1,873", "1,873", "按人数"],
    ["下达省级专项资金", "万元", "县财政局 1,500", "县商务局 1,500", "1,500", null],
    ["累计拨付资金（截至8月31日）", "万元", "国库支付系统 1,062.30", "商务局台账 1,074.80（含9月2日拨付12.50）", "1,062.30", "以国库实际支付为准"],
    ["项目总体进度", "%", "—", "—", "81", "项目验收进度"],
  ];
  B.forEach((r, i) => rows.push([i + 1].concat(r)));
  assert(pct1(2647 - 2015, 2015) === "31.4%" && pct1(2340 - 1862, 1862) === "25.7%" && pct1(744 - 602, 602) === "23.6%", "f3 growth");
  assert(4930 - 1318 === 3612 && Math.round((1074.8 - 12.5) * 100) === 106230 && pct1(1873, 3612) === "51.9%", "f3 reconciliations");
  assert(pct1(1062.3, 1500) === "70.8%", "f3 spending 70.8%");
  full("二、是否类事项");
  rows.push(["序号", "事项", null, "县自查", "市局复核", "最终认定", "说明"]);
  merges.push(`B${rows.length}:C${rows.length}`);
  const C = [
    ["已正式印发示范县工作方案", "是", "是", "是", "紫府办〔2019〕94号"],
    ["已出台支持农村电商发展的政策", "是", "是", "是", null],
    ["有免费培训场所、培训设备，能组织电商基础培训", "是", "是", "是", null],
    ["为特色农产品提供免费展示、销售服务", "是", "是", "是", null],
    ["为电子商务市场主体提供免费摄影、美工服务", "是", "否", "否", "摄影室未配备专职人员，暂不能提供"],
    ["组织农产品统一推广、指导特色农产品品牌建设", "是", "是", "是", null],
    ["为电子商务发展提供其他衍生增值服务", "是", "是", "是", null],
    ["建设或整合、优化当地电商产业园", "是", "是", "是", null],
    ["有专业第三方电子商务运营或服务商", "是", "是", "是", null],
    ["行政村物流快递覆盖率100%", "是", "待核", "是", "河源市邮政管理局9月3日出具证明"],
    ["县政府网站专栏公示创建方案", "是", "是", "是", null],
    ["专栏公示项目基本信息", "是", "是", "是", null],
    ["专栏按月公示项目建设进度", "是", "是", "是", null],
    ["专栏设立征求意见或监督举报窗口", "是", "是", "是", null],
    ["能统计电商扶贫情况", "是", "是", "是", null],
    ["已制定资金管理制度", "是", "是", "是", null],
    ["已建立资金专用台账", "是", "是", "是", null],
    ["发生安全生产、质量事故或重大经济损失", "否", "否", "否", null],
    ["存在弄虚作假", "否", "否", "否", null],
  ];
  C.forEach((r, i) => {
    rows.push([i + 1, r[0], null, r[1], r[2], r[3], r[4]]);
    merges.push(`B${rows.length}:C${rows.length}`);
  });
  full("三、组织领导");
  rows.push(["组长", "县人民政府县长（2021年2月起；此前由常务副县长任组长）", null, null, null, null, null]);
  merges.push(`B${rows.length}:G${rows.length}`);
  rows.push(["成员单位", "县商务局、县财政局、县农业农村局、县乡村振兴局、县工业和信息化局、紫金邮政分公司", null, null, null, null, null]);
  merges.push(`B${rows.length}:G${rows.length}`);
  full("四、评判类指标自评");
  rows.push(["序号", "评判事项", null, "分值", "自评分", "依据", null]);
  merges.push(`B${rows.length}:C${rows.length}`, `F${rows.length}:G${rows.length}`);
  const J = [["方案制定", "1-2", 2, "紫府办〔2019〕94号"], ["政策支持", "1-2", 1, "政策兑现率偏低"], ["项目管理制度", "1-2", 2, "项目管理办法"],
    ["工作台账", "1-2", 1, "部分台账未按月更新"], ["网销调研", "1-2", 2, "调研报告"], ["网络促销活动", "1-2", 1, "活动总结"],
    ["交易标准及冷链、溯源系统", "1-2", 1, "溯源平台试运行"], ["资金管理制度", "1-5", 4, "资金管理办法"], ["资金台账", "1-5", 4, "资金台账"],
    ["资金及时拨付", "1-5", 4, "拨付凭证"]];
  J.forEach((r, i) => {
    rows.push([i + 1, r[0], null, r[1], r[2], r[3], null]);
    merges.push(`B${rows.length}:C${rows.length}`, `F${rows.length}:G${rows.length}`);
  });
  full("五、各指标自评得分");
  const S1 = [["组织领导", 2], ["方案制定", 2], ["政策支持", 1], ["项目管理", 3], ["县级中心与产业园", 14], ["村级站点覆盖", 10], ["农村产品上行", 8]];
  const S2 = [["电商人才培训", 20], ["信息公开", 4], ["数据上报", 6], ["案例总结", 2], ["经验推广", 8], ["制度建立", 4], ["资金台账", 4]];
  const S3 = [["资金支出", 4], ["加分：贫困人口培训率≥70%", 0], ["加分：典型案例电视播报", 1], ["合计", 93]];
  for (const S of [S1, S2, S3]) {
    rows.push(S.map((x) => x[0]));
    rows.push(S.map((x) => x[1]));
  }
  full("填表人：刘××　　　审核人：温××　　　2021年9月8日");
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": 14, "work.coverage": 10, "work.upward": 8,
    "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 4, "fund.ledger": 4,
    "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1,
  };
  assert(sum(Object.values(claimed)) === 93, "f3 claims add to 93");
  assert(claimed["work.upward"] === 2 + 1 + 1 + 1 + 1 + 2 && claimed["org.management"] === 2 + 1 && claimed["work.center"] === 15 - 1, "f3 claims match the judged items and the checklist");
  return {
    description:
      "河源紫金县商务局的“考评数据核对表”：基础数据每项有两个口径（“县统计局（七普）63.81”“县公安局（户籍）81.66”，“县统计局 18.62”“省商务厅监测 20.15”，“国库支付系统 1,062.30”“商务局台账 1,074.80（含9月2日拨付12.50）”等，来源和数字写在同一格）和“本次采用”列，要读采用数：常住人口63.81万人、行政村279、运营日期取正式运营2020年12月8日（试运营9月28日不取）、零售额用省监测数（亿元）、增长率31.4%、培训5,987人次、贫困人口3,612人参训1,873人、拨付1,062.30万元、总体进度81%。是否类事项有“县自查/市局复核/最终认定”三列，读最终认定（免费摄影美工“否”，快递覆盖“是”）。组长“县人民政府县长（2021年2月起；此前由常务副县长任组长）”，成员含商务、财政、农业农村、乡村振兴→principal-all。评判项是竖表；各指标自评得分是三段横排（名称一行、分数一行），加分分两项，合计93。",
    sheets: [{ name: "考评数据核对表", rows, merges }],
    expect: {
      facts: {
        county: "紫金县", asOf: "2021-08-31", residentPopulation: 638100, adminVillagesStated: 279, poorVillagesStated: 32,
        centerOpened: "2020-12-08", ruralRetail2019: 2015000000, ruralRetail2020: 2647000000, ruralRetailGrowthStated: 0.314,
        agriRetail2019: 602000000, agriRetail2020: 744000000, trainingPersonTimesStated: 5987, eligiblePoorPersonsStated: 3612,
        trainedPoorPersonsStated: 1873, fundAllocated: 15000000, fundSpentStated: 10623000, overallProgress: 0.81,
        planIssued: true, policyIssued: true, centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true,
        centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true, disclosurePlan: true,
        disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundSystemIssued: true, fundLedgerKept: true, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// l1 — 清远阳山县: villages with one 类别 column, a pivot summary, poor persons with tick-column pairs, online meeting
// attendance exports, payments by contract across each row, a notes sheet.
// =====================================================================================================
function buildL1() {
  const REGION = "441823";
  const townDefs = [
    ["阳城镇", 14, ["城东社区", "城西社区", "城南社区", "城北社区"]], ["七拱镇", 12, ["七拱社区"]], ["太平镇", 11, ["太平社区"]],
    ["杜步镇", 9, ["杜步社区"]], ["江英镇", 10, []], ["青莲镇", 13, ["青莲社区"]], ["杨梅镇", 12, []], ["大崀镇", 11, ["大崀社区"]],
    ["小江镇", 14, ["小江社区"]], ["岭背镇", 13, []], ["黄坌镇", 9, ["黄坌社区"]], ["黎埠镇", 12, ["黎埠社区"]], ["秤架瑶族乡", 8, []],
  ];
  const newName = villageNamer("大小上下东西南北新旧黄白石龙凤莲水云青高江沙湴", ["坑", "塘", "围", "田", "岗", "湾", "洞", "头", "坪", "岭", "坡", "冲", "背", "垌", "寨", "口", "铺", "迳", "陂", "峒", "湖"]);
  const towns = townDefs.map(([town, n, cs]) => {
    const vs = [];
    for (let i = 0; i < n; i++) vs.push(newName());
    return { town, vs, cs };
  });
  const admin = towns.flatMap((t) => t.vs);
  const comms = towns.flatMap((t) => t.cs);
  assert(admin.length === 148 && comms.length === 12, "l1 counts " + admin.length + "/" + comms.length);
  const rural = towns.slice(1).flatMap((t) => t.vs);
  const poor = new Set();
  while (poor.size < 26) poor.add(rural[rint(0, rural.length - 1)]);
  const noExpress = new Set();
  while (noExpress.size < 6) {
    const v = towns[rint(9, 12)].vs[rint(0, 7)];
    noExpress.add(v);
  }
  const vRows = [["阳山县村（居）委会类别及快递进村情况表"], ["（2021年7月更新）"], ["序号", "镇（乡）", "村（居）委会", "类别", "快递进村", "备注"]];
  const vRecs = [];
  const pivot = [];
  let n = 0;
  for (const t of towns) {
    for (const c of t.cs) {
      vRows.push([++n, t.town, c + "居委会", "社区", "—", null]);
      vRecs.push({ name: c + "居委会", admin: false });
    }
    for (const v of t.vs) {
      const name = v.replace(/村$/, "村委会");
      const cat = poor.has(v) ? "省定贫困村" : "一般行政村";
      const ex = !noExpress.has(v);
      vRows.push([++n, t.town, name, cat, ex ? "√" : "×", ex ? null : "快递到镇，村民自取"]);
      vRecs.push({ name, admin: true, poor: poor.has(v), express: ex });
    }
    const np = t.vs.filter((v) => poor.has(v)).length;
    vRows.push([null, `${t.town}小计`, `行政村${t.vs.length}个（其中省定贫困村${np}个）${t.cs.length ? `、社区${t.cs.length}个` : ""}`, null, null, null]);
    pivot.push([t.town, t.vs.length, np, t.cs.length, t.vs.filter((v) => !noExpress.has(v)).length]);
  }
  vRows.push([null, "全县合计", `行政村${admin.length}个（其中省定贫困村${poor.size}个）、社区${comms.length}个`, null, null, null]);
  assert(vRecs.length === 160 && vRecs.filter((r) => r.poor).length === 26 && vRecs.filter((r) => r.express === false).length === 6, "l1 village records");
  const pvRows = [["按镇汇总（数据透视）"], ["镇（乡）", "行政村数", "其中省定贫困村", "社区数", "快递已进村的行政村"]];
  for (const r of pivot) pvRows.push(r);
  pvRows.push(["总计", sum(pivot.map((r) => r[1])), sum(pivot.map((r) => r[2])), sum(pivot.map((r) => r[3])), sum(pivot.map((r) => r[4]))]);
  assert(pvRows[pvRows.length - 1][1] === 148 && pvRows[pvRows.length - 1][4] === 142, "l1 pivot totals");

  // ---------------- poor persons, tick-column pairs
  const poorList = [...poor];
  const pRows = [["阳山县建档立卡贫困人口信息（扶贫开发信息系统导出）"],
    ["序号", "户编号", "姓名", "与户主关系", "证件号码", "劳动能力", null, "务工状态", null, "所在村"],
    [null, null, null, null, null, "有", "无", "外出务工", "未外出", null]];
  const pMerges = ["A1:J1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:G2", "H2:I2", "J2:J3"];
  const pRecs = [];
  const people = []; // for the training sheet
  let idx = 0;
  let apost = 0;
  for (let h = 0; h < 30; h++) {
    const v = poorList[h % poorList.length];
    const hh = `4418230${String(10230 + h * 13).padStart(5, "0")}`;
    const size = rint(1, 5);
    const headY = rint(1956, 1984);
    const surname = SURNAMES[rint(0, SURNAMES.length - 1)];
    for (let i = 0; i < size; i++) {
      let rel;
      let birth;
      let male;
      if (i === 0) {
        rel = "户主";
        male = rnd() < 0.8;
        birth = `${headY}-${String(rint(1, 12)).padStart(2, "0")}-${String(rint(1, 28)).padStart(2, "0")}`;
      } else if (i === 1) {
        rel = "配偶";
        male = rnd() < 0.2;
        birth = `${headY + rint(-3, 4)}-${String(rint(1, 12)).padStart(2, "0")}-${String(rint(1, 28)).padStart(2, "0")}`;
      } else {
        male = rnd() < 0.5;
        rel = male ? "之子" : "之女";
        birth = `${Math.min(2016, headY + rint(20, 34))}-${String(rint(1, 12)).padStart(2, "0")}-${String(rint(1, 28)).padStart(2, "0")}`;
      }
      const age = 2021 - Number(birth.slice(0, 4));
      let labour;
      let migrant;
      if (age < 16 || age > 66) {
        labour = false;
        migrant = age < 16 ? null : false;
      } else {
        const r = rnd();
        labour = r < 0.88 ? true : false;
        const w = rnd();
        migrant = labour ? (w < 0.4 ? true : w < 0.93 ? false : null) : false;
      }
      if (idx === 17 || idx === 51) labour = null; // the system left both boxes empty
      const id = makeId(REGION, birth, male);
      const name = i === 0 || rel !== "配偶" ? personName(surname) : personName();
      const tick = (b, yes) => (b === null ? null : b === yes ? "√" : null);
      let idCell = id;
      if (idx % 4 === 1) {
        idCell = "'" + id;
        apost++;
      }
      pRows.push([idx + 1, hh, name, rel, idCell, tick(labour, true), tick(labour, false), tick(migrant, true), tick(migrant, false), v.replace(/村$/, "村委会")]);
      pRecs.push({ id, labour, migrant });
      people.push({ name, id, labour, migrant, male });
      idx++;
    }
  }
  assert(apost > 10 && pRecs.some((r) => r.labour === null) && pRecs.some((r) => r.migrant === null) && pRecs.some((r) => r.migrant === true), "l1 poor variety");
  for (const r of pRecs) assert(idValid(r.id), "l1 poor ids valid");

  // ---------------- online training: meeting attendance exports stacked
  const SESS = [
    ["2020-11-19", "14:30", "16:30", "阳山县农村电商基础知识线上培训（第1期）", "528 613 947"],
    ["2021-01-21", "09:30", "11:30", "阳山县年货节网店运营线上培训（第2期）", "716 204 385"],
    ["2021-03-16", "14:30", "17:00", "阳山县农产品直播带货线上培训（第3期）", "538 219 764"],
    ["2021-06-10", "15:00", "17:00", "阳山县电商扶贫专题线上培训（第4期）", "941 332 610"],
    ["2021-09-14", "14:30", "16:30", "阳山县短视频运营线上培训（第5期）", "385 770 126"],
  ];
  const tRows = [];
  const tRecs = [];
  const pool = people.filter((p) => p.labour);
  let hostDone = 0;
  let reconnects = 0;
  let noId = 0;
  SESS.forEach(([iso, t0, t1, topic, mid], si) => {
    tRows.push([`会议主题：${topic}`]);
    tRows.push([`会议时间：${iso} ${t0} 至 ${iso} ${t1}　　会议号：${mid}　　导出时间：${iso} ${t1.replace(/:(\d\d)$/, (m, mm) => ":" + String(Number(mm) + 7).padStart(2, "0"))}`]);
    tRows.push(["序号", "用户昵称", "真实姓名", "身份证号", "身份", "入会时间", "退会时间", "参会时长（分钟）"]);
    const [h0, m0] = t0.split(":").map(Number);
    const [h1, m1] = t1.split(":").map(Number);
    const start = h0 * 60 + m0;
    const end = h1 * 60 + m1;
    const hm = (x) => `${String(Math.floor(x / 60)).padStart(2, "0")}:${String(x % 60).padStart(2, "0")}`;
    const list = [];
    const nPoor = rint(5, 9);
    const chosen = shuffle(pool).slice(0, nPoor);
    for (const p of chosen) list.push({ name: p.name, id: p.id });
    const nOther = rint(14, 20);
    for (let k = 0; k < nOther; k++) {
      const male = rnd() < 0.5;
      const nm = personName();
      const missing = k === 3 && si !== 1;
      list.push({ name: nm, id: missing ? null : makeId(REGION, birthBetween(1970, 2000), male) });
    }
    const order = shuffle(list);
    const lines = [];
    lines.push({ nick: "阳山县商务局", name: "阳山县商务局", id: null, role: "主持人", a: start - 12, b: end + 3 });
    hostDone++;
    order.forEach((p, k) => {
      const a = start - rint(0, 10) + (k % 5 === 4 ? rint(3, 15) : 0);
      let b = end - rint(0, 8);
      const nick = rnd() < 0.5 ? p.name : ["阳山", "山货", "小店", "农家", "果园"][rint(0, 4)] + ["阿", "小", "老"][rint(0, 2)] + p.name.slice(-1);
      if (k === 2 || k === 9) {
        // dropped out and came back: two rows, one record
        const cut = a + rint(30, 50);
        lines.push({ nick, name: p.name, id: p.id, role: "参会者", a, b: cut, rec: p });
        lines.push({ nick, name: p.name, id: p.id, role: "参会者", a: cut + rint(1, 4), b, again: true });
        reconnects++;
        return;
      }
      lines.push({ nick, name: p.name, id: p.id, role: "参会者", a, b, rec: p });
    });
    for (const l of lines) {
      l.as = rint(0, 59);
      l.bs = rint(0, 59);
    }
    lines.sort((x, y) => x.a * 60 + x.as - (y.a * 60 + y.as));
    lines.forEach((l, k) => {
      const dur = l.b - l.a;
      assert(dur >= 20, "l1 duration " + dur);
      tRows.push([k + 1, l.nick, l.name, l.id === null ? (l.role === "主持人" ? null : "未填写") : l.id, l.role, `${iso} ${hm(l.a)}:${String(l.as).padStart(2, "0")}`,
        `${iso} ${hm(l.b)}:${String(l.bs).padStart(2, "0")}`, dur]);
      if (l.rec) {
        tRecs.push({ date: iso, personTimes: 1, id: l.id });
        if (l.id === null) noId++;
      }
    });
    tRows.push([]);
  });
  tRows.pop();
  assert(hostDone === 5 && reconnects === 10 && noId === 4, "l1 hosts, reconnects, missing ids " + reconnects + "/" + noId);
  // records are in order of each person's first row
  const firstRowOrder = [];
  {
    let cur = null;
    const seen = new Set();
    for (const r of tRows) {
      if (typeof r[0] === "string" && r[0].startsWith("会议时间：")) {
        cur = r[0].slice(5, 15);
        seen.clear();
      }
      if (typeof r[0] === "number" && r[4] === "参会者") {
        const key = r[2] + "|" + r[3];
        if (!seen.has(key)) {
          seen.add(key);
          firstRowOrder.push({ date: cur, personTimes: 1, id: r[3] === "未填写" ? null : r[3] });
        }
      }
    }
  }
  assert(JSON.stringify(firstRowOrder) === JSON.stringify(tRecs), "l1 training records follow the sheet");

  // ---------------- payments by contract, up to three per row
  const CON = [
    ["阳山县电子商务公共服务中心装修工程", "清远市建华装饰工程有限公司", 1860000, [["2020-06-12", 744000], ["2020-10-30", 744000], ["2021-07-20", 279000]]],
    ["公共服务中心运营服务（2020—2021年度）", "清远市乡淘电子商务有限公司", 980000, [["2020-08-05", "29.4万"], ["2021-02-03", 294000], ["2021-09-08", 196000]]],
    ["村级电商服务站点建设（第一批）", "阳山县供销电子商务有限公司", 1240000, [["2020-07-22", 620000], ["2021-01-15", 496000]]],
    ["村级电商服务站点建设（第二批）", "阳山县供销电子商务有限公司", 1180000, [["2021-04-28", 590000], ["2021-08-30", "47.2万"]]],
    ["县级物流分拨中心建设", "阳山县顺畅物流有限公司", 1650000, [["2020-09-17", 825000], ["2021-03-26", 660000], ["2021-09-23", 165000]]],
    ["镇村物流配送车辆采购", "清远市广汽商贸有限公司", 528000, [["2020-12-09", 528000]]],
    ["电商人才培训服务", "清远市乡淘电子商务有限公司", 620000, [["2020-11-25", 186000], ["2021-05-18", 186000], ["2021-09-16", 186000]]],
    ["农产品冷链设备采购", "阳山县鲜达冷链物流有限公司", 760000, [["2021-02-24", 532000], ["2021-06-29", 152000]]],
    ["农产品溯源系统建设", "广东禾丰数字农业科技有限公司", 480000, [["2021-05-06", 240000], ["2021-08-16", 144000]]],
    ["网络促销及品牌推广活动", "阳山县播客传媒有限公司", 356000, [["2021-01-08", "12.5万"], ["2021-07-02", 166800]]],
  ];
  const fRows = [["阳山县电子商务进农村综合示范项目资金拨付台账（按合同）"], ["金额单位：元"],
    ["序号", "合同名称", "承建单位", "合同金额", "第一次拨付", null, "第二次拨付", null, "第三次拨付", null, "累计拨付", "未拨付", "备注"],
    [null, null, null, null, "日期", "金额", "日期", "金额", "日期", "金额", null, null, null]];
  const fMerges = ["A1:M1", "A2:M2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:H3", "I3:J3", "K3:K4", "L3:L4", "M3:M4"];
  const fRecs = [];
  const toYuan = (a) => (typeof a === "number" ? a : Math.round(Number(a.replace("万", "")) * 10000));
  let totalC = 0;
  let totalP = 0;
  CON.forEach(([nm, who, amt, pays], i) => {
    const cells = [];
    let paid = 0;
    pays.forEach(([iso, a], j) => {
      const y = toYuan(a);
      paid += y;
      const dc = j === 0 ? D(iso) : j === 1 ? dotDate(iso) : cnDate(iso);
      cells.push(dc, typeof a === "number" ? (i % 3 === 0 ? fmtMoney(a) : a) : a);
      fRecs.push({ date: iso, amount: y });
    });
    while (cells.length < 6) cells.push(null, null);
    assert(paid <= amt, "l1 paid within contract " + nm);
    totalC += amt;
    totalP += paid;
    fRows.push([i + 1, nm, who, amt].concat(cells, [paid, amt - paid, pays.some(([iso]) => iso > "2021-08-31") ? "含9月拨付" : null]));
  });
  fRows.push(["合计", null, null, totalC, null, null, null, null, null, null, totalP, totalC - totalP, null]);
  fMerges.push(`A${fRows.length}:C${fRows.length}`);
  assert(fRecs.length === 23 && fRecs.filter((r) => r.date > "2021-08-31").length === 3, "l1 23 payments, 3 in September");
  assert(fRecs.filter((r) => r.amount === 294000).length === 2 && fRecs.some((r) => r.amount === 125000) && fRecs.some((r) => r.amount === 472000), "l1 万 cells read in 元");
  assert(totalP === sum(fRecs.map((r) => r.amount)), "l1 totals");

  const notes = [["填表说明"], ["1．《村居类别表》每镇末尾“小计”行、表末“全县合计”行为统计行。"], ["2．《按镇汇总》由《村居类别表》数据透视生成，请勿手工修改。"],
    ["3．《贫困人口》自扶贫开发信息系统导出，证件号码前的“'”为导出时自带的文本标记。"], ["4．《线上培训记录》为腾讯会议参会明细导出，同一人掉线重进会有多行。"],
    ["5．《资金拨付台账（按合同）》金额单位为元，个别金额按万元录入（如“29.4万”）。"]];
  return {
    description:
      "清远阳山县商务局的台账工作簿。“村居类别表”用一列“类别”同时区分社区/一般行政村/省定贫困村，快递进村“√/×”（社区为“—”），村名写“××村委会”，每镇末尾有“××镇小计”行、表尾“全县合计”行（不是记录）；“按镇汇总”是数据透视结果，不是台账。“贫困人口”是扶贫系统导出，两行表头：劳动能力分“有|无”两列、务工状态分“外出务工|未外出”两列，在其中一列打√；两列都空的是未知（null）；部分证件号码前带导出的“'”。“线上培训记录”是5期腾讯会议参会明细上下拼接：每期前两行是“会议主题”“会议时间”，主持人行（身份“主持人”）不是学员；同一人掉线重进有两行，只算一人次；身份证号“未填写”的记为无；第5期在2021年9月也照录。“资金拨付台账（按合同）”一行一个合同，第一/二/三次拨付各占“日期|金额”两列，一笔拨付是一条记录（逐行从左到右），金额单位元但有“29.4万”“47.2万”“12.5万”这样的万元写法，累计、未拨付和合计行不是记录。“填表说明”不是台账。",
    sheets: [
      { name: "村居类别表", rows: vRows, merges: ["A1:F1", "A2:F2"] },
      { name: "按镇汇总", rows: pvRows, merges: ["A1:E1"] },
      { name: "贫困人口", rows: pRows, merges: pMerges },
      { name: "线上培训记录", rows: tRows },
      { name: "资金拨付台账（按合同）", rows: fRows, merges: fMerges },
      { name: "填表说明", rows: notes },
    ],
    expect: {
      sheets: {
        "村居类别表": { kind: "villages", records: vRecs },
        "按镇汇总": { kind: null },
        "贫困人口": { kind: "poorPersons", records: pRecs },
        "线上培训记录": { kind: "training", records: tRecs },
        "资金拨付台账（按合同）": { kind: "funds", records: fRecs },
        "填表说明": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 潮州潮安区: cover sheet, stations with the 挂牌 date in 年/月/日 columns, enterprises with 迁出/退园 after the name,
// media as a level cross-tab, monthly reports with “M月D日”, a CMS export with drafts, materials with month-only dates.
// =====================================================================================================
function buildL2() {
  const REGION = "445103";
  const towns = ["庵埠镇", "彩塘镇", "金石镇", "东凤镇", "浮洋镇", "沙溪镇", "龙湖镇", "江东镇", "古巷镇", "凤塘镇", "登塘镇", "归湖镇",
    "文祠镇", "赤凤镇", "凤凰镇", "铁铺镇"];
  const newName = villageNamer("大小上下东西南北前后新旧仙龙凤金银玉福厚官陈林", ["美", "溪", "陇", "头", "寮", "洋", "埔", "厝", "围", "内", "外", "乡", "寨", "坑", "畔", "园"]);

  // ---------------- stations: 挂牌运营时间 split into 年 | 月 | 日
  const sRows = [["潮安区村级电子商务服务站点建设进度表"], ["填报单位：潮安区经济和信息化局（商务）"],
    ["序号", "镇", "村（社区）", "站点名称", "选址确认", "装修完成", "挂牌运营时间", null, null, "运营情况"],
    [null, null, null, null, null, null, "年", "月", "日", null]];
  const sMerges = ["A1:J1", "A2:J2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:I3", "J3:J4"];
  const sRecs = [];
  const st = [];
  for (let i = 0; i < 38; i++) st.push({ town: towns[rint(0, towns.length - 1)], v: newName(), iso: randIsoBetween("2020-07-01", "2021-08-25") });
  st.push({ town: "庵埠镇", v: "庵埠社区", iso: "2020-10-16", comm: true });
  st.push({ town: "凤凰镇", v: newName(), iso: "2021-09-09" });
  st.push({ town: "铁铺镇", v: newName(), iso: "2021-09-28" });
  st.sort((a, b) => towns.indexOf(a.town) - towns.indexOf(b.town) || cmpIso(a.iso, b.iso));
  let monthOnly = 0;
  let twoDigit = 0;
  st.forEach((s, i) => {
    const [y, m, d] = ymd(s.iso);
    let yc = y;
    let dc = d;
    let opened = s.iso;
    if (i % 9 === 4) {
      dc = null;
      opened = s.iso.slice(0, 7);
      monthOnly++;
    } else if (i === 11) {
      yc = "21";
      twoDigit++;
      assert(y === 2021, "l2 two-digit year is 2021");
    }
    const vcell = s.comm ? s.v + "居委会" : i % 4 === 1 ? s.v.replace(/村$/, "村委会") : s.v;
    const status = s.iso > "2021-08-31" ? "新挂牌" : ["正常运营", "正常运营", "正常运营", "业务量偏少"][rint(0, 3)];
    sRows.push([i + 1, s.town, vcell, `潮安区${s.town.replace(/镇$/, "")}${s.v.replace(/(村|社区)$/, "")}${s.comm ? "社区" : "村"}电商服务站`, "√", "√", yc,
      i % 5 === 2 ? String(m) : m, dc, status]);
    sRecs.push({ village: vcell, opened });
  });
  sRows.push(["注：“挂牌运营时间”日栏空白的，为当月挂牌、具体日期待查。"]);
  sMerges.push(`A${sRows.length}:J${sRows.length}`);
  assert(sRecs.length === 41 && monthOnly >= 4 && twoDigit === 1, "l2 stations " + monthOnly);

  // ---------------- enterprises: 迁出/退园 written after the name
  const ENTS = [
    ["潮州市潮安区潮汕优品电子商务有限公司", "平台型", "2020.10", null],
    ["潮安区凤凰单丛茶网络科技有限公司", "销售型", D("2020-10-20"), null],
    ["潮州市庵埠食品电商产业服务有限公司", "电商运营商", "2020年11月18日", null],
    ["潮安区彩塘不锈钢制品网店", "销售型", "2020/12/2", null],
    ["潮州市顺捷快递服务有限公司潮安分公司", "物流企业", D("2020-12-15"), null],
    ["潮安区枫溪陶瓷电子商务有限公司", "销售型", "2021.1.6", "2021-05", "（2021年5月迁出）"],
    ["潮安区东凤腐乳网络商行", "销售型", "2021年1月20日", null],
    ["潮州市潮品直播传媒有限公司", "电商运营商", D("2021-02-24"), null],
    ["潮安区归湖荔枝电商专业合作社", "销售型", "2021/3/10", null],
    ["潮州市乡村云仓储物流有限公司", "物流企业", D("2021-03-31"), null],
    ["潮安区金石牛肉丸电子商务有限公司", "销售型", "2021.4.14", "2021-09-20", "（2021.9.20退园）"],
    ["潮安区凤塘潮绣网店", "销售型", "2021年5月", null],
    ["潮州市数创电商服务有限公司", "电商运营商", D("2021-06-09"), null],
    ["潮安区文祠橄榄网络商行", "销售型", "2021/7/7", null],
    ["潮安区潮韵手信电子商务有限公司", "销售型", "2021.8.18", null],
    ["潮州市优选农品平台运营有限公司", "平台型", D("2021-09-06"), null],
  ];
  const eRows = [["潮安区电子商务产业园入驻企业名录"], ["序号", "企业名称", "企业类型", "入驻时间", "联系人", "联系电话"]];
  const eRecs = [];
  const isoOf = (c) => {
    if (typeof c === "object") return c.date;
    let m = /^(\d{4})[.\/年](\d{1,2})(?:[.\/月](\d{1,2})日?)?月?$/.exec(c);
    assert(m, "l2 date text " + c);
    return m[3] ? `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}` : `${m[1]}-${m[2].padStart(2, "0")}`;
  };
  ENTS.forEach(([n, t, en, lf, suffix], i) => {
    eRows.push([i + 1, n + (suffix || ""), t, en, personName(), mask(phone())]);
    eRecs.push({ name: n, type: t, entered: isoOf(en), left: lf });
  });
  assert(isoOf("2020年11月18日") === "2020-11-18" && isoOf("2021年5月") === "2021-05" && isoOf("2021.1.6") === "2021-01-06", "l2 isoOf");
  assert(eRecs.filter((r) => r.left).length === 2, "l2 two exits");

  // ---------------- media: the title sits under its level
  const mRows = [["潮安区电子商务进农村宣传报道台账"],
    ["序号", "日期", "媒体", "形式", "报道标题（按媒体级别填入对应栏）", null, null, null, "备注"],
    [null, null, null, null, "国家级", "省级", "市级", "区级", null]];
  const mMerges = ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:H2", "I2:I3"];
  const LV = ["national", "province", "city", "county"];
  const MED = [
    [D("2020-09-25"), "2020-09-25", "潮安区融媒体中心《潮安新闻》", "电视", "county", "我区启动电子商务进农村综合示范创建", null],
    ["2020.11.12", "2020-11-12", "潮州日报", "报纸", "city", "潮安村级电商服务站首批挂牌", null],
    ["2021年1月15日", "2021-01-15", "“潮安发布”微信公众号", "新媒体", "county", "年货节来了！潮安农特产品网上卖", null],
    [D("2021-03-03"), "2021-03-03", "南方+客户端", "网络", "province", "潮安：电商让凤凰单丛香飘全国", null],
    ["2021.4.20", "2021-04-20", "潮州广播电视台《潮州新闻》", "电视", "city", "潮安电商培训进村 茶农学直播", null],
    ["2021年6月8日", "2021-06-08", "中央广播电视总台财经频道", "电视", "national", "广东潮安：脱贫户的橄榄卖上了网", "电商扶贫典型案例"],
    [D("2021-07-27"), "2021-07-27", "广东广播电视台珠江频道", "电视", "province", "潮安村级电商站成了“便民店”", null],
    ["2021.9.10", "2021-09-10", "潮州日报", "报纸", "city", "潮安电商进农村示范创建见成效", null],
  ];
  const mRecs = [];
  MED.forEach(([cell, iso, media, form, lv, title, note], i) => {
    const cols = LV.map((l) => (l === lv ? title : null));
    mRows.push([i + 1, cell, media, form].concat(cols, [note]));
    mRecs.push({ date: iso, level: lv, tv: form === "电视" });
  });

  // ---------------- monthly reports: 报送时间 “M月D日”, the year follows from 报送月份
  const rRows = [["潮安区电子商务进农村工作月报报送登记"], ["序号", "报送月份", "报送时间", "报送方式", "报送内容"]];
  const rRecs = [];
  const months = monthsBetween("2020-08", "2021-08");
  months.forEach((m, i) => {
    const nm = monthsBetween(m, "2021-12")[1];
    const iso = `${nm}-${String(rint(3, 10)).padStart(2, "0")}`;
    const [y, mm] = ymd(m + "-01");
    const pov = m >= "2020-11";
    rRows.push([i + 1, `${y}年${mm}月`, md(iso), i % 3 === 0 ? "电子邮件" : "粤政易", pov ? "工作月报、电商统计表、电商扶贫统计表" : "工作月报、电商统计表"]);
    rRecs.push({ date: iso, poverty: pov });
  });
  rRows.push(["注：报送对象为潮州市商务局；每月月报于次月上旬报送，“报送时间”为次月日期（如2020年12月月报于2021年1月报送）。"]);
  assert(rRecs.some((r) => r.date.startsWith("2021-01")) && rRecs.length === 13, "l2 reports cross the year");

  // ---------------- CMS export, drafts included
  const arts = [
    ["潮安区电子商务进农村综合示范创建工作方案", "工作方案", "2019-12-20"],
    ["潮安区电子商务进农村综合示范项目基本信息公示", "项目公示", "2020-04-08"],
    ["潮安区电子商务进农村综合示范项目监督举报方式", "监督举报", "2020-04-08"],
  ];
  for (const m of monthsBetween("2020-06", "2021-07")) {
    const nm = monthsBetween(m, "2021-12")[1];
    const [y, mm] = ymd(m + "-01");
    arts.push([`潮安区电子商务进农村综合示范项目建设进度（${y}年${mm}月）`, "建设进度", `${nm}-${String(rint(5, 18)).padStart(2, "0")}`]);
  }
  arts.sort((a, b) => cmpIso(a[2], b[2]));
  const cRows = [["文章ID", "标题", "所属栏目", "状态", "创建时间", "发布时间", "浏览量"]];
  const cRecs = [];
  let id = 30211;
  const rowsC = [];
  arts.forEach(([t, col, iso], i) => {
    id += rint(3, 40);
    const created = isoAdd(iso, -rint(1, 3));
    rowsC.push([id, t, col, "已发布", `${created} ${hms()}`, `${iso} ${hms()}`, rint(40, 900)]);
    if (i === 9) {
      id += rint(2, 9);
      rowsC.push([id, "潮安区电商服务站点名单（待更新）", "项目公示", "草稿", `${isoAdd(iso, 3)} ${hms()}`, null, 0]);
    }
  });
  id += rint(5, 20);
  rowsC.push([id, "潮安区电子商务进农村综合示范项目建设进度（2021年8月）", "建设进度", "待审核", `2021-09-07 ${hms()}`, null, 0]);
  rowsC.reverse(); // newest first, as the CMS lists them
  for (const r of rowsC) {
    cRows.push(r);
    if (r[3] === "已发布") cRecs.push({ date: r[5].slice(0, 10) });
  }
  assert(cRecs.length === arts.length && cRows.length === arts.length + 3, "l2 CMS rows");

  // ---------------- experience materials, month-only dates
  const matRows = [["潮安区电子商务进农村经验材料报送情况"], ["序号", "材料名称", "报送时间", "报送对象", "备注"],
    [1, "潮安区“电商+凤凰单丛”助农增收经验做法", "2021.3", "潮州市商务局", null],
    [2, "潮安区村级电商服务站可持续运营典型案例", "2021年6月18日", "潮州市商务局", "市局转报省商务厅"],
    [3, "潮安区电子商务进农村综合示范创建工作总结", D("2021-09-03"), "潮州市商务局", null]];
  const matRecs = [{ date: "2021-03" }, { date: "2021-06-18" }, { date: "2021-09-03" }];

  const cover = [["潮安区电子商务进农村综合示范工作台账"], ["（第二册：站点、产业园、宣传、报送、公开）"], [], ["编制单位：潮州市潮安区经济和信息化局"],
    ["编制时间：2021年9月"], [], ["目　录"], ["一、站点建设进度表"], ["二、产业园入驻企业名录"], ["三、宣传报道台账"], ["四、月报报送登记"], ["五、专栏文章导出"],
    ["六、经验材料报送"]];
  return {
    description:
      "潮州潮安区的台账第二册。“封面”有标题和目录，不是台账。“站点建设进度”两行表头，挂牌运营时间拆成“年|月|日”三列（数字，个别月份是文本，一行年份写成“21”），日栏空白的只知道月份（表底注明），选址、装修两列是√；有一个社区站和两个9月挂牌的站。“入驻企业名录”的退出写在企业名称后面：“（2021年5月迁出）”“（2021.9.20退园）”，名称本身不含括号；入驻时间有“2020.10”“2021年5月”（只到月）、“2020年11月18日”、“2020/12/2”和日期格。“宣传报道”没有级别列，级别看标题填在“国家级|省级|市级|区级”哪一栏（区级即县级），形式为电视的算电视。“月报报送”的报送时间只写“1月8日”，年份要从报送月份推（次月报送，2020年12月的月报在2021年1月），报送内容含“电商扶贫统计表”的为含扶贫统计。“专栏文章导出”是网站后台导出，新的在前，只有状态“已发布”的是更新（日期取发布时间），“草稿”“待审核”没有发布时间，不算。“经验材料”的报送时间有“2021.3”（只到月）。",
    sheets: [
      { name: "封面", rows: cover, merges: ["A1:F1", "A2:F2"] },
      { name: "站点建设进度", rows: sRows, merges: sMerges },
      { name: "入驻企业名录", rows: eRows, merges: ["A1:F1"] },
      { name: "宣传报道", rows: mRows, merges: mMerges },
      { name: "月报报送", rows: rRows, merges: ["A1:E1", `A${rRows.length}:E${rRows.length}`] },
      { name: "专栏文章导出", rows: cRows },
      { name: "经验材料", rows: matRows, merges: ["A1:E1"] },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "站点建设进度": { kind: "stations", records: sRecs },
        "入驻企业名录": { kind: "enterprises", records: eRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "月报报送": { kind: "reports", records: rRecs },
        "专栏文章导出": { kind: "disclosures", records: cRecs },
        "经验材料": { kind: "materials", records: matRecs },
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
assert(txt(c1).includes("同左") && txt(c1).includes("〃") && txt(c1).includes("21.8.31") && txt(c1).includes("2020年小计"), "c1 text");
assert(txt(f1).includes("— 2 —") && txt(f1).includes("较2019年的9.42亿元") && txt(f1).includes("3,876人次（常住人口1%）"), "f1 text");
assert(txt(f2).includes("☑") && txt(f2).includes("■") && txt(f2).includes("＿＿326＿＿"), "f2 text");
assert(txt(f3).includes("本次采用") && txt(f3).includes("最终认定") && txt(f3).includes("试运营"), "f3 text");
assert(txt(l1).includes("主持人") && txt(l1).includes("29.4万") && txt(l1).includes("'4418"), "l1 text");
assert(txt(l2).includes("（2021年5月迁出）") && txt(l2).includes("草稿") && txt(l2).includes("区级"), "l2 text");
// ids written in ledger records are valid 18-character numbers, or null
for (const c of [l1, l2]) {
  for (const s of Object.values(c.expect.sheets)) {
    for (const r of s.records || []) if ("id" in r) assert(r.id === null || idValid(r.id), "valid id " + r.id);
  }
}

write("counties", "b151-c1-pingyuan.json", c1);
write("facts", "b151-f1-nanxiong.json", f1);
write("facts", "b151-f2-huilai.json", f2);
write("facts", "b151-f3-zijin.json", f3);
write("ledgers", "b151-l1-yangshan.json", l1);
write("ledgers", "b151-l2-chaoan.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
