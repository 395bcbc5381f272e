// Batch 190 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b186.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (190190), no clock. Run: node test/corpus/_b190/gen-b190.js
//
// c1 仁化县 (韶关): the provincial team's 《考评现场核查记录表》 pre-filled by the county before the visit (县级填报情况 | 要点自评分 |
//    项目自评分; the team's 核查情况 column pre-printed “□属实　□不属实”, 核查时间 left blank), several 核查要点 rows per item;
//    ledgers: village list one town per column (★ poor, “社区：” divider), training as 计划 | 实际完成 column groups (cancelled and
//    postponed sessions), park firms whose move-out date sits in a 目前状态 text, report send dates typed “9月8日” without a year.
// f1 云安区 (云浮): the results brochure's text proof for the printer: 页码 | 版块 | 元素 | 文字内容 | 设计备注, one layout element a
//    row; a “大数字” holds only the number and the “数字说明” below it says what it is; facts also in 正文 and photo captions.
// f2 清新区 (清远): the self-assessment material as one sheet per indicator (same template: 评分标准 | 分值 | 完成情况 | 自评分 | 佐证),
//    plus 基本情况, 加分项, 否决项, 汇总 and a hidden blank template with “×” placeholders.
// f3 麻章区 (湛江): a four-column 序号 | 指标 | 数值 | 备注 table with no unit column: units come from in-table rows
//    “（以下单位：…）” / “（以下金额单位：万元）” that hold until the next such row (万元 and 元 money one row apart).
// l1 潮南区 (汕头): the service-centre operator's monthly-report attachments: training grouped under month rows with day-only
//    dates, stations with month-only opening dates, park firms with one “入驻期间” range cell (“…—至今”), a media list; a note page.
// l2 茂南区 (茂名): poor persons with one-hot tick columns for labour and work status, poor trainees with merged session cells,
//    a treasury payment export with a bounced payment, a report log with send timestamps, and a pivot-table sheet.
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
let seed = 190190;
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
    assert(/^b190-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b190-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b190-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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


// ---------------------------------------------------------------- extra helpers (batch 190)
function relationTo(headId, id, k) {
  // a household member's relation to the head, consistent with the two IDs' birth years and sex
  const hy = Number(headId.slice(6, 10));
  const by = Number(id.slice(6, 10));
  const male = Number(id[16]) % 2 === 1;
  if (Math.abs(by - hy) <= 10) return k === 1 ? "配偶" : male ? "兄弟" : "姐妹";
  if (by < hy) return male ? "之父" : "之母";
  return by - hy >= 40 ? (male ? "之孙子" : "之孙女") : male ? "之子" : "之女";
}


// =====================================================================================================
// c1 — 韶关仁化县: the provincial team's on-site verification record, pre-filled by the county, plus the ledgers
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const TOWNS = [["丹霞街道", 6, 5], ["周田镇", 12, 1], ["扶溪镇", 9, 1], ["董塘镇", 12, 2], ["石塘镇", 9, 1], ["长江镇", 8, 1],
    ["城口镇", 9, 1], ["红山镇", 8, 0], ["黄坑镇", 9, 0], ["闻韶镇", 10, 1], ["大桥镇", 10, 1]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("恩岭坪塘坑江冲背头洞源岗水田石", ["溪", "坝", "坑", "岭", "洞", "坪", "塘", "口", "头", "寨", "迳", "围", "陂"], "村", prefixes);
  const cName = nameMaker("锦丹新城建和兴", ["江", "华", "城", "安", "阳", "霞"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  assert(admin.length === 102 && comms.length === 14, "c1 102 villages + 14 communities");
  noStemClash(admin, comms, "c1");
  const stem = (v) => v.replace(/村民委员会$|村委会$|村$/, "");
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;

  // ---------------- coverage plan: 71 covered (all 11 poor among them), 31 not
  const shA = shuffle(admin);
  const poor = shA.slice(0, 11);
  const poorSet = new Set(poor);
  const covered = shA.slice(0, 71);
  const uncovered = shA.slice(71);
  const septVillage = uncovered[0];

  // ---------------- 行政村名单: one town per column, villages down, then “社区：” and the communities
  const W = towns.length;
  const gRows = [padRow(["仁化县行政村（社区）名单"], W), padRow(["（按镇（街道）分列；村名前标★的为省定贫困村；每列“社区：”以下为社区居委会，不是行政村）"], W),
    towns.map((x) => x.t)];
  const gMerges = [`A1:${colName(W - 1)}1`, `A2:${colName(W - 1)}2`];
  const cols = towns.map((x, i) => {
    const out = x.vs.map((v, j) => {
      const nm = (i + j) % 7 === 3 ? `${v}委会` : (i + j) % 11 === 5 ? `${stem(v)}村民委员会` : v;
      return (poorSet.has(v) ? "★" : "") + nm;
    });
    if (x.cs.length) out.push("社区：", ...x.cs);
    return out;
  });
  const maxLen = Math.max(...cols.map((c) => c.length));
  for (let r = 0; r < maxLen; r++) gRows.push(cols.map((c) => (r < c.length ? c[r] : null)));
  gRows.push(towns.map((x) => `村${x.vs.length}　社区${x.cs.length}`));
  gRows.push(padRow([`合计：行政村${admin.length}个，社区居委会${comms.length}个；★省定贫困村${poor.length}个。`], W));
  gMerges.push(`A${gRows.length}:${colName(W - 1)}${gRows.length}`);
  gRows.push(padRow(["注：全县行政村均已通快递（县邮政管理局2021年6月核实）。"], W));
  gMerges.push(`A${gRows.length}:${colName(W - 1)}${gRows.length}`);

  // ---------------- 村级站点台账
  const ST = [];
  covered.forEach((v, j) => ST.push({ v, d: j === 17 ? CUT : randIsoBetween("2020-05-18", "2021-08-26"), kind: "村级电商服务站" }));
  for (const k of [4, 29, 52]) ST.push({ v: covered[k], d: k === 29 ? null : randIsoBetween("2021-01-10", "2021-08-20"), kind: "村电商服务点", second: true });
  const commSt = comms[0];
  ST.push({ v: commSt, d: "2020-11-20", kind: "社区电商服务点" });
  ST.push({ v: septVillage, d: "2021-09-08", kind: "村级电商服务站" });
  const town0 = towns.map((x) => x.t);
  ST.sort((a, b) => town0.indexOf(townOf[a.v]) - town0.indexOf(townOf[b.v]) || cmp(a.d || "9999", b.d || "9999"));
  const sRows = [["仁化县村级电子商务服务站点台账"], ["填报单位：仁化县商务局　　　　　更新时间：2021年9月10日"],
    ["序号", "镇（街道）", "站点名称", "所在行政村", "详细地址", "负责人", "联系电话", "挂牌时间", "运营状态", "备注"]];
  const sMerges = ["A1:J1", "A2:J2"];
  let runStart = 4;
  ST.forEach((s, j) => {
    const t = townOf[s.v];
    const isComm = s.v.endsWith("社区");
    const vCell = isComm ? s.v : j % 9 === 2 ? `${s.v}委会` : j % 13 === 6 ? `${stem(s.v)}村民委员会` : s.v;
    let dCell = null;
    if (s.d) {
      const f = j % 7;
      dCell = f === 0 || f === 3 ? D(s.d) : f === 1 ? dotDate(s.d) : f === 2 ? cnDate(s.d) : f === 4 ? slashDate(s.d) : f === 5 ? twoDot(s.d) : dashNoPad(s.d);
    }
    const status = !s.d ? "在建" : s.d > CUT ? "已挂牌" : "运营中";
    const note = !s.d ? "设备已到位，未挂牌" : s.d > CUT ? "第三批" : s.d === CUT ? "8月31日挂牌" : null;
    sRows.push([j + 1, t, `仁化县${short(s.v)}${s.kind}`, vCell, `仁化县${t}${isComm ? s.v : stem(s.v) + "村委会"}${rint(1, 80)}号`, personName(), phone(), dCell, status, note]);
    const nextT = j + 1 < ST.length ? townOf[ST[j + 1].v] : null;
    if (nextT !== t) {
      mergeCol(sMerges, "B", runStart, sRows.length);
      runStart = sRows.length + 1;
    }
  });
  sRows.push(["注：同一行政村有两个站点的分别登记；社区服务点不计入行政村覆盖。"]);
  sMerges.push(`A${sRows.length}:J${sRows.length}`);
  const adminSet = new Set(admin);
  const covSet = new Set(ST.filter((s) => adminSet.has(s.v) && (s.d === null || s.d <= CUT)).map((s) => s.v));
  assert(covSet.size === 71 && !ratioGE(71, 102, 70) && ratioGE(72, 102, 70), "c1 71/102 = 69.6% (72 with the September station)");
  assert(poor.every((v) => covSet.has(v)), "c1 all poor villages covered");

  // ---------------- 培训计划完成情况 (planned vs actual)
  const POP = 196300;
  const TOPICS = ["农村电商基础", "网店开设与运营", "直播带货实操", "短视频拍摄剪辑", "农产品包装与品牌", "电商客服与物流", "社群营销", "丹霞农特产品网销"];
  const SES = [];
  let day = "2020-07-08";
  for (let k = 0; k < 26; k++) {
    const planPt = rint(7, 10) * 10;
    SES.push({ no: k + 1, topic: TOPICS[k % TOPICS.length] + (k % 4 === 1 ? "（脱贫户专场）" : ""), plan: day, planPt, actual: isoAdd(day, k % 3 === 2 ? rint(1, 3) : 0), pt: planPt + rint(-12, 9), status: "已完成", two: k % 6 === 4 });
    day = isoAdd(day, rint(13, 18));
  }
  SES[7].status = "取消";
  SES[7].actual = null;
  SES[7].pt = null;
  SES[15].status = "取消";
  SES[15].actual = null;
  SES[15].pt = null;
  const post = SES[24];
  post.plan = "2021-08-20";
  post.status = "延期完成";
  post.actual = "2021-09-03";
  post.two = false;
  const last = SES[25];
  last.status = "已完成";
  last.plan = "2021-08-27";
  last.actual = "2021-08-28";
  last.two = false;
  assert(SES[23].plan < "2021-08-20" && post.plan < CUT, "c1 plan dates " + SES[23].plan + " " + post.plan);
  for (const s of SES) if (s.two && s.actual) s.actualEnd = isoAdd(s.actual, 1);
  for (const s of SES) if (s.actual && !s.actualEnd) s.actualEnd = s.actual;
  const done = SES.filter((s) => s.actual && s.actualEnd <= CUT);
  let diff = 1978 - sum(done.map((s) => s.pt));
  for (let j = 0; diff !== 0; j = (j + 1) % done.length) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 4);
    if (done[j].pt + st < 55 || done[j].pt + st > 115) continue;
    done[j].pt += st;
    diff -= st;
  }
  const ptCut = sum(done.map((s) => s.pt));
  assert(ptCut === 1978 && ratioGE(ptCut, POP, 1), "c1 1978 ≥ 1% of 196,300");
  const planTotal = sum(SES.map((s) => s.planPt));
  const actualTotal = sum(SES.filter((s) => s.pt).map((s) => s.pt));
  const tRows = [["仁化县农村电商培训计划及完成情况表"], ["单位：人次　　　　　　　　　　　　　　　　统计至：2021年9月10日"],
    ["期次", "培训主题", "计划", null, "实际完成", null, "完成情况", "备注"], [null, null, "日期", "人次", "日期", "人次", null, null]];
  const tMerges = ["A1:H1", "A2:H2", "A3:A4", "B3:B4", "C3:D3", "E3:F3", "G3:G4", "H3:H4"];
  SES.forEach((s, j) => {
    let aCell = null;
    if (s.actual) {
      if (s.two) aCell = rangeText(s.actual, s.actualEnd, "cn");
      else aCell = j % 5 === 2 ? dotDate(s.actual) : D(s.actual);
    }
    const ptCell = s.pt === null ? null : j % 8 === 5 ? `${s.pt}人次` : s.pt;
    const note = s.status === "取消" ? "疫情防控要求暂停，未举办" : s === post ? "原定8月下旬，因台风延期" : s.two ? "两天" : null;
    tRows.push([`第${s.no}期`, s.topic, D(s.plan), s.planPt, aCell, ptCell, s.status, note]);
  });
  tRows.push(["合计", null, null, planTotal, null, actualTotal, null, "实际合计含9月3日延期完成的第25期"]);
  tMerges.push(`A${tRows.length}:B${tRows.length}`);

  // ---------------- 脱贫人口名单 (official labour-skill and work-status categories)
  const REGION = "440224";
  const ABLE = ["普通劳动力", "技能劳动力", "弱劳动力或半劳动力"];
  const plan = shuffle([].concat(Array(36).fill("E"), Array(14).fill("M"), Array(10).fill("N")));
  const persons = [];
  let xNeed = true;
  plan.forEach((c, j) => {
    const birth = c === "N" ? birthBetween(1936, 1956) : birthBetween(1964, 2001);
    const wantX = c === "E" && xNeed ? true : undefined;
    if (wantX) xNeed = false;
    const id = makeId(REGION, birth, rnd() < 0.5, wantX);
    const v = poor[j % poor.length];
    const skill = c === "N" ? (j % 2 ? "丧失劳动力" : "无劳动力") : ABLE[j % 3];
    const work = c === "N" ? "—" : c === "M" ? (j % 2 ? "省外务工" : "县外省内务工") : ["县内务工", "乡镇内务工", "未务工"][j % 3];
    persons.push({ c, id, name: personName(), v, skill, work });
  });
  const pRows = [["仁化县脱贫人口劳动力及务工情况名单"], ["注：劳动技能为普通劳动力、技能劳动力、弱劳动力或半劳动力的为有劳动能力；丧失劳动力、无劳动力为无劳动能力。务工状况为省外务工、县外省内务工的为外出务工。"],
    ["序号", "户编号", "姓名", "与户主关系", "身份证号", "劳动技能", "务工状况", "所在镇", "所在村"]];
  const pMerges = ["A1:I1", "A2:I2"];
  let hh = 0;
  for (let j = 0; j < persons.length;) {
    const size = Math.min(persons.length - j, rint(1, 3));
    const r0 = pRows.length + 1;
    for (let k = 0; k < size; k++) {
      const p = persons[j + k];
      p.v = persons[j].v;
      pRows.push([j + k + 1, k === 0 ? `4402240${String(31000 + hh * 17).padStart(7, "0")}` : null, p.name, k === 0 ? "户主" : relationTo(persons[j].id, p.id, k), p.id, p.skill, p.work, townOf[p.v], p.v]);
    }
    mergeCol(pMerges, "B", r0, pRows.length);
    hh++;
    j += size;
  }
  const elig = persons.filter((p) => p.c === "E");
  const mig = persons.filter((p) => p.c === "M");
  const nol = persons.filter((p) => p.c === "N");
  assert(elig.length === 36 && elig.some((p) => p.id.endsWith("X")), "c1 36 eligible, one with X");

  // ---------------- 脱贫人口参训名单
  const xP = elig.find((p) => p.id.endsWith("X"));
  const eligOther = shuffle(elig.filter((p) => p !== xP));
  const trained = [xP].concat(eligOther.slice(0, 24));
  const lateOnly = eligOther[24];
  const poorSes = done.filter((s) => s.topic.includes("脱贫户"));
  assert(poorSes.length >= 4, "c1 poor sessions");
  const TR = [];
  trained.forEach((p, k) => TR.push({ p, s: poorSes[k % poorSes.length], id: p === xP ? p.id.slice(0, 17) + "x" : p.id }));
  for (const p of trained.slice(5, 8)) TR.push({ p, s: done[rint(0, done.length - 1)], id: p.id, note: "第二次参训" });
  for (const p of trained) assert(new Set(TR.filter((t) => t.p === p).map((t) => t.s)).size === TR.filter((t) => t.p === p).length, "c1 a repeat trainee in another session");
  TR.push({ p: lateOnly, s: post, id: lateOnly.id });
  for (const p of mig.slice(0, 2)) TR.push({ p, s: poorSes[rint(0, poorSes.length - 1)], id: p.id, note: "外出务工返乡期间参训" });
  TR.push({ p: nol[0], s: poorSes[0], id: nol[0].id });
  const outsider = makeId("440281", birthBetween(1975, 1992), false, false);
  TR.push({ p: { name: personName(), v: "（乐昌市）" }, s: poorSes[1], id: maskId(outsider), note: "外县学员，身份证号脱敏" });
  TR.sort((a, b) => cmp(a.s.actualEnd, b.s.actualEnd));
  for (const s of SES) assert(TR.filter((t) => t.s === s).length <= (s.pt || 0), "c1 poor trainees within the session's 人次");
  const trRows = [["仁化县脱贫人口参加电商培训名单"], ["序号", "参训日期", "期次", "姓名", "身份证号", "所在村", "备注"]];
  TR.forEach((t, j) => {
    const s = t.s;
    const dc = s.two ? rangeText(s.actual, s.actualEnd, "dot") : j % 3 === 0 ? cnDate(s.actualEnd) : D(s.actualEnd);
    trRows.push([j + 1, dc, `第${s.no}期`, t.p.name, j % 7 === 4 && !t.id.includes("*") ? spacedId(t.id) : t.id, t.p.v, t.note || null]);
  });
  trRows.push(["注：本名单人员已计入《培训计划及完成情况表》的实际参训人次，不另计人次。"]);
  const eligIds = new Set(elig.map((p) => p.id));
  const trainedCut = new Set(TR.filter((t) => t.s.actualEnd <= CUT).map((t) => t.id.toUpperCase()).filter((id) => eligIds.has(id)));
  const trainedAll = new Set(TR.map((t) => t.id.toUpperCase()).filter((id) => eligIds.has(id)));
  assert(trainedCut.size === 25 && trainedAll.size === 26, "c1 25 trained by the cut-off, 26 with September");
  assert(ratioGE(25, 36, 50) && !ratioGE(25, 36, 70) && ratioGE(26, 36, 70), "c1 69.4% (72.2% with September)");

  // ---------------- 产业园入驻企业
  const ER = "440224";
  const FIRMS = [["仁化县丹霞优品电子商务有限公司", "平台型电商"], ["仁化县贡柑之乡网店", "销售型"], ["仁化县红山白毛茶电商商行", "销售型"], ["韶关丹霞云仓物流有限公司", "物流企业"],
    ["仁化县黄坑沙田柚网店", "销售型"], ["仁化县乡味直播电子商务有限公司", "直播电商"], ["韶关市仁化县粤北电商运营服务有限公司", "电商运营商"], ["仁化县长江板栗电商商行", "销售型"],
    ["仁化县城口香芋网店", "销售型"], ["仁化县速达快递服务有限公司", "物流企业"], ["仁化县丹霞山农特产品供应链有限公司", "供应链"], ["仁化县周田竹笋电商商行", "销售型"],
    ["仁化县扶溪黄烟网店", "销售型"], ["仁化县云上仁化网络科技有限公司", "平台型电商"], ["仁化县闻韶山茶油电子商务有限公司", "销售型"], ["仁化县优选代运营工作室", "电商运营商"],
    ["仁化县董塘蜂蜜网店", "销售型"], ["仁化县石塘米酒电商商行", "销售型"], ["仁化县大桥腊味网店", "销售型"], ["仁化县红色丹霞文创有限公司", "文创设计"],
    ["仁化县丹霞鲜果电子商务有限公司", "销售型"], ["仁化县邮乐购农村电商服务有限公司", "平台型电商"]];
  const firms = FIRMS.map(([n, t]) => ({ n, t, code: creditCode(ER), entered: randIsoBetween("2020-10-10", "2021-08-15"), status: "在园" }));
  firms[3].entered = "2021-08-31";
  firms[8].entered = "2020-11-18";
  firms[8].left = "2021-09-06";
  firms[8].status = `已迁出（${cnDate("2021-09-06")}）`;
  firms[12].entered = "2020-12-02";
  firms[12].left = "2021-05-20";
  firms[12].status = `已迁出（${dotDate("2021-05-20")}）`;
  firms[16].entered = "2021-01-06";
  firms[16].left = CUT;
  firms[16].status = `已迁出（${dotDate(CUT)}）`;
  firms[21].entered = "2021-09-02";
  firms[21].status = "已签约（2021年9月2日），装修中";
  firms.sort((a, b) => cmp(a.entered, b.entered));
  const eRows = [["仁化县电子商务产业园入驻企业台账"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "目前状态", "联系人"]];
  firms.forEach((f, j) => eRows.push([j + 1, f.n, f.code, f.t, j % 4 === 1 ? dotDate(f.entered) : j % 4 === 3 ? cnDate(f.entered) : D(f.entered), f.status, personName()]));
  eRows.push(["注：“目前状态”为9月10日更新时的状态。"]);
  const inPark = firms.filter((f) => f.entered <= CUT && !(f.left && f.left < CUT));
  const inTypes = new Set(inPark.map((f) => f.t));
  assert(inPark.length === 20 && inTypes.size >= 3, "c1 20 firms in the park on 8月31日 " + inPark.length);

  // ---------------- 专项资金拨付台账 (万元, four decimals)
  const PAY = [["2020-09-25", "县电子商务公共服务中心建设", "韶关市仁化县粤北电商运营服务有限公司", 486000], ["2020-11-12", "村级电商服务站点建设（第一批）", "中国邮政集团有限公司广东省仁化县分公司", 392500],
    ["2020-12-28", "农村电商人才培训", "仁化县职业技术学校", 168600], ["2021-01-22", "县乡村三级物流配送体系", "韶关丹霞云仓物流有限公司", 415800],
    ["2021-03-18", "县电子商务公共服务中心运营", "韶关市仁化县粤北电商运营服务有限公司", 337450], ["2021-04-29", "村级电商服务站点建设（第二批）", "中国邮政集团有限公司广东省仁化县分公司", 356000],
    ["2021-05-31", "农产品品牌培育及推广", "仁化县红色丹霞文创有限公司", 218000], ["2021-06-24", "冷链及溯源体系建设", "仁化县丹霞山农特产品供应链有限公司", 462300],
    ["2021-07-20", "农村电商人才培训", "仁化县职业技术学校", 189700], ["2021-08-26", "县乡村三级物流配送体系", "韶关丹霞云仓物流有限公司", 658000],
    ["2021-09-10", "村级电商服务站点建设（第三批）", "中国邮政集团有限公司广东省仁化县分公司", 276000]];
  const fRows = [["仁化县省级电子商务进农村综合示范专项资金拨付台账"], ["单位：万元"], ["序号", "拨付日期", "项目名称", "收款单位", "拨付金额", "凭证号", "备注"]];
  PAY.forEach(([d, what, who, amt], j) => fRows.push([j + 1, j % 3 === 1 ? slashDate(d) : D(d), what, who, wan4(amt), `记-${d.slice(2, 4)}${d.slice(5, 7)}-${String(rint(1, 40)).padStart(3, "0")}`, d > CUT ? "9月拨付" : null]));
  const spentAll = sum(PAY.map((p) => p[3]));
  const spent = sum(PAY.filter((p) => p[0] <= CUT).map((p) => p[3]));
  fRows.push(["合计", null, null, null, wan4(spentAll), null, null]);
  assert(spent === 3684350 && ratioGE(spent, 5000000, 70) && pct1(spent, 5000000) === "73.7%", "c1 spent " + spent);

  // ---------------- 月报报送登记 (send date typed without the year)
  const rRows = [["仁化县电商进农村工作月报报送登记"], ["序号", "所属月份", "报送日期", "报送方式", "报送内容", "附电商扶贫统计"]];
  const repMonths = monthsBetween("2020-08", "2021-08");
  const sent = [];
  repMonths.forEach((m, j) => {
    const next = monthsBetween(m, "2021-12")[1];
    const d = `${next}-${String(rint(3, 10)).padStart(2, "0")}`;
    sent.push(d);
    rRows.push([j + 1, cnMonth(m), md(d), j % 2 ? "粤政易" : "韶关市商务局邮箱", `${cnMonth(m)}电商进农村工作进展及统计数据`, m >= "2020-09" ? "是" : "否"]);
  });
  rRows.push(["注：报送日期为实际发出日期（月报次月上旬报送，12月月报于2021年1月报送）。"]);
  assert(WINDOW.every((w) => sent.some((d) => ym(d) === w)), "c1 a report sent in every window month");

  // ---------------- 专栏信息 (the website list copied: title and publish date in one cell)
  const posts = [{ d: "2020-06-19", sub: "创建方案", t: "仁化县电子商务进农村综合示范创建工作方案" }, { d: "2020-07-06", sub: "项目公示", t: "仁化县电子商务进农村综合示范项目基本信息公示" },
    { d: "2020-07-06", sub: "监督举报", t: "仁化县电子商务进农村综合示范项目监督举报电话及邮箱" }];
  for (const m of monthsBetween("2020-07", "2021-08")) {
    if (m === "2021-02") continue;
    const [y, mo] = m.split("-").map(Number);
    posts.push({ d: `${m}-${String(rint(5, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, sub: "建设进度", t: `仁化县电子商务进农村综合示范项目建设进度（${cnMonth(monthsBetween("2020-06", m).slice(-2)[0])}）` });
  }
  const upMonths = new Set(posts.map((p) => ym(p.d)));
  assert(!WINDOW.every((w) => upMonths.has(w)) && WINDOW.filter((w) => upMonths.has(w)).length === 11, "c1 column: 11 of 12 months");
  const dRows = [["仁化县人民政府门户网站 > 专题专栏 > 电子商务进农村综合示范（2021年9月10日复制）"]];
  for (const sub of ["创建方案", "项目公示", "监督举报", "建设进度"]) {
    dRows.push([`【${sub}】`]);
    posts.filter((p) => p.sub === sub).sort((a, b) => cmp(b.d, a.d)).forEach((p) => dRows.push([`· ${p.t}　　${p.d}`]));
  }
  dRows.push([`共${posts.length}条　首页　上一页　1　下一页　尾页`]);

  // ---------------- 宣传报道 / 经验材料
  const MED = [["2020-12-16", "仁化县融媒体中心（仁化电视台）", "县级", "电视", "仁化首批村级电商服务站挂牌运营", "否"],
    ["2021-04-22", "南方日报", "省级", "报纸", "仁化：丹霞山下的农产品搭上电商快车", "否"],
    ["2021-06-10", "学习强国·广东学习平台", "省级", "网络", "仁化县脱贫户学直播卖贡柑", "是"],
    ["2021-07-15", "“仁化发布”微信公众号", "县级", "网络", "县电商公共服务中心开展第22期培训", "否"],
    ["2021-09-02", "韶关电视台《韶关新闻》", "市级", "电视", "仁化电商扶贫：一根网线连起山里山外", "是"]];
  const mRows = [["仁化县电子商务进农村宣传报道登记"], ["序号", "报道日期", "媒体名称", "媒体级别", "报道形式", "标题", "是否电商扶贫典型案例"]];
  MED.forEach((x, j) => mRows.push([j + 1, j === 1 ? cnDate(x[0]) : D(x[0]), x[1], x[2], x[3], `《${x[4]}》`, x[5]]));
  const matRows = [["经验材料报送登记"], ["序号", "报送时间", "材料名称", "报送对象", "文号"],
    [1, D("2021-06-18"), "《仁化县“电商＋丹霞”助农增收的经验做法》", "韶关市商务局", "仁商务〔2021〕41号"],
    [2, "2021.9.7", "《仁化县电子商务进农村综合示范创建工作总结》", "韶关市商务局", "仁商务〔2021〕66号"]];

  // ---------------- 现场核查记录表 (facts, judged, claimed)
  const V = [];
  // [核查项目, 分值, 项目自评分, [[核查要点, 县级填报情况, 要点自评分]]]
  V.push(["组织领导", 2, 2, [["建立县政府主要领导牵头、多部门参与的工作协调机制", "成立县电子商务进农村综合示范工作领导小组（仁办字〔2020〕18号），县委副书记、县长任组长，分管副县长任常务副组长；成员单位：县商务局、县财政局、县农业农村局、县乡村振兴局、县发展和改革局、县交通运输局、县市场监督管理局、仁化邮政分公司", null]]]);
  V.push(["方案制定", 2, 2, [["正式印发的示范县工作方案", "已印发《仁化县电子商务进农村综合示范创建工作方案》（仁府办〔2020〕21号）", 2]]]);
  V.push(["政策支持", 2, 1, [["出台的支持文件及落实情况", "已出台《仁化县促进农村电子商务发展扶持办法（试行）》（仁商务〔2020〕35号），兑现1批", 1]]]);
  V.push(["项目管理", 4, 3, [["项目管理制度及执行", "已制定《仁化县电子商务进农村综合示范项目管理办法》，建设、验收按制度执行", 2], ["工作台账", "已建立工作台账，2021年春节前后部分月份记录不全", 1]]]);
  V.push(["服务体系建设（县级中心与产业园）", 15, 14, [["县级电子商务公共服务中心建成及运营时间", "已建成，2021年2月26日正式投入运营", null],
    ["免费培训场所、培训设备", "有（培训室120平方米，电脑40台）", null], ["为特色农产品提供免费展示、销售服务", "有", null],
    ["为电子商务市场主体提供免费摄影、美工服务", "无（摄影、美工均按成本收费）", null], ["组织农产品统一推广、指导品牌建设", "有（“丹霞山下”区域公用品牌）", null],
    ["其他衍生增值服务", "有（金融对接、代办营业执照）", null], ["建设或整合、优化电商产业园", "已整合建设县电子商务产业园（丹霞街道）", null],
    ["产业园入驻企业数量及类型", "在园企业21家，含平台型、销售型、电商运营商、物流企业等", null]]]);
  V.push(["服务体系建设（村级站点）", 10, 10, [["行政村站点覆盖率", `全县行政村${admin.length}个（不含社区${comms.length}个），已建站覆盖73个，覆盖率71.6%`, null],
    ["省定贫困村站点覆盖率", `省定贫困村${poor.length}个，全部建站，覆盖率100%`, null]]]);
  V.push(["农村产品上行", 10, 9, [["网销调研及针对性建议", "已委托第三方完成网销调研报告并提出建议", 2], ["网络促销活动", "组织“丹霞好物节”等网络促销活动8场", 2],
    ["专业第三方电子商务运营或服务商", "有（韶关市仁化县粤北电商运营服务有限公司）", null], ["行政村物流快递覆盖率", "100%", null],
    ["农产品电商交易标准、冷链及溯源系统", "出台贡柑电商交易标准，溯源系统建设中", 1],
    ["2020年农村网络零售额或农产品网络零售额同比增速", "农村网络零售额2019年12.36亿元、2020年15.87亿元；农产品网络零售额2019年2.14亿元、2020年2.83亿元", null]]]);
  V.push(["电商人才培训", 20, 20, [["培训人次占常住人口比例", `常住人口19.63万人（七普），截至8月31日实际培训${fmtInt(ptCut)}人次，占1.01%`, null],
    ["建档立卡贫困人口培训率", "有劳动能力的建档立卡贫困人口（不含外出务工）36人，参训26人，培训率72.2%", null]]]);
  V.push(["信息公开", 4, 4, [["专栏设立及公开内容", "已在县政府门户网站设立专栏，公开创建方案、项目基本信息、建设进度，设立监督举报电话和邮箱", null], ["专栏更新情况", "按月更新", null]]]);
  V.push(["数据上报", 6, 6, [["每月向市商务局报送工作情况", "每月报送", null], ["电商扶贫情况统计", "月报附电商扶贫统计表", null]]]);
  V.push(["案例总结", 2, 2, [["向市商务局报送经验材料", "2021年6月18日报送（仁商务〔2021〕41号）", null]]]);
  V.push(["经验推广", 8, 8, [["主流媒体宣传报道", "南方日报、学习强国广东学习平台、韶关电视台、仁化电视台等报道", null]]]);
  V.push(["制度建立", 5, 4, [["资金管理制度", "已制定《仁化县省级电子商务进农村综合示范专项资金管理办法》", 4]]]);
  V.push(["资金台账", 5, 4, [["资金专用台账", "已建立资金专用台账，账目完整", 4]]]);
  V.push(["资金支出", 5, 4, [["资金支出率及拨付及时性", `下达省级专项资金500万元，截至8月31日累计拨付${fmtMoney(spent)}元，支出率${pct1(spent, 5000000)}`, 4]]]);
  V.push(["加分项：贫困人口培训率≥70%", 2, 2, [["建档立卡贫困人口培训率70%及以上", "72.2%", null]]]);
  V.push(["加分项：电商扶贫典型案例电视播报", 2, 1, [["电商扶贫典型案例获电视媒体播报", "韶关电视台《韶关新闻》播报", null]]]);
  V.push(["一票否决项", null, null, [["安全生产、质量事故或重大经济损失", "无", null], ["项目总体进度", "88%", null], ["弄虚作假", "无", null]]]);
  const hRows = [["2019年省级电子商务进农村综合示范创建考评现场核查记录表"],
    ["被核查县（市、区）：仁化县（盖章）", null, null, null, "核查时间：2021年　　月　　日", null, null, null, null],
    ["县级填报截止时间：2021年8月31日", null, null, null, "常住人口：19.63万人　　行政村：102个　　省定贫困村：11个", null, null, null, null],
    ["说明：1．“县级填报情况”“要点自评分”“项目自评分”由被核查县在考评组到达前填写；2．“核查情况”“核查组评分”由考评组现场填写，县级不得填写。"],
    ["序号", "核查项目", "分值", "核查要点", "县级填报情况", "要点自评分", "项目自评分", "核查情况（考评组填写）", "核查组评分"]];
  const hMerges = ["A1:I1", "A2:D2", "E2:I2", "A3:D3", "E3:I3", "A4:I4"];
  V.forEach(([item, w, self, pts], j) => {
    const r0 = hRows.length + 1;
    pts.forEach(([pt, val, ps], k) => hRows.push([k === 0 ? j + 1 : null, k === 0 ? item : null, k === 0 ? w : null, pt, val, ps, k === 0 ? self : null, "□属实　□不属实", null]));
    for (const c of ["A", "B", "C", "G", "I"]) mergeCol(hMerges, c, r0, hRows.length);
  });
  const claimedTotal = sum(V.slice(0, 15).map((x) => x[2]));
  hRows.push(["合计", null, 100, null, null, null, `${claimedTotal}＋3`, null, null]);
  hMerges.push(`A${hRows.length}:B${hRows.length}`);
  hRows.push(["县级填报人：邓××　　联系电话：0751-63×××××　　县商务局负责人（签字）：　　　　　　　核查组成员（签字）："]);
  hMerges.push(`A${hRows.length}:I${hRows.length}`);
  assert(claimedTotal === 93, "c1 claimed 93 " + claimedTotal);
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = V[j][2]));
  claimed["bonus.poorTraining"] = 2;
  claimed["bonus.tvCase"] = 1;
  assert(pct1(1587 - 1236, 1236) === "28.4%" && pct1(283 - 214, 214) === "32.2%", "c1 growth");

  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3,
    "work.center": 2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + 2 + 1, "work.coverage": 2 + 5, "work.upward": 2 + 2 + 1 + 1 + 1 + 2,
    "work.training": 10 + 10, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 0,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 86 && bonus === 0, "c1 total " + scored);
  const derivation = [
    "org.leadership: 核查记录表“组织领导”县级填报：县委副书记、县长任组长（主要领导），成员单位有县商务局、县财政局、县农业农村局、县乡村振兴局 → 2",
    "org.plan: 方案制定 要点自评分2（仁府办〔2020〕21号已印发） → 2",
    "org.policy: 政策支持 要点自评分1 → 1",
    "org.management: 项目管理制度2 ＋ 工作台账1（两个要点自评分） → 3",
    `work.center: 中心2021年2月26日投入运营 → 建成2；≤2021-02-28，截至8月31日运行满6个月 → 2；免费培训场所2、展示销售1；摄影美工“无（按成本收费）” → 0；品牌推广1、其他衍生增值服务1；产业园已整合 → 2；《产业园入驻企业台账》按入驻时间和“目前状态”里的迁出日期算8月31日在园：22行中“${firms.find((f) => f.left === "2021-05-20").n}”2021.5.20迁出不算，“${firms.find((f) => f.entered === "2021-09-02").n}”9月2日签约不算；“${firms.find((f) => f.left === CUT).n}”8月31日当天迁出、“${firms.find((f) => f.left === "2021-09-06").n}”9月6日迁出、“${firms.find((f) => f.entered === CUT).n}”8月31日入驻都算 → 20家 → 2（表中“在园”字样只有${firms.filter((f) => f.status === "在园").length}家，填报的21家也不对）；类型有平台型电商、销售型、电商运营商、物流企业等 → 1；合计14（自评14）`,
    `work.coverage: 《行政村名单》一镇一列，“社区：”以上是行政村，共${admin.length}个（社区${comms.length}个不算），★省定贫困村${poor.length}个；《村级站点台账》挂牌时间≤8月31日的站覆盖行政村71个（一站8月31日当天挂牌算；三个村各有第二个站只算一次，其中一个“在建”无挂牌时间、村已另有站；社区服务点不算；“${septVillage}”的站2021年9月8日挂牌不算） → 71/102 = 69.6%，在50%—70%之间 → 2（县里填的73个、71.6%把社区点和9月的站算进去了）；11个省定贫困村都有站 → 5；合计7（自评10）`,
    "work.upward: 网销调研2、网络促销2；有第三方运营服务商 → 1；行政村名单没有快递列，按填报“行政村物流快递覆盖率 100%” → 1（名单下注也写全部通快递）；交易标准冷链溯源1；农村网零12.36亿→15.87亿增长28.4%（不到30%），农产品网零2.14亿→2.83亿增长32.2% ≥ 30% → 2；合计9",
    `work.training: 《培训计划及完成情况表》读“实际完成”的日期和人次（不读计划栏）：实际日期≤8月31日的${done.length}期实际人次合计${fmtInt(ptCut)}（第8、16期取消没有实际数；第25期原计划8月、实际2021.9.3延期完成不算；两天的按结束日；一格写“××人次”）；常住人口19.63万人 = 196,300 → ${fmtInt(ptCut)}/196,300 = 1.008% ≥ 1% → 10；《脱贫人口名单》劳动技能为普通/技能/弱劳动力或半劳动力、务工状况不是省外务工/县外省内务工的36人；《参训名单》按身份证号对上这36人且参训日期≤8月31日的25人（一人末位写小写x也要对上；三人参训两次只算一次；一人只参加9月3日的第25期不算；两名外出务工、一名无劳动能力、一名脱敏的外县学员不在36人里） → 25/36 = 69.4% ≥ 50% → 10；合计20（填报的“参训26人、72.2%”含了9月3日那一人）`,
    "info.disclosure: 专栏公开创建方案、项目基本信息、建设进度，设监督举报电话和邮箱 → 2；《专栏信息》是网站列表复制，标题后面的日期是发布日期：2020年9月—2021年8月中只有2021年2月没有发布 → 11个月，不定时更新 → 1；合计3（自评4）",
    "info.reporting: 《月报报送登记》报送日期只写“月日”，年份按所属月份推（12月月报1月报送是2021年）：2020年9月—2021年8月每月都有报送（2021年8月月报9月才报不影响） → 3；附电商扶贫统计“是”、填报“月报附电商扶贫统计表” → 3；合计6",
    "promo.cases: 2021-06-18 向韶关市商务局报送经验材料 → 2（2021.9.7那份在截止日后）",
    "promo.media: 截止日前：南方日报、学习强国·广东学习平台（省级） → 4；仁化电视台、“仁化发布”（县级） → 1；韶关电视台（市级）2021-09-02在截止日后不算 → 5（自评8）",
    "fund.system: 制度建立 要点自评分4 → 4",
    "fund.ledger: 资金台账 要点自评分4 → 4",
    `fund.spending: 《专项资金拨付台账》单位万元，拨付日期≤8月31日的10笔合计${fmtMoney(spent)}元（9月10日27.6万元不算，合计行不是拨付）；下达500万元 → ${pct1(spent, 5000000)} ≥ 70% → 及时拨付自评4 → 4`,
    "bonus.poorTraining: 25/36 = 69.4% < 70% → 0（自评2：按72.2%算的，含了截止日后参训的一人）",
    "bonus.tvCase: 电视播报的扶贫典型案例只有韶关电视台（市级，而且是9月2日），不是国家级或省级电视 → 0（自评1）；学习强国那条是网络，不是电视",
    "veto.incident: 安全生产、质量事故或重大经济损失“无” → 不否决",
    "veto.progress: 项目总体进度88% ≥ 40% → 不否决",
    "veto.fraud: 弄虚作假“无” → 不否决",
  ];
  return {
    description:
      "韶关仁化县商务局迎检工作簿（12个表），86分、无加分、未否决（县级自评93＋3）：事实表是省考评组的《考评现场核查记录表》由县里提前填好——表头块（被核查县、核查时间“2021年　月　日”空着、县级填报截止时间2021年8月31日、常住人口/行政村/贫困村一行），列 序号｜核查项目｜分值｜核查要点｜县级填报情况｜要点自评分｜项目自评分｜核查情况（考评组填写，每行预印“□属实　□不属实”）｜核查组评分，一个项目占几行核查要点（序号、项目、分值、项目自评分纵向合并），主观分在“要点自评分”；台账：行政村名单一镇一列（★贫困村，“社区：”以下是社区，底部小计行）、站点台账（镇纵向合并，日期写法混杂，9月8日挂牌一站）、培训“计划｜实际完成”两组栏（读实际，取消两期、延期到9月3日一期）、脱贫人口名单用劳动技能/务工状况官方分类、脱贫人口参训名单（小写x、空格分段、脱敏外县学员）、产业园企业的迁出日期写在“目前状态”里（8月31日当天迁出仍算在园）、资金台账万元四位小数、月报报送日期只写“9月8日”不带年份、专栏信息是网站列表复制（标题和发布日期在一格）、宣传报道和经验材料。",
    sheets: [
      { name: "现场核查记录表", rows: hRows, merges: hMerges },
      { name: "行政村名单", rows: gRows, merges: gMerges },
      { name: "村级站点台账", rows: sRows, merges: sMerges },
      { name: "培训计划完成情况", rows: tRows, merges: tMerges },
      { name: "脱贫人口名单", rows: pRows, merges: pMerges },
      { name: "脱贫人口参训名单", rows: trRows, merges: ["A1:G1", `A${trRows.length}:G${trRows.length}`] },
      { name: "产业园入驻企业", rows: eRows, merges: ["A1:G1", `A${eRows.length}:G${eRows.length}`] },
      { name: "专项资金拨付台账", rows: fRows, merges: ["A1:G1", "A2:G2", `A${fRows.length}:D${fRows.length}`] },
      { name: "月报报送登记", rows: rRows, merges: ["A1:F1", `A${rRows.length}:F${rRows.length}`] },
      { name: "专栏信息", rows: dRows },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料报送", rows: matRows, merges: ["A1:E1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 云浮云安区: the text proof of the results brochure (页码 | 版块 | 元素 | 文字内容 | 设计备注)
// =====================================================================================================
function buildF1() {
  const E = [];
  const el = (page, block, kind, text, note) => E.push([page, block, kind, text, note || null]);
  el("P1", "封面", "大标题", "云安电商 · 振兴乡村", "思源黑体 Heavy 96pt，白字压图");
  el("P1", "封面", "副标题", "云浮市云安区电子商务进农村综合示范创建成果", "48pt");
  el("P1", "封面", "图片", "IMG_20210612_0931.jpg（石城镇蔬菜基地航拍）", "出血3mm");
  el("P1", "封面", "落款", "云浮市云安区商务局　编印　2021年9月", null);
  el("P2", "区情概览", "栏目标题", "区情概览", "橙色色块");
  el("P2", "区情概览", "大数字", "27.63万", "数字72pt，下同");
  el("P2", "区情概览", "数字说明", "常住人口（第七次全国人口普查）", "14pt，下同");
  el("P2", "区情概览", "大数字", "36.05万", null);
  el("P2", "区情概览", "数字说明", "户籍人口", null);
  el("P2", "区情概览", "大数字", "6", null);
  el("P2", "区情概览", "数字说明", "个镇", null);
  el("P2", "区情概览", "大数字", "59", null);
  el("P2", "区情概览", "数字说明", "个行政村（另有社区居委会8个）", null);
  el("P2", "区情概览", "正文", "云安区位于云浮市中部，西江南岸，是粤港澳大湾区“菜篮子”重要供应地。全区有省定相对贫困村13个，已于2020年底全部出列。", "正文12pt");
  el("P3", "组织推动", "栏目标题", "高位推动　一张蓝图绘到底", null);
  el("P3", "组织推动", "正文", "区委、区政府把电子商务进农村综合示范创建作为“一把手”工程：成立以区委副书记、区长为组长，常务副区长、分管副区长为副组长，区商务局、区财政局、区农业农村局、区乡村振兴局等16个部门和6个镇为成员单位的领导小组，每季度召开一次推进会。", null);
  el("P3", "组织推动", "正文", "2020年5月，区政府办公室正式印发《云安区电子商务进农村综合示范创建工作方案》；同年出台《云安区扶持农村电子商务发展十条措施》，从资金、场地、人才等方面给予支持。", null);
  el("P3", "组织推动", "图片", "IMG_20200609_1502.jpg", "待换高清图");
  el("P3", "组织推动", "图片说明", "2020年6月9日，区领导小组召开第一次全体会议", "10pt 灰色");
  el("P4-5", "公共服务中心", "栏目标题", "筑巢引凤　服务中心成枢纽", "跨页");
  el("P4-5", "公共服务中心", "图片", "IMG_20201128_1030.jpg", null);
  el("P4-5", "公共服务中心", "图片说明", "2020年11月28日，云安区电子商务公共服务中心正式投入运营", null);
  el("P4-5", "公共服务中心", "正文", "中心面积1,800平方米，设免费培训室、农特产品免费展示展销区、直播间和摄影棚，为企业和农户免费提供产品拍摄、美工设计服务；统一打造“云安好物”区域公用品牌，组织农产品统一推广。", null);
  el("P4-5", "公共服务中心", "正文", "整合建成云安区电子商务产业园，引入专业电商运营服务商负责中心和产业园的运营，目前入驻企业23家。", null);
  el("P4-5", "公共服务中心", "大数字", "1+6+98", "加号用橙色");
  el("P4-5", "公共服务中心", "数字说明", "区级中心＋镇级服务站＋村级服务站点", null);
  el("P6", "物流体系", "栏目标题", "打通末梢　快递进村全覆盖", null);
  el("P6", "物流体系", "大数字", "100%", null);
  el("P6", "物流体系", "数字说明", "行政村快递覆盖率", null);
  el("P6", "物流体系", "正文", "整合邮政、快递资源，建成区、镇、村三级物流配送体系，快递包裹当天到镇、次日到村。", null);
  el("P7", "农产品上行", "栏目标题", "好物出山　网销渠道越走越宽", null);
  el("P7", "农产品上行", "大数字", "8.36亿元", null);
  el("P7", "农产品上行", "数字说明", "2020年农村网络零售额，同比增长31.4%", null);
  el("P7", "农产品上行", "大数字", "2.05亿元", null);
  el("P7", "农产品上行", "数字说明", "2020年农产品网络零售额", null);
  el("P7", "农产品上行", "大数字", "6.12亿元", null);
  el("P7", "农产品上行", "数字说明", "2021年1—8月农村网络零售额", "此项待统计局最终核定");
  el("P7", "农产品上行", "正文", "组织“云安好物年货节”“石城蔬菜直播季”等网络促销活动12场，都杨镇的腐竹、白石镇的砂糖桔卖到了全国各地。", null);
  el("P8", "人才培训", "栏目标题", "育才赋能　农民变主播", null);
  el("P8", "人才培训", "大数字", "3,106", null);
  el("P8", "人才培训", "数字说明", "人次参加电商培训", null);
  el("P8", "人才培训", "正文", "全区有劳动能力的脱贫人口（不含外出务工）1,842人，其中1,015人参加了电商培训，培训率55.1%。", null);
  el("P8", "人才培训", "图片说明", "2021年4月15日，石城镇脱贫户直播带货培训班", null);
  el("P9", "阳光运行", "栏目标题", "阳光运行　资金管好用好", null);
  el("P9", "阳光运行", "正文", "在区政府门户网站开设“电子商务进农村综合示范”专栏，公开创建方案、项目基本信息，按月发布项目建设进度，公布监督举报电话0766-88×××××。每月向云浮市商务局报送工作进展和电商扶贫统计数据。", null);
  el("P9", "阳光运行", "正文", "省级财政下达专项资金500万元，严格按照专项资金管理办法使用，专款专用。", null);
  el("P10", "封底", "正文", "画册数据截至2021年8月31日，来源：区统计局、区商务局、区乡村振兴局。", "6pt");
  el("P10", "封底", "页脚", "云浮市云安区商务局　地址：云浮市云安区六都镇××路××号　电话：0766-88×××××", null);
  assert(pct1(1015, 1842) === "55.1%", "f1 rate");
  const rows = [["《云安电商 · 振兴乡村》宣传画册文字稿（第三稿，交印刷厂排版）"], ["说明：一行一个版面元素；“大数字”的含义看紧跟其下的“数字说明”；“设计备注”是给设计师的，不印刷。"],
    ["页码", "版块", "元素", "文字内容", "设计备注"]];
  let prev = null;
  const merges = ["A1:E1", "A2:E2"];
  let runStart = 4;
  E.forEach((e, j) => {
    rows.push([e[0] === prev ? null : e[0], e[1] === (E[j - 1] || [])[1] ? null : e[1], e[2], e[3], e[4]]);
    prev = e[0];
    if (j + 1 === E.length || E[j + 1][0] !== e[0]) {
      mergeCol(merges, "A", runStart, rows.length);
      mergeCol(merges, "B", runStart, rows.length);
      runStart = rows.length + 1;
    }
  });
  rows.push([null, null, null, null, null]);
  rows.push(["校对：区商务局电商股 黄××　2021年9月14日"]);
  merges.push(`A${rows.length}:E${rows.length}`);
  return {
    description:
      "云浮云安区商务局交来当事实表的，是《云安电商 · 振兴乡村》宣传画册交印刷厂的文字稿：页码｜版块｜元素｜文字内容｜设计备注，一行一个版面元素（大标题、副标题、栏目标题、正文、图片、图片说明、大数字、数字说明、页脚），页码和版块纵向合并；“大数字”只有数（“27.63万”“59”“8.36亿元”“3,106”“100%”），含义在紧跟其下的“数字说明”里（“常住人口（第七次全国人口普查）”“个行政村（另有社区居委会8个）”“2020年农村网络零售额，同比增长31.4%”“人次参加电商培训”“行政村快递覆盖率”），其余事实在正文和图片说明的句子里（区委副书记、区长任组长；2020年11月28日中心投入运营；免费摄影美工；1,842人中1,015人参训；专栏四项；下达500万元），数据截止日在封底；户籍人口36.05万、“1+6+98”、2021年1—8月6.12亿元、图片文件名里的日期和设计备注都不是事实。",
    sheets: [{ name: "画册文字稿", rows, merges }],
    expect: {
      facts: {
        county: "云安区", asOf: "2021-08-31", residentPopulation: 276300, adminVillagesStated: 59, poorVillagesStated: 13,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: 836000000, ruralRetailGrowthStated: 0.314, agriRetail2020: 205000000,
        trainingPersonTimesStated: 3106, eligiblePoorPersonsStated: 1842, trainedPoorPersonsStated: 1015,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 清远清新区: the self-assessment material split into one sheet per indicator (plus 基本情况, 汇总, a hidden template)
// =====================================================================================================
function buildF2() {
  const HEAD = "清远市清新区电子商务进农村综合示范创建考评自评材料";
  const sheets = [];
  const tocRows = [[HEAD], ["（分指标填报　一个指标一张表）"], [null], ["填报单位：清远市清新区商务局"], ["数据截至：2021年8月31日"], [null], ["目　录"]];
  // one indicator sheet: [sheet name, title, weight, [[评分标准, 分值, 完成情况, 自评分, 佐证]], self total, 填报股室]
  const IND = [
    ["1组织领导", "指标1：组织领导", 2, [["由县（市、区）政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）；由分管领导牵头（1分）", "2",
      "成立以区委副书记、区长为组长，分管副区长为常务副组长的区电子商务进农村综合示范工作领导小组（清新办〔2020〕9号），区商务局、区财政局、区农业农村局、区乡村振兴局、区发展和改革局等15个单位为成员", 2, "1-1 领导小组文件"]], 2, "办公室"],
    ["2方案制定", "指标2：方案制定", 2, [["工作方案因地制宜，可操作性较强（1-2分）", "1-2", "2020年4月30日区政府办公室正式印发《清新区电子商务进农村综合示范创建工作方案》（清新府办〔2020〕14号）", 2, "2-1 工作方案"]], 2, "电商股"],
    ["3政策支持", "指标3：政策支持", 2, [["出台相关政策，且得到较好落实（1-2分）", "1-2", "出台《清新区支持农村电子商务发展若干措施》（清新商务〔2020〕27号），已兑现奖补两批", 2, "3-1 政策文件、兑现名单"]], 2, "电商股"],
    ["4项目管理", "指标4：项目管理", 4, [["建立项目管理制度，在建设、验收环节严格落实相关制度（1-2分）", "1-2", "制定《项目管理实施细则》，项目均经第三方验收", 2, "4-1"],
      ["建立完整工作台账，详细记录项目建设情况（1-2分）", "1-2", "建立11类工作台账，按月更新", 2, "4-2"]], 4, "电商股"],
    ["5县级中心与产业园", "指标5：服务体系建设——县级电子商务公共服务中心与产业园", 15, [
      ["建成县级电子商务公共服务中心（2分）", "2", "已建成区电子商务公共服务中心（太和镇），面积2,100平方米", 2, "5-1"],
      ["建成后已正常运行6个月（截至2021年8月31日）以上（2分）", "2", "2020年12月1日正式投入运营，截至2021年8月31日已运行9个月", 2, "5-2"],
      ["有免费培训场所、培训设备，能组织电商基础培训（2分）", "2", "有免费培训室2间、培训电脑60台", 2, "5-3"],
      ["为特色农产品提供免费展示、销售服务（1分）", "1", "设农特产品免费展示展销区，展销“清新冰肉”“桂花鱼”等120款产品", 1, "5-4"],
      ["为电子商务市场主体提供免费摄影、美工服务（1分）", "1", "免费提供产品摄影、美工设计服务", 1, "5-5"],
      ["组织农产品统一推广、指导特色农产品品牌建设（1分）", "1", "组织“清新好物”区域品牌统一推广", 1, "5-6"],
      ["为电子商务发展提供其他衍生增值服务（1分）", "1", "提供代办证照、金融对接等增值服务", 1, "5-7"],
      ["建设或整合、优化当地电商产业园（2分）", "2", "整合太和镇电商产业园，完成升级改造", 2, "5-8"],
      ["电商产业园企业入驻数量达20家及以上（2分）", "2", "入驻企业22家", 2, "5-9 入驻企业清单"],
      ["入驻企业含平台型、销售型、电商运营商或物流企业等至少三种以上类型（1分）", "1", "平台型3家、销售型11家、电商运营商4家、物流企业4家", 1, "5-9"]], 15, "电商股"],
    ["6村级站点", "指标6：服务体系建设——村级电子商务服务站点", 10, [
      ["行政村覆盖率70%及以上（5分），50%-70%（不含）（2分）", "5", "全区行政村166个（不含社区居委会17个），已建站点覆盖行政村121个，覆盖率72.9%", 5, "6-1 行政村清单、站点清单"],
      ["贫困村覆盖率100%（5分），80%-100%（不含）（3分）", "5", "省定贫困村21个，全部建有站点", 5, "6-2 贫困村清单"]], 10, "电商股"],
    ["7农村产品上行", "指标7：农村产品上行", 10, [
      ["对当地农产品网络销售进行调研，并形成针对性建议（1-2分）", "1-2", "委托第三方形成《清新区农产品网络销售调研报告》", 2, "7-1"],
      ["开展农村产品网络促销活动成效明显（1-2分）", "1-2", "开展网络促销活动6场，成效一般", 1, "7-2"],
      ["当地有专业第三方电子商务运营或服务商（1分）", "1", "有（清远市…电子商务运营服务有限公司）", 1, "7-3"],
      ["行政村物流快递覆盖率100%（1分）", "1", "行政村物流快递覆盖率100%（区邮政管理局证明）", 1, "7-4"],
      ["有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）", "1-2", "冷链系统已建成，溯源系统建设中，交易标准未出台", 1, "7-5"],
      ["2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）", "2", "2019年农村网络零售额9.82亿元，2020年12.47亿元，增长27.0%；农产品网络零售额2019年1.65亿元、2020年2.21亿元，增长33.9%", 2, "7-6 省商务厅数据"]], 8, "电商股"],
    ["8电商人才培训", "指标8：电商人才培训", 20, [
      ["培训人次达常住人口1%及以上（10分），0.8%-1%（不含）（8分），0.6%-0.8%（不含）（6分）", "10", "常住人口38.47万人，截至2021年8月31日累计培训3,912人次，占1.02%", 10, "8-1 培训台账"],
      ["建档立卡贫困人口培训率50%及以上（10分），40%-50%（不含）（8分），30%-40%（不含）（6分）", "10", "有劳动能力的建档立卡贫困人口（不含外出务工）2,734人，参加培训1,452人，培训率53.1%", 10, "8-2 区乡村振兴局确认"]], 20, "电商股、区乡村振兴局"],
    ["9信息公开", "指标9：信息公开", 4, [
      ["在县政府网站设立公开专栏且内容全面（2分）", "2", "专栏公示创建方案 ✔；项目基本信息 ✔；项目建设进度 ✔；征求意见或监督举报窗口 ✘（网站集约化迁移后未恢复）", 0, "9-1 网页截图"],
      ["近一年内专栏内容能按月更新（2分），不定时更新（1分）", "2", "按月更新", 2, "9-2"]], 2, "办公室"],
    ["10数据上报", "指标10：数据上报", 6, [
      ["近一年能每月向市商务局报送工作情况（3分），不定时上报（1分）", "3", "每月10日前报送", 3, "10-1"],
      ["能统计电商扶贫情况（3分）", "3", "能统计，月报附电商扶贫统计表", 3, "10-2"]], 6, "电商股"],
    ["11案例总结", "指标11：案例总结", 2, [["向市商务局报送经验材料（2分）", "2", "2021年3月向清远市商务局报送《清新区“电商＋冰肉”助农增收典型案例》", 2, "11-1"]], 2, "电商股"],
    ["12经验推广", "指标12：经验推广", 8, [
      ["省级及以上媒体进行宣传报道（4分）", "4", "南方日报2021年5月报道", 4, "12-1"],
      ["市级媒体进行宣传报道（3分）", "3", "清远日报2021年1月报道", 3, "12-2"],
      ["县级媒体进行宣传报道（1分）", "1", "清新区融媒体中心多次报道", 1, "12-3"]], 8, "办公室"],
    ["13制度建立", "指标13：制度建立", 5, [["建立科学有效的资金管理制度且得到有效落实（1-5分）", "1-5", "制定《清新区电子商务进农村综合示范专项资金管理办法》", 4, "13-1"]], 4, "财务股"],
    ["14资金台账", "指标14：资金台账", 5, [["项目承建方建立资金专用台账，账目完整（1-5分）", "1-5", "承建方均已建立资金专用台账", 4, "14-1"]], 4, "财务股"],
    ["15资金支出", "指标15：资金支出", 5, [["资金支出率70%以上，且根据创建进度及时拨付（1-5分）；资金支出率低于70%倒扣5分", "1-5／－5",
      "下达省级专项资金500万元，截至2021年8月31日累计拨付3,318,600元，支出率66.4%，未达70%，按规定倒扣5分", -5, "15-1 拨付凭证"]], -5, "财务股"],
  ];
  assert(pct1(3318600, 5000000) === "66.4%" && pct1(1452, 2734) === "53.1%" && ratioGE(3912, 384700, 1), "f2 rates");
  assert(pct1(1247 - 982, 982) === "27.0%" && pct1(221 - 165, 165) === "33.9%", "f2 growth");
  const indSheet = ([name, title, w, lines, self, unit]) => {
    const rows = [[HEAD], [`${title}（权重${w}分）`], ["序号", "评分标准（摘自省考评指标体系）", "分值", "完成情况（截至2021年8月31日）", "自评分", "佐证材料"]];
    lines.forEach((l, k) => rows.push([k + 1, l[0], l[1], l[2], l[3], l[4]]));
    rows.push(["本指标自评得分", null, null, null, self, null]);
    rows.push([`填报股室：${unit}　　　　审核：电商股`]);
    return { name, rows, merges: ["A1:F1", "A2:F2", `A${rows.length - 1}:D${rows.length - 1}`, `A${rows.length}:F${rows.length}`] };
  };
  // 基本情况
  sheets.push({ name: "基本情况", rows: [[HEAD], ["基本情况"], ["项目", "内容", "备注"], ["县（市、区）", "清新区", null], ["数据截止日期", D("2021-08-31"), "考评截止日"],
    ["常住人口", "38.47万人", "第七次全国人口普查"], ["户籍人口", "43.6万人", "仅供参考"], ["行政村", "166个", "另有社区居委会17个"], ["省定贫困村", "21个", "已全部出列"],
    ["镇", "8个", null]], merges: ["A1:C1", "A2:C2"] });
  for (const x of IND) sheets.push(indSheet(x));
  // 加分项 / 否决项
  sheets.push({ name: "16加分项", rows: [[HEAD], ["加分项（最高4分）"], ["序号", "加分标准", "分值", "完成情况", "自评分", "佐证材料"],
    [1, "建档立卡贫困人口培训率70%及以上（2分）", "2", "培训率53.1%，未达70%", 0, null], [2, "电商扶贫典型案例获国家级电视媒体播报（2分），省级（1分）（不累加）", "2／1", "2021年5月清新区电视台播报（县级），不符合", 0, null],
    ["加分项自评得分", null, null, null, 0, null]], merges: ["A1:F1", "A2:F2", "A6:D6"] });
  sheets.push({ name: "17否决项", rows: [[HEAD], ["一票否决项"], ["序号", "否决事项", "情况", "备注"], [1, "发生安全生产、质量事故，或者造成重大经济损失和社会不良影响", "未发生", null],
    [2, "项目建设进度严重滞后，总体进度不足40%", "项目总体进度75%，未低于40%", "区财政局核实"], [3, "弄虚作假", "无", null]], merges: ["A1:D1", "A2:D2"] });
  // 汇总 (claimed)
  const sumRows = [[HEAD], ["自评得分汇总"], ["序号", "评价指标", "权重", "自评得分", "对应工作表"]];
  IND.forEach((x, j) => sumRows.push([j + 1, x[1].replace(/^指标\d+：/, ""), x[2], x[4], x[0]]));
  sumRows.push([16, "加分项", 4, 0, "16加分项"]);
  const claimedTotal = sum(IND.map((x) => x[4]));
  sumRows.push(["合计", null, 100, claimedTotal, null]);
  sumRows.push(["一票否决项：无（见“17否决项”）"]);
  assert(claimedTotal === 84, "f2 claimed 84 " + claimedTotal);
  sheets.push({ name: "汇总", rows: sumRows, merges: ["A1:E1", "A2:E2", `A${sumRows.length - 1}:B${sumRows.length - 1}`, `A${sumRows.length}:E${sumRows.length}`] });
  // hidden template
  sheets.push({ name: "模板（勿删）", hidden: true, rows: [[HEAD], ["指标×：××××（权重×分）"], ["序号", "评分标准（摘自省考评指标体系）", "分值", "完成情况（截至2021年8月31日）", "自评分", "佐证材料"],
    [1, "（复制评分标准原文）", "×", "（填写完成情况，数据写明单位）", "×", "（佐证材料编号）"], ["本指标自评得分", null, null, null, null, null], ["填报股室：　　　　审核：电商股"]],
    merges: ["A1:F1", "A2:F2", "A5:D5", "A6:F6"] });
  // 封面 first
  for (const s of sheets) tocRows.push([s.hidden ? null : s.name]);
  while (tocRows[tocRows.length - 1][0] === null) tocRows.pop();
  sheets.unshift({ name: "封面", rows: tocRows, merges: [] });
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = IND[j][4]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 0;
  return {
    description:
      "清远清新区商务局的考评自评材料按“一个指标一张表”做成一本工作簿（封面目录、基本情况、1组织领导…15资金支出、16加分项、17否决项、汇总、一张隐藏的“模板（勿删）”）：每张指标表同一个样子——标题、“指标n：名称（权重n分）”、表头 序号｜评分标准（摘自省考评指标体系）｜分值｜完成情况（截至2021年8月31日）｜自评分｜佐证材料，一条评分标准一行，末行“本指标自评得分”和填报股室；事实分散在各表“完成情况”的句子里（中心2020年12月1日投入运营、专栏窗口“✘”、零售额亿元和增速、38.47万人、2,734人中1,452人参训、拨付3,318,600元），主观分是对应评分标准行的自评分（网络促销1、交易标准冷链溯源1、资金制度4、资金台账4；资金支出率66.4%倒扣5，没有及时拨付分），汇总表是各指标自评（合计84）；“分值”列和评分标准里的70%、1%、20家是门槛，隐藏模板里的“×”是占位符，户籍人口43.6万、入驻22家、覆盖121个村不是事实键。",
    sheets,
    expect: {
      facts: {
        county: "清新区", asOf: "2021-08-31", residentPopulation: 384700, adminVillagesStated: 166, poorVillagesStated: 21,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-01", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 982000000, ruralRetail2020: 1247000000, ruralRetailGrowthStated: 0.27,
        agriRetail2019: 165000000, agriRetail2020: 221000000, agriRetailGrowthStated: 0.339,
        trainingPersonTimesStated: 3912, eligiblePoorPersonsStated: 2734, trainedPoorPersonsStated: 1452,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3318600, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.75,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f3 — 湛江麻章区: one 序号 | 指标 | 数值 | 备注 table whose units are set by “（以下单位：…）” rows inside it
// =====================================================================================================
function buildF3() {
  const R19 = 64210, R20 = 80935, A19 = 15620, A20 = 20847;
  const rg = ((R20 - R19) / R19 * 100).toFixed(2);
  const ag = ((A20 - A19) / A19 * 100).toFixed(2);
  assert(rg === "26.05" && ag === "33.46", "f3 growth " + rg + " " + ag);
  const SPENT = 3715600;
  const rows = [["麻章区电子商务进农村综合示范创建基础数据（报市局汇总）"], ["填报单位：湛江市麻章区商务局　　　　数据截至：2021年8月31日"],
    ["序号", "指标", "数值", "备注"]];
  const merges = ["A1:D1", "A2:D2"];
  const sec = (t) => {
    rows.push([t, null, null, null]);
    merges.push(`A${rows.length}:D${rows.length}`);
  };
  let n = 0;
  const item = (label, value, note) => rows.push([++n, label, value, note || null]);
  sec("一、基本情况（以下单位：人口为万人，村数为个）");
  item("常住人口", 29.86, "第七次全国人口普查");
  item("户籍人口", 33.12, "仅供参考，不作考评基数");
  item("行政村数", 63, "不含社区居委会12个");
  item("省定贫困村数", 9, null);
  sec("二、组织领导（以下“是否”项：1＝是，0＝否）");
  item("领导小组组长", "区委副书记、区长", null);
  item("领导小组成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局、麻章邮政分公司", null);
  item("示范工作方案已正式印发", 1, "湛麻府办〔2020〕11号");
  item("已出台支持农村电商发展的政策", 1, null);
  sec("三、公共服务中心及产业园（以下“是否”项：1＝是，0＝否）");
  item("县级电子商务公共服务中心投入运营日期", "2020.10.16", "日期项");
  item("有免费培训场所、培训设备", 1, null);
  item("为特色农产品提供免费展示、销售服务", 1, null);
  item("提供免费摄影、美工服务", 0, "摄影棚对外收费");
  item("组织农产品统一推广、指导品牌建设", 1, null);
  item("提供其他衍生增值服务", 1, null);
  item("建设或整合、优化电商产业园", 1, null);
  item("有专业第三方电子商务运营或服务商", 1, null);
  sec("（以下单位：%）");
  item("行政村物流快递覆盖率", 98.4, "63个行政村中62个已通快递");
  sec("四、农村网络零售（以下金额单位：万元）");
  item("2019年农村网络零售额", "64,210", "省商务厅数据");
  item("2020年农村网络零售额", "80,935", null);
  item("2019年农产品网络零售额", "15,620", null);
  item("2020年农产品网络零售额", "20,847", null);
  sec("（以下单位：%）");
  item("2020年农村网络零售额同比增速", Number(rg), null);
  item("2020年农产品网络零售额同比增速", Number(ag), null);
  sec("五、电商培训（以下单位：人次、人）");
  item("培训人次", "3,018", "截至8月31日累计");
  item("有劳动能力的建档立卡贫困人口数（不含外出务工）", "2,215", "区乡村振兴局确认");
  item("其中：参加电商培训的人数", "1,192", "按身份证号去重");
  sec("六、信息公开及数据报送（1＝是，0＝否）");
  item("专栏公示创建方案", 1, null);
  item("专栏公示项目基本信息", 1, null);
  item("专栏公示项目建设进度", 1, null);
  item("专栏设立征求意见或监督举报窗口", 0, null);
  item("能统计电商扶贫情况", 1, null);
  sec("七、专项资金（以下金额单位：万元）");
  item("下达省级专项资金", 500, null);
  sec("（以下金额单位：元；“是否”项：1＝是，0＝否）");
  item("累计拨付资金", fmtMoney(SPENT), "截至8月31日");
  item("已制定资金管理制度", 1, null);
  item("已建立资金专用台账", 1, null);
  sec("（以下单位：%）");
  item("项目总体进度", 85, null);
  sec("八、一票否决事项（1＝发生／有，0＝未发生／无）");
  item("发生安全生产、质量事故或重大经济损失", 0, null);
  item("弄虚作假", 0, null);
  sec("九、主观评分项自评（以下单位：分）");
  const J = [["方案制定", 2], ["政策支持", 1], ["项目管理制度", 2], ["工作台账", 1], ["网销调研及建议", 2], ["网络促销活动", 1], ["交易标准、冷链及溯源", 1],
    ["资金管理制度", 4], ["资金专用台账", 4], ["资金及时拨付", 4]];
  for (const [a, b] of J) item(a, b, null);
  sec("十、逐项自评得分（以下单位：分）");
  const CL = [["组织领导", 2], ["方案制定", 2], ["政策支持", 1], ["项目管理", 3], ["服务体系建设（县级中心与产业园）", 13], ["服务体系建设（村级站点）", 10],
    ["农村产品上行", 7], ["电商人才培训", 20], ["信息公开", 2], ["数据上报", 6], ["案例总结", 2], ["经验推广", 5], ["制度建立", 4], ["资金台账", 4], ["资金支出", 4],
    ["加分项：贫困人口培训率≥70%", 0], ["加分项：电商扶贫典型案例电视播报", 0]];
  for (const [a, b] of CL) item(a, b, null);
  const tot = sum(CL.map((x) => x[1]));
  rows.push(["合计", null, tot, null]);
  merges.push(`A${rows.length}:B${rows.length}`);
  rows.push(["填表人：吴××　　审核人：区商务局副局长 陈××　　填报日期：2021年9月2日"]);
  merges.push(`A${rows.length}:D${rows.length}`);
  assert(tot === 85, "f3 claimed 85 " + tot);
  assert(pct1(1192, 2215) === "53.8%" && ratioGE(3018, 298600, 1) && ratioGE(SPENT, 5000000, 70), "f3 rates");
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = CL[j][1]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 0;
  return {
    description:
      "湛江麻章区商务局报市局汇总的《基础数据》：一张四列表 序号｜指标｜数值｜备注，没有单位列，单位由表内整行合并的分节行和“（以下单位：…）”行决定、一直管到下一条单位行——常住人口29.86（万人）、行政村63（个）；“（以下单位：%）”下快递覆盖率98.4（未全覆盖）；“四、…（以下金额单位：万元）”下零售额“64,210”“80,935”等是万元，紧跟的“（以下单位：%）”下增速26.05、33.46；培训节是人次、人；“七、专项资金（以下金额单位：万元）”下达资金500是万元，紧接着“（以下金额单位：元；…）”下累计拨付“3,715,600.00”是元；总体进度85（%）；是否项1/0（否决节1＝发生），中心运营日期“2020.10.16”是文本；九节是主观分，十节是逐项自评（合计85）。户籍人口33.12万不是常住人口。",
    sheets: [{ name: "基础数据", rows, merges }],
    expect: {
      facts: {
        county: "麻章区", asOf: "2021-08-31", residentPopulation: 298600, adminVillagesStated: 63, poorVillagesStated: 9,
        planIssued: true, policyIssued: true, centerOpened: "2020-10-16", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2019: R19 * 10000, ruralRetail2020: R20 * 10000, agriRetail2019: A19 * 10000, agriRetail2020: A20 * 10000,
        ruralRetailGrowthStated: Number((Number(rg) / 100).toFixed(4)), agriRetailGrowthStated: Number((Number(ag) / 100).toFixed(4)),
        trainingPersonTimesStated: 3018, eligiblePoorPersonsStated: 2215, trainedPoorPersonsStated: 1192,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: SPENT, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.85,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// l1 — 汕头潮南区: the public-service centre operator's monthly-report attachments (附表1—4) plus the report's note page
// =====================================================================================================
function buildL1() {
  const CUT = "2021-08-31";
  // ---------------- 附表1 培训明细: month group rows, day written without the year
  const TOP = ["电商基础知识", "网店美工", "短视频带货", "直播运营", "潮汕农特产品网销", "社群团购", "跨境电商入门", "客服与售后"];
  const PLACE = ["区电商公共服务中心", "陈店镇文化站", "两英镇党群服务中心", "仙城镇政府会议室", "成田镇文化站", "雷岭镇荔枝产业园"];
  const OBJ = ["返乡青年", "脱贫户", "合作社成员", "个体网商", "妇女创业者"];
  const tRows = [["附表1　潮南区农村电商培训明细（2020年9月—2021年9月）"], ["序号", "日期", "培训主题", "培训地点", "培训对象", "参训人数", "备注"]];
  const tMerges = ["A1:G1"];
  const tRecs = [];
  let sq = 0;
  for (const m of monthsBetween("2020-09", "2021-09")) {
    const [y, mo] = m.split("-").map(Number);
    tRows.push([`${y}年${mo}月`, null, null, null, null, null, null]);
    tMerges.push(`A${tRows.length}:G${tRows.length}`);
    const nS = m === "2021-02" ? 1 : m === "2021-09" ? 1 : rint(1, 3);
    const days = [];
    for (let k = 0; k < nS; k++) days.push(rint(3, 26));
    days.sort((a, b) => a - b);
    let monthN = 0;
    days.forEach((d0, k) => {
      let start = `${m}-${String(d0 + k).padStart(2, "0")}`;
      let end = start;
      let cell;
      const f = (sq + k) % 4;
      const two = (sq + k) % 5 === 3;
      if (m === "2021-08" && k === nS - 1) {
        start = "2021-08-30";
        end = "2021-09-01";
        cell = "8月30日—9月1日";
      } else if (two) {
        end = isoAdd(start, 1);
        cell = `${mo}月${Number(start.slice(8))}—${Number(end.slice(8))}日`;
      } else cell = f === 1 ? `${mo}.${Number(start.slice(8))}` : `${mo}月${Number(start.slice(8))}日`;
      const n = rint(28, 75);
      sq++;
      monthN += n;
      tRows.push([sq, cell, TOP[sq % TOP.length], PLACE[sq % PLACE.length], OBJ[sq % OBJ.length], sq % 6 === 2 ? `${n}人` : n, end === "2021-09-01" ? "9月1日结业" : null]);
      tRecs.push({ date: end, personTimes: n });
    });
    tRows.push(["本月小计", null, null, null, null, `${nS}期 ${monthN}人`, null]);
    tMerges.push(`A${tRows.length}:E${tRows.length}`);
  }
  tRows.push(["注：日期只写月、日，年份见各月分组行；跨日培训按起止日期填写。"]);
  tMerges.push(`A${tRows.length}:G${tRows.length}`);
  assert(tRecs.some((r) => r.date === "2021-09-01") && tRecs.filter((r) => r.date.startsWith("2021-09")).length === 2, "l1 two September sessions");

  // ---------------- 附表2 站点运营
  const TOWNS = ["峡山街道", "陈店镇", "两英镇", "仙城镇", "司马浦镇", "胪岗镇", "成田镇", "红场镇", "雷岭镇", "井都镇", "陇田镇"];
  const vName = nameMaker("东西南北上下新大仙美华溪", ["溪", "美", "洋", "围", "厝", "寮", "埔", "墩", "林", "湖", "坑"], "村", TOWNS.map((t) => t.slice(0, 2)).concat(["新溪"]));
  const sRows = [["附表2　潮南区村级电商服务站点运营情况（截至2021年9月15日）"], ["序号", "镇（街道）", "站点名称", "所在村（社区）", "开业时间", "1—8月服务人次", "运营评价"]];
  const sMerges = ["A1:G1"];
  const sRecs = [];
  let k = 0;
  TOWNS.forEach((t, ti) => {
    const r0 = sRows.length + 1;
    const nSt = rint(2, 3);
    for (let i = 0; i < nSt; i++) {
      k++;
      let v = vName();
      let vCell = k % 3 === 1 ? `${v}委会` : k % 7 === 4 ? `${v.replace(/村$/, "")}村民委员会` : v;
      let name = `潮南区${v.replace(/村$/, "")}村电商服务站`;
      if (ti === 0 && i === 0) {
        vCell = "新溪社区居委会";
        name = "潮南区新溪社区电商服务点";
      }
      const iso = randIsoBetween("2020-06-01", "2021-08-20");
      let dCell;
      let rec;
      const f = k % 6;
      if (k === 9) {
        dCell = "2020.10";
        rec = "2020-10";
      } else if (k === 14) {
        dCell = "筹建中";
        rec = undefined;
      } else if (k === 20) {
        dCell = "2021.9.6";
        rec = "2021-09-06";
      } else if (f === 0 || f === 3) {
        dCell = monthDot(iso);
        rec = ym(iso);
      } else if (f === 1) {
        dCell = D(iso);
        rec = iso;
      } else if (f === 2) {
        dCell = dotDate(iso);
        rec = iso;
      } else if (f === 4) {
        dCell = cnMonth(iso);
        rec = ym(iso);
      } else {
        dCell = cnDate(iso);
        rec = iso;
      }
      const served = rec === undefined || rec > CUT ? "—" : rint(120, 2600);
      sRows.push([k, t, name, vCell, dCell, served, rec === undefined ? "—" : rec > CUT ? "新开业" : ["优秀", "良好", "合格"][k % 3]]);
      const r = { village: vCell };
      if (rec !== undefined) r.opened = rec;
      sRecs.push(r);
    }
    mergeCol(sMerges, "B", r0, sRows.length);
  });
  sRows.push(["注：开业时间只记到月的，按运营方签约月份填写。"]);
  sMerges.push(`A${sRows.length}:G${sRows.length}`);
  assert(sRecs.some((r) => r.opened === "2020-10") && sRecs.some((r) => !("opened" in r)) && sRecs.some((r) => r.opened === "2021-09-06"), "l1 station specials");

  // ---------------- 附表3 入驻企业: the stay as one “入驻期间” range
  const ER = "440514";
  const F = [["汕头市潮南区峡山内衣电子商务有限公司", "销售型", "2020-10-12", null, "d"], ["汕头市潮南区两英针织网店", "销售型", "2020-11-03", "2021-06-30", "d"],
    ["汕头市潮南区潮汕优选网络科技有限公司", "平台型", "2020-12", null, "m"], ["汕头市潮南区陈店数码电商商行", "销售型", "2021-01-15", null, "d"],
    ["汕头市潮南区云帆电商运营有限公司", "电商运营商", "2020-10-20", null, "d"], ["汕头市潮南区顺捷快递服务有限公司", "物流企业", "2021-03-08", "2021-09-15", "d"],
    ["汕头市潮南区雷岭荔枝网店", "销售型", "2021-04-02", null, "d"], ["汕头市潮南区潮味直播传媒有限公司", "直播", "2021-05", "2021-08", "m"],
    ["汕头市潮南区仙城牛肉丸电子商务有限公司", "销售型", "2021-06-18", null, "d"], ["汕头市潮南区潮货仓储物流有限公司", "物流企业", "2021-09-01", null, "d"],
    ["汕头市潮南区井都海产品电商商行", "销售型", "2020-09-28", "2021-02-26", "d"], ["汕头市潮南区好物代运营工作室", "电商运营商", "2021-07-12", null, "d"]];
  const eRows = [["附表3　潮南区电商产业园入驻企业情况"], ["序号", "企业名称", "统一社会信用代码", "主营类型", "入驻期间", "办公位置"]];
  const eRecs = [];
  const span = (a, b, mode, j) => {
    const fa = mode === "m" ? monthDot(a) : j % 3 === 2 ? cnDate(a) : dotDate(a);
    const fb = b === null ? "至今" : mode === "m" ? monthDot(b) : j % 3 === 2 ? cnDate(b) : dotDate(b);
    return `${fa}—${fb}`;
  };
  F.forEach(([n, t, a, b, mode], j) => {
    eRows.push([j + 1, n, creditCode(ER), t, span(a, b, mode, j), `A栋${rint(1, 4)}0${rint(1, 9)}室`]);
    eRecs.push({ name: n, type: t, entered: a, left: b });
  });
  eRows.push(["注：“入驻期间”前为入驻日期，后为退出日期，“至今”表示仍在园。"]);

  // ---------------- 附表4 宣传报道
  const M = [[D("2020-11-26"), "2020-11-26", "潮南区融媒体中心", "区级", "电视", "潮南电商服务站开进村头", "否", "county", true],
    ["2021年1月", "2021-01", "汕头日报", "市级", "报纸", "潮南：“电商＋内衣”带动农村就业", "否", "city", false],
    ["2021.3.19", "2021-03-19", "南方＋客户端", "省级", "网络", "潮南脱贫户直播卖牛肉丸", "是", "province", false],
    [D("2021-06-08"), "2021-06-08", "广东广播电视台《广东新闻联播》", "省级", "电视", "潮南农村电商助力乡村振兴", "是", "province", true],
    ["2021.9.10", "2021-09-10", "央视财经频道", "中央", "电视", "潮汕小镇的电商新路", "否", "national", true]];
  const mRows = [["附表4　潮南区电商宣传报道情况"], ["序号", "发布时间", "媒体", "媒体级别", "形式", "标题", "是否电商扶贫典型案例"]];
  const mRecs = [];
  M.forEach((x, j) => {
    mRows.push([j + 1, x[0], x[2], x[3], x[4], `《${x[5]}》`, x[6]]);
    mRecs.push({ date: x[1], level: x[7], tv: x[8] });
  });

  // ---------------- 说明页 (not a ledger)
  const nRows = [["汕头市潮南区电子商务公共服务中心运营月报（2021年8月）附表说明"], ["运营单位：汕头市潮南区云帆电商运营有限公司"],
    ["1．本月报附表1—4为累计数据，统计至2021年9月15日报送时，含9月上半月数据。"], ["2．附表1按月分组，日期只写月、日；参训人数为签到人数。"],
    ["3．附表2服务人次为站点1—8月累计服务人次，不是站点数量。"], ["4．附表3“入驻期间”格式为“入驻日期—退出日期”。"],
    ["5．本月中心接待参观考察4批次、举办直播活动6场（详见正文）。"], ["报送：潮南区商务局电商股　　2021年9月15日"]];
  return {
    description:
      "汕头潮南区电商公共服务中心运营方（第三方）月报后附的表，区商务局拿来当台账（说明页加附表1—4）：①说明页是月报附表的文字说明，不是台账；②附表1培训明细按月分组——整行合并的“2020年9月”等分组行，下面每期一行，日期只写月日（“9月13日”“10.19”“10月21—22日”），年份要从分组行读，跨日的取结束日，“2021年8月”组最后一期“8月30日—9月1日”结束在9月1日，另有“2021年9月”组一期，“本月小计”行不是记录，参训人数有的带“人”；③附表2站点运营：镇纵向合并，所在村写法不一（“××村委会”“××村民委员会”、一个“新溪社区居委会”的服务点），开业时间有只到月的“2020.10”“2021.3”“2021年1月”、日期格、“2020.12.23”“2021年5月3日”、9月6日新开业一站，一站“筹建中”没有开业时间，“1—8月服务人次”不是数量；④附表3入驻企业的入驻和退出写在一格“入驻期间”里（“2020.10.12—至今”“2020.11.3—2021.6.30”“2020.12—至今”“2021.5—2021.8”只到月、“2021年3月8日—2021年9月15日”），“至今”是没有退出；⑤附表4宣传报道级别写“中央／省级／市级／区级”，形式“电视”的才是电视，发布时间有日期格、“2021年1月”“2021.3.19”和9月10日一条。",
    sheets: [
      { name: "说明", rows: nRows, merges: [] },
      { name: "附表1培训明细", rows: tRows, merges: tMerges },
      { name: "附表2站点运营", rows: sRows, merges: sMerges },
      { name: "附表3入驻企业", rows: eRows, merges: ["A1:F1", `A${eRows.length}:F${eRows.length}`] },
      { name: "附表4宣传报道", rows: mRows, merges: ["A1:G1"] },
    ],
    expect: {
      sheets: {
        "说明": { kind: null },
        "附表1培训明细": { kind: "training", records: tRecs },
        "附表2站点运营": { kind: "stations", records: sRecs },
        "附表3入驻企业": { kind: "enterprises", records: eRecs },
        "附表4宣传报道": { kind: "media", records: mRecs },
      },
    },
  };
}

// =====================================================================================================
// l2 — 茂名茂南区: poor persons with tick columns, poor trainees, treasury payment list, report log, and a pivot sheet
// =====================================================================================================
function buildL2() {
  const REG = "440902";
  const TOWNS = ["镇盛镇", "鳌头镇", "山阁镇", "袂花镇", "金塘镇", "公馆镇", "新坡镇"];
  const vName = nameMaker("大小新旧石龙坡塘岭", ["垌", "岭", "坡", "塘", "湾", "山", "田", "园"], "村", TOWNS.map((t) => t.slice(0, 2)));
  const vill = TOWNS.map((t) => ({ t, vs: [vName(), vName()] }));
  // ---------------- 脱贫人口: one-hot tick columns for labour and work
  const LAB = ["有劳动能力", "弱劳动能力", "丧失劳动能力", "无劳动能力"];
  const WORK = ["区内务工", "区外省内务工", "省外务工", "未务工"];
  // [labour index, work index or -1 (no tick)]
  const PLAN = [[0, 0], [0, 3], [1, 3], [0, 2], [2, -1], [0, 1], [0, 0], [1, 0], [3, -1], [0, 2], [0, 3], [0, -1], [1, 1], [0, 0], [2, -1],
    [0, 3], [0, 2], [1, 3], [0, 0], [3, -1], [0, 1], [0, 3], [0, 0], [1, 2], [0, 3], [2, -1], [0, 0], [0, 3]];
  const pRows = [["茂南区脱贫人口劳动力及务工情况登记表"], ["填报单位：茂南区乡村振兴局　　　　（在对应栏内打“√”）"],
    ["序号", "户编号", "姓名", "与户主关系", "身份证号码", "劳动能力", null, null, null, "务工情况", null, null, null, "所在镇", "所在村"],
    [null, null, null, null, null].concat(LAB, WORK, [null, null])];
  const pMerges = ["A1:O1", "A2:O2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:I3", "J3:M3", "N3:N4", "O3:O4"];
  const pRecs = [];
  const persons = [];
  let j = 0;
  let hh = 0;
  let xDone = false;
  while (j < PLAN.length) {
    const size = Math.min(PLAN.length - j, rint(2, 4));
    const x = vill[hh % vill.length];
    const v = x.vs[hh % 2];
    const r0 = pRows.length + 1;
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    let headId = null;
    for (let k = 0; k < size; k++, j++) {
      const [li, wi] = PLAN[j];
      const able = li <= 1;
      const wantX = !xDone && able && (wi === 0 || wi === 3) ? true : undefined;
      const id = makeId(REG, able ? birthBetween(1966, 2001) : birthBetween(1934, 1956), rnd() < 0.5, wantX);
      let idCell = id;
      if (wantX) {
        idCell = id.slice(0, 17) + "x";
        xDone = true;
      }
      if (k === 0) headId = id;
      const tick = j % 5 === 3 ? "✓" : "√";
      const labCells = LAB.map((_, q) => (q === li ? tick : null));
      const workCells = WORK.map((_, q) => (q === wi ? tick : null));
      pRows.push([j + 1, k === 0 ? `44090200${String(51200 + hh * 23).padStart(6, "0")}` : null, k === 0 ? personName(sn) : personName(),
        k === 0 ? "户主" : relationTo(headId, id, k), idCell].concat(labCells, workCells, [x.t, v]));
      const migrant = wi === -1 ? null : wi === 1 || wi === 2;
      pRecs.push({ id, labour: able, migrant });
      persons.push({ id, able, migrant, t: x.t, v, name: pRows[pRows.length - 1][2] });
    }
    mergeCol(pMerges, "B", r0, pRows.length);
    hh++;
  }
  pRows.push(["注：劳动能力、务工情况在对应栏打“√”；丧失劳动能力、无劳动能力的不填务工情况。"]);
  pMerges.push(`A${pRows.length}:O${pRows.length}`);
  assert(xDone && pRecs.some((r) => r.labour && r.migrant === null), "l2 an X id and an able person without a work tick");

  // ---------------- 贫困人员参训 sign-ins
  const SES = [{ cls: "第1期农村电商基础班", end: "2020-10-22", cell: D("2020-10-22") }, { cls: "第2期直播带货班", end: "2020-12-10", cell: "2020.12.10" },
    { cls: "第3期网店运营班", end: "2021-03-09", cell: "2021年3月9日" }, { cls: "第4期短视频班", end: "2021-05-20", cell: "2021年5月18日—20日" },
    { cls: "第5期荔枝网销专题班", end: "2021-06-15", cell: "20210615" }, { cls: "第6期直播提升班", end: "2021-07-08", cell: "21.7.8" },
    { cls: "第7期农村电商基础班", end: "2021-09-02", cell: "2021.9.2" }];
  const able = persons.filter((p) => p.able);
  const pool = shuffle(able);
  const tRows = [["茂南区脱贫人员参加电商培训签到汇总"], ["序号", "培训日期", "培训班次", "姓名", "性别", "身份证号码", "所在镇村", "签名"]];
  const tMerges = ["A1:H1"];
  const tRecs = [];
  let sq = 0;
  let pi = 0;
  SES.forEach((s, si) => {
    const n = rint(3, 5);
    const r0 = tRows.length + 1;
    for (let i = 0; i < n; i++) {
      let p = pool[pi % pool.length];
      pi++;
      let id = p.id;
      let idCell = id;
      let recId = id;
      let who = p.name;
      let place = `${p.t}${p.v}`;
      if (si === 1 && i === 1) {
        idCell = maskId(id);
        recId = idCell;
      } else if (si === 2 && i === 0) {
        idCell = "未提供";
        recId = null;
      } else if (si === 3 && i === 2) {
        idCell = spacedId(id);
      } else if (si === 4 && i === 1) {
        const other = makeId("440904", birthBetween(1975, 1995), true, true);
        id = other;
        recId = other;
        idCell = other.slice(0, 17) + "x";
        who = personName();
        place = "电白区（跨区参训）";
      }
      sq++;
      tRows.push([sq, i === 0 ? s.cell : null, i === 0 ? s.cls : null, who, Number(id[16]) % 2 ? "男" : "女", idCell, place, "（已签）"]);
      tRecs.push({ date: s.end, personTimes: 1, id: recId });
    }
    mergeCol(tMerges, "B", r0, tRows.length);
    mergeCol(tMerges, "C", r0, tRows.length);
  });
  tRows.push(["合计", null, null, `${sq}人次`, null, null, null, null]);
  tMerges.push(`A${tRows.length}:C${tRows.length}`);
  checkTrainingIds(tRecs, "l2");
  assert(tRecs.some((r) => r.id === null) && tRecs.some((r) => r.id && r.id.includes("*")), "l2 null and masked ids");

  // ---------------- 资金支付 (treasury payment list)
  const PAY = [["2020-10-16", "茂名市茂南区电商公共服务中心运营有限公司", "区电商公共服务中心建设首期款", 562000, "已支付"],
    ["2020-12-18", "中国邮政集团有限公司茂名市茂南区分公司", "村级服务站点建设首期款", 438600, "已支付"],
    ["2021-01-27", "茂名市茂南区职业技术学校", "电商人才培训费", 126450.5, "已支付"],
    ["2021-03-22", "茂名市南粤冷链物流有限公司", "冷链仓储设施建设款", 389000, "已退票"],
    ["2021-03-25", "茂名市南粤冷链物流有限公司", "冷链仓储设施建设款（重新支付）", 389000, "已支付"],
    ["2021-05-14", "茂名市茂南区电商公共服务中心运营有限公司", "区电商公共服务中心运营费", 415200, "已支付"],
    ["2021-06-30", "中国邮政集团有限公司茂名市茂南区分公司", "村级服务站点建设二期款", 527300, "已支付"],
    ["2021-07-29", "茂名市茂南区职业技术学校", "电商人才培训费", 168900, "已支付"],
    ["2021-08-31", "茂名市鑫达物流配送有限公司", "农村物流配送体系建设款", 612750, "已支付"],
    ["2021-09-08", "茂名市荔乡品牌策划有限公司", "农产品品牌推广费", 198000, "已支付"]];
  const fRows = [["茂南区财政国库集中支付明细（省级电子商务进农村综合示范专项资金）"], ["导出日期：2021-09-12　　单位：元"],
    ["序号", "支付日期", "支付凭证号", "收款人全称", "摘要", "支付金额（元）", "支付状态", "备注"]];
  const fRecs = [];
  PAY.forEach(([d, who, what, amt, st], k) => {
    fRows.push([k + 1, k % 3 === 0 ? D(d) : d, `国库-${d.slice(0, 4)}-${pad3(k * 7 + 11)}`, who, what, k % 2 ? fmtMoney(amt) : amt, st,
      st === "已退票" ? "收款账号有误，银行退票，资金已退回" : d > "2021-08-31" ? "9月支付" : null]);
    if (st === "已支付") fRecs.push({ date: d, amount: amt });
  });
  const paidTotal = sumYuan(PAY.filter((p) => p[4] === "已支付").map((p) => p[3]));
  fRows.push(["合计（已支付）", null, null, null, null, fmtMoney(paidTotal), null, null]);
  const fMerges = ["A1:H1", "A2:H2", `A${fRows.length}:E${fRows.length}`];
  assert(fRecs.length === 9, "l2 nine payments");

  // ---------------- 数据透视 (not a ledger)
  const byWho = new Map();
  for (const p of PAY.filter((x) => x[4] === "已支付")) byWho.set(p[1], sumYuan([(byWho.get(p[1]) || 0), p[3]]));
  const gRows = [["支付状态", "已支付", null], [null, null, null], ["行标签", "求和项:支付金额（元）", "计数项:支付凭证号"]];
  for (const [w, a] of [...byWho.entries()].sort((a, b) => cmp(a[0], b[0]))) gRows.push([w, a, PAY.filter((x) => x[4] === "已支付" && x[1] === w).length]);
  gRows.push(["总计", paidTotal, fRecs.length]);

  // ---------------- 月报报送
  const rRows = [["茂南区电子商务进农村工作月报报送记录"], ["序号", "报告期", "报送时间", "报送渠道", "是否含扶贫统计", "经办人"]];
  const rRecs = [];
  monthsBetween("2020-09", "2021-08").forEach((m, k) => {
    const next = monthsBetween(m, "2021-12")[1];
    const d = `${next}-${String(rint(2, 12)).padStart(2, "0")}`;
    const pov = m === "2020-09" ? "否" : m === "2021-03" ? null : "是";
    rRows.push([k + 1, cnMonth(m), dtText(d, hms()), k % 3 === 2 ? "茂名市商务局邮箱" : "粤政易", pov, ["梁××", "揭××"][k % 2]]);
    rRecs.push({ date: d, poverty: pov === "是" ? true : pov === "否" ? false : null });
  });
  rRows.push(["注：报送时间取粤政易／邮箱的发送时间。"]);
  assert(rRecs.some((r) => r.date.startsWith("2021-09")), "l2 a report sent in September");
  return {
    description:
      "茂名茂南区商务局交的台账（五个表，有三张是别的部门的表）：①《数据透视》是资金支付表的数据透视（行标签｜求和项:支付金额｜计数项，筛选“已支付”），不是台账；②《脱贫人口》是区乡村振兴局的登记表，两行表头，劳动能力（有劳动能力｜弱劳动能力｜丧失劳动能力｜无劳动能力）和务工情况（区内务工｜区外省内务工｜省外务工｜未务工）各是四个打√的栏（“√”“✓”混用），有、弱劳动能力算有劳动能力，区外省内、省外算外出务工，区内务工、未务工不算，丧失／无劳动能力的务工栏不填（未知），一名有劳动能力的人务工栏都没勾（未知），户编号按户合并，一人身份证末位小写x；③《贫困人员参训》每期日期和班次只在首行（纵向合并），日期有日期格、“2020.12.10”“2021年3月9日”“2021年5月18日—20日”（按20日）、“20210615”“21.7.8”、9月2日一期，身份证号有脱敏、“未提供”、分段空格、外区学员小写x，合计行不是记录；④《资金支付》是财政国库集中支付明细导出，金额有数字和“438,600.00”文本、一笔126,450.50元，3月22日一笔“已退票”（银行退票、3月25日重新支付）不是支出，9月8日一笔照列，合计行不是记录；⑤《月报报送》报送时间是“2020-10-06 14:48:59”式文本（8月月报9月7日才发），含扶贫统计是／否／空。",
    sheets: [
      { name: "数据透视", rows: gRows },
      { name: "脱贫人口", rows: pRows, merges: pMerges },
      { name: "贫困人员参训", rows: tRows, merges: tMerges },
      { name: "资金支付", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: rRows, merges: ["A1:F1", `A${rRows.length}:F${rRows.length}`] },
    ],
    expect: {
      sheets: {
        "数据透视": { kind: null },
        "脱贫人口": { kind: "poorPersons", records: pRecs },
        "贫困人员参训": { kind: "training", records: tRecs },
        "资金支付": { kind: "funds", records: fRecs },
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
write("counties", "b190-c1-renhua.json", c1);
write("facts", "b190-f1-yunan.json", f1);
write("facts", "b190-f2-qingxin.json", f2);
write("facts", "b190-f3-mazhang.json", f3);
write("ledgers", "b190-l1-chaonan.json", l1);
write("ledgers", "b190-l2-maonan.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
