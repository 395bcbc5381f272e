// Batch 250 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b248.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (250250), no clock. Run: node test/corpus/counties/_make/gen-b250.js
// Theme: cross tables — training and station counts by town (rows) × month (columns) with 合计 rows / columns, and a facts
// sheet written as a 问答 (FAQ) (c1, f1, f2, l1).
//
// c1 佛冈县 (清远): facts are a 迎检问答 (FAQ) with question and answer on alternating rows (Q-number merged over both, 问/答 in
//    column B, text merged C:F, section title rows), numbers and judged points inside the answer sentences, a 常务副县长 leads.
//    《培训分镇按月》 is a unit × month cross table, two-row header (each month “场次｜人次”), the 合计 column group on the LEFT
//    (includes 2021年9月), 合计 row followed by a “其中：贫困户专场” subset row; a station summary by town × month (counts) beside
//    the station list. Edges: person-times ≤ cut-off exactly 3,312 = 1% of 331,200; 56/80 villages exactly 70% (the 56th
//    opened 2021-08-31); 45/90 poor persons exactly 50%; centre opened 2021-02-28 (exactly six months); exactly 20 firms
//    (one entered 08-31) of exactly 3 types; rural retail growth exactly 30%; spending exactly 70% (one payment 08-31).
// f1 罗定市 (云浮): a 12345 hotline knowledge-base export (知识编号｜分类｜标准问题｜相似问法｜答案｜状态｜更新时间); facts live in
//    answer sentences; superseded entries are marked “停用（已由DS-001替代）” and carry old figures.
// f2 连平县 (河源): 《分镇统计》 two cross tables, each with its 合计 row directly under the header (top, not bottom): towns ×
//    basic data, and units × months of training person-times with the 合计 column on the left; month headers “10月”.
// f3 惠来县 (揭阳): the official indicator table with self-points as stars (★ earned, ☆ not, one point each), sub-item stars in
//    the 完成情况 text, numbers on “数据：” lines.
// l1 翁源县 (韶关): training person-times by unit (two rows each: 普及 / 精准) × month (“21年3月”), 合计 row and column; station
//    progress by town × month with the village names in the cells (“、”-separated), 合计 “N个”; a 填表说明 sheet.
// l2 潮阳区 (汕头): poor-labour list with grouped tick columns (劳动能力 有｜无, 务工状态 外出务工｜在家), village 小计 rows, blank =
//    unknown; the park as a Gantt “在园月历” (入 / ● / 退 per month); a 填表说明 sheet.
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
let seed = 250250;
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
    assert(/^b250-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b250-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b250-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
function blankMerged(c) {
  // as Excel keeps it: only the top-left cell of a merged range carries a value
  for (const sh of c.sheets) {
    for (const m of sh.merges || []) {
      const mm = /^([A-Z]{1,3})([1-9]\d*):([A-Z]{1,3})([1-9]\d*)$/.exec(m);
      if (!mm) continue;
      const c0 = colIndex(mm[1]) - 1, r0 = Number(mm[2]) - 1, c1 = colIndex(mm[3]) - 1, r1 = Number(mm[4]) - 1;
      for (let r = r0; r <= r1; r++) for (let k = c0; k <= c1; k++) {
        if (r === r0 && k === c0) continue;
        if (sh.rows[r] && k < sh.rows[r].length) sh.rows[r][k] = null;
      }
    }
  }
}
function write(folder, file, c) {
  blankMerged(c);
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
// c1 — 清远市佛冈县: 事实页是《迎检问答（FAQ）》问答交替行；培训是单位×月份（场次｜人次）交叉表，合计列在左、合计行下有“其中”行
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REG = "441821";
  const TOWNS = ["石角镇", "汤塘镇", "龙山镇", "迳头镇", "水头镇", "高岗镇"];
  const NV = { 石角镇: 18, 汤塘镇: 15, 龙山镇: 14, 迳头镇: 12, 水头镇: 12, 高岗镇: 9 };
  const COMM = { 石角镇: ["城东社区", "城西社区", "城南社区", "振兴社区"], 汤塘镇: ["汤塘社区"], 龙山镇: ["龙山社区"] };
  const vn = villageNamer("黄石大新上下田龙竹洞民联安和高岭水观", "坑塘田围岗湖坪埔岭洞寮墩背江");
  const avoid = new Set(["龙山村", "汤塘村", "城东村", "城西村", "城南村", "振兴村"]);
  const vil = [];
  for (const t of TOWNS) {
    for (const c of COMM[t] || []) vil.push({ town: t, name: c, admin: false });
    for (let i = 0; i < NV[t]; i++) vil.push({ town: t, name: vn(avoid), admin: true, poor: false });
  }
  const adminV = vil.filter((v) => v.admin);
  const comms = vil.filter((v) => !v.admin);
  assert(adminV.length === 80 && comms.length === 6, "c1 villages");
  noStemClash(adminV.map((v) => v.name), comms.map((v) => v.name), "c1");
  const poorList = shuffle(adminV.filter((v) => v.town !== "石角镇")).slice(0, 10);
  for (const v of poorList) v.poor = true;

  // ---------------- 村居名单（快递列全部到村）
  const vRows = [padRow(["佛冈县村（居）委会名单"], 6), ["序号", "镇", "村（居）委会", "类型", "省定贫困村", "快递进村"]];
  const vM = ["A1:F1"];
  let vno = 0;
  for (const t of TOWNS) {
    const r0 = vRows.length + 1;
    for (const v of vil.filter((x) => x.town === t)) {
      vno++;
      vRows.push([vno, t, v.admin ? (vno % 6 === 1 ? v.name.replace(/村$/, "村委会") : v.name) : v.name + "居委会", v.admin ? "行政村" : "社区", v.admin ? (v.poor ? "是" : "否") : null, vno % 2 ? "√" : "✓"]);
    }
    mergeCol(vM, "B", r0, vRows.length);
  }

  // ---------------- 站点：56/80 = 70%（第56个2021-08-31挂牌），贫困村9/10（第10个2021-09-01才挂牌）
  const nonPoor = shuffle(adminV.filter((v) => !v.poor));
  const st = [];
  poorList.slice(0, 9).forEach((v) => st.push({ v, opened: randIsoBetween("2019-11-01", "2021-07-31") }));
  nonPoor.slice(0, 46).forEach((v) => st.push({ v, opened: randIsoBetween("2019-11-01", "2021-08-25") }));
  st.push({ v: nonPoor[46], opened: "2021-08-31" });
  st.push({ v: poorList[9], opened: "2021-09-01" });
  st.push({ v: nonPoor[3], opened: "2021-05-20", second: true });
  st.push({ v: comms[0], opened: "2020-07-09", comm: true });
  st.push({ v: nonPoor[47], opened: "2021-09-14" });
  st.sort((a, b) => cmp(a.opened, b.opened));
  const covered = new Set(st.filter((s) => !s.comm && s.opened <= CUT).map((s) => s.v.name));
  const poorCov = poorList.filter((v) => covered.has(v.name)).length;
  assert(covered.size === 56 && covered.size * 100 === 70 * 80 && poorCov === 9, "c1 coverage");
  const sRows = [padRow(["佛冈县村级电子商务服务站点清单"], 7), padRow(["填报单位：佛冈县商务局　　　截至2021年9月15日"], 7), ["序号", "站点名称", "镇", "所在村", "负责人", "联系电话", "挂牌日期"]];
  st.forEach((s, i) => {
    const stem = s.v.name.replace(/村$|社区$/, "");
    const op = s.opened === "2021-08-31" ? "2021年8月31日" : s.opened === "2021-09-01" ? "2021.9.1" : dateCell(s.opened, i);
    sRows.push([i + 1, s.comm ? `${stem}社区电商服务点` : `${stem}村电商服务站${s.second ? "（二号站）" : ""}`, s.v.town, s.v.name, personName(), mask(phone()), op]);
  });
  // 站点建设分镇按月统计（汇总表，不是清单）
  const SM = ["2020年8月及以前"].concat(monthsBetween("2020-09", "2021-09").map(cnMonth));
  const sKey = (iso) => (iso < "2020-09-01" ? 0 : 1 + monthsBetween("2020-09", "2021-09").indexOf(iso.slice(0, 7)));
  const scRows = [padRow(["佛冈县村级电商服务站点建设进度统计表（分镇按月，单位：个）"], SM.length + 2), ["镇"].concat(SM, ["合计"])];
  const colTot = SM.map(() => 0);
  for (const t of TOWNS) {
    const cells = SM.map(() => 0);
    for (const s of st.filter((x) => x.v.town === t)) cells[sKey(s.opened)]++;
    cells.forEach((c, i) => (colTot[i] += c));
    scRows.push([t].concat(cells.map((c) => c || null), [sum(cells)]));
  }
  scRows.push(["合计"].concat(colTot, [sum(colTot)]));
  scRows.push(padRow(["注：含社区电商服务点1个、同村第二个站点1个；2021年9月挂牌2个。站点明细见《站点清单》。"], SM.length + 2));
  assert(sum(colTot) === st.length, "c1 station summary");

  // ---------------- 贫困人口 100 人：无劳动能力6人、外出务工4人 → 符合条件90人
  const persons = [];
  for (let i = 0; i < 100; i++) {
    persons.push({ id: makeId(REG, birthBetween(1962, 2001), rnd() < 0.5, i % 11 === 3 ? true : undefined), name: personName(), village: poorList[i % 10],
      labour: i >= 6, migrant: i >= 6 && i < 10 });
  }
  const eligible = persons.filter((p) => p.labour && !p.migrant);
  assert(eligible.length === 90, "c1 eligible");
  const pRows = [padRow(["佛冈县建档立卡贫困人口名单（电商培训摸底）"], 7), ["序号", "姓名", "身份证号码", "所在村", "劳动能力", "是否外出务工", "备注"]];
  shuffle(persons).forEach((p, i) => pRows.push([i + 1, p.name, p.id, p.village.name, p.labour ? "有" : "无", p.migrant ? "是" : "否", null]));

  // ---------------- 贫困户专场签到：45/90 = 50%
  const EL = shuffle(eligible);
  const trained = EL.slice(0, 45);
  const sessions = [{ date: "2020-11-19", people: [] }, { date: "2021-04-22", people: [] }, { date: "2021-07-15", people: [] }];
  trained.forEach((p, i) => sessions[i % 3].people.push(p));
  sessions[1].people.push(trained[0], trained[3], trained[6]);
  sessions[2].people.push(trained[1], trained[4], trained[9], trained[12], trained[0]);
  sessions[0].people.push(persons.find((p) => p.migrant));
  sessions[1].people.push(persons.find((p) => !p.labour));
  const tRows = [padRow(["佛冈县脱贫户电商专场培训签到表（汇总）"], 6), ["序号", "培训日期", "姓名", "身份证号码", "村", "签名"]];
  const tRecs = [];
  let tn = 0;
  sessions.forEach((s, si) => shuffle(s.people).forEach((p) => {
    tn++;
    tRows.push([tn, [D(s.date), "2021.4.22", "2021年7月15日"][si], p.name, p.id, p.village.name, "已签"]);
    tRecs.push({ date: s.date, personTimes: 1, id: p.id });
  }));
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedIds = new Set(tRecs.filter((r) => r.date <= CUT && eligIds.has(r.id)).map((r) => r.id));
  assert(trainedIds.size === 45 && trainedIds.size * 100 === 50 * 90, "c1 poor 50%");
  const perSession = sessions.map((s) => s.people.length);

  // ---------------- 培训交叉表：单位×月份，每月“场次｜人次”两列；合计列组在单位名之后；合计行下有“其中：贫困户专场”
  const POP = 331200;
  const PT = 3312;
  assert(PT * 100 === POP, "c1 exactly 1%");
  const MONTHS = monthsBetween("2020-07", "2021-09");
  const units = ["县电商公共服务中心"].concat(TOWNS);
  const grid = units.map(() => MONTHS.map(() => null));
  units.forEach((u, ui) => {
    const k = ui === 0 ? 9 : rint(3, 5);
    const ms = shuffle(MONTHS.map((_, i) => i).filter((i) => MONTHS[i] !== "2021-09")).slice(0, k);
    for (const m of ms) { const n = ui === 0 ? rint(1, 2) : 1; grid[ui][m] = { n, p: ui === 0 ? rint(60, 130) * n : rint(25, 60) }; }
  });
  // 贫困户专场由县中心承办，计在县中心行
  const pm = sessions.map((s) => MONTHS.indexOf(s.date.slice(0, 7)));
  pm.forEach((m, i) => {
    const c = grid[0][m];
    grid[0][m] = c ? { n: c.n + 1, p: c.p + perSession[i] } : { n: 1, p: perSession[i] };
  });
  // 2021年9月（截止日后）
  grid[0][MONTHS.indexOf("2021-09")] = { n: 1, p: 96 };
  grid[2][MONTHS.indexOf("2021-09")] = { n: 1, p: 44 };
  const inWin = (m) => MONTHS[m] <= "2021-08";
  let cur = sum(grid.flatMap((row) => row.map((c, m) => (c && inWin(m) ? c.p : 0))));
  let diff = PT - cur;
  // adjust the centre's non-poor months
  const adjM = grid[0].map((c, m) => (c && inWin(m) && !pm.includes(m) ? m : -1)).filter((m) => m >= 0);
  const share = Math.trunc(diff / adjM.length);
  for (const m of adjM) grid[0][m].p += share;
  grid[0][adjM[0]].p += diff - share * adjM.length;
  for (const m of adjM) assert(grid[0][m].p > 30 && grid[0][m].p < 700, "c1 adj " + grid[0][m].p);
  cur = sum(grid.flatMap((row) => row.map((c, m) => (c && inWin(m) ? c.p : 0))));
  assert(cur === PT, "c1 PT");
  const NC = 1 + 2 + MONTHS.length * 2;
  const gRows = [padRow(["佛冈县农村电商培训开展情况统计表（分镇、按月）"], NC)];
  const gM = [`A1:${colName(NC - 1)}1`];
  const h1 = ["单位", "合计", null];
  const h2 = [null, "场次", "人次"];
  MONTHS.forEach((m) => { h1.push(cnMonth(m), null); h2.push("场次", "人次"); });
  gRows.push(h1, h2);
  gM.push("A2:A3", "B2:C2");
  MONTHS.forEach((_, i) => gM.push(`${colName(3 + 2 * i)}2:${colName(4 + 2 * i)}2`));
  const tot = MONTHS.map(() => ({ n: 0, p: 0 }));
  units.forEach((u, ui) => {
    const row = [u, sum(grid[ui].map((c) => (c ? c.n : 0))), sum(grid[ui].map((c) => (c ? c.p : 0)))];
    grid[ui].forEach((c, m) => { row.push(c ? c.n : null, c ? c.p : null); if (c) { tot[m].n += c.n; tot[m].p += c.p; } });
    gRows.push(row);
  });
  const totRow = ["合计", sum(tot.map((t) => t.n)), sum(tot.map((t) => t.p))];
  tot.forEach((t) => totRow.push(t.n || null, t.p || null));
  gRows.push(totRow);
  const subRow = ["其中：贫困户专场", 3, sum(perSession)];
  MONTHS.forEach((_, m) => { const i = pm.indexOf(m); subRow.push(i >= 0 ? 1 : null, i >= 0 ? perSession[i] : null); });
  gRows.push(subRow);
  gRows.push(padRow(["注：1．“合计”列为2020年7月至2021年9月全部培训（含9月两场）。2．“其中：贫困户专场”已包含在县电商公共服务中心和合计行内，签到明细见《脱贫户专场签到》。"], NC));
  gM.push(`A${gRows.length}:${colName(NC - 1)}${gRows.length}`);
  for (const r of gRows) assert(r.length === NC, "c1 grid width");
  const grand = totRow[2];
  assert(grand === PT + 140, "c1 grand");

  // ---------------- 入驻企业：在园20家（2021-08-31入驻的算；6月退出、9月入驻的不算），类型3种
  const fnm = nameMaker("佛冈汤龙石观", "源丰达盛和兴鑫泰", "", []);
  const TY = ["电商平台", "网络销售", "网店", "网络销售", "快递物流", "网店", "网络销售", "电商平台", "网络销售", "网店", "快递物流",
    "网络销售", "网络销售", "网店", "网络销售", "网络销售", "快递物流", "网店", "网络销售", "网络销售", "网络销售", "网店"];
  const firms = TY.map((t) => ({ name: `佛冈县${fnm()}${/物流/.test(t) ? "物流" : "电子商务"}有限公司`, type: t, code: creditCode(REG), entered: randIsoBetween("2020-04-01", "2021-07-31"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[4].left = "2021-06-15";
  firms[20].entered = "2021-08-31";
  firms[21].entered = "2021-09-06";
  const inPark = firms.filter((f) => f.entered <= CUT && !(f.left && f.left < CUT));
  const norm = (t) => (/平台/.test(t) ? "平台" : /销售|网店/.test(t) ? "销售" : /物流/.test(t) ? "物流" : t);
  const types = new Set(inPark.map((f) => norm(f.type)));
  assert(inPark.length === 20 && types.size === 3, "c1 park");
  const eRows = [padRow(["佛冈县电子商务产业园入驻企业台账"], 6), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退出日期"]];
  firms.forEach((f, i) => eRows.push([i + 1, f.name, f.code, f.type, f.entered === "2021-08-31" ? "2021.8.31" : [D(f.entered), cnDate(f.entered)][i % 2], f.left ? dotDate(f.left) : null]));

  // ---------------- 资金（万元）：截止日前 350.00 万 / 500 万 = 70%
  const pays = [["2020-06-12", 1128000, "县级公共服务中心建设"], ["2020-10-28", 436500, "村级站点建设补助（第一批）"], ["2021-01-22", 512300, "县乡村物流配送体系"],
    ["2021-04-09", 0, "电商培训服务费"], ["2021-06-30", 395600, "村级站点建设补助（第二批）"], ["2021-08-31", 268000, "品牌培育及营销推广"], ["2021-09-01", 215000, "物流车辆购置尾款"]];
  pays[3][1] = 3500000 - sum(pays.filter((p) => p[0] <= CUT).map((p) => p[1]));
  assert(pays[3][1] > 100000 && pays[3][1] % 100 === 0, "c1 pay adj");
  const spent = sum(pays.filter((p) => p[0] <= CUT).map((p) => p[1]));
  assert(spent * 100 === 70 * 5000000, "c1 70%");
  const fRows = [padRow(["佛冈县电子商务进农村综合示范专项资金使用台账"], 5), padRow(["单位：万元"], 5), ["序号", "拨付日期", "用途", "拨付金额", "凭证号"]];
  pays.forEach((p, i) => fRows.push([i + 1, p[0] === "2021-08-31" ? D(p[0]) : [slashDate(p[0]), dotDate(p[0])][i % 2], p[2], wan(p[1]), `记-${pad3(40 + i * 7)}`]));
  fRows.push(["合计", null, null, wan(sum(pays.map((p) => p[1]))), null]);

  // ---------------- 报送（月份为列，一行）
  const rRows = [padRow(["佛冈县电子商务进农村工作月报报送情况（报清远市商务局）"], 13), ["项目"].concat(WINDOW.map(cnMonth)),
    ["月报报送"].concat(WINDOW.map(() => "√")), ["含电商扶贫统计"].concat(WINDOW.map((m, i) => (i % 3 === 0 ? "√" : null)))];
  // ---------------- 专栏更新：2021年8月没有（8月那条在9月1日发）
  const ups = ["2020-08-31"].concat(WINDOW.filter((m) => m !== "2021-08").map((m) => `${m}-${String(rint(8, 26)).padStart(2, "0")}`), ["2021-09-01"]);
  assert(inWindowMonths(ups) === 11, "c1 ups");
  const uRows = [padRow(["县政府网“电子商务进农村”专栏更新记录"], 3), ["发布日期", "标题", "栏目"]];
  ups.forEach((u, i) => uRows.push([D(u), `佛冈县电子商务进农村综合示范项目进展（${i + 1}）`, "建设进度"]));
  // ---------------- 宣传
  const mRows = [padRow(["佛冈县电商进农村宣传报道登记"], 6), ["日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"],
    [D("2020-12-04"), "南方日报", "省级", "报纸", "佛冈：电商服务站开进山村", "否"],
    [D("2021-03-17"), "佛冈县融媒体中心", "县级", "网络", "汤塘镇脱贫户网上卖砂糖橘", "否"],
    [D("2021-06-18"), "广东广播电视台", "省级", "电视", "佛冈脱贫户直播带货走出致富路", "是"],
    [D("2021-09-02"), "清远日报", "市级", "报纸", "佛冈电商进农村示范创建见成效", "否"]];
  const matRows = [["序号", "报送日期", "材料名称", "报送对象"], [1, D("2021-08-31"), "佛冈县“中心＋站点＋脱贫户”电商帮扶经验材料", "清远市商务局"]];

  // ---------------- FAQ（问答交替行）
  const W = 6;
  const QA = [
    ["一、组织领导"],
    ["我县示范创建由谁牵头？有哪些成员单位？", "县政府成立创建工作领导小组，由县委常委、常务副县长任组长，成员单位包括县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县邮政分公司。"],
    ["示范县工作方案是否正式印发？自评几分？", "已正式印发（佛府办〔2019〕52号），方案制定自评2分。"],
    ["是否出台支持农村电商发展的政策？", "已出台《佛冈县加快农村电子商务发展扶持办法》，政策支持自评2分。"],
    ["项目管理方面怎么自评？", "项目管理制度自评2分；工作台账自评1分（部分台账补录）。"],
    ["二、服务体系"],
    ["县级电子商务公共服务中心什么时候投入运营？", "2021年2月28日正式投入运营。"],
    ["中心提供哪些免费服务？", "有免费培训场所和培训设备，能组织电商基础培训；为特色农产品提供免费展示、销售服务；为电商主体提供免费摄影、美工服务；组织农产品统一推广，指导“佛冈砂糖橘”等品牌建设。其他衍生增值服务暂未开展。"],
    ["有没有电商产业园？", "有。整合原石角镇物流园建成县电商产业园，入驻企业名单见《入驻企业》。"],
    ["有没有专业的第三方电商运营服务商？", "有，由中标的运营服务商负责中心日常运营。"],
    ["行政村快递物流覆盖情况如何？", "全县80个行政村快递物流覆盖率100%，名单见《村居名单》。"],
    ["三、农村产品上行"],
    ["2019、2020年全县农村网络零售额是多少？", "2019年5.2亿元，2020年6.76亿元。"],
    ["网销调研、促销活动、交易标准和冷链溯源怎么自评？", "网销调研自评1分；网络促销活动自评2分；交易标准与冷链溯源自评1分。"],
    ["四、人才培训"],
    ["全县常住人口按多少算？", "按第七次全国人口普查，常住人口33.12万人。"],
    ["培训人次、贫困户培训情况去哪里看？", "见《培训分镇按月》《脱贫户专场签到》和《贫困人口》三个表。"],
    ["五、信息公开与报送"],
    ["县政府网站专栏公示了哪些内容？", "公示了创建方案、项目基本信息、项目建设进度，并设置了监督举报窗口（电话及邮箱）。"],
    ["能否统计电商扶贫情况？", "能，月报中按季度附电商扶贫统计。"],
    ["六、资金管理"],
    ["省级下达专项资金多少？", "500万元。"],
    ["资金管理制度、资金台账怎么自评？", "已制定《专项资金管理办法》，制度建立自评4分；已建立专用台账，资金台账自评5分；资金及时拨付自评4分。"],
    ["七、否决事项"],
    ["项目总体进度多少？", "88%。"],
    ["有没有发生安全生产、质量事故或重大损失？有没有弄虚作假？", "均没有。"],
  ];
  const qRows = [padRow(["佛冈县电子商务进农村综合示范考评迎检问答（FAQ）"], W), padRow(["佛冈县商务局编　2021年9月　（截至2021年8月31日）"], W), ["编号", "问／答", "内容", null, null, null]];
  const qM = ["A1:F1", "A2:F2", "C3:F3"];
  let qn = 0;
  for (const x of QA) {
    if (x.length === 1) { qRows.push(padRow([x[0]], W)); qM.push(`A${qRows.length}:F${qRows.length}`); continue; }
    qn++;
    qRows.push([`Q${qn}`, "问", x[0], null, null, null]);
    qM.push(`C${qRows.length}:F${qRows.length}`);
    qRows.push([null, "答", x[1], null, null, null]);
    qM.push(`C${qRows.length}:F${qRows.length}`, `A${qRows.length - 1}:A${qRows.length}`);
  }

  // ---------------- points
  const R19 = 520000000, R20 = 676000000;
  assert((R20 - R19) * 100 === 30 * R19, "c1 growth 30%");
  const centerPts = 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 2 + 1;
  const covPts = 5 + 3;
  const upPts = 1 + 2 + 1 + 1 + 1 + 2;
  const pts = {
    "org.leadership": 1, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": centerPts, "work.coverage": covPts, "work.upward": upPts,
    "work.training": 20, "info.disclosure": 3, "info.reporting": 6, "promo.cases": 2, "promo.media": 5, "fund.system": 4, "fund.ledger": 5,
    "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map(([id]) => pts[id]));
  assert(scored === 87 && centerPts === 14 && upPts === 8, "c1 scored " + scored);
  const derivation = [
    "org.leadership: 组长“县委常委、常务副县长”是副县长（分管领导） → 1",
    "org.plan: 已正式印发；自评2 → 2",
    "org.policy: 已出台；自评2 → 2",
    "org.management: 制度2＋台账1 → 3",
    "work.center: 中心2021年2月28日投入运营 → 建成2；正好是截止日前6个月（2021-02-28）→ 满6个月2；免费培训2、展示销售1、摄影美工1、品牌推广1；其他衍生增值服务“暂未开展”→0；产业园2；《入驻企业》22行中2021.6.15退出的、2021-09-06入驻的不算，2021.8.31入驻的算 → 在园20家 ≥ 20 → 2；类型 平台／销售（网络销售、网店）／物流 = 3种 → 1；合计14",
    `work.coverage: 《村居名单》行政村80个（社区6个不算）；《站点清单》截止日前有站的行政村${covered.size}个（同村二号站算一次，城东社区服务点不算，2021年8月31日挂牌的算，2021.9.1和2021-09-14的不算）→ 56/80 = 70.0% → 5；省定贫困村10个中9个有站（第10个2021.9.1才挂牌）→ 90% → 3；合计8`,
    "work.upward: 网销调研1、促销2、第三方运营商1、《村居名单》快递进村全部√/✓ → 1、标准溯源1；农村网络零售额5.2亿→6.76亿元，增长正好30.0% → 2；合计8",
    `work.training: 常住人口33.12万=331,200 → 1% = 3,312人次；《培训分镇按月》各单位行每月“人次”列（不取场次列，不加“合计”行和“其中：贫困户专场”行，不取含9月的“合计”列）2020年7月—2021年8月合计${fmtInt(PT)}人次（2021年9月两场140人次不算；专场签到${tRecs.length}人次已含在县中心行内，不再另加）→ 正好1.00% → 10；《贫困人口》100人中有劳动能力且未外出90人，截止日前在专场签到中出现的${trainedIds.size}人（重复参训算一人，外出务工1人、无劳动能力1人不算）→ 45/90 = 50.0% → 10；合计20`,
    "info.disclosure: 方案、项目信息、进度、监督举报窗口齐全 → 2；《专栏更新》窗口内2020年9月—2021年7月每月有，8月没有（2021-09-01那条在截止日后，2020-08-31那条在窗口前）→ 11个月，不定时 → 1；合计3",
    "info.reporting: 《月报报送》2020年9月—2021年8月12个月全√ → 3；能统计电商扶贫（问答“能”，且表中有含扶贫统计的月份）→ 3；合计6",
    "promo.cases: 经验材料2021-08-31报送 → 2",
    "promo.media: 截止日前省级（南方日报、广东广播电视台）→ 4，县级（佛冈县融媒体中心）→ 1；清远日报2021-09-02在截止日后，市级不算 → 5",
    "fund.system: 自评4 → 4",
    "fund.ledger: 自评5 → 5",
    `fund.spending: 《资金台账》（万元）截止日前${fmtMoney(spent)}元（2021-08-31那笔算，2021.9.1的21.5万不算，合计行不算）/ 500万 = 70.0% ≥ 70% → 及时拨付自评4 → 4`,
    "bonus.poorTraining: 50.0% < 70% → 0",
    "bonus.tvCase: 广东广播电视台（省级电视）2021-06-18播出电商扶贫典型案例，无国家级电视 → 1",
    "veto.incident: 没有 → 不否决",
    "veto.progress: 总体进度88% ≥ 40% → 不否决",
    "veto.fraud: 没有 → 不否决",
  ];
  return {
    description:
      "清远佛冈县商务局的整本考评工作簿（13个表），87＋加分1＝88分、未否决。事实页是局里编的《迎检问答（FAQ）》：不是“问题｜回答”两列，而是问、答交替成行——A列编号“Q1”纵向合并两行，B列“问”“答”，C:F合并写内容，中间夹“一、组织领导”等分节标题行；数字和自评分都在答句里（“常住人口33.12万人”“2021年2月28日正式投入运营”“方案制定自评2分”，组长是“县委常委、常务副县长”），没有自评得分表。《培训分镇按月》是单位×月份交叉表：两行表头，每个月份合并两格、下分“场次｜人次”，“合计”列组紧跟单位名在左边且含2021年9月，月份从2020年7月到2021年9月；“合计”行下面还有一行“其中：贫困户专场”（是合计的一部分，明细在《脱贫户专场签到》）。另有《站点分镇按月》是按镇按月的站点个数汇总（明细在《站点清单》），报送记录月份为列一行√。边界：截止日前人次正好3,312＝33.12万的1%；行政村56/80正好70%（第56个站2021年8月31日挂牌）；贫困人口培训45/90正好50%；中心2021年2月28日运营正好满6个月；在园企业正好20家（含8月31日入驻的）、类型正好3种；农村网零增长正好30%；资金支出正好70%（含8月31日一笔）。",
    sheets: [
      { name: "迎检问答", rows: qRows, merges: qM },
      { name: "村居名单", rows: vRows, merges: vM },
      { name: "站点清单", rows: sRows, merges: ["A1:G1", "A2:G2"] },
      { name: "站点分镇按月", rows: scRows, merges: [`A1:${colName(SM.length + 1)}1`, `A${scRows.length}:${colName(SM.length + 1)}${scRows.length}`] },
      { name: "培训分镇按月", rows: gRows, merges: gM },
      { name: "脱贫户专场签到", rows: tRows, merges: ["A1:F1"] },
      { name: "贫困人口", rows: pRows, merges: ["A1:G1"] },
      { name: "入驻企业", rows: eRows, merges: ["A1:F1"] },
      { name: "资金台账", rows: fRows, merges: ["A1:E1", "A2:E2"] },
      { name: "月报报送", rows: rRows, merges: ["A1:M1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:C1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:F1"] },
      { name: "经验材料", rows: matRows },
    ],
    expect: { asOf: CUT, total: scored + 1, bonus: 1, vetoed: false, points: pts },
    derivation,
  };
}

// =====================================================================================================
// f1 — 云浮市罗定市: 12345热线知识库导出（电商进农村专题）：知识编号｜分类｜标准问题｜相似问法｜答案｜状态｜更新时间，停用条目是旧口径
// =====================================================================================================
function buildF1() {
  const K = [
    ["DS-001", "基本情况", "罗定市常住人口是多少？", "罗定有多少人||罗定人口", "根据第七次全国人口普查，罗定市常住人口93.56万人。", "启用", "2021-06-02"],
    ["DS-002", "基本情况", "罗定市常住人口是多少？", "罗定有多少人", "截至2019年末，罗定市户籍人口127.3万人，常住人口97.2万人。", "停用（已由DS-001替代）", "2020-03-11"],
    ["DS-003", "组织领导", "电商进农村示范创建由谁负责？", "哪个部门管电商进农村||电商示范县牵头单位", "市政府成立创建工作领导小组，由市长任组长，市商务局、市财政局、市农业农村局、市乡村振兴局、市邮政管理局等为成员单位，办公室设在市商务局。", "启用", "2021-05-18"],
    ["DS-004", "组织领导", "罗定市有没有电商进农村的工作方案和扶持政策？", "电商扶持政策||示范县实施方案", "《罗定市电子商务进农村综合示范工作实施方案》已于2019年12月正式印发；市政府出台了《罗定市促进农村电子商务发展扶持办法》。", "启用", "2021-05-18"],
    ["DS-005", "公共服务中心", "罗定市电子商务公共服务中心在哪里？什么时候开始服务？", "电商中心地址||电商中心开放时间", "中心位于罗城街道，2020年6月18日投入运营，工作日9:00—17:30开放。", "启用", "2021-04-07"],
    ["DS-006", "公共服务中心", "电商中心提供哪些免费服务？", "电商中心收费吗||电商中心能做什么", "中心设有免费培训室和培训设备，常年组织电商基础培训；为罗定稻米、肉桂等特色农产品提供免费展示和销售对接；为网店、合作社提供免费产品拍摄和美工设计；组织农产品统一推广，指导“罗定稻米”区域公用品牌建设。", "启用", "2021-04-07"],
    ["DS-007", "公共服务中心", "罗定有电商产业园吗？", "电商园区||怎么入驻电商园", "有。市电子商务产业园已建成，入驻咨询请致电市商务局电商股。", "启用", "2021-03-22"],
    ["DS-008", "物流", "农村能不能寄快递？", "村里收快递||快递进村", "全市行政村快递服务覆盖率已达100%，村级站点可代收代寄。", "启用", "2021-07-12"],
    ["DS-009", "培训", "怎样报名参加电商培训？", "电商培训报名||免费电商培训", "关注“罗定电商”公众号报名，培训免费。截至2021年8月31日，全市累计开展电商培训10,236人次。", "启用", "2021-09-03"],
    ["DS-010", "培训", "怎样报名参加电商培训？", "电商培训报名", "拨打中心电话报名。截至2020年12月底累计培训6,120人次。", "停用（已由DS-009替代）", "2021-01-05"],
    ["DS-011", "资金", "电商进农村项目有多少资金？用了多少？", "示范县资金||专项资金使用情况", "省级财政下达专项资金500万元，截至2021年8月底已拨付412.6万元，使用情况在市政府网站专栏公开。", "启用", "2021-09-03"],
    ["DS-012", "资金", "电商进农村项目有多少资金？用了多少？", "示范县资金", "省级财政下达专项资金500万元，已拨付265万元。", "停用（已由DS-011替代）", "2021-02-26"],
    ["DS-013", "信息公开", "在哪里能看到示范创建的信息？", "示范创建公示||项目进度在哪查", "罗定市人民政府网站“电子商务进农村综合示范”专栏公示创建方案、项目基本信息和建设进度，并开设监督举报窗口（电话0766-38×××××、邮箱）。", "启用", "2021-06-15"],
    ["DS-014", "农产品上行", "罗定农产品网上卖得怎么样？", "网上卖货情况", "2020年全市农产品网络零售额3.85亿元，同比增长31.2%。", "启用", "2021-03-30"],
    ["DS-015", "其他", "网店被骗了怎么办？", "网购纠纷", "请向市市场监督管理局投诉或拨打12315。", "启用", "2020-11-20"],
  ];
  const rows = [["罗定市12345政务服务便民热线知识库导出（专题：电子商务进农村）", null, null, null, null, null, null],
    ["导出时间：2021-09-06 10:42:17　导出人：商务局电商股（知识维护员）　共15条", null, null, null, null, null, null],
    ["知识编号", "分类", "标准问题", "相似问法（||分隔）", "答案", "状态", "更新时间"]];
  for (const k of K) rows.push([k[0], k[1], k[2], k[3], k[4], k[5], `${k[6]} ${hms()}`]);
  return {
    description:
      "云浮罗定市商务局交来当事实表的，是市12345政务服务便民热线知识库里“电子商务进农村”专题的导出：第1行标题、第2行导出信息，表头“知识编号｜分类｜标准问题｜相似问法（||分隔）｜答案｜状态｜更新时间”，一条知识一行，事实都写在答案句子里（“常住人口93.56万人”“2020年6月18日投入运营”“累计开展电商培训10,236人次”“已拨付412.6万元”“同比增长31.2%”），更新时间带时分秒。同一个标准问题有新旧两条：旧的状态写“停用（已由DS-001替代）”，答案是旧口径（常住人口97.2万、培训6,120人次、拨付265万元），读的是启用的那条。没有自评分；市长任组长，商务、财政、农业农村、乡村振兴都是成员单位；其他衍生服务、第三方运营商没有提。",
    sheets: [{ name: "知识库导出", rows, merges: ["A1:G1", "A2:G2"] }],
    expect: {
      facts: {
        county: "罗定市", residentPopulation: 935600, planIssued: true, policyIssued: true, centerOpened: "2020-06-18",
        centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, parkBuilt: true, expressCoverage: true,
        trainingPersonTimesStated: 10236, fundAllocated: 5000000, fundSpentStated: 4126000,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        agriRetail2020: 385000000, agriRetailGrowthStated: 0.312,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 河源市连平县: 分镇统计表两块：镇×基础数据、单位×月份培训人次；两块都把“合计”行放在表头下第一行，培训块合计列在左
// =====================================================================================================
function buildF2() {
  const TOWNS = ["元善镇", "上坪镇", "内莞镇", "陂头镇", "溪山镇", "隆街镇", "田源镇", "油溪镇", "忠信镇", "高莞镇", "大湖镇", "三角镇", "绣缎镇"];
  const POP = 316540;
  const data = TOWNS.map((t) => ({ t, pop: t === "元善镇" ? rint(88000, 96000) : rint(9000, 24000), v: rint(7, 13), poor: rint(1, 3), elig: rint(60, 180), tr: 0 }));
  data[0].pop = 0;
  data[0].pop = POP - sum(data.map((d) => d.pop));
  assert(data[0].pop > 80000 && data[0].pop < 140000, "f2 pop " + data[0].pop);
  data.forEach((d) => (d.tr = Math.round(d.elig * (0.4 + rnd() * 0.3))));
  data[7].poor = 0;
  const V = sum(data.map((d) => d.v)), PV = sum(data.map((d) => d.poor)), EL = sum(data.map((d) => d.elig)), TR = sum(data.map((d) => d.tr));
  const W = 14;
  const rows = [padRow(["连平县电子商务进农村综合示范分镇统计表"], W), padRow(["（数据截至2021年8月31日）　　　　　　　　　　　　　　填报单位：连平县商务局"], W),
    padRow(["一、分镇基础数据"], W),
    padRow(["镇", "常住人口（人）", "行政村（个）", "其中：省定贫困村（个）", "有劳动能力且未外出务工的建档立卡贫困人口（人）", "其中：已参加电商培训（人）"], W),
    padRow(["合计", POP, V, PV, EL, TR], W)];
  const M = ["A1:N1", "A2:N2", "A3:N3"];
  for (const d of data) rows.push(padRow([d.t, d.pop, d.v, d.poor || "—", d.elig, d.tr], W));
  rows.push(padRow(["注：常住人口为第七次全国人口普查数；贫困人口为县乡村振兴局2021年7月核定数。"], W));
  M.push(`A${rows.length}:N${rows.length}`);
  rows.push(padRow([], W));
  rows.push(padRow(["二、电商培训人次（分镇、按月）"], W));
  M.push(`A${rows.length}:N${rows.length}`);
  const units = ["县电商服务中心"].concat(TOWNS);
  rows.push(["单位", "合计"].concat(WINDOW.map((m) => { const [y, mo] = ymd(m + "-01"); return mo === 9 || mo === 1 ? `${y}年${mo}月` : `${mo}月`; })));
  const grid = units.map((u, ui) => WINDOW.map(() => (rnd() < (ui === 0 ? 0.8 : 0.25) ? (ui === 0 ? rint(60, 160) : rint(20, 60)) : null)));
  const colT = WINDOW.map((_, m) => sum(grid.map((r) => r[m] || 0)));
  const PT = sum(colT);
  rows.push(["合计", PT].concat(colT));
  units.forEach((u, ui) => rows.push([u, sum(grid[ui].map((c) => c || 0))].concat(grid[ui])));
  rows.push(padRow(["注：同一学员参加多期按人次重复统计；县电商服务中心举办的培训不再计入所在镇。"], W));
  M.push(`A${rows.length}:N${rows.length}`);
  rows.push(padRow(["填表：曾××　审核：谢××　2021年9月7日"], W));
  M.push(`A${rows.length}:N${rows.length}`);
  for (const r of rows) assert(r.length === W, "f2 width");
  return {
    description:
      `河源连平县商务局的《分镇统计表》当事实表：上下两块交叉表，都把“合计”行放在表头下第一行（不在底部）。一、分镇基础数据：镇为行，列是常住人口（人）｜行政村（个）｜其中：省定贫困村（个）｜有劳动能力且未外出务工的建档立卡贫困人口（人）｜其中：已参加电商培训（人），合计行就是全县数（${fmtInt(POP)}人、${V}个村、${PV}个贫困村、${EL}人、${TR}人），油溪镇贫困村写“—”；二、电商培训人次：县电商服务中心和13个镇为行，2020年9月—2021年8月为列（只有9月和1月写年份，其余写“10月”“11月”），“合计”列紧跟单位名、合计行在最上面，全县${fmtInt(PT)}人次。截止日期在标题下一行的括号里。没有县长、部门、自评分，也没有其他事实。`,
    sheets: [{ name: "分镇统计", rows, merges: M }],
    expect: {
      facts: {
        county: "连平县", asOf: "2021-08-31", residentPopulation: POP, adminVillagesStated: V, poorVillagesStated: PV,
        eligiblePoorPersonsStated: EL, trainedPoorPersonsStated: TR, trainingPersonTimesStated: PT,
      },
      judged: {},
    },
  };
}

// =====================================================================================================
// f3 — 揭阳市惠来县: 官方指标表，自评分用星号表示（★得分☆失分，每颗1分），分项星在完成情况里，数字在“数据：”行
// =====================================================================================================
function buildF3() {
  const stars = (p, max) => "★".repeat(p) + "☆".repeat(max - p);
  const claimed = { "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": 13, "work.coverage": 8, "work.upward": 6, "work.training": 18,
    "info.disclosure": 3, "info.reporting": 6, "promo.cases": 2, "promo.media": 5, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1 };
  const MAX = Object.fromEntries(SCORED.concat(BONUS));
  const IND = [
    ["加强组织领导与统筹协调（10分）", "组织领导", "org.leadership", "县长任领导小组组长；县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局等为成员单位。"],
    [null, "方案制定", "org.plan", "《惠来县电子商务进农村综合示范县建设实施方案》已正式印发（惠府办函〔2019〕88号）。"],
    [null, "政策支持", "org.policy", "已出台《惠来县支持农村电子商务发展的若干措施》，配套细则未出。"],
    [null, "项目管理", "org.management", "项目管理制度★★；工作台账★☆。"],
    ["深入推动电子商务进农村工作（55分）", "服务体系建设（县级中心、产业园）", "work.center", "数据：中心投入运营日期 2020.10.16\n免费培训场所及设备：有\n免费展示销售：有\n免费摄影美工：无\n统一推广、品牌建设：有\n其他增值服务：有\n电商产业园：已建成"],
    [null, "服务体系建设（村级站点）", "work.coverage", "数据：行政村 283个；省定贫困村 33个"],
    [null, "农村产品上行", "work.upward", "网销调研★☆；网络促销★★；交易标准与冷链溯源★☆；\n第三方运营服务商：有；行政村快递覆盖：100%\n数据：2020年农产品网络零售额同比增长 24.5%"],
    [null, "电商人才培训", "work.training", "数据：常住人口 115.61万人；培训 9,480人次；有劳动能力未外出贫困人口 4,126人，参训 1,903人"],
    ["加强信息公开及报送（10分）", "信息公开", "info.disclosure", "专栏已设，公示方案、项目信息、建设进度；监督举报窗口：有。"],
    [null, "数据上报", "info.reporting", "每月报送；能统计电商扶贫情况。"],
    ["加强宣传推广（10分）", "案例总结", "promo.cases", "已报送经验材料2篇。"],
    [null, "经验推广", "promo.media", "省级、县级媒体报道。"],
    ["加强财政资金管理（15分）", "制度建立", "fund.system", "已制定专项资金管理办法。"],
    [null, "资金台账", "fund.ledger", "已建立专账。"],
    [null, "资金支出", "fund.spending", "数据：下达 500万元，累计拨付 386.7万元；及时拨付。"],
    ["加分项（4分）", "贫困人口培训率70%以上", "bonus.poorTraining", null],
    [null, "电商扶贫典型案例电视播报", "bonus.tvCase", "广东广播电视台播出。"],
  ];
  const rows = [padRow(["惠来县电子商务进农村综合示范考评指标自评表"], 5), ["工作任务", "评价指标", "权重", "完成情况", "自评"],
    padRow([null, null, null, "说明：自评栏每颗星1分，★为得分、☆为未得分；分项星号写在完成情况栏。", null], 5)];
  const M = ["A1:E1", "D3:E3"];
  let g0 = 0;
  IND.forEach((x) => {
    if (x[0]) { if (g0 && rows.length > g0) M.push(`A${g0}:A${rows.length}`); g0 = rows.length + 1; }
    rows.push([x[0], x[1], MAX[x[2]], x[3], stars(claimed[x[2]], MAX[x[2]])]);
  });
  if (rows.length > g0) M.push(`A${g0}:A${rows.length}`);
  // fund judged stars in 完成情况? give them explicitly
  rows.push(["一票否决项", "安全生产、质量事故或重大损失", null, "无", null]);
  const v0 = rows.length;
  rows.push([null, "项目总体进度低于40%", null, "总体进度 81%", null]);
  rows.push([null, "弄虚作假", null, "无", null]);
  M.push(`A${v0}:A${rows.length}`);
  const total = sum(SCORED.map(([id]) => claimed[id]));
  assert(total === 81, "f3 total " + total);
  rows.push(["合计", null, 100, null, `${total}分（加分1分）`]);
  rows.push(padRow(["惠来县商务局　2021年9月9日"], 5));
  M.push(`A${rows.length}:E${rows.length}`);
  return {
    description:
      "揭阳惠来县商务局的《考评指标自评表》：照官方指标表排（工作任务纵向合并｜评价指标｜权重｜完成情况｜自评），但“自评”栏不写数字，而是星号——每颗星1分，★得分、☆未得分（表头下一行的说明），如服务中心“★★★★★★★★★★★★★☆☆”即13分；主观分项的星号写在完成情况里（“项目管理制度★★；工作台账★☆”“网销调研★☆”）；资金三项主观分只在自评栏（制度建立、资金台账、资金支出各★★★★☆）；数字写在完成情况的“数据：”行（“中心投入运营日期 2020.10.16”“常住人口 115.61万人”“下达 500万元，累计拨付 386.7万元”）；否决项在表尾，总体进度81%；合计“81分（加分1分）”。县长任组长，商务、财政、农业农村、乡村振兴都在。",
    sheets: [{ name: "自评表", rows, merges: M }],
    expect: {
      facts: {
        county: "惠来县", planIssued: true, policyIssued: true, centerOpened: "2020-10-16", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, adminVillagesStated: 283, poorVillagesStated: 33, thirdPartyOperator: true, expressCoverage: true,
        agriRetailGrowthStated: 0.245, residentPopulation: 1156100, trainingPersonTimesStated: 9480, eligiblePoorPersonsStated: 4126, trainedPoorPersonsStated: 1903,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundSystemIssued: true, fundLedgerKept: true, fundAllocated: 5000000, fundSpentStated: 3867000, overallProgress: 0.81, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// l1 — 韶关市翁源县: 培训人次 镇（两类培训两行）×月份 交叉表；站点建设进度 镇×月份 交叉表，格内写村名；填表说明
// =====================================================================================================
function buildL1() {
  const TOWNS = ["龙仙镇", "坝仔镇", "江尾镇", "官渡镇", "周陂镇", "翁城镇", "新江镇"];
  const MONTHS = monthsBetween("2020-10", "2021-09");
  const W = 3 + MONTHS.length + 1;
  const tRows = [padRow(["翁源县农村电商培训人次统计表（分镇按月）"], W), padRow(["单位：人次"], W),
    ["镇", "培训类别"].concat(MONTHS.map((m) => { const [y, mo] = ymd(m + "-01"); return `${String(y).slice(2)}年${mo}月`; }), ["合计", "备注"])];
  const tM = [`A1:${colName(W - 1)}1`, `A2:${colName(W - 1)}2`];
  const recs = [];
  const colT = MONTHS.map(() => 0);
  const rowsDef = [["县电商公共服务中心", ["普及培训", "精准培训（脱贫户）"]]].concat(TOWNS.map((t) => [t, ["普及培训", "精准培训（脱贫户）"]]));
  for (const [u, kinds] of rowsDef) {
    const r0 = tRows.length + 1;
    kinds.forEach((k, ki) => {
      const cells = MONTHS.map((m) => {
        const pr = u.startsWith("县") ? (ki ? 0.35 : 0.7) : ki ? 0.12 : 0.3;
        return rnd() < pr ? (u.startsWith("县") ? rint(ki ? 25 : 60, ki ? 60 : 150) : rint(ki ? 12 : 20, ki ? 35 : 55)) : null;
      });
      cells.forEach((c, i) => { if (c) { recs.push({ date: MONTHS[i], personTimes: c }); colT[i] += c; } });
      const rs = sum(cells.map((c) => c || 0));
      tRows.push([ki === 0 ? u : null, k].concat(cells, [rs || null, u === "新江镇" && ki === 1 && !rs ? "本镇脱贫户参加县中心专场" : null]));
    });
    mergeCol(tM, "A", r0, tRows.length);
  }
  tRows.push(["合计", null].concat(colT, [sum(colT), null]));
  tM.push(`A${tRows.length}:B${tRows.length}`);
  tRows.push(padRow(["注：月份写年份后两位，如“21年3月”即2021年3月；精准培训为建档立卡脱贫户专场。"], W));
  tM.push(`A${tRows.length}:${colName(W - 1)}${tRows.length}`);
  assert(sum(recs.map((r) => r.personTimes)) === sum(colT), "l1 training");
  for (const r of tRows) assert(r.length === W, "l1 t width");

  // 站点建设进度：镇×月份，格内写当月挂牌站点所在村（“、”分隔），合计列“N个”，合计行为个数
  const vn = villageNamer("坝龙江周官新翁黄大下上横石", "丰塘坑岭围田洞头背陂坪");
  const SMON = monthsBetween("2020-05", "2021-09");
  const SW = 1 + SMON.length + 1;
  const sRows = [padRow(["翁源县村级电商服务站点建设进度表（分镇按月）"], SW),
    padRow(["说明：格内为当月挂牌的站点所在行政村；空白为当月没有新挂牌。"], SW), ["镇"].concat(SMON.map(cnMonth), ["合计"])];
  const sM = [`A1:${colName(SW - 1)}1`, `A2:${colName(SW - 1)}2`];
  const sRecs = [];
  const sColT = SMON.map(() => 0);
  let k = 0;
  for (const t of TOWNS) {
    const n = rint(5, 9);
    const cells = SMON.map(() => []);
    for (let i = 0; i < n; i++) cells[rint(0, SMON.length - 1)].push(vn());
    const row = [t];
    cells.forEach((vs, mi) => {
      row.push(vs.length ? vs.map((v) => (k++ % 4 === 2 ? v.replace(/村$/, "村委会") : v)).join("、") : null);
      for (const v of vs) sRecs.push({ village: v, opened: SMON[mi] });
      sColT[mi] += vs.length;
    });
    row.push(`${n}个`);
    sRows.push(row);
  }
  sRows.push(["合计"].concat(sColT.map((c) => c || null), [`${sum(sColT)}个`]));
  assert(sRecs.length === sum(sColT), "l1 stations");
  for (const r of sRows) assert(r.length === SW, "l1 s width");
  const nRows = [["填表说明"], ["一、《培训人次（分镇按月）》按举办单位和月份填报当月培训人次，同一期跨月的计入结束月份。"],
    ["二、《站点建设进度》按挂牌月份填写村名，一个村有两个站点的写两次。"], ["三、两表“合计”行、“合计”列为汇总数。"], ["四、联系人：翁源县商务局电商股 刘××。"]];
  return {
    description:
      "韶关翁源县商务局电商股的一本“交叉表”台账（三个表）：①《培训人次（分镇按月）》每个举办单位占两行——“普及培训”“精准培训（脱贫户）”，镇名纵向合并，列是2020年10月—2021年9月（表头写“20年10月”“21年3月”两位年份，注里说明），格内是当月人次，右边“合计”列和“备注”列，最底下“合计”行（A:B合并）；每个非空格是一条按月的培训记录（日期只到月），9月那几格也照列。②《站点建设进度》镇为行、2020年5月—2021年9月为列，格内写当月挂牌站点所在的行政村名（一格几个村用“、”隔开，少数写“××村委会”），“合计”列写“N个”，合计行是个数；每个村名是一条站点记录，挂牌日期只到月。③《填表说明》是文字，不是台账。",
    sheets: [
      { name: "培训人次（分镇按月）", rows: tRows, merges: tM },
      { name: "站点建设进度", rows: sRows, merges: sM },
      { name: "填表说明", rows: nRows },
    ],
    expect: {
      sheets: {
        "培训人次（分镇按月）": { kind: "training", records: recs },
        "站点建设进度": { kind: "stations", records: sRecs },
        "填表说明": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 汕头市潮阳区: 脱贫人口劳动力情况（分组勾选列、按村小计）；入驻企业“在园月历”（甘特图：入／●／退）；填表说明
// =====================================================================================================
function buildL2() {
  const REG = "440513";
  const VILS = ["石井村", "灶浦村", "溪头村", "上堡村"];
  const pRows = [padRow(["潮阳区建档立卡脱贫人口劳动力及务工情况表"], 9),
    ["序号", "村", "姓名", "身份证号码", "劳动能力", null, "务工状态", null, "备注"],
    [null, null, null, null, "有", "无", "外出务工", "在家", null]];
  const pM = ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:H2", "I2:I3"];
  const pRecs = [];
  let no = 0;
  for (const v of VILS) {
    const n = rint(6, 9);
    const r0 = pRows.length + 1;
    for (let i = 0; i < n; i++) {
      no++;
      const labour = rnd() < 0.85;
      let migrant = labour ? rnd() < 0.3 : false;
      let blank = labour && no % 11 === 5;
      const id = makeId(REG, birthBetween(1958, 2002), rnd() < 0.5, no % 7 === 3 ? true : undefined);
      const idCell = isX(id) && no % 2 ? id.slice(0, 17) + "x" : id;
      pRows.push([no, v, personName(), idCell, labour ? "✓" : null, labour ? null : "✓", blank ? null : migrant ? "✓" : null, blank ? null : labour && !migrant ? "✓" : labour ? null : null,
        blank ? "务工情况待核实" : labour ? null : "重病"]);
      pRecs.push({ id, labour, migrant: blank ? null : labour ? migrant : null });
    }
    mergeCol(pM, "B", r0, pRows.length);
    pRows.push([null, `${v}小计`, `${n}人`, null, null, null, null, null, null]);
  }
  pRows.push([null, "合计", `${no}人`, null, null, null, null, null, null]);

  // 入驻企业在园月历
  const MON = monthsBetween("2020-01", "2021-09");
  const W = 4 + MON.length;
  const eRows = [padRow(["潮阳区电子商务产业园企业在园月历"], W), padRow(["图例：“入”＝入驻当月，“●”＝在园，“退”＝退出当月，空白＝不在园"], W),
    ["序号", "企业名称", "企业类型", "统一社会信用代码"].concat(MON.map((m) => { const [y, mo] = ymd(m + "-01"); return mo === 1 ? `${y}年1月` : `${mo}月`; }))];
  const eM = [`A1:${colName(W - 1)}1`, `A2:${colName(W - 1)}2`];
  const fnm = nameMaker("潮阳谷贵铜海棉", "源丰达盛和兴鑫", "", []);
  const TY = ["平台型", "销售型", "电商运营服务商", "物流企业", "销售型", "销售型", "网店", "销售型", "平台型", "代运营", "销售型", "快递", "销售型", "网店"];
  const eRecs = [];
  TY.forEach((t, i) => {
    const ei = rint(0, 16);
    let li = null;
    if (i === 3 || i === 9) li = rint(ei + 2, MON.length - 2);
    if (i === 13) { /* 2021年9月入驻 */ }
    const e = i === 13 ? MON.length - 1 : ei;
    const row = [i + 1, `汕头市潮阳区${fnm()}${/物流|快递/.test(t) ? "物流" : "电子商务"}有限公司`, t, creditCode(REG)];
    MON.forEach((_, mi) => row.push(mi === e ? "入" : li !== null && mi === li ? "退" : mi > e && (li === null || mi < li) ? "●" : null));
    eRows.push(row);
    eRecs.push({ name: row[1], type: t, entered: MON[e], left: li === null ? null : MON[li] });
  });
  eRows.push(padRow([null, "注：2021年9月为统计当月。"], W));
  for (const r of eRows) assert(r.length === W, "l2 e width");
  const nRows = [["填表说明"], ["1．《脱贫人口劳动力情况》在对应栏打“✓”；务工状态空白的为待核实，不是“在家”。"], ["2．《企业在园月历》按月标注，入驻、退出日期精确到月。"], ["3．本册由潮阳区商务局电商股整理，2021年9月。"]];
  return {
    description:
      "汕头潮阳区商务局电商股的台账（三个表）：①《脱贫人口劳动力情况》两行表头，“劳动能力”下分“有｜无”、“务工状态”下分“外出务工｜在家”，在对应小格打“✓”；村列纵向合并，每村后一行“××村小计：N人”，表末“合计”；有几人务工状态两格都空、备注“务工情况待核实”（是未知，不是在家），无劳动能力的务工状态也空；个别身份证号末位是小写x。②《企业在园月历》是甘特图：一家企业一行，2020年1月—2021年9月每月一列（只有1月写年份），格内“入”＝入驻当月、“●”＝在园、“退”＝退出当月（图例在第2行），入驻、退出日期都只到月；两家中途退出，一家2021年9月才入驻；企业类型有平台型、销售型、网店、电商运营服务商、代运营、物流企业、快递。③《填表说明》不是台账。",
    sheets: [
      { name: "脱贫人口劳动力情况", rows: pRows, merges: pM },
      { name: "企业在园月历", rows: eRows, merges: eM },
      { name: "填表说明", rows: nRows },
    ],
    expect: {
      sheets: {
        "脱贫人口劳动力情况": { kind: "poorPersons", records: pRecs },
        "企业在园月历": { kind: "enterprises", records: eRecs },
        "填表说明": { kind: null },
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
write("counties", "b250-c1-fogang.json", c1);
write("facts", "b250-f1-luoding.json", f1);
write("facts", "b250-f2-lianping.json", f2);
write("facts", "b250-f3-huilai.json", f3);
write("ledgers", "b250-l1-wengyuan.json", l1);
write("ledgers", "b250-l2-chaoyang.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
