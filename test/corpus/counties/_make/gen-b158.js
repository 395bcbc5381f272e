// Batch 158 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block adapted from
// counties/_make/gen-b156.js. Deterministic: seeded PRNG, no clock.
//
// c1 鼎湖区 (肇庆): the official table split into one row per 评分标准 sub-item (分项分值 | 分项自评), the indicator's 自评得分
//    merged down its sub-items, facts only in the 完成情况 prose; villages as two stacked tables (行政村, then 社区); stations
//    with a 核实后建站时间 correction column; a per-trainee sign-in ledger whose session date/topic are merged down each block,
//    with 本期小计 rows; poor persons with tick pairs under a two-row header; a renamed park enterprise listed twice (one credit
//    code); a 多栏式 fund ledger (支出 with 其中 breakdown columns, an income row, 年度合计 rows); reports dated with 星期.
// f1 高明区 (佛山): a Word self-assessment report pasted into column A, facts in running prose with distractor numbers
//    (户籍人口, 目标人次, 区级配套资金), page-number rows, a pasted two-column table, no 省定贫困村.
// f2 麻章区 (湛江): a city-bureau 摸底表 returned for correction: values corrected in place in three styles (A→B, B（原填A）,
//    原：A；改：B), √/× boxes, a deputy leader corrected from 区长.
// f3 新会区 (江门): an export from the provincial 考评填报系统: 指标编码 | 数据项 | 计量单位 | 填报值 | 审核状态 | 审核意见,
//    code-labelled answers (1-是 / 0-否), ¥ money in 元, timestamps 00:00:00, "--" for unanswered, semicolon lists.
// l1 惠阳区 (惠州): a cover, villages grouped under town header rows, sign-in sheets printed two-up (two trainees per row) with
//    stacked session blocks, poor persons whose labour and migrant status share one column, a hidden 字典 sheet.
// l2 茂南区 (茂名): tranche rows under merged project cells with project 小计 rows (万元 header, one cell in 元), a year × month
//    grid of sending dates with a poverty row per year, media grouped under level section rows, the government-site column
//    copied as text (title and date in one cell, breadcrumbs and pager lines).
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
let seed = 158158;
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
    assert(/^b158-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b158-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b158-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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

// =====================================================================================================
// c1 — 肇庆鼎湖区: the official table split into sub-item rows, facts only in prose; ledgers with corrections and merges.
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "441203";
  const TD = [["坑口街道", 6, 6], ["桂城街道", 5, 7], ["广利街道", 11, 3], ["永安镇", 14, 2], ["沙浦镇", 12, 2], ["凤凰镇", 12, 1], ["莲花镇", 14, 1]];
  const namer = villageNamer("大小新东西南北上下黄白石山云青高罗金竹松良合双丰长安水河塘马沙龙凤", [
    "坑", "塘", "岗", "田", "湾", "头", "围", "洞", "冲", "坪", "寨", "岭", "布", "迳", "滘", "基", "洲", "江"]);
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
  assert(admin.length === 74 && comms.length === 22, "c1 74 villages + 22 communities");
  const townOf = {};
  for (const t of towns) for (const v of t.vs.concat(t.cs)) townOf[v] = t.town;
  const rural = towns.slice(3).flatMap((t) => t.vs);
  const poorArr = shuffle(rural).slice(0, 6);
  const poorSet = new Set(poorArr);
  const nonPoor = shuffle(admin.filter((v) => !poorSet.has(v)));

  // ---------------- stations (with the 核实后建站时间 correction column)
  const coveredPoor = poorArr.slice(0, 5);
  const poorOut = poorArr[5]; // typed before the cut-off, corrected to after it
  const movedIn = nonPoor.slice(0, 2); // typed after the cut-off, corrected to before it
  const plainNon = nonPoor.slice(2, 47); // 45
  const late = nonPoor.slice(47, 49); // Sept, no correction
  const noStation = nonPoor.slice(49);
  const expressNo = noStation[3];
  const covered = coveredPoor.concat(movedIn, plainNon);
  assert(covered.length === 52 && new Set(covered).size === 52, "c1 52 covered villages");
  assert(52 * 100 >= 70 * 74 && 51 * 100 < 70 * 74, "c1 52/74 = 70.3% is just over 70%, 51/74 is under");
  assert(5 * 100 >= 80 * 6 && 5 < 6, "c1 poor 5/6 = 83.3%");
  const ST = [];
  for (const v of coveredPoor.concat(plainNon)) ST.push({ v, typed: randIsoBetween("2020-06-15", "2021-08-20") });
  movedIn.forEach((v, i) => ST.push({ v, typed: ["2021-09-02", "2021-09-06"][i], fixed: ["2021-08-26", "2021-08-18"][i], note: "原填为挂牌仪式时间" }));
  ST.push({ v: poorOut, typed: "2021-08-16", fixed: "2021-09-03", note: "原填时间为选址时间" });
  late.forEach((v, i) => ST.push({ v, typed: ["2021-09-08", "2021-09-17"][i] }));
  ST.push({ v: plainNon[7], typed: randIsoBetween("2021-01-10", "2021-07-30"), second: true });
  ST.push({ v: coveredPoor[2], typed: randIsoBetween("2021-01-10", "2021-07-30"), second: true });
  ST.push({ v: comms[4], typed: "2020-11-19", comm: true });
  ST.push({ v: null, town: "永安镇", typed: "2020-09-25", townLevel: true });
  const tIdx = (t) => TD.findIndex((x) => x[0] === t);
  ST.sort((a, b) => tIdx(a.town || townOf[a.v]) - tIdx(b.town || townOf[b.v]) || byIso(a.fixed || a.typed, b.fixed || b.typed));
  assert(ST.length === 59, "c1 59 station rows " + ST.length);
  const sRows = [["肇庆市鼎湖区村级电子商务服务站点台账"], ["（截至2021年9月20日）"],
    ["序号", "镇（街道）", "村（社区）", "站点名称", "负责人", "联系电话", "建站时间", "核实后建站时间", "备注"]];
  let fi = 0;
  const dcell = (iso) => {
    const f = fi++ % 5;
    if (f === 3 && iso > "2021-07-31") return dotDate(iso);
    return f === 0 ? D(iso) : f === 1 ? dotDate(iso) : f === 2 ? twoDot(iso) : f === 3 ? cnMonth(iso) : slashDate(iso);
  };
  ST.forEach((s, i) => {
    const town = s.town || townOf[s.v];
    const vcell = s.townLevel ? "—" : s.comm ? s.v + "居委会" : i % 4 === 1 ? s.v + "委会" : s.v;
    const stem = s.townLevel ? town : s.v.replace(/(社区|村)$/, "");
    const name = s.townLevel ? `${town}电子商务服务站` : s.comm ? `${s.v}电商服务站` : s.second ? `${stem}电商服务点（二）` : `${stem}村级电商服务站`;
    const note = s.townLevel ? "镇级服务站" : s.note || (s.second ? "同村第二个服务点" : s.comm ? "社区站点" : null);
    sRows.push([i + 1, town, vcell, name, personName(), mask(phone()), s.fixed ? dotDate(s.typed) : dcell(s.typed), s.fixed ? dotDate(s.fixed) : null, note]);
  });
  sRows.push(["注：1．“核实后建站时间”为区商务局2021年9月实地核查后填写，填有核实时间的以核实时间为准。2．镇级服务站不计入行政村覆盖。"]);
  const openedOf = (s) => s.fixed || s.typed;
  const covByCut = new Set(ST.filter((s) => s.v && !s.comm && openedOf(s) <= CUT).map((s) => s.v));
  assert(covByCut.size === 52 && [...covByCut].every((v) => admin.includes(v)), "c1 covered by the cut-off = 52");
  const naive = new Set(ST.filter((s) => s.v && !s.comm && s.typed <= CUT).map((s) => s.v));
  assert(naive.size === 51 && naive.has(poorOut), "c1 reading only 建站时间 gives 51 and all six poor villages");

  // ---------------- villages: two stacked tables (行政村, then 社区)
  const vRows = [["鼎湖区村（社区）名单"], [`一、行政村（${admin.length}个）`], ["序号", "镇（街道）", "村委会", "省定贫困村", "快递进村", "备注"]];
  let k = 0;
  for (const t of towns) for (const v of t.vs) {
    vRows.push([++k, t.town, v + "委会", poorSet.has(v) ? "是" : "否", v === expressNo ? "否" : "是", v === expressNo ? "快递未进村，村民到镇上自取" : null]);
  }
  vRows.push([]);
  vRows.push([`二、社区（${comms.length}个）`]);
  vRows.push(["序号", "镇（街道）", "社区居委会", null, null, null]);
  k = 0;
  for (const t of towns) for (const c of t.cs) vRows.push([++k, t.town, c + "居民委员会", null, null, null]);
  const vMerges = ["A1:F1", "A2:F2", `A${admin.length + 5}:F${admin.length + 5}`];
  assert(vRows[admin.length + 4][0].startsWith("二、"), "c1 second table title row");

  // ---------------- poor persons: tick pairs under a two-row header
  const POOR = [];
  const mk = (labour, migrant) => ({ id: makeId(REGION, birthBetween(1962, 2001), rnd() < 0.5, undefined), labour, migrant, name: personName() });
  const E = Array.from({ length: 40 }, () => mk(true, false));
  const M = Array.from({ length: 7 }, () => mk(true, true));
  const N = Array.from({ length: 9 }, () => mk(false, false));
  const allPoor = shuffle(E.concat(M, N));
  const pvill = poorArr.concat(nonPoor.slice(10, 16));
  const pRows = [["鼎湖区建档立卡贫困人口劳动力情况表"], ["序号", "镇（街道）", "村", "姓名", "身份证号码", "劳动能力", null, "务工情况", null, "备注"],
    [null, null, null, null, null, "有", "无", "外出务工", "在家", null]];
  const pMerges = ["A1:J1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:G2", "H2:I2", "J2:J3"];
  allPoor.forEach((p, i) => {
    const v = pvill[i % pvill.length];
    pRows.push([i + 1, townOf[v], v, p.name, p.id, p.labour ? TICK : null, p.labour ? null : TICK, p.migrant ? TICK : null, p.migrant ? null : TICK,
      p.migrant ? ["佛山务工", "广州务工", "深圳务工"][i % 3] : !p.labour ? ["重度残疾", "年老体弱", "长期患病"][i % 3] : null]);
    POOR.push(p);
  });
  pRows.push(["注：劳动能力、务工情况按2021年6月动态调整数据填写，打“✓”。"]);
  const eligible = POOR.filter((p) => p.labour && !p.migrant);
  assert(eligible.length === 40 && POOR.length === 56, "c1 40 eligible of 56");

  // ---------------- training: one row per trainee, session cells merged down each block, 本期小计 rows
  const SES = [];
  let d0 = "2020-06-24";
  for (let i = 0; i < 24; i++) {
    d0 = isoAdd(d0, rint(12, 16));
    SES.push({ iso: d0, n: rint(62, 78) });
  }
  assert(d0 <= "2021-08-25", "c1 sessions end before the cut " + d0);
  for (let diff = 1702 - sum(SES.map((s) => s.n)), j = 0; diff !== 0; j = (j + 7) % 24) {
    SES[j].n += Math.sign(diff);
    diff -= Math.sign(diff);
  }
  assert(sum(SES.map((s) => s.n)) === 1702 && SES.every((s) => s.n >= 55 && s.n <= 90), "c1 session sizes");
  SES[9].range = true; // a three-day class typed as a range, read at its end
  SES.push({ iso: "2021-09-07", n: 85, late: true });
  const TOP = ["农村电商基础知识", "网店开设与运营", "短视频直播带货", "农产品品牌与包装", "电商扶贫专题", "社群营销实务", "网店美工"];
  // who sits in which session
  const seats = SES.map(() => []);
  E.slice(0, 28).forEach((p, i) => seats[(i * 5) % 24].push(p));
  E.slice(0, 4).forEach((p, i) => seats[12 + i * 3].push(p));
  E.slice(28, 30).forEach((p) => seats[24].push(p));
  M.slice(0, 3).forEach((p, i) => seats[2 + i * 6].push(p));
  seats[11].push(N[0]);
  const tRows = [["鼎湖区电子商务进农村培训签到台账"], ["期次", "培训日期", "培训内容", "序号", "姓名", "身份证号", "联系电话", "备注"]];
  const tMerges = ["A1:H1"];
  const trRecs = [];
  SES.forEach((s, si) => {
    const people = seats[si].map((p) => ({ name: p.name, id: p.id, poor: true }));
    while (people.length < s.n) {
      const male = rnd() < 0.45;
      people.push({ name: personName(), id: makeId(REGION, birthBetween(1965, 2002), male, undefined), poor: false });
    }
    const order = shuffle(people);
    const r0 = tRows.length + 1;
    const dc = s.range ? `${dotDate(isoAdd(s.iso, -2))}-${Number(s.iso.slice(5, 7))}.${Number(s.iso.slice(8))}` : si % 3 === 0 ? D(s.iso) : si % 3 === 1 ? dotDate(s.iso) : cnDate(s.iso);
    if (s.range) assert(isoAdd(s.iso, -2).slice(0, 7) === s.iso.slice(0, 7), "c1 range within a month");
    order.forEach((p, j) => {
      const idc = j % 41 === 7 && isX(p.id) ? p.id.slice(0, 17) + "x" : p.id;
      tRows.push([j === 0 ? `第${si + 1}期` : null, j === 0 ? dc : null, j === 0 ? TOP[si % TOP.length] : null, j + 1, p.name, idc, mask(phone()), p.poor ? "建档立卡" : null]);
      trRecs.push({ iso: s.iso, id: p.id });
    });
    const r1 = tRows.length;
    tMerges.push(`A${r0}:A${r1}`, `B${r0}:B${r1}`, `C${r0}:C${r1}`);
    tRows.push([null, null, "本期小计", null, `${order.length}人`, null, null, null]);
  });
  tRows.push([null, null, "合计", null, `${trRecs.length}人次`, null, null, null]);
  const byCut = trRecs.filter((t) => t.iso <= CUT);
  assert(byCut.length === 1702 && trRecs.length === 1787, "c1 1702 by the cut-off, 1787 in all");
  const POP = 176300;
  assert(1702 * 1000 < POP * 10 && 1702 * 1000 >= POP * 8 && 1787 * 1000 >= POP * 10, "c1 0.965% → 8 (1787 would be 10)");
  const trainedIds = new Set(byCut.map((t) => t.id));
  const trainedElig = eligible.filter((p) => trainedIds.has(p.id)).length;
  assert(trainedElig === 28 && 28 * 100 >= 70 * 40, "c1 28/40 = 70% exactly");
  const allTrainedElig = eligible.filter((p) => trRecs.some((t) => t.id === p.id)).length;
  assert(allTrainedElig === 30, "c1 30 if the September class counted");

  // ---------------- park enterprises: a renamed firm listed twice under one credit code
  const NAMES = ["肇庆市鼎湖区鼎优电子商务有限公司", "肇庆鼎湖山泉农产品网店", "肇庆市莲花香米电子商务商行", "肇庆市鼎湖区顺达快递服务部",
    "肇庆市鼎湖区云仓物流有限公司", "肇庆市沙浦桑果电子商务有限公司", "肇庆市鼎湖区乡村好物网络科技有限公司", "肇庆市凤凰竹笋网店",
    "肇庆市鼎湖区直播电商运营有限公司", "肇庆市永安腐竹电子商务商行", "肇庆市鼎湖区鼎湖山茶业网店", "肇庆市鼎湖区广利蔬果供应链有限公司",
    "肇庆市鼎湖区西江鱼干网店", "肇庆市鼎湖区邮政快递物流服务中心", "肇庆市鼎湖区砚乡文创网店", "肇庆市鼎湖区桂城电商代运营服务部",
    "肇庆市鼎湖区农村电商职业培训学校", "肇庆市鼎湖区坑口肉桂电子商务有限公司"];
  const TYPES = ["电商运营商", "销售型", "销售型", "物流企业", "物流企业", "销售型", "平台型", "销售型", "电商运营商", "销售型", "销售型", "平台型",
    "销售型", "物流企业", "销售型", "电商运营商", "培训机构", "销售型"];
  const ENT = NAMES.map((n, i) => ({ n, t: TYPES[i], en: randIsoBetween("2020-10-15", "2021-07-31"), code: creditCode(REGION) }));
  const renCode = creditCode(REGION);
  ENT.push({ n: "肇庆市鼎湖区农家乐网店", t: "销售型", en: "2020-11-06", code: renCode, note: "2021年4月更名为“肇庆市鼎湖区农家乐电子商务有限公司”" });
  ENT.push({ n: "肇庆市鼎湖区农家乐电子商务有限公司", t: "销售型", en: "2021-04-12", code: renCode, note: "原“肇庆市鼎湖区农家乐网店”更名" });
  ENT.push({ n: "肇庆市鼎湖区百花蜂蜜网店", t: "销售型", en: "2020-12-02", left: "2021-06-18", code: creditCode(REGION) });
  ENT.push({ n: "肇庆市鼎湖区裹蒸粽电子商务有限公司", t: "销售型", en: "2021-09-15", code: creditCode(REGION) });
  ENT.sort((a, b) => byIso(a.en, b.en));
  const eRows = [["鼎湖区电商产业园入驻企业清单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注"]];
  ENT.forEach((e, i) => eRows.push([i + 1, e.n, e.code, e.t, i % 2 ? cnDate(e.en) : D(e.en), e.left ? cnDate(e.left) : null, e.note || null]));
  const inPark = ENT.filter((e) => e.en <= CUT && !(e.left && e.left <= CUT));
  assert(inPark.length === 20 && new Set(inPark.map((e) => e.code)).size === 19, "c1 20 rows in the park, 19 distinct credit codes");
  assert(new Set(inPark.map((e) => e.t)).size >= 3, "c1 types");

  // ---------------- funds: 多栏式 (支出 with 其中 columns), income row, year totals
  const CATS = ["公共服务中心", "站点建设", "人才培训", "物流体系", "品牌及其他"];
  const PAY = [
    ["2020-07-14", "公共服务中心装修工程首期款", { 0: 1236000 }], ["2020-08-26", "村级电商服务站点建设（第一批）", { 1: 845600 }],
    ["2020-10-22", "电商人才培训服务费（第一期）", { 2: 286500 }], ["2020-11-30", "物流配送体系建设首期款", { 3: 1120000 }],
    ["2020-12-24", "中心设备采购及区域品牌设计", { 0: 612300, 4: 186000 }], ["2021-01-27", "公共服务中心运营服务费（2020年度）", { 0: 480000 }],
    ["2021-03-18", "村级电商服务站点建设（第二批）", { 1: 1032800 }], ["2021-04-29", "电商人才培训服务费（第二期）", { 2: 312450.5 }],
    ["2021-05-26", "物流配送体系建设进度款", { 3: 986000 }], ["2021-06-29", "农产品溯源系统建设首期款", { 4: 428700 }],
    ["2021-07-28", "村级站点建设（第三批）及物流打单设备", { 1: 756200, 3: 90000 }], ["2021-08-25", "冷链设备采购及“鼎湖优品”品牌推广", { 3: 1200000, 4: null }],
    ["2021-09-08", "公共服务中心运营服务费（2021年上半年）", { 0: 612000 }],
  ];
  const SPENT = 10386200;
  const before = sumYuan(PAY.slice(0, 12).flatMap((p) => Object.values(p[2]).filter((x) => x !== null)));
  PAY[11][2][4] = yuan2(SPENT - before);
  assert(PAY[11][2][4] > 500000 && PAY[11][2][4] < 900000, "c1 balancing payment " + PAY[11][2][4]);
  const payAmt = (p) => sumYuan(Object.values(p[2]));
  assert(sumYuan(PAY.slice(0, 12).map(payAmt)) === SPENT, "c1 spent by the cut-off");
  assert(SPENT * 100 < 70 * 15000000 && pct2(SPENT, 15000000) === "69.24%", "c1 69.24% < 70%");
  const ALL = sumYuan(PAY.map(payAmt));
  assert(ALL === 10998200 && pct1(ALL, 15000000) === "73.3%", "c1 with September: 1,099.82万元 = 73.3%");
  const fRows = [["鼎湖区省级电子商务进农村综合示范专项资金明细账"], ["单位：元"],
    ["日期", "凭证号", "摘要", "收入", "支出", "其中", null, null, null, null, "结余"],
    [null, null, null, null, null].concat(CATS, [null])];
  const fMerges = ["A1:K1", "A2:K2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:J3", "K3:K4"];
  let bal = 15000000;
  fRows.push([D("2020-06-30"), "记-06-018", "收到省级专项资金（粤财工〔2019〕××号）", 15000000, null, null, null, null, null, null, 15000000]);
  let yr = "2020";
  let ySum = [0, 0, 0, 0, 0];
  const yearRow = () => {
    fRows.push([null, null, `${yr}年合计`, yr === "2020" ? 15000000 : null, sumYuan(ySum), ...ySum.map((x) => (x ? yuan2(x) : null)), null]);
  };
  PAY.forEach(([iso, use, parts], i) => {
    if (iso.slice(0, 4) !== yr) {
      yearRow();
      yr = iso.slice(0, 4);
      ySum = [0, 0, 0, 0, 0];
    }
    const amt = sumYuan(Object.values(parts));
    bal = yuan2(bal - amt);
    const cols = [0, 1, 2, 3, 4].map((c) => (parts[c] ? parts[c] : null));
    cols.forEach((x, c) => (ySum[c] = yuan2(ySum[c] + (x || 0))));
    fRows.push([D(iso), `记-${iso.slice(5, 7)}-${String(rint(3, 40)).padStart(3, "0")}`, use, null, amt, ...cols, bal]);
  });
  yearRow();
  fRows.push([null, null, "累计", 15000000, ALL, null, null, null, null, null, bal]);
  assert(bal === 15000000 - ALL, "c1 balance");

  // ---------------- reports (dates with 星期), disclosures (newest first), media, materials
  const rRows = [["鼎湖区电子商务进农村综合示范工作月报报送登记"], ["序号", "报送日期", "报送内容", "报送对象", "是否含电商扶贫数据"]];
  const rMonths = monthsBetween("2020-07", "2021-08");
  rMonths.forEach((m, i) => {
    const nm = monthsBetween(m, "2021-12")[1];
    let iso = `${nm}-${String(rint(4, 12)).padStart(2, "0")}`;
    rRows.push([i + 1, wdDate(iso), `${cnMonth(m)}工作进展及电商统计数据`, "肇庆市商务局", m >= "2020-10" ? "是" : "否"]);
  });
  const rDates = rRows.slice(2).map((r) => r[1]);
  for (const w of WINDOW) assert(rDates.some((d) => d.startsWith(cnMonth(w))), "c1 report month " + w);
  const DIS = [];
  for (const m of monthsBetween("2020-06", "2021-09")) {
    DIS.push(`${m}-${String(rint(3, 14)).padStart(2, "0")}`);
    if (rnd() < 0.35) DIS.push(`${m}-${String(rint(18, 28)).padStart(2, "0")}`);
  }
  DIS.sort((a, b) => byIso(b, a));
  const dRows = [["区政府门户网站“电子商务进农村综合示范”专栏更新记录"], ["发布时间", "标题", "栏目"]];
  DIS.forEach((iso, i) => dRows.push([i % 2 ? iso : D(iso), i === DIS.length - 1 ? "鼎湖区电子商务进农村综合示范县创建工作方案" : `鼎湖区电子商务进农村综合示范项目建设进度（${cnMonth(isoAdd(iso, -20))}）`, i === DIS.length - 1 ? "创建方案" : "建设进度"]));
  for (const w of WINDOW) assert(DIS.some((d) => d.startsWith(w)), "c1 disclosure month " + w);
  const mdRows = [["鼎湖区电子商务进农村宣传报道情况"], ["序号", "报道日期", "媒体名称", "媒体级别", "报道形式", "标题", "备注"],
    [1, "2020.12.10", "鼎湖区融媒体中心", "区级", "电视", "我区首批村级电商服务站挂牌运营", null],
    [2, "2021.4.22", "南方日报", "省级", "报纸", "鼎湖：电商进村 山货出山", null],
    [3, "2021.6.15", "广东广播电视台珠江频道", "省级", "电视", "鼎湖脱贫户直播卖桑果", "电商扶贫典型案例"],
    [4, "2021.9.6", "西江日报", "市级", "报纸", "鼎湖电商产业园集聚效应初显", null],
    [5, "2021.9.12", "中央广播电视总台CCTV-17", "国家级", "电视", "三农群英汇：鼎湖山下的电商路", "电商扶贫典型案例"]];
  const matRows = [["经验材料报送记录"], ["序号", "报送时间", "材料名称", "报送单位"],
    [1, "2021.7.15", "鼎湖区“电商+特色农业”助农增收经验材料", "肇庆市商务局"],
    [2, "2021.8.9", "鼎湖区电商进农村工作情况汇报", "鼎湖区人民政府办公室"]];

  // ---------------- 自评表: one row per 评分标准 sub-item, 自评得分 merged down each indicator
  const F = [["肇庆市鼎湖区2019年省级电子商务进农村综合示范创建考评自评表"],
    ["填报单位：肇庆市鼎湖区商务局", null, null, "常住人口：17.63万人（第七次全国人口普查）", null, "考评截止日期：2021年8月31日", null, "填报日期：2021年9月15日"],
    ["工作任务", "评价指标", "权重", "评分标准（分项）", "分项分值", "分项自评", "自评得分", "完成情况及佐证材料"]];
  const FM = ["A1:H1", "A2:C2", "D2:E2", "F2:G2"];
  const claimed = {};
  // group: [工作任务, [[评价指标, 权重, [[id, [sub rows: [标准, 分值, 自评, 说明]]]...]]]]
  const block = (task, inds) => {
    const g0 = F.length + 1;
    for (const [ind, weight, parts] of inds) {
      const i0 = F.length + 1;
      for (const [id, subs] of parts) {
        const p0 = F.length + 1;
        let tot = 0;
        for (const [std, max, self, note] of subs) {
          F.push([task, ind, weight, std, max, self, null, note]);
          if (typeof self === "number") tot += self;
        }
        const p1 = F.length;
        if (id) {
          F[p0 - 1][6] = tot;
          claimed[id] = tot;
          if (p1 > p0) FM.push(`G${p0}:G${p1}`);
        }
      }
      const i1 = F.length;
      for (let r = i0 + 1; r <= i1; r++) {
        F[r - 1][1] = null;
        F[r - 1][2] = null;
      }
      if (i1 > i0) FM.push(`B${i0}:B${i1}`, `C${i0}:C${i1}`);
    }
    const g1 = F.length;
    for (let r = g0 + 1; r <= g1; r++) F[r - 1][0] = null;
    if (g1 > g0) FM.push(`A${g0}:A${g1}`);
  };
  block("加强组织领导与统筹协调（10分）", [
    ["组织领导", 2, [["org.leadership", [["由区政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）；由分管领导牵头（1分）", 2, 2,
      "成立鼎湖区电子商务进农村综合示范工作领导小组，区委副书记、区长任组长，常务副区长、分管副区长任副组长，成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局、区供销社（鼎府办函〔2019〕××号）"]]]]],
    ["方案制定", 2, [["org.plan", [["工作方案因地制宜，可操作性较强（1-2分）", "1-2", 2, "2019年11月正式印发《鼎湖区电子商务进农村综合示范县创建工作方案》"]]]]],
    ["政策支持", 2, [["org.policy", [["出台相关政策，且得到较好落实（1-2分）", "1-2", 1, "2020年5月出台《鼎湖区促进农村电子商务发展若干措施》，落实仍需加强"]]]]],
    ["项目管理", 4, [["org.management", [["建立项目管理制度，在建设、验收环节严格落实相关制度（1-2分）", "1-2", 2, "制定《项目管理办法》《项目验收办法》"],
      ["建立完整工作台账，详细记录项目建设情况（1-2分）", "1-2", 2, "建立站点、培训、资金等工作台账（见各台账表）"]]]]],
  ]);
  block("深入推动电子商务进农村工作（55分）", [
    ["服务体系建设", 25, [
      ["work.center", [
        ["建成县级电子商务公共服务中心（2分）", 2, 2, "区电子商务公共服务中心位于桂城街道，建筑面积1,350㎡，于2021年3月20日正式投入运营"],
        ["建成后已正常运行6个月（截至2021年8月31日）以上（2分）", 2, 2, "投入运营以来运行正常"],
        ["有免费培训场所、培训设备，能组织电商基础培训（2分）", 2, 2, "设培训教室（80座）、直播实训室，配电脑40台，免费开展电商基础培训"],
        ["为特色农产品提供免费展示、销售服务（1分）", 1, 1, "设农特产品展示展销区，免费展示销售鼎湖山泉、莲花香米、沙浦桑果等产品"],
        ["为电子商务市场主体提供免费摄影、美工服务（1分）", 1, 1, "设摄影棚，免费提供产品拍摄、美工设计服务"],
        ["组织农产品统一推广、指导特色农产品品牌建设（1分）", 1, 1, "打造“鼎湖优品”区域公共品牌，组织统一推广"],
        ["为电子商务发展提供其他衍生增值服务（1分）", 1, 1, "提供代运营、金融信贷对接、法律咨询等衍生增值服务"],
        ["建设或整合、优化当地电商产业园（2分）", 2, 2, "整合建成鼎湖区电商产业园（与服务中心同址）"],
        ["电商产业园企业入驻数量达20家及以上（2分）", 2, 2, "入驻企业21家（见入驻企业清单）"],
        ["电商产业园入驻企业含平台型电商企业、销售型企业、电商运营商或物流企业等至少三种以上类型（1分）", 1, 1, "含平台型、销售型、电商运营商、物流企业等类型"]]],
      ["work.coverage", [
        ["行政村覆盖率70%及以上（5分），50%-70%（不含）（2分）", 5, 5, "全区行政村74个，已建村级站点54个，覆盖率73.0%"],
        ["贫困村覆盖率100%（5分），80%-100%（不含）（3分）", 5, 5, "6个省定贫困村全部建有站点"]]]]],
    ["农村产品上行", 10, [["work.upward", [
      ["对当地农产品网络销售进行调研，并形成针对性建议（1-2分）", "1-2", 2, "委托第三方形成《鼎湖区农产品网络销售调研报告》"],
      ["开展农村产品网络促销活动成效明显（1-2分）", "1-2", 2, "举办“鼎湖好物”直播节等网络促销活动6场"],
      ["当地有专业第三方电子商务运营或服务商（1分）", 1, 1, "广东鼎优电子商务运营有限公司负责中心运营"],
      ["行政村物流快递覆盖率100%（1分）", 1, 1, "行政村物流快递覆盖率100%"],
      ["有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）", "1-2", 1, "溯源系统已上线，交易标准在制定中"],
      ["2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）", 2, 2,
        "农村网络零售额2019年6.82亿元、2020年8.57亿元，增长25.7%；农产品网络零售额2019年1.36亿元、2020年1.83亿元，增长34.6%"]]]]],
    ["电商人才培训", 20, [["work.training", [
      ["培训人次达常住人口1%及以上（10分），0.8%-1%（不含）（8分），0.6%-0.8%（不含）（6分）", 10, 10, "累计培训1,787人次，占常住人口1.01%"],
      ["建档立卡贫困人口培训率50%及以上（10分），40%-50%（不含）（8分），30%-40%（不含）（6分）", 10, 10,
        "有劳动能力的建档立卡贫困人口（不含外出务工）40人，参训28人，培训率70%"]]]]],
  ]);
  block("加强信息公开及报送（10分）", [
    ["信息公开", 4, [["info.disclosure", [
      ["在县政府网站设立公开专栏且内容全面（2分）", 2, 2, "在区政府门户网站开设“电子商务进农村综合示范”专栏，公示创建方案、项目基本信息及项目建设进度"],
      ["近一年内专栏内容能按月更新（2分），不定时更新（1分）", 2, 2, "按月更新（见专栏更新记录）"]]]]],
    ["数据上报", 6, [["info.reporting", [
      ["近一年能每月向市商务局报送工作情况（3分），不定时上报（1分）", 3, 3, "每月向肇庆市商务局报送月报"],
      ["能统计电商扶贫情况（3分）", 3, 3, "月报附电商扶贫统计数据"]]]]],
  ]);
  block("加强宣传推广（10分）", [
    ["案例总结", 2, [["promo.cases", [["向市商务局报送经验材料（2分）", 2, 2, "2021年7月向市商务局报送经验材料"]]]]],
    ["经验推广", 8, [["promo.media", [["省级及以上媒体进行宣传报道（4分）", 4, 4, "南方日报、广东广播电视台报道"],
      ["市级媒体进行宣传报道（3分）", 3, 3, "西江日报报道"], ["县级媒体进行宣传报道（1分）", 1, 1, "区融媒体中心报道"]]]]],
  ]);
  block("加强财政资金管理（15分）", [
    ["制度建立", 5, [["fund.system", [["建立科学有效的资金管理制度且得到有效落实（1-5分）", "1-5", 5, "制定《鼎湖区电子商务进农村综合示范专项资金管理办法》"]]]]],
    ["资金台账", 5, [["fund.ledger", [["项目承建方建立资金专用台账，账目完整，能清晰反映资金使用情况（1-5分）", "1-5", 4, "各承建单位建立资金专用台账"]]]]],
    ["资金支出", 5, [["fund.spending", [["资金支出率70%以上，且根据创建进度及时拨付（1-5分）；资金支出率低于70%倒扣5分", "1-5", 5,
      "省下达专项资金1500万元，截至2021年9月10日累计拨付1,099.82万元，支出率73.3%"]]]]],
  ]);
  block("加分项（4分）", [
    ["贫困人口培训率", null, [["bonus.poorTraining", [["建档立卡贫困人口培训率70%及以上（2分）", 2, 2, "培训率70%"]]]]],
    ["电视播报", null, [["bonus.tvCase", [["电商扶贫典型案例获国家级电视媒体播报（2分），省级（1分）（不累加）", 2, 2, "CCTV-17《三农群英汇》播报我区电商扶贫典型案例"]]]]],
  ]);
  block("一票否决项", [
    ["一票否决", null, [[null, [["发生安全生产、质量事故，或者造成重大经济损失和社会不良影响", "—", "—", "无"],
      ["项目建设进度严重滞后，总体进度不足40%", "—", "—", "项目总体进度86%"], ["弄虚作假", "—", "—", "无"]]]]],
  ]);
  const ctot = sum(Object.values(claimed));
  F.push(["合计", null, null, null, null, null, ctot, "其中加分项4分"]);
  FM.push(`A${F.length}:F${F.length}`);
  assert(ctot === 101 && claimed["work.center"] === 15 && claimed["work.upward"] === 9, "c1 claimed 101 " + ctot);
  assert(pct1(857 - 682, 682) === "25.7%" && pct1(183 - 136, 136) === "34.6%", "c1 growth");

  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 2,
    "work.center": 2 + 0 + 2 + 1 + 1 + 1 + 1 + 2 + 0 + 1, "work.coverage": 5 + 3, "work.upward": 2 + 2 + 1 + 0 + 1 + 2,
    "work.training": 8 + 10, "info.disclosure": 0 + 2, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 1,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": -5, "bonus.poorTraining": 2, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  const total = scored + bonus;
  assert(scored === 73 && bonus === 3 && total === 76, "c1 total " + scored + "/" + total);
  const derivation = [
    "org.leadership: 自评表“组织领导”说明：区委副书记、区长任组长（主要领导；常务副区长、分管副区长只是副组长），成员单位含区商务局、区财政局、区农业农村局、区乡村振兴局 → 2",
    "org.plan: 方案已正式印发，分项自评2（1-2）→ 2",
    "org.policy: 已出台措施，分项自评1 → 1",
    "org.management: 项目管理制度分项自评2 + 工作台账分项自评2 → 4",
    `work.center: 说明写中心“于2021年3月20日正式投入运营” ≤ 截止日 → 2；但晚于2021-02-28，截至8月31日运行不足6个月 → 0（自评2分不成立）；免费培训 → 2；免费展示销售 → 1；免费摄影美工 → 1；品牌推广 → 1；其他增值服务 → 1；产业园已建成 → 2；入驻企业清单${ENT.length}行：“肇庆市鼎湖区百花蜂蜜网店”2021年6月18日退出、“肇庆市鼎湖区裹蒸粽电子商务有限公司”2021年9月15日入驻，截止日在园20行，其中“农家乐网店”与更名后的“农家乐电子商务有限公司”统一社会信用代码相同，是同一家，按代码去重19家 < 20 → 0（自评“21家”2分不成立）；类型销售型、平台型、电商运营商、物流企业、培训机构 ≥ 3 → 1；合计11`,
    `work.coverage: 村（社区）名单分上下两表，上表“一、行政村”74个，下表“二、社区”22个不算；站点台账${ST.length}行，“核实后建站时间”有值的以其为准：${movedIn[0]}、${movedIn[1]}原填2021年9月、核实后为8月，算覆盖；${poorOut}（省定贫困村）原填2021.8.16、核实后2021.9.3，不算；${late[0]}、${late[1]}9月建站不算；两村各有第二个服务点只算一次；${comms[4]}是社区站点、永安镇电子商务服务站是镇级站（村栏“—”）都不算；截止日前有站点的行政村52个，52/74 = 70.3% ≥ 70% → 5（只看“建站时间”则为51个、68.9%，只得2）；省定贫困村6个中5个有站点，5/6 = 83.3% → 3；合计8（自评10）`,
    `work.upward: 网销调研分项自评2 → 2；网络促销2 → 2；第三方运营服务商（广东鼎优电子商务运营有限公司）→ 1；村名单有“快递进村”列，${expressNo}为“否”（快递未进村），名单说了算 → 0（说明写100%，与名单不符，应提示）；交易标准与冷链溯源分项自评1 → 1；农村网络零售额6.82→8.57亿元增25.7% < 30%，农产品1.36→1.83亿元增34.6% ≥ 30% → 2；合计8（自评9）`,
    `work.training: 签到台账每行一名学员，每期的期次、培训日期、培训内容是向下合并的单元格（只在本期第一行有值），“本期小计”“合计”行不是学员；第10期日期是“${dotDate(isoAdd(SES[9].iso, -2))}-${Number(SES[9].iso.slice(5, 7))}.${Number(SES[9].iso.slice(8))}”按结束日；截止日前24期共1,702人次，第25期2021年9月7日85人不算；常住人口17.63万 = 176,300，1,702/176,300 = 0.965%，在0.8%—1%之间 → 8（连9月一期1,787人次为1.01%才是自评的10分）；贫困人口表56人，劳动能力“有”打✓且务工情况“在家”打✓的40人；截止日前签到台账中按身份证号匹配到其中28人（4人参训两次只算一次，外出务工3人、无劳动能力1人不算，另2人只参加9月一期不算）；28/40 = 70.0% ≥ 50% → 10；合计18`,
    "info.disclosure: 专栏说明只列创建方案、项目基本信息、项目建设进度，未说明设立征求意见或监督举报窗口 → 内容不全 0（自评2不成立）；专栏更新记录（新的在上）2020年9月—2021年8月每月都有发布 → 按月 2；合计2",
    "info.reporting: 月报报送登记（报送日期带星期）2020年9月—2021年8月每个月都有报送 → 3；“是否含电商扶贫数据”有“是” → 3；合计6",
    "promo.cases: 2021.7.15向肇庆市商务局报送经验材料 → 2（2021.8.9那份报区政府办，不是市商务局）",
    "promo.media: 截止日前：南方日报、广东广播电视台珠江频道（省级）→ 4；鼎湖区融媒体中心（区级即县级）→ 1；西江日报（市级）2021.9.6、CCTV-17 2021.9.12在截止日后；合计5（自评8）",
    "fund.system: 分项自评5 → 5",
    "fund.ledger: 分项自评4 → 4",
    `fund.spending: 多栏式明细账，“支出”列是拨付额，“其中”五列是同一笔的分项（不能再加），“收入”是下达资金，“年合计”“累计”行不是拨付；截止日前12笔支出合计${fmtMoney(SPENT)}元，2021-09-08一笔612,000元在截止日后；下达1500万元，10,386,200/15,000,000 = 69.24% < 70% → 倒扣 −5（自评说明“1,099.82万元、73.3%”含9月那笔）`,
    "bonus.poorTraining: 28/40 = 70.0% ≥ 70%（恰好等于）→ 2",
    "bonus.tvCase: 截止日前2021.6.15广东广播电视台珠江频道播报电商扶贫典型案例（省级电视）→ 1；CCTV-17一条2021.9.12在截止日后不算（自评2）",
    "veto.incident: 说明“无” → 不否决",
    "veto.progress: 项目总体进度86% ≥ 40% → 不否决",
    "veto.fraud: 说明“无” → 不否决",
  ];
  return {
    description:
      "肇庆鼎湖区商务局整本工作簿。“自评表”是官方指标表拆成一行一个评分标准分项（分项分值|分项自评），各指标的自评得分向下合并，常住人口和考评截止日期写在表头“标签：值”单元格里，事实只写在“完成情况及佐证材料”文字里（区长任组长；中心2021年3月20日投入运营，不足6个月；专栏未提监督举报窗口），自评合计101分。村（社区）名单是上下两张表（行政村74个、社区22个），快递进村有一个“否”。站点台账有“核实后建站时间”更正列（以核实时间为准：两村由9月改为8月、一个贫困村由8月改为9月），另有镇级站、社区站、同村第二站、9月建站。培训签到台账一行一名学员，期次/日期/内容向下合并，有本期小计行，一期是日期范围，9月一期不算；贫困人口表两行表头下“有|无”“外出务工|在家”打✓。产业园企业有一家更名后重复登记（同一信用代码）。资金明细账是多栏式（支出 + 其中五列分项 + 收入 + 年合计），截止日前支出率69.24%倒扣5分。月报报送日期带星期，专栏更新记录倒序。",
    sheets: [
      { name: "自评表", rows: F, merges: FM },
      { name: "村（社区）名单", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: ["A1:I1", "A2:I2", `A${sRows.length}:I${sRows.length}`] },
      { name: "培训签到台账", rows: tRows, merges: tMerges },
      { name: "贫困人口", rows: pRows, merges: pMerges.concat([`A${pRows.length}:J${pRows.length}`]) },
      { name: "入驻企业清单", rows: eRows, merges: ["A1:G1"] },
      { name: "资金明细账", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: rRows, merges: ["A1:E1"] },
      { name: "专栏更新记录", rows: dRows, merges: ["A1:C1"] },
      { name: "宣传报道", rows: mdRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 佛山高明区: a Word 自评报告 pasted into column A; facts in running prose, distractor numbers, page-number rows.
// =====================================================================================================
function buildF1() {
  const P = [];
  const para = (t) => P.push([t]);
  const page = (n) => P.push([`— ${n} —`]);
  para("高明区电子商务进农村综合示范创建自评报告");
  para("高明区商务局");
  para("（2021年9月）");
  para("根据《广东省商务厅关于开展2019年省级电子商务进农村综合示范创建考评工作的通知》（粤商务电函〔2021〕101号）要求，我区对照考评指标体系逐项开展了自评，本次自评截止时间为2021年8月31日。现将有关情况报告如下：");
  para("一、基本情况");
  para("高明区位于佛山市西部，总面积938平方公里，下辖荷城街道和杨和镇、明城镇、更合镇，共有行政村75个、社区居委会29个，户籍人口30.2万人，常住人口47.35万人（第七次全国人口普查数）。2020年全区地区生产总值1,012.6亿元，电子商务交易额126.3亿元。我区无省定贫困村，全区现有相对贫困户412户1,036人，均已纳入建档立卡管理。");
  para("二、组织领导与方案政策");
  para("（一）加强组织领导。成立了由区委副书记、区长任组长，分管副区长任常务副组长，区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局、区邮政分公司为成员单位的高明区电子商务进农村综合示范工作领导小组，领导小组办公室设在区商务局，共召开领导小组会议6次。");
  para("（二）科学制定方案。2019年10月，我区正式印发了《高明区电子商务进农村综合示范县创建工作方案》（明府办〔2019〕××号），明确了建设目标、建设内容和责任分工。");
  page(1);
  para("（三）出台扶持政策。2020年4月，出台了《高明区促进农村电子商务发展扶持办法》，在资金、场地、人才等方面给予支持，已兑现扶持资金86万元。");
  para("（四）规范项目管理。制定了《高明区电子商务进农村综合示范项目管理办法》，建立了项目建设工作台账，项目建设、验收均按制度执行。");
  para("三、服务体系建设");
  para("2020年10月，区电子商务公共服务中心完成装修；2020年12月28日，中心正式投入运营。中心设有培训教室、直播间和产品展示厅，免费为企业和农户开展电商基础培训，免费展示、销售我区特色农产品，");
  para("组织“高明农品”区域公共品牌统一推广，并提供代运营、融资对接、商标注册等衍生增值服务。摄影美工服务正在筹备，暂未提供。");
  para("我区整合建成了高明区电商产业园，目前入驻企业23家；引入广东明城数字电商运营有限公司作为专业第三方运营服务商。全区共建成村级电商服务站点61个，覆盖行政村58个。");
  para("四、农村产品上行");
  para("全区行政村物流快递覆盖率100%。2020年全区农村网络零售额38.6亿元，较2019年的31.8亿元增长21.4%；农产品网络零售额6.2亿元，同比增长33.8%。");
  page(2);
  para("五、电商人才培训");
  para("按照培训覆盖常住人口1%的要求，我区目标培训4,735人次。截至目前，累计开展培训56期，培训5,012人次。有劳动能力的建档立卡相对贫困人口（不含外出务工人员）238人，已参加电商培训167人，培训率70.2%。");
  para("六、信息公开与数据报送");
  para("在区政府门户网站开设了“电子商务进农村综合示范”专栏，公开了创建方案、项目基本信息和项目建设进度，但尚未设立征求意见或监督举报窗口。每月向佛山市商务局报送工作进展及电商统计数据，并统计电商扶贫情况。");
  para("七、资金管理使用");
  para("省级财政下达我区专项资金1500万元，区财政另安排配套资金300万元（不纳入本次考评）。制定了《高明区电子商务进农村综合示范专项资金管理办法》，项目承建单位均建立了资金专用台账。截至2021年8月31日，累计拨付省级专项资金1,182.36万元，资金支出率78.8%，具体如下表：");
  para("表1　省级专项资金拨付情况");
  const T = [["公共服务中心建设及运营", 356.8], ["村级服务站点建设", 241.5], ["电商人才培训", 128.36], ["物流配送体系建设", 305.2], ["品牌推广及溯源系统", 150.5]];
  const t0 = P.length + 1;
  P.push(["项目", "拨付金额（万元）"]);
  for (const [a, b] of T) P.push([a, b]);
  const tsum = Math.round(sum(T.map((t) => t[1] * 100))) / 100;
  P.push(["合计", "1,182.36"]);
  assert(tsum === 1182.36, "f1 table sums to 1182.36 " + tsum);
  assert(pct1(11823600, 15000000) === "78.8%", "f1 78.8%");
  para("项目总体进度达90%，未出现建设进度严重滞后情况。");
  page(3);
  para("八、其他情况");
  para("创建期间，我区未发生安全生产、质量事故，未造成重大经济损失和社会不良影响，不存在弄虚作假行为。");
  para("九、自评情况");
  para("对需评判的事项，我区自评如下：方案制定2分，政策支持1分，项目管理制度2分，工作台账2分，网销调研1分，网络促销活动2分，交易标准与冷链溯源1分，资金管理制度5分，资金台账4分，资金及时拨付4分。");
  para("高明区商务局");
  para("2021年9月8日");
  page(4);
  assert(pct1(386 - 318, 318) === "21.4%" && pct1(167, 238) === "70.2%" && 473500 / 100 === 4735, "f1 prose numbers agree");
  return {
    description:
      "佛山高明区商务局的自评报告（Word）整篇粘贴进Excel：每段一个单元格都在A列，段落里写数字（常住人口47.35万人、行政村75个、无省定贫困村、2020年12月28日中心投入运营、38.6亿元/31.8亿元/增长21.4%、农产品6.2亿元/同比增长33.8%、培训5,012人次、238人/167人、1500万元、1,182.36万元、项目总体进度90%），夹着不要读的数：户籍人口30.2万、目标培训4,735人次、区级配套资金300万元（注明不纳入考评）、2020年10月完成装修、电商交易额、入驻企业23家、站点61个、支出率78.8%；有“— 1 —”式页码行，一段话断成两个单元格，资金拨付表粘贴成A|B两列。组长“区委副书记、区长”（常务副组长是副区长），成员单位含商务、财政、农业农村、乡村振兴；摄影美工“暂未提供”（否）；未设征求意见或监督举报窗口（否）；评判项在“九、自评情况”一段里。",
    sheets: [{ name: "自评报告", rows: P }],
    expect: {
      facts: {
        county: "高明区", asOf: "2021-08-31", residentPopulation: 473500, adminVillagesStated: 75, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 3180000000, ruralRetail2020: 3860000000, agriRetail2020: 620000000,
        ruralRetailGrowthStated: 0.214, agriRetailGrowthStated: 0.338, trainingPersonTimesStated: 5012,
        eligiblePoorPersonsStated: 238, trainedPoorPersonsStated: 167,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 11823600, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 湛江麻章区: a city-bureau 摸底表 returned for correction, values corrected in place in three styles.
// =====================================================================================================
function buildF2() {
  const rows = [["麻章区电子商务进农村综合示范创建情况摸底表（修改稿）"],
    ["说明：根据市商务局9月3日审核意见修改。修改处写作“原值→新值”“新值（原填原值）”或“原：原值；改：新值”，以修改后的数为准。"],
    ["序号", "项目", "单位", "填报数", "备注"]];
  const R = (no, label, unit, val, note) => rows.push([no, label, unit, val, note || null]);
  R(1, "县（市、区）", "—", "麻章区");
  R(2, "考评截止日期", "—", "2021.8.31");
  R(3, "常住人口", "万人", "47.12→49.06", "按第七次全国人口普查数更正");
  R(4, "行政村数", "个", "87（原填89）", "原数误含2个社区");
  R(5, "省定贫困村数", "个", 6);
  R(6, "领导小组组长", "—", "常务副区长（原填区长）", "按领导小组文件（麻府办〔2019〕××号）更正");
  R(7, "成员单位", "—", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局");
  R(8, "示范县工作方案已正式印发", "是/否", "√");
  R(9, "已出台支持农村电商发展的政策", "是/否", "原：×；改：√", "《麻章区农村电商扶持办法》2021年6月印发");
  R(10, "公共服务中心投入运营日期", "年月日", "2020.12.15→2021.1.8", "原填为揭牌日期");
  R(11, "有免费培训场所、培训设备", "是/否", "√");
  R(12, "免费展示、销售特色农产品", "是/否", "√");
  R(13, "免费摄影、美工服务", "是/否", "×");
  R(14, "统一推广、指导品牌建设", "是/否", "√");
  R(15, "其他衍生增值服务", "是/否", "×→√", "补充代运营、仓储服务");
  R(16, "建设或整合电商产业园", "是/否", "√");
  R(17, "专业第三方电商运营或服务商", "是/否", "√");
  R(18, "行政村物流快递覆盖率", "%", "96.6→100", "邮政“村村通”项目8月完成");
  R(19, "2019年农村网络零售额", "亿元", 21.36);
  R(20, "2020年农村网络零售额", "亿元", "26.85→27.95", "按省商务厅反馈数更正");
  R(21, "2019年农产品网络零售额", "亿元", 3.12);
  R(22, "2020年农产品网络零售额", "亿元", 3.86);
  R(23, "累计培训人次", "人次", "5,216");
  R(24, "有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "1,538（原填1,862）", "原数未扣除外出务工人员");
  R(25, "参加培训的建档立卡贫困人口", "人", 803);
  R(26, "专栏公示创建方案", "是/否", "√");
  R(27, "专栏公示项目基本信息", "是/否", "√");
  R(28, "专栏公示项目建设进度", "是/否", "√");
  R(29, "专栏设立征求意见或监督举报窗口", "是/否", "×→√", "已增设监督举报信箱");
  R(30, "能否统计电商扶贫情况", "能/否", "能");
  R(31, "下达资金总额", "万元", 1500);
  R(32, "累计拨付资金", "万元", "原：1,023.50；改：1,086.40", "截至8月31日");
  R(33, "已制定资金管理制度", "是/否", "√");
  R(34, "已建立资金专用台账", "是/否", "√");
  R(35, "项目总体进度", "%", "85（原填78）");
  R(36, "发生安全生产、质量事故或重大损失", "有/无", "无");
  R(37, "存在弄虚作假", "有/无", "无");
  rows.push([]);
  const j0 = rows.length + 1;
  rows.push(["评判项自评"]);
  rows.push(["序号", "评判项", "分值", "自评分", "备注"]);
  const J = [["方案制定", "1-2", 2], ["政策支持", "1-2", "0→1", "政策已出台"], ["项目管理制度", "1-2", 2], ["工作台账", "1-2", "2→1", "台账不完整，按市局意见调低"],
    ["网销调研", "1-2", 1], ["网络促销活动", "1-2", 2], ["交易标准与冷链溯源", "1-2", null, "待定"], ["资金管理制度", "1-5", 4],
    ["资金台账", "1-5", "5（原填4）"], ["资金及时拨付", "1-5", 4]];
  J.forEach((j, i) => rows.push([i + 1, j[0], j[1], j[2], j[3] || null]));
  rows.push(["填表人：陈××　　审核：李××　　2021年9月6日"]);
  assert(pct1(2795 - 2136, 2136) === "30.9%" && pct1(2685 - 2136, 2136) === "25.7%", "f2 the correction lifts rural growth over 30%");
  assert(pct1(803, 1538) === "52.2%" && pct1(803, 1862) === "43.1%", "f2 the correction changes the poor training band");
  return {
    description:
      "湛江麻章区商务局的“摸底表（修改稿）”：序号|项目|单位|填报数|备注，按市商务局审核意见在原单元格里改数，三种写法并存：“47.12→49.06”“87（原填89）”“原：1,023.50；改：1,086.40”，都以修改后的数为准（常住人口49.06万、行政村87、中心运营2021.1.8、政策由×改√、其他增值服务×→√、快递覆盖率96.6→100、2020年农村网络零售额26.85→27.95亿元、贫困人口1,538、监督举报窗口×→√、拨付1,086.40万元、进度85%）；是否项用√/×，单位在“单位”列（万人、亿元、万元、%）。组长“常务副区长（原填区长）”是分管领导。下方“评判项自评”也有修改（政策支持0→1、工作台账2→1、资金台账5（原填4）），交易标准与冷链溯源空着（未作答）。",
    sheets: [{ name: "摸底表", rows, merges: ["A1:E1", "A2:E2", `A${j0}:E${j0}`, `A${rows.length}:E${rows.length}`] }],
    expect: {
      facts: {
        county: "麻章区", asOf: "2021-08-31", residentPopulation: 490600, adminVillagesStated: 87, poorVillagesStated: 6,
        planIssued: true, policyIssued: true, centerOpened: "2021-01-08", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 2136000000, ruralRetail2020: 2795000000, agriRetail2019: 312000000, agriRetail2020: 386000000,
        trainingPersonTimesStated: 5216, eligiblePoorPersonsStated: 1538, trainedPoorPersonsStated: 803,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 10864000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.85,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 1,
        "work.upward.promotion": 2, "fund.system": 4, "fund.ledger": 5, "fund.spending": 4,
      },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f3 — 江门新会区: an export from the provincial 考评填报系统 (codes, 1-是/0-否, ¥ in 元, timestamps, "--").
// =====================================================================================================
function buildF3() {
  const rows = [["广东省电子商务进农村综合示范考评填报系统——填报数据导出"],
    ["任务名称：2019年省级电子商务进农村综合示范创建考评"],
    ["填报单位：新会区商务局　　填报状态：已提交（待市级审核）　　导出时间：2021-09-09 15:32:07"],
    ["序号", "指标编码", "一级指标", "数据项", "计量单位", "填报值", "佐证材料", "审核状态", "审核意见"]];
  let n = 0;
  const R = (code, grp, item, unit, val, att, st, op) => rows.push([++n, code, grp, item, unit, val, att || "--", st || "已填报", op || null]);
  const Y = "1-是";
  const N0 = "0-否";
  R("JC-01", "基本情况", "县（市、区）名称", "--", "新会区");
  R("JC-02", "基本情况", "考评截止日期", "日期", "2021-08-31 00:00:00");
  R("JC-03", "基本情况", "常住人口", "人", "859,700", "附件(1)");
  R("JC-04", "基本情况", "行政村数", "个", "211", "附件(1)");
  R("JC-05", "基本情况", "省定贫困村数", "个", "3", "附件(1)");
  R("ZZ-01", "组织领导", "牵头领导职务", "--", "区长", "附件(2)");
  R("ZZ-02", "组织领导", "参与部门（多个用分号隔开）", "--", "商务;财政;农业农村;交通运输;市场监管", "附件(2)");
  R("ZZ-03", "方案制定", "示范县工作方案是否正式印发", "代码", Y, "附件(1)");
  R("ZZ-04", "方案制定", "自评分（1-2分）", "分", "2");
  R("ZZ-05", "政策支持", "是否出台支持农村电商发展的政策", "代码", Y, "附件(3)");
  R("ZZ-06", "政策支持", "自评分（1-2分）", "分", "1");
  R("ZZ-07", "项目管理", "项目管理制度自评分（1-2分）", "分", "2", "附件(2)");
  R("ZZ-08", "项目管理", "工作台账自评分（1-2分）", "分", "2", "附件(5)");
  R("FW-01", "服务体系建设", "县级公共服务中心投入运营日期", "日期", "2020-09-28 00:00:00", "附件(4)");
  R("FW-02", "服务体系建设", "有免费培训场所、培训设备", "代码", Y);
  R("FW-03", "服务体系建设", "为特色农产品提供免费展示、销售服务", "代码", Y);
  R("FW-04", "服务体系建设", "提供免费摄影、美工服务", "代码", Y);
  R("FW-05", "服务体系建设", "组织农产品统一推广、指导品牌建设", "代码", Y);
  R("FW-06", "服务体系建设", "提供其他衍生增值服务", "代码", N0);
  R("FW-07", "服务体系建设", "建设或整合、优化当地电商产业园", "代码", Y, "附件(2)");
  R("FW-08", "服务体系建设", "电商产业园入驻企业数", "家", "26", "附件(1)");
  R("FW-09", "服务体系建设", "村级电商服务站点数", "个", "168", "附件(1)");
  R("SX-01", "农村产品上行", "网销调研自评分（1-2分）", "分", "2", "附件(1)");
  R("SX-02", "农村产品上行", "网络促销活动自评分（1-2分）", "分", "--", "--", "待补充", "请补充自评分及活动总结");
  R("SX-03", "农村产品上行", "有专业第三方电子商务运营或服务商", "代码", Y, "附件(1)");
  R("SX-04", "农村产品上行", "行政村物流快递覆盖率", "%", "100.00", "附件(1)");
  R("SX-05", "农村产品上行", "交易标准与冷链溯源自评分（1-2分）", "分", "1");
  R("SX-06", "农村产品上行", "2019年农村网络零售额", "元", "¥3,862,450,000.00");
  R("SX-07", "农村产品上行", "2020年农村网络零售额", "元", "¥4,418,300,000.00");
  R("SX-08", "农村产品上行", "2020年农村网络零售额同比增速", "%", "--");
  R("SX-09", "农村产品上行", "2019年农产品网络零售额", "元", "¥526,800,000.00");
  R("SX-10", "农村产品上行", "2020年农产品网络零售额", "元", "¥702,600,000.00");
  R("SX-11", "农村产品上行", "2020年农产品网络零售额同比增速", "%", "33.37", "--", "已填报", "与省厅反馈数一致");
  R("PX-01", "电商人才培训", "培训人次", "人次", "5,318", "附件(12)");
  R("PX-02", "电商人才培训", "有劳动能力的建档立卡贫困人口数（不含外出务工）", "人", "684", "附件(1)");
  R("PX-03", "电商人才培训", "参加培训的建档立卡贫困人口数", "人", "301", "附件(3)");
  R("XX-01", "信息公开", "专栏公示创建方案", "代码", Y, "附件(1)");
  R("XX-02", "信息公开", "专栏公示项目基本信息", "代码", Y);
  R("XX-03", "信息公开", "专栏公示项目建设进度", "代码", N0, "--", "已填报", "建设进度未按月公示");
  R("XX-04", "信息公开", "设立征求意见或监督举报窗口", "代码", Y);
  R("SB-01", "数据上报", "能统计电商扶贫情况", "代码", Y, "附件(2)");
  R("ZJ-01", "财政资金管理", "下达资金总额", "元", "¥15,000,000.00", "附件(1)");
  R("ZJ-02", "财政资金管理", "累计拨付资金", "元", "¥12,406,385.20", "附件(9)");
  R("ZJ-03", "财政资金管理", "已制定资金管理制度", "代码", Y, "附件(1)");
  R("ZJ-04", "财政资金管理", "资金管理制度自评分（1-5分）", "分", "4");
  R("ZJ-05", "财政资金管理", "已建立资金专用台账", "代码", Y);
  R("ZJ-06", "财政资金管理", "资金台账自评分（1-5分）", "分", "4");
  R("ZJ-07", "财政资金管理", "资金及时拨付自评分（1-5分）", "分", "5");
  R("ZJ-08", "财政资金管理", "项目总体进度", "%", "92.50");
  R("FJ-01", "一票否决", "发生安全生产、质量事故或重大经济损失", "代码", N0);
  R("FJ-02", "一票否决", "存在弄虚作假", "代码", N0);
  rows.push(["共51条记录"]);
  assert(n === 51, "f3 51 rows " + n);
  assert(pct2(7026 - 5268, 5268) === "33.37%", "f3 33.37%");
  assert(pct1(301, 684) === "44.0%" && pct1(12406385.2, 15000000) === "82.7%", "f3 derived");
  return {
    description:
      "江门新会区在省“考评填报系统”里填的数据导出表：表头上三行是系统信息（任务名称、填报单位、导出时间——不是截止日期），序号|指标编码|一级指标|数据项|计量单位|填报值|佐证材料|审核状态|审核意见；是否项是代码加文字“1-是”“0-否”，日期带时间“2021-08-31 00:00:00”，金额单位元、写成“¥15,000,000.00”，百分比单位在“计量单位”列（“100.00”“33.37”“92.50”），未填的是“--”（网络促销自评分待补充、农村网络零售额增速），部门用分号隔开且没有扶贫/乡村振兴（区长牵头→主要领导但部门不全）；入驻企业数、村级站点数不是考评输入；审核意见是市级审核人的话，不是值。",
    sheets: [{ name: "导出数据", rows, merges: ["A1:I1", "A2:I2", "A3:I3", `A${rows.length}:I${rows.length}`] }],
    expect: {
      facts: {
        county: "新会区", asOf: "2021-08-31", residentPopulation: 859700, adminVillagesStated: 211, poorVillagesStated: 3,
        planIssued: true, policyIssued: true, centerOpened: "2020-09-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 3862450000, ruralRetail2020: 4418300000, agriRetail2019: 526800000, agriRetail2020: 702600000,
        agriRetailGrowthStated: 0.3337, trainingPersonTimesStated: 5318, eligiblePoorPersonsStated: 684, trainedPoorPersonsStated: 301,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: false, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 12406385.2, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.925,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 5,
      },
      leadership: "principal",
    },
  };
}

// =====================================================================================================
// l1 — 惠州惠阳区: a cover, villages under town header rows, two-up sign-in blocks, a combined labour/migrant column, a hidden 字典.
// =====================================================================================================
function buildL1() {
  const REGION = "441303";
  const TD = [["淡水街道", 4, 6], ["秋长街道", 6, 2], ["沙田镇", 7, 1], ["新圩镇", 8, 1], ["镇隆镇", 7, 1], ["永湖镇", 6, 1], ["良井镇", 6, 1], ["平潭镇", 5, 1]];
  const namer = villageNamer("大小新东西南北上下黄白石山云青高罗金竹松良合双丰长安水河塘马沙龙凤", [
    "坑", "塘", "岗", "田", "湾", "头", "围", "洞", "坳", "坜", "排", "岭", "布", "径", "背", "湖", "墩", "圳"]);
  const newName = noDupNamer(namer, TD.map(([t]) => t.slice(0, 2)));
  const vRows = [["惠阳区村（居）委会名录"], ["序号", "村（居）委会名称", "类别", "省定贫困村", "快递服务"]];
  const vMerges = ["A1:E1"];
  const vRecs = [];
  const villagesOfTown = {};
  let no = 0;
  let vi = 0;
  for (const [town, nv, nc] of TD) {
    vRows.push([`${town}（行政村${nv}个、社区${nc}个）`]);
    vMerges.push(`A${vRows.length}:E${vRows.length}`);
    villagesOfTown[town] = [];
    for (let i = 0; i < nc; i++) {
      const c = newName().replace(/村$/, "社区");
      vRows.push([++no, c + "居民委员会", "居委会", null, "已通"]);
      vRecs.push({ name: c, admin: false, poor: null, express: true });
    }
    for (let i = 0; i < nv; i++) {
      const v = newName();
      const poor = vi % 9 === 4;
      const exp = vi !== 31;
      vRows.push([++no, v + "民委员会", "村委会", poor ? "是" : "否", exp ? "已通" : "未通"]);
      vRecs.push({ name: v, admin: true, poor, express: exp });
      villagesOfTown[town].push(v);
      vi++;
    }
  }
  const nAdmin = vRecs.filter((r) => r.admin).length;
  const nComm = vRecs.length - nAdmin;
  vRows.push([`合计：行政村${nAdmin}个，社区${nComm}个，其中省定贫困村${vRecs.filter((r) => r.poor).length}个。`]);
  vMerges.push(`A${vRows.length}:E${vRows.length}`);
  assert(nAdmin === 49 && nComm === 14 && vRecs.some((r) => r.express === false), "l1 49 villages, 14 communities");

  // ---------------- poor persons: labour and migrant status in one column
  const STATUS = [
    ["有劳动能力，在家务农", true, false], ["有劳动能力，外出务工（深圳）", true, true], ["有劳动能力，在家务农", true, false],
    ["无劳动能力", false, null], ["有劳动能力，外出务工（东莞）", true, true], ["有劳动能力，在家照顾老人", true, false],
    ["丧失劳动能力（残疾）", false, null], ["有劳动能力，在家务农", true, false], ["有劳动能力，外出务工", true, true],
    ["有劳动能力，在家务农", true, false]];
  const poorVills = vRecs.filter((r) => r.poor).map((r) => r.name);
  const townOfV = {};
  for (const t of Object.keys(villagesOfTown)) for (const v of villagesOfTown[t]) townOfV[v] = t;
  const pRows = [["惠阳区建档立卡贫困人口名单"], ["序号", "镇（街道）", "村", "姓名", "性别", "身份证号", "劳动力及务工状况", "备注"]];
  const pRecs = [];
  const poorPeople = [];
  for (let i = 0; i < 30; i++) {
    let [st, labour, migrant] = STATUS[(i * 3) % STATUS.length];
    if (i === 17) [st, labour, migrant] = ["有劳动能力", true, null];
    const male = rnd() < 0.5;
    const id = makeId(REGION, birthBetween(1958, 2000), male, i === 5 ? true : undefined);
    const v = poorVills[i % poorVills.length];
    const name = personName();
    pRows.push([i + 1, townOfV[v], v, name, male ? "男" : "女", id, st, i === 17 ? "务工情况待核实" : null]);
    pRecs.push({ id, labour, migrant });
    poorPeople.push({ id, name });
  }
  assert(pRecs.filter((p) => p.migrant === null).length >= 2 && pRecs.some((p) => p.labour && p.migrant === null), "l1 unstated migrant status");

  // ---------------- sign-in sheets printed two-up, stacked session blocks
  const SES = [
    { iso: "2020-11-20", when: "2020年11月20日（星期五）", where: "秋长街道文化站", what: "农村电商基础知识", n: 23 },
    { iso: "2021-03-12", when: "2021.3.12", where: "区电子商务公共服务中心", what: "短视频与直播带货", n: 26 },
    { iso: "2021-06-18", when: "2021年6月17日—18日", where: "良井镇政府会议室", what: "农产品网店运营（两天）", n: 19 },
    { iso: "2021-09-01", when: "2021年8月30日—9月1日", where: "区电子商务公共服务中心", what: "电商扶贫专题培训班（三天）", n: 21 },
  ];
  assert(weekday("2020-11-20") === "五", "l1 weekday");
  const tRows = [];
  const tMerges = [];
  const tRecs = [];
  SES.forEach((s, si) => {
    tRows.push([`惠阳区农村电子商务培训班签到表（第${si + 1}期）`]);
    tMerges.push(`A${tRows.length}:H${tRows.length}`);
    tRows.push([`培训时间：${s.when}　　培训地点：${s.where}　　培训内容：${s.what}`]);
    tMerges.push(`A${tRows.length}:H${tRows.length}`);
    tRows.push(["序号", "姓名", "身份证号码", "签到", "序号", "姓名", "身份证号码", "签到"]);
    const people = [];
    for (let i = 0; i < s.n; i++) {
      if (i % 5 === 1) {
        const p = poorPeople[(si * 7 + i) % poorPeople.length];
        if (!people.some((q) => q.id === p.id)) {
          people.push({ name: p.name, id: p.id });
          continue;
        }
      }
      people.push({ name: personName(), id: makeId(REGION, birthBetween(1970, 2002), rnd() < 0.5, si === 1 && i === 8 ? true : undefined) });
    }
    if (si === 2) people[11].id = null; // left blank on the form
    const cell = (p) => (p.id === null ? null : isX(p.id) && (si + people.indexOf(p)) % 2 === 1 ? p.id.slice(0, 17) + "x" : p.id);
    for (let i = 0; i < people.length; i += 2) {
      const a = people[i];
      const b = people[i + 1];
      tRows.push([i + 1, a.name, cell(a), "√"].concat(b ? [i + 2, b.name, cell(b), "√"] : [null, null, null, null]));
      tRecs.push({ date: s.iso, personTimes: 1, id: a.id });
      if (b) tRecs.push({ date: s.iso, personTimes: 1, id: b.id });
    }
    tRows.push([`本期应到${s.n}人，实到${s.n}人。`]);
    tMerges.push(`A${tRows.length}:H${tRows.length}`);
    if (si < SES.length - 1) tRows.push([]);
  });
  assert(tRecs.length === 89 && tRecs.some((t) => t.id === null), "l1 89 sign-ins");
  assert(tRows.some((r) => typeof r[2] === "string" && r[2].endsWith("x")) || tRows.some((r) => typeof r[6] === "string" && r[6].endsWith("x")), "l1 a lower-case x is typed");

  const cover = [["惠阳区电子商务进农村综合示范工作台账"], ["第二册：村居名录、人才培训、贫困人口"], ["惠州市惠阳区商务局"], ["二〇二一年九月"]];
  const dict = [["类别"], ["村委会"], ["居委会"], [], ["快递服务"], ["已通"], ["未通"], [], ["劳动力及务工状况"], ["有劳动能力，在家务农"], ["有劳动能力，外出务工"],
    ["无劳动能力"], ["丧失劳动能力"]];
  return {
    description:
      "惠州惠阳区商务局台账第二册。“封面”不是台账。“村居名录”按镇分组：每镇一行合并的组标题“淡水街道（行政村4个、社区6个）”，下面先列社区再列村，名称写全称“××村民委员会”“××社区居民委员会”，“类别”写村委会（行政村）/居委会，社区的省定贫困村空着（null），快递服务“已通/未通”。“培训签到”是打印签到表的电子版：四期上下叠放，每期有标题行、“培训时间：…”行（一期是“2021年6月17日—18日”、一期是“2021年8月30日—9月1日”，按结束日）和表头，一行并排两名学员（序号1|2、3|4交替，按行读），个别身份证号末位小写x，一人身份证号空着；“本期应到…实到…”不是记录。“贫困人口”劳动能力和务工情况写在同一列（“有劳动能力，外出务工（深圳）”“无劳动能力”等），无劳动能力的务工情况未写（null），一人只写“有劳动能力”（务工待核实，null）。“字典”是隐藏的下拉选项表。",
    sheets: [
      { name: "封面", rows: cover },
      { name: "村居名录", rows: vRows, merges: vMerges },
      { name: "培训签到", rows: tRows, merges: tMerges },
      { name: "贫困人口", rows: pRows, merges: ["A1:H1"] },
      { name: "字典", rows: dict, hidden: true },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "村居名录": { kind: "villages", records: vRecs },
        "培训签到": { kind: "training", records: tRecs },
        "贫困人口": { kind: "poorPersons", records: pRecs },
        "字典": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 茂名茂南区: tranches under merged project cells, a year × month grid of sending dates, media under level sections,
//      the website column copied as text.
// =====================================================================================================
function buildL2() {
  const CUT = "2021-08-31";
  // ---------------- funds: tranche rows under merged project cells, project 小计 rows, 万元 header (one cell in 元)
  const PROJ = [
    ["茂南区电子商务公共服务中心建设及运营", "茂名市南粤电子商务有限公司", 420, [["2020-08-12", 126], ["2020-12-28", 168], ["2021-06-30", 84]]],
    ["村级电子商务服务站点建设", "茂名市邮政分公司", 360, [["2020-10-16", 108], ["2021-03", 144], ["2021-09-10", 72]]],
    ["农村电商人才培训", "茂名市农村电商职业培训学校", 180, [["2020-09-25", 54], ["2021-04-08", 72], ["2021-08-20", "85,600元"]]],
    ["县镇村三级物流配送体系建设", "茂名市茂南区顺通物流有限公司", 300, [["2020-11-20", 90], ["2021-05-18", 120]]],
    ["农产品溯源及区域品牌推广", "广东农溯信息科技有限公司", 240, [["2021-01-15", 72], ["2021-07-22", 96]]],
  ];
  const fRows = [["茂南区电子商务进农村综合示范项目资金拨付台账"], ["单位：万元"],
    ["序号", "项目名称", "承建单位", "合同金额", "拨付批次", "拨付时间", "拨付金额", "累计拨付", "备注"]];
  const fMerges = ["A1:I1", "A2:I2"];
  const fRecs = [];
  let grand = 0;
  PROJ.forEach(([name, who, contract, tr], pi) => {
    const r0 = fRows.length + 1;
    let run = 0;
    tr.forEach(([iso, amt], ti) => {
      const yuan = typeof amt === "number" ? amt * 10000 : 85600;
      run += yuan;
      const dc = iso.length === 7 ? cnMonth(iso) : ti % 2 ? cnDate(iso) : dotDate(iso);
      fRows.push([ti === 0 ? pi + 1 : null, ti === 0 ? name : null, ti === 0 ? who : null, ti === 0 ? contract : null, `第${CN_NUM[ti + 1]}次`, dc, amt, wan(run),
        iso > CUT ? "9月拨付" : typeof amt === "string" ? "按实际培训人次结算" : null]);
      fRecs.push({ date: iso, amount: yuan });
    });
    const r1 = fRows.length;
    if (r1 > r0) for (const c of ["A", "B", "C", "D"]) fMerges.push(`${c}${r0}:${c}${r1}`);
    fRows.push([null, null, "小计", contract, null, null, wan(run), null, null]);
    grand += run;
  });
  fRows.push([null, "合计", null, sum(PROJ.map((p) => p[2])), null, null, wan(grand), null, null]);
  assert(grand === 12145600 && fRecs.length === 13, "l2 12,145,600 in 13 tranches " + grand);

  // ---------------- reports: year × month grid of sending dates, a poverty row per year
  const GRID = {
    2020: [null, null, null, null, null, null, ["2020-08-06"], ["2020-09-08"], ["2020-10-12"], ["2020-11-09"], ["2020-12-07"], ["2021-01-11"]],
    2021: [["2021-02-08"], ["2021-03-09", "2021-03-26"], ["2021-04-07"], ["2021-05-10"], ["2021-06-08"], ["2021-07-06"], ["2021-08-09"], ["2021-09-07"], null, null, null, null],
  };
  const POV = { 2020: [null, null, null, null, null, null, "×", "×", "√", "√", "√", "√"], 2021: ["√", "√", "√", "√", "√", "√", "√", "√", null, null, null, null] };
  const rRows = [["茂南区电子商务进农村综合示范工作月报报送情况"], ["（格内为向茂名市商务局报送该月月报的日期）"],
    ["年度", "项目"].concat(Array.from({ length: 12 }, (_, i) => `${i + 1}月`))];
  const rMerges = ["A1:N1", "A2:N2"];
  const rRecs = [];
  for (const y of [2020, 2021]) {
    const r0 = rRows.length + 1;
    rRows.push([`${y}年`, "报送日期"].concat(GRID[y].map((c) => (c ? c.map((d, k) => (k === 0 ? dotDate(d) : `${Number(d.slice(5, 7))}.${Number(d.slice(8))}（补报）`)).join("、") : null))));
    rRows.push([null, "附电商扶贫统计表"].concat(POV[y]));
    rMerges.push(`A${r0}:A${r0 + 1}`);
    GRID[y].forEach((c, m) => {
      if (!c) return;
      assert(POV[y][m], "l2 poverty cell for every report");
      for (const d of c) rRecs.push({ date: d, poverty: POV[y][m] === "√" });
    });
  }
  rRows.push(["注：“√”表示随月报附报电商扶贫统计表，“×”表示未附。"]);
  rMerges.push(`A${rRows.length}:N${rRows.length}`);
  for (const w of WINDOW) assert(rRecs.some((r) => r.date.startsWith(w)), "l2 report in " + w);
  assert(rRecs.length === 15, "l2 15 reports");

  // ---------------- media grouped under level section rows
  const MED = [
    ["一、中央及省级媒体"],
    ["2021-03-18", "人民网", "茂名茂南：电商助力罗非鱼出村进城", "网络", "national", false],
    ["2021-05-26", "南方日报", "茂南区：村级电商站点打通“最后一公里”", "报纸", "province", false],
    ["2021-07-09", "广东广播电视台《广东新闻联播》", "茂南脱贫户直播带货卖荔枝", "电视", "province", true],
    ["二、市级媒体"],
    ["2020-12-03", "茂名日报", "茂南区首批村级电商服务站挂牌", "报纸", "city", false],
    ["2021-04-15", "茂名广播电视台", "茂南：电商进村 山货出山", "电视", "city", true],
    ["三、区级媒体"],
    ["2020-10-21", "茂南区融媒体中心（“茂南发布”公众号）", "我区启动电子商务进农村综合示范创建", "新媒体", "county", false],
    ["2021-09-03", "茂南区融媒体中心", "茂南电商培训走进田间地头", "电视", "county", true],
  ];
  const mRows = [["茂南区电子商务进农村宣传报道汇总"], ["序号", "发布日期", "媒体", "标题", "形式"]];
  const mMerges = ["A1:E1"];
  const mRecs = [];
  let mi = 0;
  for (const m of MED) {
    if (m.length === 1) {
      mRows.push([m[0]]);
      mMerges.push(`A${mRows.length}:E${mRows.length}`);
      continue;
    }
    const [iso, media, title, form, level, tv] = m;
    const dc = mi % 3 === 0 ? D(iso) : mi % 3 === 1 ? cnDate(iso) : slashDate(iso);
    mRows.push([++mi, dc, media, title, form]);
    mRecs.push({ date: iso, level, tv });
  }

  // ---------------- the website column copied as text: title and date in one cell, breadcrumbs, pager lines
  const COL = [
    ["[置顶] 茂南区电子商务进农村综合示范县创建实施方案", "2020-06-29"],
    ["茂南区电子商务进农村综合示范项目建设进度（2021年8月）", "2021-09-06"],
    ["茂南区电子商务进农村综合示范项目建设进度（2021年7月）", "2021-08-05"],
    ["茂南区电子商务进农村综合示范项目建设进度（2021年6月）", "2021-07-07"],
    ["关于茂南区村级电商服务站点（第三批）建设情况的公示", "2021-06-21"],
    ["茂南区电子商务进农村综合示范项目建设进度（2021年5月）", "2021-06-04"],
    ["茂南区电子商务进农村综合示范项目建设进度（2021年4月）", "2021-05-08"],
    ["茂南区电子商务进农村综合示范项目建设进度（2021年3月）", "2021-04-09"],
    ["茂南区电子商务进农村综合示范项目建设进度（2021年1—2月）", "2021-03-05"],
    ["茂南区电子商务进农村综合示范项目建设进度（2020年12月）", "2021-01-08"],
    ["茂南区电子商务进农村综合示范项目建设进度（2020年11月）", "2020-12-04"],
    ["茂南区电子商务进农村综合示范项目建设进度（2020年10月）", "2020-11-06"],
    ["茂南区电子商务进农村综合示范项目建设进度（2020年9月）", "2020-10-10"],
    ["茂南区电子商务进农村综合示范项目基本信息公开", "2020-09-18"],
    ["茂南区电子商务进农村综合示范项目建设进度（2020年8月）", "2020-09-04"],
    ["茂南区电子商务进农村综合示范项目监督举报电话公告", "2020-07-02"],
  ];
  const cRows = [["当前位置：首页 > 专题专栏 > 电子商务进农村综合示范"]];
  const cRecs = [];
  COL.forEach(([t, iso], i) => {
    if (i === 10) {
      cRows.push(["共16条　每页10条　第1/2页　首页　上一页　下一页　尾页"]);
      cRows.push(["当前位置：首页 > 专题专栏 > 电子商务进农村综合示范"]);
    }
    cRows.push([`${t}　　${iso}`]);
    cRecs.push({ date: iso });
  });
  cRows.push(["共16条　每页10条　第2/2页　首页　上一页　下一页　尾页"]);
  cRows.push(["（以上内容于2021年9月10日从区政府门户网站复制）"]);
  const months = new Set(cRecs.map((r) => r.date.slice(0, 7)));
  assert(WINDOW.filter((w) => !months.has(w)).join() === "2021-02", "l2 the column skipped only 2021-02");

  const toc = [["茂南区电子商务进农村综合示范台账目录"], ["1．资金拨付台账"], ["2．月报报送情况"], ["3．宣传报道汇总"], ["4．专栏信息（网站截取）"]];
  return {
    description:
      "茂名茂南区商务局台账工作簿。“目录”不是台账。“资金拨付台账”单位万元：每个项目的序号、项目名称、承建单位、合同金额向下合并，下面是第一次、第二次…拨付行，每个项目后有“小计”行、最后有“合计”行（都不是拨付）；“合同金额”“累计拨付”不是拨付额；拨付时间有“2020.8.12”、中文日期和只到月的“2021年3月”；有一笔写成“85,600元”（单元格自带单位，按元读，不是8.56万×万）；9月拨付的仍是记录。“月报报送情况”是年度×月份的格子：每年两行（报送日期、附电商扶贫统计表√/×），格内是报送日期，一格写了两次（“2021.3.9、3.26（补报）”是两条），按年、按月读。“宣传报道汇总”没有级别列，级别看分组行（一、中央及省级媒体（人民网为国家级）/二、市级媒体/三、区级媒体即县级），形式“电视”才是电视。“专栏信息”是从政府网站复制的文字：每条标题和发布日期在同一格（日期在末尾，标题里的“（2021年7月）”不是发布日期），有“当前位置”和翻页行，置顶的方案排在最前。",
    sheets: [
      { name: "目录", rows: toc },
      { name: "资金拨付台账", rows: fRows, merges: fMerges },
      { name: "月报报送情况", rows: rRows, merges: rMerges },
      { name: "宣传报道汇总", rows: mRows, merges: mMerges },
      { name: "专栏信息", rows: cRows },
    ],
    expect: {
      sheets: {
        "目录": { kind: null },
        "资金拨付台账": { kind: "funds", records: fRecs },
        "月报报送情况": { kind: "reports", records: rRecs },
        "宣传报道汇总": { kind: "media", records: mRecs },
        "专栏信息": { kind: "disclosures", records: cRecs },
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
write("counties", "b158-c1-dinghu.json", c1);
write("facts", "b158-f1-gaoming.json", f1);
write("facts", "b158-f2-mazhang.json", f2);
write("facts", "b158-f3-xinhui.json", f3);
write("ledgers", "b158-l1-huiyang.json", l1);
write("ledgers", "b158-l2-maonan.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
