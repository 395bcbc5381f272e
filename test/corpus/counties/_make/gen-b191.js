// Batch 191 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b186.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (191191), no clock. Run: node test/corpus/_b191/gen-b191.js
//
// c1 仁化县 (韶关): a whole workbook where most ledgers are borrowed exports: the village list is the 统计用区划代码 table
//    (12-digit codes, 城乡分类代码, “××村民委员会”/“××社区居民委员会”) with an added “通达快递企业” column (one village “无”);
//    park firms are a 企查查 batch export (its 企业类型 is the legal form, the clerk's 园区企业类别/入园/退园 columns are added
//    at the right); funds are a 国库集中支付 detail list with a negative 退回 row; monthly reports turn bimonthly in 2021; the
//    专栏 log is the website's article list copied newest-first (title and date in one cell); sessions carry 计划 and 实到 人次;
//    facts in a 目标｜完成情况 table; claimed points in an official-layout 自评表 whose 得分说明 splits the judged parts.
// f1 云安区 (云浮): a Word table (序号｜项目｜填报内容｜备注) printed to three pages and pasted into Excel: each page has its own
//    title (“（续表）”), a repeated header row and a “第 n 页　共 3 页” footer; two rows are split across a page break (the
//    成员单位 list continues on page 2 with 区乡村振兴局; the 上行 breakdown continues on page 3 with the 交易标准 points).
// f2 潮南区 (汕头): a monthly progress table (2020年7月—2021年9月 as columns under a 年 / 月 two-row header) with cumulative
//    numbers and ✔/▲ milestones; the facts are the 2021年8月 column (September is shown “供参考”), milestone months give the
//    plan / policy / centre dates; 基数 and 创建目标 columns hold a base and a target, not facts; a 截至8月底 checklist below.
// f3 高明区 (佛山): a self-built score calculator: 输入区 (label｜输入值｜单位｜说明) on the left, a 参数 block (thresholds such as
//    500000, 200, 70%, and a date 2021/2/28) side by side on the right, and a 计算结果 block (the clerk's points) below.
// l1 雷州市 (湛江): ledgers kept in an online sheet (金山文档) and downloaded: a 📊看板 dashboard (not a ledger); emoji
//    statuses (🟢运营中 / 🟡筹建中 / 🔴已关停, ✅ / ❌ / ⏳待核实, ⛔已取消 / 🕓计划中), dates typed as “2021/03/05 周五”, @mentions.
// l2 蓬江区 (江门): a 说明 page; the treasury system's CSV opened without splitting (every line in column A, “|”-separated,
//    “#” comment lines, a 已退票 line); poor persons by household with 劳动技能 / 务工状况 words; sign-ins with dates that lost
//    their format (serial numbers), a range ending in September, lowercase x and masked IDs; media with 中央级/省级/地市级/区级.
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
let seed = 191191;
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
    assert(/^b191-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b191-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b191-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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


// ---------------------------------------------------------------- extra helpers (batch 191)
function weekSlash(iso) {
  // 金山文档 date display: "2021/03/05 周五"
  const [y, m, d] = ymd(iso);
  return `${y}/${String(m).padStart(2, "0")}/${String(d).padStart(2, "0")} 周${weekday(iso)}`;
}
function creditCodeP(prefix, division) {
  // 统一社会信用代码 with another registration-authority prefix (92 个体工商户, 93 农民专业合作社)
  let s = prefix + division;
  while (s.length < 17) s += ALNUM[Math.floor(rnd() * ALNUM.length)];
  const W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  let t = 0;
  for (let i = 0; i < 17; i++) t += ALNUM.indexOf(s[i]) * W[i];
  s += ALNUM[(31 - (t % 31)) % 31];
  return s;
}
function nextMonth(m) {
  return monthsBetween(m, "2030-12")[1];
}
function stemOf(v) {
  return v.replace(/村民委员会$|村委会$|村$|社区居民委员会$|社区$/, "");
}

// =====================================================================================================
// c1 — 韶关仁化县: borrowed exports (区划代码表, 企查查, 国库支付), bimonthly reports, a web list, 目标｜完成 facts
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const POP = 196000;
  const TOWNS = [["丹霞街道", "440224001", 8, 3], ["董塘镇", "440224104", 10, 1], ["扶溪镇", "440224106", 9, 1], ["长江镇", "440224107", 9, 1],
    ["城口镇", "440224108", 9, 1], ["周田镇", "440224110", 9, 1]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("黄石上下新塘岭坪田水东西恩", ["坑", "塘", "坪", "岭", "田", "洞", "背", "寨", "坝", "湖", "屋", "围"], "村", prefixes);
  const cName = nameMaker("锦丹新兴和平", ["南", "北", "华", "阳", "安", "城"], "社区", prefixes);
  const towns = TOWNS.map(([t, code, nv, nc]) => ({ t, code, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  assert(admin.length === 54 && comms.length === 8, "c1 54 villages + 8 communities");
  noStemClash(admin, comms, "c1");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const shA = shuffle(admin);
  const poor = shA.slice(0, 7);
  const poorSet = new Set(poor);
  const cov = shA.slice(0, 38);
  const noCov = shA.slice(38);
  const noExpress = noCov[5];

  // ---------------- 村居区划代码 (统计用区划代码表 + 通达快递企业)
  const EXP = ["中国邮政、中通快递、韵达快递", "中国邮政、中通快递", "中国邮政", "中国邮政、韵达快递、极兔速递", "中国邮政、圆通速递"];
  const vRows = [["仁化县村（居）民委员会统计用区划代码和城乡划分代码（2020年）"],
    ["（摘自国家统计局统计用区划代码；“通达快递企业”一列由县商务局会同县邮政管理部门补填，没有快递企业通达的填“无”）"],
    ["统计用区划代码", "城乡分类代码", "名称", "所属乡镇（街道）", "通达快递企业", "备注"]];
  const vMerges = ["A1:F1", "A2:F2"];
  let k = 0;
  for (const x of towns) {
    x.cs.forEach((c, j) => {
      vRows.push([`${x.code}${pad3(j + 1)}`, x.t === "丹霞街道" ? "111" : "121", `${stemOf(c)}社区居民委员会`, x.t, EXP[k++ % EXP.length], null]);
    });
    x.vs.forEach((v, j) => {
      const ex = v === noExpress ? "无" : EXP[k++ % EXP.length];
      vRows.push([`${x.code}${String(201 + j)}`, j === 0 ? "122" : "220", `${stemOf(v)}村民委员会`, x.t, ex, v === noExpress ? "山区，村民到镇上自取" : null]);
    });
  }
  vRows.push(["说明：城乡分类代码111主城区、121镇中心区、122镇乡结合区、220村庄；代码末三位001—199为居委会，201起为村委会。", null, null, null, null, null]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);

  // ---------------- 省定贫困村
  const helpers = ["韶关市人民检察院", "广东省佛山市南海区桂城街道", "韶关市财政局", "仁化县人民法院", "南海区大沥镇", "韶关学院", "仁化县供电局"];
  const pvRows = [["仁化县省定贫困村名单"], ["序号", "镇（街道）", "村名", "帮扶单位", "驻村第一书记", "出列年度"]];
  poor.forEach((v, j) => pvRows.push([j + 1, townOf[v], v, helpers[j], personName(), `${2018 + (j % 3)}年`]));
  pvRows.push([`合计：${poor.length}个村（2020年底全部出列）`, null, null, null, null, null]);
  const pvMerges = ["A1:F1", `A${pvRows.length}:F${pvRows.length}`];

  // ---------------- 站点清单 (星级, 市局现场核查)
  const ST = cov.map((v) => ({ v, d: randIsoBetween("2020-06-01", "2021-08-25") }));
  ST[10].d = CUT;
  ST.push({ v: cov[3], d: randIsoBetween("2021-01-10", "2021-08-20"), second: true });
  ST.push({ v: cov[20], d: randIsoBetween("2021-01-10", "2021-08-20"), second: true });
  ST.push({ v: comms[0], d: randIsoBetween("2020-09-01", "2021-05-31") });
  ST.push({ v: noCov[0], d: null, note: "未挂牌，筹建中" });
  ST.push({ v: noCov[1], d: "2021-09-03", cell: "2021.9.3" });
  ST.sort((a, b) => TOWNS.findIndex((t) => t[0] === townOf[a.v]) - TOWNS.findIndex((t) => t[0] === townOf[b.v]) || cmp(a.d || "9", b.d || "9"));
  const sRows = [["仁化县村级电子商务服务站点清单"], ["填报单位：仁化县商务局　　　　　　　　　　　　　　　　　　更新日期：2021年9月8日"],
    ["序号", "所属镇（街道）", "所在村（社区）", "站点名称", "站点星级", "挂牌日期", "市局现场核查日期", "核查结论", "站长", "联系电话"]];
  ST.forEach((s, j) => {
    const st = stemOf(s.v);
    const isComm = s.v.endsWith("社区");
    const vcell = isComm ? s.v : j % 3 === 0 ? `${st}村委会` : j % 5 === 1 ? `${st}村民委员会` : s.v;
    const name = isComm ? `${st}社区电商服务点` : s.second ? `${st}村益农电商服务站（二）` : `${st}村电商服务站`;
    const star = s.d ? ["★★★", "★★", "★", "★★"][j % 4] : "—";
    let chk = null;
    let res = null;
    if (s.note) res = s.note;
    else if (j % 2 === 0 && s.d && s.d <= CUT) {
      chk = randIsoBetween(s.d > "2021-05-10" ? s.d : "2021-05-10", "2021-09-08");
      res = j % 6 === 0 ? "招牌已更新，正常运营" : "正常运营";
    }
    sRows.push([j + 1, townOf[s.v], vcell, name, star, s.cell || (s.d ? dateCell(s.d, j) : null), chk ? dotDate(chk) : null, res, personName(), mask(phone())]);
  });
  sRows.push(["注：站点星级为县商务局2021年6月评定；“市局现场核查日期”为韶关市商务局抽查日期，不是挂牌日期。", null, null, null, null, null, null, null, null, null]);
  const sMerges = ["A1:J1", "A2:J2", `A${sRows.length}:J${sRows.length}`];
  const adminSet = new Set(admin);
  const covCut = new Set(ST.filter((s) => s.d && s.d <= CUT && adminSet.has(s.v)).map((s) => s.v));
  assert(covCut.size === 38 && ratioGE(38, 54, 70) && !ratioGE(37, 54, 70), "c1 38/54 = 70.4% → 5");
  assert(poor.every((v) => covCut.has(v)), "c1 all poor villages covered");

  // ---------------- 脱贫人口 (防返贫监测系统)
  const REGION = "440224";
  const LAB_OK = ["普通劳动力", "技能劳动力", "弱劳动力或半劳动力"];
  const WORK_LOCAL = ["县内务工", "未务工", "公益性岗位", "县内务工"];
  const plan = shuffle([].concat(Array(50).fill("E"), Array(8).fill("M"), Array(7).fill("N")));
  const persons = [];
  let xDone = false;
  const pRows = [["仁化县脱贫人口劳动力及务工情况（防返贫监测信息系统导出）"], ["导出日期：2021-07-20　　导出单位：仁化县乡村振兴局"],
    ["序号", "户编号", "姓名", "证件号码", "与户主关系", "劳动技能", "务工状态", "所在镇", "所在村"]];
  let hh = -1;
  let headY = 0;
  let sn = null;
  plan.forEach((c, j) => {
    const first = j % 3 === 0 || j === 0;
    if (first) {
      hh++;
      sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    }
    const birth = c === "N" ? birthBetween(1936, 1956) : birthBetween(1964, 2001);
    const wantX = c === "E" && !xDone ? true : undefined;
    if (wantX) xDone = true;
    const id = makeId(REGION, birth, rnd() < 0.5, wantX);
    const lab = c === "N" ? (j % 2 ? "丧失劳动力" : "无劳动力") : LAB_OK[j % 3];
    const work = c === "N" ? "—" : c === "M" ? (j % 2 ? "省外务工" : "省内县外务工") : WORK_LOCAL[j % 4];
    const by = Number(birth.slice(0, 4));
    const male = Number(id[16]) % 2 === 1;
    let rel;
    if (first) {
      rel = "户主";
      headY = by;
    } else if (Math.abs(by - headY) <= 10) rel = j % 3 === 1 ? "配偶" : male ? "之弟" : "之妹";
    else if (by < headY) rel = male ? "之父" : "之母";
    else rel = male ? "之子" : "之女";
    const nm = rel === "配偶" || rel === "之母" ? personName() : personName(sn);
    const v = poor[hh % 7];
    persons.push({ c, id, name: nm, v, lab, work });
    pRows.push([j + 1, `440224${String(30100 + hh * 17).padStart(8, "0")}`, nm, id, rel, lab, work, townOf[v], v]);
  });
  pRows.push(["注：务工状态“省外务工”“省内县外务工”为外出务工；“县内务工”“公益性岗位”“未务工”不属外出务工。", null, null, null, null, null, null, null, null]);
  const pMerges = ["A1:I1", "A2:I2", `A${pRows.length}:I${pRows.length}`];
  const elig = persons.filter((p) => p.c === "E");
  const mig = persons.filter((p) => p.c === "M");
  const nol = persons.filter((p) => p.c === "N");
  const xPerson = elig.find((p) => p.id.endsWith("X"));
  assert(elig.length === 50 && xPerson, "c1 50 eligible, one with X");

  // ---------------- 培训场次 (计划人次 / 实到人次)
  const TOPICS = ["农村电商基础知识", "网店开设与运营", "直播带货实操", "短视频拍摄", "农产品品牌与包装", "丹霞山旅游商品网销", "电商客服", "社群团购"];
  const sessions = [];
  let day = "2020-09-10";
  for (let i = 0; i < 21; i++) {
    const len = i % 4 === 1 ? 1 : 0;
    sessions.push({ start: day, end: isoAdd(day, len), topic: TOPICS[i % TOPICS.length], act: rint(70, 110), poor: i % 5 === 2 });
    day = isoAdd(day, rint(14, 16));
  }
  assert(sessions[20].end <= "2021-08-25", "c1 21 sessions before the cut-off " + sessions[20].end);
  let diff = 1902 - sum(sessions.map((s) => s.act));
  for (let j = 0; diff !== 0; j = (j + 1) % 21) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 7);
    if (sessions[j].act + st < 55 || sessions[j].act + st > 130) continue;
    sessions[j].act += st;
    diff -= st;
  }
  const cross = { start: "2021-08-30", end: "2021-09-02", topic: "脱贫户电商技能提升班", act: 80, poor: true, text: "2021年8月30日—9月2日" };
  const sept = { start: "2021-09-16", end: "2021-09-16", topic: "农村电商基础知识", act: 95, poor: false };
  sessions.push(cross, sept);
  sessions.forEach((s, j) => {
    s.no = j + 1;
    s.plan = s.act + rint(4, 16);
    if (!s.text) s.text = s.start === s.end ? dateCell(s.start, j) : rangeText(s.start, s.end, j % 2 ? "dot" : "cn");
    if (s.poor) s.topic += "（脱贫户专场）";
  });
  const ptCut = sum(sessions.filter((s) => s.end <= CUT).map((s) => s.act));
  const planCut = sum(sessions.filter((s) => s.end <= CUT).map((s) => s.plan));
  assert(ptCut === 1902 && ptCut * 1000 >= POP * 8 && !ratioGE(ptCut, POP, 1), "c1 1902/196000 = 0.97% → 8");
  assert(ratioGE(ptCut + cross.act, POP, 1) && ratioGE(planCut, POP, 1), "c1 the September session or the 计划 column would reach 1%");

  // ---------------- 脱贫学员名单
  const inCut = sessions.filter((s) => s.end <= CUT);
  const poorSes = inCut.filter((s) => s.poor);
  const eligSh = shuffle(elig.filter((p) => p !== xPerson));
  const trained = [xPerson].concat(eligSh.slice(0, 24));
  const crossOnly = eligSh.slice(24, 26);
  const TR = [];
  trained.forEach((p, j) => TR.push({ p, s: poorSes[j % poorSes.length], id: p === xPerson ? p.id.slice(0, 17) + "x" : p.id, attr: "脱贫户" }));
  for (const p of trained.slice(5, 7)) TR.push({ p, s: inCut[rint(0, inCut.length - 1)], id: p.id, attr: "脱贫户" });
  for (const p of crossOnly) TR.push({ p, s: cross, id: p.id, attr: "脱贫户" });
  for (const p of mig.slice(0, 2)) TR.push({ p, s: poorSes[rint(0, poorSes.length - 1)], id: p.id, attr: "脱贫户" });
  TR.push({ p: nol[0], s: poorSes[0], id: nol[0].id, attr: "脱贫户" });
  const watch = { name: personName(), id: makeId(REGION, birthBetween(1975, 1995), true, false), v: admin[40] };
  TR.push({ p: watch, s: poorSes[1], id: watch.id, attr: "监测户" });
  TR.sort((a, b) => a.s.no - b.s.no);
  const trRows = [["仁化县电商培训脱贫人口学员名单"], ["（只列脱贫人口和监测户学员，人数已含在《培训场次》的实到人次内）"], ["序号", "期次", "培训日期", "姓名", "身份证号", "所在村", "户属性"]];
  TR.forEach((t, j) => trRows.push([j + 1, `第${t.s.no}期`, t.s.text, t.p.name, t.id, t.p.v, t.attr]));
  for (const s of sessions) s.poorCount = TR.filter((t) => t.s === s).length;
  for (const s of sessions) assert(s.poorCount <= s.act, "c1 poor trainees within the session");
  const eligIds = new Set(elig.map((p) => p.id));
  const trainedCut = new Set(TR.filter((t) => t.s.end <= CUT && eligIds.has(t.id.toUpperCase())).map((t) => t.id.toUpperCase()));
  const trainedCase = new Set(TR.filter((t) => t.s.end <= CUT && eligIds.has(t.id)).map((t) => t.id));
  assert(trainedCut.size === 25 && ratioGE(25, 50, 50) && trainedCase.size === 24 && !ratioGE(24, 50, 50), "c1 25/50 = 50.0% (24 without the small x)");
  const tRows = [["仁化县农村电商培训场次登记表"], ["期次", "培训日期", "培训主题", "培训地点", "计划人次", "实到人次", "其中：脱贫人口", "备注"]];
  const PLACES = ["县电子商务公共服务中心", "董塘镇文化站", "扶溪镇党群服务中心", "长江镇政府会议室", "城口镇文化站", "周田镇文化站"];
  sessions.forEach((s, j) => tRows.push([`第${s.no}期`, s.text, s.topic, PLACES[j % PLACES.length], s.plan, s.act, s.poorCount, s === cross ? "跨月，9月2日结业" : s === sept ? "9月开班" : null]));
  tRows.push(["合计", null, null, null, sum(sessions.map((s) => s.plan)), sum(sessions.map((s) => s.act)), sum(sessions.map((s) => s.poorCount)), null]);
  const tMerges = ["A1:H1", `A${tRows.length}:D${tRows.length}`];

  // ---------------- 入驻企业 (企查查 batch export + the clerk's columns)
  const FIRMS = [
    ["仁化县丹霞山农产品电子商务有限公司", "销售型", "有限责任公司（自然人独资）"], ["韶关市丹霞电商运营服务有限公司", "电商运营商", "有限责任公司（自然人投资或控股）"],
    ["仁化县贡柑网店", "销售型", "个体工商户"], ["仁化县白毛茶电子商务有限公司", "销售型", "有限责任公司（自然人独资）"],
    ["仁化县黄坑贡柑专业合作社", "销售型", "农民专业合作社"], ["仁化县红山沙田柚电商商行", "销售型", "个体工商户"],
    ["韶关市锦江代运营服务有限公司", "电商运营商", "有限责任公司（自然人投资或控股）"], ["仁化县长江镇土特产网店", "销售型", "个体工商户"],
    ["仁化县丹霞优品网络科技有限公司", "销售型", "有限责任公司（自然人独资）"], ["仁化县城口香芋电子商务有限公司", "销售型", "有限责任公司（自然人独资）"],
    ["仁化县闻韶直播电商有限公司", "电商运营商", "有限责任公司（自然人投资或控股）"], ["仁化县董塘腊味网店", "销售型", "个体工商户"],
    ["仁化县周田高山茶专业合作社", "销售型", "农民专业合作社"], ["韶关市粤北山货电子商务有限公司", "销售型", "有限责任公司（自然人独资）"],
    ["仁化县扶溪蜂蜜网店", "销售型", "个体工商户"], ["仁化县乡味汇电子商务有限公司", "销售型", "有限责任公司（自然人投资或控股）"],
    ["仁化县云起电商服务有限公司", "电商运营商", "有限责任公司（自然人独资）"], ["仁化县石塘米酒网店", "销售型", "个体工商户"],
    ["仁化县丹霞红电子商务有限公司", "销售型", "有限责任公司（自然人独资）"], ["仁化县锦江鱼干电商商行", "销售型", "个体工商户"],
    ["韶关市丹霞购网络平台有限公司", "平台型", "有限责任公司（自然人投资或控股）"], ["仁化县长坝沙田柚电子商务有限公司", "销售型", "有限责任公司（自然人独资）"],
    ["仁化县顺通物流有限公司", "物流企业", "有限责任公司（自然人投资或控股）"]];
  assert(FIRMS.length === 23, "c1 23 firms");
  const PRE = { 个体工商户: "92", 农民专业合作社: "93" };
  const firms = FIRMS.map(([n, t, legal], j) => ({ n, t, legal, code: creditCodeP(PRE[legal] || "91", REGION), est: randIsoBetween("2012-03-01", "2020-06-30"),
    entered: randIsoBetween("2020-09-01", "2021-08-15"), left: null, status: j % 4 === 1 ? "在业" : "存续" }));
  firms[20].entered = "2020-10-12";
  firms[20].left = "2021-05-10";
  firms[20].status = "注销";
  firms[21].entered = "2020-11-02";
  firms[21].left = "2021-03-31";
  firms[21].status = "迁出";
  firms[22].entered = "2021-09-06";
  const inPark = firms.filter((f) => f.entered <= CUT && !(f.left && f.left < CUT));
  const inTypes = new Set(inPark.map((f) => f.t));
  const legalTypes = new Set(inPark.map((f) => f.legal));
  assert(new Set(inPark.map((f) => f.code)).size === 20 && inTypes.size === 2 && legalTypes.size >= 3, "c1 20 firms of two 园区 types (legal forms ≥3)");
  const CAP = ["100万元人民币", "50万元人民币", "10万元人民币", "200万元人民币", "30万元人民币"];
  const IND = { 销售型: "互联网零售", 电商运营商: "信息技术咨询服务", 平台型: "互联网平台", 物流企业: "道路货物运输" };
  const eRows = [["企查查-批量查询导出结果"], ["导出时间：2021-09-08 10:26:13　　查询方式：按企业名称批量查询（23条，匹配23条）　　数据来源：企查查"],
    ["序号", "企业名称", "登记状态", "法定代表人", "注册资本", "成立日期", "统一社会信用代码", "企业类型", "所属行业", "注册地址", "园区企业类别（电商股补录）", "入园日期（电商股补录）", "退园日期（电商股补录）"]];
  firms.forEach((f, j) => eRows.push([j + 1, f.n, f.status, personName(), f.legal === "个体工商户" ? "-" : CAP[j % CAP.length], f.est, f.code, f.legal, IND[f.t],
    `广东省韶关市仁化县${["丹霞街道", "董塘镇", "丹霞街道丹霞大道", "长江镇"][j % 4]}${rint(1, 120)}号`, f.t, j % 3 === 0 ? D(f.entered) : dotDate(f.entered), f.left ? dotDate(f.left) : null]));
  eRows.push(["注：K—M列为电商股补录；入园日期以入驻协议签订日为准，退园日期以退园确认单为准。A—J列为企查查导出原样，“企业类型”是工商登记类型。", null, null, null, null, null, null, null, null, null, null, null, null]);
  const eMerges = ["A1:M1", "A2:M2", `A${eRows.length}:M${eRows.length}`];

  // ---------------- 国库集中支付明细 (a negative 退回 row)
  const PAY = [["2020-09-25", "韶关市丹霞电商运营服务有限公司", "县电商公共服务中心建设首期款", 480000], ["2020-10-29", "中国邮政集团有限公司广东省仁化县分公司", "村级电商服务站点建设首期款", 420000],
    ["2020-12-15", "仁化县职业技术学校", "电商培训服务费（第一期）", 156000], ["2021-01-22", "韶关市丹霞电商运营服务有限公司", "县电商公共服务中心建设进度款", 560000],
    ["2021-03-12", "仁化县顺通物流有限公司", "县镇村三级物流体系建设首期款", 390000], ["2021-04-20", "仁化县职业技术学校", "收回第一期培训服务费多付款（退回）", -36000],
    ["2021-05-18", "中国邮政集团有限公司广东省仁化县分公司", "村级电商服务站点建设进度款", 510000], ["2021-06-10", "广东丹霞农品供应链有限公司", "农产品冷链及溯源体系建设", 288000],
    ["2021-06-30", "仁化县职业技术学校", "电商培训服务费（第二期）", 198000], ["2021-07-20", "韶关市丹霞电商运营服务有限公司", "县电商公共服务中心运营服务费", 362260],
    ["2021-08-26", "仁化县顺通物流有限公司", "县镇村三级物流体系建设进度款", 420000], ["2021-09-14", "中国邮政集团有限公司广东省仁化县分公司", "村级电商服务站点建设尾款", 246000]];
  const fRows = [["仁化县财政国库集中支付明细（电子商务进农村综合示范专项）"], ["预算单位：仁化县商务局　　资金来源：2019年省级促进经济发展专项资金（电子商务进农村）　　单位：元"],
    ["支付日期", "支付凭证号", "预算项目", "收款人全称", "摘要", "支付金额", "支付方式", "备注"]];
  PAY.forEach(([d, who, what, amt], j) => fRows.push([j % 2 ? D(d) : d, `RH${d.replace(/-/g, "")}${String(rint(1, 99)).padStart(3, "0")}`, "电子商务进农村综合示范项目", who, what, amt,
    amt < 0 ? "收回" : "直接支付", amt < 0 ? "原路退回，冲减支出" : d > CUT ? "9月支付" : null]));
  fRows.push(["合计", null, null, null, null, sum(PAY.map((p) => p[3])), null, null]);
  const fMerges = ["A1:H1", "A2:H2", `A${fRows.length}:E${fRows.length}`];
  const net = sum(PAY.filter((p) => p[0] <= CUT).map((p) => p[3]));
  const gross = sum(PAY.filter((p) => p[0] <= CUT && p[3] > 0).map((p) => p[3]));
  assert(net === 3748260 && gross === 3784260 && ratioGE(net, 5000000, 70), "c1 spent " + net);

  // ---------------- 月报报送 (bimonthly from 2021)
  const REP = [["2020年8月", "2020-09-07"], ["2020年9月", "2020-10-09"], ["2020年10月", "2020-11-06"], ["2020年11月", "2020-12-08"], ["2020年12月", "2021-01-11"],
    ["2021年1—2月", "2021-03-09"], ["2021年3—4月", "2021-05-10"], ["2021年5—6月", "2021-07-08"], ["2021年7—8月", "2021-09-07"]];
  const rRows = [["仁化县电子商务进农村综合示范创建工作报送记录（报韶关市商务局）"], ["序号", "报告期", "报送日期", "报送方式", "是否含电商扶贫统计", "备注"]];
  REP.forEach(([p, d], j) => rRows.push([j + 1, p, j % 3 === 0 ? D(d) : cnDate(d), j % 2 ? "粤政易" : "公文交换", j === 0 ? "否" : "是", j === 5 ? "自2021年起改为双月报送" : null]));
  rRows.push(["注：根据韶关市商务局通知，2021年起月报改为双月报送，报送日期为报告期次月上旬。", null, null, null, null, null]);
  const rMerges = ["A1:F1", `A${rRows.length}:F${rRows.length}`];
  const repMonths = new Set(REP.map((r) => ym(r[1])));
  const repIn = WINDOW.filter((w) => repMonths.has(w));
  assert(repIn.length === 8 && !WINDOW.every((w) => repMonths.has(w)), "c1 reports in 8 of 12 months → 不定时");

  // ---------------- 专栏文章列表 (copied from the website, newest first)
  const posts = [];
  for (const m of monthsBetween("2020-07", "2021-08")) {
    const nm = nextMonth(m);
    posts.push({ d: `${nm}-${String(rint(2, 9)).padStart(2, "0")}`, t: `仁化县电子商务进农村综合示范项目建设进度公示（${cnMonth(m)}）` });
  }
  posts.push({ d: "2020-06-18", t: "仁化县电子商务进农村综合示范县创建工作方案" });
  posts.push({ d: "2020-08-12", t: "仁化县电子商务进农村综合示范项目基本信息公示" });
  posts.push({ d: "2020-08-12", t: "关于设立电子商务进农村综合示范项目监督举报电话和邮箱的公告" });
  posts.push({ d: "2021-03-05", t: "仁化县县级电子商务公共服务中心投入运营情况" });
  posts.sort((a, b) => cmp(b.d, a.d));
  const wRows = [["当前位置：首页 > 专题专栏 > 电子商务进农村综合示范"], ["（2021年9月10日从仁化县人民政府门户网站复制，按网站顺序，最新的在前）"]];
  for (const p of posts) wRows.push([`·${p.t}　　　${p.d}`]);
  wRows.push([`共${posts.length}条记录　首页　上一页　1　下一页　尾页`]);
  assert(WINDOW.every((w) => posts.some((p) => ym(p.d) === w)) && posts.some((p) => p.d > CUT), "c1 column updated every month");

  // ---------------- 宣传报道 / 经验材料
  const MED = [["2020-11-20", "仁化县融媒体中心“仁化发布”", "县级", "网络", "我县首批村级电商服务站挂牌运营", "否"],
    ["2021-04-12", "南方日报", "省级", "报纸", "仁化：贡柑“触网”卖出好价钱", "否"],
    ["2021-06-22", "韶关广播电视台《韶关新闻》", "市级", "电视", "仁化脱贫户直播卖白毛茶　电商帮扶见实效", "是"],
    ["2021-09-05", "韶关日报", "市级", "报纸", "仁化电商进农村示范创建成效明显", "否"]];
  const mRows = [["仁化县电商进农村宣传报道登记"], ["序号", "报道日期", "媒体名称", "媒体级别", "形式", "报道标题", "是否电商扶贫典型案例"]];
  MED.forEach((x, j) => mRows.push([j + 1, j % 2 ? dotDate(x[0]) : D(x[0]), x[1], x[2], x[3], `《${x[4]}》`, x[5]]));
  const matRows = [["经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送单位", "报送对象"],
    [1, "2021年6月15日", "《仁化县“电商＋贡柑”助力脱贫户增收的做法》", "仁化县商务局", "韶关市商务局"],
    [2, "2021年9月10日", "《仁化县电子商务进农村综合示范创建工作总结》", "仁化县商务局", "韶关市商务局"]];

  // ---------------- 基础数据 (目标｜完成情况)
  const bRows = [["仁化县电子商务进农村综合示范创建主要指标完成情况表"], ["序号", "指标", "单位", "创建目标（实施方案）", "完成情况（截至2021年8月31日）", "备注"]];
  const B = [["考评截止日期", "—", "—", "2021年8月31日", null], ["常住人口", "万人", "—", "19.60", "第七次全国人口普查"], ["行政村", "个", "—", 54, "另有社区8个"],
    ["省定贫困村", "个", "—", 7, "已全部出列"], ["领导小组组长", "—", "—", "县长", "2021年4月调整"],
    ["领导小组成员单位", "—", "—", "县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监督管理局、仁化邮政分公司", null],
    ["示范创建工作方案", "—", "印发", "已印发（仁府办〔2020〕12号）", null], ["农村电商扶持政策", "—", "出台", "已出台《仁化县促进农村电子商务发展扶持办法》", null],
    ["县级公共服务中心投入运营", "—", "2020年12月底前", "2021年3月1日", "场地改造推迟"], ["中心免费培训场所、设备", "—", "具备", "是", null],
    ["中心免费展示、销售特色农产品", "—", "具备", "是", null], ["中心免费摄影、美工服务", "—", "具备", "是", null], ["中心组织统一推广、品牌建设", "—", "具备", "是", null],
    ["中心其他衍生增值服务", "—", "具备", "是", "代开网店、金融对接"], ["电商产业园", "—", "建成", "已整合建成", "丹霞电商产业园"], ["专业第三方运营服务商", "—", "引进", "有", null],
    ["行政村物流快递覆盖率", "%", 100, 100, null], ["2019年农村网络零售额", "亿元", "—", 4.82, "省商务厅监测数"], ["2020年农村网络零售额", "亿元", "同比增长30%", 6.33, null],
    ["培训人次", "人次", "1,960", "2,106", null], ["有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "—", 50, null], ["其中参加电商培训", "人", "25", 27, "按身份证号去重"],
    ["专栏公示创建方案", "—", "—", "是", null], ["专栏公示项目基本信息", "—", "—", "是", null], ["专栏公示项目建设进度", "—", "按月", "是", null],
    ["专栏设立征求意见或监督举报窗口", "—", "—", "是", "监督举报电话、邮箱"], ["能统计电商扶贫情况", "—", "—", "是", null], ["下达省级专项资金", "万元", "—", 500, null],
    ["累计拨付资金", "万元", "350", 374.83, null], ["资金管理制度", "—", "制定", "已制定", null], ["资金专用台账", "—", "建立", "已建立", null], ["项目总体进度", "%", 100, 88, null],
    ["发生安全生产、质量事故或重大损失", "—", "—", "无", null], ["弄虚作假", "—", "—", "无", null]];
  B.forEach((b, j) => bRows.push([j + 1, b[0], b[1], b[2], b[3], b[4]]));
  assert(pct1(633 - 482, 482) === "31.3%", "c1 growth 31.3%");

  // ---------------- 自评表 (official layout; 得分说明 splits the judged parts)
  const SELF = [
    ["加强组织领导与统筹协调（10分）", "组织领导", 2, "主要领导牵头且商务、财政、农业、扶贫等部门参与2分；分管领导牵头1分", 2, "县长任组长，四部门参与", "1-1"],
    [null, "方案制定", 2, "工作方案因地制宜，可操作性较强（1-2分）", 2, "方案已印发，自评2分", "1-2"],
    [null, "政策支持", 2, "出台相关政策，且得到较好落实（1-2分）", 2, "扶持办法已落实，自评2分", "1-3"],
    [null, "项目管理", 4, "项目管理制度（1-2分）；工作台账（1-2分）", 3, "项目管理制度2分，工作台账1分", "1-4"],
    ["深入推动电子商务进农村工作（55分）", "服务体系建设（县级中心与产业园）", 15, "建成中心2分；运行6个月2分；……入驻企业三种以上类型1分", 15, "十项均达到", "2-1"],
    [null, "服务体系建设（村级站点）", 10, "行政村覆盖率70%及以上5分；贫困村覆盖率100%5分", 10, "覆盖率70.4%，贫困村100%", "2-2"],
    [null, "农村产品上行", 10, "调研1-2分；促销1-2分；第三方1分；快递1分；标准冷链溯源1-2分；增速2分", 9, "调研2分、促销2分、第三方1分、快递1分、标准及冷链溯源1分、增速2分", "2-3"],
    [null, "电商人才培训", 20, "培训人次1%及以上10分……；贫困人口培训率50%及以上10分……", 20, "2,106人次，1.07%；贫困人口54%", "2-4"],
    ["加强信息公开及报送（10分）", "信息公开", 4, "专栏内容全面2分；按月更新2分", 4, null, "3-1"],
    [null, "数据上报", 6, "每月报送3分；统计电商扶贫3分", 6, null, "3-2"],
    ["加强宣传推广（10分）", "案例总结", 2, "向市商务局报送经验材料2分", 2, null, "4-1"],
    [null, "经验推广", 8, "省级及以上4分；市级3分；县级1分", 8, "南方日报、韶关台、仁化发布", "4-2"],
    ["加强财政资金管理（15分）", "制度建立", 5, "资金管理制度（1-5分）", 4, null, "5-1"],
    [null, "资金台账", 5, "资金专用台账（1-5分）", 4, null, "5-2"],
    [null, "资金支出", 5, "支出率70%以上且及时拨付（1-5分）；低于70%倒扣5分", 4, "支出率75%，及时拨付4分", "5-3"],
    ["加分项（4分）", "贫困人口培训率70%及以上", 2, "2分", 0, null, "6-1"],
    [null, "电商扶贫典型案例获电视播报", 2, "国家级2分，省级1分", 1, "韶关台《韶关新闻》播出", "6-2"]];
  const selfRows = [["2019年省级电子商务进农村综合示范创建考评指标自评表（仁化县）"],
    ["工作任务", "评价指标", "权重", "评分标准（摘要）", "自评得分", "得分说明", "佐证材料编号", "市局初审"]];
  const selfMerges = ["A1:H1"];
  let grpStart = null;
  SELF.forEach((s, j) => {
    selfRows.push([s[0], s[1], s[2], s[3], s[4], s[5], s[6], null]);
    const r = selfRows.length;
    if (s[0] !== null) {
      if (grpStart !== null) mergeCol(selfMerges, "A", grpStart, r - 1);
      grpStart = r;
    }
    if (j === SELF.length - 1) mergeCol(selfMerges, "A", grpStart, r);
  });
  selfRows.push(["一票否决项", "发生安全生产、质量事故或重大损失", null, null, "无", null, "7-1", null]);
  selfRows.push([null, "总体进度不足40%", null, null, "无（总体进度88%）", null, "7-2", null]);
  selfRows.push([null, "弄虚作假", null, null, "无", null, "7-3", null]);
  mergeCol(selfMerges, "A", selfRows.length - 2, selfRows.length);
  const claimedScored = SELF.slice(0, 15).map((s) => s[4]);
  selfRows.push(["合计", null, 100, null, `${sum(claimedScored)}＋${SELF[15][4] + SELF[16][4]}`, null, null, null]);
  selfMerges.push(`A${selfRows.length}:B${selfRows.length}`);
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = claimedScored[j]));
  claimed["bonus.poorTraining"] = SELF[15][4];
  claimed["bonus.tvCase"] = SELF[16][4];
  assert(sum(claimedScored) === 95, "c1 claimed 95");

  const cover = [["仁化县电子商务进农村综合示范创建考评资料"], ["仁化县商务局　2021年9月"], [null], ["目录"], ["1　自评表"], ["2　基础数据（目标与完成情况）"],
    ["3　村居区划代码（县统计局提供）"], ["4　省定贫困村"], ["5　站点清单"], ["6　培训场次"], ["7　脱贫学员"], ["8　脱贫人口（乡村振兴局提供）"],
    ["9　入驻企业（企查查导出）"], ["10　国库支付明细（县财政局提供）"], ["11　月报报送"], ["12　专栏文章列表"], ["13　宣传报道"], ["14　经验材料"]];

  // ---------------- points
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 2 + 1,
    "work.center": 2 + 0 + 2 + 1 + 1 + 1 + 1 + 2 + 2 + 0, "work.coverage": 5 + 5, "work.upward": 2 + 2 + 1 + 0 + 1 + 2,
    "work.training": 8 + 10, "info.disclosure": 2 + 2, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 0,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 87 && bonus === 0, "c1 total " + scored);
  const derivation = [
    "org.leadership: 基础数据 领导小组组长“县长”= 主要领导；成员单位有县商务局、县财政局、县农业农村局、县乡村振兴局 → 2",
    "org.plan: 自评表 方案制定 自评2（方案已印发） → 2",
    "org.policy: 自评表 政策支持 自评2 → 2",
    "org.management: 得分说明“项目管理制度2分，工作台账1分” → 3",
    `work.center: 基础数据 中心投入运营“2021年3月1日” ≤ 8月31日 → 建成2；晚于2021-02-28，运行不满6个月 → 0；免费培训2、展示销售1、摄影美工1、品牌推广1、其他衍生服务1（都“是”）；产业园已整合建成 → 2；入驻企业（企查查导出表加电商股补录列）按入园、退园日期算8月31日在园：23家中“${firms[20].n}”5月10日退园（注销）、“${firms[21].n}”3月31日退园（迁出），“${firms[22].n}”9月6日才入园 → 20家 → 2；在园企业的“园区企业类别”只有销售型、电商运营商两种（平台型那家已退园，物流企业那家9月入园；H列“企业类型”是工商登记类型，不是园区类别） → 0；合计12（自评15）`,
    `work.coverage: 村居区划代码表 名称“××村民委员会”54个为行政村（“××社区居民委员会”8个不算），基数54；站点清单挂牌日期≤8月31日的站覆盖行政村38个（一站8月31日当天挂牌算；两村各有两个站只算一次；一站在社区不算；“${noCov[0]}”的站未挂牌、“${noCov[1]}”的站2021.9.3挂牌，都不算；“市局现场核查日期”不是挂牌日期） → 38/54 = 70.4% ≥ 70% → 5；省定贫困村7个都有站 → 100% → 5；合计10`,
    `work.upward: 网销调研2、网络促销2（自评表得分说明）；第三方运营服务商“有” → 1；村居区划代码表有“通达快递企业”列，“${noExpress}”（${stemOf(noExpress)}村民委员会）填“无” → 行政村快递覆盖不到100% → 0（基础数据写100%，以清单为准，应提示）；交易标准及冷链溯源1；2019年农村网络零售额4.82亿元→2020年6.33亿元，增长31.3% ≥ 30% → 2；合计8（自评9）`,
    `work.training: 培训场次按培训日期（期间按结束日）≤8月31日的21期，“实到人次”合计${fmtInt(ptCut)}（“计划人次”${fmtInt(planCut)}不能用；第22期“2021年8月30日—9月2日”80人次、第23期9月16日都在截止日后）；常住人口19.60万人 = 196,000 → ${fmtInt(ptCut)}/196,000 = 0.970% → 8（基础数据“2,106人次”与台账不符，以台账为准）；脱贫人口表劳动技能为普通/技能/弱劳动力、务工状态不是省外或省内县外务工的50人；脱贫学员名单按身份证号对上这50人、培训日期≤8月31日的25人（一人末位写成小写x也要对上；两人参训两次只算一次；两人只参加第22期不算；两个外出务工的、一个丧失劳动力的、一个监测户不在50人里） → 25/50 = 50.0% ≥ 50% → 10（基础数据“27人”不符，以名单为准）；合计18（自评20）`,
    "info.disclosure: 基础数据 专栏公示创建方案、项目基本信息、建设进度都“是”，监督举报窗口“是” → 2；专栏文章列表（网站复制、最新在前，标题和日期在一格里）2020年9月—2021年8月每月都有发布 → 2；合计4",
    `info.reporting: 报送记录按报送日期：2020年9月—2021年1月每月都有，2021年起改双月报送，2月、4月、6月、8月没有报送（“7—8月”那期9月7日才报） → 12个月只有${repIn.length}个月 → 不定时 → 1；含电商扶贫统计“是”，基础数据“能统计电商扶贫情况：是” → 3；合计4（自评6）`,
    "promo.cases: 经验材料 2021年6月15日报韶关市商务局 → 2（9月10日那份在截止日后）",
    "promo.media: 南方日报（省级）2021.4.12 → 4；韶关广播电视台（市级）2021-06-22 → 3；仁化发布（县级）2020-11-20 → 1；韶关日报9月5日在截止日后 → 合计8",
    "fund.system: 自评表 制度建立 4 → 4",
    "fund.ledger: 自评表 资金台账 4 → 4",
    `fund.spending: 国库支付明细 支付日期≤8月31日的11行合计${fmtMoney(net)}元（含4月20日退回的−36,000元；不扣退回是${fmtMoney(gross)}元），9月14日246,000元不算；下达500万元 → ${pct1(net, 5000000)} ≥ 70% → 自评“及时拨付4分” → 4`,
    "bonus.poorTraining: 贫困人口培训率25/50 = 50% < 70% → 0",
    "bonus.tvCase: 唯一的电视报道是韶关广播电视台（市级），不是国家级或省级电视 → 0（自评1）",
    "veto.incident: 基础数据 发生安全生产、质量事故或重大损失“无” → 不否决",
    "veto.progress: 项目总体进度88% ≥ 40% → 不否决",
    "veto.fraud: 弄虚作假“无” → 不否决",
  ];
  return {
    description:
      "韶关仁化县商务局整本考评资料（封面目录＋14个表），87分、无加分、未否决（自评表95＋1）：自评表是官方版式（工作任务纵向合并｜评价指标｜权重｜评分标准摘要｜自评得分｜得分说明｜佐证材料编号｜市局初审空着），主观分拆在得分说明里（“项目管理制度2分，工作台账1分”）；基础数据是“创建目标（实施方案）｜完成情况（截至2021年8月31日）”对照表，目标列的数字不是事实；多数台账是借来的导出表——村居是统计用区划代码表（12位代码、城乡分类代码，名称“××村民委员会”“××社区居民委员会”），加了“通达快递企业”列（一村“无”）；入驻企业是企查查批量导出（H列企业类型是工商登记类型，园区企业类别、入园、退园日期是电商股补录的K—M列）；资金是国库集中支付明细（一行−36,000元退回）；月报2021年起改双月；专栏是网站文章列表复制（最新在前，标题和日期在一格里）；培训场次有计划人次、实到人次两列，一期8月30日—9月2日跨过截止日；脱贫学员名单一人身份证末位小写x；站点清单另有市局现场核查日期。",
    sheets: [
      { name: "封面", rows: cover, merges: [] },
      { name: "自评表", rows: selfRows, merges: selfMerges },
      { name: "基础数据", rows: bRows, merges: ["A1:F1"] },
      { name: "村居区划代码", rows: vRows, merges: vMerges },
      { name: "省定贫困村", rows: pvRows, merges: pvMerges },
      { name: "站点清单", rows: sRows, merges: sMerges },
      { name: "培训场次", rows: tRows, merges: tMerges },
      { name: "脱贫学员", rows: trRows, merges: ["A1:G1", "A2:G2"] },
      { name: "脱贫人口", rows: pRows, merges: pMerges },
      { name: "入驻企业（企查查）", rows: eRows, merges: eMerges },
      { name: "国库支付明细", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: rRows, merges: rMerges },
      { name: "专栏文章列表", rows: wRows, merges: [] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:E1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}


// =====================================================================================================
// f1 — 云浮云安区: a Word table printed to three pages and pasted: 续表 titles, repeated headers, page footers, split rows
// =====================================================================================================
function buildF1() {
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push([t, null, null, null]);
    merges.push(`A${rows.length}:D${rows.length}`);
  };
  const HEAD = ["序号", "项目", "填报内容", "备注"];
  const TITLE = "云浮市云安区电子商务进农村综合示范创建基本情况表";
  let no = 0;
  const item = (label, value, note) => rows.push([++no, label, value, note === undefined ? null : note]);
  const cont = (value, note) => rows.push([null, null, value, note === undefined ? null : note]);
  const page = (n) => {
    rows.push([null, null, null, null]);
    full(`第 ${n} 页　共 3 页`);
  };
  // page 1
  full(TITLE);
  full("填报单位（盖章）：云浮市云安区经济促进局　　　　　　填报日期：2021年9月7日");
  rows.push(HEAD.slice());
  full("一、基本情况");
  item("考评截止日期", "2021年8月31日");
  item("常住人口", "27.54万人", "第七次全国人口普查");
  item("行政村数", "58个", "另有社区居委会6个，不计入");
  item("省定贫困村数", "11个", "2020年底已全部出列");
  full("二、组织领导");
  item("领导小组组长", "区委副书记、区长");
  item("领导小组成员单位", "区经济促进局（商务）、区财政局、区农业农村局、");
  page(1);
  // page 2
  full(`${TITLE}（续表）`);
  rows.push(HEAD.slice());
  cont("区乡村振兴局、区人力资源和社会保障局、区市场监督管理局、区交通运输局、云安邮政分公司");
  item("示范创建工作方案", "已正式印发（云安府办〔2020〕14号）");
  item("支持农村电商发展的政策", "已出台《云安区促进农村电子商务发展扶持办法》");
  full("三、公共服务中心与产业园");
  item("县级电子商务公共服务中心投入运营时间", "2020年11月16日");
  item("免费培训场所、培训设备", "有", "培训室60座，电脑40台");
  item("为特色农产品提供免费展示、销售服务", "有");
  item("为电子商务市场主体提供免费摄影、美工服务", "有");
  item("组织农产品统一推广、指导特色农产品品牌建设", "有", "“云安好物”区域公共品牌");
  item("为电子商务发展提供其他衍生增值服务", "有", "代开网店、小额信贷对接");
  item("电商产业园", "已整合建成", "云安电商产业园");
  full("四、农村产品上行");
  item("专业第三方电子商务运营或服务商", "有", "公开招标引进");
  item("行政村物流快递覆盖率", "100%", "区邮政管理部门出具证明");
  item("2019年农村网络零售额", "5.86亿元", "省商务厅监测数据");
  item("2020年农村网络零售额", "7.43亿元", "同比增长26.8%");
  item("2019年农产品网络零售额", "1.12亿元", null);
  item("2020年农产品网络零售额", "1.49亿元", "同比增长33.0%");
  full("五、电商培训");
  item("培训人次", "3,126人次", "截至2021年8月31日");
  item("有劳动能力的建档立卡贫困人口（不含外出务工）", "1,985人", "区乡村振兴局确认");
  item("参加电商培训的建档立卡贫困人口", "1,132人", "占57.0%，按身份证号去重");
  full("六、信息公开及数据上报");
  item("专栏公示创建方案", "是");
  item("专栏公示项目基本信息", "是");
  item("专栏公示项目建设进度", "是", "每月更新");
  item("专栏设立征求意见或监督举报窗口", "是", "监督举报电话、邮箱");
  item("能统计电商扶贫情况", "能", "月报附电商扶贫统计表");
  full("七、资金管理");
  item("下达省级专项资金", "500万元");
  item("累计拨付资金", "376.42万元", "支出率75.3%");
  item("资金管理制度", "已制定", "《云安区电子商务进农村综合示范专项资金管理办法》");
  item("资金专用台账", "已建立");
  item("项目总体进度", "90%");
  full("八、一票否决事项");
  item("发生安全生产、质量事故或重大经济损失", "无");
  item("弄虚作假", "无");
  full("九、自评得分（项目｜自评分｜说明）");
  const SELF = [["组织领导（2分）", 2, "区长任组长，商务、财政、农业农村、乡村振兴等部门参与"], ["方案制定（2分）", 2, null], ["政策支持（2分）", 1, "扶持办法落实面不广"],
    ["项目管理（4分）", 3, "项目管理制度2分、工作台账1分"], ["服务体系建设—县级中心与产业园（15分）", 15, null], ["服务体系建设—村级站点（10分）", 10, null],
    ["农村产品上行（10分）", 8, "网销调研2分、网络促销1分、第三方1分、"], ["电商人才培训（20分）", 20, null], ["信息公开（4分）", 4, null], ["数据上报（6分）", 6, null],
    ["案例总结（2分）", 2, null], ["经验推广（8分）", 5, "省级、区级媒体报道"], ["制度建立（5分）", 4, null], ["资金台账（5分）", 5, null],
    ["资金支出（5分）", 4, "支出率75.3%，及时拨付4分"], ["加分项：贫困人口培训率≥70%（2分）", 0, null], ["加分项：电商扶贫典型案例电视播报（2分）", 0, null]];
  SELF.slice(0, 7).forEach((s) => item(s[0], s[1], s[2]));
  page(2);
  // page 3
  full(`${TITLE}（续表）`);
  rows.push(HEAD.slice());
  cont(null, "快递1分、交易标准及冷链溯源1分、增速2分");
  SELF.slice(7).forEach((s) => item(s[0], s[1], s[2]));
  const tot = sum(SELF.slice(0, 15).map((s) => s[1]));
  rows.push([null, "合计", `${tot}分（加分0分）`, null]);
  rows.push([null, null, null, null]);
  full("填表人：黄××　　审核人：区经济促进局副局长 罗××　　联系电话：0766-88×××××");
  page(3);
  assert(tot === 91, "f1 claimed 91");
  assert(pct1(743 - 586, 586) === "26.8%" && pct1(149 - 112, 112) === "33.0%" && pct1(1132, 1985) === "57.0%" && pct1(3764200, 5000000) === "75.3%", "f1 rates");
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = SELF[j][1]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 0;
  return {
    description:
      "云浮云安区经济促进局把Word里的《电子商务进农村综合示范创建基本情况表》（序号｜项目｜填报内容｜备注）按打印的三页原样粘进Excel：每页有自己的标题（第2、3页是“（续表）”）、重复的表头行和“第 n 页　共 3 页”页脚；有两行跨页断开——第6项领导小组成员单位在第1页末只写到“区农业农村局、”，续在第2页第一行（序号、项目空着）的“区乡村振兴局、……”，第九部分农村产品上行的自评说明在第2页末写到“第三方1分、”，续在第3页第一行（“快递1分、交易标准及冷链溯源1分、增速2分”）；数值都带单位写在文字里（27.54万人、5.86亿元、376.42万元、90%），自评得分在第九部分，主观分写在说明里。",
    sheets: [{ name: "基本情况表", rows, merges }],
    expect: {
      facts: {
        county: "云安区", asOf: "2021-08-31", residentPopulation: 275400, adminVillagesStated: 58, poorVillagesStated: 11,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-16", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 586000000, ruralRetail2020: 743000000, ruralRetailGrowthStated: 0.268,
        agriRetail2019: 112000000, agriRetail2020: 149000000, agriRetailGrowthStated: 0.33,
        trainingPersonTimesStated: 3126, eligiblePoorPersonsStated: 1985, trainedPoorPersonsStated: 1132,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3764200, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 5, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f2 — 汕头潮南区: a monthly progress table (months as columns, cumulative values, ✔/▲ milestones); read the 2021年8月 column
// =====================================================================================================
function buildF2() {
  const MONTHS = monthsBetween("2020-07", "2021-09");
  const NM = MONTHS.length;
  const W = 5 + NM + 1;
  const AUG = MONTHS.indexOf("2021-08");
  const rows = [];
  const merges = [];
  const fullRow = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:${colName(W - 1)}${rows.length}`);
  };
  fullRow("潮南区电子商务进农村综合示范创建工作月度进度表（2020年7月—2021年9月）");
  fullRow("填报单位：汕头市潮南区商务局　　考评截止日期：2021年8月31日（9月一列为截至9月30日数，供参考，不作考评依据）");
  // side-by-side pairs
  rows.push(padRow(["常住人口（万人）", null, "132.86", "行政村（个）", 185, "社区（个）", 47, "省定贫困村（个）", 8], W));
  merges.push(`A${rows.length}:B${rows.length}`);
  rows.push(padRow(["领导小组组长", null, "区委副书记、区长", "成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴局、区人力资源社会保障局、区市场监督管理局、区交通运输局、潮南邮政分公司（共8个）"], W));
  merges.push(`A${rows.length}:B${rows.length}`, `E${rows.length}:${colName(W - 1)}${rows.length}`);
  rows.push(padRow([], W));
  // two-row header: 年 over 月
  const h1 = ["序号", "工作事项", "单位", "基数", "创建目标"];
  const h2 = [null, null, null, null, null];
  const y2020 = MONTHS.filter((m) => m.startsWith("2020")).length;
  MONTHS.forEach((m, j) => {
    h1.push(j === 0 ? "2020年" : j === y2020 ? "2021年" : null);
    h2.push(`${Number(m.slice(5))}月`);
  });
  h1.push("备注");
  h2.push(null);
  rows.push(h1, h2);
  const hr = rows.length - 1;
  for (const c of ["A", "B", "C", "D", "E", colName(W - 1)]) merges.push(`${c}${hr}:${c}${hr + 1}`);
  merges.push(`F${hr}:${colName(5 + y2020 - 1)}${hr}`, `${colName(5 + y2020)}${hr}:${colName(5 + NM - 1)}${hr}`);
  const line = (no, what, unit, base, target, vals, note) => {
    assert(vals.length === NM, "f2 row length " + what);
    rows.push([no, what, unit, base, target].concat(vals, [note === undefined ? null : note]));
  };
  const at = (pairs) => MONTHS.map((m) => (m in pairs ? pairs[m] : null));
  const cum = (start, values) => MONTHS.map((m, j) => (j < start ? null : values[j - start]));
  line(1, "示范创建工作方案", "—", null, "印发", at({ "2020-07": "✔印发（潮南府办〔2020〕22号）" }));
  line(2, "农村电商扶持政策", "—", null, "出台", at({ "2020-12": "✔出台《潮南区农村电子商务扶持办法》" }));
  const center = MONTHS.map((m) => (m < "2020-09" ? null : m === "2020-09" ? "选址" : m < "2020-12" ? "装修" : m === "2020-12" ? "▲投入运营（12月18日）" : "运营"));
  line(3, "县级电子商务公共服务中心", "—", null, "2020年12月投运", center);
  const park = [0, 3, 6, 9, 12, 14, 16, 18, 19, 21, 22, 22, 24];
  line(4, "电商产业园入驻企业", "家（累计）", null, "≥20", cum(2, park));
  const stations = [12, 26, 41, 58, 74, 88, 101, 113, 124, 131, 136, 138, 141];
  line(5, "村级电商服务站点", "个（累计）", null, "≥130", cum(2, stations));
  const train = [0, 310, 742, 1185, 1620, 1904, 2488, 3120, 3786, 4415, 5108, 5740, 6312, 6845];
  line(6, "电商培训", "人次（累计）", "常住人口132.86万人（按50万计）", "≥5,000", cum(1, train));
  const poorT = [0, 0, 46, 118, 205, 276, 330, 412, 498, 583, 669, 760, 864, 902];
  line(7, "建档立卡贫困人口参训", "人（累计，去重）", "1,512人（有劳动能力、不含外出务工）", "≥50%", cum(1, poorT));
  const exp = [88.1, 90.3, 92.4, 93.5, 94.6, 95.1, 96.2, 97.3, 97.8, 98.4, 100, 100, 100];
  line(8, "行政村快递覆盖率", "%", "185个行政村", 100, cum(2, exp));
  line(9, "月报报送市商务局", "—", null, "每月", MONTHS.map((m) => (m >= "2020-08" ? "✔" : null)));
  line(10, "月报附电商扶贫统计", "—", null, "每月", MONTHS.map((m) => (m >= "2020-10" ? "✔" : null)));
  line(11, "政府网专栏更新", "—", null, "每月", MONTHS.map((m) => (m >= "2020-08" ? "✔" : null)));
  const paid = [0, 0, 45, 82.5, 126.3, 168.8, 195.2, 230.6, 262.14, 291.3, 318.75, 350.4, 382.65, 418.2];
  line(12, "累计拨付资金", "万元", "下达省级专项资金500万元", "≥350", cum(1, paid.map((x) => (x === 0 ? 0 : x))));
  const prog = [5, 8, 14, 22, 31, 38, 45, 52, 58, 64, 71, 78, 84, 90];
  line(13, "项目总体进度", "%", null, 100, cum(1, prog));
  rows.push(padRow(["图例：✔完成　▲节点　空白＝未开展"], W));
  merges.push(`A${rows.length}:${colName(W - 1)}${rows.length}`);
  rows.push(padRow([], W));
  // checklist below
  fullRow("截至2021年8月31日其他情况");
  const CH = [["中心有免费培训场所、培训设备", "✔"], ["中心为特色农产品提供免费展示、销售服务", "✔"], ["中心提供免费摄影、美工服务", "✔"], ["中心组织农产品统一推广、指导品牌建设", "✔"],
    ["中心提供其他衍生增值服务", "✘（未开展）"], ["电商产业园整合建成", "✔"], ["专业第三方电子商务运营服务商", "✔（2020年11月进场）"], ["专栏公示创建方案", "✔"],
    ["专栏公示项目基本信息", "✔"], ["专栏公示项目建设进度", "✔"], ["专栏设立征求意见或监督举报窗口", "✘（网站改版后未恢复）"], ["资金管理办法", "✔已制定"],
    ["资金专用台账", "✔已建立"], ["发生安全生产、质量事故或重大损失", "无"], ["弄虚作假", "无"]];
  for (const [a, b] of CH) {
    rows.push(padRow([null, a, null, null, b], W));
    merges.push(`B${rows.length}:D${rows.length}`);
  }
  rows.push(padRow([null, "网络零售额（亿元）", null, null, "2019年", "2020年"], W));
  merges.push(`B${rows.length}:D${rows.length}`);
  rows.push(padRow([null, "　农村网络零售额", null, null, 68.42, 79.15], W));
  merges.push(`B${rows.length}:D${rows.length}`);
  rows.push(padRow([null, "　农产品网络零售额", null, null, 2.31, 3.12], W));
  merges.push(`B${rows.length}:D${rows.length}`);
  rows.push(padRow([], W));
  fullRow("填表：电商股 陈××　　审核：副局长 郑××　　2021年10月8日");
  assert(train[AUG - 1] === 6312 && poorT[AUG - 1] === 864 && paid[AUG - 1] === 382.65 && prog[AUG - 1] === 84 && exp[AUG - 2] === 100, "f2 the August column");
  assert(pct1(7915 - 6842, 6842) === "15.7%" && pct1(312 - 231, 231) === "35.1%" && pct1(864, 1512) === "57.1%", "f2 rates");
  return {
    description:
      "汕头潮南区商务局的《电子商务进农村综合示范创建工作月度进度表》：上面两行并排的“标签｜值”（常住人口（万人）132.86、行政村185、社区47、省定贫困村8；组长“区委副书记、区长”和成员单位），下面是月份作列的进度表——两行表头（“2020年”“2021年”合并在7月…12月、1月…9月之上），行是工作事项，格里是累计数（培训人次、贫困人口参训人数、快递覆盖率、累计拨付万元、总体进度%）或✔/▲节点（方案7月“✔印发”、政策12月“✔出台”、中心“▲投入运营（12月18日）”）；第2行写明考评截止日期8月31日、9月一列只供参考，所以累计数要读2021年8月那一列（培训6,312人次，不是9月的6,845）；“基数”“创建目标”两列是基数和目标，贫困人口基数1,512人写在基数列；表下是截至8月底的✔/✘清单和一张亿元的零售额小表。",
    sheets: [{ name: "月度进度", rows, merges }],
    expect: {
      facts: {
        county: "潮南区", asOf: "2021-08-31", residentPopulation: 1328600, adminVillagesStated: 185, poorVillagesStated: 8,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 6842000000, ruralRetail2020: 7915000000, agriRetail2019: 231000000, agriRetail2020: 312000000,
        trainingPersonTimesStated: 6312, eligiblePoorPersonsStated: 1512, trainedPoorPersonsStated: 864,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3826500, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.84,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 佛山高明区: a self-built score calculator (输入区, a 参数 block side by side, 计算结果 below)
// =====================================================================================================
function buildF3() {
  const W = 8;
  const rows = [];
  const merges = [];
  rows.push(padRow(["高明区电子商务进农村综合示范考评得分计算器（电商股自制 V1.3）"], W));
  merges.push(`A1:H1`);
  rows.push(padRow(["使用方法：只在“输入值”列填写；右侧参数按省考评办法设置，请勿修改；下方计算结果自动生成。"], W));
  merges.push(`A2:H2`);
  rows.push(padRow(["一、输入区", null, null, null, null, "二、参数（勿改）", null, null], W));
  merges.push(`A3:D3`, `F3:H3`);
  rows.push(["项目", "输入值", "单位", "说明", null, "参数", "值", "说明"]);
  const INP = [
    ["县（市、区）", "高明区", null, null], ["考评截止日期", D("2021-08-31"), null, "省通知"], ["常住人口", 48.84, "万人", "七普"], ["行政村数", 74, "个", "不含社区"],
    ["省定贫困村数", 0, "个", "佛山市无省定贫困村"], ["领导小组组长", "区长", null, null],
    ["领导小组成员单位", "区经济和科技促进局（商务）、区财政局、区农业农村局、区乡村振兴局、区人力资源社会保障局、区市场监督管理局", null, null],
    ["工作方案已印发", "是", null, "明府办〔2020〕8号"], ["扶持政策已出台", "是", null, null], ["中心投入运营日期", "2020.12.1", null, null],
    ["中心免费培训场所设备", "是", null, null], ["中心免费展示销售", "是", null, null], ["中心免费摄影美工", "否", null, "按成本收费"], ["中心品牌推广", "是", null, null],
    ["中心其他增值服务", "是", null, null], ["电商产业园建设或整合", "是", null, null], ["产业园入驻企业数", 22, "家", "截至8月31日在园"], ["入驻企业类型数", 3, "种", "平台、销售、运营"],
    ["有站点的行政村数", 56, "个", null], ["有站点的省定贫困村数", "—", "个", null], ["第三方运营服务商", "是", null, null], ["行政村快递全覆盖", "是", null, null],
    ["2019年农村网络零售额", 185630, "万元", null], ["2020年农村网络零售额", 243117, "万元", null], ["2019年农产品网络零售额", 21460, "万元", null],
    ["2020年农产品网络零售额", 25104, "万元", null], ["培训人次", 5236, "人次", null], ["有劳动能力的建档立卡贫困人口（不含外出务工）", 212, "人", null],
    ["参训的建档立卡贫困人口", 131, "人", "去重"], ["专栏公示创建方案", "是", null, null], ["专栏公示项目基本信息", "是", null, null], ["专栏公示建设进度", "是", null, null],
    ["专栏征求意见或监督举报窗口", "是", null, null], ["近一年按月更新专栏", "是", null, null], ["近一年每月报送月报", "是", null, null], ["能统计电商扶贫情况", "是", null, null],
    ["已向市局报送经验材料", "是", null, null], ["媒体报道级别", "省级、区级", null, "南方农村报、高明电视台"], ["电商扶贫案例电视播报", "无", null, null],
    ["下达资金", 500, "万元", null], ["累计拨付资金", 351.2, "万元", "截至8月31日"], ["资金管理制度已制定", "是", null, null], ["资金专用台账已建立", "是", null, null],
    ["项目总体进度", 0.86, "%", "填小数"], ["发生安全生产质量事故或重大损失", "否", null, null], ["弄虚作假", "否", null, null],
    ["主观分：方案制定", 2, "分", "1-2"], ["主观分：政策支持", 1, "分", "1-2"], ["主观分：项目管理制度", 2, "分", "1-2"], ["主观分：工作台账", 2, "分", "1-2"],
    ["主观分：网销调研", 2, "分", "1-2"], ["主观分：网络促销", 2, "分", "1-2"], ["主观分：交易标准冷链溯源", 1, "分", "1-2"], ["主观分：资金管理制度", 4, "分", "1-5"],
    ["主观分：资金台账", 4, "分", "1-5"], ["主观分：资金及时拨付", 4, "分", "1-5"]];
  const PAR = [["培训人次基数上限", 500000, "人"], ["培训人次达标比例", "1%", "10分"], ["培训人次次档", "0.8%", "8分"], ["培训人次三档", "0.6%", "6分"],
    ["贫困人口培训率", "50%", "10分"], ["贫困人口培训率次档", "40%", "8分"], ["贫困人口培训率三档", "30%", "6分"], ["加分：贫困人口培训率", "70%", "2分"],
    ["行政村基数上限", 200, "个"], ["行政村覆盖率", "70%", "5分"], ["行政村覆盖率次档", "50%", "2分"], ["贫困村覆盖率", "100%", "5分"], ["贫困村覆盖率次档", "80%", "3分"],
    ["中心运行满6个月的最晚投运日", D("2021-02-28"), "截止日前推6个月"], ["产业园入驻企业", 20, "家"], ["入驻企业类型", 3, "种"], ["网络零售额增速", "30%", "2分"],
    ["资金支出率红线", "70%", "低于倒扣5分"], ["项目总体进度否决线", "40%", null]];
  for (let i = 0; i < Math.max(INP.length, PAR.length); i++) {
    const a = INP[i] || [null, null, null, null];
    const p = PAR[i] || [null, null, null];
    rows.push([a[0], a[1], a[2], a[3], null, p[0], p[1], p[2]]);
  }
  rows.push(padRow([], W));
  rows.push(padRow(["三、计算结果（自动生成，勿填）"], W));
  merges.push(`A${rows.length}:H${rows.length}`);
  rows.push(padRow(["评价指标", "满分", "得分", "计算过程"], W));
  merges.push(`D${rows.length}:H${rows.length}`);
  const RES = [["组织领导", 2, 2, "区长牵头，商务、财政、农业农村、乡村振兴参与"], ["方案制定", 2, 2, "主观分"], ["政策支持", 2, 1, "主观分"], ["项目管理", 4, 4, "制度2＋台账2"],
    ["服务体系建设（中心与产业园）", 15, 14, "2＋2＋2＋1＋0＋1＋1＋2＋2＋1"], ["服务体系建设（村级站点）", 10, 10, "56/74＝75.7%→5；无省定贫困村→5"],
    ["农村产品上行", 10, 9, "2＋2＋1＋1＋1＋增速31.0%→2"], ["电商人才培训", 20, 20, "5236/488400＝1.07%→10；131/212＝61.8%→10"], ["信息公开", 4, 4, "2＋2"],
    ["数据上报", 6, 6, "3＋3"], ["案例总结", 2, 2, null], ["经验推广", 8, 5, "省级4＋区级1"], ["制度建立", 5, 4, null], ["资金台账", 5, 4, null],
    ["资金支出", 5, 4, "351.2/500＝70.2%≥70%→及时拨付4"], ["加分：贫困人口培训率", 2, 0, "61.8%＜70%"], ["加分：电视播报", 2, 0, null]];
  for (const r of RES) {
    rows.push(padRow([r[0], r[1], r[2], r[3]], W));
    merges.push(`D${rows.length}:H${rows.length}`);
  }
  const tot = sum(RES.slice(0, 15).map((r) => r[2]));
  rows.push(padRow(["合计", 100, tot, "加分0，否决项：无"], W));
  merges.push(`D${rows.length}:H${rows.length}`);
  assert(tot === 91, "f3 claimed 91 " + tot);
  assert(pct1(243117 - 185630, 185630) === "31.0%" && pct1(56, 74) === "75.7%" && pct1(131, 212) === "61.8%" && pct1(3512000, 5000000) === "70.2%", "f3 rates");
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = RES[j][2]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 0;
  return {
    description:
      "佛山高明区经济和科技促进局电商股自制的《考评得分计算器》（一张表三块）：左上“一、输入区”是 项目｜输入值｜单位｜说明（常住人口48.84万人、零售额万元、拨付351.2万元、总体进度填小数0.86、是/否、主观分1-2/1-5），右上同一行并排着“二、参数（勿改）”——培训人次基数上限500000、行政村基数上限200、各档比例、资金支出率红线70%、“中心运行满6个月的最晚投运日”2021/2/28等，这些是省办法的门槛，不是高明区的数据；下面“三、计算结果”是计算器算出的各指标得分（电商股的自评分，合计91）。输入区里“有站点的行政村数”“入驻企业类型数”“媒体报道级别”等不是事实表的输入项，“有站点的省定贫困村数”写“—”。",
    sheets: [{ name: "计算器", rows, merges }],
    expect: {
      facts: {
        county: "高明区", asOf: "2021-08-31", residentPopulation: 488400, adminVillagesStated: 74, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-01", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1856300000, ruralRetail2020: 2431170000, agriRetail2019: 214600000, agriRetail2020: 251040000,
        trainingPersonTimesStated: 5236, eligiblePoorPersonsStated: 212, trainedPoorPersonsStated: 131,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3512000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.86,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}


// =====================================================================================================
// l1 — 湛江雷州市: ledgers kept in an online sheet (金山文档): emoji statuses, “2021/03/05 周五” dates, @mentions, a 看板
// =====================================================================================================
function buildL1() {
  const CUT = "2021-08-31";
  const TOWNS = ["附城镇", "白沙镇", "沈塘镇", "客路镇"];
  const vName = nameMaker("东西南北上下新山田塘龙", ["坑", "园", "岭", "湾", "寮", "埚", "仔", "头", "港", "坡"], "村", TOWNS.map((t) => t.slice(0, 2)));
  const towns = TOWNS.map((t, i) => ({ t, vs: Array.from({ length: 7 }, () => vName()), c: ["附城", "白沙", "沈塘", "客路"][i] + "墟社区" }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.map((x) => x.c);
  noStemClash(admin, comms, "l1");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat([x.c])) townOf[v] = x.t;
  const shA = shuffle(admin);
  const poorSet = new Set(shA.slice(0, 6));
  const noExp = new Set([shA[20], shA[23]]);
  const pendExp = shA[25];
  const WHO = ["@陈××", "@李××", "@黄××", "@吴××"];
  // ---------------- 村居
  const vRows = [["镇街", "村（社区）", "类型", "省定贫困村", "快递进村", "维护人", "备注"]];
  const vRecs = [];
  towns.forEach((x, i) => {
    x.vs.forEach((v, j) => {
      const cell = (i + j) % 3 === 0 ? `${stemOf(v)}村委会` : v;
      const ex = noExp.has(v) ? "❌" : v === pendExp ? "⏳待核实" : "✅";
      const note = v === pendExp ? `${WHO[(i + 1) % 4]} 邮政说下周回复` : noExp.has(v) ? "快递只到镇上" : null;
      vRows.push([x.t, cell, "村委会", poorSet.has(v) ? "✅" : "❌", ex, WHO[i], note]);
      vRecs.push({ name: v, admin: true, poor: poorSet.has(v), express: noExp.has(v) ? false : v === pendExp ? null : true });
    });
    vRows.push([x.t, x.c, "居委会", "—", "✅", WHO[i], null]);
    vRecs.push({ name: x.c, admin: false, poor: null, express: true });
  });
  assert(vRecs.length === 32, "l1 32 villages and communities");
  // ---------------- 站点
  const cov = shA.slice(0, 18);
  const ST = cov.map((v) => ({ v, d: randIsoBetween("2020-07-01", "2021-08-28"), st: "🟢运营中" }));
  ST[4].st = "🔴已关停";
  ST[9].d = CUT;
  ST.push({ v: cov[2], d: randIsoBetween("2021-02-01", "2021-08-20"), st: "🟢运营中", second: true });
  ST.push({ v: comms[1], d: randIsoBetween("2020-10-01", "2021-06-30"), st: "🟢运营中" });
  ST.push({ v: shA[19], d: null, st: "🟡筹建中" });
  ST.push({ v: shA[21], d: "2021-09-07", st: "🟢运营中" });
  ST.sort((a, b) => TOWNS.indexOf(townOf[a.v]) - TOWNS.indexOf(townOf[b.v]) || cmp(a.d || "9", b.d || "9"));
  const sRows = [["编号", "站点名称", "镇街", "所在村", "状态", "挂牌日期", "站长", "最后修改", "备注"]];
  const sRecs = [];
  ST.forEach((s, j) => {
    const st = stemOf(s.v);
    const vcell = s.v.endsWith("社区") ? s.v : j % 4 === 1 ? `${st}村委会` : s.v;
    const dcell = s.d ? (j % 3 === 2 ? D(s.d) : weekSlash(s.d)) : null;
    const note = s.st === "🔴已关停" ? "2021年7月站长外出务工，暂停营业" : s.st === "🟡筹建中" ? `${WHO[j % 4]} 招牌还没做好` : null;
    sRows.push([`LZ-${pad3(j + 1)}`, s.v.endsWith("社区") ? `${st}社区电商服务点` : s.second ? `${st}村电商服务站（二站）` : `${st}村电商服务站`, townOf[s.v], vcell, s.st, dcell,
      personName(), `${WHO[(j + 2) % 4]} ${exportTime(randIsoBetween("2021-08-20", "2021-09-06"), hms().slice(0, 5))}`, note]);
    const rec = { village: s.v };
    if (s.d) rec.opened = s.d;
    sRecs.push(rec);
  });
  assert(sRecs.length === 22 && sRecs.filter((r) => !r.opened).length === 1 && sRecs.some((r) => r.opened === CUT), "l1 22 stations");
  // ---------------- 培训
  const tRows = [["序号", "培训日期", "培训主题", "形式", "地点", "人次", "状态", "记录人"]];
  const tRecs = [];
  const TOP = ["农村电商基础", "直播带货", "短视频运营", "菠萝网销", "番薯干品牌包装", "社群团购", "网店客服", "海鲜电商"];
  let dday = "2020-09-16";
  const SES = [];
  for (let i = 0; i < 14; i++) {
    SES.push({ d: dday, topic: TOP[i % TOP.length], online: i % 4 === 3, n: rint(45, 130), st: "✅已完成" });
    dday = isoAdd(dday, rint(20, 26));
  }
  SES[13].d = CUT;
  assert(SES[12].d < CUT, "l1 sessions in order");
  SES.splice(6, 0, { d: "2021-02-10", topic: "年货节直播", online: false, n: null, st: "⛔已取消", note: "疫情防控取消" });
  SES.push({ d: "2021-09-15", topic: "跨境电商入门", online: false, n: null, st: "🕓计划中" });
  SES.sort((a, b) => cmp(a.d, b.d));
  SES.forEach((s, j) => {
    const ncell = s.n === null ? null : j % 3 === 1 ? `${s.n}人次` : s.n;
    tRows.push([j + 1, j % 4 === 2 ? D(s.d) : weekSlash(s.d), s.topic, s.online ? "💻线上直播" : "🏫线下", s.online ? "腾讯会议" : ["市电商公共服务中心", "白沙镇文化站", "客路镇政府"][j % 3], ncell, s.st, WHO[j % 4]]);
    if (s.n !== null) tRecs.push({ date: s.d, personTimes: s.n });
  });
  assert(tRecs.length === 14, "l1 14 sessions held");
  // ---------------- 月报
  const rRows = [["所属月份", "报送时间", "报送人", "附扶贫统计", "市局签收"]];
  const rRecs = [];
  monthsBetween("2020-08", "2021-08").forEach((m, j) => {
    const nm = nextMonth(m);
    const d = `${nm}-${String(rint(3, 10)).padStart(2, "0")}`;
    const pov = m < "2020-10" ? "❌" : m === "2021-03" ? null : "✅";
    rRows.push([cnMonth(m), `${weekSlash(d)} ${hms().slice(0, 5)}`, WHO[j % 2], pov, nm === "2021-09" ? "⏳" : "✅已签收"]);
    rRecs.push({ date: d, poverty: pov === "✅" ? true : pov === "❌" ? false : null });
  });
  assert(rRecs.length === 13, "l1 13 reports");
  // ---------------- 企业
  const FIRMS = [["雷州市菠萝的海电子商务有限公司", "销售型"], ["雷州市雷州半岛网络科技有限公司", "平台型"], ["湛江市雷州湾电商运营服务有限公司", "电商运营商"],
    ["雷州市客路番薯干网店", "销售型"], ["雷州市白沙海鲜电子商务有限公司", "销售型"], ["雷州市沈塘火龙果电商商行", "销售型"], ["雷州市速运达物流有限公司", "物流企业"],
    ["雷州市附城直播传媒有限公司", "直播机构"], ["雷州市乡韵优品电子商务有限公司", "销售型"], ["雷州市雷歌文创设计工作室", "设计服务"], ["雷州市海田代运营工作室", "电商运营商"],
    ["雷州市南渡河农产品电子商务有限公司", "销售型"], ["雷州市雷州黑山羊电商商行", "销售型"], ["雷州市冷链通仓储有限公司", "物流企业"]];
  const eRows = [["企业名称", "统一社会信用代码", "类型", "状态", "入驻日期", "退园日期", "备注"]];
  const eRecs = [];
  FIRMS.forEach(([n, t], j) => {
    let entered = randIsoBetween("2020-08-01", "2021-08-10");
    let left = null;
    let st = "🟢在园";
    let note = null;
    if (j === 5) {
      entered = "2020-09-21";
      left = "2021-04-30";
      st = "🔴已退园";
      note = `${WHO[1]} 已退还钥匙`;
    } else if (j === 9) {
      entered = "2020-11-16";
      left = "2021-09-10";
      st = "🔴已退园";
    } else if (j === 13) {
      entered = "2021-09-01";
      note = "9月新入驻";
    }
    eRows.push([n, creditCode("440882"), t, st, j % 2 ? weekSlash(entered) : D(entered), left ? weekSlash(left) : null, note]);
    eRecs.push({ name: n, type: t, entered, left });
  });
  // ---------------- 看板 (not a ledger)
  const openedCut = new Set(sRecs.filter((r) => r.opened && r.opened <= CUT && admin.includes(r.village)).map((r) => r.village));
  const kRows = [["📊 雷州市电商进农村台账看板（自动统计，勿改）"], ["更新时间：2021/09/06 周一 18:20"], [null],
    ["🏘️ 行政村", admin.length, "个"], ["🏪 有站点的行政村", openedCut.size, "个"], ["📈 覆盖率", pct1(openedCut.size, admin.length), null],
    ["⭐ 省定贫困村", poorSet.size, "个"], ["👥 累计培训", sum(tRecs.filter((r) => r.date <= CUT).map((r) => r.personTimes)), "人次"],
    ["🏢 在园企业", eRecs.filter((r) => r.entered <= "2021-09-06" && !(r.left && r.left <= "2021-09-06")).length, "家"], [null],
    ["说明：各表由镇街和电商股在金山文档协作填写，9月6日下载为Excel。"]];
  return {
    description:
      "湛江雷州市商务局电商股在金山文档协作维护、9月6日下载成Excel的台账（六个表）：①《📊看板》是自动统计的看板（行政村、覆盖率、累计培训人次、在园企业数），不是台账；其余五表第1行就是表头、没有标题：②村居——类型“村委会/居委会”，省定贫困村✅/❌（居委会“—”），快递进村✅/❌/“⏳待核实”（未核实即未知），村名有的带“村委会”，维护人和备注里是“@陈××”式的提及；③站点——状态🟢运营中/🟡筹建中（无挂牌日期）/🔴已关停（关停前已挂牌，照列），挂牌日期多是“2021/03/05 周五”式文本、也有日期格，“最后修改”列是“@李×× 2021/9/2 10:15”式的修改记录、不是挂牌日期，一村两站，一个社区服务点，一站9月挂牌；④培训——一期一行，人次有数字也有“86人次”，形式💻线上直播/🏫线下，状态⛔已取消（无人次）、🕓计划中（9月）不是培训记录；⑤月报——报送时间“2020/10/09 周五 16:32”，附扶贫统计✅/❌/空；⑥企业——状态🟢在园/🔴已退园，一家退园日期在9月、一家9月入驻。",
    sheets: [
      { name: "📊看板", rows: kRows, merges: [] },
      { name: "村居", rows: vRows, merges: [] },
      { name: "站点", rows: sRows, merges: [] },
      { name: "培训", rows: tRows, merges: [] },
      { name: "月报", rows: rRows, merges: [] },
      { name: "企业", rows: eRows, merges: [] },
    ],
    expect: {
      sheets: {
        "📊看板": { kind: null },
        "村居": { kind: "villages", records: vRecs },
        "站点": { kind: "stations", records: sRecs },
        "培训": { kind: "training", records: tRecs },
        "月报": { kind: "reports", records: rRecs },
        "企业": { kind: "enterprises", records: eRecs },
      },
    },
  };
}

// =====================================================================================================
// l2 — 江门蓬江区: treasury CSV in column A, poor persons by household, sign-ins with lost date formats, media levels
// =====================================================================================================
function buildL2() {
  const CUT = "2021-08-31";
  const REGION = "440703";
  // ---------------- 说明
  const notes = [["蓬江区电子商务进农村综合示范台账（补充）说明"], ["1．《国库支付导出》是区财政局国库集中支付系统导出的CSV文件，用Excel直接打开没有分列，每行一条、字段用“|”分隔，“#”开头的是系统注释行。“支付状态”为“已退票”的是银行退票，未实际支付。"],
    ["2．《脱贫人口》由区农业农村局（乡村振兴）提供，按户排列，户编号合并；“务工状况”中“县外务工”“省外务工”为外出务工。"],
    ["3．《培训学员》由培训机构录入，部分日期格式丢失显示为数字（如44160），请按日期理解。"],
    ["4．《宣传报道》“媒体级别”按中央级、省级、地市级、区级填写。"], ["蓬江区商务局电商股　2021年9月"]];
  // ---------------- 国库支付导出 (CSV in column A)
  const PAY = [["2020-10-16", "江门市蓬江区电商公共服务中心运营有限公司", "区电商公共服务中心建设首期款", 420000, "支付成功"],
    ["2020-11-27", "中国邮政集团有限公司江门市蓬江区分公司", "村级电商服务站点建设首期款", 315000, "支付成功"],
    ["2021-01-08", "江门市蓬江区技工学校", "电商培训服务费（第一期）", 126500.5, "支付成功"],
    ["2021-01-20", "江门市蓬江区速递物流有限公司", "物流配送体系建设首期款", 280000, "已退票"],
    ["2021-01-26", "江门市蓬江区速递物流有限公司", "物流配送体系建设首期款（重新支付）", 280000, "支付成功"],
    ["2021-03-30", "江门市蓬江区电商公共服务中心运营有限公司", "区电商公共服务中心建设进度款", 510000, "支付成功"],
    ["2021-05-14", "中国邮政集团有限公司江门市蓬江区分公司", "村级电商服务站点建设进度款", 405000, "支付成功"],
    ["2021-06-25", "江门市蓬江区技工学校", "电商培训服务费（第二期）", 168000, "支付成功"],
    ["2021-07-29", "江门市陈皮村农产品供应链有限公司", "冷链及溯源体系建设", 236800, "支付成功"],
    ["2021-08-31", "江门市蓬江区速递物流有限公司", "物流配送体系建设进度款", 320000, "支付成功"],
    ["2021-09-13", "江门市蓬江区电商公共服务中心运营有限公司", "区电商公共服务中心运营服务费", 198000, "支付成功"]];
  const cRows = [["#蓬江区财政国库集中支付系统 数据导出（CSV）"], ["#导出时间:2021-09-15 09:40:12|导出人:pjsw_dsg|查询条件:项目=电子商务进农村综合示范"],
    ["支付日期|支付凭证号|预算单位|收款人|用途|支付金额(元)|支付状态"]];
  const fRecs = [];
  PAY.forEach(([d, who, what, amt, st], j) => {
    cRows.push([`${d}|PJ${d.replace(/-/g, "")}${String(j + 11).padStart(3, "0")}|江门市蓬江区商务局|${who}|${what}|${amt.toFixed(2)}|${st}`]);
    if (st === "支付成功") fRecs.push({ date: d, amount: amt });
  });
  const paidSum = sumYuan(fRecs.map((r) => r.amount));
  cRows.push([`#记录数:${PAY.length}|支付成功:${fRecs.length}|支付成功合计:${paidSum.toFixed(2)}`]);
  assert(fRecs.length === 10 && fRecs.some((r) => r.date === CUT) && fRecs.some((r) => r.date > CUT), "l2 10 paid");
  // ---------------- 脱贫人口 (households)
  const LAB = [["普通劳动力", true], ["技能劳动力", true], ["弱劳动力或半劳动力", true], ["丧失劳动力", false], ["无劳动力", false]];
  const WORK = [["县内务工", false], ["县外务工", true], ["省外务工", true], ["未务工", false], ["公益性岗位", false]];
  const pRows = [["蓬江区脱贫人口（含监测对象）劳动力情况"], ["序号", "户编号", "户主姓名", "成员姓名", "与户主关系", "证件号码", "劳动能力", "务工状况", "所在村（社区）"]];
  const pMerges = ["A1:I1"];
  const pRecs = [];
  const VIL = ["荷塘镇禾岗村", "杜阮镇杜阮村", "棠下镇周郡村", "荷塘镇三丫村", "杜阮镇龙榜村", "棠下镇桐井村"];
  let sq = 0;
  let xDone = false;
  const persons = [];
  let headY = 0;
  let headMale = true;
  for (let h = 0; h < 9; h++) {
    const size = rint(2, 4);
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    const head = personName(sn);
    const hh = `4407030${String(2100 + h * 23).padStart(7, "0")}`;
    const r0 = pRows.length + 1;
    for (let j = 0; j < size; j++) {
      const old = j === 0 && h % 3 === 2;
      const lab = old ? LAB[3 + (h % 2)] : LAB[(h + j) % 3];
      const work = lab[1] ? WORK[(h * 2 + j) % 5] : null;
      const birth = lab[1] ? birthBetween(1966, 2001) : birthBetween(1938, 1956);
      const wantX = !xDone && lab[1] && !work[1] ? true : undefined;
      if (wantX) xDone = true;
      const id = makeId(REGION, birth, rnd() < 0.5, wantX);
      sq++;
      const by = Number(birth.slice(0, 4));
      const male = Number(id[16]) % 2 === 1;
      let rel;
      if (j === 0) {
        rel = "户主";
        headY = by;
        headMale = male;
      } else if (Math.abs(by - headY) <= 10 && j === 1 && male !== headMale) rel = "配偶";
      else if (Math.abs(by - headY) <= 10) rel = male ? "兄弟" : "姐妹";
      else if (by < headY) rel = male ? "父亲" : "母亲";
      else rel = male ? "之子" : "之女";
      const nm = j === 0 ? head : rel === "配偶" || rel === "母亲" ? personName() : personName(sn);
      pRows.push([sq, j === 0 ? hh : null, j === 0 ? head : null, nm, rel, id, lab[0], work ? work[0] : "—", j === 0 ? VIL[h % VIL.length] : null]);
      pRecs.push({ id, labour: lab[1], migrant: work ? work[1] : null });
      persons.push({ id, nm, eligible: lab[1] && !work[1], migrant: work ? work[1] : null });
    }
    for (const c of ["B", "C", "I"]) mergeCol(pMerges, c, r0, pRows.length);
  }
  assert(xDone && pRecs.some((r) => r.migrant === null) && pRecs.some((r) => r.migrant === true), "l2 poor persons");
  // ---------------- 培训学员
  const SES = [{ d: "2020-11-25", cell: excelSerial("2020-11-25"), n: 12 }, { d: "2021-01-14", cell: D("2021-01-14"), n: 10 }, { d: "2021-04-08", cell: "2021年4月8日", n: 11 },
    { d: "2021-06-17", cell: excelSerial("2021-06-17"), n: 9 }, { d: "2021-09-01", cell: "2021.8.30-9.1", n: 8 }];
  const tRows = [["蓬江区农村电商培训学员登记表"], ["（江门市蓬江区技工学校录入）"], ["序号", "培训日期", "班别", "姓名", "身份证号", "联系电话", "是否脱贫人口"]];
  const tRecs = [];
  const pool = shuffle(persons.filter((p) => p.eligible));
  let pi = 0;
  let k = 0;
  SES.forEach((s, si) => {
    for (let i = 0; i < s.n; i++) {
      k++;
      let id;
      let nm;
      let poor = "否";
      if (i % 3 === 0 && pi < pool.length) {
        const p = pool[pi++];
        id = p.id;
        nm = p.nm;
        poor = "是";
      } else {
        id = makeId(REGION, birthBetween(1970, 2002), rnd() < 0.5, si === 2 && i === 4 ? true : undefined);
        nm = personName();
      }
      let cell = id;
      let recId = id;
      if (si === 1 && i === 5) {
        cell = maskId(id);
        recId = cell;
      }
      if (si === 2 && i === 4) cell = id.slice(0, 17) + "x";
      if (si === 3 && i === 2) {
        cell = null;
        recId = null;
      }
      tRows.push([k, s.cell, `第${si + 1}期`, nm, cell, mask(phone()), poor]);
      tRecs.push({ date: s.d, personTimes: 1, id: recId });
    }
  });
  tRows.push(["合计", null, null, `${k}人次`, null, null, null]);
  const tMerges = ["A1:G1", "A2:G2", `A${tRows.length}:C${tRows.length}`];
  assert(tRecs.length === 50 && tRecs.some((r) => r.id && r.id.includes("*")) && tRecs.some((r) => r.id === null), "l2 50 sign-ins");
  checkTrainingIds(tRecs, "l2");
  // ---------------- 宣传报道
  const MED = [["2020-12-08", "江门广播电视台《江门新闻》", "地市级", "电视", "蓬江村级电商服务站让村民“足不出村”", false, "city", true],
    ["2021-03-19", "“学习强国”学习平台", "中央级", "网络", "江门蓬江：陈皮“触网”助农增收", false, "national", false],
    ["2021-05-06", "南方＋客户端", "省级", "新媒体", "蓬江电商培训进村入户", false, "province", false],
    ["2021-07-15", "蓬江区融媒体中心", "区级", "电视", "荷塘镇脱贫户直播卖陈皮", true, "county", true],
    ["2021-08-20", "江门日报", "地市级", "报纸", "蓬江电商进农村示范创建见成效", false, "city", false]];
  const mRows = [["蓬江区电子商务进农村宣传报道统计表"], ["序号", "报道日期", "媒体名称", "媒体级别", "报道形式", "标题", "扶贫典型案例", "佐证材料"]];
  const mRecs = [];
  MED.forEach((x, j) => {
    mRows.push([j + 1, j % 2 ? dotDate(x[0]) : D(x[0]), x[1], x[2], x[3], `《${x[4]}》`, x[5] ? "是" : "否", x[3] === "电视" ? `视频截图4-2-${j + 1}` : `网页截图4-2-${j + 1}`]);
    mRecs.push({ date: x[0], level: x[6], tv: x[7] });
  });
  // ---------------- 经验材料
  const matRows = [["序号", "报送日期", "材料名称", "报送单位", "报送方式"], [1, "2021.3.2", "《蓬江区“陈皮＋电商”助农增收经验》", "江门市商务局", "粤政易"],
    [2, D("2021-07-09"), "《蓬江区农村电商服务站点建设典型案例》", "江门市商务局", "公文交换"], [3, "21/9/6", "《蓬江区电子商务进农村综合示范工作总结》", "江门市商务局、广东省商务厅", "公文交换"]];
  const matRecs = [{ date: "2021-03-02" }, { date: "2021-07-09" }, { date: "2021-09-06" }];
  return {
    description:
      "江门蓬江区商务局电商股交的补充台账（六个表）：①《说明》是读表说明，不是台账；②《国库支付导出》是财政国库集中支付系统的CSV用Excel直接打开、没有分列——每条记录整行挤在A列、字段用“|”分隔（支付日期|支付凭证号|预算单位|收款人|用途|支付金额(元)|支付状态），前两行和最后一行是“#”开头的系统注释（导出时间、记录数和合计），一条“已退票”不是支付（随后重新支付），一条8月31日、一条9月13日；③《脱贫人口》按户排列（户编号、户主姓名、所在村纵向合并），劳动能力写普通劳动力/技能劳动力/弱劳动力或半劳动力/丧失劳动力/无劳动力，务工状况县内务工/县外务工/省外务工/未务工/公益性岗位/“—”；④《培训学员》一人一行，培训日期有丢了格式的序列数（44160）、日期格、“2021年4月8日”和跨到9月1日的“2021.8.30-9.1”，身份证号有一个小写x、一个脱敏、一个空着，末尾合计行；⑤《宣传报道》媒体级别写中央级/省级/地市级/区级，形式电视/网络/新媒体/报纸；⑥《经验材料》日期有“2021.3.2”、日期格和“21/9/6”。",
    sheets: [
      { name: "说明", rows: notes, merges: [] },
      { name: "国库支付导出", rows: cRows, merges: [] },
      { name: "脱贫人口", rows: pRows, merges: pMerges },
      { name: "培训学员", rows: tRows, merges: tMerges },
      { name: "宣传报道", rows: mRows, merges: ["A1:H1"] },
      { name: "经验材料", rows: matRows, merges: [] },
    ],
    expect: {
      sheets: {
        "说明": { kind: null },
        "国库支付导出": { kind: "funds", records: fRecs },
        "脱贫人口": { kind: "poorPersons", records: pRecs },
        "培训学员": { kind: "training", records: tRecs },
        "宣传报道": { kind: "media", records: mRecs },
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
write("counties", "b191-c1-renhua.json", c1);
write("facts", "b191-f1-yunan.json", f1);
write("facts", "b191-f2-chaonan.json", f2);
write("facts", "b191-f3-gaoming.json", f3);
write("ledgers", "b191-l1-leizhou.json", l1);
write("ledgers", "b191-l2-pengjiang.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
