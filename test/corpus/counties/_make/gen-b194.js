// Batch 194 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b192.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (194194), no clock. Run: node test/corpus/_b194/gen-b194.js
//
// c1 增城区 (广州): a 基础数据表 broken down by 镇街 — two-row header (“街道” over six columns, “镇” over seven), the district
//    value only in the rightmost 全区合计 column (district-wide items leave the town columns blank), a 自评得分 block below;
//    ledgers: 226 行政村 (> 200, base 200) with a 市定相对贫困村 column that is not 省定, stations in town blocks (exactly 140
//    villages), sessions with quarter 小计 rows (5,046 人次, population 146.66万 capped at 50万), a poor roster with one
//    lowercase x deciding 56/80 = 70%, a renamed firm listed twice under one credit code, reports with months as columns.
// f1 香洲区 (珠海): a 双人录入核对表 — 录入A | 录入B | 核对 ✓/✗ | 复核确认值 | 依据; read the confirmed value, “同左” = the
//    agreed A/B value (including an agreed “—”, which states nothing); B typed the population in persons under a 万人 unit.
// f2 斗门区 (珠海): the bureau's 局务会 record — 电商股汇报（初稿） | 讨论意见 | 议定结果 | 自评分（议定）; “按汇报” keeps the
//    report, otherwise the 议定结果 overrides it (membership completed, points lowered, 9月 person-times taken out).
// f3 南海区 (佛山): data at four 截至 dates side by side; only the “截至2021年8月31日（考评）” column is read, the later
//    “最新（截至2021年9月15日）” column is not (policy and photography turn 是 only in September).
// l1 浈江区 (韶关): 填表说明 (not a ledger); five paper sign-in sheets stacked on one sheet (title, 培训时间 row, header, rows with
//    上午/下午 ✓ — both blank = absent, “本期应到…实到…” footer, blank spacer); 脱贫人口 with Y/N columns; stations with town
//    小计 rows; media.
// l2 濠江区 (汕头): 目录 (not a ledger); villages typed only by name suffix with a ★ column; firms with 入驻/退出 group headers;
//    funds in project blocks with 合同金额 in the block title and 小计/总计 rows; monthly reports sideways; a CMS export of the
//    site column; materials with a month-only date.
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
let seed = 194194;
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
    assert(/^b194-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b194-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b194-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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


// =====================================================================================================
// c1 — 广州增城区: 分镇街基础数据表 + 自评块, and nine ledgers (226 行政村 > 200, 常住人口 > 50万)
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "440118";
  const TOWNS = [
    ["荔城街道", "荔城街", 10, 6], ["增江街道", "增江街", 12, 4], ["朱村街道", "朱村街", 16, 1], ["永宁街道", "永宁街", 14, 4],
    ["荔湖街道", "荔湖街", 8, 3], ["宁西街道", "宁西街", 10, 2], ["新塘镇", "新塘镇", 20, 8], ["石滩镇", "石滩镇", 30, 2],
    ["中新镇", "中新镇", 27, 2], ["正果镇", "正果镇", 22, 1], ["派潭镇", "派潭镇", 26, 1], ["小楼镇", "小楼镇", 16, 1], ["仙村镇", "仙村镇", 15, 1],
  ];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("上下东西南北新旧大小高低石沙塘田岭坑岗湖坪围龙凤金银黄白青麻竹松", ["边", "头", "背", "尾", "洞", "口", "坳", "坝", "湾", "寨", "埔", "墩", "陂", "岭", "塘", "坑", "田", "围", "岗", "角"], "村", prefixes);
  const cName = nameMaker("荔增朱永宁光明康华福安", ["城", "景", "园", "苑", "都", "翠", "雅", "港"], "社区", prefixes);
  const towns = TOWNS.map(([t, s, nv, nc]) => ({ t, s, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "c1");
  assert(admin.length === 226 && comms.length === 36, "c1 226 行政村 + 36 社区");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const short = (v) => v.replace(/村$|社区$/, "");
  const byTown = (t) => towns.find((x) => x.t === t);

  // 市定相对贫困村 (广州市认定, not 省定): 12 villages in the northern towns
  const cityPoor = [].concat(byTown("派潭镇").vs.slice(0, 4), byTown("小楼镇").vs.slice(0, 3), byTown("正果镇").vs.slice(0, 3), byTown("中新镇").vs.slice(0, 2));
  const cityPoorSet = new Set(cityPoor);
  const cityPoorUncovered = cityPoor[5];

  // ---------------- coverage plan: exactly 140 行政村 covered by the cut-off (140/200 = 70.0%)
  const pool = shuffle(admin.filter((v) => !cityPoorSet.has(v)));
  const covered = cityPoor.filter((v) => v !== cityPoorUncovered).concat(pool.slice(0, 129));
  assert(covered.length === 140, "c1 140 covered");
  const uncovered = admin.filter((v) => !covered.includes(v));
  const uncSh = shuffle(uncovered.filter((v) => v !== cityPoorUncovered));
  const vSept = uncSh[0];
  const vPlan = uncSh[1];
  const vMonth = covered[20];
  const ST = covered.map((v) => ({ v, op: randIsoBetween("2020-07-01", "2021-08-25") }));
  ST.find((s) => s.v === vMonth).op = "2021-08";
  for (const v of [covered[3], covered[40], covered[77], covered[101], covered[118], covered[130]]) ST.push({ v, op: randIsoBetween("2021-01-05", "2021-08-20"), second: true });
  ST.push({ v: byTown("新塘镇").cs[0], op: randIsoBetween("2020-11-01", "2021-06-30") });
  ST.push({ v: vSept, op: "2021-09-03" });
  ST.push({ v: vPlan, op: null });
  const TORD = TOWNS.map((t) => t[0]);
  ST.sort((a, b) => TORD.indexOf(townOf[a.v]) - TORD.indexOf(townOf[b.v]) || cmp(a.op || "9", b.op || "9"));
  const adminSet = new Set(admin);
  const openedBy = (s) => s.op !== null && (s.op.length === 7 ? s.op <= CUT.slice(0, 7) : s.op <= CUT);
  const covSet = new Set(ST.filter((s) => openedBy(s) && adminSet.has(s.v)).map((s) => s.v));
  assert(covSet.size === 140 && ratioGE(140, 200, 70) && !ratioGE(139, 200, 70) && !ratioGE(140, 226, 70) && ratioGE(140, 226, 50), "c1 140/200 = 70%, 140/226 = 61.9%");
  assert(!covSet.has(cityPoorUncovered) && cityPoor.filter((v) => covSet.has(v)).length === 11, "c1 市定 11/12");

  // ---------------- 村居名单
  const vRows = [["增城区行政村（社区）名单"], ["（按镇街排列；数据来源：区民政局村（居）委会名录，区商务局补充快递进村情况）"],
    ["序号", "镇（街）", "村（居）委会", "类别", "广州市相对贫困村（市定）", "快递进村", "备注"]];
  const vMerges = ["A1:G1", "A2:G2"];
  let sq = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    for (const v of x.vs) {
      sq++;
      const nm = sq % 5 === 1 ? `${short(v)}村民委员会` : sq % 5 === 3 ? `${short(v)}村委会` : v;
      vRows.push([sq, x.t, nm, "行政村", cityPoorSet.has(v) ? "是" : null, "是", null]);
    }
    for (const c of x.cs) {
      sq++;
      vRows.push([sq, x.t, sq % 2 ? `${c}居委会` : `${c}居民委员会`, "社区", null, "是", null]);
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push([`合计：行政村${admin.length}个，社区${comms.length}个；广州市相对贫困村${cityPoor.length}个。`]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);
  vRows.push(["注：我区无省定贫困村；“广州市相对贫困村”为广州市认定的市级帮扶村，不属于省定贫困村。"]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);

  // ---------------- 站点台账 (blocks by 镇街)
  const sRows = [["增城区村级电子商务服务站点台账"], ["（登记至2021年9月10日）"],
    ["序号", "站点名称", "所在村（居）", "站长", "联系电话", "开始运营时间", "服务内容", "备注"]];
  const sMerges = ["A1:H1", "A2:H2"];
  const SERV = ["代购代销、代收代发", "代购代销、代缴费、电商宣传", "代收代发、小额信贷", "农产品网销、代收代发"];
  let sj = 0;
  const stationsPerTown = {};
  for (const x of towns) {
    const list = ST.filter((s) => townOf[s.v] === x.t);
    if (!list.length) continue;
    sRows.push([`${x.t}（${list.length}个）`]);
    sMerges.push(`A${sRows.length}:H${sRows.length}`);
    stationsPerTown[x.t] = list;
    for (const s of list) {
      sj++;
      const isC = s.v.endsWith("社区");
      const vcell = isC ? `${s.v}居委会` : sj % 3 === 0 ? `${short(s.v)}村委会` : sj % 3 === 1 ? s.v : `${short(s.v)}村民委员会`;
      let dcell;
      if (s.op === null) dcell = "筹建";
      else if (s.op === "2021-08") dcell = "2021年8月";
      else if (s.op === "2021-09-03") dcell = "2021.9.3";
      else dcell = dateCell(s.op, sj);
      const nm = isC ? `${short(s.v)}社区电商服务点` : s.second ? `${short(s.v)}村益农电商服务点` : `${short(s.v)}村电商服务站`;
      const note = s.op === null ? "场地装修中" : s.second ? "同村第二个服务点（益农信息社）" : s.op === "2021-08" ? "8月中旬开始运营，具体日期待补" : null;
      sRows.push([sj, nm, vcell, personName(), mask(phone()), dcell, SERV[sj % SERV.length], note]);
    }
  }
  sRows.push([`共${ST.length}个站点（含筹建1个）。`]);
  sMerges.push(`A${sRows.length}:H${sRows.length}`);

  // ---------------- 相对贫困人口 (poor persons)
  const POOR_TOWNS = ["派潭镇", "小楼镇", "正果镇", "中新镇"];
  const poorVillages = cityPoor;
  const plan = shuffle([].concat(Array(80).fill("E"), Array(10).fill("M"), Array(8).fill("N")));
  const persons = plan.map((c, j) => {
    const birth = c === "N" ? birthBetween(1935, 1953) : birthBetween(1965, 2000);
    const id = makeId(REGION, birth, rnd() < 0.5, undefined);
    const v = poorVillages[j % poorVillages.length];
    let lab;
    let work;
    if (c === "E") {
      lab = j % 4 === 1 ? "弱劳动能力" : "有劳动能力";
      work = ["区内务工", "未务工", "务农", "区内务工"][j % 4];
    } else if (c === "M") {
      lab = "有劳动能力";
      work = j % 2 ? "区外务工（省内）" : "区外务工（省外）";
    } else {
      lab = j % 2 ? "无劳动能力" : "丧失劳动能力";
      work = "—";
    }
    return { c, id, v, lab, work, name: personName() };
  });
  const elig = persons.filter((p) => p.c === "E");
  assert(POOR_TOWNS.every((t) => poorVillages.some((v) => townOf[v] === t)), "c1 poor towns");
  // one eligible person whose ID ends in X (typed with a lowercase x in the roster)
  const xPerson = elig[17];
  xPerson.id = makeId(REGION, birthBetween(1970, 1990), true, true);
  const pSorted = persons.slice().sort((a, b) => cmp(TORD.indexOf(townOf[a.v]) + a.v, TORD.indexOf(townOf[b.v]) + b.v));
  const pRows = [["增城区相对贫困人口名单（劳动能力及务工情况）"], ["（区乡村振兴局提供，2021年8月）"],
    ["说明：“有劳动能力”“弱劳动能力”均属有劳动能力；务工情况为“区外务工”的是外出务工人员，“区内务工”“务农”“未务工”为在家。"],
    ["序号", "镇（街）", "村", "姓名", "身份证号码", "劳动能力", "务工情况", "备注"]];
  const pMerges = ["A1:H1", "A2:H2", "A3:H3"];
  pSorted.forEach((p, j) => pRows.push([j + 1, townOf[p.v], p.v, p.name, p.id, p.lab, p.work, null]));

  // ---------------- 培训台账 (sessions, quarter subtotals)
  const TOPICS = ["农村电商基础", "网店开设与运营", "直播带货实操", "短视频拍摄剪辑", "荔枝网销专题", "迟菜心品牌营销", "电商客服与物流", "社群营销"];
  const PLACES = ["区电子商务公共服务中心", "派潭镇文化站", "正果镇党群服务中心", "小楼镇文化站", "中新镇文化站", "石滩镇党群服务中心", "朱村街文化站", "仙村镇文化站"];
  const PLACE_TOWN = { 区电子商务公共服务中心: "荔城街道", 派潭镇文化站: "派潭镇", 正果镇党群服务中心: "正果镇", 小楼镇文化站: "小楼镇", 中新镇文化站: "中新镇", 石滩镇党群服务中心: "石滩镇", 朱村街文化站: "朱村街道", 仙村镇文化站: "仙村镇" };
  const sessions = [];
  let day = "2020-08-20";
  for (let k = 0; k < 30; k++) {
    if (day >= "2020-10-01" && day <= "2020-10-08") day = "2020-10-12";
    if (day >= "2021-02-08" && day <= "2021-02-19") day = "2021-02-22";
    const len = k % 6 === 4 ? 1 : 0;
    sessions.push({ no: k + 1, start: day, end: isoAdd(day, len), topic: TOPICS[k % TOPICS.length], obj: k % 3 === 1 ? "相对贫困户、农户" : "电商从业人员、返乡青年", form: k % 5 === 2 ? "线上直播" : "线下", pt: rint(140, 200), place: PLACES[k % PLACES.length] });
    day = isoAdd(day, rint(10, 12));
  }
  assert(sessions[29].end <= "2021-08-28", "c1 sessions before cut-off " + sessions[29].end);
  let diff = 5046 - sum(sessions.map((s) => s.pt));
  for (let j = 0; diff !== 0; j = (j + 1) % 30) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 5);
    if (sessions[j].pt + st < 120 || sessions[j].pt + st > 230) continue;
    sessions[j].pt += st;
    diff -= st;
  }
  const sept = { no: 31, start: "2021-09-09", end: "2021-09-09", topic: "直播带货进阶", obj: "相对贫困户、农户", form: "线下", pt: 138, place: "派潭镇文化站" };
  sessions.push(sept);
  const ptCut = sum(sessions.filter((s) => s.end <= CUT).map((s) => s.pt));
  const POP = 1466600;
  assert(ptCut === 5046 && ratioGE(ptCut, 500000, 1) && !ratioGE(ptCut, POP, 0.6), "c1 5046/500000 ≥ 1%, /1466600 < 0.6%");

  // poor trainees roster
  const poorSess = sessions.filter((s) => s.obj.startsWith("相对贫困") && s.end <= CUT);
  const eligSh = shuffle(elig.filter((p) => p !== xPerson));
  const trained = [xPerson].concat(eligSh.slice(0, 55));
  const septOnly = eligSh[55];
  const RO = [];
  trained.forEach((p, k) => RO.push({ p, s: poorSess[k % poorSess.length] }));
  for (const p of trained.slice(20, 23)) {
    const first = RO.find((t) => t.p === p).s;
    const later = poorSess.filter((s) => s.no > first.no);
    RO.push({ p, s: later.length ? later[rint(0, later.length - 1)] : poorSess[0], note: "第二次参训" });
  }
  RO.push({ p: septOnly, s: sept });
  const migs = persons.filter((p) => p.c === "M");
  const nols = persons.filter((p) => p.c === "N");
  RO.push({ p: migs[0], s: poorSess[2], note: "返乡期间参训" });
  RO.push({ p: migs[1], s: poorSess[3], note: "返乡期间参训" });
  RO.push({ p: nols[0], s: poorSess[4], note: "陪同家属" });
  RO.sort((a, b) => a.s.no - b.s.no);
  for (const s of sessions) s.poorN = RO.filter((t) => t.s === s).length;
  for (const s of sessions) assert(s.poorN <= s.pt, "c1 poor within session");
  const eligIds = new Set(elig.map((p) => p.id));
  const trainedCut = new Set(RO.filter((t) => t.s.end <= CUT && eligIds.has(t.p.id)).map((t) => t.p.id));
  assert(trainedCut.size === 56 && ratioGE(56, 80, 70) && !ratioGE(55, 80, 70), "c1 56/80 = 70%");
  const sessCell = (s, j) => {
    if (s.end !== s.start) return j % 2 ? rangeText(s.start, s.end, "dot") : rangeText(s.start, s.end, "cn");
    if (s === sept) return "2021年9月9日";
    return dateCell(s.start, j);
  };
  const tRows = [["增城区农村电商培训台账"], ["单位：人次"],
    ["期次", "培训日期", "培训主题", "培训对象", "形式", "参训人次", "其中：相对贫困人口", "培训地点"]];
  const tMerges = ["A1:H1", "A2:H2"];
  let qKey = null;
  let qList = [];
  const flushQ = () => {
    if (!qList.length) return;
    tRows.push([`${quarterText(qList[0].end)}小计`, null, null, null, null, sum(qList.map((s) => s.pt)), sum(qList.map((s) => s.poorN)), null]);
    tMerges.push(`A${tRows.length}:E${tRows.length}`);
    qList = [];
  };
  sessions.forEach((s, j) => {
    const q = quarterEnd(s.end);
    if (qKey !== null && q !== qKey) flushQ();
    qKey = q;
    tRows.push([`第${s.no}期`, sessCell(s, j), s.topic, s.obj, s.form, s.pt, s.poorN, s.place]);
    qList.push(s);
  });
  flushQ();
  tRows.push(["合计", null, null, null, null, sum(sessions.map((s) => s.pt)), sum(sessions.map((s) => s.poorN)), null]);
  tMerges.push(`A${tRows.length}:E${tRows.length}`);
  tRows.push(["注：两天班按签到人次计；各季度小计、合计不重复计入。"]);
  tMerges.push(`A${tRows.length}:H${tRows.length}`);

  const roRows = [["相对贫困人口参训名单"], ["序号", "姓名", "身份证号码", "期次", "培训日期", "所在村", "备注"]];
  RO.forEach((t, j) => {
    const shownId = t.p === xPerson ? t.p.id.slice(0, 17) + "x" : t.p.id;
    roRows.push([j + 1, t.p.name, shownId, `第${t.s.no}期`, sessCell(t.s, sessions.indexOf(t.s)), t.p.v, t.note || null]);
  });
  roRows.push([`注：本名单人员已计入培训台账“参训人次”，共${RO.length}人次。`]);
  const roMerges = ["A1:G1", `A${roRows.length}:G${roRows.length}`];

  // ---------------- 入驻企业
  const FN = [["增城区荔乡优选网络科技有限公司", "平台型"], ["广州增城仙进奉电子商务有限公司", "销售型"], ["增城区挂绿荔枝网店", "销售型"], ["广州增城乌榄电商商行", "销售型"],
    ["广州增城菜心电子商务有限公司", "销售型"], ["广州增城云创电商运营有限公司", "电商运营商"], ["增城区惠农代运营服务部", "电商运营商"], ["广州增城速达物流有限公司", "物流企业"],
    ["广州增城冷链仓储有限公司", "物流企业"], ["广州增城白水寨直播传媒有限公司", "直播机构"], ["增城区派潭山货网店", "销售型"], ["广州增城丝苗米电子商务有限公司", "销售型"],
    ["增城区正果腐竹网店", "销售型"], ["广州增城农品汇网络科技有限公司", "平台型"], ["增城区小楼甜笋电商商行", "销售型"], ["广州增城供应链管理有限公司", "供应链服务"],
    ["增城区荔园茶叶网店", "销售型"], ["广州增城新农人电商服务有限公司", "电商运营商"], ["增城区仙村蜂蜜网店", "销售型"], ["广州增城快运通物流有限公司", "物流企业"]];
  const firms = FN.map(([n, t]) => ({ n, t, code: creditCode(REGION), entered: randIsoBetween("2020-11-01", "2021-08-15"), left: null }));
  const sepFirm = { n: "增城区鲜果直播电商有限公司", t: "直播机构", code: creditCode(REGION), entered: "2021-09-06", left: null };
  firms[8].entered = "2020-12-02";
  firms[8].left = "2021-06-30";
  const renamed = { n: "广州荔枝红农业科技有限公司", t: "销售型", code: firms[2].code, entered: "2021-04-20", left: null, renameOf: firms[2] };
  firms[2].n = "增城区荔枝红网店";
  firms[2].entered = "2020-12-05";
  const eList = firms.concat([renamed, sepFirm]).sort((a, b) => cmp(a.entered, b.entered));
  const eRows = [["增城区电子商务产业园入驻企业名单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退园时间", "备注"]];
  eList.forEach((f, j) => eRows.push([j + 1, f.n, f.code, f.t, dateCell(f.entered, j + 1), f.left ? dotDate(f.left) : null,
    f === renamed ? `原“${firms[2].n}”，2021年4月更名，同一企业` : f === firms[8] ? "合同到期退园" : f === sepFirm ? "9月入驻" : null]));
  const inPark = eList.filter((f) => f.entered <= CUT && !(f.left && f.left <= CUT));
  const distinct = new Set(inPark.map((f) => f.code));
  assert(eList.length === 22 && inPark.length === 20 && distinct.size === 19, "c1 20 rows in the park, 19 distinct codes");
  const typesIn = new Set(inPark.map((f) => f.t));
  assert(["平台型", "销售型", "电商运营商", "物流企业"].every((t) => typesIn.has(t)), "c1 types");

  // ---------------- 资金台账 (元)
  const PAY = [["2020-09-25", "区电子商务公共服务中心建设首期款", "广州增城云创电商运营有限公司", 480000], ["2020-11-12", "村级站点建设首期款", "中国邮政集团有限公司广州市增城区分公司", 356800],
    ["2020-12-24", "电商培训服务费（第一批）", "广州市增城区职业技术学校", 168000], ["2021-01-28", "物流配送体系建设首期款", "广州增城速达物流有限公司", 312500],
    ["2021-03-19", "区电子商务公共服务中心建设进度款", "广州增城云创电商运营有限公司", 526300], ["2021-04-27", "村级站点建设进度款", "中国邮政集团有限公司广州市增城区分公司", 418000],
    ["2021-05-31", "品牌推广及网货开发", "广州增城云创电商运营有限公司", 236760], ["2021-06-25", "电商培训服务费（第二批）", "广州市增城区职业技术学校", 205000],
    ["2021-07-20", "冷链及溯源系统建设", "广州增城冷链仓储有限公司", 0], ["2021-08-26", "物流配送体系建设进度款", "广州增城速达物流有限公司", 281000],
    ["2021-09-15", "村级站点建设尾款", "中国邮政集团有限公司广州市增城区分公司", 530000]];
  PAY[8][3] = 3912360 - sum(PAY.filter((p, k) => k !== 8 && p[0] <= CUT).map((p) => p[3]));
  assert(PAY[8][3] > 100000, "c1 cold chain payment");
  const spent = sum(PAY.filter((p) => p[0] <= CUT).map((p) => p[3]));
  assert(spent === 3912360 && ratioGE(spent, 5000000, 70) && pct1(spent, 5000000) === "78.2%", "c1 spent 78.2%");
  const fRows = [["增城区电子商务进农村综合示范专项资金拨付台账"], ["单位：元"], ["序号", "拨付日期", "项目", "收款单位", "拨付金额", "凭证号"]];
  PAY.forEach(([d, what, who, a], j) => fRows.push([j + 1, dateCell(d, j + 2), what, who, j % 3 === 1 ? fmtMoney(a) : a, `增商财〔${d.slice(0, 4)}〕${pad3(rint(10, 300))}号`]));
  fRows.push(["合计", null, null, null, sum(PAY.map((p) => p[3])), null]);
  const fMerges = ["A1:F1", "A2:F2", `A${fRows.length}:D${fRows.length}`];

  // ---------------- 月报报送 (sideways: months as columns)
  const RM = monthsBetween("2020-08", "2021-08");
  const rSent = RM.map((m) => {
    const next = monthsBetween(m, "2021-12")[1];
    let d = `${next}-${String(rint(3, 8)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(d)) || (d >= "2020-10-01" && d <= "2020-10-08")) d = isoAdd(d, 1);
    return d;
  });
  const rRows = [["增城区电子商务进农村工作月报报送情况（报广州市商务局）"],
    ["月报所属月份"].concat(RM.map((m) => cnMonth(m))),
    ["报送日期"].concat(rSent.map((d, j) => (j % 3 === 0 ? D(d) : j % 3 === 1 ? dotDate(d) : cnDate(d)))),
    ["报送方式"].concat(RM.map((m, j) => (j % 2 ? "粤政易" : "电子邮件"))),
    ["含电商扶贫统计"].concat(RM.map(() => "是"))];
  assert(inWindowMonths(rSent) === 12, "c1 reports every month");

  // ---------------- 专栏更新
  const UPD = [["2020-06-18", "增城区电子商务进农村综合示范创建工作方案"], ["2020-06-18", "增城区电子商务进农村综合示范项目基本信息"], ["2020-06-22", "关于设立电子商务进农村综合示范项目监督举报信箱的公告"]];
  for (const m of monthsBetween("2020-07", "2021-08")) {
    if (m === "2021-01") continue;
    const [y, mo] = m.split("-").map(Number);
    UPD.push([`${m}-${String(rint(3, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, `增城区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`]);
  }
  UPD.sort((a, b) => cmp(a[0], b[0]));
  const uRows = [["区政府网站“电子商务进农村综合示范”专栏更新记录"], ["序号", "发布日期", "标题"]];
  UPD.forEach(([d, t], j) => uRows.push([j + 1, dateCell(d, j), t]));
  assert(inWindowMonths(UPD.map((u) => u[0])) === 11, "c1 column 11 months");

  // ---------------- 宣传报道 / 经验材料
  const MED = [["2020-12-16", "增城日报", "区级", "报纸", "我区首批村级电商服务站挂牌", "否"], ["2021-03-23", "南方日报", "省级", "报纸", "增城：荔枝“触网”卖全国", "否"],
    ["2021-05-27", "广州日报", "市级", "报纸", "增城电商进农村助农增收", "否"], ["2021-06-18", "广州广播电视台《广州新闻》", "市级", "电视", "派潭相对贫困户直播卖荔枝", "是"],
    ["2021-09-12", "中央广播电视总台农业农村频道", "国家级", "电视", "增城荔枝电商扶贫典型案例", "是"]];
  const mRows = [["增城区电子商务进农村宣传报道统计表"], ["序号", "日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"]];
  MED.forEach((m, j) => mRows.push([j + 1, dateCell(m[0], j + 3), m[1], m[2], m[3], `《${m[4]}》`, m[5]]));
  const matRows = [["经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送单位"],
    [1, "2021年7月15日", "《增城区“电商＋荔枝”助农增收经验材料》", "广州市商务局"], [2, "2021.9.20", "《增城区电子商务进农村综合示范创建工作总结》", "广州市商务局"]];

  // ---------------- 基础数据（分镇街） facts sheet
  const popParts = (() => {
    const w = TOWNS.map(() => rint(60, 160));
    const tot = 14666;
    const base = w.map((x) => Math.floor((x * tot) / sum(w)));
    let r = tot - sum(base);
    for (let k = 0; r > 0; k = (k + 1) % base.length, r--) base[k]++;
    return base;
  })();
  assert(sum(popParts) === 14666, "c1 population parts");
  const perTown = (f) => TOWNS.map(([t]) => f(t));
  const nV = perTown((t) => byTown(t).vs.length);
  const nC = perTown((t) => byTown(t).cs.length);
  const nCityPoor = perTown((t) => cityPoor.filter((v) => townOf[v] === t).length);
  const nSt = perTown((t) => ST.filter((s) => townOf[s.v] === t && s.op !== null).length);
  const nCovClerk = perTown((t) => new Set(ST.filter((s) => townOf[s.v] === t && s.op !== null).map((s) => s.v)).size);
  const ptTown = perTown((t) => sum(sessions.filter((s) => PLACE_TOWN[s.place] === t).map((s) => s.pt)));
  const eligTown = perTown((t) => elig.filter((p) => townOf[p.v] === t).length);
  const trTown = perTown((t) => new Set(RO.filter((r) => eligIds.has(r.p.id) && townOf[r.p.v] === t).map((r) => r.p.id)).size);
  const firmTown = perTown((t) => (t === "荔城街道" ? 20 : null));
  assert(sum(nSt) === 148 && sum(nCovClerk) === 142 && sum(ptTown) === 5184 && sum(eligTown) === 80 && sum(trTown) === 57, "c1 clerk totals " + [sum(nSt), sum(nCovClerk), sum(ptTown), sum(trTown)]);
  const W = 18;
  const fr = [["增城区电子商务进农村综合示范创建考评基础数据（分镇街）"],
    ["填报单位：增城区商务局　　　　数据截至：2021年8月31日（省考评截止日期）　　　　单位见各行“单位”栏"],
    ["序号", "项目", "单位", "街道", null, null, null, null, null, "镇", null, null, null, null, null, null, "全区合计", "备注"],
    [null, null, null].concat(TOWNS.map((t) => t[1]), [null, null])];
  const fm = ["A1:R1", "A2:R2", "A3:A4", "B3:B4", "C3:C4", "D3:I3", "J3:P3", "Q3:Q4", "R3:R4"];
  let no = 0;
  const secRow = (t) => {
    fr.push(padRow([t], W));
    fm.push(`A${fr.length}:R${fr.length}`);
  };
  const row = (label, unit, towns13, total, note) => {
    no++;
    const cells = [no, label, unit].concat(towns13 || Array(13).fill(null), [total, note || null]);
    assert(cells.length === W, "c1 facts row width");
    fr.push(cells);
  };
  secRow("一、基本情况");
  row("常住人口", "万人", popParts.map((x) => x / 100), sum(popParts) / 100, "第七次全国人口普查");
  row("行政村", "个", nV, sum(nV), "不含社区");
  row("社区", "个", nC, sum(nC), null);
  row("省定贫困村", "个", perTown(() => 0), 0, "我区无省定贫困村");
  row("广州市相对贫困村（市定）", "个", nCityPoor, sum(nCityPoor), "市级帮扶村，供参考");
  secRow("二、组织领导");
  row("创建工作领导小组组长", "—", null, "区委副书记、区长", "2020年5月成立");
  row("领导小组成员单位", "—", null, "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局、各镇街", null);
  row("示范创建工作方案", "是/否", null, "是", "增府办函〔2020〕37号");
  row("农村电商扶持政策", "是/否", null, "是", "《增城区促进农村电子商务发展扶持办法》");
  secRow("三、服务体系");
  row("区电子商务公共服务中心投入运营日期", "日期", null, D("2020-10-16"), "位于荔城街");
  row("中心免费培训场所、设备，能组织基础培训", "是/否", null, "是", null);
  row("中心为特色农产品免费展示、销售", "是/否", null, "是", null);
  row("中心免费摄影、美工服务", "是/否", null, "是", null);
  row("组织农产品统一推广、品牌建设", "是/否", null, "是", null);
  row("其他衍生增值服务", "是/否", null, "是", "代运营、金融对接");
  row("电商产业园（建设或整合）", "是/否", null, "是", "增城区电子商务产业园（荔城街）");
  row("产业园入驻企业", "家", firmTown, 20, "入驻企业名单");
  row("村级电商服务站点", "个", nSt, sum(nSt), "已运营站点");
  row("已建站行政村", "个", nCovClerk, sum(nCovClerk), null);
  row("行政村物流快递覆盖率100%", "是/否", null, "是", null);
  secRow("四、农村产品上行");
  row("专业第三方电商运营服务商", "是/否", null, "是", "广州增城云创电商运营有限公司");
  row("2019年农村网络零售额", "亿元", null, 48.6, "区统计局");
  row("2020年农村网络零售额", "亿元", null, 61.2, "区统计局");
  row("2019年农产品网络零售额", "亿元", null, 5.12, "区统计局");
  row("2020年农产品网络零售额", "亿元", null, 6.35, "区统计局");
  secRow("五、电商培训");
  row("电商培训", "人次", ptTown, sum(ptTown), "按培训地点统计");
  row("有劳动能力且未外出务工的相对贫困人口", "人", eligTown, sum(eligTown), null);
  row("其中：已参加电商培训", "人", trTown, sum(trTown), "按身份证号去重");
  secRow("六、信息公开与报送");
  row("专栏公示创建方案", "是/否", null, "是", null);
  row("专栏公示项目基本信息", "是/否", null, "是", null);
  row("专栏每月公示建设进度", "是/否", null, "是", null);
  row("专栏设立监督举报窗口", "是/否", null, "是", "监督举报信箱");
  row("每月向市商务局报送工作情况", "是/否", null, "是", null);
  row("能统计电商扶贫情况", "是/否", null, "是", null);
  secRow("七、资金管理");
  row("省级下达专项资金", "万元", null, 500, null);
  row("累计拨付", "万元", null, wan4(spent), "截至8月31日");
  row("专项资金管理制度", "是/否", null, "是", null);
  row("资金专用台账", "是/否", null, "是", null);
  row("项目总体进度", "%", null, 88, null);
  secRow("八、一票否决事项");
  row("安全生产、质量事故或重大损失", "有/无", null, "无", null);
  row("弄虚作假", "有/无", null, "无", null);
  fr.push(padRow([], W));
  secRow("九、自评得分");
  fr.push(padRow(["序号", "评价指标", "分值", "自评分", "其中主观评分项", null, null, null, "主观分"], W));
  fm.push(`E${fr.length}:H${fr.length}`);
  const SA = [
    ["组织领导", 2, 2, []], ["方案制定", 2, 2, [["方案制定（1-2分）", 2]]], ["政策支持", 2, 2, [["政策支持（1-2分）", 2]]],
    ["项目管理", 4, 3, [["项目管理制度（1-2分）", 2], ["工作台账（1-2分）", 1]]],
    ["服务体系建设：县级中心与产业园", 15, 15, []], ["服务体系建设：村级站点覆盖", 10, 10, []],
    ["农村产品上行", 10, 8, [["网销调研（1-2分）", 2], ["网络促销活动（1-2分）", 2], ["交易标准与冷链溯源（1-2分）", 2]]],
    ["电商人才培训", 20, 20, []], ["信息公开", 4, 4, []], ["数据上报", 6, 6, []], ["案例总结", 2, 2, []], ["经验推广", 8, 8, []],
    ["制度建立", 5, 5, [["资金管理制度（1-5分）", 5]]], ["资金台账", 5, 4, [["资金专用台账（1-5分）", 4]]], ["资金支出", 5, 4, [["资金及时拨付（1-5分）", 4]]],
    ["加分项：贫困人口培训率≥70%", 2, 2, []], ["加分项：电商扶贫典型案例获电视播报", 2, 2, []],
  ];
  SA.forEach(([name, max, self, subs], k) => {
    const r0 = fr.length + 1;
    const lines = subs.length ? subs : [[null, null]];
    lines.forEach(([sub, p], i) => {
      fr.push(padRow([i === 0 ? (k < 15 ? k + 1 : `加${k - 14}`) : null, i === 0 ? name : null, i === 0 ? max : null, i === 0 ? self : null, sub, null, null, null, p], W));
      fm.push(`E${fr.length}:H${fr.length}`);
    });
    for (const c of ["A", "B", "C", "D"]) mergeCol(fm, c, r0, fr.length);
  });
  const claimedList = SA.slice(0, 15).map((x) => x[2]);
  fr.push(padRow(["合计", null, 100, `${sum(claimedList)}＋${SA[15][2] + SA[16][2]}`], W));
  fm.push(`A${fr.length}:B${fr.length}`);
  fr.push(padRow(["填表人：钟××　　审核人：刘××（区商务局副局长）　　填表日期：2021年9月6日"], W));
  fm.push(`A${fr.length}:R${fr.length}`);
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = claimedList[j]));
  claimed["bonus.poorTraining"] = SA[15][2];
  claimed["bonus.tvCase"] = SA[16][2];
  assert(sum(claimedList) === 95, "c1 claimed 95");

  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 2 + 1,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 0 + 1, "work.coverage": 5 + 5, "work.upward": 2 + 2 + 1 + 1 + 2 + 0,
    "work.training": 10 + 10, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 2, "bonus.tvCase": 0,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 92 && bonus === 2, "c1 total " + scored);
  assert(pct1(612 - 486, 486) === "25.9%" && pct1(635 - 512, 512) === "24.0%", "c1 growth");
  const derivation = [
    "org.leadership: 基础数据表二：区委副书记、区长任组长（主要领导）；成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局 → 2",
    "org.plan: 方案已印发（增府办函〔2020〕37号）；自评块“方案制定（1-2分）”主观分2 → 2",
    "org.policy: 扶持办法已出台；主观分2 → 2",
    "org.management: 项目管理制度2 ＋ 工作台账1 → 3",
    `work.center: 中心2020年10月16日投入运营 → 2；≤2021-02-28，运行满6个月 → 2；免费培训2、免费展示销售1、免费摄影美工1、统一推广品牌1、其他增值服务1 都写“是”；产业园已整合 → 2；入驻企业台账截止日在园的行是20行（22行中“${sepFirm.n}”2021年9月入驻不算，“${firms[8].n}”2021.6.30退园不算），但“${renamed.n}”与“${firms[2].n}”统一社会信用代码相同、备注写明是更名后的同一企业，按信用代码去重只有19家 < 20 → 0（基础数据表“20家”是按行数的）；类型有平台型、销售型、电商运营商、物流企业 → 1；合计13（自评15）`,
    `work.coverage: 村居名单行政村226个（社区36个不算）> 200，基数按200；站点台账“开始运营时间”≤8月31日覆盖的行政村140个（“${vMonth}”只写“2021年8月”，8月内算；“${vSept}”2021.9.3、“${vPlan}”“筹建”不算；6个村的第二个服务点只算一次；“${byTown("新塘镇").cs[0]}”社区服务点不算；所在村写成“××村委会”“××村民委员会”的要与名单对上） → 140/200 = 70.0% ≥ 70% → 5（若不按200封顶：140/226 = 61.9% → 2）；我区无省定贫困村（名单注明，“广州市相对贫困村”是市定帮扶村，不是省定贫困村；若误当贫困村是11/12 = 91.7% → 3） → 5，并提示无省定贫困村；合计10`,
    "work.upward: 网销调研2、网络促销2、交易标准与冷链溯源2（主观分）；第三方运营服务商“是” → 1；村居名单“快递进村”列行政村全是“是” → 1；农村网零48.6亿→61.2亿元，增长25.9%；农产品网零5.12亿→6.35亿元，增长24.0%，都不到30% → 0；合计8",
    `work.training: 培训台账按期次“参训人次”、培训日期≤8月31日（两天班按结束日）：第1—30期合计${fmtInt(ptCut)}人次，第31期（2021年9月9日，138人次）不算，季度小计行和合计行不重复计；常住人口146.66万人 > 50万，基数按500,000 → ${fmtInt(ptCut)}/500,000 = ${pct2(ptCut, 500000)} ≥ 1% → 10（若不封顶：${pct2(ptCut, POP)} → 0）；相对贫困人口名单中有劳动能力（含弱劳动能力）且不是“区外务工”的80人；参训名单截止日前按身份证号去重对上的56人（一人身份证号末位写成小写“x”，须与名单的“X”对上；三人参训两次只算一次；“${septOnly.name}”只参加9月第31期不算；两名区外务工、一名${nols[0].lab}的不在80人内） → 56/80 = 70.0% ≥ 50% → 10（基础数据表“57人”含9月那一人）；合计20`,
    "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度，设监督举报信箱 → 2；专栏更新记录2020年9月—2021年8月中2021年1月没有更新 → 11个月，不定时 → 1；合计3（自评4）",
    "info.reporting: 月报报送表（月份横排）：2020年8月—2021年8月月报分别在次月报送，报送日期覆盖2020年9月—2021年8月每个月 → 3；“含电商扶贫统计”都是“是” → 3；合计6",
    "promo.cases: 2021年7月15日向广州市商务局报送经验材料 → 2（9月20日的总结在截止日后）",
    "promo.media: 南方日报（省级） → 4；广州日报、广州广播电视台（市级） → 3；增城日报（区级） → 1；中央广播电视总台2021-09-12在截止日后不算 → 8",
    "fund.system: 主观分5 → 5",
    "fund.ledger: 主观分4 → 4",
    `fund.spending: 资金台账（元）拨付日期≤8月31日的10笔合计${fmtMoney(spent)}元，9月15日53万元不算，合计行不是拨付 → ${fmtMoney(spent)}/5,000,000 = ${pct1(spent, 5000000)} ≥ 70% → 及时拨付主观分4 → 4`,
    "bonus.poorTraining: 相对贫困人口培训率56/80 = 70.0% ≥ 70% → 2",
    "bonus.tvCase: 截止日前的电商扶贫典型案例电视播报只有广州广播电视台（市级），不是国家级或省级；中央广播电视总台是2021-09-12播出，在截止日后 → 0（自评2）",
    "veto.incident: 基础数据表“无” → 不否决",
    "veto.progress: 项目总体进度88% ≥ 40% → 不否决",
    "veto.fraud: “无” → 不否决",
  ];
  return {
    description:
      "广州增城区商务局整本考评工作簿（12个表：基础数据（分镇街）＋十一个台账），92＋加分2＝94分、未否决（自评95＋4）：事实表是一张“分镇街”的基础数据表——两行表头（“街道”合并在荔城街…宁西街六列上、“镇”合并在新塘镇…仙村镇七列上），逐镇街列数、最右“全区合计”才是全区数，全区性的事项（组长、方案、中心运营日期、零售额亿元、资金万元）只填在“全区合计”列、镇街列空着，表下“九、自评得分”块有指标自评分和主观分项；台账有226个行政村的村居名单（超过200，覆盖率按200算；“广州市相对贫困村（市定）”不是省定贫困村，名单注明无省定贫困村）、按镇街分块的站点台账（正好140村，含“2021年8月”、9月、筹建、社区、同村第二点）、带季度小计行的按期次培训台账（5,046人次，常住人口146.66万按50万封顶）、相对贫困人口与参训名单（一人小写x，56/80＝70%正好够加分）、入驻企业（更名企业两行同一信用代码，去重后19家）、资金（元，文本千分位混写，9月一笔）、月份横排的月报报送、缺1月的专栏更新、宣传报道（市级电视典型案例、央视9月）和经验材料。",
    sheets: [
      { name: "基础数据（分镇街）", rows: fr, merges: fm },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "培训台账", rows: tRows, merges: tMerges },
      { name: "相对贫困人口", rows: pRows, merges: pMerges },
      { name: "参训名单", rows: roRows, merges: roMerges },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金台账", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: rRows, merges: ["A1:N1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:C1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 珠海香洲区: 双人录入核对表 (A and B typed the same items; read 复核确认值, “同左” = the agreed A/B value)
// =====================================================================================================
function buildF1() {
  // [label, unit, A, B, agree, confirmed ("同左" when agree), basis]
  const T = [
    ["一、基本情况"],
    ["区（县）名称", "—", "香洲区", "珠海市香洲区", false, "香洲区", "按省考评名单写法"],
    ["考评截止日期", "日期", D("2021-08-31"), "2021.8.31", true, "同左", null],
    ["常住人口", "万人", 131.85, 1318500, false, 131.85, "B按“人”录入，与单位不符，按万人确认"],
    ["行政村个数", "个", 9, 9, true, "同左", "区民政局名录（不含社区）"],
    ["省定贫困村个数", "个", 0, "无", true, "同左", "珠三角地区未认定省定贫困村"],
    ["二、组织领导"],
    ["领导小组组长", "—", "区长", "区委副书记、区长", true, "同左", "香府办〔2020〕12号"],
    ["成员单位", "—", "商务、财政、农业农村、乡村振兴等18个部门", "区商务局、区财政局、区农业农村局、区乡村振兴局等", true, "同左", null],
    ["已正式印发示范创建工作方案", "是/否", "是", "是", true, "同左", "香府办〔2020〕19号"],
    ["已出台支持农村电商发展的政策", "是/否", "是", "否", false, "否", "《扶持办法》仍在征求意见，未正式出台"],
    ["三、公共服务中心与产业园"],
    ["公共服务中心投入运营日期", "日期", "2020-11-28", "2020-11-18", false, "2020年11月18日", "以运营方开业通知为准（11月28日为揭牌仪式）"],
    ["免费培训场所、设备，能组织电商基础培训", "是/否", "是", "√", true, "同左", null],
    ["为特色农产品提供免费展示、销售服务", "是/否", "是", "是", true, "同左", null],
    ["为电商市场主体提供免费摄影、美工服务", "是/否", "是", "否", false, "否", "摄影棚按成本价收费"],
    ["组织农产品统一推广、指导品牌建设", "是/否", "是", "是", true, "同左", null],
    ["提供其他衍生增值服务", "是/否", "是", "是", true, "同左", "代运营、跨境电商对接"],
    ["建设或整合、优化电商产业园", "是/否", "是", "是", true, "同左", "香洲区电商产业园（前山）"],
    ["四、上行与物流"],
    ["有专业第三方电商运营服务商", "是/否", "是", "是", true, "同左", null],
    ["行政村物流快递覆盖率100%", "是/否", "是", "是", true, "同左", "珠海市邮政管理局证明"],
    ["2019年农村网络零售额", "亿元", 21.37, 21.37, true, "同左", "区统计局"],
    ["2020年农村网络零售额", "亿元", 27.95, 27.59, false, 27.95, "B录入时两位数字颠倒"],
    ["2020年农村网络零售额同比增速", "%", 30.8, 29.1, false, 30.8, "(27.95-21.37)/21.37"],
    ["2019年农产品网络零售额", "亿元", "—", "—", true, "同左", "区统计局未单列"],
    ["2020年农产品网络零售额", "亿元", "—", "未统计", true, "同左", "区统计局未单列"],
    ["五、培训"],
    ["电商培训人次", "人次", "13,412", 13412, true, "同左", "截至8月31日"],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", "人", 126, 162, false, 126, "区乡村振兴局确认数"],
    ["参加电商培训的建档立卡贫困人口", "人", 88, 88, true, "同左", "按身份证号去重"],
    ["六、信息公开与数据上报"],
    ["专栏公示创建方案", "是/否", "是", "是", true, "同左", null],
    ["专栏公示项目基本信息", "是/否", "是", "是", true, "同左", null],
    ["专栏公示项目建设进度", "是/否", "是", "是", true, "同左", null],
    ["专栏设立征求意见或监督举报窗口", "是/否", "是", "否", false, "否", "专栏只公布了举报电话，未设征求意见或监督举报栏目"],
    ["能统计电商扶贫情况", "是/否", "是", "是", true, "同左", null],
    ["七、资金"],
    ["下达资金总额", "万元", 500, 500, true, "同左", null],
    ["累计拨付资金", "万元", 386.42, 386.24, false, 386.42, "以区财政局国库支付数为准"],
    ["已制定资金管理制度", "是/否", "是", "是", true, "同左", null],
    ["已建立资金专用台账", "是/否", "是", "是", true, "同左", null],
    ["项目总体进度", "%", 85, "85%", true, "同左", null],
    ["八、一票否决"],
    ["发生安全生产、质量事故或重大损失", "有/无", "无", "无", true, "同左", null],
    ["弄虚作假", "有/无", "无", "无", true, "同左", null],
    ["九、主观评分项自评分"],
    ["方案制定（1-2分）", "分", 2, 2, true, "同左", null],
    ["政策支持（1-2分）", "分", 1, "—", false, "—", "政策未出台，不自评"],
    ["项目管理制度（1-2分）", "分", 2, 2, true, "同左", null],
    ["工作台账（1-2分）", "分", 2, 1, false, 1, "台账7月后才补齐"],
    ["网销调研及建议（1-2分）", "分", 1, 1, true, "同左", null],
    ["网络促销活动（1-2分）", "分", 2, 2, true, "同左", null],
    ["交易标准与冷链、溯源系统（1-2分）", "分", 1, 2, false, 1, "冷链仓未验收"],
    ["资金管理制度（1-5分）", "分", 4, 5, false, 4, null],
    ["资金专用台账（1-5分）", "分", 4, 4, true, "同左", null],
    ["资金及时拨付（1-5分）", "分", 4, 3, false, 4, null],
  ];
  const rows = [["香洲区电子商务进农村综合示范考评基础数据　双人录入核对表"],
    ["说明：考评数据由两人分别录入（录入A：区商务局电商股 黄××；录入B：区电商公共服务中心 梁××），逐项比对。“核对”列 ✓＝两人一致，✗＝不一致。以“复核确认值”为准；两人一致的，复核确认值填“同左”。"],
    ["复核人：区商务局副局长 谭××　　　复核日期：2021年9月3日　　　数据截至2021年8月31日"],
    ["序号", "数据项", "单位", "录入A", "录入B", "核对", "复核确认值", "复核依据／说明"]];
  const merges = ["A1:H1", "A2:H2", "A3:H3"];
  let no = 0;
  for (const t of T) {
    if (t.length === 1) {
      rows.push([t[0], null, null, null, null, null, null, null]);
      merges.push(`A${rows.length}:H${rows.length}`);
      continue;
    }
    no++;
    const [label, unit, a, b, agree, conf, basis] = t;
    assert(agree === (conf === "同左"), "f1 同左 only where A and B agree: " + label);
    rows.push([no, label, unit, a, b, agree ? "✓" : "✗", conf, basis]);
  }
  rows.push(["录入A（签名）：黄××　　　录入B（签名）：梁××　　　复核（签名）：谭××", null, null, null, null, null, null, null]);
  merges.push(`A${rows.length}:H${rows.length}`);
  assert(pct1(2795 - 2137, 2137) === "30.8%", "f1 growth 30.8%");
  return {
    description:
      "珠海香洲区商务局的《考评基础数据双人录入核对表》：两人分别录入同一批数据（录入A电商股、录入B区电商中心），表头 序号｜数据项｜单位｜录入A｜录入B｜核对（✓一致／✗不一致）｜复核确认值｜复核依据，说明行写明“以复核确认值为准，两人一致的填‘同左’”；读法：✗行读复核确认值（常住人口B按人录入的1318500与A的131.85万人同值、确认131.85万人；扶持政策、免费摄影美工、监督举报窗口确认“否”；中心运营日期确认11月18日而不是揭牌的28日；2020年农村网零确认27.95亿元、增速30.8%；贫困人口确认126人不是162人；拨付386.42万元），“同左”行读A、B一致的值（“—”“未统计”的农产品网零同左仍是没有数据），主观分块中政策支持确认“—”（不自评），其余按确认分。",
    sheets: [{ name: "双录核对", rows, merges }],
    expect: {
      facts: {
        county: "香洲区", asOf: "2021-08-31", residentPopulation: 1318500, adminVillagesStated: 9, poorVillagesStated: 0,
        planIssued: true, policyIssued: false, centerOpened: "2020-11-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 2137000000, ruralRetail2020: 2795000000, ruralRetailGrowthStated: 0.308, trainingPersonTimesStated: 13412,
        eligiblePoorPersonsStated: 126, trainedPoorPersonsStated: 88,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3864200, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.85,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 珠海斗门区: 局务会审定考评自评数据记录表 (汇报初稿 | 讨论意见 | 议定结果 | 自评分（议定）)
// =====================================================================================================
function buildF2() {
  const septPT = 236;
  const reportedPT = 6128;
  const finalPT = reportedPT - septPT;
  // [议定事项, 汇报（初稿）, 讨论意见, 议定结果, 自评分（议定）]
  const T = [
    ["基本情况", "全区常住人口55.97万人（七普）；行政村103个、社区21个；珠三角地区无省定贫困村，我区省定贫困村0个。", "无异议", "按汇报", "—"],
    ["组织领导", "成立以区长为组长的创建工作领导小组，区商务局、区财政局、区农业农村局参与。", "漏写区乡村振兴局（原区扶贫办），该局是领导小组成员单位，应补上。", "区委副书记、区长任组长；成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局等", 2],
    ["方案制定", "2020年6月正式印发《斗门区电子商务进农村综合示范工作方案》（斗府办〔2020〕21号），拟自评2分。", "方案可操作性一般，部分任务无时间节点，自评1分为宜。", "按讨论意见，方案制定自评1分", 1],
    ["政策支持", "出台《斗门区促进农村电子商务发展扶持办法》，资金扶持已兑现，拟自评2分。", "无异议", "按汇报", 2],
    ["项目管理", "制定项目管理制度，招标、验收严格执行（2分）；建立工作台账（2分）。", "工作台账8月才补齐，台账自评1分。", "项目管理制度2分，工作台账1分", 3],
    ["县级中心与产业园", "区电子商务公共服务中心2020年9月30日揭牌，10月12日起投入运营；免费培训场所和设备、特色农产品免费展示销售、免费摄影美工、统一推广和品牌建设、代运营等增值服务均已开展；整合白蕉电商产业园，入驻企业23家，有平台型、销售型、电商运营商、物流企业。", "摄影美工服务8月起改为按件收费，不能再算免费。", "免费摄影美工不得分，其余按汇报", 14],
    ["村级站点覆盖", "103个行政村已建站78个，覆盖率75.7%；无省定贫困村。", "无异议", "按汇报", 10],
    ["农村产品上行", "委托第三方开展农产品网销调研并形成建议（2分）；开展线上促销活动6场（2分）；第三方运营服务商为珠海斗门优选电子商务有限公司；行政村快递覆盖率100%；制定白蕉海鲈电商交易标准、建成冷链中心（2分）；2020年农村网络零售额34.6亿元，同比增长18.3%；农产品网络零售额9.82亿元，同比增长36.7%。", "交易标准尚未正式发布，交易标准与冷链溯源自评1分。", "交易标准与冷链溯源1分，其余按汇报", 9],
    ["电商人才培训", `累计培训${fmtInt(reportedPT)}人次（含9月两期）；有劳动能力且未外出务工的建档立卡贫困人口214人，已参训121人。`, `9月两期（${septPT}人次）在考评截止日后，应剔除。`, `培训人次按${fmtInt(finalPT)}人次上报；贫困人口按汇报`, 20],
    ["信息公开", "区政府网站设立专栏，公示创建方案、项目基本信息、每月建设进度，设监督举报信箱；2020年9月起按月更新。", "无异议", "按汇报", 4],
    ["数据上报", "每月向珠海市商务局报送工作情况，附电商扶贫统计表。", "无异议", "按汇报", 6],
    ["案例总结", "向珠海市商务局报送经验材料1篇（2021年6月）。", "无异议", "按汇报", 2],
    ["经验推广", "南方日报、珠海特区报、斗门电视台宣传报道。", "无异议", "按汇报", 8],
    ["制度建立", "制定《斗门区电子商务进农村综合示范专项资金管理办法》，拟自评5分。", "无异议", "按汇报", 5],
    ["资金台账", "各承建单位均建立资金专用台账，拟自评4分。", "无异议", "按汇报", 4],
    ["资金支出", "省下达专项资金500万元，截至8月31日累计拨付372.9万元，支出率74.6%；拟自评及时拨付4分。", "有两笔进度款拨付滞后一个多月，及时拨付自评3分。", "资金及时拨付3分，其余按汇报", 3],
    ["加分项", "建档立卡贫困人口培训率56.5%，未达70%；电商扶贫典型案例获广东广播电视台播报，拟申报加1分。", "广东台那条是9月7日播出，在考评截止日后，不能申报。", "加分项均不申报", 0],
    ["一票否决项", "未发生安全生产、质量事故；无弄虚作假；项目总体进度86%。", "无异议", "按汇报", "—"],
  ];
  const rows = [["斗门区商务局局务会议审定考评自评数据记录表"],
    ["会议时间：2021年9月2日上午　　地点：局三楼会议室　　主持：局长 吴××　　记录：电商股 冯××"],
    ["出席：局领导班子成员、办公室、电商股、财务股　　数据口径：截至2021年8月31日（省考评截止日期）"],
    ["说明：以“议定结果”列为准；议定结果写“按汇报”的，以电商股汇报内容为准；“自评分（议定）”为各评价指标的自评得分。"],
    ["序号", "议定事项", "电商股汇报（初稿）", "讨论意见", "议定结果", "自评分（议定）"]];
  const merges = ["A1:F1", "A2:F2", "A3:F3", "A4:F4"];
  T.forEach(([k, rep, dis, res, sc], j) => rows.push([j + 1, k, rep, dis, res, sc]));
  const claimedList = T.slice(1, 16).map((t) => t[4]);
  const total = sum(claimedList);
  rows.push(["合计", null, null, null, "评价指标自评合计（不含加分）", total]);
  merges.push(`A${rows.length}:D${rows.length}`);
  rows.push(["议定：以上自评数据和自评分由电商股按议定结果修改后，报区政府分管领导审定后上报市商务局。", null, null, null, null, null]);
  merges.push(`A${rows.length}:F${rows.length}`);
  assert(claimedList.length === 15 && total === 93, "f2 claimed 93 " + total);
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = claimedList[j]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 0;
  assert(pct1(3729000, 5000000) === "74.6%" && pct1(121, 214) === "56.5%" && finalPT === 5892, "f2 numbers");
  return {
    description:
      "珠海斗门区商务局局务会审定考评自评数据的《记录表》：抬头三行（会议时间地点主持记录、出席和“数据口径截至2021年8月31日”、说明“以议定结果列为准，写‘按汇报’的以电商股汇报为准”），表头 序号｜议定事项｜电商股汇报（初稿）｜讨论意见｜议定结果｜自评分（议定），一个评价指标一行，事实写在汇报句子里、被讨论意见改过的以议定结果为准（成员单位补上区乡村振兴局；方案制定2分改1分；工作台账改1分；摄影美工按件收费改为不免费；交易标准改1分；培训6,128人次剔除9月两期236人次后按5,892人次；及时拨付改3分；广东台案例9月7日播出、加分不申报），中心运营日期是10月12日投入运营而不是9月30日揭牌，自评分（议定）列是 claimed，合计93。",
    sheets: [{ name: "局务会审定记录", rows, merges }],
    expect: {
      facts: {
        county: "斗门区", asOf: "2021-08-31", residentPopulation: 559700, adminVillagesStated: 103, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-10-12", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: 3460000000, ruralRetailGrowthStated: 0.183, agriRetail2020: 982000000, agriRetailGrowthStated: 0.367,
        trainingPersonTimesStated: finalPT, eligiblePoorPersonsStated: 214, trainedPoorPersonsStated: 121,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3729000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.86,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 1, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f3 — 佛山南海区: 分时点数据表 (four “截至” columns; read the 2021-08-31 column, not the later “最新” one)
// =====================================================================================================
function buildF3() {
  // [label, unit, 2020-12-31, 2021-06-30, 2021-08-31 (考评), 最新 2021-09-15, note]
  const T = [
    ["一、基本情况"],
    ["常住人口", "万人", 366.72, 366.72, 366.72, 366.72, "七普"],
    ["行政村", "个", 86, 86, 86, 86, "不含社区"],
    ["省定贫困村", "个", 0, 0, 0, 0, null],
    ["二、组织领导"],
    ["领导小组组长", "—", "副区长", "区委副书记、区长", "区委副书记、区长", "区委副书记、区长", "2021年3月调整为区长任组长"],
    ["领导小组成员单位", "—", "区经促局、区财政局、区农业农村局", "区经促局、区财政局、区农业农村局", "区经促局、区财政局、区农业农村局、区乡村振兴局", "区经促局、区财政局、区农业农村局、区乡村振兴局", "2021年7月增补区乡村振兴局"],
    ["示范创建工作方案", "是/否", "是", "是", "是", "是", "南府办〔2020〕28号"],
    ["农村电商扶持政策", "是/否", "否", "否", "否", "是", "《扶持办法》2021年9月10日印发"],
    ["三、服务体系"],
    ["区公共服务中心投入运营日期", "日期", "—", D("2021-02-26"), D("2021-02-26"), D("2021-02-26"), null],
    ["中心免费培训场所、设备", "是/否", "否", "是", "是", "是", null],
    ["中心免费展示、销售特色农产品", "是/否", "否", "是", "是", "是", null],
    ["中心免费摄影、美工", "是/否", "否", "否", "否", "是", "9月起免费"],
    ["统一推广、品牌建设", "是/否", "否", "是", "是", "是", null],
    ["其他衍生增值服务", "是/否", "否", "否", "否", "否", null],
    ["电商产业园（建设或整合）", "是/否", "是", "是", "是", "是", "南海电商产业园（大沥）"],
    ["产业园入驻企业", "家", 14, 18, 21, 23, null],
    ["四、上行与物流"],
    ["第三方电商运营服务商", "是/否", "是", "是", "是", "是", null],
    ["行政村物流快递覆盖率", "%", 92.3, 98.8, 100, 100, null],
    ["2019年农村网络零售额", "亿元", "—", 182.4, 182.4, 182.4, "区统计局2021年3月提供"],
    ["2020年农村网络零售额", "亿元", "—", 236.9, 236.9, 236.9, null],
    ["2020年农村网络零售额同比增速", "%", "—", 29.9, 29.9, 29.9, null],
    ["2019年农产品网络零售额", "亿元", "—", 11.63, 11.63, 11.63, null],
    ["2020年农产品网络零售额", "亿元", "—", 15.32, 15.32, 15.32, null],
    ["2020年农产品网络零售额同比增速", "%", "—", 31.7, 31.7, 31.7, null],
    ["五、培训"],
    ["电商培训", "人次", "2,136", "4,208", "5,317", "5,689", "累计"],
    ["有劳动能力且未外出务工的建档立卡贫困人口", "人", 312, 312, 305, 305, "乡村振兴局动态调整"],
    ["其中参加电商培训", "人", 96, 158, 171, 180, "按身份证号去重"],
    ["六、信息公开与报送"],
    ["专栏公示创建方案", "是/否", "是", "是", "是", "是", null],
    ["专栏公示项目基本信息", "是/否", "是", "是", "是", "是", null],
    ["专栏公示建设进度", "是/否", "是", "是", "是", "是", null],
    ["专栏征求意见或监督举报窗口", "是/否", "否", "否", "是", "是", "2021年7月上线"],
    ["能统计电商扶贫情况", "是/否", "否", "是", "是", "是", null],
    ["七、资金"],
    ["下达资金", "万元", 500, 500, 500, 500, null],
    ["累计拨付", "万元", 126.5, 288.3, 361.75, 402.6, null],
    ["资金管理制度", "是/否", "是", "是", "是", "是", null],
    ["资金专用台账", "是/否", "是", "是", "是", "是", null],
    ["项目总体进度", "%", 35, 68, 86, 90, null],
    ["八、一票否决"],
    ["安全生产、质量事故或重大损失", "有/无", "无", "无", "无", "无", null],
    ["弄虚作假", "有/无", "无", "无", "无", "无", null],
  ];
  const rows = [["南海区电子商务进农村综合示范创建主要数据（分时点）"],
    ["填报单位：南海区经济促进局（商务）　　考评截止日期：2021年8月31日"],
    ["说明：考评数据以“截至2021年8月31日（考评）”一栏为准；“最新（截至2021年9月15日）”一栏供领导参阅，不作考评数据。"],
    ["序号", "项目", "单位", "截至2020年12月31日", "截至2021年6月30日", "截至2021年8月31日（考评）", "最新（截至2021年9月15日）", "备注"]];
  const merges = ["A1:H1", "A2:H2", "A3:H3"];
  let no = 0;
  for (const t of T) {
    if (t.length === 1) {
      rows.push([t[0], null, null, null, null, null, null, null]);
      merges.push(`A${rows.length}:H${rows.length}`);
      continue;
    }
    no++;
    rows.push([no].concat(t));
  }
  rows.push([null, null, null, null, null, null, null, null]);
  rows.push(["九、主观评分项自评（按截至2021年8月31日情况）", null, null, null, null, null, null, null]);
  merges.push(`A${rows.length}:H${rows.length}`);
  rows.push(["序号", "评分项", "分值范围", "自评分", "说明", null, null, null]);
  merges.push(`E${rows.length}:H${rows.length}`);
  const J = [["方案制定", "1-2", 2, null], ["政策支持", "1-2", "—", "截止日前未出台，不自评"], ["项目管理制度", "1-2", 2, null], ["工作台账", "1-2", 2, null],
    ["网销调研及建议", "1-2", 2, null], ["网络促销活动", "1-2", 1, "促销活动2场"], ["交易标准与冷链、溯源系统", "1-2", 1, "溯源系统试运行"],
    ["资金管理制度", "1-5", 5, null], ["资金专用台账", "1-5", 4, null], ["资金及时拨付", "1-5", 4, null]];
  J.forEach(([k, r, p, n], j) => {
    rows.push([j + 1, k, r, p, n, null, null, null]);
    merges.push(`E${rows.length}:H${rows.length}`);
  });
  rows.push(["填表：电商科 麦××　　审核：区经济促进局副局长 关××　　2021年9月15日", null, null, null, null, null, null, null]);
  merges.push(`A${rows.length}:H${rows.length}`);
  assert(pct1(2369 - 1824, 1824) === "29.9%" && pct1(1532 - 1163, 1163) === "31.7%", "f3 growth");
  return {
    description:
      "佛山南海区经济促进局（商务）的《主要数据（分时点）》：标题下写考评截止日期和说明“以‘截至2021年8月31日（考评）’一栏为准，‘最新（截至2021年9月15日）’一栏供领导参阅、不作考评数据”，表头 序号｜项目｜单位｜截至2020年12月31日｜截至2021年6月30日｜截至2021年8月31日（考评）｜最新（截至2021年9月15日）｜备注，同一项目四个时点各一格、分八节；读法：只读第三个时点一栏——组长去年是副区长、3月起区长，成员单位7月才补上区乡村振兴局；扶持政策和免费摄影美工到8月31日仍是“否”（9月才变“是”）；监督举报窗口7月上线为“是”；快递覆盖率100%；培训5,317人次不是最新的5,689；贫困人口305人中参训171人；拨付361.75万元；进度86%；零售额在去年年底一栏是“—”；下面“九、主观评分项自评”块政策支持“—”不自评。",
    sheets: [{ name: "分时点数据", rows, merges }],
    expect: {
      facts: {
        county: "南海区", asOf: "2021-08-31", residentPopulation: 3667200, adminVillagesStated: 86, poorVillagesStated: 0,
        planIssued: true, policyIssued: false, centerOpened: "2021-02-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 18240000000, ruralRetail2020: 23690000000, ruralRetailGrowthStated: 0.299,
        agriRetail2019: 1163000000, agriRetail2020: 1532000000, agriRetailGrowthStated: 0.317,
        trainingPersonTimesStated: 5317, eligiblePoorPersonsStated: 305, trainedPoorPersonsStated: 171,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3617500, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.86,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2, "work.upward.promotion": 1,
        "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// l1 — 韶关浈江区: 填表说明, sign-in sheets stacked one session under another, 脱贫人口 with Y/N, stations with 小计 rows, media
// =====================================================================================================
function buildL1() {
  const REG = "440204";
  const TOWNS = [["犁市镇", 7], ["花坪镇", 6], ["新韶镇", 5], ["乐园镇", 6], ["十里亭镇", 4]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("上下新老大石黄龙马水岭塘", ["坑", "田", "岗", "洞", "坝", "湾", "口", "寨", "围", "背"], "村", prefixes);
  const towns = TOWNS.map(([t, n]) => ({ t, vs: Array.from({ length: n }, () => vName()) }));
  const townOf = {};
  for (const x of towns) for (const v of x.vs) townOf[v] = x.t;
  const allV = towns.flatMap((x) => x.vs);
  const short = (v) => v.replace(/村$/, "");

  // ---------------- 脱贫人口 (Y/N)
  const poorVs = [towns[0].vs[0], towns[0].vs[1], towns[1].vs[0], towns[3].vs[2], towns[4].vs[1]];
  const people = [];
  let hh = 0;
  for (const v of poorVs) {
    for (let h = 0; h < 3; h++) {
      hh++;
      const sur = SURNAMES[rint(0, SURNAMES.length - 1)];
      const size = [3, 2, 4][h];
      for (let m = 0; m < size; m++) {
        const rel = m === 0 ? "户主" : m === 1 ? "配偶" : m === 2 ? "子女" : "父母";
        const birth = rel === "父母" ? birthBetween(1938, 1952) : rel === "子女" ? birthBetween(1996, 2008) : birthBetween(1965, 1985);
        const student = rel === "子女" && birth > "2003-09-01";
        let labour;
        let migrant;
        if (rel === "父母") {
          labour = "N";
          migrant = "—";
        } else if (student) {
          labour = "N";
          migrant = "—";
        } else {
          labour = "Y";
          migrant = (hh + m) % 4 === 0 ? "Y" : "N";
        }
        people.push({ v, hh, rel, name: rel === "配偶" ? personName() : personName(sur), id: makeId(REG, birth, m % 2 === 0, undefined), labour, migrant, student });
      }
    }
  }
  // two labour persons whose 外出务工 was left blank (未核实)
  const unk = people.filter((p) => p.labour === "Y" && p.migrant === "N");
  unk[3].migrant = null;
  unk[9].migrant = null;
  const pRows = [["浈江区脱贫人口劳动能力及务工情况表"], ["填报单位：浈江区乡村振兴局　　　　统计时间：2021年8月"],
    ["序号", "镇（街）", "村", "户序号", "与户主关系", "姓名", "身份证号", "有劳动能力（Y/N）", "外出务工（Y/N）", "备注"]];
  const pMerges = ["A1:J1", "A2:J2"];
  const pRecs = [];
  people.forEach((p, j) => {
    pRows.push([j + 1, townOf[p.v], p.v, p.hh, p.rel, p.name, p.id, p.labour, p.migrant, p.student ? "在校生" : p.migrant === null ? "务工情况待核实" : null]);
    pRecs.push({ id: p.id, labour: p.labour === "Y", migrant: p.migrant === "Y" ? true : p.migrant === "N" ? false : null });
  });
  pRows.push(["注：外出务工指在区外务工；无劳动能力人员外出务工栏填“—”。"]);
  pMerges.push(`A${pRows.length}:J${pRows.length}`);
  assert(pRecs.some((r) => r.migrant === null && r.labour === true) && pRecs.some((r) => r.migrant === true), "l1 poor mix");

  // ---------------- 培训签到 (stacked blocks)
  const eligPeople = people.filter((p) => p.labour === "Y");
  const SES = [
    { no: 1, title: "农村电商基础知识培训班", cell: D("2020-10-22"), end: "2020-10-22", two: null, place: "区电子商务公共服务中心", n: 12, poor: false },
    { no: 2, title: "脱贫户电商技能培训班", cell: "2020年12月10日", end: "2020-12-10", two: null, place: "犁市镇党群服务中心", n: 10, poor: true },
    { no: 3, title: "直播带货实操培训班", cell: "2021年4月8日—9日", end: "2021-04-09", two: ["4月8日签到", "4月9日签到"], place: "区电子商务公共服务中心", n: 14, poor: false },
    { no: 4, title: "脱贫户电商技能培训班", cell: "2021.6.17", end: "2021-06-17", two: null, place: "花坪镇文化站", n: 11, poor: true },
    { no: 5, title: "短视频运营培训班", cell: "2021年9月2日", end: "2021-09-02", two: null, place: "区电子商务公共服务中心", n: 9, poor: false },
  ];
  const tRows = [["浈江区电子商务进农村培训签到表（汇总）"],
    ["说明：每期一张签到表，按期次自上而下排列；上午、下午（两天班为两天）任一次签到即计参训1人次，两次均未签到的为缺席，不计。"]];
  const tMerges = ["A1:H1", "A2:H2"];
  const tRecs = [];
  let ep = 0;
  let lowerDone = false;
  let spaceDone = false;
  for (const s of SES) {
    tRows.push([`第${s.no}期　${s.title}`, null, null, null, null, null, null, null]);
    tMerges.push(`A${tRows.length}:H${tRows.length}`);
    tRows.push(["培训时间", s.cell, null, "培训地点", s.place, null, "主办单位", "浈江区商务局"]);
    tMerges.push(`B${tRows.length}:C${tRows.length}`, `E${tRows.length}:F${tRows.length}`);
    const sig = s.two || ["上午签到", "下午签到"];
    tRows.push(["序号", "姓名", "性别", "身份证号码", "所在村（社区）", "是否脱贫户", sig[0], sig[1]]);
    let present = 0;
    for (let k = 0; k < s.n; k++) {
      let name;
      let id;
      let village;
      let isPoor = false;
      if (s.poor && ep < eligPeople.length) {
        const p = eligPeople[ep++];
        name = p.name;
        id = p.id;
        village = p.v;
        isPoor = true;
      } else {
        const male = rnd() < 0.5;
        name = personName();
        id = makeId(REG, birthBetween(1972, 2001), male, !lowerDone && s.no === 3 && k === 2 ? true : undefined);
        village = allV[rint(0, allV.length - 1)];
      }
      const pattern = k % 7 === 5 ? ["", ""] : k % 5 === 3 ? ["✓", ""] : k % 6 === 4 ? ["", "✓"] : ["✓", "✓"];
      const attended = pattern[0] || pattern[1];
      let shown = id;
      if (attended && !lowerDone && id.endsWith("X")) {
        shown = id.slice(0, 17) + "x";
        lowerDone = true;
      } else if (attended && !spaceDone && s.no === 4 && k === 1) {
        shown = spacedId(id);
        spaceDone = true;
      }
      tRows.push([k + 1, name, Number(id[16]) % 2 ? "男" : "女", shown, village, isPoor ? "是" : "否", pattern[0] || null, pattern[1] || null]);
      if (attended) {
        present++;
        tRecs.push({ date: s.end, personTimes: 1, id });
      }
    }
    tRows.push([`本期应到${s.n}人，实到${present}人。`, null, null, null, null, null, null, null]);
    tMerges.push(`A${tRows.length}:H${tRows.length}`);
    tRows.push([null, null, null, null, null, null, null, null]);
  }
  assert(lowerDone && spaceDone, "l1 lowercase x and spaced id");
  checkTrainingIds(tRecs, "l1");
  assert(tRecs.some((r) => r.date === "2021-04-09") && tRecs.some((r) => r.date === "2021-09-02"), "l1 range end and September");

  // ---------------- 站点清单 (小计 rows)
  const stV = shuffle(allV).slice(0, 20);
  const ST = stV.map((v) => ({ v, op: randIsoBetween("2020-08-01", "2021-08-20") }));
  ST[4].op = "2021-03";
  ST[9].op = "2021-09-06";
  ST[13].op = null;
  ST.push({ v: ST[2].v, op: randIsoBetween("2021-03-01", "2021-08-01"), second: true });
  const TORD = TOWNS.map((t) => t[0]);
  ST.sort((a, b) => TORD.indexOf(townOf[a.v]) - TORD.indexOf(townOf[b.v]) || cmp(a.op || "9", b.op || "9"));
  const sRows = [["浈江区村级电子商务服务站点清单"], ["序号", "镇（街）", "村（居）", "站点名称", "运营单位", "开始运营日期", "挂牌情况", "备注"]];
  const sMerges = ["A1:H1"];
  const sRecs = [];
  let sj = 0;
  for (const x of towns) {
    const list = ST.filter((s) => townOf[s.v] === x.t);
    if (!list.length) continue;
    const r0 = sRows.length + 1;
    for (const s of list) {
      sj++;
      const vcell = sj % 3 === 0 ? `${short(s.v)}村委会` : sj % 3 === 1 ? s.v : `${short(s.v)}村民委员会`;
      let dcell;
      if (s.op === null) dcell = "筹建中";
      else if (s.op === "2021-03") dcell = "2021年3月";
      else if (s.op === "2021-09-06") dcell = "2021.9.6";
      else dcell = dateCell(s.op, sj + 2);
      sRows.push([sj, x.t, vcell, `${short(s.v)}村${s.second ? "邮乐购" : "电商"}服务站`, s.second ? "中国邮政浈江区分公司" : "韶关浈江电商运营服务有限公司", dcell,
        s.op === null ? "未挂牌" : "已挂牌", s.second ? "同村第二个站点" : s.op === null ? "场地改造中" : null]);
      const rec = { village: s.v };
      if (s.op) rec.opened = s.op;
      sRecs.push(rec);
    }
    mergeCol(sMerges, "B", r0, sRows.length);
    sRows.push([null, `${x.t}小计`, null, `${list.length}个`, null, null, null, null]);
  }
  sRows.push([null, "合计", null, `${ST.length}个`, null, null, null, null]);
  assert(sRecs.length === 21 && sRecs.filter((r) => !r.opened).length === 1, "l1 21 stations");

  // ---------------- 宣传报道
  const MED = [["2020-11-05", "“浈江发布”微信公众号", "区级", "网络", "浈江首批村级电商服务站挂牌", "否", "d"], ["2021-01-14", "韶关广播电视台《韶关新闻》", "市级", "电视", "浈江脱贫户学直播", "是", "two"],
    ["2021-03-05", "南方+客户端", "省级", "网络", "浈江：电商助农“最后一公里”", "否", "dot"], ["2021-05-20", "广东广播电视台珠江频道《珠江新闻眼》", "省级", "电视", "浈江脱贫户直播卖沙田柚", "是", "cn"],
    ["2021-07-08", "新华网", "中央", "网络", "广东浈江：电商进村助振兴", "否", "d"], ["2021-09-09", "韶关日报", "市级", "报纸", "浈江电商进农村示范创建成效", "否", "dot"]];
  const LV = { 中央: "national", 省级: "province", 市级: "city", 区级: "county" };
  const mRows = [["浈江区电子商务进农村宣传报道登记表"], ["序号", "刊播日期", "媒体名称", "媒体级别", "载体", "标题", "是否电商扶贫典型案例"]];
  const mRecs = [];
  MED.forEach(([d, m, l, f, t, c, fmt], j) => {
    const dc = fmt === "d" ? D(d) : fmt === "two" ? twoDot(d) : fmt === "dot" ? dotDate(d) : cnDate(d);
    mRows.push([j + 1, dc, m, l, f, t, c]);
    mRecs.push({ date: d, level: LV[l], tv: f === "电视" });
  });

  const guide = [["填表说明"], ["1．本工作簿为浈江区电子商务进农村综合示范工作台账（二），由区商务局电商股汇总。"], ["2．“培训签到”按期次汇总各期签到表，每期表头上方注明培训时间、地点。"],
    ["3．“脱贫人口”由区乡村振兴局提供，劳动能力、外出务工以Y/N填写。"], ["4．“站点清单”按镇（街）排列，每镇末行为小计。"], ["5．“宣传报道”媒体级别分中央、省级、市级、区级。"],
    ["6．数据口径：截至2021年8月31日，之后新增的照列、在备注说明。"], ["联系人：电商股 温××　　电话：0751-8××××××"]];
  return {
    description:
      "韶关浈江区商务局电商股的《工作台账（二）》（五个表）：①《填表说明》是文字说明，不是台账；②《培训签到》把五期纸质签到表按期次自上而下摞在一张表里——每期一行期次标题、一行“培训时间｜（日期）｜培训地点｜（地点）｜主办单位｜浈江区商务局”、一行表头（序号｜姓名｜性别｜身份证号码｜所在村｜是否脱贫户｜上午签到｜下午签到，两天班是“4月8日签到｜4月9日签到”），期末一行“本期应到N人，实到M人”和一行空行；按说明任一次签到✓即计1人次、两格都空是缺席（不是记录），日期取培训时间（日期格、“2020年12月10日”、“2021年4月8日—9日”按结束日、“2021.6.17”、9月一期照列），一人身份证号末位小写x，一人身份证号中间带空格；③《脱贫人口》按户排列，“有劳动能力（Y/N）”“外出务工（Y/N）”，无劳动能力的务工栏“—”、两人务工栏空着（待核实）为未答；④《站点清单》按镇排列、每镇后有“××镇小计”行和最后“合计”行（不是站点），村名有村委会／村民委员会写法，开始运营日期有“2021年3月”、“2021.9.6”、“筹建中”，同村第二站；⑤《宣传报道》级别写中央／省级／市级／区级，载体“电视”才是电视，日期有两位年份“21.1.14”。",
    sheets: [
      { name: "填表说明", rows: guide, merges: [] },
      { name: "培训签到", rows: tRows, merges: tMerges },
      { name: "脱贫人口", rows: pRows, merges: pMerges },
      { name: "站点清单", rows: sRows, merges: sMerges },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
    ],
    expect: {
      sheets: {
        "填表说明": { kind: null },
        "培训签到": { kind: "training", records: tRecs },
        "脱贫人口": { kind: "poorPersons", records: pRecs },
        "站点清单": { kind: "stations", records: sRecs },
        "宣传报道": { kind: "media", records: mRecs },
      },
    },
  };
}

// =====================================================================================================
// l2 — 汕头濠江区: 目录, village list typed by name suffix, firms with 入驻/退出 groups, funds by project block,
//      monthly reports sideways, CMS column export, materials
// =====================================================================================================
function buildL2() {
  const REG = "440512";
  const TOWNS = [["达濠街道", 4, 3], ["马滘街道", 5, 2], ["河浦街道", 4, 2], ["广澳街道", 5, 2], ["滨海街道", 3, 2], ["玉新街道", 2, 2], ["礐石街道", 1, 1]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("东西南北赤岩珠青后前山港", ["港", "美", "埔", "头", "尾", "围", "园", "寮", "湖", "岭"], "村", prefixes);
  const cName = nameMaker("濠青华安和新", ["江", "兴", "景", "盛", "丰", "悦"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "l2");
  assert(admin.length === 24 && comms.length === 14, "l2 24 + 14");
  const short = (v) => v.replace(/村$|社区$/, "");
  const poor = new Set([towns[1].vs[2], towns[3].vs[0], towns[3].vs[4]]);
  const noExp = towns[4].vs[2];

  // ---------------- 村居名单 (type from the name suffix; ★ = 省定贫困村)
  const vRows = [["濠江区村（居）民委员会名单"], ["图例：★ 省定贫困村；快递进村 ✓ 已通达、× 未通达；居委会两栏填“—”。"],
    ["序号", "街道", "村（居）民委员会", "省定贫困村", "快递进村", "备注"]];
  const vMerges = ["A1:F1", "A2:F2"];
  const vRecs = [];
  let sq = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    const list = x.vs.map((v) => [v, false]).concat(x.cs.map((c) => [c, true]));
    for (const [v, isC] of list) {
      sq++;
      const nm = isC ? `${v}居民委员会` : `${short(v)}村民委员会`;
      const pm = isC ? "—" : poor.has(v) ? "★" : null;
      const ex = isC ? "—" : v === noExp ? "×" : "✓";
      vRows.push([sq, x.t, nm, pm, ex, v === noExp ? "海岛村，快递到街道自取" : null]);
      vRecs.push({ name: v, admin: !isC, poor: isC ? null : poor.has(v), express: isC ? null : v !== noExp });
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push([`合计：村民委员会${admin.length}个，居民委员会${comms.length}个，其中省定贫困村${poor.size}个。`]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);

  // ---------------- 入驻企业 (two-row header: 入驻 / 退出 groups)
  const FIRMS = [["汕头市濠江区濠优选电子商务有限公司", "平台型电商"], ["汕头市濠江区海味网店", "销售型（网店）"], ["汕头市濠江区达濠鱼丸电商商行", "销售型（网店）"],
    ["汕头濠江电商运营服务有限公司", "代运营服务商"], ["汕头市濠江区速运快递有限公司", "快递物流"], ["汕头市濠江区海岛直播传媒有限公司", "直播MCN"],
    ["汕头市濠江区广澳海产电子商务有限公司", "销售型（网店）"], ["汕头市濠江区南滨网络科技有限公司", "平台型电商"], ["汕头市濠江区冷链仓储有限公司", "快递物流"],
    ["汕头市濠江区河浦凉果网店", "销售型（网店）"], ["汕头市濠江区潮味供应链管理有限公司", "供应链"], ["汕头市濠江区礐石茶业电商商行", "销售型（网店）"],
    ["汕头市濠江区玉新美食网店", "销售型（网店）"], ["汕头市濠江区青年创客电商服务有限公司", "代运营服务商"], ["汕头市濠江区滨海渔业电子商务有限公司", "销售型（网店）"],
    ["汕头市濠江区濠江潮品电子商务有限公司", "销售型（网店）"]];
  const eRows = [["濠江区电子商务产业园入驻企业登记表"],
    ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻", null, "退出", null],
    [null, null, null, null, "协议编号", "日期", "日期", "原因"]];
  const eMerges = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:H2"];
  const eRecs = [];
  FIRMS.forEach(([n, t], j) => {
    let entered = randIsoBetween("2020-09-01", "2021-08-15");
    let enteredCell = dateCell(entered, j);
    let left = null;
    let leftCell = null;
    let why = null;
    if (j === 5) {
      entered = "2020-11-16";
      enteredCell = excelSerial(entered);
      left = "2021-05-31";
      leftCell = "2021.5.31";
      why = "经营调整，迁出园区";
    } else if (j === 10) {
      entered = "2021-09";
      enteredCell = "2021年9月";
    } else if (j === 13) {
      entered = "2021-01-08";
      enteredCell = "20210108";
      left = "2021-09-30";
      leftCell = D("2021-09-30");
      why = "协议到期不续签";
    }
    eRows.push([j + 1, n, creditCode(REG), t, `HJDS-${entered.slice(0, 4)}-${pad3(j + 1)}`, enteredCell, leftCell, why]);
    eRecs.push({ name: n, type: t, entered, left });
  });
  eRows.push(["注：入驻日期以入驻协议约定的进场日期为准；退出日期为实际搬离日期。"]);
  eMerges.push(`A${eRows.length}:H${eRows.length}`);

  // ---------------- 资金拨付 (project blocks with 小计, 元; one “12.5万”)
  const PROJ = [
    ["项目一：区电子商务公共服务中心建设", 1200000, [["2020-10-20", 360000], ["2021-01-15", 480000], ["2021-06-28", 240000]]],
    ["项目二：村级电商服务站点建设", 950000, [["2020-12-08", 285000], ["2021-04-22", 125000, "万"], ["2021-08-30", 380000]]],
    ["项目三：物流配送体系建设", 1100000, [["2021-02-03", 330000], ["2021-07-12", 440000], ["2021-09-14", 330000]]],
    ["项目四：电商培训", 600000, [["2020-11-26", 180000], ["2021-05-18", 246500.5]]],
  ];
  const fRows = [["濠江区电子商务进农村综合示范专项资金拨付明细"], ["金额单位：元"], ["批次", "拨付日期", "拨付金额", "收款单位", "凭证号", "备注"]];
  const fMerges = ["A1:F1", "A2:F2"];
  const fRecs = [];
  const PAYEE = ["汕头濠江电商运营服务有限公司", "中国邮政集团有限公司汕头市濠江区分公司", "汕头市濠江区速运快递有限公司", "汕头市濠江区职业技术学校"];
  let grand = 0;
  PROJ.forEach(([title, contract, pays], pi) => {
    fRows.push([`${title}（合同金额：${fmtMoney(contract)}元）`, null, null, null, null, null]);
    fMerges.push(`A${fRows.length}:F${fRows.length}`);
    pays.forEach(([d, a, fmt], k) => {
      const amt = fmt === "万" ? `${a / 10000}万` : k % 2 ? fmtMoney(a) : a;
      fRows.push([`第${CN_NUM[k + 1]}次`, dateCell(d, pi + k + 1), amt, PAYEE[pi], `濠财〔${d.slice(0, 4)}〕${pad3(rint(10, 400))}号`, d > "2021-08-31" ? "9月拨付" : null]);
      fRecs.push({ date: d, amount: a });
    });
    const sub = sumYuan(pays.map((p) => p[1]));
    grand = sumYuan([grand, sub]);
    fRows.push(["小计", null, sub, null, null, null]);
  });
  fRows.push(["总计", null, grand, null, null, null]);
  assert(fRecs.length === 11 && fRecs.some((r) => r.amount === 125000) && fRecs.some((r) => r.amount === 246500.5), "l2 funds");

  // ---------------- 月报报送 (sideways: one column per month)
  const RM = monthsBetween("2020-09", "2021-08");
  const rRows = [["濠江区电子商务进农村工作月报报送登记（报汕头市商务局）"], ["所属月份"], ["报送日期"], ["是否含电商扶贫统计"], ["经办人"]];
  const rRecs = [];
  RM.forEach((m, j) => {
    const next = monthsBetween(m, "2021-12")[1];
    rRows[1].push(cnMonth(m));
    rRows[4].push(j % 2 ? "郑××" : "许××");
    if (m === "2021-01") {
      rRows[2].push("与2月合并报送");
      rRows[3].push(null);
      return;
    }
    let d = `${next}-${String(rint(3, 9)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(d)) || (d >= "2020-10-01" && d <= "2020-10-08")) d = isoAdd(d, 1);
    const pov = m < "2020-11" ? "无" : m === "2021-05" ? null : "有";
    rRows[2].push(j % 3 === 0 ? D(d) : j % 3 === 1 ? twoSlash(d) : cnDate(d));
    rRows[3].push(pov);
    rRecs.push({ date: d, poverty: pov === "有" ? true : pov === "无" ? false : null });
  });
  rRows.push(["注：2021年1月月报因春节与2月合并，于3月初报送；报送日期为通过粤政易发出的日期。"]);
  assert(rRecs.length === 11 && inWindowMonths(rRecs.map((r) => r.date)) === 10, "l2 reports " + inWindowMonths(rRecs.map((r) => r.date)));

  // ---------------- 专栏更新 (CMS export)
  const UPD = [["2020-08-12", "濠江区电子商务进农村综合示范创建实施方案", "创建方案"], ["2020-08-12", "濠江区电子商务进农村综合示范项目基本信息表", "项目信息"],
    ["2020-08-20", "濠江区电子商务进农村综合示范项目意见征集与监督举报", "互动交流"]];
  for (const m of monthsBetween("2020-09", "2021-09")) {
    const [y, mo] = m.split("-").map(Number);
    UPD.push([`${m}-${String(rint(2, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, `濠江区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`, "建设进度"]);
  }
  UPD.sort((a, b) => cmp(a[0], b[0]));
  const uRows = [["信息发布管理 — 导出"], ["栏目：专题专栏 > 电子商务进农村综合示范　　导出时间：2021-09-22 09:41:05　　共" + UPD.length + "条"],
    ["ID", "标题", "所属子栏目", "发布时间", "发布人", "访问量", "链接"]];
  const uRecs = [];
  UPD.forEach(([d, t, c], j) => {
    const id = 20800 + j * 7 + rint(0, 5);
    uRows.push([id, t, c, `${d} ${hms()}`, "濠江区商务局", rint(30, 600), `http://www.haojiang.gov.cn/zwgk/ztzl/dsjnc/content/post_${id}.html`]);
    uRecs.push({ date: d });
  });
  assert(inWindowMonths(uRecs.map((r) => r.date)) === 12, "l2 column monthly");

  // ---------------- 经验材料
  const matRows = [["濠江区电子商务进农村经验材料报送情况"], ["序号", "报送日期", "材料名称", "报送对象", "市局采用情况"],
    [1, "2020.12.18", "濠江区村级电商服务站建设做法", "汕头市商务局", "《汕头商务信息》第48期采用"],
    [2, "2021年6月", "濠江区“电商＋海产”助农增收经验", "汕头市商务局", "未采用"],
    [3, D("2021-09-08"), "濠江区电子商务进农村综合示范创建总结", "汕头市商务局", null]];
  const matRecs = [{ date: "2020-12-18" }, { date: "2021-06" }, { date: "2021-09-08" }];

  const cover = [["濠江区电子商务进农村综合示范工作台账（三）"], [null], ["目　录"], ["1．村（居）民委员会名单"], ["2．产业园入驻企业登记表"], ["3．专项资金拨付明细"],
    ["4．月报报送登记"], ["5．网站专栏信息导出"], ["6．经验材料报送情况"], [null], ["濠江区商务局　2021年9月"]];
  return {
    description:
      "汕头濠江区商务局《工作台账（三）》（七个表）：①《目录》不是台账；②村居名单没有“类型”列，行政村和社区要从名称后缀读（“××村民委员会”是行政村、“××社区居民委员会”是社区），省定贫困村是“★”列（空白＝不是），快递进村✓／×，居委会两栏是“—”；③入驻企业两行表头（“入驻”合并在协议编号｜日期上、“退出”合并在日期｜原因上），入驻日期有Excel序列号、“20210108”、“2021年9月”，一家2021.5.31迁出、一家9月30日退出；④资金拨付按项目分块（“项目一：…（合同金额：1,200,000.00元）”是块标题，合同金额不是拨付），块内“第一次…第三次”，金额数字、千分位文本和“12.5万”混写（单位元），每块“小计”和最后“总计”不是记录，9月一笔照列；⑤月报报送横排：一列一个月，行是所属月份｜报送日期｜是否含电商扶贫统计｜经办人，2021年1月那一列写“与2月合并报送”不是记录，报送日期有日期格、“21/3/5”式两位年份和中文日期，扶贫统计有“有／无”和空；⑥网站专栏是CMS导出（ID｜标题｜所属子栏目｜发布时间带时分秒｜发布人｜访问量｜链接），含9月一条；⑦经验材料有“2021年6月”只到月的日期和9月一条。",
    sheets: [
      { name: "目录", rows: cover, merges: [] },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "入驻企业", rows: eRows, merges: eMerges },
      { name: "资金拨付", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: rRows, merges: ["A1:M1", `A${rRows.length}:M${rRows.length}`] },
      { name: "专栏信息导出", rows: uRows, merges: ["A1:G1", "A2:G2"] },
      { name: "经验材料", rows: matRows, merges: ["A1:E1"] },
    ],
    expect: {
      sheets: {
        "目录": { kind: null },
        "村居名单": { kind: "villages", records: vRecs },
        "入驻企业": { kind: "enterprises", records: eRecs },
        "资金拨付": { kind: "funds", records: fRecs },
        "月报报送": { kind: "reports", records: rRecs },
        "专栏信息导出": { kind: "disclosures", records: uRecs },
        "经验材料": { kind: "materials", records: matRecs },
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
write("counties", "b194-c1-zengcheng.json", c1);
write("facts", "b194-f1-xiangzhou.json", f1);
write("facts", "b194-f2-doumen.json", f2);
write("facts", "b194-f3-nanhai.json", f3);
write("ledgers", "b194-l1-zhenjiang.json", l1);
write("ledgers", "b194-l2-haojiang.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
