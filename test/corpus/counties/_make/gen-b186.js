// Batch 186 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b180.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (186186), no clock. Run: node test/corpus/_b186/gen-b186.js
//
// c1 坡头区 (湛江): the whole workbook is the bureau's Access database (坡头区电商台账.accdb) exported table by table
//    ("不带格式" export): field names on row 1, no titles; foreign keys only as IDs (站点.村居ID → tbl村居, 企业.类型ID →
//    tbl企业类型, 宣传.级别ID → tbl媒体级别, 拨付.合同ID → tbl合同, 脱贫学员.班次ID → tbl培训班), autonumber gaps (a station
//    points to a deleted 村居ID), Yes/No fields as TRUE/FALSE; facts in a typed key-value table (值类型 | 数值 | 文本值 | 日期值 |
//    是否值) where Access's defaults fill the unused columns (数值 0, 是否值 FALSE); 在园 flag is as of the export day, not the cut-off.
// f1 阳东区 (阳江): the city's 《考评基础数据采集卡》: a code table (代码 | 采集项目 | 计量单位 | 填写要求 with examples) and,
//    below it, the answer card — bands of six cells, a 代码 row over a 填报值 row; the values carry no labels or units, a code
//    left blank, 1/0 for yes/no, yyyymmdd dates, 万元 and 元 by code, S-codes for judged points and P-codes for claimed points.
// f2 澄海区 (汕头): the facts split over a cover and eight sheets, one per 股室, each its own mini-layout (label | value; value
//    in the row below its label; a ✓ checklist with 是 | 否 columns; a year grid in 亿元; “标签：值” cells; Y/N; a money table
//    with both 元 and 万元 columns, one filled per row; the 局务会 sheet with vetoes, judged and claimed points).
// f3 平远县 (梅州): a statistical-handbook style page of small captioned tables (表1…表10) with footnote superscripts glued
//    to values (“22.84¹”, “127²”, “县长³”, “32.6⁴”, “412.63⁵”, a claimed score “13⁶”), “…” for 数据不详, √/× marks.
// l1 连州市 (清远): the training centre's “录入模板V2”: every ID split into a 区划代码 drop-down cell (“441882（连州市）”) and a
//    后12位 cell (number, text with X, masked, blank); sign-ins with 期次/日期 merged per session (a range ending 9月1日);
//    poor persons with one combined 劳动力状况 field (“有劳动能力·外出务工（省内县外）”…); reports with the send date split
//    into 年 | 月 | 日 cells (one day blank); a hidden 数据字典 and a 填报说明.
// l2 梅县区 (梅州): a chart-data sheet (not a ledger); a village list whose poverty column distinguishes 省定 from 市定
//    相对贫困村 and whose express column is a delivery mode (“未通” = no); stations named by number only, the village only in
//    the address (“梅州市梅县区丙村镇××村委会石盘坑2号”); park firms as an agreement register (expired, not renewed = left; early
//    termination date); funds as a cheque-stub register with 大写 dates (“贰零贰壹年叁月壹拾伍日”, “贰零贰零年零壹拾月零贰拾日”) and a voided cheque;
//    experience materials dated by month.
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
let seed = 186186;
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
    assert(/^b186-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b186-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b186-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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


// ---------------------------------------------------------------- extra helpers (batch 186)
const DG = "零壹贰叁肆伍陆柒捌玖";
function chequeDate(iso) {
  // 票据出票日期大写: 月为壹、贰和壹拾的前加“零”；日为壹至玖和壹拾、贰拾、叁拾的前加“零”；日为拾壹至拾玖的前加“壹”
  const [y, m, d] = ymd(iso);
  const Y = String(y).split("").map((c) => DG[Number(c)]).join("");
  let M;
  if (m === 10) M = "零壹拾";
  else if (m === 11) M = "壹拾壹";
  else if (m === 12) M = "壹拾贰";
  else if (m <= 2) M = "零" + DG[m];
  else M = DG[m];
  let Dd;
  if (d < 10) Dd = "零" + DG[d];
  else if (d === 10) Dd = "零壹拾";
  else if (d < 20) Dd = "壹拾" + DG[d - 10];
  else if (d === 20) Dd = "零贰拾";
  else if (d < 30) Dd = "贰拾" + DG[d - 20];
  else if (d === 30) Dd = "零叁拾";
  else Dd = "叁拾壹";
  return `${Y}年${M}月${Dd}日`;
}
assert(chequeDate("2021-03-15") === "贰零贰壹年叁月壹拾伍日" && chequeDate("2020-10-20") === "贰零贰零年零壹拾月零贰拾日"
  && chequeDate("2021-01-09") === "贰零贰壹年零壹月零玖日" && chequeDate("2021-08-31") === "贰零贰壹年捌月叁拾壹日", "cheque dates");
const SUP = { 1: "¹", 2: "²", 3: "³", 4: "⁴", 5: "⁵", 6: "⁶", 7: "⁷" };
function firstOfMonth(m) {
  return m + "-01";
}

// =====================================================================================================
// c1 — 湛江坡头区: the bureau's Access database exported table by table
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const EXPORT = "2021-09-10";
  const TOWNS = [["坡头镇", 10, 2, "440804100"], ["南三镇", 14, 1, "440804101"], ["龙头镇", 10, 1, "440804102"], ["乾塘镇", 9, 1, "440804103"],
    ["官渡镇", 8, 1, "440804104"], ["麻斜街道", 5, 3, "440804001"], ["南调街道", 4, 4, "440804002"]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("调博沙田塘新旧上下东西北岭茂文良", ["头", "尾", "坡", "港", "岭", "园", "埇", "寮", "仔", "湾", "洋", "边"], "村", prefixes);
  const cName = nameMaker("海湾港渔新兴", ["丰", "滨", "城", "安", "华", "湾"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc, code], i) => ({ id: i + 1, t, code, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  assert(admin.length === 60 && comms.length === 13, "c1 60 villages + 13 communities");
  noStemClash(admin, comms, "c1");
  const short = (v) => v.replace(/村$|社区$/, "");
  const adminSet = new Set(admin);
  // poor villages: 8
  const shA = shuffle(admin);
  const poor = shA.slice(0, 8);
  const poorSet = new Set(poor);
  // village IDs: autonumber with two gaps (deleted records)
  const GAPS = [17, 44];
  const vid = {};
  let nextId = 1;
  const vRows = [["村居ID", "镇街ID", "村居名称", "村居类别", "省定贫困村", "快递通达", "备注"]];
  const deletedName = "旧塘村";
  assert(!adminSet.has(deletedName), "c1 deleted village name unused");
  for (const x of towns) {
    const all = x.vs.map((v) => ({ v, a: true })).concat(x.cs.map((c) => ({ v: c, a: false })));
    for (const e of all) {
      while (GAPS.includes(nextId)) nextId++;
      vid[e.v] = nextId;
      const nm = e.a && nextId % 5 === 2 ? `${e.v}委会` : e.v;
      vRows.push([nextId, x.id, nm, e.a ? "行政村" : "社区", e.a && poorSet.has(e.v), e.a ? true : nextId % 3 !== 0, null]);
      nextId++;
    }
  }
  assert(Object.values(vid).every((i) => !GAPS.includes(i)), "c1 gaps unused");
  const townOfV = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOfV[v] = x;

  // ---------------- tbl站点
  // make sure exactly 7 of the 8 poor villages are covered: poor = shA[0..7]; drop poor[7] from covered, add shA[42]
  const poorOut = poor[7];
  const cov = shA.slice(0, 7).concat(shA.slice(8, 43));
  assert(cov.length === 42 && !cov.includes(poorOut), "c1 42 covered");
  const uncovered = admin.filter((v) => !cov.includes(v));
  const vSept = uncovered.find((v) => v !== poorOut);
  const ST = [];
  cov.forEach((v, j) => ST.push({ v, vidv: vid[v], d: j === 11 ? CUT : randIsoBetween("2020-05-10", "2021-08-25"), st: "运营" }));
  for (const k of [3, 19, 33]) ST.push({ v: cov[k], vidv: vid[cov[k]], d: randIsoBetween("2021-01-05", "2021-08-20"), st: "运营", second: true });
  const commSt = comms[4];
  ST.push({ v: commSt, vidv: vid[commSt], d: randIsoBetween("2020-10-01", "2021-06-30"), st: "运营" });
  ST.push({ v: deletedName, vidv: 44, d: "2020-07-16", st: "运营", orphan: true });
  ST.push({ v: poorOut, vidv: vid[poorOut], d: null, st: "筹建", created: "2021-05-20" });
  ST.push({ v: vSept, vidv: vid[vSept], d: "2021-09-06", st: "运营" });
  ST.sort((a, b) => cmp(a.d || a.created, b.d || b.created));
  const sRows = [["站点ID", "站点名称", "村居ID", "详细地址", "负责人", "联系电话", "挂牌日期", "站点状态"]];
  ST.forEach((s, j) => {
    const town = s.orphan ? towns[0] : townOfV[s.v];
    const kind = s.v.endsWith("社区") ? "社区电商服务点" : s.second ? "村益农信息社" : "村电商服务站";
    sRows.push([j + 1, `${short(s.v)}${kind}`, s.vidv, `湛江市坡头区${town.t}${s.v}${rint(1, 60)}号`, personName(), phone(), s.d ? D(s.d) : null, s.st]);
  });
  const okSt = ST.filter((s) => !s.orphan && s.d && s.d <= CUT && adminSet.has(s.v));
  const covSet = new Set(okSt.map((s) => s.v));
  assert(covSet.size === 42 && ratioGE(42, 60, 70) && !ratioGE(41, 60, 70), "c1 42/60 = 70.0% → 5");
  assert(poor.filter((v) => covSet.has(v)).length === 7, "c1 7/8 poor covered");

  // ---------------- tbl培训班 / tbl脱贫学员 / tbl脱贫人口
  const POP = 336915;
  const TOPICS = ["农村电商基础知识", "网店开设与运营", "直播带货实操", "短视频拍摄与剪辑", "农产品品牌与包装", "电商客服与售后", "社群营销", "跨境电商入门"];
  const sessions = [];
  let day = "2020-08-24";
  for (let k = 0; k < 30; k++) {
    const len = rint(0, 2);
    sessions.push({ start: day, end: isoAdd(day, len), topic: TOPICS[k % TOPICS.length], type: k % 5 === 2 ? "脱贫户专场" : k % 3 === 0 ? "增值培训" : "普及培训", pt: rint(60, 170) });
    day = isoAdd(day, rint(9, 13));
  }
  assert(sessions[29].end <= "2021-08-26", "c1 sessions before the cut-off " + sessions[29].end);
  let diff = 3341 - sum(sessions.map((s) => s.pt));
  for (let j = 0; diff !== 0; j = (j + 1) % 30) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 9);
    if (sessions[j].pt + st < 50 || sessions[j].pt + st > 200) continue;
    sessions[j].pt += st;
    diff -= st;
  }
  const cross = { start: "2021-08-30", end: "2021-09-01", topic: "脱贫户电商技能提升班", type: "脱贫户专场", pt: 96 };
  const sep = { start: "2021-09-14", end: "2021-09-15", topic: "农村电商基础知识", type: "普及培训", pt: 120 };
  sessions.push(cross, sep);
  sessions.forEach((s, j) => (s.id = j + 1));
  const PLACES = ["区电子商务公共服务中心", "南三镇文化站", "乾塘镇党群服务中心", "官渡镇政府会议室", "龙头镇文化站"];
  const tRows = [["班次ID", "班次名称", "培训类型", "开班日期", "结班日期", "培训地点", "参训人次"]];
  sessions.forEach((s, j) => tRows.push([s.id, `第${j + 1}期${s.topic}${s.type === "脱贫户专场" ? "（脱贫户专场）" : ""}`, s.type, D(s.start), D(s.end), PLACES[j % PLACES.length], s.pt]));
  const ptCut = sum(sessions.filter((s) => s.end <= CUT).map((s) => s.pt));
  const ptWithCross = ptCut + cross.pt;
  assert(ptCut === 3341 && ptCut * 1000 >= POP * 8 && !ratioGE(ptCut, POP, 1) && ratioGE(ptWithCross, POP, 1), "c1 0.99% → 8; with the 9月1日 session ≥1%");

  // poor persons: 40 eligible, 7 migrants, 5 without labour capacity
  const REGION = "440804";
  const persons = [];
  const plan = shuffle([].concat(Array(40).fill("E"), Array(7).fill("M"), Array(5).fill("N")));
  let xWanted = true;
  plan.forEach((c, j) => {
    const birth = c === "N" ? birthBetween(1938, 1955) : birthBetween(1965, 2000);
    const wantX = c === "E" && xWanted ? true : undefined;
    if (wantX) xWanted = false;
    const id = makeId(REGION, birth, rnd() < 0.5, wantX);
    const v = poor[j % 8];
    persons.push({ pid: j + 1, c, id, name: personName(), v, hh: `44080400${String(3100 + Math.floor(j / 2) * 13).padStart(6, "0")}` });
  });
  const xPerson = persons.find((p) => p.c === "E" && p.id.endsWith("X"));
  assert(xPerson, "c1 an eligible person with X");
  const elig = persons.filter((p) => p.c === "E");
  const mig = persons.filter((p) => p.c === "M");
  const nol = persons.filter((p) => p.c === "N");
  const pRows = [["人员ID", "户编号", "姓名", "身份证号", "村居ID", "有劳动能力", "外出务工"]];
  persons.forEach((p) => pRows.push([p.pid, p.hh, p.name, p.id, vid[p.v], p.c !== "N", p.c === "M"]));
  // trainees: 28 eligible by the cut-off (xPerson among them, typed with a small x), 3 of them twice, 2 more eligible only in the
  // 9月1日 session, 2 migrants, 1 without labour capacity, 1 from 霞山区
  const eligOthers = shuffle(elig.filter((p) => p !== xPerson));
  const trained = [xPerson].concat(eligOthers.slice(0, 27));
  const crossOnly = eligOthers.slice(27, 29);
  const poorSessions = sessions.filter((s) => s.end <= CUT);
  const pick = () => poorSessions[rint(0, poorSessions.length - 1)];
  const TR = [];
  trained.forEach((p) => TR.push({ p, s: poorSessions.filter((s) => s.type === "脱贫户专场")[rint(0, 5)], id: p === xPerson ? p.id.slice(0, 17) + "x" : p.id }));
  for (const p of trained.slice(3, 6)) TR.push({ p, s: pick(), id: p.id, note: "第二次参训" });
  for (const p of crossOnly) TR.push({ p, s: cross, id: p.id });
  for (const p of mig.slice(0, 2)) TR.push({ p, s: pick(), id: p.id });
  TR.push({ p: nol[0], s: pick(), id: nol[0].id });
  const xiashan = makeId("440803", birthBetween(1975, 1990), true, false);
  TR.push({ p: { name: personName() }, s: pick(), id: xiashan, note: "霞山区脱贫户，跨区参训" });
  const TRs = shuffle(TR).sort((a, b) => a.s.id - b.s.id);
  const trRows = [["记录ID", "班次ID", "姓名", "身份证号", "联系电话", "备注"]];
  TRs.forEach((t, j) => trRows.push([j + 1, t.s.id, t.p.name, t.id, mask(phone()), t.note || null]));
  for (const s of sessions) assert(TRs.filter((t) => t.s === s).length <= s.pt, "c1 trainees within the session's 人次");
  const eligIds = new Set(elig.map((p) => p.id));
  const norm = (id) => id.toUpperCase();
  const trainedCut = new Set(TRs.filter((t) => t.s.end <= CUT && eligIds.has(norm(t.id))).map((t) => norm(t.id)));
  const trainedCutCase = new Set(TRs.filter((t) => t.s.end <= CUT && eligIds.has(t.id)).map((t) => t.id));
  assert(elig.length === 40 && trainedCut.size === 28 && ratioGE(28, 40, 70) && trainedCutCase.size === 27 && !ratioGE(27, 40, 70), "c1 28/40 = 70.0% (27 without the small x)");

  // ---------------- tbl企业类型 / tbl企业
  const TYPES = [[1, "平台型"], [2, "销售型"], [3, "电商运营商"], [4, "物流企业"], [5, "直播机构"], [6, "设计服务"]];
  const ER = "440804";
  const FN = ["湛江市坡头区南三岛海鲜电子商务有限公司", "湛江坡头优品汇网络科技有限公司", "湛江市坡头区官渡番薯干网店", "湛江市坡头区乾塘沙虫电商商行",
    "湛江市坡头区龙头鸭蛋电子商务有限公司", "湛江市坡头区麻斜生蚝网店", "湛江湾区电商运营服务有限公司", "湛江市坡头区云帆代运营工作室",
    "湛江市坡头区速递通物流有限公司", "湛江市坡头区海鲜冷链仓储有限公司", "湛江市坡头区渔港直播传媒有限公司", "湛江市坡头区南调果蔬电商商行",
    "湛江市坡头区红树林文创设计有限公司", "湛江市坡头区鲜港供应链管理有限公司", "湛江市坡头区海味坊电子商务有限公司", "湛江市坡头区农家味网店",
    "湛江市坡头区湾畔电商服务有限公司", "湛江市坡头区乡味优选网络科技有限公司", "湛江市坡头区鱿鱼干电商商行", "湛江市坡头区海之恋电子商务有限公司",
    "湛江市坡头区蚝情直播电商有限公司", "湛江市坡头区港城物流配送有限公司", "湛江市坡头区南三岛民宿电子商务有限公司"];
  const FT = [1, 1, 2, 2, 2, 2, 3, 3, 4, 4, 5, 2, 6, 4, 2, 2, 3, 1, 2, 2, 5, 4, 2];
  assert(FN.length === 23 && FT.length === 23, "c1 23 firm names");
  const firms = FN.map((n, j) => ({ n, t: FT[j], code: creditCode(ER), entered: randIsoBetween("2020-09-01", "2021-08-10"), left: null, inPark: true }));
  // roles: 0..17 regular (18), 18,19 left before the cut-off, 20,21 left in September, 22 entered in September; firm 5 renamed (extra row)
  firms[18].left = "2021-03-15";
  firms[19].left = "2021-06-30";
  firms[20].left = "2021-09-03";
  firms[21].left = "2021-09-08";
  for (const k of [18, 19, 20, 21]) {
    firms[k].entered = randIsoBetween("2020-09-01", "2021-02-28");
    firms[k].inPark = false;
  }
  firms[22].entered = "2021-09-06";
  const ren = firms[5];
  ren.entered = "2020-10-12";
  ren.inPark = false;
  const renNew = { n: "湛江市坡头区蚝香里电子商务有限公司", t: ren.t, code: ren.code, entered: "2021-05-18", left: null, inPark: true, renamedFrom: ren.n };
  const allFirms = firms.concat([renNew]).sort((a, b) => cmp(a.entered, b.entered));
  allFirms.forEach((f, j) => (f.fid = j + 1));
  const eRows = [["企业ID", "企业名称", "统一社会信用代码", "类型ID", "入驻日期", "退出日期", "在园", "备注"]];
  allFirms.forEach((f) => {
    let note = null;
    if (f === ren) note = `2021年5月18日更名，见企业ID ${renNew.fid}`;
    if (f === renNew) note = `原“${ren.n}”更名，信用代码不变`;
    eRows.push([f.fid, f.n, f.code, f.t, D(f.entered), f.left ? D(f.left) : null, f.inPark, note]);
  });
  const inParkCut = new Map();
  for (const f of allFirms) if (f.entered <= CUT && !(f.left && f.left < CUT)) inParkCut.set(f.code, f.t);
  const typesIn = new Set([...inParkCut.values()]);
  const flagCount = new Set(allFirms.filter((f) => f.inPark).map((f) => f.code)).size;
  assert(inParkCut.size === 20 && flagCount === 19, "c1 20 firms in the park on 8月31日 (19 by the export-day 在园 flag) " + inParkCut.size + "/" + flagCount);
  assert([1, 2, 3, 4].every((t) => typesIn.has(t)), "c1 four types in the park");

  // ---------------- tbl合同 / tbl拨付
  const CON = [[1, "PT-DS-2020-01", "区电子商务公共服务中心建设及运营", "湛江湾区电商运营服务有限公司", 1500000],
    [2, "PT-DS-2020-02", "镇村电商服务站点建设", "中国邮政集团有限公司湛江市坡头区分公司", 1200000],
    [3, "PT-DS-2020-03", "农村电商人才培训", "湛江市坡头区职业技术学校", 600000],
    [4, "PT-DS-2020-04", "农村物流配送体系建设", "湛江市坡头区速递通物流有限公司", 900000],
    [5, "PT-DS-2021-05", "冷链及农产品溯源体系建设", "湛江市坡头区海鲜冷链仓储有限公司", 500000],
    [6, "PT-DS-2021-06", "农产品品牌培育及推广", "湛江市坡头区红树林文创设计有限公司", 300000]];
  const PAY = [[1, "2020-09-22", 450000], [2, "2020-10-30", 360000], [3, "2020-12-11", 180000], [1, "2021-01-15", 525000], [4, "2021-01-28", 270000],
    [2, "2021-03-26", 480000], [3, "2021-05-07", 240000], [5, "2021-05-21", 150000], [6, "2021-06-18", 90000], [4, "2021-07-09", 360000],
    [1, "2021-08-13", 377640], [5, "2021-08-31", 200000], [2, "2021-09-08", 286000]];
  const cRows = [["合同ID", "合同编号", "合同名称", "承建单位", "合同金额"]];
  CON.forEach((c) => cRows.push(c.slice()));
  const bRows = [["拨付ID", "合同ID", "拨付日期", "拨付金额", "凭证号", "备注"]];
  PAY.forEach(([c, d, a], j) => bRows.push([j + 1, c, D(d), a, `记-${d.slice(2, 4)}${d.slice(5, 7)}-${String(rint(1, 60)).padStart(3, "0")}`, d > CUT ? "9月拨付" : null]));
  const spent = sum(PAY.filter((p) => p[1] <= CUT).map((p) => p[2]));
  assert(spent === 3682640 && ratioGE(spent, 5000000, 70) && pct1(spent, 5000000) === "73.7%", "c1 spent " + spent);
  for (const c of CON) assert(sum(PAY.filter((p) => p[0] === c[0]).map((p) => p[2])) <= c[4], "c1 payments within the contract " + c[0]);

  // ---------------- tbl月报
  const rRows = [["月报ID", "所属月份", "报送日期", "报送方式", "含扶贫统计"]];
  const repMonths = monthsBetween("2020-08", "2021-07");
  const sentDates = [];
  repMonths.forEach((m, j) => {
    const next = monthsBetween(m, "2021-12")[1];
    const sd = `${next}-${String(rint(3, 10)).padStart(2, "0")}`;
    sentDates.push(sd);
    rRows.push([j + 1, D(firstOfMonth(m)), D(sd), j % 3 === 1 ? "公文交换" : "粤政易", m >= "2020-10"]);
  });
  assert(WINDOW.every((w) => sentDates.some((d) => ym(d) === w)), "c1 a report sent in every window month");
  assert(!WINDOW.every((w) => repMonths.includes(w)), "c1 by 所属月份 alone August 2021 would be missing");

  // ---------------- tbl专栏更新
  const uRows = [["更新ID", "发布时间", "标题", "子栏目", "发布人"]];
  const ups = [];
  for (const m of monthsBetween("2020-06", "2021-09")) {
    const [y, mo] = m.split("-").map(Number);
    const n = m === "2021-09" ? 1 : rint(1, 2);
    for (let k = 0; k < n; k++) ups.push({ d: `${m}-${String(rint(2, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, sub: "建设进度", t: `坡头区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）` });
  }
  ups.push({ d: "2020-06-12", sub: "创建方案", t: "坡头区电子商务进农村综合示范创建实施方案" });
  ups.push({ d: "2020-07-03", sub: "项目信息", t: "坡头区电子商务进农村综合示范项目基本信息公示" });
  ups.push({ d: "2020-07-03", sub: "监督举报", t: "坡头区电子商务进农村综合示范项目监督举报方式" });
  ups.sort((a, b) => cmp(a.d, b.d));
  ups.forEach((u, j) => uRows.push([j + 1, exportTime(u.d, hms()), u.t, u.sub, ["区商务局电商股", "管理员"][j % 2]]));
  assert(WINDOW.every((w) => ups.some((u) => ym(u.d) === w)), "c1 column updated every month");

  // ---------------- tbl媒体级别 / tbl宣传 / tbl经验材料
  const LV = [[1, "国家级"], [2, "省级"], [3, "市级"], [4, "县级"]];
  const MED = [["2020-11-19", "坡头电视台《坡头新闻》", 4, "电视", "坡头首批村级电商服务站挂牌", false], ["2021-03-22", "南方日报", 2, "报纸", "坡头：海鲜“触网”游出南三岛", false],
    ["2021-06-09", "广东广播电视台《广东新闻联播》", 2, "电视", "坡头脱贫户直播卖生蚝，电商帮扶见实效", true], ["2021-07-26", "“坡头发布”微信公众号", 4, "网络", "坡头区电商培训走进乾塘镇", false],
    ["2021-09-03", "湛江日报", 3, "报纸", "坡头电商进农村示范创建成效明显", false]];
  const mRows = [["宣传ID", "发布日期", "媒体名称", "级别ID", "形式", "标题", "扶贫典型案例"]];
  MED.forEach((x, j) => mRows.push([j + 1, D(x[0]), x[1], x[2], x[3], `《${x[4]}》`, x[5]]));
  const matRows = [["材料ID", "报送日期", "材料名称", "报送单位", "报送对象"], [1, D("2021-07-12"), "《坡头区“电商＋海鲜”助力脱贫户增收经验做法》", "坡头区商务局", "湛江市商务局"],
    [2, D("2021-09-07"), "《坡头区电子商务进农村综合示范创建工作总结》", "坡头区商务局", "湛江市商务局"]];

  // ---------------- tbl参数 (typed key-value; Access defaults fill the unused columns)
  const P = [];
  const par = (cat, name, type, val, unit, note) => P.push({ cat, name, type, val, unit: unit || null, note: note || null });
  par("基本情况", "县区名称", "文本", "坡头区");
  par("基本情况", "考评截止日期", "日期", CUT);
  par("基本情况", "常住人口", "数值", 33.6915, "万人", "第七次全国人口普查");
  par("基本情况", "行政村数", "数值", 60, "个", "不含社区13个");
  par("基本情况", "省定贫困村数", "数值", 8, "个");
  par("组织领导", "领导小组组长", "文本", "区委副书记、区长");
  par("组织领导", "领导小组成员单位", "文本", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监督管理局、坡头邮政分公司");
  par("组织领导", "示范工作方案已印发", "是否", true, null, "坡府办〔2020〕21号");
  par("组织领导", "农村电商扶持政策已出台", "是否", true);
  par("服务体系", "公共服务中心投入运营日期", "日期", "2020-12-28");
  par("服务体系", "中心免费培训场所设备", "是否", true);
  par("服务体系", "中心免费展示销售特色农产品", "是否", true);
  par("服务体系", "中心免费摄影美工", "是否", true);
  par("服务体系", "中心组织品牌推广", "是否", true);
  par("服务体系", "中心其他衍生增值服务", "是否", false, null, "尚未开展");
  par("服务体系", "电商产业园已建设或整合", "是否", true);
  par("服务体系", "专业第三方运营服务商", "是否", true);
  par("上行", "2019年农村网络零售额", "数值", 58632, "万元", "省商务厅数据");
  par("上行", "2020年农村网络零售额", "数值", 73185, "万元");
  par("上行", "2019年农产品网络零售额", "数值", 12046, "万元");
  par("上行", "2020年农产品网络零售额", "数值", 16113, "万元");
  par("信息公开", "专栏公示创建方案", "是否", true);
  par("信息公开", "专栏公示项目基本信息", "是否", true);
  par("信息公开", "专栏公示项目建设进度", "是否", true);
  par("信息公开", "专栏设征求意见窗口", "是否", false);
  par("信息公开", "专栏设监督举报窗口", "是否", true);
  par("数据上报", "能统计电商扶贫情况", "是否", true);
  par("资金", "下达资金总额", "数值", 500, "万元");
  par("资金", "资金管理制度已制定", "是否", true);
  par("资金", "资金专用台账已建立", "是否", true);
  par("资金", "项目总体进度", "数值", 88, "%");
  par("否决项", "发生安全生产质量事故或重大损失", "是否", false);
  par("否决项", "弄虚作假", "是否", false);
  const parRows = [["参数ID", "参数分类", "参数名称", "值类型", "数值", "文本值", "日期值", "是否值", "单位", "备注"]];
  P.forEach((p, j) => parRows.push([j + 1, p.cat, p.name, p.type, p.type === "数值" ? p.val : 0, p.type === "文本" ? p.val : null,
    p.type === "日期" ? D(p.val) : null, p.type === "是否" ? p.val : false, p.unit, p.note]));
  assert(pct1(73185 - 58632, 58632) === "24.8%" && pct1(16113 - 12046, 12046) === "33.8%", "c1 growth");
  assert(!(73185 * 10 >= 58632 * 13) && 16113 * 10 >= 12046 * 13, "c1 agri ≥ 30%, rural not");

  // ---------------- tbl主观评分 / tbl自评得分
  const J = [["1.2", "方案制定", "方案制定", 1, 2, 2], ["1.3", "政策支持", "政策支持", 1, 2, 1], ["1.4a", "项目管理", "项目管理制度", 1, 2, 2], ["1.4b", "项目管理", "工作台账", 1, 2, 1],
    ["2.3a", "农村产品上行", "网销调研及建议", 1, 2, 2], ["2.3b", "农村产品上行", "网络促销活动", 1, 2, 2], ["2.3e", "农村产品上行", "交易标准与冷链溯源", 1, 2, 1],
    ["5.1", "制度建立", "资金管理制度", 1, 5, 4], ["5.2", "资金台账", "资金专用台账", 1, 5, 4], ["5.3", "资金支出", "资金及时拨付", 1, 5, 4]];
  const jRows = [["评分项ID", "评价指标", "评分项", "分值下限", "分值上限", "自评分", "佐证材料"]];
  J.forEach((x) => jRows.push(x.concat([`见档案盒${x[0].slice(0, 1)}`])));
  const CL = [["组织领导", 2, 2], ["方案制定", 2, 2], ["政策支持", 2, 1], ["项目管理", 4, 3], ["服务体系建设（中心与产业园）", 15, 15], ["服务体系建设（村级站点）", 10, 10],
    ["农村产品上行", 10, 9], ["电商人才培训", 20, 20], ["信息公开", 4, 4], ["数据上报", 6, 6], ["案例总结", 2, 2], ["经验推广", 8, 5], ["制度建立", 5, 4],
    ["资金台账", 5, 4], ["资金支出", 5, 4], ["加分项：贫困人口培训率≥70%", 2, 2], ["加分项：电商扶贫典型案例电视播报", 2, 1]];
  const GROUP = ["组织领导", "组织领导", "组织领导", "组织领导", "电商进农村", "电商进农村", "电商进农村", "电商进农村", "信息公开及报送", "信息公开及报送",
    "宣传推广", "宣传推广", "财政资金管理", "财政资金管理", "财政资金管理", "加分项", "加分项"];
  const clRows = [["指标ID", "工作任务", "评价指标", "分值", "自评得分"]];
  CL.forEach((x, j) => clRows.push([j + 1, GROUP[j], x[0], x[1], x[2]]));
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = CL[j][2]));
  claimed["bonus.poorTraining"] = 2;
  claimed["bonus.tvCase"] = 1;
  assert(sum(SCORED.map(([id]) => claimed[id])) === 91, "c1 claimed 91");

  // ---------------- qry and notes
  const byMonth = new Map();
  for (const s of sessions) {
    const m = ym(s.start);
    const o = byMonth.get(m) || { n: 0, pt: 0 };
    o.n++;
    o.pt += s.pt;
    byMonth.set(m, o);
  }
  const qRows = [["开班年月", "班次数", "参训人次之合计"]];
  for (const [m, o] of [...byMonth.entries()].sort()) qRows.push([m.replace("-", "年") + "月", o.n, o.pt]);
  const notes = [["坡头区电商台账数据库（坡头区电商台账.accdb）导出说明"],
    [`1．${cnDate(EXPORT)}由电商股从Access数据库按表导出（“导出—Excel—不带格式”），每个表一个工作表，表名即工作表名，第1行是字段名。`],
    ["2．外键字段只导出ID：tbl站点.村居ID、tbl脱贫人口.村居ID对应tbl村居；tbl村居.镇街ID对应tbl镇街；tbl企业.类型ID对应tbl企业类型；tbl宣传.级别ID对应tbl媒体级别；tbl拨付.合同ID对应tbl合同；tbl脱贫学员.班次ID对应tbl培训班。"],
    ["3．ID为自动编号，删除的记录编号不再使用（tbl村居 17、44号为2020年村级建制调整时删除的记录）。"],
    ["4．tbl培训班.参训人次为该期签到人次；tbl脱贫学员只登记参训的脱贫人口，已含在参训人次内。"],
    ["5．tbl参数按“值类型”读对应的值字段；其余值字段是数据库默认值（数值0、是否值FALSE），没有意义。"],
    ["6．tbl企业.在园为导出当日状态。"],
    ["7．qry培训按月汇总是查询结果，按开班年月汇总，仅供参考。"]];
  const tbRows = [["镇街ID", "镇街名称", "区划代码"]].concat(towns.map((x) => [x.id, x.t, x.code]));

  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 1,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 2 + 1, "work.coverage": 5 + 3, "work.upward": 2 + 2 + 1 + 1 + 1 + 2,
    "work.training": 8 + 10, "info.disclosure": 2 + 2, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 2, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 86 && bonus === 3, "c1 total " + scored);
  const derivation = [
    "org.leadership: tbl参数 领导小组组长（文本值）“区委副书记、区长” = 主要领导；成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局 → 2",
    "org.plan: tbl主观评分 1.2 方案制定 自评分2（tbl参数 示范工作方案已印发 是否值TRUE） → 2",
    "org.policy: tbl主观评分 1.3 政策支持 1 → 1",
    "org.management: 1.4a 项目管理制度2 ＋ 1.4b 工作台账1 → 3",
    `work.center: tbl参数 公共服务中心投入运营日期（日期值）2020-12-28 → 建成2；≤2021-02-28，运行满6个月 → 2；免费培训2、展示销售1、摄影美工1、品牌推广1（是否值都是TRUE）；其他衍生增值服务 是否值FALSE（“尚未开展”） → 0；产业园已建设 → 2；tbl企业按日期算8月31日在园（入驻≤8月31日且没有在8月31日前退出），按信用代码去重：24行中2家3月、6月退出，“${firms[22].n}”9月6日入驻不算，“${firms[20].n}”“${firms[21].n}”9月3日、9月8日才退出仍算，“${ren.n}”和更名后的“${renNew.n}”信用代码相同算1家 → 20家 → 2（“在园”字段是9月10日导出当天的状态，按它数是19家，不能用）；在园企业类型ID有1平台型、2销售型、3电商运营商、4物流企业 → 1；合计14（自评15）`,
    `work.coverage: tbl村居 村居类别“行政村”60个（社区13个不算），基数60；tbl站点按村居ID对上tbl村居：挂牌日期≤8月31日的站覆盖的行政村42个（一站8月31日当天挂牌算；三个村各两个站只算一次；一站村居ID指向社区不算；一站村居ID为44，tbl村居里没有这条记录（已删除的村），不算、应提示；“${poorOut}”的站“筹建”、无挂牌日期，“${vSept}”的站9月6日挂牌，都不算） → 42/60 = 70.0% ≥ 70% → 5；省定贫困村（省定贫困村TRUE）8个，有站7个（${poorOut}没有） → 87.5% → 3；合计8`,
    "work.upward: 网销调研2、网络促销2；第三方运营服务商TRUE → 1；tbl村居有“快递通达”字段，60个行政村都是TRUE → 1；交易标准与冷链溯源1；tbl参数 农村网络零售额58,632万→73,185万元增长24.8%（不到30%），农产品网络零售额12,046万→16,113万元增长33.8% ≥ 30% → 2；合计9",
    `work.training: tbl培训班按结班日期算（开班—结班是一个期间，按结束日），结班≤8月31日的30期参训人次合计${fmtInt(ptCut)}；“2021-08-30至2021-09-01”那期96人次结班在截止日后不算，9月14日那期也不算；常住人口33.6915万人 = ${fmtInt(POP)}人 → ${fmtInt(ptCut)}/${fmtInt(POP)} = 0.992% → 8（算上9月1日结班那期是${fmtInt(ptWithCross)}人次、1.02%）；tbl脱贫人口有劳动能力TRUE且外出务工FALSE 40人（外出务工7人、无劳动能力5人不算）；tbl脱贫学员经班次ID对上结班≤8月31日的班次、按身份证号去重，是这40人的28人（一人在学员表里末位写成小写x，也要对上；三人参训两次只算一次；两人只参加9月1日结班那期不算；两个外出务工的、一个无劳动能力的、一个霞山区的不在40人里） → 28/40 = 70.0% ≥ 50% → 10；合计18（自评20）`,
    "info.disclosure: tbl参数 专栏公示创建方案、项目基本信息、建设进度都是TRUE，征求意见窗口FALSE但监督举报窗口TRUE（有其一即可） → 2；tbl专栏更新 发布时间（“2020/9/15 10:21:33”式文本）2020年9月—2021年8月每月都有 → 2；合计4",
    "info.reporting: tbl月报按“报送日期”：2020年9月—2021年8月每个月都有报送（“所属月份”是报告期、比报送月早一个月，不能当报送日期用，用它就缺2021年8月） → 3；含扶贫统计有TRUE，tbl参数 能统计电商扶贫情况TRUE → 3；合计6",
    "promo.cases: tbl经验材料 2021-07-12 报湛江市商务局 → 2（9月7日那份在截止日后）",
    "promo.media: tbl宣传按级别ID对tbl媒体级别：南方日报、广东广播电视台（2 省级） → 4；坡头电视台、“坡头发布”（4 县级） → 1；湛江日报（3 市级）2021-09-03在截止日后不算 → 5",
    "fund.system: tbl主观评分 5.1 资金管理制度4 → 4",
    "fund.ledger: 5.2 资金专用台账4 → 4",
    `fund.spending: tbl拨付 拨付日期≤8月31日的12笔（含8月31日20万元）合计${fmtMoney(spent)}元；9月8日286,000元不算；tbl参数 下达资金总额500万元 → ${pct1(spent, 5000000)} ≥ 70% → 5.3 资金及时拨付自评4 → 4`,
    "bonus.poorTraining: 脱贫人口培训率28/40 = 70.0% ≥ 70% → 2（学员表里的小写x不认就是27/40 = 67.5%，没有加分）",
    "bonus.tvCase: 广东广播电视台《广东新闻联播》（省级电视）播出，扶贫典型案例TRUE → 1",
    "veto.incident: tbl参数 发生安全生产质量事故或重大损失 是否值FALSE → 不否决",
    "veto.progress: tbl参数 项目总体进度（数值）88% ≥ 40% → 不否决",
    "veto.fraud: 弄虚作假 FALSE → 不否决",
  ];
  return {
    description:
      "湛江坡头区商务局电商股的整本台账是Access数据库（坡头区电商台账.accdb）“不带格式”逐表导出的工作簿（20个表），86＋加分3＝89分、未否决（tbl自评得分自评91＋3）：每个表第1行就是字段名、没有标题行；外键只有ID（tbl站点.村居ID→tbl村居、tbl村居.镇街ID→tbl镇街、tbl企业.类型ID→tbl企业类型、tbl宣传.级别ID→tbl媒体级别、tbl拨付.合同ID→tbl合同、tbl脱贫学员.班次ID→tbl培训班），要联表才读得出村名、类型、级别和日期；自动编号有断号，一站的村居ID 44指向已删除的村；是/否字段是TRUE/FALSE；事实在tbl参数这张“参数名｜值类型｜数值｜文本值｜日期值｜是否值”的表里，按值类型读对应列，其余列是Access默认值（数值0、是否值FALSE）；培训人次是tbl培训班的参训人次（按开班—结班读结班日期，一期8月30日开班、9月1日结班不算），脱贫学员表另列、一人身份证末位写成小写x；tbl企业的“在园”是9月10日导出当天的状态，要按入驻、退出日期算8月31日在园（20家）；tbl月报的“所属月份”比报送日期早一个月；另有读表说明和一个按月汇总的查询结果表。",
    sheets: [
      { name: "读表说明", rows: notes, merges: [] },
      { name: "tbl参数", rows: parRows },
      { name: "tbl主观评分", rows: jRows },
      { name: "tbl自评得分", rows: clRows },
      { name: "tbl镇街", rows: tbRows },
      { name: "tbl村居", rows: vRows },
      { name: "tbl站点", rows: sRows },
      { name: "tbl培训班", rows: tRows },
      { name: "tbl脱贫学员", rows: trRows },
      { name: "tbl脱贫人口", rows: pRows },
      { name: "tbl企业类型", rows: [["类型ID", "类型名称"]].concat(TYPES.map((t) => t.slice())) },
      { name: "tbl企业", rows: eRows },
      { name: "tbl合同", rows: cRows },
      { name: "tbl拨付", rows: bRows },
      { name: "tbl月报", rows: rRows },
      { name: "tbl专栏更新", rows: uRows },
      { name: "tbl媒体级别", rows: [["级别ID", "级别名称"]].concat(LV.map((t) => t.slice())) },
      { name: "tbl宣传", rows: mRows },
      { name: "tbl经验材料", rows: matRows },
      { name: "qry培训按月汇总", rows: qRows },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 阳江阳东区: the city's data-collection card (code table + answer card)
// =====================================================================================================
function buildF1() {
  // [code, 采集项目, 计量单位, 填写要求, value as typed on the card]
  const C = [
    ["A01", "县（市、区）名称", "—", "填全称，如：××县、××区", "阳东区"],
    ["A02", "考评截止日期", "—", "8位数字，如：20210831", 20210831],
    ["A03", "常住人口", "万人", "按第七次全国人口普查数，保留两位小数，如：42.60", "46.52"],
    ["A04", "行政村数", "个", "不含社区居委会", 171],
    ["A05", "省定贫困村数", "个", "无则填0", 15],
    ["B01", "领导小组组长职务", "—", "填职务，如：县长、县委书记、副县长", "区委副书记、区长"],
    ["B02", "领导小组成员单位", "—", "用顿号分隔", "区商务局、区财政局、区农业农村局、区乡村振兴局、区人社局、区交通运输局、区市场监管局"],
    ["B03", "示范县工作方案已正式印发", "—", "1＝是，0＝否", 1],
    ["B04", "已出台支持农村电商发展的政策", "—", "1＝是，0＝否", 1],
    ["C01", "县级电子商务公共服务中心投入运营日期", "—", "8位数字，如：20201201", "20210305"],
    ["C02", "中心有免费培训场所、培训设备", "—", "1＝是，0＝否", 1],
    ["C03", "中心为特色农产品提供免费展示、销售服务", "—", "1＝是，0＝否", 1],
    ["C04", "中心提供免费摄影、美工服务", "—", "1＝是，0＝否", 0],
    ["C05", "中心组织农产品统一推广、指导品牌建设", "—", "1＝是，0＝否", 1],
    ["C06", "中心提供其他衍生增值服务", "—", "1＝是，0＝否", null],
    ["C07", "建设或整合、优化当地电商产业园", "—", "1＝是，0＝否", 1],
    ["C08", "有专业第三方电子商务运营或服务商", "—", "1＝是，0＝否", 1],
    ["C09", "行政村物流快递覆盖率", "%", "填百分数的数字，如：100", 100],
    ["D01", "2019年农村网络零售额", "万元", "按省商务厅提供数据，取整", 186420],
    ["D02", "2020年农村网络零售额", "万元", "同上", 231785],
    ["D03", "2019年农产品网络零售额", "万元", "同上", 9860],
    ["D04", "2020年农产品网络零售额", "万元", "同上", 12415],
    ["E01", "电商培训人次", "人次", "截至考评截止日累计", 5126],
    ["E02", "有劳动能力的建档立卡贫困人口数（不含外出务工）", "人", "以区乡村振兴局确认数为准", 3218],
    ["E03", "其中：参加电商培训的人数", "人", "按身份证号去重", 1466],
    ["F01", "专栏公示创建方案", "—", "1＝是，0＝否", 1],
    ["F02", "专栏公示项目基本信息", "—", "1＝是，0＝否", 1],
    ["F03", "专栏公示项目建设进度", "—", "1＝是，0＝否", 1],
    ["F04", "专栏设立征求意见或监督举报窗口", "—", "1＝是，0＝否", 1],
    ["F05", "能统计电商扶贫情况", "—", "1＝是，0＝否", 1],
    ["G01", "下达省级专项资金总额", "万元", "如：500", "500万元"],
    ["G02", "累计拨付资金", "元", "截至考评截止日，精确到元", "3,678,450"],
    ["G03", "已制定资金管理制度", "—", "1＝是，0＝否", 1],
    ["G04", "已建立资金专用台账", "—", "1＝是，0＝否", 1],
    ["G05", "项目总体进度", "—", "填小数，如：0.85", 0.8],
    ["H01", "发生安全生产、质量事故或重大经济损失", "—", "1＝发生，0＝未发生", 0],
    ["H02", "弄虚作假", "—", "1＝有，0＝无", 0],
    ["S01", "主观评分：方案制定", "分", "1—2分", 2],
    ["S02", "主观评分：政策支持", "分", "1—2分", 2],
    ["S03", "主观评分：项目管理制度", "分", "1—2分", 2],
    ["S04", "主观评分：工作台账", "分", "1—2分", 2],
    ["S05", "主观评分：网销调研及建议", "分", "1—2分", 1],
    ["S06", "主观评分：网络促销活动", "分", "1—2分", 2],
    ["S07", "主观评分：交易标准、冷链及溯源", "分", "1—2分", 1],
    ["S08", "主观评分：资金管理制度", "分", "1—5分", 4],
    ["S09", "主观评分：资金台账", "分", "1—5分", 5],
    ["S10", "主观评分：资金及时拨付", "分", "1—5分；支出率低于70%的不填", 4],
  ];
  const IND = ["组织领导", "方案制定", "政策支持", "项目管理", "服务体系建设（县级中心与产业园）", "服务体系建设（村级站点覆盖）", "农村产品上行", "电商人才培训",
    "信息公开", "数据上报", "案例总结", "经验推广", "制度建立", "资金台账", "资金支出"];
  const CLV = [2, 2, 2, 4, 12, 10, 6, 18, 4, 6, 2, 8, 4, 5, 4];
  IND.forEach((n, j) => C.push([`P${String(j + 1).padStart(2, "0")}`, `自评得分：${n}`, "分", `满分${SCORED[j][1]}分`, CLV[j]]));
  C.push(["P16", "自评得分：加分项（贫困人口培训率≥70%）", "分", "满分2分", 0]);
  C.push(["P17", "自评得分：加分项（电商扶贫典型案例电视播报）", "分", "满分2分", 0]);
  C.push(["P99", "自评总分", "分", "P01至P17之和", "89"]);
  assert(sum(CLV) === 89, "f1 claimed 89");
  const W = 6;
  const rows = [["阳江市电子商务进农村综合示范县考评基础数据采集卡"], ["填报单位：阳江市阳东区商务局（盖章）　　联系人：冯××　　电话：0662-66×××××"],
    ["一、采集项目代码表（市商务局统一编码，各县（市、区）不得改动代码）"], ["代码", "采集项目", null, "计量单位", "填写要求", null]];
  const merges = ["A1:F1", "A2:F2", "A3:F3", "B4:C4", "E4:F4"];
  for (const c of C) {
    rows.push([c[0], c[1], null, c[2], c[3], null]);
    merges.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  }
  rows.push(padRow([], W));
  rows.push(["二、采集卡（按代码逐格填写，一格一个值；单位以代码表为准，不要另写单位）"]);
  merges.push(`A${rows.length}:F${rows.length}`);
  for (let k = 0; k < C.length; k += W) {
    const band = C.slice(k, k + W);
    rows.push(padRow(band.map((c) => c[0]), W));
    rows.push(padRow(band.map((c) => c[4]), W));
    rows.push(padRow([], W));
  }
  rows.push(["填报说明：1．是否类代码填1或0；2．日期填8位数字；3．空格表示未填报。"]);
  merges.push(`A${rows.length}:F${rows.length}`);
  rows.push(["审核人：区商务局副局长 陈××　　填报日期：2021年9月3日"]);
  merges.push(`A${rows.length}:F${rows.length}`);
  assert(pct1(231785 - 186420, 186420) === "24.3%" && pct1(12415 - 9860, 9860) === "25.9%", "f1 growth under 30%");
  assert(pct1(1466, 3218) === "45.6%" && pct1(3678450, 5000000) === "73.6%", "f1 rates");
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = CLV[j]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 0;
  return {
    description:
      "阳江阳东区商务局填的阳江市《电子商务进农村综合示范县考评基础数据采集卡》：上半是市局统一的代码表（代码｜采集项目（B:C合并）｜计量单位｜填写要求（E:F合并）），“填写要求”里的“如：42.60”“如：20201201”“如：500”是示例，不是数据；下半是采集卡——每六个代码一条带，上一行是代码（A01…H02、S01…S10主观评分、P01…P17逐项自评分、P99总分），下一行是填报值，带间空一行，值不带标签也不带单位，要回到代码表按代码找项目和单位（常住人口“46.52”万人，零售额D01—D04万元，G01写成“500万元”，G02“3,678,450”元，G05小数0.8），是否类填1/0（H01、H02是1＝发生／有），日期是8位数（A02数值、C01文本），C06一格空着（未填报）。",
    sheets: [{ name: "采集卡", rows, merges }],
    expect: {
      facts: {
        county: "阳东区", asOf: "2021-08-31", residentPopulation: 465200, adminVillagesStated: 171, poorVillagesStated: 15,
        planIssued: true, policyIssued: true, centerOpened: "2021-03-05", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1864200000, ruralRetail2020: 2317850000, agriRetail2019: 98600000, agriRetail2020: 124150000,
        trainingPersonTimesStated: 5126, eligiblePoorPersonsStated: 3218, trainedPoorPersonsStated: 1466,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3678450, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.8,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 5, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f2 — 汕头澄海区: a cover and eight sheets, one per 股室, each in its own mini-layout
// =====================================================================================================
function buildF2() {
  const sheets = [];
  sheets.push({ name: "封面", rows: [["汕头市澄海区电子商务进农村综合示范考评基础数据"], ["（分表填报：各股室各填一张，电商股汇总）"], [null],
    ["填报单位：汕头市澄海区商务局"], ["数据截至：2021年8月31日"], [null], ["目　录"], ["1-基本情况（办公室）"], ["2-组织领导（综合股）"], ["3-服务体系（电商股）"],
    ["4-农村产品上行（电商股）"], ["5-培训（电商股、区人社局）"], ["6-公开报送（办公室）"], ["7-资金（财务股）"], ["8-否决及自评（局务会）"]], merges: [] });
  // 1 label | value (units in the labels)
  sheets.push({ name: "1-基本情况", rows: [["一、基本情况", null], ["项目", "填报"], ["常住人口（万人）", "87.59"], ["村（居）委会总数（个）", 186],
    ["其中：行政村（个）", 95], ["　　　社区居委会（个）", 91], ["省定贫困村（个）", "无"], [null, null], ["填表：办公室 蔡××", null]], merges: ["A1:B1"] });
  assert(95 + 91 === 186, "f2 village counts");
  // 2 value in the row below its label
  const r2 = [["二、组织领导（值写在项目下一行）"], ["领导小组组长"], ["区委副书记、区长"], ["常务副组长"], ["分管副区长"], ["成员单位"],
    ["区商务局、区财政局、区农业农村局、区乡村振兴局、区人力资源社会保障局、区市场监督管理局、区交通运输局、澄海邮政分公司"],
    ["示范创建工作方案"], ["已由区政府办公室正式印发（澄府办〔2020〕17号，2020年5月26日）"], ["农村电商扶持政策"], ["已出台《澄海区促进农村电子商务发展若干措施》（澄商务〔2020〕43号）"],
    [null], ["填表：综合股 杨××"]];
  sheets.push({ name: "2-组织领导", rows: r2, merges: [] });
  // 3 ✓ checklist
  const CH = [["县级电子商务公共服务中心已建成并投入运营", "✓", null, "2020年10月16日正式投入运营"], ["有免费培训场所、培训设备，能组织电商基础培训", "✓", null, "培训室80座"],
    ["为特色农产品提供免费展示、销售服务", "✓", null, "狮头鹅、玩具礼品展示区"], ["为电子商务市场主体提供免费摄影、美工服务", null, "✓", "摄影棚按成本收费"],
    ["组织农产品统一推广、指导特色农产品品牌建设", "✓", null, "“澄海好物”区域品牌"], ["为电子商务发展提供其他衍生增值服务", null, null, "（待核实）"],
    ["建设或整合、优化当地电商产业园", "✓", null, "整合莲下镇电商园"], ["有专业第三方电子商务运营或服务商", "✓", null, "公开招标确定"]];
  const r3 = [["三、服务体系（在“是”或“否”栏打✓）"], ["序号", "事项", "是", "否", "说明"]];
  CH.forEach((c, j) => r3.push([j + 1, c[0], c[1], c[2], c[3]]));
  r3.push([null, null, null, null, null], ["填表：电商股 林××", null, null, null, null]);
  sheets.push({ name: "3-服务体系", rows: r3, merges: ["A1:E1"] });
  // 4 year grid in 亿元
  const R19 = 42.18, R20 = 53.66, A19 = 3.05, A20 = 4.12;
  assert(pct1(R20 - R19, R19) === "27.2%" && pct1(A20 - A19, A19) === "35.1%", "f2 growth");
  sheets.push({ name: "4-农村产品上行", rows: [["四、农村产品上行", null, null, null], ["单位：亿元", null, null, null], ["指标", "2019年", "2020年", "同比增长"],
    ["农村网络零售额", R19, R20, "27.2%"], ["农产品网络零售额", A19, A20, "35.1%"], [null, null, null, null], ["行政村物流快递覆盖率：100%（区邮政管理局证明）", null, null, null],
    ["数据来源：省商务厅电子商务监测数据", null, null, null]], merges: ["A1:D1", "A7:D7", "A8:D8"] });
  // 5 “标签：值” cells, two per row
  sheets.push({ name: "5-培训", rows: [["五、电商培训（截至2021年8月31日）", null], ["培训人次：5,384人次", "其中增值培训：1,126人次"],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）：412人", "已参加电商培训：233人（56.6%）"], ["贫困人口口径：区乡村振兴局2021年7月确认", "参训人数按身份证号去重"]], merges: ["A1:B1"] });
  assert(pct1(233, 412) === "56.6%", "f2 poor rate");
  // 6 Y/N
  sheets.push({ name: "6-公开报送", rows: [["六、信息公开及数据报送（Y＝是，N＝否）", null, null], ["项目", "Y/N", "说明"], ["专栏公示创建方案", "Y", null],
    ["专栏公示项目基本信息", "Y", null], ["专栏公示项目建设进度", "Y", "每月更新"], ["专栏设立征求意见或监督举报窗口", "N", "网站改版后未恢复"],
    ["能统计电商扶贫情况", "Y", "月报附扶贫统计表"]], merges: ["A1:C1"] });
  // 7 money with 元 and 万元 columns
  sheets.push({ name: "7-资金", rows: [["七、资金（金额填在对应单位栏，只填一栏）", null, null, null], ["项目", "金额（元）", "金额（万元）", "备注"],
    ["下达省级专项资金", null, 500, "粤财工〔2019〕"], ["累计拨付资金", "3,486,200.00", null, "截至8月31日国库支付数"], [null, null, null, null],
    ["项目总体进度：76%", null, null, null], ["资金管理制度：已制定", "资金专用台账：已建立", null, null], ["填表：财务股 郑××", null, null, null]], merges: ["A1:D1", "A6:D6"] });
  assert(!ratioGE(3486200, 5000000, 70), "f2 spending under 70%");
  // 8 vetoes, judged and claimed
  const r8 = [["八、否决事项及自评（2021年9月6日局务会审定）", null, null, null], ["（一）一票否决事项", null, null, null],
    ["发生安全生产、质量事故或重大经济损失", "无", null, null], ["弄虚作假", "无", null, null], [null, null, null, null],
    ["（二）主观评分项", null, null, null], ["评分项", "分值范围", "自评分", null]];
  const SJ = [["方案制定", "1-2", 2], ["政策支持", "1-2", 2], ["项目管理制度", "1-2", 2], ["工作台账", "1-2", 1], ["网销调研", "1-2", 2], ["网络促销活动", "1-2", 1],
    ["交易标准及冷链溯源", "1-2", 1], ["资金管理制度", "1-5", 4], ["资金台账", "1-5", 4], ["资金及时拨付", "1-5", "—（支出率未达70%，不评）"]];
  SJ.forEach((x) => r8.push([x[0], x[1], x[2], null]));
  r8.push([null, null, null, null], ["（三）逐项自评得分", null, null, null], ["评价指标", "分值", "自评分", "说明"]);
  const IND = [["组织领导", 2, 2], ["方案制定", 2, 2], ["政策支持", 2, 2], ["项目管理", 4, 3], ["服务体系建设（中心及产业园）", 15, 13], ["服务体系建设（村级站点）", 10, 10],
    ["农村产品上行", 10, 8], ["电商人才培训", 20, 20], ["信息公开", 4, 2], ["数据上报", 6, 6], ["案例总结", 2, 2], ["经验推广", 8, 5], ["制度建立", 5, 4],
    ["资金台账", 5, 4], ["资金支出", 5, -5], ["加分项", 4, 0]];
  IND.forEach((x) => r8.push([x[0], x[1], x[2], x[2] < 0 ? "支出率69.7%，倒扣" : null]));
  const tot = sum(IND.map((x) => x[2]));
  r8.push(["合计", 100, tot, null]);
  assert(tot === 78 && pct1(3486200, 5000000) === "69.7%", "f2 claimed 78");
  sheets.push({ name: "8-否决及自评", rows: r8, merges: ["A1:D1", "A2:D2", "A6:D6", `A${r8.length - IND.length - 2}:D${r8.length - IND.length - 2}`] });
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = IND[j][2]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 0;
  return {
    description:
      "汕头澄海区商务局的考评基础数据按股室分表填报：封面（填报单位、“数据截至：2021年8月31日”、目录）加八张表，每张是一个股室自己的版式——1基本情况是 项目｜填报（单位在项目名括号里，“87.59”万人，行政村95、社区91分行，省定贫困村“无”）；2组织领导是值写在项目的下一行（组长、常务副组长、成员单位、方案、政策各占两行）；3服务体系是在“是”“否”栏打✓的清单，中心运营日期在说明栏，“其他衍生增值服务”两栏都没打（待核实）；4上行是亿元的年份小表加一句快递覆盖率；5培训是一格一个“标签：值”；6公开报送用Y/N；7资金有“金额（元）”“金额（万元）”两栏、每行只填一栏，进度和制度台账写成“标签：值”；8局务会页是否决事项、主观评分（资金及时拨付“—”不评）和逐项自评（资金支出－5、加分项一行0）。",
    sheets,
    expect: {
      facts: {
        county: "澄海区", asOf: "2021-08-31", residentPopulation: 875900, adminVillagesStated: 95, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-10-16", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 4218000000, ruralRetail2020: 5366000000, ruralRetailGrowthStated: 0.272,
        agriRetail2019: 305000000, agriRetail2020: 412000000, agriRetailGrowthStated: 0.351,
        trainingPersonTimesStated: 5384, eligiblePoorPersonsStated: 412, trainedPoorPersonsStated: 233,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3486200, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.76,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f3 — 梅州平远县: a statistical-handbook page of captioned small tables, footnote superscripts glued to values
// =====================================================================================================
function buildF3() {
  const W = 5;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:${colName(W - 1)}${rows.length}`);
  };
  const blank = () => rows.push(padRow([], W));
  full("平远县电子商务进农村综合示范创建主要数据");
  full("（数据截至2021年8月31日；符号说明：“…”表示数据不详，“√”表示是，“×”表示否）");
  blank();
  full("表1　基本情况");
  rows.push(["指标", "单位", "数值", "备注", null]);
  rows.push(["常住人口", "万人", `22.84${SUP[1]}`, null, null]);
  rows.push(["行政村", "个", `127${SUP[2]}`, null, null]);
  rows.push(["省定贫困村", "个", 34, "已全部出列", null]);
  full(`注：${SUP[1]}第七次全国人口普查数据。${SUP[2]}不含社区居委会12个。`);
  blank();
  full("表2　组织领导与政策");
  rows.push(["指标", "情况", null, null, null]);
  merges.push(`B${rows.length}:E${rows.length}`);
  for (const [a, b] of [["领导小组组长", `县长${SUP[3]}`], ["领导小组成员单位", "县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监督管理局、平远邮政分公司"],
    ["示范工作方案", "已正式印发（平府办〔2020〕9号）"], ["农村电商扶持政策", "已出台（平商务〔2020〕31号）"]]) {
    rows.push([a, b, null, null, null]);
    merges.push(`B${rows.length}:E${rows.length}`);
  }
  full(`注：${SUP[3]}2021年4月人事调整后由新任县长继任组长。`);
  blank();
  full("表3　公共服务中心与产业园");
  rows.push(["指标", "情况", "备注", null, null]);
  for (const r of [["县级电子商务公共服务中心投入运营时间", "2020年9月", "试运营1个月后正式运营"], ["免费培训场所、培训设备", "√", null], ["免费展示、销售特色农产品", "√", null],
    ["免费摄影、美工服务", "√", null], ["农产品统一推广、品牌建设指导", "√", "“平远好物”"], ["其他衍生增值服务", "×", null], ["电商产业园（建设或整合）", "√", null],
    ["专业第三方电子商务运营服务商", "√", null], ["行政村物流快递覆盖率", "…", "县邮政管理局数据未提供"]]) rows.push([r[0], r[1], r[2], null, null]);
  blank();
  full("表4　农村网络零售");
  rows.push(["指标", "单位", "2019年", "2020年", "2020年增长（%）"]);
  rows.push(["农村网络零售额", "亿元", "6.82", "8.57", "25.7"]);
  rows.push(["农产品网络零售额", "亿元", "…", "1.26", `32.6${SUP[4]}`]);
  full(`注：${SUP[4]}省商务厅电子商务监测口径，2019年基数未单独公布。`);
  blank();
  full("表5　电商培训");
  rows.push(["指标", "单位", "数值", null, null]);
  rows.push(["培训人次（累计）", "人次", "2,307", null, null]);
  rows.push(["有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "2,960", null, null]);
  rows.push(["其中参加电商培训", "人", "1,622", null, null]);
  blank();
  full("表6　信息公开与数据报送");
  rows.push(["指标", "情况", null, null, null]);
  for (const [a, b] of [["专栏公示创建方案", "√"], ["专栏公示项目基本信息", "√"], ["专栏公示项目建设进度", "√"], ["专栏设立征求意见或监督举报窗口", "√"], ["能统计电商扶贫情况", "√"]]) rows.push([a, b, null, null, null]);
  blank();
  full("表7　专项资金");
  rows.push(["指标", "单位", "数值", null, null]);
  rows.push(["下达省级专项资金", "万元", 500, null, null]);
  rows.push(["累计拨付资金", "万元", `412.63${SUP[5]}`, null, null]);
  rows.push(["项目总体进度", "%", "90", null, null]);
  rows.push(["资金管理制度", "—", "已制定", null, null]);
  rows.push(["资金专用台账", "—", "已建立", null, null]);
  full(`注：${SUP[5]}不含2021年9月拨付的尾款。`);
  blank();
  full("表8　一票否决事项");
  rows.push(["事项", "情况", null, null, null]);
  rows.push(["安全生产、质量事故或重大经济损失", "无", null, null, null]);
  rows.push(["弄虚作假", "无", null, null, null]);
  blank();
  full("表9　自评得分");
  rows.push(["评价指标", "分值", "自评得分", null, null]);
  const IND = [["组织领导", 2, 2], ["方案制定", 2, 2], ["政策支持", 2, 1], ["项目管理", 4, 4], ["服务体系建设（中心与产业园）", 15, `13${SUP[6]}`], ["服务体系建设（村级站点）", 10, 10],
    ["农村产品上行", 10, 8], ["电商人才培训", 20, 20], ["信息公开", 4, 4], ["数据上报", 6, 6], ["案例总结", 2, 2], ["经验推广", 8, 5], ["制度建立", 5, 5],
    ["资金台账", 5, 4], ["资金支出", 5, 5], ["加分项：贫困人口培训率≥70%", 2, 0], ["加分项：电商扶贫典型案例电视播报", 2, 1]];
  const CLV = [2, 2, 1, 4, 13, 10, 8, 20, 4, 6, 2, 5, 5, 4, 5, 0, 1];
  IND.forEach((x) => rows.push([x[0], x[1], x[2], null, null]));
  rows.push(["合计", "100＋4", "91＋1", null, null]);
  full(`注：${SUP[6]}产业园入驻企业按签约数21家计。`);
  assert(sum(CLV.slice(0, 15)) === 91, "f3 claimed 91");
  blank();
  full("表10　主观评分项自评");
  rows.push(["评分项", "分值范围", "自评分", null, null]);
  for (const [a, b, c] of [["方案制定", "1-2", 2], ["政策支持", "1-2", 1], ["项目管理制度", "1-2", 2], ["工作台账", "1-2", 2], ["网销调研", "1-2", 2], ["网络促销活动", "1-2", 2],
    ["交易标准及冷链溯源", "1-2", 1], ["资金管理制度", "1-5", 5], ["资金台账", "1-5", 4], ["资金及时拨付", "1-5", 5]]) rows.push([a, b, c, null, null]);
  blank();
  full("资料来源：县统计局、县商务局、县乡村振兴局、县财政局。编制：平远县商务局　2021年9月");
  assert(pct1(857 - 682, 682) === "25.7%" && pct1(1622, 2960) === "54.8%" && ratioGE(2307, 228400, 1), "f3 rates");
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = CLV[j]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 1;
  return {
    description:
      "梅州平远县商务局仿统计手册排的《电子商务进农村综合示范创建主要数据》：一张表上竖排十个带表号标题的小表（表1基本情况…表10主观评分项自评），每个小表自己的表头（指标｜单位｜数值，或 指标｜情况，或 指标｜单位｜2019年｜2020年｜2020年增长（%）），表下“注：”行解释上标；上标数字直接贴在值后面（“22.84¹”万人、“127²”个、“县长³”、“32.6⁴”、“412.63⁵”万元、自评“13⁶”），读值时要去掉上标，不能当成末位数字；“…”是数据不详（快递覆盖率、2019年农产品网络零售额没有），√/×是是/否，中心运营时间只写到月（“2020年9月”），增长率列是百分数的数字。",
    sheets: [{ name: "主要数据", rows, merges }],
    expect: {
      facts: {
        county: "平远县", asOf: "2021-08-31", residentPopulation: 228400, adminVillagesStated: 127, poorVillagesStated: 34,
        planIssued: true, policyIssued: true, centerOpened: "2020-09", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true,
        ruralRetail2019: 682000000, ruralRetail2020: 857000000, ruralRetailGrowthStated: 0.257, agriRetail2020: 126000000, agriRetailGrowthStated: 0.326,
        trainingPersonTimesStated: 2307, eligiblePoorPersonsStated: 2960, trainedPoorPersonsStated: 1622,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4126300, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 5,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// l1 — 清远连州市: the training centre's entry template V2 (IDs split into a 区划代码 drop-down and the last 12 digits)
// =====================================================================================================
function buildL1() {
  const REG = "441882";
  const REGS = { "441882": "连州市", "441881": "英德市", "441823": "阳山县", "441826": "连南瑶族自治县", "441825": "连山壮族瑶族自治县", "431024": "嘉禾县" };
  const dd = (r) => `${r}（${REGS[r]}）`;
  const TOWNS = ["连州镇", "保安镇", "星子镇", "西江镇", "九陂镇", "西岸镇", "东陂镇"];
  const vName = nameMaker("大小新上下东西南北石龙黄沙", ["塘", "坪", "江", "岭", "田", "岗", "洞", "陂", "湾", "冲"], "村", TOWNS.map((t) => t.slice(0, 2)));
  const vill = TOWNS.map((t) => ({ t, vs: Array.from({ length: 3 }, () => vName()) }));
  const anyVill = () => {
    const x = vill[rint(0, vill.length - 1)];
    return [x.t, x.vs[rint(0, 2)]];
  };
  // ---------------- 脱贫人口 first (trainees overlap with it)
  const STATUS = [["有劳动能力·县内务工", true, false], ["有劳动能力·外出务工（省内县外）", true, true], ["有劳动能力·外出务工（省外）", true, true],
    ["有劳动能力·未就业", true, false], ["弱劳动能力·县内务工", true, false], ["弱劳动能力·未就业", true, false], ["无劳动能力", false, null], ["丧失劳动能力", false, null]];
  const pRows = [["连州市脱贫人口劳动力状况登记（录入模板V2）"], ["数据来源：市乡村振兴局防返贫监测信息系统（2021年7月）；“劳动力状况”从下拉选择"],
    ["序号", "户编号", "姓名", "与户主关系", "身份证号", null, "劳动力状况", "所在镇", "所在村"],
    [null, null, null, null, "区划代码（前6位）", "后12位", null, null, null]];
  const pMerges = ["A1:I1", "A2:I2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:G4", "H3:H4", "I3:I4"];
  const pRecs = [];
  const persons = [];
  const stPlan = shuffle([0, 0, 0, 0, 1, 1, 2, 3, 3, 3, 4, 5, 6, 7, 0, 1, 3, 4, 0, 2, 6, 3, 0, 7]);
  let ci = 0;
  let hhNo = 0;
  let xDone = false;
  let plainDone = 0;
  while (ci < stPlan.length) {
    const size = Math.min(stPlan.length - ci, rint(2, 4));
    const codes = stPlan.slice(ci, ci + size);
    ci += size;
    const [town, v] = anyVill();
    const hh = `441882${String(120400 + hhNo * 37).padStart(8, "0")}`;
    hhNo++;
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    const r0 = pRows.length + 1;
    let headY = 0;
    codes.forEach((c, j) => {
      const st = STATUS[c];
      const birth = st[1] ? birthBetween(1962, 2000) : birthBetween(1936, 1958);
      const by = Number(birth.slice(0, 4));
      if (j === 0) headY = by;
      const wantX = !xDone && st[1] && !st[2] ? true : undefined;
      const id = makeId(REG, birth, rnd() < 0.5, wantX);
      let back = /X$/.test(id) ? id.slice(6) : Number(id.slice(6));
      if (wantX) {
        back = id.slice(6, 17) + "x";
        xDone = true;
      }
      const pre = plainDone < 2 && j === 1 ? REG : dd(REG);
      if (pre === REG) plainDone++;
      const male = Number(id[16]) % 2 === 1;
      let rel;
      if (j === 0) rel = "户主";
      else if (Math.abs(by - headY) <= 12) rel = j === 1 ? "配偶" : male ? "之弟" : "之妹";
      else if (by < headY) rel = male ? "之父" : "之母";
      else rel = male ? "之子" : "之女";
      const nm = rel === "配偶" || rel === "之母" ? personName() : personName(sn);
      pRows.push([pRows.length - 3, j === 0 ? hh : null, nm, rel, pre, back, st[0], town, v]);
      pRecs.push({ id, labour: st[1], migrant: st[2] });
      persons.push({ id, nm, town, v, eligible: st[1] && st[2] === false });
    });
    mergeCol(pMerges, "B", r0, pRows.length);
  }
  assert(xDone && plainDone === 2 && pRecs.length === 24, "l1 24 poor persons");

  // ---------------- 学员签到
  const SES = [{ no: 1, cell: D("2020-10-22"), end: "2020-10-22", n: 16 }, { no: 2, cell: "2020.11.18", end: "2020-11-18", n: 14 },
    { no: 3, cell: "2021年3月9日—10日", end: "2021-03-10", n: 15 }, { no: 4, cell: "20210615", end: "2021-06-15", n: 13 },
    { no: 5, cell: "2021.8.30-9.1", end: "2021-09-01", n: 11 }];
  const tRows = [["连州市农村电商培训学员签到登记"], ["填报单位：连州市电子商务公共服务中心　　模板版本：V2（身份证号分两栏：区划代码从下拉选择，后12位手工录入）"],
    ["序号", "期次", "培训日期", "姓名", "身份证号", null, "联系电话", "镇（街）", "村（居）", "脱贫户"],
    [null, null, null, null, "区划代码（前6位）", "后12位", null, null, null, null]];
  const tMerges = ["A1:J1", "A2:J2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:G4", "H3:H4", "I3:I4", "J3:J4"];
  const tRecs = [];
  const poorPool = shuffle(persons);
  let pp = 0;
  let sq = 0;
  const special = { masked: [2, 5], blank: [3, 7], space: [4, 2], lowx: [1, 10], other: [2, 9], yingde: [5, 3], plain: [1, 3] };
  const isSp = (k, s, i) => special[k][0] === s && special[k][1] === i;
  for (const s of SES) {
    const r0 = tRows.length + 1;
    for (let i = 0; i < s.n; i++) {
      let town;
      let v;
      let id;
      let poorMark = "否";
      let nm = null;
      if (i % 4 === 0 && pp < poorPool.length) {
        const p = poorPool[pp++];
        id = p.id;
        nm = p.nm;
        town = p.town;
        v = p.v;
        poorMark = "是";
      } else {
        [town, v] = anyVill();
        const reg = isSp("other", s.no, i) ? "431024" : isSp("yingde", s.no, i) ? "441881" : REG;
        id = makeId(reg, birthBetween(1968, 2002), rnd() < 0.5, isSp("lowx", s.no, i) ? true : undefined);
      }
      let pre = dd(id.slice(0, 6));
      let back = /X$/.test(id) ? id.slice(6) : Number(id.slice(6));
      let recId = id;
      if (isSp("plain", s.no, i)) pre = id.slice(0, 6);
      if (isSp("lowx", s.no, i)) back = id.slice(6, 17) + "x";
      if (isSp("space", s.no, i)) back = `${id.slice(6, 14)} ${id.slice(14)}`;
      if (isSp("masked", s.no, i)) {
        back = "********" + id.slice(14);
        recId = id.slice(0, 6) + back;
      }
      if (isSp("blank", s.no, i)) {
        pre = null;
        back = null;
        recId = null;
      }
      sq++;
      tRows.push([sq, i === 0 ? `第${s.no}期` : null, i === 0 ? s.cell : null, nm || personName(), pre, back, mask(phone()), town, v, poorMark]);
      tRecs.push({ date: s.end, personTimes: 1, id: recId });
    }
    mergeCol(tMerges, "B", r0, tRows.length);
    mergeCol(tMerges, "C", r0, tRows.length);
  }
  tRows.push(["合计", null, null, `${sq}人次`, null, null, null, null, null, null]);
  tMerges.push(`A${tRows.length}:C${tRows.length}`);
  tRows.push(["注：第5期8月30日开班、9月1日结业；身份证号后12位带X的按文本录入。"]);
  tMerges.push(`A${tRows.length}:J${tRows.length}`);
  assert(tRecs.length === 69 && tRecs.filter((r) => r.id === null).length === 1 && tRecs.some((r) => r.id && r.id.includes("*")), "l1 69 sign-ins");
  assert(tRecs.some((r) => r.id && r.id.startsWith("431024")) && tRecs.some((r) => r.id && r.id.startsWith("441881")), "l1 outside IDs");
  checkTrainingIds(tRecs, "l1");

  // ---------------- 月报报送 (年 | 月 | 日 split)
  const rRows = [["连州市电商进农村工作月报报送登记（录入模板V2）"], ["序号", "报送月份", "报送日期", null, null, "报送方式", "含扶贫统计"], [null, null, "年", "月", "日", null, null]];
  const rMerges = ["A1:G1", "A2:A3", "B2:B3", "C2:E2", "F2:F3", "G2:G3"];
  const rRecs = [];
  monthsBetween("2020-08", "2021-08").forEach((m, j) => {
    const next = monthsBetween(m, "2021-12")[1];
    const d = rint(3, 9);
    const dayBlank = m === "2021-01";
    const pov = m < "2020-10" ? "×" : m === "2021-04" ? null : "√";
    const [y, mo] = next.split("-").map(Number);
    rRows.push([j + 1, `${m.slice(0, 4)}年${m.slice(5)}月`, y, mo, dayBlank ? null : d, j % 2 ? "粤政易" : "清远市商务局邮箱", pov]);
    rRecs.push({ date: dayBlank ? next : `${next}-${String(d).padStart(2, "0")}`, poverty: pov === "√" ? true : pov === "×" ? false : null });
  });
  rRows.push(["注：报送日期按年、月、日分栏填写；1月份月报于2021年2月报送，具体日期不详（粤政易记录已清理）。"]);
  rMerges.push(`A${rRows.length}:G${rRows.length}`);
  assert(rRecs.length === 13 && rRecs.some((r) => r.date === "2021-02"), "l1 13 reports");

  // ---------------- 数据字典 (hidden) and 填报说明
  const LAB = STATUS.map((s) => s[0]);
  const codes = Object.keys(REGS).map(dd);
  const dict = [["区划代码（下拉）", "劳动力状况（下拉）", "是否（下拉）"]];
  for (let k = 0; k < Math.max(codes.length, LAB.length); k++) dict.push([codes[k] || null, LAB[k] || null, k === 0 ? "是" : k === 1 ? "否" : null]);
  const notes = [["连州市电商台账录入模板（V2）填报说明"], ["1．身份证号分两栏：“区划代码（前6位）”从下拉选择，“后12位”手工录入；外地学员选对应区划，下拉没有的手工录入。"],
    ["2．培训日期每期只在第一行填写（合并单元格）；跨天培训写起止日期。"], ["3．“劳动力状况”按防返贫监测系统口径从下拉选择，“外出务工”指县外务工。"],
    ["4．报送日期按年、月、日分三栏填写。"], ["5．“数据字典”表为下拉选项来源，已隐藏，请勿修改。"], ["连州市电子商务公共服务中心　2021年9月"]];
  return {
    description:
      "清远连州市电商公共服务中心用自己的“录入模板V2”做的台账（填报说明、三张台账、一张隐藏的数据字典）：身份证号拆成两栏——“区划代码（前6位）”是下拉值“441882（连州市）”（也有手打的“441882”、外地的“431024（嘉禾县）”“441881（英德市）”），“后12位”多是数值，带X的是文本（有一个小写x），一格中间有空格，一格“********2316”是脱敏的，一行两栏都空；学员签到两行表头（“身份证号”合并在两栏之上），期次和培训日期每期只在首行、纵向合并（日期格、“2020.11.18”、“2021年3月9日—10日”、“20210615”、“2021.8.30-9.1”按结束日），末尾合计行和注不是记录；脱贫人口户编号按户合并，劳动力和务工合在一个“劳动力状况”下拉值里（“有劳动能力·外出务工（省内县外）”“弱劳动能力·未就业”“丧失劳动能力”等）；月报登记的报送日期分成 年｜月｜日 三格（一行日空着，只知道月份），含扶贫统计√/×/空。",
    sheets: [
      { name: "填报说明", rows: notes, merges: [] },
      { name: "学员签到", rows: tRows, merges: tMerges },
      { name: "脱贫人口", rows: pRows, merges: pMerges },
      { name: "月报报送", rows: rRows, merges: rMerges },
      { name: "数据字典", rows: dict, merges: [], hidden: true },
    ],
    expect: {
      sheets: {
        "填报说明": { kind: null },
        "学员签到": { kind: "training", records: tRecs },
        "脱贫人口": { kind: "poorPersons", records: pRecs },
        "月报报送": { kind: "reports", records: rRecs },
        "数据字典": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 梅州梅县区: chart data, village list (省定/市定), stations by address, agreement register, cheque stubs, materials
// =====================================================================================================
function buildL2() {
  const REGION = "441403";
  const TOWNS = [["松口镇", 7], ["白渡镇", 6], ["丙村镇", 7], ["雁洋镇", 6]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("大小新上下石桥溪梅银铜长", ["黄", "坑", "塘", "坪", "岗", "田", "湖", "背", "寨", "洋", "坝", "岭"], "村", prefixes);
  const COMM = { 松口镇: "松江社区", 白渡镇: "白渡社区", 丙村镇: "丙兴社区", 雁洋镇: "雁阳社区" };
  const towns = TOWNS.map(([t, n]) => ({ t, vs: Array.from({ length: n }, () => vName()), c: COMM[t] }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.map((x) => x.c);
  noStemClash(admin, comms, "l2");
  assert(admin.length === 26, "l2 26 villages");
  const short = (v) => v.replace(/村$|社区$/, "");
  const shA = shuffle(admin);
  const prov = new Set(shA.slice(0, 6));
  const city = new Set(shA.slice(6, 10));
  const noExp = new Set(shA.slice(10, 12));
  // ---------------- 村居名单
  const vRows = [["梅县区村（居）委会名单"], ["（区民政局2021年6月提供，商务局加“贫困村类别”“快递进村方式”两列；只有“省定相对贫困村”是省定贫困村）"],
    ["序号", "镇", "村（居）名称", "类别", "贫困村类别", "快递进村方式", "备注"]];
  const vMerges = ["A1:G1", "A2:G2"];
  const vRecs = [];
  let sq = 0;
  const MODES = ["快递驿站", "邮政代投", "村级站点代收"];
  for (const x of towns) {
    const r0 = vRows.length + 1;
    for (const v of x.vs) {
      sq++;
      const nm = sq % 3 === 0 ? `${v}委会` : sq % 7 === 2 ? `${short(v)}村民委员会` : v;
      const pc = prov.has(v) ? "省定相对贫困村" : city.has(v) ? "市定相对贫困村" : "非贫困村";
      const mode = noExp.has(v) ? "未通" : MODES[sq % 3];
      vRows.push([sq, x.t, nm, "村委会", pc, mode, noExp.has(v) ? "山区，快递到镇自取" : null]);
      vRecs.push({ name: v, admin: true, poor: prov.has(v), express: !noExp.has(v) });
    }
    sq++;
    vRows.push([sq, x.t, sq % 2 ? `${x.c}居委会` : x.c, "居委会", "—", "快递驿站", null]);
    vRecs.push({ name: x.c, admin: false, poor: null, express: true });
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push(["合计", null, `村委会${admin.length}个、居委会${comms.length}个；省定相对贫困村${prov.size}个、市定相对贫困村${city.size}个`, null, null, null, null]);
  vMerges.push(`A${vRows.length}:B${vRows.length}`, `C${vRows.length}:G${vRows.length}`);

  // ---------------- 站点台账 (the village only in the address)
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat([x.c])) townOf[v] = x.t;
  const cov = shA.slice(0, 16);
  const ST = cov.map((v) => ({ v, op: randIsoBetween("2020-07-01", "2021-08-25") }));
  ST.push({ v: cov[4], op: randIsoBetween("2021-02-01", "2021-08-20"), second: true });
  ST.push({ v: comms[0], op: randIsoBetween("2020-10-01", "2021-05-31") });
  ST.push({ v: shA[17], op: null, st: "筹建" });
  ST.push({ v: shA[18], op: "2021-09-03", cell: "2021.9.3" });
  ST[6].op = "2020-11";
  ST[6].cell = "2020年11月";
  ST.sort((a, b) => cmp(townOf[a.v], townOf[b.v]));
  const PLACES = ["石盘坑", "新屋", "老街", "圩镇", "下屋", "桥头", "上围"];
  const sRows = [["梅县区村级电子商务服务站点台账"], ["（站点按镇编号；所在村以地址为准）"], ["序号", "站点编号", "站点名称", "所在地址", "站长", "联系电话", "挂牌时间", "运营状态"]];
  const sRecs = [];
  const cntTown = {};
  ST.forEach((s, j) => {
    const t = townOf[s.v];
    cntTown[t] = (cntTown[t] || 0) + 1;
    const code = `MX-${{ 松口镇: "SK", 白渡镇: "BD", 丙村镇: "BC", 雁洋镇: "YY" }[t]}-${pad3(cntTown[t])}`;
    const place = PLACES[j % PLACES.length];
    let addr;
    if (s.v.endsWith("社区")) addr = `梅州市梅县区${t}${s.v}居委会${place}${rint(1, 80)}号`;
    else if (j % 3 === 0) addr = `梅州市梅县区${t}${short(s.v)}村委会${place}${rint(1, 80)}号`;
    else if (j % 3 === 1) addr = `梅县区${t}${s.v}${place}`;
    else addr = `${t}${short(s.v)}村民委员会办公楼一楼`;
    const dcell = s.cell || (s.op ? dateCell(s.op, j) : "—");
    sRows.push([j + 1, code, `${t}第${cntTown[t]}服务站`, addr, personName(), mask(phone()), dcell, s.st || "运营"]);
    const rec = { village: s.v };
    if (s.op) rec.opened = s.op;
    sRecs.push(rec);
  });
  sRows.push(["注：挂牌时间“—”为未挂牌（筹建中）。", null, null, null, null, null, null, null]);
  const sMerges = ["A1:H1", "A2:H2", `A${sRows.length}:H${sRows.length}`];
  assert(sRecs.length === 20 && sRecs.filter((r) => !r.opened).length === 1 && sRecs.some((r) => r.opened === "2020-11"), "l2 20 stations");

  // ---------------- 入驻协议登记
  const FIRMS = [["梅州市梅县区客都优选电子商务有限公司", "电商平台"], ["梅州市梅县区金柚网络科技有限公司", "电商平台"], ["梅州市梅县区雁南飞茶叶网店", "网络零售"],
    ["梅州市梅县区松口客家美食电子商务有限公司", "网络零售"], ["梅州市梅县区丙村腐竹电商商行", "网络零售"], ["梅州市梅县区白渡牛肉丸网店", "网络零售"],
    ["梅州客商电商运营服务有限公司", "代运营服务"], ["梅州市梅县区云帆代运营工作室", "代运营服务"], ["梅州市梅县区速达快递有限公司", "快递物流"],
    ["梅州市梅县区柚乡冷链仓储有限公司", "快递物流"], ["梅州市梅县区客家直播传媒有限公司", "直播电商"], ["梅州市梅县区山货铺电子商务有限公司", "网络零售"],
    ["梅州市梅县区梅花香茶业电商商行", "网络零售"], ["梅州市梅县区乡韵直播电商有限公司", "直播电商"]];
  const eRows = [["梅县区电商产业园入驻协议登记"], ["说明：协议到期未续签的，协议终止日即退出园区；提前解约的以解约日期为准。"],
    ["协议编号", "企业名称", "统一社会信用代码", "企业类别", "协议起始日", "协议终止日", "是否续签", "提前解约日期", "备注"]];
  const eRecs = [];
  FIRMS.forEach(([n, t], j) => {
    let start = randIsoBetween("2020-06-01", "2021-07-31");
    let end = isoAdd(start, 365 * 2 - 1);
    let renew = "—";
    let early = null;
    let left = null;
    let note = null;
    if (j === 3) {
      start = "2020-06-01";
      end = "2021-05-31";
      renew = "否";
      left = end;
      note = "到期退园";
    } else if (j === 5) {
      start = "2020-06-15";
      end = "2021-06-14";
      renew = "是（续至2023年6月14日）";
    } else if (j === 8) {
      start = "2020-08-10";
      end = "2022-08-09";
      early = "2021-03-20";
      left = early;
      note = "经营困难，提前解约";
    } else if (j === 11) {
      start = "2021-09-01";
      end = "2023-08-31";
      note = "9月新签";
    } else if (j === 13) {
      start = "2020-12-01";
      end = "2022-11-30";
      early = "2021-09-15";
      left = early;
      note = "迁往梅江区";
    }
    eRows.push([`MXDS-${start.slice(0, 4)}-${pad3(j + 1)}`, n, creditCode(REGION), t, dateCell(start, j), dateCell(end, j + 2), renew, early ? dotDate(early) : null, note]);
    eRecs.push({ name: n, type: t, entered: start, left });
  });
  const eMerges = ["A1:I1", "A2:I2"];
  assert(eRecs.filter((r) => r.left).length === 3 && eRecs.some((r) => r.entered === "2021-09-01"), "l2 firms");

  // ---------------- 支票存根登记 (大写 dates)
  const CHQ = [["2020-09-15", "梅州客商电商运营服务有限公司", "区电商公共服务中心建设首期款", 450000], ["2020-10-20", "中国邮政集团有限公司梅州市梅县区分公司", "村级站点建设首期款", 360000],
    ["2020-12-10", "梅州市梅县区职业技术学校", "第一期培训服务费", 120000], ["2021-01-09", null, null, null], ["2021-01-11", "梅州市梅县区速达快递有限公司", "镇村物流体系建设首期款", 270000],
    ["2021-03-15", "梅州客商电商运营服务有限公司", "区电商公共服务中心建设进度款", 525000], ["2021-05-20", "中国邮政集团有限公司梅州市梅县区分公司", "村级站点建设进度款", 480000],
    ["2021-06-30", "梅州市梅县区职业技术学校", "第二期培训服务费", 180000], ["2021-08-31", "梅州市梅县区柚乡冷链仓储有限公司", "冷链及溯源体系建设首期款", 150000],
    ["2021-09-06", "梅州市梅县区速达快递有限公司", "镇村物流体系建设进度款", 270000]];
  const fRows = [["梅县区电子商务进农村综合示范专项资金　转账支票存根登记"], ["开户行：梅县区农商银行程江支行　　专户账号：8002××××××××0516"],
    ["序号", "支票号码", "出票日期（大写）", "收款人", "用途", "金额（大写）", "金额（小写）", "领用人", "备注"]];
  const fRecs = [];
  CHQ.forEach(([d, who, what, amt], j) => {
    const no = `3040${String(55210 + j).padStart(8, "0")}`;
    if (who === null) {
      fRows.push([j + 1, no, chequeDate(d), "作废", null, null, null, "李××", "大写金额写错，作废（存根、支票联一并留存）"]);
      return;
    }
    fRows.push([j + 1, no, chequeDate(d), who, what, "人民币" + daxie(amt), "¥" + fmtMoney(amt), ["李××", "钟××"][j % 2], d > "2021-08-31" ? "9月支付" : null]);
    fRecs.push({ date: d, amount: amt });
  });
  const fMerges = ["A1:I1", "A2:I2"];
  assert(fRecs.length === 9, "l2 nine cheques paid");

  // ---------------- 经验材料
  const mRows = [["梅县区电子商务进农村经验材料报送登记"], ["序号", "材料名称", "报送对象", "报送时间", "文号", "备注"],
    [1, "《梅县区“金柚＋电商”助农增收的做法》", "梅州市商务局", "2020年12月", "梅县区商务〔2020〕58号", "具体日期见发文登记"],
    [2, "《梅县区农村电商助力脱贫攻坚典型案例》", "梅州市商务局", D("2021-06-18"), "梅县区商务〔2021〕27号", null],
    [3, "《梅县区电子商务进农村综合示范创建工作总结》", "梅州市商务局、广东省商务厅", "2021.9.2", "梅县区商务〔2021〕49号", null]];
  const mRecs = [{ date: "2020-12" }, { date: "2021-06-18" }, { date: "2021-09-02" }];

  // ---------------- 图表数据 (not a ledger)
  const gRows = [["站点建设进度（图表数据源，勿删）"], ["月份", "当月新增（个）", "累计（个）"]];
  let cum = 0;
  for (const m of monthsBetween("2020-07", "2021-08")) {
    const n = sRecs.filter((r) => r.opened && ym(r.opened.length === 7 ? r.opened + "-01" : r.opened) === m).length;
    cum += n;
    gRows.push([cnMonth(m), n, cum]);
  }
  return {
    description:
      "梅州梅县区商务局的一本台账（六个表）：①《图表数据》是站点建设进度图的数据源（月份｜当月新增｜累计），不是台账；②村居名单按镇纵向合并，“贫困村类别”分省定相对贫困村／市定相对贫困村／非贫困村（只有省定算省定贫困村，居委会“—”），“快递进村方式”写快递驿站／邮政代投／村级站点代收／未通（未通＝没有覆盖），名称有的带“委会”“村民委员会”“居委会”；③站点台账的站点名称只有“松口镇第3服务站”这样的编号，所在村只能从地址里读（“梅州市梅县区丙村镇××村委会石盘坑2号”“梅县区丙村镇××村新屋”“丙村镇××村民委员会办公楼一楼”、一个“××社区居委会”的站），一村两站，挂牌时间有日期格、各种文本、“2020年11月”、“2021.9.3”和“—”（筹建）；④入驻协议登记：协议起始日是入驻，协议到期“否”续签的终止日是退出，“是（续至…）”的不是退出，提前解约日期是退出，一家9月1日才签；⑤专项资金转账支票存根登记，出票日期只有大写（“贰零贰壹年叁月壹拾伍日”“贰零贰零年零壹拾月零贰拾日”），金额大写、小写“¥”两栏，一张作废支票不是支付，一张9月支票照列；⑥经验材料报送时间有“2020年12月”（只到月）、日期格和“2021.9.2”。",
    sheets: [
      { name: "图表数据", rows: gRows, merges: ["A1:C1"] },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "入驻协议登记", rows: eRows, merges: eMerges },
      { name: "支票存根登记", rows: fRows, merges: fMerges },
      { name: "经验材料", rows: mRows, merges: ["A1:F1"] },
    ],
    expect: {
      sheets: {
        "图表数据": { kind: null },
        "村居名单": { kind: "villages", records: vRecs },
        "站点台账": { kind: "stations", records: sRecs },
        "入驻协议登记": { kind: "enterprises", records: eRecs },
        "支票存根登记": { kind: "funds", records: fRecs },
        "经验材料": { kind: "materials", records: mRecs },
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
write("counties", "b186-c1-potou.json", c1);
write("facts", "b186-f1-yangdong.json", f1);
write("facts", "b186-f2-chenghai.json", f2);
write("facts", "b186-f3-pingyuan.json", f3);
write("ledgers", "b186-l1-lianzhou.json", l1);
write("ledgers", "b186-l2-meixian.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
