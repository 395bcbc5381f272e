// Batch 183 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b180.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (183183), no clock. Run: node test/corpus/_b183/gen-b183.js
//
// c1 清城区 (清远): whole workbook. The facts are a 部门会审表: one column per supplying department (统计局, 民政局, 农业农村局,
//    财政局, 邮政管理局, 政数局, 商务局, 中心运营方) under a merged “各部门提供数据” group header, each value in its supplier's
//    column; where two departments differ the 会审意见 column says whose number stands. Self-scores on their own sheet.
//    Ledgers: station list ordered by 授牌 batch with the batch date merged down the date column (plus one 补授牌 row that decides
//    70%), popular training by session plus a separate poor-household sign-in sheet (both are person-times), accounting-format
//    money text (“ ¥ 900,000.00 ”, “ ¥ - ”), a village list whose express column overrules the postal bureau's 100%.
// f1 榕城区 (揭阳): the official indicator table re-typed (indicator names stacked one character per line as in the PDF), facts in
//    a last 自评说明 column tagged 【数据】【做法】【佐证】 on separate lines, sub-scores in brackets inside the sentences.
// f2 端州区 (肇庆): a printed 基本情况表 in five blocks: two label/value pairs a row with full-width digits, a 领导小组 roster, twenty
//    是/否 items ticked in one of two columns (the 说明 column carries the opening date “21.1.16”; one item unticked “见附件3”),
//    a data block with a unit column and “见附件1”, judged items with “—”.
// f3 金湾区 (珠海): a three-stage 审核表 (经办人填报 → 电商科审核 → 分管领导审定); “同意” keeps the previous stage, a value replaces it;
//    the self-scores go through the same three stages.
// l1 花都区 (广州): stations one row per village with 站点一/站点二 column pairs under a two-row header (0, 1 or 2 stations a
//    village); a sign-in sheet whose session and date cells are merged down each session (a masked session, a spaced ID, a
//    lowercase x, “未提供”); a park list in the park's own type words with month-only dates.
// l2 梅江区 (梅州): the 民政 village statistics table (type only in the name, 小计 rows per town), a poor-person list in codes with a
//    legend row, payments in accounting format split by year with 小计 rows, media levels as ★ with a legend, materials.
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
let seed = 183183;
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
    assert(/^b183-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b183-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b183-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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

// ---------------------------------------------------------------- extra helpers (batch 183)
function acct(yuan) {
  // a money cell copied out of an Excel 会计专用 format: " ¥ 1,250,000.00 ", zero shows as " ¥ - "
  return yuan === 0 ? " ¥ -   " : ` ¥ ${fmtMoney(yuan)} `;
}
function stemOf(v) {
  return v.replace(/村民委员会$|村委会$|村$|社区居民委员会$|社区居委会$|社区$/, "");
}
function villageCell(v, k) {
  // the same village written three ways
  const s = stemOf(v);
  return [v, `${s}村委会`, `${s}村民委员会`, v][k % 4];
}
function zhDate(iso) {
  // 2021年3月26日 with the month and day zero-padded, the way some clerks type it
  const [y, m, d] = ymd(iso);
  return `${y}年${String(m).padStart(2, "0")}月${String(d).padStart(2, "0")}日`;
}

// =====================================================================================================
// c1 — 清远清城区: whole workbook; the facts are a 部门会审表 (one column per department, the value in the
//      column of the department that supplied it), the self-scores on their own sheet
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "441802";
  const TOWNS = [["东城街道", 6, 8], ["洲心街道", 9, 5], ["横荷街道", 8, 4], ["凤城街道", 0, 10], ["源潭镇", 14, 3], ["龙塘镇", 13, 2],
    ["石角镇", 14, 2], ["飞来峡镇", 11, 1]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("大小新高黄石塘山陂岗马白竹龙水江", ["坑", "岗", "塘", "坪", "田", "洞", "围", "岭", "湖", "陂", "头", "基", "埔", "寮"], "村", prefixes);
  const cName = nameMaker("华新丽锦富康泰嘉凤明城", ["苑", "园", "庭", "景", "湾", "汇", "安", "和", "兴"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  assert(admin.length === 75 && comms.length === 35, "c1 75 villages + 35 communities");
  noStemClash(admin, comms, "c1");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const byTown = (t) => towns.find((x) => x.t === t);
  const poor = [byTown("源潭镇").vs[3], byTown("源潭镇").vs[9], byTown("石角镇").vs[2], byTown("石角镇").vs[11], byTown("飞来峡镇").vs[1], byTown("飞来峡镇").vs[7]];
  const poorSet = new Set(poor);
  const noExpress = byTown("飞来峡镇").vs[9];
  assert(!poorSet.has(noExpress), "c1 the no-express village is not poor");

  // ---------------- 村（居）委会名单
  const vRows = [["清城区村（居）民委员会名单"], ["（区民政局提供，2021年6月30日；省定贫困村由区乡村振兴局标注，快递进村由各镇（街道）填报）"],
    ["序号", "镇（街道）", "村（居）委会名称", "类别", "省定贫困村", "快递进村", "备注"]];
  const vMerges = ["A1:G1", "A2:G2"];
  let vs = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    const list = x.vs.map((v) => ({ v, a: true })).concat(x.cs.map((c) => ({ v: c, a: false })));
    list.forEach((e, k) => {
      vs++;
      const nm = e.a ? (k % 3 === 1 ? `${stemOf(e.v)}村委会` : k % 3 === 2 ? `${stemOf(e.v)}村民委员会` : `${stemOf(e.v)}村委会`) : `${stemOf(e.v)}社区居委会`;
      vRows.push([vs, k === 0 ? x.t : null, nm, e.a ? "村委会" : "居委会", e.a && poorSet.has(e.v) ? "是" : null, e.a ? (e.v === noExpress ? "否" : "是") : "—",
        e.v === noExpress ? "山区自然村分散，快递暂由镇邮政所代收" : null]);
    });
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push(["合计", null, `村委会${admin.length}个，居委会${comms.length}个`, null, `${poor.length}个`, null, null]);
  vMerges.push(`A${vRows.length}:B${vRows.length}`);

  // ---------------- 站点台账（按授牌批次，授牌日期按批次合并）
  const shA = shuffle(admin.filter((v) => !poorSet.has(v) && v !== noExpress));
  const covered = poor.slice(0, 5).concat(shA.slice(0, 48));
  assert(covered.length === 53, "c1 53 covered");
  const b4 = [poor[5]].concat(shA.slice(48, 53));
  const lateV = covered[52];
  const b1v = covered.slice(0, 23);
  const b2v = covered.slice(23, 45);
  const b3v = covered.slice(45, 52);
  const dupV = b1v[6];
  const commSt = byTown("东城街道").cs[2];
  const tIdx = Object.fromEntries(TOWNS.map(([t], j) => [t, j]));
  const sortT = (a) => a.slice().sort((p, q) => tIdx[townOf[p]] - tIdx[townOf[q]]);
  const BATCH = [
    { no: "第一批", iso: "2020-11-20", cell: D("2020-11-20"), vs: sortT(b1v.concat([commSt])) },
    { no: "第二批", iso: "2021-03-26", cell: "2021年3月26日", vs: sortT(b2v) },
    { no: "第三批", iso: "2021-06-18", cell: "2021.6.18", vs: sortT(b3v.concat([dupV])) },
    { no: "第四批", iso: "2021-09-10", cell: "2021.9.10", vs: sortT(b4) },
  ];
  const BUILDER = ["中国邮政清城区分公司", "清远市供销电子商务有限公司", "区电商运营中心"];
  const sRows = [["清城区村级电子商务服务站点台账"], ["（区商务局电商股　2021年9月12日更新；站点按授牌批次排列，授牌日期按批次合并填写）"],
    ["序号", "镇（街道）", "所在村（居）", "站点名称", "承建单位", "授牌日期", "站点视频", "备注"]];
  const sMerges = ["A1:H1", "A2:H2"];
  const stations = [];
  let sn = 0;
  let vk = 0;
  const stRow = (v, dateCellValue, note, second) => {
    const isComm = !admin.includes(v);
    const b = BUILDER[rint(0, 2)];
    const name = isComm ? `${stemOf(v)}社区电商服务点` : b.startsWith("中国邮政") ? `邮乐购${stemOf(v)}村站${second ? "（二）" : ""}` : `${stemOf(v)}村电商服务站${second ? "（二）" : ""}`;
    sRows.push([++sn, townOf[v], isComm ? `${stemOf(v)}社区` : villageCell(v, vk++), name, b, dateCellValue, rnd() < 0.85 ? "已上传" : "补拍中", note]);
  };
  for (const B of BATCH) {
    const r0 = sRows.length + 1;
    B.vs.forEach((v, k) => {
      const second = B.no === "第三批" && v === dupV;
      stRow(v, k === 0 ? B.cell : null, second ? "本村第二个站点（村委会旧址）" : v === commSt ? "社区服务点" : null, second);
      stations.push({ v, op: B.iso });
    });
    mergeCol(sMerges, "F", r0, sRows.length);
    // town merges inside the batch
    let k0 = r0;
    for (let r = r0 + 1; r <= sRows.length + 1; r++) {
      if (r > sRows.length || sRows[r - 1][1] !== sRows[k0 - 1][1]) {
        if (r - 1 > k0) {
          for (let q = k0 + 1; q <= r - 1; q++) sRows[q - 1][1] = null;
          sMerges.push(`B${k0}:B${r - 1}`);
        }
        k0 = r;
      }
    }
    if (B.no === "第二批") {
      stRow(lateV, "2021.7.2", "列入第二批，招牌整改后补授牌", false);
      stations.push({ v: lateV, op: "2021-07-02" });
    }
  }
  sRows.push([null, "合计", `${stations.length}个站点`, null, null, null, null, null]);
  sRows.push(["注：授牌日期一栏按批次合并，同一批次站点授牌日期相同；第二批中一个站点因招牌不规范整改，2021年7月2日单独补授牌。", null, null, null, null, null, null, null]);
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  const adminSet = new Set(admin);
  const cov = new Set(stations.filter((s) => adminSet.has(s.v) && s.op <= CUT).map((s) => s.v));
  const covPoor = poor.filter((p) => cov.has(p));
  assert(cov.size === 53 && ratioGE(53, 75, 70) && !ratioGE(52, 75, 70), "c1 53/75 = 70.7% → 5, without the 补授牌 row 69.3%");
  assert(covPoor.length === 5 && ratioGE(5, 6, 80) && !ratioGE(5, 6, 100), "c1 poor 5/6 → 3");
  assert(stations.length === 61, "c1 61 stations " + stations.length);

  // ---------------- 脱贫人口名单
  const plan = shuffle([].concat(Array(100).fill("E"), Array(18).fill("M"), Array(22).fill("N")));
  const persons = [];
  const pRows = [["清城区脱贫人口（建档立卡）劳动力情况名单"], ["（区乡村振兴局2021年7月从扶贫信息系统导出；“是否外出务工”指在区外务工）"],
    ["序号", "户编号", "姓名", "与户主关系", "身份证号码", "所在镇", "所在村", "劳动技能", "是否外出务工", "备注"]];
  const pMerges = ["A1:J1", "A2:J2"];
  let ci = 0;
  let hh = 0;
  let xDone = false;
  const poorHomes = poor.concat(shA.slice(60, 66));
  while (ci < plan.length) {
    const size = Math.min(plan.length - ci, rint(2, 5));
    const codes = plan.slice(ci, ci + size).sort((a, b) => (a === "N") - (b === "N"));
    ci += size;
    hh++;
    const home = poorHomes[hh % poorHomes.length];
    const sn0 = SURNAMES[rint(0, SURNAMES.length - 1)];
    const r0 = pRows.length + 1;
    let headY = 1975;
    codes.forEach((c, j) => {
      let birth;
      let rel;
      const male = rnd() < 0.55;
      if (j === 0) {
        rel = "户主";
        birth = c === "N" ? birthBetween(1938, 1955) : birthBetween(1966, 1985);
        headY = Number(birth.slice(0, 4));
      } else if (c === "N") {
        rel = rnd() < 0.5 ? (male ? "之父" : "之母") : male ? "之孙子" : "之孙女";
        birth = rel.includes("孙") ? birthBetween(2008, 2016) : birthBetween(1936, Math.min(1956, headY - 20));
      } else if (j === 1) {
        rel = "配偶";
        birth = birthBetween(Math.max(1964, headY - 5), Math.min(1992, headY + 5));
      } else {
        rel = male ? "之子" : "之女";
        birth = birthBetween(Math.min(Math.max(headY + 20, 1986), 2002), 2002);
      }
      const wantX = !xDone && c === "E" && j === 0 ? true : undefined;
      const id = makeId(REGION, birth, male, wantX);
      if (wantX) xDone = true;
      const lab = c === "N" ? (rel.includes("孙") ? "无劳动力（在校生）" : ["丧失劳动力", "无劳动力"][rint(0, 1)]) : ["普通劳动力", "普通劳动力", "技能劳动力", "弱劳动力"][rint(0, 3)];
      const mig = c === "M" ? "是" : c === "E" ? "否" : null;
      const name = rel === "配偶" ? personName() : personName(sn0);
      persons.push({ id, c, name, home });
      pRows.push([persons.length, j === 0 ? `QC${String(2300 + hh * 7).padStart(6, "0")}` : null, name, rel, id, townOf[home], villageCell(home, hh), lab, mig,
        c === "M" ? ["广州市白云区", "深圳市龙岗区", "东莞市", "佛山市顺德区"][rint(0, 3)] + "务工" : null]);
    });
    mergeCol(pMerges, "B", r0, pRows.length);
  }
  assert(xDone && persons.length === 140, "c1 140 persons");
  const E = persons.filter((p) => p.c === "E");
  const M = persons.filter((p) => p.c === "M");
  const N = persons.filter((p) => p.c === "N" && !/2008|2009|201/.test(p.id.slice(6, 10)));
  assert(E.length === 100 && M.length === 18 && N.length >= 2, "c1 eligible 100");

  // ---------------- 脱贫户专场签到 (sign-in, one row a person-time)
  const xPerson = E.find((p) => p.id.endsWith("X"));
  const Es = shuffle(E.filter((p) => p !== xPerson));
  const T = [xPerson].concat(Es.slice(0, 57));
  const maskedP = Es[57];
  const sepNew = Es.slice(58, 72);
  assert(T.length === 58 && sepNew.length === 14, "c1 T 58");
  const SES = [
    { no: 1, title: "第一期　脱贫户农村电商实用技能专场", when: "2020年11月26日", iso: "2020-11-26", place: "源潭镇党群服务中心",
      ppl: T.slice(0, 26).concat([M[0], M[1]]) },
    { no: 2, title: "第二期　脱贫户网店开设与微商营销专场", when: "2021.1.14", iso: "2021-01-14", place: "石角镇文化站",
      ppl: T.slice(26, 41).concat(T.slice(0, 7), [M[2], N[0]]) },
    { no: 3, title: "第三期　脱贫户短视频与直播带货专场", when: "2021年5月19日—20日", iso: "2021-05-20", place: "区电子商务公共服务中心",
      ppl: T.slice(41, 58).concat(T.slice(7, 14), [M[3], maskedP]) },
    { no: 4, title: "第四期　脱贫户农产品包装与品牌专场", when: "2021年9月7日", iso: "2021-09-07", place: "飞来峡镇党群服务中心",
      ppl: sepNew.concat(T.slice(14, 17)) },
  ];
  const bRows = [["清城区脱贫户电商专场培训签到表（汇总）"], ["（各期签到表逐人录入；普及性培训另见《普及培训（按期）》，两表不重复）"]];
  const bMerges = ["A1:F1", "A2:F2"];
  let preRows = 0;
  const trainedIds = new Set();
  for (const s of SES) {
    bRows.push([`${s.title}　培训时间：${s.when}　地点：${s.place}`, null, null, null, null, null]);
    bMerges.push(`A${bRows.length}:F${bRows.length}`);
    bRows.push(["序号", "姓名", "身份证号", "所在村", "联系电话", "签名"]);
    shuffle(s.ppl).forEach((p, k) => {
      let idc = p.id;
      if (p === xPerson) idc = p.id.slice(0, 17) + "x";
      if (p === maskedP) idc = maskId(p.id);
      bRows.push([k + 1, p.name, idc, villageCell(p.home, k), mask(phone()), "（已签）"]);
      if (s.iso <= CUT) {
        preRows++;
        if (p !== maskedP) trainedIds.add(p.id);
      }
    });
    bRows.push([`本期签到${s.ppl.length}人`, null, null, null, null, null]);
    bMerges.push(`A${bRows.length}:F${bRows.length}`);
    bRows.push([null, null, null, null, null, null]);
  }
  bRows.pop();
  bRows.push(["注：第三期一名学员本人要求隐去身份证号中间8位。", null, null, null, null, null]);
  bMerges.push(`A${bRows.length}:F${bRows.length}`);
  const eligIds = new Set(E.map((p) => p.id));
  const trainedElig = [...trainedIds].filter((i) => eligIds.has(i)).length;
  assert(preRows === 78, "c1 78 sign-ins before the cut-off " + preRows);
  assert(trainedElig === 58 && ratioGE(58, 100, 50) && !ratioGE(58, 100, 70), "c1 58/100 → 10, no bonus");
  assert(ratioGE(58 + 14, 100, 70), "c1 with September 72% would be a bonus");

  // ---------------- 普及培训（按期）
  const PLACES = ["区电子商务公共服务中心", "源潭镇党群服务中心", "龙塘镇文化站", "石角镇新时代文明实践所", "飞来峡镇党群服务中心", "洲心街道社区服务中心", "横荷街道党群服务中心", "东城街道文化站"];
  const TOPICS = ["农村电商基础知识普及", "网店开设与运营", "短视频拍摄与剪辑", "直播带货实操", "农产品品牌与包装", "微信营销", "电商客服与售后", "跨境电商入门", "农产品上行与供应链"];
  const sess = [];
  const base = monthsBetween("2020-09", "2021-08");
  base.forEach((m, j) => {
    const n = j % 3 === 0 ? 1 : 2;
    for (let k = 0; k < n; k++) {
      const [y, mo] = m.split("-").map(Number);
      let d = `${m}-${String(rint(3, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`;
      if (d >= "2021-02-08" && d <= "2021-02-20") d = isoAdd(d, 14); // no classes over the Spring Festival
      if (d >= "2020-10-01" && d <= "2020-10-08") d = isoAdd(d, 8); // nor in the National Day week
      sess.push({ iso: d, n: rint(160, 330) });
    }
  });
  sess.sort((a, b) => cmp(a.iso, b.iso));
  let diff = 4938 - sum(sess.map((s) => s.n));
  for (let j = 0; diff !== 0; j = (j + 1) % sess.length) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 9);
    if (sess[j].n + st < 90 || sess[j].n + st > 420) continue;
    sess[j].n += st;
    diff -= st;
  }
  const A_pre = sum(sess.map((s) => s.n));
  assert(A_pre === 4938, "c1 A 4938");
  sess.push({ iso: "2021-09-03", n: 236, sep: true });
  const aRows = [["清城区农村电商普及性培训情况表（按期）"], ["（区电商公共服务中心填报；参训人次按各期签到表统计，脱贫户专场不在本表）"],
    ["期次", "培训日期", "培训地点", "培训内容", "参训人次", "其中：脱贫人口", "备注"]];
  const aMerges = ["A1:G1", "A2:G2"];
  let rangeDone = false;
  let textDone = false;
  sess.forEach((s, j) => {
    let dc = dateCell(s.iso, j);
    let nc = s.n;
    if (!rangeDone && j === 12) {
      const a = isoAdd(s.iso, -1);
      dc = `${dotDate(a)}-${Number(s.iso.slice(8))}`;
      rangeDone = a.slice(0, 7) === s.iso.slice(0, 7);
    }
    if (j === 14) {
      nc = `${s.n}人次`;
      textDone = true;
    }
    aRows.push([`第${j + 1}期`, dc, PLACES[j % PLACES.length], TOPICS[j % TOPICS.length], nc, rint(0, 6) || null, s.sep ? "9月班" : null]);
  });
  assert(rangeDone && textDone, "c1 a range and a text count");
  aRows.push(["合计", null, null, null, A_pre + 236, null, "含9月第" + sess.length + "期"]);
  const ptPre = A_pre + preRows;
  assert(ptPre === 5016 && ratioGE(ptPre, 500000, 1) && !ratioGE(A_pre, 500000, 1) && ratioGE(A_pre * 10, 500000 * 8, 1), "c1 5,016 → 10; 4,938 alone → 8");

  // ---------------- 入驻企业
  const FIRMS = [["清远市清城区电商运营服务有限公司", "电商运营服务商"], ["清远市清城区禾香品牌策划有限公司", "品牌设计"], ["清远市清城区顺通物流有限公司", "物流快递"],
    ["清远市清城区冷链科技有限公司", "物流快递"], ["清远市清城区鸡味鲜网店", "网店销售"], ["清远市清城区源潭麻鸡电子商务有限公司", "网店销售"],
    ["清远清城优选网络科技有限公司", "电商平台"], ["清远市清城区飞来峡茶叶商行", "网店销售"], ["清远市清城区龙塘果蔬电子商务有限公司", "网店销售"],
    ["清远市清城区石角青梅网店", "网店销售"], ["清远市清城区星河直播传媒有限公司", "直播机构"], ["清远市清城区乡情农产品商行", "网店销售"],
    ["清远市清城区云仓供应链有限公司", "物流快递"], ["清远市清城区代运营服务部", "电商运营服务商"], ["清远北江农品汇网络科技有限公司", "电商平台"],
    ["清远市清城区洲心竹笋网店", "网店销售"], ["清远市清城区横荷花卉电子商务有限公司", "网店销售"], ["清远市清城区东城手信商行", "网店销售"],
    ["清远市清城区清新果园电商有限公司", "网店销售"], ["清远市清城区摄影美工工作室", "设计服务"], ["清远市清城区鲜到家生鲜商行", "网店销售"]]
    .map(([n, t]) => ({ n, t, code: creditCode(REGION) }));
  const eRows = [["清城区电子商务产业园入驻企业名单"], ["（产业园运营中心　登记截至2021年9月15日）"],
    ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "状态", "备注"]];
  const enterDates = FIRMS.map(() => randIsoBetween("2020-10-10", "2021-08-20")).sort();
  const ents = FIRMS.map((f, j) => ({ ...f, entered: enterDates[j], left: null, note: null, status: "在园" }));
  ents[4].left = "2021-04-30";
  ents[4].status = "已退出";
  ents[4].note = "经营不善退园";
  ents[12].left = "2021-07-15";
  ents[12].status = "已退出";
  ents[12].note = "迁往清远市区物流园";
  assert(ents[4].entered < "2021-04-30" && ents[12].entered < "2021-07-15", "c1 exits after entries");
  // a renamed firm appears twice, same credit code
  const ren = ents[7];
  const renNew = { n: "清远市清城区飞来峡茶业电子商务有限公司", t: ren.t, code: ren.code, entered: "2021-05-10", left: null, status: "在园", note: `原“${ren.n}”更名，信用代码不变` };
  ren.status = "已更名";
  ren.note = "2021年5月10日更名，见下行";
  ents.splice(8, 0, renNew);
  ents.push({ n: "清远市清城区青梅直播基地有限公司", t: "直播机构", code: creditCode(REGION), entered: "2021-09-06", left: null, status: "在园", note: "9月新入驻" });
  ents.push({ n: "清远市清城区农创电商孵化有限公司", t: "电商运营服务商", code: creditCode(REGION), entered: "2021-08-30", left: null, status: "在园", note: null });
  ents.forEach((e, j) => eRows.push([j + 1, e.n, e.code, e.t, dateCell(e.entered, j + 2), e.left ? dotDate(e.left) : null, e.status, e.note]));
  const inPark = new Set(ents.filter((e) => e.entered <= CUT && !(e.left && e.left <= CUT)).map((e) => e.code));
  assert(ents.length === 24 && inPark.size === 20, "c1 24 rows, 20 firms in the park " + inPark.size);
  const inTypes = new Set(ents.filter((e) => inPark.has(e.code) && e.entered <= CUT).map((e) => e.t));
  assert(["电商平台", "网店销售", "电商运营服务商", "物流快递"].every((t) => inTypes.has(t)), "c1 four types");

  // ---------------- 资金拨付台账（会计专用格式）
  const PAY = [
    ["2020-10-16", "QC-2020-031", "清远市清城区电商运营服务有限公司", "区电商公共服务中心建设及运营首期款", 900000],
    ["2020-12-04", "QC-2020-047", "中国邮政集团有限公司清远市清城区分公司", "村级站点建设首期款", 560000],
    ["2021-01-20", "QC-2021-006", "清远市职业技能培训中心", "第一期培训服务费", 186500],
    ["2021-03-12", "QC-2021-019", "清远市清城区电商运营服务有限公司", "区电商公共服务中心建设进度款", 640000],
    ["2021-04-23", "QC-2021-027", "中国邮政集团有限公司清远市清城区分公司", "村级站点建设进度款", 480000],
    ["2021-05-28", "QC-2021-035", "清远市清城区顺通物流有限公司", "镇村物流配送体系建设首期款", 320000],
    ["2021-06-30", "QC-2021-044", "清远市职业技能培训中心", "第二期培训服务费", 203960],
    ["2021-07-22", "QC-2021-051", "清远市清城区冷链科技有限公司", "冷链及溯源系统建设首期款", 262000],
    ["2021-08-27", "QC-2021-058", "清远市清城区禾香品牌策划有限公司", "区域公用品牌推广服务费", 160000],
    ["2021-09-06", "QC-2021-063", "清远市清城区顺通物流有限公司", "镇村物流配送体系建设进度款", 240000],
    [null, null, "中国邮政集团有限公司清远市清城区分公司", "村级站点建设尾款（待验收）", 0],
  ];
  const fRows = [["清城区省级电子商务进农村综合示范专项资金拨付台账"], ["单位：元"],
    ["序号", "拨付日期", "凭证号", "收款单位", "用途", "拨付金额", "累计拨付", "备注"]];
  let acc = 0;
  PAY.forEach(([d, v, who, what, amt], j) => {
    acc += amt;
    fRows.push([j + 1, d ? (j % 3 === 0 ? D(d) : j % 3 === 1 ? zhDate(d) : slashDate(d)) : null, v, who, what, acct(amt), amt ? acct(acc) : null,
      d && d > CUT ? "9月拨付" : d ? null : "待验收后支付"]);
  });
  fRows.push(["合计", null, null, null, null, acct(acc), null, null]);
  const fMerges = ["A1:H1", `A${fRows.length}:E${fRows.length}`];
  const spent = sum(PAY.filter((p) => p[0] && p[0] <= CUT).map((p) => p[4]));
  assert(spent === 3712460 && ratioGE(spent, 5000000, 70), "c1 spent 74.2%");

  // ---------------- 专栏更新记录
  const dRows = [["清城区政府网“电子商务进农村综合示范”专栏更新记录"], ["序号", "发布日期", "子栏目", "标题", "链接"]];
  const upd = [];
  for (const m of monthsBetween("2020-06", "2021-09")) {
    if (m === "2021-02") continue;
    const [y, mo] = m.split("-").map(Number);
    upd.push({ d: `${m}-${String(rint(5, Math.min(27, lastDay(y, mo)))).padStart(2, "0")}`, sub: "建设进度", t: `清城区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）` });
  }
  upd.push({ d: "2020-06-12", sub: "创建方案", t: "清城区电子商务进农村综合示范工作实施方案" });
  upd.push({ d: "2020-07-09", sub: "项目信息", t: "清城区电子商务进农村综合示范项目基本信息表" });
  upd.push({ d: "2021-03-02", sub: "建设进度", t: "春节期间项目暂停施工情况说明及1—2月进度" });
  upd.sort((a, b) => cmp(a.d, b.d));
  upd.forEach((u, j) => dRows.push([j + 1, j % 2 ? dotDate(u.d) : D(u.d), u.sub, u.t, `http://www.qingcheng.gov.cn/zwgk/dsjnc/content/post_${1380000 + j * 37}.html`]));
  const updM = new Set(upd.filter((u) => u.d <= CUT).map((u) => ym(u.d)));
  assert(WINDOW.filter((w) => !updM.has(w)).join() === "2021-02", "c1 column misses only February 2021");

  // ---------------- 月报报送
  const rRows = [["清城区电商进农村工作月报报送登记"], ["序号", "所属月份", "报送日期", "报送对象", "报送方式", "含电商扶贫统计", "备注"]];
  const repMonths = [];
  monthsBetween("2020-08", "2021-08").forEach((m, j) => {
    const next = monthsBetween(m, "2021-12")[1];
    const d = `${next}-${String(rint(3, 9)).padStart(2, "0")}`;
    repMonths.push(ym(d));
    rRows.push([j + 1, cnMonth(m), j % 2 ? twoDot(d) : D(d), "清远市商务局", j % 3 ? "粤政易" : "电子邮件", m >= "2020-10" ? "是" : "否", null]);
  });
  assert(WINDOW.every((w) => repMonths.includes(w)), "c1 reports every month");

  // ---------------- 宣传报道及经验材料
  const MEDIA = [["2020-12-30", "“清城发布”（区融媒体中心）", "区级", "网络", "清城区电子商务公共服务中心正式运营", "否"],
    ["2021-03-18", "南方日报", "省级", "报纸", "清城：电商进村，麻鸡青梅卖向大湾区", "否"],
    ["2021-06-10", "广东广播电视台《广东新闻联播》", "省级", "电视", "清城脱贫户直播卖麻鸡，电商帮扶见实效", "是"],
    ["2021-08-31", "清远日报", "市级", "报纸", "清城区村级电商服务站覆盖七成行政村", "否"],
    ["2021-09-15", "中央广播电视总台CCTV-17《三农群英汇》", "中央级", "电视", "清远清城：电商扶贫路上的“麻鸡姐”", "是"]];
  const mRows = [["清城区电子商务进农村宣传报道及经验材料报送登记"], ["一、宣传报道"], ["序号", "报道日期", "媒体名称", "级别", "形式", "标题", "电商扶贫典型案例"]];
  const mMerges = ["A1:G1", "A2:G2"];
  MEDIA.forEach((x, j) => mRows.push([j + 1, x[0] === CUT ? "2021.8.31" : j % 2 ? cnDate(x[0]) : D(x[0]), x[1], x[2], x[3], `《${x[4]}》`, x[5]]));
  mRows.push([null, null, null, null, null, null, null]);
  mRows.push(["二、经验材料报送"]);
  mMerges.push(`A${mRows.length}:G${mRows.length}`);
  mRows.push(["序号", "报送日期", "材料名称", "报送单位", null, null, null]);
  mRows.push([1, "2021.6.15", "《清城区“电商＋麻鸡”带贫增收经验做法》", "清远市商务局", null, null, null]);
  mRows.push([2, "2021.9.6", "《清城区电子商务进农村综合示范创建工作总结》", "广东省商务厅", null, null, null]);

  // ---------------- 部门会审表（facts）
  const DEPTS = ["区统计局", "区民政局", "区农业农村局（区乡村振兴局）", "区财政局", "区邮政管理局", "区政数局", "区商务局", "中心运营方"];
  const DC = Object.fromEntries(DEPTS.map((d, j) => [d, 3 + j]));
  const W = 12;
  const hRows = [["清城区电子商务进农村综合示范考评基础数据部门会审表"],
    ["会审时间：2021年9月7日　　地点：区商务局三楼会议室　　数据截至：2021年8月31日（考评截止日）"],
    ["序号", "数据项", "计量单位", "各部门提供数据（数据填在提供部门一栏，空栏为不涉及）", null, null, null, null, null, null, null, "会审意见"],
    [null, null, null].concat(DEPTS, [null])];
  const hMerges = ["A1:L1", "A2:L2", "A3:A4", "B3:B4", "C3:C4", "D3:K3", "L3:L4"];
  let hn = 0;
  const sec = (t) => {
    hRows.push(padRow([t], W));
    hMerges.push(`A${hRows.length}:L${hRows.length}`);
  };
  const item = (label, unit, vals, note) => {
    const r = padRow([++hn, label, unit], W);
    for (const [d, v] of Object.entries(vals)) {
      assert(d in DC, "c1 dept " + d);
      r[DC[d]] = v;
    }
    r[11] = note || null;
    hRows.push(r);
  };
  const R19 = 36.52;
  const R20 = 43.09;
  const A19 = 1.52;
  const A20 = 2.01;
  const A20b = 1.86;
  assert(!(R20 * 100 >= R19 * 130) && A20 * 100 >= A19 * 130 && !(A20b * 100 >= A19 * 130), "c1 rural 18.0%, agri 32.2% (统计局) / 22.4% (农业农村局)");
  sec("一、基本情况");
  item("县（市、区）", null, { 区商务局: "清城区" });
  item("考评截止日期", null, { 区商务局: "2021年8月31日" });
  item("常住人口（第七次全国人口普查）", "万人", { 区统计局: 114.37 });
  item("行政村（村民委员会）数", "个", { 区民政局: admin.length });
  item("社区（居民委员会）数", "个", { 区民政局: comms.length });
  item("省定贫困村数", "个", { "区农业农村局（区乡村振兴局）": poor.length });
  sec("二、组织领导和政策");
  item("示范创建工作领导小组组长", null, { 区商务局: "区委副书记、区长" }, "清城府办函〔2020〕52号");
  item("领导小组成员单位", null, { 区商务局: "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局、区邮政管理局、各镇（街道）" });
  item("示范创建工作方案", null, { 区商务局: "已正式印发" }, "清城府办〔2020〕36号");
  item("支持农村电商发展的政策", null, { 区商务局: "已出台" }, "《清城区促进农村电子商务发展扶持办法》");
  sec("三、县级公共服务中心和产业园");
  item("公共服务中心投入运营日期", null, { 区商务局: "2020年12月28日", 中心运营方: "2020.12.28" }, "两方一致");
  item("免费培训场所、培训设备，能组织电商基础培训", null, { 中心运营方: "有" });
  item("为特色农产品提供免费展示、销售服务", null, { 中心运营方: "有" });
  item("免费摄影、美工服务", null, { 中心运营方: "有" });
  item("农产品统一推广、特色农产品品牌建设指导", null, { 中心运营方: "有" });
  item("其他衍生增值服务", null, { 中心运营方: "暂未开展" });
  item("电商产业园", null, { 区商务局: "已整合建成（清城区电子商务产业园）" });
  item("专业第三方电子商务运营或服务商", null, { 区商务局: "有（公开招标确定）" });
  sec("四、农村产品上行");
  item("行政村物流快递覆盖率", "%", { 区邮政管理局: 100 });
  item("2019年农村网络零售额", "亿元", { 区统计局: R19 });
  item("2020年农村网络零售额", "亿元", { 区统计局: R20 });
  item("2019年农产品网络零售额", "亿元", { 区统计局: A19 });
  item("2020年农产品网络零售额", "亿元", { 区统计局: A20, "区农业农村局（区乡村振兴局）": A20b }, "两数不一致，以区统计局数（省商务厅反馈口径）为准");
  sec("五、信息公开和数据报送");
  item("专栏公示创建方案", null, { 区政数局: "是" });
  item("专栏公示项目基本信息", null, { 区政数局: "是" });
  item("专栏公示项目建设进度", null, { 区政数局: "是" });
  item("专栏设立征求意见或监督举报窗口", null, { 区政数局: "是（监督举报信箱）" });
  item("能统计电商扶贫情况", null, { 区商务局: "能", "区农业农村局（区乡村振兴局）": "能（每月提供）" });
  sec("六、财政资金");
  item("下达省级专项资金", "万元", { 区财政局: 500 });
  item("累计拨付资金", "万元", { 区财政局: wan4(spent), 区商务局: wan4(spent) }, "截至8月31日，两方一致");
  item("资金管理制度", null, { 区财政局: "已制定" });
  item("资金专用台账", null, { 区商务局: "已建立" });
  item("项目总体进度", "%", { 区商务局: 88 });
  sec("七、一票否决事项");
  item("安全生产、质量事故或重大经济损失", null, { 区商务局: "无" });
  item("弄虚作假", null, { 区商务局: "无" });
  hRows.push(padRow(["参加会审单位签字：（略）　　记录：区商务局电商股 黄××"], W));
  hMerges.push(`A${hRows.length}:L${hRows.length}`);

  // ---------------- 自评得分
  const IND = [["组织领导", 2, 2, null], ["方案制定", 2, 2, "方案制定2分"], ["政策支持", 2, 2, "政策支持2分"], ["项目管理", 4, 3, "项目管理制度2分，工作台账1分"],
    ["服务体系建设：县级中心与产业园", 15, 15, null], ["服务体系建设：村级站点覆盖", 10, 10, null],
    ["农村产品上行", 10, 8, "网销调研2分，网络促销1分，交易标准与冷链溯源1分"], ["电商人才培训", 20, 20, null], ["信息公开", 4, 4, null],
    ["数据上报", 6, 6, null], ["案例总结", 2, 2, null], ["经验推广", 8, 8, null], ["制度建立", 5, 4, "资金管理制度4分"], ["资金台账", 5, 4, "资金台账4分"],
    ["资金支出", 5, 4, "及时拨付4分"]];
  const zRows = [["清城区电子商务进农村综合示范考评自评得分表"], ["序号", "评价指标", "分值", "自评得分", "主观评分项"]];
  IND.forEach((x, j) => zRows.push([j + 1, x[0], x[1], x[2], x[3]]));
  zRows.push([16, "加分项：建档立卡贫困人口培训率70%及以上", 2, 0, null]);
  zRows.push([17, "加分项：电商扶贫典型案例获电视媒体播报", 2, 2, "获中央电视台CCTV-17播报"]);
  zRows.push([null, "合计", 100, `${sum(IND.map((x) => x[2]))}＋2`, null]);
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = IND[j][2]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 2;
  assert(sum(IND.map((x) => x[2])) === 94, "c1 claimed 94");

  // ---------------- points
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 2 + 1,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 2 + 1, "work.coverage": 5 + 3, "work.upward": 2 + 1 + 1 + 0 + 1 + 2,
    "work.training": 10 + 10, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 89 && bonus === 1, "c1 total " + scored);
  const derivation = [
    "org.leadership: 会审表“区商务局”栏：组长“区委副书记、区长”（主要领导），成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局 → 2",
    "org.plan: 《自评得分》主观评分项“方案制定2分”（会审表：方案已正式印发） → 2",
    "org.policy: “政策支持2分”（扶持办法已出台） → 2",
    "org.management: “项目管理制度2分，工作台账1分” → 3",
    `work.center: 中心运营方栏“2020.12.28”、商务局栏“2020年12月28日”一致 → 建成2；≤2021-02-28，运行满6个月 → 2；免费培训2、展示销售1、摄影美工1、品牌推广1（运营方栏都是“有”）；其他衍生增值服务“暂未开展” → 0；产业园已整合建成 → 2；入驻企业名单24行：“${ren.n}”更名为“${renNew.n}”（信用代码相同）只算1家，2家8月31日前退出，“清远市清城区青梅直播基地有限公司”9月6日入驻不算，8月30日入驻的算 → 在园20家 → 2；类型有电商平台、网店销售、电商运营服务商、物流快递 → 1；合计14（自评15）`,
    `work.coverage: 村居名单“类别”村委会${admin.length}个（居委会${comms.length}个不算），基数75；站点台账授牌日期按批次纵向合并，要把每批第一格的日期用到整批：第一批2020-11-20、第二批“2021年3月26日”、第三批“2021.6.18”都在截止日前，第四批“2021.9.10”在后；第二批后面单列的一站“2021.7.2”补授牌也算；社区服务点不算，“${dupV}”第三批的第二个站点只算一次 → 有站行政村53个，53/75 = 70.7% ≥ 70% → 5（漏了补授牌那一站就是52/75 = 69.3% → 2）；省定贫困村6个（名单“是”），“${poor[5]}”只有第四批（9月）的站 → 5/6 = 83.3% → 3；合计8`,
    `work.upward: 网销调研2、网络促销1；第三方运营服务商（公开招标） → 1；村居名单有快递列，“${villageCell(noExpress, 0)}”填“否” → 0（会审表邮政管理局栏写100%，以名单为准并提示）；交易标准与冷链溯源1；零售额：农村${R19}亿→${R20}亿元增长${pct1(R20 - R19, R19)}，农产品按会审意见取区统计局数${A19}亿→${A20}亿元增长${pct1(A20 - A19, A19)} ≥ 30% → 2（农业农村局的${A20b}亿只有${pct1(A20b - A19, A19)}）；合计7（自评8）`,
    `work.training: 人次 = 《普及培训（按期）》截至8月31日${fmtInt(A_pre)}人次（9月3日那期236人次和“合计”行不算；一期是“人次”文字，一期是日期区间取末日）＋《脱贫户专场签到》前三期逐人签到${preRows}人次（第四期9月7日不算） = ${fmtInt(ptPre)}；常住人口114.37万人封顶500,000 → ${pct2(ptPre, 500000)} ≥ 1% → 10（只算普及培训是0.988% → 8）；贫困人口名单有劳动能力且“是否外出务工”为否的100人（外出务工18人、无劳动力22人不算），前三期签到里按身份证号去重能对上的58人（一人末位小写x照样对上；一人身份证号中间8位隐去、对不上；外出务工和无劳动力的参训者不算） → 58% → 10；合计20`,
    "info.disclosure: 会审表区政数局栏：创建方案、项目基本信息、建设进度、监督举报信箱都有 → 2；专栏更新记录2020年9月—2021年8月缺2021年2月（3月2日补发的说明在3月） → 不定时 → 1；合计3（自评4）",
    "info.reporting: 月报登记：2020年8月—2021年8月各月月报在次月报送清远市商务局，2020年9月—2021年8月每月都有报送 → 3；“含电商扶贫统计”自2020年10月月报起为“是” → 3；合计6",
    "promo.cases: 经验材料2021.6.15报清远市商务局 → 2（9月6日报省厅的在截止日后）",
    "promo.media: 截止日前有南方日报、广东广播电视台（省级） → 4；清远日报2021.8.31（截止日当天，市级） → 3；“清城发布”（区级） → 1；合计8（CCTV-17在9月15日）",
    "fund.system: 自评“资金管理制度4分” → 4",
    "fund.ledger: 自评“资金台账4分” → 4",
    `fund.spending: 资金拨付台账的金额是会计专用格式文本（“ ¥ 900,000.00 ”，待验收一行“ ¥ - ”不是拨付），截至8月31日${fmtMoney(spent)}元（9月6日240,000元和合计行不算） ÷ 500万元 = ${pct1(spent, 5000000)} ≥ 70% → 及时拨付自评4 → 4；与会审表累计拨付${wan4(spent)}万元一致`,
    "bonus.poorTraining: 58/100 = 58% < 70% → 0（把9月第四期14名新学员算进去才是72%）",
    "bonus.tvCase: 广东广播电视台《广东新闻联播》2021-06-10播出电商扶贫典型案例（省级电视） → 1；CCTV-17那条在9月15日，不算（自评按中央台报2分）",
    "veto.incident: 会审表“安全生产、质量事故或重大经济损失：无” → 不否决",
    "veto.progress: 项目总体进度88% ≥ 40% → 不否决",
    "veto.fraud: 弄虚作假“无” → 不否决",
  ];
  return {
    description:
      `清远清城区商务局整本考评工作簿（12个表），89＋加分1＝90分、未否决（自评94＋2）：事实表是《考评基础数据部门会审表》——两行表头，“各部门提供数据”合并在区统计局｜区民政局｜区农业农村局（区乡村振兴局）｜区财政局｜区邮政管理局｜区政数局｜区商务局｜中心运营方八栏之上，每个数据项的值填在提供部门那一栏（其余栏空），两个部门都填的要看“会审意见”（2020年农产品网零统计局2.01亿、农业农村局1.86亿，以统计局为准）；自评分另在《自评得分》表。台账：村居名单（类别 村委会／居委会，贫困村“是”，一村快递“否”而会审表邮政写100%）；站点台账按授牌批次排，授牌日期按批次纵向合并（只在每批第一行有值，四种写法），第二批一个站单列“2021.7.2”补授牌（算上才是53/75＝70.7%）；培训分两张：普及培训按期记人次（含9月一期、一格“人次”文字、一期日期区间），脱贫户专场逐人签到（分期块，一人身份证号末位小写x、一人中间8位隐去，第四期在9月）；脱贫人口名单（户编号纵向合并、劳动技能、是否外出务工）；入驻企业（更名企业两行同一信用代码、退出、9月入驻）；资金拨付台账金额是会计专用格式复制出来的文本（“ ¥ 900,000.00 ”，待验收一行“ ¥ - ”）；专栏更新记录缺2021年2月；月报；宣传报道（市级一条在8月31日当天，CCTV-17在9月）下接经验材料小表。`,
    sheets: [
      { name: "部门会审表", rows: hRows, merges: hMerges },
      { name: "自评得分", rows: zRows, merges: ["A1:E1"] },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "普及培训（按期）", rows: aRows, merges: aMerges },
      { name: "脱贫户专场签到", rows: bRows, merges: bMerges },
      { name: "脱贫人口名单", rows: pRows, merges: pMerges },
      { name: "入驻企业", rows: eRows, merges: ["A1:H1", "A2:H2"] },
      { name: "资金拨付台账", rows: fRows, merges: fMerges },
      { name: "专栏更新记录", rows: dRows, merges: ["A1:E1"] },
      { name: "月报报送", rows: rRows, merges: ["A1:G1"] },
      { name: "宣传及经验材料", rows: mRows, merges: mMerges },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// official texts of the 2019 indicator table (from the Lechang report's final table)
const RUBRIC = [
  ["加强组织领导与统筹协调（10分）", "组织领导", 2, "建立县（市、区）政府主要领导牵头、多部门参与的工作协调机制",
    "由县（市、区）政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）；由县（市、区）政府分管领导牵头（1分）；其他情况不得分。", "成立工作领导小组或协调机构的文件、相关工作会议纪要、图片"],
  ["加强组织领导与统筹协调（10分）", "方案制定", 2, "制定科学严谨的示范创建工作方案", "工作方案因地制宜,可操作性较强（1-2分）", "正式印发的示范县工作方案"],
  ["加强组织领导与统筹协调（10分）", "政策支持", 2, "在资金、土地、人才等方面出台政策，支持农村电商发展", "出台相关政策，且得到较好落实（1-2分）", "出台的支持文件及其他证明材料等"],
  ["加强组织领导与统筹协调（10分）", "项目管理", 4, "制定项目管理制度，建立工作台帐，明确工作目标、工作进度、工作任务，建设、验收等环节严格执行相关制度规定。",
    "建立项目管理制度，在建设、验收环节严格落实相关制度（1-2分）；建立完整工作台账，详细记录项目建设情况（1-2分）。", "项目管理制度文件、工作台账等"],
  ["深入推动电子商务进农村工作（55分）", "服务体系建设", 25, "建设县级电子商务公共服务中心。对各类主体提供技术支持、培训孵化、产品对接、品牌建设、网络推广及其他衍生增值服务。建设或整合、优化当地电商产业园，形成产业集聚效应。",
    "建成县级电子商务公共服务中心（2分）；建成后已正常运行6个月（截至2021年8月31日）以上（2分）；有免费培训场所、培训设备，能组织电商基础培训（2分）；为特色农产品提供免费展示、销售服务（1分）；为电子商务市场主体提供免费摄影、美工服务（1分）；组织农产品统一推广、指导特色农产品品牌建设（1分）；为电子商务发展提供其他衍生增值服务（1分）；建设或整合、优化当地电商产业园（2分)；电商产业园企业入驻数量达20家及以上(2分)；电商产业园入驻企业含平台型电商企业、销售型企业、电商运营商或物流企业等至少三种以上类型(1分)。",
    "1、现场查看县级电子商务公共服务中心运营情况。2、现场查看电商产业园运营情况，入驻企业清单。"],
  ["深入推动电子商务进农村工作（55分）", "服务体系建设", 25, "辖区内行政村建设村级电子商务服务站点要达到70%以上（行政村个数在200个及以上的，以200个为基数计算），其中省定贫困村实现全覆盖；各站点根据实际开展电商宣传、代购代销、代存代缴、小额信贷等电商服务。",
    "行政村覆盖率70%及以上（5分）,50%-70%（不含）（2分），50%以下不得分；贫困村覆盖率100%（5分）,80%-100%（不含）（3分），80%以下不得分。",
    "辖区内行政村清单、省定贫困村清单、村级电商服务站点清单（含名称、地址及联系人电话等）、村级电商服务站点视频。"],
  ["深入推动电子商务进农村工作（55分）", "农村产品上行", 10, "1、对辖区内农村产品的生产和电商销售情况进行全面摸底，形成基本情况档案或报告等上报市级商务主管部门，根据摸底情况制定合理的农村产品网络销售促进措施并落实。2、联合农业、工商、科教、金融等行业主管部门、引入或培育专业电商企业或团队……3、整合现有物流资源，实现县、乡镇、村三级统一配送体系，物流快递企业的行政村覆盖率达到100%，降低物流成本。4、探索农产品电子商务交易标准化问题，探索建立符合农产品网络销售上行要求的冷链系统、产品溯源系统等。",
    "对当地农产品网络销售进行调研，并形成针对性建议（1-2分）；开展农村产品网络促销活动成效明显（1-2分）；当地有专业第三方电子商务运营或服务商（1分）；行政村物流快递覆盖率100%（1分）；有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）；2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）。",
    "1、辖区内农产品及电商销售情况档案或调研报告……5、查看第三方权威统计数据（省级商务主管部门提供）。"],
  ["深入推动电子商务进农村工作（55分）", "电商人才培训", 20, "1、定期开展农村电商公共宣传……普及性培训覆盖常住人口的1%以上（常住人口总数超过50万的，以50万为基数计算）。2、加大对建档立卡贫困户的培训力度，实现有劳动能力的贫困人口培训率达50%以上（外出务工者除外）。",
    "培训人次达常住人口1%及以上（10分），0.8%-1%（不含）（8分），0.6%-0.8%（不含）（6分）；建档立卡贫困人口培训率50%及以上（10分），40%-50%（不含）（8分），30%-40%（不含）（6分）。",
    "1、培训通知文件、常住人口数量证明，培训学员名单、现场照片、参训学员名单及签到表等。2、经扶贫部门确认的当地有劳动能力的建档立卡贫困人口数（外出务工者除外）、参加培训的建档立卡贫困人口清单及签到表等。"],
  ["加强信息公开及报送（10分）", "信息公开", 4, "在县政务网站设立电子商务进农村综合示范公开专栏。公开示范创建方案及已经确定的财政资金扶持项目的基本信息，每月更新项目建设进度，同时设立征求意见窗口或监督举报窗口。",
    "在县政府网站设立公开专栏且内容全面（2分）；近一年内专栏内容能按月更新（2分），不定时更新（1分），未更新不得分。", "在县政府网站设立专栏公示创建方案、项目基本信息、项目建设进度，设立征求意见或监督举报窗口。"],
  ["加强信息公开及报送（10分）", "数据上报", 6, "每月向市级商务主管部门报送示范创建工作进展、成效及电商相关统计数据。加强对本县电商扶贫信息的统计……",
    "近一年能每月向市商务局报送工作情况（3分），不定时上报（1分），未上报不得分；能统计电商扶贫情况（3分），未统计相关情况不得分。", "向市级商务主管部门报送工作情况的文件。"],
  ["加强宣传推广（10分）", "案例总结", 2, "对当地发展农村电商、开展示范创建等经验做法和案例进行总结提炼并及时上报。", "向市商务局报送经验材料（2分）", "查看上报文件"],
  ["加强宣传推广（10分）", "经验推广", 8, "典型做法被主流媒体报道宣传", "省级及以上媒体进行宣传报道（4分）；市级媒体进行宣传报道（3分）；县级媒体进行宣传报道（1分）。", "查看相关宣传文案、网络截图、照片等证明材料"],
  ["加强财政资金管理（15分）", "制度建立", 5, "制定省级财政资金管理制度，细化工作目标、任务、财政资金支持方向等；建立考核问责制度。", "建立科学有效的资金管理制度且得到有效落实（1-5分）", "查看相关资金管理制度"],
  ["加强财政资金管理（15分）", "资金台账", 5, "明确责任人，建立健全资金台账，实现管理全过程可查询、可追溯，", "项目承建方建立资金专用台账，账目完整，能清析反映资金使用情况（1-5分）", "项目承办方的资金使用账目及凭证等"],
  ["加强财政资金管理（15分）", "资金支出", 5, "严格按照财政资金有关规定进行资金的使用和拨付", "资金支出率70%以上，且根据创建进度及时拨付（1-5分）；资金支出率低于70%倒扣5分。", "资金拨付文件、票据、凭证等"],
];
assert(RUBRIC.length === 15 && sum(RUBRIC.filter((r, j) => j !== 5).map((r) => r[2])) === 100, "rubric weights");
function vertical(s) {
  return s.split("").join("\n");
}

// =====================================================================================================
// f1 — 揭阳榕城区: the official indicator table re-typed, the facts tagged 【数据】【做法】【佐证】 in a 自评说明 column
// =====================================================================================================
function buildF1() {
  const NOTE = [
    [2, "【做法】2020年5月成立榕城区电子商务进农村综合示范工作领导小组，区委副书记、区长任组长，常务副区长任常务副组长，区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局等12个单位为成员。\n【佐证】榕府办函〔2020〕27号、领导小组会议纪要3份"],
    [2, "【做法】《榕城区电子商务进农村综合示范工作实施方案》于2020年6月3日由区政府办公室正式印发。\n【佐证】榕府办〔2020〕19号"],
    [2, "【做法】出台《榕城区促进农村电子商务发展扶持办法》，在场地租金、人才引进、网销奖励方面给予支持，已兑现奖补资金86万元。\n【佐证】榕商务〔2020〕41号"],
    [4, "【做法】制定《榕城区电子商务进农村示范项目建设管理办法》，建设、验收环节严格执行（制度2分）；建立项目工作台账，逐项记录建设进度（台账2分）。\n【佐证】管理办法、工作台账"],
    [14, "【数据】区电子商务公共服务中心2020年11月18日投入运营（截至2021年8月31日已运行9个多月）；电商产业园入驻企业22家，含平台型、销售型、电商运营商、物流企业四类。\n【做法】中心设免费培训室（80座，配电脑、直播设备），能组织电商基础培训；设农特产品展示厅，免费展示、销售特色农产品；摄影美工按次收取成本费；组织“榕城好物”统一推广，指导企业品牌建设；提供代办证照、金融对接等衍生增值服务；整合原榕东电商园建成区电商产业园。\n【佐证】中心运营报告、入驻企业清单"],
    [10, "【数据】全区行政村62个（不含社区居委会），已建站点52个、覆盖行政村47个，覆盖率75.8%；省定贫困村4个，全部建站，覆盖率100%。\n【佐证】行政村清单、贫困村清单、站点清单及视频"],
    [9, "【数据】2019年农村网络零售额58.63亿元、2020年70.12亿元，同比增长19.6%；2019年农产品网络零售额3.05亿元、2020年4.12亿元，同比增长35.1%（省商务厅提供）。\n【做法】完成《榕城区农产品网络销售调研报告》并报市商务局（调研2分）；举办“榕城好物”年货节等网络促销活动，成效明显（促销2分）；引入专业第三方电商运营服务商揭阳市榕城区电商运营服务有限公司；行政村物流快递覆盖率100%；出台菜脯、姜糖2项农产品电商交易标准，冷链仓已建成，溯源系统在建（标准冷链溯源1分）。"],
    [20, "【数据】常住人口101.86万人（第七次全国人口普查），按50万人计；累计培训5,386人次，占1.08%；有劳动能力的建档立卡贫困人口（不含外出务工）312人，已参训171人，培训率54.8%。\n【佐证】培训签到表、贫困人口参训清单"],
    [4, "【做法】区政府门户网站设立“电子商务进农村综合示范”专栏，公开创建方案、项目基本信息和项目建设进度，设立征求意见窗口；近一年每月更新建设进度。"],
    [6, "【做法】每月5日前向揭阳市商务局报送上月工作进展及统计数据；统计建档立卡贫困户参训和电商带动增收情况。"],
    [2, "【做法】2021年6月向市商务局报送《榕城区“电商＋非遗”助农经验做法》。"],
    [5, "【数据】南方日报（省级）报道1次；榕城区融媒体中心报道6次。"],
    [5, "【做法】区财政局、区商务局联合制定《榕城区电子商务进农村综合示范专项资金管理办法》，建立考核问责制度。"],
    [4, "【做法】各承建单位建立资金专用台账，账目完整。"],
    [5, "【数据】下达省级专项资金500万元，截至2021年8月31日累计拨付412.56万元，资金支出率82.5%。\n【做法】按合同和建设进度及时拨付（及时拨付5分）。"],
  ];
  assert(NOTE.length === 15, "f1 15 notes");
  const rows = [["揭阳市榕城区2019年省级电子商务进农村综合示范创建考评自评表"],
    ["填报单位：揭阳市榕城区商务局（盖章）　　填报日期：2021年9月6日　　数据截至：2021年8月31日"],
    ["工作任务", "评价指标名称", "权重（%）", "指标解释", "评分标准", "评价方式及佐证材料", "自评得分", "自评说明（【数据】【做法】【佐证】）"]];
  const merges = ["A1:H1", "A2:H2"];
  let gStart = 4;
  RUBRIC.forEach((r, j) => {
    const sameGroupAsPrev = j > 0 && RUBRIC[j - 1][0] === r[0];
    if (!sameGroupAsPrev) gStart = rows.length + 1;
    const secondSvc = j === 5;
    rows.push([sameGroupAsPrev ? null : r[0], secondSvc ? null : vertical(r[1]), secondSvc ? null : r[2], r[3], r[4], r[5], NOTE[j][0], NOTE[j][1]]);
    if (j === 5) {
      merges.push(`B${rows.length - 1}:B${rows.length}`, `C${rows.length - 1}:C${rows.length}`);
    }
    const nextSame = j + 1 < RUBRIC.length && RUBRIC[j + 1][0] === r[0];
    if (!nextSame && rows.length > gStart) merges.push(`A${gStart}:A${rows.length}`);
  });
  rows.push(["加分项（4分）", null, null, null, "建档立卡贫困人口培训率70%及以上（2分）", "参加培训的建档立卡贫困人口清单及签到表等", 0, "【数据】培训率54.8%，未达到70%。"]);
  rows.push([null, null, null, null, "电商扶贫典型案例获国家级电视媒体播报（2分），省级（1分）（不累加）", "查看相关报道和视频", 1, "【数据】2021年4月27日广东广播电视台《广东新闻联播》播出我区电商扶贫典型案例（省级电视）。"]);
  merges.push(`A${rows.length - 1}:A${rows.length}`, `B${rows.length - 1}:D${rows.length - 1}`, `B${rows.length}:D${rows.length}`);
  rows.push(["一票否决项", null, null, null, "发生安全生产、质量事故，或者造成重大经济损失和社会不良影响。", null, "—", "无。"]);
  rows.push([null, null, null, null, "项目建设进度严重滞后，总体进度不足40%。", null, "—", "【数据】截至2021年8月31日项目总体进度91%，不存在严重滞后。"]);
  rows.push([null, null, null, null, "弄虚作假。", null, "—", "无。"]);
  merges.push(`A${rows.length - 2}:A${rows.length}`);
  for (let r = rows.length - 2; r <= rows.length; r++) merges.push(`B${r}:D${r}`);
  const claimedSum = sum(NOTE.map((n) => n[0]));
  rows.push(["合计得分", null, null, null, null, null, `${claimedSum}＋1`, null]);
  merges.push(`A${rows.length}:F${rows.length}`);
  rows.push(["填表人：陈××　　审核人：区商务局副局长 黄××　　联系电话：0663-86×××××"]);
  merges.push(`A${rows.length}:H${rows.length}`);
  assert(claimedSum === 94, "f1 claimed 94 " + claimedSum);
  assert(pct1(7012 - 5863, 5863) === "19.6%" && pct1(412 - 305, 305) === "35.1%" && pct1(171, 312) === "54.8%" && pct1(412.56, 500) === "82.5%" && pct1(47, 62) === "75.8%", "f1 stated rates");
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = NOTE[j][0]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 1;
  return {
    description:
      "揭阳榕城区商务局把省里的2019年考评指标体系表原样重打一遍当自评表交：工作任务｜评价指标名称（像PDF原表那样一字一行竖排“组\\n织\\n领\\n导”）｜权重（%）｜指标解释｜评分标准｜评价方式及佐证材料｜自评得分｜自评说明，工作任务纵向合并，服务体系建设的名称和权重25合并在中心、站点两行上；事实都在最后一列“自评说明”里，每格分几行用【数据】【做法】【佐证】打头（摄影美工“按次收取成本费”、征求意见窗口、中心2020年11月18日运营、零售额两年四个数和两个增速、常住人口101.86万人、贫困人口312／171人、412.56万元），主观分项写在句中括号里（“制度2分”“调研2分”“及时拨付5分”）；指标解释和评分标准里的70%、200个、50万、6个月、20家都是官方条文不是事实；加分项两行、一票否决三行（自评得分“—”，总体进度91%写在否决行里），合计“94＋1”。",
    sheets: [{ name: "自评表", rows, merges }],
    expect: {
      facts: {
        county: "榕城区", asOf: "2021-08-31", residentPopulation: 1018600, adminVillagesStated: 62, poorVillagesStated: 4,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 5863000000, ruralRetail2020: 7012000000, ruralRetailGrowthStated: 0.196,
        agriRetail2019: 305000000, agriRetail2020: 412000000, agriRetailGrowthStated: 0.351,
        trainingPersonTimesStated: 5386, eligiblePoorPersonsStated: 312, trainedPoorPersonsStated: 171,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4125600, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.91,
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
// f2 — 肇庆端州区: a printed 基本情况表: 是/否 tick columns, a 领导小组 roster, 说明 column, full-width digits
// =====================================================================================================
function buildF2() {
  const W = 7;
  const rows = [["肇庆市端州区电子商务进农村综合示范创建基本情况表"],
    ["填报单位（盖章）：肇庆市端州区经济促进局（区商务局）　　　　填报日期：2021年9月3日"],
    ["注：1．数据截至2021年8月31日；2．是否类事项在“是”或“否”栏内打“√”；3．金额单位见各栏。"]];
  const merges = ["A1:G1", "A2:G2", "A3:G3"];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:G${rows.length}`);
  };
  // 一、基本情况: label | value (B:C) | label | value (E:G)
  full("一、基本情况");
  rows.push(["县（市、区）", "端州区", null, "所属地级市", "肇庆市", null, null]);
  merges.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:G${rows.length}`);
  rows.push(["常住人口", "６３．２５万人", null, "户籍人口", "４８．９１万人", null, null]);
  merges.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:G${rows.length}`);
  rows.push(["行政村（村委会）", "１８个", null, "社区（居委会）", "４６个", null, null]);
  merges.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:G${rows.length}`);
  rows.push(["省定贫困村", "０（辖区内无省定贫困村）", null, "镇（街道）", "２个镇、８个街道", null, null]);
  merges.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:G${rows.length}`);
  // 二、组织领导: roster
  full("二、示范创建工作领导小组（端府办函〔2020〕33号，2021年4月调整）");
  rows.push(["职务", "姓名", "单位及职务", null, null, "备注", null]);
  merges.push(`C${rows.length}:E${rows.length}`, `F${rows.length}:G${rows.length}`);
  const ROSTER = [["组　长", "林××", "区委副书记、区长"], ["副组长", "梁××", "区委常委、副区长"], ["成　员", "陈××", "区经济促进局（区商务局）局长"],
    [null, "何××", "区财政局局长"], [null, "冯××", "区农业农村局（区乡村振兴局）局长"], [null, "黎××", "区交通运输局局长"], [null, "苏××", "区市场监督管理局局长"],
    [null, "欧××", "中国邮政集团有限公司肇庆市端州区分公司总经理"]];
  const r0 = rows.length + 1;
  ROSTER.forEach(([a, b, c], j) => {
    rows.push([a, b, c, null, null, j === 0 ? "2021年4月起由区长任组长（原为副区长）" : null, null]);
    merges.push(`C${rows.length}:E${rows.length}`, `F${rows.length}:G${rows.length}`);
  });
  merges.push(`A${r0 + 2}:A${rows.length}`);
  // 三、是否类
  full("三、工作开展情况（是否类）");
  rows.push(["序号", "事项", null, "是", "否", "说明", null]);
  merges.push(`B${rows.length}:C${rows.length}`, `F${rows.length}:G${rows.length}`);
  const YN = [
    ["已正式印发示范县工作方案", true, "端府办〔2020〕12号，2020年5月印发"],
    ["已出台支持农村电商发展的政策", true, "《端州区农村电子商务扶持办法》"],
    ["已建成区级电子商务公共服务中心", true, "21.1.16正式投入运营（2020年12月1日起试运营）"],
    ["有免费培训场所、培训设备，能组织电商基础培训", true, null],
    ["为特色农产品提供免费展示、销售服务", true, null],
    ["为电子商务市场主体提供免费摄影、美工服务", false, "摄影、美工按成本价收取"],
    ["组织农产品统一推广、指导特色农产品品牌建设", true, "“端砚之乡·端州好物”"],
    ["为电子商务发展提供其他衍生增值服务", null, "见附件3"],
    ["建设或整合、优化当地电商产业园", true, "整合端州电商产业园"],
    ["有专业第三方电子商务运营或服务商", true, "肇庆市端州区电商运营服务有限公司"],
    ["行政村物流快递覆盖率达100%", true, null],
    ["专栏公示创建方案", true, "区政府网“电子商务进农村”专栏"],
    ["专栏公示项目基本信息", true, null],
    ["专栏公示项目建设进度", true, null],
    ["专栏设立征求意见或监督举报窗口", false, "监督举报窗口拟于9月上线"],
    ["能统计电商扶贫情况", true, null],
    ["已制定专项资金管理制度", true, null],
    ["承建单位已建立资金专用台账", true, null],
    ["发生安全生产、质量事故或重大经济损失", false, null],
    ["存在弄虚作假情况", false, null],
  ];
  YN.forEach(([t, v, note], j) => {
    rows.push([j + 1, t, null, v === true ? "√" : null, v === false ? "√" : null, note, null]);
    merges.push(`B${rows.length}:C${rows.length}`, `F${rows.length}:G${rows.length}`);
  });
  // 四、数据类
  full("四、主要数据");
  rows.push(["序号", "指标", null, "单位", "数值", "说明", null]);
  merges.push(`B${rows.length}:C${rows.length}`, `F${rows.length}:G${rows.length}`);
  const NUM = [
    ["2019年农村网络零售额", "万元", "见附件1", "省商务厅数据"],
    ["2020年农村网络零售额", "万元", "286,450", "同比增长24.3%"],
    ["2019年农产品网络零售额", "万元", "１２，６８０", null],
    ["2020年农产品网络零售额", "万元", "１６，９５０", null],
    ["电商培训人次（累计）", "人次", "5,032", "不含9月"],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "58", "区乡村振兴局确认"],
    ["参加培训的建档立卡贫困人口", "人", "33", "按身份证号去重"],
    ["下达省级专项资金", "万元", "500", null],
    ["累计拨付资金", "元", "3,468,200.00", "资金支出率69.36%"],
    ["项目总体进度", "%", "75", null],
  ];
  NUM.forEach(([t, u, v, note], j) => {
    rows.push([j + 1, t, null, u, v, note, null]);
    merges.push(`B${rows.length}:C${rows.length}`, `F${rows.length}:G${rows.length}`);
  });
  // 五、主观评分项自评
  full("五、主观评分项自评");
  rows.push(["评分项", null, null, "分值范围", "自评分", "说明", null]);
  merges.push(`A${rows.length}:C${rows.length}`, `F${rows.length}:G${rows.length}`);
  const SUBJ = [["方案制定", "1-2", 2, null], ["政策支持", "1-2", 1, "政策刚出台，落实不够"], ["项目管理制度", "1-2", 2, null], ["工作台账", "1-2", 1, null],
    ["网销调研及建议", "1-2", 1, null], ["网络促销活动", "1-2", 2, null], ["交易标准、冷链及溯源", "1-2", 1, null], ["资金管理制度", "1-5", 4, null],
    ["资金台账", "1-5", 3, null], ["资金及时拨付", "1-5", "—", "支出率未达70%，不评"]];
  SUBJ.forEach(([t, rg, v, note]) => {
    rows.push([t, null, null, rg, v, note, null]);
    merges.push(`A${rows.length}:C${rows.length}`, `F${rows.length}:G${rows.length}`);
  });
  rows.push(padRow(["附件：1．2019年农村网络零售额证明；2．领导小组调整文件；3．中心服务清单"], W));
  merges.push(`A${rows.length}:G${rows.length}`);
  rows.push(["填表人：", "区经济促进局 吴××", null, "联系电话：", "0758-22×××××", null, null]);
  assert(pct1(16950 - 12680, 12680) === "33.7%" && 3468200 / 5000000 === 0.69364 && pct1(33, 58) === "56.9%", "f2 numbers");
  return {
    description:
      "肇庆端州区经济促进局（区商务局）填的打印版《电子商务进农村综合示范创建基本情况表》：五块——一、基本情况一行两对（标签｜值合并两格｜标签｜值，常住人口“６３．２５万人”、行政村“１８个”是全角数字，户籍人口不是基数）；二、领导小组名单（职务｜姓名｜单位及职务，组长“区委副书记、区长”，成员里有“区经济促进局（区商务局）”“区农业农村局（区乡村振兴局）”）；三、是否类二十项在“是”“否”两栏之一打√，说明栏里藏着中心运营日期“21.1.16正式投入运营”（两位年份，试运营日期不算），“其他衍生增值服务”两栏都没打只写“见附件3”（未说明），摄影美工打在“否”；四、主要数据（单位一栏：万元、人次、人、元、%；2019年农村网零只写“见附件1”，农产品网零是全角“１２，６８０”，2020年农村网零的增速写在说明里）；五、主观评分项，“资金及时拨付”填“—”（支出率未达70%不评）。没有逐指标自评分。",
    sheets: [{ name: "基本情况表", rows, merges }],
    expect: {
      facts: {
        county: "端州区", asOf: "2021-08-31", residentPopulation: 632500, adminVillagesStated: 18, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2021-01-16", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: 2864500000, ruralRetailGrowthStated: 0.243, agriRetail2019: 126800000, agriRetail2020: 169500000,
        trainingPersonTimesStated: 5032, eligiblePoorPersonsStated: 58, trainedPoorPersonsStated: 33,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3468200, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.75,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 3,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 珠海金湾区: a three-stage 审核表 (经办人填报 → 电商科审核 → 分管领导审定); “同意” keeps the previous stage's value
// =====================================================================================================
function buildF3() {
  const rows = [["金湾区电子商务进农村综合示范考评数据三级审核表"],
    ["（区商务局电商科　数据截至2021年8月31日）"],
    ["填写规则：审核、审定栏填“同意”的，沿用前一栏数据；填写了数据或内容的，以所填为准；最终以“分管领导审定”结果上报。"],
    ["序号", "数据项", "单位", "经办人填报\n（8月25日）", "电商科审核\n（8月30日）", "分管领导审定\n（9月2日）", "审核说明"]];
  const merges = ["A1:G1", "A2:G2", "A3:G3"];
  let no = 0;
  const sec = (t) => {
    rows.push([t, null, null, null, null, null, null]);
    merges.push(`A${rows.length}:G${rows.length}`);
  };
  const add = (label, unit, a, b, c, note) => rows.push([++no, label, unit, a, b, c, note || null]);
  const OK = "同意";
  sec("一、基本情况");
  add("县（市、区）", null, "金湾区", OK, OK);
  add("考评截止日期", null, "2021年8月31日", OK, OK);
  add("常住人口", "万人", "26.74", "35.36", OK, "经办人误填户籍人口，改为七普常住人口");
  add("行政村数", "个", "29", OK, OK);
  add("省定贫困村数", "个", "0", OK, OK, "珠三角地区无省定贫困村");
  sec("二、组织领导与政策");
  add("领导小组组长", null, "副区长", "区长", OK, "2021年3月领导小组调整，区长任组长");
  add("领导小组成员单位", null, "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区邮政分公司", OK, OK);
  add("示范创建工作方案", null, "已正式印发", OK, OK);
  add("支持农村电商发展的政策", null, "未出台", "已出台", OK, "《金湾区促进农村电商发展若干措施》2021年4月印发");
  sec("三、公共服务中心与产业园");
  add("中心投入运营日期", null, "2020年10月20日", "2020.12.15", OK, "10月20日为试运营，12月15日正式运营");
  add("免费培训场所、设备，能组织基础培训", null, "是", OK, OK);
  add("免费展示、销售特色农产品", null, "是", OK, OK);
  add("免费摄影、美工服务", null, "是", "否", OK, "摄影按件收费，只有美工免费");
  add("农产品统一推广、品牌建设指导", null, "是", OK, OK);
  add("其他衍生增值服务", null, "是", OK, "否", "代办证照、融资对接尚未开通");
  add("电商产业园", null, "已整合", OK, OK);
  add("专业第三方电商运营服务商", null, "有", OK, OK);
  sec("四、农村产品上行");
  add("行政村物流快递覆盖率", "%", "100", OK, OK);
  add("2019年农村网络零售额", "亿元", "12.47", OK, OK);
  add("2020年农村网络零售额", "亿元", "15.26", "15.83", OK, "按省商务厅反馈口径");
  add("2019年农产品网络零售额", "亿元", "0.86", OK, OK);
  add("2020年农产品网络零售额", "亿元", "1.14", OK, OK);
  sec("五、人才培训");
  add("电商培训人次", "人次", "3,680", "3,592", OK, "剔除9月2日一期88人次");
  add("有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "46", OK, OK);
  add("参加培训的建档立卡贫困人口", "人", "29", OK, "27", "2人在两期重复登记，按身份证号去重");
  sec("六、信息公开与报送");
  add("专栏公示创建方案", null, "是", OK, OK);
  add("专栏公示项目基本信息", null, "是", OK, OK);
  add("专栏公示项目建设进度", null, "是", OK, OK);
  add("专栏征求意见或监督举报窗口", null, "否", OK, "是", "6月已开通“我要留言”征求意见栏目");
  add("能统计电商扶贫情况", null, "是", OK, OK);
  sec("七、资金");
  add("下达省级专项资金", "万元", "500", OK, OK);
  add("累计拨付资金", "万元", "392.8", OK, "376.4", "9月1日拨付的16.4万元不计入");
  add("资金管理制度", null, "已制定", OK, OK);
  add("资金专用台账", null, "已建立", OK, OK);
  add("项目总体进度", "%", "90", "86", OK, "按监理单位8月月报");
  sec("八、一票否决事项");
  add("发生安全生产、质量事故或重大经济损失", null, "无", OK, OK);
  add("弄虚作假", null, "无", OK, OK);
  // self scores, same three stages
  rows.push([null, null, null, null, null, null, null]);
  rows.push(["九、自评分", null, null, null, null, null, null]);
  merges.push(`A${rows.length}:G${rows.length}`);
  rows.push(["序号", "评价指标（分项）", "分值", "经办人自评", "电商科审核", "分管领导审定", "审核说明"]);
  const S = [
    ["组织领导", 2, 1, 2, OK, "组长已调整为区长"],
    ["方案制定", 2, 2, OK, OK],
    ["政策支持", 2, 0, 1, OK, "政策已出台"],
    ["项目管理：项目管理制度", 2, 2, OK, OK],
    ["项目管理：工作台账", 2, 2, 1, OK, "台账不完整"],
    ["服务体系建设：县级中心与产业园", 15, 15, 13, OK, "摄影不免费、其他增值服务未开通"],
    ["服务体系建设：村级站点覆盖", 10, 10, OK, OK],
    ["农村产品上行：网销调研", 2, 2, OK, OK],
    ["农村产品上行：网络促销", 2, 2, OK, 1],
    ["农村产品上行：交易标准、冷链溯源", 2, 1, OK, OK],
    ["农村产品上行（合计）", 10, 9, OK, 8, "促销改1分"],
    ["电商人才培训", 20, 20, OK, OK],
    ["信息公开", 4, 2, OK, 4, "征求意见栏目已开通"],
    ["数据上报", 6, 6, OK, OK],
    ["案例总结", 2, 2, OK, OK],
    ["经验推广", 8, 5, OK, OK],
    ["制度建立", 5, 4, OK, OK],
    ["资金台账", 5, 4, OK, OK],
    ["资金支出（及时拨付）", 5, 5, 4, OK],
    ["加分项", 4, 0, OK, OK],
  ];
  const fin = S.map(([, , a, b, c]) => (c !== OK ? c : b !== OK ? b : a));
  S.forEach(([t, max, a, b, c, note], j) => rows.push([j + 1, t, max, a, b, c, note || null]));
  const f = Object.fromEntries(S.map((s, j) => [s[0], fin[j]]));
  const mgmt = f["项目管理：项目管理制度"] + f["项目管理：工作台账"];
  const claimed = {
    "org.leadership": f["组织领导"], "org.plan": f["方案制定"], "org.policy": f["政策支持"], "org.management": mgmt,
    "work.center": f["服务体系建设：县级中心与产业园"], "work.coverage": f["服务体系建设：村级站点覆盖"], "work.upward": f["农村产品上行（合计）"],
    "work.training": f["电商人才培训"], "info.disclosure": f["信息公开"], "info.reporting": f["数据上报"], "promo.cases": f["案例总结"],
    "promo.media": f["经验推广"], "fund.system": f["制度建立"], "fund.ledger": f["资金台账"], "fund.spending": f["资金支出（及时拨付）"],
  };
  const total = sum(Object.values(claimed));
  const IND_ROWS = ["组织领导", "方案制定", "政策支持", "项目管理：项目管理制度", "项目管理：工作台账", "服务体系建设：县级中心与产业园", "服务体系建设：村级站点覆盖",
    "农村产品上行（合计）", "电商人才培训", "信息公开", "数据上报", "案例总结", "经验推广", "制度建立", "资金台账", "资金支出（及时拨付）"];
  const stage = (name, k) => {
    const s = S.find((x) => x[0] === name);
    const v = [s[2], s[3], s[4]];
    for (let q = k; q >= 0; q--) if (v[q] !== OK) return v[q];
    throw new Error("stage");
  };
  const tot0 = sum(IND_ROWS.map((n) => stage(n, 0)));
  const tot1 = sum(IND_ROWS.map((n) => stage(n, 1)));
  assert(tot0 === 89 && tot1 === 87 && sum(IND_ROWS.map((n) => stage(n, 2))) === total, "f3 stage totals " + tot0 + " " + tot1);
  rows.push([null, "合计", 100, tot0, tot1, total, "加分0"]);
  rows.push(["经办人：梁××　　电商科科长：罗××　　分管副局长：吴××（9月2日审定）", null, null, null, null, null, null]);
  merges.push(`A${rows.length}:G${rows.length}`);
  assert(total === 88 && mgmt === 3 && f["农村产品上行（合计）"] === 8, "f3 claimed total " + total);
  assert(f["农村产品上行：网销调研"] + f["农村产品上行：网络促销"] + f["农村产品上行：交易标准、冷链溯源"] + 1 + 1 + 2 === 8, "f3 upward parts add up");
  return {
    description:
      "珠海金湾区商务局电商科的《考评数据三级审核表》：序号｜数据项｜单位｜经办人填报（8月25日）｜电商科审核（8月30日）｜分管领导审定（9月2日）｜审核说明，第3行写明规则——审核、审定栏写“同意”沿用前一栏，写了数据或内容的以所填为准，最终以审定栏为准；要逐行从右往左找第一个不是“同意”的格：常住人口经办误填户籍26.74、审核改35.36万人；组长经办“副区长”、审核改“区长”；政策“未出台”改“已出台”；中心运营日期试运营10月20日改正式运营“2020.12.15”；摄影美工审核改“否”；其他增值服务审定改“否”；2020年农村网零改15.83亿元；培训人次改3,592；参训贫困人口审定改27；征求意见窗口审定改“是”；累计拨付审定改376.4万元；总体进度改86%。下面“九、自评分”也按三栏审核（项目管理拆成制度、台账两行，农村产品上行有分项行和合计行，审定改促销1分、上行合计8分，信息公开改4分），合计经办89、审核87、审定88。",
    sheets: [{ name: "三级审核表", rows, merges }],
    expect: {
      facts: {
        county: "金湾区", asOf: "2021-08-31", residentPopulation: 353600, adminVillagesStated: 29, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-15", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1247000000, ruralRetail2020: 1583000000, agriRetail2019: 86000000, agriRetail2020: 114000000,
        trainingPersonTimesStated: 3592, eligiblePoorPersonsStated: 46, trainedPoorPersonsStated: 27,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3764000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.86,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed: { ...claimed, "bonus.poorTraining": 0, "bonus.tvCase": 0 },
    },
  };
}

// =====================================================================================================
// l1 — 广州花都区: a station sheet keyed by village (站点一 / 站点二 column pairs), a sign-in sheet with merged
//      session cells, a park list with the clerk's own type words
// =====================================================================================================
function buildL1() {
  const REGION = "440114";
  const TOWNS = [["花山镇", 8], ["花东镇", 9], ["炭步镇", 7], ["赤坭镇", 7]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("东西南北大小新平岭田石联两三龙", ["塘", "岗", "头", "溪", "布", "坑", "庄", "湖", "边", "埔", "洞", "围"], "村", prefixes);
  const towns = TOWNS.map(([t, n]) => ({ t, vs: Array.from({ length: n }, () => vName()) }));
  const all = towns.flatMap((x) => x.vs.map((v) => ({ t: x.t, v })));
  assert(all.length === 31, "l1 31 villages");
  // station plan per village: 0, 1 or 2 stations
  const plan = all.map(() => 1);
  [4, 13, 22].forEach((k) => (plan[k] = 0));
  [2, 10, 26].forEach((k) => (plan[k] = 2));
  const rows = [["花都区村级电子商务服务站点分布表（按行政村，北部四镇）"], ["（区商务局电商股　2021年9月；一村一行，村内有两个站点的填在“站点二”）"],
    ["序号", "镇", "行政村", "站点数", "站点一", null, "站点二", null, "备注"],
    [null, null, null, null, "站点名称", "挂牌日期", "站点名称", "挂牌日期", null]];
  const merges = ["A1:I1", "A2:I2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:H3", "I3:I4"];
  const recs = [];
  let fi = 0;
  let tRow = 0;
  let lastTown = null;
  let townStart = 0;
  all.forEach((x, j) => {
    const n = plan[j];
    const stem = x.v.replace(/村$/, "");
    const cells = [];
    for (let k = 0; k < n; k++) {
      let iso = k === 0 ? randIsoBetween("2020-07-01", "2021-08-25") : randIsoBetween("2021-03-01", "2021-08-25");
      let dc = dateCell(iso, fi++);
      let opened = iso;
      if (j === 5 && k === 0) {
        dc = "2020年12月";
        opened = "2020-12";
      } else if (j === 16 && k === 0) {
        dc = "2021年9月";
        opened = "2021-09";
      } else if (j === 26 && k === 1) {
        dc = "筹建中";
        opened = null;
      } else if (j === 19 && k === 0) {
        dc = "2021年8月31日挂牌";
        opened = "2021-08-31";
      }
      const name = k === 0 ? (j % 3 === 1 ? `邮乐购${stem}村站` : `${stem}村电商服务站`) : `${stem}村益农信息社`;
      cells.push(name, dc);
      const rec = { village: x.v };
      if (opened) rec.opened = opened;
      recs.push(rec);
    }
    while (cells.length < 4) cells.push(null);
    const vcell = j % 4 === 3 ? `${stem}村委会` : x.v;
    const first = x.t !== lastTown;
    if (first) {
      if (lastTown !== null) mergeCol(merges, "B", townStart, rows.length);
      townStart = rows.length + 1;
      lastTown = x.t;
    }
    rows.push([++tRow, first ? x.t : null, vcell, n, ...cells, n === 0 ? "未建站" : j === 26 ? "第二个站点选址中" : null]);
  });
  mergeCol(merges, "B", townStart, rows.length);
  rows.push([null, "合计", `${all.length}个行政村`, sum(plan), null, null, null, null, null]);
  rows.push(["注：挂牌日期只登记到月的，按授牌通知所在月份填写。", null, null, null, null, null, null, null, null]);
  merges.push(`A${rows.length}:I${rows.length}`);
  assert(recs.length === 31 && recs.filter((r) => !r.opened).length === 1, "l1 31 stations, one not opened");

  // ---------------- 培训签到（班次、日期纵向合并）
  const SES = [
    { no: "第1期　农村电商基础知识", cell: D("2020-10-22"), iso: "2020-10-22", n: 8 },
    { no: "第2期　网店开设与运营", cell: "2020.12.9", iso: "2020-12-09", n: 7 },
    { no: "第3期　短视频与直播带货", cell: "2021年3月18日", iso: "2021-03-18", n: 8, masked: true },
    { no: "第4期　农产品品牌与包装（两天）", cell: "2021年5月18日—19日", iso: "2021-05-19", n: 7 },
    { no: "第5期　跨境电商入门", cell: "2021/9/8", iso: "2021-09-08", n: 6 },
  ];
  const tRows = [["花都区农村电商培训学员签到汇总表"], ["（各期纸质签到表录入；第3期签到表按区数据局要求对身份证号作脱敏处理）"],
    ["序号", "培训班次", "培训日期", "姓名", "性别", "身份证号", "联系电话", "是否脱贫户"]];
  const tMerges = ["A1:H1", "A2:H2"];
  const tRecs = [];
  let q = 0;
  let xDone = false;
  let spDone = false;
  let noneDone = false;
  for (const s of SES) {
    const r0 = tRows.length + 1;
    for (let k = 0; k < s.n; k++) {
      const male = rnd() < 0.5;
      const wantX = !xDone && s.iso === "2020-10-22" && k === 3 ? true : undefined;
      const id = makeId(REGION, birthBetween(1968, 2001), male, wantX);
      let idc = id;
      let rid = id;
      if (wantX) {
        idc = id.slice(0, 17) + "x";
        xDone = true;
      } else if (!spDone && s.iso === "2020-12-09" && k === 2) {
        idc = spacedId(id);
        spDone = true;
      } else if (s.masked) {
        idc = maskId(id);
        rid = idc;
      } else if (!noneDone && s.iso === "2021-05-19" && k === 5) {
        idc = "未提供";
        rid = null;
        noneDone = true;
      }
      tRows.push([++q, k === 0 ? s.no : null, k === 0 ? s.cell : null, personName(), male ? "男" : "女", idc, mask(phone()), rnd() < 0.2 ? "是" : "否"]);
      tRecs.push({ date: s.iso, personTimes: 1, id: rid });
    }
    mergeCol(tMerges, "B", r0, tRows.length);
    mergeCol(tMerges, "C", r0, tRows.length);
  }
  tRows.push([`合计：${q}人次`, null, null, null, null, null, null, null]);
  tMerges.push(`A${tRows.length}:H${tRows.length}`);
  assert(xDone && spDone && noneDone && tRecs.length === 36, "l1 training specials");
  checkTrainingIds(tRecs, "l1");

  // ---------------- 入驻企业
  const F = [["广州花都优品汇网络科技有限公司", "平台类", "2020-08-18", null, 0], ["广州市花都区花山荔枝网店", "网络零售", "2020-10", null, 1],
    ["广州市花都区炭步鸡电子商务有限公司", "网络零售", "2020-11-03", null, 2], ["广州市花都区云帆代运营工作室", "代运营", "2020-11-20", null, 3],
    ["广州市花都区快捷达物流有限公司", "快递物流", "2020-12-01", null, 4], ["广州市花都区赤坭盆景网店", "网络零售", "2021-01-15", "2021-06-30", 5],
    ["广州市花都区花东直播基地有限公司", "直播基地", "2021-03", null, 6], ["广州市花都区绿丰农业专业合作社", "农业合作社", "2021-03-22", null, 7],
    ["广州市花都区珠宝小镇电商有限公司", "网络零售", "2021-04-08", null, 8], ["广州市花都区冷链通仓储有限公司", "快递物流", "2021-05-12", null, 9],
    ["广州市花都区湾区农品网络科技有限公司", "平台类", "2021-06-21", null, 10], ["广州市花都区梯面茶叶商行", "网络零售", "2021-09", null, 11]];
  const eRows = [["花都区电子商务产业园入驻企业名单"], ["序号", "企业名称", "统一社会信用代码", "经营类别", "入驻日期", "退出日期", "备注"]];
  const eRecs = [];
  F.forEach(([n, t, ent, left, j]) => {
    let ec;
    if (ent === "2020-10") ec = "2020.10";
    else if (ent === "2021-03") ec = "2021年3月";
    else if (ent === "2021-09") ec = "2021年9月";
    else ec = dateCell(ent, j + 1);
    eRows.push([j + 1, n, creditCode(REGION), t, ec, left ? dotDate(left) : null, left ? "租期届满退园" : ent === "2021-09" ? "9月入驻" : null]);
    eRecs.push({ name: n, type: t, entered: ent, left });
  });
  eRows.push([`合计${F.length}家（含已退园1家）`, null, null, null, null, null, null]);

  const notes = [["花都区电子商务进农村台账（第二册）填表说明"], ["1．《站点分布》一村一行：没有站点的村“站点数”填0；一村有两个站点的，第二个填在“站点二”两栏。"],
    ["2．《培训签到》同一期的班次、日期合并填写；第3期身份证号已脱敏，第4期一名学员未提供身份证号。"],
    ["3．《入驻企业》“经营类别”按园区登记口径填写。"], [null], ["花都区商务局电商股　2021年9月10日"]];
  return {
    description:
      "广州花都区商务局台账第二册（说明页加三张表）：①《站点分布》不是一站一行，而是一村一行（北部四镇31个行政村，镇名纵向合并），两行表头“站点一”“站点二”各合并在 站点名称｜挂牌日期 之上，村内第二个站点填在站点二两栏，没有站点的村站点数填0、两栏空；挂牌日期有真日期、序列号数字、“2020年12月”“2021年9月”（只到月）、“2021年8月31日挂牌”和“筹建中”；村名有的带“村委会”；合计行不是站点。②《培训签到》一行一人次，班次和培训日期按期纵向合并（只在每期第一行有值：真日期、“2020.12.9”、“2021年5月18日—19日”取末日、“2021/9/8”），第3期身份证号整期脱敏（440114********1234），一人末位小写x、一人号码中间带空格、一人“未提供”；合计行不是记录。③《入驻企业》经营类别是园区自己的叫法（平台类、网络零售、代运营、快递物流、直播基地、农业合作社），入驻日期有“2020.10”“2021年3月”“2021年9月”只到月的，一家已退园。",
    sheets: [
      { name: "填表说明", rows: notes, merges: [] },
      { name: "站点分布", rows, merges },
      { name: "培训签到", rows: tRows, merges: tMerges },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1"] },
    ],
    expect: {
      sheets: {
        "填表说明": { kind: null },
        "站点分布": { kind: "stations", records: recs },
        "培训签到": { kind: "training", records: tRecs },
        "入驻企业": { kind: "enterprises", records: eRecs },
      },
    },
  };
}

// =====================================================================================================
// l2 — 梅州梅江区: village statistics with 小计 rows, coded poor-person list, accounting-format payments by year,
//      media levels as stars, materials
// =====================================================================================================
function buildL2() {
  const REGION = "441402";
  const TOWNS = [["西阳镇", 10, 1], ["城北镇", 8, 2], ["长沙镇", 7, 1], ["三角镇", 6, 3], ["江南街道", 2, 6]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("黄白上下新石桥坪溪龙塘官", ["坑", "坪", "塘", "岭", "湖", "洋", "径", "背", "坑", "田", "岗"], "村", prefixes);
  const cName = nameMaker("月金华江安兴嘉", ["梅", "苑", "园", "景", "丰", "南"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "l2");
  assert(admin.length === 33 && comms.length === 13, "l2 33 + 13");
  const poorSet = new Set([towns[0].vs[2], towns[0].vs[7], towns[2].vs[4], towns[3].vs[1]]);
  const noExp = towns[0].vs[9];
  const vRows = [["梅江区村（社区）基本情况统计表"], ["（区民政局2021年6月数据；省定贫困村、快递进村由区商务局补填）"],
    ["序号", "镇（街道）", "村（社区）名称", "户数（户）", "户籍人口（人）", "省定贫困村", "快递进村"]];
  const vMerges = ["A1:G1", "A2:G2"];
  const vRecs = [];
  let sq = 0;
  let totH = 0;
  let totP = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    let h = 0;
    let p = 0;
    const list = x.vs.map((v) => ({ v, a: true })).concat(x.cs.map((c) => ({ v: c, a: false })));
    list.forEach((e, k) => {
      const hh = e.a ? rint(180, 820) : rint(900, 3200);
      const pp = Math.round(hh * (3.1 + rnd()));
      h += hh;
      p += pp;
      const stem = e.v.replace(/村$|社区$/, "");
      const nm = e.a ? (sq % 5 === 3 ? `${stem}村委会` : `${stem}村民委员会`) : `${stem}社区居民委员会`;
      sq++;
      vRows.push([sq, k === 0 ? x.t : null, nm, hh, pp, e.a ? (poorSet.has(e.v) ? "是" : "否") : "/", e.a ? (e.v === noExp ? "×" : "√") : null]);
      vRecs.push(e.a ? { name: e.v, admin: true, poor: poorSet.has(e.v), express: e.v !== noExp } : { name: e.v, admin: false, poor: null, express: null });
    });
    mergeCol(vMerges, "B", r0, vRows.length);
    vRows.push([null, `${x.t}小计`, `村委会${x.vs.length}个、居委会${x.cs.length}个`, h, p, `${x.vs.filter((v) => poorSet.has(v)).length}个`, null]);
    totH += h;
    totP += p;
  }
  vRows.push([null, "合计", `村委会${admin.length}个、居委会${comms.length}个`, totH, totP, `${poorSet.size}个`, null]);
  vRows.push(["注：快递进村“√”为已通达，“×”为未通达；居委会不填。", null, null, null, null, null, null]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);

  // ---------------- 脱贫人口（代码）
  const pRows = [["梅江区脱贫人口劳动能力及务工情况表"],
    ["代码说明——劳动能力：1普通劳动力　2技能劳动力　3弱劳动力　4丧失劳动力　5无劳动力；务工状态：1县外务工（外出务工）　2县内务工　3未务工；空白为未采集"],
    ["序号", "户主姓名", "成员姓名", "与户主关系", "证件号码", "劳动能力", "务工状态", "所在村"]];
  const pMerges = ["A1:H1", "A2:H2"];
  const pRecs = [];
  const poorV = [...poorSet];
  const HH = [["1", "1", "5"], ["2", "3", "1", "4"], ["1", "2"], ["4", "1", "1"], ["3", "1", "5", "5"], ["1", "1", "2"], ["2", "4"], ["1", "3", "1"]];
  const WORK = [["1", "", "3"], ["2", "3", "1", ""], ["3", "2"], ["", "1", "3"], ["3", "2", "", ""], ["1", "2", "3"], ["2", ""], ["3", "1", "2"]];
  let pn = 0;
  let quoteDone = false;
  HH.forEach((labs, h) => {
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    const head = personName(sn);
    const r0 = pRows.length + 1;
    labs.forEach((lab, k) => {
      const rel = k === 0 ? "户主" : k === 1 ? "配偶" : lab === "5" ? (rnd() < 0.5 ? "之孙子" : "之孙女") : lab === "4" ? (rnd() < 0.5 ? "之父" : "之母") : rnd() < 0.5 ? "之子" : "之女";
      const birth = rel.includes("孙") ? birthBetween(2012, 2017) : rel === "之父" || rel === "之母" ? birthBetween(1936, 1950) : rel === "户主" || rel === "配偶" ? birthBetween(1958, 1972) : birthBetween(1990, 2002);
      const male = rel === "户主" || rel === "之父" ? true : rel === "配偶" || rel === "之母" ? false : rel.endsWith("子");
      const id = makeId(REGION, birth, male);
      let idc = id;
      if (!quoteDone && h === 2 && k === 1) {
        idc = "'" + id;
        quoteDone = true;
      }
      const work = WORK[h][k];
      pRows.push([++pn, k === 0 ? head : null, k === 0 ? head : rel === "配偶" ? personName() : personName(sn), rel, idc, lab, work || null, poorV[h % poorV.length].replace(/村$/, "") + "村"]);
      const labour = ["1", "2", "3"].includes(lab);
      pRecs.push({ id, labour, migrant: work === "1" ? true : work === "2" || work === "3" ? false : null });
    });
    mergeCol(pMerges, "B", r0, pRows.length);
  });
  assert(quoteDone && pRecs.length === 24, "l2 24 persons " + pRecs.length);
  assert(pRecs.filter((r) => r.labour && r.migrant === false).length === 12, "l2 eligible 12 " + pRecs.filter((r) => r.labour && r.migrant === false).length);

  // ---------------- 资金支付（会计专用格式，按年度分段）
  const PAY = [
    ["2020-09-25", "记-0918", "区电商公共服务中心建设首期款", "梅州市梅江区电商运营服务有限公司", 750000],
    ["2020-11-13", "记-1107", "村级站点建设首期款", "中国邮政集团有限公司梅州市梅江区分公司", 420000],
    ["2020-12-22", "记-1215", "第一期电商培训服务费", "梅州市嘉应职业培训学校", 168000],
    ["2021-01-26", "记-0119", "物流配送体系建设首期款", "梅州市梅江区顺达物流有限公司", 300000],
    ["2021-03-05", "记-0304", "区电商公共服务中心建设进度款", "梅州市梅江区电商运营服务有限公司", 600000],
    ["2021-05-18", "记-0512", "村级站点建设进度款", "中国邮政集团有限公司梅州市梅江区分公司", 385600],
    ["2021-07-09", "记-0706", "第二期电商培训服务费", "梅州市嘉应职业培训学校", 192500],
    ["2021-08-30", "记-0823", "农产品品牌推广服务费", "梅州市梅江区客都品牌策划有限公司", 215000],
    ["2021-09-14", "记-0909", "冷链及溯源系统建设首期款", "梅州市梅江区冷链科技有限公司", 260000],
    [null, null, "村级站点建设尾款", "中国邮政集团有限公司梅州市梅江区分公司", 0],
  ];
  const fRows = [["梅江区省级电子商务进农村综合示范专项资金支付明细"], ["单位：元　　（金额列为会计专用格式）"],
    ["序号", "支付日期", "凭证号", "摘要", "收款单位", "支付金额", "备注"]];
  const fMerges = ["A1:G1", "A2:G2"];
  const fRecs = [];
  let fn = 0;
  for (const y of ["2020", "2021"]) {
    fRows.push([`${y}年度`, null, null, null, null, null, null]);
    fMerges.push(`A${fRows.length}:G${fRows.length}`);
    const these = PAY.filter((p) => (p[0] ? p[0].startsWith(y) : y === "2021"));
    these.forEach(([d, v, what, who, amt], k) => {
      fn++;
      const dc = d === null ? null : [D, twoSlash, cnDate, dotDate, yyyymmdd][(fn - 1) % 5](d);
      fRows.push([fn, dc, v, what, who, acct(amt), d === null ? "待验收后支付" : d > "2021-08-31" ? "9月支付" : null]);
      if (d && amt > 0) fRecs.push({ date: d, amount: amt });
    });
    fRows.push([null, null, null, `${y}年小计`, null, acct(sum(these.map((p) => p[4]))), null]);
  }
  fRows.push([null, null, null, "合计", null, acct(sum(PAY.map((p) => p[4]))), null]);
  assert(fRecs.length === 9 && sum(fRecs.map((r) => r.amount)) === 3291100, "l2 payments " + sum(fRecs.map((r) => r.amount)));

  // ---------------- 宣传报道（★级别）
  const MEDIA = [["2020-11-06", "梅州日报", "第2版", "★★", "报纸", "梅江首批村级电商服务站挂牌"],
    ["2020-12-28", "梅江区融媒体中心", "《梅江新闻》", "★", "电视", "区电子商务公共服务中心投入运营"],
    ["2021-03-16", "南方+客户端", "梅州频道", "★★★", "网络", "梅江：电商带旺金柚销路"],
    ["2021-05-21", "广东广播电视台", "《广东新闻联播》", "★★★", "电视", "梅江脱贫户直播卖客家娘酒"],
    ["2021-07-08", "人民网", "广东频道", "★★★★", "网络", "广东梅江：电商进村助力乡村振兴"],
    ["2021-09-09", "梅州广播电视台", "《梅州新闻》", "★★", "电视", "梅江区电商进农村示范创建见成效"]];
  const LV = { "★★★★": "national", "★★★": "province", "★★": "city", "★": "county" };
  const mRows = [["梅江区电子商务进农村宣传报道登记"], ["级别：★★★★中央级　★★★省级　★★市级　★区级"],
    ["序号", "刊播日期", "媒体", "栏目／版面", "级别", "形式", "标题"]];
  const mRecs = [];
  MEDIA.forEach(([d, m, col, lv, form, title], j) => {
    mRows.push([j + 1, [cnDate, D, dotDate][j % 3](d), m, col, lv, form, `《${title}》`]);
    mRecs.push({ date: d, level: LV[lv], tv: form === "电视" });
  });

  // ---------------- 经验材料
  const MAT = [["2021-01-20", "《梅江区“电商＋金柚”助农增收做法》", "梅州市商务局", "公文交换"],
    ["2021-06-11", "《梅江区村级电商服务站运营管理经验》", "梅州市商务局", "电子邮件"],
    ["2021-09-03", "《梅江区电子商务进农村综合示范创建工作总结》", "梅州市商务局", "公文交换"]];
  const tRows = [["梅江区经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送单位", "报送方式"]];
  const tRecs = [];
  MAT.forEach(([d, t, to, how], j) => {
    tRows.push([j + 1, [slashDate, D, zhDate][j](d), t, to, how]);
    tRecs.push({ date: d });
  });

  const cover = [["梅江区电子商务进农村综合示范台账"], ["（第三册：村居、脱贫人口、资金、宣传）"], [null], ["梅州市梅江区商务局"], ["二〇二一年九月"]];
  return {
    description:
      "梅州梅江区商务局台账第三册（封面加五张表）：①《村（社区）基本情况》是民政局的统计表借用（户数、户籍人口两列数字），名称全称“××村民委员会”“××社区居民委员会”（少数写“村委会”），没有“类别”列、类别看名称；每镇（街道）后一行“××镇小计”（村委会几个、居委会几个，户数人口合计），最后合计行和注，都不是村；省定贫困村“是／否”、社区“/”，快递“√／×”、社区空白。②《脱贫人口》劳动能力和务工状态只填代码（第2行代码说明：劳动能力1—3有、4—5无；务工状态1县外务工＝外出，2县内务工、3未务工＝不外出，空白＝未采集），户主姓名按户纵向合并，一人证件号码前带导出的单引号。③《资金支付明细》按年度分段（“2020年度”标题行、年度小计、合计），金额是会计专用格式文本“ ¥ 750,000.00 ”，一行尾款“ ¥ - ”未支付不是记录，一笔9月支付照列；日期有真日期、“21/3/5”两位年份、“2020年12月22日”、“2021.5.18”、“20210709”八位数。④《宣传报道》级别只用★表示（第2行图例：★★★★中央级…★区级），形式有电视、报纸、网络，一条9月。⑤《经验材料》三条（一条9月）。",
    sheets: [
      { name: "封面", rows: cover, merges: [] },
      { name: "村（社区）基本情况", rows: vRows, merges: vMerges },
      { name: "脱贫人口", rows: pRows, merges: pMerges },
      { name: "资金支付明细", rows: fRows, merges: fMerges },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1", "A2:G2"] },
      { name: "经验材料", rows: tRows, merges: ["A1:E1"] },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "村（社区）基本情况": { kind: "villages", records: vRecs },
        "脱贫人口": { kind: "poorPersons", records: pRecs },
        "资金支付明细": { kind: "funds", records: fRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "经验材料": { kind: "materials", records: tRecs },
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
write("counties", "b183-c1-qingcheng.json", c1);
write("facts", "b183-f1-rongcheng.json", f1);
write("facts", "b183-f2-duanzhou.json", f2);
write("facts", "b183-f3-jinwan.json", f3);
write("ledgers", "b183-l1-huadu.json", l1);
write("ledgers", "b183-l2-meijiang.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
