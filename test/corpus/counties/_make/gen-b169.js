// Batch 169 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block reused from
// counties/_make/gen-b168.js (PRNG, ID and credit-code makers, rubric tables, validate, write, merge checks).
// Deterministic: seeded PRNG (169169), no clock. Run: node test/corpus/_b169/gen-b169.js
//
// c1 浈江区 (韶关): facts and claimed points in the city's 《考评预审问询单》 (答复 prose, 自评分 merged per indicator, city remarks);
//    villages as a printed directory (five names a row, poor only in a footnote); stations in town sections; sessions with 报名 | 实到 |
//    直播观看; roster with 参训日期 lists; park firms as an 入驻/更名/退出 log; funds in 万元 mixing 区级配套; site-search copy of the column.
// f1 源城区 (河源): the 分部门填报 matrix — 数据项 rows × one column per member unit (统计局, 民政局, 乡村振兴局, 财政局,
//    农业农村局, 邮政, 商务局); each value sits in the column of the unit that supplied it, "/" or "同统计局" elsewhere.
// f2 濠江区 (汕头): the 工作总结 with prose paragraphs on the left (A:E merged) and a 数说 side box on the right (G:H,
//    label | value with units and growth in brackets) running beside the prose on the same rows.
// f3 城区 (汕尾): a mobile 表单 page "select all — copy" into column A: question line, answer line, radio options one per
//    line (◉ chosen / ○ not), multi-select ☑/☐, 未填写 answers, page markers and buttons as noise.
// l1 梅江区 (梅州): training sign-in sheets of five sessions stacked (block title, info line with the date, header, rows
//    whose 本人签名 is the name, 请假 or blank, footer 应到/实到); the poor roster in household blocks (a merged 户 line
//    then member rows); a 填报说明 sheet and a hidden drop-down sheet.
// l2 江城区 (阳江): the village list with 统计用区划代码, 是/否 poor flags and one ✓ column per express company (a village with
//    none); stations that give their village only as the 12-digit 区划代码; media with 中央/省/市/区 levels; case materials;
//    a cover sheet.
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
let seed = 169169;
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
    assert(/^b169-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b169-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b169-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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


// ---------------------------------------------------------------- extra helpers (batch 169)
function inCut(iso, cut) {
  // a full date or a month ("YYYY-MM") on or before the cut-off (a month counts when it is the cut-off month or earlier)
  return iso.length === 7 ? iso <= cut.slice(0, 7) : iso <= cut;
}
function chunk(a, n) {
  const out = [];
  for (let i = 0; i < a.length; i += n) out.push(a.slice(i, i + n));
  return out;
}
function padRow(cells, n) {
  const r = cells.slice();
  while (r.length < n) r.push(null);
  return r;
}
function wanNum(yuan) {
  // integer yuan -> a 万元 number as typed (up to 4 decimals, exact)
  assert(Number.isInteger(yuan), "wanNum integer");
  const v = Number((yuan / 10000).toFixed(4));
  assert(Math.round(v * 10000) === yuan, "wanNum exact " + yuan);
  return v;
}

// =====================================================================================================
// c1 — 韶关浈江区: whole workbook (see the header comment)
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "440204";
  const COMM = {
    犁市镇: ["犁市社区"], 花坪镇: ["花坪社区"], 新韶镇: ["新韶社区", "韶钢社区"], 乐园镇: ["乐园社区"], 十里亭镇: ["十里亭社区"],
    东河街道: ["东堤社区", "和平社区", "解放社区", "曙光社区", "东联社区", "新华社区"],
    车站街道: ["站南社区", "站北社区", "铁路社区", "工业东社区", "工业西社区", "新村社区", "东升社区"],
    风采街道: ["风采社区", "风度社区", "建设社区", "五里亭社区", "熏风社区", "东岗社区", "北江社区", "沿江社区"],
  };
  const NV = { 犁市镇: 12, 花坪镇: 9, 新韶镇: 8, 乐园镇: 10, 十里亭镇: 9, 东河街道: 1, 车站街道: 0, 风采街道: 0 };
  const namer = villageNamer("大小新上下黄白石龙凤马桂梅竹溪塘江高长平安和福水莲", ["坑", "岭", "坪", "洞", "塘", "田", "坝", "湾", "背", "陂", "岗", "坳", "口", "围", "寨", "排"]);
  const newName = noDupNamer(namer, ["犁市", "花坪", "新韶", "乐园", "十里", "东河", "车站", "风采"]);
  const towns = Object.keys(NV).map((town) => {
    const vs = [];
    for (let q = 0; q < NV[town]; q++) vs.push(newName());
    return { town, vs, cs: COMM[town] };
  });
  const admin = towns.flatMap((t) => t.vs);
  const comms = towns.flatMap((t) => t.cs);
  assert(admin.length === 49 && comms.length === 27 && new Set(admin).size === 49, "c1 49 villages + 27 communities");
  noStemClash(admin, comms, "c1");
  const townOf = {};
  for (const t of towns) for (const v of t.vs.concat(t.cs)) townOf[v] = t.town;
  const T = Object.fromEntries(towns.map((t) => [t.town, t]));
  const poor = [T["犁市镇"].vs[2], T["犁市镇"].vs[7], T["花坪镇"].vs[1], T["花坪镇"].vs[5], T["新韶镇"].vs[3], T["乐园镇"].vs[4], T["十里亭镇"].vs[6]];
  assert(new Set(poor).size === 7, "c1 7 poor villages");

  // ---------------- 村居名录: a printed directory, five names to a row
  const vRows = [["韶关市浈江区村（居）民委员会名录"], ["（按镇、街道排列；村委会、社区居委会分行列出）"]];
  const vMerges = ["A1:F1", "A2:F2"];
  towns.forEach((t, j) => {
    vRows.push([`${CN_NUM[j + 1]}、${t.town}（村委会${t.vs.length}个，社区居委会${t.cs.length}个）`]);
    vMerges.push(`A${vRows.length}:F${vRows.length}`);
    chunk(t.vs, 5).forEach((part, k) => vRows.push(padRow([k === 0 ? "村委会" : null].concat(part), 6)));
    chunk(t.cs, 5).forEach((part, k) => vRows.push(padRow([k === 0 ? "社区居委会" : null].concat(part), 6)));
  });
  vRows.push([`合计：村委会${admin.length}个，社区居委会${comms.length}个。`]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);
  const poorText = ["犁市镇", "花坪镇", "新韶镇", "乐园镇", "十里亭镇"].map((tn) => tn + poor.filter((p) => townOf[p] === tn).join("、")).join("；");
  vRows.push([`注：1．本名录为村（居）民委员会设置现状；2．省定贫困村（${poor.length}个）：${poorText}。`]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);
  vRows.push(["资料来源：浈江区民政局，2021年6月。"]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);
  const listed = vRows.flatMap((r) => r.slice(1)).filter((x) => typeof x === "string");
  assert(listed.length === 76 && admin.every((v) => listed.includes(v)), "c1 directory lists every name once");

  // ---------------- 站点台账: town sections, numbering restarting
  const nonPoor = admin.filter((v) => !poor.includes(v));
  const sh = shuffle(nonPoor);
  const covNP = sh.slice(0, 29); // 29 non-poor + 6 poor = 35 covered by the cut-off
  const septNP = sh.slice(29, 31); // two villages whose only station opens in September
  const poorCov = poor.slice(0, 6);
  const poorSept = poor[6];
  const monthOnly = covNP[7]; // its only station is dated "2021年8月"
  const fullName = covNP[12]; // its only station writes the village as "××村民委员会"
  const ST = [];
  for (const v of covNP.concat(poorCov)) ST.push({ v, iso: randIsoBetween("2020-07-01", "2021-08-20") });
  ST.find((s) => s.v === monthOnly).iso = "2021-08";
  ST.find((s) => s.v === covNP[20]).iso = CUT;
  ST.push({ v: covNP[3], iso: randIsoBetween("2021-01-05", "2021-06-30"), second: true });
  ST.push({ v: poorCov[2], iso: randIsoBetween("2021-03-01", "2021-07-30"), second: true });
  ST.push({ v: covNP[15], iso: "2021-09-16", second: true });
  ST.push({ v: septNP[0], iso: "2021-09-06" });
  ST.push({ v: septNP[1], iso: "2021-09-18" });
  ST.push({ v: poorSept, iso: "2021-09-10" });
  ST.push({ v: "犁市社区", iso: "2020-06-30", comm: true });
  ST.push({ v: "东堤社区", iso: "2020-10-12", comm: true });
  const OUT = { v: "社溪村", town: "武江区龙归镇", iso: "2020-12-03", out: true };
  assert(!admin.includes(OUT.v), "c1 the 武江区 village is not in the list");
  ST.push(OUT);
  assert(ST.length === 44, "c1 44 station rows " + ST.length);
  const sRows = [["浈江区村级电子商务服务站点台账"], ["填报单位：浈江区科技工业商务和信息化局　　　　　　　　更新时间：2021年9月20日"],
    ["序号", "站点名称", "所在村（社区）", "详细地址", "负责人", "联系电话", "建成时间", "服务内容", "备注"]];
  const sMerges = ["A1:I1", "A2:I2"];
  const SERV = ["代购代销、快递收发", "代购代销、代缴费、快递收发", "电商宣传、代购代销", "快递收发、小额信贷、代缴费"];
  const sectionTowns = ["犁市镇", "花坪镇", "新韶镇", "乐园镇", "十里亭镇", "东河街道"];
  let fk = 0;
  const fmtOpen = (s) => {
    if (s.iso.length === 7) return cnMonth(s.iso);
    const f = fk++ % 6;
    return f === 0 ? D(s.iso) : f === 1 ? dotDate(s.iso) : f === 2 ? cnDate(s.iso) : f === 3 ? twoDot(s.iso) : f === 4 ? slashDate(s.iso) : D(s.iso);
  };
  sectionTowns.forEach((tn, j) => {
    const list = ST.filter((s) => (s.out ? tn === "乐园镇" : townOf[s.v] === tn)).sort((a, b) => cmp(a.iso, b.iso));
    sRows.push([`${CN_NUM[j + 1]}、${tn}（${list.length}个）`]);
    sMerges.push(`A${sRows.length}:I${sRows.length}`);
    list.forEach((s, k) => {
      const stem = s.v.replace(/村$|社区$/, "");
      let vCell;
      if (s.comm) vCell = `${s.v}居委会`;
      else if (s.out) vCell = `${OUT.town}${s.v}`;
      else if (s.v === fullName) vCell = `${stem}村民委员会`;
      else vCell = k % 3 === 1 ? `${s.v}委会` : s.v;
      const name = s.comm ? `${tn.replace(/镇$|街道$/, "")}电商服务中心（镇级）` : `${stem}村电商服务站${s.second ? "（二）" : ""}`;
      const addr = s.out ? `韶关市武江区龙归镇${s.v}委会旁` : `韶关市浈江区${tn}${s.comm ? s.v : s.v + "委会"}${rint(1, 88)}号`;
      const note = s.out ? "武江区站点（邮政代建），误录入本表" : s.comm ? "镇级站，设在社区" : s.iso > CUT ? "2021年9月新建" : null;
      sRows.push([k + 1, name, vCell, addr, personName(), mask(phone()), fmtOpen(s), SERV[(j + k) % 4], note]);
    });
  });
  sRows.push(["注：建成时间以挂牌运营时间为准；同一村有两个站点的，站点名称后加“（二）”。"]);
  sMerges.push(`A${sRows.length}:I${sRows.length}`);
  const coveredPre = new Set(ST.filter((s) => !s.comm && !s.out && inCut(s.iso, CUT)).map((s) => s.v));
  const coveredAll = new Set(ST.filter((s) => !s.comm && !s.out).map((s) => s.v));
  assert(coveredPre.size === 35 && coveredAll.size === 38, "c1 35 covered by the cut-off, 38 with September");
  assert(ratioGE(35, 49, 70) && !ratioGE(34, 49, 70), "c1 35/49 = 71.4% → 5, one fewer would be 2");
  assert(ST.filter((s) => s.v === monthOnly).length === 1 && ST.filter((s) => s.v === fullName).length === 1, "c1 the two tricky stations are their villages' only ones");
  const poorPre = poor.filter((p) => coveredPre.has(p)).length;
  assert(poorPre === 6 && ratioGE(6, 7, 80) && !ratioGE(6, 7, 100), "c1 6/7 poor villages → 3");

  // ---------------- 培训台账: sessions; only 实到人数 are person-times
  const POP = 409800;
  const SES_DATES = ["2020-07-23", "2020-08-20", "2020-09-17", "2020-10-15", "2020-11-12", "2020-11-26", "2020-12-17", "2021-01-14", "2021-02-04",
    "2021-03-11", "2021-03-18", "2021-04-15", "2021-04-22", "2021-05-13", "2021-05-27", "2021-06-10", "2021-06-24", "2021-07-08", "2021-07-22",
    "2021-08-05", "2021-08-19", "2021-08-27", "2021-09-09", "2021-09-23"];
  const TOPICS = ["农村电商基础知识", "网店开设与运营", "农产品直播带货（线上）", "短视频拍摄与剪辑", "农产品包装与品牌", "电商客服与物流", "社群团购运营", "农产品直播带货（线上）"];
  const SES = SES_DATES.map((iso, j) => {
    const online = TOPICS[j % TOPICS.length].includes("线上");
    return { no: j + 1, iso, start: j === 10 || j === 16 ? isoAdd(iso, -1) : iso, topic: j === 8 ? "春节返乡人员电商创业专场" : TOPICS[j % TOPICS.length], online: online && j !== 8, att: rint(140, 220) };
  });
  const preS = SES.filter((s) => s.iso <= CUT);
  assert(preS.length === 22, "c1 22 sessions by the cut-off");
  for (let diff = 3987 - sum(preS.map((s) => s.att)), j = 0; diff !== 0; j = (j + 5) % 22) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 9);
    if (preS[j].att + st >= 120 && preS[j].att + st <= 240) {
      preS[j].att += st;
      diff -= st;
    }
  }
  for (const s of SES) {
    s.reg = s.att + rint(6, 30);
    s.watch = s.online ? rint(900, 2600) : null;
  }
  const attPre = sum(preS.map((s) => s.att));
  const regPre = sum(preS.map((s) => s.reg));
  assert(attPre === 3987 && !ratioGE(attPre, POP, 1) && attPre * 1000 >= POP * 8, "c1 3,987 / 409,800 = 0.973% → 8");
  assert(ratioGE(regPre, POP, 1) && ratioGE(sum(SES.map((s) => s.att)), POP, 1), "c1 报名 or September would reach 1%");

  // ---------------- 脱贫人口及参训情况
  // P 有劳动能力 在家务农, Q 有劳动能力 区内务工, O 有劳动能力 区外务工 / 省外务工, N 无劳动能力, L 丧失劳动能力, S 在校学生
  const HH = ["PPNS", "PQN", "QPOS", "PPN", "OPSN", "PQSS", "LPN", "PPO", "QQN", "PNN", "PPSO", "QPN", "POS", "PPNN", "LQS", "PPQ",
    "OOSN", "PQN", "PPS", "QPO", "PN", "PPNS", "QPSN", "PLS", "PPQO", "PPN", "QPS", "PQ", "PS"];
  const persons = [];
  const hhVillages = poor.concat(shuffle(nonPoor).slice(0, HH.length - poor.length));
  let xId = null;
  HH.forEach((hh, h) => {
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    let head = null;
    let elders = 0;
    hh.split("").forEach((c, j) => {
      const age = j === 0 ? (c === "N" ? rint(66, 80) : rint(40, 58)) : c === "S" ? rint(8, 17) : c === "N" ? rint(68, 85) : j === 1 ? rint(36, 56) : rint(18, 27);
      const male = j === 0 ? rnd() < 0.8 : rnd() < 0.5;
      const birth = randIsoBetween(`${2021 - age - 1}-01-02`, `${2021 - age}-01-01`);
      const wantX = h === 4 && j === 1 ? true : undefined;
      const id = makeId(REGION, birth, male, wantX);
      if (wantX) xId = id;
      const rel = j === 0 ? "户主" : j === 1 && c !== "S" && c !== "N" ? "配偶" : c === "S" ? (male ? "之子" : "之女") : c === "N" ? (elders++ === 0 ? (male ? "之父" : "之母") : male ? "之岳父" : "之岳母") : male ? "之子" : "之女";
      const name = ["户主", "之子", "之女", "之父"].includes(rel) ? personName(sn) : personName();
      if (j === 0) head = name;
      persons.push({ h, id, name, rel, c, v: hhVillages[h], head, labour: "PQO".includes(c), migrant: "PQO".includes(c) ? c === "O" : null });
    });
  });
  const eligible = persons.filter((p) => p.labour && !p.migrant);
  const migrants = persons.filter((p) => p.migrant);
  assert(eligible.length === 50 && migrants.length === 9, `c1 eligible ${eligible.length} migrants ${migrants.length}`);
  assert(xId && eligible.some((p) => p.id === xId), "c1 an X id among the eligible");
  const preDates = preS.map((s) => s.iso);
  const septDates = SES.filter((s) => s.iso > CUT).map((s) => s.iso);
  const pool = shuffle(eligible.filter((p) => p.id !== xId));
  const trainedPre = [eligible.find((p) => p.id === xId)].concat(pool.slice(0, 23));
  const septOnly = pool.slice(23, 25);
  const att = new Map();
  trainedPre.forEach((p, j) => {
    const s = new Set();
    const k = j % 5 === 0 ? 3 : j % 3 === 0 ? 2 : 1;
    while (s.size < k) s.add(preDates[rint(0, preDates.length - 1)]);
    if (j % 6 === 1) s.add(septDates[j % 2]);
    att.set(p.id, [...s].sort());
  });
  septOnly.forEach((p, j) => att.set(p.id, [septDates[j]]));
  shuffle(migrants).slice(0, 3).forEach((p) => att.set(p.id, ["2021-02-04"]));
  const pRows = [["浈江区建档立卡脱贫人口及电商培训参训情况表"],
    ["说明：劳动能力、务工情况按扶贫开发信息系统2021年6月数据；参训日期按各期培训签到表登记（已计入《培训台账》实到人数），多次参训的用“、”隔开。"],
    ["序号", "镇（街道）", "村", "户主", "姓名", "与户主关系", "身份证号码", "劳动能力", "务工情况", "参训日期", "备注"]];
  const pMerges = ["A1:K1", "A2:K2"];
  const LAB = { P: "有劳动能力", Q: "有劳动能力", O: "有劳动能力", N: "无劳动能力", L: "丧失劳动能力", S: "无劳动能力" };
  persons.forEach((p, j) => {
    const work = p.c === "P" ? "在家务农" : p.c === "Q" ? "区内务工" : p.c === "O" ? (j % 2 ? "省外务工" : "区外务工") : p.c === "S" ? "在校学生" : "—";
    const dates = att.get(p.id);
    const idCell = p.id === xId ? p.id.slice(0, 17) + "x" : p.id;
    pRows.push([j + 1, townOf[p.v], p.v, p.head, p.name, p.rel, idCell, LAB[p.c], work, dates ? dates.map(dotDate).join("、") : null, p.c === "O" && dates ? "春节返乡期间参训" : null]);
  });
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedCut = [...att.entries()].filter(([id, ds]) => eligIds.has(id) && ds.some((d) => d <= CUT)).length;
  const trainedAny = [...att.keys()].filter((id) => eligIds.has(id)).length;
  assert(trainedCut === 24 && trainedAny === 26, "c1 24 trained by the cut-off, 26 with September");
  assert(ratioGE(24, 50, 40) && !ratioGE(24, 50, 50) && ratioGE(26, 50, 50), "c1 24/50 = 48% → 8; 26/50 = 52% would be 10");
  for (const ds of att.values()) for (const d of ds) assert(SES.some((s) => s.iso === d), "c1 roster dates are session dates " + d);

  // the session sheet (written after the roster so the 脱贫人口 count per session is known)
  const poorBy = {};
  for (const [id, ds] of att) if (persons.find((p) => p.id === id)) for (const d of ds) poorBy[d] = (poorBy[d] || 0) + 1;
  const tRows = [["浈江区农村电子商务培训台账（按期次）"], ["说明：培训人次按签到表实到人数统计；线上直播课另记直播间观看人次，不计入培训人次；报名人数仅供参考。"],
    ["期次", "培训时间", "培训形式", "培训内容", "报名人数", "实到人数（人次）", "其中：脱贫人口", "直播观看（人次）", "备注"]];
  const tMerges = ["A1:I1", "A2:I2"];
  SES.forEach((s, j) => {
    let dc;
    if (s.start !== s.iso) dc = `${dotDate(s.start)}-${ymd(s.iso)[2]}`;
    else {
      const f = j % 5;
      dc = f === 0 ? D(s.iso) : f === 1 ? cnDate(s.iso) : f === 2 ? dotDate(s.iso) : f === 3 ? twoDot(s.iso) : D(s.iso);
    }
    tRows.push([`第${s.no}期`, dc, s.online ? "线上直播+线下" : "线下集中", s.topic, s.reg, s.att, poorBy[s.iso] || 0, s.watch, s.iso > CUT ? "9月新开班" : s.no === 9 ? "春节返乡专场" : null]);
  });
  tRows.push(["合计", null, null, null, sum(SES.map((s) => s.reg)), sum(SES.map((s) => s.att)), sum(Object.values(poorBy)), sum(SES.map((s) => s.watch || 0)), null]);
  tRows.push(["填表人：曾××　　审核人：朱××"]);
  tMerges.push(`A${tRows.length}:I${tRows.length}`);
  for (const s of SES) assert((poorBy[s.iso] || 0) <= s.att, "c1 poor attendees within 实到");

  // ---------------- 入驻企业变动登记: a change log
  const FIRMS = [["韶关市浈江区优品汇电子商务有限公司", "平台型"], ["韶关市丹霞好物网络科技有限公司", "平台型"], ["浈江区犁市柑橘网店", "销售型"],
    ["浈江区花坪土特产电子商务商行", "销售型"], ["韶关市云端电商运营服务有限公司", "电商运营服务商"], ["浈江区新韶鲜果网店", "销售型"],
    ["韶关市浈江区中通快递服务部", "物流快递"], ["浈江区邮政快递揽投部", "物流快递"], ["韶关市浈江直播传媒有限公司", "直播机构"],
    ["浈江区乐园竹木工艺品网店", "销售型"], ["韶关市粤北山货供应链有限公司", "物流快递"], ["浈江区十里亭蔬菜专业合作社网店", "销售型"],
    ["韶关市浈江区聚农网络科技有限公司", "平台型"], ["浈江区北江河鲜电子商务商行", "销售型"], ["韶关市浈江区韵达快递服务部", "物流快递"],
    ["浈江区马坝油粘米网店", "销售型"], ["韶关市小微电商代运营工作室", "电商运营服务商"], ["浈江区古佛茶叶电子商务有限公司", "销售型"],
    ["韶关市浈江冷链仓储有限公司", "物流快递"], ["浈江区客家酿豆腐网店", "销售型"], ["韶关市浈江区乡味优选社区团购服务部", "平台型"],
    ["韶关市浈江区仙人掌视觉设计工作室", "设计服务"]].map(([n, t]) => ({ n, t, code: creditCode(REGION) }));
  const EV = [];
  FIRMS.forEach((f, j) => {
    if (j < 21) EV.push({ iso: randIsoBetween("2020-07-10", "2021-08-25"), kind: "入驻", f });
  });
  EV.push({ iso: "2021-09-07", kind: "入驻", f: FIRMS[21] });
  EV[2].iso = "2020-08-06";
  EV[4].iso = "2020-09-15";
  EV[11].iso = "2020-11-20";
  const enteredOf = (f) => EV.find((e) => e.f === f && e.kind === "入驻").iso;
  const later = (f, a, b) => {
    const lo = enteredOf(f) > a ? isoAdd(enteredOf(f), 20) : a;
    return randIsoBetween(lo < b ? lo : b, b);
  };
  EV.push({ iso: later(FIRMS[2], "2021-03-01", "2021-06-30"), kind: "退出", f: FIRMS[2], note: "合同到期不续租" });
  EV.push({ iso: later(FIRMS[11], "2021-04-01", "2021-07-31"), kind: "退出", f: FIRMS[11], note: "迁回十里亭镇自建仓库" });
  EV.push({ iso: "2021-09-15", kind: "退出", f: FIRMS[7], note: "并入区邮政分公司寄递事业部" });
  const oldName = FIRMS[4].n;
  FIRMS[4].renamed = "韶关市云端数字商务有限公司";
  EV.push({ iso: later(FIRMS[4], "2021-01-10", "2021-05-30"), kind: "更名", f: FIRMS[4], note: `原名：${oldName}` });
  EV.sort((a, b) => cmp(a.iso, b.iso));
  const eRows = [["浈江区电子商务产业园入驻企业变动登记"], ["（按变动日期登记：入驻、更名、退出各占一行；统一社会信用代码不变的为同一企业）"],
    ["序号", "变动日期", "变动事项", "企业名称", "统一社会信用代码", "企业类别", "备注"]];
  EV.forEach((e, j) => {
    const name = e.kind === "更名" ? e.f.renamed : e.kind === "退出" && e.f.renamed ? e.f.renamed : e.kind === "入驻" ? (e.f.renamed ? oldName : e.f.n) : e.f.n;
    const f = j % 4;
    const dc = f === 0 ? D(e.iso) : f === 1 ? dotDate(e.iso) : f === 2 ? cnDate(e.iso) : slashDate(e.iso);
    eRows.push([j + 1, dc, e.kind, name, e.f.code, e.f.t, e.note || null]);
  });
  eRows.push([`注：截至2021年9月20日，累计登记入驻${EV.filter((e) => e.kind === "入驻").length}家，退出${EV.filter((e) => e.kind === "退出").length}家。`]);
  const inPark = FIRMS.filter((f) => {
    const en = EV.find((e) => e.f === f && e.kind === "入驻");
    const ex = EV.find((e) => e.f === f && e.kind === "退出");
    return en && en.iso <= CUT && !(ex && ex.iso <= CUT);
  });
  assert(inPark.length === 19 && EV.filter((e) => e.kind === "入驻" && e.iso <= CUT).length === 21, "c1 19 firms in the park at the cut-off (21 entries)");
  assert(EV.filter((e) => e.iso <= CUT && e.kind !== "退出").length === 22, "c1 a naive count of 入驻 + 更名 rows would be 22");
  assert(new Set(inPark.map((f) => f.t)).size >= 3, "c1 ≥ 3 types");
  const rn = EV.find((e) => e.kind === "更名");
  assert(rn.iso > enteredOf(FIRMS[4]) && rn.iso <= CUT, "c1 rename after entry, before the cut-off");
  for (const f of [FIRMS[2], FIRMS[11]]) assert(EV.find((e) => e.f === f && e.kind === "退出").iso > enteredOf(f), "c1 exit after entry");

  // ---------------- 资金支付台账 (万元; 省级专项 and 区级配套 in one sheet)
  const PAY = [
    ["2020-08-18", "县级电商公共服务中心建设（首期）", "韶关市云端电商运营服务有限公司", "省级专项", 720000],
    ["2020-09-29", "镇村电商服务站点建设（首期）", "中国邮政集团有限公司韶关市浈江区分公司", "省级专项", 486000],
    ["2020-10-21", "中心装修配套", "韶关市浈江区建筑装饰有限公司", "区级配套", 185000],
    ["2020-11-27", "农村电商人才培训（第一批）", "韶关市南岭职业培训学校", "省级专项", 213600],
    ["2020-12-24", "区镇村三级物流配送体系建设（首期）", "韶关市粤北山货供应链有限公司", "省级专项", 395000],
    ["2021-01-22", "站点招牌及设备", "韶关市浈江区广告装饰部", "区级配套", 126400],
    ["2021-02-05", "农产品品牌培育及营销推广", "韶关市创意营销策划有限公司", "省级专项", 268000],
    ["2021-03-26", "县级电商公共服务中心建设（进度款）", "韶关市云端电商运营服务有限公司", "省级专项", 455000],
    ["2021-04-28", "镇村电商服务站点建设（进度款）", "中国邮政集团有限公司韶关市浈江区分公司", "省级专项", 324000],
    ["2021-05-20", "培训场地及设备租赁", "韶关市浈江区会展服务中心", "区级配套", 98600],
    ["2021-06-17", "农村电商人才培训（第二批）", "韶关市南岭职业培训学校", "省级专项", 142400],
    ["2021-07-15", "冷链及农产品溯源系统（首期）", "韶关市浈江冷链仓储有限公司", "省级专项", 215800],
    ["2021-07-30", "电商宣传推广", "浈江区融媒体中心", "区级配套", 160000],
    ["2021-08-26", "公共信息服务平台", "韶关市数联网络科技有限公司", "省级专项", 166400],
    ["2021-08-31", "区镇村三级物流配送体系建设（进度款）", "韶关市粤北山货供应链有限公司", "省级专项", 0],
    ["2021-09-14", "冷链及农产品溯源系统（进度款）", "韶关市浈江冷链仓储有限公司", "省级专项", 184000],
    ["2021-09-24", "县级电商公共服务中心运营服务费", "韶关市云端电商运营服务有限公司", "省级专项", 236000],
  ];
  // the 8月31日 payment brings the provincial total by the cut-off to exactly 3,456,200
  const provPreBefore = sum(PAY.filter((p) => p[3] === "省级专项" && p[0] <= CUT).map((p) => p[4]));
  PAY[14][4] = 3456200 - provPreBefore;
  assert(PAY[14][4] > 0 && PAY[14][4] % 100 === 0, "c1 the last August payment " + PAY[14][4]);
  const fRows = [["浈江区电子商务进农村综合示范项目资金支付台账（含区级配套）"],
    ["金额单位：万元　　省级专项资金下达500万元（粤财工〔2019〕158号）；区级配套资金安排100万元"],
    ["序号", "支付日期", "项目（用途）", "收款单位", "资金来源", "支付金额（万元）", "凭证号", "备注"]];
  const fMerges = ["A1:H1", "A2:H2"];
  let vno = 40;
  PAY.forEach(([iso, what, who, src, amt], j) => {
    vno += rint(2, 11);
    const f = j % 4;
    const dc = f === 0 ? D(iso) : f === 1 ? dotDate(iso) : f === 2 ? cnDate(iso) : D(iso);
    fRows.push([j + 1, dc, what, who, src, wanNum(amt), `浈财国库〔${iso.slice(0, 4)}〕${vno}号`, iso > CUT ? "考评截止后支付" : null]);
  });
  const prov = PAY.filter((p) => p[3] === "省级专项");
  const match = PAY.filter((p) => p[3] === "区级配套");
  fRows.push(["省级专项资金小计", null, null, null, null, wanNum(sum(prov.map((p) => p[4]))), null, null]);
  fMerges.push(`A${fRows.length}:E${fRows.length}`);
  fRows.push(["区级配套资金小计", null, null, null, null, wanNum(sum(match.map((p) => p[4]))), null, null]);
  fMerges.push(`A${fRows.length}:E${fRows.length}`);
  fRows.push(["合计", null, null, null, null, wanNum(sum(PAY.map((p) => p[4]))), null, null]);
  fMerges.push(`A${fRows.length}:E${fRows.length}`);
  const provPre = sum(prov.filter((p) => p[0] <= CUT).map((p) => p[4]));
  const bothPre = sum(PAY.filter((p) => p[0] <= CUT).map((p) => p[4]));
  assert(provPre === 3456200 && !ratioGE(provPre, 5000000, 70) && pct1(provPre, 5000000) === "69.1%", "c1 provincial 3,456,200 = 69.1% < 70%");
  assert(ratioGE(bothPre, 5000000, 70) && ratioGE(sum(prov.map((p) => p[4])), 5000000, 70), "c1 配套 or September would pass 70%");

  // ---------------- 月报报送回执
  const REP = [];
  monthsBetween("2020-08", "2021-08").forEach((m, j) => {
    const next = monthsBetween(m, "2021-12")[1];
    const iso = `${next}-${String(rint(3, 9)).padStart(2, "0")}`;
    const back = j === 5 ? isoAdd(iso, 4) : null;
    REP.push({ m, iso, back, pov: m !== "2020-08" });
  });
  const rRows = [["浈江区电子商务进农村工作月报报送回执登记"], ["（报送对象：韶关市商务局电子商务科；报送途径：粤政易公文）"],
    ["序号", "报送月份", "报送时间", "接收状态", "退回原因", "重报时间", "附电商扶贫统计表"]];
  REP.forEach((r, j) => {
    const t = j % 3 === 0 ? D(r.iso) : j % 3 === 1 ? `${r.iso} ${hms().slice(0, 5)}` : slashDate(r.iso);
    rRows.push([j + 1, cnMonth(r.m), t, r.back ? "退回后已接收" : "已接收", r.back ? "统计表数据不全" : null, r.back ? slashDate(r.back) : null, r.pov ? "是" : "否"]);
  });
  const repMonths = new Set(REP.filter((r) => r.iso <= CUT).map((r) => ym(r.iso)));
  assert(WINDOW.every((w) => repMonths.has(w)) && REP.every((r) => !r.back || ym(r.back) === ym(r.iso)), "c1 reported every month");

  // ---------------- 专栏（站内搜索）: the site's search results copied
  const HITS = [{ t: "浈江区电子商务进农村综合示范县创建工作方案", iso: "2020-05-08", col: true, s: "为加快推进我区电子商务进农村综合示范县创建工作，根据……制定本方案。" },
    { t: "浈江区电子商务进农村综合示范项目基本信息公示", iso: "2020-06-12", col: true, s: "项目名称、建设内容、承建单位、资金安排……" },
    { t: "关于公布电子商务进农村综合示范项目监督举报电话的公告", iso: "2020-06-12", col: true, s: "为加强项目监督，现公布监督举报电话……" }];
  for (const m of monthsBetween("2020-06", "2021-08")) {
    if (m === "2021-04") continue; // the April progress note went up late, in June
    const next = monthsBetween(m, "2021-12")[1];
    HITS.push({ t: `浈江区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`, iso: `${next}-${String(rint(4, 25)).padStart(2, "0")}`, col: true, s: `${cnMonth(m)}，全区电子商务进农村综合示范项目稳步推进……` });
  }
  HITS.find((h) => h.t.includes("2021年4月")) || HITS.push({ t: "浈江区电子商务进农村综合示范项目建设进度（2021年4月）", iso: "2021-06-03", col: true, s: "2021年4月，全区电子商务进农村综合示范项目稳步推进……" });
  HITS.push({ t: "浈江区举办农产品直播带货培训班", iso: "2021-05-14", col: false, sec: "部门动态", s: "5月13日，区科工商务局在区电子商务公共服务中心举办……" });
  HITS.push({ t: "韶关市电子商务进农村工作现场会在我区召开", iso: "2021-05-28", col: false, sec: "浈江要闻", s: "5月27日，全市电子商务进农村工作现场会……" });
  HITS.push({ t: "浈江区2021年上半年商务工作总结", iso: "2021-07-20", col: false, sec: "计划总结", s: "上半年，区科工商务局……电子商务进农村……" });
  const hits = shuffle(HITS);
  const dRows = [["在“韶关市浈江区人民政府网”站内搜索“电子商务进农村”，共找到" + hits.length + "条结果（按相关度排序）"]];
  hits.forEach((h, j) => {
    dRows.push([`${j + 1}．${h.t}`]);
    dRows.push([h.s]);
    dRows.push([`所属栏目：${h.col ? "专题专栏 > 电子商务进农村综合示范" : h.sec}　　发布时间：${h.iso}　　来源：${h.col ? "浈江区科工商务局" : "浈江区融媒体中心"}`]);
    dRows.push([]);
  });
  dRows.push(["首页　上一页　1　下一页　尾页"]);
  const disMonths = new Set(HITS.filter((h) => h.col && h.iso <= CUT).map((h) => ym(h.iso)));
  const allMonths = new Set(HITS.filter((h) => h.iso <= CUT).map((h) => ym(h.iso)));
  assert(WINDOW.filter((w) => !disMonths.has(w)).join() === "2021-05", "c1 no column update in May 2021 " + WINDOW.filter((w) => !disMonths.has(w)).join());
  assert(WINDOW.every((w) => allMonths.has(w)), "c1 counting the other sections would fill May");

  // ---------------- 宣传报道, 经验材料
  const MED = [["2020-10-16", "浈江发布（浈江区融媒体中心）", "县（区）级", "网络", "家门口的电商服务站", "否"],
    ["2020-12-22", "韶关日报", "市级", "报纸", "浈江：电商进村 山货出山", "否"],
    ["2021-03-30", "韶关广播电视台《韶关新闻》", "市级", "电视", "浈江脱贫户网上卖沙田柚", "是"],
    ["2021-06-11", "南方日报", "省级", "报纸", "浈江区：农村电商“一张网”织到村", "否"],
    ["2021-09-10", "广东广播电视台《广东新闻联播》", "省级", "电视", "浈江：电商帮脱贫户把山货卖出好价钱", "是"]];
  const mRows = [["浈江区电子商务进农村宣传报道登记表"], ["序号", "报道日期", "媒体名称", "媒体级别", "报道形式", "标题", "是否电商扶贫典型案例"]];
  MED.forEach((x, j) => mRows.push([j + 1, j % 2 ? cnDate(x[0]) : D(x[0]), x[1], x[2], x[3], `《${x[4]}》`, x[5]]));
  const cRows = [["浈江区向市商务局报送经验材料登记"], ["序号", "报送日期", "材料名称", "报送单位", "报送方式"],
    [1, "2021.1.20", "浈江区电商扶贫经验做法", "韶关市商务局", "粤政易"], [2, D("2021-07-15"), "浈江区电子商务进农村综合示范创建典型案例", "韶关市商务局", "公文"]];

  // ---------------- 预审问询单: the facts and the clerk's points
  const Q = [];
  const add = (ind, pts, rows) => Q.push({ ind, pts, rows });
  add("组织领导（2分）", 2, [["领导小组组长及成员单位", "区政府成立浈江区电子商务进农村综合示范工作领导小组（浈府办函〔2020〕9号），区委副书记、区长任组长，分管副区长任常务副组长，成员单位为区科工商务局、发改局、财政局、农业农村局、乡村振兴局、交通运输局、市场监管局和邮政浈江分公司。", "附件1-1领导小组文件", "无异议"]]);
  add("方案制定（2分）", 2, [["工作方案是否正式印发", "《浈江区电子商务进农村综合示范县创建工作方案》已于2020年4月17日以浈府办〔2020〕21号正式印发。方案制定自评2分。", "附件1-2", null]]);
  add("政策支持（2分）", 1, [["出台了哪些支持政策", "出台《浈江区促进农村电子商务发展扶持办法（试行）》（浈科工商〔2020〕35号），对站点建设、网货开发给予奖补，已兑现28.6万元；土地、人才方面暂无专门政策。政策支持自评1分。", "附件1-3", "同意自评"]]);
  add("项目管理（4分）", 3, [["项目管理制度及执行情况", "制定《项目建设管理办法》《项目验收办法》，建设、验收环节按制度执行（本项自评2分）。", "附件1-4", null],
    ["工作台账是否完整", "建立站点、培训、产业园、资金等工作台账，个别台账登记不够及时（本项自评1分）。", "附件1-5", "请补齐站点台账建成时间"]]);
  add("服务体系建设—县级中心与产业园（15分）", 14, [
    ["县级电商公共服务中心建成及运营时间", "区电子商务公共服务中心位于十里亭镇浈江大道旁，2020年11月28日正式投入运营，至8月31日已运营9个月。", "附件2-1", null],
    ["中心提供哪些免费服务", "设培训室（40个机位），免费开展电商基础培训；设农特产品展示展销区，免费展示销售；设摄影棚，免费为电商主体拍摄产品照片、设计详情页；统一推广“浈江好物”区域公用品牌。其他衍生增值服务（代办证照、金融对接等）暂未开展。", "附件2-2", "衍生增值服务未开展，请核减"],
    ["电商产业园建设及入驻企业", "整合原浈江物流园建设浈江区电子商务产业园，累计入驻企业21家，含平台型、销售型、电商运营服务商、物流快递等类型。", "附件2-3", "请按考评截止日在园企业统计（已退出的不计）"]]);
  add("服务体系建设—村级站点覆盖（10分）", 10, [["站点覆盖行政村及省定贫困村情况", `全区行政村${admin.length}个（社区居委会${comms.length}个不计），已建成村级电商服务站点${ST.length - 3}个，覆盖行政村${coveredAll.size}个，覆盖率${pct1(coveredAll.size, admin.length)}；${poor.length}个省定贫困村全部覆盖。`, "附件2-4站点台账", "请核实建成时间在8月31日之后的站点"]]);
  add("农村产品上行（10分）", 8, [
    ["网销调研", "委托第三方完成《浈江区农产品网络销售调研报告》，提出针对性建议（本项自评2分）。", "附件3-1", null],
    ["网络促销活动", "举办“浈江好物节”线上促销，受疫情影响成效一般（本项自评1分）。", "附件3-2", null],
    ["第三方运营服务商", "引进韶关市云端电商运营服务有限公司为专业第三方电商运营服务商。", "附件3-3", null],
    ["行政村物流快递覆盖", "全区行政村物流快递覆盖率100%（邮政浈江分公司出具证明）。", "附件3-4", null],
    ["交易标准、冷链与溯源", "制定《浈江区农产品电商交易规范》，冷链及溯源系统正在建设（本项自评1分）。", "附件3-5", null],
    ["网络零售额增长", "2019年农村网络零售额6.85亿元、2020年8.63亿元，增长26.0%；农产品网络零售额2019年1.12亿元、2020年1.52亿元，增长35.7%。", "附件3-6", null]]);
  add("电商人才培训（20分）", 20, [
    ["培训人次", `累计开展培训${SES.length}期，报名${fmtInt(sum(SES.map((s) => s.reg)))}人次，占常住人口（七普40.98万人）的${pct2(sum(SES.map((s) => s.reg)), POP)}。`, "附件4-1", "培训人次请按实到人数统计，截止日后的不计"],
    ["建档立卡贫困人口培训率", `有劳动能力的脱贫人口（不含外出务工）${eligible.length}人，已参训${trainedAny}人，培训率${pct1(trainedAny, eligible.length)}。`, "附件4-2", null]]);
  add("信息公开（4分）", 4, [["专栏设置及更新", "在区政府门户网站设立“电子商务进农村综合示范”专栏，公开创建方案、项目基本信息、项目建设进度，公布监督举报电话，按月更新。", "附件5-1", "5月进度信息未见更新"]]);
  add("数据上报（6分）", 6, [["向市商务局报送情况", "每月通过粤政易向韶关市商务局报送工作进展，月报附电商扶贫统计表（参训脱贫人口、带动增收）。", "附件5-2", null]]);
  add("案例总结（2分）", 2, [["经验材料报送", "2021年1月、7月两次向市商务局报送经验材料。", "附件6-1", null]]);
  add("经验推广（8分）", 8, [["媒体报道", "南方日报、韶关日报、韶关广播电视台、浈江发布等媒体先后报道我区电商工作。", "附件6-2", null]]);
  add("制度建立（5分）", 4, [["资金管理制度", "制定《浈江区电子商务进农村综合示范专项资金管理办法》，明确支持方向和考核问责（资金管理制度自评4分）。", "附件7-1", null]]);
  add("资金台账（5分）", 4, [["资金专用台账", "各承建单位均建立资金专用台账，凭证齐全（资金台账自评4分）。", "附件7-2", null]]);
  add("资金支出（5分）", 4, [["资金拨付及支出率", `省级专项资金500万元已全部下达；截至8月31日累计支付专项资金（含区级配套）${wanText(bothPre, 2)}万元，支出率${pct1(bothPre, 5000000)}，按进度及时拨付（及时拨付自评4分）。项目总体进度87%。`, "附件7-3资金台账", "支出率请按省级专项资金计算（不含区级配套）"]]);
  add("加分项：建档立卡贫困人口培训率70%及以上（2分）", 0, [["—", `培训率${pct1(trainedAny, eligible.length)}，未达70%。`, null, null]]);
  add("加分项：电商扶贫典型案例获电视播报（2分）", 1, [["—", "脱贫户网上卖山货的案例由广东广播电视台《广东新闻联播》（省级）播出。", "附件6-3", "请注明播出日期"]]);
  add("一票否决：安全生产、质量事故或重大损失", "—", [["—", "创建期间未发生安全生产、质量事故，未造成重大经济损失和社会不良影响。", null, null]]);
  add("一票否决：项目总体进度不足40%", "—", [["—", "项目总体进度87%。", null, null]]);
  add("一票否决：弄虚作假", "—", [["—", "不存在弄虚作假。", null, null]]);
  const qRows = [["韶关市商务局电子商务进农村综合示范创建考评预审问询单（浈江区）"],
    ["预审时间：2021年9月6日　　答复单位：浈江区科技工业商务和信息化局　　数据截至：2021年8月31日"],
    ["序号", "考评指标（分值）", "市局问询事项", "浈江区答复", "佐证材料", "自评分", "市局预审意见"]];
  const qMerges = ["A1:G1", "A2:G2"];
  Q.forEach((q, j) => {
    const r0 = qRows.length + 1;
    q.rows.forEach(([ask, ans, ev, rem], k) => qRows.push([k === 0 ? j + 1 : null, k === 0 ? q.ind : null, ask, ans, ev, k === 0 ? q.pts : null, rem]));
    const r1 = qRows.length;
    mergeCol(qMerges, "A", r0, r1);
    mergeCol(qMerges, "B", r0, r1);
    mergeCol(qMerges, "F", r0, r1);
  });
  const claimedTotal = sum(Q.filter((q) => typeof q.pts === "number").map((q) => q.pts));
  qRows.push(["合计", null, null, null, null, claimedTotal, null]);
  qMerges.push(`A${qRows.length}:E${qRows.length}`);
  qRows.push(["注：“市局预审意见”为韶关市商务局预审时填写，县（区）不得改动；自评分由县（区）填写。"]);
  qMerges.push(`A${qRows.length}:G${qRows.length}`);
  assert(pct1(863 - 685, 685) === "26.0%" && pct1(152 - 112, 112) === "35.7%", "c1 growth figures");
  assert(claimedTotal === 93, "c1 the clerk's 93 " + claimedTotal);

  const toc = [["浈江区电子商务进农村综合示范创建考评资料（电子版）"], ["序号", "表名", "内容"], [1, "预审问询单", "市局预审问询及我区答复、自评分"],
    [2, "村居名录", "村（居）委会设置"], [3, "站点台账", "村级电商服务站点"], [4, "培训台账", "按期次"], [5, "脱贫人口参训", "脱贫人口及参训日期"],
    [6, "入驻企业变动", "产业园入驻、更名、退出"], [7, "资金支付台账", "含区级配套"], [8, "月报回执", "向市局报送月报"], [9, "专栏（站内搜索）", "政府网专栏"],
    [10, "宣传报道", "媒体报道"], [11, "经验材料", "向市局报送"]];

  // ---------------- points
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 1,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 0 + 1, "work.coverage": 5 + 3, "work.upward": 2 + 1 + 1 + 1 + 1 + 2,
    "work.training": 8 + 8, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": -5, "bonus.poorTraining": 0, "bonus.tvCase": 0,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 74 && bonus === 0, "c1 total " + scored + "+" + bonus);
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": 14, "work.coverage": 10, "work.upward": 8,
    "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 4, "fund.ledger": 4,
    "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1,
  };
  assert(sum(Object.values(claimed)) === claimedTotal, "c1 claimed = the sheet's 合计");
  const derivation = [
    "org.leadership: 问询单答复：区委副书记、区长任组长（主要领导），成员单位有区科工商务局（商务）、财政局、农业农村局、乡村振兴局 → 2",
    "org.plan: 方案2020年4月17日以浈府办〔2020〕21号正式印发，“方案制定自评2分” → 2",
    "org.policy: 扶持办法已出台，“政策支持自评1分” → 1",
    "org.management: 项目管理制度“本项自评2分”，工作台账“本项自评1分” → 3",
    `work.center: 中心2020年11月28日投入运营 ≤ 截止日 → 2；≤ 2021-02-28，运行满6个月 → 2；免费培训2、免费展示销售1、免费摄影美工1、品牌推广1；其他衍生增值服务“暂未开展” → 0；产业园整合建成 → 2；入驻企业变动登记：截止日前“入驻”21行，其中2家在截止日前退出，“更名”一行是同一信用代码（不是新企业），9月入驻1家不算、9月退出的1家截止日仍在园 → 在园${inPark.length}家 < 20 → 0（答复说累计入驻21家，市局意见也要求扣除退出的）；类别有平台型、销售型、电商运营服务商、物流快递、直播机构 → 1；合计12（自评14）`,
    `work.coverage: 村居名录按镇分块、一行五个名字：村委会${admin.length}个（“社区居委会”行${comms.length}个不算），${admin.length} < 200；站点台账按镇分节、序号每节重排：截止日前有站点的行政村${coveredPre.size}个（“${fullName.replace(/村$/, "")}村民委员会”就是名录里的${fullName}；${monthOnly}的站点只写“2021年8月”，在截止月内，算；一个站点8月31日当天建成，算；3个村各有两个站点只算一次；犁市社区、东堤社区的镇级站不算；乐园镇一节里“武江区龙归镇社溪村”的站点不在名录，不算；2个村只有9月建的站点不算） → 35/49 = 71.4% ≥ 70% → 5；省定贫困村只写在名录脚注里（7个）：6个截止日前有站点，${poorSept}只有9月10日的站点 → 6/7 = 85.7% → 3；合计8（自评10，答复的38个含9月）`,
    "work.upward: 网销调研自评2；网络促销自评1；有第三方运营服务商 → 1；名录没有快递列，按答复“行政村物流快递覆盖率100%” → 1；交易标准与冷链溯源自评1；农村网络零售额6.85→8.63亿元增长26.0%不够，农产品网络零售额1.12→1.52亿元增长35.7% ≥ 30% → 2；合计8",
    `work.training: 培训台账按期次，培训人次取“实到人数”（表头说明写明报名人数和直播观看人次不计）：截止日前22期（“2021.3.17-18”“2021.6.23-24”按结束日）实到3,987人次；9月两期不算；常住人口40.98万人 → 3,987/409,800 = 0.973% → 8（报名${fmtInt(regPre)}人次会是1%以上）；脱贫人口参训情况表：有劳动能力、务工情况不是“区外务工/省外务工”的${eligible.length}人（“区内务工”“在家务农”算，“在校学生”“无劳动能力”“丧失劳动能力”不算），参训日期有截止日前日期的24人（一人身份证号末位小写x；2人只有9月的日期不算；3名外出务工人员春节返乡参训不算；多次参训只算一次） → 24/50 = 48% → 8；合计16（自评20）`,
    "info.disclosure: 答复：专栏公开创建方案、项目基本信息、建设进度，公布监督举报电话 → 2；站内搜索结果（按相关度排序，每条三行）只算“所属栏目：专题专栏 > 电子商务进农村综合示范”的：2020年9月至2021年8月中2021年5月没有专栏更新（4月进度6月才发，“部门动态”“浈江要闻”“计划总结”的5月、7月结果不是专栏） → 不定时 → 1；合计3",
    "info.reporting: 月报回执2020年9月至2021年8月每月都有报送时间（2021年1月那次退回后当月重报；8月月报9月才报不影响） → 3；附电商扶贫统计表“是” → 3；合计6",
    "promo.cases: 2021.1.20、2021.7.15向韶关市商务局报送经验材料 → 2",
    "promo.media: 截止日前：南方日报（省级）4 + 韶关日报、韶关广播电视台（市级）3 + 浈江发布（区级）1 = 8；广东广播电视台2021年9月10日在截止日后",
    "fund.system: “资金管理制度自评4分” → 4",
    "fund.ledger: “资金台账自评4分” → 4",
    `fund.spending: 资金支付台账（万元）按“资金来源”只取省级专项：截止日前${fmtMoney(provPre)}元（8月31日当天一笔算；9月两笔不算；区级配套${fmtMoney(bothPre - provPre)}元不是省级资金） ÷ 5,000,000 = ${pct1(provPre, 5000000)} < 70% → −5（答复连配套算成${pct1(bothPre, 5000000)}、自评4；市局意见也要求不含配套）`,
    "bonus.poorTraining: 24/50 = 48% < 70% → 0",
    "bonus.tvCase: 截止日前的电商扶贫典型案例只有韶关广播电视台（市级电视）；广东广播电视台《广东新闻联播》那条是2021年9月10日，截止日后 → 0（自评1）",
    "veto.incident: 答复未发生 → 不否决",
    "veto.progress: 项目总体进度87% ≥ 40% → 不否决",
    "veto.fraud: 不存在弄虚作假 → 不否决",
  ];
  return {
    description:
      "韶关浈江区科技工业商务和信息化局整本工作簿（12个表）；事实和自评分在“预审问询单”：市商务局预审时发的问询单，列 序号|考评指标（分值）|市局问询事项|浈江区答复|佐证材料|自评分|市局预审意见，一个指标占一到六行（序号、指标、自评分向下合并），事实都写在“答复”句子里（区委副书记、区长任组长；中心2020年11月28日运营；其他衍生增值服务暂未开展；零售额亿元；分项自评写“本项自评X分”），“市局预审意见”是市局的话不是事实，加分项、否决项也各占一行；“村居名录”是印刷式名录：镇标题行，下面一行五个村名（首格“村委会”），社区另起“社区居委会”行，省定贫困村只在脚注里；“站点台账”按镇分节、序号每节重排，村名有××村/××村委会/××村民委员会，一个只写“2021年8月”，一个是武江区的，9月新建的有4个（其中一个是已有站点的村的“（二）”）；“培训台账”按期次：报名人数|实到人数|其中脱贫人口|直播观看，只有实到算人次；“脱贫人口参训”一人一行，参训日期用“、”连写（有9月的），一人身份证末位小写x；“入驻企业变动”是入驻/更名/退出流水；“资金支付台账”万元，省级专项和区级配套混在一起；“月报回执”有退回重报；“专栏（站内搜索）”是政府网站内搜索结果复制（每条标题、摘要、栏目+发布时间三行，按相关度排，混有别的栏目）；另有目录、宣传报道、经验材料。",
    sheets: [
      { name: "目录", rows: toc, merges: ["A1:C1"] },
      { name: "预审问询单", rows: qRows, merges: qMerges },
      { name: "村居名录", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "培训台账", rows: tRows, merges: tMerges },
      { name: "脱贫人口参训", rows: pRows, merges: pMerges },
      { name: "入驻企业变动", rows: eRows, merges: ["A1:G1", "A2:G2", `A${eRows.length}:G${eRows.length}`] },
      { name: "资金支付台账", rows: fRows, merges: fMerges },
      { name: "月报回执", rows: rRows, merges: ["A1:G1", "A2:G2"] },
      { name: "专栏（站内搜索）", rows: dRows },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: cRows, merges: ["A1:E1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 河源源城区: the 分部门填报 matrix (data items × member units)
// =====================================================================================================
function buildF1() {
  const DEPTS = ["区统计局", "区民政局", "区乡村振兴局", "区财政局", "区农业农村局", "邮政源城分公司", "区商务局"];
  const rows = [["源城区电子商务进农村综合示范创建考评基础数据分部门填报表"],
    ["填报说明：各成员单位只在本单位一列填写本单位负责的数据，其他格不填；数据截至2021年8月31日；金额单位万元。"],
    ["序号", "数据项", "单位", "填报单位", null, null, null, null, null, null, "备注"],
    [null, null, null].concat(DEPTS, [null])];
  const merges = ["A1:K1", "A2:K2", "A3:A4", "B3:B4", "C3:C4", "D3:J3", "K3:K4"];
  let seq = 0;
  const sec = (t) => {
    rows.push([t]);
    merges.push(`A${rows.length}:K${rows.length}`);
  };
  // cells: { deptIndex: value }, fill: what the other cells hold ("/" for section 一, else null)
  const item = (label, unit, cells, note, other) => {
    const r = [++seq, label, unit];
    for (let d = 0; d < DEPTS.length; d++) r.push(d in cells ? cells[d] : other === undefined ? null : other);
    r.push(note || null);
    rows.push(r);
  };
  const ST = 0, MZ = 1, XC = 2, CZ = 3, NY = 4, YZ = 5, SW = 6;
  sec("一、基本情况");
  item("县（市、区）名称", "—", { [SW]: "源城区" }, null, "/");
  item("考评数据截止日期", "—", { [SW]: "2021年8月31日" }, null, "/");
  item("常住人口", "万人", { [ST]: 36.56, [SW]: "同统计局" }, "第七次全国人口普查", "/");
  item("户籍人口", "万人", { [ST]: 29.87 }, "2020年末公安户籍统计", "/");
  item("行政村个数", "个", { [MZ]: 71 }, "不含社区居委会41个", "/");
  item("省定贫困村个数", "个", { [XC]: 5 }, null, "/");
  sec("二、组织领导");
  item("领导小组组长（职务）", "—", { [SW]: "区委副书记、区长" });
  item("领导小组成员单位", "—", { [SW]: "区商务局、财政局、农业农村局、乡村振兴局、发改局、交通运输局、市场监管局、邮政源城分公司" });
  item("示范创建工作方案是否正式印发", "是/否", { [SW]: "是（源府办〔2020〕11号）" });
  item("是否出台支持农村电商发展的政策", "是/否", { [SW]: "是" });
  sec("三、公共服务体系");
  item("县级电商公共服务中心投入运营日期", "年月日", { [SW]: "2021.1.15" });
  item("中心有免费培训场所、设备，能组织电商基础培训", "是/否", { [SW]: "是" });
  item("中心为特色农产品提供免费展示、销售服务", "是/否", { [SW]: "是" });
  item("中心为电商主体提供免费摄影、美工服务", "是/否", { [SW]: "否" }, "摄影棚设备9月到位");
  item("中心组织农产品统一推广、指导品牌建设", "是/否", { [SW]: "是" });
  item("中心提供其他衍生增值服务", "是/否", { [SW]: "是" });
  item("是否建设或整合当地电商产业园", "是/否", { [SW]: "是" });
  item("产业园入驻企业数", "家", { [SW]: 22 });
  sec("四、农村产品上行");
  item("是否有专业第三方电商运营或服务商", "有/无", { [SW]: "有" });
  item("行政村物流快递覆盖率", "%", { [YZ]: "100%" }, "邮政、中通、韵达等合计覆盖");
  item("2019年农村网络零售额", "万元", { [ST]: "184,520" });
  item("2020年农村网络零售额", "万元", { [ST]: "236,310" });
  item("2019年农产品网络零售额", "万元", { [NY]: "待核实" }, "统计口径调整，待与统计局核对");
  item("2020年农产品网络零售额", "万元", { [NY]: "41,260" });
  sec("五、电商人才培训");
  item("电商培训人次", "人次", { [SW]: "4,102" });
  item("有劳动能力的建档立卡贫困人口数（不含外出务工）", "人", { [XC]: "1,286" });
  item("参加电商培训的建档立卡贫困人口数", "人", { [SW]: 618 }, "名单已与区乡村振兴局比对");
  sec("六、信息公开及报送");
  item("专栏公示创建方案", "是/否", { [SW]: "是" });
  item("专栏公示项目基本信息", "是/否", { [SW]: "是" });
  item("专栏公示项目建设进度", "是/否", { [SW]: "是" });
  item("专栏设立征求意见或监督举报窗口", "是/否", { [SW]: "否" }, "拟于9月增设");
  item("能否统计电商扶贫情况", "是/否", { [SW]: "是" });
  sec("七、财政资金");
  item("省级专项资金下达总额", "万元", { [CZ]: 500 });
  item("累计拨付资金", "万元", { [CZ]: 381.27, [SW]: "381.27（已与财政局核对）" });
  item("资金管理制度", "是/否", { [CZ]: "已制定" });
  item("资金专用台账", "是/否", { [CZ]: "已建立（各承建单位）" });
  item("项目总体进度", "%", { [SW]: "85%" });
  sec("八、一票否决事项");
  item("发生安全生产、质量事故或重大损失", "有/无", { [SW]: "无" });
  item("弄虚作假", "有/无", { [SW]: "无" });
  sec("九、主观评分项（区商务局自评）");
  const J = [["方案制定（1-2分）", 2], ["政策支持（1-2分）", 1], ["项目管理制度（1-2分）", 2], ["工作台账（1-2分）", 2], ["网销调研（1-2分）", 2],
    ["网络促销活动（1-2分）", 2], ["交易标准与冷链溯源（1-2分）", 1], ["资金管理制度（1-5分）", 4], ["资金台账（1-5分）", 4], ["资金及时拨付（1-5分）", 4]];
  for (const [l, v] of J) item(l, "分", { [SW]: v });
  rows.push([]);
  rows.push(["区统计局（盖章）　　区民政局（盖章）　　区乡村振兴局（盖章）　　区财政局（盖章）　　区农业农村局（盖章）　　邮政源城分公司（盖章）　　区商务局（盖章）"]);
  merges.push(`A${rows.length}:K${rows.length}`);
  for (const r of rows) while (r.length < 11 && r.length > 1) r.push(null);
  assert(pct1(2363100 - 1845200, 1845200) === "28.1%", "f1 rural growth 28.1%");
  return {
    description:
      "河源源城区商务局牵头汇总的“考评基础数据分部门填报表”：一个数据项一行，列是 序号|数据项|单位|七个填报单位各一列（两行表头，“填报单位”合并在区统计局、区民政局、区乡村振兴局、区财政局、区农业农村局、邮政源城分公司、区商务局之上）|备注，每个值填在负责单位那一列，其他格空着（第一节里填“/”）；常住人口统计局填36.56万人、商务局列写“同统计局”；户籍人口不是常住人口；快递覆盖率邮政填“100%”；零售额万元文字“184,520”；2019年农产品网零农业农村局填“待核实”（没有回答）；累计拨付财政局381.27万元、商务局列写“381.27（已与财政局核对）”；牵头领导区委副书记、区长，成员单位含商务、财政、农业农村、乡村振兴；摄影美工“否”、监督举报窗口“否”；产业园入驻企业数不是输入；第九节是十个主观评分项自评分。",
    sheets: [{ name: "分部门填报", rows, merges }],
    expect: {
      facts: {
        county: "源城区", asOf: "2021-08-31", residentPopulation: 365600, adminVillagesStated: 71, poorVillagesStated: 5,
        planIssued: true, policyIssued: true, centerOpened: "2021-01-15", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1845200000, ruralRetail2020: 2363100000, agriRetail2020: 412600000,
        trainingPersonTimesStated: 4102, eligiblePoorPersonsStated: 1286, trainedPoorPersonsStated: 618,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3812700, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.85,
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
// f2 — 汕头濠江区: a 工作总结 with prose on the left and a 数说 side box on the right
// =====================================================================================================
function buildF2() {
  const P = [
    ["T", "濠江区电子商务进农村综合示范创建工作总结"],
    ["S", "汕头市濠江区商务局　2021年9月"],
    ["H", "一、基本情况"],
    ["P", "濠江区位于汕头市南部，辖达濠、马滘、礐石、广澳、滨海、河浦、玉新7个街道。2019年我区被确定为省级电子商务进农村综合示范县（区），获省级财政专项资金500万元，资金已全部下达。"],
    ["H", "二、主要做法和成效"],
    ["P", "（一）加强组织领导。区政府成立由区委常委、副区长任组长的示范创建工作领导小组，成员单位包括区商务局、财政局、农业农村局、乡村振兴局、交通运输局、市场监管局和邮政濠江分公司。2020年5月，区政府办公室正式印发《濠江区电子商务进农村综合示范创建工作方案》；2020年8月出台《濠江区促进电子商务发展扶持措施（试行）》。"],
    ["P", "（二）完善公共服务体系。区电子商务公共服务中心设在达濠街道，设免费培训室、农特产品展示展销区和摄影美工工作室，免费为电商主体提供培训、农特产品展示销售、产品拍摄和美工设计服务，组织“濠江海味”区域品牌统一推广，并提供代账、融资对接等增值服务。依托原达濠物流园改造建设区电子商务产业园。引进专业第三方运营服务商负责中心日常运营。"],
    ["P", "（三）推动农产品上行。开展“濠江海味”网上年货节等促销活动，组织企业入驻主流电商平台，建立县镇村三级物流配送体系，行政村快递服务全覆盖。"],
    ["P", "（四）强化人才培训。面向返乡青年、合作社、个体户和脱贫人口开展普及培训和增值培训，对有创业意愿的学员跟踪孵化。"],
    ["P", "（五）信息公开和报送。在区政府门户网站开设“电子商务进农村综合示范”专栏，公开创建方案、项目基本信息和项目建设进度，开通意见征集信箱，按月更新；每月向汕头市商务局报送工作进展，并统计电商扶贫情况。"],
    ["P", "（六）资金管理。制定《濠江区电子商务进农村综合示范专项资金管理办法》，各承建单位建立资金专用台账，按合同节点拨付资金。"],
    ["H", "三、存在问题"],
    ["P", "一是农产品品牌影响力不强；二是电商人才留不住；三是冷链溯源体系建设滞后。"],
    ["H", "四、自评情况"],
    ["P", "对照《2019年省级电子商务进农村综合示范创建考评指标体系》，主观评分项自评如下：方案制定2分，政策支持2分，项目管理制度2分，工作台账1分，网销调研1分，网络促销活动2分，交易标准与冷链溯源1分，资金管理制度5分，资金台账4分，资金及时拨付4分。"],
    ["P", "创建期间未发生安全生产、质量事故，未造成重大经济损失和社会不良影响，不存在弄虚作假行为。"],
  ];
  const BOX = [["常住人口", "29.41万人"], ["行政村", "38个（另有社区21个）"], ["省定贫困村", "3个"], ["区电商公共服务中心投入运营", "2020年12月"],
    ["电商产业园入驻企业", "23家"], ["村级电商服务站点", "31个"], ["电商培训", "3,216人次"], ["有劳动能力脱贫人口（不含外出务工）", "168人"],
    ["参训脱贫人口", "97人"], ["2020年农村网络零售额", "12.36亿元（同比+31.2%）"], ["2020年农产品网络零售额", "2.08亿元（同比+18.4%）"],
    ["行政村快递覆盖率", "100%"], ["省级专项资金", "500万元"], ["累计拨付", "386.5万元（77.3%）"], ["项目总体进度", "90%"]];
  const rows = [];
  const merges = [];
  const boxStart = 3; // the box header sits beside the first heading row
  P.forEach(([k, t], i) => {
    const r = [t, null, null, null, null, null, null, null];
    rows.push(r);
    const n = rows.length;
    if (k === "T" || k === "S") merges.push(`A${n}:H${n}`);
    else merges.push(`A${n}:E${n}`);
  });
  rows[boxStart - 1][6] = "数说濠江电商（截至2021年8月31日）";
  merges.push(`G${boxStart}:H${boxStart}`);
  BOX.forEach(([l, v], j) => {
    const ri = boxStart + j; // 0-based index of the row below the box header
    while (rows.length <= ri) rows.push([null, null, null, null, null, null, null, null]);
    rows[ri][6] = l;
    rows[ri][7] = v;
  });
  rows.push([null, null, null, null, null, null, null, null]);
  rows.push(["（左栏为总结正文，右栏“数说濠江电商”为主要数据，供展板和简报使用。）", null, null, null, null, null, null, null]);
  merges.push(`A${rows.length}:H${rows.length}`);
  assert(rows[boxStart - 1][0] === "一、基本情况" && boxStart + BOX.length > P.length - 1, "f2 the box starts beside the first heading and runs the length of the prose");
  assert(pct1(3865000, 5000000) === "77.3%", "f2 77.3%");
  return {
    description:
      "汕头濠江区商务局的《创建工作总结》：左边是正文，一段一行（A:E合并），右边G:H是“数说濠江电商（截至2021年8月31日）”数据框，标签|值两列，和正文在同一些行上并排（第3行起），值带单位和括号（“29.41万人”“38个（另有社区21个）”“12.36亿元（同比+31.2%）”“386.5万元（77.3%）”“2020年12月”只到月）；正文里：区委常委、副区长任组长（分管领导），方案2020年5月印发、扶持措施已出台，中心免费培训、展示销售、摄影美工、品牌推广和代账融资等增值服务都有，产业园改造建成，有第三方运营服务商，专栏公开方案、项目信息、进度，开通意见征集信箱，每月报送并统计电商扶贫，有资金管理办法和专用台账，无事故、无弄虚作假；第四部分一段里写了十个主观评分项自评分；入驻企业数、站点数不是输入。",
    sheets: [{ name: "工作总结", rows, merges }],
    expect: {
      facts: {
        county: "濠江区", asOf: "2021-08-31", residentPopulation: 294100, adminVillagesStated: 38, poorVillagesStated: 3,
        planIssued: true, policyIssued: true, centerOpened: "2020-12", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: 1236000000, ruralRetailGrowthStated: 0.312, agriRetail2020: 208000000, agriRetailGrowthStated: 0.184,
        trainingPersonTimesStated: 3216, eligiblePoorPersonsStated: 168, trainedPoorPersonsStated: 97,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3865000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f3 — 汕尾城区: a mobile 表单 page selected and copied into column A
// =====================================================================================================
function buildF3() {
  const L = [];
  const q = (t) => L.push(t);
  const radio = (opts, chosen) => opts.forEach((o) => L.push(`${o === chosen ? "◉" : "○"} ${o}`));
  const multi = (opts, chosen) => opts.forEach((o) => L.push(`${chosen.includes(o) ? "☑" : "☐"} ${o}`));
  q("‹ 返回　　　　表单预览　　　　···");
  q("汕尾市电子商务进农村综合示范县（区）考评数据填报");
  q("填写人：城区商务局　林××　　提交时间：2021-09-03 16:48");
  q("— 第1页 / 共4页 —");
  q("一、基本情况");
  q("* 1. 县（市、区）名称");
  q("汕尾市城区");
  q("* 2. 考评截止日期");
  q("2021-08-31");
  q("* 3. 常住人口（万人）");
  q("55.36");
  q("* 4. 行政村数（个，不含社区）");
  q("52");
  q("5. 省定贫困村数（个）");
  q("9");
  q("* 6. 示范创建领导小组组长");
  radio(["区委书记", "区长", "副区长", "其他"], "区长");
  q("* 7. 领导小组成员单位（多选）");
  multi(["商务", "财政", "农业农村", "乡村振兴（扶贫）", "交通运输", "市场监管", "邮政"], ["商务", "财政", "农业农村", "交通运输", "市场监管", "邮政"]);
  q("* 8. 示范县工作方案是否正式印发");
  radio(["是", "否"], "是");
  q("* 9. 是否出台支持农村电商发展的政策");
  radio(["是", "否"], "是");
  q("上一页　　下一页");
  q("— 第2页 / 共4页 —");
  q("二、服务体系与上行");
  q("* 10. 县级电商公共服务中心投入运营日期");
  q("2021年04月06日");
  q("* 11. 中心服务功能（矩阵单选）");
  const mat = [["有免费培训场所、培训设备，能组织电商基础培训", true], ["为特色农产品提供免费展示、销售服务", true], ["为电商市场主体提供免费摄影、美工服务", false],
    ["组织农产品统一推广、指导特色农产品品牌建设", true], ["提供其他衍生增值服务", true]];
  for (const [t, on] of mat) {
    q(t);
    q(on ? "◉ 有　　○ 无" : "○ 有　　◉ 无");
  }
  q("* 12. 是否建设或整合、优化当地电商产业园");
  radio(["是", "否"], "是");
  q("13. 产业园入驻企业数（家）");
  q("18");
  q("* 14. 是否有专业第三方电子商务运营或服务商");
  radio(["是", "否"], "是");
  q("* 15. 行政村物流快递覆盖率是否达到100%");
  radio(["是", "否"], "否");
  q("16. 2019年农村网络零售额（万元）");
  q("152300");
  q("17. 2020年农村网络零售额（万元）");
  q("201640");
  q("18. 2019年农产品网络零售额（万元）");
  q("（未填写）");
  q("19. 2020年农产品网络零售额（万元）");
  q("（未填写）");
  q("上一页　　下一页");
  q("— 第3页 / 共4页 —");
  q("三、培训、公开与报送");
  q("* 20. 电商培训人次");
  q("5637");
  q("* 21. 有劳动能力的建档立卡贫困人口数（不含外出务工，人）");
  q("1403");
  q("* 22. 参加电商培训的建档立卡贫困人口数（人）");
  q("662");
  q("* 23. 政府网站专栏公开内容（多选）");
  multi(["创建方案", "项目基本信息", "项目建设进度", "征求意见或监督举报窗口"], ["创建方案", "项目基本信息", "项目建设进度", "征求意见或监督举报窗口"]);
  q("* 24. 能否统计电商扶贫情况");
  radio(["能", "不能"], "能");
  q("上一页　　下一页");
  q("— 第4页 / 共4页 —");
  q("四、资金与自评");
  q("* 25. 省级专项资金下达总额（万元）");
  q("500");
  q("* 26. 累计拨付资金（万元）");
  q("411.25");
  q("* 27. 是否已制定资金管理制度");
  radio(["是", "否"], "是");
  q("28. 项目承建方是否建立资金专用台账");
  radio(["是", "否"], null);
  q("* 29. 项目总体进度（%）");
  q("88");
  q("* 30. 是否发生安全生产、质量事故，或造成重大经济损失和社会不良影响");
  radio(["是", "否"], "否");
  q("* 31. 是否存在弄虚作假");
  radio(["是", "否"], "否");
  q("* 32. 主观评分项自评（分）");
  const J = [["方案制定（1—2分）", 2], ["政策支持（1—2分）", 2], ["项目管理制度（1—2分）", 1], ["工作台账（1—2分）", 2], ["网销调研（1—2分）", 1],
    ["网络促销活动（1—2分）", 1], ["交易标准与冷链溯源（1—2分）", 2], ["资金管理制度（1—5分）", 4], ["资金台账（1—5分）", 5], ["资金及时拨付（1—5分）", 3]];
  for (const [t, v] of J) {
    q(t);
    q(`${v} 分`);
  }
  q("上一页　　提交");
  q("技术支持：粤政易表单");
  const rows = L.map((t) => [t]);
  assert(rows.filter((r) => r[0].startsWith("◉")).length >= 8, "f3 radio answers");
  assert(L.filter((t) => t === "○ 是" || t === "○ 否").length >= 2, "f3 the unanswered question shows two empty circles");
  return {
    description:
      "汕尾市城区商务局在粤政易表单手机预览页“全选—复制”粘到A列的结果：一行一段文字，题目一行（带“*”必填号和题号，单位在括号里）、答案在下一行；单选题每个选项各占一行，“◉”是选中的、“○”没选，第28题资金专用台账两个都是“○”（没有回答）；多选题“☑/☐”，成员单位没勾“乡村振兴（扶贫）”；矩阵单选题中心服务功能是“一行题目、一行◉有　○无”（摄影美工选“无”）；快递覆盖100%选“否”；农产品网零两题“（未填写）”；日期“2021年04月06日”；另有返回栏、分页“— 第2页 / 共4页 —”、“上一页　下一页”“提交”、页脚这些页面文字不是数据；产业园入驻企业数不是输入；自评分“2 分”；组长选“区长” → 主要领导但缺乡村振兴部门。",
    sheets: [{ name: "Sheet1", rows }],
    expect: {
      facts: {
        county: "汕尾市城区", asOf: "2021-08-31", residentPopulation: 553600, adminVillagesStated: 52, poorVillagesStated: 9,
        planIssued: true, policyIssued: true, centerOpened: "2021-04-06", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2019: 1523000000, ruralRetail2020: 2016400000,
        trainingPersonTimesStated: 5637, eligiblePoorPersonsStated: 1403, trainedPoorPersonsStated: 662,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4112500, fundSystemIssued: true, overallProgress: 0.88,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 1, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 1, "work.upward.standards": 2, "fund.system": 4, "fund.ledger": 5, "fund.spending": 3,
      },
      leadership: "principal",
    },
  };
}

// =====================================================================================================
// l1 — 梅州梅江区: stacked sign-in sheets, the poor roster in household blocks
// =====================================================================================================
function buildL1() {
  const REGION = "441402";
  const VILL = ["三角村", "塘坑村", "月梅村", "西郊村", "长沙村", "大浪口村", "城北村", "扎田村", "东升村", "金山村"];
  // a pool of trainees (some come to several sessions)
  const pool = [];
  for (let k = 0; k < 60; k++) {
    const male = rnd() < 0.45;
    pool.push({ name: personName(), male, id: makeId(k % 7 === 3 ? "441421" : REGION, birthBetween(1966, 2001), male, k === 5 || k === 17 ? true : undefined), v: VILL[rint(0, VILL.length - 1)], tel: phone() });
  }
  const SESS = [
    { no: "第一期", title: "农村电商基础知识培训班", iso: "2020-10-22", info: "培训时间：2020年10月22日（星期四）上午　　地点：梅江区电子商务公共服务中心二楼培训室", n: 20, absent: { 4: "请假", 11: "请假", 16: null } },
    { no: "第二期", title: "网店运营实操培训班", iso: "2020-12-10", info: "培训时间：2020.12.10　　地点：西阳镇文化站", n: 18, absent: { 9: null } },
    { no: "第三期", title: "直播带货线上培训班", iso: "2021-03-18", info: "培训时间：2021年3月18日 14:30—17:00　　方式：线上（直播平台实名签到导出，身份证号已脱敏）", n: 15, online: true, absent: {} },
    { no: "第四期", title: "农产品品牌与包装培训班（两天）", iso: "2021-06-09", info: "培训时间：2021年6月8日—9日　　地点：梅江区电子商务公共服务中心", n: 16, absent: { 7: "请假" } },
    { no: "第五期", title: "电商客服与物流培训班", iso: "2021-09-09", info: "培训时间：21.9.9　　地点：城北镇政府会议室", n: 12, absent: { 3: null } },
  ];
  const picks = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19],
    [20, 21, 22, 5, 23, 24, 25, 26, 27, 28, 29, 30, 31, 2, 32, 33, 34, 35],
    [36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50],
    [5, 51, 52, 53, 54, 17, 55, 56, 57, 58, 59, 3, 8, 21, 30, 40],
    [12, 13, 44, 51, 60 - 1, 1, 22, 33, 47, 55, 6, 26],
  ];
  const rows = [];
  const merges = [];
  const recs = [];
  SESS.forEach((s, b) => {
    const list = picks[b].map((k) => pool[k]);
    assert(list.length === s.n && new Set(list.map((p) => p.id)).size === s.n, "l1 session roster " + b);
    if (b > 0) rows.push([]);
    rows.push(["梅江区农村电子商务培训签到表"]);
    merges.push(`A${rows.length}:G${rows.length}`);
    rows.push([`培训班次：${s.no}　${s.title}`]);
    merges.push(`A${rows.length}:G${rows.length}`);
    rows.push([s.info]);
    merges.push(`A${rows.length}:G${rows.length}`);
    rows.push(["序号", "姓名", "性别", "身份证号码", "村（社区）", "联系电话", s.online ? "签到情况" : "本人签名"]);
    let present = 0;
    list.forEach((p, j) => {
      const ab = j in s.absent;
      let idCell = p.id;
      if (s.online) idCell = maskId(p.id);
      else if (p.id.endsWith("X") && b === 0) idCell = p.id.slice(0, 17) + "x";
      else if (b === 1 && j === 6) idCell = spacedId(p.id);
      const sign = ab ? s.absent[j] : s.online ? `已签到 ${14 + (j % 2)}:${String(rint(10, 40))}` : p.name;
      rows.push([j + 1, p.name, p.male ? "男" : "女", idCell, `${p.v}${s.online ? "" : j % 3 === 0 ? "委会" : ""}`, s.online ? mask(p.tel) : p.tel, sign]);
      if (!ab) {
        present++;
        recs.push({ date: s.iso, personTimes: 1, id: s.online ? maskId(p.id) : p.id });
      }
    });
    rows.push([`应到${s.n}人，实到${present}人。`]);
    merges.push(`A${rows.length}:G${rows.length}`);
  });
  checkTrainingIds(recs, "l1");
  assert(recs.length === 20 - 3 + 18 - 1 + 15 + 16 - 1 + 12 - 1 && recs.length === 75, "l1 75 sign-ins " + recs.length);
  assert(rows.some((r) => typeof r[3] === "string" && /x$/.test(r[3])) && rows.some((r) => typeof r[3] === "string" && / /.test(r[3])), "l1 id variants");
  assert(recs.some((r) => r.date === "2021-09-09") && recs.filter((r) => r.id.includes("*")).length === 15, "l1 September and masked rows");

  // ---------------- 脱贫人口: household blocks
  const HH = [["PPNS", "西阳镇", "三角村", "2019年"], ["POY", "西阳镇", "塘坑村", "2018年"], ["QPN", "城北镇", "扎田村", "2019年"], ["PLNN", "长沙镇", "长沙村", "2020年"],
    ["OPS", "长沙镇", "大浪口村", "2018年"], ["PQSS", "三角镇", "月梅村", "2019年"], ["NN", "西阳镇", "东升村", "2017年"], ["PPY", "城北镇", "金山村", "2020年"],
    ["QOS", "三角镇", "西郊村", "2019年"], ["PPN", "长沙镇", "城北村", "2018年"]];
  const SKILL = { P: "普通劳动力", Q: "普通劳动力", O: "普通劳动力", Y: "技能劳动力", N: "无劳动力", L: "丧失劳动力", S: "无劳动力" };
  const WORK = { P: "未务工", Q: "乡（镇）内务工", O: "省外务工", Y: "县外省内务工", N: "—", L: "—", S: "—" };
  const PLACE = { P: null, Q: "本镇", O: "福建省厦门市", Y: "广东省深圳市", N: null, L: null, S: null };
  const prow = [["梅江区脱贫户家庭成员情况表"], ["说明：劳动能力、务工状态按防返贫监测和帮扶管理平台2021年7月导出数据整理；“—”为不适用。"],
    ["序号", "姓名", "与户主关系", "证件号码", "劳动能力", "务工状态", "务工地点"]];
  const pm = ["A1:G1", "A2:G2"];
  const precs = [];
  let seq = 0;
  HH.forEach(([hh, town, v, yr], h) => {
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    let elders = 0;
    const members = hh.split("").map((c, j) => {
      const age = j === 0 ? (c === "N" ? rint(70, 82) : rint(42, 60)) : c === "S" ? rint(7, 16) : c === "N" ? rint(68, 86) : j === 1 ? rint(38, 58) : rint(19, 28);
      const male = j === 0 ? c !== "N" || rnd() < 0.5 : rnd() < 0.5;
      const birth = randIsoBetween(`${2021 - age - 1}-01-02`, `${2021 - age}-01-01`);
      const id = makeId(REGION, birth, male, h === 3 && j === 0 ? true : undefined);
      const rel = j === 0 ? "户主" : j === 1 && c !== "S" && (c !== "N" || hh === "NN") ? "配偶" : c === "S" ? (male ? "之子" : "之女") : c === "N" ? (elders++ === 0 ? (male ? "之父" : "之母") : male ? "之岳父" : "之岳母") : male ? "之子" : "之女";
      return { c, id, male, rel, name: ["户主", "之子", "之女", "之父"].includes(rel) ? personName(sn) : personName() };
    });
    prow.push([`户编号：${REGION}${String(rint(100, 999))}${String(rint(1000, 9999))}　　户主：${members[0].name}　　家庭人口：${members.length}人　　所在村：${town}${v}　　脱贫年度：${yr}`]);
    pm.push(`A${prow.length}:G${prow.length}`);
    for (const m of members) {
      prow.push([++seq, m.name, m.rel, m.id, SKILL[m.c], WORK[m.c], PLACE[m.c]]);
      const labour = "PQOY".includes(m.c);
      precs.push({ id: m.id, labour, migrant: labour ? "OY".includes(m.c) : null });
    }
  });
  prow.push([`合计：${HH.length}户${seq}人。`]);
  pm.push(`A${prow.length}:G${prow.length}`);
  assert(precs.length === 32 && precs.some((r) => r.id.endsWith("X")), "l1 32 members " + precs.length);
  assert(precs.filter((r) => r.labour && !r.migrant).length === 14 && precs.filter((r) => r.migrant).length === 5, "l1 14 eligible, 5 migrants " + precs.filter((r) => r.labour && !r.migrant).length);

  const notes = [["填报说明"], ["1．《培训签到》按期次把各期签到表依次录入，每期一块：标题、班次、时间地点、表头、签到行、应到/实到。"],
    ["2．签名栏写“请假”或空白的为未到；第三期为线上培训，签到情况取直播平台导出，身份证号已脱敏。"],
    ["3．《脱贫户成员》按户登记，每户先列一行户信息，再逐人列出家庭成员。"], ["梅江区商务局电商股　2021年9月"]];
  const dd = [["劳动能力"], ["普通劳动力"], ["技能劳动力"], ["弱劳动力或半劳动力"], ["丧失劳动力"], ["无劳动力"], [], ["务工状态"], ["未务工"], ["乡（镇）内务工"], ["县外省内务工"], ["省外务工"]];
  return {
    description:
      "梅州梅江区商务局电商股的培训和脱贫户台账；“填报说明”不是台账；“培训签到”是五期签到表依次贴在一张表里，每期一块：标题行、“培训班次：第×期…”行、时间地点行（“2020年10月22日（星期四）上午”“2020.12.10”“2021年3月18日 14:30—17:00”“2021年6月8日—9日”两天读到9日、“21.9.9”在9月）、表头（序号|姓名|性别|身份证号码|村（社区）|联系电话|本人签名）、签到行、“应到×人，实到×人。”；每个签了名的行是一个参训人次，签名栏“请假”或空白不是；第三期是线上，签到栏“已签到 14:25”，身份证号脱敏（441402********123X那样，按原样）；身份证号有末位小写x、按6-8-4加空格的；同一人多期出现各算一次；“脱贫户成员”按户分块：一行合并的户信息（户编号、户主、人口、村），下面是家庭成员行（记录）；劳动能力 普通/技能劳动力为有，无劳动力/丧失劳动力为无；务工状态“省外务工”“县外省内务工”是外出务工，“乡（镇）内务工”“未务工”不是，“—”不适用（null）；隐藏的“下拉选项”不是台账。",
    sheets: [
      { name: "填报说明", rows: notes },
      { name: "培训签到", rows, merges },
      { name: "脱贫户成员", rows: prow, merges: pm },
      { name: "下拉选项", rows: dd, hidden: true },
    ],
    expect: {
      sheets: {
        "填报说明": { kind: null },
        "培训签到": { kind: "training", records: recs },
        "脱贫户成员": { kind: "poorPersons", records: precs },
        "下拉选项": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 阳江江城区: village list with 区划代码 and one ✓ column per express company; stations by code only; media; materials
// =====================================================================================================
function buildL2() {
  const REGION = "441702";
  const TOWNS = [["双捷镇", "101", 13, ["双捷社区"]], ["埠场镇", "102", 10, ["埠场社区"]], ["白沙街道", "005", 9, ["白沙社区", "麻演社区", "后山社区", "新江社区", "金郊社区"]],
    ["岗列街道", "006", 8, ["岗列社区", "对岸社区", "平冈社区"]]];
  const namer = villageNamer("大小新上下东西南北石龙凤马黄白金高安福和平水", ["垌", "塘", "田", "坡", "岭", "围", "湾", "坑", "尾", "寮", "洲", "埇"]);
  const newName = noDupNamer(namer, ["双捷", "埠场", "白沙", "岗列", "麻演", "后山", "新江", "金郊", "对岸", "平冈"]);
  const COS = ["邮政", "顺丰", "中通", "韵达", "极兔"];
  const vRows = [["江城区村（居）民委员会名单及快递覆盖情况"], ["（统计用区划代码按2020年版；快递覆盖情况由区邮政管理部门核实，2021年7月）"],
    ["序号", "统计用区划代码", "镇（街道）", "村（居）委会名称", "类别", "是否省定贫困村", "快递覆盖情况（有网点或代收点打“√”）", null, null, null, null],
    [null, null, null, null, null, null].concat(COS)];
  const vMerges = ["A1:K1", "A2:K2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:K3"];
  const vRecs = [];
  const byCode = {};
  const villages = [];
  let seq = 0;
  let noExpressDone = false;
  TOWNS.forEach(([town, tcode, nv, cs], ti) => {
    cs.forEach((c, k) => {
      const code = `${REGION}${tcode}${String(k + 1).padStart(3, "0")}`;
      const name = `${c}居委会`;
      const marks = COS.map((co, q) => (q < 3 || rnd() < 0.6 ? "√" : null));
      vRows.push([++seq, seq % 4 === 0 ? Number(code) : code, town, name, "居委会", "—"].concat(marks));
      vRecs.push({ name, admin: false, poor: null, express: true });
      byCode[code] = name;
    });
    for (let k = 0; k < nv; k++) {
      const code = `${REGION}${tcode}${String(200 + k + 1)}`;
      const name = `${newName()}委会`;
      const poor = (ti === 0 && (k === 2 || k === 9)) || (ti === 1 && k === 4) || (ti === 2 && k === 6);
      let marks = COS.map((co, q) => (q === 0 || rnd() < 0.35 ? "√" : null));
      let express = true;
      if (ti === 1 && k === 8 && !noExpressDone) {
        marks = [null, null, null, null, null];
        express = false;
        noExpressDone = true;
      }
      vRows.push([++seq, seq % 4 === 0 ? Number(code) : code, town, name, "村委会", poor ? "是" : "否"].concat(marks));
      vRecs.push({ name, admin: true, poor, express });
      byCode[code] = name;
      villages.push({ code, name, poor });
    }
  });
  vRows.push([`合计：村委会${villages.length}个（其中省定贫困村${villages.filter((v) => v.poor).length}个），居委会${vRecs.filter((r) => !r.admin).length}个。`]);
  vMerges.push(`A${vRows.length}:K${vRows.length}`);
  noStemClash(villages.map((v) => v.name.replace(/委会$/, "")), TOWNS.flatMap((t) => t[3]), "l2");
  assert(villages.length === 40 && vRecs.length === 50 && vRecs.filter((r) => r.express === false).length === 1, "l2 40 villages, 10 communities, one without express");

  // ---------------- 站点: the village only as its 12-digit code
  const pick = shuffle(villages).slice(0, 22);
  const ST = pick.map((v) => ({ code: v.code, iso: randIsoBetween("2020-06-20", "2021-08-28") }));
  ST.push({ code: pick[6].code, iso: randIsoBetween("2021-02-01", "2021-07-30") });
  ST.push({ code: `${REGION}005001`, iso: "2020-09-25" });
  ST.push({ code: pick[11].code, iso: "2021-09-13" });
  ST.push({ code: shuffle(villages.filter((v) => !pick.includes(v)))[0].code, iso: "2021-09-27" });
  ST.sort((a, b) => cmp(a.iso, b.iso));
  const sRows = [["江城区农村电商服务站点登记表（系统导出）"], ["注：“所在村（社区）”栏为统计用区划代码，名称对照《村居名单》表。"],
    ["序号", "站点编号", "站点名称", "所在村（社区）代码", "站长", "联系电话", "挂牌日期", "运营状态"]];
  const sRecs = [];
  ST.forEach((s, j) => {
    const f = j % 5;
    const [y, m, d] = ymd(s.iso);
    const dc = f === 0 ? D(s.iso) : f === 1 ? `${y}/${String(m).padStart(2, "0")}/${String(d).padStart(2, "0")}` : f === 2 ? cnDate(s.iso) : f === 3 ? yyyymmdd(s.iso) : dotDate(s.iso);
    const brand = j % 3 === 0 ? "邮乐购江城服务点" : j % 3 === 1 ? "益农信息社（江城）" : "江城电商服务站";
    sRows.push([j + 1, `JC${String(j + 1).padStart(3, "0")}`, `${brand}${j + 1}号`, j % 2 ? s.code : Number(s.code), personName(), mask(phone()), dc, j === 4 ? "暂停营业（装修）" : "正常"]);
    assert(byCode[s.code], "l2 every station code is in the list");
    sRecs.push({ village: byCode[s.code], opened: s.iso });
  });
  assert(sRecs.length === 26 && sRecs.filter((r) => r.opened > "2021-08-31").length === 2 && sRecs.some((r) => r.village.endsWith("社区居委会")), "l2 26 stations");

  // ---------------- 宣传报道
  const MED = [["2020-11-05", "江城区融媒体中心", "区", "网络（视频号）", "走进双捷镇电商服务站", null, "county", false],
    ["2020-12-16", "阳江日报", "市", "报纸", "江城：电商让“疍家海鲜”游上餐桌", null, "city", false],
    ["2021-01-28", "阳江广播电视台", "市", "电视", "江城脱贫户直播卖咸鱼", "电商扶贫典型案例", "city", true],
    ["2021-04-20", "广东广播电台《珠江经济台》", "省", "广播", "江城区电商进农村见闻", null, "province", false],
    ["2021-06-18", "南方+", "省", "网络", "阳江江城：农村电商织密服务网", null, "province", false],
    ["2021-07-30", "农民日报", "中央", "报纸", "广东阳江江城区：电商进村带旺海产", null, "national", false],
    ["2021-08-12", "江城发布", null, "网络", "我区电商培训走进埠场镇", "级别未填", null, false],
    ["2021-09-06", "广东广播电视台《广东新闻联播》", "省", "电视", "江城：小海产搭上电商快车", "电商扶贫典型案例", "province", true]];
  const mRows = [["江城区电子商务进农村宣传报道登记"], ["序号", "刊播日期", "媒体", "级别", "形式", "标题", "备注"]];
  const mRecs = [];
  MED.forEach(([iso, media, lv, form, title, note, level, tv], j) => {
    const f = j % 4;
    const dc = f === 0 ? cnDate(iso) : f === 1 ? D(iso) : f === 2 ? dotDate(iso) : twoSlash(iso);
    mRows.push([j + 1, dc, media, lv, form, `《${title}》`, note]);
    mRecs.push({ date: iso, level, tv });
  });
  const cRows = [["江城区电子商务进农村经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送对象", "报送方式"]];
  const CM = [["2020-12-28", "江城区电商进农村工作经验做法", "阳江市商务局", "粤政易"], ["2021-05-10", "江城区“海产上行”电商扶贫案例", "阳江市商务局", "公文交换"],
    ["2021-09-02", "江城区电子商务进农村综合示范创建工作总结", "阳江市商务局", "粤政易"]];
  const cRecs = [];
  CM.forEach(([iso, t, to, how], j) => {
    cRows.push([j + 1, j === 0 ? dotDate(iso) : j === 1 ? D(iso) : cnDate(iso), `《${t}》`, to, how]);
    cRecs.push({ date: iso });
  });
  const cover = [["阳江市江城区电子商务进农村综合示范"], ["台 账 汇 编（三）"], ["村居名单　站点登记　宣传报道　经验材料"], [], ["江城区商务局"], ["二〇二一年九月"]];
  return {
    description:
      "阳江江城区商务局台账汇编（三）；“封面”不是台账；“村居名单”两行表头：序号|统计用区划代码（12位，文本和数字都有）|镇（街道）|村（居）委会名称（“××村委会”“××社区居委会”）|类别|是否省定贫困村（村委会是/否，居委会“—”为null）|快递覆盖情况（邮政、顺丰、中通、韵达、极兔五列，合并标题，有网点打√）：五列有一个√就是快递覆盖，埠场镇一个村五列全空 → 未覆盖；居委会在各镇的村委会前面；“站点登记”是系统导出，所在村只给区划代码（有的是数字），村名要到村居名单按代码查；站点名称是“邮乐购江城服务点3号”这样的品牌名，不含村名；一个站点在白沙社区；挂牌日期有日期单元格、补零的“yyyy/mm/dd”、“yyyy年m月d日”、8位数字文字（yyyymmdd）、“yyyy.m.d”，两个在2021年9月；两个村各有两个站点（其中一个村的第二个在9月）；“暂停营业”仍是站点；“宣传报道”级别写“中央/省/市/区”（江城发布那条空着 → null），形式“电视”才是电视，“广播”“网络（视频号）”不是；一条在9月；“经验材料”三行（一条9月）。",
    sheets: [
      { name: "封面", rows: cover },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点登记", rows: sRows, merges: ["A1:H1", "A2:H2"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: cRows, merges: ["A1:E1"] },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "村居名单": { kind: "villages", records: vRecs },
        "站点登记": { kind: "stations", records: sRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "经验材料": { kind: "materials", records: cRecs },
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
write("counties", "b169-c1-zhenjiang.json", c1);
write("facts", "b169-f1-yuancheng.json", f1);
write("facts", "b169-f2-haojiang.json", f2);
write("facts", "b169-f3-chengqu.json", f3);
write("ledgers", "b169-l1-meijiang.json", l1);
write("ledgers", "b169-l2-jiangcheng.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
