// Batch 162 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block adapted from
// counties/_make/gen-b160.js. Deterministic: seeded PRNG, no clock.
//
// c1 江城区 (阳江): facts as a 佐证材料目录 (evidence binder index: 要点摘录 + 分项自评, claimed points merged per indicator);
//    villages printed in two side-by-side blocks (★ poor, Y/N express); stations without a village column (village only in
//    the station name, "2020.10"/"2021.10" month texts); sessions by month with 小计 rows and a running 累计 column; park
//    enterprises with 协议签订日期 vs 实际入驻日期 and type codes A–E; funds pivoted by project in 万元 with a mid-table
//    累计 row; the city bureau's OA 收文 export (holding the case material too); a CMS export with drafts; media as a
//    级别 × 形式 cross-tab with several reports per cell.
// f1 南海区 (佛山): a PDF/Word report pasted line by line into column A (page heads/footers, values split from labels and
//    units across lines), claimed points in prose, judged items as a small pasted table.
// f2 惠城区 (惠州): a 自查表 with ticks in 是 | 否 columns under a merged 自查结果 header, corrections beside the old values,
//    a second 评判项自评 table below, a hidden drop-down sheet.
// f3 花都区 (广州): the form filled twice (中期评估 | 本次考评 columns) with "同左", midterm values as distractors, units in a
//    单位 column overridden by units in the cell.
// l1 金湾区 (珠海): stacked sign-in sheets (date only in each block's 培训时间 line; masked / full / x / apostrophe IDs),
//    a poor list whose 劳动力状况 column carries both labour and migrant state, the mailbox's 已发送 export.
// l2 端州区 (肇庆): village type only in the name suffix, 省定/市定/非 poor categories, two-row headers, corrections beside
//    old values in the station ledger, a 三栏式 fund book (年 header, 月|日, 本月合计/本年累计/过次页/承前页), media in
//    year sections with 月日-only dates.
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
let seed = 162162;
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
    assert(/^b162-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b162-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b162-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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

// =====================================================================================================
// c1 — 阳江江城区: the facts are the clerk's 佐证材料目录 (evidence binder index) with 要点摘录 and 分项自评 columns and the
//      claimed points merged per indicator; the village list printed in two side-by-side blocks; a station ledger with no
//      village column (the village is only in the station's name); a session ledger with month 小计 rows and a running
//      累计 column; park enterprises with 协议签订日期 vs 实际入驻日期 and type codes; a fund ledger pivoted by project in
//      万元; the city bureau's OA 收文 export (which also holds the case material); a CMS export of the column with drafts;
//      press reports as a 级别 × 形式 cross-tab with several reports per cell.
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "441702";
  const TD = [["城南街道", 3, 6], ["城北街道", 2, 7], ["城东街道", 2, 5], ["城西街道", 3, 6], ["白沙街道", 6, 4], ["中洲街道", 4, 3],
    ["岗列街道", 7, 2], ["埠场镇", 9, 1], ["双捷镇", 8, 1]];
  const namer = villageNamer("那大小新东西南北上下黄白石山平龙凤金沙福安乐合丰茶麻", [
    "垌", "塘", "岭", "坡", "头", "埇", "寮", "围", "湾", "洋", "墩", "田", "岗", "排", "步", "江"]);
  const newName = noDupNamer(namer, TD.map(([t]) => t.slice(0, 2)));
  const towns = TD.map(([town, nv, nc]) => {
    const vs = [];
    for (let k = 0; k < nv; k++) vs.push(newName());
    const cs = [];
    for (let k = 0; k < nc; k++) cs.push(newName().replace(/村$/, "社区"));
    return { town, vs, cs };
  });
  const admin = towns.flatMap((t) => t.vs);
  const comms = towns.flatMap((t) => t.cs);
  assert(admin.length === 44 && comms.length === 35, "c1 44 villages + 35 communities");
  const townOf = {};
  for (const t of towns) for (const v of t.vs.concat(t.cs)) townOf[v] = t.town;
  const T = (name) => towns.find((t) => t.town === name);
  const poorList = [T("岗列街道").vs[1], T("岗列街道").vs[4], T("埠场镇").vs[2], T("埠场镇").vs[6], T("双捷镇").vs[0], T("双捷镇").vs[5]];
  const poorSet = new Set(poorList);
  const noExpress = T("双捷镇").vs[7];
  assert(!poorSet.has(noExpress), "c1 the village without express is not poor");

  // ---------------- 村居名单: two side-by-side blocks (printed on one A4 page)
  const entries = [];
  for (const t of towns) {
    for (const v of t.vs) entries.push({ town: t.town, name: v, cell: v + "委会", cls: "村委会", poor: poorSet.has(v), exp: v !== noExpress });
    for (const c of t.cs) entries.push({ town: t.town, name: c, cell: c + "居委会", cls: "居委会", poor: false, exp: true });
  }
  assert(entries.length === 79, "c1 79 村（居）委会");
  const half = 40;
  const left = entries.slice(0, half);
  const right = entries.slice(half);
  const vRows = [["阳江市江城区村（居）民委员会名单"], ["资料来源：区民政局（2021年3月）　　　　　　　　　　　　　　单位：个"],
    ["序号", "镇（街道）", "村（居）委会名称", "类别", "省定贫困村", "通快递", null, "序号", "镇（街道）", "村（居）委会名称", "类别", "省定贫困村", "通快递"]];
  const vMerges = ["A1:M1", "A2:M2"];
  const blockCells = (e, i, prev) => (e ? [i + 1, prev && prev.town === e.town ? null : e.town, e.cell, e.cls, e.poor ? "★" : null, e.exp ? "Y" : "N"] : [null, null, null, null, null, null]);
  for (let i = 0; i < half; i++) {
    const l = blockCells(left[i], i, i > 0 ? left[i - 1] : null);
    const r = blockCells(right[i], half + i, i > 0 ? right[i - 1] : null);
    vRows.push(l.concat([null], r));
  }
  // town merges inside each block
  const runMerges = (list, col, offsetRow) => {
    for (let i = 0; i < list.length; ) {
      let e = i;
      while (e + 1 < list.length && list[e + 1].town === list[i].town) e++;
      if (e > i) vMerges.push(`${col}${offsetRow + i}:${col}${offsetRow + e}`);
      i = e + 1;
    }
  };
  runMerges(left, "B", 4);
  runMerges(right, "I", 4);
  vRows.push([`注：★为省定贫困村（共${poorList.length}个）；通快递：Y为有快递企业在村设点或定时上门收派，N为未通。合计村委会${admin.length}个、社区居委会${comms.length}个。`]);
  vMerges.push(`A${vRows.length}:M${vRows.length}`);
  assert(vRows[3][1] === "城南街道" && vRows[3][8] === right[0].town && right[0].town === "白沙街道", "c1 right block starts mid-town " + right[0].town);
  assert(left[half - 1].town === "白沙街道", "c1 白沙街道 is split over both blocks");

  // ---------------- 站点台账: no village column, the village is in the station's name
  const poorLate = poorList[3];
  const nonPoor = shuffle(admin.filter((v) => !poorSet.has(v)));
  const coveredPlan = poorList.filter((v) => v !== poorLate).concat(nonPoor.slice(0, 25));
  const octLate = nonPoor[25];
  assert(coveredPlan.length === 30 && !coveredPlan.includes(octLate), "c1 30 villages planned covered");
  const ST = coveredPlan.map((v) => ({ v, iso: randIsoBetween("2020-05-11", "2021-07-28"), kind: "village" }));
  ST[5].iso = "2020-10-16";
  ST[5].fmt = "monthDot";
  ST.push({ v: coveredPlan[3], iso: "2021-05-18", kind: "dup" });
  ST.push({ v: T("城南街道").cs[2], iso: "2020-11-20", kind: "comm" });
  ST.push({ v: null, town: "埠场镇", iso: "2020-09-15", kind: "town" });
  ST.push({ v: null, town: "双捷镇", iso: "2020-10-09", kind: "town" });
  ST.push({ v: poorLate, iso: "2021-09-10", kind: "village", late: true });
  ST.push({ v: octLate, iso: "2021-10-12", kind: "village", late: true, fmt: "monthDot" });
  ST.sort((a, b) => cmp(a.iso, b.iso));
  const stRows = [["江城区镇村电子商务服务站点台账"], ["填报单位：江城区商务局　　　　更新至2021年10月"],
    ["站点编号", "站点名称", "详细地址", "服务内容", "负责人", "联系电话", "开业时间", "备注"]];
  const SERV = ["代购代销、代收代发快递", "代购代销、代缴费、小额信贷", "电商宣传、代购代销", "代收代发快递、代缴费"];
  const SPOT = ["村委会办公楼一楼", "文化室旁", "村口商店", "党群服务中心", "村小卖部"];
  let monthTextOct2020 = false;
  const stRecs = [];
  ST.forEach((s, i) => {
    const town = s.town || townOf[s.v];
    let name;
    let addr;
    if (s.kind === "town") {
      name = `江城区${town}电商服务中心站`;
      addr = `阳江市江城区${town}圩镇${town.slice(0, 2)}大道${rint(2, 60)}号`;
    } else if (s.kind === "comm") {
      name = `江城区${town}${s.v}电商服务站`;
      addr = `阳江市江城区${town}${s.v}居委会旁`;
    } else if (s.kind === "dup") {
      name = `江城区${town}${s.v.replace(/村$/, "")}村委会电商服务点`;
      addr = `阳江市江城区${town}${s.v}${SPOT[4]}`;
    } else {
      name = `江城区${town}${s.v}电商服务站`;
      addr = `阳江市江城区${town}${s.v}${SPOT[i % 4]}`;
    }
    let fmt = s.fmt || ["D", "monthDot", "dot", "cn", "cnMonth", "slash"][i % 6];
    if (s.late && !s.fmt) fmt = "cn";
    if ((fmt === "monthDot" || fmt === "cnMonth") && !s.late) assert(ym(s.iso) <= "2021-07", "c1 month-only dates before August");
    const dc = fmt === "D" ? D(s.iso) : fmt === "monthDot" ? monthDot(s.iso) : fmt === "dot" ? dotDate(s.iso) : fmt === "cn" ? cnDate(s.iso) : fmt === "cnMonth" ? cnMonth(s.iso) : slashDate(s.iso);
    if (dc === "2020.10") monthTextOct2020 = true;
    const note = s.kind === "town" ? "镇级服务站" : s.kind === "dup" ? "同村第二个服务点" : s.kind === "comm" ? "社区服务站" : null;
    stRows.push([`JC-ZD-${String(i + 1).padStart(3, "0")}`, name, addr, SERV[i % 4], personName(), mask(phone()), dc, note]);
    stRecs.push({ v: s.v, opened: fmt === "monthDot" || fmt === "cnMonth" ? ym(s.iso) : s.iso, iso: s.iso });
  });
  stRows.push([`注：共${ST.length}个站点（镇级2个、社区1个）。`]);
  assert(monthTextOct2020 && stRecs.some((r, k) => r.opened === "2020-10" && ST[k].kind === "village"), "c1 a village station typed 2020.10");
  assert(stRows.some((r) => r[6] === "2021.10"), "c1 a station typed 2021.10");
  const covered = new Set(stRecs.filter((r) => r.v && admin.includes(r.v) && r.opened <= CUT).map((r) => r.v));
  assert(covered.size === 30, "c1 30 villages covered " + covered.size);
  assert(30 * 100 < 70 * 44 && 31 * 100 >= 70 * 44 && pct1(30, 44) === "68.2%", "c1 30/44 = 68.2% (31 would be 70.5%)");
  const poorCovered = poorList.filter((v) => covered.has(v)).length;
  assert(poorCovered === 5 && pct1(5, 6) === "83.3%", "c1 5/6 poor villages covered");

  // ---------------- 培训台账: sessions by month with 小计 rows and a running 累计 column
  const TOPIC = ["农村电商基础知识培训班", "网店开设与运营实操班", "短视频与直播带货培训班", "农产品品牌与包装培训班", "脱贫户电商技能专题班",
    "海产品电商营销培训班", "电商客服与售后培训班", "社群团购运营培训班"];
  const OBJ = ["农户、合作社社员", "返乡青年", "脱贫户", "电商从业人员", "村站点负责人", "个体工商户"];
  const months = monthsBetween("2020-04", "2021-08");
  const SES = [];
  for (const m of months) {
    const k = m === "2020-04" ? 1 : rint(1, 3);
    const days = [];
    while (days.length < k) {
      const d = rint(3, 27);
      if (!days.includes(d)) days.push(d);
    }
    days.sort((a, b) => a - b);
    for (const d of days) SES.push({ iso: `${m}-${String(d).padStart(2, "0")}`, n: rint(40, 200), online: rnd() < 0.2 });
  }
  for (let diff = 4120 - sum(SES.map((s) => s.n)), j = 0; diff !== 0; j = (j + 7) % SES.length) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 9);
    if (SES[j].n + st >= 30 && SES[j].n + st <= 260) {
      SES[j].n += st;
      diff -= st;
    }
  }
  assert(sum(SES.map((s) => s.n)) === 4120 && SES.every((s) => s.n >= 30 && s.n <= 260), "c1 sessions before the cut-off add to 4,120");
  const LATE = [{ iso: "2021-09-09", n: 260 }, { iso: "2021-09-23", n: 160 }];
  const cancelAt = SES.findIndex((s) => s.iso >= "2021-06-01");
  const tRows = [["江城区电子商务进农村培训台账"], ["序号", "培训日期", "培训班名称", "培训对象", "培训形式", "培训人次", "累计人次", "备注"]];
  let run = 0;
  let no = 0;
  let subtotalSum = 0;
  const emitMonth = (m, list) => {
    let sub = 0;
    list.forEach((s) => {
      if (s.cancel) {
        tRows.push([++no, dotDate(s.iso), s.topic, s.obj, "线下", "—", null, "受疫情影响取消，顺延至下月"]);
        return;
      }
      run += s.n;
      sub += s.n;
      const dc = no % 3 === 1 ? dotDate(s.iso) : D(s.iso);
      tRows.push([++no, dc, s.topic, s.obj, s.online ? "线上直播" : "线下", s.n, run, s.online ? "线上人次按平台实名签到统计" : null]);
    });
    tRows.push([null, `${cnMonth(m)}小计`, null, null, null, sub, null, null]);
    subtotalSum += sub;
  };
  const allSes = SES.map((s, i) => ({ ...s, topic: TOPIC[i % TOPIC.length], obj: TOPIC[i % TOPIC.length].startsWith("脱贫户") ? "脱贫户" : OBJ[i % OBJ.length] }));
  allSes.splice(cancelAt, 0, { iso: `${ym(SES[cancelAt].iso)}-01`, cancel: true, topic: "农村电商直播实训班", obj: "返乡青年" });
  for (const m of months.concat(["2021-09"])) {
    const list = m === "2021-09" ? LATE.map((s, i) => ({ ...s, topic: TOPIC[(i + 3) % TOPIC.length], obj: ["电商从业人员", "返乡青年"][i] })) : allSes.filter((s) => ym(s.iso) === m);
    if (list.length) emitMonth(m, list);
  }
  tRows.push([null, "总计", null, null, null, run, null, null]);
  tRows.push(["注：本台账按月登记，每月末为当月小计；“累计人次”为自2020年4月起累计数。"]);
  assert(run === 4540 && subtotalSum === 4540, "c1 4,540 with September");
  const BASE = Math.min(729100, 500000);
  assert(4120 * 1000 >= BASE * 8 && 4120 * 1000 < BASE * 10, "c1 4,120/500,000 = 0.824% → 8");
  assert(4540 * 1000 < BASE * 10 && 4120 * 1000 < 729100 * 6, "c1 with September still 8; uncapped 0.565% → 0");
  assert(2 * 4120 * 1000 >= BASE * 10, "c1 counting 小计 rows too would reach 10");
  assert(allSes.some((s) => s.cancel && ym(s.iso) <= "2021-08"), "c1 a cancelled session");

  // ---------------- 入驻企业: 协议签订日期 vs 实际入驻日期, type codes
  const ENT = [
    ["阳江市江城区渔乡优品电子商务有限公司", "A", "本地农特产品商城"], ["阳江市江城区海陵湾海产干货网店", "B", "海产干货网络零售"],
    ["阳江市江城区豆豉坊电子商务商行", "B", "阳江豆豉网络销售"], ["阳江市江城区邮政快递物流服务部", "D", "快递收寄"],
    ["阳江市江城区漠阳江电商运营有限公司", "C", "网店代运营"], ["阳江市江城区埠场荔枝专业合作社网店", "B", "荔枝网络销售"],
    ["阳江市江城区鲜到家社区团购平台有限公司", "A", "社区团购平台"], ["阳江市江城区中通快递营业部", "D", "快递收寄"],
    ["阳江市江城区刀剪之都电子商务有限公司", "B", "刀剪网络零售"], ["阳江市江城区直播星空传媒有限公司", "C", "直播带货运营"],
    ["阳江市江城区双捷腊味网店", "B", "腊味网络销售"], ["阳江市江城区云仓供应链管理有限公司", "D", "仓储配送"],
    ["阳江市江城区品牌创意设计工作室", "E", "包装及品牌设计"], ["阳江市江城区岗列生蚝电子商务商行", "B", "生蚝网络销售"],
    ["阳江市江城区农商金融服务站", "E", "电商小额信贷对接"], ["阳江市江城区白沙茶叶网店", "B", "茶叶网络销售"],
    ["阳江市江城区电商人才培训中心", "E", "电商培训"], ["阳江市江城区中洲鱼丸网店", "B", "鱼丸网络销售"],
    ["阳江市江城区顺达冷链物流有限公司", "D", "冷链配送"], ["阳江市江城区乐购网络科技有限公司", "C", "网店代运营"],
    ["阳江市江城区海鲜直发电子商务有限公司", "B", "海鲜网络零售"], ["阳江市江城区南国香蕉网店", "B", "香蕉网络销售"],
    ["阳江市江城区城北文创网店", "B", "文创产品"],
  ].map(([n, t, biz]) => {
    const sign = randIsoBetween("2020-08-20", "2021-06-30");
    return { n, t, biz, sign, en: isoAdd(sign, rint(5, 40)), code: creditCode(REGION) };
  });
  ENT[20].sign = "2021-07-26";
  ENT[20].en = "2021-09-06";
  ENT[21].sign = "2021-08-12";
  ENT[21].en = null;
  ENT[22].sign = "2020-11-02";
  ENT[22].en = "2020-11-20";
  ENT[22].left = "2021-06-30";
  for (const e of ENT.slice(0, 20)) if (e.en > "2021-08-20") e.en = isoAdd(e.sign, 3);
  ENT.sort((a, b) => cmp(a.sign, b.sign));
  const eRows = [["江城区电子商务产业园入驻企业台账"], ["类型代码：A平台型电商企业　B销售型企业　C电商运营商　D物流企业　E其他（设计、金融、培训等服务）"],
    ["序号", "企业名称", "统一社会信用代码", "类型代码", "主营业务", "协议签订日期", "实际入驻日期", "退出日期", "备注"]];
  ENT.forEach((e, i) => {
    const enCell = e.en ? (i % 2 ? dotDate(e.en) : D(e.en)) : null;
    const note = e.en === null ? "已签协议，场地装修中，尚未入驻" : e.left ? "经营调整退园" : e.en > CUT ? "2021年9月入驻" : null;
    eRows.push([i + 1, e.n, e.code, e.t, e.biz, D(e.sign), enCell, e.left ? dotDate(e.left) : null, note]);
  });
  eRows.push([`注：已签订入驻协议${ENT.length}家。`]);
  const inPark = ENT.filter((e) => e.en && e.en <= CUT && !(e.left && e.left <= CUT));
  const signedIn = ENT.filter((e) => e.sign <= CUT && !(e.left && e.left <= CUT));
  assert(inPark.length === 20 && new Set(inPark.map((e) => e.t)).size === 5, "c1 20 in the park by actual entry, types A–E");
  assert(signedIn.length === 22, "c1 22 by signing date (the trap)");

  // ---------------- 资金台账: pivoted by project, 万元 with four decimals
  const PRJ = ["公共服务中心", "村级站点", "物流配送体系", "人才培训", "品牌及营销", "冷链溯源"];
  const PAYROWS = [
    ["2020-06-28", "记-06-015", { 0: 860000 }],
    ["2020-08-14", "记-08-009", { 1: 520000 }],
    ["2020-09-25", "记-09-021", { 2: 480000, 3: 126800 }],
    ["2020-11-10", "记-11-006", { 0: 312500 }],
    ["2020-12-22", "记-12-030", { 1: 436000, 4: 188000 }],
    ["2021-01-29", "记-01-018", { 2: 365000 }],
    ["2021-03-16", "记-03-011", { 3: 142360 }],
    ["2021-04-27", "记-04-024", { 1: 318000, 5: 226500 }],
    ["2021-06-08", "记-06-007", { 4: 96200 }],
    ["2021-08-24", "记-08-019", { 2: 201000 }],
    ["2021-09-15", "记-09-012", { 3: 155000 }],
    ["2021-09-28", "记-09-027", { 5: 248000 }],
  ];
  const ALLOC = 6000000;
  const fRows = [["江城区电子商务进农村综合示范专项资金拨付台账（按项目）"], ["单位：万元"],
    ["拨付日期", "凭证号", "项目类别", null, null, null, null, null, "合计", "备注"],
    [null, null].concat(PRJ, [null, null])];
  const fMerges = ["A1:J1", "A2:J2", "A3:A4", "B3:B4", "C3:H3", "I3:I4", "J3:J4"];
  const colTot = PRJ.map(() => 0);
  let spentPre = 0;
  let spentAll = 0;
  let nPre = 0;
  const addRow = (iso, v, cells) => {
    const amounts = PRJ.map((_, k) => cells[k] || null);
    const rowTot = sum(amounts.map((a) => a || 0));
    fRows.push([iso < "2021-01-01" ? D(iso) : dotDate(iso), v].concat(amounts.map((a) => (a ? wan(a) : null)), [wan(rowTot), null]));
    amounts.forEach((a, k) => (colTot[k] += a || 0));
    spentAll += rowTot;
    return rowTot;
  };
  let midInserted = false;
  for (const [iso, v, cells] of PAYROWS) {
    if (iso > CUT && !midInserted) {
      fRows.push(["截至2021年8月31日累计", null].concat(colTot.map((x) => wan(x)), [wan(spentPre), `支出率${pct1(spentPre, ALLOC)}`]));
      fMerges.push(`A${fRows.length}:B${fRows.length}`);
      midInserted = true;
    }
    const t = addRow(iso, v, cells);
    if (iso <= CUT) {
      spentPre += t;
      nPre += Object.keys(cells).length;
    }
  }
  fRows.push(["合计", null].concat(colTot.map((x) => wan(x)), [wan(spentAll), null]));
  fMerges.push(`A${fRows.length}:B${fRows.length}`);
  fRows.push(["注：省级专项资金下达600万元；本表金额单位均为万元。"]);
  fMerges.push(`A${fRows.length}:J${fRows.length}`);
  assert(spentPre === 4272360 && pct2(spentPre, ALLOC) === "71.21%" && spentPre * 100 >= 70 * ALLOC, "c1 spent by the cut-off 4,272,360 = 71.2%");
  assert(spentAll === 4675360 && nPre === 13, "c1 all rows");
  assert(wan(142360) === 14.236 && wan(4272360) === 427.236, "c1 万元 values");

  // ---------------- 市局收文: the city bureau's OA export (monthly reports + the case material)
  const oRows = [["阳江市商务局收文登记簿（导出）"], ["查询条件：来文单位=江城区商务局；收文时间 2020-08-01 至 2021-09-30　　导出时间：2021-09-08 10:15:32　　共16条"],
    ["收文编号", "来文单位", "来文字号", "文件标题", "收文时间", "紧急程度", "办理状态", "承办科室"]];
  const OA = [];
  for (const m of monthsBetween("2020-08", "2021-08")) {
    const nm = monthsBetween(m, "2021-12")[1];
    OA.push({ iso: `${nm}-${String(rint(2, 8)).padStart(2, "0")}`, title: `关于报送江城区${cnMonth(m)}电子商务进农村综合示范工作进展情况（含电商扶贫统计表）的报告` });
  }
  OA.push({ iso: "2021-06-21", title: "关于报送江城区电子商务进农村典型案例材料的函", material: true });
  OA.push({ iso: "2020-12-15", title: "关于江城区电子商务进农村综合示范项目中期评估自评情况的报告" });
  OA.sort((a, b) => cmp(a.iso, b.iso));
  assert(OA.length === 15, "c1 15 OA rows");
  oRows[1][0] = oRows[1][0].replace("共16条", `共${OA.length}条`);
  const wh = { 2020: 100, 2021: 2 };
  OA.forEach((o, i) => {
    const y = Number(o.iso.slice(0, 4));
    wh[y] += rint(3, 9);
    oRows.push([`YJSW-${y}-${String(200 + i * 17).padStart(4, "0")}`, "江城区商务局", `江商务〔${y}〕${wh[y]}号`, o.title, dtText(o.iso, hms()), "普通",
      o.iso <= "2021-08-31" ? "已办结" : "办理中", o.material ? "电子商务科（案例汇编）" : "电子商务科"]);
  });
  const oMonths = new Set(OA.map((o) => ym(o.iso)));
  assert(WINDOW.every((w) => oMonths.has(w)), "c1 a receipt in every window month");
  assert(OA.filter((o) => o.material && o.iso <= CUT).length === 1, "c1 the case material is in the OA export");

  // ---------------- 专栏文章: CMS export, drafts have no 发布时间
  const CMS = [];
  CMS.push({ c: "2020-06-08", p: "2020-06-10", t: "江城区电子商务进农村综合示范县创建工作方案", st: "已发布" });
  CMS.push({ c: "2020-06-08", p: "2020-06-10", t: "江城区电子商务进农村综合示范项目基本信息", st: "已发布" });
  CMS.push({ c: "2020-06-09", p: "2020-06-10", t: "江城区电子商务进农村综合示范项目监督举报方式", st: "已发布" });
  for (const m of monthsBetween("2020-07", "2021-08")) {
    if (m === "2021-02") continue;
    const d = rint(3, 12);
    const p = `${m}-${String(d).padStart(2, "0")}`;
    CMS.push({ c: isoAdd(p, -rint(0, 2)), p, t: `江城区电子商务进农村综合示范项目建设进度（${cnMonth(monthsBetween("2020-01", m).slice(-2)[0])}）`, st: "已发布" });
  }
  CMS.push({ c: "2021-02-23", p: null, t: "江城区电子商务进农村综合示范项目建设进度（2021年1月）", st: "草稿" });
  CMS.push({ c: "2021-08-30", p: null, t: "关于江城区村级站点运营补贴发放情况的公示", st: "草稿" });
  CMS.sort((a, b) => cmp(a.c, b.c));
  const cRows = [["政府网站内容管理系统　文章列表导出"], ["站点：阳江市江城区人民政府门户网站　　栏目：专题专栏 > 电子商务进农村综合示范　　导出时间：2021-09-03 16:40"],
    ["文章ID", "标题", "所属栏目", "创建人", "创建时间", "发布时间", "状态", "浏览量"]];
  CMS.forEach((x, i) => {
    const tc = `0${rint(8, 9)}:${String(rint(0, 59)).padStart(2, "0")}:${String(rint(0, 59)).padStart(2, "0")}`;
    const tp = `${rint(14, 17)}:${String(rint(0, 59)).padStart(2, "0")}:${String(rint(0, 59)).padStart(2, "0")}`;
    cRows.push([String(880000 + i * 37 + rint(0, 30)), x.t, "专题专栏/电子商务进农村综合示范", "jcswj_dsg", dtText(x.c, tc), x.p ? dtText(x.p, tp) : null, x.st,
      x.p ? rint(60, 900) : 0]);
  });
  const pubMonths = new Set(CMS.filter((x) => x.p && x.p <= CUT).map((x) => ym(x.p)));
  assert(WINDOW.filter((w) => !pubMonths.has(w)).join() === "2021-02", "c1 nothing published in February 2021");
  assert(WINDOW.every((w) => CMS.some((x) => ym(x.c) === w)), "c1 counting 创建时间 would fill February");

  // ---------------- 宣传报道: 级别 × 形式 cross-tab, several reports per cell
  const mdRows = [["江城区电子商务进农村宣传报道统计表"], ["级别", "报纸", "电视", "网络（新媒体）", "小计（篇）"],
    ["中央级", "—", "—", "1.《广东江城：电商进村激活渔乡经济》（中国商务新闻网，2021.9.20）", 1],
    ["省级", "1.《江城农货搭上电商快车》（南方日报，2021.9.6）", "1.《脱贫户直播卖海鲜 江城渔家日子红火》（广东广播电视台《广东新闻联播》，2021.7.16，电商扶贫典型案例）", "—", 2],
    ["市级", "1.《江城村级电商站点实现全覆盖》（阳江日报，2020.12.3）\n2.《江城电商产业园开园》（阳江日报，2021.1.15）", "1.《江城：电商培训进乡村》（阳江广播电视台，2021.4.20）", "1.《江城荔枝网上俏销》（阳江发布，2021.6.2）", 4],
    ["区级", "—", "—", "1.《江城区电子商务进农村综合示范创建启动》（江城区融媒体中心，2020.10.15）\n2.《我区举办第一期直播带货培训》（江城发布，2020.11.3）", 2],
    ["合计", null, null, null, 9],
    ["注：同一篇报道多平台转载的，只统计首发。"]];
  assert(mdRows[6][4] === 1 + 2 + 4 + 2, "c1 media count");

  // ---------------- 佐证材料目录: the facts, claimed points merged per indicator, judged in 分项自评
  const F = [["江城区2019年省级电子商务进农村综合示范创建考评佐证材料目录及自评情况"],
    ["填报单位：阳江市江城区商务局　　考评截止时间：2021年8月31日　　佐证材料共6盒"],
    ["工作任务", "评价指标", "权重", "自评得分", "盒号", "材料序号", "佐证材料名称", "页码", "要点摘录", "分项自评"]];
  const FM = ["A1:J1", "A2:J2"];
  const claimed = {};
  const groupStart = {};
  let curGroup = null;
  const ind = (group, id, name, weight, claim, items) => {
    const r0 = F.length + 1;
    if (group !== curGroup) {
      groupStart[group] = r0;
      curGroup = group;
    }
    items.forEach((it, j) => {
      F.push([j === 0 && groupStart[group] === r0 ? group : null, j === 0 ? name : null, j === 0 ? weight : null, j === 0 ? claim : null].concat(it));
    });
    const r1 = F.length;
    if (r1 > r0) for (const c of ["B", "C", "D"]) FM.push(`${c}${r0}:${c}${r1}`);
    if (id) claimed[id] = claim;
  };
  const endGroup = (group) => {
    const r0 = groupStart[group];
    if (F.length > r0) FM.push(`A${r0}:A${F.length}`);
  };
  const G1 = "加强组织领导与统筹协调（10分）";
  ind(G1, "org.leadership", "组织领导", 2, 2, [
    ["第1盒", "1-1", "《关于成立江城区电子商务进农村综合示范工作领导小组的通知》（江府办〔2019〕41号）", "P1-4",
      "组长：区委副书记、区长；副组长：分管副区长；成员单位：区商务局、区财政局、区农业农村局、区扶贫办（现区乡村振兴局）、区交通运输局、区市场监管局等18个单位", null],
    ["第1盒", "1-2", "领导小组会议纪要（3份）及照片", "P5-16", "2020年4月、2020年11月、2021年6月召开领导小组会议", null]]);
  ind(G1, "org.plan", "方案制定", 2, 2, [["第1盒", "1-3", "《江城区电子商务进农村综合示范县创建工作方案》（江府办〔2020〕6号）", "P17-38", "已正式印发", 2]]);
  ind(G1, "org.policy", "政策支持", 2, 1, [["第1盒", "1-4", "《江城区促进农村电子商务发展的若干措施》", "P39-45", "已出台，已兑现奖补资金18万元；土地、人才方面措施尚在落实", 1]]);
  ind(G1, "org.management", "项目管理", 4, 4, [
    ["第1盒", "1-5", "《江城区电子商务进农村综合示范项目管理办法》《项目验收办法》", "P46-60", "项目管理制度：建设、验收环节严格执行", 2],
    ["第1盒", "1-6", "项目工作台账（站点、培训、资金、宣传等）", "P61-120", "工作台账：完整记录项目建设情况", 2]]);
  endGroup(G1);
  const G2 = "深入推动电子商务进农村工作（55分）";
  ind(G2, "work.center", "服务体系建设——县级中心与产业园", 15, 15, [
    ["第2盒", "2-1", "公共服务中心运营协议、验收报告及照片", "P1-12", "区电子商务公共服务中心2020年12月28日投入运营，面积1500㎡", null],
    ["第2盒", "2-2", "培训室照片、培训设备清单", "P13-18", "有免费培训场所（培训室1间）、培训设备（电脑50台），能组织电商基础培训", null],
    ["第2盒", "2-3", "农特产品展示厅照片", "P19-22", "为阳江豆豉、海产干货等特色农产品提供免费展示、销售服务", null],
    ["第2盒", "2-4", "摄影棚照片、美工服务记录", "P23-30", "为电商市场主体提供免费摄影、美工服务", null],
    ["第2盒", "2-5", "“江城好物”区域公共品牌推广材料", "P31-40", "组织农产品统一推广，指导特色农产品品牌建设", null],
    ["第2盒", "2-6", "代运营、融资对接服务记录", "P41-48", "提供代运营、金融对接等其他衍生增值服务", null],
    ["第2盒", "2-7", "电商产业园整合方案、入驻企业清单", "P49-70", "整合建成江城区电商产业园；入驻企业见《入驻企业》表", null]]);
  ind(G2, "work.coverage", "服务体系建设——村级站点覆盖", 10, 10, [
    ["第2盒", "2-8", "行政村清单、省定贫困村清单", "P71-76", "见《村居名单》表", null],
    ["第2盒", "2-9", "村级电商服务站点清单及视频", "P77-110", "见《站点台账》表", null]]);
  ind(G2, "work.upward", "农村产品上行", 10, 9, [
    ["第3盒", "3-1", "《江城区农产品网络销售调研报告》", "P1-26", "已形成针对性建议", 2],
    ["第3盒", "3-2", "网络促销活动方案及总结（荔枝节、海鲜节等）", "P27-52", "促销成效明显", 2],
    ["第3盒", "3-3", "第三方运营服务商合同", "P53-60", "有专业第三方电子商务运营服务商（阳江市漠阳江电商运营有限公司）", null],
    ["第3盒", "3-4", "区邮政管理部门快递覆盖情况说明", "P61-62", "行政村物流快递覆盖率100%", null],
    ["第3盒", "3-5", "冷链、溯源系统建设材料", "P63-74", "溯源系统已上线，冷链在建，交易标准未出台", 1],
    ["第3盒", "3-6", "网络零售额统计（省商务厅反馈数据）", "P75-76",
      "农村网络零售额：2019年18.62亿元，2020年23.75亿元；农产品网络零售额：2019年2.13亿元，2020年2.81亿元", null]]);
  assert(pct1(2375 - 1862, 1862) === "27.6%" && pct1(281 - 213, 213) === "31.9%" && (281 - 213) * 100 >= 30 * 213, "c1 retail growth 27.6% / 31.9%");
  ind(G2, "work.training", "电商人才培训", 20, 20, [
    ["第4盒", "4-1", "培训通知、培训台账、签到表、照片", "P1-180", "见《培训台账》表；常住人口72.91万人（第七次全国人口普查）", null],
    ["第4盒", "4-2", "参训脱贫人口清单（经区乡村振兴局确认）", "P181-230", "有劳动能力的建档立卡贫困人口（不含外出务工）1,482人，参训1,106人，培训率74.6%", null]]);
  assert(pct1(1106, 1482) === "74.6%" && 1106 * 100 >= 70 * 1482, "c1 poor 74.6% ≥ 70%");
  endGroup(G2);
  const G3 = "加强信息公开及报送（10分）";
  ind(G3, "info.disclosure", "信息公开", 4, 4, [
    ["第5盒", "5-1", "区政府网站专栏截图", "P1-10", "专栏公示创建方案、项目基本信息、项目建设进度，设立监督举报电话", null],
    ["第5盒", "5-2", "专栏更新记录", "P11-30", "见《专栏文章》表", null]]);
  ind(G3, "info.reporting", "数据上报", 6, 6, [["第5盒", "5-3", "向市商务局报送的工作情况", "P31-80", "每月报送，能统计电商扶贫情况；见《市局收文》表", null]]);
  endGroup(G3);
  const G4 = "加强宣传推广（10分）";
  ind(G4, "promo.cases", "案例总结", 2, 2, [["第5盒", "6-1", "江城区电子商务进农村典型案例材料", "P81-95", "2021年6月报送市商务局", null]]);
  ind(G4, "promo.media", "经验推广", 8, 8, [["第5盒", "6-2", "宣传报道汇编", "P96-140", "见《宣传报道》表", null]]);
  endGroup(G4);
  const G5 = "加强财政资金管理（15分）";
  ind(G5, "fund.system", "制度建立", 5, 4, [["第6盒", "7-1", "《江城区电子商务进农村综合示范专项资金管理办法》", "P1-12", "已制定资金管理制度", 4]]);
  ind(G5, "fund.ledger", "资金台账", 5, 4, [["第6盒", "7-2", "承建单位资金专用台账", "P13-60", "已建立资金专用台账", 4]]);
  ind(G5, "fund.spending", "资金支出", 5, 4, [["第6盒", "7-3", "资金拨付文件、凭证", "P61-120",
    "省级专项资金600万元，截至2021年8月31日拨付427.236万元，支出率71.2%；按进度及时拨付", 4]]);
  endGroup(G5);
  const G6 = "加分项（4分）";
  ind(G6, "bonus.poorTraining", "建档立卡贫困人口培训率70%及以上", 2, 2, [["第4盒", "4-2", "同上", null, "培训率74.6%", null]]);
  ind(G6, "bonus.tvCase", "电商扶贫典型案例获电视播报", 2, 1, [["第5盒", "6-2", "同上", null, "2021年7月16日广东广播电视台播报（省级）", null]]);
  endGroup(G6);
  const G7 = "一票否决项";
  ind(G7, null, "安全生产、质量事故", null, "—", [[null, null, null, null, "未发生安全生产、质量事故，未造成重大经济损失和社会不良影响", null]]);
  ind(G7, null, "项目进度", null, "—", [[null, null, null, null, "项目总体进度90%", null]]);
  ind(G7, null, "弄虚作假", null, "—", [[null, null, null, null, "无弄虚作假", null]]);
  endGroup(G7);
  const ctot = sum(Object.values(claimed));
  F.push(["合计", null, 104, ctot, null, null, null, null, "其中基本分95分，加分3分", null]);
  FM.push(`A${F.length}:B${F.length}`);
  F.push(["填报人：林××　　审核人：陈××　　2021年9月9日"]);
  FM.push(`A${F.length}:J${F.length}`);
  assert(ctot === 98, "c1 claimed 98 " + ctot);

  // ---------------- points
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 2,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 2 + 1, "work.coverage": 2 + 3, "work.upward": 2 + 2 + 1 + 0 + 1 + 2,
    "work.training": 8 + 10, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 2, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 86 && bonus === 3, "c1 total " + scored + "+" + bonus);
  const lateSt = stRows.find((r) => r[6] === "2021.10");
  const derivation = [
    "org.leadership: 目录1-1要点：组长“区委副书记、区长”（主要领导），成员单位含区商务局、区财政局、区农业农村局、区扶贫办（现区乡村振兴局） → 2",
    "org.plan: 1-3 方案“已正式印发”，分项自评2 → 2",
    "org.policy: 1-4 政策已出台，分项自评1 → 1（自评得分列也是1）",
    "org.management: 1-5 项目管理制度分项自评2 + 1-6 工作台账分项自评2 → 4",
    "work.center: 中心2020-12-28投入运营 ≤ 截止日 → 2，且 ≤ 2021-02-28 → 运行满6个月 2；免费培训 2、免费展示 1、免费摄影美工 1、品牌推广 1、衍生增值服务 1（2-2至2-6要点）；产业园已整合建成 2；入驻企业表23家，按“实际入驻日期”截止日在园20家（一家2021-09-06才入驻、一家已签协议未入驻、一家2021.6.30退园；按协议签订日期会得22家） → 20 ≥ 20 → 2；类型代码A、B、C、D、E五种 → 1；合计15",
    `work.coverage: 村居名单左右两栏（右栏从序号41接着排，白沙街道跨两栏），类别“村委会”44个（居委会35个不算），★省定贫困村6个；站点台账没有“所在村”列，村名在站点名称里；截止日前有站点的行政村30个（镇级服务中心站2个、${T("城南街道").cs[2]}社区站不算，${coveredPlan[3]}两个站只算一次；${octLate}的开业时间“2021.10”是2021年10月，${poorLate}2021年9月10日开业，都在截止日后） → 30/44 = 68.2%，在50%—70%之间 → 2；省定贫困村5/6 = 83.3%（${poorLate}未覆盖） → 3；合计5（自评10）`,
    `work.upward: 网销调研分项自评2 → 2；促销活动分项自评2 → 2；第三方运营服务商有 → 1；村居名单有“通快递”列，${noExpress}为N → 0（3-4要点说100%，与名单不符，以名单为准并提示）；交易标准与冷链溯源分项自评1 → 1；农村网络零售额18.62亿→23.75亿元增长27.6%不够，农产品网络零售额2.13亿→2.81亿元增长31.9% ≥ 30% → 2；合计8（自评9）`,
    "work.training: 培训台账按月登记，每月有“小计”行、“累计人次”列是滚动合计，都不能再加；一期“受疫情影响取消”人次“—”；2021年9月两期420人次在截止日后；截止日前各期合计4,120人次（“总计”4,540含9月）；常住人口72.91万 > 50万，以500,000为基数：4,120/500,000 = 0.824%，在0.8%—1%之间 → 8；无贫困人口名单，按目录4-2：有劳动能力（不含外出务工）1,482人、参训1,106人，74.6% ≥ 50% → 10；合计18（自评20）",
    "info.disclosure: 5-1要点：专栏公示创建方案、项目基本信息、项目建设进度并设监督举报电话 → 2；专栏文章是内容管理系统导出，“草稿”没有发布时间不算；2021年2月只有一篇草稿（2021-02-23创建），没有发布 → 近一年不是每月更新，不定时 → 1；合计3（自评4）",
    "info.reporting: 市局收文导出（阳江市商务局收到江城区商务局的来文），收文时间2020年9月—2021年8月每月都有月报 → 3；标题“含电商扶贫统计表” → 3；合计6",
    "promo.cases: 收文导出中2021-06-21“关于报送江城区电子商务进农村典型案例材料的函”即向市商务局报送经验材料 → 2",
    "promo.media: 宣传报道是级别×形式交叉表，一格里多篇：省级电视《广东新闻联播》2021.7.16在截止日前 → 省级4（南方日报2021.9.6、中国商务新闻网2021.9.20在截止日后）；市级阳江日报、阳江广播电视台、阳江发布 → 3；区级江城区融媒体中心 → 1；合计8",
    "fund.system: 7-1分项自评4 → 4",
    "fund.ledger: 7-2分项自评4 → 4",
    "fund.spending: 资金台账按项目分列、单位万元（如14.236 = 142,360元），每格一笔，“合计”列是行合计，“截至2021年8月31日累计”行和“合计”行不是拨付；截止日前10行13笔共427.236万元 = 4,272,360元，下达600万元，支出率71.2% ≥ 70% → 分项自评4 → 4（9月两笔40.3万元不算）",
    "bonus.poorTraining: 目录4-2培训率74.6% ≥ 70% → 2",
    "bonus.tvCase: 电商扶贫典型案例2021.7.16在广东广播电视台（省级电视）播报 → 1",
    "veto.incident: 未发生安全生产、质量事故 → 不否决",
    "veto.progress: 项目总体进度90% ≥ 40% → 不否决",
    "veto.fraud: 无弄虚作假 → 不否决",
  ];
  assert(lateSt, "c1 late station row");
  return {
    description:
      "阳江江城区商务局整本工作簿。“佐证材料目录”是考评资料盒目录：工作任务、评价指标、权重、自评得分按指标向下合并，每行一份佐证材料（盒号、序号、页码不是数据），事实写在“要点摘录”里（区长任组长、扶贫办参与；中心2020年12月28日投入运营；零售额四个数；常住人口72.91万；脱贫人口1,482/1,106；600万元、427.236万元），评判项写在“分项自评”列，自评得分合计98。“村居名单”左右两栏打印（右栏接着左栏排，镇街跨栏），★为省定贫困村，通快递Y/N（一村N）。“站点台账”没有所在村列，村名只在站点名称里；有镇级站、社区站、同村两站；开业时间混有“2020.10”“2021.10”（10月）等文字。“培训台账”按月登记，有月小计行、滚动“累计人次”列、取消的一期和9月两期。“入驻企业”分协议签订日期和实际入驻日期，类型用代码A—E。“资金台账”按项目分列，单位万元，中间夹一行“截至8月31日累计”。“市局收文”是市商务局OA收文导出（含一份典型案例材料）。“专栏文章”是网站内容管理系统导出，草稿无发布时间。“宣传报道”是级别×形式交叉表，一格多篇。",
    sheets: [
      { name: "佐证材料目录", rows: F, merges: FM },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: stRows, merges: ["A1:H1", "A2:H2", `A${stRows.length}:H${stRows.length}`] },
      { name: "培训台账", rows: tRows, merges: ["A1:H1", `A${tRows.length}:H${tRows.length}`] },
      { name: "入驻企业", rows: eRows, merges: ["A1:I1", "A2:I2", `A${eRows.length}:I${eRows.length}`] },
      { name: "资金台账", rows: fRows, merges: fMerges },
      { name: "市局收文", rows: oRows, merges: ["A1:H1", "A2:H2"] },
      { name: "专栏文章", rows: cRows, merges: ["A1:H1", "A2:H2"] },
      { name: "宣传报道", rows: mdRows, merges: ["A1:E1", `A${mdRows.length}:E${mdRows.length}`] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 佛山南海区: the self-assessment report copied out of a PDF/Word file into column A, one text line per cell: lines
//      broken mid-sentence (one amount is split from its unit across two cells), page footers "— 3 —" and running heads
//      between pages, spaces around numbers, the claimed points listed in running prose, and only the judged items as a
//      small pasted table at the end.
// =====================================================================================================
function buildF1() {
  // each string is one line of the PDF; "" is an empty line; "@page" starts a new page
  const L = [
    "佛山市南海区电子商务进农村综合示范创建",
    "自评报告",
    "",
    "佛山市南海区商务局",
    "2021 年 9 月",
    "@page",
    "根据《广东省商务厅关于开展 2019 年省级电子商务进农村综合示范",
    "创建考评工作的通知》（粤商务电函〔2021〕101 号）要求，我区对照考",
    "评指标体系开展了自评，考评截止日期为 2021 年 8 月 31 日。现将有关",
    "情况报告如下：",
    "一、基本情况",
    "南海区位于佛山市中北部，下辖桂城街道和九江、西樵、丹灶、狮山、",
    "大沥、里水 6 个镇，共有村（居）委会 290 个，其中村委会 224 个、社区",
    "居委会 66 个。户籍人口 168.92 万人，第七次全国人口普查常住人口",
    "366.72 万人。本区无省定贫困村，另有区级重点帮扶村 12 个。",
    "二、工作开展情况",
    "（一）加强组织领导。成立了以区委副书记、区长为组长，分管副区长为",
    "副组长，区商务局、区财政局、区农业农村局、区扶贫办等 21 个部门为成",
    "员的示范创建工作领导小组。2020 年 1 月正式印发了《佛山市南海区电",
    "子商务进农村综合示范县创建工作方案》（南府办〔2020〕3 号），出台了",
    "《南海区促进农村电子商务发展扶持办法》，在资金、用地、人才方面给予",
    "支持。",
    "（二）建设公共服务体系。区电子商务公共服务中心于 2020 年 5 月建成，",
    "@page",
    "南海区电子商务进农村综合示范创建自评报告",
    "2020 年 6 月 18 日正式投入运营，设有免费培训室、农特产品展示厅、摄",
    "影美工室，免费为电商主体提供培训、产品展示销售、摄影美工服务，组织",
    "“南海好物”农产品统一推广和品牌建设指导，并提供代运营、融资对接等",
    "衍生增值服务。整合优化了南海区电商产业园，入驻企业 46 家。全区建成",
    "村级电商服务站点 186 个（计划 160 个）。引进专业第三方电子商务运营服",
    "务商负责中心运营。行政村快递服务覆盖率达到 100%。",
    "（三）促进农村产品上行。2020 年全区农村网络零售额 386.5 亿元，同比",
    "增长 21.3%；农产品网络零售额 32.6 亿元，较 2019 年的 24.8 亿元增长",
    "31.5%。",
    "（四）开展电商培训。累计举办电商培训 218 期，培训 37,462 人次。全区",
    "有劳动能力的相对贫困人口（不含外出务工人员）684 人，已参加电商培训",
    "512 人，培训率 74.9%。",
    "（五）信息公开与数据报送。在区政府门户网站开设“电子商务进农村综合",
    "示范”专栏，公开了创建方案、项目基本信息和项目建设进度，并公布了监",
    "督举报电话；每月向佛山市商务局报送工作进展，能统计电商扶贫情况。",
    "@page",
    "南海区电子商务进农村综合示范创建自评报告",
    "三、资金使用和管理情况",
    "省下达我区专项资金 1500 万元。截至 2021 年 8 月 31 日，累计拨付 1,236.85",
    "万元，资金支出率 82.46%。制定了《南海区电子商务进农村综合示范专项",
    "资金管理办法》，各项目承办单位均建立了资金专用台账。项目总体进度",
    "达 95%。示范创建期间未发生安全生产、质量事故，未造成重大经济损失和",
    "社会不良影响，不存在弄虚作假行为。",
    "四、自评得分情况",
    "对照考评指标体系，我区自评基本分 98 分，加分 3 分，合计 101 分。其中：",
    "组织领导 2 分，方案制定 2 分，政策支持 2 分，项目管理 4 分；服务体系",
    "建设 25 分（县级中心与产业园 15 分，村级站点覆盖 10 分），农村产品上行",
    "9 分，电商人才培训 20 分；信息公开 4 分，数据上报 6 分；案例总结 2 分，",
    "经验推广 8 分；制度建立 5 分，资金台账 4 分，资金支出 5 分。加分项：贫困",
    "人口培训率 74.9%，加 2 分；电商扶贫典型案例获广东广播电视台播报，加 1",
    "分。",
    "附：评判项自评明细",
  ];
  assert(pct2(1236.85, 1500) === "82.46%" && pct1(512, 684) === "74.9%" && pct1(326 - 248, 248) === "31.5%", "f1 prose numbers agree");
  const claimedList = [2, 2, 2, 4, 15, 10, 9, 20, 4, 6, 2, 8, 5, 4, 5];
  assert(sum(claimedList) === 98 && sum(claimedList) + 3 === 101, "f1 claimed 98 + 3");
  const rows = [];
  const merges = [];
  let page = 1;
  const footer = () => {
    rows.push([null, null, null, `— ${page} —`, null]);
    page++;
  };
  for (const l of L) {
    if (l === "@page") {
      rows.push([]);
      footer();
      rows.push([]);
      continue;
    }
    rows.push(l === "" ? [] : [l]);
  }
  // the judged items as a pasted Word table
  const J = [["序号", "评分项", "分值", "自评分", "说明"],
    [1, "方案制定：工作方案因地制宜，可操作性较强", "1-2", 2, null],
    [2, "政策支持：出台相关政策，且得到较好落实", "1-2", 2, null],
    [3, "项目管理：建立项目管理制度，在建设、验收环节严格落实", "1-2", 2, null],
    [4, "项目管理：建立完整工作台账，详细记录项目建设情况", "1-2", 2, null],
    [5, "农村产品上行：对当地农产品网络销售进行调研，并形成针对性建议", "1-2", 2, null],
    [6, "农村产品上行：开展农村产品网络促销活动成效明显", "1-2", 2, null],
    [7, "农村产品上行：出台农产品电商交易标准，建立冷链、溯源系统", "1-2", 1, "交易标准未出台"],
    [8, "制度建立：建立科学有效的资金管理制度且得到有效落实", "1-5", 5, null],
    [9, "资金台账：项目承建方建立资金专用台账，账目完整", "1-5", 4, null],
    [10, "资金支出：资金支出率70%以上，且根据创建进度及时拨付", "1-5", 5, null]];
  for (const r of J) rows.push(r);
  rows.push([]);
  footer();
  assert(rows.some((r) => r[0] === "366.72 万人。本区无省定贫困村，另有区级重点帮扶村 12 个。"), "f1 population line");
  const split = rows.findIndex((r) => r[0] && r[0].endsWith("累计拨付 1,236.85"));
  assert(split > 0 && rows[split + 1][0].startsWith("万元"), "f1 an amount split from its unit");
  const pageHead = rows.findIndex((r) => r[0] === "南海区电子商务进农村综合示范创建自评报告");
  assert(rows[pageHead - 4][0].endsWith("于 2020 年 5 月建成，") && rows[pageHead + 1][0].startsWith("2020 年 6 月 18 日正式投入运营"), "f1 the opening date runs over a page break");
  return {
    description:
      "佛山南海区商务局把PDF版自评报告复制进Excel：A列一行一个文字行，句子在行中间断开，页与页之间有空行、页码“— 2 —”（在D列）和页眉“南海区电子商务进农村综合示范创建自评报告”；数字前后有空格。要读的都在正文里：考评截止日期2021年8月31日；村委会224个（村（居）委会290个、社区居委会66个不是）；常住人口“366.72 万人”（户籍人口168.92万不是）；“本区无省定贫困村”（区级重点帮扶村12个不算）；区长任组长、商务财政农业农村扶贫办参与；方案、政策；中心“2020 年 5 月建成，”换页后“2020 年 6 月 18 日正式投入运营”（运营日期是6月18日）；五项服务、产业园、第三方、快递100%；2020年农村网络零售额386.5亿元、增长21.3%（2019年没写），农产品32.6亿元、2019年24.8亿元、增长31.5%；培训37,462人次（218期、站点186个、入驻46家不是输入）；684人/512人；专栏四项；能统计扶贫；下达1500万元，拨付“1,236.85”与下一行的“万元”连读；两项制度台账；进度95%；无事故、无弄虚作假。第四部分在正文里列出各指标自评分（服务体系建设25分拆成15和10；加分2和1）；最后贴了一张“评判项自评明细”小表。",
    sheets: [{ name: "自评报告", rows, merges }],
    expect: {
      facts: {
        county: "南海区", asOf: "2021-08-31", residentPopulation: 3667200, adminVillagesStated: 224, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-06-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: 38650000000, ruralRetailGrowthStated: 0.213, agriRetail2019: 2480000000, agriRetail2020: 3260000000,
        agriRetailGrowthStated: 0.315, trainingPersonTimesStated: 37462, eligiblePoorPersonsStated: 684, trainedPoorPersonsStated: 512,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 12368500, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.95,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 5,
      },
      leadership: "principal-all",
      claimed: {
        "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 4, "work.center": 15, "work.coverage": 10,
        "work.upward": 9, "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8,
        "fund.system": 5, "fund.ledger": 4, "fund.spending": 5, "bonus.poorTraining": 2, "bonus.tvCase": 1,
      },
    },
  };
}

// =====================================================================================================
// f2 — 惠州惠城区: a 自查表 with a two-row header (自查结果 merged over 是 | 否), a tick in one of the two columns, data in a
//      说明 column, corrections written beside the old value (new value first with the old in brackets; old → new), a
//      second table (评判项自评) below the first, and a hidden sheet holding the drop-down lists.
// =====================================================================================================
function buildF2() {
  const rows = [["惠州市惠城区电子商务进农村综合示范创建考评自查表"],
    ["自查单位：惠州市惠城区商务局　　　　自查时间：2021年9月"],
    ["序号", "自查内容", "自查结果", null, "数据或情况说明", "佐证材料"],
    [null, null, "是", "否", null, null]];
  const merges = ["A1:F1", "A2:F2", "A3:A4", "B3:B4", "C3:D3", "E3:E4", "F3:F4"];
  let n = 0;
  const sec = (t) => {
    rows.push([t]);
    merges.push(`A${rows.length}:F${rows.length}`);
  };
  // tick: true → 是 column, false → 否 column, null → neither
  const R = (item, tick, data, ev, mark) => {
    const m = mark || "√";
    rows.push([++n, item, tick === true ? m : null, tick === false ? m : null, data === undefined ? null : data, ev || null]);
  };
  sec("一、基本情况");
  R("县（市、区）", null, "惠城区");
  R("考评截止日期", null, "2021.8.31");
  R("常住人口", null, "126.53万人（原填2019年末数121.18万人，已按第七次全国人口普查数更正）", "七普公报");
  R("行政村数", null, "村委会112个（另有社区居委会94个）", "区民政局名单");
  R("省定贫困村数", null, "省定相对贫困村3个", "扶贫部门认定文件");
  sec("二、组织领导");
  R("是否由区政府主要领导牵头", true, "区长任领导小组组长", "惠城府办〔2019〕86号");
  R("商务、财政、农业农村、扶贫（乡村振兴）部门是否参与", true, "区商务局、区财政局、区农业农村局、区乡村振兴局等14个成员单位", "同上");
  R("是否正式印发示范县工作方案", true, "惠城府办〔2020〕12号", "方案文本");
  R("是否出台支持农村电商发展政策", true, "《惠城区农村电子商务扶持办法》", "政策文件");
  sec("三、公共服务中心与产业园");
  R("公共服务中心是否建成并投入运营", true, "投入运营时间：2020年10月→2020年12月16日（按运营合同起始日更正）", "运营合同", "✓");
  R("有免费培训场所、培训设备，能组织电商基础培训", true, "培训室2间、电脑80台");
  R("为特色农产品提供免费展示、销售服务", true, "展示厅300㎡");
  R("为电子商务市场主体提供免费摄影、美工服务", false, "摄影设备采购中");
  R("组织农产品统一推广、指导特色农产品品牌建设", true, "“惠城优品”区域品牌");
  R("为电子商务发展提供其他衍生增值服务", true, "代运营、金融服务对接（原填“否”，补充材料后更正为“是”）", "服务记录");
  R("建设或整合、优化当地电商产业园", true, "惠城区电商产业园（入驻企业26家）", "入驻协议");
  sec("四、农村产品上行");
  R("当地有专业第三方电子商务运营或服务商", true, null, "运营合同");
  R("行政村物流快递覆盖率100%", false, "覆盖率96.4%（108/112），4个山区村未通快递", "区邮政管理局说明");
  R("2020年农村网络零售额同比增速≥30%", false, "2019年45.82亿元，2020年58.96亿元，增速28.7%", "省商务厅数据");
  R("2020年农产品网络零售额同比增速≥30%", true, "2019年3.41亿元，2020年4.57亿元，增速34.0%", "省商务厅数据");
  assert(pct1(5896 - 4582, 4582) === "28.7%" && pct1(457 - 341, 341) === "34.0%" && pct1(108, 112) === "96.4%", "f2 numbers agree");
  sec("五、电商人才培训");
  R("培训人次（人次）", null, 13286, "培训台账");
  R("有劳动能力的建档立卡贫困人口（不含外出务工）", null, "1,875人", "区乡村振兴局确认");
  R("参加电商培训的建档立卡贫困人口", null, "1,021人（培训率54.5%）", "参训名单");
  assert(pct1(1021, 1875) === "54.5%", "f2 54.5%");
  sec("六、信息公开与数据报送");
  R("专栏公示创建方案", true);
  R("专栏公示项目基本信息", true);
  R("专栏公示项目建设进度", true);
  R("专栏设立征求意见或监督举报窗口", true, "设监督举报邮箱");
  R("近一年每月向市商务局报送工作情况", true, null, "报送记录");
  R("能统计电商扶贫情况", true);
  sec("七、资金管理");
  R("省级专项资金下达", null, "1500万元", "下达文件");
  R("累计拨付", null, "11,043,620.00元（截至2021年8月31日，支出率73.6%）", "拨付凭证");
  assert(pct1(11043620, 15000000) === "73.6%", "f2 73.6%");
  R("已制定资金管理制度", true);
  R("已建立资金专用台账", true);
  R("项目总体进度", null, "88%");
  sec("八、一票否决事项");
  R("发生安全生产、质量事故或造成重大经济损失", false);
  R("项目总体进度不足40%", false);
  R("弄虚作假", false);
  const endFirst = rows.length;
  rows.push([]);
  rows.push(["评判项自评"]);
  merges.push(`A${rows.length}:F${rows.length}`);
  rows.push(["序号", "评价指标", "评分标准", null, "分值范围", "自评分"]);
  merges.push(`C${rows.length}:D${rows.length}`);
  const J = [["方案制定", "工作方案因地制宜，可操作性较强", "1-2分", "2分"], ["政策支持", "出台相关政策，且得到较好落实", "1-2分", "1分"],
    ["项目管理", "建立项目管理制度，在建设、验收环节严格落实相关制度", "1-2分", "2分"], ["项目管理", "建立完整工作台账，详细记录项目建设情况", "1-2分", "2分"],
    ["农村产品上行", "对当地农产品网络销售进行调研，并形成针对性建议", "1-2分", "2分"], ["农村产品上行", "开展农村产品网络促销活动成效明显", "1-2分", "1分"],
    ["农村产品上行", "有出台农产品电商交易标准，建立农产品冷链、溯源系统", "1-2分", "2分"], ["制度建立", "建立科学有效的资金管理制度且得到有效落实", "1-5分", "4分"],
    ["资金台账", "项目承建方建立资金专用台账，账目完整", "1-5分", "5分"], ["资金支出", "资金支出率70%以上，且根据创建进度及时拨付", "1-5分", "3分"]];
  J.forEach((j, i) => {
    rows.push([i + 1, j[0], j[1], null, j[2], j[3]]);
    merges.push(`C${rows.length}:D${rows.length}`);
  });
  rows.push([]);
  rows.push(["说明：“自查结果”在“是”或“否”栏内打√；数据或情况说明栏如有更正，以更正后为准。"]);
  merges.push(`A${rows.length}:F${rows.length}`);
  rows.push(["填表人：曾××　　　　审核人：叶××　　　　（惠城区商务局盖章）"]);
  merges.push(`A${rows.length}:F${rows.length}`);
  assert(rows.slice(4, endFirst).every((r) => r.length === 1 || !(r[2] && r[3])), "f2 never both ticks");
  const opts = [["是否", "评分（1-2）", "评分（1-5）", "打勾"], ["是", "1分", "1分", "√"], ["否", "2分", "2分", "✓"], [null, null, "3分", null], [null, null, "4分", null], [null, null, "5分", null]];
  return {
    description:
      "惠州惠城区商务局自查表：第3—4行两行表头，“自查结果”合并在“是|否”两列之上，勾（√，一处✓）打在“是”或“否”栏，数值写在“数据或情况说明”栏；同一张表下面空一行接第二张“评判项自评”表（评分标准列合并C:D，自评分写成“2分”）。更正写在旧值旁边：常住人口“126.53万人（原填…121.18万人，已…更正）”读126.53万；中心投入运营“2020年10月→2020年12月16日（…更正）”读箭头后的日期；衍生增值服务勾“是”，括号里说原填“否”。快递覆盖率100%勾“否”（96.4%），农村网络零售额增速≥30%勾“否”、农产品勾“是”（两年金额都要读）；行政村112个（社区94个不是）；省定相对贫困村3个；区长牵头，部门含乡村振兴局；培训13,286人次（数字单元格）；1,875人/1,021人；1500万元，拨付“11,043,620.00元”；进度88%；“项目总体进度不足40%”勾否不是输入。隐藏的“下拉选项”表不是数据。",
    sheets: [
      { name: "自查表", rows, merges },
      { name: "下拉选项", rows: opts, hidden: true },
    ],
    expect: {
      facts: {
        county: "惠城区", asOf: "2021-08-31", residentPopulation: 1265300, adminVillagesStated: 112, poorVillagesStated: 3,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-16", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2019: 4582000000, ruralRetail2020: 5896000000, agriRetail2019: 341000000, agriRetail2020: 457000000,
        ruralRetailGrowthStated: 0.287, agriRetailGrowthStated: 0.34, trainingPersonTimesStated: 13286,
        eligiblePoorPersonsStated: 1875, trainedPoorPersonsStated: 1021,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 11043620, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 2, "fund.system": 4, "fund.ledger": 5, "fund.spending": 3,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 广州花都区: the form filled twice — a 中期评估 column (to 2020-12-31) and a 本次考评 column (to 2021-08-31) side by
//      side, "同左" where nothing changed, the midterm values as distractors (副区长, 35% progress), units in a 单位 column
//      overridden by a unit written in the cell (亿元 / 元 under 万元).
// =====================================================================================================
function buildF3() {
  const rows = [["花都区电子商务进农村综合示范创建情况填报表（两期对照）"],
    ["填报单位：广州市花都区商务局"],
    ["序号", "填报项目", "单位", "中期评估填报（截至2020年12月31日）", "本次考评填报（截至2021年8月31日）", "备注"]];
  const merges = ["A1:F1", "A2:F2"];
  let n = 0;
  const sec = (t) => {
    rows.push([t]);
    merges.push(`A${rows.length}:F${rows.length}`);
  };
  const R = (item, unit, mid, now, note) => rows.push([++n, item, unit, mid, now, note || null]);
  sec("一、基本情况");
  R("县（市、区）", "—", "花都区", "同左");
  R("考评截止日期", "—", "2020年12月31日", "2021年8月31日");
  R("常住人口", "万人", 109.47, 164.24, "中期按2019年末户籍人口误填，本次按第七次全国人口普查常住人口");
  R("行政村数", "个", 188, "同左");
  R("省定贫困村数", "个", 0, "同左", "对口帮扶梅州、清远，本区无省定贫困村");
  sec("二、组织领导");
  R("示范创建领导小组组长", "—", "副区长", "区长", "2021年3月调整为区长任组长");
  R("参与部门", "—", "区商务局、区财政局、区农业农村局", "区商务局、区财政局、区农业农村局、区乡村振兴局、区邮政管理局");
  R("已正式印发示范县工作方案", "是/否", "是", "同左");
  R("已出台支持农村电商发展的政策", "是/否", "否", "是", "2021年4月出台《花都区农村电商发展扶持措施》");
  sec("三、服务体系建设");
  R("公共服务中心投入运营日期", "年月日", "2020.11.20", "同左");
  R("有免费培训场所、培训设备，能组织电商基础培训", "是/否", "是", "同左");
  R("为特色农产品提供免费展示、销售服务", "是/否", "是", "同左");
  R("为电子商务市场主体提供免费摄影、美工服务", "是/否", "否", "是");
  R("组织农产品统一推广、指导特色农产品品牌建设", "是/否", "是", "同左");
  R("为电子商务发展提供其他衍生增值服务", "是/否", "否", "同左");
  R("建设或整合、优化当地电商产业园", "是/否", "是", "同左");
  R("电商产业园入驻企业", "家", 14, 23);
  R("村级电商服务站点", "个", 96, 141);
  sec("四、农村产品上行");
  R("有专业第三方电子商务运营或服务商", "是/否", "是", "同左");
  R("行政村物流快递覆盖率", "%", 96, 100);
  R("2019年农村网络零售额", "万元", "1,286,400", "同左");
  R("2020年农村网络零售额", "万元", "—", "1,592,300", "中期时2020年数据未出");
  R("2019年农产品网络零售额", "万元", "86,520", "同左");
  R("2020年农产品网络零售额", "万元", "—", "11.37亿元");
  assert(pct1(1592300 - 1286400, 1286400) === "23.8%" && pct1(113700 - 86520, 86520) === "31.4%", "f3 growth 23.8% / 31.4%");
  sec("五、电商人才培训");
  R("培训人次", "人次", "2,315", "8,604");
  R("有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "1,208", "同左");
  R("参加培训的建档立卡贫困人口", "人", 402, 733);
  assert(pct1(733, 1208) === "60.7%", "f3 60.7%");
  sec("六、信息公开与报送");
  R("专栏公示创建方案", "是/否", "是", "同左");
  R("专栏公示项目基本信息", "是/否", "是", "同左");
  R("专栏公示项目建设进度", "是/否", "否", "是");
  R("专栏设立征求意见或监督举报窗口", "是/否", "否", "同左");
  R("能统计电商扶贫情况", "是/否", "是", "同左");
  sec("七、资金管理");
  R("下达资金总额", "万元", 1500, "同左");
  R("累计拨付资金", "万元", 426.3, "11,236,500元");
  assert(pct1(11236500, 15000000) === "74.9%", "f3 74.9%");
  R("已制定资金管理制度", "是/否", "是", "同左");
  R("已建立资金专用台账", "是/否", "是", "同左");
  R("项目总体进度", "%", 35, 92, "中期进度偏慢已整改");
  sec("八、一票否决事项");
  R("发生安全生产、质量事故或重大损失", "是/否", "否", "同左");
  R("弄虚作假", "是/否", "否", "同左");
  sec("九、评判项自评");
  R("方案制定", "分", 2, "同左");
  R("政策支持", "分", "—", 1, "中期未出台政策");
  R("项目管理制度", "分", 2, "同左");
  R("工作台账", "分", 1, 2);
  R("网销调研", "分", 1, 2);
  R("网络促销活动", "分", 2, "同左");
  R("交易标准与冷链溯源", "分", 1, "同左");
  R("资金管理制度", "分", 4, 5);
  R("资金台账", "分", 4, "同左");
  R("资金及时拨付", "分", 2, 4);
  rows.push(["注：“同左”表示与中期评估填报一致；本次考评以“本次考评填报”列为准。"]);
  merges.push(`A${rows.length}:F${rows.length}`);
  rows.push(["填报人：邝××　　联系电话：020-8xxxxxxx　　填报日期：2021年9月6日"]);
  merges.push(`A${rows.length}:F${rows.length}`);
  const same = rows.filter((r) => r[4] === "同左").length;
  assert(same >= 25, "f3 many 同左 " + same);
  return {
    description:
      "广州花都区商务局的两期对照填报表：序号|填报项目|单位|中期评估填报（截至2020年12月31日）|本次考评填报（截至2021年8月31日）|备注。考评读“本次考评填报”列，很多格写“同左”（取左边中期列的值：行政村188、省定贫困村0、中心投入运营“2020.11.20”、2019年零售额、1,208人、下达1500万元、评判项等）；中期列其余值是干扰（副区长牵头、进度35%、政策“否”、拨付426.3万元、截止日期2020年12月31日）。单位在“单位”列（万人、万元、%），但本次列有两格自带单位：农产品2020年“11.37亿元”、累计拨付“11,236,500元”（不是万元）。组长本次为区长，部门含乡村振兴局；摄影美工、建设进度本次改“是”；其他衍生增值服务、监督举报窗口“否”（同左）；快递覆盖率100（%）；入驻企业23、站点141不是输入；评判项一节也有“同左”和“—”。",
    sheets: [{ name: "填报表", rows, merges }],
    expect: {
      facts: {
        county: "花都区", asOf: "2021-08-31", residentPopulation: 1642400, adminVillagesStated: 188, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-20", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 12864000000, ruralRetail2020: 15923000000, agriRetail2019: 865200000, agriRetail2020: 1137000000,
        trainingPersonTimesStated: 8604, eligiblePoorPersonsStated: 1208, trainedPoorPersonsStated: 733,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 11236500, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.92,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// l1 — 珠海金湾区: sign-in sheets stacked on one sheet (each session a block with its own title, 培训时间 line, header and
//      实到 footer; the date is only in the block's 培训时间 line), masked IDs in the general classes and full IDs in the
//      脱贫户 class; a poor-person list whose labour and migrant state share one 劳动力状况 column; the 已发送 folder of the
//      bureau's mailbox (only mails to the city bureau are reports); a note sheet and a hidden code sheet.
// =====================================================================================================
function buildL1() {
  const REGION = "440404";
  const VILL = [["红旗镇", ["小林村", "大林村", "三板村", "广益村", "沙脊村"]], ["平沙镇", ["大虎村", "前锋村", "连湾村", "升平村"]],
    ["南水镇", ["南水村", "金龙村", "高栏村"]]];
  const townOfV = {};
  for (const [t, vs] of VILL) for (const v of vs) townOfV[v] = t;
  const allV = VILL.flatMap(([, vs]) => vs);

  // ---------------- 脱贫人口: one row per person, 劳动力状况 holds both labour and migrant state
  const STATES = {
    "有劳动能力（在家务农）": [true, false], "有劳动能力（区内务工）": [true, false], "有劳动能力（外出务工）": [true, true],
    "无劳动能力": [false, null],
  };
  const persons = [];
  const pRows = [["金湾区建档立卡脱贫人口名单（电商培训对象摸查）"], ["数据来源：区乡村振兴局，2021年3月", null, null, null, null, null, null, null, null],
    ["序号", "镇", "村", "户主姓名", "姓名", "与户主关系", "身份证号码", "劳动力状况", "备注"]];
  const pMerges = ["A1:I1", "A2:I2"];
  const pRecs = [];
  let no = 0;
  const HH = 12;
  for (let h = 0; h < HH; h++) {
    const v = allV[(h * 5) % allV.length];
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    const head = personName(sn);
    const mem = [{ rel: "户主", name: head, male: rnd() < 0.8, birth: birthBetween(1962, 1982),
      st: h % 4 === 1 ? "有劳动能力（外出务工）" : h % 3 === 0 ? "有劳动能力（区内务工）" : "有劳动能力（在家务农）" }];
    if (h % 5 !== 4) mem.push({ rel: "配偶", name: personName(), male: !mem[0].male, birth: birthBetween(1964, 1984), st: h % 6 === 2 ? "有劳动能力（外出务工）" : "有劳动能力（在家务农）" });
    if (h % 2 === 0) {
      const male = rnd() < 0.5;
      mem.push({ rel: male ? "之子" : "之女", name: personName(sn), male, birth: birthBetween(1995, 2001), st: h % 4 === 0 ? "有劳动能力（外出务工）" : "有劳动能力（区内务工）" });
    }
    if (h % 3 !== 1) {
      const male = rnd() < 0.5;
      mem.push({ rel: male ? "之父" : "之母", name: personName(), male, birth: birthBetween(1935, 1952), st: "无劳动能力" });
    }
    if (h === 7) mem.push({ rel: "之孙", name: personName(sn), male: true, birth: birthBetween(2010, 2014), st: "无劳动能力" });
    const r0 = pRows.length + 1;
    mem.forEach((m, j) => {
      const wantX = h === 3 && j === 0 ? true : h === 5 && j === 0 ? false : undefined;
      const id = makeId(REGION, m.birth, m.male, wantX);
      const [labour, migrant] = STATES[m.st];
      pRows.push([++no, j === 0 ? townOfV[v] : null, j === 0 ? v : null, j === 0 ? head : null, m.name, m.rel, id, m.st,
        m.st === "有劳动能力（外出务工）" ? `务工地：${["中山", "深圳", "广州", "江门"][no % 4]}` : m.rel === "之孙" ? "在校生" : null]);
      pRecs.push({ id, labour, migrant });
      persons.push({ id, name: m.name, labour, migrant, town: townOfV[v] });
    });
    const r1 = pRows.length;
    if (r1 > r0) for (const c of ["B", "C", "D"]) pMerges.push(`${c}${r0}:${c}${r1}`);
  }
  pRows.push([null, "合计", null, null, `${pRecs.length}人`, null, null, null, null]);
  const eligible = persons.filter((p) => p.labour && p.migrant === false);
  assert(pRecs.length >= 30 && eligible.length >= 12, "l1 roster " + pRecs.length + " / " + eligible.length);
  assert(persons.some((p) => p.migrant) && persons.some((p) => !p.labour) && persons.some((p) => p.id.endsWith("X") && p.labour && !p.migrant), "l1 roster mix");

  // ---------------- 签到表: stacked sign-in blocks
  const BLK = [
    { title: "第一期　金湾区农村电商基础知识培训班", when: "培训时间：2020年10月22日　　培训地点：红旗镇党群服务中心", iso: "2020-10-22", n: 11, poor: false },
    { title: "第二期　金湾区网店运营实操培训班", when: "培训时间：2020年12月9日—10日　　培训地点：区电子商务公共服务中心", iso: "2020-12-10", n: 10, poor: false },
    { title: "第三期　金湾区短视频直播带货培训班", when: "培训时间：2021.3.18　　培训地点：平沙镇文化站", iso: "2021-03-18", n: 12, poor: false },
    { title: "第四期　金湾区脱贫户电商技能专题培训班", when: "培训时间：2021年5月（共三个晚上）　　培训地点：各村党群服务中心", iso: "2021-05", n: 0, poor: true },
    { title: "第五期　金湾区海鲜水产网络营销培训班", when: "培训时间：21.7.8　　培训地点：南水镇会议室", iso: "2021-07-08", n: 9, poor: false },
    { title: "第六期　金湾区农产品品牌包装培训班", when: "培训时间：2021年9月16日　　培训地点：区电子商务公共服务中心", iso: "2021-09-16", n: 8, poor: false },
  ];
  const tRows = [["金湾区电子商务进农村培训签到表（汇编）"], ["说明：每期签到表按原件录入；非脱贫户身份证号按信息公开要求隐去出生日期。"]];
  const tMerges = ["A1:G1", "A2:G2"];
  const tRecs = [];
  const poorTrainees = eligible.slice(0, 11).concat([persons.find((p) => p.migrant)]);
  let leaveDone = false;
  let aposDone = false;
  BLK.forEach((b, bi) => {
    tRows.push([]);
    tRows.push([b.title + "　签到表"]);
    tMerges.push(`A${tRows.length}:G${tRows.length}`);
    tRows.push([b.when]);
    tMerges.push(`A${tRows.length}:G${tRows.length}`);
    tRows.push(["序号", "姓名", "性别", "身份证号码", "联系电话", "是否脱贫户", "签到"]);
    const list = [];
    if (b.poor) {
      for (const p of poorTrainees) list.push({ name: p.name, id: p.id, poor: true, male: Number(p.id[16]) % 2 === 1 });
    } else {
      for (let k = 0; k < b.n; k++) {
        const male = rnd() < 0.5;
        const id = makeId(REGION, birthBetween(1970, 2002), male);
        if (k === 2 && bi === 2) list.push({ name: eligible[11].name, id: eligible[11].id, poor: true, male: Number(eligible[11].id[16]) % 2 === 1 });
        else list.push({ name: personName(), id, poor: false, male });
      }
    }
    let present = 0;
    list.forEach((p, k) => {
      let idc = b.poor ? p.id : maskId(p.id);
      if (b.poor && p.id.endsWith("X")) idc = p.id.slice(0, 17) + "x";
      else if (b.poor && !aposDone && k === 4) {
        idc = "'" + p.id;
        aposDone = true;
      }
      let sign = "√";
      if (!leaveDone && bi === 2 && k === 6) {
        sign = "请假";
        leaveDone = true;
      }
      tRows.push([k + 1, p.name, p.male ? "男" : "女", idc, mask(phone()), p.poor ? "是" : "否", sign]);
      if (sign === "√") {
        present++;
        tRecs.push({ date: b.iso, personTimes: 1, id: b.poor ? p.id : maskId(p.id) });
      }
    });
    tRows.push([`应到${list.length}人，实到${present}人${present < list.length ? `（${list.length - present}人请假）` : ""}`]);
    tMerges.push(`A${tRows.length}:G${tRows.length}`);
  });
  assert(leaveDone && aposDone, "l1 one 请假 row and one apostrophe id");
  assert(tRows.some((r) => typeof r[3] === "string" && /x$/.test(r[3])), "l1 a lower-case x");
  assert(tRecs.length === sum(BLK.map((b) => (b.poor ? poorTrainees.length : b.n))) - 1, "l1 records = rows − 1 请假");
  assert(tRecs.some((t) => t.date === "2021-05") && tRecs.some((t) => t.date === "2020-12-10"), "l1 month and range dates");
  const trainedElig = new Set(tRecs.map((t) => t.id).filter((id) => eligible.some((p) => p.id === id)));
  assert(trainedElig.size === 11, "l1 11 eligible trained");

  // ---------------- 已发送邮件: only mails to the city bureau are reports
  const CITY = "珠海市商务局电子商务科";
  const MAIL = [];
  for (const m of monthsBetween("2020-08", "2021-08")) {
    if (m === "2020-12") continue; // December's report went late, together with January's
    const nm = monthsBetween(m, "2021-12")[1];
    const per = m === "2021-01" ? "2020年12月—2021年1月" : cnMonth(m);
    MAIL.push({ iso: `${nm}-${String(rint(2, 9)).padStart(2, "0")}`, to: CITY, subj: `金湾区${per}电子商务进农村工作进展报送`, att: `金湾区${per}工作进展.docx；电商扶贫统计表.xlsx` });
  }
  MAIL.push({ iso: "2020-11-17", to: "金湾区人民政府办公室", subj: "关于电子商务进农村综合示范创建工作进展的汇报", att: "汇报材料.docx" });
  MAIL.push({ iso: "2021-04-12", to: "红旗镇经济发展办；平沙镇经济发展办；南水镇经济发展办", subj: "转发：关于做好村级站点数据统计的通知", att: "通知.pdf" });
  MAIL.sort((a, b) => cmp(a.iso, b.iso));
  const mRows = [["金湾区商务局电商股邮箱　已发送邮件（电子商务进农村相关）"], ["导出时间：2021/9/2 17:05　共" + MAIL.length + "封"],
    ["发送时间", "收件人", "抄送", "主题", "附件", "大小"]];
  const mRecs = [];
  MAIL.forEach((x) => {
    const [y, mo, d] = ymd(x.iso);
    const t = hms().slice(0, 5);
    mRows.push([`${y}/${mo}/${d} ${t}`, x.to, x.cc || null, x.subj, x.att, `${rint(20, 900)}KB`]);
    if (x.to === CITY) mRecs.push({ date: x.iso });
  });
  assert(mRecs.length === 12 && MAIL.length === 14, "l1 12 mails to the city bureau");
  const cityMonths = new Set(mRecs.map((r) => ym(r.date)));
  assert(WINDOW.filter((w) => !cityMonths.has(w)).join() === "2021-01", "l1 no report in January 2021");
  assert(MAIL.some((x) => x.to !== CITY && ym(x.iso) === "2020-11"), "l1 a non-report mail");

  const notes = [["台账说明"], ["1．“签到表”为各期签到表汇编，每期日期见该期“培训时间”行；“签到”栏√为到场，请假不计人次。"],
    ["2．“脱贫人口”来源于区乡村振兴局，劳动力状况按“有/无劳动能力（务工情况）”填写。"], ["3．“已发送邮件”从电商股邮箱导出，未删减。"],
    ["编制：金湾区商务局电商股　　2021年9月"]];
  const codes = [["劳动力状况代码"], ["有劳动能力（在家务农）"], ["有劳动能力（区内务工）"], ["有劳动能力（外出务工）"], ["无劳动能力"], [], ["是否脱贫户"], ["是"], ["否"]];
  return {
    description:
      "珠海金湾区商务局台账。“签到表”把六期签到表上下排在一张表里：每期一块，块标题“第X期…签到表”、一行“培训时间：…　培训地点：…”、表头、名单、“应到N人，实到M人”；日期只在培训时间行（2020年10月22日、“2020年12月9日—10日”按结束日、“2021.3.18”、“2021年5月（共三个晚上）”只到月、“21.7.8”、2021年9月16日）；“签到”栏√才是一人次，一人“请假”不算；一般班次身份证号隐去出生日期（440404********1234，照写），脱贫户专题班是完整号码，末位X写成小写x，一个前面带撇号“'”。“脱贫人口”按户排列（镇、村、户主姓名向下合并），“劳动力状况”一列同时表示劳动能力和务工：有劳动能力（在家务农/区内务工）→不是外出务工，有劳动能力（外出务工）→外出务工，无劳动能力→务工空（null）；合计行不是人。“已发送邮件”是邮箱导出：收件人是珠海市商务局电子商务科的才是报送（12封月报，2020年12月与2021年1月合在2021年2月一封），发给区政府办、转发给各镇的不是，所以2021年1月没有报送；发送时间是“2021/3/5 16:42”式文字。“台账说明”和隐藏的“代码表”不是台账。",
    sheets: [
      { name: "签到表", rows: tRows, merges: tMerges },
      { name: "脱贫人口", rows: pRows, merges: pMerges },
      { name: "已发送邮件", rows: mRows, merges: ["A1:F1", "A2:F2"] },
      { name: "台账说明", rows: notes },
      { name: "代码表", rows: codes, hidden: true },
    ],
    expect: {
      sheets: {
        "签到表": { kind: "training", records: tRecs },
        "脱贫人口": { kind: "poorPersons", records: pRecs },
        "已发送邮件": { kind: "reports", records: mRecs },
        "台账说明": { kind: null },
        "代码表": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 肇庆端州区: a 村（居）名单 whose type is only in the name's suffix (村民委员会 / 社区居民委员会), a 贫困村类别 column
//      (省定 / 市定 / 非), a two-row header over the express columns; a station ledger with a two-row grouped header and
//      corrections written beside the old value; the fund's 三栏式明细账 (月 | 日 under a 年 header, 本月合计 / 本年累计 /
//      过次页 / 承前页 rows, a second page for 2021); press reports in year sections with 月日-only dates; a cover sheet.
// =====================================================================================================
function buildL2() {
  const REGION = "441202";
  // ---------------- 村（居）名单
  const TWN = [
    ["睦岗街道", ["睦岗", "下瑶", "上瑶", "大冲", "龙塘", "蕉园", "古塘", "新围"], ["睦岗社区", "宋隆社区", "桂岭社区"]],
    ["黄岗街道", ["黄岗", "塔脚", "白石", "渡头", "厂排", "沙头"], ["黄岗社区", "七星社区", "牌坊社区", "北岭社区"]],
    ["城东街道", ["鼎新", "西江"], ["城东社区", "东岗社区", "江滨社区", "龙顶岗社区", "康乐社区", "宝月社区"]],
    ["城西街道", [], ["城西社区", "正西社区", "阅江社区", "星湖社区", "岗前社区", "天宁社区", "凤凰社区"]],
  ];
  const POORCAT = { "大冲": "省定贫困村", "龙塘": "市定相对贫困村", "渡头": "市定相对贫困村", "厂排": "市定相对贫困村" };
  const NOEXP = new Set(["古塘"]);
  const vRows = [["端州区村（居）民委员会名单"], ["序号", "街道", "村（居）民委员会名称", "贫困村类别", "快递物流覆盖情况", null, "备注"],
    [null, null, null, null, "是否覆盖", "覆盖企业", null]];
  const vMerges = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:G3"];
  const vRecs = [];
  let k = 0;
  const EXPCO = ["邮政、顺丰", "邮政、中通、韵达", "邮政、京东", "邮政"];
  for (const [t, vs, cs] of TWN) {
    const r0 = vRows.length + 1;
    const all = vs.map((v) => ({ v, admin: true })).concat(cs.map((c) => ({ v: c, admin: false })));
    all.forEach((x, j) => {
      k++;
      if (x.admin) {
        const cat = POORCAT[x.v] || "非贫困村";
        const exp = !NOEXP.has(x.v);
        vRows.push([k, j === 0 ? t : null, `${x.v}村民委员会`, cat, exp ? "是" : "否", exp ? EXPCO[k % 4] : null, exp ? null : "村民到睦岗圩取件"]);
        vRecs.push({ name: `${x.v}村`, admin: true, poor: cat === "省定贫困村", express: exp });
      } else {
        vRows.push([k, j === 0 ? t : null, `${x.v}居民委员会`, "—", "是", EXPCO[k % 4], null]);
        vRecs.push({ name: x.v, admin: false, poor: null, express: true });
      }
    });
    vMerges.push(`B${r0}:B${vRows.length}`);
  }
  vRows.push(["注：贫困村类别按省、市认定文件填写；“—”为社区，不适用。"]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);
  assert(vRecs.filter((r) => r.admin).length === 16 && vRecs.filter((r) => !r.admin).length === 20, "l2 16 villages + 20 communities");
  assert(vRecs.filter((r) => r.poor).length === 1 && vRows.filter((r) => r[3] === "市定相对贫困村").length === 3, "l2 one 省定, three 市定");

  // ---------------- 站点台账: two-row grouped header, corrections beside the old value
  const ST = [
    ["睦岗村电商服务站", "睦岗街道", "睦岗村", "2020-09-18", null, "2020-12-10"],
    ["大冲村电商服务站", "睦岗街道", "大冲村", "2020-10-09", null, "2020-12-10"],
    ["上瑶村电商服务站", "睦岗街道", "上瑶村（原误填下瑶村）", "2020-11-06", "2020.11.6（原登记2020.10.26，以挂牌照片为准）", "2020-12-10", "上瑶村"],
    ["龙塘村电商服务站", "睦岗街道", "龙塘村", "2020-11-20", null, "2021-03-15"],
    ["蕉园村电商服务点", "睦岗街道", "蕉园村委会", "2021-01-12", null, "2021-03-15"],
    ["黄岗村电商服务站", "黄岗街道", "黄岗村", "2020-09-25", null, "2020-12-10"],
    ["塔脚村电商服务站", "黄岗街道", "塔脚村", "2020-12-03", null, "2021-03-15"],
    ["白石村电商服务站", "黄岗街道", "白石村", "2021-03-29", "2021年3月29日（原登记4月8日）", "2021-06-20"],
    ["渡头村电商服务站", "黄岗街道", "渡头村", "2021-04-16", null, "2021-06-20"],
    ["七星社区电商服务站", "黄岗街道", "七星社区", "2021-05-06", null, "2021-06-20"],
    ["鼎新村电商服务站", "城东街道", "鼎新村", "2021-06-02", null, null],
    ["西江村电商服务站", "城东街道", "西江村民委员会", "2021-07-19", null, null],
    ["厂排村电商服务站", "黄岗街道", "厂排村", "2021-09-08", null, null],
  ];
  const sRows = [["端州区村级电子商务服务站点建设情况登记表"],
    ["序号", "站点基本信息", null, null, "运营情况", null, null, "站点负责人", null],
    [null, "站点名称", "所在街道", "所在村（社区）", "投入运营时间", "验收时间", "验收结果", "姓名", "联系电话"]];
  const sMerges = ["A1:I1", "A2:A3", "B2:D2", "E2:G2", "H2:I2"];
  const sRecs = [];
  ST.forEach(([name, t, vcell, iso, corrected, acc, canon], i) => {
    const fmt = i % 3;
    const dc = corrected || (fmt === 0 ? D(iso) : fmt === 1 ? dotDate(iso) : cnDate(iso));
    sRows.push([i + 1, name, t, vcell, dc, acc ? dotDate(acc) : "未验收", acc ? "合格" : null, personName(), mask(phone())]);
    sRecs.push({ village: canon || vcell.replace(/委会$|民委员会$/, ""), opened: iso });
  });
  sRows.push(["注：投入运营时间、所在村有更正的，以括号外为准。"]);
  sMerges.push(`A${sRows.length}:I${sRows.length}`);
  assert(sRecs[11].village === "西江村" && sRecs[4].village === "蕉园村" && sRecs[2].village === "上瑶村", "l2 station villages");

  // ---------------- 专项资金明细账: 三栏式, 年 / 月 / 日
  const fRows = [["专项资金明细账"], ["科目：电子商务进农村综合示范专项资金　　　单位：端州区商务局　　　　　　第1页"],
    ["2020年", null, "凭证号数", "摘要", "收入", "支出", "余额"], ["月", "日", null, null, null, null, null]];
  const fMerges = ["A1:G1", "A2:G2", "A3:B3", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4"];
  const E2020 = [
    ["2020-07-10", "记-07", "收到省级专项资金", 5000000, null],
    ["2020-07-28", "记-21", "支付公共服务中心装修工程款", null, 1268000],
    ["2020-08-19", "记-14", "支付村级站点建设首期款（睦岗、黄岗街道）", null, 386500],
    ["2020-08-31", "记-30", "支付电商培训服务费（第一期）", null, 98600],
    ["2020-09-21", "记-18", "银行存款利息", 3826.45, null],
    ["2020-10-15", "记-11", "支付物流配送体系建设首期款", null, 612000],
    ["2020-11-26", "记-25", "支付区域公共品牌设计费", null, 156800],
    ["2020-12-10", "记-09", "支付村级站点建设进度款", null, 245000],
    ["2020-12-28", "记-27", "支付公共服务中心设备采购款", null, 435750.5],
  ];
  const E2021 = [
    ["2021-01-21", "记-16", "支付电商培训服务费（第二期）", null, 124300],
    ["2021-03-23", "记-20", "支付物流配送体系建设进度款", null, 408000],
    ["2021-03-31", "记-33", "银行存款利息", 2914.1, null],
    ["2021-05-18", "记-15", "支付村级站点建设尾款", null, 212400],
    ["2021-06-29", "记-26", "支付冷链设备采购款", null, 318000],
    ["2021-08-20", "记-17", "支付农产品溯源系统建设款", null, 176500],
    ["2021-09-14", "记-12", "支付电商培训服务费（第三期）", null, 132000],
  ];
  let bal = 0;
  let yearIn = 0;
  let yearOut = 0;
  const fRecs = [];
  const money = (x) => (x === null ? null : fmtMoney(x));
  const postYear = (entries, pageBreakAfter) => {
    let curM = null;
    let mIn = 0;
    let mOut = 0;
    const closeMonth = () => {
      fRows.push([null, null, null, "本月合计", money(yuan2(mIn)) || "0.00", money(yuan2(mOut)) || "0.00", money(bal)]);
      fRows.push([null, null, null, "本年累计", money(yuan2(yearIn)) || "0.00", money(yuan2(yearOut)) || "0.00", money(bal)]);
      mIn = 0;
      mOut = 0;
    };
    entries.forEach(([iso, v, memo, inc, out], i) => {
      const [, m, d] = ymd(iso);
      if (curM !== null && m !== curM) closeMonth();
      const showM = m !== curM;
      curM = m;
      bal = yuan2(bal + (inc || 0) - (out || 0));
      yearIn = yuan2(yearIn + (inc || 0));
      yearOut = yuan2(yearOut + (out || 0));
      mIn = yuan2(mIn + (inc || 0));
      mOut = yuan2(mOut + (out || 0));
      fRows.push([showM ? m : null, d, v, memo, money(inc), money(out), money(bal)]);
      if (out) fRecs.push({ date: iso, amount: out });
      if (pageBreakAfter === i) {
        fRows.push([null, null, null, "过次页", money(yearIn), money(yearOut), money(bal)]);
        fRows.push([]);
        fRows.push(["专项资金明细账"]);
        fMerges.push(`A${fRows.length}:G${fRows.length}`);
        fRows.push(["科目：电子商务进农村综合示范专项资金　　　单位：端州区商务局　　　　　　第2页"]);
        fMerges.push(`A${fRows.length}:G${fRows.length}`);
        fRows.push([`${iso.slice(0, 4)}年`, null, "凭证号数", "摘要", "收入", "支出", "余额"]);
        fMerges.push(`A${fRows.length}:B${fRows.length}`, `C${fRows.length}:C${fRows.length + 1}`, `D${fRows.length}:D${fRows.length + 1}`,
          `E${fRows.length}:E${fRows.length + 1}`, `F${fRows.length}:F${fRows.length + 1}`, `G${fRows.length}:G${fRows.length + 1}`);
        fRows.push(["月", "日", null, null, null, null, null]);
        fRows.push([null, null, null, "承前页", money(yearIn), money(yearOut), money(bal)]);
      }
    });
    closeMonth();
  };
  postYear(E2020, 4);
  fRows.push([null, null, null, "结转下年", null, null, money(bal)]);
  const bal2020 = bal;
  fRows.push([]);
  fRows.push(["专项资金明细账"]);
  fMerges.push(`A${fRows.length}:G${fRows.length}`);
  fRows.push(["科目：电子商务进农村综合示范专项资金　　　单位：端州区商务局　　　　　　第3页"]);
  fMerges.push(`A${fRows.length}:G${fRows.length}`);
  fRows.push(["2021年", null, "凭证号数", "摘要", "收入", "支出", "余额"]);
  fMerges.push(`A${fRows.length}:B${fRows.length}`, `C${fRows.length}:C${fRows.length + 1}`, `D${fRows.length}:D${fRows.length + 1}`,
    `E${fRows.length}:E${fRows.length + 1}`, `F${fRows.length}:F${fRows.length + 1}`, `G${fRows.length}:G${fRows.length + 1}`);
  fRows.push(["月", "日", null, null, null, null, null]);
  yearIn = 0;
  yearOut = 0;
  fRows.push([1, 1, null, "上年结转", null, null, money(bal)]);
  postYear(E2021, -1);
  const outAll = sumYuan(E2020.concat(E2021).map((e) => e[4] || 0));
  assert(fRecs.length === 13 && sumYuan(fRecs.map((r) => r.amount)) === outAll, "l2 13 payments");
  assert(bal === yuan2(5000000 + 3826.45 + 2914.1 - outAll) && bal2020 > 0, "l2 balance " + bal);
  assert(fRows.some((r) => r[3] === "过次页") && fRows.some((r) => r[3] === "承前页") && fRows.filter((r) => r[3] === "本年累计").length >= 10, "l2 book rows");
  assert(fRows.filter((r) => typeof r[0] === "number" && r[2]).length < fRecs.length + 2, "l2 month printed only on a month's first entry");

  // ---------------- 宣传报道: year sections, 月日-only dates
  const MD = [
    ["2020年"],
    ["2020-09-24", "端州区融媒体中心", "区级", "网络", "端州区启动电子商务进农村综合示范创建", null],
    ["2020-11-05", "西江日报", "市级", "报纸", "端州村级电商站点让农货“触网”", null],
    ["2020-12-30", "肇庆广播电视台", "市级", "电视", "端州：电商培训进村 农户学做主播", null],
    ["2021年"],
    ["2021-01-06", "南方+客户端", "省级", "网络", "端州打造城郊型农村电商新样本", null],
    ["2021-04-22", "广东广播电视台", "省级", "电视+网络", "端州脱贫户直播卖砚台工艺品和农家菜", "电商扶贫典型案例"],
    ["2021-06-17", "人民网", "中央级", "网络", "广东肇庆端州：电商进农村激活城郊经济", null],
    ["2021-09-03", "端州区融媒体中心", "区级", "电视", "端州区举办农产品直播节", null],
  ];
  const LV = { "中央级": "national", "省级": "province", "市级": "city", "区级": "county" };
  const mdRows = [["端州区电子商务进农村宣传报道登记表"], ["日期", "媒体名称", "媒体级别", "报道形式", "标题", "备注"]];
  const mdMerges = ["A1:F1"];
  const mdRecs = [];
  for (const r of MD) {
    if (r.length === 1) {
      mdRows.push([r[0]]);
      mdMerges.push(`A${mdRows.length}:F${mdRows.length}`);
      continue;
    }
    const [iso, media, lv, form, title, note] = r;
    mdRows.push([mdOnly(iso), media, lv, form, `《${title}》`, note]);
    mdRecs.push({ date: iso, level: LV[lv], tv: /电视/.test(form) });
  }
  assert(mdRecs.length === 7 && mdRecs.filter((m) => m.tv).length === 3, "l2 media");

  const cover = [["端州区电子商务进农村综合示范工作台账"], [], ["编制单位：肇庆市端州区商务局"], ["编制日期：2021年9月"], [],
    ["目　录"], ["一、村（居）名单"], ["二、站点台账"], ["三、专项资金明细账"], ["四、宣传报道"]];
  return {
    description:
      "肇庆端州区商务局台账。“封面”不是台账。“村居名单”两行表头（“快递物流覆盖情况”合并在“是否覆盖|覆盖企业”上），没有类别列，村还是社区只看名称后缀（“…村民委员会”是行政村，“…社区居民委员会”不是）；“贫困村类别”有省定贫困村、市定相对贫困村、非贫困村——只有省定算贫困村，社区填“—”（null）；一村快递“否”。“站点台账”两行分组表头（站点基本信息、运营情况、站点负责人），更正写在旧值旁边：所在村“上瑶村（原误填下瑶村）”读上瑶村，投入运营时间“2020.11.6（原登记2020.10.26…）”“2021年3月29日（原登记4月8日）”读括号外；验收时间不是开业日期；有社区站点、2021年9月开业的站点。“专项资金明细账”是三栏式账页：年份在表头（2020年、2021年），月、日两列，月只在当月第一笔写；收入（下达资金、利息）不是拨付；本月合计、本年累计、过次页、承前页、结转下年、上年结转行都不是记录；共13笔支出（一笔2021年9月）。“宣传报道”分“2020年”“2021年”两段，日期只写“11月5日”，年份取段标题；“电视+网络”算电视。",
    sheets: [
      { name: "封面", rows: cover, merges: ["A1:D1"] },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "专项资金明细账", rows: fRows, merges: fMerges },
      { name: "宣传报道", rows: mdRows, merges: mdMerges },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "村居名单": { kind: "villages", records: vRecs },
        "站点台账": { kind: "stations", records: sRecs },
        "专项资金明细账": { kind: "funds", records: fRecs },
        "宣传报道": { kind: "media", records: mdRecs },
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
write("counties", "b162-c1-jiangcheng.json", c1);
write("facts", "b162-f1-nanhai.json", f1);
write("facts", "b162-f2-huicheng.json", f2);
write("facts", "b162-f3-huadu.json", f3);
write("ledgers", "b162-l1-jinwan.json", l1);
write("ledgers", "b162-l2-duanzhou.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
