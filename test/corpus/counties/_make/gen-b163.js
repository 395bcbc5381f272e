// Batch 163 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block adapted from
// counties/_make/gen-b162.js. Deterministic: seeded PRNG, no clock.
//
// c1 龙湖区 (汕头): facts as a 问卷星 questionnaire export (one column per question, two submissions, the first void),
//    the statistics bureau's 统计用区划代码 list as the village list, stations with 建成时间 split into 年|月|日 ("〃"),
//    sessions with a 参训人数 合计|其中女性|其中脱贫人口 group, park enterprises in zone sections (one firm in two zones),
//    the special account's bank statement (借方 = paid; 69.3% → −5), a report log (所属月份 vs 报送日期) with the case
//    materials as a second table, the site's column pages copied page by page, press reports without a level column.
// f1 金平区 (汕头): a 统计报表-style form (表号 block, 甲乙丙 row, 本期 | 上年同期, 是=1/否=0, 8-digit date, the 2019
//    retail amounts in 上年同期 of the 2020 rows), judged points in prose under the signature line.
// f2 江东新区 (河源): a task-completion table against the 创建方案 (目标任务 vs 完成情况, ●/◐/○), full-width digits, a
//    deputy leader, judged points only in 备注.
// f3 红海湾经济开发区 (汕尾): a tick-the-option scoring form (each 评分标准 option a row, ☑/☐, 实际情况, 分项得分,
//    merged 指标自评分 = the claim).
// l1 乐昌市 (韶关): a trainee × session attendance matrix (ticks, 假, year only in the group row), the 全国扶贫开发信息系统
//    export (劳动技能 / 务工状况 categories), a per-town pivot that is no ledger.
// l2 枫溪区 (潮州): stations in two tables with different column orders on one sheet, a payment-approval register
//    (申请/核定/实付, 申请日期 vs 支付日期, pending row, 年度 sections), press reports as label/value blocks, a materials
//    公文 list, a cover sheet.
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
let seed = 163163;
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
    assert(/^b163-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b163-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b163-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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



// ---------------------------------------------------------------- extra helpers (batch 163)
function fw(s) {
  // what a clerk types with the IME in full-width mode: digits, point, comma, percent
  return String(s).replace(/[0-9.,%]/g, (c) => (c === "." ? "．" : c === "," ? "，" : c === "%" ? "％" : FW[Number(c)]));
}
function yuanOfWan(w) {
  // a 万元 figure with up to 4 decimals -> integer 元, exact
  const y = Math.round(w * 10000);
  assert(Math.abs(y - w * 10000) < 1e-6, "yuanOfWan exact " + w);
  return y;
}
function personNameG(male, surname) {
  // a name that fits the 性别 column
  const s = surname || SURNAMES[rint(0, SURNAMES.length - 1)];
  const G = male ? "志伟国华明强建文永杰家俊海军雄亮锦坤振辉达荣" : "秀英玉兰丽芳凤桂珍燕娟翠妹带娣美霞红梅";
  const n = rnd() < 0.7 ? 2 : 1;
  let g = "";
  for (let i = 0; i < n; i++) g += G[rint(0, G.length - 1)];
  return s + g;
}
function isoOfDay(y, m, d) {
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
function fenSum(a) {
  // exact sum of 元 amounts (2 decimals) via 分
  return a.reduce((s, x) => s + Math.round(x * 100), 0) / 100;
}

// =====================================================================================================
// c1 — 汕头龙湖区: the facts are a 问卷星 (online questionnaire) export turned on its side — one column per question with
//      the long question text as the header, one row per submission (the first one void, said so in its 备注), multi-select
//      answers joined with "┋" and "其他〖…〗" fill-ins; the village list is the 国家统计局 统计用区划代码 export (12-digit
//      codes, district and street rows between the village rows, 城乡分类代码 that does not decide the type) with a
//      poor-village column the clerk added; stations with the opening date split into 年 | 月 | 日 columns and "〃" for the
//      year; training sessions with a 参训人数 group (合计 | 其中女性 | 其中脱贫人口); park enterprises in three zone sections
//      (one enterprise in two zones, one left, one not yet in); the special account's bank statement (借方 = paid out);
//      the monthly report log (所属月份 vs 报送日期) with the case materials as a second table below; the government site's
//      column pages copied page by page; press reports without a level column (the level is in the media's name).
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "440507";
  const STREETS = [["珠池街道", "001", 0, 10], ["新津街道", "002", 0, 9], ["金霞街道", "003", 0, 8], ["龙华街道", "004", 2, 6],
    ["鸥汀街道", "005", 8, 3], ["外砂街道", "006", 14, 2], ["新溪街道", "007", 12, 2]];
  const namer = villageNamer("蓬华龙东西南北下上林洲大沟后新仙桂溪湖美许长凤玉", ["中", "头", "厝", "社", "洋", "寮", "埔", "围", "乡", "林", "塘", "美", "和", "门", "畔", "陇"]);
  const newName = noDupNamer(namer, ["珠池", "新津", "金霞", "龙华", "鸥汀", "外砂", "新溪"]);
  const streets = STREETS.map(([s, code, nv, nc]) => {
    const cs = [];
    for (let k = 0; k < nc; k++) cs.push(newName().replace(/村$/, "社区"));
    const vs = [];
    for (let k = 0; k < nv; k++) vs.push(newName());
    return { s, code, vs, cs };
  });
  const admin = streets.flatMap((x) => x.vs);
  const comms = streets.flatMap((x) => x.cs);
  assert(admin.length === 36 && comms.length === 40, "c1 36 villages + 40 communities");
  const streetOf = {};
  for (const x of streets) for (const v of x.vs.concat(x.cs)) streetOf[v] = x.s;
  const S = (n) => streets.find((x) => x.s === n);
  const poorList = [S("外砂街道").vs[9], S("新溪街道").vs[4]];
  const poorSet = new Set(poorList);

  // ---------------- 区划代码: the statistics bureau's code list, the clerk's poor-village column added
  const vRows = [["汕头市龙湖区统计用区划代码和城乡划分代码"], ["（国家统计局2020年统计用区划代码；“是否省定贫困村”一列由区商务局补填）"],
    ["统计用区划代码", "城乡分类代码", "名称", "是否省定贫困村"], [`${REGION}000000`, null, "龙湖区", null]];
  const CLS = { "龙华街道": "112", "鸥汀街道": "112", "外砂街道": "220", "新溪街道": "121" };
  const vRecs = [];
  for (const x of streets) {
    vRows.push([`${REGION}${x.code}000`, null, x.s, null]);
    x.cs.forEach((c, k) => {
      vRows.push([`${REGION}${x.code}${String(k + 1).padStart(3, "0")}`, "111", `${c}居民委员会`, null]);
      vRecs.push({ name: c, admin: false, poor: null, express: null });
    });
    x.vs.forEach((v, k) => {
      const cls = x.s === "新溪街道" && k % 3 === 2 ? "220" : CLS[x.s];
      vRows.push([`${REGION}${x.code}${String(201 + k)}`, cls, `${v}民委员会`, poorSet.has(v) ? "是" : "否"]);
      vRecs.push({ name: v, admin: true, poor: poorSet.has(v), express: null });
    });
  }
  vRows.push(["注：城乡分类代码 111主城区、112城乡结合区、121镇中心区、220村庄；村民委员会为行政村，居民委员会为社区。"]);
  assert(vRows.filter((r) => /村民委员会$/.test(r[2] || "")).length === 36 && vRows.filter((r) => r[1] === "111").length === 40, "c1 code list");
  assert(vRows.some((r) => /村民委员会$/.test(r[2] || "") && r[1] === "112"), "c1 a village coded 城乡结合区");

  // ---------------- 站点台账: 建成时间 split into 年 | 月 | 日, "〃" for the year
  const nonPoor = shuffle(admin.filter((v) => !poorSet.has(v)));
  const monthOnlyV = nonPoor[0];
  const coveredPlan = poorList.concat(nonPoor.slice(0, 24));
  const lateV = nonPoor[24];
  const ST = coveredPlan.map((v) => ({ v, iso: randIsoBetween("2020-06-15", "2021-07-25") }));
  ST.find((s) => s.v === monthOnlyV).iso = "2021-08-16";
  ST.find((s) => s.v === monthOnlyV).monthOnly = true;
  ST.find((s) => s.v === poorList[1]).iso = "2020-12-09";
  ST.push({ v: coveredPlan[5], iso: "2021-04-21", dup: true });
  ST.push({ v: S("龙华街道").cs[1], iso: "2020-11-12", comm: true });
  ST.push({ v: lateV, iso: "2021-09-03", late: true });
  ST.sort((a, b) => cmp(a.iso, b.iso));
  const stRows = [["龙湖区村级电子商务服务站点建设台账"], ["填报单位：龙湖区商务局（盖章）"],
    ["序号", "站点名称", "所在街道", "所在村（社区）", "建成时间", null, null, "运营主体", "负责人", "联系电话"],
    [null, null, null, null, "年", "月", "日", null, null, null]];
  const stMerges = ["A1:J1", "A2:J2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "H3:H4", "I3:I4", "J3:J4"];
  const OPER = ["汕头邮政", "区供销社", "村委会自营", "汕头市龙湖区优品电子商务有限公司"];
  let prevY = null;
  let dittos = 0;
  ST.forEach((s, i) => {
    const [y, m, d] = ymd(s.iso);
    const yCell = prevY === y && i % 5 !== 0 ? "〃" : y;
    if (yCell === "〃") dittos++;
    prevY = y;
    const vcell = s.comm ? s.v : i % 4 === 1 ? `${s.v}委会` : s.v;
    const name = s.dup ? `${s.v.replace(/村$/, "")}村电商服务点（二）` : s.comm ? `${s.v}电商服务站` : `${s.v}电商服务站`;
    stRows.push([i + 1, name, streetOf[s.v], vcell, yCell, m, s.monthOnly ? null : d, OPER[i % 4], personName(), mask(phone())]);
  });
  stRows.push(["注：建成时间以挂牌验收为准；“〃”同上。"]);
  stMerges.push(`A${stRows.length}:J${stRows.length}`);
  assert(dittos >= 10, "c1 many ditto years " + dittos);
  const stOpened = (s) => (s.monthOnly ? ym(s.iso) : s.iso);
  const covered = new Set(ST.filter((s) => admin.includes(s.v) && stOpened(s) <= CUT).map((s) => s.v));
  assert(covered.size === 26 && 26 * 100 >= 70 * 36 && 25 * 100 < 70 * 36, "c1 26/36 = 72.2% (25 would be 69.4%)");
  assert(poorList.every((v) => covered.has(v)), "c1 both poor villages covered");
  const moRow = stRows.find((r) => r[3] === monthOnlyV || r[3] === monthOnlyV + "委会");
  assert(moRow && moRow[5] === 8 && moRow[6] === null, "c1 a station dated only 2021年8月");
  assert(moRow[4] === "〃" || moRow[4] === 2021, "c1 month-only row year");

  // ---------------- 培训台账: 参训人数 group (合计 | 其中女性 | 其中脱贫人口)
  const TOPIC = ["农村电商基础知识", "网店开设与运营", "短视频与直播带货", "农产品包装与品牌", "侨乡特产网络营销", "电商客服实务", "社区团购运营", "跨境电商入门"];
  const PLACE = ["区电子商务公共服务中心", "外砂街道党群服务中心", "新溪街道文化站", "鸥汀街道会议室", "线上（腾讯会议）"];
  const SES = [];
  for (const m of monthsBetween("2020-07", "2021-08")) {
    const k = rint(1, 2);
    const ds = [];
    while (ds.length < k) {
      const d = rint(3, 24);
      if (!ds.includes(d)) ds.push(d);
    }
    ds.sort((a, b) => a - b);
    for (const d of ds) {
      const iso = `${m}-${String(d).padStart(2, "0")}`;
      const span = rnd() < 0.3 ? rint(1, 2) : 0;
      SES.push({ start: iso, end: isoAdd(iso, span), n: rint(80, 300) });
    }
  }
  for (let diff = 4630 - sum(SES.map((s) => s.n)), j = 0; diff !== 0; j = (j + 5) % SES.length) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 11);
    if (SES[j].n + st >= 60 && SES[j].n + st <= 320) {
      SES[j].n += st;
      diff -= st;
    }
  }
  SES.push({ start: "2021-09-14", end: "2021-09-16", n: 400 });
  const tRows = [["龙湖区电子商务进农村培训情况登记表"],
    ["序号", "培训时间", "培训班名称", "培训地点", "参训人数（人次）", null, null, "备注"],
    [null, null, null, null, "合计", "其中女性", "其中脱贫人口", null]];
  const tMerges = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3"];
  let sumAll = 0;
  let sumPre = 0;
  let sumF = 0;
  let sumP = 0;
  SES.forEach((s, i) => {
    const f = Math.round(s.n * (0.45 + rnd() * 0.2));
    const p = Math.round(s.n * (0.05 + rnd() * 0.1));
    let dc;
    if (s.end !== s.start) dc = i % 2 ? `${dotDate(s.start)}-${ymd(s.end)[2]}` : rangeText(s.start, s.end, "cn");
    else dc = [D(s.end), dotDate(s.end), cnDate(s.end), twoDot(s.end)][i % 4];
    const nCell = i % 6 === 4 ? `${s.n}人` : s.n;
    const place = PLACE[i % PLACE.length];
    tRows.push([i + 1, dc, `${TOPIC[i % TOPIC.length]}培训班`, place, nCell, f, p, place.startsWith("线上") ? "线上实名签到" : null]);
    sumAll += s.n;
    if (s.end <= CUT) sumPre += s.n;
    sumF += f;
    sumP += p;
  });
  tRows.push(["合计", null, null, null, sumAll, sumF, sumP, null]);
  tMerges.push(`A${tRows.length}:D${tRows.length}`);
  tRows.push(["注：2021年9月第" + SES.length + "期为考评截止后举办，列此备查。"]);
  tMerges.push(`A${tRows.length}:H${tRows.length}`);
  assert(sumPre === 4630 && sumAll === 5030, "c1 4,630 by the cut-off, 5,030 in all");
  assert(4630 * 1000 >= 500000 * 8 && 4630 * 1000 < 500000 * 10 && 5030 * 1000 >= 500000 * 10, "c1 0.926% → 8 (5,030 would be 10)");
  assert(tRows.some((r) => typeof r[1] === "string" && /-\d+$/.test(r[1])) && tRows.some((r) => typeof r[1] === "string" && /—\d+日$/.test(r[1])), "c1 ranges typed");
  assert(sumP !== 365 && sumP !== 812, "c1 the 脱贫人口 column is person-times, not the stated persons " + sumP);

  // ---------------- 园区企业: three zone sections, one enterprise in two zones, one left, one entering in September
  const ENT = [
    ["汕头市龙湖区侨乡优选电子商务有限公司", "电商平台", "孵"], ["汕头市龙湖区外砂澄华玩具网店", "网络零售", "孵"],
    ["汕头市龙湖区潮味坊食品电子商务商行", "网络零售", "孵"], ["汕头市龙湖区创汇电商代运营有限公司", "代运营服务商", "孵"],
    ["汕头市龙湖区新溪狮头鹅网店", "网络零售", "孵"], ["汕头市龙湖区鮀城优品供应链管理有限公司", "供应链服务", "孵"],
    ["汕头市龙湖区潮汕牛肉丸网店", "网络零售", "孵"], ["汕头市龙湖区云上鸥汀科技有限公司", "电商平台", "孵"],
    ["汕头市龙湖区星火直播文化传媒有限公司", "直播机构", "播"], ["汕头市龙湖区潮好物直播电子商务有限公司", "直播机构", "播"],
    ["汕头市龙湖区红头船网络科技有限公司", "代运营服务商", "播"], ["汕头市龙湖区金霞茶叶网店", "网络零售", "播"],
    ["汕头市龙湖区韵达快递服务部", "快递物流", "仓"], ["汕头市龙湖区中通速递营业部", "快递物流", "仓"],
    ["汕头市龙湖区顺捷仓储服务有限公司", "快递物流", "仓"], ["汕头市龙湖区潮鲜冷链物流有限公司", "快递物流", "仓"],
    ["汕头市龙湖区外砂内衣家居网店", "网络零售", "孵"], ["汕头市龙湖区橄榄坊特产商行", "网络零售", "孵"],
    ["汕头市龙湖区岭海电商服务有限公司", "代运营服务商", "孵"],
  ].map(([n, t, z]) => ({ n, t, z, code: creditCode(REGION), en: randIsoBetween("2020-07-01", "2021-07-31") }));
  const left = { n: "汕头市龙湖区新津玩具礼品网店", t: "网络零售", z: "孵", code: creditCode(REGION), en: "2020-10-12", left: "2021-05-20" };
  const sept = { n: "汕头市龙湖区东方跨境电子商务有限公司", t: "电商平台", z: "播", code: creditCode(REGION), en: "2021-09-06" };
  const twice = ENT.find((e) => e.n.includes("鮀城优品供应链"));
  const rowsOf = { 孵: [], 播: [], 仓: [] };
  for (const e of ENT.concat([left, sept])) rowsOf[e.z].push(e);
  rowsOf["仓"].push({ ...twice, z: "仓", again: true });
  for (const z of Object.keys(rowsOf)) rowsOf[z].sort((a, b) => cmp(a.en, b.en));
  const eRows = [["龙湖区电子商务产业园入驻企业名录"], ["（园区运营方提供，区商务局核对）"],
    ["序号", "企业名称", "统一社会信用代码", "企业类别", "入驻时间", "入驻区域/房号", "目前状态"]];
  const eMerges = ["A1:G1", "A2:G2"];
  const ZN = { 孵: "一、电商孵化区（2号楼）", 播: "二、直播基地（3号楼）", 仓: "三、仓储物流区（5号楼）" };
  let eNo = 0;
  for (const z of ["孵", "播", "仓"]) {
    eRows.push([ZN[z]]);
    eMerges.push(`A${eRows.length}:G${eRows.length}`);
    rowsOf[z].forEach((e, k) => {
      const room = z === "孵" ? `2号楼${rint(2, 5)}0${rint(1, 9)}` : z === "播" ? `3号楼直播间${k + 1}` : `5号楼${String.fromCharCode(65 + (k % 4))}区`;
      const st = e.left ? `已退园（${cnMonth(e.left)}）` : e.en > CUT ? "已签约，9月入驻" : e.again ? "在园（同时在孵化区办公）" : "在园";
      eRows.push([++eNo, e.n, e.code, e.t, cnMonth(e.en), room, st]);
    });
  }
  eRows.push([`注：名录共${eNo}行。`]);
  eMerges.push(`A${eRows.length}:G${eRows.length}`);
  const inPark = new Set(ENT.concat([left, sept]).filter((e) => ym(e.en) <= "2021-08" && !(e.left && e.left <= CUT)).map((e) => e.code));
  assert(eNo === 22 && inPark.size === 19, "c1 22 rows, 19 distinct in the park at the cut-off");
  const TYPEMAP = { 电商平台: "平台型", 网络零售: "销售型", 代运营服务商: "电商运营商", 快递物流: "物流企业", 直播机构: "直播机构", 供应链服务: "供应链服务" };
  const typesIn = new Set(ENT.map((e) => TYPEMAP[e.t]));
  assert(typesIn.size === 6, "c1 six types");

  // ---------------- 专户流水: the bank statement (借方 = paid out of the special account)
  const PAY = [
    ["2020-07-08", "公共服务中心装修工程款", "汕头市龙湖区建安装饰工程有限公司", 862500],
    ["2020-08-26", "村级站点建设首期款", "汕头邮政分公司", 318600],
    ["2020-10-15", "电商培训服务费（一期）", "汕头市创汇电商代运营有限公司", 126400],
    ["2020-11-20", "公共服务中心设备采购", "汕头市龙湖区智联科技有限公司", 455800],
    ["2020-12-29", "物流配送体系建设首期款", "汕头市龙湖区顺捷仓储服务有限公司", 402000],
    ["2021-01-27", "区域公共品牌设计费", "广州市禾木品牌策划有限公司", 168000],
    ["2021-03-18", "村级站点建设进度款", "汕头邮政分公司", 246500],
    ["2021-04-29", "电商培训服务费（二期）", "汕头市创汇电商代运营有限公司", 138700],
    ["2021-06-10", "物流配送体系建设进度款", "汕头市龙湖区顺捷仓储服务有限公司", 321300],
    ["2021-07-22", "农产品溯源系统建设款", "汕头市鮀信信息技术有限公司", 196500],
    ["2021-08-30", "直播基地设备采购", "汕头市龙湖区智联科技有限公司", 226500],
    ["2021-09-06", "村级站点建设尾款", "汕头邮政分公司", 380000],
  ];
  const INT = [["2020-06-21", 1562.5], ["2020-09-21", 3418.76], ["2020-12-21", 2605.31], ["2021-03-21", 1893.42], ["2021-06-21", 1310.08], ["2021-09-21", 702.66]];
  const BANK = [{ iso: "2020-06-16", memo: "拨款", cr: 5000000, party: "汕头市龙湖区财政局" }]
    .concat(PAY.map(([iso, memo, party, dr]) => ({ iso, memo: `支付${memo}`, dr, party })), INT.map(([iso, cr]) => ({ iso, memo: "结息", cr, party: null })));
  BANK.sort((a, b) => cmp(a.iso, b.iso));
  const bRows = [["汕头农村商业银行　单位账户交易明细"],
    ["账号：8001 0000 2316 5578 01　　户名：汕头市龙湖区商务局（电子商务进农村综合示范专项资金）　　币种：人民币"],
    ["查询期间：20200601—20210930　　　　打印日期：20211008"],
    ["交易日期", "交易时间", "摘要", "借方发生额", "贷方发生额", "余额", "对方户名", "对方账号", "凭证号"]];
  let bal = 0;
  let drT = 0;
  let crT = 0;
  BANK.forEach((b, i) => {
    bal = yuan2(bal + (b.cr || 0) - (b.dr || 0));
    drT = yuan2(drT + (b.dr || 0));
    crT = yuan2(crT + (b.cr || 0));
    bRows.push([yyyymmdd(b.iso), hms(), b.memo, b.dr ? fmtMoney(b.dr) : null, b.cr ? fmtMoney(b.cr) : null, fmtMoney(bal), b.party,
      b.party ? `${rint(6000, 6299)} ${String(rint(0, 9999)).padStart(4, "0")} ${String(rint(0, 9999)).padStart(4, "0")}` : null,
      b.party ? `ZF${yyyymmdd(b.iso)}${String(i + 1).padStart(4, "0")}` : null]);
  });
  bRows.push(["合计", null, null, fmtMoney(drT), fmtMoney(crT), null, null, null, null]);
  bRows.push([`借方笔数：${PAY.length}　　贷方笔数：${INT.length + 1}　　（本明细仅供参考，以银行对账单为准）`]);
  const spentPre = sum(PAY.filter((p) => p[0] <= CUT).map((p) => p[3]));
  assert(spentPre === 3462800 && spentPre * 100 < 70 * 5000000 && (spentPre + 380000) * 100 >= 70 * 5000000, "c1 3,462,800 = 69.3% (with September 76.9%)");
  assert(pct1(spentPre, 5000000) === "69.3%", "c1 69.3%");

  // ---------------- 报送记录: 所属月份 vs 报送日期; case materials as a second table below
  const rRows = [["龙湖区电子商务进农村综合示范工作月报报送记录"], ["一、月报报送情况"],
    ["序号", "所属月份", "报送内容", "报送日期", "报送方式", "接收单位", "是否含电商扶贫数据"]];
  const rMerges = ["A1:G1", "A2:G2"];
  const repMonths = monthsBetween("2020-08", "2021-07");
  const sentIsos = [];
  repMonths.forEach((m, i) => {
    const nm = monthsBetween(m, "2021-12")[1];
    const iso = `${nm}-${String(rint(2, 9)).padStart(2, "0")}`;
    sentIsos.push(iso);
    const dc = [dotDate(iso), slashDate(iso), D(iso)][i % 3];
    rRows.push([i + 1, cnMonth(m), `${cnMonth(m)}电子商务进农村综合示范工作进展及统计报表`, dc, i % 2 ? "粤政易" : "电子邮件", "汕头市商务局", "是"]);
  });
  const sentMonths = new Set(sentIsos.map(ym));
  assert(WINDOW.every((w) => sentMonths.has(w)), "c1 a report sent in every window month");
  assert(WINDOW.filter((w) => repMonths.includes(w)).length === 11, "c1 by 所属月份 only 11 months (trap)");
  rRows.push([]);
  rRows.push(["二、经验材料报送情况"]);
  rMerges.push(`A${rRows.length}:G${rRows.length}`);
  rRows.push(["序号", "材料名称", null, "报送日期", "报送方式", "接收单位", null]);
  rMerges.push(`B${rRows.length}:C${rRows.length}`);
  rRows.push([1, "《龙湖区“电商+侨乡特产”助力乡村振兴经验做法》", null, "2021.4.16", "公文", "汕头市商务局", null]);
  rMerges.push(`B${rRows.length}:C${rRows.length}`);
  rRows.push([2, `《外砂街道${poorList[0]}电商服务站带动村民增收典型案例》`, null, "2021.9.8", "电子邮件", "汕头市商务局", null]);
  rMerges.push(`B${rRows.length}:C${rRows.length}`);

  // ---------------- 专栏页面: the site's list pages copied page by page (newest first, 15 a page)
  const ITEMS = [{ t: "【置顶】龙湖区电子商务进农村综合示范县创建工作方案", iso: "2020-06-12", pin: true },
    { t: "龙湖区电子商务进农村综合示范项目基本信息公示", iso: "2020-06-18" },
    { t: "龙湖区电子商务进农村综合示范工作监督举报电话公告", iso: "2020-06-18" }];
  for (const m of monthsBetween("2020-07", "2021-08")) {
    if (m === "2021-04") continue;
    ITEMS.push({ t: `龙湖区电子商务进农村综合示范项目建设进度（${cnMonth(monthsBetween("2020-01", m).slice(-2)[0])}）`, iso: `${m}-${String(rint(5, 15)).padStart(2, "0")}` });
  }
  ITEMS.push({ t: "龙湖区2020年度村级电商服务站点运营补贴公示", iso: "2020-12-23" });
  ITEMS.push({ t: "关于举办龙湖区第二届侨乡好物直播节的通知", iso: "2021-05-27" });
  const list = ITEMS.filter((x) => !x.pin).sort((a, b) => cmp(b.iso, a.iso));
  const pages = [];
  const all = [ITEMS[0]].concat(list);
  for (let i = 0; i < all.length; i += 15) pages.push(all.slice(i, i + 15));
  const pRows = [];
  pages.forEach((pg, k) => {
    pRows.push(["您当前的位置：首页 > 专题专栏 > 电子商务进农村综合示范"]);
    pRows.push(["标题", "发布日期"]);
    for (const x of pg) pRows.push([x.t, x.iso]);
    pRows.push([`共${all.length}条　每页15条　第${k + 1}/${pages.length}页　首页　上一页　下一页　尾页`]);
    pRows.push([]);
  });
  pRows.unshift(["（从区政府门户网站专栏页面逐页复制，2021年9月2日）"]);
  const pubMonths = new Set(ITEMS.filter((x) => x.iso <= CUT).map((x) => ym(x.iso)));
  assert(WINDOW.filter((w) => !pubMonths.has(w)).join() === "2021-04", "c1 no update in April 2021");
  assert(pages.length === 2, "c1 two pages " + pages.length);

  // ---------------- 宣传报道: no level column
  const MEDIA = [
    ["2020-10-20", "龙湖发布（区委宣传部微信公众号）", "网络", "龙湖区启动电子商务进农村综合示范创建", null],
    ["2020-12-08", "汕头日报", "报纸", "龙湖村级电商站点让侨乡特产“触网”", null],
    ["2021-03-15", "汕头广播电视台《汕头新闻》", "电视", "新溪脱贫户学直播 狮头鹅卖上网", "电商扶贫典型案例"],
    ["2021-06-22", "汕头特区晚报", "报纸", "龙湖电商产业园直播基地开播", null],
    ["2021-09-10", "南方日报", "报纸", "汕头龙湖：电商进村激活侨乡经济", null],
  ];
  const mRows = [["龙湖区电子商务进农村宣传报道情况"], ["序号", "日期", "媒体名称", "类型", "标题", "备注"]];
  MEDIA.forEach(([iso, media, form, title, note], i) => mRows.push([i + 1, i % 2 ? cnDate(iso) : D(iso), media, form, `《${title}》`, note]));

  // ---------------- 问卷导出: the facts, one column per question, one row per submission
  const Q = [
    ["序号", 1, 2],
    ["提交答卷时间", "2021/9/8 16:22:05", "2021/9/10 10:47:31"],
    ["所用时间", "1432秒", "2206秒"],
    ["来源", "微信", "手机提交"],
    ["来源详情", "N/A", "N/A"],
    ["来自IP", "113.96.218.47(广东-汕头)", "113.96.218.47(广东-汕头)"],
    ["1、填报单位", "龙湖区商务局", "汕头市龙湖区商务局"],
    ["2、所在县（市、区）", "龙湖区", "龙湖区"],
    ["3、考评截止日期", "2021/8/31", "2021/8/31"],
    ["4、常住人口（万人，以第七次全国人口普查数据为准）", "47.92", "57.64"],
    ["5、行政村数（个）", "36", "36"],
    ["6、省定贫困村数（个）", "2", "2"],
    ["7、示范创建工作领导小组组长", "其他〖区委副书记、区长〗", "其他〖区委副书记、区长〗"],
    ["8、领导小组成员单位（多选）", "区商务局┋区财政局┋区农业农村局┋区乡村振兴局", "区商务局┋区财政局┋区农业农村局┋区乡村振兴局┋区交通运输局┋其他〖区市场监管局、各街道办事处〗"],
    ["9、是否正式印发示范创建工作方案", "是", "是"],
    ["10、是否出台支持农村电商发展的政策", "是", "是"],
    ["11、县级电子商务公共服务中心投入运营时间", "2020年11月26日", "2020年11月26日"],
    ["12、公共服务中心为各类主体提供的免费服务（多选）", "免费培训场所及设备┋特色农产品免费展示销售┋农产品统一推广及品牌建设指导┋其他衍生增值服务",
      "免费培训场所及设备┋特色农产品免费展示销售┋农产品统一推广及品牌建设指导┋其他衍生增值服务"],
    ["13、是否建设或整合、优化当地电商产业园", "是", "是"],
    ["14、是否有专业第三方电子商务运营或服务商", "是", "是"],
    ["15、行政村物流快递覆盖率是否达到100%", "是", "是"],
    ["16、2019年农村网络零售额（万元）", "52386.4", "52386.4"],
    ["17、2020年农村网络零售额（万元）", "64917.2", "64917.2"],
    ["18、2019年农产品网络零售额（万元）", "3126.5", "3126.5"],
    ["19、2020年农产品网络零售额（万元）", "4105.8", "4105.8"],
    ["20、电商培训人次（人次）", "5030", "5030"],
    ["21、有劳动能力的建档立卡贫困人口数（不含外出务工，人）", "812", "812"],
    ["22、参加电商培训的建档立卡贫困人口数（人）", "365", "365"],
    ["23、政府网站专栏公示内容（多选）", "创建方案┋项目基本信息┋项目建设进度┋监督举报窗口", "创建方案┋项目基本信息┋项目建设进度┋监督举报窗口"],
    ["24、能否统计电商扶贫情况", "能", "能"],
    ["25、省级专项资金下达额度（万元）", "500", "500"],
    ["26、累计拨付资金（万元）", "384.28", "384.28"],
    ["27、是否制定资金管理制度", "是", "是"],
    ["28、是否建立资金专用台账", "是", "是"],
    ["29、项目总体进度（%）", "85", "85"],
    ["30、是否发生安全生产、质量事故或造成重大损失", "否", "否"],
    ["31、是否存在弄虚作假", "否", "否"],
    ["32、评判项自评—方案制定（1-2分）", "2", "2"],
    ["33、评判项自评—政策支持（1-2分）", "2", "2"],
    ["34、评判项自评—项目管理制度（1-2分）", "2", "2"],
    ["35、评判项自评—工作台账（1-2分）", "2", "1"],
    ["36、评判项自评—网销调研（1-2分）", "2", "2"],
    ["37、评判项自评—网络促销活动（1-2分）", "1", "1"],
    ["38、评判项自评—交易标准与冷链溯源（1-2分）", "1", "1"],
    ["39、评判项自评—资金管理制度（1-5分）", "4", "4"],
    ["40、评判项自评—资金台账（1-5分）", "4", "4"],
    ["41、评判项自评—资金及时拨付（1-5分）", "4", "4"],
    ["42、自评总分（分）", "88", "86"],
    ["43、备注", "（作废：常住人口误填为户籍人口，以第2条为准）", "公共服务中心摄影美工室在建，暂未提供免费摄影、美工服务。"],
  ];
  const qRows = [Q.map((q) => q[0]), Q.map((q) => q[1]), Q.map((q) => q[2])];
  assert(qRows[0].length === 49 && qRows.every((r) => r.length === 49), "c1 49 columns");
  assert(pct1(649172 - 523864, 523864) === "23.9%" && pct1(41058 - 31265, 31265) === "31.3%" && (41058 - 31265) * 100 >= 30 * 31265, "c1 retail growth 23.9% / 31.3%");
  assert(365 * 100 < 50 * 812 && 365 * 100 >= 40 * 812 && pct1(365, 812) === "45.0%", "c1 poor 365/812 = 44.95% → 8");
  assert(yuanOfWan(384.28) === spentPre + 380000, "c1 stated 384.28万 includes September");

  // ---------------- points
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 2 + 1,
    "work.center": 2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + 0 + 1, "work.coverage": 5 + 5, "work.upward": 2 + 1 + 1 + 1 + 1 + 2,
    "work.training": 8 + 8, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": -5, "bonus.poorTraining": 0, "bonus.tvCase": 0,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 73 && bonus === 0, "c1 total " + scored);
  const derivation = [
    "org.leadership: 问卷第2条（第1条备注“作废”）：组长“其他〖区委副书记、区长〗”（主要领导），成员单位含区商务局、区财政局、区农业农村局、区乡村振兴局 → 2",
    "org.plan: 第2条第9题“是”，第32题自评2 → 2",
    "org.policy: 第10题“是”，第33题自评2 → 2",
    "org.management: 第34题项目管理制度2 + 第35题工作台账1（第1条填2，已作废） → 3",
    `work.center: 中心2020年11月26日投入运营 ≤ 截止日 → 2，且 ≤ 2021-02-28 → 运行满6个月 2；第12题多选勾了免费培训 2、免费展示销售 1、品牌推广 1、其他衍生增值服务 1，没勾摄影美工，备注写明“暂未提供免费摄影、美工服务” → 0；产业园“是” → 2；园区企业名录22行，但鮀城优品供应链在孵化区和仓储物流区各列一次（同一信用代码），新津玩具礼品网店2021年5月已退园，东方跨境2021年9月才入驻 → 截止日在园19家 < 20 → 0；类别有电商平台、网络零售、代运营服务商、快递物流等 ≥ 3种 → 1；合计12`,
    `work.coverage: 区划代码表中“…村民委员会”36个是行政村（“…居民委员会”40个是社区，城乡分类代码不决定类型；区、街道行不是村）；站点台账建成时间分年、月、日三列，“〃”同上年份；截止日前有站点的行政村26个（${monthOnlyV}只写“2021年8月”无日，算在内；${coveredPlan[5]}两个站只算一次；${S("龙华街道").cs[1]}是社区；${lateV}2021年9月3日建成，在截止日后） → 26/36 = 72.2% ≥ 70% → 5；省定贫困村${poorList.join("、")}2个都有站点 → 2/2 = 100% → 5；合计10`,
    "work.upward: 网销调研自评2 → 2；促销活动自评1 → 1；第三方服务商“是” → 1；区划代码表没有快递列，按第15题“是” → 1；交易标准与冷链溯源自评1 → 1；农村网络零售额52386.4万→64917.2万元增长23.9%不够，农产品网络零售额3126.5万→4105.8万元增长31.3% ≥ 30% → 2；合计8",
    `work.training: 培训登记表按期登记，人次取“参训人数”下的“合计”列（“其中女性”“其中脱贫人口”是其中数）；“2020.12.6-7”“2020年11月15日—16日”类起止日期按结束日；第${SES.length}期2021年9月14—16日400人次在截止日后；截止日前合计4,630人次（问卷第20题5,030含9月，以台账为准）；常住人口57.64万 > 50万，以500,000为基数：4,630/500,000 = 0.926%，在0.8%—1%之间 → 8；无贫困人口名单，按问卷第21、22题：812人中参训365人 = 44.95%，在40%—50%之间 → 8（“其中脱贫人口”列${sumP}是人次，不是人数）；合计16`,
    "info.disclosure: 第23题四项都选（创建方案、项目基本信息、项目建设进度、监督举报窗口） → 2；专栏页面逐页复制，近一年（2020年9月—2021年8月）2021年4月没有发布 → 不定时更新 → 1；合计3",
    "info.reporting: 报送记录按“报送日期”看：2020年9月—2021年8月每月都有报送（按“所属月份”看2021年8月没有，但报送的月份才是报送记录的日期） → 3；“是否含电商扶贫数据”为“是”、第24题“能” → 3；合计6",
    "promo.cases: 报送记录下方第二张表：2021.4.16向汕头市商务局报送经验做法材料 → 2（2021.9.8一份在截止日后）",
    "promo.media: 宣传报道没有级别列，按媒体名称判断：汕头日报、汕头广播电视台、汕头特区晚报是市级 → 3；龙湖发布是区级 → 1；南方日报（省级）2021年9月10日，在截止日后不算；合计4",
    "fund.system: 第39题自评4 → 4",
    "fund.ledger: 第40题自评4 → 4",
    `fund.spending: 专户流水借方是支出（贷方是财政拨款和结息）：截止日前借方11笔共3,462,800.00元，下达500万元，支出率69.3% < 70% → 倒扣5分 → -5（2021年9月6日380,000元在截止日后；问卷第26题“累计拨付384.28万元”含9月那笔，以流水为准；第41题自评4不适用）`,
    "bonus.poorTraining: 贫困人口培训率44.95% < 70% → 0",
    "bonus.tvCase: 电商扶贫典型案例只在汕头广播电视台（市级电视）播出，不是国家级或省级电视 → 0",
    "veto.incident: 第30题“否” → 不否决",
    "veto.progress: 第29题项目总体进度85% ≥ 40% → 不否决",
    "veto.fraud: 第31题“否” → 不否决",
  ];
  return {
    description:
      "汕头龙湖区商务局整本工作簿。“问卷导出”是问卷星导出的横表：第1行是题目（“4、常住人口（万人，…）”等49列，前6列序号、提交时间、IP等不是数据），第2、3行是两次提交，第1条备注“作废…以第2条为准”（常住人口47.92、工作台账2、总分88都作废），读第2条；多选题用“┋”连接，“其他〖区委副书记、区长〗”是填空；第12题没选摄影美工，备注写明暂未提供；金额单位在题目里（万元），数都是文字；自评只有总分，没有分指标自评。“区划代码”是统计用区划代码表：12位代码，区、街道行夹在中间，“村民委员会”是行政村、“居民委员会”是社区，城乡分类代码不决定类型，贫困村列是商务局补填的是/否，没有快递列。“站点台账”建成时间分年|月|日三列（两行表头），年份多用“〃”，一站只有年月。“培训台账”两行表头，参训人数合计|其中女性|其中脱贫人口，起止日期按结束日，有一期9月的，“275人”式文字。“园区企业”分孵化区、直播基地、仓储物流区三段，一家企业两段都列，入驻时间只到月，一家已退园、一家9月入驻。“专户流水”是银行交易明细（借方是支出，日期20200708式，截止日前支出率69.3%）。“报送记录”所属月份与报送日期错一个月，下面接第二张“经验材料报送情况”表。“专栏页面”是网站栏目逐页复制（置顶、每页15条、翻页行）。“宣传报道”没有级别列，级别看媒体名称。",
    sheets: [
      { name: "问卷导出", rows: qRows },
      { name: "区划代码", rows: vRows, merges: ["A1:D1", "A2:D2", `A${vRows.length}:D${vRows.length}`] },
      { name: "站点台账", rows: stRows, merges: stMerges },
      { name: "培训台账", rows: tRows, merges: tMerges },
      { name: "园区企业", rows: eRows, merges: eMerges },
      { name: "专户流水", rows: bRows, merges: ["A1:I1", "A2:I2", "A3:I3", `A${bRows.length}:I${bRows.length}`] },
      { name: "报送记录", rows: rRows, merges: rMerges },
      { name: "专栏页面", rows: pRows },
      { name: "宣传报道", rows: mRows, merges: ["A1:F1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts },
    derivation,
  };
}

// =====================================================================================================
// f1 — 汕头金平区: the facts filed on a statistics report form (统计报表): 表号 / 制定机关 / 文号 block, 综合机关名称 and
//      报告期 line, columns 指标名称 | 代码 | 计量单位 | 本期 | 上年同期 | 备注 with the 甲 乙 丙 1 2 丁 column-number row,
//      yes/no coded 是=1 否=0, the opening date as an 8-digit number, the 2019 retail amounts only in the 上年同期 column of
//      the 2020 rows (every other 上年同期 value is last year's figure, a distractor), the judged points in prose under the
//      signature line.
// =====================================================================================================
function buildF1() {
  const rows = [["电子商务进农村综合示范县创建情况统计表"],
    [null, null, null, null, "表　　号：", "粤商电农01表"],
    [null, null, null, null, "制定机关：", "广东省商务厅"],
    [null, null, null, null, "文　　号：", "粤商务电函〔2021〕101号"],
    ["综合机关名称：汕头市金平区商务局", null, "报告期：截至2021年8月31日", null, "计量单位：见表", null],
    ["指标名称", "代码", "计量单位", "本期", "上年同期", "备注"],
    ["甲", "乙", "丙", "1", "2", "丁"]];
  const merges = ["A1:F1", "A5:B5", "C5:D5", "E5:F5"];
  let code = 0;
  const YN = "是=1，否=0";
  const sec = (t) => {
    rows.push([t, null, null, null, null, null]);
  };
  const R = (name, unit, now, prev, note) => rows.push([name, String(++code).padStart(2, "0"), unit, now, prev === undefined ? null : prev, note || null]);
  sec("一、基本情况");
  R("常住人口", "万人", 83.62, 83.15, "第七次全国人口普查");
  R("行政村", "个", 18, 18);
  R("　其中：省定贫困村", "个", 0, 0);
  sec("二、组织领导与政策");
  R("工作领导小组组长（职务）", "—", "区长", "副区长", "2020年12月调整");
  R("领导小组成员单位", "—", "区商务局、区财政局、区农业农村局、区乡村振兴局等16个单位", "—");
  R("是否正式印发示范创建工作方案", YN, 1, 1);
  R("是否出台支持农村电商发展的政策", YN, 1, 0);
  sec("三、服务体系建设");
  R("县级电子商务公共服务中心投入运营日期", "年月日", 20201118, "—", "按年月日8位填写");
  R("有免费培训场所、培训设备，能组织电商基础培训", YN, 1, "—");
  R("为特色农产品提供免费展示、销售服务", YN, 1, "—");
  R("为电子商务市场主体提供免费摄影、美工服务", YN, 1, "—");
  R("组织农产品统一推广、指导特色农产品品牌建设", YN, 1, "—");
  R("为电子商务发展提供其他衍生增值服务", YN, 0, "—");
  R("建设或整合、优化当地电商产业园", YN, 1, 0);
  R("电商产业园入驻企业", "家", 24, 11);
  R("村级电子商务服务站点", "个", 15, 9);
  R("有专业第三方电子商务运营或服务商", YN, 1, 0);
  R("行政村物流快递覆盖率", "%", 100, 94.4);
  sec("四、农村产品上行");
  R("农村网络零售额（本期填2020年，上年同期填2019年）", "万元", 221906.3, 186432.5);
  R("　同比增长", "%", 19.0, "—");
  R("农产品网络零售额（本期填2020年，上年同期填2019年）", "万元", 10902.4, 8215.6);
  R("　同比增长", "%", 32.7, "—");
  assert(pct1(2219063 - 1864325, 1864325) === "19.0%" && pct1(109024 - 82156, 82156) === "32.7%", "f1 growth rows agree");
  sec("五、电商人才培训");
  R("电商培训人次（累计）", "人次", 9130, 4210);
  R("有劳动能力的建档立卡贫困人口（不含外出务工）", "人", 146, 151);
  R("　其中：参加电商培训", "人", 112, 63);
  assert(pct1(112, 146) === "76.7%", "f1 76.7%");
  sec("六、信息公开与数据报送");
  R("政府网站专栏公示创建方案", YN, 1, "—");
  R("政府网站专栏公示项目基本信息", YN, 1, "—");
  R("政府网站专栏公示项目建设进度", YN, 1, "—");
  R("专栏设立征求意见或监督举报窗口", YN, 0, "—", "拟于9月增设");
  R("近12个月向市商务局报送工作情况的月数", "个月", 12, 4);
  R("能统计电商扶贫情况", YN, 1, "—");
  sec("七、资金管理");
  R("下达省级专项资金", "万元", 500, 500);
  R("累计拨付资金", "万元", 402.65, 186.3);
  R("是否制定资金管理制度", YN, 1, 1);
  R("是否建立资金专用台账", YN, 1, 1);
  R("项目总体进度", "%", 93, 41);
  sec("八、一票否决事项");
  R("是否发生安全生产、质量事故或造成重大经济损失", YN, 0, 0);
  R("是否存在弄虚作假", YN, 0, 0);
  assert(code === 38, "f1 38 coded rows " + code);
  rows.push([]);
  rows.push(["单位负责人：蔡××　　统计负责人：郑××　　填表人：林××　　联系电话：0754-88xxxxxx　　报出日期：2021年9月3日"]);
  merges.push(`A${rows.length}:F${rows.length}`);
  rows.push(["补充说明："]);
  rows.push(["1．本表“本期”为截至报告期末的累计数或状态，“上年同期”为截至2020年8月31日数；零售额两行按指标名称括号内的口径填报。"]);
  rows.push(["2．评判类指标自评：方案制定2分，政策支持2分，项目管理制度2分，工作台账2分，网销调研1分，网络促销活动2分，交易标准与冷链溯源1分，资金管理制度5分，资金台账4分，资金及时拨付5分。"]);
  rows.push(["3．“是否”类指标是填1，否填0。"]);
  for (let r = rows.length - 3; r <= rows.length; r++) merges.push(`A${r}:F${r}`);
  assert(yuanOfWan(221906.3) === 2219063000 && yuanOfWan(186432.5) === 1864325000 && yuanOfWan(10902.4) === 109024000 && yuanOfWan(8215.6) === 82156000, "f1 万元");
  assert(yuanOfWan(402.65) === 4026500 && pct1(4026500, 5000000) === "80.5%", "f1 spent 80.5%");
  return {
    description:
      "汕头金平区商务局把自评数据填在一张统计报表式样的表里：右上角表号、制定机关、文号，“综合机关名称：汕头市金平区商务局”（县区名）和“报告期：截至2021年8月31日”（考评截止日期）一行；表头“指标名称|代码|计量单位|本期|上年同期|备注”，下面一行是“甲 乙 丙 1 2 丁”栏号，不是数据；分节行没有代码。只读“本期”列：是否类按“是=1，否=0”填1/0（其他衍生增值服务0、监督举报窗口0、两项否决事项0）；投入运营日期写成8位数字20201118；常住人口83.62万人；组长“区长”（上年同期“副区长”是旧值），成员单位含商务、财政、农业农村、乡村振兴；快递覆盖率100（%）。“上年同期”列都是去年的数（干扰），唯独两行零售额按指标名称里的口径：本期是2020年、上年同期是2019年（万元）；两行“同比增长”19、32.7（%）。入驻企业24、站点15、报送月数12不是事实输入。签名行下面的“补充说明”第2条用文字写了十个评判项自评分。",
    sheets: [{ name: "粤商电农01表", rows, merges }],
    expect: {
      facts: {
        county: "金平区", asOf: "2021-08-31", residentPopulation: 836200, adminVillagesStated: 18, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1864325000, ruralRetail2020: 2219063000, agriRetail2019: 82156000, agriRetail2020: 109024000,
        ruralRetailGrowthStated: 0.19, agriRetailGrowthStated: 0.327, trainingPersonTimesStated: 9130,
        eligiblePoorPersonsStated: 146, trainedPoorPersonsStated: 112,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4026500, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.93,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 5,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 河源江东新区: a task-completion table checked against the 创建工作方案 (目标任务 | 完成情况 | 完成率 | 是否完成 with
//      ● / ◐ / ○), facts only in 完成情况 (the targets are distractors), typed with the IME in full-width mode (digits, ．,
//      ，, ％), the basic facts in one prose cell above the table, a deputy leader (管委会分管副主任), judged points only where
//      the clerk wrote them in 备注.
// =====================================================================================================
function buildF2() {
  const rows = [["河源江东新区电子商务进农村综合示范创建任务完成情况对照表"],
    [`（对照《江东新区电子商务进农村综合示范创建工作方案》目标任务逐项对照，数据截至${fw("2021")}年${fw("8")}月${fw("31")}日）`],
    [`基本情况：新区常住人口${fw("11.86")}万人，辖临江镇、古竹镇和城东街道，共有行政村${fw("48")}个、社区${fw("9")}个，其中省定贫困村${fw("5")}个。`],
    ["序号", "任务类别", "目标任务（方案要求）", "完成情况", "完成率", "是否完成", "备注"]];
  const merges = ["A1:G1", "A2:G2", "A3:G3"];
  let n = 0;
  const R = (cat, target, done, rate, mark, note) => rows.push([++n, cat, target, done, rate, mark, note || null]);
  R("组织领导", "成立由管委会领导任组长的示范创建工作领导小组，统筹推进创建工作",
    "已成立，由管委会分管副主任任组长，经济发展局（商务）、财政局、农业农村局、乡村振兴办等部门参与", "100%", "●");
  R("组织领导", "印发示范创建工作方案", `已于${fw("2020")}年${fw("4")}月印发`, "100%", "●", "自评2分");
  R("组织领导", "出台支持农村电商发展的扶持政策", "政策文件已起草，待管委会审议，尚未出台", "—", "○");
  R("公共服务中心", `${fw("2020")}年${fw("6")}月底前建成县级电子商务公共服务中心并投入运营`, `${fw("2020")}年${fw("9")}月${fw("8")}日投入运营（较计划滞后）`, "100%", "●");
  R("公共服务中心", "设免费培训场所、培训设备，组织电商基础培训", `培训室${fw("1")}间、电脑${fw("40")}台，可组织电商基础培训`, "100%", "●");
  R("公共服务中心", "为特色农产品提供免费展示、销售服务", "设农特产品展示区，免费展示销售", "100%", "●");
  R("公共服务中心", "为电商市场主体提供免费摄影、美工服务", "摄影棚已建成，美工服务由运营方免费提供", "100%", "●");
  R("公共服务中心", "组织农产品统一推广，指导特色农产品品牌建设", "推出“江东好物”区域公用品牌", "100%", "●");
  R("公共服务中心", "提供其他衍生增值服务（代运营、金融对接等）", "尚未开展，正与金融机构洽谈", "0", "○");
  R("电商产业园", "整合建设新区电商产业园", "已整合建成江东电商产业园", "100%", "●");
  R("电商产业园", `产业园入驻企业${fw("20")}家以上`, `入驻企业${fw("17")}家`, fw("85%"), "◐");
  R("村级站点", "行政村站点覆盖率70%以上，省定贫困村全覆盖", `建成站点${fw("38")}个，覆盖行政村${fw("35")}个（${fw("72.9%")}），${fw("5")}个省定贫困村全覆盖`, "100%", "●");
  assert(pct1(35, 48) === "72.9%", "f2 72.9%");
  R("农村产品上行", "引进专业第三方电子商务运营服务商", "已引进河源市客都电子商务有限公司负责中心运营", "100%", "●");
  R("农村产品上行", "行政村物流快递覆盖率达到100%", `${fw("48")}个行政村全部通快递`, "100%", "●");
  R("农村产品上行", "开展农产品网络销售调研并形成建议", "已形成《江东新区农产品网络销售调研报告》", "100%", "●", "自评2分");
  R("农村产品上行", "2020年农村网络零售额同比增长30%以上",
    `${fw("2020")}年农村网络零售额${fw("3.26")}亿元，同比增长${fw("34.2%")}；农产品网络零售额${fw("1.08")}亿元，同比增长${fw("22.7%")}`, fw("114%"), "●");
  R("电商培训", `培训人次达常住人口1%以上（约${fw("1,186")}人次）`, `累计培训${fw("3,208")}人次`, fw("270.5%"), "●");
  assert(pct1(3208, 1186) === "270.5%", "f2 270.5%");
  R("电商培训", "有劳动能力的建档立卡贫困人口培训率达50%以上",
    `有劳动能力（不含外出务工）${fw("624")}人，已培训${fw("385")}人，培训率${fw("61.7%")}`, "100%", "●");
  assert(pct1(385, 624) === "61.7%", "f2 61.7%");
  R("信息公开", "设立公开专栏，公示创建方案、项目基本信息、建设进度，设立监督举报窗口",
    "已在新区管委会网站设立专栏，公示创建方案、项目基本信息和建设进度；监督举报窗口未设立", fw("75%"), "◐");
  R("数据报送", "每月向市商务局报送工作进展和电商统计数据", "每月报送，含电商扶贫统计", "100%", "●");
  R("资金管理", `省级专项资金${fw("500")}万元，资金支出率70%以上`, `已拨付${fw("386.4")}万元，支出率${fw("77.3%")}`, "100%", "●",
    "资金管理制度自评4分、资金台账自评4分、及时拨付自评3分");
  assert(pct1(3864000, 5000000) === "77.3%", "f2 77.3%");
  R("资金管理", "制定专项资金管理制度，承建单位建立资金专用台账", "已印发《江东新区电子商务进农村综合示范专项资金管理办法》；承建单位均已建立资金专用台账", "100%", "●");
  R("总体进度", "2021年8月底前完成全部建设任务", `项目总体进度${fw("90%")}`, fw("90%"), "◐");
  rows.push(["注：●已完成　◐部分完成　○未完成；完成率为完成值与目标值之比。"]);
  merges.push(`A${rows.length}:G${rows.length}`);
  rows.push(["江东新区经济发展局　2021年9月7日"]);
  merges.push(`A${rows.length}:G${rows.length}`);
  const fwCells = rows.flat().filter((c) => typeof c === "string" && /[０-９]/.test(c)).length;
  assert(fwCells >= 15, "f2 many full-width cells " + fwCells);
  return {
    description:
      "河源江东新区经济发展局的“创建任务完成情况对照表”：目标任务（方案要求）|完成情况|完成率|是否完成（●已完成、◐部分完成、○未完成）|备注。县区名在标题里（江东新区）。只读“完成情况”列，“目标任务”里的数（6月底前、20家、1%、1,186人次、30%、70%）是方案目标，不是事实；数字大多用输入法全角打的（２０２０年９月８日、１１．８６万人、３，２０８人次、３４．２％）。表上方一格文字写基本情况：常住人口11.86万人，行政村48个（社区9个不是），省定贫困村5个；标题下一行写数据截至2021年8月31日。组长是“管委会分管副主任”（分管领导），部门有商务、财政、农业农村、乡村振兴；政策“尚未出台”（否）；其他衍生增值服务“尚未开展”（否）；监督举报窗口“未设立”（否），其余三项公示是；零售额只写2020年和增速（农村3.26亿元、34.2%，农产品1.08亿元、22.7%），2019年没写；入驻17家、站点38个不是输入；没有否决事项。评判项只在备注里写了方案制定2、网销调研2、资金三项4/4/3。",
    sheets: [{ name: "任务完成情况", rows, merges }],
    expect: {
      facts: {
        county: "江东新区", asOf: "2021-08-31", residentPopulation: 118600, adminVillagesStated: 48, poorVillagesStated: 5,
        planIssued: true, policyIssued: false, centerOpened: "2020-09-08", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: 326000000, ruralRetailGrowthStated: 0.342, agriRetail2020: 108000000, agriRetailGrowthStated: 0.227,
        trainingPersonTimesStated: 3208, eligiblePoorPersonsStated: 624, trainedPoorPersonsStated: 385,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3864000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9,
      },
      judged: { "org.plan": 2, "work.upward.research": 2, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3 },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f3 — 汕尾红海湾经济开发区: a tick-the-option scoring form — every 评分标准 option of the official table on its own row
//      (tiers, checklist items, judged ranges), ☑ / ☐ in a 勾选 column, the evidence in 实际情况, the points per option in
//      分项得分 and per indicator in a merged 指标自评分 column (the claim); unticked checklist rows say why in 实际情况.
// =====================================================================================================
function buildF3() {
  const rows = [["汕尾市红海湾经济开发区电子商务进农村综合示范创建考评评分勾选表"],
    ["填报单位：红海湾经济开发区经济发展局（商务）　　　　考评截止日期：2021年8月31日"],
    ["工作任务", "评价指标", "权重", "评分选项（评分标准）", "勾选", "实际情况", "分项得分", "指标自评分"]];
  const merges = ["A1:H1", "A2:H2"];
  const ON = "☑";
  const OFF = "☐";
  const claimed = {};
  let gStart = null;
  let gName = null;
  const group = (name) => {
    if (gName !== null && rows.length >= gStart + 1) merges.push(`A${gStart}:A${rows.length}`);
    gName = name;
    gStart = rows.length + 1;
  };
  // opts: [text, tick, fact, points]
  const ind = (id, name, weight, opts) => {
    const r0 = rows.length + 1;
    const tot = sum(opts.map((o) => (typeof o[3] === "number" ? o[3] : 0)));
    opts.forEach((o, j) => {
      rows.push([j === 0 && r0 === gStart ? gName : null, j === 0 ? name : null, j === 0 ? weight : null, o[0], o[1] === null ? null : o[1] ? ON : OFF, o[2] || null,
        o[3] === undefined ? null : o[3], j === 0 ? (id ? tot : "—") : null]);
    });
    if (opts.length > 1) for (const c of ["B", "C", "H"]) merges.push(`${c}${r0}:${c}${rows.length}`);
    if (id) claimed[id] = tot;
  };
  group("加强组织领导与统筹协调（10分）");
  ind("org.leadership", "组织领导", 2, [
    ["由县（市、区）政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）", true,
      "管委会主任任领导小组组长，经济发展局（商务）、财政局、农业农村和水务局、社会事务局（扶贫办）参与", 2],
    ["由县（市、区）政府分管领导牵头（1分）", false, null, null],
    ["其他情况不得分", false, null, null]]);
  ind("org.plan", "方案制定", 2, [["工作方案因地制宜，可操作性较强（1-2分）", true, "2020年3月印发《红海湾经济开发区电子商务进农村综合示范创建工作方案》", 2]]);
  ind("org.policy", "政策支持", 2, [["出台相关政策，且得到较好落实（1-2分）", true, "出台《红海湾经济开发区农村电子商务扶持办法》，部分条款未兑现", 1]]);
  ind("org.management", "项目管理", 4, [
    ["建立项目管理制度，在建设、验收环节严格落实相关制度（1-2分）", true, "制定项目管理和验收办法", 2],
    ["建立完整工作台账，详细记录项目建设情况（1-2分）", true, "站点、培训、资金等台账齐全", 2]]);
  group("深入推动电子商务进农村工作（55分）");
  ind("work.center", "服务体系建设（县级中心与产业园）", 15, [
    ["建成县级电子商务公共服务中心（2分）", true, "2021年1月18日建成并投入运营", 2],
    ["建成后已正常运行6个月（截至2021年8月31日）以上（2分）", true, "已运行7个多月", 2],
    ["有免费培训场所、培训设备，能组织电商基础培训（2分）", true, "培训室1间，电脑30台", 2],
    ["为特色农产品提供免费展示、销售服务（1分）", true, "海产品、农特产品展示厅", 1],
    ["为电子商务市场主体提供免费摄影、美工服务（1分）", true, "摄影美工室免费开放", 1],
    ["组织农产品统一推广、指导特色农产品品牌建设（1分）", true, "“红海湾鲜”统一推广", 1],
    ["为电子商务发展提供其他衍生增值服务（1分）", false, "暂未提供", 0],
    ["建设或整合、优化当地电商产业园（2分）", true, "整合优化红海湾电商产业园", 2],
    ["电商产业园企业入驻数量达20家及以上（2分）", false, "入驻12家", 0],
    ["电商产业园入驻企业含平台型电商企业、销售型企业、电商运营商或物流企业等至少三种以上类型（1分）", true, "销售型、运营商、物流企业", 1]]);
  ind("work.coverage", "服务体系建设（村级站点覆盖）", 10, [
    ["行政村覆盖率70%及以上（5分）", true, "行政村21个，有站点的18个，覆盖率85.7%", 5],
    ["行政村覆盖率50%-70%（不含）（2分）", false, null, null],
    ["贫困村覆盖率100%（5分）", true, "省定贫困村2个，全覆盖", 5],
    ["贫困村覆盖率80%-100%（不含）（3分）", false, null, null]]);
  assert(pct1(18, 21) === "85.7%", "f3 85.7%");
  ind("work.upward", "农村产品上行", 10, [
    ["对当地农产品网络销售进行调研，并形成针对性建议（1-2分）", true, "完成海产品网销调研，建议未成文", 1],
    ["开展农村产品网络促销活动成效明显（1-2分）", true, "举办“开渔节”网络促销", 2],
    ["当地有专业第三方电子商务运营或服务商（1分）", true, "汕尾市海韵电子商务有限公司", 1],
    ["行政村物流快递覆盖率100%（1分）", true, "21个行政村全部覆盖", 1],
    ["有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）", true, "建成冷库1座，溯源系统在建", 1],
    ["2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）", true,
      "农村网络零售额2019年1.82亿元、2020年2.21亿元，增长21.4%；农产品网络零售额2019年0.46亿元、2020年0.63亿元，增长37.0%", 2]]);
  assert(pct1(221 - 182, 182) === "21.4%" && pct1(63 - 46, 46) === "37.0%", "f3 growth");
  ind("work.training", "电商人才培训", 20, [
    ["培训人次达常住人口1%及以上（10分）", true, "常住人口5.27万人，培训712人次，占1.35%", 10],
    ["培训人次0.8%-1%（不含）（8分）", false, null, null],
    ["培训人次0.6%-0.8%（不含）（6分）", false, null, null],
    ["建档立卡贫困人口培训率50%及以上（10分）", true, "有劳动能力的建档立卡贫困人口（不含外出务工）286人，参训173人，60.5%", 10],
    ["建档立卡贫困人口培训率40%-50%（不含）（8分）", false, null, null],
    ["建档立卡贫困人口培训率30%-40%（不含）（6分）", false, null, null]]);
  assert(pct2(712, 52700) === "1.35%" && pct1(173, 286) === "60.5%", "f3 training");
  group("加强信息公开及报送（10分）");
  ind("info.disclosure", "信息公开", 4, [
    ["在县政府网站设立公开专栏且内容全面（2分）", true, "管委会网站专栏公示创建方案、项目基本信息、项目建设进度，设监督举报电话", 2],
    ["近一年内专栏内容能按月更新（2分）", true, "每月更新建设进度", 2],
    ["不定时更新（1分）", false, null, null]]);
  ind("info.reporting", "数据上报", 6, [
    ["近一年能每月向市商务局报送工作情况（3分）", true, "每月5日前报送", 3],
    ["不定时上报（1分）", false, null, null],
    ["能统计电商扶贫情况（3分）", true, "按月统计脱贫户参训、带动增收情况", 3]]);
  group("加强宣传推广（10分）");
  ind("promo.cases", "案例总结", 2, [["向市商务局报送经验材料（2分）", true, "2021年5月报送《红海湾“渔村电商”经验材料》", 2]]);
  ind("promo.media", "经验推广", 8, [
    ["省级及以上媒体进行宣传报道（4分）", true, "南方+客户端2021年4月2日", 4],
    ["市级媒体进行宣传报道（3分）", false, "暂无", 0],
    ["县级媒体进行宣传报道（1分）", true, "红海湾发布", 1]]);
  group("加强财政资金管理（15分）");
  ind("fund.system", "制度建立", 5, [["建立科学有效的资金管理制度且得到有效落实（1-5分）", true, "制定《红海湾经济开发区电子商务进农村综合示范专项资金管理办法》", 4]]);
  ind("fund.ledger", "资金台账", 5, [["项目承建方建立资金专用台账，账目完整（1-5分）", true, "承建单位均建立资金专用台账", 5]]);
  ind("fund.spending", "资金支出", 5, [
    ["资金支出率70%以上，且根据创建进度及时拨付（1-5分）", true, "下达500万元，拨付381.9万元，支出率76.4%", 4],
    ["资金支出率低于70%倒扣5分", false, null, null]]);
  assert(pct1(3819000, 5000000) === "76.4%", "f3 76.4%");
  group("加分项（4分）");
  ind("bonus.poorTraining", "贫困人口培训", 2, [["建档立卡贫困人口培训率70%及以上（2分）", false, "60.5%，未达70%", 0]]);
  ind("bonus.tvCase", "典型案例电视播报", 2, [
    ["电商扶贫典型案例获国家级电视媒体播报（2分）", false, "无", 0],
    ["电商扶贫典型案例获省级电视媒体播报（1分）", false, "无", 0]]);
  group("一票否决项");
  ind(null, "安全生产", null, [["发生安全生产、质量事故，或者造成重大经济损失和社会不良影响", false, "未发生", undefined]]);
  ind(null, "项目进度", null, [["项目建设进度严重滞后，总体进度不足40%", false, "总体进度92%", undefined]]);
  ind(null, "弄虚作假", null, [["弄虚作假", false, "无", undefined]]);
  group(null);
  const tot = sum(Object.values(claimed));
  rows.push(["合计", null, 104, null, null, null, null, tot]);
  merges.push(`A${rows.length}:B${rows.length}`);
  rows.push(["说明：符合的选项勾“☑”，不符合的勾“☐”；分项得分合计为指标自评分。"]);
  merges.push(`A${rows.length}:H${rows.length}`);
  assert(tot === 89, "f3 claimed 89 " + tot);
  assert(claimed["work.center"] === 12 && claimed["work.upward"] === 8 && claimed["promo.media"] === 5, "f3 claims");
  return {
    description:
      "汕尾红海湾经济开发区经济发展局的“评分勾选表”：官方评分标准的每个选项单独一行（分档、逐项、1-2分/1-5分评判），“勾选”列☑/☐，“实际情况”写依据，“分项得分”是每个选项的分（评判项即自评分），“指标自评分”按指标向下合并（就是自评分，含加分项的0）；工作任务、评价指标、权重也向下合并。要从勾选和实际情况读出事实：组长管委会主任（主要领导）且商务、财政、农业、扶贫都参与；中心2021年1月18日投入运营；其他衍生增值服务☐“暂未提供”（否）；产业园是；入驻12家不是输入；行政村21个、省定贫困村2个；零售额四个数和两个增速；常住人口5.27万人、培训712人次；286人/173人；专栏四项都有；能统计扶贫；下达500万元、拨付381.9万元；资金制度、台账是；总体进度92%；否决项都☐。分档选项没勾的“分项得分”是空的。",
    sheets: [{ name: "评分勾选表", rows, merges }],
    expect: {
      facts: {
        county: "红海湾经济开发区", asOf: "2021-08-31", residentPopulation: 52700, adminVillagesStated: 21, poorVillagesStated: 2,
        planIssued: true, policyIssued: true, centerOpened: "2021-01-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 182000000, ruralRetail2020: 221000000, agriRetail2019: 46000000, agriRetail2020: 63000000,
        ruralRetailGrowthStated: 0.214, agriRetailGrowthStated: 0.37, trainingPersonTimesStated: 712,
        eligiblePoorPersonsStated: 286, trainedPoorPersonsStated: 173,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3819000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.92,
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
// l1 — 韶关乐昌市: training as a person × session matrix (one row per trainee, one column per session, a tick per
//      attendance, "假" for leave; the year only in a merged group row above the session columns, the session's date as
//      "第N期\n月日" or "月日—日"); the 全国扶贫开发信息系统 export of the poor population (户/人编号, 劳动技能 categories and
//      务工状况 categories decide labour and migrant); a per-town pivot that is not a ledger.
// =====================================================================================================
function buildL1() {
  const REGION = "440281";
  const SESS = [
    { iso: "2020-10-13", label: "第1期\n10月13日" }, { iso: "2020-11-06", label: "第2期\n11月5—6日" }, { iso: "2020-12-17", label: "第3期\n12月17日" },
    { iso: "2021-03-23", label: "第4期\n3月23日" }, { iso: "2021-05-13", label: "第5期\n5月11—13日" }, { iso: "2021-07-20", label: "第6期\n7月20日" },
    { iso: "2021-09-14", label: "第7期\n9月14日" },
  ];
  // households: town, village, members [relation, male, birth year, 劳动技能, 务工状况, trained sessions (indexes)]
  const H = [
    ["长来镇", "长来村", [["户主", true, 1972, "普通劳动力", "无", [0, 3]], ["配偶", false, 1975, "普通劳动力", "乡（镇）内务工", [1]], ["之子", true, 2004, "无劳动力", null, []]]],
    ["北乡镇", "北乡村", [["户主", true, 1968, "普通劳动力", "省外务工", [1]], ["配偶", false, 1970, "普通劳动力", "无", [2]], ["之母", false, 1943, "丧失劳动力", null, []]]],
    ["九峰镇", "茶料村", [["户主", true, 1980, "技能劳动力", "县外省内务工", []], ["配偶", false, 1983, "普通劳动力", "无", [4]], ["之女", false, 2008, "无劳动力", null, []], ["之子", true, 2011, "无劳动力", null, []]]],
    ["廊田镇", "新洞村", [["户主", true, 1959, "普通劳动力", "无", []], ["配偶", false, 1961, "丧失劳动力", null, []]]],
    ["梅花镇", "大坪村", [["户主", false, 1976, "普通劳动力", "乡（镇）内务工", [6]], ["之子", true, 2000, "普通劳动力", "省外务工", []]]],
    ["坪石镇", "三星坪村", [["户主", true, 1985, "普通劳动力", "无", [3, 5]], ["配偶", false, 1988, "普通劳动力", "无", []], ["之女", false, 2013, "无劳动力", null, []]]],
    ["黄圃镇", "黄圃村", [["户主", true, 1965, "丧失劳动力", null, []], ["配偶", false, 1967, "普通劳动力", "无", [5]], ["之子", true, 1992, "技能劳动力", "省外务工", []]]],
    ["两江镇", "两江村", [["户主", true, 1978, "普通劳动力", "县外省内务工", []], ["配偶", false, 1979, "普通劳动力", "无", [0]], ["之父", true, 1950, "丧失劳动力", null, []]]],
    ["沙坪镇", "沙坪村", [["户主", true, 1990, "技能劳动力", "乡（镇）内务工", [4, 6]]]],
    ["云岩镇", "云岩村", [["户主", false, 1958, "普通劳动力", "无", []], ["之子", true, 1986, "普通劳动力", "县外省内务工", []]]],
  ];
  const LABOUR = { "普通劳动力": true, "技能劳动力": true, "丧失劳动力": false, "无劳动力": false };
  const MIGRANT = { "省外务工": true, "县外省内务工": true, "乡（镇）内务工": false, "无": false };
  const poor = [];
  H.forEach(([town, village, ms], h) => {
    const hh = `${REGION}${String(104 + h * 3).padStart(3, "0")}${String(rint(10, 99))}${String(rint(100, 999))}`;
    let surname = null;
    ms.forEach(([rel, male, by, lab, work, ses], k) => {
      const birth = randIsoBetween(`${by}-01-01`, `${by}-12-31`);
      const wantX = (h === 2 || h === 6) && rel === "配偶";
      const id = makeId(REGION, birth, male, wantX);
      let name;
      if (rel === "户主") {
        name = personNameG(male);
        surname = name[0];
      } else if (["之子", "之女", "之父"].includes(rel)) name = personNameG(male, surname);
      else name = personNameG(male);
      poor.push({ town, village, hh, pn: `${hh}${String(k + 1).padStart(2, "0")}`, name, male, rel, id, lab, work, ses, by, student: lab === "无劳动力" && by >= 2000 });
    });
  });
  assert(poor.length === 26, "l1 26 poor persons");
  const eligible = poor.filter((p) => LABOUR[p.lab] && p.work !== null && !MIGRANT[p.work]);
  assert(eligible.length === 12, "l1 12 eligible " + eligible.length);

  // ---------------- the matrix
  const TOWNS = ["乐城街道", "北乡镇", "九峰镇", "廊田镇", "长来镇", "梅花镇", "三溪镇", "坪石镇", "黄圃镇", "五山镇", "两江镇", "沙坪镇", "云岩镇", "秀水镇", "大源镇", "庆云镇", "白石镇"];
  const people = poor.filter((p) => p.ses.length).map((p) => ({ name: p.name, male: p.male, id: p.id, town: p.town, poor: true, ses: p.ses }));
  for (let k = 0; k < 24; k++) {
    const male = rnd() < 0.45;
    const birth = birthBetween(1975, 2001);
    const n = rint(1, 3);
    const ses = [];
    while (ses.length < n) {
      const s = rint(0, 6);
      if (!ses.includes(s)) ses.push(s);
    }
    ses.sort((a, b) => a - b);
    people.push({ name: personNameG(male), male, id: makeId(REGION, birth, male, k === 5 ? true : false), town: TOWNS[rint(0, TOWNS.length - 1)], poor: false, ses });
  }
  const order = shuffle(people.map((_, i) => i));
  const rowsP = order.map((i) => people[i]);
  // a leave mark for one poor person and one other person
  const leaveAt = [{ p: rowsP.find((p) => p.poor && p.ses.length === 1 && !p.ses.includes(4)), s: 4 }, { p: rowsP.find((p) => !p.poor && !p.ses.includes(2)), s: 2 }];
  const lowerX = rowsP.find((p) => p.poor && p.id.endsWith("X"));
  const fullW = rowsP.find((p) => !p.poor && !p.id.endsWith("X"));
  assert(lowerX && fullW && leaveAt.every((l) => l.p), "l1 special rows");
  const tRows = [["乐昌市电子商务进农村培训学员参训登记表"], ["说明：一名学员一行；参加某期培训在该期下打“√”，请假写“假”；末列为参训次数。"],
    ["序号", "姓名", "性别", "身份证号码", "所在镇（街）", "是否脱贫户", "2020年", null, null, "2021年", null, null, null, "参训次数"],
    [null, null, null, null, null, null].concat(SESS.map((s) => s.label), [null])];
  const tMerges = ["A1:N1", "A2:N2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:I3", "J3:M3", "N3:N4"];
  const tRecs = [];
  const colCount = SESS.map(() => 0);
  rowsP.forEach((p, r) => {
    const cells = SESS.map((_, s) => {
      if (p.ses.includes(s)) {
        colCount[s]++;
        tRecs.push({ date: SESS[s].iso, personTimes: 1, id: p.id });
        return (r + s) % 3 === 0 ? "✓" : "√";
      }
      return leaveAt.some((l) => l.p === p && l.s === s) ? "假" : null;
    });
    let idCell = p.id;
    if (p === lowerX) idCell = p.id.slice(0, 17) + "x";
    if (p === fullW) idCell = fullWidth(p.id);
    tRows.push([r + 1, p.name, p.male ? "男" : "女", idCell, p.town, p.poor ? "是" : "否"].concat(cells, [p.ses.length]));
  });
  tRows.push(["合计", null, null, null, null, null].concat(colCount, [sum(colCount)]));
  tMerges.push(`A${tRows.length}:F${tRows.length}`);
  tRows.push(["注：第2期、第5期为连续多日培训，按一期计；第7期为2021年9月举办。"]);
  tMerges.push(`A${tRows.length}:N${tRows.length}`);
  assert(tRecs.length === sum(colCount) && tRecs.length === sum(people.map((p) => p.ses.length)), "l1 ticks = records");
  const CUT = "2021-08-31";
  const trainedIds = new Set(tRecs.filter((t) => t.date <= CUT).map((t) => t.id));
  const trainedEligible = eligible.filter((p) => trainedIds.has(p.id)).length;
  assert(trainedEligible === 8 && pct1(8, 12) === "66.7%", "l1 8/12 eligible trained by the cut-off");
  const withSept = new Set(tRecs.map((t) => t.id));
  assert(eligible.filter((p) => withSept.has(p.id)).length === 9 && 9 * 100 >= 70 * 12, "l1 with September 9/12 = 75% (trap)");
  assert(poor.some((p) => MIGRANT[p.work] && trainedIds.has(p.id)), "l1 a migrant worker trained (not eligible)");

  // ---------------- the poverty-alleviation system export
  const pRows = [["全国扶贫开发信息系统　贫困人口明细表"],
    ["导出条件：广东省/韶关市/乐昌市；年度：2020；贫困户状态：已脱贫,未脱贫；（商务局从乡村振兴局取得，仅含有参训记录或有劳动能力人员所在户）"],
    ["序号", "省", "市", "县", "乡（镇）", "行政村", "户编号", "人编号", "姓名", "性别", "证件号码", "与户主关系", "劳动技能", "务工状况", "务工时间（月）", "在校生状况", "脱贫年度"]];
  const pRecs = [];
  const YEARS = ["2018", "2019", "2019", "2020"];
  poor.forEach((p, i) => {
    const months = p.work && p.work !== "无" ? rint(6, 12) : null;
    const school = p.student ? { 2004: "普通高中三年级", 2008: "初中二年级", 2011: "小学四年级", 2013: "小学二年级" }[p.by] : null;
    assert(!p.student || school, "l1 school grade for " + p.by);
    pRows.push([i + 1, "广东省", "韶关市", "乐昌市", p.town, p.village, p.hh, p.pn, p.name, p.male ? "男" : "女", p.id, p.rel, p.lab, p.work, months, school,
      YEARS[H.findIndex((h) => h[0] === p.town) % 4]]);
    pRecs.push({ id: p.id, labour: LABOUR[p.lab], migrant: p.work === null ? null : MIGRANT[p.work] });
  });
  assert(pRecs.filter((r) => r.labour && r.migrant === false).length === 12, "l1 12 eligible in the records");
  assert(pRecs.filter((r) => r.migrant === null).every((r) => r.labour === false), "l1 blank 务工状况 only for persons without labour");

  // ---------------- 分镇统计: a pivot, not a ledger
  const byTown = new Map();
  for (const p of people) {
    const t = byTown.get(p.town) || { n: 0, pt: 0, poorPt: 0 };
    t.n++;
    t.pt += p.ses.length;
    if (p.poor) t.poorPt += p.ses.length;
    byTown.set(p.town, t);
  }
  const sRows = [["各镇（街）参训情况统计"], ["镇（街）", "学员数（人）", "参训人次", "其中脱贫户人次"]];
  for (const t of TOWNS) if (byTown.has(t)) sRows.push([t, byTown.get(t).n, byTown.get(t).pt, byTown.get(t).poorPt]);
  sRows.push(["合计", people.length, sum(people.map((p) => p.ses.length)), sum(people.filter((p) => p.poor).map((p) => p.ses.length))]);
  sRows.push(["注：本表由“学员参训登记”汇总，含第7期。"]);
  return {
    description:
      "韶关乐昌市商务局培训与脱贫人口台账。“学员参训登记”是学员×期次矩阵：一人一行（姓名、性别、身份证号、镇、是否脱贫户），每期一列，参加打√或✓（一个勾是一条记录，人次1），“假”是请假不算，空白是没参加；年份只在合并的分组行（“2020年”盖第1—3期，“2021年”盖第4—7期），期次列头是“第2期\\n11月5—6日”式，连续多日按结束日；第7期2021年9月14日；末列“参训次数”和最后的“合计”行不是记录；记录按行从左到右。身份证号一个末位小写x（读作X）、一个用全角数字打的。“建档立卡人口明细”是全国扶贫开发信息系统导出：劳动技能“普通劳动力/技能劳动力”为有劳动能力，“丧失劳动力/无劳动力”为无；务工状况“省外务工/县外省内务工”为外出务工，“乡（镇）内务工/无”为不是，无劳动力的人务工状况为空（null）；户编号、人编号不是身份证号。“分镇统计”是汇总表，不是台账。",
    sheets: [
      { name: "学员参训登记", rows: tRows, merges: tMerges },
      { name: "建档立卡人口明细", rows: pRows, merges: ["A1:Q1", "A2:Q2"] },
      { name: "分镇统计", rows: sRows, merges: ["A1:D1", `A${sRows.length}:D${sRows.length}`] },
    ],
    expect: {
      sheets: {
        "学员参训登记": { kind: "training", records: tRecs },
        "建档立卡人口明细": { kind: "poorPersons", records: pRecs },
        "分镇统计": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 潮州枫溪区: stations in two tables on one sheet (第一批 typed in 2020, 第二批 typed in 2021 by someone else with
//      another column order, 负责人 and phone in one cell, month-only and two-digit dates); a payment-approval register
//      (申请 / 核定 / 实付 amounts, 申请日期 vs 支付日期, a pending row, 年度 sections with 小计 and 累计 rows, ¥ and 元 in
//      cells); press reports as label/value blocks, one block per report; a 公文 list of the materials sent; a cover sheet.
// =====================================================================================================
function buildL2() {
  // ---------------- 站点建设: two batches, two layouts
  const B1 = [
    ["枫一村电商服务站", "枫一村", "枫一村委会办公楼一楼", "2020-08-12", "D"],
    ["枫二村电商服务站", "枫二村", "枫二村文化室旁", "2020-08-12", "D"],
    ["长德村电商服务站", "长德村委会", "长德村党群服务中心", "2020-09-25", "dot"],
    ["英塘村电商服务站", "英塘村", "英塘村口商店", "2020-10-16", "D"],
    ["詹厝村电商服务站", "詹厝村", "詹厝村老人活动中心旁", "2020-11-03", "dot"],
    ["全福村电商服务站", "全福村", "全福村委会", "2020-11-27", "D"],
    ["洋东村电商服务站", "洋东村民委员会", "洋东村小卖部", "2020-12-18", "cn"],
    ["蔡陇村电商服务站", "蔡陇村", "蔡陇村委会旁", "2020-12-29", "D"],
  ];
  const B2 = [
    ["云步村", "云步村电商服务点", "2021-03", "month", null],
    ["田头何村", "田头何村电商服务站", "2021-04-16", "twoSlash", null],
    ["枫溪社区", "枫溪社区电商服务站", "2021-05-20", "dash", "社区站点"],
    ["东山村", "东山村电商服务站", "2021-06-28", "D", null],
    ["长德村", "长德村电商服务点（二）", "2021-07-09", "cn", "同村第二个服务点"],
    ["池湖村", "池湖村电商服务站", "2021-09-02", "cn", "2021年9月新建"],
  ];
  const sRows = [["枫溪区村级电子商务服务站点建设情况"], [], ["一、第一批（2020年）"],
    ["序号", "站点名称", "所属村", "详细地址", "负责人", "联系电话", "挂牌时间"]];
  const sMerges = ["A1:G1", "A3:G3"];
  const sRecs = [];
  B1.forEach(([name, v, addr, iso, f], i) => {
    const dc = f === "D" ? D(iso) : f === "dot" ? dotDate(iso) : cnDate(iso);
    sRows.push([i + 1, name, v, `潮州市枫溪区${addr}`, personName(), phone(), dc]);
    sRecs.push({ village: v.replace(/委会$|民委员会$/, ""), opened: iso });
  });
  sRows.push([]);
  sRows.push([]);
  sRows.push(["二、第二批（2021年）"]);
  sMerges.push(`A${sRows.length}:G${sRows.length}`);
  sRows.push(["村（社区）", "站点名称", "运营时间", "负责人及电话", "备注"]);
  B2.forEach(([v, name, iso, f, note]) => {
    const dc = f === "month" ? cnMonth(iso) : f === "twoSlash" ? twoSlash(iso) : f === "dash" ? iso : f === "D" ? D(iso) : cnDate(iso);
    sRows.push([v, name, dc, `${personName()}　${mask(phone())}`, note]);
    sRecs.push({ village: v, opened: iso });
  });
  sRows.push(["注：第二批由各村报送，区商务局汇总。"]);
  assert(sRecs.length === 14 && sRecs[2].village === "长德村" && sRecs[6].village === "洋东村" && sRecs[8].opened === "2021-03", "l2 station records");
  assert(sRows.some((r) => r[2] === "21/4/16") && sRows.some((r) => r[2] === "2021年3月"), "l2 second-batch date styles");

  // ---------------- 资金支付登记: 申请 / 核定 / 实付, 申请日期 vs 支付日期
  const PAY = [
    { y: 2020, app: "2020-09-08", item: "公共服务中心装修工程（首期）", payee: "潮州市枫溪区建鸿装饰工程有限公司", a: 620000, ok: 620000, paid: 620000, on: "2020-09-18" },
    { y: 2020, app: "2020-10-20", item: "村级站点建设（第一批）", payee: "中国邮政集团有限公司潮州市分公司", a: 320000, ok: 298600, paid: 298600, on: "2020-11-03", note: "审计核减21,400元" },
    { y: 2020, app: "2020-11-25", item: "电商培训服务（第一期）", payee: "潮州市瓷都电子商务有限公司", a: 96800, ok: 96800, paid: 96800, on: "2020-12-04", paidFmt: "yuan", onFmt: "dot" },
    { y: 2020, app: "2020-12-15", item: "物流配送体系建设（首期）", payee: "潮州市枫溪区通达物流有限公司", a: 450000, ok: 450000, paid: 450000, on: "2020-12-30", paidFmt: "rmb" },
    { y: 2021, app: "2021-01-12", item: "区域公共品牌设计", payee: "汕头市鮀韵文化创意有限公司", a: 128500, ok: 128500, paid: 128500, on: "2021-01-26" },
    { y: 2021, app: "2021-03-02", item: "公共服务中心设备采购", payee: "潮州市枫溪区华信电子科技有限公司", a: 365000, ok: 365000, paid: 365000, on: "2021-03-19" },
    { y: 2021, app: "2021-04-08", item: "村级站点建设（第二批）", payee: "中国邮政集团有限公司潮州市分公司", a: 186000, ok: 186000, paid: 186000, on: "2021-04-30", onFmt: "dot" },
    { y: 2021, app: "2021-05-20", item: "电商培训服务（第二期）", payee: "潮州市瓷都电子商务有限公司", a: 102300, ok: 102300, paid: 102300, on: "2021-06-03", paidFmt: "yuan" },
    { y: 2021, app: "2021-06-15", item: "冷链设备采购", payee: "广东冷峰制冷设备有限公司", a: 263000, ok: 263000, paid: 263000, on: "2021-07-06" },
    { y: 2021, app: "2021-08-20", item: "农产品溯源系统建设", payee: "潮州市枫溪区华信电子科技有限公司", a: 158000, ok: 158000, paid: 158000, on: "2021-09-03", note: "8月20日申请，9月3日支付" },
    { y: 2021, app: "2021-08-26", item: "电商培训服务（第三期）", payee: "潮州市瓷都电子商务有限公司", a: 88000, ok: 88000, paid: null, on: null, note: "待验收后支付" },
  ];
  const fRows = [["枫溪区电子商务进农村综合示范专项资金支付审批登记表"], ["单位：元　　　　　　　　　　　　　　　　　　省级专项资金下达：500万元"],
    ["序号", "申请日期", "项目名称", "收款单位", "申请金额（元）", "核定金额（元）", "实付金额（元）", "支付日期", "凭证号", "备注"]];
  const fMerges = ["A1:J1", "A2:J2"];
  const fRecs = [];
  let no = 0;
  const tot = { a: 0, ok: 0, paid: 0 };
  for (const y of [2020, 2021]) {
    fRows.push([`${y}年度`]);
    fMerges.push(`A${fRows.length}:J${fRows.length}`);
    const sub = { a: 0, ok: 0, paid: 0 };
    PAY.filter((p) => p.y === y).forEach((p) => {
      const paidCell = p.paid === null ? null : p.paidFmt === "yuan" ? `${fmtMoney(p.paid).replace(/\.00$/, "")}元` : p.paidFmt === "rmb" ? `¥${fmtMoney(p.paid)}` : p.paid;
      const onCell = p.on === null ? null : p.onFmt === "dot" ? dotDate(p.on) : D(p.on);
      fRows.push([++no, D(p.app), p.item, p.payee, p.a, p.ok, paidCell, onCell, p.on ? `记-${p.on.slice(5, 7)}-${String(rint(1, 40)).padStart(3, "0")}` : null, p.note || null]);
      if (p.paid !== null) fRecs.push({ date: p.on, amount: p.paid });
      sub.a += p.a;
      sub.ok += p.ok;
      sub.paid += p.paid || 0;
    });
    fRows.push([`${y}年小计`, null, null, null, sub.a, sub.ok, sub.paid, null, null, null]);
    fMerges.push(`A${fRows.length}:D${fRows.length}`);
    tot.a += sub.a;
    tot.ok += sub.ok;
    tot.paid += sub.paid;
  }
  fRows.push(["累计", null, null, null, tot.a, tot.ok, tot.paid, null, null, `实付占下达资金${pct1(tot.paid, 5000000)}`]);
  fMerges.push(`A${fRows.length}:D${fRows.length}`);
  assert(fRecs.length === 10 && tot.paid === 2668200 && sum(fRecs.map((r) => r.amount)) === tot.paid, "l2 10 payments " + tot.paid);
  assert(tot.a - tot.ok === 21400, "l2 one cut-down");
  assert(fRecs.some((r) => r.date === "2021-09-03") && PAY.some((p) => p.app <= "2021-08-31" && p.on > "2021-08-31"), "l2 applied before, paid after the cut-off");

  // ---------------- 媒体报道: one block per report
  const MED = [
    ["枫溪陶瓷“触网”焕新生", "潮州日报", "市级", "2020-11-12", "报纸", "否", "cn"],
    ["枫溪区电商服务站打通农产品上行“最后一公里”", "潮州广播电视台《潮州新闻》", "市级", "2021-01-08", "电视", "否", "dot"],
    ["潮州枫溪：脱贫户直播卖单丛茶", "广东广播电视台珠江频道《今日关注》", "省级", "2021-04-26", "电视", "是", "D"],
    ["枫溪区举办首届陶瓷直播节", "枫溪发布（微信公众号）", "区级", "2021-06-18", "网络", "否", "slash"],
    ["广东潮州：陶瓷小镇的电商新路", "央视新闻客户端", "中央级", "2021-09-12", "网络", "否", "cn"],
  ];
  const LV = { "中央级": "national", "省级": "province", "市级": "city", "区级": "county" };
  const mRows = [["枫溪区电子商务进农村宣传报道汇编（登记）"], []];
  const mMerges = ["A1:B1"];
  const mRecs = [];
  MED.forEach(([title, media, lv, iso, form, typical, f], i) => {
    mRows.push([`报道（${CN_NUM[i + 1]}）`]);
    mMerges.push(`A${mRows.length}:B${mRows.length}`);
    mRows.push(["标题", `《${title}》`]);
    mRows.push(["刊发媒体", media]);
    mRows.push(["媒体级别", lv]);
    mRows.push(["刊发日期", f === "cn" ? cnDate(iso) : f === "dot" ? dotDate(iso) : f === "slash" ? slashDate(iso) : D(iso)]);
    mRows.push(["报道形式", form]);
    mRows.push(["是否电商扶贫典型案例", typical]);
    mRows.push([]);
    mRecs.push({ date: iso, level: LV[lv], tv: form === "电视" });
  });
  assert(mRecs.length === 5 && mRecs.filter((m) => m.tv).length === 2, "l2 media");

  // ---------------- 经验材料
  const MAT = [
    ["枫经发〔2020〕41号", "《枫溪区电子商务进农村综合示范创建工作情况汇报》", "潮州市商务局", "2020-12-21", "dot"],
    ["—", "《枫溪区“陶瓷+电商”助力乡村振兴典型案例》", "潮州市商务局", "2021-06-08", "cn"],
    ["枫经发〔2021〕57号", "《枫溪区电子商务进农村综合示范工作经验做法》", "潮州市商务局", "2021-09-15", "D"],
  ];
  const eRows = [["枫溪区电子商务进农村经验材料报送登记"], ["序号", "文号", "材料名称", "主送单位", "报送日期"]];
  const eRecs = [];
  MAT.forEach(([no2, t, to, iso, f], i) => {
    eRows.push([i + 1, no2, t, to, f === "dot" ? dotDate(iso) : f === "cn" ? cnDate(iso) : D(iso)]);
    eRecs.push({ date: iso });
  });

  const cover = [["潮州市枫溪区电子商务进农村综合示范工作台账"], [], ["编制单位：潮州市枫溪区经济发展局"], ["编制时间：2021年9月"], [],
    ["目　录"], ["1．站点建设"], ["2．资金支付登记"], ["3．媒体报道"], ["4．经验材料"]];
  return {
    description:
      "潮州枫溪区台账。“目录”不是台账。“站点建设”一张表里上下两张表：“一、第一批（2020年）”（序号|站点名称|所属村|详细地址|负责人|联系电话|挂牌时间，日期是日期单元格、“2020.9.25”、“2020年12月18日”，村写成“长德村委会”“洋东村民委员会”），空两行后“二、第二批（2021年）”换了人填、列序不同（村（社区）|站点名称|运营时间|负责人及电话|备注）：运营时间“2021年3月”只到月、“21/4/16”两位年、“2021-05-20”文字；有社区站、同村第二个点、2021年9月的站。“资金支付登记”是支付审批登记：申请金额、核定金额、实付金额三列，拨付看实付金额和支付日期（不是申请日期；一笔核减后按核定实付298,600；一笔8月20日申请、9月3日支付；一笔“待验收后支付”没有实付不是记录）；实付金额有“96,800元”“¥450,000.00”文字；“2020年度”“2021年度”分段，“小计”“累计”行不是记录。“媒体报道”每篇一块（标题、刊发媒体、媒体级别、刊发日期、报道形式、是否典型案例，竖排），块之间空行；日期格式各不相同。“经验材料”是公文登记，报送日期三种写法。",
    sheets: [
      { name: "目录", rows: cover, merges: ["A1:D1"] },
      { name: "站点建设", rows: sRows, merges: sMerges },
      { name: "资金支付登记", rows: fRows, merges: fMerges },
      { name: "媒体报道", rows: mRows, merges: mMerges },
      { name: "经验材料", rows: eRows, merges: ["A1:E1"] },
    ],
    expect: {
      sheets: {
        "目录": { kind: null },
        "站点建设": { kind: "stations", records: sRecs },
        "资金支付登记": { kind: "funds", records: fRecs },
        "媒体报道": { kind: "media", records: mRecs },
        "经验材料": { kind: "materials", records: eRecs },
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
write("counties", "b163-c1-longhu.json", c1);
write("facts", "b163-f1-jinping.json", f1);
write("facts", "b163-f2-jiangdong.json", f2);
write("facts", "b163-f3-honghaiwan.json", f3);
write("ledgers", "b163-l1-lechang.json", l1);
write("ledgers", "b163-l2-fengxi.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
