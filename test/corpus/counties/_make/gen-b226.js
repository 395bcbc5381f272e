// Batch 226 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b222.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (226226), no clock. Run: node test/corpus/_b226/gen-b226.js
//
// c1 曲江区 (韶关): the facts sheet is a 迎检《一张表》 with two tables side by side on one sheet — left “一、基础数据”
//    (序号｜项目｜数据｜单位／说明, value and unit in separate cells), a blank column, right “二、指标自评” (工作任务 merged｜评价指标｜
//    分值｜自评分｜细项说明 “制度2；台账1”); tables of different lengths. Ledgers: 村居 with a 快递进村 column that contradicts the
//    fact (one 否), stations (two-digit years, a stray village, 社区 point, second stations), 普及培训 by session 人次 + 脱贫户专场 sign-ins
//    by person (both count), 脱贫人口, park roll, funds in 万元, reports with months as columns (no January), column log, media, materials.
// f1 汕尾市城区: a printed 基础数据表 of alternating label rows / value rows (7 cells a row), yes/no typed as 1/0 per the header note,
//    one blank (unanswered); judged scores written “自评分/满分” (“1/2”, “4/5”), three pairs a row; 组长 常务副区长 (deputy).
// f2 梅江区 (梅州): a 部门回填汇总表 — 序号｜数据项｜数值｜计量单位｜口径／来源 in blocks per supplying department, each block headed by a
//    merged row (部门, 回填日期, 经办人); units from the unit column (万人, 亿元, 万元 — but 累计拨付 in 元), one value “待省商务厅反馈”.
// f3 普宁市 (揭阳): 《创建情况一览》 — one row per 板块, all facts of a 板块 in one cell as Alt+Enter lines “标签：值”; 户籍人口 distractor,
//    judged items “—（…不评）” left unstated.
// l1 惠阳区 (惠州): ① 学员登记 one trainee a row, 培训时间 one style per class (ranges read at the end, two-digit year, serial, 20210914),
//    IDs with lower-case x, masked and spaced; ② 园区租赁合同台账 as the park roll — entered = 租赁起始日, left = 实际退租日 (not 合同到期日;
//    a renewed contract stays); ③ 填表说明 (not a ledger).
// l2 斗门区 (珠海): ① 月报 turned on its side (fields as rows, a month a column; 报送日期 in four styles, one “11月5日” needing the year);
//    ② 宣传报道 with level words 中央级/省级/市级/区级/其他 and forms 电视/广播/网络/新媒体; ③ a CMS export of the column (drafts have no
//    发布时间 and are not updates; date = 发布时间 not 创建时间); ④ 目录 (not a ledger).
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
let seed = 226226;
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
    assert(/^b226-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b226-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b226-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 韶关市曲江区: 《迎检一张表》（左：基础数据，右：指标自评，两表并排）＋ 11 个台账
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const TOWNS = ["马坝镇", "大塘镇", "枫湾镇", "小坑镇", "沙溪镇", "乌石镇", "樟市镇", "白土镇", "罗坑镇"];
  const NV = [14, 12, 11, 8, 10, 11, 12, 12, 8];
  const NC = { "马坝镇": 8, "大塘镇": 1, "白土镇": 2, "乌石镇": 1 };
  const vn = villageNamer("石黄新大良平龙高竹梅江东西南北上中长旺福安和莲", "岗塘坑坡湾田洞岭头围尾山坪岸陂寮冲");
  const cn = nameMaker("城文鉴桥马锦", "北南园兴华秀", "社区");
  const villages = [];
  TOWNS.forEach((t, ti) => {
    for (let i = 0; i < NV[ti]; i++) villages.push({ town: t, name: vn(), admin: true, poor: false, express: true });
    for (let i = 0; i < (NC[t] || 0); i++) villages.push({ town: t, name: cn(), admin: false });
  });
  const adminV = villages.filter((v) => v.admin);
  const comms = villages.filter((v) => !v.admin);
  assert(adminV.length === 98 && comms.length === 12, "c1 villages");
  noStemClash(adminV.map((v) => v.name), comms.map((v) => v.name), "c1");
  const rural = shuffle(adminV.filter((v) => v.town !== "马坝镇"));
  const poorList = rural.slice(0, 14);
  for (const v of poorList) v.poor = true;
  const nonPoor = shuffle(adminV.filter((v) => !v.poor));
  const noExpress = nonPoor[70];
  noExpress.express = false;

  const W = 6;
  const vRows = [padRow(["韶关市曲江区村（居）民委员会名单"], W), padRow(["（区民政局提供，2021年6月；“省定贫困村”“快递进村”两列由区商务局补填）"], W),
    ["序号", "镇", "村（居）民委员会", "类别", "省定贫困村", "快递进村"]];
  const vMerges = ["A1:F1", "A2:F2"];
  let seq = 0;
  for (const t of TOWNS) {
    const r0 = vRows.length + 1;
    for (const v of villages.filter((x) => x.town === t)) {
      seq++;
      if (v.admin) vRows.push([seq, t, v.name.replace(/村$/, "村民委员会"), "行政村", v.poor ? "是" : "否", v.express ? "是" : "否（邮件由镇邮政所代收）"]);
      else vRows.push([seq, t, v.name.replace(/社区$/, "社区居民委员会"), "社区", "—", "—"]);
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push(padRow([null, "合计", `行政村${adminV.length}个、社区${comms.length}个`], W));

  // ---------------- stations
  const stations = [];
  for (const v of poorList.slice(0, 13)) stations.push({ town: v.town, village: v.name, opened: randIsoBetween("2020-06-01", "2021-08-25") });
  for (const v of nonPoor.slice(0, 59)) stations.push({ town: v.town, village: v.name, opened: randIsoBetween("2020-06-01", "2021-08-31") });
  const poorLate = poorList[13];
  stations.push({ town: poorLate.town, village: poorLate.name, opened: "2021-09-03" });
  for (const v of nonPoor.slice(59, 61)) stations.push({ town: v.town, village: v.name, opened: ["2021-09-10", "2021-10-08"][stations.length % 2] });
  stations.push({ town: nonPoor[5].town, village: nonPoor[5].name, opened: randIsoBetween("2021-02-01", "2021-07-31"), second: true });
  stations.push({ town: poorList[2].town, village: poorList[2].name, opened: randIsoBetween("2021-02-01", "2021-07-31"), second: true });
  stations.push({ town: comms[0].town, village: comms[0].name, opened: "2020-12-20", comm: true });
  assert(!villages.some((v) => v.name === "江湾村"), "c1 stray village");
  stations.push({ town: "白土镇", village: "江湾村", opened: "2021-03-18", stray: true });
  const covered = new Set(stations.filter((s) => !s.comm && !s.stray && s.opened <= CUT).map((s) => s.village));
  const poorCovered = poorList.filter((v) => covered.has(v.name)).length;
  assert(covered.size === 72 && poorCovered === 13, "c1 coverage " + covered.size + "/" + poorCovered);
  stations.sort((a, b) => TOWNS.indexOf(a.town) - TOWNS.indexOf(b.town) || cmp(a.opened, b.opened));
  const sRows = [padRow(["曲江区村级电子商务服务站点清单"], 8), ["序号", "镇", "站点名称", "所在村（社区）", "地址", "负责人", "联系电话", "建成时间"]];
  stations.forEach((s, i) => {
    const stem = s.village.replace(/村$|社区$/, "");
    const nm = s.comm ? `${stem}社区电商服务点` : s.second ? `${stem}村电商服务站（二）` : `${stem}村电商服务站`;
    const dc = i % 7 === 3 ? twoDot(s.opened) : dateCell(s.opened, i);
    sRows.push([i + 1, s.town, nm, s.village, `${s.town}${s.village}${rint(1, 60)}号`, personName(), mask(phone()), dc]);
  });
  sRows.push(padRow(["注：江湾村站点为与武江区共建，挂靠白土镇统计。"], 8));

  // ---------------- training sessions (普及培训)
  const PLACES = ["区电商公共服务中心", "大塘镇文化站", "枫湾镇政府", "沙溪镇电商服务站", "樟市镇党群服务中心", "白土镇文化站"];
  const sess = [];
  let d = "2020-09-08";
  for (let i = 0; i < 22; i++) {
    sess.push({ date: d, pt: rint(98, 132) });
    d = isoAdd(d, rint(12, 16));
  }
  assert(sess[21].date <= CUT, "c1 last session " + sess[21].date);
  sess.push({ date: "2021-09-14", pt: 126 });
  const tRows = [padRow(["曲江区农村电商普及培训台账（按期次）"], 6), padRow(["说明：脱贫户专场培训逐人登记，见《专场签到》，本表不含。"], 6),
    ["期次", "培训日期", "培训地点", "培训内容", "参训人次", "备注"]];
  sess.forEach((s, i) => tRows.push([`第${i + 1}期`, dateCell(s.date, i + 1), PLACES[i % PLACES.length], ["电商基础", "网店运营", "直播带货", "短视频制作"][i % 4],
    i % 6 === 2 ? `${s.pt}人次` : s.pt, null]));
  tRows.push(["合计", null, null, null, sum(sess.map((s) => s.pt)), "含9月第23期"]);

  // ---------------- poor persons
  const poor = [];
  for (let i = 0; i < 60; i++) {
    const kind = i < 40 ? "elig" : i < 48 ? "migr" : "nolab";
    const id = makeId("440205", birthBetween(kind === "nolab" ? 1945 : 1968, kind === "nolab" ? 1958 : 2001), rnd() < 0.5, i === 7 ? true : undefined);
    poor.push({ id, kind, name: personName(), town: TOWNS[1 + (i % 8)] });
  }
  const pRows = [padRow(["曲江区建档立卡脱贫人口劳动力情况（摘自区乡村振兴局，2021年7月）"], 8),
    ["序号", "镇", "姓名", "身份证号码", "劳动能力", "是否外出务工", "务工地点", "备注"]];
  shuffle(poor).forEach((p, i) => pRows.push([i + 1, p.town, p.name, p.id, p.kind === "nolab" ? (i % 2 ? "丧失劳动能力" : "无劳动能力") : "有劳动能力",
    p.kind === "migr" ? "是" : p.kind === "elig" ? "否" : "—", p.kind === "migr" ? ["广州市", "东莞市", "深圳市", "佛山市"][i % 4] : null, null]));
  const elig = poor.filter((p) => p.kind === "elig");

  // ---------------- 专场签到
  const outsiders = [];
  for (let i = 0; i < 10; i++) outsiders.push({ id: makeId("440205", birthBetween(1970, 2000), rnd() < 0.5), name: personName() });
  const S1 = elig.slice(0, 16).concat(poor.filter((p) => p.kind === "migr").slice(0, 2), outsiders.slice(0, 5));
  const S2 = elig.slice(10, 22).concat(outsiders.slice(5, 10));
  const S3 = elig.slice(20, 30);
  const spec = [["第一场", "2020-11-12", "大塘镇文化站", S1], ["第二场", "2021-04-20", "区电商公共服务中心", S2], ["第三场", "2021-09-08", "樟市镇党群服务中心", S3]];
  const qRows = [padRow(["曲江区脱贫户电商专场培训签到表"], 5), ["序号", "姓名", "身份证号码", "是否脱贫户", "签名"]];
  const qMerges = ["A1:E1"];
  let signCut = 0;
  const trainedIds = new Set();
  for (const [nm, day, place, list] of spec) {
    qRows.push(padRow([`${nm}　${cnDate(day)}　${place}`], 5));
    qMerges.push(`A${qRows.length}:E${qRows.length}`);
    list.forEach((p, i) => {
      const isPoor = poor.includes(p);
      qRows.push([i + 1, p.name, i % 9 === 4 ? spacedId(p.id) : p.id, isPoor ? "是" : "否", "（已签）"]);
      if (day <= CUT) {
        signCut++;
        trainedIds.add(p.id);
      }
    });
  }
  const trained = elig.filter((p) => trainedIds.has(p.id)).length;
  assert(trained === 22 && elig.length === 40, "c1 trained " + trained);
  const ptCut = sum(sess.filter((s) => s.date <= CUT).map((s) => s.pt)) + signCut;
  const POP = 294600;
  const BASE = Math.min(POP, 500000);
  assert(ratioGE(ptCut, BASE, 0.8) && !ratioGE(ptCut, BASE, 1), "c1 pt " + ptCut);

  // ---------------- enterprises
  const firmName = nameMaker("曲韶丹马坝乌莲", "源泰达康兴信汇丰", "", []);
  const TYPES = ["平台型", "平台型", "网店销售", "网店销售", "网店销售", "网店销售", "网店销售", "网店销售", "网店销售", "运营服务商", "运营服务商", "运营服务商",
    "物流快递", "物流快递", "物流快递", "直播电商", "直播电商", "直播电商", "农产品加工", "农产品加工", "包装设计", "网店销售", "运营服务商"];
  const firms = shuffle(TYPES).map((t) => ({ name: `韶关市曲江区${firmName()}${t === "物流快递" ? "物流" : "电子商务"}有限公司`, type: t, code: creditCode("440205"),
    entered: randIsoBetween("2020-05-01", "2021-08-20"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[2].left = "2021-04-30";
  firms[6].left = "2021-07-15";
  firms[9].left = "2021-09-20";
  firms[22].entered = "2021-09-06";
  const inPark = firms.filter((f) => f.entered <= CUT && (f.left === null || f.left > CUT));
  const normT = (t) => (/平台/.test(t) ? "平台型" : /销售|零售|网店/.test(t) ? "销售型" : /运营|服务商/.test(t) ? "电商运营商" : /物流|快递|仓储/.test(t) ? "物流企业" : t);
  const typesIn = new Set(inPark.map((f) => normT(f.type)));
  assert(inPark.length === 20 && typesIn.size >= 3, "c1 park " + inPark.length);
  const eRows = [padRow(["曲江区电子商务产业园入驻企业名单"], 7), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退出日期", "状态"]];
  firms.forEach((f, i) => eRows.push([i + 1, f.name, f.code, f.type, dateCell(f.entered, i + 2), f.left ? dotDate(f.left) : null,
    f.left ? "已退园" : f.entered > CUT ? "新入驻" : "在园"]));

  // ---------------- funds (万元)
  const ALLOC = 5000000;
  const pays = [["2020-08-20", 1260000, "公共服务中心建设"], ["2020-10-16", 386500, "村级站点建设（一批）"], ["2020-12-11", 294800, "产业园整合提升"],
    ["2021-01-15", 218000, "培训服务费"], ["2021-03-05", 412600, "村级站点建设（二批）"], ["2021-04-22", 175300, "品牌推广"], ["2021-05-28", 306400, "物流配送体系"],
    ["2021-06-30", 268900, "溯源系统"], ["2021-07-23", 189700, "培训服务费"], ["2021-08-27", 152800, "直播基地设备"], ["2021-09-15", 330000, "中心运营尾款"]];
  const spent = sum(pays.filter((p) => p[0] <= CUT).map((p) => p[1]));
  assert(ratioGE(spent, ALLOC, 70) && !ratioGE(spent, ALLOC, 80), "c1 spent " + spent);
  const fRows = [padRow(["曲江区电子商务进农村综合示范专项资金支出台账"], 5), padRow(["单位：万元"], 5), ["拨付日期", "项目", "拨付金额", "凭证号", "备注"]];
  pays.forEach((p, i) => fRows.push([dateCell(p[0], i + 3), p[2], wan4(p[1]), `记-${pad3(i + 11)}`, null]));
  fRows.push([null, "合计", wan4(sum(pays.map((p) => p[1]))), null, null]);

  // ---------------- reports (months as columns)
  const months = WINDOW;
  const rRows = [padRow(["向韶关市商务局报送月报情况"], 13), ["项目"].concat(months.map((m) => cnMonth(m))),
    ["报送"].concat(months.map((m) => (m === "2021-01" ? null : "✓"))), ["附扶贫统计表"].concat(months.map((m) => (m === "2021-01" ? null : "✓")))];
  const repMonths = months.filter((m) => m !== "2021-01").length;

  // ---------------- disclosures
  const upd = [];
  for (const m of WINDOW) upd.push(`${m}-${String(rint(3, 27)).padStart(2, "0")}`);
  const uRows = [padRow(["区政府网站“电子商务进农村综合示范”专栏更新记录"], 4), ["序号", "发布日期", "标题", "栏目"]];
  upd.forEach((x, i) => uRows.push([i + 1, dateCell(x, i), `曲江区电子商务进农村综合示范项目建设进度（${cnMonth(x)}）`, "建设进度"]));
  const disMonths = inWindowMonths(upd);

  // ---------------- media, materials
  const media = [["2020-12-09", "韶关日报", "市级", "报纸", "曲江电商服务站开到村口", "否"], ["2021-03-17", "南方日报", "省级", "报纸", "曲江：电商让马坝油粘米卖上好价钱", "否"],
    ["2021-05-12", "广东广播电视台珠江频道", "省级", "电视", "曲江脱贫户直播卖山货", "是"], ["2021-06-03", "曲江融媒", "县级", "网络", "我区举办第18期电商培训", "否"],
    ["2021-09-10", "中央电视台财经频道", "国家级", "电视", "广东曲江：电商扶贫带富山村", "是"]];
  const mRows = [padRow(["宣传报道台账"], 7), ["序号", "日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"]];
  media.forEach((m, i) => mRows.push([i + 1, dateCell(m[0], i + 1), m[1], m[2], m[3], m[4], m[5]]));
  const matRows = [padRow(["经验材料报送登记"], 4), ["序号", "报送日期", "材料名称", "报送单位"], [1, "2021年6月18日", "曲江区电子商务进农村综合示范创建经验材料", "韶关市商务局"]];

  // ---------------- facts sheet: two tables side by side
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 15, "work.coverage": 10, "work.upward": 8,
    "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 4, "fund.ledger": 4,
    "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1,
  };
  const L = [["序号", "项目", "数据", "单位／说明"],
    [1, "考评截止日期", "2021年8月31日", null], [2, "常住人口", 29.46, "万人"], [3, "行政村", 98, "个（另有社区12个）"], [4, "省定贫困村", 14, "个"],
    [5, "领导小组组长", "区长", null], [6, "成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、曲江邮政分公司", null],
    [7, "示范县工作方案", "已正式印发", "曲府办〔2020〕12号"], [8, "农村电商扶持政策", "已出台", null], [9, "公共服务中心投入运营", "2020.12.18", null],
    [10, "中心免费培训场所及设备", "有", null], [11, "特色农产品免费展示销售", "有", null], [12, "免费摄影、美工服务", "有", null], [13, "农产品统一推广、品牌建设指导", "有", null],
    [14, "其他衍生增值服务", "无", null], [15, "电商产业园", "已整合", "马坝镇电商产业园"], [16, "第三方电商运营服务商", "有", null], [17, "行政村快递覆盖率", "100%", null],
    [18, "2019年农村网络零售额", 9.86, "亿元"], [19, "2020年农村网络零售额", 12.94, "亿元"], [20, "2019年农产品网络零售额", 1.82, "亿元"], [21, "2020年农产品网络零售额", 2.31, "亿元"],
    [22, "专栏公示内容", "创建方案、项目基本信息、建设进度，设监督举报窗口", null], [23, "电商扶贫统计", "能统计", null],
    [24, "下达省级专项资金", 500, "万元"], [25, "资金管理制度", "已制定", null], [26, "资金专用台账", "已建立", null], [27, "项目总体进度", 91, "%"],
    [28, "安全生产、质量事故或重大损失", "无", null], [29, "弄虚作假", "无", null]];
  const R = [["工作任务", "评价指标", "分值", "自评分", "细项说明"],
    ["组织领导与统筹协调", "组织领导", 2, 2, null], [null, "方案制定", 2, 2, null], [null, "政策支持", 2, 2, null], [null, "项目管理", 4, 3, "制度2；台账1"],
    ["深入推动电子商务进农村", "服务体系建设（中心与产业园）", 15, 15, null], [null, "服务体系建设（村级站点）", 10, 10, null],
    [null, "农村产品上行", 10, 8, "调研2；促销1；标准溯源1"], [null, "电商人才培训", 20, 20, null],
    ["信息公开及报送", "信息公开", 4, 4, null], [null, "数据上报", 6, 6, null], ["宣传推广", "案例总结", 2, 2, null], [null, "经验推广", 8, 8, null],
    ["财政资金管理", "制度建立", 5, 4, null], [null, "资金台账", 5, 4, null], [null, "资金支出", 5, 4, "及时拨付4"],
    ["加分项", "贫困人口培训率70%以上", 2, 0, null], [null, "电商扶贫典型案例获电视播报", 2, 1, "省级电视"], ["合计", null, 100, null, "加分另计"]];
  const sumClaim = sum(SCORED.map(([id]) => claimed[id]));
  R[R.length - 1][3] = sumClaim;
  const FW = 11;
  const fr = [padRow(["曲江区电子商务进农村综合示范创建迎检“一张表”"], FW), padRow(["一、基础数据", null, null, null, null, "二、指标自评"], FW)];
  const fm = ["A1:K1", "A2:D2", "F2:J2"];
  const n = Math.max(L.length, R.length);
  for (let i = 0; i < n; i++) {
    const l = L[i] || [null, null, null, null];
    const r = R[i] || [null, null, null, null, null];
    fr.push([...l, null, ...r, null]);
  }
  // merge 工作任务 cells downward in the right table (column F)
  let start = null;
  for (let i = 1; i < R.length; i++) {
    const row = 3 + i;
    if (R[i][0] !== null) {
      if (start !== null && row - 1 > start) fm.push(`F${start}:F${row - 1}`);
      start = row;
    }
  }
  fr.push(padRow([], FW));
  fr.push(padRow(["制表：区商务局电商股　　审核：×××　　2021年9月1日"], FW));
  fm.push(`A${fr.length}:K${fr.length}`);
  for (const r of fr) assert(r.length === FW, "c1 fact width");

  // ---------------- points
  const centerPts = 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 2 + 1;
  const covBase = Math.min(adminV.length, 200);
  const covPts = (ratioGE(covered.size, covBase, 70) ? 5 : ratioGE(covered.size, covBase, 50) ? 2 : 0) + (poorCovered === poorList.length ? 5 : ratioGE(poorCovered, poorList.length, 80) ? 3 : 0);
  const r19 = 986000000, r20 = 1294000000, a19 = 182000000, a20 = 231000000;
  const growthOk = (r20 - r19) * 100 >= 30 * r19 || (a20 - a19) * 100 >= 30 * a19;
  assert((r20 - r19) * 100 >= 30 * r19 && !((a20 - a19) * 100 >= 30 * a19), "c1 growth");
  const upPts = 2 + 1 + 1 + 0 + 1 + (growthOk ? 2 : 0);
  const ptPts = ratioGE(ptCut, BASE, 1) ? 10 : ratioGE(ptCut, BASE, 0.8) ? 8 : ratioGE(ptCut, BASE, 0.6) ? 6 : 0;
  const poorPts = ratioGE(trained, elig.length, 50) ? 10 : ratioGE(trained, elig.length, 40) ? 8 : ratioGE(trained, elig.length, 30) ? 6 : 0;
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": centerPts, "work.coverage": covPts, "work.upward": upPts,
    "work.training": ptPts + poorPts, "info.disclosure": 2 + (disMonths === 12 ? 2 : disMonths > 0 ? 1 : 0), "info.reporting": (repMonths === 12 ? 3 : repMonths > 0 ? 1 : 0) + 3,
    "promo.cases": 2, "promo.media": 4 + 3 + 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": ratioGE(spent, ALLOC, 70) ? 4 : -5,
    "bonus.poorTraining": ratioGE(trained, elig.length, 70) ? 2 : 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(centerPts === 14 && covPts === 8 && upPts === 7 && ptPts === 8 && poorPts === 10 && pts["info.reporting"] === 4, "c1 pts");
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 86 && bonus === 1, "c1 total " + scored + "+" + bonus);
  const derivation = [
    "org.leadership: 左表第5、6项：组长“区长”（主要领导），成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局 → 2",
    "org.plan: 方案“已正式印发”（曲府办〔2020〕12号），右表自评2 → 2",
    "org.policy: 扶持政策“已出台”，自评2 → 2",
    "org.management: 右表项目管理细项“制度2；台账1” → 3",
    "work.center: 中心2020.12.18投入运营（≤2021-02-28） → 建成2＋运行满6个月2；免费培训2、展示销售1、摄影美工1、品牌推广1；其他衍生增值服务“无” → 0；产业园已整合2；《入驻企业》截至8月31日在园" + inPark.length + "家（2021.4.30、2021.7.15退园两家不算，2021.9.20退园的8月底仍在园，9月6日新入驻的不算）≥20 → 2；类型平台型、销售型、运营商、物流等≥3 → 1；合计14（自评15）",
    `work.coverage: 《村居名单》行政村98个（社区12个不算），基数98；《站点清单》截止日前有站的行政村${covered.size}个（同村第二个站只算一次；社区服务点不算；“江湾村”不在名单里，不算并提示；9月、10月建成的3个站不算；部分日期写成“21.3.5”式两位年份） → ${pct1(covered.size, 98)} ≥ 70% → 5；省定贫困村14个，${poorLate.name}的站2021-09-03才建成 → 13/14 = ${pct1(13, 14)} → 3；合计8（自评10）`,
    `work.upward: 细项 调研2、促销1、标准溯源1；第三方运营服务商有 → 1；快递：左表写100%，但《村居名单》有快递进村列，${noExpress.name}（${noExpress.town}）为“否” → 0（与左表不一致，提示）；农村网零9.86→12.94亿元增长${pct1(r20 - r19, r19)} ≥ 30% → 2（农产品1.82→2.31亿元只增${pct1(a20 - a19, a19)}）；合计7（自评8）`,
    `work.training: 常住人口29.46万 → 基数294,600；《培训期次》截止日前第1—22期${fmtInt(sum(sess.filter((s) => s.date <= CUT).map((s) => s.pt)))}人次（“×人次”文本照读；第23期2021-09-14不算；合计行不另加）＋《专场签到》前两场${signCut}人次 = ${fmtInt(ptCut)} → ${pct2(ptCut, BASE)}，0.8%—1% → 8；《脱贫人口》有劳动能力且不外出务工${elig.length}人，其中身份证号出现在截止日前专场签到里的${trained}人（两场都来的只算一次；外出务工的2人、非脱贫户不算；第三场9月8日不算） → ${pct1(trained, elig.length)} ≥ 50% → 10；合计18（自评20）`,
    "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度并设监督举报窗口 → 2；《专栏更新》2020年9月—2021年8月每月都有 → 2；合计4",
    "info.reporting: 《月报报送》月份横排，2021年1月一格空白，其余11个月✓ → 不定时 1；附扶贫统计表✓（左表也写能统计） → 3；合计4（自评6）",
    "promo.cases: 2021年6月18日向韶关市商务局报送经验材料 → 2",
    "promo.media: 截止日前南方日报、广东广播电视台（省级）4＋韶关日报（市级）3＋曲江融媒（县级）1 → 8（中央电视台2021-09-10在截止日后）",
    "fund.system: 右表自评4 → 4",
    "fund.ledger: 右表自评4 → 4",
    `fund.spending: 《资金台账》单位万元，截止日前10笔合计${fmtMoney(spent)}元（2021-09-15尾款33万元不算；合计行不另加）/ 5,000,000 = ${pct1(spent, ALLOC)} ≥ 70% → 细项“及时拨付4” → 4`,
    `bonus.poorTraining: ${trained}/${elig.length} = ${pct1(trained, elig.length)} < 70% → 0`,
    "bonus.tvCase: 2021-05-12广东广播电视台珠江频道（省级电视）播报电商扶贫典型案例 → 1（中央电视台那条在截止日后）",
    "veto.incident: 左表“安全生产、质量事故或重大损失：无” → 不否决",
    "veto.progress: 项目总体进度91% ≥ 40% → 不否决",
    "veto.fraud: “弄虚作假：无” → 不否决",
  ];
  return {
    description:
      `韶关市曲江区商务局电商股的整本迎检工作簿（12个表），${scored}＋加分${bonus}＝${scored + bonus}分、未否决（自评${sumClaim}＋1）：事实表是《迎检“一张表”》——同一张表上左右并排两张表：左边“一、基础数据”（序号｜项目｜数据｜单位／说明，29行，数值和单位分列：29.46｜万人、9.86｜亿元、500｜万元、91｜%），右边隔一空列是“二、指标自评”（工作任务纵向合并｜评价指标｜分值｜自评分｜细项说明，18行，主观细项写成“制度2；台账1”），两表行数不同；台账里村居名单有快递进村列（一村“否”，与左表100%矛盾）、站点有两位年份日期、一站所在村不在名单、普及培训按期次人次而脱贫户专场逐人签到（两本都算人次）、资金单位万元、月报月份横排缺1月。`,
    sheets: [
      { name: "迎检一张表", rows: fr, merges: fm },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点清单", rows: sRows, merges: ["A1:H1"] },
      { name: "培训期次", rows: tRows, merges: ["A1:F1", "A2:F2"] },
      { name: "专场签到", rows: qRows, merges: qMerges },
      { name: "脱贫人口", rows: pRows, merges: ["A1:H1"] },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金台账", rows: fRows, merges: ["A1:E1", "A2:E2"] },
      { name: "月报报送", rows: rRows, merges: ["A1:M1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:D1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 汕尾市城区: 打印版基础数据表（标签行／数值行交替，每行7格；是否项填1/0；主观分写“自评分/满分”）
// =====================================================================================================
function buildF1() {
  const W = 7;
  const rows = [padRow(["汕尾市城区电子商务进农村综合示范创建基础数据表"], W),
    padRow(["填报单位：汕尾市城区商务局　　数据截至：2021年8月31日　　是否类栏目填“1”（是）或“0”（否）"], W)];
  const m = ["A1:G1", "A2:G2"];
  const band = (labels, values) => {
    rows.push(padRow(labels.slice(), W));
    rows.push(padRow(values.slice(), W));
  };
  band(["县（市、区）", "常住人口（万人）", "行政村（个）", "社区（个）", "省定贫困村（个）", "领导小组组长", "参与部门"],
    ["汕尾市城区", 54.22, 37, 41, 4, "区委常委、常务副区长", "商务、财政、农业农村、乡村振兴、交通运输"]);
  band(["方案已印发", "政策已出台", "公共服务中心投入运营日期", "免费培训场所及设备", "特色农产品免费展示销售", "免费摄影、美工", "品牌推广指导"],
    [1, 1, "2021/3/26", 1, 1, 0, 1]);
  band(["其他衍生增值服务", "电商产业园", "第三方运营服务商", "行政村快递覆盖100%", "专栏公示创建方案", "专栏公示项目信息", "专栏公示建设进度"],
    [null, 0, 1, 1, 1, 1, 1]);
  band(["征求意见或监督举报窗口", "能统计电商扶贫情况", "资金管理制度", "资金专用台账", "安全生产、质量事故", "弄虚作假", "项目总体进度"],
    [0, 1, 1, 1, 0, 0, "78%"]);
  band(["2019年农村网络零售额（亿元）", "2020年农村网络零售额（亿元）", "2020年农产品网络零售额同比增速", "培训人次（2020.9-2021.8）",
    "有劳动能力贫困人口（不含外出务工，人）", "其中参加培训（人）", "下达资金（万元）"],
    [7.42, 9.08, "24.5%", "4,215", 386, 209, 500]);
  band(["累计拨付（万元）", null, null, null, null, null, null], [368.9, null, null, null, null, null, null]);
  rows.push(padRow([], W));
  rows.push(padRow(["主观评分项自评（填“自评分/满分”）"], W));
  m.push(`A${rows.length}:G${rows.length}`);
  const J = [["方案制定", "2/2"], ["政策支持", "1/2"], ["项目管理制度", "2/2"], ["工作台账", "1/2"], ["网销调研", "2/2"], ["网络促销活动", "1/2"],
    ["交易标准与冷链溯源", "1/2"], ["资金管理制度", "4/5"], ["资金台账", "3/5"], ["资金及时拨付", "4/5"]];
  for (let i = 0; i < J.length; i += 3) {
    const r = [];
    for (const p of J.slice(i, i + 3)) r.push(p[0], p[1]);
    rows.push(padRow(r, W));
  }
  rows.push(padRow(["填表人：陈××　　联系电话：0660-33×××××　　审核：×××"], W));
  m.push(`A${rows.length}:G${rows.length}`);
  for (const r of rows) assert(r.length === W, "f1 width");
  return {
    description:
      "汕尾市城区商务局的打印版《基础数据表》：表头说明下是六组“标签行／数值行”交替的横带（每行7格，上一行是项目名、正下方一格是值），是否项按表头约定填1（是）或0（否），“其他衍生增值服务”的值格空着（未答）；单位只在标签括号里（万人、亿元、万元），增速“24.5%”和进度“78%”带百分号，中心运营日期是文字“2021/3/26”；组长“区委常委、常务副区长”（分管级）；下面主观评分项三对一行，分数写成“自评分/满分”（“1/2”“4/5”），要取斜杠前的数。",
    sheets: [{ name: "基础数据表", rows, merges: m }],
    expect: {
      facts: {
        county: "汕尾市城区", asOf: "2021-08-31", residentPopulation: 542200, adminVillagesStated: 37, poorVillagesStated: 4, planIssued: true,
        policyIssued: true, centerOpened: "2021-03-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true,
        parkBuilt: false, thirdPartyOperator: true, expressCoverage: true, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: false, povertyStatisticsStated: true, fundSystemIssued: true, fundLedgerKept: true, vetoIncident: false, vetoFraud: false,
        overallProgress: 0.78, ruralRetail2019: 742000000, ruralRetail2020: 908000000, agriRetailGrowthStated: 0.245, trainingPersonTimesStated: 4215,
        eligiblePoorPersonsStated: 386, trainedPoorPersonsStated: 209, fundAllocated: 5000000, fundSpentStated: 3689000,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 3, "fund.spending": 4,
      },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f2 — 梅州市梅江区: 《考评数据部门回填汇总》（按提供部门分块，块头一行写部门、回填日期、经办人）
// =====================================================================================================
function buildF2() {
  const W = 5;
  const rows = [padRow(["梅江区电子商务进农村综合示范考评数据部门回填汇总表"], W),
    padRow(["说明：各单位在本单位分块内回填，数值按“计量单位”列填写；区商务局汇总。数据统计截至2021年8月31日。"], W),
    ["序号", "数据项", "数值", "计量单位", "口径／来源"]];
  const m = ["A1:E1", "A2:E2"];
  let k = 0;
  const block = (head, items) => {
    rows.push(padRow([head], W));
    m.push(`A${rows.length}:E${rows.length}`);
    for (const it of items) {
      k++;
      rows.push([k, it[0], it[1], it[2] === undefined ? null : it[2], it[3] === undefined ? null : it[3]]);
    }
  };
  block("一、区统计局（回填日期：2021年9月2日　经办人：李××）", [
    ["常住人口", 52.61, "万人", "第七次全国人口普查"], ["2019年农村网络零售额", 18.362, "亿元", "省商务厅监测数据"], ["2020年农村网络零售额", 22.107, "亿元", "省商务厅监测数据"],
    ["2019年农产品网络零售额", 3.218, "亿元", null], ["2020年农产品网络零售额", "待省商务厅反馈", "亿元", null]]);
  block("二、区民政局（回填日期：2021年9月1日　经办人：钟××）", [["行政村", 76, "个", "不含社区居委会"]]);
  block("三、区乡村振兴局（回填日期：2021年9月2日　经办人：古××）", [
    ["省定贫困村", 9, "个", null], ["有劳动能力的建档立卡贫困人口（不含外出务工）", "1,046", "人", "国扶系统2021年7月"], ["其中参加电商培训", "628", "人", "与商务局签到表比对"],
    ["能否统计电商扶贫情况", "能", null, null]]);
  block("四、区财政局（回填日期：2021年9月3日　经办人：黄××）", [
    ["下达省级专项资金", 500, "万元", "粤财工〔2019〕××号"], ["累计拨付资金", "4,268,350.00", "元", "国库支付系统"], ["专项资金管理制度", "已制定", null, null],
    ["资金专用台账", "已建立", null, null]]);
  block("五、区商务局", [
    ["领导小组组长", "区委书记", null, "梅江区委办〔2020〕5号"], ["成员单位", "区商务局、区财政局、区农业农村局、区交通运输局、区市场监管局", null, null],
    ["示范县工作方案", "已正式印发", null, null], ["支持农村电商发展政策", "已出台", null, null], ["公共服务中心投入运营", "2020年10月", null, null],
    ["免费培训场所及设备", "是", null, null], ["特色农产品免费展示销售", "是", null, null], ["免费摄影、美工服务", "是", null, null], ["农产品统一推广及品牌建设指导", "是", null, null],
    ["其他衍生增值服务", "是", null, "金融、物流对接"], ["电商产业园", "是", null, "梅江区电商产业园"], ["专业第三方运营服务商", "是", null, null],
    ["行政村物流快递覆盖率100%", "是", null, null], ["培训人次", "5,312", "人次", null], ["专栏公示创建方案", "是", null, null], ["专栏公示项目基本信息", "是", null, null],
    ["专栏公示项目建设进度", "是", null, null], ["征求意见或监督举报窗口", "否", null, "拟增设"], ["项目总体进度", 93, "%", null],
    ["发生安全生产、质量事故或重大损失", "否", null, null], ["弄虚作假", "否", null, null]]);
  block("六、主观评分项（区商务局自评）", [
    ["方案制定（1—2分）", 2, "分", null], ["政策支持（1—2分）", 2, "分", null], ["项目管理制度（1—2分）", 2, "分", null], ["工作台账（1—2分）", 2, "分", null],
    ["网销调研（1—2分）", 1, "分", null], ["网络促销活动（1—2分）", 2, "分", null], ["交易标准与冷链溯源（1—2分）", 1, "分", null],
    ["资金管理制度（1—5分）", 5, "分", null], ["资金台账（1—5分）", 4, "分", null], ["资金及时拨付（1—5分）", 4, "分", null]]);
  rows.push(padRow(["汇总：区商务局电商股　　2021年9月3日"], W));
  m.push(`A${rows.length}:E${rows.length}`);
  for (const r of rows) assert(r.length === W, "f2 width");
  return {
    description:
      "梅州市梅江区商务局汇总的《考评数据部门回填汇总表》：序号｜数据项｜数值｜计量单位｜口径／来源，按提供部门分六块（区统计局、民政局、乡村振兴局、财政局、商务局、主观评分项），每块一行整行合并的块头写部门、回填日期和经办人（回填日期不是事实）；数值的单位看“计量单位”列（52.61万人、18.362亿元、500万元，累计拨付却按“元”填“4,268,350.00”），2020年农产品网零“待省商务厅反馈”＝未答；组长“区委书记”但成员单位缺乡村振兴局（主要领导、部门不全）；中心运营只到月“2020年10月”。",
    sheets: [{ name: "部门回填汇总", rows, merges: m }],
    expect: {
      facts: {
        county: "梅江区", asOf: "2021-08-31", residentPopulation: 526100, ruralRetail2019: 1836200000, ruralRetail2020: 2210700000, agriRetail2019: 321800000,
        adminVillagesStated: 76, poorVillagesStated: 9, eligiblePoorPersonsStated: 1046, trainedPoorPersonsStated: 628, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4268350, fundSystemIssued: true, fundLedgerKept: true, planIssued: true, policyIssued: true,
        centerOpened: "2020-10", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, trainingPersonTimesStated: 5312, disclosurePlan: true, disclosureProjects: true,
        disclosureProgress: true, disclosureWindow: false, overallProgress: 0.93, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal",
    },
  };
}

// =====================================================================================================
// f3 — 揭阳市普宁市: 《创建情况一览》每节一格多行（Alt+Enter 换行的“标签：值”），旁列为核对人和备注
// =====================================================================================================
function buildF3() {
  const W = 4;
  const rows = [padRow(["普宁市电子商务进农村综合示范创建情况一览（迎检用）"], W), ["板块", "情况（一格多行）", "核对人", "备注"]];
  const m = ["A1:D1"];
  const S = [
    ["一、基本情况", ["县（市、区）：普宁市", "常住人口：203.24万人", "户籍人口：248.6万人", "行政村：467个（另有社区居委会62个）", "省定贫困村：41个", "考评数据截至：2021年8月31日"], "王××", "常住人口按七普"],
    ["二、组织领导", ["组长：市长", "副组长：分管副市长", "成员：市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局", "工作方案：2020年5月正式印发", "扶持政策：未出台（征求意见中）"], "王××", null],
    ["三、服务体系", ["公共服务中心：2021年4月12日投入运营", "免费培训场所及设备：有", "免费展示销售：有", "免费摄影美工：无", "品牌推广指导：有", "其他增值服务：有", "电商产业园：已建成", "第三方运营服务商：有"], "林××", "中心2020年12月完成装修"],
    ["四、农产品上行", ["行政村快递覆盖：100%", "2019年农产品网络零售额：6.35亿元", "2020年农产品网络零售额：8.47亿元"], "林××", null],
    ["五、人才培训", ["培训人次：4,876人次", "有劳动能力贫困人口（不含外出务工）：2,318人", "已参训：1,052人"], "方××", null],
    ["六、信息公开及报送", ["专栏：已设立，公示创建方案、项目基本信息、项目建设进度", "征求意见／监督举报窗口：有", "电商扶贫统计：能统计"], "方××", null],
    ["七、资金管理", ["下达资金：1500万元", "累计拨付：961.2万元", "资金管理制度：已制定", "资金专用台账：已建立", "总体进度：72%"], "黄××", "拨付率64.1%"],
    ["八、否决事项", ["安全生产、质量事故：无", "弄虚作假：无"], "黄××", null],
    ["九、主观评分", ["方案制定：2分", "政策支持：—（未出台，不评）", "项目管理制度：1分", "工作台账：2分", "网销调研：2分", "网络促销：1分", "交易标准与冷链溯源：1分",
      "资金管理制度：3分", "资金台账：3分", "资金及时拨付：—（支出率不足70%）"], "王××", null],
  ];
  for (const s of S) rows.push([s[0], s[1].join("\n"), s[2], s[3]]);
  rows.push(padRow(["整理：普宁市商务局电商股　2021年9月"], W));
  m.push(`A${rows.length}:D${rows.length}`);
  return {
    description:
      "揭阳普宁市商务局电商股的《创建情况一览（迎检用）》：板块｜情况（一格多行）｜核对人｜备注，九个板块各一行，所有事实挤在B列一个格里用换行（Alt+Enter）分成多条“标签：值”（“常住人口：203.24万人”“下达资金：1500万元”“累计拨付：961.2万元”）；户籍人口248.6万不是常住人口；“扶持政策：未出台（征求意见中）”为否；中心2021年4月12日投入运营（备注里2020年12月是装修完成）；主观分也在一格里，政策支持和资金及时拨付写“—（…不评）”＝未给分；备注里的拨付率不是输入。",
    sheets: [{ name: "创建情况一览", rows, merges: m }],
    expect: {
      facts: {
        county: "普宁市", residentPopulation: 2032400, adminVillagesStated: 467, poorVillagesStated: 41, asOf: "2021-08-31", planIssued: true, policyIssued: false,
        centerOpened: "2021-04-12", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, agriRetail2019: 635000000, agriRetail2020: 847000000, trainingPersonTimesStated: 4876,
        eligiblePoorPersonsStated: 2318, trainedPoorPersonsStated: 1052, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 15000000, fundSpentStated: 9612000, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.72, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.management.system": 1, "org.management.ledger": 2, "work.upward.research": 2, "work.upward.promotion": 1,
        "work.upward.standards": 1, "fund.system": 3, "fund.ledger": 3,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// l1 — 惠州市惠阳区: ① 学员登记（一人一行，培训时间多种写法含区间）② 园区租赁合同台账（入驻企业）③ 填表说明
// =====================================================================================================
function buildL1() {
  const W = 9;
  const tRows = [padRow(["惠阳区农村电子商务培训学员登记表（2020年9月—2021年9月）"], W),
    ["序号", "姓名", "性别", "身份证号码", "所在镇（街道）", "培训班次", "培训时间", "联系电话", "备注"]];
  const TOWNS = ["秋长街道", "新圩镇", "镇隆镇", "沙田镇", "永湖镇", "良井镇", "平潭镇"];
  const CLASSES = [
    { name: "电商基础班（第1期）", start: "2020-09-24", end: "2020-09-25", style: "cnRange" },
    { name: "直播带货班", start: "2020-11-17", end: "2020-11-19", style: "dotRange" },
    { name: "网店运营班", start: "2021-01-13", end: "2021-01-13", style: "two" },
    { name: "短视频制作班", start: "2021-04-08", end: "2021-04-08", style: "serial" },
    { name: "电商基础班（第2期）", start: "2021-06-22", end: "2021-06-23", style: "dotRange" },
    { name: "农产品网销班", start: "2021-08-30", end: "2021-09-01", style: "dotRangeY" },
    { name: "电商提升班", start: "2021-09-14", end: "2021-09-14", style: "num" },
  ];
  const timeCell = (c) => {
    const [y1, m1, d1] = ymd(c.start);
    const [y2, m2, d2] = ymd(c.end);
    switch (c.style) {
      case "cnRange": return `${y1}年${m1}月${d1}日—${d2}日`;
      case "dotRange": return `${y1}.${m1}.${d1}-${d2}`;
      case "dotRangeY": return `${y1}.${m1}.${d1}-${m2}.${d2}`;
      case "two": return twoSlash(c.end);
      case "serial": return excelSerial(c.end);
      default: return ydNum(c.end);
    }
  };
  const recs = [];
  let k = 0;
  let xLower = 0;
  let masked = 0;
  CLASSES.forEach((c, ci) => {
    const n = rint(5, 7);
    for (let i = 0; i < n; i++) {
      k++;
      const male = rnd() < 0.5;
      const id = makeId("441303", birthBetween(1970, 2001), male, k === 3 || k === 20 ? true : undefined);
      let cell = id;
      let rid = id;
      if (id.endsWith("X") && xLower < 2) {
        cell = id.slice(0, 17) + "x";
        xLower++;
      } else if (k % 11 === 5) {
        cell = maskId(id);
        rid = cell;
        masked++;
      } else if (k % 13 === 7) cell = spacedId(id);
      tRows.push([k, personName(), male ? "男" : "女", cell, TOWNS[k % TOWNS.length], c.name, timeCell(c), mask(phone()), null]);
      recs.push({ date: c.end, personTimes: 1, id: rid });
    }
  });
  assert(xLower === 2 && masked >= 2, "l1 id variants " + xLower + "/" + masked);
  checkTrainingIds(recs, "l1");
  tRows.push(padRow([null, `共登记${k}人次`], W));
  tRows.push(padRow(["注：培训时间为开班至结业日期；身份证号码部分为学员本人要求隐去中间8位。"], W));

  // ---------------- 园区租赁合同台账
  const firmName = nameMaker("惠阳淡水秋长永湖良", "兴泰源达康信汇丰", "", []);
  const T = ["平台型电商", "网店销售", "网店销售", "代运营服务", "快递物流", "直播电商", "网店销售", "包装设计", "代运营服务", "网店销售", "快递物流", "直播电商"];
  const firms = T.map((t, i) => ({ name: `惠州市惠阳区${firmName()}${t === "快递物流" ? "供应链" : "电子商务"}有限公司`, code: creditCode("441303"), type: t,
    start: randIsoBetween("2020-03-01", "2021-07-31"), end: null, left: null, note: null, room: `${rint(1, 3)}0${rint(1, 9)}` }));
  firms.sort((a, b) => cmp(a.start, b.start));
  for (const f of firms) {
    const [y, mm, dd] = ymd(f.start);
    f.end = `${y + 2}-${String(mm).padStart(2, "0")}-${String(Math.min(dd, 28)).padStart(2, "0")}`;
  }
  // one short contract ended and was renewed (still in the park), one early exit, one exit after the cut-off, one signed after the cut-off
  firms[1].end = "2021-06-30";
  firms[1].note = "到期后续租，续签合同HY-ZL-2021-031";
  firms[3].left = "2021-05-20";
  firms[3].note = "提前解约";
  firms[6].left = "2021-10-15";
  firms[6].note = "提前解约";
  firms.push({ name: `惠州市惠阳区${firmName()}电子商务有限公司`, code: creditCode("441303"), type: "直播电商", start: "2021-09-01", end: "2023-08-31", left: null, note: "9月新签", room: "305" });
  assert(firms[1].start < "2021-06-30" && firms[3].start < "2021-05-20", "l1 contract order");
  const cRows = [padRow(["惠阳区电子商务产业园房屋租赁合同台账"], 9), padRow(["（产业园运营中心提供；入驻以租赁起始日为准，退园以实际退租日为准）"], 9),
    ["合同编号", "承租方", "统一社会信用代码", "业态", "房号", "租赁起始日", "合同到期日", "实际退租日", "备注"]];
  const recsE = [];
  firms.forEach((f, i) => {
    cRows.push([`HY-ZL-${f.start.slice(0, 4)}-${pad3(i + 3)}`, f.name, f.code, f.type, f.room, dateCell(f.start, i), dotDate(f.end), f.left ? cnDate(f.left) : null, f.note]);
    recsE.push({ name: f.name, type: f.type, entered: f.start, left: f.left });
  });
  const notes = [padRow(["填表说明"], 2), ["1", "学员登记由各培训班承办机构汇总，区商务局电商股核对。"], ["2", "租赁合同台账由产业园运营中心按月更新。"],
    ["3", "本册台账截至2021年9月30日，考评按2021年8月31日截止。"]];
  return {
    description:
      "惠州市惠阳区商务局电商股的两本台账加填表说明：①《学员登记表》一人一行（姓名｜性别｜身份证号码｜镇街｜培训班次｜培训时间｜电话），培训时间每班一种写法——“2020年9月24日—25日”“2020.11.17-19”“2021.8.30-9.1”这样的区间取结束日，另有“21/1/13”两位年份、Excel序列号和数字20210914；身份证有小写x、中间8位打星号（照原样计人次、不能比对）和分段空格；②产业园《房屋租赁合同台账》当入驻企业清单——入驻＝租赁起始日，退园＝“实际退租日”（不是“合同到期日”：一家合同2021.6.30到期但备注续租，仍在园），一家9月新签；③填表说明不是台账。",
    sheets: [
      { name: "学员登记", rows: tRows, merges: ["A1:I1"] },
      { name: "园区租赁合同", rows: cRows, merges: ["A1:I1", "A2:I2"] },
      { name: "填表说明", rows: notes, merges: [] },
    ],
    expect: {
      sheets: {
        "学员登记": { kind: "training", records: recs },
        "园区租赁合同": { kind: "enterprises", records: recsE },
        "填表说明": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 珠海市斗门区: ① 月报报送（横排：字段为行、一月一列）② 宣传报道（级别措辞不一）③ 专栏后台导出（草稿无发布时间）④ 目录
// =====================================================================================================
function buildL2() {
  const months = WINDOW;
  const reps = months.map((mo, i) => {
    const [y, mm] = mo.split("-").map(Number);
    const nx = mm === 12 ? `${y + 1}-01` : `${y}-${String(mm + 1).padStart(2, "0")}`;
    const d = `${nx}-${String(rint(2, 9)).padStart(2, "0")}`;
    const pov = i === 4 ? null : i === 8 ? false : true;
    return { mo, d, pov, how: i % 3 === 0 ? "粤政易" : i % 3 === 1 ? "电子邮件" : "纸质件" };
  });
  const rRows = [padRow(["斗门区向珠海市商务局报送月报登记（横排）"], 13),
    ["所属月份"].concat(reps.map((r) => monthDot(r.mo))),
    ["报送日期"].concat(reps.map((r, i) => (i % 4 === 0 ? D(r.d) : i % 4 === 1 ? mdOnly(r.d) : i % 4 === 2 ? dotDate(r.d) : cnDate(r.d)))),
    ["报送方式"].concat(reps.map((r) => r.how)),
    ["经办人"].concat(reps.map((r, i) => (i % 2 ? "赵××" : "梁××"))),
    ["附电商扶贫统计"].concat(reps.map((r) => (r.pov === null ? null : r.pov ? "√" : "×")))];
  const recsR = reps.map((r) => ({ date: r.d, poverty: r.pov }));
  // the md-only cells need the year from 所属月份: guard that the month text makes the year unambiguous
  for (const [i, r] of reps.entries()) if (i % 4 === 1) assert(r.d.slice(0, 7) > r.mo, "l2 md-only follows its month");

  const media = [
    ["2020-10-21", "珠江晚报", "市级", "报纸", "斗门：电商服务站开到莲洲田头", "否"],
    ["2020-12-15", "斗门区融媒体中心", "区级", "网络", "斗门区举办农村电商直播培训", "否"],
    ["2021-02-03", "南方+客户端", "省级", "网络", "斗门白蕉海鲈年货节线上热销", "否"],
    ["2021-04-27", "珠海电视台《珠视新闻》", "市级", "电视", "斗门脱贫户学电商", "是"],
    ["2021-06-09", "中国新闻网", "中央级", "网络", "珠海斗门：农村电商激活乡村振兴", "否"],
    ["2021-07-14", "某农业公司公众号", "其他", "新媒体", "我们在斗门电商中心拍了一场直播", "否"],
    ["2021-08-19", "珠海广播电台", "市级", "广播", "斗门农村电商这一年", "否"],
    ["2021-09-07", "广东广播电视台", "省级", "电视", "斗门电商扶贫见闻", "是"],
  ];
  const LV = { "中央级": "national", "省级": "province", "市级": "city", "区级": "county", "其他": null };
  const mRows = [padRow(["斗门区电子商务进农村宣传报道登记"], 7), ["日期", "媒体", "媒体级别", "形式", "标题", "是否电商扶贫典型案例", "备注"]];
  media.forEach((x, i) => mRows.push([dateCell(x[0], i + 1), x[1], x[2], x[3], x[4], x[5], null]));
  const recsM = media.map((x) => ({ date: x[0], level: LV[x[2]], tv: x[3] === "电视" }));

  const posts = [];
  let id = 10231;
  for (const mo of WINDOW) {
    const n = rint(1, 2);
    for (let j = 0; j < n; j++) {
      const day = String(rint(3, 27)).padStart(2, "0");
      posts.push({ id: id++, pub: `${mo}-${day}`, status: "已发布" });
    }
    if (["2020-11", "2021-03", "2021-07"].includes(mo)) posts.push({ id: id++, pub: null, created: `${mo}-${String(rint(3, 25)).padStart(2, "0")}`, status: "草稿" });
  }
  posts.sort((a, b) => cmp(a.pub || a.created, b.pub || b.created));
  const uRows = [["ID", "标题", "所属栏目", "创建时间", "发布时间", "状态", "访问量"]];
  const recsU = [];
  for (const p of posts) {
    const created = p.pub ? isoAdd(p.pub, -rint(0, 2)) : p.created;
    const title = p.status === "草稿" ? "（未命名）项目建设进度" : `斗门区电子商务进农村综合示范项目建设进度（${cnMonth(p.pub)}）`;
    uRows.push([p.id, title, "电子商务进农村综合示范", dtText(created, hms()), p.pub ? dtText(p.pub, hms()) : null, p.status, p.pub ? rint(40, 600) : 0]);
    if (p.pub) recsU.push({ date: p.pub });
  }
  const toc = [["斗门区电子商务进农村综合示范创建台账（第四册）"], ["一、月报报送登记"], ["二、宣传报道登记"], ["三、专栏更新（网站后台导出）"]];
  return {
    description:
      "珠海市斗门区商务局台账第四册（目录＋三张表）：①《月报报送（横排）》是转了方向的表——字段是行（所属月份｜报送日期｜报送方式｜经办人｜附电商扶贫统计），一个月一列，所属月份写“2020.10”式文字（10月不是1月），报送日期每格写法不同（真日期、只写“11月5日”要按所属月份推年份、“2021.3.4”、“2021年6月3日”），扶贫统计√／×／空；②《宣传报道》级别措辞为中央级／省级／市级／区级／其他（公司公众号，级别不定），形式有电视、广播、网络、新媒体，只有电视算电视播报；③《专栏后台导出》网站后台原样导出，第1行就是表头，草稿没有发布时间（不是更新），日期取“发布时间”而不是“创建时间”；④目录不是台账。",
    sheets: [
      { name: "目录", rows: toc },
      { name: "月报报送（横排）", rows: rRows, merges: ["A1:M1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "专栏后台导出", rows: uRows },
    ],
    expect: {
      sheets: {
        "目录": { kind: null },
        "月报报送（横排）": { kind: "reports", records: recsR },
        "宣传报道": { kind: "media", records: recsM },
        "专栏后台导出": { kind: "disclosures", records: recsU },
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
write("counties", "b226-c1-qujiang.json", c1);
write("facts", "b226-f1-chengqu.json", f1);
write("facts", "b226-f2-meijiang.json", f2);
write("facts", "b226-f3-puning.json", f3);
write("ledgers", "b226-l1-huiyang.json", l1);
write("ledgers", "b226-l2-doumen.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
