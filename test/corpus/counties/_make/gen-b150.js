// Batch 150 corpus generator (blind): written from /work/shared/design/ledgers.md, /work/shared/design/scoring-rules.md, the
// official indicator table (lechang-self-assessment-2021.txt) and test/corpus/README.md only; helper/validation block adapted
// from counties/_make/gen-b148.js. Deterministic: seeded PRNG, no clock.
"use strict";
// Cases:
// c1 新兴县 (云浮): the facts are the county's own 问卷星 answer sheet downloaded as Excel (one wide header row of numbered
//    questions, matrix sub-questions as “题目—子题” columns, multi-choice joined with “┋”, “其他〖…〗”, “(空)” for unanswered);
//    ledgers: 统计用区划代码 village list with town rows interleaved and 城乡分类代码 (村委会 at 镇中心区 are still 行政村),
//    stations with pasted Excel serial numbers in the date column and a 镇级站 table below, training as sessions plus a
//    poor-trainee extract (already inside the session counts; one ID with a lower-case x), a flat 建档立卡 list, park
//    enterprises with 在园/已退园 status, a 国库集中支付 export with 已退回 payments, reports and site updates side by side on
//    one sheet, media without a level column with the materials table below it.
// f1 高州市 (茂名): a provincial management-system export (code | name | value type | value | unit | status), booleans 1/0,
//    datetimes, money in 元 with two decimals, rejected rows re-submitted later, per-indicator 自评得分 rows.
// f2 雷州市 (湛江): a 核对修改稿: corrected values written beside the old ones (“146.8→142.7”, “原12,406，改9,871”,
//    “142.7（原填146.8…）”), a 是/否 tick-column checklist with one tick moved, judged points “2→1”; led by the bureau chief.
// f3 封开县 (肇庆): a statistics table with years as columns (2019 / 2020 / 2021年1—8月 / 截至8月31日累计), growth rows per year,
//    `标签：值` cells above, a ✓/✗ checklist, judged points as a horizontal strip.
// l1 惠东县 (惠州): village tree (indentation, ★ = 省定贫困村, one 撤村改居), printed two-up sign-in sheets with the date in
//    each block's heading and blank numbered rows, poverty households with household columns only on the head's row,
//    a bank statement of the special account (借方 = payments; 拨入 and 结息 are income), a hidden drop-down sheet.
// l2 鹤山市 (江门): stations grouped by 挂牌批次 (the date is in the batch heading; one 备注 postpones a station), park
//    enterprises as an 入驻/退园 event log, the government-site column copied from the web page (title and date in one
//    cell, breadcrumbs and pagers between pages), media grouped by level headings, monthly reports as a mail sent-box export.
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
let seed = 150150;
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
    assert(/^b150-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b150-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b150-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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

// =====================================================================================================
// c1 — 云浮新兴县: the facts are the county's 问卷星 answer sheet exported to Excel; the ledgers as the bureau keeps them.
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "445321";
  // ---------------- villages: 统计用区划代码 list, town rows interleaved
  const townDefs = [
    ["新城镇", 14, ["城东社区", "城西社区", "城南社区", "城北社区", "城中社区", "新洲社区"]],
    ["车岗镇", 13, ["车岗社区"]], ["水台镇", 12, ["水台社区"]], ["稔村镇", 16, ["稔村社区"]], ["东成镇", 18, ["东成社区"]],
    ["太平镇", 17, ["太平社区"]], ["六祖镇", 15, ["六祖社区"]], ["簕竹镇", 13, ["簕竹社区"]], ["天堂镇", 16, ["天堂社区"]],
    ["河头镇", 14, ["河头社区"]], ["大江镇", 11, ["大江社区"]], ["里洞镇", 13, ["里洞社区"]],
  ];
  const newName = villageNamer("大石黄新东西南北上下高罗白金竹松云古平良合榕茶双丰长安水凤龙河塘", [
    "垌", "坑", "塘", "坪", "岗", "岭", "田", "湾", "洞", "冲", "头", "围", "步", "朗", "山", "江", "圩", "寨", "根", "坡", "埇", "径", "洲", "边"]);
  const towns = townDefs.map(([town, n, cs], ti) => {
    const vs = [];
    for (let i = 0; i < n; i++) vs.push(newName());
    return { town, vs, cs, code: REGION + String(100 + ti) };
  });
  const admin = towns.flatMap((t) => t.vs);
  const comms = towns.flatMap((t) => t.cs);
  const townOf = {};
  for (const t of towns) for (const v of t.vs.concat(t.cs)) townOf[v] = t.town;
  assert(admin.length === 172 && comms.length === 17, "c1 villages " + admin.length + "/" + comms.length);
  const rural = towns.slice(1).flatMap((t) => t.vs);
  const poorSet = new Set();
  while (poorSet.size < 18) poorSet.add(rural[rint(0, rural.length - 1)]);
  const vRows = [];
  vRows.push(["新兴县村级统计用区划代码和城乡划分代码"]);
  vRows.push(["国家统计局统计用区划代码（2020年度）", null, null, "县商务局补充", null, null]);
  vRows.push(["统计用区划代码", "城乡分类代码", "名称", "省定贫困村", "快递物流到村", "备注"]);
  vRows.push([REGION + "000000", null, "新兴县", null, null, null]);
  let seatVillages = 0;
  for (const t of towns) {
    vRows.push([t.code + "000", null, t.town, null, null, null]);
    t.cs.forEach((c, j) => vRows.push([t.code + String(j + 1).padStart(3, "0"), t.town === "新城镇" ? "111" : "121", c + "居委会", null, "—", null]));
    t.vs.forEach((v, j) => {
      let cls = "220";
      if (j === 0) cls = t.town === "新城镇" ? "112" : "121";
      if (j === 1 && t.town === "新城镇") cls = "112";
      if (j === 1 && t.town !== "新城镇" && j % 2) cls = "122";
      if (cls !== "220") seatVillages++;
      vRows.push([t.code + String(201 + j), cls, v.replace(/村$/, "村委会"), poorSet.has(v) ? "√" : null, "是", j === 0 ? "镇政府驻地" : null]);
    });
  }
  vRows.push(["合计", null, `村民委员会${admin.length}个，居民委员会${comms.length}个`, `${poorSet.size}个`, null, null]);
  vRows.push(["注：代码末三位001—199为居民委员会，201—399为村民委员会；城乡分类代码111主城区、112城乡结合区、121镇中心区、122镇乡结合区、220村庄。"]);
  const vMerges = ["A1:F1", "A2:C2", "D2:F2", `A${vRows.length}:F${vRows.length}`];
  assert(seatVillages >= 20, "c1 several 村委会 lie in 镇中心区/城乡结合区 " + seatVillages);

  // ---------------- stations (dates partly pasted as Excel serials) + a 镇级站 table below
  const poorList = admin.filter((v) => poorSet.has(v));
  const nonPoor = shuffle(admin.filter((v) => !poorSet.has(v)));
  const coveredSet = new Set(poorList);
  for (const v of nonPoor) if (coveredSet.size < 120) coveredSet.add(v);
  const uncovered = admin.filter((v) => !coveredSet.has(v));
  const septVillage = uncovered[9];
  const st = admin.filter((v) => coveredSet.has(v)).map((v) => ({ v, iso: randIsoBetween("2020-05-06", "2021-08-27") }));
  const twice = [...coveredSet][33];
  st.push({ v: twice, iso: randIsoBetween("2021-03-01", "2021-07-30"), second: true });
  st.push({ v: septVillage, iso: "2021-09-08", sept: true });
  st.push({ v: "城东社区", iso: "2020-09-24", comm: true });
  const tIdx = (v) => towns.findIndex((t) => t.town === townOf[v]);
  st.sort((a, b) => tIdx(a.v) - tIdx(b.v) || (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0));
  const sRows = [];
  sRows.push(["新兴县村级电子商务服务站点台账"]);
  sRows.push(["填报单位：新兴县商务局"]);
  sRows.push(["序号", "镇", "行政村", "站点名称", "站点地址", "负责人", "联系电话", "建成日期", "运营模式"]);
  let serials = 0;
  st.forEach((s, i) => {
    let dc;
    if (s.sept || i % 4 === 0) {
      dc = excelSerial(s.iso);
      serials++;
    } else if (i % 4 === 2) dc = dotDate(s.iso);
    else dc = D(s.iso);
    const vcell = s.comm ? s.v + "居委会" : i % 5 === 2 ? s.v.replace(/村$/, "村委会") : s.v;
    const base = s.v.replace(/(村|社区)$/, "");
    const nm = `新兴县${townOf[s.v]}${base}${s.comm ? "社区" : "村"}电商服务站${s.second ? "（二站）" : ""}`;
    sRows.push([i + 1, townOf[s.v], vcell, nm, `${townOf[s.v]}${base}${s.comm ? "社区" : "村"}${rint(1, 88)}号`, personName(), mask(phone()), dc,
      ["邮政+电商", "供销+电商", "超市+电商"][rint(0, 2)]]);
  });
  const mainEnd = sRows.length;
  sRows.push([]);
  sRows.push(["附：镇级电子商务服务站（12个）"]);
  const tsHead = sRows.length;
  sRows.push(["序号", "镇", "站点名称", "站点地址", "负责人", "联系电话", "建成日期"]);
  towns.forEach((t, i) => {
    const iso = randIsoBetween("2020-04-20", "2020-08-31");
    sRows.push([i + 1, t.town, `新兴县${t.town}电子商务服务站`, `${t.town}圩镇${["人民路", "新兴路", "建设路", "解放路"][rint(0, 3)]}${rint(2, 60)}号`, personName(),
      mask(phone()), i % 2 ? D(iso) : excelSerial(iso)]);
  });
  const sMerges = ["A1:I1", "A2:I2", `A${tsHead}:G${tsHead}`];
  const byCut = st.filter((s) => s.iso <= CUT && admin.includes(s.v));
  const covAdmin = new Set(byCut.map((s) => s.v));
  const covPoor = [...covAdmin].filter((v) => poorSet.has(v));
  assert(covAdmin.size === 120 && covPoor.length === 18, "c1 coverage " + covAdmin.size + "/" + covPoor.length);
  assert(120 * 100 < 70 * 172 && 121 * 100 >= 70 * 172, "c1: 120/172 = 69.8% < 70%, the September serial would make it 70.3%");
  assert(excelSerial("2021-09-08") === 44447 && serials > 25, "c1 serials " + serials);
  assert(mainEnd === 3 + st.length, "c1 station rows");

  // ---------------- poor persons (flat list) and poor trainees
  const pvill = poorList.concat(rural.filter((v) => !poorSet.has(v)).slice(0, 20));
  const persons = [];
  const mk = (labour, migrant, wantX) => {
    const male = rnd() < 0.52;
    const birth = labour ? birthBetween(1962, 2002) : rnd() < 0.6 ? birthBetween(1938, 1958) : birthBetween(2006, 2016);
    const v = pvill[rint(0, pvill.length - 1)];
    persons.push({ name: personName(), male, id: makeId(REGION, birth, male, wantX), v, labour, migrant });
  };
  mk(true, false, true); // the one whose X is typed lower-case in the trainee list
  for (let i = 1; i < 310; i++) mk(true, false);
  for (let i = 0; i < 180; i++) mk(true, true);
  for (let i = 0; i < 130; i++) mk(false, false);
  const xPerson = persons[0];
  assert(xPerson.id.endsWith("X"), "c1 x person");
  const personsSorted = shuffle(persons).sort((a, b) => tIdx(a.v) - tIdx(b.v) || admin.indexOf(a.v) - admin.indexOf(b.v));
  const pRows = [["新兴县建档立卡贫困人口名单"], ["（据县乡村振兴局2021年6月数据）"],
    ["序号", "镇", "村", "姓名", "性别", "身份证号码", "是否有劳动能力", "是否外出务工"]];
  personsSorted.forEach((p, i) => pRows.push([i + 1, townOf[p.v], p.v.replace(/村$/, "村委会"), p.name, p.male ? "男" : "女", p.id,
    p.labour ? "有" : "无", p.migrant ? "是" : "否"]));
  const eligible = persons.filter((p) => p.labour && !p.migrant);
  assert(eligible.length === 310 && persons.length === 620, "c1 eligible 310 of 620");

  // sessions
  const SES = [["2020-04-16", 1], ["2020-05-21", 1], ["2020-06-18", 2], ["2020-07-09", 1], ["2020-07-30", 1], ["2020-08-20", 1],
    ["2020-09-17", 1], ["2020-10-15", 1], ["2020-11-24", 2], ["2020-12-10", 1], ["2020-12-24", 1], ["2021-01-14", 1], ["2021-03-11", 1],
    ["2021-03-25", 1], ["2021-04-15", 1], ["2021-04-29", 1], ["2021-05-20", 2], ["2021-06-10", 1], ["2021-06-24", 1], ["2021-07-08", 1],
    ["2021-07-22", 1], ["2021-08-05", 1], ["2021-08-19", 1], ["2021-08-26", 1], ["2021-09-14", 1]];
  const TOPICS = ["电商基础知识普及", "网店开设与运营", "短视频拍摄与剪辑", "直播带货实操", "农产品包装与品牌", "凉果网络营销",
    "排米粉电商推广", "微信小店开设", "电商客服与售后", "农村电商创业", "电商带头人提升", "电商扶贫专场"];
  const sessions = SES.map(([start, days], i) => ({ start, end: isoAdd(start, days - 1), days, n: rint(130, 230), no: i + 1,
    topic: i === 24 ? "电商数据分析" : TOPICS[i % TOPICS.length], kind: i % 4 === 3 ? "增值培训" : "普及培训", poor: 0 }));
  const inCut = sessions.filter((s) => s.end <= CUT);
  const septS = sessions[24];
  assert(inCut.length === 24 && septS.end > CUT, "c1 24 sessions by the cut-off");
  let tot = sum(inCut.map((s) => s.n));
  let guard = 0;
  while (tot !== 4356) {
    const s = inCut[rint(0, inCut.length - 1)];
    const step = tot < 4356 ? 1 : -1;
    if (s.n + step < 110 || s.n + step > 260) continue;
    s.n += step;
    tot += step;
    assert(++guard < 100000, "c1 training fix");
  }
  septS.n = 86;
  // trainees
  const elig = shuffle(eligible.filter((p) => p !== xPerson));
  const trained = [xPerson].concat(elig.slice(0, 154));
  const lateOnly = elig[154];
  const trRows = [];
  const pick = () => inCut[rint(0, inCut.length - 1)];
  for (const p of trained) trRows.push({ p, s: pick() });
  for (const p of trained.slice(20, 32)) {
    const first = trRows.find((r) => r.p === p).s;
    let s2 = pick();
    while (s2 === first) s2 = pick();
    trRows.push({ p, s: s2 });
  }
  for (const p of persons.filter((q) => q.migrant).slice(0, 6)) trRows.push({ p, s: pick() });
  trRows.push({ p: lateOnly, s: septS });
  trRows.push({ p: trained[40], s: septS });
  trRows.push({ p: trained[41], s: septS });
  trRows.sort((a, b) => a.s.no - b.s.no || tIdx(a.p.v) - tIdx(b.p.v));
  for (const r of trRows) r.s.poor++;
  for (const s of sessions) assert(s.poor <= s.n, "c1 poor within session");
  const sessText = (s, i) => {
    const [y, m, d] = ymd(s.start);
    if (s.days === 2) return `${y}年${m}月${d}日-${ymd(s.end)[2]}日`;
    return i % 3 === 0 ? cnDate(s.start) : i % 3 === 1 ? dotDate(s.start) : D(s.start);
  };
  const tRows = [["新兴县电子商务培训台账（按场次）"], ["单位：人次"],
    ["期数", "培训时间", "培训班名称", "培训类别", "培训地点", "参训人次", "其中建档立卡贫困人口"]];
  const places = ["县电子商务公共服务中心", "县委党校", "镇政府会议室", "县职业技术学校"];
  sessions.forEach((s, i) => {
    let place = places[rint(0, 3)];
    if (s.start < "2020-12-18" && place === "县电子商务公共服务中心") place = "县委党校";
    if (place === "镇政府会议室") place = towns[rint(1, 11)].town + "政府会议室";
    tRows.push([`第${s.no}期`, sessText(s, i), s.topic + "培训班", s.kind, place, s.n, s.poor]);
  });
  const allN = sum(sessions.map((s) => s.n));
  tRows.push(["合计", null, null, null, null, allN, sum(sessions.map((s) => s.poor))]);
  tRows.push(["注：第25期于2021年9月14日举办。"]);
  const tMerges = ["A1:G1", "A2:G2", `A${tRows.length - 1}:E${tRows.length - 1}`, `A${tRows.length}:G${tRows.length}`];
  const trListRows = [["新兴县建档立卡贫困人口参训名单"],
    ["注：本名单为各期培训签到表中建档立卡贫困人口的摘录，其人次已计入《培训台账（按场次）》，不另计。"],
    ["序号", "姓名", "身份证号码", "镇", "村", "培训日期", "培训班名称"]];
  trRows.forEach((r, i) => {
    const id = r.p === xPerson ? r.p.id.replace("X", "x") : r.p.id;
    trListRows.push([i + 1, r.p.name, id, townOf[r.p.v], r.p.v, sessText(r.s, r.s.no % 3 === 1 ? 0 : 1), r.s.topic + "培训班"]);
  });
  const trainedByCut = new Set(trRows.filter((r) => r.s.end <= CUT && r.p.labour && !r.p.migrant).map((r) => r.p.id));
  assert(trainedByCut.size === 155 && trainedByCut.has(xPerson.id), "c1 155 eligible trained");
  assert(155 * 2 === 310, "c1 exactly 50%");
  assert(trRows.length === 155 + 12 + 6 + 3, "c1 trainee rows " + trRows.length);
  assert(4356 * 100 >= 432500 && allN === 4356 + 86, "c1 person-times 1.007% of 432,500");

  // ---------------- park enterprises
  const ENTS = [
    ["云浮市新兴县农商通电子商务有限公司", "电商运营商（代运营）", "2020-10-16"], ["新兴县六祖禅茶网络科技有限公司", "销售型（网店）", "2020-10-16"],
    ["新兴县凉果之乡电子商务有限公司", "销售型（网店）", "2020-10-23"], ["新兴县顺达城乡物流有限公司", "物流企业", "2020-11-02"],
    ["新兴县排米粉电商专业合作社", "销售型（网店）", "2020-11-13"], ["新兴县云优品供应链管理有限公司", "平台型", "2020-11-20"],
    ["新兴县天堂镇香荔网店", "销售型（网店）", "2020-12-04"], ["新兴县新州直播传媒有限公司", "电商运营商（直播）", "2020-12-18"],
    ["新兴县邮政快递物流服务中心", "物流企业", "2020-12-18"], ["新兴县里洞腊味电子商务有限公司", "销售型（网店）", "2021-01-08"],
    ["新兴县青创电商孵化服务有限公司", "电商运营商（代运营）", "2021-01-22"], ["新兴县东成香芋网络商行", "销售型（网店）", "2021-02-05"],
    ["广东云浮禾丰数字农业科技有限公司", "平台型", "2021-03-05"], ["新兴县水台蜂蜜电子商务有限公司", "销售型（网店）", "2021-03-19"],
    ["新兴县稔村竹编工艺品网店", "销售型（网店）", "2021-03-26", "2021-04-30"], ["新兴县冷链通冷链物流有限公司", "物流企业", "2021-04-16"],
    ["新兴县大江腐竹电商合作社", "销售型（网店）", "2021-05-07"], ["新兴县车岗黄皮电子商务有限公司", "销售型（网店）", "2021-05-28"],
    ["新兴县优品汇网络科技有限公司", "电商运营商（代运营）", "2021-06-18"], ["新兴县河头山茶油网店", "销售型（网店）", "2021-07-09"],
    ["新兴县太平镇农家乐电商工作室", "销售型（网店）", "2021-08-13"], ["新兴县乡味臻选商贸有限公司", "销售型（网店）", "2021-09-06"],
  ];
  const eRows = [["新兴县电子商务产业园入驻企业清单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "状态", "备注"]];
  ENTS.forEach(([n, t, en, lf], i) => {
    const status = lf ? "已退园" : "在园";
    const note = lf ? `${cnDate(lf)}退园` : en > CUT ? "9月新入驻" : null;
    eRows.push([i + 1, n, creditCode(REGION), t, i % 2 ? cnDate(en) : dotDate(en), status, note]);
  });
  const atCut = ENTS.filter(([, , en, lf]) => en <= CUT && !(lf && lf <= CUT));
  assert(atCut.length === 20 && ENTS.length === 22, "c1 park: 20 at the cut-off of 22 rows");
  assert(new Set(atCut.map((e) => e[1].replace(/（.*）/, ""))).size === 4, "c1 four park types");

  // ---------------- funds: 国库集中支付 export
  const PAY = [
    ["2020-06-12", "县电子商务公共服务中心装修工程款（一期）", "云浮市建安装饰工程有限公司", 1460000],
    ["2020-07-20", "村级电商服务站点建设款（第一批）", "新兴县供销电子商务有限公司", 822000],
    ["2020-08-14", "电商培训服务费（第一期）", "云浮市新兴县农商通电子商务有限公司", 168500],
    ["2020-09-25", "县级物流配送中心建设款", "新兴县顺达城乡物流有限公司", 1235000],
    ["2020-10-30", "村级站点设备采购款", "广东粤信科技有限公司", 396800],
    ["2020-11-26", "公共服务中心运营服务费（2020年上半年）", "云浮市新兴县农商通电子商务有限公司", 320000],
    ["2020-12-18", "县电子商务公共服务中心装修工程款（二期）", "云浮市建安装饰工程有限公司", 640000],
    ["2020-12-29", "村级电商服务站点建设款（第二批）", "新兴县供销电子商务有限公司", 648000],
    ["2021-01-22", "冷链设备采购款", "新兴县冷链通冷链物流有限公司", 912000],
    ["2021-02-05", "电商培训服务费（第二期）", "云浮市新兴县农商通电子商务有限公司", 172300],
    ["2021-03-18", "农产品溯源系统建设款", "广东禾丰数字农业科技有限公司", 458000],
    ["2021-04-09", "农产品品牌推广活动费", "新兴县新州直播传媒有限公司", 236500],
    ["2021-04-28", "村级电商服务站点建设款（第三批）", "新兴县供销电子商务有限公司", 486000],
    ["2021-05-12", "村级电商服务站点建设款（第四批）", "新兴县供销电子商务有限公司", 186000, "已退回", "收款人账号有误"],
    ["2021-05-21", "物流配送车辆购置款", "云浮市骏达汽车销售有限公司", 528000],
    ["2021-06-10", "公共服务中心运营服务费（2020年下半年）", "云浮市新兴县农商通电子商务有限公司", 320000],
    ["2021-06-30", "网络促销活动费", "新兴县新州直播传媒有限公司", 198700],
    ["2021-07-16", "电商培训服务费（第三期）", "云浮市新兴县农商通电子商务有限公司", 186400],
    ["2021-07-29", "公共服务中心运营服务费（2021年上半年）", "云浮市新兴县农商通电子商务有限公司", 320000],
    ["2021-08-20", "县镇村物流配送体系建设款（二期）", "新兴县顺达城乡物流有限公司", null],
    ["2021-08-26", "电商直播基地设备采购款", "广东粤信科技有限公司", 142500, "已退回", "收款人名称与账号不符"],
    ["2021-09-03", "村级电商服务站点建设款（第四批）（重新支付）", "新兴县供销电子商务有限公司", 186000],
    ["2021-09-10", "县电子商务公共服务中心装修工程款（尾款）", "云浮市建安装饰工程有限公司", 420000],
  ];
  const okBefore = PAY.filter((p) => p[0] <= CUT && !p[4] && p[3] !== null);
  const TARGET = 10346800;
  const last = PAY.find((p) => p[3] === null);
  last[3] = TARGET - sum(okBefore.map((p) => p[3]));
  assert(last[3] > 300000 && last[3] < 900000, "c1 balancing payment " + last[3]);
  const fRows = [["查询条件：预算单位＝新兴县商务局；资金来源＝省级专项资金；支付日期2020-01-01至2021-09-15；导出时间2021-09-15 10:21"],
    ["支付凭证号", "支付日期", "指标文号", "预算项目", "收款人全称", "收款人账号", "支付金额（元）", "资金来源", "支付状态", "退回原因"]];
  PAY.forEach(([iso, memo, payee, amt, status, why], i) => {
    fRows.push([`ZF${iso.slice(0, 4)}${String(445321000 + i * 37 + 11)}`, iso, "粤财工〔2019〕138号", `电子商务进农村综合示范——${memo}`, payee,
      `44${String(rint(10000000, 99999999))}${String(rint(10000000, 99999999))}`, fmtMoney(amt), "省级专项资金", status || "支付成功", why || null]);
  });
  const okCut = sum(PAY.filter((p) => p[0] <= CUT && !p[4]).map((p) => p[3]));
  const returned = sum(PAY.filter((p) => p[4]).map((p) => p[3]));
  const okAll = sum(PAY.filter((p) => !p[4]).map((p) => p[3]));
  assert(okCut === TARGET && okCut * 100 < 15000000 * 70, "c1 spending 68.98% < 70%");
  assert((okCut + returned) * 100 >= 15000000 * 70 && okAll * 100 >= 15000000 * 70, "c1 the returned or September payments would lift it over 70%");
  assert(okCut + returned === 10675300, "c1 the questionnaire's 1067.53万 counts the returned payments");

  // ---------------- reports (left) and site-column updates (right) side by side
  const reps = monthsBetween("2020-07", "2021-08").map((m) => {
    const nm = monthsBetween(m, "2021-12")[1];
    return { period: m, iso: `${nm}-${String(rint(3, 10)).padStart(2, "0")}` };
  });
  const disc = [["2019-12-20", "新兴县电子商务进农村综合示范县创建工作方案", "创建方案"], ["2020-01-10", "新兴县电子商务进农村综合示范项目基本信息", "项目信息"],
    ["2020-01-10", "新兴县电子商务进农村综合示范项目监督举报电话", "监督举报"]];
  for (const m of monthsBetween("2020-05", "2021-07")) {
    if (m === "2021-01") continue; // published together with February in March
    const nm = monthsBetween(m, "2021-12")[1];
    const [y, mm] = ymd(m + "-01");
    const title = m === "2021-02" ? "新兴县电子商务进农村综合示范项目建设进度（2021年1—2月）" : `新兴县电子商务进农村综合示范项目建设进度（${y}年${mm}月）`;
    disc.push([`${nm}-${String(rint(5, 15)).padStart(2, "0")}`, title, "建设进度"]);
  }
  const discMonths = new Set(disc.map((d) => d[0].slice(0, 7)));
  const discIn = WINDOW.filter((m) => discMonths.has(m));
  assert(discIn.length === 11 && !discMonths.has("2021-02"), "c1 disclosures: February 2021 has no update");
  const repMonths = new Set(reps.map((r) => r.iso.slice(0, 7)));
  assert(WINDOW.every((m) => repMonths.has(m)), "c1 reports every month");
  const rdRows = [["一、月报报送记录（报送云浮市商务局）", null, null, null, null, "二、县政府网“电子商务进农村”专栏更新记录"],
    ["序号", "报送日期", "报送内容", "含扶贫统计", null, "序号", "更新日期", "标题", "子栏目"]];
  const nRows = Math.max(reps.length, disc.length);
  for (let i = 0; i < nRows; i++) {
    const r = reps[i];
    const d = disc[i];
    const [py, pm] = r ? ymd(r.period + "-01") : [0, 0];
    rdRows.push([r ? i + 1 : null, r ? cnDate(r.iso) : null, r ? `${py}年${pm}月工作月报及统计报表` : null, r ? "√" : null, null,
      d ? i + 1 : null, d ? D(d[0]) : null, d ? d[1] : null, d ? d[2] : null]);
  }

  // ---------------- media, materials below
  const mRows = [["新兴县电子商务进农村宣传报道情况"], ["序号", "日期", "媒体", "形式", "标题", "是否电商扶贫典型案例"]];
  mRows.push([1, "2020-11-27", "新兴电视台《新兴新闻》", "电视", "我县举办电商直播带货培训班", "否"]);
  mRows.push([2, D("2021-03-16"), "南方日报", "报纸", "新兴凉果“触网”走俏大湾区", "否"]);
  mRows.push([3, "2021年6月8日", "广东广播电视台珠江频道《珠江新闻眼》", "电视", "新兴：脱贫户直播卖排米粉 日销三千单", "是"]);
  mRows.push([4, "2021.7.19", "新兴县融媒体中心“新兴发布”公众号", "网络", "六祖镇电商服务站帮村民卖出滞销荔枝", "否"]);
  mRows.push([5, "2021.9.5", "云浮日报", "报纸", "新兴电商进农村示范县创建见成效", "否"]);
  mRows.push([]);
  mRows.push(["经验材料报送情况"]);
  const matHead = mRows.length;
  mRows.push(["序号", "报送日期", "材料名称", "报送单位"]);
  mRows.push([1, "2021年5月20日", "新兴县“电商+凉果”带动脱贫增收经验材料", "云浮市商务局"]);

  // ---------------- the 问卷星 answer sheet
  const Q = [];
  const q = (h, v) => Q.push([h, v]);
  q("序号", 1);
  q("提交答卷时间", "2021/9/6 16:42:10");
  q("所用时间", "1284秒");
  q("来源", "微信");
  q("来源详情", "N/A");
  q("来自IP", "120.85.212.37(广东-云浮)");
  q("1、县（市、区）名称", "新兴县");
  q("2、常住人口（万人）", "43.25");
  q("3、行政村个数（不含社区居委会）", "172");
  q("4、省定贫困村个数", "18");
  q("5、示范创建工作领导小组组长职务", "县长");
  q("6、领导小组成员单位（多选）", "县商务局┋县财政局┋县农业农村局┋县乡村振兴局┋县交通运输局┋其他〖县供销社、县邮政分公司〗");
  q("7、示范县工作方案是否已正式印发", "是");
  q("8、是否已出台支持农村电商发展的政策", "是");
  q("9、县级电子商务公共服务中心投入运营日期（年月日）", "2020年12月18日");
  const M = "10、县级电商公共服务中心服务情况—";
  q(M + "有免费培训场所、培训设备，能组织电商基础培训", "是");
  q(M + "为特色农产品提供免费展示、销售服务", "是");
  q(M + "为电子商务市场主体提供免费摄影、美工服务", "(空)");
  q(M + "组织农产品统一推广、指导特色农产品品牌建设", "是");
  q(M + "为电子商务发展提供其他衍生增值服务", "是");
  q("11、是否建设或整合、优化当地电商产业园", "是");
  q("12、当地是否有专业第三方电子商务运营或服务商", "是");
  q("13、行政村物流快递覆盖率是否达到100%", "是");
  q("14、2019年农村网络零售额（万元）", "52300");
  q("15、2020年农村网络零售额（万元）", "66800");
  q("16、2019年农产品网络零售额（万元）", "(空)");
  q("17、2020年农产品网络零售额同比增长（%）", "31.5");
  q("18、县政府网站专栏已公开的内容（多选）", "创建方案┋项目基本信息┋项目建设进度┋征求意见或监督举报窗口");
  q("19、能否统计电商扶贫情况", "能");
  q("20、下达省级专项资金（万元）", "1500");
  q("21、累计拨付资金（万元）", "1067.53");
  q("22、是否已制定资金管理制度", "是");
  q("23、是否已建立资金专用台账", "是");
  q("24、项目总体进度（%）", "85");
  const J = "25、评判类指标自评分—";
  q(J + "方案制定（1-2分）", "2");
  q(J + "政策支持（1-2分）", "1");
  q(J + "项目管理制度（1-2分）", "2");
  q(J + "工作台账（1-2分）", "1");
  q(J + "网销调研（1-2分）", "2");
  q(J + "网络促销活动（1-2分）", "1");
  q(J + "交易标准、冷链及溯源（1-2分）", "1");
  q(J + "资金管理制度（1-5分）", "4");
  q(J + "资金台账（1-5分）", "4");
  q(J + "资金及时拨付（1-5分）", "4");
  q("26、是否发生安全生产、质量事故或造成重大经济损失", "否");
  q("27、是否存在弄虚作假情况", "否");
  q("28、填报人", "陈××");
  q("29、联系电话", "0766-28×××××");
  const qRows = [Q.map((x) => x[0]), Q.map((x) => x[1])];
  assert(Q.length === 48, "c1 questionnaire columns " + Q.length);
  assert(pct1(66800 - 52300, 52300) === "27.7%", "c1 rural growth 27.7% < 30%");

  // ---------------- expectation
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 1,
    "work.center": 2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + 2 + 1, "work.coverage": 2 + 5, "work.upward": 2 + 1 + 1 + 1 + 1 + 2,
    "work.training": 10 + 10, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": -5, "bonus.poorTraining": 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  const total = scored + bonus;
  assert(scored === 76 && total === 77, "c1 total " + scored + "/" + total);
  const derivation = [
    "org.leadership: 问卷第5题组长“县长”（主要领导），第6题多选含县商务局、县财政局、县农业农村局、县乡村振兴局（其他〖县供销社、县邮政分公司〗另列）→ 2",
    "org.plan: 第7题方案已正式印发，第25题“方案制定”自评2（1–2）→ 2",
    "org.policy: 第8题已出台政策，自评“政策支持”1 → 1",
    "org.management: 项目管理制度2 + 工作台账1 → 3",
    "work.center: 中心2020年12月18日投入运营≤截止日(2)，≤2021-02-28满6个月(2)；免费培训(2)、展示销售(1)；免费摄影美工一格“(空)”= 未作答 → 0；品牌推广(1)、其他增值(1)；产业园已建(2)；入驻企业清单22行，稔村竹编工艺品网店2021年4月30日退园、乡味臻选2021.9.6才入驻，截止日在园20家≥20 → 2；类型平台型/销售型/电商运营商/物流企业 → 1；合计14",
    `work.coverage: 区划代码表中“…000”是镇行，代码001–199是居委会（17个，不算），201起的村民委员会172个（城乡分类121/122的镇驻地村委会也是行政村）；站点台账主表${st.length}行，建成日期一栏多数是日期，约四分之一是粘贴后失去格式的序列号（如序号1的${sRows[3][7]}）；截止日前有站点的行政村120个（${twice}有两个站只算一次，城东社区居委会站点不是行政村，${septVillage}的站点建成日期44447 = 2021-09-08，在截止日之后）；下方“镇级电子商务服务站”12个设在圩镇，不是村级站点；120/172 = 69.8% < 70%，在50%–70%之间 → 2（若把44447当成无日期而计入，121/172 = 70.3%会误得5）；18个省定贫困村（√）全部在截止日前有站点 → 5；合计7`,
    "work.upward: 网销调研2 + 促销1 + 第三方运营商1 + 快递：村表“快递物流到村”列行政村全部“是” → 1 + 交易标准/溯源1 + 增速：农村网络零售额66800/52300万元 = +27.7% < 30%，但第17题农产品网络零售额同比增长31.5% ≥ 30% → 2；合计8",
    `work.training: 培训台账（按场次）前24期（截止日前，其中三期为两天班，按结束日计）合计4,356人次，第25期2021年9月14日86人次不算（合计行4,442含它）；“贫困人口参训名单”是签到表摘录，人次已含在场次台账中，不重复计；常住人口43.25万人 → 基数432,500，4,356/432,500 = 1.007% ≥ 1% → 10；贫困人口名单620人，有劳动能力且未外出务工310人；参训名单${trRows.length}行，去掉外出务工6人、截止日后9月14日一期（其中1人只参加了这一期）、重复参训12人次，截止日前参训的在家有劳动能力者155人（其中${xPerson.name}的身份证号在参训名单里写成小写x，与名单中的X是同一人）；155/310 = 50.0% ≥ 50%（含下界）→ 10；合计20`,
    "info.disclosure: 第18题专栏公开创建方案、项目基本信息、项目建设进度及征求意见或监督举报窗口 → 2；“报送与公开”右侧表：2020年9月至2021年8月中2021年2月没有更新（1—2月进度合并在3月发布）→ 不定时更新1；合计3",
    "info.reporting: 左侧月报记录2020年9月至2021年8月每月都有报送日期 → 3；第19题“能”统计电商扶贫情况，且月报“含扶贫统计”√ → 3；合计6",
    "promo.cases: “宣传报道”下方经验材料表：2021年5月20日报送云浮市商务局 → 2",
    "promo.media: 没有级别列，按媒体名称判断：南方日报、广东广播电视台珠江频道（省级）→ 4；新兴电视台、新兴县融媒体中心（县级）→ 1；云浮日报（市级）在2021.9.5，截止日后不算 → 合计5",
    "fund.system: 第22题已制定资金管理制度，自评4 → 4",
    "fund.ledger: 第23题已建立资金专用台账，自评4 → 4",
    `fund.spending: 国库支付导出：截止日前“支付成功”${PAY.filter((p) => p[0] <= CUT && !p[4]).length}笔合计10,346,800.00元；2021-05-12的186,000元和2021-08-26的142,500元“已退回”，没有付出去，不算；9月3日重新支付186,000元、9月10日420,000元在截止日之后；10,346,800/15,000,000 = 68.98% < 70% → 倒扣5（问卷第21题“累计拨付1067.53万元”含退回的两笔，不能据此算支出率）→ -5`,
    "bonus.poorTraining: 贫困人口培训率50.0% < 70% → 0",
    "bonus.tvCase: 电商扶贫典型案例（是）由广东广播电视台珠江频道（省级电视）播出 → 1",
    "veto.incident: 第26题“否” → 不否决，0",
    "veto.progress: 第24题项目总体进度85% ≥ 40% → 不否决，0（资金支出率68.98%不是总体进度）",
    "veto.fraud: 第27题“否” → 不否决，0",
    "total: 2+2+1+3+14+7+8+20+3+6+2+5+4+4-5 = 76，加分1 → 77",
  ];
  return {
    description:
      "云浮新兴县商务局整本迎考工作簿。事实页是县里在市局“问卷星”问卷上的答卷导出：第1行是全部题目（“序号、提交答卷时间、所用时间、来源、来源详情、来自IP”之后是“1、县（市、区）名称”…“29、联系电话”），第2行是答案；矩阵题拆成“10、…—子题”“25、评判类指标自评分—方案制定（1-2分）”等列；多选题用“┋”连接、其他项写“其他〖县供销社、县邮政分公司〗”；未答的格子是“(空)”（免费摄影美工、2019年农产品网络零售额）；金额单位在题目里（万元）。台账：行政村清单是统计用区划代码表，镇行（代码末三位000）夹在村居之间，居委会代码001–199、村委会201起，镇驻地村委会的城乡分类是121/122但仍是行政村；站点台账建成日期有日期格、“2020.6.18”文本，也有粘贴后变成序列号的数字（如44447即2021-09-08），主表下方另有镇级站表；培训台账按场次给人次，另一张“贫困人口参训名单”是摘录（人次已含在场次中），其中一个身份证号末位写成小写x；贫困人口名单用有/无、是/否；入驻企业有已退园和9月新入驻；资金是国库集中支付系统导出，有两笔“已退回”；月报和专栏更新记录左右并排在一张表；宣传报道没有级别列，下方是经验材料表。",
    sheets: [
      { name: "问卷答卷导出", rows: qRows },
      { name: "行政村代码表", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "培训台账（按场次）", rows: tRows, merges: tMerges },
      { name: "贫困人口参训名单", rows: trListRows, merges: ["A1:G1", "A2:G2"] },
      { name: "建档立卡贫困人口", rows: pRows, merges: ["A1:H1", "A2:H2"] },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1"] },
      { name: "国库支付明细", rows: fRows, merges: ["A1:J1"] },
      { name: "报送与公开", rows: rdRows, merges: ["A1:D1", "F1:I1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:F1", `A${matHead}:D${matHead}`] },
    ],
    expect: { asOf: CUT, total, bonus, vetoed: false, points: pts },
    derivation,
  };
}

// =====================================================================================================
// f1 — 茂名高州市: a provincial management-system export, one row per submitted data item, in submission order.
// =====================================================================================================
function buildF1() {
  const rows = [["地区编码", "地区名称", "指标编码", "指标名称", "值类型", "填报值", "计量单位", "填报人", "填报时间", "审核状态", "审核意见"]];
  let t = Date.parse("2021-09-03T09:12:44Z");
  const stamp = (gapMin) => {
    t += (gapMin || rint(1, 4)) * 60000 + rint(0, 59) * 1000;
    return new Date(t).toISOString().replace("T", " ").slice(0, 19);
  };
  const R = (code, name, type, val, unit, status, opinion, gap) =>
    rows.push(["440981", "广东省/茂名市/高州市", code, name, type, val, unit || "—", "gz_swj_chen", stamp(gap), status || "已审核", opinion || null]);
  R("A01", "县（市、区）名称", "文本", "高州市");
  R("A02", "考评截止日期", "日期", "2021-08-31 00:00:00");
  R("A03", "常住人口", "数值", "1862400", "人", "已退回", "请按第七次全国人口普查常住人口填报（当前为户籍人口）");
  R("A04", "行政村数", "数值", "441", "个");
  R("A05", "省定贫困村数", "数值", "44", "个");
  R("A06", "示范创建工作牵头领导职务", "文本", "市长");
  R("A07", "参与部门", "文本", "市商务局,市财政局,市农业农村局,市乡村振兴局,市工业和信息化局,高州邮政分公司");
  R("A08", "示范县工作方案已正式印发", "布尔（1是0否）", "1");
  R("A09", "已出台支持农村电商发展的政策", "布尔（1是0否）", "1");
  R("B01", "县级电商公共服务中心投入运营日期", "日期", "2020-10-30 00:00:00");
  R("B02", "中心有免费培训场所、培训设备", "布尔（1是0否）", "1");
  R("B03", "中心为特色农产品提供免费展示、销售服务", "布尔（1是0否）", "1");
  R("B04", "中心提供免费摄影、美工服务", "布尔（1是0否）", "1");
  R("B05", "中心组织农产品统一推广、指导品牌建设", "布尔（1是0否）", "1");
  R("B06", "中心提供其他衍生增值服务", "布尔（1是0否）", "1");
  R("B07", "建设或整合、优化电商产业园", "布尔（1是0否）", "1");
  R("B08", "产业园入驻企业数量", "数值", "26", "家");
  R("B09", "村级电商服务站点数量", "数值", "338", "个");
  R("C01", "有专业第三方电子商务运营或服务商", "布尔（1是0否）", "1");
  R("C02", "行政村物流快递覆盖率达100%", "布尔（1是0否）", "1");
  R("C03", "2019年农村网络零售额", "数值", "1683000000.00", "元");
  R("C04", "2020年农村网络零售额", "数值", "2126500000.00", "元");
  R("C05", "2019年农产品网络零售额", "数值", "512000000.00", "元");
  R("C06", "2020年农产品网络零售额", "数值", "671900000.00", "元");
  R("D01", "电商培训人次", "数值", "6214", "人次");
  R("D02", "有劳动能力的建档立卡贫困人口数（不含外出务工）", "数值", "8952", "人");
  R("D03", "参加培训的建档立卡贫困人口数", "数值", "4730", "人");
  R("E01", "专栏公示创建方案", "布尔（1是0否）", "1");
  R("E02", "专栏公示项目基本信息", "布尔（1是0否）", "1");
  R("E03", "专栏公示项目建设进度", "布尔（1是0否）", "1");
  R("E04", "专栏设立征求意见或监督举报窗口", "布尔（1是0否）", null, null, "未填报");
  R("E05", "能统计电商扶贫情况", "布尔（1是0否）", "1");
  R("F01", "下达资金总额", "数值", "15000000.00", "元");
  R("F02", "累计拨付资金", "数值", "10930500.00", "元", "待审核");
  R("F03", "资金支出率", "百分比", "72.87", "%");
  R("F04", "已制定资金管理制度", "布尔（1是0否）", "1");
  R("F05", "已建立资金专用台账", "布尔（1是0否）", "1");
  R("F06", "项目总体进度", "百分比", "86.00", "%");
  R("V01", "发生安全生产、质量事故或重大经济损失", "布尔（1是0否）", "0");
  R("V02", "存在弄虚作假行为", "布尔（1是0否）", "0");
  const JL = [["J01", "自评-方案制定(1-2)", "2"], ["J02", "自评-政策支持(1-2)", "2"], ["J03", "自评-项目管理制度(1-2)", "2"],
    ["J04", "自评-工作台账(1-2)", "2"], ["J05", "自评-网销调研(1-2)", "2"], ["J06", "自评-网络促销活动(1-2)", "1"],
    ["J07", "自评-交易标准及冷链溯源(1-2)", "2"], ["J08", "自评-资金管理制度(1-5)", "5"], ["J09", "自评-资金台账(1-5)", "4"],
    ["J10", "自评-资金及时拨付(1-5)", "4"]];
  for (const [c, n, v] of JL) R(c, n, "数值", v, "分", c === "J07" ? "已退回" : null, c === "J07" ? "溯源系统尚未建成，请据实自评" : null);
  const SL = [["S01", "自评得分-组织领导", "2"], ["S02", "自评得分-方案制定", "2"], ["S03", "自评得分-政策支持", "2"], ["S04", "自评得分-项目管理", "4"],
    ["S05", "自评得分-县级中心与产业园", "15"], ["S06", "自评得分-村级站点覆盖", "10"], ["S07", "自评得分-农村产品上行", "9"],
    ["S08", "自评得分-电商人才培训", "20"], ["S09", "自评得分-信息公开", "4"], ["S10", "自评得分-数据上报", "6"], ["S11", "自评得分-案例总结", "2"],
    ["S12", "自评得分-经验推广", "8"], ["S13", "自评得分-制度建立", "5"], ["S14", "自评得分-资金台账", "4"], ["S15", "自评得分-资金支出", "4"],
    ["S16", "自评得分-加分项（贫困人口培训率≥70%）", "0"], ["S17", "自评得分-加分项（电商扶贫典型案例电视播报）", "1"], ["S18", "自评总分", "98"]];
  for (const [c, n, v] of SL) R(c, n, "数值", v, "分", c === "S07" || c === "S18" ? "已退回" : null, c === "S07" || c === "S18" ? "与J07同步修改" : null);
  // resubmissions two days later
  t = Date.parse("2021-09-06T15:40:02Z");
  R("A03", "常住人口", "数值", "1321000", "人", null, null, 1);
  R("J07", "自评-交易标准及冷链溯源(1-2)", "数值", "1", "分", null, null, 2);
  R("S07", "自评得分-农村产品上行", "数值", "8", "分", null, null, 1);
  R("S18", "自评总分", "数值", "97", "分", "待审核", null, 1);
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 4, "work.center": 15, "work.coverage": 10, "work.upward": 8,
    "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 5, "fund.ledger": 4,
    "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1,
  };
  assert(sum(Object.values(claimed)) === 97, "f1 claims add to the re-submitted 97");
  const judged = {
    "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
    "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
  };
  assert(claimed["work.upward"] === judged["work.upward.research"] + judged["work.upward.promotion"] + 1 + 1 + judged["work.upward.standards"] + 2, "f1 upward");
  assert(claimed["org.management"] === judged["org.management.system"] + judged["org.management.ledger"], "f1 management");
  assert(pct1(10930500, 15000000) === "72.9%" && pct1(6719 - 5120, 5120) === "31.2%", "f1 rates");
  for (let i = 2; i < rows.length; i++) assert(rows[i][8] > rows[i - 1][8], "f1 rows in submission order");
  return {
    description:
      "茂名高州市在省“电子商务进农村综合示范管理系统”填报后导出的考评数据：第1行就是表头（地区编码、地区名称、指标编码、指标名称、值类型、填报值、计量单位、填报人、填报时间、审核状态、审核意见），一行一个数据项，按填报时间排序。值都是文本：布尔项“1/0”（值类型写“布尔（1是0否）”），日期带“00:00:00”，金额以元计、两位小数，百分比写“86.00”、单位“%”。被市局“已退回”的项目在最后几行重新填报：常住人口先填户籍数1862400（退回），后改1321000；J07交易标准及冷链溯源2→1、S07农村产品上行9→8、自评总分98→97。“征求意见或监督举报窗口”未填报（空）。B08入驻企业数、B09站点数、F03资金支出率不是考评输入。每个指标的“自评得分”S01–S17是县里的自评（claimed），J01–J10是评判项。",
    sheets: [{ name: "考评数据导出", rows }],
    expect: {
      facts: {
        county: "高州市", asOf: "2021-08-31", residentPopulation: 1321000, adminVillagesStated: 441, poorVillagesStated: 44,
        planIssued: true, policyIssued: true, centerOpened: "2020-10-30", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1683000000, ruralRetail2020: 2126500000, agriRetail2019: 512000000, agriRetail2020: 671900000,
        trainingPersonTimesStated: 6214, eligiblePoorPersonsStated: 8952, trainedPoorPersonsStated: 4730,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 10930500, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.86,
        vetoIncident: false, vetoFraud: false,
      },
      judged,
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f2 — 湛江雷州市: the basic-facts sheet after the city bureau's check, corrections written beside the old values.
// =====================================================================================================
function buildF2() {
  const rows = [];
  const merges = [];
  const sec = (t) => {
    rows.push([t]);
    merges.push(`A${rows.length}:E${rows.length}`);
  };
  rows.push(["雷州市电子商务进农村综合示范创建基本情况表（修改稿）"]);
  merges.push("A1:E1");
  rows.push(["说明：本表按湛江市商务局9月8日核对意见修改，修改处用“→”标出，箭头前为原填报内容，箭头后为修改后内容；其余修改在括号内注明。"]);
  merges.push("A2:E2");
  sec("一、基础数据");
  rows.push(["序号", "项目", "单位", "数据", "核对情况"]);
  const B = [
    ["考评截止日期", "—", "2021年8月31日", null],
    ["常住人口", "万人", "142.7（原填146.8，系户籍人口，已更正）", "按第七次全国人口普查数据更正"],
    ["行政村个数", "个", "468（不含社区居委会）", null],
    ["省定贫困村个数", "个", "46", null],
    ["县级电商公共服务中心投入运营时间", "—", "2020年12月26日→2021年1月18日", "以中心正式开业时间为准"],
    ["2019年农村网络零售额", "亿元", "21.36", null],
    ["2020年农村网络零售额", "亿元", "26.12→28.05", "采用省商务厅监测数"],
    ["2019年农产品网络零售额", "亿元", "5.02", null],
    ["2020年农产品网络零售额", "亿元", "6.11", null],
    ["累计培训人次", "人次", "6,088", null],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "原12,406，改9,871", "原数未剔除外出务工2,535人"],
    ["参加培训的建档立卡贫困人口", "人", "5,210人次→3,962人", "按人数去重统计"],
    ["下达省级专项资金", "万元", fullWidth("1500"), null],
    ["累计拨付资金（截至8月31日）", "万元", "1,126.40", null],
    ["项目总体进度", "%", fullWidth("83"), null],
  ];
  B.forEach(([a, u, v, n], i) => rows.push([i + 1, a, u, v, n]));
  assert(12406 - 2535 === 9871 && pct1(2805 - 2136, 2136) === "31.3%" && pct1(2612 - 2136, 2136) === "22.3%", "f2 numbers");
  assert(pct1(3962, 9871) === "40.1%", "f2 poor rate");
  sec("二、是否类事项（在相应栏内打“√”）");
  rows.push(["序号", "事项", "是", "否", "备注"]);
  const Y = ["√", null];
  const N = [null, "√"];
  const C = [
    ["已正式印发示范县工作方案", Y, "雷府办〔2019〕112号"],
    ["已出台支持农村电商发展的政策", Y, null],
    ["中心有免费培训场所、培训设备，能组织电商基础培训", Y, null],
    ["中心为特色农产品提供免费展示、销售服务", Y, null],
    ["中心为电子商务市场主体提供免费摄影、美工服务", N, "摄影棚计划10月建成"],
    ["中心组织农产品统一推广、指导特色农产品品牌建设", Y, null],
    ["中心为电子商务发展提供其他衍生增值服务", Y, null],
    ["建设或整合、优化当地电商产业园", Y, null],
    ["当地有专业第三方电子商务运营或服务商", Y, null],
    ["行政村物流快递覆盖率100%", N, "原勾选“是”，经市邮政管理局核实尚有12个行政村未通快递，改为“否”"],
    ["县政府网站专栏公示创建方案", Y, null],
    ["专栏公示项目基本信息", Y, null],
    ["专栏按月公示项目建设进度", Y, null],
    ["专栏设立征求意见或监督举报窗口", Y, "监督举报电话0759-8×××××"],
    ["能统计电商扶贫情况", [null, null], "统计口径待市局明确"],
    ["已制定资金管理制度", Y, null],
    ["已建立资金专用台账", Y, null],
    ["发生安全生产、质量事故，或造成重大经济损失和社会不良影响", N, null],
    ["存在弄虚作假", N, null],
  ];
  C.forEach(([a, [y, n], note], i) => rows.push([i + 1, a, y, n, note]));
  sec("三、组织领导");
  rows.push(["组长", "雷州市商务局局长", null, null, null]);
  merges.push(`B${rows.length}:E${rows.length}`);
  rows.push(["副组长", "市财政局副局长、市农业农村局副局长", null, null, null]);
  merges.push(`B${rows.length}:E${rows.length}`);
  rows.push(["成员单位", "市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局、雷州邮政分公司", null, null, null]);
  merges.push(`B${rows.length}:E${rows.length}`);
  sec("四、评判类事项自评");
  rows.push(["序号", "评判事项", "分值范围", "自评分", "核对情况"]);
  const JR = [["方案制定", "1-2", "2"], ["政策支持", "1-2", "2→1", "政策兑现不足"], ["项目管理制度", "1-2", "2"], ["工作台账", "1-2", "2"],
    ["网销调研及建议", "1-2", "1"], ["网络促销活动", "1-2", "2"], ["交易标准及冷链、溯源系统", "1-2", "1"], ["资金管理制度", "1-5", "4"],
    ["资金台账", "1-5", "5→4", "部分凭证未归档"], ["资金及时拨付", "1-5", "4"]];
  JR.forEach(([a, r, v, n], i) => rows.push([i + 1, a, r, v, n || null]));
  rows.push(["填表人：吴××　　审核人：李××　　填报日期：2021年9月10日"]);
  merges.push(`A${rows.length}:E${rows.length}`);
  return {
    description:
      "湛江雷州市商务局按市局核对意见改过的“基本情况表（修改稿）”：说明行写明“→”前为原填报、后为修改后内容。要读修改后的值：常住人口“142.7（原填146.8，系户籍人口，已更正）”（新值在前、旧值在括号里）、中心运营“2020年12月26日→2021年1月18日”、2020年农村网络零售额“26.12→28.05”亿元、贫困人口“原12,406，改9,871”、参训贫困人口“5,210人次→3,962人”；单位在单独一列（万人、亿元、万元、%），下达资金和总体进度是全角数字。是否类事项是“是|否”两栏打√：快递覆盖率的√已从“是”移到“否”（备注说明），“能统计电商扶贫情况”两栏都空（未答）。组长是“雷州市商务局局长”（不是政府领导→other）。评判项自评分有“2→1”“5→4”。",
    sheets: [{ name: "基本情况（修改稿）", rows, merges }],
    expect: {
      facts: {
        county: "雷州市", asOf: "2021-08-31", residentPopulation: 1427000, adminVillagesStated: 468, poorVillagesStated: 46,
        centerOpened: "2021-01-18", ruralRetail2019: 2136000000, ruralRetail2020: 2805000000, agriRetail2019: 502000000,
        agriRetail2020: 611000000, trainingPersonTimesStated: 6088, eligiblePoorPersonsStated: 9871, trainedPoorPersonsStated: 3962,
        fundAllocated: 15000000, fundSpentStated: 11264000, overallProgress: 0.83,
        planIssued: true, policyIssued: true, centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true,
        centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false, disclosurePlan: true,
        disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, fundSystemIssued: true, fundLedgerKept: true,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "other",
    },
  };
}

// =====================================================================================================
// f3 — 肇庆封开县: a statistics sheet with years as columns, `标签：值` cells above, a ✓/✗ checklist and the judged points
// as a horizontal strip.
// =====================================================================================================
function buildF3() {
  const rows = [];
  const merges = [];
  rows.push(["封开县电子商务进农村综合示范工作主要指标统计表"]);
  merges.push("A1:G1");
  rows.push(["填报单位：封开县商务局　　　　填报日期：2021年9月7日"]);
  merges.push("A2:G2");
  rows.push(["一、基本情况"]);
  merges.push("A3:G3");
  rows.push(["县（区）：封开县", null, null, "考评截止日期：2021年8月31日", null, null, null]);
  rows.push(["常住人口：35.02万人（第七次人口普查）", null, null, "行政村：179个（另有社区居委会12个）", null, null, null]);
  rows.push(["省定贫困村：18个", null, null, "县级电商公共服务中心：2020.8.26投入运营", null, null, null]);
  rows.push(["领导小组：县委副书记、县长任组长，成员单位为县商务局、县财政局、县农业农村局、县交通运输局、县邮政分公司", null, null, null, null, null, null]);
  rows.push(["项目总体进度：88%", null, null, null, null, null, null]);
  for (let r = 4; r <= 6; r++) merges.push(`A${r}:C${r}`, `D${r}:G${r}`);
  merges.push("A7:G7", "A8:G8");
  rows.push(["二、主要指标（分年度）"]);
  merges.push(`A${rows.length}:G${rows.length}`);
  const h1 = rows.length + 1;
  rows.push(["指标名称", "计量单位", "分年度", null, null, "截至2021年8月31日累计", "备注"]);
  rows.push([null, null, "2019年", "2020年", "2021年1—8月", null, null]);
  merges.push(`A${h1}:A${h1 + 1}`, `B${h1}:B${h1 + 1}`, `C${h1}:E${h1}`, `F${h1}:F${h1 + 1}`, `G${h1}:G${h1 + 1}`);
  const S = [
    ["农村网络零售额", "万元", "41,250", "50,830", "37,960", "—", "省商务厅监测数"],
    ["　其中：农产品网络零售额", "万元", "13,620", "17,940", "12,105", "—", null],
    ["农村网络零售额同比增长", "%", 18.6, 23.2, 15.1, "—", "2021年为1—8月同比"],
    ["农产品网络零售额同比增长", "%", 15.4, 31.7, 12.8, "—", null],
    ["电商培训人次", "人次", 620, "1,856", "1,342", "3,818", null],
    ["　其中：建档立卡贫困人口参训", "人次/人", 96, 402, 318, 671, "分年度为人次；累计栏为去重后人数"],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "—", "—", "—", "1,402", "县乡村振兴局2021年6月核定"],
    ["新建村级电商服务站点", "个", 32, 58, 21, 111, null],
    ["下达省级专项资金", "万元", "1,500", "—", "—", "1,500", "2019年12月下达"],
    ["专项资金拨付", "万元", "—", 612.4, 486.75, "1,099.15", null],
    ["向市商务局报送月报", "次", 4, 12, 8, 24, null],
  ];
  for (const r of S) rows.push(r);
  assert(620 + 1856 + 1342 === 3818 && Math.round((612.4 + 486.75) * 100) === 109915 && 32 + 58 + 21 === 111, "f3 totals add up");
  assert(pct1(50830 - 41250, 41250) === "23.2%" && pct1(17940 - 13620, 13620) === "31.7%", "f3 growth rows match the amounts");
  assert(96 + 402 + 318 > 671, "f3 person-times by year exceed the de-duplicated persons");
  rows.push(["三、定性指标完成情况（✓已完成　✗未完成）"]);
  merges.push(`A${rows.length}:G${rows.length}`);
  rows.push(["序号", "事项", null, null, "完成情况", "佐证材料", null]);
  merges.push(`B${rows.length}:D${rows.length}`, `F${rows.length}:G${rows.length}`);
  const C = [
    ["正式印发示范县工作方案", "✓", "封府办〔2019〕71号"], ["出台支持农村电商发展的政策", "✓", "扶持办法"],
    ["中心有免费培训场所、培训设备", "✓", "照片"], ["中心为特色农产品提供免费展示、销售服务", "✓", "照片"],
    ["中心提供免费摄影、美工服务", "✓", "服务记录"], ["中心组织农产品统一推广、品牌建设指导", "✓", "活动方案"],
    ["中心提供其他衍生增值服务", "✓", "服务记录"], ["建设或整合、优化电商产业园", "✗", "依托中心孵化区，未单独建园"],
    ["有专业第三方电子商务运营或服务商", "✓", "运营合同"], ["行政村物流快递覆盖率100%", "✓", "市邮政管理局证明"],
    ["专栏公示创建方案", "✓", "网页截图"], ["专栏公示项目基本信息", "✓", "网页截图"], ["专栏按月公示项目建设进度", "✓", "网页截图"],
    ["专栏设立征求意见或监督举报窗口", "✓", "网页截图"], ["能统计电商扶贫情况", "✓", "月报附表"],
    ["制定资金管理制度", "✓", "管理办法"], ["建立资金专用台账", "✓", "资金台账"],
    ["安全生产、质量事故或重大经济损失", "无", null], ["弄虚作假", "无", null],
  ];
  C.forEach(([a, v, e], i) => {
    rows.push([i + 1, a, null, null, v, e, null]);
    merges.push(`B${rows.length}:D${rows.length}`, `F${rows.length}:G${rows.length}`);
  });
  rows.push(["四、评判类指标自评分"]);
  merges.push(`A${rows.length}:G${rows.length}`);
  const names = ["方案制定", "政策支持", "项目管理制度", "工作台账", "网销调研", "网络促销", "标准及冷链溯源", "资金管理制度", "资金台账", "及时拨付"];
  const ranges = ["1-2", "1-2", "1-2", "1-2", "1-2", "1-2", "1-2", "1-5", "1-5", "1-5"];
  const pts = [2, 1, 2, 1, 2, 2, 1, 4, 4, 3];
  rows.push(["项目"].concat(names));
  rows.push(["分值"].concat(ranges));
  rows.push(["自评分"].concat(pts));
  rows.push(["注：1.“—”表示无此项或不适用；2.金额单位万元。"]);
  merges.push(`A${rows.length}:G${rows.length}`);
  const keys = ["org.plan", "org.policy", "org.management.system", "org.management.ledger", "work.upward.research", "work.upward.promotion",
    "work.upward.standards", "fund.system", "fund.ledger", "fund.spending"];
  const judged = {};
  keys.forEach((k, i) => (judged[k] = pts[i]));
  return {
    description:
      "肇庆封开县商务局的“主要指标统计表”：上面“一、基本情况”是“标签：值”写在一个合并单元格里（“常住人口：35.02万人（第七次人口普查）”“县级电商公共服务中心：2020.8.26投入运营”“领导小组：县委副书记、县长任组长，成员单位为县商务局、县财政局、县农业农村局、县交通运输局、县邮政分公司”——没有扶贫/乡村振兴部门→principal）；中间是分年度统计表，两行表头（分年度合并在2019年/2020年/2021年1—8月之上，另有“截至2021年8月31日累计”列）：零售额取2019年、2020年两列（万元，千分位文本），增长率行的2020年列是2020年增速（2019年、2021年列不是），培训人次取累计3,818，贫困人口参训分年度是人次、累计栏671才是去重人数，有劳动能力贫困人口只在累计栏，资金拨付取累计1,099.15万元、下达1,500万元；2021年1—8月各数、新建站点数、月报次数不是考评输入。下面“定性指标”用✓/✗（产业园✗），否决项写“无”；最后评判类自评分是横排三行（项目/分值/自评分）。",
    sheets: [{ name: "主要指标统计表", rows, merges }],
    expect: {
      facts: {
        county: "封开县", asOf: "2021-08-31", residentPopulation: 350200, adminVillagesStated: 179, poorVillagesStated: 18,
        centerOpened: "2020-08-26", overallProgress: 0.88,
        ruralRetail2019: 412500000, ruralRetail2020: 508300000, agriRetail2019: 136200000, agriRetail2020: 179400000,
        ruralRetailGrowthStated: 0.232, agriRetailGrowthStated: 0.317, trainingPersonTimesStated: 3818,
        eligiblePoorPersonsStated: 1402, trainedPoorPersonsStated: 671, fundAllocated: 15000000, fundSpentStated: 10991500,
        planIssued: true, policyIssued: true, centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true,
        centerOther: true, parkBuilt: false, thirdPartyOperator: true, expressCoverage: true, disclosurePlan: true,
        disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundSystemIssued: true, fundLedgerKept: true, vetoIncident: false, vetoFraud: false,
      },
      judged,
      leadership: "principal",
    },
  };
}

// =====================================================================================================
// l1 — 惠州惠东县: village tree, two-up sign-in sheets, poverty households, the special account's bank statement,
// a hidden drop-down sheet.
// =====================================================================================================
function buildL1() {
  const REGION = "441323";
  // ---------------- villages as a tree (indentation), ★ = 省定贫困村
  const townDefs = [
    ["平山街道", 5, 8], ["大岭街道", 8, 4], ["白花镇", 18, 1], ["梁化镇", 16, 1], ["稔山镇", 20, 1], ["铁涌镇", 12, 1], ["平海镇", 12, 2],
    ["吉隆镇", 14, 1], ["黄埠镇", 10, 2], ["盐洲镇", 11, 0], ["多祝镇", 24, 1], ["白盆珠镇", 10, 1], ["安墩镇", 18, 1], ["宝口镇", 9, 1],
    ["高潭镇", 12, 1],
  ];
  const newName = villageNamer("长新东西南北上下黄白石龙凤莲花松竹径岭塘坑田禾洋湖鹅埔亭高平", [
    "头", "尾", "坑", "塘", "围", "田", "岭", "湖", "洋", "埔", "坝", "坳", "山", "角", "陂", "屋", "寮", "岗", "湾", "溪", "洞", "背", "排", "圳"]);
  const CN = ["城东", "城南", "城西", "城北", "富民", "华侨", "新平", "人民", "东湖", "大岭", "长排", "大岭圩", "新圩"];
  const towns = townDefs.map(([town, nv, nc], ti) => {
    const vs = [];
    for (let i = 0; i < nv; i++) vs.push(newName());
    const cs = [];
    for (let i = 0; i < nc; i++) {
      if (ti === 0) cs.push(CN[i] + "社区");
      else if (ti === 1) cs.push(CN[9 + i] + "社区");
      else cs.push(town.replace(/镇$/, "") + (i === 0 ? "" : "圩") + "社区");
    }
    return { town, vs, cs };
  });
  // one 撤村改居 community in 平山街道
  const converted = newName().replace(/村$/, "社区");
  towns[0].cs.push(converted);
  const admin = towns.flatMap((t) => t.vs);
  const comms = towns.flatMap((t) => t.cs);
  assert(admin.length === 199 && comms.length === 27, "l1 counts " + admin.length + "/" + comms.length);
  assert(new Set(admin.concat(comms)).size === 226, "l1 unique names");
  const rural = towns.slice(2).flatMap((t) => t.vs);
  const poor = new Set();
  while (poor.size < 35) poor.add(rural[rint(0, rural.length - 1)]);
  const vRows = [["惠东县村（居）民委员会设置情况"], ["（导出自县民政局村务管理系统，2021年7月）"], ["名称", "备注"]];
  vRows.push([`惠东县（镇街${towns.length}个，社区居委会${comms.length}个，村民委员会${admin.length}个）`, null]);
  const vRecs = [];
  for (const t of towns) {
    const parts = [];
    if (t.cs.length) parts.push(`社区${t.cs.length}个`);
    parts.push(`村${t.vs.length}个`);
    vRows.push([`　　${t.town}（${parts.join("、")}）`, null]);
    for (const c of t.cs) {
      vRows.push([`　　　　${c}居委会`, c === converted ? "2020年6月撤村改居（原" + c.replace(/社区$/, "村委会") + "）" : null]);
      vRecs.push({ name: c, admin: false });
    }
    for (const v of t.vs) {
      vRows.push([`　　　　${v.replace(/村$/, "村委会")}${poor.has(v) ? "★" : ""}`, null]);
      vRecs.push({ name: v, admin: true, poor: poor.has(v) });
    }
  }
  vRows.push([`注：名称后标“★”的为省定贫困村，共${poor.size}个。`]);
  assert(vRecs.length === 226 && vRecs.filter((r) => r.poor).length === 35, "l1 village records");

  // ---------------- two-up sign-in sheets
  const SS = [
    { text: "2020年11月24日—25日", iso: "2020-11-25", topic: "电商基础知识培训班", place: "县电子商务公共服务中心", n: 46, printed: 50 },
    { text: "2020.12.17", iso: "2020-12-17", topic: "短视频拍摄与剪辑培训班", place: "稔山镇文化站", n: 36, printed: 40 },
    { text: null, iso: "2021-01-12", topic: "年货节网络促销培训班", place: "县电子商务公共服务中心", n: 40, printed: 40 },
    { text: "2021/3/16", iso: "2021-03-16", topic: "直播带货实操培训班", place: "多祝镇政府会议室", n: 52, printed: 60 },
    { text: "2021年4月27日上午", iso: "2021-04-27", topic: "梅菜网络营销培训班", place: "平海镇文化站", n: 41, printed: 50 },
    { text: "2021年6月22—23日", iso: "2021-06-23", topic: "电商扶贫专场培训班", place: "安墩镇政府会议室", n: 38, printed: 40 },
    { text: "21.8.10", iso: "2021-08-10", topic: "电商客服与售后培训班", place: "县电子商务公共服务中心", n: 44, printed: 50 },
    { text: "2021年9月3日", iso: "2021-09-03", topic: "电商数据分析培训班", place: "县电子商务公共服务中心", n: 29, printed: 30 },
  ];
  SS[2].text = `2021年1月12日（星期${weekday("2021-01-12")}）`;
  assert(weekday("2021-01-12") === "二", "l1 weekday");
  const tRows = [];
  const tMerges = [];
  const tRecs = [];
  SS.forEach((s) => {
    tRows.push(["惠东县电子商务进农村综合示范培训签到表"]);
    tMerges.push(`A${tRows.length}:K${tRows.length}`);
    tRows.push([`培训班：${s.topic}　　培训时间：${s.text}　　地点：${s.place}`]);
    tMerges.push(`A${tRows.length}:K${tRows.length}`);
    tRows.push(["序号", "姓名", "所在村", "联系电话", "签名", null, "序号", "姓名", "所在村", "联系电话", "签名"]);
    const half = s.printed / 2;
    const person = (k) => (k <= s.n ? [k, personName(), rural[rint(0, rural.length - 1)], mask(phone()), "√"] : [k, null, null, null, null]);
    const left = [];
    const right = [];
    for (let k = 1; k <= half; k++) left.push(person(k));
    for (let k = half + 1; k <= s.printed; k++) right.push(person(k));
    for (let i = 0; i < half; i++) tRows.push(left[i].concat([null], right[i]));
    tRows.push([`实到人数：${s.n}人`]);
    tMerges.push(`A${tRows.length}:K${tRows.length}`);
    tRows.push([]);
    for (let k = 0; k < s.n; k++) tRecs.push({ date: s.iso, personTimes: 1, id: null });
    assert(s.n > half && s.n <= s.printed, "l1 the right half is partly filled");
  });
  tRows.pop();
  assert(tRecs.length === 326, "l1 326 sign-ins " + tRecs.length);

  // ---------------- poverty households (household columns on the head's row only)
  const pRows = [["惠东县建档立卡贫困户家庭成员信息表"], ["户编号", "户主姓名", "家庭人口数", "镇", "村", "成员姓名", "与户主关系", "性别", "身份证号码", "劳动技能", "务工状况"]];
  const pMerges = ["A1:K1"];
  const pRecs = [];
  let lowerDone = false;
  let spacedDone = false;
  const poorList = [...poor];
  for (let h = 0; h < 42; h++) {
    const v = poorList[h % poorList.length];
    const town = towns.find((t) => t.vs.includes(v)).town;
    const headBirthY = rint(1955, 1985);
    const members = [];
    const headMale = rnd() < 0.8;
    const surname = SURNAMES[rint(0, SURNAMES.length - 1)];
    members.push({ rel: "户主", male: headMale, birth: `${headBirthY}-${String(rint(1, 12)).padStart(2, "0")}-${String(rint(1, 28)).padStart(2, "0")}`, surname });
    const size = rint(1, 5);
    if (size >= 2) members.push({ rel: "配偶", male: !headMale, birth: `${headBirthY + rint(-3, 4)}-${String(rint(1, 12)).padStart(2, "0")}-${String(rint(1, 28)).padStart(2, "0")}` });
    for (let k = 2; k < size; k++) {
      if (k === 4 && headBirthY < 1975) {
        members.push({ rel: rnd() < 0.5 ? "之母" : "之父", male: null, surname, birth: `${headBirthY - rint(24, 30)}-${String(rint(1, 12)).padStart(2, "0")}-${String(rint(1, 28)).padStart(2, "0")}` });
        continue;
      }
      const male = rnd() < 0.5;
      members.push({ rel: male ? "之子" : "之女", male, birth: `${Math.min(2018, headBirthY + rint(22, 32))}-${String(rint(1, 12)).padStart(2, "0")}-${String(rint(1, 28)).padStart(2, "0")}`, surname });
    }
    const first = pRows.length + 1;
    members.forEach((m, i) => {
      if (m.male === null) m.male = m.rel === "之父";
      const age = 2021 - Number(m.birth.slice(0, 4));
      let skill;
      let work;
      if (age < 16) {
        skill = "无劳动力";
        work = age >= 6 ? "在校生" : null;
      } else if (age <= 22 && rnd() < 0.6) {
        skill = "无劳动力";
        work = "在校生";
      } else if (age > 64) {
        skill = rnd() < 0.5 ? "无劳动力" : "丧失劳动力";
        work = "未务工";
      } else {
        const r = rnd();
        skill = r < 0.1 ? "丧失劳动力" : r < 0.3 ? "技能劳动力" : "普通劳动力";
        if (skill === "丧失劳动力") work = "未务工";
        else {
          const w = rnd();
          work = w < 0.3 ? "省外务工" : w < 0.5 ? "省内县外务工" : w < 0.75 ? "务农" : w < 0.93 ? "未务工" : null;
        }
      }
      const wantX = !lowerDone && i === 0 && h >= 5 ? true : undefined;
      const id = makeId(REGION, m.birth, m.male, wantX);
      let idCell = id;
      if (wantX) {
        idCell = id.slice(0, 17) + "x";
        lowerDone = true;
      } else if (!spacedDone && h >= 20 && i === 1) {
        idCell = `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
        spacedDone = true;
      }
      const name = m.surname && m.rel !== "配偶" && m.rel !== "之母" ? personName(m.surname) : personName();
      pRows.push([i === 0 ? `HD${String(13230000 + h * 7 + 3)}` : null, i === 0 ? name : null, i === 0 ? members.length : null, i === 0 ? town : null,
        i === 0 ? v.replace(/村$/, "村委会") : null, name, m.rel, m.male ? "男" : "女", idCell, skill, work]);
      pRecs.push({ id, labour: skill === "普通劳动力" || skill === "技能劳动力", migrant: work === null ? null : work === "省外务工" || work === "省内县外务工" });
    });
    if (members.length > 1) for (const c of ["A", "B", "C", "D", "E"]) pMerges.push(`${c}${first}:${c}${pRows.length}`);
  }
  assert(lowerDone && spacedDone, "l1 a lower-case x and a spaced ID");
  assert(pRecs.some((r) => r.migrant === null) && pRecs.some((r) => r.migrant) && pRecs.some((r) => r.labour && r.migrant === false), "l1 poor person variety");
  for (const r of pRecs) assert(idValid(r.id), "l1 ids valid");

  // ---------------- bank statement of the special account (借方 = payments out)
  const OUT = [
    ["2020-05-14", "支付县电子商务公共服务中心装修工程款（一期）", "惠州市鹏城装饰工程有限公司", 1168000],
    ["2020-06-29", "支付村级电商服务站点建设款（第一批）", "惠东县供销电子商务有限公司", 624000],
    ["2020-07-23", "支付电商培训服务费（第一期）", "惠州市淘乡电子商务有限公司", 183600],
    ["2020-09-11", "支付县级物流分拨中心建设款", "惠东县顺捷物流有限公司", 856000],
    ["2020-10-28", "支付站点设备采购款", "广东粤讯科技有限公司", 412500],
    ["2020-12-08", "支付村级电商服务站点建设款（第二批）", "惠东县供销电子商务有限公司", 568000],
    ["2020-12-08", "支付运营服务费（2020年度）", "惠州市淘乡电子商务有限公司", 450000],
    ["2021-01-26", "支付冷链设备采购款", "惠东县鲜通冷链有限公司", 596800],
    ["2021-03-19", "支付农产品溯源系统建设款", "广东粤讯科技有限公司", 388000],
    ["2021-04-30", "支付电商培训服务费（第二期）", "惠州市淘乡电子商务有限公司", 176400],
    ["2021-05-27", "支付县电子商务公共服务中心装修工程款（二期）", "惠州市鹏城装饰工程有限公司", 702000],
    ["2021-06-24", "支付梅菜网络促销活动费", "惠东县播客传媒有限公司", 215300],
    ["2021-07-15", "支付村级电商服务站点建设款（第三批）", "惠东县供销电子商务有限公司", 534000],
    ["2021-08-12", "支付物流配送车辆购置款", "惠州市广汽商贸有限公司", 468000],
    ["2021-08-30", "支付电商培训服务费（第三期）", "惠州市淘乡电子商务有限公司", 165250.5],
    ["2021-09-09", "支付运营服务费（2021年上半年）", "惠州市淘乡电子商务有限公司", 225000],
    ["2021-09-24", "支付村级电商服务站点建设款（第四批）", "惠东县供销电子商务有限公司", 312000],
  ];
  const IN = [
    ["2020-03-18", "省级专项资金拨入（粤财工〔2019〕138号）", "惠东县财政局", 15000000],
    ["2020-03-21", "结息", null, 437.5], ["2020-06-21", "结息", null, 12560.41], ["2020-09-21", "结息", null, 10892.17],
    ["2020-12-21", "结息", null, 9136.88], ["2021-03-21", "结息", null, 7402.35], ["2021-06-21", "结息", null, 6328.9], ["2021-09-21", "结息", null, 4917.06],
  ];
  const ev = OUT.map((o) => ({ iso: o[0], memo: o[1], party: o[2], out: cents(o[3]) })).concat(IN.map((o) => ({ iso: o[0], memo: o[1], party: o[2], inn: cents(o[3]) })));
  ev.sort((a, b) => (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0));
  const bRows = [["中国农业银行单位账户交易明细"], ["账号：4471 0101 0400 1523 8", null, null, null, "户名：惠东县商务局", null, null, "币种：人民币"],
    ["查询期间：20200101—20210930", null, null, null, "打印日期：20211008"],
    ["交易日期", "交易时间", "凭证种类", "凭证号", "摘要", "借方发生额", "贷方发生额", "余额", "对方户名", "对方账号"]];
  let bal = 0;
  let dr = 0;
  let crSum = 0;
  const fRecs = [];
  let lastDay = null;
  let lastSec = 0;
  ev.forEach((e, i) => {
    // transaction times rise within a day
    let sec = rint(8 * 3600, 17 * 3600);
    if (e.iso === lastDay && sec <= lastSec) sec = Math.min(lastSec + rint(300, 3600), 17 * 3600 + 59 * 60);
    lastDay = e.iso;
    lastSec = sec;
    e.time = [Math.floor(sec / 3600), Math.floor((sec % 3600) / 60), sec % 60].map((x) => String(x).padStart(2, "0")).join(":");
    if (e.out) {
      bal -= e.out;
      dr += e.out;
      fRecs.push({ date: e.iso, amount: e.out / 100 });
    } else {
      bal += e.inn;
      crSum += e.inn;
    }
    assert(bal >= 0, "l1 balance never negative");
    bRows.push([Number(e.iso.replace(/-/g, "")), e.time, e.out ? "转账支票" : e.memo === "结息" ? null : "电汇凭证", e.memo === "结息" ? null : String(20000 + i * 17),
      e.memo, e.out ? e.out / 100 : null, e.inn ? e.inn / 100 : null, bal / 100, e.party, e.party ? `44${String(rint(100000000, 999999999))}${String(rint(1000, 9999))}` : null]);
  });
  bRows.push(["本期合计", null, null, null, `借方${fRecs.length}笔，贷方${IN.length}笔`, dr / 100, crSum / 100, bal / 100, null, null]);
  bRows.push(["注：本明细仅供对账使用，以银行正式对账单为准。"]);
  assert(fRecs.length === 17 && fRecs.some((r) => !Number.isInteger(r.amount)), "l1 17 payments");
  assert(sumYuan(fRecs.map((r) => r.amount)) === dr / 100, "l1 payments add up");

  const ddRows = [["劳动技能", "务工状况", "与户主关系"], ["普通劳动力", "省外务工", "户主"], ["技能劳动力", "省内县外务工", "配偶"], ["丧失劳动力", "务农", "之子"],
    ["无劳动力", "未务工", "之女"], [null, "在校生", "之父"], [null, null, "之母"]];
  return {
    description:
      "惠州惠东县商务局的台账工作簿（村居、培训、贫困户、资金）。“村居树状表”是县民政局系统导出的树：一列名称靠全角空格缩进分层（县→镇街→村居），镇街行带“（社区9个、村5个）”不是村；居委会和村委会混排，村委会名称后加“★”的是省定贫困村（图例在表底）；平山街道有一个“撤村改居”的社区（备注写原村委会名），按社区计。“签到表汇编”是8期纸质签到表录入：每期标题行下一行写“培训时间：…”（2020年11月24日—25日取25日、“2021年1月12日（星期二）”“2021/3/16”“2021年4月27日上午”“21.8.10”，还有9月3日一期照录），签到表左右两栏并排（F列空），右栏末尾是印好序号但没人签的空行（不算），没有身份证号；每期后有“实到人数”行。“贫困户家庭成员”按户排列，户编号、户主姓名、家庭人口数、镇、村只写在户主那一行（合并），劳动技能分普通/技能劳动力（有劳动能力）、丧失劳动力/无劳动力，务工状况省外务工/省内县外务工算外出务工，务农/未务工/在校生不算，空白未知；有一个身份证号末位小写x，一个带空格。“专户流水”是银行账户交易明细：交易日期是8位数字，借方发生额才是支付，贷方的资金拨入和季度结息是收入，最后“本期合计”不是记录。“下拉选项”是隐藏的数据验证表。",
    sheets: [
      { name: "村居树状表", rows: vRows, merges: ["A1:B1", "A2:B2"] },
      { name: "签到表汇编", rows: tRows, merges: tMerges },
      { name: "贫困户家庭成员", rows: pRows, merges: pMerges },
      { name: "专户流水", rows: bRows, merges: ["A1:J1"] },
      { name: "下拉选项", rows: ddRows, hidden: true },
    ],
    expect: {
      sheets: {
        "村居树状表": { kind: "villages", records: vRecs },
        "签到表汇编": { kind: "training", records: tRecs },
        "贫困户家庭成员": { kind: "poorPersons", records: pRecs },
        "专户流水": { kind: "funds", records: fRecs },
        "下拉选项": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 江门鹤山市: stations by 挂牌批次, park enterprises as an event log, the site column copied from the web page, media
// grouped by level headings, monthly reports as a mail sent-box export, a 目录 sheet.
// =====================================================================================================
function buildL2() {
  const REGION = "440784";
  const towns = ["沙坪街道", "雅瑶镇", "古劳镇", "龙口镇", "桃源镇", "共和镇", "址山镇", "宅梧镇", "双合镇", "鹤城镇"];
  const newName = villageNamer("大小新旧东西南北上下三四五六黄白石龙凤莲水云青高", ["坑", "塘", "围", "田", "岗", "湾", "洞", "头", "边", "坪", "岭", "坡", "冲", "凹"]);
  // ---------------- stations by batch
  const batches = [
    { head: "第一批（2020年6月挂牌，共9个）", opened: "2020-06", n: 9 },
    { head: "第二批（2020年11月挂牌，共12个）", opened: "2020-11", n: 12 },
    { head: "第三批（2021年4月28日统一挂牌，共10个）", opened: "2021-04-28", n: 10 },
    { head: "第四批（2021年9月挂牌，共6个）", opened: "2021-09", n: 6 },
  ];
  const sRows = [["鹤山市村级电子商务服务站点建设台账（按挂牌批次）"],
    ["序号", "镇（街）", "村（社区）", "站点名称", "站点地址", "站长", "联系电话", "服务项目", "备注"]];
  const sMerges = ["A1:I1"];
  const sRecs = [];
  let no = 0;
  const SERV = ["代购代销、代收代寄", "代收代寄、代缴费", "代购代销、代缴费、小额取款"];
  batches.forEach((b, bi) => {
    sRows.push([b.head]);
    sMerges.push(`A${sRows.length}:I${sRows.length}`);
    for (let k = 0; k < b.n; k++) {
      no++;
      const town = towns[rint(1, towns.length - 1)];
      let v = newName();
      let vcell = k % 3 === 1 ? v.replace(/村$/, "村委会") : v;
      let note = null;
      let opened = b.opened;
      if (bi === 1 && k === 4) {
        v = "南门社区";
        vcell = "南门社区居委会";
      }
      if (bi === 1 && k === 8) {
        note = "场地改造，推迟至2021年1月挂牌";
        opened = "2021-01";
      }
      const t = bi === 1 && k === 4 ? "沙坪街道" : town;
      sRows.push([no, t, vcell, `鹤山市${t}${v.replace(/(村|社区)$/, "")}${v.endsWith("社区") ? "社区" : "村"}电商服务站`, `${t}${v}${rint(1, 99)}号`, personName(),
        mask(phone()), SERV[rint(0, 2)], note]);
      sRecs.push({ village: v, opened });
    }
  });
  sRows.push([`合计：${no}个（截至2021年9月）`]);
  sMerges.push(`A${sRows.length}:I${sRows.length}`);
  assert(sRecs.length === 37 && sRecs.filter((r) => r.opened === "2021-01").length === 1, "l2 stations");

  // ---------------- park enterprises as an event log
  const EV = [
    ["2020-10-09", "入驻", "鹤山市鹤城优品电子商务有限公司", "销售型", "A101"],
    ["2020-10-09", "入驻", "鹤山市古劳水乡网络科技有限公司", "平台型", "A102"],
    ["2020-10-20", "入驻", "江门市五邑通物流有限公司鹤山分公司", "物流企业", "B101"],
    ["2020-11-05", "入驻", "鹤山市红茶之乡电子商务有限公司", "销售型", "A103"],
    ["2020-11-18", "入驻", "鹤山市创播传媒有限公司", "电商运营商", "A201"],
    ["2020-12-02", "入驻", "鹤山市址山麻竹笋电商专业合作社", "销售型", "A104"],
    ["2020-12-16", "入驻", "鹤山市雅瑶花卉网店", "销售型", "A105"],
    ["2021-01-12", "入驻", "鹤山市云仓供应链管理有限公司", "物流企业", "B102"],
    ["2021-02-24", "入驻", "鹤山市双合粉葛电子商务有限公司", "销售型", "A106"],
    ["2021-03-10", "退园", "鹤山市雅瑶花卉网店", "销售型", "A105", "经营调整，退租"],
    ["2021-03-17", "入驻", "鹤山市数商科技有限公司", "电商运营商", "A202"],
    ["2021-04-07", "入驻", "鹤山市宅梧马水桔网络商行", "销售型", "A105"],
    ["2021-05-19", "入驻", "鹤山市乡村优选平台运营有限公司", "平台型", "A203"],
    ["2021-06-09", "入驻", "鹤山市龙口茶叶电子商务有限公司", "销售型", "A107"],
    ["2021-07-14", "入驻", "鹤山市桃源农家电商工作室", "销售型", "A108"],
    ["2021-08-18", "入驻", "鹤山市共和腊味电子商务有限公司", "销售型", "A109"],
    ["2021-09-08", "入驻", "鹤山市鹤山红直播基地有限公司", "电商运营商", "A204"],
    ["2021-09-22", "退园", "鹤山市创播传媒有限公司", "电商运营商", "A201", "迁往江门市区"],
  ];
  const codes = {};
  const eRows = [["鹤山市电子商务产业园企业入驻、退园登记"], ["序号", "登记日期", "变动类型", "企业名称", "统一社会信用代码", "企业类型", "房号", "备注"]];
  const eRecs = [];
  EV.forEach(([iso, kind, name, type, room, note], i) => {
    if (!codes[name]) codes[name] = creditCode(REGION);
    eRows.push([i + 1, i % 3 === 2 ? dotDate(iso) : D(iso), kind, name, codes[name], type, room, note || null]);
    if (kind === "入驻") eRecs.push({ name, type, entered: iso, left: null });
    else {
      const r = eRecs.find((x) => x.name === name);
      assert(r && !r.left, "l2 exit after entry");
      r.left = iso;
    }
  });
  assert(eRecs.length === 16 && eRecs.filter((r) => r.left).length === 2, "l2 enterprises");

  // ---------------- the government-site column copied from the web page
  const items = [["鹤山市电子商务进农村综合示范创建工作方案", "2019-12-16"], ["鹤山市电子商务进农村综合示范项目基本信息公示", "2020-03-20"],
    ["鹤山市电子商务进农村综合示范项目监督举报电话公告", "2020-03-20"], ["关于开展2021年“双品网购节”鹤山专场活动的通知", "2021-04-20"]];
  for (const m of monthsBetween("2020-04", "2021-08")) {
    const nm = monthsBetween(m, "2021-12")[1];
    const [y, mm] = ymd(m + "-01");
    items.push([`鹤山市电子商务进农村综合示范项目建设进度（${y}年${mm}月）`, `${nm}-${String(rint(3, 12)).padStart(2, "0")}`]);
  }
  items.sort((a, b) => (a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : 0));
  const per = 10;
  const pages = Math.ceil(items.length / per);
  const wRows = [];
  const wRecs = [];
  for (let p = 0; p < pages; p++) {
    wRows.push(["当前位置：首页 > 专题专栏 > 电子商务进农村综合示范"]);
    wRows.push(["电子商务进农村综合示范"]);
    for (const [title, iso] of items.slice(p * per, (p + 1) * per)) {
      wRows.push([`·${title}　　${iso}`]);
      wRecs.push({ date: iso });
    }
    wRows.push([`共${items.length}条　首页　上一页　下一页　尾页　第${p + 1}/${pages}页`]);
    wRows.push([]);
  }
  wRows.pop();
  assert(wRecs.length === 21 && pages === 3, "l2 web items " + wRecs.length);
  assert(items.some(([t, iso]) => t.includes("2021年7月") && iso.startsWith("2021-08")), "l2 titles name another month than the date");

  // ---------------- media grouped by level headings
  const mRows = [["鹤山市电子商务进农村宣传报道统计（2020年—2021年9月）"], ["序号", "日期", "媒体", "形式", "标题", "备注"]];
  const mMerges = ["A1:F1"];
  const mRecs = [];
  const groups = [
    ["一、中央及省级媒体（4篇）", [
      ["2020-12-08", "2020-12-08", "南方+客户端", "网络", "鹤山：电商服务站打通农村“最后一公里”", null, "province", false],
      ["2021-03-23", "2021-03-23", "南方日报", "报纸", "鹤山红茶搭上直播快车", null, "province", false],
      ["2021-05-18", "2021-05-18", "中央广播电视总台财经频道《第一时间》", "电视", "广东鹤山：脱贫户的粉葛卖上了网", "电商扶贫典型案例", "national", true],
      ["2021-09-13", "2021-09-13", "广东广播电视台新闻频道", "电视", "鹤山村级电商服务站实现全覆盖", null, "province", true]]],
    ["二、江门市级媒体（3篇）", [
      ["2020.10.21", "2020-10-21", "江门日报", "报纸", "鹤山首批村级电商服务站投入运营", null, "city", false],
      ["2021.4.6", "2021-04-06", "江门广播电视台《江门新闻》", "电视", "鹤山：电商培训进村 村民学直播", null, "city", true],
      ["2021.7.30", "2021-07-30", "“江门发布”微信公众号", "新媒体", "鹤山马水桔线上预售火爆", null, "city", false]]],
    ["三、鹤山本地媒体（4篇）", [
      ["2020年9月15日", "2020-09-15", "鹤山市融媒体中心《鹤山新闻》", "电视", "我市启动电子商务进农村综合示范创建", null, "county", true],
      ["2021年1月9日", "2021-01-09", "“今日鹤山”微信公众号", "新媒体", "年货节来了！鹤山农产品网上卖", null, "county", false],
      ["2021年6月2日", "2021-06-02", "鹤山市融媒体中心网站", "网络", "址山麻竹笋上线电商平台", null, "county", false],
      ["2021年8月19日", "2021-08-19", "鹤山市融媒体中心《鹤山新闻》", "电视", "电商服务站成了村民的“便民店”", null, "county", true]]],
  ];
  let mn = 0;
  for (const [head, list] of groups) {
    mRows.push([head]);
    mMerges.push(`A${mRows.length}:F${mRows.length}`);
    for (const [cell, iso, media, form, title, note, level, tv] of list) {
      mn++;
      mRows.push([mn, cell.includes("-") ? D(cell) : cell, media, form, title, note]);
      mRecs.push({ date: iso, level, tv });
    }
  }
  assert(mRecs.length === 11, "l2 media");

  // ---------------- monthly reports: mail sent-box export (newest first)
  const reps = [];
  for (const m of monthsBetween("2020-06", "2021-08")) {
    const nm = monthsBetween(m, "2021-12")[1];
    const iso = `${nm}-${String(rint(3, 9)).padStart(2, "0")}`;
    reps.push({ m, iso, poverty: m >= "2020-10" });
  }
  const dec = reps.find((r) => r.m === "2020-12");
  reps.push({ m: "2020-12", iso: isoAdd(dec.iso, 1), poverty: true, resend: true });
  reps.sort((a, b) => (a.iso < b.iso ? 1 : a.iso > b.iso ? -1 : 0));
  const rRows = [["主题", "发件人", "收件人", "发送时间", "附件", "大小"]];
  const rRecs = [];
  for (const r of reps) {
    const [y, mm] = ymd(r.m + "-01");
    const subj = r.resend ? `鹤山市${y}年${mm}月电子商务进农村工作月报（更正版，请以此为准）` : `鹤山市${y}年${mm}月电子商务进农村工作月报`;
    const att = [`鹤山市${y}年${mm}月电子商务进农村工作月报.docx`];
    if (r.poverty) att.push(`电商扶贫情况统计表（${mm}月）.xlsx`);
    rRows.push([subj, "鹤山市商务局电商股", "江门市商务局电子商务科", `${r.iso} ${hms().slice(0, 5)}`, att.join("；"), `${rint(60, 900)}KB`]);
    rRecs.push({ date: r.iso, poverty: r.poverty });
  }
  assert(rRecs.length === 16 && rRecs.filter((r) => !r.poverty).length === 4, "l2 reports");

  const toc = [["鹤山市电子商务进农村综合示范台账目录"], ["序号", "工作表", "内容", "责任人"], [1, "站点台账（按批次）", "村级电商服务站点", "电商股"],
    [2, "入驻企业变动登记", "产业园企业入驻、退园", "产业园管理办"], [3, "专栏网页（复制）", "市政府网专栏发布列表（自网页复制）", "办公室"],
    [4, "宣传报道统计", "各级媒体报道", "办公室"], [5, "月报邮件记录", "向江门市商务局报送月报的邮件（自邮箱“已发送”导出）", "电商股"]];
  return {
    description:
      "江门鹤山市商务局台账工作簿。“目录”不是台账。“站点台账（按批次）”没有日期列：挂牌时间写在批次标题行（“第一批（2020年6月挂牌，共9个）”“第三批（2021年4月28日统一挂牌，共10个）”，第四批2021年9月也照录），第二批有一站备注“场地改造，推迟至2021年1月挂牌”取2021年1月，另有一个社区站；村名有“××村”“××村委会”两种。“入驻企业变动登记”是事件流水：一行一次入驻或退园，按企业归并成一条记录（退园的两家：雅瑶花卉网店2021-03-10、创播传媒2021-09-22），同一房号后来换了企业。“专栏网页（复制）”是从市政府网专栏列表页逐页复制的：标题和发布日期在同一格（“·…建设进度（2021年7月）　　2021-08-06”，标题里的月份不是发布日期），夹着“当前位置”面包屑、栏目名和“共21条…第1/3页”分页行，新的在前。“宣传报道统计”没有级别列，级别看分组标题（一、中央及省级：南方+、南方日报、广东台为省级，中央广播电视总台为国家级；二、江门市级；三、鹤山本地即县级），形式有电视/报纸/网络/新媒体。“月报邮件记录”是邮箱“已发送”导出，按发送时间倒序，日期取发送时间；附件里有“电商扶贫情况统计表”的算含扶贫统计，最早的4封（2020年6—9月月报）没有这个附件（不含）；12月月报次日又发了一封更正版（也是一次报送）。",
    sheets: [
      { name: "目录", rows: toc, merges: ["A1:D1"] },
      { name: "站点台账（按批次）", rows: sRows, merges: sMerges },
      { name: "入驻企业变动登记", rows: eRows, merges: ["A1:H1"] },
      { name: "专栏网页（复制）", rows: wRows },
      { name: "宣传报道统计", rows: mRows, merges: mMerges },
      { name: "月报邮件记录", rows: rRows },
    ],
    expect: {
      sheets: {
        "目录": { kind: null },
        "站点台账（按批次）": { kind: "stations", records: sRecs },
        "入驻企业变动登记": { kind: "enterprises", records: eRecs },
        "专栏网页（复制）": { kind: "disclosures", records: wRecs },
        "宣传报道统计": { kind: "media", records: mRecs },
        "月报邮件记录": { kind: "reports", records: rRecs },
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
assert(txt(c1).includes("┋") && txt(c1).includes("(空)") && txt(c1).includes("已退回") && txt(c1).includes("44447"), "c1 text");
assert(txt(f1).includes("布尔（1是0否）") && txt(f1).includes("已退回") && txt(f1).includes("1321000"), "f1 text");
assert(txt(f2).includes("26.12→28.05") && txt(f2).includes("原12,406，改9,871") && txt(f2).includes("１５００"), "f2 text");
assert(txt(f3).includes("2021年1—8月") && txt(f3).includes("县委副书记、县长"), "f3 text");
assert(txt(l1).includes("★") && txt(l1).includes("撤村改居") && txt(l1).includes("结息"), "l1 text");
assert(txt(l2).includes("推迟至2021年1月") && txt(l2).includes("第1/3页") && txt(l2).includes("更正版"), "l2 text");

write("counties", "b150-c1-xinxing.json", c1);
write("facts", "b150-f1-gaozhou.json", f1);
write("facts", "b150-f2-leizhou.json", f2);
write("facts", "b150-f3-fengkai.json", f3);
write("ledgers", "b150-l1-huidong.json", l1);
write("ledgers", "b150-l2-heshan.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
