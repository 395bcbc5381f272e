// Batch 196 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b192.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (196196), no clock. Run: node test/corpus/_b196/gen-b196.js
//
// c1 曲江区 (韶关): the bureau's own 《考评测算表（v2.3）》 template: 基础数据 (序号 | 填报项 B:C | 填报值 | 单位 | 来源), 主观评分项,
//    and 指标得分 with two score columns — 测算分 (the template's formulas, for reference) and 自评分 (the claim, the sheet says so);
//    a hidden 参数 sheet; the village list converted from the 民政局 PDF (page title, repeated header and “第 n 页，共 3 页” rows),
//    stations with two-station villages whose 所在村 cell is merged down (34/48 = 70.8% hangs on a merged cell and a “2021年8月”),
//    sessions with a two-row 参训人次 header (合计 | 其中…), a 多栏式 funds ledger (year rows, 月 and 日 columns, project columns,
//    借方合计, 月合计/累计 rows, 余额), and the column's publication dates only inside the article URLs.
// f1 高要区 (肇庆): 《迎接省考评组现场核查工作方案》 — 公文 sections with a schedule table (shared merged time/place cells for four
//    资料查阅 groups), a site-point table and a materials table; facts in the 基本情况 paragraph and the 汇报／讲解要点 / 看点 cells;
//    visit dates, deadlines and targets are not facts; the judged table at the end.
// f2 潮阳区 (汕头): 《主要指标逐月统计表》 — one row per item, twelve month columns (2020年9月…2021年8月 under merged year cells),
//    then 2021年9月（预计）; booleans are month-end states, numbers month-end cumulative: read the August column; static facts
//    in “标签：值” cells above the header; two small tables side by side below (retail by year, judged points).
// f3 江城区 (阳江): a Word-made 《考评自评表（扣分制）》 — 分值 | 扣分 | 得分 | 扣分原因及完成情况, 工作任务 as section rows, full-width
//    digits and punctuation, several numbered lines inside one cell; 得分 is the claim; judged sub-points from the 扣分 reasons.
// l1 兴宁市 (梅州): 人社局's 培训补贴申领花名册 (班级编号 and 培训起止时间 merged per class, five date-range styles, 小计/合计 rows,
//    不合格 and 待考核 trainees are trainees), the 就业创业帮扶系统 poor-labour list (劳动力状况, 就业状态 + 就业地域 decide
//    migrant), an Outlook sent-items export (only mail to the city bureau counts; “RE:” resubmission; Jan+Feb merged), a note
//    page and a pivot.
// l2 茂南区 (茂名): a cover, villages listed inside cells per town (顿号-separated, * = 省定贫困村), a station-system export whose
//    village is the last segment of “广东省/茂名市/茂南区/镇/村委会”, park lease contracts (实际进场日期 / 解约日期, not 合同起止),
//    payments by contract instalment in 万元 (未拨付 nodes, 累计 column), media with 媒体类别 instead of 级别, materials “21.6.28”.
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
let seed = 196196;
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
    assert(/^b196-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b196-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b196-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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


// ---------------------------------------------------------------- extra helpers (batch 196)
function urlDate(iso) {
  // a TRS-style government-site article address: the publication date sits in the file name
  return `t${iso.replace(/-/g, "")}_${rint(1800000, 2399999)}.html`;
}
function ratioLT(num, den, pct) {
  return !ratioGE(num, den, pct);
}
function spacedId4(id) {
  // 4401 0519 8001 0112 34 as typed from a photocopy
  return id.replace(/(.{4})/g, "$1 ").trim();
}

// =====================================================================================================
// c1 — 韶关曲江区: 考评测算表 (template with 测算分 formula column and 自评分) + PDF-converted village list + ten more
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const POP = 303600;
  const REGION = "440205";
  const TOWNS = [["马坝镇", 7, 4], ["大塘镇", 6, 0], ["枫湾镇", 5, 0], ["小坑镇", 5, 0], ["沙溪镇", 5, 0], ["乌石镇", 5, 0], ["樟市镇", 5, 1], ["白土镇", 5, 2], ["罗坑镇", 5, 0]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("上下新大石黄岭坪塘水安和龙马高井", ["坑", "田", "岗", "背", "洞", "坝", "湾", "口", "寨", "围", "圳", "径", "陂"], "村", prefixes);
  const cName = nameMaker("狮城新建鞍曲", ["岩", "江", "山", "华", "兴", "南"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "c1");
  assert(admin.length === 48 && comms.length === 7, "c1 48 villages, 7 communities");
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const farTowns = new Set(["罗坑镇", "小坑镇", "沙溪镇", "乌石镇"]);
  const poor = shuffle(admin.filter((v) => farTowns.has(townOf[v]))).slice(0, 6);
  const poorSet = new Set(poor);
  const poorLate = poor[5]; // its only station opened 2021-09-03
  const nonPoor = shuffle(admin.filter((v) => !poorSet.has(v)));
  const covNonPoor = nonPoor.slice(0, 29);
  const uncovered = nonPoor.slice(29);
  assert(uncovered.length === 13, "c1 13 uncovered non-poor");
  const vMerged = covNonPoor[0]; // first row 2021-09-10, second row (merged village cell) 2021-05-20
  const vMonth = covNonPoor[1]; // "2021年8月"
  const vBuild = uncovered[0]; // 在建
  const vSept = uncovered[1]; // 2021-09-17

  // ---------------- 附1 村居名录 (converted from the 民政局 PDF: page headers, repeated column headers, page footers)
  const vEntries = [];
  for (const x of towns) {
    for (const v of x.vs) vEntries.push({ v, t: x.t, c: false });
    for (const c of x.cs) vEntries.push({ v: c, t: x.t, c: true });
  }
  const PAGE = 20;
  const pages = Math.ceil(vEntries.length / PAGE);
  const vRows = [["附1　曲江区村（居）民委员会名录（据区民政局2021年6月PDF文件转换；省定贫困村、快递进村两栏由区商务局补填）"]];
  const vMerges = ["A1:G1"];
  const vHead = ["序号", "镇（街道）", "村（居）民委员会名称", "类别", "省定贫困村", "快递进村", "备注"];
  for (let p = 0; p < pages; p++) {
    vRows.push(["曲江区村（居）民委员会名录", null, null, null, null, null, null]);
    vMerges.push(`A${vRows.length}:G${vRows.length}`);
    vRows.push(vHead.slice());
    vEntries.slice(p * PAGE, (p + 1) * PAGE).forEach((e, k) => {
      const sq = p * PAGE + k + 1;
      const nm = e.c ? `${e.v}居民委员会` : `${short(e.v)}村民委员会`;
      vRows.push([sq, e.t, nm, e.c ? "社区" : "村", e.c ? "—" : poorSet.has(e.v) ? "是" : "否", "✓", e.c && sq % 3 === 0 ? "2019年村改居" : null]);
    });
    vRows.push([`第 ${p + 1} 页，共 ${pages} 页`, null, null, null, null, null, null]);
    vMerges.push(`A${vRows.length}:G${vRows.length}`);
  }
  vRows.push([`合计：村民委员会${admin.length}个，社区居民委员会${comms.length}个；其中省定贫困村${poor.length}个。快递进村“✓”据曲江邮政分公司2021年8月核实情况。`, null, null, null, null, null, null]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);

  // ---------------- 附2 站点清单 (two villages with two stations each: 所在村 merged down)
  const ST = [];
  for (const v of poor.slice(0, 5).concat(covNonPoor.slice(2))) ST.push({ v, op: randIsoBetween("2020-07-01", "2021-08-25") });
  ST.push({ v: poorLate, op: "2021-09-03" });
  ST.push({ v: vMonth, op: "2021-08" });
  ST.push({ v: vMerged, op: "2021-09-10", pair: 1, label: "村电商服务站（二站）" });
  ST.push({ v: vMerged, op: "2021-05-20", pair: 2, label: "村邮政便民服务点" });
  const vPair2 = covNonPoor[5];
  ST.push({ v: vPair2, op: randIsoBetween("2021-03-01", "2021-08-20"), pair: 2, label: "村电商服务站（二站）" });
  ST.push({ v: vBuild, op: null });
  ST.push({ v: vSept, op: "2021-09-17" });
  ST.push({ v: towns[0].cs[1], op: randIsoBetween("2020-10-01", "2021-06-30") });
  const TORD = TOWNS.map((t) => t[0]);
  // keep the pair rows adjacent: sort by town, then village, then pair
  ST.sort((a, b) => TORD.indexOf(townOf[a.v]) - TORD.indexOf(townOf[b.v]) || cmp(a.v, b.v) || (a.pair || 0) - (b.pair || 0));
  const sRows = [["附2　曲江区村级电子商务服务站点清单"], ["序号", "站点名称", "镇（街道）", "所在村（社区）", "负责人", "联系电话", "建成运营时间", "运营状态"]];
  const sMerges = ["A1:H1"];
  let prevV = null;
  ST.forEach((s, j) => {
    const isC = s.v.endsWith("社区");
    const sameAsPrev = prevV === s.v;
    const vcell = sameAsPrev ? null : isC ? `${s.v}居委会` : j % 4 === 0 ? `${short(s.v)}村委会` : j % 4 === 2 ? `${short(s.v)}村民委员会` : s.v;
    if (sameAsPrev) sMerges.push(`D${sRows.length}:D${sRows.length + 1}`);
    let dcell;
    if (s.op === null) dcell = "—";
    else if (s.op === "2021-08") dcell = "2021年8月";
    else if (s.op.startsWith("2021-09")) dcell = dotDate(s.op);
    else dcell = dateCell(s.op, j);
    const nm = s.label ? `${short(s.v)}${s.label}` : isC ? `${short(s.v)}社区电商服务点` : `${short(s.v)}村电商服务站`;
    sRows.push([j + 1, nm, townOf[s.v], vcell, personName(), mask(phone()), dcell, s.op === null ? "在建" : "运营中"]);
    prevV = s.v;
  });
  sRows.push(["注：同一村有两个站点的，“所在村”栏合并填写。"]);
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  const adminSet = new Set(admin);
  const openedBy = (s) => s.op !== null && (s.op.length === 7 ? s.op <= CUT.slice(0, 7) : s.op <= CUT);
  const covSet = new Set(ST.filter((s) => openedBy(s) && adminSet.has(s.v)).map((s) => s.v));
  const covPoor = poor.filter((v) => covSet.has(v)).length;
  assert(covSet.size === 34 && ratioGE(34, 48, 70) && ratioLT(33, 48, 70), "c1 34/48 = 70.8%, 33/48 under 70%");
  assert(covSet.has(vMerged) && covSet.has(vMonth) && !covSet.has(poorLate) && covPoor === 5, "c1 coverage traps");
  assert(ratioGE(5, 6, 80) && ratioLT(5, 6, 100), "c1 poor 5/6 → 3");

  // ---------------- 附4 脱贫人口
  const plan = shuffle([].concat(Array(48).fill("E"), Array(6).fill("M"), Array(5).fill("N")));
  const persons = plan.map((c, j) => {
    const birth = c === "N" ? birthBetween(1935, 1953) : birthBetween(1965, 2000);
    const id = makeId(REGION, birth, rnd() < 0.5);
    const v = poor[j % 6];
    const lab = c === "N" ? (j % 2 ? "丧失劳动能力" : "无劳动能力") : "有劳动能力";
    const work = c === "M" ? "区外务工" : c === "N" ? "—" : ["区内务工", "未务工", "在家务农", "区内务工"][j % 4];
    return { c, id, v, lab, work, name: personName() };
  });
  // one eligible person with an X check digit (found by regeneration)
  const elig = persons.filter((p) => p.c === "E");
  const xp = elig[3];
  usedIds.delete(xp.id);
  xp.id = makeId(REGION, birthOf(xp.id), true, true);
  const pRows = [["附4　曲江区脱贫人口劳动能力及务工情况名单"], ["（区乡村振兴局提供，数据截至2021年8月31日；“务工情况”中“区外务工”指在曲江区以外务工）"],
    ["序号", "镇", "村", "姓名", "身份证号码", "劳动能力", "务工情况", "备注"]];
  const pMerges = ["A1:H1", "A2:H2"];
  persons.slice().sort((a, b) => cmp(townOf[a.v] + a.v, townOf[b.v] + b.v)).forEach((p, j) => pRows.push([j + 1, townOf[p.v], p.v, p.name, p.id, p.lab, p.work, null]));
  assert(elig.length === 48, "c1 48 eligible");

  // ---------------- 附3 培训台账 (sessions; 参训人次 合计 | 其中 columns) and 附3-1 脱贫户参训名单
  const TOPICS = ["农村电商基础", "网店开设与运营", "直播带货实操", "短视频拍摄", "农产品品牌与包装", "电商客服与物流", "社群营销", "马坝油粘米网销专题"];
  const PLACES = ["区电子商务公共服务中心", "大塘镇文化站", "枫湾镇党群服务中心", "罗坑镇政府会议室", "樟市镇文化站", "白土镇综合文化站"];
  const sessions = [];
  let day = "2020-09-15";
  const HOLI = [["2020-10-01", "2020-10-08", "2020-10-10"], ["2021-02-08", "2021-02-18", "2021-02-22"], ["2021-05-01", "2021-05-05", "2021-05-07"]];
  for (let k = 0; k < 22; k++) {
    for (const [a, b, to] of HOLI) if (day >= a && day <= b) day = to;
    const len = k % 6 === 4 ? 1 : 0;
    sessions.push({ no: k + 1, start: day, end: isoAdd(day, len), topic: TOPICS[k % TOPICS.length], pt: rint(90, 140), ret: 0, poorN: 0 });
    day = isoAdd(day, rint(13, 16));
  }
  assert(sessions[21].end <= "2021-08-27", "c1 22 sessions before the cut-off " + sessions[21].end);
  let diff = 2540 - sum(sessions.map((s) => s.pt));
  for (let j = 0; diff !== 0; j = (j + 1) % 22) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 6);
    if (sessions[j].pt + st < 80 || sessions[j].pt + st > 160) continue;
    sessions[j].pt += st;
    diff -= st;
  }
  const septA = { no: 23, start: "2021-09-07", end: "2021-09-08", topic: "直播带货进阶", pt: 312, ret: 0, poorN: 0 };
  const septB = { no: 24, start: "2021-09-23", end: "2021-09-23", topic: "农村电商基础（罗坑专场）", pt: 274, ret: 0, poorN: 0 };
  sessions.push(septA, septB);
  const ptCut = sum(sessions.filter((s) => s.end <= CUT).map((s) => s.pt));
  const ptAll = sum(sessions.map((s) => s.pt));
  assert(ptCut === 2540 && ptAll === 3126, "c1 2540 / 3126");
  assert(ratioGE(ptCut, POP, 0.8) && ratioLT(ptCut, POP, 1) && ratioGE(ptAll, POP, 1), "c1 training tiers");
  for (const s of sessions) s.ret = rint(8, 30);

  const poorSess = sessions.filter((s) => s.end <= CUT && s.no % 3 === 2); // 脱贫户 classes
  const eligSh = shuffle(elig.filter((p) => p !== xp)).concat([xp]);
  const trained = eligSh.slice(eligSh.length - 33); // includes xp
  const septOnly = eligSh[0];
  assert(!trained.includes(septOnly) && trained.includes(xp), "c1 trained set");
  const TR = [];
  trained.forEach((p, k) => TR.push({ p, s: poorSess[k % poorSess.length] }));
  for (const p of trained.slice(4, 6)) {
    const first = TR.find((t) => t.p === p).s;
    const later = sessions.filter((s) => s.end <= CUT && s.no > first.no);
    TR.push({ p, s: later[rint(0, later.length - 1)], note: "第二次参训" });
  }
  const mig = persons.find((p) => p.c === "M");
  TR.push({ p: mig, s: poorSess[3], note: "春节返乡期间参训" });
  TR.push({ p: septOnly, s: septB });
  const TRs = TR.slice().sort((a, b) => a.s.no - b.s.no);
  for (const s of sessions) s.poorN = TRs.filter((t) => t.s === s).length;
  for (const s of sessions) assert(s.poorN + s.ret <= s.pt, "c1 其中 within 合计");
  const eligIds = new Set(elig.map((p) => p.id));
  const rowsCut = TRs.filter((t) => t.s.end <= CUT && eligIds.has(t.p.id));
  const trainedCut = new Set(rowsCut.map((t) => t.p.id));
  assert(rowsCut.length === 35 && trainedCut.size === 33, "c1 35 rows, 33 persons");
  assert(ratioGE(33, 48, 50) && ratioLT(33, 48, 70) && ratioGE(35, 48, 70), "c1 68.75% (35/48 would pass 70%)");

  const sessCell = (s, j) => {
    if (s.end !== s.start) return rangeText(s.start, s.end, j % 2 ? "dot" : "cn");
    if (s.start > CUT) return cnDate(s.start);
    return dateCell(s.start, j);
  };
  const tRows = [["附3　曲江区农村电商培训台账（按期次）"],
    ["期次", "培训日期", "培训主题", "培训对象", "参训人次", null, null, "培训地点", "备注"],
    [null, null, null, null, "合计", "其中：脱贫人口", "其中：返乡青年", null, null]];
  const tMerges = ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3", "I2:I3"];
  sessions.forEach((s, j) => tRows.push([`第${s.no}期`, sessCell(s, j), s.topic, s.no % 3 === 2 ? "脱贫户、农户" : "农户、返乡青年、电商从业人员", s.pt, s.poorN, s.ret,
    PLACES[j % PLACES.length], s.end !== s.start ? "两天班，人次按签到人数计" : s.start > CUT ? "9月开班" : null]));
  tRows.push(["合计", null, null, null, ptAll, sum(sessions.map((s) => s.poorN)), sum(sessions.map((s) => s.ret)), null, "含9月两期"]);
  tMerges.push(`A${tRows.length}:D${tRows.length}`);

  const trRows = [["附3-1　脱贫户参训名单（已计入附3“其中：脱贫人口”，不另计人次）"], ["序号", "培训日期", "期次", "姓名", "身份证号码", "所在村", "备注"]];
  TRs.forEach((t, j) => {
    let idc = t.p.id;
    if (j % 7 === 3) idc = spacedId(idc);
    if (t.p === xp) idc = idc.replace(/X$/, "x");
    trRows.push([j + 1, sessCell(t.s, sessions.indexOf(t.s)), `第${t.s.no}期`, t.p.name, idc, t.p.v, t.note || null]);
  });
  const trMerges = ["A1:G1"];

  // ---------------- 附5 入驻企业
  const FN = ["韶关曲江优选电子商务有限公司", "曲江区马坝油粘米网店", "曲江区大塘蔬果电商商行", "韶关曲江电商运营服务有限公司", "曲江区顺捷物流有限公司",
    "曲江区罗坑茶业网络科技有限公司", "曲江区枫湾腊味电子商务有限公司", "曲江区樟市竹笋网店", "韶关曲江云仓储供应链有限公司", "曲江区白土手信电商商行",
    "曲江区狮岩直播传媒有限公司", "曲江区乌石山货网店", "曲江区沙溪黄烟电子商务有限公司", "韶关曲江乡村振兴电商平台有限公司", "曲江区小坑香菇网店",
    "曲江区马坝人家电商商行", "韶关曲江代运营工作室", "曲江区速递通快递有限公司", "曲江区农家优品网络科技有限公司", "曲江区曲江蜜柚网店",
    "曲江区鞍山文创电子商务有限公司", "曲江区南华寺素食网店", "曲江区丰收冷链物流有限公司"];
  const FT = ["平台型", "销售型", "销售型", "电商运营商", "物流企业", "销售型", "销售型", "销售型", "物流企业", "销售型", "直播机构", "销售型", "销售型",
    "平台型", "销售型", "销售型", "电商运营商", "物流企业", "平台型", "销售型", "销售型", "销售型", "物流企业"];
  const firms = FN.map((n, j) => ({ n, t: FT[j], code: creditCode(REGION), entered: randIsoBetween("2021-01-05", "2021-08-20"), left: null }));
  firms[9].entered = "2021-01-12";
  firms[9].left = "2021-06-30";
  firms[22].entered = "2021-09-08";
  firms.sort((a, b) => cmp(a.entered, b.entered));
  const eRows = [["附5　曲江区电商产业园入驻企业名单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "状态", "备注"]];
  firms.forEach((f, j) => eRows.push([j + 1, f.n, f.code, f.t, dateCell(f.entered, j + 1), f.left ? "已退园" : f.entered > CUT ? "已入驻" : "在园",
    f.left ? `${cnDate(f.left)}退园` : f.entered > CUT ? "9月新入驻" : null]));
  const inPark = firms.filter((f) => f.entered <= CUT && !(f.left && f.left <= CUT));
  assert(inPark.length === 21 && new Set(inPark.map((f) => f.t)).size >= 3, "c1 21 in the park");

  // ---------------- 附6 资金明细账 (多栏式: 月 | 日 columns under year rows, one column per project, 借方合计, 余额)
  const PROJ = ["中心建设", "站点建设", "人才培训", "物流体系", "品牌推广"];
  const E = [
    ["2020-09-25", "收到省级电子商务进农村综合示范专项资金", null, 5000000],
    ["2020-10-16", "支付区电商公共服务中心建设首期款", { 中心建设: 420000 }],
    ["2020-11-20", "支付村级站点建设首期款", { 站点建设: 356800 }],
    ["2020-12-18", "支付电商培训服务费（第一期）", { 人才培训: 98500 }],
    ["2020-12-28", "支付物流配送体系建设首期款", { 物流体系: 265000 }],
    ["2021-01-22", "支付中心建设进度款及品牌设计费", { 中心建设: 380000, 品牌推广: 60000 }],
    ["2021-03-12", "支付村级站点建设进度款", { 站点建设: 412600 }],
    ["2021-04-20", "支付电商培训服务费（第二期）", { 人才培训: 126000 }],
    ["2021-05-26", "支付物流配送体系建设进度款", { 物流体系: 298420 }],
    ["2021-06-25", "支付区域公用品牌推广费", { 品牌推广: 185000 }],
    ["2021-07-23", "支付村级站点建设二期款", { 站点建设: 363000 }],
    ["2021-08-20", "支付区电商公共服务中心建设尾款", { 中心建设: 730000 }],
    ["2021-09-14", "支付物流配送体系建设尾款", { 物流体系: 260000 }],
  ];
  const fRows = [["附6　曲江区电子商务进农村综合示范专项资金明细账（多栏式）"], ["科目：专项应付款——省级电子商务进农村综合示范资金　　　　单位：元"],
    ["月", "日", "凭证号", "摘要", "贷方（收到资金）", "借方（支出）", null, null, null, null, null, "余额"],
    [null, null, null, null, null].concat(PROJ, ["借方合计", null])];
  const fMerges = ["A1:L1", "A2:L2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:K3", "L3:L4"];
  let bal = 0;
  let year = null;
  let monthTot = null;
  let cum = 0;
  const spentRows = [];
  const flushMonth = (m) => {
    if (monthTot === null) return;
    fRows.push([null, null, null, `${Number(m.slice(5))}月合计`, null].concat(PROJ.map((p) => monthTot[p] || null), [sum(Object.values(monthTot)), bal]));
    monthTot = null;
  };
  let curMonth = null;
  let vno = 0;
  E.forEach(([d, what, split, credit]) => {
    const y = d.slice(0, 4);
    const m = d.slice(0, 7);
    if (curMonth && m !== curMonth) flushMonth(curMonth);
    if (y !== year) {
      if (year === "2020") {
        fRows.push([null, null, null, "本年累计", 5000000].concat(PROJ.map(() => null), [cum, bal]));
      }
      fRows.push([`${y}年`].concat(Array(11).fill(null)));
      fMerges.push(`A${fRows.length}:L${fRows.length}`);
      year = y;
    }
    curMonth = m;
    vno += rint(3, 9);
    const [, mo, da] = ymd(d);
    if (credit) {
      bal += credit;
      fRows.push([mo, da, `记-${pad3(vno)}`, what, credit].concat(PROJ.map(() => null), [null, bal]));
      return;
    }
    const amt = sum(Object.values(split));
    bal -= amt;
    cum += amt;
    monthTot = monthTot || {};
    for (const [p, a] of Object.entries(split)) monthTot[p] = (monthTot[p] || 0) + a;
    fRows.push([mo, da, `记-${pad3(vno)}`, what, null].concat(PROJ.map((p) => split[p] || null), [amt, bal]));
    spentRows.push({ d, amt });
    if (d === "2021-08-20") {
      flushMonth(m);
      curMonth = null;
      fRows.push([null, null, null, "截至8月31日累计", 5000000].concat(PROJ.map(() => null), [cum, bal]));
    }
  });
  if (curMonth) flushMonth(curMonth);
  fRows.push(["注：借方各栏为按项目分列的支出，“借方合计”为该笔支出金额；“月合计”“累计”行为汇总行。"].concat(Array(11).fill(null)));
  fMerges.push(`A${fRows.length}:L${fRows.length}`);
  const spent = sum(spentRows.filter((r) => r.d <= CUT).map((r) => r.amt));
  assert(spent === 3695320 && ratioGE(spent, 5000000, 70) && pct1(spent, 5000000) === "73.9%", "c1 spent " + spent);

  // ---------------- 附7 月报报送
  const REP = monthsBetween("2020-08", "2021-07").map((m) => {
    const [y, mo] = m.split("-").map(Number);
    const nx = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, "0")}`;
    return { m, d: `${nx}-${String(rint(4, 9)).padStart(2, "0")}` };
  });
  const rRows = [["附7　向韶关市商务局报送月报登记"], ["序号", "所属月份", "报送日期", "报送方式", "报送内容", "含电商扶贫统计"]];
  REP.forEach((r, j) => rRows.push([j + 1, cnMonth(r.m), dateCell(r.d, j + 2), j % 2 ? "粤政易" : "电子邮件", "工作进展、统计数据", j < 1 ? "—" : "√"]));
  assert(inWindowMonths(REP.map((r) => r.d)) === 12, "c1 reports monthly");

  // ---------------- 附8 专栏更新 (URL list; the date is only in the address)
  const UP = [["2020-07-14", "曲江区电子商务进农村综合示范县创建工作方案"], ["2020-07-14", "曲江区电子商务进农村综合示范项目基本信息公示"],
    ["2020-07-21", "曲江区电子商务进农村综合示范项目监督举报电话公告"], ["2020-08-11", "曲江区电子商务进农村综合示范项目建设进度（2020年7月）"]];
  const pubFor = { "2020-08": "2020-09-10", "2020-09": "2020-11-04", "2020-10": "2020-11-04", "2020-11": "2020-12-08", "2020-12": "2021-01-12",
    "2021-01": "2021-03-09", "2021-02": "2021-03-09", "2021-03": "2021-04-07", "2021-04": "2021-05-11", "2021-05": "2021-06-08", "2021-06": "2021-07-06",
    "2021-07": "2021-08-10", "2021-08": "2021-09-06" };
  for (const [m, d] of Object.entries(pubFor)) UP.push([d, `曲江区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`]);
  UP.sort((a, b) => cmp(a[0], b[0]));
  const uRows = [["附8　区政府门户网站“电子商务进农村综合示范”专栏信息（从网站栏目页复制标题和链接）"], ["序号", "信息标题", "链接地址", "浏览次数"]];
  UP.forEach(([d, t], j) => uRows.push([j + 1, t, `http://www.qujiang.gov.cn/zwgk/dzswjnc/content/post_${urlDate(d)}`, rint(60, 900)]));
  const pubMonths = inWindowMonths(UP.map((u) => u[0]));
  assert(pubMonths === 10, "c1 column published in 10 window months " + pubMonths);

  // ---------------- 附9 宣传报道 / 附10 经验材料
  const MED = [["2020-11-20", "曲江区融媒体中心", "县级", "网络", "我区首批村级电商服务站挂牌", "否"], ["2021-03-15", "韶关电视台《韶关新闻》", "市级", "电视", "曲江脱贫户直播卖油粘米", "是"],
    ["2021-06-08", "“曲江发布”微信公众号", "县级", "网络", "电商培训进罗坑", "否"], ["2021-09-09", "广东广播电视台《广东新闻联播》", "省级", "电视", "曲江电商助农增收", "是"]];
  const mRows = [["附9　宣传报道登记"], ["序号", "日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
  MED.forEach((m, j) => mRows.push([j + 1, dateCell(m[0], j + 1), m[1], m[2], m[3], `《${m[4]}》`, m[5]]));
  const matRows = [["附10　经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送单位"], [1, "2021.7.20", "《曲江区“电商＋油粘米”带动脱贫户增收的做法》", "韶关市商务局"]];

  // ---------------- 参数 (hidden: drop-down lists and the template's thresholds)
  const par = [["下拉：是否", "下拉：牵头领导", "下拉：成员单位", "阈值：培训人次", "得分", "阈值：贫困人口培训率", "得分"],
    ["是", "书记", "商务", 0.01, 10, 0.5, 10], ["否", "区长", "财政", 0.008, 8, 0.4, 8], [null, "副区长", "农业农村", 0.006, 6, 0.3, 6], [null, "其他", "乡村振兴", 0, 0, 0, 0],
    [null, null, "交通运输", null, null, null, null], [null, null, "市场监管", null, null, null, null]];

  // ---------------- 填报界面 (the template: 基础数据, 主观评分项, 指标得分 with 测算分 and 自评分)
  const W = 7;
  const fr = [["曲江区电子商务进农村综合示范考评测算表（v2.3）"],
    ["填报单位：韶关市曲江区商务局　　填报人：曾××　　填报日期：2021年9月6日"],
    ["说明：1.黄色格为填报项，下拉选择或直接填写；2.“测算分”由表内公式按考评细则、根据本表填报值自动计算，仅供参考；3.“自评分”由经办人根据实际情况填写，上报以“自评分”为准；4.数据截至考评截止日期。"],
    [null]];
  const fm = ["A1:G1", "A2:G2", "A3:G3"];
  const sec = (t) => {
    fr.push(padRow([t], W));
    fm.push(`A${fr.length}:G${fr.length}`);
  };
  sec("一、基础数据");
  fr.push(["序号", "填报项", null, "填报值", "单位", "数据来源／说明", null]);
  const pair = () => fm.push(`B${fr.length}:C${fr.length}`, `F${fr.length}:G${fr.length}`);
  pair();
  const BASE = [
    ["县（市、区）", "曲江区", "—", null], ["考评截止日期", D(CUT), "—", null], ["常住人口", 30.36, "万人", "第七次全国人口普查"],
    ["行政村数", 48, "个", "不含社区居委会7个（附1）"], ["省定贫困村数", 6, "个", "附1"],
    ["领导小组组长", "区长", "—", "区委副书记、区长何××任组长"], ["领导小组成员单位", "商务、财政、农业农村、乡村振兴、交通运输、市场监管", "—", "多选"],
    ["已正式印发示范县工作方案", "是", "—", "曲府办〔2020〕15号"], ["已出台支持农村电商发展的政策", "是", "—", "《曲江区农村电子商务发展扶持办法》"],
    ["公共服务中心投入运营日期", D("2021-03-05"), "—", "2020年12月18日起试运营"], ["有免费培训场所、培训设备，能组织电商基础培训", "是", "—", null],
    ["为特色农产品提供免费展示、销售服务", "是", "—", null], ["为电子商务市场主体提供免费摄影、美工服务", "是", "—", null],
    ["组织农产品统一推广、指导特色农产品品牌建设", "是", "—", null], ["为电子商务发展提供其他衍生增值服务", "否", "—", "金融、法律咨询服务计划10月引入"],
    ["建设或整合、优化当地电商产业园", "是", "—", null], ["产业园入驻企业数", 22, "家", "附5"], ["建有站点的行政村数", 36, "个", "附2"], ["建有站点的省定贫困村数", 6, "个", "附2"],
    ["有专业第三方电子商务运营或服务商", "是", "—", "韶关曲江电商运营服务有限公司"], ["行政村物流快递覆盖率100%", "是", "—", "附1"],
    ["2019年农村网络零售额", 41230, "万元", "区统计局"], ["2020年农村网络零售额", 51167, "万元", "区统计局"], ["2019年农产品网络零售额", 8650, "万元", "区统计局"],
    ["2020年农产品网络零售额", 11695, "万元", "区统计局"], ["培训人次", 3126, "人次", "附3"], ["有劳动能力的建档立卡贫困人口数（不含外出务工）", 48, "人", "附4"],
    ["参加培训的建档立卡贫困人口数", 35, "人", "附3-1"], ["专栏公示创建方案", "是", "—", null], ["专栏公示项目基本信息", "是", "—", null], ["专栏公示项目建设进度", "是", "—", null],
    ["专栏设立征求意见或监督举报窗口", "是", "—", "公布监督举报电话"], ["近一年专栏按月更新", "是", "—", "附8"], ["近一年每月向市商务局报送", "是", "—", "附7"],
    ["能统计电商扶贫情况", "是", "—", "月报附电商扶贫统计表"], ["已向市商务局报送经验材料", "是", "—", "附10"], ["媒体报道级别", "省级、市级、县级", "—", "附9"],
    ["电商扶贫典型案例电视播报", "省级", "—", "附9"], ["下达资金总额", 500, "万元", null], ["累计拨付资金", 369.532, "万元", "附6"],
    ["已制定资金管理制度", "是", "—", null], ["已建立资金专用台账", "是", "—", null], ["项目总体进度", "88%", "—", null],
    ["发生安全生产、质量事故或重大损失", "否", "—", null], ["弄虚作假", "否", "—", null]];
  BASE.forEach(([k, v, u, n], j) => {
    fr.push([j + 1, k, null, v, u, n, null]);
    pair();
  });
  fr.push([null]);
  sec("二、主观评分项（经办人按实际自评）");
  fr.push(["序号", "评分项", null, "分值范围", "自评分", "依据", null]);
  pair();
  const JU = [["方案制定", "1-2", 2, "方案已正式印发"], ["政策支持", "1-2", 1, "扶持办法已出台，落实不够"], ["项目管理制度", "1-2", 2, null], ["工作台账", "1-2", 1, "部分台账更新不及时"],
    ["网销调研并形成针对性建议", "1-2", 2, null], ["网络促销活动成效", "1-2", 2, null], ["交易标准、冷链和溯源系统", "1-2", 1, "冷链仓在建"],
    ["资金管理制度", "1-5", 4, null], ["资金专用台账", "1-5", 4, null], ["资金及时拨付", "1-5", 4, null]];
  JU.forEach(([k, r, p, n], j) => {
    fr.push([j + 1, k, null, r, p, n, null]);
    pair();
  });
  fr.push([null]);
  sec("三、指标得分");
  fr.push(["序号", "工作任务", "评价指标", "分值", "测算分", "自评分", "差异说明"]);
  const IND = [["加强组织领导与统筹协调", "组织领导", 2, 2, 2], [null, "方案制定", 2, 2, 2], [null, "政策支持", 2, 1, 1], [null, "项目管理", 4, 3, 3],
    ["深入推动电子商务进农村工作", "服务体系建设（县级中心与产业园）", 15, 12, 14], [null, "服务体系建设（村级站点）", 10, 10, 10], [null, "农村产品上行", 10, 9, 9],
    [null, "电商人才培训", 20, 20, 20], ["加强信息公开及报送", "信息公开", 4, 4, 4], [null, "数据上报", 6, 6, 6], ["加强宣传推广", "案例总结", 2, 2, 2], [null, "经验推广", 8, 8, 8],
    ["加强财政资金管理", "制度建立", 5, 4, 4], [null, "资金台账", 5, 4, 4], [null, "资金支出", 5, 4, 4],
    ["加分项", "贫困人口培训率≥70%", 2, 2, 2], [null, "电商扶贫典型案例获电视播报", 2, 1, 1], ["一票否决项", "安全事故／进度不足40%／弄虚作假", "—", "否", "否"]];
  const grpStart = [];
  IND.forEach(([g, n, w, calc, self], j) => {
    if (g) grpStart.push(fr.length + 1);
    fr.push([j < 17 ? j + 1 : "—", g, n, w, calc, self,
      j === 4 ? "中心2020年12月18日起试运营，至今已运行8个多月，“建成后正常运行6个月以上”按2分自评（公式按投入运营日期计为0分）" : null]);
  });
  grpStart.push(fr.length + 1);
  for (let k = 0; k < grpStart.length - 1; k++) mergeCol(fm, "B", grpStart[k], grpStart[k + 1] - 1);
  const calcTot = sum(IND.slice(0, 15).map((x) => x[3]));
  const selfTot = sum(IND.slice(0, 15).map((x) => x[4]));
  fr.push(["合计", null, null, 100, `${calcTot}＋${IND[15][3] + IND[16][3]}`, `${selfTot}＋${IND[15][4] + IND[16][4]}`, "自评分合计96分（含加分3分）"]);
  fm.push(`A${fr.length}:C${fr.length}`);
  assert(calcTot === 91 && selfTot === 93, "c1 测算 91, 自评 93");
  for (const r of fr) assert(r.length <= W, "c1 facts row width");
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = IND[j][4]));
  claimed["bonus.poorTraining"] = 2;
  claimed["bonus.tvCase"] = 1;

  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 1,
    "work.center": 2 + 0 + 2 + 1 + 1 + 1 + 0 + 2 + 2 + 1, "work.coverage": 5 + 3, "work.upward": 2 + 2 + 1 + 1 + 1 + 2,
    "work.training": 8 + 10, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 0,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 82 && bonus === 0, "c1 total " + scored);
  assert(pct1(51167 - 41230, 41230) === "24.1%" && pct1(11695 - 8650, 8650) === "35.2%" && !(51167 * 10 >= 41230 * 13) && 11695 * 10 >= 8650 * 13, "c1 growth");
  const derivation = [
    "org.leadership: 填报界面基础数据第6、7项：领导小组组长“区长”（区委副书记、区长任组长，主要领导），成员单位有商务、财政、农业农村、乡村振兴 → 2",
    "org.plan: 主观评分项 方案制定自评2（方案已印发） → 2",
    "org.policy: 主观评分项 政策支持自评1 → 1",
    "org.management: 项目管理制度2 ＋ 工作台账1 → 3",
    "work.center: 中心投入运营日期填2021-03-05（“2020年12月18日起试运营”只是说明） → 建成 2；2021-03-05晚于2021-02-28，截至8月31日未满6个月 → 0；免费培训2、免费展示销售1、免费摄影美工1、统一推广品牌1 都填“是”；其他衍生增值服务“否” → 0；产业园“是” → 2；附5按入驻日期、状态算8月31日在园21家（" + `“${firms.find((f) => f.left).n}”2021年6月30日退园、“${firms.find((f) => f.entered > CUT).n}”9月8日入驻都不算；表上“22家”不是在园数） ≥ 20 → 2；类型有平台型、销售型、电商运营商、物流企业 → 1；合计12（测算分12，自评14把试运营算进“运行6个月”）`,
    `work.coverage: 附1是民政局PDF转换的名录（每页重复的标题行、表头行和“第 n 页，共 ${pages} 页”不是记录），村民委员会${admin.length}个、社区${comms.length}个不计；附2按建成运营时间≤8月31日：“${vMerged}”两个站点，第一行2021.9.10不算，但第二行（所在村与上一行合并）2021-05-20建成，算；“${vMonth}”的站只写“2021年8月”（8月内，算）；“${vSept}”的站2021.9.17、“${vBuild}”在建、社区站点都不算；“${vPair2}”两站只算一次 → 34/48 = 70.8% ≥ 70% → 5（漏掉合并格或“2021年8月”任一个就是33/48 = 68.8% → 2）；省定贫困村6个，“${poorLate}”唯一的站2021.9.3建成 → 5/6 = 83.3% → 3（自评按6/6）；合计8`,
    "work.upward: 网销调研2、促销2、交易标准1（主观评分项）；第三方运营服务商“是” → 1；附1有“快递进村”列，48个村民委员会全是✓ → 1；农村网零41,230万→51,167万元增长24.1%（不到30%），农产品网零8,650万→11,695万元增长35.2% ≥ 30% → 2；合计9",
    `work.training: 附3按期次“参训人次·合计”列（不是“其中”两列），培训日期（两天班按结束日）≤8月31日：第1—22期合计${fmtInt(ptCut)}人次；第23期（2021年9月7日—8日）312人次、第24期（9月23日）274人次不算；${fmtInt(ptCut)}/${fmtInt(POP)}（30.36万人） = ${pct2(ptCut, POP)} → 8（填报的3,126人次含9月两期，为1.03%）；附4劳动能力“有劳动能力”且务工情况不是“区外务工”的48人；附3-1截止日前按身份证号对上的33人（两人各参训两次只算一次；身份证号有空格分组的、一个末位小写x的都要对上；“${mig.name}”区外务工不算；“${septOnly.name}”只参加9月23日第24期不算） → 33/48 = 68.8% ≥ 50% → 10（填报“35人”是名单行数）；合计18`,
    "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度，公布监督举报电话 → 2；附8的发布日期只在链接地址里（t20201104_…）：2020年9月—2021年8月中2020年10月、2021年2月没有发布（9、10月进度11月4日一起发，1、2月进度3月9日一起发），按标题里的月份才是每月 → 10个月 → 不定时 1；合计3（填报“按月更新”）",
    "info.reporting: 附7 2020年9月—2021年8月每月都有报送日期 → 3；能统计电商扶贫情况“是”（月报附扶贫统计） → 3；合计6",
    "promo.cases: 附10 2021.7.20向韶关市商务局报送经验材料 → 2",
    "promo.media: 附9 韶关电视台（市级） → 3；曲江区融媒体中心、“曲江发布”（县级） → 1；广东广播电视台（省级）2021-09-09在截止日后不算 → 4（填报“省级、市级、县级”，自评8）",
    "fund.system: 主观评分项 资金管理制度自评4 → 4",
    "fund.ledger: 主观评分项 资金专用台账自评4 → 4",
    `fund.spending: 附6多栏式明细账按“借方合计”读每笔支出（项目分栏不再相加；“月合计”“本年累计”“截至8月31日累计”行和“余额”列不是支出；贷方500万元是收到资金）：日期取“2020年”“2021年”分段行的年份加月、日两列，≤8月31日的11笔合计${fmtMoney(spent)}元；9月14日260,000元不算 → ${fmtMoney(spent)}/5,000,000 = ${pct1(spent, 5000000)} ≥ 70% → 及时拨付自评4 → 4`,
    "bonus.poorTraining: 贫困人口培训率33/48 = 68.8% < 70% → 0（自评按35/48计2分）",
    "bonus.tvCase: 截止日前的电视播报只有韶关电视台（市级）；广东广播电视台省级播报在2021年9月9日 → 0（自评1）",
    "veto.incident: 填报“否” → 不否决",
    "veto.progress: 项目总体进度88% ≥ 40% → 不否决",
    "veto.fraud: 填报“否” → 不否决",
  ];
  return {
    description:
      "韶关曲江区商务局整本考评工作簿（13个表，一个隐藏），82分、无加分、未否决（自评93＋3）：事实表是局里自制的《考评测算表（v2.3）》填报界面——说明行写明“测算分”是表内公式按填报值算的参考分、上报以“自评分”为准；一、基础数据 序号｜填报项（B:C合并）｜填报值｜单位｜来源（常住人口30.36万人，零售额万元，中心投入运营2021-03-05、说明栏另写2020年12月试运营，领导小组组长下拉“区长”），二、主观评分项，三、指标得分 两列“测算分｜自评分”（只有中心一项不同）；附1村居名录是民政局PDF转出来的（每页重复标题行、表头行和“第 n 页，共 3 页”页脚），附2站点清单同村两站“所在村”纵向合并（第二行才是截止日前建成的站，覆盖34/48＝70.8%正好靠它和一个只写“2021年8月”的站），附3培训按期次“参训人次”合计｜其中脱贫人口｜其中返乡青年两行表头，附3-1脱贫户名单（身份证号有空格分组、小写x、同人两次），附6资金是多栏式明细账（年份在分段行、月和日分两列、按项目分栏加借方合计、月合计／累计行和余额列），附8专栏信息的发布日期只在链接地址里。",
    sheets: [
      { name: "填报界面", rows: fr, merges: fm },
      { name: "参数", rows: par, merges: [], hidden: true },
      { name: "附1 村居名录", rows: vRows, merges: vMerges },
      { name: "附2 站点清单", rows: sRows, merges: sMerges },
      { name: "附3 培训台账", rows: tRows, merges: tMerges },
      { name: "附3-1 脱贫户参训名单", rows: trRows, merges: trMerges },
      { name: "附4 脱贫人口", rows: pRows, merges: pMerges },
      { name: "附5 入驻企业", rows: eRows, merges: ["A1:G1"] },
      { name: "附6 资金明细账", rows: fRows, merges: fMerges },
      { name: "附7 月报报送", rows: rRows, merges: ["A1:F1"] },
      { name: "附8 专栏信息", rows: uRows, merges: ["A1:D1"] },
      { name: "附9 宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "附10 经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 肇庆高要区: 迎接考评组现场核查工作方案 (schedule, site points, materials, judged table)
// =====================================================================================================
function buildF1() {
  const W = 6;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:F${rows.length}`);
  };
  full("迎接省电子商务进农村综合示范创建考评组现场核查工作方案");
  full("（高要区商务局　2021年9月10日）");
  full("一、考评时间和人员");
  full("考评时间：2021年9月15日（星期三）全天。考评组：省商务厅委托的第三方评估机构3人、肇庆市商务局2人。");
  full("陪同人员：区委常委、副区长陈××（领导小组副组长，全程陪同）；区商务局局长冯××（全程陪同）；各点位所在镇分管领导。区委副书记、区长梁××出席汇报会。");
  full("二、基本情况（汇报口径，数据均截至2021年8月31日考评截止日期）");
  full("高要区辖16个镇、1个街道，行政村288个、社区居委会39个，其中省定相对贫困村27个；常住人口78.42万人（第七次全国人口普查）。2019年入选省级电子商务进农村综合示范县后，区成立以区委副书记、区长为组长的示范创建工作领导小组，成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监督管理局等16个部门。");
  full("三、日程安排");
  rows.push(["时间", "地点", "活动内容", "陪同人员", "汇报／讲解要点", "责任单位"]);
  const SCH = [
    ["8:30—8:50", "区电子商务公共服务中心", "迎接考评组", "副区长、商务局局长", "—", "区商务局"],
    ["8:50—9:40", "区电子商务公共服务中心、区电商产业园", "参观中心和产业园（点位1、2）", "副区长、商务局局长", "中心由公开招标确定的第三方运营服务商肇庆市要品电子商务有限公司运营；讲解要点见点位表", "中心运营方"],
    ["10:00—10:40", "活道镇仙洞村电商服务站", "查看村级站点（点位3）", "商务局局长、活道镇分管领导", "全区建成村级站点213个，覆盖行政村206个；省定相对贫困村全部建有站点", "活道镇"],
    ["11:00—11:30", "蛟塘镇沙田村快递服务点", "查看快递进村（点位4）", "商务局局长、区邮政管理部门", "县、镇、村三级物流配送体系建成，行政村快递服务覆盖率100%", "区交通运输局"],
    ["14:30—14:50", "区政府三楼第一会议室", "汇报会：区长汇报创建工作", "区长、副区长，成员单位负责人", "《高要区电子商务进农村综合示范县创建实施方案》（要府办〔2020〕22号）已正式印发；出台《高要区促进电子商务发展扶持办法》，兑现奖补资金", "区商务局（汇报稿）"],
    ["14:50—16:00", "区政府三楼第二会议室", "查阅资料（第一组：服务体系、上行）", "区商务局电商股", "2020年农村网络零售额26.38亿元，同比增长31.6%；农产品网络零售额4.12亿元，同比增长27.3%", "区商务局"],
    [null, null, "查阅资料（第二组：人才培训）", "区人社局、区乡村振兴局", "累计培训6,128人次（常住人口超过50万，按50万人计，目标5,000人次）；有劳动能力且未外出务工的脱贫人口1,362人，已参训748人，培训率54.9%", "区商务局、区乡村振兴局"],
    [null, null, "查阅资料（第三组：信息公开、报送、宣传）", "区商务局办公室", "区政府网站专栏公开创建方案、项目基本信息，按月公开建设进度，设监督举报电话；每月向肇庆市商务局报送月报，能统计电商扶贫情况（脱贫户参训、带动增收）", "区商务局"],
    [null, null, "查阅资料（第四组：资金管理）", "区财政局", "省级专项资金500万元，截至8月31日拨付386.75万元，支出率77.4%；制定专项资金管理办法，建立资金专用台账；项目总体进度91%；未发生安全生产、质量事故", "区财政局、区商务局"],
    ["16:00—16:30", "区政府三楼第一会议室", "考评组反馈意见", "区长、副区长", "—", "区商务局"],
  ];
  const s0 = rows.length + 1;
  for (const r of SCH) rows.push(r);
  merges.push(`A${s0 + 5}:A${s0 + 8}`, `B${s0 + 5}:B${s0 + 8}`);
  full("四、现场点位");
  rows.push(["点位", "名称及地址", "投入使用时间", "看点", "讲解人", "备注"]);
  rows.push(["1", "区电子商务公共服务中心（南岸街道府前大街28号）", "2020年11月6日投入运营", "免费培训室（80座）和直播实训设备，常态开展电商基础培训；特色农产品免费展示、销售区；摄影棚和美工室，为电商企业、网店免费拍摄、设计；“要品”区域公用品牌统一推广；网店代运营、金融对接等增值服务", "中心运营方", "全程引导"]);
  rows.push(["2", "区电商产业园（中心二至四层）", "2021年1月整合建成", "入驻企业23家，有平台型、销售型、电商运营商、物流企业等类型", "园区负责人", null]);
  rows.push(["3", "活道镇仙洞村电商服务站", "2020.12.18挂牌", "代购代销、代收代发、代缴费", "站长", "雨天改看点位3备选：白土镇村级站点"]);
  rows.push(["4", "蛟塘镇沙田村快递服务点", "2021.3", "多家快递共配进村", "邮政网点负责人", null]);
  full("五、迎检资料准备");
  rows.push(["序号", "资料", "份数", "责任股室", "完成时限", "状态"]);
  const MAT = [["汇报稿及PPT", "6", "办公室", "9月13日前", "已完成"], ["考评自评表及佐证材料目录", "6", "电商股", "9月13日前", "已完成"], ["十一类台账（纸质装盒）", "1套", "电商股", "9月14日前", "整理中"],
    ["资金拨付凭证复印件", "1套", "计财股", "9月14日前", "整理中"]];
  MAT.forEach((m, j) => rows.push([j + 1].concat(m)));
  full("六、主观评分项自评（汇报时口径，经局务会研究）");
  rows.push(["评分项", "分值范围", "自评分", "依据", null, null]);
  merges.push(`D${rows.length}:F${rows.length}`);
  const J = [["方案制定", "1-2分", 2, "方案已正式印发"], ["政策支持", "1-2分", 2, "扶持办法已出台并兑现"], ["项目管理制度", "1-2分", 2, null], ["工作台账", "1-2分", 2, null],
    ["网销调研及针对性建议", "1-2分", 2, null], ["网络促销活动", "1-2分", 1, "促销成效一般"], ["交易标准与冷链、溯源系统", "1-2分", 1, "溯源系统试运行"],
    ["资金管理制度", "1-5分", 5, null], ["资金专用台账", "1-5分", 4, null], ["资金及时拨付", "1-5分", 4, null]];
  for (const [k, r, p, n] of J) {
    rows.push([k, r, p, n, null, null]);
    merges.push(`D${rows.length}:F${rows.length}`);
  }
  full("七、工作要求：各点位9月14日前完成环境整治；讲解人熟记数据，口径以本方案为准；汇报会由区商务局负责会场布置。");
  for (const r of rows) assert(r.length <= W, "f1 width");
  assert(pct1(748, 1362) === "54.9%" && pct1(3867500, 5000000) === "77.4%", "f1 numbers");
  return {
    description:
      "肇庆高要区商务局的《迎接省考评组现场核查工作方案》（9月10日）当事实表交：公文式分节（一、考评时间和人员…七、工作要求，节标题和段落整行合并），中间三张小表——日程安排（时间｜地点｜活动内容｜陪同人员｜汇报／讲解要点｜责任单位，查阅资料四组共用合并的时间、地点格）、现场点位（点位｜名称及地址｜投入使用时间｜看点｜讲解人｜备注）、迎检资料准备（完成时限、状态），最后是主观评分项自评（“1-2分”范围、自评分数字）。读法：事实散在“基本情况”段落（常住人口78.42万人、行政村288个、省定相对贫困村27个，区委副书记、区长任领导小组组长，成员单位含商务、财政、农业农村、乡村振兴）和“汇报／讲解要点”“看点”格里（中心2020年11月6日投入运营，免费培训、展示销售、摄影美工，品牌推广、增值服务，产业园，第三方运营商，快递覆盖100%，零售额和增速，6,128人次，1,362人中参训748人，专栏四项，500万元拨付386.75万元，进度91%）；9月15日考评日期、9月10日发文日期、各完成时限、站点挂牌日期、“目标5,000人次”都不是事实，陪同的是副区长但牵头的是区长。",
    sheets: [{ name: "接待方案", rows, merges }],
    expect: {
      facts: {
        county: "高要区", asOf: "2021-08-31", residentPopulation: 784200, adminVillagesStated: 288, poorVillagesStated: 27,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-06", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: 2638000000, agriRetail2020: 412000000, ruralRetailGrowthStated: 0.316, agriRetailGrowthStated: 0.273,
        trainingPersonTimesStated: 6128, eligiblePoorPersonsStated: 1362, trainedPoorPersonsStated: 748,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3867500, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.91, vetoIncident: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 汕头潮阳区: 逐月统计表 (one row per item, the twelve months 2020年9月…2021年8月 as columns, a 9月（预计） column)
// =====================================================================================================
function buildF2() {
  const MONTHS = monthsBetween("2020-09", "2021-08");
  const W = 17; // A 序号, B 指标, C 单位, D..O months, P 9月预计, Q 备注
  const rows = [["潮阳区电子商务进农村综合示范创建主要指标逐月统计表"],
    padRow(["填报单位：汕头市潮阳区商务局", null, null, null, null, null, null, null, null, null, "统计截至：2021年8月31日（考评截止日期）"], W),
    padRow(["常住人口：164.6万人", null, null, "行政村：187个", null, null, null, "省定贫困村：8个", null, null, null, "下达省级专项资金：500万元"], W),
    padRow(["领导小组：区委常委、常务副区长任组长，成员单位为区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局"], W),
    padRow(["序号", "指标", "单位", "2020年", null, null, null, "2021年", null, null, null, null, null, null, null, "2021年9月（预计）", "备注"], W),
    padRow([null, null, null].concat(MONTHS.map((m) => `${Number(m.slice(5))}月`)), W)];
  const merges = ["A1:Q1", "A2:J2", "K2:Q2", "A3:C3", "D3:G3", "H3:K3", "L3:Q3", "A4:Q4", "A5:A6", "B5:B6", "C5:C6", "D5:G5", "H5:O5", "P5:P6", "Q5:Q6"];
  const sec = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:Q${rows.length}`);
  };
  const from = (m0, before, after) => MONTHS.map((m) => (m < m0 ? before : after));
  const ramp = (start, end, f) => MONTHS.map((m, k) => f(k, start, end));
  let no = 0;
  const item = (name, unit, vals, sept, note) => {
    no++;
    assert(vals.length === 12, "f2 twelve months " + name);
    rows.push([no, name, unit].concat(vals, [sept, note || null]));
  };
  sec("一、组织与政策");
  item("示范工作方案正式印发", "—", MONTHS.map(() => "是"), "是", "2020年6月印发（潮府办函〔2020〕58号）");
  item("出台支持农村电商发展的政策", "—", from("2021-05", "否", "是"), "是", "《潮阳区促进农村电子商务发展若干措施》");
  sec("二、公共服务中心与产业园");
  item("公共服务中心投入运营", "—", from("2021-01", "否", "是"), "是", "2021年1月8日投入运营");
  item("中心有免费培训场所、设备", "—", from("2021-01", "否", "是"), "是", null);
  item("特色农产品免费展示、销售", "—", from("2021-01", "否", "是"), "是", null);
  item("免费摄影、美工服务", "—", MONTHS.map(() => "否"), "是", "目前按件收费，9月起改为免费");
  item("农产品统一推广、品牌建设指导", "—", from("2021-03", "否", "是"), "是", null);
  item("其他衍生增值服务", "—", from("2021-02", "否", "是"), "是", "代运营、供应链金融对接");
  item("电商产业园建设", "—", MONTHS.map((m) => (m < "2021-03" ? "否" : m < "2021-06" ? "在建" : "是")), "是", "整合潮阳电商创业园");
  item("产业园入驻企业", "家", MONTHS.map((m) => (m < "2021-06" ? 0 : m === "2021-06" ? 12 : m === "2021-07" ? 17 : 21)), 24, null);
  sec("三、上行与物流");
  item("专业第三方电子商务运营服务商", "—", from("2020-12", "否", "是"), "是", "公开招标确定汕头市潮阳区优品汇电子商务有限公司");
  const exp = [88.2, 89.8, 90.4, 91.4, 92.5, 93.6, 95.2, 96.8, 98.4, 99.5, 100, 100];
  item("行政村物流快递覆盖率", "%", exp, 100, "覆盖数÷行政村187个");
  sec("四、人才培训");
  const tr = [312, 705, 1188, 1604, 1932, 2150, 2863, 3512, 4106, 4851, 5544, 6218];
  item("电商培训人次（累计）", "人次", tr, 6800, "自2020年9月起累计");
  const el = MONTHS.map((m) => (m < "2021-03" ? 1310 : 1284));
  item("有劳动能力且未外出务工的脱贫人口", "人", el, 1284, "2021年3月动态调整");
  const tp = [28, 76, 133, 190, 236, 271, 352, 430, 511, 586, 648, 702];
  item("其中：已参加电商培训（累计，按人）", "人", tp, 760, "按身份证号去重");
  sec("五、信息公开与报送");
  item("专栏公示创建方案", "—", MONTHS.map(() => "是"), "是", null);
  item("专栏公示项目基本信息", "—", MONTHS.map(() => "是"), "是", null);
  item("专栏公示项目建设进度", "—", from("2020-10", "否", "是"), "是", "每月更新");
  item("专栏设立征求意见或监督举报窗口", "—", MONTHS.map(() => "否"), "是", "网站改版后9月上线");
  item("月报附电商扶贫统计", "—", MONTHS.map(() => "是"), "是", null);
  sec("六、资金管理");
  const pay = [0, 42.5, 42.5, 118.36, 118.36, 118.36, 176.9, 224.15, 268.8, 318.8, 355.12, 392.66];
  item("省级专项资金累计拨付", "万元", pay, 430, null);
  item("资金管理制度", "—", MONTHS.map(() => "已制定"), "已制定", "《潮阳区电子商务进农村综合示范专项资金管理办法》");
  item("资金专用台账", "—", MONTHS.map(() => "已建立"), "已建立", null);
  item("项目总体进度", "%", [8, 15, 22, 30, 36, 41, 50, 58, 66, 74, 80, 86], 90, null);
  sec("七、安全");
  item("安全生产、质量事故", "起", MONTHS.map(() => 0), 0, null);
  rows.push(padRow([null], W));
  rows.push(padRow(["附表1：年度网络零售额", null, null, null, null, null, null, null, "附表2：主观评分项自评"], W));
  merges.push(`A${rows.length}:G${rows.length}`, `I${rows.length}:Q${rows.length}`);
  const t1 = [["项目", null, "2019年", "2020年", "同比增长", "单位"], ["农村网络零售额", null, 48.62, 60.35, "24.1%", "亿元"], ["农产品网络零售额", null, 6.18, 8.21, "32.8%", "亿元"]];
  const t2 = [["评分项", null, null, null, null, "自评分", null, "说明"], ["方案制定", null, null, null, null, 2, null, null], ["政策支持", null, null, null, null, 1, null, "5月才出台"],
    ["项目管理制度", null, null, null, null, 2, null, null], ["工作台账", null, null, null, null, 2, null, null], ["网销调研", null, null, null, null, 1, null, null],
    ["网络促销活动", null, null, null, null, 2, null, null], ["交易标准与冷链溯源", null, null, null, null, 1, null, null], ["资金管理制度", null, null, null, null, 4, null, null],
    ["资金专用台账", null, null, null, null, 4, null, null], ["资金及时拨付", null, null, null, null, 3, null, "拨付进度偏慢"]];
  for (let k = 0; k < t2.length; k++) {
    const a = k < t1.length ? t1[k] : [];
    const r = padRow(a.slice(0, 1).concat([null], a.slice(2)), 8).concat(t2[k]);
    rows.push(padRow(r, W));
    const R = rows.length;
    if (k < t1.length) merges.push(`A${R}:B${R}`);
    merges.push(`I${R}:M${R}`, `N${R}:O${R}`);
  }
  rows.push(padRow(["注：是否类指标填当月末状态；数值类为当月末累计数；“2021年9月（预计）”为预计数，不作考评依据。"], W));
  merges.push(`A${rows.length}:Q${rows.length}`);
  for (const r of rows) assert(r.length === W || r.length === 1, "f2 width " + r.length);
  assert(pct1(6035 - 4862, 4862) === "24.1%" && pct1(821 - 618, 618) === "32.8%" && pct1(702, 1284) === "54.7%", "f2 numbers");
  return {
    description:
      "汕头潮阳区商务局的《主要指标逐月统计表》：表头上方两行“标签：值”格（常住人口164.6万人、行政村187个、省定贫困村8个、下达资金500万元）和一整行领导小组（区委常委、常务副区长任组长）；两行表头（“2020年”“2021年”合并在9月…8月十二个月份列之上，后面是“2021年9月（预计）”和备注），一行一项指标、按“一、组织与政策…七、安全”分节：是否类每月填当月末状态（是／否／在建），数值类填当月末累计数（培训人次、脱贫人口参训人数、累计拨付万元、快递覆盖率%、总体进度%）。读法：事实取2021年8月那一列（培训6,218人次、有劳动能力未外出务工脱贫人口1,284人（3月前是1,310）、参训702人、拨付392.66万元、快递覆盖率100%、进度86%），9月预计列不读（免费摄影美工、监督举报窗口8月仍是“否”）；中心投入运营日期在备注“2021年1月8日投入运营”；表下并排两张附表：年度网络零售额（亿元，2019年｜2020年｜同比增长）和主观评分项自评。",
    sheets: [{ name: "逐月统计", rows, merges }],
    expect: {
      facts: {
        county: "潮阳区", asOf: "2021-08-31", residentPopulation: 1646000, adminVillagesStated: 187, poorVillagesStated: 8,
        planIssued: true, policyIssued: true, centerOpened: "2021-01-08", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 4862000000, ruralRetail2020: 6035000000, agriRetail2019: 618000000, agriRetail2020: 821000000,
        ruralRetailGrowthStated: 0.241, agriRetailGrowthStated: 0.328, trainingPersonTimesStated: 6218,
        eligiblePoorPersonsStated: 1284, trainedPoorPersonsStated: 702,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3926600, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.86, vetoIncident: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f3 — 阳江江城区: 扣分式自评表 typed in Word (full-width digits, line breaks inside the 说明 cell), 工作任务 as section rows
// =====================================================================================================
function buildF3() {
  const rows = [["江城区电子商务进农村综合示范创建考评自评表（扣分制）"],
    [fwText("填报单位：阳江市江城区商务局（盖章）　　考评截止日期：2021年8月31日　　填报日期：2021年9月7日")],
    ["序号", "评价指标", "分值", "扣分", "得分", "扣分原因及完成情况"]];
  const merges = ["A1:F1", "A2:F2"];
  const sec = (t) => {
    rows.push([t, null, null, null, null, null]);
    merges.push(`A${rows.length}:F${rows.length}`);
  };
  const IND = [
    ["一、加强组织领导与统筹协调（10分）"],
    ["组织领导", 2, 0, "成立由区委书记任第一组长、区长任组长的示范创建工作领导小组，成员单位：区商务局、区财政局、区农业农村局、区交通运输局、区市场监督管理局、阳江邮政江城区分公司。"],
    ["方案制定", 2, 0, "《江城区电子商务进农村综合示范工作方案》于2020年5月正式印发，不扣分。"],
    ["政策支持", 2, 1, "出台《江城区电子商务扶持资金管理办法》；用地、人才政策未出台，扣1分。"],
    ["项目管理", 4, 1, "1.项目管理制度健全，建设、验收按制度执行（2分）；\n2.工作台账部分缺失，扣1分（1分）。"],
    ["二、深入推动电子商务进农村工作（55分）"],
    ["服务体系建设（县级中心和产业园）", 15, 1, "1.区电子商务公共服务中心于2020年12月2日投入运营；\n2.有免费培训室和培训设备，能组织电商基础培训；\n3.特色农产品免费展示、销售；\n4.摄影、美工为收费服务，扣1分；\n5.组织“江城好物”统一推广，指导品牌建设；\n6.提供代运营、金融对接等增值服务；\n7.整合建设江城电商产业园，入驻企业22家，含平台型、销售型、电商运营商、物流企业。"],
    ["服务体系建设（村级站点）", 10, 0, "全区行政村62个，建有站点的46个，覆盖率74.2%；省定贫困村4个，全部建有站点。"],
    ["农村产品上行", 10, 4, "1.完成网销调研并提出建议，不扣分；\n2.网络促销活动成效一般，扣1分；\n3.第三方运营服务商：阳江市江城区优品电商运营有限公司；\n4.行政村快递覆盖率100%；\n5.交易标准和冷链、溯源系统未完全建成，扣1分；\n6.2020年农村网络零售额35.8亿元，同比增长19.6%，农产品网络零售额同比增长22.4%，均未达30%，扣2分。"],
    ["电商人才培训", 20, 0, "1.常住人口68.94万人（按50万人计），累计培训5,263人次，占1.05%；\n2.有劳动能力且未外出务工的建档立卡贫困人口206人，参训109人，培训率52.9%。"],
    ["三、加强信息公开及报送（10分）"],
    ["信息公开", 4, 1, "区政府网站设立专栏，公开创建方案、项目基本信息、建设进度，设监督举报窗口；2021年1—2月未更新，扣1分。"],
    ["数据上报", 6, 0, "每月向阳江市商务局报送工作情况，统计电商扶贫情况。"],
    ["四、加强宣传推广（10分）"],
    ["案例总结", 2, 0, "向市商务局报送经验材料1篇。"],
    ["经验推广", 8, 4, "阳江日报、“江城发布”宣传报道；无省级及以上媒体报道，扣4分。"],
    ["五、加强财政资金管理（15分）"],
    ["制度建立", 5, 1, "制定《江城区电子商务进农村综合示范专项资金管理办法》，考核问责制度不够完善，扣1分。"],
    ["资金台账", 5, 1, "建立资金专用台账，个别凭证不全，扣1分。"],
    ["资金支出", 5, 1, "省下达专项资金500万元，截至2021年8月31日拨付372.4万元，支出率74.5%；部分款项拨付滞后，扣1分。"],
    ["六、加分项（4分）"],
    ["贫困人口培训率70%及以上", 2, "—", "培训率52.9%，未达到。"],
    ["电商扶贫典型案例获电视播报", 2, "—", "无。"],
    ["七、一票否决项"],
    ["安全生产、质量事故", "—", "—", "未发生。"], ["项目总体进度不足40%", "—", "—", "项目总体进度88%。"], ["弄虚作假", "—", "—", "无。"],
  ];
  const got = [];
  let no = 0;
  for (const it of IND) {
    if (it.length === 1) {
      sec(fwText(it[0]));
      continue;
    }
    const [name, w, ded, text] = it;
    no++;
    let score;
    if (typeof w === "number" && typeof ded === "number") score = w - ded;
    else if (typeof w === "number") score = 0;
    else score = "—";
    got.push(score);
    rows.push([no, name, w, ded, score, fwText(text)]);
  }
  const claimedList = got.slice(0, 15);
  const total = sum(claimedList);
  rows.push(["合计", null, 100, sum(IND.filter((x) => x.length > 1 && typeof x[2] === "number").map((x) => x[2])), total, "加分项不得分，未触及一票否决项。"]);
  merges.push(`A${rows.length}:B${rows.length}`);
  rows.push([fwText("填表人：陈××　　审核人：林××　　联系电话：0662-3312×××"), null, null, null, null, null]);
  merges.push(`A${rows.length}:F${rows.length}`);
  assert(claimedList.length === 15 && total === 85, "f3 total 85 " + total);
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = claimedList[j]));
  claimed["bonus.poorTraining"] = got[15];
  claimed["bonus.tvCase"] = got[16];
  assert(pct1(46, 62) === "74.2%" && pct1(109, 206) === "52.9%" && pct2(5263, 500000) === "1.05%" && pct1(3724000, 5000000) === "74.5%", "f3 numbers");
  return {
    description:
      "阳江江城区商务局在Word里做好再贴进Excel的《考评自评表（扣分制）》：序号｜评价指标｜分值｜扣分｜得分｜扣分原因及完成情况，工作任务不是一列而是插在中间的分节行（“一、加强组织领导与统筹协调（１０分）”整行合并，数字是全角），服务体系建设拆成“县级中心和产业园”“村级站点”两行；“扣分原因及完成情况”一格多行（格内换行“1.…；2.…”），从Word带来的全角数字和标点（“２０２０年１２月２日”“６８．９４万人”“５，２６３人次”“７４．５％”）；得分＝分值－扣分（claimed，合计85），加分项扣分“—”、得分0，否决项全是“—”。事实和分项自评要从扣分说明里读：区委书记任第一组长、区长任组长但成员单位没有扶贫／乡村振兴部门（主要领导、部门不全）；摄影美工收费；促销、交易标准各扣1分、网销调研不扣分；两个增速都写出来；项目管理两个分项写成“（2分）”“（1分）”。",
    sheets: [{ name: "自评表", rows, merges }],
    expect: {
      facts: {
        county: "江城区", asOf: "2021-08-31", residentPopulation: 689400, adminVillagesStated: 62, poorVillagesStated: 4,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-02", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: 3580000000, ruralRetailGrowthStated: 0.196, agriRetailGrowthStated: 0.224, trainingPersonTimesStated: 5263,
        eligiblePoorPersonsStated: 206, trainedPoorPersonsStated: 109,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3724000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal",
      claimed,
    },
  };
}

// =====================================================================================================
// l1 — 梅州兴宁市: 人社 training-subsidy roster, 脱贫劳动力就业帮扶台账, Outlook sent-mail export, a pivot and a note page
// =====================================================================================================
function buildL1() {
  const REGION = "441481";
  const CLASSES = [
    { no: "XN-DS-2001", a: "2020-11-09", b: "2020-11-13", fmt: (a, b) => `${dotDate(a)}-${ymd(b)[1]}.${ymd(b)[2]}`, n: 9 },
    { no: "XN-DS-2002", a: "2020-12-07", b: "2020-12-11", fmt: (a, b) => `${cnDate(a)}至${ymd(b)[2]}日`, n: 8 },
    { no: "XN-DS-2101", a: "2021-03-15", b: "2021-03-19", fmt: (a, b) => `${a.replace(/-/g, ".")}—${b.replace(/-/g, ".")}`, n: 9 },
    { no: "XN-DS-2102", a: "2021-05-17", b: "2021-05-21", fmt: (a, b) => `${yyyymmdd(a)}-${yyyymmdd(b)}`, n: 8 },
    { no: "XN-DS-2103", a: "2021-07-05", b: "2021-07-09", fmt: (a, b) => `${cnDate(a)}-${ymd(b)[2]}日`, n: 9 },
    { no: "XN-DS-2104", a: "2021-09-06", b: "2021-09-10", fmt: (a, b) => `${dotDate(a)}-${ymd(b)[1]}.${ymd(b)[2]}`, n: 7 },
  ];
  // poor labour force list first (some trainees come from it)
  const TOWNS = ["宁新街道", "叶塘镇", "罗浮镇", "罗岗镇", "黄陂镇", "大坪镇"];
  const VIL = { 宁新街道: ["大岭村", "岭下村"], 叶塘镇: ["河西村", "新联村"], 罗浮镇: ["浮西村", "洋岭村"], 罗岗镇: ["甘村", "溪唇村"], 黄陂镇: ["阳和村", "黄沙村"], 大坪镇: ["寨下村", "黄竹村"] };
  const LAB = [["劳动力", true], ["半劳动力", true], ["弱劳动力", true], ["丧失劳动力", false], ["无劳动力", false]];
  const P = [];
  for (let k = 0; k < 30; k++) {
    const t = TOWNS[k % TOWNS.length];
    const v = VIL[t][k % 2];
    let lab;
    let emp;
    let area;
    if (k % 10 === 7) {
      lab = LAB[3 + (k % 2)];
      emp = "—";
      area = "—";
    } else {
      lab = LAB[k % 3];
      if (k % 5 === 1) {
        emp = "已就业";
        area = k % 2 ? "省外" : "省内县外";
      } else if (k % 5 === 3) {
        emp = "已就业";
        area = "县内";
      } else {
        emp = "未就业";
        area = "—";
      }
    }
    const birth = lab[1] ? birthBetween(1966, 2001) : birthBetween(1938, 1956);
    P.push({ name: personName(), t, v, id: makeId(REGION, birth, rnd() < 0.5, k === 4 ? true : undefined), lab, emp, area });
  }
  const pRows = [["兴宁市脱贫劳动力就业帮扶台账（电商培训相关镇村节选）"], ["数据来源：广东省就业创业帮扶系统　　导出日期：2021-09-01　　单位：人"],
    ["序号", "镇（街道）", "村", "姓名", "身份证号码", "劳动力状况", "就业状态", "就业地域", "帮扶措施"]];
  const pRecs = [];
  const MEAS = ["技能培训", "岗位推介", "公益性岗位", "创业扶持", "—"];
  P.forEach((p, j) => {
    pRows.push([j + 1, p.t, p.v, p.name, p.id, p.lab[0], p.emp, p.area, MEAS[j % MEAS.length]]);
    const migrant = p.emp === "—" ? null : p.emp === "已就业" ? p.area !== "县内" : false;
    pRecs.push({ id: p.id, labour: p.lab[1], migrant });
  });
  pRows.push(["注：就业地域“省外”“省内县外”为外出务工；劳动力状况“劳动力”“半劳动力”“弱劳动力”均属有劳动能力。"]);
  assert(pRecs.filter((r) => r.labour && r.migrant === false).length >= 10 && pRecs.some((r) => r.migrant === null), "l1 poor mix");

  // ---------------- training-subsidy roster
  const poorTrainees = shuffle(P.filter((p) => p.lab[1] && !p.id.endsWith("X")));
  poorTrainees.unshift(P.find((p) => p.id.endsWith("X")));
  assert(poorTrainees[0] && poorTrainees[0].lab[1], "l1 the X person is a trainee");
  let pi = 0;
  const tRows = [["兴宁市2020—2021年度电子商务职业技能培训补贴申领花名册"],
    ["培训机构：兴宁市众创职业培训学校（盖章）　　培训项目：电子商务师（网店运营推广）五级　　单位：元"],
    ["序号", "班级编号", "姓名", "性别", "身份证号码", "人员类别", "培训起止时间", "课时", "考核结果", "证书编号", "补贴金额"]];
  const tMerges = ["A1:K1", "A2:K2"];
  const tRecs = [];
  let sq = 0;
  let repeatPerson = null;
  for (const c of CLASSES) {
    const r0 = tRows.length + 1;
    let subsidy = 0;
    let pass = 0;
    for (let k = 0; k < c.n; k++) {
      sq++;
      let name;
      let id;
      let cat;
      let male;
      if (c.no === "XN-DS-2103" && k === 0 && repeatPerson) {
        ({ name, id } = repeatPerson);
        cat = "农村劳动力";
        male = Number(id[16]) % 2 === 1;
      } else if (k % 3 === 1 && pi < poorTrainees.length) {
        const p = poorTrainees[pi++];
        name = p.name;
        id = p.id;
        cat = "脱贫劳动力";
        male = Number(id[16]) % 2 === 1;
      } else {
        male = rnd() < 0.5;
        name = personName();
        id = makeId(REGION, birthBetween(1972, 2002), male);
        cat = k % 4 === 0 ? "返乡创业人员" : "农村劳动力";
      }
      if (c.no === "XN-DS-2001" && k === 2) repeatPerson = { name, id };
      const ok = !(k === c.n - 1 && c.no !== "XN-DS-2104");
      if (ok) pass++;
      const amt = ok ? 1500 : 0;
      subsidy += amt;
      const idCell = id.endsWith("X") ? id.slice(0, 17) + "x" : id;
      tRows.push([sq, c.no, name, male ? "男" : "女", idCell, cat, c.fmt(c.a, c.b), 40, c.no === "XN-DS-2104" ? "待考核" : ok ? "合格" : "不合格",
        ok && c.no !== "XN-DS-2104" ? `${c.no.slice(-4)}${pad3(sq)}` : null, c.no === "XN-DS-2104" ? null : amt]);
      tRecs.push({ date: c.b, personTimes: 1, id });
    }
    tRows.push([`小计（${c.no}）：${c.n}人，合格${c.no === "XN-DS-2104" ? "—" : pass}人`, null, null, null, null, null, null, null, null, null, c.no === "XN-DS-2104" ? null : subsidy]);
    tMerges.push(`A${tRows.length}:J${tRows.length}`);
    mergeCol(tMerges, "B", r0, tRows.length - 1);
    mergeCol(tMerges, "G", r0, tRows.length - 1);
    // blank the merged cells below the first of each class
    for (let r = r0; r < tRows.length - 1; r++) {
      tRows[r][1] = null;
      tRows[r][6] = null;
    }
  }
  tRows.push(["合计", null, null, null, null, null, null, null, null, null, sum(tRows.filter((r) => typeof r[0] === "string" && r[0].startsWith("小计")).map((r) => r[10] || 0))]);
  tMerges.push(`A${tRows.length}:J${tRows.length}`);
  tRows.push(["注：不合格人员不享受补贴但已参加培训；XN-DS-2104班于2021年9月开班，考核后另行申领。"]);
  tMerges.push(`A${tRows.length}:K${tRows.length}`);
  checkTrainingIds(tRecs, "l1");
  assert(tRecs.length === 50 && tRecs.filter((r) => r.date > "2021-08-31").length === 7, "l1 50 trainee rows");
  assert(tRecs.some((r) => r.id.endsWith("X")), "l1 an X id");
  assert(new Set(tRecs.map((r) => r.id)).size === 49, "l1 one person trained twice");

  // ---------------- Outlook sent items
  const SENT = [];
  for (const m of monthsBetween("2020-08", "2021-07")) {
    if (m === "2021-01") continue;
    const [y, mo] = m.split("-").map(Number);
    const nx = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, "0")}`;
    SENT.push({ d: `${nx}-${String(rint(5, 10)).padStart(2, "0")}`, subj: `兴宁市电子商务进农村综合示范工作月报（${cnMonth(m)}）`, to: "梅州市商务局电商科 <mzsw_dsk@163.com>", pov: m >= "2020-10", city: true });
  }
  // the January report went with February's in March
  const feb = SENT.find((s) => s.subj.includes("2021年2月"));
  feb.subj = "兴宁市电子商务进农村综合示范工作月报（2021年1—2月合并）";
  SENT.push({ d: "2020-11-12", subj: "转发：关于做好电商进农村示范县考评准备工作的通知", to: "罗浮镇政府 <xnlfz@163.com>; 叶塘镇政府 <xnytz@163.com>", pov: false, city: false });
  SENT.push({ d: "2021-04-16", subj: "RE: 兴宁市电子商务进农村综合示范工作月报（2021年3月）——补充脱贫户参训统计表", to: "梅州市商务局电商科 <mzsw_dsk@163.com>", pov: true, city: true });
  SENT.push({ d: "2021-06-22", subj: "兴宁市电商进农村示范创建情况（报市政府办）", to: "兴宁市人民政府办公室 <xnszfb@163.com>", pov: false, city: false });
  SENT.sort((a, b) => cmp(a.d, b.d));
  const mRows = [["已发送邮件（导出自Outlook，文件夹：已发送邮件\\电商进农村）"], ["主题", "收件人", "发送时间", "附件", "大小"]];
  const rRecs = [];
  for (const s of SENT) {
    const t = `${s.d.replace(/-/g, "/").replace(/\/0/g, "/")} ${rint(9, 17)}:${String(rint(0, 59)).padStart(2, "0")}`;
    const att = s.city ? (s.pov ? "月报.docx; 电商扶贫统计表.xlsx" : "月报.docx") : s.subj.startsWith("转发") ? "通知.pdf" : "情况报告.docx";
    mRows.push([s.subj, s.to, t, att, `${rint(40, 900)} KB`]);
    if (s.city) rRecs.push({ date: s.d, poverty: s.pov ? true : null });
  }
  assert(rRecs.length === 12 && inWindowMonths(rRecs.map((r) => r.date)) === 11, "l1 reports 11 months");

  // ---------------- note page and pivot
  const note = [["填表说明"], ["1．《补贴花名册》由市人社局提供，一行一名学员一个班次，培训日期按培训起止时间；班级编号、培训起止时间按班合并。"],
    ["2．《脱贫劳动力》摘自省就业创业帮扶系统，仅列参训学员所在镇村。"], ["3．《已发送邮件》为电商股邮箱的发送记录，报送市商务局的月报以此为凭。"], ["4．《汇总》为花名册的数据透视表。"]];
  const piv = [["行标签", "计数项:姓名", "求和项:补贴金额"]];
  for (const c of CLASSES) {
    const sub = tRows.find((r) => typeof r[0] === "string" && r[0].startsWith(`小计（${c.no}）`));
    piv.push([c.no, c.n, sub[10] === null ? 0 : sub[10]]);
  }
  piv.push(["总计", sum(CLASSES.map((c) => c.n)), sum(piv.slice(1).map((r) => r[2]))]);
  return {
    description:
      "梅州兴宁市商务局电商股交的一本台账（五个表）：①《填表说明》纯文字，不是台账；②《补贴花名册》是市人社局的电子商务职业技能培训补贴申领花名册，当培训台账——一行一名学员一个班，班级编号和培训起止时间按班纵向合并（只在每班第一行），起止时间写法各班不同（“2020.11.9-11.13”“2020年12月7日至11日”“2021.03.15—2021.03.19”“20210517-20210521”“2021年7月5日-9日”），日期按结束日，每班后有“小计”行、末尾“合计”行（不是学员），考核“不合格”的也参加了培训，9月开班的一班“待考核”照列；有一人参加两个班，身份证号末位X在花名册里都写成小写x（扶贫台账里是大写）；③《脱贫劳动力》是省就业创业帮扶系统导出：劳动力状况（劳动力／半劳动力／弱劳动力为有，丧失劳动力／无劳动力为无），外出务工要看“就业状态”和“就业地域”两列（已就业且省外或省内县外＝外出，县内或未就业＝不外出，无劳动力的“—”未答）；④《已发送邮件》是Outlook已发送文件夹导出，只有发给梅州市商务局电商科的是报送（转发给镇政府、报市政府办的不是），发送时间“2020/10/8 15:42”，附件有“电商扶贫统计表”的含扶贫统计（只附月报.docx的两封看不出，未答），1月月报与2月合并3月才发，另有一封4月的“RE:”补充报送；⑤《汇总》是数据透视表，不是台账。",
    sheets: [
      { name: "填表说明", rows: note, merges: [] },
      { name: "补贴花名册", rows: tRows, merges: tMerges },
      { name: "脱贫劳动力", rows: pRows, merges: ["A1:I1", "A2:I2", `A${pRows.length}:I${pRows.length}`] },
      { name: "已发送邮件", rows: mRows, merges: ["A1:E1"] },
      { name: "汇总", rows: piv, merges: [] },
    ],
    expect: {
      sheets: {
        "填表说明": { kind: null },
        "补贴花名册": { kind: "training", records: tRecs },
        "脱贫劳动力": { kind: "poorPersons", records: pRecs },
        "已发送邮件": { kind: "reports", records: rRecs },
        "汇总": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 茂名茂南区: cover, villages listed in cells per town, station-system export with a region path,
//      park lease contracts, payments by contract instalment (万元), media with 媒体类别, materials
// =====================================================================================================
function buildL2() {
  const REGION = "440902";
  const T = [["金塘镇", ["牙象村", "金塘村", "冼村", "西岸村", "新坡头村"], []], ["公馆镇", ["公馆村", "大路村", "木头塘村", "良村"], []],
    ["新坡镇", ["新坡村", "卖酒村", "唐村", "大坡村", "西坡村"], []], ["镇盛镇", ["镇盛村", "平山村", "石岭村", "石桥村"], []],
    ["鳌头镇", ["鳌头村", "下村", "沙田村", "朝阳村", "石塘村"], []], ["袂花镇", ["袂花村", "旺坡村", "江边村", "松山村"], ["袂花社区"]],
    ["红旗街道", [], ["红旗社区", "光华社区", "新华社区"]], ["站前街道", [], ["站前社区", "油城社区"]]];
  const poor = new Set(["木头塘村", "大坡村", "石岭村", "朝阳村"]);
  const vRows = [["茂南区镇（街道）村（社区）一览（摘自《茂南区区情简介（2021）》）"], ["序号", "镇（街道）", "行政村（带*的为省定贫困村）", "社区", "村数", "社区数"]];
  const vRecs = [];
  T.forEach(([t, vs, cs], j) => {
    const vText = vs.length ? vs.map((v) => (poor.has(v) ? v + "*" : v)).join("、") : "—";
    const cText = cs.length ? cs.join("、") : "—";
    vRows.push([j + 1, t, vText, cText, vs.length, cs.length]);
    for (const v of vs) vRecs.push({ name: v, admin: true, poor: poor.has(v) });
    for (const c of cs) vRecs.push({ name: c, admin: false, poor: null });
  });
  const nV = sum(T.map((x) => x[1].length));
  const nC = sum(T.map((x) => x[2].length));
  vRows.push(["合计", null, `行政村${nV}个（省定贫困村${poor.size}个）`, `社区${nC}个`, nV, nC]);
  assert(nV === 27 && nC === 6, "l2 27 + 6");

  // ---------------- stations: system export with a 所属区域 path
  const admin = T.flatMap((x) => x[1].map((v) => [x[0], v]));
  const pick = shuffle(admin).slice(0, 20);
  const ST = pick.map(([t, v]) => ({ t, v, op: randIsoBetween("2020-08-01", "2021-08-28") }));
  ST.push({ t: pick[3][0], v: pick[3][1], op: randIsoBetween("2021-01-01", "2021-08-28") });
  ST.push({ t: "红旗街道", v: "光华社区", op: randIsoBetween("2020-10-01", "2021-06-30") });
  const rest = admin.filter(([, v]) => !pick.some((p) => p[1] === v));
  ST.push({ t: rest[2][0], v: rest[2][1], op: "2021-08-31" });
  ST.push({ t: rest[0][0], v: rest[0][1], op: null });
  ST.push({ t: rest[1][0], v: rest[1][1], op: "2021-09-02" });
  ST.sort((a, b) => cmp(a.op || "9999", b.op || "9999"));
  const sRows = [["茂南区农村电商服务站点管理系统　站点列表导出"], ["导出时间：2021-09-03 09:14:52　　导出人：maonan_sw　　筛选条件：全部状态"],
    ["站点编码", "站点名称", "所属区域", "详细地址", "站长", "开通时间", "站点状态"]];
  const sRecs = [];
  ST.forEach((s, j) => {
    const isC = s.v.endsWith("社区");
    const nm = isC ? `${s.v}电商服务点` : `${s.v.replace(/村$/, "")}村电商服务站${ST.findIndex((x) => x.v === s.v) !== j ? "（2号站）" : ""}`;
    const region = `广东省/茂名市/茂南区/${s.t}/${isC ? s.v + "居委会" : s.v + "委会"}`;
    const opCell = s.op ? `${s.op} ${hms()}` : null;
    sRows.push([`MN${String(4409020 + j * 7).slice(-5)}${pad3(j + 1)}`, nm, region, `${s.t}${s.v}${rint(1, 80)}号`, personName(), opCell, s.op ? "已开通" : "待开通"]);
    const rec = { village: s.v };
    if (s.op) rec.opened = s.op;
    sRecs.push(rec);
  });
  assert(sRecs.length === 25 && sRecs.filter((r) => !r.opened).length === 1, "l2 25 stations");

  // ---------------- park lease contracts
  const F = [["茂名市茂南区优选电子商务有限公司", "平台型电商"], ["茂南区金塘荔枝网店", "网店零售"], ["茂名市茂南区鳌头农品电商商行", "网店零售"], ["茂名茂南电商运营服务有限公司", "电商代运营"],
    ["茂南区袂花速递有限公司", "快递物流"], ["茂名市茂南区直播基地传媒有限公司", "直播电商"], ["茂南区公馆化橘红网店", "网店零售"], ["茂名市茂南区冷链仓储有限公司", "仓储物流"],
    ["茂南区新坡罗非鱼电子商务有限公司", "网店零售"], ["茂名市茂南区乡村优品网络科技有限公司", "平台型电商"], ["茂南区镇盛龙眼干网店", "网店零售"], ["茂名市茂南区农旅文创电子商务有限公司", "网店零售"]];
  const eRows = [["茂南区电商产业园租赁合同台账"], ["说明：入驻日期以“实际进场日期”为准（合同起始日为计租日，可早于进场）；提前解约的以“解约日期”为退园日期，合同到期日不是退园日期。"],
    ["合同编号", "承租企业", "统一社会信用代码", "业态", "租赁房号", "合同起始日", "合同到期日", "实际进场日期", "解约日期", "备注"]];
  const eRecs = [];
  F.forEach(([n, ty], j) => {
    const start = j === 4 ? "2020-10-10" : j === 11 ? "2021-02-20" : j === 9 ? "2021-08-01" : randIsoBetween("2020-09-01", "2021-06-30");
    let enter = isoAdd(start, rint(5, 40));
    let left = null;
    let note = null;
    let enterCell = dateCell(enter, j);
    if (j === 4) {
      left = "2021-05-31";
      note = "经营调整，提前解约";
    }
    if (j === 9) {
      enter = "2021-09-06";
      enterCell = "2021.9.6";
      note = "8月装修，9月进场";
    }
    if (j === 11) {
      enter = "2021-03";
      enterCell = "2021年3月";
    }
    const endCell = dotDate(isoAdd(start, 365 * 3 - 1));
    eRows.push([`MNDS-${String(2020 + (start >= "2021" ? 1 : 0))}-${pad3(j + 1)}`, n, creditCode(REGION), ty, `${rint(1, 3)}0${rint(1, 9)}`, dotDate(start), endCell, enterCell, left ? dotDate(left) : null, note]);
    if (enter) eRecs.push({ name: n, type: ty, entered: enter, left });
  });
  assert(eRecs.length === 12 && eRecs.filter((r) => r.left).length === 1 && eRecs.every((r) => !r.left || r.left > r.entered), "l2 enterprises");

  // ---------------- payments by contract instalment (万元)
  const C = [["茂南区电子商务公共服务中心建设及运营", 168.5, [["首期", "2020-11-18", 50.55], ["二期", "2021-04-09", 67.4], ["尾款", null, 50.55]]],
    ["村级电商服务站点建设", 126.8, [["首期", "2020-12-22", 38.04], ["二期", "2021-06-15", 50.72], ["尾款", "2021-09-13", 38.04]]],
    ["农村电商培训服务", 46.2, [["首期", "2021-01-20", 13.86], ["二期", "2021-08-31", 32.34]]],
    ["县镇村物流配送体系建设", 98.6, [["首期", "2021-02-05", 29.58], ["二期", "2021-07-27", 39.44], ["尾款", null, 29.58]]]];
  const fRows = [["茂南区电子商务进农村综合示范项目资金拨付进度表"], ["单位：万元"],
    ["序号", "项目（合同）名称", "合同金额", "付款节点", "拨付日期", "拨付金额", "累计拨付", "备注"]];
  const fMerges = ["A1:H1", "A2:H2"];
  const fRecs = [];
  C.forEach(([name, amt, ins], j) => {
    const r0 = fRows.length + 1;
    let cum = 0;
    ins.forEach(([node, d, a], k) => {
      if (d) cum = Math.round((cum + a) * 100) / 100;
      fRows.push([k === 0 ? j + 1 : null, k === 0 ? name : null, k === 0 ? amt : null, node, d ? (k % 2 ? cnDate(d) : D(d)) : "未拨付", d ? a : null, d ? cum : null, d ? null : `应付${a}万元，待验收`]);
      if (d) fRecs.push({ date: d, amount: Math.round(a * 10000) });
    });
    for (const col of ["A", "B", "C"]) mergeCol(fMerges, col, r0, fRows.length);
  });
  const totPaid = sumYuan(fRecs.map((r) => r.amount));
  fRows.push(["合计", null, sum(C.map((c) => c[1] * 100)) / 100, null, null, Math.round(totPaid / 100) / 100, null, "含9月拨付"]);
  fMerges.push(`A${fRows.length}:B${fRows.length}`);
  assert(fRecs.length === 9 && fRecs.every((r) => Number.isInteger(r.amount)), "l2 nine payments");

  // ---------------- media (媒体类别 instead of 级别)
  const MED = [["2020-12-03", "茂南区融媒体中心", "区融媒体", "网络", "茂南首批村级电商服务站开通", "否"], ["2021-02-26", "茂名广播电视台《茂名新闻》", "市属媒体", "电视", "茂南脱贫户直播卖荔枝", "是"],
    ["2021-05-14", "南方日报", "省属媒体", "报纸", "茂南：电商让罗非鱼游出大山", "否"], ["2021-06-18", "人民网", "中央媒体", "网络", "广东茂南：小站点撬动大市场", "否"],
    ["2021-09-07", "广东广播电视台珠江频道", "省属媒体", "电视", "茂南电商助农", "是"]];
  const LV = { 中央媒体: "national", 省属媒体: "province", 市属媒体: "city", 区融媒体: "county" };
  const mdRows = [["茂南区电商进农村宣传报道统计"], ["序号", "刊播日期", "媒体", "媒体类别", "形式", "标题", "电商扶贫典型案例"]];
  const mdRecs = [];
  MED.forEach(([d, m, l, f, t, c], j) => {
    mdRows.push([j + 1, dateCell(d, j + 2), m, l, f, `《${t}》`, c === "是" ? "√" : null]);
    mdRecs.push({ date: d, level: LV[l], tv: f === "电视" });
  });
  const maRows = [["经验材料报送"], ["报送日期", "材料名称", "报送对象", "方式"], ["21.6.28", "《茂南区电商进农村“站点＋合作社”经验做法》", "茂名市商务局", "粤政易"],
    ["21.9.6", "《茂南区电子商务进农村综合示范创建工作总结》", "茂名市商务局", "粤政易"]];
  const maRecs = [{ date: "2021-06-28" }, { date: "2021-09-06" }];
  const cover = [["茂名市茂南区电子商务进农村综合示范"], ["工作台账（第二册）"], [null], ["目录：村居一览、站点列表、租赁合同台账、资金拨付进度、宣传报道、经验材料"], ["茂南区商务局　2021年9月"]];
  return {
    description:
      "茂名茂南区商务局台账第二册（七个表）：①封面，不是台账；②《村居一览》摘自区情简介，一镇（街道）一行，村名全在一格里用顿号隔开（“牙象村、金塘村、…”），带“*”的是省定贫困村（表头写明），社区在另一格，街道的村格是“—”，合计行不是记录；③《站点列表》是站点管理系统导出（第1、2行是标题和导出信息），所在村只在“所属区域”路径“广东省/茂名市/茂南区/金塘镇/牙象村委会”的最后一段，开通时间“2021-03-16 10:22:31”式时间戳（一个8月31日当天、一个9月、一个“待开通”空着），同村有“（2号站）”，一个社区站点；④《租赁合同台账》：入驻读“实际进场日期”（不是合同起始日），退园读“解约日期”（合同到期日2023、2024年不是退园），合同起始日8月1日、8月装修、“2021.9.6”才进场的一家入驻日期是9月6日，一家进场只写“2021年3月”；⑤《资金拨付进度》按合同分付款节点（万元，项目名和合同金额纵向合并），“未拨付”的尾款不是拨付，“累计拨付”和合同金额、合计行不是记录，8月31日当天一笔和9月一笔照列；⑥宣传报道没有“级别”，只有“媒体类别”（中央媒体／省属媒体／市属媒体／区融媒体），典型案例打√；⑦经验材料日期写“21.6.28”。",
    sheets: [
      { name: "封面", rows: cover, merges: [] },
      { name: "村居一览", rows: vRows, merges: ["A1:F1", `A${vRows.length}:B${vRows.length}`] },
      { name: "站点列表", rows: sRows, merges: ["A1:G1", "A2:G2"] },
      { name: "租赁合同台账", rows: eRows, merges: ["A1:J1", "A2:J2"] },
      { name: "资金拨付进度", rows: fRows, merges: fMerges },
      { name: "宣传报道", rows: mdRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: maRows, merges: [] },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "村居一览": { kind: "villages", records: vRecs },
        "站点列表": { kind: "stations", records: sRecs },
        "租赁合同台账": { kind: "enterprises", records: eRecs },
        "资金拨付进度": { kind: "funds", records: fRecs },
        "宣传报道": { kind: "media", records: mdRecs },
        "经验材料": { kind: "materials", records: maRecs },
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
write("counties", "b196-c1-qujiang.json", c1);
write("facts", "b196-f1-gaoyao.json", f1);
write("facts", "b196-f2-chaoyang.json", f2);
write("facts", "b196-f3-jiangcheng.json", f3);
write("ledgers", "b196-l1-xingning.json", l1);
write("ledgers", "b196-l2-maonan.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
