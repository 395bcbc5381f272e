// Batch 166 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block adapted from
// counties/_make/gen-b164.js. Deterministic: seeded PRNG, no clock. Run: node test/corpus/_b166/gen-b166.js
//
// c1 怀集县 (肇庆): the official indicator table split one row per 评分标准 clause, with a 县自评 group (完成情况 prose,
//    分项得分, 自评得分 merged per indicator) and a 市商务局初审 group (初审得分/意见, not the claim) under a two-row header;
//    villages as the 国家统计局 统计用区划代码 list (town rows interleaved, 城乡分类代码, 236 村委会 ≥ 200 so the base is
//    capped); stations grouped by town with a date corrected beside the old one; training as sessions (线下|线上|小计) plus a
//    persons × sessions √ matrix for the 脱贫户 classes; poor persons with 务工情况 as free text (县内务工 is not migrant);
//    enterprises with 协议签订 vs 实际入驻 dates; funds in 万元 with four decimals; the bureau's 发文登记簿 as the report log;
//    the site CMS export (创建时间 vs 发布时间) as the disclosure log; a county-TV 扶贫 case (no tvCase bonus).
// f1 吴川市 (湛江): a 调查问卷 answered with option letters (multi-select, full-width letter, option text instead of a
//    letter, one blank answer), units in each question (万人, 亿元, 万元), 双组长 with a department missing.
// f2 从化区 (广州): a Word table pasted as two columns with several lines in each cell (单元格内换行), a corrected figure
//    written beside the old one, a month-only opening date, 市定 (not 省定) poor villages, ticks √/× per line.
// f3 阳西县 (阳江): a monthly progress tracker (cumulative columns 2020年9月…2021年9月, 当月 vs 累计 rows) under a
//    side-by-side pairs block, a 自查 table with two check dates (read the August one), judged points as pairs in a row.
// l1 罗定市 (云浮): the accounting software's 明细分类账 (year header over 月|日, two years on one sheet, 借方 = paid,
//    a 贷方 receipt, 本月合计/本年累计/结转 rows), a 科目余额表, one sign-in sheet per class (date range in a title line,
//    未到/请假 rows, a partner's sheet with masked IDs).
// l2 台山市 (江门): villages with 自然村 sub-rows under merged 村委会 cells, stations turned on their side in two blocks,
//    an enterprise change log (入驻/退出/续签 events folded per firm), column updates one row per month with days in a cell.
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
let seed = 166166;
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
    assert(/^b166-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b166-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b166-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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



// ---------------------------------------------------------------- extra helpers (batch 162)
function monthDot(iso) {
  // "2020.10": a month typed as text with a dot (October, not 2020.1)
  const [y, m] = ymd(iso.length === 7 ? iso + "-01" : iso);
  return `${y}.${m}`;
}
function wanText(yuan, dp) {
  // integer yuan -> "38.256" style 万元 text with fixed decimals
  return (yuan / 10000).toFixed(dp);
}
function dtText(iso, t) {
  return `${iso} ${t}`;
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function maskId(id) {
  return id.slice(0, 6) + "********" + id.slice(14);
}


// ---------------------------------------------------------------- extra helpers (batch 164)
function fwText(s) {
  // full-width digits and the full-width decimal point / comma / percent a Word form produces
  return s.replace(/[0-9]/g, (c) => FW[Number(c)]).replace(/\./g, "．").replace(/,/g, "，").replace(/%/g, "％");
}
function cnYear(y) {
  return String(y).split("").map((c) => CN_D[Number(c)]).join("");
}
function commaInt(n) {
  return fmtInt(n);
}
function ratioGE(num, den, pct) {
  // num/den >= pct% exactly
  return num * 100 >= pct * den;
}


// ---------------------------------------------------------------- extra helpers (batch 166)
function pad3(n) {
  return String(n).padStart(3, "0");
}
function wan4(yuan) {
  // integer yuan -> a number of 万元 with up to 4 decimals, exact as typed
  assert(Number.isInteger(yuan), "wan4 integer");
  return Number((yuan / 10000).toFixed(4));
}
function lastDay(y, m) {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
function mergeCol(merges, col, r0, r1) {
  if (r1 > r0) merges.push(`${col}${r0}:${col}${r1}`);
}

// =====================================================================================================
// c1 — 肇庆怀集县: whole workbook (see the header comment)
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "441224";
  // [town, town code, 村委会, 居委会]
  const TOWNS = [["怀城街道", "001", 6, 8], ["闸岗镇", "100", 16, 1], ["坳仔镇", "101", 12, 1], ["汶朗镇", "102", 9, 1], ["甘洒镇", "103", 10, 1],
    ["凤岗镇", "104", 11, 1], ["洽水镇", "105", 13, 1], ["梁村镇", "106", 19, 1], ["大岗镇", "107", 18, 1], ["岗坪镇", "108", 12, 1],
    ["冷坑镇", "109", 22, 1], ["马宁镇", "110", 13, 1], ["蓝钟镇", "111", 11, 1], ["永固镇", "112", 10, 1], ["诗洞镇", "113", 12, 1],
    ["桥头镇", "114", 11, 1], ["中洲镇", "115", 15, 1], ["连麦镇", "116", 10, 1], ["下帅壮族瑶族乡", "200", 6, 0]];
  const namer = villageNamer("大小新旧东西南北上中下龙石黄白金高水马安乐福富和平长兴良古竹松", ["塘", "田", "坪", "洞", "岭", "头", "边", "寨", "冲", "垌", "湾", "围", "洲", "口", "滩", "桥", "岩", "江", "楼", "坑"]);
  const newName = noDupNamer(namer, TOWNS.map(([t]) => t.slice(0, 2)).concat(["城东", "城西", "城南", "城北", "城中"]));
  const CITY_COMMS = ["城东社区", "城西社区", "城南社区", "城北社区", "城中社区", "新城社区", "幸福社区", "花园社区"];
  const towns = TOWNS.map(([town, tc, nv, nc]) => {
    const vs = [];
    for (let q = 0; q < nv; q++) vs.push(newName());
    const cs = tc === "001" ? CITY_COMMS.slice(0, nc) : nc ? [town.slice(0, 2) + "社区"] : [];
    return { town, tc, vs, cs };
  });
  const admin = towns.flatMap((t) => t.vs);
  const comms = towns.flatMap((t) => t.cs);
  assert(admin.length === 236 && comms.length === 25, "c1 236 villages + 25 communities " + admin.length + "/" + comms.length);
  const townOf = {};
  for (const t of towns) for (const v of t.vs.concat(t.cs)) townOf[v] = t.town;
  const short = (town) => town.replace(/街道$|镇$|壮族瑶族乡$/, "");

  // ---------------- 行政村（统计用区划代码）: the NBS list, towns interleaved
  const vRows = [["2020年统计用区划代码和城乡划分代码"], ["广东省　肇庆市　怀集县（441224）"], ["统计用区划代码", "城乡分类代码", "名称"]];
  for (const t of towns) {
    vRows.push([`${REGION}${t.tc}000`, null, t.town]);
    t.cs.forEach((c, j) => vRows.push([`${REGION}${t.tc}${pad3(j + 1)}`, t.tc === "001" ? "111" : "121", `${c}居委会`]));
    t.vs.forEach((v, j) => vRows.push([`${REGION}${t.tc}${pad3(200 + j + 1)}`, t.tc === "001" ? "112" : j === 0 ? "121" : j === 1 ? "122" : "220", `${v}委会`]));
  }
  vRows.push(["注：城乡分类代码 111主城区、112城乡结合区、121镇中心区、122镇乡结合区、220村庄。"]);
  vRows.push(["资料来源：国家统计局网站（2020年统计用区划代码），县统计局下载整理。"]);
  assert(vRows.filter((r) => typeof r[2] === "string" && r[2].endsWith("村委会")).length === 236, "c1 NBS list 236 村委会");
  assert(vRows.some((r) => r[1] === "121" && String(r[2]).endsWith("村委会")), "c1 a 村委会 coded 镇中心区");

  // ---------------- 省定贫困村: one per town outside 怀城
  const poorList = towns.filter((t) => t.tc !== "001").slice(0, 18).map((t) => t.vs[2]);
  assert(poorList.length === 18, "c1 18 poor villages");
  const pvRows = [["怀集县省定相对贫困村名单"], ["序号", "镇（乡）", "村名", "相对贫困户（户）", "相对贫困人口（人）", "驻村帮扶单位"]];
  const HELPERS = ["县人民医院", "县财政局", "县供电局", "县农业农村局", "县教育局", "县人社局", "县交通运输局", "县住建局", "县水务局",
    "县林业局", "县公安局", "县税务局", "县自然资源局", "县市场监管局", "县卫健局", "县商务局", "县民政局", "县总工会"];
  let phh = 0;
  let ppp = 0;
  poorList.forEach((v, j) => {
    const hh = rint(28, 76);
    const pp = hh * 3 - rint(0, 20);
    phh += hh;
    ppp += pp;
    pvRows.push([j + 1, townOf[v], j % 3 === 0 ? `${v}民委员会` : j % 3 === 1 ? `${v}委会` : v, hh, pp, HELPERS[j]]);
  });
  pvRows.push(["合计", null, "18个", phh, ppp, null]);

  // ---------------- 站点台账: grouped by town, 镇级站 in the town-seat 社区, one date corrected beside the old one
  const nonPoor = admin.filter((v) => !poorList.includes(v));
  const covNonPoor = shuffle(nonPoor).slice(0, 126);
  const uncoveredNonPoor = nonPoor.filter((v) => !covNonPoor.includes(v));
  const latePoor = poorList[11];
  const lateVillage = uncoveredNonPoor[7];
  const dups = [covNonPoor[5], covNonPoor[40], covNonPoor[90]];
  const ST = [];
  for (const v of covNonPoor.concat(poorList.filter((p) => p !== latePoor))) ST.push({ v, iso: randIsoBetween("2020-07-01", "2021-08-25"), level: "村级" });
  for (const v of dups) ST.push({ v, iso: randIsoBetween("2021-01-05", "2021-08-20"), level: "村级", dup: true });
  ST.push({ v: latePoor, iso: "2021-09-06", level: "村级", corrected: "2021-08-20" });
  ST.push({ v: lateVillage, iso: "2021-09-17", level: "村级" });
  for (const t of towns) if (t.tc !== "001" && t.cs.length) ST.push({ v: t.cs[0], iso: randIsoBetween("2020-06-15", "2020-12-20"), level: "镇级" });
  const OPS = ["中国邮政集团有限公司怀集县分公司", "怀集县供销合作联社", "肇庆市怀集农村电商服务有限公司", "村股份经济合作社"];
  const sRows = [["怀集县镇村电子商务服务站点台账"], ["填报单位：怀集县商务局　　　　更新至：2021年9月20日"],
    ["序号", "站点名称", "站点级别", "所在村（社区）", "挂牌时间", "运营主体", "负责人", "联系电话", "备注"]];
  const sMerges = ["A1:I1", "A2:I2"];
  let seq = 0;
  let fmtI = 0;
  const stRecs = [];
  towns.forEach((t, ti) => {
    const list = ST.filter((s) => townOf[s.v] === t.town).sort((a, b) => (a.level === b.level ? cmp(a.iso, b.iso) : a.level === "镇级" ? -1 : 1));
    if (!list.length) return;
    sRows.push([`（${CN_NUM[ti + 1]}）${t.town}`]);
    sMerges.push(`A${sRows.length}:I${sRows.length}`);
    for (const s of list) {
      let dc;
      if (s.corrected) dc = `${dotDate(s.iso)}（原登记${dotDate(s.corrected)}，经核实更正）`;
      else {
        const f = fmtI++ % 6;
        dc = f === 0 ? D(s.iso) : f === 1 ? dotDate(s.iso) : f === 2 ? cnDate(s.iso) : f === 3 ? slashDate(s.iso) : f === 4 ? twoDot(s.iso) : s.iso < "2021-08-01" ? cnMonth(s.iso) : dotDate(s.iso);
      }
      const vName = s.level === "镇级" ? s.v : seq % 5 === 1 ? `${s.v}委会` : seq % 7 === 3 ? `${s.v}民委员会` : s.v;
      const stName = s.level === "镇级" ? `${t.town}电子商务服务站` : s.dup ? `${s.v.replace(/村$/, "")}村邮乐购电商服务点` : `${s.v.replace(/村$/, "")}村电商服务站`;
      const note = s.dup ? "同村第二个站点" : s.level === "镇级" ? "镇级服务站" : s.corrected ? "挂牌时间更正" : null;
      sRows.push([++seq, stName, s.level, vName, dc, OPS[seq % 4], personName(), mask(phone()), note]);
      stRecs.push(s);
    }
    sRows.push([`小计：${list.length}个`]);
    sMerges.push(`A${sRows.length}:I${sRows.length}`);
  });
  sRows.push([`合计：${seq}个（镇级${ST.filter((s) => s.level === "镇级").length}个，村级${ST.filter((s) => s.level === "村级").length}个）`]);
  sMerges.push(`A${sRows.length}:I${sRows.length}`);
  const covered = new Set(stRecs.filter((s) => admin.includes(s.v) && s.iso <= CUT).map((s) => s.v));
  const coveredEver = new Set(stRecs.filter((s) => admin.includes(s.v)).map((s) => s.v));
  const poorCovered = poorList.filter((p) => covered.has(p));
  assert(covered.size === 143 && coveredEver.size === 145, "c1 143 villages covered by the cut-off, 145 ever " + covered.size);
  assert(ratioGE(143, 200, 70) && !ratioGE(143, 236, 70) && ratioGE(143, 236, 50), "c1 143/200 = 71.5% → 5 (143/236 = 60.6% would be 2)");
  assert(poorCovered.length === 17 && ratioGE(17, 18, 80) && !ratioGE(17, 18, 100), "c1 17/18 poor covered → 3");
  assert(ST.length === 143 + 3 + 2 + 17 && seq === ST.length, "c1 station rows " + ST.length);
  const clerkCov = coveredEver.size;

  // ---------------- 脱贫人口台账: 务工情况 in free text
  // F 在家务农, C 县内务工, J 灵活就业（本村） — labour, not migrant; M 外出务工; O 无劳动能力（老人）; K 在校生; X 丧失劳动能力
  const HH = ["FFO", "CFK", "FMK", "FFX", "CCO", "FJ", "MFK", "CFO", "FFM", "JFK", "CCX", "FFO", "FMM", "JCK", "FFO", "CFX", "JJ", "FCM",
    "FFK", "CJO", "FMX", "CFFMMO", "FFCO", "FFCCM", "FFJJ"];
  const persons = [];
  const pRows = [["怀集县建档立卡脱贫人口台账（电商培训对象摸底）"], ["来源：县乡村振兴局　　摸底时间：2021年1月"],
    ["序号", "镇（乡）", "村", "户主", "姓名", "身份证号码", "劳动能力", "务工情况", "备注"]];
  const pMerges = ["A1:I1", "A2:I2"];
  const MIG = ["广州务工", "深圳务工", "东莞务工", "佛山务工", "中山务工"];
  let no = 0;
  HH.forEach((hh, h) => {
    const v = h < 18 ? poorList[h] : covNonPoor[(h * 11) % covNonPoor.length];
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    const r0 = pRows.length + 1;
    let head = "";
    hh.split("").forEach((c, j) => {
      const labour = "FCJM".includes(c);
      const male = j === 0 ? rnd() < 0.75 : rnd() < 0.5;
      const birth = c === "O" ? birthBetween(1937, 1953) : c === "K" ? birthBetween(2005, 2014) : c === "X" ? birthBetween(1958, 1975) : j <= 1 ? birthBetween(1965, 1984) : birthBetween(1990, 2002);
      const name = j === 0 || c === "K" ? personName(sn) : personName();
      if (j === 0) head = name;
      const id = makeId(REGION, birth, male, h === 3 && j === 0 ? true : h === 13 && j === 1 ? true : undefined);
      const work = c === "F" ? "在家务农" : c === "C" ? `县内务工（${no % 2 ? "怀城" : short(townOf[v])}）` : c === "J" ? "灵活就业（本村）" : c === "M" ? MIG[no % 5] : null;
      const ability = labour ? "有劳动能力" : c === "X" ? "丧失劳动能力" : "无劳动能力";
      const note = c === "K" ? "在校生" : c === "O" ? "老年人" : c === "X" ? "长期慢性病" : c === "M" ? "常年外出" : null;
      pRows.push([++no, j === 0 ? townOf[v] : null, j === 0 ? v : null, j === 0 ? head : null, name, id, ability, work, note]);
      persons.push({ id, name, c, v, labour, migrant: labour ? c === "M" : null });
    });
    for (const col of ["B", "C", "D"]) mergeCol(pMerges, col, r0, pRows.length);
  });
  pRows.push(["合计", null, null, `${HH.length}户`, `${persons.length}人`, null, null, null, null]);
  const eligible = persons.filter((p) => p.labour && !p.migrant);
  const migrants = persons.filter((p) => p.migrant);
  assert(persons.length === 80 && eligible.length === 52 && migrants.length === 10, `c1 roster ${persons.length}/${eligible.length}/${migrants.length}`);
  assert(eligible.filter((p) => p.c === "C").length === 14, "c1 14 县内务工");

  // ---------------- 脱贫户专题培训考勤表: persons × sessions, √ in the session's column
  const PS = [["第一期", "2020-11-12"], ["第二期（春节返乡专场）", "2021-02-03"], ["第三期", "2021-04-08"], ["第四期", "2021-06-17"], ["第五期", "2021-08-12"], ["第六期", "2021-09-16"]];
  const Cs = shuffle(eligible.filter((p) => p.c === "C"));
  const FJs = shuffle(eligible.filter((p) => p.c !== "C"));
  const trained = Cs.slice(0, 12).concat(FJs.slice(0, 25));
  const att = new Map();
  for (const p of trained) {
    const s = [];
    for (let q = 0; q < 5; q++) if (rnd() < 0.45) s.push(q);
    if (!s.length) s.push(rint(0, 4));
    att.set(p.id, s);
  }
  for (const p of migrants.slice(0, 3)) att.set(p.id, [1]);
  const lateOnes = [Cs[12], FJs[25], FJs[26]];
  for (const p of lateOnes) att.set(p.id, [5]);
  for (const p of trained.slice(0, 5)) att.get(p.id).push(5);
  const mRows = [["怀集县脱贫户电商技能专题培训考勤表"], ["序号", "姓名", "身份证号码", "所在村", "培训期次及日期（参训打“√”）", null, null, null, null, null, "参训次数"],
    [null, null, null, null].concat(PS.map(([n, iso]) => `${n}\n${dotDate(iso)}`), [null])];
  const mMerges = ["A1:K1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:J2", "K2:K3"];
  const attendees = persons.filter((p) => att.has(p.id));
  const colCount = [0, 0, 0, 0, 0, 0];
  attendees.forEach((p, j) => {
    const s = att.get(p.id);
    s.forEach((q) => colCount[q]++);
    mRows.push([j + 1, p.name, p.id, p.v].concat(PS.map((_, q) => (s.includes(q) ? "√" : null)), [s.length]));
  });
  mRows.push(["人次合计", null, null, null].concat(colCount, [sum(colCount)]));
  mMerges.push(`A${mRows.length}:D${mRows.length}`);
  const T = sum(colCount.slice(0, 5));
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedPre = new Set(attendees.filter((p) => eligIds.has(p.id) && att.get(p.id).some((q) => q < 5)).map((p) => p.id));
  assert(trainedPre.size === 37 && ratioGE(37, 52, 70) && pct1(37, 52) === "71.2%", "c1 37/52 = 71.2% → 10 + bonus");
  const cIds = new Set(eligible.filter((p) => p.c === "C").map((p) => p.id));
  const trainedNoC = [...trainedPre].filter((id) => !cIds.has(id)).length;
  assert(trainedNoC === 25 && !ratioGE(25, 38, 70), "c1 treating 县内务工 as migrants gives 25/38 = 65.8% (the trap)");
  assert(T >= 42, "c1 matrix ticks before the cut-off " + T);

  // ---------------- 普及性培训台账: sessions, 参训人次 线下 | 线上 | 小计 under a two-row header
  const TOPIC = ["农村电商基础知识", "网店开设与运营", "短视频拍摄与剪辑", "直播带货实操", "社群营销", "砂糖桔网络营销", "农产品包装与品牌", "电商客服与物流", "微商城运营"];
  const OBJ = ["农户、合作社", "返乡青年", "电商从业人员", "村级站点人员", "退役军人", "妇女创业者", "镇村干部"];
  const SES = [];
  for (const m of monthsBetween("2020-06", "2021-08")) {
    const nS = m === "2021-02" ? 1 : rint(2, 3);
    const days = [];
    while (days.length < nS) {
      const d = rint(3, 25);
      if (!days.some((x) => Math.abs(x - d) < 4)) days.push(d);
    }
    days.sort((a, b) => a - b);
    for (const d of days) {
      const start = `${m}-${String(d).padStart(2, "0")}`;
      const len = rnd() < 0.25 ? rint(1, 2) : 0;
      const off = rint(60, 140);
      const on = rnd() < 0.4 ? rint(20, 90) : 0;
      SES.push({ start, iso: isoAdd(start, len), off, on });
    }
  }
  const S_TARGET = 4958;
  for (let diff = S_TARGET - sum(SES.map((s) => s.off + s.on)), j = 0; diff !== 0; j = (j + 3) % SES.length) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 9);
    if (SES[j].off + st >= 40 && SES[j].off + st <= 180) {
      SES[j].off += st;
      diff -= st;
    }
  }
  SES.push({ start: "2021-09-07", iso: "2021-09-08", off: 118, on: 38 }, { start: "2021-09-23", iso: "2021-09-23", off: 96, on: 22 });
  const tRows = [["怀集县电子商务普及性培训台账"], ["期次", "培训时间", "培训主题", "培训对象", "参训人次", null, null, "备注"],
    [null, null, null, null, "线下", "线上", "小计", null]];
  const tMerges = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3"];
  SES.forEach((s, j) => {
    let dc;
    if (s.start !== s.iso) {
      const [y1, m1, d1] = ymd(s.start);
      const [, m2, d2] = ymd(s.iso);
      dc = m1 === m2 ? `${y1}.${m1}.${d1}-${d2}` : `${y1}.${m1}.${d1}-${m2}.${d2}`;
    } else dc = j % 4 === 0 ? D(s.iso) : j % 4 === 1 ? twoDot(s.iso) : j % 4 === 2 ? slashDate(s.iso) : cnDate(s.iso);
    tRows.push([`第${j + 1}期`, dc, TOPIC[j % TOPIC.length], OBJ[j % OBJ.length], s.off, s.on || null, s.off + s.on, s.on ? "线上为直播间实名签到" : null]);
  });
  tRows.push(["合计", null, null, null, sum(SES.map((s) => s.off)), sum(SES.map((s) => s.on)), sum(SES.map((s) => s.off + s.on)), null]);
  tRows.push(["注：脱贫户专题培训见《脱贫户专题培训考勤表》，不在本表重复统计。"]);
  tMerges.push(`A${tRows.length}:H${tRows.length}`);
  const Spre = sum(SES.filter((s) => s.iso <= CUT).map((s) => s.off + s.on));
  assert(Spre === S_TARGET && Spre * 1000 >= 500000 * 8 && Spre * 1000 < 500000 * 10, "c1 sessions alone 4,958 = 0.99% → 8");
  const personTimes = Spre + T;
  assert(personTimes * 1000 >= 500000 * 10, "c1 with the poor-household classes ≥ 1% → 10: " + personTimes);
  const statedPT = sum(SES.map((s) => s.off + s.on)) + sum(colCount);

  // ---------------- 产业园入驻企业: 协议签订日期 vs 实际入驻日期
  const ENT = [
    ["怀集县绿野电子商务有限公司", "平台型"], ["肇庆市怀集优品网络科技有限公司", "平台型"], ["怀集县燕都农产品网店", "销售型"],
    ["怀集县桔香电子商务商行", "销售型"], ["怀集县山里货电子商务有限公司", "销售型"], ["怀集县汶朗蜜柚专业合作社网店", "销售型"],
    ["怀集县新农人电商运营服务有限公司", "电商运营服务商"], ["怀集县云店代运营工作室", "电商运营服务商"], ["怀集县中通快递服务部", "物流快递"],
    ["怀集县韵达速递营业部", "物流快递"], ["怀集县农品冷链仓储有限公司", "物流快递"], ["怀集县茶香电子商务有限公司", "销售型"],
    ["肇庆市怀集乡味直播传媒有限公司", "电商运营服务商"], ["怀集县品创包装设计工作室", "设计服务"], ["怀集县电商职业技能培训学校", "培训机构"],
    ["怀集县禾丰农业发展有限公司网店", "销售型"], ["怀集县兰花种植专业合作社网店", "销售型"], ["怀集县鲜达同城配送有限公司", "物流快递"],
    ["怀集县聚农平台科技有限公司", "平台型"], ["怀集县竹乡特产网店", "销售型"], ["怀集县星火直播基地运营有限公司", "电商运营服务商"],
    ["怀集县金秋电子商务商行", "销售型"],
  ].map(([n, t]) => ({ n, t, code: creditCode(REGION), sign: randIsoBetween("2020-08-01", "2021-06-30") }));
  for (const e of ENT) e.en = isoAdd(e.sign, rint(5, 40));
  ENT[4].left = "2021-06-30";
  ENT[20].sign = "2021-07-26";
  ENT[20].en = "2021-09-08";
  ENT[21].sign = "2021-08-18";
  ENT[21].en = null;
  ENT.sort((a, b) => cmp(a.sign, b.sign));
  const eRows = [["怀集县电子商务产业园入驻企业名单"], ["序号", "企业名称", "统一社会信用代码", "经营类型", "入驻协议签订日期", "实际入驻日期", "退园日期", "备注"]];
  ENT.forEach((e, j) => {
    const dc = (iso) => (iso === null ? null : j % 2 ? dotDate(iso) : D(iso));
    eRows.push([j + 1, e.n, e.code, e.t, dc(e.sign), e.en ? dc(e.en) : null, e.left ? dotDate(e.left) : null,
      e.left ? "租约到期退园" : e.en === null ? "装修中，未入驻" : e.en > CUT ? "9月入驻" : null]);
  });
  eRows.push([`注：签订入驻协议${ENT.length}家。`]);
  const inPark = ENT.filter((e) => e.en && e.en <= CUT && !(e.left && e.left <= CUT));
  assert(inPark.length === 19 && ENT.filter((e) => e.en && e.en <= CUT).length === 20, "c1 19 in the park at the cut-off (20 entered, 1 left)");
  assert(new Set(inPark.map((e) => e.t)).size >= 3, "c1 three types");
  assert(ENT.every((e) => !e.en || e.en >= e.sign), "c1 entry after signing");

  // ---------------- 资金拨付台账: 金额单位 万元 (4 decimals), running 累计
  const ALLOC = 5000000;
  const PAY = [
    ["2020-07-16", "县级电子商务公共服务中心建设（首期）", "肇庆市怀集农村电商服务有限公司", 600000],
    ["2020-09-08", "镇村电商服务站点建设（首期）", "中国邮政集团有限公司怀集县分公司", 450000],
    ["2020-10-27", "县镇村三级物流配送体系建设（首期）", "怀集县鲜达同城配送有限公司", 380000],
    ["2020-12-10", "农村电商人才培训（第一批）", "广东燕都职业培训学校", 186500],
    ["2021-01-22", "县级电子商务公共服务中心建设（进度款）", "肇庆市怀集农村电商服务有限公司", 420000],
    ["2021-03-15", "镇村电商服务站点建设（进度款）", "中国邮政集团有限公司怀集县分公司", 395460],
    ["2021-04-28", "农产品品牌培育及营销推广", "肇庆市品创营销策划有限公司", 268000],
    ["2021-05-31", "冷链及农产品溯源系统（首期）", "广东粤冷链科技有限公司", 312000],
    ["2021-06-25", "农村电商人才培训（第二批）", "广东燕都职业培训学校", 173500],
    ["2021-07-20", "县镇村三级物流配送体系建设（进度款）", "怀集县鲜达同城配送有限公司", 327000],
    ["2021-08-27", "公共信息服务系统", "肇庆市数联网络科技有限公司", 300000],
    ["2021-09-14", "镇村电商服务站点建设（尾款）", "中国邮政集团有限公司怀集县分公司", 226400],
    ["2021-09-28", "农村电商人才培训（第三批）", "广东燕都职业培训学校", 164000],
  ];
  const fRows = [["怀集县电子商务进农村综合示范专项资金拨付台账"], ["省级专项资金下达：500万元　　　　　　　　　　　　金额单位：万元"],
    ["序号", "拨付日期", "项目", "收款单位", "拨付金额", "支付凭证号", "累计拨付", "支出进度"]];
  let cum = 0;
  PAY.forEach(([iso, what, who, amt], j) => {
    cum += amt;
    fRows.push([j + 1, j % 3 === 0 ? D(iso) : j % 3 === 1 ? cnDate(iso) : dotDate(iso), what, who, wan4(amt), `怀财国支〔${iso.slice(0, 4)}〕${pad3(20 + j * 17)}号`, wan4(cum), pct2(cum, ALLOC)]);
  });
  fRows.push(["合计", null, null, null, wan4(cum), null, null, null]);
  fRows.push(["注：拨付日期以国库集中支付凭证日期为准。"]);
  const spentPre = sum(PAY.filter((p) => p[0] <= CUT).map((p) => p[3]));
  assert(spentPre === 3812460 && ratioGE(spentPre, ALLOC, 70) && pct2(spentPre, ALLOC) === "76.25%", "c1 spent by the cut-off " + spentPre);
  assert(wan4(395460) === 39.546 && wan4(186500) === 18.65, "c1 万元 with decimals");

  // ---------------- 发文登记簿: monthly reports to 肇庆市商务局 among other outgoing documents
  const gRows = [["怀集县商务局发文登记簿（2020—2021年）"], ["序号", "发文日期", "文号", "文件标题", "主送单位", "签发人", "备注"]];
  const OUT = [];
  for (const m of monthsBetween("2020-08", "2021-08")) {
    const next = monthsBetween(m, "2021-12")[1];
    OUT.push({ iso: `${next}-${String(rint(2, 9)).padStart(2, "0")}`, title: `关于报送${cnMonth(m)}电子商务进农村综合示范创建工作进展及电商扶贫情况的报告`, to: "肇庆市商务局" });
  }
  OUT.push({ iso: "2020-09-21", title: "关于申请拨付电子商务进农村综合示范项目资金的请示", to: "县财政局" });
  OUT.push({ iso: "2020-12-03", title: "关于召开全县电子商务进农村综合示范工作推进会的通知", to: "各镇人民政府、县直有关单位" });
  OUT.push({ iso: "2021-03-29", title: "关于开展村级电商服务站点运营情况检查的通知", to: "各镇人民政府" });
  OUT.push({ iso: "2021-06-18", title: "关于报送怀集县电子商务进农村综合示范创建经验材料的函", to: "肇庆市商务局" });
  OUT.push({ iso: "2021-07-12", title: "关于商请提供2020年农村网络零售额数据的函", to: "县统计局" });
  OUT.sort((a, b) => cmp(a.iso, b.iso));
  const docNo = { 2020: 36, 2021: 1 };
  OUT.forEach((o, j) => gRows.push([j + 1, j % 2 ? D(o.iso) : dotDate(o.iso), `怀商务〔${o.iso.slice(0, 4)}〕${(docNo[o.iso.slice(0, 4)] += rint(1, 4))}号`, o.title, o.to, ["李××", "梁××"][j % 2], null]));
  const repMonths = new Set(OUT.filter((o) => o.to === "肇庆市商务局" && /进展/.test(o.title) && o.iso <= CUT).map((o) => ym(o.iso)));
  assert(WINDOW.every((w) => repMonths.has(w)), "c1 reported every month");

  // ---------------- 专栏发布记录: the site CMS export (创建时间 vs 发布时间)
  const DIS = [{ t: "怀集县电子商务进农村综合示范县创建工作方案", c: "创建方案", cr: "2020-05-11", pub: "2020-05-12" },
    { t: "怀集县电子商务进农村综合示范项目基本信息", c: "项目信息", cr: "2020-05-11", pub: "2020-05-12" },
    { t: "怀集县电子商务进农村综合示范项目监督举报电话", c: "监督举报", cr: "2020-05-13", pub: "2020-05-13" }];
  for (const m of monthsBetween("2020-06", "2021-09")) {
    const prev = monthsBetween("2020-01", m).slice(-2)[0];
    const t = `怀集县电子商务进农村综合示范项目建设进度（${cnMonth(prev)}）`;
    if (m === "2021-02") {
      DIS.push({ t, c: "建设进度", cr: "2021-02-24", pub: "2021-03-02" });
      continue;
    }
    if (m === "2021-03") {
      DIS.push({ t, c: "建设进度", cr: "2021-03-26", pub: "2021-03-29" });
      continue;
    }
    const cr = `${m}-${String(rint(3, 20)).padStart(2, "0")}`;
    DIS.push({ t, c: "建设进度", cr, pub: isoAdd(cr, rint(0, 2)) });
  }
  DIS.push({ t: "怀集县电子商务进农村综合示范项目资金使用情况公示（草稿）", c: "项目信息", cr: "2021-08-19", pub: null });
  const dRows = [["序号", "标题", "所属栏目", "创建人", "创建时间", "发布时间", "状态", "浏览量"]];
  const hmsAfter = (t) => {
    // a time later on the same day (publishing follows creation)
    const [h, mi, se] = t.split(":").map(Number);
    const sec = Math.min(h * 3600 + mi * 60 + se + rint(300, 7200), 23 * 3600 + 59 * 60);
    return [Math.floor(sec / 3600), Math.floor(sec / 60) % 60, sec % 60].map((x) => String(x).padStart(2, "0")).join(":");
  };
  DIS.forEach((x, j) => {
    const t0 = hms();
    const t1 = x.pub === x.cr ? hmsAfter(t0) : hms();
    dRows.push([j + 1, x.t, x.c, "hjswj_admin", `${x.cr} ${t0}`, x.pub ? `${x.pub} ${t1}` : null, x.pub ? "已发布" : "草稿", x.pub ? rint(40, 900) : 0]);
  });
  assert(dRows.slice(1).every((r) => r[5] === null || r[5] > r[4]), "c1 published after created");
  const pubMonths = new Set(DIS.filter((x) => x.pub && x.pub <= CUT).map((x) => ym(x.pub)));
  const crMonths = new Set(DIS.filter((x) => x.cr <= CUT).map((x) => ym(x.cr)));
  assert(WINDOW.filter((w) => !pubMonths.has(w)).join() === "2021-02" && WINDOW.every((w) => crMonths.has(w)), "c1 nothing published in February (created in February, published in March)");

  // ---------------- 宣传报道, 经验材料报送
  const MED = [["2020-12-09", "怀集县广播电视台《怀集新闻》", "县级", "电视", "家门口的电商服务站", "否"],
    ["2021-04-20", "南方日报", "省级", "报纸", "怀集砂糖桔“触网”走俏大湾区", "否"],
    ["2021-05-18", "怀集县广播电视台《怀集新闻》", "县级", "电视", "脱贫户直播卖兰花 电商路上奔小康", "是"],
    ["2021-09-03", "肇庆日报", "市级", "报纸", "怀集：电商进农村 山货出山来", "否"]];
  const meRows = [["怀集县电子商务进农村宣传报道统计"], ["序号", "刊播日期", "媒体名称", "媒体级别", "形式", "标题", "是否电商扶贫典型案例"]];
  MED.forEach((x, j) => meRows.push([j + 1, j % 2 ? cnDate(x[0]) : D(x[0]), x[1], x[2], x[3], `《${x[4]}》`, x[5]]));
  const caRows = [["经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送对象", "报送方式"],
    [1, "2021.6.18", "怀集县“电商+兰花”助力脱贫户增收经验材料", "肇庆市商务局", "公文（怀商务函）"],
    [2, "2021.9.10", "怀集县电子商务进农村综合示范创建工作总结", "广东省商务厅", "政务邮箱"]];

  // ---------------- 自评表（含市初审）: the official table, one row per 评分标准 clause
  const spentWan = (Math.round(spentPre / 100) / 100).toFixed(2);
  const ptPct = pct2(statedPT, 500000);
  const B = [
    // [group, indicator, weight, claimed, city, cityNote, [[clause, value, 完成情况, 分项]]]
    ["加强组织领导与统筹协调（10分）", "组织领导", 2, 2, 2, null, [["由县（市、区）政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）；由分管领导牵头（1分）", 2,
      "成立县电子商务进农村综合示范工作领导小组（怀府办函〔2020〕15号），县长任组长，常务副县长、分管副县长任副组长，县商务局、财政局、农业农村局、乡村振兴局、交通运输局、市场监管局、邮政分公司为成员单位", 2]]],
    [null, "方案制定", 2, 2, 2, null, [["工作方案因地制宜，可操作性较强（1-2分）", 2, "《怀集县电子商务进农村综合示范县创建工作方案》已正式印发（怀府办〔2020〕9号）", 2]]],
    [null, "政策支持", 2, 1, 1, null, [["出台相关政策，且得到较好落实（1-2分）", 2, "已出台《怀集县促进农村电子商务发展扶持办法》，部分奖补尚未兑现", 1]]],
    [null, "项目管理", 4, 4, 4, null, [["建立项目管理制度，在建设、验收环节严格落实相关制度（1-2分）", 2, "制定项目管理办法、验收办法，严格执行", 2],
      ["建立完整工作台账，详细记录项目建设情况（1-2分）", 2, "建立站点、培训、资金等工作台账", 2]]],
    ["深入推动电子商务进农村工作（55分）", "服务体系建设（县级中心与产业园）", 15, 14, 12, "产业园截至8月31日在园企业19家（1家6月退园，1家9月入驻）", [
      ["建成县级电子商务公共服务中心（2分）", 2, "已建成，面积1500㎡，2020年12月18日投入运营", 2],
      ["建成后已正常运行6个月以上（2分）", 2, "截至2021年8月31日已运行8个多月", 2],
      ["有免费培训场所、培训设备，能组织电商基础培训（2分）", 2, "有培训室1间、电脑40台，免费开展基础培训", 2],
      ["为特色农产品提供免费展示、销售服务（1分）", 1, "设农特产品展示区，免费展示、代销", 1],
      ["为电子商务市场主体提供免费摄影、美工服务（1分）", 1, "设摄影棚，免费提供产品摄影、美工", 1],
      ["组织农产品统一推广、指导特色农产品品牌建设（1分）", 1, "打造“怀集好物”区域公共品牌", 1],
      ["为电子商务发展提供其他衍生增值服务（1分）", 1, "暂未开展", 0],
      ["建设或整合、优化当地电商产业园（2分）", 2, "整合建成怀集县电子商务产业园", 2],
      ["电商产业园企业入驻数量达20家及以上（2分）", 2, `签订入驻协议${ENT.length}家，已入驻20家`, 2],
      ["入驻企业含平台型、销售型、电商运营商或物流企业等至少三种以上类型（1分）", 1, "平台型、销售型、运营服务商、物流快递等", 1]]],
    [null, "服务体系建设（村级站点覆盖）", 10, 10, 8, `${latePoor}站点2021年9月6日挂牌`, [
      ["行政村覆盖率70%及以上（5分），50%-70%（不含）（2分）", 5, `全县行政村236个（按200个计），已建站点覆盖${clerkCov}个行政村，覆盖率${pct1(clerkCov, 200)}`, 5],
      ["贫困村覆盖率100%（5分），80%-100%（不含）（3分）", 5, "18个省定贫困村全覆盖", 5]]],
    [null, "农村产品上行", 10, 9, 9, null, [
      ["对当地农产品网络销售进行调研，并形成针对性建议（1-2分）", 2, "委托第三方完成网销调研报告，提出针对性建议", 2],
      ["开展农村产品网络促销活动成效明显（1-2分）", 2, "举办砂糖桔、兰花网络促销节", 2],
      ["当地有专业第三方电子商务运营或服务商（1分）", 1, "有（肇庆市怀集农村电商服务有限公司）", 1],
      ["行政村物流快递覆盖率100%（1分）", 1, "全县行政村快递物流覆盖率100%", 1],
      ["有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）", 2, "出台《怀集砂糖桔电商交易标准》，冷链、溯源系统建设中", 1],
      ["2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）", 2, "农村网络零售额2019年32.64亿元、2020年41.37亿元，增长26.7%；农产品网络零售额2019年5.12亿元、2020年6.83亿元，增长33.4%", 2]]],
    [null, "电商人才培训", 20, 20, 20, null, [
      ["培训人次达常住人口1%及以上（10分），0.8%-1%（不含）（8分），0.6%-0.8%（不含）（6分）", 10, `常住人口84.63万人（超过50万，按50万计），截至9月底累计培训${fmtInt(statedPT)}人次，占${ptPct}`, 10],
      ["建档立卡贫困人口培训率50%及以上（10分），40%-50%（不含）（8分），30%-40%（不含）（6分）", 10, "有劳动能力的脱贫人口（不含外出务工）52人，参训37人，培训率71.2%", 10]]],
    ["加强信息公开及报送（10分）", "信息公开", 4, 4, 4, null, [
      ["在县政府网站设立公开专栏且内容全面（2分）", 2, "县政府门户网站设立专栏，公开创建方案、项目基本信息、建设进度，设监督举报电话", 2],
      ["近一年内专栏内容能按月更新（2分），不定时更新（1分）", 2, "每月更新建设进度", 2]]],
    [null, "数据上报", 6, 6, 6, null, [["近一年能每月向市商务局报送工作情况（3分），不定时上报（1分）", 3, "每月向肇庆市商务局报送工作进展", 3],
      ["能统计电商扶贫情况（3分）", 3, "按月统计电商扶贫情况，随月报报送", 3]]],
    ["加强宣传推广（10分）", "案例总结", 2, 2, 2, null, [["向市商务局报送经验材料（2分）", 2, "2021年6月18日向肇庆市商务局报送经验材料", 2]]],
    [null, "经验推广", 8, 8, 5, "肇庆日报报道在考评截止日后", [["省级及以上媒体进行宣传报道（4分）", 4, "南方日报2021年4月20日报道", 4],
      ["市级媒体进行宣传报道（3分）", 3, "肇庆日报2021年9月3日报道", 3],
      ["县级媒体进行宣传报道（1分）", 1, "怀集县广播电视台多次报道", 1]]],
    ["加强财政资金管理（15分）", "制度建立", 5, 5, 5, null, [["建立科学有效的资金管理制度且得到有效落实（1-5分）", 5, "制定《怀集县电子商务进农村综合示范专项资金管理办法》", 5]]],
    [null, "资金台账", 5, 4, 4, null, [["项目承建方建立资金专用台账，账目完整，能清晰反映资金使用情况（1-5分）", 5, "各承建单位建立资金专用台账", 4]]],
    [null, "资金支出", 5, 4, 4, null, [["资金支出率70%以上，且根据创建进度及时拨付（1-5分）；资金支出率低于70%倒扣5分", 5,
      `下达省级资金500万元，截至2021年8月31日拨付${spentWan}万元，支出率${pct1(spentPre, ALLOC)}`, 4]]],
    ["加分项（4分）", "贫困人口培训率", 2, 2, 2, null, [["建档立卡贫困人口培训率70%及以上（2分）", 2, "培训率71.2%", 2]]],
    [null, "电商扶贫典型案例获电视播报", 2, 1, 0, "县级电视台播报不计分", [["获国家级电视媒体播报（2分），省级（1分）（不累加）", 2, "怀集县广播电视台2021年5月18日播报脱贫户电商增收案例", 1]]],
  ];
  const IDS = ["org.leadership", "org.plan", "org.policy", "org.management", "work.center", "work.coverage", "work.upward", "work.training", "info.disclosure",
    "info.reporting", "promo.cases", "promo.media", "fund.system", "fund.ledger", "fund.spending", "bonus.poorTraining", "bonus.tvCase"];
  assert(IDS.length === B.length, "c1 blocks");
  const F = [["怀集县2019年省级电子商务进农村综合示范创建考评自评表"], ["（考评截止日期：2021年8月31日）　　填报单位：怀集县商务局（盖章）　　市商务局初审：2021年9月24日"],
    ["序号", "工作任务", "评价指标", "权重", "评分标准", "分值", "县（市、区）自评", null, null, "市商务局初审", null],
    [null, null, null, null, null, null, "完成情况", "分项得分", "自评得分", "初审得分", "初审意见"]];
  const FM = ["A1:K1", "A2:K2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:I3", "J3:K3"];
  const claimed = {};
  let grpStart = 0;
  let claimedBase = 0;
  let claimedBonus = 0;
  let cityTotal = 0;
  B.forEach(([g, ind, w, cl, city, cityNote, subs], bi) => {
    if (g !== null) {
      if (grpStart > 0) mergeCol(FM, "B", grpStart, F.length);
      grpStart = F.length + 1;
    }
    const r0 = F.length + 1;
    let subSum = 0;
    subs.forEach(([clause, val, done, p], j) => {
      subSum += p;
      F.push([j === 0 ? bi + 1 : null, g !== null && j === 0 ? g : null, j === 0 ? ind : null, j === 0 ? w : null, clause, val, done, p, j === 0 ? cl : null, j === 0 ? city : null, j === 0 ? cityNote || "同意" : null]);
    });
    assert(subSum === cl, "c1 sub-items add up to the claimed points " + ind);
    for (const col of ["A", "C", "D", "I", "J", "K"]) mergeCol(FM, col, r0, F.length);
    claimed[IDS[bi]] = cl;
    if (IDS[bi].startsWith("bonus")) claimedBonus += cl;
    else claimedBase += cl;
    cityTotal += city;
  });
  mergeCol(FM, "B", grpStart, F.length);
  const v0 = F.length + 1;
  F.push([null, "一票否决项", null, null, "发生安全生产、质量事故，或者造成重大经济损失和社会不良影响", null, "无", null, null, null, null]);
  F.push([null, null, null, null, "项目建设进度严重滞后，总体进度不足40%", null, "项目总体进度88%", null, null, null, null]);
  F.push([null, null, null, null, "弄虚作假", null, "无", null, null, null, null]);
  FM.push(`B${v0}:D${v0 + 2}`);
  F.push(["合计", null, null, 104, null, null, null, null, claimedBase + claimedBonus, cityTotal, null]);
  FM.push(`A${F.length}:C${F.length}`);
  F.push(["填表人：莫××　　审核人：黄××　　联系电话：0758-55xxxxx"]);
  FM.push(`A${F.length}:K${F.length}`);
  assert(claimedBase === 95 && claimedBonus === 3 && cityTotal === 90, `c1 claimed ${claimedBase}+${claimedBonus}, city ${cityTotal}`);
  assert(pct1(4137 - 3264, 3264) === "26.7%" && pct1(683 - 512, 512) === "33.4%", "c1 growth rates");

  // ---------------- points
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 2,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 0 + 1, "work.coverage": 5 + 3, "work.upward": 2 + 2 + 1 + 1 + 1 + 2,
    "work.training": 10 + 10, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 1,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 2, "bonus.tvCase": 0,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 87 && bonus === 2, "c1 total " + scored + "+" + bonus);
  const derivation = [
    "org.leadership: 自评表组织领导“完成情况”：县长任组长（主要领导），成员单位有县商务局、财政局、农业农村局、乡村振兴局 → 2",
    "org.plan: 分项得分（县自评）2，工作方案已正式印发（怀府办〔2020〕9号） → 2",
    "org.policy: 分项得分1（扶持办法已出台） → 1",
    "org.management: 项目管理制度分项2 + 工作台账分项2 → 4",
    `work.center: 中心2020年12月18日投入运营 → 建成2、运行满6个月（≤2021-02-28）2；免费培训2、展示1、摄影美工1、品牌1；其他衍生增值服务“暂未开展”（分项0） → 0；产业园整合建成 → 2；入驻企业名单${ENT.length}家按“实际入驻日期”：截止日前入驻20家，其中1家2021.6.30退园，1家2021年9月8日才入驻、1家“装修中，未入驻”（只看协议签订日期会多算） → 在园19家 < 20 → 0；类型有平台型、销售型、运营服务商、物流快递等 → 1；合计12（自评14、初审12）`,
    `work.coverage: 行政村名单是国家统计局区划代码表：镇（街）行与村（居）委会行交替，按名称“村委会/居委会”区分（城乡分类代码121/122的村委会也是行政村），行政村236个 ≥ 200，以200为基数；站点台账按镇分组（分组标题行、小计行、合计行不是站点），镇级服务站设在社区不算；截止日前有站点的行政村143个（3个村有第二个站点只算一次；${lateVillage}站点2021.9.17挂牌；${latePoor}的挂牌时间“2021.9.6（原登记2021.8.20，经核实更正）”以更正后为准） → 143/200 = 71.5% ≥ 70% → 5（若用236为基数只有60.6%）；省定贫困村18个，截止日前覆盖17个 → 94.4% → 3；合计8（自评10）`,
    "work.upward: 网销调研2；促销活动2；第三方运营服务商有 → 1；村名单（区划代码表）没有快递列，按自评表“快递物流覆盖率100%” → 1；交易标准与冷链溯源分项1；农产品网络零售额5.12亿→6.83亿元增长33.4% ≥ 30% → 2（农村网络零售额增长26.7%不够，但任一达标即可）；合计9",
    `work.training: 普及性培训台账按期登记，“参训人次”两行表头（线下|线上|小计），取小计：截止日前${fmtInt(Spre)}人次（2021年9月两期274人次不算，合计行不是一期）；脱贫户专题培训考勤表是人×期次的打√表，截止日前前五期共${T}个√（第六期2021.9.16不算）；合计${fmtInt(personTimes)}人次 ÷ 500,000（常住人口84.63万封顶50万） = ${pct2(personTimes, 500000)} ≥ 1% → 10（只算普及台账是0.99%，8分）；脱贫人口台账有劳动能力80人中62人，外出务工（广州/深圳/东莞/佛山/中山务工）10人，“县内务工（…）”“灵活就业（本村）”“在家务农”都不是外出务工 → 应培训52人；考勤表前五期里出现的其中37人（3名外出务工人员参加春节返乡专场不算） → 37/52 = 71.2% ≥ 50% → 10；合计20`,
    "info.disclosure: 专栏公开创建方案、项目基本信息、建设进度，并有监督举报电话 → 2；专栏发布记录是网站后台导出，按“发布时间”算：2021年2月那条进度是2月24日创建、3月2日才发布，2月没有发布 → 近一年不是每月更新 → 1（按创建时间会误算成每月）；草稿未发布不算；合计3（自评4）",
    "info.reporting: 发文登记簿里主送肇庆市商务局的月度进展报告2020年9月至2021年8月每月都有（其他主送县财政局、各镇、县统计局的文件不是报送；6月18日的经验材料函也不是月报） → 3；月报标题含“电商扶贫情况”，自评表“按月统计电商扶贫情况” → 3；合计6",
    "promo.cases: 经验材料报送登记2021.6.18向肇庆市商务局报送 → 2（9月10日报省商务厅的在截止日后）",
    "promo.media: 截止日前：南方日报（省级）2021-04-20 → 4；怀集县广播电视台（县级） → 1；肇庆日报（市级）2021年9月3日在截止日后 → 0；合计5（自评8）",
    "fund.system: 制度建立分项得分5 → 5",
    "fund.ledger: 资金台账分项得分4 → 4",
    `fund.spending: 资金拨付台账金额单位万元（39.546即395,460元）：截止日前11笔共${fmtMoney(spentPre)}元 ÷ 5,000,000 = 76.25% ≥ 70% → 评判分（资金支出分项得分）4 → 4（9月两笔共39.04万元不算；“累计拨付”“支出进度”列最后两行含9月）`,
    "bonus.poorTraining: 37/52 = 71.2% ≥ 70% → 2（把“县内务工”当外出务工会得25/38 = 65.8%）",
    "bonus.tvCase: 电商扶贫典型案例只在怀集县广播电视台（县级）播报，不是国家级或省级电视 → 0（自评1，初审0）",
    "veto.incident: 自评表“无” → 不否决",
    "veto.progress: 项目总体进度88% ≥ 40% → 不否决",
    "veto.fraud: “无” → 不否决",
  ];
  return {
    description:
      "肇庆怀集县商务局整本工作簿。“自评表（含初审）”是官方指标表按评分标准逐条拆行：县自评（完成情况、分项得分、按指标合并的自评得分）和市商务局初审（初审得分、初审意见）两组两行表头；自评得分才是县的自评（基本分95、加分3），初审得分不是；事实在“完成情况”的文字里（县长任组长，中心2020年12月18日投入运营，其他衍生增值服务“暂未开展”，零售额，常住人口84.63万，培训人次为9月底口径等）。“行政村（区划代码）”是国家统计局统计用区划代码表，镇（街）行夹在村（居）委会行之间，236个村委会、25个居委会，无快递列。“省定贫困村”18个，村名有“村民委员会/村委会”写法。“站点台账”按镇分组（分组标题、小计、合计行），镇级服务站设在社区，一个挂牌时间写成“2021.9.6（原登记2021.8.20，经核实更正）”，日期有日期单元格、“2021.3.5”“2021年3月5日”“2021/3/5”“21.3.5”、只到月等。“普及培训台账”参训人次两行表头（线下|线上|小计），两期在9月；“脱贫户专题培训考勤表”是人×期次打√（期次单元格里换行写日期），第六期在9月。“脱贫人口台账”务工情况是文字（广州务工、县内务工（怀城）、灵活就业（本村）…）。“产业园入驻企业”有协议签订日期和实际入驻日期、退园日期。“资金拨付台账”金额单位万元（4位小数），累计和支出进度列含9月。“发文登记簿”混有发给其他单位的文件。“专栏发布记录”是网站后台导出（创建时间/发布时间/状态）。“宣传报道”“经验材料报送”。",
    sheets: [
      { name: "自评表（含初审）", rows: F, merges: FM },
      { name: "行政村（区划代码）", rows: vRows, merges: ["A1:C1", "A2:C2"] },
      { name: "省定贫困村", rows: pvRows, merges: ["A1:F1"] },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "脱贫人口台账", rows: pRows, merges: pMerges },
      { name: "普及培训台账", rows: tRows, merges: tMerges },
      { name: "脱贫户专题培训考勤表", rows: mRows, merges: mMerges },
      { name: "产业园入驻企业", rows: eRows, merges: ["A1:H1"] },
      { name: "资金拨付台账", rows: fRows, merges: ["A1:H1", "A2:H2"] },
      { name: "发文登记簿", rows: gRows, merges: ["A1:G1"] },
      { name: "专栏发布记录", rows: dRows },
      { name: "宣传报道", rows: meRows, merges: ["A1:G1"] },
      { name: "经验材料报送", rows: caRows, merges: ["A1:E1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 湛江吴川市: a 调查问卷 answered with option letters (see the header comment)
// =====================================================================================================
function buildF1() {
  const rows = [["广东省电子商务进农村综合示范县创建情况调查问卷"],
    ["填报单位：吴川市商务局（盖章）　　　　数据截至：2021年8月31日　　　　填报日期：2021年9月7日"],
    ["填写说明：选择题在“答案”栏填写选项字母（多选题可填多个字母）；填空题直接填写数字，计量单位见题目；不掌握的情况可不填。"],
    ["题号", "题目", "选项", "答案", "备注"]];
  const merges = ["A1:E1", "A2:E2", "A3:E3"];
  const sec = (s) => {
    rows.push([s]);
    merges.push(`A${rows.length}:E${rows.length}`);
  };
  let q = 0;
  const Q = (text, opts, ans, note) => rows.push([++q, text, opts, ans, note || null]);
  const YN = "A.是　B.否";
  sec("一、基本情况");
  Q("县（市、区）名称", null, "吴川市");
  Q("常住人口（单位：万人，按第七次全国人口普查）", null, "92.51");
  Q("行政村数量（单位：个，不含社区居委会）", null, 186);
  Q("省定贫困村数量（单位：个）", null, 12);
  sec("二、组织领导");
  Q("示范创建工作领导小组组长由谁担任？（可多选）", "A.县（市、区）委书记　B.县（市、区）长　C.分管副县（市、区）长　D.其他", "AB", "实行“双组长”制");
  Q("领导小组成员单位包括（多选）", "A.商务　B.财政　C.农业农村　D.扶贫（乡村振兴）　E.交通运输　F.邮政管理　G.市场监管　H.其他", "A、B、D、E、F、G");
  Q("是否已正式印发示范县工作方案？", "A.已正式印发　B.未印发（代拟稿）", "Ａ", "吴府办〔2020〕11号");
  Q("是否已出台支持农村电商发展的政策？", YN, "A");
  sec("三、服务体系建设");
  Q("县级电子商务公共服务中心投入运营时间（格式：年/月/日）", null, "2021/1/8");
  Q("公共服务中心提供的服务有（多选）", "A.有免费培训场所、培训设备，能组织电商基础培训　B.为特色农产品提供免费展示、销售服务　C.为电子商务市场主体提供免费摄影、美工服务　D.组织农产品统一推广、指导特色农产品品牌建设　E.为电子商务发展提供其他衍生增值服务", "ABD");
  Q("是否建设或整合、优化当地电商产业园？", YN, "是");
  Q("电商产业园入驻企业数量（单位：家）", null, 23);
  Q("当地是否有专业第三方电子商务运营或服务商？", "A.有　B.无", "A", "广东吴川鉴江电商运营有限公司");
  Q("行政村物流快递覆盖率是否达到100%？", YN, "B", "183个村已通快递，3个偏远村未覆盖");
  sec("四、农村产品上行");
  Q("2019年农村网络零售额（单位：亿元）", null, 21.37);
  Q("2020年农村网络零售额（单位：亿元）", null, 26.05);
  Q("2020年农村网络零售额同比增速（单位：%）", null, 21.9);
  Q("2019年农产品网络零售额（单位：万元）", null, "38,620");
  Q("2020年农产品网络零售额（单位：万元）", null, "51,240");
  Q("2020年农产品网络零售额同比增速（单位：%）", null, 32.7);
  sec("五、电商人才培训");
  Q("累计开展电商培训人次（单位：人次）", null, "6,318");
  Q("有劳动能力的建档立卡贫困人口数（不含外出务工人员）（单位：人）", null, 1146, "经市乡村振兴局确认");
  Q("其中参加电商培训的人数（单位：人）", null, 702);
  sec("六、信息公开及数据报送");
  Q("县政府网站专栏已公示的内容有（多选）", "A.创建方案　B.项目基本信息　C.项目建设进度　D.征求意见窗口或监督举报窗口", "ABC");
  Q("近一年是否每月向市商务主管部门报送工作情况？", "A.每月报送　B.不定时报送　C.未报送", "A");
  Q("能否统计电商扶贫情况？", "A.能　B.不能", "A");
  sec("七、财政资金管理");
  Q("省级财政资金下达总额（单位：万元）", null, 500);
  Q("截至考评截止日期累计拨付资金（单位：万元）", null, 361.8);
  Q("是否已制定资金管理制度？", YN, "A");
  Q("项目承建方是否已建立资金专用台账？", YN, null);
  Q("项目总体进度（单位：%）", null, 85);
  sec("八、一票否决事项");
  Q("是否发生安全生产、质量事故，或者造成重大经济损失和社会不良影响？", YN, "B");
  Q("是否存在弄虚作假行为？", YN, "B");
  sec("九、评判项自评（填写分值）");
  Q("方案制定（1-2分）", null, 2);
  Q("政策支持（1-2分）", null, 1);
  Q("项目管理制度（1-2分）", null, 2);
  Q("工作台账（1-2分）", null, "2分");
  Q("网销调研（1-2分）", null, 1);
  Q("网络促销活动（1-2分）", null, 2);
  Q("交易标准与冷链溯源（1-2分）", null, 1);
  Q("资金管理制度（1-5分）", null, 4);
  Q("资金台账（1-5分）", null, 4);
  Q("资金及时拨付（1-5分）", null, 3);
  rows.push([]);
  rows.push(["填表人：陈××　　联系电话：0759-55xxxxx　　审核人：杨××"]);
  merges.push(`A${rows.length}:E${rows.length}`);
  assert(q === 43, "f1 43 questions " + q);
  assert(pct1(2605 - 2137, 2137) === "21.9%" && pct1(51240 - 38620, 38620) === "32.7%", "f1 growth rates agree");
  assert(pct1(702, 1146) === "61.3%" && pct2(3618000, 5000000) === "72.36%", "f1 61.3% / 72.4%");
  return {
    description:
      "湛江吴川市商务局填的“创建情况调查问卷”：题号|题目|选项|答案|备注，选择题答案是选项字母，要对照“选项”栏读：组长“AB”（书记、市长双组长，主要领导），成员单位“A、B、D、E、F、G”缺C农业农村（所以是principal，不是principal-all）；方案答案是全角“Ａ”；产业园答了选项文字“是”；中心服务多选“ABD”（C摄影美工、E其他增值服务没选，读作否）；快递覆盖“B”（否）；专栏内容“ABC”（D窗口没选，否）。填空题单位在题目里：常住人口万人，农村网络零售额亿元，农产品网络零售额万元（“38,620”文字），累计拨付万元；中心投入运营“2021/1/8”。资金专用台账一题答案空着（没有回答，不列）。入驻企业23家、是否每月报送“A”不是输入。评判项一题写“2分”。截止日期在第2行“数据截至：2021年8月31日”。",
    sheets: [{ name: "调查问卷", rows, merges }],
    expect: {
      facts: {
        county: "吴川市", asOf: "2021-08-31", residentPopulation: 925100, adminVillagesStated: 186, poorVillagesStated: 12,
        planIssued: true, policyIssued: true, centerOpened: "2021-01-08", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2019: 2137000000, ruralRetail2020: 2605000000, ruralRetailGrowthStated: 0.219,
        agriRetail2019: 386200000, agriRetail2020: 512400000, agriRetailGrowthStated: 0.327,
        trainingPersonTimesStated: 6318, eligiblePoorPersonsStated: 1146, trainedPoorPersonsStated: 702,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3618000, fundSystemIssued: true, overallProgress: 0.85,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "principal",
    },
  };
}

// =====================================================================================================
// f2 — 广州从化区: a Word table pasted with several lines in a cell (see the header comment)
// =====================================================================================================
function buildF2() {
  const rows = [["从化区电子商务进农村综合示范创建基本情况表"], ["考评截止日期：2021年8月31日"], ["项　　目", "基　本　情　况"]];
  const merges = ["A1:B1", "A2:B2"];
  const L = (...lines) => lines.join("\n");
  rows.push(["一、区情概况", L("从化区位于广州市东北部，辖3个街道、5个镇，共有行政村221个（另有社区居委会40个）。",
    "全区常住人口71.78万人（第七次全国人口普查）。",
    "本区无省定贫困村（有广州市定帮扶村29个）。")]);
  rows.push(["二、组织领导", L("成立以区长为组长、分管副区长为常务副组长的区电子商务进农村综合示范工作领导小组，成员单位：",
    "　区商务局", "　区财政局", "　区农业农村局", "　区乡村振兴局（区扶贫办）", "　区交通运输局", "　区市场监管局", "　中国邮政从化区分公司")]);
  rows.push(["三、方案与政策", L("工作方案：《从化区电子商务进农村综合示范创建工作方案》已正式印发（从府办函〔2020〕31号）。",
    "扶持政策：已出台《从化区促进农村电子商务发展扶持办法（试行）》。")]);
  rows.push(["四、区级公共服务中心", L("投入运营时间：2020年9月",
    "1．免费培训场所、培训设备，能组织电商基础培训：有（培训室2间，电脑60台）",
    "2．为特色农产品提供免费展示、销售服务：有",
    "3．为电子商务市场主体提供免费摄影、美工服务：无（摄影、美工为收费服务）",
    "4．组织农产品统一推广、指导特色农产品品牌建设：有（“从化好礼”区域公共品牌）",
    "5．其他衍生增值服务：有（代办证照、金融对接）")]);
  rows.push(["五、电商产业园", "已整合建成从化区电子商务产业园（太平镇），入驻企业31家，含平台型、销售型、运营服务、物流等四类企业。"]);
  rows.push(["六、农村产品上行", L("第三方电子商务运营服务商：有（广州从化绿源农业电商运营有限公司）",
    "行政村物流快递覆盖率：100%",
    "农村网络零售额：2019年41.26亿元，2020年48.81亿元，同比增长18.3%",
    "农产品网络零售额：2019年2.86亿元，2020年4.12亿元，同比增长44.1%")]);
  rows.push(["七、人才培训", L("累计开展电商培训236期，培训8,104人次（原报7,562人次，补录线上直播培训542人次后更正）。",
    "有劳动能力的脱贫人口（不含外出务工人员）1,215人，参加电商培训683人，培训率56.2%。")]);
  rows.push(["八、信息公开与报送", L("已在区政府门户网站设立“电子商务进农村综合示范”专栏，公开内容：",
    "√ 创建方案", "√ 项目基本信息", "√ 项目建设进度", "× 征求意见或监督举报窗口",
    "每月向广州市商务局报送工作进展；能统计电商扶贫情况。")]);
  rows.push(["九、资金管理", L("省级专项资金：500万元（已全部下达）",
    "累计拨付：419.62万元（截至8月31日），支出率83.92%",
    "资金管理制度：已制定《从化区电子商务进农村综合示范专项资金管理办法》",
    "资金专用台账：各承建单位已建立",
    "项目总体进度：约90%")]);
  rows.push(["十、一票否决事项", "未发生安全生产、质量事故或重大经济损失和社会不良影响；不存在弄虚作假。"]);
  rows.push(["十一、评判项自评", L("方案制定：2分　　政策支持：2分",
    "项目管理制度：2分　　工作台账：1分",
    "网销调研：2分　　网络促销活动：2分　　交易标准与冷链溯源：2分",
    "资金管理制度：5分　　资金台账：4分　　资金及时拨付：4分")]);
  rows.push(["填报单位：广州市从化区商务局　　填报人：刘××　　填报日期：2021年9月6日"]);
  merges.push(`A${rows.length}:B${rows.length}`);
  assert(pct1(4881 - 4126, 4126) === "18.3%" && pct1(412 - 286, 286) === "44.1%", "f2 growth rates agree");
  assert(7562 + 542 === 8104 && pct1(683, 1215) === "56.2%" && pct2(4196200, 5000000) === "83.92%", "f2 numbers agree");
  assert(rows.filter((r) => typeof r[1] === "string" && r[1].includes("\n")).length >= 8, "f2 multi-line cells");
  return {
    description:
      "广州从化区商务局“基本情况表”，从Word表格粘贴过来：两列（项目|基本情况），每个右格里多行文字（单元格内换行）。读出：标题区名从化区；考评截止日期2021年8月31日；行政村221个（社区居委会40个不是）；常住人口71.78万人；“无省定贫困村（有广州市定帮扶村29个）”读作省定贫困村0；区长任组长（常务副组长是分管副区长，不影响），成员单位逐行列出，含商务、财政、农业农村、乡村振兴（扶贫办）→principal-all；方案已印发、政策已出台；中心“投入运营时间：2020年9月”只到月（2020-09）；五项服务“有/无”，摄影美工“无”；产业园已建成（入驻31家不是输入）；第三方有；快递100%；零售额亿元和增速；培训人次取更正后的8,104（原报7,562在括号里）；脱贫人口1,215/683；专栏√/×，监督举报窗口×；能统计扶贫；资金500万元、累计拨付419.62万元、制度和台账有、总体进度约90%；否决两项都没有；评判项在一格里四行。",
    sheets: [{ name: "基本情况表", rows, merges }],
    expect: {
      facts: {
        county: "从化区", asOf: "2021-08-31", residentPopulation: 717800, adminVillagesStated: 221, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-09", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 4126000000, ruralRetail2020: 4881000000, ruralRetailGrowthStated: 0.183,
        agriRetail2019: 286000000, agriRetail2020: 412000000, agriRetailGrowthStated: 0.441,
        trainingPersonTimesStated: 8104, eligiblePoorPersonsStated: 1215, trainedPoorPersonsStated: 683,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4196200, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 2, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 阳江阳西县: a monthly progress tracker (cumulative columns to 2021年9月), a static block, a two-date 自查 table
// =====================================================================================================
function buildF3() {
  const MONTHS = monthsBetween("2020-09", "2021-09");
  const NC = 2 + MONTHS.length + 1; // 指标 | 口径 | 13 months | 备注
  const last = colName(NC - 1);
  const rows = [];
  const merges = [];
  const full = (s) => {
    rows.push([s]);
    merges.push(`A${rows.length}:${last}${rows.length}`);
  };
  const pad = (r) => {
    while (r.length < NC) r.push(null);
    return r;
  };
  full("阳西县电子商务进农村综合示范创建工作进度跟踪表");
  full("填报单位：阳西县商务局　　　　说明：月度数据除注明“当月”外，均为截至当月末的累计数；金额单位：万元");
  full("一、基本信息");
  rows.push(pad(["常住人口（万人）", null, 45.83, null, "行政村（个）", null, 136, null, "省定贫困村（个）", null, 27, null, "考评截止日期", null, "2021.8.31"]));
  rows.push(pad(["领导小组组长", null, "县委常委、副县长", null, "成员单位", null, "县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县邮政管理局"]));
  merges.push(`G${rows.length}:${last}${rows.length}`);
  rows.push(pad(["公共服务中心投入运营", null, "2021.3.5", null, "电商产业园", null, "已建成（阳西县电子商务产业园）", null, "省级资金下达（万元）", null, 500]));
  merges.push(`G${rows.length}:H${rows.length}`);
  rows.push(pad(["2019年农村网络零售额（万元）", null, "98,650", null, "2020年农村网络零售额（万元）", null, "131,205", null,
    "2019年农产品网络零售额（万元）", null, "12,836", null, "2020年农产品网络零售额（万元）", null, "15,917"]));
  rows.push(pad(["有劳动能力的脱贫人口（不含外出务工，人）", null, "1,384", null, "数据来源", null, "县乡村振兴局2021年3月核定"]));
  for (let r = 4; r <= rows.length; r++) for (const c of ["A", "E", "I", "M"]) {
    const ci = c.charCodeAt(0) - 65;
    if (rows[r - 1][ci] !== null) merges.push(`${c}${r}:${String.fromCharCode(c.charCodeAt(0) + 1)}${r}`);
  }
  rows.push([]);
  full("二、月度进度");
  rows.push(pad(["指标", "口径"].concat(MONTHS.map((m) => cnMonth(m))).concat(["备注"])));
  // monthly training (当月) and the cumulative line
  const monthly = [312, 286, 354, 298, 402, 120, 386, 415, 362, 398, 341, 295, 268];
  const base = 1236 - monthly[0];
  let acc = base;
  const cumT = monthly.map((x) => (acc += x));
  const stationsCum = [42, 48, 55, 61, 66, 66, 72, 79, 85, 90, 94, 98, 101];
  const poorCum = [205, 238, 276, 301, 344, 352, 398, 447, 489, 536, 578, 612, 640];
  const spentCum = [96.5, 128.3, 152.6, 186.4, 201.75, 201.75, 236.9, 262.38, 288.1, 309.64, 330.5, 351.2, 388.6];
  const progress = ["35%", "41%", "46%", "52%", "56%", "57%", "62%", "66%", "71%", "75%", "79%", "82%", "86%"];
  const colUpd = [2, 3, 1, 2, 2, 0, 3, 2, 2, 1, 2, 2, 3];
  const R = (label, kind, vals, note) => rows.push([label, kind].concat(vals, [note || null]));
  R("村级电商服务站点", "累计（个）", stationsCum);
  R("电商培训人次", "当月", monthly);
  R(null, "累计", cumT.map((x) => fmtInt(x)), "含2020年9月前已开展的924人次");
  merges.push(`A${rows.length - 1}:A${rows.length}`);
  R("参训脱贫人口", "累计（人，去重）", poorCum);
  R("累计拨付资金", "累计（万元）", spentCum);
  R("项目总体进度", "%", progress);
  R("专栏更新", "当月（条）", colUpd, "2021年2月春节未更新");
  const A8 = MONTHS.indexOf("2021-08");
  assert(A8 === 11 && cumT[A8] === 4893 && cumT[0] === 1236 && base === 924 && cumT[12] === 5161, "f3 training to August " + cumT[A8]);
  assert(ratioGE(4893, 458300, 1) && pct2(4893, 458300) === "1.07%", "f3 1.07%");
  assert(pct1(poorCum[A8], 1384) === "44.2%" && spentCum[A8] === 351.2 && progress[A8] === "82%", "f3 August column");
  assert(pct1(131205 - 98650, 98650) === "33.0%" && pct1(15917 - 12836, 12836) === "24.0%", "f3 growth");
  rows.push([]);
  full("三、定性事项自查（是/否）");
  rows.push(pad(["序号", "事项", null, null, null, null, "2021年3月自查", null, "2021年8月自查", null, "说明"]));
  const chkRow = rows.length;
  merges.push(`B${chkRow}:F${chkRow}`, `G${chkRow}:H${chkRow}`, `I${chkRow}:J${chkRow}`, `K${chkRow}:${last}${chkRow}`);
  const CH = [
    ["已正式印发示范县工作方案", "是", "是", "阳西府办〔2020〕18号"],
    ["已出台支持农村电商发展的政策", "否", "是", "2021年5月出台扶持办法"],
    ["有免费培训场所、培训设备，能组织电商基础培训", "是", "是", null],
    ["为特色农产品提供免费展示、销售服务", "是", "是", null],
    ["为电子商务市场主体提供免费摄影、美工服务", "否", "是", "2021年6月摄影棚投入使用"],
    ["组织农产品统一推广、指导特色农产品品牌建设", "是", "是", "“阳西好味道”"],
    ["为电子商务发展提供其他衍生增值服务", "否", "否", null],
    ["有专业第三方电子商务运营或服务商", "是", "是", null],
    ["行政村物流快递覆盖率100%", "否", "是", "2021年7月实现全覆盖"],
    ["专栏公示创建方案", "是", "是", null],
    ["专栏公示项目基本信息", "是", "是", null],
    ["专栏公示项目建设进度", "是", "是", null],
    ["专栏设立征求意见或监督举报窗口", "否", "是", "2021年4月增设监督举报信箱"],
    ["能统计电商扶贫情况", "是", "是", null],
    ["已制定资金管理制度", "是", "是", null],
    ["项目承建方已建立资金专用台账", "是", "是", null],
    ["发生安全生产、质量事故，或造成重大经济损失和社会不良影响", "否", "否", null],
    ["弄虚作假", "否", "否", null],
  ];
  CH.forEach(([t, a, b, n], j) => {
    rows.push(pad([j + 1, t, null, null, null, null, a, null, b, null, n]));
    merges.push(`B${rows.length}:F${rows.length}`, `G${rows.length}:H${rows.length}`, `I${rows.length}:J${rows.length}`, `K${rows.length}:${last}${rows.length}`);
  });
  rows.push([]);
  full("四、评判项自评分");
  const J = [["方案制定", 2], ["政策支持", 1], ["项目管理制度", 2], ["工作台账", 2], ["网销调研", 1], ["网络促销活动", 2], ["交易标准与冷链溯源", 1], ["资金管理制度", 4], ["资金台账", 4], ["资金及时拨付", 3]];
  for (let k = 0; k < J.length; k += 5) {
    const r = [];
    for (const [n, p] of J.slice(k, k + 5)) r.push(n, null, `${p}分`);
    rows.push(pad(r));
    for (let c = 0; c < 15; c += 3) merges.push(`${colName(c)}${rows.length}:${colName(c + 1)}${rows.length}`);
  }
  rows.push([]);
  full("填表人：冯××　　审核：关××　　更新日期：2021年10月8日");
  return {
    description:
      "阳江阳西县商务局“进度跟踪表”（金额单位万元）。“基本信息”是标签和值成对并排（标签合并两格）：常住人口45.83万人、行政村136、省定贫困村27、考评截止日期“2021.8.31”；组长“县委常委、副县长”（分管领导，deputy），成员单位含商务、财政、农业农村、乡村振兴；中心投入运营“2021.3.5”；产业园“已建成”；省级资金下达500万元；零售额四个数（万元，文字“98,650”），没有写增速；有劳动能力脱贫人口“1,384”。“月度进度”列是2020年9月至2021年9月，每月是截至当月末累计数：要取2021年8月列（不是最后的9月列）：培训人次取“累计”行4,893（“当月”行不是），参训脱贫人口612，累计拨付351.2万元，总体进度82%；站点数、专栏更新条数不是输入。“定性事项自查”有2021年3月和2021年8月两次自查，取8月（政策、摄影美工、快递、监督举报窗口3月是否，8月是是）。评判项成对横排，值写成“2分”。",
    sheets: [{ name: "进度跟踪", rows, merges }],
    expect: {
      facts: {
        county: "阳西县", asOf: "2021-08-31", residentPopulation: 458300, adminVillagesStated: 136, poorVillagesStated: 27,
        centerOpened: "2021-03-05", parkBuilt: true, fundAllocated: 5000000,
        ruralRetail2019: 986500000, ruralRetail2020: 1312050000, agriRetail2019: 128360000, agriRetail2020: 159170000,
        eligiblePoorPersonsStated: 1384, trainingPersonTimesStated: 4893, trainedPoorPersonsStated: 612, fundSpentStated: 3512000, overallProgress: 0.82,
        planIssued: true, policyIssued: true, centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false,
        thirdPartyOperator: true, expressCoverage: true, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        povertyStatisticsStated: true, fundSystemIssued: true, fundLedgerKept: true, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// l1 — 云浮罗定市: the 财务软件 明细分类账 of the special fund, a 科目余额表, one sign-in sheet per class
// =====================================================================================================
function buildL1() {
  // ---------------- 明细账: two years on one sheet, 月 | 日 under a year header, 借方 = disbursement
  const ENTRIES = [
    ["2020-04-17", "记-0046", "支付县级电商公共服务中心装修工程首期款（广东粤西建设工程有限公司）", 480000, 0],
    ["2020-06-23", "记-0112", "支付村级电商服务站点建设首期款（中国邮政集团有限公司罗定市分公司）", 560000, 0],
    ["2020-06-30", "记-0125", "支付农村电商培训服务费（第一批）", 96000, 0],
    ["2020-08-05", "记-0163", "收到市财政局转拨省级专项资金（第二批）", 0, 2000000],
    ["2020-09-18", "记-0201", "支付农村物流配送体系建设首期款（罗定市快捷物流有限公司）", 425000, 0],
    ["2020-11-26", "记-0268", "支付农产品区域公共品牌策划服务费", 188000, 0],
    ["2020-12-29", "记-0315", "支付县级电商公共服务中心装修工程进度款", 312000, 0],
    ["2021-01-20", "记-0018", "支付农村电商培训服务费（第二批）", 104500, 0],
    ["2021-03-12", "记-0067", "支付村级电商服务站点建设进度款", 382000, 0],
    ["2021-04-28", "记-0102", "支付冷链设备采购款（云浮冷链设备有限公司）", 296400, 0],
    ["2021-05-19", "记-0129", "支付农产品溯源系统建设首期款", 145000, 0],
    ["2021-07-08", "记-0176", "支付农村物流配送体系建设进度款", 318600, 0],
    ["2021-08-24", "记-0214", "支付县级电商公共服务中心运营服务费", 236000, 0],
    ["2021-09-15", "记-0241", "支付农村电商培训服务费（第三批）", 98500, 0],
  ];
  const rows = [["明细分类账"], ["科目：241001 专项应付款—省级电子商务进农村综合示范专项资金"], ["核算单位：罗定市商务局　　　　金额单位：元　　　　打印日期：2021-10-12"]];
  const merges = ["A1:H1", "A2:H2", "A3:H3"];
  const recs = [];
  let bal = 3000000;
  for (const year of [2020, 2021]) {
    rows.push([`${year}年`, null, "凭证字号", "摘要", "借方", "贷方", "借或贷", "余额"]);
    rows.push(["月", "日", null, null, null, null, null, null]);
    const h = rows.length - 1;
    merges.push(`A${h}:B${h}`);
    for (const c of ["C", "D", "E", "F", "G", "H"]) merges.push(`${c}${h}:${c}${h + 1}`);
    rows.push([1, 1, null, "上年结转", null, null, "贷", bal]);
    const list = ENTRIES.filter((e) => e[0].startsWith(String(year)));
    let ytdD = 0;
    let ytdC = 0;
    const months = [...new Set(list.map((e) => Number(e[0].slice(5, 7))))];
    for (const mo of months) {
      let mD = 0;
      let mC = 0;
      for (const [iso, v, text, dr, cr] of list.filter((e) => Number(e[0].slice(5, 7)) === mo)) {
        bal = bal - dr + cr;
        mD += dr;
        mC += cr;
        const [, m, d] = ymd(iso);
        rows.push([m, d, v, text, dr || null, cr || null, "贷", bal]);
        if (dr) recs.push({ date: iso, amount: dr });
        assert(bal >= 0, "l1 balance stays credit");
      }
      ytdD += mD;
      ytdC += mC;
      const ld = lastDay(year, mo);
      rows.push([mo, ld, null, "本月合计", mD || null, mC || null, "贷", bal]);
      rows.push([mo, ld, null, "本年累计", ytdD || null, ytdC || null, "贷", bal]);
    }
    if (year === 2020) rows.push([12, 31, null, "结转下年", null, null, "贷", bal]);
  }
  const spentPre = sum(recs.filter((r) => r.date <= "2021-08-31").map((r) => r.amount));
  const spent2020 = sum(recs.filter((r) => r.date < "2021").map((r) => r.amount));
  assert(recs.length === 13 && spentPre === 3543500 && spent2020 === 2061000 && ratioGE(spentPre, 5000000, 70), "l1 13 disbursements, 3,543,500 by the cut-off " + spentPre);
  assert(bal === 5000000 - spentPre - 98500, "l1 closing balance");
  assert(rows.filter((r) => r[3] === "本月合计").length === 13 && rows.some((r) => r[5] === 2000000), "l1 month totals and a receipt");

  // ---------------- 科目余额表 (not a ledger)
  const open21 = 5000000 - spent2020;
  const dr21 = spentPre - spent2020;
  const kb = [["科目余额表"], ["期间：2021年1月—2021年8月　　核算单位：罗定市商务局　　金额单位：元"],
    ["科目编码", "科目名称", "期初余额", null, "本期发生额", null, "期末余额", null],
    [null, null, "借方", "贷方", "借方", "贷方", "借方", "贷方"],
    ["241001", "专项应付款—省级电子商务进农村综合示范专项资金", null, open21, dr21, null, null, open21 - dr21],
    ["合计", null, null, open21, dr21, null, null, open21 - dr21]];
  assert(open21 === 2939000 && dr21 === 1482500 && open21 - dr21 === 1456500, "l1 trial balance");

  // ---------------- one sign-in sheet per class
  const REGION = "445381";
  const NEAR = ["445381", "445381", "445381", "445381", "445302", "445322"];
  const TOWNS = ["罗城街道", "素龙街道", "附城街道", "双东街道", "罗镜镇", "太平镇", "分界镇", "罗平镇", "船步镇", "满塘镇", "苹塘镇", "金鸡镇", "围底镇", "华石镇", "榃滨镇", "黎少镇", "生江镇", "连州镇", "泗纶镇", "加益镇", "龙湾镇"];
  const CLS = [
    { sheet: "第一期签到表", title: "罗定市2020年第一期农村电商基础知识培训班签到表", when: "培训时间：2020年10月13日—15日　　培训地点：罗定市电子商务公共服务中心", iso: "2020-10-15", n: 18, absent: { 5: "未到", 12: "未到" } },
    { sheet: "第二期签到表", title: "罗定市2020年第二期网店开设与运营培训班签到表", when: "培训时间：2020.12.8　　培训地点：罗镜镇文化站", iso: "2020-12-08", n: 15, absent: {} },
    { sheet: "第三期（邮政）", title: "中国邮政罗定市分公司“邮乐购”电商直播培训签到表", when: "日期：2021年4月22日　　地点：邮政罗定分公司三楼会议室", iso: "2021-04-22", n: 16, absent: {}, masked: true },
    { sheet: "第四期签到表", title: "罗定市2021年第四期短视频与直播带货培训班签到表", when: "培训时间：2021年7月6日至7日　　培训地点：罗定市电子商务公共服务中心", iso: "2021-07-07", n: 20, absent: { 9: "请假" } },
    { sheet: "第五期签到表", title: "罗定市2021年第五期农产品品牌与包装培训班签到表", when: "培训时间：2021年9月14日　　培训地点：罗定市电子商务公共服务中心", iso: "2021-09-14", n: 12, absent: {} },
  ];
  const sheets = [];
  const expSheets = {};
  const allTrain = [];
  let xCount = 0;
  for (const c of CLS) {
    const r = [[c.title], [c.when], ["序号", "姓名", "性别", c.masked ? "身份证号（脱敏）" : "身份证号码", "镇（街）", "联系电话", "签名"]];
    const recs2 = [];
    for (let k = 0; k < c.n; k++) {
      const male = rnd() < 0.5;
      const id = makeId(NEAR[rint(0, NEAR.length - 1)], birthBetween(1966, 2001), male, k === 3 && !c.masked ? true : undefined);
      if (id.endsWith("X")) xCount++;
      const name = personName();
      const mark = c.absent[k] || (c.masked ? "已签" : name);
      r.push([k + 1, name, male ? "男" : "女", c.masked ? maskId(id) : id, TOWNS[rint(0, TOWNS.length - 1)], c.masked ? mask(phone()) : phone(), mark]);
      if (!c.absent[k]) recs2.push({ date: c.iso, personTimes: 1, id: c.masked ? maskId(id) : id });
    }
    const nAbs = Object.keys(c.absent).length;
    r.push([`应到${c.n}人，实到${c.n - nAbs}人${nAbs ? `（${Object.entries(c.absent).map(([k, v]) => `${Number(k) + 1}号${v}`).join("，")}）` : ""}`]);
    sheets.push({ name: c.sheet, rows: r, merges: ["A1:G1", "A2:G2", `A${r.length}:G${r.length}`] });
    expSheets[c.sheet] = { kind: "training", records: recs2 };
    allTrain.push(...recs2);
  }
  assert(allTrain.length === 16 + 15 + 16 + 19 + 12 && xCount >= 4, "l1 78 sign-ins, X ids " + xCount);
  assert(expSheets["第三期（邮政）"].records.every((x) => /^\d{6}\*{8}\d{3}[\dX]$/.test(x.id)), "l1 masked ids");
  const notes = [["说明"], ["1．“明细账”从财务软件（用友）导出，为专项应付款—省级电子商务进农村综合示范专项资金科目明细账，借方为资金拨付。"],
    ["2．“科目余额表”为2021年1—8月科目余额表，供核对。"], ["3．各期培训签到表按期次分表登记；第三期由中国邮政罗定市分公司组织，身份证号已脱敏。"],
    ["罗定市商务局　2021年10月"]];
  return {
    description:
      "云浮罗定市商务局台账。“明细账”是财务软件导出的专项资金科目明细分类账：表头第4、5行，“2020年”合并在“月|日”上面，2021年另起一段表头（同一张表两年），日期要把年段和月、日两列拼起来；借方是拨付（13笔，一笔在2021年9月），贷方那笔“收到市财政局转拨省级专项资金（第二批）”不是拨付；“上年结转”“本月合计”“本年累计”“结转下年”行不是记录；余额列不是金额。“科目余额表”不是台账。培训签到每期一张表：日期在第2行“培训时间：…”里（“2020年10月13日—15日”读到15日，“2021年7月6日至7日”读到7日，“2020.12.8”）；签名栏写“未到”“请假”的不是参训人次；第三期是邮政的表，身份证号脱敏（按原样）；第五期在2021年9月。“说明”不是台账。",
    sheets: [{ name: "说明", rows: notes, merges: ["A1:F1"] }, { name: "明细账", rows, merges }, { name: "科目余额表", rows: kb, merges: ["A1:H1", "A2:H2", "A3:A4", "B3:B4", "C3:D3", "E3:F3", "G3:H3"] }].concat(sheets),
    expect: {
      sheets: Object.assign({ "说明": { kind: null }, "明细账": { kind: "funds", records: recs }, "科目余额表": { kind: null } }, expSheets),
    },
  };
}

// =====================================================================================================
// l2 — 江门台山市: villages with 自然村 sub-rows, stations turned on their side, an enterprise change log, updates by month
// =====================================================================================================
function buildL2() {
  const REGION = "440781";
  const namer = villageNamer("大小新东西南北上下龙凤石沙黄白金高水马安福富和平长兴仁德", ["岗", "坑", "塘", "田", "坪", "湖", "洲", "边", "岭", "头", "美", "安", "陂", "朗", "湾", "冲"]);
  const natUsed = new Set();
  const nat = () => {
    // 自然村 names: two characters + 里/坊/围/村 (not passed through villageNamer, which appends 村)
    const A = "元庆永昌中兴隆盛福寿仁义和乐东西南北安康";
    for (let k = 0; k < 10000; k++) {
      const s = A[rint(0, A.length - 1)] + A[rint(0, A.length - 1)] + ["里", "坊", "围", "村"][rint(0, 3)];
      if (s[0] === s[1] || natUsed.has(s)) continue;
      natUsed.add(s);
      return s;
    }
    throw new Error("natural village names exhausted");
  };
  const T = [["台城街道", 3, ["城东社区居委会", "城西社区居委会", "桥湖社区居委会", "南坑社区居委会"]], ["四九镇", 7, ["四九社区居委会"]],
    ["白沙镇", 6, ["白沙社区居委会"]], ["端芬镇", 8, ["端芬社区居委会"]]];
  const POOR = new Set(["四九镇#2", "四九镇#5", "白沙镇#1", "端芬镇#6"]);
  const vRows = [["台山市村（居）委会及自然村名册（部分镇街）"], ["镇（街）", "村（居）委会", "类别", "自然村（村民小组）", "户数", "人口"]];
  const vMerges = ["A1:F1"];
  const vRecs = [];
  const villages = {};
  let totV = 0;
  let totC = 0;
  let totN = 0;
  let totH = 0;
  let totP = 0;
  for (const [town, nv, cs] of T) {
    const t0 = vRows.length + 1;
    villages[town] = [];
    let nN = 0;
    let hS = 0;
    let pS = 0;
    for (const c of cs) {
      const hh = rint(900, 3200);
      const pp = Math.round(hh * (2.6 + rnd()));
      vRows.push([vRows.length + 1 === t0 ? town : null, c, "居委会", "—", hh, pp]);
      vRecs.push({ name: c, admin: false });
      hS += hh;
      pS += pp;
    }
    for (let q = 0; q < nv; q++) {
      const v = namer();
      villages[town].push(v);
      const poor = POOR.has(`${town}#${q}`);
      const k = rint(2, 5);
      const r0 = vRows.length + 1;
      for (let j = 0; j < k; j++) {
        const hh = rint(35, 180);
        const pp = Math.round(hh * (2.4 + rnd()));
        vRows.push([vRows.length + 1 === t0 ? town : null, j === 0 ? `${v}委会` : null, j === 0 ? (poor ? "省定贫困村" : "一般村") : null, nat(), hh, pp]);
        hS += hh;
        pS += pp;
      }
      nN += k;
      mergeCol(vMerges, "B", r0, vRows.length);
      mergeCol(vMerges, "C", r0, vRows.length);
      vRecs.push({ name: `${v}委会`, admin: true, poor });
    }
    mergeCol(vMerges, "A", t0, vRows.length);
    vRows.push([`${town}小计`, `村委会${nv}个、居委会${cs.length}个`, null, `自然村${nN}个`, hS, pS]);
    vMerges.push(`B${vRows.length}:C${vRows.length}`);
    totV += nv;
    totC += cs.length;
    totN += nN;
    totH += hS;
    totP += pS;
  }
  vRows.push(["合计", `村委会${totV}个、居委会${totC}个`, null, `自然村${totN}个`, totH, totP]);
  vMerges.push(`B${vRows.length}:C${vRows.length}`);
  vRows.push(["注：本表仅列示范创建重点镇街；省定贫困村按粤扶办〔2016〕认定名单。"]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);
  assert(totV === 24 && totC === 7 && vRecs.length === 31 && vRecs.filter((r) => r.poor).length === 4, "l2 24 villages + 7 communities, 4 poor");
  assert(totN > 60, "l2 many 自然村 rows " + totN);

  // ---------------- 站点信息（横排）: one station per column, two blocks
  const V = (town, q) => villages[town][q];
  const ST = [
    ["四九镇", V("四九镇", 0), "2020-10-16", "D"], ["四九镇", V("四九镇", 2), "2020-11", "month"], ["四九镇", V("四九镇", 5), "2021-03-15", "dot0"],
    ["四九镇", V("四九镇", 3), "2021-06-08", "two"], ["白沙镇", V("白沙镇", 1), "2020-12-28", "cn"], ["白沙镇", V("白沙镇", 4), "2021-01-19", "D"],
    ["白沙镇", V("白沙镇", 1), "2021-05-26", "dot0"], ["端芬镇", V("端芬镇", 6), "2020-09-30", "cn"], ["端芬镇", V("端芬镇", 0), "2021-04-12", "two"],
    ["端芬镇", V("端芬镇", 3), "2021-07-20", "D"], ["端芬镇", V("端芬镇", 7), "2021-08-27", "dot0"], ["台城街道", V("台城街道", 1), "2021-02-05", "cn"],
    ["台城街道", "城东社区", "2020-08-18", "D"], ["白沙镇", V("白沙镇", 5), "2021-09-02", "dash"],
  ];
  const fmt = (iso, f) => {
    const [y, m, d] = ymd(iso.length === 7 ? iso + "-01" : iso);
    if (f === "D") return D(iso);
    if (f === "month") return `${y}年${m}月`;
    if (f === "dot0") return `${y}.${String(m).padStart(2, "0")}.${String(d).padStart(2, "0")}`;
    if (f === "two") return twoSlash(iso);
    if (f === "cn") return cnDate(iso);
    if (f === "dash") return `${y}-${m}-${d}`;
    throw new Error("fmt " + f);
  };
  const LABELS = ["站点编号", "站点名称", "所在镇（街）", "所在村（居）", "详细地址", "负责人", "联系电话", "建成时间", "服务内容"];
  const SERV = ["代购代销、代收代发快递", "代购代销、代缴费、小额信贷", "代收代发快递、电商宣传", "代购代销、代存代缴、快递收发"];
  const sRows = [["台山市村级电子商务服务站点信息表"], ["（每列为一个站点）"]];
  const sMerges = ["A1:I1", "A2:I2"];
  const sRecs = [];
  for (const [b0, b1] of [[0, 8], [8, 14]]) {
    if (b0) sRows.push([]);
    const block = ST.slice(b0, b1);
    LABELS.forEach((lab, li) => {
      const r = [lab];
      block.forEach(([town, v, iso, f], j) => {
        const k = b0 + j;
        const vs = v.replace(/村$/, "");
        const cell = [`TS-${String(k + 1).padStart(2, "0")}`, k === 6 ? `${vs}村第二服务点` : v.endsWith("社区") ? `${v}电商服务站` : `${vs}村电商服务站`, town, v,
          `台山市${town}${v}${rint(1, 88)}号`, null, null, fmt(iso, f), SERV[k % 4]][li];
        r.push(li === 5 ? personName() : li === 6 ? mask(phone()) : cell);
      });
      sRows.push(r);
    });
    block.forEach(([, v, iso]) => sRecs.push({ village: v, opened: iso }));
  }
  sRows.push(["注：建成时间以挂牌时间为准；TS-07为白沙镇同村第二个服务点；TS-14为2021年9月新建。"]);
  sMerges.push(`A${sRows.length}:I${sRows.length}`);
  assert(sRecs.length === 14 && sRows[2][0] === "站点编号" && sRows[2].length === 9 && sRows[12][0] === "站点编号" && sRows[12].length === 7, "l2 two sideways blocks");

  // ---------------- 入驻企业变动登记: events, folded into one record per enterprise
  const FIRMS = [["台山市侨乡优选电子商务有限公司", "平台型"], ["台山市鳗鱼之乡网店", "销售型"], ["台山市广海湾海产电子商务商行", "销售型"],
    ["台山市侨都电商运营服务有限公司", "电商运营商"], ["台山市邮政快递揽投部", "物流企业"], ["台山市黄鳝饭食品网店", "销售型"],
    ["台山市大米之乡农业电子商务有限公司", "销售型"], ["台山市川岛直播传媒有限公司", "电商运营商"], ["台山市中通快递服务部", "物流企业"],
    ["台山市四九蚝仔电子商务商行", "销售型"], ["台山市侨味冷链仓储有限公司", "物流企业"], ["台山市五邑设计工作室", "设计服务"],
    ["台山市端芬农产品专业合作社网店", "销售型"], ["台山市云帆跨境电子商务有限公司", "平台型"]].map(([n, t]) => ({ n, t, code: creditCode(REGION) }));
  const EV = [];
  FIRMS.forEach((f, j) => EV.push({ iso: j === 13 ? "2021-09-06" : j === 2 ? "2020-09-21" : randIsoBetween("2020-08-03", "2021-07-30"), what: "入驻", f }));
  EV.push({ iso: "2021-04-30", what: "退出", f: FIRMS[2], note: "经营调整，退出园区" });
  EV.push({ iso: "2021-10-08", what: "退出", f: FIRMS[9], note: "合同期满不续签" });
  EV.sort((a, b) => cmp(a.iso, b.iso));
  const firstIn = (f) => EV.find((e) => e.f === f && e.what === "入驻").iso;
  assert(firstIn(FIRMS[2]) < "2021-04-30", "l2 firm 3 enters before leaving");
  const firstFirm = EV[0].f;
  assert(EV[0].what === "入驻" && EV[0].iso < "2020-10-01", "l2 the first firm entered in September 2020");
  EV.push({ iso: "2021-08-02", what: "续签", f: firstFirm, note: "一年期满，续签入驻协议三年" });
  EV.sort((a, b) => cmp(a.iso, b.iso));
  const eRows = [["台山市电子商务产业园入驻企业变动登记"], ["序号", "登记日期", "变动事项", "企业名称", "统一社会信用代码", "企业类型", "备注"]];
  const order = [];
  EV.forEach((e, j) => {
    eRows.push([j + 1, j % 3 === 0 ? D(e.iso) : j % 3 === 1 ? dotDate(e.iso) : cnDate(e.iso), e.what, e.f.n, e.f.code, e.what === "入驻" ? e.f.t : null, e.note || null]);
    if (!order.includes(e.f)) order.push(e.f);
  });
  const eRecs = order.map((f) => {
    const out = EV.find((e) => e.f === f && e.what === "退出");
    return { name: f.n, type: f.t, entered: firstIn(f), left: out ? out.iso : null };
  });
  assert(eRecs.length === 14 && EV.length === 17, "l2 14 firms, 17 events");
  assert(eRecs.filter((r) => r.entered <= "2021-08-31" && !(r.left && r.left <= "2021-08-31")).length === 12, "l2 12 in the park at the cut-off");

  // ---------------- 专栏更新（按月）: one row per month, the days in one cell
  const dRows = [["台山市政府网“电子商务进农村综合示范”专栏更新情况"], ["月份", "更新日期", "更新条数", "主要内容"]];
  const dRecs = [];
  for (const m of monthsBetween("2020-09", "2021-09")) {
    if (m === "2021-02") {
      dRows.push([cnMonth(m), "—", 0, "春节期间未更新"]);
      continue;
    }
    const k = rint(1, 3);
    const days = [];
    while (days.length < k) {
      const d = rint(2, 28);
      if (!days.some((x) => Math.abs(x - d) < 4)) days.push(d);
    }
    days.sort((a, b) => a - b);
    dRows.push([cnMonth(m), days.map((d) => `${d}日`).join("、"), k, k > 1 ? "项目建设进度、站点名单公示" : "项目建设进度"]);
    for (const d of days) dRecs.push({ date: `${m}-${String(d).padStart(2, "0")}` });
  }
  dRows.push(["合计", null, dRecs.length, null]);
  const upd = new Set(dRecs.filter((r) => r.date <= "2021-08-31").map((r) => ym(r.date)));
  assert(WINDOW.filter((w) => !upd.has(w)).join() === "2021-02", "l2 February missing");

  const toc = [["台山市电子商务进农村综合示范台账目录"], ["序号", "表名", "说明"], [1, "村居及自然村名册", "按镇街列村（居）委会，村委会下列自然村"],
    [2, "站点信息（横排）", "每列一个站点"], [3, "入驻企业变动登记", "入驻、退出、续签按发生日期登记"], [4, "专栏更新（按月）", "每月一行"]];
  const dropdown = [["变动事项"], ["入驻"], ["退出"], ["续签"], ["更名"], [], ["类别"], ["省定贫困村"], ["一般村"], ["居委会"]];
  return {
    description:
      "江门台山市商务局台账。“目录”和隐藏的“下拉选项”不是台账。“村居及自然村名册”：镇（街）、村（居）委会、类别向下合并，每个村委会下面一行一个自然村（自然村、户数、人口不是村），居委会一行（自然村“—”）；记录是村（居）委会：村委会是行政村，居委会不是；类别“省定贫困村/一般村”；镇小计和合计行不是记录。“站点信息（横排）”是横过来的表：A列是字段名（站点编号…建成时间），每列一个站点，上面一块8个、下面一块6个；建成时间有日期单元格、“2020年11月”只到月、“2021.03.15”、“21/6/8”两位年份、“2020年12月28日”、“2021-9-2”（9月）；一个站点在城东社区，白沙镇一个村有两个点。“入驻企业变动登记”一行一个事件（入驻/退出/续签），要按企业归并：入驻日期、退出日期（一家2021年4月退出，一家2021年10月退出），续签不是入驻；一家2021年9月入驻；企业类型只写在入驻行。“专栏更新（按月）”每月一行，“更新日期”格里写“3日、15日”这样的几天，年月取A列；2021年2月“—”没有更新；合计行不是记录。",
    sheets: [
      { name: "目录", rows: toc, merges: ["A1:C1"] },
      { name: "村居及自然村名册", rows: vRows, merges: vMerges },
      { name: "站点信息（横排）", rows: sRows, merges: sMerges },
      { name: "入驻企业变动登记", rows: eRows, merges: ["A1:G1"] },
      { name: "专栏更新（按月）", rows: dRows, merges: ["A1:D1"] },
      { name: "下拉选项", rows: dropdown, hidden: true },
    ],
    expect: {
      sheets: {
        "目录": { kind: null },
        "村居及自然村名册": { kind: "villages", records: vRecs },
        "站点信息（横排）": { kind: "stations", records: sRecs },
        "入驻企业变动登记": { kind: "enterprises", records: eRecs },
        "专栏更新（按月）": { kind: "disclosures", records: dRecs },
        "下拉选项": { kind: null },
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
write("counties", "b166-c1-huaiji.json", c1);
write("facts", "b166-f1-wuchuan.json", f1);
write("facts", "b166-f2-conghua.json", f2);
write("facts", "b166-f3-yangxi.json", f3);
write("ledgers", "b166-l1-luoding.json", l1);
write("ledgers", "b166-l2-taishan.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
