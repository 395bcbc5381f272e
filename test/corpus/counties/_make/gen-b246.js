// Batch 246 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b243.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (246246), no clock. Run: node test/corpus/counties/_make/gen-b246.js
// Theme: English-trained staff — bilingual labels (中文 / English) or English-only field names in an export, units in English
// (10k yuan, persons, person-times), dates typed “Mar 26, 2021” or “26/03/2021” (DD/MM/YYYY) (c1, f1, l1).
//
// c1 台山市 (江门): a whole workbook made by a UK-trained staff member — every sheet name and header bilingual (Chinese row over an
//    English row), 《Summary 基本情况》 with English units (persons / villages / 10k yuan / Y/N) and dates “Mar 1, 2021”, the
//    official table with an “Indicator (EN)” column and the clerk's 自评分 (claimed), ledgers with DD/MM/YYYY text dates. Edges:
//    236 行政村 so the base is capped at 200 — 140 covered is exactly 70% (only 59% of 236); poor villages 12/15 = exactly 80%
//    (one poor village's station opened Sep 1, 2021); centre opened Mar 1, 2021 — one day after 2021-02-28, not six months;
//    907,354 residents capped at 500,000 and 4,000 person-times exactly 0.8%; poor-person rate exactly 20/50 = 40% (one person
//    trained only on 31/08/2021); park 20 after a firm that left Aug 30, 2021; agri growth exactly 30% (rural 28.9%); disbursed
//    349.9950 万 of 500 万 = 69.999% (the clerk's “70.0%” is a rounding) → −5, a payment dated 01/09/2021 (1 Sept, not 9 Jan) not
//    counted; one village with express “N” against the summary's Y; national-TV poverty case → bonus 2.
// f1 阳西县 (阳江): an ISO-style internal-audit checklist in English and Chinese — Clause｜Requirement 要求｜Requirement (EN)｜
//    Finding (C = conforming / NC = non-conforming / “—” not audited)｜Recorded value｜Unit (EN)｜Objective evidence｜Rating;
//    the veto clauses are phrased positively (“No safety incident” C ⇒ no incident); a “—” item is not stated.
// f2 连州市 (清远): the 财务股's form — money on accounting-paper digit columns (亿 千 百 十 万 千 百 十 元 角 分, one digit a cell, “¥”
//    before the first digit) with the 大写 amount beside; yes/no items as √ in 是｜否 columns; a 市长 leads without 乡村振兴局.
// f3 南澳县 (汕头): the city's fill-in template whose 填报说明 column carries 示例 values (“示例：42.60”, “示例：2021年3月26日”)
//    that are not facts; the clerk's answers in 填报内容, two left blank (not stated).
// l1 恩平市 (江门): English-only exports — ① “Attendance” from a check-in mini-program (Session Date DD/MM/YYYY, ID with lower-case
//    x), ② “Poverty_HH” with Labour Capacity Able-bodied / Skilled / Lost / None (student) and Migrant Y/N/blank, ③ “Media_Log”
//    with Level National/Provincial/Municipal/County and dates “Mar 26, 2021”, ④ “README” (not a ledger).
// l2 廉江市 (湛江): dates split over three number columns 年｜月｜日 under a merged group header — ① stations, ② training sessions
//    with 人次 given only as 男｜女 (the record is their sum), ③ monthly reports; ④ a 按镇汇总 pivot (not a ledger).
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
let seed = 246246;
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
    assert(/^b246-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b246-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b246-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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







// ---------------------------------------------------------------- extra helpers (batch 246)
const MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
function enDate(iso) {
  // “Mar 26, 2021”
  const [y, m, d] = ymd(iso);
  return `${MON[m - 1]} ${d}, ${y}`;
}
function dmy(iso) {
  // “26/03/2021” (DD/MM/YYYY)
  const [y, m, d] = ymd(iso);
  return `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`;
}
function enMonth(iso) {
  // “Sep 2020”
  const [y, m] = ymd(iso.length === 7 ? iso + "-01" : iso);
  return `${MON[m - 1]} ${y}`;
}
function normType(t) {
  return /平台/.test(t) ? "平台" : /销售|零售|网店/.test(t) ? "销售" : /运营|服务商/.test(t) ? "运营" : /物流|快递|仓储/.test(t) ? "物流" : t;
}

// =====================================================================================================
// c1 — 江门市台山市: 全部双语（中文行＋英文行表头、英文单位、“Mar 1, 2021”与 DD/MM/YYYY 日期）的整本考评工作簿
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REG = "440781";
  const TOWNS = ["台城街道", "大江镇", "水步镇", "四九镇", "白沙镇", "三合镇", "冲蒌镇", "斗山镇", "都斛镇", "赤溪镇", "端芬镇", "广海镇", "海宴镇", "汶村镇", "深井镇", "北陡镇", "川岛镇"];
  const TOWN_EN = ["Taicheng", "Dajiang", "Shuibu", "Sijiu", "Baisha", "Sanhe", "Chonglou", "Doushan", "Duhu", "Chixi", "Duanfen", "Guanghai", "Haiyan", "Wencun", "Shenjing", "Beidou", "Chuandao"];
  const NV = [6, 16, 12, 18, 20, 12, 14, 16, 14, 8, 18, 14, 14, 12, 14, 10, 18];
  const NC = [14, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0];
  const vn = nameMaker("朝东西南北大新上下龙凤白石长塘沙冲水", "头尾岗坑围洲寮边湾美和安乐华", "村", []);
  const cmn = nameMaker("城环桥富康", "中东西南北兴华", "社区", []);
  const vil = [];
  TOWNS.forEach((t, ti) => {
    for (let i = 0; i < NC[ti]; i++) vil.push({ town: t, ti, name: cmn(), admin: false });
    for (let i = 0; i < NV[ti]; i++) vil.push({ town: t, ti, name: vn(), admin: true, poor: false, express: true });
  });
  const adminV = vil.filter((v) => v.admin);
  const comms = vil.filter((v) => !v.admin);
  assert(adminV.length === 236 && comms.length === 28, "c1 villages " + adminV.length + " " + comms.length);
  noStemClash(adminV.map((v) => v.name), comms.map((v) => v.name), "c1");
  const poorList = shuffle(adminV.filter((v) => v.ti >= 3)).slice(0, 15);
  for (const v of poorList) v.poor = true;
  const noExpress = shuffle(adminV.filter((v) => v.town === "川岛镇"))[0];
  noExpress.express = false;

  // ---------------- Villages 村居 (two-row header: Chinese over English)
  const W_V = 7;
  const vRows = [padRow(["台山市行政村（社区）名单  List of Administrative Villages and Communities, Taishan"], W_V),
    ["序号", "镇（街道）", "村（居）委会", "类型", "省定贫困村", "快递进村", "备注"],
    ["No.", "Town / Sub-district", "Village / Community", "Type", "Prov. poor village (Y/N)", "Express delivery (Y/N)", "Remarks"]];
  const vRecs = [];
  vil.forEach((v, i) => {
    const ti = v.ti;
    if (v.admin) {
      vRows.push([i + 1, `${v.town} ${TOWN_EN[ti]}`, i % 5 === 2 ? v.name.replace(/村$/, "村委会") : v.name, "行政村 Admin village", v.poor ? "Y" : "N", v.express ? "Y" : "N",
        v.express ? null : "海岛村，仅每周两班船送件 island village, parcels by boat twice a week (not covered)"]);
      vRecs.push({ name: v.name, admin: true, poor: v.poor, express: v.express });
    } else {
      vRows.push([i + 1, `${v.town} ${TOWN_EN[ti]}`, v.name + "居委会", "社区 Community", "—", "Y", null]);
      vRecs.push({ name: v.name, admin: false });
    }
  });
  vRows.push(padRow([`Total 合计: ${adminV.length} admin villages 行政村 (${poorList.length} provincial poor villages 省定贫困村), ${comms.length} communities 社区`], W_V));
  assert(vRows.every((r) => r.length === W_V), "c1 v width");

  // ---------------- Stations: 140 admin villages by the cut (exactly 70% of the capped base 200); 12/15 poor villages (80%)
  const poorCov = poorList.slice(0, 12);
  const poorLate = poorList[12];
  const nonPoor = shuffle(adminV.filter((v) => !v.poor));
  const st = [];
  poorCov.forEach((v, i) => st.push({ v, opened: i === 5 ? "2021-08-31" : randIsoBetween("2020-04-01", "2021-08-15") }));
  nonPoor.slice(0, 128).forEach((v) => st.push({ v, opened: randIsoBetween("2020-04-01", "2021-08-20") }));
  st.push({ v: nonPoor[7], opened: "2021-06-18", second: true });
  st.push({ v: comms[2], opened: "2020-11-06", comm: true });
  st.push({ v: poorLate, opened: "2021-09-01" });
  st.push({ v: nonPoor[128], opened: "2021-09-03" });
  const covered = new Set(st.filter((s) => !s.comm && s.opened <= CUT).map((s) => s.v.name));
  const poorCovered = poorList.filter((v) => covered.has(v.name)).length;
  const base = Math.min(adminV.length, 200);
  assert(covered.size === 140 && covered.size * 100 === 70 * base && covered.size * 100 < 70 * adminV.length, "c1 coverage " + covered.size);
  assert(poorCovered === 12 && poorCovered * 100 === 80 * poorList.length, "c1 poor coverage");
  const stOrd = st.slice().sort((a, b) => a.v.ti - b.v.ti || cmp(a.opened, b.opened));
  const W_S = 7;
  const sRows = [padRow(["台山市村级电子商务服务站点清单  Village E-commerce Service Stations, Taishan"], W_S),
    ["序号", "站点名称", "所在村（社区）", "镇（街道）", "负责人", "联系电话", "建成日期"],
    ["No.", "Station", "Village / Community", "Town", "Person in charge", "Tel.", "Opening date"]];
  const sRecs = [];
  stOrd.forEach((s, i) => {
    const stem = s.v.name.replace(/村$|社区$/, "");
    const nm = s.comm ? `${stem}社区电商服务点` : `${stem}村电商服务站${s.second ? "（二）" : ""}`;
    const op = i % 7 === 3 ? D(s.opened) : enDate(s.opened);
    sRows.push([i + 1, nm, s.v.name, `${s.v.town} ${TOWN_EN[s.v.ti]}`, personName(), mask(phone()), op]);
    sRecs.push({ village: s.v.name, opened: s.opened });
  });

  // ---------------- Poor persons: 70, labour 56, of whom 6 migrant → eligible 50
  const persons = [];
  for (let i = 0; i < 70; i++) {
    const labour = i < 56;
    const migrant = i >= 50 && i < 56;
    persons.push({ id: makeId(REG, birthBetween(1963, 2001), rnd() < 0.5, i % 9 === 4 ? true : undefined), name: personName(), village: poorList[i % 15], labour, migrant });
  }
  const eligible = persons.filter((p) => p.labour && !p.migrant);
  assert(eligible.length === 50, "c1 eligible");
  const P = shuffle(persons);
  const W_P = 7;
  const pRows = [padRow(["台山市建档立卡贫困人口（劳动力）  Registered Poor Persons — Labour Status"], W_P),
    ["序号", "姓名", "身份证号", "所在村", "劳动能力", "外出务工", "备注"],
    ["No.", "Name", "ID No.", "Village", "Labour capacity", "Migrant worker", "Remarks"]];
  const pRecs = [];
  P.forEach((p, i) => {
    pRows.push([i + 1, p.name, p.id, p.village.name, p.labour ? "Yes 有" : "No 无", p.migrant ? "Yes 是" : "No 否", p.migrant ? ["Guangzhou 广州", "Foshan 佛山", "Shenzhen 深圳"][i % 3] : null]);
    pRecs.push({ id: p.id, labour: p.labour, migrant: p.migrant });
  });

  // ---------------- Poor-household class sign-in: trained by the cut exactly 20/50 = 40% (one only on 31/08/2021)
  const EL = shuffle(eligible);
  const before = EL.slice(0, 19);
  const onCut = EL[19];
  const lateOnly = EL.slice(20, 22);
  const migr = persons.filter((p) => p.migrant).slice(0, 2);
  const classes = [
    { date: "2020-11-12", title: "脱贫户电商专班 第1期 Class 1: opening an online shop" },
    { date: "2021-03-23", title: "脱贫户电商专班 第2期 Class 2: product photos & packaging" },
    { date: "2021-06-15", title: "脱贫户电商专班 第3期 Class 3: live-streaming sales" },
    { date: "2021-08-31", title: "脱贫户电商专班 第4期 Class 4: community group buying" },
    { date: "2021-09-01", title: "脱贫户电商专班 第5期 Class 5: start-up clinic" },
  ];
  classes.forEach((c) => (c.people = []));
  before.forEach((p, i) => classes[i % 3].people.push(p));
  classes[2].people.push(before[0], before[3]);
  classes[3].people.push(onCut, before[1], before[8]);
  classes[4].people.push(...lateOnly, before[2]);
  classes[0].people.push(migr[0]);
  classes[1].people.push(migr[1]);
  for (const c of classes) for (let k = 0; k < 6; k++) c.people.push({ id: makeId(REG, birthBetween(1975, 2002), rnd() < 0.5), name: personName(), village: adminV[rint(0, 235)], other: true });
  const W_T = 7;
  const tRows = [padRow(["脱贫户电商专班签到表  Sign-in Sheet, E-commerce Classes for Poverty-relief Households"], W_T),
    padRow(["日期格式 Date format: DD/MM/YYYY"], W_T),
    ["序号", "培训日期", "班次", "姓名", "身份证号", "所在村", "是否脱贫户"],
    ["No.", "Date (DD/MM/YYYY)", "Class", "Name", "ID No.", "Village", "Poverty-relief HH (Y/N)"]];
  const tRecs = [];
  let tn = 0;
  classes.forEach((c) => {
    shuffle(c.people).forEach((p, k) => {
      tn++;
      tRows.push([tn, dmy(c.date), c.title, p.name, isX(p.id) && k % 2 ? p.id.slice(0, 17) + "x" : p.id, p.village.name, p.other ? "N" : "Y"]);
      tRecs.push({ date: c.date, personTimes: 1, id: p.id });
    });
  });
  checkTrainingIds(tRecs, "c1");
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedIds = new Set(tRecs.filter((r) => r.date <= CUT && eligIds.has(r.id)).map((r) => r.id));
  assert(trainedIds.size === 20 && trainedIds.size * 100 === 40 * eligible.length, "c1 poor rate " + trainedIds.size);
  assert(new Set(tRecs.filter((r) => r.date < CUT && eligIds.has(r.id)).map((r) => r.id)).size === 19, "c1 31/08 decides");
  const signPre = tRecs.filter((r) => r.date <= CUT).length;

  // ---------------- Training sessions (person-times): total with the sign-ins exactly 4,000 = 0.8% of the capped base
  const POP = 907354;
  const TBASE = Math.min(POP, 500000);
  const sess = [];
  let d = "2020-06-09";
  const topics = ["电商基础 E-commerce basics", "网店运营 Running an online shop", "台山大米网络营销 Marketing Taishan rice online", "短视频与直播 Short video & live-streaming",
    "农产品包装设计 Packaging design", "跨境电商入门 Cross-border e-commerce", "客服与售后 Customer service"];
  for (let i = 0; i < 14; i++) {
    sess.push({ date: d, n: rint(230, 300), topic: topics[i % 7] });
    d = isoAdd(d, rint(22, 30));
  }
  assert(sess[13].date <= "2021-08-20", "c1 last session " + sess[13].date);
  sess[13].n += 4000 - signPre - sum(sess.map((s) => s.n));
  assert(sess[13].n > 100 && sess[13].n < 500, "c1 adjust " + sess[13].n);
  sess.push({ date: "2021-09-02", n: 186, topic: "电商创业 E-commerce start-ups" });
  const pt = sum(sess.filter((s) => s.date <= CUT).map((s) => s.n)) + signPre;
  assert(pt === 4000 && pt * 1000 === TBASE * 8 && pt * 1000 < POP * 8, "c1 person-times exactly 0.8% of 500,000");
  const W_G = 6;
  const gRows = [padRow(["台山市农村电商培训台账（按期）  Rural E-commerce Training Log (by session)"], W_G),
    padRow(["Note 注：脱贫户专班另见“Sign-in 签到”表，不在本表重复统计 / poverty-relief classes are on the Sign-in sheet, not repeated here."], W_G),
    ["期次", "日期", "主题", "地点", "人次", "主办"],
    ["Session", "Date (DD/MM/YYYY)", "Topic", "Venue", "Person-times", "Organiser"]];
  const gRecs = [];
  sess.forEach((s, i) => {
    gRows.push([`第${i + 1}期 No.${i + 1}`, dmy(s.date), s.topic, ["市电商公共服务中心 County e-commerce centre", "斗山镇党群服务中心 Doushan", "端芬镇文化站 Duanfen", "广海镇政府 Guanghai"][i % 4], s.n,
      i % 2 ? "市商务局 Commerce Bureau" : "市电商公共服务中心 E-commerce centre"]);
    gRecs.push({ date: s.date, personTimes: s.n });
  });
  gRows.push([null, "Total 合计", null, null, sum(sess.map((s) => s.n)), null]);

  // ---------------- Park enterprises: 21 rows, one left Aug 30, 2021 → 20 in the park; types platform / retail / logistics = 3
  const fnm = nameMaker("台侨宁海广川", "丰兴达利信源和", "", []);
  const TYPES = ["平台型 Platform", "销售型 Retail", "销售型 Retail", "物流企业 Logistics", "销售型 Retail", "销售型 Retail", "平台型 Platform", "销售型 Retail", "销售型 Retail", "物流企业 Logistics",
    "销售型 Retail", "销售型 Retail", "销售型 Retail", "销售型 Retail", "销售型 Retail", "销售型 Retail", "销售型 Retail", "物流企业 Logistics", "销售型 Retail", "销售型 Retail", "销售型 Retail"];
  const firms = TYPES.map((t) => ({ name: `台山市${fnm()}${/物流/.test(t) ? "物流" : "电子商务"}有限公司`, type: t, code: creditCode(REG), entered: randIsoBetween("2020-05-01", "2021-08-10"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  const leaver = firms.findIndex((f, i) => i > 3 && /Retail/.test(f.type));
  firms[leaver].left = "2021-08-30";
  const inPark = firms.filter((f) => f.entered <= CUT && !(f.left && f.left < CUT));
  const types = new Set(inPark.map((f) => normType(f.type)));
  assert(inPark.length === 20 && types.size === 3, "c1 park " + inPark.length + " " + types.size);
  const W_E = 7;
  const eRows = [padRow(["台山市电子商务产业园入驻企业  Enterprises in the Taishan E-commerce Park"], W_E),
    ["序号", "企业名称", "统一社会信用代码", "类型", "入驻日期", "退出日期", "状态"],
    ["No.", "Enterprise", "Unified social credit code", "Type", "Date in", "Date out", "Status"]];
  const eRecs = [];
  firms.forEach((f, i) => {
    eRows.push([i + 1, f.name, f.code, f.type, enDate(f.entered), f.left ? enDate(f.left) : null, f.left ? "已退出 Left" : "在园 In park"]);
    eRecs.push({ name: f.name, type: f.type, entered: f.entered, left: f.left });
  });

  // ---------------- Funds (10k yuan, 4 decimals): by the cut 349.9950 万 = 69.999% → −5; “01/09/2021” is 1 Sept
  const ALLOC = 5000000;
  const pays = [["2020-07-21", 1365000, "县级电商公共服务中心建设 County e-commerce centre"], ["2020-10-28", 412380, "村级站点建设（第一批） Village stations, batch 1"],
    ["2020-12-15", 236450, "电商培训（第一批） Training, batch 1"], ["2021-01-26", 318600, "物流配送体系 Logistics network"],
    ["2021-04-13", 287150, "台山大米品牌推广 Taishan rice branding"], ["2021-06-22", 354870, "村级站点建设（第二批） Village stations, batch 2"],
    ["2021-08-27", 0, "电商培训（第二批）及中心运营 Training batch 2 & centre operation"], ["2021-09-01", 450000, "农产品溯源系统 Traceability system"]];
  pays[6][1] = 3499950 - sum(pays.slice(0, 6).map((p) => p[1]));
  assert(pays[6][1] > 200000, "c1 pay 7");
  const spent = sum(pays.filter((p) => p[0] <= CUT).map((p) => p[1]));
  assert(spent === 3499950 && spent * 100 < 70 * ALLOC && (spent + 450000) * 100 >= 70 * ALLOC, "c1 spent " + spent);
  const W_F = 6;
  const fRows = [padRow(["台山市电子商务进农村综合示范专项资金拨付台账  Special Fund Disbursement Ledger"], W_F),
    padRow(["单位 Unit: 10k yuan（万元）；日期 Date: DD/MM/YYYY"], W_F),
    ["序号", "拨付日期", "项目", "收款单位", "金额", "凭证号"],
    ["No.", "Payment date", "Project", "Payee", "Amount (10k yuan)", "Voucher No."]];
  pays.forEach((p, i) => fRows.push([i + 1, dmy(p[0]), p[2], ["台山市电子商务公共服务中心", "中国邮政集团有限公司台山市分公司", "台山市××电子商务有限公司"][i % 3], wan4(p[1]), `TS-${2020 + (p[0] >= "2021" ? 1 : 0)}-${pad3(i * 5 + 11)}`]));
  fRows.push([null, "Total 合计", null, null, wan4(sum(pays.map((p) => p[1]))), null]);
  const fRecs = pays.map((p) => ({ date: p[0], amount: p[1] }));

  // ---------------- Reports: 11 of 12 months (nothing dated in Feb 2021)
  const reps = WINDOW.filter((m) => m !== "2021-02").map((m, i) => ({ date: `${m}-${String(rint(24, 28)).padStart(2, "0")}`, pov: i % 3 !== 1 }));
  reps.push({ date: "2021-09-27", pov: true });
  assert(inWindowMonths(reps.map((r) => r.date)) === 11, "c1 reports 11");
  const W_R = 5;
  const rRows = [padRow(["向江门市商务局报送记录  Reports to Jiangmen Municipal Commerce Bureau"], W_R),
    ["序号", "报送日期", "内容", "含电商扶贫统计", "经办人"],
    ["No.", "Date sent (DD/MM/YYYY)", "Content", "Incl. poverty-relief statistics (Y/N)", "By"]];
  reps.forEach((r, i) => rRows.push([i + 1, dmy(r.date), `${enMonth(r.date)} monthly progress report ${cnMonth(r.date)}工作进展`, r.pov ? "Y" : "N", "Ms Wong 黄××"]));
  rRows.push(padRow(["Note 注：2021年2月适逢春节，未单独报送 / no report in Feb 2021 (Spring Festival)."], W_R));
  const rRecs = reps.map((r) => ({ date: r.date, poverty: r.pov }));

  // ---------------- Web column updates: all 12 months
  const up = [];
  for (const m of WINDOW) {
    up.push(`${m}-${String(rint(3, 15)).padStart(2, "0")}`);
    if (rnd() < 0.35) up.push(`${m}-${String(rint(18, 28)).padStart(2, "0")}`);
  }
  up.push("2021-09-09");
  assert(inWindowMonths(up) === 12, "c1 disclosure 12");
  const uTitles = ["项目建设进度 Project progress", "工作动态 News", "资金使用公示 Fund use", "站点建设 Stations"];
  const uRows = [padRow(["台山市人民政府网“电子商务进农村综合示范”专栏更新记录  Government Website Column — Update Log"], 4),
    ["序号", "发布日期", "标题", "链接"], ["No.", "Published", "Title", "URL"]];
  up.forEach((u, i) => uRows.push([i + 1, enDate(u), uTitles[i % 4] + `（${cnMonth(u)}）`, `http://www.cnts.gov.cn/zwgk/dsjnc/content/post_${2300000 + i * 137}.html`]));
  const uRecs = up.map((u) => ({ date: u }));

  // ---------------- Media / materials
  const MD = [["2020-11-20", "江门日报 Jiangmen Daily", "市级 Municipal", "报纸 Print", "台山大米“触网”记", "N", "city", false],
    ["2021-06-05", "中央电视台农业农村频道 CCTV-17", "国家级 National", "电视 TV", "侨乡台山：脱贫户直播卖大米", "Y", "national", true],
    ["2021-09-02", "广东广播电视台 Guangdong TV", "省级 Provincial", "电视 TV", "台山电商进农村见闻", "Y", "province", true]];
  const mRows = [padRow(["宣传报道  Media Coverage"], 7), ["序号", "日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"],
    ["No.", "Date", "Outlet", "Level", "Format", "Headline", "Poverty-relief case (Y/N)"]];
  MD.forEach((m, i) => mRows.push([i + 1, enDate(m[0]), m[1], m[2], m[3], m[4], m[5]]));
  const matRows = [padRow(["经验材料报送  Case Materials Submitted"], 4), ["序号", "报送日期", "材料", "报送对象"], ["No.", "Date (DD/MM/YYYY)", "Title", "Sent to"],
    [1, dmy("2021-07-15"), "台山市“侨乡特产＋村级站点”助农增收经验材料", "江门市商务局 Jiangmen Commerce Bureau"]];

  // ---------------- Summary 基本情况 (bilingual, English units)
  const S = [
    ["县（市、区）", "County", "台山市 Taishan", "—", null],
    ["考评截止日期", "Cut-off date", "Aug 31, 2021", "date", null],
    ["常住人口", "Resident population", POP, "persons", "七普 7th national census"],
    ["行政村数", "Administrative villages", adminV.length, "villages", "另有社区28个 plus 28 communities"],
    ["省定贫困村数", "Provincial poor villages", poorList.length, "villages", null],
    ["领导小组组长", "Leading group head", "市长 Mayor", "—", "台府办〔2020〕16号"],
    ["成员单位", "Member departments", "商务局 Commerce、财政局 Finance、农业农村局 Agriculture & Rural Affairs、乡村振兴局 Rural Revitalisation、交通运输局 Transport、邮政分公司 China Post", "—", null],
    ["示范县工作方案已印发", "Work plan issued", "Y", "Y/N", "台府办〔2020〕21号"],
    ["方案制定自评（1-2分）", "Self-rating: work plan (1–2)", 2, "points", null],
    ["支持政策已出台", "Support policy issued", "Y", "Y/N", "《台山市促进农村电子商务发展扶持办法》"],
    ["政策支持自评（1-2分）", "Self-rating: policy (1–2)", 2, "points", null],
    ["项目管理制度自评（1-2分）", "Self-rating: project management rules (1–2)", 2, "points", null],
    ["工作台账自评（1-2分）", "Self-rating: work ledgers (1–2)", 1, "points", null],
    ["公共服务中心投入运营日期", "Public service centre in operation since", "Mar 1, 2021", "date", "开业仪式 opening ceremony"],
    ["免费培训场所及设备", "Free training venue & equipment", "Y", "Y/N", null],
    ["免费展示、销售服务", "Free display & sales service", "Y", "Y/N", null],
    ["免费摄影、美工服务", "Free photography & design", "Y", "Y/N", null],
    ["统一推广、品牌建设指导", "Joint promotion & brand guidance", "Y", "Y/N", null],
    ["其他衍生增值服务", "Other value-added services", "N", "Y/N", null],
    ["电商产业园", "E-commerce park built / upgraded", "Y", "Y/N", "台山市电子商务产业园"],
    ["专业第三方运营服务商", "Third-party e-commerce operator", "Y", "Y/N", null],
    ["行政村快递覆盖率100%", "Express delivery covers 100% of admin villages", "Y", "Y/N", null],
    ["网销调研自评（1-2分）", "Self-rating: online-sales research (1–2)", 2, "points", null],
    ["网络促销自评（1-2分）", "Self-rating: online promotions (1–2)", 2, "points", null],
    ["交易标准及冷链溯源自评（1-2分）", "Self-rating: standards, cold chain & traceability (1–2)", 1, "points", null],
    ["2019年农村网络零售额", "Rural online retail sales 2019", 412500, "10k yuan", null],
    ["2020年农村网络零售额", "Rural online retail sales 2020", 531600, "10k yuan", null],
    ["2019年农产品网络零售额", "Agri-product online retail sales 2019", 8000, "10k yuan", null],
    ["2020年农产品网络零售额", "Agri-product online retail sales 2020", 10400, "10k yuan", null],
    ["专栏公示创建方案", "Web column shows the work plan", "Y", "Y/N", null],
    ["专栏公示项目基本信息", "Web column shows project information", "Y", "Y/N", null],
    ["专栏公示建设进度", "Web column shows construction progress", "Y", "Y/N", null],
    ["征求意见／监督举报窗口", "Feedback / whistle-blowing window", "Y", "Y/N", null],
    ["能统计电商扶贫情况", "Poverty-relief statistics available", "Y", "Y/N", null],
    ["下达资金总额", "Funds allocated", 500, "10k yuan", "省级专项资金 provincial special fund"],
    ["累计拨付（截至2021年8月31日）", "Disbursed as at 31/08/2021", 349.995, "10k yuan", "支出率 disbursement rate 70.0%"],
    ["资金管理制度已制定", "Fund management rules in place", "Y", "Y/N", null],
    ["资金管理制度自评（1-5分）", "Self-rating: fund management rules (1–5)", 4, "points", null],
    ["资金专用台账已建立", "Dedicated fund ledger kept", "Y", "Y/N", null],
    ["资金台账自评（1-5分）", "Self-rating: fund ledger (1–5)", 4, "points", null],
    ["资金及时拨付自评（1-5分）", "Self-rating: timely disbursement (1–5)", 4, "points", null],
    ["项目总体进度", "Overall project progress", 82, "%", null],
    ["安全生产、质量事故或重大损失", "Safety / quality incident or major loss", "N", "Y/N", null],
    ["弄虚作假", "Falsification", "N", "Y/N", null],
  ];
  const W_SUM = 6;
  const sum0 = [padRow(["台山市电子商务进农村综合示范考评基本情况  Key Facts for the Evaluation"], W_SUM),
    padRow(["Prepared by 填表: Commerce Bureau of Taishan 台山市商务局　　Y = 是 yes, N = 否 no　　1 10k yuan = 1万元"], W_SUM),
    ["序号", "项目", "Item", "数值 Value", "单位 Unit", "备注 Notes / Source"]];
  S.forEach((s, i) => sum0.push([i + 1, s[0], s[1], s[2], s[3], s[4]]));
  assert(sum0.every((r) => r.length === W_SUM), "c1 summary width");

  // ---------------- Self-assessment (official table + English + 自评分 = claimed)
  const claimed = { "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 14, "work.coverage": 5, "work.upward": 9, "work.training": 16,
    "info.disclosure": 4, "info.reporting": 4, "promo.cases": 2, "promo.media": 7, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 2 };
  const IND = [
    ["加强组织领导与统筹协调（10分）", "组织领导", "Leadership", "org.leadership", "主要领导牵头，商务、财政、农业、扶贫等部门参与（2分）；分管领导牵头（1分）"],
    [null, "方案制定", "Work plan", "org.plan", "制定科学严谨的示范创建工作方案（1-2分）"],
    [null, "政策支持", "Policy support", "org.policy", "出台相关政策，且得到较好落实（1-2分）"],
    [null, "项目管理", "Project management", "org.management", "项目管理制度（1-2分）；工作台账（1-2分）"],
    ["深入推动电子商务进农村工作（55分）", "服务体系建设（县级中心与产业园）", "Service system: county centre & park", "work.center", "中心建成并运行6个月以上、免费服务、产业园及入驻企业"],
    [null, "服务体系建设（村级站点覆盖）", "Service system: village stations", "work.coverage", "行政村覆盖率70%及以上（5分）；50%-70%（2分）；贫困村100%（5分），80%-100%（3分）"],
    [null, "农村产品上行", "Rural products going online", "work.upward", "调研、促销、第三方、快递覆盖、标准溯源、网零增速≥30%"],
    [null, "电商人才培训", "E-commerce training", "work.training", "培训人次占常住人口1%（10分）、0.8%（8分）、0.6%（6分）；贫困人口培训率50%（10分）、40%（8分）、30%（6分）"],
    ["加强信息公开及报送（10分）", "信息公开", "Information disclosure", "info.disclosure", "设立专栏且内容全面（2分）；按月更新（2分），不定时（1分）"],
    [null, "数据上报", "Data reporting", "info.reporting", "每月报送（3分），不定时（1分）；能统计电商扶贫情况（3分）"],
    ["加强宣传推广（10分）", "案例总结", "Case materials", "promo.cases", "向市商务局报送经验材料（2分）"],
    [null, "经验推广", "Publicity", "promo.media", "省级及以上（4分）；市级（3分）；县级（1分）"],
    ["加强财政资金管理（15分）", "制度建立", "Fund rules", "fund.system", "资金管理制度（1-5分）"],
    [null, "资金台账", "Fund ledger", "fund.ledger", "资金专用台账（1-5分）"],
    [null, "资金支出", "Fund spending", "fund.spending", "支出率70%以上及时拨付（1-5分）；低于70%扣5分"],
    ["加分项（4分）", "贫困人口培训率70%及以上", "Poor-population training rate ≥ 70%", "bonus.poorTraining", "（2分）"],
    [null, "电商扶贫典型案例获电视播报", "Poverty-relief case on TV", "bonus.tvCase", "国家级（2分），省级（1分）"],
  ];
  const MAX = Object.fromEntries(SCORED.concat(BONUS));
  const IW = 7;
  const ir = [padRow(["台山市电子商务进农村综合示范考评自评表  Self-assessment against the 2019 Provincial Indicator System"], IW),
    ["工作任务", "评价指标名称", "Indicator (EN)", "权重 Weight", "评分标准（摘要）", "自评分 Self-score", "说明 Notes"]];
  const iM = ["A1:G1"];
  let gStart = 0;
  IND.forEach((x) => {
    if (x[0]) {
      if (gStart && ir.length > gStart) iM.push(`A${gStart}:A${ir.length}`);
      gStart = ir.length + 1;
    }
    ir.push([x[0], x[1], x[2], MAX[x[3]], x[4], claimed[x[3]], x[3] === "fund.spending" ? "支出率 disbursement rate 70.0%" : null]);
  });
  if (ir.length > gStart) iM.push(`A${gStart}:A${ir.length}`);
  const vStart = ir.length + 1;
  ir.push(["一票否决项", "安全生产、质量事故或重大损失", "Safety / quality incident", null, "发生即否决", "无 None", null]);
  ir.push([null, "总体进度不足40%", "Overall progress < 40%", null, "否决", "82%", null]);
  ir.push([null, "弄虚作假", "Falsification", null, "否决", "无 None", null]);
  iM.push(`A${vStart}:A${ir.length}`);
  const sClaim = sum(SCORED.map(([id]) => claimed[id]));
  ir.push(["合计 Total", null, null, 100, null, `${sClaim} + bonus 加分 2`, null]);
  assert(ir.every((r) => r.length === IW), "c1 ir width");

  // ---------------- points
  const R19 = 4125000000, R20 = 5316000000, A19 = 80000000, A20 = 104000000;
  assert((R20 - R19) * 100 < 30 * R19 && (A20 - A19) * 100 === 30 * A19, "c1 growth");
  const cp = { built: 2, six: "2021-03-01" <= "2021-02-28" ? 2 : 0, train: 2, display: 1, photo: 1, brand: 1, other: 0, park: 2, twenty: inPark.length >= 20 ? 2 : 0, types: types.size >= 3 ? 1 : 0 };
  const centerPts = sum(Object.values(cp));
  const covPts = (covered.size * 100 >= 70 * base ? 5 : covered.size * 100 >= 50 * base ? 2 : 0) + (poorCovered === poorList.length ? 5 : poorCovered * 100 >= 80 * poorList.length ? 3 : 0);
  const expressPts = adminV.every((v) => v.express) ? 1 : 0;
  const upPts = 2 + 2 + 1 + expressPts + 1 + 2;
  const ptPts = pt * 100 >= TBASE ? 10 : pt * 1000 >= TBASE * 8 ? 8 : pt * 1000 >= TBASE * 6 ? 6 : 0;
  const r = trainedIds.size, e = eligible.length;
  const poorPts = r * 100 >= 50 * e ? 10 : r * 100 >= 40 * e ? 8 : r * 100 >= 30 * e ? 6 : 0;
  const trPts = ptPts + poorPts;
  const mediaPts = 4 + 3;
  const spendPts = spent * 100 < 70 * ALLOC ? -5 : 4;
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": centerPts, "work.coverage": covPts, "work.upward": upPts,
    "work.training": trPts, "info.disclosure": 4, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": mediaPts, "fund.system": 4, "fund.ledger": 4,
    "fund.spending": spendPts, "bonus.poorTraining": r * 100 >= 70 * e ? 2 : 0, "bonus.tvCase": 2, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(centerPts === 12 && covPts === 8 && upPts === 8 && trPts === 16 && spendPts === -5, "c1 pts");
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 73 && bonus === 2, "c1 scored " + scored);

  const derivation = [
    "org.leadership: 组长“市长 Mayor”（主要领导）；成员单位有商务、财政、农业农村、乡村振兴 → 2",
    "org.plan: 工作方案已印发 Y；自评2 → 2",
    "org.policy: 支持政策已出台 Y；自评2 → 2",
    "org.management: 项目管理制度自评2＋工作台账自评1 → 3",
    `work.center: 中心“Mar 1, 2021”投入运营 ≤ 截止日 → 建成2；运行满6个月要求 ≤ 2021-02-28，Mar 1 晚一天 → 0；免费培训2、展示销售1、摄影美工1、推广品牌1；其他增值服务 N → 0；产业园 Y → 2；《Park 产业园》21家，“Aug 30, 2021”退出的一家在截止日前已退出不算 → 在园20家 → 2；类型 平台／销售／物流 = 3种 → 1；合计${centerPts}`,
    `work.coverage: 《Villages 村居》行政村${adminV.length}个（社区${comms.length}个不算），基数取 min(${adminV.length}, 200) = 200；《Stations 站点》截止日前有站的行政村${covered.size}个（同村第二站算一次，社区服务点不算，Sep 1, 2021 和 Sep 3, 2021 两站不算） → 140/200 = 70.0% ≥ 70% → 5（不封顶则只有59.3%）；省定贫困村${poorList.length}个中有站${poorCovered}个（一村“Aug 31, 2021”建成算；一村“Sep 1, 2021”建成不算） → 12/15 = 80.0% → 3；合计${covPts}`,
    `work.upward: 网销调研2；网络促销2；第三方 Y → 1；《Villages 村居》快递进村一列有一个行政村（${noExpress.name}）为 N → 0（基本情况写 Y，以名单为准）；标准溯源1；农村网零 412,500→531,600 万元增速28.9% < 30%，但农产品网零 8,000→10,400 万元增速正好30.0% → 2；合计${upPts}`,
    `work.training: 常住人口907,354人，基数封顶500,000；《Training 培训》截止日前14期${fmtInt(pt - signPre)}人次（02/09/2021一期、合计行不算）＋《Sign-in 签到》截止日前${signPre}行 = 4,000人次 = 正好0.8% → 8；《Poor HH 贫困人口》劳动能力 Yes 且外出务工 No 的${e}人，截止日前签到的${r}人（多次参训算一人；小写x同号；31/08/2021 第4期有1人只参加这一期，算；01/09/2021 第5期的2人不算；外出务工2人不算） → 20/50 = 40.0% → 8；合计${trPts}`,
    "info.disclosure: 方案、项目信息、建设进度、监督举报窗口均 Y → 2；《Web column 专栏》2020年9月—2021年8月每月都有更新 → 2；合计4",
    "info.reporting: 《Reports 报送》2020年9月—2021年8月只有2021年2月没有报送（11个月） → 不定时1；有“Y”含扶贫统计，基本情况也为 Y → 3；合计4",
    "promo.cases: 《Materials 经验材料》15/07/2021报送江门市商务局 → 2",
    "promo.media: 截止日前有国家级（CCTV-17，Jun 5, 2021） → 4；市级（江门日报） → 3；广东广播电视台 Sep 2, 2021 在截止日后不算；合计7",
    "fund.system: 资金管理制度已制定；自评4 → 4",
    "fund.ledger: 专用台账已建立；自评4 → 4",
    `fund.spending: 《Funds 资金》（单位万元，日期 DD/MM/YYYY）截止日前7笔合计349.9950万元 = ${fmtMoney(spent)}元 / 5,000,000 = 69.999% < 70%（“70.0%”是四舍五入；01/09/2021 是9月1日，45万元不算） → 倒扣 −5（自评4不采用）`,
    "bonus.poorTraining: 20/50 = 40% < 70% → 0",
    "bonus.tvCase: CCTV-17（国家级电视）Jun 5, 2021 播出电商扶贫典型案例 → 2",
    "veto.incident: 安全生产、质量事故 N → 不否决",
    "veto.progress: 总体进度82% ≥ 40% → 不否决",
    "veto.fraud: 弄虚作假 N → 不否决",
  ];
  return {
    description:
      `江门台山市商务局一位英国读完硕士回来的科员做的整本考评工作簿（13个表），${scored}＋加分${bonus}＝${scored + bonus}分、未否决：表名全是中英双语（“Summary 基本情况”“Villages 村居”…），台账表头两行——上行中文、下行英文；《Summary》单位一列写 persons／villages／10k yuan／Y/N／points，日期写成“Mar 1, 2021”；《Self-assessment 自评》是官方指标表加“Indicator (EN)”一列和自评分（claimed）；台账日期多为 DD/MM/YYYY 文本（表头写明），资金以万元（10k yuan）记、带三位小数。边界：行政村236个，基数封顶200，截止日前有站的140个正好70%（按236算只有59%）；贫困村12/15正好80%（一村Sep 1, 2021才建站）；中心“Mar 1, 2021”运营，比2021-02-28晚一天，不满6个月；常住人口907,354封顶50万，培训正好4,000人次＝0.8%；贫困人口正好20/50＝40%（一人只参加31/08/2021那期）；产业园一家Aug 30, 2021退出后正好20家；农产品网零增速正好30%；截止日前拨付349.9950万元＝69.999%，表里写的“70.0%”是四舍五入，倒扣5分，“01/09/2021”是9月1日不是1月9日；一村快递N与基本情况的Y相反。`,
    sheets: [
      { name: "Summary 基本情况", rows: sum0, merges: ["A1:F1", "A2:F2"] },
      { name: "Self-assessment 自评", rows: ir, merges: iM },
      { name: "Villages 村居", rows: vRows, merges: ["A1:G1", `A${vRows.length}:G${vRows.length}`] },
      { name: "Stations 站点", rows: sRows, merges: ["A1:G1"] },
      { name: "Training 培训", rows: gRows, merges: ["A1:F1", "A2:F2"] },
      { name: "Sign-in 签到", rows: tRows, merges: ["A1:G1", "A2:G2"] },
      { name: "Poor HH 贫困人口", rows: pRows, merges: ["A1:G1"] },
      { name: "Park 产业园", rows: eRows, merges: ["A1:G1"] },
      { name: "Funds 资金", rows: fRows, merges: ["A1:F1", "A2:F2"] },
      { name: "Reports 报送", rows: rRows, merges: ["A1:E1", `A${rRows.length}:E${rRows.length}`] },
      { name: "Web column 专栏", rows: uRows, merges: ["A1:D1"] },
      { name: "Media 宣传", rows: mRows, merges: ["A1:G1"] },
      { name: "Materials 经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 阳江市阳西县: 中英双语的 ISO 式内审检查表（Clause｜要求｜Requirement｜Finding C/NC/—｜Recorded value｜Unit｜Evidence｜Rating）
// =====================================================================================================
function buildF1() {
  const W = 8;
  const rows = [padRow(["阳西县电子商务进农村综合示范 考评自查内审检查表  Internal Audit Checklist — Self-assessment for the Rural E-commerce Demonstration County"], W),
    padRow(["受审核方 Auditee: 阳西县商务局 Commerce Bureau of Yangxi County　　审核日期 Audit date: 06/09/2021　　数据截止 Data cut-off: 31/08/2021　　（日期均为 DD/MM/YYYY）"], W),
    padRow(["判定 Finding: C = 符合 Conforming；NC = 不符合 Non-conforming；N/A = 数据项，只记录数值 data item, value recorded only；— = 未审核 Not audited"], W),
    ["条款 Clause", "要求", "Requirement", "判定 Finding", "记录值 Recorded value", "单位 Unit", "客观证据 Objective evidence", "自评分 Rating"]];
  const M = ["A1:H1", "A2:H2", "A3:H3"];
  const sec = (t) => {
    rows.push(padRow([t], W));
    M.push(`A${rows.length}:H${rows.length}`);
  };
  const it = (cl, zh, en, f, v, u, ev, rt) => rows.push([cl, zh, en, f, v === undefined ? null : v, u || null, ev || null, rt === undefined ? null : rt]);
  sec("1  组织领导 Leadership & Coordination");
  it("1.1", "成立由县主要领导任组长的领导小组", "Leading group headed by the county's top official", "C", "组长 Head: 县长 County Head；成员 Members: 商务局 Commerce, 财政局 Finance, 农业农村局 Agriculture & Rural Affairs, 乡村振兴局 Rural Revitalisation, 交通运输局 Transport", null, "西府办〔2020〕9号");
  it("1.2", "正式印发示范县工作方案", "Work plan formally issued", "C", null, null, "西府办〔2020〕14号", 2);
  it("1.3", "出台支持农村电商发展的政策", "Support policy for rural e-commerce issued", "C", null, null, "《阳西县农村电子商务扶持办法》", 1);
  it("1.4a", "项目管理制度", "Project management rules", "C", null, null, "《示范项目管理办法》", 2);
  it("1.4b", "工作台账", "Work ledgers", "C", null, null, "台账12本", 2);
  sec("2  基本数据 Baseline");
  it("2.1", "常住人口（七普）", "Resident population (7th census)", "N/A", "465,770", "persons", "县统计局公报");
  it("2.2", "行政村数", "Administrative villages", "N/A", 136, "villages", "另有社区 plus communities: 13");
  it("2.3", "省定贫困村数", "Provincial poor villages", "N/A", 23, "villages", null);
  sec("3  公共服务中心与产业园 County Centre & Park");
  it("3.1", "县级电商公共服务中心投入运营", "County e-commerce centre in operation", "C", "17/11/2020", "date (DD/MM/YYYY)", "运营协议、开业照片");
  it("3.2", "免费培训场所、培训设备", "Free training venue & equipment", "C", null, null, "培训室120座");
  it("3.3", "免费展示、销售服务", "Free display & sales", "C", null, null, "展厅");
  it("3.4", "免费摄影、美工服务", "Free photography & design", "NC", null, null, "摄影棚未投入使用 studio not yet in use");
  it("3.5", "农产品统一推广、品牌建设指导", "Joint promotion & brand guidance", "C", null, null, "“阳西蚝”区域公用品牌");
  it("3.6", "其他衍生增值服务", "Other value-added services", "—", null, null, "本次未抽查 not sampled");
  it("3.7", "建设或整合当地电商产业园", "E-commerce park built / integrated", "C", null, null, "阳西县电子商务产业园");
  sec("4  农村产品上行 Rural Products Going Online");
  it("4.1", "网销调研并形成针对性建议", "Online-sales research with recommendations", "C", null, null, "调研报告2份", 2);
  it("4.2", "网络促销活动成效明显", "Effective online promotions", "C", null, null, "“程村蚝”网购节", 1);
  it("4.3", "有专业第三方电商运营或服务商", "Professional third-party operator", "C", null, null, "运营服务合同");
  it("4.4", "行政村物流快递覆盖率100%", "Express delivery covers all admin villages", "C", "100", "%", "县邮政分公司证明");
  it("4.5", "出台交易标准，建立冷链、溯源系统", "Trading standards, cold chain & traceability", "C", null, null, "冷库2座", 1);
  it("4.6a", "2019年农村网络零售额", "Rural online retail sales 2019", "N/A", "86,540", "10k yuan", "省商务厅反馈");
  it("4.6b", "2020年农村网络零售额", "Rural online retail sales 2020", "N/A", "112,480", "10k yuan", "省商务厅反馈");
  it("4.6c", "2020年农产品网络零售额同比增速", "Agri-product online retail growth 2020 (YoY)", "N/A", "31.6", "%", null);
  sec("5  人才培训 Training");
  it("5.1", "累计培训人次", "Training attendance, cumulative", "N/A", "5,238", "person-times", "培训台账");
  it("5.2", "有劳动能力的建档立卡贫困人口（不含外出务工）", "Registered poor with labour capacity (excl. migrant workers)", "N/A", "2,146", "persons", "县乡村振兴局");
  it("5.3", "参加培训的建档立卡贫困人口", "Of whom trained", "N/A", "1,170", "persons", "按身份证号去重 de-duplicated by ID");
  sec("6  信息公开及报送 Disclosure & Reporting");
  it("6.1", "专栏公示创建方案", "Web column shows the work plan", "C", null, null, "县政府网专栏");
  it("6.2", "专栏公示项目基本信息", "Web column shows project information", "C", null, null, null);
  it("6.3", "专栏公示项目建设进度", "Web column shows construction progress", "C", null, null, null);
  it("6.4", "设立征求意见或监督举报窗口", "Feedback / whistle-blowing window", "NC", null, null, "专栏无留言入口 no feedback entry");
  it("6.5", "能统计电商扶贫情况", "Poverty-relief e-commerce statistics", "C", null, null, "月报附表");
  sec("7  财政资金管理 Fund Management");
  it("7.1", "下达资金总额", "Funds allocated", "N/A", "500.00", "10k yuan", "粤财工〔2019〕××号");
  it("7.2", "累计拨付资金", "Funds disbursed, cumulative", "N/A", "402.3616", "10k yuan", "国库支付记录");
  it("7.3", "建立资金管理制度", "Fund management rules in place", "C", null, null, "《专项资金管理办法》", 4);
  it("7.4", "建立资金专用台账", "Dedicated fund ledger kept", "C", null, null, null, 4);
  it("7.5", "资金及时拨付", "Timely disbursement", "C", null, null, "支出率 disbursement rate 80.5%", 4);
  it("7.6", "项目总体进度", "Overall project progress", "N/A", "88", "%", null);
  sec("8  否决事项 Veto Items");
  it("8.1", "未发生安全生产、质量事故或重大损失", "No safety / quality incident or major loss", "C", null, null, "县应急管理局证明");
  it("8.2", "无弄虚作假", "No falsification", "C", null, null, "承诺书");
  rows.push(padRow([], W));
  rows.push(padRow(["审核员 Auditors: 林×× (Lead Auditor)、陈××　　受审核方代表 Auditee rep.: 冯××　　Rating：主观项自评分 self-rating of judged items (1–2 / 1–5)"], W));
  M.push(`A${rows.length}:H${rows.length}`);
  assert(rows.every((r) => r.length === W), "f1 width");
  return {
    description:
      "阳江阳西县商务局一位做过ISO 9001内审员培训的科员，把考评自查做成中英双语的《内审检查表 Internal Audit Checklist》：表头块写受审核方（阳西县商务局）、审核日期06/09/2021、数据截止31/08/2021（注明DD/MM/YYYY），图例“C = 符合 Conforming；NC = 不符合；N/A = 数据项只记数值；— = 未审核”；列为 条款 Clause｜要求｜Requirement｜判定 Finding｜记录值｜单位 Unit（persons、villages、10k yuan、person-times、%）｜客观证据｜自评分 Rating，按八个条款分段（合并的段标题行）。是否项看 Finding（C是、NC否），数据项的 Finding 是“N/A”、值在记录值；3.6“其他衍生增值服务”未审核，不算陈述；否决条款正面表述（“No safety incident” C＝未发生）；主观项的分在 Rating 列；组长“县长 County Head”，成员齐全。",
    sheets: [{ name: "Internal Audit Checklist", rows, merges: M }],
    expect: {
      facts: {
        county: "阳西县", asOf: "2021-08-31", residentPopulation: 465770, adminVillagesStated: 136, poorVillagesStated: 23, planIssued: true, policyIssued: true,
        centerOpened: "2020-11-17", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 865400000, ruralRetail2020: 1124800000, agriRetailGrowthStated: 0.316,
        trainingPersonTimesStated: 5238, eligiblePoorPersonsStated: 2146, trainedPoorPersonsStated: 1170, disclosurePlan: true, disclosureProjects: true,
        disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 4023616,
        fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2, "work.upward.promotion": 1,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 清远市连州市: 财务股填的表——金额写在账页式数位栏（亿…分一格一位，“¥”写在最高位前），旁附大写；是否项在 是｜否 两栏打 √
// =====================================================================================================
function buildF2() {
  const DIG = ["亿", "千万", "百万", "十万", "万", "千", "百", "十", "元", "角", "分"];
  const W = 3 + DIG.length + 1; // 序号 项目 单位/说明 + 11 digit columns + 大写
  const rows = [padRow(["连州市电子商务进农村综合示范考评基础数据表"], W), padRow(["填报单位：连州市商务局（财务股）　　数据截止：2021年8月31日"], W)];
  const M = [`A1:${colName(W - 1)}1`, `A2:${colName(W - 1)}2`];
  const full = (t) => {
    rows.push(padRow([t], W));
    M.push(`A${rows.length}:${colName(W - 1)}${rows.length}`);
  };
  // part 1: quantities
  full("一、基本情况");
  rows.push(padRow(["序号", "项目", "单位", "数量"], W));
  M.push(`D${rows.length}:${colName(W - 1)}${rows.length}`);
  const q = (n, label, unit, v) => {
    rows.push(padRow([n, label, unit, v], W));
    M.push(`D${rows.length}:${colName(W - 1)}${rows.length}`);
  };
  q(1, "常住人口（第七次全国人口普查）", "人", 380538);
  q(2, "行政村数", "个", 152);
  q(3, "省定贫困村数", "个", 32);
  q(4, "领导小组组长", "—", "市委副书记、市长");
  q(5, "领导小组成员单位", "—", "市商务局、市财政局、市农业农村局、市交通运输局、市市场监管局、市邮政分公司");
  q(6, "公共服务中心投入运营日期", "—", "2020年9月18日");
  q(7, "累计培训人次", "人次", 3964);
  q(8, "有劳动能力的建档立卡贫困人口（不含外出务工）", "人", 1688);
  q(9, "参加培训的建档立卡贫困人口", "人", 905);
  q(10, "项目总体进度", "%", 86);
  // part 2: money on digit columns
  full("二、金额（单位：元）");
  const hdr = ["序号", "项目", "说明"].concat(DIG, ["金额（大写）"]);
  rows.push(hdr);
  const money = [
    [1, "下达省级专项资金", "粤财工〔2019〕××号", 500000000],
    [2, "累计拨付资金（截至2021年8月31日）", "国库集中支付", 427153860],
    [3, "2019年农村网络零售额", "省商务厅反馈", 38642000000],
    [4, "2020年农村网络零售额", "省商务厅反馈", 51287000000],
    [5, "2019年农产品网络零售额", "县统计局", 6215000000],
    [6, "2020年农产品网络零售额", "县统计局", 7956000000],
  ]; // amounts in 分
  const digits = (fen) => {
    const s = String(fen);
    assert(s.length <= DIG.length, "f2 digits fit");
    const cells = new Array(DIG.length).fill(null);
    const start = DIG.length - s.length;
    for (let i = 0; i < s.length; i++) cells[start + i] = Number(s[i]);
    if (start > 0) cells[start - 1] = "¥";
    return cells;
  };
  const daxieFen = (fen) => {
    const yuan = Math.floor(fen / 100);
    const jiao = Math.floor(fen / 10) % 10;
    const f = fen % 10;
    let s = "人民币" + daxie(yuan);
    if (jiao || f) s = s.replace(/整$/, "") + (jiao ? "零壹贰叁肆伍陆柒捌玖"[jiao] + "角" : "零") + (f ? "零壹贰叁肆伍陆柒捌玖"[f] + "分" : "");
    return s;
  };
  money.forEach((m) => rows.push([m[0], m[1], m[2]].concat(digits(m[3]), [daxieFen(m[3])])));
  // part 3: yes / no
  full("三、是否事项（在“是”或“否”栏打√）");
  rows.push(padRow(["序号", "事项", "佐证", "是", "否"], W));
  M.push(`F${rows.length}:${colName(W - 1)}${rows.length}`);
  const yn = (n, label, ev, v) => {
    rows.push(padRow([n, label, ev, v ? "√" : null, v ? null : "√"], W));
    M.push(`F${rows.length}:${colName(W - 1)}${rows.length}`);
  };
  yn(1, "已正式印发示范县工作方案", "连府办〔2020〕33号", true);
  yn(2, "已出台支持农村电商发展的政策", "《连州市农村电商扶持资金管理办法》", true);
  yn(3, "中心有免费培训场所、培训设备", null, true);
  yn(4, "中心为特色农产品提供免费展示、销售服务", null, true);
  yn(5, "中心提供免费摄影、美工服务", null, true);
  yn(6, "组织农产品统一推广、指导品牌建设", "“连州菜心”", true);
  yn(7, "提供其他衍生增值服务", null, false);
  yn(8, "建设或整合当地电商产业园", null, true);
  yn(9, "有专业第三方电商运营或服务商", null, true);
  yn(10, "行政村物流快递覆盖率100%", null, false);
  yn(11, "专栏公示创建方案", null, true);
  yn(12, "专栏公示项目基本信息", null, true);
  yn(13, "专栏公示项目建设进度", null, true);
  yn(14, "专栏设立征求意见或监督举报窗口", null, true);
  yn(15, "能统计电商扶贫情况", null, true);
  yn(16, "已制定资金管理制度", null, true);
  yn(17, "已建立资金专用台账", null, true);
  yn(18, "发生安全生产、质量事故或重大损失", null, false);
  yn(19, "存在弄虚作假", null, false);
  // part 4: judged
  full("四、主观项自评分");
  rows.push(padRow(["序号", "项目", "分值范围", "自评分"], W));
  M.push(`D${rows.length}:${colName(W - 1)}${rows.length}`);
  const J = [["方案制定", "1-2分", 2], ["政策支持", "1-2分", 2], ["项目管理制度", "1-2分", 1], ["工作台账", "1-2分", 2], ["网销调研", "1-2分", 1], ["网络促销活动", "1-2分", 2],
    ["交易标准及冷链溯源", "1-2分", 1], ["资金管理制度", "1-5分", 5], ["资金台账", "1-5分", 4], ["资金及时拨付", "1-5分", 4]];
  J.forEach((j, i) => {
    rows.push(padRow([i + 1, j[0], j[1], j[2]], W));
    M.push(`D${rows.length}:${colName(W - 1)}${rows.length}`);
  });
  full("填表：财务股 何××　　复核：电商股 邓××　　2021年9月6日");
  assert(rows.every((r) => r.length === W), "f2 width");
  const check = money.map((m) => m[3] / 100);
  assert(check[0] === 5000000 && check[1] === 4271538.6, "f2 money");
  return {
    description:
      "清远连州市商务局交来的基础数据表由局财务股填写，照会计账页的样子：二、金额部分（单位元）每个金额拆成“亿｜千万｜百万｜十万｜万｜千｜百｜十｜元｜角｜分”11个数位栏，一格一个数字，“¥”写在最高位左边一格（上亿的零售额没有空位就不写¥），右边再附“人民币肆佰贰拾柒万壹仟伍佰叁拾捌元陆角”式的大写；一、基本情况和四、主观项自评分的数量写在合并后的一格里；三、是否事项在“是”“否”两栏之一打√（“其他衍生增值服务”“快递覆盖100%”打在“否”栏）；组长“市委副书记、市长”，成员单位缺扶贫／乡村振兴部门。",
    sheets: [{ name: "基础数据", rows, merges: M }],
    expect: {
      facts: {
        county: "连州市", asOf: "2021-08-31", residentPopulation: 380538, adminVillagesStated: 152, poorVillagesStated: 32, planIssued: true, policyIssued: true,
        centerOpened: "2020-09-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: false, ruralRetail2019: 386420000, ruralRetail2020: 512870000, agriRetail2019: 62150000, agriRetail2020: 79560000,
        trainingPersonTimesStated: 3964, eligiblePoorPersonsStated: 1688, trainedPoorPersonsStated: 905, disclosurePlan: true, disclosureProjects: true,
        disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 4271538.6,
        fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.86, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 1, "org.management.ledger": 2, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal",
    },
  };
}

// =====================================================================================================
// f3 — 汕头市南澳县: 市局下发的填报模板，“填报说明”列里带示例值（示例：42.60、示例：2021年3月26日），填报内容另一列；两项未填
// =====================================================================================================
function buildF3() {
  const W = 6;
  const rows = [padRow(["汕头市电子商务进农村综合示范县考评基础数据填报表"], W),
    padRow(["填报单位：南澳县商务局　　　　数据截止时间：2021年8月31日　　　　（请按“填报说明”填写“填报内容”列，示例数字仅供参考，请勿照抄）"], W),
    ["序号", "填报项目", "填报说明（含示例）", "填报内容", "单位", "佐证材料"]];
  const M = ["A1:F1", "A2:F2"];
  const T = [
    ["常住人口", "按第七次全国人口普查数填写，单位万人，保留两位小数。示例：42.60", "6.27", "万人", "县统计局七普公报"],
    ["行政村数", "填行政村个数，不含社区。示例：195", "30", "个", null],
    ["省定贫困村数", "没有填0。示例：39", "3", "个", null],
    ["领导小组组长职务", "填职务。示例：县长", "县委副书记、县长", null, "南府办〔2020〕5号"],
    ["领导小组成员单位", "列出全部成员单位，用顿号分隔。示例：商务局、财政局、……", "县商务局、县财政局、县农业农村局、县乡村振兴局、县海洋与渔业局", null, null],
    ["示范县工作方案", "填“已印发”或“未印发”，并填文号。示例：已印发（××府办〔2020〕×号）", "已印发（南府办〔2020〕8号）", null, null],
    ["方案制定自评分", "1-2分。示例：2", "2", "分", null],
    ["支持农村电商发展的政策", "填“已出台”或“未出台”。示例：已出台", "已出台", null, "《南澳县促进电子商务发展扶持办法》"],
    ["政策支持自评分", "1-2分。示例：2", "1", "分", null],
    ["项目管理制度自评分", "1-2分。示例：2", "2", "分", null],
    ["工作台账自评分", "1-2分。示例：2", "2", "分", null],
    ["公共服务中心投入运营日期", "填具体日期。示例：2021年3月26日", "2021年1月8日", null, "开业仪式"],
    ["中心免费服务（有／无）：培训场所及设备", "示例：有", "有", null, null],
    ["中心免费服务（有／无）：展示、销售", "示例：有", "有", null, null],
    ["中心免费服务（有／无）：摄影、美工", "示例：有", "有", null, null],
    ["中心免费服务（有／无）：统一推广、品牌建设指导", "示例：有", "有", null, "“南澳紫菜”"],
    ["中心免费服务（有／无）：其他衍生增值服务", "示例：有", null, null, null],
    ["电商产业园", "已建成或整合填“是”。示例：是", "否", null, "县域小，未单独建园"],
    ["专业第三方运营服务商", "示例：有", "有", null, null],
    ["行政村物流快递覆盖率", "填百分数。示例：100%", "100%", null, "县邮政分公司证明"],
    ["网销调研自评分", "1-2分。示例：2", "1", "分", null],
    ["网络促销活动自评分", "1-2分。示例：2", "2", "分", null],
    ["交易标准及冷链溯源自评分", "1-2分。示例：2", "2", "分", null],
    ["2019年农村网络零售额", "单位万元。示例：35000", "18620", "万元", null],
    ["2020年农村网络零售额", "单位万元。示例：46000", "24730", "万元", null],
    ["累计培训人次", "截至数据截止时间。示例：4385", "712", "人次", null],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", "示例：3000", null, "人", "待县乡村振兴局提供"],
    ["参加培训的建档立卡贫困人口", "按身份证号去重。示例：1800", "164", "人", null],
    ["专栏公示内容", "在创建方案、项目基本信息、建设进度、征求意见或监督举报窗口中勾选已有项。示例：创建方案、项目基本信息", "创建方案、项目基本信息、建设进度、监督举报窗口", null, null],
    ["能否统计电商扶贫情况", "示例：能", "能", null, null],
    ["下达资金总额", "单位万元。示例：500", "500", "万元", null],
    ["累计拨付资金", "单位万元。示例：416.78", "389.52", "万元", null],
    ["资金管理制度", "示例：已制定", "已制定", null, null],
    ["资金管理制度自评分", "1-5分。示例：5", "4", "分", null],
    ["资金专用台账", "示例：已建立", "已建立", null, null],
    ["资金台账自评分", "1-5分。示例：5", "5", "分", null],
    ["资金及时拨付自评分", "1-5分。示例：4", "4", "分", null],
    ["项目总体进度", "填百分数。示例：83%", "79%", null, null],
    ["是否发生安全生产、质量事故或重大损失", "示例：否", "否", null, null],
    ["是否存在弄虚作假", "示例：否", "否", null, null],
  ];
  T.forEach((t, i) => rows.push([i + 1, t[0], t[1], t[2], t[3], t[4]]));
  rows.push(padRow(["填表人：吴××　　联系电话：0754-86××××××　　南澳县商务局（盖章）　　2021年9月3日"], W));
  M.push(`A${rows.length}:F${rows.length}`);
  assert(rows.every((r) => r.length === W), "f3 width");
  return {
    description:
      "汕头南澳县商务局填的是汕头市商务局下发的统一模板《考评基础数据填报表》：序号｜填报项目｜填报说明（含示例）｜填报内容｜单位｜佐证材料，市局在“填报说明”列里给了示例值（“示例：42.60”“示例：2021年3月26日”“示例：500”“示例：83%”等，第2行还提醒“示例数字仅供参考，请勿照抄”），真正的数据只在“填报内容”列：常住人口6.27万人、行政村30个、中心2021年1月8日运营、产业园“否”等；“其他衍生增值服务”和“有劳动能力的建档立卡贫困人口”两项没有填（后者佐证写“待县乡村振兴局提供”），不算陈述；组长县长，成员单位有商务、财政、农业农村、乡村振兴。",
    sheets: [{ name: "填报表", rows, merges: M }],
    expect: {
      facts: {
        county: "南澳县", asOf: "2021-08-31", residentPopulation: 62700, adminVillagesStated: 30, poorVillagesStated: 3, planIssued: true, policyIssued: true,
        centerOpened: "2021-01-08", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, parkBuilt: false,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 186200000, ruralRetail2020: 247300000,
        trainingPersonTimesStated: 712, trainedPoorPersonsStated: 164, disclosurePlan: true, disclosureProjects: true,
        disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3895200,
        fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.79, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 2, "fund.system": 4, "fund.ledger": 5, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// l1 — 江门市恩平市: 全英文字段的系统导出——签到小程序 Attendance（DD/MM/YYYY）、Poverty_HH、Media_Log，外加 README（非台账）
// =====================================================================================================
function buildL1() {
  const REG = "440785";
  const VILL = ["Niujiang 牛江村", "Shengtang 圣堂村", "Liangxi 良西村", "Dahuai 大槐村", "Dongcheng 东成村", "Juntang 君堂村", "Naji 那吉村", "Hengpi 横陂村", "Shahu 沙湖村"];
  // ① Attendance
  const sessions = [["2020-10-14", "EP-2020-07 Online shop basics"], ["2020-12-22", "EP-2020-09 Live-streaming"], ["2021-03-26", "EP-2021-02 Packaging & photos"],
    ["2021-05-13", "EP-2021-04 Community group buying"], ["2021-08-31", "EP-2021-07 Cross-border basics"], ["2021-09-01", "EP-2021-08 Customer service"]];
  const aRows = [["No.", "Full Name", "ID Number", "Mobile", "Session", "Session Date", "Check-in Time", "Poverty Household"]];
  const aRecs = [];
  let n = 0;
  sessions.forEach(([date, title], si) => {
    const k = rint(6, 9);
    for (let j = 0; j < k; j++) {
      n++;
      const poor = rnd() < 0.4;
      const id = makeId(REG, birthBetween(1968, 2001), rnd() < 0.5, j === 2 ? true : undefined);
      const idCell = j === 2 ? id.slice(0, 17) + "x" : id;
      aRows.push([n, personName(), idCell, mask(phone()), title, dmy(date), `${String(rint(8, 9)).padStart(2, "0")}:${String(rint(0, 59)).padStart(2, "0")}`, poor ? "Y" : "N"]);
      aRecs.push({ date, personTimes: 1, id });
    }
  });
  checkTrainingIds(aRecs, "l1");
  assert(aRows.some((r) => /^(1[3-9]|2\d|3[01])\//.test(r[5])), "l1 day > 12 shows DD/MM");
  // ② Poverty_HH
  const LAB = [["Able-bodied", true], ["Skilled labour", true], ["Lost labour capacity", false], ["None (student)", false], ["Able-bodied", true], ["Able-bodied", true]];
  const hRows = [["HH ID", "Member Name", "ID No.", "Relation to Head", "Village", "Labour Capacity", "Migrant Worker", "Notes"]];
  const hRecs = [];
  for (let h = 0; h < 9; h++) {
    const size = rint(2, 4);
    const hid = `EP${String(440785001 + h * 13)}`;
    const vill = VILL[h];
    for (let m = 0; m < size; m++) {
      const unknown = h === 4 && m === 1; // a labourer whose migrant status is left blank (not known)
      const [lab, labB] = m === 0 ? LAB[h % 2 === 0 ? 0 : 1] : unknown ? LAB[0] : m === 1 ? LAB[[0, 1, 2, 4][rint(0, 3)]] : LAB[rint(0, 5)];
      const mig = unknown ? null : labB ? (rnd() < 0.35 ? "Y" : "N") : null;
      const student = lab === "None (student)";
      const male = m === 0 ? true : m === 1 ? false : rnd() < 0.5;
      const id = makeId(REG, student ? birthBetween(2003, 2008) : m <= 1 ? birthBetween(1962, 1978) : birthBetween(1986, 2000), male);
      hRows.push([hid, personName(), id, m === 0 ? "Head" : m === 1 ? "Spouse" : male ? "Son" : "Daughter", vill, lab, mig, mig === "Y" ? ["Guangzhou", "Zhongshan", "Dongguan"][rint(0, 2)] : null]);
      hRecs.push({ id, labour: labB, migrant: mig === "Y" ? true : mig === "N" ? false : null });
    }
  }
  assert(hRecs.some((r) => r.labour && r.migrant === null), "l1 a blank migrant for a labourer " );
  // ③ Media_Log
  const MD = [["2020-09-18", "Enping Converged Media Centre", "County", "Online", "Enping rural stations go live", "N", "county", false],
    ["2020-12-03", "Jiangmen Radio & TV", "Municipal", "TV", "Enping hot-spring town sells online", "N", "city", true],
    ["2021-04-22", "Nanfang Daily", "Provincial", "Newspaper", "Enping's e-commerce lifts poverty-relief households", "Y", "province", false],
    ["2021-07-09", "CCTV-2", "National", "TV", "Rural live-streaming in Guangdong", "Y", "national", true],
    ["2021-09-14", "Guangdong TV Pearl River", "Provincial", "TV", "Enping e-commerce demonstration county", "N", "province", true]];
  const mRows = [["Date", "Outlet", "Level", "Format", "Headline", "Poverty-relief Case?", "Link / Clip"]];
  MD.forEach((m, i) => mRows.push([enDate(m[0]), m[1], m[2], m[3], m[4], m[5], i % 2 ? "clip saved" : `https://www.enping.gov.cn/news/${4100 + i * 7}`]));
  const mRecs = MD.map((m) => ({ date: m[0], level: m[6], tv: m[7] }));
  // ④ README
  const rd = [["README"], ["Exported 15/09/2021 by the E-commerce Section, Enping Commerce Bureau (恩平市商务局电商股)."], ["Attendance: one row per check-in, exported from the training check-in mini-program. Session Date is DD/MM/YYYY."],
    ["Poverty_HH: registered poverty-relief household members (from the Rural Revitalisation Bureau). Blank Migrant Worker = not known."], ["Media_Log: press / TV coverage. Level = National / Provincial / Municipal / County."]];
  return {
    description:
      "江门恩平市商务局电商股新来的海归专员从几个系统导出、只留英文字段名的台账（四个表）：①“Attendance”是培训签到小程序导出——No.｜Full Name｜ID Number｜Mobile｜Session｜Session Date｜Check-in Time｜Poverty Household，日期是 DD/MM/YYYY 文本（有“26/03/2021”这样日大于12的，也有“01/09/2021”＝9月1日），ID 末位有小写 x；②“Poverty_HH”按户列成员，Labour Capacity 写 Able-bodied／Skilled labour（有劳动能力）、Lost labour capacity／None (student)（没有），Migrant Worker 写 Y／N，有一名劳动力空着（未知）；③“Media_Log”级别写 National／Provincial／Municipal／County，形式 TV／Newspaper／Online，日期“Sep 18, 2020”式；④“README”是导出说明，不是台账。",
    sheets: [
      { name: "Attendance", rows: aRows },
      { name: "Poverty_HH", rows: hRows },
      { name: "Media_Log", rows: mRows },
      { name: "README", rows: rd },
    ],
    expect: {
      sheets: {
        Attendance: { kind: "training", records: aRecs },
        Poverty_HH: { kind: "poorPersons", records: hRecs },
        Media_Log: { kind: "media", records: mRecs },
        README: { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 湛江市廉江市: 日期拆成“年｜月｜日”三个数字列（合并的组表头）——站点、培训（人次只分男｜女）、月报；按镇汇总（非台账）
// =====================================================================================================
function buildL2() {
  const TOWNS = ["石城镇", "新民镇", "吉水镇", "河唇镇", "石角镇", "良垌镇", "横山镇", "安铺镇"];
  const vn = nameMaker("山塘坡岭车良高石平", "背头尾仔寮垌角田", "村", []);
  // ① stations
  const st = [];
  TOWNS.forEach((t) => {
    const k = rint(3, 5);
    for (let i = 0; i < k; i++) st.push({ town: t, village: vn(), opened: randIsoBetween("2020-03-01", "2021-08-25") });
  });
  st[5].opened = "2021-08-31";
  st[11].opened = "2021-09-01";
  const W1 = 9;
  const s1 = [padRow(["廉江市村级电子商务服务站点台账"], W1), ["序号", "镇", "站点名称", "所在行政村", "负责人", "挂牌时间", null, null, "备注"],
    [null, null, null, null, null, "年", "月", "日", null]];
  const m1 = ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:H2", "I2:I3"];
  const sRecs = [];
  st.forEach((s, i) => {
    const [y, m, d] = ymd(s.opened);
    s1.push([i + 1, s.town, `${s.village.replace(/村$/, "")}电商服务站`, i % 3 === 1 ? s.village.replace(/村$/, "村委会") : s.village, personName(), y, m, d, s.opened === "2021-09-01" ? "9月补挂牌" : null]);
    sRecs.push({ village: s.village, opened: s.opened });
  });
  // ② training sessions: 人次 only as 男 | 女
  const W2 = 9;
  const s2 = [padRow(["廉江市农村电商培训情况登记（按期）"], W2), ["期次", "培训时间", null, null, "培训内容", "培训地点", "参训人次", null, "授课单位"],
    [null, "年", "月", "日", null, null, "男", "女", null]];
  const m2 = ["A1:I1", "A2:A3", "B2:D2", "E2:E3", "F2:F3", "G2:H2", "I2:I3"];
  const tRecs = [];
  let dd = "2020-07-08";
  const topics = ["电商基础", "网店运营", "廉江红橙网络营销", "直播带货", "农产品包装", "社群营销", "电商客服", "短视频制作", "跨境电商入门", "电商创业"];
  for (let i = 0; i < 10; i++) {
    const men = rint(28, 70);
    const women = rint(30, 80);
    const [y, m, d] = ymd(dd);
    s2.push([`第${i + 1}期`, y, m, d, topics[i], ["市电商公共服务中心", "安铺镇文化站", "良垌镇政府", "石角镇党群服务中心"][i % 4], men, women, i % 2 ? "廉江市商务局" : "湛江某电商学院"]);
    tRecs.push({ date: dd, personTimes: men + women });
    dd = isoAdd(dd, rint(30, 45));
  }
  s2.push([null, null, null, null, "合计", null, sum(s2.slice(3).map((r) => r[6])), sum(s2.slice(3).map((r) => r[7])), null]);
  // ③ monthly reports with 年 | 月 | 日 columns
  const W3 = 7;
  const s3 = [padRow(["廉江市向湛江市商务局报送电商进农村月报登记"], W3), ["序号", "报送时间", null, null, "报送内容", "含电商扶贫数据", "报送方式"],
    [null, "年", "月", "日", null, null, null]];
  const m3 = ["A1:G1", "A2:A3", "B2:D2", "E2:E3", "F2:F3", "G2:G3"];
  const rRecs = [];
  WINDOW.concat(["2021-09"]).forEach((mo, i) => {
    const iso = `${mo}-${String(rint(2, 8)).padStart(2, "0")}`;
    const [y, m, d] = ymd(iso);
    const pov = i % 4 === 3 ? null : i % 5 !== 1;
    s3.push([i + 1, y, m, d, `${cnMonth(isoAdd(iso, -10))}工作月报`, pov === null ? null : pov ? "是" : "否", ["粤政易", "电子邮件"][i % 2]]);
    rRecs.push({ date: iso, poverty: pov });
  });
  // ④ 按镇汇总 (a pivot, not a ledger)
  const s4 = [["镇", "站点数（个）"]];
  TOWNS.forEach((t) => s4.push([t, st.filter((s) => s.town === t).length]));
  s4.push(["总计", st.length]);
  [s1, s2, s3].forEach((sh, k) => assert(sh.every((r) => r.length === [W1, W2, W3][k]), "l2 width " + k));
  return {
    description:
      "湛江廉江市商务局电商股的台账（四个表），所有日期都拆成“年｜月｜日”三个数字列，上面合并一个组表头（挂牌时间／培训时间／报送时间），表头两行：①《站点台账》一站一行，所在行政村有的写“××村委会”，一站2021年8月31日挂牌、一站2021年9月1日补挂牌；②《培训登记》按期一行，参训人次只分“男｜女”两列、没有小计列（每期人次是两者之和），最后有合计行；③《月报登记》2020年9月到2021年9月每月一次，月报内容写的是上个月，“含电商扶贫数据”有空着的（未知）；④《按镇汇总》是站点数的透视汇总，不是台账。",
    sheets: [
      { name: "站点台账", rows: s1, merges: m1 },
      { name: "培训登记", rows: s2, merges: m2 },
      { name: "月报登记", rows: s3, merges: m3 },
      { name: "按镇汇总", rows: s4 },
    ],
    expect: {
      sheets: {
        站点台账: { kind: "stations", records: sRecs },
        培训登记: { kind: "training", records: tRecs },
        月报登记: { kind: "reports", records: rRecs },
        按镇汇总: { kind: null },
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
write("counties", "b246-c1-taishan.json", c1);
write("facts", "b246-f1-yangxi.json", f1);
write("facts", "b246-f2-lianzhou.json", f2);
write("facts", "b246-f3-nanao.json", f3);
write("ledgers", "b246-l1-enping.json", l1);
write("ledgers", "b246-l2-lianjiang.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
