// Batch 155 corpus generator (blind): written from /work/shared/design/ledgers.md, /work/shared/design/scoring-rules.md, the
// official indicator table (lechang-self-assessment-2021.txt) and test/corpus/README.md only; the helper/validation block is
// copied from counties/_make/gen-b154.js. Deterministic: seeded PRNG, no clock.
"use strict";
// Cases:
// c1 连南瑶族自治县 (清远): facts as a 自查问答 sheet (claimed points inside section-heading text, judged points as question rows);
//    stations with vertically merged 镇/村 cells and “同上” dates (a September station written “同上”); sign-ins in one sheet
//    split by session heading rows (dates and ranges in the heading); park enterprises as two stacked tables (在园 / 已退出);
//    funds in 万元 with four decimals; reports as 8-digit numbers with a month missing; disclosures as lost-format serials.
// f1 丰顺县 (梅州): three stacked blocks: 基本情况, a year-column 主要指标 table (2019 | 2020 | 2021年1—8月 | 累计), 任务完成情况.
// f2 连平县 (河源): the official indicator table split into one row per 评分标准 line, 自评得分 merged per indicator.
// f3 乳源瑶族自治县 (韶关): multi-line “标签：值” cells with ☑/☐ boxes, a 大写 amount, a 公文-style date.
// l1 新丰县 (韶关): 说明 sheet; stations under a grouped two-row header with datetime text; training as monthly totals with
//    subtotal rows; poor persons with labour and migrant status in one cell.
// l2 普宁市 (揭阳): 台账汇总; a bank statement (借方 = 付出); media with 央级/地市级 and 广播; a report log with a 补报 row.
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
let seed = 155155;
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
    assert(/^b155-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b155-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b155-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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


// =====================================================================================================
// c1 — 清远连南瑶族自治县: facts as a 自查问答 sheet; stations with merged 镇/村 cells and “同上” dates; sign-ins in session sections.
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "441826";
  const TD = [["三江镇", 12, ["城东社区", "城西社区", "顺德社区"]], ["寨岗镇", 13, ["寨岗社区"]], ["大麦山镇", 10, ["大麦山社区"]], ["香坪镇", 8, []],
    ["大坪镇", 9, []], ["涡水镇", 10, []], ["三排镇", 9, []]];
  const stems = TD.map(([t]) => t.replace(/镇$/, ""));
  const newName = noDupNamer(villageNamer("大小新东西南北上下黄白石凤云青高金竹松古良合双丰长安水河塘马鹤油军", [
    "坑", "塘", "坪", "岗", "岭", "田", "湾", "洞", "冲", "头", "寨", "排", "陂", "坳", "背", "埔", "沥", "源", "龙", "口"]), stems);
  const towns = TD.map(([town, n, cs]) => ({ town, vs: Array.from({ length: n }, () => newName()), cs }));
  const admin = towns.flatMap((t) => t.vs);
  const townOf = {};
  for (const t of towns) for (const v of t.vs.concat(t.cs)) townOf[v] = t.town;
  const tIdx = (v) => towns.findIndex((t) => t.town === townOf[v]);
  assert(admin.length === 71, "c1 71 行政村");
  const poorArr = shuffle(admin.filter((v) => tIdx(v) > 0)).slice(0, 22).sort((a, b) => admin.indexOf(a) - admin.indexOf(b));
  const poorSet = new Set(poorArr);

  // ---------------- village list: town merged down, 类别, 省定贫困村 是/否, 通快递 √
  const vRows = [["连南瑶族自治县村（居）委会基本情况表"], ["序号", "镇", "村（居）委会名称", "类别", "省定贫困村", "通快递", "备注"]];
  const vMerges = ["A1:G1"];
  let vi = 0;
  for (const t of towns) {
    const first = vRows.length + 1;
    t.vs.concat(t.cs).forEach((v, i) => {
      const comm = t.cs.includes(v);
      vRows.push([++vi, i === 0 ? t.town : null, comm ? v + "居委会" : v + "委会", comm ? "社区" : "行政村", comm ? null : poorSet.has(v) ? "是" : "否", "√", null]);
    });
    vMerges.push(`B${first}:B${vRows.length}`);
  }
  vRows.push(["合计", null, `行政村${admin.length}个，社区${towns.flatMap((t) => t.cs).length}个，其中省定贫困村${poorArr.length}个`]);
  vMerges.push(`C${vRows.length}:G${vRows.length}`);

  // ---------------- stations: batches, merged 镇 and 村 cells, “同上” dates
  const BATCH = ["2020-06-18", "2020-09-25", "2020-12-16", "2021-04-22", "2021-07-08"];
  const nonPoor = shuffle(admin.filter((v) => !poorSet.has(v)));
  const covered = poorArr.concat(nonPoor.slice(0, 27));
  assert(covered.length === 49, "c1 49 covered");
  const late = nonPoor.slice(27, 29);
  assert(tIdx(late[0]) !== undefined, "late");
  const st = covered.map((v) => ({ v, iso: BATCH[rint(0, 4)] }));
  st.push({ v: covered[5], iso: "2021-07-08", second: true }, { v: covered[30], iso: "2021-04-22", second: true });
  // the two late villages: force same town so the second writes “同上”
  const lateTown = tIdx(late[0]);
  const late2 = nonPoor.slice(29).find((v) => tIdx(v) === lateTown && v !== late[0]);
  assert(late2, "c1 a second late village in the same town");
  st.push({ v: late[0], iso: "2021-09-06", late: true }, { v: late2, iso: "2021-09-06", late: true });
  st.push({ v: "城东社区", iso: "2020-09-25", comm: true });
  st.sort((a, b) => tIdx(a.v) - tIdx(b.v) || byIso(a.iso, b.iso) || admin.indexOf(a.v) - admin.indexOf(b.v) || (a.second ? 1 : 0) - (b.second ? 1 : 0));
  // keep a village's two stations adjacent: move each second station right after its first
  for (const s of st.filter((x) => x.second)) {
    st.splice(st.indexOf(s), 1);
    const i = st.findIndex((x) => x.v === s.v);
    s.iso = st[i].iso;
    st.splice(i + 1, 0, s);
  }
  const sRows = [["连南瑶族自治县村级电子商务服务站点台账"], ["序号", "镇", "所在村（居）", "站点名称", "站长", "联系电话", "建成时间", "备注"]];
  const sMerges = ["A1:H1"];
  let n = 0;
  let ditto = 0;
  let fmtK = 0;
  for (let ti = 0; ti < towns.length; ti++) {
    const mine = st.filter((s) => tIdx(s.v) === ti);
    if (!mine.length) continue;
    const tFirst = sRows.length + 1;
    let prevIso = null;
    mine.forEach((s, i) => {
      const sameVillageAsPrev = i > 0 && mine[i - 1].v === s.v;
      let dc;
      if (s.iso === prevIso) {
        dc = "同上";
        ditto++;
      } else {
        const f = s.late ? "dot" : ["date", "month", "dot", "cn"][fmtK++ % 4];
        const [y, m] = ymd(s.iso);
        dc = f === "date" ? D(s.iso) : f === "month" ? `${y}年${m}月` : f === "dot" ? dotDate(s.iso) : cnDate(s.iso);
      }
      prevIso = s.iso;
      const base = s.v.replace(/(村|社区)$/, "");
      sRows.push([++n, i === 0 ? TD[ti][0] : null, sameVillageAsPrev ? null : s.comm ? s.v + "居委会" : s.v, s.second ? `${base}村电商服务站（${["圩镇", "新村"][rint(0, 1)]}点）` : `${base}${s.comm ? "社区" : "村"}电商服务站`,
        personName(), mask(phone()), dc, s.late && dc !== "同上" ? "2021年9月挂牌" : null]);
      if (sameVillageAsPrev) sMerges.push(`C${sRows.length - 1}:C${sRows.length}`);
      if (s.late && s.v === late2) s.dittoLate = dc === "同上";
    });
    sMerges.push(`B${tFirst}:B${sRows.length}`);
  }
  sRows.push(["注：“同上”指建成时间与上一行相同。"]);
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  assert(st.find((s) => s.v === late2).dittoLate === true, "c1 the second September station is written “同上”");
  assert(ditto >= 20, "c1 many 同上 " + ditto);
  const covSet = new Set(st.filter((s) => !s.comm && s.iso <= CUT).map((s) => s.v));
  assert(covSet.size === 49 && poorArr.every((v) => covSet.has(v)), "c1 coverage 49 + all poor");
  assert(49 * 100 < 70 * 71 && 50 * 100 >= 70 * 71, "c1 49/71 = 69.0% < 70%; 50 would be 70.4%");

  // ---------------- poor persons
  const persons = [];
  const mkP = (labour, work, wantX) => {
    const male = rnd() < 0.52;
    const birth = labour ? birthBetween(1965, 2001) : birthBetween(1938, 1956);
    const v = poorArr[rint(0, poorArr.length - 1)];
    persons.push({ name: personName(["房", "唐", "沈", "盘", "邓", "李", "黄"][rint(0, 6)]), male, id: makeId(REGION, birth, male, wantX), v, labour, work });
  };
  for (let i = 0; i < 120; i++) mkP(true, i % 4 === 0 ? "县内务工" : "未外出", i < 6);
  for (let i = 0; i < 40; i++) mkP(true, i % 2 ? "省外务工" : "省内县外务工", false);
  for (let i = 0; i < 30; i++) mkP(false, "—", false);
  const pList = shuffle(persons).sort((a, b) => admin.indexOf(a.v) - admin.indexOf(b.v));
  const ppRows = [["连南瑶族自治县建档立卡贫困人口花名册（2021年3月）"], ["序号", "镇", "村", "姓名", "性别", "身份证号码", "劳动能力", "务工情况"]];
  pList.forEach((p, i) => ppRows.push([i + 1, townOf[p.v], p.v, p.name, p.male ? "男" : "女", p.id, p.labour ? "有劳动能力" : "无劳动能力", p.work]));
  ppRows.push(["注：务工情况“省外务工”“省内县外务工”为外出务工人员。"]);
  const eligible = persons.filter((p) => p.labour && (p.work === "未外出" || p.work === "县内务工"));
  assert(eligible.length === 120, "c1 120 eligible");

  // ---------------- training: one sheet, session heading rows, sign-in rows
  const SES = [
    ["2020-06-11", null, "cn"], ["2020-08-20", null, "dot"], ["2020-10-15", "2020-10-16", "dotShort"], ["2020-11-19", null, "cn"],
    ["2020-12-10", null, "dot"], ["2021-01-14", "2021-01-15", "cnRange"], ["2021-03-16", "2021-03-17", "dotShort"], ["2021-04-08", null, "cn"],
    ["2021-04-27", null, "dot"], ["2021-05-20", "2021-05-21", "cnRange"], ["2021-06-17", null, "cn"], ["2021-07-13", null, "dot"],
    ["2021-08-05", null, "cn"], ["2021-08-19", null, "dot"], ["2021-08-30", "2021-09-01", "cnRange"],
  ];
  const TOPIC = ["农村电商基础知识培训", "网店开设与运营培训", "短视频拍摄与剪辑培训", "直播带货实操培训", "瑶绣等特色产品网络营销培训", "电商客服与物流培训"];
  const dtext = (a, b, f) => {
    const [y, m, d] = ymd(a);
    if (!b) return f === "cn" ? cnDate(a) : dotDate(a);
    const [y2, m2, d2] = ymd(b);
    if (f === "dotShort") return `${y}.${m}.${d}-${d2}`;
    return m === m2 ? `${y}年${m}月${d}日—${d2}日` : `${y}年${m}月${d}日—${m2}月${d2}日`;
  };
  const sessions = SES.map(([a, b, f], i) => ({ end: b || a, text: dtext(a, b, f), topic: TOPIC[i % 6], no: i + 1 }));
  const pre = sessions.slice(0, 14);
  const sep = sessions[14];
  const eShuf = shuffle(eligible);
  const trained = eShuf.slice(0, 62);
  const sepNew = eShuf.slice(62, 85);
  const roster = new Map(sessions.map((s) => [s, []]));
  for (const p of trained) roster.get(pre[rint(0, 13)]).push({ p, poor: true });
  for (const p of trained.slice(0, 15)) roster.get(pre[rint(0, 13)]).push({ p, poor: true });
  const migr = persons.filter((p) => p.labour && /外/.test(p.work) && p.work !== "未外出");
  for (const p of migr.slice(0, 8)) roster.get(pre[rint(0, 13)]).push({ p, poor: true });
  for (const p of sepNew) roster.get(sep).push({ p, poor: true });
  const pub = [];
  const mkPub = () => {
    const male = rnd() < 0.5;
    const p = { name: personName(), male, id: makeId(REGION, birthBetween(1970, 2002), male, rnd() < 0.08), v: admin[rint(0, admin.length - 1)] };
    pub.push(p);
    return p;
  };
  const preRows = () => sum(pre.map((s) => roster.get(s).length));
  while (preRows() < 1000) {
    const s = pre[rint(0, 13)];
    const p = pub.length > 40 && rnd() < 0.12 ? pub[rint(0, pub.length - 1)] : mkPub();
    if (roster.get(s).some((r) => r.p === p)) continue;
    roster.get(s).push({ p, poor: false });
  }
  while (roster.get(sep).length < 130) roster.get(sep).push({ p: mkPub(), poor: false });
  const tRows = [["连南瑶族自治县电子商务培训签到汇总表"], ["序号", "姓名", "性别", "身份证号码", "所在村", "联系电话", "是否建档立卡贫困户"]];
  const tMerges = ["A1:G1"];
  for (const s of sessions) {
    tRows.push([`第${s.no}期　${s.topic}　培训时间：${s.text}　培训地点：${s.no % 3 ? "县电子商务公共服务中心" : towns[s.no % 7].town + "政府会议室"}`]);
    tMerges.push(`A${tRows.length}:G${tRows.length}`);
    const rs = shuffle(roster.get(s));
    rs.forEach((r, i) => tRows.push([i + 1, r.p.name, r.p.male ? "男" : "女", r.p.id, r.p.v, mask(phone()), r.poor ? "是" : "否"]));
    assert(new Set(rs.map((r) => r.p.id)).size === rs.length, "c1 nobody signs twice in one session");
    tRows.push([null, `本期签到${rs.length}人`]);
  }
  tRows.push([`合计：${sessions.length}期，签到${sum(sessions.map((s) => roster.get(s).length))}人次。`]);
  tMerges.push(`A${tRows.length}:G${tRows.length}`);
  const PT = preRows();
  assert(PT === 1000 && PT * 1000 >= 6 * 137200 && PT * 1000 < 8 * 137200, "c1 1,000/137,200 = 0.73% → 6");
  const allPT = PT + 130;
  assert(allPT * 1000 >= 8 * 137200 && allPT * 100 < 137200, "c1 counting the Sept class gives 1,130 = 0.82% → 8");
  const eIds = new Set(eligible.map((p) => p.id));
  const trCut = new Set(pre.flatMap((s) => roster.get(s)).map((r) => r.p.id).filter((id) => eIds.has(id)));
  assert(trCut.size === 62 && 62 * 100 >= 50 * 120 && 62 * 100 < 70 * 120, "c1 62/120 = 51.7%");
  assert((62 + 23) * 100 >= 70 * 120, "c1 with the Sept class 85/120 = 70.8%");
  const poorFlagRows = pre.flatMap((s) => roster.get(s)).filter((r) => r.poor).length;
  assert(poorFlagRows === 85, "c1 85 是 rows before the cut-off " + poorFlagRows);

  // ---------------- park enterprises: two stacked tables
  const IN = [
    ["连南瑶族自治县瑶山优品电子商务有限公司", "平台型", "2020-11-20"], ["连南县顺丰速运营业部", "物流企业", "2020-11-20"],
    ["连南县瑶绣坊网店", "销售型", "2020-11-20"], ["清远市千年瑶寨文旅电子商务有限公司", "销售型", "2020-12-03"],
    ["连南县三江茶叶电子商务商行", "销售型", "2020-12-03"], ["连南县青创电商运营服务有限公司", "电商运营商", "2020-12-15"],
    ["连南县大麦山稻田鱼网店", "销售型", "2021-01-08"], ["连南县邮政分公司电商物流中心", "物流企业", "2021-01-08"],
    ["连南县寨岗黄花梨电子商务有限公司", "销售型", "2021-01-22"], ["连南县香坪山茶油网店", "销售型", "2021-02-26"],
    ["清远市瑶家直播传媒有限公司", "电商运营商", "2021-03-12"], ["连南县大坪竹笋电子商务商行", "销售型", "2021-03-26"],
    ["连南县涡水蜂蜜网店", "销售型", "2021-04-09"], ["连南县三排瑶族服饰网店", "销售型", "2021-04-23"],
    ["连南县云仓冷链仓储有限公司", "物流企业", "2021-05-14"], ["连南县瑶乡土货网络科技有限公司", "平台型", "2021-06-04"],
    ["连南县南岗腊味电子商务商行", "销售型", "2021-06-25"], ["连南县电商设计工作室", "电商运营商", "2021-07-16"],
    ["连南县油岭大米网店", "销售型", "2021-08-06"], ["连南县金坑红薯电子商务有限公司", "销售型", "2021-09-03"],
  ];
  const OUT = [
    ["连南县兴旺土特产网店", "销售型", "2020-11-20", "2021-03-31"], ["连南县速递易快递服务部", "物流企业", "2020-12-03", "2021-06-30"],
    ["连南县瑶韵电子商务有限公司", "销售型", "2020-12-15", "2021-09-20"],
  ];
  const eRows = [["连南瑶族自治县电子商务产业园入驻企业名单"], ["一、在园企业"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "备注"]];
  IN.forEach(([nm, t, en], i) => eRows.push([i + 1, nm, creditCode(REGION), t, i % 2 ? D(en) : cnDate(en), null]));
  eRows.push([], ["二、已退出企业"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间"]);
  OUT.forEach(([nm, t, en, lf], i) => eRows.push([i + 1, nm, creditCode(REGION), t, cnDate(en), dotDate(lf)]));
  const inPark = IN.filter((e) => e[2] <= CUT).length + OUT.filter((e) => e[2] <= CUT && e[3] > CUT).length;
  assert(inPark === 20, "c1 19 + 1 = 20 in the park at the cut-off");

  // ---------------- funds in 万元 with four decimals
  const PAY = [
    ["2020-07-10", "县电子商务公共服务中心装修工程首期款", 1562000], ["2020-09-18", "村级电商服务站点建设（第一、二批）", 1285600],
    ["2020-11-26", "电商人才培训服务费（第一期）", 326400], ["2020-12-30", "县镇村三级物流配送体系建设首期款", 1458000],
    ["2021-01-28", "县电子商务公共服务中心装修工程进度款", 1236500], ["2021-03-30", "公共服务中心运营服务费（2020年度）", 580000],
    ["2021-04-29", "村级电商服务站点建设（第三、四批）", 1346800], ["2021-05-31", "农产品溯源系统建设首期款", 468300],
    ["2021-06-30", "电商人才培训服务费（第二期）", 298600], ["2021-07-20", "“连南瑶山茶”区域品牌推广服务", 385000],
    ["2021-08-26", "县镇村三级物流配送体系建设进度款", 765200], ["2021-08-31", "冷链设备采购款", 1286500],
    ["2021-09-14", "公共服务中心运营服务费（2021年上半年）", 560000],
  ];
  const fRows = [["连南瑶族自治县省级电子商务进农村综合示范专项资金拨付台账"], ["单位：万元"], ["序号", "拨付日期", "项目名称", "收款单位", "拨付金额", "资金来源", "凭证号"]];
  PAY.forEach(([iso, use, amt], i) => fRows.push([i + 1, i % 3 === 0 ? D(iso) : i % 3 === 1 ? iso.replace(/-/g, "/") : cnDate(iso), use, ["县电商公共服务中心运营方", "县供销社", "清远市瑶山电商学院", "连南县邮政分公司"][i % 4],
    (amt / 10000).toFixed(4), "省级专项", `记-${String(rint(1, 60)).padStart(3, "0")}`]));
  const spentAll = sum(PAY.map((p) => p[2]));
  fRows.push(["合计", null, null, null, (spentAll / 10000).toFixed(4), null, null]);
  const SPENT = sum(PAY.filter((p) => p[0] <= CUT).map((p) => p[2]));
  assert(SPENT === 10998900 && SPENT * 100 >= 70 * 15000000 && (SPENT - 1286500) * 100 < 70 * 15000000, "c1 spent " + SPENT);

  // ---------------- reports: 8-digit numbers; February 2021 missing
  const repRows = [["连南瑶族自治县电子商务进农村工作月报报送记录"], ["序号", "报送时间", "报告期", "主要内容", "是否含电商扶贫数据", "报送方式"]];
  const repMonths = [];
  let ri = 0;
  for (const m of monthsBetween("2020-07", "2021-08")) {
    if (m === "2021-01") continue; // January's report was folded into February's, sent in March
    const nm = monthsBetween(m, "2021-12")[1];
    const iso = `${nm}-${String(rint(2, 9)).padStart(2, "0")}`;
    repMonths.push(ym(iso));
    repRows.push([++ri, Number(iso.replace(/-/g, "")), m === "2021-02" ? "2021年1—2月" : cnMonth(m), "示范创建工作进展、电商统计数据", m >= "2020-11" ? "是" : "否", "电子邮件"]);
  }
  const repSet = new Set(repMonths.filter((m) => m <= "2021-08"));
  assert(!repSet.has("2021-02") && WINDOW.filter((m) => repSet.has(m)).length === 11, "c1 reports in 11 of 12 months (none sent in February 2021)");

  // ---------------- disclosures: dates lost their format (serial numbers)
  const DIS = [["2019-12-20", "连南瑶族自治县电子商务进农村综合示范县创建工作方案"], ["2019-12-20", "关于公布电子商务进农村综合示范项目监督举报电话的通告"],
    ["2020-05-15", "连南瑶族自治县电子商务进农村综合示范项目基本信息公示"], ["2020-10-12", "项目建设进度（2020年第三季度）"],
    ["2021-01-11", "项目建设进度（2020年第四季度）"], ["2021-04-09", "项目建设进度（2021年第一季度）"], ["2021-05-20", "村级电商服务站点名单公示"],
    ["2021-07-08", "项目建设进度（2021年第二季度）"], ["2021-09-10", "项目建设进度（2021年7—8月）"]];
  const dRows = [["专栏信息发布记录（从网站后台导出）"], ["序号", "发布日期", "标题", "栏目", "发布人"]];
  DIS.forEach(([iso, t], i) => dRows.push([i + 1, excelSerial(iso), t, "电子商务进农村综合示范", "admin"]));
  const dSet = new Set(DIS.filter((d) => d[0] <= CUT).map((d) => ym(d[0])));
  assert(WINDOW.filter((m) => dSet.has(m)).length === 5, "c1 disclosures in 5 window months → partial");

  // ---------------- media and materials
  const mRows = [["宣传报道情况"], ["序号", "报道日期", "媒体名称", "媒体级别", "报道形式", "标题", "是否电商扶贫典型案例"],
    [1, D("2020-12-04"), "连南瑶族自治县融媒体中心", "县级", "电视", "我县电子商务公共服务中心开始试运营", "否"],
    [2, "2021.3.19", "清远日报", "市级", "报纸", "连南瑶绣“触网”走出大山", "否"],
    [3, "2021.6.24", "清远广播电视台", "市级", "电视", "瑶寨脱贫户直播卖山货", "是"],
    [4, "2021.9.2", "南方日报", "省级", "报纸", "连南：电商进瑶寨 山货变“网货”", "否"],
    [5, "2021.9.10", "广东广播电视台", "省级", "电视", "电商帮扶让瑶乡群众增收", "是"]];
  const matRows = [["经验材料报送情况"], ["序号", "报送日期", "材料名称", "报送单位"], [1, cnDate("2021-06-18"), "连南瑶族自治县“电商+瑶绣”助农增收经验做法", "清远市商务局"]];

  // ---------------- the facts sheet: 自查问答
  const F = [["连南瑶族自治县电子商务进农村综合示范创建自查问答表"], ["填报单位：连南瑶族自治县商务局　　　　数据截至：2021年8月31日"],
    ["序号", "自查问题", "回答", "佐证材料"]];
  const FM = ["A1:D1", "A2:D2"];
  let q = 0;
  const sec = (t) => {
    F.push([t]);
    FM.push(`A${F.length}:D${F.length}`);
  };
  const ask = (question, answer, ev) => F.push([++q, question, answer, ev || null]);
  sec("一、组织领导（2分）　　　自评：2分");
  ask("是否建立政府主要领导牵头的工作协调机制？由谁牵头？", "是。成立示范创建工作领导小组，由县委副书记、县长任组长", "连南府办〔2019〕61号");
  ask("哪些部门参与？", "县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县供销社、县邮政分公司");
  sec("二、方案制定（2分）　　　自评：2分");
  ask("示范县工作方案是否已正式印发？", "已印发", "连南府办〔2019〕58号");
  ask("方案制定自评分（1—2分）", 2);
  sec("三、政策支持（2分）　　　自评：1分");
  ask("是否出台支持农村电商发展的政策？", "已出台《连南瑶族自治县农村电子商务发展扶持办法》");
  ask("政策支持自评分（1—2分）", 1);
  sec("四、项目管理（4分）　　　自评：3分");
  ask("项目管理制度自评分（1—2分）", 2, "《连南瑶族自治县电子商务进农村综合示范项目管理办法》");
  ask("工作台账自评分（1—2分）", 1, "台账正在补充完善");
  sec("五、县级中心与产业园（15分）　　　自评：14分");
  ask("县级电子商务公共服务中心何时投入运营？", "2021年3月8日正式运营（2020年12月开始试运营）");
  ask("是否有免费培训场所、培训设备，能组织电商基础培训？", "有");
  ask("是否为特色农产品提供免费展示、销售服务？", "有");
  ask("是否为电子商务市场主体提供免费摄影、美工服务？", "有");
  ask("是否组织农产品统一推广、指导特色农产品品牌建设？", "有");
  ask("是否为电子商务发展提供其他衍生增值服务？", "暂无");
  ask("是否建设或整合、优化当地电商产业园？", "是，整合建成县电子商务产业园", "见《入驻企业名单》");
  sec("六、村级站点覆盖（10分）　　　自评：10分");
  ask("全县行政村数、省定贫困村数？", "行政村71个，省定贫困村22个");
  ask("已建站点覆盖多少个行政村？", "50个，覆盖率70.4%；省定贫困村全覆盖", "见《站点台账》");
  sec("七、农村产品上行（10分）　　　自评：8分");
  ask("网销调研自评分（1—2分）", 2, "《连南县农产品网络销售调研报告》");
  ask("网络促销活动自评分（1—2分）", 1);
  ask("当地是否有专业第三方电子商务运营或服务商？", "有（连南县青创电商运营服务有限公司）");
  ask("行政村物流快递覆盖率是否达100%？", "是");
  ask("交易标准与冷链溯源自评分（1—2分）", 1);
  ask("2019年、2020年农村网络零售额？", "2019年3.12亿元，2020年3.85亿元");
  ask("2019年、2020年农产品网络零售额？", "2019年8650万元，2020年1.18亿元");
  sec("八、电商人才培训（20分）　　　自评：20分");
  ask("常住人口（万人）？", 13.72, "第七次全国人口普查");
  ask("累计培训多少人次？", "1130人次", "见《培训签到汇总》");
  ask("有劳动能力的建档立卡贫困人口（不含外出务工）有多少人？参训多少人？", "120人，参训85人");
  sec("九、信息公开（4分）　　　自评：4分");
  ask("县政府网站专栏公开了哪些内容？", "创建方案、项目基本信息、项目建设进度，并公布监督举报电话");
  sec("十、数据上报（6分）　　　自评：6分");
  ask("是否能统计电商扶贫情况？", "能，月报附电商扶贫数据");
  sec("十一、案例总结（2分）　　　自评：2分");
  ask("是否向市商务局报送经验材料？", "已报送", "见《经验材料》");
  sec("十二、经验推广（8分）　　　自评：8分");
  ask("哪些媒体报道过？", "县融媒体中心、清远日报、清远广播电视台、南方日报、广东广播电视台");
  sec("十三、财政资金管理（15分）　　　自评：13分（制度建立4分、资金台账4分、资金支出5分）");
  ask("下达资金总额？", "1500万元");
  ask("资金管理制度自评分（1—5分）", 4, "《连南瑶族自治县省级电子商务进农村综合示范专项资金管理办法》");
  ask("资金台账自评分（1—5分）", 4);
  ask("资金及时拨付自评分（1—5分）", 4);
  sec("十四、加分项　　　自评：3分（贫困人口培训率70.8%，2分；广东广播电视台播报电商扶贫典型案例，1分）");
  sec("十五、一票否决项");
  ask("是否发生安全生产、质量事故或重大损失？", "否");
  ask("项目总体进度？", "86%");
  ask("是否存在弄虚作假？", "否");
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": 14, "work.coverage": 10, "work.upward": 8,
    "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 4, "fund.ledger": 4,
    "fund.spending": 5, "bonus.poorTraining": 2, "bonus.tvCase": 1,
  };
  assert(pct1(50, 71) === "70.4%" && pct1(85, 120) === "70.8%", "c1 clerk's rates");
  assert(pct1(38500 - 31200, 31200) === "23.4%" && pct1(11800 - 8650, 8650) === "36.4%", "c1 growth");

  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3,
    "work.center": 2 + 0 + 2 + 1 + 1 + 1 + 0 + 2 + 2 + 1, "work.coverage": 2 + 5, "work.upward": 2 + 1 + 1 + 1 + 1 + 2,
    "work.training": 6 + 10, "info.disclosure": 2 + 1, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 0,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  assert(scored === 76, "c1 total " + scored);
  const derivation = [
    "org.leadership: 自查问答：领导小组组长为县委副书记、县长（主要领导），参与部门有县商务局、县财政局、县农业农村局、县乡村振兴局 → 2",
    "org.plan: 方案已印发，“方案制定自评分”2 → 2",
    "org.policy: 扶持办法已出台，“政策支持自评分”1 → 1",
    "org.management: 项目管理制度2 + 工作台账1 → 3",
    "work.center: 中心“2021年3月8日正式运营（2020年12月开始试运营）”，以正式运营日2021-03-08计 ≤ 截止日 → 2；晚于2021-02-28，未满6个月 → 0；免费培训 → 2；免费展示销售 → 1；免费摄影美工 → 1；品牌推广 → 1；其他增值服务“暂无” → 0；产业园已整合建成 → 2；入驻企业名单分两个表：“一、在园企业”20家中连南县金坑红薯电子商务有限公司2021-09-03才入驻，截止日在园19家，加“二、已退出企业”中2021.9.20才退出的连南县瑶韵电子商务有限公司 = 20家 ≥ 20 → 2（另两家2021.3.31、2021.6.30已退出）；类型平台型、销售型、电商运营商、物流企业 → 1；合计12",
    "work.coverage: 村（居）委会基本情况表：行政村71个（社区5个不算），省定贫困村22个；站点台账“镇”“所在村”是纵向合并单元格（同村两个站点合并为一格，只算一次），建成时间大量写“同上”（= 上一行的日期）；截止日前有站点的行政村49个（城东社区的站点不算；" + late[0] + "“2021.9.6”建成、紧接其下" + late2 + "写“同上”也是2021-09-06，都在截止日后）；49/71 = 69.0% < 70%，在50%—70% → 2（把“同上”当作无日期计入会得50/71 = 70.4%，与县自评“50个、70.4%”一致，但不对）；省定贫困村22个全部有截止日前的站点 → 5；合计7",
    "work.upward: 网销调研2 + 网络促销1；第三方运营服务商“有” → 1；村（居）表“通快递”列行政村全部为√ → 1；交易标准与冷链溯源1；农村网络零售额3.12亿→3.85亿增长23.4% < 30%，农产品网络零售额8650万→1.18亿增长36.4% ≥ 30% → 2；合计8",
    `work.training: 签到汇总表是一张表里分期：每期一行“第N期　主题　培训时间：…　培训地点：…”段头，下面是签到行，再有“本期签到N人”小计行；第1—14期截止日前，签到行共1,000人次（“2020.10.15-16”“2021年1月14日—15日”等区间按结束日）；第15期“2021年8月30日—9月1日”按结束日2021-09-01在截止日后，130行不算；常住人口13.72万人 → 137,200，1,000/137,200 = 0.73%，在0.6%—0.8% → 6（把第15期算进去是1,130人次 = 0.82%，会误得8分；县自评1130人次）；贫困人口花名册190人，有劳动能力且务工情况为“未外出”或“县内务工”的120人；截止日前签到行中与这120人身份证号相同的62人（有人参训两次只算一次；“是否建档立卡贫困户”为“是”的行还包括外出务工人员8行，不算）；62/120 = 51.7% ≥ 50% → 10；合计16`,
    `info.disclosure: 专栏公开创建方案、项目基本信息、项目建设进度，并公布监督举报电话 → 2；后台导出的“发布日期”是失去日期格式的Excel序列号（如${excelSerial("2020-10-12")} = 2020-10-12），换算后2020年9月至2021年8月内有发布的月份只有2020年10月、2021年1月、4月、5月、7月 → 不定时更新 → 1；合计3`,
    "info.reporting: 报送时间是8位数字（20201105式）；2021年1月的月报与2月合并为“2021年1—2月”于2021年3月报送，2021年2月没有报送 → 12个月中11个月有报送 → 不定时 → 1；“是否含电商扶贫数据”自2020年11月起为“是”，自查问答也写“月报附电商扶贫数据” → 3；合计4",
    "promo.cases: 经验材料2021年6月18日报送清远市商务局 → 2",
    "promo.media: 截止日前：清远日报、清远广播电视台（市级）→ 3；县融媒体中心（县级）→ 1；南方日报2021.9.2、广东广播电视台2021.9.10在截止日后，不算；合计4",
    "fund.system: 资金管理制度自评分4 → 4",
    "fund.ledger: 资金台账自评分4 → 4",
    "fund.spending: 拨付台账单位万元（四位小数）；截止日前12笔合计1,099.8900万元 = 10,998,900元（2021-09-14一笔56万元不算，合计行不是记录）；10,998,900/15,000,000 = 73.3% ≥ 70% → 资金及时拨付自评分4 → 4",
    "bonus.poorTraining: 62/120 = 51.7% < 70% → 0（县自评70.8%把9月那期算了）",
    "bonus.tvCase: 截止日前电视播报的电商扶贫典型案例只有清远广播电视台（市级）；广东广播电视台那条在2021.9.10，截止日后 → 0",
    "veto.incident: 自查问答“否” → 不否决，0",
    "veto.progress: 项目总体进度86% ≥ 40% → 不否决，0",
    "veto.fraud: “否” → 不否决，0",
    "total: 2+2+1+3+12+7+8+16+3+4+2+4+4+4+4 = 76，加分0 → 76（县自评合计93，加分3，共96）",
  ];
  assert(sum(Object.values(claimed)) === 96 && sum(SCORED.map((x) => claimed[x[0]])) === 93, "c1 claimed 93 + 3");
  return {
    description:
      "清远连南瑶族自治县商务局迎考工作簿。事实页是“自查问答表”：一问一答（序号|自查问题|回答|佐证材料），每个指标一段，段头行写“一、组织领导（2分）　　　自评：2分”（自评分在段头文字里），评判分是单独的问题行“……自评分（1—2分）”，回答列是数字；常住人口问题带单位“（万人）”，答13.72；中心“2021年3月8日正式运营（2020年12月开始试运营）”取正式运营日；“暂无”是否；资金段头把三项分数写在括号里，加分项只有一段头行。台账：村（居）表镇列纵向合并，类别、省定贫困村是/否、通快递√；站点台账镇、村都是纵向合并格（同村两站合并），建成时间大量“同上”，9月两站中第二站写“同上”；培训签到汇总一张表分期，段头行里有培训时间（区间按结束日）、每期有“本期签到N人”小计行，“是否建档立卡贫困户”标“是”的含外出务工者；贫困人口花名册务工情况分未外出/县内务工/省内县外务工/省外务工；产业园名单是上下两个表（在园企业、已退出企业），一家9月20日才退出；资金台账单位万元、四位小数文本；月报报送时间是8位数字，2021年2月没有报送；专栏发布日期是失去格式的Excel序列号；宣传报道有两条在截止日后；经验材料单独一页。",
    sheets: [
      { name: "自查问答", rows: F, merges: FM },
      { name: "村居基本情况", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "培训签到汇总", rows: tRows, merges: tMerges },
      { name: "贫困人口花名册", rows: ppRows, merges: ["A1:H1"] },
      { name: "入驻企业名单", rows: eRows, merges: ["A1:F1", "A2:F2", `A${IN.length + 5}:F${IN.length + 5}`] },
      { name: "资金拨付台账", rows: fRows, merges: ["A1:G1", "A2:G2"] },
      { name: "月报报送记录", rows: repRows, merges: ["A1:F1"] },
      { name: "专栏发布记录", rows: dRows, merges: ["A1:E1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total: scored, bonus: 0, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 梅州丰顺县: 基本情况 block, then a year-column 主要指标 table (2019 | 2020 | 2021年1—8月 | 累计), then a 任务完成情况 table.
// =====================================================================================================
function buildF1() {
  const R = [["丰顺县电子商务进农村综合示范主要指标及任务完成情况表"], ["填报单位：丰顺县商务局　　　　　　　　填报日期：2021年9月6日"],
    ["一、基本情况"], ["项目", "单位", "数值", "备注"],
    ["常住人口", "万人", 45.73, "第七次全国人口普查"], ["行政村", "个", 171, "不含社区居委会"], ["省定贫困村", "个", "２８", null],
    ["县级电商公共服务中心投入运营时间", null, "2020.12.28", null], ["下达省级专项资金", "万元", 1500, null], ["考评截止日期", null, "2021.8.31", null],
    [], ["二、主要指标完成情况"],
    ["序号", "指标", "单位", "完成情况", null, null, null, "备注"],
    [null, null, null, "2019年", "2020年", "2021年1—8月", "累计（截至2021.8.31）", null],
    [1, "农村网络零售额", "亿元", 16.82, 19.95, 14.37, null, "省商务厅监测数据"],
    [null, "　同比增长", "%", null, 18.6, 25.1, null, null],
    [2, "农产品网络零售额", "万元", "32,560", "43,980", "31,250", null, null],
    [null, "　同比增长", "%", null, 35.1, 12.4, null, null],
    [3, "电商培训", "人次", "1,260", "2,846", "2,105", "6,211", null],
    [null, "　其中：建档立卡贫困人口参训", "人", null, null, null, "1,388", "按人数，不重复计"],
    [4, "有劳动能力的建档立卡贫困人口（不含外出务工）", "人", null, null, null, "2,654", "县乡村振兴局核定"],
    [5, "专项资金拨付", "万元", null, 612.35, "548.90", "1,161.25", null],
    [6, "项目总体进度", "%", null, null, null, 87, null],
    [], ["三、创建任务完成情况"], ["序号", "任务", "完成情况", "自评分", "备注"]];
  const M = ["A1:H1", "A2:H2", "A3:H3", "A12:H12", "A13:A14", "B13:B14", "C13:C14", "D13:G13", "H13:H14", "A25:H25"];
  const T = [
    ["建立工作协调机制", "已完成", null, "成立以分管副县长为组长，县商务局、县财政局、县农业农村局、县乡村振兴局等为成员的领导小组"],
    ["正式印发示范县工作方案", "已完成", 2, "丰府办〔2019〕39号"], ["出台支持农村电商发展的政策", "已完成", 1, null],
    ["建立项目管理制度", "已完成", 2, null], ["建立工作台账", "已完成", 2, null],
    ["中心有免费培训场所、设备，能组织电商基础培训", "已完成", null, null], ["中心为特色农产品提供免费展示、销售服务", "已完成", null, null],
    ["中心提供免费摄影、美工服务", "未完成", null, "摄影棚设备采购中"], ["组织农产品统一推广、指导品牌建设", "已完成", null, "“丰顺单丛茶”区域公用品牌"],
    ["提供其他衍生增值服务", "已完成", null, null], ["建设或整合电商产业园", "已完成", null, null], ["引进专业第三方电子商务运营服务商", "已完成", null, null],
    ["行政村物流快递覆盖率100%", "未完成", null, "已覆盖165个，覆盖率96.5%"],
    ["农产品网络销售调研", "已完成", 2, null], ["农村产品网络促销活动", "已完成", 2, null], ["出台交易标准，建立冷链、溯源系统", "已完成", 1, "冷链仓建设中"],
    ["专栏公示创建方案", "已完成", null, null], ["专栏公示项目基本信息", "已完成", null, null], ["专栏公示项目建设进度", "已完成", null, "按月更新"],
    ["专栏设立征求意见或监督举报窗口", "未完成", null, null], ["统计电商扶贫情况", "已完成", null, null],
    ["制定专项资金管理制度", "已完成", 4, null], ["建立资金专用台账", "已完成", 3, null], ["资金及时拨付", "—", 4, null],
    ["发生安全生产、质量事故或重大损失", "无", null, null], ["弄虚作假", "无", null, null],
  ];
  T.forEach((t, i) => R.push([i + 1].concat(t)));
  R.push(["注：第二部分“累计”栏为截至2021年8月31日的累计数。"]);
  M.push(`A${R.length}:H${R.length}`);
  assert(R[24][0] === "三、创建任务完成情况", "f1 merge row of section three");
  assert(Math.round((19.95 / 16.82 - 1) * 1000) === 186 && Math.round((43980 / 32560 - 1) * 1000) === 351, "f1 growth rates");
  assert(1260 + 2846 + 2105 === 6211 && Math.round((612.35 + 548.9) * 100) === 116125, "f1 totals");
  return {
    description:
      "梅州丰顺县商务局的“主要指标及任务完成情况表”，一张表里上下三块：“一、基本情况”（项目|单位|数值，常住人口45.73万人、省定贫困村全角“２８”、中心运营“2020.12.28”、专项资金1500万元、截止“2021.8.31”）；“二、主要指标完成情况”两行表头（“完成情况”合并在2019年|2020年|2021年1—8月|累计四列之上），零售额单位亿元、农产品零售额单位万元（千分位文本），“同比增长”子行：2020年一栏才是要读的增速（2021年1—8月的增速不是输入），培训人次、贫困人口参训人数、资金拨付读“累计”栏；“三、创建任务完成情况”完成情况写“已完成/未完成/无”，评判分在“自评分”列，牵头人写在备注里（分管副县长 → deputy）。没有逐指标自评分。",
    sheets: [{ name: "指标完成情况", rows: R, merges: M }],
    expect: {
      facts: {
        county: "丰顺县", asOf: "2021-08-31", residentPopulation: 457300, adminVillagesStated: 171, poorVillagesStated: 28, centerOpened: "2020-12-28",
        fundAllocated: 15000000, ruralRetail2019: 1682000000, ruralRetail2020: 1995000000, ruralRetailGrowthStated: 0.186,
        agriRetail2019: 325600000, agriRetail2020: 439800000, agriRetailGrowthStated: 0.351, trainingPersonTimesStated: 6211,
        trainedPoorPersonsStated: 1388, eligiblePoorPersonsStated: 2654, fundSpentStated: 11612500, overallProgress: 0.87,
        planIssued: true, policyIssued: true, centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: false, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: false, povertyStatisticsStated: true, fundSystemIssued: true, fundLedgerKept: true, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 3, "fund.spending": 4,
      },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f2 — 河源连平县: the official indicator table split into one row per 评分标准 line (分项分值 | 完成情况 | 分项自评), 自评得分 merged per indicator.
// =====================================================================================================
function buildF2() {
  const R = [["连平县2019年省级电子商务进农村综合示范创建考评自评表"], ["（考评截止时间：2021年8月31日）"],
    ["工作任务", "评价指标", "权重", "评分标准（分项）", "分项分值", "完成情况", "分项自评", "自评得分"]];
  const M = ["A1:H1", "A2:H2"];
  const G = [
    ["加强组织领导与统筹协调（10分）", [
      ["org.leadership", "组织领导", 2, [["由县政府主要领导牵头且有商务、财政、农业、扶贫等部门参与", "2分", "县长任组长，县商务局、县财政局、县农业农村局、县乡村振兴局参与", 2]]],
      ["org.plan", "方案制定", 2, [["工作方案因地制宜，可操作性较强", "1-2分", "已正式印发（连府办〔2019〕73号）", 2]]],
      ["org.policy", "政策支持", 2, [["出台相关政策，且得到较好落实", "1-2分", "已出台《连平县农村电子商务发展扶持办法》", 2]]],
      ["org.management", "项目管理", 4, [["建立项目管理制度，在建设、验收环节严格落实相关制度", "1-2分", "已建立项目管理制度", 2],
        ["建立完整工作台账，详细记录项目建设情况", "1-2分", "已建立，部分项目记录不全", 1]]]]],
    ["深入推动电子商务进农村工作（55分）", [
      ["work.center", "服务体系建设（县级中心与产业园）", 15, [["建成县级电子商务公共服务中心", "2分", "已建成，２０２１年１月６日投入运营", 2],
        ["建成后已正常运行6个月以上", "2分", "已运行７个月", 2], ["有免费培训场所、培训设备，能组织电商基础培训", "2分", "有", 2],
        ["为特色农产品提供免费展示、销售服务", "1分", "有", 1], ["为电子商务市场主体提供免费摄影、美工服务", "1分", "有", 1],
        ["组织农产品统一推广、指导特色农产品品牌建设", "1分", "有", 1], ["为电子商务发展提供其他衍生增值服务", "1分", "有（代运营、金融对接）", 1],
        ["建设或整合、优化当地电商产业园", "2分", "已整合建成连平县电子商务产业园", 2], ["电商产业园企业入驻数量达20家及以上", "2分", "入驻企业22家", 2],
        ["入驻企业含平台型、销售型、电商运营商或物流企业等至少三种以上类型", "1分", "平台型、销售型、电商运营商、物流企业4类", 1]]],
      ["work.coverage", "服务体系建设（村级站点覆盖）", 10, [["行政村覆盖率70%及以上5分，50%-70%（不含）2分", "5分", "行政村164个，已覆盖128个，覆盖率78.0%", 5],
        ["贫困村覆盖率100% 5分，80%-100%（不含）3分", "5分", "省定贫困村37个，已全覆盖", 5]]],
      ["work.upward", "农村产品上行", 10, [["对当地农产品网络销售进行调研，并形成针对性建议", "1-2分", "已形成《连平县农产品网络销售调研报告》", 2],
        ["开展农村产品网络促销活动成效明显", "1-2分", "举办“连平鹰嘴蜜桃网络节”等促销活动", 2], ["当地有专业第三方电子商务运营或服务商", "1分", "有", 1],
        ["行政村物流快递覆盖率100%", "1分", "已实现", 1], ["有出台农产品电商交易标准，建立农产品冷链、溯源系统", "1-2分", "已出台鹰嘴蜜桃电商标准，冷链溯源建设中", 1],
        ["2020年农村网络零售额或农产品网络零售额同比增速≥30%", "2分", "2020年农村网络零售额6.48亿元，同比增长15.2%；农产品网络零售额1.63亿元，同比增长41.3%", 2]]],
      ["work.training", "电商人才培训", 20, [["培训人次达常住人口1%及以上10分，0.8%-1%（不含）8分，0.6%-0.8%（不含）6分", "10分", "常住人口31.6万人，累计培训3,412人次，占1.08%", 10],
        ["建档立卡贫困人口培训率50%及以上10分，40%-50%（不含）8分，30%-40%（不含）6分", "10分", "有劳动能力的建档立卡贫困人口（不含外出务工）2,108人，参训1,196人，培训率56.7%", 10]]]]],
    ["加强信息公开及报送（10分）", [
      ["info.disclosure", "信息公开", 4, [["在县政府网站设立公开专栏且内容全面", "2分", "已设立专栏，公开创建方案、项目基本信息、项目建设进度，设有监督举报电话", 2],
        ["近一年内专栏内容能按月更新2分，不定时更新1分", "2分", "按月更新", 2]]],
      ["info.reporting", "数据上报", 6, [["近一年能每月向市商务局报送工作情况3分，不定时上报1分", "3分", "每月报送", 3], ["能统计电商扶贫情况", "3分", "能统计", 3]]]]],
    ["加强宣传推广（10分）", [
      ["promo.cases", "案例总结", 2, [["向市商务局报送经验材料", "2分", "已报送2篇", 2]]],
      ["promo.media", "经验推广", 8, [["省级及以上媒体进行宣传报道", "4分", "南方日报、南方+", 4], ["市级媒体进行宣传报道", "3分", "河源日报", 3], ["县级媒体进行宣传报道", "1分", "连平县融媒体中心", 1]]]]],
    ["加强财政资金管理（15分）", [
      ["fund.system", "制度建立", 5, [["建立科学有效的资金管理制度且得到有效落实", "1-5分", "已制定《连平县省级电子商务进农村综合示范专项资金管理办法》", 4]]],
      ["fund.ledger", "资金台账", 5, [["项目承建方建立资金专用台账，账目完整", "1-5分", "承建单位已建立资金专用台账", 4]]],
      ["fund.spending", "资金支出", 5, [["资金支出率70%以上，且根据创建进度及时拨付1-5分；低于70%倒扣5分", "1-5分", "下达专项资金1500万元，累计拨付1,236.8万元，支出率82.5%", 4]]]]],
    ["加分项（4分）", [
      ["bonus.poorTraining", "贫困人口培训", 2, [["建档立卡贫困人口培训率70%及以上", "2分", "培训率56.7%，未达到", 0]]],
      ["bonus.tvCase", "电视播报", 2, [["电商扶贫典型案例获国家级电视媒体播报2分，省级1分（不累加）", "2分", "无", 0]]]]],
  ];
  const claimed = {};
  for (const [task, inds] of G) {
    const gFirst = R.length + 1;
    for (const [id, name, w, lines] of inds) {
      const iFirst = R.length + 1;
      lines.forEach(([std, val, done, pts], k) => R.push([k === 0 && R.length + 1 === gFirst ? task : null, k === 0 ? name : null, k === 0 ? w : null, std, val, done, pts,
        k === 0 ? sum(lines.map((l) => l[3])) : null]));
      claimed[id] = sum(lines.map((l) => l[3]));
      if (lines.length > 1) M.push(`B${iFirst}:B${R.length}`, `C${iFirst}:C${R.length}`, `H${iFirst}:H${R.length}`);
    }
    M.push(`A${gFirst}:A${R.length}`);
  }
  R.push(["一票否决项", null, null, "发生安全生产、质量事故，或者造成重大经济损失和社会不良影响", null, "未发生", null, null]);
  R.push([null, null, null, "项目建设进度严重滞后，总体进度不足40%", null, "项目总体进度91%", null, null]);
  R.push([null, null, null, "弄虚作假", null, "无", null, null]);
  M.push(`A${R.length - 2}:C${R.length}`);
  const scored = sum(SCORED.map((s) => claimed[s[0]]));
  R.push(["合计", null, 100, null, null, null, null, scored]);
  M.push(`A${R.length}:B${R.length}`);
  R.push(["填报单位：连平县商务局　　　　填表人：谢××　　　　联系电话：0762-43×××××"]);
  M.push(`A${R.length}:H${R.length}`);
  assert(scored === 95, "f2 claimed 95");
  assert(pct1(128, 164) === "78.0%" && pct1(1196, 2108) === "56.7%" && pct2(3412, 316000) === "1.08%" && pct1(12368000, 15000000) === "82.5%", "f2 rates");
  return {
    description:
      "河源连平县的自评表：官方考评指标体系的样子，但每条“评分标准”拆成一行（评分标准（分项）|分项分值|完成情况|分项自评），工作任务、评价指标、权重、自评得分纵向合并；事实要从“完成情况”文字里读（中心运营日期和运行月数是全角数字“２０２１年１月６日”，“已运行７个月”“入驻企业22家”“覆盖128个”是派生数不是输入），评判分是评判项所在行的“分项自评”，逐指标自评分是合并的“自评得分”（加分项两行都填0，也是自评）；“分项分值”列（“1-2分”）是标准不是自评；一票否决三行只有文字。",
    sheets: [{ name: "自评表", rows: R, merges: M }],
    expect: {
      facts: {
        county: "连平县", asOf: "2021-08-31", planIssued: true, policyIssued: true, centerOpened: "2021-01-06", centerFreeTraining: true, centerDisplay: true,
        centerPhoto: true, centerBrand: true, centerOther: true, parkBuilt: true, adminVillagesStated: 164, poorVillagesStated: 37, thirdPartyOperator: true,
        expressCoverage: true, ruralRetail2020: 648000000, ruralRetailGrowthStated: 0.152, agriRetail2020: 163000000, agriRetailGrowthStated: 0.413,
        residentPopulation: 316000, trainingPersonTimesStated: 3412, eligiblePoorPersonsStated: 2108, trainedPoorPersonsStated: 1196,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundSystemIssued: true, fundLedgerKept: true, fundAllocated: 15000000, fundSpentStated: 12368000, vetoIncident: false, overallProgress: 0.91, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f3 — 韶关乳源瑶族自治县: one multi-line cell per topic (“标签：值” lines), ☑/☐ check boxes, a 大写 amount, a 公文-style date.
// =====================================================================================================
function buildF3() {
  const L = (...a) => a.join("\n");
  const R = [["乳源瑶族自治县电子商务进农村综合示范创建基本情况"], ["板块", "情况（截至2021年8月31日）"],
    ["基本数据", L("常住人口：18.56万人", "行政村：102个（另有社区居委会13个）", "省定贫困村：9个")],
    ["组织领导", L("牵头领导：县委书记", "参与部门：县商务局、县财政局、县农业农村局、县交通运输局", "示范县工作方案：☑已正式印发　☐未印发", "支持农村电商发展政策：☑已出台　☐未出台")],
    ["公共服务中心", L(`投入运营：${cnFormalDate("2020-12-18")}`, "服务内容：☑免费培训场所和设备　☑特色农产品免费展示销售　☐免费摄影美工　☑统一推广与品牌建设指导　☐其他衍生增值服务")],
    ["产业园与物流", L("电商产业园：☑已建成（整合原乳源县创业孵化基地）", "第三方运营服务商：☑有", "行政村快递覆盖：☑100%")],
    ["网络零售", L("2019年农村网络零售额：5.20亿元", "2020年农村网络零售额：6.61亿元（同比增长27.1%）", "2020年农产品网络零售额：9,860万元（同比增长31.5%）")],
    ["人才培训", L("累计培训：2,037人次", "有劳动能力的建档立卡贫困人口（不含外出务工）：812人", "其中参加培训：433人")],
    ["信息公开与报送", L("专栏内容：☑创建方案　☑项目基本信息　☑项目建设进度　☑监督举报电话", "电商扶贫统计：☑能统计")],
    ["资金", L("下达省级专项资金：壹仟伍佰万元整", "累计拨付：1,089.6万元", "资金管理制度：☑已制定　　资金专用台账：☑已建立", "项目总体进度：83%")],
    ["自评分（评判项）", L("方案制定 2　　政策支持 1　　项目管理制度 2　　工作台账 2", "网销调研 1　　网络促销 2　　交易标准与冷链溯源 1", "资金管理制度 4　　资金台账 4　　资金及时拨付 3")],
    ["否决事项", L("安全生产、质量事故或重大损失：☐有　☑无", "弄虚作假：☐有　☑无")],
    [null, `乳源瑶族自治县商务局　${cnFormalDate("2021-09-03")}`]];
  assert(daxie(15000000) === "壹仟伍佰万元整", "f3 大写");
  assert(pct1(661 - 520, 520) === "27.1%", "f3 growth");
  return {
    description:
      "韶关乳源瑶族自治县的基本情况表只有两列：A列是板块名，B列一个单元格里用换行写多行“标签：值”；是否项用☑（选中）/☐（未选）勾选框写在同一行（“☑已正式印发　☐未印发”，服务内容一行五个框，其中免费摄影美工和其他增值服务未勾 → 否）；中心运营日期是公文写法“二〇二〇年十二月十八日”；下达资金写大写“壹仟伍佰万元整”；评判分在一个格里多行“名称 分数”；牵头领导县委书记（主要领导）但参与部门缺扶贫/乡村振兴 → principal；截止日期在表头“情况（截至2021年8月31日）”；落款日期不是截止日期。",
    sheets: [{ name: "基本情况", rows: R, merges: ["A1:B1"] }],
    expect: {
      facts: {
        county: "乳源瑶族自治县", asOf: "2021-08-31", residentPopulation: 185600, adminVillagesStated: 102, poorVillagesStated: 9, planIssued: true, policyIssued: true,
        centerOpened: "2020-12-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: false,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 520000000, ruralRetail2020: 661000000, ruralRetailGrowthStated: 0.271,
        agriRetail2020: 98600000, agriRetailGrowthStated: 0.315, trainingPersonTimesStated: 2037, eligiblePoorPersonsStated: 812, trainedPoorPersonsStated: 433,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 10896000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.83, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "principal",
    },
  };
}

// =====================================================================================================
// l1 — 韶关新丰县: a 说明 sheet, stations under a two-row grouped header with datetime text, training as monthly totals with
//      subtotal rows, poor persons with labour and migrant status combined in one cell.
// =====================================================================================================
function buildL1() {
  const REGION = "440233";
  const TOWNS = ["丰城街道", "黄礤镇", "马头镇", "梅坑镇", "沙田镇", "遥田镇", "回龙镇"];
  const newName = noDupNamer(villageNamer("大小新东西南北上下黄白石凤云青高金竹松古良合双丰长安水河塘马鹤", ["坑", "塘", "坪", "岗", "岭", "田", "湾", "洞", "冲", "头", "围", "径", "陂", "坳", "背", "埔", "沥"]),
    TOWNS.map((t) => t.replace(/(街道|镇)$/, "")));
  const note = [["填表说明"], ["1．本工作簿由新丰县商务局电商办维护，每月底更新。"], ["2．站点台账“建成时间”以验收合格之日为准。"],
    ["3．培训按月汇总，明细见各期签到表（纸质存档）。"], ["4．贫困人口名单来源：县乡村振兴局（2021年5月）。"]];
  // stations
  const sRows = [["新丰县村级电子商务服务站点台账"],
    ["序号", "站点基本信息", null, null, "建设情况", null, "运营情况", null],
    [null, "站点名称", "所在镇", "所在村", "建成时间", "投入资金（元）", "负责人", "月均快件（件）"]];
  const sMerges = ["A1:H1", "A2:A3", "B2:D2", "E2:F2", "G2:H2"];
  const sRecs = [];
  for (let i = 0; i < 16; i++) {
    const town = TOWNS[1 + (i % 6)];
    const v = newName();
    const iso = i === 12 ? "2021-09-08" : randIsoBetween("2020-05-01", "2021-08-31");
    const f = i % 3;
    const dc = f === 0 ? D(iso) : f === 1 ? `${iso} 00:00:00` : `${iso.replace(/-/g, "/")} 0:00`;
    sRows.push([i + 1, `${v.replace(/村$/, "")}村电商服务站`, town, i % 2 ? v + "委会" : v, dc, rint(25, 60) * 1000, personName(), rint(80, 900)]);
    sRecs.push({ village: v, opened: iso });
  }
  sRows.push(["合计", null, null, null, null, sum(sRows.slice(3).map((r) => r[5])), null, null]);
  // training by month
  const tRows = [["新丰县电子商务培训情况月度汇总"], ["月份", "培训期数", "培训人次", "其中：贫困人口人次", "主要内容"]];
  const tRecs = [];
  const TOP = ["电商基础知识", "网店运营", "短视频与直播", "农产品品牌营销", "电商客服与物流"];
  const months = monthsBetween("2020-09", "2021-09");
  let yearAcc = { n: 0, pt: 0, pp: 0 };
  let all = { n: 0, pt: 0, pp: 0 };
  months.forEach((m, i) => {
    const [y, mm] = ymd(m + "-01");
    const n = rint(1, 4);
    const pt = n * rint(45, 95);
    const pp = Math.floor(pt * (rint(8, 22) / 100));
    const label = i % 4 === 3 ? `${y}.${mm}` : `${y}年${mm}月`;
    tRows.push([label, n, pt, pp, `${TOP[i % 5]}、${TOP[(i + 2) % 5]}`]);
    tRecs.push({ date: m, personTimes: pt });
    yearAcc.n += n; yearAcc.pt += pt; yearAcc.pp += pp;
    all.n += n; all.pt += pt; all.pp += pp;
    if (m === "2020-12" || m === months[months.length - 1]) {
      tRows.push([`${y}年小计`, yearAcc.n, yearAcc.pt, yearAcc.pp, null]);
      yearAcc = { n: 0, pt: 0, pp: 0 };
    }
  });
  tRows.push(["合计", all.n, all.pt, all.pp, null]);
  tRows.push(["注：2021年9月为截至9月15日数据。"]);
  assert(sRecs.filter((r) => r.opened > "2021-08-31").length === 1, "l1 one September station");
  assert(tRecs.length === 13 && tRows.some((r) => typeof r[0] === "string" && /^\d{4}\.\d+$/.test(r[0])), "l1 13 month rows, some as 2021.3");
  // poor persons: one combined column
  const STAT = [["有劳动能力（在家）", true, false], ["有劳动能力（县内务工）", true, false], ["有劳动能力（县外务工）", true, true],
    ["有劳动能力（省外务工）", true, true], ["无劳动能力", false, null], ["丧失劳动能力", false, null]];
  const pRows = [["新丰县建档立卡贫困人口名单"], ["序号", "镇", "村", "户主", "姓名", "与户主关系", "身份证号", "劳动力及务工状况"]];
  const pRecs = [];
  for (let i = 0; i < 40; i++) {
    const s = STAT[i % 6 === 5 && i % 4 !== 1 ? 5 : [0, 0, 1, 2, 3, 4][i % 6]];
    const male = rnd() < 0.5;
    const birth = s[1] ? birthBetween(1966, 2000) : birthBetween(1940, 1955);
    const id = makeId(REGION, birth, male, i % 9 === 2);
    const nm = personName();
    pRows.push([i + 1, TOWNS[1 + (i % 6)], sRecs[i % 16].village, nm, nm, "户主", id, s[0]]);
    pRecs.push({ id, labour: s[1], migrant: s[2] });
  }
  assert(pRecs.some((r) => r.id.endsWith("X")) && pRecs.some((r) => r.migrant === true) && pRecs.some((r) => r.labour === false), "l1 mix");
  return {
    description:
      "韶关新丰县商务局台账工作簿。“填表说明”是文字说明页，不是台账。“站点台账”两行表头：第2行合并的分组“站点基本信息|建设情况|运营情况”，第3行才是字段（站点名称、所在镇、所在村、建成时间、投入资金、负责人、月均快件）；建成时间有日期格、“2020-10-15 00:00:00”和“2020/10/15 0:00”式的带时间文本（取日期），有在2021年9月的（仍是记录）；末行“合计”不是站点。“培训情况月度汇总”每行是一个月的汇总（月份“2020年9月”或“2020.12”式，读作该月；2021年9月一行在截止日后但仍是记录），“培训人次”是人次，“其中：贫困人口人次”不是；“2020年小计”“2021年小计”“合计”行不是记录，备注行也不是。“贫困人口名单”的劳动能力和务工情况合在一列：“有劳动能力（在家）/（县内务工）”是有劳动能力、未外出，“（县外务工）/（省外务工）”是外出务工，“无劳动能力/丧失劳动能力”无劳动能力、务工未作答。",
    sheets: [
      { name: "填表说明", rows: note, merges: ["A1:H1"] },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "培训月度汇总", rows: tRows, merges: ["A1:E1"] },
      { name: "贫困人口名单", rows: pRows, merges: ["A1:H1"] },
    ],
    expect: {
      sheets: {
        "填表说明": { kind: null },
        "站点台账": { kind: "stations", records: sRecs },
        "培训月度汇总": { kind: "training", records: tRecs },
        "贫困人口名单": { kind: "poorPersons", records: pRecs },
      },
    },
  };
}

// =====================================================================================================
// l2 — 揭阳普宁市: a 台账汇总 sheet, the special account's bank statement (借方 = 付出), a media list with 央级/地市级 and 广播,
//      a monthly report log with 补报 rows and Y/N.
// =====================================================================================================
function buildL2() {
  const bank = [
    ["2020-01-16", "省财政厅拨入2019年省级电子商务进农村综合示范专项资金", null, 15000000, "广东省财政厅"],
    ["2020-03-21", "结息", null, 1862.4, "普宁市商务局"],
    ["2020-06-09", "付县电商公共服务中心装修工程首期款", 1482000, null, "普宁市建安装饰工程有限公司"],
    ["2020-08-28", "付村级电商服务站点建设款（第一批）", 1126500, null, "普宁市供销电子商务有限公司"],
    ["2020-10-23", "付电商人才培训服务费", 356000, null, "揭阳市潮汕电商学院"],
    ["2020-12-25", "付三级物流配送体系建设首期款", 1368000, null, "普宁市邮政分公司"],
    ["2021-01-29", "付中心运营服务费（2020年度）", 620000, null, "普宁市青梅电商运营服务有限公司"],
    ["2021-03-19", "付村级电商服务站点建设款（第二批）", 985400, null, "普宁市供销电子商务有限公司"],
    ["2021-03-21", "结息", null, 12436.85, "普宁市商务局"],
    ["2021-05-14", "付农产品溯源系统建设款", 562800, null, "广东粤溯科技有限公司"],
    ["2021-06-30", "付“普宁青梅”品牌推广服务费", 298000, null, "普宁市青梅电商运营服务有限公司"],
    ["2021-08-18", "付三级物流配送体系建设进度款", 1054000, null, "普宁市邮政分公司"],
    ["2021-09-09", "付冷链设备采购款", 876000, null, "揭阳市冷链设备有限公司"],
  ];
  const bRows = [["中国农业银行 账户交易明细（对账单）"], ["户名：普宁市商务局　　账号：4427 01** **** 8836　　币种：人民币　　起止日期：2020/01/01—2021/09/30"],
    ["交易日期", "摘要", "借方发生额（付出）", "贷方发生额（收入）", "余额", "对方户名"]];
  let bal = 0;
  const fRecs = [];
  for (const [iso, memo, dr, cr, who] of bank) {
    bal = Math.round((bal - (dr || 0) + (cr || 0)) * 100) / 100;
    bRows.push([iso.replace(/-/g, "/"), memo, dr === null ? null : fmtMoney(dr), cr === null ? null : fmtMoney(cr), fmtMoney(bal), who]);
    if (dr) fRecs.push({ date: iso, amount: dr });
  }
  const drSum = sum(fRecs.map((r) => r.amount));
  bRows.push(["本期合计", null, fmtMoney(drSum), fmtMoney(15000000 + 1862.4 + 12436.85), fmtMoney(bal), null]);
  bRows.push(["（本对账单仅供参考，以银行记账为准）"]);
  assert(fRecs.length === 10 && Math.abs(bal - (15014299.25 - drSum)) < 0.001, "l2 bank balance");

  const media = [
    ["2020-11-06", "普宁市融媒体中心", "县级", "电视", "普宁首批村级电商服务站挂牌", "county", true],
    ["2020-12-18", "揭阳日报", "地市级", "报纸", "普宁青梅“触网”销路广", "city", false],
    ["2021-02-03", "揭阳广播电视台", "地市级", "广播", "普宁电商年货节带旺农产品销售", "city", false],
    ["2021-04-16", "南方日报", "省级", "报纸", "普宁：小网店撬动大市场", "province", false],
    ["2021-06-11", "中央广播电视总台中国之声", "央级", "广播", "广东普宁：电商帮农户把青梅卖向全国", "national", false],
    ["2021-07-22", "广东广播电视台", "省级", "电视", "普宁脱贫户借直播增收", "province", true],
    ["2021-08-27", "普宁市人民政府网", "县级", "网站", "我市开展电商直播带货培训", "county", false],
  ];
  const mRows = [["普宁市电子商务进农村宣传报道统计表"], ["序号", "报道时间", "媒体", "媒体层级", "载体", "报道标题"]];
  const mRecs = [];
  media.forEach(([iso, md2, lv, form, title, level, tv], i) => {
    mRows.push([i + 1, i % 2 ? cnDate(iso) : D(iso), md2, lv, form, title]);
    mRecs.push({ date: iso, level, tv });
  });

  const rRows = [["普宁市电子商务进农村月报报送登记"], ["报告期", "报送日期", "报送对象", "含电商扶贫统计（Y/N）", "备注"]];
  const rRecs = [];
  const plan = monthsBetween("2020-08", "2021-08");
  for (const m of plan) {
    const nm = monthsBetween(m, "2021-12")[1];
    let iso = `${nm}-${String(rint(3, 9)).padStart(2, "0")}`;
    let remark = null;
    if (m === "2021-01") {
      iso = "2021-03-12";
      remark = "春节期间补报";
    }
    const pov = m >= "2020-10";
    rRows.push([cnMonth(m), dotDate(iso), "揭阳市商务局", pov ? "Y" : "N", remark]);
    rRecs.push({ date: iso, poverty: pov });
  }
  const summary = [["普宁市电子商务进农村综合示范台账汇总"], ["台账", "条数", "金额/说明"], ["专项资金支出", fRecs.length, fmtMoney(drSum) + "元"],
    ["宣传报道", media.length, "央级1、省级2、地市级2、县级2"], ["月报报送", rRecs.length, "2020年8月—2021年8月报告期"], ["（汇总表数据由各台账统计生成）"]];
  return {
    description:
      "揭阳普宁市商务局台账工作簿。“台账汇总”是各台账的条数统计表，不是台账。资金是专户的银行“账户交易明细（对账单）”：交易日期“2020/06/09”文本，借方发生额（付出）才是拨付，贷方发生额（收入）是省财政拨入和结息，不是拨付；金额是带千分位的文本；“本期合计”行和末尾说明不是记录；2021/09/09一笔在截止日后但仍是记录。宣传报道统计表“媒体层级”写“央级/省级/地市级/县级”（央级 = national，地市级 = city），“载体”为电视的才是电视报道，“广播”（中国之声、揭阳广播电视台的广播）不是电视；日期有日期格和“2021年2月3日”文本。月报报送登记：报送日期“2020.9.5”式，2021年1月报告期在3月“补报”（仍是一条记录，日期2021-03-12），“Y/N”是是否含电商扶贫统计。",
    sheets: [
      { name: "台账汇总", rows: summary, merges: ["A1:C1"] },
      { name: "专户对账单", rows: bRows, merges: ["A1:F1", "A2:F2"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:F1"] },
      { name: "月报报送登记", rows: rRows, merges: ["A1:E1"] },
    ],
    expect: {
      sheets: {
        "台账汇总": { kind: null },
        "专户对账单": { kind: "funds", records: fRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "月报报送登记": { kind: "reports", records: rRecs },
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
const txt = (c) => JSON.stringify(c.sheets);
assert(txt(c1).includes("同上") && txt(c1).includes("自评：2分") && txt(c1).includes("本期签到"), "c1 text");
assert(txt(f1).includes("累计（截至2021.8.31）") && txt(f1).includes("２８"), "f1 text");
assert(txt(f2).includes("分项自评") && txt(f2).includes("２０２１年１月６日"), "f2 text");
assert(txt(f3).includes("☐免费摄影美工") && txt(f3).includes("壹仟伍佰万元整") && txt(f3).includes("二〇二〇年十二月十八日"), "f3 text");
assert(txt(l1).includes("2020年小计") && txt(l1).includes("有劳动能力（县外务工）"), "l1 text");
assert(txt(l2).includes("借方发生额（付出）") && txt(l2).includes("央级") && txt(l2).includes("补报"), "l2 text");
write("counties", "b155-c1-liannan.json", c1);
write("facts", "b155-f1-fengshun.json", f1);
write("facts", "b155-f2-lianping.json", f2);
write("facts", "b155-f3-ruyuan.json", f3);
write("ledgers", "b155-l1-xinfeng.json", l1);
write("ledgers", "b155-l2-puning.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
