// Batch 230 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b228.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (230230), no clock. Run: node test/corpus/_b230/gen-b230.js
//
// c1 清新区 (清远): the facts sheet is a《自评得分计算表》— 序号｜评价指标（分值）｜计算过程及依据｜自评分; every fact sits inside
//    the clerk's arithmetic (“培训人次4,3xx ÷ 常住人口35.18万人 = …”), the clerk's numbers are claims that the ledgers correct.
//    Ledgers: 村居名单, stations whose place is one “镇·村” cell, session-level 普及培训 (人次 text), a separate 脱贫户专场 sign-in,
//    poor persons, park firms (退园 after the cut-off still counts), 万元 funds with a 元 cell, reports, updates, media, materials,
//    and an 8月值班表 that is not a ledger.
// f1 开平市 (江门): a《考评基础信息表（代码填报）》— yes/no items answered with codes from a legend in the header (1-是 2-否
//    9-不清楚: 2 is “no”, 9 is not an answer), leader level and departments as codes (1 / “A、B、C、D、G”), units only in a 单位
//    column (万人, 万元), a date typed as 20200916, and a second block for judged points.
// f2 从化区 (广州): the city bureau's template kept with its 填报示例（请勿删除）column filled with example values; only the
//    从化区 column is the county's; several 从化区 cells left blank (not stated) while the example beside them is filled.
// f3 揭东区 (揭阳): an outline sheet with no merges — level-1 labels in A, level-2 in B, level-3 in C, level-4 in D, value in F and
//    unit in G; a child such as “2019年”, “时间” or “其中已参训” means something only through its parent rows above it.
// l1 禅城区 (佛山): ① the park's 楼层分布图 (floors as rows, rooms as columns; a cell holds 房号, firm, “类型｜入驻｜退园”; a firm in
//    two rooms is one merged cell; 2F is the public service centre, not firms); ② a 合同付款进度表 (one contract a row, three
//    payment date/amount pairs under merged headers, 万元); ③ 8月值班表 (not a ledger); ④ 经验材料报送.
// l2 三水区 (佛山): ① 村居快递 (brands named in a cell, “无（到镇取件）” is no; no 省定贫困村 column); ② 培训接龙 — WeChat sign-up
//    chains pasted one line a cell under a “#接龙 …日期” header (IDs with spaces / lower-case x / missing); ③ 宣传报道 with 媒体类别
//    and 形式 columns and links; ④ 填报说明 (not a ledger).
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
let seed = 230230;
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
    assert(/^b230-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b230-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b230-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 清远市清新区: 自评得分计算表（事实都在“计算过程”里）＋ 11 个台账 ＋ 值班表
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const POP = 351800;
  const ALLOC = 5000000;
  const TOWNS = ["太和镇", "太平镇", "山塘镇", "三坑镇", "龙颈镇", "禾云镇", "浸潭镇", "石潭镇"];
  const NV = [10, 11, 9, 9, 11, 10, 10, 8];
  const NC = [3, 1, 1, 0, 1, 0, 1, 0];
  const vn = villageNamer("坑塘岭洞围黎凤高白麻沙水松", "口背头塘坪冲田坝江岗陂寨");
  const cnm = nameMaker("城北南华锦", "和安丰兴盛", "社区", []);
  const villages = [];
  TOWNS.forEach((t, ti) => {
    for (let i = 0; i < NV[ti]; i++) villages.push({ town: t, name: vn(), admin: true, poor: false, express: true });
    for (let i = 0; i < NC[ti]; i++) villages.push({ town: t, name: cnm(), admin: false });
  });
  const adminV = villages.filter((v) => v.admin);
  const comms = villages.filter((v) => !v.admin);
  assert(adminV.length === 78 && comms.length === 7, "c1 villages");
  noStemClash(adminV.map((v) => v.name), comms.map((v) => v.name), "c1");
  const poorList = shuffle(adminV.filter((v) => v.town !== "太和镇")).slice(0, 14);
  for (const v of poorList) v.poor = true;
  const noExpress = adminV.filter((v) => v.town === "石潭镇" && !v.poor)[0];
  noExpress.express = false;

  // ---------------- 村居名单
  const VW = 7;
  const vRows = [padRow(["清远市清新区行政村（社区）名单"], VW), padRow(["（村委会、居委会据区民政局2021年换届名册；省定贫困村据区乡村振兴局认定）"], VW),
    ["序号", "镇（街）", "村（居）委会", "类型", "省定贫困村", "快递进村", "备注"]];
  const vForm = new Map();
  villages.forEach((v, i) => {
    if (v.admin) {
      const w = i % 4 === 0 ? v.name + "委会" : i % 4 === 1 ? v.name.replace(/村$/, "村民委员会") : v.name;
      vForm.set(v.name, w);
      vRows.push([i + 1, v.town, w, "村委会", v.poor ? "是" : "否", v.express ? "√" : "×", v.express ? null : "快递未进村，村民到镇上取件"]);
    } else vRows.push([i + 1, v.town, v.name + "居委会", "居委会", "—", "—", null]);
    if (i + 1 < villages.length && villages[i + 1].town !== v.town && i % 3 === 0) vRows.push(padRow([], VW));
  });
  vRows.push(padRow([null, "合计", `村委会${adminV.length}个、居委会${comms.length}个`], VW));

  // ---------------- 站点: 60 admin villages covered by the cut-off, 13 of 14 poor
  const stations = [];
  const lateP = poorList[5];
  for (const v of poorList) stations.push({ v, opened: v === lateP ? "2021-09-06" : randIsoBetween("2020-05-01", "2021-05-31") });
  const nonPoor = shuffle(adminV.filter((v) => !v.poor));
  for (const v of nonPoor.slice(0, 47)) stations.push({ v, opened: randIsoBetween("2020-05-01", "2021-08-20") });
  stations[stations.length - 1].opened = "2021-08";
  stations[stations.length - 2].opened = "2021-08-31";
  stations.push({ v: nonPoor[3], opened: randIsoBetween("2021-04-01", "2021-07-31"), second: true });
  for (const v of nonPoor.slice(47, 49)) stations.push({ v, opened: v === nonPoor[47] ? "2021-09-13" : "2021-10-08" });
  stations.push({ v: comms[0], opened: "2020-10-16" });
  stations.push({ v: comms[4], opened: "2021-03-02" });
  const covered = new Set();
  for (const s of stations) if (s.v.admin && openedBy(s.opened, CUT)) covered.add(s.v.name);
  const poorCovered = poorList.filter((v) => covered.has(v.name)).length;
  assert(covered.size === 60 && poorCovered === 13, "c1 coverage " + covered.size + "/" + poorCovered);
  const tIdx = (t) => TOWNS.indexOf(t);
  const sk = (s) => (s.opened.length === 7 ? s.opened + "-15" : s.opened);
  stations.sort((a, b) => tIdx(a.v.town) - tIdx(b.v.town) || cmp(sk(a), sk(b)));
  const SW = 7;
  const sRows = [padRow(["清新区村级电子商务服务站点清单"], SW), padRow(["填报单位：清新区商务局　　　　　　　　　　　　　更新日期：2021年10月15日"], SW),
    ["序号", "站点名称", "所在地\n（镇·村）", "负责人", "联系电话", "挂牌日期", "服务内容"]];
  stations.forEach((s, i) => {
    const stem = s.v.name.replace(/村$|社区$/, "");
    const nm = s.v.admin ? `${stem}村电商服务站${s.second ? "（二）" : ""}` : `${stem}社区电商服务点`;
    const place = s.v.admin ? `${s.v.town}·${i % 3 === 0 ? s.v.name : i % 3 === 1 ? s.v.name + "委会" : s.v.name.replace(/村$/, "村民委员会")}` : `${s.v.town}·${s.v.name}居委会`;
    const op = s.opened.length === 7 ? cnMonth(s.opened) : dateCell(s.opened, i);
    sRows.push([i + 1, nm, place, personName(), phone(), op, ["代购代销、代收快递", "农产品网销、代缴费", "快递收发、便民服务"][i % 3]]);
  });
  sRows.push(padRow(["注：所在地按“镇·村（居）”填写；居委会服务点不计入行政村覆盖；2021年9月以后挂牌的站点为考评后新增。"], SW));

  // ---------------- 普及培训（一期一行，人次）
  const sessions = [];
  let d0 = "2020-09-10";
  for (let k = 0; k < 23; k++) {
    const start = isoAdd(d0, rint(10, 14));
    const days = k % 5 === 2 ? 2 : 1;
    const end = isoAdd(start, days - 1);
    sessions.push({ start, end, n: rint(150, 205) });
    d0 = end;
  }
  assert(sessions[22].end <= "2021-08-31", "c1 sessions in window " + sessions[22].end);
  sessions.push({ start: "2021-09-14", end: "2021-09-15", n: 168 });
  const pt = sum(sessions.filter((s) => s.end <= CUT).map((s) => s.n));
  const ptAll = sum(sessions.map((s) => s.n));
  assert(ratioGE(pt, POP, 1), "c1 person-times >= 1% " + pt);
  const TOPICS = ["电商基础知识", "网店开设与运营", "直播带货实操", "短视频拍摄", "农产品包装与品牌", "社交电商", "电商客服与售后", "清新冰肉月饼网销专题"];
  const TW = 6;
  const tRows = [padRow(["清新区电子商务普及培训台账（按期次）"], TW), ["期次", "培训日期", "培训主题", "培训地点", "参训人次", "备注"]];
  sessions.forEach((s, k) => {
    const dt = s.start === s.end ? (k % 3 === 0 ? D(s.end) : k % 3 === 1 ? dotDate(s.end) : cnDate(s.end)) : rangeText(s.start, s.end, k % 2 ? "dot" : "cn");
    const nCell = k % 4 === 0 ? `${s.n}人次` : k % 4 === 1 ? fullWidth(String(s.n)) : s.n;
    tRows.push([`第${k + 1}期`, dt, TOPICS[k % TOPICS.length], ["区电商公共服务中心", "太和镇文化站", "浸潭镇政府会议室", "山塘镇电商服务站"][k % 4], nCell, s.start === s.end ? null : "两天班"]);
  });
  tRows.push(padRow(["合计", null, null, null, `${fmtInt(ptAll)}人次`], TW));
  tRows.push(padRow(["注：脱贫户专场培训另见《脱贫户专场签到》，未计入本表人次。"], TW));

  // ---------------- 脱贫人口
  const REG = "441803";
  const plan = [];
  for (let i = 0; i < 44; i++) plan.push({ labour: true, migrant: false });
  for (let i = 0; i < 12; i++) plan.push({ labour: true, migrant: true });
  for (let i = 0; i < 14; i++) plan.push({ labour: false, migrant: null });
  const poorP = shuffle(plan).map((p, i) => ({ ...p, id: makeId(REG, birthBetween(p.labour ? 1965 : 1940, p.labour ? 2000 : 1960), rnd() < 0.5, i === 7 ? true : undefined), name: personName(), village: poorList[i % 14].name }));
  const eligible = poorP.filter((p) => p.labour && !p.migrant);
  assert(eligible.length === 44, "c1 eligible");
  const PW = 8;
  const pRows = [padRow(["清新区建档立卡脱贫人口名单（有劳动能力情况）"], PW), ["序号", "户编号", "姓名", "与户主关系", "证件号码", "劳动技能", "务工状况", "所在村"]];
  let hh = 0;
  poorP.forEach((p, i) => {
    if (i % 3 === 0) hh++;
    const lab = p.labour ? (i % 3 === 0 ? "技能劳动力" : "普通劳动力") : i % 2 ? "丧失劳动力" : "无劳动力";
    const mig = !p.labour ? null : p.migrant ? (i % 2 ? "省外务工" : "县外省内务工") : i % 3 === 0 ? "乡（镇）内务工" : i % 3 === 1 ? "县内务工" : "未外出务工";
    pRows.push([i + 1, `QX${pad3(hh)}`, p.name, i % 3 === 0 ? "户主" : ["配偶", "之子", "之女"][i % 3], p.id, lab, mig, vForm.get(p.village)]);
  });

  // ---------------- 脱贫户专场签到
  const elig = shuffle(eligible);
  const trainedE = elig.slice(0, 20);
  const lateOnly = elig.slice(20, 23);
  const migrants = poorP.filter((p) => p.migrant === true).slice(0, 3);
  const noLab = poorP.filter((p) => !p.labour).slice(0, 2);
  const SP = ["2020-11-12", "2021-03-25", "2021-06-17", "2021-09-09"];
  const signs = [];
  trainedE.forEach((p, i) => {
    signs.push({ p, d: SP[i % 3] });
    if (i < 6) signs.push({ p, d: SP[(i + 1) % 3] });
  });
  migrants.forEach((p, i) => signs.push({ p, d: SP[i % 3] }));
  noLab.forEach((p, i) => signs.push({ p, d: SP[(i + 1) % 3] }));
  lateOnly.forEach((p) => signs.push({ p, d: SP[3] }));
  signs.sort((a, b) => cmp(a.d, b.d));
  const trainedElig = new Set(signs.filter((s) => s.d <= CUT && s.p.labour && !s.p.migrant).map((s) => s.p.id)).size;
  assert(trainedElig === 20, "c1 trained " + trainedElig);
  const CLAIM_TRAINED = 26;
  const GW = 6;
  const gRows = [padRow(["清新区脱贫户电商专场培训签到表（汇总）"], GW), ["序号", "培训日期", "姓名", "身份证号", "所在村", "签名"]];
  signs.forEach((s, i) => {
    const dc = s.d === SP[0] ? D(s.d) : s.d === SP[1] ? cnDate(s.d) : s.d === SP[2] ? dotDate(s.d) : slashDate(s.d);
    let idc = s.p.id;
    if (i % 7 === 3) idc = spacedId(idc);
    if (idc.endsWith("X") && i % 2) idc = idc.slice(0, -1) + "x";
    gRows.push([i + 1, dc, s.p.name, idc, vForm.get(s.p.village), "（已签）"]);
  });
  const ptWithPoor = pt + signs.filter((s) => s.d <= CUT).length;

  // ---------------- 产业园入驻企业
  const firmN = nameMaker("清新禾云太和北江飞来锦", "源汇达通丰盛润禾", "", []);
  const TYPES = ["平台型", "销售型", "电商运营商", "物流企业", "农产品加工"];
  const SUF = { 平台型: "电子商务平台有限公司", 销售型: "农产品贸易有限公司", 电商运营商: "电商运营服务有限公司", 物流企业: "供应链物流有限公司", 农产品加工: "食品有限公司" };
  const firms = [];
  for (let i = 0; i < 24; i++) {
    const type = TYPES[i % 5];
    firms.push({ name: "清远市" + firmN() + SUF[type], code: creditCode("441803"), type, entered: randIsoBetween("2020-04-01", "2021-07-31"), left: null });
  }
  firms[3].left = "2021-03-31";
  firms[9].left = "2021-06-15";
  firms[14].left = "2020-12-31";
  firms[14].entered = "2020-05-06";
  firms[20].left = "2021-09-15";
  firms[22].entered = "2021-09-01";
  firms[23].entered = "2021-09-18";
  firms.sort((a, b) => cmp(a.entered, b.entered));
  const inPark = firms.filter((f) => f.entered <= CUT && !(f.left && f.left < CUT));
  const typesIn = new Set(inPark.map((f) => f.type));
  assert(inPark.length === 19 && typesIn.size === 5, "c1 park " + inPark.length);
  const EW = 7;
  const eRows = [padRow(["太和电商产业园入驻企业清单"], EW), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退园时间", "备注"]];
  firms.forEach((f, i) => eRows.push([i + 1, f.name, f.code, f.type, dateCell(f.entered, i + 2), f.left ? dotDate(f.left) : "—", f.left && f.left > CUT ? "考评后退园" : null]));

  // ---------------- 资金拨付（万元，一格写元）
  const pays = [
    ["2020-07-20", 620000, "县级电商公共服务中心建设（首付）"], ["2020-09-28", 385000, "村级站点建设（第一批）"], ["2020-11-16", 452300, "电商培训服务采购"],
    ["2020-12-30", 298600, "物流配送体系建设"], ["2021-01-26", 517800, "公共服务中心建设（进度款）"], ["2021-03-12", 68500, "品牌设计服务"],
    ["2021-04-22", 341200, "村级站点建设（第二批）"], ["2021-05-31", 406900, "农产品溯源系统"], ["2021-07-08", 275400, "网络促销活动"],
    ["2021-08-27", 533000, "公共服务中心建设（尾款）"], ["2021-09-16", 410000, "电商培训服务采购（尾款）"],
  ];
  const spent = sum(pays.filter((p) => p[0] <= CUT).map((p) => p[1]));
  const spentAll = sum(pays.map((p) => p[1]));
  assert(ratioGE(spent, ALLOC, 70) && !ratioGE(spent, ALLOC, 90), "c1 spending " + spent);
  const FW6 = 6;
  const fRows = [padRow(["清新区电子商务进农村综合示范专项资金拨付台账"], FW6), padRow([null, null, null, null, "单位：万元"], FW6), ["序号", "拨付日期", "凭证号", "项目内容", "拨付金额", "备注"]];
  pays.forEach((p, i) => fRows.push([i + 1, dateCell(p[0], i), `记-${2020 + (p[0] > "2020-12-31" ? 1 : 0)}-${pad3(rint(10, 300))}`, p[2], p[1] === 68500 ? "68,500元" : wan(p[1]), p[1] === 68500 ? "此笔按元记" : null]));
  fRows.push(padRow([null, "合计", null, null, wan(spentAll)], FW6));

  // ---------------- 月报报送
  const rep = [];
  for (const m of monthsBetween("2020-08", "2021-08")) {
    if (m === "2021-01" || m === "2021-04") continue;
    const [y, mo] = m.split("-").map(Number);
    const nx = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, "0")}`;
    rep.push({ of: m, date: `${nx}-${String(rint(3, 9)).padStart(2, "0")}` });
  }
  const repMonths = inWindowMonths(rep.filter((r) => r.date <= CUT).map((r) => r.date));
  assert(repMonths === 10, "c1 report months " + repMonths);
  const rRows = [padRow(["向清远市商务局报送月报记录"], 5), ["序号", "所属月份", "报送日期", "是否附电商扶贫统计", "报送方式"]];
  rep.forEach((r, i) => rRows.push([i + 1, cnMonth(r.of), dateCell(r.date, i + 3), i % 3 === 0 ? "是" : "否", i % 2 ? "粤政易" : "电子邮件"]));

  // ---------------- 专栏更新
  const upd = [];
  for (const m of WINDOW) {
    const k = rint(1, 2);
    for (let j = 0; j < k; j++) upd.push(`${m}-${String(rint(1, 28)).padStart(2, "0")}`);
  }
  upd.sort(byIso);
  assert(inWindowMonths(upd) === 12, "c1 updates");
  const uRows = [padRow(["区政府网站“电子商务进农村综合示范”专栏更新记录"], 4), ["序号", "发布日期", "标题", "栏目"]];
  upd.forEach((d, i) => uRows.push([i + 1, dateCell(d, i), ["示范项目建设进度公示", "资金使用情况公示", "工作动态", "项目基本信息更新"][i % 4], i % 2 ? "建设进度" : "工作动态"]));

  // ---------------- 宣传报道
  const media = [
    ["2020-10-21", "南方日报", "省级", "报纸", "清新区：电商进村，山货出山", "否"],
    ["2021-01-19", "广东广播电视台《广东新闻联播》", "省级", "电视", "清新脱贫户直播卖“冰肉”", "是"],
    ["2021-04-08", "清新区融媒体中心", "县级", "网络", "我区举办第12期电商直播培训", "否"],
    ["2021-05-27", "“清新发布”公众号", "县级", "网络", "太和电商产业园新入驻企业签约", "否"],
    ["2021-09-08", "清远日报", "市级", "报纸", "清新区电商进农村示范创建成效显著", "否"],
  ];
  const mRows = [padRow(["宣传报道清单"], 7), ["序号", "日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"]];
  media.forEach((m, i) => mRows.push([i + 1, dateCell(m[0], i + 1), ...m.slice(1)]));
  const matRows = [padRow(["经验材料报送"], 4), ["序号", "报送日期", "材料名称", "报送单位"], [1, "2021.6.10", "清新区“电商＋冰肉”助农增收经验做法", "清远市商务局"]];
  const duty = [padRow(["清新区商务局2021年8月值班安排表"], 5), ["日期", "星期", "带班领导", "值班人员", "联系电话"]];
  for (let d = 1; d <= 31; d += 1) {
    const iso = `2021-08-${String(d).padStart(2, "0")}`;
    const w = weekday(iso);
    if (w === "六" || w === "日") duty.push([`8月${d}日`, `星期${w}`, personName(), personName(), mask(phone())]);
  }

  // ---------------- points
  const centerOpened = "2020-12-15";
  const cpt = { built: 2, six: centerOpened <= "2021-02-28" ? 2 : 0, train: 2, display: 1, photo: 1, brand: 1, other: 0, park: 2, twenty: inPark.length >= 20 ? 2 : 0, types: typesIn.size >= 3 ? 1 : 0 };
  const centerPts = sum(Object.values(cpt));
  const base = Math.min(adminV.length, 200);
  const covPts = (ratioGE(covered.size, base, 70) ? 5 : ratioGE(covered.size, base, 50) ? 2 : 0) + (poorCovered === poorList.length ? 5 : ratioGE(poorCovered, poorList.length, 80) ? 3 : 0);
  const R19 = 812000000, R20 = 1095000000;
  assert((R20 - R19) * 100 >= 30 * R19, "c1 growth");
  const expressOk = adminV.every((v) => v.express);
  const upPts = 2 + 1 + 1 + (expressOk ? 1 : 0) + 1 + 2;
  const ptPts = ratioGE(pt, POP, 1) ? 10 : ratioGE(pt, POP, 0.8) ? 8 : ratioGE(pt, POP, 0.6) ? 6 : 0;
  const poorPts = ratioGE(trainedElig, 44, 50) ? 10 : ratioGE(trainedElig, 44, 40) ? 8 : ratioGE(trainedElig, 44, 30) ? 6 : 0;
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": centerPts, "work.coverage": covPts,
    "work.upward": upPts, "work.training": ptPts + poorPts, "info.disclosure": 4, "info.reporting": (repMonths === 12 ? 3 : 1) + 3,
    "promo.cases": 2, "promo.media": 4 + 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": ratioGE(spent, ALLOC, 70) ? 4 : -5,
    "bonus.poorTraining": ratioGE(trainedElig, 44, 70) ? 2 : 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(centerPts === 12 && covPts === 8 && upPts === 7 && ptPts === 10 && poorPts === 8, "c1 pts " + [centerPts, covPts, upPts, ptPts, poorPts]);
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 80 && bonus === 1, "c1 total " + scored);

  // ---------------- 自评得分计算表
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": 14, "work.coverage": 10, "work.upward": 8,
    "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 4, "fund.ledger": 4,
    "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1,
  };
  const CW = 4;
  const cr = [padRow(["清新区2019年省级电子商务进农村综合示范创建考评自评得分计算表"], CW),
    padRow(["填报单位：清远市清新区商务局　　　数据截止：2021年8月31日　　　计算人：电商股"], CW),
    ["序号", "评价指标（分值）", "计算过程及依据", "自评分"]];
  const C = (label, id, text) => cr.push([cr.length - 2, label, text, claimed[id]]);
  C("组织领导（2）", "org.leadership", "清新府办〔2020〕15号成立领导小组：组长＝区长（主要领导）；成员单位＝区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区邮政管理局 → 主要领导牵头＋四部门齐全 → 2分");
  C("方案制定（2）", "org.plan", "《清新区电子商务进农村综合示范创建工作方案》2020年4月正式印发 → 自评2分");
  C("政策支持（2）", "org.policy", "《清新区促进农村电子商务发展若干措施》已出台，部分措施尚未兑现 → 自评1分");
  C("项目管理（4）", "org.management", "项目管理制度已建立，建设、验收环节落实 2分 ＋ 工作台账已建立、部分记录不全 1分 ＝ 3分");
  C("服务体系建设—县级中心与产业园（15）", "work.center", `公共服务中心2020.12.15投入运营 → 2；至2021.8.31运行8个半月＞6个月 → 2；免费培训场所设备 √ → 2；特色农产品免费展示销售 √ → 1；免费摄影美工 √ → 1；统一推广、品牌建设 √ → 1；其他衍生增值服务 × → 0；太和电商产业园已建成 → 2；入驻企业${firms.length}家 ≥20 → 2；平台、销售、运营、物流等5类 ≥3 → 1；合计 2+2+2+1+1+1+0+2+2+1 ＝ 14`);
  C("服务体系建设—村级站点覆盖（10）", "work.coverage", `已建站行政村61个 ÷ 行政村${adminV.length}个 ＝ ${pct1(61, adminV.length)} ≥70% → 5；省定贫困村${poorList.length}个，已建站${poorList.length}个 ＝ 100% → 5；合计10`);
  C("农村产品上行（10）", "work.upward", `网销调研报告 2；促销活动 1；第三方运营服务商（清远市供销电商公司）有 → 1；行政村快递覆盖100% → 1；农产品溯源系统 1；农村网络零售额：2019年8.12亿元 → 2020年10.95亿元，(10.95−8.12)÷8.12 ＝ ${pct1(R20 - R19, R19)} ≥30% → 2；合计8`);
  C("电商人才培训（20）", "work.training", `培训人次${fmtInt(ptAll)} ÷ 常住人口35.18万人 ＝ ${pct2(ptAll, POP)} ≥1% → 10；有劳动能力脱贫人口（不含外出务工）${eligible.length}人，参训${CLAIM_TRAINED}人，${CLAIM_TRAINED}÷${eligible.length} ＝ ${pct1(CLAIM_TRAINED, eligible.length)} ≥50% → 10；合计20`);
  C("信息公开（4）", "info.disclosure", "区政府网站设“电子商务进农村综合示范”专栏，公示创建方案、项目基本信息、项目建设进度，设监督举报电话 → 2；近一年按月更新 → 2；合计4");
  C("数据上报（6）", "info.reporting", "每月向清远市商务局报送工作月报 → 3；月报附电商扶贫统计表，能统计电商扶贫情况 → 3；合计6");
  C("案例总结（2）", "promo.cases", "2021年6月10日向市商务局报送经验材料 → 2");
  C("经验推广（8）", "promo.media", "南方日报（省级）4 ＋ 清远日报（市级）3 ＋ 清新区融媒体中心（县级）1 ＝ 8");
  C("制度建立（5）", "fund.system", "《清新区电子商务进农村综合示范专项资金管理办法》已制定并执行 → 自评4分");
  C("资金台账（5）", "fund.ledger", "承建方已建立资金专用台账 → 自评4分");
  C("资金支出（5）", "fund.spending", `省级下达500万元，累计拨付${wanText(spentAll, 2)}万元，${wanText(spentAll, 2)}÷500 ＝ ${pct1(spentAll, ALLOC)} ≥70%，按进度及时拨付 → 自评4分`);
  C("加分：脱贫人口培训率≥70%（2）", "bonus.poorTraining", `${CLAIM_TRAINED}÷${eligible.length} ＝ ${pct1(CLAIM_TRAINED, eligible.length)} ＜70% → 0`);
  C("加分：电商扶贫案例电视播报（2）", "bonus.tvCase", "2021年1月广东广播电视台播报脱贫户直播卖冰肉（省级） → 1");
  cr.push([cr.length - 2, "一票否决项", "未发生安全生产、质量事故或重大损失；项目总体进度92%（≥40%）；无弄虚作假 → 不涉及", "—"]);
  cr.push([null, "合计", "15项合计＋加分", `${sum(SCORED.map(([id]) => claimed[id]))}＋1`]);
  cr.push(padRow(["说明：计算过程中的数据均取自各台账，人次、人数统计至填表日。"], CW));
  for (const r of cr) assert(r.length === CW, "c1 calc width");

  const derivation = [
    "org.leadership: 计算过程：组长区长（主要领导），成员有区商务局、区财政局、区农业农村局、区乡村振兴局 → 2",
    "org.plan: 方案2020年4月正式印发，自评2 → 2",
    "org.policy: 若干措施已出台，自评1 → 1",
    "org.management: 管理制度2＋工作台账1 → 3",
    `work.center: 中心2020-12-15投入运营 ≤ 截止日 → 2；≤ 2021-02-28，满6个月 → 2；免费培训2、展示销售1、摄影美工1、品牌推广1；其他增值服务“×” → 0；产业园2；《产业园企业》截至8月31日在园${inPark.length}家（${dotDate(firms.find((f) => f.left === "2020-12-31").left)}、2021.3.31、2021.6.15退园的不算，2021.9.15退园的算，9月入驻两家不算） < 20 → 0（计算表写${firms.length}家）；在园类型5种 ≥ 3 → 1；合计${centerPts}（自评14）`,
    `work.coverage: 《村居名单》村委会${adminV.length}个（居委会${comms.length}个不算）；《站点清单》所在地“镇·村”拆出村名（××村／××村委会／××村民委员会同一村），截止日前有站的行政村${covered.size}个（同村二站算一次；两个居委会服务点不算；9月13日、10月8日挂牌的两村不算；“2021年8月”只到月和8月31日挂牌的算） → ${covered.size}/${adminV.length} = ${pct1(covered.size, adminV.length)} ≥ 70% → 5；省定贫困村${poorList.length}个，${vForm.get(lateP.name)}的站2021-09-06才挂牌 → ${poorCovered}/${poorList.length} = ${pct1(poorCovered, poorList.length)}，80%—100% → 3；合计${covPts}（自评10，计算表的61个含9月那个贫困村站）`,
    `work.upward: 调研2、促销1、标准溯源1；第三方运营服务商 → 1；《村居名单》${vForm.get(noExpress.name)}快递“×” → 覆盖率不是100% → 0（计算表写100%）；农村网零8.12→10.95亿元增${pct1(R20 - R19, R19)} ≥ 30% → 2；合计${upPts}（自评8）`,
    `work.training: 常住人口35.18万 → 1% = 3,518人次；《普及培训》截止日前23期人次合计${fmtInt(pt)}（“人次”文本、全角数字照读，两天班按结束日；第24期2021年9月14—15日${sessions[23].n}人次不算；合计行不另加），另加《脱贫户专场签到》截止日前${signs.filter((s) => s.d <= CUT).length}行共${fmtInt(ptWithPoor)}，无论加不加都 ≥ 1% → 10；《脱贫人口》技能／普通劳动力且非省外、县外省内务工的${eligible.length}人，截止日前在专场签到里按身份证号对上的${trainedElig}人（一人两场算一次；带空格、小写x的号照对；外出务工3人、无劳动力2人不在分母；9月9日那场的3人不算） → ${pct1(trainedElig, eligible.length)}，40%—50% → 8（计算表写参训${CLAIM_TRAINED}人，以名单为准）；合计${ptPts + poorPts}（自评20）`,
    "info.disclosure: 专栏公示方案、项目信息、建设进度、监督举报电话齐全 → 2；《专栏更新》2020年9月—2021年8月每月都有 → 2；合计4",
    `info.reporting: 《月报报送》按报送日期，2021年2月、5月没有报送（所属1月、4月的月报缺），窗口12个月只有${repMonths}个月 → 不定时 1；有“是否附电商扶贫统计”为“是”的 → 3；合计4（自评6）`,
    "promo.cases: 2021.6.10向清远市商务局报送经验材料 → 2",
    "promo.media: 截止日前：南方日报、广东广播电视台（省级） → 4；清新区融媒体中心、清新发布（县级） → 1；清远日报2021-09-08在截止日后，市级不算 → 合计5（自评8）",
    "fund.system: 自评4 → 4",
    "fund.ledger: 自评4 → 4",
    `fund.spending: 《资金拨付》单位万元，“68,500元”一格按元；截止日前10笔合计${fmtMoney(spent)}元（9月16日41万不算，合计行不另加）/ 5,000,000 = ${pct1(spent, ALLOC)} ≥ 70% → 及时拨付自评4 → 4`,
    `bonus.poorTraining: ${trainedElig}/${eligible.length} = ${pct1(trainedElig, eligible.length)} < 70% → 0`,
    "bonus.tvCase: 2021-01-19广东广播电视台《广东新闻联播》播报电商扶贫典型案例（省级电视） → 1",
    "veto.incident: 未发生 → 不否决",
    "veto.progress: 总体进度92% ≥ 40% → 不否决",
    "veto.fraud: 无弄虚作假 → 不否决",
  ];
  return {
    description:
      `清远清新区商务局整本考评工作簿（13个表：自评得分计算表＋11个台账＋8月值班表），${scored}＋加分${bonus}＝${scored + bonus}分、未否决（自评92＋1）：事实表是电商股的《自评得分计算表》——序号｜评价指标（分值）｜计算过程及依据｜自评分，所有事实都写在算式里（“培训人次${fmtInt(ptAll)} ÷ 常住人口35.18万人 ＝ …”“(10.95−8.12)÷8.12”），算式里的人次、参训人数、入驻家数、建站村数是含9月或未去重的，台账更正；台账：站点“所在地”一格写“镇·村”，普及培训按期一行（人次有文本和全角），脱贫户专场签到单列，产业园有考评后才退园的企业，资金万元台账夹一格元，月报缺两个月，市级报道在9月，另有一张8月值班表不是台账。`,
    sheets: [
      { name: "自评得分计算表", rows: cr, merges: ["A1:D1", "A2:D2", `A${cr.length}:D${cr.length}`] },
      { name: "村居名单", rows: vRows, merges: ["A1:G1", "A2:G2"] },
      { name: "站点清单", rows: sRows, merges: ["A1:G1", "A2:G2", `A${sRows.length}:G${sRows.length}`] },
      { name: "普及培训", rows: tRows, merges: ["A1:F1", `A${tRows.length}:F${tRows.length}`] },
      { name: "脱贫户专场签到", rows: gRows, merges: ["A1:F1"] },
      { name: "脱贫人口", rows: pRows, merges: ["A1:H1"] },
      { name: "产业园企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金拨付", rows: fRows, merges: ["A1:F1"] },
      { name: "月报报送", rows: rRows, merges: ["A1:E1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:D1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
      { name: "8月值班表", rows: duty, merges: ["A1:E1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}


// =====================================================================================================
// f1 — 江门开平市: 考评基础信息表（代码填报：1-是 2-否 9-不清楚）
// =====================================================================================================
function buildF1() {
  const W = 6;
  const rows = [padRow(["开平市电子商务进农村综合示范考评基础信息表（代码填报）"], W),
    padRow(["填写说明：①是否类指标填代码：1-是，2-否，9-不清楚；②牵头领导级别代码：1-主要领导，2-分管领导，3-其他；③参与部门代码：A-商务，B-财政，C-农业农村，D-乡村振兴（扶贫），E-交通运输，F-市场监管，G-邮政管理（多选用顿号隔开）；④数值只填数字，单位见“单位”栏。"], W),
    padRow(["填报单位：开平市商务局　　　　　　联系人：谭××　　　　　　填报日期：2021年9月3日"], W),
    ["序号", "指标", "填报值", "单位", "代码说明", "备注"]];
  const M = ["A1:F1", "A2:F2", "A3:F3"];
  const R = [
    ["县（市、区）名称", "开平市", null, null, null],
    ["考评截止日期", "2021.8.31", null, null, null],
    ["常住人口", 74.95, "万人", null, "第七次人口普查"],
    ["行政村（村委会）数", 226, "个", null, "不含社区居委会40个"],
    ["省定贫困村数", 16, "个", null, null],
    ["牵头领导级别", 1, "代码", "1-主要领导", "市长任组长"],
    ["参与部门", "A、B、C、D、E、G", "代码", "多选", null],
    ["已正式印发示范县工作方案", 1, "代码", "1-是 2-否 9-不清楚", null],
    ["已出台支持农村电商发展政策", 1, "代码", "同上", null],
    ["公共服务中心投入运营日期", 20200916, "年月日", "如20200101", null],
    ["有免费培训场所、培训设备", 1, "代码", "同上", null],
    ["为特色农产品提供免费展示、销售", 1, "代码", "同上", null],
    ["为市场主体提供免费摄影、美工", 2, "代码", "同上", "摄影美工按次收费"],
    ["组织统一推广、指导品牌建设", 1, "代码", "同上", null],
    ["提供其他衍生增值服务", 9, "代码", "同上", "待运营方确认"],
    ["建设或整合当地电商产业园", 1, "代码", "同上", null],
    ["有专业第三方电商运营或服务商", 1, "代码", "同上", null],
    ["行政村物流快递覆盖率达100%", 2, "代码", "同上", "大沙镇2个村未通"],
    ["2019年农村网络零售额", 385600, "万元", null, null],
    ["2020年农村网络零售额", 468900, "万元", null, null],
    ["2019年农产品网络零售额", null, "万元", null, "统计局未提供"],
    ["2020年农产品网络零售额", null, "万元", null, "统计局未提供"],
    ["培训人次", 7120, "人次", null, "截至8月31日"],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", 1386, "人", null, "市乡村振兴局确认"],
    ["其中参加电商培训", 702, "人", null, null],
    ["专栏公示创建方案", 1, "代码", "同上", null],
    ["专栏公示项目基本信息", 1, "代码", "同上", null],
    ["专栏公示项目建设进度", 1, "代码", "同上", null],
    ["专栏设立征求意见或监督举报窗口", 2, "代码", "同上", "正在建设"],
    ["能统计电商扶贫情况", 1, "代码", "同上", null],
    ["省级下达资金", 1500, "万元", null, null],
    ["累计拨付资金", "1,236.48", "万元", null, "国库支付口径"],
    ["已制定资金管理制度", 1, "代码", "同上", null],
    ["已建立资金专用台账", 1, "代码", "同上", null],
    ["项目总体进度", 91, "%", null, null],
    ["发生安全生产、质量事故或重大损失", 2, "代码", "同上", null],
    ["存在弄虚作假情况", 2, "代码", "同上", null],
  ];
  R.forEach((r, i) => rows.push([i + 1, ...r]));
  rows.push(padRow([]));
  rows.push(padRow(["二、主观评分项自评（填分值）"], W));
  M.push(`A${rows.length}:F${rows.length}`);
  rows.push(["序号", "评分项", "自评分", "分值范围", null, "备注"]);
  const J = [
    ["方案制定", 2, "1-2"], ["政策支持", 2, "1-2"], ["项目管理制度", 2, "1-2"], ["工作台账", 1, "1-2"], ["网销调研及建议", 1, "1-2"],
    ["网络促销活动", 2, "1-2"], ["交易标准及冷链、溯源", 1, "1-2"], ["资金管理制度", 5, "1-5"], ["资金专用台账", 4, "1-5"], ["资金及时拨付", 4, "1-5"],
  ];
  J.forEach((j, i) => rows.push([i + 1, j[0], j[1], j[2], null, null]));
  rows.push(padRow(["审核人：关××"], W));
  M.push(`A${rows.length}:F${rows.length}`);
  for (let i = 0; i < rows.length; i++) rows[i] = padRow(rows[i], W);
  return {
    description:
      "江门开平市商务局填的《考评基础信息表（代码填报）》：表头填写说明规定是否类填代码“1-是，2-否，9-不清楚”（2是否，不是“2分”；9不是答案），牵头领导级别填代码1（主要领导），参与部门填字母代码“A、B、C、D、E、G”，单位只在“单位”栏（万人、万元、%），运营日期写成20200916；农产品网零两格空着（未填）；下面另一块“主观评分项自评”只填分值。",
    sheets: [{ name: "基础信息表", rows, merges: M }],
    expect: {
      facts: {
        county: "开平市", asOf: "2021-08-31", residentPopulation: 749500, adminVillagesStated: 226, poorVillagesStated: 16, planIssued: true, policyIssued: true,
        centerOpened: "2020-09-16", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: false, ruralRetail2019: 3856000000, ruralRetail2020: 4689000000, trainingPersonTimesStated: 7120,
        eligiblePoorPersonsStated: 1386, trainedPoorPersonsStated: 702, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: false, povertyStatisticsStated: true, fundAllocated: 15000000, fundSpentStated: 12364800, fundSystemIssued: true,
        fundLedgerKept: true, overallProgress: 0.91, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 广州从化区: 市局模板保留“填报示例（请勿删除）”列
// =====================================================================================================
function buildF2() {
  const W = 6;
  const rows = [padRow(["电子商务进农村综合示范县（区）考评基础数据填报表"], W),
    padRow(["（模板说明：“填报示例”列为格式示例，请勿删除；请在本区（县）列填写本地数据，不填的视为未提供）"], W),
    ["序号", "填报项目", "计量单位", "填报示例（请勿删除）", "从化区", "备注"]];
  const M = ["A1:F1", "A2:F2"];
  const R = [
    ["考评截止日期", "—", "2021年8月31日", "2021年8月31日", null],
    ["常住人口", "万人", "42.6", "71.79", "七普"],
    ["行政村数", "个", "195", "221", "另有社区居委会40个"],
    ["省定贫困村数", "个", "39", "0", "从化区无省定贫困村"],
    ["领导小组组长（职务）", "—", "县长", "区委常委、常务副区长", null],
    ["领导小组成员单位", "—", "商务局、财政局、农业农村局、乡村振兴局", "区商务局、区财政局、区农业农村局、区交通运输局", null],
    ["工作方案是否正式印发", "是/否", "是", "是", "从府办函〔2020〕38号"],
    ["扶持政策是否出台", "是/否", "是", "否", "征求意见中"],
    ["公共服务中心投入运营时间", "年月日", "2020年3月26日", "2021年1月8日", null],
    ["免费培训场所及设备", "有/无", "有", "有", null],
    ["特色农产品免费展示销售", "有/无", "有", "有", null],
    ["免费摄影美工服务", "有/无", "有", "有", null],
    ["统一推广、品牌建设指导", "有/无", "有", null, null],
    ["其他衍生增值服务", "有/无", "有", "有", "代办商标注册"],
    ["电商产业园", "有/无", "有", "有", "从化电商产业园（太平镇）"],
    ["第三方运营服务商", "有/无", "有", "有", null],
    ["行政村快递覆盖率100%", "是/否", "是", "是", null],
    ["2019年农村网络零售额", "亿元", "6.50", "28.36", null],
    ["2020年农村网络零售额", "亿元", "8.62", "34.05", null],
    ["2020年农产品网络零售额同比增速", "%", "32.5", "41.2", "区统计局"],
    ["培训人次", "人次", "4385", "5,962", null],
    ["有劳动能力建档立卡贫困人口（不含外出务工）", "人", "3000", null, null],
    ["参训建档立卡贫困人口", "人", "1800", null, null],
    ["专栏公示创建方案", "是/否", "是", "是", null],
    ["专栏公示项目基本信息", "是/否", "是", "是", null],
    ["专栏公示建设进度", "是/否", "是", "否", "待补"],
    ["征求意见或监督举报窗口", "是/否", "是", "是", null],
    ["能统计电商扶贫情况", "是/否", "是", null, null],
    ["省级下达资金", "万元", "500", "1000", null],
    ["累计拨付资金", "万元", "416.78", "803.5", null],
    ["项目总体进度", "%", "85", "88", null],
    ["方案制定自评分（1-2分）", "分", "2", "2", null],
    ["政策支持自评分（1-2分）", "分", "2", null, "政策未出台，不自评"],
    ["项目管理制度自评分（1-2分）", "分", "2", "2", null],
    ["工作台账自评分（1-2分）", "分", "2", "2", null],
    ["资金管理制度自评分（1-5分）", "分", "5", "4", null],
    ["资金台账自评分（1-5分）", "分", "5", "4", null],
    ["资金及时拨付自评分（1-5分）", "分", "5", "5", null],
    ["是否发生安全生产、质量事故", "是/否", "否", "否", null],
    ["是否存在弄虚作假", "是/否", "否", "否", null],
  ];
  R.forEach((r, i) => rows.push([i + 1, ...r]));
  rows.push(padRow(["填报单位：广州市从化区商务局（盖章）　　　　填报人：欧××　　　　2021年9月6日"], W));
  M.push(`A${rows.length}:F${rows.length}`);
  return {
    description:
      "广州从化区商务局交回的广州市局模板《考评基础数据填报表》：序号｜填报项目｜计量单位｜填报示例（请勿删除）｜从化区｜备注，示例列整列填着示例值（42.6万人、195个行政村、“县长”、4385人次、500万元等，都不是从化区的），只读“从化区”列；省定贫困村填“0”（本区没有）；从化区有几格空着（品牌建设、贫困人口两项、扶贫统计、政策支持自评），示例有值也不算；组长“区委常委、常务副区长”是分管领导；网零单位亿元、资金万元，数有文本“5,962”。",
    sheets: [{ name: "填报表", rows, merges: M }],
    expect: {
      facts: {
        county: "从化区", asOf: "2021-08-31", residentPopulation: 717900, adminVillagesStated: 221, poorVillagesStated: 0, planIssued: true, policyIssued: false,
        centerOpened: "2021-01-08", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerOther: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 2836000000, ruralRetail2020: 3405000000, agriRetailGrowthStated: 0.412,
        trainingPersonTimesStated: 5962, disclosurePlan: true, disclosureProjects: true, disclosureProgress: false, disclosureWindow: true,
        fundAllocated: 10000000, fundSpentStated: 8035000, overallProgress: 0.88, vetoIncident: false, vetoFraud: false,
      },
      judged: { "org.plan": 2, "org.management.system": 2, "org.management.ledger": 2, "fund.system": 4, "fund.ledger": 4, "fund.spending": 5 },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f3 — 揭阳揭东区: 大纲式（按列缩进，无合并），子项只靠上级行读懂
// =====================================================================================================
function buildF3() {
  const W = 8;
  const rows = [padRow(["揭东区电子商务进农村综合示范创建情况（考评用）"], W),
    padRow(["揭阳市揭东区商务局　　数据截至2021年8月31日"], W),
    padRow(["项目", null, null, null, null, "内容", "单位", "说明"], W)];
  const L = (lvl, label, val, unit, note) => {
    const r = padRow([], W);
    r[lvl - 1] = label;
    if (val !== undefined) r[5] = val;
    if (unit !== undefined) r[6] = unit;
    if (note !== undefined) r[7] = note;
    rows.push(r);
  };
  L(1, "一、基本情况");
  L(2, "（一）常住人口", 52.37, "万人", "七普");
  L(2, "（二）区划");
  L(3, "行政村", 181, "个");
  L(3, "社区", 27, "个", "不计入覆盖率");
  L(3, "其中省定贫困村", 11, "个", "属行政村");
  L(2, "（三）网络零售额");
  L(3, "1.农村网络零售额");
  L(4, "2019年", 58.2, "亿元");
  L(4, "2020年", 71.6, "亿元");
  L(3, "2.农产品网络零售额");
  L(4, "2019年", 3.85, "亿元");
  L(4, "2020年", 5.12, "亿元");
  L(1, "二、组织领导");
  L(2, "（一）领导小组");
  L(3, "组长", "区委副书记、区长");
  L(3, "副组长", "副区长（分管商务）");
  L(3, "成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局");
  L(2, "（二）工作方案");
  L(3, "印发", "已印发", null, "揭东府办〔2020〕21号");
  L(3, "自评（1-2分）", 2, "分");
  L(2, "（三）扶持政策");
  L(3, "出台", "已出台");
  L(3, "自评（1-2分）", 1, "分");
  L(2, "（四）项目管理");
  L(3, "管理制度");
  L(4, "自评（1-2分）", 2, "分");
  L(3, "工作台账");
  L(4, "自评（1-2分）", 2, "分");
  L(1, "三、县级公共服务中心与产业园");
  L(2, "（一）公共服务中心");
  L(3, "投入运营");
  L(4, "时间", "2020年10月", null, "只记到月");
  L(3, "免费服务");
  L(4, "培训场所及设备", "有");
  L(4, "农产品展示销售", "有");
  L(4, "摄影美工", "无", null, "外包收费");
  L(4, "统一推广及品牌建设", "有");
  L(4, "其他衍生增值服务", "有");
  L(2, "（二）电商产业园");
  L(3, "建设或整合", "已整合");
  L(3, "入驻企业", 23, "家", "见清单");
  L(1, "四、农村产品上行");
  L(2, "（一）第三方运营服务商", "有");
  L(2, "（二）行政村快递覆盖率", "100%");
  L(2, "（三）自评");
  L(3, "网销调研（1-2分）", 2, "分");
  L(3, "促销活动（1-2分）", 2, "分");
  L(3, "交易标准及冷链溯源（1-2分）", 1, "分");
  L(1, "五、人才培训");
  L(2, "（一）培训人次", "5,486", "人次");
  L(2, "（二）建档立卡贫困人口");
  L(3, "有劳动能力（不含外出务工）", 1208, "人");
  L(3, "其中已参训", 655, "人");
  L(3, "培训率", "54.2%", null, "计算值");
  L(1, "六、信息公开与报送");
  L(2, "（一）政府网站专栏");
  L(3, "创建方案", "已公示");
  L(3, "项目基本信息", "已公示");
  L(3, "建设进度", "已公示");
  L(3, "监督举报窗口", "已设立");
  L(2, "（二）电商扶贫统计", "能统计");
  L(1, "七、资金");
  L(2, "（一）省级下达", 500, "万元");
  L(2, "（二）累计拨付", 412.6, "万元");
  L(2, "（三）支出率", "82.5%", null, "计算值");
  L(2, "（四）资金管理制度");
  L(3, "制定", "已制定");
  L(3, "自评（1-5分）", 4, "分");
  L(2, "（五）资金专用台账");
  L(3, "建立", "已建立");
  L(3, "自评（1-5分）", 4, "分");
  L(2, "（六）及时拨付");
  L(3, "自评（1-5分）", 3, "分");
  L(1, "八、否决事项");
  L(2, "（一）安全生产、质量事故", "未发生");
  L(2, "（二）项目总体进度", "86%");
  L(2, "（三）弄虚作假", "无");
  rows.push(padRow(["填表：郑××　　复核：林××"], W));
  return {
    description:
      "揭阳揭东区商务局的大纲式《创建情况（考评用）》：没有合并单元格，层级只靠所在列——一级标题在A列、二级在B列、三级在C列、四级在D列，值在F列、单位在G列；许多子项离开上级读不懂（“2019年”“2020年”分属农村网零和农产品网零，“时间”属“投入运营”，“其中已参训”属建档立卡贫困人口，各“自评（1-2分）”属所在上级项），组长“区委副书记、区长”是主要领导（区长），成员有区商务局、区财政局、区农业农村局、区乡村振兴局；运营时间只到月；培训率、支出率是计算值，不是输入。",
    sheets: [{ name: "创建情况", rows, merges: ["A1:H1", "A2:H2", `A${rows.length}:H${rows.length}`] }],
    expect: {
      facts: {
        county: "揭东区", asOf: "2021-08-31", residentPopulation: 523700, adminVillagesStated: 181, poorVillagesStated: 11, ruralRetail2019: 5820000000,
        ruralRetail2020: 7160000000, agriRetail2019: 385000000, agriRetail2020: 512000000, planIssued: true, policyIssued: true, centerOpened: "2020-10",
        centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true,
        expressCoverage: true, trainingPersonTimesStated: 5486, eligiblePoorPersonsStated: 1208, trainedPoorPersonsStated: 655, disclosurePlan: true,
        disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 5000000,
        fundSpentStated: 4126000, fundSystemIssued: true, fundLedgerKept: true, vetoIncident: false, overallProgress: 0.86, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "principal-all",
    },
  };
}


// =====================================================================================================
// l1 — 佛山禅城区: 产业园楼层分布图、合同付款进度表、8月值班表、经验材料报送
// =====================================================================================================
function buildL1() {
  const fn = nameMaker("禅季华祖庙石湾南庄澜张槎", "信达汇创优联品智", "", []);
  const SUF = { 平台型: "电子商务有限公司", 销售型: "贸易有限公司", 电商运营商: "电商运营服务有限公司", 物流企业: "供应链管理有限公司", 直播服务: "文化传媒有限公司" };
  const firm = (type, entered, left) => ({ name: "佛山市" + fn() + SUF[type], type, entered, left: left || null });
  const enText = (iso) => (iso.length === 7 ? monthDot(iso) : dotDate(iso));
  const cellOf = (room, f) => `${room}\n${f.name}\n${f.type}｜${enText(f.entered)}入驻${f.left ? "｜" + dotDate(f.left) + "退园" : ""}`;
  // floors top to bottom; each cell: [text-or-firm, span]
  const FL = [
    ["5F", [["501", firm("平台型", "2020-06")], ["502", firm("销售型", "2020-07-15", "2021-04-30")], ["503", null], ["504-505", firm("电商运营商", "2020-08"), 2], ["506", firm("直播服务", "2021-03-02")]]],
    ["4F", [["401", firm("销售型", "2020-09-10")], ["402", firm("平台型", "2020-06", "2021-09-20")], ["403", firm("直播服务", "2021-09")], ["404", firm("销售型", "2020-11-18")], ["405", firm("电商运营商", "2021-01")], ["406", null]]],
    ["3F", [["301", firm("销售型", "2020-07")], ["302-303", firm("平台型", "2020-10-26"), 2], ["304", firm("销售型", "2021-05-12")], ["305", firm("电商运营商", "2020-12", "2021-07-31")], ["306", firm("销售型", "2021-06")]]],
    ["2F", [["201-203", "公共服务中心培训室（120座）", 3], ["204", "直播间（公共）"], ["205-206", "农特产品展示展销厅", 2]]],
    ["1F", [["101-102", firm("物流企业", "2020-05"), 2], ["103", firm("物流企业", "2020-08-03")], ["104", "消防控制室"], ["105-106", "园区服务台、快递收发点", 2]]],
  ];
  const W = 7;
  const rows = [padRow(["禅城区电子商务产业园（季华园）入驻企业楼层分布图"], W), padRow(["（更新至2021年9月25日；格内：房号／企业名称／类型｜入驻时间｜退园时间）"], W), ["楼层", "01", "02", "03", "04", "05", "06"]];
  const M = ["A1:G1", "A2:G2"];
  const recs = [];
  for (const [floor, cells] of FL) {
    const r = padRow([floor], W);
    let c = 1;
    const rn = rows.length + 1;
    for (const cell of cells) {
      const [room, v, span] = cell;
      const sp = span || 1;
      if (v === null) r[c] = `${room}\n（空置）`;
      else if (typeof v === "string") r[c] = `${room}\n${v}`;
      else {
        r[c] = cellOf(room, v);
        recs.push({ name: v.name, type: v.type, entered: v.entered, left: v.left });
      }
      if (sp > 1) M.push(`${colName(c)}${rn}:${colName(c + sp - 1)}${rn}`);
      c += sp;
    }
    assert(c === W, "l1 floor width " + floor + " " + c);
    rows.push(r);
  }
  rows.push(padRow([]));
  rows.push(padRow(["说明：1.2F为县级电子商务公共服务中心公共区域，1F服务台为园区配套，均不是入驻企业；2.跨房号的企业合并单元格显示；3.“空置”为待招商。"], W));
  M.push(`A${rows.length}:G${rows.length}`);
  assert(recs.length === 16, "l1 firms " + recs.length);

  // ---------------- 合同付款进度（万元，三笔付款）
  const C = [
    ["县级电商公共服务中心装修及设备采购", "广东××建设工程有限公司", 186.5, [["2020-06-18", 55.95], ["2020-10-30", 93.25], ["2021-05-20", 37.3]]],
    ["村级电商服务站点建设", "佛山××网络科技有限公司", 120, [["2020-08-06", 36], ["2021-01-15", 60], null]],
    ["电商人才培训服务", "广州××教育咨询有限公司", 98.6, [["2020-09-02", 29.58], ["2021-03-08", 49.3], ["2021-09-06", 19.72]]],
    ["农村物流共同配送体系", "佛山××供应链管理有限公司", 145.8, [["2020-11-11", 43.74], null, null]],
    ["农产品品牌培育及网络推广", "佛山××文化传媒有限公司", 68, [["2021-02-03", 20.4], ["2021-06-28", 34], null]],
    ["公共服务中心运营服务（一年）", "佛山××电子商务有限公司", 80, [["2020-12-21", 24], ["2021-08-16", 32], null]],
  ];
  const FW = 12;
  const fr = [padRow(["禅城区电子商务进农村综合示范项目合同付款进度表"], FW), padRow([null, null, null, null, null, null, null, null, null, null, "单位：万元"], FW),
    ["序号", "合同名称", "承建单位", "合同金额", "第一笔（预付款）", null, "第二笔（进度款）", null, "第三笔（尾款）", null, "累计已付", "付款比例"],
    [null, null, null, null, "付款日期", "金额", "付款日期", "金额", "付款日期", "金额", null, null]];
  const FM = ["A1:L1", "A2:J2", "K2:L2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:H3", "I3:J3", "K3:K4", "L3:L4"];
  const funds = [];
  let k = 0;
  let totC = 0, totP = 0;
  C.forEach((c, i) => {
    const r = [i + 1, c[0], c[1], c[2]];
    let paid = 0;
    for (const p of c[3]) {
      if (!p) {
        r.push("—", "—");
        continue;
      }
      const fmt = k % 5;
      r.push(fmt === 4 ? twoDot(p[0]) : dateCell(p[0], fmt), p[1]);
      funds.push({ date: p[0], amount: Math.round(p[1] * 10000) });
      paid += Math.round(p[1] * 100);
      k++;
    }
    const paidW = paid / 100;
    r.push(paidW, pct1(paidW, c[2]));
    totC += Math.round(c[2] * 100);
    totP += paid;
    fr.push(r);
  });
  fr.push([null, "合计", null, totC / 100, null, null, null, null, null, null, totP / 100, pct1(totP, totC)]);
  fr.push(padRow(["注：付款日期以国库集中支付到账日期为准；“—”为尚未到付款节点。"], FW));
  FM.push(`A${fr.length}:L${fr.length}`);
  for (const r of fr) assert(r.length === FW, "l1 fund width");

  // ---------------- 8月值班表
  const duty = [padRow(["区商务局2021年8月节假日值班表"], 4), ["日期", "值班领导", "值班人员", "值班电话"]];
  for (const d of ["2021-08-07", "2021-08-08", "2021-08-14", "2021-08-15", "2021-08-21", "2021-08-22", "2021-08-28", "2021-08-29"]) duty.push([D(d), personName(), personName(), "0757-83" + String(rint(100000, 999999))]);

  // ---------------- 经验材料
  const mats = [["2021-03", "禅城区“产业园＋服务站”双轮驱动经验做法", "佛山市商务局", "2021年3月"], ["2021-06-18", "禅城区电商助力陶瓷产区农产品上行案例", "佛山市商务局", "2021.6.18"], ["2021-08-12", "禅城区电商进农村示范创建工作总结（经验材料）", "佛山市商务局", D("2021-08-12")]];
  const matRows = [padRow(["经验材料报送登记"], 5), ["序号", "报送时间", "材料名称", "报送对象", "报送方式"]];
  mats.forEach((m, i) => matRows.push([i + 1, m[3], m[1], m[2], ["公文交换", "电子邮件", "粤政易"][i]]));

  return {
    description:
      "佛山禅城区商务局的产业园与资金台账（四个表）：①《楼层分布》是园区招商用的楼层图——一层一行（5F在上、1F在下）、01—06房为列，一格三行“房号／企业名称／类型｜入驻时间｜退园时间”，跨两间的企业合并两格（算一家），空置房、2F公共服务中心培训室／直播间／展示厅、1F消防控制室和服务台都不是企业，入驻时间有“2020.6”只到月，退园有8月31日前和9月的；②《合同付款进度》一合同一行，两行表头下三笔付款各有“付款日期｜金额”两列（单位万元，在第2行右侧），一格一笔拨付、“—”是未付，日期有日期格、“2021.5.20”、“2020年10月30日”、“2020/8/6”、“21.1.15”两位年份，合计行和累计、比例列不是记录；③《8月值班表》不是台账；④《经验材料》报送时间有“2021年3月”只到月。",
    sheets: [
      { name: "楼层分布", rows, merges: M },
      { name: "合同付款进度", rows: fr, merges: FM },
      { name: "8月值班表", rows: duty, merges: ["A1:D1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:E1"] },
    ],
    expect: {
      sheets: {
        楼层分布: { kind: "enterprises", records: recs },
        合同付款进度: { kind: "funds", records: funds },
        "8月值班表": { kind: null },
        经验材料: { kind: "materials", records: mats.map((m) => ({ date: m[0] })) },
      },
    },
  };
}

// =====================================================================================================
// l2 — 佛山三水区: 村居快递（品牌写在格里）、培训接龙（微信群接龙粘贴）、宣传报道（媒体类别、形式、链接）、填报说明
// =====================================================================================================
function buildL2() {
  const TOWNS = ["西南街道", "云东海街道", "白坭镇", "乐平镇", "芦苞镇", "大塘镇", "南山镇"];
  const vn = villageNamer("金岗塘洲沙涌布坑黎杨", "头边尾口围岗基田冲");
  const cnm = nameMaker("河北西南", "口华城平", "社区", []);
  const BR = ["邮政、中通、韵达", "邮政、圆通、申通、极兔", "邮政、顺丰、中通", "邮政", "中通、韵达、百世"];
  const vw = [];
  TOWNS.forEach((t, ti) => {
    const nv = [3, 4, 5, 5, 6, 5, 4][ti];
    for (let i = 0; i < nv; i++) vw.push({ town: t, name: vn(), admin: true });
    if (ti < 3) vw.push({ town: t, name: cnm(), admin: false });
  });
  noStemClash(vw.filter((v) => v.admin).map((v) => v.name), vw.filter((v) => !v.admin).map((v) => v.name), "l2");
  const noEx = new Set([vw.filter((v) => v.admin && v.town === "南山镇")[1].name, vw.filter((v) => v.admin && v.town === "大塘镇")[3].name]);
  const VW = 6;
  const vRows = [padRow(["三水区行政村（社区）快递进村情况表"], VW), ["序号", "镇（街道）", "村（居）名称", "村/居", "进村快递品牌", "快递服务点"]];
  const vRecs = [];
  vw.forEach((v, i) => {
    const ex = !noEx.has(v.name);
    const written = v.admin ? (i % 2 ? v.name.replace(/村$/, "村委会") : v.name) : v.name;
    vRows.push([i + 1, v.town, written, v.admin ? "村" : "居", ex ? BR[i % BR.length] : "无（到镇取件）", ex ? `${v.name.replace(/村$|社区$/, "")}快递服务点` : "—"]);
    vRecs.push({ name: v.name, admin: v.admin, express: ex });
  });
  vRows.push(padRow(["注：三水区无省定贫困村。快递品牌指在村（居）设有收发点或按日派送到村的品牌。"], VW));

  // ---------------- 培训接龙
  const REG = "440607";
  const S = [
    { head: "#接龙 第1期 电商基础入门 2020年11月5日（区电商公共服务中心）", date: "2020-11-05", n: 8 },
    { head: "#接龙 第2期 网店装修与运营 2020.12.16 乐平镇文化站", date: "2020-12-16", n: 7 },
    { head: "#接龙 第3期 直播带货实操 2021/3/18 白坭镇电商服务站", date: "2021-03-18", n: 9 },
    { head: "#接龙 第4期 短视频拍摄剪辑 2021年6月9日—10日（两天）", date: "2021-06-10", n: 8 },
    { head: "#接龙 第5期 农产品网销专题 2021.9.2 大塘镇政府", date: "2021-09-02", n: 6 },
  ];
  const tRows = [padRow(["三水区电商培训报名接龙汇总（从各期微信群接龙复制）"], 2), padRow(["接龙内容", "整理备注"], 2)];
  const tRecs = [];
  let q = 0;
  S.forEach((s, si) => {
    tRows.push([s.head, null]);
    if (si % 2 === 0) tRows.push(["例 张三 44060719900101xxxx", "接龙格式示例，非学员"]);
    for (let j = 1; j <= s.n; j++) {
      q++;
      const id = makeId(REG, birthBetween(1970, 2002), rnd() < 0.5, q % 9 === 4 ? true : undefined);
      let txt = id;
      let rec = id;
      let note = null;
      if (q % 11 === 5) {
        txt = "（身份证后补）";
        rec = null;
      } else if (q % 13 === 7) {
        txt = maskId(id);
        rec = maskId(id);
        note = "本人只给后四位";
      } else if (q % 6 === 2) txt = id.slice(0, 6) + " " + id.slice(6, 14) + " " + id.slice(14);
      else if (id.endsWith("X")) txt = id.slice(0, -1) + "x";
      tRows.push([`${j}. ${personName()} ${txt}`, note]);
      tRecs.push({ date: s.date, personTimes: 1, id: rec });
    }
    tRows.push([`（本期接龙共${s.n}人）`, null]);
    tRows.push([null, null]);
  });
  checkTrainingIds(tRecs, "l2");

  // ---------------- 宣传报道
  const MD = [
    ["2020-10-14", "佛山日报", "市级媒体", "报纸", "三水“电商＋合作社”带旺乐平雪梨", "https://epaper.fsonline.com.cn/…", "city", false],
    ["2020-12-22", "三水电视台《三水新闻》", "区级媒体", "电视", "第2期网店运营培训开班", "—", "county", true],
    ["2021-03-30", "南方+客户端", "省级媒体", "网站", "三水：直播间里卖农产品", "https://static.nfapp.southcn.com/…", "province", false],
    ["2021-05-19", "今日头条“三水生活”号", "其他", "网站", "大塘镇村级电商服务站探访", "https://www.toutiao.com/…", null, false],
    ["2021-07-07", "央视农业农村频道《聚焦三农》", "中央媒体", "电视", "广东三水：电商让芦苞菜心出村进城", "—", "national", true],
    ["2021-08-25", "“三水发布”微信公众号", "区级媒体", "微信公众号", "三水区电商进农村示范创建迎检准备就绪", "https://mp.weixin.qq.com/…", "county", false],
  ];
  const mRows = [padRow(["三水区电子商务进农村宣传报道台账"], 7), ["序号", "发布日期", "媒体", "媒体类别", "形式", "标题", "链接"]];
  MD.forEach((m, i) => mRows.push([i + 1, dateCell(m[0], i + 2), m[1], m[2], m[3], m[4], m[5]]));
  const note = [["填报说明"], ["1.《村居快递》按镇（街道）排列，“村”为行政村，“居”为社区。"], ["2.《培训接龙》为各期微信群接龙原文复制，每行一人一次。"], ["3.《宣传报道》媒体类别按中央、省级、市级、区级填写，自媒体填“其他”。"]];
  return {
    description:
      "佛山三水区商务局的台账（四个表）：①《村居快递》序号｜镇（街道）｜村（居）名称｜村/居｜进村快递品牌｜快递服务点，快递不是是否而是品牌名单（有品牌即通），“无（到镇取件）”为否，村名“××村”“××村委会”混写，没有省定贫困村列（注明三水区无）；②《培训接龙》是微信群接龙原文贴在A列，一期一个“#接龙 第N期 …日期”标题行（日期写法各异，两天班取结束日，一期在9月），其下“序号. 姓名 身份证号”一行一人次，身份证号有带空格、小写x、“（身份证后补）”（无号）、打码的，“例 张三 …”示例行和“（本期接龙共N人）”行不是记录；③《宣传报道》级别看“媒体类别”（中央／省级／市级／区级，自媒体“其他”为未知），形式“电视”才是电视；④《填报说明》不是台账。",
    sheets: [
      { name: "村居快递", rows: vRows, merges: ["A1:F1", `A${vRows.length}:F${vRows.length}`] },
      { name: "培训接龙", rows: tRows, merges: ["A1:B1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "填报说明", rows: note },
    ],
    expect: {
      sheets: {
        村居快递: { kind: "villages", records: vRecs },
        培训接龙: { kind: "training", records: tRecs },
        宣传报道: { kind: "media", records: MD.map((m) => ({ date: m[0], level: m[6], tv: m[7] })) },
        填报说明: { kind: null },
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
write("counties", "b230-c1-qingxin.json", c1);
write("facts", "b230-f1-kaiping.json", f1);
write("facts", "b230-f2-conghua.json", f2);
write("facts", "b230-f3-jiedong.json", f3);
write("ledgers", "b230-l1-chancheng.json", l1);
write("ledgers", "b230-l2-sanshui.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
