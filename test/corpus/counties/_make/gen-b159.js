// Batch 159 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block adapted from
// counties/_make/gen-b158.js. Deterministic: seeded PRNG, no clock.
//
// c1 梅县区 (梅州): a self-assessment sheet grouped by indicator whose section rows carry “（满分X分，自评Y分）”; villages as a
//    town-per-column matrix with ★ for poor villages; stations as two batch tables side by side with 〃/同上 ditto marks (a
//    September group hidden behind 同上); offline per-trainee sign-ins plus online livestream sessions counted in 人次 (population
//    capped at 500,000); a 扶贫系统 export (劳动技能 / 务工状况 vocabulary); park enterprises one row per room (vacant rooms, one
//    firm in two rooms); a treasury payment export with repeated page headers and 本页小计; an OA 发文 log with mixed receivers.
// f1 澄海区 (汕头): a Word questionnaire pasted into Excel: □/☑/■/√ boxes, ＿＿ blanks with full-width digits, single-choice
//    leader ticked “其他：区商务局局长”, multi-choice disclosure contents, one question with both boxes empty.
// f2 湘桥区 (潮州): the city bureau's wide statistics table, three-row header, the county on three period rows (2020 / 2021年1—8月
//    / 累计) with static columns merged down, 1/0 codes, an Excel serial date, blank template rows for other counties.
// f3 源城区 (河源): the finance 项目支出绩效自评表 reused as the facts sheet: targets vs. actuals, a finance score that is not a claim.
// l1 浈江区 (韶关): station acceptance cards, an attendance matrix (sessions as columns, 请假 cells), households with multi-line
//    cells, a month × 第n次 grid of column updates typed as m.d.
// l2 榕城区 (揭阳): villages as 、-separated lists per 街道 (with a continuation row), fund tranches across the row, a month-per-row
//    report register with a merged month, media levels 央媒/省媒/市媒/区媒, a 修改记录 sheet.
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
let seed = 159159;
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
    assert(/^b159-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b159-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b159-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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


// ---------------------------------------------------------------- extra helpers (batch 159)
function chunks(arr, sizer) {
  // split arr into consecutive runs whose lengths come from sizer()
  const out = [];
  for (let i = 0; i < arr.length; ) {
    const n = Math.min(sizer(), arr.length - i);
    out.push(arr.slice(i, i + n));
    i += n;
  }
  return out;
}
function idGender(id) {
  return Number(id[16]) % 2 ? "男" : "女";
}
function compact(iso) {
  return iso.replace(/-/g, "");
}
function fillIn(s) {
  // a questionnaire blank: ＿＿value＿＿
  return `＿＿${s}＿＿`;
}

// =====================================================================================================
// c1 — 梅州梅县区: facts grouped under section rows that carry the claimed points; villages as a town-per-column matrix;
//      stations in two side-by-side batch tables with ditto marks; offline sign-ins + online session 人次; a 扶贫系统 export;
//      park rooms (vacant rooms, one firm in two rooms); a treasury payment export with repeated page headers; an OA send log.
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "441403";
  const TOWNS = ["程江镇", "城东镇", "石扇镇", "梅西镇", "大坪镇", "石坑镇", "水车镇", "梅南镇", "畲江镇", "丙村镇", "雁洋镇", "白渡镇", "松口镇",
    "隆文镇", "桃尧镇", "松源镇", "南口镇"];
  const NV = [18, 22, 24, 21, 23, 20, 24, 22, 25, 23, 21, 22, 26, 24, 20, 25, 22];
  assert(sum(NV) === 382 && NV.length === TOWNS.length, "c1 382 villages");
  const namer = villageNamer("上下大小新老东西南北黄白石金龙凤桂竹松桃杨柏荷莲青高长安福寿丰和乐联光明兴隆瑶", [
    "坑", "塘", "岭", "坪", "岗", "背", "布", "坝", "寨", "头", "口", "田", "溪", "湖", "排", "洋", "楼", "围", "陂", "径", "窝", "墩", "峰", "湾",
    "洞", "圳", "陇", "岌", "坜"]);
  const newName = noDupNamer(namer, TOWNS.map((t) => t.slice(0, 2)).concat(["新城"]));
  const towns = TOWNS.map((town, i) => ({ town, vs: Array.from({ length: NV[i] }, () => newName()), cs: [newName().replace(/村$/, "社区")] }));
  towns.push({ town: "新城办事处", vs: [], cs: Array.from({ length: 6 }, () => newName().replace(/村$/, "社区")) });
  const admin = towns.flatMap((t) => t.vs);
  const comms = towns.flatMap((t) => t.cs);
  assert(admin.length === 382 && comms.length === 23 && new Set(admin.concat(comms)).size === 405, "c1 382 villages + 23 communities, unique");
  const townOf = {};
  for (const t of towns) for (const v of t.vs.concat(t.cs)) townOf[v] = t.town;
  const songyuan = towns.find((t) => t.town === "松源镇");
  const poorArr = songyuan.vs.slice(0, 2).concat(shuffle(admin.filter((v) => !songyuan.vs.includes(v))).slice(0, 39));
  const poorSet = new Set(poorArr);
  assert(poorSet.size === 41, "c1 41 poor villages");

  // ---------------- villages: one column per town, ★ = 省定贫困村
  const maxLen = Math.max(...towns.map((t) => t.vs.length + t.cs.length));
  const vRows = [["梅县区行政村（社区）一览表"], ["（按镇分列；村名后标“★”的为省定贫困村）"], towns.map((t) => t.town),
    towns.map((t) => (t.vs.length ? `（${t.vs.length}村${t.cs.length}社区）` : `（${t.cs.length}社区）`))];
  for (let r = 0; r < maxLen; r++) {
    vRows.push(towns.map((t) => {
      const list = t.vs.map((v) => (poorSet.has(v) ? v + "★" : v)).concat(t.cs);
      return r < list.length ? list[r] : null;
    }));
  }
  vRows.push([`合计：行政村${admin.length}个，社区${comms.length}个，其中省定贫困村${poorSet.size}个。`]);
  const lastCol = colName(towns.length - 1);
  const vMerges = [`A1:${lastCol}1`, `A2:${lastCol}2`, `A${vRows.length}:${lastCol}${vRows.length}`];

  // ---------------- stations: two batches side by side, town and date cells use ditto marks
  const septPoor = songyuan.vs[1];
  const septNon = songyuan.vs.slice(2, 5);
  assert(poorSet.has(septPoor) && septNon.every((v) => !poorSet.has(v)), "c1 September villages");
  const restPoor = shuffle(poorArr.filter((v) => v !== septPoor));
  const nonPool = shuffle(admin.filter((v) => !poorSet.has(v) && !septNon.includes(v)));
  const b1 = restPoor.slice(0, 25).concat(nonPool.slice(0, 55));
  const b2 = restPoor.slice(25).concat(nonPool.slice(55, 99));
  assert(b1.length === 80 && b2.length === 59, "c1 batch sizes");
  const tIdx = (t) => towns.findIndex((x) => x.town === t);
  const vIdx = (v) => towns[tIdx(townOf[v])].vs.concat(towns[tIdx(townOf[v])].cs).indexOf(v);
  const order = (a, b) => tIdx(townOf[a.v]) - tIdx(townOf[b.v]) || vIdx(a.v) - vIdx(b.v);
  const E1 = b1.map((v) => ({ v })).sort(order);
  const secondOf = shuffle(b1.filter((v) => !poorSet.has(v))).slice(0, 2);
  const commSt = comms[4];
  const E2 = b2.map((v) => ({ v })).concat(secondOf.map((v) => ({ v, second: true })), [{ v: commSt, comm: true }]).sort(order);
  // lay out one batch: dates per run of rows within a town; first row of a run explicit, the rest ditto
  const layout = (entries, d0, d1, ditto, fmt) => {
    const out = [];
    let town = null;
    const byTown = [];
    for (const e of entries) {
      if (townOf[e.v] !== town) {
        byTown.push([]);
        town = townOf[e.v];
      }
      byTown[byTown.length - 1].push(e);
    }
    for (const grp of byTown) {
      const runs = chunks(grp, () => rint(2, 5));
      const dates = runs.map(() => randIsoBetween(d0, d1)).sort(byIso);
      runs.forEach((run, ri) => run.forEach((e, k) => {
        out.push({ ...e, iso: dates[ri], dateCell: k === 0 ? fmt(dates[ri], out.length) : ditto, townCell: ri === 0 && k === 0 ? townOf[e.v] : ditto });
      }));
    }
    return out;
  };
  const L = layout(E1, "2020-07-06", "2020-12-22", "〃", (iso) => dotDate(iso));
  const R = layout(E2, "2021-01-08", "2021-08-24", "同上", (iso, n) => (n % 2 ? cnDate(iso) : D(iso)));
  [septNon[0], septPoor, septNon[1], septNon[2]].forEach((v, k) =>
    R.push({ v, iso: "2021-09-06", dateCell: k === 0 ? "2021年9月6日" : "同上", townCell: k === 0 ? "松源镇" : "同上", sept: true }));
  assert(R[R.length - 3].v === septPoor && R[R.length - 3].dateCell === "同上", "c1 the September poor village is a ditto row");
  const stCells = (e, i) => {
    const stem = e.v.replace(/(村|社区)$/, "");
    const vcell = e.comm ? e.v + "居委会" : i % 6 === 5 ? e.v + "委会" : e.v;
    const name = e.comm ? `${e.v}电商服务站` : e.second ? `${stem}村电商服务点（二）` : `${stem}村电子商务服务站`;
    return [i + 1, e.townCell, vcell, name, personName(), e.dateCell];
  };
  const sRows = [["梅县区村级电子商务服务站点建设台账"], ["第一批（2020年建设）", null, null, null, null, null, null, "第二批（2021年建设）"],
    ["序号", "镇", "村", "站点名称", "负责人", "挂牌时间", null, "序号", "镇", "村", "站点名称", "负责人", "挂牌时间"]];
  const nSt = Math.max(L.length, R.length);
  for (let i = 0; i < nSt; i++) {
    const left = i < L.length ? stCells(L[i], i) : [null, null, null, null, null, null];
    const right = i < R.length ? stCells(R[i], i) : [null, null, null, null, null, null];
    sRows.push(left.concat([null], right));
  }
  sRows.push(["注：表中“〃”“同上”表示与上一行相同；第二批第" + (R.length - 3) + "—" + R.length + "号站点于2021年9月集中挂牌。"]);
  const sMerges = ["A1:M1", "A2:F2", "H2:M2", `A${sRows.length}:M${sRows.length}`];
  const allSt = L.concat(R);
  assert(allSt.length === 80 + 59 + 2 + 1 + 4, "c1 146 station rows");
  const covered = new Set(allSt.filter((e) => !e.comm && e.iso <= CUT).map((e) => e.v));
  const covPoor = [...covered].filter((v) => poorSet.has(v));
  assert(covered.size === 139 && [...covered].every((v) => admin.includes(v)) && covPoor.length === 40, "c1 139 covered, 40 poor covered");
  const naive = new Set(allSt.filter((e) => !e.comm && (e.iso <= CUT || e.dateCell === "同上")).map((e) => e.v));
  assert(naive.size === 142 && [...naive].filter((v) => poorSet.has(v)).length === 41, "c1 ditto-as-undated would give 142 and 41");
  assert(139 * 100 < 70 * 200 && 139 * 100 >= 50 * 200 && 142 * 100 >= 70 * 200, "c1 69.5% of the 200 cap → 2; 142 would be 71%");
  assert(40 * 100 >= 80 * 41 && 40 < 41, "c1 poor 97.6% → 3");

  // ---------------- poor persons: a 扶贫系统 export, one person per row, households
  const mkP = (kind) => {
    const old = kind === "N" && rnd() < 0.6;
    const birth = kind === "N" ? (old ? birthBetween(1936, 1954) : birthBetween(2006, 2014)) : birthBetween(1966, 2001);
    return { kind, id: makeId(REGION, birth, rnd() < 0.5, undefined), name: personName() };
  };
  const E = Array.from({ length: 80 }, () => mkP("E"));
  const M = Array.from({ length: 38 }, () => mkP("M"));
  const N = Array.from({ length: 32 }, () => mkP("N"));
  E[3] = { kind: "E", id: makeId(REGION, "1983-05-17", true, true), name: personName() };
  const everyone = shuffle(E.concat(M, N));
  const pRows = [["序号", "市", "县（市、区）", "乡镇", "行政村", "户编号", "姓名", "证件号码", "与户主关系", "性别", "劳动技能", "务工状况", "务工时间（月）", "脱贫属性"]];
  let relUsed = new Set();
  const relation = (headId, id) => {
    // a plausible 与户主关系 from the two birth years and the member's sex (one father, one mother, one spouse a household)
    const dy = Number(id.slice(6, 10)) - Number(headId.slice(6, 10));
    const male = Number(id[16]) % 2 === 1;
    const once = (r, alt) => {
      if (relUsed.has(r)) return alt;
      relUsed.add(r);
      return r;
    };
    if (dy <= -18) return once(male ? "之父" : "之母", "其他");
    if (dy >= 38) return male ? "之孙子" : "之孙女";
    if (dy >= 16) return male ? "之子" : "之女";
    if (male !== (Number(headId[16]) % 2 === 1)) return once("配偶", male ? "兄弟" : "姐妹");
    return male ? "兄弟" : "姐妹";
  };
  let pi = 0;
  let hh = 0;
  while (pi < everyone.length) {
    const size = Math.min(rint(1, 5), everyone.length - pi);
    const v = poorArr[hh % poorArr.length];
    const hno = `4414030${String(rint(10, 99))}${String(hh + 1).padStart(5, "0")}`;
    hh++;
    relUsed = new Set();
    for (let k = 0; k < size; k++, pi++) {
      const p = everyone[pi];
      const skill = p.kind === "N" ? (rnd() < 0.5 ? "丧失劳动力" : "无劳动力") : rnd() < 0.8 ? "普通劳动力" : "技能劳动力";
      const work = p.kind === "E" ? (rnd() < 0.75 ? "在家务农" : "乡（镇）内务工") : p.kind === "M" ? (rnd() < 0.55 ? "省外务工" : "县外省内务工") : null;
      pRows.push([pRows.length, "梅州市", "梅县区", townOf[v], v, hno, p.name, p.id, k === 0 ? "户主" : relation(everyone[pi - k].id, p.id), idGender(p.id), skill, work,
        p.kind === "M" ? rint(6, 12) : p.kind === "E" && work === "乡（镇）内务工" ? rint(3, 10) : null, "脱贫户"]);
    }
  }
  assert(pRows.length - 1 === 150, "c1 150 persons");
  const eligible = E;

  // ---------------- offline sign-ins: one row per trainee, the date typed in every row in the class's own style
  const CLS = [];
  let d0 = "2020-09-08";
  for (let i = 0; i < 26; i++) {
    CLS.push({ iso: d0, n: rint(42, 54) });
    d0 = isoAdd(d0, rint(11, 14));
  }
  assert(CLS[25].iso <= "2021-08-27", "c1 last class before the cut " + CLS[25].iso);
  for (let diff = 1248 - sum(CLS.map((c) => c.n)), j = 0; diff !== 0; j = (j + 5) % 26) {
    CLS[j].n += Math.sign(diff);
    diff -= Math.sign(diff);
  }
  assert(sum(CLS.map((c) => c.n)) === 1248, "c1 1248 offline sign-ins by the cut-off");
  CLS.push({ iso: "2021-09-10", n: 46, late: true });
  const seats = CLS.map(() => []);
  E.slice(0, 55).forEach((p, i) => seats[(i * 7) % 26].push(p));
  E.slice(0, 6).forEach((p, i) => seats[(i * 7 + 13) % 26].push(p));
  E.slice(55, 58).forEach((p) => seats[26].push(p));
  M.slice(0, 5).forEach((p, i) => seats[3 + i * 4].push(p));
  N.slice(0, 2).forEach((p, i) => seats[8 + i * 9].push(p));
  seats.forEach((s, i) => assert(new Set(s.map((p) => p.id)).size === s.length && s.length <= CLS[i].n, "c1 seat plan " + i));
  const CLSNAME = ["农村电商基础班", "网店运营实操班", "直播带货技能班", "农产品包装与品牌班", "电商扶贫专题班", "客家特色产品网销班", "短视频制作班"];
  const tRows = [["梅县区电子商务进农村线下培训签到台账"], ["序号", "培训日期", "培训班次", "姓名", "性别", "身份证号码", "所在村（社区）", "备注"]];
  const offRecs = [];
  let lowerDone = false;
  CLS.forEach((c, ci) => {
    const people = seats[ci].map((p) => ({ name: p.name, id: p.id, poor: true, v: poorArr[rint(0, poorArr.length - 1)] }));
    while (people.length < c.n) {
      const id = makeId(REGION, birthBetween(1968, 2003), rnd() < 0.45, undefined);
      people.push({ name: personName(), id, poor: false, v: admin[rint(0, admin.length - 1)] });
    }
    const f = ci % 5;
    const dc = f === 0 ? D(c.iso) : f === 1 ? twoDot(c.iso) : f === 2 ? slashDate(c.iso) : f === 3 ? compact(c.iso) : cnDate(c.iso);
    for (const p of shuffle(people)) {
      let idc = p.id;
      if (!lowerDone && p.id === E[3].id) {
        idc = p.id.slice(0, 17) + "x";
        lowerDone = true;
      }
      tRows.push([tRows.length - 1, dc, `第${ci + 1}期${CLSNAME[ci % CLSNAME.length]}`, p.name, idGender(p.id), idc, p.v, p.poor ? "脱贫户" : null]);
      offRecs.push({ iso: c.iso, id: p.id });
    }
  });
  assert(lowerDone, "c1 a lower-case x was typed");
  tRows.push(["合计", null, null, `${fmtInt(offRecs.length)}人次`]);
  const offByCut = offRecs.filter((r) => r.iso <= CUT);
  assert(offByCut.length === 1248 && offRecs.length === 1294, "c1 offline 1248 by the cut, 1294 in all");

  // ---------------- online sessions: one row per livestream class with its 人次
  const ON = [];
  let o0 = "2020-10-14";
  for (let i = 0; i < 14; i++) {
    ON.push({ iso: o0, n: rint(180, 360) });
    o0 = isoAdd(o0, rint(18, 24));
  }
  assert(ON[13].iso <= "2021-08-25", "c1 online sessions before the cut " + ON[13].iso);
  for (let diff = 3806 - sum(ON.map((o) => o.n)), j = 0; diff !== 0; j = (j + 3) % 14) {
    const step = Math.sign(diff) * Math.min(Math.abs(diff), 7);
    ON[j].n += step;
    diff -= step;
  }
  assert(sum(ON.map((o) => o.n)) === 3806 && ON.every((o) => o.n > 100), "c1 online 3806 by the cut");
  ON.push({ iso: "2021-09-15", n: 620 });
  const PLAT = ["抖音直播", "快手直播", "微信视频号", "腾讯会议"];
  const THEME = ["金柚网销与直播带货", "农产品短视频拍摄", "网店客服与售后", "乡村主播孵化", "电商扶贫政策解读", "社群团购运营", "客家娘酒网络营销"];
  const oRows = [["梅县区电子商务线上培训（直播课）统计表"], ["说明：线上直播课无签到名单，按平台后台导出的参训人次统计，不含线下培训签到人员。"],
    ["序号", "直播日期", "平台", "培训主题", "参训人次", "备注"]];
  ON.forEach((o, i) => oRows.push([i + 1, i % 3 === 0 ? cnDate(o.iso) : i % 3 === 1 ? D(o.iso) : dotDate(o.iso), PLAT[i % PLAT.length], THEME[i % THEME.length],
    i % 4 === 2 ? `${fmtInt(o.n)}人次` : o.n, o.iso > CUT ? "9月新增" : null]));
  oRows.push(["合计", null, null, null, sum(ON.map((o) => o.n)), null]);
  const PT = 1248 + 3806;
  const POP = 543700;
  assert(PT === 5054 && PT * 1000 >= 500000 * 10 && PT * 1000 < POP * 10 && PT * 1000 >= POP * 8, "c1 5054/500000 = 1.01% → 10; uncapped 0.93% would be 8");
  assert(1248 * 1000 < 500000 * 6, "c1 the offline sheet alone is 0.25% → 0");
  const trainedIds = new Set(offByCut.map((r) => r.id));
  const trainedElig = eligible.filter((p) => trainedIds.has(p.id)).length;
  assert(trainedElig === 55 && 55 * 100 >= 50 * 80 && 55 * 100 < 70 * 80, "c1 55/80 = 68.75% → 10, no bonus");
  const allElig = eligible.filter((p) => offRecs.some((r) => r.id === p.id)).length;
  assert(allElig === 58 && 58 * 100 >= 70 * 80, "c1 58/80 = 72.5% if September counted");

  // ---------------- park enterprises: one row per room, vacant rooms, one firm in two rooms
  const FIRMS = [
    ["梅州市梅县区客都优品电子商务有限公司", "平台型电商企业"], ["梅州市梅县区金柚人家网店", "销售型企业"], ["广东客都电子商务运营有限公司", "电商运营商"],
    ["梅州市梅县区通达物流有限公司", "物流企业"], ["梅州市梅县区雁南飞茶叶电子商务有限公司", "销售型企业"], ["梅州市梅县区乡味仓供应链有限公司", "物流企业"],
    ["梅州市梅县区松口客家娘酒网店", "销售型企业"], ["梅州市梅县区嘉应直播电商运营有限公司", "电商运营商"], ["梅州市梅县区山里人家农产品商行", "销售型企业"],
    ["梅州市梅县区众创电商培训中心", "培训机构"], ["梅州市梅县区梅香腌面网店", "销售型企业"], ["梅州市梅县区客乡云商网络科技有限公司", "平台型电商企业"],
    ["梅州市梅县区丙村红薯干电子商务商行", "销售型企业"], ["梅州市梅县区快捷快递服务部", "物流企业"], ["梅州市梅县区梅南金柚专业合作社网店", "销售型企业"],
    ["梅州市梅县区青创电商代运营工作室", "电商运营商"], ["梅州市梅县区石扇茶油电子商务有限公司", "销售型企业"], ["梅州市梅县区客家米酒坊网店", "销售型企业"],
    ["梅州市梅县区隆文竹笋电子商务商行", "销售型企业"], ["梅州市梅县区南口腐竹网店", "销售型企业"], ["梅州市梅县区畲江蜜柚电子商务有限公司", "销售型企业"],
  ];
  const firms = FIRMS.map(([n, t]) => ({ n, t, code: creditCode(REGION), en: randIsoBetween("2020-12-26", "2021-07-30") }));
  firms[19].en = "2020-12-28";
  firms[19].left = "2021-05-31";
  firms[20].en = "2021-09-13";
  const ROOMS = ["A101", "A102", "A103", "A105", "A106", "A108", "B201", "B202", "B203", "B204", "B205", "B206", "B207", "B208", "C301", "C302", "C303", "C305",
    "C306", "C307", "C308", "C309", "C310", "C311"];
  const occupancy = [0, 1, 2, "empty", 3, 4, 5, 5, 6, 7, 8, 9, 10, 19, 11, 12, 13, "empty", 14, 15, 16, 17, 18, 20];
  assert(occupancy.length === ROOMS.length, "c1 24 rooms");
  const eRows = [["梅县区电子商务产业园入驻企业登记表（按房号）"], ["楼层", "房号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "状态", "备注"]];
  const eMerges = ["A1:H1"];
  let floor = null;
  let f0 = 0;
  ROOMS.forEach((room, i) => {
    const fl = { A: "一层", B: "二层", C: "三层" }[room[0]];
    if (fl !== floor) {
      if (floor && eRows.length > f0) eMerges.push(`A${f0}:A${eRows.length}`);
      floor = fl;
      f0 = eRows.length + 1;
    }
    const o = occupancy[i];
    if (o === "empty") {
      eRows.push([null, room, "（空置）", null, null, null, "空置", "招商中"]);
      return;
    }
    const f = firms[o];
    const dup = o === 5 && room === "B202";
    const dc = i % 3 === 0 ? D(f.en) : i % 3 === 1 ? cnDate(f.en) : dotDate(f.en);
    eRows.push([null, room, f.n, f.code, f.t, dc, f.left ? `已退园（${dotDate(f.left)}）` : "在园", dup ? "与B201为同一企业（租用两间）" : o === 20 ? "2021年9月新入驻" : null]);
  });
  eMerges.push(`A${f0}:A${eRows.length}`);
  // put the floor name in the first row of each merged floor block
  for (const m of eMerges.slice(1)) {
    const r = Number(m.split(":")[0].slice(1));
    eRows[r - 1][0] = { A: "一层", B: "二层", C: "三层" }[eRows[r - 1][1][0]];
  }
  const inPark = firms.filter((f) => f.en <= CUT && !(f.left && f.left <= CUT));
  assert(inPark.length === 19, "c1 19 distinct firms in the park at the cut-off");
  const firmRows = eRows.slice(2).filter((r) => r[2] !== "（空置）");
  assert(firmRows.length === 22 && eRows.length - 2 === 24, "c1 22 firm rows in 24 rooms");
  const TYPES = new Set(inPark.map((f) => f.t));
  assert(TYPES.size >= 3, "c1 types");

  // ---------------- funds: a treasury payment export, 10 rows a page, header repeated, 本页小计 rows
  const PAYS = [
    ["2020-07-16", "电子商务公共服务中心装修工程预付款", "梅州市客都建筑装饰工程有限公司", 1185000],
    ["2020-08-20", "村级电商服务站点建设（第一批）首期款", "中国邮政集团有限公司广东省梅州市梅县区分公司", 962400],
    ["2020-09-17", "农村电商人才培训服务费（第一期）", "梅州市梅县区众创电商培训中心", 318600],
    ["2020-10-22", "公共服务中心设备采购", "梅州市信达科技有限公司", 645800],
    ["2020-11-19", "县镇村三级物流配送体系建设首期款", "梅州市梅县区通达物流有限公司", 1236500],
    ["2020-12-24", "村级电商服务站点建设（第一批）进度款", "中国邮政集团有限公司广东省梅州市梅县区分公司", 842000],
    ["2021-01-21", "公共服务中心运营服务费（2020年第四季度）", "广东客都电子商务运营有限公司", 286000],
    ["2021-02-04", "区域公共品牌设计及推广", "梅州市嘉应文化传媒有限公司", 428300],
    ["2021-03-18", "农村电商人才培训服务费（第二期）", "梅州市梅县区众创电商培训中心", 356250],
    ["2021-04-15", "村级电商服务站点建设（第二批）首期款", "中国邮政集团有限公司广东省梅州市梅县区分公司", 1084600],
    ["2021-04-29", "公共服务中心运营服务费（2021年第一季度）", "广东客都电子商务运营有限公司", 286000],
    ["2021-05-20", "农产品溯源系统建设", "广东溯源信息科技有限公司", 512800],
    ["2021-06-10", "县镇村三级物流配送体系建设进度款", "梅州市梅县区通达物流有限公司", 936000],
    ["2021-06-24", "冷链仓储设备采购", "梅州市粤东冷链设备有限公司", 578900],
    ["2021-07-15", "农村电商人才培训服务费（第三期）", "梅州市梅县区众创电商培训中心", 298470],
    ["2021-07-29", "公共服务中心运营服务费（2021年第二季度）", "广东客都电子商务运营有限公司", 286000],
    ["2021-08-12", "村级电商服务站点建设（第二批）进度款", "中国邮政集团有限公司广东省梅州市梅县区分公司", 468300],
    ["2021-08-26", "“梅县金柚”网络促销活动组织费", "梅州市嘉应文化传媒有限公司", null],
    ["2021-09-09", "村级电商服务站点建设（第二批）尾款", "中国邮政集团有限公司广东省梅州市梅县区分公司", 500000],
    ["2021-09-23", "公共服务中心运营服务费（2021年第三季度）", "广东客都电子商务运营有限公司", 320000],
  ];
  const SPENT = 10968420;
  PAYS[17][3] = SPENT - sum(PAYS.slice(0, 17).map((p) => p[3]));
  assert(PAYS[17][3] === 256500, "c1 balancing payment " + PAYS[17][3]);
  assert(sum(PAYS.filter((p) => p[0] <= CUT).map((p) => p[3])) === SPENT, "c1 spent by the cut");
  assert(SPENT * 100 >= 70 * 15000000 && pct2(SPENT, 15000000) === "73.12%", "c1 73.12%");
  const ALLPAID = sum(PAYS.map((p) => p[3]));
  assert(ALLPAID === 11788420, "c1 11,788,420 with September");
  const head = ["序号", "支付日期", "支付凭证号", "摘要", "收款人全称", "支付金额（元）", "支付状态"];
  const fRows = [["梅县区财政国库集中支付明细查询结果"], ["查询条件：预算项目=2019年省级电子商务进农村综合示范专项资金；支付日期=20200101至20211231；共20条"], head];
  PAYS.forEach(([iso, use, payee, amt], i) => {
    fRows.push([i + 1, compact(iso), `${iso.slice(0, 4)}${String(rint(10000, 99999))}`, use, payee, fmtMoney(amt), "支付成功"]);
    if (i % 10 === 9) {
      const page = PAYS.slice(i - 9, i + 1);
      fRows.push(["本页小计", null, null, null, null, fmtMoney(sum(page.map((p) => p[3]))), null]);
      if (i < PAYS.length - 1) fRows.push(head.slice());
    }
  });
  fRows.push(["合计", null, null, null, null, fmtMoney(ALLPAID), null]);
  fRows.push(["打印时间：2021-09-27 10:15:42　　操作员：梅县区财政局国库股"]);

  // ---------------- reports: the OA 发文 log, city bureau and other receivers mixed
  const OA = [];
  for (const m of monthsBetween("2020-06", "2021-08")) {
    const nm = monthsBetween(m, "2021-12")[1];
    let iso = `${nm}-${String(nm.endsWith("-10") ? rint(9, 12) : rint(3, 9)).padStart(2, "0")}`;
    if (m === "2021-01") iso = "2021-01-29";
    OA.push({ iso, title: `关于报送梅县区${cnMonth(m)}电子商务进农村综合示范工作进展情况的函`, to: "梅州市商务局",
      att: iso >= "2020-10-01" ? "1.工作进展月报表.xlsx；2.电商扶贫统计表.xlsx" : "1.工作进展月报表.xlsx", city: true });
  }
  OA.push({ iso: "2020-11-12", title: "关于申请拨付电子商务进农村综合示范项目资金的函", to: "梅县区财政局", att: "1.拨款申请表.pdf" });
  OA.push({ iso: "2021-02-08", title: "梅县区商务局关于春节期间电子商务进农村工作安排的报告", to: "梅县区人民政府办公室", att: null });
  OA.push({ iso: "2021-02-22", title: "关于申请拨付电子商务进农村综合示范项目第二批资金的函", to: "梅县区财政局", att: "1.拨款申请表.pdf；2.项目进度表.xlsx" });
  OA.push({ iso: "2021-06-18", title: "关于报送梅县区电子商务进农村工作经验材料的函", to: "梅州市商务局", att: "1.梅县区“电商+金柚”助农增收经验做法.docx" });
  OA.sort((a, b) => byIso(a.iso, b.iso));
  const rRows = [["公文交换系统——发文记录（导出）"], ["发文单位：梅县区商务局　　查询时段：2020-06-01至2021-09-30"],
    ["序号", "发送时间", "文件标题", "接收单位", "附件", "发送人"]];
  OA.forEach((o, i) => rRows.push([i + 1, `${o.iso} ${hms()}`, o.title, o.to, o.att, ["李××", "钟××", "古××"][i % 3]]));
  const cityMonths = new Set(OA.filter((o) => o.to === "梅州市商务局" && o.iso <= CUT).map((o) => ym(o.iso)));
  assert(WINDOW.filter((w) => !cityMonths.has(w)).join() === "2021-02", "c1 only February lacks a city-bureau entry");
  assert(OA.some((o) => ym(o.iso) === "2021-02"), "c1 February has other entries");

  // ---------------- disclosures: one row per month with the number of updates
  const dRows = [["梅县区政府网“电子商务进农村综合示范”专栏更新情况"], ["月份", "更新条数", "主要更新内容", "备注"]];
  for (const m of monthsBetween("2020-07", "2021-08")) {
    const n = rint(1, 3);
    const what = [`项目建设进度（${cnMonth(monthsBetween("2020-01", m).slice(-2)[0])}）`];
    if (n > 1) what.push(["村级站点建设公示", "培训通知", "资金使用情况公示", "项目招标结果公示"][rint(0, 3)]);
    if (n > 2) what.push("工作动态");
    if (m === "2020-07") what.splice(0, 1, "创建工作方案", "项目基本信息");
    dRows.push([cnMonth(m), what.length, what.join("；"), m === "2020-07" ? "专栏开通，设监督举报电话及邮箱" : null]);
  }
  dRows.push(["合计", sum(dRows.slice(2).map((r) => r[1])), null, null]);

  // ---------------- media (level inside the media cell) and, below it, the materials table
  const mRows = [["一、宣传报道情况"], ["序号", "报道日期", "媒体（级别）", "形式", "标题", "是否电商扶贫典型案例"],
    [1, "2020.11.18", "梅县区融媒体中心（区级）", "电视", "梅县区首批村级电商服务站挂牌运营", "否"],
    [2, "2021年3月25日", "梅州日报（市级）", "报纸", "梅县：村级电商站点让山货出山", "否"],
    [3, D("2021-06-17"), "梅州广播电视台（市级）", "电视", "梅县脱贫户直播带货 金柚销往全国", "是"],
    [4, "2021.9.2", "南方日报（省级）", "报纸", "梅县区电子商务进农村示范创建见成效", "否"],
    [],
    ["二、经验材料报送情况"], ["序号", "报送日期", "材料名称", "报送对象"],
    [1, "2021.6.18", "梅县区“电商+金柚”助农增收经验做法", "梅州市商务局"]];
  const mMerges = ["A1:F1", "A7:F7"];

  // ---------------- the self-assessment sheet: section rows carry 满分 and 自评 points
  const F = [["梅州市梅县区2019年省级电子商务进农村综合示范创建考评自评情况表"], ["填报单位：梅县区商务局（盖章）", null, "考评截止时间：2021年8月31日"],
    ["项目", "填报内容", "单位", "佐证材料及说明"]];
  const FM = ["A1:D1", "A2:B2", "C2:D2"];
  const claimed = {};
  const sec = (title, id, max, self) => {
    F.push([`${title}（满分${max}分，自评${self}分）`]);
    FM.push(`A${F.length}:D${F.length}`);
    claimed[id] = self;
  };
  const row = (a, b, c, d) => F.push([a, b, c === undefined ? null : c, d === undefined ? null : d]);
  sec("一、组织领导", "org.leadership", 2, 2);
  row("领导小组组长", "区委副书记、区长", null, "《关于成立梅县区电子商务进农村综合示范工作领导小组的通知》（梅县府办〔2019〕×号）");
  row("领导小组成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴局、区发展和改革局、区交通运输局、区市场监督管理局、区供销社、梅县区邮政分公司");
  sec("二、方案制定", "org.plan", 2, 2);
  row("示范县工作方案是否正式印发", "是", null, "2019年11月印发《梅县区电子商务进农村综合示范县创建工作方案》");
  row("方案制定自评分", 2, "分", "评分标准1-2分");
  sec("三、政策支持", "org.policy", 2, 2);
  row("是否出台支持农村电商发展的政策", "是", null, "《梅县区促进农村电子商务发展扶持办法》");
  row("政策支持自评分", 2, "分", "评分标准1-2分");
  sec("四、项目管理", "org.management", 4, 3);
  row("项目管理制度自评分", 2, "分", "制定《项目管理办法》《项目验收办法》");
  row("工作台账自评分", 1, "分", "部分台账记录不完整");
  sec("五、服务体系建设·县级中心与产业园", "work.center", 15, 14);
  row("公共服务中心投入运营时间", "2020年12月26日", null, "中心位于程江镇，建筑面积1,600㎡");
  row("有免费培训场所、培训设备，能组织电商基础培训", "是");
  row("为特色农产品提供免费展示、销售服务", "是");
  row("为电子商务市场主体提供免费摄影、美工服务", "是");
  row("组织农产品统一推广、指导特色农产品品牌建设", "是", null, "“梅县金柚”区域公共品牌");
  row("为电子商务发展提供其他衍生增值服务", "否", null, "代运营、金融对接服务计划2021年10月起提供");
  row("建设或整合、优化当地电商产业园", "是", null, "与服务中心同址");
  row("产业园入驻企业", 20, "家", "见入驻企业登记表");
  sec("六、服务体系建设·村级站点覆盖", "work.coverage", 10, 10);
  row("行政村数", 382, "个", "超过200个，按200个计算");
  row("其中：省定贫困村", 41, "个");
  row("已建站点的行政村", 143, "个", "含2021年9月集中挂牌的站点");
  sec("七、农村产品上行", "work.upward", 10, 8);
  row("网销调研自评分", 2, "分", "《梅县区农产品网络销售调研报告》");
  row("网络促销活动自评分", 1, "分");
  row("有专业第三方电子商务运营或服务商", "是", null, "广东客都电子商务运营有限公司");
  row("行政村物流快递覆盖率", "100%", null, "市邮政管理局证明");
  row("交易标准与冷链溯源自评分", 1, "分", "溯源系统已上线，交易标准未出台");
  row("2019年农村网络零售额", 52.36, "亿元");
  row("2020年农村网络零售额", 63.18, "亿元");
  row("2019年农产品网络零售额", 8.12, "亿元");
  row("2020年农产品网络零售额", 10.96, "亿元");
  sec("八、电商人才培训", "work.training", 20, 20);
  row("常住人口", 54.37, "万人", "第七次全国人口普查，超过50万按50万计算");
  row("累计培训人次", "5,720", "人次", "线下1,294人次、线上4,426人次");
  row("有劳动能力的建档立卡贫困人口（不含外出务工）", 80, "人");
  row("参加培训的建档立卡贫困人口", 58, "人");
  sec("九、信息公开", "info.disclosure", 4, 4);
  row("专栏公示创建方案", "是");
  row("专栏公示项目基本信息", "是");
  row("专栏公示项目建设进度", "是");
  row("设立征求意见或监督举报窗口", "是", null, "监督举报电话及邮箱");
  sec("十、数据上报", "info.reporting", 6, 6);
  row("每月向市商务局报送工作情况", "是", null, "见公文交换系统发文记录");
  row("能统计电商扶贫情况", "是", null, "月报附电商扶贫统计表");
  sec("十一、案例总结", "promo.cases", 2, 2);
  row("向市商务局报送经验材料", "已报送", null, "见宣传及经验材料");
  sec("十二、经验推广", "promo.media", 8, 8);
  row("主流媒体宣传报道", "省、市、区级媒体均有报道", null, "见宣传及经验材料");
  sec("十三、制度建立", "fund.system", 5, 4);
  row("已制定资金管理制度", "是", null, "《梅县区电子商务进农村综合示范专项资金管理办法》");
  row("资金管理制度自评分", 4, "分");
  sec("十四、资金台账", "fund.ledger", 5, 4);
  row("已建立资金专用台账", "是");
  row("资金台账自评分", 4, "分");
  sec("十五、资金支出", "fund.spending", 5, 4);
  row("下达资金总额", 1500, "万元", "粤财工〔2019〕××号");
  row("累计拨付资金", "1,178.842", "万元", "截至2021年9月23日");
  row("资金及时拨付自评分", 4, "分");
  sec("十六、加分项·建档立卡贫困人口培训率", "bonus.poorTraining", 2, 2);
  row("建档立卡贫困人口培训率", "72.5%", null, "58/80");
  sec("十七、加分项·电商扶贫典型案例电视播报", "bonus.tvCase", 2, 0);
  row("电视播报情况", "梅州广播电视台播报（市级）");
  F.push(["十八、一票否决项"]);
  FM.push(`A${F.length}:D${F.length}`);
  row("发生安全生产、质量事故，或造成重大经济损失和社会不良影响", "无");
  row("项目总体进度", "88%");
  row("弄虚作假", "无");
  const ctot = sum(Object.values(claimed));
  row("自评合计", ctot, "分");
  assert(ctot === 95 && Object.keys(claimed).length === 17, "c1 claimed 95 " + ctot);
  assert(pct1(6318 - 5236, 5236) === "20.7%" && pct1(1096 - 812, 812) === "35.0%", "c1 growth");

  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 2 + 1,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 0 + 1, "work.coverage": 2 + 3, "work.upward": 2 + 1 + 1 + 1 + 1 + 2,
    "work.training": 10 + 10, "info.disclosure": 2 + 2, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 0,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 80 && bonus === 0, "c1 total " + scored);
  const derivation = [
    "org.leadership: 组长“区委副书记、区长”（区长 = 主要领导），成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局 → 2",
    "org.plan: 方案已印发，方案制定自评分2（1-2）→ 2",
    "org.policy: 已出台扶持办法，政策支持自评分2 → 2",
    "org.management: 项目管理制度自评分2 + 工作台账自评分1 → 3",
    `work.center: 中心2020年12月26日投入运营 ≤ 截止日 → 2；≤ 2021-02-28，运行满6个月 → 2；免费培训 → 2；免费展示销售 → 1；免费摄影美工 → 1；品牌推广 → 1；其他衍生增值服务“否” → 0；产业园已建 → 2；入驻企业登记表按房号一行一间共24行：2间“（空置）”不是企业，${firms[5].n}租B201、B202两间（同一信用代码）算1家，${firms[19].n}已于2021.5.31退园，${firms[20].n}2021年9月13日才入驻，截止日在园19家 < 20 → 0（自评按20家得2分不成立）；类型有平台型、销售型、电商运营商、物流企业等 ≥ 3 → 1；合计12（自评14）`,
    `work.coverage: 一览表一镇一列，382个行政村（新城办事处只有社区，各镇另有1个社区，共23个社区不算），★为省定贫困村41个；行政村超过200个按200计；站点台账左右两张表（第一批2020年、第二批2021年），“〃”“同上”沿用上一行的镇和挂牌时间；第二批最后4个站点“2021年9月6日”及其下3行“同上”都是9月挂牌，不算（其中${septPoor}是省定贫困村）；${commSt}是社区站点不算，两村各有第二个服务点只算一次；截止日前有站点的行政村139个，139/200 = 69.5% → 2（若把“同上”当成无日期而计入则为142个、71%）；省定贫困村41个中40个有站点，40/41 = 97.6% → 3；合计5（自评10）`,
    "work.upward: 网销调研2 → 2；网络促销1 → 1；第三方运营服务商 → 1；村名单无快递列，按自评表“行政村物流快递覆盖率100%” → 1；交易标准与冷链溯源1 → 1；农村网络零售额52.36→63.18亿元增20.7% < 30%，农产品8.12→10.96亿元增35.0% ≥ 30% → 2；合计8",
    `work.training: 线下签到台账一行一名学员共${fmtInt(offRecs.length)}行，截止日前1,248人次（2021年9月10日第27期46人不算）；线上直播课按场次记参训人次，截止日前14场3,806人次（9月15日一场620人次不算）；合计5,054人次；常住人口54.37万超过50万按500,000计，5,054/500,000 = 1.01% ≥ 1% → 10（只看线下为0.25%不得分；不封顶按543,700算为0.93%只得8）；扶贫系统导出名单150人，劳动技能为普通/技能劳动力且务工状况为“在家务农”或“乡（镇）内务工”的80人（省外务工、县外省内务工38人和丧失/无劳动力32人除外）；截止日前签到台账按身份证号匹配到其中55人（6人参训两次只算一次，一人身份证号末位写成小写x），55/80 = 68.75% ≥ 50% → 10；合计20`,
    "info.disclosure: 自评表写专栏公示创建方案、项目基本信息、建设进度，设监督举报窗口 → 2；专栏更新情况表2020年9月—2021年8月每月更新条数都 ≥ 1 → 2；合计4",
    `info.reporting: 公文交换系统发文记录中发往梅州市商务局的：1月份月报2021-01-29提前发出，2月份月报${OA.find((o) => o.title.includes("2021年2月")).iso}发出，2021年2月只有发给区政府办、区财政局的文件，没有报送市商务局 → 近一年不是每月报送，不定时 → 1；月报附件有“电商扶贫统计表” → 3；合计4（自评6）`,
    "promo.cases: 2021.6.18向梅州市商务局报送经验材料（第二张表） → 2",
    "promo.media: 截止日前：梅州日报、梅州广播电视台（市级）→ 3；梅县区融媒体中心（区级即县级）→ 1；南方日报（省级）2021.9.2在截止日后不算；合计4（自评8）",
    "fund.system: 资金管理制度自评分4 → 4",
    "fund.ledger: 资金台账自评分4 → 4",
    `fund.spending: 国库支付明细每10行一页，页尾“本页小计”、第二页重复表头、最后“合计”都不是支付；截止日前18笔合计${fmtMoney(SPENT)}元，2021年9月9日、9月23日两笔共820,000元在截止日后；10,968,420/15,000,000 = 73.12% ≥ 70% → 资金及时拨付自评分4 → 4`,
    "bonus.poorTraining: 55/80 = 68.75% < 70% → 0（自评按58/80 = 72.5%计2分，其中3人是9月培训）",
    "bonus.tvCase: 唯一的电商扶贫典型案例电视报道是梅州广播电视台（市级），不是国家级或省级 → 0",
    "veto.incident: “无” → 不否决",
    "veto.progress: 项目总体进度88% ≥ 40% → 不否决",
    "veto.fraud: “无” → 不否决",
  ];
  return {
    description:
      "梅州梅县区商务局整本工作簿。“自评情况表”按指标分节，节标题行写“（满分X分，自评Y分）”即自评分，节下是 项目|填报内容|单位|说明 行（区委副书记、区长任组长；中心2020年12月26日运营；其他衍生增值服务“否”；382个行政村按200计；累计拨付写到9月23日），自评合计95分。“村（社区）一览表”一镇一列、村名后★为省定贫困村、各镇末尾是社区。“站点台账”左右并排两批，镇和挂牌时间大量用“〃”“同上”，第二批最后一组9月挂牌（含一个贫困村）只有首行写日期。培训分线下签到（一行一人，日期每行按期次不同格式书写，有两位年份、8位数字、小写x）和线上直播（按场次记人次）两张表，人次相加后常住人口按50万封顶。“贫困人口”是扶贫系统导出（劳动技能、务工状况为系统用语）。“入驻企业”按房号一行一间（有空置间、一家企业两间、退园、9月入驻）。“资金”是国库支付明细导出，每页重复表头和本页小计。“月报报送”是公文交换系统发文记录，接收单位混有区政府办、区财政局，2021年2月没有发往市商务局的文件。“专栏更新”按月计条数；“宣传及经验材料”媒体级别写在媒体名后括号里，下方第二张表是经验材料。",
    sheets: [
      { name: "自评情况表", rows: F, merges: FM },
      { name: "村（社区）一览表", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "线下培训签到", rows: tRows, merges: ["A1:H1"] },
      { name: "线上培训统计", rows: oRows, merges: ["A1:F1", "A2:F2"] },
      { name: "贫困人口（系统导出）", rows: pRows },
      { name: "入驻企业", rows: eRows, merges: eMerges },
      { name: "资金支付明细", rows: fRows, merges: ["A1:G1", "A2:G2"] },
      { name: "月报报送", rows: rRows, merges: ["A1:F1", "A2:F2"] },
      { name: "专栏更新", rows: dRows, merges: ["A1:D1"] },
      { name: "宣传及经验材料", rows: mRows, merges: mMerges },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 汕头澄海区: a Word questionnaire pasted into Excel: □/☑/■ boxes, ＿＿ blanks, full-width digits, a single-choice leader.
// =====================================================================================================
function buildF1() {
  const rows = [["汕头市澄海区电子商务进农村综合示范创建情况调查问卷"],
    ["填写说明：请在所选项的“□”内打“√”（或涂黑为“■”），在“＿＿”处填写数字或文字；不清楚的可不填。"],
    ["填报单位（盖章）：汕头市澄海区商务局", "填报日期：2021年9月7日"]];
  const sect = (t) => rows.push([t]);
  const q = (text, ans, note) => rows.push(note === undefined ? [text, ans] : [text, ans, note]);
  sect("一、基本情况");
  q("1．县（市、区）名称", "＿澄海区＿");
  q("2．考评截止日期", "＿2021＿年＿8＿月＿31＿日");
  q("3．常住人口", `${fillIn("８３．９７")}万人`, "第七次全国人口普查");
  q("4．户籍人口", `${fillIn("８６．２")}万人`);
  q("5．行政村数（不含社区）", `${fillIn("１４６")}个`);
  q("6．省定贫困村数", `${fillIn("3")}个`);
  sect("二、组织领导");
  q("7．示范创建工作领导小组组长（单选）", "□区委书记　□区长　□常务副区长　□分管副区长　☑其他（请注明）：区商务局局长");
  q("8．领导小组成员单位（可多选）", "☑商务　☑财政　☑农业农村　☑乡村振兴（扶贫）　□交通运输　☑其他：区供销社、区邮政分公司");
  q("9．示范县工作方案是否已正式印发", "■是　□否");
  q("　　方案制定自评分（1-2分）", "＿2＿分");
  q("10．是否已出台支持农村电商发展的政策", "☑是　□否");
  q("　　政策支持自评分（1-2分）", "＿1＿分");
  q("11．项目管理制度自评分（1-2分）", "＿2＿分");
  q("12．工作台账自评分（1-2分）", "＿2＿分");
  sect("三、服务体系建设");
  q("13．县级电子商务公共服务中心投入运营时间", "＿2021＿年＿1＿月＿15＿日", "2020年11月完成装修");
  q("14．中心有免费培训场所、培训设备，能组织电商基础培训", "是☑　　否□");
  q("15．为特色农产品提供免费展示、销售服务", "√是　　否");
  q("16．为电子商务市场主体提供免费摄影、美工服务", "□是　☑否");
  q("17．组织农产品统一推广、指导特色农产品品牌建设", "☑是　□否");
  q("18．为电子商务发展提供其他衍生增值服务", "□是　□否");
  q("19．是否建设或整合、优化当地电商产业园", "☑是　□否");
  q("20．电商产业园入驻企业数", `${fillIn("24")}家`);
  sect("四、农村产品上行");
  q("21．对当地农产品网络销售进行调研并形成针对性建议，自评分（1-2分）", "＿1＿分");
  q("22．开展农村产品网络促销活动，自评分（1-2分）", "＿2＿分");
  q("23．当地是否有专业第三方电子商务运营或服务商", "☑有　□无");
  q("24．行政村物流快递覆盖率", `${fillIn("１００")}％`);
  q("25．出台农产品电商交易标准，建立冷链、溯源系统，自评分（1-2分）", "＿＿分");
  q("26．2019年农村网络零售额", `${fillIn("68.43")}亿元`);
  q("27．2020年农村网络零售额", `${fillIn("86.15")}亿元；同比增长＿＿％`);
  q("28．2019年农产品网络零售额", `${fillIn("5.26")}亿元`);
  q("29．2020年农产品网络零售额", `${fillIn("6.47")}亿元；同比增长${fillIn("23.0")}％`);
  sect("五、电商人才培训");
  q("30．累计培训人次", `${fillIn("5,327")}人次`);
  q("31．有劳动能力的建档立卡贫困人口数（不含外出务工人员）", `${fillIn("412")}人`);
  q("32．参加培训的建档立卡贫困人口数", `${fillIn("230")}人`);
  sect("六、信息公开与数据报送");
  q("33．区政府网站专栏已公示（可多选）", "☑创建方案　☑项目基本信息　□项目建设进度　☑征求意见或监督举报窗口");
  q("34．能否统计电商扶贫情况（电商培训、带动增收等）", "☑能　□不能");
  sect("七、资金管理");
  q("35．省级下达资金总额", `${fillIn("1500")}万元`);
  q("36．截至考评截止日期累计拨付资金", `${fillIn("1,136.5")}万元`);
  q("37．是否已制定资金管理制度", "☑是　□否");
  q("　　资金管理制度自评分（1-5分）", "＿4＿分");
  q("38．项目承建方是否建立资金专用台账", "■是　□否");
  q("　　资金台账自评分（1-5分）", "＿3＿分");
  q("39．资金及时拨付自评分（1-5分）", "＿4＿分");
  q("40．项目总体进度", `${fillIn("91")}％`);
  sect("八、一票否决事项");
  q("41．创建期间是否发生安全生产、质量事故，或造成重大经济损失和社会不良影响", "□是　☑否");
  q("42．是否存在弄虚作假行为", "□是　■否");
  rows.push(["填表人：＿＿＿＿　　联系电话：＿＿＿＿"]);
  assert(pct1(647 - 526, 526) === "23.0%", "f1 agri growth 23.0%");
  const merges = ["A1:C1", "A2:C2"];
  rows.forEach((r, i) => {
    if (r.length === 1 && i > 2) merges.push(`A${i + 1}:C${i + 1}`);
  });
  return {
    description:
      "汕头澄海区商务局填的“调查问卷”（Word问卷粘贴进Excel）：A列题目、B列作答，是否题用“☑是　□否”“■是　□否”“是☑　否□”“√是　否”几种勾法，两框都没勾的（其他衍生增值服务）是未作答；填空题写在“＿＿”里，带全角数字（“８３．９７”万人、“１４６”个、“１００”％）和单位；日期是“＿2021＿年＿1＿月＿15＿日”；一格两空（“86.15亿元；同比增长＿＿％”增速空着，“6.47亿元；同比增长23.0％”）；领导小组组长单选勾的是“其他：区商务局局长”（不是政府主要或分管领导）；专栏公示是多选（建设进度未勾）；户籍人口、入驻企业数、装修时间不是考评输入；交易标准与冷链溯源自评分空着。",
    sheets: [{ name: "调查问卷", rows, merges }],
    expect: {
      facts: {
        county: "澄海区", asOf: "2021-08-31", residentPopulation: 839700, adminVillagesStated: 146, poorVillagesStated: 3,
        planIssued: true, policyIssued: true, centerOpened: "2021-01-15", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 6843000000, ruralRetail2020: 8615000000, agriRetail2019: 526000000, agriRetail2020: 647000000, agriRetailGrowthStated: 0.23,
        trainingPersonTimesStated: 5327, eligiblePoorPersonsStated: 412, trainedPoorPersonsStated: 230,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: false, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 11365000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.91,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "fund.system": 4, "fund.ledger": 3, "fund.spending": 4,
      },
      leadership: "other",
    },
  };
}

// =====================================================================================================
// f2 — 潮州湘桥区: the city bureau's wide 统计表, three-row header, static columns merged down over period rows, a 累计 row.
// =====================================================================================================
function buildF2() {
  // [group, field, sub] ; sub set only for the two retail groups
  const COLS = [
    [null, "县（市、区）"], [null, "统计期间"],
    ["基本情况", "常住人口（万人）"], ["基本情况", "行政村（个）"], ["基本情况", "省定贫困村（个）"],
    ["组织领导", "牵头领导"], ["组织领导", "参与部门"], ["组织领导", "方案已印发"], ["组织领导", "政策已出台"],
    ["公共服务中心", "投入运营时间"], ["公共服务中心", "免费培训"], ["公共服务中心", "免费展示销售"], ["公共服务中心", "免费摄影美工"],
    ["公共服务中心", "品牌推广"], ["公共服务中心", "其他增值服务"],
    ["电商产业园", "建设或整合产业园"], ["电商产业园", "入驻企业（家）"],
    ["农村产品上行", "第三方运营服务商"], ["农村产品上行", "快递覆盖率（%）"],
    ["农村产品上行", "农村网络零售额（亿元）", "2019年"], ["农村产品上行", "农村网络零售额（亿元）", "2020年"], ["农村产品上行", "农村网络零售额（亿元）", "增速（%）"],
    ["农村产品上行", "农产品网络零售额（亿元）", "2019年"], ["农村产品上行", "农产品网络零售额（亿元）", "2020年"], ["农村产品上行", "农产品网络零售额（亿元）", "增速（%）"],
    ["人才培训", "培训人次"], ["人才培训", "有劳动能力贫困人口（人，不含外出务工）"], ["人才培训", "参训贫困人口（人）"],
    ["信息公开", "创建方案"], ["信息公开", "项目信息"], ["信息公开", "建设进度"], ["信息公开", "征求意见/监督举报窗口"],
    ["数据上报", "统计电商扶贫"],
    ["资金管理", "下达资金（万元）"], ["资金管理", "拨付资金（万元）"], ["资金管理", "资金管理制度"], ["资金管理", "资金专用台账"], ["资金管理", "总体进度（%）"],
    ["评判项自评分", "方案制定"], ["评判项自评分", "政策支持"], ["评判项自评分", "管理制度"], ["评判项自评分", "工作台账"], ["评判项自评分", "网销调研"],
    ["评判项自评分", "促销活动"], ["评判项自评分", "标准溯源"], ["评判项自评分", "资金制度"], ["评判项自评分", "资金台账"], ["评判项自评分", "及时拨付"],
    ["否决事项", "安全质量事故"], ["否决事项", "弄虚作假"],
  ];
  const W = COLS.length;
  const last = colName(W - 1);
  const rows = [["潮州市电子商务进农村综合示范创建工作情况统计表"], ["填报单位：湘桥区商务局　　　考评截止日期：2021年8月31日　　　金额单位：万元"]];
  const merges = [`A1:${last}1`, `A2:${last}2`];
  const g = [];
  const f = [];
  const s = [];
  COLS.forEach(([grp, field, sub], i) => {
    g.push(grp === null ? field : i === 0 || COLS[i - 1][0] !== grp ? grp : null);
    f.push(grp === null ? null : sub && COLS[i - 1][1] === field ? null : field);
    s.push(sub || null);
  });
  rows.push(g, f, s);
  // merges for the header: A/B over rows 3-5, groups across row 3, fields down rows 4-5 (or across for retail)
  for (let i = 0; i < W; i++) {
    const [grp, field, sub] = COLS[i];
    if (grp === null) {
      merges.push(`${colName(i)}3:${colName(i)}5`);
      continue;
    }
    if (i === 0 || COLS[i - 1][0] !== grp) {
      let j = i;
      while (j + 1 < W && COLS[j + 1][0] === grp) j++;
      if (j > i) merges.push(`${colName(i)}3:${colName(j)}3`);
    }
    if (!sub) merges.push(`${colName(i)}4:${colName(i)}5`);
    else if (COLS[i - 1][1] !== field) {
      let j = i;
      while (j + 1 < W && COLS[j + 1][1] === field) j++;
      merges.push(`${colName(i)}4:${colName(j)}4`);
    }
  }
  const V = {
    "常住人口（万人）": 55.82, "行政村（个）": 58, "省定贫困村（个）": 2, "牵头领导": "区委书记、区长（双组长）",
    "参与部门": "商务、财政、农业农村、乡村振兴、市场监管、邮政管理", "方案已印发": 1, "政策已出台": 1,
    "投入运营时间": excelSerial("2020-11-06"), "免费培训": 1, "免费展示销售": 1, "免费摄影美工": 0, "品牌推广": 1, "其他增值服务": 1,
    "建设或整合产业园": 1, "入驻企业（家）": 18, "第三方运营服务商": 1, "快递覆盖率（%）": 98.3,
    "农村网络零售额（亿元）": [21.56, 27.43, 27.2], "农产品网络零售额（亿元）": [3.05, 4.12, 35.1],
    "有劳动能力贫困人口（人，不含外出务工）": 236,
    "创建方案": 1, "项目信息": 1, "建设进度": 1, "征求意见/监督举报窗口": 0, "统计电商扶贫": 1,
    "下达资金（万元）": 1500, "资金管理制度": 1, "资金专用台账": 1, "总体进度（%）": 86,
    "方案制定": 2, "政策支持": 2, "管理制度": 2, "工作台账": 1, "网销调研": 1, "促销活动": 2, "标准溯源": null, "资金制度": 4, "资金台账": 4, "及时拨付": 4,
    "安全质量事故": 0, "弄虚作假": 0,
  };
  const FLOW = { "培训人次": [2846, 2712, 5558], "参训贫困人口（人）": [118, 96, "171（去重）"], "拨付资金（万元）": [612.4, 498.36, 1110.76] };
  assert(2846 + 2712 === 5558 && Math.round((612.4 + 498.36) * 100) === 111076, "f2 flows add up");
  assert(118 + 96 > 171, "f2 persons are de-duplicated, not summed");
  assert(pct1(2743 - 2156, 2156) === "27.2%" && pct1(412 - 305, 305) === "35.1%", "f2 growth");
  assert(excelSerial("2020-11-06") === 44141, "f2 serial");
  const PER = ["2020年1—12月", "2021年1—8月", "累计"];
  const r0 = rows.length + 1;
  PER.forEach((per, k) => {
    const r = COLS.map(([grp, field, sub], i) => {
      if (i === 0) return k === 0 ? "湘桥区" : null;
      if (i === 1) return per;
      if (field in FLOW) return FLOW[field][k];
      if (k > 0) return null;
      const v = V[field];
      assert(v !== undefined, "f2 value for " + field);
      if (sub) return v[["2019年", "2020年", "增速（%）"].indexOf(sub)];
      return v;
    });
    rows.push(r);
  });
  COLS.forEach(([grp, field], i) => {
    if (i === 1 || field in FLOW) return;
    merges.push(`${colName(i)}${r0}:${colName(i)}${r0 + 2}`);
  });
  for (const other of ["潮安区", "饶平县"]) {
    const a = rows.length + 1;
    PER.forEach((per, k) => rows.push([k === 0 ? other : null, per].concat(Array(W - 2).fill(null))));
    merges.push(`A${a}:A${a + 2}`);
  }
  rows.push(["填报说明：1．是否类填“1”（是）或“0”（否）；2．零售额单位亿元，其余金额单位万元；3．“参训贫困人口”累计栏填去重后人数；4．日期按“年-月-日”格式填写。"]);
  merges.push(`A${rows.length}:${last}${rows.length}`);
  rows.push(["填表人：林××　　审核人：蔡××　　联系电话：0768-22×××××"]);
  merges.push(`A${rows.length}:${last}${rows.length}`);
  return {
    description:
      "潮州市商务局下发的“创建工作情况统计表”由湘桥区填报：一行一县区的宽表，三行表头（分组行合并、字段行、零售额再分2019年/2020年/增速（%）），单位写在表头（万人、亿元、万元、%）；湘桥区占三行（2020年1—12月、2021年1—8月、累计），不随期间变化的栏向下合并三行，只有培训人次、参训贫困人口、拨付资金逐期填写，要读“累计”行（参训贫困人口累计写“171（去重）”，不是两年相加）；是否类填1/0；中心投入运营时间是丢了日期格式的序列号44141（2020-11-06）；快递覆盖率98.3%（不是100%）；征求意见/监督举报窗口填0；评判项自评分中标准溯源空着；潮安区、饶平县的行是空的模板行；入驻企业数不是考评输入。",
    sheets: [{ name: "统计表", rows, merges }],
    expect: {
      facts: {
        county: "湘桥区", asOf: "2021-08-31", residentPopulation: 558200, adminVillagesStated: 58, poorVillagesStated: 2,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-06", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2019: 2156000000, ruralRetail2020: 2743000000, ruralRetailGrowthStated: 0.272,
        agriRetail2019: 305000000, agriRetail2020: 412000000, agriRetailGrowthStated: 0.351,
        trainingPersonTimesStated: 5558, eligiblePoorPersonsStated: 236, trainedPoorPersonsStated: 171,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 11107600, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.86,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 1,
        "work.upward.promotion": 2, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 河源源城区: the finance bureau's 项目支出绩效自评表 reused as the facts sheet (targets vs. actuals, a finance score).
// =====================================================================================================
function buildF3() {
  const rows = [["项目支出绩效自评表"], ["（2021年度）"],
    ["项目名称", "源城区2019年省级电子商务进农村综合示范项目"],
    ["主管部门", "河源市源城区商务局", null, null, "实施单位", "河源市源城区商务局"],
    ["自评截止日期", "2021年8月31日", null, null, "自评方式", "单位自评"],
    ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    [null, "年度资金总额", 1700, 1700, "1,289.78", 10, "75.87%", 7.59],
    [null, "其中：省级专项资金", 1500, 1500, "1,163.28", "—", "77.55%", "—"],
    [null, "区级配套资金（不纳入省级考评）", 200, 200, "126.50", "—", "63.25%", "—"],
    ["年度总体目标", "预期目标", null, null, "实际完成情况"],
    [null, "建成区级电子商务公共服务中心并投入运营；建设村级电商服务站点40个以上；培训4,000人次以上；物流快递行政村全覆盖；农村网络零售额年增长20%以上。", null, null,
      "区电子商务公共服务中心已投入运营，建成村级电商服务站点44个，累计培训4,516人次，行政村物流快递覆盖率100%，2020年农村网络零售额同比增长23.6%。"],
    ["绩效指标", null, null, null, null, null, null, null],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]];
  const merges = ["A1:H1", "A2:H2", "B3:H3", "B4:D4", "F4:H4", "B5:D5", "F5:H5", "A6:A9", "A10:A11", "B10:D10", "E10:H10", "B11:D11", "E11:H11", "A12:H12"];
  const IND = [
    ["产出指标", "数量指标", "建设区级电子商务公共服务中心", "1个", "1个", 5, 5, null],
    [null, null, "建设村级电商服务站点", "≥40个", "44个", 5, 5, null],
    [null, null, "电商培训人次", "≥4,000人次", "4,516人次", 5, 5, null],
    [null, null, "培训建档立卡贫困人口", "≥200人", "186人", 5, 4.65, "部分贫困人口外出务工，未能参训"],
    [null, null, "培育年销售额超百万元的电商企业", "≥10家", "13家", 5, 5, null],
    [null, "质量指标", "行政村物流快递覆盖率", "100%", "100%", 5, 5, null],
    [null, "时效指标", "公共服务中心投入运营时间", "2020年12月底前", "2020年11月18日", 5, 5, null],
    [null, null, "项目总体进度", "100%", "82%", 5, 4.1, "部分站点、物流项目尚在建设"],
    [null, "成本指标", "省级专项资金支出", "≤1,500万元", "1,163.28万元", 5, 5, null],
    ["效益指标", "经济效益指标", "2020年农村网络零售额同比增长", "≥20%", "23.6%", 10, 10, null],
    [null, null, "2020年农产品网络零售额同比增长", "≥20%", "31.2%", 10, 10, null],
    [null, "社会效益指标", "有劳动能力的建档立卡贫困人口培训率", "≥50%", "54.4%", 5, 5, null],
    [null, null, "带动贫困户增收", "明显", "明显", 5, 5, null],
    [null, "可持续影响指标", "有专业第三方电商运营服务商", "有", "有（河源市源城区万绿电商运营有限公司）", 5, 5, null],
    [null, null, "出台农村电商扶持政策", "出台", "已出台《源城区促进农村电子商务发展若干措施》", 5, 5, null],
    ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "96.3%", 5, 5, null],
  ];
  const i0 = rows.length + 1;
  IND.forEach((r) => rows.push(r));
  const span = (col, from, to) => {
    if (to > from) merges.push(`${col}${from}:${col}${to}`);
  };
  // merge the 一级 / 二级 cells down their blocks
  const blockMerge = (ci, col) => {
    let start = null;
    IND.forEach((r, k) => {
      if (r[ci] !== null) {
        if (start !== null) span(col, i0 + start, i0 + k - 1);
        start = k;
      }
    });
    span(col, i0 + start, i0 + IND.length - 1);
  };
  blockMerge(0, "A");
  blockMerge(1, "B");
  const total = Math.round((sum(IND.map((r) => r[6])) + 7.59) * 100) / 100;
  assert(total === 96.34, "f3 finance total " + total);
  assert(sum(IND.map((r) => r[5])) === 90, "f3 indicator weights 90 + 10 for funds");
  rows.push(["总分", null, null, null, null, 100, total, "自评等级：优"]);
  merges.push(`A${rows.length}:E${rows.length}`);
  rows.push(["填报人：黄××　　联系电话：0762-33×××××　　填报日期：2021年9月10日"]);
  merges.push(`A${rows.length}:H${rows.length}`);
  assert(pct2(11632800, 15000000) === "77.55%" && pct2(1265000, 2000000) === "63.25%" && pct2(12897800, 17000000) === "75.87%", "f3 rates");
  assert(Math.round(1163.28 * 100) + 12650 === 128978, "f3 totals");
  assert(pct1(186, 342) === "54.4%", "f3 54.4% of 342 (342 itself is not written)");
  return {
    description:
      `河源源城区商务局把财政“项目支出绩效自评表”当作考评基础数据表：表头是项目名称、主管部门、自评截止日期，项目资金（万元）分年度资金总额1700、其中省级专项资金1500（执行1,163.28）和区级配套200（注明不纳入省级考评）；绩效指标表是 一级|二级|三级指标|年度指标值|实际完成值|分值|得分|偏差原因，一级、二级指标向下合并：要读“实际完成值”（培训4,516人次、贫困人口186人、快递覆盖率100%、中心2020年11月18日投入运营、总体进度82%、农村网络零售额增长23.6%、农产品31.2%、有第三方运营商、已出台扶持政策），“年度指标值”是目标不是事实；“得分/总分${total}”是财政绩效评分，不是考评自评分；贫困人口培训率54.4%只给了比率（分母未写）；没有写牵头领导和任何评判项分数。`,
    sheets: [{ name: "绩效自评表", rows, merges }],
    expect: {
      facts: {
        county: "源城区", asOf: "2021-08-31", centerOpened: "2020-11-18", policyIssued: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetailGrowthStated: 0.236, agriRetailGrowthStated: 0.312, trainingPersonTimesStated: 4516, trainedPoorPersonsStated: 186,
        fundAllocated: 15000000, fundSpentStated: 11632800, overallProgress: 0.82,
      },
      judged: {},
    },
  };
}

// =====================================================================================================
// l1 — 韶关浈江区: station acceptance cards, an attendance matrix (sessions as columns), household rows with multi-line cells,
//      a month × 第n次 grid of column updates, a 填表说明 sheet.
// =====================================================================================================
function buildL1() {
  const REGION = "440204";
  const TD = ["犁市镇", "花坪镇", "新韶镇", "乐园镇", "十里亭镇"];
  const namer = villageNamer("上下大小新老东西南北黄白石金龙凤桂竹松桃杨高长安福和乐联光兴", ["坑", "塘", "岭", "坪", "岗", "背", "坝", "寨", "头", "田", "溪",
    "湖", "排", "洞", "陂", "径", "墩", "湾"]);
  const newName = noDupNamer(namer, TD.map((t) => t.slice(0, 2)));

  // ---------------- station acceptance cards
  const CARDS = [
    ["犁市镇", "2020-09-25", "2020-10-20", "D"], ["犁市镇", "2020-10", "2020-11-12", "month"], ["花坪镇", "2020-11-03", "2020-12-02", "dot"],
    ["花坪镇", "2020-12-15", "2021-01-14", "twoSlash"], ["新韶镇", "2021-01-08", "2021-02-05", "cn"], ["新韶镇", "2021-03-18", "2021-04-16", "compact"],
    ["乐园镇", "2021-04-02", "2021-05-11", "D"], ["乐园镇", "2021-05-20", "2021-06-18", "dot"], ["十里亭镇", "2021-06-08", "2021-07-20", "cn"],
    ["十里亭镇", "2021-07-16", "2021-09-03", "dot"], ["犁市镇", "2021-08-12", "2021-09-07", "D"], ["花坪镇", "2021-08-26", "2021-09-14", "twoSlash"],
    ["新韶镇", "2021-09-10", "2021-09-28", "cn"], ["乐园镇", "2021-06", "2021-09-01", "month"],
  ];
  const fmt = (iso, f) => {
    if (f === "month") return cnMonth(iso);
    return f === "D" ? D(iso) : f === "dot" ? dotDate(iso) : f === "twoSlash" ? twoSlash(iso) : f === "cn" ? cnDate(iso) : compact(iso);
  };
  const sRows = [["浈江区村级电子商务服务站点验收登记卡"], ["（汇总打印，每站一卡，按验收先后排列）"], []];
  const sMerges = ["A1:D1", "A2:D2"];
  const sRecs = [];
  CARDS.sort((a, b) => byIso(a[2], b[2]));
  CARDS.forEach(([town, built, acc, f], i) => {
    const v = newName();
    const stem = v.replace(/村$/, "");
    const vcell = i % 3 === 0 ? v : i % 3 === 1 ? v + "委会" : v + "民委员会";
    sRows.push(["站点编号", `ZJ-${String(i + 1).padStart(3, "0")}`, "站点名称", `${stem}村电子商务服务站`]);
    sRows.push(["所在镇", town, "所在村", vcell]);
    sRows.push(["建成时间", fmt(built, f), "验收时间", i % 2 ? cnDate(acc) : dotDate(acc)]);
    sRows.push(["负责人", personName(), "联系电话", mask(phone())]);
    sRows.push(["验收结论", i === 5 ? "整改后合格（复验）" : "合格", "验收人员", `${personName()}、${personName()}`]);
    sRows.push([]);
    sRecs.push({ village: v, opened: built });
    assert(built.length === 7 ? `${built}-01` <= acc : built <= acc, "l1 built before acceptance");
  });
  assert(sRecs.length === 14 && sRecs.filter((r) => r.opened > "2021-08-31").length === 1, "l1 14 cards, one built after the cut");
  assert(CARDS.filter(([, b, a]) => b <= "2021-08-31" && a > "2021-08-31").length === 4, "l1 four accepted after the cut but built before");

  // ---------------- poor households: one row per household, members in multi-line cells
  const HH = [];
  const poorRecs = [];
  const poorPeople = [];
  const STAT = [
    [[true, false], [true, true], [false, null]], [[true, false]], [[true, true], [true, false], [false, null], [false, null]],
    [[true, false], [true, false]], [[false, null]], [[true, true], [true, true], [true, false]], [[true, false], [false, null], [true, false]],
    [[true, false], [true, true]], [[true, false], [true, false], [false, null], [true, true], [false, null]], [[false, null], [true, false]],
    [[true, false], [true, false], [true, true]], [[true, true], [false, null]],
  ];
  STAT.forEach((members, h) => {
    const town = TD[h % TD.length];
    const v = newName();
    const ms = members.map(([labour, migrant], k) => {
      const birth = labour ? birthBetween(1968, 2000) : k === 0 ? birthBetween(1938, 1952) : birthBetween(2008, 2015);
      const id = makeId(REGION, birth, rnd() < 0.5, h === 2 && k === 1 ? true : undefined);
      return { name: personName(), id, labour, migrant, v };
    });
    HH.push([h + 1, town, v, ms[0].name, ms.length, ms.map((m) => m.name).join("\n"), ms.map((m) => m.id).join("\n"),
      ms.map((m) => (m.labour ? "有" : "无")).join("\n"), ms.map((m) => (m.labour ? (m.migrant ? "外出" : "在家") : "—")).join("\n"), `${personName()}（区商务局）`]);
    for (const m of ms) {
      poorRecs.push({ id: m.id, labour: m.labour, migrant: m.migrant });
      poorPeople.push(m);
    }
  });
  assert(poorRecs.length === 31 && poorRecs.some((p) => p.id.endsWith("X")), "l1 31 persons in 12 households");
  const pRows = [["浈江区建档立卡贫困户花名册（电商帮扶）"], ["序号", "镇", "村", "户主", "家庭人口", "家庭成员", "身份证号码", "劳动能力", "务工情况", "帮扶责任人"]].concat(HH);
  pRows.push(["注：一户一行，家庭成员、身份证号码、劳动能力、务工情况按成员顺序逐行对应；务工情况“外出”指外出务工。"]);

  // ---------------- attendance matrix: one row per trainee, one column per session
  const SES = [["2020-10-16", "10月16日"], ["2020-11-20", "11月20日"], ["2020-12-18", "12月18日"], ["2021-01-15", "1月15日"], ["2021-03-05", "3月5日"],
    ["2021-04-09", "4月8—9日"], ["2021-06-11", "6月11日"], ["2021-08-27", "8月27日"]];
  const n2020 = SES.filter(([iso]) => iso < "2021").length;
  const trainees = [];
  const eligible = poorPeople.filter((p) => p.labour && !p.migrant);
  eligible.slice(0, 9).forEach((p) => trainees.push({ name: p.name, id: p.id, poor: true, v: p.v }));
  for (let i = 0; i < 27; i++) trainees.push({ name: personName(), id: makeId(REGION, birthBetween(1970, 2002), rnd() < 0.5, undefined), poor: false });
  const order = shuffle(trainees);
  order[7].masked = true;
  order[19].id = null;
  const tRows = [["浈江区电商培训学员考勤表（2020—2021年）"],
    ["序号", "姓名", "身份证号", "所在村", "是否贫困户", "2020年"].concat(Array(n2020 - 1).fill(null), ["2021年"], Array(SES.length - n2020 - 1).fill(null), ["参训次数"]),
    [null, null, null, null, null].concat(SES.map((s) => s[1]), [null])];
  const C0 = 5;
  const lastC = colName(C0 + SES.length);
  const tMerges = ["A1:" + lastC + "1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", `${colName(C0)}2:${colName(C0 + n2020 - 1)}2`,
    `${colName(C0 + n2020)}2:${colName(C0 + SES.length - 1)}2`, `${lastC}2:${lastC}3`];
  const tRecs = [];
  const perSession = SES.map(() => 0);
  let leave = 0;
  order.forEach((p, i) => {
    const marks = SES.map(() => rnd() < 0.45);
    if (!marks.some(Boolean)) marks[rint(0, SES.length - 1)] = true;
    const cells = marks.map((m, k) => {
      if (m) return "√";
      if (leave < 2 && i % 9 === 4 && k === 2) {
        leave++;
        return "请假";
      }
      return null;
    });
    const idCell = p.id === null ? null : p.masked ? p.id.slice(0, 6) + "********" + p.id.slice(14) : p.id;
    tRows.push([i + 1, p.name, idCell, p.v || newName(), p.poor ? "是" : "否"].concat(cells, [marks.filter(Boolean).length]));
    marks.forEach((m, k) => {
      if (m) {
        perSession[k]++;
        tRecs.push({ date: SES[k][0], personTimes: 1, id: idCell });
      }
    });
  });
  assert(leave === 2, "l1 two 请假 cells");
  tRows.push(["每期参训人数", null, null, null, null].concat(perSession, [sum(perSession)]));
  tMerges.push(`A${tRows.length}:E${tRows.length}`);
  assert(tRecs.length === sum(perSession) && tRecs.some((r) => r.id === null) && tRecs.some((r) => r.id && r.id.includes("*")), "l1 attendance records");

  // ---------------- column updates: one row per month, up to three update dates typed as m.d
  const UPD = {
    "2020-07": ["2020-07-10"], "2020-08": ["2020-08-06", "2020-08-21"], "2020-09": ["2020-09-08", "2020-09-22"], "2020-10": ["2020-10-12"],
    "2020-11": ["2020-11-05", "2020-11-19", "2020-11-30"], "2020-12": ["2020-12-09"], "2021-01": ["2021-01-11", "2021-01-27"], "2021-02": [],
    "2021-03": ["2021-03-04", "2021-03-25"], "2021-04": ["2021-04-08"], "2021-05": ["2021-05-10", "2021-05-24"], "2021-06": ["2021-06-07"],
    "2021-07": ["2021-07-06", "2021-07-20"], "2021-08": ["2021-08-09"], "2021-09": ["2021-09-07"],
  };
  const dRows = [["浈江区政府网“电子商务进农村”专栏更新登记"], ["月份", "第1次", "第2次", "第3次", "备注"]];
  const dRecs = [];
  let q = 0;
  for (const [m, ds] of Object.entries(UPD)) {
    const cells = [0, 1, 2].map((k) => {
      if (k >= ds.length) return k === 0 ? "—" : null;
      const [, mm, dd] = ymd(ds[k]);
      dRecs.push({ date: ds[k] });
      return q++ % 3 === 2 ? `${mm}月${dd}日` : `${mm}.${dd}`;
    });
    dRows.push([cnMonth(m)].concat(cells, [m === "2021-02" ? "春节期间未更新" : m === "2020-07" ? "专栏开通" : null]));
  }
  assert(dRecs.length === 22 && WINDOW.filter((w) => !dRecs.some((r) => r.date.startsWith(w))).join() === "2021-02", "l1 only February has no update");

  const notes = [["填表说明"], ["1．本工作簿为浈江区电子商务进农村综合示范工作台账（第三册）。"], ["2．站点验收卡中“建成时间”为站点建成开始服务时间，“验收时间”为区商务局组织验收时间。"],
    ["3．考勤表中“√”为出勤，“请假”为未参训；身份证号按本人意愿部分隐去的以“*”代替。"], ["4．贫困户花名册数据来源：区乡村振兴局2021年6月动态调整。"],
    ["填表人：曾××　　审核人：邱××　　2021年9月16日"]];
  return {
    description:
      "韶关浈江区商务局台账第三册。“填表说明”不是台账。“站点验收卡”每个站点一张卡片（五行：站点编号/名称、所在镇/所在村、建成时间/验收时间、负责人/电话、验收结论，卡片之间空一行，标签和值左右相邻）：按“建成时间”读开通日期，不按验收时间（4张卡建成在8月31日前、验收在9月；另有一张2021年9月10日才建成）；建成时间有Excel日期、“2020年10月”（只到月）、“2020.11.3”、“20/12/15”、中文日期、“20210318”；村名写“××村”“××村委会”“××村民委员会”。“学员考勤表”一人一行、一期一列（两行表头，年份合并在上，“4月8—9日”按结束日9日），格内“√”才是参训，“请假”不算，按行从左到右读，一人身份证号部分隐去（按原样）、一人没填；“参训次数”列和“每期参训人数”行不是记录。“贫困户花名册”一户一行，家庭成员、身份证号、劳动能力（有/无）、务工情况（外出/在家/—）都是单元格内换行的多行文字，按行号一一对应拆成每人一条（无劳动能力的务工情况“—”为空）。“专栏更新”一月一行，第1/2/3次更新日期写成“9.8”“11月19日”（年份看月份列），2021年2月为“—”。",
    sheets: [
      { name: "填表说明", rows: notes },
      { name: "站点验收卡", rows: sRows, merges: sMerges },
      { name: "学员考勤表", rows: tRows, merges: tMerges },
      { name: "贫困户花名册", rows: pRows, merges: ["A1:J1", `A${pRows.length}:J${pRows.length}`] },
      { name: "专栏更新", rows: dRows, merges: ["A1:E1"] },
    ],
    expect: {
      sheets: {
        "填表说明": { kind: null },
        "站点验收卡": { kind: "stations", records: sRecs },
        "学员考勤表": { kind: "training", records: tRecs },
        "贫困户花名册": { kind: "poorPersons", records: poorRecs },
        "专栏更新": { kind: "disclosures", records: dRecs },
      },
    },
  };
}

// =====================================================================================================
// l2 — 揭阳榕城区: villages as 、-separated lists per 街道, tranches laid out across the row, a month-per-row report register with
//      a merged month, media levels as 央媒/省媒/市媒/区媒, a 修改记录 sheet.
// =====================================================================================================
function buildL2() {
  const TD = [["梅云街道", 12, 3], ["磐东街道", 14, 4], ["仙桥街道", 10, 3], ["东升街道", 8, 5], ["东阳街道", 9, 4], ["榕东街道", 7, 3], ["榕华街道", 0, 8],
    ["新兴街道", 0, 6]];
  const namer = villageNamer("东西南北上下新老大小厚玉美渔塘港溪埔林洪陈黄许蔡仙桥", ["寮", "厝", "埔", "洋", "港", "浦", "墩", "美", "林", "乡", "头", "围",
    "池", "堤", "园", "湖", "陇", "尾"]);
  const newName = noDupNamer(namer, TD.map(([t]) => t.slice(0, 2)));
  const vRows = [["榕城区村（社区）名单"], ["序号", "街道", "村（社区）名单", "个数"]];
  const vRecs = [];
  let poorLeft = [1, 5, 9, 14];
  let ai = 0;
  TD.forEach(([town, nv, nc], ti) => {
    const names = [];
    for (let i = 0; i < nv; i++) {
      const v = newName();
      const poor = poorLeft.includes(ai);
      ai++;
      names.push(poor ? v + "★" : v);
      vRecs.push(poor ? { name: v, admin: true, poor: true } : { name: v, admin: true });
    }
    for (let i = 0; i < nc; i++) {
      const c = newName().replace(/村$/, "社区");
      names.push(c);
      vRecs.push({ name: c, admin: false });
    }
    const count = nv ? `行政村${nv}个、社区${nc}个` : `社区${nc}个`;
    if (town === "磐东街道") {
      vRows.push([ti + 1, town, names.slice(0, 10).join("、") + "、", count]);
      vRows.push([null, "（续）", names.slice(10).join("、"), null]);
    } else vRows.push([ti + 1, town, names.join("、"), count]);
  });
  const nA = vRecs.filter((r) => r.admin).length;
  const nC = vRecs.length - nA;
  vRows.push([null, "合计", null, `行政村${nA}个、社区${nC}个`]);
  vRows.push(["注：名单按区民政局2021年区划代码表整理，村名后标“★”的为省定贫困村。"]);
  assert(nA === 60 && nC === 36 && vRecs.filter((r) => r.poor).length === 4, "l2 60 villages, 36 communities, 4 poor");

  // ---------------- funds: one row per project, the tranches across the row
  const PROJ = [
    ["公共服务中心建设及运营", "广东榕商电子商务有限公司", 3860000, [["2020-09-18", "dot", "1,158,000.00"], ["2021-01-22", "D", 1544000], ["2021-09-15", "cn", "772,000.00"]]],
    ["村级电商服务站点建设", "中国邮政集团有限公司广东省揭阳市分公司", 2400000, [["2020-11-06", "D", 720000], ["2021-05-14", "twoDot", "1,200,000.00"]]],
    ["电商人才培训", "揭阳市榕城区职业培训学校", 1280000, [["2020-10-28", "cn", 384000], ["2021-04-20", "dot", 512000], ["2021-08-19", "D", "256,000.00"]]],
    ["县镇村物流配送体系建设", "揭阳市榕城区顺捷物流有限公司", 3150000, [["2021-01", "month", "945,000.00"], ["2021-06-25", "dot", "126万"]]],
    ["农产品溯源及区域品牌推广", "广东潮汕优品信息科技有限公司", 1960000, [["2021-03-12", "twoDot", 588000], ["2021-07-30", "cn", 784000]]],
    ["农村产品网络促销活动", "揭阳市榕城区星火文化传播有限公司", 650000, [["2021-08-06", "D", "325,000.00"]]],
  ];
  const amountOf = (a) => (typeof a === "number" ? a : a.endsWith("万") ? Math.round(Number(a.slice(0, -1)) * 10000) : Number(a.replace(/,/g, "")));
  const dfmt = (iso, f) => (f === "month" ? cnMonth(iso) : f === "D" ? D(iso) : f === "dot" ? dotDate(iso) : f === "twoDot" ? twoDot(iso) : cnDate(iso));
  const fRows = [["榕城区电子商务进农村综合示范项目资金拨付台账"], ["单位：元"],
    ["序号", "项目名称", "承建单位", "合同金额", "第一期", null, "第二期", null, "第三期", null, "已拨付合计", "未拨付", "备注"],
    [null, null, null, null, "拨付日期", "金额", "拨付日期", "金额", "拨付日期", "金额", null, null, null]];
  const fMerges = ["A1:M1", "A2:M2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:H3", "I3:J3", "K3:K4", "L3:L4", "M3:M4"];
  const fRecs = [];
  let paidAll = 0;
  let contractAll = 0;
  PROJ.forEach(([name, who, contract, tr], i) => {
    const cells = [];
    let paid = 0;
    for (let k = 0; k < 3; k++) {
      if (k < tr.length) {
        const [iso, f, a] = tr[k];
        cells.push(dfmt(iso, f), a);
        paid += amountOf(a);
        fRecs.push({ date: iso, amount: amountOf(a) });
      } else cells.push(null, null);
    }
    paidAll += paid;
    contractAll += contract;
    fRows.push([i + 1, name, who, contract].concat(cells, [paid, contract - paid, tr.some(([iso]) => iso > "2021-08-31") ? "第三期2021年9月拨付" : null]));
  });
  fRows.push([null, "合计", null, contractAll, null, null, null, null, null, null, paidAll, contractAll - paidAll, null]);
  fRows.push(["注：第三期一般为验收合格后支付；个别金额按原始凭证以万元记录，已注明“万”。"]);
  fMerges.push(`A${fRows.length}:M${fRows.length}`);
  assert(fRecs.length === 13 && paidAll === 10448000 && amountOf("126万") === 1260000, "l2 13 tranches, 10,548,000 " + paidAll);

  // ---------------- reports: one row per month of data, the 报送日期 is the record's date
  const REP = [
    ["2020-08", "2020-09-07", "D", "否"], ["2020-09", "2020-10-12", "slash", "否"], ["2020-10", "2020-11-06", "dot", "是"], ["2020-11", "2020-12-08", "D", "是"],
    ["2020-12", null, null, null], ["2021-01", "2021-02-04", "slash", "是"], ["2021-02", "2021-03-08", "dot", "是"], ["2021-03", "2021-04-07", "D", "是"],
    ["2021-04", "2021-05-10", "slash", "是"], ["2021-05", "2021-06-04", "dot", "是"], ["2021-06", "2021-07-06", "D", "是"], ["2021-07", "2021-08-05", "slash", "是"],
    ["2021-08", "2021-09-06", "dot", "是"],
  ];
  const WAY = ["粤政易", "电子邮件", "公文交换系统"];
  const rRows = [["榕城区电子商务进农村综合示范工作月报报送登记表"], ["报送对象：揭阳市商务局"], ["所属月份", "报送日期", "报送方式", "是否附电商扶贫数据", "备注"]];
  const rRecs = [];
  REP.forEach(([m, iso, f, pov], i) => {
    if (!iso) {
      rRows.push([cnMonth(m), "—", null, null, "与2021年1月合并报送"]);
      return;
    }
    rRows.push([cnMonth(m), f === "D" ? D(iso) : f === "slash" ? slashDate(iso) : dotDate(iso), WAY[i % 3], pov, m === "2021-01" ? "含2020年12月" : null]);
    rRecs.push({ date: iso, poverty: pov === "是" });
  });
  assert(rRecs.length === 12, "l2 12 reports");
  const sentMonths = new Set(rRecs.map((r) => ym(r.date)));
  assert(WINDOW.filter((w) => !sentMonths.has(w)).join() === "2021-01", "l2 nothing was sent in January 2021");

  // ---------------- media: level words 央媒/省媒/市媒/区媒, 载体 decides TV
  const MED = [
    ["21.1.12", "2021-01-12", "榕城区融媒体中心", "区媒", "电视", "榕城首批村级电商服务站投入使用", "否", "county", true],
    ["2021-3-26", "2021-03-26", "揭阳日报", "市媒", "报纸", "榕城：电商赋能乡村振兴", "否", "city", false],
    ["21.5.18", "2021-05-18", "学习强国广东学习平台", "省媒", "客户端", "揭阳榕城：小小电商站 连通城与乡", "否", "province", false],
    ["2021-6-30", "2021-06-30", "揭阳广播电视台", "市媒", "电视", "榕城脱贫户直播卖“揭阳三宝”", "是", "city", true],
    ["21.7.22", "2021-07-22", "人民网", "央媒", "网站", "广东揭阳榕城区：电商进村带旺特色农产品", "否", "national", false],
    ["2021-8-15", "2021-08-15", "“榕城发布”微信公众号", "区媒", "微信公众号", "榕城电商直播节成交额破千万", "否", "county", false],
    ["21.9.9", "2021-09-09", "广东广播电视台", "省媒", "电视", "揭阳榕城：电商让潮汕特产走出去", "是", "province", true],
  ];
  const mRows = [["榕城区电子商务进农村宣传报道登记"], ["日期", "媒体", "级别", "载体", "标题", "电商扶贫典型案例"]];
  const mRecs = [];
  for (const [typed, iso, media, lv, form, title, tc, level, tv] of MED) {
    mRows.push([typed, media, lv, form, title, tc]);
    mRecs.push({ date: iso, level, tv });
  }
  mRows.push(["注：级别栏“央媒”指中央媒体，“省媒”“市媒”“区媒”分别指省、市、区级媒体。"]);

  const log = [["版本", "修改日期", "修改人", "修改内容"], ["V1.0", D("2021-03-10"), "谢××", "建立台账"], ["V1.1", "2021.6.2", "谢××", "补录5月资金拨付、月报"],
    ["V1.2", "2021.9.17", "陈××", "补录9月拨付、宣传报道；村名单按区划代码表更新"]];
  return {
    description:
      "揭阳榕城区商务局台账工作簿。“村（社区）名单”每个街道一行，村和社区全写在一个单元格里用“、”隔开（先村后社区，按“村”“社区”后缀分类），★标在省定贫困村名后；磐东街道的名单太长，在下一行“（续）”接着写；个数列、合计行不是记录；未标★的村是否贫困不作检查。“资金拨付台账”一个项目一行，第一期/第二期/第三期的“拨付日期|金额”横向排开（两行表头），按行从左到右读成13笔；合同金额、已拨付合计、未拨付不是拨付额；金额单位元，有“1,158,000.00”文本和数字，一格写“126万”（=1,260,000元）；日期有“2021年1月”（只到月）、“21.5.14”两位年份、中文日期；第一个项目第三期2021年9月拨付仍是记录。“月报报送”一行一个所属月份，记录日期是“报送日期”而不是所属月份，2020年12月“—”与1月合并报送，不是记录。“宣传报道”级别写“央媒/省媒/市媒/区媒”，载体“电视”才算电视，日期“21.1.12”“2021-3-26”两种写法；9月的一条仍是记录。“修改记录”不是台账。",
    sheets: [
      { name: "村（社区）名单", rows: vRows, merges: ["A1:D1", `A${vRows.length}:D${vRows.length}`] },
      { name: "资金拨付台账", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: rRows, merges: ["A1:E1", "A2:E2"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:F1", `A${mRows.length}:F${mRows.length}`] },
      { name: "修改记录", rows: log },
    ],
    expect: {
      sheets: {
        "村（社区）名单": { kind: "villages", records: vRecs },
        "资金拨付台账": { kind: "funds", records: fRecs },
        "月报报送": { kind: "reports", records: rRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "修改记录": { kind: null },
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
write("counties", "b159-c1-meixian.json", c1);
write("facts", "b159-f1-chenghai.json", f1);
write("facts", "b159-f2-xiangqiao.json", f2);
write("facts", "b159-f3-yuancheng.json", f3);
write("ledgers", "b159-l1-zhenjiang.json", l1);
write("ledgers", "b159-l2-rongcheng.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
