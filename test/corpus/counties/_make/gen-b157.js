// Batch 157 corpus generator (blind): written from /work/shared/design/*.md, the official indicator table
// (reference/lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block adapted from
// counties/_make/gen-b156.js. Deterministic: seeded PRNG, no clock.
//
// c1 曲江区 (韶关): a 自查评分表 — the indicator rows with 评分要点 (the official thresholds, distractor numbers), the facts in
//    the clerk's prose in a 完成情况 column (judged sub-scores written inline), and a 自评分 column (claims); a 基本情况 line
//    with several 标签：值 pairs in one cell. Ledgers: ★-marked poor villages with carrier names as the express column;
//    stations incl. 镇级站 in 社区 and one opened after the cut (72/103 = 69.9%); sessions cross-tabbed by town (town columns +
//    合计); a poor-trainee attendance matrix (session columns with dates in the header, ✓ cells); park enterprises with one
//    enterprise listed twice (same credit code, moved floors); project-grouped disbursements with 小计 rows (69.2% → −5);
//    disclosures under year section rows with 月日-only dates; media with the level in brackets after the outlet and a second
//    table (经验材料) under the first.
// f1 潮阳区 (汕头): a self-assessment report pasted from Word/PDF, one paragraph (or a broken line) per row, numbers in running
//    prose with PDF spaces, targets and 户籍人口 as distractors, claims listed in prose at the end.
// f2 兴宁市 (梅州): a Word table pasted into Excel: 类别 merged down several rows, 项目 merged down its 细项 rows (2019年 /
//    2020年 under a unit-bearing parent), corrections written beside the old value (“原填…，更正为…”).
// f3 五华县 (梅州): an export from a statistics system: 指标代码 | 指标名称 | 计量单位 | 本期值 | 上年同期值 | 同比(%) | 备注,
//    yes/no as 1/0, dates as yyyymmdd numbers, numbers as text with 2–4 decimals; the 上年同期值 of the retail rows is the 2019
//    amount while for other rows it is last year's interim figure.
// l1 揭东区 (揭阳): villages listed per town in one cell (、 and line breaks), poor villages in a second list cell; stations whose
//    village is only in the address; sessions with 计划 | 实到 under a two-row header; poor persons with one 劳动力状况 column
//    combining capacity and migration; a 通讯录 sheet of town contacts that is not a ledger.
// l2 清新区 (清远): a 领导小组 sheet (not a ledger); enterprises with 状态 text carrying the exit date; disbursements laid out per
//    project with three (日期 | 金额) column groups; reports per reporting month with the send date in brackets (year rolls over);
//    the government-site column list pasted from the web page (newest first, title and date in one cell, page chrome rows);
//    media with 地市级 / 区县级 levels and 形式 such as 视频号; materials dated by month.
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
let seed = 157157;
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
    assert(/^b157-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b157-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b157-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
  checkMerges(c.sheets, file);
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




// ---------------------------------------------------------------- extra helpers (batch 157)
function parseRange(m) {
  const cell = (s) => {
    const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(s);
    let c = 0;
    for (const ch of letters) c = c * 26 + (ch.charCodeAt(0) - 64);
    return [Number(row), c];
  };
  const [a, b] = m.split(":").map(cell);
  return { r0: a[0], c0: a[1], r1: b[0], c1: b[1] };
}
// merges must be well-formed, inside the sheet and not overlap; a merged area's non-anchor cells must be empty
function checkMerges(sheets, file) {
  for (const sh of sheets) {
    const seen = new Set();
    for (const m of sh.merges || []) {
      const { r0, c0, r1, c1 } = parseRange(m);
      assert(r0 <= r1 && c0 <= c1 && (r0 < r1 || c0 < c1), `${file}/${sh.name}: degenerate merge ${m}`);
      assert(r1 <= sh.rows.length, `${file}/${sh.name}: merge below the sheet ${m}`);
      for (let r = r0; r <= r1; r++)
        for (let c = c0; c <= c1; c++) {
          const k = r + "," + c;
          assert(!seen.has(k), `${file}/${sh.name}: overlapping merge ${m}`);
          seen.add(k);
          if (r !== r0 || c !== c0) {
            const v = (sh.rows[r - 1] || [])[c - 1];
            assert(v === undefined || v === null, `${file}/${sh.name}: value hidden under merge ${m} at ${colName(c - 1)}${r}`);
          }
        }
    }
  }
}
function isoFromDot2(s) {
  // "20.11.3" -> "2020-11-03"
  const [y, m, d] = s.split(".").map(Number);
  return `${2000 + y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
assert(isoFromDot2("20.11.3") === "2020-11-03", "isoFromDot2");
function stemOf(v) {
  return v.replace(/(村|社区)$/, "");
}


// =====================================================================================================
// c1 — 韶关曲江区: a 自查评分表 with the facts in the clerk's prose, and the ledgers behind it.
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "440205";
  const ALLOC = 5000000;
  const TD = [["马坝镇", 20], ["大塘镇", 12], ["枫湾镇", 13], ["小坑镇", 8], ["沙溪镇", 10], ["乌石镇", 9], ["樟市镇", 12], ["白土镇", 11], ["罗坑镇", 8]];
  const stems = TD.map(([t]) => t.replace(/镇$/, ""));
  const newName = noDupNamer(villageNamer("大小新东西南北上下黄白石山龙凤枫乌樟罗塘岭田莲松竹", ["坑", "塘", "岭", "田", "坪", "湾", "头", "岗", "洞", "坳", "水", "寨", "围", "冲", "江", "背"]), stems);
  const MABA_EXTRA = ["狮岩社区", "鞍山社区", "莲花社区", "建设社区", "城北社区", "城南社区", "龙岗社区", "新华社区", "福民社区"];
  const towns = TD.map(([town, n], i) => {
    const vs = [];
    for (let k = 0; k < n; k++) vs.push(newName());
    const cs = [stems[i] + "社区"].concat(i === 0 ? MABA_EXTRA : []);
    return { town, vs, cs };
  });
  const admin = towns.flatMap((t) => t.vs);
  const comms = towns.flatMap((t) => t.cs);
  assert(admin.length === 103 && comms.length === 18, "c1 103 villages + 18 communities");
  const townOf = {};
  for (const t of towns) for (const v of t.vs.concat(t.cs)) townOf[v] = t.town;
  const poorArr = shuffle(admin).slice(0, 14);
  const poorSet = new Set(poorArr);

  // ---------------- 村（居）名单: poor villages marked ★ after the name; the express column names the carriers
  const CARRIERS = ["邮政", "邮政、中通", "邮政、韵达", "邮政、中通、韵达", "邮政、圆通", "邮政、申通、中通"];
  const vRows = [["曲江区村（居）委会名单"], ["序号", "镇", "村（居）委会", "性质", "快递物流进村"]];
  let k = 0;
  for (const t of towns) {
    for (const c of t.cs) vRows.push([++k, t.town, c + "居委会", "居委会", "邮政、中通、韵达、顺丰"]);
    for (const v of t.vs) vRows.push([++k, t.town, v + "委会" + (poorSet.has(v) ? "★" : ""), "村委会", CARRIERS[rint(0, CARRIERS.length - 1)]]);
  }
  vRows.push(["注：带“★”的为省定贫困村（共14个）；“快递物流进村”填写已设点进村的快递物流企业。"]);
  const vMerges = ["A1:E1", `A${vRows.length}:E${vRows.length}`];

  // ---------------- 站点建设: 72 villages covered by the cut, one more in September, 镇级站 in communities
  const nonPoor = shuffle(admin.filter((v) => !poorSet.has(v)));
  const coveredNon = nonPoor.slice(0, 58);
  const lateVillage = nonPoor[58];
  const covered = poorArr.concat(coveredNon);
  assert(covered.length === 72, "c1 72 covered");
  assert(72 * 100 < 70 * 103 && 73 * 100 >= 70 * 103, "c1 72/103 = 69.9% < 70% ≤ 73/103");
  const st = covered.map((v) => ({ v, iso: randIsoBetween("2020-08-01", "2021-08-25"), level: "村级" }));
  st.push({ v: covered[5], iso: randIsoBetween("2021-04-01", "2021-08-20"), level: "村级", second: true });
  st.push({ v: covered[30], iso: randIsoBetween("2021-04-01", "2021-08-20"), level: "村级", second: true });
  st.push({ v: lateVillage, iso: "2021-09-03", level: "村级" });
  towns.forEach((t, i) => st.push({ v: t.cs[0], iso: randIsoBetween("2020-07-01", "2020-12-31"), level: "镇级" }));
  const tIdx = (v) => TD.findIndex((x) => x[0] === townOf[v]);
  st.sort((a, b) => tIdx(a.v) - tIdx(b.v) || (a.level === b.level ? 0 : a.level === "镇级" ? -1 : 1) || byIso(a.iso, b.iso));
  const OPS = ["曲江区供销电子商务有限公司", "中国邮政集团有限公司韶关市曲江区分公司", "韶关市曲江区乡村电商服务有限公司"];
  const sRows = [["曲江区镇村电子商务服务站点建设情况"], ["序号", "镇", "所在村（居）", "站点名称", "站点级别", "建成时间", "运营主体"]];
  let fmtI = 0;
  st.forEach((s, i) => {
    const f = fmtI++ % 4;
    let dc;
    if (f === 0) dc = D(s.iso);
    else if (f === 1) dc = dotDate(s.iso);
    else if (f === 2) dc = s.iso < "2021-08-01" ? cnMonth(s.iso) : cnDate(s.iso);
    else dc = cnDate(s.iso);
    const vcell = s.level === "镇级" ? s.v + "居委会" : i % 2 ? s.v + "委会" : s.v;
    const name = s.level === "镇级" ? townOf[s.v].replace(/镇$/, "") + "镇电子商务服务站" : stemOf(s.v) + (s.second ? "村电商服务点（二）" : "村电商服务站");
    sRows.push([i + 1, townOf[s.v], vcell, name, s.level, dc, OPS[i % 3]]);
  });
  sRows.push(["合计", null, null, `镇级站${TD.length}个，村级站${st.length - TD.length}个`, null, null, null]);
  const sMerges = ["A1:G1", `D${sRows.length}:G${sRows.length}`];
  // check: villages covered by the cut
  const covByCut = new Set(st.filter((s) => s.level === "村级" && s.iso <= CUT).map((s) => s.v));
  assert(covByCut.size === 72 && [...covByCut].every((v) => admin.includes(v)), "c1 covered by cut 72");
  assert(poorArr.every((v) => covByCut.has(v)), "c1 all poor covered");

  // ---------------- 培训情况（分镇）: sessions × town person-times, plus a 合计 column
  const TOT = [228, 246, 215, 262, 238, 251, 197, 233, 276, 244, 259, 221, 268, 280];
  assert(sum(TOT) === 3418, "c1 3418 person-times by the cut");
  const SD = ["2020-09-17", "2020-10-22", "2020-11-19", "2020-12-10", "2021-01-14", "2021-03-11", "2021-03-30", "2021-04-22", "2021-05-13",
    "2021-06-03", "2021-06-24", "2021-07-15", "2021-08-05", "2021-08-26"];
  const TOPIC = ["农村电商基础知识", "网店开设与运营", "短视频拍摄与直播带货", "农产品品牌与包装", "电商扶贫专题", "网店美工实操", "社群营销"];
  const SES = SD.map((iso, i) => ({ iso, n: TOT[i], topic: TOPIC[i % TOPIC.length] }));
  SES[7].range = "2021.4.20-22";
  SES[7].iso = "2021-04-22";
  SES.push({ iso: "2021-09-09", n: 85, topic: "电商扶贫专题" });
  SES.forEach((s, i) => {
    if (i % 3 === 1) s.topic = "电商扶贫专题";
  });
  const tRows = [["曲江区电子商务进农村培训情况统计（分镇）"], ["单位：人次"],
    ["期次", "培训日期", "培训内容"].concat(["参训人次（按镇统计）"], TD.slice(1).map(() => null), ["合计"]),
    [null, null, null].concat(TD.map((t) => t[0]), [null])];
  const nT = TD.length;
  const tMerges = ["A1:" + colName(3 + nT) + "1", "A2:" + colName(3 + nT) + "2", "A3:A4", "B3:B4", "C3:C4", `D3:${colName(2 + nT)}3`, `${colName(3 + nT)}3:${colName(3 + nT)}4`];
  SES.forEach((s, i) => {
    const kk = rint(3, 5);
    const pick = shuffle(TD.map((_, j) => j)).slice(0, kk).sort((a, b) => a - b);
    const parts = pick.map((j) => rint(20, 60) * TD[j][1]);
    const ps = sum(parts);
    const scaled = parts.map((p) => Math.floor((p * s.n) / ps));
    scaled[0] += s.n - sum(scaled);
    const cells = TD.map(() => null);
    pick.forEach((j, q) => (cells[j] = scaled[q]));
    assert(sum(cells.map((c) => c || 0)) === s.n && scaled.every((x) => x > 0), "c1 session split");
    const dc = s.range || (i % 3 === 0 ? D(s.iso) : i % 3 === 1 ? dotDate(s.iso) : cnDate(s.iso));
    tRows.push([`第${i + 1}期`, dc, s.topic].concat(cells, [s.n]));
  });
  const colTotals = TD.map((_, j) => sum(tRows.slice(4).map((r) => r[3 + j] || 0)));
  tRows.push(["合计", null, null].concat(colTotals, [sum(SES.map((s) => s.n))]));
  tRows.push(["注：第15期（2021年9月9日）为考评截止后举办。"]);
  tMerges.push(`A${tRows.length}:${colName(3 + nT)}${tRows.length}`);
  const ptByCut = sum(SES.filter((s) => s.iso <= CUT).map((s) => s.n));
  assert(ptByCut === 3418 && ptByCut * 100 >= 305600, "c1 3418 ≥ 1% of 305,600");

  // ---------------- 建档立卡贫困人口: 劳动能力 and 务工情况 columns
  const POOR = [];
  const pRows = [["曲江区建档立卡贫困人口劳动力情况表"], ["序号", "镇", "村", "姓名", "性别", "身份证号码", "劳动能力", "务工情况"]];
  for (let i = 0; POOR.filter((p) => p.labour && !p.migrant).length < 60; i++) {
    const labour = i % 6 !== 4;
    const migrant = labour && i % 4 === 1;
    const male = i % 2 === 0;
    const id = makeId(REGION, birthBetween(1962, 2001), male, i % 17 === 8 ? true : undefined);
    const v = poorArr[i % poorArr.length];
    const name = personName();
    POOR.push({ id, labour, migrant, name, v });
    pRows.push([i + 1, townOf[v], v, name, male ? "男" : "女", id, labour ? "有劳动能力" : i % 12 === 4 ? "丧失劳动能力" : "无劳动能力", labour ? (migrant ? "外出务工" : "在家") : null]);
  }
  const eligible = POOR.filter((p) => p.labour && !p.migrant);
  assert(eligible.length === 60, "c1 60 eligible");

  // ---------------- 贫困户参训签到汇总: an attendance matrix, one column per session (date in the header)
  const MS = [1, 4, 7, 10, 13, 14]; // session indexes with 扶贫 topics (the last is after the cut)
  assert(MS.every((i) => SES[i].topic === "电商扶贫专题") && SES[14].iso > CUT, "c1 matrix sessions");
  const att = [];
  eligible.slice(0, 25).forEach((p, i) => {
    const ticks = new Set([MS[i % 5]]);
    if (i % 4 === 0) ticks.add(MS[(i + 2) % 5]);
    if (i % 9 === 0) ticks.add(14);
    att.push({ p, ticks });
  });
  eligible.slice(25, 27).forEach((p) => att.push({ p, ticks: new Set([14]) }));
  POOR.filter((p) => p.migrant).slice(0, 3).forEach((p, i) => att.push({ p, ticks: new Set([MS[i]]) }));
  POOR.filter((p) => !p.labour).slice(0, 1).forEach((p) => att.push({ p, ticks: new Set([MS[2]]) }));
  const attS = shuffle(att);
  const headLabel = (i) => `第${i + 1}期\n${SES[i].range || dotDate(SES[i].iso)}`;
  const aRows = [["曲江区建档立卡贫困户参加电商培训登记表"], ["（本表人员已计入《培训情况（分镇）》人次，不另行统计）"],
    ["序号", "姓名", "身份证号", "所在村"].concat(MS.map(headLabel), ["参训次数"])];
  attS.forEach((a, i) => aRows.push([i + 1, a.p.name, a.p.id, a.p.v].concat(MS.map((s) => (a.ticks.has(s) ? "✓" : null)), [a.ticks.size])));
  const aW = 4 + MS.length + 1;
  const aMerges = [`A1:${colName(aW - 1)}1`, `A2:${colName(aW - 1)}2`];
  const eligSet = new Set(eligible.map((p) => p.id));
  const trainedByCut = new Set(att.filter((a) => [...a.ticks].some((s) => SES[s].iso <= CUT)).map((a) => a.p.id));
  const trainedElig = [...trainedByCut].filter((id) => eligSet.has(id)).length;
  assert(trainedElig === 25, "c1 25 trained eligible " + trainedElig);
  assert(25 * 100 >= 40 * 60 && 25 * 100 < 50 * 60, "c1 25/60 = 41.7% in the 8 band");
  assert((3418 + sum(att.map((a) => a.ticks.size))) * 100 >= 305600, "c1 double counting stays ≥1%");

  // ---------------- 电商产业园入驻企业: one enterprise listed twice (same code), one left, one after the cut
  const ENT = [
    ["韶关市曲江区马坝油粘米电子商务有限公司", "销售型", "2021-01-08"], ["韶关市曲江区乡村电商服务有限公司", "电商运营商", "2021-01-08"],
    ["中国邮政集团有限公司韶关市曲江区分公司电商部", "物流企业", "2021-01-08"], ["韶关市曲江区农品汇网络科技有限公司", "平台型", "2021-01-15"],
    ["曲江区大塘镇沙田柚网店", "销售型", "2021-01-22"], ["韶关市曲江区罗坑茶业电子商务有限公司", "销售型", "2021-02-05"],
    ["韶关市曲江区快运通物流有限公司", "物流企业", "2021-02-26"], ["曲江区枫湾镇香芋网店", "销售型", "2021-03-05", "2021-05-18"],
    ["韶关市曲江区直播电商运营有限公司", "电商运营商", "2021-03-12"], ["曲江区白土镇腐竹网店", "销售型", "2021-03-19"],
    ["韶关市曲江区樟市土特产电子商务商行", "销售型", "2021-03-26"], ["韶关市曲江区小坑农家蜂蜜网店", "销售型", "2021-04-09"],
    ["韶关市曲江区韶农云仓储有限公司", "物流企业", "2021-04-16"], ["韶关市曲江区沙溪番薯干电子商务商行", "销售型", "2021-04-30"],
    ["曲江区乌石镇农家腊味网店", "销售型", "2021-05-14"], ["韶关市曲江区马坝人文创电子商务有限公司", "销售型", "2021-05-28"],
    ["韶关市曲江区农品汇网络科技有限公司", "平台型", "2021-06-11", null, "由2楼迁至3楼，重新签订入驻协议"],
    ["韶关市曲江区粤北山珍电子商务有限公司", "销售型", "2021-06-25"], ["韶关市曲江区绿源生态农业电子商务有限公司", "销售型", "2021-07-09"],
    ["曲江区大塘镇黄烟网店", "销售型", "2021-07-23"], ["韶关市曲江区曲韵传媒有限公司", "电商运营商", "2021-08-06"],
    ["韶关市曲江区丹霞果蔬电子商务有限公司", "销售型", "2021-09-06"],
  ];
  const codeByName = {};
  const eRows = [["曲江区电子商务产业园入驻企业名单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "备注"]];
  ENT.forEach(([n, t, en, left, note], i) => {
    if (!codeByName[n]) codeByName[n] = creditCode(REGION);
    const dc = i % 3 === 0 ? D(en) : i % 3 === 1 ? cnDate(en) : slashDate(en);
    eRows.push([i + 1, n, codeByName[n], t, dc, left ? `${cnDate(left)}退园` : note || null]);
  });
  eRows.push(["注：截至2021年9月10日，园区累计签约入驻企业22家。"]);
  const inPark = new Set(ENT.filter(([n, , en, left]) => en <= CUT && !(left && left <= CUT)).map(([n]) => codeByName[n]));
  assert(ENT.length === 22 && inPark.size === 19, "c1 22 rows, 19 distinct in the park at the cut " + inPark.size);
  const TYPES = new Set(ENT.filter(([n, , en, left]) => en <= CUT && !(left && left <= CUT)).map(([, t]) => t));
  assert(TYPES.size === 4, "c1 four types");

  // ---------------- 专项资金支出: grouped by project, vertically merged project cell, 小计 rows
  const PROJ = [
    ["县级电子商务公共服务中心建设及运营", [["2020-08-20", 486000, "韶关市曲江区建安装饰工程有限公司"], ["2021-01-15", 312500, "韶关市曲江区乡村电商服务有限公司"], ["2021-06-28", 186400, "韶关市曲江区乡村电商服务有限公司"]]],
    ["镇村电商服务站点建设", [["2020-11-26", 428600, "曲江区供销电子商务有限公司"], ["2021-04-23", 395200, "曲江区供销电子商务有限公司"], ["2021-08-27", 246800, "曲江区供销电子商务有限公司"]]],
    ["农村电商人才培训", [["2020-12-18", 168000, "韶关市粤北电商职业培训学校"], ["2021-07-16", 142300, "韶关市粤北电商职业培训学校"]]],
    ["县镇村物流配送体系建设", [["2021-03-19", 512800, "韶关市曲江区快运通物流有限公司"], ["2021-09-07", 300000, "韶关市曲江区快运通物流有限公司"]]],
    ["农产品品牌培育及网销调研", [["2021-05-21", 236700, "韶关市曲韵传媒有限公司"]]],
    ["农产品质量追溯系统建设", [["2021-08-13", 347000, "广东粤溯信息科技有限公司"]]],
  ];
  const fRows = [["曲江区省级电子商务进农村综合示范专项资金支出明细"], ["下达资金：500万元　　　　　　　　　　　　金额单位：元"],
    ["项目", "支付日期", "收款单位", "摘要", "金额", "备注"]];
  const fMerges = ["A1:F1", "A2:F2"];
  let allPaid = 0;
  let pn = 0;
  for (const [proj, pays] of PROJ) {
    const r0 = fRows.length + 1;
    pays.forEach(([iso, amt, who], j) => {
      pn++;
      const dc = pn % 2 ? slashDate(iso) : D(iso);
      const ac = pn % 3 === 0 ? fmtMoney(amt) : amt;
      fRows.push([j === 0 ? proj : null, dc, who, j === 0 ? "首期款" : j === pays.length - 1 && iso <= CUT ? "尾款" : "进度款", ac, iso > CUT ? "9月支付" : null]);
    });
    if (pays.length > 1) fMerges.push(`A${r0}:A${fRows.length}`);
    const sub = sum(pays.map((p) => p[1]));
    allPaid += sub;
    fRows.push([null, null, null, "小计", sub, null]);
  }
  fRows.push(["合计", null, null, null, allPaid, null]);
  const paidByCut = sum(PROJ.flatMap(([, p]) => p).filter(([iso]) => iso <= CUT).map((p) => p[1]));
  assert(paidByCut === 3462300 && paidByCut * 100 < 70 * ALLOC, "c1 3,462,300 = 69.2% < 70%");
  assert(allPaid === 3762300 && pct1(allPaid, ALLOC) === "75.2%" && allPaid * 100 >= 70 * ALLOC, "c1 with September 75.2%");

  // ---------------- 专栏更新记录: year section rows, dates as 月日 only
  const DIS = [["2020-06-30", "曲江区电子商务进农村综合示范创建工作方案"], ["2020-07-28", "曲江区电子商务进农村综合示范项目基本信息公示"],
    ["2020-09-15", "项目建设进度（2020年8月）"], ["2020-10-20", "项目建设进度（2020年9月）"], ["2020-11-18", "项目建设进度（2020年10月）"],
    ["2020-12-16", "项目建设进度（2020年11月）"], ["2021-01-12", "项目建设进度（2020年12月）"], ["2021-02-23", "项目建设进度（2021年1月）"],
    ["2021-03-17", "项目建设进度（2021年2月）"], ["2021-04-21", "项目建设进度（2021年3月）"], ["2021-05-19", "项目建设进度（2021年4月）"],
    ["2021-06-16", "项目建设进度（2021年5月）"], ["2021-07-14", "项目建设进度（2021年6月）"], ["2021-08-18", "项目建设进度（2021年7月）"],
    ["2021-09-15", "项目建设进度（2021年8月）"]];
  const dRows = [["区政府网站“电子商务进农村综合示范”专栏更新记录"], ["发布日期", "标题", "栏目"]];
  const dMerges = ["A1:C1"];
  let curY = null;
  for (const [iso, title] of DIS) {
    const y = iso.slice(0, 4);
    if (y !== curY) {
      dRows.push([`${y}年`, null, null]);
      dMerges.push(`A${dRows.length}:C${dRows.length}`);
      curY = y;
    }
    dRows.push([mdOnly(iso), title, /方案/.test(title) ? "创建方案" : /基本信息/.test(title) ? "项目信息" : "建设进度"]);
  }
  assert(WINDOW.every((m) => DIS.some(([iso]) => ym(iso) === m)), "c1 disclosures every month");

  // ---------------- 月报报送: Jan+Feb sent together in March
  const REP = ["2020-08-10", "2020-09-09", "2020-10-12", "2020-11-10", "2020-12-09", "2021-01-11", "2021-03-10", "2021-04-12", "2021-05-11",
    "2021-06-09", "2021-07-12", "2021-08-10", "2021-09-08"];
  const rRows = [["向韶关市商务局报送工作情况登记"], ["序号", "报送时间", "报送内容", "报送方式"]];
  REP.forEach((iso, i) => {
    const [y, m] = ymd(iso);
    const prev = m === 1 ? `${y - 1}年12月` : `${y}年${m - 1}月`;
    const content = iso === "2021-03-10" ? "2021年1-2月工作进展及电商扶贫统计" : `${prev}工作进展及电商扶贫统计`;
    rRows.push([i + 1, slashDate(iso), content, i % 2 ? "粤政易" : "电子邮件"]);
  });
  rRows.push(["注：2021年1月、2月因春节合并于3月报送。"]);
  const repMonths = WINDOW.filter((m) => REP.some((iso) => ym(iso) === m));
  assert(repMonths.length === 11 && !repMonths.includes("2021-02"), "c1 reports 11 of 12 months");

  // ---------------- 宣传推广: media (level in brackets) and, below it, 经验材料
  const mRows = [["曲江区电子商务进农村宣传推广情况"], ["一、媒体宣传报道"], ["序号", "日期", "媒体（级别）", "形式", "标题", "是否电商扶贫典型案例"],
    [1, "2020.12.8", "曲江区融媒体中心（区级）", "电视", "曲江首批村级电商服务站挂牌运营", "否"],
    [2, "2021.3.26", "韶关日报（市级）", "报纸", "曲江：电商进村 油粘米“触网”", "否"],
    [3, "2021.6.18", "韶关广播电视台（市级）", "电视", "曲江脱贫户直播卖腐竹", "是"],
    [4, "2021.8.9", "曲江发布（区级）", "微信公众号", "曲江区电商公共服务中心开展直播培训", "否"],
    [5, "2021.9.2", "广东广播电视台（省级）", "电视", "韶关曲江：电商扶贫点亮山区致富路", "是"],
    [],
    ["二、经验材料报送"], ["序号", "报送时间", "材料名称", "报送单位", null, null],
    [1, "2021.7.20", "曲江区“电商+油粘米”助农增收经验做法", "韶关市商务局", null, null]];
  const mMerges = ["A1:F1", "A2:F2", "A10:F10"];

  // ---------------- 自查评分表
  const F = [["曲江区电子商务进农村综合示范创建自查评分表"],
    ["自查单位：韶关市曲江区商务局　　　　考评截止日期：2021年8月31日　　　　自查时间：2021年9月10日"],
    ["基本情况：常住人口30.56万人（第七次全国人口普查）；行政村103个；社区18个；省定贫困村14个。"],
    ["序号", "评价指标", "分值", "评分要点", "完成情况（自查）", "自评分"]];
  const FM = ["A1:F1", "A2:F2", "A3:F3"];
  const IND = [
    ["org.leadership", "组织领导", 2, "县（市、区）政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）；分管领导牵头（1分）",
      "成立区电子商务进农村综合示范工作领导小组（曲府办函〔2020〕31号），区长任组长，常务副区长、分管副区长任副组长，成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局、区交通运输局、曲江邮政分公司。", 2],
    ["org.plan", "方案制定", 2, "工作方案因地制宜，可操作性较强（1-2分）", "《曲江区电子商务进农村综合示范创建工作方案》已于2020年5月正式印发。方案制定自评2分。", 2],
    ["org.policy", "政策支持", 2, "出台相关政策，且得到较好落实（1-2分）", "出台《曲江区促进农村电子商务发展若干措施》，落实有待加强。政策支持自评1分。", 1],
    ["org.management", "项目管理", 4, "建立项目管理制度，严格落实（1-2分）；建立完整工作台账（1-2分）",
      "制定《曲江区电子商务进农村综合示范项目管理办法》，建设、验收环节严格执行（项目管理制度2分）；工作台账已建立，部分镇更新不及时（工作台账1分）。", 3],
    ["work.center", "县级中心与产业园", 15, "建成县级中心（2分）；运行6个月以上（2分）；免费培训（2分）；免费展示销售（1分）；免费摄影美工（1分）；统一推广与品牌建设（1分）；其他衍生增值服务（1分）；建设或整合产业园（2分）；入驻企业20家及以上（2分）；三种以上类型（1分）",
      "区电子商务公共服务中心于2021年3月12日建成并投入运营；中心有免费培训场所和培训设备，能组织电商基础培训；为特色农产品提供免费展示、销售服务；提供免费摄影、美工服务；组织农产品统一推广、指导特色农产品品牌建设；其他衍生增值服务尚未开展。整合建成曲江区电商产业园，入驻企业22家，含平台型、销售型、电商运营商、物流企业。", 14],
    ["work.coverage", "村级站点覆盖", 10, "行政村覆盖率70%及以上（5分），50%-70%（2分）；贫困村覆盖率100%（5分），80%-100%（3分）",
      "全区行政村103个，已建村级站点覆盖73个行政村，覆盖率70.9%；14个省定贫困村全覆盖。另建镇级服务站9个。", 10],
    ["work.upward", "农村产品上行", 10, "网销调研（1-2分）；促销活动（1-2分）；第三方运营服务商（1分）；快递覆盖100%（1分）；交易标准、冷链溯源（1-2分）；2020年网络零售额增速≥30%（2分）",
      "完成全区农产品网络销售调研并形成报告（网销调研2分）；组织“马坝油粘米网购节”等网络促销活动（促销活动2分）；引进韶关市曲江区乡村电商服务有限公司为第三方运营服务商；行政村物流快递覆盖率100%；出台马坝油粘米电商交易标准，溯源系统在建（交易标准与冷链溯源1分）；农村网络零售额2019年4.82亿元、2020年6.13亿元，增长27.2%；农产品网络零售额2019年1.06亿元、2020年1.41亿元，增长33.0%。", 9],
    ["work.training", "电商人才培训", 20, "培训人次达常住人口1%及以上（10分），0.8%-1%（8分），0.6%-0.8%（6分）；贫困人口培训率50%及以上（10分），40%-50%（8分），30%-40%（6分）",
      "截至8月31日举办培训14期，培训3,418人次，占常住人口1.12%；有劳动能力的建档立卡贫困人口（不含外出务工）60人，参训25人，培训率41.7%。", 18],
    ["info.disclosure", "信息公开", 4, "设立公开专栏且内容全面（2分）；按月更新（2分），不定时更新（1分）",
      "区政府网站设立专栏，公示创建方案、项目基本信息、项目建设进度，按月更新；征求意见或监督举报窗口暂未设立。", 3],
    ["info.reporting", "数据上报", 6, "每月报送（3分），不定时（1分）；能统计电商扶贫情况（3分）", "每月向韶关市商务局报送工作进展；能统计电商扶贫情况。", 6],
    ["promo.cases", "案例总结", 2, "向市商务局报送经验材料（2分）", "2021年7月向韶关市商务局报送经验材料1篇。", 2],
    ["promo.media", "经验推广", 8, "省级及以上（4分）；市级（3分）；县级（1分）", "省、市、区级媒体均有报道。", 8],
    ["fund.system", "制度建立", 5, "建立科学有效的资金管理制度且得到有效落实（1-5分）", "制定《曲江区电子商务进农村综合示范专项资金管理办法》。资金管理制度自评4分。", 4],
    ["fund.ledger", "资金台账", 5, "项目承建方建立资金专用台账（1-5分）", "承建单位均建立资金专用台账。资金台账自评4分。", 4],
    ["fund.spending", "资金支出", 5, "资金支出率70%以上且及时拨付（1-5分）；低于70%倒扣5分",
      "省下达资金500万元，截至9月10日累计拨付376.23万元，支出率75.2%，按进度拨付。资金及时拨付自评4分。", 4],
  ];
  IND.forEach(([, name, w, std, done, pts], i) => F.push([i + 1, name, w, std, done, pts]));
  F.push(["加分项", "贫困人口培训率70%及以上", 2, "建档立卡贫困人口培训率70%及以上（2分）", "培训率41.7%，未达到。", "—"]);
  F.push([null, "电视播报", 2, "电商扶贫典型案例获国家级电视媒体播报（2分），省级（1分）", "典型案例获韶关广播电视台播报（市级）。", "—"]);
  FM.push(`A${F.length - 1}:A${F.length}`);
  F.push(["一票否决项", "安全生产、质量事故", "—", "发生安全生产、质量事故或重大损失", "未发生。", "—"]);
  F.push([null, "总体进度", "—", "总体进度不足40%", "项目总体进度85%。", "—"]);
  F.push([null, "弄虚作假", "—", "弄虚作假", "无。", "—"]);
  FM.push(`A${F.length - 2}:A${F.length}`);
  const claimed = {};
  for (const x of IND) claimed[x[0]] = x[5];
  const claimedTotal = sum(Object.values(claimed));
  F.push(["合计", null, 100, null, null, claimedTotal]);
  FM.push(`A${F.length}:B${F.length}`);
  F.push(["填表人：邓××　　审核：刘××"]);
  FM.push(`A${F.length}:F${F.length}`);
  assert(claimedTotal === 90, "c1 claimed 90 " + claimedTotal);
  assert(pct1(613 - 482, 482) === "27.2%" && pct1(141 - 106, 106) === "33.0%", "c1 growth");
  assert(pct1(3418, 305600) === "1.1%" && pct2(3418, 305600) === "1.12%", "c1 1.12%");
  assert(pct1(25, 60) === "41.7%" && pct1(73, 103) === "70.9%", "c1 41.7%, 70.9%");

  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 1,
    "work.center": 2 + 0 + 2 + 1 + 1 + 1 + 0 + 2 + 0 + 1, "work.coverage": 2 + 5, "work.upward": 2 + 2 + 1 + 1 + 1 + 2,
    "work.training": 10 + 8, "info.disclosure": 0 + 2, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": -5, "bonus.poorTraining": 0, "bonus.tvCase": 0,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  const total = scored + bonus;
  assert(scored === 67 && total === 67, "c1 total " + scored + "/" + total);
  const sep = ENT.find((e) => e[2] > CUT)[0];
  const leftE = ENT.find((e) => e[3])[0];
  const derivation = [
    "org.leadership: 区长任组长（主要领导），成员单位含区商务局、区财政局、区农业农村局、区乡村振兴局 → 2",
    "org.plan: 方案2020年5月正式印发，“方案制定自评2分” → 2",
    "org.policy: 出台《若干措施》，“政策支持自评1分” → 1",
    "org.management: 完成情况里写“项目管理制度2分”“工作台账1分” → 3",
    `work.center: 中心2021年3月12日投入运营 ≤ 截止日 → 2；晚于2021-02-28，未满6个月 → 0；免费培训 → 2；免费展示销售 → 1；免费摄影美工 → 1；统一推广与品牌建设 → 1；其他衍生增值服务“尚未开展” → 0；建成产业园 → 2；入驻名单22行：农品汇网络科技有限公司出现两次（同一信用代码，迁楼层重签），${leftE}2021年5月18日退园，${sep}2021年9月6日入驻，截止日在园的不同企业19家 < 20 → 0（自评按22家算）；在园企业类型销售型、电商运营商、物流企业、平台型 ≥ 3 → 1；合计10`,
    `work.coverage: 名单行政村（村委会）103个，社区18个不算；站点表截止日前有村级站的行政村72个（镇级站9个都在社区；两村各有第二个服务点只算一次；${lateVillage}的站2021年9月3日建成不算）；72/103 = 69.9% < 70%，在50%—70%之间 → 2（自评73个、70.9%含9月建成的站）；名单中带★的省定贫困村14个全部有截止日前站点，14/14 = 100% → 5；合计7`,
    "work.upward: 网销调研2分 → 2；促销活动2分 → 2；第三方运营服务商 → 1；名单“快递物流进村”列每个行政村都填了快递企业（事实也写100%） → 1；交易标准与冷链溯源1分 → 1；农村网络零售额4.82→6.13亿元增27.2% < 30%，农产品1.06→1.41亿元增33.0% ≥ 30% → 2；合计9",
    `work.training: “培训情况（分镇）”按期、按镇列人次，合计列为每期人次；截止日前14期合计3,418人次（第8期“2021.4.20-22”按结束日；第15期2021年9月9日85人次不算；底部合计行和各镇列不另加）；常住人口305,600，3,418/305,600 = 1.12% ≥ 1% → 10；贫困人口表${POOR.length}人，劳动能力“有劳动能力”且务工情况“在家”的60人；参训登记表${att.length}行，截止日前有✓的在家有劳动能力者25人（外出务工3人、无劳动能力1人不算；2人只在第15期（9月9日）打✓不算；一人多次只算一次）；25/60 = 41.7%，在40%—50%之间 → 8；合计18`,
    "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度，但“征求意见或监督举报窗口暂未设立”，内容不全 → 0；更新记录按“2020年”“2021年”分段，日期只写月日，2020年9月—2021年8月每月都有更新 → 2；合计2",
    "info.reporting: 报送登记2020年9月—2021年8月中2021年2月没有报送（1、2月合并于3月10日报送），12个月中11个月有 → 不定时 1；能统计电商扶贫情况 → 3；合计4",
    "promo.cases: 经验材料2021.7.20报送韶关市商务局 → 2",
    "promo.media: 截止日前：韶关日报、韶关广播电视台（市级）→ 3；曲江区融媒体中心、曲江发布（区级即县级）→ 1；广东广播电视台（省级）2021.9.2在截止日后不算；合计4（自评8）",
    "fund.system: 资金管理制度自评4分 → 4",
    "fund.ledger: 资金台账自评4分 → 4",
    `fund.spending: 支出明细单位元，截止日前11笔合计${fmtMoney(paidByCut)}元（“小计”“合计”行不是拨付；物流配送体系2021年9月7日一笔300,000元（备注“9月支付”）在截止日后）；下达500万元，${pct1(paidByCut, ALLOC)} < 70% → 倒扣5分（自评按截至9月10日的376.23万元、75.2%算）→ −5`,
    "bonus.poorTraining: 25/60 = 41.7% < 70% → 0",
    "bonus.tvCase: 截止日前的电商扶贫典型案例只有韶关广播电视台（市级电视）；广东广播电视台（省级）2021.9.2在截止日后 → 0",
    "veto.incident: 安全生产、质量事故“未发生” → 不否决",
    "veto.progress: 项目总体进度85% ≥ 40% → 不否决",
    "veto.fraud: 弄虚作假“无” → 不否决",
  ];
  return {
    description:
      "韶关曲江区商务局整本工作簿。“自查评分表”按指标逐行：评价指标|分值|评分要点（官方标准里的70%、1%、20家等是阈值，不是填报数）|完成情况（自查）|自评分；事实都写在“完成情况”的句子里（中心2021年3月12日投入运营、其他衍生增值服务尚未开展、监督举报窗口暂未设立、区长任组长等），评判项的分写在句中（“项目管理制度2分”“工作台账1分”“资金及时拨付自评4分”），常住人口等在表头下一格“基本情况：…；…”；自评分一列是各指标自评（合计90），加分和否决行写“—”。村居名单贫困村在名称后加★，快递列填快递企业名。站点表含镇级站（在社区）、一村两点、9月建成的站，行政村72/103 = 69.9%。培训按期分镇统计（各镇列+合计列）。贫困户参训登记表是打✓的签到矩阵，期次和日期在表头。产业园名单同一企业因迁楼层列两次（同一信用代码），截止日在园19家。资金支出按项目分组（项目格纵向合并、小计行），截止日前支出69.2%，倒扣5分。专栏更新记录按年分段、只写月日。宣传推广表下方还有第二张“经验材料报送”表，媒体级别写在媒体名后的括号里。",
    sheets: [
      { name: "自查评分表", rows: F, merges: FM },
      { name: "村（居）名单", rows: vRows, merges: vMerges },
      { name: "站点建设", rows: sRows, merges: sMerges },
      { name: "培训情况（分镇）", rows: tRows, merges: tMerges },
      { name: "贫困人口", rows: pRows, merges: ["A1:H1"] },
      { name: "贫困户参训登记", rows: aRows, merges: aMerges },
      { name: "产业园企业", rows: eRows, merges: ["A1:F1", `A${eRows.length}:F${eRows.length}`] },
      { name: "资金支出", rows: fRows, merges: fMerges },
      { name: "专栏更新记录", rows: dRows, merges: dMerges },
      { name: "月报报送", rows: rRows, merges: ["A1:D1", `A${rRows.length}:D${rRows.length}`] },
      { name: "宣传推广", rows: mRows, merges: mMerges },
    ],
    expect: { asOf: CUT, total, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}


// =====================================================================================================
// f1 — 汕头潮阳区: the self-assessment report pasted from Word/PDF into column A, numbers in running prose.
// =====================================================================================================
function buildF1() {
  // "|" marks where the PDF line broke: the text before and after land in consecutive rows
  const P = [
    "潮阳区电子商务进农村综合示范创建工作自评报告",
    "汕头市潮阳区商务局",
    "（2021年9月6日）",
    "",
    "根据《广东省商务厅关于开展2019年省级电子商务进农村综合示范创建考评工作的通知》（粤商务电函〔2021〕101号）要求，我区对照考评指标体系开展了自查，|本次自评截止时间为 2021 年 8 月 31 日，现将有关情况报告如下：",
    "一、基本情况",
    "潮阳区位于汕头市西南部，辖 13 个镇、4 个街道，共有行政村 238 个、社区 41 个，其中省定贫困村 24 个。全区户籍人口 274.6 万人，|常住人口 165.4 万人（第七次全国人口普查数据）。",
    "2020 年全区农村网络零售额 58.6 亿元，比 2019 年的 49.5 亿元增长 18.4%；农产品网络零售额 7.92 亿元，比 2019 年的 5.81 亿元增长 36.3%。|2021 年 1-8 月农村网络零售额 41.2 亿元。",
    "二、创建工作开展情况",
    "（一）加强组织领导。成立了由区委副书记、区长任组长，分管副区长任副组长，区商务、财政、农业农村、乡村振兴、市场监管、交通运输、邮政管理等部门为成员的|区电子商务进农村综合示范工作领导小组，定期召开工作推进会。2020 年 4 月，区政府正式印发《潮阳区电子商务进农村综合示范县创建工作方案》；|同年 7 月出台《潮阳区支持农村电子商务发展的若干措施》，在资金、场地、人才等方面给予扶持。",
    "（二）完善服务体系。区电子商务公共服务中心于 2020 年 9 月 28 日正式投入运营，中心有免费培训场所和培训设备，能组织电商基础培训；为特色农产品提供免费展示、|销售服务；组织农产品统一推广，指导特色农产品品牌建设；并提供代办证照、金融对接等其他衍生增值服务。目前中心尚未提供免费摄影、美工服务。",
    "整合谷饶、和平两个电商集聚区，建成潮阳区电商产业园，已入驻企业 23 家。引进汕头市潮商汇电子商务有限公司作为第三方专业运营服务商。|全区已建成村级电商服务站点 186 个，覆盖行政村 181 个，覆盖率 76.1%，24 个省定贫困村全部覆盖；行政村物流快递覆盖率达 100%。",
    "（三）推动农产品上行。委托第三方对全区农产品网络销售情况开展调研，形成《潮阳区农产品网络销售调研报告》；举办“潮阳年货节”“荔枝网购季”等网络促销活动 6 场；|制定了潮阳姜薯、金灶三华李电商交易标准，冷链和溯源系统正在建设。",
    "（四）开展电商培训。两年来共举办各类电商培训 62 期，培训 17,356 人次，超过常住人口 1% 的目标（常住人口按 50 万人计为 5,000 人次）。|全区有劳动能力的建档立卡贫困人口（不含外出务工人员）4,108 人，其中参加电商培训 2,236 人，培训率 54.4%。",
    "（五）信息公开与数据报送。在区政府门户网站开设“电子商务进农村综合示范”专栏，公示了创建方案、项目基本信息和项目建设进度，并设立监督举报窗口；|每月向汕头市商务局报送工作进展和统计数据，能统计电商扶贫情况。",
    "（六）宣传推广。我区电商进农村工作先后被南方日报、汕头日报、潮阳区融媒体中心等媒体报道，电商扶贫典型案例获广东广播电视台播报。",
    "三、资金使用和管理情况",
    "省财政下达我区专项资金 1500 万元。截至 2021 年 8 月 31 日，累计拨付 1,216.38 万元，资金支出率 81.1%。|我区制定了《潮阳区电子商务进农村综合示范专项资金管理办法》，项目承建单位均建立了资金专用台账，做到专款专用。",
    "四、项目进度与安全",
    "截至 8 月 31 日，项目总体进度约 92%。创建期间未发生安全生产、质量事故，未造成重大经济损失和社会不良影响，不存在弄虚作假行为。",
    "五、自评得分",
    "对照考评指标体系，我区自评得分 97 分（含加分 1 分）。其中：组织领导 2 分，方案制定 2 分，政策支持 2 分，项目管理 4 分（项目管理制度 2 分、工作台账 2 分），|服务体系建设 24 分（县级中心与产业园 14 分、村级站点覆盖 10 分），农村产品上行 9 分（网销调研 2 分、促销活动 2 分、第三方服务商 1 分、快递覆盖 1 分、|交易标准与冷链溯源 1 分、网络零售额增速 2 分），电商人才培训 20 分，信息公开 4 分，数据上报 6 分，案例总结 2 分，经验推广 8 分，制度建立 5 分，|资金台账 4 分，资金支出 4 分（资金及时拨付 4 分）；加分项：电商扶贫典型案例获省级电视媒体播报，加 1 分。",
    "",
    "汕头市潮阳区商务局",
    "2021年9月6日",
  ];
  const rows = [];
  for (const para of P) for (const line of para.split("|")) rows.push([line === "" ? null : line]);
  assert(rows.length > 30, "f1 rows");
  // cross-checks of the prose numbers
  assert(pct1(586 - 495, 495) === "18.4%" && pct1(792 - 581, 581) === "36.3%", "f1 growth");
  assert(pct1(181, 238) === "76.1%" && pct1(2236, 4108) === "54.4%", "f1 rates");
  assert(pct1(12163800, 15000000) === "81.1%", "f1 spending");
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 4, "work.center": 14, "work.coverage": 10, "work.upward": 9,
    "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 5, "fund.ledger": 4,
    "fund.spending": 4, "bonus.tvCase": 1,
  };
  assert(sum(Object.values(claimed)) === 97 && 14 + 10 === 24 && 2 + 2 + 1 + 1 + 1 + 2 === 9, "f1 claimed 97");
  // every line is in column A; no line breaks inside a number
  for (const para of P) {
    for (let i = para.indexOf("|"); i >= 0; i = para.indexOf("|", i + 1)) {
      assert(!(/[\d.,]/.test(para[i - 1]) && /[\d.,%]/.test(para[i + 1])) && !/[\d.]/.test(para[i - 1]), "f1 a line break splits a number: " + para.slice(i - 8, i + 8));
    }
  }
  return {
    description:
      "汕头潮阳区商务局的自评报告从Word/PDF整段复制进Excel：全部在A列，每段一行，有几段在PDF换行处断成上下两行（断在句中但不断开数字）；数字夹在叙述里、前后带空格（“常住人口 165.4 万人”）。要读出：自评截止时间2021年8月31日；常住人口165.4万（户籍274.6万人不是）；行政村238个、省定贫困村24个；区长任组长、部门含商务、财政、农业农村、乡村振兴；方案2020年4月印发、7月出台政策；中心2020年9月28日运营，“尚未提供免费摄影、美工服务”（否），其余四项服务有；2019/2020年农村和农产品网络零售额（亿元）及增速18.4%、36.3%（“2021年1-8月41.2亿元”不是）；培训17,356人次（“5,000人次”是目标）；贫困人口4,108人、参训2,236人；专栏四项都有；资金1500万元、累计拨付1,216.38万元；进度约92%；无事故、无弄虚作假。第五部分用叙述列出各指标自评分（含括号里的分项分和加分1分），是自评声明，分项即评判项。",
    sheets: [{ name: "自评报告", rows }],
    expect: {
      facts: {
        county: "潮阳区", asOf: "2021-08-31", residentPopulation: 1654000, adminVillagesStated: 238, poorVillagesStated: 24,
        planIssued: true, policyIssued: true, centerOpened: "2020-09-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 4950000000, ruralRetail2020: 5860000000, agriRetail2019: 581000000, agriRetail2020: 792000000,
        ruralRetailGrowthStated: 0.184, agriRetailGrowthStated: 0.363, trainingPersonTimesStated: 17356, eligiblePoorPersonsStated: 4108,
        trainedPoorPersonsStated: 2236, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        povertyStatisticsStated: true, fundAllocated: 15000000, fundSpentStated: 12163800, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.92, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}


// =====================================================================================================
// f2 — 梅州兴宁市: a Word table pasted into Excel: 类别 and 项目 merged down their rows, corrections beside old values.
// =====================================================================================================
function buildF2() {
  // [类别, [ [项目, value, note] | [项目, [[细项, value, note], ...]] ]]
  const G = [
    ["基本情况", [
      ["县（市、区）", "兴宁市"],
      ["考评截止日期", "2021年8月31日"],
      ["常住人口", "96.27万人（更正，原填98.6万人）", "原填数为户籍人口口径，现按第七次全国人口普查数据更正"],
      ["行政村数", "452个", "不含社区居委会48个"],
      ["省定贫困村数", "44个"],
    ]],
    ["组织领导", [
      ["领导小组", [["组长", "副市长（分管商务工作）"], ["成员单位", "市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局、市市场监管局、兴宁邮政分公司"]]],
      ["示范工作方案", [["是否正式印发", "是（兴市府办〔2020〕21号）"]]],
      ["扶持政策", [["是否出台", "是", "《兴宁市扶持农村电子商务发展十条措施》"]]],
    ]],
    ["服务体系", [
      ["县级电子商务公共服务中心", [["投入运营时间", "2020年11月"], ["免费培训场所、培训设备", "有"], ["免费展示、销售服务", "有"],
        ["免费摄影、美工服务", "有"], ["统一推广、品牌建设指导", "有"], ["其他衍生增值服务", "有（代办营业执照、小额贷款对接）"]]],
      ["电商产业园", [["建设或整合、优化", "已整合", "兴宁市电商产业园，入驻企业27家"]]],
      ["专业第三方运营服务商", "有"],
      ["行政村物流快递覆盖率", "100%"],
    ]],
    ["农村产品上行", [
      ["农村网络零售额（万元）", [["2019年", "356,800"], ["2020年", "398,600→412,500", "按省商务厅反馈数据更正"]]],
      ["农产品网络零售额（万元）", [["2019年", "61,300"], ["2020年", "83,900"], ["同比增速", "36.9%"]]],
    ]],
    ["人才培训", [
      ["培训人次", "7,124人次", "截至2021年8月31日"],
      ["建档立卡贫困人口", [["有劳动能力（不含外出务工）", "3,042人", "经市乡村振兴局核定，更正为2,876人"], ["参加培训", "1,205人"]]],
    ]],
    ["信息公开与报送", [
      ["政府网站专栏", [["公示创建方案", "√"], ["公示项目基本信息", "√"], ["公示项目建设进度", "√"], ["征求意见或监督举报窗口", "×", "拟于10月前设立"]]],
      ["电商扶贫统计", "能"],
    ]],
    ["资金管理", [
      ["下达资金", "1500万元"],
      ["累计拨付", "1,058.9万元", "截至2021年8月31日"],
      ["资金管理制度", "已制定"],
      ["资金专用台账", "已建立"],
      ["项目总体进度", "78%"],
    ]],
    ["一票否决", [
      ["安全生产、质量事故或重大经济损失", "无"],
      ["弄虚作假", "无"],
    ]],
    ["评判项自评（分）", [
      ["方案制定", 2],
      ["政策支持", 1],
      ["项目管理", [["项目管理制度", 2], ["工作台账", 2]]],
      ["农村产品上行", [["网销调研", 2], ["网络促销活动", 1], ["交易标准与冷链溯源", 1]]],
      ["财政资金管理", [["资金管理制度", 4], ["资金台账", 4], ["资金及时拨付", "3（原填4）", "按支出进度下调"]]],
    ]],
  ];
  const rows = [["兴宁市电子商务进农村综合示范县创建基本情况统计表"], ["填报单位：兴宁市商务局（盖章）　　　　　　　　填报时间：2021年9月3日"],
    ["类别", "项目", "细项", "填报内容", "备注"]];
  const merges = ["A1:E1", "A2:E2"];
  for (const [cat, items] of G) {
    const c0 = rows.length + 1;
    let first = true;
    for (const it of items) {
      if (Array.isArray(it[1])) {
        const b0 = rows.length + 1;
        it[1].forEach(([sub, v, note], j) => {
          rows.push([first ? cat : null, j === 0 ? it[0] : null, sub, v, note || null]);
          first = false;
        });
        if (it[1].length > 1) merges.push(`B${b0}:B${rows.length}`);
      } else {
        rows.push([first ? cat : null, it[0], null, it[1], it[2] || null]);
        merges.push(`B${rows.length}:C${rows.length}`);
        first = false;
      }
    }
    if (rows.length > c0) merges.push(`A${c0}:A${rows.length}`);
  }
  rows.push(["填表人：罗××　　联系电话：0753-33×××××　　审核人：曾××"]);
  merges.push(`A${rows.length}:E${rows.length}`);
  assert(pct1(83900 - 61300, 61300) === "36.9%", "f2 36.9%");
  assert(Math.round(1058.9 * 10000) === 10589000 && pct1(10589000, 15000000) === "70.6%", "f2 1,058.9万元");
  assert(Math.round(96.27 * 10000) === 962700, "f2 962,700");
  return {
    description:
      "梅州兴宁市商务局的“基本情况统计表”是Word表格贴进Excel：类别|项目|细项|填报内容|备注，“类别”格纵向合并覆盖整组，“项目”格纵向合并覆盖其细项（如“农村网络零售额（万元）”下面细项只写“2019年”“2020年”，单位在上级项目名里；“县级电子商务公共服务中心”下六个细项），没有细项的行“项目”横跨两格。更正写在旧值旁：常住人口“96.27万人（更正，原填98.6万人）”读962,700；2020年农村网络零售额“398,600→412,500”读新值；有劳动能力贫困人口填报内容仍是“3,042人”，备注写“经市乡村振兴局核定，更正为2,876人”，读2,876；资金及时拨付“3（原填4）”读3。中心投入运营时间只到月（2020年11月）；专栏监督举报窗口“×”；组长“副市长（分管商务工作）”是分管领导。底部“评判项自评（分）”一组给出10个评判项。备注里的“入驻企业27家”“48个社区”不是要读的输入。",
    sheets: [{ name: "基本情况", rows, merges }],
    expect: {
      facts: {
        county: "兴宁市", asOf: "2021-08-31", residentPopulation: 962700, adminVillagesStated: 452, poorVillagesStated: 44,
        planIssued: true, policyIssued: true, centerOpened: "2020-11", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 3568000000, ruralRetail2020: 4125000000, agriRetail2019: 613000000, agriRetail2020: 839000000,
        agriRetailGrowthStated: 0.369, trainingPersonTimesStated: 7124, eligiblePoorPersonsStated: 2876, trainedPoorPersonsStated: 1205,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 10589000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.78,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "deputy",
    },
  };
}


// =====================================================================================================
// f3 — 梅州五华县: an export from a statistics reporting system (codes, units, 本期 / 上年同期 / 同比 columns, 1/0, yyyymmdd).
// =====================================================================================================
function buildF3() {
  const YN = "1=是，0=否";
  // [代码, 指标名称, 计量单位, 本期值, 上年同期值, 同比(%), 备注]
  const R = [
    ["JB01", "行政区划名称", "—", "五华县"],
    ["JB02", "行政区划代码", "—", "441424"],
    ["JB03", "考评截止日期", "yyyymmdd", 20210831],
    ["JB04", "常住人口", "人", "1047380.00", "1052100.00", "-0.45", "本期为第七次全国人口普查数"],
    ["JB05", "行政村数", "个", 431, 431, "0.00"],
    ["JB06", "省定贫困村数", "个", 74, 74, "0.00"],
    ["ZZ01", "领导小组组长职务", "—", "县委书记"],
    ["ZZ02", "领导小组成员单位", "—", "县商务局,县财政局,县农业农村局,县工业和信息化局,县交通运输局,县供销社"],
    ["ZZ03", "示范县工作方案已正式印发", YN, 1],
    ["ZZ04", "已出台支持农村电商发展政策", YN, 0],
    ["FW01", "县级电子商务公共服务中心投入运营日期", "yyyymmdd", 20201018],
    ["FW02", "有免费培训场所、培训设备，能组织电商基础培训", YN, 1],
    ["FW03", "为特色农产品提供免费展示、销售服务", YN, 1],
    ["FW04", "为电子商务市场主体提供免费摄影、美工服务", YN, 0],
    ["FW05", "组织农产品统一推广、指导特色农产品品牌建设", YN, 1],
    ["FW06", "为电子商务发展提供其他衍生增值服务", YN, 1],
    ["FW07", "建设或整合、优化当地电商产业园", YN, 1],
    ["FW08", "电商产业园入驻企业数", "家", 26, 12, "116.67"],
    ["SX01", "有专业第三方电子商务运营或服务商", YN, 1],
    ["SX02", "行政村物流快递覆盖率", "%", "96.50", "88.20", "9.41"],
    ["SX03", "农村网络零售额（2020年度）", "万元", "258634.20", "201457.60", "28.38", "上年同期为2019年度"],
    ["SX04", "农产品网络零售额（2020年度）", "万元", "46210.50", "33875.30", "36.41", "上年同期为2019年度"],
    ["RC01", "累计培训人次", "人次", "11236", "4102", "173.92"],
    ["RC02", "有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "6842", "7015", "-2.47"],
    ["RC03", "参加培训的建档立卡贫困人口", "人", "3517", "1260", "179.13"],
    ["XX01", "专栏公示创建方案", YN, 1],
    ["XX02", "专栏公示项目基本信息", YN, 1],
    ["XX03", "专栏公示项目建设进度", YN, 1],
    ["XX04", "专栏设立征求意见或监督举报窗口", YN, 1],
    ["XX05", "能统计电商扶贫情况", YN, 1],
    ["ZJ01", "下达资金总额", "万元", "1500.0000"],
    ["ZJ02", "累计拨付资金", "万元", "1263.4520", "486.2000", "159.86"],
    ["ZJ03", "已制定资金管理制度", YN, 1],
    ["ZJ04", "已建立资金专用台账", YN, 1],
    ["ZJ05", "项目总体进度", "%", "88.00", "32.00", "175.00"],
    ["FJ01", "发生安全生产、质量事故或重大经济损失", YN, 0],
    ["FJ02", "存在弄虚作假", YN, 0],
    ["PF01", "方案制定自评分", "分", "2.0"],
    ["PF02", "政策支持自评分", "分", null, null, null, "未出台政策，不填"],
    ["PF03", "项目管理制度自评分", "分", "2.0"],
    ["PF04", "工作台账自评分", "分", "2.0"],
    ["PF05", "网销调研自评分", "分", "1.0"],
    ["PF06", "网络促销活动自评分", "分", "2.0"],
    ["PF07", "交易标准与冷链溯源自评分", "分", "1.0"],
    ["PF08", "资金管理制度自评分", "分", "5.0"],
    ["PF09", "资金台账自评分", "分", "4.0"],
    ["PF10", "资金及时拨付自评分", "分", "4.0"],
  ];
  const rows = [["表号：粤商电统01表", null, "报告期：2021年08月", null, "填报单位：五华县商务局（441424）", null, "导出时间：2021-09-08 10:21:35"],
    ["说明：是否类指标1=是、0=否；日期类指标格式为yyyymmdd；数值保留系统精度。"], [],
    ["指标代码", "指标名称", "计量单位", "本期值", "上年同期值", "同比增减(%)", "备注"]];
  for (const r of R) rows.push([r[0], r[1], r[2], r[3] === undefined ? null : r[3], r[4] === undefined ? null : r[4], r[5] === undefined ? null : r[5], r[6] || null]);
  rows.push([]);
  rows.push(["单位负责人：李××", null, "统计负责人：钟××", null, "填表人：张××", null, "报出日期：2021年09月08日"]);
  // cross-checks of the system's own arithmetic
  const yoy = (a, b) => ((Number(a) / Number(b) - 1) * 100).toFixed(2);
  for (const r of R) if (r[5] !== undefined && r[5] !== null) assert(yoy(r[3], r[4]) === r[5], "f3 同比 " + r[0] + " " + yoy(r[3], r[4]));
  assert(pct2(2586342 - 2014576, 2014576) === "28.38%" && pct2(462105 - 338753, 338753) === "36.41%", "f3 retail growth");
  const wanToYuan = (s) => Math.round(Number(s) * 10000);
  assert(wanToYuan("258634.20") === 2586342000 && wanToYuan("201457.60") === 2014576000, "f3 rural");
  assert(wanToYuan("46210.50") === 462105000 && wanToYuan("33875.30") === 338753000, "f3 agri");
  assert(wanToYuan("1263.4520") === 12634520 && wanToYuan("1500.0000") === 15000000, "f3 funds");
  return {
    description:
      "梅州五华县从统计报表系统导出的“粤商电统01表”：指标代码|指标名称|计量单位|本期值|上年同期值|同比增减(%)|备注，第1行是表号、报告期（2021年08月，不是考评截止日期）、填报单位、导出时间。应读“本期值”；但两行网络零售额（2020年度）的“上年同期值”就是2019年度数（备注写明），要读成2019年金额，这两行的同比增减28.38、36.41就是2020年增速（百分数）；其他行的上年同期值（常住人口1052100、培训人次4102、拨付486.2万元、进度32%等）是去年同期的中期数，不读。是否项用1/0（计量单位写“1=是，0=否”），日期是8位数字（20210831、20201018），数值是带2—4位小数的文本，金额万元（1263.4520万元 = 12,634,520元）。行政村快递覆盖率96.50%即未达100%（否）；政策未出台（0），政策支持自评分空着（未填）；组长“县委书记”是主要领导，成员单位缺扶贫/乡村振兴部门；产业园入驻企业数不是要读的输入。",
    sheets: [{ name: "Sheet0", rows, merges: ["A2:G2"] }],
    expect: {
      facts: {
        county: "五华县", asOf: "2021-08-31", residentPopulation: 1047380, adminVillagesStated: 431, poorVillagesStated: 74,
        planIssued: true, policyIssued: false, centerOpened: "2020-10-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2019: 2014576000, ruralRetail2020: 2586342000, agriRetail2019: 338753000, agriRetail2020: 462105000,
        ruralRetailGrowthStated: 0.2838, agriRetailGrowthStated: 0.3641, trainingPersonTimesStated: 11236, eligiblePoorPersonsStated: 6842, trainedPoorPersonsStated: 3517,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 12634520, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal",
    },
  };
}


// =====================================================================================================
// l1 — 揭阳揭东区: villages listed per town in one cell; stations with the village only in the address; 计划|实到 sessions;
//      poor persons with one 劳动力状况 column; a contacts sheet.
// =====================================================================================================
function buildL1() {
  const REGION_OLD = "445221"; // 揭东县 before it became 揭东区: the code in older ID numbers
  const TD = [["曲溪街道", 9], ["磐东街道", 10], ["云路镇", 14], ["玉窖镇", 11], ["锡场镇", 16], ["新亨镇", 17], ["玉湖镇", 15], ["埔田镇", 16],
    ["霖磐镇", 12], ["月城镇", 15], ["白塔镇", 14], ["龙尾镇", 9], ["桂岭镇", 10]];
  const stems = TD.map(([t]) => t.replace(/(镇|街道)$/, ""));
  const newName = noDupNamer(villageNamer("新东西南北上下大龙凤玉金石溪埔山湖林桥美厚乔仙登光", ["寮", "美", "湖", "头", "坑", "厝", "园", "塘", "埔", "溪", "山", "尾", "围", "洋", "林", "陇", "岗", "墩"]), stems);
  const BAD = new Set(["下岗村", "大埔村", "上岗村", "大山村"]);
  const towns = TD.map(([town, n]) => {
    const vs = [];
    while (vs.length < n) {
      const v = newName();
      if (!BAD.has(v)) vs.push(v);
    }
    return { town, vs };
  });
  const admin = towns.flatMap((t) => t.vs);
  assert(admin.length === 168, "l1 168 villages");
  const townOf = {};
  for (const t of towns) for (const v of t.vs) townOf[v] = t.town;
  const poorSet = new Set(shuffle(admin.filter((v) => !["曲溪街道", "磐东街道"].includes(townOf[v]))).slice(0, 12));

  // ---------------- 行政村名单: one row per town, the villages in one cell
  const vRows = [["揭东区行政村一览表"], ["（不含社区居委会；另有社区居委会23个，不列入本表）"], ["序号", "镇（街道）", "行政村数", "行政村名称", "其中：省定贫困村"]];
  const vRecs = [];
  towns.forEach((t, i) => {
    const parts = [];
    t.vs.forEach((v, j) => parts.push((j > 0 ? (j % 7 === 0 ? "\n" : "、") : "") + v));
    const poorHere = t.vs.filter((v) => poorSet.has(v));
    vRows.push([i + 1, t.town, t.vs.length, parts.join(""), poorHere.length ? poorHere.join("、") : "无"]);
    for (const v of t.vs) vRecs.push({ name: v, admin: true, poor: poorSet.has(v) });
  });
  vRows.push(["合计", null, admin.length, null, `${poorSet.size}个`]);
  const vMerges = ["A1:E1", "A2:E2"];
  assert(sum(vRows.slice(3, -1).map((r) => r[2])) === 168, "l1 town counts add up");
  assert(vRows.slice(3, -1).every((r) => r[3].replace(/\n/g, "、").split("、").length === r[2]), "l1 cell lists match counts");

  // ---------------- 电商服务站点: the village only in the address
  const picked = shuffle(admin).slice(0, 70);
  const sts = picked.map((v) => ({ v, iso: randIsoBetween("2020-07-01", "2021-08-31") }));
  sts.push({ v: picked[11], iso: randIsoBetween("2021-03-01", "2021-08-31"), second: true });
  sts.push({ v: "金城社区", town: "曲溪街道", iso: "2020-10-15", comm: true });
  sts.push({ v: admin.find((v) => !picked.includes(v)), iso: "2021-09-07" });
  sts.push({ v: admin.filter((v) => !picked.includes(v))[1], iso: "2021-09-22" });
  const tOf = (s) => s.town || townOf[s.v];
  sts.sort((a, b) => TD.findIndex((x) => x[0] === tOf(a)) - TD.findIndex((x) => x[0] === tOf(b)) || byIso(a.iso, b.iso));
  const SERV = ["代购代销、代收代发快递", "代收代发快递、便民缴费", "农产品收购、网上代售", "代购代销、小额取款、代缴费"];
  const stRows = [["揭东区农村电子商务服务站点台账"], ["序号", "站点名称", "站点地址", "站长", "联系电话", "启用时间", "服务项目"]];
  const stRecs = [];
  sts.forEach((s, i) => {
    const t = tOf(s);
    const stem = stemOf(s.v);
    const f = i % 4;
    let addr;
    if (s.comm) addr = `${t}${s.v}居委会一楼`;
    else if (f === 0) addr = `${t}${stem}村委会办公楼一楼`;
    else if (f === 1) addr = `揭东区${t}${s.v}${rint(1, 88)}号`;
    else if (f === 2) addr = `${t}${stem}村民委员会综合楼旁`;
    else addr = `${t}${s.v}文化广场东侧`;
    const nf = i % 3;
    const name = s.comm ? "邮乐购金城店" : s.second ? `${stem}村电商服务点（二）` : nf === 0 ? `邮乐购${stem}店` : nf === 1 ? `益农信息社（${stem}）` : `${t}村级电商服务站（${i + 1}）`;
    const df = i % 4;
    const dc = df === 0 ? D(s.iso) : df === 1 ? twoDot(s.iso) : df === 2 ? `${s.iso.slice(0, 4)}-${Number(s.iso.slice(5, 7))}-${Number(s.iso.slice(8))}` : cnDate(s.iso);
    stRows.push([i + 1, name, addr, personName(), mask(phone()), dc, SERV[i % SERV.length]]);
    stRecs.push({ village: s.v, opened: s.iso });
  });
  assert(stRecs.length === 74, "l1 74 stations " + stRecs.length);
  // the station name never names a different village than the address
  stRows.slice(2).forEach((r, i) => assert(r[2].includes(stemOf(stRecs[i].village)), "l1 address has the village"));

  // ---------------- 培训台账: 培训人数 计划 | 实到 under a two-row header
  const SESS = [
    ["2020-09-24", null, "农村电商基础知识", "区电子商务公共服务中心", 120, 112, 18, 47],
    ["2020-11-26", "2020.11.24-26", "网店开设与运营实操", "玉湖镇文化站", 80, 86, 11, 39],
    ["2020-12-17", null, "电商扶贫专题培训", "新亨镇政府会议室", 100, 94, 52, 41],
    ["2021-01-14", null, "短视频拍摄与直播带货", "区电子商务公共服务中心", 150, 138, 14, 73],
    ["2021-03-18", null, "揭东竹笋、茶叶网销专题", "埔田镇文化站", 90, 81, 20, 30],
    ["2021-04-22", null, "农产品品牌与包装设计", "区电子商务公共服务中心", 100, 97, 9, 51],
    ["2021-05-20", null, "电商扶贫专题培训", "月城镇政府会议室", 120, 109, 61, 48],
    ["2021-06-17", "2021年6月15日-17日", "跨境电商入门", "区电子商务公共服务中心", 60, 57, 0, 22],
    ["2021-07-15", null, "网店美工实操", "锡场镇文化站", 80, 76, 8, 42],
    ["2021-08-19", null, "直播带货进阶", "区电子商务公共服务中心", 150, 162, 17, 88],
    ["2021-09-09", null, "电商扶贫专题培训", "白塔镇政府会议室", 100, 91, 47, 39],
  ];
  const tRows = [["揭东区电子商务进农村培训台账"],
    ["序号", "培训时间", "培训主题", "培训地点", "培训人数（人次）", null, "其中", null, "授课单位"],
    [null, null, null, null, "计划", "实到", "建档立卡贫困户", "妇女", null]];
  const tMerges = ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:H2", "I2:I3"];
  const tRecs = [];
  SESS.forEach(([iso, range, topic, place, plan, came, poor, women], i) => {
    assert(poor <= came && women <= came, "l1 其中 ≤ 实到");
    const dc = range || (i % 3 === 0 ? D(iso) : i % 3 === 1 ? cnDate(iso) : slashDate(iso));
    tRows.push([i + 1, dc, topic, place, plan, came, poor, women, i % 2 ? "揭阳市粤东电商职业培训学校" : "揭东区电子商务公共服务中心"]);
    tRecs.push({ date: iso, personTimes: came });
  });
  tRows.push(["合计", null, null, null, sum(SESS.map((s) => s[4])), sum(SESS.map((s) => s[5])), sum(SESS.map((s) => s[6])), sum(SESS.map((s) => s[7])), null]);
  assert(SESS.some((s) => s[5] > s[4]) && SESS.some((s) => s[5] < s[4]), "l1 实到 differs from 计划 both ways");

  // ---------------- 贫困劳动力台账: capacity and migration in one column
  const ST = ["有劳动能力（在家）", "有劳动能力（外出务工）", "无劳动能力", "丧失劳动能力"];
  const pRows = [["揭东区建档立卡贫困户劳动力台账"], ["序号", "镇（街道）", "村", "户主", "姓名", "与户主关系", "证件号码", "劳动力状况", "联系电话"]];
  const pRecs = [];
  const poorVs = [...poorSet];
  let n = 0;
  for (let h = 0; h < 11; h++) {
    const head = personName();
    const v = poorVs[h % poorVs.length];
    const size = rint(2, 5);
    for (let k2 = 0; k2 < size; k2++) {
      const age = k2 === 0 ? rint(42, 66) : k2 === 1 ? rint(40, 64) : rint(17, 38);
      const male = k2 !== 1;
      const id = makeId(REGION_OLD, birthBetween(2021 - age, 2021 - age), male, n === 9 ? true : undefined);
      let s;
      if (age > 60) s = k2 === 0 && h % 3 === 0 ? 3 : 2;
      else s = (n + h) % 3 === 1 ? 1 : 0;
      const typed = n === 9 ? id.slice(0, 17) + "x" : id;
      pRows.push([++n, townOf[v], v, head, k2 === 0 ? head : k2 === 1 ? personName() : personName(head[0]), ["户主", "配偶", "子女", "子女", "子女"][k2], typed, ST[s], k2 === 0 ? mask(phone()) : null]);
      const rec = { id, labour: s <= 1 };
      if (s <= 1) rec.migrant = s === 1;
      pRecs.push(rec);
    }
  }
  assert(pRecs[9].id.endsWith("X") && pRows[11][6].endsWith("x"), "l1 a lower-case x typed");
  assert(pRecs.some((r) => r.migrant === true) && pRecs.some((r) => r.migrant === false) && pRecs.some((r) => r.labour === false), "l1 all statuses");

  // ---------------- 通讯录 (not a ledger)
  const cRows = [["各镇（街道）电商工作联络员通讯录"], ["镇（街道）", "姓名", "职务", "办公电话", "手机"]];
  TD.forEach(([t], i) => cRows.push([t, personName(), i % 2 ? "党政办干部" : "经济发展办副主任", `0663-32${String(rint(10000, 99999))}`, mask(phone())]));
  return {
    description:
      "揭阳揭东区商务局台账工作簿。“行政村名单”每镇一行，该镇全部行政村写在一个单元格里（“、”分隔，每7个换一次行），省定贫困村另列在“其中：省定贫困村”格（没有的写“无”），社区不列入（表头下说明）；应逐村读出168个行政村及是否贫困村。“服务站点”没有所在村一列：站点名称多为“邮乐购××店”“益农信息社（××）”“××镇村级电商服务站（n）”，村只能从“站点地址”读（“××村委会办公楼一楼”“揭东区××镇××村12号”“××村民委员会综合楼旁”“××村文化广场东侧”）；一处在金城社区；启用时间有日期格、两位年份的“20.11.29”式、“2021-8-7”式、中文日期；9月启用的两站也是记录。“培训台账”两行表头，“培训人数（人次）”下分“计划|实到”，人次应取“实到”（有一期实到多于计划），“其中”下的贫困户、妇女是其中数；两期写成日期范围，按结束日；合计行不是记录。“贫困劳动力台账”只有一列“劳动力状况”：有劳动能力（在家）/有劳动能力（外出务工）/无劳动能力/丧失劳动能力，无劳动能力的不判断务工；有一个身份证号末位小写x；户主列每行都重复。“通讯录”不是台账。",
    sheets: [
      { name: "行政村名单", rows: vRows, merges: vMerges },
      { name: "服务站点", rows: stRows, merges: ["A1:G1"] },
      { name: "培训台账", rows: tRows, merges: tMerges },
      { name: "贫困劳动力台账", rows: pRows, merges: ["A1:I1"] },
      { name: "通讯录", rows: cRows, merges: ["A1:E1"] },
    ],
    expect: {
      sheets: {
        "行政村名单": { kind: "villages", records: vRecs },
        "服务站点": { kind: "stations", records: stRecs },
        "培训台账": { kind: "training", records: tRecs },
        "贫困劳动力台账": { kind: "poorPersons", records: pRecs },
        "通讯录": { kind: null },
      },
    },
  };
}


// =====================================================================================================
// l2 — 清远清新区: 领导小组 sheet; enterprises with exit dates in 状态 text; disbursements per project in (日期|金额) groups;
//      reports per reporting month with the send date in brackets; the site column copied from the web page; media; materials.
// =====================================================================================================
function buildL2() {
  const CUT = "2021-08-31";
  const DIV = "441803";
  // ---------------- 领导小组 (not a ledger)
  const gRows = [["清新区电子商务进农村综合示范工作领导小组成员名单"], ["（清新府办〔2020〕15号）"], ["职务", "姓名", "单位及职务"],
    ["组　长", "陈××", "区委副书记、区长"], ["副组长", "黄××", "副区长"], ["成　员", "李××", "区商务局局长"], [null, "梁××", "区财政局局长"],
    [null, "朱××", "区农业农村局局长"], [null, "邓××", "区乡村振兴局局长"], [null, "何××", "区交通运输局局长"], [null, "罗××", "清远邮政分公司清新区分公司总经理"],
    ["领导小组办公室设在区商务局，办公室主任由李××兼任。"]];
  const gMerges = ["A1:C1", "A2:C2", "A6:A11", `A${gRows.length}:C${gRows.length}`];

  // ---------------- 入驻企业: 状态 carries the exit
  const ENT = [
    ["清远市清新区桂花鱼电子商务有限公司", "活鱼、水产网销", "销售型", "2020-12", null, "在园"],
    ["清远市清新区农品优选网络科技有限公司", "本地农产品电商平台", "平台型电商", "2020-12", null, "在园"],
    ["清远市清新区顺达快递服务有限公司", "快递收派", "物流快递", "2020-12", null, "在园"],
    ["清远市清新区云端电商运营服务有限公司", "网店代运营", "电商运营服务商", "2020-12-28", null, "在园"],
    ["清新区太和镇麻竹笋网店", "麻竹笋网销", "销售型", "2021-01-08", "2021-05-20", "已退园（2021.5.20）"],
    ["清远市清新区直播星传媒有限公司", "直播带货", "直播电商", "2021-01-22", null, "在园"],
    ["清远市清新区清远鸡电子商务有限公司", "清远鸡网销", "销售型", "2021-03-08", null, "在园"],
    ["清新区山塘镇砂糖橘网店", "砂糖橘网销", "销售型", "2021-03-19", "2021-07", "2021年7月迁出"],
    ["清远市清新区冷链仓储物流有限公司", "冷链仓储配送", "物流快递", "2021-04", null, "在园"],
    ["清远市清新区乡味农业专业合作社", "农产品收购、网销", "农民专业合作社", "2021-04-16", null, "在园"],
    ["清远市清新区禾云茶叶电子商务有限公司", "茶叶网销", "销售型", "2021-05-07", null, "在园（孵化期满待续签）"],
    ["清远市清新区笔架山文创网店", "文创产品网销", "销售型", "2021-06", null, "在园"],
    ["清远市清新区三坑腐竹电子商务商行", "腐竹网销", "销售型", "2021-06-25", null, "在园"],
    ["清远市清新区新农人电商培训有限公司", "电商培训", "电商运营服务商", "2021-08-13", null, "在园"],
    ["清远市清新区石潭豆腐干网店", "豆腐干网销", "销售型", "2021-09-06", null, "在园"],
  ];
  const eRows = [["清新区电子商务产业园入驻企业台账"], ["序号", "企业名称", "统一社会信用代码", "主营业务", "企业类型", "入驻时间", "状态"]];
  const eRecs = [];
  ENT.forEach(([n, biz, type, en, left, state], i) => {
    const dc = en.length === 7 ? cnMonth(en) : i % 2 ? dotDate(en) : D(en);
    eRows.push([i + 1, n, creditCode(DIV), biz, type, dc, state]);
    eRecs.push({ name: n, type, entered: en, left });
  });
  eRows.push(["注：状态一栏按2021年9月10日情况填写。"]);

  // ---------------- 资金拨付: three (日期 | 金额) groups per project; 元, with two cells typed in 万
  const PRJ = [
    ["清新区电子商务公共服务中心建设", "清远市清新区建业装饰工程有限公司", 1980000, [["2020-07-16", 594000], ["2020-12-22", 792000], ["2021-06-30", 396000]]],
    ["村级电商服务站点建设", "清远市清新区供销电子商务有限公司", 1450000, [["2020-10-28", 435000], ["2021-03-26", 580000], ["2021-09-10", 290000]]],
    ["农村电商人才培训", "清远市清新区新农人电商培训有限公司", 680000, [["2020-11-13", 204000, "20.4万"], ["2021-05-14", 272000]]],
    ["县镇村三级物流配送体系建设", "清远市清新区顺达快递服务有限公司", 2150000, [["2020-09-25", 645000], ["2021-02-05", 860000, "86万"], ["2021-08-20", 430000]]],
    ["农产品质量追溯系统建设", "广东粤溯信息科技有限公司", 760000, [["2021-01-20", 228000], ["2021-07-23", 304000]]],
    ["农产品品牌培育及推广", "清远市清新区直播星传媒有限公司", 520000, [["2021-04-16", 156000]]],
    ["网销调研及网络促销活动", "清远市清新区云端电商运营服务有限公司", 380000, [["2021-06-11", 114000], ["2021-08-30", 152000]]],
    ["公共服务中心运营服务（2020—2021年度）", "清远市清新区云端电商运营服务有限公司", 1080000, [["2021-03-05", 540000]]],
  ];
  const fRows = [["清新区省级电子商务进农村综合示范专项资金拨付台账"], ["金额单位：元"],
    ["序号", "项目名称", "承建单位", "合同金额", "第一次拨付", null, "第二次拨付", null, "第三次拨付", null, "累计拨付", "备注"],
    [null, null, null, null, "日期", "金额", "日期", "金额", "日期", "金额", null, null]];
  const fMerges = ["A1:L1", "A2:L2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:H3", "I3:J3", "K3:K4", "L3:L4"];
  const fRecs = [];
  let q = 0;
  PRJ.forEach(([name, who, contract, pays], i) => {
    const cells = [];
    for (let j = 0; j < 3; j++) {
      const p = pays[j];
      if (!p) {
        cells.push(null, null);
        continue;
      }
      const [iso, amt, typed] = p;
      const f = q++ % 4;
      cells.push(f === 0 ? D(iso) : f === 1 ? dotDate(iso) : f === 2 ? slashDate(iso) : iso.replace(/-/g, ""), typed || amt);
      fRecs.push({ date: iso, amount: amt });
    }
    const paid = sum(pays.map((p) => p[1]));
    assert(paid <= contract, "l2 paid ≤ contract");
    fRows.push([i + 1, name, who, contract].concat(cells, [paid, pays.some((p) => p[0] > CUT) ? "第三次拨付在9月" : null]));
  });
  const tot = sum(PRJ.map((p) => sum(p[3].map((x) => x[1]))));
  fRows.push(["合计", null, null, sum(PRJ.map((p) => p[2])), null, null, null, null, null, null, tot, null]);
  fMerges.push(`A${fRows.length}:C${fRows.length}`);
  assert(fRecs.length === 17 && tot === sum(fRecs.map((r) => r.amount)), "l2 17 payments");
  assert(fRows.slice(4, -1).every((r) => typeof r[4] !== "string" || /\d/.test(r[4])), "l2 date cells");

  // ---------------- 月报报送: one row per reporting month, the send date in brackets (year rolls over at 12月)
  const RM = monthsBetween("2020-08", "2021-08");
  const rRows = [["清新区电子商务进农村工作月报报送情况"], ["报告月份", "报送情况", "附扶贫统计", "报送人"]];
  const rRecs = [];
  for (const m of RM) {
    const [y, mm] = ymd(m + "-01");
    if (m === "2021-01") {
      rRows.push([`${y}年${mm}月`, "未单独报送（春节，与2月合并）", null, null]);
      continue;
    }
    const next = monthsBetween(m, "2021-12")[1];
    const iso = `${next}-${String(rint(5, 12)).padStart(2, "0")}`;
    const [, nm, nd] = ymd(iso);
    const pov = m >= "2020-10";
    rRows.push([`${y}年${mm}月`, `已报送（${nm}.${nd}）`, pov ? "√" : "×", personName()]);
    rRecs.push({ date: iso, poverty: pov });
  }
  rRows.push(["注：括号内为报送日期。"]);
  assert(rRecs.some((r) => r.date.startsWith("2021-01")) && rRecs[rRecs.length - 1].date.startsWith("2021-09"), "l2 year rollover, last sent in September");

  // ---------------- 专栏（网页复制）: the column's list page pasted, newest first
  const PUB = [["2020-06-12", "清新区电子商务进农村综合示范县创建工作方案"], ["2020-07-03", "清新区电子商务进农村综合示范项目基本信息公示"],
    ["2020-08-14", "清新区电子商务进农村综合示范项目建设进度（2020年7月）"], ["2020-09-11", "清新区电子商务进农村综合示范项目建设进度（2020年8月）"],
    ["2020-10-16", "清新区电子商务进农村综合示范项目建设进度（2020年9月）"], ["2020-11-13", "清新区电子商务进农村综合示范项目建设进度（2020年10月）"],
    ["2020-12-18", "清新区电子商务进农村综合示范项目建设进度（2020年11月）"], ["2021-01-15", "关于公开征求《清新区农村电商扶持办法（征求意见稿）》意见的公告"],
    ["2021-03-12", "清新区电子商务进农村综合示范项目建设进度（2020年12月—2021年2月）"], ["2021-04-16", "清新区电子商务进农村综合示范项目建设进度（2021年3月）"],
    ["2021-05-14", "清新区电子商务进农村综合示范项目建设进度（2021年4月）"], ["2021-06-11", "清新区电子商务进农村综合示范项目建设进度（2021年5月）"],
    ["2021-07-16", "清新区电子商务进农村综合示范项目建设进度（2021年6月）"], ["2021-08-13", "清新区电子商务进农村综合示范项目建设进度（2021年7月）"],
    ["2021-09-03", "清新区电子商务进农村综合示范项目建设进度（2021年8月）"]];
  const webRows = [["首页 > 政务公开 > 专题专栏 > 电子商务进农村综合示范"], ["电子商务进农村综合示范"]];
  const dRecs = [];
  for (const [iso, title] of PUB.slice().reverse()) {
    webRows.push([`· ${title}　　${iso}`]);
    dRecs.push({ date: iso });
  }
  webRows.push([`共 ${PUB.length} 条　每页 20 条　1/1 页`]);
  webRows.push(["首页　上一页　下一页　尾页"]);
  webRows.push(["（2021年9月10日从区政府网站专栏页面复制）"]);

  // ---------------- 宣传报道
  const MED = [
    ["2020-09-18", "清新区融媒体中心", "区县级", "电视新闻", "我区首批村级电商服务站挂牌", "county", true],
    ["2020-11-06", "清远日报", "地市级", "报纸", "清新：电商进村 麻竹笋“出山”", "city", false],
    ["2021-01-22", "清远发布", "地市级", "微信公众号", "年货节里的清新好物", "city", false],
    ["2021-04-09", "南方+", "省级", "网站", "清新区电商助农增收见成效", "province", false],
    ["2021-05-28", "清远广播电视台《清远新闻》", "地市级", "电视新闻", "清新桂花鱼搭上直播快车", "city", true],
    ["2021-07-02", "广东广播电视台珠江频道", "省级", "电视专题", "小站点连起大市场——清新电商扶贫纪实", "province", true],
    ["2021-08-12", "清新发布", "区县级", "视频号", "跟着主播逛清新", "county", false],
    ["2021-09-16", "新华网", "国家级", "网站", "广东清新：电商赋能乡村振兴", "national", false],
  ];
  const mRows = [["清新区电子商务进农村宣传报道统计"], ["序号", "报道日期", "媒体名称", "报道层级", "形式", "标题"]];
  const mRecs = [];
  MED.forEach(([iso, media, lv, form, title, level, tv], i) => {
    mRows.push([i + 1, i % 3 === 0 ? dotDate(iso) : i % 3 === 1 ? cnDate(iso) : D(iso), media, lv, form, title]);
    mRecs.push({ date: iso, level, tv });
  });

  // ---------------- 经验材料
  const matRows = [["经验材料报送登记"], ["报送时间", "材料名称", "报送对象"],
    ["2021.04", "清新区“电商+桂花鱼”产业带动经验", "清远市商务局"], [D("2021-06-18"), "清新区村级电商服务站点建设做法", "清远市商务局"],
    ["2021年8月", "清新区电子商务进农村综合示范创建典型案例", "清远市商务局"]];
  return {
    description:
      "清远清新区商务局台账工作簿。“领导小组”是成员名单，不是台账。“入驻企业”入驻时间有只到月的“2020年12月”“2021年4月”（读作月份）、日期格、“2020.12.28”式文本；退园写在“状态”文字里：“已退园（2021.5.20）”退出日2021-05-20，“2021年7月迁出”退出月2021-07，“在园（孵化期满待续签）”仍在园；企业类型照写（平台型电商、销售型、物流快递、电商运营服务商、直播电商、农民专业合作社）；9月入驻的一家也是记录。“资金拨付”每个项目一行，三组“日期|金额”列（两行表头、合并的“第一次/第二次/第三次拨付”），每组有值就是一笔拨付，按行从左到右读；金额单位元，但有两格写成“20.4万”“86万”；日期有日期格、“2020.12.22”式、“2020/11/13”式和“20210514”式8位文本；合同金额、累计拨付、合计行都不是拨付；9月10日一笔仍是记录。“月报报送”每个报告月份一行，报送日期写在“已报送（10.12）”括号里，只有月.日，年份按报告月份的下个月推（2020年12月的报告“（1.8）”是2021年1月），2021年1月“未单独报送”不是记录；附扶贫统计√/×。“专栏（网页复制）”是从政府网站专栏列表页粘贴的：每条标题和发布日期在同一格（“· 标题　　2021-09-03”），按最新在前排列，标题里的“（2021年7月）”是进度所属月份不是发布日期；面包屑、“共15条”、翻页行不是记录。“宣传报道”层级为国家级/省级/地市级/区县级；形式“电视新闻”“电视专题”是电视，“视频号”不是。“经验材料”报送时间有“2021.04”“2021年8月”两种只到月的写法。",
    sheets: [
      { name: "领导小组", rows: gRows, merges: gMerges },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1", `A${eRows.length}:G${eRows.length}`] },
      { name: "资金拨付", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: rRows, merges: ["A1:D1", `A${rRows.length}:D${rRows.length}`] },
      { name: "专栏（网页复制）", rows: webRows },
      { name: "宣传报道", rows: mRows, merges: ["A1:F1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:C1"] },
    ],
    expect: {
      sheets: {
        "领导小组": { kind: null },
        "入驻企业": { kind: "enterprises", records: eRecs },
        "资金拨付": { kind: "funds", records: fRecs },
        "月报报送": { kind: "reports", records: rRecs },
        "专栏（网页复制）": { kind: "disclosures", records: dRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "经验材料": { kind: "materials", records: [{ date: "2021-04" }, { date: "2021-06-18" }, { date: "2021-08" }] },
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
write("counties", "b157-c1-qujiang.json", c1);
write("facts", "b157-f1-chaoyang.json", f1);
write("facts", "b157-f2-xingning.json", f2);
write("facts", "b157-f3-wuhua.json", f3);
write("ledgers", "b157-l1-jiedong.json", l1);
write("ledgers", "b157-l2-qingxin.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
