// Batch 199 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b198.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (199199), no clock. Run: node test/corpus/_b199/gen-b199.js
//
// c1 四会市 (肇庆): 《自评细项核对表》 — one row per scoring item (评分细项｜我市完成情况｜是否达到 ✔/✘｜细项得分), 指标 and 指标自评分
//    merged down each indicator (claimed), a 基本情况 grid above; 11 ledgers: 村居名单 with 贫困村类别 省定/市定 and a 快递 column, stations
//    with “同上” (second station, same village), “大沙镇××村” town-prefixed names, “××村（省定贫困村）”, an Excel serial 44439 (8月31日)
//    deciding 45/64 = 70.3%; 普及/增值 training as two stacked tables (the second one lifts 0.69% to 0.87%); a tick-grid poor list;
//    a poor-trainee list where rows ≠ persons (26/60 persons, not 32 rows), one ID stored as a number that lost digits; the park list
//    with a renamed firm under one credit code (19 in the park); a 现金日记账-style fund journal (月｜日 columns, 本月合计/本年累计 rows).
// f1 云城区 (云浮): 区政府《专题会议纪要》 pasted one paragraph a row — facts in the 汇报 paragraphs, judged items in one sentence of
//    “二、关于自评结果”, 议定事项 are plans (9月20日前开设举报窗口 …), “今年3月5日” = 2021-03-05, 入驻18家 and attendance lists are noise.
// f2 端州区 (肇庆): a three-page printed 基础数据表 re-typed with every page's title “（续表）”, repeated header and “第n页 共3页” footer;
//    long labels with the value in the row below (“见下行”), retail in 千元, an 8-digit 20201126 date, 区农业农村局（区乡村振兴局） as one
//    unit, and the self-scores as “得分/满分” text (“2/2”, “14/15”) two pairs a row.
// f3 麻章区 (湛江): 领导小组通讯录 (组长 区长; the 工作专班 班长 is a bureau chief, not the leader), then “标签：值” cells three a row (one cell
//    with two pairs: “2019年农村网零：9.12亿元；2020年：11.64亿元”), a per-indicator self-score table and judged items as ○/● option cells.
// l1 新会区 (江门): 填报说明; the park list as a 天眼查 batch export (公司类型 / 成立日期 are not the park type / entry date — the clerk's
//    【园区填】 columns are), a hidden 导出条件 sheet; a 腾讯文档 收集表 sign-in export (date from the 班次 answer, one 补签 submitted the next
//    morning, range 班次 read at the end); the website CMS export of the 专栏 (only 已发布 rows, 发布时间 not 创建时间).
// l2 增城区 (广州): 目录; villages from the 2021 换届 statistics (full names “增城区正果镇××村民委员会”, ✓/✗ 快递进村); stations as two
//    stacked tables (已挂牌 / 在建 with a planned month that is not an opening date); a 剪报目录 media list without a level column (level from
//    the outlet, TV from 载体); materials; a 月报 log with yyyymmdd numbers and Y/N; a hidden 下拉选项 sheet.
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
let seed = 199199;
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
    assert(/^b199-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b199-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b199-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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


// ---------------------------------------------------------------- extra helpers (batch 192)
function fwDigits(s) {
  // a string typed with full-width digits (and Ｘ), as a Word form produces
  return s.replace(/[0-9]/g, (c) => FW[Number(c)]).replace(/X/g, "Ｘ");
}
function cnDate0(iso) {
  // 2020年09月07日 (zero-padded, as an export writes it)
  const [y, m, d] = ymd(iso);
  return `${y}年${String(m).padStart(2, "0")}月${String(d).padStart(2, "0")}日`;
}
function inWindowMonths(dates) {
  return WINDOW.filter((w) => dates.some((d) => d.slice(0, 7) === w)).length;
}


// ---------------------------------------------------------------- extra helpers (batch 198)
function normId(s) {
  // a reviewer's normalisation of a typed ID: spaces out, full-width digits to half-width, upper-case X
  return s.replace(/[\s　]/g, "").replace(/[０-９]/g, (c) => String(FW.indexOf(c))).replace(/[xｘＸ]/g, "X");
}
function box(on, a, b) {
  // Word form choice cell: “☑已正式印发　□未印发”
  return `${on ? "☑" : "□"}${a}　${on ? "□" : "☑"}${b}`;
}
function pts12(p) {
  // judged 1–2 as a form cell: “□1分　☑2分”
  return `${p === 1 ? "☑" : "□"}1分　${p === 2 ? "☑" : "□"}2分`;
}
function openedBy(op, cut) {
  return op !== null && op !== undefined && (op.length === 7 ? op <= cut.slice(0, 7) : op <= cut);
}

// =====================================================================================================
// c1 — 肇庆四会市: 自评细项核对表 + eleven ledgers
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const POP = 487200;
  const REGION = "441284";
  const TOWNS = [["东城街道", 2, 5], ["城中街道", 0, 4], ["贞山街道", 4, 2], ["大沙镇", 8, 1], ["石狗镇", 7, 1], ["黄田镇", 6, 1], ["江谷镇", 8, 0],
    ["下茆镇", 7, 1], ["罗源镇", 6, 0], ["迳口镇", 5, 0], ["威整镇", 6, 1], ["地豆镇", 5, 0]];
  const prefixes = ["东城", "城中", "贞山", "大沙", "石狗", "黄田", "江谷", "下茆", "罗源", "迳口", "威整", "地豆"];
  const vName = nameMaker("新旧东西南北上下龙凤金石马白高长三", ["岗", "坑", "塘", "田", "洞", "围", "湾", "岭", "步", "坪", "垌", "寮", "陂", "沥"], "村", prefixes);
  const cName = nameMaker("华兴光明文和", ["苑", "城", "安", "盛", "丰", "园"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "c1");
  assert(admin.length === 64 && comms.length === 16, "c1 64 villages + 16 communities");
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const tv = (t) => towns.find((x) => x.t === t).vs;
  const poor = [tv("江谷镇")[2], tv("江谷镇")[6], tv("罗源镇")[1], tv("罗源镇")[4], tv("迳口镇")[3], tv("地豆镇")[0], tv("威整镇")[5], tv("黄田镇")[2]];
  const poorSet = new Set(poor);
  const cityPoor = [tv("石狗镇")[3], tv("下茆镇")[1], tv("大沙镇")[5]];
  const cityPoorSet = new Set(cityPoor);
  const nonPoor = shuffle(admin.filter((v) => !poorSet.has(v)));
  const covNonPoor = nonPoor.slice(0, 37);
  const uncovered = nonPoor.slice(37);
  assert(uncovered.length === 19, "c1 19 uncovered");

  // ---------------- 村居名单 (民政 list, 贫困村类别 省定/市定, 快递服务)
  const vRows = [["四会市村（居）民委员会名单"], ["（市民政局2021年“两委”换届后名单；“贫困村类别”由市乡村振兴局补填，“快递服务”由市邮政管理局核实）"],
    ["序号", "镇（街道）", "村（居）民委员会", "性质", "贫困村类别", "快递服务", "备注"]];
  const vMerges = ["A1:G1", "A2:G2"];
  const vRecs = [];
  const noExpComm = towns[0].cs[3];
  let sq = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    for (const v of x.vs.concat(x.cs)) {
      sq++;
      const isC = v.endsWith("社区");
      const nm = isC ? `${v}居民委员会` : `${short(v)}村民委员会`;
      const cat = isC ? "—" : poorSet.has(v) ? "省定" : cityPoorSet.has(v) ? "市定" : null;
      const exp = isC && v === noExpComm ? "无" : ["邮快合作", "快递网点", "邮快合作", "村邮站代收"][sq % 4];
      vRows.push([sq, x.t, nm, isC ? "居委会" : "村委会", cat, exp, cityPoorSet.has(v) ? "市定相对贫困村，非省定" : isC && v === noExpComm ? "城区社区，快递直接投递到户" : null]);
      const rec = { name: v, admin: !isC, express: !(isC && v === noExpComm) };
      if (!isC) rec.poor = poorSet.has(v);
      vRecs.push(rec);
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push([`合计：村民委员会${admin.length}个，居民委员会${comms.length}个`, null, null, null, null, null, null]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);
  vRows.push(["注：贫困村类别“省定”为省定相对贫困村（共8个）；“市定”为市定相对贫困村，不属省定；空白的不是贫困村。快递服务“无”指未设点。", null, null, null, null, null, null]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);

  // ---------------- 站点清单
  const ST = [];
  for (const v of poor.concat(covNonPoor)) ST.push({ v, op: randIsoBetween("2020-06-01", "2021-08-25") });
  const vSerial = covNonPoor[0];
  ST.find((s) => s.v === vSerial).op = CUT;
  const poorAnn = poor[3];
  const prefixed = new Set([covNonPoor[1], covNonPoor[2], tv("大沙镇").find((v) => covNonPoor.includes(v) && v !== covNonPoor[1] && v !== covNonPoor[2]) || covNonPoor[3]]);
  const dupOf = covNonPoor.find((v) => townOf[v] === "石狗镇" && v !== vSerial && !prefixed.has(v)) || covNonPoor[6];
  assert(dupOf !== vSerial && !prefixed.has(dupOf), "c1 dup village");
  const vSept = uncovered[0];
  ST.push({ v: vSept, op: "2021-09-07" });
  ST.push({ v: towns[0].cs[0], op: randIsoBetween("2020-09-01", "2021-04-30") });
  ST.push({ v: "__farm", op: randIsoBetween("2020-12-01", "2021-05-30"), town: "迳口镇" });
  const TORD = TOWNS.map((t) => t[0]);
  const tOf = (s) => s.town || townOf[s.v];
  ST.sort((a, b) => TORD.indexOf(tOf(a)) - TORD.indexOf(tOf(b)) || cmp(a.op, b.op));
  const dupIdx = ST.findIndex((s) => s.v === dupOf);
  const dupOp = isoAdd(ST[dupIdx].op, rint(20, 60));
  ST.splice(dupIdx + 1, 0, { v: dupOf, op: dupOp > "2021-08-20" ? "2021-08-20" : dupOp, dup: true });
  const sRows = [["四会市村级电子商务服务站点清单"], ["序号", "站点名称", "镇（街道）", "所在村（社区）", "详细地址", "负责人", "联系电话", "挂牌时间", "备注"]];
  const sRecs = [];
  const farm = "四会市南丰林场";
  ST.forEach((s, j) => {
    let vcell;
    let town = tOf(s);
    let name;
    if (s.v === "__farm") {
      vcell = farm;
      name = "南丰林场电商服务点";
    } else if (s.dup) {
      vcell = "同上";
      town = "同上";
      name = `${short(s.v)}村电商服务站（二）`;
    } else {
      const isC = s.v.endsWith("社区");
      vcell = isC ? `${s.v}居委会` : s.v === poorAnn ? `${s.v}（省定贫困村）` : prefixed.has(s.v) ? `${townOf[s.v]}${s.v}` : j % 3 === 0 ? `${short(s.v)}村委会` : s.v;
      name = `${short(s.v)}${isC ? "社区" : "村"}电商服务站`;
    }
    const addr = s.v === "__farm" ? "迳口镇南丰林场场部" : `${townOf[s.v]}${short(s.v)}${s.v.endsWith("社区") ? "社区" : "村"}${["村委会一楼", "文化室旁", "村口商店", "党群服务中心"][j % 4]}`;
    let dc;
    if (s.v === vSerial) dc = excelSerial(CUT);
    else if (s.op === "2021-09-07") dc = "2021.9.7";
    else dc = dateCell(s.op, j + (j % 6 === 4 ? 1 : 0));
    sRows.push([j + 1, name, town, vcell, addr, personName(), mask(phone()), dc, s.dup ? "同村第二个站点" : s.v === "__farm" ? "国有林场，不属行政村" : s.op > CUT ? "9月挂牌" : null]);
    sRecs.push({ village: s.v === "__farm" ? farm : s.v, opened: s.op });
  });
  sRows.push(["注：所在村（社区）、镇（街道）写“同上”的与上一行相同。", null, null, null, null, null, null, null, null]);
  const sMerges = ["A1:I1", `A${sRows.length}:I${sRows.length}`];
  assert(sRows.some((r) => r[7] === 44439), "c1 serial 44439 present");
  const adminSet = new Set(admin);
  const covSet = new Set(ST.filter((s) => adminSet.has(s.v) && s.op <= CUT).map((s) => s.v));
  const covPoor = poor.filter((v) => covSet.has(v));
  assert(covSet.size === 45 && ratioGE(45, 64, 70) && !ratioGE(44, 64, 70), "c1 45/64 ≥ 70%, 44/64 not");
  assert(covPoor.length === 8, "c1 all 8 poor covered");

  // ---------------- 培训台账: 普及性培训 and 增值培训 stacked
  const T1 = ["农村电商基础知识", "网店开设与运营", "农产品拍摄与美工", "电商客服与物流", "社群团购", "脱贫户电商技能专场"];
  const T2 = ["直播带货进阶", "短视频运营", "网店数据分析", "品牌策划与包装设计"];
  const PLACES = ["市电子商务公共服务中心", "大沙镇文化站", "江谷镇党群服务中心", "罗源镇政府会议室", "威整镇文化站", "下茆镇综合文化站"];
  const sess1 = [];
  let day = "2020-09-16";
  for (let k = 0; k < 16; k++) {
    if (day >= "2020-10-01" && day <= "2020-10-08") day = "2020-10-13";
    if (day >= "2021-02-05" && day <= "2021-02-22") day = "2021-02-24";
    if (day >= "2020-12-31" && day <= "2021-01-03") day = "2021-01-05";
    const two = k % 5 === 3;
    sess1.push({ no: k + 1, start: day, end: two ? isoAdd(day, 1) : day, topic: T1[k % T1.length], pt: rint(190, 230), place: PLACES[k % PLACES.length] });
    day = isoAdd(day, rint(18, 22));
  }
  assert(sess1[15].end <= "2021-08-20", "c1 table-1 by 8/20 " + sess1[15].end);
  let diff = 3350 - sum(sess1.map((s) => s.pt));
  for (let j = 0; diff !== 0; j = (j + 1) % 16) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 4);
    if (sess1[j].pt + st < 170 || sess1[j].pt + st > 250) continue;
    sess1[j].pt += st;
    diff -= st;
  }
  const sess2 = [];
  day = "2020-11-05";
  for (let k = 0; k < 8; k++) {
    sess2.push({ no: k + 1, start: day, end: k % 3 === 1 ? isoAdd(day, 2) : day, topic: T2[k % T2.length], pt: rint(100, 130), place: PLACES[0] });
    day = isoAdd(day, rint(32, 38));
    if (day >= "2021-02-05" && day <= "2021-02-22") day = "2021-02-25";
  }
  assert(sess2[7].end <= "2021-08-25", "c1 table-2 by 8/25 " + sess2[7].end);
  diff = 910 - sum(sess2.map((s) => s.pt));
  for (let j = 0; diff !== 0; j = (j + 1) % 8) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 3);
    if (sess2[j].pt + st < 90 || sess2[j].pt + st > 140) continue;
    sess2[j].pt += st;
    diff -= st;
  }
  const sept2 = { no: 9, start: "2021-09-03", end: "2021-09-03", topic: "直播带货进阶（二）", pt: 60, place: PLACES[0] };
  sess2.push(sept2);
  const ptCut = sum(sess1.concat(sess2).filter((s) => s.end <= CUT).map((s) => s.pt));
  assert(ptCut === 4260, "c1 4260 " + ptCut);
  assert(ptCut * 1000 >= POP * 8 && !(ptCut * 100 >= POP), "c1 0.8%–1% → 8");
  assert(!(3350 * 1000 >= POP * 8) && 3350 * 1000 >= POP * 6, "c1 table 1 alone 0.69% → 6");
  const sCell = (s, j) => (s === sept2 ? "2021.9.3" : s.end !== s.start ? rangeText(s.start, s.end, j % 2 ? "dot" : "cn") : dateCell(s.start, j + 1));
  const tRows = [["四会市农村电子商务培训台账"], ["单位：人次"], ["一、普及性培训"], ["期次", "培训日期", "培训内容", "培训地点", "培训人次", "授课单位", "备注"]];
  const tMerges = ["A1:G1", "A2:G2", "A3:G3"];
  sess1.forEach((s, j) => tRows.push([`普${s.no}`, sCell(s, j), s.topic, s.place, j === 6 ? `${s.pt}人次` : s.pt, "广东××电子商务有限公司（第三方运营）", s.end !== s.start ? "两天班，按签到人次计" : s.topic.includes("脱贫户") ? "见《脱贫人口参训名单》" : null]));
  tRows.push(["小计", null, null, null, 3350, null, null]);
  tMerges.push(`A${tRows.length}:D${tRows.length}`);
  tRows.push([null, null, null, null, null, null, null]);
  tRows.push(["二、增值培训（电商创业孵化）"]);
  tMerges.push(`A${tRows.length}:G${tRows.length}`);
  tRows.push(["期次", "培训日期", "培训内容", "培训地点", "培训人次", "授课单位", "备注"]);
  sess2.forEach((s, j) => tRows.push([`增${s.no}`, sCell(s, j + 3), s.topic, s.place, s.pt, "肇庆学院电子商务系", s.end !== s.start ? "三天班，按签到人次计" : s === sept2 ? "9月开班" : null]));
  tRows.push(["小计", null, null, null, sum(sess2.map((s) => s.pt)), null, null]);
  tMerges.push(`A${tRows.length}:D${tRows.length}`);
  tRows.push(["合计", null, null, null, 3350 + sum(sess2.map((s) => s.pt)), null, "含9月增9期"]);
  tMerges.push(`A${tRows.length}:D${tRows.length}`);
  for (const r of tRows) padRow(r, 7);

  // ---------------- 脱贫人口 (tick grid) and 脱贫人口参训名单
  const plan = shuffle([].concat(Array(60).fill("E"), Array(9).fill("M"), Array(8).fill("N")));
  const persons = plan.map((c, j) => {
    const birth = c === "N" ? birthBetween(1936, 1954) : birthBetween(1965, 2001);
    const id = makeId(REGION, birth, rnd() < 0.5);
    return { c, id, v: poor[j % 8], name: personName(), local: c === "E" ? (j % 3 === 0 ? "未务工" : "县内务工") : null };
  });
  const pRows = [["四会市脱贫人口劳动能力及务工情况表"], ["（市乡村振兴局提供，2021年8月）"],
    ["序号", "镇（街道）", "村", "姓名", "身份证号码", "劳动能力", null, "务工情况", null, null, "备注"],
    [null, null, null, null, null, "有", "无", "县内务工", "县外务工", "未务工", null]];
  const pMerges = ["A1:K1", "A2:K2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:G3", "H3:J3", "K3:K4"];
  const pSorted = persons.slice().sort((a, b) => cmp(townOf[a.v] + a.v, townOf[b.v] + b.v));
  pSorted.forEach((p, j) => {
    const yes = p.c !== "N";
    pRows.push([j + 1, townOf[p.v], p.v, p.name, p.id, yes ? "√" : null, yes ? null : "√", p.local === "县内务工" ? "√" : null, p.c === "M" ? "√" : null, p.local === "未务工" ? "√" : null,
      p.c === "M" ? ["佛山市南海区", "广州市白云区", "东莞市"][j % 3] : p.c === "N" ? "年老体弱" : null]);
  });
  pRows.push(["说明：“县外务工”即外出务工；有劳动能力且不是县外务工的为应培训对象。", null, null, null, null, null, null, null, null, null, null]);
  pMerges.push(`A${pRows.length}:K${pRows.length}`);
  const elig = persons.filter((p) => p.c === "E");
  const eligIds = new Set(elig.map((p) => p.id));
  assert(elig.length === 60, "c1 60 eligible");
  const poorSess = sess1.filter((s) => s.topic.includes("脱贫户") || s.no % 4 === 2);
  assert(poorSess.length >= 4, "c1 poor sessions " + poorSess.length);
  const eSh = shuffle(elig);
  const trained = eSh.slice(0, 26);
  const lostDigits = eSh[26];
  const septOnly = eSh[27];
  const TR = [];
  trained.forEach((p, k) => TR.push({ p, s: poorSess[k % poorSess.length], id: p.id }));
  for (const p of [trained[2], trained[11], trained[19]]) {
    const first = TR.find((t) => t.p === p).s;
    const later = poorSess.filter((s) => s.no > first.no);
    const s = later.length ? later[later.length - 1] : poorSess.find((x) => x !== first);
    TR.push({ p, s, id: p.id, note: null });
  }
  TR.push({ p: lostDigits, s: poorSess[1], id: Number(lostDigits.id.slice(0, 15) + "000"), note: null });
  const mig = persons.find((p) => p.c === "M");
  const nol = persons.find((p) => p.c === "N");
  TR.push({ p: mig, s: poorSess[0], id: mig.id, note: "春节返乡期间参训" });
  TR.push({ p: nol, s: poorSess[2], id: nol.id, note: "陪同家属" });
  TR.push({ p: septOnly, s: sept2, id: septOnly.id, note: null });
  const TRs = TR.slice().sort((a, b) => cmp(a.s.end, b.s.end));
  const seenP = new Set();
  for (const t of TRs) {
    if (seenP.has(t.p)) t.note = "再次参训";
    seenP.add(t.p);
  }
  const trRows = [["脱贫人口参训名单"], ["序号", "培训日期", "期次", "姓名", "身份证号码", "所在村", "备注"]];
  TRs.forEach((t, j) => trRows.push([j + 1, t.s === sept2 ? "2021.9.3" : sCell(t.s, sess1.indexOf(t.s)), t.s === sept2 ? "增9" : `普${t.s.no}`, t.p.name, t.id, t.p.v, t.note || null]));
  trRows.push(["注：本名单人员已计入《培训台账》培训人次，不重复统计。", null, null, null, null, null, null]);
  const trMerges = ["A1:G1", `A${trRows.length}:G${trRows.length}`];
  const trainedSet = new Set(TRs.filter((t) => t.s.end <= CUT && typeof t.id === "string" && eligIds.has(t.id)).map((t) => t.id));
  const rowsCut = TRs.filter((t) => t.s.end <= CUT).length;
  assert(trainedSet.size === 26 && ratioGE(26, 60, 40) && !ratioGE(26, 60, 50), "c1 26/60 = 43.3% → 8");
  assert(!ratioGE(27, 60, 50), "c1 even with the lost-digit person 45% → 8");
  assert(rowsCut === 32 && ratioGE(32, 60, 50), "c1 counting rows would give 53% → 10");
  assert(typeof TRs.find((t) => t.p === lostDigits).id === "number", "c1 numeric id");

  // ---------------- 入驻企业 (renamed firm under one credit code)
  const FIRMS = [["四会市玉都优品电子商务有限公司", "平台型"], ["四会市砂糖橘网电子商务有限公司", "平台型"], ["四会市贞山农特产品网店", "销售型"],
    ["四会市江谷柑橘电商商行", "销售型"], ["四会市黄田腊味网店", "销售型"], ["四会市大沙蔬果电子商务有限公司", "销售型"], ["四会市罗源土蜂蜜网店", "销售型"],
    ["四会市石狗农家电商商行", "销售型"], ["四会市下茆茶叶网店", "销售型"], ["四会市龙甫兰花电子商务有限公司", "销售型"], ["四会市云商代运营服务有限公司", "电商运营商"],
    ["四会市聚橙电商服务有限公司", "电商运营商"], ["四会市邮政快递物流分拨中心", "物流企业"], ["四会市速通仓储物流有限公司", "物流企业"], ["四会市鲜达冷链配送有限公司", "物流企业"],
    ["四会市橘乡直播传媒有限公司", "直播机构"], ["四会市玉器直播电商有限公司", "直播机构"], ["四会市农创供应链管理有限公司", "供应链服务"],
    ["四会市橘乡农产品网店", "销售型"], ["四会市橘香源电子商务有限公司", "销售型"], ["四会市绿野电商商行", "销售型"]];
  const firms = FIRMS.map(([n, t]) => ({ n, t, code: creditCode(REGION), entered: randIsoBetween("2021-01-05", "2021-08-10"), left: null }));
  firms[19].entered = "2021-09-02";
  firms[20].entered = "2021-02-03";
  firms[20].left = "2021-07-15";
  const renamed = { n: "广东玉都优品供应链有限公司", t: "平台型", code: firms[0].code, entered: "2021-06-01", left: null, renamedFrom: firms[0].n };
  firms[0].entered = "2021-01-12";
  const eList = firms.concat([renamed]).sort((a, b) => cmp(a.entered, b.entered));
  const eRows = [["四会市电子商务产业园入驻企业清单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注"]];
  eList.forEach((f, j) => {
    eRows.push([j + 1, f.n, f.code, f.t, f.entered === "2021-09-02" ? "2021.9.2" : dateCell(f.entered, j + 2), f.left ? dotDate(f.left) : null,
      f.renamedFrom ? `2021年6月由“${f.renamedFrom}”更名，信用代码不变` : f.left ? "已退园" : f.entered > CUT ? "9月新入驻" : null]);
  });
  const inPark = eList.filter((f) => f.entered <= CUT && !(f.left && f.left < CUT));
  const inCodes = new Set(inPark.map((f) => f.code));
  const inTypes = new Set(inPark.map((f) => f.t));
  assert(inPark.length === 20 && inCodes.size === 19 && inTypes.size >= 3, "c1 20 rows in the park but 19 codes");
  assert(eList.length === 22, "c1 22 rows");

  // ---------------- 资金日记账 (元): 月｜日 columns, 本月合计 / 本年累计
  const PAY = [["2020-08-21", "市电子商务公共服务中心装修首期款", 386000], ["2020-09-25", "村级站点建设首期款", 412500], ["2020-11-18", "电商培训服务费（一期）", 168300],
    ["2020-12-22", "公共服务中心设备购置款", 295600], ["2021-01-20", "村级站点建设进度款", 356800], ["2021-03-12", "物流配送体系建设首期款", 278400],
    ["2021-04-16", "品牌推广及网货开发费", 189750], ["2021-05-21", "电商培训服务费（二期）", 203600], ["2021-06-18", "冷链配送设备购置款", 264000],
    ["2021-07-09", "公共服务中心运营补助", 318200], ["2021-07-30", "物流配送体系建设进度款", 247300], ["2021-08-27", "村级站点建设尾款", 0],
    ["2021-09-14", "溯源系统建设款", 320000]];
  PAY[11][2] = 3826450 - sum(PAY.slice(0, 11).map((p) => p[2]));
  assert(PAY[11][2] > 100000 && PAY[11][2] < 800000, "c1 last payment " + PAY[11][2]);
  const spent = sum(PAY.filter((p) => p[0] <= CUT).map((p) => p[2]));
  assert(spent === 3826450 && ratioGE(spent, 5000000, 70), "c1 spent 76.5%");
  const jRows = [["四会市电子商务进农村综合示范专项资金日记账"], ["单位：元　　　　账户：四会市商务局电子商务专项资金"],
    ["月", "日", "凭证号", "摘要", "收入", "支出", "结余"]];
  const jMerges = ["A1:G1", "A2:G2"];
  let bal = 0;
  let vno = 0;
  const money = (x, j) => (j % 3 === 2 ? fmtMoney(x) : x);
  const yearBlock = (y, items, carry) => {
    jRows.push([`${y}年`, null, null, null, null, null, null]);
    jMerges.push(`A${jRows.length}:G${jRows.length}`);
    if (carry !== null) jRows.push([1, 1, null, "上年结转", null, null, carry]);
    let yin = 0;
    let yout = 0;
    const months = [...new Set(items.map((x) => x.d.slice(5, 7)))];
    for (const m of months) {
      let min = 0;
      let mout = 0;
      for (const x of items.filter((i) => i.d.slice(5, 7) === m)) {
        vno++;
        bal += x.inc - x.out;
        min += x.inc;
        mout += x.out;
        jRows.push([Number(m), Number(x.d.slice(8)), `记-${String(vno).padStart(3, "0")}`, x.what, x.inc ? money(x.inc, vno) : null, x.out ? money(x.out, vno) : null, bal]);
      }
      yin += min;
      yout += mout;
      jRows.push([null, null, null, "本月合计", min || null, mout || null, bal]);
      jRows.push([null, null, null, "本年累计", yin || null, yout || null, bal]);
    }
    return bal;
  };
  const items2020 = [{ d: "2020-06-19", what: "收到省级电子商务进农村综合示范专项资金", inc: 5000000, out: 0 }].concat(PAY.filter((p) => p[0] < "2021").map(([d, w, a]) => ({ d, what: w, inc: 0, out: a })));
  const items2021 = PAY.filter((p) => p[0] >= "2021").map(([d, w, a]) => ({ d, what: w, inc: 0, out: a }));
  const carry = yearBlock(2020, items2020, null);
  yearBlock(2021, items2021, carry);
  jRows.push(["注：收入为上级下达资金，支出为拨付承建单位款项；9月14日一笔为考评截止日后支出。", null, null, null, null, null, null]);
  jMerges.push(`A${jRows.length}:G${jRows.length}`);
  assert(bal === 5000000 - sum(PAY.map((p) => p[2])), "c1 journal balance");

  // ---------------- 月报报送 (months as columns, one row + a poverty row)
  const W12 = WINDOW;
  const rHead = ["项目"].concat(W12.map((m) => cnMonth(m)), ["备注"]);
  const rep = ["工作进展月报"].concat(W12.map((m) => (m === "2021-02" ? null : "✓")), ["2021年1—2月合并于3月报送"]);
  const pov = ["其中附电商扶贫统计"].concat(W12.map((m) => (m >= "2020-11" && m !== "2021-02" ? "✓" : null)), [null]);
  const rRows = [["四会市电子商务进农村工作月报报送情况（报肇庆市商务局）"], rHead, rep, pov, ["注：按月报所属月份登记，✓为已报送。"]];
  for (const r of rRows) padRow(r, 14);
  const rMerges = ["A1:N1", "A5:N5"];
  const repMonths = W12.filter((m) => m !== "2021-02").length;
  assert(repMonths === 11, "c1 11 report months");

  // ---------------- 专栏更新
  const UPD = [["2020-06-29", "四会市电子商务进农村综合示范创建工作方案", "创建方案"], ["2020-06-29", "四会市电子商务进农村综合示范项目基本信息表", "项目信息"],
    ["2020-07-06", "四会市电子商务进农村综合示范项目监督举报电话公告", "监督举报"]];
  for (const m of monthsBetween("2020-07", "2021-08")) {
    const [y, mo] = m.split("-").map(Number);
    UPD.push([`${m}-${String(rint(5, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, `四会市电子商务进农村综合示范项目建设进度公示（${cnMonth(m)}）`, "建设进度"]);
  }
  UPD.sort((a, b) => cmp(a[0], b[0]));
  const uRows = [["市政府门户网站“电子商务进农村综合示范”专栏更新记录"], ["序号", "发布日期", "标题", "类别"]];
  UPD.forEach(([d, t, c], j) => uRows.push([j + 1, dateCell(d, j), t, c]));
  const disMonths = inWindowMonths(UPD.map((u) => u[0]));
  assert(disMonths === 12, "c1 column 12 months");

  // ---------------- 宣传报道 / 经验材料
  const MED = [["2020-11-20", "四会市融媒体中心（“四会发布”）", "县级", "网络", "四会首批村级电商服务站挂牌运营", "否"], ["2021-01-15", "西江日报", "市级", "报纸", "四会：砂糖橘搭上电商快车", "否"],
    ["2021-05-21", "广东广播电视台《广东新闻联播》", "省级", "电视", "四会脱贫户直播卖砂糖橘", "是"], ["2021-07-08", "南方日报", "省级", "报纸", "四会电商进农村示范创建见实效", "否"],
    ["2021-09-10", "人民日报", "中央级", "报纸", "广东四会：小柑橘走出致富路", "否"]];
  const mRows = [["宣传报道清单"], ["序号", "报道日期", "媒体名称", "媒体级别", "形式", "标题", "是否电商扶贫典型案例"]];
  MED.forEach((m, j) => mRows.push([j + 1, m[0] === "2021-09-10" ? "2021.9.10" : dateCell(m[0], j + 2), m[1], m[2], m[3], `《${m[4]}》`, m[5]]));
  const matRows = [["经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送单位"],
    [1, "2021.8.31", "《四会市“砂糖橘＋电商”助农增收经验材料》", "肇庆市商务局"], [2, "2021.9.6", "《四会市电子商务进农村综合示范创建工作总结》", "肇庆市商务局"]];

  // ---------------- 自评细项核对表
  const W = 7;
  const fr = [];
  const fm = [];
  const full = (t) => {
    fr.push(padRow([t], W));
    fm.push(`A${fr.length}:G${fr.length}`);
  };
  const pair = (a, b, c, d) => {
    fr.push([a, b, null, c, d, null, null]);
    fm.push(`B${fr.length}:C${fr.length}`, `E${fr.length}:G${fr.length}`);
  };
  full("四会市电子商务进农村综合示范创建考评自评细项核对表");
  full("填报单位：四会市商务局（电商股）　　　数据截至：2021年8月31日（考评截止日）　　　核对日期：2021年9月3日");
  full("一、基本情况");
  pair("县（市、区）", "四会市", "常住人口", "48.72万人（第七次人口普查）");
  pair("行政村", "64个", "社区（居委会）", "16个");
  pair("省定贫困村", "8个（另有市定相对贫困村3个）", "户籍人口", "44.9万人");
  pair("领导小组组长", "市委副书记、市长", "副组长", "副市长（分管商务）");
  fr.push(["成员单位", "市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局、市市场监督管理局、四会邮政分公司", null, null, null, null, null]);
  fm.push(`B${fr.length}:G${fr.length}`);
  full("二、逐项核对");
  fr.push(["序号", "评价指标（分值）", "评分细项", "我市完成情况", "是否达到", "细项得分", "指标自评分"]);
  const OK = "✔";
  const NO = "✘";
  const IND = [
    ["组织领导（2）", "org.leadership", [["主要领导牵头，商务、财政、农业、扶贫等部门参与（2分）", "市长任组长，成员单位含商务、财政、农业农村、乡村振兴", OK, 2]]],
    ["方案制定（2）", "org.plan", [["工作方案因地制宜，可操作性较强（1-2分）", "2020年4月市政府办公室正式印发《四会市电子商务进农村综合示范创建工作方案》（四府办〔2020〕15号）", "—", 2]]],
    ["政策支持（2）", "org.policy", [["出台相关政策，且得到较好落实（1-2分）", "2020年9月出台《四会市促进农村电子商务发展若干措施》，用地政策尚未落实", "—", 1]]],
    ["项目管理（4）", "org.management", [["建立项目管理制度，建设、验收严格落实（1-2分）", "制定《项目管理办法》，站点、中心均按制度验收", "—", 2],
      ["建立完整工作台账（1-2分）", "按月更新各类工作台账", "—", 2]]],
    ["服务体系建设—县级中心与产业园（15）", "work.center", [["建成县级电子商务公共服务中心（2分）", "市电子商务公共服务中心于2020年12月18日投入运营", OK, 2],
      ["建成后正常运行6个月以上（2分）", "截至2021年8月31日已运行8个多月", OK, 2],
      ["有免费培训场所、培训设备，能组织电商基础培训（2分）", "设120座培训室，配电脑40台，免费开展电商基础培训", OK, 2],
      ["为特色农产品提供免费展示、销售服务（1分）", "设农特产品展示展销区，免费展示销售砂糖橘、腊味、兰花等", OK, 1],
      ["为电子商务市场主体提供免费摄影、美工服务（1分）", "设摄影棚，免费为企业和农户拍摄产品、设计详情页", OK, 1],
      ["组织农产品统一推广、指导品牌建设（1分）", "组织“四会好物”区域公共品牌统一推广", OK, 1],
      ["提供其他衍生增值服务（1分）", "金融、仓储对接等其他增值服务尚未开展", NO, 0],
      ["建设或整合、优化当地电商产业园（2分）", "整合建设四会市电子商务产业园", OK, 2],
      ["产业园入驻企业达20家及以上（2分）", "入驻企业21家", OK, 2],
      ["入驻企业至少三种以上类型（1分）", "含平台型、销售型、电商运营商、物流企业", OK, 1]]],
    ["服务体系建设—村级站点覆盖（10）", "work.coverage", [["行政村覆盖率70%及以上（5分）", "64个行政村中45个建有站点，覆盖率70.3%", OK, 5],
      ["省定贫困村覆盖率100%（5分）", "8个省定贫困村全部建有站点", OK, 5]]],
    ["农村产品上行（10）", "work.upward", [["网销调研并形成针对性建议（1-2分）", "形成《四会市农产品网络销售调研报告》并提出建议", "—", 2],
      ["网络促销活动成效明显（1-2分）", "举办“砂糖橘网上年货节”等线上促销", "—", 1],
      ["当地有专业第三方电子商务运营或服务商（1分）", "引入广东××电子商务有限公司为第三方运营服务商", OK, 1],
      ["行政村物流快递覆盖率100%（1分）", "行政村快递覆盖率100%", OK, 1],
      ["出台交易标准，建立冷链、溯源系统（1-2分）", "制定砂糖橘电商交易标准，溯源平台试运行", "—", 1],
      ["2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）", "2020年农村网络零售额15.82亿元，比2019年12.70亿元增长24.6%；农产品网络零售额3.95亿元，比2019年3.00亿元增长31.7%", OK, 2]]],
    ["电商人才培训（20）", "work.training", [["培训人次达常住人口1%（10分）/0.8%（8分）/0.6%（6分）", "累计培训4,260人次，占常住人口0.87%", OK, 8],
      ["建档立卡贫困人口培训率50%及以上（10分）", "有劳动能力且未外出务工的脱贫人口60人，已参训30人，培训率50%", OK, 10]]],
    ["信息公开（4）", "info.disclosure", [["设立公开专栏且内容全面（2分）", "市政府门户网站开设专栏，公开创建方案、项目基本信息、建设进度，公布监督举报电话", OK, 2],
      ["近一年专栏按月更新（2分）", "每月公示建设进度", OK, 2]]],
    ["数据上报（6）", "info.reporting", [["近一年每月向市商务局报送（3分）", "每月向肇庆市商务局报送工作进展", OK, 3],
      ["能统计电商扶贫情况（3分）", "按月统计电商扶贫情况并随月报报送", OK, 3]]],
    ["案例总结（2）", "promo.cases", [["向市商务局报送经验材料（2分）", "2021年8月31日报送《四会市“砂糖橘＋电商”助农增收经验材料》", OK, 2]]],
    ["经验推广（8）", "promo.media", [["省级及以上媒体报道（4分）", "南方日报、广东广播电视台", OK, 4], ["市级媒体报道（3分）", "西江日报", OK, 3], ["县级媒体报道（1分）", "四会市融媒体中心", OK, 1]]],
    ["制度建立（5）", "fund.system", [["建立科学有效的资金管理制度（1-5分）", "制定《四会市电子商务进农村综合示范专项资金管理办法》", "—", 4]]],
    ["资金台账（5）", "fund.ledger", [["项目承建方建立资金专用台账（1-5分）", "承建单位均建立资金专用台账", "—", 4]]],
    ["资金支出（5）", "fund.spending", [["资金支出率70%以上且及时拨付（1-5分）；低于70%倒扣5分", "省级专项资金500万元，累计拨付382.645万元，支出率76.5%，按进度拨付", "—", 4]]],
    ["加分项：贫困人口培训率70%及以上（2）", "bonus.poorTraining", [["建档立卡贫困人口培训率70%及以上（2分）", "培训率50%，未达到", NO, 0]]],
    ["加分项：电商扶贫典型案例电视播报（2）", "bonus.tvCase", [["国家级（2分）、省级（1分），不累加", "广东广播电视台《广东新闻联播》播出我市电商扶贫典型案例（省级）", OK, 1]]],
  ];
  const claimed = {};
  let no = 0;
  for (const [nm, id, items] of IND) {
    no++;
    const r0 = fr.length + 1;
    const tot = sum(items.map((i) => i[3]));
    items.forEach((it, k) => fr.push([k === 0 ? no : null, k === 0 ? nm : null, it[0], it[1], it[2], it[3], k === 0 ? tot : null]));
    mergeCol(fm, "A", r0, fr.length);
    mergeCol(fm, "B", r0, fr.length);
    mergeCol(fm, "G", r0, fr.length);
    claimed[id] = tot;
  }
  const claimedScored = sum(SCORED.map(([id]) => claimed[id]));
  assert(claimedScored === 91, "c1 claimed 91 " + claimedScored);
  const VETOS = [["一票否决：安全生产、质量事故或重大损失", "未发生"], ["一票否决：总体进度不足40%", "项目总体进度88%"], ["一票否决：弄虚作假", "无"]];
  for (const [a, b] of VETOS) fr.push([null, a, null, b, "—", null, null]), fm.push(`B${fr.length}:C${fr.length}`);
  fr.push(["合计", null, null, null, null, null, `${claimedScored}＋1`]);
  fm.push(`A${fr.length}:F${fr.length}`);
  fr.push(["核对人：何××　　复核：冯××（电商股股长）　　审核：梁××（副局长）", null, null, null, null, null, null]);
  fm.push(`A${fr.length}:G${fr.length}`);
  for (const r of fr) assert(r.length === W, "c1 form width");
  assert(pct1(158200 - 127000, 127000) === "24.6%" && pct1(39500 - 30000, 30000) === "31.7%", "c1 growth texts");
  assert(pct1(3826450, 5000000) === "76.5%" && (Math.round(4260 / POP * 10000) / 100).toFixed(2) === "0.87", "c1 texts");

  // ---------------- points
  const centerPts = 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + (inCodes.size >= 20 ? 2 : 0) + (inTypes.size >= 3 ? 1 : 0);
  const covPts = (ratioGE(covSet.size, 64, 70) ? 5 : ratioGE(covSet.size, 64, 50) ? 2 : 0) + (covPoor.length === 8 ? 5 : 0);
  const ptPts = ptCut * 100 >= POP ? 10 : ptCut * 1000 >= POP * 8 ? 8 : ptCut * 1000 >= POP * 6 ? 6 : 0;
  const poorPts = ratioGE(26, 60, 50) ? 10 : ratioGE(26, 60, 40) ? 8 : ratioGE(26, 60, 30) ? 6 : 0;
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 4,
    "work.center": centerPts, "work.coverage": covPts, "work.upward": 2 + 1 + 1 + 1 + 1 + 2,
    "work.training": ptPts + poorPts, "info.disclosure": 2 + (disMonths === 12 ? 2 : 1), "info.reporting": (repMonths === 12 ? 3 : 1) + 3,
    "promo.cases": 2, "promo.media": 4 + 3 + 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": ratioGE(26, 60, 70) ? 2 : 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(centerPts === 12 && covPts === 10 && ptPts === 8 && poorPts === 8, "c1 center/coverage/training");
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 85 && bonus === 1, "c1 total " + scored + "+" + bonus);
  const derivation = [
    "org.leadership: 基本情况“领导小组组长：市委副书记、市长”（市长是主要领导；副组长副市长不改变牵头人），成员单位有市商务局、市财政局、市农业农村局、市乡村振兴局 → 2",
    "org.plan: 方案制定细项得分2（2020年4月正式印发，四府办〔2020〕15号） → 2",
    "org.policy: 政策支持细项得分1（2020年9月出台若干措施，用地政策未落实） → 1",
    "org.management: 项目管理制度2 ＋ 工作台账2 → 4",
    `work.center: 中心2020年12月18日投入运营 → 建成2；2020-12-18 ≤ 2021-02-28 → 运行满6个月2；免费培训✔2、免费展示销售✔1、免费摄影美工✔1、统一推广品牌✔1；其他衍生增值服务“尚未开展”✘ → 0；产业园✔ → 2；《入驻企业》22行，截止日在园20行：“${firms[19].n}”2021.9.2入驻不算、“${firms[20].n}”2021.7.15退园不算，而“${renamed.n}”与“${firms[0].n}”统一社会信用代码相同（2021年6月更名），是同一家 → 按信用代码去重19家 < 20 → 0（核对表写“入驻企业21家”、自评2分）；类型平台型、销售型、电商运营商、物流企业等 → 1；合计12（自评14）`,
    `work.coverage: 《村居名单》村民委员会64个（居民委员会16个不算）；《站点清单》挂牌时间 ≤ 2021-08-31 的行政村45个：“${vSerial}”挂牌时间是Excel序号44439（= 2021年8月31日）算，“同上”一行是“${dupOf}”第二个站（只算一次），“${[...prefixed].map((v) => townOf[v] + v).join("”“")}”带镇名、“${poorAnn}（省定贫困村）”带括注都是名单里的村，“${towns[0].cs[0]}居委会”社区站不算，“四会市南丰林场”不在名单（林场，提示）不算，“${vSept}”2021.9.7挂牌不算 → 45/64 = ${pct1(45, 64)} ≥ 70% → 5（漏掉序号日期是44/64 = 68.8%，只有2分）；贫困村类别“省定”8个全部有站 → 8/8 → 5（“市定”3个不是省定贫困村）；合计10`,
    "work.upward: 网销调研2、促销1、交易标准冷链溯源1（主观细项得分）；第三方运营服务商✔ → 1；村居名单有“快递服务”列，64个村委会都是邮快合作/快递网点/村邮站代收，“无”的只有一个社区（居委会不计） → 1；农村网零12.70亿→15.82亿元增长24.6% < 30%，但农产品网零3.00亿→3.95亿元增长31.7% ≥ 30% → 2；合计8",
    `work.training: 《培训台账》两张表都算：一、普及性培训小计3,350人次，二、增值培训截止日前910人次（增9期2021.9.3的60人次不算，合计行4,320含它） → ${fmtInt(ptCut)}人次；常住人口48.72万 < 50万，按487,200计 → ${fmtInt(ptCut)}/487,200 = 0.87% ≥ 0.8% → 8（只读第一张表是0.69%，6分）；《脱贫人口》劳动能力“有”√且不是“县外务工”√的60人；《脱贫人口参训名单》截止日前32行，但按人：3人参训两次各算一次，一名县外务工、一名无劳动能力的不在60人内，“${lostDigits.name}”的身份证号存成数字${String(Number(lostDigits.id.slice(0, 15) + "000"))}丢了末三位、对不上人（提示），“${septOnly.name}”只参加9月3日的增9期 → 26/60 = 43.3% → 40%–50% → 8（按行数32/60 = 53%会错给10；核对表写“参训30人”与名单不符，以名单为准）；合计16（自评18）`,
    "info.disclosure: 核对表专栏公开创建方案、项目基本信息、建设进度和监督举报电话 → 2；《专栏更新》2020年9月—2021年8月每月都有建设进度公示 → 2；合计4",
    "info.reporting: 《月报报送》按所属月份一行：2021年2月空（1—2月合并于3月报送） → 12个月中11个 → 不定时1；附电商扶贫统计✓、核对表“按月统计电商扶贫情况” → 3；合计4（自评6）",
    "promo.cases: 《经验材料》2021.8.31报送肇庆市商务局（截止日当天，算） → 2",
    "promo.media: 截止日前南方日报、广东广播电视台（省级） → 4；西江日报（市级） → 3；四会市融媒体中心（县级） → 1；人民日报2021.9.10在截止日后 → 8",
    "fund.system: 资金管理制度细项得分4 → 4",
    "fund.ledger: 资金台账细项得分4 → 4",
    `fund.spending: 《资金日记账》支出列（本月合计、本年累计、上年结转行不是拨付）截止日前12笔合计${fmtMoney(spent)}元，9月14日32万元不算；下达500万元（收入列、核对表） → ${pct1(spent, 5000000)} ≥ 70% → 及时拨付自评4 → 4`,
    "bonus.poorTraining: 26/60 = 43.3% < 70% → 0",
    "bonus.tvCase: 广东广播电视台《广东新闻联播》播出的电商扶贫典型案例（省级电视） → 1",
    "veto.incident: 安全生产、质量事故“未发生” → 不否决",
    "veto.progress: 项目总体进度88% ≥ 40% → 不否决",
    "veto.fraud: 弄虚作假“无” → 不否决",
  ];
  return {
    description:
      "肇庆四会市商务局整本考评工作簿（12个表：自评细项核对表＋11个台账），85＋加分1＝86分、未否决（核对表自评91＋1）：事实表是电商股按评分细项逐条核对的《自评细项核对表》——上面“一、基本情况”每行两对“标签｜值”（市长任组长、成员单位一行合并），下面“二、逐项核对”一细项一行（序号｜评价指标（分值）｜评分细项｜我市完成情况｜是否达到✔/✘或“—”｜细项得分｜指标自评分），指标名和指标自评分按指标纵向合并（claimed），主观项的分在“细项得分”；台账有民政村居名单（贫困村类别“省定／市定”，市定不是省定；快递服务列）、站点清单（“同上”是同村第二站、带镇名和“（省定贫困村）”括注的村名、国有林场服务点不在名单、一个挂牌时间是Excel序号44439即8月31日，决定45/64＝70.3%）、培训台账上下两张表（普及性3,350＋增值910＝4,260人次，只读第一张是0.69%）、勾选式脱贫人口表（劳动能力有/无、务工县内/县外/未务工各一列打√）、参训名单32行只有26人（重复参训、外出务工、无劳动能力、存成数字丢了末三位的身份证号、9月一期），26/60＝43.3%、入驻企业清单（一家更名后同一信用代码出现两次，按代码只有19家）、现金日记账式资金账（月｜日分列、本月合计／本年累计行、收入列是下达资金）、按月份横排的月报（2月空）、专栏、宣传报道和经验材料（8月31日当天报送）。",
    sheets: [
      { name: "自评细项核对", rows: fr, merges: fm },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点清单", rows: sRows, merges: sMerges },
      { name: "培训台账", rows: tRows, merges: tMerges },
      { name: "脱贫人口参训名单", rows: trRows, merges: trMerges },
      { name: "脱贫人口", rows: pRows, merges: pMerges },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金日记账", rows: jRows, merges: jMerges },
      { name: "月报报送", rows: rRows, merges: rMerges },
      { name: "专栏更新", rows: uRows, merges: ["A1:D1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 云浮云城区: 区政府《专题会议纪要》
// =====================================================================================================
function buildF1() {
  const W = 6;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:F${rows.length}`);
  };
  full("云浮市云城区人民政府");
  full("专 题 会 议 纪 要");
  full("〔2021〕47号");
  rows.push(["云城区人民政府办公室", null, null, null, "2021年9月8日", null]);
  merges.push(`A${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  full("关于研究电子商务进农村综合示范创建考评迎检工作的会议纪要");
  const P = [
    "2021年9月6日下午，区委副书记、区长、区电子商务进农村综合示范创建工作领导小组组长黄××在区政府三楼会议室主持召开专题会议，研究省级考评迎检工作。区经济促进局（区商务主管部门）汇报了创建工作完成情况（数据统一截至2021年8月31日考评截止日），区财政局、区农业农村局、区乡村振兴局等领导小组成员单位作了补充。现将会议议定事项纪要如下：",
    "一、关于创建工作完成情况",
    "（一）组织保障。我区于2019年12月成立以区长为组长、分管副区长为副组长的创建工作领导小组，区经济促进局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监督管理局和云城邮政分公司为成员单位；2020年5月区政府办公室正式印发《云城区电子商务进农村综合示范创建工作方案》；《云城区促进农村电子商务发展十条措施》已于2020年10月出台。",
    "（二）服务体系。区电子商务公共服务中心今年3月5日投入运营，由公开招标确定的专业第三方运营服务商运营，免费提供电商培训场所和设备，免费展示销售特色农产品，免费提供摄影、美工服务，统一推广“云城好物”区域品牌，并开展代办证照、金融对接等其他增值服务；依托中心整合建设区电商产业园，目前入驻企业18家。全区行政村52个（另有社区31个）、省定贫困村9个，已建成村级服务站点的行政村40个，9个省定贫困村全部覆盖；行政村快递覆盖率100%。",
    "（三）上行与培训。2020年全区农村网络零售额7.36亿元，同比增长18.2%；农产品网络零售额1.94亿元，同比增长33.1%。累计开展电商培训3,215人次（七普常住人口30.09万人）；有劳动能力且未外出务工的脱贫人口842人，已参训371人。",
    "（四）公开与资金。区政府门户网站专栏已公开创建方案、项目基本信息，按月更新建设进度，但征求意见、监督举报窗口尚未开设；每月向市商务局报送工作进展，并统计电商扶贫情况。省级专项资金500万元，截至8月31日已拨付339.5万元，支出率67.9%；资金管理办法已制定，各承建单位已建立资金专用台账。项目总体进度约80%。创建以来未发生安全生产和质量事故。",
    "二、关于自评结果",
    "会议原则同意区经济促进局提出的主观评分项自评意见：方案制定2分，政策支持2分，项目管理制度2分、工作台账1分，网销调研1分、网络促销活动2分、交易标准与冷链溯源1分，资金管理制度4分、资金台账4分、资金及时拨付3分。会议指出，按考评办法资金支出率低于70%倒扣5分，支出进度是当前最突出的短板。",
    "三、议定事项",
    "1．区经济促进局会同区政务服务数据管理局于9月20日前在专栏开设监督举报窗口。",
    "2．区财政局、区经济促进局于9月15日前完成第四批资金拨付，确保支出率达到80%以上。",
    "3．区经济促进局10月底前推动产业园入驻企业达到20家以上，年底前行政村站点覆盖率达到85%。",
    "4．各成员单位按分工于9月13日前将佐证材料报送区经济促进局汇总。",
  ];
  for (const p of P) full(p);
  rows.push(padRow(["出席：", "黄××（区长）、梁××（副区长）"], W));
  merges.push(`B${rows.length}:F${rows.length}`);
  rows.push(padRow(["列席：", "区政府办公室、区经济促进局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监督管理局、区政务服务数据管理局，云城邮政分公司、区电商公共服务中心运营公司负责同志"], W));
  merges.push(`B${rows.length}:F${rows.length}`);
  rows.push(padRow(["请假：", "区自然资源局（外出学习）"], W));
  merges.push(`B${rows.length}:F${rows.length}`);
  full("分送：区委办、区人大办、区政协办，区领导小组各成员单位。");
  rows.push(["云城区人民政府办公室", null, null, null, "2021年9月8日印发", null]);
  merges.push(`A${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  assert(pct1(3395000, 5000000) === "67.9%", "f1 67.9%");
  return {
    description:
      "云浮云城区经济促进局（商务）交来当事实表的，是区政府办公室印发的《专题会议纪要》（〔2021〕47号，研究考评迎检）：红头、期号、印发单位和日期一行，正文一段一行（A:F合并），分“一、关于创建工作完成情况”（组织保障、服务体系、上行与培训、公开与资金四段，事实都在句子里）、“二、关于自评结果”（主观评分项自评分写在一句话里）、“三、议定事项”（编号的四条），再是出席／列席／请假三行（标签在A列、名单合并B:F）和分送、印发行；读法：纪要开头写明数据截至2021年8月31日；区长任领导小组组长，成员单位有经济促进局（商务）、财政、农业农村、乡村振兴 → 主要领导、部门齐全；“今年3月5日”是2021年3月5日（会议在2021年9月）；监督举报窗口“尚未开设”是否，议定事项里的“9月20日前开设”“80%以上”“达到20家”“覆盖率85%”都是计划；拨付339.5万元（支出率67.9%）；“入驻企业18家”、列席名单不是事实；没有一票否决的弄虚作假表述，也没有按指标的自评分。",
    sheets: [{ name: "会议纪要", rows, merges }],
    expect: {
      facts: {
        county: "云城区", asOf: "2021-08-31", residentPopulation: 300900, adminVillagesStated: 52, poorVillagesStated: 9,
        planIssued: true, policyIssued: true, centerOpened: "2021-03-05", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: 736000000, ruralRetailGrowthStated: 0.182, agriRetail2020: 194000000, agriRetailGrowthStated: 0.331,
        trainingPersonTimesStated: 3215, eligiblePoorPersonsStated: 842, trainedPoorPersonsStated: 371,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3395000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.8, vetoIncident: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 肇庆端州区: three printed pages of a 基础数据表, re-typed with repeated titles, headers and footers
// =====================================================================================================
function buildF2() {
  const W = 6;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:F${rows.length}`);
  };
  const HEAD = ["序号", "项目", "单位", "数值", "数据来源", "备注"];
  const page = (n, cont) => {
    full(`端州区电子商务进农村综合示范创建考评基础数据表${cont ? "（续表）" : ""}`);
    full("填报单位：肇庆市端州区商务局　　　　　数据截止日期：2021年8月31日");
    rows.push(HEAD.slice());
  };
  const foot = (n) => {
    full(`第 ${n} 页　共 3 页`);
    rows.push(padRow([], W));
  };
  const item = (no, label, unit, val, src, note) => rows.push([no, label, unit, val, src || null, note || null]);
  const below = (no, label, text) => {
    rows.push([no, label, null, "见下行", null, null]);
    rows.push(padRow([null, text], W));
    merges.push(`B${rows.length}:F${rows.length}`);
  };
  page(1, false);
  item(1, "县（市、区）名称", "—", "端州区");
  item(2, "考评数据截止日期", "—", D("2021-08-31"));
  item(3, "常住人口", "万人", 55.38, "区统计局（七普）");
  item(4, "户籍人口", "万人", 41.06, "区公安分局", "仅供参考，不作考评基数");
  item(5, "行政村数", "个", 21, "区民政局", "不含社区居委会44个");
  item(6, "省定贫困村数", "个", 0, "区乡村振兴局", "本区无省定贫困村");
  below(7, "领导小组组长、副组长及成员单位",
    "组长：区长；副组长：分管副区长；成员单位：区商务局、区财政局、区农业农村局（区乡村振兴局）、区交通运输局、区市场监督管理局、端州邮政分公司");
  item(8, "示范创建工作方案是否正式印发", "—", "是", "区政府办公室", "端府办〔2020〕21号");
  item(9, "支持农村电商发展的政策是否出台", "—", "是", "区政府", "《端州区农村电子商务扶持办法》");
  item(10, "县级电子商务公共服务中心投入运营日期", "年月日", 20201126, "区商务局");
  item(11, "中心：有免费培训场所、培训设备，能组织电商基础培训", "—", "是");
  item(12, "中心：为特色农产品提供免费展示、销售服务", "—", "是");
  item(13, "中心：为电子商务市场主体提供免费摄影、美工服务", "—", "否", null, "摄影美工按件收费");
  foot(1);
  page(2, true);
  item(14, "中心：组织农产品统一推广、指导品牌建设", "—", "是");
  item(15, "中心：提供其他衍生增值服务", "—", "是", null, "代账、金融对接");
  item(16, "是否建设或整合、优化当地电商产业园", "—", "是", null, "整合建设");
  item(17, "是否有专业第三方电子商务运营或服务商", "—", "有");
  item(18, "行政村物流快递覆盖率", "%", 100, "区邮政管理部门");
  item(19, "2019年农村网络零售额", "千元", "2,865,400", "省商务厅（第三方平台）");
  item(20, "2020年农村网络零售额", "千元", "3,512,700", "省商务厅（第三方平台）");
  item(21, "2020年农村网络零售额同比增速", "%", 22.6);
  item(22, "2020年农产品网络零售额同比增速", "%", 30.4, "省商务厅（第三方平台）", "金额未单独提供");
  item(23, "累计培训人次", "人次", 5136, "区商务局");
  below(24, "有劳动能力的建档立卡贫困人口数（不含外出务工）及其中参加培训人数", "有劳动能力且未外出务工214人，其中参加培训119人（按身份证号去重）");
  below(25, "专栏公示内容", "创建方案√　项目基本信息√　项目建设进度√　征求意见窗口×　监督举报窗口√");
  item(26, "能否统计电商扶贫情况", "—", "能");
  foot(2);
  page(3, true);
  item(27, "省级下达资金总额", "万元", 500, "区财政局");
  item(28, "累计拨付资金（截至2021年8月31日）", "万元", 401.26, "区财政局");
  item(29, "资金管理制度", "—", "已制定", null, "端商务〔2020〕33号");
  item(30, "资金专用台账", "—", "已建立");
  item(31, "项目总体进度", "%", 90);
  item(32, "是否发生安全生产、质量事故或重大损失", "—", "否");
  item(33, "是否存在弄虚作假", "—", "否");
  full("二、主观评分项自评");
  const JR = [["方案制定", "1-2", 2, "org.plan"], ["政策支持", "1-2", 2, "org.policy"], ["项目管理制度", "1-2", 2, "org.management.system"],
    ["工作台账", "1-2", 2, "org.management.ledger"], ["网销调研", "1-2", 2, "work.upward.research"], ["网络促销活动", "1-2", 1, "work.upward.promotion"],
    ["交易标准与冷链溯源", "1-2", 1, "work.upward.standards"], ["资金管理制度", "1-5", 5, "fund.system"], ["资金台账", "1-5", 4, "fund.ledger"],
    ["资金及时拨付", "1-5", 4, "fund.spending"]];
  const judged = {};
  JR.forEach(([n, rg, p, id], j) => {
    rows.push([34 + j, n, "分", p, null, `评分范围${rg}分`]);
    judged[id] = p;
  });
  full("三、自评得分（得分/满分）");
  const S = [["组织领导", 2, 2, "org.leadership"], ["方案制定", 2, 2, "org.plan"], ["政策支持", 2, 2, "org.policy"], ["项目管理", 4, 4, "org.management"],
    ["服务体系（中心与产业园）", 14, 15, "work.center"], ["服务体系（村级站点）", 10, 10, "work.coverage"], ["农村产品上行", 8, 10, "work.upward"],
    ["电商人才培训", 20, 20, "work.training"], ["信息公开", 4, 4, "info.disclosure"], ["数据上报", 6, 6, "info.reporting"], ["案例总结", 2, 2, "promo.cases"],
    ["经验推广", 5, 8, "promo.media"], ["制度建立", 5, 5, "fund.system"], ["资金台账", 4, 5, "fund.ledger"], ["资金支出", 4, 5, "fund.spending"],
    ["加分：贫困人口培训率", 0, 2, "bonus.poorTraining"], ["加分：电视播报", 0, 2, "bonus.tvCase"]];
  const claimed = {};
  for (const [, p, , id] of S) claimed[id] = p;
  const tot = sum(SCORED.map(([id]) => claimed[id]));
  assert(tot === 92, "f2 claimed 92 " + tot);
  const cells = S.map(([n, p, m]) => [n, `${p}/${m}`]).concat([["合计", `${tot}/100`]]);
  for (let k = 0; k < cells.length; k += 2) {
    const a = cells[k];
    const b = cells[k + 1] || [null, null];
    rows.push([a[0], null, a[1], b[0], null, b[1]]);
    merges.push(`A${rows.length}:B${rows.length}`, `D${rows.length}:E${rows.length}`);
  }
  full("填表人：罗××　　审核人：区商务局副局长 陈××　　　　2021年9月2日");
  foot(3);
  rows.pop();
  for (const r of rows) assert(r.length === W, "f2 width");
  assert(pct1(3512700 - 2865400, 2865400) === "22.6%" && pct1(119, 214) === "55.6%", "f2 numbers");
  return {
    description:
      "肇庆端州区商务局的《考评基础数据表》打印了三页、再照纸质稿录回Excel：每页都重复标题（第2、3页加“（续表）”）、填报单位／截止日期行和表头 序号｜项目｜单位｜数值｜数据来源｜备注，每页末有“第 n 页　共 3 页”和空行；长项目（领导小组组成、贫困人口及参训人数、专栏公示内容）的数值格写“见下行”，内容在下一行B:F合并格里；第3页接着“二、主观评分项自评”（一项一行，单位“分”，备注写评分范围）和“三、自评得分（得分/满分）”——两对一行，分数写成“2/2”“14/15”这样的文本（不是日期），合计“92/100”；读法：区长任组长，成员单位“区农业农村局（区乡村振兴局）”一个单位同时算农业农村和乡村振兴 → 主要领导、部门齐全；中心投入运营日期是8位数字20201126；网络零售额单位是千元（2,865,400千元＝28.654亿元）；农产品网零只有增速；省定贫困村0个；户籍人口41.06万不是常住人口；征求意见窗口×但监督举报窗口√，窗口算有；加分两项0/2。",
    sheets: [{ name: "基础数据（打印稿录入）", rows, merges }],
    expect: {
      facts: {
        county: "端州区", asOf: "2021-08-31", residentPopulation: 553800, adminVillagesStated: 21, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 2865400000, ruralRetail2020: 3512700000, ruralRetailGrowthStated: 0.226, agriRetailGrowthStated: 0.304,
        trainingPersonTimesStated: 5136, eligiblePoorPersonsStated: 214, trainedPoorPersonsStated: 119,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4012600, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9,
        vetoIncident: false, vetoFraud: false,
      },
      judged,
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f3 — 湛江麻章区: 领导小组通讯录 + “标签：值” cells + self-scores + ○/● judged options
// =====================================================================================================
function buildF3() {
  const W = 8;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:H${rows.length}`);
  };
  full("湛江市麻章区电子商务进农村综合示范创建工作情况表");
  full("填报单位：麻章区商务局　　　　情况截至：2021年8月31日　　　　报送：湛江市商务局电子商务科");
  full("一、领导小组及工作专班通讯录");
  rows.push(["小组职务", "姓名", "单位及职务", null, null, "办公电话", "手机", "备注"]);
  merges.push(`C${rows.length}:E${rows.length}`);
  const R = [["组长", "区委副书记、区长"], ["副组长", "区委常委、副区长"], ["成员", "区商务局局长"], ["成员", "区财政局副局长"], ["成员", "区农业农村局局长"],
    ["成员", "区乡村振兴局副局长"], ["成员", "区交通运输局副局长"], ["成员", "区市场监督管理局副局长"], ["成员", "麻章邮政分公司总经理"],
    ["办公室主任", "区商务局局长（兼）"], ["工作专班班长", "区商务局副局长"], ["联络员", "区商务局电商股股长"]];
  for (const [role, job] of R) {
    const tel = `0759-${rint(2000000, 2999999)}`;
    rows.push([role, personName().slice(0, 1) + "××", job, null, null, tel, mask(phone()), role === "工作专班班长" ? "负责日常推进" : null]);
    merges.push(`C${rows.length}:E${rows.length}`);
  }
  rows.push(padRow([], W));
  full("二、基本数据");
  const KV = [
    ["常住人口：33.05万人", "行政村：121个", "社区：18个"],
    ["省定贫困村：6个", "建站行政村：97个", "中心投入运营：2020年10月20日"],
    ["中心免费培训：有", "免费展示销售：有", "免费摄影美工：有"],
    ["统一推广和品牌建设：有", "其他增值服务：有", "电商产业园：未建设"],
    ["第三方运营服务商：有", "行政村快递覆盖率：96.7%（117/121）", "方案：已印发（麻府办〔2020〕8号）"],
    ["2019年农村网零：9.12亿元；2020年：11.64亿元", "2020年农村网零增长：27.6%", "扶持政策：已出台"],
    ["2019年农产品网零：2.05亿元", "2020年农产品网零：2.71亿元", "农产品网零增长：32.2%"],
    ["累计培训：3,566人次", "有劳动能力未外出务工贫困人口：1,036人", "其中参训：428人"],
    ["专栏公示：方案✔ 项目✔ 进度✔ 举报窗口✔", "统计电商扶贫情况：能", "下达资金：500万元"],
    ["累计拨付：416.8万元", "资金管理制度：有", "资金专用台账：有"],
    ["项目总体进度：91%", "安全生产质量事故：无", "弄虚作假：无"],
  ];
  for (const [a, b, c] of KV) {
    rows.push([a, null, b, null, null, c, null, null]);
    merges.push(`A${rows.length}:B${rows.length}`, `C${rows.length}:E${rows.length}`, `F${rows.length}:H${rows.length}`);
  }
  rows.push(padRow([], W));
  full("三、自评得分");
  rows.push(["评价指标", null, "满分", "自评分", "扣分说明", null, null, null]);
  merges.push(`A${rows.length}:B${rows.length}`, `E${rows.length}:H${rows.length}`);
  const S = [["组织领导", 2, 2, null, "org.leadership"], ["方案制定", 2, 2, null, "org.plan"], ["政策支持", 2, 2, null, "org.policy"],
    ["项目管理", 4, 3, "工作台账不够完整扣1分", "org.management"], ["服务体系建设（县级中心与产业园）", 15, 10, "未建设产业园，产业园三项不得分", "work.center"],
    ["服务体系建设（村级站点覆盖）", 10, 10, "97/121＝80.2%；贫困村6/6", "work.coverage"], ["农村产品上行", 10, 7, "快递覆盖未达100%", "work.upward"],
    ["电商人才培训", 20, 18, "贫困人口培训率41.3%", "work.training"], ["信息公开", 4, 4, null, "info.disclosure"], ["数据上报", 6, 6, null, "info.reporting"],
    ["案例总结", 2, 2, null, "promo.cases"], ["经验推广", 8, 7, "无县级媒体报道", "promo.media"], ["制度建立", 5, 4, null, "fund.system"],
    ["资金台账", 5, 4, null, "fund.ledger"], ["资金支出", 5, 4, "支出率83.4%", "fund.spending"],
    ["加分项", 4, 0, "未达到", null]];
  const claimed = {};
  for (const [n, m, p, note, id] of S) {
    rows.push([n, null, m, p, note, null, null, null]);
    merges.push(`A${rows.length}:B${rows.length}`, `E${rows.length}:H${rows.length}`);
    if (id) claimed[id] = p;
  }
  const tot = sum(SCORED.map(([id]) => claimed[id]));
  assert(tot === 85, "f3 claimed 85 " + tot);
  rows.push(["合计", null, 100, tot, null, null, null, null]);
  merges.push(`A${rows.length}:B${rows.length}`, `E${rows.length}:H${rows.length}`);
  rows.push(padRow([], W));
  full("四、主观评分项（●为自评选定）");
  const opt = (lo, hi, p) => {
    const out = [];
    for (let k = lo; k <= hi; k++) out.push(`${k === p ? "●" : "○"}${k}分`);
    return out;
  };
  const J = [["方案制定", 1, 2, 2, "org.plan"], ["政策支持", 1, 2, 2, "org.policy"], ["项目管理制度", 1, 2, 2, "org.management.system"], ["工作台账", 1, 2, 1, "org.management.ledger"],
    ["网销调研", 1, 2, 2, "work.upward.research"], ["网络促销活动", 1, 2, 1, "work.upward.promotion"], ["交易标准与冷链溯源", 1, 2, 1, "work.upward.standards"],
    ["资金管理制度", 1, 5, 4, "fund.system"], ["资金台账", 1, 5, 4, "fund.ledger"], ["资金及时拨付", 1, 5, 4, "fund.spending"]];
  const judged = {};
  for (const [n, lo, hi, p, id] of J) {
    rows.push(padRow([n, null].concat(opt(lo, hi, p)), W));
    merges.push(`A${rows.length}:B${rows.length}`);
    judged[id] = p;
  }
  full("填表人：莫××　　联系电话：0759-3xxxxxx　　审核：区商务局 陈××　　2021年9月3日");
  for (const r of rows) assert(r.length === W, "f3 width");
  assert(pct1(1164 - 912, 912) === "27.6%" && pct1(271 - 205, 205) === "32.2%" && pct1(117, 121) === "96.7%" && pct1(4168000, 5000000) === "83.4%", "f3 numbers");
  assert(pct1(97, 121) === "80.2%" && pct1(428, 1036) === "41.3%", "f3 numbers 2");
  return {
    description:
      "湛江麻章区商务局报市商务局的《创建工作情况表》，一张表四块：一、领导小组及工作专班通讯录（小组职务｜姓名｜单位及职务（C:E合并）｜办公电话｜手机（脱敏）｜备注，组长“区委副书记、区长”，成员逐行列出区商务局、区财政局、区农业农村局、区乡村振兴局等单位的负责人，另有办公室主任、“工作专班班长（区商务局副局长）”和联络员）；二、基本数据——每格一个“标签：值”，一行三格（A:B、C:E、F:H合并），其中一格写两对“2019年农村网零：9.12亿元；2020年：11.64亿元”（后一个“2020年”承前是农村网零）；三、自评得分（评价指标｜满分｜自评分｜扣分说明，合计85，加分项0）；四、主观评分项，每个选项一格“○1分”“●2分”，●为选定；读法：组长是区长（工作专班班长、办公室主任不是牵头领导），成员单位含商务、财政、农业农村、乡村振兴 → 主要领导、部门齐全；电商产业园“未建设”；快递覆盖率96.7%不是100% → 否；“建站行政村97个”不是输入项；常住人口33.05万；拨付416.8万元；资金管理制度“有”、台账“有”。",
    sheets: [{ name: "创建情况", rows, merges }],
    expect: {
      facts: {
        county: "麻章区", asOf: "2021-08-31", residentPopulation: 330500, adminVillagesStated: 121, poorVillagesStated: 6,
        planIssued: true, policyIssued: true, centerOpened: "2020-10-20", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: false, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2019: 912000000, ruralRetail2020: 1164000000, ruralRetailGrowthStated: 0.276,
        agriRetail2019: 205000000, agriRetail2020: 271000000, agriRetailGrowthStated: 0.322,
        trainingPersonTimesStated: 3566, eligiblePoorPersonsStated: 1036, trainedPoorPersonsStated: 428,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4168000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.91,
        vetoIncident: false, vetoFraud: false,
      },
      judged,
      leadership: "principal-all",
      claimed,
    },
  };
}

// ---------------------------------------------------------------- extra helpers (batch 199)
function creditCodeInd(division) {
  // 个体工商户 统一社会信用代码 (登记管理部门 9, 机构类别 2)
  let s = "92" + division;
  while (s.length < 17) s += ALNUM[Math.floor(rnd() * ALNUM.length)];
  const Wt = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  let t = 0;
  for (let i = 0; i < 17; i++) t += ALNUM.indexOf(s[i]) * Wt[i];
  return s + ALNUM[(31 - (t % 31)) % 31];
}
function stamp(iso, h, m, s) {
  return `${iso} ${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}`;
}

// =====================================================================================================
// l1 — 江门新会区: 填报说明, 天眼查 park export (+ hidden 导出条件), 腾讯文档 收集表 sign-ins, CMS 专栏 export
// =====================================================================================================
function buildL1() {
  const REG = "440705";
  // ---------------- 天眼查 export with the park office's three columns
  const FIRMS = [["江门市新会区陈皮村电子商务有限公司", "平台型", "互联网和相关服务"], ["江门市新会区侨乡优选网络科技有限公司", "平台型", "互联网和相关服务"],
    ["江门市新会区柑之味电子商务有限公司", "销售型", "零售业"], ["新会区会城柑普茶网店（个体工商户）", "销售型", "零售业"], ["江门市新会区古井烧鹅食品电商有限公司", "销售型", "零售业"],
    ["江门市新会区双水葵艺电子商务有限公司", "销售型", "零售业"], ["江门市新会区崖门海鲜网络销售有限公司", "销售型", "零售业"], ["江门市新会区云帆电商代运营有限公司", "电商运营商", "商务服务业"],
    ["江门市新会区立信电商服务有限公司", "电商运营商", "商务服务业"], ["江门市新会区侨通物流有限公司", "物流企业", "道路运输业"], ["江门市新会区速达仓储配送有限公司", "物流企业", "装卸搬运和仓储业"],
    ["江门市新会区橘乡直播文化传媒有限公司", "直播机构", "文化艺术业"], ["江门市新会区葵乡供应链管理有限公司", "供应链服务", "商务服务业"],
    ["江门市新会区司前农特产品电子商务有限公司", "销售型", "零售业"], ["江门市新会区大泽鲜果网店（个体工商户）", "销售型", "零售业"],
    ["江门市新会区睦洲电商服务有限公司", "电商运营商", "商务服务业"], ["江门市新会区三江冷链物流有限公司", "物流企业", "道路运输业"], ["江门市新会区好柑家电子商务有限公司", "销售型", "零售业"]];
  const firms = FIRMS.map(([n, t, ind], j) => ({
    n, t, ind, ind个体: n.includes("个体工商户"),
    founded: randIsoBetween("2012-01-01", "2020-10-31"), entered: randIsoBetween("2020-12-01", "2021-08-20"), left: null, status: "存续（在营、开业、在册）", j,
  }));
  firms[4].entered = "2021-03";
  firms[7].entered = "2021-09-06";
  firms[10].left = "2021-06-30";
  firms[10].status = "注销";
  firms[15].left = "2021-09-15";
  firms[16].founded = "2021-05-18";
  firms[16].entered = "2021-05-26";
  firms.forEach((f) => {
    f.code = f.ind个体 ? creditCodeInd(REG) : creditCode(REG);
    if (f.entered.length === 10 && f.founded > f.entered) f.founded = isoAdd(f.entered, -rint(30, 400));
  });
  const legal = () => personName();
  const eRows = [["天眼查 · 企业批量查询结果　　导出时间：2021-09-02 15:31:07　　数据来源：国家企业信用信息公示系统等公开信息"],
    [`共${firms.length}条记录。K—M列（【园区填】）由新会区电子商务产业园管理办公室补填：入园日期、退园日期以入园协议和退园手续为准。`],
    ["序号", "企业名称", "登记状态", "法定代表人", "注册资本", "成立日期", "统一社会信用代码", "公司类型", "所属行业", "注册地址", "【园区填】园区业态", "【园区填】入园日期", "【园区填】退园日期"]];
  const eRecs = [];
  firms.forEach((f, j) => {
    let ent;
    if (f.entered === "2021-03") ent = "2021年3月";
    else if (f.entered === "2021-09-06") ent = "2021.9.6";
    else ent = [D(f.entered), slashDate(f.entered), dotDate(f.entered), excelSerial(f.entered), cnDate(f.entered)][j % 5];
    eRows.push([j + 1, f.n, f.status, legal(), f.ind个体 ? "-" : `${[50, 100, 200, 300, 500][j % 5]}万人民币`, f.founded, f.code,
      f.ind个体 ? "个体工商户" : j % 3 === 0 ? "有限责任公司（自然人独资）" : "有限责任公司（自然人投资或控股）", f.ind,
      `江门市新会区会城今古洲路${rint(1, 88)}号电商产业园${["A", "B", "C"][j % 3]}栋${rint(101, 520)}室`, f.t, ent,
      f.left ? (f.left === "2021-09-15" ? "2021.9.15" : D(f.left)) : null]);
    eRecs.push({ name: f.n, type: f.t, entered: f.entered, left: f.left });
  });
  const cond = [["导出条件"], ["查询方式：批量查询（上传企业名单）"], ["名单来源：新会区电子商务产业园管理办公室入园登记"], ["导出字段：登记状态、法定代表人、注册资本、成立日期、统一社会信用代码、公司类型、所属行业、注册地址"],
    ["导出人：园区办 李××　　2021-09-02"]];

  // ---------------- 腾讯文档 收集表 sign-ins
  const SESS = [["第1期 · 农村电商入门", "2020-10-21", null, 8], ["第2期 · 网店美工与详情页", "2020-12-09", null, 7], ["第3期 · 短视频带货实操", "2021-03-18", null, 9],
    ["第4期 · 新会陈皮电商营销", "2021-04-22", null, 8], ["第5期 · 直播电商训练营", "2021-06-08", "2021-06-10", 9], ["第6期 · 社群团购与私域运营", "2021-08-31", null, 7],
    ["第7期 · 电商客服与售后", "2021-09-02", null, 6]];
  const TOWNS = ["会城街道", "双水镇", "崖门镇", "沙堆镇", "古井镇", "三江镇", "睦洲镇", "大鳌镇", "司前镇", "罗坑镇", "大泽镇"];
  const NICK = ["微信用户", "阿强", "柑橘妹", "新会陈皮哥", "Lily", "小梁", "海阔天空", "葵乡人", "平安是福", "老黄"];
  const tRows = [["序号", "提交时间", "提交者（自动）", "1. 姓名", "2. 身份证号码", "3. 联系电话", "4. 您参加的培训班次", "5. 您是否为脱贫户（含监测户）", "6. 所在镇（街）"]];
  const tRecs = [];
  let seq = 0;
  let lower = false;
  let spaced = false;
  let fw = false;
  let late = false;
  const allSub = [];
  SESS.forEach(([title, start, end, n], si) => {
    const label = end ? `${title}（${cnDate(start)}—${ymd(end)[2]}日）` : `${title}（${cnDate(start)}）`;
    for (let i = 0; i < n; i++) {
      const id = makeId(REG, birthBetween(1968, 2002), rnd() < 0.5, !lower && si === 2 && i === 3 ? true : undefined);
      let shown = id;
      if (!lower && si === 2 && i === 3) {
        shown = id.slice(0, 17) + "x";
        lower = true;
      } else if (!spaced && si === 3 && i === 5) {
        shown = spacedId(id);
        spaced = true;
      } else if (!fw && si === 4 && i === 2) {
        shown = fwDigits(id);
        fw = true;
      }
      let ts;
      if (!late && si === 5 && i === n - 1) {
        ts = stamp("2021-09-01", 8, 47, 12);
        late = true;
      } else ts = stamp(start, rint(8, 9), rint(0, 59), rint(0, 59));
      allSub.push({ ts, nick: NICK[rint(0, NICK.length - 1)], name: personName(), shown, tel: phone(), label, poor: rnd() < 0.25 ? "是" : "否", town: TOWNS[rint(0, TOWNS.length - 1)], date: end || start, id });
    }
  });
  allSub.sort((a, b) => cmp(a.ts, b.ts));
  allSub.forEach((s) => {
    seq++;
    tRows.push([seq, s.ts, s.nick, s.name, s.shown, s.tel, s.label, s.poor, s.town]);
    tRecs.push({ date: s.date, personTimes: 1, id: s.id });
  });
  assert(lower && spaced && fw && late, "l1 sign-in quirks");
  assert(tRecs.length === 54, "l1 54 sign-ins " + tRecs.length);
  assert(allSub.some((s) => s.ts.startsWith("2021-09-01") && s.date === "2021-08-31"), "l1 late sign-in");
  assert(allSub.filter((s) => s.date === "2021-06-10").every((s) => s.ts.startsWith("2021-06-08")), "l1 range submitted on day one");
  checkTrainingIds(tRecs, "l1");
  for (const s of allSub) assert(normId(s.shown) === s.id, "l1 id normalises");

  // ---------------- CMS export of the 专栏
  const POSTS = [["2020-07-14", "2020-07-14", "新会区电子商务进农村综合示范创建实施方案", "创建方案"], ["2020-07-14", "2020-07-15", "新会区电子商务进农村综合示范项目基本信息公示", "项目信息"],
    ["2020-07-20", "2020-07-21", "关于设立电子商务进农村综合示范项目意见征集及监督举报渠道的公告", "监督举报"]];
  for (const m of monthsBetween("2020-08", "2021-08")) {
    if (m === "2021-05") continue;
    const [y, mo] = m.split("-").map(Number);
    const c = `${m}-${String(rint(3, Math.min(26, lastDay(y, mo) - 2))).padStart(2, "0")}`;
    POSTS.push([c, isoAdd(c, rint(0, 2)), `新会区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`, "建设进度"]);
  }
  POSTS.push(["2021-05-27", null, "新会区电子商务进农村综合示范项目建设进度（2021年5月）", "建设进度", "草稿"]);
  POSTS.push(["2021-03-10", "2021-03-11", "新会区举办第3期农村电商培训班", "工作动态"]);
  POSTS.push(["2021-08-30", null, "新会区电子商务进农村综合示范项目资金使用情况（截至8月底）", "项目信息", "待审核"]);
  POSTS.push(["2021-09-01", "2021-09-03", "新会区电子商务进农村综合示范项目建设进度（2021年8月下旬）", "建设进度"]);
  POSTS.sort((a, b) => cmp(a[0], b[0]));
  const uRows = [["文章ID", "标题", "所属栏目", "状态", "创建人", "创建时间", "发布时间", "浏览量"]];
  const uRecs = [];
  let nextId = 30215;
  const withId = POSTS.map((p) => ({ p, id: (nextId += rint(3, 9)) }));
  withId.sort((a, b) => b.id - a.id);
  withId.forEach(({ p, id }) => {
    const st = p[4] || "已发布";
    uRows.push([id, p[2], `电子商务进农村综合示范 > ${p[3]}`, st, ["swj_dsk", "swj_lh"][id % 2], stamp(p[0], rint(9, 11), rint(0, 59), rint(0, 59)),
      p[1] ? stamp(p[1], rint(14, 17), rint(0, 59), rint(0, 59)) : null, p[1] ? rint(40, 900) : 0]);
    if (st === "已发布") uRecs.push({ date: p[1] });
  });
  const pubMonths = inWindowMonths(uRecs.map((r) => r.date));
  const createdMonths = inWindowMonths(POSTS.map((p) => p[0]));
  assert(pubMonths === 11 && createdMonths === 12, "l1 published 11 months, by 创建时间 12 " + pubMonths + "/" + createdMonths);

  const note = [["新会区电子商务进农村综合示范台账（第四册）填报说明"], ["1．《园区企业（天眼查导出）》A—J列为天眼查批量查询结果，K—M列由园区办补填。"],
    ["2．《扫码签到》为腾讯文档收集表导出，一次提交为一人一次签到；第5期为三天班。"], ["3．《专栏文章》为区政府网站内容管理系统导出，含未发布稿件。"],
    ["4．“导出条件”表已隐藏。"], ["区商务局电商股　2021年9月3日"]];
  return {
    description:
      "江门新会区商务局台账第四册（填报说明、三张台账、一个隐藏的“导出条件”表）：①《园区企业（天眼查导出）》是天眼查批量查询导出：两行说明后表头 序号｜企业名称｜登记状态｜法定代表人｜注册资本｜成立日期｜统一社会信用代码｜公司类型｜所属行业｜注册地址，右边园区办补的三列“【园区填】园区业态｜【园区填】入园日期｜【园区填】退园日期”；读法：企业类型读“园区业态”（平台型、销售型、电商运营商、物流企业、直播机构、供应链服务），不是天眼查的“公司类型”（有限责任公司、个体工商户）或“所属行业”；入驻读“入园日期”（日期格、2021/3/15、2021.4.8、Excel序号、“2021年3月”只到月、9月一家），不是“成立日期”；退园读“退园日期”（一家6月退园且已注销，一家2021.9.15），个体工商户的信用代码以92开头；②《扫码签到（收集表导出）》第1行就是表头（题目带编号“1. 姓名”“4. 您参加的培训班次”），一次提交一人次；培训日期读班次选项括号里的日期，不读“提交时间”——第6期（2021年8月31日）一人次日早上补签，第5期“（2021年6月8日—10日）”三天班按结束日6月10日；身份证号有小写x、6-8-4空格、全角数字三种要规整；③《专栏文章（后台导出）》按文章ID倒序：只有“已发布”的是专栏更新，日期读“发布时间”（不是“创建时间”）；2021年5月进度稿一直是“草稿”、8月30日一篇“待审核”都不算，9月3日发布的照列。",
    sheets: [
      { name: "填报说明", rows: note, merges: [] },
      { name: "园区企业（天眼查导出）", rows: eRows, merges: ["A1:M1", "A2:M2"] },
      { name: "导出条件", rows: cond, merges: [], hidden: true },
      { name: "扫码签到（收集表导出）", rows: tRows, merges: [] },
      { name: "专栏文章（后台导出）", rows: uRows, merges: [] },
    ],
    expect: {
      sheets: {
        "填报说明": { kind: null },
        "园区企业（天眼查导出）": { kind: "enterprises", records: eRecs },
        "导出条件": { kind: null },
        "扫码签到（收集表导出）": { kind: "training", records: tRecs },
        "专栏文章（后台导出）": { kind: "disclosures", records: uRecs },
      },
    },
  };
}

// =====================================================================================================
// l2 — 广州增城区: 目录, 换届 village statistics, stations in two stacked tables, 剪报目录, materials, 月报 log, hidden 下拉选项
// =====================================================================================================
function buildL2() {
  const TOWNS = [["荔城街道", 4, 3], ["正果镇", 7, 1], ["派潭镇", 8, 1], ["小楼镇", 6, 1], ["中新镇", 7, 2]];
  const prefixes = ["荔城", "正果", "派潭", "小楼", "中新", "增城"];
  const vName = nameMaker("石高邓罗灵朱黄东西南北上下新", ["岭", "坑", "埔", "田", "塘", "湖", "径", "围", "洞", "岗", "布", "陂"], "村", prefixes);
  const cName = nameMaker("富华光明荔康", ["苑", "城", "湖", "安", "园", "景"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "l2");
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const noExp = new Set([towns[2].vs[7], towns[1].vs[5]]);
  const vRows = [["增城区2021年村（社区）“两委”换届选举结果统计表（节选）"], ["（区民政局2021年5月；“快递进村”列由区商务局根据区邮政管理部门核实情况补填）"],
    ["序号", "镇（街）", "村（居）委会全称", "类别", "书记、主任“一肩挑”", "快递进村", "备注"]];
  const vMerges = ["A1:G1", "A2:G2"];
  const vRecs = [];
  let sq = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    for (const v of x.vs.concat(x.cs)) {
      sq++;
      const isC = v.endsWith("社区");
      const full = isC ? `增城区${x.t}${v}居民委员会` : `增城区${x.t}${short(v)}村民委员会`;
      const ex = isC ? "—" : noExp.has(v) ? "✗" : "✓";
      vRows.push([sq, x.t, full, isC ? "社区" : "村", sq % 5 === 2 ? "否" : "是", ex, noExp.has(v) ? "到镇快递点取件" : null]);
      vRecs.push({ name: v, admin: !isC, express: ex === "✓" ? true : ex === "✗" ? false : null });
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push([`合计：村${admin.length}个、社区${comms.length}个`, null, null, null, null, null, null]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);

  // ---------------- 站点台账 in two stacked tables
  const open = shuffle(admin.filter((v) => !noExp.has(v))).slice(0, 20);
  const ST = open.map((v) => ({ v, op: randIsoBetween("2020-08-01", "2021-08-25") }));
  ST[3].op = "2021-08";
  ST.push({ v: towns[0].cs[1], op: randIsoBetween("2020-10-01", "2021-05-30") });
  ST.push({ v: open[8], op: "2021-09-03" });
  const TORD = TOWNS.map((t) => t[0]);
  ST.sort((a, b) => TORD.indexOf(townOf[a.v]) - TORD.indexOf(townOf[b.v]) || cmp(a.op, b.op));
  const building = [{ v: admin.filter((v) => !open.includes(v))[0], plan: "2021年10月", prog: "装修中" }, { v: noExp.values().next().value, plan: "2021年11月", prog: "选址完成" },
    { v: admin.filter((v) => !open.includes(v))[2], plan: "2021年9月", prog: "设备已进场" }];
  const sRows = [["增城区村级电子商务服务站点台账"], ["一、已挂牌运营站点"], ["序号", "镇（街）", "站点名称", "所在村（社区）", "挂牌日期", "运营主体", "备注"]];
  const sMerges = ["A1:G1", "A2:G2"];
  const sRecs = [];
  ST.forEach((s, j) => {
    const isC = s.v.endsWith("社区");
    const vcell = isC ? `${s.v}居委会` : j % 2 ? `${short(s.v)}村委会` : s.v;
    const dc = s.op === "2021-08" ? "2021年8月" : s.op === "2021-09-03" ? "2021.9.3" : dateCell(s.op, j);
    sRows.push([j + 1, townOf[s.v], `${short(s.v)}${isC ? "社区" : "村"}电商服务站${s.op === "2021-09-03" ? "（二站）" : ""}`, vcell, dc,
      ["中国邮政增城区分公司", "广州增城供销电子商务有限公司", "广州荔乡优品电子商务有限公司"][j % 3], s.op === "2021-09-03" ? "同村第二站，9月挂牌" : s.op === "2021-08" ? "8月挂牌，具体日期待核" : null]);
    sRecs.push({ village: s.v, opened: s.op });
  });
  sRows.push(padRow([], 7));
  sRows.push(["二、在建站点（截至2021年8月31日未挂牌）", null, null, null, null, null, null]);
  sMerges.push(`A${sRows.length}:G${sRows.length}`);
  sRows.push(["序号", "镇（街）", "站点名称", "所在村（社区）", "建设进度", "计划挂牌时间", "备注"]);
  building.forEach((b, j) => {
    sRows.push([j + 1, townOf[b.v], `${short(b.v)}村电商服务站`, `${short(b.v)}村委会`, b.prog, b.plan, null]);
    sRecs.push({ village: b.v });
  });
  assert(sRecs.length === 25 && sRecs.filter((r) => !r.opened).length === 3, "l2 25 stations, 3 not opened");

  // ---------------- 剪报目录 (no level column)
  const MED = [["2020-09-28", "增城区融媒体中心（“增城发布”）", "微信公众号", "增城首批村级电商服务站揭牌", "新媒体", "county", false],
    ["2020-12-16", "广州日报", "A6版 区域新闻", "增城荔枝干搭上直播快车", "报纸", "city", false],
    ["2021-02-03", "广州广播电视台《广州新闻》", "晚间新闻", "派潭脱贫户年货网上俏销", "电视", "city", true],
    ["2021-04-20", "南方日报", "A09版 广州观察", "增城电商进农村：山货出山有了新路", "报纸", "province", false],
    ["2021-06-24", "广东广播电视台珠江频道《今日关注》", "今日关注", "增城挂绿荔枝直播带货助农增收", "电视", "province", true],
    ["2021-07-30", "新华网", "广东频道", "广州增城：电商服务站开到家门口", "网络", "national", false],
    ["2021-09-08", "增城区融媒体中心《增城新闻》", "增城新闻", "迎接省考评：我区电商进农村工作综述", "电视", "county", true]];
  const mRows = [["增城区电子商务进农村宣传报道剪报目录"], ["序号", "刊播日期", "媒体", "版次／栏目", "标题", "载体", "剪报页码"]];
  const mRecs = [];
  MED.forEach(([d, m, col, t, car, lv, tvf], j) => {
    mRows.push([j + 1, d === "2021-09-08" ? "2021.9.8" : dateCell(d, j + 1), m, col, `《${t}》`, car, `P${String(j * 2 + 1).padStart(2, "0")}`]);
    mRecs.push({ date: d, level: lv, tv: tvf });
  });

  // ---------------- 经验材料
  const matRows = [["经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送对象", "报送方式"],
    [1, D("2021-01-22"), "《增城区“电商＋荔枝”助农增收做法》", "广州市商务局", "粤政易"],
    [2, "2021年7月", "《增城区村级电商服务站建设运营经验》", "广州市商务局", "电子邮件"],
    [3, "2021.9.10", "《增城区电子商务进农村综合示范创建工作总结》", "广州市商务局", "粤政易"]];
  const matRecs = [{ date: "2021-01-22" }, { date: "2021-07" }, { date: "2021-09-10" }];

  // ---------------- 月报登记 (yyyymmdd numbers, Y/N)
  const rRows = [["增城区电子商务进农村工作月报报送登记"], ["序号", "所属月份", "报送日期", "报送方式", "接收单位", "附扶贫统计（Y/N）"]];
  const rRecs = [];
  monthsBetween("2020-09", "2021-08").forEach((m, j) => {
    const nx = monthsBetween(m, "2021-12")[1];
    let d = `${nx}-${String(rint(2, 7)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(d)) || (d >= "2020-10-01" && d <= "2020-10-08")) d = isoAdd(d, 1);
    const pv = j < 3 ? "N" : j === 6 ? null : "Y";
    rRows.push([j + 1, cnMonth(m), ydNum(d), j % 2 ? "粤政易" : "电子邮件", "广州市商务局电子商务处", pv]);
    rRecs.push({ date: d, poverty: pv === "Y" ? true : pv === "N" ? false : null });
  });

  const cover = [["增城区电子商务进农村综合示范台账（第二册）"], [null], ["目　录"], ["一、村（社区）名单"], ["二、村级电子商务服务站点台账"], ["三、宣传报道剪报目录"], ["四、经验材料报送登记"],
    ["五、月报报送登记"], [null], ["编制：增城区商务局电子商务科　2021年9月"]];
  const dd = [["类别", "快递进村", "一肩挑", "载体", "报送方式"], ["村", "✓", "是", "报纸", "粤政易"], ["社区", "✗", "否", "电视", "电子邮件"], [null, "—", null, "网络", "纸质"], [null, null, null, "新媒体", null]];
  return {
    description:
      "广州增城区商务局电子商务科台账第二册（目录、五张台账、隐藏的“下拉选项”表）：①目录和下拉选项不是台账；②《村居名单》借用区民政局《2021年村（社区）“两委”换届选举结果统计表（节选）》：名称是全称“增城区正果镇××村民委员会”“增城区荔城街××社区居民委员会”（读作××村、××社区），类别“村／社区”，“书记、主任‘一肩挑’”列与台账无关，快递进村✓／✗（社区“—”未核实），镇（街）纵向合并，合计行；③《站点台账》上下两张表：“一、已挂牌运营站点”有挂牌日期（日期格、文本、Excel序号混用，一站只写“2021年8月”，同村第二站2021.9.3，社区站照列），“二、在建站点（截至2021年8月31日未挂牌）”的“计划挂牌时间”2021年9—11月是计划、不是挂牌日期，这三站记录没有开通日期；④《剪报目录》没有级别列：增城区融媒体中心县级、广州日报和广州广播电视台市级、南方日报和广东广播电视台珠江频道省级、新华网国家级，载体“电视”的是电视，9月8日一条照列；⑤《经验材料》报送日期有日期格、“2021年7月”只到月、“2021.9.10”；⑥《月报登记》报送日期是8位数字（20201009），附扶贫统计Y/N，一行空着。",
    sheets: [
      { name: "目录", rows: cover, merges: [] },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "剪报目录", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:E1"] },
      { name: "月报登记", rows: rRows, merges: ["A1:F1"] },
      { name: "下拉选项", rows: dd, merges: [], hidden: true },
    ],
    expect: {
      sheets: {
        "目录": { kind: null },
        "村居名单": { kind: "villages", records: vRecs },
        "站点台账": { kind: "stations", records: sRecs },
        "剪报目录": { kind: "media", records: mRecs },
        "经验材料": { kind: "materials", records: matRecs },
        "月报登记": { kind: "reports", records: rRecs },
        "下拉选项": { kind: null },
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
write("counties", "b199-c1-sihui.json", c1);
write("facts", "b199-f1-yuncheng.json", f1);
write("facts", "b199-f2-duanzhou.json", f2);
write("facts", "b199-f3-mazhang.json", f3);
write("ledgers", "b199-l1-xinhui.json", l1);
write("ledgers", "b199-l2-zengcheng.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
