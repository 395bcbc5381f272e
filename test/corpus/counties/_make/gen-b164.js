// Batch 164 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block adapted from
// counties/_make/gen-b162.js. Deterministic: seeded PRNG, no clock.
//
// c1 霞山区 (湛江): the facts are the city bureau's 汇总表 template (fields as rows, one column per 湛江 county, only the
//    霞山区 column filled, 填报日期 after the cut-off so two values run to 9月18日); claimed points on a separate 自评得分
//    sheet; villages and communities as two tables one under the other; stations as a per-街道 summary whose cell packs
//    "村名（建成时间）、…"; a 脱贫人口 list; general training as session rows (人次, with 其中 sub-count columns) and the
//    脱贫户 classes as a separate sign-in sheet whose 班次/日期 cells are merged down each block (the two must be added);
//    park enterprises with types ticked in five columns and one firm listed twice (moved to phase 2, same credit code);
//    funds as one row per contract with 首期/进度/尾款 (日期, 金额) pairs under a two-row header; monthly reports as a
//    month × year grid; press reports whose level is only in a 媒体类别 wording; a case-material sheet; a 目录 sheet.
// f1 番禺区 (广州): the provincial management system's export of the county's submissions: one row per submission
//    (指标编码, 计量单位, 填报值 as text, 状态 已退回/已通过/待审核, 审核意见), returned values superseded by a later row,
//    yes/no as 1/0, dates as yyyymmdd, amounts in 亿元/万元 per row; a hidden 字典 sheet.
// f2 顺德区 (佛山): a Word 回执 (fill-in form) pasted into column A: answers inside 【】 or ＿＿, full-width digits with
//    full-width 。/，/．, ■/□ choices (a multi-select list), dates in Chinese numerals, money in 大写 with the 小写 in
//    brackets, blanks left empty (no answer), a deputy leader, the judged points in one sentence with one blank.
// f3 江海区 (江门): a statistics table by year (基期 2019 | 创建期 2020, 2021年1—8月, 合计 under a two-row header) whose
//    合计 for trained poor persons is de-duplicated (not the sum), 2021 growth rates as distractors; a side-by-side pairs
//    block on top; a ✓/✗ 自查 table below with one item left blank; the judged points as a horizontal table.
// l1 赤坎区 (湛江): a 问卷星 sign-in export (提交答卷时间 date-times, IDs typed by trainees: lower-case x, full-width digits,
//    spaces), the national 脱贫人口 system export (劳动技能 / 务工状态 vocabularies), a report log with 报送日期 typed as
//    yyyymmdd numbers and one 数据月份 row never sent (merged into the next), a pivot-table sheet and a notes sheet.
// l2 白云区 (广州): a 名录 printed five names a row (镇/类别 only on a group's first row); a station ledger with a second
//    table (planned stations) under the first, dates as lost-format Excel serials among text and date cells; a 拨款审批
//    register (申请金额 vs 拨付金额, 审批中/已退回 rows, 万 and 元 mixed in a column); press reports with full-width dates and
//    央媒/省媒/市媒/区媒 levels, 网络视频 vs 电视新闻; the government site's list page copied with breadcrumbs and paging.
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
let seed = 164164;
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
    assert(/^b164-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b164-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b164-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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

// =====================================================================================================
// c1 — 湛江霞山区: whole workbook (see the header comment)
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "440803";
  // ---------------- villages and communities
  const TD = [["解放街道", 0, 4], ["爱国街道", 4, 3], ["工农街道", 2, 4], ["友谊街道", 3, 3], ["新兴街道", 2, 4], ["海滨街道", 0, 4],
    ["建设街道", 3, 3], ["东新街道", 4, 2], ["新园街道", 3, 3], ["海头街道", 5, 2]];
  const namer = villageNamer("东西南北上下大新龙凤石沙海坡岭后前港湖调麻椹录", ["头", "坡", "仔", "塘", "港", "岭", "园", "田", "山", "湖", "边", "尾", "洋", "埠", "墩", "屋"]);
  const newName = noDupNamer(namer, TD.map(([t]) => t.slice(0, 2)));
  const towns = TD.map(([town, nv, nc]) => {
    const vs = [];
    for (let k = 0; k < nv; k++) vs.push(newName());
    const cs = [];
    for (let k = 0; k < nc; k++) cs.push(newName().replace(/村$/, "社区"));
    return { town, vs, cs };
  });
  const T = (n) => towns.find((t) => t.town === n);
  const admin = towns.flatMap((t) => t.vs);
  const comms = towns.flatMap((t) => t.cs);
  assert(admin.length === 26 && comms.length === 32, "c1 26 villages + 32 communities " + admin.length + "/" + comms.length);
  const townOf = {};
  for (const t of towns) for (const v of t.vs.concat(t.cs)) townOf[v] = t.town;
  const poorList = [T("海头街道").vs[1], T("东新街道").vs[2]];

  const vRows = [["霞山区村（居）民委员会名单"], ["资料来源：区民政局　　更新时间：2021年1月"], ["一、行政村（村民委员会）"],
    ["序号", "街道", "村委会名称", "自然村（个）", "户籍人口（人）", "通快递"]];
  const vMerges = ["A1:F1", "A2:F2", "A3:F3"];
  const vRecs = [];
  let k = 0;
  let natSum = 0;
  let popSum = 0;
  for (const t of towns) {
    const r0 = vRows.length + 1;
    t.vs.forEach((v, j) => {
      const nat = rint(3, 14);
      const pop = rint(1800, 7600);
      natSum += nat;
      popSum += pop;
      vRows.push([++k, j === 0 ? t.town : null, v + "委会", nat, pop, "是"]);
      vRecs.push({ name: v, admin: true, poor: null, express: true });
    });
    if (t.vs.length > 1) vMerges.push(`B${r0}:B${vRows.length}`);
  }
  vRows.push(["小计", null, `${admin.length}个`, natSum, popSum, null]);
  vMerges.push(`A${vRows.length}:B${vRows.length}`);
  vRows.push([]);
  vRows.push(["二、社区居民委员会"]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);
  vRows.push(["序号", "街道", "社区居委会名称", "居民小组（个）", "户籍人口（人）", "通快递"]);
  k = 0;
  let grpSum = 0;
  let cpopSum = 0;
  for (const t of towns) {
    const r0 = vRows.length + 1;
    t.cs.forEach((c, j) => {
      const g = rint(6, 24);
      const pop = rint(4200, 16800);
      grpSum += g;
      cpopSum += pop;
      vRows.push([++k, j === 0 ? t.town : null, c + "居委会", g, pop, "是"]);
      vRecs.push({ name: c, admin: false, poor: null, express: true });
    });
    if (t.cs.length > 1) vMerges.push(`B${r0}:B${vRows.length}`);
  }
  vRows.push(["小计", null, `${comms.length}个`, grpSum, cpopSum, null]);
  vMerges.push(`A${vRows.length}:B${vRows.length}`);
  vRows.push(["注：通快递指有快递企业在村（社区）设点或定时上门收派。"]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);

  const pvRows = [["霞山区省定相对贫困村名单"], ["序号", "街道", "村名", "认定文件", "帮扶单位"],
    [1, townOf[poorList[0]], poorList[0] + "民委员会", "粤扶办〔2016〕37号", "湛江市直单位"],
    [2, townOf[poorList[1]], poorList[1], "粤扶办〔2016〕37号", "湛江市直单位"]];
  assert(pvRows[2][2].endsWith("村民委员会"), "c1 a poor village written with 民委员会");

  // ---------------- stations: one row per 街道, villages packed in one cell
  const nonPoor = admin.filter((v) => !poorList.includes(v));
  const coveredList = poorList.concat(shuffle(nonPoor).slice(0, 16));
  assert(coveredList.length === 18, "c1 18 villages covered");
  const uncovered = admin.filter((v) => !coveredList.includes(v));
  const lateV = uncovered.find((v) => townOf[v] === "新园街道" || townOf[v] === "建设街道") || uncovered[0];
  const dupV = coveredList.find((v) => townOf[v] === "爱国街道") || coveredList[3];
  const commSt = T("解放街道").cs[1];
  const ST = coveredList.map((v) => ({ v, iso: randIsoBetween("2020-07-06", "2021-08-20") }));
  ST.push({ v: dupV, iso: "2021-05-20", dup: true });
  ST.push({ v: lateV, iso: "2021-09-16", late: true });
  ST.push({ v: commSt, iso: "2020-12-08", comm: true });
  // two stations whose date is typed as a month only
  let monthOnly = 0;
  for (const s of ST) {
    if (!s.dup && !s.late && !s.comm && monthOnly < 2 && s.iso.slice(8) > "05" && s.iso < "2021-08-01") {
      s.monthOnly = true;
      monthOnly++;
    }
  }
  assert(monthOnly === 2, "c1 two month-only station dates");
  const stDateText = (s, i) => (s.monthOnly ? cnMonth(s.iso) : i % 3 === 2 ? cnDate(s.iso) : dotDate(s.iso));
  const sRows = [["霞山区村级电子商务服务站点建设情况汇总表"], ["统计时间：截至2021年9月30日　　　　　　填报单位：霞山区商务局"],
    ["序号", "街道", "行政村数（个）", "已建站点的村（社区）及建成时间", "站点数（个）", "行政村覆盖率", "备注"]];
  const sMerges = ["A1:G1", "A2:G2"];
  const sRecs = [];
  let totalSt = 0;
  let i = 0;
  for (const t of towns) {
    const list = ST.filter((s) => townOf[s.v] === t.town).sort((a, b) => cmp(a.iso, b.iso));
    const parts = list.map((s, j) => {
      const nm = s.dup ? s.v + "委会" : s.v;
      return `${nm}（${stDateText(s, j)}）`;
    });
    const covNow = new Set(list.filter((s) => admin.includes(s.v)).map((s) => s.v)).size;
    const note = [];
    if (list.some((s) => s.dup)) note.push(`${dupV}建有2个站点`);
    if (list.some((s) => s.comm)) note.push("社区站点");
    if (list.some((s) => s.late)) note.push("含9月新建站点");
    sRows.push([++i, t.town, t.vs.length || "—", parts.length ? parts.join("、") : "—", list.length, t.vs.length ? pct1(covNow, t.vs.length) : "—",
      note.length ? note.join("；") : null]);
    for (const s of list) sRecs.push({ village: s.v, opened: s.monthOnly ? ym(s.iso) : s.iso, iso: s.iso });
    totalSt += list.length;
  }
  const covAll = new Set(ST.filter((s) => admin.includes(s.v)).map((s) => s.v)).size;
  sRows.push(["合计", null, admin.length, "—", totalSt, pct1(covAll, admin.length), `省定贫困村${poorList.length}个全覆盖`]);
  sMerges.push(`A${sRows.length}:B${sRows.length}`);
  sRows.push(["注：建成时间以挂牌时间为准。"]);
  sMerges.push(`A${sRows.length}:G${sRows.length}`);
  const covered = new Set(sRecs.filter((r) => admin.includes(r.village) && r.opened <= CUT).map((r) => r.village));
  assert(covered.size === 18 && !ratioGE(18, 26, 70) && ratioGE(19, 26, 70) && ratioGE(18, 26, 50), "c1 18/26 = 69.2% → 2 (19 would be 5)");
  assert(covAll === 19 && totalSt === 21, "c1 the clerk's 9-30 summary counts 19 villages, 21 stations");
  assert(poorList.every((v) => covered.has(v)), "c1 both poor villages covered");
  assert(sRecs.filter((r) => admin.includes(r.village) && r.iso <= CUT).length === 19, "c1 19 station rows in villages before the cut-off (one duplicate)");

  // ---------------- 脱贫人口名单
  const HH = ["LLO", "LLK", "LML", "LLLO", "LLO", "LMK", "LLL", "LLO", "LLK", "LMO", "LL", "LLOK", "LLM", "LLO", "LLO", "LLMK", "LLL", "LMLL", "LLO"];
  const persons = [];
  const pRows = [["霞山区建档立卡脱贫人口名单"], ["来源：区乡村振兴局（2021年2月）"],
    ["序号", "街道", "村（社区）", "户主", "姓名", "与户主关系", "身份证号码", "劳动能力", "是否外出务工", "备注"]];
  const pMerges = ["A1:J1", "A2:J2"];
  let no = 0;
  const pvPool = admin.slice();
  HH.forEach((hh, h) => {
    const v = h < 8 ? poorList[h % 2] : pvPool[(h * 7) % pvPool.length];
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    const r0 = pRows.length + 1;
    let head = null;
    let headBirth = "";
    let headMale = true;
    hh.split("").forEach((c, j) => {
      const male = j === 0 ? rnd() < 0.75 : j === 1 && (c === "L" || c === "M") ? !headMale : rnd() < 0.5;
      if (j === 0) headMale = male;
      const birth = c === "O" ? birthBetween(1936, 1952) : c === "K" ? birthBetween(2007, 2015) : j === 0 ? birthBetween(1962, 1978) : j === 1 ? birthBetween(1964, 1982) : birthBetween(1990, 2002);
      const name = j === 0 || c === "K" ? personName(sn) : personName();
      if (j === 0) head = name;
      if (j === 0) headBirth = birth;
      const rel = j === 0 ? "户主" : c === "O" ? (male ? "之父" : "之母") : c === "K" ? (headBirth >= "1972" ? (male ? "之子" : "之女") : male ? "之孙" : "之孙女") : j === 1 ? "配偶" : male ? "之子" : "之女";
      const id = makeId(REGION, birth, male, h === 4 && j === 0 ? true : undefined);
      const labour = c === "L" || c === "M";
      const migrant = c === "M" ? true : c === "L" ? false : null;
      pRows.push([++no, j === 0 ? townOf[v] : null, j === 0 ? v : null, j === 0 ? head : null, name, rel, id, labour ? "有" : "无",
        migrant === null ? null : migrant ? "是" : "否", c === "M" ? `务工地：${["深圳", "广州", "东莞", "佛山"][no % 4]}` : c === "K" ? "在校生" : null]);
      persons.push({ id, name, labour, migrant, v });
    });
    const r1 = pRows.length;
    if (r1 > r0) for (const col of ["B", "C", "D"]) pMerges.push(`${col}${r0}:${col}${r1}`);
  });
  pRows.push([null, "合计", null, `${HH.length}户`, `${persons.length}人`, null, null, null, null, null]);
  const eligible = persons.filter((p) => p.labour && p.migrant === false);
  const migrants = persons.filter((p) => p.migrant === true);
  assert(eligible.length === 40 && migrants.length === 6 && persons.length === 60, `c1 poor list 40 eligible / 6 migrant / 60: ${eligible.length}/${migrants.length}/${persons.length}`);
  assert(eligible.some((p) => p.id.endsWith("X")), "c1 an eligible person with X");

  // ---------------- 脱贫户专题培训签到: 班次 and 日期 merged down each block
  const E = shuffle(eligible);
  const PS = [
    { cls: "第一期（农村电商基础）", iso: "2020-11-19", cell: D("2020-11-19"), who: E.slice(0, 20).concat([migrants[0], migrants[1]]) },
    { cls: "第二期（网店开设与运营）", iso: "2021-04-22", cell: "2021.4.22", who: E.slice(5, 25) },
    { cls: "第三期（短视频直播带货）", iso: "2021-07-15", cell: "2021年7月15日", who: E.slice(10, 27).concat([E[0]]) },
    { cls: "第四期（农产品包装与品牌）", iso: "2021-09-09", cell: "2021年9月9日", who: E.slice(27, 30).concat(E.slice(0, 12)) },
  ];
  const psRows = [["霞山区脱贫户电商技能专题培训签到表"], ["培训班次", "培训日期", "序号", "姓名", "身份证号码", "所在村（社区）", "签到"]];
  const psMerges = ["A1:G1"];
  const psRecs = [];
  let lowerX = false;
  let spaced = false;
  for (const b of PS) {
    const r0 = psRows.length + 1;
    b.who.forEach((p, j) => {
      let idc = p.id;
      if (p.id.endsWith("X") && !lowerX) {
        idc = p.id.slice(0, 17) + "x";
        lowerX = true;
      } else if (!spaced && j === 7) {
        idc = spacedId(p.id);
        spaced = true;
      }
      psRows.push([j === 0 ? b.cls : null, j === 0 ? b.cell : null, j + 1, p.name, idc, p.v, "√"]);
      psRecs.push({ date: b.iso, personTimes: 1, id: p.id });
    });
    const r1 = psRows.length;
    psMerges.push(`A${r0}:A${r1}`, `B${r0}:B${r1}`);
  }
  psRows.push([`注：共${PS.length}期，签到${psRecs.length}人次。`]);
  psMerges.push(`A${psRows.length}:G${psRows.length}`);
  assert(lowerX && spaced, "c1 a lower-case x and a spaced id in the sign-in");
  const psPre = psRecs.filter((r) => r.date <= CUT);
  assert(psPre.length === 60, "c1 60 sign-ins before the cut-off " + psPre.length);
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedPre = new Set(psPre.map((r) => r.id).filter((id) => eligIds.has(id)));
  const trainedAll = new Set(psRecs.map((r) => r.id).filter((id) => eligIds.has(id)));
  const trainedAnyPoor = new Set(psPre.map((r) => r.id));
  assert(trainedPre.size === 27 && pct1(27, 40) === "67.5%" && ratioGE(27, 40, 50) && !ratioGE(27, 40, 70), "c1 27/40 = 67.5% → 10, no bonus");
  assert(trainedAnyPoor.size === 29 && pct1(29, 40) === "72.5%", "c1 the clerk's 29 includes two migrant workers");
  assert(trainedAll.size === 30 && ratioGE(30, 40, 70), "c1 with the September class 30/40 = 75% (the trap)");

  // ---------------- 普及培训台账: sessions with 人次 and 其中 sub-counts
  const TOPIC = ["农村电商基础知识", "网店美工与详情页制作", "短视频拍摄与剪辑", "直播带货实操", "社群营销与团购", "海产品网络营销", "农产品品牌与包装",
    "跨境电商入门", "电商客服与物流", "小程序商城运营"];
  const PLACE = ["区电子商务公共服务中心", "海头街道党群服务中心", "东新街道文化站", "新园街道会议室", "建设街道社区学校", "线上（腾讯会议）"];
  const OBJ = ["农户、个体户", "返乡青年", "电商从业人员", "村（社区）站点人员", "退役军人", "妇女创业者"];
  const SES = [];
  for (const m of monthsBetween("2020-07", "2021-08")) {
    const nS = m === "2021-02" ? 1 : rint(2, 3);
    const days = [];
    while (days.length < nS) {
      const d = rint(4, 26);
      if (!days.some((x) => Math.abs(x - d) < 3)) days.push(d);
    }
    days.sort((a, b) => a - b);
    for (const d of days) {
      const iso = `${m}-${String(d).padStart(2, "0")}`;
      const len = rnd() < 0.3 ? rint(1, 2) : 0;
      SES.push({ start: iso, iso: isoAdd(iso, len), n: rint(70, 190) });
    }
  }
  for (let diff = 3986 - sum(SES.map((s) => s.n)), j = 0; diff !== 0; j = (j + 5) % SES.length) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 7);
    if (SES[j].n + st >= 50 && SES[j].n + st <= 240) {
      SES[j].n += st;
      diff -= st;
    }
  }
  assert(sum(SES.map((s) => s.n)) === 3986, "c1 sessions before the cut-off 3,986");
  SES.push({ start: "2021-09-07", iso: "2021-09-08", n: 96 }, { start: "2021-09-16", iso: "2021-09-16", n: 84 });
  const tRows = [["霞山区电子商务普及性培训台账（按期次登记）"], ["期次", "培训时间", "培训地点", "培训内容", "培训对象", "参训人次", "其中：女性", "其中：返乡青年", "备注"]];
  const tRecs = [];
  SES.forEach((s, j) => {
    const multi = s.start !== s.iso;
    let dc;
    if (multi) {
      const [y1, m1, d1] = ymd(s.start);
      const [, m2, d2] = ymd(s.iso);
      dc = m1 === m2 ? `${y1}.${m1}.${d1}-${d2}` : `${y1}.${m1}.${d1}-${m2}.${d2}`;
    } else dc = j % 4 === 0 ? D(s.iso) : j % 4 === 1 ? slashDate(s.iso) : j % 4 === 2 ? cnDate(s.iso) : dotDate(s.iso);
    const women = Math.round(s.n * (0.35 + rnd() * 0.3));
    const youth = Math.round(s.n * (0.1 + rnd() * 0.2));
    const place = PLACE[j % PLACE.length];
    tRows.push([`第${j + 1}期`, dc, place, TOPIC[j % TOPIC.length], OBJ[j % OBJ.length], s.n, women, youth,
      place.startsWith("线上") ? "线上人次按实名登录统计" : multi ? "连续多天，人次按实际签到累计" : null]);
    tRecs.push({ date: s.iso, personTimes: s.n });
  });
  tRows.push(["合计", null, null, null, null, sum(SES.map((s) => s.n)), null, null, "含2021年9月两期"]);
  tRows.push(["注：脱贫户专题培训班另见《脱贫户专题培训签到》表，不在本表统计。"]);
  const tMerges = ["A1:I1", `A${tRows.length}:I${tRows.length}`];
  const personTimes = sum(tRecs.filter((r) => r.date <= CUT).map((r) => r.personTimes)) + psPre.length;
  assert(personTimes === 4046, "c1 4,046 person-times");
  const BASE = Math.min(523700, 500000);
  assert(4046 * 1000 >= BASE * 8 && 4046 * 1000 < BASE * 10, "c1 4,046/500,000 = 0.809% → 8");
  assert(3986 * 1000 < BASE * 8 && 4046 * 1000 < 523700 * 8, "c1 sessions only 0.797% → 6; uncapped base 0.773% → 6");
  assert(personTimes + 180 + 15 === 4241, "c1 the facts sheet's 4,241 includes September");

  // ---------------- 产业园入驻企业: type ticked in one of five columns, one firm listed twice
  const TYPES = ["平台型", "销售型", "电商运营商", "物流企业", "其他"];
  const ENT = [
    ["湛江市霞山区港城优选电子商务有限公司", 0], ["湛江市霞山区海之味水产品网店", 1], ["湛江市霞山区渔港鲜生电子商务商行", 1],
    ["湛江市霞山区南方电商运营服务有限公司", 2], ["湛江市霞山区中通快递服务部", 3], ["湛江市霞山区蚝情万丈海产品商行", 1],
    ["湛江市霞山区鲜集社区团购平台有限公司", 0], ["湛江市霞山区椰风直播传媒有限公司", 2], ["湛江市霞山区百香果专业合作社网店", 1],
    ["湛江市霞山区云仓供应链管理有限公司", 3], ["湛江市霞山区品牌策划设计工作室", 4], ["湛江市霞山区红橙网店", 1],
    ["湛江市霞山区金沙湾海鲜电子商务有限公司", 1], ["湛江市霞山区电商人才培训学校", 4], ["湛江市霞山区顺丰速运营业部", 3],
    ["湛江市霞山区港湾网络科技有限公司", 2], ["湛江市霞山区鱿鱼干货网店", 1], ["湛江市霞山区农家土特产电子商务商行", 1],
    ["湛江市霞山区冷链物流配送有限公司", 3], ["湛江市霞山区菠萝蜜网店", 1], ["湛江市霞山区晨光文创电子商务有限公司", 1],
    ["湛江市霞山区海岸线代运营工作室", 2], ["湛江市霞山区特呈岛海产电子商务有限公司", 1],
  ].map(([n, t]) => ({ n, t, code: creditCode(REGION), en: randIsoBetween("2020-09-01", "2021-07-31") }));
  // statuses
  ENT[5].left = "2021-05-31";
  ENT[9].leftLate = "2021-10-15";
  ENT[20].en = "2021-09-06";
  ENT[21].en = null;
  ENT[22].en = "2021-08-16";
  ENT[3].en = "2020-11-05";
  ENT[3].moved = true;
  ENT.sort((a, b) => cmp(a.en || "9999", b.en || "9999"));
  const moved = ENT.find((e) => e.moved);
  const eRows = [["霞山区电子商务产业园入驻企业名录"], ["序号", "企业名称", "统一社会信用代码", "企业类型（在对应栏打“√”）", null, null, null, null, "入驻时间", "状态", "备注"],
    [null, null, null].concat(TYPES, [null, null, null])];
  const eMerges = ["A1:K1", "A2:A3", "B2:B3", "C2:C3", "D2:H2", "I2:I3", "J2:J3", "K2:K3"];
  const eRecs = [];
  const pushEnt = (e, en, status, note) => {
    const ticks = TYPES.map((_, q) => (q === e.t ? "√" : null));
    const idx = eRows.length - 2;
    eRows.push([idx, e.n, e.code].concat(ticks, [en ? (idx % 2 ? dotDate(en) : D(en)) : null, status, note]));
    eRecs.push({ name: e.n, type: TYPES[e.t], entered: en, left: e.left || (status.startsWith("迁") ? null : e.leftLate || null), code: e.code });
  };
  for (const e of ENT) {
    if (e.moved) {
      pushEnt(e, e.en, "迁至二期", "2021年3月1日迁入产业园二期，见下");
      continue;
    }
    const status = e.left ? `已退园（${dotDate(e.left)}）` : e.leftLate ? `已退园（${dotDate(e.leftLate)}）` : e.en === null ? "拟入驻" : e.en > CUT ? "在园" : "在园";
    const note = e.en === null ? "协议已签，装修中" : e.en > CUT ? "2021年9月入驻" : e.t === 4 ? ["包装设计", "电商培训"][e.n.includes("培训") ? 1 : 0] : null;
    pushEnt(e, e.en, status, note);
  }
  // the moved firm again, at the end, with its phase-2 entry
  pushEnt(moved, "2021-03-01", "在园", "由一期迁入二期（同一企业）");
  eRows.push([`注：共登记${eRows.length - 3}条，其中${ENT.length}家企业。`]);
  eMerges.push(`A${eRows.length}:K${eRows.length}`);
  const inPark = new Set(eRecs.filter((r) => r.entered && r.entered <= CUT && !(r.left && r.left <= CUT)).map((r) => r.code));
  assert(inPark.size === 20 && eRecs.length === 24, "c1 20 distinct in the park, 24 rows " + inPark.size + "/" + eRecs.length);
  const typesIn = new Set(eRecs.filter((r) => inPark.has(r.code)).map((r) => r.type));
  assert(typesIn.size === 5, "c1 five types in the park");

  // ---------------- 资金拨付台账: one row per contract, (date, amount) pairs
  const ALLOC = 5000000;
  const CON = [
    ["县级电子商务公共服务中心建设及运营", "湛江市港城电商运营服务有限公司", 1280000, [["2020-08-20", 640000], ["2021-01-15", 273200], ["2021-09-28", 256000]]],
    ["村级电商服务站点建设", "中国邮政集团有限公司湛江市霞山区分公司", 986000, [["2020-09-10", 493000], ["2021-03-18", 295800], ["2021-08-26", 147900]]],
    ["镇村物流配送体系建设", "湛江市速达物流有限公司", 862000, [["2020-10-22", 431000], null, null]],
    ["农村电商人才培训", "广东南粤电商职业培训学校", 620000, [["2020-07-30", 186000], ["2020-12-28", 248000], ["2021-09-15", 186000]]],
    ["农产品品牌培育与营销推广", "湛江市蓝海品牌策划有限公司", 452000, [["2020-11-16", 226000], null, null]],
    ["农产品溯源及冷链系统", "广东海联冷链科技有限公司", 524000, [["2021-02-05", 262000], null, null]],
    ["公共信息服务系统", "湛江市数智网络科技有限公司", 276000, [["2021-04-12", 138000], ["2021-07-29", 82800], null]],
  ];
  const fRows = [["霞山区电子商务进农村综合示范专项资金拨付台账"], ["单位：元　　　　　　省级专项资金下达：5,000,000.00元"],
    ["序号", "项目名称", "承建单位", "合同金额", "首期款", null, "进度款", null, "尾款", null, "累计拨付", "备注"],
    [null, null, null, null, "拨付日期", "金额", "拨付日期", "金额", "拨付日期", "金额", null, null]];
  const fMerges = ["A1:L1", "A2:L2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:H3", "I3:J3", "K3:K4", "L3:L4"];
  const fRecs = [];
  let conSum = 0;
  let cumSum = 0;
  CON.forEach(([p, who, c, pays], j) => {
    const cells = [];
    let cum = 0;
    pays.forEach((pp, q) => {
      if (!pp) {
        cells.push(null, null);
        return;
      }
      const [iso, amt] = pp;
      cells.push(q === 0 ? D(iso) : dotDate(iso), fmtMoney(amt));
      cum += amt;
      fRecs.push({ date: iso, amount: amt });
    });
    conSum += c;
    cumSum += cum;
    const note = pays.some((pp) => pp && pp[0] > CUT) ? "尾款于2021年9月拨付" : pays[1] === null ? "余款按进度待拨" : pays[2] === null ? "尾款待验收后拨付" : null;
    fRows.push([j + 1, p, who, fmtMoney(c)].concat(cells, [fmtMoney(cum), note]));
  });
  fRows.push(["合计", null, null, fmtMoney(conSum), null, null, null, null, null, null, fmtMoney(cumSum), null]);
  fMerges.push(`A${fRows.length}:C${fRows.length}`);
  fRows.push(["注：拨付日期以国库支付凭证日期为准。"]);
  fMerges.push(`A${fRows.length}:L${fRows.length}`);
  const spentPre = sum(fRecs.filter((r) => r.date <= CUT).map((r) => r.amount));
  const spentTo918 = sum(fRecs.filter((r) => r.date <= "2021-09-18").map((r) => r.amount));
  assert(conSum === 5000000, "c1 contracts add up to the allocation " + conSum);
  assert(spentPre === 3423700 && !ratioGE(spentPre, ALLOC, 70) && pct2(spentPre, ALLOC) === "68.47%", "c1 spent by the cut-off " + spentPre + " " + pct2(spentPre, ALLOC));
  assert(spentTo918 === 3609700 && ratioGE(spentTo918, ALLOC, 70) && pct1(spentTo918, ALLOC) === "72.2%", "c1 by 9-18 " + spentTo918);
  assert(cumSum === spentTo918 + 256000, "c1 累计 column includes both September payments");

  // ---------------- 月报报送: month × year grid
  const REP = {};
  for (const m of monthsBetween("2020-07", "2021-09")) {
    if (m === "2021-02") continue;
    REP[m] = `${m}-${String(rint(3, 9)).padStart(2, "0")}`;
  }
  const gRows = [["霞山区电子商务进农村综合示范工作月报报送情况登记（报送湛江市商务局）"], ["报送月份", "2020年", "2021年", "备注"]];
  const gRecs = [];
  for (let mo = 1; mo <= 12; mo++) {
    const cell = (y) => {
      const m = `${y}-${String(mo).padStart(2, "0")}`;
      if (m === "2021-02") return "—（春节，1月工作情况并入3月报送）";
      if (REP[m]) return mdOnly(REP[m]);
      return m < "2020-07" ? "—" : null;
    };
    gRows.push([`${mo}月`, cell(2020), cell(2021), mo === 7 ? "2020年7月起报送" : null]);
  }
  for (const y of [2020, 2021]) for (let mo = 1; mo <= 12; mo++) {
    const m = `${y}-${String(mo).padStart(2, "0")}`;
    if (REP[m]) gRecs.push({ date: REP[m], poverty: true });
  }
  gRows.push(["注：表内为报送日期；每月报送内容包括示范创建工作进展、成效及电商扶贫统计数据。"]);
  const repMonths = new Set(gRecs.filter((r) => r.date <= CUT).map((r) => ym(r.date)));
  assert(WINDOW.filter((w) => !repMonths.has(w)).join() === "2021-02", "c1 no report sent in February 2021");

  // ---------------- 专栏更新记录
  const DIS = [{ iso: "2020-06-12", t: "霞山区电子商务进农村综合示范县创建工作方案", c: "工作方案" }, { iso: "2020-06-12", t: "霞山区电子商务进农村综合示范项目基本信息表", c: "项目信息" }];
  for (const m of monthsBetween("2020-07", "2021-08")) {
    const iso = `${m}-${String(rint(5, 25)).padStart(2, "0")}`;
    const prev = monthsBetween("2020-01", m).slice(-2)[0];
    DIS.push({ iso, t: `霞山区电子商务进农村综合示范项目建设进度（${cnMonth(prev)}）`, c: "建设进度" });
  }
  const dRows = [["霞山区政府网“电子商务进农村综合示范”专栏更新记录"], ["序号", "更新时间", "栏目", "标题", "链接"]];
  DIS.forEach((x, j) => dRows.push([j + 1, j % 3 === 0 ? D(x.iso) : x.iso, x.c, x.t, `http://www.zjxs.gov.cn/zwgk/dzsw/content/post_${1300000 + j * 137}.html`]));
  const disMonths = new Set(DIS.map((x) => ym(x.iso)));
  assert(WINDOW.every((w) => disMonths.has(w)), "c1 the column updated every window month");

  // ---------------- 宣传报道: level only in 媒体类别 wording
  const MED = [
    ["2020-10-20", "湛江日报", "市级党报", "报纸", "霞山村级电商站点打通服务“最后一公里”", null],
    ["2021-01-12", "湛江广播电视台《湛江新闻》", "市级电视台", "电视", "霞山：电商培训进社区 渔家学做主播", null],
    ["2021-06-18", "广东广播电视台《广东新闻联播》", "省级电视台", "电视", "湛江霞山：脱贫户直播卖海鲜 “电商+海产”助增收", "电商扶贫典型案例"],
    ["2021-09-05", "霞山区融媒体中心", "区级融媒体", "网络", "霞山区举办农产品直播带货节", null],
    ["2021-10-11", "新华网", "中央媒体", "网络", "广东湛江霞山：电商进农村激活海产经济", null],
  ];
  const mRows = [["霞山区电子商务进农村宣传报道情况"], ["序号", "刊播日期", "媒体", "媒体类别", "形式", "题目", "备注"]];
  MED.forEach((x, j) => mRows.push([j + 1, j % 2 ? cnDate(x[0]) : D(x[0]), x[1], x[2], x[3], `《${x[4]}》`, x[5]]));

  // ---------------- 典型案例报送
  const caseRows = [["霞山区电子商务进农村典型案例（经验材料）报送登记"], ["序号", "报送日期", "材料名称", "报送单位", "报送对象", "报送方式"],
    [1, "2021.7.12", "霞山区“电商+海产”助力脱贫增收典型案例", "霞山区商务局", "湛江市商务局", "政务邮箱"],
    [2, "2021.9.22", "霞山区电子商务进农村综合示范创建经验做法", "霞山区商务局", "广东省商务厅（经湛江市商务局）", "公文交换"]];

  // ---------------- 基础数据汇总表: the city's template, one column per county, only 霞山区 filled
  const COUNTIES = ["赤坎区", "霞山区", "坡头区", "麻章区", "遂溪县", "徐闻县", "廉江市", "雷州市", "吴川市"];
  const XS = COUNTIES.indexOf("霞山区");
  const F = [["湛江市2019年省级电子商务进农村综合示范创建考评基础数据汇总表"],
    ["填报单位：霞山区商务局（盖章）　　数据截止：2021年8月31日　　填报日期：2021年9月18日"],
    ["序号", "类别", "指标", "单位", "各县（市、区）填报", null, null, null, null, null, null, null, null, "填报说明"],
    [null, null, null, null].concat(COUNTIES, [null])];
  const FM = ["A1:N1", "A2:N2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:M3", "N3:N4"];
  let fn = 0;
  let grp = null;
  let grpStart = 0;
  const closeGrp = () => {
    if (grp !== null && F.length > grpStart) FM.push(`B${grpStart}:B${F.length}`);
  };
  const R = (g, label, unit, val, note) => {
    if (g !== grp) {
      closeGrp();
      grp = g;
      grpStart = F.length + 1;
    }
    const cols = COUNTIES.map((_, q) => (q === XS ? val : null));
    F.push([++fn, g === grp && F.length + 1 === grpStart ? g : null, label, unit].concat(cols, [note || null]));
  };
  R("基本情况", "常住人口", "万人", 52.37, "按第七次全国人口普查数");
  R("基本情况", "行政村数", "个", 26, "不含社区居委会");
  R("基本情况", "社区居委会数", "个", 32);
  R("基本情况", "省定贫困村数", "个", 2);
  R("组织领导", "领导小组组长（职务）", "—", "区委常委、常务副区长");
  R("组织领导", "领导小组成员单位", "—", "区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局、区交通运输局");
  R("组织领导", "示范县工作方案是否正式印发", "是/否", "是（霞府办〔2020〕9号）");
  R("组织领导", "是否出台支持农村电商发展政策", "是/否", "是");
  R("服务体系", "县级公共服务中心投入运营时间", "年月日", "2021.3.18");
  R("服务体系", "有免费培训场所、培训设备，能组织电商基础培训", "是/否", "是");
  R("服务体系", "为特色农产品提供免费展示、销售服务", "是/否", "是");
  R("服务体系", "为电子商务市场主体提供免费摄影、美工服务", "是/否", "是");
  R("服务体系", "组织农产品统一推广、指导特色农产品品牌建设", "是/否", "是");
  R("服务体系", "为电子商务发展提供其他衍生增值服务", "是/否", "否");
  R("服务体系", "建设或整合、优化当地电商产业园", "是/否", "是");
  R("服务体系", "电商产业园入驻企业", "家", 20);
  R("服务体系", "村级电商服务站点", "个", 21, "截至填报日");
  R("农村产品上行", "有专业第三方电子商务运营或服务商", "是/否", "是");
  R("农村产品上行", "行政村物流快递覆盖率", "%", 100);
  R("农村产品上行", "2019年农村网络零售额", "亿元", 8.62, "省商务厅反馈数据");
  R("农村产品上行", "2020年农村网络零售额", "亿元", 10.95, "省商务厅反馈数据");
  R("农村产品上行", "2019年农产品网络零售额", "亿元", 0.93);
  R("农村产品上行", "2020年农产品网络零售额", "亿元", 1.19);
  R("人才培训", "电商培训人次", "人次", 4241, "截至填报日");
  R("人才培训", "有劳动能力的建档立卡贫困人口（不含外出务工）", "人", 40, "经区乡村振兴局确认");
  R("人才培训", "参加培训的建档立卡贫困人口", "人", 29);
  R("信息公开与报送", "专栏公示创建方案", "是/否", "是");
  R("信息公开与报送", "专栏公示项目基本信息", "是/否", "是");
  R("信息公开与报送", "专栏公示项目建设进度", "是/否", "是");
  R("信息公开与报送", "专栏设立征求意见或监督举报窗口", "是/否", "否（拟于9月补设）");
  R("信息公开与报送", "每月向市商务局报送工作情况", "是/否", "是");
  R("信息公开与报送", "能统计电商扶贫情况", "是/否", "是");
  R("资金管理", "省级专项资金下达", "万元", 500);
  R("资金管理", "累计拨付资金", "万元", 360.97, "截至填报日");
  R("资金管理", "已制定资金管理制度", "是/否", "是");
  R("资金管理", "已建立资金专用台账", "是/否", "是");
  R("资金管理", "项目总体进度", "%", 85);
  R("一票否决", "发生安全生产、质量事故，或造成重大经济损失和社会不良影响", "是/否", "否");
  R("一票否决", "弄虚作假", "是/否", "否");
  R("评判项自评", "方案制定", "分（1-2）", 2);
  R("评判项自评", "政策支持", "分（1-2）", 1);
  R("评判项自评", "项目管理制度", "分（1-2）", 2);
  R("评判项自评", "工作台账", "分（1-2）", 1);
  R("评判项自评", "网销调研", "分（1-2）", 2);
  R("评判项自评", "网络促销活动", "分（1-2）", 1);
  R("评判项自评", "交易标准与冷链溯源", "分（1-2）", 1);
  R("评判项自评", "资金管理制度", "分（1-5）", 4);
  R("评判项自评", "资金台账", "分（1-5）", 4);
  R("评判项自评", "资金拨付", "分（1-5）", 4);
  closeGrp();
  F.push(["填报说明：1．各县（市、区）只填写本地区一列，其他列留空；2．是/否类填“是”或“否”；3．请于2021年9月20日前报市商务局电子商务科。"]);
  FM.push(`A${F.length}:N${F.length}`);
  F.push(["填报人：吴××　　联系电话：0759-22xxxxx　　审核人：陈××"]);
  FM.push(`A${F.length}:N${F.length}`);
  assert(Math.round(spentTo918 / 100) / 100 === 360.97, "c1 360.97万元 = by 9-18");
  assert(F.slice(4).every((r) => r.length === 1 || COUNTIES.every((_, q) => q === XS || r[4 + q] === null)), "c1 only the 霞山区 column filled");
  assert(pct1(1095 - 862, 862) === "27.0%" && pct1(119 - 93, 93) === "28.0%", "c1 growth 27.0% / 28.0%");

  // ---------------- 自评得分: the clerk's claimed points
  const CL = [
    ["加强组织领导与统筹协调（10分）", "组织领导", 2, "org.leadership", 2, null],
    [null, "方案制定", 2, "org.plan", 2, null],
    [null, "政策支持", 2, "org.policy", 1, "政策落实不够"],
    [null, "项目管理", 4, "org.management", 3, "工作台账不够完整"],
    ["深入推动电子商务进农村工作（55分）", "服务体系建设（县级中心与产业园）", 15, "work.center", 14, "未提供其他衍生增值服务"],
    [null, "服务体系建设（村级站点覆盖）", 10, "work.coverage", 10, null],
    [null, "农村产品上行", 10, "work.upward", 7, null],
    [null, "电商人才培训", 20, "work.training", 20, null],
    ["加强信息公开及报送（10分）", "信息公开", 4, "info.disclosure", 3, "监督举报窗口未设"],
    [null, "数据上报", 6, "info.reporting", 6, null],
    ["加强宣传推广（10分）", "案例总结", 2, "promo.cases", 2, null],
    [null, "经验推广", 8, "promo.media", 7, null],
    ["加强财政资金管理（15分）", "制度建立", 5, "fund.system", 4, null],
    [null, "资金台账", 5, "fund.ledger", 4, null],
    [null, "资金支出", 5, "fund.spending", 4, "支出率72.2%"],
    ["加分项（4分）", "贫困人口培训率70%及以上", 2, "bonus.poorTraining", 2, "培训率72.5%"],
    [null, "电商扶贫典型案例获电视播报", 2, "bonus.tvCase", 1, "省级电视台"],
  ];
  const cRows = [["霞山区2019年省级电子商务进农村综合示范创建考评自评得分表"], ["工作任务", "评价指标", "权重（分）", "自评得分", "扣分说明"]];
  const claimed = {};
  for (const [g, n, w, id, p, note] of CL) {
    cRows.push([g, n, w, p, note]);
    claimed[id] = p;
  }
  const cMerges = ["A1:E1", "A3:A6", "A7:A10", "A11:A12", "A13:A14", "A15:A17", "A18:A19"];
  const clBase = sum(CL.filter((c) => !c[3].startsWith("bonus")).map((c) => c[4]));
  const clBonus = sum(CL.filter((c) => c[3].startsWith("bonus")).map((c) => c[4]));
  cRows.push(["一票否决项", "安全生产、质量事故；总体进度不足40%；弄虚作假", null, "无", null]);
  cRows.push(["合计", null, 104, clBase + clBonus, `基本分${clBase}分，加分${clBonus}分`]);
  cMerges.push(`A${cRows.length}:B${cRows.length}`);
  assert(clBase === 89 && clBonus === 3, "c1 claimed 89 + 3");

  const toc = [["霞山区电子商务进农村综合示范创建考评资料"], [], ["序号", "表名", "内容"], [1, "基础数据汇总表", "报市商务局的汇总表（霞山区列）"], [2, "自评得分", "自评得分表"],
    [3, "村居名单", "行政村、社区居委会名单"], [4, "省定贫困村", "省定相对贫困村名单"], [5, "站点建设情况", "村级站点按街道汇总"], [6, "脱贫人口名单", "建档立卡脱贫人口"],
    [7, "普及培训台账", "普及性培训（按期次）"], [8, "脱贫户专题培训签到", "脱贫户专题班签到表"], [9, "产业园入驻企业", "入驻企业名录"], [10, "资金拨付台账", "专项资金拨付（按合同）"],
    [11, "月报报送", "向市商务局报送月报"], [12, "专栏更新记录", "政府网专栏更新"], [13, "宣传报道", "媒体报道"], [14, "典型案例报送", "经验材料报送"]];

  // ---------------- points
  const pts = {
    "org.leadership": 1, "org.plan": 2, "org.policy": 1, "org.management": 2 + 1,
    "work.center": 2 + 0 + 2 + 1 + 1 + 1 + 0 + 2 + 2 + 1, "work.coverage": 2 + 5, "work.upward": 2 + 1 + 1 + 1 + 1 + 0,
    "work.training": 8 + 10, "info.disclosure": 0 + 2, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 4 + 3,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": -5, "bonus.poorTraining": 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 68 && bonus === 1, "c1 total " + scored + "+" + bonus);
  const derivation = [
    "org.leadership: 汇总表霞山区列：领导小组组长“区委常委、常务副区长”，是副区长（分管领导）牵头，不是区长 → 1（成员单位虽有商务、财政、农业农村、乡村振兴，也只能1分；自评2）",
    "org.plan: 工作方案“是（霞府办〔2020〕9号）”，评判项方案制定2 → 2",
    "org.policy: 政策“是”，评判项政策支持1 → 1",
    "org.management: 项目管理制度2 + 工作台账1 → 3",
    "work.center: 中心投入运营“2021.3.18” ≤ 截止日 → 2；但晚于2021-02-28，运行不满6个月 → 0；免费培训 2、免费展示 1、免费摄影美工 1、品牌推广 1；其他衍生增值服务“否” → 0；产业园“是” → 2；入驻企业名录24行（23家企业）：“迁至二期”的企业在最后一行以同一信用代码再次出现（算1家），一家2021.5.31退园，一家2021年9月入驻，一家“拟入驻”无入驻时间，一家2021.10.15才退园（截止日仍在园） → 截止日在园20家 → 2；五种类型都有 → 1；合计12（自评14）",
    `work.coverage: 村居名单上下两张表，行政村26个（第二张表社区居委会32个不算）；省定贫困村另表2个（${poorList[0]}写成“${poorList[0]}民委员会”）；站点表按街道汇总，一格写多个“村名（建成时间）”：截止日前有站点的行政村18个（${dupV}委会是${dupV}第二个站点，只算一次；${lateV}2021-09-16建成在截止日后；${commSt}是社区；表内“合计”覆盖率73.1%是9月30日口径） → 18/26 = 69.2%，在50%—70%之间 → 2；省定贫困村2/2 → 5；合计7（自评10）`,
    "work.upward: 网销调研2；网络促销活动1；第三方运营服务商“是” → 1；村居名单有“通快递”列，行政村全部“是” → 1；交易标准与冷链溯源1；农村网络零售额8.62亿→10.95亿元增长27.0%，农产品0.93亿→1.19亿元增长28.0%，都不到30% → 0；合计6（自评7）",
    "work.training: 普及培训台账按期登记，截止日前各期“参训人次”合计3,986（“其中：女性/返乡青年”是其中数不能加；两期在2021年9月共180人次不算；“合计”行不是一期）；表注说脱贫户专题班另表统计，专题班签到表截止日前60人次（第四期2021年9月9日15人次不算）；合计4,046人次；常住人口52.37万 > 50万，以500,000为基数 → 0.809%，在0.8%—1%之间 → 8（只算普及台账0.797%、或不封顶523,700为基数0.773%都只有6）；脱贫人口名单有劳动能力且不外出务工40人，截止日前签到表里出现的其中27人（两名外出务工人员不算） → 27/40 = 67.5% ≥ 50% → 10；汇总表填的40/29（72.5%）与名单不符，以名单为准；合计18（自评20）",
    "info.disclosure: 汇总表“专栏设立征求意见或监督举报窗口”填“否（拟于9月补设）” → 内容不全 0；专栏更新记录2020年9月至2021年8月每月都有更新 → 2；合计2（自评3）",
    "info.reporting: 月报报送表是月份×年份网格，格内是报送日期；2021年2月“—（春节，1月工作情况并入3月报送）”，近一年12个月中2月没有报送 → 不定时 1；汇总表“能统计电商扶贫情况：是”，表注月报含电商扶贫统计 → 3；合计4（自评6）",
    "promo.cases: 典型案例报送表2021.7.12向湛江市商务局报送典型案例 → 2（2021.9.22那份在截止日后）",
    "promo.media: 宣传报道只有“媒体类别”：省级电视台（广东新闻联播，2021-06-18） → 省级4；市级党报、市级电视台 → 市级3；区级融媒体2021年9月5日、中央媒体2021年10月11日都在截止日后 → 0；合计7",
    "fund.system: 评判项资金管理制度4 → 4",
    "fund.ledger: 评判项资金台账4 → 4",
    "fund.spending: 资金台账每行一个合同，首期款/进度款/尾款各一对（拨付日期，金额）；截止日前12笔共3,423,700元，下达5,000,000元 → 68.47% < 70% → −5（尾款2021.9.15的186,000元和2021.9.28的256,000元不算；汇总表“累计拨付360.97万元、截至填报日”和自评“支出率72.2%”都含9月，不能用）",
    "bonus.poorTraining: 27/40 = 67.5% < 70% → 0（汇总表72.5%算进了外出务工人员；算上9月第四期是75%，都不算；自评2）",
    "bonus.tvCase: 电商扶贫典型案例2021-06-18在广东广播电视台（省级电视）播报 → 1",
    "veto.incident: 汇总表“发生安全生产、质量事故……”填“否” → 不否决",
    "veto.progress: 项目总体进度85% ≥ 40% → 不否决",
    "veto.fraud: 弄虚作假“否” → 不否决",
  ];
  return {
    description:
      "湛江霞山区商务局整本工作簿。“基础数据汇总表”是市商务局下发的模板：指标按行，列是湛江九个县（市、区），只填了“霞山区”一列（填报单位霞山区商务局），填报日期2021年9月18日，培训人次4,241和累计拨付360.97万元注明“截至填报日”；领导小组组长“区委常委、常务副区长”；中心投入运营“2021.3.18”；其他衍生增值服务“否”；监督举报窗口“否（拟于9月补设）”；评判项自评也在这张表里。“自评得分”是各指标自评分（基本分89、加分3）。“村居名单”上下两张表（行政村26个、社区居委会32个），“通快递”全是。“省定贫困村”2个。“站点建设情况”按街道一行，“已建站点的村（社区）及建成时间”一格写多个“村名（日期）”，含同村第二站（写成“…村委会”）、社区站、9月新建站，两处只写到月。“普及培训台账”按期登记人次，有“其中”列和合计行，两期在9月；脱贫户专题班在“脱贫户专题培训签到”另表（班次、日期按期向下合并，一个小写x、一个带空格的身份证号，第四期在9月）。“脱贫人口名单”按户排列，劳动能力有/无，是否外出务工是/否。“产业园入驻企业”类型在五栏里打√，一家企业迁入二期后再登记一行（同一信用代码）。“资金拨付台账”每个合同一行，首期/进度/尾款各有拨付日期和金额，两笔尾款在9月。“月报报送”是月份×年份网格，2021年2月未报。“专栏更新记录”、“宣传报道”（级别只在媒体类别里，如“省级电视台”）、“典型案例报送”。",
    sheets: [
      { name: "目录", rows: toc, merges: ["A1:C1"] },
      { name: "基础数据汇总表", rows: F, merges: FM },
      { name: "自评得分", rows: cRows, merges: cMerges },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "省定贫困村", rows: pvRows, merges: ["A1:E1"] },
      { name: "站点建设情况", rows: sRows, merges: sMerges },
      { name: "脱贫人口名单", rows: pRows, merges: pMerges },
      { name: "普及培训台账", rows: tRows, merges: tMerges },
      { name: "脱贫户专题培训签到", rows: psRows, merges: psMerges },
      { name: "产业园入驻企业", rows: eRows, merges: eMerges },
      { name: "资金拨付台账", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: gRows, merges: ["A1:D1", `A${gRows.length}:D${gRows.length}`] },
      { name: "专栏更新记录", rows: dRows, merges: ["A1:E1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "典型案例报送", rows: caseRows, merges: ["A1:F1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 广州番禺区: the provincial management system's export of the county's submissions (see the header comment)
// =====================================================================================================
function buildF1() {
  const rows = [["广东省电子商务进农村综合示范管理系统"],
    ["数据导出　模块：考评基础数据填报　行政区划：广州市番禺区（440113）　导出人：pyswj_dzsw　导出时间：2021-09-14 10:26:51"],
    ["序号", "指标编码", "指标名称", "计量单位", "填报值", "填报人", "填报时间", "状态", "审核意见"]];
  const merges = ["A1:I1", "A2:I2"];
  const YN = "是否（1是0否）";
  const DT = "日期（yyyymmdd）";
  // [code, name, unit, [[value, time, status, opinion], ...]] — one row per submission, oldest first
  const ITEMS = [
    ["JC01", "县（市、区）名称", "文本", [["番禺区", "2021-09-02 09:15:06"]]],
    ["JC02", "考评截止日期", DT, [["20210831", "2021-09-02 09:15:06"]]],
    ["JC03", "常住人口", "万人", [["177.59", "2021-09-02 09:18:40", "已退回", "请按第七次全国人口普查常住人口填报（177.59万为户籍人口）"], ["265.84", "2021-09-06 15:02:11"]]],
    ["JC04", "行政村数", "个", [["177", "2021-09-02 09:18:40"]]],
    ["JC05", "省定贫困村数", "个", [["0", "2021-09-02 09:18:40"]]],
    ["ZZ01", "工作领导小组组长职务", "文本", [["区长", "2021-09-02 09:25:17"]]],
    ["ZZ02", "领导小组成员单位", "文本", [["区商务局,区财政局,区农业农村局,区乡村振兴局(区扶贫办),区交通运输局", "2021-09-02 09:25:17"]]],
    ["ZZ03", "是否正式印发示范县工作方案", YN, [["1", "2021-09-02 09:25:17"]]],
    ["ZZ04", "是否出台支持农村电商发展的政策", YN, [["1", "2021-09-02 09:25:17"]]],
    ["FW01", "县级电子商务公共服务中心投入运营日期", DT, [["20200915", "2021-09-02 10:03:52", "已退回", "投入运营日期以运营合同起始日为准，请核实"], ["20201028", "2021-09-06 15:05:36"]]],
    ["FW02", "有免费培训场所、培训设备，能组织电商基础培训", YN, [["1", "2021-09-02 10:03:52"]]],
    ["FW03", "为特色农产品提供免费展示、销售服务", YN, [["1", "2021-09-02 10:03:52"]]],
    ["FW04", "为电子商务市场主体提供免费摄影、美工服务", YN, [["1", "2021-09-02 10:03:52", "已退回", "未见免费摄影美工服务佐证材料"], ["0", "2021-09-06 15:05:36"]]],
    ["FW05", "组织农产品统一推广、指导特色农产品品牌建设", YN, [["1", "2021-09-02 10:03:52"]]],
    ["FW06", "为电子商务发展提供其他衍生增值服务", YN, [["1", "2021-09-02 10:03:52"]]],
    ["FW07", "建设或整合、优化当地电商产业园", YN, [["1", "2021-09-02 10:03:52"]]],
    ["FW08", "电商产业园入驻企业数", "家", [["38", "2021-09-02 10:03:52"]]],
    ["SX01", "有专业第三方电子商务运营或服务商", YN, [["1", "2021-09-02 10:21:09"]]],
    ["SX02", "行政村物流快递覆盖率", "%", [["100", "2021-09-02 10:21:09"]]],
    ["SX03", "2019年农村网络零售额", "亿元", [["612.35", "2021-09-02 10:21:09"]]],
    ["SX04", "2020年农村网络零售额", "亿元", [["748.92", "2021-09-02 10:21:09"]]],
    ["SX05", "2020年农村网络零售额同比增速", "%", [["22.30", "2021-09-02 10:21:09"]]],
    ["SX06", "2019年农产品网络零售额", "亿元", [["21.06", "2021-09-02 10:21:09"]]],
    ["SX07", "2020年农产品网络零售额", "亿元", [["28.73", "2021-09-02 10:21:09"]]],
    ["SX08", "2020年农产品网络零售额同比增速", "%", [["36.42", "2021-09-02 10:21:09"]]],
    ["PX01", "电商培训人次", "人次", [["31508", "2021-09-02 10:40:33"]]],
    ["PX02", "有劳动能力的建档立卡贫困人口数（不含外出务工人员）", "人", [["412", "2021-09-02 10:40:33", "已退回", "应剔除外出务工人员"], ["326", "2021-09-06 15:10:02"]]],
    ["PX03", "参加培训的建档立卡贫困人口数", "人", [["198", "2021-09-02 10:40:33"]]],
    ["XX01", "政府网站专栏公示创建方案", YN, [["1", "2021-09-02 10:52:47"]]],
    ["XX02", "政府网站专栏公示项目基本信息", YN, [["1", "2021-09-02 10:52:47"]]],
    ["XX03", "政府网站专栏公示项目建设进度", YN, [["1", "2021-09-02 10:52:47"]]],
    ["XX04", "政府网站专栏设立征求意见或监督举报窗口", YN, [["0", "2021-09-02 10:52:47"]]],
    ["XX05", "能统计电商扶贫情况", YN, [["1", "2021-09-02 10:52:47"]]],
    ["ZJ01", "省级财政资金下达总额", "万元", [["500", "2021-09-02 11:06:15"]]],
    ["ZJ02", "累计拨付资金（截至考评截止日期）", "万元", [["398.20", "2021-09-02 11:06:15", "已退回", "请按截至8月31日的拨付凭证核实"], ["412.68", "2021-09-13 16:44:28", "待审核", null]]],
    ["ZJ03", "是否制定资金管理制度", YN, [["1", "2021-09-02 11:06:15"]]],
    ["ZJ04", "是否建立资金专用台账", YN, [["1", "2021-09-02 11:06:15"]]],
    ["ZJ05", "项目总体进度", "%", [["90", "2021-09-02 11:06:15"]]],
    ["FJ01", "是否发生安全生产、质量事故，或造成重大经济损失和社会不良影响", YN, [["0", "2021-09-02 11:12:30"]]],
    ["FJ02", "是否存在弄虚作假", YN, [["0", "2021-09-02 11:12:30"]]],
    ["PD01", "方案制定（自评分）", "分（1-2）", [["2", "2021-09-02 11:20:04"]]],
    ["PD02", "政策支持（自评分）", "分（1-2）", [["2", "2021-09-02 11:20:04"]]],
    ["PD03", "项目管理制度（自评分）", "分（1-2）", [["2", "2021-09-02 11:20:04"]]],
    ["PD04", "工作台账（自评分）", "分（1-2）", [["2", "2021-09-02 11:20:04"]]],
    ["PD05", "网销调研（自评分）", "分（1-2）", [["2", "2021-09-02 11:20:04", "已退回", "调研报告未形成针对性建议，请据实自评"], ["1", "2021-09-06 15:16:45"]]],
    ["PD06", "网络促销活动（自评分）", "分（1-2）", [["2", "2021-09-02 11:20:04"]]],
    ["PD07", "交易标准与冷链溯源（自评分）", "分（1-2）", [["1", "2021-09-02 11:20:04"]]],
    ["PD08", "资金管理制度（自评分）", "分（1-5）", [["5", "2021-09-02 11:20:04"]]],
    ["PD09", "资金台账（自评分）", "分（1-5）", [["4", "2021-09-02 11:20:04"]]],
    ["PD10", "资金拨付（自评分）", "分（1-5）", [["4", "2021-09-02 11:20:04"]]],
  ];
  const WHO = ["梁××", "何××"];
  let n = 0;
  let returned = 0;
  for (const [code, name, unit, subs] of ITEMS) {
    subs.forEach((s, j) => {
      const last = j === subs.length - 1;
      const status = s[2] || (last ? "已通过" : "已退回");
      if (status === "已退回") returned++;
      assert(last ? status !== "已退回" : status === "已退回", "f1 only superseded rows are returned " + code);
      rows.push([++n, code, name, unit, s[0], WHO[j % 2 === 0 && code < "PX" ? 0 : 1], s[1], status, s[3] || (status === "已通过" ? "同意" : null)]);
    });
  }
  rows.push([`共${n}条记录`]);
  merges.push(`A${rows.length}:I${rows.length}`);
  assert(returned === 6 && n === ITEMS.length + 6, "f1 six returned submissions");
  assert(pct2(74892 - 61235, 61235) === "22.30%" && pct2(2873 - 2106, 2106) === "36.42%", "f1 growth rates agree");
  assert(pct1(198, 326) === "60.7%" && pct2(412.68, 500) === "82.54%", "f1 60.7% and 82.5%");
  const dict = [["状态代码", "状态名称"], [0, "草稿"], [1, "待审核"], [2, "已通过"], [3, "已退回"], [], ["是否代码", "含义"], [1, "是"], [0, "否"]];
  return {
    description:
      "广州番禺区在省电子商务进农村综合示范管理系统填报后导出的明细：第3行表头（序号|指标编码|指标名称|计量单位|填报值|填报人|填报时间|状态|审核意见），一行一次提交，同一指标被“已退回”后再提交一行：常住人口先填177.59（户籍人口，退回）后改265.84万人；中心投入运营日期“20200915”退回后改“20201028”；免费摄影美工先1后0；有劳动能力贫困人口先412后326；网销调研先2分后1分；累计拨付先398.20退回、最新一行412.68万元“待审核”（仍是本县最新填报）。填报值都是文字：是否项1/0，日期yyyymmdd，金额按计量单位读（亿元、万元），增速单位%。无省定贫困村（0）。区长任组长，成员单位含商务、财政、农业农村、乡村振兴(扶贫办)。监督举报窗口0。入驻企业38家不是输入。评判项是PD01—PD10（自评分）。隐藏的“字典”表不是数据。",
    sheets: [
      { name: "导出数据", rows, merges },
      { name: "字典", rows: dict, hidden: true },
    ],
    expect: {
      facts: {
        county: "番禺区", asOf: "2021-08-31", residentPopulation: 2658400, adminVillagesStated: 177, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-10-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 61235000000, ruralRetail2020: 74892000000, ruralRetailGrowthStated: 0.223,
        agriRetail2019: 2106000000, agriRetail2020: 2873000000, agriRetailGrowthStated: 0.3642,
        trainingPersonTimesStated: 31508, eligiblePoorPersonsStated: 326, trainedPoorPersonsStated: 198,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4126800, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 佛山顺德区: a Word 回执 (fill-in form) pasted into column A (see the header comment)
// =====================================================================================================
function buildF2() {
  const rows = [];
  const merges = [];
  const L = (s) => {
    rows.push([s]);
    merges.push(`A${rows.length}:H${rows.length}`);
  };
  const B = (s) => `【${fwText(s)}】`;
  const box = (on) => (on ? "■" : "□");
  L("顺德区电子商务进农村综合示范创建考评基础信息回执");
  L(`填报单位（盖章）：佛山市顺德区经济和科技促进局　　　　填报日期：${cnFormalDate("2021-09-10")}`);
  L("填写说明：请在【　】内填写，在□内涂“■”选择；金额须同时填写大写和小写。");
  rows.push([]);
  L("一、基本情况");
  L(`${fwText("1")}．考评截止日期：${cnFormalDate("2021-08-31")}。`);
  L(`${fwText("2")}．我区常住人口${B("322.92")}万人（第七次全国人口普查），辖${B("10")}个镇（街道），共有村（居）委会${B("205")}个，其中村委会${B("104")}个；省定贫困村${B("0")}个（我区为对口帮扶地区）。`);
  L("二、组织领导");
  L(`${fwText("3")}．示范创建工作领导小组组长由【区委常委、副区长】担任，副组长由区经济和科技促进局局长担任，成员单位包括【区经济和科技促进局、区财税局、区农业农村局、区乡村振兴局】等${B("16")}个部门。`);
  L(`${fwText("4")}．示范县工作方案：${box(true)}已正式印发　${box(false)}未印发（文号：顺府办函〔${fwText("2020")}〕${fwText("35")}号）`);
  L(`${fwText("5")}．支持农村电商发展的政策：${box(false)}已出台　${box(true)}未出台（《顺德区促进农村电子商务发展若干措施》正在征求意见）`);
  L("三、服务体系建设");
  L(`${fwText("6")}．区电子商务公共服务中心于【${cnFormalDate("2020-12-01")}】投入运营，面积${B("1200")}平方米。`);
  L(`${fwText("7")}．公共服务中心服务功能（可多选）：`);
  const FUNCS = [["有免费培训场所、培训设备，能组织电商基础培训", true], ["为特色农产品提供免费展示、销售服务", true],
    ["为电子商务市场主体提供免费摄影、美工服务", false], ["组织农产品统一推广、指导特色农产品品牌建设", true], ["为电子商务发展提供其他衍生增值服务", true]];
  for (const [t, on] of FUNCS) L(`　　${box(on)}${t}`);
  L(`${fwText("8")}．电商产业园：${box(true)}已建设（整合、优化）　${box(false)}未建设；入驻企业${B("46")}家。`);
  L("四、农村产品上行");
  L(`${fwText("9")}．当地专业第三方电子商务运营或服务商：${box(true)}有　${box(false)}无`);
  L(`${fwText("10")}．行政村物流快递覆盖率＿＿${fwText("100")}＿＿％。`);
  L(`${fwText("11")}．${fwText("2019")}年农村网络零售额${B("386.42")}亿元，${fwText("2020")}年${B("485.06")}亿元，同比增长${B("25.5")}％；${fwText("2019")}年农产品网络零售额${B("12.86")}亿元，${fwText("2020")}年${B("17.04")}亿元，同比增长${B("32.5")}％。`);
  assert(pct1(48506 - 38642, 38642) === "25.5%" && pct1(1704 - 1286, 1286) === "32.5%", "f2 growth rates agree");
  L("五、电商人才培训");
  L(`${fwText("12")}．累计开展电商培训${B("23,617")}人次。`);
  L(`${fwText("13")}．有劳动能力的建档立卡贫困人口（不含外出务工人员）【　　】人，参加电商培训【　　】人。（我区无建档立卡贫困人口，不填）`);
  L("六、信息公开与报送");
  L(`${fwText("14")}．区政府网站专栏公开内容（可多选）：${box(true)}创建方案　${box(true)}项目基本信息　${box(false)}项目建设进度　${box(true)}征求意见或监督举报窗口`);
  L(`${fwText("15")}．向佛山市商务局报送工作情况：${box(false)}每月　${box(true)}不定期`);
  L(`${fwText("16")}．能否统计电商扶贫情况：${box(false)}能　${box(true)}否`);
  L("七、资金管理");
  L(`${fwText("17")}．省级专项资金下达【${daxie(5000000)}】（小写：￥${fwText(fmtMoney(5000000))}）。`);
  L(`${fwText("18")}．截至${fwText("2021")}年${fwText("8")}月${fwText("31")}日累计拨付【${daxie(3864200)}】（小写：￥${fwText(fmtMoney(3864200))}），支出率${B("77.3")}％。`);
  assert(daxie(3864200) === "叁佰捌拾陆万肆仟贰佰元整" && daxie(5000000) === "伍佰万元整" && pct1(3864200, 5000000) === "77.3%", "f2 大写 amounts");
  L(`${fwText("19")}．资金管理制度：${box(true)}已制定　${box(false)}未制定；资金专用台账：${box(true)}已建立　${box(false)}未建立。`);
  L(`${fwText("20")}．项目总体进度约${B("90")}％。`);
  L("八、一票否决事项");
  L(`${fwText("21")}．示范创建期间是否发生安全生产、质量事故，或造成重大经济损失和社会不良影响：${box(false)}是　${box(true)}否`);
  L(`${fwText("22")}．是否存在弄虚作假：${box(false)}是　${box(true)}否`);
  L("九、评判项自评");
  L(`${fwText("23")}．方案制定${B("2")}分；政策支持【　】分；项目管理制度${B("2")}分；工作台账${B("1")}分；网销调研${B("2")}分；网络促销活动${B("2")}分；交易标准与冷链溯源${B("1")}分；资金管理制度${B("4")}分；资金台账${B("4")}分；资金拨付${B("3")}分。`);
  rows.push([]);
  L("联系人：何××　　联系电话：０７５７－２２８３××××");
  assert(rows.some((r) => r[0] && r[0].includes("３２２．９２")), "f2 full-width decimal");
  assert(rows.some((r) => r[0] && r[0].includes("二〇二〇年十二月一日")), "f2 Chinese-numeral date");
  return {
    description:
      "佛山顺德区经济和科技促进局（管商务）的Word回执贴进Excel：每段一行在A列（合并A:H），答案填在【】里或＿＿上，数字全是全角（含全角小数点“．”、千分位“，”、“％”），选择项用■（选中）/□（未选）。要读：截止日期“二〇二一年八月三十一日”；常住人口【３２２．９２】万人；村（居）委会205个中村委会104个；省定贫困村0个；组长“区委常委、副区长”（分管领导）；方案■已印发；政策□已出台■未出台；中心投入运营【二〇二〇年十二月一日】；第7项可多选，五项功能各占一行，摄影美工□未选；产业园■；第三方■有；快递覆盖率＿＿１００＿＿％；零售额四个数和两个增速；培训２３，６１７人次；贫困人口两格【　　】空着（无建档立卡贫困人口，不填，不是0）；专栏内容■方案■项目信息□建设进度■监督举报窗口；能否统计扶贫□能■否；下达“伍佰万元整”、拨付“叁佰捌拾陆万肆仟贰佰元整”（小写在括号里）；制度、台账■；进度９０％；否决两项■否。评判项一句话写完，政策支持【　】分空着。入驻企业46家、205个村（居）委会、16个部门不是输入。",
    sheets: [{ name: "回执", rows, merges }],
    expect: {
      facts: {
        county: "顺德区", asOf: "2021-08-31", residentPopulation: 3229200, adminVillagesStated: 104, poorVillagesStated: 0,
        planIssued: true, policyIssued: false, centerOpened: "2020-12-01", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 38642000000, ruralRetail2020: 48506000000, ruralRetailGrowthStated: 0.255,
        agriRetail2019: 1286000000, agriRetail2020: 1704000000, agriRetailGrowthStated: 0.325,
        trainingPersonTimesStated: 23617,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: false, disclosureWindow: true, povertyStatisticsStated: false,
        fundAllocated: 5000000, fundSpentStated: 3864200, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f3 — 江门江海区: statistics by year, a ✓/✗ 自查 table and a horizontal judged table (see the header comment)
// =====================================================================================================
function buildF3() {
  const W = 11; // columns A..K
  const last = colName(W - 1);
  const rows = [];
  const merges = [];
  const full = (s) => {
    rows.push([s]);
    merges.push(`A${rows.length}:${last}${rows.length}`);
  };
  full("江海区电子商务进农村综合示范创建主要数据统计表");
  full("（考评截止日期：2021年8月31日）");
  full("填报单位：江门市江海区经济促进局　　　　　　　　　　　　　　　　金额单位：万元");
  full("一、基本情况");
  rows.push(["常住人口（万人）", null, 35.92, "行政村（个）", 28, "社区（个）", 53, "省定贫困村（个）", 0, null, null]);
  rows.push(["领导小组组长", null, "区委副书记、区长", "参与部门", "区经济促进局（商务）、区财政局、区农业农村和水利局、区乡村振兴局等12个单位", null, null, null, null, null, null]);
  merges.push(`A${rows.length}:B${rows.length}`, `E${rows.length}:${last}${rows.length}`);
  rows.push(["有劳动能力的脱贫人口（不含外出务工，人）", null, 482, "公共服务中心投入运营", "2020.9.28", "项目总体进度", "93%", null, null, null, null]);
  merges.push(`A${rows.length}:B${rows.length}`);
  merges.push("A5:B5");
  rows.push([]);
  full("二、主要数据（分年度）");
  rows.push(["序号", "指标", "单位", "基期", "创建期", null, null, "备注", null, null, null]);
  const h1 = rows.length;
  rows.push([null, null, null, "2019年", "2020年", "2021年1—8月", "合计", null, null, null, null]);
  merges.push(`A${h1}:A${h1 + 1}`, `B${h1}:B${h1 + 1}`, `C${h1}:C${h1 + 1}`, `E${h1}:G${h1}`, `H${h1}:${last}${h1 + 1}`);
  const Y = [
    ["农村网络零售额", "万元", "186,420", "248,630", "197,350", "—", "省商务厅反馈数据"],
    ["　其中：农产品网络零售额", "万元", "9,862", "12,215", "8,904", "—", null],
    ["农村网络零售额同比增速", "%", "—", 33.4, 18.6, "—", "2021年为与上年同期相比"],
    ["农产品网络零售额同比增速", "%", "—", 23.9, 12.3, "—", null],
    ["电商培训人次", "人次", "—", "2,846", "3,117", "5,963", null],
    ["参训脱贫人口", "人", "—", 214, 156, 301, "合计为去重人数（69人两年均参训）"],
    ["省级专项资金下达", "万元", 500, "—", "—", 500, "2019年12月下达"],
    ["专项资金拨付", "万元", "—", 218.46, 171.3, 389.76, null],
    ["村级电商服务站点（累计）", "个", "—", 19, 22, 22, null],
    ["电商产业园入驻企业（累计）", "家", "—", 15, 21, 21, null],
  ];
  Y.forEach((r, j) => {
    rows.push([j + 1].concat(r.slice(0, 6), [r[6], null, null, null]));
    merges.push(`H${rows.length}:${last}${rows.length}`);
  });
  full("注：合计栏为创建期（2020年1月—2021年8月）累计，人数为去重数；2021年1—8月增速为与2020年同期相比。");
  assert(pct1(248630 - 186420, 186420) === "33.4%" && pct1(12215 - 9862, 9862) === "23.9%", "f3 2020 growth agrees");
  assert(2846 + 3117 === 5963 && 214 + 156 - 69 === 301 && Math.round((218.46 + 171.3) * 100) === 38976, "f3 totals agree");
  assert(pct1(301, 482) === "62.4%", "f3 62.4%");
  rows.push([]);
  full("三、定性指标自查（有/是打“✓”，无/否打“✗”）");
  rows.push(["序号", "自查事项", null, null, null, null, "自查情况", "说明或佐证材料", null, null, null]);
  merges.push(`B${rows.length}:F${rows.length}`, `H${rows.length}:${last}${rows.length}`);
  const Q = [
    ["已正式印发示范县工作方案", "✓", "江海府办〔2020〕5号"],
    ["已出台支持农村电商发展的政策", "✓", "《江海区促进农村电子商务发展实施办法》"],
    ["有免费培训场所、培训设备，能组织电商基础培训", "✓", null],
    ["为特色农产品提供免费展示、销售服务", "✓", null],
    ["为电子商务市场主体提供免费摄影、美工服务", "✗", "摄影棚2021年10月建成"],
    ["组织农产品统一推广、指导特色农产品品牌建设", "✓", "“江海好味”区域品牌"],
    ["为电子商务发展提供其他衍生增值服务", null, "待补充材料"],
    ["建设或整合、优化当地电商产业园", "✓", null],
    ["有专业第三方电子商务运营或服务商", "✓", null],
    ["行政村物流快递覆盖率100%", "✗", "27/28，96.4%"],
    ["专栏公示创建方案", "✓", null],
    ["专栏公示项目基本信息", "✓", null],
    ["专栏公示项目建设进度", "✓", null],
    ["专栏设立征求意见或监督举报窗口", "✓", "监督举报电话"],
    ["能统计电商扶贫情况", "✓", null],
    ["已制定资金管理制度", "✓", null],
    ["已建立资金专用台账", "✓", null],
    ["发生安全生产、质量事故或造成重大经济损失", "✗", null],
    ["弄虚作假", "✗", null],
  ];
  assert(pct1(27, 28) === "96.4%", "f3 27/28");
  Q.forEach((q, j) => {
    rows.push([j + 1, q[0], null, null, null, null, q[1], q[2], null, null, null]);
    merges.push(`B${rows.length}:F${rows.length}`, `H${rows.length}:${last}${rows.length}`);
  });
  rows.push([]);
  full("四、评判项自评");
  rows.push(["评判项", "方案制定", "政策支持", "项目管理制度", "工作台账", "网销调研", "网络促销活动", "交易标准与冷链溯源", "资金管理制度", "资金台账", "资金拨付"]);
  rows.push(["分值范围", "1—2", "1—2", "1—2", "1—2", "1—2", "1—2", "1—2", "1—5", "1—5", "1—5"]);
  rows.push(["自评分", 2, 2, 1, 2, 2, 2, 1, 5, 4, 4]);
  rows.push([]);
  full("填表人：李××　　审核人：黄××　　填报日期：2021年9月8日");
  return {
    description:
      "江门江海区经济促进局的主要数据统计表（标题下注“考评截止日期：2021年8月31日”，金额单位万元）。顶部“基本情况”三行标签和值并排：常住人口35.92（万人）、行政村28（社区53不是）、省定贫困村0；组长“区委副书记、区长”，部门含商务、财政、农业农村和水利局、乡村振兴局；有劳动能力脱贫人口482；中心投入运营“2020.9.28”；总体进度“93%”。“主要数据（分年度）”两行表头：基期2019年 | 创建期（2020年、2021年1—8月、合计）：零售额取2019、2020两列（万元，“186,420”等文字）；增速取2020年列33.4、23.9（2021年1—8月的18.6、12.3是同期比，不是）；培训人次取合计5,963；参训脱贫人口合计301是去重数（不是214+156）；下达500万元；拨付合计389.76万元；站点、入驻企业不是输入。“定性指标自查”✓/✗：摄影美工✗、快递覆盖率100%✗，“其他衍生增值服务”一栏空着（没有回答，不能当否）。“评判项自评”横排：一行项目名、一行分值范围、一行自评分。",
    sheets: [{ name: "统计表", rows, merges }],
    expect: {
      facts: {
        county: "江海区", asOf: "2021-08-31", residentPopulation: 359200, adminVillagesStated: 28, poorVillagesStated: 0,
        eligiblePoorPersonsStated: 482, centerOpened: "2020-09-28", overallProgress: 0.93,
        ruralRetail2019: 1864200000, ruralRetail2020: 2486300000, agriRetail2019: 98620000, agriRetail2020: 122150000,
        ruralRetailGrowthStated: 0.334, agriRetailGrowthStated: 0.239, trainingPersonTimesStated: 5963, trainedPoorPersonsStated: 301,
        fundAllocated: 5000000, fundSpentStated: 3897600,
        planIssued: true, policyIssued: true, centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundSystemIssued: true, fundLedgerKept: true, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 1, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// l1 — 湛江赤坎区: 问卷星 sign-in export, the national 脱贫人口 system export, a report log (see the header comment)
// =====================================================================================================
function buildL1() {
  const REGION = "440802";
  const NEAR = ["440802", "440802", "440802", "440803", "440811", "440823"];
  const VILL = [["调顺街道", ["调顺村", "东坡村", "南桥头村"]], ["北桥街道", ["北桥村", "百蓬村"]], ["沙湾街道", ["沙湾村", "海田村"]], ["南桥街道", ["南桥村", "文章村"]]];
  const COMM = ["中华街道/东堤社区", "寸金街道/百园社区", "民主街道/福建社区", "中山街道/大通社区", "沙湾街道/椹川社区", "北桥街道/海北社区"];
  const townOfV = {};
  for (const [t, vs] of VILL) for (const v of vs) townOfV[v] = t;
  const allV = VILL.flatMap(([, vs]) => vs);

  // ---------------- 脱贫人口（系统导出）
  const SKILL = { L: "普通劳动力", S: "技能劳动力", O: "无劳动力", X: "丧失劳动力" };
  // household member codes: L/S labour; O/X no labour; the second letter of a labour member is the work state
  // w = 县内务工, n = 未务工, p = 省外务工, c = 县外省内务工
  const WORK = { w: "县内务工", n: "未务工", p: "省外务工", c: "县外省内务工" };
  const HH = [["Lw", "Ln", "O"], ["Sw", "Lp", "X"], ["Lw", "Lc"], ["Ln", "Lw", "O", "O"], ["Lw", "Sw", "Lp"], ["Lc", "X"], ["Lw", "Ln", "O"],
    ["Sw", "Lw", "Lp", "O"], ["Ln", "X"], ["Lw", "Lw", "Lc", "O"]];
  const pRows = [["全国防返贫监测信息系统　脱贫人口信息查询结果"], ["查询条件：广东省/湛江市/赤坎区；户类型：脱贫户　　导出时间：2021-03-15 09:42:17"],
    ["序号", "市", "县（市、区）", "乡（镇、街道）", "行政村", "户编号", "姓名", "证件号码", "人数", "与户主关系", "性别", "年龄", "在校生状况", "健康状况", "劳动技能", "务工状态", "务工时间（月）"]];
  const pRecs = [];
  const persons = [];
  let no = 0;
  HH.forEach((hh, h) => {
    const v = allV[(h * 3) % allV.length];
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    let headMale = true;
    let headBirth = "";
    const hid = `4408020${String(200 + h * 13).padStart(4, "0")}${String(rint(1000000, 9999999))}`;
    hh.forEach((m, j) => {
      const kind = m[0];
      const work = m[1] || null;
      const labour = kind === "L" || kind === "S";
      const male = j === 0 ? rnd() < 0.8 : j === 1 && labour ? !headMale : rnd() < 0.5;
      if (j === 0) headMale = male;
      const birth = !labour ? (j >= 2 && h % 3 === 0 ? birthBetween(2008, 2014) : birthBetween(1938, 1953)) : j === 0 ? birthBetween(1963, 1978) : j === 1 ? birthBetween(1965, 1982) : birthBetween(1992, 2001);
      const id = makeId(REGION, birth, male, h === 2 && j === 0 ? true : h === 6 && j === 1 ? true : undefined);
      const name = j === 0 || birth >= "1990" ? personName(sn) : personName();
      const student = birth >= "2005";
      if (j === 0) headBirth = birth;
      const rel = j === 0 ? "户主" : j === 1 && labour ? "配偶" : student ? (headBirth >= "1972" ? (male ? "之子" : "之女") : male ? "之孙子" : "之孙女") : !labour ? (male ? "之父" : "之母") : male ? "之子" : "之女";
      const migrant = labour ? work === "p" || work === "c" : null;
      pRows.push([++no, "湛江市", "赤坎区", townOfV[v], v, hid, name, id, hh.length, rel, male ? "男" : "女", ageOn(birth, "2021-03-15"), student ? "小学" : null,
        kind === "X" ? "长期慢性病" : "健康", SKILL[kind], labour ? WORK[work] : null, labour ? (work === "n" ? 0 : rint(6, 12)) : null]);
      pRecs.push({ id, labour, migrant });
      persons.push({ id, name, labour, migrant, v });
    });
  });
  const eligible = persons.filter((p) => p.labour && p.migrant === false);
  const migr = persons.filter((p) => p.migrant === true);
  assert(eligible.length === 15 && migr.length === 6 && persons.length === 30, `l1 roster ${eligible.length}/${migr.length}/${persons.length}`);
  assert(pRows.some((r) => r[15] === "县外省内务工") && pRows.some((r) => r[14] === "丧失劳动力"), "l1 vocabularies present");

  // ---------------- 培训签到（问卷星导出）
  const SES = [
    { iso: "2020-10-15", cls: "第1期 农村电商基础知识培训班", n: 14, t0: [8, 31] },
    { iso: "2020-12-03", cls: "第2期 直播带货实操班", n: 12, t0: [14, 22], poor: [eligible[0]] },
    { iso: "2021-03-18", cls: "第3期 农产品网店运营班", n: 13, t0: [8, 47] },
    { iso: "2021-06-24", cls: "第4期 脱贫户电商技能专题班", poorOnly: eligible.slice(0, 8).concat([migr[0], migr[1]]), t0: [9, 5] },
    { iso: "2021-08-26", cls: "第5期 社群团购运营班", n: 11, t0: [14, 35], poor: [eligible[3], eligible[9]] },
    { iso: "2021-09-09", cls: "第6期 跨境电商入门班", n: 9, t0: [8, 52] },
  ];
  const tRows = [["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "1、您的姓名：", "2、身份证号码：", "3、手机号码：", "4、所在街道/村（社区）：",
    "5、参加的培训班：", "6、是否为脱贫户（含监测户）："]];
  const tRecs = [];
  let fwCount = 0;
  let lowerCount = 0;
  let spaceCount = 0;
  let seq = 0;
  for (const s of SES) {
    const list = [];
    if (s.poorOnly) for (const p of s.poorOnly) list.push({ name: p.name, id: p.id, poor: true, place: `${townOfV[p.v]}/${p.v}` });
    else {
      const poorAt = new Map((s.poor || []).map((p, q) => [2 + q * 5, p]));
      for (let q = 0; q < s.n; q++) {
        if (poorAt.has(q)) {
          const p = poorAt.get(q);
          list.push({ name: p.name, id: p.id, poor: true, place: `${townOfV[p.v]}/${p.v}` });
          continue;
        }
        const male = rnd() < 0.5;
        const id = makeId(NEAR[rint(0, NEAR.length - 1)], birthBetween(1968, 2002), male, q === 4 && s.n === 13 ? true : undefined);
        list.push({ name: personName(), id, poor: false, place: rnd() < 0.5 ? COMM[rint(0, COMM.length - 1)] : ((vv) => `${townOfV[vv]}/${vv}`)(allV[rint(0, allV.length - 1)]) });
      }
    }
    let [hh, mm] = s.t0;
    let ss = rint(0, 59);
    list.forEach((p, q) => {
      ss += rint(15, 95);
      while (ss >= 60) {
        ss -= 60;
        mm++;
      }
      while (mm >= 60) {
        mm -= 60;
        hh++;
      }
      const [y, mo, d] = ymd(s.iso);
      const ts = `${y}/${mo}/${d} ${hh}:${String(mm).padStart(2, "0")}:${String(ss).padStart(2, "0")}`;
      let idc = p.id;
      if (p.id.endsWith("X") && lowerCount < 2) {
        idc = p.id.slice(0, 17) + "x";
        lowerCount++;
      } else if (q === 6 && fwCount < 2) {
        idc = fullWidth(p.id);
        fwCount++;
      } else if (q === 9 && spaceCount < 1) {
        idc = p.id.slice(0, 4) + " " + p.id.slice(4, 10) + " " + p.id.slice(10);
        spaceCount++;
      }
      const src = rnd() < 0.8 ? ["微信", "N/A"] : ["手机提交", "直接访问"];
      tRows.push([++seq, ts, `${rint(25, 140)}秒`, src[0], src[1], `${[183, 113, 120, 14][rint(0, 3)]}.${rint(1, 254)}.${rint(1, 254)}.${rint(1, 254)}(广东-湛江)`,
        p.name, idc, phone(), p.place, s.cls, p.poor ? "是" : "否"]);
      tRecs.push({ date: s.iso, personTimes: 1, id: p.id });
    });
  }
  assert(lowerCount === 2 && fwCount === 2 && spaceCount === 1, `l1 id variants ${lowerCount}/${fwCount}/${spaceCount}`);
  assert(tRecs.length === 14 + 12 + 13 + 10 + 11 + 9, "l1 69 sign-ins");
  assert(tRows.slice(1).every((r) => /^\d{4}\/\d{1,2}\/\d{1,2} \d{1,2}:\d{2}:\d{2}$/.test(r[1])), "l1 timestamps");

  // ---------------- 月报报送登记: 报送日期 as yyyymmdd numbers
  const rRows = [["赤坎区电子商务进农村月报报送登记表（报湛江市商务局）"], ["期数", "数据所属月份", "报送日期", "报送方式", "电商扶贫统计", "经办人", "备注"]];
  const rRecs = [];
  let issue = 0;
  for (const m of monthsBetween("2020-08", "2021-08")) {
    const next = monthsBetween(m, "2021-12")[1];
    if (m === "2021-01") {
      rRows.push(["—", cnMonth(m), null, null, null, null, "春节假期，与2月合并报送（见下一期）"]);
      continue;
    }
    const iso = `${next}-${String(rint(3, 9)).padStart(2, "0")}`;
    const pov = m >= "2020-11";
    const dcell = m === "2021-05" ? yyyymmdd(iso) : Number(yyyymmdd(iso));
    rRows.push([`第${++issue}期`, m === "2021-02" ? "2021年1—2月" : cnMonth(m), dcell, issue % 3 === 0 ? "粤政易" : "政务邮箱", pov ? "含" : "不含", ["钟××", "莫××"][issue % 2], null]);
    rRecs.push({ date: iso, poverty: pov });
  }
  rRows.push(["注：报送日期按“年月日”8位数字登记；自2020年11月起月报附电商扶贫统计表。"]);
  assert(rRecs.length === 12 && rRecs.some((r) => !r.poverty) && rRows.some((r) => typeof r[2] === "string" && /^\d{8}$/.test(r[2])), "l1 12 reports");
  assert(rRows.filter((r) => typeof r[2] === "number").length === 11, "l1 eleven numeric dates");
  const sentMonths = new Set(rRecs.map((r) => ym(r.date)));
  assert(!sentMonths.has("2021-02") && sentMonths.has("2021-03"), "l1 nothing sent in February 2021");

  // ---------------- 按月统计 (pivot) and 填报说明
  const byMonth = countBy(tRecs, (r) => r.date.slice(0, 7));
  const pv = [["行标签", "计数项:1、您的姓名："]];
  for (const [m, c] of [...byMonth.entries()].sort((a, b) => cmp(a[0], b[0]))) pv.push([m.replace("-", "/"), c]);
  pv.push(["总计", tRecs.length]);
  const notes = [["填报说明"], ["1．“培训签到（问卷星导出）”为各期培训现场扫码签到导出数据，未做删改，每条为一人次。"],
    ["2．“脱贫人口（系统导出）”从全国防返贫监测信息系统导出；劳动技能、务工状态按系统口径。"],
    ["3．“月报报送登记”为向湛江市商务局报送月报的登记。"], ["4．“按月统计”为数据透视表，仅供参考。"], ["赤坎区商务局　2021年9月"]];
  return {
    description:
      "湛江赤坎区商务局台账。“培训签到（问卷星导出）”是问卷星导出原样：表头在第1行，“提交答卷时间”是“2021/3/18 8:47:12”式文字（签到当天，日期取它），所用时间、来源、来源详情、IP都不是数据；身份证号是学员自己输入的：两处末位小写x、两处全角数字（１２３…）、一处中间带空格，读成18位大写；每行一人次，共六期69行（第6期在2021年9月，也列入记录）。“脱贫人口（系统导出）”是全国防返贫监测信息系统导出：劳动技能“普通劳动力/技能劳动力”是有劳动能力，“无劳动力/丧失劳动力”没有；务工状态“省外务工/县外省内务工”是外出务工，“县内务工/未务工”不是，没有劳动能力的务工状态空（null）；户编号、人数、年龄等不是数据。“月报报送登记”报送日期是8位数字（多数是数值20201009，一处是文字），“数据所属月份”2021年1月一行没有报送日期（与2月合并）不是记录；电商扶贫统计“含/不含”。“按月统计”是数据透视表、“填报说明”是说明，都不是台账。",
    sheets: [
      { name: "培训签到（问卷星导出）", rows: tRows },
      { name: "脱贫人口（系统导出）", rows: pRows, merges: ["A1:Q1", "A2:Q2"] },
      { name: "月报报送登记", rows: rRows, merges: ["A1:G1", `A${rRows.length}:G${rRows.length}`] },
      { name: "按月统计", rows: pv },
      { name: "填报说明", rows: notes },
    ],
    expect: {
      sheets: {
        "培训签到（问卷星导出）": { kind: "training", records: tRecs },
        "脱贫人口（系统导出）": { kind: "poorPersons", records: pRecs },
        "月报报送登记": { kind: "reports", records: rRecs },
        "按月统计": { kind: null },
        "填报说明": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 广州白云区: a five-a-row 名录, a station ledger with a planned table below, a 拨款审批 register, press reports,
//      the government site's list page copied (see the header comment)
// =====================================================================================================
function buildL2() {
  // ---------------- 村居名录: five names a row
  const namer = villageNamer("大小新东西南北上下龙凤石沙黄白金竹高水马鹤安", ["岗", "坑", "塘", "田", "坪", "湖", "洲", "布", "边", "岭", "楼", "窝", "庄", "源", "头"]);
  const GR = [["太和镇", 12, 3], ["人和镇", 9, 2], ["钟落潭镇", 11, 2], ["江高镇", 8, 3], ["嘉禾街", 0, 6], ["同和街", 0, 4]];
  const vRows = [["白云区村（居）民委员会名录"], ["（按镇、街排列，每行五个；资料来源：区民政局，2021年1月）"], ["镇（街）", "类别", "名称", null, null, null, null, "个数"]];
  const vMerges = ["A1:H1", "A2:H2", "C3:G3"];
  const vRecs = [];
  const villagesByTown = {};
  const commsByTown = {};
  for (const [town, nv, nc] of GR) {
    const vs = [];
    for (let q = 0; q < nv; q++) vs.push(namer());
    const cs = [];
    for (let q = 0; q < nc; q++) cs.push(namer().replace(/村$/, "社区"));
    villagesByTown[town] = vs;
    commsByTown[town] = cs;
    const t0 = vRows.length + 1;
    for (const [cat, list, admin] of [["村委会", vs, true], ["居委会", cs, false]]) {
      if (!list.length) continue;
      const g0 = vRows.length + 1;
      for (let q = 0; q < list.length; q += 5) {
        const chunk = list.slice(q, q + 5);
        while (chunk.length < 5) chunk.push(null);
        vRows.push([vRows.length + 1 === t0 ? town : null, q === 0 ? cat : null].concat(chunk, [q === 0 ? list.length : null]));
      }
      for (const nm of list) vRecs.push({ name: nm, admin });
      if (vRows.length > g0) vMerges.push(`B${g0}:B${vRows.length}`, `H${g0}:H${vRows.length}`);
    }
    if (vRows.length > t0) vMerges.push(`A${t0}:A${vRows.length}`);
  }
  const nAdmin = vRecs.filter((r) => r.admin).length;
  const nComm = vRecs.length - nAdmin;
  vRows.push(["合计", `村委会${nAdmin}个，居委会${nComm}个`]);
  vMerges.push(`B${vRows.length}:H${vRows.length}`);
  assert(nAdmin === 40 && nComm === 20, "l2 40 villages + 20 communities");
  assert(vRows.some((r) => r[1] === null && r[0] === null && r[2]), "l2 continuation rows without town or category");

  // ---------------- 站点台账: built stations, then planned stations below
  const built = [];
  const pick = (town, q) => villagesByTown[town][q];
  const B = [["太和镇", 0, "2020-09-22", "serial"], ["太和镇", 2, "2020-10-16", "D"], ["太和镇", 5, "2020-11-05", "iso"], ["太和镇", 7, "2021-01", "month"],
    ["太和镇", 10, "2021-03-08", "dot"], ["人和镇", 1, "2020-10-28", "serial"], ["人和镇", 3, "2020-12-14", "D"], ["人和镇", 6, "2021-04-20", "iso"],
    ["钟落潭镇", 0, "2020-11-19", "serial"], ["钟落潭镇", 4, "2021-02-26", "dot"], ["钟落潭镇", 8, "2021-05-31", "serial"], ["钟落潭镇", 10, "2021-07-13", "D"],
    ["江高镇", 2, "2020-12-30", "iso"], ["江高镇", 5, "2021-06-18", "serial"], ["江高镇", -1, "2021-03-25", "dot"], ["江高镇", 7, "2021-09-10", "iso"]];
  const OPS = ["中国邮政白云区分公司", "广州云商农村电商服务有限公司", "广州市白云区供销合作联社", "村股份经济合作社"];
  const sRows = [["白云区村级电子商务服务站点台账"], ["一、已建成运营站点"],
    ["序号", "镇（街）", "所在村", "站点名称", "建成时间", "运营主体", "联系人", "联系电话"]];
  const sMerges = ["A1:H1", "A2:H2"];
  const sRecs = [];
  B.forEach(([town, q, iso, fmt], j) => {
    const v = q === -1 ? commsByTown[town][0] : pick(town, q);
    const cell = fmt === "serial" ? excelSerial(iso) : fmt === "D" ? D(iso) : fmt === "iso" ? iso : fmt === "month" ? cnMonth(iso) : dotDate(iso);
    sRows.push([j + 1, town, v, `${v.replace(/村$|社区$/, "")}${v.endsWith("社区") ? "社区" : "村"}电商服务站`, cell, OPS[j % 4], personName(), mask(phone())]);
    sRecs.push({ village: v, opened: iso });
  });
  sRows.push([`小计：${B.length}个`]);
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  sRows.push([]);
  sRows.push(["二、计划建设站点（2021年第四季度前建成）"]);
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  sRows.push(["序号", "镇（街）", "所在村", "站点名称", "计划建成时间", "建设进度", "联系人", "联系电话"]);
  const PL = [["太和镇", 11, "2021年10月", "装修中"], ["人和镇", 7, "2021年11月", "选址完成"], ["钟落潭镇", 9, "2021年10月", "设备采购中"], ["江高镇", 0, "2021年12月", "选址中"],
    ["江高镇", 6, "2021年12月", "选址中"]];
  PL.forEach(([town, q, when, prog], j) => {
    const v = pick(town, q);
    sRows.push([j + 1, town, v, `${v.replace(/村$/, "")}村电商服务站`, when, prog, personName(), mask(phone())]);
  });
  sRows.push(["注：已建成站点建成时间以挂牌时间为准；计划建设站点建成后转入第一部分。"]);
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  assert(sRows.filter((r) => typeof r[4] === "number").length === 5 && excelSerial("2020-09-22") === 44096, "l2 five lost-format serial dates");
  assert(new Set(PL.map(([t, q]) => pick(t, q))).size === 5 && PL.every(([t, q]) => !sRecs.some((r) => r.village === pick(t, q))), "l2 planned villages have no station yet");

  // ---------------- 拨款审批登记
  const PAY = [
    ["2020-08-03", "广州云商农村电商服务有限公司", "区电子商务公共服务中心装修", 860000, "已拨付", "2020-08-21", 860000, null, "D", "num", "num"],
    ["2020-09-14", "中国邮政白云区分公司", "村级站点建设（首期）", 520000, "已拨付", "2020-09-30", 520000, null, "dot", "wan", "wan"],
    ["2020-10-20", "广州顺捷物流有限公司", "镇村物流配送体系建设（首期）", 645000, "已拨付（审减）", "2020-11-12", 598400, "审减46,600元", "iso", "num", "money"],
    ["2020-11-25", "广州白云电商职业培训学校", "农村电商培训（第一期）", 125000, "已拨付", "2020-12-18", 125000, null, "D", "wan", "wan"],
    ["2020-12-28", "广州品创设计有限公司", "区域公共品牌设计", 186000, "已退回", null, null, "资料不全退回，重新申请见第7行", "iso", "num", null],
    ["2021-01-18", "广州云商农村电商服务有限公司", "公共服务中心设备采购", 433600, "已拨付", "2021-02-05", 433600, null, "dot", "money", "money"],
    ["2021-03-02", "广州品创设计有限公司", "区域公共品牌设计（重新申请）", 186000, "已拨付", "2021-03-22", 186000, null, "dot", "num", "wan"],
    ["2021-04-12", "中国邮政白云区分公司", "村级站点建设（进度款）", 382000, "已拨付", "2021-04-29", 382000, null, "D", "num", "num"],
    ["2021-06-01", "广州冷链通科技有限公司", "冷链设备采购", 318000, "已拨付", "2021-06-25", 318000, null, "iso", "wan", "num"],
    ["2021-07-19", "广州溯源云科技有限公司", "农产品溯源系统建设", 176500, "审批中", null, null, "待区财政局审核", "dot", "num", null],
    ["2021-08-16", "广州白云电商职业培训学校", "农村电商培训（第二期）", 124300, "已拨付", "2021-09-03", 124300, null, "D", "num", "num"],
    ["2021-08-30", "广州顺捷物流有限公司", "镇村物流配送体系建设（尾款）", 246000, "审批中", null, null, "待验收", "iso", "num", null],
  ];
  const amt = (x, f) => (x === null ? null : f === "wan" ? `${x / 10000}万` : f === "money" ? fmtMoney(x) : x);
  const dcell = (iso, f) => (iso === null ? null : f === "D" ? D(iso) : f === "dot" ? dotDate(iso) : iso);
  const fRows = [["白云区电子商务进农村综合示范专项资金拨款审批登记表"], ["单位：元（另注明者除外）"],
    ["序号", "申请日期", "申请单位", "项目内容", "申请金额", "审批状态", "拨付日期", "拨付金额", "备注"]];
  const fRecs = [];
  PAY.forEach(([ad, who, what, req, st, pd, paid, note, df, rf, pf], j) => {
    fRows.push([j + 1, dcell(ad, df), who, what, amt(req, rf), st, dcell(pd, df === "D" ? "iso" : df), amt(paid, pf), note]);
    if (pd) fRecs.push({ date: pd, amount: paid });
  });
  const reqSum = sum(PAY.map((p) => p[3]));
  const paidSum = sum(fRecs.map((r) => r.amount));
  fRows.push(["合计", null, null, null, fmtMoney(reqSum), null, null, fmtMoney(paidSum), null]);
  fRows.push(["注：省级专项资金下达500万元；“审批中”“已退回”的申请未拨付。"]);
  assert(fRecs.length === 9 && paidSum === 3547300, "l2 nine payments 3,547,300 " + paidSum);
  assert(fRows.some((r) => r[7] === "52万") && fRows.some((r) => r[7] === "12.5万") && fRows.some((r) => r[7] === 860000), "l2 万 and 元 mixed");
  assert(fRows.some((r) => r[4] === "31.8万" && r[7] === 318000), "l2 申请 in 万, 拨付 in 元");

  // ---------------- 宣传报道
  const MED = [
    ["2020-11-06", "fw", "白云区融媒体中心“白云发布”", "区媒", "微信公众号", "白云区启动电子商务进农村综合示范创建", null],
    ["2020-12-15", "D", "广州日报", "市媒", "报纸", "白云村级电商站点让农货“触网”", "A6版"],
    ["2021-01-20", "fw", "广州广播电视台《广州新闻》", "市媒", "电视新闻", "白云：电商培训进村 农户学做主播", null],
    ["2021-03-05", "cn", "南方+客户端", "省媒", "网络视频", "白云太和：直播间里卖鲜花", null],
    ["2021-05-12", "fw", "广东广播电视台珠江频道《今日关注》", "省媒", "电视新闻", "白云脱贫户借电商卖出“致富果”", "电商扶贫典型案例"],
    ["2021-07-08", "D", "人民网", "央媒", "网站", "广州白云：电商进农村激活城郊经济", null],
    ["2021-09-17", "fw", "中央广播电视总台财经频道《经济信息联播》", "央媒", "电视新闻", "广州白云农产品直播节开幕", null],
  ];
  const LV = { "央媒": "national", "省媒": "province", "市媒": "city", "区媒": "county" };
  const mRows = [["白云区电子商务进农村宣传报道登记"], ["序号", "刊播日期", "媒体名称", "级别", "形式", "标题", "链接/版面"]];
  const mRecs = [];
  MED.forEach(([iso, f, media, lv, form, title, note], j) => {
    mRows.push([j + 1, f === "fw" ? fullWidth(cnDate(iso)) : f === "D" ? D(iso) : cnDate(iso), media, lv, form, `《${title}》`, note]);
    mRecs.push({ date: iso, level: LV[lv], tv: form === "电视新闻" });
  });
  assert(mRecs.filter((m) => m.tv).length === 3 && mRows.some((r) => r[4] === "网络视频"), "l2 three TV reports, one network video");

  // ---------------- 专栏页面（复制）: list pages copied from the site
  const ITEMS = [["2020-05-20", "白云区电子商务进农村综合示范县创建工作方案"], ["2020-05-20", "白云区电子商务进农村综合示范项目基本信息"],
    ["2020-05-28", "关于公布白云区电子商务进农村综合示范项目监督举报电话的公告"]];
  for (const m of monthsBetween("2020-06", "2021-08")) {
    const iso = `${m}-${String(rint(4, 20)).padStart(2, "0")}`;
    const prev = monthsBetween("2020-01", m).slice(-2)[0];
    ITEMS.push([iso, `白云区电子商务进农村综合示范项目建设进度（${cnMonth(prev)}）`]);
    if (["2020-10", "2021-01", "2021-04", "2021-06"].includes(m)) ITEMS.push([isoAdd(iso, rint(3, 8)), `白云区第${["一", "二", "三", "四"][["2020-10", "2021-01", "2021-04", "2021-06"].indexOf(m)]}批村级电子商务服务站点名单公示`]);
  }
  ITEMS.push(["2021-09-06", "白云区电子商务进农村综合示范项目建设进度（2021年8月）"]);
  ITEMS.sort((a, b) => cmp(b[0], a[0]));
  const total = ITEMS.length;
  const PER = 15;
  const pages = Math.ceil(total / PER);
  const dRows = [];
  const dMerges = [];
  const dRecs = [];
  for (let pg = 0; pg < pages; pg++) {
    if (pg > 0) dRows.push([]);
    dRows.push(["当前位置：首页 > 专题专栏 > 电子商务进农村综合示范"]);
    dRows.push(["电子商务进农村综合示范"]);
    for (const [iso, title] of ITEMS.slice(pg * PER, pg * PER + PER)) {
      dRows.push([`· ${title}`, iso]);
      dRecs.push({ date: iso });
    }
    dRows.push([`共 ${total} 条　每页 ${PER} 条　第 ${pg + 1}/${pages} 页　　首页　上一页　下一页　尾页`]);
  }
  assert(total === 23 && pages === 2 && dRecs.length === total, "l2 list pages " + total);
  const upd = new Set(dRecs.filter((r) => r.date <= "2021-08-31").map((r) => ym(r.date)));
  assert(WINDOW.every((w) => upd.has(w)), "l2 updated every month");

  const cover = [["白云区电子商务进农村综合示范工作台账"], [], ["编制单位：广州市白云区商务局"], ["编制时间：2021年9月"], [], ["目录：村居名录、站点台账、拨款审批登记、宣传报道、专栏页面（复制）"]];
  return {
    description:
      "广州白云区商务局台账。“封面”不是台账。“村居名录”按镇（街）排，每行五个名称（C—G列），镇（街）只写在该镇第一行、类别（村委会/居委会）和个数只写在该组第一行（向下合并）；村委会是行政村，居委会不是；合计行不是村。“站点台账”上下两张表：第一部分“已建成运营站点”16个才是站点（建成时间有五个是丢了日期格式的Excel序列号如44096=2020-09-22，还有日期单元格、“2020-11-05”文字、“2021年1月”只到月、“2021.3.8”；一个站在社区；一个2021年9月建成），第二部分“计划建设站点”5个（计划建成时间）不是站点。“拨款审批登记”：申请金额不是拨付，只有有拨付日期和拨付金额的9行是拨付（审减的读实际拨付598,400；“已退回”“审批中”没有拨付）；金额列元和万元混写（“52万”“12.5万”“18.6万”、860000、“433,600.00”）；一笔2021年9月。“宣传报道”日期有全角（“２０２０年１１月６日”）；级别央媒/省媒/市媒/区媒；形式“电视新闻”才是电视，南方+“网络视频”不是。“专栏页面（复制）”是从区政府网站栏目列表复制下来的两页：每页有“当前位置”“栏目名”和分页行，条目是“· 标题 | 发布日期”，按日期倒序；标题里的“（2021年7月）”不是发布日期。",
    sheets: [
      { name: "封面", rows: cover, merges: ["A1:F1"] },
      { name: "村居名录", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "拨款审批登记", rows: fRows, merges: ["A1:I1", "A2:I2", `A${fRows.length}:I${fRows.length}`] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "专栏页面（复制）", rows: dRows, merges: dMerges },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "村居名录": { kind: "villages", records: vRecs },
        "站点台账": { kind: "stations", records: sRecs },
        "拨款审批登记": { kind: "funds", records: fRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "专栏页面（复制）": { kind: "disclosures", records: dRecs },
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
write("counties", "b164-c1-xiashan.json", c1);
write("facts", "b164-f1-panyu.json", f1);
write("facts", "b164-f2-shunde.json", f2);
write("facts", "b164-f3-jianghai.json", f3);
write("ledgers", "b164-l1-chikan.json", l1);
write("ledgers", "b164-l2-baiyun.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
