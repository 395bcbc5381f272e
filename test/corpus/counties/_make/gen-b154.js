// Batch 154 corpus generator (blind): written from /work/shared/design/ledgers.md, /work/shared/design/scoring-rules.md, the
// official indicator table (lechang-self-assessment-2021.txt) and test/corpus/README.md only; the helper/validation block is
// adapted from counties/_make/gen-b152.js. Deterministic: seeded PRNG, no clock.
"use strict";
// Cases:
// c1 龙门县 (惠州): the facts sheet is the city bureau's 预审反馈表 kept in the county's workbook: the county's own 自评情况 text and
//    自评分 beside the city's 预审意见 and 预审建议分 (which are not the county's facts, judgements or claims). Ledgers: a village
//    list printed in two halves side by side, poor villages marked “★” after the name; stations in sections per town (heading
//    rows, numbering restarting, no town column, two-digit-year dates); training sessions with date ranges read at their end
//    (“2021.8.30-9.1” falls after the cut-off) plus a separate 贫困户专场 sign-in list whose rows are NOT in the session table;
//    poor persons; park enterprises with the exit written inside a 状态 cell; a 国库集中支付 export (已退票 and 已作废 rows do
//    not count, which puts the rate under 70%); a monthly report log whose send dates are “M月D日” only (year from the report
//    period, December's report sent in January); the government-site column copied from the web page (title and date in one
//    cell, newest first, page-navigation rows between pages); media and, below it on the same sheet, a second table of materials.
// f1 电白区 (茂名): the self-assessment report pasted from Word: one paragraph per row, numbers in running prose (户籍 vs 常住
//    population, targets vs results, a year carried over from earlier in the sentence, full-width digits), page-number rows,
//    one pasted Word table; judged points and claimed points in the prose of the 自评 section; no window mentioned.
// f2 广宁县 (肇庆): the provincial reporting system's export: one record per row, field codes above Chinese field names with units
//    in the header (万人, 万元, %, “1是0否”), dates as 8-digit numbers, a mid-term 2020年12月 row above the final 2021年08月 row
//    (the final row is the evaluation's), “NULL” cells, judged and per-indicator self-scores as fields.
// f3 恩平市 (江门): a 自查表 with separate 是 | 否 tick columns and a 1分—5分 tick grid for judged items (“/” in the columns that
//    do not apply), √ / ✔ / ✓ marks, values in a 数据/情况 column with corrections written beside the old value.
// l1 博罗县 (惠州): a 统计用区划代码 style village export with town rows interleaved (12-digit codes, 城乡分类代码), with the
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
let seed = 154154;
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
    assert(/^b154-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b154-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b154-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 惠州龙门县: the city bureau's 预审反馈表 kept as the facts sheet, and the ledgers behind it.
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "441324";
  const TD = [["龙城街道", 12, ["城东社区", "城西社区", "城南社区", "城北社区", "西林社区"]], ["平陵街道", 14, ["平陵社区", "新城社区"]],
    ["永汉镇", 20], ["麻榨镇", 14], ["龙华镇", 21], ["龙潭镇", 16], ["龙田镇", 13], ["龙江镇", 17], ["地派镇", 22], ["蓝田瑶族乡", 12, []]];
  const stems = TD.map(([t]) => t.replace(/(街道|瑶族乡|镇)$/, "")).concat(["城东", "城西", "城南", "城北", "西林", "新城"]);
  const newName = noDupNamer(villageNamer("大小新旧东西南北上下黄白石凤云青高罗金竹松古良合双丰长安水河塘马鹤铁沙", [
    "坑", "塘", "坪", "岗", "岭", "田", "湾", "洞", "冲", "头", "围", "径", "輋", "排", "寨", "陂", "坳", "背", "埔", "沥", "墩", "迳"]), stems);
  const towns = TD.map(([town, n, cs]) => {
    const vs = [];
    for (let i = 0; i < n; i++) vs.push(newName());
    return { town, vs, cs: cs || [town.replace(/镇$/, "") + "社区"] };
  });
  const admin = towns.flatMap((t) => t.vs);
  const comms = towns.flatMap((t) => t.cs);
  const townOf = {};
  for (const t of towns) for (const v of t.vs.concat(t.cs)) townOf[v] = t.town;
  const tIdx = (v) => towns.findIndex((t) => t.town === townOf[v]);
  assert(admin.length === 161 && comms.length === 14 && new Set(admin.concat(comms)).size === 175, "c1 161 villages + 14 communities");
  const rural = towns.slice(1).flatMap((t) => t.vs);
  const poorArr = shuffle(rural).slice(0, 18).sort((a, b) => tIdx(a) - tIdx(b) || admin.indexOf(a) - admin.indexOf(b));
  const poorSet = new Set(poorArr);

  // ---------------- village list printed in two halves side by side, ★ = 省定贫困村
  const entries = [];
  for (const t of towns) {
    for (const c of t.cs) entries.push({ town: t.town, cell: c + "居委会" });
    for (const v of t.vs) entries.push({ town: t.town, cell: v + "委会" + (poorSet.has(v) ? "★" : "") });
  }
  const half = Math.ceil(entries.length / 2);
  const vRows = [["龙门县村（居）民委员会名单"], ["（★为省定相对贫困村；资料来源：县民政局2021年3月）"],
    ["序号", "镇（街道、乡）", "村（居）委会", null, "序号", "镇（街道、乡）", "村（居）委会"]];
  for (let i = 0; i < half; i++) {
    const l = entries[i];
    const r = entries[half + i];
    vRows.push([i + 1, l.town, l.cell, null, r ? half + i + 1 : null, r ? r.town : null, r ? r.cell : null]);
  }
  vRows.push([`共${entries.length}个，其中村民委员会${admin.length}个、社区居民委员会${comms.length}个；省定相对贫困村${poorArr.length}个。`]);
  const vMerges = ["A1:G1", "A2:G2", `A${vRows.length}:G${vRows.length}`];
  assert(half === 88 && entries.length === 175, "c1 two halves of 88 and 87");

  // ---------------- stations: sections per town, numbering restarting, two-digit years
  const nonPoor = shuffle(admin.filter((v) => !poorSet.has(v)));
  const coveredNon = nonPoor.slice(0, 94);
  const uncoveredNon = nonPoor.slice(94);
  const workday = (a, b) => {
    let iso = randIsoBetween(a, b);
    while ((iso >= "2021-02-10" && iso <= "2021-02-18") || (iso >= "2020-01-22" && iso <= "2020-02-20")) iso = randIsoBetween(a, b);
    return iso;
  };
  const st = poorArr.concat(coveredNon).map((v) => ({ v, iso: workday("2019-11-01", "2021-08-27") }));
  st.push({ v: coveredNon[10], iso: randIsoBetween("2021-03-01", "2021-08-20"), second: true });
  st.push({ v: coveredNon[47], iso: randIsoBetween("2021-03-01", "2021-08-20"), second: true });
  st.push({ v: "城东社区", iso: "2020-09-22", comm: true });
  st.push({ v: uncoveredNon[5], iso: "2021-09-03", fmt: "twoDot" });
  st.sort((a, b) => tIdx(a.v) - tIdx(b.v) || byIso(a.iso, b.iso));
  const FMTS = ["twoDot", "date", "month", "iso", "twoSlash"];
  const sRows = [["龙门县村级电子商务服务站点台账"], ["（截至2021年9月10日）"]];
  const sMerges = ["A1:H1", "A2:H2"];
  const fmtUsed = {};
  const fmtEx = {};
  let k = 0;
  towns.forEach((t, ti) => {
    const mine = st.filter((s) => townOf[s.v] === t.town);
    if (!mine.length) return;
    sRows.push([`${CN_NUM[ti + 1]}、${t.town}（共${mine.length}个）`]);
    sMerges.push(`A${sRows.length}:H${sRows.length}`);
    sRows.push(["序号", "站点名称", "所在村（社区）", "地址", "负责人", "联系电话", "建站时间", "服务内容"]);
    mine.forEach((s, i) => {
      const f = s.fmt || FMTS[k++ % FMTS.length];
      fmtUsed[f] = (fmtUsed[f] || 0) + 1;
      const [y, m] = ymd(s.iso);
      const dc = f === "twoDot" ? twoDot(s.iso) : f === "date" ? D(s.iso) : f === "month" ? `${y}年${m}月` : f === "iso" ? s.iso : twoSlash(s.iso);
      if (!s.comm && s.iso <= CUT && !fmtEx[f]) fmtEx[f] = typeof dc === "string" ? dc : s.iso;
      const base = s.v.replace(/(村|社区)$/, "");
      const vcell = s.comm ? s.v : i % 3 === 0 ? s.v : i % 3 === 1 ? s.v + "委会" : s.v.replace(/村$/, "村民委员会");
      const name = s.comm ? `${base}社区电商服务站` : s.second ? `${base}村电商服务站（二）` : ["", "邮乐购·", "供销e家·"][rint(0, 2)] + `${base}村电商服务站`;
      sRows.push([i + 1, name, vcell, `龙门县${t.town}${s.comm ? s.v + "居委会旁" : base + "村委会" + ["办公楼一楼", "旁", "文化室", "小卖部"][rint(0, 3)]}`,
        personName(), mask(phone()), dc, ["代购代销、代收代发快递", "代购代销、代缴费、代收代发快递", "代收代发快递、农产品上行"][rint(0, 2)]]);
    });
    sRows.push([]);
  });
  sRows.push([`合计：${st.length}个站点。`]);
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  const byCut = st.filter((s) => s.iso <= CUT && admin.includes(s.v));
  const covAdmin = new Set(byCut.map((s) => s.v));
  const covPoor = poorArr.filter((v) => covAdmin.has(v));
  assert(covAdmin.size === 112 && covPoor.length === 18, "c1 coverage " + covAdmin.size + "/" + covPoor.length);
  assert(112 * 100 < 70 * 161 && 113 * 100 >= 70 * 161 && 112 * 100 >= 50 * 161, "c1: 112/161 = 69.6% < 70%, one more would reach 70%");
  assert(st.length === 116 && Object.values(fmtUsed).every((n) => n >= 15), "c1 116 station rows, all date styles used " + JSON.stringify(fmtUsed));

  // ---------------- poor persons
  const pvill = poorArr.concat(shuffle(rural.filter((v) => !poorSet.has(v))).slice(0, 25));
  const persons = [];
  const mk = (labour, migrant, lab, wantX) => {
    const male = rnd() < 0.52;
    const birth = labour ? birthBetween(1964, 2002) : rnd() < 0.7 ? birthBetween(1935, 1957) : birthBetween(2008, 2016);
    persons.push({ name: personName(), male, id: makeId(REGION, birth, male, wantX), v: pvill[rint(0, pvill.length - 1)], labour, migrant, lab });
  };
  for (let i = 0; i < 200; i++) mk(true, false, "有劳动能力", i < 12 ? true : false);
  for (let i = 0; i < 90; i++) mk(true, true, "有劳动能力", false);
  for (let i = 0; i < 60; i++) mk(false, false, i % 3 ? "无劳动能力" : "丧失劳动能力", i % 9 === 4 ? true : false);
  const pSorted = shuffle(persons).sort((a, b) => tIdx(a.v) - tIdx(b.v) || admin.indexOf(a.v) - admin.indexOf(b.v));
  const ppRows = [["龙门县建档立卡贫困人口名单"], ["（县乡村振兴局2021年4月核定，外出务工指在县外务工）"],
    ["序号", "镇（街道、乡）", "村", "姓名", "性别", "身份证号码", "劳动能力", "是否外出务工"]];
  pSorted.forEach((p, i) => ppRows.push([i + 1, townOf[p.v], p.v, p.name, p.male ? "男" : "女", p.id, p.lab, p.labour ? (p.migrant ? "是" : "否") : null]));
  const eligible = persons.filter((p) => p.labour && !p.migrant);
  assert(eligible.length === 200 && persons.length === 350, "c1 200 eligible of 350");

  // ---------------- 贫困户专场 sign-in list (not part of the session table)
  const ZC = ["2020-07-16", "2020-10-22", "2020-12-10", "2021-03-18", "2021-05-27", "2021-07-15", "2021-08-19", "2021-09-16"];
  const PLACE = ["县电子商务公共服务中心", "永汉镇政府会议室", "地派镇政府会议室", "龙华镇文化站"];
  const sess = ZC.map((iso, i) => ({ iso, no: i + 1, place: PLACE[i % 4] }));
  const pre = sess.slice(0, 7);
  const xs = eligible.filter((p) => isX(p.id));
  const nonX = shuffle(eligible.filter((p) => !isX(p.id)));
  const trained = xs.slice(0, 5).concat(nonX.slice(0, 136));
  const septNew = nonX.slice(136, 139);
  const roster = [];
  for (const p of trained) roster.push({ p, s: pre[rint(0, 6)] });
  for (const p of trained.slice(20, 40)) {
    const first = roster.find((r) => r.p === p).s;
    let s2 = pre[rint(0, 6)];
    while (s2 === first) s2 = pre[rint(0, 6)];
    roster.push({ p, s: s2 });
  }
  const migr = persons.filter((p) => p.labour && p.migrant);
  const nolab = persons.filter((p) => !p.labour && Number(p.id.slice(6, 10)) < 2000);
  for (const p of migr.slice(0, 6)) roster.push({ p, s: pre[rint(0, 6)] });
  for (const p of nolab.slice(0, 4)) roster.push({ p, s: pre[rint(0, 6)] });
  for (const p of septNew.concat([trained[60], trained[61]])) roster.push({ p, s: sess[7] });
  roster.sort((a, b) => a.s.no - b.s.no || tIdx(a.p.v) - tIdx(b.p.v));
  const lower = new Set(xs.slice(0, 4).map((p) => p.id));
  const spaced = new Set(nonX.slice(70, 72).map((p) => p.id));
  const rRows = [["龙门县电商扶贫专场培训签到汇总"], ["（贫困户专场培训的签到记录，人次不在《培训台账》中重复统计）"],
    ["序号", "培训日期", "培训班", "培训地点", "镇（街道、乡）", "村", "姓名", "身份证号码"]];
  roster.forEach((r, i) => {
    const idc = lower.has(r.p.id) ? r.p.id.toLowerCase() : spaced.has(r.p.id) ? spacedId(r.p.id) : r.p.id;
    rRows.push([i + 1, r.s.no % 2 ? D(r.s.iso) : cnDate(r.s.iso), `电商扶贫专场培训（第${r.s.no}期）`, r.s.place, townOf[r.p.v], r.p.v, r.p.name, idc]);
  });
  const rosterByCut = roster.filter((r) => r.s.iso <= CUT);
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedByCut = new Set(rosterByCut.map((r) => r.p.id).filter((id) => eligIds.has(id)));
  assert(roster.length === 176 && rosterByCut.length === 171, "c1 roster " + roster.length + "/" + rosterByCut.length);
  assert(trainedByCut.size === 141 && 141 * 100 >= 70 * 200, "c1 141/200 = 70.5% ≥ 70%");
  assert((141 - 6) * 100 < 70 * 200 && (141 - 2) * 100 < 70 * 200, "c1 IDs not normalised (lower-case x, spaces) would drop under 70%");
  assert(trained.filter((p) => lower.has(p.id) || spaced.has(p.id)).length === 6, "c1 six trained persons written with odd IDs");

  // ---------------- training sessions (date ranges read at the end)
  const SES = [
    [["2020-04-23"], "date"], [["2020-05-21"], "dot"], [["2020-06-16", "2020-06-18"], "dot"], [["2020-07-09"], "cn"], [["2020-08-13"], "date"],
    [["2020-09-10", "2020-09-11"], "cn"], [["2020-10-15"], "dot"], [["2020-11-05"], "date"], [["2020-11-24", "2020-11-26"], "dotFull"],
    [["2020-12-17"], "cn"], [["2020-12-29", "2021-01-04"], "dot"], [["2021-01-19"], "date"], [["2021-03-09"], "dot"],
    [["2021-03-23", "2021-03-25"], "cn"], [["2021-04-13"], "cn"], [["2021-04-27"], "date"], [["2021-05-18", "2021-05-20"], "dotFull"],
    [["2021-06-08"], "dot"], [["2021-06-22"], "date"], [["2021-07-06", "2021-07-08"], "dot"], [["2021-07-20"], "cn"], [["2021-08-10"], "date"],
    [["2021-08-24"], "dot"], [["2021-08-30", "2021-09-01"], "dot"], [["2021-09-08"], "date"],
  ];
  const TOPIC = ["农村电商基础知识普及培训", "网店开设与运营培训", "短视频拍摄与剪辑培训", "直播带货实操培训", "农产品品牌营销培训", "电商客服与物流培训",
    "电商创业孵化集训营", "龙门年桔网络营销专题培训"];
  const TARGET = ["农村青年、返乡人员", "合作社、家庭农场负责人", "镇村干部、站点负责人", "电商企业从业人员", "退役军人、妇女"];
  const sessions = SES.map(([d, f], i) => {
    const end = d[1] || d[0];
    const dc = d.length === 2 ? rangeText(d[0], d[1], f) : f === "date" ? D(d[0]) : f === "dot" ? dotDate(d[0]) : cnDate(d[0]);
    const topic = d.length === 2 && (ymd(d[1])[2] - ymd(d[0])[2] + 31) % 31 >= 4 ? TOPIC[6] : TOPIC[i % 6];
    return { end, dc, topic: i === 20 ? TOPIC[7] : topic, n: rint(70, 190), place: i % 3 === 0 ? "县电子商务公共服务中心" : `${towns[1 + (i % 9)].town}政府会议室`,
      target: TARGET[i % 5] };
  });
  const late = sessions.filter((s) => s.end > CUT);
  late[0].n = 120;
  late[1].n = 85;
  const inCut = sessions.filter((s) => s.end <= CUT);
  const S_TARGET = 3180 - rosterByCut.length;
  let tot = sum(inCut.map((s) => s.n));
  let guard = 0;
  while (tot !== S_TARGET) {
    const s = inCut[rint(0, inCut.length - 1)];
    const step = tot < S_TARGET ? 1 : -1;
    if (s.n + step < 40 || s.n + step > 220) continue;
    s.n += step;
    tot += step;
    assert(++guard < 100000, "c1 training fix");
  }
  const tRows = [["龙门县电子商务培训台账"], ["单位：人次"],
    ["序号", "培训时间", "培训名称", "培训地点", "培训对象", "承办单位", "参训人次", "备注"]];
  sessions.forEach((s, i) => tRows.push([i + 1, s.dc, s.topic, s.place, s.target, i % 2 ? "惠州市岭南电商学院有限公司" : "龙门县电子商务公共服务中心", s.n,
    s.dc === "2020.12.29-2021.1.4" ? "跨年度集训" : null]));
  const allSes = sum(sessions.map((s) => s.n));
  tRows.push(["合计", null, null, null, null, null, allSes, null]);
  tRows.push(["注：贫困户专场培训参训人员另见《贫困户专场签到》，其人次未计入本表。"]);
  const tMerges = ["A1:H1", "A2:H2", `A${tRows.length}:H${tRows.length}`];
  const PT = S_TARGET + rosterByCut.length;
  assert(PT === 3180 && PT * 1000 >= 323900 * 8 && PT * 100 < 323900, "c1 3,180/323,900 = 0.98% → 8");
  assert((PT + 120) * 100 >= 323900, "c1 reading 2021.8.30-9.1 at its start would reach 1%");
  assert(sessions.some((s) => s.dc === "2020.12.29-2021.1.4"), "c1 a cross-year range");
  const clerkPT = allSes + roster.length;

  // ---------------- park enterprises: exit written in the 状态 cell
  const ENTS = [
    ["龙门县年桔电子商务有限公司", "网店", "2020-12-18"], ["惠州市龙门乡村优选供应链有限公司", "电商平台", "2020-12-18"],
    ["龙门县顺达快递物流有限公司", "快递物流", "2020-12-18"], ["龙门县龙城电商服务有限公司", "代运营服务", "2020-12-18", "left"],
    ["龙门县南昆山农特产品网店", "网店", "2020-12-25"], ["惠州市绿色龙门电子商务有限公司", "电商平台", "2021-01-08"],
    ["龙门县青创电商代运营服务有限公司", "代运营服务", "2021-01-08"], ["龙门县永汉米业电子商务商行", "网店", "2021-01-20"],
    ["龙门县蓝田瑶族手工艺品网店", "网店", "2021-02-05"], ["龙门县云仓物流有限公司", "快递物流", "2021-03-01"],
    ["龙门县地派香芋电子商务有限公司", "网店", "2021-03-12"], ["龙门县龙华腊味电子商务商行", "网店", "2021-03-26"],
    ["惠州市龙门直播传媒有限公司", "直播电商", "2021-04-09"], ["龙门县麻榨农产品加工有限公司", "农产品加工", "2021-04-16"],
    ["龙门县龙江蜂蜜网店", "网店", "2021-04-30"], ["龙门县农村电商职业培训学校", "电商培训", "2021-05-14"],
    ["龙门县平陵竹笋电子商务有限公司", "网店", "2021-05-28"], ["龙门县冷链通仓储有限公司", "快递物流", "2021-06-11"],
    ["龙门县龙潭茶叶网店", "网店", "2021-06-25"], ["龙门县龙田番薯电子商务商行", "网店", "2021-07-16"],
    ["惠州市客家味道网络科技有限公司", "电商平台", "2021-09-06"],
  ];
  const eRows = [["龙门县电子商务产业园入驻企业清单"], ["序号", "企业名称", "统一社会信用代码", "经营类型", "入驻时间", "状态", "备注"]];
  ENTS.forEach(([n, t, en, flag], i) => {
    const dc = i % 3 === 0 ? D(en) : i % 3 === 1 ? dotDate(en) : cnDate(en);
    eRows.push([i + 1, n, creditCode(REGION), t, dc, flag === "left" ? "已迁出（2021年6月）" : "在园", flag === "left" ? "迁至惠州市区经营" : null]);
  });
  const inPark = ENTS.filter(([, , en, flag]) => en <= CUT && flag !== "left");
  assert(ENTS.length === 21 && inPark.length === 19, "c1 21 rows, 19 in the park at the cut-off");

  // ---------------- 国库集中支付 export
  const PAY = [
    ["2020-06-19", "县电子商务公共服务中心装修工程首期款", "惠州市龙建装饰工程有限公司", 1386000, "ok"],
    ["2020-08-27", "村级电商服务站点建设（第一批）", "龙门县供销电子商务有限公司", 968500, "ok"],
    ["2020-10-16", "电商人才培训服务费（第一期）", "惠州市岭南电商学院有限公司", 342000, "ok"],
    ["2020-11-27", "县镇村三级物流配送体系建设首期款", "龙门县顺达快递物流有限公司", 1254000, "ok"],
    ["2020-12-23", "县电子商务公共服务中心装修工程进度款", "惠州市龙建装饰工程有限公司", 1118000, "ok"],
    ["2021-01-29", "公共服务中心运营服务费（2020年度）", "龙门县青创电商代运营服务有限公司", 600000, "ok"],
    ["2021-03-02", "冷链设备采购预付款", "惠州市冷库设备有限公司", 150000, "void"],
    ["2021-03-19", "村级电商服务站点建设（第二批）", "龙门县供销电子商务有限公司", 874200, "ok"],
    ["2021-04-23", "农产品溯源系统建设首期款", "广东粤溯科技有限公司", 458600, "ok"],
    ["2021-05-14", "电商人才培训服务费（第二期）", "惠州市岭南电商学院有限公司", 286000, "return"],
    ["2021-06-03", "电商人才培训服务费（第二期）（重新支付）", "惠州市岭南电商学院有限公司", 286000, "ok"],
    ["2021-06-25", "县镇村三级物流配送体系建设进度款", "龙门县顺达快递物流有限公司", 1036000, "ok"],
    ["2021-07-30", "“龙门年桔”区域品牌推广服务", "惠州市龙门直播传媒有限公司", 318000, "ok"],
    ["2021-08-20", "村级电商服务站点建设（第三批）", "龙门县供销电子商务有限公司", 982000, "ok"],
    ["2021-08-27", "农产品溯源系统建设尾款", "广东粤溯科技有限公司", null, "ok"],
    ["2021-09-16", "公共服务中心运营服务费（2021年上半年）", "龙门县青创电商代运营服务有限公司", 520000, "ok"],
  ];
  const SPENT = 10412300;
  const balRow = PAY.find((p) => p[3] === null);
  balRow[3] = SPENT - sum(PAY.filter((p) => p[3] !== null && p[4] === "ok" && p[0] <= CUT).map((p) => p[3]));
  assert(balRow[3] > 600000 && balRow[3] < 900000 && balRow[3] % 100 === 0, "c1 balancing payment " + balRow[3]);
  const STATUS = { ok: "支付成功", void: "已作废", return: "已退票" };
  const fRows = [["数字财政国库集中支付明细查询"], ["查询条件：预算项目=2019年省级电子商务进农村综合示范专项资金；支付日期：2020-01-01至2021-09-30；单位：元"],
    ["序号", "支付日期", "支付凭证号", "预算单位", "用途摘要", "收款人全称", "收款人账号", "支付金额", "支付状态", "备注"]];
  PAY.forEach(([iso, use, payee, amt, st2], i) => {
    const note = st2 === "void" ? "合同未签订，申请作废" : st2 === "return" ? "收款账户变更退票，2021-06-03重新支付" : null;
    fRows.push([i + 1, iso, `ZF441324${iso.replace(/-/g, "")}${String(i * 37 + 101).padStart(4, "0")}`, "龙门县商务局", use, payee,
      `6228****${String(rint(1000, 9999))}`, fmtMoney(amt), STATUS[st2], note]);
  });
  const okAll = sum(PAY.filter((p) => p[4] === "ok").map((p) => p[3]));
  fRows.push([null, null, null, null, null, null, "支付成功合计", fmtMoney(okAll), null, null]);
  fRows.push([`共${PAY.length}条记录`]);
  const okCut = sum(PAY.filter((p) => p[4] === "ok" && p[0] <= CUT).map((p) => p[3]));
  const retAmt = PAY.find((p) => p[4] === "return")[3];
  assert(okCut === SPENT && SPENT * 100 < 70 * 15000000, "c1 10,412,300/15,000,000 = 69.4% < 70%");
  assert((SPENT + retAmt) * 100 >= 70 * 15000000, "c1 counting the returned payment would reach 70%");
  const clerkSpent = SPENT + retAmt;
  assert(clerkSpent === 10698300, "c1 the clerk's 1,069.83万");

  // ---------------- monthly reports: send dates as “M月D日”
  const reps = monthsBetween("2020-08", "2021-08").map((m) => {
    const nm = monthsBetween(m, "2021-12")[1];
    return { m, iso: `${nm}-${String(rint(3, 9)).padStart(2, "0")}` };
  });
  const repRows = [["龙门县电子商务进农村综合示范工作月报报送登记表（2020—2021年）"],
    ["序号", "报告期", "报送日期", "报送内容", "含电商扶贫统计", "报送方式", "经办人"]];
  reps.forEach((r, i) => {
    repRows.push([i + 1, cnMonth(r.m), mdOnly(r.iso), `${cnMonth(r.m)}工作进展及电商统计数据`, r.m >= "2020-10" ? "√" : "—", "粤政易", "钟××"]);
  });
  const repMonths = new Set(reps.filter((r) => r.iso <= CUT).map((r) => ym(r.iso)));
  assert(WINDOW.every((m) => repMonths.has(m)), "c1 a report sent in every month of the window");
  assert(reps.find((r) => r.m === "2020-12").iso.startsWith("2021-01"), "c1 December's report sent in January");

  // ---------------- government-site column copied from the web page
  const DIS = [["2019-11-28", "龙门县电子商务进农村综合示范县创建工作方案"], ["2019-11-28", "关于设立电子商务进农村综合示范项目监督举报电话的公告"],
    ["2020-03-20", "龙门县电子商务进农村综合示范项目基本信息公示"], ["2020-09-30", "龙门县电子商务进农村综合示范项目基本信息公示（第二批）"]];
  for (const m of monthsBetween("2020-03", "2021-08")) {
    const nm = monthsBetween(m, "2021-12")[1];
    DIS.push([`${nm}-${String(rint(5, 15)).padStart(2, "0")}`, `龙门县电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`]);
  }
  DIS.sort((a, b) => byIso(b[0], a[0]));
  const dRows = [["龙门县人民政府门户网站 > 专题专栏 > 电子商务进农村综合示范"], ["（2021年9月15日从网站复制）"]];
  const PER = 10;
  const pages = Math.ceil(DIS.length / PER);
  DIS.forEach(([iso, title], i) => {
    dRows.push([`${title}　　　　${iso}`]);
    if (i % PER === PER - 1 || i === DIS.length - 1) {
      const p = Math.floor(i / PER) + 1;
      dRows.push([`共${DIS.length}条　每页${PER}条　第${p}/${pages}页　首页　上一页　下一页　尾页`]);
    }
  });
  const dMonths = new Set(DIS.filter((d) => d[0] <= CUT).map((d) => ym(d[0])));
  assert(WINDOW.every((m) => dMonths.has(m)) && DIS.some((d) => d[0] > CUT), "c1 disclosures every month, one after the cut-off");

  // ---------------- media, and the materials table below it
  const mRows = [["龙门县电子商务进农村宣传报道及经验材料登记"], ["一、宣传报道"],
    ["序号", "日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"],
    [1, D("2020-11-20"), "龙门县融媒体中心《龙门新闻》", "县级", "电视", "我县首批村级电商服务站挂牌运营", null],
    [2, "2021.1.15", "惠州日报", "市级", "报纸", "龙门年桔“触网”卖出好价钱", null],
    [3, "2021.4.28", "南方日报", "省级", "报纸", "龙门：电商进村 山货出山", null],
    [4, D("2021-06-10"), "广东广播电视台珠江频道《今日关注》", "省级", "电视", "脱贫户直播卖大米 电商扶贫见实效", "√"],
    [5, "2021.7.22", "中央广播电视总台农业农村频道（CCTV-17）", "国家级", "电视", "客家山村的“云上”年桔", null],
    [6, "2021.9.14", "人民网", "国家级", "网络", "广东龙门：小站点连起大市场", null],
    [], ["二、经验材料报送"], ["序号", "报送日期", "材料名称", "报送单位", null, null, null],
    [1, "2021.7.15", "龙门县“电商+年桔”助农增收经验材料", "惠州市商务局", null, null, null],
    [2, "2021.9.10", "龙门县电子商务进农村综合示范创建工作总结", "惠州市商务局", null, null, null]];
  const mMerges = ["A1:G1", "A2:G2", "A12:G12"];

  // ---------------- the facts sheet: 预审反馈表
  const F = [["惠州市2019年省级电子商务进农村综合示范县考评预审反馈表"],
    ["县（区）：龙门县　　　　考评截止日期：2021年8月31日　　　　预审日期：2021年9月10日"],
    ["序号", "评价指标", "分值", "县（区）自评情况", "自评分", "市局预审意见", "预审建议分"]];
  const FM = ["A1:G1", "A2:G2"];
  const SELF = [
    ["org.leadership", "组织领导", 2, "成立由县长任组长，常务副县长、分管副县长任副组长，县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监管局、县供销社为成员单位的示范创建工作领导小组（龙府办函〔2019〕88号）", 2, "材料齐全", 2],
    ["org.plan", "方案制定", 2, "已正式印发《龙门县电子商务进农村综合示范县创建工作方案》（龙府办〔2019〕41号），方案制定自评2分", 2, "—", 2],
    ["org.policy", "政策支持", 2, "已出台《龙门县促进农村电子商务发展扶持办法》，政策支持自评2分", 2, "建议补充政策兑现材料", 1],
    ["org.management", "项目管理", 4, "已制定项目管理制度，建设、验收环节严格执行（项目管理制度2分）；工作台账正在补充完善（工作台账1分）", 3, "—", 3],
    ["work.center", "服务体系建设（县级中心与产业园）", 15, `县电子商务公共服务中心2020年12月18日投入运营，设有免费培训室（电脑50台），为特色农产品提供免费展示、销售服务，组织“龙门年桔”“龙门大米”统一推广和品牌建设，提供代运营、融资对接等其他增值服务；摄影室尚未建成，暂未提供免费摄影、美工服务。已整合建成龙门县电子商务产业园，入驻企业${ENTS.length}家，含平台型、销售型、电商运营商、物流企业等类型`, 14, "入驻企业清单中1家已迁出、1家9月才入驻，请核实", 12],
    ["work.coverage", "服务体系建设（村级站点覆盖）", 10, "全县行政村161个，已建村级站点覆盖114个行政村，覆盖率70.8%；省定贫困村18个，全部建有站点", 10, "社区站点、9月建成站点不应计入，请核对站点台账", "待核"],
    ["work.upward", "农村产品上行", 10, "形成《龙门县农产品网络销售调研报告》并提出建议（网销调研2分）；组织“龙门年桔网上年货节”等网络促销活动6场（网络促销2分）；引进惠州市龙门乡村优选供应链有限公司为第三方运营服务商；全县行政村物流快递覆盖率100%；出台龙门大米电商交易标准，冷链系统建设中（交易标准及冷链溯源1分）；2020年农村网络零售额10.35亿元，同比增长20.1%，农产品网络零售额1.97亿元，同比增长33.1%", 9, "—", 9],
    ["work.training", "电商人才培训", 20, `常住人口32.39万人（第七次全国人口普查），累计培训${fmtInt(clerkPT)}人次，占${pct2(clerkPT, 323900)}；有劳动能力的建档立卡贫困人口（不含外出务工）200人，参训145人，培训率72.5%`, 20, "培训台账“2021.8.30-9.1”一期及9月培训在截止日后，请剔除", 18],
    ["info.disclosure", "信息公开", 4, "在县政府门户网站设立“电子商务进农村综合示范”专栏，公开创建方案、项目基本信息、项目建设进度，设立监督举报电话，按月更新", 4, "—", 4],
    ["info.reporting", "数据上报", 6, "每月向惠州市商务局报送工作进展及统计数据，自2020年10月起附电商扶贫情况统计表", 6, "—", 6],
    ["promo.cases", "案例总结", 2, "2021年7月15日向市商务局报送《龙门县“电商+年桔”助农增收经验材料》", 2, "—", 2],
    ["promo.media", "经验推广", 8, "中央广播电视总台农业农村频道、南方日报、广东广播电视台、惠州日报、龙门县融媒体中心进行报道", 8, "—", 8],
    ["fund.system", "制度建立", 5, "制定《龙门县省级电子商务进农村综合示范专项资金管理办法》并严格执行（资金管理制度4分）", 4, "—", 4],
    ["fund.ledger", "资金台账", 5, "承建单位建立资金专用台账，账目完整（资金台账4分）", 4, "—", 4],
    ["fund.spending", "资金支出", 5, `下达省级专项资金1,500万元，累计拨付${fmtMoney(clerkSpent / 10000).replace(/0+$/, "").replace(/\.$/, "")}万元，支出率${pct1(clerkSpent, 15000000)}，按创建进度及时拨付（资金及时拨付4分）`, 4, `国库支付系统显示其中${retAmt / 10000}万元于2021年5月退票（6月已重新支付），请核实支出率`, "待核"],
    ["bonus.poorTraining", "加分项：建档立卡贫困人口培训率70%及以上", 2, "培训率72.5%", 2, "—", 2],
    ["bonus.tvCase", "加分项：电商扶贫典型案例获电视媒体播报", 2, "2021年6月10日广东广播电视台珠江频道播报我县电商扶贫典型案例（省级）", 1, "—", 1],
  ];
  SELF.forEach((s, i) => F.push([i + 1, s[1], s[2], s[3], s[4], s[5], s[6]]));
  F.push([SELF.length + 1, "一票否决项", null, "创建期间未发生安全生产、质量事故，未造成重大经济损失和社会不良影响；项目总体进度85%；不存在弄虚作假情况", "—", "—", "—"]);
  const claimed = {};
  for (const s of SELF) claimed[s[0]] = s[4];
  const claimTotal = sum(SELF.map((s) => s[4]));
  assert(claimTotal === 97, "c1 claimed 97");
  assert(pct1(114, 161) === "70.8%", "c1 the clerk's 114 villages");
  F.push([null, "合计", 104, null, claimTotal, null, null]);
  F.push(["注：“自评情况”“自评分”由县商务局填写；“市局预审意见”“预审建议分”由惠州市商务局填写，仅供县（区）修改完善参考。"]);
  FM.push(`A${F.length}:G${F.length}`);
  assert(fmtMoney(clerkSpent / 10000) === "1,069.83" && pct1(clerkSpent, 15000000) === "71.3%", "c1 the clerk's 1,069.83万元 / 71.3%");
  assert(pct1(1035 - 862, 862) === "20.1%" && pct1(197 - 148, 148) === "33.1%", "c1 growth rates as stated (2019: 8.62 / 1.48 亿元)");

  // ---------------- expectation
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 2 + 1,
    "work.center": 2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + 0 + 1, "work.coverage": 2 + 5, "work.upward": 2 + 2 + 1 + 1 + 1 + 2,
    "work.training": 8 + 10, "info.disclosure": 2 + 2, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": -5, "bonus.poorTraining": 2, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  const total = scored + bonus;
  assert(scored === 78 && total === 81, "c1 total " + scored + "/" + total);
  const exTwoDot = fmtEx.twoDot;
  const exTwoSlash = fmtEx.twoSlash;
  assert(exTwoDot && exTwoSlash, "c1 examples of two-digit dates");
  const derivation = [
    "org.leadership: 县自评情况：县长任组长（主要领导），成员单位含县商务局、县财政局、县农业农村局、县乡村振兴局 → 2",
    "org.plan: 方案已正式印发，县自评“方案制定2分” → 2",
    "org.policy: 扶持办法已出台，县自评“政策支持2分” → 2（市局预审建议分1分是市局意见，不是县的评判）",
    "org.management: 县自评“项目管理制度2分”“工作台账1分” → 3",
    "work.center: 中心2020-12-18投入运营 ≤ 截止日 → 2；≤ 2021-02-28，已运行6个月以上 → 2；免费培训室 → 2；免费展示销售 → 1；“暂未提供免费摄影、美工服务” → 0；统一推广和品牌建设 → 1；代运营、融资对接等其他增值服务 → 1；已整合建成产业园 → 2；入驻企业清单21行，龙门县龙城电商服务有限公司状态“已迁出（2021年6月）”、惠州市客家味道网络科技有限公司2021.9.6入驻，截止日在园19家 < 20 → 0；类型电商平台、网店、快递物流、代运营服务等 ≥ 3类 → 1；合计12",
    `work.coverage: 村（居）名单分左右两半打印（序号1—88在左、89—175在右），“村委会”161个（社区居委会14个不算）；站点台账按镇分段（“一、龙城街道（共N个）”段头行，段内序号重新编号，没有镇列），116个站点，建站时间有“${exTwoDot}”“${exTwoSlash}”两位年份、日期格、“2021年3月”只到月、“2020-12-08”式文本；截止日前有站点的行政村112个（两个村各有两个站只算一次；城东社区的站点不是行政村；${uncoveredNon[5]}“21.9.3”建成在截止日后）；112/161 = 69.6% < 70%，在50%—70%之间 → 2（县自评“覆盖114个、70.8%”把社区站和9月的站算进去了）；名单中带★的省定贫困村18个全部在截止日前建站 → 5；合计7`,
    "work.upward: 县自评“网销调研2分”“网络促销2分” → 2 + 2；第三方运营服务商已引进 → 1；村（居）名单没有快递列，按县自评“行政村物流快递覆盖率100%” → 1；“交易标准及冷链溯源1分” → 1；农村网络零售额增长20.1% < 30%，农产品网络零售额增长33.1% ≥ 30% → 2；合计9",
    `work.training: 培训台账按期登记“参训人次”，截止日前${inCut.length}期共${fmtInt(S_TARGET)}人次（“2020.12.29-2021.1.4”按结束日算在2021年1月；“2021.8.30-9.1”按结束日2021-09-01在截止日后，120人次不算；2021-09-08一期85人次不算；合计行${fmtInt(allSes)}含这两期）；《贫困户专场签到》注明人次不在台账中重复统计，截止日前签到${rosterByCut.length}行另加；${fmtInt(S_TARGET)} + ${rosterByCut.length} = 3,180人次；常住人口32.39万 → 基数323,900，3,180/323,900 = 0.98%，在0.8%—1%之间 → 8（把8.30—9.1一期按开始日计入则为3,300人次 = 1.02%，会误得10分；县自评${fmtInt(clerkPT)}人次把9月的也算了）；建档立卡贫困人口名单350人，有劳动能力且“是否外出务工”为“否”的200人；专场签到176行，截止日前171行，去掉外出务工6行、无/丧失劳动能力4行、同一人第二次参训20行，截止日前参训的在家有劳动能力者141人（其中4人身份证号末位写成小写x、2人身份证号中间有空格，需规范后才能与名单对上；9月16日一期另有3人首次参训，不算）；141/200 = 70.5% ≥ 50% → 10；合计18`,
    "info.disclosure: 县自评：专栏公开创建方案、项目基本信息、项目建设进度，设立监督举报电话 → 2；专栏页面从网站复制，每条“标题　　日期”在一个单元格里，倒序、分页（页码导航行不是记录），标题里的“（2021年7月）”是进度所属月份，发布日期是行尾日期；2020年9月至2021年8月每月都有发布 → 2；合计4",
    "info.reporting: 月报报送登记“报送日期”只写“M月D日”，年份由报告期推出（2020年12月报告期的“1月×日”是2021年1月）；2020年8月至2021年7月报告期的报送分别落在2020年9月至2021年8月，每月都有 → 3（2021年8月报告期9月才报送，不在窗口内）；“含电商扶贫统计”自2020年10月起为√，县自评也写明附电商扶贫统计表 → 3；合计6",
    "promo.cases: 同一张表下方第二个表“二、经验材料报送”：2021.7.15报送惠州市商务局 → 2（2021.9.10那份在截止日后）",
    "promo.media: 截止日前：CCTV-17（国家级，2021.7.22）、南方日报和广东广播电视台（省级）→ 4；惠州日报（市级）→ 3；龙门县融媒体中心（县级）→ 1；合计8（人民网在2021.9.14，不需要）",
    "fund.system: 县自评“资金管理制度4分” → 4",
    "fund.ledger: 县自评“资金台账4分” → 4",
    `fund.spending: 国库集中支付明细：“支付成功”且支付日期 ≤ 截止日的${PAY.filter((p) => p[4] === "ok" && p[0] <= CUT).length}笔合计${fmtMoney(SPENT)}元；2021-05-14一笔${fmtMoney(retAmt)}元“已退票”（6月3日重新支付那笔已计入）、2021-03-02一笔“已作废”不算，2021-09-16一笔在截止日后；下达资金1,500万元（县自评），${fmtMoney(SPENT)}/15,000,000 = 69.4% < 70% → 倒扣5分，即 −5（县自评1,069.83万元、71.3%是把退票那笔也算了；市局预审意见已提示）`,
    "bonus.poorTraining: 贫困人口培训率141/200 = 70.5% ≥ 70% → 2",
    "bonus.tvCase: 典型案例√只有广东广播电视台珠江频道（省级电视）2021-06-10一条 → 1；CCTV-17那条不是典型案例 → 不得2分；合计1",
    "veto.incident: 否决项一行声明未发生安全生产、质量事故及重大损失 → 不否决，0",
    "veto.progress: 项目总体进度85% ≥ 40% → 不否决，0",
    "veto.fraud: 声明不存在弄虚作假 → 不否决，0",
    "total: 2+2+2+3+12+7+9+18+4+6+2+8+4+4−5 = 78，加分2+1 = 3 → 81（县自评合计97）",
  ];
  return {
    description:
      "惠州龙门县商务局迎考工作簿。事实页是惠州市商务局返回的“考评预审反馈表”：每个指标一行，县填的“自评情况”（文字，数字都在句子里）和“自评分”，旁边是市局的“预审意见”和“预审建议分”（市局的意见和分数不是县的事实、评判或自评分，“待核”不是分数）；评判项分数写在自评情况的括号里（“项目管理制度2分”“工作台账1分”），加分项两行分开，否决项一行文字。台账：村（居）名单分左右两半打印，省定贫困村在名称后加“★”；站点台账按镇分段（段头行“一、龙城街道（共N个）”，段内序号重排，无镇列），建站时间有“20.11.5”“21/4/9”两位年份、日期格、只到月、ISO文本；培训台账一期一行，“参训人次”列，培训时间有区间（“2020.6.16-6.18”“2021年3月23日—25日”“2020.12.29-2021.1.4”“2021.8.30-9.1”，按结束日算）；贫困户专场签到单列且注明人次未计入培训台账，身份证号有小写x和带空格的；贫困人口名单；入驻企业的迁出写在“状态”格里；资金是数字财政国库集中支付明细导出（已退票、已作废不算，支付成功合计行不是记录）；月报登记的报送日期只写“M月D日”；专栏是从政府网站复制的列表（标题和日期在一个格里、倒序、夹着分页行）；宣传报道表下方还有第二个表“经验材料报送”。",
    sheets: [
      { name: "预审反馈表", rows: F, merges: FM },
      { name: "村（居）名单", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "培训台账", rows: tRows, merges: tMerges },
      { name: "贫困户专场签到", rows: rRows, merges: ["A1:H1", "A2:H2"] },
      { name: "建档立卡贫困人口", rows: ppRows, merges: ["A1:H1", "A2:H2"] },
      { name: "产业园入驻企业", rows: eRows, merges: ["A1:G1"] },
      { name: "国库支付明细", rows: fRows, merges: ["A1:J1", "A2:J2"] },
      { name: "月报报送登记", rows: repRows, merges: ["A1:G1"] },
      { name: "专栏页面", rows: dRows, merges: [] },
      { name: "宣传报道及经验材料", rows: mRows, merges: mMerges },
    ],
    expect: { asOf: CUT, total, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 茂名电白区: the self-assessment report pasted from Word, one paragraph per row.
// =====================================================================================================
function buildF1() {
  const P = [];
  const para = (t) => P.push([t]);
  para("电白区2019年省级电子商务进农村综合示范创建工作自评报告");
  para("电白区商务局");
  para("（2021年9月）");
  para("根据《广东省商务厅关于开展2019年省级电子商务进农村综合示范创建考评工作的通知》（粤商务电函〔2021〕101号）要求，我区对照考评指标体系，对截至2021年8月31日的示范创建工作进行了全面自查，现将有关情况报告如下：");
  para("一、基本情况");
  para("电白区位于茂名市东南部，辖21个镇（街道），共有行政村384个、社区居委会56个，户籍人口203.6万人，常住人口" + "１５１．２" + "万人（第七次全国人口普查）。全区有省定相对贫困村31个，2016年以来累计脱贫退出建档立卡贫困人口4.1万人。电白是“中国荔枝之乡”“中国沉香之乡”，荔枝、龙眼、沉香、海鲜干货等特色产品网销基础较好。");
  para("二、组织领导与统筹协调");
  para("（一）加强组织领导。成立了由区委副书记、区长任组长，分管副区长任常务副组长，区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局、区供销社、邮政电白分公司等单位为成员的电子商务进农村综合示范创建工作领导小组，定期召开联席会议研究解决创建中的问题。");
  para("（二）制定创建方案和扶持政策。2019年10月印发《茂名市电白区电子商务进农村综合示范县创建工作方案》（电府办〔2019〕47号），2020年4月出台《电白区促进农村电子商务发展扶持办法（试行）》，对网商创业、站点运营、人才培训给予奖补。");
  para("（三）规范项目管理。制定了《电白区电子商务进农村综合示范项目管理办法》，项目建设、验收全部按制度执行，并建立了完整的工作台账。");
  para("— 1 —");
  para("三、服务体系建设");
  para("（一）区级公共服务中心。区电子商务公共服务中心选址水东街道，建筑面积2,600平方米，2020年6月动工建设，10月28日正式投入运营。中心设有可容纳120人的免费培训室，配备电脑60台，能常态化组织电商基础培训；设有特色农产品展示展销区，免费为企业和农户展示、销售产品；设有摄影棚和美工室，免费为电商主体提供产品拍摄、详情页设计服务；组织开展“电白荔枝”“电白沉香”区域公用品牌推广，指导企业进行品牌注册和包装设计；同时为企业提供代运营、融资对接、法律咨询等增值服务。");
  para("（二）电商产业园。整合原电白区电子商务创业园，建成电白区电子商务产业园，现有入驻企业26家，涵盖平台型电商企业、销售型企业、电商运营商和物流企业。");
  para("（三）镇村服务站点。按照建设村级站点300个的计划，全区已建成村级电商服务站点296个，覆盖行政村281个，覆盖率73.2%；31个省定相对贫困村实现站点全覆盖。");
  para("四、农村产品上行");
  para("委托第三方机构开展全区农产品网络销售调研，形成《电白区农产品网络销售情况调研报告》并提出针对性建议。通过公开招标引进茂名市优品汇电子商务有限公司作为第三方运营服务商，组织“荔枝季”“年货节”等网络促销活动12场。整合邮政、供销和快递企业资源，建成区、镇、村三级物流配送体系，全区384个行政村已全部实现物流快递覆盖。出台荔枝、沉香电商交易标准，建成荔枝冷链集配中心和农产品质量溯源平台。");
  para("据省商务厅监测，2020年全区农村网络零售额46.8亿元，比2019年的38.2亿元增长22.5%；农产品网络零售额12.36亿元，同比增长31.8%。");
  para("— 2 —");
  para("五、电商人才培训");
  para("区里制定了培训1.5万人次的年度目标。截至2021年8月31日，累计开展各类电商培训86期、培训18,426人次，常住人口超过50万人，按50万人为基数计算，培训人次占比3.69%。各年度培训情况如下表：");
  const tStart = P.length + 1;
  P.push(["年度", "培训期数", "培训人次", "其中贫困人口（人次）"]);
  P.push(["2020年", 41, "8,932", "2,684"]);
  P.push(["2021年1—8月", 45, "9,494", "3,215"]);
  P.push(["合计", 86, "18,426", "5,899"]);
  assert(41 + 45 === 86 && 8932 + 9494 === 18426 && 2684 + 3215 === 5899, "f1 the pasted table adds up");
  assert(Math.round((18426 / 500000) * 10000) === 369, "f1 3.69%");
  para("全区有劳动能力的建档立卡贫困人口（不含外出务工人员）9,215人，已参加电商培训的5,104人，培训率55.4%。");
  assert(pct1(5104, 9215) === "55.4%" && 5104 <= 5899, "f1 poor training rate");
  para("六、信息公开及数据上报");
  para("在区政府门户网站开设“电子商务进农村综合示范”专栏，公开了创建方案和示范项目基本信息，每月更新项目建设进度。每月5日前向茂名市商务局报送工作进展、成效及电商统计数据，并附报电商扶贫情况统计表，重点统计建档立卡贫困户参加电商培训、通过电商增收等情况。");
  para("七、宣传推广");
  para("2021年6月向茂名市商务局报送了《电白区“电商+荔枝”助农增收经验材料》。南方日报、电白区融媒体中心等媒体对我区电商进农村工作进行了报道。");
  para("— 3 —");
  para("八、资金使用和管理");
  para("省财政下达我区专项资金1500万元。我区制定了《电白区省级电子商务进农村综合示范专项资金管理办法》，明确资金支持方向和考核问责；各项目承建单位均建立了资金专用台账。截至2021年8月31日，累计拨付资金1,237.46万元，资金支出率82.5%，项目总体完成进度约92%。");
  assert(pct1(12374600, 15000000) === "82.5%", "f1 82.5%");
  assert(pct1(468 - 382, 382) === "22.5%", "f1 growth 22.5%");
  para("九、其他事项");
  para("创建期间，我区未发生安全生产、质量事故，未造成重大经济损失和社会不良影响，不存在弄虚作假行为。");
  para("十、自评情况");
  para("根据考评指标体系，我区自评总分95分，具体如下：");
  para("（一）加强组织领导与统筹协调，自评10分。其中组织领导2分，方案制定2分，政策支持2分，项目管理4分（项目管理制度2分、工作台账2分）。");
  para("（二）深入推动电子商务进农村工作，自评54分。其中服务体系建设25分（县级中心与产业园15分，村级站点覆盖10分）；农村产品上行9分（网销调研2分，网络促销活动2分，第三方运营服务商1分，物流快递覆盖1分，交易标准及冷链溯源1分，网络零售额增速2分）；电商人才培训20分。");
  para("（三）加强信息公开及报送，自评10分。其中信息公开4分，数据上报6分。");
  para("（四）加强宣传推广，自评7分。其中案例总结2分，经验推广5分（省级、县级媒体报道）。");
  para("（五）加强财政资金管理，自评14分。其中制度建立5分，资金台账4分，资金支出5分（支出率82.5%，资金及时拨付5分）。");
  para("特此报告。");
  para("电白区商务局");
  para("2021年9月8日");
  para("— 4 —");
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 4, "work.center": 15, "work.coverage": 10, "work.upward": 9,
    "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 5, "fund.system": 5, "fund.ledger": 4,
    "fund.spending": 5,
  };
  assert(sum(Object.values(claimed)) === 95 && 2 + 2 + 2 + 4 === 10 && 15 + 10 + 9 + 20 === 54 && 4 + 6 === 10 && 2 + 5 === 7 && 5 + 4 + 5 === 14, "f1 claimed 95");
  assert(2 + 2 + 1 + 1 + 1 + 2 === 9, "f1 upward parts");
  const txt = JSON.stringify(P);
  assert(txt.includes("１５１．２") && !txt.includes("监督举报") && !txt.includes("征求意见"), "f1 full-width population; no window mentioned");
  return {
    description:
      "茂名电白区商务局的自评报告从Word整篇粘贴进Excel：每段一行、都在A列（标题、落款、“— 1 —”页码行也各占一行），数字都写在句子里：户籍人口203.6万人和常住人口“１５１．２万人”（全角数字，取常住）；中心“2020年6月动工建设，10月28日正式投入运营”（年份承前）；“按照建设村级站点300个的计划”“培训1.5万人次的年度目标”是目标不是结果；零售额一句里有2019、2020两年的数和增速；培训部分夹着一张从Word贴过来的小表（年度|期数|人次|其中贫困人口人次），合计行与正文一致；专栏只说了创建方案、项目基本信息、建设进度，没有提征求意见或监督举报窗口（未说明，不是“否”）；“自评情况”一节用文字写各指标自评分，评判项分数在括号里（“项目管理制度2分、工作台账2分”“资金及时拨付5分”）。资金支出率、培训占比、站点覆盖率等是派生数，不是输入。",
    sheets: [{ name: "自评报告", rows: P, merges: [] }],
    expect: {
      facts: {
        county: "电白区", asOf: "2021-08-31", residentPopulation: 1512000, adminVillagesStated: 384, poorVillagesStated: 31,
        planIssued: true, policyIssued: true, centerOpened: "2020-10-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 3820000000, ruralRetail2020: 4680000000, ruralRetailGrowthStated: 0.225, agriRetail2020: 1236000000,
        agriRetailGrowthStated: 0.318, trainingPersonTimesStated: 18426, eligiblePoorPersonsStated: 9215, trainedPoorPersonsStated: 5104,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 12374600, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.92,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 5,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f2 — 肇庆广宁县: the provincial reporting system's export, one record per 报告期, field codes above the field names.
// =====================================================================================================
function buildF2() {
  const MEMBERS = "县商务局,县财政局,县农业农村局,县乡村振兴局,县交通运输局,县市场监管局,中国邮政广宁县分公司";
  // [code, field name (units and codes in the header), mid-term 2020年12月, final 2021年08月]
  const FIELDS = [
    ["XZQHDM", "行政区划代码", "441223", "441223"], ["XZQHMC", "行政区划名称", "广宁县", "广宁县"],
    ["BGQ", "报告期", "2020年12月", "2021年08月"], ["SJJZRQ", "数据截止日期", 20201231, 20210831],
    ["A0101", "常住人口（万人）", 41.89, 42.57], ["A0102", "行政村数（个）", 176, 176], ["A0103", "省定贫困村数（个）", 26, 26],
    ["B0101", "领导小组组长职务", "县长", "县长"], ["B0102", "领导小组成员单位", MEMBERS, MEMBERS],
    ["B0201", "示范县工作方案已正式印发（1是0否）", 1, 1], ["B0301", "已出台支持农村电商发展的政策（1是0否）", 0, 1],
    ["C0101", "县级电商公共服务中心投入运营日期", 20201126, 20201126],
    ["C0102", "有免费培训场所、培训设备（1是0否）", 1, 1], ["C0103", "为特色农产品提供免费展示、销售服务（1是0否）", 1, 1],
    ["C0104", "提供免费摄影、美工服务（1是0否）", 0, 0], ["C0105", "组织农产品统一推广、指导品牌建设（1是0否）", 0, 1],
    ["C0106", "提供其他衍生增值服务（1是0否）", 0, 1], ["C0201", "建设或整合、优化电商产业园（1是0否）", 1, 1],
    ["C0202", "产业园入驻企业数（家）", 14, 22], ["D0101", "有专业第三方电子商务运营或服务商（1是0否）", 1, 1],
    ["D0102", "行政村物流快递覆盖率（%）", 93.8, 100],
    ["D0201", "2019年农村网络零售额（万元）", 85260, 85260], ["D0202", "2020年农村网络零售额（万元）", "NULL", 110538],
    ["D0203", "2020年农村网络零售额同比增速（%）", "NULL", 29.65], ["D0204", "2019年农产品网络零售额（万元）", "NULL", "NULL"],
    ["D0205", "2020年农产品网络零售额（万元）", "NULL", 31205], ["D0206", "2020年农产品网络零售额同比增速（%）", "NULL", 36.42],
    ["E0101", "累计培训人次（人次）", 2845, 5318], ["E0102", "有劳动能力的建档立卡贫困人口数（不含外出务工）（人）", 3658, 3604],
    ["E0103", "参加培训的建档立卡贫困人口数（人）", 874, 1962],
    ["F0101", "专栏公示创建方案（1是0否）", 1, 1], ["F0102", "专栏公示项目基本信息（1是0否）", 1, 1],
    ["F0103", "专栏公示项目建设进度（1是0否）", 1, 1], ["F0104", "专栏设立征求意见或监督举报窗口（1是0否）", 0, 0],
    ["F0201", "能统计电商扶贫情况（1是0否）", 1, 1],
    ["G0101", "下达资金总额（万元）", 1500, 1500], ["G0102", "累计拨付资金（万元）", 486.5, 1166.235],
    ["G0103", "已制定资金管理制度（1是0否）", 1, 1], ["G0104", "已建立资金专用台账（1是0否）", 1, 1], ["G0105", "项目总体进度（%）", 42, 89.5],
    ["H0101", "发生安全生产、质量事故或重大经济损失（1是0否）", 0, 0], ["H0102", "存在弄虚作假（1是0否）", 0, 0],
    ["PF0201", "评判分_方案制定（1-2）", null, 2], ["PF0301", "评判分_政策支持（1-2）", null, 2],
    ["PF0401", "评判分_项目管理制度（1-2）", null, 2], ["PF0402", "评判分_工作台账（1-2）", null, 2],
    ["PF0701", "评判分_网销调研（1-2）", null, 1], ["PF0702", "评判分_网络促销活动（1-2）", null, 2],
    ["PF0705", "评判分_交易标准及冷链溯源（1-2）", null, 1], ["PF1301", "评判分_资金管理制度（1-5）", null, 5],
    ["PF1401", "评判分_资金台账（1-5）", null, 4], ["PF1501", "评判分_资金及时拨付（1-5）", null, 4],
  ];
  const ZF = [["org.leadership", "组织领导", 2], ["org.plan", "方案制定", 2], ["org.policy", "政策支持", 2], ["org.management", "项目管理", 4],
    ["work.center", "服务体系建设_县级中心与产业园", 13], ["work.coverage", "服务体系建设_村级站点覆盖", 10], ["work.upward", "农村产品上行", 8],
    ["work.training", "电商人才培训", 20], ["info.disclosure", "信息公开", 3], ["info.reporting", "数据上报", 6], ["promo.cases", "案例总结", 2],
    ["promo.media", "经验推广", 5], ["fund.system", "制度建立", 5], ["fund.ledger", "资金台账", 4], ["fund.spending", "资金支出", 4]];
  ZF.forEach(([, n, v], i) => FIELDS.push([`ZF${String(i + 1).padStart(2, "0")}`, `自评得分_${n}`, null, v]));
  const claimed = {};
  for (const [id, , v] of ZF) claimed[id] = v;
  const zTot = sum(ZF.map((z) => z[2]));
  assert(zTot === 90, "f2 self-score total 90");
  FIELDS.push(["ZFHJ", "自评得分_合计", null, zTot]);
  FIELDS.push(["TBZT", "填报状态", "已审核", "已提交"], ["TBR", "填报人", "lixh", "lixh"], ["TBSJ", "填报时间", "2021-01-12 15:47:09", "2021-09-08 10:21:33"]);
  const rows = [["广东省电子商务进农村综合示范县考评数据填报系统——数据导出"], ["导出单位：广宁县商务局　　导出时间：2021-09-09 16:20:11　　查询条件：示范批次=2019年省级"],
    FIELDS.map((f) => f[0]), FIELDS.map((f) => f[1]), FIELDS.map((f) => f[2]), FIELDS.map((f) => f[3]), ["共2条记录"]];
  assert(Math.round((110538 / 85260 - 1) * 10000) === 2965, "f2 rural growth 29.65% (under 30%)");
  assert(Math.round(1166.235 * 10000) === 11662350, "f2 spent 11,662,350 元");
  assert(FIELDS.length > 60 && new Set(FIELDS.map((f) => f[0])).size === FIELDS.length, "f2 distinct field codes");
  return {
    description:
      "肇庆广宁县从省“考评数据填报系统”导出的表：一条记录一行，第3行是字段代码（XZQHDM、A0101…），第4行是中文字段名，单位和取值说明都在字段名里（“常住人口（万人）”“（万元）”“（%）”“（1是0否）”“（1-5）”），共70多列；下面两条记录：2020年12月（中期，已审核）和2021年08月（本次考评，已提交），应读2021年08月那一行，中期那行是旧数（常住人口41.89万、政策0、培训2,845人次、拨付486.5万元等）。日期是8位数字（20210831、20201126），是否项是1/0（0是明确的“否”：摄影美工、征求意见或监督举报窗口），“NULL”是未填（2019年农产品网络零售额）；金额单位万元（1166.235万元 = 11,662,350元）；组长职务“县长”，成员单位用半角逗号分隔；“评判分_…”字段是评判项，“自评得分_…”字段是每个指标的自评分（合计90）。“产业园入驻企业数（家）”不是考评输入；“行政村物流快递覆盖率（%）”为100，即“行政村物流快递覆盖率100%”成立。",
    sheets: [{ name: "导出数据", rows, merges: ["A1:H1", "A2:H2"] }],
    expect: {
      facts: {
        county: "广宁县", asOf: "2021-08-31", residentPopulation: 425700, adminVillagesStated: 176, poorVillagesStated: 26,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 852600000, ruralRetail2020: 1105380000, ruralRetailGrowthStated: 0.2965, agriRetail2020: 312050000,
        agriRetailGrowthStated: 0.3642, trainingPersonTimesStated: 5318, eligiblePoorPersonsStated: 3604, trainedPoorPersonsStated: 1962,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 11662350, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.895,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f3 — 江门恩平市: a 自查表 with 是 | 否 tick columns and a 1分—5分 tick grid, corrections beside the old values.
// =====================================================================================================
function buildF3() {
  const rows = [];
  const merges = [];
  rows.push(["恩平市电子商务进农村综合示范创建自查表"]);
  merges.push("A1:K1");
  rows.push(["填报单位（盖章）：恩平市商务局　　　　填报日期：2021年9月3日（9月7日按江门市商务局初审意见修改）"]);
  merges.push("A2:K2");
  rows.push(["说明：1.请在“是”或“否”栏内打“√”；2.数值类填写在“数据/情况”栏；3.评判项在相应分值下打“√”，“/”表示不适用。"]);
  merges.push("A3:K3");
  rows.push(["序号", "自查内容", "自查结果", null, "数据/情况", "评判项自评（分）", null, null, null, null, "佐证材料及说明"]);
  rows.push([null, null, "是", "否", null, "1", "2", "3", "4", "5", null]);
  merges.push("A4:A5", "B4:B5", "C4:D4", "E4:E5", "F4:J4", "K4:K5");
  let no = 0;
  const sec = (t) => {
    rows.push([t, null, null, null, null, null, null, null, null, null, null]);
    merges.push(`A${rows.length}:K${rows.length}`);
  };
  // yn: "y" | "n" | null (neither ticked); mark: the tick character; judged: [max, points] or null
  const item = (text, yn, data, judged, note, mark) => {
    const m = mark || "√";
    const grid = [null, null, null, null, null];
    if (judged) {
      const [max, p] = judged;
      for (let i = 0; i < 5; i++) grid[i] = i + 1 > max ? "/" : i + 1 === p ? "√" : null;
    }
    rows.push([++no, text, yn === "y" ? m : null, yn === "n" ? m : null, data === undefined ? null : data].concat(grid, [note || null]));
  };
  sec("一、基本情况");
  item("县（市、区）名称", null, "恩平市");
  item("考评截止日期", null, "2021年8月31日");
  item("常住人口", null, "47.92万人（原填57.3万人为户籍人口，9月7日按第七次全国人口普查常住人口更正）");
  item("行政村数", null, "172个（另有社区居委会27个）");
  item("省定贫困村数", null, "8个");
  sec("二、组织领导与统筹协调");
  item("成立由市政府主要领导牵头、多部门参与的工作领导小组", "y", "组长：市长；成员单位：市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局、市供销社", null, "恩府办函〔2019〕62号");
  item("正式印发示范县工作方案", "y", "恩府办〔2019〕30号", [2, 2], "工作方案");
  item("出台支持农村电商发展的政策", "y", "《恩平市扶持农村电子商务发展暂行办法》", [2, 1], "政策落实不够");
  item("建立项目管理制度，建设、验收环节严格执行", "y", null, [2, 2], "项目管理办法");
  item("建立完整工作台账", "y", null, [2, 2], "工作台账");
  sec("三、县级电子商务公共服务中心及产业园");
  item("县级电子商务公共服务中心投入运营日期", null, "2021年1月8日");
  item("有免费培训场所、培训设备，能组织电商基础培训", "y", "培训室1间、电脑40台");
  item("为特色农产品提供免费展示、销售服务", "y", "展示区260㎡");
  item("为电子商务市场主体提供免费摄影、美工服务", "n", "摄影棚设备已采购，尚未开放");
  item("组织农产品统一推广、指导特色农产品品牌建设", "y", "“恩平簕菜”区域品牌推广", null, null, "✔");
  item("为电子商务发展提供其他衍生增值服务", null, null, null, "待补充材料");
  item("建设或整合、优化当地电商产业园", "y", "恩平市电子商务产业园（入驻企业18家）");
  sec("四、农村产品上行");
  item("对当地农产品网络销售进行调研，并形成针对性建议", "y", "《恩平市农产品网络销售调研报告》", [2, 1]);
  item("开展农村产品网络促销活动，成效明显", "y", "网络促销活动5场", [2, 2]);
  item("当地有专业第三方电子商务运营或服务商", "y", "江门市侨乡优品电子商务有限公司");
  item("行政村物流快递覆盖率100%", "n", "尚有3个行政村未通快递");
  item("出台农产品电商交易标准，建立农产品冷链、溯源系统", "y", "恩平簕菜电商交易标准；溯源系统试运行", [2, 1]);
  item("2019年、2020年农村网络零售额", null, "2019年：12.84亿元；2020年：16.91亿元");
  item("2020年农村网络零售额同比增速≥30%", "y", "31.7%", null, null, "✓");
  sec("五、电商人才培训");
  item("累计培训人次", null, "原填3,986人次，更正为4,126人次（补录8月两期）");
  item("有劳动能力的建档立卡贫困人口（不含外出务工）及其中参训人数", null, "1,486人，其中参训812人");
  sec("六、信息公开与数据上报");
  item("县政府网站专栏公示创建方案", "y");
  item("县政府网站专栏公示项目基本信息", "y");
  item("县政府网站专栏公示项目建设进度", "y");
  item("县政府网站专栏设立征求意见或监督举报窗口", "n", null, null, "正在设置");
  item("近一年按月向江门市商务局报送工作情况", "y");
  item("能统计电商扶贫情况", "y", "月报附电商扶贫统计表");
  sec("七、财政资金管理");
  item("下达省级专项资金", null, "1,500万元");
  item("累计拨付资金", null, "1,128.4万元（截至8月31日）");
  item("制定资金管理制度并有效落实", "y", "《恩平市省级电子商务进农村综合示范专项资金管理办法》", [5, 4]);
  item("项目承建方建立资金专用台账，账目完整", "y", null, [5, 4]);
  item("资金支出率70%以上，且根据创建进度及时拨付", "y", "75.2%", [5, 3]);
  item("项目总体进度", null, "88%");
  sec("八、一票否决事项");
  item("发生安全生产、质量事故，或造成重大经济损失和社会不良影响", "n");
  item("存在弄虚作假行为", "n");
  rows.push(["填表人：冯××　　　　审核人：吴××　　　　联系电话：0750-77×××××"]);
  merges.push(`A${rows.length}:K${rows.length}`);
  assert(pct1(1691 - 1284, 1284) === "31.7%" && pct1(11284000, 15000000) === "75.2%", "f3 rates");
  const txt = JSON.stringify(rows);
  assert(txt.includes("✔") && txt.includes("✓") && txt.includes('"/"'), "f3 tick variants and slashes");
  return {
    description:
      "江门恩平市商务局“自查表”：两行表头，“自查结果”合并在“是|否”两列之上，“评判项自评（分）”合并在“1|2|3|4|5”五列之上；是否项在“是”或“否”列打勾（√，一处✔、一处✓），打在“否”列是明确的否（摄影美工、快递覆盖100%、征求意见或监督举报窗口），两列都空是未作答（其他衍生增值服务）；评判项在分值列打√，1—2分的项目3、4、5列是“/”；数值写在“数据/情况”列，带单位，有两处修改写在旧值旁边（“47.92万人（原填57.3万人为户籍人口…更正）”“原填3,986人次，更正为4,126人次”，取更正后的值），一格里有两个数（2019年、2020年零售额；贫困人口1,486人其中参训812人）；组长写“市长”，成员单位含商务、财政、农业农村、乡村振兴。运行满6个月、按月更新、按月报送、支出率等不是考评输入。",
    sheets: [{ name: "自查表", rows, merges }],
    expect: {
      facts: {
        county: "恩平市", asOf: "2021-08-31", residentPopulation: 479200, adminVillagesStated: 172, poorVillagesStated: 8,
        planIssued: true, policyIssued: true, centerOpened: "2021-01-08", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2019: 1284000000, ruralRetail2020: 1691000000, ruralRetailGrowthStated: 0.317,
        trainingPersonTimesStated: 4126, eligiblePoorPersonsStated: 1486, trainedPoorPersonsStated: 812,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 11284000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// l1 — 惠州博罗县: a 统计用区划代码 village export, one sign-in sheet per session, a poverty-system household list.
// =====================================================================================================
function buildL1() {
  const REGION = "441322";
  const TD = [["罗阳街道", "001", 10, 8], ["龙溪街道", "002", 14, 3], ["石湾镇", "100", 16, 4], ["园洲镇", "101", 17, 3], ["龙华镇", "102", 18, 1],
    ["长宁镇", "103", 16, 2], ["福田镇", "104", 16, 1], ["湖镇镇", "105", 22, 1], ["横河镇", "106", 12, 1], ["杨村镇", "107", 15, 2],
    ["柏塘镇", "108", 16, 1], ["公庄镇", "109", 20, 1], ["观音阁镇", "110", 14, 1], ["石坝镇", "111", 12, 1], ["麻陂镇", "112", 12, 1],
    ["泰美镇", "113", 15, 1], ["杨侨镇", "114", 12, 1]];
  const stems = TD.map(([t]) => t.replace(/(街道|镇)$/, ""));
  const newName = noDupNamer(villageNamer("大小新旧东西南北上下黄白石凤云青高罗金竹松古良合双丰长安水塘马鹤铁沙莲桥", [
    "坑", "塘", "坪", "岗", "岭", "田", "湾", "洞", "冲", "头", "围", "径", "排", "寨", "陂", "坳", "背", "埔", "沥", "墩", "湖", "洋", "溪", "山"]), stems);
  const CS = { "罗阳街道": ["城中", "城东", "城西", "城南", "城北", "罗浮", "北门", "新村"], "龙溪街道": ["龙溪", "东江", "沿江"] };
  const towns = TD.map(([town, code, nv, nc]) => {
    const vs = [];
    for (let i = 0; i < nv; i++) vs.push(newName());
    const stem = town.replace(/(街道|镇)$/, "");
    const cs = CS[town] ? CS[town].map((c) => c + "社区") : [stem + "社区", stem + "圩社区", stem + "新区社区", stem + "东社区"].slice(0, nc);
    assert(cs.length === nc, "l1 community count " + town);
    return { town, code, vs, cs };
  });
  const admin = towns.flatMap((t) => t.vs);
  const allNames = admin.concat(towns.flatMap((t) => t.cs));
  assert(admin.length === 257 && new Set(allNames).size === allNames.length, "l1 257 villages, names unique");
  const rural = towns.slice(2).flatMap((t) => t.vs);
  const poor = new Set(shuffle(rural).slice(0, 24));
  const noEx = new Set([towns[12].vs[4], towns[12].vs[9], towns[15].vs[2], towns[16].vs[7]]);
  const vRows = [["博罗县统计用区划代码和城乡划分代码（2021年）"],
    ["（来源：国家统计局统计用区划代码；“是否省定贫困村”“快递进村”两列由县商务局补充）"],
    ["统计用区划代码", "城乡分类代码", "名称", "是否省定贫困村", "快递进村"],
    [`${REGION}000000`, null, "博罗县", null, null]];
  const vRecs = [];
  for (const t of towns) {
    const tcode = REGION + t.code;
    vRows.push([`${tcode}000`, null, t.town, null, null]);
    t.cs.forEach((c, i) => {
      vRows.push([`${tcode}${String(i + 1).padStart(3, "0")}`, t.town.endsWith("街道") ? (i < 3 ? "111" : "112") : "121", c + "居委会", null, null]);
      vRecs.push({ name: c + "居委会", admin: false });
    });
    t.vs.forEach((v, i) => {
      const urb = t.town.endsWith("街道") ? (i < 4 ? "112" : "220") : i === 0 ? "122" : i % 7 === 3 ? "210" : "220";
      vRows.push([`${tcode}${String(200 + i + 1).padStart(3, "0")}`, urb, v + "委会", poor.has(v) ? "是" : "否", noEx.has(v) ? "未通" : "已通"]);
      vRecs.push({ name: v + "委会", admin: true, poor: poor.has(v), express: !noEx.has(v) });
    });
  }
  assert(vRecs.length === 290 && vRecs.filter((r) => r.poor).length === 24 && vRecs.filter((r) => r.express === false).length === 4, "l1 290 records");
  assert(vRows.length === 4 + 17 + 290, "l1 county and town rows interleaved");

  // ---------------- three sign-in sheets, one per session
  const SESS = [
    { tab: "签到表0312", title: "博罗县2021年农村电商直播带货培训班（第三期）签到表", when: `2021年3月12日（星期${weekday("2021-03-12")}）上午9:00`,
      place: "县电子商务公共服务中心二楼培训室", date: "2021-03-12", n: 40, absent: { 6: "请假", 17: "请假", 29: "缺席", 33: "请假" }, poorShare: 0.2 },
    { tab: "签到表0618", title: "博罗县电商扶贫专题培训班签到表", when: `2021年6月18日（星期${weekday("2021-06-18")}）下午2:30`,
      place: "公庄镇人民政府三楼会议室", date: "2021-06-18", n: 45, absent: { 11: "请假", 38: "请假" }, poorShare: 0.85 },
    { tab: "签到表0830", title: "博罗县2021年电商创业孵化集训营签到表", when: "2021年8月30日—9月1日（共3天）",
      place: "县电子商务公共服务中心", date: "2021-09-01", n: 38, absent: { 21: "缺席" }, poorShare: 0.1 },
  ];
  assert(weekday("2021-03-12") === "五" && weekday("2021-06-18") === "五", "l1 weekdays");
  const sheets = [];
  const sheetExp = {};
  let lowerN = 0;
  let spacedN = 0;
  SESS.forEach((s, si) => {
    const rows = [[s.title], [`培训时间：${s.when}　　培训地点：${s.place}`],
      ["序号", "姓名", "性别", "身份证号码", "镇（街道）", "村（社区）", "联系电话", "是否脱贫户", "签到"]];
    const recs = [];
    for (let i = 1; i <= s.n; i++) {
      const male = rnd() < 0.5;
      const wantX = i % 8 === 3;
      const id = makeId(REGION, birthBetween(1965, 2002), male, wantX);
      let idc = id;
      if (wantX && i % 16 === 3) {
        idc = id.toLowerCase();
        if (!s.absent[i]) lowerN++;
      } else if (i % 13 === 7) {
        idc = spacedId(id);
        if (!s.absent[i]) spacedN++;
      }
      const t = towns[rint(2, towns.length - 1)];
      const v = t.vs[rint(0, t.vs.length - 1)];
      const mark = s.absent[i] || "√";
      rows.push([i, personName(), male ? "男" : "女", idc, t.town, v, mask(phone()), rnd() < s.poorShare ? "是" : "否", mark]);
      if (!s.absent[i]) recs.push({ date: s.date, personTimes: 1, id });
    }
    rows.push([`应到${s.n}人，实到${recs.length}人。`]);
    sheets.push({ name: s.tab, rows, merges: ["A1:I1", "A2:I2", `A${rows.length}:I${rows.length}`] });
    sheetExp[s.tab] = { kind: "training", records: recs };
    assert(recs.length === s.n - Object.keys(s.absent).length, "l1 present count " + si);
  });
  assert(lowerN >= 2 && spacedN >= 4, "l1 odd ID spellings among those present " + lowerN + "/" + spacedN);

  // ---------------- poverty-system household list
  const hhRows = [["博罗县脱贫人口信息（全国防返贫监测信息系统导出，2021年5月）"],
    ["注：外出务工指县外务工（含县外省内务工、省外务工）；县内务工不属于外出务工。"],
    ["序号", "镇（街道）", "行政村", "户编号", "姓名", "与户主关系", "证件号码", "性别", "年龄", "劳动技能", "务工状况", "务工时间（月）"]];
  const hhMerges = ["A1:L1", "A2:L2"];
  const pRecs = [];
  let seq = 0;
  const counts = { labour: 0, migrant: 0, local: 0, none: 0 };
  const pv = [...poor];
  for (let h = 0; h < 22; h++) {
    const v = pv[h % pv.length];
    const t = towns.find((tt) => tt.vs.includes(v));
    const hid = `4413221${String(rint(10000000, 99999999))}`;
    const first = hhRows.length + 1;
    // members of one household: [relation, age, male]
    const headAge = rint(30, 72);
    const headMale = rnd() < 0.8;
    const mem = [["户主", headAge, headMale]];
    if (rnd() < 0.8) mem.push(["配偶", Math.max(22, headAge + rint(-6, 6)), !headMale]);
    const nKids = rint(0, 3);
    for (let c = 0; c < nKids; c++) {
      const male = rnd() < 0.5;
      mem.push([male ? "之子" : "之女", Math.max(1, headAge - rint(22, 32)), male]);
    }
    const son = mem.find((m) => m[0] === "之子" && m[1] >= 22);
    if (son && rnd() < 0.5) mem.push(["之儿媳", Math.max(20, son[1] + rint(-3, 3)), false]);
    if (headAge >= 56 && rnd() < 0.6) {
      const male = rnd() < 0.5;
      mem.push([male ? "之孙子" : "之孙女", rint(2, 14), male]);
    }
    if (headAge <= 50 && rnd() < 0.35) {
      const male = rnd() < 0.5;
      mem.push([male ? "之父" : "之母", headAge + rint(22, 30), male]);
    }
    let headSur = "";
    mem.forEach(([rel, age, male], k) => {
      const by = 2021 - age;
      const id = makeId(REGION, randIsoBetween(`${by}-01-01`, `${by}-05-31`), male, seq % 11 === 5);
      let skill;
      let work = null;
      let months = null;
      if (age < 16 || age > 65) skill = "无劳动力";
      else if (seq % 17 === 9) skill = "丧失劳动力";
      else {
        skill = seq % 5 === 2 ? "技能劳动力" : "普通劳动力";
        work = ["省外务工", "县外省内务工", "县内务工", "未务工", "县内务工", "未务工"][rint(0, 5)];
        if (work !== "未务工") months = rint(3, 12);
      }
      seq++;
      const nm = k === 0 ? personName() : ["之子", "之女", "之孙子", "之孙女"].includes(rel) && headMale ? personName(headSur) : personName();
      if (k === 0) headSur = nm[0];
      hhRows.push([seq, k === 0 ? t.town : null, k === 0 ? v : null, k === 0 ? hid : null, nm, rel, id, male ? "男" : "女", age, skill, work, months]);
      const labour = skill === "普通劳动力" || skill === "技能劳动力";
      const migrant = work === null ? null : work === "省外务工" || work === "县外省内务工";
      pRecs.push({ id, labour, migrant });
      if (labour) counts.labour++;
      if (migrant === true) counts.migrant++;
      if (work === "县内务工") counts.local++;
      if (work === null) counts.none++;
    });
    if (mem.length > 1) hhMerges.push(`B${first}:B${hhRows.length}`, `C${first}:C${hhRows.length}`, `D${first}:D${hhRows.length}`);
  }
  assert(pRecs.length >= 45 && counts.migrant >= 5 && counts.local >= 5 && counts.none >= 10, "l1 household list mix " + JSON.stringify(counts));
  assert(pRecs.some((r) => r.id.endsWith("X")), "l1 an X in the household list");

  const opt = [["是否", "劳动技能", "务工状况", "签到"], ["是", "普通劳动力", "省外务工", "√"], ["否", "技能劳动力", "县外省内务工", "请假"],
    [null, "弱劳动力或半劳动力", "县内务工", "缺席"], [null, "丧失劳动力", "未务工", null], [null, "无劳动力", null, null]];
  return {
    description:
      "惠州博罗县商务局台账工作簿。“区划代码”是国家统计局统计用区划代码样式的表：12位代码（文本）、城乡分类代码、名称，县、镇（街道）行（代码末三位000、城乡分类代码空）夹在村居行中间，不是村；名称是“××村委会”“××社区居委会”（村委会才是行政村）；商务局补了“是否省定贫困村”（是/否，居委会空）和“快递进村”（已通/未通）两列。培训是三张签到表，每期一张工作表，日期只在第2行“培训时间：…”里（第三张“2021年8月30日—9月1日（共3天）”按结束日2021-09-01）；签到列“√”才是参训，“请假”“缺席”不是；身份证号有带空格的（“441322 19850612 302X”式）和末位小写x的；表尾“应到…实到…”不是记录。“脱贫人口信息”是扶贫系统导出的户表：户编号、镇、行政村合并单元格跨全户；劳动技能“普通劳动力/技能劳动力”是有劳动能力，“丧失劳动力/无劳动力”不是；务工状况“省外务工/县外省内务工”是外出务工，“县内务工/未务工”不是（表头注明），无劳动力的人务工状况空着（未作答）。隐藏工作表“选项”是下拉列表来源，不是台账。",
    sheets: [{ name: "区划代码", rows: vRows, merges: ["A1:E1", "A2:E2"] }].concat(sheets, [
      { name: "脱贫人口信息", rows: hhRows, merges: hhMerges },
      { name: "选项", rows: opt, hidden: true },
    ]),
    expect: {
      sheets: Object.assign({ "区划代码": { kind: "villages", records: vRecs } }, sheetExp, {
        "脱贫人口信息": { kind: "poorPersons", records: pRecs },
        "选项": { kind: null },
      }),
    },
  };
}

// =====================================================================================================
// l2 — 湛江吴川市: cover, contents, a paper-style 明细账, type-tick enterprises, media by 属地, a 粤政易 sending log.
// =====================================================================================================
function buildL2() {
  const REGION = "440883";
  const cover = [["吴川市电子商务进农村综合示范项目"], ["资金及产业园、宣传报送台账"], [], ["编制单位：吴川市商务局"], ["编制时间：二〇二一年九月"]];
  const toc = [["目　录"], ["一、专项资金明细账", "……………………1"], ["二、产业园入驻企业登记表", "……………………5"], ["三、宣传报道登记表", "……………………7"],
    ["四、粤政易发文记录", "……………………8"]];

  // ---------------- special-fund 明细账 in paper-ledger form
  // [iso, voucher, summary, income, expense, textAmount]
  const E20 = [
    ["2020-01-15", "记-03", "收到省级专项资金（第一批）", 10000000, null],
    ["2020-06-12", "记-21", "支付公共服务中心装修工程首期款", null, 856000],
    ["2020-06-28", "记-27", "支付村级站点建设（第一批）设备款", null, 624500],
    ["2020-07-20", "记-09", "收到省级专项资金（第二批）", 5000000, null],
    ["2020-08-14", "记-15", "支付电商人才培训服务费（第一期）", null, 298000],
    ["2020-10-09", "记-06", "支付县镇村物流配送体系建设首期款", null, 1120000, true],
    ["2020-10-30", "记-31", "支付公共服务中心装修工程进度款", null, 1028000],
    ["2020-12-18", "记-19", "支付村级站点建设（第二批）", null, 735800],
    ["2020-12-30", "记-33", "支付公共服务中心运营服务费（2020年度）", null, 480000, true],
  ];
  const E21 = [
    ["2021-01-22", "记-12", "支付农产品溯源系统建设首期款", null, 512600],
    ["2021-03-05", "记-04", "支付县镇村物流配送体系建设进度款", null, 968000, true],
    ["2021-03-26", "记-28", "支付电商人才培训服务费（第二期）", null, 316000],
    ["PAGE"],
    ["2021-04-23", "记-22", "支付“吴川月饼”“吴川海鲜”品牌推广服务费", null, 265000],
    ["2021-05-28", "记-30", "支付村级站点建设（第三批）", null, 842300],
    ["2021-06-30", "记-35", "支付公共服务中心装修工程尾款", null, 420000],
    ["2021-07-16", "记-14", "支付冷链设备采购款", null, 1356000, true],
    ["2021-08-20", "记-18", "支付公共服务中心运营服务费（2021年上半年）", null, 480000],
    ["2021-08-31", "记-29", "支付农产品溯源系统建设尾款", null, 368900],
    ["2021-09-10", "记-08", "支付县镇村物流配送体系建设尾款", null, 612000],
  ];
  const fRows = [["专项资金明细账"], ["科目：省级电子商务进农村综合示范专项资金　　　　　　　　单位：元"]];
  const fMerges = ["A1:G1", "A2:G2"];
  const header = (year) => {
    fRows.push([`${year}年`, null, "凭证号数", "摘要", "收入金额", "支出金额", "余额"]);
    fRows.push(["月", "日", null, null, null, null, null]);
    const r = fRows.length;
    fMerges.push(`A${r - 1}:B${r - 1}`, `C${r - 1}:C${r}`, `D${r - 1}:D${r}`, `E${r - 1}:E${r}`, `F${r - 1}:F${r}`, `G${r - 1}:G${r}`);
  };
  const amt = (x, asText) => (x === null ? null : asText ? fmtMoney(x) : x);
  const fRecs = [];
  let bal = 0;
  const runYear = (year, list, opening) => {
    header(year);
    let yIn = 0;
    let yOut = 0;
    let pIn = 0;
    let pOut = 0;
    if (opening !== null) fRows.push([1, 1, null, "上年结转", null, null, amt(opening)]);
    let lastM = opening !== null ? 1 : null;
    let mIn = 0;
    let mOut = 0;
    let curM = null;
    const closeMonth = () => {
      if (curM === null) return;
      fRows.push([null, null, null, "本月合计", mIn ? amt(mIn) : null, mOut ? amt(mOut) : null, amt(bal)]);
      mIn = 0;
      mOut = 0;
    };
    for (const e of list) {
      if (e[0] === "PAGE") {
        closeMonth();
        curM = null;
        fRows.push([null, null, null, "过次页", pIn ? amt(pIn) : null, amt(pOut), amt(bal)]);
        header(year);
        fRows.push([null, null, null, "承前页", pIn ? amt(pIn) : null, amt(pOut), amt(bal)]);
        lastM = null;
        continue;
      }
      const [iso, vch, text, inc, out, asText] = e;
      const [y, m, d] = ymd(iso);
      assert(y === year, "l2 year of entry");
      if (curM !== null && m !== curM) closeMonth();
      curM = m;
      bal = bal + (inc || 0) - (out || 0);
      assert(bal >= 0, "l2 balance never negative");
      mIn += inc || 0;
      mOut += out || 0;
      yIn += inc || 0;
      yOut += out || 0;
      pIn += inc || 0;
      pOut += out || 0;
      fRows.push([m === lastM ? null : m, d, vch, text, amt(inc, asText), amt(out, asText), amt(bal)]);
      lastM = m;
      if (out) fRecs.push({ date: iso, amount: out });
    }
    closeMonth();
    fRows.push([null, null, null, "本年累计", yIn ? amt(yIn) : null, amt(yOut), amt(bal)]);
    return { yIn, yOut };
  };
  const y20 = runYear(2020, E20, null);
  fRows.push([12, 31, null, "结转下年", null, null, amt(bal)]);
  const open21 = bal;
  const y21 = runYear(2021, E21, open21);
  fRows.push(["注：本账由吴川市商务局财务室登记；收入为省级专项资金到账，支出为项目拨付。"]);
  fMerges.push(`A${fRows.length}:G${fRows.length}`);
  assert(y20.yIn === 15000000 && y21.yIn === 0, "l2 15,000,000 received in 2020");
  assert(fRecs.length === 17 && sum(fRecs.map((r) => r.amount)) === y20.yOut + y21.yOut, "l2 17 payments");
  assert(bal === 15000000 - y20.yOut - y21.yOut && bal > 0, "l2 closing balance");
  assert(fRows.filter((r) => r[0] === null && r[1] !== null && typeof r[1] === "number").length >= 3, "l2 some entries carry the month down");

  // ---------------- enterprises: type ticked in one of five columns
  const TYPES = ["平台型", "销售型", "电商运营商", "物流企业"];
  const ENTS = [
    ["吴川市月饼之乡电子商务有限公司", 1, "2020-12-08", "cn"], ["湛江市吴川优品汇供应链管理有限公司", 0, "2020-12-08", "cn"],
    ["吴川市邮政快递物流服务中心", 3, "2020-12", "month"], ["吴川市鉴江电商代运营服务有限公司", 2, "2020-12-15", "date"],
    ["吴川市塘㙍海鲜干货网店", 1, "2020-12-22", "date"], ["吴川市黄坡粉丝电子商务商行", 1, "2021-01", "month"],
    ["吴川市吴阳农产品加工有限公司", "农产品加工", "2021-01-11", "cn"], ["吴川市海滨直播传媒有限公司", 2, "2021-01-25", "date"],
    ["吴川市兰石红橙网店", 1, "2021-02-01", "cn", "2021-06-30"], ["吴川市云仓冷链物流有限公司", 3, "2021-03-08", "date"],
    ["湛江市吴川乡村集市网络科技有限公司", 0, "2021-03-15", "cn"], ["吴川市覃巴番薯电子商务有限公司", 1, "2021-03", "month"],
    ["吴川市电商职业技能培训学校", "电商培训机构", "2021-04-06", "date"], ["吴川市长岐蜂蜜网店", 1, "2021-04-19", "cn"],
    ["吴川市浅水鸭电子商务商行", 1, "2021-05-10", "date"], ["吴川市振文金鲳鱼网店", 1, "2021-05-24", "cn"],
    ["吴川市顺丰速运服务点", 3, "2021-06-07", "date"], ["吴川市樟铺剪纸工艺品网店", 1, "2021-06-21", "cn"],
    ["吴川市王村港火龙果电子商务有限公司", 1, "2021-07-12", "date"], ["吴川市大山江腊味网店", 1, "2021-08-02", "cn"],
    ["吴川市梅录番鸭电子商务有限公司", 1, "2021-09-06", "date"],
  ];
  const eRows = [["吴川市电子商务产业园入驻企业登记表"],
    ["序号", "企业名称", "统一社会信用代码", "企业类型（在对应栏打√）", null, null, null, null, "入驻时间", "退出时间", "备注"],
    [null, null, null, "平台型", "销售型", "电商运营商", "物流企业", "其他（注明）", null, null, null]];
  const eMerges = ["A1:K1", "A2:A3", "B2:B3", "C2:C3", "D2:H2", "I2:I3", "J2:J3", "K2:K3"];
  const eRecs = [];
  ENTS.forEach(([n, t, en, f, left], i) => {
    const ticks = [null, null, null, null, null];
    if (typeof t === "number") ticks[t] = "√";
    else ticks[4] = t;
    const dc = f === "month" ? cnMonth(en) : f === "cn" ? cnDate(en) : D(en);
    eRows.push([i + 1, n, creditCode(REGION)].concat(ticks, [dc, left ? dotDate(left) : "—", left ? "合同到期不再续租" : null]));
    eRecs.push({ name: n, type: typeof t === "number" ? TYPES[t] : t, entered: en, left: left || null });
  });
  eRows.push(["注：退出时间为“—”的为在园企业。"]);
  eMerges.push(`A${eRows.length}:K${eRows.length}`);
  assert(eRecs.length === 21 && eRecs.filter((r) => r.left).length === 1 && eRecs.filter((r) => r.entered.length === 7).length === 3, "l2 21 enterprises");

  // ---------------- media register: year heading rows, month-day dates, 属地 for the level
  const MEDIA = [
    ["2020-11-20", "吴川市融媒体中心《吴川新闻》", "吴川市", "电视", "我市首批村级电商服务站挂牌", "county", true],
    ["2020-12-09", "湛江日报", "湛江市", "报纸", "吴川月饼“触网”销往全国", "city", false],
    ["2021-01-15", "南方+客户端", "广东省", "网络", "吴川：电商进村 年货出村", "province", false],
    ["2021-03-18", "湛江广播电视台《湛江新闻》", "湛江市", "电视", "吴川电商产业园助力农产品上行", "city", true],
    ["2021-05-12", "新华网", "中央", "网络", "广东吴川：小网店带动大产业", "national", false],
    ["2021-06-02", "广东广播电视台《广东新闻联播》", "广东省", "电视", "吴川脱贫户借电商卖出好价钱", "province", true],
    ["2021-07-08", "吴川市融媒体中心“吴川发布”", "吴川市", "新媒体（微信公众号）", "直播带货培训走进乡村", "county", false],
    ["2021-09-06", "羊城晚报", "广东省", "报纸", "吴川：电商扶贫结硕果", "province", false],
  ];
  const mRows = [["吴川市电子商务进农村宣传报道登记表"], ["序号", "刊播日期", "媒体名称", "媒体属地", "报道形式", "标题", "版面/时段"]];
  const mRecs = [];
  let lastY = null;
  MEDIA.forEach(([iso, media, place, form, title, level, tv], i) => {
    const y = iso.slice(0, 4);
    if (y !== lastY) {
      mRows.push([`${y}年`]);
      lastY = y;
    }
    mRows.push([i + 1, `${mdOnly(iso)}（星期${weekday(iso)}）`, media, place, form, title, form === "电视" ? `19:${String(rint(0, 40)).padStart(2, "0")}` : form === "报纸" ? `第A${rint(2, 8)}版` : null]);
    mRecs.push({ date: iso, level, tv });
  });
  const mMerges = ["A1:G1"];
  mRows.forEach((r, i) => {
    if (r.length === 1 && /^\d{4}年$/.test(r[0])) mMerges.push(`A${i + 1}:G${i + 1}`);
  });

  // ---------------- 粤政易 sending log (two documents went to other offices)
  const yRows = [["粤政易公文发送记录"], ["发送单位：吴川市商务局　　查询时间段：2020-09-01至2021-09-30"],
    ["序号", "发送时间", "文件标题", "接收单位", "发送人", "签收状态"]];
  const yRecs = [];
  const sends = [];
  for (const m of monthsBetween("2020-08", "2021-08")) {
    const nm = monthsBetween(m, "2021-12")[1];
    const iso = `${nm}-${String(rint(3, 10)).padStart(2, "0")}`;
    const [y, mm] = ymd(m + "-01");
    sends.push({ iso, title: `关于报送吴川市${y}年${mm}月电子商务进农村综合示范工作进展情况的函（附电商扶贫统计表）`, to: "湛江市商务局", rec: true });
  }
  sends.push({ iso: "2021-01-27", title: "关于申请拨付电子商务进农村综合示范项目资金的函", to: "吴川市财政局", rec: false });
  sends.push({ iso: "2021-06-15", title: "关于吴川市电子商务进农村综合示范创建工作情况的报告", to: "吴川市人民政府办公室", rec: false });
  sends.sort((a, b) => byIso(a.iso, b.iso));
  sends.forEach((s, i) => {
    yRows.push([i + 1, `${s.iso} ${hms().slice(0, 5)}`, s.title, s.to, "陈××", i === sends.length - 1 ? "未签收" : "已签收"]);
    if (s.rec) yRecs.push({ date: s.iso });
  });
  assert(yRecs.length === 13 && sends.length === 15, "l2 13 reports to the city among 15 documents");

  return {
    description:
      "湛江吴川市商务局台账工作簿，前两张是“封面”和“目录”（不是台账）。“专项资金明细账”照纸质明细账格式：表头“2020年”合并在“月|日”两列之上，月份只在当月第一笔写、同月后续行月列空着（要往下沿用），翻到2021年另起表头“2021年”；“收入金额”是省级资金到账（1000万、500万，不是拨付），“支出金额”才是拨付，有“上年结转”“本月合计”“本年累计”“结转下年”“过次页”“承前页”行（都不是记录），个别金额是带千分位的文本；2021-09-10一笔在截止日后但仍是记录。“产业园入驻企业登记表”两行表头，企业类型在“平台型|销售型|电商运营商|物流企业|其他（注明）”五列中打√，其他列写的是类型名；入驻时间有只到月的“2020年12月”，退出时间“—”表示在园，一家“2021.6.30”退出。“宣传报道登记表”按年分段（“2020年”“2021年”段头行），刊播日期只写“11月20日（星期五）”，年份取段头；级别看“媒体属地”：中央→国家级、广东省→省级、湛江市→市级、吴川市（县级市）→县级；报道形式“电视”才是电视。“粤政易发文记录”里发给湛江市商务局的月报才是向市局报送的记录，发给吴川市财政局、吴川市人民政府办公室的两件不是；最后一件“未签收”也已发送。",
    sheets: [
      { name: "封面", rows: cover, merges: ["A1:F1", "A2:F2"] },
      { name: "目录", rows: toc },
      { name: "专项资金明细账", rows: fRows, merges: fMerges },
      { name: "入驻企业登记", rows: eRows, merges: eMerges },
      { name: "宣传报道登记", rows: mRows, merges: mMerges },
      { name: "粤政易发文记录", rows: yRows, merges: ["A1:F1", "A2:F2"] },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "目录": { kind: null },
        "专项资金明细账": { kind: "funds", records: fRecs },
        "入驻企业登记": { kind: "enterprises", records: eRecs },
        "宣传报道登记": { kind: "media", records: mRecs },
        "粤政易发文记录": { kind: "reports", records: yRecs },
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
assert(txt(c1).includes("预审建议分") && txt(c1).includes("2021.8.30-9.1") && txt(c1).includes("已退票") && txt(c1).includes("二、经验材料报送"), "c1 text");
assert(txt(f1).includes("— 1 —") && txt(f1).includes("１５１．２"), "f1 text");
assert(txt(f2).includes("SJJZRQ") && txt(f2).includes("NULL") && txt(f2).includes("2020年12月"), "f2 text");
assert(txt(f3).includes("原填3,986人次") && txt(f3).includes("✔"), "f3 text");
assert(txt(l1).includes("441322000000") && txt(l1).includes("县外省内务工") && txt(l1).includes("请假"), "l1 text");
assert(txt(l2).includes("过次页") && txt(l2).includes("其他（注明）") && txt(l2).includes("吴川市财政局"), "l2 text");

write("counties", "b154-c1-longmen.json", c1);
write("facts", "b154-f1-dianbai.json", f1);
write("facts", "b154-f2-guangning.json", f2);
write("facts", "b154-f3-enping.json", f3);
write("ledgers", "b154-l1-boluo.json", l1);
write("ledgers", "b154-l2-wuchuan.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
