// Batch 184 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b180.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (184184), no clock. Run: node test/corpus/_b184/gen-b184.js
//
// c1 云城区 (云浮): the whole workbook as the centre operator's data team exports it: every sheet has a banner row (表名｜版本｜
//    数据截至｜导出时间), the field row, a data-type row under it ("文本", "日期 yyyy-mm-dd", "Y/N", "数值（元）" — not a record) and
//    a "— 共n条记录 —" trailer; facts in a P01 参数表 (参数编码｜参数名称｜取值｜单位｜口径说明｜数据来源｜最后更新), claimed and
//    judged points in P02; traps: 44/62 only with the station built on 8月31日, a park firm renting a second room under the same
//    credit code (19 firms), training over 1% only with the per-person 专场 sign-ins added to the session sheet, 省内县外务工 is
//    migrant (21/42 = 50.0%), a payment dated only "2021-08", reports for Dec and Jan both sent in February (January empty).
// f1 三水区 (佛山): a collection sheet split by supplying unit: two-row header with seven unit columns under "数据提供单位及填报数据";
//    each value sits only in its supplier's column, the other six are "／"; units in their own column; 备注 carries numbers that
//    are not inputs; the leader is "区委常委、常务副区长" (deputy); judged points in the 区经科局 column of the last section.
// f2 斗门区 (珠海): the data table turned on its side — a slashed corner cell "项目＼时段", periods as rows (2019年, 2020年,
//    2021年1—8月, 截至2021年8月31日), items as columns under merged groups; a √/× list below, then the claimed points sideways too
//    (评价指标｜满分｜自评分 rows in two bands) and the judged sub-scores as one header row and one score row.
// f3 梅江区 (梅州): the bureau's 文件呈阅单 (来文单位/收文日期/编号, 文件标题, 内容, 拟办意见, 局领导批示, 办理结果) with the clerk's
//    report embedded in the merged 内容 block as two small tables; values carry their units in the cell, the 2020 growth rate is in
//    the 说明 column, the 专栏 contents are one sentence; frame dates are not data.
// l1 清新区 (清远): village list by town and by （一）村民委员会 / （二）社区居民委员会 sub-sections (no type column); station list
//    pasted from eight towns' returns as two bands of four side-by-side blocks, each town with its own date style; training with
//    男 / 女 columns and no total, a cancelled session; payments with month 小计, year 合计 and a running 累计 column.
// l2 江城区 (阳江): poor roster with labour and work status joined in one field ("普通劳动力｜省内区外务工"); sign-ins whose date is
//    written once per session and "同上" below, "缺" rows, one session with masked IDs; the 专栏 copied from the web page (two lines
//    per item, newest first, a pinned 2020 item); a report log with serial-number dates; experience materials.
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
let seed = 184184;
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
    assert(/^b184-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b184-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b184-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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



// ---------------------------------------------------------------- extra helpers (batch 184)
function dataTeamSheet(code, title, header, dict, body, trailer, exportAt) {
  // the operator's data team: a banner row, the field row, a data-type row under it (not a record), the records, a trailer
  const W = header.length;
  assert(W >= 4 && dict.length === W, "dataTeamSheet width " + code);
  const rows = [padRow([`表名：${code} ${title}`, "版本：v2.3", "数据截至：2021-08-31", `导出时间：${exportAt || "2021-09-07 16:20"}`], W), header.slice(), dict.slice()];
  for (const r of body) {
    assert(r.length === W, `${code}: row width ${r.length} != ${W}`);
    rows.push(r);
  }
  rows.push(padRow([trailer], W));
  return rows;
}
function yn(b) {
  return b === null || b === undefined ? null : b ? "Y" : "N";
}

// =====================================================================================================
// c1 — 云浮云城区: the operator's data-team workbook (banner + field row + data-type row in every sheet, Y/N, trailers)
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "445302";
  const TOWNS = [["云城街道", 3, 6], ["高峰街道", 6, 4], ["河口街道", 6, 3], ["安塘街道", 7, 3], ["思劳镇", 9, 1], ["前锋镇", 11, 1], ["南盛镇", 10, 2], ["腰古镇", 10, 1]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("大小新东西南北上下平石罗黎谭蟠朗", ["岗", "塘", "坑", "洞", "垌", "田", "步", "岭", "坪", "湾", "水", "江", "冲", "寨"], "村", prefixes);
  const cName = nameMaker("城丰兴华安富桂永", ["南", "北", "东", "西", "中", "景", "和", "盛"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc], ti) => ({ t, code: pad3(ti + 1), vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  assert(admin.length === 62 && comms.length === 21, "c1 62 + 21");
  noStemClash(admin, comms, "c1");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const short = (v) => v.replace(/村$|社区$/, "");
  const rural = towns.filter((x) => ["安塘街道", "思劳镇", "前锋镇", "南盛镇", "腰古镇"].includes(x.t)).flatMap((x) => x.vs);
  const poor = shuffle(rural).slice(0, 9);
  const poorSet = new Set(poor);
  const poorLate = poor[8];
  const shNP = shuffle(admin.filter((v) => !poorSet.has(v)));
  const coveredPlan = poor.slice(0, 8).concat(shNP.slice(0, 36));
  const uncoveredNP = shNP.slice(36);
  assert(coveredPlan.length === 44 && uncoveredNP.length === 17, "c1 44 covered planned");
  const noExpress = uncoveredNP[0];
  const vPend = uncoveredNP[1];

  // ---------------- L01 村居
  const vBody = [];
  let vq = 0;
  for (const x of towns) {
    x.cs.forEach((c, k) => vBody.push([++vq, `${REGION}${x.code}${pad3(k + 1)}`, x.t, `${c}居民委员会`, "社区", "—", "—"]));
    x.vs.forEach((v, k) => vBody.push([++vq, `${REGION}${x.code}${pad3(201 + k)}`, x.t, `${short(v)}村民委员会`, "行政村", yn(poorSet.has(v)), yn(v !== noExpress)]));
  }
  const vRows = dataTeamSheet("L01", "村（居）委会名单", ["序号", "区划代码", "镇（街道）", "村（居）名称", "类型", "省定贫困村", "快递进村"],
    ["整数", "文本（12位）", "文本", "文本（民政登记全称）", "行政村/社区", "Y/N（社区填—）", "Y/N（社区填—）"], vBody,
    `— 共${vBody.length}条记录（行政村${admin.length}、社区${comms.length}）；来源：区民政局2021年6月名单 —`);

  // ---------------- L02 站点
  const stations = [];
  coveredPlan.forEach((v, j) => stations.push({ v, op: j === 17 ? CUT : randIsoBetween("2020-07-06", "2021-08-20"), st: "在营" }));
  const second = coveredPlan[12];
  stations.push({ v: second, op: randIsoBetween("2021-03-01", "2021-08-10"), st: "在营", note: "同村第二个站点" });
  stations.push({ v: poorLate, op: "2021-09-03", st: "在营" });
  stations.push({ v: vPend, op: null, st: "筹建中" });
  const commSt = comms[2];
  stations.push({ v: commSt, op: randIsoBetween("2020-12-01", "2021-05-31"), st: "在营" });
  const sBody = [];
  const tIdx = Object.fromEntries(towns.map((x, i) => [x.t, i]));
  stations.sort((a, b) => tIdx[townOf[a.v]] - tIdx[townOf[b.v]] || cmp(String(a.op), String(b.op)));
  const sCount = {};
  stations.forEach((s, j) => {
    const x = towns[tIdx[townOf[s.v]]];
    sCount[x.t] = (sCount[x.t] || 0) + 1;
    const isComm = !admin.includes(s.v);
    let vcell = s.v;
    if (!isComm && j % 6 === 2) vcell = `${short(s.v)}村民委员会`;
    else if (!isComm && j % 6 === 4) vcell = `${short(s.v)}村委会`;
    const name = isComm ? `${short(s.v)}社区电商服务点` : s.note ? `${short(s.v)}村益农信息社` : `${short(s.v)}村电商服务站`;
    const dcell = s.op === null ? null : j % 9 === 5 ? D(s.op) : s.op;
    sBody.push([`YC${x.code}-${pad3(sCount[x.t])}`, name, x.t, vcell, `云浮市云城区${x.t}${short(s.v)}${isComm ? "社区" : "村"}${rint(1, 66)}号`, personName(), mask(phone()), dcell, s.st]);
  });
  const sRows = dataTeamSheet("L02", "村级电商服务站点", ["站点编码", "站点名称", "镇（街道）", "所在村（居）", "详细地址", "负责人", "联系电话", "建成日期", "状态"],
    ["文本", "文本", "文本", "文本", "文本", "文本", "文本（脱敏）", "日期 yyyy-mm-dd", "在营/筹建中"], sBody, `— 共${sBody.length}条记录 —`);
  const adminSet = new Set(admin);
  const covered = new Set(stations.filter((s) => adminSet.has(s.v) && s.op && s.op <= CUT).map((s) => s.v));
  const coveredPoor = poor.filter((v) => covered.has(v));
  assert(covered.size === 44 && ratioGE(44, 62, 70) && !ratioGE(43, 62, 70), "c1 44/62 = 71.0% → 5; 43 would be 69.4%");
  assert(stations.filter((s) => s.op === CUT).length === 1, "c1 one station on the cut-off day");
  assert(coveredPoor.length === 8 && ratioGE(8, 9, 80) && !ratioGE(8, 9, 100), "c1 poor 8/9 → 3");

  // ---------------- L03 园区企业
  const F = [["云浮市云城区云品汇电子商务有限公司", "平台型"], ["云浮石都优选网络科技有限公司", "平台型"], ["云浮市云城区腰古山货电子商务商行", "销售型"],
    ["云浮市云城区思劳茶叶网店", "销售型"], ["云浮市云城区南盛砂糖桔电商有限公司", "销售型"], ["云浮市云城区前锋肉桂电子商务有限公司", "销售型"],
    ["云浮市云城区安塘石艺工艺品网店", "销售型"], ["云浮市云城区河口农家腊味商行", "销售型"], ["云浮市云城区高峰蜂蜜电子商务有限公司", "销售型"],
    ["云浮市云城区稻香米业电商有限公司", "销售型"], ["云浮市云城区云雾绿茶网店", "销售型"], ["云浮云城电商运营服务有限公司", "电商运营商"],
    ["云浮市云城区创联代运营工作室", "电商运营商"], ["云浮市云城区速递物流有限公司", "物流企业"], ["云浮市云城区冷链仓储有限公司", "物流企业"],
    ["云浮市云城区山水直播传媒有限公司", "直播电商"], ["云浮市云城区巧手包装设计有限公司", "设计服务"], ["云浮市云城区乡味供应链有限公司", "销售型"],
    ["云浮市云城区农e购电子商务有限公司", "平台型"], ["云浮市云城区石艺网络科技有限公司", "销售型"]].map(([n, t]) => ({ n, t, code: creditCode(REGION) }));
  const entries = Array.from({ length: F.length }, () => randIsoBetween("2020-08-03", "2021-08-16")).sort();
  const ROOMS = shuffle([1, 2, 3].flatMap((fl) => Array.from({ length: 20 }, (_, k) => `${fl}${String(k + 1).padStart(2, "0")}`)));
  const E = F.map((f, j) => ({ f, name: f.n, type: f.t, in: entries[j], out: null, room: ROOMS[j] }));
  const leaver = E[7];
  assert(leaver.in < "2021-06-30", "c1 leaver entered before leaving");
  leaver.out = "2021-06-30";
  const dupOf = E[5];
  const dupRow = { f: dupOf.f, name: `${dupOf.f.n}（直播间）`, type: "直播电商", in: randIsoBetween(dupOf.in, "2021-08-16"), out: null, room: "直播区B3" };
  const late = { f: { n: "云浮市云城区新农人电子商务有限公司", t: "销售型", code: creditCode(REGION) }, name: "云浮市云城区新农人电子商务有限公司", type: "销售型", in: "2021-09-06", out: null, room: leaver.room };
  const ER = E.concat([dupRow, late]).sort((a, b) => cmp(a.in, b.in));
  const eBody = ER.map((e, j) => [`YQ-${pad3(j + 1)}`, e.name, e.f.code, e.type, j % 7 === 3 ? D(e.in) : e.in, e.out, e.room]);
  const eRows = dataTeamSheet("L03", "电商产业园入驻企业", ["企业编码", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退出日期", "房号"],
    ["文本", "文本", "文本（18位）", "平台型/销售型/电商运营商/物流企业/其他", "日期 yyyy-mm-dd", "日期（空＝在园）", "文本"], eBody,
    `— 共${eBody.length}条记录；同一企业在直播区另租一间的单列一行 —`);
  const activeRows = ER.filter((e) => e.in <= CUT && !(e.out && e.out <= CUT));
  const activeCodes = new Set(activeRows.map((e) => e.f.code));
  const activeTypes = new Set(activeRows.map((e) => e.type));
  assert(ER.length === 22 && activeRows.length === 20 && activeCodes.size === 19, "c1 20 active rows, 19 firms");
  assert(["平台型", "销售型", "电商运营商", "物流企业"].every((t) => activeTypes.has(t)), "c1 types");

  // ---------------- L04 培训场次 (sessions) and L05 专场签到 (people)
  const SES = [];
  const sesDates = Array.from({ length: 16 }, () => randIsoBetween("2020-09-08", "2021-08-25")).sort();
  const PLACES = ["区电商公共服务中心", "思劳镇党群服务中心", "前锋镇文化站", "南盛镇综合文化站", "腰古镇党群服务中心", "安塘街道新时代文明实践所"];
  const TOPICS = ["农村电商基础知识", "网店开设与运营", "短视频拍摄与直播带货", "农产品品牌与包装", "电商客服与物流", "社区团购实务"];
  const OBJ = ["返乡青年、农民", "合作社、家庭农场负责人", "村级站点站长", "个体工商户", "村“两委”干部"];
  sesDates.forEach((d, j) => SES.push({ start: j % 4 === 1 ? isoAdd(d, -1) : d, end: d, n: rint(150, 225), topic: TOPICS[j % 6], place: PLACES[j % 6], obj: OBJ[j % 5] }));
  // exactly 2,990 person-times by the cut-off
  let dsum = 2990 - sum(SES.map((s) => s.n));
  for (let j = 0; dsum !== 0; j = (j + 1) % SES.length) {
    const st = Math.sign(dsum) * Math.min(Math.abs(dsum), 20);
    if (SES[j].n + st < 90 || SES[j].n + st > 300) continue;
    SES[j].n += st;
    dsum -= st;
  }
  const sept = { start: "2021-09-14", end: "2021-09-15", n: 160, topic: "跨境电商入门", place: "区电商公共服务中心", obj: "电商企业从业人员" };
  const SES2 = SES.concat([sept]);
  const pBody = SES2.map((s, j) => [`PX-${String(j + 1).padStart(2, "0")}`, `第${j + 1}期 ${s.topic}`, s.start, s.end, s.place, s.obj, j === 6 ? `${s.n}` : s.n, s.end > CUT ? "9月开班" : null]);
  const ptSessions = sum(SES.map((s) => s.n));
  const tRows = dataTeamSheet("L04", "培训场次（普及培训）", ["场次编码", "培训名称", "开始日期", "结束日期", "培训地点", "培训对象", "人次", "备注"],
    ["文本", "文本", "日期 yyyy-mm-dd", "日期 yyyy-mm-dd", "文本", "文本", "整数（人次）", "文本"], pBody,
    `— 共${pBody.length}条记录，人次合计${fmtInt(sum(SES2.map((s) => s.n)))}；贫困户专场为逐人签到，见 L05_专场签到，不在本表 —`);
  assert(ptSessions === 2990, "c1 2,990 session person-times");

  // poor roster
  const people = [];
  const plan = shuffle([].concat(Array(42).fill("E"), Array(8).fill("M"), Array(6).fill("N")));
  let ci = 0;
  let hh = 0;
  const villagesForPoor = poor.slice(0, 8);
  let wantXDone = false;
  while (ci < plan.length) {
    const size = Math.min(plan.length - ci, rint(2, 4));
    const codes = plan.slice(ci, ci + size).sort((a, b) => (a === "N") - (b === "N"));
    ci += size;
    const hid = `4453020${String(31000 + hh * 37).padStart(7, "0")}`;
    hh++;
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    const vil = villagesForPoor[hh % villagesForPoor.length];
    codes.forEach((c, j) => {
      const rel = j === 0 ? "户主" : c === "N" ? (rnd() < 0.5 ? "之父" : "之母") : j === 1 ? "配偶" : rnd() < 0.5 ? "之子" : "之女";
      const birth = c === "N" ? birthBetween(1938, 1956) : rel === "户主" || rel === "配偶" ? birthBetween(1965, 1985) : birthBetween(1990, 2002);
      const male = rel === "之父" || rel === "之子" ? true : rel === "之母" || rel === "之女" ? false : rel === "户主" ? rnd() < 0.8 : rnd() < 0.3;
      const wantX = !wantXDone && c === "E" ? true : undefined;
      const id = makeId(REGION, birth, male, wantX);
      if (wantX) wantXDone = true;
      let skill;
      let work;
      if (c === "E") {
        skill = ["技能劳动力", "普通劳动力", "普通劳动力", "弱劳动力或半劳动力"][rint(0, 3)];
        work = ["县内务工", "公益性岗位", "未务工", "县内务工"][rint(0, 3)];
      } else if (c === "M") {
        skill = ["技能劳动力", "普通劳动力"][rint(0, 1)];
        work = ["省外务工", "省内县外务工"][rint(0, 1)];
      } else {
        skill = ["丧失劳动力", "无劳动力"][rint(0, 1)];
        work = "未务工";
      }
      people.push({ c, hid: j === 0 ? hid : null, name: rel === "配偶" ? personName() : personName(sn), rel, id, skill, work, vil, xTyped: wantX === true });
    });
  }
  const eligible = people.filter((p) => p.c === "E");
  const migrants = people.filter((p) => p.c === "M");
  const noLab = people.filter((p) => p.c === "N");
  assert(eligible.length === 42 && migrants.length === 8 && noLab.length === 6 && wantXDone, "c1 roster 42/8/6");
  assert(migrants.some((p) => p.work === "省内县外务工") && migrants.some((p) => p.work === "省外务工"), "c1 both migrant kinds");
  const rRowsP = people.map((p, j) => [j + 1, p.hid, p.name, p.rel, p.id, p.skill, p.work, p.vil]);
  const prRows = dataTeamSheet("L06", "脱贫人口（劳动力）", ["序号", "户编号", "姓名", "与户主关系", "身份证号", "劳动技能", "务工状态", "所在村"],
    ["整数", "文本", "文本", "文本", "文本（18位）", "技能劳动力/普通劳动力/弱劳动力或半劳动力/丧失劳动力/无劳动力", "省外务工/省内县外务工/县内务工/公益性岗位/未务工", "文本"], rRowsP,
    `— 共${people.length}条记录；来源：区乡村振兴局防返贫监测系统2021年7月导出 —`);

  // special sessions: sign-ins, one row per person per session
  const xPerson = eligible.find((p) => p.xTyped);
  const trained = [xPerson].concat(shuffle(eligible.filter((p) => p !== xPerson)).slice(0, 20));
  const septOnly = eligible.find((p) => !trained.includes(p));
  const repeaters = trained.slice(1, 7);
  const others = [];
  for (let k = 0; k < 53; k++) {
    const male = rnd() < 0.5;
    others.push({ name: personName(), id: makeId(REGION, birthBetween(1968, 2000), male), vil: admin[rint(0, admin.length - 1)], poor: false });
  }
  const SP = [{ d: "2020-11-18", cap: 20 }, { d: "2021-01-12", cap: 18 }, { d: "2021-05-20", cap: 19 }, { d: "2021-07-28", cap: 18 }];
  SP.forEach((s) => (s.list = []));
  const put = (p, avoid) => {
    const open = SP.map((s, i) => i).filter((i) => SP[i].list.length < SP[i].cap && i !== avoid);
    const i = open[rint(0, open.length - 1)];
    SP[i].list.push(p);
    return i;
  };
  for (const p of repeaters) put(p, put(p, -1));
  for (const p of trained.slice(7)) put(p, -1);
  put(trained[0], -1);
  for (const p of migrants.slice(0, 3)) put(p, -1);
  put(noLab[0], -1);
  let oi = 0;
  while (SP.some((s) => s.list.length < s.cap)) put(others[oi++], -1);
  const S5 = { d: "2021-09-09", list: [septOnly, trained[8], trained[15]].concat(others.slice(oi, oi + 9)) };
  oi += 9;
  assert(oi <= others.length, "c1 enough other trainees");
  const signRows = [];
  const signDate = (d, k) => (k === 0 ? d : k === 1 ? D(d) : d);
  [...SP, S5].forEach((s, si) => {
    shuffle(s.list).forEach((p) => {
      const isRoster = people.includes(p);
      const idCell = p.xTyped ? p.id.slice(0, 17) + "x" : p.id;
      signRows.push([`QD-${String(signRows.length + 1).padStart(3, "0")}`, `ZC-0${si + 1}`, signDate(s.d, signRows.length % 11 === 4 ? 1 : 0), p.name, idCell, p.vil, yn(isRoster)]);
    });
  });
  const qRows = dataTeamSheet("L05", "专场签到（脱贫户电商专场）", ["签到编码", "场次编码", "培训日期", "姓名", "身份证号", "所在村（居）", "脱贫户"],
    ["文本", "ZC-01…ZC-05", "日期 yyyy-mm-dd", "文本", "文本（18位）", "文本", "Y/N"], signRows,
    `— 共${signRows.length}条记录（5场）；ZC-05 为2021-09-09 —`);
  const signByCut = SP.reduce((a, s) => a + s.list.length, 0);
  assert(signByCut === 75 && S5.list.length === 12, "c1 75 sign-ins by the cut-off, 12 in September");
  const ptAll = ptSessions + signByCut;
  const base = Math.min(305200, 500000);
  assert(ratioGE(ptAll, base, 1) && !ratioGE(ptSessions, base, 1) && ptSessions * 1000 >= base * 8, "c1 3,065 ≥ 1%; sessions alone 0.98%");
  const idsByCut = new Set(SP.flatMap((s) => s.list.map((p) => p.id)));
  const trainedElig = eligible.filter((p) => idsByCut.has(p.id));
  assert(trainedElig.length === 21 && ratioGE(21, 42, 50) && !ratioGE(21, 42, 70), "c1 21/42 = 50.0%");
  const withMigr = eligible.concat(migrants);
  const trainedWithMigr = withMigr.filter((p) => idsByCut.has(p.id)).length;
  assert(trainedWithMigr === 24 && !ratioGE(24, 50, 50) && ratioGE(24, 50, 40), "c1 with migrants 24/50 = 48% → 8");
  assert(!idsByCut.has(septOnly.id), "c1 September-only trainee");

  // ---------------- L07 资金
  const PAYS = [["2020-10-16", "区电商公共服务中心建设首期款", "云浮云城电商运营服务有限公司", 680000, null],
    ["2020-12-22", "村级电商服务站点建设首期款", "中国邮政集团有限公司云浮市云城区分公司", 426000, "42.6万"],
    ["2021-01-28", "农村电商培训服务费（第一批）", "云浮市云城区职业技能培训学校", 314000, null],
    ["2021-03-19", "农村物流配送体系建设首期款", "云浮市云城区速递物流有限公司", 1280000, "1,280,000.00"],
    ["2021-05-14", "区电商公共服务中心建设进度款", "云浮云城电商运营服务有限公司", 360000, null],
    ["2021-06-25", "农产品品牌培育推广服务费", "云浮市云城区巧手包装设计有限公司", 180000, null],
    ["2021-08", "村级电商服务站点建设进度款", "中国邮政集团有限公司云浮市云城区分公司", 320000, null],
    ["2021-09-02", "冷链及溯源系统建设首期款", "云浮市云城区冷链仓储有限公司", 280000, null]];
  const fBody = PAYS.map(([d, what, who, amt, txt], j) => [`JZ-2021-${pad3(j * 7 + 3)}`, d === "2020-12-22" ? D(d) : d, what, who, txt || amt,
    d === "2021-08" ? "财政8月集中支付，回单日期待补" : d > CUT ? "9月支付" : null]);
  const fRows = dataTeamSheet("L07", "省级专项资金拨付", ["凭证号", "支付日期", "项目", "收款单位", "金额", "备注"],
    ["文本", "日期 yyyy-mm-dd", "文本", "文本", "数值（元）", "文本"], fBody, `— 共${fBody.length}条记录，金额合计${fmtMoney(sum(PAYS.map((p) => p[3])))}元 —`);
  const spent = sum(PAYS.filter((p) => p[0] <= CUT).map((p) => p[3]));
  const spentNoMonth = sum(PAYS.filter((p) => p[0] <= CUT && p[0].length === 10).map((p) => p[3]));
  assert(spent === 3560000 && ratioGE(spent, 5000000, 70) && !ratioGE(spentNoMonth, 5000000, 70), "c1 71.2%; without the 2021-08 row 64.8%");

  // ---------------- L08 专栏更新
  const upd = [];
  for (const m of monthsBetween("2020-06", "2021-09")) {
    const [y, mo] = m.split("-").map(Number);
    upd.push({ d: `${m}-${String(rint(2, Math.min(27, lastDay(y, mo)))).padStart(2, "0")}`, t: `云城区电子商务进农村综合示范项目建设进度（${cnMonth(monthsBetween("2020-01", m).slice(-2)[0])}）`, col: "建设进度" });
  }
  upd.push({ d: "2020-06-12", t: "云城区电子商务进农村综合示范创建实施方案", col: "创建方案" });
  upd.push({ d: "2020-07-21", t: "云城区电子商务进农村综合示范项目基本信息公开", col: "项目信息" });
  upd.push({ d: "2021-01-19", t: "云城区第一批村级电商服务站点名单公示", col: "项目信息" });
  upd.push({ d: "2021-04-27", t: "关于公开征求农村电商扶持措施意见的公告", col: "征求意见" });
  upd.sort((a, b) => cmp(a.d, b.d));
  const dBody = upd.map((u, j) => [j + 1, u.d, u.t, u.col, `http://www.yunfeng.gov.cn/ycq/zwgk/dszl/content/post_${1400000 + j * 317}.html`]);
  const dRows = dataTeamSheet("L08", "政府网专栏更新记录", ["序号", "发布日期", "标题", "栏目", "链接"], ["整数", "日期 yyyy-mm-dd", "文本", "文本", "URL"], dBody,
    `— 共${dBody.length}条记录 —`);
  const dMonths = new Set(upd.filter((u) => u.d <= CUT).map((u) => ym(u.d)));
  assert(WINDOW.every((w) => dMonths.has(w)), "c1 column every month");

  // ---------------- L09 月报
  const REP = [["2020年8月", "2020-09-04"], ["2020年9月", "2020-10-09"], ["2020年10月", "2020-11-05"], ["2020年11月", "2020-12-04"],
    ["2020年12月", "2021-02-03"], ["2021年1月", "2021-02-03"], ["2021年2月", "2021-03-05"], ["2021年3月", "2021-04-06"], ["2021年4月", "2021-05-07"],
    ["2021年5月", "2021-06-04"], ["2021年6月", "2021-07-05"], ["2021年7月", "2021-08-05"], ["2021年8月", "2021-09-03"]];
  const rBody = REP.map(([m, d], j) => [j + 1, m, d, "云浮市商务局", j % 2 ? "粤政易" : "电子邮件", yn(j > 0), m === "2020年12月" ? "春节前未报，2月3日与1月合并报送" : null]);
  const repRows = dataTeamSheet("L09", "月报报送记录", ["序号", "报送月份", "报送日期", "报送对象", "报送方式", "含扶贫统计", "备注"],
    ["整数", "文本", "日期 yyyy-mm-dd", "文本", "文本", "Y/N", "文本"], rBody, `— 共${rBody.length}条记录 —`);
  const repMonths = new Set(REP.filter((r) => r[1] <= CUT).map((r) => ym(r[1])));
  const repMissing = WINDOW.filter((w) => !repMonths.has(w));
  assert(repMissing.join() === "2021-01", "c1 no report dated in 2021-01");

  // ---------------- L10 宣传 and L11 经验材料
  const MEDIA = [["2020-11-20", "“云城发布”微信公众号", "区级", "网络", "云城首批村级电商服务站挂牌", "N"],
    ["2021-01-15", "云浮日报", "市级", "报纸", "云城砂糖桔搭上电商快车", "N"],
    ["2021-04-22", "云浮电视台《云浮新闻》", "市级", "电视", "云城脱贫户直播卖肉桂", "Y"],
    ["2021-06-10", "云城区融媒体中心", "区级", "电视", "电商培训进村入户", "N"],
    ["2021-09-02", "广东广播电视台《广东新闻联播》", "省级", "电视", "云城：电商帮扶助脱贫户增收", "Y"],
    ["2021-09-06", "南方+客户端", "省级", "网络", "云浮云城电商进农村示范创建见成效", "N"]];
  const mBody = MEDIA.map((m, j) => [j + 1, m[0], m[1], m[2], m[3], `《${m[4]}》`, m[5]]);
  const mRows = dataTeamSheet("L10", "宣传报道", ["序号", "发布日期", "媒体名称", "媒体级别", "形式", "标题", "电商扶贫典型案例"],
    ["整数", "日期 yyyy-mm-dd", "文本", "国家级/省级/市级/区级", "电视/报纸/网络", "文本", "Y/N"], mBody, `— 共${mBody.length}条记录 —`);
  const matBody = [[1, "2021-07-16", "《云城区“电商＋肉桂”助农增收经验材料》", "云浮市商务局"], [2, "2021-09-08", "《云城区电子商务进农村综合示范创建工作总结》", "广东省商务厅"]];
  const matRows = dataTeamSheet("L11", "经验材料报送", ["序号", "报送日期", "材料名称", "报送对象"], ["整数", "日期 yyyy-mm-dd", "文本", "文本"], matBody, `— 共2条记录 —`);

  // ---------------- P01 参数 (facts) and P02 自评
  const P = [
    ["JC01", "县（市、区）", "云城区", "—", null, "—"],
    ["JC02", "考评截止日期", "2021-08-31", "日期", "省商务厅考评通知", "—"],
    ["JC03", "常住人口", "30.52", "万人", "第七次全国人口普查", "区统计局"],
    ["JC04", "行政村数", "62", "个", "不含社区居委会21个", "区民政局"],
    ["JC05", "省定贫困村数", "9", "个", null, "区乡村振兴局"],
    ["ZZ01", "领导小组组长", "区委副书记、区长", "—", "云城府办函〔2020〕27号", "区府办"],
    ["ZZ02", "领导小组成员单位", "区经济促进局（商务）；区财政局；区农业农村局（区乡村振兴局）；区交通运输局；区市场监督管理局；云城邮政分公司", "—", "分号分隔", "区府办"],
    ["ZZ03", "示范县工作方案正式印发", "Y", "Y/N", "云城府办〔2020〕19号", "区经济促进局"],
    ["ZZ04", "出台支持农村电商发展的政策", "Y", "Y/N", "《云城区促进农村电子商务发展扶持办法》", "区经济促进局"],
    ["FW01", "县级电子商务公共服务中心投入运营日期", "2021-03-01", "日期", "揭牌正式运营；2020-12-18起试运营", "运营服务商"],
    ["FW02", "免费培训场所、培训设备，能组织电商基础培训", "Y", "Y/N", null, "运营服务商"],
    ["FW03", "为特色农产品提供免费展示、销售服务", "Y", "Y/N", null, "运营服务商"],
    ["FW04", "为电子商务市场主体提供免费摄影、美工服务", "Y", "Y/N", null, "运营服务商"],
    ["FW05", "组织农产品统一推广、指导特色农产品品牌建设", "Y", "Y/N", "“云城好物”区域公用品牌", "运营服务商"],
    ["FW06", "为电子商务发展提供其他衍生增值服务", "N", "Y/N", "计划2021年四季度开展", "运营服务商"],
    ["FW07", "建设或整合、优化当地电商产业园", "Y", "Y/N", "云城区电商产业园", "区经济促进局"],
    ["SX01", "有专业第三方电子商务运营或服务商", "Y", "Y/N", "云浮云城电商运营服务有限公司", "区经济促进局"],
    ["SX02", "行政村物流快递覆盖率100%", "Y", "Y/N", "据区邮政分公司口头报告", "云城邮政分公司"],
    ["SX03", "2019年农村网络零售额", "48630", "万元", null, "省商务厅"],
    ["SX04", "2020年农村网络零售额", "60215", "万元", null, "省商务厅"],
    ["SX05", "2019年农产品网络零售额", "6842", "万元", null, "省商务厅"],
    ["SX06", "2020年农产品网络零售额", "8921", "万元", null, "省商务厅"],
    ["GK01", "专栏公示创建方案", "Y", "Y/N", null, "区政数局"],
    ["GK02", "专栏公示项目基本信息", "Y", "Y/N", null, "区政数局"],
    ["GK03", "专栏公示项目建设进度", "Y", "Y/N", null, "区政数局"],
    ["GK04", "专栏设立征求意见或监督举报窗口", "Y", "Y/N", "征求意见窗口", "区政数局"],
    ["SB01", "能统计电商扶贫情况", "Y", "Y/N", "月报附表", "区经济促进局"],
    ["ZJ01", "下达省级专项资金", "500", "万元", null, "区财政局"],
    ["ZJ02", "已制定资金管理制度", "Y", "Y/N", null, "区财政局"],
    ["ZJ03", "已建立资金专用台账", "Y", "Y/N", null, "区财政局"],
    ["ZJ04", "项目总体进度", "86", "%", "监理月报（8月）", "监理单位"],
    ["FJ01", "发生安全生产、质量事故或重大损失", "N", "Y/N", null, "区经济促进局"],
    ["FJ02", "弄虚作假", "N", "Y/N", null, "区经济促进局"],
  ];
  const pBodyF = P.map((p, j) => p.concat([isoAdd("2021-08-20", (j * 5) % 18)]));
  const factRows = dataTeamSheet("P01", "参数表", ["参数编码", "参数名称", "取值", "单位", "口径说明", "数据来源", "最后更新"],
    ["文本", "文本", "文本（按单位读）", "文本", "文本", "文本", "日期"], pBodyF, `— 共${P.length}个参数 —`);
  const IND = [["ZB01", "组织领导", 2, 2], ["ZB02", "方案制定", 2, 2], ["ZB03", "政策支持", 2, 2], ["ZB04", "项目管理", 4, 3], ["ZB05", "服务体系建设（县级中心与产业园）", 15, 15],
    ["ZB06", "服务体系建设（村级站点覆盖）", 10, 10], ["ZB07", "农村产品上行", 10, 9], ["ZB08", "电商人才培训", 20, 20], ["ZB09", "信息公开", 4, 4], ["ZB10", "数据上报", 6, 6],
    ["ZB11", "案例总结", 2, 2], ["ZB12", "经验推广", 8, 7], ["ZB13", "制度建立", 5, 4], ["ZB14", "资金台账", 5, 4], ["ZB15", "资金支出", 5, 4],
    ["JF01", "加分项：贫困人口培训率≥70%", 2, 0], ["JF02", "加分项：电商扶贫典型案例电视播报", 2, 1]];
  const SUB = { ZB02: [["ZB02-1", "方案制定", 2]], ZB03: [["ZB03-1", "政策支持", 2]], ZB04: [["ZB04-1", "项目管理制度", 2], ["ZB04-2", "工作台账", 1]],
    ZB07: [["ZB07-1", "网销调研", 2], ["ZB07-2", "网络促销活动", 1], ["ZB07-5", "交易标准与冷链溯源", 1]], ZB13: [["ZB13-1", "资金管理制度", 4]],
    ZB14: [["ZB14-1", "资金台账", 4]], ZB15: [["ZB15-1", "资金及时拨付", 4]] };
  const aBody = [];
  for (const [code, n, max, pts] of IND) {
    aBody.push([code, n, max, pts, null, null, null]);
    for (const [sc, sn, sp] of SUB[code] || []) aBody.push([null, null, null, null, sc, sn, sp]);
  }
  const claimedScored = sum(IND.slice(0, 15).map((x) => x[3]));
  const selfRows = dataTeamSheet("P02", "自评分（局务会审定）", ["指标编码", "评价指标", "满分", "自评分", "分项编码", "主观分项", "分项自评分"],
    ["文本", "文本", "数值", "数值", "文本", "文本", "数值（1-2分或1-5分）"], aBody, `— 自评合计${claimedScored}分，加分${IND[15][3] + IND[16][3]}分 —`);
  assert(claimedScored === 94, "c1 claimed 94");

  const readme = [["云城区电子商务进农村综合示范数据台账（数据组导出版）"], ["1. 每张表第1行为表名/版本/截止/导出信息，第2行为字段名，第3行为字段类型说明（不是数据），最后一行为统计行。"],
    ["2. 是否类字段统一为 Y/N；日期统一为 yyyy-mm-dd（手工补录的个别为日期格式）；金额单位见第3行。"], ["3. 参数表“最后更新”为数据更新日期，不是业务日期。"],
    ["4. 数据截至2021-08-31，少量9月数据已录入，备注注明。"], ["编制：云浮云城电商运营服务有限公司数据组　　审核：云城区经济促进局电商股"]];
  const dict = [["是否"], ["Y"], ["N"], [null], ["类型"], ["行政村"], ["社区"], [null], ["企业类型"], ["平台型"], ["销售型"], ["电商运营商"], ["物流企业"], ["其他"]];

  // ---------------- points
  const pop = 305200;
  const center = { opened: 2, six: 0, training: 2, display: 1, photo: 1, brand: 1, other: 0, park: 2, firms: activeCodes.size >= 20 ? 2 : 0, types: activeTypes.size >= 3 ? 1 : 0 };
  assert("2021-03-01" > "2021-02-28", "c1 opened after 2021-02-28");
  const centerPts = sum(Object.values(center));
  assert(centerPts === 10, "c1 centre 10");
  const ruralOk = 60215 * 10 >= 48630 * 13;
  const agriOk = 8921 * 10 >= 6842 * 13;
  assert(!ruralOk && agriOk && pct1(60215 - 48630, 48630) === "23.8%" && pct1(8921 - 6842, 6842) === "30.4%", "c1 growth: rural 23.8%, agri 30.4%");
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 2 + 1, "work.center": centerPts,
    "work.coverage": 5 + 3, "work.upward": 2 + 1 + 1 + 0 + 1 + 2, "work.training": 10 + 10, "info.disclosure": 2 + 2,
    "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 3 + 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 0, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 80 && bonus === 0, "c1 total 80 " + scored);
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = IND[j][3]));
  claimed["bonus.poorTraining"] = IND[15][3];
  claimed["bonus.tvCase"] = IND[16][3];
  const dupName = dupRow.name;
  const derivation = [
    "org.leadership: P01 ZZ01 组长“区委副书记、区长”（主要领导）；ZZ02 成员单位有区经济促进局（商务）、区财政局、区农业农村局（区乡村振兴局）→ 商务、财政、农业农村、扶贫（乡村振兴）都在 → 2",
    "org.plan: P02 分项 ZB02-1 方案制定2（ZZ03 方案已印发） → 2",
    "org.policy: ZB03-1 政策支持2（ZZ04 已出台） → 2",
    "org.management: ZB04-1 项目管理制度2 + ZB04-2 工作台账1 → 3",
    `work.center: FW01 投入运营2021-03-01 ≤ 8月31日 → 建成2；但晚于2021-02-28，未满6个月 → 0（“2020-12-18起试运营”只是口径说明）；免费培训2、展示销售1、摄影美工1、品牌推广1；FW06 其他增值服务N → 0；FW07 产业园Y → 2；L03 入驻企业22行：“${late.name}”2021-09-06入驻不算、“${leaver.name}”2021-06-30退出不算，余20行，但“${dupName}”与“${dupOf.name}”统一社会信用代码相同，是同一家 → 在园19家 < 20 → 0；类型有平台型、销售型、电商运营商、物流企业等 → 1；合计10（自评15）`,
    `work.coverage: L01 行政村62个（社区21个不算，第3行是字段类型说明不是村）；L02 截至8月31日有站点的行政村44个（一站建成日期正是2021-08-31，算；“${second}”两个站只算一次；“${vPend}”的站“筹建中”无日期、不算；社区站点不算；村名写“××村民委员会”“××村委会”的与名单同村） → 44/62 = 71.0% ≥ 70% → 5（少了8月31日那站就是43/62 = 69.4% → 2）；省定贫困村9个，“${poorLate}”唯一的站2021-09-03建成 → 8/9 = 88.9% → 3；合计8（自评10）`,
    `work.upward: 网销调研2、网络促销1；第三方运营服务商Y → 1；L01 有“快递进村”列，“${noExpress}”为N → 0（P01 SX02 写Y，以名单为准、提示）；交易标准与冷链溯源1；农村网零48,630→60,215万元增长23.8%不够，农产品网零6,842→8,921万元增长30.4% ≥ 30% → 2；合计7（自评9）`,
    `work.training: L04 普及培训场次截至8月31日16期${fmtInt(ptSessions)}人次（PX-17 9月一期160人次不算；一格人次是文本“${SES[6].n}”）＋ L05 专场签到截至8月31日4场75人次（ZC-05 9月9日12人次不算；L04 统计行写明专场不在本表）＝${fmtInt(ptAll)}人次；常住人口30.52万人 → 305,200为基数 → 1.004% ≥ 1% → 10（只算L04是0.980% → 8）；L06 脱贫人口56人，有劳动能力（技能/普通/弱劳动力或半劳动力）且不外出务工（省外务工、省内县外务工为外出）42人，其中截至8月31日在L05签到过的21人（按身份证号去重，一人末位小写x同一人；3名外出务工和1名无劳动力者参训不计；一人只参加9月专场不计） → 21/42 = 50.0% → 10（把外出务工者算进基数就是24/50 = 48% → 8）；合计20`,
    "info.disclosure: GK01—GK04 全为Y（征求意见窗口） → 2；L08 2020年9月—2021年8月每月都有更新 → 2；合计4",
    "info.reporting: L09 按报送日期：2020年12月、2021年1月两期月报都在2021-02-03报，2021年1月没有任何报送 → 12个月缺1个 → 不定时 → 1；含扶贫统计Y → 3；合计4（自评6）",
    "promo.cases: L11 2021-07-16 报云浮市商务局经验材料 → 2（9月8日报省厅的在截止日后）",
    "promo.media: 截止日前有市级（云浮日报、云浮电视台） → 3、区级（云城发布、区融媒体中心） → 1；省级两条（广东广播电视台、南方+）都在9月 → 不算；合计4（自评7）",
    "fund.system: ZB13-1 资金管理制度4 → 4",
    "fund.ledger: ZB14-1 资金台账4 → 4",
    `fund.spending: L07 截至8月31日拨付${fmtMoney(spent)}元（“42.6万”= 426,000元、“1,280,000.00”文本照算；“2021-08”只到月的一笔320,000元算在8月内；9月2日一笔不算） ÷ 5,000,000 = 71.2% ≥ 70% → 资金及时拨付自评4 → 4（漏了只到月那笔是64.8% → −5）`,
    "bonus.poorTraining: 21/42 = 50.0% < 70% → 0",
    "bonus.tvCase: 电商扶贫典型案例电视报道：云浮电视台是市级、不加分；广东广播电视台（省级）2021-09-02播出，在截止日后 → 0（自评1）",
    "veto.incident: FJ01 N → 不否决",
    "veto.progress: ZJ04 项目总体进度86% ≥ 40% → 不否决",
    "veto.fraud: FJ02 N → 不否决",
  ];
  return {
    description:
      "云浮云城区整本考评工作簿，由中心运营服务商数据组按“数据台账”规范导出（说明页＋P01参数表、P02自评分＋L01—L11十一张台账，另有隐藏的字典页），80分、无加分、未否决（自评94＋1）：每张表第1行是“表名｜版本｜数据截至｜导出时间”横幅，第2行字段名，第3行是字段类型说明行（“文本”“日期 yyyy-mm-dd”“Y/N”“数值（元）”，不是记录），末行是“— 共n条记录 —”统计行；是否一律Y/N，村名是民政全称“××村民委员会”；参数表是“参数编码｜参数名称｜取值｜单位｜口径说明｜数据来源｜最后更新”（取值全是文本、单位另列；“最后更新”不是业务日期），中心3月1日才正式运营；难点在台账：站点恰好44/62（一站8月31日建成）、贫困村一站9月建成、园区一家企业在直播区另租一间同一信用代码（在园19家）、培训要把普及培训场次人次和贫困户专场逐人签到加起来才过1%、贫困人口“省内县外务工”也是外出务工、资金一笔只写“2021-08”、月报12月和1月合并在2月报（1月空缺）、省级电视报道在9月。",
    sheets: [
      { name: "说明", rows: readme, merges: [] },
      { name: "P01_参数", rows: factRows, merges: [] },
      { name: "P02_自评", rows: selfRows, merges: [] },
      { name: "L01_村居", rows: vRows, merges: [] },
      { name: "L02_站点", rows: sRows, merges: [] },
      { name: "L03_园区企业", rows: eRows, merges: [] },
      { name: "L04_培训场次", rows: tRows, merges: [] },
      { name: "L05_专场签到", rows: qRows, merges: [] },
      { name: "L06_脱贫人口", rows: prRows, merges: [] },
      { name: "L07_资金", rows: fRows, merges: [] },
      { name: "L08_专栏更新", rows: dRows, merges: [] },
      { name: "L09_月报", rows: repRows, merges: [] },
      { name: "L10_宣传", rows: mRows, merges: [] },
      { name: "L11_经验材料", rows: matRows, merges: [] },
      { name: "_dict", rows: dict, merges: [], hidden: true },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 佛山三水区: the data-collection split by supplying unit — each value sits in the column of the unit that gave it
// =====================================================================================================
function buildF1() {
  const UNITS = ["区经科局", "区财政局", "区统计局", "区农业农村局（区乡村振兴局）", "区政数局", "区邮政管理局", "运营服务商"];
  const U = { jk: 0, cz: 1, tj: 2, ny: 3, zs: 4, yz: 5, yy: 6 };
  const W = 3 + UNITS.length + 1;
  const rows = [["三水区电子商务进农村综合示范考评数据分工采集表"],
    ["填报单位：佛山市三水区经济和科技促进局（汇总）　　数据截至：2021年8月31日　　“／”表示该单位不提供此项"],
    ["序号", "考评数据项", "单位", "数据提供单位及填报数据"].concat(Array(UNITS.length - 1).fill(null), ["备注"]),
    [null, null, null].concat(UNITS, [null])];
  const merges = [`A1:${colName(W - 1)}1`, `A2:${colName(W - 1)}2`, "A3:A4", "B3:B4", "C3:C4", `D3:${colName(3 + UNITS.length - 1)}3`, `${colName(W - 1)}3:${colName(W - 1)}4`];
  let no = 0;
  const sec = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:${colName(W - 1)}${rows.length}`);
  };
  const item = (label, unit, who, val, note) => {
    const cells = UNITS.map(() => "／");
    cells[U[who]] = val;
    rows.push([++no, label, unit].concat(cells, [note || null]));
  };
  sec("一、基本情况");
  item("县（区）名称", "—", "jk", "三水区");
  item("考评截止日期", "—", "jk", "2021年8月31日");
  item("常住人口", "万人", "tj", "80.48", "第七次全国人口普查；2020年末户籍人口45.62万");
  item("行政村数", "个", "ny", 55, "另有社区居委会28个");
  item("省定贫困村数", "个", "ny", 0, "我区无省定贫困村");
  sec("二、组织领导与政策");
  item("示范创建领导小组组长", "—", "jk", "区委常委、常务副区长", "三府办函〔2020〕44号");
  item("领导小组成员单位", "—", "jk", "区经科局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局");
  item("示范创建工作方案", "—", "jk", "已正式印发", "2020年5月由区政府办公室印发");
  item("支持农村电商发展的政策", "—", "jk", "已出台", "《三水区促进农村电子商务发展若干措施》");
  sec("三、公共服务中心与产业园");
  item("区电子商务公共服务中心投入运营日期", "—", "yy", "2020.10.28");
  item("免费培训场所、培训设备，能组织电商基础培训", "—", "yy", "有");
  item("特色农产品免费展示、销售服务", "—", "yy", "有");
  item("免费摄影、美工服务", "—", "yy", "有");
  item("农产品统一推广、品牌建设指导", "—", "yy", "有", "“三水好礼”区域品牌");
  item("其他衍生增值服务", "—", "yy", "有", "代办证照、金融对接");
  item("电商产业园建设或整合", "—", "jk", "已整合建设", "三水电商产业园（西南街道）");
  item("专业第三方电子商务运营或服务商", "—", "jk", "有");
  sec("四、农村产品上行");
  item("行政村物流快递覆盖率", "%", "yz", 100);
  item("2019年农村网络零售额", "亿元", "tj", 52.36);
  item("2020年农村网络零售额", "亿元", "tj", 63.1);
  item("2020年农村网络零售额同比增速", "%", "tj", 20.5);
  item("2019年农产品网络零售额", "亿元", "tj", 3.12);
  item("2020年农产品网络零售额", "亿元", "tj", 4.37);
  item("2020年农产品网络零售额同比增速", "%", "tj", 40.1, "2021年1—7月同比增长26.8%");
  sec("五、人才培训");
  item("电商培训人次（截至考评截止日）", "人次", "jk", "5,128");
  item("有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "ny", 186, "另有外出务工41人未计入");
  item("参加培训的建档立卡贫困人口（按身份证号去重）", "人", "jk", 97);
  sec("六、信息公开及报送");
  item("专栏公示创建方案", "—", "zs", "已公示");
  item("专栏公示项目基本信息", "—", "zs", "已公示");
  item("专栏公示项目建设进度", "—", "zs", "已公示", "按月更新");
  item("专栏征求意见或监督举报窗口", "—", "zs", "未设置", "网站集约化改版后9月上线");
  item("统计电商扶贫情况", "—", "jk", "能统计", "随月报报市商务局");
  sec("七、专项资金");
  item("下达省级专项资金", "万元", "cz", 500);
  item("累计拨付资金（截至考评截止日）", "元", "cz", "3,862,450.00");
  item("资金管理制度", "—", "cz", "已制定");
  item("资金专用台账", "—", "cz", "已建立", "各承建单位");
  item("项目总体进度", "%", "jk", 88);
  sec("八、一票否决事项");
  item("安全生产、质量事故或重大经济损失", "—", "jk", "无");
  item("弄虚作假", "—", "jk", "无");
  sec("九、主观评分项（区经科局自评）");
  const J = [["方案制定（1-2分）", 2], ["政策支持（1-2分）", 1], ["项目管理制度（1-2分）", 2], ["工作台账（1-2分）", 2], ["网销调研（1-2分）", 1],
    ["网络促销活动（1-2分）", 2], ["交易标准与冷链溯源（1-2分）", 2], ["资金管理制度（1-5分）", 5], ["资金台账（1-5分）", 4], ["资金及时拨付（1-5分）", 4]];
  for (const [l, p] of J) item(l, "分", "jk", p);
  rows.push(padRow(["汇总：区经科局电商股 梁××　　复核：何××　　2021年9月6日"], W));
  merges.push(`A${rows.length}:${colName(W - 1)}${rows.length}`);
  // every data row: exactly one non-slash unit cell
  for (const r of rows) if (typeof r[0] === "number") assert(r.slice(3, 3 + UNITS.length).filter((c) => c !== "／").length === 1, "f1 one unit per row");
  assert(pct1(6310 - 5236, 5236) === "20.5%" && pct1(437 - 312, 312) === "40.1%" && pct1(97, 186) === "52.2%", "f1 stated rates");
  return {
    description:
      "佛山三水区经济和科技促进局汇总的《考评数据分工采集表》：两行表头，“数据提供单位及填报数据”合并在七个单位列之上（区经科局｜区财政局｜区统计局｜区农业农村局（区乡村振兴局）｜区政数局｜区邮政管理局｜运营服务商），每个数据项只由一个单位填、值就写在该单位的列里，其余各列是“／”，所以值离标签远近不一（中心运营日期“2020.10.28”在最右的运营服务商列，资金在财政局列）；单位另列（万人、亿元、%、元、万元），备注列有户籍人口、社区数、外出务工人数、2021年1—7月增速等非输入数字；组长“区委常委、常务副区长”是分管领导；第九节主观评分项也按同样格式写在区经科局列。",
    sheets: [{ name: "分工采集表", rows, merges }],
    expect: {
      facts: {
        county: "三水区", asOf: "2021-08-31", residentPopulation: 804800, adminVillagesStated: 55, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-10-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 5236000000, ruralRetail2020: 6310000000, ruralRetailGrowthStated: 0.205,
        agriRetail2019: 312000000, agriRetail2020: 437000000, agriRetailGrowthStated: 0.401,
        trainingPersonTimesStated: 5128, eligiblePoorPersonsStated: 186, trainedPoorPersonsStated: 97,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3862450, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 2, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f2 — 珠海斗门区: the data table turned on its side — periods as rows under a slashed corner cell, items as columns
// =====================================================================================================
function buildF2() {
  const COLS = ["常住人口（万人）", "行政村（个）", "省定贫困村（个）", "农村网络零售额", "同比增长", "农产品网络零售额", "同比增长", "培训人次",
    "有劳动能力的建档立卡贫困人口（不含外出务工，人）", "参训建档立卡贫困人口（人）", "下达", "拨付", "拨付率"];
  const W = COLS.length + 1;
  const R19 = 21864;
  const R20 = 26938;
  const A19 = 1935;
  const A20 = 2618;
  const T19 = 612;
  const T20 = 2846;
  const T21 = 1937;
  const P20 = 168.5;
  const P21 = 203.7;
  const ptCum = T19 + T20 + T21;
  const paidCum = Math.round((P20 + P21) * 10) / 10;
  assert(ptCum === 5395 && paidCum === 372.2, "f2 cumulative");
  const g = (a, b) => pct1(b - a, a);
  assert(g(R19, R20) === "23.2%" && g(A19, A20) === "35.3%", "f2 growth");
  const rows = [["斗门区电子商务进农村综合示范主要数据（分时段）"],
    ["填报单位：珠海市斗门区商务局　　数据截至：2021年8月31日　　金额单位：万元"],
    ["　　　　　　项目\n时段", "基本情况", null, null, "网络零售额（万元）", null, null, null, "电商培训", null, null, "专项资金（万元）", null, null],
    [null].concat(COLS),
    ["2019年", "—", "—", "—", fmtInt(R19), "—", fmtInt(A19), "—", T19, "—", "—", "—", "—", "—"],
    ["2020年", "—", "—", "—", fmtInt(R20), g(R19, R20), fmtInt(A20), g(A19, A20), fmtInt(T20), "—", "—", 500, P20, pct1(P20, 500)],
    ["2021年1—8月", "—", "—", "—", "19,352", "18.6%", "1,876", "26.4%", fmtInt(T21), "—", "—", "—", P21, "—"],
    ["截至2021年8月31日\n（累计／现状）", 45.06, 104, 0, "—", "—", "—", "—", fmtInt(ptCum), 128, 71, 500, paidCum, pct1(paidCum, 500)],
    padRow(["注：1．2019年培训为示范创建启动前的普及培训，累计数含2019年；2．“2021年1—8月”零售额为省商务厅快报数；3．拨付率＝拨付÷下达。"], W)];
  const merges = [`A1:${colName(W - 1)}1`, `A2:${colName(W - 1)}2`, "A3:A4", "B3:D3", "E3:H3", "I3:K3", "L3:N3", `A9:${colName(W - 1)}9`];
  rows.push(padRow([], W));
  rows.push(padRow(["二、工作情况（√是／×否）"], W));
  merges.push(`A${rows.length}:${colName(W - 1)}${rows.length}`);
  rows.push(padRow(["事项", "情况", null, null, "说明"], W));
  merges.push(`B${rows.length}:D${rows.length}`, `E${rows.length}:${colName(W - 1)}${rows.length}`);
  const Q = [["领导小组组长", "区委副书记、区长", "斗府办〔2020〕36号"], ["领导小组成员单位", "区商务局、区财政局、区农业农村局、区扶贫办、区交通运输局、区市场监管局", null],
    ["示范创建工作方案正式印发", "√", "2020年6月"], ["出台农村电商扶持政策", "√", "《斗门区农村电商扶持资金管理办法》"],
    ["区电商公共服务中心投入运营", "2020年12月18日", "井岸镇"], ["免费培训场所和设备", "√", null], ["特色农产品免费展示、销售", "√", null],
    ["免费摄影、美工服务", "√", null], ["农产品统一推广、品牌建设指导", "√", "“斗门好物”"], ["其他衍生增值服务", "×", "尚未开展"],
    ["建设或整合电商产业园", "√", "斗门电商产业园"], ["有专业第三方电商运营服务商", "√", null], ["行政村物流快递全覆盖", "√", "区邮政管理局证明"],
    ["专栏公示创建方案", "√", null], ["专栏公示项目基本信息", "√", null], ["专栏公示项目建设进度", "√", null], ["专栏设立监督举报窗口", "√", "举报电话、邮箱"],
    ["统计电商扶贫情况", "√", null], ["已制定资金管理制度", "√", null], ["承建单位建立资金专用台账", "√", null], ["项目总体进度", "92%", "监理报告"],
    ["发生安全生产、质量事故或重大损失", "×", null], ["弄虚作假", "×", null]];
  for (const [l, v, n] of Q) {
    rows.push(padRow([l, v, null, null, n], W));
    merges.push(`B${rows.length}:D${rows.length}`, `E${rows.length}:${colName(W - 1)}${rows.length}`);
  }
  rows.push(padRow([], W));
  rows.push(padRow(["三、自评分"], W));
  merges.push(`A${rows.length}:${colName(W - 1)}${rows.length}`);
  const IND = [["组织领导", 2, 2], ["方案制定", 2, 2], ["政策支持", 2, 2], ["项目管理", 4, 4], ["中心与产业园", 15, 13], ["村级站点", 10, 10], ["产品上行", 10, 10],
    ["人才培训", 20, 20], ["信息公开", 4, 4], ["数据上报", 6, 6], ["案例总结", 2, 2], ["经验推广", 8, 8], ["制度建立", 5, 5], ["资金台账", 5, 5], ["资金支出", 5, 4],
    ["贫困人口培训率加分", 2, 0], ["电视播报加分", 2, 1]];
  // a second sideways table: indicators as columns, three rows (满分 / 自评分), split over two bands of 9 columns
  const band = (from, to) => {
    const part = IND.slice(from, to);
    rows.push(padRow(["评价指标"].concat(part.map((x) => x[0])), W));
    rows.push(padRow(["满分"].concat(part.map((x) => x[1])), W));
    rows.push(padRow(["自评分"].concat(part.map((x) => x[2])), W));
  };
  band(0, 9);
  band(9, 17);
  const claimedSum = sum(IND.slice(0, 15).map((x) => x[2]));
  rows.push(padRow(["自评合计", `${claimedSum}分（另加分1分）`], W));
  rows.push(padRow([], W));
  rows.push(padRow(["主观分项", "方案制定", "政策支持", "项目管理制度", "工作台账", "网销调研", "网络促销", "交易标准与冷链溯源", "资金管理制度", "资金台账", "资金及时拨付"], W));
  rows.push(padRow(["自评分", 2, 2, 2, 2, 2, 2, 2, 5, 5, 4], W));
  rows.push(padRow(["填表人：黄××　　联系电话：0756-57×××××　　填报日期：2021年9月2日"], W));
  merges.push(`A${rows.length}:${colName(W - 1)}${rows.length}`);
  assert(claimedSum === 97, "f2 claimed 97 " + claimedSum);
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = IND[j][2]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 1;
  return {
    description:
      "珠海斗门区商务局的《主要数据（分时段）》：数据表横过来排——左上角是斜线表头“项目＼时段”（一格里换行写），时段是行（2019年｜2020年｜2021年1—8月｜截至2021年8月31日（累计／现状）），数据项是列，两行表头里的分组“基本情况｜网络零售额（万元）｜电商培训｜专项资金（万元）”合并在上；零售额从2019、2020年两行读（千分位文本），同比增长从2020年行读，常住人口、村数、贫困人口两数、培训累计和拨付累计从最后一行读，“2021年1—8月”一行的零售额、增长和人次都不是输入；下面“二、工作情况”是√/×清单，“三、自评分”又是横排（评价指标｜满分｜自评分 三行、分两段），主观分项也是一行标题一行分数。",
    sheets: [{ name: "主要数据", rows, merges }],
    expect: {
      facts: {
        county: "斗门区", asOf: "2021-08-31", residentPopulation: 450600, adminVillagesStated: 104, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: R19 * 10000, ruralRetail2020: R20 * 10000, ruralRetailGrowthStated: 0.232,
        agriRetail2019: A19 * 10000, agriRetail2020: A20 * 10000, agriRetailGrowthStated: 0.353,
        trainingPersonTimesStated: ptCum, eligiblePoorPersonsStated: 128, trainedPoorPersonsStated: 71,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3722000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.92,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 2, "fund.system": 5, "fund.ledger": 5, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f3 — 梅州梅江区: the bureau's 文件呈阅单 frame with the data report embedded in its 内容 block
// =====================================================================================================
function buildF3() {
  const W = 6;
  const rows = [["梅州市梅江区商务局文件呈阅单"],
    ["来文单位", "本局电商股", "收文日期", "2021年9月3日", "编号", "呈〔2021〕87号"],
    ["文件标题", "关于报送梅江区电子商务进农村综合示范考评基础数据及自评情况的报告"],
    ["内容", "一、考评基础数据（截至2021年8月31日）"],
    [null, "序号", "项目", "数据", "说明", null]];
  const merges = ["A1:F1", "B3:F3", "B4:F4"];
  const contentStart = 4;
  const D2 = [
    ["考评截止日期", "2021年8月31日", "省商务厅通知"],
    ["常住人口", "51.42万人", "第七次全国人口普查"],
    ["行政村", "62个", "另有社区居委会38个"],
    ["省定贫困村", "5个", null],
    ["领导小组组长", "区长", "区政府2021年3月调整领导小组"],
    ["领导小组成员单位", "区商务局、区财政局、区农业农村局、区交通运输局、区市场监管局", null],
    ["示范创建工作方案", "已印发", "梅江府办〔2020〕12号"],
    ["农村电商扶持政策", "未单独出台", "执行梅州市扶持政策"],
    ["区电商公共服务中心投入运营", "2020年9月26日", null],
    ["中心免费培训场所及设备", "有", "培训室80座"],
    ["中心免费展示、销售特色农产品", "有", null],
    ["中心免费摄影、美工", "有", null],
    ["农产品统一推广和品牌建设指导", "有", "“梅江好物”"],
    ["其他衍生增值服务", "有", "代办证照、物流对接"],
    ["电商产业园", "已整合建设", "梅江区电商产业园"],
    ["第三方电商运营服务商", "有", "梅州市梅江区电商运营服务有限公司"],
    ["行政村物流快递覆盖率", "98.4%", "1个行政村未通快递"],
    ["2019年农村网络零售额", "20.79亿元", "省商务厅"],
    ["2020年农村网络零售额", "27.36亿元", "同比增长31.6%"],
    ["电商培训人次", "5,218人次", "截至2021年8月31日累计"],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", "1,052人", "区乡村振兴局确认"],
    ["参加电商培训的建档立卡贫困人口", "436人", "按身份证号去重"],
    ["政府网专栏", "已开设，公示创建方案、项目基本信息、建设进度，设监督举报电话", null],
    ["电商扶贫情况统计", "能统计", "每月随月报报送"],
    ["下达省级专项资金", "500万元", null],
    ["累计拨付资金", "343.6万元", "支出率68.7%"],
    ["专项资金管理制度", "已制定", null],
    ["资金专用台账", "已建立", null],
    ["项目总体进度", "78%", null],
    ["安全生产、质量事故或重大损失", "无", null],
    ["弄虚作假", "无", null],
  ];
  D2.forEach(([l, v, n], j) => rows.push([null, j + 1, l, v, n, null]));
  for (let r = 5; r <= rows.length; r++) merges.push(`E${r}:F${r}`);
  rows.push([null, "二、自评得分", null, null, null, null]);
  merges.push(`B${rows.length}:F${rows.length}`);
  rows.push([null, "序号", "评价指标", "分值", "自评分", "其中主观分项"]);
  const IND = [["组织领导", 2, 2, null], ["方案制定", 2, 2, "方案制定2分"], ["政策支持", 2, 0, "未单独出台政策，不得分"], ["项目管理", 4, 3, "管理制度2分、工作台账1分"],
    ["服务体系建设（县级中心与产业园）", 15, 15, null], ["服务体系建设（村级站点覆盖）", 10, 10, null], ["农村产品上行", 10, 8, "网销调研2分、网络促销1分、交易标准与冷链溯源2分"],
    ["电商人才培训", 20, 18, null], ["信息公开", 4, 4, null], ["数据上报", 6, 6, null], ["案例总结", 2, 2, null], ["经验推广", 8, 5, null],
    ["制度建立", 5, 4, "资金管理制度4分"], ["资金台账", 5, 4, "资金台账4分"], ["资金支出", 5, -5, "支出率68.7%，不足70%倒扣5分"],
    ["加分项：贫困人口培训率≥70%", 2, 0, null], ["加分项：电商扶贫典型案例获电视播报", 2, 0, null]];
  IND.forEach(([n, max, p, s], j) => rows.push([null, j + 1, n, max, p, s]));
  const claimedSum = sum(IND.slice(0, 15).map((x) => x[2]));
  rows.push([null, null, "合计", 100, claimedSum, null]);
  const contentEnd = rows.length;
  merges.push(`A${contentStart}:A${contentEnd}`);
  rows.push(["拟办意见", "拟同意按此上报梅州市商务局。　　电商股 陈×× 9月3日"]);
  merges.push(`B${rows.length}:F${rows.length}`);
  rows.push(["局领导批示", "同意上报。　　黄×× 9月4日"]);
  merges.push(`B${rows.length}:F${rows.length}`);
  rows.push(["办理结果", "9月6日已通过粤政易报市商务局。"]);
  merges.push(`B${rows.length}:F${rows.length}`);
  for (const r of rows) while (r.length < W) r.push(null);
  assert(claimedSum === 78, "f3 claimed 78 " + claimedSum);
  assert(pct1(2736 - 2079, 2079) === "31.6%" && pct1(3436, 5000) === "68.7%" && pct1(436, 1052) === "41.4%", "f3 rates");
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = IND[j][2]));
  claimed["bonus.poorTraining"] = IND[15][2];
  claimed["bonus.tvCase"] = IND[16][2];
  return {
    description:
      "梅州梅江区商务局的《文件呈阅单》（来文单位｜收文日期｜编号，文件标题，内容，拟办意见，局领导批示，办理结果）：电商股的考评数据报告整个嵌在“内容”一栏里（A列“内容”纵向合并，B—F列是报告里的两张小表：一、考评基础数据 序号｜项目｜数据｜说明，二、自评得分 序号｜评价指标｜分值｜自评分｜其中主观分项）；数值带单位写在格里（“51.42万人”“20.79亿元”“343.6万元”“98.4%”），2020年增速只在说明里（“同比增长31.6%”），专栏四项挤在一句话里，政策“未单独出台”、快递98.4%都是否，成员单位没有扶贫/乡村振兴部门；收文、批示、办理日期和呈阅编号都不是数据；资金支出自评−5、政策支持0分，不是主观分。",
    sheets: [{ name: "呈阅单", rows, merges }],
    expect: {
      facts: {
        county: "梅江区", asOf: "2021-08-31", residentPopulation: 514200, adminVillagesStated: 62, poorVillagesStated: 5,
        planIssued: true, policyIssued: false, centerOpened: "2020-09-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2019: 2079000000, ruralRetail2020: 2736000000, ruralRetailGrowthStated: 0.316,
        trainingPersonTimesStated: 5218, eligiblePoorPersonsStated: 1052, trainedPoorPersonsStated: 436,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3436000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.78,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 2, "fund.system": 4, "fund.ledger": 4,
      },
      leadership: "principal",
      claimed,
    },
  };
}

// =====================================================================================================
// l1 — 清远清新区: village list in town / sub-section headings; stations as the towns' returns pasted side by side in two bands;
//      training with 男 / 女 columns (no total); payments with month 小计, year 合计 and a running 累计 column
// =====================================================================================================
function buildL1() {
  const REGION = "441803";
  const TOWNS = [["太和镇", 10, 3], ["太平镇", 9, 1], ["山塘镇", 8, 1], ["三坑镇", 8, 1], ["龙颈镇", 9, 1], ["禾云镇", 8, 1], ["浸潭镇", 10, 1], ["石潭镇", 7, 1]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("黄石水鱼白马沙寨桃竹罗飞回", ["坝", "坑", "塘", "洞", "岗", "田", "坪", "湖", "岭", "陂", "迳", "冲"], "村", prefixes);
  const cName = nameMaker("笋滨江龙银松", ["城", "岗", "湖", "景", "华", "园"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  assert(admin.length === 69 && comms.length === 10, "l1 69 + 10");
  noStemClash(admin, comms, "l1");
  const short = (v) => v.replace(/村$|社区$/, "");
  const poor = new Set(shuffle(towns.slice(2).flatMap((x) => x.vs)).slice(0, 11));
  const noExp = new Set(shuffle(towns.slice(5).flatMap((x) => x.vs)).slice(0, 2));

  // ---------------- 村居名单 (town heading, then （一）村民委员会 / （二）社区居民委员会)
  const vRows = [["清新区村（居）民委员会名单"], ["（区民政局2021年5月村（居）委会换届后名单；“省定贫困村”为省定相对贫困村；快递：通／未通，社区不填）"],
    ["序号", "名称", "省定贫困村", "快递进村", "备注"]];
  const vMerges = ["A1:E1", "A2:E2"];
  const vRecs = [];
  let vq = 0;
  towns.forEach((x, ti) => {
    vRows.push([`${CN_NUM[ti + 1]}、${x.t}`, null, null, null, null]);
    vMerges.push(`A${vRows.length}:E${vRows.length}`);
    vRows.push([`（一）村民委员会（${x.vs.length}个）`, null, null, null, null]);
    vMerges.push(`A${vRows.length}:E${vRows.length}`);
    x.vs.forEach((v, k) => {
      const nm = (vq + k) % 3 === 0 ? `${short(v)}村委会` : (vq + k) % 3 === 1 ? v : `${short(v)}村民委员会`;
      vRows.push([++vq, nm, poor.has(v) ? "是" : "否", noExp.has(v) ? "未通" : "通", noExp.has(v) ? "山区，邮件由镇邮政所自提" : null]);
      vRecs.push({ name: v, admin: true, poor: poor.has(v), express: !noExp.has(v) });
    });
    vRows.push([`（二）社区居民委员会（${x.cs.length}个）`, null, null, null, null]);
    vMerges.push(`A${vRows.length}:E${vRows.length}`);
    x.cs.forEach((c) => {
      vRows.push([++vq, `${c}居委会`, "／", "／", null]);
      vRecs.push({ name: c, admin: false, poor: null, express: null });
    });
  });
  vRows.push([`合计：村民委员会${admin.length}个，社区居民委员会${comms.length}个；省定贫困村${poor.size}个。`, null, null, null, null]);
  vMerges.push(`A${vRows.length}:E${vRows.length}`);

  // ---------------- 站点（镇街报送汇编）: two bands of four town blocks, each block 4 columns + a spacer
  const STYLE = [(iso) => D(iso), dotDate, cnDate, yyyymmdd, slashDate, excelSerial, twoDot, (iso) => cnMonth(iso)];
  const blocks = towns.map((x, ti) => {
    const pick = shuffle(x.vs).slice(0, Math.ceil(x.vs.length * 0.6));
    const st = pick.map((v) => ({ v, iso: randIsoBetween("2020-07-01", "2021-08-25") }));
    if (ti === 0) {
      st.push({ v: x.cs[1], iso: randIsoBetween("2020-10-01", "2021-06-30"), comm: true });
      st.push({ v: pick[1], iso: randIsoBetween("2021-03-01", "2021-08-20"), second: true });
    }
    if (ti === 2) st.push({ v: x.vs.find((v) => !pick.includes(v)), iso: null });
    if (ti === 4) st.push({ v: x.vs.find((v) => !pick.includes(v)), iso: "2021-09-06" });
    st.sort((a, b) => cmp(String(a.iso), String(b.iso)));
    const recs = [];
    const cells = st.map((s, k) => {
      let dcell;
      let opened;
      if (s.iso === null) {
        dcell = "未挂牌";
        opened = undefined;
      } else if (ti === 7) {
        dcell = STYLE[7](s.iso);
        opened = ym(s.iso);
      } else {
        dcell = STYLE[ti](s.iso);
        opened = s.iso;
      }
      const vcell = s.comm ? `${s.v}居委会` : k % 3 === 1 ? `${short(s.v)}村委会` : s.v;
      const name = s.comm ? `${short(s.v)}社区电商服务点` : s.second ? `${short(s.v)}村益农信息社` : `${short(s.v)}村电商服务站`;
      const rec = { village: s.v };
      if (opened) rec.opened = opened;
      recs.push(rec);
      return [k + 1, vcell, name, dcell];
    });
    return { t: x.t, ti, cells, recs };
  });
  const BW = 4;
  const sW = 4 * BW + 3;
  const sRows = [padRow(["清新区村级电子商务服务站点清单（各镇报送汇编）"], sW), padRow(["（区商务局电商股按各镇报送原样粘贴，各镇挂牌时间写法不一；2021年9月汇编）"], sW)];
  const sMerges = [`A1:${colName(sW - 1)}1`, `A2:${colName(sW - 1)}2`];
  const sRecs = [];
  for (const band of [blocks.slice(0, 4), blocks.slice(4, 8)]) {
    const top = sRows.length;
    const h = Math.max(...band.map((b) => b.cells.length)) + 3;
    for (let r = 0; r < h; r++) sRows.push(padRow([], sW));
    band.forEach((b, bi) => {
      const c0 = bi * (BW + 1);
      sRows[top][c0] = `${b.t}（镇经济发展办报送）`;
      sMerges.push(`${colName(c0)}${top + 1}:${colName(c0 + BW - 1)}${top + 1}`);
      ["序号", "村（居）", "站点名称", "挂牌时间"].forEach((hd, k) => (sRows[top + 1][c0 + k] = hd));
      b.cells.forEach((cells, k) => cells.forEach((c, j) => (sRows[top + 2 + k][c0 + j] = c)));
      const sub = top + 2 + b.cells.length;
      sRows[sub][c0] = `小计：${b.cells.length}个`;
      sMerges.push(`${colName(c0)}${sub + 1}:${colName(c0 + BW - 1)}${sub + 1}`);
      sRecs.push(...b.recs);
    });
    sRows.push(padRow([], sW));
  }
  sRows.push(padRow([`全区合计：${sRecs.length}个（含社区服务点1个、未挂牌1个）`], sW));
  sMerges.push(`A${sRows.length}:${colName(sW - 1)}${sRows.length}`);
  assert(sRecs.filter((r) => !r.opened).length === 1 && sRecs.some((r) => r.opened === "2021-09-06") && sRecs.some((r) => r.opened && r.opened.length === 7), "l1 station specials");

  // ---------------- 培训统计（男女分列）
  const SES = [
    { when: ["2020-10-20"], style: "cn1", topic: "农村电商基础知识", place: "区电子商务公共服务中心", m: 46, f: 71, p: 9 },
    { when: ["2020-11-24", "2020-11-26"], style: "dot", topic: "网店开设与运营（三天班）", place: "太和镇党群服务中心", m: 118, f: 143, p: 12 },
    { when: ["2020-12-17"], style: "D", topic: "短视频与直播带货", place: "山塘镇文化站", m: 52, f: 66, p: 7 },
    { when: ["2021-01-13"], style: "two", topic: "年货节网络促销实务", place: "区电子商务公共服务中心", m: 38, f: 57, p: 4 },
    { when: ["2021-03-09", "2021-03-10"], style: "cn", topic: "农产品品牌与包装", place: "浸潭镇党群服务中心", m: 64, f: 88, p: 11 },
    { when: ["2021-04-15"], style: "two", topic: "退役军人电商创业专场", place: "区退役军人服务中心", m: 42, f: null, p: 2 },
    { when: ["2021-05-18"], style: "cancel", topic: "社区团购实务", place: "禾云镇文化站" },
    { when: ["2021-06"], style: "month", topic: "电商客服与物流", place: "三坑镇党群服务中心", m: 29, f: 45, p: 5 },
    { when: ["2021-07-21"], style: "D", topic: "脱贫户电商增收专场", place: "石潭镇党群服务中心", m: 33, f: 39, p: 51 },
    { when: ["2021-08-24", "2021-08-25"], style: "dot", topic: "直播带货进阶", place: "区电子商务公共服务中心", m: 57, f: 82, p: 6 },
    { when: ["2021-09-08"], style: "cn1", topic: "跨境电商入门", place: "区电子商务公共服务中心", m: 31, f: 40, p: 0 },
  ];
  const tRows = [["清新区农村电商培训情况统计"], ["（区电子商务公共服务中心汇总；参训人次按签到表统计，男、女分列；“其中：脱贫人口”已含在男女人次内）"],
    ["期次", "培训日期", "培训主题", "培训地点", "参训人次", null, "其中：脱贫人口", "备注"],
    [null, null, null, null, "男", "女", null, null]];
  const tMerges = ["A1:H1", "A2:H2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:G4", "H3:H4"];
  const tRecs = [];
  let sm = 0;
  let sf = 0;
  SES.forEach((s, j) => {
    const a = s.when[0];
    const b = s.when[s.when.length - 1];
    let dcell;
    if (s.style === "cn1" || s.style === "cancel") dcell = cnDate(a);
    else if (s.style === "dot") dcell = rangeText(a, b, "dot");
    else if (s.style === "cn") dcell = rangeText(a, b, "cn");
    else if (s.style === "D") dcell = D(a);
    else if (s.style === "two") dcell = twoDot(a);
    else if (s.style === "month") dcell = cnMonth(a);
    if (s.style === "cancel") {
      tRows.push([`第${j + 1}期`, dcell, s.topic, s.place, "—", "—", "—", "因疫情防控取消，未举办"]);
      return;
    }
    const fcell = s.f === null ? "—" : j === 4 ? fullWidth(String(s.f)) : s.f;
    tRows.push([`第${j + 1}期`, dcell, s.topic, s.place, j === 2 ? `${s.m}人` : s.m, fcell, s.p, b > "2021-08-31" ? "9月开班" : s.f === null ? "学员均为男性" : null]);
    sm += s.m;
    sf += s.f || 0;
    tRecs.push({ date: b, personTimes: s.m + (s.f || 0) });
  });
  tRows.push(["合计", null, null, null, sm, sf, sum(SES.map((s) => s.p || 0)), `共${sm + sf}人次`]);
  tMerges.push(`A${tRows.length}:D${tRows.length}`);
  assert(tRecs.length === 10 && tRecs.some((r) => r.date === "2021-06") && tRecs.find((r) => r.date === "2021-04-15").personTimes === 42, "l1 training records");

  // ---------------- 资金支出明细（按月小计、累计）
  const PAY = [["2020-09-25", "区电商公共服务中心装修工程首期款", 560000], ["2020-10-16", "村级站点建设首期款（第一批）", 348000],
    ["2020-10-30", "电商培训服务费（第1—2期）", 126500], ["2020-12-11", "农村物流配送车辆购置", 1280000], ["2021-01-22", "村级站点建设首期款（第二批）", 125000],
    ["2021-03-19", "公共服务中心运营补助（第一季度）", 90000], ["2021-03-31", "农产品品牌设计费", 168000], ["2021-06-10", "电商培训服务费（第3—6期）", 211600],
    ["2021-07-27", "冷链仓储设备采购", 436800], ["2021-08-30", "村级站点建设尾款", 182000], ["2021-09-14", "公共服务中心运营补助（第二、三季度）", 180000]];
  const fRows = [["清新区省级电子商务进农村综合示范专项资金支出明细"], ["单位：元"], ["日期", "凭证号", "摘要", "支出金额", "累计支出", "备注"]];
  const fMerges = ["A1:F1"];
  const fRecs = [];
  let cum = 0;
  let monthSum = 0;
  let yearSum = 0;
  let vno = 0;
  PAY.forEach(([d, what, amt], j) => {
    cum += amt;
    monthSum += amt;
    yearSum += amt;
    const acell = amt === 1280000 ? "1,280,000.00" : amt === 125000 ? "12.5万" : amt;
    vno = j > 0 && ym(PAY[j - 1][0]) === ym(d) ? vno + rint(4, 19) : rint(2, 12);
    fRows.push([j % 4 === 2 ? dotDate(d) : D(d), `记-${ym(d).replace("-", "")}-${pad3(vno)}`, what, acell, cum, d > "2021-08-31" ? "9月支付" : null]);
    fRecs.push({ date: d, amount: amt });
    const next = PAY[j + 1];
    if (!next || ym(next[0]) !== ym(d)) {
      fRows.push([null, null, `${Number(d.slice(5, 7))}月小计`, monthSum, cum, null]);
      monthSum = 0;
    }
    if (!next || next[0].slice(0, 4) !== d.slice(0, 4)) {
      fRows.push([null, null, `${d.slice(0, 4)}年合计`, yearSum, cum, null]);
      yearSum = 0;
    }
  });
  fRows.push(["注：“累计支出”为自2020年9月起累计；9月14日一笔在考评截止日后。", null, null, null, null, null]);
  fMerges.push(`A${fRows.length}:F${fRows.length}`);
  assert(fRecs.length === 11 && fRows.filter((r) => typeof r[2] === "string" && /小计|合计/.test(r[2])).length >= 9, "l1 payments and subtotal rows");

  const cover = [["清新区电子商务进农村综合示范台账（第三册）"], [null], ["目　录"], ["一、村（居）民委员会名单"], ["二、村级电子商务服务站点清单（各镇报送汇编）"],
    ["三、农村电商培训情况统计"], ["四、专项资金支出明细"], [null], ["清远市清新区商务局　2021年9月"]];
  return {
    description:
      "清远清新区商务局台账第三册（封面加四张表）：村居名单不设类别列，按镇分节（“一、太和镇”），每镇下再分“（一）村民委员会（n个）”“（二）社区居民委员会（n个）”两个小节，类别只能从小节标题看，名称有“××村委会”“××村”“××村民委员会”“××社区居委会”，贫困村是/否、快递通/未通，社区两列填“／”；站点清单是八个镇的报送表原样粘成两排、每排四块并排（每块 序号｜村（居）｜站点名称｜挂牌时间，块间空一列，块标题是镇名，块末“小计：n个”），各镇挂牌时间写法不同（真日期、“2020.11.3”、“2020年11月3日”、“20201103”、“2020/11/3”、Excel序列号、“20.11.3”、只到月的“2020年11月”），有社区服务点、一村两站、“未挂牌”和9月挂牌；培训统计两行表头“参训人次”下分男｜女两列、没有小计列，人次要男女相加（退役军人专场女“—”，一格“52人”、一格全角），一期因疫情取消不是记录，“2021年6月”只到月，有9月一期；资金支出明细有“n月小计”“2020年合计”行和累计支出列，金额有“1,280,000.00”“12.5万”。",
    sheets: [
      { name: "封面", rows: cover, merges: [] },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点（各镇报送）", rows: sRows, merges: sMerges },
      { name: "培训统计", rows: tRows, merges: tMerges },
      { name: "资金支出明细", rows: fRows, merges: fMerges },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "村居名单": { kind: "villages", records: vRecs },
        "站点（各镇报送）": { kind: "stations", records: sRecs },
        "培训统计": { kind: "training", records: tRecs },
        "资金支出明细": { kind: "funds", records: fRecs },
      },
    },
  };
}

// =====================================================================================================
// l2 — 阳江江城区: poor roster with labour and work joined in one field, sign-ins with “同上” dates and 缺 rows,
//      the column copied from the web page (two lines per item), a report log with serial-number dates, materials
// =====================================================================================================
function buildL2() {
  const REGION = "441702";
  const vName = nameMaker("双白埠麻岗平石福南", ["捷", "沙", "冲", "田", "垌", "塘", "岭", "湾"], "村", []);
  const vils = Array.from({ length: 6 }, () => vName());
  // ---------------- 脱贫人口
  const pRows = [["江城区脱贫人口劳动力状况名单"], ["（区乡村振兴局2021年7月从防返贫监测信息系统导出；“劳动力及务工状况”为系统两个字段合并导出，“｜”前为劳动技能、后为务工状况）"],
    ["序号", "户主", "姓名", "与户主关系", "证件号码", "劳动力及务工状况", "所在村"]];
  const pMerges = ["A1:G1", "A2:G2"];
  const pRecs = [];
  const plan = shuffle([].concat(Array(9).fill("E"), Array(5).fill("M"), Array(4).fill("N")));
  const roster = [];
  let ci = 0;
  let xDone = false;
  let aposDone = false;
  while (ci < plan.length) {
    const size = Math.min(plan.length - ci, rint(2, 4));
    const codes = plan.slice(ci, ci + size).sort((a, b) => (a === "N") - (b === "N"));
    ci += size;
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    const vil = vils[rint(0, vils.length - 1)];
    const r0 = pRows.length + 1;
    let headName = null;
    codes.forEach((c, j) => {
      const rel = j === 0 ? "户主" : c === "N" ? (rnd() < 0.5 ? "之父" : "之母") : j === 1 ? "配偶" : rnd() < 0.5 ? "之子" : "之女";
      const birth = c === "N" ? birthBetween(1936, 1955) : rel === "户主" || rel === "配偶" ? birthBetween(1966, 1986) : birthBetween(1992, 2002);
      const male = rel === "之父" || rel === "之子" ? true : rel === "之母" || rel === "之女" ? false : rel === "户主" ? rnd() < 0.8 : rnd() < 0.3;
      const wantX = !xDone && c === "M" ? true : undefined;
      const id = makeId(REGION, birth, male, wantX);
      let idCell = id;
      if (wantX) {
        idCell = id.slice(0, 17) + "x";
        xDone = true;
      } else if (!aposDone && c === "E" && j > 0) {
        idCell = "'" + id;
        aposDone = true;
      }
      const name = rel === "配偶" ? personName() : personName(sn);
      if (j === 0) headName = name;
      let status;
      let rec;
      if (c === "E") {
        status = `${["技能劳动力", "普通劳动力", "弱劳动力或半劳动力"][rint(0, 2)]}｜${["区内务工", "公益性岗位", "未务工"][rint(0, 2)]}`;
        rec = { id, labour: true, migrant: false };
      } else if (c === "M") {
        status = `${["技能劳动力", "普通劳动力"][rint(0, 1)]}｜${["省外务工", "省内区外务工"][rint(0, 1)]}`;
        rec = { id, labour: true, migrant: true };
      } else {
        status = ["丧失劳动力", "无劳动力"][rint(0, 1)];
        rec = { id, labour: false, migrant: null };
      }
      pRows.push([pRows.length - 2, j === 0 ? headName : null, name, rel, idCell, status, vil]);
      pRecs.push(rec);
      roster.push({ c, name, id, vil });
    });
    mergeCol(pMerges, "B", r0, pRows.length);
  }
  assert(xDone && aposDone && pRecs.length === 18, "l2 roster 18");
  assert(pRows.some((r) => typeof r[5] === "string" && r[5].endsWith("省内区外务工")) || pRows.some((r) => typeof r[5] === "string" && r[5].endsWith("省外务工")), "l2 migrants");

  // ---------------- 专场培训签到 (dates “同上”, absent rows 缺)
  const SES = [{ d: "2020-12-15", cell: (d) => cnDate(d), n: 9 }, { d: "2021-03-23", cell: (d) => dotDate(d), n: 8 }, { d: "2021-06-08", cell: (d) => D(d), n: 8, masked: true },
    { d: "2021-09-07", cell: (d) => cnDate(d), n: 6 }];
  const sRows = [["江城区脱贫户电商专场培训签到汇总"], ["（按签到表逐人录入；“签到”栏√为到场、“缺”为报名未到）"],
    ["序号", "培训日期", "期次", "姓名", "身份证号", "所在村", "签到", "备注"]];
  const sRecs = [];
  const extra = () => ({ name: personName(), id: makeId(REGION, birthBetween(1970, 2000), rnd() < 0.5), vil: vils[rint(0, vils.length - 1)] });
  SES.forEach((s, si) => {
    const fromRoster = shuffle(roster.filter((p) => p.c !== "N")).slice(0, Math.min(s.n - 2, 6));
    const list = fromRoster.concat(Array.from({ length: s.n - fromRoster.length }, extra));
    const absentAt = si === 1 ? [3] : si === 2 ? [5] : [];
    shuffle(list).forEach((p, k) => {
      const absent = absentAt.includes(k);
      const idCell = s.masked ? maskId(p.id) : p.id;
      sRows.push([sRows.length - 2, k === 0 ? s.cell(s.d) : "同上", `第${si + 1}期`, p.name, idCell, p.vil, absent ? "缺" : "√",
        k === 0 && s.masked ? "本期由区人社局职业培训系统导出，证件号码脱敏" : absent ? "报名未到" : null]);
      if (!absent) sRecs.push({ date: s.d, personTimes: 1, id: s.masked ? maskId(p.id) : p.id });
    });
  });
  checkTrainingIds(sRecs, "l2");
  assert(sRecs.length === 29 && sRecs.filter((r) => r.id.includes("*")).length === 7, "l2 29 sign-ins, 7 masked");

  // ---------------- 专栏更新（网页复制，两行一条）
  const items = [];
  for (const m of monthsBetween("2020-07", "2021-09")) {
    if (m === "2021-04") continue;
    const [y, mo] = m.split("-").map(Number);
    items.push({ d: `${m}-${String(rint(3, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, t: `江城区电子商务进农村综合示范项目建设进度（${cnMonth(monthsBetween("2020-01", m).slice(-2)[0])}）` });
  }
  items.push({ d: "2020-11-12", t: "江城区村级电商服务站点建设项目中标结果公示" });
  items.push({ d: "2021-02-05", t: "江城区电商公共服务中心运营服务采购合同公开" });
  items.sort((a, b) => cmp(b.d, a.d));
  const pinned = { d: "2020-06-18", t: "江城区电子商务进农村综合示范创建实施方案" };
  const all = [pinned].concat(items);
  const wRows = [["阳江市江城区人民政府网 > 专题专栏 > 电子商务进农村综合示范 > 工作动态"], [null]];
  const wRecs = [];
  all.forEach((u, j) => {
    wRows.push([`${u === pinned ? "[置顶] " : "· "}${u.t}`]);
    wRows.push([`发布时间：${u.d} ${hms()}　来源：江城区商务局　浏览次数：${rint(60, 900)}`]);
    wRecs.push({ date: u.d });
  });
  wRows.push([null]);
  wRows.push([`共${all.length}条　首页 上一页 1 下一页 尾页`]);
  wRows.push(["（2021年9月9日从区政府网复制）"]);
  const wMonths = new Set(all.filter((u) => u.d <= "2021-08-31").map((u) => ym(u.d)));
  assert(WINDOW.filter((w) => !wMonths.has(w)).join() === "2021-04", "l2 no update in 2021-04");

  // ---------------- 月报报送登记（日期有序列号）
  const rRows = [["江城区电子商务进农村工作月报报送登记"], ["序号", "报送内容", "报送日期", "报送方式", "报送对象", "含电商扶贫数据"]];
  const rRecs = [];
  monthsBetween("2020-08", "2021-08").forEach((m, j) => {
    const next = monthsBetween(m, "2021-12")[1];
    const d = `${next}-${String(rint(3, 8)).padStart(2, "0")}`;
    const dc = j % 3 === 0 ? excelSerial(d) : j % 3 === 1 ? D(d) : cnDate(d);
    const pov = m === "2020-08" ? "不含" : m === "2021-02" ? null : "含";
    rRows.push([j + 1, `${cnMonth(m)}电商进农村工作进展及统计数据`, dc, j % 2 ? "粤政易" : "电子邮件", "阳江市商务局", pov]);
    rRecs.push({ date: d, poverty: pov === "含" ? true : pov === "不含" ? false : null });
  });
  assert(rRecs.length === 13 && rRows.some((r) => typeof r[2] === "number"), "l2 13 reports, some serial dates");

  // ---------------- 经验材料
  const mRows = [["江城区经验材料及典型案例报送"], ["序号", "报送日期", "材料名称", "报送单位", "报送对象"],
    [1, "2021年4月", "《江城区“电商＋海产”助力脱贫户增收典型案例》", "江城区商务局", "阳江市商务局"],
    [2, D("2021-08-16"), "《江城区电子商务进农村综合示范创建经验做法》", "江城区商务局", "阳江市商务局"],
    [3, "2021.9.10", "《江城区电子商务进农村综合示范创建工作总结》", "江城区商务局", "广东省商务厅"]];
  const matRecs = [{ date: "2021-04" }, { date: "2021-08-16" }, { date: "2021-09-10" }];

  const notes = [["填表人须知"], ["一、本册为江城区电子商务进农村台账（第二册），共五张表，另有隐藏的“下拉”表。"],
    ["二、脱贫人口名单由区乡村振兴局提供，“劳动力及务工状况”中“省外务工”“省内区外务工”为外出务工。"],
    ["三、专场签到“培训日期”栏同一期只在第一行填写，其余写“同上”；“签到”栏“缺”为报名未到。"],
    ["四、专栏更新为区政府网页面复制，每条两行（标题、发布时间）。"], ["五、月报报送日期部分为日期序列号（单元格格式丢失）。"], ["江城区商务局电商股　2021年9月10日"]];
  const dd = [["签到"], ["√"], ["缺"], [null], ["含电商扶贫数据"], ["含"], ["不含"]];
  return {
    description:
      "阳江江城区商务局台账第二册（须知页、五张表和隐藏的“下拉”表）：脱贫人口名单是防返贫监测系统两个字段合并导出的一列“劳动力及务工状况”（“普通劳动力｜区内务工”“技能劳动力｜省内区外务工”“弱劳动力或半劳动力｜公益性岗位”，无劳动能力的只写“丧失劳动力”“无劳动力”），户主列按户合并，一个证件号末位小写x、一个带导出的撇号；专场培训签到一期只在第一行写培训日期、其余行写“同上”，“签到”栏“缺”（报名未到）不是记录，第3期由人社系统导出、身份证号全部脱敏，第4期在9月；专栏更新是从区政府网“全选复制”的一列两行一条（标题一行、“发布时间：… 来源：… 浏览次数：…”一行），倒序、顶上一条“[置顶]”是2020年的方案，2021年4月没有更新；月报登记的报送日期有Excel序列号、真日期和“×年×月×日”文字，含电商扶贫数据“含／不含”、一格空；经验材料一条只到月“2021年4月”、一条在9月。",
    sheets: [
      { name: "填表人须知", rows: notes, merges: [] },
      { name: "脱贫人口", rows: pRows, merges: pMerges },
      { name: "专场签到", rows: sRows, merges: ["A1:H1", "A2:H2"] },
      { name: "专栏更新（网页）", rows: wRows, merges: [] },
      { name: "月报报送", rows: rRows, merges: ["A1:F1"] },
      { name: "经验材料", rows: mRows, merges: ["A1:E1"] },
      { name: "下拉", rows: dd, merges: [], hidden: true },
    ],
    expect: {
      sheets: {
        "填表人须知": { kind: null },
        "脱贫人口": { kind: "poorPersons", records: pRecs },
        "专场签到": { kind: "training", records: sRecs },
        "专栏更新（网页）": { kind: "disclosures", records: wRecs },
        "月报报送": { kind: "reports", records: rRecs },
        "经验材料": { kind: "materials", records: matRecs },
        "下拉": { kind: null },
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
write("counties", "b184-c1-yuncheng.json", c1);
write("facts", "b184-f1-sanshui.json", f1);
write("facts", "b184-f2-doumen.json", f2);
write("facts", "b184-f3-meijiang.json", f3);
write("ledgers", "b184-l1-qingxin.json", l1);
write("ledgers", "b184-l2-jiangcheng.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
