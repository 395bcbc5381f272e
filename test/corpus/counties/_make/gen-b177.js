// Batch 177 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b174.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (177177), no clock. Run: node test/corpus/_b177/gen-b177.js
//
// c1 惠城区 (惠州): the 自评打分表 is the official table with one row per 评分细项 (完成情况 | 细项自评 | 指标自评 merged), a
//    “标签：值” single-cell block above it, printed over two pages with a “（续表）” row and the header repeated; the village
//    list and the station list are ONE sheet (village facts on the left, that village's station on the right of the same row,
//    a two-station village merged over two rows; a station opened on 8月31日 makes 84/120 exactly 70%); 普及培训 sessions plus a
//    separately held 脱贫户专场 sign-in (“〃” dates) whose 53 rows must be added to reach 1%; a hidden 选项 sheet; a 万元 fund
//    ledger with a voided duplicate row and one cell in 元; reports logged by 报告期 whose sending dates leave April 2021 empty.
// f1 源城区 (河源): the submission history as one wide table — 49 fields as columns under group headers, one row per submission;
//    the two correction rows fill only the changed cells (blank = unchanged, “（撤回）” = withdrawn), so each fact is the last
//    non-blank value of its column; the 报送时间 column holds datetimes that are not facts.
// f2 南海区 (佛山): data-confirmation letters to five source departments stacked in one sheet (致：… / header / items / 盖章 row),
//    each item with 拟报数值 | 单位 | 确认意见 (“无误” or “更正为…”, the correction wins), then the bureau's own block and the
//    局务会 judged points (“2分”); one department “区农业农村局（区乡村振兴局）” stands for both agriculture and poverty relief.
// f3 江海区 (江门): a key-milestone table (计划完成时间 | 实际完成时间 | 完成状态 at the 9月14日 filing date); a yes/no fact is true
//    only if its milestone was actually completed by 8月31日 (photo studio “2021.9.6 已完成（滞后）” is false); a data table,
//    the judged table (政策支持 “—”, not judged) and the veto table below.
// l1 金平区 (汕头): a veterans' e-commerce training roster (one person a row, dates only in a 期次 legend line above the
//    header, “第一期、第二期” = two records, per-period attendance text, 入伍/退役 dates as decoys, an apostrophe-prefixed ID);
//    a payment register imitating a paper ledger with one digit per cell (千万…分, “￥” before the highest digit, a voided
//    voucher, a 本页合计 row); the section's weekly work log (one row per week, a cell per weekday, “报×月月报” entries dated
//    by the week's Monday + weekday).
// l2 霞山区 (湛江): a 卫健 village-clinic table as the village list (村委会/居委会 type column, a 商务局-added poor column,
//    street 小计 and 全区合计 rows, no express column); 社工站 activity records where only “电商技能培训” rows are sessions
//    (人次 with gender breakdown in brackets, a postponed row, a two-day make-up); 外宣上稿 with 央媒/省媒/市媒/区媒 levels;
//    materials sent to the city bureau (an unsent draft row).
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
let seed = 177177;
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
    assert(/^b177-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b177-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b177-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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


// =====================================================================================================
// c1 — 惠州惠城区: whole workbook (see the header comment)
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "441302";
  const TOWNS = [["小金口街道", 16, 2], ["水口街道", 14, 2], ["马安镇", 15, 2], ["横沥镇", 17, 2], ["芦洲镇", 12, 2], ["汝湖镇", 14, 2],
    ["三栋镇", 9, 2], ["潼湖镇", 11, 2], ["沥林镇", 12, 2]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("新东西南北大上下石黄岭莲鹤龙凤田岗塘", ["坑", "岭", "围", "塘", "田", "岗", "湖", "屋", "排", "坳", "洞", "布", "坝", "埔"], "村", prefixes);
  const cName = nameMaker("金丽惠和康富瑞明", ["苑", "华", "景", "城", "园", "兴"], "社区", prefixes);
  const towns = TOWNS.map(([town, nv, nc]) => ({ town, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((t) => t.vs);
  const comms = towns.flatMap((t) => t.cs);
  assert(admin.length === 120 && comms.length === 18, "c1 120 villages + 18 communities");
  noStemClash(admin, comms, "c1");
  const townOf = {};
  for (const t of towns) for (const v of t.vs.concat(t.cs)) townOf[v] = t.town;

  // ---------------- stations plan (on the village list itself)
  const shA = shuffle(admin);
  const poorV = shA.slice(0, 6);
  const poorSet = new Set(poorV);
  const coveredV = shA.slice(0, 5).concat(shA.slice(6, 85));
  assert(coveredV.length === 84, "c1 84 covered");
  const vLastDay = shA[84];
  const vTwo = shA[10];
  const vMonth = shA[20];
  const vPoorSept = shA[5];
  const vBuilding = shA[85];
  const vSept = shA[86];
  const ST = {}; // village -> [{op, name, note}]
  const short = (v) => v.replace(/村$|社区$/, "");
  for (const v of coveredV) ST[v] = [{ op: randIsoBetween("2020-05-10", "2021-08-20"), name: `${short(v)}村电商服务站`, note: null }];
  ST[vLastDay][0].op = "2021-08-31";
  ST[vLastDay][0].note = "8月31日挂牌";
  ST[vMonth][0].op = "2020-11";
  ST[vTwo].push({ op: randIsoBetween("2021-04-01", "2021-07-30"), name: `${short(vTwo)}村邮乐购电商服务点`, note: "本村第二个站点" });
  if (ST[vTwo][0].op > ST[vTwo][1].op) ST[vTwo][0].op = "2020-10-20";
  ST[vPoorSept] = [{ op: "2021-09-08", name: `${short(vPoorSept)}村电商服务站`, note: "9月挂牌" }];
  ST[vBuilding] = [{ op: null, name: `${short(vBuilding)}村电商服务站`, note: "在建，未挂牌" }];
  ST[vSept] = [{ op: "2021-09-15", name: `${short(vSept)}村电商服务站`, note: null }];
  const commSt = [comms[0], comms[7]];
  for (const c of commSt) ST[c] = [{ op: randIsoBetween("2020-09-01", "2021-06-30"), name: `${short(c)}社区电商服务点`, note: "社区服务点" }];

  const vRows = [["惠城区村（社区）基本情况及村级电子商务服务站点一览表"],
    ["（村（居）基本情况由区民政局提供；站点情况由区商务局电商股填写，更新至2021年9月20日）"],
    ["序号", "村（居）基本情况", null, null, null, null, "村级电子商务服务站点", null, null, null, "备注"],
    [null, "镇（街道）", "村（居）委会", "类别", "省定贫困村", "快递进村", "站点名称", "挂牌时间", "站长", "联系电话", null]];
  const vMerges = ["A1:K1", "A2:K2", "A3:A4", "B3:F3", "G3:J3", "K3:K4"];
  let sq = 0;
  let fmt = 0;
  const stCell = (s) => {
    if (s.op === null) return "在建";
    if (s.op.length === 7) return "2020年11月";
    return dateCell(s.op, fmt++);
  };
  for (const t of towns) {
    const r0 = vRows.length + 1;
    for (const v of t.vs.concat(t.cs)) {
      const isC = !t.vs.includes(v);
      const sts = ST[v] || [];
      const base = [++sq, vRows.length + 1 === r0 ? t.town : null, isC ? `${v}居委会` : (sq % 3 === 0 ? `${v}民委员会` : `${v}委会`), isC ? "社区" : "行政村",
        isC ? "—" : poorSet.has(v) ? "是" : "否", isC ? "—" : "✓"];
      if (sts.length === 0) {
        vRows.push(base.concat([null, null, null, null, null]));
        continue;
      }
      sts.forEach((s, j) => {
        const row = j === 0 ? base.slice() : [null, null, null, null, null, null];
        vRows.push(row.concat([s.name, stCell(s), personName(), mask(phone()), s.note]));
      });
      if (sts.length === 2) {
        const r = vRows.length - 1;
        for (const col of ["A", "C", "D", "E", "F"]) vMerges.push(`${col}${r}:${col}${r + 1}`);
      }
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push([`合计：行政村${admin.length}个（其中省定贫困村${poorV.length}个），社区${comms.length}个；站点${Object.values(ST).flat().length}个`]);
  vMerges.push(`A${vRows.length}:K${vRows.length}`);
  vRows.push(["注：“快递进村”据区邮政管理局2021年6月资料，✓为已通快递；社区不在考评行政村范围内。"]);
  vMerges.push(`A${vRows.length}:K${vRows.length}`);
  const adminSet = new Set(admin);
  const monthOk = (op) => op !== null && (op.length === 7 ? op <= CUT.slice(0, 7) : op <= CUT);
  const cov = new Set(Object.entries(ST).filter(([v, ss]) => adminSet.has(v) && ss.some((s) => monthOk(s.op))).map(([v]) => v));
  const covPoor = poorV.filter((v) => cov.has(v));
  assert(cov.size === 84 && covPoor.length === 5, "c1 coverage " + cov.size);
  assert(ratioGE(84, 120, 70) && !ratioGE(83, 120, 70) && ratioGE(83, 120, 50), "c1 84/120 = 70.0% → 5; 83/120 → 2");
  assert(!ratioGE(5, 6, 100) && ratioGE(5, 6, 80), "c1 5/6 = 83.3% → 3");

  // ---------------- 脱贫人口 roster
  const CODES = shuffle([].concat(Array(62).fill("E"), Array(8).fill("M"), Array(12).fill("N")));
  const hhVill = poorV.concat(shuffle(admin.filter((v) => !poorSet.has(v))).slice(0, 8));
  const persons = [];
  const pRows = [["惠城区建档立卡脱贫人口劳动力及务工情况表"], ["（区乡村振兴局2021年7月提供。劳动技能：普通劳动力、技能劳动力、弱劳动力或半劳动力为有劳动能力；务工状况：“县外省内务工”“省外务工”为外出务工）"],
    ["序号", "镇（街道）", "村", "户主姓名", "姓名", "与户主关系", "身份证号", "劳动技能", "务工状况", "备注"]];
  const pMerges = ["A1:J1", "A2:J2"];
  let ci = 0;
  let h = 0;
  let xDone = false;
  const LAB = ["普通劳动力", "普通劳动力", "技能劳动力", "弱劳动力或半劳动力"];
  while (ci < CODES.length) {
    const size = Math.min(CODES.length - ci, rint(2, 5));
    const codes = CODES.slice(ci, ci + size).sort((a, b) => (a === "N") - (b === "N"));
    ci += size;
    const v = hhVill[h % hhVill.length];
    h++;
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    const r0 = pRows.length + 1;
    let headY = 0;
    let headMale = true;
    let head = null;
    codes.forEach((c, j) => {
      const male = j === 0 ? rnd() < 0.8 : rnd() < 0.5;
      let birth;
      let rel;
      if (j === 0) {
        rel = "户主";
        birth = c === "N" ? birthBetween(1940, 1952) : birthBetween(1963, 1982);
        headY = Number(birth.slice(0, 4));
      } else if (c === "N") {
        rel = male ? "之父" : "之母";
        birth = birthBetween(Math.max(1928, headY - 34), Math.min(1955, headY - 22));
      } else if (j === 1) {
        rel = "配偶";
        birth = birthBetween(Math.max(1958, headY - 5), Math.min(1996, headY + 6));
      } else if (headY + 21 <= 2001) {
        rel = male ? "之子" : "之女";
        birth = birthBetween(Math.max(headY + 21, 1982), 2001);
      } else {
        rel = male ? "之弟" : "之妹";
        birth = birthBetween(headY + 1, Math.min(headY + 9, 2001));
      }
      if (j === 0) headMale = male;
      const wantX = c === "E" && !xDone ? true : undefined;
      const id = makeId(REGION, birth, rel === "配偶" ? !headMale : male, wantX);
      if (wantX) xDone = true;
      const name = rel === "配偶" ? personName() : personName(sn);
      if (j === 0) head = name;
      const p = { id, name, c, v, eligible: c === "E", migrant: c === "M" };
      persons.push(p);
      const lab = c === "N" ? (rnd() < 0.5 ? "丧失劳动力" : "无劳动力") : LAB[rint(0, 3)];
      const mig = c === "N" ? null : c === "M" ? (rnd() < 0.5 ? "省外务工" : "县外省内务工") : ["未务工", "县内务工", "乡（镇）内务工", "未务工"][rint(0, 3)];
      const note = c === "M" ? ["深圳务工", "东莞务工", "广州务工", "博罗县务工"][rint(0, 3)] : null;
      pRows.push([persons.length, j === 0 ? townOf[v] : null, j === 0 ? v : null, j === 0 ? head : null, name, rel, id, lab, mig, note]);
    });
    for (const col of ["B", "C", "D"]) mergeCol(pMerges, col, r0, pRows.length);
  }
  const eligible = persons.filter((p) => p.eligible);
  const migrants = persons.filter((p) => p.migrant);
  const withLabour = persons.filter((p) => p.c !== "N");
  assert(persons.length === 82 && eligible.length === 62 && migrants.length === 8 && withLabour.length === 70, "c1 roster");
  const xP = eligible.find((p) => p.id.endsWith("X"));
  assert(xP, "c1 an X id");

  // ---------------- 脱贫户专场签到 (separate sessions, not in the 普及培训 table)
  const SP = [{ no: 1, d: "2020-11-26", place: "芦洲镇党群服务中心" }, { no: 2, d: "2021-03-25", place: "横沥镇文化站" },
    { no: 3, d: "2021-06-17", place: "区电子商务公共服务中心" }, { no: 4, d: "2021-09-16", place: "潼湖镇党群服务中心" }];
  const pool = shuffle(eligible.filter((p) => p !== xP));
  const trained = [xP].concat(pool.slice(0, 30));
  const pB = pool[30];
  const att = { 1: [], 2: [], 3: [], 4: [] };
  trained.forEach((p, k) => att[(k % 3) + 1].push({ p, poor: true }));
  trained.slice(0, 10).forEach((p, k) => att[((k + 1) % 3) + 1].push({ p, poor: true }));
  att[2].push({ p: migrants[1], poor: true });
  att[3].push({ p: migrants[4], poor: true });
  const outsider = () => ({ id: makeId(REGION, birthBetween(1968, 2000), rnd() < 0.5), name: personName(), v: admin[rint(0, admin.length - 1)] });
  for (let k = 0; k < 10; k++) att[(k % 3) + 1].push({ p: outsider(), poor: false });
  att[4].push({ p: pB, poor: true });
  trained.slice(12, 17).forEach((p) => att[4].push({ p, poor: true }));
  for (let k = 0; k < 7; k++) att[4].push({ p: outsider(), poor: false });
  const spRows = [["惠城区脱贫户电商技能专场培训签到汇总表"], ["（专场培训为普及培训以外单独举办，人次未计入《普及培训》表）"],
    ["序号", "培训日期", "期次", "培训地点", "姓名", "身份证号", "所在村", "是否脱贫户", "签名"]];
  let P = 0;
  let sqs = 0;
  for (const s of SP) {
    const list = shuffle(att[s.no]);
    list.forEach((a, j) => {
      let idCell = a.p.id;
      if (a.p === xP) idCell = a.p.id.slice(0, 17) + "x";
      const dcell = j === 0 ? (s.no % 2 ? cnDate(s.d) : dotDate(s.d)) : "〃";
      spRows.push([++sqs, dcell, j === 0 ? `第${s.no}期` : "〃", j === 0 ? s.place : "〃", a.p.name, idCell, `${a.p.v}委会`, a.poor ? "是" : "否", "（已签）"]);
      if (s.d <= CUT) P++;
    });
  }
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedIds = new Set();
  for (const s of SP) if (s.d <= CUT) for (const a of att[s.no]) if (eligIds.has(a.p.id)) trainedIds.add(a.p.id);
  assert(P === 53 && trainedIds.size === 31 && !trainedIds.has(pB.id), "c1 专场 53 rows, 31 eligible trained " + P + "/" + trainedIds.size);
  assert(ratioGE(31, 62, 50) && !ratioGE(31, 70, 50) && ratioGE(31, 70, 40) && !ratioGE(31, 62, 70), "c1 50% → 10; over 70 with labour 44% → 8");

  // ---------------- 普及培训 sessions
  const SD = ["2020-09-17", "2020-10-15", "2020-10-29", "2020-11-19", "2020-12-10", "2020-12-24", "2021-01-14", "2021-03-11", "2021-04-09",
    "2021-04-22", "2021-05-13", "2021-05-27", "2021-06-10", "2021-06-24", "2021-07-08", "2021-07-29", "2021-08-19", "2021-08-26",
    "2021-09-09", "2021-09-23"];
  const TOPIC = ["农村电商基础知识普及", "网店开设与运营", "短视频拍摄与剪辑", "直播带货实操", "农产品包装与品牌", "社群团购运营", "电商客服与售后"];
  const PLACE = ["区电子商务公共服务中心", "小金口街道党群服务中心", "马安镇文化站", "横沥镇党群服务中心", "汝湖镇农技站", "沥林镇文化站", "三栋镇党群服务中心"];
  const CLS = SD.map((d, j) => ({ no: j + 1, d, got: rint(250, 300), topic: TOPIC[j % TOPIC.length], place: PLACE[j % PLACE.length] }));
  const TWO = 9;
  assert(CLS[TWO - 1].d === "2021-04-09", "c1 two-day class");
  CLS[TWO - 1].topic = "电商运营提升班（两天）";
  const CANCEL = { d: "2021-07-22", topic: "跨境电商入门", place: "潼湖镇党群服务中心" };
  const pre = CLS.filter((c) => c.d <= CUT);
  assert(pre.length === 18, "c1 18 sessions by the cut-off");
  const S1 = 5015 - P;
  for (let diff = S1 - sum(pre.map((c) => c.got)), j = 0; diff !== 0; j = (j + 7) % 18) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 7);
    if (CLS[j].got + st >= 230 && CLS[j].got + st <= 320) {
      CLS[j].got += st;
      diff -= st;
    }
  }
  CLS[18].got = 286;
  CLS[19].got = 274;
  assert(sum(pre.map((c) => c.got)) === S1 && S1 === 4962, "c1 普及 4,962");
  assert(!ratioGE(S1, 500000, 1) && ratioGE(S1 + P, 500000, 1) && S1 * 1000 >= 500000 * 8, "c1 4,962 alone 0.99% → 8; with 专场 53 = 5,015 → 10");
  const tRows = [["惠城区农村电商普及培训登记表"], ["（按期次登记，参训人次以签到表为准；脱贫户专场另表登记）"],
    ["期次", "培训时间", "培训内容", "培训地点", "培训对象", "参训人次", "承办单位", "备注"]];
  const tMerges = ["A1:H1", "A2:H2"];
  const body = CLS.map((c) => ({ ...c })).concat([{ no: null, ...CANCEL }]).sort((a, b) => cmp(a.d, b.d));
  let no = 0;
  body.forEach((c, j) => {
    if (c.no === null) {
      tRows.push(["—", dotDate(c.d), c.topic, c.place, "农村青年、返乡人员", "—", "惠州市惠城区职业技能培训学校", "因台风“查帕卡”取消，未举办"]);
      return;
    }
    no++;
    const dcell = c.no === TWO ? "2021.4.8-9" : dateCell(c.d, j + 3);
    let pt = c.got;
    if (j % 5 === 1) pt = `${c.got}人次`;
    if (j === 12) pt = fullWidth(String(c.got));
    tRows.push([`第${no}期`, dcell, c.topic, c.place, ["村两委干部、农户", "返乡青年、合作社", "农户、个体户", "电商从业人员"][j % 4], pt,
      j % 2 ? "惠州市惠城区云商电子商务运营有限公司" : "惠州市惠城区职业技能培训学校", c.d > CUT ? "9月" : null]);
  });
  tRows.push(["合计", null, null, null, null, sum(CLS.map((c) => c.got)), null, `其中8月31日前${fmtInt(S1)}人次`]);
  tMerges.push(`A${tRows.length}:E${tRows.length}`);

  // ---------------- 入驻企业
  const FIRMS = [["惠州市惠城区云商电子商务运营有限公司", "电商运营商"], ["惠州市惠城区惠农优选网络科技有限公司", "平台型"], ["惠州市鹅城农品汇电子商务有限公司", "平台型"],
    ["惠州市惠城区马安梅菜电子商务商行", "销售型"], ["惠州市惠城区横沥米粉网店", "销售型"], ["惠州市惠城区汝湖甜玉米电子商务有限公司", "销售型"],
    ["惠州市惠城区芦洲荔枝网络商行", "销售型"], ["惠州市惠城区通达物流有限公司", "物流企业"], ["中国邮政集团有限公司惠州市惠城区分公司电商揽投部", "物流企业"],
    ["惠州市惠城区冷链云仓储有限公司", "物流企业"], ["惠州市惠城区星河直播传媒有限公司", "直播电商"], ["惠州市惠城区启航代运营工作室", "电商运营商"],
    ["惠州市惠城区优品品牌策划有限公司", "品牌设计"], ["惠州市惠城区三栋客家特产电子商务有限公司", "销售型"], ["惠州市惠城区潼湖鱼塘电商商行", "销售型"],
    ["惠州市惠城区数智电商服务有限公司", "电商运营商"], ["惠州市惠城区沥林鲜果供应链有限公司", "物流企业"],
    ["惠州市惠城区惠民团购科技有限公司", "平台型"], ["惠州市惠城区小金口茶叶电子商务有限公司", "销售型"]].map(([n, t]) => ({ n, t, code: creditCode(REGION), iso: randIsoBetween("2020-07-01", "2021-08-10") }));
  FIRMS[10].iso = "2020-11-05";
  const dup = { n: FIRMS[10].n, t: "直播电商", code: FIRMS[10].code, iso: "2021-05-18", note: "二期新增直播间（同一企业）" };
  const leftB = { n: "惠州市惠城区果然鲜电子商务有限公司", t: "销售型", code: creditCode(REGION), iso: "2020-08-12", out: "2021-05-31", note: "经营调整退园" };
  const leftA = { n: "惠州市惠城区乐购网络科技有限公司", t: "平台型", code: creditCode(REGION), iso: "2020-10-09", out: "2021-09-10", note: "9月退园" };
  const entA = { n: "惠州市惠城区新农人电子商务有限公司", t: "销售型", code: creditCode(REGION), iso: "2021-09-06", note: "9月新入驻" };
  const eList = FIRMS.slice(0, 6).concat([leftB], FIRMS.slice(6, 13), [leftA], FIRMS.slice(13), [dup, entA]);
  const eRows = [["惠城区电子商务产业园入驻企业名单"], ["（园区运营方惠州市惠城区云商电子商务运营有限公司提供，2021年9月）"],
    ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退园日期", "备注"]];
  eList.forEach((f, j) => eRows.push([j + 1, f.n, f.code, f.t, dateCell(f.iso, j + 1), f.out ? dotDate(f.out) : null, f.note || null]));
  const inPark = eList.filter((f) => f.iso <= CUT && !(f.out && f.out <= CUT));
  const inCodes = new Set(inPark.map((f) => f.code));
  assert(eList.length === 23 && inPark.length === 21 && inCodes.size === 20, "c1 park rows " + eList.length + "/" + inPark.length + "/" + inCodes.size);
  const inTypes = new Set(inPark.map((f) => f.t));
  assert(["平台型", "销售型", "电商运营商", "物流企业"].every((t) => inTypes.has(t)), "c1 types");

  // ---------------- 资金拨付 (万元 column, one cell in 元, a voided duplicate row, a September row)
  const J = [
    ["2020-09-25", "区电子商务公共服务中心建设（首期）", "惠州市惠城区云商电子商务运营有限公司", 600000],
    ["2020-11-18", "村级电商服务站点建设（第一批）", "中国邮政集团有限公司惠州市惠城区分公司", 486000],
    ["2020-12-28", "农村电商培训服务（第一期）", "惠州市惠城区职业技能培训学校", 215000],
    ["2021-01-22", "镇村物流配送体系建设（首期）", "惠州市惠城区通达物流有限公司", 362500],
    ["2021-03-16", "区电子商务公共服务中心建设（进度款）", "惠州市惠城区云商电子商务运营有限公司", 480000],
    ["2021-03-16", "区电子商务公共服务中心建设（进度款）", "惠州市惠城区云商电子商务运营有限公司", 480000, "VOID"],
    ["2021-04-27", "村级电商服务站点建设（第二批）", "中国邮政集团有限公司惠州市惠城区分公司", 395800],
    ["2021-06-08", "农产品品牌培育及网络推广", "惠州市惠城区优品品牌策划有限公司", 268000, "YUAN"],
    ["2021-07-14", "冷链及农产品溯源系统建设（首期）", "惠州市惠城区冷链云仓储有限公司", 329100],
    ["2021-08-26", "农村电商培训服务（第二期）", "惠州市惠城区职业技能培训学校", 420000],
    ["2021-09-07", "镇村物流配送体系建设（进度款）", "惠州市惠城区通达物流有限公司", 300000],
  ];
  const fRows = [["惠城区省级电子商务进农村综合示范专项资金拨付台账"], [null, null, null, null, "单位：万元", null, null],
    ["序号", "拨付日期", "项目", "收款单位", "拨付金额", "凭证号", "备注"]];
  const fMerges = ["A1:G1"];
  let voidRow = 0;
  const vch = {};
  J.forEach(([iso, what, who, amt, flag], j) => {
    let money = wan4(amt);
    if (j % 3 === 2) money = String(wan4(amt));
    if (flag === "YUAN") money = `${fmtInt(amt)}元`;
    const note = flag === "VOID" ? `与序号${j}重复登记，作废` : flag === "YUAN" ? null : iso > CUT ? "9月拨付" : null;
    if (flag === "VOID") voidRow = fRows.length + 1;
    vch[iso.slice(0, 4)] = (vch[iso.slice(0, 4)] || (iso < "2021" ? 36 : 2)) + rint(3, 9);
    fRows.push([j + 1, j % 4 === 1 ? dotDate(iso) : j % 4 === 3 ? cnDate(iso) : D(iso), what, who, money, `惠城财支〔${iso.slice(0, 4)}〕${vch[iso.slice(0, 4)]}号`, note]);
  });
  const valid = J.filter((x) => x[4] !== "VOID");
  fRows.push(["合计", null, null, null, wan4(sum(valid.map((x) => x[3]))), null, "不含作废行"]);
  fMerges.push(`A${fRows.length}:D${fRows.length}`);
  const spentPre = sum(valid.filter((x) => x[0] <= CUT).map((x) => x[3]));
  assert(spentPre === 3556400 && ratioGE(spentPre, 5000000, 70) && voidRow > 0, "c1 3,556,400 = 71.1%");

  // ---------------- 信息报送: 月报 (by 报告期) and 专栏更新, two tables on one sheet
  const REP = [];
  for (const m of monthsBetween("2020-08", "2021-08")) {
    const next = monthsBetween(m, "2021-12")[1];
    let sent = `${next}-0${rint(2, 8)}`;
    let note = null;
    if (m === "2021-03") {
      sent = "2021-03-31";
      note = "一季度末提前报送";
    }
    const pov = m < "2020-10" ? "×" : "√";
    REP.push({ m, sent, pov, note });
  }
  const rRows = [["惠城区电子商务进农村工作信息报送登记"], ["一、向惠州市商务局报送月度工作情况"],
    ["序号", "报告期", "报送日期", "报送方式", "含电商扶贫统计", "备注"]];
  const rMerges = ["A1:F1", "A2:F2"];
  REP.forEach((r, j) => rRows.push([j + 1, cnMonth(r.m), j % 3 === 0 ? D(r.sent) : j % 3 === 1 ? dotDate(r.sent) : slashDate(r.sent), j % 2 ? "粤政易" : "电子邮件", r.pov, r.note]));
  const sentM = new Set(REP.filter((r) => r.sent <= CUT).map((r) => ym(r.sent)));
  const repPeriods = new Set(REP.map((r) => r.m));
  assert(WINDOW.filter((w) => !sentM.has(w)).join() === "2021-04" && WINDOW.every((w) => repPeriods.has(w)), "c1 report months: April 2021 has no sending");
  rRows.push([null, null, null, null, null, null]);
  rRows.push(["二、区政府网站“电子商务进农村综合示范”专栏更新情况"]);
  rMerges.push(`A${rRows.length}:F${rRows.length}`);
  rRows.push(["序号", "发布日期", "标题", "子栏目", null, null]);
  const DIS = [];
  for (const m of monthsBetween("2020-09", "2021-09")) {
    DIS.push({ d: `${m}-${String(rint(5, 12)).padStart(2, "0")}`, t: `惠城区电子商务进农村综合示范项目建设进度（${cnMonth(monthsBetween("2020-01", m).slice(-2)[0])}）`, c: "建设进度" });
    if (rnd() < 0.4) DIS.push({ d: `${m}-${String(rint(18, 26)).padStart(2, "0")}`, t: ["惠城区举办农村电商直播带货培训", "惠城区第二批村级电商服务站点授牌", "惠城区电商公共服务中心开展农产品展销活动"][rint(0, 2)], c: "工作动态" });
  }
  DIS.unshift({ d: "2020-04-16", t: "惠城区电子商务进农村综合示范创建工作方案", c: "创建方案" }, { d: "2020-06-22", t: "惠城区电子商务进农村综合示范项目基本信息公示", c: "项目信息" });
  DIS.forEach((x, j) => rRows.push([j + 1, j % 4 === 2 ? dotDate(x.d) : D(x.d), x.t, x.c, null, null]));
  const disM = new Set(DIS.filter((x) => x.d <= CUT).map((x) => ym(x.d)));
  assert(WINDOW.every((w) => disM.has(w)), "c1 disclosure monthly");

  // ---------------- 宣传报道 + 经验材料 (second table below)
  const MEDIA = [["2020-12-18", "惠州日报", "市级", "报纸", "惠城首批村级电商服务站挂牌", "否"],
    ["2021-03-05", "惠州广播电视台《惠州新闻》", "市级", "电视", "惠城脱贫户直播卖梅菜，电商帮扶见实效", "是"],
    ["2021-05-21", "“惠城发布”微信公众号", "区级", "网络", "惠城区电商进农村示范创建这一年", "否"],
    ["2021-06-18", "南方+客户端", "省级", "网络", "惠城：电商服务站串起乡村振兴路", "否"],
    ["2021-09-12", "广东广播电视台珠江频道", "省级", "电视", "惠城脱贫户“触网”增收记", "是"]];
  const mRows = [["惠城区电子商务进农村宣传报道及经验材料登记"], ["一、宣传报道"], ["序号", "日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"]];
  const mMerges = ["A1:G1", "A2:G2"];
  MEDIA.forEach((x, j) => mRows.push([j + 1, j % 2 ? cnDate(x[0]) : D(x[0]), x[1], x[2], x[3], `《${x[4]}》`, x[5]]));
  mRows.push([null, null, null, null, null, null, null]);
  mRows.push(["二、经验材料报送"]);
  mMerges.push(`A${mRows.length}:G${mRows.length}`);
  mRows.push(["序号", "报送日期", "材料名称", "报送对象", "报送方式", "备注", null]);
  const MAT = [["2021-07-20", "《惠城区“电商＋客家特产”助农增收经验做法》", "惠州市商务局", "粤政易", null],
    ["2021-09-14", "《惠城区电子商务进农村综合示范创建工作总结》", "惠州市商务局", "粤政易", "考评材料"]];
  MAT.forEach((x, j) => mRows.push([j + 1, dotDate(x[0]), x[1], x[2], x[3], x[4], null]));
  const lv = new Set(MEDIA.filter((x) => x[0] <= CUT).map((x) => x[2]));
  assert([...lv].sort().join() === "区级,市级,省级", "c1 three levels by the cut-off");

  // ---------------- 自评打分表: the official table with one row per 评分细项, split over two printed pages
  const T1 = "加强组织领导与统筹协调（10分）";
  const T2 = "深入推动电子商务进农村工作（55分）";
  const T3 = "加强信息公开及报送（10分）";
  const T4 = "加强宣传推广（10分）";
  const T5 = "加强财政资金管理（15分）";
  const growR = pct1(229500 - 186200, 186200);
  const growA = pct1(19300 - 14600, 14600);
  assert(growR === "23.3%" && growA === "32.2%", "c1 growth " + growR + " " + growA);
  const IND = [
    [T1, "组织领导", 2, "org.leadership", [["主要领导牵头，商务、财政、农业、扶贫等部门参与", "2", "区委副书记、区长任领导小组组长，常务副区长、分管副区长任副组长；成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局、区交通运输局（惠城府办〔2020〕9号）", 2]]],
    [T1, "方案制定", 2, "org.plan", [["工作方案因地制宜，可操作性较强", "1-2", "《惠城区电子商务进农村综合示范创建工作方案》2020年3月正式印发（惠城府办〔2020〕12号）", 2]]],
    [T1, "政策支持", 2, "org.policy", [["出台相关政策，且得到较好落实", "1-2", "已出台《惠城区促进农村电子商务发展扶持办法（试行）》，部分条款落实中", 1]]],
    [T1, "项目管理", 4, "org.management", [["建立项目管理制度，在建设、验收环节严格落实", "1-2", "制定《示范项目建设管理办法》，按办法组织验收", 2],
      ["建立完整工作台账，详细记录项目建设情况", "1-2", "建立工作台账，部分镇街台账记录不完整", 1]]],
    [T2, "服务体系建设（县级中心与产业园）", 15, "work.center", [
      ["建成县级电子商务公共服务中心", "2", "区电子商务公共服务中心2020年12月20日投入运营", 2],
      ["建成后已正常运行6个月以上", "2", "截至2021年8月31日已运行8个多月", 2],
      ["有免费培训场所、培训设备，能组织电商基础培训", "2", "有培训室2间、电脑60台，免费开展基础培训", 2],
      ["为特色农产品提供免费展示、销售服务", "1", "设农特产品展示展销厅，免费展示销售", 1],
      ["为电子商务市场主体提供免费摄影、美工服务", "1", "设摄影棚和美工室，按成本价收取摄影、美工费用", 1],
      ["组织农产品统一推广、指导特色农产品品牌建设", "1", "组织“惠城好物”区域公用品牌统一推广", 1],
      ["为电子商务发展提供其他衍生增值服务", "1", "提供代办营业执照、商标注册、融资对接等服务", 1],
      ["建设或整合、优化当地电商产业园", "2", "整合建成惠城区电子商务产业园", 2],
      ["电商产业园企业入驻数量达20家及以上", "2", "入驻企业23家", 2],
      ["入驻企业含平台型、销售型、电商运营商或物流企业等至少三种以上类型", "1", "有平台型、销售型、电商运营商、物流企业、直播电商等", 1]]],
    [T2, "服务体系建设（村级站点覆盖）", 10, "work.coverage", [
      ["行政村覆盖率70%及以上", "5", "建有站点的行政村85个，覆盖率70.8%", 5],
      ["省定贫困村覆盖率100%", "5", "6个省定贫困村全部建有站点", 5]]],
    [T2, "农村产品上行", 10, "work.upward", [
      ["对当地农产品网络销售进行调研，并形成针对性建议", "1-2", "完成《惠城区农产品网络销售调研报告》并提出建议", 2],
      ["开展农村产品网络促销活动成效明显", "1-2", "开展“惠城好物”年货节、荔枝节网络促销", 2],
      ["当地有专业第三方电子商务运营或服务商", "1", "引进惠州市惠城区云商电子商务运营有限公司作为专业第三方运营服务商", 1],
      ["行政村物流快递覆盖率100%", "1", "行政村快递物流覆盖率100%", 1],
      ["有出台农产品电商交易标准，建立农产品冷链、溯源系统", "1-2", "制定梅菜、甜玉米电商交易标准，冷链溯源系统建设中", 1],
      ["2020年农村网络零售额或农产品网络零售额同比增速≥30%", "2", `2019年农村网络零售额18.62亿元，2020年22.95亿元，同比增长${growR}；2019年农产品网络零售额1.46亿元，2020年1.93亿元，同比增长${growA}`, 2]]],
    [T2, "电商人才培训", 20, "work.training", [
      ["培训人次达常住人口1%及以上", "10", `截至2021年8月31日累计培训${fmtInt(S1 + P)}人次（普及培训${fmtInt(S1)}人次，脱贫户专场${P}人次），常住人口超过50万按50万计，占1.00%`, 10],
      ["建档立卡贫困人口培训率50%及以上", "10", "有劳动能力的建档立卡脱贫人口（不含外出务工）62人，参加培训31人，培训率50.0%", 10]]],
    "PAGE",
    [T3, "信息公开", 4, "info.disclosure", [
      ["在县政府网站设立公开专栏且内容全面", "2", "区政府网设“电子商务进农村综合示范”专栏，公开创建方案、项目基本信息、项目建设进度，设监督举报电话和意见箱", 2],
      ["近一年内专栏内容能按月更新", "2", "每月更新项目建设进度", 2]]],
    [T3, "数据上报", 6, "info.reporting", [
      ["近一年能每月向市商务局报送工作情况", "3", "每月向惠州市商务局报送工作进展", 3],
      ["能统计电商扶贫情况", "3", "能统计电商扶贫情况，月报附电商扶贫统计表", 3]]],
    [T4, "案例总结", 2, "promo.cases", [["向市商务局报送经验材料", "2", "2021年7月报送《惠城区“电商＋客家特产”助农增收经验做法》", 2]]],
    [T4, "经验推广", 8, "promo.media", [["省级及以上媒体进行宣传报道", "4", "南方+客户端报道", 4], ["市级媒体进行宣传报道", "3", "惠州日报、惠州广播电视台报道", 3],
      ["县级媒体进行宣传报道", "1", "“惠城发布”报道", 1]]],
    [T5, "制度建立", 5, "fund.system", [["建立科学有效的资金管理制度且得到有效落实", "1-5", "制定《惠城区电子商务进农村综合示范专项资金管理办法》", 4]]],
    [T5, "资金台账", 5, "fund.ledger", [["项目承建方建立资金专用台账，账目完整", "1-5", "各承建单位均建立资金专用台账", 4]]],
    [T5, "资金支出", 5, "fund.spending", [["资金支出率70%以上，且根据创建进度及时拨付", "1-5", `下达省级专项资金500万元，截至2021年8月31日累计拨付${wan4(spentPre)}万元，支出率${pct1(spentPre, 5000000)}，按进度及时拨付`, 3]]],
  ];
  const HEAD = ["工作任务", "评价指标", "权重（分）", "评分细项", "分值", "完成情况", "细项自评", "指标自评"];
  const g = [["惠城区2019年省级电子商务进农村综合示范创建考评自评打分表"], ["填报单位：惠州市惠城区商务局（盖章）　　　　　　填报日期：2021年9月10日"],
    ["县（区）：惠城区", null, null, "考评截止日期：2021年8月31日", null, "常住人口：158.62万人（第七次全国人口普查）", null, null],
    ["行政村：120个（另有社区居委会18个，不计入）", null, null, "省定贫困村：6个", null, null, null, null], [], HEAD];
  const gMerges = ["A1:H1", "A2:H2", "A3:C3", "D3:E3", "F3:H3", "A4:C4", "D4:E4", "F4:H4"];
  const claimed = {};
  let taskStart = null;
  let curTask = null;
  const closeTask = () => {
    if (taskStart !== null && g.length > taskStart) mergeCol(gMerges, "A", taskStart, g.length);
  };
  for (const ind of IND) {
    if (ind === "PAGE") {
      closeTask();
      taskStart = null;
      curTask = null;
      g.push(["（续表）"]);
      gMerges.push(`A${g.length}:H${g.length}`);
      g.push(HEAD.slice());
      continue;
    }
    const [task, name, w, id, items] = ind;
    if (task !== curTask) {
      closeTask();
      curTask = task;
      taskStart = g.length + 1;
    }
    const r0 = g.length + 1;
    const tot = sum(items.map((x) => x[3]));
    claimed[id] = tot;
    items.forEach((it, j) => g.push([j === 0 && r0 === taskStart ? task : null, j === 0 ? name : null, j === 0 ? w : null, it[0], it[1], it[2], it[3], j === 0 ? tot : null]));
    for (const col of ["B", "C", "H"]) mergeCol(gMerges, col, r0, g.length);
  }
  closeTask();
  let r0 = g.length + 1;
  g.push(["加分项（4分）", "建档立卡贫困人口培训率70%及以上", 2, "—", "2", "培训率50.0%，未达到", 0, 0]);
  g.push([null, "电商扶贫典型案例获国家级电视媒体播报（2分），省级（1分）", 2, "—", "2/1", "惠州广播电视台（市级）播出，未获国家级、省级电视播报", 0, 0]);
  mergeCol(gMerges, "A", r0, g.length);
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 0;
  r0 = g.length + 1;
  g.push(["一票否决项", "发生安全生产、质量事故，或者造成重大经济损失和社会不良影响", "—", "—", "—", "未发生", "否", "否"]);
  g.push([null, "项目建设进度严重滞后，总体进度不足40%", "—", "—", "—", "项目总体进度78%", "否", "否"]);
  g.push([null, "弄虚作假", "—", "—", "—", "无", "否", "否"]);
  mergeCol(gMerges, "A", r0, g.length);
  const claimedTotal = sum(SCORED.map((s) => claimed[s[0]]));
  g.push(["合计", null, 100, null, null, null, null, claimedTotal]);
  gMerges.push(`A${g.length}:B${g.length}`);
  g.push(["填表人：李××　　审核：区商务局副局长 陈××　　联系电话：0752-28xxxxx"]);
  gMerges.push(`A${g.length}:H${g.length}`);
  assert(claimedTotal === 93, "c1 claimed 93 " + claimedTotal);

  // ---------------- 选项 (hidden list source for the drop-downs)
  const opt = [["是否", "自评分（1-2）", "自评分（1-5）", "级别", "形式"], ["是", 1, 1, "国家级", "电视"], ["否", 2, 2, "省级", "报纸"], [null, null, 3, "市级", "网络"], [null, null, 4, "区级", null], [null, null, 5, null, null]];

  // ---------------- points
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 1,
    "work.center": 2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + 2 + 1, "work.coverage": 5 + 3, "work.upward": 2 + 2 + 1 + 1 + 1 + 2,
    "work.training": 10 + 10, "info.disclosure": 2 + 2, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 3, "bonus.poorTraining": 0, "bonus.tvCase": 0,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 88 && bonus === 0, "c1 total " + scored);
  assert("2020-12-20" <= "2021-02-28", "c1 center six months");
  const derivation = [
    "org.leadership: 自评打分表组织领导行：区委副书记、区长任组长（主要领导），成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局 → 2",
    "org.plan: 方案制定细项自评2（2020年3月正式印发） → 2",
    "org.policy: 政策支持细项自评1（扶持办法已出台） → 1",
    "org.management: 项目管理两个细项：制度2、台账1 → 3",
    `work.center: 中心2020年12月20日投入运营 ≤ 截止日 → 2；≤ 2021-02-28，运行满6个月 → 2；免费培训2、免费展示销售1；摄影美工“按成本价收取”不是免费 → 0（表里自评1）；品牌推广1、其他增值服务1；产业园已整合建成 → 2；入驻企业名单23行：“${leftB.n}”2021.5.31退园不算，“${entA.n}”2021年9月6日入驻不算，“${leftA.n}”9月10日才退园、8月31日仍在园算；“${dup.n}”二期新增场地又登记一行、信用代码相同只算一家 → 在园20家 → 2；类型有平台型、销售型、电商运营商、物流企业等 → 1；合计14（自评15）`,
    `work.coverage: 《村居及站点》一张表：左边是村（居）基本情况，右边同一行是该村的站点；行政村120个（社区18个不算，两个社区服务点也不算），120 < 200 以120为基数；有截止日前挂牌站点的行政村84个（“${vLastDay}”2021年8月31日挂牌当天算；“${vMonth}”只写“2020年11月”算；“${vTwo}”上下两行两个站、村名等列纵向合并只算一村；“${vBuilding}”在建、“${vSept}”2021年9月15日挂牌都不算） → 84/120 = 70.0% → 5（漏掉8月31日那站就是83/120 = 69.2% → 2）；省定贫困村6个，“${vPoorSept}”的站2021年9月8日才挂牌 → 5/6 = 83.3% → 3（自评写全部建站）；合计8（自评10）`,
    `work.upward: 网销调研2、网络促销2；第三方运营服务商 → 1；村居表“快递进村”列行政村全为✓ → 1；交易标准与冷链溯源1；农产品网络零售额1.46亿→1.93亿元增长${growA} ≥ 30% → 2（农村网零只增长${growR}）；合计9`,
    `work.training: 常住人口158.62万人，封顶50万；《普及培训》截止日前18期共${fmtInt(S1)}人次（第9期“2021.4.8-9”按4月9日；有“××人次”文本和全角数字；7月22日那期因台风取消、人次“—”不算；9月两期、合计行不算），《脱贫户专场签到》表头说明是普及培训以外单独举办、未计入，截止日前三期签到${P}行要加上 → ${fmtInt(S1 + P)}/500,000 = 1.003% ≥ 1% → 10（只算普及培训是0.99% → 8）；脱贫人口表82人，有劳动能力（普通、技能、弱劳动力）70人，其中县外省内、省外务工8人，应培训62人；专场签到里截止日前参训的应培训人员按身份证号去重31人（“〃”沿用上一行日期；一人身份证号末位小写x；2名外出务工人员和“否”的非脱贫户不算；“${pB.name}”只参加9月16日第4期不算） → 31/62 = 50.0% → 10（分母不剔除外出务工就是31/70 = 44.3% → 8）；合计20`,
    "info.disclosure: 专栏公开创建方案、项目基本信息、建设进度，设监督举报电话 → 2；《信息报送》第二张表专栏更新2020年9月至2021年8月每月都有 → 2；合计4",
    "info.reporting: 《信息报送》第一张表按“报送日期”算：3月份月报2021年3月31日提前报送、4月份月报5月才报，2021年4月这个月没有报送 → 不是每月 → 1（按“报告期”看12个月都有，会误判为3分）；能统计电商扶贫情况、月报自2020年10月起附扶贫统计 → 3；合计4（自评6）",
    "promo.cases: 经验材料2021年7月20日报惠州市商务局 → 2",
    "promo.media: 截止日前有南方+（省级） → 4、惠州日报和惠州广播电视台（市级） → 3、“惠城发布”（区级） → 1 → 8",
    "fund.system: 资金管理办法自评4 → 4",
    "fund.ledger: 资金台账自评4 → 4",
    `fund.spending: 《资金拨付》单位万元：截止日前9笔共${fmtMoney(spentPre)}元（一格写“268,000元”按元读；序号6与序号5重复登记、备注作废不算；9月7日30万元不算；合计行不算） ÷ 5,000,000 = ${pct1(spentPre, 5000000)} ≥ 70% → 及时拨付自评3 → 3`,
    "bonus.poorTraining: 31/62 = 50% < 70% → 0",
    "bonus.tvCase: 截止日前只有惠州广播电视台（市级）播出典型案例；广东广播电视台（省级）那条是2021年9月12日，在截止日后 → 0",
    "veto.incident: 一票否决行“未发生” → 不否决",
    "veto.progress: 项目总体进度78% ≥ 40% → 不否决",
    "veto.fraud: “无” → 不否决",
  ];
  return {
    description:
      `惠州惠城区商务局整本考评工作簿（10个表，其中“选项”隐藏），88分、无加分、未否决（自评93）：《自评打分表》是官方指标体系按“评分细项”一项一行（工作任务｜评价指标｜权重｜评分细项｜分值｜完成情况｜细项自评｜指标自评，工作任务、评价指标、权重和指标自评纵向合并），表头上方两行“标签：值”单格（县、截止日、七普常住人口、行政村、贫困村），打印分两页、第二页前有“（续表）”行和重复表头；《村居及站点》是村（居）名单和站点合在一张表（左边村（居）基本情况，右边同一行填该村站点，一村两站时村名等列纵向合并两行，8月31日挂牌当天、只写月份、在建、9月挂牌的贫困村），84/120正好70%；普及培训按期次记人次（有台风取消、两天班、全角），另有单独举办的脱贫户专场签到（“〃”沿用、人次要加上才到1%）；脱贫人口劳动技能／务工状况；入驻企业（一家二期场地重复、退园、9月入驻和9月退园）；资金拨付单位万元（一格“268,000元”、一行重复作废）；信息报送上下两表（月报按报告期登记，3月份月报3月31日提前报、4月份5月才报，按报送日期4月无报送）；宣传报道下接经验材料表。`,
    sheets: [
      { name: "自评打分表", rows: g, merges: gMerges },
      { name: "村居及站点", rows: vRows, merges: vMerges },
      { name: "普及培训", rows: tRows, merges: tMerges },
      { name: "脱贫户专场签到", rows: spRows, merges: ["A1:I1", "A2:I2"] },
      { name: "脱贫人口", rows: pRows, merges: pMerges },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1", "A2:G2"] },
      { name: "资金拨付", rows: fRows, merges: fMerges },
      { name: "信息报送", rows: rRows, merges: rMerges },
      { name: "宣传报道", rows: mRows, merges: mMerges },
      { name: "选项", rows: opt, hidden: true },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 河源源城区: the submission history as a wide table (fields as columns, one row per submission;
//      later rows fill only the changed fields)
// =====================================================================================================
function buildF1() {
  // [group, header, first submission, change 1, change 2]; null = unchanged in that submission
  const F = [
    ["基本情况", "县（区）", "源城区", null, null],
    ["基本情况", "考评截止日期", "2021-08-31", null, null],
    ["基本情况", "常住人口（万人）", 46.27, "58.36", null],
    ["基本情况", "行政村（个）", 33, null, null],
    ["基本情况", "省定贫困村（个）", 3, null, null],
    ["组织领导", "领导小组组长", "常务副区长", "区长", null],
    ["组织领导", "成员单位", "区商务局、区财政局、区农业农村局、区交通运输局", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局", null],
    ["组织领导", "工作方案已印发", "是", null, null],
    ["组织领导", "扶持政策已出台", "是", null, null],
    ["公共服务中心及产业园", "中心投入运营日期", "2020.12.16", null, null],
    ["公共服务中心及产业园", "免费培训场所设备", "是", null, null],
    ["公共服务中心及产业园", "免费展示销售", "是", null, null],
    ["公共服务中心及产业园", "免费摄影美工", "是", "否", null],
    ["公共服务中心及产业园", "统一推广与品牌建设", "是", null, null],
    ["公共服务中心及产业园", "其他衍生增值服务", "是", null, null],
    ["公共服务中心及产业园", "电商产业园", "是", null, null],
    ["农村产品上行", "专业第三方运营服务商", "是", null, null],
    ["农村产品上行", "行政村快递覆盖率（%）", 100, null, null],
    ["农村产品上行", "2019年农村网络零售额（亿元）", 36.52, null, null],
    ["农村产品上行", "2020年农村网络零售额（亿元）", 47.41, null, null],
    ["农村产品上行", "农村网络零售额增速（%）", 29.8, null, null],
    ["农村产品上行", "2019年农产品网络零售额（亿元）", 2.18, null, "（撤回）"],
    ["农村产品上行", "2020年农产品网络零售额（亿元）", 2.95, null, "（撤回）"],
    ["农村产品上行", "农产品网络零售额增速（%）", 35.3, null, "（撤回）"],
    ["电商人才培训", "培训人次", "4,862", null, null],
    ["电商人才培训", "有劳动能力的建档立卡贫困人口（不含外出务工）（人）", 214, null, null],
    ["电商人才培训", "参加培训的建档立卡贫困人口（人）", 126, null, 119],
    ["信息公开与报送", "专栏公示创建方案", "是", null, null],
    ["信息公开与报送", "专栏公示项目基本信息", "是", null, null],
    ["信息公开与报送", "专栏公示项目建设进度", "是", null, null],
    ["信息公开与报送", "征求意见或监督举报窗口", "否", null, null],
    ["信息公开与报送", "能统计电商扶贫情况", "是", null, null],
    ["资金管理", "下达省级资金（万元）", 500, null, null],
    ["资金管理", "累计拨付（万元）", 381.6, null, "368.45"],
    ["资金管理", "项目总体进度（%）", 82, null, null],
    ["资金管理", "资金管理制度已制定", "是", null, null],
    ["资金管理", "资金专用台账已建立", "是", null, null],
    ["一票否决", "安全生产、质量事故或重大损失", "否", null, null],
    ["一票否决", "弄虚作假", "否", null, null],
    ["主观评分项自评（分）", "方案制定", 2, null, null],
    ["主观评分项自评（分）", "政策支持", 2, null, null],
    ["主观评分项自评（分）", "项目管理制度", 2, null, null],
    ["主观评分项自评（分）", "工作台账", 1, null, null],
    ["主观评分项自评（分）", "网销调研", 2, null, null],
    ["主观评分项自评（分）", "网络促销活动", 2, 1, null],
    ["主观评分项自评（分）", "交易标准与冷链溯源", 1, null, null],
    ["主观评分项自评（分）", "资金管理制度", 4, null, null],
    ["主观评分项自评（分）", "资金台账", 4, null, null],
    ["主观评分项自评（分）", "资金及时拨付", 4, null, 3],
  ];
  const LEAD = ["序号", "报送批次", "报送时间", "报送人"];
  const SUBS = [["初报", "2021-08-27 17:42", "黄××", null],
    ["第一次修改", "2021-09-02 10:15", "黄××", "常住人口改用第七次全国人口普查数（原填2019年末户籍人口）；领导小组2021年4月调整，区长任组长，增加区乡村振兴局；摄影美工按件收费，改为“否”；网络促销自评按科务会意见改为1分"],
    ["第二次修改", "2021-09-06 16:30", "刘××（科长审核）", "农产品网络零售额三项市统计局未发布，撤回；参训贫困人口按身份证号去重为119人；累计拨付改按8月31日口径（原数含9月1日拨付的13.15万元），资金及时拨付自评相应改为3分"]];
  const nF = F.length;
  const W = LEAD.length + nF + 1;
  const rows = [["源城区电子商务进农村综合示范创建考评基础数据报送记录"], ["河源市源城区商务局电商股（内部留存）　　　　数据截至2021年8月31日"],
    ["说明：每次修改只填写修改的栏目，空白栏目沿用上一次报送的数据；“（撤回）”表示该项不再报送。以最后一次报送后的数据为准。"]];
  const merges = [`A1:${colName(W - 1)}1`, `A2:${colName(W - 1)}2`, `A3:${colName(W - 1)}3`];
  const g = padRow(LEAD.slice(), W);
  const h = padRow(LEAD.map(() => null), W);
  let k = 0;
  while (k < nF) {
    let e = k;
    while (e + 1 < nF && F[e + 1][0] === F[k][0]) e++;
    g[LEAD.length + k] = F[k][0];
    if (e > k) merges.push(`${colName(LEAD.length + k)}4:${colName(LEAD.length + e)}4`);
    for (let j = k; j <= e; j++) h[LEAD.length + j] = F[j][1];
    k = e + 1;
  }
  g[W - 1] = "修改说明";
  rows.push(g, h);
  for (let c = 0; c < LEAD.length; c++) merges.push(`${colName(c)}4:${colName(c)}5`);
  merges.push(`${colName(W - 1)}4:${colName(W - 1)}5`);
  SUBS.forEach(([batch, when, who, why], s) => {
    const r = [s + 1, batch, when, who];
    for (const f of F) r.push(f[2 + s] === undefined ? null : f[2 + s]);
    r.push(why);
    rows.push(r);
  });
  rows.push(padRow([], W));
  rows.push(["审核：源城区商务局副局长 钟××　　　　联系电话：0762-33xxxxx"]);
  merges.push(`A${rows.length}:${colName(W - 1)}${rows.length}`);
  // the final value of each field: last non-blank
  const fin = {};
  for (const f of F) {
    let v = f[2];
    if (f[3] !== null) v = f[3];
    if (f[4] !== null) v = f[4];
    fin[f[1]] = v;
  }
  assert(fin["常住人口（万人）"] === "58.36" && fin["免费摄影美工"] === "否" && fin["累计拨付（万元）"] === "368.45" && fin["2019年农产品网络零售额（亿元）"] === "（撤回）", "f1 final values");
  assert(pct1(4741 - 3652, 3652) === "29.8%", "f1 growth as stated");
  return {
    description:
      "河源源城区商务局电商股内部留存的《考评基础数据报送记录》：字段横排成一行（49个字段在E—BA列，两行表头：第4行分组“基本情况／组织领导／公共服务中心及产业园…主观评分项自评（分）”横向合并，第5行字段名，单位写在字段名括号里），每次报送一行——“初报”8月27日填满，“第一次修改”“第二次修改”两行只填改动的格（表头说明：空白沿用上一次，“（撤回）”表示不再报送，以最后一次为准），末列“修改说明”写原因。要按列取最后一个非空值：常住人口46.27→“58.36”（七普），组长常务副区长→区长、成员单位补上区乡村振兴局，摄影美工是→否，网络促销2→1，参训贫困人口126→119，累计拨付381.6→“368.45”万元，及时拨付4→3；农产品网零三项被“（撤回）”，不再是事实；“报送时间”是报送的日期时间，不是事实。",
    sheets: [{ name: "报送记录", rows, merges }],
    expect: {
      facts: {
        county: "源城区", asOf: "2021-08-31", residentPopulation: 583600, adminVillagesStated: 33, poorVillagesStated: 3,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-16", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 3652000000, ruralRetail2020: 4741000000, ruralRetailGrowthStated: 0.298,
        trainingPersonTimesStated: 4862, eligiblePoorPersonsStated: 214, trainedPoorPersonsStated: 119,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3684500, overallProgress: 0.82, fundSystemIssued: true, fundLedgerKept: true,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 佛山南海区: data-confirmation letters to the source departments, stacked, plus the bureau's own block
// =====================================================================================================
function buildF2() {
  const W = 7;
  const rows = [["南海区电子商务进农村综合示范创建考评基础数据确认表"],
    ["（区经济促进局按数据来源向各单位发函确认，回函逐份录入。数据口径截至2021年8月31日；“确认意见”填“无误”或更正后的数值，有更正的以更正值为准。）"]];
  const merges = ["A1:G1", "A2:G2"];
  const LETTERS = [
    ["佛山市南海区统计局", "陈××", [["常住人口", "366.72", "万人", "无误", "2021.9.3"], ["2019年农村网络零售额", "412.63", "亿元", "无误", "2021.9.3"],
      ["2020年农村网络零售额", "508.37", "亿元", "无误", "2021.9.3"], ["2019年农产品网络零售额", "38.26", "亿元", "无误", "2021.9.3"],
      ["2020年农产品网络零售额", "49.12", "亿元", "更正为50.18（含跨境电商农产品出口，口径与2019年一致）", "2021.9.3"],
      ["2020年农产品网络零售额同比增速", "28.4", "%", "更正为31.2", "2021.9.3"]]],
    ["佛山市南海区民政局", "梁××", [["行政村（村民委员会）数", "61", "个", "更正为59（里水镇两个村2021年6月完成村改居）", D("2021-09-06")],
      ["社区居民委员会数", "228", "个", "更正为230", D("2021-09-06")]]],
    ["佛山市南海区农业农村局（区乡村振兴局）", "何××", [["省定贫困村数", "0", "个", "无误（珠三角地区无省定贫困村）", "9月4日"],
      ["有劳动能力的相对贫困人口（不含外出务工）", "128", "人", "无误", "9月4日"], ["参加电商培训的相对贫困人口", "71", "人", "更正为68（按身份证号去重）", "9月4日"]]],
    ["佛山市南海区邮政管理局", "冯××", [["行政村快递服务覆盖率", "100", "%", "无误", "2021年9月3日"]]],
    ["佛山市南海区财政局", "黎××", [["下达省级专项资金", "500", "万元", "无误", "2021/9/7"],
      ["截至2021年8月31日累计拨付省级专项资金", "386.52", "万元", "更正为372.16（386.52万元含9月3日拨付的14.36万元）", "2021/9/7"],
      ["省级专项资金管理制度", "已制定", "—", "无误", "2021/9/7"]]],
  ];
  LETTERS.forEach(([to, who, items], b) => {
    rows.push([`（${CN_NUM[b + 1]}）致：${to}`]);
    merges.push(`A${rows.length}:G${rows.length}`);
    rows.push(["请确认以下由贵单位提供的数据："]);
    merges.push(`A${rows.length}:G${rows.length}`);
    rows.push(["序号", "数据项", "拟报数值", "单位", "确认意见", "确认人", "确认日期"]);
    items.forEach(([label, val, unit, ok, when], j) => rows.push([j + 1, label, val, unit, ok, who, when]));
    rows.push([null, null, null, null, `（盖章）${to}`, null, null]);
    merges.push(`E${rows.length}:G${rows.length}`);
    rows.push(padRow([], W));
  });
  rows.push([`（${CN_NUM[LETTERS.length + 1]}）附：区经济促进局（商务）自填数据（不需函证）`]);
  merges.push(`A${rows.length}:G${rows.length}`);
  rows.push(["序号", "数据项", "填报内容", null, "说明", null, null]);
  merges.push(`C${rows.length}:D${rows.length}`, `E${rows.length}:G${rows.length}`);
  const OWN = [["考评截止日期", "2021年8月31日", null], ["领导小组组长", "区委副书记、区长", "南府办函〔2020〕18号"],
    ["领导小组成员单位", "区经济促进局（商务）、区财政局、区农业农村局（区乡村振兴局）、区交通运输局、区市场监督管理局", "区农业农村局加挂区乡村振兴局牌子"],
    ["示范创建工作方案", "已印发", "南府办函〔2020〕31号"], ["农村电商扶持政策", "已出台", "《南海区促进农村电子商务发展扶持办法》"],
    ["公共服务中心投入运营日期", "2021年1月8日", null], ["中心免费培训场所及设备", "有", null], ["中心免费展示、销售农产品", "有", null],
    ["中心免费摄影、美工服务", "有", null], ["中心农产品统一推广、品牌建设指导", "有", null], ["中心其他衍生增值服务", "无", "计划2021年9月起开展"],
    ["电商产业园", "已整合建成", null], ["专业第三方运营服务商", "有", null], ["电商培训人次", "5,236", "人次，截至2021年8月31日"],
    ["专栏公示创建方案", "是", null], ["专栏公示项目基本信息", "是", null], ["专栏公示项目建设进度", "是", null], ["专栏设立征求意见或监督举报窗口", "是", "监督举报电话"],
    ["能统计电商扶贫情况", "是", null], ["承建单位资金专用台账", "已建立", null], ["项目总体进度", "84%", null],
    ["发生安全生产、质量事故或重大损失", "未发生", null], ["弄虚作假", "无", null]];
  OWN.forEach(([label, val, note], j) => {
    rows.push([j + 1, label, val, null, note, null, null]);
    merges.push(`C${rows.length}:D${rows.length}`, `E${rows.length}:G${rows.length}`);
  });
  rows.push(padRow([], W));
  rows.push([`（${CN_NUM[LETTERS.length + 2]}）主观评分项自评（局务会审定）`]);
  merges.push(`A${rows.length}:G${rows.length}`);
  rows.push(["序号", "评分项", "分值范围", "自评分", "说明", null, null]);
  merges.push(`E${rows.length}:G${rows.length}`);
  const JUD = [["方案制定", "1-2", 2], ["政策支持", "1-2", 1], ["项目管理制度", "1-2", 2], ["工作台账", "1-2", 2], ["网销调研", "1-2", 2], ["网络促销活动", "1-2", 2],
    ["交易标准与冷链溯源", "1-2", 1], ["资金管理制度", "1-5", 4], ["资金台账", "1-5", 4], ["资金及时拨付", "1-5", 4]];
  JUD.forEach(([n, r, v], j) => {
    rows.push([j + 1, n, r, `${v}分`, null, null, null]);
    merges.push(`E${rows.length}:G${rows.length}`);
  });
  rows.push(["经办：区经济促进局电商股 潘××　　审核：副局长 邓××　　2021年9月8日"]);
  merges.push(`A${rows.length}:G${rows.length}`);
  assert(pct1(5018 - 3826, 3826) === "31.2%", "f2 corrected agri growth");
  return {
    description:
      "佛山南海区经济促进局（商务）的《考评基础数据确认表》：按数据来源向统计局、民政局、农业农村局（乡村振兴局）、邮政管理局、财政局五家发的确认函逐份录入同一张表，每份一块（“（一）致：××局”、一句请确认、表头 序号｜数据项｜拟报数值｜单位｜确认意见｜确认人｜确认日期、盖章行、空行），数值和单位分列、数值是文本；“确认意见”写“无误”或“更正为…”（更正的以更正值为准：2020年农产品网零49.12→50.18亿元、增速28.4→31.2%，行政村61→59，参训相对贫困人口71→68，累计拨付386.52→372.16万元），确认日期是回函日期不是事实；后面是局里自填数据块（组长区委副书记、区长；成员单位“区农业农村局（区乡村振兴局）”一个单位同时算农业农村和扶贫；其他增值服务“无”）和局务会审定的主观评分（写成“2分”）。社区居委会数不是输入。",
    sheets: [{ name: "数据确认", rows, merges }],
    expect: {
      facts: {
        county: "南海区", asOf: "2021-08-31", residentPopulation: 3667200, adminVillagesStated: 59, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2021-01-08", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 41263000000, ruralRetail2020: 50837000000, agriRetail2019: 3826000000, agriRetail2020: 5018000000,
        agriRetailGrowthStated: 0.312, trainingPersonTimesStated: 5236, eligiblePoorPersonsStated: 128, trainedPoorPersonsStated: 68,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3721600, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.84,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 江门江海区: the key-milestone table (计划 / 实际完成时间 / 状态) plus a data table
// =====================================================================================================
function buildF3() {
  const rows = [["江海区电子商务进农村综合示范创建重点任务节点完成情况表"],
    ["填报单位：江门市江海区经济促进局（商务）　　　统计截至：2021年8月31日　　　填报日期：2021年9月14日"],
    ["一、重点任务节点"], ["序号", "节点任务", "责任单位", "计划完成时间", "实际完成时间", "完成状态", "备注"]];
  const merges = ["A1:G1", "A2:G2", "A3:G3"];
  const MS = [
    ["成立示范创建工作领导小组", "区政府办", "2020年3月", "2020.3.18", "已完成", "区委副书记、区长任组长；成员单位：区经济促进局、区财政局、区农业农村和水利局、区乡村振兴局、区交通运输局、区市场监督管理局"],
    ["印发示范创建工作方案", "区经济促进局", "2020年4月", "2020.4.27", "已完成", "江海府办〔2020〕15号"],
    ["出台农村电商发展扶持政策", "区经济促进局、区财政局", "2020年9月", "—", "推进中", "已征求意见，待区政府常务会议审议"],
    ["县级电子商务公共服务中心建成并投入运营", "区经济促进局", "2020年12月", "2021.1.16", "已完成（滞后）", "装修验收推迟"],
    ["中心培训室及设备投入使用，免费开展电商基础培训", "区电商中心", "2021年1月", "2021.1.16", "已完成", null],
    ["中心农特产品展示厅免费开放、代销", "区电商中心", "2021年1月", "2021.1.16", "已完成", null],
    ["中心摄影美工工作室免费对电商主体开放", "区电商中心", "2021年3月", "2021.9.6", "已完成（滞后）", "设备8月底才到位"],
    ["组织“江海好物”农产品统一推广、品牌建设指导", "区电商中心", "2021年5月", "2021.5.20", "已完成", null],
    ["开展代办执照、融资对接等其他衍生增值服务", "区电商中心", "2021年6月", "—", "推进中", null],
    ["整合建成电商产业园", "区经济促进局", "2021年3月", "2021.4.30", "已完成", "整合高新区电商孵化基地"],
    ["引进专业第三方电子商务运营服务商", "区经济促进局", "2020年10月", "2020.11.5", "已完成", null],
    ["行政村物流快递全覆盖", "区交通运输局、区邮政", "2021年6月", "2021.6.28", "已完成", null],
    ["区政府网开设专栏并公示创建方案", "区经济促进局", "2020年5月", "2020.5.8", "已完成", null],
    ["专栏公示项目基本信息", "区经济促进局", "2020年10月", "2020.10.12", "已完成", null],
    ["专栏按月公示项目建设进度", "区经济促进局", "每月", "每月10日前", "已完成", null],
    ["专栏设立监督举报窗口", "区经济促进局", "2020年10月", "2020.10.12", "已完成", "监督举报电话及邮箱"],
    ["建立电商扶贫统计制度（月报附扶贫统计）", "区经济促进局、区乡村振兴局", "2020年9月", "2020.9.30", "已完成", null],
    ["制定专项资金管理办法", "区财政局", "2020年6月", "2020.6.15", "已完成", null],
    ["承建单位建立资金专用台账", "各承建单位", "2020年10月", "2020.10.30", "已完成", null],
  ];
  MS.forEach((m, j) => rows.push([j + 1].concat(m)));
  rows.push(["注：“完成状态”为填报日（2021年9月14日）情况；“实际完成时间”晚于2021年8月31日的，按统计截止日未完成计。"]);
  merges.push(`A${rows.length}:G${rows.length}`);
  rows.push([]);
  rows.push(["二、主要数据（截至2021年8月31日）"]);
  merges.push(`A${rows.length}:G${rows.length}`);
  rows.push(["序号", "指标", "单位", "数值", "说明", null, null]);
  merges.push(`E${rows.length}:G${rows.length}`);
  const DATA = [["常住人口", "万人", 37.45, "第七次全国人口普查"], ["行政村", "个", 18, "另有社区居委会24个，不计"], ["省定贫困村", "个", 0, "本区无省定贫困村"],
    ["2019年农村网络零售额", "万元", "86,420", null], ["2020年农村网络零售额", "万元", "118,635", `同比增长${pct1(118635 - 86420, 86420)}`],
    ["电商培训人次", "人次", "3,926", null], ["有劳动能力的相对贫困人口（不含外出务工）", "人", 96, null], ["参加电商培训的相对贫困人口", "人", 52, null],
    ["下达省级专项资金", "万元", 500, null], ["累计拨付省级专项资金", "万元", 361.28, null], ["项目总体进度", "%", 80, null]];
  DATA.forEach(([n, u, v, note], j) => {
    rows.push([j + 1, n, u, v, note, null, null]);
    merges.push(`E${rows.length}:G${rows.length}`);
  });
  rows.push([]);
  rows.push(["三、主观评分项自评"]);
  merges.push(`A${rows.length}:G${rows.length}`);
  rows.push(["序号", "评分项", "分值", "自评分", "说明", null, null]);
  merges.push(`E${rows.length}:G${rows.length}`);
  const JUD = [["方案制定", "1-2", 2, null], ["政策支持", "1-2", "—", "扶持政策未出台，不自评"], ["项目管理制度", "1-2", 2, null], ["工作台账", "1-2", 1, null],
    ["网销调研", "1-2", 2, null], ["网络促销活动", "1-2", 1, null], ["交易标准与冷链溯源", "1-2", 1, null], ["资金管理制度", "1-5", 4, null], ["资金台账", "1-5", 4, null],
    ["资金及时拨付", "1-5", 4, null]];
  JUD.forEach(([n, r, v, note], j) => {
    rows.push([j + 1, n, r, v, note, null, null]);
    merges.push(`E${rows.length}:G${rows.length}`);
  });
  rows.push([]);
  rows.push(["四、一票否决事项"]);
  merges.push(`A${rows.length}:G${rows.length}`);
  rows.push([1, "发生安全生产、质量事故或重大损失", "否", null, null, null, null]);
  rows.push([2, "弄虚作假", "否", null, null, null, null]);
  rows.push(["填表人：吴××　　审核：区经济促进局副局长 梁××"]);
  merges.push(`A${rows.length}:G${rows.length}`);
  assert(pct1(118635 - 86420, 86420) === "37.3%", "f3 growth");
  return {
    description:
      "江门江海区经济促进局（商务）的《重点任务节点完成情况表》：上面是19个节点（序号｜节点任务｜责任单位｜计划完成时间｜实际完成时间｜完成状态｜备注），是否类事实要看节点是否在2021年8月31日前实际完成——表下注写明“完成状态”是9月14日填报日的情况、实际完成时间晚于截止日的按未完成计：摄影美工工作室“2021.9.6 已完成（滞后）”→ 截止日未完成（false），扶持政策和其他增值服务“—／推进中”→ false，中心投入运营读实际完成时间2021.1.16（不是计划“2020年12月”），领导小组组长和成员单位写在备注里（区委副书记、区长；区农业农村和水利局、区乡村振兴局）；下面“二、主要数据”（零售额单位万元、增速在说明里）、“三、主观评分项自评”（政策支持“—”不自评）、“四、一票否决事项”。",
    sheets: [{ name: "节点完成情况", rows, merges }],
    expect: {
      facts: {
        county: "江海区", asOf: "2021-08-31", residentPopulation: 374500, adminVillagesStated: 18, poorVillagesStated: 0,
        planIssued: true, policyIssued: false, centerOpened: "2021-01-16", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 864200000, ruralRetail2020: 1186350000, ruralRetailGrowthStated: 0.373,
        trainingPersonTimesStated: 3926, eligiblePoorPersonsStated: 96, trainedPoorPersonsStated: 52,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3612800, overallProgress: 0.8, fundSystemIssued: true, fundLedgerKept: true,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// l1 — 汕头金平区: veterans' training roster with a 期次 legend, a payment register with digit boxes, a weekly work log
// =====================================================================================================
function buildL1() {
  const REGION = "440511";
  // ---------------- 退役军人电商创业培训花名册
  const PER = [["第一期", "2020-11-16", "2020-11-20"], ["第二期", "2021-04-12", "2021-04-16"], ["第三期", "2021-09-06", "2021-09-10"]];
  const legend = `期次：第一期 ${cnDate(PER[0][1])}—${ymd(PER[0][2])[2]}日（区电商公共服务中心）；第二期 ${dotDate(PER[1][1])}-${ymd(PER[1][2])[2]}（鮀江街道退役军人服务站）；第三期 ${cnDate(PER[2][1])}—${ymd(PER[2][2])[2]}日（区电商公共服务中心）`;
  const tRows = [["金平区退役军人电商创业培训花名册"], ["（区退役军人事务局、区商务局联合举办；一人一行，参加多期的在“参训期次”栏写明各期，“参训情况”写明各期出勤）"], [legend],
    ["序号", "姓名", "性别", "身份证号", "入伍时间", "退役时间", "安置方式", "参训期次", "参训情况", "备注"]];
  const tMerges = ["A1:J1", "A2:J2", "A3:J3"];
  const plan = [].concat(Array(11).fill([0]), Array(9).fill([1]), Array(7).fill([2]), Array(3).fill([0, 1]), Array(2).fill([1, 2]), [[0, 2]]);
  const people = shuffle(plan).map((ps) => ({ ps: ps.slice(), absent: new Set() }));
  // one registered but never came; one came to the first of two periods only
  const single1 = people.find((p) => p.ps.length === 1 && p.ps[0] === 1);
  single1.absent.add(1);
  const twoP = people.find((p) => p.ps.length === 2 && p.ps[0] === 0 && p.ps[1] === 1);
  twoP.absent.add(1);
  const recs = [];
  let lowerX = false;
  let apos = false;
  const AZ = ["自主就业", "自主就业", "逐月领取退役金", "安排工作"];
  people.forEach((p, j) => {
    const male = rnd() < 0.9;
    const birth = birthBetween(1975, 1999);
    const wantX = !lowerX && j > 4 ? true : undefined;
    const id = makeId(REGION, birth, male, wantX);
    let idCell = id;
    if (wantX) {
      idCell = id.slice(0, 17) + "x";
      lowerX = true;
    } else if (!apos && j > 12) {
      idCell = "'" + id;
      apos = true;
    }
    const by = Number(birth.slice(0, 4));
    const inY = by + rint(18, 21);
    const outY = inY + rint(2, 12);
    const inCell = j % 3 === 0 ? `${inY}年${rint(9, 12)}月` : j % 3 === 1 ? `${inY}.${rint(9, 12)}` : `${inY}-0${rint(1, 9)}`;
    const outCell = j % 2 ? `${Math.min(outY, 2020)}年${rint(8, 12)}月` : `${Math.min(outY, 2020)}.${rint(8, 12)}`;
    const perCell = p.ps.length === 1 ? PER[p.ps[0]][0] : p.ps.map((k) => PER[k][0]).join("、");
    let att;
    if (p.ps.length === 1) att = p.absent.size ? "报名未到" : rnd() < 0.8 ? "全程参训" : "请假1天";
    else att = p.ps.map((k) => `${PER[k][0]}${p.absent.has(k) ? "报名未到" : "全程"}`).join("；");
    tRows.push([j + 1, personName(), male ? "男" : "女", idCell, inCell, outCell, AZ[rint(0, 3)], perCell, att, p === single1 ? "工作冲突" : null]);
    for (const k of p.ps) if (!p.absent.has(k)) recs.push({ date: PER[k][2], personTimes: 1, id });
  });
  tRows.push([`合计：报名${people.length}人，参训${recs.length}人次`]);
  tMerges.push(`A${tRows.length}:J${tRows.length}`);
  checkTrainingIds(recs, "l1");
  assert(lowerX && apos && recs.length === 37 && recs.filter((r) => r.date > "2021-08-31").length === 10, "l1 training " + recs.length);

  // ---------------- 专项资金支出登记簿 with digit boxes
  const DIG = ["千万", "百万", "十万", "万", "千", "百", "十", "元", "角", "分"];
  const PAY = [["2020-10-16", "区电子商务公共服务中心建设首期款", "汕头市金平区粤东电商运营有限公司", 450000],
    ["2020-11-27", "村级电商服务站点建设首期款", "中国邮政集团有限公司汕头市金平区分公司", 286400],
    ["2020-12-30", "农村电商培训服务费（第一期）", "汕头市金平区职业技能培训学校", 158000],
    ["2021-01-28", "物流配送体系建设首期款", "汕头市金平区顺通物流有限公司", 321500],
    ["2021-03-19", "区电子商务公共服务中心建设进度款", "汕头市金平区粤东电商运营有限公司", 380000],
    ["2021-04-23", "村级电商服务站点建设进度款", "中国邮政集团有限公司汕头市金平区分公司", 264000, "VOID"],
    ["2021-04-23", "村级电商服务站点建设进度款", "中国邮政集团有限公司汕头市金平区分公司", 246000],
    ["2021-06-11", "冷链及农产品溯源系统建设首期款", "汕头市金平区鲜链冷链科技有限公司", 198650.5],
    ["2021-07-22", "农产品品牌培育及网络推广", "汕头市金平区潮品品牌策划有限公司", 126800],
    ["2021-08-30", "农村电商培训服务费（第二期）", "汕头市金平区职业技能培训学校", 172000],
    ["2021-09-08", "物流配送体系建设进度款", "汕头市金平区顺通物流有限公司", 260000]];
  const boxes = (amt) => {
    const c = cents(amt);
    const s = String(c);
    assert(s.length <= 10, "digits fit");
    const cells = Array(10).fill(null);
    for (let i = 0; i < s.length; i++) cells[10 - s.length + i] = Number(s[i]);
    if (s.length < 10) cells[10 - s.length - 1] = "￥";
    return cells;
  };
  const fRows = [["金平区电子商务进农村综合示范专项资金支出登记簿"], ["科目：专项资金—省级电子商务进农村综合示范　　　　　　　　　　　　　　　　　第 1 页"],
    ["日期", "凭单号", "收款单位", "摘要", "金额", null, null, null, null, null, null, null, null, null, "经办人", "备注"],
    [null, null, null, null].concat(DIG, [null, null])];
  const fMerges = ["A1:P1", "A2:P2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:N3", "O3:O4", "P3:P4"];
  const fRecs = [];
  let vno = 0;
  PAY.forEach(([iso, what, who, amt, flag], j) => {
    vno++;
    const dcell = j % 4 === 0 ? dotDate(iso) : j % 4 === 1 ? D(iso) : j % 4 === 2 ? cnDate(iso) : iso;
    const note = flag === "VOID" ? `作废（凭单金额填错，重开第${pad3(vno + 1)}号）` : iso > "2021-08-31" ? "9月支付" : null;
    fRows.push([dcell, `JP-${pad3(vno)}`, who, what].concat(boxes(amt), [["林××", "蔡××"][j % 2], note]));
    if (flag !== "VOID") fRecs.push({ date: iso, amount: amt });
  });
  const tot = sumYuan(fRecs.map((r) => r.amount));
  fRows.push([null, null, null, "本页合计"].concat(boxes(tot), [null, "不含作废凭单"]));
  fRows.push(["注：金额栏每格一位，“￥”写在最高位前一格；作废凭单保留原登记，不计入合计。"]);
  fMerges.push(`A${fRows.length}:P${fRows.length}`);
  assert(fRecs.length === 10 && tot === 2599350.5, "l1 payments " + tot);
  const back = (cells) => Number(cells.filter((x) => typeof x === "number").join("")) / 100;
  assert(back(boxes(198650.5)) === 198650.5 && back(boxes(450000)) === 450000, "l1 digit boxes round-trip");

  // ---------------- 电商股工作周志 (one row per week, a cell per weekday)
  const OTHER = ["站点督导（鮀江）", "培训筹备会", "产业园企业走访", "站点验收（月浦）", "专栏稿件审核", "资金拨付审核", "召开承建单位推进会", "整理考评台账", "对接邮政快递进村",
    "中心运营例会", "直播活动现场保障", "接待市局调研"];
  const HOL = {};
  for (const d of ["2020-10-01", "2020-10-02", "2020-10-05", "2020-10-06", "2020-10-07", "2020-10-08"]) HOL[d] = "国庆放假";
  HOL["2021-01-01"] = "元旦放假";
  for (const d of ["2021-02-11", "2021-02-12", "2021-02-15", "2021-02-16", "2021-02-17"]) HOL[d] = "春节放假";
  HOL["2021-04-05"] = "清明放假";
  for (const d of ["2021-05-03", "2021-05-04", "2021-05-05"]) HOL[d] = "劳动节放假";
  HOL["2021-06-14"] = "端午放假";
  const workday = (d) => !["六", "日"].includes(weekday(d)) && !HOL[d];
  const REPD = {};
  for (const m of monthsBetween("2020-08", "2021-08")) {
    const next = monthsBetween(m, "2021-12")[1];
    let d = `${next}-0${rint(2, 8)}`;
    while (!workday(d)) d = isoAdd(d, 1);
    REPD[d] = m;
  }
  const special = {};
  const sp = (iso, text) => {
    let d = iso;
    while (!workday(d) || REPD[d]) d = isoAdd(d, 1);
    special[d] = text;
  };
  sp("2021-01-04", "市局电话催报2020年12月月报");
  sp("2021-07-13", "报省商务厅半年调度表");
  sp("2021-03-22", "报区政府办一季度工作总结");
  const wRows = [["金平区商务局电商股工作周志（摘录）"], ["（每周一行，按周一至周五记当日主要工作；“报×月月报”均指向汕头市商务局报送，括号注明是否附电商扶贫统计表）"],
    ["周次", "起止日期", "周一", "周二", "周三", "周四", "周五", "备注"]];
  const wRecs = [];
  let mon = "2020-08-31";
  let wk = 0;
  while (mon <= "2021-09-06") {
    wk++;
    const fri = isoAdd(mon, 4);
    const [y0, m0, d0] = ymd(mon);
    const [y1, m1, d1] = ymd(fri);
    const range = y0 === y1 ? `${y0}.${m0}.${d0}-${m1}.${d1}` : `${y0}.${m0}.${d0}-${y1}.${m1}.${d1}`;
    const cells = [];
    for (let k = 0; k < 5; k++) {
      const d = isoAdd(mon, k);
      if (HOL[d]) {
        assert(!REPD[d] && !special[d], "l1 nothing on a holiday");
        cells.push(HOL[d]);
      } else if (REPD[d]) {
        const m = REPD[d];
        const mm = Number(m.slice(5));
        let pov = m < "2020-10" ? "（扶贫表未附）" : "（含扶贫统计）";
        if (m === "2021-05") pov = "";
        const extra = rnd() < 0.3 ? `；${OTHER[rint(0, OTHER.length - 1)]}` : "";
        cells.push(`报${mm}月月报${pov}${extra}`);
        wRecs.push({ date: d, poverty: pov === "" ? null : pov === "（含扶贫统计）" });
      } else if (special[d]) cells.push(special[d]);
      else if (rnd() < 0.35) cells.push(OTHER[rint(0, OTHER.length - 1)]);
      else cells.push(null);
    }
    let note = null;
    if (mon === "2021-02-08") note = "春节前";
    wRows.push([`第${wk}周`, range].concat(cells, [note]));
    mon = isoAdd(mon, 7);
  }
  assert(wRecs.length === 13 && wRecs.filter((r) => r.date > "2021-08-31").length === 1 && wRecs.some((r) => r.poverty === null) && wRecs.some((r) => r.poverty === false), "l1 reports " + wRecs.length);
  assert(Object.keys(special).length === 3, "l1 three non-report entries");
  const wText = wRows.flat().filter((x) => typeof x === "string");
  assert(wText.filter((x) => /^报\d+月月报/.test(x)).length === 13, "l1 every report cell written");

  const cover = [padRow(["汕头市金平区电子商务进农村综合示范台账（第二册）"], 8), [null], ["目　录"], ["一、退役军人电商创业培训花名册"], ["二、专项资金支出登记簿"], ["三、电商股工作周志（摘录）"],
    [null], ["汕头市金平区商务局　二〇二一年九月"]];
  return {
    description:
      "汕头金平区商务局台账第二册（封面加三张表）：①区退役军人事务局和商务局联办的《退役军人电商创业培训花名册》一人一行，培训日期不在行里，第3行一句“期次：第一期 2020年11月16日—20日…；第二期 2021.4.12-16…；第三期 2021年9月6日—10日…”给出各期日期（按结束日），“参训期次”写“第一期”或“第一期、第二期”（一行两期是两条记录），“参训情况”写出勤（“报名未到”不算，两期的写成“第一期全程；第二期报名未到”只算第一期），入伍、退役时间不是培训日期，身份证号一个末位小写x、一个带导出的撇号“'”，末行合计；②《专项资金支出登记簿》仿纸质账页，金额栏每格一位（两行表头“金额”合并在 千万｜百万｜十万｜万｜千｜百｜十｜元｜角｜分 十列之上，数字一格一个，“￥”在最高位前一格，角分有0.5元），日期写法各异，一张凭单“作废（凭单金额填错，重开…）”不是支出，“本页合计”行不是记录，9月一笔照列；③电商股《工作周志》一周一行（周次｜起止日期“2020.12.28-2021.1.1”｜周一…周五｜备注），“报×月月报（含扶贫统计）”写在当天那格里，日期＝该周周一加星期几，括号“扶贫表未附”为否、没写为空；催报、报省厅半年调度表、报区政府办总结不是向市局报送。",
    sheets: [
      { name: "封面", rows: cover, merges: ["A1:H1"] },
      { name: "退役军人培训", rows: tRows, merges: tMerges },
      { name: "资金支出登记簿", rows: fRows, merges: fMerges },
      { name: "工作周志", rows: wRows, merges: ["A1:H1", "A2:H2"] },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "退役军人培训": { kind: "training", records: recs },
        "资金支出登记簿": { kind: "funds", records: fRecs },
        "工作周志": { kind: "reports", records: wRecs },
      },
    },
  };
}

// =====================================================================================================
// l2 — 湛江霞山区: a 卫健 village-clinic list as the village list, 社工站 activities, 外宣上稿, materials
// =====================================================================================================
function buildL2() {
  const STREETS = [["海头街道", 6, 3], ["东新街道", 5, 2], ["爱国街道", 4, 2], ["新园街道", 0, 3]];
  const prefixes = STREETS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("东西南北上下大新石洪屋坡", ["岭", "坡", "塘", "头", "村", "园", "仔", "港", "山", "田"], "村", prefixes);
  const cName = nameMaker("金海明霞华逸", ["苑", "城", "湾", "景", "园"], "社区", prefixes);
  const sts = STREETS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()).filter((v) => !/村村$/.test(v)), cs: Array.from({ length: nc }, () => cName()) }));
  for (const s of sts) while (s.vs.length < STREETS.find((x) => x[0] === s.t)[1]) {
    const v = vName();
    if (!/村村$/.test(v)) s.vs.push(v);
  }
  const admin = sts.flatMap((s) => s.vs);
  const comms = sts.flatMap((s) => s.cs);
  noStemClash(admin, comms, "l2");
  const poor = new Set(shuffle(admin).slice(0, 2));
  const vRows = [["霞山区村（社区）卫生站基本情况表"], ["（区卫生健康局2021年5月提供；最右“省定贫困村”一列为区商务局补填：√为省定贫困村，行政村空白为否，社区填“—”）"],
    ["序号", "街道", "村（居）委会", "类型", "卫生站名称", "乡村医生（人）", "执业许可证有效期至", "医保定点", "省定贫困村"]];
  const vMerges = ["A1:I1", "A2:I2"];
  const vRecs = [];
  let sq = 0;
  for (const s of sts) {
    const r0 = vRows.length + 1;
    for (const v of s.vs) {
      const sh = v.replace(/村$/, "");
      vRows.push([++sq, vRows.length + 1 === r0 ? s.t : null, `${v}委会`, "村委会", `${sh}村卫生站`, rint(1, 3), dateCell(randIsoBetween("2022-01-01", "2025-12-31"), sq), "是", poor.has(v) ? "√" : null]);
      vRecs.push({ name: v, admin: true, poor: poor.has(v), express: null });
    }
    for (const c of s.cs) {
      vRows.push([++sq, vRows.length + 1 === r0 ? s.t : null, `${c}居委会`, "居委会", `${c.replace(/社区$/, "")}社区卫生服务站`, rint(2, 5), dateCell(randIsoBetween("2022-01-01", "2025-12-31"), sq + 1), "是", "—"]);
      vRecs.push({ name: c, admin: false, poor: null, express: null });
    }
    vRows.push([null, `${s.t}小计`, `村委会${s.vs.length}个、居委会${s.cs.length}个`, null, null, null, null, null, null]);
    mergeCol(vMerges, "B", r0, vRows.length - 1);
  }
  vRows.push([null, "全区合计", `村委会${admin.length}个、居委会${comms.length}个`, null, null, null, null, null, null]);
  assert(admin.length === 15 && comms.length === 10 && vRecs.length === 25, "l2 villages");

  // ---------------- 社工站服务活动台账
  const ACT = [
    ["海头街道社工站", "2020-09-25", "中秋节长者探访", "长者服务", 26, null],
    ["东新街道社工站", "2020-10-16", "农村电商入门培训（第一期）", "电商技能培训", 38, "afternoonWk"],
    ["爱国街道社工站", "2020-11-06", "防范电信诈骗宣传", "社区宣传", 120, null],
    ["海头街道社工站", "2020-11-20", "困难群众网店开设培训", "电商技能培训", "42人次", null],
    ["东新街道社工站", "2020-12-11", "就业指导与岗位推介", "就业帮扶", 55, null],
    ["爱国街道社工站", "2021-01-15", "短视频拍摄与剪辑培训", "电商技能培训", "36（男15女21）", null],
    ["海头街道社工站", "2021-03-12", "“巾帼”直播带货培训", "电商技能培训", fullWidth("28"), null],
    ["新园街道社工站", "2021-03-26", "亲子阅读活动", "儿童服务", 40, null],
    ["东新街道社工站", "2021-04-23", "农产品包装与品牌培训", "电商技能培训", 31, "postponed"],
    ["东新街道社工站", "2021-05-21", "农产品包装与品牌培训（补办）", "电商技能培训", 33, "range"],
    ["海头街道社工站", "2021-06-18", "“霞山好物”直播助农", "消费帮扶", 210, null],
    ["爱国街道社工站", "2021-07-09", "社群团购运营培训", "电商技能培训", "29人次", null],
    ["海头街道社工站", "2021-08-13", "电商客服与售后培训", "电商技能培训", 34, null],
    ["东新街道社工站", "2021-09-10", "农村电商入门培训（第二期）", "电商技能培训", 37, null],
  ];
  const aRows = [["霞山区街道社工站服务活动台账（2020年9月—2021年9月）"], ["（区民政局“双百工程”社工站报送，区商务局摘录；“服务人次”以签到为准）"],
    ["序号", "社工站", "活动日期", "活动名称", "活动类别", "服务人次", "其中：困难群众", "备注"]];
  const aRecs = [];
  ACT.forEach(([st, iso, name, cat, n, flag], j) => {
    let dcell = dateCell(iso, j + 2);
    let note = null;
    let pt = n;
    let date = iso;
    if (flag === "afternoonWk") dcell = `${cnDate(iso)}（周${weekday(iso)}）下午`;
    if (flag === "postponed") {
      pt = "—";
      note = "因疫情防控延期，5月20日—21日补办";
    }
    if (flag === "range") {
      dcell = "2021年5月20日—21日";
      date = "2021-05-21";
      assert(iso === "2021-05-21", "l2 range end");
    }
    aRows.push([j + 1, st, dcell, name, cat, pt, typeof n === "number" && cat === "电商技能培训" && flag !== "postponed" ? Math.round(n / 3) : null, note]);
    if (cat === "电商技能培训" && flag !== "postponed") {
      const v = typeof n === "number" ? n : Number(String(n).replace(/[０-９]/g, (c) => String(FW.indexOf(c))).match(/^\d+/)[0]);
      aRecs.push({ date, personTimes: v });
    }
  });
  assert(aRecs.length === 8 && sum(aRecs.map((r) => r.personTimes)) === 38 + 42 + 36 + 28 + 33 + 29 + 34 + 37, "l2 training sessions");

  // ---------------- 外宣上稿统计
  const LV = { 央媒: "national", 省媒: "province", 市媒: "city", 区媒: "county" };
  const MED = [["2020-10-23", "霞山：村级电商服务站开进城中村", "湛江日报", "市媒", "报纸"],
    ["2020-12-04", "霞山区电商公共服务中心投入运营", "“霞山发布”微信公众号", "区媒", "新媒体"],
    ["2021-01-22", "霞山脱贫户直播卖虾忙", "湛江广播电视台《湛江新闻》", "市媒", "电视"],
    ["2021-03-19", "湛江霞山：电商进农村激活乡村振兴新动能", "南方+客户端", "省媒", "新媒体"],
    ["2021-05-07", "霞山：一根网线连起城乡两头", "南方日报", "省媒", "报纸"],
    ["2021-06-25", "电商助农的霞山样本", "农民日报", "央媒", "报纸"],
    ["2021-08-06", "霞山区举办电商直播技能大赛", "霞山区融媒体中心", "区媒", "电视"],
    ["2021-09-15", "广东霞山：“电商＋渔港”带富渔民", "广东广播电视台《广东新闻联播》", "省媒", "电视"]];
  const mRows = [["霞山区电子商务进农村外宣上稿统计"], ["（区委宣传部提供，区商务局已筛选电商进农村相关稿件；层级：央媒、省媒、市媒、区媒）"],
    ["序号", "刊播日期", "稿件标题", "上稿媒体", "媒体层级", "刊发形式", "作者", "稿费（元）"]];
  const mRecs = [];
  MED.forEach(([iso, t, m, lv, form], j) => {
    const dcell = j % 3 === 0 ? D(iso) : j % 3 === 1 ? twoSlash(iso) : dotDate(iso);
    mRows.push([j + 1, dcell, `《${t}》`, m, lv, form, `${personName()}、${personName()}`, lv === "央媒" ? 800 : lv === "省媒" ? 500 : lv === "市媒" ? 300 : 100]);
    mRecs.push({ date: iso, level: LV[lv], tv: form === "电视" });
  });
  mRows.push(["合计", null, null, null, null, null, null, sum(MED.map(([, , , lv]) => (lv === "央媒" ? 800 : lv === "省媒" ? 500 : lv === "市媒" ? 300 : 100)))]);

  // ---------------- 经验材料报送
  const MAT = [["《霞山区“电商＋渔港”助力渔民增收的做法》", "2021-03-30", "粤政易", "采用（市局《商务工作简报》第9期）"],
    ["《霞山区村级电商服务站点运营经验》", "2021-06-17", "电子邮件", "未采用"],
    ["《霞山区电子商务进农村综合示范创建工作总结》", "2021-09-09", "粤政易", "—"],
    ["《霞山区脱贫户电商培训典型案例》", null, null, "拟报（待分管领导审核），未报送"]];
  const tRowsM = [["霞山区报送湛江市商务局经验材料登记"], ["序号", "材料标题", "报送日期", "报送方式", "市局采用情况", "备注"]];
  const matRecs = [];
  MAT.forEach(([t, iso, how, use], j) => {
    tRowsM.push([j + 1, t, iso ? (j % 2 ? cnDate(iso) : dotDate(iso)) : null, how, iso ? use : null, iso ? null : use]);
    if (iso) matRecs.push({ date: iso });
  });

  const notes = [padRow(["霞山区电子商务进农村台账（补充材料）说明"], 6), ["1．村（居）名单借用区卫生健康局《村（社区）卫生站基本情况表》，“省定贫困村”一列由区商务局补填；表内没有快递进村情况。"],
    ["2．培训情况摘自区民政局“双百工程”街道社工站服务活动台账，只有“电商技能培训”类的活动是电商培训。"], ["3．宣传报道摘自区委宣传部外宣上稿统计。"],
    ["4．经验材料为向湛江市商务局报送的登记。"], ["霞山区商务局　2021年9月"]];
  return {
    description:
      "湛江霞山区商务局台账补充材料（说明页加四张借来的表）：①区卫生健康局《村（社区）卫生站基本情况表》当村居名单——一村（居）一行，类型“村委会”“居委会”，名称写“××村委会”“××社区居委会”，卫生站名称、乡村医生数、执业许可证有效期（日期）、医保定点都不是村名单要读的，最右“省定贫困村”是商务局补填（√是、行政村空白为否、社区“—”），每街道“小计”行和“全区合计”行不是村，没有快递列；②区民政局“双百工程”街道社工站服务活动台账，一场活动一行，只有类别“电商技能培训”的是培训场次，人次读“服务人次”（“42人次”“36（男15女21）”、全角“２８”），“其中：困难群众”是其中数，“消费帮扶”直播助农和长者、宣传、就业、亲子活动都不是，4月23日那场“—”延期、5月20日—21日补办按21日，9月一场照列，日期有“2020年10月16日（周五）下午”；③区委宣传部《外宣上稿统计》，层级写“央媒／省媒／市媒／区媒”，刊发形式“电视”才是电视（“新媒体”不是），日期有两位年份“20/12/4”，稿费和合计行不是；④《报送湛江市商务局经验材料登记》，未采用的也是报送，“拟报（待分管领导审核），未报送”那行没有日期，不是记录。",
    sheets: [
      { name: "说明", rows: notes, merges: ["A1:F1"] },
      { name: "村卫生站", rows: vRows, merges: vMerges },
      { name: "社工站活动", rows: aRows, merges: ["A1:H1", "A2:H2"] },
      { name: "外宣上稿", rows: mRows, merges: ["A1:H1", "A2:H2"] },
      { name: "经验材料", rows: tRowsM, merges: ["A1:F1"] },
    ],
    expect: {
      sheets: {
        "说明": { kind: null },
        "村卫生站": { kind: "villages", records: vRecs },
        "社工站活动": { kind: "training", records: aRecs },
        "外宣上稿": { kind: "media", records: mRecs },
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
write("counties", "b177-c1-huicheng.json", c1);
write("facts", "b177-f1-yuancheng.json", f1);
write("facts", "b177-f2-nanhai.json", f2);
write("facts", "b177-f3-jianghai.json", f3);
write("ledgers", "b177-l1-jinping.json", l1);
write("ledgers", "b177-l2-xiashan.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
