// Batch 168 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block adapted from
// counties/_make/gen-b166.js (plus merge-range and merge-overlap checks). Deterministic: seeded PRNG, no clock.
// Run: node test/corpus/_b168/gen-b168.js
//
// c1 徐闻县 (湛江): the self-assessment is a Word report pasted one paragraph per row (numbers and the clerk's points in
//    running prose); the village list printed in two side-by-side halves (town as 〃 ditto marks, ★ before poor villages,
//    通快递 ✓/×); stations as the city platform's export (开通时间 "2020/11/3 10:22:15", 村 as 村委会,镇级站 in 社区,
//    four 雷州市 rows left at the end); training sessions (男|女|合计 under 参训人数) plus a 脱贫人口参训名单 whose
//    期次 cell ("第3、9期") must be looked up in the session table; the 扶贫系统 roster export (劳动技能 / 务工状况 codes);
//    park firms listed room by room (public rooms, vacant rooms, one firm in two rooms, one firm in September);
//    funds one row per project with 第一次/第二次/第三次拨付 (日期|金额) pairs and contract amounts; the 政务邮箱 sent-mail
//    export as the report log (newest first); the column list page copied from the website (title and date in one cell,
//    pagination lines); media and case materials as two tables on one sheet.
// f1 化州市 (茂名): the provincial 考评填报系统 export: 字段编码 | 字段名称 | 计量单位 | 填报值 | 校验结果, yes/no as 1/0,
//    dates as yyyymmdd, a second table below (报告期2020年: 本期 | 上年同期 | 同比增减%) carrying 2019 and 2020.
// f2 郁南县 (云浮): the city bureau's one-row-per-county template: ~70 columns under a three-row merged header (units in
//    the headers), a 填写示例 row (XX县) above the county's row, one money cell typed in 元 under a 万元 header, ✓/✗, the
//    clerk's points per indicator in a 自评得分 group (claimed).
// f3 惠东县 (惠州): the 财政 项目支出绩效自评表: 年度指标值 (targets) beside 实际完成值 (read these), 项目资金 block
//    (全年预算数 / 全年执行数), 总体目标 prose, a 绩效 得分 column that is not the rubric's, judged points in the row below.
// l1 电白区 (茂名): a trainee register with 第一次/第二次/第三次 (日期|期次) pairs per person (IDs with a lower-case x or
//    spaces), a payment approval register (申请 | 审核 | 拨付 stages, only 实际拨付 is a disbursement; 待拨付 / 退回 rows),
//    media with 区级 / 中央级 wordings and a blank level, yyyymmdd numbers.
// l2 恩平市 (江门): villages as 、-separated names in one cell per town (* for poor, line breaks inside), stations whose
//    village is only in the 详细地址 (村委会 then 自然村), opening dates as bare Excel serials; the report log in two year
//    sections with "1月6日" dates; column updates with yyyymmdd numbers and a note row; park firms whose exit is in 备注.
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
let seed = 168168;
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
    assert(/^b168-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b168-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b168-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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

// =====================================================================================================
// c1 — 湛江徐闻县: whole workbook (see the header comment)
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "440825";
  // [town, 村委会, 居委会]
  const TOWNS = [["徐城街道", 6, 8], ["城北乡", 9, 0], ["下洋镇", 13, 1], ["锦和镇", 12, 1], ["和安镇", 14, 1], ["新寮镇", 10, 1], ["南山镇", 15, 1],
    ["海安镇", 11, 1], ["曲界镇", 16, 1], ["前山镇", 13, 1], ["西连镇", 12, 1], ["下桥镇", 14, 1], ["龙塘镇", 13, 1], ["迈陈镇", 10, 1], ["角尾乡", 8, 1]];
  const namer = villageNamer("大小新东西南北上中下龙凤石黄白金高水马安福和平兴良仁德那迈愚", ["塘", "田", "坡", "岭", "头", "港", "湾", "园", "尾", "埚", "仔", "洋", "寮", "墩", "井", "山", "坑", "洲"]);
  const newName = noDupNamer(namer, TOWNS.map(([t]) => t.slice(0, 2)));
  const XC = ["东方社区", "西门社区", "南门社区", "北门社区", "新华社区", "和平社区", "解放社区", "港口社区"];
  const towns = TOWNS.map(([town, nv, nc]) => {
    const vs = [];
    for (let q = 0; q < nv; q++) vs.push(newName());
    const cs = town === "徐城街道" ? XC.slice(0, nc) : nc ? [town.slice(0, 2) + "社区"] : [];
    return { town, vs, cs };
  });
  const admin = towns.flatMap((t) => t.vs);
  const comms = towns.flatMap((t) => t.cs);
  assert(admin.length === 176 && comms.length === 21 && new Set(admin).size === 176, "c1 176 villages + 21 communities");
  noStemClash(admin, comms, "c1");
  const townOf = {};
  for (const t of towns) for (const v of t.vs.concat(t.cs)) townOf[v] = t.town;
  const poorList = towns.slice(1).map((t) => t.vs[1]).concat([towns[8].vs[4]]);
  assert(poorList.length === 15 && new Set(poorList).size === 15 && towns[8].town === "曲界镇", "c1 15 poor villages");
  const noExpress = towns[14].vs[6];
  assert(!poorList.includes(noExpress), "c1 the no-express village is not poor");

  // ---------------- 村（居）委会名单: printed in two halves side by side, 〃 for the same town, ★ before poor villages
  const entries = [];
  for (const t of towns) {
    for (const c of t.cs) entries.push({ town: t.town, name: `${c}居委会`, cat: "居委会", exp: "✓" });
    for (const v of t.vs) entries.push({ town: t.town, name: (poorList.includes(v) ? "★" : "") + v, cat: "村委会", exp: v === noExpress ? "×" : "✓" });
  }
  assert(entries.length === 197, "c1 197 entries");
  const half = Math.ceil(entries.length / 2);
  const L = entries.slice(0, half);
  const R = entries.slice(half);
  const vRows = [["徐闻县村（居）委会名单"],
    ["注：★为省定贫困村（共15个）；“通快递”栏 ✓ 为已有快递物流网点或代收点，× 为未覆盖。本表按A4纸两栏打印。"],
    ["序号", "镇（乡、街道）", "村（居）委会", "类别", "通快递", null, "序号", "镇（乡、街道）", "村（居）委会", "类别", "通快递"]];
  const cellsOf = (list, k, seqBase) => {
    const e = list[k];
    if (!e) return [null, null, null, null, null];
    const same = k > 0 && list[k - 1].town === e.town;
    return [seqBase + k + 1, same ? "〃" : e.town, e.name, e.cat, e.exp];
  };
  for (let k = 0; k < half; k++) vRows.push(cellsOf(L, k, 0).concat([null], cellsOf(R, k, half)));
  vRows.push([`合计：村委会${admin.length}个（其中省定贫困村${poorList.length}个），居委会${comms.length}个。`]);
  const vMerges = ["A1:K1", "A2:K2", `A${vRows.length}:K${vRows.length}`];
  assert(vRows[3 + half - 1][6] === 197 || vRows[3 + half - 2][6] === 197, "c1 right half ends at 197");
  assert(R[0].town === L[half - 1].town, "c1 a town runs over into the right half (its name repeated at the top)");

  // ---------------- 站点导出: the city platform's export
  const nonPoor = admin.filter((v) => !poorList.includes(v));
  const covNonPoor = shuffle(nonPoor).slice(0, 107);
  const rest = nonPoor.filter((v) => !covNonPoor.includes(v) && v !== noExpress);
  const lateOnly = rest.slice(0, 3);
  const coveredSet = covNonPoor.concat(poorList);
  assert(coveredSet.length === 122, "c1 122 covered");
  const ST = [];
  for (const v of coveredSet) ST.push({ v, iso: randIsoBetween("2020-06-10", "2021-08-28"), type: "村级站" });
  const dupV = [covNonPoor[3], covNonPoor[28], covNonPoor[55], poorList[6], covNonPoor[90]];
  for (const v of dupV) ST.push({ v, iso: randIsoBetween("2021-01-04", "2021-09-20"), type: "村级站", dup: true });
  const LATE = ["2021-09-03", "2021-09-14", "2021-09-27"];
  lateOnly.forEach((v, j) => ST.push({ v, iso: LATE[j], type: "村级站" }));
  const townStations = towns.filter((t) => t.cs.length && t.town !== "徐城街道").slice(0, 7).map((t) => t.cs[0]).concat(["东方社区"]);
  for (const c of townStations) ST.push({ v: c, iso: randIsoBetween("2020-06-01", "2020-10-30"), type: "镇级站" });
  // the first registered station opens on the cut-off day itself (counts)
  ST.find((s) => s.v === covNonPoor[10]).iso = CUT;
  ST.sort((a, b) => cmp(a.iso, b.iso));
  assert(ST.length === 138, "c1 138 stations of 徐闻 " + ST.length);
  const sHead = ["站点编码", "站点名称", "所属地市", "所属区县", "所属乡镇", "所属村（社区）", "站点类型", "站长姓名", "联系电话", "经度", "纬度", "开通时间", "站点状态"];
  const sRows = [sHead];
  ST.forEach((s, j) => {
    const isComm = s.type === "镇级站";
    const vName = isComm ? `${s.v}居民委员会` : `${s.v}委会`;
    const stName = isComm ? `${townOf[s.v].replace(/街道$|镇$|乡$/, "")}镇级电商服务中心` : s.dup ? `${s.v.replace(/村$/, "")}村益农信息社电商点` : `${s.v.replace(/村$/, "")}村电商服务站`;
    const [lng, lat] = lngLat(109.95, 110.55, 20.22, 20.58);
    sRows.push([`ZJ${REGION}${String(j + 1).padStart(4, "0")}`, stName, "湛江市", "徐闻县", townOf[s.v], vName, s.type, personName(), mask(phone()), lng, lat, exportTime(s.iso, hms()), "正常"]);
  });
  const LZ = [["雷州市", "客路镇", "塘塞村委会"], ["雷州市", "客路镇", "调丰村委会"], ["雷州市", "英利镇", "昌竹园村委会"], ["雷州市", "英利镇", "那停村委会"]];
  LZ.forEach(([c, t, v], j) => {
    const [lng, lat] = lngLat(110.0, 110.3, 20.6, 20.9);
    sRows.push([`ZJ440882${String(j + 57).padStart(4, "0")}`, `${v.replace(/村委会$/, "")}村电商服务站`, "湛江市", c, t, v, "村级站", personName(), mask(phone()), lng, lat, exportTime(randIsoBetween("2020-09-01", "2021-07-30"), hms()), "正常"]);
  });
  const coveredPre = new Set(ST.filter((s) => s.type === "村级站" && s.iso <= CUT).map((s) => s.v));
  const coveredEver = new Set(ST.filter((s) => s.type === "村级站").map((s) => s.v));
  assert(coveredPre.size === 122 && coveredEver.size === 125, "c1 122 covered by the cut-off, 125 by the end of September");
  assert(!ratioGE(122, 176, 70) && ratioGE(122, 176, 50) && ratioGE(125, 176, 70), "c1 122/176 = 69.3% → 2; 125/176 = 71.0% would be 5");
  assert(poorList.every((p) => coveredPre.has(p)), "c1 every poor village covered before the cut-off");
  assert(admin.every((v) => !/社区/.test(v)), "c1 villages are not communities");

  // ---------------- 培训台账: sessions, 参训人数 男 | 女 | 合计 under a group header
  const PLACES = ["县电子商务公共服务中心", "下洋镇文化站", "曲界镇政府会议室", "和安镇农业服务中心", "前山镇文化站", "徐闻县职业技术学校", "线上（直播间）"];
  const TOPICS = ["农村电商基础知识", "网店开设与运营", "菠萝网络营销", "短视频拍摄与剪辑", "直播带货实操", "农产品包装与品牌", "电商客服与物流", "社群团购运营"];
  const SES = [];
  const SES_DATES = ["2020-07-16", "2020-08-13", "2020-08-27", "2020-09-17", "2020-10-15", "2020-10-29", "2020-11-12", "2020-11-26", "2020-12-10", "2021-01-07",
    "2021-01-21", "2021-02-04", "2021-03-10", "2021-03-25", "2021-04-08", "2021-04-22", "2021-05-13", "2021-05-27", "2021-06-10", "2021-06-24",
    "2021-07-08", "2021-07-22", "2021-08-05", "2021-08-19", "2021-08-31", "2021-09-09", "2021-09-23"];
  SES_DATES.forEach((iso, j) => {
    const two = j === 12 || j === 19;
    SES.push({ no: j + 1, start: two ? isoAdd(iso, -1) : iso, iso, place: j === 11 ? "县电子商务公共服务中心" : PLACES[j % PLACES.length], topic: j === 11 ? "春节返乡人员电商创业专场" : TOPICS[j % TOPICS.length], total: rint(140, 240) });
  });
  const PRE_TARGET = 4715;
  for (let diff = PRE_TARGET - sum(SES.filter((s) => s.iso <= CUT).map((s) => s.total)), j = 0; diff !== 0; j = (j + 3) % 25) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 7);
    if (SES[j].total + st >= 120 && SES[j].total + st <= 260) {
      SES[j].total += st;
      diff -= st;
    }
  }
  SES[25].total = 268;
  SES[26].total = 235;
  const preSessions = SES.filter((s) => s.iso <= CUT);
  assert(preSessions.length === 25 && sum(preSessions.map((s) => s.total)) === 4715 && sum(SES.map((s) => s.total)) === 5218, "c1 4,715 by the cut-off, 5,218 in all");
  assert(!ratioGE(4715, 500000, 1) && 4715 * 1000 >= 500000 * 8, "c1 0.943% → 8");
  assert(ratioGE(5218, 500000, 1), "c1 with the September sessions 1.04% would be 10");

  // ---------------- 脱贫人口信息（系统导出）
  // P 普通劳动力 无务工, Q 普通劳动力 乡（镇）内务工, S 技能劳动力 — eligible; O 普通劳动力 省外务工, Y 技能劳动力 县外省内务工 — migrant;
  // N 无劳动力 (elderly / children), L 丧失劳动力
  const HH = ["PPNN", "PQNL", "SPO", "PPNNN", "QPY", "PN", "PPOO", "SQN", "PPN", "LPN", "PPQNN", "SPNY", "PQO", "PPNN", "QQN", "PSNNO",
    "PL", "PPYN", "SPQN", "PPN", "POON", "QPNN", "PPSN", "PQNY", "SPN", "PPQO", "PPNN", "QSN", "PPN", "SQ", "PPNN", "QPN"];
  const persons = [];
  const pRows = [["序号", "县（市、区）", "乡镇（街道）", "行政村", "户编号", "姓名", "证件号码", "与户主关系", "性别", "年龄", "劳动技能", "务工状况", "务工时间（月）", "脱贫年度"]];
  const SKILL = { P: "普通劳动力", Q: "普通劳动力", S: "技能劳动力", O: "普通劳动力", Y: "技能劳动力", N: "无劳动力", L: "丧失劳动力" };
  const WORK = { P: null, Q: "乡（镇）内务工", S: null, O: "省外务工", Y: "县外省内务工", N: null, L: null };
  const hhVillages = poorList.concat(shuffle(covNonPoor).slice(0, HH.length - poorList.length));
  let xForced = null;
  HH.forEach((hh, h) => {
    const v = hhVillages[h];
    const hid = `${REGION}${String(rint(100, 999))}${String(rint(10000, 99999))}`;
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    let nChild = 0;
    hh.split("").forEach((c, j) => {
      let rel;
      let male;
      let age;
      if (j === 0) {
        rel = "户主";
        male = rnd() < 0.8;
        age = c === "N" ? rint(66, 82) : c === "L" ? rint(48, 63) : rint(42, 58);
      } else if (j === 1 && c !== "N") {
        rel = "配偶";
        male = !(persons[persons.length - 1].male);
        age = c === "L" ? rint(45, 62) : rint(38, 56);
      } else if (c === "N") {
        const old = nChild > 0 || rnd() < 0.4;
        if (old && nChild > 0) {
          male = rnd() < 0.5;
          rel = male ? "之父" : "之母";
          age = rint(67, 86);
        } else {
          male = rnd() < 0.5;
          rel = male ? "之子" : "之女";
          age = rint(6, 15);
          nChild++;
        }
      } else {
        male = rnd() < 0.5;
        rel = male ? "之子" : "之女";
        age = rint(18, 25);
      }
      const birth = randIsoBetween(`${2021 - age - 1}-01-02`, `${2021 - age}-01-01`);
      const wantX = h === 0 && j === 0 ? true : undefined;
      const id = makeId(REGION, birth, male, wantX);
      if (wantX) xForced = id;
      const name = rel === "户主" || rel === "之子" || rel === "之女" || rel === "之父" ? personName(sn) : personName();
      const p = { id, name, c, v, male, age, labour: "PQSOY".includes(c), migrant: "PQSOY".includes(c) ? "OY".includes(c) : null };
      persons.push(p);
      pRows.push([persons.length, "徐闻县", townOf[v], `${v}委会`, hid, name, id, rel, male ? "男" : "女", ageOn(birth, "2021-06-30"),
        SKILL[c], WORK[c] || "无", WORK[c] ? rint(c === "Q" ? 4 : 7, 12) : null, ["2017年", "2018年", "2019年", "2020年"][h % 4]]);
    });
  });
  const eligible = persons.filter((p) => p.labour && !p.migrant);
  const migrants = persons.filter((p) => p.migrant);
  assert(eligible.length === 64 && migrants.length === 12, `c1 roster eligible ${eligible.length} migrants ${migrants.length}`);
  assert(xForced && eligible.some((p) => p.id === xForced), "c1 an X id among the eligible");
  assert(pRows.slice(1).every((r) => r[9] >= 5), "c1 ages plausible");

  // ---------------- 脱贫人口参训名单: 期次 looked up in the session table
  const preNos = preSessions.map((s) => s.no);
  const septNos = [26, 27];
  const pool = shuffle(eligible.filter((p) => p.id !== xForced));
  const trainedPre = [eligible.find((p) => p.id === xForced)].concat(pool.slice(0, 28));
  const septOnly = pool.slice(28, 31);
  const migTrained = shuffle(migrants).slice(0, 3);
  const att = new Map();
  trainedPre.forEach((p, j) => {
    const s = new Set();
    const k = j % 4 === 0 ? 3 : j % 3 === 0 ? 2 : 1;
    while (s.size < k) s.add(preNos[rint(0, preNos.length - 1)]);
    if (j % 7 === 2) s.add(septNos[j % 2]);
    att.set(p.id, [...s].sort((a, b) => a - b));
  });
  septOnly.forEach((p, j) => att.set(p.id, j === 2 ? [26, 27] : [septNos[j]]));
  migTrained.forEach((p) => att.set(p.id, [12]));
  const listed = shuffle(trainedPre.concat(septOnly, migTrained));
  const tlRows = [["徐闻县脱贫人口参加电商培训名单"], ["（期次与《培训台账》一致）"], ["序号", "姓名", "身份证号", "所在村", "参加培训期次", "参训次数", "备注"]];
  listed.forEach((p, j) => {
    const nos = att.get(p.id);
    const cellNos = j % 3 === 0 && nos.length > 1 ? nos.map((n) => `第${n}期`).join("、") : periodList(nos);
    tlRows.push([j + 1, p.name, p.id === xForced ? p.id.slice(0, 17) + "x" : p.id, `${p.v}`, cellNos, nos.length, p.migrant ? "春节返乡" : null]);
  });
  tlRows.push([`合计：${listed.length}人，${sum(listed.map((p) => att.get(p.id).length))}人次`]);
  const tlMerges = ["A1:G1", "A2:G2", `A${tlRows.length}:G${tlRows.length}`];
  const sesIso = Object.fromEntries(SES.map((s) => [s.no, s.iso]));
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedCount = listed.filter((p) => eligIds.has(p.id) && att.get(p.id).some((n) => sesIso[n] <= CUT)).length;
  const trainedAny = listed.filter((p) => eligIds.has(p.id)).length;
  assert(trainedCount === 29 && trainedAny === 32, "c1 29 trained by the cut-off, 32 with September");
  assert(ratioGE(29, 64, 40) && !ratioGE(29, 64, 50) && ratioGE(32, 64, 50), "c1 29/64 = 45.3% → 8 (32/64 = 50% would be 10)");
  // poor attendees per session, into the session table
  const poorBySession = {};
  for (const p of listed) for (const n of att.get(p.id)) poorBySession[n] = (poorBySession[n] || 0) + 1;

  const tRows = [["徐闻县农村电子商务培训台账"], ["期次", "培训日期", "培训地点", "培训内容", "参训人数（人次）", null, null, "其中脱贫人口（人次）", "备注"],
    [null, null, null, null, "男", "女", "合计", null, null]];
  const tMerges = ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3", "I2:I3"];
  SES.forEach((s, j) => {
    let dc;
    if (s.start !== s.iso) {
      const [y, m, d] = ymd(s.start);
      dc = `${y}.${m}.${d}-${ymd(s.iso)[2]}`;
    } else {
      const f = j % 5;
      dc = f === 0 ? cnDate(s.iso) : f === 1 ? dotDate(s.iso) : f === 2 ? dashNoPad(s.iso) : f === 3 ? twoSlash(s.iso) : D(s.iso);
    }
    const men = Math.round(s.total * (0.38 + rnd() * 0.2));
    tRows.push([`第${s.no}期`, dc, s.place, s.topic, men, s.total - men, s.total, poorBySession[s.no] || 0, s.place.startsWith("线上") ? "按直播间实名签到统计" : s.no === 12 ? "春节返乡专场" : null]);
  });
  tRows.push(["合计", null, null, null, sum(tRows.slice(3).map((r) => r[4])), sum(tRows.slice(3).map((r) => r[5])), sum(SES.map((s) => s.total)), sum(Object.values(poorBySession)), null]);
  tRows.push(["注：1．参训人数含脱贫人口，脱贫人口参训名单另附；2．多日培训的按结束日期统计。"]);
  tMerges.push(`A${tRows.length}:I${tRows.length}`);
  assert(tRows.slice(3, 3 + SES.length).every((r) => r[6] >= r[7] && r[4] + r[5] === r[6]), "c1 session rows add up");

  // ---------------- 产业园企业分布: room by room
  const FIRMS = [
    ["徐闻县菠萝的海电子商务有限公司", "平台型电商"], ["湛江市徐闻优品网络科技有限公司", "平台型电商"], ["徐闻县南国菠萝网店", "网店销售"],
    ["徐闻县良姜之乡电子商务商行", "网店销售"], ["徐闻县海安港湾水产网店", "网店销售"], ["广东徐闻电商运营服务有限公司", "电商代运营"],
    ["徐闻县云帆代运营工作室", "电商代运营"], ["徐闻县中通快递服务部", "快递物流"], ["徐闻县邮政快递揽投部", "快递物流"],
    ["徐闻县南极村直播传媒有限公司", "直播机构"], ["徐闻县菠萝红品牌设计工作室", "品牌设计"], ["徐闻县农家乐土特产网店", "网店销售"],
    ["徐闻县前山红心菠萝专业合作社网店", "网店销售"], ["徐闻县冷运仓储有限公司", "快递物流"], ["徐闻县椰风电子商务有限公司", "网店销售"],
    ["徐闻县鲜果汇电子商务有限公司", "网店销售"], ["徐闻县角尾海产电子商务商行", "网店销售"], ["徐闻县乡村优选社区团购服务部", "平台型电商"],
    ["徐闻县百果园直播基地有限公司", "直播机构"], ["徐闻县粤西菠萝供应链有限公司", "快递物流"],
  ].map(([n, t]) => ({ n, t, code: creditCode(REGION), iso: randIsoBetween("2020-07-01", "2021-08-20") }));
  const septFirm = FIRMS[19];
  septFirm.iso = "2021-09-06";
  const twoRoom = FIRMS[5];
  const ROOMS = [
    ["1F", "101", "pub", "农特产品展示中心（服务中心自用）"], ["1F", "102", "pub", "公共直播间"], ["1F", "103", 0], ["1F", "104", 1], ["1F", "105", 7], ["1F", "106", 8],
    ["2F", "201", 2], ["2F", "202", 3], ["2F", "203", 4], ["2F", "204", "vac", "（空置）"], ["2F", "205", 5], ["2F", "206", 5, "dup"], ["2F", "207", 6],
    ["2F", "208", 9], ["2F", "209", 10], ["2F", "210", 11],
    ["3F", "301", 12], ["3F", "302", 13], ["3F", "303", 14], ["3F", "304", "vac", "（空置，原租户2021年6月退租）"], ["3F", "305", 15], ["3F", "306", 16],
    ["3F", "307", 17], ["3F", "308", 18], ["3F", "309", 19], ["3F", "310", "vac", "（空置）"],
  ];
  const eRows = [["徐闻县电子商务产业园入驻企业分布表"], ["地址：徐闻县徐城街道东方一路电子商务产业园（三层）　　统计时间：2021年9月15日"],
    ["楼层", "房号", "企业（单位）名称", "统一社会信用代码", "经营类型", "入驻时间", "面积（㎡）", "备注"]];
  const eMerges = ["A1:H1", "A2:H2"];
  let fl0 = 0;
  ROOMS.forEach(([fl, room, k, extra], j) => {
    if (j === 0 || ROOMS[j - 1][0] !== fl) {
      if (j > 0) mergeCol(eMerges, "A", fl0, eRows.length);
      fl0 = eRows.length + 1;
    }
    const area = [36, 48, 60, 72, 96][rint(0, 4)];
    if (k === "pub" || k === "vac") {
      eRows.push([fl, room, extra, null, null, null, area, k === "pub" ? "公共区域" : null]);
      return;
    }
    const f = FIRMS[k];
    const fmt = j % 4 === 0 ? cnMonth(f.iso) : j % 4 === 1 ? D(f.iso) : j % 4 === 2 ? dotDate(f.iso) : cnDate(f.iso);
    eRows.push([fl, room, f.n, f.code, f.t, fmt, area, extra === "dup" ? "与205为同一企业" : f === septFirm ? "2021年9月新入驻" : null]);
  });
  mergeCol(eMerges, "A", fl0, eRows.length);
  eRows.push(["注：101、102为公共服务区域，不属入驻企业。"]);
  eMerges.push(`A${eRows.length}:H${eRows.length}`);
  const firmRows = ROOMS.filter((r) => typeof r[2] === "number");
  const distinctPre = new Set(firmRows.filter((r) => FIRMS[r[2]].iso <= CUT).map((r) => r[2]));
  assert(firmRows.length === 21 && firmRows.filter((r) => FIRMS[r[2]].iso <= CUT).length === 20 && distinctPre.size === 19, "c1 20 firm rows by the cut-off, 19 firms");
  assert(new Set([...distinctPre].map((k) => FIRMS[k].t)).size >= 3, "c1 ≥ 3 types");

  // ---------------- 资金拨付台账: one row per project, pay-outs as (日期 | 金额) pairs
  const PROJ = [
    ["县级电子商务公共服务中心建设及运营", "广东徐闻电商运营服务有限公司", 1200000, [["2020-08-14", 480000], ["2020-12-22", 360000], ["2021-06-18", 240000]]],
    ["镇村电商服务站点建设", "中国邮政集团有限公司徐闻县分公司", 1350000, [["2020-09-25", 540000], ["2021-01-29", 405000], ["2021-09-10", 270000]]],
    ["县镇村三级物流配送体系建设", "徐闻县粤西菠萝供应链有限公司", 860000, [["2020-11-05", 344000], ["2021-04-16", 258000]]],
    ["农村电商人才培训", "湛江市南粤职业培训学校", 420000, [["2020-10-30", 126000], ["2021-03-31", 126000], ["2021-08-26", 84000]]],
    ["农产品品牌培育及营销推广", "湛江市创意营销策划有限公司", 380000, [["2021-02-05", 190000]]],
    ["冷链仓储及农产品溯源系统", "徐闻县冷运仓储有限公司", 480000, [["2021-05-28", 144000], ["2021-09-17", 48400]]],
    ["公共信息服务平台", "湛江市数联网络科技有限公司", 160000, [["2021-07-09", 96000]]],
    ["电商宣传推广", "徐闻县融媒体中心", 150000, [["2021-08-31", 49600]]],
  ];
  const fRows = [["徐闻县电子商务进农村综合示范专项资金拨付台账"], ["省级专项资金下达：500万元　　　　　　　　　　　　　　　　　　单位：元"],
    ["序号", "项目名称", "承建单位", "合同金额", "第一次拨付", null, "第二次拨付", null, "第三次拨付", null, "累计拨付", "未拨付", "备注"],
    [null, null, null, null, "日期", "金额", "日期", "金额", "日期", "金额", null, null, null]];
  const fMerges = ["A1:M1", "A2:M2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:H3", "I3:J3", "K3:K4", "L3:L4", "M3:M4"];
  let pi = 0;
  const fmtPay = (iso) => {
    const f = pi++ % 5;
    return f === 0 ? D(iso) : f === 1 ? dotDate(iso) : f === 2 ? cnDate(iso) : f === 3 ? slashDate(iso) : dashNoPad(iso);
  };
  PROJ.forEach(([name, who, contract, pays], j) => {
    const cells = [];
    for (let q = 0; q < 3; q++) {
      const p = pays[q];
      cells.push(p ? fmtPay(p[0]) : null, p ? (q === 1 && j % 2 ? fmtMoney(p[1]) : p[1]) : null);
    }
    const paid = sum(pays.map((p) => p[1]));
    const septAt = pays.findIndex((p) => p[0] > CUT);
    fRows.push([j + 1, name, who, contract].concat(cells, [paid, contract - paid, septAt >= 0 ? `第${"一二三"[septAt]}次拨付在9月` : j === 7 ? "8月31日拨付" : null]));
  });
  const allPays = PROJ.flatMap((p) => p[3]);
  fRows.push(["合计", null, null, sum(PROJ.map((p) => p[2])), null, null, null, null, null, null, sum(allPays.map((p) => p[1])), sum(PROJ.map((p) => p[2])) - sum(allPays.map((p) => p[1])), null]);
  fMerges.push(`A${fRows.length}:C${fRows.length}`);
  fRows.push(["注：拨付日期以国库支付凭证日期为准；累计拨付统计至2021年9月30日。"]);
  fMerges.push(`A${fRows.length}:M${fRows.length}`);
  const spentPre = sum(allPays.filter((p) => p[0] <= CUT).map((p) => p[1]));
  const spentAll = sum(allPays.map((p) => p[1]));
  assert(sum(PROJ.map((p) => p[2])) === 5000000, "c1 contracts = 5,000,000");
  assert(spentPre === 3442600 && spentAll === 3761000 && !ratioGE(spentPre, 5000000, 70) && ratioGE(spentAll, 5000000, 70), "c1 68.85% by the cut-off (75.22% with September)");

  // ---------------- 发件箱导出: the 政务邮箱 sent items, newest first
  const MAIL = [];
  const CITY = "湛江市商务局电子商务科";
  for (const m of monthsBetween("2020-08", "2021-08")) {
    let iso;
    if (m === "2021-01") iso = "2021-03-02";
    else if (m === "2021-02") iso = "2021-03-08";
    else iso = `${monthsBetween(m, "2021-12")[1]}-${String(rint(3, 9)).padStart(2, "0")}`;
    MAIL.push({ iso, to: CITY, subj: `徐闻县${cnMonth(m)}电子商务进农村综合示范工作月报（附电商扶贫统计表）`, att: 2, monthly: true });
  }
  MAIL.push({ iso: "2020-09-22", to: "徐闻县财政局国库股", subj: "关于申请拨付电子商务进农村综合示范项目资金的函", att: 3 });
  MAIL.push({ iso: "2020-12-15", to: "广东省商务厅电子商务处", subj: "徐闻县电子商务进农村综合示范项目进展情况（按省厅通知报送）", att: 1 });
  MAIL.push({ iso: "2021-02-18", to: "湛江市商务局商贸流通科", subj: "回复：关于报送春节期间生活必需品市场供应情况的通知", att: 1 });
  MAIL.push({ iso: "2021-05-20", to: CITY, subj: "报送徐闻县“菠萝的海”电商扶贫经验材料", att: 1 });
  MAIL.push({ iso: "2021-07-13", to: "徐闻县统计局", subj: "关于商请提供2020年农村网络零售额数据的函", att: 0 });
  MAIL.sort((a, b) => cmp(b.iso, a.iso));
  const mRows = [["收件人", "主题", "发送时间", "附件数", "大小"]];
  for (const x of MAIL) mRows.push([x.to, x.subj, `${x.iso} ${hms().slice(0, 5)}`, x.att, `${x.att ? rint(180, 2600) : rint(8, 40)}KB`]);
  const repMonths = new Set(MAIL.filter((x) => x.monthly && x.iso <= CUT).map((x) => ym(x.iso)));
  assert(WINDOW.filter((w) => !repMonths.has(w)).join() === "2021-02", "c1 no monthly report sent in February 2021");

  // ---------------- 专栏网页（复制）: the list page copied page by page
  const ITEMS = [{ t: "徐闻县电子商务进农村综合示范县创建工作方案", iso: "2020-04-28" }, { t: "徐闻县电子商务进农村综合示范项目基本信息公示", iso: "2020-05-06" },
    { t: "关于公布电子商务进农村综合示范项目监督举报电话的公告", iso: "2020-05-06" }, { t: "关于举办2020年第一期农村电商培训班的通知", iso: "2020-07-08" },
    { t: "徐闻县村级电子商务服务站点名单公示", iso: "2021-01-19" }, { t: "徐闻县电子商务进农村综合示范专项资金使用情况公示", iso: "2021-07-21" }];
  for (const m of monthsBetween("2020-05", "2021-08")) {
    const next = monthsBetween(m, "2021-12")[1];
    ITEMS.push({ t: `徐闻县电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`, iso: `${next}-${String(rint(3, 12)).padStart(2, "0")}` });
  }
  ITEMS.sort((a, b) => cmp(b.iso, a.iso));
  const dRows = [];
  const PER = 10;
  const pages = Math.ceil(ITEMS.length / PER);
  for (let pg = 0; pg < pages; pg++) {
    dRows.push(["当前位置：首页 > 专题专栏 > 电子商务进农村综合示范"]);
    for (const it of ITEMS.slice(pg * PER, pg * PER + PER)) dRows.push([`· ${it.t}　　　　${it.iso}`]);
    dRows.push([`共${ITEMS.length}条记录　每页${PER}条　第${pg + 1}/${pages}页　首页　上一页　下一页　尾页`]);
    if (pg < pages - 1) dRows.push([]);
  }
  const disMonths = new Set(ITEMS.filter((x) => x.iso <= CUT).map((x) => ym(x.iso)));
  assert(WINDOW.every((w) => disMonths.has(w)) && ITEMS.length === 22 && pages === 3, "c1 column updated every month");

  // ---------------- 宣传与材料: two tables on one sheet
  const MED = [["2020-12-08", "湛江日报", "市级", "报纸", "徐闻菠萝“触网”销全国", "否"],
    ["2021-03-26", "广东广播电视台《广东新闻联播》", "省级", "电视", "徐闻：电商帮脱贫户菠萝卖上好价钱", "是"],
    ["2021-05-12", "湛江广播电视台", "市级", "电视", "“菠萝的海”直播季开播", "否"],
    ["2021-09-16", "中央广播电视总台农业农村频道（CCTV-17）", "国家级", "电视", "菠萝的海 电商兴农", "是"]];
  const mdRows = [["一、宣传报道情况"], ["序号", "日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"]];
  MED.forEach((x, j) => mdRows.push([j + 1, j % 2 ? dotDate(x[0]) : cnDate(x[0]), x[1], x[2], x[3], `《${x[4]}》`, x[5]]));
  mdRows.push([]);
  mdRows.push(["二、经验材料报送情况"]);
  mdRows.push(["序号", "报送日期", "材料名称", "报送单位", "方式", null, null]);
  mdRows.push([1, "2021.5.20", "徐闻县“菠萝的海”电商扶贫经验材料", "湛江市商务局", "政务邮箱", null, null]);
  mdRows.push([2, "2021.9.8", "徐闻县电子商务进农村综合示范创建工作总结", "广东省商务厅", "公文", null, null]);
  const mdMerges = ["A1:G1", `A${MED.length + 4}:G${MED.length + 4}`];

  // ---------------- 自评报告: pasted from Word, one paragraph per row
  const P = [
    "徐闻县2019年省级电子商务进农村综合示范创建工作自评报告",
    "（考评截止日期：2021年8月31日）",
    "徐闻县商务局",
    "一、基本情况",
    `徐闻县位于雷州半岛南端，辖12个镇、2个乡、1个街道，共有行政村${admin.length}个、社区${comms.length}个，常住人口60.87万人（第七次全国人口普查），其中省定贫困村${poorList.length}个。2019年我县被确定为省级电子商务进农村综合示范县，获省级财政专项资金500万元，已全部下达。`,
    "二、组织领导",
    "县政府成立了由县委副书记、县长任组长，分管副县长任副组长，县商务局、发改局、财政局、农业农村局、乡村振兴局、交通运输局、市场监管局和邮政分公司等单位为成员的示范创建工作领导小组，领导小组办公室设在县商务局。2020年4月，县政府办公室以徐府办〔2020〕12号文正式印发《徐闻县电子商务进农村综合示范县创建工作方案》；2020年9月出台《徐闻县促进农村电子商务发展若干措施》，对站点建设、网络销售给予奖补。",
    "三、公共服务体系建设",
    "县电子商务公共服务中心于2021年3月15日正式投入运营，设有培训室（配备电脑50台），免费开展电商基础培训；设农特产品展示区，免费展示、代销徐闻菠萝、良姜等特色农产品；设摄影棚，为电商主体免费提供产品摄影、美工服务；统一推广“徐闻菠萝”区域公用品牌；并提供代办证照、金融对接等衍生增值服务。整合建成徐闻县电子商务产业园，已入驻企业20家，涵盖平台、销售、运营、物流等类型。",
    `截至目前，全县建成镇村电商服务站点${ST.length}个，其中村级站点${ST.filter((s) => s.type === "村级站").length}个，覆盖行政村${coveredEver.size}个，覆盖率${pct1(coveredEver.size, admin.length)}，${poorList.length}个省定贫困村实现全覆盖。`,
    "四、农村产品上行",
    "委托第三方机构完成了全县农产品网络销售调研，形成调研报告和针对性建议；举办“菠萝的海”网络促销节，但受疫情影响成效一般；引进广东徐闻电商运营服务有限公司作为专业第三方运营服务商；全县行政村物流快递覆盖率达100%；出台《徐闻菠萝电商交易标准》，冷链仓储和溯源系统正在建设。2019年全县农村网络零售额18.62亿元，2020年23.73亿元，同比增长27.4%；农产品网络零售额2019年4.20亿元，2020年5.46亿元，同比增长30.0%。",
    "五、电商人才培训",
    `累计开展电商培训${SES.length}期，培训${fmtInt(sum(SES.map((s) => s.total)))}人次（常住人口超过50万，按50万计，占${pct2(sum(SES.map((s) => s.total)), 500000)}）。全县有劳动能力的脱贫人口（不含外出务工人员）${eligible.length}人，已参加电商培训${trainedAny}人，培训率${pct1(trainedAny, eligible.length)}。`,
    "六、信息公开及数据报送",
    "在县政府门户网站开设“电子商务进农村综合示范”专栏，公开创建方案、项目基本信息和项目建设进度，公布监督举报电话，每月更新。每月通过政务邮箱向湛江市商务局报送示范创建工作进展，并按月统计电商扶贫情况随月报报送。",
    "七、宣传推广",
    "2021年5月向湛江市商务局报送《徐闻县“菠萝的海”电商扶贫经验材料》。我县电商工作先后被广东广播电视台、湛江日报、湛江广播电视台等媒体报道，其中脱贫户通过电商销售菠萝的案例在《广东新闻联播》播出。",
    "八、资金管理",
    `制定了《徐闻县电子商务进农村综合示范专项资金管理办法》，各承建单位均建立了资金专用台账。截至目前累计拨付专项资金${(spentAll / 10000).toFixed(2)}万元，资金支出率${pct1(spentAll, 5000000)}；项目总体进度约88%。`,
    "九、一票否决事项",
    "创建期间未发生安全生产、质量事故，未造成重大经济损失和社会不良影响，不存在弄虚作假行为。",
    "十、自评得分",
    "对照《2019年省级电子商务进农村综合示范创建考评指标体系》，我县自评得分93分。其中：组织领导2分；方案制定2分；政策支持1分；项目管理3分（项目管理制度2分，工作台账1分）；服务体系建设25分（县级电子商务公共服务中心和产业园15分，村级站点覆盖10分）；农村产品上行8分（网销调研2分，网络促销活动1分，第三方运营服务商1分，物流快递覆盖1分，交易标准与冷链溯源1分，网络零售额增速2分）；电商人才培训20分；信息公开4分；数据上报6分；案例总结2分；经验推广7分；制度建立（资金管理制度）4分；资金台账4分；资金支出（资金及时拨付）4分。加分项：电商扶贫典型案例获省级电视媒体播报1分。",
    "",
    "徐闻县商务局",
    "2021年9月28日",
  ];
  const rRows = P.map((p) => (p === "" ? [] : [p]));
  const rMerges = [];
  rRows.forEach((r, i) => {
    if (r.length) rMerges.push(`A${i + 1}:H${i + 1}`);
  });
  rRows[0].push(null, null, null, null, null, null, null);
  assert(pct1(2373 - 1862, 1862) === "27.4%" && 546 * 10 === 420 * 13, "c1 growth 27.4% / exactly 30.0%");
  assert(pct1(125, 176) === "71.0%" && pct2(5218, 500000) === "1.04%" && pct1(32, 64) === "50.0%" && pct1(3761000, 5000000) === "75.2%", "c1 the clerk's figures (September)");

  // ---------------- points
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 1,
    "work.center": 2 + 0 + 2 + 1 + 1 + 1 + 1 + 2 + 0 + 1, "work.coverage": 2 + 5, "work.upward": 2 + 1 + 1 + 0 + 1 + 2,
    "work.training": 8 + 8, "info.disclosure": 2 + 2, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 4 + 3,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": -5, "bonus.poorTraining": 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 69 && bonus === 1, "c1 total " + scored + "+" + bonus);
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": 15, "work.coverage": 10, "work.upward": 8,
    "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 7, "fund.system": 4, "fund.ledger": 4,
    "fund.spending": 4, "bonus.tvCase": 1,
  };
  assert(sum(Object.values(claimed)) === 93 && 2 + 1 + 1 + 1 + 1 + 2 === 8, "c1 the clerk's 93");
  const derivation = [
    "org.leadership: 自评报告第二部分：县委副书记、县长任组长（主要领导），成员有县商务局、财政局、农业农村局、乡村振兴局 → 2",
    "org.plan: “方案制定2分”，方案以徐府办〔2020〕12号正式印发 → 2",
    "org.policy: “政策支持1分” → 1",
    "org.management: “项目管理制度2分，工作台账1分” → 3",
    `work.center: 中心2021年3月15日投入运营 ≤ 截止日 → 2；运行满6个月要求不晚于2021-02-28，3月15日不满 → 0（自评报告按满分算）；免费培训2、免费展示销售1、免费摄影美工1、品牌推广1、代办证照金融对接等衍生服务1；产业园整合建成 → 2；产业园企业分布表逐房登记：101、102是公共区域、3间空置（一间备注原租户退租）不是企业，205、206是同一家企业，309那家“2021年9月”才入驻 → 截止日在园19家 < 20 → 0（按房间行数是20，连9月的是21）；类型有平台型、网店销售、代运营、快递物流、直播、设计 → 1；合计11（自评15）`,
    `work.coverage: 村（居）委会名单分左右两栏打印，读完两栏：村委会176个（居委会21个不算），176 < 200 以176为基数；站点导出（平台导出，开通时间“2020/11/3 10:22:15”式文字）：徐闻县村级站所在村委会截止日前有122个（5个村有第二个点只算一次；镇级站在社区不算；最后4行是雷州市的站点，不在名单里不算；一个站8月31日当天开通，算）；另有3个村只有9月开通的站 → 122/176 = 69.3% < 70% → 2（自评报告的125个含9月的，71.0%）；省定贫困村（名单★标记）15个全部有截止日前的站 → 5；合计7（自评10）`,
    "work.upward: 网销调研2；网络促销1；第三方运营服务商有 → 1；名单有“通快递”栏，角尾乡一个村委会标“×” → 0（自评报告说100%，以名单为准并提示）；交易标准与冷链溯源1；农产品网络零售额4.20亿→5.46亿元，增长正好30.0% ≥ 30% → 2（农村网络零售额27.4%不够，任一达标即可）；合计7（自评8）",
    `work.training: 培训台账按期登记，参训人数两行表头取“合计”：截止日前25期（含2021.8.31当天一期；“2021.3.9-10”“2021.6.23-24”按结束日）共4,715人次；第26、27期在9月（503人次）不算；常住人口60.87万封顶50万 → 4,715/500,000 = 0.943% → 8（连9月5,218人次是1.04%）；脱贫人口信息（系统导出）劳动技能为普通/技能劳动力的${eligible.length + migrants.length}人中，务工状况“省外务工”“县外省内务工”${migrants.length}人是外出务工，“乡（镇）内务工”不是 → 应培训64人；参训名单的期次对照培训台账的日期：截止日前参训的64人中29人（一人的身份证号末位写成小写x，同一人；3人只参加9月第26、27期不算；3名外出务工人员参加春节返乡专场不算） → 29/64 = 45.3% → 8；合计16（自评20）`,
    "info.disclosure: 专栏公开创建方案、项目基本信息、建设进度，公布监督举报电话 → 2；专栏网页按页复制，每条“标题　日期”在一格里，分页行不是记录：2020年9月至2021年8月每月都有建设进度更新 → 2；合计4",
    "info.reporting: 发件箱导出（按时间倒序）：发给湛江市商务局电子商务科的月报2020年9月至2021年8月中2021年2月没有（1月月报推迟到3月2日发）；2月18日给市局商贸流通科的是春节市场供应回复，不是示范工作报送 → 不是每月 → 1；月报附电商扶贫统计表 → 3；合计4（自评6）",
    "promo.cases: 2021.5.20向湛江市商务局报送经验材料 → 2（9月报省商务厅的在截止日后）",
    "promo.media: 截止日前：广东广播电视台（省级） → 4；湛江日报、湛江广播电视台（市级） → 3；无县级；CCTV-17（国家级）2021年9月16日在截止日后；合计7",
    "fund.system: “制度建立（资金管理制度）4分” → 4",
    "fund.ledger: “资金台账4分” → 4",
    `fund.spending: 资金拨付台账一行一个项目，第一/二/三次拨付各是（日期|金额）一对：截止日前的拨付共${fmtMoney(spentPre)}元（8月31日当天49,600元算；9月10日270,000元、9月17日48,400元不算；合同金额和“累计拨付”列不是拨付） ÷ 5,000,000 = 68.85% < 70% → −5（自评报告的376.10万元含9月，自评4分）`,
    "bonus.poorTraining: 29/64 = 45.3% < 70% → 0",
    "bonus.tvCase: 电商扶贫典型案例在《广东新闻联播》（省级电视）播出 → 1；CCTV-17国家级电视那条在2021年9月16日，截止日后不算（不累加） → 1",
    "veto.incident: 报告第九部分：未发生 → 不否决",
    "veto.progress: 项目总体进度约88% ≥ 40% → 不否决",
    "veto.fraud: 不存在弄虚作假 → 不否决",
  ];
  return {
    description:
      "湛江徐闻县商务局整本工作簿。“自评报告”从Word粘贴，一段一行（A列，合并到H列），数字和自评分都在文字里（县长任组长；中心2021年3月15日投入运营；农产品网零4.20亿→5.46亿元正好30%；自评93分按指标逐项写出，项目管理、上行的分项也写出）；报告里的站点、培训、拨付数是9月底口径。“村（居）委会名单”按两栏打印（A–E、G–K），同镇写“〃”，★为省定贫困村，通快递✓/×。“站点导出”是市平台导出（开通时间“2020/11/3 10:22:15”文字，村名“××村委会”，镇级站在社区，最后4行是雷州市的）。“培训台账”参训人数两行表头（男|女|合计），日期多种写法、两期是日期范围，两期在9月。“脱贫人口信息”是扶贫系统导出（劳动技能、务工状况：省外务工/县外省内务工/乡（镇）内务工/无）。“脱贫人口参训名单”只写期次（“第3、9期”“第3期、第9期”），日期要到培训台账查；一人身份证末位小写x。“产业园企业分布”逐房登记（公共区域、空置房、一家占两间、一家9月入驻）。“资金拨付台账”一行一个项目，第一/二/三次拨付（日期|金额）成对，含合同金额、累计、未拨付列。“发件箱导出”是政务邮箱已发送邮件（倒序）。“专栏网页”是网站栏目页分页复制（标题和日期同在一格）。“宣传与材料”一张表上下两个表（宣传报道、经验材料报送）。",
    sheets: [
      { name: "自评报告", rows: rRows, merges: rMerges },
      { name: "村（居）委会名单", rows: vRows, merges: vMerges },
      { name: "站点导出", rows: sRows },
      { name: "培训台账", rows: tRows, merges: tMerges },
      { name: "脱贫人口信息", rows: pRows },
      { name: "脱贫人口参训名单", rows: tlRows, merges: tlMerges },
      { name: "产业园企业分布", rows: eRows, merges: eMerges },
      { name: "资金拨付台账", rows: fRows, merges: fMerges },
      { name: "发件箱导出", rows: mRows },
      { name: "专栏网页", rows: dRows },
      { name: "宣传与材料", rows: mdRows, merges: mdMerges },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 茂名化州市: the provincial 考评填报系统 export (field codes, 1/0, yyyymmdd, a 报告期 table below)
// =====================================================================================================
function buildF1() {
  const rows = [["广东省电子商务进农村综合示范考评填报系统"], ["导出时间：2021-09-06 15:32:08　　导出用户：hzsswj01　　填报单位：化州市商务局"], [],
    ["表1　基础信息"], ["字段编码", "字段名称", "计量单位", "填报值", "校验结果", "审核意见"]];
  const merges = ["A1:F1", "A2:F2", "A4:F4"];
  const YN = "1=是，0=否";
  const F = (code, name, unit, val, chk, note) => rows.push([code, name, unit, val, chk === undefined ? "通过" : chk, note || null]);
  F("F0101", "县（市、区）名称", "—", "化州市");
  F("F0102", "考评截止日期", "yyyymmdd", 20210831);
  F("F0103", "常住人口", "人", 1196082, "通过", "第七次全国人口普查");
  F("F0104", "行政村个数（不含社区）", "个", 368);
  F("F0105", "省定贫困村个数", "个", 37);
  F("F0201", "示范创建领导小组牵头领导职务", "—", "市长");
  F("F0202", "领导小组成员单位", "多值，以“;”分隔", "商务局;财政局;农业农村局;乡村振兴局;交通运输局;市场监督管理局;邮政管理局");
  F("F0203", "是否正式印发示范县工作方案", YN, 1);
  F("F0204", "是否出台支持农村电商发展的政策", YN, 1);
  F("F0301", "县级电子商务公共服务中心投入运营日期", "yyyymmdd", "20201126");
  F("F0302", "中心有免费培训场所、培训设备，能组织电商基础培训", YN, 1);
  F("F0303", "中心为特色农产品提供免费展示、销售服务", YN, 1);
  F("F0304", "中心为电子商务市场主体提供免费摄影、美工服务", YN, 0);
  F("F0305", "中心组织农产品统一推广、指导特色农产品品牌建设", YN, 1);
  F("F0306", "中心为电子商务发展提供其他衍生增值服务", YN, 1);
  F("F0307", "是否建设或整合、优化当地电商产业园", YN, 1);
  F("F0308", "电商产业园入驻企业数", "家", 26);
  F("F0309", "当地是否有专业第三方电子商务运营或服务商", YN, 1);
  F("F0310", "行政村物流快递覆盖率是否达100%", YN, 1);
  F("F0401", "电商培训人次（累计）", "人次", 5602);
  F("F0402", "有劳动能力的建档立卡贫困人口数（不含外出务工）", "人", 2318, "通过", "与市乡村振兴局数据一致");
  F("F0403", "参加电商培训的建档立卡贫困人口数", "人", 1127);
  F("F0501", "专栏公示创建方案", YN, 1);
  F("F0502", "专栏公示项目基本信息", YN, 1);
  F("F0503", "专栏公示项目建设进度", YN, 1);
  F("F0504", "专栏设立征求意见或监督举报窗口", YN, 0, "通过", "请尽快增设监督举报窗口");
  F("F0505", "能否统计电商扶贫情况", YN, 1);
  F("F0601", "省级财政资金下达总额", "万元", 500);
  F("F0602", "累计拨付资金", "万元", 402.37);
  F("F0603", "是否已制定资金管理制度", YN, 1);
  F("F0604", "项目承建方是否已建立资金专用台账", YN, null, "未填报（必填项）");
  F("F0605", "项目总体进度", "%", 86.5);
  F("F0701", "是否发生安全生产、质量事故，或造成重大经济损失和社会不良影响", YN, 0);
  F("F0702", "是否存在弄虚作假", YN, 0);
  F("F0801", "自评分：方案制定（1-2分）", "分", 2);
  F("F0802", "自评分：政策支持（1-2分）", "分", 2);
  F("F0803", "自评分：项目管理制度（1-2分）", "分", 2);
  F("F0804", "自评分：工作台账（1-2分）", "分", 1);
  F("F0805", "自评分：网销调研（1-2分）", "分", 2);
  F("F0806", "自评分：网络促销活动（1-2分）", "分", 2);
  F("F0807", "自评分：交易标准与冷链溯源（1-2分）", "分", 1);
  F("F0808", "自评分：资金管理制度（1-5分）", "分", 5);
  F("F0809", "自评分：资金台账（1-5分）", "分", 4);
  F("F0810", "自评分：资金及时拨付（1-5分）", "分", 4);
  rows.push([]);
  rows.push(["表2　统计数据（报告期：2020年）"]);
  merges.push(`A${rows.length}:F${rows.length}`);
  rows.push(["字段编码", "指标名称", "计量单位", "本期", "上年同期", "同比增减（%）"]);
  rows.push(["S0101", "农村网络零售额", "万元", 286412.6, 231905.3, 23.5]);
  rows.push(["S0102", "其中：农产品网络零售额", "万元", 41836.2, 30128.9, 38.9]);
  rows.push(["S0103", "农村网商（店）数量", "个", 8652, 7011, 23.4]);
  rows.push(["S0104", "快递业务量", "万件", 3126.4, 2417.8, 29.3]);
  rows.push([]);
  rows.push(["说明：1．表1“1=是，0=否”字段填1或0；2．日期字段按yyyymmdd填写；3．表2“上年同期”为2019年数据，由系统按上年报送数据带出。"]);
  merges.push(`A${rows.length}:F${rows.length}`);
  assert(pct1(2864126 - 2319053, 2319053) === "23.5%" && pct1(418362 - 301289, 301289) === "38.9%", "f1 growth rates agree");
  assert(pct1(8652 - 7011, 7011) === "23.4%" && pct1(31264 - 24178, 24178) === "29.3%", "f1 other rows agree");
  assert(pct2(4023700, 5000000) === "80.47%" && pct1(1127, 2318) === "48.6%", "f1 ratios");
  return {
    description:
      "茂名化州市商务局从省“考评填报系统”导出的数据（Excel导出）：表1 字段编码|字段名称|计量单位|填报值|校验结果|审核意见，是否类填1/0（计量单位栏写“1=是，0=否”），日期按yyyymmdd（截止日期20210831是数字，中心投入运营“20201126”是文字），常住人口单位“人”，资金单位万元（402.37万元），总体进度单位“%”填86.5；成员单位用“;”分隔，牵头领导“市长”；F0604资金专用台账填报值空、校验“未填报（必填项）”，没有回答；F0504监督举报窗口填0（审核意见不是值）；入驻企业数不是输入。表1下面隔一行是表2（报告期2020年）：本期是2020年、上年同期是2019年，同比增减（%）是增速；网商数量和快递业务量不是输入。",
    sheets: [{ name: "导出数据", rows, merges }],
    expect: {
      facts: {
        county: "化州市", asOf: "2021-08-31", residentPopulation: 1196082, adminVillagesStated: 368, poorVillagesStated: 37,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        trainingPersonTimesStated: 5602, eligiblePoorPersonsStated: 2318, trainedPoorPersonsStated: 1127,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4023700, fundSystemIssued: true, overallProgress: 0.865,
        vetoIncident: false, vetoFraud: false,
        ruralRetail2020: 2864126000, ruralRetail2019: 2319053000, ruralRetailGrowthStated: 0.235,
        agriRetail2020: 418362000, agriRetail2019: 301289000, agriRetailGrowthStated: 0.389,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 云浮郁南县: the city's one-row-per-county template under a three-row header, with a 填写示例 row
// =====================================================================================================
function buildF2() {
  // [g1, g2, g3, example, value]; g3 null: g2 is the leaf (merged down two rows); g2 null: g1 is the leaf (merged down three rows)
  const C = [];
  const col = (g1, g2, g3, ex, val) => C.push({ g1, g2, g3, ex, val });
  col("序号", null, null, "例", 1);
  col("县（市、区）", null, null, "XX县", "郁南县");
  col("基本情况", "常住人口（万人）", null, 50.12, 39.56);
  col("基本情况", "行政村（个）", null, 200, 172);
  col("基本情况", "省定贫困村（个）", null, 30, 26);
  col("组织领导", "领导小组组长", null, "县长", "县长");
  col("组织领导", "成员单位", null, "商务、财政、农业农村、乡村振兴等", "县商务局、财政局、农业农村局、乡村振兴局、交通运输局、市场监管局、供销社、邮政分公司");
  col("组织领导", "工作方案已印发", null, "✓", "✓");
  col("组织领导", "扶持政策已出台", null, "✓", "✓");
  col("县级公共服务中心", "投入运营时间", null, "2020.6.1", "2020.11.30");
  col("县级公共服务中心", "免费服务（✓/✗）", "培训场所设备", "✓", "✓");
  col("县级公共服务中心", "免费服务（✓/✗）", "展示销售", "✓", "✓");
  col("县级公共服务中心", "免费服务（✓/✗）", "摄影美工", "✓", null);
  col("县级公共服务中心", "免费服务（✓/✗）", "品牌推广", "✓", "✓");
  col("县级公共服务中心", "免费服务（✓/✗）", "其他增值服务", "✓", "✗");
  col("电商产业园", "建成或整合", null, "✓", "✓");
  col("电商产业园", "入驻企业（家）", null, 20, 21);
  col("农村产品上行", "第三方运营服务商", null, "✓", "✓");
  col("农村产品上行", "行政村快递覆盖100%", null, "✓", "✓");
  col("农村产品上行", "农村网络零售额（万元）", "2019年", 100000, "156,320");
  col("农村产品上行", "农村网络零售额（万元）", "2020年", 130000, "197,458");
  col("农村产品上行", "农产品网络零售额（万元）", "2019年", 20000, "28,760");
  col("农村产品上行", "农产品网络零售额（万元）", "2020年", 26000, "40,512");
  col("电商人才培训", "培训人次", null, 5000, "4,012");
  col("电商人才培训", "有劳动能力脱贫人口（不含外出务工，人）", null, 1000, "1,630");
  col("电商人才培训", "参训脱贫人口（人）", null, 500, 884);
  col("信息公开及报送", "专栏公开内容（✓/✗）", "创建方案", "✓", "✓");
  col("信息公开及报送", "专栏公开内容（✓/✗）", "项目基本信息", "✓", "✓");
  col("信息公开及报送", "专栏公开内容（✓/✗）", "建设进度", "✓", "✓");
  col("信息公开及报送", "专栏公开内容（✓/✗）", "征求意见/监督举报窗口", "✓", "✓");
  col("信息公开及报送", "每月向市局报送", null, "✓", "✓");
  col("信息公开及报送", "能统计电商扶贫情况", null, "✓", "✓");
  col("财政资金", "下达资金（万元）", null, 500, 500);
  col("财政资金", "累计拨付（万元）", null, 400, "3,926,500元");
  col("财政资金", "资金管理制度", null, "✓", "✓");
  col("财政资金", "资金专用台账", null, "✓", "✓");
  col("财政资金", "项目总体进度", null, "80%", "81%");
  col("一票否决", "安全生产、质量事故或重大损失", null, "✗", "✗");
  col("一票否决", "弄虚作假", null, "✗", "✗");
  const JN = ["方案制定", "政策支持", "项目管理制度", "工作台账", "网销调研", "网络促销活动", "交易标准与冷链溯源", "资金管理制度", "资金台账", "资金及时拨付"];
  const JV = [2, 2, 2, 2, 1, 2, 1, 5, 4, 4];
  JN.forEach((n, j) => col("评判项自评分（分）", n, null, [2, 2, 2, 2, 2, 2, 2, 5, 5, 5][j], JV[j]));
  const CL = [["加强组织领导与统筹协调", "组织领导", 2], ["加强组织领导与统筹协调", "方案制定", 2], ["加强组织领导与统筹协调", "政策支持", 2], ["加强组织领导与统筹协调", "项目管理", 4],
    ["深入推动电子商务进农村工作", "县级中心与产业园", 12], ["深入推动电子商务进农村工作", "村级站点覆盖", 10], ["深入推动电子商务进农村工作", "农村产品上行", 8], ["深入推动电子商务进农村工作", "电商人才培训", 20],
    ["加强信息公开及报送", "信息公开", 4], ["加强信息公开及报送", "数据上报", 6], ["加强宣传推广", "案例总结", 2], ["加强宣传推广", "经验推广", 5],
    ["加强财政资金管理", "制度建立", 5], ["加强财政资金管理", "资金台账", 4], ["加强财政资金管理", "资金支出", 4]];
  const EXC = [2, 2, 2, 4, 15, 10, 10, 20, 4, 6, 2, 8, 5, 5, 5];
  CL.forEach(([g, n, v], j) => col("自评得分（分）", g, n, EXC[j], v));
  col("自评得分（分）", "合计", null, sum(EXC), sum(CL.map((x) => x[2])));
  col("备注", null, null, "示例行，请勿删除", null);
  const N = C.length;
  const last = colName(N - 1);
  const rows = [["云浮市电子商务进农村综合示范县创建情况统计表"], ["填报单位（盖章）：郁南县商务局　　　　　　数据截止时间：2021年8月31日　　　　　　填报时间：2021年9月3日"], [], [], []];
  const merges = [`A1:${last}1`, `A2:${last}2`];
  const H1 = 3;
  for (let j = 0; j < N; j++) {
    const c = C[j];
    rows[H1 - 1][j] = null;
    rows[H1][j] = null;
    rows[H1 + 1][j] = null;
    const prev = C[j - 1];
    if (!prev || prev.g1 !== c.g1) rows[H1 - 1][j] = c.g1;
    if (c.g2 !== null && (!prev || prev.g1 !== c.g1 || prev.g2 !== c.g2)) rows[H1][j] = c.g2;
    if (c.g3 !== null) rows[H1 + 1][j] = c.g3;
  }
  // merges for the header
  for (let j = 0; j < N; ) {
    let k = j;
    while (k + 1 < N && C[k + 1].g1 === C[j].g1) k++;
    if (C[j].g2 === null) {
      assert(k === j, "f2 a leaf g1 stands alone");
      merges.push(`${colName(j)}${H1}:${colName(j)}${H1 + 2}`);
    } else {
      if (k > j) merges.push(`${colName(j)}${H1}:${colName(k)}${H1}`);
      for (let a = j; a <= k; ) {
        let b = a;
        while (b + 1 <= k && C[b + 1].g2 === C[a].g2) b++;
        if (C[a].g3 === null) {
          assert(b === a, "f2 a leaf g2 stands alone");
          merges.push(`${colName(a)}${H1 + 1}:${colName(a)}${H1 + 2}`);
        } else if (b > a) merges.push(`${colName(a)}${H1 + 1}:${colName(b)}${H1 + 1}`);
        a = b + 1;
      }
    }
    j = k + 1;
  }
  rows.push(C.map((c) => c.ex));
  rows.push(C.map((c) => c.val));
  rows.push([]);
  rows.push(["填表说明：1．第6行为填写示例（XX县），各县（市、区）在第7行填写本地数据；2．是/否类填“✓”或“✗”；3．金额单位为万元，人口单位为万人；4．自评得分按《2019年省级电子商务进农村综合示范创建考评指标体系》填写。"]);
  merges.push(`A${rows.length}:${last}${rows.length}`);
  rows.push(["联系人：谭××　　联系电话：0766-75xxxxx"]);
  merges.push(`A${rows.length}:${last}${rows.length}`);
  assert(rows[5][1] === "XX县" && rows[6][1] === "郁南县", "f2 example row 6, county row 7");
  assert(sum(CL.map((x) => x[2])) === 90, "f2 claimed 90");
  assert(N > 60 && last.length === 2, "f2 a wide sheet " + N);
  const claimed = {};
  const IDS = ["org.leadership", "org.plan", "org.policy", "org.management", "work.center", "work.coverage", "work.upward", "work.training",
    "info.disclosure", "info.reporting", "promo.cases", "promo.media", "fund.system", "fund.ledger", "fund.spending"];
  CL.forEach((x, j) => (claimed[IDS[j]] = x[2]));
  return {
    description:
      "云浮郁南县商务局填的市商务局“创建情况统计表”：一行一个县的宽表（60多列），三行表头合并（大类｜小类｜2019年/2020年或自评指标），单位写在表头（万人、万元）；第6行是“例/XX县”填写示例，不是郁南的数据，第7行才是郁南县。读出：常住人口39.56万人、行政村172、省定贫困村26；组长县长，成员单位含商务、财政、农业农村、乡村振兴 → principal-all；✓/✗是是否，中心免费“摄影美工”一格空着（没有回答，不列），“其他增值服务”✗；入驻企业21家、每月报送不是输入；零售额是万元文字“156,320”；累计拨付一格写“3,926,500元”（格里自带单位，不按表头的万元）；总体进度“81%”；评判项自评分一组十列；“自评得分（分）”一组是按指标的自评分（三级表头：工作任务｜指标），合计90不是指标分。数据截止时间在第2行。",
    sheets: [{ name: "郁南县", rows, merges }],
    expect: {
      facts: {
        county: "郁南县", asOf: "2021-08-31", residentPopulation: 395600, adminVillagesStated: 172, poorVillagesStated: 26,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-30", centerFreeTraining: true, centerDisplay: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1563200000, ruralRetail2020: 1974580000, agriRetail2019: 287600000, agriRetail2020: 405120000,
        trainingPersonTimesStated: 4012, eligiblePoorPersonsStated: 1630, trainedPoorPersonsStated: 884,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3926500, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.81,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f3 — 惠州惠东县: the 财政 项目支出绩效自评表 (targets beside actual values), judged points in the row below
// =====================================================================================================
function buildF3() {
  const rows = [];
  const merges = [];
  const R = (cells, ms) => {
    while (cells.length < 10) cells.push(null);
    rows.push(cells);
    for (const m of ms || []) merges.push(m.replace(/#/g, String(rows.length)));
  };
  R(["项目支出绩效自评表"], ["A#:J#"]);
  R(["（2020年度省级电子商务进农村综合示范项目　数据截至2021年8月31日）"], ["A#:J#"]);
  R(["项目名称", "惠东县电子商务进农村综合示范项目"], ["B#:J#"]);
  R(["主管部门", "惠东县商务局", null, null, null, "实施单位", "惠东县商务局"], ["B#:E#", "G#:J#"]);
  const f0 = rows.length + 1;
  R(["项目资金（万元）", null, null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null], ["B#:C#", "I#:J#"]);
  R([null, "年度资金总额", null, 500, 500, 392.85, 10, "78.57%", 7.86], ["B#:C#", "I#:J#"]);
  R([null, "其中：当年财政拨款", null, 500, 500, 392.85, "—", "—", "—"], ["B#:C#", "I#:J#"]);
  R([null, "上年结转资金", null, null, null, null, "—", "—", "—"], ["B#:C#", "I#:J#"]);
  R([null, "其他资金", null, null, null, null, "—", "—", "—"], ["B#:C#", "I#:J#"]);
  merges.push(`A${f0}:A${rows.length}`);
  const g0 = rows.length + 1;
  R(["年度总体目标", "预期目标", null, null, null, "实际完成情况"], ["B#:E#", "F#:J#"]);
  R([null, "建成县级电子商务公共服务中心和电商产业园，镇村电商服务站点覆盖70%以上行政村，开展电商培训5000人次以上，带动农村网络零售额较快增长，完成省级专项资金支出70%以上。", null, null, null,
    "印发《惠东县电子商务进农村综合示范创建工作方案》（惠东府办〔2020〕23号）；县级电子商务公共服务中心建成并投入运营，整合建成惠东县电子商务产业园；制定《惠东县电子商务进农村综合示范专项资金管理办法》。项目总体完成进度约85%。"],
  ["B#:E#", "F#:J#"]);
  merges.push(`A${g0}:A${rows.length}`);
  const h0 = rows.length + 1;
  R(["绩效指标", "一级指标", "二级指标", "三级指标", null, "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"], ["D#:E#"]);
  const IND = [
    ["产出指标", "数量指标", "电商培训人次", "≥5000人次", "5,326人次", 10, 10, "全县常住人口84.26万人（超过50万按50万计），培训覆盖1.07%"],
    [null, null, "村级电商服务站点覆盖行政村比例", "≥70%", "74.6%", 5, 5, null],
    [null, null, "电商产业园入驻企业数量", "≥20家", "23家", 5, 5, null],
    [null, null, "有劳动能力脱贫人口参训人数", "≥500人", "468人（应训823人）", 5, 4, "部分脱贫户年龄偏大、参训意愿低，下一步送训上门"],
    [null, "质量指标", "公共服务中心免费服务", "提供免费培训、展示销售、摄影美工服务", "已提供免费培训和农特产品展示销售服务；摄影美工暂未免费提供", 5, 3, "摄影棚设备采购中"],
    [null, null, "行政村物流快递覆盖率", "100%", "100%", 5, 5, null],
    [null, null, "政府网站专栏公开内容", "创建方案、项目信息、建设进度、监督举报窗口", "已公开创建方案、项目基本信息、建设进度，设立监督举报电话", 5, 5, null],
    [null, "时效指标", "公共服务中心投入运营时间", "2020年12月底前", "2020年12月18日", 5, 5, null],
    [null, null, "专项资金支出进度", "2021年8月底前支出70%以上", "78.57%", 5, 5, null],
    ["效益指标", "经济效益指标", "2020年农村网络零售额同比增长", "≥20%", "18.6%", 10, 8, "受疫情影响，线下转线上不及预期"],
    [null, null, "2020年农产品网络零售额同比增长", "≥25%", "32.4%", 10, 10, null],
    [null, "社会效益指标", "按月向市商务局报送工作情况", "每月报送", "按月报送，并统计电商扶贫情况", 5, 5, null],
    [null, "可持续影响指标", "引进专业第三方电子商务运营服务商", "≥1家", "2家", 5, 5, null],
    ["满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", "95.2%", 10, 10, null],
  ];
  let a0 = null;
  let b0 = null;
  IND.forEach(([g1, g2, name, target, actual, w, s, note], j) => {
    const r = rows.length + 1;
    if (g1 !== null) {
      if (a0 !== null) mergeCol(merges, "B", a0, r - 1);
      a0 = r;
    }
    if (g2 !== null) {
      if (b0 !== null) mergeCol(merges, "C", b0, r - 1);
      b0 = r;
    }
    R([null, g1, g2, name, null, target, actual, w, s, note], ["D#:E#"]);
  });
  mergeCol(merges, "B", a0, rows.length);
  mergeCol(merges, "C", b0, rows.length);
  R([null, "总分", null, null, null, null, null, 100, 92.86, null], ["B#:G#"]);
  merges.push(`A${h0}:A${rows.length}`);
  R([]);
  R(["附：示范创建考评评判项自评（分）"], ["A#:J#"]);
  R(["方案制定", "政策支持", "项目管理制度", "工作台账", "网销调研", "网络促销活动", "交易标准与冷链溯源", "资金管理制度", "资金台账", "资金及时拨付"]);
  R([2, 1, 2, 2, 2, 1, 1, 5, 4, 4]);
  R([]);
  R(["填报人：叶××　　联系电话：0752-88xxxxx　　填报日期：2021年9月10日"], ["A#:J#"]);
  const wsum = sum(IND.map((x) => x[5])) + 10;
  const ssum = sum(IND.map((x) => x[6])) + 7.86;
  assert(wsum === 100 && Math.round(ssum * 100) === 9286, "f3 绩效 100 / 92.86 " + wsum + " " + ssum);
  assert(pct2(3928500, 5000000) === "78.57%" && pct1(468, 823) === "56.9%" && pct2(5326, 500000) === "1.07%", "f3 ratios");
  return {
    description:
      "惠州惠东县商务局填的财政“项目支出绩效自评表”（不是考评指标表）：项目资金块里全年预算数500万元是下达资金，全年执行数392.85万元是累计拨付（年初预算数、执行率、分值、得分不是输入）；“年度总体目标”的实际完成情况文字里：方案已印发、中心投入运营、产业园整合建成、资金管理办法已制定、总体进度约85%；绩效指标表要读“实际完成值”，不是“年度指标值”（目标）：培训5,326人次（常住人口84.26万人写在偏差原因栏），脱贫人口“468人（应训823人）”，中心免费培训、展示是，摄影美工否，快递覆盖100%，专栏四项都有，投入运营“2020年12月18日”，农村网零增长18.6%、农产品32.4%（没有金额），按月报送并统计电商扶贫，第三方服务商2家；站点覆盖比例、入驻企业数、满意度不是输入；“分值/得分/总分92.86”是绩效评分，不是考评自评分。没有写牵头领导。评判项自评在最下面“附”：名称一行、分值在下一行。",
    sheets: [{ name: "绩效自评表", rows, merges }],
    expect: {
      facts: {
        county: "惠东县", asOf: "2021-08-31", fundAllocated: 5000000, fundSpentStated: 3928500,
        planIssued: true, centerOpened: "2020-12-18", parkBuilt: true, fundSystemIssued: true, overallProgress: 0.85,
        trainingPersonTimesStated: 5326, residentPopulation: 842600, trainedPoorPersonsStated: 468, eligiblePoorPersonsStated: 823,
        centerFreeTraining: true, centerDisplay: true, centerPhoto: false, expressCoverage: true,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        ruralRetailGrowthStated: 0.186, agriRetailGrowthStated: 0.324, povertyStatisticsStated: true, thirdPartyOperator: true,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
    },
  };
}

// =====================================================================================================
// l1 — 茂名电白区: trainee register with repeated (日期|期次) pairs, a payment approval register, media
// =====================================================================================================
function buildL1() {
  const REGION = "440904";
  const NEAR = ["440904", "440904", "440904", "440902", "440981"];
  const SESS = { 1: "2020-09-24", 2: "2020-10-15", 3: "2020-11-19", 4: "2020-12-10", 5: "2021-01-14", 6: "2021-03-18", 7: "2021-04-22", 8: "2021-05-20", 9: "2021-06-09", 10: "2021-07-15", 11: "2021-08-19", 12: "2021-09-09" };
  const TOWNS = ["水东街道", "南海街道", "陈村街道", "坡心镇", "七迳镇", "小良镇", "沙院镇", "麻岗镇", "树仔镇", "电城镇", "博贺镇", "霞洞镇", "观珠镇", "沙琅镇", "那霍镇", "望夫镇"];
  const rows = [["茂名市电白区农村电商培训学员登记表（2020—2021年）"],
    ["说明：同一学员多次参训的，在“第二次”“第三次”栏依次登记培训日期和期次；第9期为两天（6月8日—9日）。"],
    ["序号", "姓名", "性别", "身份证号", "镇（街道）", "是否脱贫户", "第一次", null, "第二次", null, "第三次", null, "参训次数"],
    [null, null, null, null, null, null, "日期", "期次", "日期", "期次", "日期", "期次", null]];
  const merges = ["A1:M1", "A2:M2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:H3", "I3:J3", "K3:L3", "M3:M4"];
  const recs = [];
  let fi = 0;
  const fmt = (no) => {
    const iso = SESS[no];
    if (no === 9) return "2021.6.8-9";
    const f = fi++ % 6;
    return f === 0 ? D(iso) : f === 1 ? dotDate(iso) : f === 2 ? cnDate(iso) : f === 3 ? twoDot(iso) : f === 4 ? slashDate(iso) : ydNum(iso);
  };
  const N = 40;
  let total = 0;
  for (let k = 0; k < N; k++) {
    const male = rnd() < 0.45;
    const id = makeId(NEAR[rint(0, NEAR.length - 1)], birthBetween(1968, 2001), male, k === 4 || k === 22 ? true : undefined);
    const n = k % 5 === 0 ? 3 : k % 3 === 0 ? 2 : 1;
    const s = new Set();
    if (k === 9) s.add(12);
    if (k === 14) s.add(9);
    while (s.size < n) s.add(rint(1, 12));
    const nos = [...s].sort((a, b) => a - b);
    let idCell = id;
    if (k === 4) idCell = id.slice(0, 17) + "x";
    else if (k === 11) idCell = spacedId(id);
    else if (k === 22) idCell = id.slice(0, 17) + "x";
    else if (k === 30) idCell = fullWidth(id);
    const cells = [];
    for (let q = 0; q < 3; q++) cells.push(nos[q] ? fmt(nos[q]) : null, nos[q] ? `第${nos[q]}期` : null);
    rows.push([k + 1, personName(), male ? "男" : "女", idCell, TOWNS[rint(0, TOWNS.length - 1)], rnd() < 0.3 ? "是" : "否"].concat(cells, [nos.length]));
    for (const no of nos) recs.push({ date: SESS[no], personTimes: 1, id });
    total += nos.length;
  }
  rows.push(["合计", null, null, null, null, null, null, null, null, null, null, null, total]);
  merges.push(`A${rows.length}:L${rows.length}`);
  rows.push(["填表人：邵××　　审核人：崔××"]);
  merges.push(`A${rows.length}:M${rows.length}`);
  checkTrainingIds(recs, "l1");
  assert(recs.length === total && total > 60, "l1 sign-ins " + total);
  assert(recs.some((r) => r.date === "2021-09-09") && recs.some((r) => r.date === "2021-06-09"), "l1 a September class and the two-day class");
  assert(rows.some((r) => typeof r[3] === "string" && /x$/.test(r[3])) && rows.some((r) => typeof r[3] === "string" && /[０-９]/.test(r[3])), "l1 id variants");

  // ---------------- 资金拨付审批登记: 申请 | 审核 | 拨付
  const PAY = [
    ["县级电商公共服务中心建设首期款", "广东电白电商运营有限公司", "2020-07-20", 620000, "2020-07-28", 600000, "2020-08-06", 600000, "已拨付"],
    ["镇村电商服务站点建设首期款", "中国邮政集团有限公司茂名市电白区分公司", "2020-09-01", 450000, "2020-09-10", 450000, "2020-09-18", 450000, "已拨付"],
    ["农村电商培训服务费（第一批）", "茂名市电白区职业培训学校", "2020-10-26", 168000, "2020-11-03", 152600, "2020-11-12", 152600, "已拨付"],
    ["农村物流配送体系建设首期款", "茂名市电白区快运物流有限公司", "2020-12-01", 380000, "2020-12-09", 380000, "2020-12-24", 380000, "已拨付"],
    ["农产品品牌推广服务费", "茂名市好心湖营销策划有限公司", "2021-01-18", 260000, "2021-01-27", null, null, null, "退回重报"],
    ["农产品品牌推广服务费（重报）", "茂名市好心湖营销策划有限公司", "2021-03-02", 236000, "2021-03-11", 236000, "2021-03-23", 236000, "已拨付"],
    ["县级电商公共服务中心建设进度款", "广东电白电商运营有限公司", "2021-04-06", 400000, "2021-04-15", 380000, "2021-04-29", 380000, "已拨付"],
    ["镇村电商服务站点建设进度款", "中国邮政集团有限公司茂名市电白区分公司", "2021-05-24", 420000, "2021-06-01", 420000, "2021-06-11", 420000, "已拨付"],
    ["冷链及溯源系统建设首期款", "茂名市冷链科技有限公司", "2021-06-28", 300000, "2021-07-06", 288500, "2021-07-16", 288500, "已拨付"],
    ["农村电商培训服务费（第二批）", "茂名市电白区职业培训学校", "2021-08-02", 146000, "2021-08-10", 146000, "2021-08-27", 146000, "已拨付"],
    ["农村物流配送体系建设进度款", "茂名市电白区快运物流有限公司", "2021-08-20", 290000, "2021-08-30", 290000, null, null, "待拨付"],
    ["县级电商公共服务中心运营服务费", "广东电白电商运营有限公司", "2021-08-25", 180000, "2021-09-02", 180000, "2021-09-14", 180000, "已拨付"],
  ];
  const fr = [["电白区电子商务进农村综合示范专项资金拨付审批登记表"], ["金额单位：元"],
    ["序号", "项目（用途）", "收款单位", "申请", null, "审核", null, "拨付", null, null, "状态"],
    [null, null, null, "日期", "申请金额", "日期", "核定金额", "日期", "实际拨付金额", "凭证号", null]];
  const fm = ["A1:K1", "A2:K2", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:G3", "H3:J3", "K3:K4"];
  const frecs = [];
  let vno = 30;
  PAY.forEach(([what, who, ad, aa, cd, ca, pd, pa, st], j) => {
    const amt = (x) => (x === null ? null : j % 3 === 1 ? fmtMoney(x) : x);
    const dt = (x, k) => (x === null ? null : (j + k) % 3 === 0 ? D(x) : (j + k) % 3 === 1 ? dotDate(x) : cnDate(x));
    vno += rint(3, 19);
    fr.push([j + 1, what, who, dt(ad, 0), amt(aa), dt(cd, 1), amt(ca), dt(pd, 2), amt(pa), pd ? `电财国支〔${pd.slice(0, 4)}〕${vno}号` : null, st]);
    if (pd) frecs.push({ date: pd, amount: pa });
  });
  fr.push(["合计", null, null, null, sum(PAY.map((p) => p[3])), null, sum(PAY.map((p) => p[5] || 0)), null, sum(frecs.map((r) => r.amount)), null, null]);
  fm.push(`A${fr.length}:C${fr.length}`);
  fr.push(["注：状态为“已拨付”的以国库支付日期为准；“待拨付”“退回重报”的未支付。"]);
  fm.push(`A${fr.length}:K${fr.length}`);
  assert(frecs.length === 10 && sum(frecs.map((r) => r.amount)) === 3233100, "l1 10 payments, 3,233,100 " + sum(frecs.map((r) => r.amount)));
  assert(sum(frecs.filter((r) => r.date <= "2021-08-31").map((r) => r.amount)) === 3053100, "l1 3,053,100 by the cut-off");

  // ---------------- 宣传报道
  const MED = [
    ["2020-11-06", "茂名日报", "地市级", "报纸", "电白：农村电商点亮乡村振兴路", null, "city", false, "cn"],
    ["2020-12-18", "电白区融媒体中心《电白新闻》", "区级", "电视", "家门口的电商服务站", null, "county", true, "D"],
    ["2021-01-22", "南方+客户端", "省级", "网络", "电白沙琅山货直播出村", null, "province", false, "dash"],
    ["2021-04-09", "广东广播电视台珠江频道", "省级", "电视", "电白脱贫户直播卖荔枝", "电商扶贫典型案例", "province", true, "dot"],
    ["2021-05-26", "学习强国", null, "网络", "电白区：电商让山货变“网红”", "级别待确认", null, false, "num"],
    ["2021-06-30", "人民网", "国家级", "网络", "广东电白：电商赋能乡村振兴", null, "national", false, "two"],
    ["2021-07-27", "茂名广播电视台", "市级", "电视", "电白电商服务站覆盖全区", null, "city", true, "cn"],
    ["2021-09-14", "中央电视台财经频道（CCTV-2）", "中央级", "电视", "电白荔枝龙眼网上俏", "电商扶贫典型案例", "national", true, "D"],
  ];
  const mr = [["电白区电子商务进农村宣传报道登记"], ["序号", "报道时间", "媒体名称", "媒体级别", "报道形式", "标题", "备注"]];
  const mrecs = [];
  MED.forEach(([iso, media, lv, form, title, note, level, tv, f], j) => {
    const dc = f === "cn" ? cnDate(iso) : f === "D" ? D(iso) : f === "dash" ? dashNoPad(iso) : f === "dot" ? dotDate(iso) : f === "num" ? ydNum(iso) : twoSlash(iso);
    mr.push([j + 1, dc, media, lv, form, `《${title}》`, note]);
    mrecs.push({ date: iso, level, tv });
  });

  const toc = [["电白区电子商务进农村综合示范台账（培训、资金、宣传）"], ["序号", "表名", "内容", "责任股室"], [1, "学员登记", "培训学员及参训日期", "电商股"],
    [2, "资金拨付审批", "专项资金申请、审核、拨付", "财务股"], [3, "宣传报道", "媒体宣传报道", "办公室"], [null, null, "（下拉选项表已隐藏）", null]];
  const dd = [["媒体级别"], ["国家级"], ["中央级"], ["省级"], ["地市级"], ["市级"], ["区级"], [], ["状态"], ["已拨付"], ["待拨付"], ["退回重报"]];
  return {
    description:
      "茂名电白区商务局台账（培训、资金、宣传三张）。“学员登记”一行一个学员，第一次/第二次/第三次参训各是（日期|期次）一对，两行表头合并；每个填了的日期是一个参训人次（按行、从左到右）；日期有日期单元格、“2020.10.15”、“2020年11月19日”、“21.3.18”、“2021/4/22”、20210520这样的数字，第9期写成“2021.6.8-9”读到6月9日；第12期在2021年9月；身份证号有末位小写x（读作X）、中间带空格、全角数字的；合计行、填表人行不是记录。“资金拨付审批”三段（申请|审核|拨付）两行表头：记录是“拨付日期 + 实际拨付金额”，申请金额、核定金额不是；“退回重报”“待拨付”两行没有拨付，不是记录；有一笔2021年9月；金额有“152,600.00”文字。“宣传报道”：级别“地市级/市级”是市级、“区级”是县级、“中央级/国家级”是国家级，学习强国那条级别空着（null），形式“电视”的才是电视。“目录”和隐藏的“下拉选项”不是台账。",
    sheets: [
      { name: "目录", rows: toc, merges: ["A1:D1"] },
      { name: "学员登记", rows, merges },
      { name: "资金拨付审批", rows: fr, merges: fm },
      { name: "宣传报道", rows: mr, merges: ["A1:G1"] },
      { name: "下拉选项", rows: dd, hidden: true },
    ],
    expect: {
      sheets: {
        "目录": { kind: null },
        "学员登记": { kind: "training", records: recs },
        "资金拨付审批": { kind: "funds", records: frecs },
        "宣传报道": { kind: "media", records: mrecs },
        "下拉选项": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 江门恩平市: villages as 、-lists per town, stations with the village only in the address, reports in year sections,
//      column updates with yyyymmdd numbers, park firms with the exit in 备注
// =====================================================================================================
function buildL2() {
  const REGION = "440785";
  const TOWNS = [["恩城街道", 8, 10], ["横陂镇", 12, 1], ["圣堂镇", 14, 1], ["良西镇", 9, 1], ["沙湖镇", 13, 1], ["牛江镇", 11, 1], ["君堂镇", 12, 1],
    ["大田镇", 10, 1], ["那吉镇", 8, 1], ["大槐镇", 9, 1], ["东成镇", 10, 1]];
  const namer = villageNamer("东西南北上下新旧龙凤石沙黄白金高水马安福富和平长兴仁义鹤朗", ["冲", "坑", "塘", "田", "坪", "岗", "洞", "边", "岭", "头", "美", "安", "陂", "湾", "堡", "龙", "江", "岭"]);
  const newName = noDupNamer(namer, TOWNS.map(([t]) => t.slice(0, 2)));
  const EC = ["城南社区", "城北社区", "城东社区", "城西社区", "新平社区", "锦江社区", "冯村社区", "岗坪社区", "恩州社区", "江洲社区"];
  const towns = TOWNS.map(([town, nv, nc]) => {
    const vs = [];
    for (let q = 0; q < nv; q++) vs.push(newName());
    return { town, vs, cs: town === "恩城街道" ? EC.slice(0, nc) : [town.slice(0, 2) + "社区"] };
  });
  const admin = towns.flatMap((t) => t.vs);
  noStemClash(admin, towns.flatMap((t) => t.cs), "l2");
  const poor = new Set(towns.slice(1).map((t) => t.vs[2]).concat([towns[7].vs[5]]));
  assert(admin.length === 116 && poor.size === 11 && towns[7].town === "大田镇", "l2 116 villages, 11 poor");
  const townOf = {};
  for (const t of towns) for (const v of t.vs.concat(t.cs)) townOf[v] = t.town;

  // ---------------- 行政村名单: names in one cell per town
  const vRows = [["恩平市各镇（街道）村（居）委会名单"], ["注：名称后带“*”的为省定贫困村。"], ["序号", "镇（街道）", "村委会数（个）", "村民委员会", "居民委员会（社区）"]];
  const vRecs = [];
  towns.forEach((t, j) => {
    const parts = t.vs.map((v) => v + (poor.has(v) ? "*" : ""));
    let cell = "";
    parts.forEach((p, k) => {
      cell += p;
      if (k < parts.length - 1) cell += k === 6 && parts.length > 9 ? "、\n" : "、";
    });
    vRows.push([j + 1, t.town, t.vs.length, cell, t.cs.join("、")]);
    for (const v of t.vs) vRecs.push({ name: v, admin: true, poor: poor.has(v) });
    for (const c of t.cs) vRecs.push({ name: c, admin: false });
  });
  vRows.push(["合计", null, admin.length, `村委会${admin.length}个（其中省定贫困村${poor.size}个）`, `社区${towns.reduce((s, t) => s + t.cs.length, 0)}个`]);
  vRows.push(["资料来源：恩平市民政局，2021年3月"]);
  const vMerges = ["A1:E1", "A2:E2", `A${vRows.length - 1}:B${vRows.length - 1}`, `A${vRows.length}:E${vRows.length}`];
  assert(vRecs.length === 136 && vRows.some((r) => typeof r[3] === "string" && r[3].includes("\n")), "l2 136 names, a line break inside a cell");

  // ---------------- 站点清单: village only in the address
  const natUsed = new Set(admin);
  const nat = () => {
    const A = "上下大小新旧东西南北中塘坑岗";
    const B = "朗冲屋边围坊园美寮";
    for (let k = 0; k < 10000; k++) {
      const s = A[rint(0, A.length - 1)] + B[rint(0, B.length - 1)] + "村";
      if (s[0] === s[1] || natUsed.has(s)) continue;
      natUsed.add(s);
      return s;
    }
    throw new Error("nat exhausted");
  };
  const pick = shuffle(admin).slice(0, 26);
  const ST = pick.map((v) => ({ v, iso: randIsoBetween("2020-06-15", "2021-08-25") }));
  ST.push({ v: pick[4], iso: "2021-05-17" });
  ST.push({ v: "城南社区", iso: "2020-08-21", comm: true });
  ST.push({ v: pick[20], iso: "2021-09-08" });
  ST.push({ v: admin.filter((v) => !pick.includes(v))[0], iso: "2021-09-22" });
  ST.sort((a, b) => cmp(a.iso, b.iso));
  const sRows = [["恩平市村级电子商务服务站点清单"], ["填报单位：恩平市商务局　　　　截至2021年9月30日"], ["序号", "站点名称", "详细地址", "站长", "联系电话", "挂牌时间", "服务内容"]];
  const SERV = ["代购代销、快递收发", "代购代销、代缴费", "快递收发、电商宣传", "代购代销、小额信贷、快递收发"];
  const sRecs = [];
  ST.forEach((s, j) => {
    const short = s.v.replace(/村$|社区$/, "");
    const n = rint(1, 98);
    let addr;
    let village;
    if (s.comm) {
      addr = `恩平市${townOf[s.v]}${s.v}新平中路${n}号`;
      village = s.v;
    } else if (j % 3 === 0) {
      addr = `恩平市${townOf[s.v]}${s.v}委会${nat()}${n}号`;
      village = `${s.v}委会`;
    } else if (j % 3 === 1) {
      addr = `恩平市${townOf[s.v]}${s.v}民委员会办公楼一楼`;
      village = `${s.v}民委员会`;
    } else {
      addr = `恩平市${townOf[s.v]}${s.v}（村委会旁）`;
      village = s.v;
    }
    const f = j % 5;
    const dc = f === 0 || f === 3 ? excelSerial(s.iso) : f === 1 ? D(s.iso) : f === 2 && s.iso < "2021-08-01" ? cnMonth(s.iso) : dotDate(s.iso);
    const opened = f === 2 && s.iso < "2021-08-01" ? ym(s.iso) : s.iso;
    sRows.push([j + 1, `恩平邮乐购${short}${s.comm ? "社区" : ""}店`, addr, personName(), mask(phone()), dc, SERV[j % 4]]);
    sRecs.push({ village, opened });
  });
  sRows.push(["注：挂牌时间一栏部分单元格格式丢失，显示为数字。"]);
  const sMerges = ["A1:G1", "A2:G2", `A${sRows.length}:G${sRows.length}`];
  assert(sRecs.length === 30 && sRows.filter((r) => typeof r[5] === "number").length >= 10, "l2 30 stations, serial dates");
  assert(sRows.some((r) => typeof r[2] === "string" && /村委会.+村\d+号$/.test(r[2])), "l2 an address with a 自然村 after the 村委会");
  for (const r of sRecs) {
    const base = r.village.replace(/村民委员会$|村委会$|村$/, "");
    assert(admin.some((v) => v.replace(/村$/, "") === base) || r.village === "城南社区", "l2 station village in the list " + r.village);
  }

  // ---------------- 报送记录: two year sections, "9月7日" dates
  const REP = [];
  for (const m of monthsBetween("2020-08", "2021-08")) {
    const next = monthsBetween(m, "2021-12")[1];
    REP.push({ iso: `${next}-${String(rint(3, 10)).padStart(2, "0")}`, what: `${cnMonth(m)}电子商务进农村工作进展`, pov: m < "2020-10" ? false : m === "2021-04" ? null : true });
  }
  REP.push({ iso: "2020-12-21", what: "电商进农村示范县创建自查报告", pov: true });
  REP.sort((a, b) => cmp(a.iso, b.iso));
  const rRows = [["恩平市商务局向江门市商务局报送电子商务进农村工作情况登记"]];
  const rMerges = ["A1:E1"];
  const rRecs = [];
  for (const y of ["2020", "2021"]) {
    rRows.push([`${y}年`]);
    rMerges.push(`A${rRows.length}:E${rRows.length}`);
    rRows.push(["序号", "报送日期", "报送内容", "报送方式", "含电商扶贫统计"]);
    REP.filter((r) => r.iso.startsWith(y)).forEach((r, j) => {
      rRows.push([j + 1, mdOnly(r.iso), r.what, j % 2 ? "粤政易" : "公文交换", r.pov === null ? null : r.pov ? "有" : "无"]);
      rRecs.push({ date: r.iso, poverty: r.pov });
    });
    rRows.push([]);
  }
  rRows.pop();
  const repMonths = new Set(rRecs.filter((r) => r.date <= "2021-08-31").map((r) => ym(r.date)));
  assert(WINDOW.every((w) => repMonths.has(w)) && rRecs.length === 14, "l2 reported every month");

  // ---------------- 专栏更新: yyyymmdd numbers, a note row
  const DIS = [{ iso: "2020-07-10", t: "恩平市电子商务进农村综合示范县创建工作方案" }, { iso: "2020-07-10", t: "恩平市电子商务进农村综合示范项目基本信息" }];
  for (const m of monthsBetween("2020-08", "2021-09")) {
    if (m === "2021-02") continue;
    DIS.push({ iso: `${m}-${String(rint(5, 26)).padStart(2, "0")}`, t: `恩平市电子商务进农村综合示范项目建设进度（${cnMonth(m)}）` });
  }
  DIS.sort((a, b) => cmp(a.iso, b.iso));
  const dRows = [["恩平市政府网“电子商务进农村综合示范”专栏更新记录"], ["序号", "发布日期", "标题", "栏目", "发布人"]];
  const dMerges = ["A1:E1"];
  const dRecs = [];
  let seq = 0;
  DIS.forEach((d) => {
    if (d.iso.startsWith("2021-03") && !dRows.some((r) => typeof r[0] === "string" && r[0].startsWith("（2021年2月"))) {
      dRows.push(["（2021年2月春节期间未更新）"]);
      dMerges.push(`A${dRows.length}:E${dRows.length}`);
    }
    dRows.push([++seq, ydNum(d.iso), d.t, /方案|基本信息/.test(d.t) ? "政策文件" : "建设进度", "epswj"]);
    dRecs.push({ date: d.iso });
  });
  const disMonths = new Set(dRecs.filter((r) => r.date <= "2021-08-31").map((r) => ym(r.date)));
  assert(WINDOW.filter((w) => !disMonths.has(w)).join() === "2021-02", "l2 February missing");

  // ---------------- 入驻企业: exits written in 备注
  const FIRMS = [["恩平市侨乡优品电子商务有限公司", "平台型", "2020-08-12", "D", null], ["恩平市温泉之乡网店", "销售型", "2020-09", "month", null],
    ["恩平市簕菜电子商务商行", "销售型", "2020-09-28", "dot", ["2021-06-30", "2021.6.30合同到期退出"]], ["恩平市云朵电商运营服务有限公司", "电商运营商", "2020-10-16", "D", null],
    ["恩平市邮政快递揽投部", "物流企业", "2020-10", "month", null], ["恩平市牛江粉葛网店", "销售型", "2020-11-05", "cn", null],
    ["恩平市大米之乡农业电子商务有限公司", "销售型", "2020-12-01", "D", ["2021-07", "2021年7月已搬离园区"]], ["恩平市鹤城直播传媒有限公司", "电商运营商", "2021-01-11", "dot", null],
    ["恩平市韵达快递服务部", "物流企业", "2021-03", "month", null], ["恩平市那吉茶叶电子商务商行", "销售型", "2021-03-22", "cn", null],
    ["恩平市锦绣包装设计工作室", "设计服务", "2021-04-19", "D", null], ["恩平市东成蚕桑专业合作社网店", "销售型", "2021-05-06", "dot", ["2021-10-08", "2021年10月8日退出"]],
    ["恩平市冷链仓储服务有限公司", "物流企业", "2021-06-15", "cn", null], ["恩平市恩州优选跨境电子商务有限公司", "平台型", "2021-09-13", "D", null]];
  const eRows = [["恩平市电子商务产业园入驻企业名单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "备注"]];
  const eRecs = [];
  FIRMS.forEach(([n, t, iso, f, out], j) => {
    const dc = f === "D" ? D(iso) : f === "month" ? cnMonth(iso) : f === "dot" ? dotDate(iso) : cnDate(iso);
    eRows.push([j + 1, n, creditCode(REGION), t, dc, out ? out[1] : j === 13 ? "9月新入驻" : null]);
    eRecs.push({ name: n, type: t, entered: iso, left: out ? out[0] : null });
  });
  const inPark = eRecs.filter((r) => r.entered <= "2021-08-31" && !(r.left && r.left <= "2021-08-31"));
  assert(inPark.length === 11 && eRecs.filter((r) => r.entered.length === 7).length === 3, "l2 11 firms in the park at the cut-off");

  const notes = [["说明"], ["1．本工作簿为恩平市电子商务进农村综合示范台账（村居名单、站点、报送、专栏、产业园）。"],
    ["2．站点所在村以详细地址为准（地址中“××村委会”之后为自然村）。"], ["3．报送记录按年度分段登记，日期只写月日。"], ["恩平市商务局电商股　2021年10月"]];
  return {
    description:
      "江门恩平市商务局台账。“说明”不是台账。“行政村名单”一行一个镇：村民委员会一格里用“、”列出全镇的村（长的格里有换行），名称后带“*”的是省定贫困村（其余不是），居委会（社区）另一格列出；记录按行、先村后社区；合计行、资料来源行不是记录。“站点清单”没有“所在村”列，村要从详细地址读：“恩平市大田镇××村委会××村18号”取村委会（后面的是自然村），“××村民委员会办公楼一楼”“××村（村委会旁）”，一个在城南社区；挂牌时间有一半是丢了格式的Excel序列号（如44123），还有日期单元格、“2020年11月”只到月、“2021.3.8”；两个站点在2021年9月；两个村各有两个站点（其中一个村的第二个站点在9月）。“报送记录”分“2020年”“2021年”两段，各有表头，日期只写“9月7日”，年份取段标题；“含电商扶贫统计”有/无/空。“专栏更新”发布日期是20200710这样的数字，2021年2月一行是说明（不是记录），有2021年9月的。“入驻企业”入驻时间有只到月的，退出写在备注里（“2021.6.30合同到期退出”“2021年7月已搬离园区”“2021年10月8日退出”），一家2021年9月入驻。",
    sheets: [
      { name: "说明", rows: notes },
      { name: "行政村名单", rows: vRows, merges: vMerges },
      { name: "站点清单", rows: sRows, merges: sMerges },
      { name: "报送记录", rows: rRows, merges: rMerges },
      { name: "专栏更新", rows: dRows, merges: dMerges },
      { name: "入驻企业", rows: eRows, merges: ["A1:F1"] },
    ],
    expect: {
      sheets: {
        "说明": { kind: null },
        "行政村名单": { kind: "villages", records: vRecs },
        "站点清单": { kind: "stations", records: sRecs },
        "报送记录": { kind: "reports", records: rRecs },
        "专栏更新": { kind: "disclosures", records: dRecs },
        "入驻企业": { kind: "enterprises", records: eRecs },
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
write("counties", "b168-c1-xuwen.json", c1);
write("facts", "b168-f1-huazhou.json", f1);
write("facts", "b168-f2-yunan.json", f2);
write("facts", "b168-f3-huidong.json", f3);
write("ledgers", "b168-l1-dianbai.json", l1);
write("ledgers", "b168-l2-enping.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
