// Batch 242 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b238.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (242242), no clock. Run: node test/corpus/counties/_make/gen-b242.js
// Theme: a Word document's tables pasted into Excel (c1, f1, l1①) and year-on-year comparison tables (f2, l1②).
//
// c1 曲江区 (韶关): 自评情况表 pasted from Word — 基本情况 as A-column label ｜ B:H merged paragraph, then one row per indicator with the
//    whole 自评情况 in one D:G merged cell, numbered ①②③ clauses each ending “（得N分）” (judged points live in the clauses), 自评分 in H
//    (claimed). Ledgers on edges: 77/110 villages = exactly 70%, centre opened 2021-02-28 (exactly six months), person-times exactly
//    0.8% of 312,500, poor-person rate exactly 40% (the clerk's 42 / 52.5% loses to the lists), spending exactly 70%, rural retail
//    growth exactly 30%; provincial TV case and a park entry on 2021-08-31 count; a station, a report and a payment on 2021-09-01 do not.
// f1 廉江市 (湛江): Word 基本情况及自评说明表 pasted — every paragraph of a Word cell became its own row (B:G merged), with the label (A)
//    and note (H) merged down; numbered “1．2．” paragraphs, points only inside sentences (“自评2分”), full-width digits in some rows.
// f2 信宜市 (茂名): 主要指标同比情况表 — table 1 years as rows (2018…2021年1—8月) with a 同比 column after each amount; table 2 本年｜上年
//    (2020 before 2019) of non-inputs plus 快递覆盖率; table 3 项目｜内容｜备注; table 4 judged self-scores; leader 常务副市长 (deputy).
// f3 潮安区 (潮州): the last weekly 创建工作周报 (第36期) — 目标任务｜本周进展｜累计完成｜完成率; facts in 累计完成 (√／×), base figures in
//    目标任务; this week's figures and 完成率 are not inputs; express 98.6% (false); no self-scores at all.
// l1 丰顺县 (梅州): ① Word station table pasted (two rows per station, other columns merged down); ② a monthly 网零额同比 table (not a
//    ledger); ③ media with 中央／省级／市级／县级／“—” levels; ④ training sessions with date ranges and a 其中贫困户 column.
// l2 罗定市 (云浮): ① funds in 万元 with 下达｜拨付｜累计拨付｜结余 columns and yearly 小计; ② poor-person roll with a two-row header and ✓
//    grids (有｜无, 是｜否), one unknown 务工; ③ column update log with date-time text.
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
let seed = 242242;
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
    assert(/^b242-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b242-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b242-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 韶关市曲江区: Word《自评情况表》整表粘进Excel（基本情况：A列栏目｜B:H合并长段；自评：每个指标一个合并长格，
//      ①②③分款、每款“（得N分）”，H列自评分）＋ 10 个台账
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const TOWNS = ["马坝镇", "大塘镇", "枫湾镇", "小坑镇", "沙溪镇", "乌石镇", "樟市镇", "白土镇", "罗坑镇"];
  const NV = [18, 12, 13, 9, 12, 12, 14, 12, 8];
  const NC = [10, 1, 1, 1, 1, 1, 1, 1, 1];
  const vn = noDupNamer(villageNamer("黄塘龙石新水坑岭田溪桥山凤鹤莲", "坝岗围头背湾坪洞下口陂塘寨坑"), []);
  const cmn = nameMaker("城马坝新华曲", "南北中东西江", "社区", []);
  const vil = [];
  TOWNS.forEach((t, ti) => {
    for (let i = 0; i < NV[ti]; i++) vil.push({ town: t, name: vn(), admin: true, poor: false });
    for (let i = 0; i < NC[ti]; i++) vil.push({ town: t, name: cmn(), admin: false });
  });
  const adminV = vil.filter((v) => v.admin);
  const comms = vil.filter((v) => !v.admin);
  assert(adminV.length === 110 && comms.length === 18, "c1 villages");
  noStemClash(adminV.map((v) => v.name), comms.map((v) => v.name), "c1");
  const poorList = shuffle(adminV.filter((v) => v.town !== "马坝镇")).slice(0, 12);
  for (const v of poorList) v.poor = true;

  // ---------------- 行政村名单
  const vRows = [padRow(["曲江区行政村（社区）名单"], 6), ["序号", "镇", "村（居）委会", "类型", "省定贫困村", "快递到村"]];
  vil.forEach((v, i) => {
    vRows.push([i + 1, v.town, v.admin ? (i % 5 === 2 ? v.name + "委会" : v.name) : v.name + "居委会", v.admin ? "行政村" : "社区", v.admin ? (v.poor ? "是" : "否") : "—", "是"]);
  });
  vRows.push(padRow([`合计：行政村${adminV.length}个，社区${comms.length}个`], 6));
  const vRecs = vil.map((v) => (v.admin ? { name: v.name, admin: true, poor: v.poor, express: true } : { name: v.name, admin: false, express: true }));

  // ---------------- 站点清单: covered exactly 77/110 = 70%
  const nonPoor = shuffle(adminV.filter((v) => !v.poor));
  const st = [];
  for (const v of poorList) st.push({ v, opened: randIsoBetween("2020-05-01", "2021-06-30") });
  for (const v of nonPoor.slice(0, 64)) st.push({ v, opened: randIsoBetween("2020-05-01", "2021-08-20") });
  st.push({ v: nonPoor[64], opened: "2021-08-31" }); // on the cut-off: counts
  st.push({ v: nonPoor[3], opened: "2021-04-22", second: true });
  st.push({ v: comms[0], opened: "2020-12-08", comm: true });
  st.push({ v: nonPoor[65], opened: "2021-09-01" }); // a day late
  const covered = new Set(st.filter((s) => !s.comm && s.opened <= CUT).map((s) => s.v.name));
  const poorCovered = poorList.filter((v) => covered.has(v.name)).length;
  assert(covered.size === 77 && poorCovered === 12 && covered.size * 100 === 70 * 110, "c1 covered " + covered.size);
  const order = shuffle(st);
  const sRows = [padRow(["曲江区村级电子商务服务站点清单"], 7), ["序号", "站点名称", "镇", "所在村", "地址", "联系人及电话", "挂牌时间"]];
  const sRecs = [];
  order.forEach((s, i) => {
    const base = s.v.name.replace(/村$|社区$/, "");
    const nm = s.comm ? base + "社区电商服务点" : base + "村电商服务站" + (s.second ? "（二）" : "");
    const fmt = i % 5;
    const op = s.opened === "2021-08-31" ? "2021年8月31日" : s.opened === "2021-09-01" ? "2021.9.1" : [D, dotDate, cnDate, slashDate, (x) => excelSerial(x)][fmt](s.opened);
    sRows.push([i + 1, nm, s.v.town, s.comm ? s.v.name : i % 3 === 0 ? s.v.name.replace(/村$/, "村委会") : s.v.name, `${s.v.town}${s.v.name}${["村部旁", "文化室", "便民服务中心", "小卖部"][i % 4]}`,
      `${personName()} ${phone()}`, op]);
    sRecs.push({ village: s.v.name, opened: s.opened });
  });

  // ---------------- 建档立卡贫困人口 (100; 80 eligible)
  const persons = [];
  for (let i = 0; i < 100; i++) {
    const id = makeId("440205", birthBetween(1962, 2000), rnd() < 0.5, i % 11 === 6 ? true : i % 11 === 7 ? false : undefined);
    const labour = i < 92;
    const migrant = i >= 80 && i < 92;
    persons.push({ id, name: personName(), village: poorList[i % 12].name, labour, migrant });
  }
  const P = shuffle(persons);
  const pRows = [padRow(["曲江区建档立卡贫困人口名单（劳动能力及务工情况）"], 7), ["序号", "姓名", "身份证号码", "所在村", "是否有劳动能力", "是否外出务工", "备注"]];
  P.forEach((p, i) => pRows.push([i + 1, p.name, p.id, p.village, p.labour ? "是" : "否", p.labour ? (p.migrant ? "是" : "否") : "否", p.labour ? null : "丧失劳动能力"]));
  const pRecs = P.map((p) => ({ id: p.id, labour: p.labour, migrant: p.migrant }));
  const eligible = persons.filter((p) => p.labour && !p.migrant);
  assert(eligible.length === 80, "c1 eligible");

  // ---------------- 贫困户培训签到 (32/80 = 40% by the cut-off)
  const EL = shuffle(eligible);
  const trained = EL.slice(0, 32);
  const late = EL.slice(32, 38);
  const mig = persons.filter((p) => p.migrant).slice(0, 3);
  const cls = [
    { date: "2020-11-18", topic: "农产品网上销售入门" },
    { date: "2021-03-10", topic: "微信小店与社群营销" },
    { date: "2021-06-23", topic: "短视频拍摄与直播带货" },
    { date: "2021-09-03", topic: "电商创业帮扶" },
  ];
  cls.forEach((c) => (c.people = []));
  trained.forEach((p, i) => cls[i % 3].people.push(p));
  cls[2].people.push(trained[0], trained[4], trained[8], trained[10]); // twice: counted once
  cls[3].people.push(...late, trained[2]);
  cls[1].people.push(mig[0], mig[1]);
  cls[2].people.push(mig[2]);
  const tsRows = [padRow(["曲江区建档立卡贫困户电商培训签到表"], 6), ["序号", "培训日期", "培训主题", "姓名", "身份证号码", "所在村"]];
  const tsRecs = [];
  let no = 0;
  cls.forEach((c) => {
    shuffle(c.people).forEach((p, k) => {
      no++;
      const idTxt = isX(p.id) && k % 2 ? p.id.slice(0, 17) + "x" : p.id;
      tsRows.push([no, k === 0 ? dotDate(c.date) : "同上", k === 0 ? c.topic : "同上", p.name, idTxt, p.village]);
      tsRecs.push({ date: c.date, personTimes: 1, id: p.id });
    });
  });
  checkTrainingIds(tsRecs, "c1");
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedIds = new Set(tsRecs.filter((r) => r.date <= CUT && eligIds.has(r.id)).map((r) => r.id));
  assert(trainedIds.size === 32 && trainedIds.size * 100 === 40 * eligible.length, "c1 trained 40%");
  const signPre = tsRecs.filter((r) => r.date <= CUT).length;
  assert(signPre === 39, "c1 sign-ins " + signPre);

  // ---------------- 普及培训台账 (sessions): total exactly 0.8% of 312,500 = 2,500
  const POP = 312500;
  const sess = [];
  let d = "2020-07-08";
  for (let i = 0; i < 16; i++) {
    sess.push({ date: d, n: rint(120, 175), topic: ["电商基础知识", "网店开设与运营", "曲江马坝油粘米网络营销", "农产品包装设计", "直播带货实操", "电商客服与售后", "社群营销", "跨境电商入门"][i % 8] });
    d = isoAdd(d, rint(24, 26));
  }
  assert(sess[15].date <= "2021-08-25", "c1 sess last " + sess[15].date);
  sess[15].n += POP * 8 / 1000 - signPre - sum(sess.map((s) => s.n));
  assert(sess[15].n > 50 && sess[15].n < 400, "c1 adjust " + sess[15].n);
  sess.push({ date: "2021-09-08", n: 146, topic: "电商创业孵化" });
  const pt = sum(sess.filter((s) => s.date <= CUT).map((s) => s.n)) + signPre;
  assert(pt * 1000 === POP * 8 && pt * 100 < POP, "c1 exactly 0.8%: " + pt);
  const gRows = [padRow(["曲江区农村电商普及培训台账（按期登记）"], 6), padRow(["注：建档立卡贫困户专题班按人签到，见《贫困户培训签到》，本表不重复统计。"], 6),
    ["期次", "培训日期", "培训内容", "培训地点", "参训人次", "授课单位"]];
  const gRecs = [];
  sess.forEach((s, i) => {
    gRows.push([`第${i + 1}期`, [cnDate, D, dotDate, slashDate][i % 4](s.date), s.topic, ["区电商公共服务中心", "大塘镇政府", "樟市镇文化站", "白土镇党群服务中心"][i % 4], s.n, "区电商公共服务中心"]);
    gRecs.push({ date: s.date, personTimes: s.n });
  });
  gRows.push(["合计", null, null, null, sum(sess.map((s) => s.n)), null]);

  // ---------------- 入驻企业: 20 in the park at the cut-off
  const fnm = nameMaker("曲韶马华丰粤南", "江坝源韵盛达禾", "", []);
  const TYPES = ["平台型", "销售型", "销售型", "网店", "销售型", "电商运营商", "代运营", "物流企业", "快递", "销售型", "销售型", "网店", "平台型", "销售型", "服务商",
    "销售型", "网店", "销售型", "仓储物流", "销售型", "销售型", "销售型"];
  const firms = TYPES.map((t) => ({ name: `韶关市曲江区${fnm()}${/物流|快递/.test(t) ? "物流" : "电子商务"}有限公司`, type: t, code: creditCode("440205"),
    entered: randIsoBetween("2020-06-01", "2021-07-31"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[4].left = "2021-08-30";
  firms[20].entered = "2021-08-31";
  firms[21].entered = "2021-09-02";
  const inPark = firms.filter((f) => f.entered <= CUT && (f.left === null || f.left > CUT));
  assert(inPark.length === 20, "c1 park " + inPark.length);
  const eRows = [padRow(["曲江区电子商务产业园入驻企业清单"], 7), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退出日期", "备注"]];
  firms.forEach((f, i) => eRows.push([i + 1, f.name, f.code, f.type, dateCell(f.entered, i), f.left ? cnDate(f.left) : null, f.left ? "已退园" : null]));
  const eRecs = firms.map((f) => ({ name: f.name, type: f.type, entered: f.entered, left: f.left }));

  // ---------------- 资金拨付台账: exactly 70% by the cut-off
  const ALLOC = 5000000;
  const pays = [["2020-07-15", 1260000, "县级电商公共服务中心建设"], ["2020-10-28", 385000, "村级站点建设（一期）"], ["2020-12-22", 216800, "电商培训（一期）"],
    ["2021-02-05", 356000, "县镇村物流配送体系"], ["2021-04-16", 312400, "村级站点建设（二期）"], ["2021-06-11", 198600, "品牌培育与网络促销"], ["2021-07-30", 245700, "电商培训（二期）"],
    ["2021-08-31", 0, "产业园运营补助"], ["2021-09-01", 320000, "农产品溯源系统"]];
  pays[7][1] = 3500000 - sum(pays.slice(0, 7).map((p) => p[1]));
  const spent = sum(pays.filter((p) => p[0] <= CUT).map((p) => p[1]));
  assert(spent === 3500000 && spent * 100 === 70 * ALLOC && pays[7][1] > 0, "c1 spent " + spent);
  const fRows = [padRow(["曲江区电子商务进农村综合示范专项资金拨付台账"], 6), padRow(["单位：元"], 6), ["序号", "拨付日期", "项目", "拨付金额", "凭证号", "备注"]];
  pays.forEach((p, i) => fRows.push([i + 1, [D, dotDate, cnDate][i % 3](p[0]), p[2], i === 2 ? fmtMoney(p[1]) : i === 5 ? `${wan4(p[1])}万` : p[1], `曲商付-${pad3(i + 7)}`, null]));
  fRows.push(["合计", null, null, sum(pays.map((p) => p[1])), null, null]);
  const fRecs = pays.map((p) => ({ date: p[0], amount: p[1] }));

  // ---------------- 报送记录: 11 of 12 months (February missing)
  const repMonths = ["2020-08"].concat(WINDOW.filter((m) => m !== "2021-02"));
  const reps = repMonths.map((m, i) => ({ date: `${m}-${String(rint(3, 9)).padStart(2, "0")}`, pov: i % 4 !== 2 }));
  assert(inWindowMonths(reps.map((r) => r.date)) === 11, "c1 reports 11");
  const rRows = [padRow(["曲江区向韶关市商务局报送工作情况登记表"], 5), ["序号", "报送日期", "报送内容", "是否含电商扶贫统计", "经办人"]];
  reps.forEach((r, i) => rRows.push([i + 1, dateCell(r.date, i), `上月示范创建工作进展及电商统计数据`, r.pov ? "是" : "否", personName()]));
  const rRecs = reps.map((r) => ({ date: r.date, poverty: r.pov }));

  // ---------------- 专栏更新记录: 2020-08-31 then nothing until October → 11 months
  const dis = [{ date: "2020-08-31", t: "曲江区电子商务进农村综合示范项目建设进度（8月）" }];
  for (const m of WINDOW.slice(1)) dis.push({ date: `${m}-${String(rint(10, 28)).padStart(2, "0")}`, t: `曲江区电子商务进农村综合示范项目建设进度（${Number(m.slice(5))}月）` });
  dis.splice(5, 0, { date: "2021-01-29", t: "曲江区电商进农村项目资金安排公示" });
  assert(inWindowMonths(dis.map((x) => x.date)) === 11, "c1 disclosure 11");
  const uRows = [padRow(["曲江区政府网“电子商务进农村综合示范”专栏更新记录"], 4), ["序号", "发布日期", "标题", "栏目"]];
  dis.forEach((x, i) => uRows.push([i + 1, i % 2 ? x.date : D(x.date), x.t, i === 5 ? "资金公示" : "建设进度"]));
  const uRecs = dis.map((x) => ({ date: x.date }));

  // ---------------- 宣传报道 / 经验材料
  const MD = [["2020-12-10", "曲江区融媒体中心", "县级", "网络", "曲江：村级电商站点让山货出山", false, "county"],
    ["2021-08-31", "广东广播电视台《广东新闻联播》", "省级", "电视", "曲江：电商扶贫让贫困户搭上“直播快车”", true, "province"],
    ["2021-09-01", "韶关日报", "市级", "报纸", "曲江电商进农村示范创建通过验收准备", false, "city"]];
  const mRows = [padRow(["曲江区电商进农村宣传报道清单"], 7), ["序号", "日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
  MD.forEach((m, i) => mRows.push([i + 1, cnDate(m[0]), m[1], m[2], m[3], m[4], m[5] ? "是" : "否"]));
  const mRecs = MD.map((m) => ({ date: m[0], level: m[6], tv: m[3] === "电视" }));
  const matRows = [padRow(["经验材料报送登记"], 4), ["序号", "报送日期", "材料名称", "报送单位"], [1, "2021-08-30", "曲江区“电商＋扶贫”专题培训带动脱贫户增收经验", "曲江区商务局"]];

  // ---------------- points
  const center = { built: 2, six: "2021-02-28" <= "2021-02-28" ? 2 : 0, train: 2, display: 1, photo: 1, brand: 1, other: 0, park: 2, twenty: inPark.length >= 20 ? 2 : 0, types: 1 };
  const centerPts = sum(Object.values(center));
  const R19 = 990000000, R20 = 1287000000;
  assert((R20 - R19) * 100 === 30 * R19, "c1 growth exactly 30%");
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": centerPts, "work.coverage": 10, "work.upward": 1 + 2 + 1 + 1 + 1 + 2,
    "work.training": 8 + 8, "info.disclosure": 2 + 1, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 4 + 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(centerPts === 14, "c1 center");
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 82 && bonus === 1, "c1 scored " + scored);

  // ---------------- 自评情况表 (Word table pasted)
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": 14, "work.coverage": 10, "work.upward": 8, "work.training": 18,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 1,
  };
  const W = 8;
  const fr = [padRow(["韶关市曲江区2019年省级电子商务进农村综合示范创建考评自评情况表"], W),
    padRow(["填报单位（盖章）：韶关市曲江区商务局　　　　　　　　　　填报日期：2021年9月6日"], W)];
  const fM = ["A1:H1", "A2:H2"];
  const full = (t) => { fr.push(padRow([t], W)); fM.push(`A${fr.length}:H${fr.length}`); };
  const lv = (label, text) => { fr.push(padRow([label, text], W)); fM.push(`B${fr.length}:H${fr.length}`); };
  full("一、基本情况");
  lv("县（区）名称", "韶关市曲江区");
  lv("考评截止日期", "2021年8月31日");
  lv("常住人口", "31.25万人（第七次全国人口普查数据）");
  lv("行政村及贫困村", `全区辖9个镇，共有行政村${adminV.length}个、社区${comms.length}个，其中省定贫困村12个。`);
  lv("项目资金", "省财政下达我区电子商务进农村综合示范专项资金500万元，截至2021年8月31日累计拨付350万元，资金支出率70%。");
  lv("项目总体进度", "项目总体进度92%，15个建设子项目已完工13个，其余2个正在收尾。");
  full("二、自评情况");
  fr.push(["序号", "评价指标", "分值", "自评情况（评分要点逐款对照）", null, null, null, "自评分"]);
  fM.push(`D${fr.length}:G${fr.length}`);
  let n = 0;
  const ind = (name, max, id, text) => {
    n++;
    fr.push([n, name, max, text, null, null, null, id ? claimed[id] : "—"]);
    fM.push(`D${fr.length}:G${fr.length}`);
  };
  full("（一）加强组织领导与统筹协调（10分）");
  ind("组织领导", 2, "org.leadership", "成立了以区长为组长、分管副区长为副组长的曲江区电子商务进农村综合示范工作领导小组，成员单位包括区商务局、区财政局、区农业农村局、区乡村振兴局（原区扶贫办）、区交通运输局、区市场监管局、区邮政分公司等，领导小组办公室设在区商务局（曲府办〔2020〕8号）。由区政府主要领导牵头、多部门参与（得2分）。");
  ind("方案制定", 2, "org.plan", "①2020年4月正式印发《韶关市曲江区电子商务进农村综合示范工作实施方案》（曲府办〔2020〕15号），明确建设任务、责任单位和时间节点（得2分）。");
  ind("政策支持", 2, "org.policy", "①区政府出台《曲江区促进农村电子商务发展的若干措施》，在站点补助、人才培训、物流配送等方面给予支持；②部分措施（如用地保障）落实进度较慢（得1分）。");
  ind("项目管理", 4, "org.management", "①制定《曲江区电子商务进农村综合示范项目管理办法》，项目建设、验收均按办法组织（得2分）；②建立了项目工作台账，但部分镇村站点建设过程记录不够完整（得1分）。");
  full("（二）深入推动电子商务进农村工作（55分）");
  ind("服务体系建设（县级中心与产业园）", 15, "work.center", "①已建成曲江区电子商务公共服务中心，于2021年2月28日正式投入运营（得2分）；②截至2021年8月31日正常运营满6个月（得2分）；③中心设有免费培训教室和电脑40台，能组织电商基础培训（得2分）；④设特色农产品展示展销区，免费为本地特色农产品提供展示、销售服务（得1分）；⑤设摄影棚，免费为电商主体提供摄影、美工服务（得1分）；⑥组织“曲江好物”区域公用品牌统一推广，指导马坝油粘米等特色农产品品牌建设（得1分）；⑦其他衍生增值服务暂未开展（0分）；⑧整合建成曲江区电子商务产业园（得2分）；⑨产业园入驻企业20家以上（得2分）；⑩入驻企业有平台型、销售型、电商运营商、物流企业等类型（得1分）。");
  ind("服务体系建设（村级站点）", 10, "work.coverage", "①全区110个行政村中已有77个建成村级电商服务站点，行政村覆盖率70%（得5分）；②12个省定贫困村全部建有站点，覆盖率100%（得5分）。");
  ind("农村产品上行", 10, "work.upward", "①对全区农村产品生产和网络销售情况开展摸底调研，形成调研报告上报市商务局，建议针对性尚需加强（得1分）；②组织“曲江年货节”“丰收节网上行”等网络促销活动，成效明显（得2分）；③引入第三方电商运营服务商负责中心运营（得1分）；④全区行政村物流快递覆盖率100%（得1分）；⑤制定马坝油粘米电商交易标准，农产品溯源系统已上线，冷链系统在建（得1分）；⑥2020年全区农村网络零售额12.87亿元，2019年为9.9亿元，同比增长30%（得2分）。");
  ind("电商人才培训", 20, "work.training", "①截至2021年8月31日累计开展电商培训2500人次，占常住人口31.25万人的0.8%（得8分）；②全区有劳动能力的建档立卡贫困人口（不含外出务工人员）80人，参加培训42人，培训率52.5%（得10分）。");
  full("（三）加强信息公开及报送（10分）");
  ind("信息公开", 4, "info.disclosure", "①在区政府门户网站设立“电子商务进农村综合示范”专栏，公开了创建方案、项目基本信息和建设进度，设立了监督举报窗口（得2分）；②专栏按月更新（得2分）。");
  ind("数据上报", 6, "info.reporting", "①每月向市商务局报送工作进展及电商统计数据（得3分）；②报送内容包含建档立卡贫困户培训和电商带动增收等扶贫统计（得3分）。");
  full("（四）加强宣传推广（10分）");
  ind("案例总结", 2, "promo.cases", "①向市商务局报送《曲江区“电商＋扶贫”专题培训带动脱贫户增收经验》（得2分）。");
  ind("经验推广", 8, "promo.media", "①广东广播电视台《广东新闻联播》报道（得4分）；②韶关日报报道（得3分）；③曲江区融媒体中心报道（得1分）。");
  full("（五）加强财政资金管理（15分）");
  ind("制度建立", 5, "fund.system", "①制定《曲江区电子商务进农村综合示范专项资金管理办法》，明确资金支持方向和考核问责，执行较好（得4分）。");
  ind("资金台账", 5, "fund.ledger", "①项目承建单位建立了资金专用台账，账目基本完整（得4分）。");
  ind("资金支出", 5, "fund.spending", "①资金支出率70%，按创建进度拨付，个别项目拨付稍晚（得4分）。");
  full("（六）加分项（4分）");
  ind("贫困人口培训率70%及以上", 2, "bonus.poorTraining", "未达到70%（0分）。");
  ind("电商扶贫典型案例获电视播报", 2, "bonus.tvCase", "①2021年8月31日广东广播电视台（省级）播出曲江电商扶贫典型案例（得1分）。");
  full("（七）一票否决项");
  ind("安全生产、质量事故或重大损失", "—", null, "未发生。");
  ind("项目总体进度不足40%", "—", null, "项目总体进度92%，不存在。");
  ind("弄虚作假", "—", null, "无。");
  const sumClaim = sum(SCORED.map(([id]) => claimed[id]));
  assert(sumClaim === 90, "c1 claim " + sumClaim);
  fr.push([null, "合计", 100, "基本分90分，加分1分", null, null, null, 91]);
  fM.push(`D${fr.length}:G${fr.length}`);
  full("填表人：黄××　　　审核人：邓××　　　分管领导：刘××");
  for (const r of fr) assert(r.length === W, "c1 width");

  const derivation = [
    "org.leadership: 区长（主要领导）任组长，成员有区商务、财政、农业农村、乡村振兴局 → 2",
    "org.plan: 自评情况①“得2分” → 2",
    "org.policy: “得1分” → 1",
    "org.management: 项目管理制度2＋工作台账1 → 3",
    `work.center: 中心2021年2月28日投入运营 → 建成2；正好在2021-02-28这条线上，满6个月 → 2；免费培训2、展示销售1、摄影美工1、品牌1；其他增值服务“暂未开展” → 0；产业园2；《入驻企业》${firms.length}家，2021年8月30日退出的1家和9月2日入驻的1家不算，8月31日入驻的算 → 在园${inPark.length}家 ≥ 20 → 2；类型平台／销售（含网店）／运营（含代运营、服务商）／物流（含快递、仓储） ≥ 3 → 1；合计${centerPts}`,
    `work.coverage: 《行政村名单》行政村${adminV.length}个（社区${comms.length}个不算）；《站点清单》截止日前有站的行政村${covered.size}个（同村两站算一次，社区服务点不算，2021年8月31日挂牌的算，“2021.9.1”挂牌的不算） → ${covered.size}/${adminV.length} = 70.0% ≥ 70% → 5；省定贫困村12个全有站 → 5；合计10`,
    "work.upward: 调研1、促销2、第三方1、《行政村名单》快递到村全“是” → 1、交易标准与溯源1；农村网零9.9→12.87亿元，正好增长30% ≥ 30% → 2；合计8",
    `work.training: 常住人口312,500，0.8% = 2,500，1% = 3,125；《普及培训》截止日前16期${fmtInt(pt - signPre)}人次（9月8日一期、合计行不算）＋《贫困户培训签到》截止日前${signPre}行 = ${fmtInt(pt)}人次 = 正好0.8% → 8；《贫困人口》有劳动能力且不外出务工${eligible.length}人，截止日前签到表里有身份证号的${trainedIds.size}人（同一人两次算一人，9月3日一期不算，外出务工的3人不算；自评写的42人不采用，以名单为准） → ${trainedIds.size}/${eligible.length} = 40.0% → 8；合计16（自评18）`,
    "info.disclosure: 专栏公示方案、项目信息、进度，设监督举报窗口 → 2；《专栏更新》2020年8月31日那条在窗口外，2020年9月无更新，2020年10月—2021年8月每月都有 → 11个月，不定时 1；合计3（自评4）",
    "info.reporting: 《报送记录》2020年9月—2021年8月缺2021年2月，11个月 → 不定时 1；能统计扶贫情况（自评表有说明，记录也有“是”） → 3；合计4（自评6）",
    "promo.cases: 2021-08-30报送经验材料 → 2",
    "promo.media: 广东广播电视台2021年8月31日（省级，截止日当天算） → 4；曲江区融媒体中心（县级） → 1；韶关日报2021年9月1日在截止日后 → 0；合计5（自评8）",
    "fund.system: 自评4 → 4",
    "fund.ledger: 自评4 → 4",
    `fund.spending: 《资金拨付台账》截止日前8笔合计${fmtMoney(spent)}元（9月1日一笔、合计行不算）/ 5,000,000 = 正好70% ≥ 70% → 及时拨付自评4 → 4`,
    `bonus.poorTraining: ${trainedIds.size}/${eligible.length} = 40% < 70% → 0`,
    "bonus.tvCase: 电商扶贫典型案例2021年8月31日在广东广播电视台（省级电视）播出 → 1",
    "veto.incident: 未发生 → 不否决",
    "veto.progress: 总体进度92% ≥ 40% → 不否决",
    "veto.fraud: 无 → 不否决",
  ];
  return {
    description:
      `韶关曲江区商务局整本考评工作簿（12个表），${scored}＋加分${bonus}＝${scored + bonus}分、未否决（自评90＋1）：《自评情况表》是Word表格整表粘进Excel——上半“基本情况”A列栏目、B:H合并成一个长段落（常住人口、村数、资金、进度都写在句子里），下半按指标一行，“自评情况”在D:G合并的一个长格里，按①②③…分款、每款末尾写“（得N分）”（主观项的分数就在分款里），H列是指标自评分（claimed），另有分组行、加分项、否决项和合计行；台账踩在多条线上：行政村覆盖正好77/110＝70%，中心2021年2月28日运营正好满6个月，培训人次正好常住人口的0.8%，贫困人口培训率正好40%（自评写42人、52.5%，以名单为准），资金支出正好70%，农村网零增速正好30%，省台电视报道和入驻企业都落在8月31日当天，9月1日的站点、报道、拨付都不算。`,
    sheets: [
      { name: "自评情况表", rows: fr, merges: fM },
      { name: "行政村名单", rows: vRows, merges: ["A1:F1", `A${vRows.length}:F${vRows.length}`] },
      { name: "站点清单", rows: sRows, merges: ["A1:G1"] },
      { name: "普及培训", rows: gRows, merges: ["A1:F1", "A2:F2"] },
      { name: "贫困户培训签到", rows: tsRows, merges: ["A1:F1"] },
      { name: "贫困人口", rows: pRows, merges: ["A1:G1"] },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金拨付台账", rows: fRows, merges: ["A1:F1", "A2:F2"] },
      { name: "报送记录", rows: rRows, merges: ["A1:E1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:D1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}


// =====================================================================================================
// f1 — 湛江廉江市: Word《基本情况及自评说明表》整表粘进Excel，Word一格多段被拆成多行（A列栏目、H列备注纵向合并，
//      每段一行B:G合并），段内“自评N分”
// =====================================================================================================
function buildF1() {
  const W = 8;
  const rows = [padRow(["廉江市电子商务进农村综合示范创建基本情况及自评说明表"], W),
    padRow(["（数据截至2021年8月31日，即考评截止日期）"], W),
    ["栏目", "填报内容", null, null, null, null, null, "备注"]];
  const M = ["A1:H1", "A2:H2", "B3:G3"];
  const block = (label, paras, note) => {
    const r0 = rows.length + 1;
    paras.forEach((p, k) => {
      rows.push([k === 0 ? label : null, p, null, null, null, null, null, k === 0 ? note : null]);
      M.push(`B${rows.length}:G${rows.length}`);
    });
    const r1 = rows.length;
    if (r1 > r0) M.push(`A${r0}:A${r1}`, `H${r0}:H${r1}`);
  };
  block("一、基本情况", [
    fwText("1．全市常住人口139.57万人（第七次全国人口普查）。"),
    fwText("2．全市辖18个镇（街道），有行政村355个、社区39个，其中省定贫困村25个。"),
  ], "统计局提供");
  block("二、组织领导", [
    "1．成立廉江市电子商务进农村综合示范工作领导小组，由市委副书记、市长任组长，分管副市长任常务副组长。",
    "2．成员单位：市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局、市供销社、市邮政分公司。",
    "3．领导小组下设办公室，设在市商务局，局长兼任办公室主任。",
  ], "廉府办〔2020〕22号");
  block("三、方案与政策", [
    "1．2020年6月12日正式印发《廉江市电子商务进农村综合示范工作实施方案》（廉府办〔2020〕31号），任务清晰、可操作性强，自评2分。",
    "2．出台《廉江市促进农村电子商务发展扶持办法》，对站点建设、物流配送、人才培训给予补助，部分条款尚待落实，自评1分。",
  ], null);
  block("四、项目管理", [
    "1．制定《廉江市电子商务进农村综合示范项目管理制度》，建设、验收环节严格执行，自评2分。",
    "2．建立项目工作台账，逐项记录建设进度和资金使用，自评2分。",
  ], null);
  block("五、县级公共服务中心及产业园", [
    "1．廉江市电子商务公共服务中心于2020年12月28日正式投入运营。",
    "2．中心设免费培训场所和培训设备，能组织电商基础培训。",
    "3．中心为廉江红橙、良垌粉葛等特色农产品提供免费展示、销售服务。",
    "4．中心为电商企业和网店提供免费摄影、美工服务。",
    "5．组织“廉江红橙”公用品牌统一推广，指导农产品品牌建设。",
    "6．其他衍生增值服务：暂未开展。",
    "7．整合原有电商孵化基地，建成廉江市电子商务产业园。",
  ], "现场查看");
  block("六、农村产品上行", [
    "1．开展农村产品网络销售摸底调研，形成《廉江市农产品网络销售调研报告》并提出针对性建议，自评2分。",
    "2．举办“红橙网上节”“年货节”等网络促销活动，带动销售明显，自评2分。",
    "3．引入专业第三方电子商务运营服务商1家。",
    "4．全市行政村物流快递覆盖率100%。",
    "5．制定廉江红橙电商分级标准，溯源系统已上线，冷链系统仍在建设，自评1分。",
    fwText("6．2020年全市农村网络零售额38.62亿元，比2019年的30.15亿元增长28.1%；农产品网络零售额9.87亿元，比2019年的7.42亿元增长33.0%。"),
  ], "见调研报告");
  block("七、人才培训", [
    fwText("1．创建以来累计开展电商培训15,236人次。"),
    fwText("2．全市有劳动能力的建档立卡贫困人口（不含外出务工）6,812人，已参加培训3,745人，培训率55.0%。"),
  ], "见培训台账");
  block("八、信息公开及数据上报", [
    "1．在市政府门户网站设立“电子商务进农村综合示范”专栏，公示创建方案、项目基本信息和项目建设进度，并设立监督举报窗口（电话、邮箱）。",
    "2．每月向湛江市商务局报送示范创建工作情况，报送内容包括建档立卡贫困户参训人数、电商带动增收等电商扶贫统计。",
  ], null);
  block("九、资金管理", [
    "1．省级下达专项资金500万元，截至2021年8月31日累计拨付412.6万元，支出率82.5%。",
    "2．制定《廉江市电子商务进农村综合示范专项资金管理办法》，细化支持方向，建立考核问责，自评4分。",
    "3．各项目承建方均建立资金专用台账，账目完整，自评4分。",
    "4．按创建进度及时拨付资金，自评4分。",
    "5．项目总体进度95%。",
  ], "财政局核对");
  block("十、其他", [
    "1．创建期间未发生安全生产、质量事故，未造成重大经济损失和社会不良影响。",
    "2．所报材料真实，不存在弄虚作假。",
  ], null);
  rows.push(padRow(["填报人：陈××　　联系电话：0759-66×××××　　　　廉江市商务局　2021年9月7日"], W));
  M.push(`A${rows.length}:H${rows.length}`);
  for (const r of rows) assert(r.length === W, "f1 width");
  assert(Math.round((3862 / 3015 - 1) * 1000) === 281 && Math.round((987 / 742 - 1) * 1000) === 330 && Math.round(3745 / 6812 * 1000) === 550 && Math.round(4126 / 5000 * 1000) === 825, "f1 rates");
  return {
    description:
      "湛江廉江市商务局的《基本情况及自评说明表》是Word表格整表复制进Excel的：Word里一个格子有几段，粘到Excel就拆成几行——A列栏目（“一、基本情况”…“十、其他”）和H列备注纵向合并，填报内容每段一行、B:G合并，段首“1．2．3．”编号；主观项的分数写在段尾（“自评2分”），没有单独的分数列；基本情况和网零额、培训几段是全角数字（“１３９．５７万人”“３８．６２亿元”）；网零额一句里同时给了2019、2020年数和增速（农村28.1%，农产品33.0%）；组长“市委副书记、市长”，常务副组长是分管副市长；中心“其他衍生增值服务：暂未开展”。",
    sheets: [{ name: "基本情况及自评", rows, merges: M }],
    expect: {
      facts: {
        county: "廉江市", asOf: "2021-08-31", residentPopulation: 1395700, adminVillagesStated: 355, poorVillagesStated: 25, planIssued: true, policyIssued: true,
        centerOpened: "2020-12-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 3015000000, ruralRetail2020: 3862000000, ruralRetailGrowthStated: 0.281,
        agriRetail2019: 742000000, agriRetail2020: 987000000, agriRetailGrowthStated: 0.33, trainingPersonTimesStated: 15236,
        eligiblePoorPersonsStated: 6812, trainedPoorPersonsStated: 3745, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 4126000, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.95, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}


// =====================================================================================================
// f2 — 茂名信宜市: 《主要指标同比情况表》——表一年份作行（2018年…2021年1—8月，每种零售额后跟同比列），表二“本年｜上年｜
//      同比”（2020年在前），表三创建情况“项目｜内容｜备注”，表四主观项自评
// =====================================================================================================
function buildF2() {
  const W = 7;
  const rows = [padRow(["信宜市电子商务进农村综合示范主要指标同比情况表"], W),
    padRow(["填报单位：信宜市商务局　　　　　　统计口径：2018—2020年为全年数，2021年为1—8月"], W),
    padRow(["表一　农村网络零售额及农产品网络零售额（按年度）"], W),
    ["年度", "农村网络零售额（万元）", "同比增长（%）", "农产品网络零售额（万元）", "同比增长（%）", "数据来源", null],
    ["2018年", "152,360", "—", "40,210", "—", "省商务厅电子商务监测平台", null],
    ["2019年", "186,450", 22.4, "47,810", 18.9, "省商务厅电子商务监测平台", null],
    ["2020年", "236,790", 27.0, "63,580", 33.0, "省商务厅电子商务监测平台", null],
    ["2021年1—8月", "171,240", 15.8, "45,180", 9.6, "同比为与2020年1—8月比较", null],
    padRow([], W),
    padRow(["表二　电子商务发展其他指标（本年与上年比较）"], W),
    ["指标", "单位", "2020年", "2019年", "增减量", "同比（%）", "备注"],
    ["电商市场主体", "户", 2316, 1874, 442, 23.6, null],
    ["网店数量", "个", 5128, 4203, 925, 22.0, null],
    ["快递业务量", "万件", 1862.5, 1402.3, 460.2, 32.8, "邮政管理局提供"],
    ["行政村快递覆盖率", "%", 100, 91.3, 8.7, "—", "2020年9月实现全覆盖"],
    ["电商从业人员", "人", 12460, 10380, 2080, 20.0, null],
    padRow([], W),
    padRow(["表三　创建工作情况（截至2021年8月31日）"], W),
    ["项目", "内容", null, null, null, "备注", null],
  ];
  const M = ["A1:G1", "A2:G2", "A3:G3", "A10:G10", "A18:G18", "B19:E19", "F19:G19"];
  const item = (a, b, c) => {
    rows.push([a, b, null, null, null, c, null]);
    M.push(`B${rows.length}:E${rows.length}`, `F${rows.length}:G${rows.length}`);
  };
  item("常住人口", "91.38万人", "七普");
  item("行政村数", "372个（另有社区21个）", null);
  item("省定贫困村", "18个", null);
  item("考评截止日期", "2021年8月31日", null);
  item("领导小组组长", "市委常委、常务副市长", "信府办〔2020〕19号");
  item("领导小组成员单位", "商务局、财政局、农业农村局、乡村振兴局、供销社、邮政管理局", null);
  item("工作方案", "已正式印发", "2020年5月");
  item("扶持政策", "已出台", "《信宜市农村电商扶持资金管理暂行办法》");
  item("县级电商公共服务中心投入运营时间", "2020年9月26日", null);
  item("中心免费培训场所及设备", "有", null);
  item("中心免费展示、销售特色农产品", "有", null);
  item("中心免费摄影、美工服务", "无", "外包收费");
  item("中心品牌推广及品牌建设指导", "有", "“信宜三华李”");
  item("中心其他衍生增值服务", "有", "金融、法律咨询对接");
  item("电商产业园", "已建成", "信宜电商产业园");
  item("第三方电商运营服务商", "有", null);
  item("电商培训人次（创建以来累计）", "9,842人次", "2020年1月—2021年8月");
  item("有劳动能力的建档立卡贫困人口（不含外出务工）", "4,105人", "乡村振兴局核定");
  item("参加培训的建档立卡贫困人口", "1,893人", "按人计");
  item("政府网站专栏", "已设立，公示创建方案、项目基本信息、建设进度", "未设征求意见、监督举报窗口");
  item("电商扶贫情况统计", "能统计", null);
  item("下达省级专项资金", "500万元", null);
  item("累计拨付资金", "3,968,400元", null);
  item("资金管理制度", "已制定", null);
  item("资金专用台账", "已建立", null);
  item("项目总体进度", "89%", null);
  item("安全生产、质量事故或重大损失", "无", null);
  item("弄虚作假情况", "无", null);
  rows.push(padRow([], W));
  rows.push(padRow(["表四　主观评分项自评"], W));
  M.push(`A${rows.length}:G${rows.length}`);
  rows.push(["序号", "评分项", null, "分值范围", "自评分", "说明", null]);
  M.push(`B${rows.length}:C${rows.length}`, `F${rows.length}:G${rows.length}`);
  const J = [["方案制定", "1—2", 2, null], ["政策支持", "1—2", 2, null], ["项目管理制度", "1—2", 1, "验收环节制度待完善"], ["工作台账", "1—2", 2, null],
    ["网销调研及建议", "1—2", 1, null], ["网络促销活动", "1—2", 2, null], ["交易标准及冷链、溯源", "1—2", 1, "冷链在建"], ["资金管理制度", "1—5", 4, null],
    ["资金专用台账", "1—5", 5, null], ["资金及时拨付", "1—5", 4, null]];
  J.forEach((j, i) => {
    rows.push([i + 1, j[0], null, j[1], j[2], j[3], null]);
    M.push(`B${rows.length}:C${rows.length}`, `F${rows.length}:G${rows.length}`);
  });
  rows.push(padRow(["填表：梁××　　审核：李××　　2021年9月3日"], W));
  M.push(`A${rows.length}:G${rows.length}`);
  for (const r of rows) assert(r.length === W, "f2 width");
  assert(rows[9][0].startsWith("表二") && rows[17][0].startsWith("表三") && rows[18][0] === "项目", "f2 merge rows");
  assert(Math.round((186450 / 152360 - 1) * 1000) === 224 && Math.round((236790 / 186450 - 1) * 1000) === 270 && Math.round((47810 / 40210 - 1) * 1000) === 189
    && Math.round((63580 / 47810 - 1) * 1000) === 330, "f2 growth");
  assert(Math.round((2316 / 1874 - 1) * 1000) === 236 && Math.round((5128 / 4203 - 1) * 1000) === 220 && Math.round((1862.5 / 1402.3 - 1) * 1000) === 328 && Math.round((12460 / 10380 - 1) * 1000) === 200, "f2 t2");
  return {
    description:
      "茂名信宜市商务局的《主要指标同比情况表》，四张小表上下排：表一年份作行（2018年、2019年、2020年、2021年1—8月），每种零售额后紧跟一列“同比增长（%）”，金额是带千分位的文本、单位万元在表头——只有2019、2020年两行和2020年那行的增速（27.0%、33.0%）是考评输入，2018年、2021年1—8月（及其与上年同期比的增速）都不是；表二“2020年｜2019年｜增减量｜同比”本年在前，电商主体、网店、快递量等都不是输入，只有行政村快递覆盖率2020年100%；表三“项目｜内容｜备注”（B:E、F:G合并），组长是“市委常委、常务副市长”（分管），专栏“未设征求意见、监督举报窗口”写在备注里，中心摄影美工“无”；表四主观项自评。",
    sheets: [{ name: "同比情况表", rows, merges: M }],
    expect: {
      facts: {
        county: "信宜市", asOf: "2021-08-31", residentPopulation: 913800, adminVillagesStated: 372, poorVillagesStated: 18, planIssued: true, policyIssued: true,
        centerOpened: "2020-09-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 1864500000, ruralRetail2020: 2367900000, ruralRetailGrowthStated: 0.27,
        agriRetail2019: 478100000, agriRetail2020: 635800000, agriRetailGrowthStated: 0.33, trainingPersonTimesStated: 9842,
        eligiblePoorPersonsStated: 4105, trainedPoorPersonsStated: 1893, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: false, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3968400, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.89, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 1, "org.management.ledger": 2, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 5, "fund.spending": 4,
      },
      leadership: "deputy",
    },
  };
}


// =====================================================================================================
// f3 — 潮州市潮安区: 创建工作周报（第36期，考评前最后一期）：目标任务｜本周进展｜累计完成｜完成率｜责任单位，
//      事实在“累计完成”列，“本周”数字不是
// =====================================================================================================
function buildF3() {
  const W = 8;
  const rows = [padRow(["潮安区电子商务进农村综合示范创建工作周报"], W),
    padRow(["第36期（2021年8月25日—8月31日）　　　　　潮安区电子商务进农村工作领导小组办公室　编"], W),
    padRow(["考评截止日期：2021年8月31日（本期为考评前最后一期）"], W),
    padRow(["基本数据：常住人口102.8万人；行政村437个；省定贫困村20个。"], W),
    padRow(["领导小组：组长由区长担任；成员单位为区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局、区交通运输局。"], W),
    ["序号", "工作任务", "目标任务", "本周进展", "累计完成", "完成率", "责任单位", "备注"]];
  const M = ["A1:H1", "A2:H2", "A3:H3", "A4:H4", "A5:H5"];
  let n = 0;
  const sec = (t) => { rows.push(padRow([t], W)); M.push(`A${rows.length}:H${rows.length}`); };
  const row = (task, goal, week, total, rate, unit, note) => { n++; rows.push([n, task, goal, week, total, rate, unit, note || null]); };
  sec("一、组织保障");
  row("示范创建工作方案", "印发实施方案", "—", "已印发（潮安府办〔2020〕9号）", "100%", "区商务局", null);
  row("农村电商扶持政策", "出台扶持政策", "召开政策兑现会1次", "已出台《潮安区农村电子商务扶持办法》", "100%", "区商务局、区财政局", null);
  sec("二、服务体系建设");
  row("县级电商公共服务中心", "建成并投入运营", "接待参观3批次", "2020年11月30日投入运营", "100%", "区商务局", null);
  row("中心免费培训场所、设备", "具备", "—", "√", "—", "运营单位", null);
  row("中心免费展示、销售服务", "具备", "新增展品12款", "√", "—", "运营单位", null);
  row("中心免费摄影、美工服务", "具备", "拍摄产品图86张", "√", "—", "运营单位", null);
  row("中心品牌推广、品牌建设指导", "具备", "—", "√", "—", "运营单位", "“潮安凤凰单丛”");
  row("中心其他衍生增值服务", "具备", "—", "×", "—", "运营单位", "计划9月开展");
  row("电商产业园", "建设或整合提升", "—", "已整合提升潮安电商产业园", "100%", "区商务局", null);
  row("村级电商服务站点", "覆盖70%以上行政村，贫困村全覆盖", "新挂牌2个", "累计建成站点318个", "—", "各镇", null);
  row("第三方电商运营服务商", "引入", "—", "已引入1家", "100%", "区商务局", null);
  row("行政村物流快递覆盖", "100%", "新增覆盖2个村", "已覆盖431个行政村（覆盖率98.6%）", "98.6%", "区交通运输局、区邮政分公司", "余6个村9月底前完成");
  sec("三、农村产品上行");
  row("农村网络零售额", "同比增长30%以上", "—", "2020年42.6亿元，同比增长31.2%", "—", "区商务局", "省监测数据");
  sec("四、人才培训");
  row("电商普及培训", "10,280人次（常住人口1%）", "培训2期356人次", "累计10,512人次", "102.3%", "区商务局", null);
  row("建档立卡贫困人口培训", "有劳动能力贫困人口（不含外出务工）3,126人，培训率50%以上", "培训48人", "累计参训1,702人", "54.4%", "区乡村振兴局", "按人计，不重复");
  sec("五、信息公开及报送");
  row("政府网站公开专栏", "公示方案、项目、进度，设征求意见或监督举报窗口", "更新2条", "已公示创建方案、项目基本信息、建设进度；征求意见、监督举报窗口尚未设立", "75%", "区商务局", null);
  row("向市商务局报送", "每月报送", "8月报表已报", "累计报送12期，均附电商扶贫统计", "100%", "区商务局", null);
  sec("六、资金管理");
  row("省级专项资金拨付", "下达资金500万元", "拨付36.8万元", "累计拨付418.3万元", "83.7%", "区财政局", null);
  row("资金管理制度", "制定", "—", "已制定", "100%", "区财政局", null);
  row("资金专用台账", "建立", "—", "已建立", "100%", "项目承建单位", null);
  row("项目总体进度", "100%", "+2%", "96%", "—", "区商务局", null);
  row("安全生产、质量事故", "不发生", "无", "创建以来未发生", "—", "各责任单位", null);
  rows.push(padRow(["下周计划：迎接省考评组现场考评；完成剩余6个村快递覆盖。"], W));
  M.push(`A${rows.length}:H${rows.length}`);
  rows.push(padRow(["报：区委、区政府领导　　送：领导小组各成员单位　　　　（共印15份）"], W));
  M.push(`A${rows.length}:H${rows.length}`);
  for (const r of rows) assert(r.length === W, "f3 width");
  assert(Math.round(1702 / 3126 * 1000) === 544 && Math.round(4183 / 5000 * 1000) === 837 && Math.round(10512 / 10280 * 1000) === 1023 && Math.round(431 / 437 * 1000) === 986, "f3 rates");
  return {
    description:
      "潮州潮安区电商进农村工作领导小组办公室编的《创建工作周报》第36期（2021年8月25日—8月31日，考评前最后一期）被当作事实表交来：表头上方三行“考评截止日期：…”“基本数据：常住人口102.8万人；行政村437个；省定贫困村20个。”“领导小组：组长由区长担任；成员单位为…”都是一格一句；正文“序号｜工作任务｜目标任务｜本周进展｜累计完成｜完成率｜责任单位｜备注”按六个分节，事实在“累计完成”列（中心服务用√／×），“本周进展”里的2期356人次、拨付36.8万元和“完成率”都不是输入；下达资金500万元、贫困人口基数3,126人写在“目标任务”列；快递只覆盖98.6%（不是100%），专栏没设窗口；2020年网零额只给了当年数和增速，没有2019年数；没有弄虚作假一项，也没有任何自评分。",
    sheets: [{ name: "周报第36期", rows, merges: M }],
    expect: {
      facts: {
        county: "潮安区", asOf: "2021-08-31", residentPopulation: 1028000, adminVillagesStated: 437, poorVillagesStated: 20, planIssued: true, policyIssued: true,
        centerOpened: "2020-11-30", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: false, ruralRetail2020: 4260000000, ruralRetailGrowthStated: 0.312, trainingPersonTimesStated: 10512,
        eligiblePoorPersonsStated: 3126, trainedPoorPersonsStated: 1702, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: false, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 4183000, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.96, vetoIncident: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}


// =====================================================================================================
// l1 — 梅州市丰顺县: ① Word站点表粘进Excel（一站两行：名称／地址、负责人／电话两段拆行，其他列纵向合并）；
//      ② 网零额月度同比表（不是台账）；③ 宣传报道（级别含“中央”“—”）；④ 培训按期（日期区间、“其中贫困户”列）
// =====================================================================================================
function buildL1() {
  // ① 站点一览表
  const TOWNS = ["汤坑镇", "汤南镇", "汤西镇", "留隍镇", "丰良镇", "潭江镇", "砂田镇", "八乡山镇", "建桥镇", "黄金镇", "埔寨镇", "龙岗镇"];
  const vn = noDupNamer(villageNamer("新东西南上下坑塘水石凤龙", "楼坑田岗湖陂洋坪径寮山美"), []);
  const stations = [];
  for (let i = 0; i < 16; i++) {
    const v = vn();
    const opened = randIsoBetween("2020-04-01", "2021-08-20");
    stations.push({ town: TOWNS[i % TOWNS.length], village: v, opened, fmt: i % 4 });
  }
  stations[5].fmt = 2; // month only
  stations[11].fmt = 2;
  stations[14].opened = "2021-09-06";
  stations[14].fmt = 1;
  const W = 6;
  const sRows = [padRow(["丰顺县村级电子商务服务站点一览表"], W), ["序号", "镇", "所在村", "站点名称／地址", "负责人／联系电话", "挂牌时间"]];
  const sM = ["A1:F1"];
  const sRecs = [];
  stations.forEach((s, i) => {
    const op = s.fmt === 0 ? D(s.opened) : s.fmt === 1 ? cnDate(s.opened) : s.fmt === 2 ? cnMonth(s.opened) : dotDate(s.opened);
    const vtxt = i % 3 === 1 ? s.village.replace(/村$/, "村委会") : s.village;
    const who = personName();
    sRows.push([i + 1, s.town, vtxt, `${s.village.replace(/村$/, "")}村电子商务服务站`, who, op]);
    sRows.push([null, null, null, `丰顺县${s.town}${s.village}${["村委会一楼", "文化楼旁", "圩镇路口", "党群服务中心"][i % 4]}`, phone(), null]);
    const r = sRows.length;
    for (const c of ["A", "B", "C", "F"]) sM.push(`${c}${r - 1}:${c}${r}`);
    sRecs.push({ village: s.village, opened: s.fmt === 2 ? s.opened.slice(0, 7) : s.opened });
  });
  sRows.push(padRow(["注：本表由Word版《站点一览表》复制，站点名称与地址、负责人与电话原为同一格内两段。"], W));
  sM.push(`A${sRows.length}:F${sRows.length}`);

  // ② 网零额月度同比（不是台账）
  const y21 = [21360, 17820, 24530, 23110, 25680, 27940, 26350, 28410];
  const y20 = [15870, 11240, 18960, 19620, 21030, 22870, 21450, 23160];
  const yRows = [padRow(["丰顺县2021年1—8月农村网络零售额同比情况"], 5), padRow(["单位：万元"], 5), ["月份", "2021年", "2020年同期", "增减额", "同比增长（%）"]];
  y21.forEach((a, i) => yRows.push([`${i + 1}月`, a, y20[i], a - y20[i], Number(((a / y20[i] - 1) * 100).toFixed(1))]));
  yRows.push(["1—8月合计", sum(y21), sum(y20), sum(y21) - sum(y20), Number(((sum(y21) / sum(y20) - 1) * 100).toFixed(1))]);
  yRows.push(padRow(["数据来源：广东省商务厅电子商务监测平台"], 5));

  // ③ 宣传报道
  const MD = [["2020-10-14", "丰顺：村级电商站让山货走出大山", "丰顺县融媒体中心", "县级", "网络", "county", false],
    ["2020-12-03", "丰顺电商扶贫：贫困户网上卖出高山茶", "梅州广播电视台《梅州新闻》", "市级", "电视", "city", true],
    ["2021-01-22", "县域电商观察：丰顺的“三级物流”", "中国县域电商网", "—", "网络", null, false],
    ["2021-04-09", "丰顺县电商进农村示范县创建综述", "梅州日报", "市级", "报纸", "city", false],
    ["2021-06-18", "广东丰顺：直播间里的脐橙丰收季", "中央电视台财经频道《第一时间》", "中央", "电视", "national", true],
    ["2021-08-27", "丰顺打造粤东农村电商样板", "南方日报", "省级", "报纸", "province", false],
    ["2021-09-10", "丰顺县电商服务站实现镇村全覆盖", "梅州日报", "市级", "报纸", "city", false]];
  const mRows = [padRow(["丰顺县电子商务进农村宣传报道登记表"], 7), ["序号", "报道日期", "标题", "媒体", "级别", "形式", "备注"]];
  MD.forEach((m, i) => mRows.push([i + 1, [twoDot, cnDate, D, dotDate][i % 4](m[0]), m[1], m[2], m[3], m[4], m[6] ? "电商扶贫典型案例" : null]));
  const mRecs = MD.map((m) => ({ date: m[0], level: m[5], tv: m[4] === "电视" }));

  // ④ 培训台账（按期，日期区间，“其中贫困户”列不是人次）
  const T = [["2020-09-22", "2020-09-23", "cn", "电商基础知识", 186, 34], ["2020-11-05", "2020-11-06", "dot", "网店开设与运营", 142, 21], ["2020-12-17", null, null, "农产品拍摄与美工", 96, 8],
    ["2021-03-16", "2021-03-18", "dot", "直播带货实操", 215, 47], ["2021-05-11", null, null, "丰顺高山茶网络营销", 128, 15], ["2021-07-06", "2021-07-08", "cn", "电商创业孵化", 174, 26],
    ["2021-08-30", "2021-09-01", "dot", "短视频运营", 133, 19]];
  const tRows = [padRow(["丰顺县农村电商培训台账"], 7), ["期次", "培训时间", "培训内容", "培训地点", "参训人次", "其中建档立卡贫困户", "备注"]];
  const tRecs = [];
  T.forEach((t, i) => {
    const when = t[1] ? rangeText(t[0], t[1], t[2]) : dotDate(t[0]);
    tRows.push([`第${CN_NUM[i + 1]}期`, when, t[3], ["县电商公共服务中心", "汤坑镇文化站", "留隍镇政府会议室"][i % 3], t[4], t[5], null]);
    tRecs.push({ date: t[1] || t[0], personTimes: t[4], id: null });
  });
  tRows.push(["合计", null, null, null, sum(T.map((t) => t[4])), sum(T.map((t) => t[5])), null]);
  assert(rangeText("2021-08-30", "2021-09-01", "dot") === "2021.8.30-9.1", "l1 range");

  return {
    description:
      "梅州丰顺县商务局电商股交的四个表：①《站点一览表》从Word表格复制——Word里“站点名称／地址”“负责人／联系电话”一格两段，粘进Excel每个站点占两行，序号、镇、所在村、挂牌时间纵向合并，村名有“××村委会”，挂牌时间混有日期、“2020年11月”（只到月）、“2021.3.5”式，其中一站2021年9月挂牌；②《网零额同比》是2021年1—8月与2020年同期的月度对比（月份｜2021年｜2020年同期｜增减额｜同比），不是台账；③《宣传报道》级别有“中央”“省级”“市级”“县级”和“—”（行业网站），日期有“20.10.14”两位年份，电视两条在备注注明典型案例；④《培训台账》一期一行，培训时间是区间（“2020年9月22日—23日”“2021.8.30-9.1”，按结束日算），“其中建档立卡贫困户”一列不是人次。",
    sheets: [
      { name: "站点一览表", rows: sRows, merges: sM },
      { name: "网零额同比", rows: yRows, merges: ["A1:E1", "A2:E2", `A${yRows.length}:E${yRows.length}`] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "培训台账", rows: tRows, merges: ["A1:G1"] },
    ],
    expect: {
      sheets: {
        "站点一览表": { kind: "stations", records: sRecs },
        "网零额同比": { kind: null },
        "宣传报道": { kind: "media", records: mRecs },
        "培训台账": { kind: "training", records: tRecs },
      },
    },
  };
}


// =====================================================================================================
// l2 — 云浮罗定市: ① 专项资金拨付台账（万元；下达｜拨付｜累计拨付｜结余 四列金额，按年度小计）；② 贫困人口花名册
//      （两行表头，劳动能力“有｜无”、是否外出务工“是｜否”打✓，有人务工两格都空）；③ 专栏更新记录（发布时间带时分秒）
// =====================================================================================================
function buildL2() {
  // ① 资金
  const pays = [["2020-08-20", 1126000, "县级电商公共服务中心建设"], ["2020-10-15", 342500, "村级站点建设（第一批）"], ["2020-12-29", 186300, "电商培训"],
    ["2021-01-26", 408000, "县镇村物流配送体系"], ["2021-04-08", 275600, "村级站点建设（第二批）"], ["2021-06-22", 213800, "农产品品牌培育"],
    ["2021-08-31", 196400, "中心运营补助"], ["2021-09-14", 255000, "溯源系统"]];
  const W = 8;
  const fRows = [padRow(["罗定市电子商务进农村综合示范专项资金拨付台账"], W), padRow(["单位：万元"], W),
    ["日期", "摘要", "下达金额", "拨付金额", "累计拨付", "结余", "凭证号", "备注"],
    [dotDate("2020-07-10"), "省财政下达专项资金（粤财工〔2020〕×号）", 500, null, null, 500, null, null]];
  let acc = 0;
  const fRecs = [];
  let yearSum = 0;
  let curYear = "2020";
  pays.forEach((p, i) => {
    if (p[0].slice(0, 4) !== curYear) {
      fRows.push([null, `${curYear}年小计`, 500, wan4(yearSum), wan4(acc), wan4(5000000 - acc), null, null]);
      curYear = p[0].slice(0, 4);
      yearSum = 0;
    }
    acc += p[1];
    yearSum += p[1];
    fRows.push([[dotDate, (x) => x.replace(/-/g, "."), cnDate][i % 3](p[0]), p[2], null, wan4(p[1]), wan4(acc), wan4(5000000 - acc), `罗商-${pad3(31 + i)}`, p[0] > "2021-08-31" ? "考评截止后拨付" : null]);
    fRecs.push({ date: p[0], amount: p[1] });
  });
  fRows.push([null, `${curYear}年小计`, null, wan4(yearSum), wan4(acc), wan4(5000000 - acc), null, null]);
  fRows.push([null, "合计", 500, wan4(acc), null, wan4(5000000 - acc), null, null]);
  for (const r of fRows) assert(r.length === W, "l2 funds width");

  // ② 贫困人口（两行表头、打✓）
  const REG = "445381";
  const P = [];
  for (let i = 0; i < 24; i++) {
    const id = makeId(REG, birthBetween(1958, 2003), rnd() < 0.5, i === 3 || i === 17 ? true : undefined);
    let labour = i % 6 !== 5;
    let migrant = labour ? (i % 4 === 1 ? true : false) : null;
    if (i === 10) migrant = null; // both 务工 boxes left blank
    P.push({ id, name: personName(), labour, migrant, village: ["泗纶镇杨绿村", "罗镜镇龙岩村", "太平镇太平村", "分界镇高垌村"][i % 4] });
  }
  const pRows = [padRow(["罗定市建档立卡贫困人口花名册（劳动能力及务工情况）"], 9),
    ["序号", "姓名", "身份证号", "所在村", "劳动能力", null, "是否外出务工", null, "备注"],
    [null, null, null, null, "有", "无", "是", "否", null]];
  const pM = ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:H2", "I2:I3"];
  const pRecs = [];
  P.forEach((p, i) => {
    const idTxt = isX(p.id) && i === 17 ? p.id.slice(0, 17) + "x" : p.id;
    pRows.push([i + 1, p.name, idTxt, p.village, p.labour ? "✓" : null, p.labour ? null : "✓", p.migrant === true ? "✓" : null, p.migrant === false ? "✓" : null,
      !p.labour ? "无劳动能力，务工栏不填" : p.migrant === null ? "务工情况待核实" : null]);
    pRecs.push({ id: p.id, labour: p.labour, migrant: p.migrant });
  });
  assert(pRecs.filter((r) => r.labour && r.migrant === null).length === 1, "l2 unknown migrant");

  // ③ 专栏更新记录
  const U = ["2020-09-18", "2020-10-23", "2020-11-20", "2020-12-25", "2021-01-22", "2021-03-05", "2021-03-26", "2021-04-30", "2021-05-28", "2021-06-25", "2021-07-30", "2021-08-27", "2021-09-24"];
  const uRows = [padRow(["罗定市政府门户网站“电子商务进农村”专栏更新记录"], 4), ["发布时间", "标题", "发布人", "浏览量"]];
  const uRecs = [];
  U.forEach((d, i) => {
    const t = hms();
    uRows.push([i % 2 ? `${d} ${t}` : `${slashDate(d)} ${t.slice(0, 5)}`, `罗定市电子商务进农村综合示范项目建设进度公示（${cnMonth(d)}）`, "市商务局", rint(80, 900)]);
    uRecs.push({ date: d });
  });

  return {
    description:
      "云浮罗定市商务局的三个表：①《资金拨付台账》单位万元，“下达金额｜拨付金额｜累计拨付｜结余”四列金额并排——第一行是省财政下达500万元（不是拨付），每年一个小计行、最后合计行，累计和结余列不能当拨付，日期有“2020.8.20”“2021.04.08”（补零）“2020年12月29日”三种，最后一笔9月14日；②《贫困人口花名册》两行表头，“劳动能力”分“有｜无”、“是否外出务工”分“是｜否”两小列打✓，无劳动能力的人务工栏两格都空（未知），另有一人有劳动能力但务工两格也空（备注“待核实”），一个身份证号尾号小写x；③《专栏更新》发布时间是带时刻的文本（“YYYY-MM-DD 时:分:秒”和“YYYY/M/D 时:分”两种），2021年2月没有、3月有两条，最后一条在9月。",
    sheets: [
      { name: "资金拨付台账", rows: fRows, merges: ["A1:H1", "A2:H2"] },
      { name: "贫困人口花名册", rows: pRows, merges: pM },
      { name: "专栏更新", rows: uRows, merges: ["A1:D1"] },
    ],
    expect: {
      sheets: {
        "资金拨付台账": { kind: "funds", records: fRecs },
        "贫困人口花名册": { kind: "poorPersons", records: pRecs },
        "专栏更新": { kind: "disclosures", records: uRecs },
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
write("counties", "b242-c1-qujiang.json", c1);
write("facts", "b242-f1-lianjiang.json", f1);
write("facts", "b242-f2-xinyi.json", f2);
write("facts", "b242-f3-chaoan.json", f3);
write("ledgers", "b242-l1-fengshun.json", l1);
write("ledgers", "b242-l2-luoding.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
