// Batch 217 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b216.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (217217), no clock. Run: node test/corpus/_b217/gen-b217.js
//
// c1 平远县 (梅州): the facts sheet is the leading-group office's 《考评指标逐项对照自评表》 — 基本情况 as three label|value
//    pairs per row, then one row per scoring point (序号｜评价指标（分值）｜得分点｜责任单位｜完成情况｜自评得分) with 小计 rows that
//    carry the indicator's claimed points. Ledgers: villages in town sections, stations at exactly 70% (91/130), sessions with
//    人次 (a cross-year range, a September session), poor list (半劳动力, 县内务工), poor trainees as a person × session ✓ matrix,
//    park roll (one firm leaves on the cut-off day), a 万元 收入｜支出｜余额 fund journal, reports without February, a hidden 选项.
// f1 兴宁市 (梅州): the official indicator table turned on its side — indicators as columns B…R under merged 工作任务 groups, rows
//    分值｜完成情况｜主观项自评｜自评得分; facts in the 完成情况 sentences, a 基本情况 row of “标签：值” cells, full-width digits.
// f2 从化区 (广州): the city bureau's 《考评数据核对单》 — 区填报值｜市局核实值｜核对结果｜区确认值（以此为准）｜说明; only the confirmed
//    column counts (“同填报值” = the district's own value), some city corrections accepted, some rejected.
// f3 揭东区 (揭阳): a print-form 申报表 — label row above value row, each field two merged columns, four fields per band; ☑/□
//    choices, judged points as “□1分　☑2分” / “□5　☑4…”, one judged item with no box ticked, a “（续表）” page break.
// l1 曲江区 (韶关): 目录; villages with 贫困村类型 省定/市定/一般村 and a blank express cell; stations in three operator sections
//    with 小计/合计 rows; sign-in sheets in blocks whose date is only in the merged block title; reports; media; a summary.
// l2 潮南区 (汕头): 填表说明; a 防返贫 system export (劳动技能 / 务工状态 wordings); park firms with an 已退园 table under the in-park
//    table; payments in 元 and “万” with quarter 小计 rows; the column's updates with months as columns and days only; materials.
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
let seed = 217217;
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
    assert(/^b217-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b217-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b217-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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


// ---------------------------------------------------------------- extra helpers (batch 192)
function fwDigits(s) {
  // a string typed with full-width digits (and Ｘ), as a Word form produces
  return s.replace(/[0-9]/g, (c) => FW[Number(c)]).replace(/X/g, "Ｘ");
}
function cnDate0(iso) {
  // 2020年09月07日 (zero-padded, as an export writes it)
  const [y, m, d] = ymd(iso);
  return `${y}年${String(m).padStart(2, "0")}月${String(d).padStart(2, "0")}日`;
}
function inWindowMonths(dates) {
  return WINDOW.filter((w) => dates.some((d) => d.slice(0, 7) === w)).length;
}


// ---------------------------------------------------------------- extra helpers (batch 198)
function normId(s) {
  // a reviewer's normalisation of a typed ID: spaces out, full-width digits to half-width, upper-case X
  return s.replace(/[\s　]/g, "").replace(/[０-９]/g, (c) => String(FW.indexOf(c))).replace(/[xｘＸ]/g, "X");
}
function box(on, a, b) {
  // Word form choice cell: “☑已正式印发　□未印发”
  return `${on ? "☑" : "□"}${a}　${on ? "□" : "☑"}${b}`;
}
function pts12(p) {
  // judged 1–2 as a form cell: “□1分　☑2分”
  return `${p === 1 ? "☑" : "□"}1分　${p === 2 ? "☑" : "□"}2分`;
}
function openedBy(op, cut) {
  return op !== null && op !== undefined && (op.length === 7 ? op <= cut.slice(0, 7) : op <= cut);
}





// =====================================================================================================
// c1 — 梅州市平远县: 《考评指标逐项对照自评表》（一得分点一行、小计行是指标自评分）＋ 11 个台账
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "441426";
  const POP = 196328;
  const BASE = Math.min(POP, 500000);
  const TOWNS = [["大柘镇", 13, 3], ["仁居镇", 11, 1], ["东石镇", 14, 1], ["石正镇", 12, 1], ["八尺镇", 10, 1], ["差干镇", 11, 1],
    ["河头镇", 9, 1], ["中行镇", 10, 1], ["上举镇", 11, 1], ["泗水镇", 10, 1], ["长田镇", 9, 1], ["热柘镇", 10, 1]];
  const prefixes = TOWNS.map((t) => t[0].slice(0, 2)).concat(["平远"]);
  const vName = nameMaker("黄坑畲礼梅松锡程墩石高福丰坪田联仙乌洋水", ["村", "田", "坑", "塘", "岭", "坝", "湖", "洋", "溪", "口", "背", "坳", "联", "光", "新", "丰", "径", "垇"], "村", prefixes);
  const cName = nameMaker("城和兴平安南", ["东", "南", "北", "中", "华", "阳"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "c1");
  assert(admin.length === 130 && comms.length === 14, "c1 130 villages + 14 communities");
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const shuffled = shuffle(admin);
  const poor = shuffled.slice(0, 16);
  const poorSet = new Set(poor);
  const poorLate = poor[15]; // its only station opened 2021-09-03
  const others = shuffled.slice(16);
  const covOthers = others.slice(0, 76); // 15 poor + 76 = 91 covered
  const uncovered = others.slice(76); // 38
  const vSeptOther = uncovered[0];
  const noExpress = uncovered[1];

  // ---------------- 村（居）委会名单: town section rows
  const vRows = [["平远县村（居）民委员会名单"], ["资料来源：县民政局（2021年7月）　省定贫困村：县乡村振兴局　快递：县邮政管理局（2021年8月）"],
    ["序号", "村（居）委会名称", "类别", "省定贫困村", "快递进村", "备注"]];
  const vMerges = ["A1:F1", "A2:F2"];
  let sq = 0;
  towns.forEach((x, k) => {
    vRows.push([`${CN_NUM[k + 1]}、${x.t}（行政村${x.vs.length}个、社区${x.cs.length}个）`]);
    vMerges.push(`A${vRows.length}:F${vRows.length}`);
    for (const v of x.vs) {
      sq++;
      const nm = sq % 4 === 0 ? `${short(v)}村民委员会` : `${short(v)}村委会`;
      vRows.push([sq, nm, "行政村", poorSet.has(v) ? "是" : null, v === noExpress ? "未通" : "已通", v === noExpress ? "预计2021年10月开通" : null]);
    }
    for (const c of x.cs) {
      sq++;
      vRows.push([sq, `${short(c)}社区居民委员会`, "社区", null, "已通", null]);
    }
  });
  vRows.push([`合计：行政村${admin.length}个（省定贫困村${poor.length}个），社区${comms.length}个。`]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);
  for (const r of vRows) padRow(r, 6);

  // ---------------- 站点清单
  const ST = [];
  poor.forEach((v) => ST.push({ v, op: v === poorLate ? "2021-09-03" : randIsoBetween("2020-05-10", "2021-07-31") }));
  covOthers.forEach((v) => ST.push({ v, op: randIsoBetween("2020-05-10", "2021-08-28") }));
  ST.push({ v: covOthers[3], op: randIsoBetween("2021-03-01", "2021-08-20"), second: true });
  ST.push({ v: covOthers[10], op: randIsoBetween("2021-03-01", "2021-08-20"), second: true });
  ST.push({ v: towns[0].cs[0], op: randIsoBetween("2020-08-01", "2021-02-28") });
  ST.push({ v: vSeptOther, op: "2021-09" });
  ST.push({ v: "石正镇圩镇", op: randIsoBetween("2020-10-01", "2021-05-30"), town: "石正镇" });
  const TORD = TOWNS.map((t) => t[0]);
  const tOf = (s) => s.town || townOf[s.v];
  ST.sort((a, b) => TORD.indexOf(tOf(a)) - TORD.indexOf(tOf(b)) || cmp(a.op, b.op));
  const sRows = [["平远县村级电子商务服务站点清单"], ["填报单位：平远县商务局（盖章）　　　　　　　　　　　　截至2021年9月10日"],
    ["序号", "镇", "站点名称", "所在村（居）", "详细地址", "站长", "联系电话", "挂牌运营时间", "服务项目"]];
  const SERV = ["代购代销、快递收发", "农产品代销、代收代缴", "电商宣传、代购代销", "快递代收代发、便民缴费、小额信贷咨询"];
  ST.forEach((s, j) => {
    const isC = s.v.endsWith("社区");
    const isTown = !!s.town;
    const vc = isTown ? "石正圩镇" : isC ? `${short(s.v)}社区居委会` : [s.v, `${short(s.v)}村委会`, `${short(s.v)}村民委员会`][j % 3];
    let dc;
    if (s.op === "2021-09-03") dc = "2021.9.3";
    else if (s.op === "2021-09") dc = "2021年9月";
    else dc = j % 7 === 3 ? twoDot(s.op) : j % 7 === 5 ? yyyymmdd(s.op) : dateCell(s.op, j);
    const nm = isTown ? "平远县石正镇圩镇电商服务中心" : `平远县${tOf(s)}${short(s.v)}${isC ? "社区" : "村"}电商服务站${s.second ? "（二站）" : ""}`;
    sRows.push([j + 1, tOf(s), nm, vc, isTown ? "石正镇圩镇新街18号" : `${tOf(s)}${short(s.v)}${isC ? "社区" : "村"}党群服务中心${s.second ? "旁商铺" : ""}`, personName(), phone(), dc, SERV[j % 4]]);
  });
  sRows.push([]);
  sRows.push(["注：1．挂牌运营时间以挂牌并开展业务为准；2．石正镇圩镇电商服务中心设在镇圩，不属行政村；3．本表截至2021年9月10日，9月挂牌的站点一并列入。"]);
  const sMerges = ["A1:I1", "A2:I2", `A${sRows.length}:I${sRows.length}`];
  for (const r of sRows) padRow(r, 9);
  const adminSet = new Set(admin);
  const covSet = new Set(ST.filter((s) => openedBy(s.op, CUT) && adminSet.has(s.v)).map((s) => s.v));
  const covBase = Math.min(admin.length, 200);
  const covPoor = poor.filter((v) => covSet.has(v));
  assert(covSet.size === 91 && ratioGE(91, covBase, 70) && !ratioGE(90, covBase, 70), "c1 91/130 = 70% exactly");
  assert(covPoor.length === 15 && ratioGE(15, 16, 80) && !ratioGE(15, 16, 100), "c1 poor 15/16");

  // ---------------- 培训台账 (sessions)
  const TOPICS = ["农村电商基础知识", "网店开设与运营", "直播带货实操", "短视频拍摄与剪辑", "平远脐橙、梅菜网上营销", "社群营销", "电商美工与详情页设计",
    "农村物流与供应链", "农村电商带头人提升班", "直播电商进阶", "电商客服与售后"];
  const PLACES = ["县电子商务公共服务中心", "仁居镇党群服务中心", "东石镇文化站", "差干镇党群服务中心", "泗水镇党群服务中心", "热柘镇文化站"];
  const starts = ["2020-09-17", "2020-10-22", "2020-11-19", "2020-12-28", "2021-01-21", "2021-03-16", "2021-04-22", "2021-05-20", "2021-06-24", "2021-07-22", "2021-08-26"];
  const sessions = starts.map((d, k) => ({ no: k + 1, start: d, end: k === 3 ? "2021-01-02" : k === 8 ? isoAdd(d, 2) : d, topic: TOPICS[k], place: PLACES[k % PLACES.length], pt: rint(110, 180) }));
  let diff = 1603 - sum(sessions.map((s) => s.pt));
  for (let j = 0; diff !== 0; j = (j + 1) % sessions.length) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 11);
    if (sessions[j].pt + st < 80 || sessions[j].pt + st > 230) continue;
    sessions[j].pt += st;
    diff -= st;
  }
  const sept = { no: 12, start: "2021-09-02", end: "2021-09-02", topic: "电商政策与实务（迎检培训）", place: PLACES[0], pt: 420 };
  sessions.push(sept);
  const ptCut = sum(sessions.filter((s) => s.end <= CUT).map((s) => s.pt));
  assert(ptCut === 1603 && ratioGE(ptCut, BASE, 0.8) && !ratioGE(ptCut, BASE, 1) && ratioGE(ptCut + sept.pt, BASE, 1), "c1 1,603/196,328 = 0.82%");
  const sessDate = (s, j) => {
    if (s === sept) return "2021年9月2日";
    if (s.no === 4) return "2020.12.28-2021.1.2";
    if (s.no === 9) return rangeText(s.start, s.end, "cn");
    return [D(s.start), dotDate(s.start), cnDate(s.start), slashDate(s.start), excelSerial(s.start)][j % 5];
  };
  const tRows = [["平远县电子商务进农村培训台账（按期次）"], ["单位：人次"],
    ["期次", "培训时间", "培训内容", "培训地点", "承办单位", "参训人次", "备注"]];
  sessions.forEach((s, j) => tRows.push([`第${s.no}期`, sessDate(s, j), s.topic, s.place, ["平远县商务局", "县电子商务公共服务中心"][j % 2], j % 4 === 1 ? `${s.pt}人次` : s.pt,
    s === sept ? "9月迎检培训" : s.no === 4 ? "跨年班，六天" : s.no === 9 ? "三天班" : null]));
  tRows.push(["合计", null, null, null, null, sum(sessions.map((s) => s.pt)), "含第12期"]);
  const tMerges = ["A1:G1", "A2:G2", `A${tRows.length}:E${tRows.length}`];

  // ---------------- 脱贫人口 (labour / work status)
  const plan = shuffle([].concat(Array(40).fill("E"), Array(8).fill("M"), Array(5).fill("N")));
  let xGiven = 0;
  const persons = plan.map((c, i) => {
    const birth = c === "N" ? birthBetween(1936, 1955) : birthBetween(1966, 2002);
    const wantX = c === "E" ? xGiven < 2 : undefined;
    if (wantX) xGiven++;
    return { c, id: makeId(REGION, birth, rnd() < 0.5, wantX), name: personName(), v: poor[i % poor.length] };
  });
  const pRows = [["平远县建档立卡贫困人口劳动力及务工情况表"], ["说明：“半劳动力”属有劳动能力；“外出务工”指在县外（含省外）务工，“县内务工”不属外出务工。数据来源：县乡村振兴局（2021年8月20日）"],
    ["序号", "镇", "村", "姓名", "公民身份号码", "劳动力状况", "务工状况", "务工地点"]];
  persons.forEach((p, j) => {
    const lab = p.c === "N" ? (j % 2 ? "丧失劳动力" : "无劳动力") : j % 4 === 0 ? "半劳动力" : "普通劳动力";
    let st;
    let place = null;
    if (p.c === "M") {
      st = j % 2 ? "县外务工" : "省外务工";
      place = j % 2 ? "梅州市梅江区" : "福建省厦门市";
    } else if (p.c === "N") st = "—";
    else if (j % 3 === 0) {
      st = "县内务工";
      place = "平远县" + townOf[p.v];
    } else st = "未务工";
    pRows.push([j + 1, townOf[p.v], p.v, p.name, p.id, lab, st, place]);
  });
  const elig = persons.filter((p) => p.c === "E");
  assert(elig.length === 40 && elig.filter((p) => isX(p.id)).length === 2, "c1 40 eligible, two X");

  // ---------------- 脱贫户参训情况 (matrix: persons × sessions)
  const before = sessions.filter((s) => s.end <= CUT);
  const xEl = elig.find((p) => isX(p.id));
  const eligSh = [xEl].concat(shuffle(elig.filter((p) => p !== xEl)));
  const trained = eligSh.slice(0, 19);
  const septOnly = eligSh[19];
  const migTrained = persons.find((p) => p.c === "M");
  const mx = trained.map((p, k) => ({ p, ses: new Set([before[(k * 5 + 2) % before.length].no].concat(k % 4 === 0 ? [before[(k * 3 + 7) % before.length].no] : [])) }));
  mx.push({ p: septOnly, ses: new Set([12]) });
  mx.push({ p: migTrained, ses: new Set([before[1].no]), note: "春节返乡期间参训" });
  const mxs = shuffle(mx);
  const W = 4 + sessions.length + 2;
  const mRows0 = [["平远县建档立卡贫困人口参加电商培训情况登记表"], ["序号", "姓名", "身份证号", "所在村"].concat(sessions.map((s) => `第${s.no}期`), ["参训次数", "备注"]),
    [null, null, null, null].concat(sessions.map((s) => (s === sept ? "9.2" : s.no === 4 ? "12.28-1.2" : `${Number(s.end.slice(5, 7))}.${Number(s.end.slice(8))}`)), [null, null])];
  const mMerges = [`A1:${colName(W - 1)}1`, "A2:A3", "B2:B3", "C2:C3", "D2:D3", `${colName(W - 2)}2:${colName(W - 2)}3`, `${colName(W - 1)}2:${colName(W - 1)}3`];
  mxs.forEach((m, j) => {
    const idTxt = m.p === xEl ? m.p.id.slice(0, 17) + "x" : m.p.id;
    mRows0.push([j + 1, m.p.name, idTxt, m.p.v].concat(sessions.map((s) => (m.ses.has(s.no) ? "✓" : null)), [m.ses.size, m.note || (m.p === septOnly ? "第12期（9月）参训" : null)]));
  });
  assert(mRows0.some((r) => typeof r[2] === "string" && r[2].endsWith("x")), "c1 a lower-case x in the matrix");
  mRows0.push(["注：✓表示参加该期培训；表头第二行为各期培训日期（结束日）。"]);
  mMerges.push(`A${mRows0.length}:${colName(W - 1)}${mRows0.length}`);
  for (const r of mRows0) padRow(r, W);
  const eligIds = new Set(elig.map((p) => p.id));
  const trainedCut = new Set(mx.filter((m) => [...m.ses].some((n) => n !== 12)).map((m) => m.p.id).filter((id) => eligIds.has(id)));
  assert(trainedCut.size === 19 && ratioGE(19, 40, 40) && !ratioGE(19, 40, 50) && ratioGE(20, 40, 50), "c1 19/40 = 47.5% (20 would be 50%)");

  // ---------------- 电商产业园入驻企业
  const FIRMS = [["平远县脐橙优品电子商务有限公司", "销售型"], ["平远县客家山货网店", "销售型"], ["平远县梅菜香电商商行", "销售型"], ["平远县平远购网络科技有限公司", "平台型"],
    ["平远县云上仁居农产品网店", "销售型"], ["平远县差干高山茶电商有限公司", "销售型"], ["平远县汇通电商代运营有限公司", "电商运营商"], ["平远县农旺电商服务有限公司", "电商运营商"],
    ["平远县速达物流有限公司", "物流企业"], ["平远县泗水腐竹网店", "销售型"], ["平远县星光直播传媒有限公司", "直播电商"], ["平远县八尺米粉电商商行", "销售型"],
    ["平远县县域仓配中心有限公司", "物流企业"], ["平远县乡村优选网络科技有限公司", "平台型"], ["平远县热柘竹编电商有限公司", "销售型"], ["平远县梅州客都供应链有限公司", "供应链"],
    ["平远县东石蜜柚电商工作室", "销售型"], ["平远县五指石文旅电商有限公司", "销售型"], ["平远县上举山茶油网店", "销售型"], ["平远县长田农家电商商行", "销售型"]];
  const firms = FIRMS.map(([n, t]) => ({ n, t, code: creditCode(REGION), ent: randIsoBetween("2020-06-01", "2021-08-10"), left: null }));
  firms[7].left = "2021-08-31";
  firms[7].ent = "2020-08-18";
  const gone = [{ n: "平远县好运电商商行", t: "销售型", code: creditCode(REGION), ent: "2020-07-20", left: "2021-03-15" },
    { n: "平远县鑫源农品网店", t: "销售型", code: creditCode(REGION), ent: "2020-09-09", left: "2021-06-30" }];
  const lateF = { n: "平远县绿源生态电子商务有限公司", t: "销售型", code: creditCode(REGION), ent: "2021-09", left: null };
  const roll = firms.concat(gone, [lateF]).sort((a, b) => cmp(a.ent, b.ent));
  const eRows = [["平远县电子商务产业园入驻企业名单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退园日期", "备注"]];
  roll.forEach((f, j) => {
    eRows.push([j + 1, f.n, f.code, f.t, f.ent === "2021-09" ? "2021年9月" : dateCell(f.ent, j + 2), f.left ? (f.left === CUT ? "2021年8月31日" : dotDate(f.left)) : null,
      f.left === CUT ? "8月31日办理退园手续（当日仍在园）" : f.left ? "合同到期退园" : f === lateF ? "9月新入驻" : null]);
  });
  const inPark = roll.filter((f) => openedBy(f.ent, CUT) && !(f.left && f.left < CUT));
  const typesIn = new Set(inPark.map((f) => f.t));
  assert(inPark.length === 20 && new Set(inPark.map((f) => f.code)).size === 20 && typesIn.size >= 3, "c1 20 firms in the park (one left on 8/31)");

  // ---------------- 资金台账 (收入｜支出｜余额, 万元)
  const ALLOC = 5000000;
  const PAY = [["2020-09-25", "县电子商务公共服务中心建设（首付款）", 600000], ["2020-11-18", "村级电商服务站点建设（第一批）", 455000],
    ["2020-12-30", "电商人才培训（第一期款）", 186400], ["2021-01-26", "县镇村三级物流配送体系建设", 520000], ["2021-03-19", "农产品品牌培育及营销推广", 312600],
    ["2021-04-28", "村级电商服务站点建设（第二批）", 468000], ["2021-06-08", "县电子商务公共服务中心运营（进度款）", 450000],
    ["2021-07-15", "电商人才培训（第二期款）", 206500], ["2021-08-27", "农产品溯源系统建设", 614000], ["2021-09-09", "村级电商服务站点建设（第三批）", 390000]];
  const spent = sum(PAY.filter((p) => p[0] <= CUT).map((p) => p[2]));
  assert(spent === 3812500 && ratioGE(spent, ALLOC, 70) && !ratioGE(spent, ALLOC, 80), "c1 spent 3,812,500 = 76.25%");
  const fRows = [["平远县电子商务进农村综合示范专项资金收支台账"], ["单位：万元"], ["序号", "日期", "摘要", "收入", "支出", "余额", "凭证号"]];
  let bal = 0;
  fRows.push([1, "2019年12月20日", "收到省级促进经济高质量发展专项资金（电子商务进农村综合示范）", wan(ALLOC), null, wan(ALLOC), "PY-2019-118"]);
  bal = ALLOC;
  PAY.forEach(([d, t, a], j) => {
    bal -= a;
    fRows.push([j + 2, d > CUT ? "2021.9.9" : dateCell(d, j + 1), t, null, wan4(a), wan4(bal), `PY-${d.slice(0, 4)}-${pad3(j * 11 + 7)}`]);
  });
  fRows.push(["累计", null, null, wan(ALLOC), wan4(sum(PAY.map((p) => p[2]))), wan4(bal), null]);
  const fMerges = ["A1:G1", "A2:G2", `A${fRows.length}:C${fRows.length}`];

  // ---------------- 月报报送 (no February)
  const repMonths = WINDOW.filter((m) => m !== "2021-02").concat(["2021-09"]);
  const rRows = [["平远县向梅州市商务局报送工作进展情况登记"], ["序号", "报送时间", "报送内容", "报送方式", "含电商扶贫统计", "经办人"]];
  repMonths.forEach((m, j) => {
    let d = `${m}-${String(rint(3, 9)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(d)) || (d >= "2020-10-01" && d <= "2020-10-08")) d = isoAdd(d, 1);
    rRows.push([j + 1, [cnDate(d), D(d), dotDate(d), slashDate(d)][j % 4], `${cnMonth(isoAdd(m + "-01", -1))}电子商务进农村综合示范工作进展`, j % 2 ? "粤政易" : "电子邮件", "是", ["曾××", "谢××"][j % 2]]);
  });
  rRows.push(["注：2021年春节期间未单独报送1月份进展，并入3月报送。"]);
  const repIn = inWindowMonths(repMonths.map((m) => m + "-15"));
  assert(repIn === 11, "c1 reports 11 months");

  // ---------------- 专栏更新
  const U = [["2020-06-05", "平远县电子商务进农村综合示范创建工作方案"], ["2020-06-12", "平远县电子商务进农村综合示范项目基本信息"], ["2020-06-12", "平远县电子商务进农村综合示范项目监督举报电话"]];
  for (const m of WINDOW) {
    const [y, mo] = m.split("-").map(Number);
    U.push([`${m}-${String(rint(6, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, `平远县电子商务进农村综合示范项目建设进度（${cnMonth(isoAdd(m + "-01", -1))}）`]);
  }
  const uRows = [["平远县人民政府门户网站“电子商务进农村综合示范”专栏更新记录"], ["序号", "发布日期", "标题", "网址"]];
  U.forEach(([d, t], j) => uRows.push([j + 1, dateCell(d, j + 3), t, `http://www.pingyuan.gov.cn/zwgk/dzsw/content/post_${2000000 + rint(10000, 99999)}.html`]));
  assert(inWindowMonths(U.map((u) => u[0])) === 12, "c1 disclosure 12 months");

  // ---------------- 宣传报道 / 经验材料
  const MED = [["2020-10-16", "平远县融媒体中心", "县级", "网络", "平远首批村级电商服务站挂牌", "否"],
    ["2021-01-08", "南方日报", "省级", "报纸", "平远脐橙搭上直播快车", "否"],
    ["2021-05-21", "广东广播电视台公共频道《DV现场》", "省级", "电视", "脱贫户变身“带货达人”——平远电商扶贫见闻", "是"],
    ["2021-07-02", "平远县融媒体中心", "县级", "电视", "平远电商培训走进差干镇", "否"],
    ["2021-09-10", "人民网", "国家级", "网络", "广东平远：小站点连起大市场", "否"]];
  const medRows = [["平远县电子商务进农村宣传报道统计表"], ["序号", "刊播日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"]];
  MED.forEach((m, j) => medRows.push([j + 1, m[0] > CUT ? "2021.9.10" : dateCell(m[0], j + 2), m[1], m[2], m[3], `《${m[4]}》`, m[5]]));
  const matRows = [["经验材料报送记录"], ["序号", "报送日期", "材料名称", "报送对象", "备注"],
    [1, "2021年9月6日", "《平远县“电商＋脐橙”助农增收经验做法》", "梅州市商务局", "按市局9月1日通知报送"]];

  // ---------------- 考评指标逐项对照自评表 (the facts)
  const BASIC = [["县（市、区）", "平远县", "考评截止日期", "2021年8月31日", "常住人口", "196,328人（七普）"],
    ["行政村", "130个（另有社区14个）", "省定贫困村", "１６个", "下达省级资金", "500万元"]];
  const P = [
    ["1", "组织领导（2分）", "org.leadership", [["主要领导牵头，商务、财政、农业农村、扶贫（乡村振兴）等部门参与", "县委办、县政府办", "成立以县长为组长、常务副县长和分管副县长为副组长的创建工作领导小组，成员单位：县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监管局、县邮政管理局、县供销社（平府办〔2020〕21号）", 2]]],
    ["2", "方案制定（2分）", "org.plan", [["制定科学严谨的示范创建工作方案", "县商务局", "《平远县电子商务进农村综合示范创建工作方案》已于2020年5月正式印发", 2]]],
    ["3", "政策支持（2分）", "org.policy", [["出台支持农村电商发展的政策", "县商务局、县财政局", "已出台《平远县支持农村电子商务发展的若干措施》", 2]]],
    ["4", "项目管理（4分）", "org.management", [["建立项目管理制度，建设、验收环节严格落实", "县商务局", "制定项目管理办法，项目均经验收", 2], ["建立完整工作台账", "县商务局", "工作台账已建立，2020年部分月份记录不够完整", 1]]],
    ["5", "服务体系建设—县级中心与产业园（15分）", "work.center", [
      ["建成县级电子商务公共服务中心", "县商务局", "县电子商务公共服务中心于2020年12月8日正式投入运营（2020年10月起试运营）", 2],
      ["建成后正常运行6个月以上", "县商务局", "截至2021年8月31日已运营8个多月", 2],
      ["有免费培训场所、培训设备，能组织电商基础培训", "县电商中心", "有培训室1间、电脑40台，免费开展培训", 2],
      ["为特色农产品提供免费展示、销售服务", "县电商中心", "设农特产品展示展销区，免费", 1],
      ["为电子商务市场主体提供免费摄影、美工服务", "县电商中心", "免费提供产品拍摄和美工设计", 1],
      ["组织农产品统一推广、指导特色农产品品牌建设", "县电商中心", "打造“平远好物”公共品牌，统一推广", 1],
      ["为电子商务发展提供其他衍生增值服务", "县电商中心", "其他衍生增值服务暂未开展", 0],
      ["建设或整合、优化当地电商产业园", "县商务局", "整合原县城东电商孵化基地，建成平远县电商产业园", 2],
      ["产业园入驻企业达20家及以上", "县商务局", "截至8月31日在园企业20家", 2],
      ["入驻企业至少三种以上类型", "县商务局", "含平台型、销售型、电商运营商、物流企业等", 1]]],
    ["6", "服务体系建设—村级站点覆盖（10分）", "work.coverage", [
      ["行政村覆盖率70%及以上", "县商务局、县邮政公司", "已建站行政村91个，覆盖率70%", 5],
      ["省定贫困村覆盖率100%", "县商务局、县乡村振兴局", "16个省定贫困村全部建站", 5]]],
    ["7", "农村产品上行（10分）", "work.upward", [
      ["网销调研并形成针对性建议", "县商务局、县农业农村局", "已形成《平远县农产品网络销售情况调研报告》", 2],
      ["网络促销活动成效明显", "县商务局", "举办“平远脐橙网上节”等活动，成效一般", 1],
      ["有专业第三方电子商务运营或服务商", "县商务局", "有（平远县汇通电商代运营有限公司）", 1],
      ["行政村物流快递覆盖率100%", "县邮政管理局", "行政村物流快递覆盖率100%", 1],
      ["出台电商交易标准，建立冷链、溯源系统", "县市场监管局", "溯源系统已建成，冷链在建", 1],
      ["2020年农村网络零售额或农产品网络零售额同比增速≥30%", "县统计局", "农村网络零售额2019年5.12亿元、2020年6.58亿元；农产品网络零售额2019年1.36亿元、2020年1.80亿元", 2]]],
    ["8", "电商人才培训（20分）", "work.training", [
      ["培训人次达常住人口1%及以上", "县商务局", "累计培训1,603人次（截至8月31日）", 8],
      ["建档立卡贫困人口培训率50%及以上", "县乡村振兴局", "有劳动能力的建档立卡贫困人口（不含外出务工）40人，参训20人，培训率50%", 10]]],
    ["9", "信息公开（4分）", "info.disclosure", [
      ["设立专栏且内容全面", "县政府办、县商务局", "县政府网站设立专栏，公示创建方案、项目基本信息、项目建设进度，设有监督举报电话", 2],
      ["专栏按月更新", "县商务局", "每月更新建设进度", 2]]],
    ["10", "数据上报（6分）", "info.reporting", [
      ["每月向市商务局报送", "县商务局", "每月报送工作进展", 3],
      ["能统计电商扶贫情况", "县商务局、县乡村振兴局", "能统计，月报附电商扶贫统计表", 3]]],
    ["11", "案例总结（2分）", "promo.cases", [["向市商务局报送经验材料", "县商务局", "已报送经验材料", 2]]],
    ["12", "经验推广（8分）", "promo.media", [
      ["省级及以上媒体宣传报道", "县委宣传部", "南方日报、广东广播电视台报道", 4], ["市级媒体宣传报道", "县委宣传部", "—", 0], ["县级媒体宣传报道", "县融媒体中心", "县融媒体中心多次报道", 1]]],
    ["13", "制度建立（5分）", "fund.system", [["建立科学有效的资金管理制度且得到有效落实", "县财政局", "制定《平远县电子商务进农村综合示范专项资金管理办法》并落实", 5]]],
    ["14", "资金台账（5分）", "fund.ledger", [["项目承建方建立资金专用台账", "县财政局", "各承建单位已建立资金专用台账", 4]]],
    ["15", "资金支出（5分）", "fund.spending", [["资金支出率70%以上，且根据创建进度及时拨付", "县财政局", "截至8月31日累计拨付381.25万元，支出率76.25%，按进度及时拨付", 4]]],
  ];
  const BON = [["加分", "建档立卡贫困人口培训率70%及以上（2分）", "bonus.poorTraining", "培训率50%，未达到", 0],
    [null, "电商扶贫典型案例获国家级电视媒体播报（2分），省级（1分）", "bonus.tvCase", "广东广播电视台公共频道播报电商扶贫典型案例", 1]];
  const rows = [["平远县电子商务进农村综合示范考评指标逐项对照自评表"], ["（县示范创建领导小组办公室审定稿　2021年9月3日）"]];
  const merges = ["A1:F1", "A2:F2"];
  rows.push(["一、基本情况"]);
  merges.push(`A${rows.length}:F${rows.length}`);
  for (const b of BASIC) rows.push(b.slice());
  rows.push([]);
  rows.push(["二、逐项自评"]);
  merges.push(`A${rows.length}:F${rows.length}`);
  rows.push(["序号", "评价指标（分值）", "得分点", "责任单位", "完成情况（截至2021年8月31日）", "自评得分"]);
  const claimed = {};
  for (const [no, name, id, pts] of P) {
    const r0 = rows.length + 1;
    for (const [pt, dep, txt, p] of pts) rows.push([no, name, pt, dep, txt, p]);
    const sub = sum(pts.map((x) => x[3]));
    claimed[id] = sub;
    if (pts.length > 1) {
      rows.push([no, name, "小计", null, null, sub]);
      merges.push(`C${rows.length}:E${rows.length}`);
    }
    mergeCol(merges, "A", r0, rows.length);
    mergeCol(merges, "B", r0, rows.length);
  }
  const scoredClaim = sum(SCORED.map(([id]) => claimed[id]));
  rows.push([null, "合计", null, null, null, scoredClaim]);
  merges.push(`B${rows.length}:E${rows.length}`);
  const br0 = rows.length + 1;
  for (const [g, n, id, txt, p] of BON) {
    rows.push([g, n, null, null, txt, p]);
    merges.push(`B${rows.length}:D${rows.length}`);
    claimed[id] = p;
  }
  mergeCol(merges, "A", br0, rows.length);
  rows.push(["否决", "一票否决项", null, null, "未发生安全生产、质量事故或重大损失；项目总体进度85%；无弄虚作假", "不涉及"]);
  merges.push(`B${rows.length}:D${rows.length}`);
  rows.push([]);
  rows.push(["注：各得分点“自评得分”为审定分，指标自评分以“小计”为准；单项得分点的指标不另设小计。"]);
  merges.push(`A${rows.length}:F${rows.length}`);
  for (const r of rows) padRow(r, 6);
  assert(scoredClaim === 89 && claimed["work.center"] === 14 && claimed["org.management"] === 3, "c1 claimed " + scoredClaim);

  // ---------------- points
  const centerPts = 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + (inPark.length >= 20 ? 2 : 0) + (typesIn.size >= 3 ? 1 : 0);
  const covPts = (ratioGE(covSet.size, covBase, 70) ? 5 : ratioGE(covSet.size, covBase, 50) ? 2 : 0) + (covPoor.length === poor.length ? 5 : ratioGE(covPoor.length, poor.length, 80) ? 3 : 0);
  const r19 = 512000000, r20 = 658000000, a19 = 136000000, a20 = 180000000;
  const growthR = (r20 - r19) * 100 >= 30 * r19;
  const growthA = (a20 - a19) * 100 >= 30 * a19;
  assert(!growthR && growthA, "c1 only agri growth ≥ 30%");
  const expressAll = !admin.includes(noExpress) ? true : false;
  const upPts = 2 + 1 + 1 + (expressAll ? 1 : 0) + 1 + (growthR || growthA ? 2 : 0);
  const trainPts = (ratioGE(ptCut, BASE, 1) ? 10 : ratioGE(ptCut, BASE, 0.8) ? 8 : ratioGE(ptCut, BASE, 0.6) ? 6 : 0)
    + (ratioGE(trainedCut.size, 40, 50) ? 10 : ratioGE(trainedCut.size, 40, 40) ? 8 : ratioGE(trainedCut.size, 40, 30) ? 6 : 0);
  assert(centerPts === 14 && covPts === 8 && upPts === 7 && trainPts === 16, "c1 parts " + [centerPts, covPts, upPts, trainPts]);
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": centerPts, "work.coverage": covPts,
    "work.upward": upPts, "work.training": trainPts, "info.disclosure": 2 + 2, "info.reporting": (repIn === 12 ? 3 : 1) + 3,
    "promo.cases": 0, "promo.media": 4 + 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": ratioGE(spent, ALLOC, 70) ? 4 : -5,
    "bonus.poorTraining": ratioGE(trainedCut.size, 40, 70) ? 2 : 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 80 && bonus === 1, "c1 total " + scored + "+" + bonus);
  const derivation = [
    "org.leadership: 得分点“主要领导牵头…”完成情况：县长任组长，成员单位有县商务局、县财政局、县农业农村局、县乡村振兴局（另有交通、市场监管、邮政、供销） → 主要领导牵头且四部门都在 → 2",
    "org.plan: 工作方案2020年5月正式印发，自评得分2 → 2",
    "org.policy: 已出台若干措施，自评得分2 → 2",
    "org.management: 两个得分点：项目管理制度2、工作台账1（小计3） → 3",
    `work.center: 中心2020年12月8日正式投入运营（试运营10月不用） ≤ 2021-08-31 → 2，≤ 2021-02-28 → 运行满6个月 2；免费培训2、展示销售1、摄影美工1、品牌推广1；“其他衍生增值服务暂未开展” → 0；产业园 → 2；《产业园入驻企业》截至8月31日在园20家（“${firms[7].n}”8月31日退园，不是在截止日前退园，仍算；3月15日、6月30日退园的两家和“2021年9月”入驻的“${lateF.n}”不算） → 20 ≥ 20 → 2；类型有销售型、平台型、电商运营商、物流企业等 → 1；合计14`,
    `work.coverage: 《村居名单》行政村130个（社区14个不算）；《站点清单》挂牌运营时间 ≤ 2021-08-31、所在村在名单里的行政村91个（同村“二站”只算一次；社区站不算；“石正圩镇”不在名单里，不算并提示；“${vSeptOther}”“2021年9月”挂牌不算） → 91/130 = 70.0% ≥ 70% → 5（恰好在界上，少读一个就是69.2% → 2）；省定贫困村16个中15个截止日前有站，“${poorLate}”的站2021.9.3才挂牌 → 15/16 = 93.75% → 3；合计8（自评10）`,
    `work.upward: 调研2、促销1、交易标准及溯源1（得分点自评分）；第三方运营服务商有 → 1；《村居名单》有“快递进村”列，“${noExpress}”标“未通” → 快递覆盖率不是100% → 0（对照表写100%，以名单为准并提示）；农村网零5.12→6.58亿元增长28.5% < 30%，但农产品网零1.36→1.80亿元增长32.4% ≥ 30% → 2；合计7（自评8）`,
    `work.training: 常住人口196,328人 → 基数196,328；《培训台账》第1—11期合计${fmtInt(ptCut)}人次（第4期“2020.12.28-2021.1.2”、第9期三天班都在截止日前；第12期2021年9月2日420人次不算；合计行不另加） → 1,603/196,328 = ${pct2(1603, 196328)}，0.8%—1% → 8；《建档立卡贫困人口》普通劳动力／半劳动力且不是县外、省外务工的40人（县内务工算不外出）；《脱贫户参训情况》矩阵里这40人中在第1—11期有✓的19人（小写x按X对上；“${septOnly.name}”只参加第12期9月2日那期，不算；外出务工的“${migTrained.name}”不在40人内） → 19/40 = 47.5% → 40%—50% → 8；合计16（自评18，按20人50%算）`,
    "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度，设监督举报电话 → 2；《专栏更新》2020年9月—2021年8月每月都有 → 2；合计4",
    "info.reporting: 《月报报送》2020年9月—2021年8月中2021年2月没有报送日期（注：1月进展并入3月报送） → 不是每月 → 1；能统计电商扶贫（对照表、台账“是”） → 3；合计4（自评6）",
    "promo.cases: 《经验材料》唯一一条是2021年9月6日报送，在截止日后 → 0（自评2）",
    "promo.media: 截止日前南方日报、广东广播电视台（省级） → 4；无市级媒体；平远县融媒体中心（县级） → 1；人民网那条是2021年9月10日，不算 → 5",
    "fund.system: 自评得分5，资金管理办法已制定 → 5",
    "fund.ledger: 自评得分4 → 4",
    `fund.spending: 《资金收支台账》（万元）读“支出”列：截止日前9笔合计${fmtMoney(spent)}元（“收入”500万元是省级资金到账，不是支出；9月9日39万元不算；“累计”行不是记录） → 3,812,500/5,000,000 = 76.25% ≥ 70% → 用及时拨付自评4 → 4`,
    "bonus.poorTraining: 19/40 = 47.5% < 70% → 0",
    "bonus.tvCase: 广东广播电视台公共频道（省级电视）2021年5月21日播报电商扶贫典型案例 → 1",
    "veto.incident: 否决项栏“未发生安全生产、质量事故或重大损失” → 不否决",
    "veto.progress: 项目总体进度85% ≥ 40% → 不否决",
    "veto.fraud: “无弄虚作假” → 不否决",
  ];
  const opt = [["是否"], ["是"], ["否"], ["分值"], [0], [1], [2], [3], [4], [5]];
  return {
    description:
      "梅州平远县商务局整本考评工作簿（13个表，含一个隐藏的下拉“选项”表），80＋加分1＝81分、未否决（自评89＋1）：事实和自评分在《逐项对照自评表》——上面“基本情况”每行三对标签｜值（省定贫困村“１６个”全角），下面 序号｜评价指标（分值）｜得分点｜责任单位｜完成情况（截至2021年8月31日）｜自评得分，一个得分点一行，序号和指标纵向合并，多得分点的指标有“小计”行（指标自评分读小计），主观分就是各得分点的自评得分；台账：村居名单按镇分节（节标题行“一、大柘镇（行政村13个、社区3个）”），快递一村“未通”；站点清单91/130＝70%恰好达标（村名三种写法，圩镇站、社区站、9月站）；培训按期次（跨年“2020.12.28-2021.1.2”、9月一期420人次）1,603人次＝0.82%；脱贫人口“半劳动力”“县内务工”；参训是人×期次✓矩阵，19/40；产业园8月31日退园的一家仍算20家；资金台账是万元的收入｜支出｜余额流水，76.25%；月报缺2月；经验材料只有9月6日一份。",
    sheets: [
      { name: "逐项对照自评表", rows, merges },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点清单", rows: sRows, merges: sMerges },
      { name: "培训台账", rows: tRows, merges: tMerges },
      { name: "建档立卡贫困人口", rows: pRows, merges: ["A1:H1", "A2:H2"] },
      { name: "脱贫户参训情况", rows: mRows0, merges: mMerges },
      { name: "产业园入驻企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金收支台账", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: rRows, merges: ["A1:F1", `A${rRows.length}:F${rRows.length}`] },
      { name: "专栏更新", rows: uRows, merges: ["A1:D1"] },
      { name: "宣传报道", rows: medRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:E1"] },
      { name: "选项", rows: opt, merges: [], hidden: true },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 梅州兴宁市: 官方指标表“躺倒”——指标一列一个（工作任务合并在上），行是 分值｜完成情况｜主观项自评｜自评得分
// =====================================================================================================
function buildF1() {
  const IND = [
    ["加强组织领导与统筹协调（10分）", "组织领导", 2, "org.leadership", "成立以市长为组长、分管副市长为副组长的领导小组，成员单位：市商务局、市财政局、市农业农村局、市交通运输局、市市场监督管理局、市邮政管理局", null, 1],
    [null, "方案制定", 2, "org.plan", "《兴宁市电子商务进农村综合示范创建工作方案》已正式印发（兴市府办〔2020〕9号）", "2分", 2],
    [null, "政策支持", 2, "org.policy", "已出台《兴宁市促进农村电商发展扶持办法》，配套细则仍在完善", "1分", 1],
    [null, "项目管理", 4, "org.management", "制定项目管理制度并严格验收；工作台账完整", "制度2分；台账2分", 4],
    ["深入推动电子商务进农村工作（55分）", "服务体系建设（中心与产业园）", 15, "work.center", "市电子商务公共服务中心2020年8月28日投入运营；有免费培训场所及设备，免费展示销售、摄影美工，统一推广“兴宁好物”并指导品牌建设，提供金融对接、直播场地等衍生服务；整合优化兴宁电商产业园，入驻企业23家", null, 15],
    [null, "服务体系建设（村级站点覆盖）", 10, "work.coverage", "已建站行政村331个；省定贫困村51个全部建站", null, 10],
    [null, "农村产品上行", 10, "work.upward", "形成网销调研报告；开展“兴宁年货节”等网络促销；有专业第三方运营服务商；行政村快递覆盖率100%；溯源系统试点；2019年农村网络零售额18.6亿元，2020年23.9亿元，同比增长28.5%", "调研2分；促销2分；标准及溯源1分", 7],
    [null, "电商人才培训", 20, "work.training", "累计培训８，２６５人次（计划2021年底前达到10,000人次）；有劳动能力的建档立卡贫困人口（不含外出务工）3,126人，参训1,702人", null, 20],
    ["加强信息公开及报送（10分）", "信息公开", 4, "info.disclosure", "市政府网站设专栏，公示创建方案、项目基本信息、建设进度，设征求意见窗口；按月更新", null, 4],
    [null, "数据上报", 6, "info.reporting", "每月向梅州市商务局报送，能统计电商扶贫情况", null, 6],
    ["加强宣传推广（10分）", "案例总结", 2, "promo.cases", "已向市商务局报送经验材料2篇", null, 2],
    [null, "经验推广", 8, "promo.media", "省级、县级媒体报道", null, 5],
    ["加强财政资金管理（15分）", "制度建立", 5, "fund.system", "制定专项资金管理办法", "5分", 5],
    [null, "资金台账", 5, "fund.ledger", "承建单位均建立专用台账", "5分", 5],
    [null, "资金支出", 5, "fund.spending", "省级下达资金500万元，累计支出412.36万元，支出率82.5%", "及时拨付5分", 5],
    ["加分项（4分）", "贫困人口培训率≥70%", 2, "bonus.poorTraining", "培训率54.4%", null, 0],
    [null, "电商扶贫典型案例电视播报", 2, "bonus.tvCase", "—", null, 0],
  ];
  const n = IND.length;
  const W = n + 1;
  const L = colName(W - 1);
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:${L}${rows.length}`);
  };
  full("兴宁市电子商务进农村综合示范考评自评表");
  full("填报单位：兴宁市商务局（盖章）　　　填报日期：2021年9月2日　　　数据截至：2021年8月31日");
  rows.push(padRow(["基本情况", "县（市、区）：兴宁市", null, null, "常住人口：80.53万人（七普）", null, null, "户籍人口：118.6万人", null, null, "行政村：442个", null, null, "省定贫困村：51个", null, null, null], W));
  merges.push(`B${rows.length}:D${rows.length}`, `E${rows.length}:G${rows.length}`, `H${rows.length}:J${rows.length}`, `K${rows.length}:M${rows.length}`, `N${rows.length}:Q${rows.length}`);
  rows.push(padRow([]. concat([null]), W));
  const hdr = ["工作任务"];
  const name = ["评价指标"];
  const w = ["分值"];
  const done = ["完成情况"];
  const judged = ["主观项自评"];
  const pts = ["自评得分"];
  const claimed = {};
  for (const [g, nm, wt, id, txt, j, p] of IND) {
    hdr.push(g);
    name.push(nm);
    w.push(wt);
    done.push(txt);
    judged.push(j);
    pts.push(j === null && p === 0 ? 0 : p);
    claimed[id] = p;
  }
  const r0 = rows.length + 1;
  for (const r of [hdr, name, w, done, judged, pts]) rows.push(r);
  const starts = IND.map((x, i) => (x[0] ? i : -1)).filter((i) => i >= 0).concat([n]);
  for (let k = 0; k + 1 < starts.length; k++) {
    const a = starts[k] + 1;
    const b = starts[k + 1];
    if (b > a) merges.push(`${colName(a)}${r0}:${colName(b)}${r0}`);
  }
  rows.push(padRow([]. concat([null]), W));
  const scoredClaim = sum(SCORED.map(([id]) => claimed[id]));
  full(`合计自评得分${scoredClaim}分，加分项0分。`);
  full("一票否决项：未发生安全生产、质量事故或重大经济损失；项目总体进度92%；无弄虚作假行为。");
  full("附：统一社会信用代码、站点清单、培训签到表等佐证材料另册装订。");
  for (const r of rows) assert(r.length === W, "f1 width");
  assert(scoredClaim === 92, "f1 claim " + scoredClaim);
  return {
    description:
      "梅州兴宁市商务局的自评表把官方指标表“躺倒”排：A列是行名（工作任务｜评价指标｜分值｜完成情况｜主观项自评｜自评得分），B—R列一列一个指标（15项加2个加分项），工作任务横向合并在上；事实写在“完成情况”句子里，主观分写在“主观项自评”行（“制度2分；台账2分”“调研2分；促销2分；标准及溯源1分”），自评得分一列一个。上方“基本情况”一行是“标签：值”一格一对（户籍人口118.6万不是输入），下方合计和一票否决是整行文字。读法：组长市长（县级市市长是主要领导），成员单位没有扶贫／乡村振兴部门 → 主要领导但部门不全；培训人次“８，２６５”是全角数字，“计划2021年底前达到10,000人次”是计划不是事实；网零增速28.5%是写明的；资金500万元、支出412.36万元；进度92%。",
    sheets: [{ name: "自评表", rows, merges }],
    expect: {
      facts: {
        county: "兴宁市", asOf: "2021-08-31", residentPopulation: 805300, adminVillagesStated: 442, poorVillagesStated: 51,
        planIssued: true, policyIssued: true, centerOpened: "2020-08-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1860000000, ruralRetail2020: 2390000000, ruralRetailGrowthStated: 0.285,
        trainingPersonTimesStated: 8265, eligiblePoorPersonsStated: 3126, trainedPoorPersonsStated: 1702,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4123600, overallProgress: 0.92, fundSystemIssued: true, fundLedgerKept: true,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 5, "fund.spending": 5,
      },
      leadership: "principal",
      claimed,
    },
  };
}

// =====================================================================================================
// f2 — 广州从化区: 市商务局《考评数据核对单》——区填报值｜市局核实值｜核对结果｜区确认值（以此为准）｜说明
// =====================================================================================================
function buildF2() {
  // [项目, 单位, 区填报值, 市局核实值, 核对结果, 区确认值, 说明]
  const SAME = "同填报值";
  const R = [
    ["一、基本情况"],
    ["区名", null, "从化区", "从化区", "一致", SAME, null],
    ["考评截止日期", null, "2021年8月31日", "2021年8月31日", "一致", SAME, null],
    ["常住人口", "万人", 71.74, 71.74, "一致", 71.74, "第七次全国人口普查"],
    ["行政村数", "个", 227, 221, "不一致", 221, "原填报含6个涉农社区，按市局核实数"],
    ["省定贫困村数", "个", 0, 0, "一致", 0, "广州市无省定贫困村（市定帮扶村不计）"],
    ["二、组织领导"],
    ["领导小组组长", null, "区委常委、常务副区长", "区委常委、常务副区长", "一致", SAME, "从府办〔2020〕15号"],
    ["领导小组成员单位", null, "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区邮政管理局", "—", "未核", SAME, null],
    ["示范创建工作方案", null, "已正式印发", "已正式印发", "一致", SAME, null],
    ["农村电商扶持政策", null, "已出台", "已出台", "一致", SAME, null],
    ["三、服务体系"],
    ["公共服务中心投入运营日期", null, "2020-07-01", "2020-09-15", "不一致", "2020年9月15日", "7月1日为试运营，按挂牌正式运营日"],
    ["免费培训场所及设备", "是/否", "是", "是", "一致", SAME, null],
    ["免费展示、销售服务", "是/否", "是", "是", "一致", SAME, null],
    ["免费摄影、美工服务", "是/否", "是", "否", "不一致", "否", "现场核查为收费服务，接受市局意见"],
    ["农产品统一推广、品牌建设指导", "是/否", "是", "是", "一致", SAME, null],
    ["其他衍生增值服务", "是/否", "是", "是", "一致", SAME, null],
    ["电商产业园", "有/无", "有", "有", "一致", SAME, "从化电商产业园（整合）"],
    ["专业第三方运营服务商", "有/无", "有", "有", "一致", SAME, null],
    ["行政村快递覆盖率", "%", 100, 100, "一致", 100, null],
    ["2019年农产品网络零售额", "亿元", 9.86, 9.86, "一致", 9.86, "省商务厅平台"],
    ["2020年农产品网络零售额", "亿元", 13.12, 12.74, "不一致", 13.12, "维持填报值：市局数据为2020年11月快报数，填报值为年报数"],
    ["四、培训"],
    ["培训人次", "人次", 7356, 7356, "一致", 7356, null],
    ["有劳动能力的贫困人口（不含外出务工）", "人", 1024, 1024, "一致", 1024, "区乡村振兴局确认"],
    ["参训贫困人口", "人", 536, 498, "不一致", 498, "按身份证号去重后为498人"],
    ["五、信息公开与报送"],
    ["专栏公示创建方案", "是/否", "是", "是", "一致", SAME, null],
    ["专栏公示项目基本信息", "是/否", "是", "是", "一致", SAME, null],
    ["专栏公示建设进度", "是/否", "是", "是", "一致", SAME, null],
    ["专栏征求意见或监督举报窗口", "是/否", "是", "否", "不一致", "否", "专栏页面未见窗口，接受市局意见"],
    ["统计电商扶贫情况", "是/否", "是", "是", "一致", SAME, null],
    ["六、资金"],
    ["省级下达资金", "万元", 500, 500, "一致", 500, null],
    ["累计拨付资金", "万元", 398.6, 386.2, "不一致", 386.2, "按国库支付口径（截至8月31日）"],
    ["资金管理制度", "有/无", "有", "有", "一致", SAME, null],
    ["资金专用台账", "有/无", "有", "有", "一致", SAME, null],
    ["项目总体进度", "%", 95, 95, "一致", 95, null],
    ["七、主观项自评分"],
    ["方案制定", "分（1-2）", 2, 2, "一致", 2, null],
    ["政策支持", "分（1-2）", 2, 2, "一致", 2, null],
    ["项目管理制度", "分（1-2）", 2, 2, "一致", 2, null],
    ["工作台账", "分（1-2）", 2, 1, "不一致", 1, "接受市局意见"],
    ["网销调研", "分（1-2）", 2, 2, "一致", 2, null],
    ["网络促销活动", "分（1-2）", 2, 2, "一致", 2, null],
    ["交易标准与冷链溯源", "分（1-2）", 1, 1, "一致", 1, null],
    ["资金管理制度", "分（1-5）", 5, 5, "一致", 5, null],
    ["资金台账", "分（1-5）", 5, 4, "不一致", 4, "接受市局意见"],
    ["资金及时拨付", "分（1-5）", 5, 4, "不一致", 5, "维持填报值：按合同节点拨付，附拨付凭证"],
    ["八、否决事项"],
    ["安全生产、质量事故或重大损失", "有/无", "无", "无", "一致", SAME, null],
    ["弄虚作假", "有/无", "无", "无", "一致", SAME, null],
  ];
  const rows = [["广州市电子商务进农村综合示范考评数据核对单"], ["区：从化区　　　核对时间：2021年9月8日　　　核对人：市商务局电子商务处 周××；从化区商务局 钟××"],
    ["说明：“区确认值”为核对后区商务局确认的数据，考评以此为准；写“同填报值”的，即与“区填报值”相同。“市局核实值”为市局初核数，仅作核对。"],
    ["序号", "核对项目", "单位", "区填报值", "市局核实值", "核对结果", "区确认值（以此为准）", "说明"]];
  const merges = ["A1:H1", "A2:H2", "A3:H3"];
  let k = 0;
  for (const r of R) {
    if (r.length === 1) {
      rows.push(padRow([r[0]], 8));
      merges.push(`A${rows.length}:H${rows.length}`);
      continue;
    }
    k++;
    rows.push([k, ...r]);
  }
  rows.push(padRow(["区商务局（盖章）：　　　　　　　　市商务局电子商务处（签字）："], 8));
  merges.push(`A${rows.length}:H${rows.length}`);
  return {
    description:
      "广州从化区与市商务局电子商务处逐项核对后留存的《考评数据核对单》：序号｜核对项目｜单位｜区填报值｜市局核实值｜核对结果（一致／不一致／未核）｜区确认值（以此为准）｜说明，分节标题整行合并。读法：只读“区确认值”列，写“同填报值”的取“区填报值”；不一致的有的接受市局数（行政村221不是227，中心2020年9月15日不是7月1日，摄影美工“否”，监督举报窗口“否”，参训贫困人口498，累计拨付386.2万元，工作台账1分、资金台账4分），有的维持填报值（2020年农产品网零13.12亿元、资金及时拨付5分）；市局核实值是陷阱；组长区委常委、常务副区长 → 分管领导，成员单位四部门都在；常住人口71.74万人；无省定贫困村。",
    sheets: [{ name: "核对单", rows, merges }],
    expect: {
      facts: {
        county: "从化区", asOf: "2021-08-31", residentPopulation: 717400, adminVillagesStated: 221, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-09-15", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        agriRetail2019: 986000000, agriRetail2020: 1312000000,
        trainingPersonTimesStated: 7356, eligiblePoorPersonsStated: 1024, trainedPoorPersonsStated: 498,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3862000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.95,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 5,
      },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f3 — 揭阳揭东区: 套打式申报表——标签一行、答案在下一行（每格两列合并，一行四个字段），两页，第二页“（续表）”
// =====================================================================================================
function buildF3() {
  const W = 8;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:H${rows.length}`);
  };
  // a band: labels row then values row; each field spans `span` pairs of columns
  const band = (fields) => {
    const lab = [];
    const val = [];
    const spans = [];
    let c = 0;
    for (const [l, v, span] of fields) {
      const s = (span || 1) * 2;
      lab[c] = l;
      val[c] = v;
      spans.push([c, c + s - 1]);
      c += s;
    }
    assert(c <= W, "f3 band width");
    rows.push(padRow(lab, W));
    for (const [a, b] of spans) merges.push(`${colName(a)}${rows.length}:${colName(b)}${rows.length}`);
    rows.push(padRow(val, W));
    for (const [a, b] of spans) merges.push(`${colName(a)}${rows.length}:${colName(b)}${rows.length}`);
  };
  full("揭东区电子商务进农村综合示范考评申报表");
  full("填报单位（盖章）：揭阳市揭东区商务局　　　　　　　　　　　　　　　　第1页　共2页");
  full("一、基本情况");
  band([["区（县、市）", "揭东区"], ["考评截止日期", "2021.08.31"], ["常住人口（万人）", "86.12"], ["户籍人口（万人）", "102.37"]]);
  band([["行政村（个）", "192"], ["社区（个）", "47"], ["省定贫困村（个）", "22"], ["联系人／电话", "许××　0663-32×××××"]]);
  full("二、组织领导");
  band([["领导小组组长", "区委书记（常务副组长：区长）"], ["领导小组成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监督管理局、区供销社", 3]]);
  band([["示范创建工作方案", box(true, "已正式印发", "未印发"), 2], ["农村电商扶持政策", box(true, "已出台", "未出台"), 2]]);
  band([["方案制定自评", pts12(2)], ["政策支持自评", pts12(2)], ["项目管理制度自评", pts12(2)], ["工作台账自评", pts12(1)]]);
  full("三、服务体系");
  band([["公共服务中心投入运营日期", "二〇二〇年十一月六日", 2], ["电商产业园", box(true, "已建设（整合）", "未建设"), 2]]);
  band([["免费培训场所及设备", box(true, "有", "无")], ["免费展示销售", box(true, "有", "无")], ["免费摄影美工", box(true, "有", "无")], ["统一推广及品牌指导", box(true, "有", "无")]]);
  band([["其他衍生增值服务", box(false, "有", "无")], ["专业第三方运营服务商", box(true, "有", "无")], ["行政村快递覆盖率", "100%"], ["站点覆盖行政村（个）", "141"]]);
  full("四、农村产品上行");
  band([["2019年农村网络零售额（万元）", "312,450"], ["2020年农村网络零售额（万元）", "418,760"], ["网销调研自评", pts12(2)], ["网络促销自评", pts12(1)]]);
  band([["交易标准与冷链溯源自评", "□1分　□2分"], ["备注", "冷链、溯源系统均在建，暂不自评", 3]]);
  full("（续表）");
  full("揭东区电子商务进农村综合示范考评申报表　　　　　　　　　　　　　　　　　　第2页　共2页");
  full("五、人才培训");
  band([["培训人次", "12,418"], ["有劳动能力的建档立卡贫困人口（不含外出务工）（人）", "2,206"], ["参训建档立卡贫困人口（人）", "1,137"], ["培训率", "51.5%"]]);
  full("六、信息公开与报送");
  band([["专栏公示内容", "☑创建方案　☑项目基本信息　☑建设进度　☑监督举报窗口", 3], ["能否统计电商扶贫情况", box(true, "能", "不能")]]);
  full("七、资金管理");
  band([["省级下达资金（万元）", "500"], ["累计拨付（万元）", "362.8"], ["支出率", "72.56%"], ["项目总体进度", "88%"]]);
  band([["资金管理制度", box(true, "已制定", "未制定")], ["资金专用台账", box(true, "已建立", "未建立")], ["资金管理制度自评", "□5　☑4　□3　□2　□1"], ["资金台账自评", "□5　☑4　□3　□2　□1"]]);
  band([["资金及时拨付自评", "□5　□4　☑3　□2　□1"], ["说明", "拨付进度受验收影响，部分款项延后", 3]]);
  full("八、一票否决事项");
  band([["安全生产、质量事故或重大损失", box(false, "有", "无"), 2], ["弄虚作假", box(false, "有", "无"), 2]]);
  full("填报人：许××　　　审核人：黄××　　　区商务局负责人：蔡××　　　2021年9月3日");
  for (const r of rows) assert(r.length === W, "f3 width");
  return {
    description:
      "揭阳揭东区商务局的《考评申报表》是套打式表格：每个字段占两列合并，标签在上一行、答案在下一行，一行四个字段（长字段合并占四或六列），分节标题整行合并，两页之间有“（续表）”和重复的表名行（“第2页　共2页”）。读法：答案格是下一行同一合并格；勾选写成“☑已正式印发　□未印发”“☑有　□无”，判断分“□1分　☑2分”“□5　☑4　□3…”，交易标准与冷链溯源两个都没勾（备注“暂不自评”）→ 不是判断分；“其他衍生增值服务”勾“无”；中心日期是“二〇二〇年十一月六日”；户籍人口、站点覆盖141个、培训率51.5%、支出率不是输入；组长区委书记，成员单位商务、财政、农业农村、乡村振兴都在；网零单位万元、千分位文本。",
    sheets: [{ name: "申报表", rows, merges }],
    expect: {
      facts: {
        county: "揭东区", asOf: "2021-08-31", residentPopulation: 861200, adminVillagesStated: 192, poorVillagesStated: 22,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-06", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 3124500000, ruralRetail2020: 4187600000,
        trainingPersonTimesStated: 12418, eligiblePoorPersonsStated: 2206, trainedPoorPersonsStated: 1137,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3628000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// l1 — 韶关曲江区: 目录、村委会名单（贫困村类型：省定／市定／一般村）、站点按运营主体分节（小计行）、培训签到按期分块
//      （期次信息在块头合并行里）、月报、宣传报道、各镇统计（不是台账）
// =====================================================================================================
function buildL1() {
  const CUT = "2021-08-31";
  const REGION = "440205";
  const TOWNS = [["马坝镇", 10, 3], ["大塘镇", 8, 1], ["枫湾镇", 7, 1], ["小坑镇", 5, 1], ["沙溪镇", 6, 1], ["乌石镇", 7, 1], ["樟市镇", 9, 1], ["白土镇", 8, 1], ["罗坑镇", 5, 1]];
  const prefixes = TOWNS.map((t) => t[0].slice(0, 2)).concat(["曲江"]);
  const vName = nameMaker("龙苏石新河坑大鹤黄莲桂塘江", ["岗", "田", "坝", "岭", "塘", "湖", "口", "背", "坑", "光", "冲", "洞"], "村", prefixes);
  const cName = nameMaker("和城兴平", ["东", "南", "北", "中", "阳"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "l1");
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const sh = shuffle(admin);
  const prov = new Set(sh.slice(0, 6));
  const city = new Set(sh.slice(6, 10));
  const noExp = sh[20];
  const blankExp = sh[21];

  // ---------------- 村委会名单
  const vRows = [["曲江区村（居）委会基本情况表"], ["镇", "村（居）委会", "村民小组（个）", "户籍人口（人）", "贫困村类型", "快递进村", "备注"]];
  const vMerges = ["A1:G1"];
  const vRecs = [];
  for (const x of towns) {
    const r0 = vRows.length + 1;
    for (const v of x.vs) {
      const nm = vRows.length % 3 === 0 ? `${short(v)}村民委员会` : `${short(v)}村委会`;
      const pt = prov.has(v) ? "省定贫困村" : city.has(v) ? "市定贫困村" : "一般村";
      const ex = v === noExp ? "×" : v === blankExp ? null : "√";
      vRows.push([vRows.length + 1 === r0 ? x.t : null, nm, rint(8, 31), rint(900, 4200), pt, ex, v === noExp ? "山区自然村多，快递未进村" : v === blankExp ? "待邮政核实" : null]);
      vRecs.push({ name: nm, admin: true, poor: prov.has(v), express: ex === "√" ? true : ex === "×" ? false : null });
    }
    for (const c of x.cs) {
      const nm = `${short(c)}社区居委会`;
      vRows.push([null, nm, "—", rint(3000, 9000), "—", "√", null]);
      vRecs.push({ name: nm, admin: false, poor: null, express: true });
    }
    mergeCol(vMerges, "A", r0, vRows.length);
  }
  vRows.push(["注：贫困村类型中“市定贫困村”为韶关市定相对贫困村，不属省定贫困村。"]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);
  for (const r of vRows) padRow(r, 7);

  // ---------------- 站点 (sections by operator, 小计 rows)
  const OPS = [["一、邮政“邮乐购”站点", "中国邮政集团有限公司韶关市曲江区分公司", 11], ["二、供销“供销e家”站点", "曲江区供销合作联社", 7], ["三、快递进村服务站", "韶关市曲江区快通物流有限公司", 5]];
  const stV = shuffle(admin).slice(0, 22).concat([towns[0].cs[1]]);
  const sRows = [["曲江区村级电子商务服务站点台账"], ["序号", "站点名称", "镇", "所在村", "开业时间", "负责人", "联系电话"]];
  const sMerges = ["A1:G1"];
  const sRecs = [];
  const stTown = [];
  let idx = 0;
  let no = 0;
  const dfmt = (iso, j) => [cnDate(iso), D(iso), twoSlash(iso), dotDate(iso), cnDate0(iso)][j % 5];
  for (const [title, who, nst] of OPS) {
    sRows.push([`${title}（运营主体：${who}）`]);
    sMerges.push(`A${sRows.length}:G${sRows.length}`);
    const list = stV.slice(idx, idx + nst).map((v) => ({ v, op: randIsoBetween("2020-07-01", "2021-08-25") }));
    idx += nst;
    if (title.startsWith("二")) list[3].op = "2021-09-08";
    if (title.startsWith("三")) list[1].op = "2021-06";
    list.sort((a, b) => cmp(a.op, b.op));
    list.forEach((s, j) => {
      no++;
      const isC = s.v.endsWith("社区");
      const vc = isC ? `${short(s.v)}社区` : no % 2 ? s.v : `${short(s.v)}村委会`;
      const dc = s.op === "2021-09-08" ? "2021.9.8" : s.op === "2021-06" ? "2021年6月" : dfmt(s.op, no);
      sRows.push([no, `${short(s.v)}${title.includes("邮乐购") ? "邮乐购" : title.includes("供销") ? "供销e家" : "快递进村"}服务站`, townOf[s.v], vc, dc, personName(), mask(phone())]);
      sRecs.push({ village: vc, opened: s.op });
      stTown.push(townOf[s.v]);
    });
    sRows.push(["小计", null, null, `${list.length}个`, null, null, null]);
    sMerges.push(`A${sRows.length}:C${sRows.length}`);
  }
  assert(idx === stV.length, "l1 all stations placed");
  sRows.push(["合计", null, null, `${no}个`, null, null, null]);
  sMerges.push(`A${sRows.length}:C${sRows.length}`);

  // ---------------- 培训签到 (blocks per session)
  const SES = [["2020-10-20", "农村电商基础知识", "区电子商务公共服务中心", 9], ["2021-01-13", "直播带货实操", "马坝镇党群服务中心", 8],
    ["2021-04-08", "农产品短视频拍摄", "大塘镇文化站", 10], ["2021-06-17", "网店运营实务", "樟市镇党群服务中心", 7], ["2021-09-02", "电商政策解读", "区电子商务公共服务中心", 6]];
  const tRows = [["曲江区农村电商培训签到汇总表"]];
  const tMerges = ["A1:G1"];
  const tRecs = [];
  let pick = 0;
  SES.forEach(([d, topic, place, nP], k) => {
    const dTxt = [cnDate(d), dotDate(d), wdDate(d), slashDate(d), cnDate(d)][k];
    tRows.push([`第${CN_NUM[k + 1]}期　培训时间：${dTxt}　地点：${place}　主题：${topic}`]);
    tMerges.push(`A${tRows.length}:G${tRows.length}`);
    tRows.push(["序号", "姓名", "性别", "身份证号", "所在村", "是否脱贫户", "签名"]);
    for (let i = 0; i < nP; i++) {
      const male = rnd() < 0.5;
      const id = makeId(REGION, birthBetween(1965, 2000), male, pick % 9 === 4 ? true : undefined);
      pick++;
      let shown = id;
      let rec = id;
      if (i === 2 && k % 2 === 0) {
        shown = maskId(id);
        rec = maskId(id);
      } else if (isX(id) && k % 2 === 1) shown = id.slice(0, 17) + "x";
      else if (i === 5) shown = spacedId(id);
      const v = admin[(k * 7 + i * 3) % admin.length];
      tRows.push([i + 1, personName(), male ? "男" : "女", shown, v, i % 4 === 0 ? "是" : "否", "（已签）"]);
      tRecs.push({ date: d, personTimes: 1, id: rec });
    }
    tRows.push([`本期实到${nP}人`]);
    tMerges.push(`A${tRows.length}:G${tRows.length}`);
    if (k < SES.length - 1) tRows.push([]);
  });
  for (const r of tRows) padRow(r, 7);
  checkTrainingIds(tRecs, "l1");

  // ---------------- 月报
  const R = [["2020-09-08", "√"], ["2020-10-13", "√"], ["2020-11-09", "√"], ["2020-12-08", null], ["2021-01-11", "√"], ["2021-03-09", "√"], ["2021-04-08", "×"],
    ["2021-05-10", "√"], ["2021-06-08", "√"], ["2021-07-08", "√"], ["2021-08-09", "√"], ["2021-09-07", "√"]];
  const rRows = [["曲江区电子商务进农村工作月报报送台账"], ["序号", "报送日期", "报送内容", "接收单位", "含扶贫数据", "备注"]];
  const rRecs = [];
  R.forEach(([d, p], j) => {
    rRows.push([j + 1, [twoDot(d), D(d), cnDate(d), yyyymmdd(d)][j % 4], `${cnMonth(isoAdd(d.slice(0, 7) + "-01", -1))}工作进展月报`, "韶关市商务局", p, d.startsWith("2021-03") ? "1、2月合并报送" : null]);
    rRecs.push({ date: d, poverty: p === "√" ? true : p === "×" ? false : null });
  });

  // ---------------- 宣传报道
  const M = [["2020-11-05", "曲江区融媒体中心", "区级", "新媒体", "曲江首批“邮乐购”站点开业", false],
    ["2021-01-28", "韶关日报", "市级", "报纸", "曲江农产品年货节线上热销", false],
    ["2021-04-16", "广东广播电视台珠江频道", "省级", "电视", "曲江：脱贫户直播卖马坝油粘米", true],
    ["2021-06-03", "韶关广播电视台", "市级", "电视", "曲江电商培训进乡村", true],
    ["2021-08-20", "学习强国广东学习平台", "省级", "新媒体", "韶关曲江：电商进村助农增收", false],
    ["2021-09-14", "央视新闻客户端", "中央级", "新媒体", "小站点大民生", false]];
  const LV = { 中央级: "national", 省级: "province", 市级: "city", 区级: "county" };
  const mRows = [["曲江区电商进农村宣传报道登记表"], ["序号", "日期", "媒体名称", "媒体级别", "报道形式", "标题"]];
  const mRecs = [];
  M.forEach(([d, med, lv, form, t, tv], j) => {
    mRows.push([j + 1, d > CUT ? "2021.9.14" : dateCell(d, j + 1), med, lv, form, t]);
    mRecs.push({ date: d, level: LV[lv], tv });
  });

  // ---------------- 各镇统计 / 目录 (not ledgers)
  const statRows = [["各镇站点及培训统计"], ["镇", "行政村", "已建站点", "培训人次"]];
  for (const x of towns) statRows.push([x.t, x.vs.length, stTown.filter((t) => t === x.t).length, null]);
  statRows.push(["合计", admin.length, sRecs.length, tRecs.filter((t) => t.date <= CUT).length]);
  const toc = [["曲江区电子商务进农村综合示范考评台账"], ["曲江区商务局　2021年9月"], ["目录"], ["1．村委会名单"], ["2．站点台账"], ["3．培训签到"], ["4．月报报送"], ["5．宣传报道"], ["6．各镇统计（汇总，供参考）"]];
  return {
    description:
      "韶关曲江区商务局台账（七个表）：①《目录》不是台账；②《村委会名单》镇纵向合并，“贫困村类型”只有“省定贫困村”是省定贫困村（“市定贫困村”“一般村”为否，社区“—”为null），快递“√／×”，一村快递栏空着（备注“待邮政核实”）为null，村名“××村委会／××村民委员会”；③《站点台账》按运营主体分三节（节标题整行合并，邮政、供销、快递），每节后有“小计”行、表尾“合计”行，都不是站点；开业时间有中文、日期格、两位年份斜杠“20/11/3”、点分、补零中文，供销一站“2021.9.8”、快递一站只写“2021年6月”，一站在社区；④《培训签到》按期分块：每块一行合并的期次信息“第二期　培训时间：2021.1.13　地点…　主题…”（日期只在这行，有一期带星期），下面小表头和签到行，块尾“本期实到×人”，一行一人次；身份证号有脱敏、小写x、按6-8-4加空格；9月一期照列；⑤《月报报送》日期“20.9.8”、日期格、中文、八位数字，含扶贫数据√／×／空；⑥《宣传报道》级别中央级／省级／市级／区级，形式电视才是电视（韶关广播电视台是市级电视）；⑦《各镇统计》是汇总，不是台账。",
    sheets: [
      { name: "目录", rows: toc, merges: [] },
      { name: "村委会名单", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "培训签到", rows: tRows, merges: tMerges },
      { name: "月报报送", rows: rRows, merges: ["A1:F1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:F1"] },
      { name: "各镇统计", rows: statRows, merges: ["A1:D1"] },
    ],
    expect: {
      sheets: {
        "目录": { kind: null },
        "村委会名单": { kind: "villages", records: vRecs },
        "站点台账": { kind: "stations", records: sRecs },
        "培训签到": { kind: "training", records: tRecs },
        "月报报送": { kind: "reports", records: rRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "各镇统计": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 汕头潮南区: 填表说明、防返贫系统导出的脱贫人口（劳动技能／务工状态编码文字）、产业园企业（在园表下面接“已退园企业”表）、
//      资金拨付（元和万元混写，季度小计）、专栏更新（月份作列，格里只写“日”）、经验材料、汇总
// =====================================================================================================
function buildL2() {
  const CUT = "2021-08-31";
  const REGION = "440514";
  // ---------------- 脱贫人口
  const LAB = [["普通劳动力", true], ["技能劳动力", true], ["弱劳动力或半劳动力", true], ["丧失劳动力", false], ["无劳动力", false]];
  const WORK = [["省外务工", true], ["县外省内务工", true], ["县内务工", false], ["未务工", false], ["公益性岗位", false]];
  const VIL = ["两英镇古溪村", "两英镇风华村", "红场镇大溪坝村", "雷岭镇茂广村", "成田镇西岐村", "仙城镇深溪村"];
  const pRows = [["潮南区脱贫人口信息（防返贫监测信息系统导出）"], ["导出时间：2021-08-25 09:41:17　　导出人：潮南区乡村振兴局"],
    ["序号", "户编号", "所在村", "姓名", "证件号码", "与户主关系", "劳动技能", "务工状态", "务工所在地"]];
  const pRecs = [];
  let hhNo = 0;
  let j = 0;
  let xCount = 0;
  while (j < 24) {
    hhNo++;
    const size = Math.min(24 - j, rint(2, 4));
    const vil = VIL[hhNo % VIL.length];
    const hh = `44051400${String(1000 + hhNo * 37).padStart(6, "0")}`;
    const mem = [];
    for (let k = 0; k < size; k++) {
      const jj = j + k;
      const li = k === size - 1 && hhNo % 2 ? (hhNo % 4 === 1 ? 3 : 4) : [0, 0, 1, 2][(jj + k) % 4];
      const [lab, labour] = LAB[li];
      const wantX = labour && xCount < 2 && jj % 5 === 1;
      const id = makeId(REGION, labour ? birthBetween(1966, 2001) : birthBetween(1935, 1955), rnd() < 0.5, wantX);
      if (wantX) xCount++;
      let work = null;
      let mig = null;
      let place = null;
      if (labour) {
        const wi = (jj * 3 + hhNo) % WORK.length;
        work = WORK[wi][0];
        mig = WORK[wi][1];
        place = wi === 0 ? "福建省晋江市" : wi === 1 ? "深圳市龙岗区" : wi === 2 ? "潮南区峡山街道" : wi === 4 ? "本村" : null;
      }
      mem.push({ id, lab, labour, work, mig, place });
    }
    mem.sort((a, b) => cmp(birthOf(a.id), birthOf(b.id)));
    const sur = SURNAMES[rint(0, SURNAMES.length - 1)];
    const male = (m) => Number(m.id[16]) % 2 === 1;
    const by = (m) => Number(birthOf(m.id).slice(0, 4));
    let spouse = false;
    mem.forEach((m, k) => {
      const dy = by(m) - by(mem[0]);
      let rel;
      if (k === 0) rel = "户主";
      else if (dy >= 40) rel = male(m) ? "之孙子" : "之孙女";
      else if (dy >= 18) rel = male(m) ? "之子" : "之女";
      else if (!spouse && male(m) !== male(mem[0])) {
        rel = "配偶";
        spouse = true;
      } else rel = "兄弟姐妹";
      j++;
      pRows.push([j, hh, vil, personName(rel === "配偶" ? undefined : sur), m.id, rel, m.lab, m.work, m.place]);
      pRecs.push({ id: m.id, labour: m.labour, migrant: m.mig });
    });
  }
  assert(pRecs.some((p) => p.migrant === true) && pRecs.some((p) => p.migrant === false) && pRecs.some((p) => p.labour === false), "l2 person variety");
  assert(pRecs.filter((p) => isX(p.id)).length === 2, "l2 two X ids");
  assert(pRows.some((r) => r[6] === "丧失劳动力") && pRows.some((r) => r[6] === "无劳动力") && pRows.some((r) => r[7] === "公益性岗位"), "l2 labour / work wordings");

  // ---------------- 产业园企业 (在园 table, then 已退园 table below)
  const E = [["汕头市潮南区潮织优品电子商务有限公司", "销售型"], ["汕头市潮南区内衣云仓供应链有限公司", "物流企业"], ["汕头市潮南区峡山电商产业服务有限公司", "电商运营商"],
    ["汕头市潮南区两英针织网店", "销售型"], ["汕头市潮南区潮货通网络科技有限公司", "平台型"], ["汕头市潮南区雷岭荔枝电商商行", "销售型"], ["汕头市潮南区红场橄榄网店", "销售型"],
    ["汕头市潮南区陈店直播基地运营有限公司", "直播电商"], ["汕头市潮南区成田农品电商有限公司", "销售型"], ["汕头市潮南区速递通快运有限公司", "物流企业"]];
  const inF = E.map(([n, t]) => ({ n, t, code: creditCode(REGION), ent: randIsoBetween("2020-06-01", "2021-08-20") }));
  inF[9].ent = "2021-09-06";
  const outF = [{ n: "汕头市潮南区好货多电商商行", t: "销售型", code: creditCode(REGION), ent: "2020-07-15", left: "2021-04-30" },
    { n: "汕头市潮南区优选农特产品网店", t: "销售型", code: creditCode(REGION), ent: "2020-10-09", left: "2021-09-15" }];
  const eRows = [["潮南区电子商务产业园入驻企业名单"], ["一、在园企业"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "备注"]];
  const eMerges = ["A1:F1", "A2:F2"];
  const eRecs = [];
  inF.forEach((f, k) => {
    eRows.push([k + 1, f.n, f.code, f.t, f.ent > CUT ? "2021.9.6" : [D(f.ent), dotDate(f.ent), cnDate(f.ent), excelSerial(f.ent)][k % 4], f.ent > CUT ? "9月入驻" : null]);
    eRecs.push({ name: f.n, type: f.t, entered: f.ent, left: null });
  });
  eRows.push([]);
  eRows.push(["二、已退园企业"]);
  eMerges.push(`A${eRows.length}:F${eRows.length}`);
  eRows.push(["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退园时间"]);
  outF.forEach((f, k) => {
    eRows.push([k + 1, f.n, f.code, f.t, dotDate(f.ent), cnDate(f.left)]);
    eRecs.push({ name: f.n, type: f.t, entered: f.ent, left: f.left });
  });
  for (const r of eRows) padRow(r, 6);

  // ---------------- 资金拨付 (元 and 万元 mixed, quarter subtotals)
  const PAY = [["2020-09-29", "区电子商务公共服务中心装修工程预付款", 420000], ["2020-11-24", "村级站点建设补助（第一批）", 265000], ["2020-12-21", "电商培训服务费", 98650.5],
    ["2021-02-05", "农村物流配送车辆购置", 380000], ["2021-03-26", "品牌推广服务费", 125000], ["2021-05-18", "村级站点建设补助（第二批）", 312000],
    ["2021-06-29", "区电子商务公共服务中心运营补助", 450000], ["2021-08-12", "电商培训服务费", 106800], ["2021-09-03", "溯源系统建设首付款", 230000]];
  const fRows = [["潮南区电子商务进农村专项资金拨付明细"], ["说明：金额列未注明单位的为元；带“万”的为万元。"], ["序号", "拨付日期", "项目", "收款单位", "拨付金额", "凭证号"]];
  const fRecs = [];
  const q = (iso) => quarterText(iso);
  let cur = null;
  let acc = [];
  const flush = () => {
    if (cur) {
      fRows.push([`${cur}小计`, null, null, null, fmtMoney(sumYuan(acc)), null]);
    }
  };
  const fMergesRows = [];
  PAY.forEach(([d, t, a], k) => {
    if (q(d) !== cur) {
      flush();
      if (cur) fMergesRows.push(fRows.length);
      cur = q(d);
      acc = [];
    }
    const amt = k % 3 === 1 && Number.isInteger(a / 100) ? `${a / 10000}万` : k % 3 === 2 ? fmtMoney(a) : a;
    fRows.push([k + 1, d > CUT ? "2021.9.3" : dateCell(d, k + 2), t, ["潮南区某建筑工程有限公司", "中国邮政汕头市潮南区分公司", "潮南区电商协会", "汕头市潮南区峡山电商产业服务有限公司"][k % 4], amt, `CN${yyyymmdd(d)}-${k + 1}`]);
    fRecs.push({ date: d, amount: a });
    acc.push(a);
  });
  flush();
  fMergesRows.push(fRows.length);
  const fMerges = ["A1:F1", "A2:F2"].concat(fMergesRows.map((r) => `A${r}:D${r}`));
  assert(fRows.some((r) => typeof r[4] === "string" && r[4].endsWith("万")), "l2 a 万 amount");

  // ---------------- 专栏更新 (months as columns, day only)
  const months = WINDOW;
  const upd = {};
  for (const m of months) {
    const [y, mo] = m.split("-").map(Number);
    if (m === "2021-02") continue;
    const ds = [rint(3, 14)];
    if (m === "2021-03" || m === "2020-12") ds.push(rint(18, lastDay(y, mo)));
    upd[m] = ds;
  }
  const dRows = [["潮南区人民政府网站“电子商务进农村综合示范”专栏更新情况（2020年9月—2021年8月）"],
    ["年份", "2020年", null, null, null, "2021年", null, null, null, null, null, null, null],
    ["月份"].concat(months.map((m) => `${Number(m.slice(5))}月`)),
    ["更新日期（日）"].concat(months.map((m) => (upd[m] ? upd[m].map((d) => `${d}日`).join("、") : "—"))),
    ["更新内容"].concat(months.map((m) => (upd[m] ? "建设进度" + (upd[m].length > 1 ? "、项目公示" : "") : "春节未更新"))),
    ["注：创建方案、项目基本信息、监督举报电话于2020年6月上线，长期公示。"]];
  const dMerges = ["A1:M1", "B2:E2", "F2:M2", "A6:M6"];
  for (const r of dRows) padRow(r, 13);
  const dRecs = [];
  for (const m of months) for (const d of upd[m] || []) dRecs.push({ date: `${m}-${String(d).padStart(2, "0")}` });

  // ---------------- 经验材料 / 汇总 / 填表说明
  const matRows = [["经验材料报送登记"], ["序号", "报送时间", "材料题目", "报送单位", "是否采用"],
    [1, "2021年3月", "潮南区“电商＋内衣产业”带动农户就业的做法", "汕头市商务局", "已采用"],
    [2, "21.7.16", "潮南区村级电商站点“一站多用”经验", "汕头市商务局", "未采用"]];
  const matRecs = [{ date: "2021-03" }, { date: "2021-07-16" }];
  const sumRows = [["台账汇总"], ["项目", "数值"], ["脱贫人口（人）", pRecs.length], ["在园企业（家）", inF.filter((f) => f.ent <= CUT).length + 1],
    ["截至8月31日拨付（元）", fmtMoney(sumYuan(PAY.filter((p) => p[0] <= CUT).map((p) => p[2])))], ["专栏更新月份", `${inWindowMonths(dRecs.map((r) => r.date))}个月`]];
  const note = [["填表说明"], ["1．脱贫人口由区乡村振兴局从防返贫监测信息系统导出，未改动。"], ["2．资金拨付明细中“万”为万元，其余为元；季度“小计”行不是拨付记录。"],
    ["3．专栏更新表第4行只写日，年份、月份见上两行。"], ["4．汇总表为自动汇总，仅供参考。"]];
  return {
    description:
      "汕头潮南区商务局台账（七个表）：①《填表说明》不是台账；②《脱贫人口》是防返贫监测信息系统原样导出（两行抬头，户编号、与户主关系），“劳动技能”普通／技能／弱劳动力或半劳动力为有劳动能力，丧失劳动力、无劳动力为无；“务工状态”省外务工、县外省内务工为外出，县内务工、未务工、公益性岗位为不外出，无劳动力的务工状态空着为null，两人身份证号末位X；③《产业园企业》上面“一、在园企业”表，下面隔一空行接“二、已退园企业”表（自带表头、退园时间，一家9月15日退园），在园表里一家“2021.9.6”入驻照列，入驻时间有日期格、点分、中文、Excel序号；④《资金拨付》金额列元和万元混写（“26.5万”、千分位“98,650.50”、数字），按季度有“2020年第四季度小计”这类行，不是记录，9月3日一笔照列；⑤《专栏更新》月份作列（两行表头：年份合并、月份），“更新日期（日）”行只写日（“×日”，一月两次的写“×日、×日”），年月要从表头拼，2月“—”无更新；⑥《经验材料》“2021年3月”只到月、“21.7.16”两位年份；⑦《汇总》不是台账。",
    sheets: [
      { name: "填表说明", rows: note, merges: [] },
      { name: "脱贫人口", rows: pRows, merges: ["A1:I1", "A2:I2"] },
      { name: "产业园企业", rows: eRows, merges: eMerges },
      { name: "资金拨付", rows: fRows, merges: fMerges },
      { name: "专栏更新", rows: dRows, merges: dMerges },
      { name: "经验材料", rows: matRows, merges: ["A1:E1"] },
      { name: "汇总", rows: sumRows, merges: ["A1:B1"] },
    ],
    expect: {
      sheets: {
        "填表说明": { kind: null },
        "脱贫人口": { kind: "poorPersons", records: pRecs },
        "产业园企业": { kind: "enterprises", records: eRecs },
        "资金拨付": { kind: "funds", records: fRecs },
        "专栏更新": { kind: "disclosures", records: dRecs },
        "经验材料": { kind: "materials", records: matRecs },
        "汇总": { kind: null },
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
write("counties", "b217-c1-pingyuan.json", c1);
write("facts", "b217-f1-xingning.json", f1);
write("facts", "b217-f2-conghua.json", f2);
write("facts", "b217-f3-jiedong.json", f3);
write("ledgers", "b217-l1-qujiang.json", l1);
write("ledgers", "b217-l2-chaonan.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
