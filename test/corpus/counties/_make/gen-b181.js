// Batch 181 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b180.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (181181), no clock. Run: node test/corpus/_b181/gen-b181.js
//
// c1 曲江区 (韶关): facts on the printed 档案盒盒脊标签 (one spine per column, spacer columns, “标签：值” lines); villages from the
//    文广旅体局 culture-centre table (镇文化站 rows between); an 8月31日 station decides 68/96, a lower-case x decides 25/50 poor
//    trainees, an 8月31日 leaver keeps 20 firms, an 8月31日 payment lifts 69.5% to 72.5% (万元); 1—2月 reports merged in March.
// f1 花都区 (广州): a third-party evaluator's 《访谈记录表》 in three interviewee blocks (问题 | 回答要点 | 核实情况 | 索引); facts only
//    in the answers (targets sit in the questions, the evaluator's checks are not answers), self-scores in one answer sentence.
// f2 麻章区 (湛江): the bureau's reply to a 区人大代表 suggestion — 红头, numbered paragraphs with the facts, the 代表's targets quoted,
//    an embedded 附表, 抄送 and the 代表意见回执 with ☑ (satisfaction, not facts); no self-scores.
// f3 清城区 (清远): “一项一表” — a 目录 and nine small sheets each in its own shape (label|value, a 领导小组 roster, a ✓/✗ strip,
//    one sentence, a year × indicator matrix, label|unit|value, a √/× list, 万元 money, vetoes + 主观分 + 逐项自评).
// l1 惠阳区 (惠州): 说明; the 水务局 供水 table as villages (小计 rows, no express); a 挂牌日历 (month blocks, week rows, day cells
//    “day + event lines”, only ▲ is a station); payments as a date × 承建单位 matrix (元); 外宣 with √ columns for level and form.
// l2 茂南区 (茂名): 封面; 省定贫困村 PV-station ledger (non-poor villages' stations appended below); sign-in printed in two halves
//    side by side per session; poor persons as ✓ grids; a 月报 “通知—报送” table where only 实际报送日期 is a report.
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
function colIndex(letters) {
  // "A" -> 1, "Z" -> 26, "AA" -> 27 (1-based)
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
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
let seed = 181181;
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
    // every merge a valid A1 range inside the sheet (rows and columns from 1), no two merges overlapping
    const maxCols = Math.max(...sh.rows.map((r) => r.length));
    const boxes = [];
    for (const m of sh.merges || []) {
      const mm = /^([A-Z]{1,3})([1-9]\d*):([A-Z]{1,3})([1-9]\d*)$/.exec(m);
      assert(mm, file + "/" + sh.name + ": bad merge " + m);
      const c0 = colIndex(mm[1]);
      const r0 = Number(mm[2]);
      const c1 = colIndex(mm[3]);
      const r1 = Number(mm[4]);
      assert(r0 <= r1 && c0 <= c1 && (r0 < r1 || c0 < c1), file + "/" + sh.name + ": merge not a proper range " + m);
      assert(r1 <= sh.rows.length, file + "/" + sh.name + ": merge below the last row " + m + " (rows " + sh.rows.length + ")");
      assert(c1 <= maxCols, file + "/" + sh.name + ": merge right of the last column " + m + " (cols " + maxCols + ")");
      for (const b of boxes) {
        const overlap = !(r1 < b.r0 || r0 > b.r1 || c1 < b.c0 || c0 > b.c1);
        assert(!overlap, file + "/" + sh.name + ": merges overlap " + m + " / " + b.m);
      }
      boxes.push({ m, r0, r1, c0, c1 });
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
    assert(/^b181-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b181-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b181-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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


// ---------------------------------------------------------------- extra helpers (batch 168)
function dashNoPad(iso) {
  const [y, m, d] = ymd(iso);
  return `${y}-${m}-${d}`;
}
function exportTime(iso, t) {
  // WPS/Excel export style "2020/11/3 10:22:15"
  return `${slashDate(iso)} ${t}`;
}
function periodList(nums) {
  // 期次 as a clerk writes them: 第3、9期
  return nums.length === 1 ? `第${nums[0]}期` : `第${nums.join("、")}期`;
}
function ydNum(iso) {
  // yyyymmdd as a number
  return Number(iso.replace(/-/g, ""));
}
function lngLat(lo0, lo1, la0, la1) {
  return [Number((lo0 + rnd() * (lo1 - lo0)).toFixed(6)), Number((la0 + rnd() * (la1 - la0)).toFixed(6))];
}
function noStemClash(villages, comms, where) {
  // a village and a community must not share a stem (东安村 / 东安社区 would read as one place)
  const stem = (x) => x.replace(/村民委员会$|村委会$|村$|社区居委会$|社区居民委员会$|社区$/, "");
  const vs = new Set(villages.map(stem));
  for (const c of comms) assert(!vs.has(stem(c)), where + ": village/community stem clash " + c);
  assert(vs.size === villages.length, where + ": village stems unique");
}
function checkTrainingIds(recs, where) {
  for (const r of recs) {
    if (r.id === null || r.id === undefined) continue;
    assert(idValid(r.id) || /^\d{6}\*+\d{3}[\dX]$/.test(r.id), where + ": bad training id " + r.id);
  }
}


// ---------------------------------------------------------------- extra helpers (batch 170)
function nameMaker(A, B, suffix, avoid) {
  const used = new Set();
  return () => {
    for (let k = 0; k < 10000; k++) {
      const s = A[rint(0, A.length - 1)] + B[rint(0, B.length - 1)] + suffix;
      if (s[0] === s[1] || used.has(s) || (avoid && avoid.some((p) => s.startsWith(p)))) continue;
      used.add(s);
      return s;
    }
    throw new Error("nameMaker exhausted");
  };
}
function dateCell(iso, f) {
  // one of the ways a clerk types a date
  switch (f % 6) {
    case 0: return D(iso);
    case 1: return cnDate(iso);
    case 2: return dotDate(iso);
    case 3: return slashDate(iso);
    case 4: return excelSerial(iso);
    default: return dashNoPad(iso);
  }
}
function padRow(cells, n) {
  while (cells.length < n) cells.push(null);
  return cells;
}




// ---------------------------------------------------------------- extra helpers (batch 180)
function quarterText(iso) {
  // "2020年第四季度": a quarter, read at its end month
  const [y, m] = ymd(iso);
  return `${y}年第${["一", "二", "三", "四"][Math.floor((m - 1) / 3)]}季度`;
}
function quarterEnd(iso) {
  const [y, m] = ymd(iso);
  const qm = Math.floor((m - 1) / 3) * 3 + 3;
  return `${y}-${String(qm).padStart(2, "0")}`;
}
function letterBlock(rows, merges, width, spec) {
  // one letter: block label, title, 文号, 称谓, paragraphs, optional small table, signature, date, spacer
  const last = colName(width - 1);
  const full = (t) => {
    rows.push(padRow([t], width));
    merges.push(`A${rows.length}:${last}${rows.length}`);
  };
  full(spec.label);
  full(spec.title);
  if (spec.no) full(spec.no);
  full(spec.to);
  for (const p of spec.body) full(p);
  if (spec.table) {
    for (const r of spec.table) rows.push(padRow(r.slice(), width));
  }
  for (const p of spec.after || []) full(p);
  rows.push(padRow([null, null, null, null, spec.sign], width));
  merges.push(`E${rows.length}:${last}${rows.length}`);
  rows.push(padRow([null, null, null, null, spec.date], width));
  merges.push(`E${rows.length}:${last}${rows.length}`);
  rows.push(padRow([], width));
}


// ---------------------------------------------------------------- extra helpers (batch 181)
function pad2(n) {
  return String(n).padStart(2, "0");
}
function stemOf(v) {
  return v.replace(/村民委员会$|村委会$|村$|社区居民委员会$|社区居委会$|居委会$|社区$/, "");
}
function villageVariant(v, k) {
  // the same village written three ways
  const s = stemOf(v);
  return [v, `${s}村委会`, `${s}村民委员会`][k % 3];
}

// =====================================================================================================
// c1 — 韶关曲江区: whole workbook; facts on the printed archive-box spine labels
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "440205";
  const TOWNS = [["马坝镇", 15, 8], ["大塘镇", 12, 1], ["枫湾镇", 10, 1], ["小坑镇", 8, 1], ["沙溪镇", 9, 1], ["乌石镇", 11, 1],
    ["樟市镇", 11, 1], ["白土镇", 12, 0], ["罗坑镇", 8, 0]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("大小新上下东西南北塘岭坪岗龙黄石", ["田", "岭", "坑", "塘", "坪", "陂", "湾", "头", "岗", "围", "洞", "坝", "江", "背"], "村", prefixes);
  const cName = nameMaker("城康阳华工矿林兴", ["北", "南", "中", "园", "苑", "丰", "安"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  assert(admin.length === 96 && comms.length === 14, "c1 96 villages + 14 communities");
  noStemClash(admin, comms, "c1");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const adminSet = new Set(admin);
  const poor = shuffle(admin).slice(0, 12);
  const poorSet = new Set(poor);
  const nonPoor = shuffle(admin.filter((v) => !poorSet.has(v)));
  const noExp = nonPoor[70];

  // ---------------- 村居名单: the 文广旅体局's 综合性文化服务中心 table
  const vRows = [["曲江区村（社区）综合性文化服务中心建设情况统计表"],
    ["填报单位：曲江区文化广电旅游体育局　　统计时间：2021年6月30日　　（“快递进村”列由区商务局电商股补填：√已通、×未通，社区不填）"],
    ["序号", "镇", "名称", "类别", "中心（站）名称", "建筑面积（㎡）", "达标情况", "是否省定贫困村", "快递进村"]];
  const vMerges = ["A1:I1", "A2:I2"];
  let vsq = 0;
  let vk = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    vRows.push([null, x.t, `${x.t}（镇级）`, "镇级文化站", `${x.t}综合文化站`, rint(600, 1200), "达标", "—", "—"]);
    const members = shuffle(x.vs.map((v) => ({ v, a: true }))).concat(x.cs.map((c) => ({ v: c, a: false })));
    for (const m of members) {
      if (m.a) {
        const nm = villageVariant(m.v, vk++);
        vRows.push([++vsq, null, nm, "行政村", `${stemOf(m.v)}村综合性文化服务中心`, rint(120, 420), rnd() < 0.85 ? "达标" : "未达标",
          poorSet.has(m.v) ? "是" : "否", m.v === noExp ? "×" : "√"]);
      } else {
        vRows.push([++vsq, null, vk++ % 2 ? `${m.v}居委会` : m.v, "社区", `${stemOf(m.v)}社区综合性文化服务中心`, rint(150, 380), "达标", "—", null]);
      }
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push([`合计：行政村${admin.length}个，社区${comms.length}个，其中省定贫困村${poor.length}个；另有镇综合文化站${towns.length}个。`]);
  vMerges.push(`A${vRows.length}:I${vRows.length}`);
  vRows.push(["注：“镇级文化站”行是镇综合文化站，不是村（社区）。"]);
  vMerges.push(`A${vRows.length}:I${vRows.length}`);
  assert(vsq === 110, "c1 110 村居 rows");

  // ---------------- 站点台账
  const poorLate = poor[0];
  const coveredPoor = poor.slice(1);
  const coveredNon = nonPoor.slice(0, 57).filter((v) => v !== noExp);
  while (coveredNon.length < 57) coveredNon.push(nonPoor[57 + coveredNon.length - 56]);
  assert(coveredNon.length === 57 && !coveredNon.includes(noExp), "c1 57 non-poor covered");
  const sepNon = nonPoor.find((v) => !coveredNon.includes(v) && v !== noExp);
  const cutDay = coveredNon[0];
  const monthOnly = coveredNon[1];
  const second = coveredNon[2];
  const fullName = coveredNon[3];
  const commSt = comms[2];
  const stations = [];
  for (const v of coveredPoor.concat(coveredNon)) {
    let op = randIsoBetween("2020-06-10", "2021-08-25");
    let cell = null;
    if (v === cutDay) {
      op = CUT;
      cell = "2021年8月31日";
    } else if (v === monthOnly) {
      op = "2020-12";
      cell = "2020年12月";
    }
    stations.push({ v, op, cell, note: null });
  }
  stations.push({ v: second, op: randIsoBetween("2021-04-01", "2021-07-30"), cell: null, note: "本村第二个站点（邮政便民服务点加挂）" });
  stations.push({ v: poorLate, op: "2021-09-03", cell: null, note: "省定贫困村，9月挂牌" });
  stations.push({ v: sepNon, op: "2021-09-15", cell: null, note: null });
  stations.push({ v: commSt, op: randIsoBetween("2020-10-01", "2021-05-30"), cell: null, note: "社区电商服务点" });
  const sRows = [["曲江区村级电子商务服务站点台账"], ["（区商务局电商股　登记至2021年9月15日）"],
    ["序号", "站点名称", "所在村（社区）", "地址", "站长", "联系电话", "挂牌时间", "备注"]];
  const sMerges = ["A1:H1", "A2:H2"];
  let sq = 0;
  let fi = 0;
  TOWNS.forEach(([t], ti) => {
    const here = stations.filter((s) => townOf[s.v] === t).sort((a, b) => cmp(a.op, b.op));
    sRows.push([`${CN_NUM[ti + 1]}、${t}（${here.length}个）`, null, null, null, null, null, null, null]);
    sMerges.push(`A${sRows.length}:H${sRows.length}`);
    here.forEach((s, k) => {
      const isComm = !adminSet.has(s.v);
      let vcell = isComm ? s.v : k % 4 === 1 ? `${stemOf(s.v)}村委会` : s.v;
      if (s.v === fullName) vcell = `${stemOf(s.v)}村民委员会`;
      const f = fi++;
      const dcell = s.cell !== null ? s.cell : f % 7 === 6 ? twoDot(s.op) : dateCell(s.op, f);
      const name = isComm ? `${stemOf(s.v)}社区电商服务点` : s.note && s.note.includes("第二") ? `${stemOf(s.v)}村邮政电商便民点` : `${stemOf(s.v)}村电商服务站`;
      sRows.push([++sq, name, vcell, `曲江区${t}${stemOf(s.v)}${isComm ? "社区" : "村"}${rint(1, 60)}号`, personName(), mask(phone()), dcell, s.note]);
    });
  });
  sRows.push([null, "合计", `${stations.length}个站点`, null, null, null, null, null]);
  sRows.push(["注：挂牌时间以镇政府授牌记录为准；只登记到月的按当月。", null, null, null, null, null, null, null]);
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  const openedBy = (s) => s.op <= CUT;
  const covered = new Set(stations.filter((s) => adminSet.has(s.v) && openedBy(s)).map((s) => s.v));
  const coveredP = [...covered].filter((v) => poorSet.has(v));
  assert(covered.size === 68 && ratioGE(68, 96, 70) && !ratioGE(67, 96, 70), "c1 68/96 = 70.8% → 5, 67/96 → 2");
  assert(coveredP.length === 11 && ratioGE(11, 12, 80) && !ratioGE(11, 12, 100), "c1 poor 11/12 → 3");

  // ---------------- 脱贫人口名单
  const plan = shuffle([].concat(Array(50).fill("E"), Array(18).fill("M"), Array(12).fill("N")));
  const persons = [];
  const pRows = [["曲江区脱贫人口（建档立卡）劳动力情况名单（节选：大塘、樟市、罗坑三镇）"],
    ["（区乡村振兴局2021年7月提供。劳动能力：普通劳动力、技能劳动力、弱劳动力为有劳动能力；务工情况：县外务工、省外务工为外出务工）"],
    ["序号", "户主", "姓名", "与户主关系", "身份证号", "劳动能力", "务工情况", "所在村"]];
  const pMerges = ["A1:H1", "A2:H2"];
  const pvill = towns.filter((x) => ["大塘镇", "樟市镇", "罗坑镇"].includes(x.t)).flatMap((x) => x.vs);
  let ci = 0;
  let xDone = false;
  while (ci < plan.length) {
    const size = Math.min(plan.length - ci, rint(2, 5));
    const codes = plan.slice(ci, ci + size);
    ci += size;
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    const vil = pvill[rint(0, pvill.length - 1)];
    const r0 = pRows.length + 1;
    let head = null;
    codes.forEach((c, j) => {
      const male = j === 0 ? rnd() < 0.75 : rnd() < 0.5;
      const birth = c === "N" ? birthBetween(1936, 1958) : birthBetween(1966, 2000);
      const wantX = !xDone && c === "E" ? true : undefined;
      const id = makeId(REGION, birth, male, wantX);
      if (wantX) xDone = true;
      const name = j === 1 ? personName() : personName(sn);
      if (j === 0) head = name;
      const rel = j === 0 ? "户主" : j === 1 ? "配偶" : c === "N" ? (male ? "之父" : "之母") : male ? "之子" : "之女";
      let lab;
      let work;
      if (c === "E") {
        lab = ["普通劳动力", "技能劳动力", "弱劳动力"][rint(0, 2)];
        work = ["在家务农", "县内务工", "本镇务工", "在家务农"][rint(0, 3)];
      } else if (c === "M") {
        lab = ["普通劳动力", "技能劳动力"][rint(0, 1)];
        work = [`县外务工（${["广州", "深圳", "东莞", "佛山"][rint(0, 3)]}）`, `省外务工（${["湖南", "浙江", "福建"][rint(0, 2)]}）`][rint(0, 1)];
      } else {
        lab = ["丧失劳动力", "无劳动力"][rint(0, 1)];
        work = "—";
      }
      persons.push({ id, name, c, vil });
      pRows.push([persons.length, j === 0 ? head : null, name, rel, id, lab, work, j === 0 ? vil : null]);
    });
    mergeCol(pMerges, "B", r0, pRows.length);
    mergeCol(pMerges, "H", r0, pRows.length);
  }
  const E = persons.filter((p) => p.c === "E");
  const M = persons.filter((p) => p.c === "M");
  const N = persons.filter((p) => p.c === "N");
  assert(E.length === 50 && M.length === 18 && N.length === 12 && xDone, "c1 roster 50/18/12");
  const xPerson = E.find((p) => p.id.endsWith("X"));
  assert(xPerson, "c1 an eligible X id");

  // ---------------- 脱贫户专场签到 (person rows, not included in the 开班登记 person-times)
  const SP = [["第一期", "2020-11-19", "2020年11月19日", "农村电商基础（脱贫户专场）"], ["第二期", "2021-03-25", "2021.3.25", "网店开设与运营（脱贫户专场）"],
    ["第三期", "2021-06-17", D("2021-06-17"), "短视频与直播带货（脱贫户专场）"], ["第四期", "2021-09-09", "2021年9月9日", "农产品包装与寄递（脱贫户专场）"]];
  const trainedE = shuffle(E.filter((p) => p !== xPerson)).slice(0, 24).concat([xPerson]);
  const restE = E.filter((p) => !trainedE.includes(p));
  const lateE = restE.slice(0, 2);
  const att = [[], [], [], []];
  trainedE.forEach((p, k) => att[p === xPerson ? 1 : k % 3].push({ p, how: p === xPerson ? "lx" : null }));
  att[2].push({ p: trainedE[0], how: null }); // trained twice
  att[1][0].how = att[1][0].how || "space";
  M.slice(0, 3).forEach((p, k) => att[k].push({ p, how: null }));
  N.slice(0, 2).forEach((p, k) => att[k + 1].push({ p, how: null }));
  const outsiders = Array.from({ length: 6 }, () => ({ id: makeId(REGION, birthBetween(1970, 1998), rnd() < 0.5), name: personName(), c: "O", vil: pvill[rint(0, pvill.length - 1)] }));
  outsiders.slice(0, 4).forEach((p, k) => att[k % 3].push({ p, how: null }));
  lateE.forEach((p) => att[3].push({ p, how: null }));
  att[3].push({ p: trainedE[5], how: null });
  outsiders.slice(4).forEach((p) => att[3].push({ p, how: null }));
  const gRows = [["曲江区脱贫户电商培训专场签到表"], ["（区电商公共服务中心；本表为脱贫户专场，学员人次未计入《培训开班登记》，统计培训人次时两表相加）"],
    ["期次", "培训日期", "培训内容", "序号", "姓名", "身份证号", "所在村", "是否脱贫户", "签名"]];
  const gMerges = ["A1:I1", "A2:I2"];
  let signPre = 0;
  let signSep = 0;
  SP.forEach(([no, iso, dcell, topic], si) => {
    const list = shuffle(att[si]);
    const r0 = gRows.length + 1;
    list.forEach(({ p, how }, k) => {
      let idc = p.id;
      if (how === "lx") idc = p.id.slice(0, 17) + "x";
      if (how === "space") idc = spacedId(p.id);
      gRows.push([k === 0 ? no : null, k === 0 ? dcell : null, k === 0 ? topic : null, k + 1, p.name, idc, p.vil, p.c === "O" ? "否" : "是", "（签名）"]);
    });
    mergeCol(gMerges, "A", r0, gRows.length);
    mergeCol(gMerges, "B", r0, gRows.length);
    mergeCol(gMerges, "C", r0, gRows.length);
    if (iso <= CUT) signPre += list.length;
    else signSep += list.length;
  });
  const trainedIds = new Set();
  SP.forEach(([, iso], si) => {
    if (iso > CUT) return;
    for (const { p } of att[si]) if (p.c === "E") trainedIds.add(p.id);
  });
  assert(trainedIds.size === 25 && ratioGE(25, 50, 50) && !ratioGE(24, 50, 50), "c1 25/50 = 50% → 10; without the x id 48% → 8");
  assert(signPre === 35 && signSep === 5, "c1 sign-in rows " + signPre + "/" + signSep);

  // ---------------- 培训开班登记 (sessions)
  const POP = 298140;
  const sess = [];
  const TOP = ["农村电商基础知识", "网店开设与装修", "农产品摄影与美工", "直播带货实操", "短视频营销", "微信营销", "电商客服与售后", "农产品品牌打造",
    "跨境电商入门", "电商物流与包装", "社群团购运营", "电商创业孵化"];
  const baseDates = ["2020-09-17", "2020-10-15", "2020-10-29", "2020-11-26", "2020-12-10", "2020-12-24", "2021-01-14", "2021-03-11", "2021-03-30",
    "2021-04-15", "2021-04-28", "2021-05-13", "2021-05-27", "2021-06-10", "2021-06-24", "2021-07-08", "2021-07-22", "2021-08-05", "2021-08-19"];
  baseDates.forEach((d) => sess.push({ d, n: rint(110, 190), topic: TOP[rint(0, TOP.length - 1)] }));
  const targetPre = 2918 - signPre;
  let diff = targetPre - sum(sess.map((s) => s.n));
  for (let j = 0; diff !== 0; j++) {
    const s = sess[j % sess.length];
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 9);
    if (s.n + st < 60 || s.n + st > 240) continue;
    s.n += st;
    diff -= st;
  }
  assert(sum(sess.map((s) => s.n)) === targetPre, "c1 sessions sum");
  const tRows = [["曲江区农村电商培训开班登记（普及培训）"], ["（区电商公共服务中心　“实到人次”以签到表为准；脱贫户专场另表登记）"],
    ["期次", "培训日期", "培训主题", "培训地点", "计划人数", "实到人次", "其中：脱贫人口", "备注"]];
  const tMerges = ["A1:H1", "A2:H2"];
  const PLACES = ["区电商公共服务中心", "马坝镇党群服务中心", "大塘镇文化站", "樟市镇政府会议室", "乌石镇文化站", "白土镇党群服务中心"];
  let pno = 0;
  const rangeIdx = new Set([4, 11]);
  sess.forEach((s, j) => {
    pno++;
    let dcell = dateCell(s.d, j);
    if (rangeIdx.has(j)) {
      const start = isoAdd(s.d, -1);
      dcell = j === 4 ? `${dotDate(start)}-${ymd(s.d)[2]}` : `${cnDate(start)}—${ymd(s.d)[2]}日`;
    }
    tRows.push([`第${pno}期`, dcell, s.topic, PLACES[j % PLACES.length], s.n + rint(0, 20), j === 7 ? `${s.n}人次` : j === 13 ? fullWidth(String(s.n)) : s.n, rint(3, 15), null]);
    if (j === 6) {
      pno++;
      tRows.push([`第${pno}期`, "2021.1.28", "年货节直播专题", "区电商公共服务中心", 120, "—", null, "疫情防控取消"]);
    }
  });
  const sepSess = [{ cell: "2021.8.30-9.1", d: "2021-09-01", n: 126, topic: "电商创业孵化（三天班）" }, { cell: D("2021-09-08"), d: "2021-09-08", n: 98, topic: "农产品品牌打造" }];
  sepSess.forEach((s) => {
    pno++;
    tRows.push([`第${pno}期`, s.cell, s.topic, "区电商公共服务中心", s.n + 10, s.n, rint(3, 9), null]);
  });
  const sessPre = sum(sess.map((s) => s.n));
  const sessSep = sum(sepSess.map((s) => s.n));
  tRows.push(["合计", null, null, null, null, sessPre + sessSep, null, null]);
  tMerges.push(`A${tRows.length}:E${tRows.length}`);
  const ptPre = sessPre + signPre;
  const ptAll = ptPre + sessSep + signSep;
  assert(ptPre === 2918 && ptPre * 1000 >= POP * 8 && !ratioGE(ptPre, POP, 1), "c1 2,918 / 298,140 = 0.979% → 8");
  assert(ratioGE(ptAll, POP, 1), "c1 with September ≥ 1%");

  // ---------------- 入驻企业
  const FIRMS = [["韶关市曲江区粤北优选电子商务有限公司", "平台型"], ["韶关市曲江区马坝油粘米网络科技有限公司", "平台型"], ["韶关市曲江区乡淘汇电子商务有限公司", "平台型"],
    ["韶关市曲江区大塘香芋电商商行", "销售型"], ["韶关市曲江区樟市农家土特产网店", "销售型"], ["韶关市曲江区罗坑茶叶电子商务有限公司", "销售型"],
    ["韶关市曲江区白土腐竹网店", "销售型"], ["韶关市曲江区枫湾蜂蜜电商商行", "销售型"], ["韶关市曲江区小坑山货网店", "销售型"],
    ["韶关市曲江区沙溪柑橘电子商务有限公司", "销售型"], ["韶关市曲江区乌石黄豆电商商行", "销售型"], ["韶关市曲江区南华特产电子商务有限公司", "销售型"],
    ["韶关市曲江区粤商电商运营服务有限公司", "电商运营商"], ["韶关市曲江区云帆代运营工作室", "电商运营商"], ["韶关市曲江区农创电商服务有限公司", "电商运营商"],
    ["韶关市曲江区速达物流有限公司", "物流企业"], ["中国邮政集团有限公司韶关市曲江区分公司电商仓", "物流企业"], ["韶关市曲江区冷链通仓储有限公司", "物流企业"],
    ["韶关市曲江区星火直播传媒有限公司", "直播电商"], ["韶关市曲江区山里人直播电商有限公司", "直播电商"],
    ["韶关市曲江区马坝鲜果网店", "销售型"], ["韶关市曲江区曲韵文创电商商行", "销售型"], ["韶关市曲江区丹霞优品电子商务有限公司", "平台型"]]
    .map(([n, t]) => ({ n, t, code: creditCode(REGION) }));
  const leftEarly = [FIRMS[20], FIRMS[21]];
  const sepIn = FIRMS[22];
  const left831 = FIRMS[7];
  const movedF = FIRMS[4];
  const eRows = [["曲江区电子商务产业园（马坝电商产业园）入驻企业名单"], ["（园区运营中心　更新至2021年9月10日）"],
    ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "房号", "备注"]];
  const eMerges = ["A1:H1", "A2:H2"];
  const ent = {};
  FIRMS.forEach((f) => (ent[f.code] = f === sepIn ? "2021-09-06" : randIsoBetween("2020-06-15", "2021-05-31")));
  ent[leftEarly[0].code] = "2020-07-20";
  ent[leftEarly[1].code] = "2020-09-10";
  const order = FIRMS.slice().sort((a, b) => cmp(ent[a.code], ent[b.code]));
  let en = 0;
  const moveDate = isoAdd(ent[movedF.code], 120) < "2021-08-20" ? isoAdd(ent[movedF.code], 120) : "2021-08-02";
  for (const f of order) {
    const out = f === leftEarly[0] ? "2021-03-31" : f === leftEarly[1] ? "2021-06-30" : f === left831 ? CUT : null;
    const outCell = out === null ? null : out === CUT ? "2021.8.31" : en % 2 ? cnDate(out) : D(out);
    const room = `${["A", "B"][rint(0, 1)]}座${rint(1, 3)}${pad2(rint(1, 18))}`;
    eRows.push([++en, f.n, f.code, f.t, dateCell(ent[f.code], en), outCell, f === movedF ? `A座1${pad2(rint(1, 9))}` : room,
      out === CUT ? "租期届满，8月31日退园" : out ? "退园" : f === sepIn ? "9月新入驻" : null]);
  }
  eRows.push([++en, movedF.n, movedF.code, movedF.t, dateCell(moveDate, 2), null, "B座205", "由A座迁至B座205，续签合同"]);
  const inPark = new Set();
  for (const f of FIRMS) {
    const out = f === leftEarly[0] ? "2021-03-31" : f === leftEarly[1] ? "2021-06-30" : f === left831 ? CUT : null;
    if (ent[f.code] <= CUT && (out === null || out >= CUT)) inPark.add(f.code);
  }
  const inTypes = new Set(FIRMS.filter((f) => inPark.has(f.code)).map((f) => f.t));
  assert(eRows.length - 3 === 24 && inPark.size === 20 && inPark.has(left831.code) && inTypes.size === 5, "c1 20 firms in the park, 5 types");

  // ---------------- 资金拨付台账（万元）
  const PAYS = [["2020-07-20", "区电商公共服务中心建设（首期）", "韶关市曲江区粤商电商运营服务有限公司", 85], ["2020-09-28", "村级站点建设（首期）", "中国邮政集团有限公司韶关市曲江区分公司", 60],
    ["2020-11-16", "农村电商人才培训（首期）", "韶关市曲江区职业技术学校", 18.6], ["2020-12-30", "镇村物流配送体系（首期）", "韶关市曲江区速达物流有限公司", 42],
    ["2021-01-22", "区电商公共服务中心建设（进度款）", "韶关市曲江区粤商电商运营服务有限公司", 55], ["2021-03-12", "村级站点建设（二期）", "中国邮政集团有限公司韶关市曲江区分公司", 38.5],
    ["2021-04-26", "农产品品牌培育及推广", "韶关市曲江区南华品牌策划有限公司", 16.8], ["2021-05-31", "冷链及溯源体系建设", "韶关市曲江区冷链通仓储有限公司", 22.58],
    ["2021-07-08", "农村电商人才培训（二期）", "韶关市曲江区职业技术学校", 9], ["2021-08-31", "镇村物流配送体系（进度款）", "韶关市曲江区速达物流有限公司", 15],
    ["2021-09-14", "村级站点建设（尾款）", "中国邮政集团有限公司韶关市曲江区分公司", 45]];
  const fRows = [["曲江区省级电子商务进农村综合示范专项资金拨付台账"], ["单位：万元　　下达资金：500万元（粤财工〔2019〕）"],
    ["序号", "拨付日期", "项目名称", "收款单位", "拨付金额", "累计拨付", "拨付进度", "凭证号"]];
  let cum = 0;
  PAYS.forEach(([d, what, who, amt], j) => {
    cum = Math.round((cum + amt) * 100) / 100;
    const dc = d === CUT ? "2021.8.31" : dateCell(d, j + 1);
    fRows.push([j + 1, dc, what, who, j === 5 ? "38.50" : amt, cum, pct1(cum * 10000, 5000000), `记-${2020 + (d >= "2021" ? 1 : 0)}-${pad3(12 + j * 9)}`]);
  });
  fRows.push(["合计", null, null, null, cum, null, null, null]);
  const fMerges = ["A1:H1", "A2:H2", `A${fRows.length}:D${fRows.length}`];
  const spentPre = Math.round(sum(PAYS.filter((p) => p[0] <= CUT).map((p) => p[3] * 10000)));
  const spentNoLast = Math.round(sum(PAYS.filter((p) => p[0] < CUT).map((p) => p[3] * 10000)));
  assert(spentPre === 3624800 && ratioGE(spentPre, 5000000, 70) && !ratioGE(spentNoLast, 5000000, 70), "c1 72.5% with the 8.31 payment, 69.5% without");

  // ---------------- 月报报送登记
  const rRows = [["曲江区电子商务进农村工作月报报送登记"], ["序号", "所属月份", "报送日期", "报送方式", "是否附电商扶贫统计表", "备注"]];
  const REP = monthsBetween("2020-08", "2021-08").filter((m) => m !== "2021-02");
  REP.forEach((m, j) => {
    let d;
    let label = cnMonth(m);
    let note = null;
    if (m === "2021-01") {
      d = "2021-03-03";
      label = "2021年1—2月";
      note = "春节假期，1、2月合并报送";
    } else {
      const next = monthsBetween(m, "2021-12")[1];
      d = `${next}-${pad2(rint(3, 9))}`;
    }
    rRows.push([j + 1, label, j % 3 === 0 ? D(d) : j % 3 === 1 ? dotDate(d) : cnDate(d), j % 2 ? "粤政易" : "公文交换", m >= "2020-10" ? "是" : "否", note]);
  });
  const repDates = REP.map((m) => (m === "2021-01" ? "2021-03" : monthsBetween(m, "2021-12")[1]));
  assert(WINDOW.filter((w) => !repDates.includes(w)).join() === "2021-02", "c1 no report in 2021-02");

  // ---------------- 专栏更新记录
  const upd = [];
  for (const m of monthsBetween("2020-06", "2021-09")) {
    const [y, mo] = m.split("-").map(Number);
    const k = rint(1, 2);
    for (let j = 0; j < k; j++) upd.push({ d: `${m}-${pad2(rint(2, lastDay(y, mo)))}`, t: j ? "曲江区电子商务进农村综合示范工作动态" : `曲江区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`, sub: j ? "工作动态" : "建设进度" });
  }
  upd.push({ d: "2020-06-12", t: "曲江区电子商务进农村综合示范实施方案", sub: "创建方案" });
  upd.push({ d: "2020-07-06", t: "曲江区电子商务进农村综合示范项目基本信息公示", sub: "项目信息" });
  upd.sort((a, b) => cmp(b.d, a.d));
  const uRows = [["曲江区人民政府网“电子商务进农村综合示范”专栏更新记录"], ["（专栏设创建方案、项目信息、建设进度、工作动态子栏目，页面底部设监督举报电话和邮箱）"],
    ["序号", "发布日期", "标题", "子栏目"]];
  upd.forEach((u, j) => uRows.push([j + 1, j % 4 === 3 ? yyyymmdd(u.d) : j % 4 === 1 ? dotDate(u.d) : D(u.d), u.t, u.sub]));
  const updMonths = new Set(upd.filter((u) => u.d <= CUT).map((u) => ym(u.d)));
  assert(WINDOW.every((w) => updMonths.has(w)), "c1 column updated every month");

  // ---------------- 宣传报道 / 经验材料
  const MEDIA = [["2020-10-22", "曲江区融媒体中心《曲江新闻》", "区级", "电视", "曲江首批村级电商服务站挂牌", "否"],
    ["2020-12-18", "南方日报", "省级", "报纸", "曲江：电商进村，马坝油粘米卖到大湾区", "否"],
    ["2021-03-09", "“今日曲江”微信公众号", "区级", "网络", "曲江电商中心免费培训走进樟市", "否"],
    ["2021-05-20", "广东广播电视台《广东新闻联播》", "省级", "电视", "曲江脱贫户直播卖香芋，电商帮扶见实效", "是"],
    ["2021-09-08", "韶关日报", "市级", "报纸", "曲江电商进农村示范创建成效明显", "否"],
    ["2021-09-10", "中央广播电视总台农业农村频道（CCTV-17）", "国家级", "电视", "粤北山区的电商扶贫路", "是"]];
  const mRows = [["曲江区电子商务进农村宣传报道登记"], ["序号", "刊播日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
  MEDIA.forEach((x, j) => mRows.push([j + 1, j % 2 ? cnDate(x[0]) : D(x[0]), x[1], x[2], x[3], `《${x[4]}》`, x[5]]));
  const kRows = [["曲江区电子商务进农村经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送单位", "报送方式"],
    [1, "2021.6.18", "《曲江区“电商＋油粘米”助农增收经验做法》", "韶关市商务局", "粤政易"],
    [2, "2021.9.6", "《曲江区电子商务进农村综合示范创建工作总结》", "广东省商务厅", "公文交换"]];

  // ---------------- 盒脊标签 (facts)
  const BOX = [
    [0, "基本情况", "县情及自评汇总", "合计92分＋加分1分", ["考评截止：2021年8月31日", "常住人口：29.81万人（七普）", "户籍人口：32.64万人", `行政村：${admin.length}个（另社区${comms.length}个）`,
      `省定贫困村：${poor.length}个`, "牵头单位：区商务局"]],
    [1, "加强组织领导与统筹协调", "组织领导（2分）", "2分", ["组长：区委副书记、区长", "副组长：分管副区长", "成员：区商务局、区财政局、区农业农村局、区乡村振兴局等12个单位", "曲府办函〔2020〕27号"]],
    [2, "加强组织领导与统筹协调", "方案制定（2分）", "2分", ["实施方案：已正式印发", "曲府办〔2020〕41号（2020.6.9）"]],
    [3, "加强组织领导与统筹协调", "政策支持（2分）", "1分", ["扶持政策：已出台", "《曲江区促进农村电子商务发展扶持办法》", "落实情况：部分兑现"]],
    [4, "加强组织领导与统筹协调", "项目管理（4分）", "3分", ["项目管理制度：2分", "工作台账：1分", "《曲江区电商进农村项目建设管理办法》"]],
    [5, "深入推动电子商务进农村工作", "服务体系建设—中心与产业园（15分）", "14分", ["中心投入运营：2021.2.26", "免费培训场所设备：有", "农产品免费展示销售：有",
      "免费摄影美工：无（按成本收费）", "品牌推广指导：有", "其他增值服务：有（代办证照、物流对接）", "产业园：已整合（马坝电商产业园）", "入驻企业：21家"]],
    [6, "深入推动电子商务进农村工作", "服务体系建设—村级站点（10分）", "10分", ["站点：76个", "覆盖行政村：69个（71.9%）", "覆盖省定贫困村：12个（100%）"]],
    [7, "深入推动电子商务进农村工作", "农村产品上行（10分）", "8分", ["网销调研：2分", "网络促销：1分", "第三方运营：有（曲江区粤商电商运营服务有限公司）", "快递覆盖：100%",
      "交易标准冷链溯源：1分", "农产品网零：1.86→2.47亿元（+32.8%）", "农村网零：2020年15.32亿元（+21.4%）"]],
    [8, "深入推动电子商务进农村工作", "电商人才培训（20分）", "20分", [`培训人次：${fmtInt(ptAll)}（截至9月10日）`, "有劳动能力脱贫人口（不含外出务工）：50人", "参训脱贫人口：25人（50%）"]],
    [9, "加强信息公开及报送", "信息公开（4分）", "4分", ["专栏：创建方案、项目信息、建设进度已公开", "监督举报：电话、邮箱", "更新：按月"]],
    [10, "加强信息公开及报送", "数据上报（6分）", "6分", ["月报：报韶关市商务局", "电商扶贫统计：有"]],
    [11, "加强宣传推广", "案例总结（2分）", "2分", ["经验材料：2021.6.18报韶关市商务局"]],
    [12, "加强宣传推广", "经验推广（8分）", "8分", ["省级：南方日报、广东台", "市级：韶关日报", "区级：曲江融媒"]],
    [13, "加强财政资金管理", "制度建立（5分）", "4分", ["资金管理办法：已制定", "曲商务〔2020〕18号"]],
    [14, "加强财政资金管理", "资金台账（5分）", "4分", ["资金专用台账：已建立（承建单位）"]],
    [15, "加强财政资金管理", "资金支出（5分）", "4分", ["下达资金：500万元", `累计拨付：${(PAYS.reduce((s, p) => s + p[3] * 100, 0) / 100).toFixed(2)}万元（含9月）`, "资金及时拨付：4分"]],
    [16, "加分项", "加分项（4分）", "1分", ["贫困人口培训率≥70%：未达到（0分）", "典型案例电视播报：广东台（1分）"]],
    [17, "一票否决项", "一票否决事项", "—", ["安全生产、质量事故：无", "弄虚作假：无", "项目总体进度：88%"]],
  ];
  const NB = BOX.length;
  const W = NB * 2 - 1;
  const lastC = colName(W - 1);
  const bRows = [padRow(["电子商务进农村综合示范考评资料　档案盒盒脊标签（打印后沿空列剪开，贴于盒脊）"], W),
    padRow(["按韶关市商务局迎检通知要求，盒脊须标明指标、自评分和关键数据；关键数据截至2021年8月31日（另注明的除外）。第00盒为总盒。"], W), padRow([], W)];
  const bMerges = [`A1:${lastC}1`, `A2:${lastC}2`];
  const field = (f) => {
    const row = padRow([], W);
    BOX.forEach((b, k) => (row[2 * k] = f(b)));
    bRows.push(row);
  };
  field((b) => `盒号：${pad2(b[0])}`);
  field(() => "曲江区商务局");
  field((b) => `类目：${b[1]}`);
  field((b) => `指标：${b[2]}`);
  field((b) => `自评：${b[3]}`);
  for (let li = 0; li < 8; li++) field((b) => (li < b[4].length ? b[4][li] : null));
  field(() => "保管期限：长期");
  field(() => "归档：2021年9月");
  assert(BOX.every((b) => b[4].length <= 8), "c1 at most 8 lines per spine");
  const claimedSelf = { 1: "org.leadership", 2: "org.plan", 3: "org.policy", 4: "org.management", 5: "work.center", 6: "work.coverage", 7: "work.upward", 8: "work.training",
    9: "info.disclosure", 10: "info.reporting", 11: "promo.cases", 12: "promo.media", 13: "fund.system", 14: "fund.ledger", 15: "fund.spending" };
  const claimed = {};
  for (const b of BOX) if (claimedSelf[b[0]]) claimed[claimedSelf[b[0]]] = Number(b[3].replace("分", ""));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 1;
  assert(sum(SCORED.map(([id]) => claimed[id])) === 92, "c1 claimed 92");

  // ---------------- points
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 1,
    "work.center": 2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + 2 + 1, "work.coverage": 5 + 3, "work.upward": 2 + 1 + 1 + 0 + 1 + 2,
    "work.training": 8 + 10, "info.disclosure": 2 + 2, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 4 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert("2021-02-26" <= "2021-02-28" && ratioGE(247 - 186, 186, 30), "c1 centre 6 months; agri growth 32.8%");
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 82 && bonus === 1, "c1 total " + scored);
  const derivation = [
    "org.leadership: 第01盒：组长“区委副书记、区长”（主要领导），成员有区商务局、区财政局、区农业农村局、区乡村振兴局 → 2",
    "org.plan: 第02盒自评2分（实施方案已正式印发） → 2",
    "org.policy: 第03盒自评1分（扶持办法已出台） → 1",
    "org.management: 第04盒“项目管理制度：2分”“工作台账：1分” → 3",
    `work.center: 第05盒：中心2021.2.26投入运营 → 建成2；≤2021-02-28，运行满6个月 → 2；免费培训2、免费展示销售1；摄影美工“无（按成本收费）” → 0；品牌推广1、其他增值服务1；产业园已整合 → 2；入驻企业名单24行：“${movedF.n}”两行同一信用代码（迁房号续签）算1家，“${leftEarly[0].n}”2021年3月31日、“${leftEarly[1].n}”6月30日退园不算，“${sepIn.n}”9月6日入驻不算，“${left831.n}”8月31日当天退园仍在园 → 20家 → 2（盒脊写21家不采用）；类型有平台型、销售型、电商运营商、物流企业、直播电商 → 1；合计14`,
    `work.coverage: 村居名单是文广旅体局的文化服务中心统计表：类别“行政村”${admin.length}个（“镇级文化站”9行、社区${comms.length}个不算），基数${admin.length}；站点台账截至8月31日有站的行政村68个（“${stemOf(cutDay)}村”只有一站“2021年8月31日”挂牌，当天算；“${stemOf(monthOnly)}村”“2020年12月”只到月，算；“${stemOf(fullName)}村民委员会”即${fullName}；“${second}”两站算一次；“${sepNon}”只有9月15日的站、“${commSt}”是社区，都不算） → 68/96 = 70.8% ≥ 70% → 5（漏了8月31日那站就是67/96 = 69.8% → 2）；省定贫困村12个（名单“是”），“${poorLate}”唯一站点2021年9月3日挂牌 → 11/12 = 91.7% → 3；合计8（自评10）`,
    `work.upward: 第07盒网销调研2、网络促销1；有第三方运营服务商 → 1；村居名单有“快递进村”列，“${noExp}”为“×” → 0（盒脊写100%，以名单为准并提示）；交易标准冷链溯源1；农产品网零1.86亿→2.47亿元增长32.8% ≥ 30% → 2；合计7（自评8）`,
    `work.training: 开班登记截至8月31日实到人次${fmtInt(sessPre)}（“2021.8.30-9.1”按9月1日、9月8日两期共${sessSep}人次不算，取消的1月28日一期“—”不是培训，“人次”文字和全角数字照读，合计行不加）＋脱贫户专场签到截至8月31日${signPre}人次（表头写明未计入开班登记，第四期9月9日${signSep}行不算） = ${fmtInt(ptPre)}人次；常住人口298,140人（29.81万） → ${pct2(ptPre, POP)} → 8（盒脊“${fmtInt(ptAll)}（截至9月10日）”会误得10）；脱贫人口名单有劳动能力且非外出务工50人（普通/技能/弱劳动力为有；县外、省外务工为外出），专场签到截至8月31日按身份证号去重其中25人（一人签到身份证末位小写x、一人号码带空格，一人参加两期算1人，外出务工3人、无劳动能力2人、非脱贫户不算，第四期2人不算） → 25/50 = 50% → 10；合计18（自评20）`,
    "info.disclosure: 专栏有创建方案、项目信息、建设进度，页面设监督举报电话和邮箱 → 2；更新记录2020年9月—2021年8月每月都有 → 2；合计4",
    "info.reporting: 月报报送登记：1、2月合并在2021年3月3日报送，2021年2月没有报送 → 不定时 → 1；2020年10月起附电商扶贫统计表 → 3；合计4（自评6）",
    "promo.cases: 2021.6.18向韶关市商务局报送经验材料 → 2（9月6日报省厅的在截止日后）",
    "promo.media: 截止日前：南方日报、广东广播电视台（省级） → 4；曲江融媒体、“今日曲江”（区级） → 1；韶关日报9月8日、CCTV-17 9月10日在截止日后不算 → 5（自评8）",
    "fund.system: 第13盒自评4 → 4",
    "fund.ledger: 第14盒自评4 → 4",
    `fund.spending: 拨付台账（万元）截至8月31日${(spentPre / 10000).toFixed(2)}万元（“2021.8.31”15万元要算，9月14日45万元不算，累计、进度列和合计行不是拨付） ÷ 500万元 = ${pct1(spentPre, 5000000)} ≥ 70% → 资金及时拨付自评4 → 4（漏了8月31日那笔是${pct1(spentNoLast, 5000000)} → −5）`,
    "bonus.poorTraining: 25/50 = 50% < 70% → 0",
    "bonus.tvCase: 广东广播电视台《广东新闻联播》2021年5月20日播出电商扶贫典型案例（省级电视） → 1；CCTV-17在9月10日，截止日后",
    "veto.incident: 第17盒：安全生产、质量事故“无” → 不否决",
    "veto.progress: 项目总体进度88% ≥ 40% → 不否决",
    "veto.fraud: 弄虚作假“无” → 不否决",
  ];
  return {
    description:
      `韶关曲江区商务局整本考评工作簿（12个表），82＋加分1＝83分、未否决（盒脊自评92＋1）：事实表是打印贴在档案盒脊上的《盒脊标签》——一盒一列（列间空一列作剪切线），自上而下 盒号｜单位｜类目｜指标（分值）｜自评｜关键数据（最多8行“标签：值”）｜保管期限｜归档，第00盒是县情和自评汇总，第05盒有中心“2021.2.26”运营和“免费摄影美工：无（按成本收费）”，第08盒培训人次写的是截至9月10日数；村居名单借用文广旅体局的“综合性文化服务中心建设情况统计表”（每镇先列一行“镇级文化站”，类别行政村／社区，贫困村是／否，商务局补填快递√／×，一村×）；站点台账按镇分节，一站“2021年8月31日”挂牌决定68/96还是67/96；培训分开班登记（“2021.8.30-9.1”按9月1日、取消一期、“人次”文字、全角数字）和另表的脱贫户专场签到（未计入开班登记，一人身份证末位小写x决定25/50＝50%）；入驻企业一家迁房号登记两行、一家8月31日退园、一家9月入驻，恰好20家；资金台账万元，8月31日一笔把69.5%抬到72.5%；月报1、2月合并3月报；专栏按月更新；宣传报道省级电视典型案例，市级和央视在9月。`,
    sheets: [
      { name: "盒脊标签", rows: bRows, merges: bMerges },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "培训开班登记", rows: tRows, merges: tMerges },
      { name: "脱贫户专场签到", rows: gRows, merges: gMerges },
      { name: "脱贫人口名单", rows: pRows, merges: pMerges },
      { name: "入驻企业", rows: eRows, merges: eMerges },
      { name: "资金拨付台账", rows: fRows, merges: fMerges },
      { name: "月报报送登记", rows: rRows, merges: ["A1:F1"] },
      { name: "专栏更新记录", rows: uRows, merges: ["A1:D1", "A2:D2"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: kRows, merges: ["A1:E1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 广州花都区: a third-party evaluator's interview record
// =====================================================================================================
function buildF1() {
  const W = 5;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:E${rows.length}`);
  };
  full("花都区省级电子商务进农村综合示范项目绩效评价　访谈记录表");
  full("项目名称：2019年省级电子商务进农村综合示范项目（花都区）　　评价机构：广州穗评绩效评价咨询有限公司（受花都区财政局委托）　　表号：FT-03");
  full("访谈时间：2021年9月9日 9:30—11:40　　访谈地点：花都区商务局三楼会议室　　访谈人：张××、李××（评价组）　　记录人：李××");
  full("说明：被访谈人按2021年8月31日（省级考评截止日）口径作答；“核实情况”栏是评价组现场核对的意见，不是被访谈人的回答。");
  rows.push(padRow([], W));
  let q = 0;
  const block = (title, items) => {
    full(title);
    rows.push(["序号", "访谈提纲（问题）", "回答要点（记录）", "核实情况（评价组）", "佐证材料索引"]);
    for (const [ques, ans, chk, idx] of items) rows.push([++q, ques, ans, chk, idx]);
    rows.push(padRow([], W));
  };
  block("一、访谈对象：花都区商务局　副局长 陈××、电商科科长 何××", [
    ["示范创建的组织领导机制如何？领导小组由谁牵头，哪些部门参与？",
      "2020年5月区政府发文成立区电子商务进农村综合示范工作领导小组，区委副书记、区长任组长，分管副区长任常务副组长，成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局、区邮政管理局和各镇（街）。",
      "已查阅花府办函〔2020〕58号，与回答一致。", "A-01"],
    ["示范创建工作方案是否正式印发？", "《花都区电子商务进农村综合示范实施方案》已于2020年6月由区政府办公室正式印发。", "已查阅。", "A-02"],
    ["在资金、土地、人才等方面出台了哪些支持政策？", "2021年3月出台《花都区促进农村电子商务发展若干措施》，场地租金补贴、电商人才奖励已开始兑现。", "已查阅文件及第一批兑现名单。", "A-03"],
    ["区级电子商务公共服务中心何时建成投运？提供哪些服务，是否收费？",
      "中心2020年10月中旬试运营，2020年12月1日正式投入运营。设120座培训室，配电脑和直播设备，免费开展电商基础培训；农特产品展示厅免费展示、代销本区特色农产品；摄影棚和美工设计对本区电商主体免费开放；组织“花都好物”区域公用品牌统一推广，指导企业做品牌；另提供代办营业执照、物流对接、融资对接等增值服务。",
      "现场查看培训室、展示厅、摄影棚均在使用，与回答一致。", "B-01"],
    ["电商产业园建设情况？", "整合原花都电商产业基地和狮岭皮具电商楼宇，建成区电商产业园，入驻企业22家。", "入驻企业清单22家，其中2家已于7月退园，在园20家（清单待运营方更新）。", "B-02"],
    ["是否引入专业的第三方电商运营服务商？", "区商务局通过公开招标，确定广州花城优选电子商务有限公司为第三方运营服务商，负责中心和产业园运营。", "已查阅中标通知书。", "B-03"],
    ["辖区行政村多少个？站点覆盖情况如何？（考评要求行政村覆盖率70%以上、省定贫困村全覆盖）",
      "全区行政村188个（社区居委会不计），已建村级电商服务站点143个，覆盖行政村136个。我区没有省定贫困村。", "站点清单143个，抽查10个站点视频。", "B-04"],
    ["行政村物流快递覆盖情况？", "区邮政管理局出具证明：截至2021年8月31日，全区行政村快递服务通达率100%。", "已查阅证明。", "B-05"],
    ["农村产品上行做了哪些工作？网络零售额增长情况？",
      "完成《花都区农产品网络销售调研报告》并报市商务局；举办“花都年货节”“荔枝节”线上促销；出台荔枝、花卉电商交易标准，冷链仓已投用。据省商务厅数据，全区农村网络零售额2019年71.20亿元、2020年86.30亿元，增长21.2%；农产品网络零售额2019年4.18亿元、2020年5.62亿元，增长34.4%。",
      "零售额数据来源为省商务厅提供数据，已收取。", "C-01"],
    ["电商培训开展情况？（方案目标：培训人次不少于5,000人次，即50万人基数的1%）",
      "截至8月31日累计开展普及性和增值培训4,912人次。常住人口164.23万人（第七次全国人口普查），超过50万按50万计。",
      "培训台账合计4,912人次，与回答一致；9月另有2期未计入。", "C-02"],
    ["对建档立卡（相对）贫困人口的培训情况？",
      "区乡村振兴局确认：有劳动能力的相对贫困人口（不含外出务工人员）316人；截至8月31日参加过电商培训的182人（按身份证号去重），培训率57.6%。",
      "已核对参训名单与帮扶系统名单。", "C-03"],
    ["政府网站专栏设置和更新情况？",
      "区政府门户网站设有“电子商务进农村综合示范”专栏，公开了创建方案、项目基本信息和项目建设进度，专栏页面设有监督举报电话和邮箱；2020年7月以来每月更新建设进度。",
      "现场登录网站查看。", "D-01"],
    ["是否每月向市商务局报送工作情况？能否统计电商扶贫数据？", "每月10日前向广州市商务局报送上月工作进展，月报附相对贫困人口电商培训和带动增收统计表。", "已查阅2021年1—8月月报。", "D-02"],
    ["对照省考评指标体系，自评情况如何？",
      "自评90分，无加分：组织领导2分，方案制定2分，政策支持2分，项目管理4分（管理制度2分、工作台账2分），服务体系建设25分（县级中心与产业园15分、村级站点10分），农村产品上行8分（网销调研2分、网络促销1分、交易标准与冷链溯源1分），电商人才培训18分，信息公开4分，数据上报6分，案例总结2分，经验推广5分，制度建立4分，资金台账4分，资金支出4分（及时拨付4分）。",
      "已收取自评表（盖章件）。", "E-01"],
    ["所报数据是否真实？", "所报数据均有台账和佐证材料支撑，不存在弄虚作假。", "—", "—"],
  ]);
  block("二、访谈对象：花都区财政局　经济建设科科长 黄××", [
    ["省级专项资金下达和拨付情况？", "省级专项资金下达500万元；截至8月31日累计拨付381.50万元，拨付率76.3%；9月上旬又拨付42万元，不在考评期内。", "已核对国库支付凭证。", "F-01"],
    ["是否制定专项资金管理制度？", "区财政局会同区商务局印发了《花都区电子商务进农村综合示范专项资金管理办法》（花财建〔2020〕15号）。", "已查阅。", "F-02"],
    ["承建单位是否建立资金专用台账？", "各承建单位均建立了资金专用台账，按季度报区商务局、区财政局。", "抽查3家承建单位台账。", "F-03"],
    ["项目总体建设进度？", "按合同完成量测算，项目总体进度约85%。", "与区商务局提供的进度表一致。", "F-04"],
  ]);
  block("三、访谈对象：广州花城优选电子商务有限公司（中心运营方）　总经理 刘××", [
    ["中心运营以来服务情况？", "累计服务电商企业和个体户1,260家次，中心承办培训2,106人次（已含在区商务局统计的培训人次内），孵化网店86家。", "运营月报已收取。", "G-01"],
    ["运营中是否发生过安全生产、质量事故？", "运营以来没有发生安全生产事故和产品质量事故，没有造成经济损失。", "—", "—"],
  ]);
  full("访谈小结（评价组）：被访谈单位对项目组织管理、中心运营、资金拨付等情况作了说明，主要数据与台账一致；产业园入驻企业清单需更新，站点视频需补充。");
  full("被访谈人签字（以上记录经本人核对无误）：陈××　何××　黄××　刘××　　　　评价组签字：张××　李××　　2021年9月9日");
  assert(pct1(8630 - 7120, 7120) === "21.2%" && pct1(562 - 418, 418) === "34.4%" && pct1(182, 316) === "57.6%" && pct1(381.5, 500) === "76.3%", "f1 rates");
  assert(2 + 2 + 2 + 4 + 15 + 10 + 8 + 18 + 4 + 6 + 2 + 5 + 4 + 4 + 4 === 90, "f1 claimed 90");
  return {
    description:
      "广州花都区：区财政局委托的第三方绩效评价机构的《访谈记录表》（FT-03）当事实表交——四行抬头（项目、评价机构、访谈时间地点人员、说明“按2021年8月31日省级考评截止日口径作答”），然后按访谈对象分三块（区商务局、区财政局、中心运营方），每块一行合并的对象标题和表头 序号｜访谈提纲（问题）｜回答要点（记录）｜核实情况（评价组）｜佐证材料索引，末尾是访谈小结和签字；事实只在“回答要点”的句子里，提纲里的“5,000人次”“70%以上”是考评目标，“核实情况”是评价组的核对意见（在园20家、9月2期等不是回答），运营方的2,106人次、1,260家次不是全区数，逐项自评分和分项主观分写在一个回答句子里。",
    sheets: [{ name: "访谈记录", rows, merges }],
    expect: {
      facts: {
        county: "花都区", asOf: "2021-08-31", residentPopulation: 1642300, adminVillagesStated: 188, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-01", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 7120000000, ruralRetail2020: 8630000000, ruralRetailGrowthStated: 0.212,
        agriRetail2019: 418000000, agriRetail2020: 562000000, agriRetailGrowthStated: 0.344,
        trainingPersonTimesStated: 4912, eligiblePoorPersonsStated: 316, trainedPoorPersonsStated: 182,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3815000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.85,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed: {
        "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 4, "work.center": 15, "work.coverage": 10, "work.upward": 8,
        "work.training": 18, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 5, "fund.system": 4, "fund.ledger": 4,
        "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 0,
      },
    },
  };
}

// =====================================================================================================
// f2 — 湛江麻章区: the bureau's reply to a 区人大代表 suggestion made between sessions
// =====================================================================================================
function buildF2() {
  const W = 6;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:F${rows.length}`);
  };
  full("湛江市麻章区商务局");
  full("麻商务建复〔2021〕12号　　　　　　　　　　　　签发人：吴××");
  full("答复类别：A类");
  rows.push(padRow([], W));
  full("关于区人大代表闭会期间建议第2021-08号《关于进一步加快我区农村电子商务发展的建议》的答复");
  full("梁××代表：");
  full("您在2021年8月区人大常委会组织的农村电子商务发展情况专题视察中提出的《关于进一步加快我区农村电子商务发展的建议》收悉。您反映的“部分村级站点运营不正常”“培训针对性不强”“快递进村成本高”等问题切中要害，并建议“力争2021年底前全区电商培训累计达到5,000人次以上”“村级站点覆盖率提高到80%以上”。我局高度重视，会同区财政局、区农业农村局、区邮政管理局认真研究办理，现答复如下：");
  full("一、我区电子商务进农村综合示范创建基本情况");
  full("我区2019年被确定为省级电子商务进农村综合示范县（区）。区政府成立了以区长为组长、分管副区长为副组长，区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区邮政管理局等单位为成员的领导小组，印发了《麻章区电子商务进农村综合示范实施方案》；《麻章区促进农村电子商务发展扶持办法》正在征求意见，尚未出台。全区常住人口31.72万人（第七次全国人口普查），辖行政村56个、社区居委会9个，其中省定贫困村5个。示范项目已于2021年8月31日（省级考评截止日）前完成主要建设任务，项目总体进度90%。");
  full("二、关于站点建设和运营");
  full("区电子商务公共服务中心于2020年11月18日正式投入运营，由公开招标确定的第三方专业运营服务商运营，设有免费培训室和培训设备，为本区特色农产品提供免费展示、销售服务，组织“麻章好物”区域品牌统一推广；摄影、美工服务目前按成本价收取费用。依托湖光电商园整合建设了区电商产业园。截至8月31日，全区建成村级电商服务站点43个。针对您反映的部分站点运营不正常问题，我局已对6个站点下发整改通知，对2个长期不开门的站点更换了站长。");
  full("三、关于电商培训");
  full("截至8月31日，全区累计开展电商培训3,412人次。区乡村振兴局核定有劳动能力的脱贫人口（不含外出务工人员）1,164人，其中参加过电商培训的532人。下一步我们将按照您的建议，分产业开设荔枝、红橙、小龙虾等专题班，力争年底前培训累计达到5,000人次。");
  full("四、关于农产品上行和快递进村");
  full("据省商务厅数据，2020年全区农产品网络零售额3.26亿元，同比增长28.6%。区邮政管理局牵头实施“快递进村”工程，目前全区行政村快递服务覆盖率已达到100%；针对快递进村成本高的问题，正在推动邮政与民营快递共同配送。");
  full("五、关于信息公开和资金管理");
  full("区政府网站设立了“电子商务进农村综合示范”专栏，公开了创建方案、项目基本信息和项目建设进度；专栏监督举报窗口尚未开设，我局将于10月底前增设。我局每月向湛江市商务局报送工作进展，并统计电商扶贫情况。省级下达专项资金500万元，截至8月31日已拨付386.2万元；区财政局制定了专项资金管理办法，各承建单位建立了资金专用台账。");
  full("感谢您对商务工作的关心和支持，欢迎继续提出宝贵意见。");
  rows.push(padRow([], W));
  full("附表：麻章区电子商务进农村综合示范主要指标完成情况（截至2021年8月31日）");
  rows.push(["序号", "指标", null, "单位", "完成情况", "备注"]);
  merges.push(`B${rows.length}:C${rows.length}`);
  const T = [["村级电商服务站点", "个", 43, "覆盖行政村41个（73.2%）"], ["省定贫困村站点覆盖", "个", 5, "覆盖率100%"], ["累计电商培训", "人次", "3,412", null],
    ["有劳动能力的脱贫人口（不含外出务工）", "人", "1,164", "区乡村振兴局核定"], ["参加电商培训的脱贫人口", "人", 532, "按身份证号去重"],
    ["农产品网络零售额（2020年）", "亿元", 3.26, "同比增长28.6%"], ["省级专项资金累计拨付", "万元", 386.2, "下达500万元"], ["产业园入驻企业", "家", 21, null]];
  T.forEach(([a, u, v, n], j) => {
    rows.push([j + 1, a, null, u, v, n]);
    merges.push(`B${rows.length}:C${rows.length}`);
  });
  rows.push(padRow([], W));
  full("联系单位：麻章区商务局电商股　　联系人：陈××　　联系电话：0759-32×××××");
  rows.push([null, null, null, null, "湛江市麻章区商务局", null]);
  merges.push(`E${rows.length}:F${rows.length}`);
  rows.push([null, null, null, null, "2021年9月10日", null]);
  merges.push(`E${rows.length}:F${rows.length}`);
  full("抄送：区人大常委会选举任免联络工作委员会，区政府督查室。");
  rows.push(padRow([], W));
  full("代表对建议办理工作的意见（回执）");
  full("建议编号：2021-08　　代表姓名：梁××　　承办单位：麻章区商务局");
  full("对办理工作态度：☑满意　□基本满意　□不满意");
  full("对办理结果：□满意　☑基本满意　□不满意");
  full("代表意见：希望尽快开设监督举报窗口，加大对站点运营的补贴。　　代表签名：梁××　　2021年9月16日");
  assert(pct1(41, 56) === "73.2%", "f2 41/56");
  return {
    description:
      "湛江麻章区商务局对区人大代表闭会期间建议的《答复函》（麻商务建复〔2021〕12号）当事实表交：红头、文号和签发人、答复类别，标题和称谓，开头一段转述代表的问题和建议目标（“5,000人次以上”“覆盖率80%以上”是代表的建议，不是事实），正文按“一、…五、”一段一行（合并A:F），事实都在段落句子里（区长任组长、部门齐全；方案已印发而扶持办法“正在征求意见，尚未出台”；中心2020年11月18日运营，摄影美工“按成本价收取费用”；快递覆盖100%；专栏“监督举报窗口尚未开设”；只有2020年农产品网零3.26亿元和增速28.6%），正文后嵌一张“附表：主要指标完成情况”（站点数、覆盖41个、入驻企业21家不是输入），最后是落款、抄送和代表意见回执（☑满意／基本满意是对办理的评价，不是事实）；没有自评分。",
    sheets: [{ name: "建议答复", rows, merges }],
    expect: {
      facts: {
        county: "麻章区", asOf: "2021-08-31", residentPopulation: 317200, adminVillagesStated: 56, poorVillagesStated: 5,
        planIssued: true, policyIssued: false, centerOpened: "2020-11-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        agriRetail2020: 326000000, agriRetailGrowthStated: 0.286,
        trainingPersonTimesStated: 3412, eligiblePoorPersonsStated: 1164, trainedPoorPersonsStated: 532,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3862000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 清远清城区: “一项一表”, one small sheet per item, each in its own shape
// =====================================================================================================
function buildF3() {
  const sheets = [];
  sheets.push({
    name: "目录", merges: ["A1:C1", "A2:C2"], rows: [
      ["清城区电子商务进农村综合示范考评基础数据（一项一表）", null, null],
      ["（按清远市商务局“一项一表、一表一页”要求填报，各表由相关股室分别填写）", null, null],
      ["表号", "内容", "工作表"],
      ["表1", "基本情况", "1-基本情况"], ["表2", "组织领导、方案和政策", "2-组织领导"], ["表3", "公共服务中心和产业园", "3-中心产业园"],
      ["表4", "村级站点和快递", "4-站点快递"], ["表5", "农村产品上行（网络零售额）", "5-上行"], ["表6", "电商人才培训", "6-培训"],
      ["表7", "信息公开和数据报送", "7-公开报送"], ["表8", "资金管理", "8-资金"], ["表9", "一票否决事项和自评", "9-否决与自评"],
      [null, null, null], ["填报单位：清城区商务局　　汇总人：邓××　　2021年9月7日", null, null]],
  });
  sheets.push({
    name: "1-基本情况", merges: ["A1:B1"], rows: [
      ["表1　基本情况", null], ["县（市、区）", "清城区"], ["考评截止日期", "2021年8月31日"], ["常住人口", "122.36万人（第七次全国人口普查）"],
      ["户籍人口", "83.90万人"], ["镇（街道）", "8个（4镇4街）"], ["填表：区统计局 林××", null]],
  });
  const roster = [["组长", "罗××", "区委副书记、区长"], ["常务副组长", "黄××", "副区长"], ["副组长", "何××", "区政府办公室副主任"], ["成员", "陈××", "区商务局局长"],
    ["成员", "李××", "区财政局局长"], ["成员", "梁××", "区农业农村局局长"], ["成员", "周××", "区交通运输局局长"], ["成员", "吴××", "区市场监督管理局局长"],
    ["成员", "郑××", "区邮政管理局局长"], ["成员", "—", "各镇（街）分管领导"]];
  const r2 = [["表2　组织领导、方案和政策", null, null, null], ["一、领导小组成员（清城府办函〔2020〕33号）", null, null, null], ["序号", "领导小组职务", "姓名", "单位及职务"]];
  roster.forEach((r, j) => r2.push([j + 1, r[0], r[1], r[2]]));
  r2.push([null, null, null, null]);
  r2.push(["二、方案和政策", null, null, null]);
  r2.push([1, "示范创建实施方案", "已印发", "清城府办〔2020〕19号"]);
  r2.push([2, "农村电商扶持政策", "已出台", "《清城区农村电子商务发展扶持办法》"]);
  sheets.push({ name: "2-组织领导", rows: r2, merges: ["A1:D1", "A2:D2", `A${3 + roster.length + 2}:D${3 + roster.length + 2}`] });
  sheets.push({
    name: "3-中心产业园", merges: ["A1:H1", "A4:H4"], rows: [
      ["表3　公共服务中心和产业园（✓有　✗无）", null, null, null, null, null, null, null],
      ["中心投入运营日期", "免费培训场所和设备", "农产品免费展示销售", "免费摄影美工", "品牌推广和品牌建设指导", "其他衍生增值服务", "电商产业园（建设或整合）", "专业第三方运营服务商"],
      [D("2021-01-12"), "✓", "✓", "✓", "✓", "✗", "✓（清城电商产业园）", "✓（清远市粤清电商运营有限公司）"],
      ["填表：电商公共服务中心运营方 刘××（2021年9月3日）", null, null, null, null, null, null, null]],
  });
  sheets.push({
    name: "4-站点快递", merges: ["A1:F1", "A2:F2", "A3:F3"], rows: [
      ["表4　村级站点和快递", null, null, null, null, null],
      ["截至2021年8月31日，全区82个行政村（另有社区居委会56个，不计入）中已有61个建成村级电商服务站点；9个省定贫困村全部建有站点。行政村快递服务覆盖率98.8%，尚有石角镇1个村未通快递，暂由邮政代投。", null, null, null, null, null],
      ["（电商股 朱××）", null, null, null, null, null]],
  });
  sheets.push({
    name: "5-上行", merges: ["A1:D1", "A5:D5"], rows: [
      ["表5　农村产品上行（网络零售额）", null, null, null],
      ["指标", "2019年", "2020年", "同比增速"],
      ["农村网络零售额（亿元）", 52.14, 60.87, "16.7%"],
      ["农产品网络零售额（万元）", "8,640", "11,580", "34.0%"],
      ["数据来源：省商务厅提供数据", null, null, null]],
  });
  sheets.push({
    name: "6-培训", merges: ["A1:C1"], rows: [
      ["表6　电商人才培训", null, null], ["项目", "单位", "数值"], ["电商培训人次（累计）", "人次", "5,218"], ["其中：2021年1—8月", "人次", "3,006"],
      ["有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "2,046"], ["参加培训的建档立卡贫困人口（按身份证号去重）", "人", "1,137"], ["填表：区电商公共服务中心、区农业农村局", null, null]],
  });
  sheets.push({
    name: "7-公开报送", merges: ["A1:D1"], rows: [
      ["表7　信息公开和数据报送", null, null, null], ["序号", "事项", "情况", "说明"],
      [1, "区政府网站专栏公示创建方案", "√", null], [2, "专栏公示项目基本信息", "√", null], [3, "专栏公示项目建设进度", "√", "每月更新"],
      [4, "专栏设立征求意见或监督举报窗口", "√", "监督举报电话、邮箱"], [5, "每月向市商务局报送工作情况", "√", "粤政易"], [6, "统计电商扶贫情况", "√", "月报附统计表"],
      ["注：√是，×否", null, null, null]],
  });
  sheets.push({
    name: "8-资金", merges: ["A1:C1"], rows: [
      ["表8　资金管理", null, null], ["单位：万元", null, null], ["项目", "情况", "备注"], ["下达省级专项资金", 500, "粤财工〔2019〕"],
      ["累计拨付资金（截至8月31日）", 371.6, null], ["资金支出率", "74.3%", null], ["专项资金管理办法", "已制定", "清城财〔2020〕22号"],
      ["资金专用台账", "已建立", "各承建单位"], ["项目总体进度", "86%", "按合同完成量"], ["填表：区财政局 冯××", null, null]],
  });
  const SUBJ = [["方案制定（1-2分）", 2], ["政策支持（1-2分）", 1], ["项目管理制度（1-2分）", 2], ["工作台账（1-2分）", 2], ["网销调研（1-2分）", 2], ["网络促销活动（1-2分）", 2],
    ["交易标准与冷链溯源（1-2分）", 1], ["资金管理制度（1-5分）", 4], ["资金台账（1-5分）", 4], ["资金及时拨付（1-5分）", 4]];
  const IND = [["组织领导", 2, 2], ["方案制定", 2, 2], ["政策支持", 2, 1], ["项目管理", 4, 4], ["服务体系建设（中心与产业园）", 15, 14], ["服务体系建设（村级站点）", 10, 10],
    ["农村产品上行", 10, 8], ["电商人才培训", 20, 20], ["信息公开", 4, 4], ["数据上报", 6, 6], ["案例总结", 2, 2], ["经验推广", 8, 5], ["制度建立", 5, 4], ["资金台账", 5, 4], ["资金支出", 5, 4]];
  const r9 = [["表9　一票否决事项和自评", null, null, null], ["一、一票否决事项", null, null, null], ["发生安全生产、质量事故或重大经济损失", "无", null, null], ["弄虚作假", "无", null, null],
    [null, null, null, null], ["二、主观评分项自评", null, null, null]];
  const m9 = ["A1:D1", "A2:D2", "A6:D6"];
  SUBJ.forEach(([n, v]) => r9.push([n, `${v}分`, null, null]));
  r9.push([null, null, null, null]);
  r9.push(["三、逐项自评得分", null, null, null]);
  m9.push(`A${r9.length}:D${r9.length}`);
  r9.push(["序号", "评价指标", "分值", "自评分"]);
  IND.forEach(([n, max, v], j) => r9.push([j + 1, n, max, v]));
  r9.push([16, "加分项", 4, 0]);
  const claimedSum = sum(IND.map((x) => x[2]));
  r9.push([null, "合计", 100, claimedSum]);
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = IND[j][2]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 0;
  sheets.push({ name: "9-否决与自评", rows: r9, merges: m9 });
  assert(claimedSum === 90, "f3 claimed 90");
  assert(pct1(6087 - 5214, 5214) === "16.7%" && pct1(11580 - 8640, 8640) === "34.0%" && pct1(81, 82) === "98.8%" && pct1(371.6, 500) === "74.3%", "f3 rates");
  return {
    description:
      "清远清城区商务局按市局“一项一表、一表一页”要求交的考评基础数据：一个目录页加九张小表，各由不同股室填、各是各的样子——表1两列“项目｜内容”（考评截止日期、常住人口122.36万人与户籍人口83.90万人并列）；表2是领导小组成员名单（区委副书记、区长任组长，成员有商务、财政、农业农村、交通、市场监管、邮政，没有乡村振兴（扶贫）部门）下接方案、政策两行；表3横排一行表头一行值（运营日期是日期格，其余✓／✗，其他衍生增值服务✗）；表4只有一句话（82个行政村、9个省定贫困村、快递覆盖率98.8%未全覆盖）；表5年份×指标小矩阵（农村网零亿元、农产品网零万元、增速）；表6“项目｜单位｜数值”（“其中：2021年1—8月”不是累计）；表7 √／×清单；表8单位万元（支出率不是输入）；表9否决两行、主观评分项“n分”十行和逐项自评表（claimed）。事实要跨九张表合起来读。",
    sheets,
    expect: {
      facts: {
        county: "清城区", asOf: "2021-08-31", residentPopulation: 1223600, adminVillagesStated: 82, poorVillagesStated: 9,
        planIssued: true, policyIssued: true, centerOpened: "2021-01-12", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2019: 5214000000, ruralRetail2020: 6087000000, ruralRetailGrowthStated: 0.167,
        agriRetail2019: 86400000, agriRetail2020: 115800000, agriRetailGrowthStated: 0.34,
        trainingPersonTimesStated: 5218, eligiblePoorPersonsStated: 2046, trainedPoorPersonsStated: 1137,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3716000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.86,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal",
      claimed,
    },
  };
}

// =====================================================================================================
// l1 — 惠州惠阳区: 供水 table as the village list, a 挂牌日历, a date × contractor payment matrix, 外宣 with √ columns
// =====================================================================================================
function buildL1() {
  const TOWNS = [["永湖镇", 9, 1], ["良井镇", 8, 1], ["平潭镇", 10, 2], ["镇隆镇", 9, 1]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("高霞新大白石碧鸭岭茶马横", ["岭", "角", "溪", "塘", "坑", "湖", "埔", "山", "田", "径", "围", "背"], "村", prefixes);
  const cName = nameMaker("兴华康宁城", ["安", "华", "新", "城", "丰"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "l1");
  const poor = new Set(shuffle(admin).slice(0, 6));

  // ---------------- 村居集中供水
  const vRows = [["惠阳区农村集中供水覆盖情况统计表（永湖、良井、平潭、镇隆四镇）"], ["填报单位：惠阳区水务局　　2021年5月　　（“是否省定贫困村”按区乡村振兴局名单标注，居委会不标注）"],
    ["序号", "镇（街道）", "村（居）委会", "类别", "供水方式", "供水人口（人）", "是否省定贫困村", "备注"]];
  const vMerges = ["A1:H1", "A2:H2"];
  const vRecs = [];
  let sq = 0;
  let totPop = 0;
  let k = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    const all = x.vs.map((v) => ({ v, a: true })).concat(x.cs.map((c) => ({ v: c, a: false })));
    const ordered = x.t === "平潭镇" ? shuffle(all) : all;
    let tp = 0;
    for (const e of ordered) {
      const pop = e.a ? rint(1200, 5200) : rint(3000, 9000);
      tp += pop;
      const nm = e.a ? (k % 4 === 3 ? `${stemOf(e.v)}村民委员会` : `${stemOf(e.v)}村委会`) : k % 2 ? `${e.v}居委会` : e.v;
      k++;
      vRows.push([++sq, ordered.indexOf(e) === 0 ? x.t : null, nm, e.a ? "村委会" : "居委会", e.a ? ["城镇管网延伸", "规模化水厂", "单村供水工程"][rint(0, 2)] : "城镇管网",
        pop, e.a ? (poor.has(e.v) ? "是" : "否") : null, e.a && rnd() < 0.15 ? "2020年完成管网改造" : null]);
      vRecs.push(e.a ? { name: e.v, admin: true, poor: poor.has(e.v) } : { name: e.v, admin: false, poor: null });
    }
    mergeCol(vMerges, "B", r0, vRows.length);
    vRows.push([null, null, `${x.t}小计`, `村委会${x.vs.length}个、居委会${x.cs.length}个`, null, tp, null, null]);
    totPop += tp;
  }
  vRows.push([null, "合计", `${admin.length + comms.length}个`, `村委会${admin.length}个、居委会${comms.length}个`, null, totPop, `${poor.size}个`, null]);
  assert(vRecs.length === 41 && vRecs.filter((r) => r.admin).length === 36, "l1 41 村居");

  // ---------------- 挂牌日历
  const stTowns = towns.map((x) => x.t);
  const stVill = shuffle(admin).slice(0, 17);
  const comm = comms[1];
  const secondOf = stVill[3];
  const EV = [];
  const openDates = Array.from({ length: 17 }, () => randIsoBetween("2020-10-08", "2021-08-26")).sort();
  stVill.forEach((v, j) => EV.push({ d: openDates[j], kind: "open", v }));
  EV.push({ d: randIsoBetween(isoAdd(openDates[3], 30), "2021-08-20"), kind: "open", v: secondOf, second: true });
  EV.push({ d: randIsoBetween("2020-12-01", "2021-06-30"), kind: "open", v: comm });
  EV.push({ d: "2021-08-31", kind: "open", v: admin.find((v) => !stVill.includes(v)) });
  const sepV = admin.filter((v) => !stVill.includes(v) && !EV.some((e) => e.v === v));
  EV.push({ d: "2021-09-07", kind: "open", v: sepV[0] });
  EV.push({ d: "2021-09-16", kind: "open", v: sepV[1] });
  // postponed: planned (△) on one day, opened (▲) a week later
  const pv = sepV[2];
  EV.push({ d: "2021-06-10", kind: "plan", v: pv });
  EV.push({ d: "2021-06-17", kind: "open", v: pv });
  // inspections of opened stations and other work
  stVill.slice(0, 6).forEach((v, j) => EV.push({ d: isoAdd(openDates[j], rint(20, 40)), kind: "check", v }));
  [["2020-10-20", "● 全区站长培训（电商中心）"], ["2020-12-15", "● 月报报送市商务局"], ["2021-03-24", "● 镇村站点运营调度会"], ["2021-05-12", "● 省商务厅调研"], ["2021-08-04", "● 迎检工作部署会"]]
    .forEach(([d, t]) => EV.push({ d, kind: "other", t }));
  const townOfV = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOfV[v] = x.t;
  const label = (e, idx) => {
    if (e.kind === "other") return e.t;
    const t = townOfV[e.v];
    const s = stemOf(e.v);
    if (e.kind === "open") {
      if (e.second) return `▲ 挂牌：${t} ${s}村第二站（邮政便民点）`;
      if (!admin.includes(e.v)) return `▲ 挂牌：${t} ${e.v}电商服务点`;
      return idx % 3 === 0 ? `▲ 挂牌：${t} ${s}村委会电商服务站` : idx % 3 === 1 ? `▲ ${s}村电商服务站挂牌（${t}）` : `▲ 挂牌：${t}${s}村站`;
    }
    if (e.kind === "plan") return `△ 计划挂牌：${t} ${s}村站（台风，改期见17日）`;
    if (e.kind === "check") return `◇ 验收：${s}村站`;
    return e.t;
  };
  const MONTHS = monthsBetween("2020-10", "2021-09");
  const cRows = [["惠阳区村级电商服务站点挂牌日历（电商股工作日历摘录）"], ["图例：▲ 站点挂牌开业　◇ 站点验收（不是开业）　△ 计划（未办成，见改期日）　● 其他工作"]];
  const cMerges = ["A1:G1", "A2:G2"];
  const sRecs = [];
  let li = 0;
  for (const m of MONTHS) {
    const [y, mo] = m.split("-").map(Number);
    cRows.push(padRow([], 7));
    cRows.push([cnMonth(m), null, null, null, null, null, null]);
    cMerges.push(`A${cRows.length}:G${cRows.length}`);
    cRows.push(["一", "二", "三", "四", "五", "六", "日"]);
    const first = new Date(Date.UTC(y, mo - 1, 1)).getUTCDay();
    const offset = (first + 6) % 7;
    const nd = lastDay(y, mo);
    let week = Array(7).fill(null);
    let col = offset;
    for (let d = 1; d <= nd; d++) {
      const iso = `${m}-${pad2(d)}`;
      const evs = EV.filter((e) => e.d === iso);
      if (evs.length === 0) week[col] = d;
      else {
        const lines = evs.map((e) => {
          const s = label(e, li++);
          if (e.kind === "open") sRecs.push({ village: e.v, opened: e.d });
          return s;
        });
        week[col] = `${d}\n${lines.join("\n")}`;
      }
      col++;
      if (col === 7 || d === nd) {
        cRows.push(week);
        week = Array(7).fill(null);
        col = 0;
      }
    }
  }
  cRows.push(padRow([], 7));
  cRows.push(["注：挂牌日期以镇政府授牌仪式当天为准；验收为区商务局组织的运营验收。", null, null, null, null, null, null]);
  cMerges.push(`A${cRows.length}:G${cRows.length}`);
  assert(sRecs.length === EV.filter((e) => e.kind === "open").length && sRecs.length === 23, "l1 23 openings " + sRecs.length);
  assert(new Set(EV.filter((e) => e.kind !== "other").map((e) => e.d + e.kind + e.v)).size === EV.filter((e) => e.kind !== "other").length, "l1 events unique");

  // ---------------- 支付明细（日期 × 承建单位）
  const PAYEE = [["惠州市惠阳区电商运营服务有限公司", "中心建设运营", 1500000], ["中国邮政集团有限公司惠州市惠阳区分公司", "站点建设", 1200000],
    ["惠州市惠阳区职业技术学校", "人才培训", 600000], ["惠州市惠阳区速运物流有限公司", "物流体系", 1100000], ["惠州市惠阳区禾美品牌策划有限公司", "品牌推广", 600000]];
  assert(sum(PAYEE.map((p) => p[2])) === 5000000, "l1 contracts 500万");
  const PAY = [["2020-08-14", [[0, 450000]]], ["2020-10-30", [[1, 360000], [2, 180000]]], ["2020-12-21", [[3, 330000]]], ["2021-01-26", [[0, 600000]]],
    ["2021-03-19", [[4, 180000]]], ["2021-04-23", [[1, 480000], [3, 385000]]], ["2021-06-11", [[2, 240000]]], ["2021-07-29", [[4, 246500]]],
    ["2021-08-31", [[0, 150000]]], ["2021-09-10", [[1, 240000], [2, 108000]]]];
  const fRows = [["惠阳区电子商务进农村综合示范专项资金支付明细（按承建单位）"], ["单位：元　　（按国库支付日期逐日登记；同日支付多家的记在同一行）"],
    ["序号", "支付日期", "承建单位（合同内容）", null, null, null, null, "当日合计", "国库支付凭证号"],
    [null, null].concat(PAYEE.map((p) => `${p[0]}（${p[1]}）`), [null, null]),
    [null, "合同金额"].concat(PAYEE.map((p) => p[2]), [sum(PAYEE.map((p) => p[2])), null])];
  const fMerges = ["A1:I1", "A2:I2", "A3:A4", "B3:B4", "C3:G3", "H3:H4", "I3:I4"];
  const fRecs = [];
  PAY.forEach(([d, cells], j) => {
    const row = [j + 1, j % 3 === 0 ? D(d) : j % 3 === 1 ? dotDate(d) : cnDate(d), null, null, null, null, null, sum(cells.map((c) => c[1])), `GK${d.replace(/-/g, "")}-${pad2(j + 1)}`];
    for (const [pi, amt] of cells) {
      row[2 + pi] = j % 2 ? fmtMoney(amt) : amt;
      fRecs.push({ date: d, amount: amt });
    }
    fRows.push(row);
  });
  const colTot = PAYEE.map((_, pi) => sum(PAY.flatMap(([, cells]) => cells.filter((c) => c[0] === pi).map((c) => c[1]))));
  fRows.push(["合计", null].concat(colTot, [sum(colTot), null]));
  fMerges.push(`A${fRows.length}:B${fRows.length}`);
  assert(fRecs.length === 13 && sum(colTot) === sum(fRecs.map((r) => r.amount)), "l1 13 payments");

  // ---------------- 外宣上稿（√ columns）
  const LV = ["national", "province", "city", "county"];
  const FORM = ["报纸", "电视", "网络"];
  const M = [["2020-10-23", "惠阳区融媒体中心《惠阳新闻》", "永湖镇首批电商服务站挂牌", 3, 1], ["2020-12-09", "惠州日报", "惠阳：电商进村，荔枝蜜卖出山", 2, 0],
    ["2021-01-18", "“惠阳发布”微信公众号", "惠阳年货节线上开卖", 3, 2], ["2021-03-30", "南方+客户端", "惠阳农村电商带旺特色农产品", 1, 2],
    ["2021-05-14", "惠州广播电视台《惠州新闻》", "惠阳脱贫户直播带货", 2, 1], ["2021-06-25", "新华网", "广东惠阳：小网店连起致富路", 0, 2],
    ["2021-08-12", "广东广播电视台珠江频道", "惠阳电商服务站里的新生活", 1, 1], ["2021-09-06", "惠州日报", "惠阳电商进农村示范创建成果", 2, 0]];
  const mRows = [["惠阳区电子商务进农村外宣上稿台账"], ["（区委宣传部外宣组提供，电商股补充；级别、形式在对应栏打√）"],
    ["序号", "刊播日期", "媒体", "稿件标题", "级别", null, null, null, "形式", null, null],
    [null, null, null, null, "国家级", "省级", "市级", "区级", "报纸", "电视", "网络"]];
  const mMerges = ["A1:K1", "A2:K2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:H3", "I3:K3"];
  const mRecs = [];
  M.forEach(([d, media, title, lv, fm], j) => {
    const row = [j + 1, j % 2 ? slashDate(d) : D(d), media, `《${title}》`, null, null, null, null, null, null, null];
    row[4 + lv] = j === 4 ? "✓" : "√";
    row[8 + fm] = "√";
    mRows.push(row);
    mRecs.push({ date: d, level: LV[lv], tv: FORM[fm] === "电视" });
  });

  const notes = [["惠阳区电子商务进农村台账（第三册）说明"], ["1．《村居集中供水》借用区水务局统计表作村（居）委会名单，类别“村委会”为行政村、“居委会”为社区；“小计”“合计”行不是村居；表中没有快递覆盖情况。"],
    ["2．《挂牌日历》摘自电商股工作日历，▲为站点挂牌开业，◇验收、△计划和●其他工作都不是建站。"], ["3．《支付明细》一格一笔支付，“合同金额”行和“当日合计”列不是支付。"],
    ["4．《外宣上稿》级别、形式打√。"], ["惠阳区商务局电商股　2021年9月"]];
  return {
    description:
      "惠州惠阳区商务局台账第三册（说明页加四张表）：村居名单借用区水务局《农村集中供水覆盖情况统计表》（四镇节选，镇纵向合并，类别“村委会／居委会”，名称写“××村委会”“××村民委员会”“××社区”“××居委会”，每镇一行“小计”、末行合计，贫困村是／否、居委会空白，没有快递列）；站点是电商股工作日历摘录《挂牌日历》——2020年10月到2021年9月每月一块（月份标题、一至日表头、一周一行），日期格里第一行是日子、下面是当天事项，只有“▲ 挂牌”是站点（写法有“▲ 挂牌：镇 ××村委会电商服务站”“▲ ××村电商服务站挂牌（镇）”“▲ 挂牌：镇××村站”、一个社区服务点、一村第二站），“◇ 验收”“△ 计划挂牌（台风改期）”“● 其他工作”不是，记录按月、按周、自周一到周日读，8月31日一站、9月两站照列；资金是“日期×承建单位”矩阵（两行表头，承建单位合并在五家之上，单位元，一格一笔，同日两家为两条，数字和千分位文本混写，“合同金额”行、“当日合计”列和合计行不是支付，9月10日一行照列）；外宣上稿台账级别（国家级／省级／市级／区级）和形式（报纸／电视／网络）都是打√（一处✓）的栏。",
    sheets: [
      { name: "说明", rows: notes, merges: [] },
      { name: "村居集中供水", rows: vRows, merges: vMerges },
      { name: "挂牌日历", rows: cRows, merges: cMerges },
      { name: "支付明细", rows: fRows, merges: fMerges },
      { name: "外宣上稿", rows: mRows, merges: mMerges },
    ],
    expect: {
      sheets: {
        "说明": { kind: null },
        "村居集中供水": { kind: "villages", records: vRecs },
        "挂牌日历": { kind: "stations", records: sRecs },
        "支付明细": { kind: "funds", records: fRecs },
        "外宣上稿": { kind: "media", records: mRecs },
      },
    },
  };
}

// =====================================================================================================
// l2 — 茂名茂南区: poor villages' PV stations, two-half sign-in sheets, ✓-grid poor persons, 通知—报送 round trips
// =====================================================================================================
function buildL2() {
  const REGION = "440902";
  const vName = nameMaker("新东西南北上下大长石塘坡禾", ["岭", "塘", "坡", "垌", "江", "田", "头", "边", "湾", "水"], "村", ["鳌头", "山阁", "袂花", "公馆", "镇盛"]);
  // ---------------- 光伏电站台账
  const PV = [["鳌头镇", 1], ["山阁镇", 2], ["袂花镇", 2], ["公馆镇", 1], ["镇盛镇", 1]];
  const pvRows = [["茂南区省定贫困村光伏扶贫电站运维台账"], ["（区乡村振兴局　2021年6月；装机容量kW，发电量kWh，收益元）"],
    ["序号", "镇", "村", "装机容量", "并网时间", "2020年发电量", "2020年收益", "运维单位", "备注"], ["一、省定贫困村光伏电站", null, null, null, null, null, null, null, null]];
  const pvMerges = ["A1:I1", "A2:I2", "A4:I4"];
  const pvRecs = [];
  let n = 0;
  for (const [t, c] of PV) {
    for (let j = 0; j < c; j++) {
      const v = vName();
      const cap = [60, 80, 100][rint(0, 2)];
      const twoPhase = n === 2;
      const nm = n % 3 === 1 ? `${stemOf(v)}村委会` : v;
      pvRows.push([++n, j === 0 ? t : "〃", nm, twoPhase ? "60＋40" : cap, dateCell(randIsoBetween("2018-06-01", "2019-12-20"), n), (twoPhase ? 100 : cap) * rint(980, 1150),
        null, "茂名市茂南区电力工程有限公司", twoPhase ? "一期60kW、二期40kW扩容" : null]);
      const row = pvRows[pvRows.length - 1];
      row[6] = Math.round(row[5] * 0.43);
      pvRecs.push({ name: v });
    }
  }
  pvRows.push([null, "小计", `${n}个村`, null, null, null, null, null, null]);
  pvRows.push(["二、非贫困村集体自建电站（不属省定贫困村，附列）", null, null, null, null, null, null, null, null]);
  pvMerges.push(`A${pvRows.length}:I${pvRows.length}`);
  for (let j = 0; j < 2; j++) {
    const v = vName();
    pvRows.push([j + 1, ["袂花镇", "金塘镇"][j], v, 50, dateCell(randIsoBetween("2020-03-01", "2020-12-20"), j), 50 * rint(980, 1100), null, "村集体自行运维", "村集体经济项目"]);
    const row = pvRows[pvRows.length - 1];
    row[6] = Math.round(row[5] * 0.43);
  }
  assert(pvRecs.length === 7, "l2 7 poor villages");

  // ---------------- 培训签到（两栏）
  const SES = [
    { title: "第2期　网店运营实操培训", dateText: "2020年12月16日", iso: "2020-12-16", place: "茂南区电子商务公共服务中心", n: 17 },
    { title: "第4期　直播带货培训", dateText: "2021.3.18", iso: "2021-03-18", place: "山阁镇党群服务中心", n: 14 },
    { title: "第6期　农产品短视频拍摄（两天班）", dateText: "2021年5月20日—21日", iso: "2021-05-21", place: "袂花镇文化站", n: 15 },
    { title: "第9期　农产品包装与寄递", dateText: "2021年9月9日", iso: "2021-09-09", place: "茂南区电子商务公共服务中心", n: 10 },
  ];
  const VILL = Array.from({ length: 10 }, () => vName());
  const pool = Array.from({ length: 60 }, () => ({ name: personName(), id: makeId(REGION, birthBetween(1968, 2001), rnd() < 0.5), vil: VILL[rint(0, VILL.length - 1)] }));
  const xP = { name: personName(), id: makeId(REGION, birthBetween(1975, 1995), true, true), vil: VILL[0] };
  const tRows = [];
  const tMerges = [];
  const tRecs = [];
  tRows.push(["茂南区农村电商培训签到表（A4横向双栏打印）", null, null, null, null, null, null, null, null, null, null]);
  tMerges.push("A1:K1");
  tRows.push(["（每期左栏排满后接右栏，序号连续；学员身份证号本人填写）", null, null, null, null, null, null, null, null, null, null]);
  tMerges.push("A2:K2");
  let pi = 0;
  SES.forEach((s, si) => {
    tRows.push(padRow([], 11));
    tRows.push([`${s.title}　培训时间：${s.dateText}　地点：${s.place}`, null, null, null, null, null, null, null, null, null, null]);
    tMerges.push(`A${tRows.length}:K${tRows.length}`);
    tRows.push(["序号", "姓名", "身份证号", "所在村", "签名", null, "序号", "姓名", "身份证号", "所在村", "签名"]);
    const people = [];
    for (let k = 0; k < s.n; k++) people.push(pool[pi++]);
    if (si === 1) people[5] = xP;
    if (si === 2) people[3] = pool[0]; // attends again (first in 第2期)
    if (si === 3) people[7] = xP; // the x-ID trainee again in September
    assert(new Set(people).size === people.length && pi <= pool.length, "l2 distinct people in a session");
    const half = Math.ceil(s.n / 2);
    const idCellOf = (p, k) => {
      if (p === xP) return { cell: si === 1 ? p.id.slice(0, 17) + "x" : p.id, rec: p.id };
      if (si === 0 && k === 6) return { cell: spacedId(p.id), rec: p.id };
      if (si === 2 && k === 8) return { cell: maskId(p.id), rec: maskId(p.id) };
      if (si === 1 && k === 10) return { cell: "（未带身份证）", rec: null };
      return { cell: p.id, rec: p.id };
    };
    const cells = people.map((p, k) => ({ p, k, ...idCellOf(p, k) }));
    for (let r = 0; r < half; r++) {
      const L = cells[r];
      const R = cells[half + r];
      const row = [L.k + 1, L.p.name, L.cell, L.p.vil, "（签名）", null];
      if (R) row.push(R.k + 1, R.p.name, R.cell, R.p.vil, "（签名）");
      else row.push(null, null, null, null, null);
      tRows.push(row);
    }
    for (const c of cells) tRecs.push({ date: s.iso, personTimes: 1, id: c.rec });
    tRows.push([`本期实到：${s.n}人`, null, null, null, null, null, null, null, null, null, null]);
    tMerges.push(`A${tRows.length}:K${tRows.length}`);
  });
  assert(tRecs.length === 56 && tRecs.filter((r) => r.id === null).length === 1, "l2 56 sign-ins");
  checkTrainingIds(tRecs, "l2");

  // ---------------- 脱贫劳动力（✓ grid）
  const pRows = [["茂南区脱贫人口劳动力及务工情况核查表（山阁镇节选）"], ["（镇扶贫工作站2021年6月入户核查；弱劳动力按有劳动能力计；区外省内、省外务工为外出务工；在校生务工栏不填）"],
    ["序号", "户编号", "姓名", "身份证号", "劳动能力", null, null, "务工情况", null, null, null, "备注"],
    [null, null, null, null, "有", "弱", "无", "区内务工", "区外省内", "省外", "未务工", null]];
  const pMerges = ["A1:L1", "A2:L2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "H3:K3", "L3:L4"];
  const pRecs = [];
  const codes = shuffle([].concat(Array(7).fill("H-L"), Array(3).fill("W-L"), Array(4).fill("H-O"), Array(3).fill("H-P"), Array(2).fill("N-U"), Array(2).fill("S")));
  let h = 0;
  let ci = 0;
  let xDone = false;
  while (ci < codes.length) {
    const size = Math.min(codes.length - ci, rint(2, 4));
    const grp = codes.slice(ci, ci + size);
    ci += size;
    const hh = `4409020${pad3(h * 7 + 101)}`;
    h++;
    const r0 = pRows.length + 1;
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    grp.forEach((c, j) => {
      const [lab, work] = c.split("-");
      const birth = c === "S" ? birthBetween(2003, 2006) : lab === "N" ? birthBetween(1940, 1956) : birthBetween(1966, 2000);
      const wantX = !xDone && c === "H-O" ? true : undefined;
      const id = makeId(REGION, birth, rnd() < 0.5, wantX);
      let idc = id;
      if (wantX) {
        idc = id.slice(0, 17) + "x";
        xDone = true;
      }
      const row = [pRows.length - 3, j === 0 ? hh : null, j === 0 ? personName(sn) : personName(j === 1 ? undefined : sn), idc, null, null, null, null, null, null, null, null];
      const tick = j % 5 === 4 ? "✓" : "√";
      if (c === "S") {
        row[4] = tick;
        row[11] = "在校生";
        pRecs.push({ id, labour: true, migrant: null });
      } else {
        row[4 + { H: 0, W: 1, N: 2 }[lab]] = tick;
        row[7 + { L: 0, O: 1, P: 2, U: 3 }[work]] = tick;
        pRecs.push({ id, labour: lab !== "N", migrant: work === "O" || work === "P" });
      }
      pRows.push(row);
    });
    mergeCol(pMerges, "B", r0, pRows.length);
  }
  assert(xDone && pRecs.length === 21, "l2 21 persons");

  // ---------------- 月报“通知—报送”
  const rRows = [["茂南区电商进农村月报报送情况（对照市局通知）"], ["（左边是茂名市商务局的催报通知，右边是我局实际报送；以“实际报送日期”为准）"],
    ["序号", "市局通知日期", "所报月份", "报送时限", "实际报送日期", "报送方式", "附电商扶贫统计表", "备注"]];
  const rRecs = [];
  let rk = 0;
  for (const m of monthsBetween("2020-08", "2021-08")) {
    const next = monthsBetween(m, "2021-12")[1];
    const notice = `${next}-01`;
    const due = `${next}-10`;
    let sent = `${next}-${pad2(rint(3, 9))}`;
    let note = null;
    let sentCell;
    if (m === "2020-12") {
      sent = "2021-01-12";
      note = "逾期2天";
    }
    if (m === "2021-01") {
      rRows.push([++rk, dotDate(notice), cnMonth(m), dotDate(due), "未单独报送", null, null, "春节，与2月合并于3月报送"]);
      continue;
    }
    if (m === "2021-02") note = "含1月";
    const pov = m < "2020-10" ? "否" : m === "2021-05" ? null : "是";
    sentCell = rk % 3 === 0 ? D(sent) : rk % 3 === 1 ? dotDate(sent) : cnDate(sent);
    rRows.push([++rk, dotDate(notice), cnMonth(m), dotDate(due), sentCell, rk % 2 ? "粤政易" : "电子邮件", pov, note]);
    rRecs.push({ date: sent, poverty: pov === "是" ? true : pov === "否" ? false : null });
  }
  assert(rRecs.length === 12, "l2 12 reports");

  const cover = [["茂南区电子商务进农村综合示范台账（第二册）"], [null], ["一、省定贫困村光伏扶贫电站运维台账（借用）"], ["二、农村电商培训签到表（双栏）"], ["三、脱贫人口劳动力及务工情况核查表"],
    ["四、月报报送情况"], [null], ["茂名市茂南区商务局　2021年9月"]];
  return {
    description:
      "茂名茂南区商务局台账第二册（封面加四张表）：省定贫困村名单借用区乡村振兴局《光伏扶贫电站运维台账》——“一、省定贫困村光伏电站”一村一行（同镇第二行镇名写“〃”，村名有的写“××村委会”，一村装机“60＋40”是两期扩容，仍是一个村），小计行，下面“二、非贫困村集体自建电站（附列）”两行不是贫困村；培训签到按A4横向双栏打印，每期一块（整行标题写期次、主题、培训时间和地点，日期只在标题里：“2020年12月16日”“2021.3.18”、两天班“2021年5月20日—21日”按21日、9月9日一期照列），块内左右两套 序号｜姓名｜身份证号｜所在村｜签名，先左栏后右栏、序号连续，块尾“本期实到”行不是学员，身份证号有小写x（同一人9月那期写成大写X）、带空格、中间打码（照写）、“（未带身份证）”（id为空），第2期一人在第6期又来一次；脱贫人口核查表两行表头，劳动能力“有｜弱｜无”、务工“区内务工｜区外省内｜省外｜未务工”打√（个别✓），弱算有劳动能力，区外省内、省外为外出，在校生务工栏空（不判定），一人身份证末位小写x，户编号按户合并；月报表左边是市局通知（通知日期、报送时限），只有“实际报送日期”是报送，1月“未单独报送”不是记录，附扶贫统计表“是／否”、一格空白。",
    sheets: [
      { name: "封面", rows: cover, merges: [] },
      { name: "光伏电站台账", rows: pvRows, merges: pvMerges },
      { name: "培训签到（双栏）", rows: tRows, merges: tMerges },
      { name: "脱贫劳动力核查", rows: pRows, merges: pMerges },
      { name: "月报报送", rows: rRows, merges: ["A1:H1", "A2:H2"] },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "光伏电站台账": { kind: "poorVillages", records: pvRecs },
        "培训签到（双栏）": { kind: "training", records: tRecs },
        "脱贫劳动力核查": { kind: "poorPersons", records: pRecs },
        "月报报送": { kind: "reports", records: rRecs },
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
write("counties", "b181-c1-qujiang.json", c1);
write("facts", "b181-f1-huadu.json", f1);
write("facts", "b181-f2-mazhang.json", f2);
write("facts", "b181-f3-qingcheng.json", f3);
write("ledgers", "b181-l1-huiyang.json", l1);
write("ledgers", "b181-l2-maonan.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
