// Batch 179 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b174.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (179179), no clock. Run: node test/corpus/_b179/gen-b179.js
//
// c1 源城区 (河源): a whole workbook whose 自评填报表 answers by position — yes/no items carry a √ in a “是” or a “否” column,
//    the judged items carry a √ under one of five point columns “1分 … 5分” (cells outside an item's range hold “／”), with a
//    separate 自评得分 table for the claims; ledgers: a 民政 village list (★ = 省定贫困村, “—” for 居委会), stations that have
//    NO village column (the village is only inside the 站点地址 “…镇××村委会上屋村民小组”; one station dated only “2021年6月”, the
//    only station of a poor village, decides both coverage tiers), sessions with a 8.30–9.1 class that must be read at its end,
//    a poor roster + poor sign-in list (a lowercase-x ID and a spaced ID decide 50% vs 48.4%), enterprises, a 万元 fund ledger whose
//    8月31日 payment decides 70.4% vs 66.7%, a months-as-columns report/disclosure grid (day only in the cell, year in the merged
//    header), media and materials stacked on one sheet.
// f1 金平区 (汕头): a 部门会签单 — the facts are collected department by department, each department's block stacked under the
//    previous one with its OWN header and conventions (统计局 persons and 万元 with commas, 民政局 counts, 乡村振兴局 sentences,
//    财政局 元 with a “截至9月10日” reference row, 政务数据局 ☑/☐ ticks, 邮政 sentence, 商务局 items and a judged sub-table), each
//    block closed by a 会签 line with the department's signing date.
// f2 霞山区 (湛江): the 意见汇总及处理情况表 of the draft self-assessment report — each row quotes the draft (征求意见稿原文), a
//    department's comment and whether it was 采纳 / 部分采纳 / 不采纳; a fact is the adopted wording (draft changed when 采纳,
//    kept when 不采纳 or 无意见), followed by the revised claims table.
// f3 禅城区 (佛山): the city's 数据采集卡 — a question area (题号｜题目｜选项/单位｜上期采集值) and, below it, an answer grid of
//    five 题号｜答案 pairs filled column by column; answers are option letters (multi-select “ABDE” means C is not provided),
//    plain numbers in the unit of the question, an 8-digit date; one answer left blank; the 上期 column is last period's values.
// l1 惠城区 (惠州): ledgers where ONE record takes TWO rows (the Word-table habit): stations (上行 站点名称｜所在镇｜挂牌运营日期｜
//    站长, 下行 站点地址｜所在村（社区）｜验收日期｜联系电话, 序号 merged over both rows) and park enterprises (上行 企业名称｜企业类型｜
//    入驻日期, 下行 统一社会信用代码｜主营业务｜退出日期); a village list with 快递服务 modes; sessions with 线下｜线上｜合计 人次; a
//    填报说明 page.
// l2 番禺区 (广州): a training workbook with one sign-in sheet per class, copied from one template whose “培训时间：　年　月　日”
//    was never filled — the date is only in the sheet's tab name (“2020.10.15”, “20201126”, “2021年1月14日”, “2021.4.8-9”,
//    “21.6.17”, “2021.8.30-9.1”); 请假 and 重复签到 rows, a masked ID, a lowercase x, a missing ID; a poor-person roster; a 目录 page.
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
let seed = 179179;
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
    assert(/^b179-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b179-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b179-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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



// ---------------------------------------------------------------- extra helpers (batch 179)
function md2(iso) {
  // "9月28日": a day typed under a merged 年/月 header
  const [, m, d] = ymd(iso);
  return `${m}月${d}日`;
}
function yuanFromWan(w) {
  return Math.round(w * 10000);
}

// =====================================================================================================
// c1 — 河源源城区: whole workbook, tick-position self-assessment, stations known only by address
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "441602";
  const TOWNS = [["源南镇", 12, 2], ["埔前镇", 10, 2], ["高埔岗街道", 6, 4], ["源西街道", 6, 5], ["东埔街道", 5, 6], ["上城街道", 0, 8], ["新江街道", 0, 9]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("石黄新白禾乐上下大坪塘桥江岭坑龙", ["坑", "塘", "岭", "田", "坝", "陂", "洞", "围", "岗", "湖", "坳", "排", "背", "寨"], "村", prefixes);
  const cName = nameMaker("文明华兴建康宝中和福永", ["园", "苑", "景", "城", "丰", "安", "盛", "晖"], "社区", prefixes);
  const towns = TOWNS.map(([town, nv, nc]) => ({ town, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((t) => t.vs);
  const comms = towns.flatMap((t) => t.cs);
  assert(admin.length === 39 && comms.length === 36, "c1 39 villages + 36 communities");
  noStemClash(admin, comms, "c1");
  const townOf = {};
  for (const t of towns) for (const v of t.vs.concat(t.cs)) townOf[v] = t.town;

  // ---------------- station plan
  const shA = shuffle(admin);
  const A = shA.slice(0, 27); // covered by a dated station on or before the cut-off
  const B = shA[27]; // covered only by a station dated “2021年6月”
  const vSept = shA[28]; // only a station opened 2021-09-03
  const vPend = shA[29]; // only a station “筹建中”, no date
  const POOR = [A[2], A[9], A[15], B, vSept];
  const poorSet = new Set(POOR);

  // ---------------- 村（居）委会名单
  const vRows = [["源城区村（居）民委员会名单"], ["（区民政局提供，2021年6月；“省定贫困村”栏由区商务局据区乡村振兴局名单补填）"],
    ["序号", "镇（街道）", "村（居）委会名称", "类别", "省定贫困村", "备注"]];
  const vMerges = ["A1:F1", "A2:F2"];
  let sq = 0;
  for (const t of towns) {
    const r0 = vRows.length + 1;
    t.vs.forEach((v) => vRows.push([++sq, t.town, `${v}民委员会`, "村委会", poorSet.has(v) ? "★" : null, null]));
    t.cs.forEach((c) => vRows.push([++sq, t.town, `${c}居民委员会`, "居委会", "—", null]));
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push([`注：村委会${admin.length}个，居委会${comms.length}个；★为省定贫困村（共${POOR.length}个），村委会空白为非省定贫困村，居委会不适用（—）。`]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);

  // ---------------- 站点台账: no village column, the village is only in the address
  const SHOPS = ["惠民超市", "兴旺商店", "顺心便利店", "丰收农资店", "乐购便民店", "万家福商行", "好邻居商店", "金穗农资店", "百家乐便利店", "客家土特产店",
    "新农人服务社", "邮乐购便民店", "阿芳小卖部", "康乐商店", "源丰百货", "合作社服务点", "华兴商店", "农家乐便利店", "吉祥商行", "东源土产店"];
  const GROUPS = ["上屋", "下屋", "新屋", "围龙", "老屋", "塘背", "岭脚", "坳头", "水口", "排上"];
  const vSpell = (v, k) => (k % 3 === 0 ? `${v}委会` : k % 3 === 1 ? `${v}民委员会` : v);
  const ST = [];
  A.forEach((v, k) => ST.push({ v, op: randIsoBetween("2020-06-10", "2021-08-20"), k }));
  ST.find((s) => s.v === A[20]).op = CUT; // opened on the cut-off day itself
  ST.push({ v: A[5], op: randIsoBetween("2021-03-01", "2021-07-31"), second: true });
  ST.push({ v: B, op: "2021-06" });
  ST.push({ v: vSept, op: "2021-09-03" });
  ST.push({ v: vPend, op: null });
  const commStation = comms[3];
  ST.push({ v: commStation, op: randIsoBetween("2020-10-01", "2021-05-30"), comm: true });
  const tOrder = Object.fromEntries(TOWNS.map(([t], j) => [t, j]));
  ST.sort((a, b) => tOrder[townOf[a.v]] - tOrder[townOf[b.v]] || cmp(a.op || "9999", b.op || "9999"));
  const sRows = [["源城区村级电子商务服务站点台账"], ["（区电商公共服务中心运营方提供，区商务局核对；更新至2021年9月10日）"],
    ["站点编号", "站点名称", "站点地址", "经营者", "联系电话", "挂牌时间", "备注"]];
  const sMerges = ["A1:G1", "A2:G2"];
  const townCode = { 源南镇: "YN", 埔前镇: "PQ", 高埔岗街道: "GPG", 源西街道: "YX", 东埔街道: "DP" };
  const seqByTown = {};
  let shopI = 0;
  ST.forEach((s, j) => {
    const t = townOf[s.v];
    seqByTown[t] = (seqByTown[t] || 0) + 1;
    const code = `YC-${townCode[t]}-${pad3(seqByTown[t])}`;
    const shop = SHOPS[shopI++ % SHOPS.length];
    let addr;
    if (s.comm) addr = `河源市源城区${t}${s.v}居委会建设路${rint(3, 88)}号`;
    else addr = `河源市源城区${t}${vSpell(s.v, j)}${GROUPS[rint(0, GROUPS.length - 1)]}村民小组${rint(1, 40)}号`;
    let dcell;
    let note = null;
    if (s.op === null) {
      dcell = null;
      note = "筹建中（选址已定）";
    } else if (s.op === "2021-06") dcell = "2021年6月";
    else dcell = dateCell(s.op, j);
    if (s.second) note = "同村第二个服务点";
    if (s.op === "2021-09-03") note = "9月新挂牌";
    sRows.push([code, `${shop}电商服务站`, addr, personName(), mask(phone()), dcell, note]);
  });
  sRows.push([`注：站点共${ST.length}个（含筹建1个）；挂牌时间以挂牌仪式为准。`]);
  sMerges.push(`A${sRows.length}:G${sRows.length}`);
  const adminSet = new Set(admin);
  const covered = new Set(ST.filter((s) => adminSet.has(s.v) && s.op !== null && s.op <= CUT).map((s) => s.v));
  // a month-only date "2021-06" sorts before the cut-off as a string: check it counts, Sept does not
  assert(covered.size === 28 && covered.has(B) && !covered.has(vSept) && !covered.has(vPend), "c1 28 villages covered " + covered.size);
  assert(ratioGE(28, 39, 70) && !ratioGE(27, 39, 70) && ratioGE(27, 39, 50), "c1 28/39 = 71.8% → 5; 27/39 = 69.2% → 2");
  const poorCov = POOR.filter((v) => covered.has(v)).length;
  assert(poorCov === 4 && 4 * 100 >= 80 * 5 && 3 * 100 < 80 * 5, "c1 poor 4/5 = 80% → 3; 3/5 → 0");

  // ---------------- 脱贫人口名单 (roster)
  const CODES = shuffle([].concat(Array(62).fill("E"), Array(14).fill("M"), Array(20).fill("N")));
  const hhVill = shuffle(admin).slice(0, 16);
  const persons = [];
  const pRows = [["源城区脱贫人口（含监测对象）劳动力状况名单"], ["（区乡村振兴局提供，2021年7月）"],
    ["序号", "镇（街道）", "村", "户主", "姓名", "与户主关系", "身份证号码", "是否有劳动能力", "是否外出务工", "备注"]];
  const pMerges = ["A1:J1", "A2:J2"];
  let ci = 0;
  let hh = 0;
  let xDone = false;
  while (ci < CODES.length) {
    const size = Math.min(CODES.length - ci, rint(2, 5));
    const codes = CODES.slice(ci, ci + size).sort((a, b) => (a === "N") - (b === "N"));
    ci += size;
    const v = hhVill[hh % hhVill.length];
    hh++;
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    const r0 = pRows.length + 1;
    let head = null;
    let headY = 0;
    let headMale = true;
    codes.forEach((c, j) => {
      const male = j === 0 ? rnd() < 0.8 : rnd() < 0.5;
      let birth;
      let rel;
      if (j === 0) {
        rel = "户主";
        birth = c === "N" ? birthBetween(1940, 1952) : birthBetween(1962, 1980);
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
      persons.push({ id, name, c, v, eligible: c === "E", migrant: c === "M" });
      const note = c === "M" ? ["深圳务工", "东莞务工", "惠州务工", "广州务工"][rint(0, 3)] : c === "N" ? (rnd() < 0.5 ? "年老体弱" : "重病") : null;
      pRows.push([persons.length, j === 0 ? townOf[v] : null, j === 0 ? `${v}` : null, j === 0 ? head : null, name, rel, id, c === "N" ? "否" : "是",
        c === "N" ? "—" : c === "M" ? "是" : "否", note]);
    });
    for (const col of ["B", "C", "D"]) mergeCol(pMerges, col, r0, pRows.length);
  }
  const eligible = persons.filter((p) => p.eligible);
  const migrants = persons.filter((p) => p.migrant);
  assert(persons.length === 96 && eligible.length === 62 && migrants.length === 14, "c1 roster 96 / 62 eligible");
  const xP = eligible.find((p) => p.id.endsWith("X"));
  assert(xP, "c1 an X id");

  // ---------------- 培训台账 (sessions)
  const SD = ["2020-09-17", "2020-10-15", "2020-10-29", "2020-11-19", "2020-12-03", "2020-12-17", "2021-01-07", "2021-01-21", "2021-03-11", "2021-03-25",
    "2021-04-08", "2021-04-22", "2021-05-13", "2021-05-27", "2021-06-10", "2021-06-24", "2021-07-08", "2021-07-22", "2021-08-05", "2021-08-19"];
  const TOPIC = ["电商基础知识普及", "网店开设与运营", "短视频拍摄与剪辑", "直播带货实操", "农产品包装与品牌", "社群团购运营", "客家农特产品网销"];
  const PLACE = ["区电子商务公共服务中心", "源南镇党群服务中心", "埔前镇文化站", "高埔岗街道党群服务中心", "源西街道会议室", "东埔街道文化站"];
  const CLS = SD.map((d, j) => ({ no: j + 1, d, got: rint(170, 230), topic: TOPIC[j % TOPIC.length], place: PLACE[j % PLACE.length] }));
  for (let diff = 3986 - sum(CLS.map((c) => c.got)), j = 0; diff !== 0; j = (j + 7) % CLS.length) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 9);
    if (CLS[j].got + st >= 150 && CLS[j].got + st <= 250) {
      CLS[j].got += st;
      diff -= st;
    }
  }
  const RANGE = { no: 21, d: "2021-09-01", text: "2021.8.30-9.1", got: 232, topic: "电商运营提升班（三天）", place: "区电子商务公共服务中心" };
  const SEPT = { no: 22, d: "2021-09-16", got: 310, topic: "直播带货实操", place: "源南镇党群服务中心" };
  const ALLC = CLS.concat([RANGE, SEPT]);
  const ptPre = sum(CLS.map((c) => c.got));
  assert(ptPre === 3986, "c1 3,986 person-times by the cut-off");
  assert(ptPre * 1000 >= 500000 * 6 && ptPre * 1000 < 500000 * 8 && (ptPre + RANGE.got) * 1000 >= 500000 * 8, "c1 0.797% → 6; with the 8.30–9.1 class 0.84% → 8");

  // ---------------- 脱贫人口参训签到 (poor sign-ins, already inside the session counts)
  const preNos = CLS.map((c) => c.no);
  const pool = shuffle(eligible.filter((p) => p !== xP));
  const trainedE = [xP].concat(pool.slice(0, 30));
  const pRange = pool[30]; // only in the 8.30–9.1 class
  const pSpace = trainedE[12];
  const att = [];
  for (const p of trainedE) {
    const k = rnd() < 0.7 ? 1 : 2;
    for (const no of shuffle(preNos).slice(0, k)) att.push({ p, no });
  }
  att.push({ p: pRange, no: 21 });
  att.push({ p: migrants[0], no: shuffle(preNos)[0] });
  att.push({ p: migrants[5], no: shuffle(preNos)[0] });
  att.push({ p: migrants[9], no: 22 });
  att.sort((a, b) => a.no - b.no);
  const clsOf = Object.fromEntries(ALLC.map((c) => [c.no, c]));
  const aRows = [["源城区脱贫人口参加电商培训签到汇总"], ["（摘自各期签到表，已计入《培训台账》各期参训人次，不另计）"],
    ["序号", "姓名", "身份证号码", "所在村", "期次", "培训日期", "备注"]];
  att.forEach((a, j) => {
    const c = clsOf[a.no];
    let idCell = a.p.id;
    if (a.p === xP) idCell = a.p.id.slice(0, 17) + "x";
    if (a.p === pSpace) idCell = spacedId(a.p.id);
    const dcell = c.no === 21 ? RANGE.text : j % 3 === 0 ? dotDate(c.d) : j % 3 === 1 ? cnDate(c.d) : D(c.d);
    aRows.push([j + 1, a.p.name, idCell, `${a.p.v}委会`, `第${c.no}期`, dcell, a.p.migrant ? "外出务工返乡参训" : null]);
  });
  const poorBy = countBy(att, (a) => a.no);
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedIds = new Set(att.filter((a) => eligIds.has(a.p.id) && clsOf[a.no].d <= CUT).map((a) => a.p.id));
  assert(trainedIds.size === 31 && trainedIds.has(xP.id) && trainedIds.has(pSpace.id) && !trainedIds.has(pRange.id), "c1 31 eligible trained");
  assert(ratioGE(31, 62, 50) && !ratioGE(30, 62, 50) && ratioGE(30, 62, 40) && !ratioGE(32, 62, 70), "c1 31/62 = 50% → 10; 30/62 → 8");

  const tRows = [["源城区农村电商培训台账（按期次）"], ["期次", "培训日期", "培训主题", "培训地点", "参训人次", "其中：脱贫人口（人次）", "承办单位"]];
  ALLC.forEach((c, j) => {
    const dcell = c.no === 21 ? RANGE.text : dateCell(c.d, j + 2);
    let got = c.got;
    if (j % 6 === 4) got = `${c.got}人`;
    if (j === 9) got = fullWidth(String(c.got));
    tRows.push([`第${c.no}期`, dcell, c.topic, c.place, got, poorBy.get(c.no) || 0, j % 2 ? "河源市客家优品电子商务有限公司" : "源城区职业技能培训中心"]);
  });
  tRows.push(["合计", null, null, null, sum(ALLC.map((c) => c.got)), sum(ALLC.map((c) => poorBy.get(c.no) || 0)), null]);
  tRows.push(["注：第21期为三天班（8月30日—9月1日）；第21、22期在考评截止日后结业。"]);
  const tMerges = ["A1:G1", `A${tRows.length}:G${tRows.length}`];

  // ---------------- 入驻企业
  const FIRMS = [["河源市源城区客家优品电子商务有限公司", "平台型"], ["河源市万绿湖农品网络科技有限公司", "平台型"], ["源城区东江鲜果网店", "销售型"],
    ["河源市源城区客家娘酒电子商务商行", "销售型"], ["河源市源城区霸王花米粉网店", "销售型"], ["河源市源城区新农人生鲜电子商务有限公司", "销售型"],
    ["河源市源城区云商代运营服务有限公司", "电商运营商"], ["河源市源城区乐途网络运营工作室", "电商运营商"], ["河源市源城区速达物流有限公司", "物流企业"],
    ["中国邮政集团有限公司河源市源城区分公司电商部", "物流企业"], ["河源市源城区冷链仓储服务有限公司", "物流企业"], ["河源市源城区星火直播传媒有限公司", "直播机构"],
    ["河源市源城区禾木品牌设计有限公司", "设计服务"], ["河源市源城区埔前茶叶网店", "销售型"], ["河源市源城区源南蜂蜜商行", "销售型"],
    ["河源市源城区农商通供应链有限公司", "物流企业"], ["河源市源城区数联电商服务有限公司", "电商运营商"], ["河源市源城区客家腊味电子商务有限公司", "销售型"],
    ["河源市源城区绿野农业科技有限公司", "销售型"], ["河源市源城区优选网络科技有限公司", "平台型"]].map(([n, t]) => ({ n, t, code: creditCode(REGION), iso: randIsoBetween("2020-07-01", "2021-08-25") }));
  const leftF = { n: "河源市源城区果乡电子商务有限公司", t: "销售型", code: creditCode(REGION), iso: "2020-10-12", out: "2021-06-30" };
  const newF = { n: "河源市源城区万家鲜电子商务有限公司", t: "销售型", code: creditCode(REGION), iso: "2021-09-06" };
  const eList = FIRMS.slice();
  eList.splice(6, 0, leftF);
  eList.push(newF);
  const eRows = [["源城区电子商务产业园入驻企业名单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注"]];
  eList.forEach((f, j) => eRows.push([j + 1, f.n, f.code, f.t, dateCell(f.iso, j + 3), f.out ? dotDate(f.out) : null, f.out ? "经营调整，退园" : f === newF ? "9月新入驻" : null]));
  const inPark = eList.filter((f) => f.iso <= CUT && !(f.out && f.out < CUT));
  assert(eList.length === 22 && inPark.length === 20, "c1 20 firms in the park");

  // ---------------- 专项资金拨付台账 (万元)
  const PAY = [["2020-09-25", "区电商公共服务中心建设首期款", "河源市源城区客家优品电子商务有限公司", 600000],
    ["2020-11-18", "村级站点建设首期款", "中国邮政集团有限公司河源市源城区分公司", 450000],
    ["2020-12-30", "农村电商培训服务费（第一期）", "源城区职业技能培训中心", 168500],
    ["2021-01-22", "镇村物流配送体系建设首期款", "河源市源城区速达物流有限公司", 380000],
    ["2021-03-19", "区电商公共服务中心建设进度款", "河源市源城区客家优品电子商务有限公司", 520000],
    ["2021-04-27", "村级站点建设进度款", "中国邮政集团有限公司河源市源城区分公司", 365400],
    ["2021-06-08", "农产品品牌推广服务费", "河源市源城区禾木品牌设计有限公司", 212000],
    ["2021-07-15", "冷链及溯源系统建设首期款", "河源市源城区冷链仓储服务有限公司", 275000],
    ["2021-08-12", "农村电商培训服务费（第二期）", "源城区职业技能培训中心", 361700],
    ["2021-08-31", "公共信息服务平台建设款", "河源市源城区数联电商服务有限公司", 186000],
    ["2021-09-06", "镇村物流配送体系建设进度款", "河源市源城区速达物流有限公司", 420000]];
  const fRows = [["源城区省级电子商务进农村综合示范专项资金拨付台账"], ["单位：万元"], ["序号", "拨付日期", "项目（用途）", "收款单位", "拨付金额", "凭证号", "备注"]];
  const wanCell = (y, j) => (j % 3 === 0 ? wanText(y, 4) : j % 3 === 1 ? wan(y) : String(wan(y)));
  PAY.forEach(([iso, what, to, y], j) => {
    const dcell = iso === CUT ? "2021/8/31" : j % 4 === 1 ? dotDate(iso) : j % 4 === 2 ? cnDate(iso) : D(iso);
    fRows.push([j + 1, dcell, what, to, wanCell(y, j), `YC-ZF-${iso.slice(0, 4)}-${pad3(j + 1)}`, iso > CUT ? "截止日后拨付" : null]);
  });
  fRows.push(["合计", null, null, null, wan4(sum(PAY.map((p) => p[3]))), null, null]);
  const fMerges = ["A1:G1", "A2:G2", `A${fRows.length}:D${fRows.length}`];
  const spentPre = sum(PAY.filter((p) => p[0] <= CUT).map((p) => p[3]));
  assert(spentPre === 3518600 && ratioGE(spentPre, 5000000, 70) && !ratioGE(spentPre - 186000, 5000000, 70), "c1 70.37% → judged; without 8月31日 66.65% → −5");

  // ---------------- 报送及专栏更新 (months as columns)
  const MONTHS = monthsBetween("2020-09", "2021-09");
  const rep = {};
  const dis = {};
  for (const m of MONTHS) {
    const [y, mo] = m.split("-").map(Number);
    rep[m] = `${m}-${String(rint(Math.max(1, lastDay(y, mo) - 6), lastDay(y, mo) - 1)).padStart(2, "0")}`;
    if (m !== "2021-02") dis[m] = `${m}-${String(rint(8, 18)).padStart(2, "0")}`;
  }
  const gRows = [["源城区电商进农村示范创建月报报送及专栏更新登记"], ["项目", null, "2020年", null, null, null, "2021年"], [null, null]];
  const gMerges = ["A1:O1", "A2:B3", "C2:F2", "G2:O2"];
  for (const m of MONTHS) gRows[2].push(`${Number(m.slice(5))}月`);
  gRows[1] = padRow(gRows[1], 15);
  const repRow = ["向市商务局报送工作进展月报", "报送日期"];
  const povRow = [null, "含电商扶贫统计"];
  const disRow = ["区政府网“电子商务进农村”专栏", "更新（发布）日期"];
  for (const m of MONTHS) {
    repRow.push(md2(rep[m]));
    povRow.push(m >= "2020-10" ? "√" : null);
    disRow.push(dis[m] ? md2(dis[m]) : "（春节，未更新）");
  }
  gRows.push(repRow, povRow, disRow);
  gMerges.push("A4:A5");
  gRows.push(["注：日期按实际报送、发布日期填写，年份见表头。"]);
  gMerges.push(`A${gRows.length}:O${gRows.length}`);
  const disM = WINDOW.filter((w) => dis[w] && dis[w] <= CUT);
  assert(WINDOW.every((w) => rep[w] <= CUT) && disM.length === 11, "c1 reports 12 months, disclosures 11");

  // ---------------- 宣传报道 + 经验材料 (two tables on one sheet)
  const MEDIA = [["2020-11-20", "源城区融媒体中心“源城发布”", "县级", "网络", "我区首批村级电商服务站挂牌", "否"],
    ["2021-01-15", "河源日报", "市级", "报纸", "源城：电商服务站开到家门口", "否"],
    ["2021-04-22", "南方+客户端", "省级", "网络", "源城客家米粉搭上直播快车", "否"],
    ["2021-06-10", "河源电视台《河源新闻》", "市级", "电视", "脱贫户直播卖蜂蜜，电商帮扶见实效", "是"],
    ["2021-09-08", "广东广播电视台珠江频道", "省级", "电视", "河源源城：电商助农增收", "是"]];
  const mRows = [["源城区电子商务进农村宣传报道及经验材料登记"], ["一、宣传报道"], ["序号", "报道日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
  MEDIA.forEach((x, j) => mRows.push([j + 1, j % 2 ? cnDate(x[0]) : D(x[0]), x[1], x[2], x[3], `《${x[4]}》`, x[5]]));
  mRows.push([null, null, null, null, null, null, null]);
  mRows.push(["二、经验材料报送"]);
  mRows.push(["序号", "报送日期", "材料名称", "报送单位", null, null, null]);
  mRows.push([1, D("2021-06-28"), "《源城区“电商＋客家农品”助农增收经验做法》", "河源市商务局", null, null, null]);
  const mMerges = ["A1:G1", "A2:G2", `A${mRows.length - 2}:G${mRows.length - 2}`];
  const lv = new Set(MEDIA.filter((x) => x[0] <= CUT).map((x) => x[2]));
  assert([...lv].sort().join() === "县级,市级,省级", "c1 three levels");

  // ---------------- 自评填报 (ticks by position)
  const T = "√";
  const IT = [
    ["常住人口", null, null, 63.38, "万人", "第七次全国人口普查"],
    ["行政村", null, null, 39, "个", `不含社区居委会${comms.length}个`],
    ["省定贫困村", null, null, 5, "个", null],
    ["领导小组组长", null, null, "区委副书记、区长", "—", "源府办〔2020〕7号调整"],
    ["领导小组成员单位", null, null, "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局", "—", null],
    ["正式印发示范创建工作方案", T, null, "源府办〔2020〕11号", "—", "2020年4月20日印发"],
    ["出台支持农村电商发展的政策措施", T, null, "源府办〔2020〕19号", "—", null],
    ["县级电子商务公共服务中心投入运营日期", null, null, "2021.2.26", "—", null],
    ["中心有免费培训场所、培训设备，能组织电商基础培训", T, null, null, null, null],
    ["中心为特色农产品提供免费展示、销售服务", T, null, null, null, null],
    ["中心为电子商务市场主体提供免费摄影、美工服务", null, T, null, null, "摄影、美工按件收取成本费"],
    ["中心组织农产品统一推广、指导特色农产品品牌建设", T, null, null, null, null],
    ["中心为电子商务发展提供其他衍生增值服务", T, null, null, null, "代办营业执照、融资对接"],
    ["建设或整合、优化当地电商产业园", T, null, null, null, "整合建成源城电商产业园"],
    ["有专业第三方电子商务运营或服务商", T, null, null, null, null],
    ["行政村物流快递覆盖率达到100%", T, null, null, null, "区邮政管理部门证明"],
    ["2019年农村网络零售额", null, null, 18.62, "亿元", "省商务厅提供"],
    ["2020年农村网络零售额", null, null, 23.17, "亿元", "省商务厅提供"],
    ["2019年农产品网络零售额", null, null, 2.35, "亿元", "省商务厅提供"],
    ["2020年农产品网络零售额", null, null, 3.11, "亿元", "省商务厅提供"],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", null, null, 64, "人", "区乡村振兴局2020年底数"],
    ["参加培训的建档立卡贫困人口", null, null, 33, "人", null],
    ["专栏公示创建方案", T, null, null, null, null],
    ["专栏公示项目基本信息", T, null, null, null, null],
    ["专栏公示项目建设进度", T, null, null, null, null],
    ["专栏设立征求意见或监督举报窗口", T, null, null, null, "监督举报信箱"],
    ["能统计电商扶贫情况", T, null, null, null, null],
    ["下达省级专项资金", null, null, 500, "万元", "粤商务电函〔2019〕29号"],
    ["累计拨付资金", null, null, wan(spentPre), "万元", "截至2021年8月31日"],
    ["项目总体进度", null, null, 85, "%", null],
    ["已制定资金管理制度", T, null, null, null, null],
    ["已建立资金专用台账", T, null, null, null, null],
    ["发生安全生产、质量事故或重大损失", null, T, null, null, null],
    ["存在弄虚作假", null, T, null, null, null],
  ];
  const JUD = [["方案制定", 2, 2], ["政策支持", 2, 1], ["项目管理制度", 2, 2], ["工作台账", 2, 2], ["网销调研", 2, 2], ["网络促销活动", 2, 1],
    ["交易标准与冷链溯源", 2, 1], ["资金管理制度", 5, 4], ["资金台账", 5, 4], ["资金及时拨付", 5, 3]];
  const CL = [["组织领导", 2, 2], ["方案制定", 2, 2], ["政策支持", 2, 1], ["项目管理", 4, 4], ["服务体系建设（县级中心与产业园）", 15, 14],
    ["服务体系建设（村级站点覆盖）", 10, 10], ["农村产品上行", 10, 8], ["电商人才培训", 20, 20], ["信息公开", 4, 4], ["数据上报", 6, 6],
    ["案例总结", 2, 2], ["经验推广", 8, 8], ["制度建立", 5, 4], ["资金台账", 5, 4], ["资金支出", 5, 3]];
  const W = 9;
  const grid = [["源城区2019年省级电子商务进农村综合示范创建考评自评填报表"],
    ["填报单位（盖章）：河源市源城区商务局　　　　数据截止日期：2021年8月31日　　　　填报日期：2021年9月6日"],
    ["一、基本情况和考评事项（是否类在“是”或“否”栏打√，数据类填“数据”栏）"],
    ["序号", "事项", "是", "否", "数据", null, null, "单位", "说明"]];
  const gM = ["A1:I1", "A2:I2", "A3:I3", "E4:G4"];
  IT.forEach((x, j) => {
    grid.push([j + 1, x[0], x[1], x[2], x[3], null, null, x[4], x[5]]);
    gM.push(`E${grid.length}:G${grid.length}`);
  });
  grid.push(padRow([], W));
  grid.push(["二、主观评分项自评（在自评分值下打√）"]);
  gM.push(`A${grid.length}:I${grid.length}`);
  grid.push(["序号", "评分项", "分值范围", "1分", "2分", "3分", "4分", "5分", "自评说明"]);
  JUD.forEach(([n, max, v], j) => {
    const row = [j + 1, n, `1-${max}分`];
    for (let p = 1; p <= 5; p++) row.push(p > max ? "／" : p === v ? T : null);
    row.push(null);
    grid.push(row);
  });
  grid.push(padRow([], W));
  grid.push(["三、自评得分"]);
  gM.push(`A${grid.length}:I${grid.length}`);
  grid.push(["序号", "评价指标", "分值", "自评得分", "备注", null, null, null, null]);
  gM.push(`E${grid.length}:I${grid.length}`);
  CL.forEach(([n, max, v], j) => {
    grid.push([j + 1, n, max, v, null, null, null, null, null]);
    gM.push(`E${grid.length}:I${grid.length}`);
  });
  grid.push([16, "加分项：建档立卡贫困人口培训率70%及以上", 2, 0, null, null, null, null, null]);
  gM.push(`E${grid.length}:I${grid.length}`);
  grid.push([17, "加分项：电商扶贫典型案例获电视播报", 2, 0, "河源电视台（市级）播出", null, null, null, null]);
  gM.push(`E${grid.length}:I${grid.length}`);
  grid.push([null, "合计", 100, sum(CL.map((x) => x[2])), null, null, null, null, null]);
  gM.push(`E${grid.length}:I${grid.length}`);
  grid.push(["填表人：叶××　　审核：区商务局副局长 曾××　　联系电话：0762-33xxxxx"]);
  gM.push(`A${grid.length}:I${grid.length}`);
  assert(sum(CL.map((x) => x[2])) === 92, "c1 claimed 92");
  assert(!(2317 * 10 >= 1862 * 13) && 311 * 10 >= 235 * 13, "c1 rural growth < 30%, agri ≥ 30%");
  assert(pct1(2317 - 1862, 1862) === "24.4%" && pct1(311 - 235, 235) === "32.3%", "c1 growth figures");

  // ---------------- points
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 2,
    "work.center": 2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + 2 + 1, "work.coverage": 5 + 3, "work.upward": 2 + 1 + 1 + 1 + 1 + 2,
    "work.training": 6 + 10, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 3, "bonus.poorTraining": 0, "bonus.tvCase": 0,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 85 && bonus === 0, "c1 total " + scored);
  const inType = new Set(inPark.map((f) => f.t));
  assert(["平台型", "销售型", "电商运营商", "物流企业"].every((t) => inType.has(t)), "c1 four types");
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = CL[j][2]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 0;
  const derivation = [
    "org.leadership: 自评填报表第4、5项：组长“区委副书记、区长”（区长＝主要领导），成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局 → 2",
    "org.plan: 二、主观评分项“方案制定”一行√打在“2分”栏 → 2（第6项方案“是”栏打√，已印发）",
    "org.policy: “政策支持”√在“1分”栏 → 1",
    "org.management: 项目管理制度√在2分、工作台账√在2分 → 4",
    `work.center: 中心2021.2.26投入运营 ≤ 截止日 → 2；≤ 2021-02-28（截止日前6个月） → 运行满6个月 2；免费培训“是” 2、展示销售“是” 1、摄影美工√在“否”栏（按件收费） 0、品牌推广“是” 1、其他增值服务“是” 1；产业园“是” → 2；入驻企业名单22行：“${leftF.n}”2021.6.30退园、“${newF.n}”2021年9月6日入驻，截止日在园20家 → 2；类型有平台型、销售型、电商运营商、物流企业 → 1；合计14（自评14）`,
    `work.coverage: 村居名单村委会39个（居委会36个不算）；站点台账没有“所在村”栏，村名只在站点地址里（“…镇××村委会／村民委员会／村××村民小组…”）：截止日前挂牌的站点覆盖28个行政村——含“2021年6月”只写到月的“${B}”站（该村唯一站点，算）和8月31日当天挂牌的“${A[20]}”站；“${A[5]}”第二个服务点不重复算；“${commStation}居委会”的站点不是行政村；“${vSept}”只有2021年9月3日挂牌的站、“${vPend}”只有筹建中（无挂牌时间）的站，都不算 → 28/39 = 71.8% ≥ 70% → 5（漏读“2021年6月”就是27/39 = 69.2% → 2）；省定贫困村5个（★），有站的4个（${vSept}9月才挂牌） → 4/5 = 80% → 3（漏掉${B}就是3/5 → 0）；合计8（自评10）`,
    "work.upward: 网销调研√2分、网络促销√1分 → 3；第三方运营服务商“是” → 1；村居名单没有快递栏，按自评表“行政村物流快递覆盖率达到100%”打√“是” → 1；交易标准与冷链溯源√1分 → 1；农村网络零售额18.62亿→23.17亿元增长24.4%，农产品网络零售额2.35亿→3.11亿元增长32.3% ≥ 30% → 2；合计8",
    `work.training: 培训台账按期次记人次，截止日前第1—20期共${fmtInt(ptPre)}人次（“××人”文本、一格全角数字照读；合计行不是一期）；第21期“2021.8.30-9.1”三天班按结束日9月1日，在截止日后不算，第22期9月16日也不算；常住人口63.38万人封顶50万 → ${fmtInt(ptPre)}/500,000 = 0.797% → 6（把第21期算进去是0.84% → 8）；脱贫人口名单96人，有劳动能力且不外出务工的62人；签到汇总里这62人中截止日前参训31人（按身份证号去重，一人末位小写x、一人号码中间带空格都要认出；${pRange.name}只参加第21期不算；外出务工的3人不在62人内） → 31/62 = 50.0% → 10（名单胜过自评表的33/64）；合计16（自评20）`,
    "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度，有监督举报信箱 → 2；登记表“专栏更新”一行：2020年9月至2021年8月除2021年2月（春节，未更新）外每月都有 → 不定时 → 1；合计3（自评4）",
    "info.reporting: “报送月报”一行2020年9月至2021年8月每月都有报送日期（年份在合并表头里） → 3；自评表“能统计电商扶贫情况”“是”，10月起月报含电商扶贫统计 → 3；合计6",
    "promo.cases: 2021年6月28日向河源市商务局报送经验材料 → 2",
    "promo.media: 截止日前：南方+（省级） → 4；河源日报、河源电视台（市级） → 3；“源城发布”（区级） → 1；合计8（广东广播电视台9月8日那条在截止日后）",
    "fund.system: 资金管理制度√在4分 → 4",
    "fund.ledger: 资金台账√在4分 → 4",
    `fund.spending: 拨付台账单位万元，截止日前10笔 ${fmtMoney(spentPre)}元（含“2021/8/31”一笔18.6万元）÷ 5,000,000 = 70.4% ≥ 70% → 按自评及时拨付√3分 → 3（漏掉8月31日那笔是66.7% → −5；9月6日42万元不算；合计行不是拨付）`,
    "bonus.poorTraining: 31/62 = 50% < 70% → 0",
    "bonus.tvCase: 截止日前电商扶贫典型案例只在河源电视台（市级）播出，广东广播电视台（省级）是2021年9月8日 → 0",
    "veto.incident: 自评表“发生安全生产、质量事故或重大损失”√在“否”栏 → 不否决",
    "veto.progress: 项目总体进度85% ≥ 40% → 不否决",
    "veto.fraud: “存在弄虚作假”√在“否”栏 → 不否决",
  ];
  return {
    description:
      "河源源城区商务局整本考评工作簿（10个表），85分、无加分、未否决（自评92）：《自评填报表》按位置作答——是否类在“是”或“否”栏打√（摄影美工、事故、弄虚作假√在否栏），数据写在“数据”栏、单位单列（万人、亿元、万元、%）；主观评分项在“1分…5分”五栏中的一栏打√（超出分值范围的格子是“／”）；另有“三、自评得分”表（claimed）。台账：民政村居名单（★省定贫困村，居委会“—”）；站点台账没有“所在村”栏，村名只能从站点地址读（“…镇××村委会上屋村民小组…”），一站只写“2021年6月”且是一个贫困村的唯一站点，决定覆盖率70%和贫困村80%两个档；培训台账第21期“2021.8.30-9.1”要按结束日；脱贫人口签到汇总里末位小写x和带空格的身份证号决定50%和48.4%；8月31日一笔18.6万元决定支出率70.4%还是66.7%；月报与专栏更新按月份成列（年份只在合并表头里、格内只写月日，2021年2月专栏格写“（春节，未更新）”）；宣传报道与经验材料上下两表。",
    sheets: [
      { name: "自评填报", rows: grid, merges: gM },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "培训台账", rows: tRows, merges: tMerges },
      { name: "脱贫人口名单", rows: pRows, merges: pMerges },
      { name: "脱贫人口参训签到", rows: aRows, merges: ["A1:G1", "A2:G2"] },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金拨付台账", rows: fRows, merges: fMerges },
      { name: "报送及专栏更新", rows: gRows, merges: gMerges },
      { name: "宣传及经验材料", rows: mRows, merges: mMerges },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 汕头金平区: 部门会签单, one block per department, each with its own header and conventions
// =====================================================================================================
function buildF1() {
  const W = 5;
  const rows = [["金平区电子商务进农村综合示范创建考评基础数据部门会签单"],
    ["（考评数据统一截至2021年8月31日；由区商务局汇总，各部门在本部门栏目内填写并签章）"], padRow([], W)];
  const merges = ["A1:E1", "A2:E2"];
  const block = (title, header, body, sign) => {
    rows.push([title]);
    merges.push(`A${rows.length}:E${rows.length}`);
    rows.push(padRow(header.slice(), W));
    for (const b of body) {
      const r = padRow(b.cells.slice(), W);
      rows.push(r);
      if (b.merge) merges.push(b.merge.replace(/#/g, String(rows.length)));
    }
    rows.push([sign]);
    merges.push(`A${rows.length}:E${rows.length}`);
    rows.push(padRow([], W));
  };
  block("一、区统计局", ["指标名称", "计量单位", "数值", "统计口径／来源", null], [
    { cells: ["常住人口", "人", "838,739", "第七次全国人口普查（2020年11月1日零时）"] },
    { cells: ["户籍人口", "万人", "78.62", "区公安分局户籍统计（仅供参考，不作考评口径）"] },
    { cells: ["2019年农村网络零售额", "万元", "152,380", "省商务厅反馈数"] },
    { cells: ["2020年农村网络零售额", "万元", "201,470", "省商务厅反馈数"] },
    { cells: ["2019年农产品网络零售额", "万元", "9,864", "省商务厅反馈数"] },
    { cells: ["2020年农产品网络零售额", "万元", "11,217", "省商务厅反馈数"] },
  ], "会签：金平区统计局（盖章）　　经办人：陈××　　2021年9月1日");
  block("二、区民政局", ["项目", "数量（个）", "备注", null, null], [
    { cells: ["村民委员会", 9, "鮀江街道7个、月浦街道2个"], merge: "C#:E#" },
    { cells: ["社区居民委员会", 64, "不计入行政村"], merge: "C#:E#" },
  ], "会签：金平区民政局（盖章）　　经办人：林××　　2021年9月1日");
  block("三、区乡村振兴局", ["项目", "情况", null, null, null], [
    { cells: ["省定贫困村", "无。本区不属于省定贫困村分布地区，省定贫困村0个。"], merge: "B#:E#" },
    { cells: ["有劳动能力的脱贫人口（不含外出务工）", "41人（另有外出务工的有劳动能力脱贫人口17人，未计入）。"], merge: "B#:E#" },
    { cells: ["参加电商培训的脱贫人口", "23人（按身份证号去重，截至2021年8月31日）。"], merge: "B#:E#" },
    { cells: ["电商扶贫情况统计", "能统计。每季度与区商务局核对脱贫人口参训、电商带动增收情况。"], merge: "B#:E#" },
  ], "会签：金平区乡村振兴局（盖章）　　经办人：黄××　　2021年9月2日");
  block("四、区财政局", ["项目", "金额（元）", "依据／凭证", null, null], [
    { cells: ["下达省级专项资金", "5,000,000.00", "粤商务电函〔2019〕29号"], merge: "C#:E#" },
    { cells: ["截至2021年8月31日累计拨付", "3,684,250.00", "国库集中支付系统"], merge: "C#:E#" },
    { cells: ["截至2021年9月10日累计拨付（供参考）", "3,984,250.00", "含9月6日拨付300,000.00元"], merge: "C#:E#" },
    { cells: ["专项资金管理制度", "—", "已制定《金平区省级电子商务进农村综合示范专项资金管理办法》（金财〔2020〕21号）"], merge: "C#:E#" },
  ], "会签：金平区财政局（盖章）　　经办人：郑××　　2021年9月2日");
  block("五、区政务服务数据管理局", ["检查项（区政府门户网站）", "结果", null, "说明", null], [
    { cells: ["“电子商务进农村综合示范”专栏", "☑已设立　☐未设立", null, "2020年6月设立"], merge: "B#:C#" },
    { cells: ["公示创建方案", "☑", null, null] },
    { cells: ["公示项目基本信息", "☑", null, null] },
    { cells: ["公示项目建设进度", "☑", null, "按月更新"] },
    { cells: ["征求意见窗口", "☐", null, "未设"] },
    { cells: ["监督举报窗口", "☑", null, "设监督举报信箱"] },
  ], "会签：金平区政务服务数据管理局（盖章）　　经办人：吴××　　2021年9月3日");
  block("六、中国邮政集团有限公司汕头市金平区分公司", ["项目", "情况", null, null, null], [
    { cells: ["行政村快递服务", "辖区9个村委会均已实现快递服务到村（邮快合作），行政村快递覆盖率100%。"], merge: "B#:E#" },
  ], "会签：邮政金平区分公司（盖章）　　经办人：蔡××　　2021年9月3日");
  const B7 = [
    ["领导小组组长", "区委副书记、区长"],
    ["领导小组成员单位", "区商务局、区财政局、区农业农村水利局、区乡村振兴局、区统计局、区市场监管局、区政务服务数据管理局"],
    ["示范创建工作方案", "2020年3月正式印发《金平区电子商务进农村综合示范工作方案》（金府办〔2020〕6号）"],
    ["支持农村电商发展的政策", "未单独出台（《扶持办法》拟提交9月区政府常务会议审议）"],
    ["县级电子商务公共服务中心投入运营", "2020年11月18日"],
    ["中心免费培训场所、培训设备", "有"],
    ["中心免费展示、销售特色农产品", "有"],
    ["中心免费摄影、美工服务", "有"],
    ["中心统一推广、品牌建设指导", "有"],
    ["中心其他衍生增值服务", "有（代办营业执照、金融对接）"],
    ["电商产业园", "整合“金平电商谷”为区电商产业园"],
    ["专业第三方电商运营服务商", "有（汕头市潮品汇电子商务运营有限公司）"],
    ["电商培训人次", "8,615人次"],
    ["项目总体进度", "88%"],
    ["资金专用台账", "各承建单位均已建立"],
    ["发生安全生产、质量事故或重大损失", "无"],
    ["弄虚作假", "无"],
  ];
  block("七、区商务局", ["序号", "事项", "填报内容", null, "备注"],
    B7.map(([k, v], j) => ({ cells: [j + 1, k, v, null, null], merge: "C#:D#" })),
    "汇总：金平区商务局（盖章）　　经办人：许××　　2021年9月3日");
  // the 商务局 judged sub-table, inside the 商务局 part, before the final line
  rows.pop();
  const signLine = rows.pop();
  merges.pop();
  rows.push(["附：主观评分项自评（区商务局局务会审定）"]);
  merges.push(`A${rows.length}:E${rows.length}`);
  rows.push(["序号", "评分项", "分值", "自评分", "说明"]);
  const JUD = [["方案制定", "1-2", 2, null], ["政策支持", "1-2", "—", "政策未出台，不自评"], ["项目管理制度", "1-2", 2, null], ["工作台账", "1-2", 1, "部分台账记录不完整"],
    ["网销调研", "1-2", 2, null], ["网络促销活动", "1-2", 2, null], ["交易标准与冷链溯源", "1-2", 1, null], ["资金管理制度", "1-5", 4, null],
    ["资金台账", "1-5", 4, null], ["资金及时拨付", "1-5", 4, null]];
  JUD.forEach(([n, r, v, note], j) => rows.push([j + 1, n, r, v, note]));
  rows.push(signLine);
  merges.push(`A${rows.length}:E${rows.length}`);
  rows.push(padRow([], W));
  rows.push(["分管区领导审核意见：同意报送。　　　　　　签名：　　　　　　2021年9月6日"]);
  merges.push(`A${rows.length}:E${rows.length}`);
  assert(pct1(201470 - 152380, 152380) === "32.2%" && pct1(11217 - 9864, 9864) === "13.7%", "f1 growth");
  return {
    description:
      "汕头金平区商务局汇总的《考评基础数据部门会签单》：七个部门的栏目上下叠放，每栏有自己的标题行、表头和写法，栏末一行会签（单位、经办人、签章日期9月1日—3日，都不是考评截止日，截止日写在第2行说明里）：统计局“指标名称｜计量单位｜数值｜统计口径”（常住人口按“人”写“838,739”，零售额按万元写千分位文本，户籍人口注明仅供参考）；民政局“村民委员会9、社区居民委员会64”；乡村振兴局是一句话的“情况”（省定贫困村“无…0个”，不含外出务工41人，参训23人，能统计）；财政局按元（另有“截至9月10日（供参考）”一行不读），资金管理办法写在“依据”栏；政务数据局用☑/☐（征求意见窗口☐但监督举报窗口☑）；邮政一句话说快递覆盖100%；商务局“事项｜填报内容”（组长区委副书记、区长，成员含农业农村水利局、乡村振兴局；政策“未单独出台”），其后附主观评分项小表（政策支持“—”不自评）。",
    sheets: [{ name: "部门会签单", rows, merges }],
    expect: {
      facts: {
        county: "金平区", asOf: "2021-08-31", residentPopulation: 838739, adminVillagesStated: 9, poorVillagesStated: 0,
        planIssued: true, policyIssued: false, centerOpened: "2020-11-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1523800000, ruralRetail2020: 2014700000, agriRetail2019: 98640000, agriRetail2020: 112170000,
        trainingPersonTimesStated: 8615, eligiblePoorPersonsStated: 41, trainedPoorPersonsStated: 23,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3684250, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 湛江霞山区: 自评报告征求意见稿的意见汇总及处理情况表 (采纳 / 部分采纳 / 不采纳)
// =====================================================================================================
function buildF2() {
  // [提出单位, 报告位置, 征求意见稿原文, 修改意见, 采纳情况, 处理说明]
  const R = [
    ["区统计局", "一、（一）第1段", "全区常住人口58.9万人。", "58.9万人是2020年末户籍人口；常住人口应采用第七次全国人口普查数据56.37万人。", "采纳", "已改为“全区常住人口56.37万人（第七次全国人口普查）”。"],
    ["区民政局", "一、（一）第1段", "辖12个街道，共有行政村（村民委员会）22个、社区居民委员会47个。", "海头街道东坡村已于2020年12月撤村设居，现行政村为21个、社区居民委员会48个。", "采纳", "已改为行政村21个、社区居民委员会48个。"],
    ["区乡村振兴局", "一、（一）第2段", "我区无省定贫困村（0个）。", "无意见。", "—", null],
    ["区政府办公室", "二、（一）", "成立了以分管副区长为组长的示范创建工作领导小组，成员单位包括区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局等。", "2021年3月领导小组已调整，组长为区委副书记、区长，请按调整后的表述。", "采纳", "已改为“以区委副书记、区长为组长”，成员单位不变。"],
    ["区司法局", "二、（二）", "2020年5月区政府办印发了《霞山区电子商务进农村综合示范工作方案》。", "建议补充文号。", "采纳", "已补充“（霞府办〔2020〕23号）”。"],
    ["区市场监管局", "二、（二）", "出台了《霞山区促进农村电子商务发展扶持办法》。", "该办法仍在公平竞争审查中，尚未印发，不宜表述为“出台”。", "采纳", "已改为“《扶持办法》已起草，正在履行审查程序，尚未印发”。"],
    ["区商务局电商股（自校）", "二、（三）第1段", "区电子商务公共服务中心于2021年3月投入运营。", "经核对中心开业通知，正式投入运营日期为2021年3月2日，建议写明具体日期。", "采纳", "已改为“2021年3月2日正式投入运营”。"],
    ["区发展和改革局", "二、（三）第2段", "中心为各类主体提供免费培训、特色农产品免费展示销售、免费摄影美工、农产品统一推广和品牌建设指导，以及代办执照、融资对接等衍生增值服务。", "据我局调研，中心美工设计服务自2021年5月起按件收费，不宜写“免费摄影美工”。", "部分采纳", "已改为“免费摄影，美工设计按件收取成本费”，其余表述不变。"],
    ["区交通运输局", "二、（四）第3段", "全区行政村物流快递覆盖率100%。", "特呈岛村快递仍需到码头自取，建议改为95.2%。", "不采纳", "经湛江市邮政管理局核实，特呈岛村2021年7月已设邮快合作服务点，快递到村，保留原表述。"],
    ["区统计局", "二、（四）第4段", "2020年全区农村网络零售额41.62亿元，同比增长26.3%；农产品网络零售额2.46亿元，同比增长31.6%。", "建议注明数据由省商务厅提供。", "采纳", "已注明。"],
    ["区农业农村局", "二、（四）第4段", "（同上）", "建议农产品网络零售额采用我局监测数2.71亿元。", "不采纳", "考评以省商务厅提供的数据为准，保留2.46亿元。"],
    ["区人力资源和社会保障局", "二、（五）第1段", "累计开展农村电商培训5,832人次。", "其中第24期（2021年9月8日）168人次在考评截止日后，截至8月31日应为5,664人次。", "采纳", "已改为“截至2021年8月31日累计培训5,664人次”。"],
    ["区乡村振兴局", "二、（五）第2段", "全区有劳动能力的建档立卡贫困人口1,206人，参加电商培训702人，培训率58.2%。", "1,206人含外出务工312人；不含外出务工的有劳动能力贫困人口为894人，其中参加电商培训586人，培训率65.5%。", "采纳", "已按894人、586人、65.5%修改。"],
    ["区政务服务数据管理局", "三、（一）", "区政府网站开设“电子商务进农村综合示范”专栏，公示了创建方案、项目基本信息和项目建设进度，并设立了征求意见窗口。", "专栏设的是“监督举报”信箱，不是征求意见窗口，请如实表述。", "采纳", "已改为“设立了监督举报窗口”。"],
    ["区商务局办公室", "三、（二）", "每月向市商务局报送示范创建工作进展，能统计电商扶贫情况。", "无意见。", "—", null],
    ["区财政局", "四、（一）", "省级下达专项资金500万元，截至2021年8月31日累计拨付3,482,600元，支出率69.7%。", "8月31日支付的168,000元当日已支付成功，截至8月31日累计拨付应为3,650,600元，支出率73.0%。", "采纳", "已改为3,650,600元、73.0%。"],
    ["区财政局", "四、（一）", "（同上）", "建议将区级配套资金100万元一并列入下达资金。", "不采纳", "考评只计省级专项资金，下达资金仍为500万元。"],
    ["区审计局", "四、（二）", "制定了《专项资金管理办法》，各承建单位均建立了资金专用台账。", "无意见。", "—", null],
    ["区发展和改革局", "四、（三）", "项目总体进度85%。", "建议与监理单位8月月报一致，为82%。", "采纳", "已改为82%。"],
    ["区应急管理局", "五、", "创建期间未发生安全生产、质量事故，未造成重大经济损失和不良社会影响。", "经核查无异议。", "—", null],
    ["区商务局法规股", "五、", "创建工作不存在弄虚作假行为。", "无意见。", "—", null],
    ["区商务局分管领导", "六、自评得分", "农村产品上行自评9分（其中网销调研2分、网络促销活动2分、交易标准与冷链溯源1分）。", "网络促销活动成效一般，建议自评1分，农村产品上行相应调整为8分。", "采纳", "已调整。"],
    ["区商务局分管领导", "六、自评得分", "资金支出自评4分（资金及时拨付4分）。", "建议按拨付进度将资金及时拨付自评为3分。", "采纳", "已调整为3分。"],
  ];
  const rows = [["《霞山区电子商务进农村综合示范创建自评报告（征求意见稿）》意见汇总及处理情况表"],
    ["（2021年9月2日—9月6日书面征求区直有关单位意见；报告数据截至2021年8月31日）"],
    ["序号", "提出单位", "报告位置", "征求意见稿原文", "修改意见", "采纳情况", "处理说明"]];
  const merges = ["A1:G1", "A2:G2"];
  let no = 0;
  for (let k = 0; k < R.length; k++) {
    const r = R[k];
    const cont = r[2] === "（同上）";
    rows.push([++no, r[0], r[1], r[2], r[3], r[4], r[5]]);
    if (cont) {
      // the clerk merged the repeated quotation with the row above
      rows[rows.length - 1][3] = null;
      merges.push(`D${rows.length - 1}:D${rows.length}`);
    }
  }
  rows.push([null, null, null, null, null, null, null]);
  rows.push(["附：自评得分（采纳意见修改后，报区政府审定稿）"]);
  merges.push(`A${rows.length}:G${rows.length}`);
  rows.push(["序号", "评价指标", "分值", "自评得分", "其中主观评分项", null, null]);
  merges.push(`E${rows.length}:G${rows.length}`);
  const CL = [["组织领导", 2, 2, null], ["方案制定", 2, 2, "方案制定2分"], ["政策支持", 2, 0, "扶持办法未印发，不自评"], ["项目管理", 4, 4, "项目管理制度2分、工作台账2分"],
    ["服务体系建设（县级中心与产业园）", 15, 12, null], ["服务体系建设（村级站点覆盖）", 10, 10, null], ["农村产品上行", 10, 8, "网销调研2分、网络促销活动1分、交易标准与冷链溯源1分"],
    ["电商人才培训", 20, 20, null], ["信息公开", 4, 4, null], ["数据上报", 6, 6, null], ["案例总结", 2, 2, null], ["经验推广", 8, 5, null],
    ["制度建立", 5, 4, "资金管理制度4分"], ["资金台账", 5, 4, "资金台账4分"], ["资金支出", 5, 3, "资金及时拨付3分"]];
  CL.forEach(([n, max, v, note], j) => {
    rows.push([j + 1, n, max, v, note, null, null]);
    merges.push(`E${rows.length}:G${rows.length}`);
  });
  rows.push([16, "加分项：建档立卡贫困人口培训率70%及以上", 2, 0, null, null, null]);
  merges.push(`E${rows.length}:G${rows.length}`);
  rows.push([17, "加分项：电商扶贫典型案例获电视播报", 2, 0, null, null, null]);
  merges.push(`E${rows.length}:G${rows.length}`);
  const total = sum(CL.map((x) => x[2]));
  rows.push([null, "合计", 100, total, null, null, null]);
  merges.push(`E${rows.length}:G${rows.length}`);
  rows.push(["汇总：霞山区商务局电商股　　　　2021年9月7日"]);
  merges.push(`A${rows.length}:G${rows.length}`);
  assert(total === 86, "f2 claimed 86 " + total);
  assert(pct1(586, 894) === "65.5%" && pct1(3650600, 5000000) === "73.0%" && pct1(3482600, 5000000) === "69.7%", "f2 percentages");
  assert(3650600 - 3482600 === 168000 && 5832 - 168 === 5664 && 1206 - 312 === 894, "f2 corrections add up");
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = CL[j][2]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 0;
  return {
    description:
      "湛江霞山区商务局电商股的《自评报告（征求意见稿）意见汇总及处理情况表》：序号｜提出单位｜报告位置｜征求意见稿原文｜修改意见｜采纳情况｜处理说明，一条意见一行，同一句原文的第二条意见原文格与上一行纵向合并；事实要取处理后的表述——“采纳”的按修改意见／处理说明改（常住人口56.37万不是户籍58.9万，行政村21个，组长改为区委副书记、区长，扶持办法未印发，中心2021年3月2日运营，美工按件收费→摄影美工否，培训5,664人次，不含外出务工894人、参训586人，窗口是监督举报，拨付3,650,600元，进度82%），“不采纳”和“无意见／—”的保留原文（快递覆盖100%、农产品网零2.46亿元、下达500万元不含区级配套）；被改掉的原文数（58.9万、22个、5,832人次、1,206人／702人、3,482,600元、85%）和未采纳的建议数（95.2%、2.71亿元、区级配套100万元）都不是事实；末尾附改后的自评得分表（claimed，主观分项写在“其中”栏，政策支持不自评）。",
    sheets: [{ name: "意见汇总", rows, merges }],
    expect: {
      facts: {
        county: "霞山区", asOf: "2021-08-31", residentPopulation: 563700, adminVillagesStated: 21, poorVillagesStated: 0,
        planIssued: true, policyIssued: false, centerOpened: "2021-03-02", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, expressCoverage: true,
        ruralRetail2020: 4162000000, ruralRetailGrowthStated: 0.263, agriRetail2020: 246000000, agriRetailGrowthStated: 0.316,
        trainingPersonTimesStated: 5664, eligiblePoorPersonsStated: 894, trainedPoorPersonsStated: 586,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3650600, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.82,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2, "work.upward.promotion": 1,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f3 — 佛山禅城区: the city's 数据采集卡 — a question area and an answer grid joined by 题号
// =====================================================================================================
function buildF3() {
  // [题目, 选项／单位, 上期采集值（2021年3月）, 本期答案]
  const Q = [
    ["常住人口", "万人（保留两位小数）", "110.58", "126.19"],
    ["行政村（村民委员会）数量", "个（不含社区居民委员会）", "29", "29"],
    ["省定贫困村数量", "个", "0", "0"],
    ["领导小组组长", "A.区委书记　B.区长　C.副区长　D.其他", "C", "B"],
    ["领导小组成员单位（多选）", "A.商务　B.财政　C.农业农村　D.乡村振兴（扶贫）　E.交通运输　F.市场监管", "ABCE", "ABCDEF"],
    ["是否已正式印发示范创建工作方案", "A.是　B.否", "A", "A"],
    ["是否已出台支持农村电商发展的政策", "A.是　B.否", "B", "A"],
    ["县级电商公共服务中心投入运营日期", "8位数字，如20200101", "/", "20201218"],
    ["中心已提供的免费服务（多选）", "A.培训场所和设备、电商基础培训　B.特色农产品展示、销售　C.摄影、美工　D.农产品统一推广、品牌建设指导　E.其他衍生增值服务", "AB", "ABDE"],
    ["是否建设或整合、优化电商产业园", "A.是　B.否", "A", "A"],
    ["是否有专业第三方电子商务运营或服务商", "A.是　B.否", "A", "A"],
    ["行政村物流快递覆盖率", "%", "96.6", "100"],
    ["2019年农村网络零售额", "亿元", "58.20", "58.20"],
    ["2020年农村网络零售额", "亿元", "/", "74.86"],
    ["2019年农产品网络零售额", "亿元", "3.12", null],
    ["2020年农产品网络零售额", "亿元", "/", "4.15"],
    ["电商培训人次（累计）", "人次", "2,846", "6318"],
    ["有劳动能力的建档立卡贫困人口数（不含外出务工）", "人", "52", "47"],
    ["参加电商培训的建档立卡贫困人口数（按人去重）", "人", "11", "29"],
    ["区政府网站专栏已公示内容（多选）", "A.创建方案　B.项目基本信息　C.项目建设进度　D.征求意见或监督举报窗口", "A", "ABC"],
    ["能否统计电商扶贫情况", "A.能　B.否", "B", "A"],
    ["下达省级专项资金", "万元", "500", "500"],
    ["累计拨付资金", "万元（保留两位小数）", "126.50", "396.42"],
    ["项目总体进度", "%", "45", "86"],
    ["是否已制定资金管理制度", "A.是　B.否", "A", "A"],
    ["是否已建立资金专用台账", "A.是　B.否", "A", "A"],
    ["是否发生安全生产、质量事故或重大损失", "A.是　B.否", "B", "B"],
    ["是否存在弄虚作假", "A.是　B.否", "B", "B"],
    ["自评分：方案制定", "1-2分", "/", "2"],
    ["自评分：政策支持", "1-2分", "/", "2"],
    ["自评分：项目管理制度", "1-2分", "/", "2"],
    ["自评分：工作台账", "1-2分", "/", "2"],
    ["自评分：网销调研", "1-2分", "/", "2"],
    ["自评分：网络促销活动", "1-2分", "/", "2"],
    ["自评分：交易标准与冷链溯源", "1-2分", "/", "1"],
    ["自评分：资金管理制度", "1-5分", "/", "5"],
    ["自评分：资金台账", "1-5分", "/", "4"],
    ["自评分：资金及时拨付", "1-5分", "/", "4"],
    ["指标自评得分：组织领导", "满分2分", "/", "2"],
    ["指标自评得分：方案制定", "满分2分", "/", "2"],
    ["指标自评得分：政策支持", "满分2分", "/", "2"],
    ["指标自评得分：项目管理", "满分4分", "/", "4"],
    ["指标自评得分：服务体系建设（县级中心与产业园）", "满分15分", "/", "14"],
    ["指标自评得分：服务体系建设（村级站点覆盖）", "满分10分", "/", "10"],
    ["指标自评得分：农村产品上行", "满分10分", "/", "7"],
    ["指标自评得分：电商人才培训", "满分20分", "/", "20"],
    ["指标自评得分：信息公开", "满分4分", "/", "3"],
    ["指标自评得分：数据上报", "满分6分", "/", "6"],
    ["指标自评得分：案例总结", "满分2分", "/", "2"],
    ["指标自评得分：经验推广", "满分8分", "/", "8"],
    ["指标自评得分：制度建立", "满分5分", "/", "5"],
    ["指标自评得分：资金台账", "满分5分", "/", "4"],
    ["指标自评得分：资金支出", "满分5分", "/", "4"],
    ["加分项自评：建档立卡贫困人口培训率70%及以上", "0或2分", "/", "0"],
    ["加分项自评：电商扶贫典型案例获电视播报", "0、1或2分", "/", "1"],
  ];
  assert(Q.length === 55, "f3 55 questions");
  const rows = [["佛山市商务局　电子商务进农村综合示范创建考评数据采集卡"],
    ["填写说明：1.只在下方“答题区”按题号填写答案，题目区不填；2.单选题填选项字母，多选题连写所选字母（如ABD）；3.数值题只填阿拉伯数字，单位以题目为准；4.数据截至2021年8月31日（培训人次等累计数按此口径）；5.“上期采集值”为2021年3月采集卡所填，仅供对照。"],
    ["区名：禅城区　　　填报人：何××　　　联系电话：0757-8xxxxxxx　　　填报日期：2021年9月3日"],
    ["一、题目区"],
    ["题号", "题目", null, "选项／单位", null, null, null, "上期采集值", null, null]];
  const merges = ["A1:J1", "A2:J2", "A3:J3", "A4:J4", "B5:C5", "D5:G5", "H5:J5"];
  Q.forEach(([q, opt, prev], j) => {
    rows.push([j + 1, q, null, opt, null, null, null, prev, null, null]);
    const r = rows.length;
    merges.push(`B${r}:C${r}`, `D${r}:G${r}`, `H${r}:J${r}`);
  });
  rows.push(padRow([], 10));
  rows.push(["二、答题区（按题号填写，自上而下、自左至右）"]);
  merges.push(`A${rows.length}:J${rows.length}`);
  const H = [];
  for (let k = 0; k < 5; k++) H.push("题号", "答案");
  rows.push(H);
  const PER = 11;
  const ansCell = (a) => {
    if (a === null) return null;
    if (/^\d+(\.\d+)?$/.test(a) && !/^0\d/.test(a) && a.length < 8) return Number(a);
    return a;
  };
  for (let i = 0; i < PER; i++) {
    const r = [];
    for (let k = 0; k < 5; k++) {
      const n = k * PER + i + 1;
      r.push(n, ansCell(Q[n - 1][3]));
    }
    rows.push(r);
  }
  rows.push(padRow([], 10));
  rows.push(["（以下由市商务局填写）录入人：　　　　　　核对人：　　　　　　录入日期："]);
  merges.push(`A${rows.length}:J${rows.length}`);
  const byNo = (n) => Q[n - 1][3];
  assert(byNo(9) === "ABDE" && byNo(20) === "ABC" && byNo(15) === null && byNo(8) === "20201218", "f3 answers");
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = Number(byNo(39 + j))));
  claimed["bonus.poorTraining"] = Number(byNo(54));
  claimed["bonus.tvCase"] = Number(byNo(55));
  assert(sum(SCORED.map((s) => claimed[s[0]])) === 93, "f3 claimed 93");
  assert(pct1(7486 - 5820, 5820) === "28.6%", "f3 rural growth");
  return {
    description:
      "佛山禅城区商务局填的佛山市商务局《考评数据采集卡》：上半“题目区”55题（题号｜题目｜选项／单位｜上期采集值，上期是2021年3月的旧值，只作对照），下半“答题区”五组“题号｜答案”并排、按列自上而下编号（1—11、12—22…），答案要按题号回到题目区才知道含义：单选填字母（组长“B”＝区长），多选连写字母（成员单位“ABCDEF”含乡村振兴；中心免费服务“ABDE”缺C＝摄影美工不免费；专栏“ABC”缺D＝无征求意见或监督举报窗口），数值按题目单位（常住人口万人、零售额亿元、资金万元、快递覆盖率%），中心运营日期是8位数字20201218，第15题（2019年农产品网络零售额）没有填；第29—38题是主观项自评分，第39—55题是各指标和加分项自评得分。",
    sheets: [{ name: "采集卡", rows, merges }],
    expect: {
      facts: {
        county: "禅城区", asOf: "2021-08-31", residentPopulation: 1261900, adminVillagesStated: 29, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 5820000000, ruralRetail2020: 7486000000, agriRetail2020: 415000000,
        trainingPersonTimesStated: 6318, eligiblePoorPersonsStated: 47, trainedPoorPersonsStated: 29,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3964200, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.86,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// l1 — 惠州惠城区: ledgers copied from Word tables, one record over TWO rows
// =====================================================================================================
function buildL1() {
  const REGION = "441302";
  const TOWNS = [["横沥镇", 12, 1], ["芦洲镇", 9, 1], ["汝湖镇", 10, 2]];
  const vName = nameMaker("新大石禾沙田南北东西上下龙马黄塘", ["墩", "埔", "坑", "塘", "围", "岭", "田", "湖", "洲", "坝", "岗", "背", "头", "径"], "村", ["横沥", "芦洲", "汝湖"]);
  const cName = nameMaker("金碧翠康锦", ["兴", "华", "苑", "和"], "社区");
  const towns = TOWNS.map(([town, nv, nc]) => ({ town, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((t) => t.vs);
  const comms = towns.flatMap((t) => t.cs);
  noStemClash(admin, comms, "l1");
  const townOf = {};
  for (const t of towns) for (const v of t.vs.concat(t.cs)) townOf[v] = t.town;
  const POOR = new Set([towns[0].vs[3], towns[0].vs[8], towns[1].vs[2], towns[1].vs[6], towns[2].vs[5]]);
  const noExp = towns[2].vs[9];
  const MODES = ["邮快合作", "快快合作", "直投到村", "驿站代收"];

  // ---------------- 村居名单
  const vRows = [["惠城区横沥镇、芦洲镇、汝湖镇村（居）委会名单"], ["（区民政局2021年换届后名单，区商务局补“省定贫困村”“快递服务方式”两栏）"],
    ["序号", "镇", "村（居）委会", "类型", "省定贫困村", "快递服务方式"]];
  const vMerges = ["A1:F1", "A2:F2"];
  const vRecs = [];
  let sq = 0;
  for (const t of towns) {
    const r0 = vRows.length + 1;
    t.vs.forEach((v, j) => {
      const mode = v === noExp ? "未通达" : MODES[(sq + j) % MODES.length];
      vRows.push([++sq, t.town, j % 4 === 3 ? `${v}民委员会` : `${v}委会`, "村", POOR.has(v) ? "是" : "否", mode]);
      vRecs.push({ name: v, admin: true, poor: POOR.has(v), express: v !== noExp });
    });
    t.cs.forEach((c) => {
      vRows.push([++sq, t.town, `${c}居委会`, "社区", "—", "直投到村"]);
      vRecs.push({ name: c, admin: false, poor: null, express: true });
    });
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push(["注：快递服务方式为邮快合作、快快合作、直投到村、驿站代收的均为快递已进村；“未通达”为快递未进村。省定贫困村栏社区不适用（—）。"]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);
  assert(vRecs.length === 35 && vRecs.filter((r) => r.admin).length === 31, "l1 35 names, 31 villages");

  // ---------------- 站点台账: two rows per station
  const sh = shuffle(admin);
  const ST = sh.slice(0, 17).map((v) => ({ v, op: randIsoBetween("2020-07-01", "2021-08-25") }));
  ST.push({ v: ST[4].v, op: randIsoBetween("2021-02-01", "2021-07-30"), second: true });
  ST.push({ v: comms[1], op: randIsoBetween("2020-10-01", "2021-04-30"), comm: true });
  ST.push({ v: sh[17], op: "2021-04" });
  ST.push({ v: sh[18], op: "2021-09-07" });
  const tI = Object.fromEntries(TOWNS.map(([t], j) => [t, j]));
  ST.sort((a, b) => tI[townOf[a.v]] - tI[townOf[b.v]] || cmp(a.op, b.op));
  const sRows = [["惠城区村级电子商务服务站点台账（横沥、芦洲、汝湖三镇）"], ["（据区商务局站点建设档案整理，原为Word表格，每个站点占上下两行）"],
    ["序号", "站点名称", "所在镇", "挂牌运营日期", "站长"],
    [null, "站点地址", "所在村（社区）", "验收日期", "联系电话"]];
  const sMerges = ["A1:E1", "A2:E2", "A3:A4"];
  const sRecs = [];
  const vCell = (v, k) => (k % 4 === 0 ? `${v}委会` : k % 4 === 1 ? v : k % 4 === 2 ? `${v}民委员会` : `${v}委会`);
  ST.forEach((s, j) => {
    const town = townOf[s.v];
    const short = s.v.replace(/村$|社区$/, "");
    const name = s.comm ? `${short}社区电商服务点` : s.second ? `${short}村电商服务站（第二站）` : `${short}村电商服务站`;
    const addr = s.comm ? `惠州市惠城区${town}${short}社区中心街${rint(2, 60)}号` : `惠州市惠城区${town}${short}村${["村委会一楼", "文化室旁", "农资店内", "圩镇路口"][j % 4]}`;
    const vill = s.comm ? `${s.v}居委会` : vCell(s.v, j);
    let opCell;
    if (s.op === "2021-04") opCell = "2021年4月";
    else opCell = dateCell(s.op, j + 1);
    // 验收: mostly after 挂牌 (1–6 weeks), a few before (the station was checked, then opened)
    const chk = s.op === "2021-04" ? "2021-05-18" : isoAdd(s.op, j % 5 === 2 ? -rint(5, 20) : rint(7, 42));
    const chkCell = j % 3 === 0 ? cnDate(chk) : j % 3 === 1 ? D(chk) : dotDate(chk);
    sRows.push([j + 1, name, town, opCell, personName()]);
    sRows.push([null, addr, vill, chkCell, mask(phone())]);
    sMerges.push(`A${sRows.length - 1}:A${sRows.length}`);
    sRecs.push({ village: s.v, opened: s.op });
  });
  assert(ST.some((s, j) => j % 5 === 2 && !s.comm && s.op.length === 10), "l1 a station checked before it opened");
  assert(ST.filter((s) => s.op > "2021-08-31").length === 1 && ST.length === 21, "l1 21 stations, one in September");

  // ---------------- 入驻企业: two rows per firm
  const FIRMS = [["惠州市惠城区鲜生活电子商务有限公司", "平台型", "生鲜农产品线上商城"], ["惠州市惠城区汝湖农品网络科技有限公司", "平台型", "本地农产品小程序商城"],
    ["惠城区横沥梅菜网店", "销售型", "梅菜干网店销售"], ["惠州市惠城区芦洲荔枝电子商务商行", "销售型", "荔枝、龙眼网络销售"], ["惠州市惠城区农家土蜂蜜网店", "销售型", "土蜂蜜网络零售"],
    ["惠州市惠城区云帆电商代运营有限公司", "电商运营商", "网店代运营"], ["惠州市惠城区启航网络运营服务部", "电商运营商", "直播带货代运营"],
    ["惠州市惠城区顺通物流有限公司", "物流企业", "县乡村快递共同配送"], ["惠州市惠城区冷链仓储有限公司", "物流企业", "农产品冷链仓储"],
    ["惠州市惠城区乐拍影像工作室", "服务型", "产品摄影、美工"], ["惠州市惠城区惠农供应链管理有限公司", "物流企业", "农产品供应链"],
    ["惠州市惠城区东江鱼干电子商务有限公司", "销售型", "鱼干、腊味网店"], ["惠州市惠城区好物直播传媒有限公司", "直播机构", "直播基地运营"],
    ["惠州市惠城区绿源农业科技有限公司", "销售型", "有机蔬菜网络销售"], ["惠州市惠城区数商信息技术有限公司", "电商运营商", "电商数据服务"],
    ["惠州市惠城区客家茶业电子商务有限公司", "销售型", "茶叶网络销售"]].map(([n, t, biz]) => ({ n, t, biz, code: creditCode(REGION), iso: randIsoBetween("2020-06-15", "2021-08-20") }));
  FIRMS[9].iso = "2020-11-05";
  FIRMS[9].out = "2021-05-31";
  FIRMS.push({ n: "惠州市惠城区小甜橙电子商务有限公司", t: "销售型", biz: "柑橘网络销售", code: creditCode(REGION), iso: "2021-09-02" });
  const eRows = [["惠城区电子商务产业园入驻企业名单"], ["（园区运营方提供，原为Word表格，每家企业占上下两行）"],
    ["序号", "企业名称", "企业类型", "入驻日期", "房号"], [null, "统一社会信用代码", "主营业务", "退出日期", "联系人"]];
  const eMerges = ["A1:E1", "A2:E2", "A3:A4"];
  const eRecs = [];
  FIRMS.forEach((f, j) => {
    eRows.push([j + 1, f.n, f.t, dateCell(f.iso, j + 4), `${rint(1, 3)}${String(rint(1, 18)).padStart(2, "0")}室`]);
    eRows.push([null, f.code, f.biz, f.out ? dotDate(f.out) : "—", personName()]);
    eMerges.push(`A${eRows.length - 1}:A${eRows.length}`);
    eRecs.push({ name: f.n, type: f.t, entered: f.iso, left: f.out || null });
  });

  // ---------------- 培训班次: 参训人次 split 线下｜线上（直播）｜合计
  const SES = [["2020-09-24", "电商基础知识普及", 126, 0, "横沥镇文化站"], ["2020-10-22", "网店开设与运营", 98, 0, "芦洲镇党群服务中心"],
    ["2020-11-19", "短视频拍摄与剪辑", 85, 142, "区电商公共服务中心"], ["2020-12-17", "农产品包装与品牌", 112, 0, "汝湖镇文化站"],
    ["2021-01-14", "直播带货实操", 64, 236, "区电商公共服务中心"], ["2021-03-12", "电商运营提升班（两天）", 73, 0, "区电商公共服务中心"],
    ["2021-04-15", "社群团购运营", 91, 118, "横沥镇文化站"], ["2021-05-20", "电商基础知识普及", 134, 0, "芦洲镇党群服务中心"],
    ["2021-06-17", "直播带货实操", 58, 205, "汝湖镇文化站"], ["2021-07-15", "农村电商创业辅导", 87, 0, "区电商公共服务中心"],
    ["2021-08-19", "跨境电商入门", 76, 164, "区电商公共服务中心"], ["2021-09-09", "电商基础知识普及", 102, 0, "横沥镇文化站"]];
  const tRows = [["惠城区农村电商培训班次登记表"], ["期次", "培训日期", "培训主题", "参训人次", null, null, "其中：脱贫人口（人次）", "培训地点"],
    [null, null, null, "线下", "线上（直播）", "合计", null, null]];
  const tMerges = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:F2", "G2:G3", "H2:H3"];
  const tRecs = [];
  SES.forEach(([iso, topic, off, on, place], j) => {
    const dcell = iso === "2021-03-12" ? "2021.3.11-12" : dateCell(iso, j + 3);
    tRows.push([`第${j + 1}期`, dcell, topic, off, on === 0 ? "—" : on, off + on, rint(3, 12), place]);
    tRecs.push({ date: iso, personTimes: off + on });
  });
  tRows.push(["合计", null, null, sum(SES.map((s) => s[2])), sum(SES.map((s) => s[3])), sum(SES.map((s) => s[2] + s[3])), null, null]);
  tMerges.push(`A${tRows.length}:C${tRows.length}`);

  // ---------------- 填报说明 (not a ledger)
  const nRows = [["填报说明"], ["1. 本册台账由区商务局电商股整理，站点台账、入驻企业名单由原Word表格复制，每个站点（企业）占上下两行：上行为名称、所在镇（企业类型）、挂牌运营（入驻）日期等，下行为地址（统一社会信用代码）、所在村（主营业务）、验收（退出）日期等。"],
    ["2. 站点以挂牌运营日期为建成日期；验收日期为区商务局组织验收的日期，部分站点先验收后挂牌。"],
    ["3. 培训班次“参训人次”含线上直播课，合计栏为线下与线上之和。"],
    ["4. 数据更新至2021年9月10日。"], ["惠城区商务局电商股　2021年9月"]];
  return {
    description:
      "惠州惠城区商务局电商股的台账（五个表），站点台账和入驻企业名单是从Word表格复制的“一条记录占上下两行”：两行表头一一对应（站点：上行 站点名称｜所在镇｜挂牌运营日期｜站长，下行 站点地址｜所在村（社区）｜验收日期｜联系电话；企业：上行 企业名称｜企业类型｜入驻日期｜房号，下行 统一社会信用代码｜主营业务｜退出日期｜联系人），序号按两行纵向合并；所在村在下行（“××村委会”“××村民委员会”“××村”“××社区居委会”混写），建成日期读上行“挂牌运营日期”不读下行“验收日期”（有先验收后挂牌的），一站“2021年4月”只到月、一站9月挂牌、同村第二站和社区服务点都是记录；企业退出日期在下行（一家2021.5.31退出，其余“—”），一家2021年9月2日入驻。另有村居名单（“快递服务方式”邮快合作、快快合作、直投到村、驿站代收都是进村，一村“未通达”）、培训班次（“参训人次”分线下｜线上（直播）｜合计，读合计，一期“2021.3.11-12”按12日，一期9月，合计行不是一期）和填报说明页。",
    sheets: [
      { name: "填报说明", rows: nRows.map((r) => padRow(r.slice(), 8)), merges: nRows.map((_, j) => `A${j + 1}:H${j + 1}`) },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "入驻企业", rows: eRows, merges: eMerges },
      { name: "培训班次", rows: tRows, merges: tMerges },
    ],
    expect: {
      sheets: {
        "填报说明": { kind: null },
        "村居名单": { kind: "villages", records: vRecs },
        "站点台账": { kind: "stations", records: sRecs },
        "入驻企业": { kind: "enterprises", records: eRecs },
        "培训班次": { kind: "training", records: tRecs },
      },
    },
  };
}

// =====================================================================================================
// l2 — 广州番禺区: one sign-in sheet per class, the date only in the tab name
// =====================================================================================================
function buildL2() {
  const REGION = "440113";
  const VILLS = ["大岭村", "沙涌村", "官涌村", "金山村", "赤山东村", "植村", "塘步东村", "眉山村", "水坑村", "南浦村"];
  // ---------------- 脱贫人口 roster
  const CODES = ["E", "E", "N", "E", "M", "E", "E", "N", "E", "E", "M", "N", "E", "E", "E", "S", "E", "M", "E", "E", "N", "E", "E", "E", "M", "E", "N", "E"];
  const persons = [];
  const pRows = [["番禺区脱贫人口（相对贫困人口）劳动力情况表"], ["（区农业农村局提供）"],
    ["户序号", "镇（街）", "村", "姓名", "与户主关系", "身份证号码", "劳动能力", "务工情况", "备注"]];
  const pMerges = ["A1:I1", "A2:I2"];
  const pRecs = [];
  let ci = 0;
  let hh = 0;
  const TOWNOF = { 大岭村: "石楼镇", 沙涌村: "沙湾街", 官涌村: "化龙镇", 金山村: "化龙镇", 赤山东村: "石楼镇", 植村: "化龙镇", 塘步东村: "石碁镇", 眉山村: "化龙镇", 水坑村: "沙湾街", 南浦村: "石楼镇" };
  let xDone = false;
  while (ci < CODES.length) {
    const size = Math.min(CODES.length - ci, rint(2, 4));
    const codes = CODES.slice(ci, ci + size);
    ci += size;
    const v = VILLS[hh % VILLS.length];
    hh++;
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    const r0 = pRows.length + 1;
    let headY = 0;
    codes.forEach((c, j) => {
      let rel;
      let birth;
      if (j === 0) {
        rel = "户主";
        birth = c === "N" ? birthBetween(1938, 1950) : birthBetween(1962, 1978);
        headY = Number(birth.slice(0, 4));
      } else if (c === "S") {
        rel = "之子";
        birth = birthBetween(2004, 2007);
      } else if (c === "N") {
        rel = headY < 1955 ? "配偶" : "之母";
        birth = headY < 1955 ? birthBetween(headY - 3, headY + 3) : birthBetween(Math.max(1930, headY - 32), Math.min(1952, headY - 22));
      } else if (j === 1 && headY >= 1955) {
        rel = "配偶";
        birth = birthBetween(headY - 4, headY + 5);
      } else {
        rel = "之女";
        birth = birthBetween(Math.max(headY + 22, 1975), 2001);
      }
      const male = rel === "户主" || rel === "之子";
      const wantX = c === "E" && !xDone ? true : undefined;
      const id = makeId(REGION, birth, male, wantX);
      if (wantX) xDone = true;
      const name = rel === "配偶" ? personName() : personName(sn);
      const labour = c === "N" || c === "S" ? "无" : "有";
      const work = c === "M" ? "区外务工" : c === "E" ? (rnd() < 0.5 ? "区内务工" : "在家务农") : c === "S" ? "在校学生" : "—";
      persons.push({ id, name, c, v });
      pRows.push([j === 0 ? hh : null, j === 0 ? TOWNOF[v] : null, j === 0 ? v : null, name, rel, id, labour, work, c === "M" ? ["深圳", "佛山", "东莞", "中山"][rint(0, 3)] : null]);
      pRecs.push({ id, labour: labour === "有", migrant: c === "M" ? true : c === "E" ? false : null });
    });
    for (const col of ["A", "B", "C"]) mergeCol(pMerges, col, r0, pRows.length);
  }
  pRows.push(["注：务工情况“区外务工”即在番禺区以外务工（外出务工）；“区内务工”“在家务农”不属外出务工；无劳动能力的不填务工情况（在校学生除外）。"]);
  pMerges.push(`A${pRows.length}:I${pRows.length}`);
  const xP = persons.find((p) => p.id.endsWith("X") && p.c === "E");
  assert(xP, "l2 X id");
  const poorE = persons.filter((p) => p.c === "E" && p !== xP);

  // ---------------- sign-in sheets, one per class, date only in the tab name
  const CLASSES = [
    { tab: "2020.10.15", iso: "2020-10-15", topic: "电商基础知识普及", place: "石楼镇文化站", n: 14 },
    { tab: "20201126", iso: "2020-11-26", topic: "网店开设与运营", place: "化龙镇党群服务中心", n: 12 },
    { tab: "2021年1月14日", iso: "2021-01-14", topic: "短视频拍摄与剪辑", place: "区电子商务公共服务中心", n: 15 },
    { tab: "2021.4.8-9", iso: "2021-04-09", topic: "电商运营提升班（两天）", place: "区电子商务公共服务中心", n: 11 },
    { tab: "21.6.17", iso: "2021-06-17", topic: "直播带货实操", place: "沙湾街文化站", n: 13 },
    { tab: "2021.8.30-9.1", iso: "2021-09-01", topic: "农产品电商运营（三天）", place: "石碁镇文化站", n: 10 },
  ];
  const sheets = [];
  const sheetExp = {};
  let poorI = 0;
  const others = [];
  const other = () => {
    const birth = birthBetween(1970, 2000);
    const p = { id: makeId(REGION, birth, rnd() < 0.5), name: personName(), v: VILLS[rint(0, VILLS.length - 1)], poor: false, tel: mask(phone()) };
    others.push(p);
    return p;
  };
  const dirRows = [["番禺区农村电商培训签到表汇编（2020—2021年）"], ["（各期签到表按同一模板填写，工作表以培训日期命名）"], ["序号", "工作表", "培训主题", "培训地点", "签到人数"]];
  CLASSES.forEach((cl, k) => {
    const rows = [["番禺区农村电子商务培训签到表"],
      [`培训主题：${cl.topic}　　　　培训地点：${cl.place}　　　　培训时间：　　　年　　月　　日`],
      ["序号", "姓名", "性别", "身份证号码", "所在村（居）", "是否脱贫人口", "联系电话", "签到", "备注"]];
    const merges = ["A1:I1", "A2:I2"];
    const recs = [];
    const list = [];
    for (let i = 0; i < cl.n; i++) {
      if (i % 3 === 1) list.push({ ...poorE[poorI++ % poorE.length], poor: true });
      else list.push(other());
    }
    if (k === 1) list.splice(3, 0, { ...xP, poor: true, lowerX: true });
    if (k === 2) list[5] = { ...list[5], masked: true };
    if (k === 3) list[7] = { ...list[7], noId: true };
    if (k === 4) list.splice(6, 0, { ...list[2], dup: true });
    let no = 0;
    let present = 0;
    list.forEach((p, i) => {
      const absent = k === 2 && i === 9;
      let idCell = p.id;
      if (p.lowerX) idCell = p.id.slice(0, 17) + "x";
      if (p.masked) idCell = maskId(p.id);
      if (p.noId) idCell = null;
      const sex = Number(p.id[16]) % 2 === 1 ? "男" : "女";
      const sign = absent ? "请假" : i % 4 === 0 ? "√" : `${String(rint(8, 9)).padStart(2, "0")}:${String(rint(0, 59)).padStart(2, "0")}`;
      const note = p.dup ? "重复签到，作废" : p.noId ? "身份证未带，未登记" : p.masked ? "本人要求隐去部分号码" : absent ? "事假" : null;
      if (!p.tel) p.tel = mask(phone());
      rows.push([++no, p.name, sex, idCell, `${p.v}`, p.poor ? "是" : "否", p.tel, sign, note]);
      if (!absent && !p.dup) {
        recs.push({ date: cl.iso, personTimes: 1, id: p.noId ? null : p.masked ? maskId(p.id) : p.id });
        present++;
      }
    });
    rows.push(["以下空白", null, null, null, null, null, null, null, null]);
    rows.push([`记录人：${["黄××", "何××", "梁××"][k % 3]}　　　　实到${present}人`, null, null, null, null, null, null, null, null]);
    merges.push(`A${rows.length}:I${rows.length}`);
    sheets.push({ name: cl.tab, rows, merges });
    sheetExp[cl.tab] = { kind: "training", records: recs };
    checkTrainingIds(recs, "l2/" + cl.tab);
    dirRows.push([k + 1, cl.tab, cl.topic, cl.place, present]);
  });
  dirRows.push(["注：另附脱贫人口名单一张（区农业农村局提供）。"]);
  assert(sheetExp["21.6.17"].records.length === 13 && sheetExp["2021年1月14日"].records.length === 14, "l2 dup and absent rows are not records");
  assert(sheetExp["20201126"].records.some((r) => r.id === xP.id), "l2 lowercase x read as X");
  return {
    description:
      "广州番禺区商务局电商股的《农村电商培训签到表汇编》：每期一张签到表，都是复制同一模板，第2行“培训时间：　　年　　月　　日”从没填过，培训日期只在工作表名里——“2020.10.15”“20201126”“2021年1月14日”“2021.4.8-9”（两天班按结束日4月9日）“21.6.17”（两位年份）“2021.8.30-9.1”（按9月1日，在截止日后仍是记录）；表头 序号｜姓名｜性别｜身份证号码｜所在村（居）｜是否脱贫人口｜联系电话｜签到｜备注，签到是“√”或到场时间，“请假”的不是参训，备注“重复签到，作废”的一行不是记录；身份证号一人末位小写x（读作X）、一人按本人要求打了星号（照写）、一人“身份证未带”空着（null）；末尾“以下空白”和记录人行不是记录。另有区农业农村局的脱贫人口劳动力情况表（户内合并，劳动能力有/无，务工情况“区外务工”才是外出务工，“区内务工”“在家务农”不是，无劳动能力的“—”）和目录页。",
    sheets: [{ name: "目录", rows: dirRows.map((r) => padRow(r.slice(), 5)), merges: ["A1:E1", "A2:E2", `A${dirRows.length}:E${dirRows.length}`] },
      { name: "脱贫人口", rows: pRows, merges: pMerges }].concat(sheets),
    expect: {
      sheets: Object.assign({ "目录": { kind: null }, "脱贫人口": { kind: "poorPersons", records: pRecs } }, sheetExp),
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
write("counties", "b179-c1-yuancheng.json", c1);
write("facts", "b179-f1-jinping.json", f1);
write("facts", "b179-f2-xiashan.json", f2);
write("facts", "b179-f3-chancheng.json", f3);
write("ledgers", "b179-l1-huicheng.json", l1);
write("ledgers", "b179-l2-panyu.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
