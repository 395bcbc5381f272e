// Batch 219 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b216.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (219219), no clock. Run: node test/corpus/_b219/gen-b219.js
//
// c1 平远县 (梅州): the facts sheet is the provincial 考评管理系统's 自评填报 web page saved as Excel — breadcrumb, “* 标签｜值｜单位｜
//    灰字提示” rows, radios “(•) 是　( ) 否”, checkboxes ☑/☐, drop-downs “县委副书记、县长 ▾”/“2分 ▾”, system-computed growth, the
//    主观评分项 and 指标自评得分 tables, attachment and button rows; a hidden 下拉选项 sheet. Ledgers: 区划代码 village list, stations in
//    town blocks (84/120 = 70% exactly), sessions 线下｜线上｜合计, poor households one per row (members in 4-column groups), funds in
//    万元 with one “68,500元” cell that decides ≥ 70%, months-as-columns disclosure row, 8月31日 material.
// f1 三水区 (佛山): a 数据核对单 — every item has two candidate values side by side (①部门提供｜②系统已填) and a 采用 column (①/②/一致)
//    saying which one holds; judged points in a 拟自评｜局务会审定 table (read 审定).
// f2 潮南区 (汕头): a 调查问卷 answered by the clerk — question row, options row “A.… B.…”, answer row “答：B”; multi-choice letters
//    (“ABCEG” leaves out 乡村振兴局 → principal, not all), a full-width “Ａ”, skip instructions, “不清楚” and a range-only progress answer.
// f3 斗门区 (珠海): the 迎检汇报 PPT outline pasted into Excel — one block per slide (“━━ 幻灯片 n ━━”, title, “•”/“–” bullets, small
//    tables, chart data, monthly training in three wrapped rows, “备注：” speaker notes carrying the judged points).
// l1 兴宁市 (梅州): 填表说明; poor households one per row (户主/成员2…4 groups of 姓名｜身份证号｜劳动能力｜务工情况); a trainee ×
//    session attendance grid (√/✓ present, 请假/缺 not; dates in the second header row, one a range); express coverage by courier
//    brand ticks (any ✓ = covered); a hidden drop-down list sheet.
// l2 霞山区 (湛江): funds as a project × month matrix in 万元 (dates to the month); park lease contracts (租期起止 is not an exit;
//    解约退租日期 is); media with level as four tick columns under a merged 媒体级别; 月报回执 (报送时间, not 签收时间; attachment
//    list decides poverty statistics); a summary sheet.
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
let seed = 219219;
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
    assert(/^b219-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b219-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b219-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 梅州市平远县: 省考评管理系统“自评填报”网页另存为Excel（单选(•)/( )、多选☑/☐、下拉“▾”、必填“*”）＋ 12 个表
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "441426";
  const POP = 229870;
  const BASE = Math.min(POP, 500000);
  const TOWNS = [["大柘镇", 10, 5], ["仁居镇", 11, 1], ["东石镇", 10, 1], ["石正镇", 12, 0], ["八尺镇", 9, 0], ["差干镇", 8, 0], ["河头镇", 9, 0],
    ["中行镇", 8, 0], ["上举镇", 11, 0], ["泗水镇", 9, 0], ["长田镇", 12, 0], ["热柘镇", 11, 0]];
  const prefixes = ["大柘", "仁居", "东石", "石正", "八尺", "差干", "河头", "中行", "上举", "泗水", "长田", "热柘", "平远"];
  const vName = nameMaker("黄梅岭坑塘田水石高新上下东西南北龙凤桂竹", ["畲", "坑", "田", "塘", "岭", "背", "径", "洞", "排", "坪", "湖", "溪", "墩", "光", "丰", "和", "安"], "村", prefixes);
  const cName = nameMaker("锦城富华", ["兴", "平", "荣", "苑", "康"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "c1");
  assert(admin.length === 120 && comms.length === 7, "c1 120 villages + 7 communities");
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  const codeOf = {};
  towns.forEach((x, ti) => {
    x.cs.forEach((c, k) => { townOf[c] = x.t; codeOf[c] = `${REGION}${String(100 + ti + 1)}${String(k + 1).padStart(3, "0")}`; });
    x.vs.forEach((v, k) => { townOf[v] = x.t; codeOf[v] = `${REGION}${String(100 + ti + 1)}${String(200 + k + 1)}`; });
  });
  const poor = towns.slice(1).map((x) => x.vs[rint(0, x.vs.length - 1)]).concat([towns[3].vs[0]]);
  const poorSet = new Set(poor);
  assert(poor.length === 12 && poorSet.size === 12, "c1 12 poor villages");
  const poorLate = poor[7]; // its only station is dated “2021年9月”
  const others = shuffle(admin.filter((v) => !poorSet.has(v)));
  const covOthers = others.slice(0, 73);
  const vSept = others[73];

  // ---------------- 村居名单 (民政区划代码)
  const vRows = [["平远县村（居）民委员会名单（统计用区划代码）"], ["资料来源：县民政局　　省定贫困村、快递通达情况由县商务局补填（快递通达以县邮政管理部门核实为准）"],
    ["序号", "镇", "统计用区划代码", "名称", "城乡分类代码", "省定贫困村", "邮政快递通达"]];
  let sq = 0;
  for (const x of towns) {
    for (const c of x.cs) {
      sq++;
      vRows.push([sq, x.t, codeOf[c], `${short(c)}社区居民委员会`, "111", null, "是"]);
    }
    for (const v of x.vs) {
      sq++;
      vRows.push([sq, x.t, codeOf[v], `${short(v)}村民委员会`, x.t === "大柘镇" ? "122" : "220", poorSet.has(v) ? "是" : null, "是"]);
    }
  }
  vRows.push([`注：城乡分类代码111为主城区（居委会），122、220为村委会。合计村民委员会${admin.length}个、社区居民委员会${comms.length}个，省定贫困村${poor.length}个。`]);
  for (const r of vRows) padRow(r, 7);

  // ---------------- 站点清单 (按镇分块)
  const ST = [];
  poor.forEach((v) => ST.push({ v, op: v === poorLate ? "2021-09" : randIsoBetween("2020-06-01", "2021-07-31") }));
  covOthers.forEach((v, k) => ST.push({ v, op: k % 17 === 5 ? ym(randIsoBetween("2020-08-01", "2021-06-30")) : randIsoBetween("2020-06-01", "2021-08-28") }));
  ST.push({ v: covOthers[10], op: randIsoBetween("2021-03-01", "2021-08-20"), second: true });
  ST.push({ v: towns[0].cs[1], op: randIsoBetween("2020-09-01", "2021-05-30") });
  ST.push({ v: vSept, op: "2021-09-06" });
  const TORD = TOWNS.map((t) => t[0]);
  ST.sort((a, b) => TORD.indexOf(townOf[a.v]) - TORD.indexOf(townOf[b.v]) || cmp(a.op, b.op));
  const sRows = [["平远县村级电子商务服务站点清单"], ["填报单位：平远县商务局（盖章）　　　　　　　　　　　　　填报日期：2021年9月7日"],
    ["序号", "站点名称", "所在村（社区）", "负责人", "联系电话", "挂牌运营时间", "服务内容"]];
  const sMerges = ["A1:G1", "A2:G2"];
  let sj = 0;
  for (const t of TORD) {
    const list = ST.filter((s) => townOf[s.v] === t);
    if (!list.length) continue;
    sRows.push([`${CN_NUM[TORD.indexOf(t) + 1]}、${t}（${list.length}个）`]);
    sMerges.push(`A${sRows.length}:G${sRows.length}`);
    list.forEach((s, k) => {
      sj++;
      const isC = s.v.endsWith("社区");
      const vc = isC ? `${short(s.v)}社区居委会` : [s.v, `${short(s.v)}村委会`, `${short(s.v)}村民委员会`][sj % 3];
      let dc;
      if (s.op === "2021-09") dc = "2021年9月";
      else if (s.op === "2021-09-06") dc = "2021.9.6";
      else if (s.op.length === 7) dc = cnMonth(s.op);
      else dc = sj % 7 === 3 ? twoDot(s.op) : dateCell(s.op, sj);
      sRows.push([k + 1, `平远县${short(s.v)}${isC ? "社区" : "村"}电商服务站${s.second ? "（二站）" : ""}`, vc, personName(), mask(phone()), dc,
        ["代购代销、快递收发", "农产品上行、便民缴费", "电商宣传、代购代销"][sj % 3]]);
    });
  }
  sRows.push(["注：序号按镇分别编排；挂牌运营时间只知月份的按月填写。"]);
  sMerges.push(`A${sRows.length}:G${sRows.length}`);
  for (const r of sRows) padRow(r, 7);
  const adminSet = new Set(admin);
  const covSet = new Set(ST.filter((s) => openedBy(s.op, CUT) && adminSet.has(s.v)).map((s) => s.v));
  const covBase = Math.min(admin.length, 200);
  const covPoor = poor.filter((v) => covSet.has(v));
  assert(covSet.size === 84 && ratioGE(84, covBase, 70) && !ratioGE(83, covBase, 70), "c1 84/120 = 70% exactly");
  assert(covPoor.length === 11 && ratioGE(11, 12, 80) && covPoor.length < 12, "c1 poor 11/12");

  // ---------------- 培训台账 (线下｜线上｜合计)
  const SES = [
    ["2020-09-23", "2020-09-25", "农村电商基础知识", 120, 0], ["2020-10-27", null, "网店开设与运营", 86, 0], ["2020-11-18", null, "直播带货入门（线上直播课）", 0, 248],
    ["2020-12-15", "2020-12-16", "农产品包装与品牌（平远脐橙、梅片）", 94, 0], ["2021-01-20", null, "短视频拍摄与剪辑", 72, 131], ["2021-03-23", null, "电商客服与物流", 105, 0],
    ["2021-04-20", "2021-04-22", "农村电商带头人提升班", 63, 0], ["2021-05-25", null, "社群营销（线上）", 0, 301], ["2021-06-22", null, "直播电商进阶", 118, 96],
    ["2021-07-20", null, "脱贫户电商技能专班", 88, 0], ["2021-08-24", "2021-08-26", "农村电商创业孵化营", 77, 0]];
  const ses = SES.map(([a, b, t, off, on], k) => ({ no: k + 1, start: a, end: b || a, topic: t, off, on }));
  let diff = 1832 - sum(ses.map((s) => s.off + s.on));
  for (let j = 0; diff !== 0; j = (j + 1) % ses.length) {
    const key = ses[j].off > 0 ? "off" : "on";
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 7);
    ses[j][key] += st;
    diff -= st;
  }
  const sept = { no: 12, start: "2021-09-07", end: "2021-09-07", topic: "电商政策解读（迎检）", off: 180, on: 0 };
  ses.push(sept);
  const ptCut = sum(ses.filter((s) => s.end <= CUT).map((s) => s.off + s.on));
  assert(ptCut === 1832 && !ratioGE(ptCut, BASE, 0.8) && ratioGE(ptCut, BASE, 0.6) && ratioGE(ptCut + 180, BASE, 0.8), "c1 1,832/229,870 = 0.797%");
  const sesDate = (s, j) => {
    if (s === sept) return "2021.9.7";
    if (s.end !== s.start) {
      const [y, m, d] = ymd(s.start);
      return j % 2 ? `${y}.${m}.${d}-${ymd(s.end)[2]}` : `${y}年${m}月${d}日-${ymd(s.end)[2]}日`;
    }
    return dateCell(s.start, j);
  };
  const tRows = [["平远县农村电商培训台账（按期次）"], ["单位：人次　　线上人次以平台实名签到数为准"],
    ["期次", "培训时间", "培训内容", "培训人次", null, null, "备注"], [null, null, null, "线下", "线上", "合计", null]];
  const tMerges = ["A1:G1", "A2:G2", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4"];
  ses.forEach((s, j) => tRows.push([`第${s.no}期`, sesDate(s, j), s.topic, s.off || "—", s.on || "—", s.off + s.on, s === sept ? "9月补训" : s.end !== s.start ? "按结业日统计" : null]));
  tRows.push(["合计", null, null, sum(ses.map((s) => s.off)), sum(ses.map((s) => s.on)), sum(ses.map((s) => s.off + s.on)), "含第12期"]);
  tMerges.push(`A${tRows.length}:C${tRows.length}`);

  // ---------------- 建档立卡贫困户（一户一行）
  const plan = shuffle([].concat(Array(30).fill("E"), Array(5).fill("M"), Array(6).fill("N")));
  let xGiven = false;
  const persons = plan.map((c) => {
    const birth = c === "N" ? birthBetween(1936, 1955) : birthBetween(1966, 2000);
    const wantX = c === "E" && !xGiven ? true : undefined;
    if (wantX) xGiven = true;
    return { c, id: makeId(REGION, birth, rnd() < 0.5, wantX), name: personName() };
  });
  const hh = [];
  for (let i = 0; i < persons.length;) {
    const n = Math.min(persons.length - i, rint(2, 4));
    hh.push({ v: poor[hh.length % poor.length], mem: persons.slice(i, i + n) });
    i += n;
  }
  const LAB = { E: ["有劳动能力", "弱劳动能力"], M: ["有劳动能力"], N: ["无劳动能力", "丧失劳动能力"] };
  const JOB = { E: ["县内务工", "未务工", "公益性岗位", "县内务工"], M: ["县外务工", "省外务工"], N: ["—"] };
  const maxM = Math.max(...hh.map((h) => h.mem.length));
  const W = 3 + maxM * 4;
  const pRows = [["平远县建档立卡贫困户家庭成员劳动力情况（一户一行）"], ["说明：弱劳动能力属有劳动能力；县外务工、省外务工为外出务工。数据来源：县乡村振兴局（2021年8月）"],
    ["户序号", "镇", "村"], [null, null, null]];
  const pMerges = [`A1:${colName(W - 1)}1`, `A2:${colName(W - 1)}2`, "A3:A4", "B3:B4", "C3:C4"];
  for (let k = 0; k < maxM; k++) {
    const c0 = 3 + k * 4;
    pRows[2][c0] = k === 0 ? "户主" : `家庭成员${k + 1}`;
    pRows[3].push("姓名", "身份证号", "劳动能力", "务工情况");
    pMerges.push(`${colName(c0)}3:${colName(c0 + 3)}3`);
  }
  let pc = 0;
  hh.forEach((h, i) => {
    const r = [i + 1, townOf[h.v], h.v];
    for (const p of h.mem) {
      pc++;
      r.push(p.name, p.id, LAB[p.c][pc % LAB[p.c].length], JOB[p.c][pc % JOB[p.c].length]);
    }
    pRows.push(padRow(r, W));
  });
  for (const r of pRows) padRow(r, W);
  const elig = persons.filter((p) => p.c === "E");
  const xPerson = elig.find((p) => isX(p.id));
  assert(elig.length === 30 && xPerson, "c1 30 eligible");

  // ---------------- 参训贫困人口
  const before = ses.filter((s) => s.end <= CUT);
  const eligSh = shuffle(elig.filter((p) => p !== xPerson));
  const trained = [xPerson].concat(eligSh.slice(0, 20)); // 21
  const TR = trained.map((p, k) => ({ p, s: before[(k * 5 + 2) % before.length], id: p === xPerson ? p.id.slice(0, 17) + "x" : k === 3 ? spacedId(p.id) : p.id }));
  TR.push({ p: trained[6], s: before[before.length - 1], id: trained[6].id, note: "第二次参训" });
  TR.push({ p: eligSh[20], s: sept, id: eligSh[20].id });
  const mig0 = persons.find((p) => p.c === "M");
  TR.push({ p: mig0, s: before[4], id: mig0.id, note: "春节返乡参训" });
  const TRs = TR.slice().sort((a, b) => a.s.no - b.s.no);
  const eligIds = new Set(elig.map((p) => p.id));
  const trainedCut = new Set(TRs.filter((t) => t.s.end <= CUT).map((t) => normId(t.id)).filter((id) => eligIds.has(id)));
  assert(trainedCut.size === 21 && ratioGE(21, 30, 70) && !ratioGE(20, 30, 70) && ratioGE(20, 30, 50), "c1 21/30 = 70%");
  const trRows = [["建档立卡贫困人口参加电商培训名单"], ["序号", "姓名", "身份证号码", "所在村", "参训期次", "培训时间", "备注"]];
  TRs.forEach((t, j) => {
    const hv = hh.find((h) => h.mem.includes(t.p)).v;
    trRows.push([j + 1, t.p.name, t.id, hv, `第${t.s.no}期`, sesDate(t.s, ses.indexOf(t.s)), t.note || null]);
  });

  // ---------------- 电商产业园入驻企业
  const FIRMS = [["平远县脐橙优品电子商务有限公司", "销售型"], ["平远县客家山货网店", "销售型"], ["平远县梅片树电商商行", "销售型"], ["平远县远购网络科技有限公司", "平台型"],
    ["平远县仁居红茶电商有限公司", "销售型"], ["平远县差干米酒网店", "销售型"], ["平远县云联电商代运营有限公司", "电商运营商"], ["平远县农创电商服务有限公司", "电商运营商"],
    ["平远县速达物流有限公司", "物流企业"], ["平远县八尺豆腐干电商商行", "销售型"], ["平远县五指石直播传媒有限公司", "直播电商"], ["平远县石正柚电商网店", "销售型"],
    ["平远县县域仓配中心有限公司", "物流企业"], ["平远县乡味优选网络科技有限公司", "平台型"], ["平远县河头竹编电商有限公司", "销售型"], ["平远县梅州农品供应链有限公司", "供应链"],
    ["平远县泗水茶油网店", "销售型"], ["平远县数字营销服务有限公司", "电商运营商"], ["平远县热柘农家电商商行", "销售型"], ["平远县长田稻米电商有限公司", "销售型"]];
  const firms = FIRMS.map(([n, t]) => ({ n, t, code: creditCode(REGION), ent: randIsoBetween("2020-07-01", "2021-08-20"), left: null }));
  firms[4].left = "2021-09-10";
  const leftF = { n: "平远县好客来电商商行", t: "销售型", code: creditCode(REGION), ent: "2020-09-15", left: "2021-06-15" };
  const lateF = { n: "平远县绿源农品电子商务有限公司", t: "销售型", code: creditCode(REGION), ent: "2021-09-02", left: null };
  const roll = firms.concat([leftF, lateF]).sort((a, b) => cmp(a.ent, b.ent));
  const eRows = [["平远县电子商务产业园入驻企业名单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注"]];
  roll.forEach((f, j) => eRows.push([j + 1, f.n, f.code, f.t, f === lateF ? "2021.9.2" : dateCell(f.ent, j + 2), f.left ? (f.left > CUT ? "2021.9.10" : cnDate(f.left)) : null,
    f === lateF ? "9月新入驻" : f.left ? "已退园" : null]));
  const inPark = roll.filter((f) => openedBy(f.ent, CUT) && !(f.left && f.left < CUT));
  const inParkCodes = new Set(inPark.map((f) => f.code));
  const typesIn = new Set(inPark.map((f) => f.t));
  assert(inParkCodes.size === 20 && typesIn.size >= 3, "c1 20 firms in the park");

  // ---------------- 资金拨付（万元，个别格写元）
  const PAY = [["2020-09-18", 600000, "县电子商务公共服务中心建设"], ["2020-11-05", 450000, "村级电商服务站点建设（第一批）"], ["2020-12-22", 385000, "农村电商人才培训"],
    ["2021-01-28", 520000, "县镇村三级物流配送体系"], ["2021-03-16", 312800, "农产品品牌培育及营销推广"], ["2021-04-27", 68500, "站点设备补充采购"],
    ["2021-05-31", 426000, "村级电商服务站点建设（第二批）"], ["2021-07-09", 380500, "县电子商务公共服务中心运营"], ["2021-08-30", 420000, "农产品上行及网络促销"],
    ["2021-09-14", 400000, "县镇村三级物流配送体系（尾款）"]];
  const ALLOC = 5000000;
  const spent = sum(PAY.filter((p) => p[0] <= CUT).map((p) => p[1]));
  assert(spent === 3562800 && ratioGE(spent, ALLOC, 70) && !ratioGE(spent - 68500, ALLOC, 70), "c1 spent 3,562,800 = 71.26%; without the 元 row 69.89%");
  const fRows = [["平远县电子商务进农村综合示范专项资金拨付台账"], ["金额单位：万元（另注明的除外）"], ["序号", "拨付日期", "项目", "收款单位", "拨付金额", "凭证号"]];
  PAY.forEach(([d, a, p], j) => fRows.push([j + 1, d > CUT ? "2021.9.14" : dateCell(d, j + 1), p, ["平远县云联电商代运营有限公司", "中国邮政集团有限公司平远县分公司", "平远县农创电商服务有限公司", "平远县速达物流有限公司"][j % 4],
    a === 68500 ? "68,500元" : wan4(a), `PY-ZF-${pad3(j * 3 + 11)}`]));
  fRows.push(["合计", null, null, null, wan4(sum(PAY.map((p) => p[1]))), null]);

  // ---------------- 月报报送
  const rRows = [["平远县向梅州市商务局报送月报情况"], ["序号", "报送时间", "报送内容", "报送方式", "附电商扶贫统计"]];
  monthsBetween("2020-09", "2021-09").forEach((m, j) => {
    let dd = `${m}-${String(rint(3, 9)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(dd)) || (dd >= "2020-10-01" && dd <= "2020-10-08")) dd = isoAdd(dd, 1);
    rRows.push([j + 1, [slashDate(dd), cnDate(dd), D(dd)][j % 3], `${cnMonth(monthsBetween("2020-08", "2021-08")[j])}电商进农村工作月报`, "粤政易", "√"]);
  });

  // ---------------- 专栏更新（月份为列，一行）
  const uHead = ["栏目"].concat(WINDOW.map((m) => cnMonth(m)));
  const uCells = ["平远县人民政府网“电子商务进农村综合示范”专栏"].concat(WINDOW.map((m, k) => (m === "2021-01" ? null : k % 3 === 0 ? `${Number(m.slice(5))}.${rint(5, 27)}` : "✓")));
  const uRows = [["专栏更新情况（近一年）"], ["说明：专栏公示创建方案、项目基本信息、建设进度并设监督举报电话；格内为当月更新日期或✓。"], uHead, uCells];
  const disMonths = uCells.slice(1).filter((c) => c !== null).length;
  assert(disMonths === 11, "c1 disclosure 11 months");

  // ---------------- 宣传报道 / 经验材料
  const MED = [["2020-10-20", "平远电视台《平远新闻》", "县级", "电视", "我县首批村级电商服务站挂牌", "否"], ["2021-03-12", "南方日报", "省级", "报纸", "平远脐橙“触网”销全国", "否"],
    ["2021-07-16", "广东广播电视台《广东新闻联播》", "省级", "电视", "平远：脱贫户直播卖梅片", "是"], ["2021-09-05", "梅州日报", "市级", "报纸", "平远电商进农村见成效", "否"]];
  const mRows = [["宣传报道登记"], ["序号", "日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
  MED.forEach((m, j) => mRows.push([j + 1, m[0] > CUT ? "2021.9.5" : dateCell(m[0], j + 2), m[1], m[2], m[3], m[4], m[5]]));
  const matRows = [["经验材料报送"], ["序号", "报送日期", "材料名称", "报送单位"], [1, "2021.8.31", "《平远县“电商＋脐橙”助农增收经验做法》", "梅州市商务局"]];

  // ---------------- 下拉选项 (hidden)
  const opt = [["下拉选项（系统模板，请勿修改）"], ["是否", "是", "否"], ["领导", "县委书记", "县委副书记、县长", "副县长", "其他"], ["分值1-2", "1分", "2分"], ["分值1-5", "1分", "2分", "3分", "4分", "5分"]];

  // ---------------- 系统页面 (the facts)
  const F = [];
  const FM = [];
  const line = (t) => { F.push([t, null, null, null, null, null]); FM.push(`A${F.length}:F${F.length}`); };
  const fld = (label, val, unit, hint) => { F.push([label, val, unit || null, hint || null, null, null]); FM.push(`D${F.length}:F${F.length}`); };
  const radio = (on, a, b) => `${on ? "(•)" : "( )"} ${a}　${on ? "( )" : "(•)"} ${b}`;
  line("广东省商务厅　电子商务进农村综合示范考评管理系统");
  line("首页 > 考评管理 > 2019年度省级电子商务进农村综合示范县考评 > 自评填报");
  line("当前单位：平远县商务局　　账号：pyx_sw01　　填报状态：已提交（2021-09-06 16:42:18）　　考评截止日期：2021-08-31");
  line("【基本信息】　　指标自评　　佐证材料　　提交记录");
  F.push([null, null, null, null, null, null]);
  line("▍一、县（市、区）基本情况　　　（带 * 为必填项）");
  fld("* 县（市、区）", "平远县", null, "系统自动带出");
  fld("* 常住人口", 22.987, "万人", "请填写第七次全国人口普查数据，保留三位小数");
  fld("  户籍人口", 26.41, "万人", "选填，不作考评基数");
  fld("* 行政村数", 120, "个", "不含社区（居委会）");
  fld("* 省定贫困村数", 12, "个", null);
  line("▍二、组织领导");
  fld("* 领导小组组长", "县委副书记、县长 ▾", null, "下拉选择");
  fld("* 成员单位（可多选）", "☑商务局　☑财政局　☑农业农村局　☑乡村振兴局（原扶贫办）　☑交通运输局　☐市场监管局　☑邮政管理局", null, null);
  fld("* 示范创建工作方案", radio(true, "已正式印发", "未印发"), null, "文号：平府办〔2020〕9号");
  fld("* 农村电商扶持政策", radio(true, "已出台", "未出台"), null, "《平远县促进农村电子商务发展若干措施》");
  line("▍三、县级电子商务公共服务中心及产业园");
  fld("* 投入运营日期", "2021-02-28", null, "格式：yyyy-mm-dd");
  fld("* 免费培训场所及设备", radio(true, "是", "否"), null, null);
  fld("* 免费展示、销售服务", radio(true, "是", "否"), null, null);
  fld("* 免费摄影、美工服务", radio(true, "是", "否"), null, null);
  fld("* 农产品统一推广、品牌建设指导", radio(true, "是", "否"), null, null);
  fld("* 其他衍生增值服务", radio(false, "是", "否"), null, "金融对接等尚未开展");
  fld("* 建设或整合、优化电商产业园", radio(true, "是", "否"), null, null);
  line("▍四、农村产品上行");
  fld("* 专业第三方电子商务运营服务商", radio(true, "有", "无"), null, null);
  fld("* 行政村物流快递覆盖率100%", radio(true, "是", "否"), null, "以县邮政管理部门证明为准");
  fld("* 2019年农村网络零售额", 86200, "万元", null);
  fld("* 2020年农村网络零售额", 109500, "万元", null);
  fld("  同比增速（系统计算）", "27.03%", null, "自动计算，不可编辑");
  fld("* 2019年农产品网络零售额", 21300, "万元", null);
  fld("* 2020年农产品网络零售额", 28100, "万元", null);
  fld("  同比增速（系统计算）", "31.92%", null, "自动计算，不可编辑");
  line("▍五、电商人才培训");
  fld("* 培训人次", "2,012", "人次", "截至填报日累计");
  fld("* 有劳动能力的建档立卡贫困人口（不含外出务工）", 30, "人", null);
  fld("* 参加培训的建档立卡贫困人口", 21, "人", "按身份证号去重");
  line("▍六、信息公开及报送");
  fld("* 专栏公示内容（可多选）", "☑创建方案　☑项目基本信息　☑项目建设进度　☑征求意见／监督举报窗口", null, null);
  fld("* 能否统计电商扶贫情况", radio(true, "能", "不能"), null, null);
  line("▍七、财政资金管理");
  fld("* 省级下达资金", 500, "万元", null);
  fld("* 累计拨付资金", 356.28, "万元", "截至考评截止日期");
  fld("* 资金管理制度", radio(true, "已制定", "未制定"), null, null);
  fld("* 资金专用台账", radio(true, "已建立", "未建立"), null, null);
  fld("* 项目总体进度", 85, "%", null);
  line("▍八、一票否决事项");
  fld("* 发生安全生产、质量事故或重大损失", radio(false, "是", "否"), null, null);
  fld("* 弄虚作假", radio(false, "是", "否"), null, null);
  F.push([null, null, null, null, null, null]);
  line("【指标自评】");
  line("▍九、主观评分项");
  F.push(["评分项", "分值范围", "自评分", "说明", null, null]);
  FM.push(`D${F.length}:F${F.length}`);
  const JD = [["方案制定", "1-2", 2, "方案已正式印发"], ["政策支持", "1-2", 1, "若干措施已出台，落实一般"], ["项目管理制度", "1-2", 2, null], ["工作台账", "1-2", 1, "部分台账2021年才补建"],
    ["网销调研及建议", "1-2", 2, null], ["网络促销活动", "1-2", 2, null], ["交易标准与冷链溯源", "1-2", 1, "溯源系统在建"], ["资金管理制度", "1-5", 5, null], ["资金专用台账", "1-5", 4, null], ["资金及时拨付", "1-5", 4, null]];
  for (const [a, b, c, d] of JD) {
    F.push([a, b, `${c}分 ▾`, d, null, null]);
    FM.push(`D${F.length}:F${F.length}`);
  }
  line("▍十、指标自评得分（系统汇总）");
  F.push(["评价指标", "分值", "自评得分", "系统校验", null, null]);
  FM.push(`D${F.length}:F${F.length}`);
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": 15, "work.coverage": 10, "work.upward": 9, "work.training": 20,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 2, "bonus.tvCase": 1,
  };
  const CL = [["组织领导", "org.leadership", 2], ["方案制定", "org.plan", 2], ["政策支持", "org.policy", 2], ["项目管理", "org.management", 4], ["服务体系建设（县级中心与产业园）", "work.center", 15],
    ["服务体系建设（村级站点覆盖）", "work.coverage", 10], ["农村产品上行", "work.upward", 10], ["电商人才培训", "work.training", 20], ["信息公开", "info.disclosure", 4], ["数据上报", "info.reporting", 6],
    ["案例总结", "promo.cases", 2], ["经验推广", "promo.media", 8], ["制度建立", "fund.system", 5], ["资金台账", "fund.ledger", 5], ["资金支出", "fund.spending", 5],
    ["加分项：贫困人口培训率70%及以上", "bonus.poorTraining", 2], ["加分项：电商扶贫典型案例电视播报", "bonus.tvCase", 2]];
  for (const [n, id, w] of CL) {
    F.push([n, w, claimed[id], "✔ 通过", null, null]);
    FM.push(`D${F.length}:F${F.length}`);
  }
  const clScored = sum(SCORED.map(([id]) => claimed[id]));
  F.push(["合计", 100, `${clScored}＋${claimed["bonus.poorTraining"] + claimed["bonus.tvCase"]}`, null, null, null]);
  FM.push(`D${F.length}:F${F.length}`);
  F.push([null, null, null, null, null, null]);
  line("附件：平府办〔2020〕9号.pdf（1.2MB）　预览　下载　｜　平远县促进农村电子商务发展若干措施.pdf（860KB）　预览　下载");
  line("[ 暂存 ]　　[ 提交 ]　　[ 返回 ]");
  line("© 广东省商务厅　版权所有　　建议使用1920×1080分辨率浏览");
  assert(clScored === 95, "c1 claimed 95 " + clScored);
  // judged parts must agree with the claimed groups they feed
  assert(claimed["org.management"] === 2 + 1 && claimed["org.policy"] === 1, "c1 claimed vs judged");

  // ---------------- points
  const opened = "2021-02-28";
  const centerPts = (openedBy(opened, CUT) ? 2 : 0) + (opened <= "2021-02-28" ? 2 : 0) + 2 + 1 + 1 + 1 + 0 + 2 + (inParkCodes.size >= 20 ? 2 : 0) + (typesIn.size >= 3 ? 1 : 0);
  const covPts = (ratioGE(covSet.size, covBase, 70) ? 5 : ratioGE(covSet.size, covBase, 50) ? 2 : 0) + (covPoor.length === poor.length ? 5 : ratioGE(covPoor.length, poor.length, 80) ? 3 : 0);
  const ptPts = ratioGE(ptCut, BASE, 1) ? 10 : ratioGE(ptCut, BASE, 0.8) ? 8 : ratioGE(ptCut, BASE, 0.6) ? 6 : 0;
  const poorPts = ratioGE(trainedCut.size, 30, 50) ? 10 : ratioGE(trainedCut.size, 30, 40) ? 8 : ratioGE(trainedCut.size, 30, 30) ? 6 : 0;
  const r19 = 862000000, r20 = 1095000000, a19 = 213000000, a20 = 281000000;
  const growthOk = (r20 - r19) * 100 >= 30 * r19 || (a20 - a19) * 100 >= 30 * a19;
  assert(growthOk && (r20 - r19) * 100 < 30 * r19, "c1 only agri growth ≥ 30%");
  const upPts = 2 + 2 + 1 + 1 + 1 + (growthOk ? 2 : 0);
  assert(centerPts === 14 && covPts === 8 && ptPts === 6 && poorPts === 10 && upPts === 9, "c1 parts " + [centerPts, covPts, ptPts, poorPts, upPts]);
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": centerPts, "work.coverage": covPts, "work.upward": upPts,
    "work.training": ptPts + poorPts, "info.disclosure": 2 + (disMonths === 12 ? 2 : 1), "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 1,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": ratioGE(spent, ALLOC, 70) ? 4 : -5,
    "bonus.poorTraining": ratioGE(trainedCut.size, 30, 70) ? 2 : 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 84 && bonus === 3, "c1 total " + scored + "+" + bonus);
  const derivation = [
    "org.leadership: 领导小组组长下拉“县委副书记、县长 ▾” → 主要领导；成员单位多选☑商务局、财政局、农业农村局、乡村振兴局（原扶贫办）都勾了（☐市场监管局没勾不影响） → 2",
    "org.plan: “(•) 已正式印发”（平府办〔2020〕9号），主观评分项“方案制定 2分 ▾” → 2",
    "org.policy: “(•) 已出台”，主观评分项“政策支持 1分 ▾” → 1",
    "org.management: 项目管理制度“2分 ▾”＋工作台账“1分 ▾” → 3",
    `work.center: 投入运营日期2021-02-28 ≤ 截止日 → 2；2021-02-28 正好是“截止日前6个月”的那天，运行满6个月 → 2；免费培训、展示销售、摄影美工、品牌推广都是“(•) 是” → 2+1+1+1；其他衍生增值服务是“( ) 是　(•) 否” → 0；产业园“(•) 是” → 2；《产业园入驻企业》截止日在园20家（“${roll.find((f) => f.left === "2021-09-10").n}”2021.9.10才退园，截止日仍在园；“${leftF.n}”6月15日退园、“${lateF.n}”2021.9.2入驻不算） → 2；类型有销售型、平台型、电商运营商、物流企业等 → 1；合计14（系统页自评15）`,
    `work.coverage: 《村居名单》村民委员会${admin.length}个（社区居民委员会${comms.length}个不算，城乡分类代码111）；《站点清单》按镇分块，挂牌运营时间 ≤ 2021-08-31 的行政村84个（村名写“××村”“××村委会”“××村民委员会”是同一村；同村“（二站）”只算一次；社区站不算；“${vSept}”2021.9.6挂牌不算；只写“2020年×月”的按月算在截止日前） → 84/120 = 70.0% ≥ 70% → 5；省定贫困村12个，“${poorLate}”的站是“2021年9月”挂牌 → 11/12 = ${pct1(11, 12)}，在80%—100% → 3；合计8（自评10）`,
    "work.upward: 网销调研2、促销2、交易标准与冷链溯源1（主观评分项）；第三方运营服务商“(•) 有” → 1；《村居名单》“邮政快递通达”村委会全部“是” → 1；农村网零86,200→109,500万元增长27.0% < 30%，但农产品网零21,300→28,100万元增长31.9% ≥ 30% → 2；合计9",
    `work.training: 常住人口22.987万人（户籍26.41万人不用） → 基数229,870；《培训台账》第1—11期“合计”列（线下＋线上）共${fmtInt(ptCut)}人次（“2020年9月23日-25日”“2020.12.15-16”等多日班按结业日；第12期2021.9.7的180人次不算；合计行不另加；系统页填的“2,012”含9月那期） → 1,832/229,870 = ${pct2(1832, 229870)} < 0.8% → 6；《贫困户（一户一行）》户主和家庭成员2—4逐组读：有／弱劳动能力且不是县外、省外务工的30人；《参训名单》截止日前身份证号对得上的21人（一人末位小写x读作X、一人号码中间有空格；一人参训两次算一次；一人只参加9月第12期；县外务工的一人不在30人内） → 21/30 = 70% → 10；合计16（自评20）`,
    "info.disclosure: 专栏公示内容四项全勾 → 2；《专栏更新》2020年9月—2021年8月除2021年1月外都有 → 11个月，不定时 → 1；合计3（自评4）",
    "info.reporting: 《月报报送》2020年9月—2021年8月每月都有报送 → 3；“能统计电商扶贫情况 (•) 能”，月报都附扶贫统计 → 3；合计6",
    "promo.cases: 2021.8.31（截止日当天）向梅州市商务局报送经验材料 → 2",
    "promo.media: 截止日前南方日报、广东广播电视台（省级） → 4；平远电视台（县级） → 1；梅州日报（市级）2021.9.5在截止日后 → 0；合计5（自评8）",
    "fund.system: 主观评分项“资金管理制度 5分 ▾” → 5",
    "fund.ledger: “资金专用台账 4分 ▾” → 4",
    `fund.spending: 《资金拨付台账》万元，一行写“68,500元”是元；截止日前9笔合计${fmtMoney(spent)}元（2021.9.14的40万元不算） → ${fmtMoney(spent)}/5,000,000 = ${pct2(spent, ALLOC)} ≥ 70% → 主观分“资金及时拨付 4分 ▾” → 4（漏掉或读错68,500元那笔就只有69.89%，要倒扣5分）`,
    "bonus.poorTraining: 21/30 = 70% ≥ 70% → 2",
    "bonus.tvCase: 广东广播电视台《广东新闻联播》2021-07-16播报电商扶贫典型案例（省级电视） → 1",
    "veto.incident: “发生安全生产、质量事故或重大损失 ( ) 是 (•) 否” → 不否决",
    "veto.progress: 项目总体进度85% ≥ 40% → 不否决",
    "veto.fraud: “弄虚作假 ( ) 是 (•) 否” → 不否决",
  ];
  return {
    description:
      "梅州平远县商务局整本考评工作簿（13个表，一个隐藏），84＋加分3＝87分、未否决（系统页自评95＋3）：事实表是省“电子商务进农村综合示范考评管理系统”自评填报页面另存为Excel——面包屑、当前单位和“考评截止日期：2021-08-31”一行，分节“▍一、…”，每个字段 “* 标签｜值｜单位｜灰字提示”，单选写成“(•) 是　( ) 否”（其他衍生增值服务选的是否），多选“☑／☐”，下拉“县委副书记、县长 ▾”“2分 ▾”，系统计算的增速不是填报值，末尾是主观评分项和“指标自评得分（系统汇总）”、附件和按钮行；另有隐藏的《下拉选项》。台账：民政区划代码村居名单（城乡分类代码）、按镇分块的站点清单（84/120正好70%，一个贫困村9月才挂牌 → 11/12）、两行表头的培训期次台账（线下｜线上｜合计，1,832/229,870＝0.797%）、一户一行的贫困户表（户主、家庭成员2—4各占四列）和参训名单（21/30＝70%得加分）、产业园（9月10日退园的截止日仍在园，20家）、万元资金台账里一格“68,500元”（71.26%）、月报、月份为列的专栏更新（缺1月）、宣传报道（市级在9月）、8月31日报送的经验材料。",
    sheets: [
      { name: "自评填报（系统页面）", rows: F, merges: FM },
      { name: "村居名单", rows: vRows, merges: ["A1:G1", "A2:G2", `A${vRows.length}:G${vRows.length}`] },
      { name: "站点清单", rows: sRows, merges: sMerges },
      { name: "培训台账", rows: tRows, merges: tMerges },
      { name: "贫困户（一户一行）", rows: pRows, merges: pMerges },
      { name: "参训贫困人口", rows: trRows, merges: ["A1:G1"] },
      { name: "产业园入驻企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金拨付台账", rows: fRows, merges: ["A1:F1", "A2:F2", `A${fRows.length}:D${fRows.length}`] },
      { name: "月报报送", rows: rRows, merges: ["A1:E1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:M1", "A2:M2"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
      { name: "下拉选项", rows: opt, merges: [], hidden: true },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 佛山市三水区: 《考评数据核对单》——每项两个来源（①部门提供｜②系统已填），“采用”栏指定取哪一个
// =====================================================================================================
function buildF1() {
  // [项目, 单位, ①部门提供, ②系统已填, 采用, 核对说明]
  const R = [
    ["县（市、区）", "—", "三水区", "三水区", "一致", null],
    ["常住人口", "万人", "82.17", "66.57", "①", "②误填为户籍人口；①为第七次全国人口普查数"],
    ["行政村数", "个", 57, 57, "一致", "不含社区居委会"],
    ["省定贫困村数", "个", 0, 0, "一致", "佛山市无省定贫困村"],
    ["领导小组组长", "—", "区长", "副区长", "①", "2020年7月调整领导小组，区长任组长、分管副区长任副组长"],
    ["领导小组成员单位", "—", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区邮政管理局", "同①", "一致", null],
    ["示范创建工作方案", "—", "已正式印发", "已印发", "一致", "三府办〔2020〕15号"],
    ["农村电商扶持政策", "—", "已出台", "已出台", "一致", null],
    ["公共服务中心投入运营日期", "—", "2020年10月28日（揭牌）", "2020-11-16", "②", "10月28日揭牌仪式，11月16日正式对外运营"],
    ["中心：免费培训场所及设备", "—", "是", "是", "一致", null],
    ["中心：免费展示、销售服务", "—", "是", "是", "一致", null],
    ["中心：免费摄影、美工服务", "—", "是", "否", "②", "摄影棚按场次收费，美工免费；按“否”报"],
    ["中心：农产品统一推广、品牌建设指导", "—", "是", "是", "一致", null],
    ["中心：其他衍生增值服务", "—", "是", "是", "一致", "直播基地、金融对接"],
    ["电商产业园", "—", "是（整合优化三水电商产业园）", "是", "一致", null],
    ["专业第三方电子商务运营服务商", "—", "有", "有", "一致", null],
    ["行政村物流快递覆盖率", "%", 100, 100, "一致", "区邮政管理局证明"],
    ["2019年农村网络零售额", "亿元", 38.64, 38.64, "一致", null],
    ["2020年农村网络零售额", "亿元", 46.02, 45.2, "①", "②为快报数，①为省商务厅平台年报数"],
    ["2020年农产品网络零售额同比增速", "%", 34.6, 34.6, "一致", null],
    ["培训人次", "人次", "9,208", "8,876", "②", "①含9月2日、9月7日两期，②截至8月31日"],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", "人", 142, 142, "一致", "区乡村振兴局确认（相对贫困人口）"],
    ["参加培训的建档立卡贫困人口", "人", 77, 77, "一致", "按身份证号去重"],
    ["专栏：公示创建方案", "—", "是", "是", "一致", null],
    ["专栏：公示项目基本信息", "—", "是", "是", "一致", null],
    ["专栏：公示项目建设进度", "—", "是", "是", "一致", "每月更新"],
    ["专栏：征求意见或监督举报窗口", "—", "否", "是", "②", "①是2021年2月的情况，3月已上线监督举报窗口"],
    ["能否统计电商扶贫情况", "—", "能", "能", "一致", null],
    ["省级下达资金", "万元", 500, 500, "一致", null],
    ["累计拨付资金", "万元", "412.60", "389.45", "②", "①为9月10日数，②截至8月31日"],
    ["资金管理制度", "—", "已制定", "已制定", "一致", null],
    ["资金专用台账", "—", "已建立", "已建立", "一致", null],
    ["项目总体进度", "%", 91, 88, "①", "②为7月底进度"],
    ["发生安全生产、质量事故或重大损失", "—", "无", "无", "一致", null],
    ["弄虚作假", "—", "无", "无", "一致", null],
  ];
  const W = 7;
  const rows = [["三水区电子商务进农村综合示范考评数据核对单"],
    ["说明：①为各成员单位书面提供的数，②为电商股此前在省考评系统已填报的数；两数一致的“采用”栏填“一致”，不一致的填①或②，以采用的数为准。数据截至2021年8月31日（考评截止日期）。"],
    ["一、基础数据"], ["序号", "项目", "单位", "①部门提供", "②系统已填", "采用", "核对说明"]];
  const merges = ["A1:G1", "A2:G2", "A3:G3"];
  R.forEach((r, j) => rows.push([j + 1].concat(r)));
  rows.push([]);
  rows.push(["二、主观评分项自评（局务会审定）"]);
  merges.push(`A${rows.length}:G${rows.length}`);
  rows.push(["序号", "评分项", "分值", "电商股拟自评", "局务会审定", null, "备注"]);
  merges.push(`E${rows.length}:F${rows.length}`);
  const J = [["方案制定", "1-2分", 2, 2, "org.plan"], ["政策支持", "1-2分", 2, 2, "org.policy"], ["项目管理制度", "1-2分", 2, 2, "org.management.system"],
    ["工作台账", "1-2分", 2, 1, "org.management.ledger"], ["网销调研及建议", "1-2分", 2, 2, "work.upward.research"], ["网络促销活动", "1-2分", 2, 1, "work.upward.promotion"],
    ["交易标准与冷链溯源", "1-2分", 1, 1, "work.upward.standards"], ["资金管理制度", "1-5分", 5, 5, "fund.system"], ["资金专用台账", "1-5分", 5, 4, "fund.ledger"],
    ["资金及时拨付", "1-5分", 5, 4, "fund.spending"]];
  const judged = {};
  J.forEach(([n, w, a, b, id], j) => {
    rows.push([j + 1, n, w, a, b, null, a !== b ? "局务会下调" : null]);
    merges.push(`E${rows.length}:F${rows.length}`);
    judged[id] = b;
  });
  rows.push([]);
  rows.push(["核对人：何××　　　审核：区商务局副局长 冯××　　　2021年9月8日"]);
  merges.push(`A${rows.length}:G${rows.length}`);
  for (const r of rows) padRow(r, W);
  return {
    description:
      "佛山三水区商务局的《考评数据核对单》：一项一行，每项有两个来源并排——①部门提供｜②系统已填（省考评系统里原先填的），“采用”栏写①、②或“一致”，核对说明写理由；下面“二、主观评分项自评（局务会审定）”有“电商股拟自评”和“局务会审定”两列。读法：只取被采用的那一个值——常住人口取①82.17万（②66.57万是户籍）、组长取①区长（②副区长是调整前）、中心运营日期取②2020-11-16（①10月28日是揭牌）、免费摄影美工取②否、2020年农村网零取①46.02亿元、培训人次取②8,876（①含9月）、监督举报窗口取②是、累计拨付取②389.45万元（①是9月10日数）、总体进度取①91%；“一致”的两边相同；主观分读局务会审定列（工作台账1、促销1、资金台账4、及时拨付4），拟自评不是。",
    sheets: [{ name: "数据核对单", rows, merges }],
    expect: {
      facts: {
        county: "三水区", asOf: "2021-08-31", residentPopulation: 821700, adminVillagesStated: 57, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-16", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 3864000000, ruralRetail2020: 4602000000, agriRetailGrowthStated: 0.346,
        trainingPersonTimesStated: 8876, eligiblePoorPersonsStated: 142, trainedPoorPersonsStated: 77,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3894500, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.91,
        vetoIncident: false, vetoFraud: false,
      },
      judged,
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 汕头市潮南区: 《基础情况调查问卷》——题目一行、选项一行、“答：B”在下一行；多选填几个字母，有跳题
// =====================================================================================================
function buildF2() {
  const W = 6;
  const rows = [];
  const merges = [];
  const full = (t) => { rows.push(padRow([t], W)); merges.push(`A${rows.length}:F${rows.length}`); };
  const q = (no, text, opts, ans) => {
    rows.push(padRow([`${no}.`, text], W));
    merges.push(`B${rows.length}:F${rows.length}`);
    if (opts) { rows.push(padRow([null, opts], W)); merges.push(`B${rows.length}:F${rows.length}`); }
    rows.push(padRow([null, `答：${ans}`], W));
    merges.push(`B${rows.length}:F${rows.length}`);
  };
  full("汕头市潮南区电子商务进农村综合示范考评基础情况调查问卷");
  full("填答说明：单选题在“答：”后填一个字母，多选题填全部符合的字母；填空题直接填数字或文字；数据截至2021年8月31日（考评截止日期）。");
  full("填答单位：潮南区商务局　　填答人：郑××　　填答日期：2021年9月3日");
  full("一、基本情况");
  q(1, "全区常住人口（万人）：", null, "133.87");
  q(2, "行政村个数（不含社区）：", null, "195");
  q(3, "省定贫困村个数：", null, "12");
  full("二、组织领导");
  q(4, "示范创建工作领导小组组长是：", "A.区委书记　　B.区长　　C.副区长　　D.其他", "B");
  q(5, "领导小组成员单位有（多选）：", "A.商务局　B.财政局　C.农业农村局　D.乡村振兴局（扶贫办）　E.交通运输局　F.市场监管局　G.邮政管理局", "ABCEG");
  q(6, "示范创建工作方案是否已正式印发？", "A.是　　B.否", "A");
  q(7, "是否出台支持农村电商发展的政策？", "A.是　　B.否（选B跳至第9题）", "A");
  q(8, "政策名称：", null, "《潮南区促进农村电子商务发展的若干措施》");
  full("三、公共服务中心及产业园");
  q(9, "是否建成县级电子商务公共服务中心？", "A.是　　B.否（选B跳至第12题）", "Ａ");
  q(10, "中心投入运营时间（填年月）：", null, "2021年1月");
  q(11, "中心免费提供的服务有（多选）：", "A.培训场所和设备　B.农特产品展示、销售　C.摄影、美工　D.农产品统一推广和品牌建设指导　E.其他衍生增值服务", "ABDE");
  q(12, "是否建设或整合、优化当地电商产业园？", "A.是　　B.否", "A");
  full("四、农村产品上行");
  q(13, "当地是否有专业第三方电子商务运营或服务商？", "A.有　　B.无", "A");
  q(14, "行政村物流快递覆盖率：", "A.100%　　B.90%（含）—100%　　C.90%以下", "B");
  q(15, "2019年农村网络零售额（万元）：", null, "412,650");
  q(16, "2020年农村网络零售额（万元）：", null, "538,900");
  q(17, "2020年农产品网络零售额同比增速（%）：", null, "不清楚，待区统计局提供");
  full("五、电商人才培训");
  q(18, "截至8月31日培训人次：", null, "12,460");
  q(19, "有劳动能力的建档立卡贫困人口（不含外出务工）（人）：", null, "1,286");
  q(20, "其中参加过电商培训的（人）：", null, "702");
  full("六、信息公开及报送");
  q(21, "区政府网站专栏公示了（多选）：", "A.创建方案　B.项目基本信息　C.项目建设进度　D.征求意见或监督举报窗口　E.以上都没有", "ABCD");
  q(22, "能否统计电商扶贫情况？", "A.能　　B.不能", "A");
  full("七、财政资金管理");
  q(23, "省级下达资金（万元）：", null, "500");
  q(24, "截至8月31日累计拨付资金（万元）：", null, "371.9");
  q(25, "是否制定资金管理制度？", "A.是　　B.否", "A");
  q(26, "承建单位是否建立资金专用台账？", "A.是　　B.否", "A");
  q(27, "项目总体进度：", "A.80%以上　　B.60%—80%　　C.40%—60%　　D.40%以下", "A");
  full("八、一票否决事项");
  q(28, "是否发生安全生产、质量事故，或造成重大经济损失和社会不良影响？", "A.是　　B.否", "B");
  q(29, "是否存在弄虚作假？", "A.是　　B.否", "B");
  full("九、主观评分项自评（填分数）");
  const J = [["方案制定（1-2分）", 2, "org.plan"], ["政策支持（1-2分）", 1, "org.policy"], ["项目管理制度（1-2分）", 2, "org.management.system"], ["工作台账（1-2分）", 2, "org.management.ledger"],
    ["网销调研及建议（1-2分）", 1, "work.upward.research"], ["网络促销活动（1-2分）", 2, "work.upward.promotion"], ["交易标准与冷链溯源（1-2分）", null, "work.upward.standards"],
    ["资金管理制度（1-5分）", 4, "fund.system"], ["资金专用台账（1-5分）", 4, "fund.ledger"], ["资金及时拨付（1-5分）", 3, "fund.spending"]];
  const judged = {};
  J.forEach(([t, p, id], k) => {
    q(30 + k, t + "：", null, p === null ? "（未评，标准尚未出台）" : `${p}分`);
    if (p !== null) judged[id] = p;
  });
  full("——问卷完，谢谢填答——");
  assert(rows.every((r) => r.length === W), "f2 width");
  return {
    description:
      "汕头潮南区商务局填答的《考评基础情况调查问卷》：一题占两三行——“题号.｜题目”一行、选项“A.… B.…”一行、下一行“答：B”，单选填一个字母（有一个全角“Ａ”）、多选填几个字母，填空题答数字或文字，有“选B跳至第12题”的跳题说明；答案要对回选项才有意义。读法：组长“B” → 区长；成员单位“ABCEG”没有D（乡村振兴局（扶贫办）） → 主要领导牵头但缺扶贫部门；中心运营“2021年1月”只到月；免费服务“ABDE”没选C → 免费摄影美工为否；快递覆盖率选“B.90%（含）—100%” → 不是100%；农产品增速答“不清楚” → 没有；总体进度只选了“A.80%以上”档，不是一个数 → 不列；交易标准与冷链溯源“未评”。",
    sheets: [{ name: "调查问卷", rows, merges }],
    expect: {
      facts: {
        county: "潮南区", asOf: "2021-08-31", residentPopulation: 1338700, adminVillagesStated: 195, poorVillagesStated: 12,
        planIssued: true, policyIssued: true, centerOpened: "2021-01", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2019: 4126500000, ruralRetail2020: 5389000000,
        trainingPersonTimesStated: 12460, eligiblePoorPersonsStated: 1286, trainedPoorPersonsStated: 702,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3719000, fundSystemIssued: true, fundLedgerKept: true,
        vetoIncident: false, vetoFraud: false,
      },
      judged,
      leadership: "principal",
    },
  };
}

// =====================================================================================================
// f3 — 珠海市斗门区: 迎检汇报PPT“另存为”后贴进Excel——一张幻灯片一块（标题、要点、小表、图表数据、备注）
// =====================================================================================================
function buildF3() {
  const W = 6;
  const rows = [];
  const merges = [];
  let n = 0;
  const slide = (title) => {
    n++;
    if (rows.length) rows.push(padRow([], W));
    rows.push(padRow([`━━ 幻灯片 ${n} ━━`], W));
    merges.push(`A${rows.length}:F${rows.length}`);
    rows.push(padRow([title], W));
    merges.push(`A${rows.length}:F${rows.length}`);
  };
  const bullet = (t, lvl) => { rows.push(padRow([lvl === 2 ? null : "•", lvl === 2 ? `– ${t}` : t], W)); merges.push(`B${rows.length}:F${rows.length}`); };
  const note = (t) => { rows.push(padRow(["备注：", t], W)); merges.push(`B${rows.length}:F${rows.length}`); };
  const tr = (cells) => rows.push(padRow(cells.slice(), W));
  slide("斗门区电子商务进农村综合示范创建工作汇报");
  bullet("珠海市斗门区人民政府");
  bullet("2021年9月");
  note("封面。汇报人：区长（领导小组组长）。");
  slide("目录");
  bullet("一、区情与组织领导　二、服务体系建设　三、农村产品上行　四、电商人才培训　五、信息公开与资金管理　六、自评情况　七、否决事项自查");
  slide("一、区情与组织领导");
  bullet("数据统计截至2021年8月31日（省考评截止日期）");
  bullet("常住人口46.81万人（第七次全国人口普查）");
  bullet("户籍人口33.24万人", 2);
  bullet("行政村104个、社区居委会21个；无省定贫困村");
  bullet("成立区长任组长、分管副区长任副组长的创建工作领导小组");
  bullet("成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局", 2);
  bullet("2020年3月正式印发《斗门区电子商务进农村综合示范创建工作方案》；同年出台《斗门区农村电商扶持办法》");
  note("讲的时候说明：户籍人口不是考评基数，考评按常住人口。");
  slide("二、服务体系建设");
  bullet("区电子商务公共服务中心：2020年10月试运营，2020年12月1日正式运营");
  tr([null, "中心服务功能", null, "是否具备", "说明", null]);
  merges.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  for (const [a, b, c] of [["免费培训场所及设备", "✔", "培训室2间、电脑60台"], ["农特产品免费展示、销售", "✔", null], ["免费摄影、美工", "✔", null], ["农产品统一推广、品牌建设指导", "✔", "“斗门好物”区域公用品牌"], ["其他衍生增值服务", "✔", "金融对接、直播基地"]]) {
    tr([null, a, null, b, c, null]);
    merges.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  }
  bullet("整合优化斗门电商产业园，入驻企业23家");
  bullet("已建站行政村78个，覆盖率75%");
  note("站点数按挂牌算；产业园入驻数以园区台账为准。");
  slide("三、农村产品上行");
  bullet("公开招标引入专业第三方电子商务运营服务商，负责中心运营");
  bullet("全区104个行政村快递100%通达");
  tr([null, "图表数据", "单位", "2019年", "2020年", "同比增长"]);
  const r19 = 18.62, r20 = 24.87;
  const g = Math.round(((r20 - r19) / r19) * 1000) / 10;
  tr([null, "农村网络零售额", "亿元", r19, r20, `${g}%`]);
  assert(g === 33.6, "f3 growth 33.6 " + g);
  bullet("“斗门好物”直播节、年货节等网络促销活动10余场");
  note("图表为柱状图，数据来源：省商务厅电子商务公共服务平台。");
  slide("四、电商人才培训");
  const MON = monthsBetween("2020-09", "2021-08");
  const pt = MON.map(() => rint(280, 560));
  tr([null, "月份"].concat(MON.slice(0, 4).map((m) => monthDot(m))));
  tr([null, "培训人次"].concat(pt.slice(0, 4)));
  tr([null, "月份"].concat(MON.slice(4, 8).map((m) => monthDot(m))));
  tr([null, "培训人次"].concat(pt.slice(4, 8)));
  tr([null, "月份"].concat(MON.slice(8, 12).map((m) => monthDot(m))));
  tr([null, "培训人次"].concat(pt.slice(8, 12)));
  const total = sum(pt);
  bullet(`近一年累计培训${fmtInt(total)}人次`);
  bullet("创建目标：三年培训不少于4,500人次（方案目标）", 2);
  note("折线图数据。讲解：9月迎检前补训两期未计入。");
  slide("五、信息公开与资金管理");
  bullet("区政府网站设“电子商务进农村综合示范”专栏：公示创建方案、项目基本信息，每月更新建设进度，公布监督举报电话");
  bullet("每月向珠海市商务局报送工作进展，附电商扶贫统计情况");
  bullet("省级专项资金500万元；截至8月31日累计拨付382.6万元，支出率76.5%");
  bullet("区财政局、区商务局制定《专项资金管理办法》；各承建单位设立资金专用台账");
  bullet("项目总体进度92%");
  slide("六、自评情况");
  const SC = [["组织领导", 2, 2, "org.leadership"], ["方案制定", 2, 2, "org.plan"], ["政策支持", 2, 2, "org.policy"], ["项目管理", 4, 4, "org.management"],
    ["服务体系建设（县级中心与产业园）", 15, 15, "work.center"], ["服务体系建设（村级站点覆盖）", 10, 10, "work.coverage"], ["农村产品上行", 10, 8, "work.upward"],
    ["电商人才培训", 20, 10, "work.training"], ["信息公开", 4, 4, "info.disclosure"], ["数据上报", 6, 6, "info.reporting"], ["案例总结", 2, 2, "promo.cases"],
    ["经验推广", 8, 7, "promo.media"], ["制度建立", 5, 5, "fund.system"], ["资金台账", 5, 4, "fund.ledger"], ["资金支出", 5, 4, "fund.spending"],
    ["加分：贫困人口培训率70%以上", 2, 0, "bonus.poorTraining"], ["加分：电商扶贫典型案例电视播报", 2, 0, "bonus.tvCase"]];
  tr([null, "评价指标", null, "分值", "自评得分", null]);
  merges.push(`B${rows.length}:C${rows.length}`);
  const claimed = {};
  for (const [a, w, p, id] of SC) {
    tr([null, a, null, w, p, null]);
    merges.push(`B${rows.length}:C${rows.length}`);
    claimed[id] = p;
  }
  const cs = sum(SCORED.map(([id]) => claimed[id]));
  tr([null, "合计", null, 100, cs, null]);
  merges.push(`B${rows.length}:C${rows.length}`);
  assert(cs === 85, "f3 claimed " + cs);
  note("主观项自评：方案2、政策2、项目管理制度2、工作台账2；网销调研2、促销1、交易标准冷链溯源1；资金管理制度5、资金台账4、及时拨付4。培训无建档立卡贫困人口数据，该项按0计。");
  slide("七、一票否决事项自查");
  bullet("未发生安全生产、质量事故，未造成重大经济损失和社会不良影响");
  bullet("项目总体进度92%，不存在严重滞后");
  bullet("无弄虚作假情况");
  slide("谢谢！");
  assert(rows.every((r) => r.length === W), "f3 width");
  return {
    description:
      "珠海斗门区商务局迎检汇报PPT（区长汇报用）“另存为”大纲后贴进Excel当事实表：一张幻灯片一块——“━━ 幻灯片 n ━━”一行、标题一行、要点“•”和二级要点“–”、幻灯片里的小表（中心服务功能✔、零售额图表数据、按月培训人次三段横排）和“备注：”讲稿备注。读法：封面备注“汇报人：区长（领导小组组长）”、第3张“区长任组长”、成员单位是二级要点 → 主要领导且四部门都在；常住人口46.81万（二级要点户籍33.24万不是）；中心“2020年10月试运营，2020年12月1日正式运营”；零售额图表2019、2020年两列（亿元）和“同比增长33.6%”；培训人次是按月三段横排的数、要点写累计；“创建目标4,500人次”和“已建站78个、覆盖率75%”“入驻23家”不是输入；主观分只在自评页的备注里；没有建档立卡贫困人口数。",
    sheets: [{ name: "汇报PPT大纲", rows, merges }],
    expect: {
      facts: {
        county: "斗门区", asOf: "2021-08-31", residentPopulation: 468100, adminVillagesStated: 104, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-01", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1862000000, ruralRetail2020: 2487000000, ruralRetailGrowthStated: 0.336,
        trainingPersonTimesStated: total,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3826000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.92,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// l1 — 梅州市兴宁市: 填表说明、贫困户（一户一行，成员分组列）、培训考勤（学员×期次打勾）、快递进村（各品牌打勾）、下拉列表（隐藏）
// =====================================================================================================
function buildL1() {
  const CUT = "2021-08-31";
  const REGION = "441481";
  // ---------------- 贫困户（一户一行）
  const VIL = [["罗岗镇", "甘村"], ["黄陂镇", "陂东村"], ["大坪镇", "大华村"], ["石马镇", "龙光村"], ["水口镇", "中坑村"], ["叶塘镇", "下叶村"]];
  const LAB = { E: "有劳动能力", W: "弱劳动能力", N: "无劳动能力", L: "丧失劳动能力" };
  const hhSpec = [["E:县内务工", "W:未务工", "N:—"], ["E:县外务工", "E:省外务工"], ["E:公益性岗位", "N:—", "E:县内务工", "W:县外务工"], ["L:—"],
    ["E:未务工", "E:县内务工"], ["W:县内务工", "E:省外务工", "N:在校学生"], ["E:县外务工", "E:未务工", "E:县内务工"], ["N:—", "E:县内务工"]];
  const maxM = Math.max(...hhSpec.map((h) => h.length));
  const W = 3 + maxM * 4;
  const pRows = [["兴宁市建档立卡贫困户劳动力及务工情况表（一户一行）"], ["户序号", "镇", "村"], [null, null, null]];
  const pMerges = [`A1:${colName(W - 1)}1`, "A2:A3", "B2:B3", "C2:C3"];
  for (let k = 0; k < maxM; k++) {
    const c0 = 3 + k * 4;
    pRows[1][c0] = k === 0 ? "户主" : `成员${k + 1}`;
    pRows[2].push("姓名", "身份证号", "劳动能力", "务工情况");
    pMerges.push(`${colName(c0)}2:${colName(c0 + 3)}2`);
  }
  const pRecs = [];
  let xs = 0;
  hhSpec.forEach((h, i) => {
    const [town, vil] = VIL[i % VIL.length];
    const r = [i + 1, town, vil];
    h.forEach((spec, k) => {
      const [lab, job] = spec.split(":");
      const labour = lab === "E" || lab === "W";
      const birth = job === "在校学生" ? birthBetween(2004, 2008) : labour ? birthBetween(1968, 2000) : birthBetween(1936, 1956);
      const wantX = labour && xs < 1 ? true : undefined;
      const id = makeId(REGION, birth, rnd() < 0.5, wantX);
      if (wantX) xs++;
      r.push(personName(), k === 1 && i === 2 ? spacedId(id) : id, LAB[lab], job);
      const migrant = job === "县外务工" || job === "省外务工" ? true : job === "—" || job === "在校学生" ? null : false;
      pRecs.push({ id, labour, migrant });
    });
    pRows.push(padRow(r, W));
  });
  pRows.push(["注：弱劳动能力属有劳动能力；县外务工、省外务工为外出务工；“—”为无劳动能力不适用。"]);
  pMerges.push(`A${pRows.length}:${colName(W - 1)}${pRows.length}`);
  for (const r of pRows) padRow(r, W);
  assert(pRecs.length === sum(hhSpec.map((h) => h.length)) && xs === 1, "l1 persons");

  // ---------------- 培训考勤（学员×期次）
  const SES = [["2020-10-15", null], ["2020-12-10", null], ["2021-03-09", "2021-03-10"], ["2021-05-20", null], ["2021-07-15", null], ["2021-09-08", null]];
  const head2 = ["2020.10.15", D("2020-12-10"), "2021.3.9-10", "2021年5月20日", excelSerial("2021-07-15"), "2021.9.8"];
  const N = 14;
  const trainees = Array.from({ length: N }, (_, k) => {
    const id = makeId(REGION, birthBetween(1970, 2001), rnd() < 0.5, k === 4 ? true : k === 5 ? false : undefined);
    return { name: personName(), id, town: VIL[k % VIL.length][0] };
  });
  const tW = 4 + SES.length + 1;
  const tRows = [["兴宁市农村电商培训学员考勤表"], ["说明：√、✓为到场；“请假”“缺”或空白为未到；一人一期计1人次。"],
    ["序号", "姓名", "身份证号", "镇"].concat(SES.map((_, k) => `第${k + 1}期`), ["参训次数"]), [null, null, null, null].concat(head2, [null])];
  const tMerges = [`A1:${colName(tW - 1)}1`, `A2:${colName(tW - 1)}2`, "A3:A4", "B3:B4", "C3:C4", "D3:D4", `${colName(tW - 1)}3:${colName(tW - 1)}4`];
  const tRecs = [];
  const colCount = SES.map(() => 0);
  trainees.forEach((t, i) => {
    let idCell = t.id;
    let recId = t.id;
    if (i === 4) idCell = t.id.slice(0, 17) + "x";
    if (i === 8) { idCell = maskId(t.id); recId = maskId(t.id); }
    const r = [i + 1, t.name, idCell, t.town];
    let cnt = 0;
    SES.forEach(([a, b], k) => {
      const v = rnd();
      let cell = null;
      if (v < 0.55) cell = (i + k) % 3 === 0 ? "✓" : "√";
      else if (v < 0.65) cell = "请假";
      else if (v < 0.72) cell = "缺";
      if (i === 0 && k === 2) cell = "√";
      if (cell === "√" || cell === "✓") {
        cnt++;
        colCount[k]++;
        tRecs.push({ date: b || a, personTimes: 1, id: recId });
      }
      r.push(cell);
    });
    r.push(cnt);
    tRows.push(r);
  });
  tRows.push([null, "到场人次", null, null].concat(colCount, [sum(colCount)]));
  checkTrainingIds(tRecs, "l1");
  assert(tRecs.some((r) => r.date === "2021-03-10") && tRecs.some((r) => r.date === "2021-09-08") && tRecs.some((r) => /\*/.test(r.id)), "l1 training variety");
  assert(tRecs.some((r) => r.id.endsWith("X")), "l1 X id attends");

  // ---------------- 快递进村（各品牌打勾）
  const BR = ["邮政", "中通", "圆通", "韵达", "顺丰"];
  const towns = [["兴田街道", ["兴田村", "新群村", "金华村"], ["兴城社区"]], ["宁新街道", ["大岭村", "官田村"], ["宁江社区"]], ["罗岗镇", ["甘村", "罗岗村", "宝坑村"], []],
    ["黄陂镇", ["陂东村", "新联村", "黄陂村"], []], ["大坪镇", ["大华村", "大坪村"], []], ["石马镇", ["龙光村", "石马村", "刁田村"], []]];
  const POORV = new Set(["甘村", "陂东村", "龙光村", "宝坑村"]);
  const vRows = [["兴宁市行政村快递服务通达情况表"], ["说明：各快递品牌在该村设有服务点或按日派送的打✓；任一品牌通达即视为快递已覆盖；全部空白为未通达。"],
    ["序号", "镇（街道）", "村（社区）", "类型", "省定贫困村"].concat(BR, ["备注"])];
  const vRecs = [];
  let q = 0;
  for (const [t, vs, cs] of towns) {
    const list = cs.map((c) => [c, false]).concat(vs.map((v) => [v, true]));
    for (const [nm, adm] of list) {
      q++;
      const ticks = BR.map((_, k) => (nm === "宝坑村" ? null : k === 0 ? (nm === "新联村" ? null : "✓") : rnd() < 0.6 ? "✓" : null));
      if (nm === "新联村") ticks[3] = "✓";
      const express = ticks.some((x) => x === "✓");
      const name = adm ? (q % 2 ? `${nm.replace(/村$/, "")}村委会` : nm) : `${nm}居委会`;
      vRows.push([q, t, name, adm ? "村" : "社区", adm ? (POORV.has(nm) ? "是" : "否") : "—"].concat(ticks, [express ? null : "邮件由镇邮政支局代投，暂未通快递"]));
      vRecs.push({ name, admin: adm, poor: adm ? POORV.has(nm) : null, express });
    }
  }
  assert(vRecs.some((v) => v.express === false), "l1 one village not reached");

  const note = [["填表说明"], ["1．本工作簿为兴宁市商务局电商股整理的考评台账（第二册），数据截至2021年8月31日。"], ["2．贫困户表一户一行，户主和家庭成员按“姓名｜身份证号｜劳动能力｜务工情况”四列一组向右排列。"],
    ["3．培训考勤表一名学员一行，每期一列，第二行表头为该期培训日期。"], ["4．快递进村表按品牌打✓。"]];
  const dd = [["劳动能力", "有劳动能力", "弱劳动能力", "无劳动能力", "丧失劳动能力"], ["务工情况", "县内务工", "县外务工", "省外务工", "公益性岗位", "未务工", "在校学生", "—"], ["到场", "√", "✓", "请假", "缺"]];
  return {
    description:
      "梅州兴宁市商务局电商股台账第二册（五个表）：①《填表说明》不是台账；②《贫困户（一户一行）》每户一行，户主、成员2、成员3、成员4各占“姓名｜身份证号｜劳动能力｜务工情况”四列（两行表头、组名合并），要逐组拆成一人一条：有／弱劳动能力为有，无／丧失为无；县外、省外务工为外出，县内务工、公益性岗位、未务工为否，“—”和在校学生为null；一个身份证号中间有空格；③《培训考勤》一名学员一行、一期一列（第二行表头是该期日期：点分、日期格、“2021.3.9-10”按结束日、中文、Excel序号、9月一期），格内√或✓是到场、各记1人次，“请假”“缺”、空白不是，末位小写x读作X，一人身份证号脱敏照写，“到场人次”合计行和“参训次数”列不是记录；④《快递进村》村委会写“××村”或“××村委会”，居委会不是行政村，邮政、中通、圆通、韵达、顺丰任一列打✓就是快递已覆盖，宝坑村全空为未通达；⑤隐藏的《下拉列表》不是台账。",
    sheets: [
      { name: "填表说明", rows: note, merges: [] },
      { name: "贫困户（一户一行）", rows: pRows, merges: pMerges },
      { name: "培训考勤", rows: tRows, merges: tMerges },
      { name: "快递进村", rows: vRows, merges: ["A1:K1", "A2:K2"] },
      { name: "下拉列表", rows: dd, merges: [], hidden: true },
    ],
    expect: {
      sheets: {
        "填表说明": { kind: null },
        "贫困户（一户一行）": { kind: "poorPersons", records: pRecs },
        "培训考勤": { kind: "training", records: tRecs },
        "快递进村": { kind: "villages", records: vRecs },
        "下拉列表": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 湛江市霞山区: 资金拨付月度矩阵（项目×月份，万元）、园区租赁合同台账、宣传报道（级别打勾）、月报回执、统计汇总
// =====================================================================================================
function buildL2() {
  const CUT = "2021-08-31";
  const REGION = "440803";
  // ---------------- 资金拨付（项目×月份）
  const MON = monthsBetween("2020-09", "2021-09");
  const PRJ = [["区电子商务公共服务中心建设运营", { "2020-09": 450000, "2021-01": 380000, "2021-06": 270000 }],
    ["村级电商服务站点建设", { "2020-11": 256000, "2021-04": 318500 }],
    ["农村电商人才培训", { "2020-12": 125000, "2021-05": 146000, "2021-08": 99000 }],
    ["农村物流配送体系", { "2021-02": 320000, "2021-07": 285000, "2021-09": 160000 }],
    ["农产品品牌培育与网络推广", { "2021-03": 212000, "2021-08": 187500 }]];
  const fW = 2 + MON.length + 1;
  const yrRow = ["序号", "项目"];
  const moRow = [null, null];
  const fMerges = [`A1:${colName(fW - 1)}1`, `A2:${colName(fW - 1)}2`, "A3:A4", "B3:B4"];
  MON.forEach((m) => { yrRow.push(null); moRow.push(`${Number(m.slice(5))}月`); });
  yrRow[2] = "2020年";
  yrRow[2 + 4] = "2021年";
  fMerges.push(`C3:${colName(2 + 3)}3`, `${colName(6)}3:${colName(2 + MON.length - 1)}3`);
  yrRow.push("合计");
  moRow.push(null);
  fMerges.push(`${colName(fW - 1)}3:${colName(fW - 1)}4`);
  const fRows = [["霞山区电子商务进农村综合示范专项资金拨付进度表（按月）"], ["单位：万元　　　格内为当月拨付金额"], yrRow, moRow];
  const fRecs = [];
  PRJ.forEach(([p, by], j) => {
    const r = [j + 1, p];
    MON.forEach((m) => {
      const a = by[m];
      r.push(a ? wan4(a) : null);
      if (a) fRecs.push({ date: m, amount: a });
    });
    r.push(wan4(sum(Object.values(by))));
    fRows.push(r);
  });
  fRows.push([null, "合计"].concat(MON.map((m) => { const s = sum(PRJ.map(([, by]) => by[m] || 0)); return s ? wan4(s) : null; }), [wan4(sum(fRecs.map((f) => f.amount)))]));
  fRows.push(["注：2021年9月为截止日后拨付，一并列示。"]);
  fMerges.push(`A${fRows.length}:${colName(fW - 1)}${fRows.length}`);
  for (const r of fRows) padRow(r, fW);
  assert(fRecs.length === 13 && fRecs.some((f) => f.date === "2021-09"), "l2 funds");

  // ---------------- 园区企业（租赁合同台账）
  const E = [["湛江市霞山区海味优选电子商务有限公司", "销售型"], ["湛江市霞山区港城e购网络科技有限公司", "平台型"], ["湛江市霞山区蓝海电商代运营有限公司", "电商运营商"],
    ["湛江市霞山区海鲜直播传媒有限公司", "直播电商"], ["湛江市霞山区湾区冷链物流有限公司", "物流企业"], ["湛江市霞山区特呈岛海产网店", "销售型"],
    ["湛江市霞山区南国供应链管理有限公司", "供应链"], ["湛江市霞山区快达速递有限公司", "物流企业"], ["湛江市霞山区渔港干货电商商行", "销售型"],
    ["湛江市霞山区数智营销服务有限公司", "电商运营商"]];
  const eRows = [["霞山区电商产业园租赁合同台账"], ["说明：“租期起止”为合同约定租期，不是入驻、退出日期；入驻以“实际入驻日期”为准，提前解约的填“解约退租日期”。"],
    ["序号", "承租企业", "企业类型", "合同编号", "租期起止", "房号", "实际入驻日期", "解约退租日期", "备注"]];
  const eRecs = [];
  E.forEach(([n, t], j) => {
    const ent = randIsoBetween("2020-08-01", "2021-08-10");
    const [y, m, d] = ymd(ent);
    const term = `${y}.${m}.1-${y + 3}.${m}.${lastDay(y + 3, m)}`;
    let left = null;
    let leftCell = null;
    if (j === 5) { left = "2021-05-31"; leftCell = "2021.5.31"; }
    if (j === 8) { left = "2021-09-15"; leftCell = "2021年9月15日"; }
    const entCell = j === 9 ? "2021.9.3" : dateCell(ent, j);
    const entered = j === 9 ? "2021-09-03" : ent;
    eRows.push([j + 1, n, t, `XSDSY-ZL-${(j === 9 ? "2021-09-03" : ent).slice(0, 4)}-${pad3(j + 1)}`, term, `${rint(2, 4)}0${rint(1, 9)}`, entCell, leftCell,
      j === 5 ? "提前解约" : j === 8 ? "已提出解约，9月中旬退租" : j === 9 ? "9月新签" : null]);
    eRecs.push({ name: n, type: t, entered, left });
  });

  // ---------------- 宣传报道（级别打勾）
  const M = [["2020-10-12", "霞山区融媒体中心", "区级", "网络", "霞山首批村级电商服务站挂牌", "否"], ["2020-12-18", "湛江日报", "市级", "报纸", "霞山海产“触网”走俏", "否"],
    ["2021-03-25", "湛江广播电视台《湛江新闻》", "市级", "电视", "霞山：电商帮渔民卖海鲜", "是"], ["2021-05-14", "南方+客户端", "省级", "网络", "湛江霞山：直播间里的海味", "否"],
    ["2021-07-02", "广东广播电视台珠江频道", "省级", "电视", "脱贫渔户直播带货", "是"], ["2021-09-09", "人民日报客户端", "中央", "网络", "湛江霞山电商助力乡村振兴", "否"]];
  const LVC = ["中央", "省级", "市级", "区级"];
  const LV = { 中央: "national", 省级: "province", 市级: "city", 区级: "county" };
  const mRows = [["霞山区电商进农村宣传报道统计表"], ["序号", "报道日期", "标题", "媒体名称", "媒体级别", null, null, null, "报道形式", "电商扶贫典型案例"],
    [null, null, null, null].concat(LVC, [null, null])];
  const mMerges = ["A1:J1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:H2", "I2:I3", "J2:J3"];
  const mRecs = [];
  M.forEach(([d, med, lv, form, t, tc], j) => {
    mRows.push([j + 1, d > CUT ? "2021.9.9" : dateCell(d, j + 1), `《${t}》`, med].concat(LVC.map((l) => (l === lv ? "√" : null)), [form, tc]));
    mRecs.push({ date: d, level: LV[lv], tv: form === "电视" });
  });

  // ---------------- 月报回执
  const rRows = [["霞山区向湛江市商务局报送月报回执登记"], ["说明：“报送时间”为我局发出时间，“签收时间”为市商务局签收时间；附件含“电商扶贫统计表”的为附扶贫统计。"],
    ["回执编号", "报送时间", "报送内容", "附件", "签收人", "签收时间"]];
  const rRecs = [];
  monthsBetween("2020-09", "2021-09").forEach((m, j) => {
    if (m === "2021-02") return;
    let dd = `${m}-${String(rint(3, 9)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(dd))) dd = isoAdd(dd, 1);
    const pov = j % 4 !== 2;
    const sign = isoAdd(dd, rint(1, 3));
    rRows.push([`HZ${m.replace("-", "")}${pad3(j + 1)}`, exportTime(dd, hms()), `${cnMonth(monthsBetween("2020-08", "2021-08")[j])}电子商务进农村工作月报`,
      pov ? "1.月报正文；2.电商扶贫统计表" : "1.月报正文", ["陈××", "梁××"][j % 2], exportTime(sign, hms())]);
    rRecs.push({ date: dd, poverty: pov });
  });
  assert(rRecs.some((r) => r.poverty === false) && rRecs.some((r) => r.date > CUT), "l2 reports");

  // ---------------- 统计汇总 (not a ledger)
  const sumRows = [["台账统计汇总（截至2021年8月31日）"], ["项目", "数值", "单位"], ["累计拨付资金", wan4(sum(fRecs.filter((f) => f.date <= "2021-08").map((f) => f.amount))), "万元"],
    ["园区在园企业", eRecs.filter((e) => e.entered <= CUT && !(e.left && e.left < CUT)).length, "家"], ["宣传报道", mRecs.filter((m) => m.date <= CUT).length, "篇"],
    ["月报报送", rRecs.filter((r) => r.date <= CUT).length, "次"]];
  return {
    description:
      "湛江霞山区商务局台账（五个表）：①《资金拨付（按月）》是项目×月份的进度表——两行表头（“2020年”“2021年”合并在“9月…12月”“1月…9月”之上），格内是当月拨付金额（万元），一格一笔、日期只到月，2021年9月一列照列，“合计”列和合计行不是记录；②《园区租赁合同》入驻读“实际入驻日期”，“租期起止”（如2020.10.1-2023.10.31）是合同租期，不是退出，“解约退租日期”才是退出（5月31日一家、9月15日一家），9月3日新签的照列；③《宣传报道》媒体级别是中央｜省级｜市级｜区级四列打√（两行表头），形式“电视”的为电视，人民日报客户端9月那条照列；④《月报回执》报送日期读“报送时间”（“2021/3/5 9:12:40”式），不读市局签收时间，附件里有“电商扶贫统计表”的为附扶贫统计、只有月报正文的为否，2021年2月没有报送，9月那次照列；⑤《统计汇总》不是台账。",
    sheets: [
      { name: "资金拨付（按月）", rows: fRows, merges: fMerges },
      { name: "园区租赁合同", rows: eRows, merges: ["A1:I1", "A2:I2"] },
      { name: "宣传报道", rows: mRows, merges: mMerges },
      { name: "月报回执", rows: rRows, merges: ["A1:F1", "A2:F2"] },
      { name: "统计汇总", rows: sumRows, merges: ["A1:C1"] },
    ],
    expect: {
      sheets: {
        "资金拨付（按月）": { kind: "funds", records: fRecs },
        "园区租赁合同": { kind: "enterprises", records: eRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "月报回执": { kind: "reports", records: rRecs },
        "统计汇总": { kind: null },
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
write("counties", "b219-c1-pingyuan.json", c1);
write("facts", "b219-f1-sanshui.json", f1);
write("facts", "b219-f2-chaonan.json", f2);
write("facts", "b219-f3-doumen.json", f3);
write("ledgers", "b219-l1-xingning.json", l1);
write("ledgers", "b219-l2-xiashan.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
