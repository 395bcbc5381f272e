// Batch 170 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b168.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (170170), no clock. Run: node test/corpus/_b170/gen-b170.js
//
// c1 南沙区 (广州): the facts sheet is two tables side by side on one sheet (left A–E 一、基本情况 label|内容|单位|来源|备注,
//    right G–K 二、指标自评 with the clerk's points and 自评说明 carrying the judged sub-points), of different lengths;
//    the 民政 village list grouped under "▼ 镇（村委会n个、居委会m个）" rows with full 村民委员会 names and a carrier list as
//    the express column; stations with two dates (协议签订时间 vs 挂牌运营时间: only the latter opens a station);
//    training classes with 开班/结业 dates (a class 8.30–9.1 ends after the cut-off), 计划/报名/实到 columns and 小计 rows
//    in the middle; a 相对贫困人口 roster (劳动能力 | 务工情况 | 务工地点) and a poor-trainee list (one row per attendance);
//    park firms where a renamed firm appears twice under one credit code; a 国库集中支付 export with 已退回 / 已作废 rows;
//    the report log and the column-update log as one month-per-row table (day-only dates, two updates in one cell);
//    media reports and experience materials mixed in one list told apart by a 类型 column.
// f1 香洲区 (珠海): a 数据口径说明表 (数据项 | 数值 | 单位 | 统计口径/说明 | 数据时点 | 提供单位) in sections; one value is
//    "见说明" with the number in the 口径 cell, a percent-typed express coverage, 分管副区长 as leader, one judged item pending.
// f2 黄埔区 (广州): the city bureau's summary template with one column per district (白云…增城) plus 全市合计: the city
//    pre-filled 常住人口 / 行政村 for every district, 黄埔区 filled only its own column; the 合计 column echoes the numbers.
// f3 南海区 (佛山): the 新闻发布会答问口径 prepared for a press conference: 记者可能提问 | 答问口径 (prose) | 答问人 |
//    口径数据核对 (“标签：值” lines in one cell), plus an 内部掌握（不对外） block with the judged points.
// l1 江城区 (阳江): villages as an express-brand crosstab (one ✓ column per carrier, poor villages in 备注), stations one
//    row per village with 站点一 / 站点二 (名称|挂牌时间) pairs, a trainee register with several dates in one cell
//    ("、"-separated, a range, full-width digits, masked IDs for online sign-ups), monthly spending as a project × month
//    crosstab in 万元 (each filled cell one disbursement dated by its month), a hidden drop-down sheet.
// l2 蓬江区 (江门): a 相对贫困人口 roster with one combined 就业状态 column (labour and migrant both read from it), the OA
//    发文登记 export as the report log (only letters to 江门市商务局 are reports; poverty from the 附件 list), column
//    updates grouped under month rows with day-only cells, and the park's 入园变动登记 event log (新入驻/园内迁址/退出).
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
let seed = 170170;
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
    assert(/^b170-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b170-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b170-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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

// =====================================================================================================
// c1 — 广州南沙区: whole workbook (see the header comment)
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "440115";
  const TOWNS = [["南沙街道", 5, 8], ["珠江街道", 8, 4], ["龙穴街道", 4, 3], ["万顷沙镇", 18, 3], ["横沥镇", 13, 2], ["黄阁镇", 12, 4],
    ["东涌镇", 24, 3], ["大岗镇", 22, 4], ["榄核镇", 15, 3]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("新东西南北大上下中庆灵鸡龙凤金银福安和兴隆同义礼", ["涌", "围", "沙", "基", "洲", "冲", "尾", "头", "岗", "滘", "塘", "坑", "湾"], "村", prefixes);
  const cName = nameMaker("广明港蕉丰滨悦湖翠蒲环进", ["城", "苑", "园", "庭", "景", "晖", "华", "泰", "盛"], "社区", prefixes);
  const towns = TOWNS.map(([town, nv, nc]) => ({ town, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((t) => t.vs);
  const comms = towns.flatMap((t) => t.cs);
  assert(admin.length === 121 && comms.length === 34, "c1 121 villages + 34 communities");
  noStemClash(admin, comms, "c1");
  const townOf = {};
  for (const t of towns) for (const v of t.vs.concat(t.cs)) townOf[v] = t.town;

  // ---------------- 村居名录 (区民政局): grouped by town, full official names, carriers as the express column
  const CARR = ["邮政", "中通", "圆通", "韵达", "申通", "顺丰", "极兔", "京东"];
  const carriers = () => {
    const k = rint(1, 4);
    const s = new Set(["邮政"]);
    while (s.size < k) s.add(CARR[rint(1, CARR.length - 1)]);
    return [...s].join("、");
  };
  const noExpComm = towns[3].cs[2];
  const vRows = [["南沙区村（居）委会名录"],
    ["资料来源：区民政局（2021年6月）。本区无省定贫困村。“快递服务点”填已在该村（居）设点或设代收点的快递企业，空白为未覆盖。"],
    ["序号", "村（居）委会名称", "类别", "省定贫困村", "快递服务点", "备注"]];
  const vMerges = ["A1:F1", "A2:F2"];
  let seqV = 0;
  const vExpress = {};
  for (const t of towns) {
    vRows.push([`▼ ${t.town}（村委会${t.vs.length}个、居委会${t.cs.length}个）`, null, null, null, null, null]);
    vMerges.push(`A${vRows.length}:F${vRows.length}`);
    for (const c of t.cs) vRows.push([++seqV, `${c}居民委员会`, "居委会", "—", c === noExpComm ? null : carriers(), c === noExpComm ? "新建小区，快递柜待进驻" : null]);
    for (const v of t.vs) {
      const car = carriers();
      vExpress[v] = car.length > 0;
      vRows.push([++seqV, `${v}民委员会`, "村委会", "否", car, null]);
    }
  }
  vRows.push([`合计：村委会${admin.length}个，居委会${comms.length}个，共${admin.length + comms.length}个。`]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);
  assert(seqV === 155 && admin.every((v) => vExpress[v]), "c1 155 names, every 村委会 has a carrier");

  // ---------------- 站点台账: 协议签订时间 and 挂牌运营时间 (only the latter opens a station)
  const order = shuffle(admin);
  const covered = order.slice(0, 84);
  const lateOnly = order.slice(84, 87);
  const ST = covered.map((v) => ({ v, op: randIsoBetween("2020-07-01", "2021-08-30"), kind: "村" }));
  ST[7].op = CUT;
  const LATE = ["2021-09-06", "2021-09-15", "2021-09-28"];
  lateOnly.forEach((v, j) => ST.push({ v, op: LATE[j], kind: "村" }));
  ST.push({ v: covered[10], op: randIsoBetween("2021-01-04", "2021-06-30"), kind: "村", second: true });
  ST.push({ v: covered[40], op: "2021-09-18", kind: "村", second: true });
  ST.push({ v: covered[60], op: randIsoBetween("2021-03-01", "2021-07-30"), kind: "村", second: true });
  for (const t of [towns[3], towns[4], towns[6], towns[7]]) ST.push({ v: t.cs[0], op: randIsoBetween("2020-06-15", "2020-10-30"), kind: "镇" });
  for (const s of ST) s.sign = isoAdd(s.op, -rint(20, 90));
  const tIdx = Object.fromEntries(TOWNS.map(([t], j) => [t, j]));
  ST.sort((a, b) => tIdx[townOf[a.v]] - tIdx[townOf[b.v]] || cmp(a.op, b.op));
  const sRows = [["南沙区村级电子商务服务站点台账"], ["建设单位：中国邮政集团有限公司广州市南沙区分公司　　　　更新日期：2021年9月30日"],
    ["序号", "镇（街）", "站点名称", "所在村（居）", "站长", "联系电话", "协议签订时间", "挂牌运营时间", "备注"]];
  const sMerges = ["A1:I1", "A2:I2"];
  let blockStart = 0;
  ST.forEach((s, j) => {
    const town = townOf[s.v];
    const first = j === 0 || townOf[ST[j - 1].v] !== town;
    if (first) {
      if (j > 0) mergeCol(sMerges, "B", blockStart, sRows.length);
      blockStart = sRows.length + 1;
    }
    const short = s.v.replace(/村$|社区$/, "");
    let vill;
    let name;
    if (s.kind === "镇") {
      vill = `${s.v}居委会`;
      name = `${town}电子商务服务中心（镇级站）`;
    } else {
      vill = j % 3 === 0 ? s.v : j % 3 === 1 ? `${s.v}委会` : `${s.v}民委员会`;
      name = s.second ? `${short}村益农电商服务点` : `${short}村电商服务站`;
    }
    const monthOnly = j % 11 === 5 && s.op < "2021-08-01";
    const opCell = monthOnly ? cnMonth(s.op) : dateCell(s.op, j);
    const note = s.op > CUT ? "已签协议，9月挂牌" : s.kind === "镇" ? "镇级站，设在居委会" : s.second ? "本村第二个站点" : null;
    sRows.push([j + 1, first ? town : null, name, vill, personName(), mask(phone()), dotDate(s.sign), opCell, note]);
  });
  mergeCol(sMerges, "B", blockStart, sRows.length);
  sRows.push(["注：“挂牌运营时间”为站点正式对外服务时间；协议签订后需完成装修、设备安装和人员培训方可挂牌。"]);
  sMerges.push(`A${sRows.length}:I${sRows.length}`);
  const adminSet = new Set(admin);
  const covOpened = new Set(ST.filter((s) => adminSet.has(s.v) && s.op <= CUT).map((s) => s.v));
  const covSigned = new Set(ST.filter((s) => adminSet.has(s.v) && s.sign <= CUT).map((s) => s.v));
  assert(covOpened.size === 84 && covSigned.size === 87, "c1 84 villages open by the cut-off, 87 signed");
  assert(!ratioGE(84, 121, 70) && ratioGE(84, 121, 50) && ratioGE(87, 121, 70), "c1 84/121 = 69.4% → 2 (87/121 = 71.9% would be 5)");
  assert(ST.filter((s) => s.op > CUT).every((s) => s.sign <= CUT), "c1 the September stations were signed before the cut-off");

  // ---------------- 相对贫困人口 roster
  const CODES = shuffle([].concat(Array(50).fill("E"), Array(9).fill("M"), Array(12).fill("N"), Array(5).fill("L")));
  const hhVillages = shuffle(admin).slice(0, 30);
  const persons = [];
  const pRows = [["南沙区相对贫困人口名单（市定）"], ["（区农业农村局提供，动态调整至2021年6月30日）"],
    ["序号", "镇（街）", "村", "户主", "姓名", "与户主关系", "身份证号码", "劳动能力", "务工情况", "务工地点"]];
  const pMerges = ["A1:J1", "A2:J2"];
  const OUT = ["东莞市", "佛山市顺德区", "深圳市宝安区", "湖南省长沙市", "广西玉林市", "中山市"];
  let ci = 0;
  let h = 0;
  let xGiven = false;
  while (ci < CODES.length) {
    const size = Math.min(CODES.length - ci, rint(2, 5));
    const codes = CODES.slice(ci, ci + size);
    ci += size;
    const v = hhVillages[h++ % hhVillages.length];
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    let headName = null;
    let headAge = 0;
    codes.forEach((c, j) => {
      let rel;
      let age;
      let male = rnd() < 0.5;
      if (j === 0) {
        rel = "户主";
        male = rnd() < 0.8;
        age = c === "N" ? rint(68, 84) : c === "L" ? rint(50, 66) : rint(45, 62);
        headAge = age;
      } else if (j === 1 && c !== "N") {
        rel = "配偶";
        male = !persons[persons.length - 1].male;
        age = headAge >= 66 ? rint(58, 66) : Math.max(30, headAge - rint(0, 6));
      } else if (c === "N") {
        const child = rnd() < 0.6;
        rel = child ? (headAge >= 66 ? (male ? "之孙子" : "之孙女") : male ? "之子" : "之女") : male ? "之父" : "之母";
        age = child ? rint(6, 16) : rint(Math.max(70, headAge + 20), Math.max(75, headAge + 26));
      } else {
        rel = male ? "之子" : "之女";
        age = rint(18, Math.min(40, headAge - 20));
      }
      const birth = randIsoBetween(`${2021 - age - 1}-07-01`, `${2021 - age}-06-30`);
      const wantX = c === "E" && !xGiven ? true : undefined;
      const id = makeId(j % 4 === 3 ? "440113" : REGION, birth, male, wantX);
      if (wantX) xGiven = true;
      const name = rel === "配偶" || rel === "之母" ? personName() : personName(sn);
      if (j === 0) headName = name;
      const work = c === "E" ? (rnd() < 0.5 ? "在家务农" : "区内务工") : c === "M" ? "外出务工" : "—";
      const place = c === "M" ? OUT[rint(0, OUT.length - 1)] : work === "区内务工" ? `南沙区${towns[rint(0, towns.length - 1)].town}` : null;
      const p = { id, name, c, v, male, eligible: c === "E", migrant: c === "M" };
      persons.push(p);
      pRows.push([persons.length, townOf[v], v, headName, name, rel, id, c === "E" || c === "M" ? "有劳动能力" : c === "N" ? "无劳动能力" : "丧失劳动能力", work, place]);
    });
  }
  const eligible = persons.filter((p) => p.eligible);
  const migrants = persons.filter((p) => p.migrant);
  const xPerson = eligible.find((p) => p.id.endsWith("X"));
  assert(eligible.length === 50 && migrants.length === 9 && persons.length === 76 && xPerson, "c1 roster 76, 50 eligible, 9 migrants");

  // ---------------- 培训班次: 开班/结业, 计划/报名/实到, 小计 rows
  const SD = [["2020-09-17", 1], ["2020-10-13", 2], ["2020-10-29", 1], ["2020-11-12", 1], ["2020-11-24", 3], ["2020-12-10", 1], ["2020-12-22", 1],
    ["2021-01-14", 2], ["2021-03-04", 1], ["2021-03-18", 1], ["2021-03-30", 2], ["2021-04-15", 1], ["2021-04-27", 1], ["2021-05-13", 2], ["2021-05-27", 1],
    ["2021-06-10", 1], ["2021-06-24", 1], ["2021-07-08", 2], ["2021-07-22", 1], ["2021-08-05", 1], ["2021-08-19", 2], ["2021-08-30", 3], ["2021-09-15", 1]];
  const TOPIC = ["农村电商基础知识普及班", "网店开设与运营班", "短视频拍摄与剪辑班", "直播带货实操班", "农产品品牌与包装班", "电商客服与物流班", "社群团购运营班"];
  const PLACE = ["区电子商务公共服务中心", "万顷沙镇文化站", "大岗镇农业服务中心", "榄核镇党群服务中心", "东涌镇文化站", "横沥镇政府会议室"];
  const CLS = SD.map(([s, dur], j) => ({ no: j + 1, start: s, end: isoAdd(s, dur - 1), dur, topic: j === 21 ? "直播电商精英班（三天）" : TOPIC[j % TOPIC.length], place: PLACE[j % PLACE.length], got: rint(150, 280) }));
  CLS[21].got = 60;
  CLS[22].got = 110;
  const pre = CLS.filter((c) => c.end <= CUT);
  assert(pre.length === 21 && CLS[21].end === "2021-09-01", "c1 21 classes end by the cut-off; the 8.30 class ends 9.1");
  for (let diff = 4930 - sum(pre.map((c) => c.got)), j = 0; diff !== 0; j = (j + 5) % 21) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 9);
    if (CLS[j].got + st >= 140 && CLS[j].got + st <= 290) {
      CLS[j].got += st;
      diff -= st;
    }
  }
  for (const c of CLS) {
    c.reg = c.got + rint(8, 40);
    c.plan = Math.ceil(c.reg / 50) * 50;
  }
  const gotPre = sum(pre.map((c) => c.got));
  assert(gotPre === 4930 && sum(pre.map((c) => c.reg)) >= 5000, "c1 实到 4,930 by the cut-off; 报名 ≥ 5,000");
  assert(!ratioGE(gotPre, 500000, 1) && gotPre * 1000 >= 500000 * 8 && ratioGE(gotPre + 60 + 110, 500000, 1), "c1 0.986% → 8; with 9月 1.02%");

  // ---------------- 相对贫困人口参训名单: one row per attendance
  const preNos = pre.map((c) => c.no);
  const pool = shuffle(eligible.filter((p) => p !== xPerson));
  const trainedPre = [xPerson].concat(pool.slice(0, 23));
  const septOnly = pool[23];
  const straddleOnly = pool[24];
  const att = [];
  trainedPre.forEach((p) => att.push({ p, no: preNos[rint(0, preNos.length - 1)] }));
  for (const k of [3, 11]) {
    let no;
    do no = preNos[rint(0, preNos.length - 1)];
    while (att.some((a) => a.p === trainedPre[k] && a.no === no));
    att.push({ p: trainedPre[k], no });
  }
  att.push({ p: septOnly, no: 23 });
  att.push({ p: straddleOnly, no: 22 });
  shuffle(migrants).slice(0, 2).forEach((p) => att.push({ p, no: 8 }));
  att.sort((a, b) => a.no - b.no);
  const clsDateText = (c, j) => (c.dur > 1 ? (ym(c.start) === ym(c.end) ? `${dotDate(c.start)}-${ymd(c.end)[2]}` : `${dotDate(c.start)}-${ymd(c.end)[1]}.${ymd(c.end)[2]}`) : j % 2 ? cnDate(c.end) : dotDate(c.end));
  const aRows = [["南沙区相对贫困人口参加电商培训登记表"], ["序号", "姓名", "身份证号", "所在村", "培训期次", "培训日期", "备注"]];
  att.forEach((a, j) => {
    const c = CLS[a.no - 1];
    aRows.push([j + 1, a.p.name, a.p === xPerson ? a.p.id.slice(0, 17) + "x" : a.p.id, `${a.p.v}委会`, `第${a.no}期`, clsDateText(c, j), a.p.migrant ? "春节返乡参训" : null]);
  });
  aRows.push([`共${att.length}人次`]);
  const aMerges = ["A1:G1", `A${aRows.length}:G${aRows.length}`];
  const clsEnd = Object.fromEntries(CLS.map((c) => [c.no, c.end]));
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedIds = new Set(att.filter((a) => eligIds.has(a.p.id) && clsEnd[a.no] <= CUT).map((a) => a.p.id));
  const trainedAny = new Set(att.filter((a) => eligIds.has(a.p.id)).map((a) => a.p.id));
  assert(att.length === 30 && trainedIds.size === 24 && trainedAny.size === 26, "c1 30 rows, 24 eligible trained by the cut-off");
  assert(ratioGE(24, 50, 40) && !ratioGE(24, 50, 50) && ratioGE(26, 50, 50) && ratioGE(30, 50, 50), "c1 24/50 = 48% → 8 (26 or 30 would be 10)");
  const poorBy = {};
  for (const a of att) poorBy[a.no] = (poorBy[a.no] || 0) + 1;

  const tRows = [["南沙区农村电商培训班次登记表"], ["单位：人、人次"],
    ["期次", "培训班名称", "开班日期", "结业日期", "培训地点", "计划人数", "报名人数", "实到人次", "其中相对贫困人口", "承办单位"]];
  const tMerges = ["A1:J1", "A2:J2"];
  const sub = (label, list) => {
    tRows.push([label, null, null, null, null, sum(list.map((c) => c.plan)), sum(list.map((c) => c.reg)), sum(list.map((c) => c.got)), sum(list.map((c) => poorBy[c.no] || 0)), null]);
    tMerges.push(`A${tRows.length}:E${tRows.length}`);
  };
  const groups = [["2020年小计", (c) => c.start < "2021-01-01"], ["2021年1—6月小计", (c) => c.start >= "2021-01-01" && c.start < "2021-07-01"], ["2021年7—9月小计", (c) => c.start >= "2021-07-01"]];
  let fi = 0;
  for (const [label, f] of groups) {
    const list = CLS.filter(f);
    for (const c of list) {
      const startCell = dateCell(c.start, fi++);
      const endCell = c.dur > 1 ? dateCell(c.end, fi++) : null;
      tRows.push([`第${c.no}期`, c.topic, startCell, endCell, c.place, c.plan, c.reg, c.got, poorBy[c.no] || 0, c.no % 2 ? "广州南沙电商运营服务有限公司" : "广州市南沙区职业技能培训中心"]);
    }
    sub(label, list);
  }
  sub("合计", CLS);
  tRows.push(["注：1．一天的班只填开班日期；2．实到人次按签到表统计；3．第22期8月30日开班、9月1日结业。"]);
  tMerges.push(`A${tRows.length}:J${tRows.length}`);
  assert(tRows.filter((r) => /小计|合计/.test(String(r[0]))).length === 4, "c1 three 小计 rows and a 合计");

  // ---------------- 产业园企业: a renamed firm twice under one credit code
  const FIRMS = [["广州南沙湾区优品电子商务有限公司", "平台型"], ["广州南沙农鲜到家网络科技有限公司", "平台型"], ["广州市南沙区万顷沙鲜果网店", "销售型"],
    ["广州南沙水乡特产电子商务商行", "销售型"], ["广州市南沙区大岗蕉香网店", "销售型"], ["广州南沙电商运营服务有限公司", "电商运营商"],
    ["广州南沙云帆代运营工作室", "电商运营商"], ["广州南沙速达快递服务有限公司", "物流企业"], ["广州市南沙区邮政快递揽投部", "物流企业"],
    ["广州南沙星河直播传媒有限公司", "直播机构"], ["广州南沙禾木品牌设计工作室", "设计服务"], ["广州市南沙区榄核牛奶特产网店", "销售型"],
    ["广州南沙冷链仓储服务有限公司", "物流企业"], ["广州南沙鱼米之乡农业科技有限公司", "销售型"], ["广州南沙湾区跨境电子商务有限公司", "平台型"],
    ["广州南沙乡村优选社区团购服务部", "销售型"], ["广州南沙东涌莲藕电子商务商行", "销售型"], ["广州南沙红树林网络科技有限公司", "电商运营商"],
    ["广州南沙嘉禾供应链管理有限公司", "物流企业"]].map(([n, t]) => ({ n, t, code: creditCode(REGION), iso: randIsoBetween("2020-06-15", "2021-08-20") }));
  const renamed = FIRMS[13];
  renamed.iso = "2020-08-12";
  const oldName = "广州市南沙区鱼米之乡网店";
  const leftFirm = { n: "广州南沙丰收果蔬电子商务有限公司", t: "销售型", code: creditCode(REGION), iso: "2020-09-03", left: "2021-05-10" };
  const septFirm = { n: "广州南沙湾区直播电商基地有限公司", t: "直播机构", code: creditCode(REGION), iso: "2021-09-08" };
  FIRMS[16].out = "2021-09-20";
  const eList = FIRMS.slice();
  eList.splice(4, 0, { n: oldName, t: "销售型", code: renamed.code, iso: "2020-08-12", old: true });
  eList.splice(9, 0, leftFirm);
  eList.push(septFirm);
  const eRows = [["南沙区电子商务产业园入驻企业名单"], ["（园区运营方广州南沙电商运营服务有限公司提供，统计至2021年9月30日）"],
    ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "状态", "备注"]];
  const newRow = eList.indexOf(renamed) + 1;
  eList.forEach((f, j) => {
    const st = f.old ? "已更名" : f.left ? "已迁出" : "在园";
    const note = f.old ? `2021年3月18日更名为“${renamed.n}”（信用代码不变），见第${newRow}行` : f === renamed ? `原名“${oldName}”，2021年3月18日更名` : f.left ? `${cnDate(f.left)}迁出园区` : f.out ? `${cnDate(f.out)}迁出` : f === septFirm ? "9月新入驻" : null;
    eRows.push([j + 1, f.n, f.code, f.t, dateCell(f.iso, j + 1), f.out ? "已迁出" : st, note]);
  });
  const inPark = eList.filter((f) => !f.old && f.iso <= CUT && !(f.left && f.left <= CUT));
  const codesIn = new Set(eList.filter((f) => f.iso <= CUT && !(f.left && f.left <= CUT)).map((f) => f.code));
  assert(eList.length === 22 && codesIn.size === 19 && inPark.length === 19, "c1 22 rows, 19 firms in the park at the cut-off");
  assert(eList.filter((f) => f.iso <= CUT && !(f.left && f.left <= CUT)).length === 20, "c1 20 rows if the renamed firm is counted twice");
  assert(new Set(inPark.map((f) => f.t)).size >= 3, "c1 ≥ 3 types");

  // ---------------- 支付明细: 国库集中支付 export, 已退回 / 已作废 rows
  const PAY = [["2020-09-18", "中国邮政集团有限公司广州市南沙区分公司", "村级电商服务站点建设首期款", 650000, "已支付"],
    ["2020-10-27", "广州南沙电商运营服务有限公司", "区电子商务公共服务中心建设首期款", 820000, "已支付"],
    ["2020-12-09", "广州市南沙区职业技能培训中心", "农村电商培训服务费（第一期）", 180000, "已支付"],
    ["2021-01-15", "广州南沙速达快递服务有限公司", "镇村物流配送体系建设首期款", 145000, "已退回（收款账号有误）"],
    ["2021-01-22", "广州南沙速达快递服务有限公司", "镇村物流配送体系建设首期款（重新支付）", 145000, "已支付"],
    ["2021-03-16", "广州南沙禾木品牌设计工作室", "农产品品牌推广服务费", 260000, "已支付"],
    ["2021-04-20", "中国邮政集团有限公司广州市南沙区分公司", "村级电商服务站点建设进度款", 480000, "已支付"],
    ["2021-05-11", "广州南沙电商运营服务有限公司", "区电子商务公共服务中心建设进度款", 60000, "已作废（重复录入）"],
    ["2021-05-12", "广州南沙电商运营服务有限公司", "区电子商务公共服务中心建设进度款", 560000, "已支付"],
    ["2021-06-25", "广州南沙冷链仓储服务有限公司", "冷链及农产品溯源系统建设首期款", 300000, "已支付"],
    ["2021-07-29", "广州市南沙区职业技能培训中心", "农村电商培训服务费（第二期）", 167400, "已支付"],
    ["2021-08-31", "广州南沙红树林网络科技有限公司", "公共信息服务平台建设款", 350000, "已支付"],
    ["2021-09-14", "广州南沙电商运营服务有限公司", "区电子商务公共服务中心运营服务费", 286000, "已支付"]];
  const fRows = [["国库集中支付明细查询结果"], ["查询条件：预算单位＝广州市南沙区商务局；项目＝2019年省级电子商务进农村综合示范专项资金；支付日期＝2020-01-01至2021-09-30"],
    ["序号", "支付日期", "支付凭证号", "收款人全称", "用途", "支付金额（元）", "支付方式", "状态"]];
  const fMerges = ["A1:H1", "A2:H2"];
  let vno = 1200;
  PAY.forEach(([iso, who, what, amt, st], j) => {
    vno += rint(20, 180);
    fRows.push([j + 1, iso, `440115${iso.slice(0, 4)}${String(vno).padStart(6, "0")}`, who, what, j % 4 === 2 ? fmtMoney(amt) : amt, "直接支付", st]);
  });
  fRows.push([`合计：${PAY.length}笔`, null, null, null, null, sum(PAY.map((p) => p[3])), null, null]);
  fMerges.push(`A${fRows.length}:E${fRows.length}`);
  const paid = PAY.filter((p) => p[4] === "已支付");
  const spentPre = sum(paid.filter((p) => p[0] <= CUT).map((p) => p[3]));
  const spentAll = sum(paid.map((p) => p[3]));
  assert(spentPre === 3912400 && spentAll === 4198400 && ratioGE(spentPre, 5000000, 70), "c1 3,912,400 by the cut-off (78.25%)");

  // ---------------- 月度报送与专栏更新: one row per month, two logs side by side
  const mRows = [["南沙区电商进农村月度报送及专栏更新登记"],
    ["月份", "向广州市商务局报送", null, null, "区政府网“电子商务进农村”专栏更新", null],
    [null, "报送日期", "报送内容", "含电商扶贫统计", "更新日期", "更新内容"]];
  const mMerges = ["A1:F1", "A2:A3", "B2:D2", "E2:F2"];
  const repDates = [];
  const disDates = [];
  for (const m of monthsBetween("2020-08", "2021-09")) {
    const prev = monthsBetween("2020-01", m).slice(-2)[0];
    const rd = `${m}-${String(rint(3, 10)).padStart(2, "0")}`;
    repDates.push(rd);
    let dCell;
    let dText;
    if (m === "2020-10") {
      dCell = "（国庆长假，本月未更新）";
      dText = null;
    } else if (m === "2021-03" || m === "2021-06") {
      const a = `${m}-${String(rint(3, 9)).padStart(2, "0")}`;
      const b = `${m}-${String(rint(20, 28)).padStart(2, "0")}`;
      disDates.push(a, b);
      dCell = `${mdOnly(a)}、${mdOnly(b)}`;
      dText = "项目建设进度；站点名单公示";
    } else {
      const a = `${m}-${String(rint(10, 27)).padStart(2, "0")}`;
      disDates.push(a);
      dCell = mdOnly(a);
      dText = `${cnMonth(prev)}项目建设进度`;
    }
    mRows.push([cnMonth(m), mdOnly(rd), `${cnMonth(prev)}工作进展情况`, "√", dCell, dText]);
  }
  mRows.push(["注：日期只写月日的，年份同“月份”栏。"]);
  mMerges.push(`A${mRows.length}:F${mRows.length}`);
  const repM = new Set(repDates.filter((d) => d <= CUT).map(ym));
  const disM = new Set(disDates.filter((d) => d <= CUT).map(ym));
  assert(WINDOW.every((w) => repM.has(w)) && WINDOW.filter((w) => !disM.has(w)).join() === "2020-10", "c1 reported every month; column not updated in October 2020");

  // ---------------- 宣传推广: media and materials in one list, told apart by 类型
  const PR = [["媒体报道", "2020-11-20", "广州日报", "市级", "报纸", "南沙水乡农产品“触网”出村", "否"],
    ["经验材料", "2020-12-15", "广州市商务局", "—", "书面材料", "南沙区推进电子商务进农村综合示范的经验做法", "—"],
    ["媒体报道", "2021-03-12", "南方日报", "省级", "报纸", "南沙：村级电商站点打通服务“最后一公里”", "否"],
    ["媒体报道", "2021-05-21", "广东广播电视台（广东卫视《广东新闻联播》）", "省级", "电视", "南沙帮扶户直播卖菠萝蜜", "是"],
    ["媒体报道", "2021-07-08", "广州广播电视台", "市级", "电视", "南沙电商服务站覆盖水乡村落", "否"],
    ["媒体报道", "2021-09-02", "南沙区融媒体中心（“南沙发布”）", "区级", "网络", "南沙电商进农村示范创建成效显著", "否"],
    ["经验材料", "2021-09-10", "广东省商务厅", "—", "书面材料", "南沙区电子商务进农村综合示范创建工作总结", "—"],
    ["媒体报道", "2021-09-24", "中央广播电视总台农业农村频道（CCTV-17）", "国家级", "电视", "湾区水乡的电商新农人", "是"]];
  const prRows = [["南沙区电商进农村宣传推广登记表"], ["序号", "类型", "日期", "媒体／报送对象", "级别", "形式", "标题", "电商扶贫典型案例"]];
  PR.forEach((x, j) => prRows.push([j + 1, x[0], j % 2 ? dotDate(x[1]) : cnDate(x[1]), x[2], x[3], x[4], `《${x[5]}》`, x[6]]));
  const mediaPre = PR.filter((x) => x[0] === "媒体报道" && x[1] <= CUT);
  assert(new Set(mediaPre.map((x) => x[3])).size === 2 && !mediaPre.some((x) => x[3] === "区级"), "c1 province + city by the cut-off");

  // ---------------- 自评汇总: two tables side by side
  const L = [["一、基本情况"], ["项目", "填报内容", "单位", "数据来源", "备注"],
    ["县（市、区）", "南沙区", null, null, null],
    ["常住人口", 84.61, "万人", "第七次全国人口普查", null],
    ["行政村", 121, "个", "区民政局", "不含居委会34个"],
    ["省定贫困村", 0, "个", null, "本区无省定贫困村"],
    ["领导小组组长", "区委副书记、区长", null, "穗南府办〔2020〕5号", null],
    ["领导小组成员单位", "区商务局、区财政局、区农业农村局、区扶贫办、区交通运输局、区市场监管局、区邮政分公司", null, null, null],
    ["示范县工作方案", "已印发", null, "穗南府办〔2020〕8号", null],
    ["扶持政策", "已出台", null, "《南沙区促进农村电子商务发展扶持办法》", null],
    ["公共服务中心投入运营时间", "2020年12月28日", null, null, null],
    ["中心免费培训场所及设备", "有", null, null, null],
    ["中心免费展示、销售农产品", "有", null, null, null],
    ["中心免费摄影、美工服务", "有", null, null, null],
    ["中心农产品统一推广、品牌建设指导", "有", null, null, null],
    ["中心其他衍生增值服务", "无", null, null, null],
    ["电商产业园", "已整合建成", null, null, "入驻企业20家"],
    ["专业第三方电商运营服务商", "有", null, null, null],
    ["行政村快递覆盖率", 100, "%", "区邮政管理局", null],
    ["2019年农村网络零售额", 41.62, "亿元", "省商务厅提供", null],
    ["2020年农村网络零售额", 50.35, "亿元", "省商务厅提供", null],
    ["2019年农产品网络零售额", 3.85, "亿元", "省商务厅提供", null],
    ["2020年农产品网络零售额", 5.02, "亿元", "省商务厅提供", null],
    ["电商培训人次", fmtInt(sum(CLS.map((c) => c.got))), "人次", "培训班次登记表", "含9月"],
    ["有劳动能力的相对贫困人口（不含外出务工）", eligible.length, "人", "区农业农村局", null],
    ["参加培训的相对贫困人口", att.length, "人", "参训登记表", null],
    ["专栏公示创建方案", "已公示", null, null, null],
    ["专栏公示项目基本信息", "已公示", null, null, null],
    ["专栏公示项目建设进度", "已公示", null, null, null],
    ["专栏监督举报窗口", "已设立（举报电话、邮箱）", null, null, null],
    ["统计电商扶贫情况", "能", null, null, "随月报报送"],
    ["下达省级专项资金", 500, "万元", null, null],
    ["累计拨付", (spentAll / 10000).toFixed(2), "万元", "国库支付系统", "截至9月14日"],
    ["资金管理制度", "已制定", null, null, null],
    ["资金专用台账", "已建立", null, null, null],
    ["项目总体进度", 82, "%", null, null],
    ["安全生产、质量事故或重大损失", "无", null, null, null],
    ["弄虚作假", "无", null, null, null]];
  const R = [["二、指标自评"], ["工作任务", "评价指标", "权重", "自评得分", "自评说明"],
    ["加强组织领导与统筹协调", "组织领导", 2, 2, "区长任组长，商务、财政、农业农村、扶贫等部门参与"],
    [null, "方案制定", 2, 2, null],
    [null, "政策支持", 2, 1, null],
    [null, "项目管理", 4, 4, "项目管理制度2分，工作台账2分"],
    ["深入推动电子商务进农村工作", "服务体系建设（县级中心与产业园）", 15, 14, "其他衍生增值服务未开展"],
    [null, "服务体系建设（村级站点覆盖）", 10, 10, "87个行政村签订站点协议，覆盖率71.9%；无省定贫困村"],
    [null, "农村产品上行", 10, 8, "网销调研2分，网络促销1分，第三方1分，快递覆盖1分，交易标准与冷链溯源1分，增速2分"],
    [null, "电商人才培训", 20, 20, null],
    ["加强信息公开及报送", "信息公开", 4, 4, null],
    [null, "数据上报", 6, 6, null],
    ["加强宣传推广", "案例总结", 2, 2, null],
    [null, "经验推广", 8, 8, null],
    ["加强财政资金管理", "制度建立", 5, 4, null],
    [null, "资金台账", 5, 4, null],
    [null, "资金支出", 5, 4, "支出率83.97%，及时拨付4分"],
    ["加分项", "贫困人口培训率≥70%", 2, 0, null],
    [null, "电商扶贫典型案例获电视播报", 2, 1, "广东卫视播出"],
    ["一票否决项", "安全生产、质量事故或重大损失", null, "未发生", null],
    [null, "总体进度不足40%", null, "否", null],
    [null, "弄虚作假", null, "无", null],
    ["合计", null, 100, 94, null]];
  const fsRows = [["南沙区2019年省级电子商务进农村综合示范创建考评自评汇总表"],
    ["填报单位：广州市南沙区商务局　　　　考评截止日期：2021年8月31日　　　　填报日期：2021年9月22日"]];
  const fsMerges = ["A1:K1", "A2:K2"];
  const n = Math.max(L.length, R.length);
  for (let i = 0; i < n; i++) {
    const l = L[i] ? padRow(L[i].slice(), 5) : [null, null, null, null, null];
    const r = R[i] ? padRow(R[i].slice(), 5) : [null, null, null, null, null];
    fsRows.push(l.concat([null], r));
  }
  fsMerges.push("A3:E3", "G3:K3");
  // the 工作任务 column of the right table, merged down over its indicators
  let g0 = null;
  R.forEach((r, i) => {
    if (i < 2) return;
    const row = i + 3;
    if (r[0] !== null) {
      if (g0 !== null) mergeCol(fsMerges, "G", g0, row - 1);
      g0 = row;
    }
  });
  mergeCol(fsMerges, "G", g0, R.length - 1 + 3 - 1);
  assert(L.length === 38 && R.length === 23, "c1 the two tables differ in length " + L.length + "/" + R.length);
  assert(pct2(spentAll, 5000000) === "83.97%" && pct1(87, 121) === "71.9%", "c1 the clerk's figures");
  const claimedPts = R.slice(2, 19);
  assert(sum(claimedPts.map((r) => r[3])) === 94, "c1 the clerk's 94");

  // ---------------- points
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 2,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 0 + 1, "work.coverage": 2 + 5, "work.upward": 2 + 1 + 1 + 1 + 1 + 2,
    "work.training": 8 + 8, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 3,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 82 && bonus === 1, "c1 total " + scored + "+" + bonus);
  assert(5020 * 10 >= 3850 * 13 && !(5035 * 10 >= 4162 * 13), "c1 农产品 +30.4% qualifies, 农村 +21.0% does not");
  const IDS = SCORED.map((s) => s[0]);
  const claimed = {};
  IDS.forEach((id, j) => (claimed[id] = claimedPts[j][3]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 1;
  const derivation = [
    "org.leadership: 自评汇总左表：组长“区委副书记、区长”（区长是主要领导），成员单位有区商务局、区财政局、区农业农村局、区扶贫办 → 2",
    "org.plan: 右表方案制定自评2（方案以穗南府办〔2020〕8号印发） → 2",
    "org.policy: 右表政策支持自评1 → 1",
    "org.management: 右表项目管理4，自评说明“项目管理制度2分，工作台账2分” → 2+2 = 4",
    `work.center: 中心2020年12月28日投入运营 ≤ 截止日 → 2；不晚于2021-02-28，运行满6个月 → 2；免费培训2、展示销售1、摄影美工1、品牌推广1；其他衍生增值服务“无” → 0；产业园已整合建成 → 2；入驻企业名单22行：第5行“${oldName}”已更名，与第${newRow}行同一统一社会信用代码，是同一家；“${leftFirm.n}”2021年5月10日迁出；“${septFirm.n}”9月8日才入驻；另一家9月20日迁出的截止日仍在园 → 截止日在园按信用代码去重19家 < 20 → 0（按行数数是20家）；类型有平台型、销售型、电商运营商、物流企业等 → 1；合计12（自评14）`,
    `work.coverage: 村居名录按镇分组（“▼”行是分组行），村委会121个（居委会34个不算），121 < 200 以121为基数；站点台账以“挂牌运营时间”为准（“协议签订时间”不是建成）：截止日前挂牌的站点覆盖84个村（3个村各有两个站点只算一次，其中一个第二站9月才挂牌；4个镇级站设在居委会不算；一个站8月31日当天挂牌，算）；另3个村只有9月挂牌的站点 → 84/121 = 69.4% < 70% → 2（按协议签订时间算87个、71.9%，是自评的口径）；本区无省定贫困村 → 5（无省定贫困村，提示）；合计7（自评10）`,
    "work.upward: 网销调研2、网络促销1、第三方服务商1（自评说明）；村居名录有“快递服务点”栏，121个村委会都有快递企业 → 1（空白的是一个居委会，不算行政村）；交易标准与冷链溯源1；农产品网络零售额3.85亿→5.02亿元，增长30.4% ≥ 30% → 2（农村网络零售额41.62亿→50.35亿元只增21.0%，任一达标即可）；合计8",
    `work.training: 培训班次登记表读“实到人次”（计划人数、报名人数不是人次），“2020年小计”“2021年1—6月小计”“2021年7—9月小计”“合计”四行不是班次；截止日前结业的21期共4,930人次；第22期8月30日开班、9月1日结业，按结业日在截止日后，60人次不算；第23期9月15日110人次不算；常住人口84.61万封顶50万 → 4,930/500,000 = 0.986% → 8（自评20）；相对贫困人口名单有劳动能力的${eligible.length + migrants.length}人中“外出务工”${migrants.length}人除外 → 应培训50人；参训登记30行：截止日前结业的班里参训的应培训人员24人（两人各参加两期只算一次；一人身份证号末位写成小写x，与名单上的X是同一人；2名外出务工人员不算；一人只参加第22期、一人只参加9月第23期，不算） → 24/50 = 48% → 8；合计16（自评20）`,
    "info.disclosure: 左表专栏公示创建方案、项目基本信息、建设进度，设立监督举报窗口 → 2；月度登记表的专栏更新栏：2020年10月“国庆长假，本月未更新”，其余月份都有（3月、6月一格两个日期） → 不是按月 → 1；合计3（自评4）",
    "info.reporting: 月度登记表的报送栏：2020年9月至2021年8月每月都有报送日期（只写月日，年份看月份栏） → 3；报送内容含电商扶贫统计（√），左表“能”统计 → 3；合计6",
    "promo.cases: 宣传推广表类型为“经验材料”的2020年12月15日报送广州市商务局 → 2（9月报省商务厅的在截止日后）",
    "promo.media: 类型为“媒体报道”且在截止日前：南方日报、广东卫视（省级） → 4；广州日报、广州广播电视台（市级） → 3；区融媒体中心那条2021年9月2日、CCTV-17那条9月24日都在截止日后 → 无县级、无国家级；合计7（自评8）",
    "fund.system: 右表制度建立自评4 → 4",
    "fund.ledger: 右表资金台账自评4 → 4",
    `fund.spending: 国库支付明细只算状态“已支付”的（1月15日145,000元“已退回（收款账号有误）”、5月11日60,000元“已作废（重复录入）”不是拨付；1月22日重新支付的145,000元算；8月31日当天350,000元算；9月14日286,000元不算） → ${fmtMoney(spentPre)}元 ÷ 5,000,000 = 78.25% ≥ 70% → 自评及时拨付4 → 4`,
    "bonus.poorTraining: 24/50 = 48% < 70% → 0",
    "bonus.tvCase: 广东卫视《广东新闻联播》2021年5月21日播出电商扶贫典型案例（省级电视） → 1；CCTV-17那条在截止日后 → 1",
    "veto.incident: 左表“安全生产、质量事故或重大损失：无” → 不否决",
    "veto.progress: 项目总体进度82% ≥ 40% → 不否决",
    "veto.fraud: 左表“弄虚作假：无” → 不否决",
  ];
  return {
    description:
      "广州南沙区商务局整本考评工作簿（10个表），82＋加分1＝83分，未否决（自评93＋加分1＝94）。“自评汇总”一张表左右两块：左边A—E“一、基本情况”（项目｜填报内容｜单位｜数据来源｜备注，组长“区委副书记、区长”，中心2020年12月28日运营，其他增值服务“无”，快递覆盖率100%，网零按亿元），右边G—K“二、指标自评”（工作任务纵向合并｜评价指标｜权重｜自评得分｜自评说明，项目管理、上行的分项写在说明里），两块长短不一。“村居名录”按镇分组（“▼ 万顷沙镇（村委会18个、居委会3个）”是分组行），全称“××村民委员会”，本区无省定贫困村，快递栏写快递企业名（一个居委会空白）。“站点台账”有“协议签订时间”和“挂牌运营时间”两个日期，只有挂牌才算建成，3个村只在9月挂牌，镇级站设在居委会。“培训班次”开班/结业两列（第22期8.30—9.1），计划/报名/实到三列，中间夹小计行。“相对贫困人口”名单的劳动能力、务工情况分列；“参训登记”一行一人次，身份证一处小写x。“产业园企业”一家更名后出现两次（同一信用代码）、一家5月迁出、一家9月入驻。“支付明细”是国库集中支付查询导出（已退回、已作废不是拨付）。“月度登记”一月一行，报送和专栏更新并排，日期只写月日。“宣传推广”媒体报道和经验材料混在一张表里，靠“类型”列区分。",
    sheets: [
      { name: "自评汇总", rows: fsRows, merges: fsMerges },
      { name: "村居名录", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "培训班次", rows: tRows, merges: tMerges },
      { name: "相对贫困人口", rows: pRows, merges: pMerges },
      { name: "参训登记", rows: aRows, merges: aMerges },
      { name: "产业园企业", rows: eRows, merges: ["A1:G1", "A2:G2"] },
      { name: "支付明细", rows: fRows, merges: fMerges },
      { name: "月度登记", rows: mRows, merges: mMerges },
      { name: "宣传推广", rows: prRows, merges: ["A1:H1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 珠海香洲区: 数据口径说明表
// =====================================================================================================
function buildF1() {
  const rows = [["香洲区电子商务进农村综合示范考评基础数据及口径说明"],
    ["报送单位：珠海市香洲区商务局　　　　考评截止日期：2021年8月31日　　　　报送日期：2021年9月13日"],
    ["序号", "数据项", "数值", "单位", "统计口径／说明", "数据时点", "提供单位"]];
  const merges = ["A1:G1", "A2:G2"];
  let no = 0;
  const S = (t) => {
    rows.push([t, null, null, null, null, null, null]);
    merges.push(`A${rows.length}:G${rows.length}`);
  };
  const F = (item, val, unit, note, when, who) => rows.push([++no, item, val, unit, note || null, when || null, who || null]);
  S("一、基本情况");
  F("县（市、区）", "香洲区", "—", null, null, null);
  F("常住人口", 132.57, "万人", "第七次全国人口普查常住人口；培训覆盖率计算时超过50万人的按50万人计", "2020年11月1日零时", "区统计局");
  F("行政村数", 24, "个", "村民委员会数，不含社区居委会83个", "2021.8.31", "区民政局");
  F("省定贫困村数", 0, "个", "珠海市无省定贫困村", "2021.8.31", "区农业农村局");
  S("二、组织保障");
  F("示范创建领导小组组长", "区政府副区长（分管商务）", "—", "领导小组副组长为区商务局局长", "2020.5.12", "区府办");
  F("领导小组成员单位", "区商务局、区财政局、区农业农村局、区扶贫办、区交通运输局、区市场监管局", "—", null, "2020.5.12", "区府办");
  F("示范县工作方案", "已印发", "—", "珠香府办〔2020〕15号", "2020.6.3", "区商务局");
  F("支持农村电商发展政策", "已出台", "—", "《香洲区农村电子商务发展扶持办法（试行）》", "2020.9.21", "区商务局");
  S("三、公共服务中心与产业园");
  F("县级电子商务公共服务中心投入运营日期", "2020.10.16", "—", "2020年9月试运营，10月16日正式投入运营", null, "区商务局");
  F("中心免费培训场所、培训设备", "有", "—", "培训室两间，电脑60台", "2021.8.31", "运营单位");
  F("中心免费展示、销售特色农产品", "有", "—", null, "2021.8.31", "运营单位");
  F("中心免费摄影、美工服务", "有", "—", null, "2021.8.31", "运营单位");
  F("中心组织农产品统一推广、品牌建设指导", "有", "—", null, "2021.8.31", "运营单位");
  F("中心其他衍生增值服务", "无", "—", "代办证照、金融对接等服务尚未开展", "2021.8.31", "运营单位");
  F("电商产业园", "已整合建成", "—", "依托南屏科技园整合", "2021.8.31", "区商务局");
  F("产业园入驻企业", 22, "家", "含平台型、销售型、运营商、物流企业", "2021.8.31", "运营单位");
  S("四、农村产品上行");
  F("专业第三方电子商务运营或服务商", "有", "—", "引进2家", "2021.8.31", "区商务局");
  F("行政村物流快递覆盖率", 100, "%", "24个行政村均设有快递网点或代收点", "2021.8.31", "区邮政管理局");
  F("2019年农村网络零售额", 18.36, "亿元", "省商务厅提供的电子商务统计数据", "2019年度", "省商务厅");
  F("2020年农村网络零售额", 23.02, "亿元", "同上", "2020年度", "省商务厅");
  F("2020年农产品网络零售额同比增速", 33.8, "%", "2019年、2020年农产品网络零售额未单列提供", "2020年度", "省商务厅");
  S("五、人才培训");
  F("电商培训人次", "5,368", "人次", "普及性培训与增值培训合计", "2021.9.10", "区商务局");
  F("有劳动能力的相对贫困人口（不含外出务工）", 212, "人", "市定相对贫困人口，外出务工38人不计入", "2021.6.30", "区农业农村局");
  F("参加电商培训的相对贫困人口", 118, "人", "按身份证号去重", "2021.8.31", "区商务局");
  S("六、信息公开与数据报送");
  F("专栏公示创建方案", "已公示", "—", null, "2020.6.10", "区政务服务数据管理局");
  F("专栏公示项目基本信息", "已公示", "—", null, "2020.7.2", "区政务服务数据管理局");
  F("专栏公示项目建设进度", "已公示", "—", "按月更新", "2021.8.25", "区政务服务数据管理局");
  F("专栏征求意见或监督举报窗口", "未设立", "—", "拟于9月增设", "2021.8.31", "区政务服务数据管理局");
  F("每月向市商务局报送工作情况", "是", "—", null, "2021.8.31", "区商务局");
  F("能否统计电商扶贫情况", "能", "—", "月报附电商扶贫情况统计表", "2021.8.31", "区商务局");
  S("七、资金管理");
  F("下达省级财政资金", 500, "万元", "粤商务电函〔2019〕29号", "2019.11", "区财政局");
  F("累计拨付资金", "见说明", "元", "截至2021年8月31日国库支付3,962,180.00元", "2021.8.31", "区财政局");
  F("资金管理制度", "已制定", "—", "《香洲区电子商务进农村综合示范专项资金管理办法》", "2020.7.15", "区商务局");
  F("资金专用台账", "已建立", "—", null, "2021.8.31", "项目承建单位");
  F("项目总体进度", 88, "%", null, "2021.8.31", "区商务局");
  S("八、一票否决事项");
  F("安全生产、质量事故或重大经济损失", "无", "—", null, "2021.8.31", "区商务局");
  F("弄虚作假", "无", "—", null, "2021.8.31", "区商务局");
  S("九、主观评分项自评");
  F("方案制定（1-2分）", 2, "分", null, null, null);
  F("政策支持（1-2分）", 1, "分", "政策出台较晚，落实一般", null, null);
  F("项目管理制度（1-2分）", 2, "分", null, null, null);
  F("工作台账（1-2分）", "（待局务会审定）", "分", null, null, null);
  F("网销调研（1-2分）", 1, "分", null, null, null);
  F("网络促销活动（1-2分）", 2, "分", null, null, null);
  F("交易标准与冷链溯源（1-2分）", 1, "分", null, null, null);
  F("资金管理制度（1-5分）", 4, "分", null, null, null);
  F("资金台账（1-5分）", 4, "分", null, null, null);
  F("资金及时拨付（1-5分）", 5, "分", null, null, null);
  rows.push([]);
  rows.push(["填报人：梁××　　审核人：陈××　　联系电话：0756-21xxxxx"]);
  merges.push(`A${rows.length}:G${rows.length}`);
  assert(no === 47, "f1 47 data rows " + no);
  return {
    description:
      "珠海香洲区商务局报的《考评基础数据及口径说明》：分九节（节标题整行合并），一行一个数据项，列为 序号｜数据项｜数值｜单位｜统计口径／说明｜数据时点｜提供单位。读法：数值配单位读（常住人口132.57万人、网零18.36/23.02亿元、下达500万元、总体进度88%），快递覆盖率写成数值100、单位%（即达100%）；“累计拨付资金”数值栏写“见说明”，数在口径栏（3,962,180.00元）；口径栏里的其他数（超过50万按50万、社区83个、外出务工38人、引进2家）不是数值；数据时点栏（含培训人次的2021.9.10、常住人口的七普时点）不是截止日期，截止日期在第2行；组长是“区政府副区长（分管商务）”；监督举报窗口“未设立”；产业园入驻企业数、每月报送不是输入；主观评分项里“工作台账”写“（待局务会审定）”，未填。",
    sheets: [{ name: "基础数据及口径", rows, merges }],
    expect: {
      facts: {
        county: "香洲区", asOf: "2021-08-31", residentPopulation: 1325700, adminVillagesStated: 24, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-10-16", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1836000000, ruralRetail2020: 2302000000, agriRetailGrowthStated: 0.338,
        trainingPersonTimesStated: 5368, eligiblePoorPersonsStated: 212, trainedPoorPersonsStated: 118,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3962180, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 5,
      },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f2 — 广州黄埔区: the city's summary template, one column per district
// =====================================================================================================
function buildF2() {
  const DIS = ["白云区", "黄埔区", "花都区", "番禺区", "南沙区", "从化区", "增城区"];
  const ME = 1;
  // [section | item, unit, prefill (all districts) | null, 黄埔 value, note]
  const POP = [374.31, 126.49, 164.24, 279.80, 84.61, 71.77, 146.64];
  const VIL = [118, 28, 188, 177, 121, 221, 284];
  const T = [];
  const sec = (s) => T.push({ sec: s });
  const it = (item, unit, v, note, pre) => T.push({ item, unit, v, note: note || null, pre: pre || null });
  sec("一、基本情况");
  it("常住人口", "万人", POP[ME], "七普数据，市局预填", POP);
  it("行政村数（不含社区）", "个", VIL[ME], "市民政局数据，市局预填", VIL);
  sec("二、组织领导");
  it("领导小组组长（职务）", "—", "区长");
  it("领导小组成员单位", "—", "区商务局、区财政局、区农业农村局、区乡村振兴局（区协作办）、区交通运输局、区邮政管理局");
  it("示范县工作方案是否正式印发", "是/否", "是");
  it("是否出台支持农村电商发展的政策", "是/否", "是");
  sec("三、县级公共服务中心和产业园");
  it("公共服务中心投入运营日期", "日期", "2020/12/8");
  it("中心有免费培训场所、设备，能组织电商基础培训", "是/否", "是");
  it("中心为特色农产品提供免费展示、销售服务", "是/否", "是");
  it("中心为电商主体提供免费摄影、美工服务", "是/否", "否", "按成本价收费");
  it("中心组织农产品统一推广、指导品牌建设", "是/否", "是");
  it("中心提供其他衍生增值服务", "是/否", "是");
  it("是否建设或整合、优化电商产业园", "是/否", "是");
  sec("四、农村产品上行");
  it("是否有专业第三方电商运营或服务商", "是/否", "是");
  it("行政村物流快递覆盖率是否达100%", "是/否", "是");
  it("2019年农村网络零售额", "万元", 386520);
  it("2020年农村网络零售额", "万元", 452870);
  it("2019年农产品网络零售额", "万元", 21860);
  it("2020年农产品网络零售额", "万元", 29114, "含黄埔区农产品电商企业线上销售");
  sec("五、人才培训");
  it("电商培训人次", "人次", 4816);
  it("有劳动能力的相对贫困人口数（不含外出务工）", "人", 86);
  it("参加电商培训的相对贫困人口数", "人", 47);
  sec("六、信息公开和数据报送");
  it("专栏是否公示创建方案", "是/否", "是");
  it("专栏是否公示项目基本信息", "是/否", "是");
  it("专栏是否公示项目建设进度", "是/否", "是");
  it("专栏是否设立征求意见或监督举报窗口", "是/否", "是");
  it("是否能统计电商扶贫情况", "是/否", "是");
  sec("七、财政资金");
  it("下达省级专项资金", "万元", 500);
  it("累计拨付资金", "万元", 412.6);
  it("是否制定资金管理制度", "是/否", "是");
  it("是否建立资金专用台账", "是/否", "是");
  it("项目总体进度", "%", 86);
  sec("八、一票否决");
  it("是否发生安全生产、质量事故或重大损失", "是/否", "否");
  it("是否存在弄虚作假", "是/否", "否");
  sec("九、主观评分项自评分");
  const JN = [["方案制定（1-2）", 2], ["政策支持（1-2）", 2], ["项目管理制度（1-2）", 2], ["工作台账（1-2）", 1], ["网销调研（1-2）", 2],
    ["网络促销活动（1-2）", 1], ["交易标准与冷链溯源（1-2）", 1], ["资金管理制度（1-5）", 5], ["资金台账（1-5）", 4], ["资金及时拨付（1-5）", 4]];
  for (const [n, v] of JN) it(n, "分", v);
  sec("十、指标自评得分");
  const CL = [["组织领导", 2], ["方案制定", 2], ["政策支持", 2], ["项目管理", 3], ["服务体系建设（县级中心与产业园）", 14], ["服务体系建设（村级站点覆盖）", 10],
    ["农村产品上行", 8], ["电商人才培训", 20], ["信息公开", 4], ["数据上报", 6], ["案例总结", 2], ["经验推广", 7], ["制度建立", 5], ["资金台账", 4], ["资金支出", 4]];
  for (const [n, v] of CL) it(n, "分", v);
  it("加分项：贫困人口培训率≥70%", "分", 0);
  it("加分项：电商扶贫典型案例获电视播报", "分", 0);
  it("自评总分", "分", sum(CL.map((x) => x[1])));

  const nD = DIS.length;
  const W = 3 + nD + 2; // 序号, 指标, 单位, districts, 全市合计, 备注
  const last = colName(W - 1);
  const rows = [["广州市2019年省级电子商务进农村综合示范考评基础数据汇总表"],
    ["填报单位（盖章）：广州市黄埔区商务局　　　　数据截至：2021年8月31日　　　　填报日期：2021年9月6日"],
    ["填表说明：各区只填写本区所在列，请勿增删行列；常住人口、行政村数由市局预填；是否类填“是”或“否”；日期按“2021/8/31”格式填写；全市合计由市局汇总。"],
    ["序号", "指标", "单位", "各区填报", null, null, null, null, null, null, "全市合计", "备注"],
    [null, null, null].concat(DIS, [null, null])];
  const merges = [`A1:${last}1`, `A2:${last}2`, `A3:${last}3`, "A4:A5", "B4:B5", "C4:C5", `D4:${colName(3 + nD - 1)}4`, `${colName(3 + nD)}4:${colName(3 + nD)}5`, `${last}4:${last}5`];
  let no = 0;
  for (const t of T) {
    if (t.sec) {
      rows.push(padRow([t.sec], W));
      merges.push(`A${rows.length}:${last}${rows.length}`);
      continue;
    }
    const cells = [++no, t.item, t.unit];
    for (let d = 0; d < nD; d++) cells.push(t.pre ? t.pre[d] : d === ME ? t.v : null);
    let tot;
    if (t.pre) tot = Number(sum(t.pre).toFixed(2));
    else if (typeof t.v === "number") tot = t.v;
    else tot = "—";
    cells.push(tot, t.note);
    rows.push(cells);
  }
  rows.push([]);
  rows.push(["联系人：何××（黄埔区商务局电商科）　　电话：020-82xxxxxx"]);
  merges.push(`A${rows.length}:${last}${rows.length}`);
  assert(rows[4][4] === "黄埔区" && W === 12 && last === "L", "f2 黄埔区 in column E");
  assert(sum(CL.map((x) => x[1])) === 93, "f2 claimed 93");
  const IDS = SCORED.map((s) => s[0]);
  const claimed = {};
  CL.forEach((x, j) => (claimed[IDS[j]] = x[1]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 0;
  return {
    description:
      "广州黄埔区商务局填的广州市商务局《考评基础数据汇总表》：一区一列（白云区…增城区七列在“各区填报”合并表头之下，后面是“全市合计”和“备注”），按节分段，一行一个指标，单位单列（万人、万元、%、是/否、日期、分）。常住人口、行政村数两行由市局给七个区都预填了，只取黄埔区一列（126.49万人、28个），全市合计是七区之和；其余各行只有黄埔区一列有值，全市合计栏照抄数值（是否类为“—”），不是另一组数据。读出：组长“区长”，成员单位有商务、财政、农业农村、乡村振兴（协作办）→ principal-all；中心2020/12/8运营；免费摄影美工“否”；网零四项按万元；下达500万元、累计拨付412.6万元、进度86%；十个主观项自评分；“十、指标自评得分”十五行是按指标的自评分（合计93，两项加分都填0）。",
    sheets: [{ name: "汇总表", rows, merges }],
    expect: {
      facts: {
        county: "黄埔区", asOf: "2021-08-31", residentPopulation: 1264900, adminVillagesStated: 28,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-08", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 3865200000, ruralRetail2020: 4528700000, agriRetail2019: 218600000, agriRetail2020: 291140000,
        trainingPersonTimesStated: 4816, eligiblePoorPersonsStated: 86, trainedPoorPersonsStated: 47,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4126000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.86,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f3 — 佛山南海区: 新闻发布会答问口径
// =====================================================================================================
function buildF3() {
  const rows = [["南海区电子商务进农村综合示范创建工作新闻发布会答问口径"],
    ["（区政府新闻办公室　2021年9月8日　内部资料　注意保存）"],
    ["说明：口径中数据统一截至2021年8月31日（省考评截止日期）；答问时以“口径数据核对”栏为准，不得自行估算。"],
    ["序号", "记者可能提问", "答问口径", "答问人", "口径数据核对（区经济促进局电商股）"]];
  const merges = ["A1:E1", "A2:E2", "A3:E3"];
  const QA = [
    ["南海区为什么要创建省级电子商务进农村综合示范区？创建工作是怎么组织的？",
      "南海区常住人口超过三百六十万，农村电商基础较好。2019年我区被确定为省级电子商务进农村综合示范县（区）后，区政府成立了由区委常委、常务副区长任组长的创建工作领导小组，区经济促进局（商务）、区财政局、区农业农村局、区乡村振兴局等部门为成员单位，并正式印发了创建工作方案。",
      "区经济促进局局长",
      "常住人口：366.72万人（七普）\n户籍人口：173.4万人（仅供参考，不作考评口径）\n行政村：187个（不含社区）\n领导小组组长：区委常委、常务副区长\n工作方案：已印发（南府办函〔2020〕36号）"],
    ["在政策扶持方面有哪些举措？",
      "我区出台了《南海区促进农村电子商务发展若干措施》，从站点建设、人才培育、品牌打造等方面给予扶持，并制定了专项资金管理办法，建立了资金专用台账。",
      "区经济促进局副局长",
      "扶持政策：已出台\n资金管理制度：已制定\n资金专用台账：已建立"],
    ["区电子商务公共服务中心现在运营得怎么样？",
      "区电子商务公共服务中心于2020年7月18日正式投入运营，设有培训室和直播间，免费开展电商基础培训；免费展示销售九江双蒸、里水花卉等特色农产品，免费为电商主体提供产品摄影和美工设计，统一推广“南海好物”区域公用品牌，还提供代办营业执照、金融对接等增值服务。我区还整合建成了南海电商产业园，引进了专业第三方运营服务商。",
      "中心运营单位负责人",
      "投入运营：2020年7月18日\n免费培训：有\n免费展示销售：有\n免费摄影美工：有\n品牌推广：有\n其他增值服务：有\n电商产业园：已整合建成（入驻企业31家）\n第三方运营服务商：有"],
    ["农产品网上卖得好不好？物流能不能到村？",
      "2020年全区农村网络零售额超过三百亿元，农产品网络零售额增长三成以上。全区行政村都已实现快递物流覆盖。",
      "区经济促进局局长",
      "2020年农村网络零售额：312.6亿元，同比增长21.4%\n2020年农产品网络零售额：46.8亿元，同比增长36.2%\n行政村快递覆盖率：100%"],
    ["电商培训开展了多少？相对贫困群众参加得怎么样？",
      "两年来累计开展电商培训超过五千人次，有劳动能力的相对贫困人口大多数参加了培训。",
      "区经济促进局副局长",
      "培训人次：5,127人次\n有劳动能力的相对贫困人口（不含外出务工）：73人\n已参加培训：51人（按身份证号去重）"],
    ["群众怎么了解示范创建的情况？",
      "区政府网站开设了电子商务进农村综合示范专栏，公开了创建方案、项目基本信息和建设进度，并设立了监督举报窗口，接受社会监督。我们每月向佛山市商务局报送创建进展，同时统计电商帮扶情况。",
      "区经济促进局副局长",
      "专栏公开：创建方案、项目基本信息、建设进度\n监督举报窗口：已设立\n电商扶贫统计：能统计，随月报报送"],
    ["省级专项资金用得怎么样？",
      "省级下达专项资金500万元，已拨付四百三十余万元，资金支出率超过八成，项目总体进度超过九成。",
      "区财政局副局长",
      "下达资金：500万元\n累计拨付：4,312,600元\n项目总体进度：92%"],
    ["创建过程中有没有发生安全事故或者其他问题？",
      "创建期间没有发生安全生产、质量事故，没有造成重大经济损失和不良社会影响，也不存在弄虚作假的情况。",
      "区经济促进局局长",
      "安全生产、质量事故：未发生\n弄虚作假：无"],
  ];
  QA.forEach((q, j) => rows.push([j + 1, q[0], q[1], q[2], q[3]]));
  rows.push([]);
  rows.push(["内部掌握（不对外）：考评主观评分项自评情况"]);
  merges.push(`A${rows.length}:E${rows.length}`);
  rows.push([null, "评分项", "自评分", "分值范围", "依据"]);
  const J = [["方案制定", 2, "1-2"], ["政策支持", 2, "1-2"], ["项目管理制度", 2, "1-2"], ["工作台账", 2, "1-2"], ["网销调研", 2, "1-2"], ["网络促销活动", 2, "1-2"],
    ["交易标准与冷链溯源", 1, "1-2"], ["资金管理制度", 5, "1-5"], ["资金台账", 5, "1-5"], ["资金及时拨付", 5, "1-5"]];
  for (const [n, v, r] of J) rows.push([null, n, `${v}分`, r, null]);
  rows.push([]);
  rows.push(["审核：区经济促进局办公室　　　　联系人：冯××"]);
  merges.push(`A${rows.length}:E${rows.length}`);
  assert(pct1(4312600, 5000000) === "86.3%" && pct1(51, 73) === "69.9%", "f3 the prose rounds agree (八成以上, 大多数)");
  return {
    description:
      "佛山南海区政府新闻办为创建工作新闻发布会准备的《答问口径》（内部资料）：序号｜记者可能提问｜答问口径（整段话）｜答问人｜口径数据核对（一格里多行“标签：值”），第3行说明口径数据截至2021年8月31日、以核对栏为准。读法：确数取核对栏（常住人口366.72万人、行政村187个、培训5,127人次、73人/51人、累计拨付4,312,600元、进度92%、2020年农村网零312.6亿元增长21.4%、农产品网零46.8亿元增长36.2%），答问口径里的“超过三百六十万”“超过五千人次”“四百三十余万元”是约数，不另作事实；户籍人口、入驻企业31家不是输入；组长是“区委常委、常务副区长”（副职，分管领导，不是主要领导）；中心2020年7月18日运营，五项服务都有；2019年的零售额没有写。表下“内部掌握（不对外）”是十个主观项自评分（写成“2分”）。",
    sheets: [{ name: "答问口径", rows, merges }],
    expect: {
      facts: {
        county: "南海区", asOf: "2021-08-31", residentPopulation: 3667200, adminVillagesStated: 187,
        planIssued: true, policyIssued: true, centerOpened: "2020-07-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: 31260000000, ruralRetailGrowthStated: 0.214, agriRetail2020: 4680000000, agriRetailGrowthStated: 0.362,
        trainingPersonTimesStated: 5127, eligiblePoorPersonsStated: 73, trainedPoorPersonsStated: 51,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4312600, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.92,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 5, "fund.spending": 5,
      },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// l1 — 阳江江城区: express crosstab village list, stations as pairs per village, multi-date trainee cells, month crosstab funds
// =====================================================================================================
function buildL1() {
  const REGION = "441702";
  // [town, 行政村, 社区]
  const TOWNS = [["南恩街道", 0, 8], ["城南街道", 0, 7], ["城北街道", 0, 6], ["城西街道", 4, 3], ["岗列街道", 8, 2], ["中洲街道", 3, 2], ["白沙街道", 10, 3], ["埠场镇", 9, 1], ["双捷镇", 11, 1]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("那平东西南北大上新旧石龙凤金黄白马安福和兴良", ["蓬", "垌", "洋", "岭", "塘", "田", "坡", "山", "湾", "埇", "寮", "边", "头"], "村", prefixes);
  const cName = nameMaker("江漠鸳新金沿碧翠双星", ["城", "苑", "湖", "园", "华", "港", "鹰", "兴"], "社区", prefixes);
  const towns = TOWNS.map(([town, nv, nc]) => ({ town, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((t) => t.vs);
  const comms = towns.flatMap((t) => t.cs);
  assert(admin.length === 45 && comms.length === 33 && admin.every((v) => !/村村$/.test(v)), "l1 45 villages + 33 communities");
  noStemClash(admin, comms, "l1");
  const poor = new Set([towns[4].vs[2], towns[6].vs[5], towns[6].vs[8], towns[7].vs[1], towns[8].vs[6]]);
  const noExp = towns[8].vs[9];
  assert(!poor.has(noExp), "l1 the uncovered village is not poor");

  // ---------------- 快递覆盖（邮政管理局）: one ✓ column per carrier
  const BR = ["邮政", "中通", "圆通", "韵达", "申通", "极兔", "顺丰"];
  const vRows = [["江城区行政村（社区）快递物流服务覆盖情况表"], ["（区邮政管理局提供，2021年7月）　有快递网点或代收点的在对应企业下打“✓”"],
    ["序号", "镇（街道）", "村（社区）", "类别"].concat(BR, ["备注"])];
  const vMerges = ["A1:L1", "A2:L2"];
  const vRecs = [];
  let seq = 0;
  for (const t of towns) {
    const r0 = vRows.length + 1;
    const list = t.vs.map((v) => ({ n: v, admin: true })).concat(t.cs.map((c) => ({ n: c, admin: false })));
    list.forEach((x, j) => {
      const marks = BR.map((b, k) => (x.n === noExp ? null : k === 0 || rnd() < (x.admin ? 0.35 : 0.7) ? "✓" : null));
      if (x.n !== noExp && x.admin && j % 4 === 1) marks[0] = null;
      if (x.n !== noExp && marks.every((m) => m === null)) marks[1] = "✓";
      const note = poor.has(x.n) ? "省定贫困村" : x.n === noExp ? "暂未设点" : null;
      vRows.push([++seq, j === 0 ? t.town : null, x.n, x.admin ? "行政村" : "社区"].concat(marks, [note]));
      const rec = { name: x.n, admin: x.admin, express: marks.some((m) => m !== null) };
      if (x.admin) rec.poor = poor.has(x.n);
      vRecs.push(rec);
    });
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push(["注：备注栏注明“省定贫困村”的为省定贫困村（共5个），其余行政村均不是省定贫困村。"]);
  vMerges.push(`A${vRows.length}:L${vRows.length}`);
  assert(vRecs.filter((r) => r.admin && !r.express).length === 1 && vRecs.filter((r) => r.poor).length === 5, "l1 one uncovered village, five poor");
  assert(vRows.some((r) => r[3] === "行政村" && r[4] === null && r[5] !== null), "l1 a covered village without 邮政");

  // ---------------- 站点分布: one row per 行政村, 站点一 / 站点二 pairs
  const sRows = [["江城区村级电子商务服务站点分布表"], ["序号", "镇（街道）", "行政村", "站点一", null, "站点二", null, "备注"], [null, null, null, "站点名称", "挂牌时间", "站点名称", "挂牌时间", null]];
  const sMerges = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:G2", "H2:H3"];
  const sRecs = [];
  const withTwo = new Set([towns[4].vs[0], towns[6].vs[3], towns[8].vs[2]]);
  const without = new Set([towns[3].vs[3], towns[5].vs[2], towns[6].vs[9], towns[7].vs[7], towns[8].vs[10], noExp]);
  let sq = 0;
  let fi = 0;
  for (const t of towns.filter((x) => x.vs.length)) {
    const r0 = sRows.length + 1;
    t.vs.forEach((v, j) => {
      const short = v.replace(/村$/, "");
      const cells = [++sq, j === 0 ? t.town : null, v];
      let note = null;
      if (without.has(v)) {
        cells.push(null, null, null, null);
        note = "未建站";
      } else {
        const a = v === towns[7].vs[4] ? "2021-09-07" : randIsoBetween("2020-06-20", "2021-08-28");
        const fmtA = v === towns[6].vs[1] ? "2021年3月" : null;
        const aIso = fmtA ? "2021-03" : a;
        cells.push(`${short}村电商服务站`, fmtA || dateCell(a, fi++));
        sRecs.push({ village: v, opened: aIso });
        if (withTwo.has(v)) {
          const b = v === towns[8].vs[2] ? "2021-09-16" : randIsoBetween("2021-02-01", "2021-08-20");
          cells.push(`${short}村邮乐购服务点`, dateCell(b, fi++));
          sRecs.push({ village: v, opened: b });
        } else cells.push(null, null);
        if (a > "2021-08-31") note = "9月挂牌";
      }
      cells.push(note);
      sRows.push(cells);
    });
    mergeCol(sMerges, "B", r0, sRows.length);
  }
  sRows.push(["合计", null, `行政村${admin.length}个`, `站点${sRecs.length}个`, null, null, null, `未建站${without.size}个`]);
  sMerges.push(`A${sRows.length}:B${sRows.length}`);
  assert(sRecs.length === 42 && sRecs.some((r) => r.opened === "2021-03"), "l1 42 stations " + sRecs.length);

  // ---------------- 培训登记: several dates in one cell
  const NEAR = [REGION, REGION, REGION, "441704", "441721"];
  const SESS = ["2020-09-24", "2020-10-22", "2020-11-19", "2020-12-17", "2021-01-21", "2021-03-25", "2021-04-22", "2021-05-20", "2021-06-09", "2021-07-15", "2021-08-19", "2021-09-09"];
  const tRows = [["江城区农村电商培训学员登记表"], ["说明：同一学员多次参训的，参训日期依次写在同一格内，用“、”隔开；线上报名学员身份证号按平台导出为脱敏号码。"],
    ["序号", "姓名", "性别", "身份证号", "镇（街道）", "参训日期", "参训次数", "报名方式"]];
  const tMerges = ["A1:H1", "A2:H2"];
  const tRecs = [];
  const N = 36;
  for (let k = 0; k < N; k++) {
    const male = rnd() < 0.45;
    const id = makeId(NEAR[rint(0, NEAR.length - 1)], birthBetween(1970, 2001), male, k === 6 ? true : undefined);
    const n = k % 4 === 0 ? 3 : k % 3 === 0 ? 2 : 1;
    const s = new Set();
    if (k === 5) s.add(8);
    if (k === 13) s.add(11);
    if (k === 20) s.add(7);
    while (s.size < n) s.add(rint(0, 11));
    const idx = [...s].sort((a, b) => a - b);
    const online = k % 7 === 3;
    const idCell = online ? maskId(id) : k === 6 ? id.slice(0, 17) + "x" : id;
    const style = k % 5;
    const parts = idx.map((i) => {
      const iso = SESS[i];
      if (i === 8) return "2021.6.8-9";
      if (style === 0) return cnDate(iso);
      if (style === 1) return dotDate(iso);
      if (style === 2) return slashDate(iso);
      if (style === 3) return twoDot(iso);
      return dashNoPad(iso);
    });
    let dcell = parts.join("、");
    if (k === 20) dcell = fwText(dcell);
    tRows.push([k + 1, personName(), male ? "男" : "女", idCell, towns[rint(0, towns.length - 1)].town, dcell, idx.length, online ? "线上（粤省事）" : "现场"]);
    for (const i of idx) tRecs.push({ date: SESS[i], personTimes: 1, id: online ? maskId(id) : id });
  }
  tRows.push(["合计", null, null, null, null, null, tRecs.length, null]);
  tMerges.push(`A${tRows.length}:F${tRows.length}`);
  checkTrainingIds(tRecs, "l1");
  assert(tRecs.some((r) => r.date === "2021-09-09") && tRecs.some((r) => r.date === "2021-06-09") && tRecs.some((r) => /\*/.test(r.id)), "l1 a September class, the range, masked ids");
  assert(tRows.some((r) => typeof r[5] === "string" && /[０-９]/.test(r[5])) && tRows.some((r) => typeof r[3] === "string" && /x$/.test(r[3])), "l1 full-width dates, a lower-case x");

  // ---------------- 资金月度支出: project × month in 万元
  const MONTHS = monthsBetween("2020-09", "2021-09");
  const PROJ = [
    ["县级电子商务公共服务中心建设", "阳江市江城区电商运营服务有限公司", 1200000, { "2020-09": 360000, "2021-01": 360000, "2021-06": 240000 }],
    ["镇村电商服务站点建设", "中国邮政集团有限公司阳江市江城区分公司", 1150000, { "2020-10": 345000, "2021-03": 345000, "2021-09": 230000 }],
    ["农村物流配送体系建设", "阳江市顺通物流有限公司", 900000, { "2020-11": 270000, "2021-04": 270000, "2021-08": 180000 }],
    ["农村电商人才培训", "阳江市江城区职业培训学校", 560000, { "2020-12": 168000, "2021-05": 168000, "2021-08": 112000 }],
    ["农产品品牌建设及营销推广", "阳江市漠阳创意策划有限公司", 480000, { "2021-02": 144000, "2021-07": 192000 }],
    ["冷链及农产品溯源体系", "阳江市鲜达冷链科技有限公司", 450000, { "2021-05": 135000 }],
    ["公共信息服务平台", "阳江市数联信息技术有限公司", 260000, { "2021-03": 78000, "2021-08": 104500 }],
  ];
  const fRows = [["江城区电子商务进农村综合示范专项资金支出进度表（按月）"], ["单位：万元"],
    ["序号", "项目", "承建单位", "合同金额", "2020年", null, null, null, "2021年"].concat(Array(8).fill(null), ["累计支出", "支出比例"]),
    [null, null, null, null].concat(MONTHS.map((m) => `${Number(m.slice(5))}月`), [null, null])];
  const mc = (i) => colName(4 + i);
  const fMerges = ["A1:S1", "A2:S2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", `${mc(0)}3:${mc(3)}3`, `${mc(4)}3:${mc(12)}3`, "R3:R4", "S3:S4"];
  const fRecs = [];
  PROJ.forEach(([name, who, contract, pays], j) => {
    const cells = [j + 1, name, who, wan(contract)];
    for (const m of MONTHS) {
      if (pays[m]) {
        cells.push(wan(pays[m]));
        fRecs.push({ date: m, amount: pays[m] });
      } else cells.push(null);
    }
    const tot = sum(Object.values(pays));
    cells.push(wan(tot), pct1(tot, contract));
    fRows.push(cells);
  });
  const colTot = MONTHS.map((m) => sum(PROJ.map((p) => p[3][m] || 0)));
  fRows.push(["合计", null, null, wan(sum(PROJ.map((p) => p[2])))].concat(colTot.map((x) => (x ? wan(x) : null)), [wan(sum(colTot)), pct1(sum(colTot), 5000000)]));
  fMerges.push(`A${fRows.length}:C${fRows.length}`);
  fRows.push(["注：每格为当月国库实际支付金额；2021年9月为截至9月20日数。"]);
  fMerges.push(`A${fRows.length}:S${fRows.length}`);
  assert(colName(4 + MONTHS.length - 1) === "Q" && fRows[2].length === 19 && fRows[3].length === 19, "l1 months E–Q, totals R–S");
  assert(fRecs.length === 17 && sum(PROJ.map((p) => p[2])) === 5000000, "l1 17 monthly disbursements, contracts 5,000,000");

  const notes = [["说明", null, null, null], ["1．本册为江城区电子商务进农村综合示范台账（快递覆盖、站点、培训、资金）。"], ["2．快递覆盖情况由区邮政管理局提供，站点分布以挂牌时间为准。"],
    ["3．资金支出按月汇总，明细见财务凭证。"], ["江城区商务局　2021年9月"]];
  const dd = [["类别"], ["行政村"], ["社区"], [], ["报名方式"], ["现场"], ["线上（粤省事）"]];
  return {
    description:
      "阳江江城区商务局台账（四张台账加说明页和隐藏的下拉表）。“快递覆盖”是区邮政管理局的表：村（社区）一行，七家快递企业（邮政、中通…顺丰）各一列，有网点或代收点的打✓，一格✓都没有的是未覆盖（一个村“暂未设点”），有的村没有邮政但有别家；类别列分行政村/社区；省定贫困村只在备注栏注明（表尾注：其余行政村都不是）；镇（街道）纵向合并。“站点分布”一个行政村一行，站点一、站点二各是（站点名称|挂牌时间）一对，两行表头；未建站的村两对都空（不是记录），三个村有两个站点（一个第二站在9月），一个村唯一的站9月挂牌，一个挂牌时间只写“2021年3月”；挂牌时间有日期单元格、Excel序列号、“2021年3月5日”、“2021.3.5”、“2021/3/5”、“2021-3-5”；合计行不是记录。“培训登记”一人一行，多次参训的日期写在一格里用“、”隔开（每个日期一人次，按行、从左到右），写法有“2020年9月24日”“2020.9.24”“2020/9/24”“20.9.24”“2020-9-24”，两天的班写“2021.6.8-9”读6月9日，一格日期全是全角数字（“２０２１年１月２１日、２０２１年４月２２日、…”），线上报名的身份证号是脱敏的（照写），一人末位小写x；有2021年9月9日的。“资金支出”是项目×月份的交叉表（单位万元，2020年9—12月、2021年1—9月两组合并表头），每个有数的格是一笔拨付，日期只到月（2021年9月的也照列），合同金额、累计支出、支出比例、合计行不是记录。",
    sheets: [
      { name: "说明", rows: notes, merges: ["A1:D1"] },
      { name: "快递覆盖", rows: vRows, merges: vMerges },
      { name: "站点分布", rows: sRows, merges: sMerges },
      { name: "培训登记", rows: tRows, merges: tMerges },
      { name: "资金支出", rows: fRows, merges: fMerges },
      { name: "下拉", rows: dd, hidden: true },
    ],
    expect: {
      sheets: {
        "说明": { kind: null },
        "快递覆盖": { kind: "villages", records: vRecs },
        "站点分布": { kind: "stations", records: sRecs },
        "培训登记": { kind: "training", records: tRecs },
        "资金支出": { kind: "funds", records: fRecs },
        "下拉": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 江门蓬江区: combined 就业状态 roster, OA 发文登记 as the report log, month-grouped column updates, park event log
// =====================================================================================================
function buildL2() {
  const REGION = "440703";
  const TOWNS = ["棠下镇", "荷塘镇", "杜阮镇"];
  const vName = nameMaker("良丰南北新石龙凤井亭三江禾大", ["边", "塘", "岗", "洲", "坑", "头", "美", "湾"], "村", ["棠下", "荷塘", "杜阮"]);
  const villages = Array.from({ length: 12 }, () => vName());
  // ---------------- 相对贫困人口: one combined 就业状态 column
  const ST = {
    "在家务农": [true, false], "区内务工": [true, false], "灵活就业（区内）": [true, false], "外出务工（省内）": [true, true], "外出务工（省外）": [true, true],
    "在校学生": [false, null], "年老无劳动能力": [false, null], "重病（丧失劳动能力）": [false, null], "残疾（丧失劳动能力）": [false, null],
  };
  const HH = [["在家务农", "在家务农", "在校学生"], ["区内务工", "年老无劳动能力"], ["外出务工（省内）", "在家务农", "在校学生", "在校学生"], ["重病（丧失劳动能力）", "灵活就业（区内）"],
    ["区内务工", "区内务工", "外出务工（省外）"], ["年老无劳动能力", "年老无劳动能力"], ["在家务农", "残疾（丧失劳动能力）", "在校学生"], ["灵活就业（区内）", "外出务工（省内）", "在校学生"],
    ["在家务农", "区内务工", "年老无劳动能力"], ["区内务工", "在校学生"], ["外出务工（省外）", "外出务工（省外）", "年老无劳动能力"], ["在家务农", "在家务农"]];
  const pRows = [["蓬江区相对贫困人口名单"], ["（区农业农村局提供；“就业状态”按2021年6月动态调整填写）"],
    ["户编号", "镇", "村", "序号", "姓名", "性别", "与户主关系", "身份证号", "就业状态", "备注"]];
  const pMerges = ["A1:J1", "A2:J2"];
  const pRecs = [];
  let k = 0;
  HH.forEach((hh, h) => {
    const r0 = pRows.length + 1;
    const town = TOWNS[h % 3];
    const v = villages[h];
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    const hid = `4407030${String(h + 1).padStart(2, "0")}${String(rint(1000, 9999))}`;
    let headAge = 0;
    let headMale = true;
    hh.forEach((st, j) => {
      let male = rnd() < 0.5;
      let age;
      let rel;
      const old = st === "年老无劳动能力";
      if (j === 0) {
        rel = "户主";
        male = headMale = rnd() < 0.8;
        age = headAge = old ? rint(68, 82) : rint(40, 58);
      } else if (j === 1 && st !== "在校学生" && !(old && headAge < 60)) {
        rel = "配偶";
        male = !headMale;
        age = Math.max(old ? 66 : 25, headAge + rint(-5, 5));
      } else if (st === "在校学生") {
        rel = headAge >= 66 ? (male ? "之孙子" : "之孙女") : male ? "之子" : "之女";
        age = rint(7, 19);
      } else if (old) {
        rel = male ? "之父" : "之母";
        age = headAge + rint(22, 28);
      } else {
        rel = male ? "之子" : "之女";
        age = rint(18, Math.min(32, headAge - 20));
      }
      const birth = randIsoBetween(`${2021 - age - 1}-07-01`, `${2021 - age}-06-30`);
      const id = makeId(REGION, birth, male, h === 4 && j === 1 ? true : undefined);
      pRows.push([j === 0 ? hid : null, j === 0 ? town : null, j === 0 ? v : null, ++k, personName(rel === "配偶" || rel === "之母" ? undefined : sn), male ? "男" : "女", rel, id, st, st.startsWith("外出") ? "春节返乡" : null]);
      const [labour, migrant] = ST[st];
      const rec = { id, labour };
      if (migrant !== null) rec.migrant = migrant;
      pRecs.push(rec);
    });
    for (const c of ["A", "B", "C"]) mergeCol(pMerges, c, r0, pRows.length);
  });
  pRows.push(["说明：就业状态为“在校学生”“年老无劳动能力”“重病／残疾（丧失劳动能力）”的为无劳动能力人口；“外出务工”指到区外务工。"]);
  pMerges.push(`A${pRows.length}:J${pRows.length}`);
  const elig = pRecs.filter((r) => r.labour && r.migrant === false).length;
  assert(pRecs.length === 32 && elig === 14 && pRecs.filter((r) => r.migrant).length === 5, "l2 32 persons, 14 eligible, 5 migrants " + elig);
  assert(pRecs.some((r) => r.id.endsWith("X")), "l2 an X id");

  // ---------------- 发文登记 (OA export): only letters to 江门市商务局 are reports
  const DOCS = [];
  const CITY = "江门市商务局";
  for (const m of monthsBetween("2020-09", "2021-09")) {
    if (m === "2021-02") continue;
    const prev = monthsBetween("2020-01", m).slice(-2)[0];
    const iso = `${m}-${String(rint(3, 9)).padStart(2, "0")}`;
    const both = m === "2021-03";
    const pov = !(m === "2020-09" || m === "2020-10");
    DOCS.push({ iso, title: both ? "蓬江区商务局关于报送2021年1—2月电子商务进农村综合示范工作进展情况的函" : `蓬江区商务局关于报送${cnMonth(prev)}电子商务进农村综合示范工作进展情况的函`,
      to: CITY, att: pov ? "1．工作进展情况表；2．电商扶贫情况统计表" : "1．工作进展情况表", rep: true, pov });
  }
  DOCS.push({ iso: "2020-12-18", title: "蓬江区商务局关于报送电子商务进农村综合示范中期自评报告的报告", to: CITY, att: "1．中期自评报告", rep: true, pov: false });
  DOCS.push({ iso: "2020-10-20", title: "关于申请拨付电子商务进农村综合示范项目资金的函", to: "蓬江区财政局", att: "1．资金拨付申请表；2．合同复印件", rep: false });
  DOCS.push({ iso: "2021-01-12", title: "关于召开电子商务进农村综合示范工作推进会的通知", to: "各镇人民政府、区直有关单位", att: null, rep: false });
  DOCS.push({ iso: "2021-04-26", title: "关于报送村级电商服务站点建设情况的通知", to: "棠下镇、荷塘镇、杜阮镇人民政府", att: "1．站点建设情况统计表", rep: false });
  DOCS.push({ iso: "2021-07-14", title: "关于商请提供2020年农村网络零售额数据的函", to: "蓬江区统计局", att: null, rep: false });
  DOCS.sort((a, b) => cmp(a.iso, b.iso));
  const dRows = [["发文登记查询结果（关键字：电子商务）"], ["导出人：蓬江区商务局办公室　　导出时间：2021-09-16 10:41"],
    ["序号", "发文日期", "发文字号", "标题", "主送单位", "附件", "密级"]];
  const rRecs = [];
  let wen = 20;
  DOCS.forEach((d, j) => {
    wen += rint(2, 9);
    dRows.push([j + 1, d.iso, `蓬商${d.rep ? "函" : "字"}〔${d.iso.slice(0, 4)}〕${wen}号`, d.title, d.to, d.att, "公开"]);
    if (d.rep) rRecs.push({ date: d.iso, poverty: d.pov });
  });
  const repM = new Set(rRecs.filter((r) => r.date <= "2021-08-31").map((r) => ym(r.date)));
  assert(rRecs.length === 13 && WINDOW.filter((w) => !repM.has(w)).join() === "2021-02", "l2 13 reports, none in February 2021");

  // ---------------- 专栏更新: month group rows, day-only cells
  const UPD = [];
  for (const m of monthsBetween("2020-07", "2021-09")) {
    if (m === "2021-01") continue;
    const prev = monthsBetween("2020-01", m).slice(-2)[0];
    const n = m === "2020-07" ? 3 : m === "2021-05" ? 2 : 1;
    const days = new Set();
    while (days.size < n) days.add(rint(5, 28));
    [...days].sort((a, b) => a - b).forEach((d, j) => {
      let t = `蓬江区电子商务进农村综合示范项目建设进度（${cnMonth(prev)}）`;
      if (m === "2020-07") t = ["蓬江区电子商务进农村综合示范县创建工作方案", "蓬江区电子商务进农村综合示范项目基本信息", "关于设立电子商务进农村综合示范监督举报电话的公告"][j];
      if (m === "2021-05" && j === 1) t = "蓬江区村级电子商务服务站点名单公示";
      UPD.push({ iso: `${m}-${String(d).padStart(2, "0")}`, t });
    });
  }
  const uRows = [["区政府网“电子商务进农村综合示范”专栏发布登记"], ["序号", "发布日", "标题", "子栏目", "发布人"]];
  const uMerges = ["A1:E1"];
  const uRecs = [];
  let us = 0;
  for (const m of monthsBetween("2020-07", "2021-09")) {
    uRows.push([cnMonth(m), null, null, null, null]);
    uMerges.push(`A${uRows.length}:E${uRows.length}`);
    const list = UPD.filter((u) => ym(u.iso) === m);
    if (!list.length) {
      uRows.push([null, "—", "（本月无更新）", null, null]);
      continue;
    }
    for (const u of list) {
      uRows.push([++us, `${ymd(u.iso)[2]}日`, u.t, /方案|基本信息|举报/.test(u.t) ? "政策文件" : /名单/.test(u.t) ? "通知公告" : "建设进度", "pjsw01"]);
      uRecs.push({ date: u.iso });
    }
  }
  const disM = new Set(uRecs.filter((r) => r.date <= "2021-08-31").map((r) => ym(r.date)));
  assert(WINDOW.filter((w) => !disM.has(w)).join() === "2021-01" && uRecs.length === 17, "l2 17 updates, none in January 2021 " + uRecs.length);

  // ---------------- 入园变动登记: event log
  const FIRMS = [["江门蓬江侨乡优品电子商务有限公司", "平台型"], ["江门市蓬江区棠下鲜果网店", "销售型"], ["江门市蓬江区杜阮凉瓜电子商务商行", "销售型"], ["江门蓬江云创电商运营有限公司", "电商运营商"],
    ["江门市蓬江区邮政快递揽投部", "物流企业"], ["江门蓬江五邑直播传媒有限公司", "直播机构"], ["江门蓬江荷塘纱龙网店", "销售型"], ["江门蓬江速运供应链管理有限公司", "物流企业"],
    ["江门蓬江良品包装设计工作室", "设计服务"], ["江门蓬江乡村优选社区团购服务部", "销售型"], ["江门蓬江跨境电子商务有限公司", "平台型"], ["江门蓬江鲜达冷链仓储有限公司", "物流企业"],
    ["江门蓬江锦绣电商代运营工作室", "电商运营商"], ["江门蓬江湾区农品电子商务有限公司", "销售型"]].map(([n, t], j) => ({ n, t, code: creditCode(REGION), j }));
  const EV = [];
  FIRMS.forEach((f, j) => EV.push({ iso: j === 13 ? "2021-09-06" : j === 2 ? "2020-08-17" : j === 6 ? "2020-11-05" : randIsoBetween("2020-07-01", "2021-08-15"), type: "新入驻", f }));
  EV.push({ iso: "2021-05-31", type: "退出", f: FIRMS[2], why: "经营困难，退租" });
  EV.push({ iso: "2021-09-30", type: "退出", f: FIRMS[6], why: "合同到期不续租" });
  for (const j of [0, 5, 9]) EV.push({ iso: null, type: "园内迁址", f: FIRMS[j], why: "由2楼迁至3楼" });
  // dates for moves after their entries
  for (const e of EV.filter((x) => x.type === "园内迁址")) {
    const ent = EV.find((x) => x.f === e.f && x.type === "新入驻").iso;
    e.iso = isoAdd(ent, rint(30, 120));
    if (e.iso > "2021-08-31") e.iso = "2021-08-20";
  }
  assert(EV.find((x) => x.f === FIRMS[2] && x.type === "新入驻").iso < "2021-05-31", "l2 exit after entry");
  EV.sort((a, b) => cmp(a.iso, b.iso) || (a.type === "新入驻" ? -1 : 1));
  const eRows = [["蓬江区电子商务产业园企业入园变动登记"], ["序号", "登记日期", "变动类型", "企业名称", "统一社会信用代码", "企业类型", "说明"]];
  const eRecs = [];
  const seen = new Map();
  EV.forEach((e, j) => {
    const dc = j % 3 === 0 ? D(e.iso) : j % 3 === 1 ? cnDate(e.iso) : dotDate(e.iso);
    eRows.push([j + 1, dc, e.type, e.f.n, e.f.code, e.type === "新入驻" ? e.f.t : null, e.why || (e.iso > "2021-08-31" ? "9月新入驻" : null)]);
    if (e.type === "新入驻") {
      const rec = { name: e.f.n, type: e.f.t, entered: e.iso, left: null };
      seen.set(e.f, rec);
      eRecs.push(rec);
    }
  });
  for (const e of EV.filter((x) => x.type === "退出")) seen.get(e.f).left = e.iso;
  assert(eRecs.length === 14 && eRecs.filter((r) => r.left).length === 2, "l2 14 firms, two exits");
  assert(EV.every((e) => e.type !== "新入驻" || eRecs.indexOf(seen.get(e.f)) >= 0), "l2 each entry a record");

  const toc = [["蓬江区电子商务进农村综合示范台账（第二册）"], ["序号", "表名", "内容", "提供单位"], [1, "相对贫困人口", "相对贫困人口及就业状态", "区农业农村局"],
    [2, "发文登记", "OA系统发文登记导出（含向市商务局报送的月报）", "局办公室"], [3, "专栏更新", "区政府网专栏发布登记", "电商股"], [4, "入园变动", "产业园企业入驻、迁址、退出登记", "园区运营方"]];
  return {
    description:
      "江门蓬江区商务局台账第二册。“目录”不是台账。“相对贫困人口”按户登记（户编号、镇、村按户纵向合并），劳动能力和务工只有一列“就业状态”：在家务农、区内务工、灵活就业（区内）是有劳动能力、不外出，外出务工（省内／省外）是有劳动能力、外出务工，在校学生、年老无劳动能力、重病／残疾（丧失劳动能力）是无劳动能力（是否外出不适用，不写）；一人身份证末位X；表尾说明不是人。“发文登记”是OA系统按关键字导出的发文：只有主送“江门市商务局”的是报送记录（月报和一份中期自评报告），发给区财政局、各镇、统计局的不是；是否含扶贫统计看附件栏是否有“电商扶贫情况统计表”（有为是，没有为否）；2021年2月没有发文（3月一并报1—2月），有9月的。“专栏更新”按月分组（“2020年7月”整行合并为组标题），发布日只写“15日”，年月取组标题；“（本月无更新）”不是记录；2021年1月无更新，有9月的。“入园变动”是园区的变动流水（新入驻／园内迁址／退出），一家企业一条记录，按首次出现的顺序：入驻日期取“新入驻”行，退出日期取“退出”行（一家5月31日退出，一家9月30日退出），迁址行不是新企业；有一家2021年9月新入驻。",
    sheets: [
      { name: "目录", rows: toc, merges: ["A1:D1"] },
      { name: "相对贫困人口", rows: pRows, merges: pMerges },
      { name: "发文登记", rows: dRows, merges: ["A1:G1", "A2:G2"] },
      { name: "专栏更新", rows: uRows, merges: uMerges },
      { name: "入园变动", rows: eRows, merges: ["A1:G1"] },
    ],
    expect: {
      sheets: {
        "目录": { kind: null },
        "相对贫困人口": { kind: "poorPersons", records: pRecs },
        "发文登记": { kind: "reports", records: rRecs },
        "专栏更新": { kind: "disclosures", records: uRecs },
        "入园变动": { kind: "enterprises", records: eRecs },
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
write("counties", "b170-c1-nansha.json", c1);
write("facts", "b170-f1-xiangzhou.json", f1);
write("facts", "b170-f2-huangpu.json", f2);
write("facts", "b170-f3-nanhai.json", f3);
write("ledgers", "b170-l1-jiangcheng.json", l1);
write("ledgers", "b170-l2-pengjiang.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
