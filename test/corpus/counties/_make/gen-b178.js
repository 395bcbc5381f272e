// Batch 178 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b174.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write), plus a check that no value hides under a merged range. Deterministic: seeded PRNG (178178), no clock.
// Run: node test/corpus/_b178/gen-b178.js
//
// c1 番禺区 (广州): the 自评表 states “考评截止日期 2021年9月30日（受6月疫情影响，经省商务厅同意顺延；原定2021年8月31日）”, so the
//    whole workbook is scored at 2021-09-30 (window 2020-10…2021-09, six months = 2021-03-30): September rows count and flip
//    coverage (103→105/150 = exactly 70%), training (0.92%→1.007% only when the separate 脱贫人口专场签到 sheet is added to the
//    普及班 sessions), poor training (19→21/40), park firms (19→20), spending (68.4%→74.4%), reports (Sep 2020 missing, Sep 2021
//    present), the case material and a provincial-TV case; October rows (a class “2021.9.29-10.1” read at its end) do not count.
//    The 自评表 is label|value pairs two per row, a judged table and an indicator table merged by 工作任务; the village list gives
//    express as a 快递网点数 count; stations are grouped under town title rows.
// f1 顺德区 (佛山): the city bureau's summary template, one column per district (two-row header, “各区填报” over 禅城|南海|顺德|
//    高明|三水); only the 顺德区 column is filled, so label and value are separated by 单位, a 填报说明 column holding example values
//    (“如“195””, “格式：2020-01-01”) and two empty district columns; judged points and per-indicator points in the same column.
// f2 禅城区 (佛山): a monthly tracker of cumulative figures: a static label|value|说明 block on top, then indicators as rows and
//    months as columns under two year groups (“9月” appears under 2020年 and 2021年); the facts are the 2021年8月 column, not the
//    last “9月（至15日）” column nor the 目标值 column; February blank; judged points with halves (1.5, 4.5).
// f3 金平区 (汕头): a city “典型县（区）推荐表” in a Word-like 8-column grid: four label|value pairs per row under “基本情况（数据截至
//    2021年8月31日）”, and the leadership, plan, policy, centre services, disclosure, statistics and fund management only in one
//    merged 主要做法和成效 cell (line breaks); no incident/fraud only in the 意见 cell; no self-assessed points.
// l1 源城区 (河源): training as a 结业证书发放登记表 (one certificate per row, class/time/学时 merged per class; the date is the
//    end of 培训时间, not 发证日期; one masked class, a lower-case x, one person in two classes, a 补发 row that is no record);
//    a poverty roster in two blocks where labour is given only by the block; experience materials with an 未报送 row; a cover
//    page and a hidden 下拉选项 sheet that are not ledgers.
// l2 霞山区 (湛江): a village register with one row per 自然村 and the 行政村's number/name/type/poor/express merged over them
//    (records are 行政村 and 社区); a station ledger with a second table (续表) below the first; funds in 万元 with one “86,500元”
//    and one “12.5万” cell and an unpaid 质保金 row; a CMS export of the column updates (date-time text, view counts).
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
let seed = 178178;
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
    assert(/^b178-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b178-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b178-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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



// ---------------------------------------------------------------- extra helpers (batch 178)
function checkMergedBlank(sheets, where) {
  // a merged range shows only its top-left cell: every other cell inside it must be empty
  for (const sh of sheets) {
    for (const m of sh.merges || []) {
      const mm = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(m);
      const c0 = colIndex(mm[1]) - 1;
      const r0 = Number(mm[2]) - 1;
      const c1 = colIndex(mm[3]) - 1;
      const r1 = Number(mm[4]) - 1;
      for (let r = r0; r <= r1; r++) {
        for (let c = c0; c <= c1; c++) {
          if (r === r0 && c === c0) continue;
          const v = (sh.rows[r] || [])[c];
          assert(v === null || v === undefined, `${where}/${sh.name}: value hidden under merge ${m} at ${colName(c)}${r + 1}`);
        }
      }
    }
  }
}
// households of a poverty roster: codes per person ("E" eligible, "M" migrant, "W" weak labour, "N" no labour, "U" status unknown)
function makeHouseholds(region, codes, villages, sizeLo, sizeHi) {
  const out = [];
  let ci = 0;
  let h = 0;
  while (ci < codes.length) {
    const size = Math.min(codes.length - ci, rint(sizeLo, sizeHi));
    const cs = codes.slice(ci, ci + size).sort((a, b) => (a === "N") - (b === "N"));
    ci += size;
    const v = villages[h % villages.length];
    h++;
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    let headY = 0;
    let headMale = true;
    let head = null;
    cs.forEach((c, j) => {
      const male = j === 0 ? rnd() < 0.8 : rnd() < 0.5;
      let birth;
      let rel;
      if (j === 0) {
        rel = "户主";
        birth = c === "N" ? birthBetween(1940, 1953) : birthBetween(1963, 1981);
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
      const id = makeId(region, birth, rel === "配偶" ? !headMale : male);
      const name = rel === "配偶" ? personName() : personName(sn);
      if (j === 0) head = name;
      out.push({ hh: h, first: j === 0, head, v, name, rel, id, c });
    });
  }
  return out;
}

// =====================================================================================================
// c1 — 广州番禺区: whole workbook whose 考评截止日期 was moved to 2021-09-30 (see the header comment)
// =====================================================================================================
function buildC1() {
  const CUT = "2021-09-30";
  const OLD = "2021-08-31";
  const SIX = "2021-03-30"; // 2021-09-30 minus six months
  const W9 = monthsBetween("2020-10", "2021-09");
  assert(W9.length === 12, "c1 window");
  const REGION = "440113";
  const TOWNS = [["石楼镇", 22, 3], ["石碁镇", 26, 3], ["化龙镇", 13, 2], ["南村镇", 14, 4], ["新造镇", 7, 1], ["沙湾街道", 15, 5],
    ["大石街道", 12, 6], ["钟村街道", 10, 5], ["大龙街道", 17, 4], ["东环街道", 14, 4]];
  const prefixes = ["石楼", "石碁", "化龙", "南村", "新造", "沙湾", "大石", "钟村", "大龙", "东环", "市桥"];
  const vName = nameMaker("大小新南北东西沙石龙山塘岗江洲涌坑", ["岗", "涌", "围", "头", "塘", "沙", "洲", "基", "边", "坑", "滘", "山", "田", "步", "岭"], "村", prefixes);
  const cName = nameMaker("华丰锦绣德怡丽康富", ["苑", "园", "景", "城", "庭", "湖", "轩", "晖"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  assert(admin.length === 150 && comms.length === 37, "c1 150 villages + 37 communities");
  noStemClash(admin, comms, "c1");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const tIdx = Object.fromEntries(TOWNS.map(([t], j) => [t, j]));

  // ---------------- 村居名单 with a 快递网点数 column (a count, not a tick)
  const vRows = [["番禺区村（居）民委员会名单"], ["（区民政局2021年6月提供；快递网点数由区邮政管理局2021年7月核对，含邮政、“四通一达”、顺丰、京东、极兔在村（居）设立的网点及代收点）"],
    ["序号", "镇（街）", "名称", "类型", "快递网点数（个）", "备注"]];
  const vMerges = ["A1:F1", "A2:F2"];
  let sq = 0;
  let textCount = false;
  let expSum = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    x.vs.forEach((v, j) => {
      const n = rint(1, 6);
      expSum += n;
      let cell = n;
      if (!textCount && n === 1 && x.t === "化龙镇") {
        cell = "1（代收点）";
        textCount = true;
      }
      vRows.push([++sq, j === 0 ? x.t : null, j % 3 === 2 ? `${v}委会` : `${v}民委员会`, "村委会", cell, null]);
    });
    x.cs.forEach((c, j) => {
      const n = j === 0 && x.t === "新造镇" ? 0 : rint(2, 9);
      expSum += n;
      vRows.push([++sq, null, `${c}居民委员会`, "居委会", n, n === 0 ? "社区内无网点，到镇区取件" : null]);
    });
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push(["合计", null, `村委会${admin.length}个，居委会${comms.length}个`, null, expSum, null]);
  vMerges.push(`A${vRows.length}:B${vRows.length}`);
  assert(textCount, "c1 a text count");

  // ---------------- 站点台账 grouped by town; September stations now count
  const shA = shuffle(admin);
  const covAug = shA.slice(0, 103);
  const vSep1 = shA[103];
  const vSep2 = shA[104];
  const vOct = shA[105];
  const ST = covAug.map((v) => ({ v, op: randIsoBetween("2020-06-10", "2021-08-28") }));
  ST[7].op = "2021-03"; // month only
  ST.push({ v: vSep1, op: "2021-09-06" });
  ST.push({ v: vSep2, op: "2021-09-23" });
  ST.push({ v: vOct, op: "2021-10-15" });
  ST.push({ v: covAug[11], op: randIsoBetween("2021-01-01", "2021-06-30"), second: "益农信息社" });
  ST.push({ v: covAug[40], op: randIsoBetween("2021-01-01", "2021-06-30"), second: "邮乐购" });
  ST.push({ v: covAug[77], op: "2021-09-18", second: "供销e家" });
  ST.push({ v: comms[4], op: randIsoBetween("2020-10-01", "2021-05-30"), comm: true });
  ST.push({ v: comms[20], op: randIsoBetween("2020-10-01", "2021-05-30"), comm: true });
  ST.sort((a, b) => tIdx[townOf[a.v]] - tIdx[townOf[b.v]] || cmp(a.op, b.op));
  const sRows = [["番禺区村级电子商务服务站点台账"], ["（区商务局电商科　更新至2021年10月20日）"],
    ["序号", "站点名称", "所在村（社区）", "站点负责人", "联系电话", "挂牌运营日期", "服务内容", "备注"]];
  const sMerges = ["A1:H1", "A2:H2"];
  const SERV = ["代购代销、快递收发", "代购代销、代缴费、快递收发", "农产品上行、快递收发", "代购代销、小额取款、快递收发"];
  let k = 0;
  let curTown = null;
  let fmt = 0;
  for (const s of ST) {
    const t = townOf[s.v];
    if (t !== curTown) {
      curTown = t;
      const n = ST.filter((x) => townOf[x.v] === t).length;
      sRows.push([`${t}（${n}个）`, null, null, null, null, null, null, null]);
      sMerges.push(`A${sRows.length}:H${sRows.length}`);
    }
    const short = s.v.replace(/村$|社区$/, "");
    const name = s.comm ? `${short}社区电商服务点` : s.second ? `${s.second}（${short}）服务点` : `${short}村电商服务站`;
    const vill = s.comm ? `${s.v}居委会` : k % 4 === 1 ? `${s.v}委会` : k % 4 === 3 ? `${s.v}民委员会` : s.v;
    const dcell = s.op.length === 7 ? "2021年3月" : dateCell(s.op, fmt++);
    const note = s.op > CUT ? "10月挂牌" : s.op > OLD ? "顺延期内挂牌" : s.second ? "本村第二个服务点" : s.comm ? "社区服务点" : null;
    k++;
    sRows.push([k, name, vill, personName(), mask(phone()), dcell, SERV[k % SERV.length], note]);
  }
  sRows.push([`注：共${ST.length}个站点（含社区服务点2个）；挂牌运营日期以区商务局授牌为准。`]);
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  const adminSet = new Set(admin);
  const covBy = (cut) => new Set(ST.filter((s) => !s.comm && adminSet.has(s.v) && s.op <= cut).map((s) => s.v)).size;
  assert(covBy(OLD) === 103 && covBy(CUT) === 105, "c1 coverage 103 → 105 " + covBy(OLD) + "/" + covBy(CUT));
  assert(!ratioGE(103, 150, 70) && ratioGE(105, 150, 70) && 105 * 10 === 150 * 7, "c1 103/150 = 68.7% → 2; 105/150 = 70% exactly → 5");

  // ---------------- 脱贫人口名单
  const codes = shuffle([].concat(Array(37).fill("E"), Array(3).fill("W"), Array(8).fill("M"), Array(8).fill("N")));
  const hhVill = shuffle(admin).slice(0, 12);
  const P = makeHouseholds(REGION, codes, hhVill, 2, 4);
  const pRows = [["番禺区建档立卡脱贫人口名单（劳动力情况）"], ["（区乡村振兴局提供，2021年6月；“区外务工”指在番禺区以外务工）"],
    ["序号", "镇（街）", "村", "户主", "姓名", "与户主关系", "身份证号", "劳动能力", "务工情况"]];
  const pMerges = ["A1:I1", "A2:I2"];
  let r0 = 0;
  P.forEach((p, j) => {
    if (p.first) r0 = pRows.length + 1;
    const lab = p.c === "N" ? "无劳动能力" : p.c === "W" ? "弱劳动能力" : "有劳动能力";
    const mig = p.c === "N" ? "—" : p.c === "M" ? ["区外务工（深圳）", "区外务工（佛山）", "区外务工（东莞）"][rint(0, 2)] : ["在家务农", "区内务工", "区内务工（公益岗）"][rint(0, 2)];
    pRows.push([j + 1, p.first ? townOf[p.v] : null, p.first ? p.v : null, p.first ? p.head : null, p.name, p.rel, p.id, lab, mig]);
    const next = P[j + 1];
    if (!next || next.first) for (const col of ["B", "C", "D"]) mergeCol(pMerges, col, r0, pRows.length);
  });
  const eligible = P.filter((p) => p.c === "E" || p.c === "W");
  const migrants = P.filter((p) => p.c === "M");
  assert(P.length === 56 && eligible.length === 40 && migrants.length === 8, "c1 roster 56, 40 eligible");

  // ---------------- 脱贫人口专场签到 (sign-in rows; not inside the 普及班 person-times)
  const e = shuffle(eligible);
  const others = () => {
    const birth = birthBetween(1965, 1998);
    return { name: personName(), id: makeId(REGION, birth, rnd() < 0.5), v: shuffle(admin)[0], other: true };
  };
  const SP = [
    { no: 1, d: "2021-03-18", topic: "电商基础与微信小店开设", place: "石碁镇党群服务中心", who: e.slice(0, 15).concat([migrants[0], migrants[1]], [others(), others(), others()]) },
    { no: 2, d: "2021-07-08", topic: "直播带货入门", place: "区电子商务公共服务中心", who: e.slice(5, 19).concat([migrants[2], migrants[3]], [others(), others(), others(), others()]) },
    { no: 3, d: "2021-09-16", topic: "农产品包装与网店运营", place: "化龙镇文化站", who: e.slice(19, 21).concat(e.slice(0, 8), [others(), others()]) },
    { no: 4, d: "2021-10-21", topic: "短视频拍摄", place: "区电子商务公共服务中心", who: e.slice(21, 29).concat([others(), others()]) },
  ];
  const xPerson = e[2];
  if (!xPerson.id.endsWith("X")) {
    // give this person an ID with a check character X (same birth date and sex), so the sign-in sheet can carry a lower-case x
    const old = xPerson.id;
    xPerson.id = makeId(REGION, birthOf(old), Number(old[16]) % 2 === 1, true);
    const row = pRows.find((r) => r[6] === old);
    row[6] = xPerson.id;
  }
  assert(xPerson.id.endsWith("X") && idValid(xPerson.id), "c1 X id");
  const spRows = [["番禺区脱贫人口电商培训专场签到表"], ["（专场人次未计入《培训台账（普及班）》，两表合计为全区培训人次）"]];
  const spMerges = ["A1:G1", "A2:G2"];
  for (const s of SP) {
    spRows.push([`第${CN_NUM[s.no]}场　${cnDate(s.d)}　${s.topic}　地点：${s.place}`, null, null, null, null, null, null]);
    spMerges.push(`A${spRows.length}:G${spRows.length}`);
    spRows.push(["序号", "姓名", "身份证号", "所在村", "是否脱贫户", "签名", "备注"]);
    shuffle(s.who).forEach((p, j) => {
      const idCell = p === xPerson ? p.id.slice(0, 17) + "x" : p.id;
      spRows.push([j + 1, p.name, idCell, `${p.v}委会`, p.other ? "否（监测户）" : "是", "（签名）", p.other ? "边缘易致贫户，列为监测对象" : null]);
    });
    spRows.push([`本场签到${s.who.length}人`, null, null, null, null, null, null]);
    spMerges.push(`A${spRows.length}:G${spRows.length}`);
  }
  const signBy = (cut) => sum(SP.filter((s) => s.d <= cut).map((s) => s.who.length));
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedBy = (cut) => new Set(SP.filter((s) => s.d <= cut).flatMap((s) => s.who.filter((p) => eligIds.has(p.id)).map((p) => p.id))).size;
  assert(signBy(OLD) === 40 && signBy(CUT) === 52, "c1 sign-ins " + signBy(OLD) + "/" + signBy(CUT));
  assert(trainedBy(OLD) === 19 && trainedBy(CUT) === 21, "c1 trained " + trainedBy(OLD) + "/" + trainedBy(CUT));
  assert(!ratioGE(19, 40, 50) && ratioGE(19, 40, 40) && ratioGE(21, 40, 50) && !ratioGE(21, 40, 70), "c1 47.5% → 8; 52.5% → 10");

  // ---------------- 培训台账（普及班）: sessions with 人次
  const SD = ["2020-09-17", "2020-10-22", "2020-11-12", "2020-12-03", "2020-12-24", "2021-01-14", "2021-03-11", "2021-03-25", "2021-04-15",
    "2021-04-29", "2021-05-20", "2021-07-15", "2021-07-29", "2021-08-12", "2021-08-26"];
  const TOP = ["电商基础知识普及", "网店开设与运营", "短视频拍摄剪辑", "直播带货实操", "农产品品牌包装", "社群团购运营", "跨境电商入门"];
  const PL = ["区电子商务公共服务中心", "石楼镇党群服务中心", "南村镇文化站", "沙湾街道党群服务中心", "大龙街道文化站", "钟村街道会议中心", "新造镇农技站"];
  const CL = SD.map((d, j) => ({ no: j + 1, d, n: rint(260, 340), topic: TOP[j % TOP.length], place: PL[j % PL.length] }));
  for (let diff = 4560 - sum(CL.map((c) => c.n)), j = 0; diff !== 0; j = (j + 4) % CL.length) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 7);
    if (CL[j].n + st >= 240 && CL[j].n + st <= 360) {
      CL[j].n += st;
      diff -= st;
    }
  }
  const RANGE = CL[8]; // a three-day class, read at its end
  RANGE.range = ["2021-04-13", "2021-04-15"];
  CL.push({ no: 16, d: "2021-09-09", n: 236, topic: "电商运营提升班（两天）", place: "区电子商务公共服务中心", range: ["2021-09-08", "2021-09-09"] });
  CL.push({ no: 17, d: "2021-09-28", n: 188, topic: "农村电商带头人培训", place: "化龙镇文化站" });
  CL.push({ no: 18, d: "2021-10-01", n: 150, topic: "国庆消费季直播实训（三天）", place: "区电子商务公共服务中心", range: ["2021-09-29", "2021-10-01"] });
  CL.push({ no: 19, d: "2021-10-14", n: 212, topic: "电商基础知识普及", place: "石碁镇党群服务中心" });
  const tRows = [["番禺区农村电商培训台账（普及班）"], ["（按期次登记；脱贫人口专场另见《脱贫人口专场签到》，不含在本表）"],
    ["期次", "培训日期", "培训主题", "培训地点", "参训人次", "承办单位", "备注"]];
  const tMerges = ["A1:G1", "A2:G2"];
  CL.forEach((c, j) => {
    let dcell;
    if (c.range) dcell = c.no === 9 ? rangeText(c.range[0], c.range[1], "dot") : c.no === 16 ? rangeText(c.range[0], c.range[1], "cn") : `${dotDate(c.range[0])}-${ymd(c.range[1])[1]}.${ymd(c.range[1])[2]}`;
    else dcell = dateCell(c.d, j + 3);
    const n = j === 4 ? `${c.n}人次` : j === 10 ? fullWidth(String(c.n)) : c.n;
    tRows.push([`第${c.no}期`, dcell, c.topic, c.place, n, j % 2 ? "广州番禺电商运营服务有限公司" : "番禺区职业技能培训学校", c.d > CUT ? "考评截止日后" : null]);
  });
  tRows.push(["合计", null, null, null, sum(CL.map((c) => c.n)), null, null]);
  tMerges.push(`A${tRows.length}:D${tRows.length}`);
  assert(tRows[11][1] === "2021.4.13-4.15" || /2021\.4\.13/.test(tRows[11][1]), "c1 range cell " + tRows[11][1]);
  const sesBy = (cut) => sum(CL.filter((c) => c.d <= cut).map((c) => c.n));
  const ptOld = sesBy(OLD) + signBy(OLD);
  const ptCut = sesBy(CUT) + signBy(CUT);
  assert(sesBy(OLD) === 4560 && sesBy(CUT) === 4984, "c1 sessions " + sesBy(CUT));
  assert(ptOld === 4600 && ptCut === 5036, "c1 person-times " + ptOld + "/" + ptCut);
  assert(!ratioGE(ptOld, 500000, 1) && ptOld * 1000 >= 500000 * 8 && ratioGE(ptCut, 500000, 1) && !ratioGE(sesBy(CUT), 500000, 1), "c1 0.92% → 8; 1.007% → 10; sessions alone 0.996%");
  assert(ratioGE(sesBy(CUT) + 150 + signBy(CUT), 500000, 1), "c1 the straddling class does not decide");

  // ---------------- 入驻企业
  const F0 = [["广州番禺湾区优品电子商务有限公司", "平台型"], ["广州市番禺区农品汇网络科技有限公司", "平台型"], ["广州市番禺区沙湾姜撞奶网店", "销售型"],
    ["广州市番禺区化龙莲藕电子商务有限公司", "销售型"], ["广州市番禺区石楼岭南佳果商行", "销售型"], ["广州市番禺区南村鲜花电商工作室", "销售型"],
    ["广州番禺电商运营服务有限公司", "电商运营商"], ["广州市番禺区启航代运营工作室", "电商运营商"], ["广州市番禺区速达物流有限公司", "物流企业"],
    ["中国邮政集团有限公司广州市番禺区分公司电商寄递部", "物流企业"], ["广州市番禺区冷链云仓储有限公司", "物流企业"], ["广州市番禺区星光直播传媒有限公司", "直播机构"],
    ["广州市番禺区禾田品牌设计有限公司", "设计服务"], ["广州市番禺区大岗头烧鹅网店", "销售型"], ["广州市番禺区钟村饼家电子商务有限公司", "销售型"],
    ["广州番禺跨境优品贸易有限公司", "平台型"], ["广州市番禺区数智电商服务有限公司", "电商运营商"], ["广州市番禺区湾区供应链管理有限公司", "物流企业"]]
    .map(([n, t]) => ({ n, t, code: creditCode(REGION), in: randIsoBetween("2020-07-01", "2021-08-20"), out: null }));
  const EX = [
    { n: "广州市番禺区果然鲜电子商务有限公司", t: "销售型", in: "2020-10-10", out: "2021-05-31", note: "经营调整退园" },
    { n: "广州市番禺区优农直采供应链有限公司", t: "平台型", in: "2020-12-01", out: "2021-09-20", note: "迁往南沙区" },
    { n: "广州市番禺区新造荔枝电子商务有限公司", t: "销售型", in: "2021-09-08", out: null, note: null },
    { n: "广州市番禺区灵犀短视频工作室", t: "电商运营商", in: "2021-09-22", out: null, note: null },
    { n: "广州市番禺区鲜到家社区团购有限公司", t: "平台型", in: "2021-10-11", out: null, note: "10月入驻" },
  ].map((x) => Object.assign(x, { code: creditCode(REGION) }));
  const ENT = F0.concat(EX).sort((a, b) => cmp(a.in, b.in));
  const eRows = [["番禺电子商务产业园入驻企业名单"], ["（园区运营方广州番禺电商运营服务有限公司提供，更新至2021年10月）"],
    ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退园日期", "备注"]];
  ENT.forEach((f, j) => eRows.push([j + 1, f.n, f.code, f.t, dateCell(f.in, j + 1), f.out ? (j % 2 ? dotDate(f.out) : cnDate(f.out)) : null, f.note || null]));
  const inParkBy = (cut) => ENT.filter((f) => f.in <= cut && !(f.out && f.out <= cut));
  assert(ENT.length === 23 && inParkBy(OLD).length === 19 && inParkBy(CUT).length === 20, "c1 park 19 → 20");
  const types = new Set(inParkBy(CUT).map((f) => f.t));
  assert(["平台型", "销售型", "电商运营商", "物流企业"].every((t) => types.has(t)), "c1 four types");

  // ---------------- 资金台账
  const PAY = [["2020-09-25", "区电商公共服务中心建设首期款", "广州番禺电商运营服务有限公司", 560000], ["2020-11-18", "村级站点建设首期款", "中国邮政集团有限公司广州市番禺区分公司", 420000],
    ["2020-12-22", "农村电商培训服务费（第一期）", "番禺区职业技能培训学校", 168000], ["2021-01-27", "镇村物流配送体系建设首期款", "广州市番禺区速达物流有限公司", 286500],
    ["2021-03-19", "区电商公共服务中心建设进度款", "广州番禺电商运营服务有限公司", 480000], ["2021-04-26", "村级站点建设进度款", "中国邮政集团有限公司广州市番禺区分公司", 365000],
    ["2021-05-28", "农产品品牌推广服务费", "广州市番禺区禾田品牌设计有限公司", 198500], ["2021-07-09", "冷链及溯源系统建设首期款", "广州市番禺区冷链云仓储有限公司", 250000],
    ["2021-07-30", "农村电商培训服务费（第二期）", "番禺区职业技能培训学校", 162000], ["2021-08-25", "公共信息服务平台建设款", "广州市番禺区数智电商服务有限公司", 530000],
    ["2021-09-17", "镇村物流配送体系建设进度款", "广州市番禺区速达物流有限公司", 300000], ["2021-10-14", "村级站点建设尾款", "中国邮政集团有限公司广州市番禺区分公司", 420000]];
  const fRows = [["番禺区省级电子商务进农村综合示范专项资金拨付台账"], ["（下达省级专项资金500万元；金额单位：元）"],
    ["序号", "拨付日期", "项目（用途）", "收款单位", "拨付金额", "凭证号", "备注"]];
  PAY.forEach(([d, what, who, amt], j) => {
    const a = j === 3 ? fmtMoney(amt) : j === 10 ? "30万" : j === 6 ? `${amt}元` : amt;
    fRows.push([j + 1, j % 3 === 1 ? dotDate(d) : D(d), what, who, a, `番商拨〔${d.slice(0, 4)}〕${pad3(j + 11)}号`, d > CUT ? "考评截止日后" : null]);
  });
  fRows.push(["合计", null, null, null, sum(PAY.map((p) => p[3])), null, null]);
  const fMerges = ["A1:G1", "A2:G2", `A${fRows.length}:D${fRows.length}`];
  const spentBy = (cut) => sum(PAY.filter((p) => p[0] <= cut).map((p) => p[3]));
  assert(spentBy(OLD) === 3420000 && spentBy(CUT) === 3720000, "c1 spent " + spentBy(OLD) + "/" + spentBy(CUT));
  assert(!ratioGE(spentBy(OLD), 5000000, 70) && ratioGE(spentBy(CUT), 5000000, 70), "c1 68.4% → −5; 74.4% → judged");

  // ---------------- 月报报送
  const REP = [];
  for (const m of monthsBetween("2020-08", "2021-09")) {
    const next = monthsBetween(m, "2021-12")[1];
    let d = `${next}-0${rint(3, 9)}`;
    if (m === "2020-08") d = "2020-10-09"; // August report sent late together with September's
    REP.push({ m, d, pov: m >= "2020-10" });
  }
  REP.sort((a, b) => cmp(a.d, b.d) || cmp(a.m, b.m));
  const rRows = [["番禺区向广州市商务局报送月度工作情况登记"], ["序号", "所属月份", "报送日期", "报送方式", "含电商扶贫统计", "备注"]];
  REP.forEach((r, j) => rRows.push([j + 1, cnMonth(r.m), j % 3 === 0 ? D(r.d) : j % 3 === 1 ? dotDate(r.d) : cnDate(r.d), j % 2 ? "粤政易" : "电子邮件", r.pov ? "√" : "×",
    r.m === "2020-08" ? "与9月份一并补报" : r.d > CUT ? "考评截止日后" : null]));
  const repM = (w) => w.filter((m) => REP.some((r) => r.d <= CUT && ym(r.d) === m));
  assert(repM(W9).length === 12 && !REP.some((r) => ym(r.d) === "2020-09"), "c1 reports every month of 2020-10…2021-09, none in 2020-09");

  // ---------------- 专栏更新
  const DIS = [];
  for (const m of monthsBetween("2020-09", "2021-10")) if (m !== "2021-06") DIS.push(`${m}-${String(rint(5, 20)).padStart(2, "0")}`);
  const dRows = [["番禺区政府网“电子商务进农村综合示范”专栏更新记录"], ["序号", "发布日期", "标题", "栏目", "链接"]];
  DIS.forEach((d, j) => {
    const prev = monthsBetween("2020-01", ym(d)).slice(-2)[0];
    dRows.push([j + 1, j % 2 ? slashDate(d) : D(d), `番禺区电子商务进农村综合示范项目建设进度（${cnMonth(prev)}）`, "项目进度", `http://www.panyu.gov.cn/zwgk/dszt/dsjnc/content/post_${7100000 + j * 1371}.html`]);
  });
  dRows.push(["注：2021年6月受疫情防控影响未更新。", null, null, null, null]);
  const disM = W9.filter((m) => DIS.some((d) => d <= CUT && ym(d) === m));
  assert(disM.length === 11, "c1 disclosures 11 of 12");

  // ---------------- 宣传报道 and 经验材料
  const MED = [["2020-12-18", "番禺电视台《番禺新闻》", "区级", "电视", "我区村级电商服务站点建设提速", "否"], ["2021-04-09", "广州日报", "市级", "报纸", "番禺：电商服务站开进岭南水乡", "否"],
    ["2021-07-21", "“番禺发布”微信公众号", "区级", "网络", "番禺电商助农这一年", "否"], ["2021-09-15", "广东广播电视台《广东新闻联播》", "省级", "电视", "番禺脱贫户直播卖莲藕，电商帮扶见实效", "是"],
    ["2021-10-12", "中央电视台农业农村频道", "中央级", "电视", "广东番禺：小站点连起致富路", "是"]];
  const mRows = [["番禺区电子商务进农村宣传报道登记表"], ["序号", "日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
  MED.forEach((x, j) => mRows.push([j + 1, j % 2 ? cnDate(x[0]) : D(x[0]), x[1], x[2], x[3], `《${x[4]}》`, x[5]]));
  const MAT = [["2021-09-10", "《番禺区“电商＋岭南水乡”助农增收经验做法》", "广州市商务局"], ["2021-10-26", "《番禺区电子商务进农村综合示范创建工作总结》", "广东省商务厅"]];
  const matRows = [["番禺区电子商务进农村经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送对象", "报送方式"]];
  MAT.forEach((x, j) => matRows.push([j + 1, cnDate(x[0]), x[1], x[2], "粤政易"]));

  // ---------------- 自评表
  const GR = { r19: 5836000000, r20: 7271000000, a19: 426000000, a20: 567000000 };
  assert(pct1(GR.r20 - GR.r19, GR.r19) === "24.6%" && pct1(GR.a20 - GR.a19, GR.a19) === "33.1%", "c1 growth");
  assert(GR.a20 * 10 >= GR.a19 * 13 && GR.r20 * 10 < GR.r19 * 13, "c1 only agri growth qualifies");
  const S = [["番禺区2019年省级电子商务进农村综合示范创建考评自评表"], ["填报单位：广州市番禺区商务局（盖章）　　　　填报日期：2021年10月12日"], [],
    ["一、基本情况", null, null, null]];
  const sm = ["A1:D1", "A2:D2", "A4:D4"];
  const pair = (a, b, c, d) => S.push([a, b, c === undefined ? null : c, d === undefined ? null : d]);
  pair("县（区）", "番禺区", "考评截止日期", "2021年9月30日（受6月疫情影响，经省商务厅同意顺延；原定2021年8月31日）");
  pair("常住人口", "265.82万人", "行政村", `${admin.length}个（另有社区居委会${comms.length}个）`);
  pair("省定贫困村", "无", "领导小组组长", "区委副书记、区长");
  S.push(["领导小组成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局、区邮政管理局", null, null]);
  sm.push(`B${S.length}:D${S.length}`);
  pair("示范创建工作方案", "已正式印发（番府办函〔2020〕25号）", "农村电商扶持政策", "已出台");
  pair("公共服务中心投入运营", D("2020-11-20"), "电商产业园", "已建成（番禺电子商务产业园）");
  pair("中心免费培训场所、设备", "有", "中心免费展示、销售农产品", "有");
  pair("中心免费摄影、美工", "有", "农产品统一推广、品牌建设指导", "有");
  pair("其他衍生增值服务", "无", "专业第三方运营服务商", "有");
  pair("行政村物流快递覆盖率", "100%", "能统计电商扶贫情况", "能");
  pair("2019年农村网络零售额", "58.36亿元", "2020年农村网络零售额", "72.71亿元");
  pair("2019年农产品网络零售额", "4.26亿元", "2020年农产品网络零售额", "5.67亿元");
  pair("电商培训人次", `${fmtInt(ptCut)}人次`, "有劳动能力脱贫人口（不含外出务工）", `${eligible.length}人`);
  pair("参加培训的脱贫人口", `${trainedBy(CUT)}人`, "专栏公示创建方案", "是");
  pair("专栏公示项目基本信息", "是", "专栏公示项目建设进度", "是");
  pair("专栏征求意见或监督举报窗口", "有（监督举报电话、邮箱）", "下达省级专项资金", "500万元");
  pair("累计拨付资金", `${wan(spentBy(CUT))}万元`, "项目总体进度", "85%");
  pair("资金管理制度", "已制定", "资金专用台账", "已建立");
  pair("安全生产、质量事故或重大损失", "无", "弄虚作假", "无");
  S.push([]);
  S.push(["二、主观评分项自评", null, null, null]);
  sm.push(`A${S.length}:D${S.length}`);
  S.push(["评分项", "分值范围", "自评分", "说明"]);
  const JUD = [["方案制定", "1-2分", 2, null], ["政策支持", "1-2分", 2, null], ["项目管理制度", "1-2分", 2, null], ["工作台账", "1-2分", 1, "部分台账6月后补录"], ["网销调研", "1-2分", 2, null],
    ["网络促销活动", "1-2分", 1, null], ["交易标准与冷链溯源", "1-2分", 1, null], ["资金管理制度", "1-5分", 4, null], ["资金台账", "1-5分", 4, null], ["资金及时拨付", "1-5分", 3, "9月拨付后支出率74.4%"]];
  for (const j of JUD) S.push(j.slice());
  S.push([]);
  S.push(["三、指标自评得分", null, null, null]);
  sm.push(`A${S.length}:D${S.length}`);
  S.push(["工作任务", "评价指标", "分值", "自评得分"]);
  const IND = [["加强组织领导与统筹协调（10分）", [["组织领导", 2, 2], ["方案制定", 2, 2], ["政策支持", 2, 2], ["项目管理", 4, 3]]],
    ["深入推动电子商务进农村工作（55分）", [["服务体系建设（县级中心与产业园）", 15, 14], ["服务体系建设（村级站点覆盖）", 10, 10], ["农村产品上行", 10, 9], ["电商人才培训", 20, 20]]],
    ["加强信息公开及报送（10分）", [["信息公开", 4, 4], ["数据上报", 6, 6]]], ["加强宣传推广（10分）", [["案例总结", 2, 2], ["经验推广", 8, 8]]],
    ["加强财政资金管理（15分）", [["制度建立", 5, 4], ["资金台账", 5, 4], ["资金支出", 5, 3]]],
    ["加分项（4分）", [["建档立卡贫困人口培训率70%及以上", 2, 0], ["电商扶贫典型案例获电视播报", 2, 1]]]];
  const claimedList = [];
  for (const [g, items] of IND) {
    const top = S.length + 1;
    items.forEach(([n, w, p], j) => {
      S.push([j === 0 ? g : null, n, w, p]);
      claimedList.push(p);
    });
    mergeCol(sm, "A", top, S.length);
  }
  S.push(["一票否决项", "安全生产质量事故、总体进度不足40%、弄虚作假", "—", "无"]);
  const claimedTotal = sum(claimedList.slice(0, 15));
  S.push(["合计", null, 100, `${claimedTotal}＋${sum(claimedList.slice(15))}＝${claimedTotal + sum(claimedList.slice(15))}`]);
  sm.push(`A${S.length}:B${S.length}`);
  S.push(["填表人：梁××　　审核：区商务局副局长 何××　　联系电话：020-84xxxxxx", null, null, null]);
  sm.push(`A${S.length}:D${S.length}`);
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = claimedList[j]));
  claimed["bonus.poorTraining"] = claimedList[15];
  claimed["bonus.tvCase"] = claimedList[16];
  assert(claimedTotal === 93, "c1 claimed 93 " + claimedTotal);

  // ---------------- points
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 2 + 1,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 2 + 1, "work.coverage": 5 + 5, "work.upward": 2 + 1 + 1 + 1 + 1 + 2,
    "work.training": 10 + 10, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 3, "bonus.poorTraining": 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 91 && bonus === 1, "c1 total " + scored);
  assert("2020-11-20" <= SIX, "c1 centre six months");
  const derivation = [
    "asOf: 自评表“考评截止日期：2021年9月30日（受6月疫情影响，经省商务厅同意顺延；原定2021年8月31日）” → 截止日2021-09-30，近一年为2020年10月至2021年9月，运行6个月要求2021-03-30前投入运营；9月的台账行都算，10月的不算",
    "org.leadership: 组长“区委副书记、区长”（主要领导），成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局 → 2",
    "org.plan: 主观评分项自评 方案制定2 → 2",
    "org.policy: 政策支持2 → 2",
    "org.management: 项目管理制度2、工作台账1 → 3",
    `work.center: 中心2020年11月20日投入运营 ≤ 截止日 → 2；≤ 2021-03-30 → 运行满6个月 2；免费培训2、展示销售1、摄影美工1、品牌推广1；其他衍生增值服务“无” → 0；产业园已建成 → 2；入驻企业名单23行：截至9月30日在园20家（5月31日退园的不算，9月20日迁往南沙区的不算，9月8日、9月22日入驻的两家算，10月11日入驻的不算；按8月31日只有19家） → 2；类型有平台型、销售型、电商运营商、物流企业 → 1；合计14`,
    `work.coverage: 村居名单村委会${admin.length}个（居委会${comms.length}个不算），< 200 以150为基数；站点台账按镇分组（镇标题行不是站点），截至9月30日有站点的行政村105个（9月6日“${vSep1}”、9月23日“${vSep2}”两个村只有9月挂牌的站，算；“${vOct}”只有10月15日挂牌的站不算；一格“2021年3月”算；三个村的第二个服务点不重复算；两个社区服务点不算） → 105/150 = 70.0% ≥ 70% → 5（按8月31日是103/150 = 68.7% → 2）；无省定贫困村 → 5（提示）；合计10`,
    "work.upward: 网销调研2、网络促销1；第三方运营服务商有 → 1；村居名单“快递网点数”列每个村委会都 ≥ 1（“1（代收点）”也是1；为0的是新造镇一个社区，社区不算） → 1；交易标准与冷链溯源1；农村网络零售额58.36亿→72.71亿元增长24.6% < 30%，农产品网络零售额4.26亿→5.67亿元增长33.1% ≥ 30% → 2；合计8（自评9）",
    `work.training: 普及班台账截至9月30日17期${fmtInt(sesBy(CUT))}人次（第9期“2021.4.13-4.15”读4月15日；一格“人次”文字、一格全角数字；第18期“2021.9.29-10.1”按结束日10月1日在截止日后，第19期10月14日，都不算；合计行不是期次），另加脱贫人口专场签到截至9月30日三场${signBy(CUT)}人次（表头写明未计入普及班） → ${fmtInt(ptCut)}人次；常住人口265.82万封顶50万 → ${fmtInt(ptCut)}/500,000 = 1.007% ≥ 1% → 10（只算普及班是0.996%，按8月31日是${fmtInt(ptOld)}人次0.92%）；脱贫人口名单56人，有劳动能力（含弱劳动能力）且不在区外务工的40人；专场签到截至9月30日到过的其中21人（第三场9月16日新到2人；区外务工的、监测户不算；重复参加只算一次） → 21/40 = 52.5% → 10（按8月31日19/40 = 47.5%）；合计20`,
    "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度，有监督举报窗口 → 2；专栏更新记录2020年10月至2021年9月缺2021年6月 → 不定时 → 1；合计3（自评4）",
    "info.reporting: 月报登记按报送日期：8月份月报10月9日与9月份一并补报，2020年10月至2021年9月每月都有报送 → 3（按原截止日的2020年9月至2021年8月缺2020年9月，只是不定时）；“含电商扶贫统计”√、自评表“能统计” → 3；合计6",
    "promo.cases: 经验材料2021年9月10日报广州市商务局 → 2（10月26日报省厅那份在截止日后）",
    "promo.media: 截止日前：广东广播电视台《广东新闻联播》9月15日（省级） → 4；广州日报（市级） → 3；番禺电视台、“番禺发布”（区级） → 1；中央电视台10月12日在截止日后不算 → 8",
    "fund.system: 资金管理制度自评4 → 4",
    "fund.ledger: 资金台账自评4 → 4",
    `fund.spending: 资金拨付台账截至9月30日11笔${fmtMoney(spentBy(CUT))}元（一格“286,500.00”、一格“198500元”、一格“30万”=300,000元；10月14日420,000元不算；合计行不是拨付） ÷ 5,000,000 = 74.4% ≥ 70% → 资金及时拨付自评3 → 3（按8月31日是68.4%，会倒扣5分）`,
    "bonus.poorTraining: 52.5% < 70% → 0",
    "bonus.tvCase: 电商扶贫典型案例9月15日在广东广播电视台（省级电视）播出 → 1；中央电视台那次在10月12日，截止日后 → 不是2",
    "veto.incident: 自评表“安全生产、质量事故或重大损失：无” → 不否决",
    "veto.progress: 项目总体进度85% ≥ 40% → 不否决",
    "veto.fraud: “弄虚作假：无” → 不否决",
  ];
  const sheets = [
    { name: "自评表", rows: S, merges: sm },
    { name: "村居名单", rows: vRows, merges: vMerges },
    { name: "站点台账", rows: sRows, merges: sMerges },
    { name: "培训台账（普及班）", rows: tRows, merges: tMerges },
    { name: "脱贫人口专场签到", rows: spRows, merges: spMerges },
    { name: "脱贫人口名单", rows: pRows, merges: pMerges },
    { name: "入驻企业", rows: eRows, merges: ["A1:G1", "A2:G2"] },
    { name: "资金拨付台账", rows: fRows, merges: fMerges },
    { name: "月报报送", rows: rRows, merges: ["A1:F1"] },
    { name: "专栏更新", rows: dRows, merges: ["A1:E1", `A${dRows.length}:E${dRows.length}`] },
    { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
    { name: "经验材料", rows: matRows, merges: ["A1:E1"] },
  ];
  checkMergedBlank(sheets, "c1");
  return {
    description:
      "广州番禺区商务局整本考评工作簿（12个表），91分＋加分1＝92分、未否决（自评93＋1）：自评表“考评截止日期”写“2021年9月30日（受6月疫情影响，经省商务厅同意顺延；原定2021年8月31日）”，整本要按9月30日算——近一年是2020年10月至2021年9月、运行6个月以2021-03-30为界，9月的台账行都算、10月的不算，而按8月31日会得另一套分（站点覆盖103/150→105/150恰好70%、培训人次0.92%→1.007%、脱贫人口培训19→21人、入驻企业19→20家、支出率68.4%→74.4%、月报缺2020年9月→月月有、经验材料和省台播出都在9月）；自评表是两对“标签|值”并排的基本情况、主观评分项小表和按工作任务纵向合并的指标自评表；台账有村居名单（快递列是“快递网点数（个）”数字，一格“1（代收点）”，为0的是社区）、按镇分组的站点台账（镇标题行）、普及班培训台账（三天班、跨月“2021.9.29-10.1”按10月1日、“人次”文字、全角数字）和另表的脱贫人口专场签到（表头写明未计入普及班，要相加）、脱贫人口名单（弱劳动能力算有劳动能力，区外务工为外出）、入驻企业（9月退园1家、9月入驻2家、10月入驻1家）、资金拨付台账（“286,500.00”“198500元”“30万”）、月报报送（8月份月报10月9日补报）、专栏更新（6月未更新）、宣传报道（省台9月15日典型案例电视、央视10月12日）和经验材料。",
    sheets,
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}


// =====================================================================================================
// f1 — 佛山顺德区: the city bureau's template with one column per district; only the 顺德区 column is filled
// =====================================================================================================
function buildF1() {
  const DIST = ["禅城区", "南海区", "顺德区", "高明区", "三水区"];
  const MY = DIST.indexOf("顺德区");
  const W = 10; // A 序号 | B 项目 | C 单位 | D 填报说明 | E–I five districts | J 备注
  const rows = [["佛山市2019年省级电子商务进农村综合示范创建考评基础数据及自评汇总表"],
    ["（请各区在本区所在列填写，数据截至2021年8月31日；“填报说明”列为填写要求，不是数据；9月10日前报市商务局电商科）"],
    ["序号", "项目", "单位", "填报说明", "各区填报", null, null, null, null, "备注"],
    [null, null, null, null].concat(DIST, [null])];
  const merges = ["A1:J1", "A2:J2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:I3", "J3:J4"];
  let no = 0;
  const sec = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:J${rows.length}`);
  };
  const item = (label, unit, hint, value, note) => {
    const r = padRow([++no, label, unit, hint], W);
    r[4 + MY] = value;
    r[9] = note === undefined ? null : note;
    rows.push(r);
    return rows.length;
  };
  sec("一、基本情况");
  item("常住人口", "万人", "以第七次全国人口普查数据为准，保留两位小数", 325.8, "七普");
  item("行政村数", "个", "不含社区（居委会），如“195”", 104, "另有社区居委会101个");
  item("省定贫困村数", "个", "无则填0", 0, null);
  sec("二、组织领导");
  item("领导小组组长", "—", "填写职务，如“县长”“副县长”", "区委副书记、区长", "顺府办发〔2020〕6号");
  item("领导小组成员单位", "—", "列出主要成员单位", "区经济和科技促进局（区商务主管部门）、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监督管理局", null);
  item("示范创建工作方案", "是/否", "已正式印发填“是”", "是", "2020年5月印发");
  item("支持农村电商发展政策", "是/否", "已出台填“是”", "是", null);
  sec("三、服务体系建设");
  item("县级电子商务公共服务中心投入运营日期", "日期", "格式：2020-01-01", "2020.12.16", null);
  item("有免费培训场所、培训设备", "是/否", null, "是", null);
  item("为特色农产品提供免费展示、销售服务", "是/否", null, "是", null);
  item("为电子商务市场主体提供免费摄影、美工服务", "是/否", null, "否", "摄影棚2021年10月启用");
  item("组织农产品统一推广、指导品牌建设", "是/否", null, "是", null);
  item("提供其他衍生增值服务", "是/否", null, "是", "代办营业执照、融资对接");
  item("建设或整合、优化电商产业园", "是/否", null, "是", null);
  item("电商产业园入驻企业数", "家", "截至填报时", 23, null);
  sec("四、农村产品上行");
  item("专业第三方电子商务运营或服务商", "有/无", null, "有", null);
  item("行政村物流快递覆盖率", "%", "填百分数，如100", 100, null);
  item("2019年农村网络零售额", "亿元", "以省商务厅提供数据为准", 86.42, null);
  item("2020年农村网络零售额", "亿元", "同上", 104.17, null);
  item("2020年农村网络零售额同比增速", "%", "保留一位小数，如30.5", 20.5, null);
  item("2019年农产品网络零售额", "亿元", "同上", 7.38, null);
  item("2020年农产品网络零售额", "亿元", "同上", 9.71, null);
  item("2020年农产品网络零售额同比增速", "%", "同上", 31.6, null);
  sec("五、电商人才培训");
  item("电商培训人次", "人次", "截至考评截止日累计", "6,215", null);
  item("有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "以扶贫（乡村振兴）部门确认数为准", 52, null);
  item("参加培训的建档立卡贫困人口", "人", "按身份证号去重", 31, null);
  sec("六、信息公开及数据报送");
  item("专栏公示创建方案", "是/否", null, "是", null);
  item("专栏公示项目基本信息", "是/否", null, "是", null);
  item("专栏公示项目建设进度", "是/否", null, "是", null);
  item("专栏设立征求意见或监督举报窗口", "是/否", null, "否", "网站改版中");
  item("能统计电商扶贫情况", "是/否", null, "是", null);
  sec("七、资金管理");
  item("下达省级专项资金", "万元", "如500", 500, null);
  item("累计拨付资金", "万元", "截至考评截止日", 412.36, null);
  item("项目总体进度", "%", "如85", 88, null);
  item("已制定资金管理制度", "是/否", null, "是", null);
  item("已建立资金专用台账", "是/否", null, "是", null);
  sec("八、一票否决事项");
  item("发生安全生产、质量事故或重大损失", "是/否", null, "否", null);
  item("弄虚作假", "是/否", null, "否", null);
  sec("九、主观评分项自评");
  const JUD = [["方案制定", "1-2", 2], ["政策支持", "1-2", 2], ["项目管理制度", "1-2", 2], ["工作台账", "1-2", 2], ["网销调研", "1-2", 1], ["网络促销活动", "1-2", 2],
    ["交易标准与冷链、溯源系统", "1-2", 1], ["资金管理制度", "1-5", 5], ["资金台账", "1-5", 4], ["资金及时拨付", "1-5", 4]];
  for (const [n, r, v] of JUD) item(n, "分", `${r}分`, v, null);
  sec("十、自评得分");
  const IND = [["组织领导", 2, 2], ["方案制定", 2, 2], ["政策支持", 2, 2], ["项目管理", 4, 4], ["服务体系建设（县级中心与产业园）", 15, 14], ["服务体系建设（村级站点覆盖）", 10, 10],
    ["农村产品上行", 10, 8], ["电商人才培训", 20, 20], ["信息公开", 4, 2], ["数据上报", 6, 6], ["案例总结", 2, 2], ["经验推广", 8, 8], ["制度建立", 5, 5], ["资金台账", 5, 4],
    ["资金支出", 5, 4], ["加分项：建档立卡贫困人口培训率70%及以上", 2, 0], ["加分项：电商扶贫典型案例获电视播报", 2, 1]];
  for (const [n, w, v] of IND) item(n, "分", `满分${w}分`, v, null);
  const tot = sum(IND.slice(0, 15).map((x) => x[2]));
  const bon = sum(IND.slice(15).map((x) => x[2]));
  item("合计", "分", "不含加分项另列", `${tot}（另加分${bon}）`, null);
  rows.push(padRow([], W));
  rows.push(padRow(["填报单位（盖章）：佛山市顺德区经济和科技促进局　　填报人：何××　　联系电话：0757-22xxxxxx　　填报日期：2021年9月7日"], W));
  merges.push(`A${rows.length}:J${rows.length}`);
  const sheets = [{ name: "附件2", rows, merges }];
  checkMergedBlank(sheets, "f1");
  // every value sits in the 顺德区 column; the other district columns are empty below the header
  for (let i = 4; i < rows.length; i++) for (let c = 4; c <= 8; c++) if (c !== 4 + MY) assert(rows[i][c] === null, "f1 other districts empty");
  assert(pct1(10417 - 8642, 8642) === "20.5%" && pct1(971 - 738, 738) === "31.6%", "f1 growth as stated");
  assert(tot === 93 && bon === 1, "f1 claimed 93 + 1");
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = IND[j][2]));
  claimed["bonus.poorTraining"] = IND[15][2];
  claimed["bonus.tvCase"] = IND[16][2];
  const judged = {};
  ["org.plan", "org.policy", "org.management.system", "org.management.ledger", "work.upward.research", "work.upward.promotion", "work.upward.standards", "fund.system", "fund.ledger", "fund.spending"]
    .forEach((k, j) => (judged[k] = JUD[j][2]));
  return {
    description:
      "佛山顺德区经济和科技促进局交回的，是佛山市商务局下发的全市汇总模板《考评基础数据及自评汇总表》：一区一列（表头两行，“各区填报”合并在禅城区｜南海区｜顺德区｜高明区｜三水区之上），顺德区只填了自己那一列（G列），其余四区列全空；每行是 序号｜项目｜单位｜填报说明｜五区｜备注，标签和值之间隔着“填报说明”和两列空的别区列；“填报说明”里有示例值（“如“195””“格式：2020-01-01”“如500”“如85”），不是数据；单位在单位列（万人、亿元、万元、%），值是裸数字（325.8、86.42、412.36、20.5、88）、“6,215”文本、“2020.12.16”、是/否、有/无；下面“九、主观评分项自评”“十、自评得分”也在同一列（合计“93（另加分1）”）；县名只在列头和末行“填报单位：佛山市顺德区经济和科技促进局”，标题里的“佛山市”不是县。",
    sheets,
    expect: {
      facts: {
        county: "顺德区", asOf: "2021-08-31", residentPopulation: 3258000, adminVillagesStated: 104, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-16", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 8642000000, ruralRetail2020: 10417000000, ruralRetailGrowthStated: 0.205,
        agriRetail2019: 738000000, agriRetail2020: 971000000, agriRetailGrowthStated: 0.316,
        trainingPersonTimesStated: 6215, eligiblePoorPersonsStated: 52, trainedPoorPersonsStated: 31,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4123600, overallProgress: 0.88, fundSystemIssued: true, fundLedgerKept: true,
        vetoIncident: false, vetoFraud: false,
      },
      judged,
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f2 — 佛山禅城区: a monthly tracker of cumulative figures (months as columns, two year groups) under a static block
// =====================================================================================================
function buildF2() {
  const MONTHS = monthsBetween("2020-09", "2021-09");
  const W = 3 + MONTHS.length + 1; // A 指标 | B 单位 | C 目标值 | months | 备注
  const rows = [["禅城区电子商务进农村综合示范创建重点指标月度跟踪表"],
    ["佛山市禅城区经济和科技促进局电商科　　考评截止日期：2021年8月31日　　本表更新至：2021年9月15日"], [],
    ["一、基本情况（不按月变动）"]];
  const merges = [`A1:${colName(W - 1)}1`, `A2:${colName(W - 1)}2`, `A4:${colName(W - 1)}4`];
  const stat = (label, value, note) => {
    rows.push([label, value, note === undefined ? null : note]);
  };
  stat("常住人口", "134.02万人", "第七次全国人口普查");
  stat("行政村", "38个", "社区居委会不计");
  stat("省定贫困村", "0个", null);
  stat("领导小组组长", "区长", "禅府办函〔2020〕12号");
  stat("领导小组成员单位", "区经科局（商务）、区财政局、区农业农村局、区乡村振兴局、区市场监管局", null);
  stat("示范创建工作方案", "已印发", "2020年4月");
  stat("农村电商扶持政策", "已出台", null);
  stat("公共服务中心投入运营", "2021年1月8日", null);
  stat("中心免费培训场所、设备", "有", null);
  stat("中心免费展示、销售农产品", "有", null);
  stat("中心免费摄影、美工", "有", null);
  stat("中心农产品统一推广、品牌指导", "有", null);
  stat("中心其他衍生增值服务", "无", null);
  stat("电商产业园", "已整合（禅城电子商务产业园）", null);
  stat("专业第三方运营服务商", "有", null);
  stat("2019年农村网络零售额", "31.26亿元", "省商务厅提供");
  stat("2020年农村网络零售额", "38.04亿元", "省商务厅提供");
  stat("2019年农产品网络零售额", "2.64亿元", "省商务厅提供");
  stat("2020年农产品网络零售额", "3.18亿元", "省商务厅提供");
  stat("专栏公示创建方案", "是", null);
  stat("专栏公示项目基本信息", "是", null);
  stat("专栏公示项目建设进度", "是", null);
  stat("专栏监督举报窗口", "是", "区经科局监督电话");
  stat("下达省级专项资金", "500万元", null);
  stat("资金管理制度", "已制定", null);
  stat("资金专用台账", "已建立", null);
  stat("安全生产、质量事故或重大损失", "无", null);
  stat("弄虚作假", "无", null);
  rows.push([]);
  rows.push(["二、月度跟踪（累计数，每月末更新）"]);
  merges.push(`A${rows.length}:${colName(W - 1)}${rows.length}`);
  const h1 = ["指标", "单位", "目标值"];
  const h2 = [null, null, null];
  MONTHS.forEach((m, j) => {
    const [y, mo] = m.split("-").map(Number);
    h1.push(j === 0 ? "2020年" : m === "2021-01" ? "2021年" : null);
    h2.push(m === "2021-09" ? "9月（至15日）" : `${mo}月`);
  });
  h1.push("备注");
  h2.push(null);
  rows.push(h1);
  rows.push(h2);
  const hr = rows.length - 1;
  const c2020a = 3;
  const c2020b = 3 + MONTHS.indexOf("2020-12");
  const c2021a = 3 + MONTHS.indexOf("2021-01");
  const c2021b = 3 + MONTHS.indexOf("2021-09");
  merges.push(`A${hr}:A${hr + 1}`, `B${hr}:B${hr + 1}`, `C${hr}:C${hr + 1}`, `${colName(c2020a)}${hr}:${colName(c2020b)}${hr}`, `${colName(c2021a)}${hr}:${colName(c2021b)}${hr}`,
    `${colName(W - 1)}${hr}:${colName(W - 1)}${hr + 1}`);
  const iAug = MONTHS.indexOf("2021-08");
  // cumulative series, with a blank February (春节未更新)
  const ser = (start, end, sep) => {
    const out = [];
    for (let j = 0; j < MONTHS.length; j++) {
      if (j === iAug) out.push(end);
      else if (j === MONTHS.length - 1) out.push(sep);
      else out.push(Math.round(start + ((end - start) * j) / iAug));
    }
    return out;
  };
  const track = (label, unit, target, vals, note, fmt) => {
    const r = [label, unit, target];
    vals.forEach((v, j) => r.push(MONTHS[j] === "2021-02" ? null : fmt ? fmt(v, j) : v));
    r.push(note === undefined ? null : note);
    rows.push(r);
  };
  const PT = ser(486, 4727, 5103);
  track("电商培训人次（累计）", "人次", "≥5,000", PT, "9月为至15日数", (v, j) => (j % 4 === 1 ? fmtInt(v) : v));
  track("　其中：线上直播课人次", "人次", "—", ser(120, 1386, 1502), "已含在上一行");
  track("行政村快递覆盖率", "%", 100, [89, 89, 92, 92, 95, 95, 95, 97, 97, 100, 100, 100, 100], null);
  track("有劳动能力建档立卡贫困人口（不含外出务工）", "人", "—", [51, 51, 51, 50, 50, 50, 49, 49, 49, 48, 48, 48, 48], "按区乡村振兴局动态调整数");
  track("参加培训的建档立卡贫困人口（累计，去重）", "人", "≥50%", [0, 4, 6, 9, 11, 11, 14, 16, 18, 19, 21, 22, 26], "9月10日专场新增4人");
  track("累计拨付省级资金", "万元", 500, [62.5, 62.5, 118.3, 146.8, 146.8, 146.8, 198.2, 232.6, 268.4, 301.75, 330.1, 356.8, 381.2], null);
  track("项目总体进度", "%", 100, [22, 28, 33, 40, 44, 46, 52, 58, 63, 68, 73, 78, 82], null);
  track("建成村级站点（累计）", "个", 27, [6, 9, 12, 15, 17, 17, 20, 22, 24, 25, 27, 27, 28], null);
  track("能统计电商扶贫情况", "—", "—", ["×", "√", "√", "√", "√", "√", "√", "√", "√", "√", "√", "√", "√"], null);
  rows.push([]);
  rows.push(["三、主观评分项自评（分）"]);
  merges.push(`A${rows.length}:${colName(W - 1)}${rows.length}`);
  rows.push(["评分项", "分值范围", "自评分"]);
  const JUD = [["方案制定", "1-2", 2], ["政策支持", "1-2", 2], ["项目管理制度", "1-2", 1.5], ["工作台账", "1-2", 2], ["网销调研", "1-2", 1.5], ["网络促销活动", "1-2", 2],
    ["交易标准与冷链溯源", "1-2", 1], ["资金管理制度", "1-5", 4.5], ["资金台账", "1-5", 4], ["资金及时拨付", "1-5", 4]];
  for (const j of JUD) rows.push(j.slice());
  rows.push([]);
  rows.push(["注：1．二表为累计数，考评取2021年8月列；9月列为至9月15日数，仅供参考。2．2021年2月因春节未更新。"]);
  merges.push(`A${rows.length}:${colName(W - 1)}${rows.length}`);
  const sheets = [{ name: "月度跟踪", rows, merges }];
  checkMergedBlank(sheets, "f2");
  const augCol = 3 + iAug;
  const cellAt = (label) => rows.find((r) => r[0] === label)[augCol];
  assert(rows[hr - 1][c2021a] === "2021年" && rows[hr][augCol] === "8月" && rows[hr][3] === "9月", "f2 header");
  assert(cellAt("电商培训人次（累计）") === 4727 || cellAt("电商培训人次（累计）") === "4,727", "f2 August training " + cellAt("电商培训人次（累计）"));
  assert(cellAt("参加培训的建档立卡贫困人口（累计，去重）") === 22 && cellAt("有劳动能力建档立卡贫困人口（不含外出务工）") === 48 && cellAt("累计拨付省级资金") === 356.8 && cellAt("项目总体进度") === 78, "f2 August column");
  const judged = {};
  ["org.plan", "org.policy", "org.management.system", "org.management.ledger", "work.upward.research", "work.upward.promotion", "work.upward.standards", "fund.system", "fund.ledger", "fund.spending"]
    .forEach((k, j) => (judged[k] = JUD[j][2]));
  return {
    description:
      "佛山禅城区经济和科技促进局电商科的《重点指标月度跟踪表》：上面“一、基本情况（不按月变动）”是 标签｜值｜说明 三列（值带单位文字：“134.02万人”“38个”“31.26亿元”“500万元”）；中间“二、月度跟踪（累计数）”一行一个指标、月份为列，两行表头（“2020年”合并在9月—12月之上、“2021年”合并在1月—9月之上，所以“9月”出现两次），考评要读2021年8月那一列（培训4,727人次、有劳动能力贫困人口48人、参训22人、累计拨付356.8万元、进度78%、快递100%、扶贫统计√），不是最后的“9月（至15日）”列（5,103、26人、381.2万元、82%），也不是目标值列；2月列空（春节未更新）；“其中：线上直播课人次”、建成站点数不是输入；第2行“考评截止日期：2021年8月31日”和“更新至2021年9月15日”并列；主观评分项有半分（项目管理制度1.5、网销调研1.5、资金管理制度4.5）。",
    sheets,
    expect: {
      facts: {
        county: "禅城区", asOf: "2021-08-31", residentPopulation: 1340200, adminVillagesStated: 38, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2021-01-08", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 3126000000, ruralRetail2020: 3804000000, agriRetail2019: 264000000, agriRetail2020: 318000000,
        trainingPersonTimesStated: 4727, eligiblePoorPersonsStated: 48, trainedPoorPersonsStated: 22,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3568000, overallProgress: 0.78, fundSystemIssued: true, fundLedgerKept: true,
        vetoIncident: false, vetoFraud: false,
      },
      judged,
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 汕头金平区: a city 典型县（区）推荐表 (a form grid of four label|value pairs per row + a long 主要做法 cell + 意见 blocks)
// =====================================================================================================
function buildF3() {
  const W = 8;
  const rows = [["汕头市电子商务进农村工作典型县（区）推荐表"], ["推荐单位（盖章）：汕头市金平区商务局　　　　　　　　　　填表日期：2021年9月22日"]];
  const merges = ["A1:H1", "A2:H2"];
  rows.push(["县（区）名称", "金平区", null, null, "推荐类别", "省级电子商务进农村综合示范县（区）", null, null]);
  merges.push(`B${rows.length}:D${rows.length}`, `F${rows.length}:H${rows.length}`);
  rows.push(["联系人", "郑××", "职务", "电商股股长", "联系电话", "0754-88xxxxxx", null, null]);
  merges.push(`F${rows.length}:H${rows.length}`);
  rows.push(["基本情况（数据截至2021年8月31日）", null, null, null, null, null, null, null]);
  merges.push(`A${rows.length}:H${rows.length}`);
  rows.push(["常住人口（万人）", 83.95, "行政村（个）", 18, "社区（个）", 113, "省定贫困村（个）", 0]);
  rows.push(["公共服务中心运营时间", "2020.10.28", "产业园入驻企业（家）", 21, "村级站点（个）", 16, "快递进村率", "100%"]);
  rows.push(["2019年农村网零（亿元）", 47.6, "2020年农村网零（亿元）", 61.35, "2019年农产品网零（亿元）", 3.02, "2020年农产品网零（亿元）", 3.71]);
  rows.push(["培训人次", "4,380", "有劳动能力贫困人口（不含外出务工，人）", 27, "参训贫困人口（人）", 15, "下达省级资金（万元）", 500]);
  rows.push(["累计拨付（万元）", 402.65, "项目总体进度", "90%", null, null, null, null]);
  const TEXT = [
    "一是高位推动。成立由区长任组长，区商务局、区财政局、区农业农村局、区乡村振兴局等12个部门为成员的示范创建工作领导小组；2020年4月正式印发《金平区电子商务进农村综合示范创建实施方案》，出台《金平区支持农村电商发展十条措施》。",
    "二是建强服务体系。整合建成金平电子商务产业园和区电商公共服务中心，中心设培训教室、直播间、农特产品展厅和摄影棚，免费为入驻主体和农户提供电商培训、农特产品展示销售、摄影美工服务，组织“金平好物”区域品牌统一推广；引进汕头市金电数商运营管理有限公司作为专业第三方运营服务商。融资对接、代账等其他衍生增值服务暂未开展。",
    "三是公开透明。区政府网设立“电子商务进农村综合示范”专栏，公开创建方案、项目基本信息和每月建设进度，设立监督举报电话；每月向市商务局报送工作进展，同步统计脱贫人口参训和电商带动增收情况。",
    "四是管好资金。制定《金平区省级电子商务进农村综合示范专项资金管理办法》，各承建单位建立资金专用台账，按合同和进度拨付。",
  ];
  rows.push(["主要做法和成效", TEXT.join("\n"), null, null, null, null, null, null]);
  merges.push(`B${rows.length}:H${rows.length}`);
  rows.push(["区（县）商务主管部门意见", "同意推荐。经核实，上述数据真实准确；创建期间未发生安全生产、质量事故和重大损失，无弄虚作假情况。\n（盖章）　　2021年9月22日", null, null, null, null, null, null]);
  merges.push(`B${rows.length}:H${rows.length}`);
  rows.push(["市商务局推荐意见", "（盖章）　　　　年　　月　　日", null, null, null, null, null, null]);
  merges.push(`B${rows.length}:H${rows.length}`);
  rows.push(["注：本表一式三份，“主要做法和成效”不超过800字。", null, null, null, null, null, null, null]);
  merges.push(`A${rows.length}:H${rows.length}`);
  const sheets = [{ name: "推荐表", rows, merges }];
  checkMergedBlank(sheets, "f3");
  assert(TEXT.join("\n").length < 800, "f3 text under 800 characters");
  assert(pct1(6135 - 4760, 4760) === "28.9%" && pct1(371 - 302, 302) === "22.8%", "f3 growth under 30%");
  return {
    description:
      "汕头金平区商务局填的《汕头市电子商务进农村工作典型县（区）推荐表》（不是自评表，没有自评分）：仿Word表格的8列格子，“基本情况（数据截至2021年8月31日）”下每行并排四对“标签｜值”（常住人口（万人）83.95、行政村18、社区113、省定贫困村0；运营时间“2020.10.28”、入驻企业21、站点16、快递进村率“100%”；两年农村网零、农产品网零（亿元，只有额没有增速）；培训“4,380”、有劳动能力贫困人口27、参训15、下达500万元；累计拨付402.65万元、进度“90%”），单位在标签括号里；领导小组（区长任组长、商务财政农业农村乡村振兴等部门）、方案和政策、产业园、中心三项免费服务和品牌推广、第三方运营商、“其他衍生增值服务暂未开展”、专栏四项内容、扶贫统计、资金管理办法和专用台账都只写在一个合并的“主要做法和成效”长格里（格内换行分“一是…四是”）；事故和弄虚作假写在“区商务主管部门意见”格里；填表日期2021年9月22日不是截止日期，市局意见栏空白。",
    sheets,
    expect: {
      facts: {
        county: "金平区", asOf: "2021-08-31", residentPopulation: 839500, adminVillagesStated: 18, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-10-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 4760000000, ruralRetail2020: 6135000000, agriRetail2019: 302000000, agriRetail2020: 371000000,
        trainingPersonTimesStated: 4380, eligiblePoorPersonsStated: 27, trainedPoorPersonsStated: 15,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4026500, overallProgress: 0.9, fundSystemIssued: true, fundLedgerKept: true,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}


// =====================================================================================================
// l1 — 河源源城区: certificate register as training ledger, a two-block labour roster, experience materials, hidden dropdown lists
// =====================================================================================================
function buildL1() {
  const REGION = "441602";
  const vName = nameMaker("黄白石龙凤金大上下东西南新塘高", ["坑", "岭", "坪", "塘", "田", "岗", "坝", "湖", "围", "径", "陂", "排"], "村", ["源南", "埔前", "高埔", "源西", "东埔"]);
  const villages = Array.from({ length: 14 }, () => vName());

  // ---------------- 培训结业证书登记
  const CLS = [
    { code: "A", name: "农村电商基础班", time: "2020.11.24-26", end: "2020-11-26", hours: 24, issue: "2020-12-05", n: 12 },
    { code: "B", name: "直播带货班", time: "2021年3月9日至11日", end: "2021-03-11", hours: 24, issue: "2021-03-19", n: 10 },
    { code: "C", name: "网店美工班", time: D("2021-05-20"), end: "2021-05-20", hours: 8, issue: "2021-05-28", n: 9, masked: true },
    { code: "D", name: "短视频运营班", time: "21.7.13-14", end: "2021-07-14", hours: 16, issue: "2021-07-23", n: 10 },
    { code: "E", name: "电商运营提升班", time: "2021.9.7—9.9", end: "2021-09-09", hours: 24, issue: "2021-09-17", n: 8 },
  ];
  const rows = [["源城区农村电商培训结业证书发放登记表"], ["（培训承办单位：河源市源城区职业技能培训中心；网店美工班学员身份证号按承办单位要求脱敏登记）"],
    ["证书编号", "姓名", "性别", "身份证号码", "培训班次", "培训时间", "学时", "发证日期", "领证人签名", "备注"]];
  const merges = ["A1:J1", "A2:J2"];
  const recs = [];
  let twice = null;
  let lowerX = false;
  let reissue = null;
  CLS.forEach((c, ci) => {
    const r0 = rows.length + 1;
    for (let k = 1; k <= c.n; k++) {
      let p;
      if (c.code === "D" && k === 4 && twice) p = twice;
      else {
        const male = rnd() < 0.45;
        const wantX = c.code === "B" && !lowerX ? true : undefined;
        p = { name: personName(), male, id: makeId(REGION, birthBetween(1970, 2000), male, wantX) };
      }
      if (c.code === "A" && k === 5) twice = p;
      let idCell = p.id;
      let recId = p.id;
      if (c.masked) {
        idCell = maskId(p.id);
        recId = idCell;
      } else if (c.code === "B" && !lowerX) {
        idCell = p.id.slice(0, 17) + "x";
        lowerX = true;
      }
      const cert = `YCDS-${c.end.slice(0, 4)}-${String(ci + 1).padStart(2, "0")}${String(k).padStart(2, "0")}`;
      if (c.code === "B" && k === 7) reissue = { p, cert, c };
      rows.push([cert, p.name, p.male ? "男" : "女", idCell, k === 1 ? c.name : null, k === 1 ? c.time : null, k === 1 ? c.hours : null,
        ci % 2 ? cnDate(c.issue) : D(c.issue), "（签名）", p === twice && c.code === "D" ? "第二次参训" : null]);
      recs.push({ date: c.end, personTimes: 1, id: recId });
    }
    for (const col of ["E", "F", "G"]) mergeCol(merges, col, r0, rows.length);
  });
  rows.push([`${reissue.cert}B`, reissue.p.name, reissue.p.male ? "男" : "女", reissue.p.id, reissue.c.name, reissue.c.time, reissue.c.hours, "2021.8.2", "（签名）", "补发（原证书遗失）"]);
  rows.push([`合计：发证${recs.length}本（另补发1本）`, null, null, null, null, null, null, null, null, null]);
  merges.push(`A${rows.length}:J${rows.length}`);
  checkTrainingIds(recs, "l1");
  assert(recs.length === 49 && lowerX && twice && recs.filter((r) => r.id === twice.id).length === 2, "l1 49 certificates");
  assert(recs.filter((r) => r.id.includes("*")).length === 9, "l1 nine masked");

  // ---------------- 脱贫人口劳动力: two blocks (labour from the block)
  const codes = shuffle([].concat(Array(12).fill("E"), Array(3).fill("W"), Array(5).fill("M"), Array(1).fill("U"), Array(6).fill("N")));
  const P = makeHouseholds(REGION, codes, shuffle(villages).slice(0, 8), 2, 4);
  const lab = P.filter((p) => p.c !== "N");
  const non = P.filter((p) => p.c === "N");
  const pRows = [["源城区建档立卡脱贫人口劳动力分类表"], ["（区乡村振兴局2021年5月核定；“区外务工”指在源城区以外务工）"],
    ["一、有劳动能力人员（含弱劳动力、半劳动力）"], ["序号", "村", "户主姓名", "姓名", "与户主关系", "身份证号", "劳动力类型", "务工情况"]];
  const pMerges = ["A1:H1", "A2:H2", "A3:H3"];
  const pRecs = [];
  const WORK = { E: ["在家务农", "区内务工", "区内务工（公益岗）"], W: ["在家务农", "区内务工（公益岗）"], M: ["区外务工（深圳）", "区外务工（东莞）", "区外务工（惠州）"] };
  lab.forEach((p, j) => {
    const type = p.c === "W" ? "弱劳动力或半劳动力" : rnd() < 0.25 ? "技能劳动力" : "普通劳动力";
    const work = p.c === "U" ? null : WORK[p.c][rint(0, WORK[p.c].length - 1)];
    pRows.push([j + 1, p.v, p.head, p.name, p.rel, p.id, type, work]);
    pRecs.push({ id: p.id, labour: true, migrant: p.c === "M" ? true : p.c === "U" ? null : false });
  });
  pRows.push([null, null, null, null, null, null, null, null]);
  pRows.push(["二、无劳动能力人员"]);
  pMerges.push(`A${pRows.length}:H${pRows.length}`);
  pRows.push(["序号", "村", "户主姓名", "姓名", "与户主关系", "身份证号", "劳动力类型", "备注"]);
  non.forEach((p, j) => {
    pRows.push([j + 1, p.v, p.head, p.name, p.rel, p.id, rnd() < 0.5 ? "丧失劳动力" : "无劳动力", ["年老体弱", "长期患病", "残疾"][rint(0, 2)]]);
    pRecs.push({ id: p.id, labour: false, migrant: null });
  });
  pRows.push([`合计：有劳动能力${lab.length}人，无劳动能力${non.length}人`]);
  pMerges.push(`A${pRows.length}:H${pRows.length}`);
  assert(pRecs.length === 27 && pRecs.filter((r) => r.labour && r.migrant === false).length === 15 && pRecs.filter((r) => r.migrant === null && r.labour).length === 1, "l1 roster");

  // ---------------- 经验材料报送
  const MAT = [["2020-12-15", "《源城区农村电商公共服务体系建设情况》", "河源市商务局", "粤政易", "市局简报第12期采用"], ["2021-04-28", "《源城区“电商＋客家米粉”助农做法》", "河源市商务局", "电子邮件", "—"],
    ["2021-07-30", "《源城区脱贫户直播带货典型案例》", "河源市商务局", "粤政易", "市局推荐上报省厅"], [null, "《源城区电子商务进农村综合示范创建经验总结》", "河源市商务局", "—", "撰写中，拟9月下旬报送"],
    ["2021-09-14", "《源城区电商服务站点运营经验》", "河源市商务局", "粤政易", "—"]];
  const mRows = [["源城区电子商务进农村经验材料报送登记"], ["序号", "材料名称", "报送对象", "报送日期", "报送方式", "采用情况"]];
  const mRecs = [];
  MAT.forEach(([d, t, to, how, used], j) => {
    const dc = d === null ? "未报送" : j === 0 ? cnDate(d) : j === 1 ? twoDot(d) : j === 2 ? D(d) : slashDate(d);
    mRows.push([j + 1, t, to, dc, how, used]);
    if (d) mRecs.push({ date: d });
  });
  assert(mRecs.length === 4, "l1 four materials");

  const cover = [["源城区电子商务进农村综合示范创建台账（二）"], [], ["序号", "表名", "提供单位"], [1, "培训结业证书发放登记表", "区职业技能培训中心"], [2, "建档立卡脱贫人口劳动力分类表", "区乡村振兴局"],
    [3, "经验材料报送登记", "区商务局电商股"], [], ["河源市源城区商务局　2021年9月"]];
  const dd = [["性别", "劳动力类型", "务工情况", "报送方式"], ["男", "普通劳动力", "在家务农", "粤政易"], ["女", "技能劳动力", "区内务工", "电子邮件"], [null, "弱劳动力或半劳动力", "区内务工（公益岗）", "纸质"],
    [null, "丧失劳动力", "区外务工", null], [null, "无劳动力", null, null]];
  const sheets = [
    { name: "目录", rows: cover, merges: ["A1:C1", "A8:C8"] },
    { name: "培训结业证书登记", rows, merges },
    { name: "脱贫人口劳动力", rows: pRows, merges: pMerges },
    { name: "经验材料报送", rows: mRows, merges: ["A1:F1"] },
    { name: "下拉选项", rows: dd, hidden: true },
  ];
  checkMergedBlank(sheets, "l1");
  return {
    description:
      "河源源城区商务局台账第二册（目录、三张表和一张隐藏的“下拉选项”）：培训台账是承办单位的《培训结业证书发放登记表》——一本证书一行（证书编号｜姓名｜性别｜身份证号码｜培训班次｜培训时间｜学时｜发证日期｜领证人签名｜备注），“培训班次”“培训时间”“学时”按班纵向合并，培训日期读“培训时间”的末日（“2020.11.24-26”“2021年3月9日至11日”、真日期、“21.7.13-14”“2021.9.7—9.9”），不是发证日期，学时不是人次；网店美工班9人身份证号脱敏（照写），一人末位小写x，一人两个班各一本证（两条），表尾一行“补发（原证书遗失）”是同一人同一班的补证，不是记录，合计行也不是；脱贫人口劳动力表上下两块，劳动能力只看在哪一块（“一、有劳动能力人员（含弱劳动力、半劳动力）”“二、无劳动能力人员”），上块“务工情况”区外务工为外出、区内和在家不是、一人空白（null），下块没有务工列（null）；经验材料登记一行“未报送（撰写中）”不是记录，9月14日那份照列；目录和隐藏的下拉选项表不是台账。",
    sheets,
    expect: {
      sheets: {
        "目录": { kind: null },
        "培训结业证书登记": { kind: "training", records: recs },
        "脱贫人口劳动力": { kind: "poorPersons", records: pRecs },
        "经验材料报送": { kind: "materials", records: mRecs },
        "下拉选项": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 湛江霞山区: 自然村 rows under merged 行政村 cells, a station table with a second table below, 万元 funds with 元 cells, CMS disclosure log
// =====================================================================================================
function buildL2() {
  const STREETS = [["海头街道", 5, 2], ["爱国街道", 4, 2], ["建设街道", 3, 2], ["屋山街道", 4, 2]];
  const prefixes = ["海头", "爱国", "建设", "屋山"];
  const vName = nameMaker("东西南北上下新旧山岭港湾塘", ["坡", "埚", "岭", "坑", "塘", "仔", "头", "园", "尾", "港"], "村", prefixes);
  const cName = nameMaker("海滨渔港椹川友谊新园", ["苑", "园", "湾", "城", "景"], "社区", prefixes);
  const natName = nameMaker("上下东西南北中新老大", ["坡", "塘", "园", "村", "岭", "屋", "埚", "仔"], "", []);
  const streets = STREETS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = streets.flatMap((s) => s.vs);
  const comms = streets.flatMap((s) => s.cs);
  noStemClash(admin, comms, "l2");
  const poorV = admin[2];
  const noExp = admin[9];

  // ---------------- 村（居）名册: one row per 自然村, 行政村 cells merged over them
  const vRows = [["霞山区村（居）民委员会及自然村名册"], ["（区民政局2021年5月；行政村的贫困村、快递情况按村委会填写，自然村不单独填）"],
    ["序号", "街道", "行政村（社区）", "类别", "省定贫困村", "快递进村", "自然村（村民小组）", "户数"]];
  const vMerges = ["A1:H1", "A2:H2"];
  const vRecs = [];
  let no = 0;
  let total = 0;
  for (const s of streets) {
    const sr0 = vRows.length + 1;
    for (const v of s.vs) {
      const nats = [];
      while (nats.length < 2 || (nats.length < 5 && rnd() < 0.5)) {
        const n = natName();
        if (!admin.includes(`${n}村`.replace(/村村$/, "村"))) nats.push(n);
      }
      const r0 = vRows.length + 1;
      no++;
      nats.forEach((n, j) => {
        const hh = rint(40, 260);
        total += hh;
        vRows.push([j === 0 ? no : null, vRows.length + 1 === sr0 ? s.t : null, j === 0 ? (no % 2 ? `${v}民委员会` : `${v}委会`) : null, j === 0 ? "村委会" : null,
          j === 0 ? (v === poorV ? "是" : "否") : null, j === 0 ? (v === noExp ? "未通（计划2021年10月开通）" : "已通") : null, `${n}村`.replace(/村村$/, "村"), hh]);
      });
      for (const col of ["A", "C", "D", "E", "F"]) mergeCol(vMerges, col, r0, vRows.length);
      vRecs.push({ name: v, admin: true, poor: v === poorV, express: v !== noExp });
    }
    for (const c of s.cs) {
      const hh = rint(800, 3200);
      total += hh;
      no++;
      vRows.push([no, vRows.length + 1 === sr0 ? s.t : null, `${c}居民委员会`, "居委会", "—", "—", "—", hh]);
      vRecs.push({ name: c, admin: false, poor: null, express: null });
    }
    mergeCol(vMerges, "B", sr0, vRows.length);
  }
  vRows.push(["合计", null, `村委会${admin.length}个，居委会${comms.length}个`, null, null, null, null, total]);
  vMerges.push(`A${vRows.length}:B${vRows.length}`);
  assert(vRecs.length === 24 && admin.length === 16, "l2 villages " + admin.length);

  // ---------------- 站点台账 with a second table below
  const sRows = [["霞山区村级电子商务服务站点台账"], ["序号", "站点名称", "所在行政村（社区）", "街道", "负责人", "联系电话", "挂牌日期", "备注"]];
  const sMerges = ["A1:H1"];
  const sRecs = [];
  const streetOf = {};
  for (const s of streets) for (const v of s.vs.concat(s.cs)) streetOf[v] = s.t;
  const first = shuffle(admin.filter((v) => v !== noExp)).slice(0, 11);
  const ST1 = first.map((v) => ({ v, op: randIsoBetween("2020-08-01", "2021-08-20") })).sort((a, b) => cmp(a.op, b.op));
  ST1.splice(5, 0, { v: comms[1], op: randIsoBetween("2020-12-01", "2021-03-31"), comm: true });
  ST1.forEach((s, j) => {
    const short = s.v.replace(/村$|社区$/, "");
    sRows.push([j + 1, s.comm ? `${short}社区电商服务点` : `${short}村电商服务站`, s.comm ? `${s.v}居委会` : j % 3 === 1 ? `${s.v}委会` : s.v, streetOf[s.v], personName(), mask(phone()), dateCell(s.op, j), null]);
    sRecs.push({ village: s.v, opened: s.op });
  });
  sRows.push([null, null, null, null, null, null, null, null]);
  sRows.push(["附：2021年8月以后新增站点（续表）"]);
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  sRows.push(["序号", "站点名称", "所在行政村（社区）", "街道", "负责人", "联系电话", "挂牌日期", "备注"]);
  const rest = admin.filter((v) => v !== noExp && !first.includes(v));
  const ST2 = [{ v: rest[0], op: "2021-08-27" }, { v: rest[1], op: "2021-09-06" }, { v: first[3], op: "2021-09-15", second: true }, { v: rest[2], op: "2021-10" }];
  ST2.forEach((s, j) => {
    const short = s.v.replace(/村$/, "");
    const dc = s.op.length === 7 ? "2021年10月" : j === 0 ? twoDot(s.op) : j === 1 ? cnDate(s.op) : D(s.op);
    sRows.push([j + 1, s.second ? `邮乐购（${short}）服务点` : `${short}村电商服务站`, j % 2 ? `${s.v}民委员会` : s.v, streetOf[s.v], personName(), mask(phone()), dc, s.second ? "本村第二个服务点" : null]);
    sRecs.push({ village: s.v, opened: s.op });
  });
  assert(sRecs.length === 16, "l2 16 stations");

  // ---------------- 资金拨付 (万元, some cells in 元)
  const PAY = [["2020-10-20", "区电商公共服务中心建设（首期）", "湛江市霞山区电商运营服务有限公司", 600000], ["2020-12-08", "村级站点建设（首期）", "中国邮政集团有限公司湛江市霞山区分公司", 368500],
    ["2021-01-22", "农村电商培训（第一期）", "湛江市霞山区职业技能培训学校", 86500], ["2021-03-30", "物流配送体系建设（首期）", "湛江市霞山区顺通物流有限公司", 425000],
    ["2021-05-18", "区电商公共服务中心建设（进度款）", "湛江市霞山区电商运营服务有限公司", 480000], ["2021-06-29", "农产品品牌推广", "湛江市海味品牌策划有限公司", 125000],
    ["2021-08-16", "村级站点建设（进度款）", "中国邮政集团有限公司湛江市霞山区分公司", 315600], ["2021-09-24", "农村电商培训（第二期）", "湛江市霞山区职业技能培训学校", 92300]];
  const fRows = [["霞山区省级电子商务进农村综合示范专项资金拨付明细"], ["序号", "拨付日期", "项目", "收款单位", "金额（万元）", "支付凭证号", "备注"]];
  const fRecs = [];
  PAY.forEach(([d, what, who, yuan], j) => {
    let a = wan4(yuan);
    if (j === 2) a = "86,500元";
    if (j === 5) a = "12.5万";
    fRows.push([j + 1, j % 2 ? dotDate(d) : D(d), what, who, a, `XS${yyyymmdd(d)}${pad3(j + 1)}`, j === 2 ? "财务按元登记" : null]);
    fRecs.push({ date: d, amount: yuan });
  });
  fRows.push([null, null, "预留质保金（村级站点）", "中国邮政集团有限公司湛江市霞山区分公司", 3.5, null, "验收满一年后支付，未付"]);
  fRows.push(["合计", null, null, null, wan4(sum(PAY.map((p) => p[3]))), null, "不含未付质保金"]);
  const fMerges = ["A1:G1", `A${fRows.length}:D${fRows.length}`];
  assert(fRecs.length === 8 && wan4(86500) === 8.65 && wan4(125000) === 12.5, "l2 funds");

  // ---------------- 专栏更新 (CMS export)
  const dates = [];
  for (const m of monthsBetween("2020-09", "2021-09")) {
    if (m === "2021-02") continue;
    dates.push(`${m}-${String(rint(3, 25)).padStart(2, "0")}`);
    if (m === "2021-05") dates.push("2021-05-28");
  }
  dates.sort(cmp);
  const dRows = [["序号", "发布时间", "标题", "所属栏目", "浏览量", "发布人"]];
  const dRecs = [];
  dates.forEach((d, j) => {
    const prev = monthsBetween("2020-01", ym(d)).slice(-2)[0];
    const title = d === "2021-05-28" ? "霞山区电子商务进农村综合示范项目资金使用情况公示" : `霞山区电子商务进农村综合示范项目建设进度（${cnMonth(prev)}）`;
    dRows.push([j + 1, dtText(d, hms()), title, "电子商务进农村综合示范", rint(36, 420), "区商务局"]);
    dRecs.push({ date: d });
  });

  const notes = [["填表说明"], ["1．村（居）名册按自然村逐行登记，行政村的序号、名称、类别、贫困村、快递进村按村委会合并填写；社区不分自然村。"],
    ["2．站点台账8月27日后新增的站点登记在下方续表。"], ["3．资金拨付明细金额单位为万元，财务按元登记的注明“元”。"], ["4．专栏更新记录由区政府网站内容管理系统导出。"],
    ["湛江市霞山区商务局　2021年10月"]];
  const sheets = [
    { name: "填表说明", rows: notes },
    { name: "村（居）名册", rows: vRows, merges: vMerges },
    { name: "站点台账", rows: sRows, merges: sMerges },
    { name: "资金拨付", rows: fRows, merges: fMerges },
    { name: "专栏更新", rows: dRows },
  ];
  checkMergedBlank(sheets, "l2");
  return {
    description:
      `湛江霞山区商务局台账（填表说明页加四张表）：村（居）名册一行一个自然村（村民小组），行政村的序号、名称（“××村民委员会／××村委会”）、类别、省定贫困村、快递进村按村委会纵向合并在它的几个自然村上，街道也纵向合并，社区只占一行（自然村“—”），所以一条记录是一个行政村或社区，不是一个自然村（共${vRecs.length}条；一村快递“未通（计划2021年10月开通）”，社区的贫困村、快递写“—”为null；户数和合计行不是记录）；站点台账下面隔一空行还有“附：2021年8月以后新增站点（续表）”第二张表（同样表头，8月27日、9月、“2021年10月”只到月、一村第二个服务点），两张表都读；资金拨付表头“金额（万元）”，数字是万元（60、36.85、31.56），一格“86,500元”按元、一格“12.5万”，“预留质保金（未付）”那行没有日期不是拨付，合计行也不是；专栏更新是网站内容管理系统导出（第1行就是表头），发布时间是“2020-09-15 10:22:31”式日期时间文本，浏览量是数字不是日期。`,
    sheets,
    expect: {
      sheets: {
        "填表说明": { kind: null },
        "村（居）名册": { kind: "villages", records: vRecs },
        "站点台账": { kind: "stations", records: sRecs },
        "资金拨付": { kind: "funds", records: fRecs },
        "专栏更新": { kind: "disclosures", records: dRecs },
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
write("counties", "b178-c1-panyu.json", c1);
write("facts", "b178-f1-shunde.json", f1);
write("facts", "b178-f2-chancheng.json", f2);
write("facts", "b178-f3-jinping.json", f3);
write("ledgers", "b178-l1-yuancheng.json", l1);
write("ledgers", "b178-l2-xiashan.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
