// Batch 188 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b186.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (188188), no clock. Run: node test/corpus/_b188/gen-b188.js
//
// c1 增城区 (广州): the workbook was put together in January 2022 for the project's 验收 and handed in again for the 考评:
//    the facts sheet 《核心数据》 has two value columns, 考评口径（截至2021年8月31日） and 验收口径（截至2021年12月31日）, a few
//    考评 cells say only “同右”; every ledger runs on to December 2021 (batch headings, mid-table 截至8月31日 subtotal rows, a
//    year × month report grid), 228 行政村 (base capped at 200), no 省定贫困村, 4 villages' express only from 2021年11月.
// f1 湘桥区 (潮州): the city's shared template with the districts as COLUMNS (湘桥区（本区）｜潮安区｜饶平县): 湘桥 downloaded
//    its copy after the others had filled theirs; only the 湘桥区 column is its own; units per row (万人, 万元, but 元 for 累计拨付),
//    √/× and 是/否, a blank 湘桥 cell, growth rows in %, judged and claimed rows per district, a shared 备注 column.
// f2 蓬江区 (江门): the clerk's own 《自评计分器》: a yellow input zone (编号｜输入项｜值｜单位｜说明, 常住人口 in 人, money in
//    元 and 万元), a formula-result zone (ratios, tiers, points) and, on the same rows to the right, a 档位表 full of thresholds
//    (500,000, 200, 1%, 70%…) that are not facts; the claimed points are the calculator's 得分汇总; 资金支出 −5.
// f3 白云区 (广州): a collection matrix by supplying department: 数据项｜单位｜区统计局｜区乡村振兴局｜区农业农村局｜区财政局｜
//    区商务局｜区政务服务数据管理局｜采用｜备注 — each value sits in its supplier's column, some items given by two departments
//    with different numbers and the 采用 column naming the one to use; judged items in a small block below; no claimed points.
// l1 南沙区 (广州): the training sign-ins are a WeChat mini-program export (报名时间, 签到时间 as text, 签到状态 已签到 / 补签 /
//    未签到 — no-shows are not sign-ins), 证件类型 with a 港澳居民居住证 (an 18-digit 810000… number) and a 来往内地通行证 (no ID);
//    poor persons with 劳动力类型 and 是否务工 + 务工地点 (区内 = not migrant); media without a level column (level from the
//    outlet's name); materials with a month-only date; a QR-code list and 填表说明 that are not ledgers.
// l2 龙湖区 (汕头): a 名录 of villages six to a row under street headings (★ = 省定贫困村, “社区” names are 居委会); stations
//    registered by 验收挂牌 batch, the date only in each batch's heading row; park firms by floor and room with 空置 rooms and a
//    combined 在园期间 “2020.10—2021.6” (entered—left); funds as a project × month payment grid (年 in a merged group header,
//    合计 row and column); monthly reports with datetime text.
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
let seed = 188188;
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
    assert(/^b188-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b188-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b188-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 广州增城区: the 验收 workbook (January 2022) handed in for the 考评 — two 口径, ledgers running to December 2021
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "440118";
  const TOWNS = [["荔城街道", 22, 5], ["增江街道", 14, 6], ["朱村街道", 19, 3], ["永宁街道", 12, 7], ["荔湖街道", 9, 6], ["宁西街道", 11, 3],
    ["石滩镇", 34, 4], ["中新镇", 30, 2], ["派潭镇", 27, 2], ["小楼镇", 22, 1], ["正果镇", 28, 2]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("大小新上下东西南北石龙沙塘岭坑田冚围陂高", ["头", "尾", "岗", "塘", "坑", "田", "湖", "埔", "围", "洞", "背", "边", "窝", "屋", "坳", "岭", "朗", "墩"], "村", prefixes);
  const cName = nameMaker("荔增朱永宁凤富金光明锦翠", ["城", "江", "华", "兴", "安", "丰", "和", "景", "苑", "园"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  assert(admin.length === 228 && comms.length === 41, "c1 228 villages + 41 communities");
  noStemClash(admin, comms, "c1");
  const adminSet = new Set(admin);
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const short = (v) => v.replace(/村$|社区$/, "");

  // ---------------- 村居名单 (official 村民委员会 / 社区居民委员会 names; express column, 4 villages only from 2021年11月)
  const shV = shuffle(admin);
  const lateExp = new Set(shV.slice(200, 204));
  const vRows = [["增城区村（居）民委员会名单"], ["（区民政局2021年12月提供；“快递进村”栏由区商务局按区邮政管理局资料填写）"],
    ["序号", "镇（街）", "村（居）民委员会名称", "类别", "快递进村", "备注"]];
  const vMerges = ["A1:F1", "A2:F2"];
  let sq = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    for (const v of x.vs) {
      sq++;
      vRows.push([sq, x.t, `${short(v)}村民委员会`, "村委会", lateExp.has(v) ? "已通（2021年11月）" : "已通", lateExp.has(v) ? "2021年11月开通快递进村，考评截止时未通" : null]);
    }
    for (const c of x.cs) {
      sq++;
      vRows.push([sq, x.t, `${c}居民委员会`, "居委会", "已通", null]);
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push(["合计", null, `村民委员会${admin.length}个，社区居民委员会${comms.length}个`, null, null, null]);
  vMerges.push(`A${vRows.length}:B${vRows.length}`, `C${vRows.length}:F${vRows.length}`);

  // ---------------- 站点台账 (three batches; the third is after the cut-off, for the 验收)
  const cov = shV.slice(0, 145);
  const ST = [];
  cov.slice(0, 80).forEach((v) => ST.push({ v, d: randIsoBetween("2020-06-10", "2020-12-28"), b: 1 }));
  cov.slice(80).forEach((v) => ST.push({ v, d: randIsoBetween("2021-01-06", "2021-08-27"), b: 2 }));
  ST[ST.length - 1].d = CUT;
  ST.push({ v: cov[7], d: randIsoBetween("2021-03-01", "2021-07-30"), b: 2, second: true });
  ST.push({ v: cov[41], d: randIsoBetween("2021-03-01", "2021-07-30"), b: 2, second: true });
  ST.push({ v: comms[9], d: randIsoBetween("2021-02-01", "2021-06-30"), b: 2 });
  shV.slice(145, 175).forEach((v) => ST.push({ v, d: randIsoBetween("2021-09-03", "2021-12-20"), b: 3 }));
  const okSt = ST.filter((s) => adminSet.has(s.v) && s.d <= CUT);
  const covSet = new Set(okSt.map((s) => s.v));
  const covAll = new Set(ST.filter((s) => adminSet.has(s.v)).map((s) => s.v));
  assert(covSet.size === 145 && ratioGE(145, 200, 70) && !ratioGE(145, 228, 70) && covAll.size === 175, "c1 145/200 = 72.5% (63.6% of 228)");
  const BATCH = { 1: "第一批（2020年建成）", 2: "第二批（2021年1月—8月建成）", 3: "第三批（2021年9月—12月建成）" };
  const sRows = [["增城区村级电子商务服务站点台账"], ["填报单位：增城区商务局　　更新至2021年12月31日"],
    ["序号", "镇（街）", "站点名称", "所在村（社区）", "详细地址", "负责人", "联系电话", "挂牌日期", "备注"]];
  const sMerges = ["A1:I1", "A2:I2"];
  let sn = 0;
  for (const b of [1, 2, 3]) {
    const list = ST.filter((s) => s.b === b).sort((p, q) => cmp(p.d, q.d));
    sRows.push([`${BATCH[b]}　共${list.length}个`, null, null, null, null, null, null, null, null]);
    sMerges.push(`A${sRows.length}:I${sRows.length}`);
    for (const s of list) {
      sn++;
      const isC = s.v.endsWith("社区");
      const vcell = isC ? s.v : [s.v, `${short(s.v)}村委会`, `${short(s.v)}村民委员会`][sn % 3];
      const name = isC ? `${short(s.v)}社区电商服务点` : s.second ? `${short(s.v)}村电商服务站（二）` : `${short(s.v)}村电商服务站`;
      sRows.push([sn, townOf[s.v], name, vcell, `广州市增城区${townOf[s.v]}${s.v}${["大街", "新村路", "村委旁", "文化楼"][sn % 4]}${rint(1, 88)}号`,
        personName(), mask(phone()), dateCell(s.d, sn), s.d === CUT ? "8月31日挂牌" : s.second ? "同村第二个站点" : null]);
    }
  }

  // ---------------- 培训台账 (sessions with 人次; a subtotal row at the cut-off; sessions on to December)
  const POP = 1466700;
  const TOPICS = ["农村电商基础知识", "网店开设与运营", "直播带货实操", "短视频拍摄与剪辑", "农产品品牌与包装", "电商客服与售后", "社群团购运营", "荔枝预售与冷链发货"];
  const PLACES = ["区电子商务公共服务中心", "派潭镇文化站", "正果镇党群服务中心", "小楼镇政府会议室", "石滩镇文化站", "中新镇综合文化站"];
  const sessions = [];
  let day = "2020-07-09";
  while (day <= "2021-12-10") {
    if (day >= "2021-08-18" && day <= "2021-09-06") {
      day = "2021-09-08";
      continue;
    }
    if (day >= "2021-02-06" && day <= "2021-02-18") {
      day = "2021-02-22";
      continue;
    }
    const len = rint(0, 3) === 0 ? 1 : 0;
    sessions.push({ start: day, end: isoAdd(day, len), pt: rint(90, 190) });
    day = isoAdd(day, rint(9, 14));
  }
  const cross = { start: "2021-08-30", end: "2021-09-01", pt: 88, cross: true };
  sessions.push(cross);
  sessions.sort((a, b) => cmp(a.start, b.start));
  const before = sessions.filter((s) => s.end <= CUT);
  let diff = 5036 - sum(before.map((s) => s.pt));
  for (let j = 0; diff !== 0; j = (j + 1) % before.length) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 11);
    if (before[j].pt + st < 60 || before[j].pt + st > 260) continue;
    before[j].pt += st;
    diff -= st;
  }
  sessions.forEach((s, j) => {
    s.no = j + 1;
    s.topic = TOPICS[j % TOPICS.length];
    s.place = PLACES[j % PLACES.length];
    s.target = j % 4 === 1 ? "相对贫困户专场" : j % 3 === 0 ? "电商从业人员" : "村民、返乡青年";
  });
  const ptCut = sum(sessions.filter((s) => s.end <= CUT).map((s) => s.pt));
  const ptAll = sum(sessions.map((s) => s.pt));
  assert(ptCut === 5036 && ratioGE(ptCut, 500000, 1) && !ratioGE(ptCut - 37, 500000, 1) && !ratioGE(ptCut, POP, 0.6), "c1 5036/500000 ≥ 1% (0.34% of 1,466,700)");

  // ---------------- 相对贫困人口 (labour types and work status as the poverty system writes them)
  const persons = [];
  const plan = shuffle([].concat(Array(44).fill("E"), Array(10).fill("M"), Array(6).fill("N")));
  const LAB_E = ["普通劳动力", "技能劳动力", "弱劳动力或半劳动力"];
  const WORK_E = ["区内务工", "未务工"];
  const WORK_M = ["区外务工", "省外务工"];
  const LAB_N = ["丧失劳动力", "无劳动力"];
  plan.forEach((c, j) => {
    const birth = c === "N" ? birthBetween(1936, 1956) : birthBetween(1966, 2001);
    const v = shV[rint(0, 227)];
    persons.push({ c, id: makeId(REGION, birth, rnd() < 0.5), name: personName(), v, hh: `4401182${String(60100 + j * 17).padStart(7, "0")}`,
      lab: c === "N" ? LAB_N[j % 2] : LAB_E[j % 3], work: c === "E" ? WORK_E[j % 2] : c === "M" ? WORK_M[j % 2] : "—" });
  });
  const pRows = [["增城区相对贫困人口劳动力情况（区乡村振兴局提供，2021年7月）"], ["序号", "户编号", "姓名", "身份证号", "镇（街）", "所在村", "劳动力类型", "务工状态", "备注"]];
  persons.forEach((p, j) => pRows.push([j + 1, p.hh, p.name, p.id, townOf[p.v], p.v, p.lab, p.work, null]));
  const elig = persons.filter((p) => p.c === "E");
  const mig = persons.filter((p) => p.c === "M");
  const nol = persons.filter((p) => p.c === "N");

  // ---------------- 相对贫困人口参训登记 (sign-ins; 人次 already counted in the session ledger)
  const eligSh = shuffle(elig);
  const trained = eligSh.slice(0, 31);
  const lateOnly = eligSh.slice(31, 34);
  const spacedP = trained[12];
  const cutSes = sessions.filter((s) => s.end <= CUT);
  const special = cutSes.filter((s) => s.target === "相对贫困户专场");
  const after = sessions.filter((s) => s.start > CUT && !s.cross);
  const TR = [];
  const firstSes = new Map();
  trained.forEach((p) => {
    const s = special[rint(0, special.length - 2)];
    firstSes.set(p, s);
    TR.push({ p, s, id: p === spacedP ? spacedId(p.id) : p.id });
  });
  for (const p of trained.slice(20, 23)) {
    const later = cutSes.filter((s) => s.no > firstSes.get(p).no);
    TR.push({ p, s: later[rint(0, later.length - 1)], id: p.id, note: "第二次参训" });
  }
  TR.push({ p: lateOnly[0], s: cross, id: lateOnly[0].id });
  TR.push({ p: lateOnly[1], s: after[2], id: lateOnly[1].id });
  TR.push({ p: lateOnly[2], s: after[5], id: lateOnly[2].id });
  TR.push({ p: mig[0], s: special[1], id: mig[0].id, note: "春节返乡期间参训" });
  TR.push({ p: mig[1], s: special[3], id: mig[1].id });
  TR.push({ p: nol[0], s: special[2], id: nol[0].id, note: "陪同家属旁听" });
  const TRs = shuffle(TR).sort((a, b) => a.s.no - b.s.no);
  for (const s of sessions) {
    s.poor = TRs.filter((t) => t.s === s).length;
    assert(s.poor <= s.pt, "c1 poor within the session");
  }
  const eligIds = new Set(elig.map((p) => p.id));
  const trainedCut = new Set(TRs.filter((t) => t.s.end <= CUT).map((t) => t.id.replace(/\s/g, "")).filter((id) => eligIds.has(id)));
  const trainedCutRaw = new Set(TRs.filter((t) => t.s.end <= CUT).map((t) => t.id).filter((id) => eligIds.has(id)));
  const trainedAll = new Set(TRs.map((t) => t.id.replace(/\s/g, "")).filter((id) => eligIds.has(id)));
  assert(trainedCut.size === 31 && ratioGE(31, 44, 70) && trainedCutRaw.size === 30 && !ratioGE(30, 44, 70) && trainedAll.size === 34, "c1 31/44 = 70.5% (30/44 without the spaced ID)");
  const sesDate = (s, f) => (s.start === s.end ? dateCell(s.end, f) : rangeText(s.start, s.end, f % 2 ? "dot" : "cn"));
  const tRows = [["增城区农村电商培训台账（按期次）"], ["单位：人次"], ["期次", "培训日期", "培训主题", "培训地点", "培训对象", "参训人次", "其中相对贫困人口（人次）", "备注"]];
  const tMerges = ["A1:H1", "A2:H2"];
  let subDone = false;
  for (const s of sessions) {
    if (!subDone && s.end > CUT) {
      tRows.push(["小计", "截至2021年8月31日", null, null, null, ptCut, sum(sessions.filter((x) => x.end <= CUT).map((x) => x.poor)), "考评口径"]);
      tMerges.push(`C${tRows.length}:E${tRows.length}`);
      subDone = true;
    }
    tRows.push([`第${s.no}期`, sesDate(s, s.no), s.topic, s.place, s.target, s.pt, s.poor || null, s.cross ? "8月30日开班，9月1日结业" : null]);
  }
  tRows.push(["合计", "2020年7月—2021年12月", null, null, null, ptAll, sum(sessions.map((x) => x.poor)), "验收口径"]);
  tMerges.push(`C${tRows.length}:E${tRows.length}`);
  const trRows = [["增城区相对贫困人口参加电商培训登记"], ["（参训人次已计入《培训台账》，本表用于计算相对贫困人口培训率，按身份证号去重）"],
    ["序号", "期次", "培训日期", "姓名", "身份证号", "镇（街）", "所在村", "备注"]];
  TRs.forEach((t, j) => trRows.push([j + 1, `第${t.s.no}期`, sesDate(t.s, t.s.no), t.p.name, t.id, townOf[t.p.v], t.p.v, t.note || null]));

  // ---------------- 入驻企业
  const FN = ["广州市增城区荔乡优品电子商务有限公司", "广州增城挂绿网络科技有限公司", "广州市增城区派潭山货网店", "广州市增城区正果腊味电商商行",
    "广州市增城区丝苗米电子商务有限公司", "广州市增城区小楼菜心网店", "广州增城云耕电商运营服务有限公司", "广州市增城区荔枝红代运营工作室",
    "广州市增城区迅达快递有限公司", "广州市增城区荔鲜冷链仓储有限公司", "广州市增城区荔乡直播传媒有限公司", "广州市增城区中新果蔬电商商行",
    "广州市增城区乡味供应链管理有限公司", "广州市增城区石滩优选网络科技有限公司", "广州市增城区朱村农家网店", "广州增城优农电子商务有限公司",
    "广州市增城区湖畔电商服务有限公司", "广州市增城区荔城好物电商平台有限公司", "广州市增城区乌榄电商商行", "广州市增城区山水直播电商有限公司",
    "广州市增城区顺捷物流配送有限公司", "广州市增城区青梅电子商务有限公司", "广州市增城区白水寨文旅电商有限公司", "广州市增城区荔园网店",
    "广州市增城区云仓供应链有限公司", "广州市增城区荔湖跨境电商有限公司"];
  const FT = ["平台型", "平台型", "销售型（网店）", "销售型（网店）", "销售型（网店）", "销售型（网店）", "电商运营服务商", "电商运营服务商", "物流快递", "物流快递",
    "直播电商", "销售型（网店）", "农产品供应链", "平台型", "销售型（网店）", "销售型（网店）", "电商运营服务商", "平台型", "销售型（网店）", "直播电商",
    "物流快递", "销售型（网店）", "销售型（网店）", "销售型（网店）", "物流快递", "跨境电商"];
  const firms = FN.map((n, j) => ({ n, t: FT[j], code: creditCode(REGION), entered: randIsoBetween("2020-09-01", "2021-08-20"), left: null }));
  firms[20].entered = CUT;
  firms[21].entered = "2021-01-12";
  firms[21].left = "2021-10-20";
  firms[22].entered = "2020-10-09";
  firms[22].left = "2021-04-30";
  firms[23].entered = "2020-11-16";
  firms[23].left = "2021-07-15";
  firms[24].entered = "2021-09-16";
  firms[25].entered = "2021-11-03";
  const fSorted = firms.slice().sort((a, b) => cmp(a.entered, b.entered));
  const eRows = [["增城区电子商务产业园入驻企业清单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退出日期", "状态（2021年12月31日）"]];
  fSorted.forEach((f, j) => eRows.push([j + 1, f.n, f.code, f.t, dateCell(f.entered, j + 1), f.left ? dateCell(f.left, j) : null, f.left ? "已退园" : "在园"]));
  const inPark = firms.filter((f) => f.entered <= CUT && !(f.left && f.left < CUT));
  const norm = (t) => (/平台/.test(t) ? "平台型" : /销售|零售|网店/.test(t) ? "销售型" : /运营|服务商/.test(t) ? "电商运营商" : /物流|快递|仓储/.test(t) ? "物流企业" : t);
  const types = new Set(inPark.map((f) => norm(f.t)));
  assert(inPark.length === 22 && ["平台型", "销售型", "电商运营商", "物流企业"].every((t) => types.has(t)), "c1 22 firms in the park at the cut-off");

  // ---------------- 资金拨付
  const PAY = [["2020-09-25", "区电商公共服务中心建设（首期）", "广州增城云耕电商运营服务有限公司", 600000], ["2020-11-18", "村级站点建设（首期）", "中国邮政集团有限公司广州市增城区分公司", 450000],
    ["2020-12-22", "农村电商培训（首期）", "广州市增城区职业技术学校", 200000], ["2021-01-26", "镇村物流配送体系（首期）", "广州市增城区迅达快递有限公司", 380000],
    ["2021-03-19", "区电商公共服务中心运营（进度款）", "广州增城云耕电商运营服务有限公司", 420000], ["2021-04-27", "村级站点建设（进度款）", "中国邮政集团有限公司广州市增城区分公司", 520000],
    ["2021-05-28", "农产品品牌培育及推广", "广州市增城区乡味供应链管理有限公司", 180000], ["2021-06-25", "农村电商培训（二期）", "广州市增城区职业技术学校", 240000],
    ["2021-07-16", "冷链及溯源体系（首期）", "广州市增城区荔鲜冷链仓储有限公司", 300000], ["2021-08-20", "镇村物流配送体系（进度款）", "广州市增城区迅达快递有限公司", 292450],
    ["2021-08-31", "村级站点建设（进度款）", "中国邮政集团有限公司广州市增城区分公司", 280000], ["2021-09-28", "冷链及溯源体系（尾款）", "广州市增城区荔鲜冷链仓储有限公司", 350000],
    ["2021-11-12", "区电商公共服务中心运营（尾款）", "广州增城云耕电商运营服务有限公司", 420000], ["2021-12-20", "村级站点建设（尾款）", "中国邮政集团有限公司广州市增城区分公司", 310000]];
  const spentCut = sum(PAY.filter((p) => p[0] <= CUT).map((p) => p[3]));
  const spentAll = sum(PAY.map((p) => p[3]));
  assert(spentCut === 3862450 && ratioGE(spentCut, 5000000, 70) && spentAll === 4942450, "c1 spent " + spentCut);
  const fRows = [["增城区电子商务进农村综合示范专项资金拨付台账"], ["单位：元"], ["序号", "拨付日期", "项目", "收款单位", "拨付金额", "累计拨付", "凭证号", "备注"]];
  const fMerges = ["A1:H1", "A2:H2"];
  let run = 0;
  let fsq = 0;
  let fSub = false;
  for (const [d, what, who, amt] of PAY) {
    if (!fSub && d > CUT) {
      fRows.push([null, "截至2021年8月31日累计", null, null, spentCut, null, null, "考评口径"]);
      fMerges.push(`B${fRows.length}:D${fRows.length}`);
      fSub = true;
    }
    run += amt;
    fsq++;
    fRows.push([fsq, dateCell(d, fsq + 2), what, who, fsq % 4 === 2 ? fmtMoney(amt) : amt, run, `记-${d.slice(2, 4)}${d.slice(5, 7)}-${pad3(rint(1, 80))}`, null]);
  }
  fRows.push(["合计", null, null, null, spentAll, null, null, "验收口径"]);
  fMerges.push(`A${fRows.length}:D${fRows.length}`);

  // ---------------- 月报报送登记 (year × month grid; the day of sending in the cell)
  const rRows = [["增城区电子商务进农村工作月报报送登记（报送广州市商务局）"], ["说明：格内为当月报送日；“—”为当月未报送。"],
    ["年度", "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", "全年次数"]];
  const rMerges = ["A1:N1", "A2:N2"];
  const repMonths = monthsBetween("2020-04", "2021-12");
  for (const y of [2020, 2021]) {
    const row = [`${y}年`];
    let n = 0;
    for (let m = 1; m <= 12; m++) {
      const key = `${y}-${String(m).padStart(2, "0")}`;
      if (repMonths.includes(key)) {
        row.push(`${rint(3, 12)}日`);
        n++;
      } else row.push("—");
    }
    row.push(n);
    rRows.push(row);
  }
  assert(WINDOW.every((w) => repMonths.includes(w)), "c1 a report every window month");
  rRows.push(padRow([], 14));
  rRows.push(["其中附电商扶贫统计表的月份（√）"]);
  rMerges.push(`A${rRows.length}:N${rRows.length}`);
  rRows.push(["年度", "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月", null]);
  for (const y of [2020, 2021]) {
    const row = [`${y}年`];
    for (let m = 1; m <= 12; m++) row.push(y === 2021 || m >= 9 ? "√" : null);
    row.push(null);
    rRows.push(row);
  }

  // ---------------- 专栏更新记录 (no update in 2021年2月)
  const ups = [{ d: "2020-06-05", t: "增城区电子商务进农村综合示范创建工作方案", sub: "创建方案" }, { d: "2020-06-19", t: "增城区电子商务进农村综合示范项目基本信息公示", sub: "项目信息" },
    { d: "2020-06-19", t: "增城区电子商务进农村综合示范项目监督举报方式", sub: "监督举报" }];
  for (const m of monthsBetween("2020-07", "2021-12")) {
    if (m === "2021-02") continue;
    const [y, mo] = m.split("-").map(Number);
    ups.push({ d: `${m}-${String(rint(3, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, t: `增城区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`, sub: "建设进度" });
  }
  ups.sort((a, b) => cmp(a.d, b.d));
  const uRows = [["增城区政府网站“电子商务进农村综合示范”专栏更新记录"], ["序号", "发布日期", "标题", "子栏目", "备注"]];
  ups.forEach((u, j) => uRows.push([j + 1, j % 3 === 0 ? D(u.d) : u.d, u.t, u.sub, u.d.startsWith("2021-03") && u.sub === "建设进度" ? "2月网站集约化迁移，未更新" : null]));
  const upMonths = new Set(ups.map((u) => ym(u.d)));
  assert(WINDOW.filter((w) => upMonths.has(w)).length === 11, "c1 11 of 12 months updated");

  // ---------------- 宣传报道 / 经验材料
  const MED = [["2020-12-02", "增城电视台《增城新闻》", "县级", "电视", "增城首批村级电商服务站挂牌", "否"], ["2021-01-20", "“增城发布”微信公众号", "县级", "网络", "增城电商培训进派潭", "否"],
    ["2021-04-16", "南方日报", "省级", "报纸", "增城：荔枝“触网”卖全国", "否"], ["2021-06-08", "广州日报", "市级", "报纸", "增城电商进农村示范创建见成效", "否"],
    ["2021-07-22", "广州广播电视台《广州新闻》", "市级", "电视", "增城相对贫困户直播卖丝苗米", "是"], ["2021-10-15", "人民网", "国家级", "网络", "广州增城：电商让荔枝走出大山", "否"],
    ["2021-11-09", "广东广播电视台《广东新闻联播》", "省级", "电视", "增城电商帮扶典型：小楼菜心上云端", "是"]];
  const mRows = [["增城区电子商务进农村宣传报道登记"], ["序号", "日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"]];
  MED.forEach((x, j) => mRows.push([j + 1, dateCell(x[0], j + 2), x[1], x[2], x[3], `《${x[4]}》`, x[5]]));
  const matRows = [["增城区经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送对象"], [1, "2021年5月20日", "《增城区“荔枝＋电商”助农增收经验做法》", "广州市商务局"],
    [2, D("2021-12-10"), "《增城区电子商务进农村综合示范项目验收总结》", "广州市商务局、广东省商务厅"]];

  // ---------------- 核心数据 (two 口径)
  const FR = [];
  const fm = [];
  const sec = (t) => {
    FR.push([t, null, null, null, null, null]);
    fm.push(`A${FR.length + 4}:F${FR.length + 4}`);
  };
  let fno = 0;
  const item = (label, unit, d, e, note) => FR.push([++fno, label, unit, d, e, note || null]);
  sec("一、基本情况");
  item("县（区）名称", "—", "增城区", "增城区");
  item("考评截止日期／验收数据截止日期", "—", "2021年8月31日", "2021年12月31日");
  item("常住人口", "万人", "同右", "146.67", "第七次全国人口普查");
  item("行政村（村民委员会）", "个", admin.length, admin.length, `另有社区居民委员会${comms.length}个`);
  item("省定贫困村", "个", 0, 0, "珠三角地区不设省定贫困村");
  sec("二、组织领导");
  item("领导小组组长", "—", "区委副书记、区长", "区委副书记、区长", "2021年10月区长调整，由新任区长任组长");
  item("领导小组成员单位", "—", "区商务局、区财政局、区农业农村局、区乡村振兴局、区人力资源社会保障局、区交通运输局、区市场监督管理局、增城邮政分公司", "同左");
  item("示范工作方案", "—", "已印发（增府办函〔2020〕36号）", "已印发");
  item("农村电商扶持政策", "—", "已出台", "已出台", "《增城区促进农村电子商务发展扶持办法》");
  sec("三、公共服务中心及产业园");
  item("公共服务中心投入运营日期", "—", "2020年11月26日", "同左");
  item("免费培训场所、培训设备", "—", "是", "是");
  item("免费展示、销售特色农产品", "—", "是", "是");
  item("免费摄影、美工服务", "—", "是", "是");
  item("组织农产品统一推广、指导品牌建设", "—", "是", "是");
  item("其他衍生增值服务", "—", "否", "是", "2021年10月起提供跨境电商咨询");
  item("电商产业园（建设或整合）", "—", "是", "是");
  item("入驻企业", "家", inPark.length, firms.filter((f) => !f.left || f.left > "2021-12-31").length);
  sec("四、农村产品上行");
  item("专业第三方电子商务运营服务商", "—", "有", "有", "广州增城云耕电商运营服务有限公司（公开招标）");
  item("行政村物流快递覆盖率", "%", "98.2", "100", "4个村2021年11月开通");
  item("2019年农村网络零售额", "亿元", "38.62", "—", "省商务厅监测数据");
  item("2020年农村网络零售额", "亿元", "46.35", "—");
  item("2019年农产品网络零售额", "亿元", "5.17", "—");
  item("2020年农产品网络零售额", "亿元", "6.84", "—");
  sec("五、电商培训");
  item("培训人次", "人次", fmtInt(ptCut), fmtInt(ptAll));
  item("有劳动能力的相对贫困人口（不含外出务工）", "人", elig.length, elig.length, "区乡村振兴局2021年7月数据");
  item("其中参加电商培训", "人", trainedCut.size, trainedAll.size, "按身份证号去重");
  sec("六、信息公开及报送");
  item("专栏公示创建方案", "—", "是", "是");
  item("专栏公示项目基本信息", "—", "是", "是");
  item("专栏公示项目建设进度", "—", "是", "是", "2021年2月网站迁移未更新");
  item("专栏设立征求意见或监督举报窗口", "—", "是", "是", "监督举报");
  item("能统计电商扶贫情况", "—", "是", "是");
  sec("七、资金");
  item("下达省级专项资金", "万元", "同右", "500");
  item("累计拨付资金", "元", fmtMoney(spentCut), fmtMoney(spentAll));
  item("资金管理制度", "—", "已制定", "已制定");
  item("资金专用台账", "—", "已建立", "已建立");
  item("项目总体进度", "%", "84", "100");
  sec("八、一票否决事项");
  item("发生安全生产、质量事故或重大经济损失", "—", "无", "无");
  item("弄虚作假", "—", "无", "无");
  const factRows = [["增城区电子商务进农村综合示范 核心数据（考评口径／验收口径）"], ["填报单位：增城区商务局　　整理日期：2022年1月10日　　“同右”“同左”表示两个口径数值相同"],
    ["序号", "指标", "单位", "数值", null, "说明"], [null, null, null, "考评口径（截至2021年8月31日）", "验收口径（截至2021年12月31日）", null]].concat(FR);
  const factMerges = ["A1:F1", "A2:F2", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:F4"].concat(fm);
  assert(pct1(4635 - 3862, 3862) === "20.0%" && pct1(684 - 517, 517) === "32.3%", "c1 growth");

  // ---------------- 自评表 (claimed) and judged items
  const IND = [["加强组织领导与统筹协调（10分）", "组织领导", 2, "主要领导牵头且商务、财政、农业、扶贫参与2分", 2],
    ["加强组织领导与统筹协调（10分）", "方案制定", 2, "1—2分", 2], ["加强组织领导与统筹协调（10分）", "政策支持", 2, "1—2分", 1],
    ["加强组织领导与统筹协调（10分）", "项目管理", 4, "制度1—2分，台账1—2分", 3],
    ["深入推动电子商务进农村工作（55分）", "服务体系建设（县级中心与产业园）", 15, "十项，见指标体系", 15],
    ["深入推动电子商务进农村工作（55分）", "服务体系建设（村级站点覆盖）", 10, "行政村70%以上5分；贫困村100%5分", 10],
    ["深入推动电子商务进农村工作（55分）", "农村产品上行", 10, "六项", 9], ["深入推动电子商务进农村工作（55分）", "电商人才培训", 20, "培训人次10分，贫困人口培训率10分", 20],
    ["加强信息公开及报送（10分）", "信息公开", 4, "专栏2分，按月更新2分", 4], ["加强信息公开及报送（10分）", "数据上报", 6, "每月报送3分，扶贫统计3分", 6],
    ["加强宣传推广（10分）", "案例总结", 2, "报送经验材料2分", 2], ["加强宣传推广（10分）", "经验推广", 8, "省级4分，市级3分，县级1分", 8],
    ["加强财政资金管理（15分）", "制度建立", 5, "1—5分", 4], ["加强财政资金管理（15分）", "资金台账", 5, "1—5分", 4], ["加强财政资金管理（15分）", "资金支出", 5, "支出率70%以上1—5分", 4],
    ["加分项（4分）", "建档立卡贫困人口培训率70%及以上", 2, "2分", 2], ["加分项（4分）", "电商扶贫典型案例获电视媒体播报", 2, "国家级2分，省级1分", 1]];
  const aRows = [["增城区电子商务进农村综合示范创建考评自评表（考评口径）"], ["工作任务", "评价指标", "权重", "评分标准（摘要）", "自评得分", "自评说明"]];
  const aMerges = ["A1:F1"];
  let g0 = 3;
  IND.forEach((x, j) => {
    aRows.push([j === 0 || IND[j - 1][0] !== x[0] ? x[0] : null, x[1], x[2], x[3], x[4], null]);
    if (j === IND.length - 1 || IND[j + 1][0] !== x[0]) {
      mergeCol(aMerges, "A", g0, aRows.length);
      g0 = aRows.length + 1;
    }
  });
  const clScored = sum(IND.slice(0, 15).map((x) => x[4]));
  const clBonus = IND[15][4] + IND[16][4];
  aRows.push(["合计", null, 104, null, `${clScored}＋${clBonus}`, null]);
  aMerges.push(`A${aRows.length}:B${aRows.length}`);
  aRows.push(padRow([], 6));
  aRows.push(["主观评分项自评", null, null, null, null, null]);
  aMerges.push(`A${aRows.length}:F${aRows.length}`);
  aRows.push(["评分项", "分值范围", "自评分", "佐证材料", null, null]);
  const J = [["方案制定", "1-2", 2, "增府办函〔2020〕36号"], ["政策支持", "1-2", 1, "扶持办法"], ["项目管理制度", "1-2", 2, "项目管理办法"], ["工作台账", "1-2", 1, "本工作簿"],
    ["网销调研", "1-2", 2, "调研报告"], ["网络促销活动", "1-2", 2, "荔枝节线上促销总结"], ["交易标准及冷链溯源", "1-2", 1, "丝苗米电商交易标准"],
    ["资金管理制度", "1-5", 4, "资金管理办法"], ["资金台账", "1-5", 4, "资金拨付台账"], ["资金及时拨付", "1-5", 4, "拨付凭证"]];
  J.forEach((x) => aRows.push([x[0], x[1], x[2], x[3], null, null]));
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = IND[j][4]));
  claimed["bonus.poorTraining"] = IND[15][4];
  claimed["bonus.tvCase"] = IND[16][4];
  assert(clScored === 94 && clBonus === 3, "c1 claimed 94+3");

  // ---------------- 封面及说明 / 验收问题清单 (not ledgers)
  const cover = [["增城区电子商务进农村综合示范项目　验收及考评资料汇编"], ["（2022年1月整理）"], [null],
    ["说明："], ["1．本工作簿为项目验收整理，2021年9月省考评时已报送的资料一并收入，数据更新至2021年12月31日。"],
    ["2．省级考评截止日期为2021年8月31日；《核心数据》分“考评口径”“验收口径”两列，“同右”“同左”表示两个口径相同。"],
    ["3．各台账按时间顺序记至2021年12月31日，培训台账、资金台账中“截至2021年8月31日”行为考评口径小计。"],
    ["4．目录：核心数据、自评表、村居名单、站点台账、培训台账、相对贫困人口、贫困人口参训、入驻企业、资金拨付、月报报送、专栏更新、宣传报道、经验材料、验收问题清单。"],
    [null], ["增城区商务局"]];
  const issues = [["项目验收专家组意见及整改情况"], ["序号", "问题", "整改措施", "完成时间", "责任股室"],
    [1, "部分站点招牌不统一", "统一制作站点招牌", "2022年1月", "电商股"], [2, "培训跟踪服务记录不完整", "补充学员跟踪回访记录", "2022年2月", "电商股"],
    [3, "冷链设施使用率偏低", "组织荔枝、菜心企业对接冷链仓", "2022年3月", "电商股"]];

  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 1,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 2 + 1, "work.coverage": 5 + 5, "work.upward": 2 + 2 + 1 + 0 + 1 + 2,
    "work.training": 10 + 10, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 2, "bonus.tvCase": 0,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 91 && bonus === 2, "c1 total " + scored);
  const derivation = [
    "org.leadership: 核心数据 领导小组组长（考评口径）“区委副书记、区长” = 主要领导；成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局 → 2",
    "org.plan: 自评表 主观评分项 方案制定 2（工作方案已印发） → 2",
    "org.policy: 政策支持 1 → 1",
    "org.management: 项目管理制度 2 ＋ 工作台账 1 → 3",
    `work.center: 中心投入运营 2020年11月26日 ≤ 8月31日 → 2；≤ 2021-02-28，运行满6个月 → 2；免费培训2、展示销售1、摄影美工1、品牌推广1；其他衍生增值服务 考评口径“否”（验收口径“是”是2021年10月起的，不算） → 0；产业园“是” → 2；入驻企业按入驻、退出日期算8月31日在园${inPark.length}家（8月31日入驻的算、10月20日退园的算；4月30日、7月15日退园的不算；9月16日、11月3日入驻的不算） ≥ 20 → 2；在园企业类型有平台型、销售型（网店）、电商运营服务商、物流快递（另有直播电商、农产品供应链） → 1；合计14（自评15）`,
    `work.coverage: 村居名单 村民委员会${admin.length}个（社区居民委员会${comms.length}个不算），超过200按200计；站点台账第一、二批挂牌日期 ≤ 8月31日的站覆盖${covSet.size}个行政村（8月31日当天挂牌的算；两个村各有第二个站只算一次；一个社区站点不算；第三批30个站9—12月挂牌不算） → ${covSet.size}/200 = 72.5% ≥ 70% → 5（按228算是63.6%）；无省定贫困村（核心数据填0，“珠三角地区不设省定贫困村”） → 5（提示）；合计10`,
    "work.upward: 网销调研2、网络促销2；专业第三方运营服务商“有” → 1；村居名单有“快递进村”栏：4个村“已通（2021年11月）”、备注考评截止时未通 → 8月31日不是全部行政村覆盖 → 0（核心数据考评口径也是98.2%）；交易标准与冷链溯源1；农村网络零售额38.62亿→46.35亿元增长20.0%，农产品网络零售额5.17亿→6.84亿元增长32.3% ≥ 30% → 2；合计8（自评9）",
    `work.training: 培训台账按结业日期算（跨天的按结束日），结业 ≤ 8月31日的各期参训人次合计${fmtInt(ptCut)}（与“截至2021年8月31日”小计一致；“8月30日开班、9月1日结业”那期88人次和9—12月各期不算，全部合计${fmtInt(ptAll)}是验收口径）；常住人口146.67万人（考评口径“同右”）超过50万按500,000计 → ${fmtInt(ptCut)}/500,000 = 1.007% ≥ 1% → 10；相对贫困人口名单 劳动力类型为普通／技能／弱劳动力或半劳动力、务工状态为区内务工或未务工的${elig.length}人（区外、省外务工10人，丧失劳动力、无劳动力6人不算）；参训登记按身份证号去重、期次结业 ≤ 8月31日，是这${elig.length}人的${trainedCut.size}人（一人身份证号中间带空格也要认；三人参训两次算一次；3人只在9月1日结业的那期或10月以后参训不算；2个外出务工、1个无劳动力的不在${elig.length}人里） → ${trainedCut.size}/${elig.length} = 70.5% ≥ 50% → 10；合计20`,
    "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度都“是”，设监督举报窗口 → 2；专栏更新记录2020年9月—2021年8月中2021年2月没有更新（网站迁移），11个月有 → 不定时 → 1；合计3（自评4）",
    "info.reporting: 月报报送登记（年度×月份格子，格内是报送日）2020年9月—2021年8月每月都有 → 3；附电商扶贫统计表的月份有√，核心数据“能统计电商扶贫情况 是” → 3；合计6",
    "promo.cases: 经验材料 2021年5月20日报广州市商务局 → 2（12月10日的验收总结在截止日后）",
    "promo.media: 截止日前：南方日报（省级） → 4；广州日报、广州广播电视台（市级） → 3；增城电视台、“增城发布”（县级） → 1；人民网（10月）、广东广播电视台（11月）在截止日后不算 → 8",
    "fund.system: 资金管理制度自评4 → 4",
    "fund.ledger: 资金台账自评4 → 4",
    `fund.spending: 资金拨付台账拨付日期 ≤ 8月31日的11笔（含8月31日28万元）合计${fmtMoney(spentCut)}元（与“截至2021年8月31日累计”行一致；9—12月3笔不算），下达500万元（考评口径“同右”） → ${pct1(spentCut, 5000000)} ≥ 70% → 资金及时拨付自评4 → 4`,
    `bonus.poorTraining: 相对贫困人口培训率${trainedCut.size}/${elig.length} = 70.5% ≥ 70% → 2（带空格的身份证号不认就是30/44 = 68.2%，没有加分）`,
    "bonus.tvCase: 截止日前电视播出的电商扶贫典型案例只有广州广播电视台（市级），不加分；广东广播电视台（省级）那条2021年11月9日在截止日后 → 0（自评1）",
    "veto.incident: 核心数据 发生安全生产、质量事故或重大经济损失“无” → 不否决",
    "veto.progress: 项目总体进度（考评口径）84% ≥ 40% → 不否决",
    "veto.fraud: 弄虚作假“无” → 不否决",
  ];
  return {
    description:
      "广州增城区商务局2022年1月为项目验收整理、又拿来交考评的整本工作簿（15个表），91＋加分2＝93分、未否决（自评表自评94＋3）：事实表《核心数据》两栏数值——考评口径（截至2021年8月31日）和验收口径（截至2021年12月31日），只读考评口径，常住人口、下达资金的考评栏写“同右”（146.67万人、500万元），其他衍生增值服务考评“否”验收“是”，培训人次、累计拨付两栏不同；各台账都记到2021年12月：站点按三批分节（第三批9—12月），培训台账和资金台账中间夹“截至2021年8月31日”小计行、末尾合计是验收口径，一期8月30日开班9月1日结业；行政村228个按200计，无省定贫困村；村居名单4个村“已通（2021年11月）”快递；月报报送是年度×月份格子（格内是报送日），专栏2021年2月没有更新；相对贫困人口参训登记一人身份证号带空格（31/44 = 70.5%）；另有封面说明和验收问题清单两张非台账表。",
    sheets: [
      { name: "封面及说明", rows: cover.map((r) => padRow(r.slice(), 6)), merges: ["A1:F1", "A2:F2"] },
      { name: "核心数据", rows: factRows, merges: factMerges },
      { name: "自评表", rows: aRows, merges: aMerges },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "培训台账", rows: tRows, merges: tMerges },
      { name: "相对贫困人口", rows: pRows, merges: ["A1:I1"] },
      { name: "贫困人口参训", rows: trRows, merges: ["A1:H1", "A2:H2"] },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金拨付", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: rRows, merges: rMerges },
      { name: "专栏更新", rows: uRows, merges: ["A1:E1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
      { name: "验收问题清单", rows: issues, merges: ["A1:E1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 潮州湘桥区: the city's shared template, districts as columns; only the 湘桥区（本区） column is the sheet's own
// =====================================================================================================
function buildF1() {
  const W = 7;
  const rows = [["潮州市电子商务进农村综合示范考评基础数据汇总表（各县区共享填报）"],
    ["数据截至2021年8月31日；各县（区）在本单位列填写，金额单位万元（另注明的除外），是否类填“√／×”或“是／否”"],
    ["本表由湘桥区商务局于2021年9月8日下载留存（本区为D列）"],
    ["序号", "项目", "单位", "填报值", null, null, "备注"],
    [null, null, null, "湘桥区（本区）", "潮安区", "饶平县", null]];
  const merges = ["A1:G1", "A2:G2", "A3:G3", "A4:A5", "B4:B5", "C4:C5", "D4:F4", "G4:G5"];
  let no = 0;
  const sec = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:G${rows.length}`);
  };
  const it = (label, unit, x, a, r, note) => rows.push([++no, label, unit, x, a, r, note || null]);
  sec("一、基本情况");
  it("常住人口", "万人", "60.24", "127.93", "88.31", "第七次全国人口普查");
  it("户籍人口", "万人", "47.86", "136.52", "108.70", null);
  it("行政村", "个", 97, 436, 392, "不含社区");
  it("社区", "个", 71, 36, 24, null);
  it("省定贫困村", "个", 3, 24, 45, null);
  sec("二、组织领导");
  it("领导小组组长（职务）", "—", "区长", "区长", "副县长", null);
  it("领导小组成员单位", "—", "区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监督管理局、湘桥邮政分公司",
    "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局", "县商务局、县财政局、县农业农村局", null);
  it("示范工作方案已正式印发", "—", "是", "是", "是", null);
  it("已出台支持农村电商发展的政策", "—", "是", "否", "是", null);
  sec("三、县级公共服务中心及产业园");
  it("公共服务中心投入运营日期", "—", "2021.3.18", "2020.10.9", "2020.12.1", "湘桥区2020年12月28日起试运营；饶平县为新址启用日期");
  it("免费培训场所、培训设备", "—", "√", "√", "√", null);
  it("免费展示、销售特色农产品", "—", "√", "√", "√", null);
  it("免费摄影、美工服务", "—", "√", "×", "√", null);
  it("组织农产品统一推广、指导品牌建设", "—", "√", "√", "√", null);
  it("其他衍生增值服务", "—", null, "√", "×", null);
  it("建设或整合、优化当地电商产业园", "—", "√", "√", "√", null);
  it("有专业第三方电子商务运营或服务商", "—", "√", "√", "×", null);
  it("行政村物流快递覆盖率", "%", 100, 100, "96.4", null);
  sec("四、农村产品网络零售");
  it("2019年农村网络零售额", "万元", "152,360", "486,210", "318,900", "省商务厅监测数据");
  it("2020年农村网络零售额", "万元", "201,475", "598,330", "365,120", null);
  it("2020年农村网络零售额同比增速", "%", "32.2", "23.1", "14.5", null);
  it("2019年农产品网络零售额", "万元", "8,420", "31,650", "22,480", null);
  it("2020年农产品网络零售额", "万元", "10,316", "40,120", "30,215", null);
  it("2020年农产品网络零售额同比增速", "%", "22.5", "26.8", "34.4", null);
  it("2021年1—8月农村网络零售额", "万元", "148,930", "402,775", "251,600", "参考");
  sec("五、电商培训");
  it("培训人次", "人次", "6,218", "9,870", "5,406", "截至8月31日累计");
  it("有劳动能力的建档立卡贫困人口（不含外出务工）", "人", 386, 2215, 3420, "县（区）乡村振兴局确认数");
  it("其中：参加电商培训的人数", "人", 198, 1189, 1455, "按身份证号去重");
  sec("六、信息公开及数据报送");
  it("专栏公示创建方案", "—", "是", "是", "是", null);
  it("专栏公示项目基本信息", "—", "是", "是", "是", null);
  it("专栏公示项目建设进度", "—", "是", "是", "否", null);
  it("专栏设立征求意见或监督举报窗口", "—", "否", "是", "是", null);
  it("能统计电商扶贫情况", "—", "是", "是", "是", null);
  sec("七、财政资金");
  it("下达省级专项资金", "万元", 500, 500, 500, null);
  it("累计拨付资金", "元", "3,867,421.00", "4,012,650.00", "3,255,800.00", "本行单位为元，精确到分");
  it("已制定资金管理制度", "—", "是", "是", "是", null);
  it("已建立资金专用台账", "—", "是", "是", "是", null);
  it("项目总体进度", "%", 85, 90, 72, null);
  sec("八、一票否决事项");
  it("发生安全生产、质量事故或重大经济损失", "—", "无", "无", "无", null);
  it("弄虚作假", "—", "无", "无", "无", null);
  sec("九、主观评分项自评（分）");
  const JU = [["方案制定（1—2分）", 2, 2, 1], ["政策支持（1—2分）", 1, 1, 2], ["项目管理制度（1—2分）", 2, 2, 1], ["工作台账（1—2分）", 2, 1, 1],
    ["网销调研及建议（1—2分）", 1, 2, 1], ["网络促销活动（1—2分）", 2, 2, 1], ["交易标准、冷链及溯源（1—2分）", 1, 1, 1],
    ["资金管理制度（1—5分）", 4, 5, 4], ["资金台账（1—5分）", 5, 4, 4], ["资金及时拨付（1—5分）", 4, 4, 3]];
  for (const x of JU) it(x[0], "分", x[1], x[2], x[3], null);
  sec("十、自评得分（分）");
  const NAMES = ["组织领导", "方案制定", "政策支持", "项目管理", "服务体系建设（县级中心与产业园）", "服务体系建设（村级站点覆盖）", "农村产品上行", "电商人才培训",
    "信息公开", "数据上报", "案例总结", "经验推广", "制度建立", "资金台账", "资金支出"];
  const CX = [2, 2, 1, 4, 13, 8, 8, 20, 3, 6, 2, 5, 4, 5, 4];
  const CA = [2, 2, 1, 3, 14, 10, 7, 20, 4, 6, 2, 8, 5, 4, 4];
  const CR = [1, 1, 2, 2, 12, 10, 9, 20, 3, 4, 0, 5, 4, 4, 3];
  NAMES.forEach((n, j) => it(`${n}（${SCORED[j][1]}分）`, "分", CX[j], CA[j], CR[j], null));
  it("加分项：贫困人口培训率≥70%（2分）", "分", 0, 0, 0, null);
  it("加分项：电商扶贫典型案例电视播报（2分）", "分", 1, 0, 2, null);
  it("合计", "分", `${sum(CX)}＋1`, `${sum(CA)}`, `${sum(CR)}＋2`, null);
  rows.push(padRow([], W));
  rows.push(["填报说明：各县（区）只改本单位列；数据以8月31日为准；请于9月10日前完成。", null, null, null, null, null, null]);
  merges.push(`A${rows.length}:G${rows.length}`);
  assert(sum(CX) === 87, "f1 湘桥 claimed 87");
  assert(pct1(201475 - 152360, 152360) === "32.2%" && pct1(10316 - 8420, 8420) === "22.5%" && pct1(198, 386) === "51.3%", "f1 rates");
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = CX[j]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 1;
  return {
    description:
      "潮州湘桥区商务局从市商务局“各县区共享填报”的《电子商务进农村综合示范考评基础数据汇总表》下载留存的一份：县区是列（填报值下分“湘桥区（本区）｜潮安区｜饶平县”三列，第3行写明本区为D列），潮安、饶平两列是别的县区填的，只读湘桥区一列；单位按行（常住人口万人、零售额万元，但累计拨付一行单位是元“3,867,421.00”），中心一节是√／×、其余是／否，湘桥区“其他衍生增值服务”一格空着（未答），增速行是百分数的数字，备注栏各县区共用（湘桥区的试运营日期不是投入运营日期）；主观评分和逐项自评也按县区分列，湘桥区合计写“87＋1”。",
    sheets: [{ name: "汇总表", rows, merges }],
    expect: {
      facts: {
        county: "湘桥区", asOf: "2021-08-31", residentPopulation: 602400, adminVillagesStated: 97, poorVillagesStated: 3,
        planIssued: true, policyIssued: true, centerOpened: "2021-03-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1523600000, ruralRetail2020: 2014750000, ruralRetailGrowthStated: 0.322,
        agriRetail2019: 84200000, agriRetail2020: 103160000, agriRetailGrowthStated: 0.225,
        trainingPersonTimesStated: 6218, eligiblePoorPersonsStated: 386, trainedPoorPersonsStated: 198,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3867421, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.85,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 5, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f2 — 江门蓬江区: the clerk's self-scoring calculator (input zone, formula results, a tier table alongside)
// =====================================================================================================
function buildF2() {
  const W = 10;
  const rows = [];
  const merges = [];
  const push = (cells) => rows.push(padRow(cells, W));
  push(["蓬江区电子商务进农村综合示范考评　自评计分器 V1.3（电商股自制）"]);
  merges.push("A1:J1");
  push(["使用说明：①黄色格为输入，只改黄色格；②是否项从下拉选“是／否”；③主观项从下拉选分值；④灰色格为公式结果，勿改；⑤右侧档位表勿改。"]);
  merges.push("A2:J2");
  push([]);
  push(["一、输入区（黄色）", null, null, null, null, null, "档位表（勿改）", null, null, null]);
  merges.push("A4:E4", "G4:J4");
  push(["编号", "输入项", "输入值", "单位", "说明", null, "计分项", "下限", "得分", "备注"]);
  const TIER = [["培训人次占比", "1.00%", 10, null], ["培训人次占比", "0.80%", 8, null], ["培训人次占比", "0.60%", 6, null], ["贫困人口培训率", "50%", 10, null],
    ["贫困人口培训率", "40%", 8, null], ["贫困人口培训率", "30%", 6, null], ["贫困人口培训率（加分）", "70%", 2, null], ["行政村覆盖率", "70%", 5, null],
    ["行政村覆盖率", "50%", 2, null], ["贫困村覆盖率", "100%", 5, "无省定贫困村按5分"], ["贫困村覆盖率", "80%", 3, null], ["资金支出率", "70%", -5, "低于下限倒扣"],
    ["培训计分基数上限", "500,000", null, "人"], ["行政村计分基数上限", 200, null, "个"], ["产业园入驻企业", 20, 2, "家"], ["产业园企业类型", 3, 1, "种"],
    ["网零增速", "30%", 2, "农村或农产品任一"], ["中心运行时长", 6, 2, "个月"]];
  const IN = [["I01", "县（区）名称", "蓬江区", "—", null], ["I02", "测算截止日期", D("2021-08-31"), "—", "考评截止日"], ["I03", "常住人口", 1084537, "人", "七普，按人填"],
    ["I04", "行政村数", 81, "个", "不含社区"], ["I05", "省定贫困村数", 0, "个", "无则填0"], ["I06", "已建站点覆盖的行政村数", 63, "个", "截至截止日"],
    ["I07", "领导小组组长职务", "区长", "—", "下拉：书记／区长／副区长／其他"], ["I08", "参与部门", "商务、财政、农业农村、乡村振兴、人社、市场监管、交通运输", "—", "多选"],
    ["I09", "示范工作方案已印发", "是", "—", null], ["I10", "扶持政策已出台", "是", "—", null], ["I11", "中心投入运营日期", D("2020-12-30"), "—", null],
    ["I12", "中心免费培训场所设备", "是", "—", null], ["I13", "中心免费展示销售", "是", "—", null], ["I14", "中心免费摄影美工", "否", "—", "按成本收费"],
    ["I15", "中心品牌推广", "是", "—", null], ["I16", "中心其他增值服务", "是", "—", null], ["I17", "电商产业园", "是", "—", "整合棠下电商园"],
    ["I18", "产业园入驻企业数", 23, "家", null], ["I19", "入驻企业类型数", 4, "种", "平台、销售、运营、物流"], ["I20", "专业第三方运营服务商", "是", "—", null],
    ["I21", "行政村快递覆盖率", 100, "%", null], ["I22", "2019年农村网络零售额", 654320, "万元", null], ["I23", "2020年农村网络零售额", 812905, "万元", null],
    ["I24", "2019年农产品网络零售额", 21406, "万元", null], ["I25", "2020年农产品网络零售额", 28317, "万元", null], ["I26", "培训人次", 11206, "人次", null],
    ["I27", "有劳动能力贫困人口（不含外出务工）", 264, "人", "区乡村振兴局"], ["I28", "参训贫困人口", 139, "人", "去重"], ["I29", "专栏公示创建方案", "是", "—", null],
    ["I30", "专栏公示项目基本信息", "是", "—", null], ["I31", "专栏公示建设进度", "是", "—", null], ["I32", "征求意见或监督举报窗口", "是", "—", null],
    ["I33", "近一年专栏按月更新", "是", "—", null], ["I34", "近一年每月向市局报送", "是", "—", null], ["I35", "能统计电商扶贫情况", "是", "—", null],
    ["I36", "向市局报送经验材料", "是", "—", null], ["I37", "省级及以上媒体报道", "有", "—", null], ["I38", "市级媒体报道", "有", "—", null], ["I39", "县级媒体报道", "有", "—", null],
    ["I40", "扶贫典型案例电视播报级别", "无", "—", "下拉：国家级／省级／无"], ["I41", "下达资金", 5000000, "元", null], ["I42", "累计拨付资金", 3402180.5, "元", "截至截止日"],
    ["I43", "资金管理制度已制定", "是", "—", null], ["I44", "资金专用台账已建立", "是", "—", null], ["I45", "项目总体进度", 78, "%", null],
    ["I46", "安全生产、质量事故或重大损失", "否", "—", null], ["I47", "弄虚作假", "否", "—", null],
    ["S01", "方案制定（1—2）", 2, "分", null], ["S02", "政策支持（1—2）", 2, "分", null], ["S03", "项目管理制度（1—2）", 2, "分", null], ["S04", "工作台账（1—2）", 2, "分", null],
    ["S05", "网销调研（1—2）", 1, "分", null], ["S06", "网络促销（1—2）", 2, "分", null], ["S07", "交易标准冷链溯源（1—2）", 1, "分", null],
    ["S08", "资金管理制度（1—5）", 4, "分", null], ["S09", "资金台账（1—5）", 4, "分", null], ["S10", "资金及时拨付（1—5）", "—", "分", "支出率不足70%，不选"]];
  IN.forEach((x, j) => {
    const t = TIER[j];
    push([x[0], x[1], x[2], x[3], x[4], null, t ? t[0] : null, t ? t[1] : null, t ? t[2] : null, t ? t[3] : null]);
  });
  push([]);
  // formula results
  const POPB = Math.min(1084537, 500000);
  const trRate = 11206 / POPB;
  const poorRate = 139 / 264;
  const covRate = 63 / 81;
  const spend = 3402180.5 / 5000000;
  assert(!ratioGE(3402180.5, 5000000, 70) && pct2(3402180.5, 5000000) === "68.04%" && pct2(139, 264) === "52.65%", "f2 rates");
  assert(pct1(812905 - 654320, 654320) === "24.2%" && pct1(28317 - 21406, 21406) === "32.3%", "f2 growth");
  push(["二、计算区（公式结果，灰色）"]);
  merges.push(`A${rows.length}:J${rows.length}`);
  push(["编号", "计算项", "计算值", "档位", "得分", null, null, null, null, null]);
  const CAL = [["C01", "培训计分基数 =MIN(I03,500000)", fmtInt(POPB), "—", null], ["C02", "培训人次占比 =I26/C01", (trRate * 100).toFixed(2) + "%", "≥1%", 10],
    ["C03", "贫困人口培训率 =I28/I27", (poorRate * 100).toFixed(2) + "%", "≥50%", 10], ["C04", "行政村覆盖率 =I06/MIN(I04,200)", (covRate * 100).toFixed(2) + "%", "≥70%", 5],
    ["C05", "贫困村覆盖率", "无省定贫困村", "按满分", 5], ["C06", "中心运行满6个月（至截止日）", "是", "—", 2], ["C07", "网零增速≥30%（任一）", "是", "农产品", 2],
    ["C08", "资金支出率 =I42/I41", (spend * 100).toFixed(2) + "%", "<70%", -5], ["C09", "加分：贫困人口培训率≥70%", "否", "—", 0]];
  CAL.forEach((c) => push(c));
  push([]);
  push(["三、得分汇总（公式）"]);
  merges.push(`A${rows.length}:J${rows.length}`);
  push(["序号", "评价指标", "满分", "计分器得分", null, null, null, null, null, null]);
  const CL = [2, 2, 2, 4, 14, 10, 8, 20, 4, 6, 2, 8, 4, 4, -5];
  const NAMES = ["组织领导", "方案制定", "政策支持", "项目管理", "服务体系建设（县级中心与产业园）", "服务体系建设（村级站点覆盖）", "农村产品上行", "电商人才培训",
    "信息公开", "数据上报", "案例总结", "经验推广", "制度建立", "资金台账", "资金支出"];
  NAMES.forEach((n, j) => push([j + 1, n, SCORED[j][1], CL[j]]));
  push([16, "加分项：贫困人口培训率", 2, 0]);
  push([17, "加分项：电商扶贫典型案例电视播报", 2, 0]);
  push([null, "合计", 104, sum(CL)]);
  assert(sum(CL) === 85, "f2 calculator 85");
  // consistency of the calculator with its own inputs (what the clerk's formulas give)
  assert(2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + 2 + 1 === CL[4] && 1 + 2 + 1 + 1 + 1 + 2 === CL[6], "f2 calculator items");
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = CL[j]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 0;
  return {
    description:
      "江门蓬江区商务局电商股经办人自制的《自评计分器 V1.3》一张表：左边“一、输入区（黄色）”是 编号｜输入项｜输入值｜单位｜说明（I01—I47事实、S01—S10主观分，常住人口按“人”填1084537，零售额万元、资金元，进度填78（%），日期是真日期，资金及时拨付“—（支出率不足70%，不选）”）；同一批行的右边G—J列是“档位表（勿改）”（1.00%、500,000、200、70%、20家、3种等门槛和分值，不是事实）；下面“二、计算区”是公式结果（计分基数500,000、各比率、档位、得分），“三、得分汇总”是计分器算出的逐项得分（资金支出－5，合计85），作为自评分。",
    sheets: [{ name: "计分器", rows, merges }],
    expect: {
      facts: {
        county: "蓬江区", asOf: "2021-08-31", residentPopulation: 1084537, adminVillagesStated: 81, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-30", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 6543200000, ruralRetail2020: 8129050000, agriRetail2019: 214060000, agriRetail2020: 283170000,
        trainingPersonTimesStated: 11206, eligiblePoorPersonsStated: 264, trainedPoorPersonsStated: 139,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3402180.5, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.78,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f3 — 广州白云区: a collection matrix, each value in its supplying department's column, 采用 names the one to use
// =====================================================================================================
function buildF3() {
  const W = 11;
  const rows = [["白云区电子商务进农村综合示范考评　基础数据征集汇总表（按提供部门分列）"],
    ["说明：各部门只在本部门栏填写所提供的数据；同一数据两个部门都提供的，以“采用”栏所列部门为准；数据截至2021年8月31日。"],
    ["序号", "数据项", "计量单位", "提供部门及数值", null, null, null, null, null, "采用", "备注"],
    [null, null, null, "区统计局", "区乡村振兴局", "区农业农村局", "区财政局", "区商务局", "区政务服务数据管理局", null, null]];
  const merges = ["A1:K1", "A2:K2", "A3:A4", "B3:B4", "C3:C4", "D3:I3", "J3:J4", "K3:K4"];
  const COL = { 统计: 3, 振兴: 4, 农业: 5, 财政: 6, 商务: 7, 政数: 8 };
  const NAMEOF = { 统计: "区统计局", 振兴: "区乡村振兴局", 农业: "区农业农村局", 财政: "区财政局", 商务: "区商务局", 政数: "区政务服务数据管理局" };
  let no = 0;
  const sec = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:K${rows.length}`);
  };
  const it = (label, unit, vals, use, note) => {
    const r = padRow([++no, label, unit], W);
    for (const [k, v] of Object.entries(vals)) r[COL[k]] = v;
    r[9] = use ? NAMEOF[use] : null;
    r[10] = note || null;
    rows.push(r);
  };
  sec("一、基本情况");
  it("县（区）名称", "—", { 商务: "白云区" });
  it("数据截止日期", "—", { 商务: D("2021-08-31") });
  it("常住人口", "万人", { 统计: "374.30" }, "统计", "第七次全国人口普查");
  it("户籍人口", "万人", { 统计: "118.62" }, "统计");
  it("行政村数", "个", { 农业: 118, 商务: 118 }, "农业", "不含社区");
  it("省定贫困村数", "个", { 振兴: 0 }, "振兴", "广州市无省定贫困村");
  sec("二、组织领导");
  it("领导小组组长", "—", { 商务: "区委副书记、区长" });
  it("领导小组成员单位", "—", { 商务: "区商务局、区财政局、区农业农村局、区乡村振兴局、区人力资源社会保障局、区交通运输局、区市场监督管理局" });
  it("示范工作方案已正式印发", "—", { 商务: "是（云府办〔2020〕58号）" });
  it("已出台支持农村电商发展的政策", "—", { 农业: "是", 商务: "是" }, "商务");
  sec("三、公共服务中心及产业园");
  it("公共服务中心投入运营日期", "—", { 商务: "2021年1月8日" });
  it("免费培训场所、培训设备", "—", { 商务: "是" });
  it("免费展示、销售特色农产品", "—", { 商务: "是" });
  it("免费摄影、美工服务", "—", { 商务: "是" });
  it("组织农产品统一推广、指导品牌建设", "—", { 农业: "是", 商务: "是" }, "商务");
  it("其他衍生增值服务", "—", { 商务: "否" });
  it("建设或整合、优化电商产业园", "—", { 商务: "是" });
  it("专业第三方电子商务运营或服务商", "—", { 商务: "是" });
  it("行政村物流快递覆盖率", "%", { 商务: "100" }, "商务", "据广州市邮政管理局白云分局证明");
  sec("四、农村产品网络零售");
  it("2019年农村网络零售额", "亿元", { 统计: "72.36", 商务: "72.4" }, "统计", "商务局数为四舍五入");
  it("2020年农村网络零售额", "亿元", { 统计: "95.18", 商务: "95.2" }, "统计");
  it("2021年1—8月农村网络零售额", "亿元", { 统计: "68.90" }, "统计", "参考");
  it("2019年农产品网络零售额", "亿元", { 农业: "4.06" }, "农业");
  it("2020年农产品网络零售额", "亿元", { 农业: "5.11" }, "农业");
  sec("五、电商培训");
  it("培训人次", "人次", { 商务: "6,350" }, "商务");
  it("有劳动能力的建档立卡贫困人口（不含外出务工）", "人", { 振兴: "1,206", 商务: "1,198" }, "振兴", "商务局数为7月底口径");
  it("其中参加电商培训的人数", "人", { 振兴: 645, 商务: 645 }, "振兴", "按身份证号去重");
  sec("六、信息公开及报送");
  it("专栏公示创建方案", "—", { 政数: "是" });
  it("专栏公示项目基本信息", "—", { 政数: "是" });
  it("专栏公示项目建设进度", "—", { 政数: "是" });
  it("专栏设立征求意见或监督举报窗口", "—", { 政数: "是（监督举报信箱）" });
  it("能统计电商扶贫情况", "—", { 振兴: "是", 商务: "是" }, "商务");
  sec("七、资金");
  it("下达省级专项资金", "万元", { 财政: 500 }, "财政");
  it("累计拨付资金", "万元", { 财政: "402.3368", 商务: "402.34" }, "财政", "以国库支付数为准");
  it("资金管理制度", "—", { 财政: "已制定" });
  it("资金专用台账", "—", { 商务: "已建立" });
  it("项目总体进度", "%", { 商务: "88" });
  sec("八、一票否决事项");
  it("发生安全生产、质量事故或重大经济损失", "—", { 商务: "无" });
  it("弄虚作假", "—", { 商务: "无" });
  rows.push(padRow([], W));
  rows.push(padRow(["主观评分项自评（区商务局）"], W));
  merges.push(`A${rows.length}:K${rows.length}`);
  rows.push(padRow(["序号", "评分项", "分值范围", "自评分", "依据"], W));
  const JU = [["方案制定", "1—2", 2, "方案已印发"], ["政策支持", "1—2", 2, "扶持措施"], ["项目管理制度", "1—2", 2, null], ["工作台账", "1—2", 1, null],
    ["网销调研", "1—2", 2, "调研报告"], ["网络促销活动", "1—2", 1, null], ["交易标准及冷链溯源", "1—2", 1, null], ["资金管理制度", "1—5", 5, null],
    ["资金台账", "1—5", 4, null], ["资金及时拨付", "1—5", 4, null]];
  JU.forEach((x, j) => rows.push(padRow([j + 1, x[0], x[1], x[2], x[3]], W)));
  rows.push(padRow([], W));
  rows.push(padRow(["汇总：区商务局电商科　2021年9月6日"], W));
  merges.push(`A${rows.length}:K${rows.length}`);
  assert(pct1(9518 - 7236, 7236) === "31.5%" && pct1(511 - 406, 406) === "25.9%" && !ratioGE(4023368, 5000000, 81), "f3 rates");
  return {
    description:
      "广州白云区商务局电商科的《基础数据征集汇总表（按提供部门分列）》：两行表头，“提供部门及数值”下分区统计局｜区乡村振兴局｜区农业农村局｜区财政局｜区商务局｜区政务服务数据管理局六列，每个数据项的值写在提供部门那一列（别的列空着），后面“采用”列写以哪个部门为准、再后是备注；两个部门都填了的（行政村118/118，农村网零统计局72.36、95.18亿元与商务局72.4、95.2，有劳动能力贫困人口乡村振兴局1,206与商务局1,198，累计拨付财政局402.3368万元与商务局402.34万元）按“采用”读；常住人口374.30万人，户籍人口和2021年1—8月网零是参考项；省定贫困村0；下面另有区商务局主观评分小表，没有逐项自评分。",
    sheets: [{ name: "数据征集汇总", rows, merges }],
    expect: {
      facts: {
        county: "白云区", asOf: "2021-08-31", residentPopulation: 3743000, adminVillagesStated: 118, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2021-01-08", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 7236000000, ruralRetail2020: 9518000000, agriRetail2019: 406000000, agriRetail2020: 511000000,
        trainingPersonTimesStated: 6350, eligiblePoorPersonsStated: 1206, trainedPoorPersonsStated: 645,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4023368, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// l1 — 广州南沙区: mini-program sign-in export (no-shows), poor persons (是否务工 + 务工地点), media without levels
// =====================================================================================================
function buildL1() {
  const REGION = "440115";
  const TOWNS = ["万顷沙镇", "横沥镇", "黄阁镇", "东涌镇", "大岗镇", "榄核镇"];
  const vName = nameMaker("新大沙涌围东西南北鱼", ["洲", "沙", "围", "涌", "坦", "基", "窖", "尾"], "村", TOWNS.map((t) => t.slice(0, 2)));
  const vill = TOWNS.map((t) => ({ t, vs: Array.from({ length: 4 }, () => vName()) }));
  const anyVill = () => {
    const x = vill[rint(0, vill.length - 1)];
    return [x.t, x.vs[rint(0, x.vs.length - 1)]];
  };
  // ---------------- 脱贫人口（相对贫困）
  const plan = shuffle([].concat(Array(26).fill("E"), Array(8).fill("M"), Array(5).fill("N"), ["U"]));
  const LAB_E = ["普通劳动力", "技能劳动力", "弱劳动力或半劳动力"];
  const LAB_N = ["丧失劳动力", "无劳动力"];
  const PLACE_M = ["市内区外", "省内市外", "省外"];
  const pRows = [["南沙区相对贫困人口劳动力及务工情况"], ["（区乡村振兴局2021年7月导出；“务工地点”：区内＝南沙区内，其余为外出务工）"],
    ["序号", "户编号", "姓名", "证件号码", "镇（街）", "村", "劳动力类型", "是否务工", "务工地点", "备注"]];
  const pRecs = [];
  const persons = [];
  let xDone = false;
  plan.forEach((c, j) => {
    const birth = c === "N" ? birthBetween(1935, 1955) : birthBetween(1965, 2000);
    const wantX = c === "E" && !xDone ? true : undefined;
    if (wantX) xDone = true;
    const id = makeId(REGION, birth, rnd() < 0.5, wantX);
    const [t, v] = anyVill();
    let lab;
    let work;
    let place = null;
    let note = null;
    let rec;
    if (c === "E") {
      lab = LAB_E[j % 3];
      work = j % 2 ? "是" : "否";
      if (work === "是") place = "区内";
      rec = { id, labour: true, migrant: false };
    } else if (c === "M") {
      lab = LAB_E[j % 2];
      work = "是";
      place = PLACE_M[j % 3];
      rec = { id, labour: true, migrant: true };
    } else if (c === "N") {
      lab = LAB_N[j % 2];
      work = "否";
      rec = { id, labour: false, migrant: false };
    } else {
      lab = "普通劳动力";
      work = null;
      note = "务工情况未采集";
      rec = { id, labour: true, migrant: null };
    }
    const nm = personName();
    pRows.push([j + 1, `440115${String(208000 + j * 23).padStart(8, "0")}`, nm, id, t, v, lab, work, place, note]);
    pRecs.push(rec);
    persons.push({ c, id, nm, t, v });
  });
  assert(xDone && pRecs.length === 40, "l1 40 poor persons");

  // ---------------- 签到记录（小程序导出）
  const SES = [["2020-11-20", "农村电商基础培训班（第1期）"], ["2020-12-18", "网店开设与运营培训班（第2期）"], ["2021-03-12", "直播带货实操培训班（第3期）"],
    ["2021-04-23", "短视频拍摄与剪辑培训班（第4期）"], ["2021-06-11", "农产品品牌与包装培训班（第5期）"], ["2021-08-27", "社群团购运营培训班（第6期）"],
    ["2021-09-02", "相对贫困户电商技能专场（第7期）"]];
  const NICK = ["阿明", "Sunny", "小芳🌸", "南沙渔家", "荔枝妹", "A-陈生", "海鸥", "向日葵", "Kevin", "平安是福", "🍀四叶草", "老黄", "水乡人家", "一帆风顺", "Amy", "蕉林小哥", "万顷沙阿强", "微笑"];
  const tRows = [["“南沙电商学堂”小程序　活动签到记录导出"], ["导出时间：2021-09-03 10:15:22　　导出人：区商务局电商科　　筛选：全部活动　　共计记录条数见末行"],
    ["序号", "活动名称", "报名时间", "签到时间", "签到状态", "微信昵称", "姓名", "手机号", "证件类型", "证件号码", "备注"]];
  const tRecs = [];
  const eligible = shuffle(persons.filter((p) => p.c === "E"));
  let ep = 0;
  let sq = 0;
  const SP = { lowx: [3, 4], hk: [4, 2], permit: [5, 6], poorNoShow: [2, 3] };
  const isSp = (k, s, i) => SP[k][0] === s && SP[k][1] === i;
  SES.forEach(([d, nm], si) => {
    const sNo = si + 1;
    const n = rint(11, 14);
    const noShow = new Set([rint(0, n - 1)]);
    if (sNo % 2 === 0) noShow.add(3);
    if (sNo === 2) noShow.add(3);
    const late = sNo % 2 === 0 ? 7 : -1;
    const regs = [];
    for (let i = 0; i < n; i++) {
      let name;
      let idType = "居民身份证";
      let id;
      let idCell;
      let recId;
      if (i % 5 === 3 && ep < eligible.length) {
        const p = eligible[ep++];
        name = p.nm;
        id = p.id;
      } else {
        name = personName();
        if (isSp("hk", sNo, i)) {
          idType = "港澳居民居住证";
          id = makeId("810000", birthBetween(1975, 1995), rnd() < 0.5);
        } else id = makeId(REGION, birthBetween(1968, 2002), rnd() < 0.5, isSp("lowx", sNo, i) ? true : undefined);
      }
      idCell = id;
      recId = id;
      if (isSp("lowx", sNo, i)) idCell = id.slice(0, 17) + "x";
      if (isSp("permit", sNo, i)) {
        idType = "港澳居民来往内地通行证";
        idCell = "H" + String(rint(10000000, 99999999));
        recId = null;
      }
      const status = noShow.has(i) && i !== late ? "未签到" : i === late ? "补签" : "已签到";
      const regT = dtText(isoAdd(d, -rint(1, 10)), hms());
      let signT = "—";
      if (status === "已签到") signT = dtText(d, `0${rint(8, 9)}:${String(rint(0, 59)).padStart(2, "0")}:${String(rint(0, 59)).padStart(2, "0")}`);
      if (status === "补签") signT = dtText(d, `17:${String(rint(30, 59)).padStart(2, "0")}:${String(rint(0, 59)).padStart(2, "0")}`);
      regs.push({ regT, signT, status, nick: NICK[rint(0, NICK.length - 1)], name, idType, idCell, recId, note: status === "补签" ? "工作人员补签（纸质签到表）" : status === "未签到" ? null : null });
    }
    regs.sort((a, b) => cmp(a.regT, b.regT));
    for (const r of regs) {
      sq++;
      tRows.push([sq, `南沙区${nm}`, r.regT, r.signT, r.status, r.nick, r.name, mask(phone()), r.idType, r.idCell, r.note]);
      if (r.status !== "未签到") tRecs.push({ date: d, personTimes: 1, id: r.recId });
    }
  });
  tRows.push([`共${sq}条记录`, null, null, null, null, null, null, null, null, null, null]);
  const tMerges = ["A1:K1", "A2:K2", `A${tRows.length}:K${tRows.length}`];
  const noShows = sq - tRecs.length;
  assert(noShows >= 7 && tRecs.some((r) => r.id === null) && tRecs.some((r) => r.id && r.id.startsWith("810000")) && tRecs.some((r) => r.id && r.id.endsWith("X")), "l1 sign-ins " + noShows);
  assert(tRows.some((r) => r[4] === "补签") && tRows.some((r) => r[4] === "未签到" && /^440115/.test(String(r[9]))), "l1 statuses");
  checkTrainingIds(tRecs, "l1");

  // ---------------- 宣传报道 (no level column)
  const MED = [["2020-11-24", "2020年11月24日", "南沙区融媒体中心“南沙发布”微信公众号", "—", "南沙首期农村电商培训开班", "网络", "否", "county", false],
    ["2020-12-30", D("2020-12-30"), "广州日报", "A6版", "南沙水乡特产搭上电商快车", "报纸", "否", "city", false],
    ["2021-03-15", "2021.3.15", "南方日报", "广州新闻版", "南沙：直播间里卖番薯", "报纸", "否", "province", false],
    ["2021-05-19", "2021/5/19", "广东广播电视台珠江频道", "《今日关注》", "南沙相对贫困户学电商卖鱼干", "电视", "是", "province", true],
    ["2021-06-28", "2021-06-28", "广州广播电视台", "《广州新闻》", "南沙电商服务站覆盖水乡村居", "电视", "否", "city", true],
    ["2021-07-09", "2021年7月9日", "新华社客户端", "—", "广州南沙：农村电商助力乡村振兴", "网络", "否", "national", false],
    ["2021-08-20", D("2021-08-20"), "南沙区融媒体中心", "《南沙新闻》", "南沙电商公共服务中心开展免费培训", "电视", "否", "county", true],
    ["2021-09-06", "2021.9.6", "羊城晚报", "—", "南沙电商进农村示范创建迎考评", "报纸", "否", "province", false]];
  const mRows = [["南沙区电子商务进农村宣传报道登记"], ["序号", "发布日期", "媒体", "版面／栏目", "标题", "形式", "电商扶贫典型案例", "备注"]];
  const mRecs = [];
  MED.forEach((x, j) => {
    mRows.push([j + 1, x[1], x[2], x[3], `《${x[4]}》`, x[5], x[6], j === 7 ? "9月见报" : null]);
    mRecs.push({ date: x[0], level: x[7], tv: x[8] });
  });

  // ---------------- 经验材料
  const matRows = [["南沙区经验材料报送登记"], ["序号", "报送时间", "材料名称", "报送对象", "文号"],
    [1, "2021年4月", "《南沙区“水乡特产＋直播”助农增收做法》", "广州市商务局", "穗南商务〔2021〕19号"],
    [2, D("2021-07-16"), "《南沙区农村电商帮扶典型案例》", "广州市商务局", "穗南商务〔2021〕33号"],
    [3, "2021.9.10", "《南沙区电子商务进农村综合示范创建工作总结》", "广州市商务局、广东省商务厅", "穗南商务〔2021〕47号"]];
  const matRecs = [{ date: "2021-04" }, { date: "2021-07-16" }, { date: "2021-09-10" }];

  // ---------------- 签到二维码 / 填表说明 (not ledgers)
  const qRows = [["活动签到二维码登记"], ["活动名称", "签到二维码链接", "生成时间", "有效期至"]];
  SES.forEach(([d, nm], j) => qRows.push([`南沙区${nm}`, `https://m.example.gov.cn/nsdsxt/sign?act=${2020110 + j * 7}`, dtText(isoAdd(d, -12), hms()), `${d} 23:59:59`]));
  const notes = [["南沙区电商台账填表说明"], ["1．培训签到从“南沙电商学堂”小程序后台导出，未签到为报名但未到场，补签为工作人员按纸质签到表补录。"],
    ["2．港澳居民按所持证件登记，证件类型见“证件类型”栏。"], ["3．相对贫困人口名单由区乡村振兴局提供，“务工地点”区内＝南沙区内务工。"],
    ["4．宣传报道按媒体原发登记，转载不另列。"], ["南沙区商务局电商科　2021年9月"]];
  return {
    description:
      "广州南沙区商务局电商科的台账（六个表）：①培训签到是“南沙电商学堂”小程序后台导出（报名时间、签到时间都是“2021-03-12 08:47:21”式文本，签到状态有已签到／补签（工作人员按纸质表补录，17点多）／未签到——未签到的是报名没来、不是签到，签到时间“—”），证件类型有居民身份证、港澳居民居住证（810000开头的18位号码）、港澳居民来往内地通行证（H开头，不是身份证号），一人末位小写x，末行“共N条记录”，最后一期9月2日；②相对贫困人口的劳动力类型（普通／技能／弱劳动力或半劳动力有，丧失／无劳动力没有）和“是否务工”“务工地点”两栏（区内不算外出，市内区外、省内市外、省外算外出，一人务工情况未采集）；③宣传报道没有级别栏，要按媒体定级（新华社客户端、南方日报、广东广播电视台珠江频道、羊城晚报、广州日报、广州广播电视台、区融媒体中心），形式“电视”的是电视播出；④经验材料报送时间有“2021年4月”（只到月）；另有签到二维码登记和填表说明两张非台账表。",
    sheets: [
      { name: "填表说明", rows: notes.map((r) => padRow(r.slice(), 5)), merges: ["A1:E1"] },
      { name: "签到记录", rows: tRows, merges: tMerges },
      { name: "相对贫困人口", rows: pRows, merges: ["A1:J1", "A2:J2"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:H1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:E1"] },
      { name: "签到二维码", rows: qRows, merges: ["A1:D1"] },
    ],
    expect: {
      sheets: {
        "填表说明": { kind: null },
        "签到记录": { kind: "training", records: tRecs },
        "相对贫困人口": { kind: "poorPersons", records: pRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "经验材料": { kind: "materials", records: matRecs },
        "签到二维码": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 汕头龙湖区: a village 名录 six to a row, stations by 验收挂牌 batch, park firms by floor, a project × month payment grid
// =====================================================================================================
function buildL2() {
  const TOWNS = [["外砂街道", 9, 2], ["新溪街道", 7, 2], ["鸥汀街道", 6, 1], ["新津街道", 3, 1]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("蓬华东西南北新大下上", ["中", "美", "陇", "埔", "头", "洋", "墩", "沟", "厝"], "村", prefixes);
  const cName = nameMaker("龙海金兴光", ["苑", "城", "和", "景", "瑞"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "l2");
  assert(admin.length === 25 && comms.length === 6, "l2 25 + 6");
  const short = (v) => v.replace(/村$|社区$/, "");
  const shA = shuffle(admin);
  const poor = new Set(shA.slice(0, 3));
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;

  // ---------------- 村居名录 (six to a row)
  const vRows = [["龙湖区村（居）委会名录（2021年6月）"], ["说明：★为省定贫困村；名称为“××社区”的是社区居委会，其余为村委会；按街道排列，每行六个。"]];
  const vMerges = ["A1:F1", "A2:F2"];
  const vRecs = [];
  const CN_ORD = ["一", "二", "三", "四"];
  towns.forEach((x, ti) => {
    vRows.push([`${CN_ORD[ti]}、${x.t}（村委会${x.vs.length}个、社区居委会${x.cs.length}个）`, null, null, null, null, null]);
    vMerges.push(`A${vRows.length}:F${vRows.length}`);
    const cells = [];
    x.vs.forEach((v, k) => {
      cells.push((poor.has(v) ? "★" : "") + (k % 3 === 1 ? `${short(v)}村委会` : v));
      vRecs.push({ name: v, admin: true, poor: poor.has(v) });
    });
    x.cs.forEach((c) => {
      cells.push(c);
      vRecs.push({ name: c, admin: false });
    });
    for (let k = 0; k < cells.length; k += 6) vRows.push(padRow(cells.slice(k, k + 6), 6));
    vRows.push(padRow([], 6));
  });
  vRows.push([`合计：村委会${admin.length}个（其中★省定贫困村${poor.size}个），社区居委会${comms.length}个`, null, null, null, null, null]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);

  // ---------------- 站点挂牌 (the date only in each batch's heading row)
  const B = [["第一批", "2020-10-22", "2020年10月22日"], ["第二批", "2021-01-14", "2021.1.14"], ["第三批", "2021-03-26", "2021年3月26日"],
    ["第四批", "2021-06-18", "2021-6-18"], ["第五批", "2021-09-16", "2021年9月16日"]];
  const lists = [shA.slice(0, 8).map((v) => ({ v })), shA.slice(8, 15).map((v) => ({ v })), shA.slice(15, 21).map((v) => ({ v })),
    [{ v: shA[21], note: "原第三批，整改后本批挂牌" }, { v: shA[22] }, { v: shA[23] }, { v: comms[2] }, { v: shA[3], second: true }],
    [shA[24], shA[9], comms[0], shA[5]].map((v, k) => ({ v, second: k === 1 || k === 3 }))];
  const sRows = [["龙湖区村级电子商务服务站点验收挂牌登记"], ["序号", "站点名称", "所在街道", "所在村（社区）", "站长", "联系电话", "验收结论"]];
  const sMerges = ["A1:G1"];
  const sRecs = [];
  let sq = 0;
  B.forEach(([bn, iso, txt], bi) => {
    sRows.push([`${bn}　${txt}验收挂牌（${lists[bi].length}个）`, null, null, null, null, null, null]);
    sMerges.push(`A${sRows.length}:G${sRows.length}`);
    for (const s of lists[bi]) {
      sq++;
      const isC = s.v.endsWith("社区");
      const vcell = isC ? s.v : sq % 2 ? s.v : `${short(s.v)}村委会`;
      sRows.push([sq, `${short(s.v)}${isC ? "社区" : "村"}电商服务站${s.second ? "（二）" : ""}`, townOf[s.v], vcell, personName(), mask(phone()), s.note ? `合格（${s.note}）` : "合格"]);
      sRecs.push({ village: s.v, opened: iso });
    }
  });
  sRows.push(["注：挂牌日期即该批验收日期，见各批标题行。", null, null, null, null, null, null]);
  sMerges.push(`A${sRows.length}:G${sRows.length}`);
  assert(sRecs.length === 30, "l2 30 stations");

  // ---------------- 入驻企业 (by floor; 在园期间 entered—left)
  const REGION = "440507";
  const FL = [["1F", [["101", "汕头市龙湖区潮味优选电子商务有限公司", "电商平台", "2020.10—"], ["102", "汕头市龙湖区玩具礼品网店", "网络零售", "2020.10.12—"],
    ["103", null, null, null], ["105", "汕头市龙湖区速捷快递有限公司", "快递物流", "2020.11—"]]],
  ["2F", [["201", "汕头市龙湖区潮汕牛肉丸电商商行", "网络零售", "2020.10—2021.6"], ["202", "汕头市龙湖区云帆代运营服务有限公司", "代运营服务", "2020.12—"],
    ["203", "汕头市龙湖区鮀城直播传媒有限公司", "直播电商", "2021.3.8—"], ["205", "汕头市龙湖区海味干货网店", "网络零售", "2020.11.3—2021.4.30"]]],
  ["3F", [["301", "汕头市龙湖区潮品汇网络科技有限公司", "电商平台", "2021.1—"], ["302", null, null, null], ["303", "汕头市龙湖区单丛茶电商商行", "网络零售", "2020.12—2021.10"],
    ["305", "汕头市龙湖区包装设计工作室", "包装设计", "2021.5—"]]],
  ["4F", [["401", "汕头市龙湖区鲜达冷链仓储有限公司", "快递物流", "2021.2.20—"], ["402", "汕头市龙湖区潮绣文创网店", "网络零售", "2021.9—"],
    ["403", null, null, null], ["405", "汕头市龙湖区乡味供应链管理有限公司", "代运营服务", "2021.7—"]]]];
  const eRows = [["龙湖区电子商务产业园（龙湖电商大厦）入驻企业登记"], ["（2021年9月更新；“在园期间”写入驻—退出，只写入驻的为仍在园）"],
    ["楼层", "房号", "企业名称", "统一社会信用代码", "企业类型", "在园期间（入驻—退出）", "备注"]];
  const eMerges = ["A1:G1", "A2:G2"];
  const eRecs = [];
  const toIso = (s) => {
    const p = s.split(".").map(Number);
    return p.length === 2 ? `${p[0]}-${String(p[1]).padStart(2, "0")}` : `${p[0]}-${String(p[1]).padStart(2, "0")}-${String(p[2]).padStart(2, "0")}`;
  };
  for (const [fl, rooms] of FL) {
    const r0 = eRows.length + 1;
    for (const [room, n, t, per] of rooms) {
      if (!n) {
        eRows.push([fl, room, "（空置）", null, null, null, "招租中"]);
        continue;
      }
      const [a, b] = per.split("—");
      eRows.push([fl, room, n, creditCode(REGION), t, per, b ? "已退园" : null]);
      eRecs.push({ name: n, type: t, entered: toIso(a), left: b ? toIso(b) : null });
    }
    mergeCol(eMerges, "A", r0, eRows.length);
  }
  assert(eRecs.length === 13 && eRecs.filter((r) => r.left).length === 3, "l2 13 firms");

  // ---------------- 资金月度支付表 (project × month)
  const MONTHS = monthsBetween("2020-09", "2021-09");
  const PRJ = [["区电商公共服务中心建设运营", "汕头市龙湖区潮品汇网络科技有限公司", 1500000, { "2020-09": 450000, "2021-01": 525000, "2021-06": 300000 }],
    ["村级电商服务站点建设", "中国邮政集团有限公司汕头市龙湖区分公司", 1200000, { "2020-10": 360000, "2021-03": 480000, "2021-09": 240000 }],
    ["农村电商人才培训", "汕头市龙湖区职业技术学校", 600000, { "2020-12": 150000, "2021-05": 180000, "2021-08": 120000 }],
    ["镇村物流配送体系", "汕头市龙湖区速捷快递有限公司", 900000, { "2021-01": 270000, "2021-07": 360000 }],
    ["冷链及农产品溯源体系", "汕头市龙湖区鲜达冷链仓储有限公司", 500000, { "2021-04": 150000, "2021-08": 100000 }],
    ["农产品品牌培育及推广", "汕头市龙湖区包装设计工作室", 300000, { "2021-06": 90000 }]];
  const fRows = [["龙湖区电子商务进农村综合示范专项资金月度支付表"], ["单位：元"],
    ["序号", "项目", "收款单位", "合同金额", "2020年", null, null, null, "2021年", null, null, null, null, null, null, null, null, "合计"],
    [null, null, null, null].concat(MONTHS.map((m) => `${Number(m.slice(5))}月`), [null])];
  const fMerges = ["A1:R1", "A2:R2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:H3", "I3:Q3", "R3:R4"];
  assert(MONTHS.length === 13 && fRows[3].length === 18, "l2 grid width");
  const fRecs = [];
  PRJ.forEach(([p, who, con, pays], j) => {
    const row = [j + 1, p, who, con];
    for (const m of MONTHS) {
      const a = pays[m];
      row.push(a ? (m.endsWith("1") ? fmtMoney(a) : a) : null);
      if (a) fRecs.push({ date: m, amount: a });
    }
    row.push(sum(Object.values(pays)));
    fRows.push(row);
    assert(sum(Object.values(pays)) <= con, "l2 within the contract");
  });
  fRows.push(["合计", null, null, sum(PRJ.map((x) => x[2]))].concat(MONTHS.map((m) => sum(PRJ.map((x) => x[3][m] || 0)) || null), [sum(fRecs.map((r) => r.amount))]));
  fMerges.push(`A${fRows.length}:C${fRows.length}`);
  assert(fRecs.length === 14 && sum(fRecs.filter((r) => r.date <= "2021-08").map((r) => r.amount)) === 3535000, "l2 payments");

  // ---------------- 月报报送
  const rRows = [["龙湖区电子商务进农村工作月报报送登记（报汕头市商务局）"], ["序号", "月报期别", "报送时间", "报送渠道", "附扶贫统计", "经办人"]];
  const rRecs = [];
  monthsBetween("2020-08", "2021-08").forEach((m, j) => {
    const next = monthsBetween(m, "2021-12")[1];
    const d = `${next}-${String(rint(3, 10)).padStart(2, "0")}`;
    const pov = m < "2020-10" ? "未附" : m === "2021-02" ? null : "附";
    const cell = j % 4 === 2 ? D(d) : `${d} ${String(rint(9, 17)).padStart(2, "0")}:${String(rint(0, 59)).padStart(2, "0")}`;
    rRows.push([j + 1, `${cnMonth(m)}月报`, cell, j % 2 ? "粤政易" : "电子邮件", pov, ["陈××", "林××"][j % 2]]);
    rRecs.push({ date: d, poverty: pov === "附" ? true : pov === "未附" ? false : null });
  });

  const toc = [["龙湖区电商进农村台账（第二册）目录"], ["序号", "表名", "内容", "提供单位"], [1, "村居名录", "村（居）委会名录", "区民政局"], [2, "站点挂牌", "村级站点验收挂牌登记", "区商务局"],
    [3, "入驻企业", "电商产业园入驻企业", "园区运营方"], [4, "资金月度支付", "专项资金月度支付表", "区财政局"], [5, "月报报送", "月报报送登记", "区商务局"]];
  return {
    description:
      "汕头龙湖区商务局台账第二册（目录加五张表）：①村居名录不是一行一村，而是按街道分节（节标题“一、外砂街道（村委会9个、社区居委会2个）”），名称每行六个横排，★标省定贫困村，“××社区”是居委会，村名有“××村”“××村委会”两种写法；②站点按验收挂牌批次分节，挂牌日期只写在批次标题行（“第二批　2021.1.14验收挂牌（7个）”“2021-6-18”等），明细行没有日期，第四批有一站是第三批整改后补挂、一个社区站点，三个村有第二个站（“（二）”，一个在第四批、两个在第五批），第五批9月16日在截止日后；③入驻企业按楼层、房号登记（楼层纵向合并，空置房“（空置）”不是企业），“在园期间（入驻—退出）”一格写起止（“2020.10—2021.6”只到月，“2020.11.3—2021.4.30”，“2021.9—”只有入驻）；④资金是项目×月份的支付表（“2020年”“2021年”合并在月份之上，单位元，合计行、合计列不是支付，一笔9月）；⑤月报报送时间是“2021-03-05 10:22”式文本和日期格，附扶贫统计“附／未附／空”。",
    sheets: [
      { name: "目录", rows: toc, merges: ["A1:D1"] },
      { name: "村居名录", rows: vRows, merges: vMerges },
      { name: "站点挂牌", rows: sRows, merges: sMerges },
      { name: "入驻企业", rows: eRows, merges: eMerges },
      { name: "资金月度支付", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: rRows, merges: ["A1:F1"] },
    ],
    expect: {
      sheets: {
        "目录": { kind: null },
        "村居名录": { kind: "villages", records: vRecs },
        "站点挂牌": { kind: "stations", records: sRecs },
        "入驻企业": { kind: "enterprises", records: eRecs },
        "资金月度支付": { kind: "funds", records: fRecs },
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
write("counties", "b188-c1-zengcheng.json", c1);
write("facts", "b188-f1-xiangqiao.json", f1);
write("facts", "b188-f2-pengjiang.json", f2);
write("facts", "b188-f3-baiyun.json", f3);
write("ledgers", "b188-l1-nansha.json", l1);
write("ledgers", "b188-l2-longhu.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
