// Batch 203 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b198.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (203203), no clock. Run: node test/corpus/_b203/gen-b203.js
//
// c1 云城区 (云浮): 《指标分解落实及自评表》 — each indicator split into its 评分要点 rows (序号/指标/指标核定分 merged down), columns
//    牵头单位 | 完成情况 | 数据（数值｜单位） | 自评分（部门自评｜核定分｜指标核定分), claimed = 核定分 (部门自评 only for reference) + 11 ledgers:
//    民政名录 as the village list (type from the name suffix, 小计 rows, poor in 备注), three stacked station tables with their own
//    headers (8月31日 decides 42/60 = 70%), sessions with 参训人次 split 男｜女 (no 小计), poor persons in two labour sections,
//    a lower-case x deciding 18/36 = 50%, a renamed firm listed twice (19 distinct codes), 万元 funds with “86,500元” cells and a
//    month-only row deciding 71.4%, reports missing February, website column copied two rows per article.
// f1 端州区 (肇庆): 《政协提案办理情况答复表》 — form head, the member's three 建议 (not facts), 答复内容 as merged paragraphs (“去年”
//    = 2020; 9月上旬 figure not the fact; window “拟于9月底前开通”), a small 附表, 委员意见 / 签发 rows; no scores.
// f2 麻章区 (湛江): 《基础数据动态监测表》 — six sections each with its own header: 基本情况, 年度数据 (2019年｜2020年｜同比, 亿元 and
//    万元 rows), 创建进度 with three as-of columns (only “截至2021年8月31日” is read; “同左” = the 6月30日 value), √/× pairs side by
//    side, 主观评分项 (“1分”, full-width “２”), 否决 pairs; deputy leader.
// f3 四会市 (肇庆): the official indicator table pasted from a two-page Word file — page footer “— 1 —”, “续表” and the header
//    repeated; 服务体系建设's coverage row continues on page 2 with empty 工作任务/名称/权重 cells; full-width digits throughout.
// l1 新会区 (江门): 封面; a person × session attendance grid (dates in the header cells with line breaks, ✓/√/1 attended,
//    请假/× not; records row by row); poor households one per row with 成员一…成员四 side by side; enterprises with 签约日期 and
//    入驻日期 (入驻 counts, “待入驻”, left “2021.7”); materials; a hidden 数据透视.
// l2 湘桥区 (潮州): 目录; villages and communities as two stacked tables (快递服务方式 text); stations with twelve monthly sales
//    columns after 开业时间 (“20年11月”, “2021.3”); treasury payment query (yyyymmdd numbers; 已作废 / 已退回 are not payments);
//    reports under “2020年报送 / 2021年报送” group rows with “9月8日” dates; column log with Excel serial date-times; media levels
//    中央级/省级/市级/区级.
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
let seed = 203203;
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
    assert(/^b203-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b203-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b203-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 云浮市云城区: 《指标分解落实及自评表》 (牵头单位 rows, 数值｜单位, 部门自评 vs 核定分) + ten ledgers
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const POP = 403100;
  const REGION = "445302";
  const TOWNS = [["云城街道", 0, 6], ["河口街道", 6, 3], ["高峰街道", 7, 4], ["安塘街道", 9, 2], ["思劳镇", 10, 1], ["前锋镇", 10, 1], ["南盛镇", 9, 1], ["腰古镇", 9, 2]];
  const prefixes = ["云城", "河口", "高峰", "安塘", "思劳", "前锋", "南盛", "腰古"];
  const vName = nameMaker("大小新旧上下东西南北石竹罗黄白", ["塘", "洞", "坑", "岗", "坪", "垌", "蓬", "湾", "田", "岭", "水", "步", "围", "榕"], "村", prefixes);
  const cName = nameMaker("城兴华富丰朝", ["中", "东", "西", "南", "北", "和", "康", "平"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "c1");
  assert(admin.length === 60 && comms.length === 20, "c1 60 villages + 20 communities");
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const tv = (t) => towns.find((x) => x.t === t).vs;
  const poor = [tv("思劳镇")[2], tv("思劳镇")[7], tv("前锋镇")[1], tv("前锋镇")[5], tv("南盛镇")[3], tv("南盛镇")[8], tv("腰古镇")[0], tv("腰古镇")[6]];
  const poorSet = new Set(poor);
  assert(poorSet.size === 8, "c1 8 poor villages");

  // ---------------- 村居名录 (区民政局名录: type from the name suffix, 小计 rows, poor in 备注, no express column)
  const vRows = [["云城区村（居）民委员会名录"], ["（区民政局2021年3月提供，区商务局在备注栏补注省定相对贫困村）"],
    ["序号", "镇（街道）", "村（居）民委员会名称", "村（居）民小组数", "户数", "户籍人口（人）", "备注"]];
  const vMerges = ["A1:G1", "A2:G2"];
  const vRecs = [];
  let sq = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    let g = 0;
    let h = 0;
    let p = 0;
    for (const v of x.vs.concat(x.cs)) {
      sq++;
      const isC = v.endsWith("社区");
      const nm = isC ? `${short(v)}社区居民委员会` : sq === 17 ? `${short(v)}村委会` : `${short(v)}村民委员会`;
      const groups = rint(isC ? 6 : 8, isC ? 14 : 26);
      const hh = groups * rint(28, 46);
      const pop = Math.round(hh * (3.1 + rnd()));
      g += groups;
      h += hh;
      p += pop;
      vRows.push([sq, x.t, nm, groups, hh, pop, !isC && poorSet.has(v) ? "省定相对贫困村" : null]);
      const rec = { name: v, admin: !isC };
      if (!isC) rec.poor = poorSet.has(v);
      vRecs.push(rec);
    }
    mergeCol(vMerges, "B", r0, vRows.length);
    vRows.push([null, `${x.t}小计`, x.vs.length ? `村委会${x.vs.length}个、居委会${x.cs.length}个` : `居委会${x.cs.length}个`, g, h, p, null]);
  }
  vRows.push([null, "合计", `村民委员会${admin.length}个、社区居民委员会${comms.length}个`, null, null, null, null]);
  vRows.push(["注：备注栏注明“省定相对贫困村”的为省定贫困村（共8个），其余不是；名录不含快递情况。"]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);
  for (const r of vRows) padRow(r, 7);

  // ---------------- 站点台账: three stacked tables (邮政 / 供销 / 第三方), each with its own header
  const adminSet = new Set(admin);
  const nonPoor = shuffle(admin.filter((v) => !poorSet.has(v)));
  const covNonPoor = nonPoor.slice(0, 34);
  const uncovered = nonPoor.slice(34);
  assert(uncovered.length === 18, "c1 18 uncovered");
  const vLast = covNonPoor[0]; // its only station opened 2021.8.31
  const ST = [];
  for (const v of poor.concat(covNonPoor)) ST.push({ v, op: randIsoBetween("2020-06-15", "2021-08-20") });
  ST.find((s) => s.v === vLast).op = CUT;
  ST.push({ v: covNonPoor[5], op: randIsoBetween("2021-01-10", "2021-07-30"), second: true });
  ST.push({ v: towns[1].cs[1], op: randIsoBetween("2020-09-01", "2021-05-30") });
  ST.push({ v: "大历村", town: "云安区都杨镇", op: randIsoBetween("2020-10-01", "2021-04-30"), outside: true });
  ST.push({ v: uncovered[0], op: "2021-09-08" });
  ST.push({ v: uncovered[1], op: null });
  const sh = shuffle(ST);
  const tables = [sh.slice(0, 20), sh.slice(20, 35), sh.slice(35)];
  const sRows = [["云城区村级电子商务服务站点台账"], ["说明：站点按建设主体分三类登记，各类表头沿用各建设单位报来的格式；挂牌时间、建成日期、开业时间均为站点投入运营时间。"]];
  const sMerges = ["A1:H1", "A2:H2"];
  const sRecs = [];
  const vcellOf = (s, j) => {
    if (s.v.endsWith("社区")) return `${short(s.v)}社区居委会`;
    return j % 3 === 0 ? `${short(s.v)}村委会` : j % 3 === 1 ? s.v : `${short(s.v)}村民委员会`;
  };
  const townCell = (s) => s.town || townOf[s.v];
  const opCell = (s, style) => {
    if (s.op === null) return "待挂牌";
    if (s.op === CUT) return "2021.8.31";
    if (s.op === "2021-09-08") return "2021年9月8日";
    return dateCell(s.op, style);
  };
  // table 1: 邮政
  sRows.push(padRow([`一、邮政“邮乐购”电商服务站（中国邮政集团有限公司云浮市云城区分公司建设，${tables[0].length}个）`], 8));
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  sRows.push(["序号", "站点名称", "所在镇（街）", "所在村（居）", "负责人", "联系电话", "挂牌时间", null]);
  tables[0].forEach((s, j) => {
    sRows.push([j + 1, `邮乐购·${short(s.v)}${s.v.endsWith("社区") ? "社区" : "村"}站${s.second ? "（二）" : ""}`, townCell(s), vcellOf(s, j), personName(), mask(phone()), opCell(s, [0, 2][j % 2]), null]);
    sRecs.push(s.op ? { village: s.v, opened: s.op } : { village: s.v });
  });
  sRows.push(padRow([], 8));
  // table 2: 供销
  sRows.push(padRow([`二、供销“供销e家”农村电商服务点（区供销合作联社建设，${tables[1].length}个）`], 8));
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  sRows.push(["序号", "镇街", "村名", "服务点名称", "建成日期", "站长", "电话", "备注"]);
  tables[1].forEach((s, j) => {
    sRows.push([j + 1, townCell(s), vcellOf(s, j + 1), `供销e家${short(s.v)}服务点${s.second ? "（二）" : ""}`, opCell(s, [1, 4, 3][j % 3]), personName(), mask(phone()),
      s.second ? "同村第二个服务点" : s.outside ? "跨区代建" : s.op === null ? "已建成，待挂牌" : null]);
    sRecs.push(s.op ? { village: s.v, opened: s.op } : { village: s.v });
  });
  sRows.push(padRow([], 8));
  // table 3: 第三方
  sRows.push(padRow([`三、第三方运营商站点（云浮市云城区优选电子商务有限公司建设，${tables[2].length}个）`], 8));
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  sRows.push(["编号", "站点", "行政村", "开业时间", "服务内容", "联系人", null, null]);
  const SERV = ["代买代卖、代收代发快递", "代买代卖、便民缴费", "农产品代销、快递收发、便民缴费", "网上代购、小额取款"];
  tables[2].forEach((s, j) => {
    const op = s.op === null ? "待挂牌" : s.op === CUT ? "2021.8.31" : s.op === "2021-09-08" ? "2021年9月8日" : twoSlash(s.op);
    sRows.push([`YX-${pad3(j + 1)}`, `${short(s.v)}${s.v.endsWith("社区") ? "社区" : "村"}电商服务站`, (s.town ? s.town : "") + vcellOf(s, j + 2), op, SERV[j % 4], personName(), null, null]);
    sRecs.push(s.op ? { village: s.v, opened: s.op } : { village: s.v });
  });
  sRows.push(padRow([`注：三类站点合计${ST.length}个。`], 8));
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  for (const r of sRows) padRow(r, 8);
  const covSet = new Set(ST.filter((s) => !s.outside && openedBy(s.op, CUT) && adminSet.has(s.v)).map((s) => s.v));
  const covPoor = poor.filter((v) => covSet.has(v));
  assert(covSet.size === 42 && ratioGE(42, 60, 70) && !ratioGE(41, 60, 70), "c1 42/60 = 70% " + covSet.size);
  assert(covPoor.length === 8, "c1 poor 8/8");

  // ---------------- 培训班次 (sessions; 参训人次 split 男｜女, no 小计 column)
  const TOPICS = ["农村电商基础", "网店开设与运营", "直播带货实操", "短视频拍摄与剪辑", "农产品包装与品牌", "电商客服与物流", "社群营销", "砂糖桔网销专题"];
  const PLACES = ["区电子商务公共服务中心", "思劳镇党群服务中心", "前锋镇文化站", "南盛镇政府会议室", "腰古镇文化站", "安塘街道综合文化站"];
  const TEACH = ["云浮市云城区优选电子商务有限公司", "云浮市技师学院", "区电子商务公共服务中心"];
  const sessions = [];
  let day = "2020-09-16";
  for (let k = 0; k < 27; k++) {
    if (day >= "2020-09-30" && day <= "2020-10-08") day = "2020-10-12";
    if (day >= "2021-02-09" && day <= "2021-02-20") day = "2021-02-23";
    sessions.push({ no: k + 1, start: day, end: k % 7 === 3 ? isoAdd(day, 1) : day, topic: TOPICS[k % TOPICS.length], pt: rint(128, 172) });
    day = isoAdd(day, rint(11, 13));
  }
  assert(sessions[26].end <= "2021-08-25", "c1 27th session by 8/25 " + sessions[26].end);
  let diff = 4062 - sum(sessions.map((s) => s.pt));
  for (let j = 0; diff !== 0; j = (j + 1) % sessions.length) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 6);
    if (sessions[j].pt + st < 110 || sessions[j].pt + st > 190) continue;
    sessions[j].pt += st;
    diff -= st;
  }
  const sept = { no: 28, start: "2021-08-30", end: "2021-09-01", topic: "直播带货三天集训", pt: 176 };
  sessions.push(sept);
  for (const s of sessions) {
    s.male = Math.round(s.pt * (0.38 + rnd() * 0.2));
    s.female = s.pt - s.male;
  }
  const ptCut = sum(sessions.filter((s) => s.end <= CUT).map((s) => s.pt));
  const maleCut = sum(sessions.filter((s) => s.end <= CUT).map((s) => s.male));
  assert(ptCut === 4062 && ratioGE(ptCut, POP, 1) && !ratioGE(maleCut, POP, 0.6), "c1 4062/403100 ≥ 1%, 男 only < 0.6%");

  // ---------------- 建档立卡贫困人口 (sections give the labour flag)
  const WORK_E = ["区内务工", "在家务农", "区内公益性岗位", "区内务工", "在家务农"];
  const plan = shuffle([].concat(Array(36).fill("E"), Array(8).fill("M"), Array(10).fill("N")));
  let xGiven = false;
  const persons = plan.map((c, j) => {
    const birth = c === "N" ? birthBetween(1936, 1954) : birthBetween(1968, 2001);
    const wantX = c === "E" && !xGiven ? true : undefined;
    if (wantX) xGiven = true;
    const id = makeId(REGION, birth, rnd() < 0.5, wantX === true ? true : false);
    const v = poor[j % 8];
    let work;
    if (c === "E") work = WORK_E[j % 5];
    else if (c === "M") work = ["区外务工（广州市）", "区外务工（佛山市）", "省外务工（福建省）", "区外务工（东莞市）"][j % 4];
    else work = "—";
    return { c, id, v, work, name: personName(), rel: ["户主", "配偶", "之子", "之女"][j % 4] };
  });
  const elig = persons.filter((p) => p.c === "E");
  assert(elig.length === 36 && elig.filter((p) => p.id.endsWith("X")).length === 1, "c1 36 eligible, one X");
  const pRows = [["云城区建档立卡贫困人口劳动力及务工情况表"], ["（区乡村振兴局提供，2021年8月）"],
    ["说明：按有无劳动能力分两部分列出；“务工情况”中“区外务工”“省外务工”为外出务工，区内务工、区内公益性岗位、在家务农不是外出务工。"],
    ["序号", "镇（街）", "村", "姓名", "身份证号码", "与户主关系", "务工情况", "备注"]];
  const pMerges = ["A1:H1", "A2:H2", "A3:H3"];
  const pRecs = [];
  let pn = 0;
  const section = (title, list, labour) => {
    pRows.push(padRow([title], 8));
    pMerges.push(`A${pRows.length}:H${pRows.length}`);
    list.sort((a, b) => cmp(townOf[a.v] + a.v, townOf[b.v] + b.v)).forEach((p) => {
      pn++;
      pRows.push([pn, townOf[p.v], p.v, p.name, p.id, p.rel, p.work, p.c === "N" ? (pn % 2 ? "丧失劳动力" : "无劳动力") : null]);
      pRecs.push({ id: p.id, labour, migrant: p.c === "M" ? true : p.c === "E" ? false : null });
    });
  };
  section("一、有劳动能力人员（含弱劳动力、半劳动力）", persons.filter((p) => p.c !== "N"), true);
  section("二、无劳动能力人员（丧失劳动力、无劳动力）", persons.filter((p) => p.c === "N"), false);

  // ---------------- 贫困户参训签到
  const poorSess = sessions.filter((s) => s.end <= CUT && s.no % 3 !== 0);
  const xPerson = elig.find((p) => p.id.endsWith("X"));
  const rest = shuffle(elig.filter((p) => p !== xPerson));
  const trained = [xPerson].concat(rest.slice(0, 17));
  const septOnly = rest[17];
  const TR = trained.map((p, k) => ({ p, s: poorSess[(k * 2) % poorSess.length], id: p === xPerson ? p.id.slice(0, 17) + "x" : p.id }));
  {
    const p = trained[6];
    const first = TR.find((t) => t.p === p).s;
    TR.push({ p, s: poorSess.filter((s) => s.no > first.no).pop(), id: p.id, note: "第二次参训" });
  }
  TR.push({ p: septOnly, s: sept, id: septOnly.id });
  const mig = persons.find((p) => p.c === "M");
  const nol = persons.find((p) => p.c === "N");
  TR.push({ p: mig, s: poorSess[3], id: mig.id, note: "返乡期间参训" });
  TR.push({ p: nol, s: poorSess[5], id: nol.id, note: "陪同家属" });
  const TRs = TR.slice().sort((a, b) => a.s.no - b.s.no);
  for (const s of sessions) s.poorN = TRs.filter((t) => t.s === s).length;
  const eligIds = new Set(elig.map((p) => p.id));
  const trainedCut = new Set(TRs.filter((t) => t.s.end <= CUT && eligIds.has(normId(t.id))).map((t) => normId(t.id)));
  const trainedRaw = new Set(TRs.filter((t) => t.s.end <= CUT && eligIds.has(t.id)).map((t) => t.id));
  assert(trainedCut.size === 18 && ratioGE(18, 36, 50) && !ratioGE(17, 36, 50) && trainedRaw.size === 17, "c1 18/36 = 50% (17 without x)");

  const sessDate = (s, j) => {
    if (s === sept) return "2021.8.30-9.1";
    if (s.end !== s.start) return rangeText(s.start, s.end, j % 2 ? "dot" : "cn");
    return dateCell(s.start, j);
  };
  const tRows = [["云城区农村电商培训班次登记表"], ["单位：人次"],
    ["期次", "培训时间", "培训主题", "培训地点", "参训人次", null, "其中建档立卡贫困户", "授课单位"],
    [null, null, null, null, "男", "女", null, null]];
  const tMerges = ["A1:H1", "A2:H2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:G4", "H3:H4"];
  sessions.forEach((s, j) => tRows.push([`第${s.no}期`, sessDate(s, j), s.topic, PLACES[j % PLACES.length], j === 9 ? `${s.male}人` : s.male, j === 14 ? fwDigits(String(s.female)) : s.female,
    s.poorN || null, TEACH[j % 3]]));
  tRows.push(["合计", null, null, null, sum(sessions.map((s) => s.male)), sum(sessions.map((s) => s.female)), sum(sessions.map((s) => s.poorN)), "含第28期"]);
  tMerges.push(`A${tRows.length}:D${tRows.length}`);
  tRows.push(["注：两天、三天的班次按签到人次计；第28期9月1日结业。", null, null, null, null, null, null, null]);
  tMerges.push(`A${tRows.length}:H${tRows.length}`);

  const trRows = [["建档立卡贫困户参训签到汇总"], ["序号", "培训日期", "期次", "姓名", "身份证号", "所在村", "备注"]];
  TRs.forEach((t, j) => trRows.push([j + 1, sessDate(t.s, sessions.indexOf(t.s)), `第${t.s.no}期`, t.p.name, t.id, t.p.v, t.note || null]));
  trRows.push([`注：以上人员已计入《培训班次》参训人次，不另计。共${TRs.length}人次。`, null, null, null, null, null, null]);
  const trMerges = ["A1:G1", `A${trRows.length}:G${trRows.length}`];

  // ---------------- 入驻企业 (a renamed firm listed twice under one credit code)
  const FIRMS = [["云浮市云城区优选电子商务有限公司", "运营服务商"], ["云浮市云城区云品汇网络科技有限公司", "平台型"], ["云浮市云城区石都优品电子商务有限公司", "平台型"],
    ["云浮市云城区思劳砂糖桔网店", "销售型"], ["云浮市云城区腰古农特产商行", "销售型"], ["云浮市云城区南盛腐竹电商商行", "销售型"], ["云浮市云城区石艺坊电子商务有限公司", "销售型"],
    ["云浮市云城区前锋蜂蜜网店", "销售型"], ["云浮市云城区禾丰农产品电商有限公司", "销售型"], ["云浮市云城区一品农家网店", "销售型"],
    ["云浮市云城区易达代运营工作室", "运营服务商"], ["云浮市云城区鼎信电商服务有限公司", "运营服务商"], ["云浮市云城区快捷物流有限公司", "物流企业"],
    ["云浮市云城区顺安仓储有限公司", "物流企业"], ["云浮市云城区城乡速递服务有限公司", "物流企业"], ["云浮市云城区石城直播传媒有限公司", "直播电商"],
    ["云浮市云城区农趣直播工作室", "直播电商"], ["云浮市云城区山珍网店", "销售型"], ["云浮市云城区河口茶业电子商务有限公司", "销售型"], ["云浮市云城区山乡农品网店", "销售型"]];
  const firms = FIRMS.map(([n, t]) => ({ n, t, code: creditCode(REGION), entered: randIsoBetween("2020-12-01", "2021-04-30"), left: null }));
  firms[19].left = "2021-06-30";
  firms[19].entered = "2020-12-15";
  const renamed = { n: "广东石艺坊供应链管理有限公司", t: "销售型", code: firms[6].code, entered: "2021-05-18", left: null, renamedFrom: firms[6] };
  const late = { n: "云浮市云城区金稻田电子商务有限公司", t: "销售型", code: creditCode(REGION), entered: "2021-09-06", left: null };
  const allFirms = firms.slice().sort((a, b) => cmp(a.entered, b.entered)).concat([renamed, late]);
  const eRows = [["云城电商产业园入驻企业台账"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "状态", "备注"]];
  const eRecs = [];
  allFirms.forEach((f, j) => {
    const state = f.left ? `已退园（${dotDate(f.left)}）` : f.entered > CUT ? "9月新入驻" : "在园";
    const note = f === renamed ? `2021年5月由“${firms[6].n}”更名，信用代码不变` : f === firms[6] ? "已更名，见下方" : null;
    eRows.push([j + 1, f.n, f.code, f.t, dateCell(f.entered, j + 3), state, note]);
    eRecs.push({ name: f.n, type: f.t, entered: f.entered, left: f.left });
  });
  const inPark = allFirms.filter((f) => f.entered <= CUT && !(f.left && f.left < CUT));
  const inCodes = new Set(inPark.map((f) => f.code));
  assert(inPark.length === 20 && inCodes.size === 19, "c1 20 rows in park, 19 distinct codes");
  const typesIn = new Set(inPark.map((f) => f.t));
  assert(typesIn.size >= 3, "c1 types");

  // ---------------- 资金拨付 (万元 header, two cells typed in 元, one month-only row)
  const PAY = [["2020-10-29", "区电子商务公共服务中心建设首期款", "云浮市云城区优选电子商务有限公司", 486500], ["2020-12-10", "村级站点建设首期款（邮政）", "中国邮政集团有限公司云浮市云城区分公司", 312000],
    ["2021-01-15", "电商培训服务费（第一期）", "云浮市技师学院", 86500], ["2021-02-05", "物流配送体系建设首期款", "云浮市云城区快捷物流有限公司", 398600],
    ["2021-03-26", "区电子商务公共服务中心建设进度款", "云浮市云城区优选电子商务有限公司", 524300], ["2021-04-23", "村级站点建设首期款（供销）", "云浮市云城区供销合作联社", 246800],
    ["2021-05-28", "品牌推广及网销调研服务费", "云浮市云城区优选电子商务有限公司", 126350], ["2021-06-25", "电商培训服务费（第二期）", "云浮市技师学院", 198750],
    ["2021-07-16", "村级站点建设进度款（邮政）", "中国邮政集团有限公司云浮市云城区分公司", 365400], ["2021-08-13", "物流配送体系建设进度款", "云浮市云城区快捷物流有限公司", 0],
    ["2021-08", "产业园改造工程进度款", "云浮市云城区建安工程有限公司", 215000], ["2021-09-06", "村级站点建设尾款（供销）", "云浮市云城区供销合作联社", 286000]];
  PAY[9][3] = 3568900 - sum(PAY.filter((p) => p[0] <= "2021-08-31" || p[0] === "2021-08").map((p) => p[3]));
  assert(PAY[9][3] > 0 && PAY[9][3] % 50 === 0, "c1 filler payment " + PAY[9][3]);
  const fRows = [["云城区电子商务进农村综合示范省级专项资金拨付台账"], ["序号", "拨付日期", "项目（用途）", "收款单位", "拨付金额（万元）", "凭证号", "备注"]];
  const fRecs = [];
  PAY.forEach(([d, what, who, a], j) => {
    const dc = d === "2021-08" ? "2021年8月" : dateCell(d, j + 1);
    const ac = a === 86500 ? "86,500元" : a === 126350 ? "126350元" : wan4(a);
    fRows.push([j + 1, dc, what, who, ac, `云城财付〔${d.slice(0, 4)}〕${pad3(rint(10, 300))}号`, d > CUT ? "9月拨付" : d === "2021-08" ? "8月下旬拨付，日期待补" : null]);
    fRecs.push({ date: d, amount: a });
  });
  fRows.push(["合计", null, null, null, wan4(sum(PAY.map((p) => p[3]))), null, "含9月拨付"]);
  const fMerges = ["A1:G1", `A${fRows.length}:D${fRows.length}`];
  const spent = sum(PAY.filter((p) => (p[0].length === 7 ? p[0] <= "2021-08" : p[0] <= CUT)).map((p) => p[3]));
  assert(spent === 3568900 && ratioGE(spent, 5000000, 70) && !ratioGE(spent - 215000, 5000000, 70), "c1 spent 71.4%, 67.1% without the month-only row");

  // ---------------- 月报报送 (no send in 2021-02: January and February reported together in March)
  const rRows = [["云城区电子商务进农村工作月报报送记录"], ["序号", "月报月份", "报送日期", "报送对象", "报送方式", "是否附电商扶贫统计"]];
  const rRecs = [];
  const RM = [["2020年8月", "2020-09-07"], ["2020年9月", "2020-10-12"], ["2020年10月", "2020-11-05"], ["2020年11月", "2020-12-04"], ["2020年12月", "2021-01-08"],
    ["2021年1—2月（合并）", "2021-03-04"], ["2021年3月", "2021-04-07"], ["2021年4月", "2021-05-08"], ["2021年5月", "2021-06-04"], ["2021年6月", "2021-07-06"],
    ["2021年7月", "2021-08-05"], ["2021年8月", "2021-09-03"]];
  RM.forEach(([m, d], j) => {
    const pov = j === 0 ? "否" : "是";
    rRows.push([j + 1, m, dateCell(d, j + 2), "云浮市商务局", j % 2 ? "粤政易" : "电子邮件", pov]);
    rRecs.push({ date: d, poverty: pov === "是" });
  });
  const repMonths = inWindowMonths(rRecs.map((r) => r.date));
  assert(repMonths === 11, "c1 reports 11 window months " + repMonths);

  // ---------------- 专栏 (website list copied: title row + 发布时间 row per article)
  const ART = [["2020-05-20", "云城区电子商务进农村综合示范创建工作方案"], ["2020-06-03", "云城区电子商务进农村综合示范项目基本信息公示"],
    ["2020-06-03", "关于设立电子商务进农村综合示范项目监督举报电话的公告"]];
  for (const m of WINDOW) {
    const [y, mo] = m.split("-").map(Number);
    ART.push([`${m}-${String(rint(3, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, `云城区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`]);
  }
  ART.push(["2021-09-02", "云城区电子商务进农村综合示范创建工作情况通报（截至2021年8月31日）"]);
  ART.sort((a, b) => cmp(b[0], a[0]));
  const uRows = [["当前位置：首页 > 专题专栏 > 电子商务进农村综合示范"]];
  const uMerges = ["A1:C1"];
  const uRecs = [];
  ART.forEach(([d, t]) => {
    uRows.push([`· ${t}`, null, null]);
    uMerges.push(`A${uRows.length}:C${uRows.length}`);
    uRows.push([`发布时间：${d} ${String(rint(8, 17)).padStart(2, "0")}:${String(rint(0, 59)).padStart(2, "0")}`, "来源：云城区商务局", `浏览次数：${rint(60, 900)}`]);
    uRecs.push({ date: d });
  });
  uRows.push(["共1页　首页　上一页　下一页　尾页", null, null]);
  uMerges.push(`A${uRows.length}:C${uRows.length}`);
  const disMonths = inWindowMonths(uRecs.map((r) => r.date));
  assert(disMonths === 12, "c1 column 12 months");

  // ---------------- 宣传报道 / 经验材料
  const MED = [["2020-12-22", "南方日报", "省级", "报纸", "云城：电商服务站开到村口", "否"], ["2021-03-19", "云浮日报", "市级", "报纸", "云城区电商培训助农增收", "否"],
    ["2021-05-27", "云浮电视台《云浮新闻》", "市级", "电视", "腰古镇脱贫户直播卖腐竹", "是"], ["2021-09-03", "“云城发布”微信公众号", "区级", "网络", "云城区电商进农村工作综述", "否"]];
  const mRows = [["宣传报道登记表"], ["序号", "日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
  MED.forEach((m, j) => mRows.push([j + 1, m[0] === "2021-09-03" ? "2021.9.3" : dateCell(m[0], j + 1), m[1], m[2], m[3], `《${m[4]}》`, m[5]]));
  const matRows = [["经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送单位"],
    [1, "2021年6月", "《云城区“电商＋腐竹”带动脱贫户增收经验材料》", "云浮市商务局"], [2, "2021.9.7", "《云城区电子商务进农村综合示范创建工作总结》", "云浮市商务局"]];

  // ---------------- 指标分解落实及自评表 (facts, judged, claimed)
  const W = 10;
  const fr = [];
  const fm = [];
  const full = (t) => {
    fr.push(padRow([t], W));
    fm.push(`A${fr.length}:J${fr.length}`);
  };
  full("云城区电子商务进农村综合示范创建考评指标分解落实及自评表");
  full("填报单位：云浮市云城区商务局　　　数据截止：2021年8月31日　　　说明：“数值”只填数字，计量单位见“单位”列；部门自评由牵头单位填，区商务局汇总后逐项核定，上报自评分以“核定分”为准。");
  fr.push(["序号", "考评指标（分值）", "评分要点", "牵头单位", "完成情况（牵头单位反馈）", "数据", null, "自评分", null, null]);
  fr.push([null, null, null, null, null, "数值", "单位", "部门自评", "核定分", "指标核定分"]);
  fm.push("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:G3", "H3:J3");
  // [no, name, id, [[point, lead, done, value, unit, dept, core], ...]]
  const BLK = [
    ["一、加强组织领导与统筹协调（10分）"],
    [1, "组织领导（2分）", "org.leadership", [["主要领导牵头，商务、财政、农业、扶贫等部门参与（2分）；分管领导牵头（1分）", "区政府办",
      "2020年4月成立创建工作领导小组，区委副书记、区长任组长，分管副区长任常务副组长；成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局、云城邮政分公司", null, null, 2, 2]]],
    [2, "方案制定（2分）", "org.plan", [["正式印发示范创建工作方案，因地制宜、可操作（1-2分）", "区商务局", "2020年5月12日以区政府办名义印发《云城区电子商务进农村综合示范创建工作方案》（云城府办〔2020〕23号）", null, null, 2, 2]]],
    [3, "政策支持（2分）", "org.policy", [["出台资金、土地、人才等支持政策且较好落实（1-2分）", "区商务局", "2020年9月出台《云城区扶持农村电子商务发展若干措施》；用地、人才条款落实较慢", null, null, 2, 1]]],
    [4, "项目管理（4分）", "org.management", [["建立项目管理制度，建设、验收严格执行（1-2分）", "区商务局", "制定《云城区电子商务进农村综合示范项目管理办法》，站点按批次验收", null, null, 2, 2],
      ["建立完整工作台账（1-2分）", "区商务局", "分项建立工作台账，部分台账记录不全", null, null, 2, 1]]],
    ["二、深入推动电子商务进农村工作（55分）"],
    [5, "服务体系建设——县级中心与产业园（15分）", "work.center", [
      ["建成县级电子商务公共服务中心（2分）", "区商务局", "区电子商务公共服务中心（河口街道）2020年11月投入运营", null, null, 2, 2],
      ["建成后正常运行6个月以上（2分）", "区商务局", "截至2021年8月31日已运行9个月以上", null, null, 2, 2],
      ["有免费培训场所、培训设备（2分）", "区商务局", "设免费培训室一间，配投影、电脑等培训设备", null, null, 2, 2],
      ["为特色农产品提供免费展示、销售（1分）", "区商务局", "设农特产品展示区，免费展示、代销", null, null, 1, 1],
      ["为市场主体提供免费摄影、美工（1分）", "区商务局", "设摄影室，免费拍摄、做详情页", null, null, 1, 1],
      ["组织统一推广、指导品牌建设（1分）", "区商务局", "组织“云城好物”统一推广，指导企业注册商标、做品牌", null, null, 1, 1],
      ["提供其他衍生增值服务（1分）", "区商务局", "提供代办证照、金融对接、物流对接等服务", null, null, 1, 1],
      ["建设或整合、优化电商产业园（2分）", "区商务局", "整合原石材城闲置厂房建成云城电商产业园", null, null, 2, 2],
      ["产业园入驻企业20家及以上（2分）", "区商务局", "入驻企业（见《入驻企业》表）", 21, "家", 2, 2],
      ["入驻企业三种以上类型（1分）", "区商务局", "平台型、销售型、运营服务商、物流企业、直播电商", 5, "类", 1, 1]]],
    [6, "服务体系建设——村级站点覆盖（10分）", "work.coverage", [
      ["行政村覆盖率70%及以上（5分）", "区商务局", "全区行政村60个（另有社区20个，不计），已建站点覆盖的行政村", 43, "个", 5, 5],
      ["省定贫困村覆盖率100%（5分）", "区乡村振兴局", "省定贫困村8个，全部建有站点", 8, "个", 5, 5]]],
    [7, "农村产品上行（10分）", "work.upward", [
      ["开展网销调研，形成针对性建议（1-2分）", "区商务局", "委托第三方完成《云城区农产品网络销售调研报告》，提出建议", null, null, 2, 2],
      ["开展农村产品网络促销活动（1-2分）", "区商务局", "举办“云城年货节”“砂糖桔网上节”，线上销售明显增长", null, null, 2, 2],
      ["有专业第三方电商运营或服务商（1分）", "区商务局", "公开招标确定云浮市云城区优选电子商务有限公司运营", null, null, 1, 1],
      ["行政村物流快递覆盖率100%（1分）", "云城邮政分公司", "行政村快递服务覆盖率", 100, "%", 1, 1],
      ["出台交易标准，建立冷链、溯源系统（1-2分）", "区农业农村局", "制定砂糖桔电商交易标准；冷链、溯源依托市级平台", null, null, 2, 1],
      ["2020年农村网络零售额或农产品网络零售额增速≥30%（2分）", "区统计局", "农村网络零售额2019年12.46亿元、2020年15.83亿元，增长27.0%；农产品网络零售额2019年2.18亿元、2020年2.87亿元，增长31.7%", null, null, 2, 2]]],
    [8, "电商人才培训（20分）", "work.training", [
      ["培训人次达常住人口1%及以上（10分）", "区商务局", "常住人口40.31万人（七普），累计培训", "4,062", "人次", 10, 10],
      ["建档立卡贫困人口培训率50%及以上（10分）", "区乡村振兴局", "有劳动能力且未外出务工的建档立卡贫困人口36人，已参训", 18, "人", 10, 10]]],
    ["三、加强信息公开及报送（10分）"],
    [9, "信息公开（4分）", "info.disclosure", [
      ["设立公开专栏且内容全面（2分）", "区政务服务数据管理局", "区政府网站设“电子商务进农村综合示范”专栏，公开创建方案、项目基本信息、建设进度，公布监督举报电话", null, null, 2, 2],
      ["近一年按月更新（2分），不定时（1分）", "区商务局", "每月更新建设进度", null, null, 2, 2]]],
    [10, "数据上报（6分）", "info.reporting", [
      ["近一年每月向市商务局报送（3分），不定时（1分）", "区商务局", "每月向云浮市商务局报送工作进展", null, null, 3, 3],
      ["能统计电商扶贫情况（3分）", "区乡村振兴局", "月报附电商扶贫统计表", null, null, 3, 3]]],
    ["四、加强宣传推广（10分）"],
    [11, "案例总结（2分）", "promo.cases", [["向市商务局报送经验材料（2分）", "区商务局", "2021年6月向云浮市商务局报送经验材料", null, null, 2, 2]]],
    [12, "经验推广（8分）", "promo.media", [["省级及以上（4分）、市级（3分）、县级（1分）媒体报道", "区委宣传部", "南方日报、云浮日报、云浮电视台、“云城发布”报道", null, null, 8, 8]]],
    ["五、加强财政资金管理（15分）"],
    [13, "制度建立（5分）", "fund.system", [["建立资金管理制度并有效落实（1-5分）", "区财政局", "制定《云城区电子商务进农村综合示范专项资金管理办法》", null, null, 5, 4]]],
    [14, "资金台账（5分）", "fund.ledger", [["承建方建立资金专用台账，账目完整（1-5分）", "区财政局", "各承建单位建立资金专用台账", null, null, 5, 4]]],
    [15, "资金支出（5分）", "fund.spending", [["支出率70%以上且及时拨付（1-5分）；低于70%倒扣5分", "区财政局", "省级专项资金500万元，截至8月31日累计拨付", 356.89, "万元", 5, 4]]],
    ["六、加分项（4分）"],
    [16, "贫困人口培训率70%及以上（2分）", "bonus.poorTraining", [["培训率70%及以上（2分）", "区乡村振兴局", "培训率50%，未达到", null, null, 0, 0]]],
    [17, "电商扶贫典型案例获电视播报（2分）", "bonus.tvCase", [["国家级电视（2分），省级（1分）", "区委宣传部", "云浮电视台《云浮新闻》播报腰古镇脱贫户直播案例", null, null, 1, 0]]],
    ["七、一票否决项"],
    ["否1", "安全生产、质量事故", null, [["发生安全生产、质量事故或重大损失", "区商务局", "未发生", null, null, "—", "—"]]],
    ["否2", "项目进度", null, [["总体进度不足40%", "区商务局", "项目总体进度", 85, "%", "—", "—"]]],
    ["否3", "弄虚作假", null, [["弄虚作假", "区商务局", "无", null, null, "—", "—"]]],
  ];
  const claimed = {};
  let deptSum = 0;
  let coreSum = 0;
  for (const b of BLK) {
    if (b.length === 1) {
      full(b[0]);
      continue;
    }
    const [no, name, id, subs] = b;
    const r0 = fr.length + 1;
    subs.forEach((s, k) => fr.push([k === 0 ? no : null, k === 0 ? name : null, s[0], s[1], s[2], s[3], s[4], s[5], s[6], null]));
    const r1 = fr.length;
    if (id) {
      const tot = sum(subs.map((s) => s[6]));
      claimed[id] = tot;
      fr[r0 - 1][9] = tot;
      if (!id.startsWith("bonus")) {
        deptSum += sum(subs.map((s) => s[5]));
        coreSum += tot;
      }
    } else fr[r0 - 1][9] = "—";
    for (const c of ["A", "B", "J"]) mergeCol(fm, c, r0, r1);
  }
  fr.push(["合计", null, null, null, null, null, null, deptSum, coreSum, `${coreSum}（加分0）`]);
  fm.push(`A${fr.length}:G${fr.length}`);
  full("填表人：黎××　　审核：区商务局副局长 陈××　　填报日期：2021年9月3日");
  for (const r of fr) assert(r.length === W, "c1 form width");
  assert(coreSum === 94 && deptSum === 100, "c1 claimed 94, dept 100: " + coreSum + "/" + deptSum);

  // ---------------- points
  const centerPts = 2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + (inCodes.size >= 20 ? 2 : 0) + (typesIn.size >= 3 ? 1 : 0);
  const covPts = (ratioGE(covSet.size, 60, 70) ? 5 : ratioGE(covSet.size, 60, 50) ? 2 : 0) + (covPoor.length === 8 ? 5 : ratioGE(covPoor.length, 8, 80) ? 3 : 0);
  const trainPts = (ratioGE(ptCut, POP, 1) ? 10 : ratioGE(ptCut, POP, 0.8) ? 8 : ratioGE(ptCut, POP, 0.6) ? 6 : 0)
    + (ratioGE(trainedCut.size, 36, 50) ? 10 : ratioGE(trainedCut.size, 36, 40) ? 8 : ratioGE(trainedCut.size, 36, 30) ? 6 : 0);
  const growthOk = 287 * 100 >= 218 * 130 && !(1583 * 100 >= 1246 * 130);
  assert(growthOk && pct1(1583 - 1246, 1246) === "27.0%" && pct1(287 - 218, 218) === "31.7%", "c1 growth");
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 1,
    "work.center": centerPts, "work.coverage": covPts, "work.upward": 2 + 2 + 1 + 1 + 1 + (growthOk ? 2 : 0),
    "work.training": trainPts, "info.disclosure": 2 + (disMonths === 12 ? 2 : disMonths > 0 ? 1 : 0), "info.reporting": (repMonths === 12 ? 3 : repMonths > 0 ? 1 : 0) + 3,
    "promo.cases": 2, "promo.media": 4 + 3, "fund.system": 4, "fund.ledger": 4, "fund.spending": ratioGE(spent, 5000000, 70) ? 4 : -5,
    "bonus.poorTraining": ratioGE(trainedCut.size, 36, 70) ? 2 : 0, "bonus.tvCase": 0, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(centerPts === 13 && covPts === 10 && trainPts === 20, "c1 center/coverage/training " + [centerPts, covPts, trainPts]);
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 89 && bonus === 0, "c1 total " + scored + "+" + bonus);
  const lateFirm = late;
  const derivation = [
    "org.leadership: 组织领导行“区委副书记、区长任组长，分管副区长任常务副组长”（区长是主要领导），成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局 → 2（核定2）",
    "org.plan: 方案“2020年5月12日以区政府办名义印发”（云城府办〔2020〕23号），核定分2（部门自评也是2） → 2",
    "org.policy: 已出台《若干措施》，核定分1（部门自评2，以核定分为准） → 1",
    "org.management: 项目管理制度核定2 ＋ 工作台账核定1（部门自评各2） → 3",
    `work.center: 中心“2020年11月投入运营”（只到月，2020-11 ≤ 2021-02-28） → 建成2、运行满6个月2；免费培训2、免费展示销售1、免费摄影美工1、统一推广品牌1、其他增值服务1、产业园2；《入驻企业》22行：“${firms[19].n}”${dotDate(firms[19].left)}退园不算，“${lateFirm.n}”2021年9月6日入驻不算，余下20行里“${renamed.n}”是“${firms[6].n}”更名后又登记的一行（统一社会信用代码相同），按信用代码去重只有19家 < 20 → 0（按名称数是20家，表里“数值21家”也不对）；在园企业类型有运营服务商、平台型、销售型、物流企业、直播电商 ≥ 3 → 1；合计13（核定15）`,
    `work.coverage: 《村居名录》按名称后缀：“××村民委员会／××村委会”60个是行政村，“××社区居民委员会”20个不是，各镇“小计”行和“合计”行不是村；备注“省定相对贫困村”8个。《站点台账》三张上下叠放的表（挂牌时间／建成日期／开业时间都是运营时间）：截止日前有站点的行政村42个（“${vLast}”只有一个站，开业时间“2021.8.31”，当天算；“${covNonPoor[5]}”有两个站点只算一次；社区站“${towns[1].cs[1]}”不算；“云安区都杨镇大历村”不在名录里，不算并提示；“${uncovered[0]}”2021年9月8日、“${uncovered[1]}”“待挂牌”不算） → 42/60 = 70.0% ≥ 70% → 5（漏掉8月31日那站是41/60 = 68.3%只有2）；省定贫困村8个都有截止日前的站点 → 8/8 = 100% → 5；合计10`,
    "work.upward: 网销调研核定2、促销核定2、交易标准冷链溯源核定1（部门自评2）；第三方运营服务商有 → 1；名录没有快递列，按指标表“行政村快递服务覆盖率100%” → 1；农村网零12.46亿→15.83亿元增长27.0%（不足30%），农产品网零2.18亿→2.87亿元增长31.7% ≥ 30% → 2；合计9",
    `work.training: 《培训班次》参训人次是“男｜女”两列之和（没有小计列，“其中建档立卡贫困户”是其中数不另加，合计行不算）：截止日前第1—27期共${fmtInt(ptCut)}人次（第28期“2021.8.30-9.1”按结束日9月1日不算）；常住人口40.31万（不足50万，按403,100计） → ${fmtInt(ptCut)}/403,100 = ${pct2(ptCut, POP)} ≥ 1% → 10（只读“男”一列是${fmtInt(maleCut)}人次，不到0.6%）；《建档立卡贫困人口》“一、有劳动能力人员”部分务工情况不是区外／省外务工的36人；《贫困户参训签到》截止日前身份证号对上的18人（“${xPerson.name}”身份证号末位写成小写x，规整后才对得上；“${trained[6].name}”两次参训算一次；“${septOnly.name}”只参加第28期（9月1日结业）；一名区外务工、一名无劳动能力人员不在36人内） → 18/36 = 50% ≥ 50% → 10（不规整只有17/36 = 47.2%，只有8）；合计20`,
    "info.disclosure: 指标表写明专栏公开创建方案、项目基本信息、建设进度并公布监督举报电话 → 2；《专栏》每篇文章两行（标题一行、“发布时间：…”一行），2020年9月—2021年8月每月都有建设进度文章（9月2日那篇在截止日后） → 12个月 → 2；合计4",
    "info.reporting: 《月报报送》按报送日期：1、2月合并在2021年3月4日报送，2021年2月没有报送；8月月报9月3日报送在截止日后 → 近一年11个月有报送，不是每月 → 不定时1；附电商扶贫统计“是” → 3；合计4（核定6）",
    "promo.cases: 《经验材料》“2021年6月”报送云浮市商务局（只到月，在截止日前） → 2（2021.9.7的总结在截止日后）",
    "promo.media: 截止日前：南方日报（省级） → 4；云浮日报、云浮电视台（市级） → 3；“云城发布”（区级）2021.9.3在截止日后 → 不计；合计7（核定8）",
    "fund.system: 核定分4（部门自评5） → 4",
    "fund.ledger: 核定分4（部门自评5） → 4",
    `fund.spending: 《资金拨付》金额单位万元，两格直接写了“86,500元”“126350元”（元，不是万元）；截止日前11笔（含只写“2021年8月”的产业园进度款21.5万元，8月内算）合计${fmtMoney(spent)}元；2021年9月6日28.6万元不算 → ${fmtMoney(spent)}/5,000,000 = ${pct1(spent, 5000000)} ≥ 70% → 及时拨付核定4 → 4（漏掉只到月那笔是67.1%，要倒扣5分）`,
    "bonus.poorTraining: 培训率18/36 = 50% < 70% → 0",
    "bonus.tvCase: 电商扶贫典型案例只在云浮电视台（市级电视）播出，不是国家级或省级电视 → 0（部门自评1，核定0）",
    "veto.incident: 安全生产、质量事故“未发生” → 不否决",
    "veto.progress: 项目总体进度85% ≥ 40% → 不否决",
    "veto.fraud: 弄虚作假“无” → 不否决",
  ];
  const note = [["填表说明"], ["1．本工作簿为云城区电子商务进农村综合示范创建考评材料，共13个表。"], ["2．《指标分解落实表》按牵头单位分解填报，上报自评分以“核定分”为准。"],
    ["3．《站点台账》按建设主体分三类登记。"], ["4．《培训班次》参训人次分男、女两列登记。"], ["5．《专栏》为区政府网站专栏文章列表复制。"], ["经办人：黎××　2021年9月3日"]];
  return {
    description:
      "云浮市云城区商务局整本考评工作簿（13个表：填表说明、指标分解落实表＋11个台账），89分、无加分、未否决（核定自评94）：事实表是《指标分解落实及自评表》——每个指标按评分要点分行（序号、指标名、指标核定分纵向合并），列 评分要点｜牵头单位｜完成情况（牵头单位反馈）｜数据（数值｜单位两列）｜自评分（部门自评｜核定分｜指标核定分），说明写明上报分以核定分为准，部门自评只是参考；台账有区民政局名录当村居名单（类型只看“村民委员会／社区居民委员会”后缀，镇小计行，备注“省定相对贫困村”）、三张上下叠放各有表头的站点表（邮政“挂牌时间”、供销“建成日期”、第三方“开业时间”，8月31日一站决定42/60＝70%，跨区一站不在名录）、参训人次分“男｜女”两列的培训班次表（4,062/403,100≥1%，只读男列不到0.6%）、贫困人口按“有/无劳动能力”分两部分列出、贫困户签到（小写x决定18/36＝50%）、入驻企业（一家更名后重复登记，信用代码去重19家＜20）、万元台账里夹“86,500元”、只到月的一笔决定71.4%、月报缺2021年2月、网站专栏每篇两行、宣传（市台典型案例不加分）和经验材料。",
    sheets: [
      { name: "填表说明", rows: note, merges: [] },
      { name: "指标分解落实表", rows: fr, merges: fm },
      { name: "村居名录", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "培训班次", rows: tRows, merges: tMerges },
      { name: "贫困户参训签到", rows: trRows, merges: trMerges },
      { name: "建档立卡贫困人口", rows: pRows, merges: pMerges },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金拨付", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: rRows, merges: ["A1:F1"] },
      { name: "专栏", rows: uRows, merges: uMerges },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
    _unused: { vRecs, sRecs, pRecs, eRecs, fRecs },
  };
}

// =====================================================================================================
// f1 — 肇庆端州区: 政协提案办理情况答复表 (the proposal's suggestions are not facts; the answer and 附表 are)
// =====================================================================================================
function buildF1() {
  const W = 6;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:F${rows.length}`);
  };
  const wide = (a, b) => {
    rows.push(padRow([a, b], W));
    merges.push(`B${rows.length}:F${rows.length}`);
  };
  full("政协肇庆市端州区委员会提案办理情况答复表");
  rows.push(["提案号", "第20210037号", "提案人", "梁××、陈××、何××委员", "办理类别", "A类（所提问题已经解决或基本解决）"]);
  wide("案由", "关于加快我区农村电子商务发展、巩固脱贫成果的建议");
  rows.push(["主办单位", "端州区商务局", "会办单位", "区财政局、区农业农村局、区乡村振兴局", "答复时间", "2021年9月10日"]);
  full("提案主要内容（摘要）");
  wide("建议一", "我区农村电商培训覆盖面仍然不足，建议每年开展电商培训不少于8,000人次，并对脱贫户实行全覆盖。");
  wide("建议二", "尽快规划建设区级电子商务产业园，力争入驻企业30家以上，形成集聚效应。");
  wide("建议三", "建议区财政安排农村电商发展专项资金1,000万元，并在区政府网站公开资金使用情况。");
  full("答复内容（数据截至2021年8月31日，与省级示范创建考评口径一致）");
  full("梁××委员：");
  const P = [
    "您提出的《关于加快我区农村电子商务发展、巩固脱贫成果的建议》收悉。经会同区财政局、区农业农村局、区乡村振兴局认真研究，现答复如下：",
    "一、关于组织推进。2019年我区列入省级电子商务进农村综合示范县（区）后，区政府成立了由区长任组长、分管副区长任副组长的创建工作领导小组，区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监督管理局、区交通运输局为成员单位。去年6月，区政府办公室正式印发《端州区电子商务进农村综合示范创建工作方案》；去年11月，区政府出台《端州区扶持农村电子商务发展办法》。",
    "二、关于公共服务体系。区电子商务公共服务中心于去年10月16日正式投入运营，由公开招标确定的专业第三方运营服务商负责运营，免费提供电商培训场所和设备，免费展示、销售端州特色农产品，组织“端砚之乡·好物”统一推广、指导品牌培育，并提供商标代办、金融对接等增值服务；摄影、美工服务按成本价收费。您建议的区级电商产业园，目前尚在选址规划，我们将结合中心二期一并研究。",
    "三、关于农村站点和物流。全区共有行政村23个、社区居委会68个，本区没有省定贫困村。目前已有18个行政村建成村级电商服务站点，23个行政村快递服务全覆盖。",
    "四、关于农产品上行。据区统计局监测，2020年全区农村网络零售额8.26亿元，同比增长24.8%；农产品网络零售额1.74亿元，同比增长33.6%。",
    "五、关于电商培训。截至8月31日，全区累计开展电商培训6,415人次（全区常住人口62.88万人）；截至9月上旬已达6,902人次。全区有劳动能力且未外出务工的脱贫人口（含相对贫困人口）142人，已有87人参加电商培训。您提出的每年8,000人次目标，我们将在下一步培训计划中统筹考虑。",
    "六、关于资金使用和公开。省级下达我区示范专项资金500万元，截至8月31日已拨付412.35万元，项目总体进度约87%。区财政局、区商务局联合制定了专项资金管理办法，各承建单位均建立了资金专用台账。区政府门户网站开设了电子商务进农村综合示范专栏，公开了创建方案和项目基本信息，按月更新项目建设进度；征求意见和监督举报窗口拟于9月底前开通。我们每月向肇庆市商务局报送工作进展，并统计电商扶贫数据随月报报送。创建以来未发生安全生产、质量事故。",
    "感谢您对我区商务工作的关心和支持，欢迎继续提出宝贵意见。",
  ];
  for (const p of P) full(p);
  full("附：示范创建主要指标完成情况（数据截至2021年8月31日）");
  rows.push(["序号", "指标", "完成情况", "单位", "备注", null]);
  merges.push(`E${rows.length}:F${rows.length}`);
  const T = [[1, "常住人口", 62.88, "万人", "第七次全国人口普查"], [2, "行政村", 23, "个", "另有社区居委会68个"], [3, "累计电商培训", "6,415", "人次", "9月上旬6,902人次"],
    [4, "累计拨付省级资金", 412.35, "万元", "下达500万元"], [5, "项目总体进度", "87%", null, null]];
  for (const t of T) {
    rows.push([t[0], t[1], t[2], t[3], t[4], null]);
    merges.push(`E${rows.length}:F${rows.length}`);
  }
  rows.push(["委员意见", "□满意　☑基本满意　□不满意", null, "签发人", "黄××（局长）", null]);
  merges.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  rows.push(["联系人", "区商务局电商股 吴××", null, "联系电话", "0758-22xxxxx", null]);
  merges.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  full("抄送：区政协提案委，区政府督查室。");
  for (const r of rows) assert(r.length === W, "f1 width");
  return {
    description:
      "肇庆端州区商务局交来当事实表的，是答复区政协委员提案的《提案办理情况答复表》：表单头（提案号｜提案人｜办理类别 A类、案由、主办｜会办单位｜答复时间2021年9月10日），“提案主要内容（摘要）”三条委员建议（每年培训8,000人次、产业园入驻30家、专项资金1,000万元都是委员的建议，不是事实），“答复内容”七段整行合并的公文段落（事实都在句子里：区长任组长，商务、财政、农业农村、乡村振兴都是成员；“去年6月”印发方案、“去年11月”出台扶持办法、中心“去年10月16日”投入运营，都按答复年份读作2020年；摄影美工按成本价收费、产业园尚在选址规划、征求意见和监督举报窗口“拟于9月底前开通”都是否；本区没有省定贫困村；培训6,415人次是截至8月31日的数，9月上旬的6,902不是；脱贫人口142人、参训87人），下接“附：主要指标完成情况”小表（62.88万人、23个、412.35万元、87%）和委员意见、签发、联系人行；没有自评分，也没有主观评分项。",
    sheets: [{ name: "提案答复", rows, merges }],
    expect: {
      facts: {
        county: "端州区", asOf: "2021-08-31", residentPopulation: 628800, adminVillagesStated: 23, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-10-16", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: false, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: 826000000, ruralRetailGrowthStated: 0.248, agriRetail2020: 174000000, agriRetailGrowthStated: 0.336,
        trainingPersonTimesStated: 6415, eligiblePoorPersonsStated: 142, trainedPoorPersonsStated: 87,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4123500, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.87, vetoIncident: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 湛江麻章区: 基础数据动态监测表 (sections with their own headers; cumulative columns by date, “同左”)
// =====================================================================================================
function buildF2() {
  const W = 7;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:G${rows.length}`);
  };
  full("湛江市麻章区电子商务进农村综合示范创建基础数据动态监测表");
  full("填报单位：麻章区商务局（电商办）　　　考评口径：截至2021年8月31日　　　更新日期：2021年9月2日");
  rows.push(padRow([], W));
  full("一、基本情况");
  rows.push(["序号", "项目", "单位", "数值", "数据来源", "备注", null]);
  merges.push(`F${rows.length}:G${rows.length}`);
  const B = [[1, "常住人口", "万人", 25.43, "七普公报", null], [2, "户籍人口", "万人", 31.06, "区公安分局", "不作考评基数"], [3, "行政村（村委会）", "个", 62, "区民政局", "不含社区"],
    [4, "社区居委会", "个", 14, "区民政局", null], [5, "省定贫困村", "个", 7, "区乡村振兴局", null], [6, "领导小组组长", "—", "副区长（分管商务）", "麻府办函〔2020〕15号", "2020年3月成立"],
    [7, "领导小组成员单位", "—", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区邮政分公司", null, null],
    [8, "公共服务中心投入运营", "日期", "2021.1.18", "运营方日志", "揭牌2021年3月2日"]];
  for (const b of B) {
    rows.push([b[0], b[1], b[2], b[3], b[4], b[5], null]);
    merges.push(`F${rows.length}:G${rows.length}`);
  }
  rows.push(padRow([], W));
  full("二、年度数据");
  rows.push(["序号", "指标", "单位", "2019年", "2020年", "同比增长", "数据来源"]);
  rows.push([1, "农村网络零售额", "亿元", 9.74, 12.35, "26.8%", "省商务厅电商监测"]);
  rows.push([2, "农产品网络零售额", "万元", "21,560", "28,410", "31.8%", "省商务厅电商监测"]);
  assert(pct1(1235 - 974, 974) === "26.8%" && pct1(28410 - 21560, 21560) === "31.8%", "f2 growth");
  rows.push(padRow([], W));
  full("三、创建进度（累计数）");
  rows.push(["序号", "指标", "单位", "截至2020年12月31日", "截至2021年6月30日", "截至2021年8月31日（考评口径）", "备注"]);
  const C = [[1, "电商培训", "人次", "1,286", "2,105", "2,611", null], [2, "有劳动能力的建档立卡贫困人口（不含外出务工）", "人", 268, 265, 263, "动态调整"],
    [3, "其中：参加电商培训", "人", 96, 141, 149, "按身份证号去重"], [4, "建成村级电商服务站点", "个", 38, 47, 49, null],
    [5, "省级专项资金下达", "万元", 500, 500, 500, null], [6, "累计拨付", "万元", 186.4, 352.75, "同左", "7、8月无新拨付"], [7, "项目总体进度", "%", 41, 73, 79, null]];
  for (const c of C) rows.push(c);
  rows.push(padRow([], W));
  full("四、具备情况（√具备　×不具备）");
  rows.push(["事项", null, "情况", null, "事项", null, "情况"]);
  merges.push(`A${rows.length}:B${rows.length}`, `E${rows.length}:F${rows.length}`);
  const Y = [["已正式印发示范创建工作方案", "√", "已出台扶持农村电商政策", "√"], ["中心有免费培训场所和设备", "√", "中心免费展示、销售农产品", "√"],
    ["中心免费摄影、美工", "√", "组织统一推广、品牌建设", "√"], ["中心其他衍生增值服务", "×", "已建设（整合）电商产业园", "√"],
    ["有专业第三方运营服务商", "√", "行政村快递覆盖率100%", "×（2个村未通）"], ["专栏公示创建方案", "√", "专栏公示项目基本信息", "√"],
    ["专栏按月公示建设进度", "√", "专栏设征求意见或监督举报窗口", "√"], ["能统计电商扶贫情况", "√", "已制定资金管理制度", "√"], ["已建立资金专用台账", "√", null, null]];
  for (const y of Y) {
    rows.push([y[0], null, y[1], null, y[2], null, y[3]]);
    merges.push(`A${rows.length}:B${rows.length}`, `C${rows.length}:D${rows.length}`, `E${rows.length}:F${rows.length}`);
  }
  rows.push(padRow([], W));
  full("五、主观评分项自评");
  rows.push(["序号", "评分项", null, "分值范围", "自评", "依据", null]);
  merges.push(`B${rows.length}:C${rows.length}`, `F${rows.length}:G${rows.length}`);
  const J = [["方案制定", "1-2分", 2, "方案经区政府常务会审定印发", "org.plan"], ["政策支持", "1-2分", "1分", "政策已出台，落实一般", "org.policy"],
    ["项目管理制度", "1-2分", "２", "制定项目管理办法", "org.management.system"], ["工作台账", "1-2分", 2, "台账齐全", "org.management.ledger"],
    ["网销调研", "1-2分", "1", "调研报告未形成具体建议", "work.upward.research"], ["网络促销活动", "1-2分", 2, "“麻章菠萝节”线上销售", "work.upward.promotion"],
    ["交易标准与冷链溯源", "1-2分", "1分", "冷链在建", "work.upward.standards"], ["资金管理制度", "1-5分", 4, null, "fund.system"],
    ["资金台账", "1-5分", "3分", "个别凭证待补", "fund.ledger"], ["资金及时拨付", "1-5分", 3, "7、8月未拨付", "fund.spending"]];
  const judged = {};
  J.forEach(([n, rg, p, why, id], k) => {
    rows.push([k + 1, n, null, rg, p, why, null]);
    merges.push(`B${rows.length}:C${rows.length}`, `F${rows.length}:G${rows.length}`);
    judged[id] = typeof p === "number" ? p : Number(normId(String(p)).replace("分", ""));
  });
  rows.push(padRow([], W));
  full("六、一票否决事项");
  rows.push(["发生安全生产、质量事故", null, "否", null, "弄虚作假", null, "否"]);
  merges.push(`A${rows.length}:B${rows.length}`, `C${rows.length}:D${rows.length}`, `E${rows.length}:F${rows.length}`);
  full("填表人：符××　　审核：区商务局副局长 庞××");
  for (const r of rows) assert(r.length === W, "f2 width");
  assert(JSON.stringify(judged) === JSON.stringify({ "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
    "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 3, "fund.spending": 3 }), "f2 judged " + JSON.stringify(judged));
  return {
    description:
      "湛江麻章区商务局电商办的《基础数据动态监测表》：六节上下排，每节自己一行表头——一、基本情况（序号｜项目｜单位｜数值｜数据来源｜备注：常住人口25.43万人，户籍人口31.06万“不作考评基数”，组长“副区长（分管商务）”，中心投入运营“2021.1.18”，揭牌日在备注里）；二、年度数据（指标｜单位｜2019年｜2020年｜同比增长，农村网零以亿元、农产品网零以万元计）；三、创建进度（累计数）三个时点列 截至2020年12月31日｜截至2021年6月30日｜截至2021年8月31日（考评口径），事实只读最后一列，“累计拨付”最后一列写“同左”即6月30日的352.75万元，下达500万元、总体进度79%；四、具备情况两对“事项｜情况”并排（√/×，其他增值服务×、快递“×（2个村未通）”）；五、主观评分项自评（“1分”“２”全角、数字混写）；六、一票否决两对并排。没有逐项自评分。",
    sheets: [{ name: "动态监测", rows, merges }],
    expect: {
      facts: {
        county: "麻章区", asOf: "2021-08-31", residentPopulation: 254300, adminVillagesStated: 62, poorVillagesStated: 7,
        planIssued: true, policyIssued: true, centerOpened: "2021-01-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2019: 974000000, ruralRetail2020: 1235000000, ruralRetailGrowthStated: 0.268,
        agriRetail2019: 215600000, agriRetail2020: 284100000, agriRetailGrowthStated: 0.318,
        trainingPersonTimesStated: 2611, eligiblePoorPersonsStated: 263, trainedPoorPersonsStated: 149,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3527500, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.79,
        vetoIncident: false, vetoFraud: false,
      },
      judged,
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f3 — 肇庆四会市: the official indicator table pasted from a two-page Word file (page footers, “续表”, header repeated,
//      服务体系建设 split across the page break with the continuation row's group/name/weight cells empty)
// =====================================================================================================
function buildF3() {
  const W = 8;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:H${rows.length}`);
  };
  const HEAD = ["工作任务", "评价指标名称", "权重（%）", "指标解释", "评分标准", "评价方式及佐证材料", "自评得分", "自评说明"];
  full("附件2");
  full("四会市2019年省级电子商务进农村综合示范创建考评自评表");
  full("（数据截至2021年8月31日）");
  rows.push(HEAD.slice());
  // [group, name, weight, explain, standard, evidence, score cell, note, id]
  const R1 = [
    ["加强组织领导与统筹协调（10分）", "组织领导", 2, "建立县（市、区）政府主要领导牵头、多部门参与的工作协调机制",
      "由县（市、区）政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）；由县（市、区）政府分管领导牵头（1分）；其他情况不得分。",
      "成立工作领导小组或协调机构的文件、相关工作会议纪要、图片", "２",
      "市政府成立以市长为组长、常务副市长和分管副市长为副组长的创建工作领导小组，成员单位有市商务局、市财政局、市农业农村局、市乡村振兴局等１４个部门。", "org.leadership"],
    [null, "方案制定", 2, "制定科学严谨的示范创建工作方案", "工作方案因地制宜,可操作性较强（1-2分）", "正式印发的示范县工作方案", "２",
      "２０２０年３月２０日正式印发《四会市电子商务进农村综合示范创建工作方案》（四府办函〔２０２０〕３１号）。", "org.plan"],
    [null, "政策支持", 2, "在资金、土地、人才等方面出台政策，支持农村电商发展", "出台相关政策，且得到较好落实（1-2分）", "出台的支持文件及其他证明材料等", "２",
      "出台《四会市促进农村电子商务发展的若干措施》，资金、人才扶持已兑现。", "org.policy"],
    [null, "项目管理", 4, "制定项目管理制度，建立工作台帐，明确工作目标、工作进度、工作任务，建设、验收等环节严格执行相关制度规定。",
      "建立项目管理制度，在建设、验收环节严格落实相关制度（1-2分）；建立完整工作台账，详细记录项目建设情况（1-2分）。", "项目管理制度文件、工作台账等", "３",
      "制定项目管理办法，建设、验收严格执行（２分）；工作台账个别站点记录不全（１分）。", "org.management"],
    ["深入推动电子商务进农村工作（55分）", "服务体系建设", 25,
      "建设县级电子商务公共服务中心。对各类主体提供技术支持、培训孵化、产品对接、品牌建设、网络推广及其他衍生增值服务。建设或整合、优化当地电商产业园，形成产业集聚效应。",
      "建成县级电子商务公共服务中心（2分）；建成后已正常运行6个月（截至2021年8月31日）以上（2分）；有免费培训场所、培训设备，能组织电商基础培训（2分）；为特色农产品提供免费展示、销售服务（1分）；为电子商务市场主体提供免费摄影、美工服务（1分）；组织农产品统一推广、指导特色农产品品牌建设（1分）；为电子商务发展提供其他衍生增值服务（1分）；建设或整合、优化当地电商产业园（2分)；电商产业园企业入驻数量达20家及以上(2分)；电商产业园入驻企业含平台型电商企业、销售型企业、电商运营商或物流企业等至少三种以上类型(1分)。",
      "1、现场查看县级电子商务公共服务中心运营情况。2、现场查看电商产业园运营情况，入驻企业清单。", "１４",
      "市电子商务公共服务中心２０２０年８月２８日投入运营，设免费培训室和培训设备；农特产品免费展示展销；摄影、美工按件收费；组织“四会好物”统一推广、指导品牌建设；提供代运营、金融对接等增值服务；整合建设四会电商产业园，入驻企业２３家，含平台型、销售型、运营服务商、物流企业。", "work.center"],
  ];
  const R2 = [
    [null, null, null,
      "辖区内行政村建设村级电子商务服务站点要达到70%以上（行政村个数在200个及以上的，以200个为基数计算），其中省定贫困村实现全覆盖；各站点根据实际开展电商宣传、代购代销、代存代缴、小额信贷等电商服务。",
      "行政村覆盖率70%及以上（5分）,50%-70%（不含）（2分），50%以下不得分；贫困村覆盖率100%（5分）,80%-100%（不含）（3分），80%以下不得分。",
      "辖区内行政村清单、省定贫困村清单、村级电商服务站点清单（含名称、地址及联系人电话等）、村级电商服务站点视频。", "１０",
      "全市行政村（村委会）１０１个，建站覆盖７３个（７２．３％）；省定贫困村９个全部覆盖。", "work.coverage"],
    [null, "农村产品上行", 10,
      "1、对辖区内农村产品的生产和电商销售情况进行全面摸底…；2、联合农业、工商、科教、金融等行业主管部门…；3、整合现有物流资源，实现县、乡镇、村三级统一配送体系，物流快递企业的行政村覆盖率达到100%，降低物流成本。4、探索农产品电子商务交易标准化问题，探索建立符合农产品网络销售上行要求的冷链系统、产品溯源系统等。",
      "对当地农产品网络销售进行调研，并形成针对性建议（1-2分）；开展农村产品网络促销活动成效明显（1-2分）；当地有专业第三方电子商务运营或服务商（1分）；行政村物流快递覆盖率100%（1分）；有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）；2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）。",
      "1、辖区内农产品及电商销售情况档案或调研报告…；5、查看第三方权威统计数据（省级商务主管部门提供）。", "８",
      "完成网销调研报告，建议针对性一般（１分）；开展“四会砂糖橘线上节”等促销，成效明显（２分）；第三方运营服务商为四会市优品电子商务有限公司；行政村快递覆盖率１００％；出台砂糖橘电商交易标准，冷链、溯源系统在建（１分）；２０２０年农村网络零售额４６．２亿元，同比增长２１．４％；农产品网络零售额１１．３５亿元，同比增长３０．２％。", "work.upward"],
    [null, "电商人才培训", 20,
      "1、定期开展农村电商公共宣传…普及性培训覆盖常住人口的1%以上（常住人口总数超过50万的，以50万为基数计算）。2、加大对建档立卡贫困户的培训力度，实现有劳动能力的贫困人口培训率达50%以上（外出务工者除外）。",
      "培训人次达常住人口1%及以上（10分），0.8%-1%（不含）（8分），0.6%-0.8%（不含）（6分）；建档立卡贫困人口培训率50%及以上（10分），40%-50%（不含）（8分），30%-40%（不含）（6分）。",
      "1、培训通知文件、常住人口数量证明，培训学员名单…；2、经扶贫部门确认的当地有劳动能力的建档立卡贫困人口数（外出务工者除外）…", "１８",
      "常住人口５６．６３万人（按５０万人计），累计培训４，３８６人次（０．８８％）；有劳动能力且未外出务工的建档立卡贫困人口１，２２６人，参训６５８人（５３．７％）。", "work.training"],
    ["加强信息公开及报送（10分）", "信息公开", 4,
      "在县政务网站设立电子商务进农村综合示范公开专栏。公开示范创建方案及已经确定的财政资金扶持项目的基本信息，每月更新项目建设进度，同时设立征求意见窗口或监督举报窗口。",
      "在县政府网站设立公开专栏且内容全面（2分）；近一年内专栏内容能按月更新（2分），不定时更新（1分），未更新不得分。",
      "在县政府网站设立专栏公示创建方案、项目基本信息、项目建设进度，设立征求意见或监督举报窗口。", "３",
      "在市政府门户网站设立专栏，公示创建方案、项目基本信息、项目建设进度，设置监督举报窗口；近一年不定时更新。", "info.disclosure"],
    [null, "数据上报", 6, "每月向市级商务主管部门报送示范创建工作进展、成效及电商相关统计数据。加强对本县电商扶贫信息的统计…",
      "近一年能每月向市商务局报送工作情况（3分），不定时上报（1分），未上报不得分；能统计电商扶贫情况（3分），未统计相关情况不得分。", "向市级商务主管部门报送工作情况的文件。", "６",
      "每月向肇庆市商务局报送工作进展，并统计电商扶贫情况。", "info.reporting"],
    ["加强宣传推广（10分）", "案例总结", 2, "对当地发展农村电商、开展示范创建等经验做法和案例进行总结提炼并及时上报。", "向市商务局报送经验材料（2分）", "查看上报文件", "２",
      "２０２１年５月向肇庆市商务局报送经验材料。", "promo.cases"],
    [null, "经验推广", 8, "典型做法被主流媒体报道宣传", "省级及以上媒体进行宣传报道（4分）；市级媒体进行宣传报道（3分）；县级媒体进行宣传报道（1分）。",
      "查看相关宣传文案、网络截图、照片等证明材料", "７", "南方日报（省级）、西江日报（市级）报道。", "promo.media"],
    ["加强财政资金管理（15分）", "制度建立", 5, "制定省级财政资金管理制度，细化工作目标、任务、财政资金支持方向等；建立考核问责制度。", "建立科学有效的资金管理制度且得到有效落实（1-5分）",
      "查看相关资金管理制度", "４", "制定《四会市电子商务进农村综合示范专项资金管理办法》。", "fund.system"],
    [null, "资金台账", 5, "明确责任人，建立健全资金台账，实现管理全过程可查询、可追溯，", "项目承建方建立资金专用台账，账目完整，能清析反映资金使用情况（1-5分）",
      "项目承办方的资金使用账目及凭证等", "４", "各承建单位均建立资金专用台账。", "fund.ledger"],
    [null, "资金支出", 5, "严格按照财政资金有关规定进行资金的使用和拨付", "资金支出率70%以上，且根据创建进度及时拨付（1-5分）；资金支出率低于70%倒扣5分。",
      "资金拨付文件、票据、凭证等", "４", "省级专项资金５００万元，截至２０２１年８月３１日支出３９８．６２万元，支出率７９．７％，按进度拨付。", "fund.spending"],
    ["加分项（4分）", null, null, null, "建档立卡贫困人口培训率70%及以上（2分）", "参加培训的建档立卡贫困人口清单及签到表等", "０", "培训率５３．７％，未达到。", "bonus.poorTraining"],
    [null, null, null, null, "电商扶贫典型案例获国家级电视媒体播报（2分），省级（1分）（不累加）", "查看相关报道和视频", "０", "仅四会电视台（县级）播报。", "bonus.tvCase"],
    ["一票否决项", null, null, null, "发生安全生产、质量事故，或者造成重大经济损失和社会不良影响。", null, "否", "未发生。", null],
    [null, null, null, null, "项目建设进度严重滞后，总体进度不足40%。", null, "否", "项目总体进度８８％。", null],
    [null, null, null, null, "弄虚作假。", null, "否", "无。", null],
  ];
  const claimed = {};
  const put = (list) => {
    let gStart = null;
    let nStart = null;
    const startRow = rows.length + 1;
    list.forEach((r, k) => {
      rows.push([r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]]);
      const rn = rows.length;
      if (r[8]) claimed[r[8]] = Number(normId(r[6]));
      if (r[0] || k === 0) {
        if (gStart !== null && rn - 1 > gStart) merges.push(`A${gStart}:A${rn - 1}`);
        gStart = rn;
      }
      if (k === list.length - 1 && rn > gStart) merges.push(`A${gStart}:A${rn}`);
      nStart = r[1] ? rn : nStart;
    });
    return startRow;
  };
  put(R1);
  rows.push(padRow(["— 1 —"], W));
  merges.push(`A${rows.length}:H${rows.length}`);
  rows.push(padRow(["续表"], W));
  rows.push(HEAD.slice());
  put(R2);
  const tot = sum(SCORED.map(([id]) => claimed[id]));
  assert(tot === 89, "f3 claimed 89 " + tot);
  rows.push(["合计", null, "100", null, null, null, fwText(String(tot)), "加分项０分，未触及一票否决。"]);
  merges.push(`A${rows.length}:B${rows.length}`, `D${rows.length}:F${rows.length}`);
  rows.push(padRow(["填报单位（盖章）：四会市商务局　　　　　　填报人：欧××　　　　　　联系电话：0758-33xxxxx"], W));
  merges.push(`A${rows.length}:H${rows.length}`);
  rows.push(padRow(["— 2 —"], W));
  merges.push(`A${rows.length}:H${rows.length}`);
  for (const r of rows) assert(r.length === W, "f3 width");
  assert(pct1(658, 1226) === "53.7%" && pct1(3986200, 5000000) === "79.7%" && pct1(73, 101) === "72.3%" && pct2(4386, 500000) === "0.88%", "f3 numbers");
  return {
    description:
      "肇庆四会市商务局交来的，是从Word（两页）整表粘进Excel的官方《考评自评表》：附件2、标题、“（数据截至2021年8月31日）”三行，表头 工作任务｜评价指标名称｜权重（%）｜指标解释｜评分标准｜评价方式及佐证材料｜自评得分｜自评说明，官方条文照录；第一页末是页脚“— 1 —”，第二页开头是“续表”和重复的表头行；服务体系建设正好跨页——县级中心那行在第一页，村级站点那行在续表第一行，工作任务、指标名称、权重三格是空的（Word里跨页的合并格只在第一页显示），只能从指标解释和评分标准认出是村级站点覆盖；自评得分和自评说明都是Word带来的全角数字（“１４”“２０２０年８月２８日”“５６．６３万人”“７２．３％”），事实和主观分都写在自评说明句子里（市长任组长，商务财政农业农村乡村振兴都在；项目管理“（２分）”“（１分）”；摄影美工按件收费；只有2020年零售额和增速；支出３９８．６２万元），加分两行0分，否决三行“否”，合计８９。",
    sheets: [{ name: "自评表", rows, merges }],
    expect: {
      facts: {
        county: "四会市", asOf: "2021-08-31", residentPopulation: 566300, adminVillagesStated: 101, poorVillagesStated: 9,
        planIssued: true, policyIssued: true, centerOpened: "2020-08-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: 4620000000, ruralRetailGrowthStated: 0.214, agriRetail2020: 1135000000, agriRetailGrowthStated: 0.302,
        trainingPersonTimesStated: 4386, eligiblePoorPersonsStated: 1226, trainedPoorPersonsStated: 658,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3986200, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// l1 — 江门新会区: 封面; a person × session attendance grid; poor households one per row with members side by side;
//      enterprises with 签约日期 and 入驻日期; materials; a hidden 数据透视 sheet
// =====================================================================================================
function buildL1() {
  const REG = "440705";
  // ---------------- 参训情况一览 (person rows × session columns)
  const SESS = [["第1期\n2020.10.15", "2020-10-15"], ["第2期\n2020年11月19日", "2020-11-19"], ["第3期\n2020/12/17", "2020-12-17"], ["第4期\n2021.1.14", "2021-01-14"],
    ["第5期\n2021年3月2日-3日", "2021-03-03"], ["第6期\n21.5.20", "2021-05-20"], ["第7期\n2021.7.8", "2021-07-08"], ["第8期\n2021.9.3", "2021-09-03"]];
  const NS = SESS.length;
  const TOWNS = ["会城街道", "大泽镇", "司前镇", "罗坑镇", "双水镇", "崖门镇", "沙堆镇", "古井镇"];
  const WCOLS = 4 + NS + 1;
  const last = colName(WCOLS - 1);
  const tRows = [[`新会区农村电商培训参训情况一览表（按学员）`], ["说明：每人一行，每期一列，参加的打“✓”（也有写“√”“1”的），“请假”“×”或空白为未参加；第5期为两天班，按结业日计；最右列为本人参训次数。"],
    ["序号", "姓名", "身份证号", "镇（街）", "参训情况"], [null, null, null, null]];
  const tMerges = [`A1:${last}1`, `A2:${last}2`, "A3:A4", "B3:B4", "C3:C4", "D3:D4", `E3:${colName(3 + NS)}3`, `${last}3:${last}4`];
  for (const [h] of SESS) tRows[3].push(h);
  for (let i = 0; i < NS - 1; i++) tRows[2].push(null);
  tRows[2].push("参训次数");
  tRows[3].push(null);
  const tRecs = [];
  const colCount = Array(NS).fill(0);
  const MARK = ["✓", "✓", "√", "1", "✓"];
  let lowerDone = false;
  let spaceDone = false;
  let nullDone = false;
  for (let p = 0; p < 30; p++) {
    const id = makeId(REG, birthBetween(1966, 2000), rnd() < 0.5, p === 7 ? true : false);
    let shown = id;
    let recId = id;
    if (p === 7) {
      shown = id.slice(0, 17) + "x";
      lowerDone = true;
    } else if (p === 13) {
      shown = spacedId(id);
      spaceDone = true;
    } else if (p === 21) {
      shown = "（未登记）";
      recId = null;
      nullDone = true;
    }
    const row = [p + 1, personName(), shown, TOWNS[p % TOWNS.length]];
    const att = [];
    for (let s = 0; s < NS; s++) {
      const r = rnd();
      att.push(r < 0.42 || (s === NS - 1 && p % 5 === 0) ? "Y" : r < 0.5 ? "L" : null);
    }
    if (!att.includes("Y")) att[rint(0, NS - 2)] = "Y";
    let n = 0;
    for (let s = 0; s < NS; s++) {
      let cell = null;
      if (att[s] === "Y") {
        cell = MARK[(p + s) % MARK.length];
        n++;
        colCount[s]++;
        tRecs.push({ date: SESS[s][1], personTimes: 1, id: recId });
      } else if (att[s] === "L") cell = (p + s) % 2 ? "请假" : "×";
      row.push(cell);
    }
    row.push(n);
    tRows.push(row);
  }
  tRows.push(["本期人次", null, null, null].concat(colCount, [sum(colCount)]));
  tMerges.push(`A${tRows.length}:D${tRows.length}`);
  tRows.push(padRow(["填表：区电子商务公共服务中心　　核对：区商务局电商股"], WCOLS));
  tMerges.push(`A${tRows.length}:${last}${tRows.length}`);
  for (const r of tRows) padRow(r, WCOLS);
  assert(lowerDone && spaceDone && nullDone && tRecs.length === sum(colCount), "l1 grid");
  assert(tRecs.some((r) => r.id === null) && tRecs.some((r) => r.date === "2021-09-03"), "l1 grid has a null id and a September session");
  assert(tRows.slice(4, 34).every((r) => r[4 + NS] > 0), "l1 everyone attended at least once");
  checkTrainingIds(tRecs, "l1");

  // ---------------- 脱贫户家庭成员 (one household per row, members side by side)
  const VILL = [["大泽镇", "五和村"], ["大泽镇", "田金村"], ["司前镇", "河村村"], ["罗坑镇", "陈冲村"], ["双水镇", "岭头村"], ["崖门镇", "京背村"], ["沙堆镇", "那伏村"]];
  // member kinds: E labour local, V labour 弱劳动力 local, M labour migrant (县外/省外), U labour unemployed, N no labour, S student
  const COMP = [["E", "N", "S"], ["M", "E"], ["N"], ["E", "U", "N", "S"], ["V", "M"], ["M", "M", "N"], ["E"], ["U", "N"], ["E", "V", "S", "N"], ["M", "E", "S"],
    ["N", "N"], ["E", "M", "U"], ["V", "S"], ["E", "N", "M", "S"]];
  const MAXM = 4;
  const W2 = 5 + MAXM * 4;
  const L2 = colName(W2 - 1);
  const pRows = [["新会区脱贫户家庭成员劳动力及务工情况表"], ["说明：一户一行，家庭成员按户主在前依次横向填写；务工状况“县外务工”“省外务工”为外出务工，“县内务工”“未务工”不是；无劳动能力、在校生务工状况填“—”。"],
    ["户序号", "镇（街）", "村", "户主", "家庭人口"], [null, null, null, null, null]];
  const pMerges = [`A1:${L2}1`, `A2:${L2}2`, "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4"];
  const CN_M = ["一", "二", "三", "四"];
  for (let m = 0; m < MAXM; m++) {
    pRows[2].push(`成员${CN_M[m]}`, null, null, null);
    pRows[3].push("姓名", "身份证号", "劳动能力", "务工状况");
    pMerges.push(`${colName(5 + m * 4)}3:${colName(8 + m * 4)}3`);
  }
  const pRecs = [];
  COMP.forEach((comp, h) => {
    const [town, vil] = VILL[h % VILL.length];
    const sur = SURNAMES[rint(0, SURNAMES.length - 1)];
    const members = comp.map((k, i) => {
      const birth = k === "S" ? birthBetween(2003, 2012) : k === "N" ? birthBetween(1938, 1955) : birthBetween(1966, 1998);
      const id = makeId(REG, birth, rnd() < 0.5, false);
      let lab;
      let work;
      if (k === "E") [lab, work] = ["有劳动能力", ["县内务工", "未务工"][(h + i) % 2]];
      else if (k === "V") [lab, work] = ["弱劳动力", "县内务工"];
      else if (k === "M") [lab, work] = ["有劳动能力", ["县外务工（广州）", "省外务工（浙江）", "县外务工（深圳）"][(h + i) % 3]];
      else if (k === "U") [lab, work] = ["有劳动能力", "未务工"];
      else if (k === "S") [lab, work] = ["无（在校生）", "—"];
      else [lab, work] = [(h + i) % 2 ? "丧失劳动能力" : "无劳动能力", "—"];
      return { k, id, lab, work, name: i === 0 || k === "S" ? personName(sur) : personName() };
    });
    const row = [h + 1, town, vil, members[0].name, comp.length];
    for (let m = 0; m < MAXM; m++) {
      const x = members[m];
      if (x) {
        row.push(x.name, x.id, x.lab, x.work);
        pRecs.push({ id: x.id, labour: ["E", "V", "M", "U"].includes(x.k), migrant: x.k === "M" ? true : ["E", "V", "U"].includes(x.k) ? false : null });
      } else row.push(null, null, null, null);
    }
    pRows.push(row);
  });
  pRows.push(padRow([`合计：${COMP.length}户${pRecs.length}人`], W2));
  pMerges.push(`A${pRows.length}:${L2}${pRows.length}`);
  for (const r of pRows) padRow(r, W2);
  assert(pRecs.length === sum(COMP.map((c) => c.length)) && pRecs.some((r) => r.migrant === true) && pRecs.some((r) => r.labour === false && r.migrant === null), "l1 persons");

  // ---------------- 入驻企业 (签约日期 is not the 入驻日期)
  const F = [["新会陈皮村电子商务有限公司", "平台型", "2020-10-20", "2020-11-16", null], ["江门市新会区柑之味网店", "销售型（网店）", "2020-10-20", "2020-12-01", null],
    ["江门市新会区葵乡优品商行", "销售型（网店）", "2020-11-05", "2020-12-08", null], ["江门市新会区侨乡代运营服务有限公司", "代运营", "2020-11-05", "2021-01-04", null],
    ["江门市新会区顺捷快递有限公司", "快递物流", "2020-11-18", "2021-01-11", null], ["江门市新会区古兜山农产品网店", "销售型（网店）", "2020-12-02", "2021-01-20", "2021-07"],
    ["江门市新会区圭峰跨境电子商务有限公司", "跨境电商", "2020-12-02", "2021-02-22", null], ["江门市新会区小青柑直播工作室", "直播电商", "2021-01-06", "2021-03-01", null],
    ["江门市新会区崖门鲜生电子商务有限公司", "销售型（网店）", "2021-01-06", "2021-03-15", null], ["江门市新会区云仓物流有限公司", "快递物流", "2021-02-24", "2021-04-06", null],
    ["江门市新会区柑普茶业电子商务有限公司", "销售型（网店）", "2021-03-10", "2021-04-19", null], ["江门市新会区银洲湖电商服务有限公司", "代运营", "2021-04-07", "2021-05-10", "2021-08-31"],
    ["江门市新会区大鳌虾蟹网店", "销售型（网店）", "2021-05-12", "2021-06-07", null], ["江门市新会区会城优选网络科技有限公司", "平台型", "2021-06-02", "2021-07-05", null],
    ["江门市新会区司前竹编电商商行", "销售型（网店）", "2021-07-14", "2021-08-23", null], ["江门市新会区沙堆生蚝电子商务有限公司", "销售型（网店）", "2021-08-11", "2021-09-01", null],
    ["江门市新会区双水菜心网店", "销售型（网店）", "2021-08-25", null, null]];
  const eRows = [["新会区电商产业园入驻企业登记表"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "签约日期", "入驻日期", "退出日期", "备注"]];
  const eRecs = [];
  F.forEach(([n, t, sign, ent, left], j) => {
    const code = creditCode(REG);
    const entCell = ent === null ? "待入驻" : dateCell(ent, j + 2);
    const leftCell = left === null ? null : left === "2021-07" ? "2021.7" : dotDate(left);
    eRows.push([j + 1, n, code, t, dateCell(sign, j + 5), entCell, leftCell, ent === null ? "已签约，装修中" : left === "2021-07" ? "合同提前解除" : left ? "8月31日搬离" : null]);
    const rec = { name: n, type: t, left };
    if (ent !== null) rec.entered = ent;
    eRecs.push(rec);
  });
  eRows.push(["注：以“入驻日期”（实际进驻办公）为准，签约日期仅作参考。", null, null, null, null, null, null, null]);
  const eMerges = ["A1:H1", `A${eRows.length}:H${eRows.length}`];

  // ---------------- 经验材料
  const matRows = [["新会区电子商务进农村经验材料报送登记"], ["序号", "报送时间", "材料名称", "报送对象", "报送方式"],
    [1, D("2020-12-08"), "《新会区“陈皮＋电商”助农增收的做法》", "江门市商务局", "粤政易"], [2, "2021年4月", "《新会区村级电商服务站建设经验》", "江门市商务局", "纸质＋电子版"],
    [3, "2021.7.16", "《小青柑直播带货典型案例》", "江门市商务局", "电子邮件"], [4, "2021年9月6日", "《新会区电子商务进农村综合示范创建总结》", "江门市商务局", "粤政易"]];
  const matRecs = [{ date: "2020-12-08" }, { date: "2021-04" }, { date: "2021-07-16" }, { date: "2021-09-06" }];

  // ---------------- 封面 and hidden 数据透视
  const cover = [["江门市新会区电子商务进农村综合示范"], ["台　账（第二册）"], [null], ["目　录"], ["一、参训情况一览表（按学员）"], ["二、脱贫户家庭成员劳动力及务工情况表"],
    ["三、电商产业园入驻企业登记表"], ["四、经验材料报送登记"], [null], ["新会区商务局　2021年9月"]];
  const pivot = [["行标签", "计数项:身份证号"]];
  SESS.forEach(([h], s) => pivot.push([h.replace("\n", " "), colCount[s]]));
  pivot.push(["总计", sum(colCount)]);

  return {
    description:
      "江门新会区商务局台账第二册（封面、四张台账、一个隐藏的数据透视表）：①封面带目录，不是台账；②《参训情况一览》是“人×期”方格——一人一行（序号｜姓名｜身份证号｜镇（街）），“参训情况”合并在八期之上，每期一列、表头格内换行写期次和日期（“2020.10.15”“2020年11月19日”“2020/12/17”“2021年3月2日-3日”按结业日、“21.5.20”、9月的“2021.9.3”照列），格里“✓”“√”“1”是参加，“请假”“×”、空白不是；每个参加的格是一条记录（按行、从左到右），最右“参训次数”列和末行“本期人次”不是记录；一人身份证号末位小写x、一人按6-8-4加空格、一人“（未登记）”为空；③《脱贫户家庭成员》一户一行，成员一至成员四横向排列（各 姓名｜身份证号｜劳动能力｜务工状况，两行表头），记录按户、按成员顺序；“弱劳动力”算有劳动能力，“无（在校生）”“丧失劳动能力”不算，“县外务工（广州）”“省外务工（浙江）”是外出务工，“未务工”“县内务工”不是；④《入驻企业》有签约日期和入驻日期两列，以入驻日期为准（表注写明），“待入驻”的没有入驻日期，退出日期有“2021.7”（只到月）和8月31日；⑤经验材料报送时间有日期格、“2021年4月”、“2021.7.16”、9月一条；⑥隐藏的《数据透视》只是按期计数，不是台账。",
    sheets: [
      { name: "封面", rows: cover, merges: [] },
      { name: "参训情况一览", rows: tRows, merges: tMerges },
      { name: "脱贫户家庭成员", rows: pRows, merges: pMerges },
      { name: "入驻企业", rows: eRows, merges: eMerges },
      { name: "经验材料", rows: matRows, merges: ["A1:E1"] },
      { name: "数据透视", rows: pivot, merges: [], hidden: true },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "参训情况一览": { kind: "training", records: tRecs },
        "脱贫户家庭成员": { kind: "poorPersons", records: pRecs },
        "入驻企业": { kind: "enterprises", records: eRecs },
        "经验材料": { kind: "materials", records: matRecs },
        "数据透视": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 潮州湘桥区: 目录; villages and communities as two stacked tables; stations with twelve monthly sales columns;
//      treasury payment list (yyyymmdd numbers, 作废 vouchers); reports under 年份 group rows (“9月8日”); column log with
//      Excel serial date-times; media with 中央级/省级/市级/区级
// =====================================================================================================
function buildL2() {
  const TOWNS = [["意溪镇", 11], ["磷溪镇", 13], ["官塘镇", 9], ["铁铺镇", 8]];
  const STREETS = [["西湖街道", 4], ["太平街道", 5], ["凤新街道", 6], ["桥东街道", 4]];
  const prefixes = ["意溪", "磷溪", "官塘", "铁铺", "西湖", "太平", "凤新", "桥东"];
  const vName = nameMaker("东西南北上下大新凤桥溪山洋厝", ["美", "陇", "洋", "厝", "寮", "埔", "头", "林", "田", "窖", "岭", "坑", "湖"], "村", prefixes);
  const cName = nameMaker("城古开府兴华春", ["平", "安", "和", "新", "宁", "福", "源"], "社区", prefixes);
  const vil = TOWNS.flatMap(([t, n]) => Array.from({ length: n }, () => ({ t, v: vName() })));
  const com = STREETS.flatMap(([t, n]) => Array.from({ length: n }, () => ({ t, v: cName() })));
  noStemClash(vil.map((x) => x.v), com.map((x) => x.v), "l2");
  const short = (v) => v.replace(/村$|社区$/, "");
  const poorIdx = new Set([2, 9, 15, 27, 33]);
  const noExp = new Set([6, 30]);
  const postal = new Set([4, 12, 19, 24, 36]);

  // ---------------- 村居名单: 一、行政村 table then 二、社区 table
  const vRows = [["湘桥区行政村（社区）名单"], ["一、行政村（村民委员会）"], ["序号", "镇（街道）", "村委会", "是否省定贫困村", "快递服务方式", "备注"]];
  const vMerges = ["A1:F1", "A2:F2"];
  const vRecs = [];
  let r0 = null;
  vil.forEach((x, j) => {
    if (j === 0 || vil[j - 1].t !== x.t) r0 = vRows.length + 1;
    const exp = noExp.has(j) ? "无，村民到镇自提" : postal.has(j) ? "邮政代投到村" : "村级快递服务站";
    vRows.push([j + 1, x.t, j % 4 === 1 ? `${short(x.v)}村民委员会` : `${short(x.v)}村委会`, poorIdx.has(j) ? "是" : "否", exp, null]);
    if (j === vil.length - 1 || vil[j + 1].t !== x.t) mergeCol(vMerges, "B", r0, vRows.length);
    vRecs.push({ name: x.v, admin: true, poor: poorIdx.has(j), express: !noExp.has(j) });
  });
  vRows.push([`小计：行政村${vil.length}个，其中省定贫困村${poorIdx.size}个`, null, null, null, null, null]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);
  vRows.push([null, null, null, null, null, null]);
  vRows.push(["二、社区（居民委员会）", null, null, null, null, null]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);
  vRows.push(["序号", "街道", "社区居委会", "备注", null, null]);
  com.forEach((x, j) => {
    if (j === 0 || com[j - 1].t !== x.t) r0 = vRows.length + 1;
    vRows.push([j + 1, x.t, `${short(x.v)}社区居委会`, null, null, null]);
    if (j === com.length - 1 || com[j + 1].t !== x.t) mergeCol(vMerges, "B", r0, vRows.length);
    vRecs.push({ name: x.v, admin: false });
  });
  vRows.push([`小计：社区${com.length}个`, null, null, null, null, null]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);
  for (const r of vRows) padRow(r, 6);

  // ---------------- 站点运营 (opening dates as typed, then twelve monthly sales columns)
  const MONTHS = monthsBetween("2020-09", "2021-08");
  const stV = shuffle(vil.map((x, j) => j).filter((j) => !noExp.has(j))).slice(0, 24).sort((a, b) => a - b);
  const OPS = [];
  stV.forEach((j, k) => {
    let op = randIsoBetween("2020-05-10", "2021-08-15");
    let cell;
    switch (k % 6) {
      case 0: op = ym(op); cell = `${Number(op.slice(2, 4))}年${Number(op.slice(5, 7))}月`; break;
      case 1: cell = D(op); break;
      case 2: op = ym(op); cell = monthDot(op); break;
      case 3: cell = twoSlash(op); break;
      case 4: cell = cnDate(op); break;
      default: cell = excelSerial(op);
    }
    OPS.push({ v: vil[j].v, op, cell, name: `${short(vil[j].v)}村电商服务站` });
  });
  OPS.push({ v: com[3].v, op: "2020-12-18", cell: "2020.12.18", name: `${short(com[3].v)}社区电商服务站` });
  OPS.push({ v: vil[stV[4]].v, op: "2021-06-21", cell: "2021.6.21", name: `${short(vil[stV[4]].v)}村电商服务站（二）` });
  OPS.push({ v: vil[noExp.values().next().value].v, op: null, cell: "筹建中", name: `${short(vil[noExp.values().next().value].v)}村电商服务站` });
  const sHead = ["序号", "站点名称", "所在村（社区）", "开业时间"].concat(MONTHS.map((m) => cnMonth(m)), ["合计"]);
  const WS = sHead.length;
  const sRows = [["湘桥区村级电商服务站点运营情况表"], ["单位：交易额（元）"], ["序号", "站点名称", "所在村（社区）", "开业时间", "月度线上交易额"].concat(Array(MONTHS.length).fill(null))];
  sRows[2][WS - 1] = "合计";
  sRows.push([null, null, null, null].concat(MONTHS.map((m) => cnMonth(m)), [null]));
  const sMerges = [`A1:${colName(WS - 1)}1`, `A2:${colName(WS - 1)}2`, "A3:A4", "B3:B4", "C3:C4", "D3:D4", `E3:${colName(WS - 2)}3`, `${colName(WS - 1)}3:${colName(WS - 1)}4`];
  const sRecs = [];
  OPS.forEach((s, k) => {
    const sales = MONTHS.map((m) => (s.op && ym(s.op) <= m ? rint(800, 26000) : null));
    sRows.push([k + 1, s.name, s.v.endsWith("社区") ? `${short(s.v)}社区` : k % 3 === 2 ? `${short(s.v)}村委会` : s.v, s.cell].concat(sales, [sum(sales.map((x) => x || 0)) || null]));
    sRecs.push(s.op ? { village: s.v, opened: s.op } : { village: s.v });
  });
  for (const r of sRows) padRow(r, WS);
  assert(sRows[3].length === WS && sHead.length === WS, "l2 station width");

  // ---------------- 资金支付 (国库集中支付; dates as yyyymmdd numbers; 作废 vouchers are not payments)
  const PAYS = [["20201023", "湘桥区电子商务公共服务中心建设首期款", "潮州市湘桥区优品电子商务有限公司", 468000, "已支付"],
    ["20201127", "村级站点建设首期款", "中国邮政集团有限公司潮州市湘桥区分公司", 295600, "已支付"], ["20201218", "电商培训服务费", "潮州市湘桥区优品电子商务有限公司", 86400, "已作废"],
    ["20201221", "电商培训服务费", "潮州市湘桥区优品电子商务有限公司", 84600, "已支付"], ["20210129", "物流配送体系建设首期款", "潮州市湘桥区韩江物流有限公司", 352300, "已支付"],
    ["20210326", "区电子商务公共服务中心建设进度款", "潮州市湘桥区优品电子商务有限公司", 415750.5, "已支付"], ["20210521", "村级站点建设进度款", "中国邮政集团有限公司潮州市湘桥区分公司", 278000, "已支付"],
    ["20210618", "品牌推广服务费", "潮州市湘桥区凤城文化传播有限公司", 132000, "已退回"], ["20210625", "品牌推广服务费", "潮州市湘桥区凤城文化传播有限公司", 132000, "已支付"],
    ["20210813", "冷链系统建设首期款", "潮州市湘桥区鲜达冷链有限公司", 197850, "已支付"], ["20210910", "村级站点建设尾款", "中国邮政集团有限公司潮州市湘桥区分公司", 310000, "已支付"]];
  const fRows = [["国库集中支付凭证查询结果"], ["预算单位：潮州市湘桥区商务局　　　项目：2019年省级电子商务进农村综合示范专项资金　　　查询日期：2021-09-15"],
    ["序号", "支付凭证号", "支付日期", "收款人", "摘要", "支付金额（元）", "支付状态", "备注"]];
  const fRecs = [];
  PAYS.forEach(([d, what, who, a, st], j) => {
    fRows.push([j + 1, `XQ2${d.slice(2, 4)}${pad3(j * 7 + 11)}${rint(1000, 9999)}`, Number(d), who, what, j % 3 === 1 ? fmtMoney(a) : a, st,
      st === "已作废" ? "收款账号有误，作废重开" : st === "已退回" ? "国库退回（账户信息不符），6月25日重新支付" : null]);
    if (st === "已支付") fRecs.push({ date: `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}`, amount: a });
  });
  fRows.push(["合计（已支付）", null, null, null, null, sumYuan(fRecs.map((r) => r.amount)), null, null]);
  const fMerges = ["A1:H1", "A2:H2", `A${fRows.length}:E${fRows.length}`];
  assert(fRecs.length === 9, "l2 nine payments");

  // ---------------- 月报 (year group rows; dates without the year)
  const REP = [["2020-08", "2020-09-08", true], ["2020-09", "2020-10-13", true], ["2020-10", "2020-11-06", true], ["2020-11", "2020-12-07", true], ["2020-12", "2021-01-06", true],
    ["2021-01", "2021-02-05", true], ["2021-02", "2021-03-08", false], ["2021-03", "2021-04-07", true], ["2021-04", "2021-05-10", true], ["2021-05", "2021-06-04", true],
    ["2021-06", "2021-07-06", true], ["2021-07", "2021-08-05", true], ["2021-08", "2021-09-06", true]];
  const rRows = [["湘桥区电子商务进农村月报报送登记表"], ["报送对象：潮州市商务局"], ["报送日期", "月报月份", "报送方式", "是否附扶贫统计", "经办人"]];
  const rMerges = ["A1:E1", "A2:E2"];
  const rRecs = [];
  let yr = null;
  REP.forEach(([m, d, pov], j) => {
    if (d.slice(0, 4) !== yr) {
      yr = d.slice(0, 4);
      rRows.push([`${yr}年报送`, null, null, null, null]);
      rMerges.push(`A${rRows.length}:E${rRows.length}`);
    }
    rRows.push([mdOnly(d), `${Number(m.slice(5))}月`, j % 2 ? "粤政易" : "电子邮件", pov ? "有" : "无", personName()]);
    rRecs.push({ date: d, poverty: pov });
  });

  // ---------------- 专栏更新 (date-times lost their format: Excel serial with a fraction)
  const UPD = [["2020-06-15", "湘桥区电子商务进农村综合示范创建方案", "创建方案"], ["2020-06-15", "湘桥区电子商务进农村综合示范项目基本信息", "项目信息"],
    ["2020-06-22", "湘桥区电子商务进农村综合示范项目监督举报方式", "监督举报"]];
  for (const m of monthsBetween("2020-07", "2021-09")) {
    if (m === "2021-01" || m === "2021-05") continue;
    const [y, mo] = m.split("-").map(Number);
    UPD.push([`${m}-${String(rint(2, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, `湘桥区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`, "建设进度"]);
  }
  const uRows = [["信息发布管理 — 栏目：电子商务进农村综合示范"], ["ID", "标题", "子栏目", "发布人", "发布时间", "点击量"]];
  const uRecs = [];
  UPD.forEach(([d, t, c], j) => {
    const frac = (rint(8 * 60, 18 * 60) / 1440);
    uRows.push([10230 + j * 7 + rint(0, 5), t, c, "xqsw_admin", Number((excelSerial(d) + frac).toFixed(6)), rint(40, 800)]);
    uRecs.push({ date: d });
  });
  assert(inWindowMonths(uRecs.map((r) => r.date)) === 10, "l2 10 window months");

  // ---------------- 宣传报道
  const MED = [["2020-11-20", "湘桥区融媒体中心", "区级", "新媒体", "湘桥：电商服务站开进意溪村", "否", false], ["2021-01-15", "潮州日报", "市级", "报纸", "湘桥电商培训进村入户", "否", false],
    ["2021-03-12", "潮州广播电视台", "市级", "电视", "磷溪镇脱贫户直播卖凤凰单丛", "是", true], ["2021-05-28", "南方+", "省级", "网络", "湘桥区“电商＋非遗”助农", "否", false],
    ["2021-07-22", "广东广播电视台珠江频道", "省级", "电视", "潮州湘桥：手拉壶上直播间", "是", true], ["2021-08-19", "央视网", "中央级", "网络", "潮州湘桥电商进农村见闻", "否", false],
    ["2021-09-09", "中央广播电视总台财经频道（CCTV-2）", "中央级", "电视", "潮州：单丛茶的线上新路", "是", true]];
  const LV = { "中央级": "national", "省级": "province", "市级": "city", "区级": "county" };
  const mRows = [["湘桥区电子商务进农村宣传报道统计表"], ["序号", "报道日期", "媒体名称", "媒体级别", "媒体形式", "报道标题", "是否电商扶贫典型案例"]];
  const mRecs = [];
  MED.forEach(([d, o, lv, f, t, c, tv], j) => {
    mRows.push([j + 1, dateCell(d, j + 1), o, lv, f, `《${t}》`, c]);
    mRecs.push({ date: d, level: LV[lv], tv });
  });

  const cover = [["湘桥区电子商务进农村综合示范台账（汇编）"], ["目录"], ["1．村居名单"], ["2．站点运营"], ["3．资金支付"], ["4．月报报送"], ["5．专栏更新"], ["6．宣传报道"], ["湘桥区商务局　2021年9月"]];
  return {
    description:
      "潮州湘桥区商务局的一本台账汇编（目录加六张表）：①目录不是台账；②《村居名单》上下两张表——“一、行政村（村民委员会）”（序号｜镇（街道）｜村委会｜是否省定贫困村｜快递服务方式：“村级快递服务站”“邮政代投到村”都是通快递，“无，村民到镇自提”不是）和“二、社区（居民委员会）”（只有街道和社区名，类型从所在的表看），各有小计行；③《站点运营》两行表头，开业时间之后是“月度线上交易额”下2020年9月—2021年8月十二列和合计（交易额不是日期），开业时间有“21年1月”“20年8月”（两位年份、只到月）、日期格、“2020.10”“2021.3”（只到月，“2020.10”是10月）、“20/8/22”、“2021年4月13日”、Excel序号，另有社区站、同村第二站（2021.6.21）和“筹建中”没有日期的一站；④《资金支付》是国库集中支付凭证查询结果，支付日期是20201023这样的八位数字，金额元（有“295,600.00”文本、415,750.50），支付状态“已作废”“已退回”的不是支付（作废后重开、退回后6月25日重新支付的才算），合计行不是；⑤《月报报送》按“2020年报送”“2021年报送”分组，报送日期只写“9月8日”“1月6日”，年份看所在分组；⑥《专栏更新》是网站后台导出，发布时间丢了格式成了带小数的Excel序号（44119.4375），2021年1月、5月没有更新，有9月一条；⑦宣传报道级别写“中央级／省级／市级／区级”，形式“电视”的才是电视（央视网是网络），CCTV-2一条在9月。",
    sheets: [
      { name: "目录", rows: cover, merges: [] },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点运营", rows: sRows, merges: sMerges },
      { name: "资金支付", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: rRows, merges: rMerges },
      { name: "专栏更新", rows: uRows, merges: ["A1:F1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
    ],
    expect: {
      sheets: {
        "目录": { kind: null },
        "村居名单": { kind: "villages", records: vRecs },
        "站点运营": { kind: "stations", records: sRecs },
        "资金支付": { kind: "funds", records: fRecs },
        "月报报送": { kind: "reports", records: rRecs },
        "专栏更新": { kind: "disclosures", records: uRecs },
        "宣传报道": { kind: "media", records: mRecs },
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
write("counties", "b203-c1-yuncheng.json", c1);
write("facts", "b203-f1-duanzhou.json", f1);
write("facts", "b203-f2-mazhang.json", f2);
write("facts", "b203-f3-sihui.json", f3);
write("ledgers", "b203-l1-xinhui.json", l1);
write("ledgers", "b203-l2-xiangqiao.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
