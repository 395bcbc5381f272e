// Batch 218 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b216.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (218218), no clock. Run: node test/corpus/_b218/gen-b218.js
//
// c1 连州市 (清远): the facts sheet is the bureau's 发文稿纸 (签发｜会签｜核稿｜拟稿｜标题｜主送｜抄送｜文号) with the report body
//    pasted below it (one paragraph per merged row) and the 附件 self-assessment table last; 会签 names only two bureaus (not the
//    leading group), the 签发 date is not the cut-off. Ledgers: 村委会名单 (type column, ★ poor, 快递), stations by town with 小计
//    rows (coverage lands exactly on 70%), sessions with full-width 人次 and a September session, poor list + trainee list,
//    park roll, funds (元 and “万” mixed), reports (February missing), column updates, media, materials.
// f1 化州市 (茂名): the third-party operator's 《运营服务月报（2021年8月）》 data page written by the operator company: KPI table
//    指标｜单位｜本月｜本年累计｜项目累计｜合同目标值｜完成率, a 服务功能 checklist with 本月 counts, and a 下月计划 section
//    with future dates; no self-scores and no leader.
// f2 恩平市 (江门): the minutes of the leading group's fourth meeting typed into Excel: 会议要素 rows, then 发言人｜发言要点 rows;
//    facts are in the speeches, one speaker corrects another's poor-person count, the 组长 (市长) sums up the self-scores.
// f3 连南瑶族自治县 (清远): a wide 填报表 printed on two A4 pages and pasted back as two blocks one under the other: the upper block
//    序号｜类别｜填报项目｜计量单位, the lower block “（续表）” 序号｜填报值｜自评分｜佐证材料｜备注, joined by 序号.
// l1 东源县 (河源): 填表说明 (not a ledger); stations grouped by town (town header rows “一、仙塘镇（5个）” and 小计 rows, 挂牌时间 as
//    8-digit numbers and months); 专户银行流水 (借方 = payments, 贷方 = money in, not disbursements); media with 级别 and 形式;
//    a chart-data sheet (not a ledger).
// l2 雷州市 (湛江): 封面 (not a ledger); village list where a poor village is marked by “（省定贫困村）” after its name and
//    express by 通达情况; QR-code sign-in export (提交时间 with seconds is the date, IDs with spaces / lower-case x / masked);
//    reports (报送月份 vs 报送日期); experience materials with an unsent draft (状态 未报送, no date) that is not a record.
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
let seed = 218218;
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
    assert(/^b218-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b218-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b218-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 清远市连州市: 发文稿纸＋报告正文＋附件自评表（事实表）＋ 11 个台账
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "441882";
  const POP = 368700;
  const BASE = Math.min(POP, 500000);
  const TOWNS = [["连州镇", 6, 6], ["星子镇", 9, 0], ["大路边镇", 8, 0], ["龙坪镇", 7, 0], ["西岸镇", 8, 1], ["保安镇", 7, 0], ["丰阳镇", 8, 1], ["东陂镇", 7, 0]];
  const prefixes = ["连州", "星子", "大路", "龙坪", "西岸", "保安", "丰阳", "东陂", "清远"];
  const vName = nameMaker("山水石马黄白新元洛高冲湟朝沙", ["塘", "坑", "田", "江", "岭", "坪", "洞", "源", "头", "联", "光", "和", "安", "口"], "村", prefixes);
  const cName = nameMaker("城中兴华文昌", ["南", "北", "东", "西", "康", "明"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "c1");
  assert(admin.length === 60 && comms.length === 8, "c1 60 villages + 8 communities");
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const poor = [towns[1].vs[3], towns[2].vs[5], towns[3].vs[1], towns[5].vs[4], towns[6].vs[2], towns[7].vs[6]];
  const poorSet = new Set(poor);
  const poorLate = poor[4]; // its station opened 2021-09-06
  const others = shuffle(admin.filter((v) => !poorSet.has(v)));
  const covOthers = others.slice(0, 37);

  // ---------------- 村委会名单
  const vRows = [["连州市村（居）民委员会名单"], ["资料来源：市民政局　　截至2021年6月30日　　“省定贫困村”栏★为2016—2020年省定相对贫困村"],
    ["序号", "镇", "名称", "类型", "省定贫困村", "快递是否通达", "备注"]];
  let sq = 0;
  for (const x of towns) {
    for (const v of x.vs) {
      sq++;
      vRows.push([sq, x.t, `${short(v)}村民委员会`, "村委会", poorSet.has(v) ? "★" : null, "是", null]);
    }
    for (const c of x.cs) {
      sq++;
      vRows.push([sq, x.t, `${short(c)}社区居民委员会`, "居委会", null, "是", "城区社区"]);
    }
  }
  vRows.push(["注：村委会60个、居委会8个，快递进村全部通达（市邮政管理局2021年7月核实）。"]);
  const vMerges = ["A1:G1", "A2:G2", `A${vRows.length}:G${vRows.length}`];
  for (const r of vRows) padRow(r, 7);

  // ---------------- 站点台账 (by town, 小计 rows)
  const ST = [];
  poor.forEach((v) => ST.push({ v, op: v === poorLate ? "2021-09-06" : randIsoBetween("2020-06-01", "2021-05-31") }));
  covOthers.forEach((v) => ST.push({ v, op: randIsoBetween("2020-05-20", "2021-08-25") }));
  ST.push({ v: covOthers[3], op: randIsoBetween("2021-03-01", "2021-07-30"), second: true });
  ST.push({ v: towns[0].cs[1], op: randIsoBetween("2020-08-01", "2021-02-28") });
  ST.push({ v: "连州林场", op: "2020-12-15", farm: true });
  const covLastAug = covOthers[10];
  ST.find((s) => s.v === covLastAug && !s.second).op = "2021-08-31";
  const TORD = TOWNS.map((t) => t[0]);
  townOf["连州林场"] = "龙坪镇";
  ST.sort((a, b) => TORD.indexOf(townOf[a.v]) - TORD.indexOf(townOf[b.v]) || cmp(a.op, b.op));
  const sRows = [["连州市村级电子商务服务站点台账"], ["填报单位：连州市商务局　　　　　　　　　更新时间：2021年9月8日"],
    ["序号", "站点名称", "所在村（居）", "地址", "负责人", "联系电话", "挂牌运营日期", "服务内容"]];
  const sMerges = ["A1:H1", "A2:H2"];
  // the later-opened of the two stations in one village is the “（二）” station
  const secondLabel = ST.filter((s) => s.v === covOthers[3]).sort((a, b) => cmp(a.op, b.op))[1];
  let sn = 0;
  for (const t of TORD) {
    const here = ST.filter((s) => townOf[s.v] === t);
    for (const s of here) {
      sn++;
      const isC = s.v.endsWith("社区");
      const vc = s.farm ? "连州林场" : isC ? `${short(s.v)}社区` : [s.v, `${short(s.v)}村委会`, `${short(s.v)}村民委员会`][sn % 3];
      const dc = s.op === "2021-09-06" ? "2021.9.6" : s.op === "2021-08-31" ? "2021年8月31日" : [D(s.op), dotDate(s.op), cnDate(s.op), slashDate(s.op), excelSerial(s.op)][sn % 5];
      sRows.push([sn, `${s.farm ? "连州林场" : short(s.v) + (isC ? "社区" : "村")}电商服务站${s === secondLabel ? "（二）" : ""}`, vc, `${t}${s.farm ? "林场场部" : short(s.v) + (isC ? "社区" : "村")}`,
        personName(), mask(phone()), dc, ["代购代销、快递收发", "农产品上行、便民缴费", "电商宣传、代收代缴"][sn % 3]]);
    }
    sRows.push([`${t}小计`, null, null, null, null, null, `${here.length}个`, null]);
    sMerges.push(`A${sRows.length}:F${sRows.length}`);
  }
  sRows.push(["合计", null, null, null, null, null, `${ST.length}个`, null]);
  sMerges.push(`A${sRows.length}:F${sRows.length}`);
  sRows.push(["注：连州林场为国有林场，不属行政村；社区站点设在社区党群服务中心。"]);
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  const adminSet = new Set(admin);
  const covSet = new Set(ST.filter((s) => openedBy(s.op, CUT) && adminSet.has(s.v)).map((s) => s.v));
  const covBase = Math.min(admin.length, 200);
  const covPoor = poor.filter((v) => covSet.has(v));
  assert(covSet.size === 42 && covSet.size * 100 === 70 * covBase && !ratioGE(41, covBase, 70), "c1 42/60 = 70.0% exactly");
  assert(covPoor.length === 5 && ratioGE(5, 6, 80) && !ratioGE(5, 6, 100), "c1 poor 5/6 = 83.3%");

  // ---------------- 培训台账 (sessions, full-width 人次 in some rows)
  const TOP = ["农村电商基础", "网店开设与运营", "直播带货实操", "短视频拍摄", "连州菜心电商营销", "农产品包装设计", "社群营销", "电商客服与物流", "水晶梨网络促销", "农村电商带头人", "直播电商进阶"];
  const DTS = ["2020-09-17", "2020-10-22", "2020-11-19", "2020-12-10", "2021-01-14", "2021-03-11", "2021-04-15", "2021-05-20", "2021-06-17", "2021-07-15", "2021-08-19"];
  const ses = DTS.map((d, k) => ({ no: k + 1, d, topic: TOP[k], pt: rint(230, 330) }));
  let diff = 3100 - sum(ses.map((s) => s.pt));
  for (let j = 0; diff !== 0; j = (j + 1) % ses.length) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 11);
    if (ses[j].pt + st < 180 || ses[j].pt + st > 380) continue;
    ses[j].pt += st;
    diff -= st;
  }
  const sep = { no: 12, d: "2021-09-09", topic: "农村电商基础（迎检补训）", pt: 620 };
  ses.push(sep);
  const ptCut = sum(ses.filter((s) => s.d <= CUT).map((s) => s.pt));
  assert(ptCut === 3100 && ratioGE(ptCut, BASE, 0.8) && !ratioGE(ptCut, BASE, 1) && ratioGE(ptCut + 620, BASE, 1), "c1 3,100/368,700 = 0.84%");
  const tRows = [["连州市农村电子商务培训台账（按期次）"], ["期次", "培训日期", "培训内容", "培训地点", "培训人次", "其中建档立卡贫困人口", "备注"]];

  // ---------------- 贫困人口 and trainee list
  const plan = shuffle([].concat(Array(20).fill("E"), Array(6).fill("M"), Array(4).fill("N")));
  const persons = plan.map((c, i) => ({ c, id: makeId(REGION, c === "N" ? birthBetween(1936, 1955) : birthBetween(1966, 2000), rnd() < 0.5, i === 3 && c === "E" ? true : undefined), name: personName(), v: poor[i % poor.length] }));
  const pRows = [["连州市建档立卡贫困人口劳动力情况"], ["序号", "镇", "村", "姓名", "身份证号", "劳动能力", "务工情况", "备注"]];
  persons.forEach((p, j) => {
    const lab = p.c === "N" ? ["无劳动能力", "丧失劳动能力"][j % 2] : j % 4 === 0 ? "弱劳动能力" : "有劳动能力";
    const mig = p.c === "M" ? ["省外务工", "县外省内务工"][j % 2] : p.c === "N" ? "—" : ["本地务农", "县内务工", "公益性岗位"][j % 3];
    pRows.push([j + 1, townOf[p.v], `${short(p.v)}村`, p.name, p.id, lab, mig, null]);
  });
  pRows.push(["说明：“弱劳动能力”属有劳动能力；省外务工、县外省内务工为外出务工。"]);
  const elig = persons.filter((p) => p.c === "E");
  assert(elig.length === 20, "c1 20 eligible");
  const eligS = shuffle(elig);
  const before = ses.filter((s) => s.d <= CUT);
  const TR = eligS.slice(0, 9).map((p, k) => ({ p, s: before[(k * 4 + 1) % before.length], id: k === 2 ? spacedId(p.id) : p.id }));
  TR.push({ p: eligS[5], s: before[((5 * 4 + 1) % before.length + 5) % before.length], id: eligS[5].id });
  assert(TR[5].p === eligS[5] && TR[TR.length - 1].s !== TR[5].s, "c1 second training in another session");
  TR.push({ p: eligS[9], s: sep, id: eligS[9].id, note: "9月补训" });
  const mig = persons.find((p) => p.c === "M");
  TR.push({ p: mig, s: before[4], id: mig.id, note: "春节返乡参训" });
  TR.sort((a, b) => a.s.no - b.s.no);
  TR.filter((t) => t.p === eligS[5])[1].note = "第二次参训";
  const eligIds = new Set(elig.map((p) => p.id));
  const trainedCut = new Set(TR.filter((t) => t.s.d <= CUT).map((t) => normId(t.id)).filter((id) => eligIds.has(id)));
  assert(trainedCut.size === 9 && ratioGE(9, 20, 40) && !ratioGE(9, 20, 50) && ratioGE(10, 20, 50), "c1 9/20 = 45% (10 would be 50%)");
  const PL = ["市电子商务公共服务中心", "星子镇党群服务中心", "东陂镇文化站", "保安镇党群服务中心"];
  ses.forEach((s, j) => {
    const n = TR.filter((t) => t.s === s).length;
    const dc = s === sep ? "2021.9.9" : [cnDate(s.d), D(s.d), dotDate(s.d)][j % 3];
    tRows.push([`第${CN_NUM[s.no]}期`, dc, s.topic, PL[j % PL.length], j % 3 === 1 ? fullWidth(String(s.pt)) : s.pt, n || null, s === sep ? "截止日后补训" : null]);
  });
  tRows.push(["合计", null, null, null, sum(ses.map((s) => s.pt)), TR.length, "含9月第十二期"]);
  const tMerges = ["A1:G1", `A${tRows.length}:D${tRows.length}`];
  const trRows = [["建档立卡贫困人口参训名单（已含在《培训台账》各期人次内）"], ["序号", "姓名", "身份证号", "参训期次", "培训日期", "备注"]];
  TR.forEach((t, j) => trRows.push([j + 1, t.p.name, t.id, `第${CN_NUM[t.s.no]}期`, t.s === sep ? "2021.9.9" : dotDate(t.s.d), t.note || null]));
  checkTrainingIds(TR.map((t) => ({ id: normId(t.id) })), "c1");

  // ---------------- 产业园入驻企业
  const FN = [["连州市菜心优品电子商务有限公司", "销售型"], ["连州市水晶梨网店", "销售型"], ["连州市湟川农品商行", "销售型"], ["连州市连e购网络科技有限公司", "平台型"],
    ["连州市山货云电商有限公司", "销售型"], ["连州市瑶乡农特产网店", "销售型"], ["连州市众创电商代运营有限公司", "电商运营商"], ["连州市农帮电商服务有限公司", "电商运营商"],
    ["连州市速达物流有限公司", "物流企业"], ["连州市东陂腊味电商商行", "销售型"], ["连州市星光直播传媒有限公司", "直播电商"], ["连州市保安茶业网店", "销售型"],
    ["连州市湘粤仓储配送有限公司", "物流企业"], ["连州市乡淘网络科技有限公司", "平台型"], ["连州市西岸沙坊粉电商有限公司", "销售型"], ["连州市龙坪蜂蜜网店", "销售型"],
    ["连州市丰阳柑橘电商商行", "销售型"], ["连州市数智营销策划有限公司", "电商运营商"], ["连州市大路边农品电商有限公司", "销售型"], ["连州市优鲜冷链物流有限公司", "物流企业"]];
  const firms = FN.map(([n, t]) => ({ n, t, code: creditCode(REGION), ent: randIsoBetween("2020-07-01", "2021-08-20"), left: null }));
  firms.push({ n: "连州市好运农品商行", t: "销售型", code: creditCode(REGION), ent: "2020-09-15", left: "2021-05-20" });
  firms.push({ n: "连州市绿源电子商务有限公司", t: "销售型", code: creditCode(REGION), ent: "2021-09-10", left: null });
  firms.sort((a, b) => cmp(a.ent, b.ent));
  const eRows = [["连州电商产业园入驻企业名单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退园时间", "备注"]];
  firms.forEach((f, j) => eRows.push([j + 1, f.n, f.code, f.t, f.ent === "2021-09-10" ? "2021.9.10" : dateCell(f.ent, j), f.left ? "2021年5月20日" : null, f.left ? "已退园" : f.ent > CUT ? "9月入驻" : null]));
  const inPark = firms.filter((f) => openedBy(f.ent, CUT) && !(f.left && f.left <= CUT));
  const typesIn = new Set(inPark.map((f) => f.t));
  assert(inPark.length === 20 && new Set(inPark.map((f) => f.code)).size === 20 && typesIn.size >= 3, "c1 20 firms in the park");

  // ---------------- 资金台账 (元 and 万 mixed)
  const PAY = [["2020-09-29", "公共服务中心建设运营（预付款）", "连州市众创电商代运营有限公司", 480000], ["2020-11-24", "村级站点建设（第一批）", "中国邮政集团有限公司连州市分公司", 365000],
    ["2020-12-30", "电商人才培训（第一期款）", "连州市农帮电商服务有限公司", 125000], ["2021-01-26", "公共服务中心建设运营（进度款）", "连州市众创电商代运营有限公司", 520000],
    ["2021-03-18", "物流配送体系建设", "连州市速达物流有限公司", 436000], ["2021-04-27", "村级站点建设（第二批）", "中国邮政集团有限公司连州市分公司", 410000],
    ["2021-05-31", "农产品品牌培育推广", "连州市数智营销策划有限公司", 298000], ["2021-06-29", "电商人才培训（第二期款）", "连州市农帮电商服务有限公司", 186000],
    ["2021-07-23", "公共服务中心建设运营（进度款）", "连州市众创电商代运营有限公司", 560000], ["2021-08-26", "冷链及溯源系统", "连州市优鲜冷链物流有限公司", 432000],
    ["2021-09-14", "村级站点建设（尾款）", "中国邮政集团有限公司连州市分公司", 225000]];
  const ALLOC = 5000000;
  const spent = sum(PAY.filter((p) => p[0] <= CUT).map((p) => p[3]));
  assert(spent === 3812000 && ratioGE(spent, ALLOC, 70), "c1 3,812,000 = 76.24%");
  const fRows = [["连州市电子商务进农村综合示范专项资金拨付台账"], ["序号", "拨付日期", "项目（用途）", "收款单位", "拨付金额（元）", "凭证号", "备注"]];
  PAY.forEach(([d, u, who, a], j) => {
    const amt = j % 4 === 1 ? `${wan(a)}万` : j % 4 === 3 ? fmtMoney(a) : a;
    fRows.push([j + 1, d > CUT ? "2021.9.14" : dateCell(d, j + 2), u, who, amt, `LZSW-${d.slice(0, 4)}-${pad3(j * 5 + 12)}`, d > CUT ? "截止日后拨付" : null]);
  });
  fRows.push(["合计", null, null, null, sum(PAY.map((p) => p[3])), null, "含9月"]);
  const fMerges = ["A1:G1", `A${fRows.length}:D${fRows.length}`];

  // ---------------- 月报报送 (2021年2月 missing)
  const rMonths = WINDOW.filter((m) => m !== "2021-02");
  const rRows = [["连州市向清远市商务局报送工作进展记录"], ["序号", "报送日期", "报送内容", "附电商扶贫统计"]];
  const repDates = rMonths.map((m) => `${m}-${String(rint(3, 9)).padStart(2, "0")}`);
  repDates.forEach((d, j) => rRows.push([j + 1, dateCell(d, j + 1), `${cnMonth(isoAdd(d.slice(0, 7) + "-01", -1))}电子商务进农村工作进展`, "√"]));
  rRows.push(["注：2021年1月、2月进展合并于1月报送后，春节期间未单独报送。"]);
  assert(inWindowMonths(repDates) === 11, "c1 reports 11 months");

  // ---------------- 专栏更新 (12 months)
  const U = [["2020-05-11", "连州市电子商务进农村综合示范创建工作方案"], ["2020-05-18", "连州市电子商务进农村综合示范项目基本信息公示"]];
  for (const m of WINDOW) U.push([`${m}-${String(rint(10, 26)).padStart(2, "0")}`, `连州市电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`]);
  const uRows = [["连州市人民政府网站“电商进农村”专栏更新记录"], ["序号", "发布日期", "标题"]];
  U.forEach(([d, t], j) => uRows.push([j + 1, dateCell(d, j + 3), t]));
  const disMonths = inWindowMonths(U.map((u) => u[0]));
  assert(disMonths === 12, "c1 disclosure 12 months");

  // ---------------- 宣传报道 / 经验材料
  const MED = [["2020-10-30", "连州发布", "县级", "网络", "连州首批村级电商服务站挂牌", "否"], ["2021-01-21", "南方日报", "省级", "报纸", "连州菜心“触网”走俏大湾区", "否"],
    ["2021-06-08", "广东卫视《广东新闻联播》", "省级", "电视", "瑶乡脱贫户直播卖腊味", "是"], ["2021-09-05", "清远日报", "市级", "报纸", "连州：电商让山货变“网红”", "否"]];
  const mRows = [["连州市电子商务进农村宣传报道登记"], ["序号", "日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
  MED.forEach((m, j) => mRows.push([j + 1, m[0] > CUT ? "2021.9.5" : dateCell(m[0], j + 1), m[1], m[2], m[3], m[4], m[5]]));
  const matRows = [["经验材料报送"], ["序号", "报送日期", "材料名称", "报送单位"], [1, "2021年4月20日", "连州市“电商＋菜心”助农增收经验做法", "清远市商务局"]];

  // ---------------- 发文稿纸 + 报告 + 附件 (the facts sheet)
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 15, "work.coverage": 10, "work.upward": 9,
    "work.training": 18, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 4, "fund.ledger": 4,
    "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 2,
  };
  const claimScored = sum(SCORED.map(([id]) => claimed[id]));
  const claimBonus = claimed["bonus.poorTraining"] + claimed["bonus.tvCase"];
  const W = 6;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:F${rows.length}`);
  };
  full("连州市商务局发文稿纸");
  rows.push(["签发", "黄××　9月3日", null, "会签", "市财政局 陈××　9.2\n市农业农村局 李××　9.2", null]);
  merges.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  rows.push(["核稿", "欧××　9月2日", null, "拟稿单位", "电子商务股", null]);
  merges.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  rows.push(["拟稿人", "邓××", null, "印数", "6份", null]);
  merges.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  for (const [k, v] of [["文号", "连商〔2021〕45号"], ["标题", "连州市商务局关于报送2019年省级电子商务进农村综合示范创建考评自评情况的报告"], ["主送", "清远市商务局"],
    ["抄送", "市政府办公室，市财政局"], ["附件", "连州市2019年省级电子商务进农村综合示范创建考评自评表"]]) {
    rows.push([k, v, null, null, null, null]);
    merges.push(`B${rows.length}:F${rows.length}`);
  }
  rows.push(padRow([], W));
  const bodyStart = rows.length + 1;
  full("连州市商务局关于报送2019年省级电子商务进农村综合示范创建考评自评情况的报告");
  full("清远市商务局：");
  full("　　根据《广东省商务厅关于开展2019年省级电子商务进农村综合示范创建考评工作的通知》（粤商务电函〔2021〕101号）要求，我市对照考评指标体系开展了自评，有关数据截至2021年8月31日。现将有关情况报告如下：");
  full("　　一、基本情况。我市常住人口36.87万人（第七次全国人口普查），共有行政村60个、社区居委会8个，其中省定贫困村6个。");
  full("　　二、组织领导。成立由市长任组长，分管副市长任副组长，市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局、市市场监管局、连州邮政分公司为成员单位的创建工作领导小组。2020年3月正式印发《连州市电子商务进农村综合示范创建工作方案》，同年出台《连州市促进农村电子商务发展扶持办法》。");
  full("　　三、服务体系建设。市电子商务公共服务中心于2020年12月28日正式投入运营，设有免费培训场所和培训设备，为特色农产品提供免费展示、销售服务，为电商主体提供免费摄影、美工服务，组织“连州菜心”“连州水晶梨”统一推广并指导品牌建设，提供代运营咨询、金融对接等衍生增值服务；整合优化连州电商产业园，入驻企业20家；引进专业第三方电子商务运营服务商；全市行政村物流快递覆盖率达100%。");
  full("　　四、农村产品上行。2019年、2020年全市农村网络零售额分别为10.26亿元、13.41亿元，2020年同比增长30.7%。");
  full("　　五、电商人才培训。累计开展电商培训3,100人次；有劳动能力的建档立卡贫困人口（不含外出务工）20人，参加培训9人。");
  full("　　六、信息公开及报送。在市政府网站设立专栏，公开创建方案、项目基本信息和项目建设进度，设立监督举报电话；每月向清远市商务局报送工作进展，能统计电商扶贫情况。");
  full("　　七、资金管理。省级下达专项资金500万元，截至2021年8月31日已拨付381.2万元，支出率76.2%；制定了专项资金管理办法，各承建单位建立了资金专用台账。项目总体进度约90%。");
  full("　　八、一票否决事项。我市未发生安全生产、质量事故或重大经济损失，无弄虚作假情况。");
  full(`　　经自评，我市得分${claimScored}分，加分项${claimBonus}分（详见附件）。`);
  full("　　特此报告。");
  rows.push(padRow([null, null, null, "连州市商务局"], W));
  merges.push(`D${rows.length}:F${rows.length}`);
  rows.push(padRow([null, null, null, "2021年9月3日"], W));
  merges.push(`D${rows.length}:F${rows.length}`);
  rows.push(padRow([], W));
  full("附件");
  full("连州市2019年省级电子商务进农村综合示范创建考评自评表");
  rows.push(["序号", "评价指标", "分值", "自评得分", "自评说明", null]);
  merges.push(`E${rows.length}:F${rows.length}`);
  const SC = [
    ["组织领导", "org.leadership", 2, "市长任组长，商务、财政、农业农村、乡村振兴等部门参与"], ["方案制定", "org.plan", 2, "方案已正式印发，自评2分"],
    ["政策支持", "org.policy", 2, "扶持办法已出台并落实，自评2分"], ["项目管理", "org.management", 4, "项目管理制度2分；工作台账1分（2020年上半年台账不全）"],
    ["服务体系建设（县级中心与产业园）", "work.center", 15, "中心运营满6个月，产业园入驻20家"], ["服务体系建设（村级站点覆盖）", "work.coverage", 10, "行政村覆盖率70%，贫困村全覆盖"],
    ["农村产品上行", "work.upward", 10, "网销调研2分；促销活动2分；交易标准及冷链溯源1分；第三方运营、快递覆盖、增速达标"],
    ["电商人才培训", "work.training", 20, "培训人次约1%；贫困人口培训率45%"], ["信息公开", "info.disclosure", 4, null], ["数据上报", "info.reporting", 6, null],
    ["案例总结", "promo.cases", 2, null], ["经验推广", "promo.media", 8, "省级、市级、县级媒体均有报道"], ["制度建立", "fund.system", 5, "资金管理办法，自评4分"],
    ["资金台账", "fund.ledger", 5, "承建单位专用台账，自评4分"], ["资金支出", "fund.spending", 5, "支出率76.2%，按进度及时拨付，自评4分"],
    ["加分项：贫困人口培训率70%及以上", "bonus.poorTraining", 2, null], ["加分项：电商扶贫典型案例获电视播报", "bonus.tvCase", 2, "广东卫视播报"],
  ];
  SC.forEach(([n, id, w, note], j) => {
    rows.push([j + 1, n, w, claimed[id], note, null]);
    merges.push(`E${rows.length}:F${rows.length}`);
  });
  rows.push(["合计", null, 100, claimScored, `另加分${claimBonus}分`, null]);
  merges.push(`A${rows.length}:B${rows.length}`, `E${rows.length}:F${rows.length}`);
  assert(rows.every((r) => r.length === W) && bodyStart > 5, "c1 width");

  // ---------------- points
  const opened = "2020-12-28";
  const inParkN = new Set(inPark.map((f) => f.code)).size;
  const centerPts = (openedBy(opened, CUT) ? 2 : 0) + (opened <= "2021-02-28" ? 2 : 0) + 2 + 1 + 1 + 1 + 1 + 2 + (inParkN >= 20 ? 2 : 0) + (typesIn.size >= 3 ? 1 : 0);
  const covPts = (ratioGE(covSet.size, covBase, 70) ? 5 : ratioGE(covSet.size, covBase, 50) ? 2 : 0) + (covPoor.length === poor.length ? 5 : ratioGE(covPoor.length, poor.length, 80) ? 3 : 0);
  const r19 = 1026000000, r20 = 1341000000;
  const growthOk = (r20 - r19) * 100 >= 30 * r19;
  assert(growthOk && Math.round(((r20 - r19) / r19) * 1000) === 307, "c1 growth 30.7%");
  const upPts = 2 + 2 + 1 + 1 + 1 + (growthOk ? 2 : 0);
  const trainPts = (ratioGE(ptCut, BASE, 1) ? 10 : ratioGE(ptCut, BASE, 0.8) ? 8 : ratioGE(ptCut, BASE, 0.6) ? 6 : 0)
    + (ratioGE(trainedCut.size, 20, 50) ? 10 : ratioGE(trainedCut.size, 20, 40) ? 8 : ratioGE(trainedCut.size, 20, 30) ? 6 : 0);
  assert(centerPts === 15 && covPts === 8 && upPts === 9 && trainPts === 16, "c1 parts " + [centerPts, covPts, upPts, trainPts]);
  const repMonths = inWindowMonths(repDates);
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 2 + 1, "work.center": centerPts, "work.coverage": covPts,
    "work.upward": upPts, "work.training": trainPts, "info.disclosure": 2 + (disMonths === 12 ? 2 : disMonths > 0 ? 1 : 0),
    "info.reporting": (repMonths === 12 ? 3 : repMonths > 0 ? 1 : 0) + 3, "promo.cases": 2, "promo.media": 4 + 1, "fund.system": 4, "fund.ledger": 4,
    "fund.spending": ratioGE(spent, ALLOC, 70) ? 4 : -5, "bonus.poorTraining": ratioGE(trainedCut.size, 20, 70) ? 2 : 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 84 && bonus === 1, "c1 total " + scored + "+" + bonus);
  const derivation = [
    "org.leadership: 报告正文“二、组织领导”：市长任组长，成员单位有市商务局、市财政局、市农业农村局、市乡村振兴局 → 主要领导牵头、四部门都在 → 2（稿纸“会签”只列市财政局、市农业农村局，那是会签单位，不是领导小组成员）",
    "org.plan: 方案2020年3月正式印发；附件自评说明“自评2分” → 2",
    "org.policy: 扶持办法已出台；“自评2分” → 2",
    "org.management: 附件“项目管理制度2分；工作台账1分” → 2＋1 = 3",
    `work.center: 中心2020年12月28日正式投入运营 ≤ 2021-08-31 → 2，且 ≤ 2021-02-28（满6个月） → 2；免费培训 2、免费展示销售 1、免费摄影美工 1、统一推广品牌 1、衍生增值服务 1；整合优化产业园 → 2；《产业园企业》截至8月31日在园${inParkN}家（“连州市好运农品商行”2021年5月20日退园、“连州市绿源电子商务有限公司”2021.9.10入驻都不算） → 2；类型${[...typesIn].join("、")} ≥ 3种 → 1；合计15`,
    `work.coverage: 《村委会名单》村委会60个（居委会8个不算）；《站点台账》挂牌运营日期 ≤ 2021-08-31 的站点覆盖行政村42个（同村“（二）”站只算一次；社区站不算；“连州林场”不在名单内不算；“${short(covLastAug)}村”站2021年8月31日挂牌，当天算；“${short(poorLate)}村”站2021.9.6挂牌不算；小计、合计行不是站点） → 42/60 = 70.0%，恰好达到70% → 5；省定贫困村★6个，有站的5个 → 5/6 = 83.3%，在80%—100%之间 → 3；合计8（自评10）`,
    "work.upward: 附件说明：网销调研2、促销活动2、交易标准及冷链溯源1；第三方运营服务商 → 1；《村委会名单》快递全部“是” → 1；农村网零10.26→13.41亿元，增长30.7% ≥ 30% → 2；合计9",
    `work.training: 常住人口36.87万 → 基数368,700；《培训台账》第一至十一期（全角数字照读）合计3,100人次，第十二期2021.9.9补训620人次不算、合计行不另加 → 3,100/368,700 = ${pct2(3100, 368700)}，在0.8%—1%之间 → 8；《贫困人口》有劳动能力（含弱劳动能力）且不外出务工的20人；《参训名单》截止日前身份证号对上的9人（一人身份证号带空格照对；一人参训两次算一次；一人只参加9月补训；一名外出务工人员不在20人内） → 9/20 = 45% → 8；合计16（自评18）`,
    "info.disclosure: 专栏公开创建方案、项目基本信息、建设进度，设监督举报电话 → 2；《专栏更新》2020年9月—2021年8月每月都有更新 → 2；合计4",
    "info.reporting: 《月报报送》2020年9月—2021年8月缺2021年2月（表注写明春节期间未单独报送），11个月 → 不定时 1；正文“能统计电商扶贫情况”，台账也附扶贫统计 → 3；合计4（自评6）",
    "promo.cases: 2021年4月20日向清远市商务局报送经验材料 → 2",
    "promo.media: 截止日前有南方日报、广东卫视（省级） → 4；“连州发布”（县级） → 1；清远日报那条是2021.9.5，在截止日后，市级3分不得 → 合计5（自评8）",
    "fund.system: 附件“资金管理办法，自评4分” → 4",
    "fund.ledger: 附件“承建单位专用台账，自评4分” → 4",
    `fund.spending: 《资金台账》截止日前10笔（${PAY.map((p, j) => (j % 4 === 1 && p[0] <= CUT ? `“${wan(p[3])}万”` : "")).join("")}按万元换算，千分位文本照读）合计${fmtMoney(spent)}元，9月14日尾款225,000元不算 → ${fmtMoney(spent)}/5,000,000 = 76.24% ≥ 70% → 评判分“自评4分” → 4`,
    "bonus.poorTraining: 9/20 = 45% < 70% → 0",
    "bonus.tvCase: 广东卫视《广东新闻联播》2021年6月8日播报电商扶贫典型案例（省级电视） → 1（自评2）",
    "veto.incident: 正文“未发生安全生产、质量事故或重大经济损失” → 不否决",
    "veto.progress: 项目总体进度约90% ≥ 40%（支出率76.24%也 ≥ 40%） → 不否决",
    "veto.fraud: “无弄虚作假情况” → 不否决",
  ];
  return {
    description:
      `清远连州市商务局整本考评工作簿（12个表），84＋加分1＝85分、未否决（自评${claimScored}＋${claimBonus}）：事实表是局里报送自评报告的《发文稿纸》——上面是签发｜会签｜核稿｜拟稿单位｜拟稿人｜印数｜文号｜标题｜主送｜抄送｜附件的稿纸格（签发、会签的“9月3日”“9.2”不是考评截止日，会签的市财政局、市农业农村局不是领导小组成员），下面贴着报告正文（一段一行合并A:F，事实在句子里：常住人口36.87万、市长任组长、中心2020年12月28日运营、网零10.26→13.41亿元、下达500万元拨付381.2万元、进度约90%），最后是附件自评表（序号｜评价指标｜分值｜自评得分｜自评说明，主观分写在说明里）。台账：村委会名单（★贫困村、快递“是”）、站点台账按镇排列带小计行和合计行（林场站不在名单、8月31日当天挂牌的算），行政村覆盖恰好42/60＝70%；培训按期次（全角人次、9月补训620人次）3,100/368,700；贫困人口名单和参训名单9/20；产业园20家；资金“36.5万”与元混写，76.24%；月报缺2月；清远日报报道在9月。`,
    sheets: [
      { name: "发文稿纸（自评报告）", rows, merges },
      { name: "村委会名单", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "培训台账", rows: tRows, merges: tMerges },
      { name: "贫困人口", rows: pRows, merges: ["A1:H1", `A${pRows.length}:H${pRows.length}`] },
      { name: "参训名单", rows: trRows, merges: ["A1:F1"] },
      { name: "产业园企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金台账", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: rRows, merges: ["A1:D1", `A${rRows.length}:D${rRows.length}`] },
      { name: "专栏更新", rows: uRows, merges: ["A1:C1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 茂名市化州市: 第三方运营服务商的《公共服务中心运营服务月报（2021年8月）》数据页
// =====================================================================================================
function buildF1() {
  const W = 8;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:H${rows.length}`);
  };
  const tr = (c) => rows.push(padRow(c.slice(), W));
  full("化州市电子商务进农村综合示范项目　公共服务中心运营服务月报（2021年8月）");
  full("报送单位：茂名市粤橘红电子商务有限公司（化州市电子商务进农村综合示范项目专业第三方运营服务商）　　报送对象：化州市商务局　　统计截止：2021年8月31日");
  tr([]);
  full("一、运营概况");
  full("　　化州市电子商务公共服务中心于2020年10月18日投入运营，本月为第11个运营月。中心服务覆盖全市23个镇（街道）382个行政村（其中省定贫困村38个），全市常住人口124.56万人（第七次全国人口普查），行政村物流快递覆盖率100%。");
  tr([]);
  full("二、主要运营指标");
  tr(["指标", "单位", "本月", "本年累计", "项目累计", "合同目标值", "完成率", "备注"]);
  const PT = 12718;
  const target = 12456;
  tr(["电商培训", "人次", 512, fmtInt(4106), fmtInt(PT), `${fmtInt(target)}（常住人口1%）`, pct1(PT, target), "项目累计自2020年1月项目启动起"]);
  tr(["　其中：建档立卡贫困人口参训", "人", 38, fmtInt(1102), fmtInt(2645), "—", "—", "按身份证号去重"]);
  tr(["有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "—", "—", fmtInt(4930), "—", "—", "市乡村振兴局2021年8月提供"]);
  tr(["村级电商服务站点", "个", 3, 41, 287, 270, pct1(287, 270), "不是考评口径，覆盖率以商务局台账为准"]);
  tr(["免费拍摄产品", "款", 46, 352, 618, 500, pct1(618, 500), null]);
  tr(["免费美工设计", "次", 31, 240, 433, 400, pct1(433, 400), null]);
  tr(["农特产品展示", "款", 12, 96, 214, 200, pct1(214, 200), "展销区常设"]);
  tr(["产业园入驻企业", "家", 1, 9, 26, 20, pct1(26, 20), "以园区管理台账为准"]);
  tr(["直播带货场次", "场", 22, 168, 305, "—", "—", null]);
  assert(Math.round(1245600 / 100) === target, "f1 1% of population");
  tr([]);
  full("三、县域电商数据（引自省商务厅电子商务公共服务平台）");
  tr(["项目", "单位", "2020年", "同比增长", null, null, null, "备注"]);
  tr(["农村网络零售额", "亿元", 41.27, "33.6%", null, null, null, "2019年数据平台口径调整，不列"]);
  tr(["农产品网络零售额", "亿元", 9.85, "—", null, null, null, null]);
  tr([]);
  full("四、服务功能开展情况");
  tr(["服务项目", null, "是否开展", "本月服务量", null, "备注", null, null]);
  const SV = [["免费培训场所及设备（培训教室2间、电脑60台）", "√", "电商基础培训6场"], ["农特产品免费展示、销售", "√", "展品214款（累计）"],
    ["免费摄影、美工", "√", "拍摄46款、美工31次"], ["农产品统一推广、品牌建设指导", "√", "“化州橘红”区域公用品牌推广2场"],
    ["其他衍生增值服务", "√", "代办营业执照7户、金融对接2场"], ["电商产业园运营（整合中心二楼及原供销社仓库）", "√", "本月新入驻1家"]];
  for (const [a, b, c] of SV) {
    tr([a, null, b, c, null, null, null, null]);
    merges.push(`A${rows.length}:B${rows.length}`, `D${rows.length}:E${rows.length}`, `F${rows.length}:H${rows.length}`);
  }
  merges.push(`A${rows.length - SV.length}:B${rows.length - SV.length}`, `D${rows.length - SV.length}:E${rows.length - SV.length}`, `F${rows.length - SV.length}:H${rows.length - SV.length}`);
  tr([]);
  full("五、下月工作计划");
  full("　　1．9月10日前完成第12期“直播带货”培训（计划200人次）；2．配合市商务局做好省考评迎检（9月中旬）；3．9月30日前完成“橘红节”网络促销活动方案。");
  tr(["填报人：吴××", null, null, "审核：陈××（项目经理）", null, null, "报送日期：2021年9月3日", null]);
  merges.push(`A${rows.length}:C${rows.length}`, `D${rows.length}:F${rows.length}`, `G${rows.length}:H${rows.length}`);
  assert(rows.every((r) => r.length === W), "f1 width");
  return {
    description:
      "茂名化州市的第三方运营服务商（茂名市粤橘红电子商务有限公司）报给市商务局的《公共服务中心运营服务月报（2021年8月）》数据页：报送单位一行自称专业第三方运营服务商；一段运营概况（运营日期、行政村和贫困村数、常住人口、快递覆盖都在句子里）；“主要运营指标”表 指标｜单位｜本月｜本年累计｜项目累计｜合同目标值｜完成率｜备注，考评数要读“项目累计”（培训12,718人次，不是本月512或本年4,106；贫困人口参训2,645人、有劳动能力不含外出务工4,930人），合同目标值“12,456（常住人口1%）”和完成率不是输入；站点数、入驻企业数不是输入；县域数据只给2020年（41.27亿元、增长33.6%；农产品9.85亿元），服务功能表全打√（含产业园运营）；下月计划的9月日期和报送日期不是事实；运营商的月报不写牵头领导，也没有自评分。",
    sheets: [{ name: "运营月报（8月）", rows, merges }],
    expect: {
      facts: {
        county: "化州市", asOf: "2021-08-31", residentPopulation: 1245600, adminVillagesStated: 382, poorVillagesStated: 38,
        centerOpened: "2020-10-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: true,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: true, ruralRetail2020: 4127000000, ruralRetailGrowthStated: 0.336,
        agriRetail2020: 985000000, trainingPersonTimesStated: PT, eligiblePoorPersonsStated: 4930, trainedPoorPersonsStated: 2645,
      },
      judged: {},
    },
  };
}

// =====================================================================================================
// f2 — 江门市恩平市: 领导小组第四次会议记录（发言人｜发言要点）
// =====================================================================================================
function buildF2() {
  const W = 4;
  const rows = [];
  const merges = [];
  const kv = (k, v) => {
    rows.push([k, v, null, null]);
    merges.push(`B${rows.length}:D${rows.length}`);
  };
  rows.push(["恩平市电子商务进农村综合示范创建工作领导小组第四次会议记录", null, null, null]);
  merges.push("A1:D1");
  kv("时　　间", "2021年9月2日（星期四）下午3:00");
  kv("地　　点", "市政府三楼第二会议室");
  kv("主 持 人", "冯××（市长、领导小组组长）");
  kv("出　　席", "领导小组成员单位：市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局、市邮政管理局、恩平邮政分公司负责同志");
  kv("列　　席", "市政府办公室、第三方运营服务商项目经理");
  kv("记 录 人", "梁××（市商务局电子商务股）");
  kv("会议议题", "审定我市2019年省级电子商务进农村综合示范创建考评自评材料");
  rows.push([null, null, null, null]);
  rows.push(["序号", "发言人", "发言要点", null]);
  merges.push(`C${rows.length}:D${rows.length}`);
  const SP = [
    ["冯××（市长、组长）", "今天主要审定考评自评材料。省里要求数据统一截至2021年8月31日，各单位报的数都按这个时点。"],
    ["黄××（市商务局局长）", "汇报总体情况：我市常住人口按七普是47.86万人，行政村129个，其中省定贫困村13个。创建工作方案2020年5月以市政府办公室名义正式印发，《恩平市促进农村电子商务发展若干措施》去年已经出台。"],
    ["黄××（市商务局局长）", "市电商公共服务中心2020年12月8日正式运营，免费培训场地和设备、农特产品免费展示销售、统一推广和品牌建设指导、创业孵化和金融对接等增值服务都有；免费摄影美工还没开展，计划9月底前补上。产业园已整合到位，中心由专业第三方公司运营。"],
    ["吴××（市商务局副局长）", "培训方面，截至8月31日累计培训5,106人次；有劳动能力、不外出务工的建档立卡贫困人口1,236人，其中参加过培训的655人。"],
    ["岑××（市乡村振兴局局长）", "更正一下刚才的数：1,236人是6月份的数，系统8月底核定有劳动能力且不外出务工的建档立卡贫困人口是1,263人；参训655人这个数没问题。"],
    ["郑××（市财政局副局长）", "省级资金下达500万元，截至8月31日拨付392.6万元。资金管理办法去年和商务局联合印发了，承建单位都建了资金专用台账。"],
    ["何××（市邮政管理局）", "快递进村还有大田镇两个山区村没通，覆盖率98.4%，年底前解决。"],
    ["梁××（市商务局电子商务股）", "网站专栏公开了创建方案、项目基本信息和建设进度，每月更新，监督举报电话也在专栏公布；每月报江门市商务局的进展都附电商扶贫统计。农村网络零售额2019年18.6亿元、2020年22.9亿元；农产品网络零售额2020年同比增长35.2%。项目总体进度92%。"],
    ["李××（副市长、副组长）", "经排查，创建以来没有发生安全生产、质量事故；各项数据都经部门核对，不存在弄虚作假。"],
    ["冯××（市长、组长）", "会议议定：一、自评分按以下意见：方案制定2分、政策支持2分、项目管理制度2分、工作台账2分、网销调研2分、网络促销活动1分、交易标准及冷链溯源1分、资金管理制度4分、资金台账4分、资金及时拨付4分；二、免费摄影美工服务9月底前开展；三、9月6日前将自评材料报江门市商务局。"],
  ];
  SP.forEach(([who, what], j) => {
    rows.push([j + 1, who, what, null]);
    merges.push(`C${rows.length}:D${rows.length}`);
  });
  rows.push(["（会议记录经主持人审阅）", null, null, null]);
  merges.push(`A${rows.length}:D${rows.length}`);
  assert(Math.round((127 / 129) * 1000) === 984 && rows.every((r) => r.length === W), "f2 express 98.4%");
  return {
    description:
      "江门恩平市电商进农村创建领导小组第四次会议的会议记录（电子商务股记录人打进Excel）：上面是时间｜地点｜主持人｜出席｜列席｜记录人｜会议议题的会议要素（9月2日会议时间不是截止日；出席写明是领导小组成员单位：商务、财政、农业农村、乡村振兴等），下面一人一段“序号｜发言人｜发言要点”，事实都在发言里：市长（组长）说数据截至8月31日；局长讲常住人口47.86万、行政村129、贫困村13、方案印发、政策出台、中心2020年12月8日运营、摄影美工“还没开展”；副局长说有劳动能力不外出务工的贫困人口1,236人、参训655人，乡村振兴局局长接着更正为1,263人（以更正为准）；财政局500万元、拨付392.6万元；邮政管理局快递覆盖率98.4%（未全覆盖）；网零两年数和农产品增速35.2%；副市长（副组长）声明无事故、无弄虚作假；最后组长“会议议定”给出十项主观分。",
    sheets: [{ name: "第四次会议记录", rows, merges }],
    expect: {
      facts: {
        county: "恩平市", asOf: "2021-08-31", residentPopulation: 478600, adminVillagesStated: 129, poorVillagesStated: 13,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-08", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2019: 1860000000, ruralRetail2020: 2290000000, agriRetailGrowthStated: 0.352,
        trainingPersonTimesStated: 5106, eligiblePoorPersonsStated: 1263, trainedPoorPersonsStated: 655,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3926000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.92,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 清远市连南瑶族自治县: 宽表分两页打印后贴回 Excel（上段：序号｜类别｜项目｜单位；下段“续表”：序号｜填报值｜自评分｜佐证｜备注）
// =====================================================================================================
function buildF3() {
  // [类别, 项目, 单位, 填报值, 自评分, 佐证材料, 备注]
  const IT = [
    ["基本情况", "县（市、区）名称", "—", "连南瑶族自治县", null, null, null],
    ["基本情况", "考评截止日期", "—", "2021.8.31", null, null, null],
    ["基本情况", "常住人口", "万人", "１３．７９", null, "七普公报", "户籍人口17.6万人不作基数"],
    ["基本情况", "行政村数", "个", "７１", null, "县民政局", "不含社区"],
    ["基本情况", "省定贫困村数", "个", 16, null, null, null],
    ["组织领导", "领导小组组长", "—", "县委副书记、县长", null, "连南府办〔2020〕9号", null],
    ["组织领导", "领导小组成员单位", "—", "县商务局、县财政局、县农业农村局、县扶贫办、县交通运输局、县市场监管局", null, null, null],
    ["组织领导", "示范创建工作方案", "—", "已正式印发", 2, "连南府办〔2020〕15号", null],
    ["组织领导", "农村电商扶持政策", "—", "已出台", 1, null, "落实不够到位"],
    ["组织领导", "项目管理制度", "—", "已建立", 2, null, null],
    ["组织领导", "工作台账", "—", "已建立", 2, null, null],
    ["服务体系", "公共服务中心投入运营日期", "—", "2021年3月5日", null, "揭牌照片", "2020年12月起试运营"],
    ["服务体系", "免费培训场所、培训设备", "有/无", "有", null, null, null],
    ["服务体系", "免费展示、销售服务", "有/无", "有", null, null, null],
    ["服务体系", "免费摄影、美工服务", "有/无", "有", null, null, null],
    ["服务体系", "农产品统一推广、品牌建设指导", "有/无", "有", null, null, "“连南瑶山”品牌"],
    ["服务体系", "其他衍生增值服务", "有/无", "无", null, null, null],
    ["服务体系", "电商产业园", "有/无", "无", null, null, "计划2022年建设"],
    ["产品上行", "专业第三方电子商务运营服务商", "有/无", "有", null, "运营合同", null],
    ["产品上行", "行政村物流快递覆盖率", "%", "100", null, "市邮政管理局证明", null],
    ["产品上行", "2019年农产品网络零售额", "万元", "8,260", null, "省商务厅平台", null],
    ["产品上行", "2020年农产品网络零售额", "万元", "11,035", null, "省商务厅平台", "同比增长33.6%"],
    ["产品上行", "网销调研及建议", "—", "已完成", 2, "调研报告", null],
    ["产品上行", "网络促销活动", "—", "已开展", 2, null, null],
    ["产品上行", "交易标准及冷链、溯源系统", "—", "部分建立", 1, null, "溯源系统已上线，冷链在建"],
    ["人才培训", "培训人次", "人次", "1,452", null, "签到表", null],
    ["人才培训", "有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "1,318", null, "县扶贫办确认", null],
    ["人才培训", "参加培训的建档立卡贫困人口", "人", "702", null, null, null],
    ["信息公开", "专栏公示创建方案", "是/否", "是", null, null, null],
    ["信息公开", "专栏公示项目基本信息", "是/否", "是", null, null, null],
    ["信息公开", "专栏公示项目建设进度", "是/否", "是", null, null, null],
    ["信息公开", "征求意见或监督举报窗口", "是/否", "是", null, null, null],
    ["信息公开", "统计电商扶贫情况", "是/否", "是", null, null, null],
    ["资金管理", "下达资金总额", "万元", "500", null, null, null],
    ["资金管理", "累计拨付资金", "万元", "412.8", null, "国库支付凭证", "截至8月31日"],
    ["资金管理", "资金管理制度", "—", "已制定", 5, null, null],
    ["资金管理", "资金专用台账", "—", "已建立", 4, null, null],
    ["资金管理", "资金及时拨付", "—", "按进度拨付", 5, null, null],
    ["资金管理", "项目总体进度", "%", "95", null, null, null],
    ["否决事项", "安全生产、质量事故或重大损失", "有/无", "无", null, null, null],
    ["否决事项", "弄虚作假", "有/无", "无", null, null, null],
  ];
  assert(Math.round((11035 / 8260 - 1) * 1000) === 336, "f3 growth note");
  const W = 5;
  const rows = [["连南瑶族自治县电子商务进农村综合示范考评填报表", null, null, null, null], ["（本表较宽，分两页打印：第一页为左半部分，右半部分见下方“续表”，按序号对应）", null, null, null, null],
    ["序号", "类别", "填报项目", "计量单位", null]];
  const merges = ["A1:E1", "A2:E2", "D3:E3"];
  IT.forEach((it, j) => {
    rows.push([j + 1, it[0], it[1], it[2], null]);
    merges.push(`D${rows.length}:E${rows.length}`);
  });
  rows.push(["第 1 页　共 2 页", null, null, null, null]);
  merges.push(`A${rows.length}:E${rows.length}`);
  rows.push([null, null, null, null, null]);
  rows.push(["续表", null, null, null, null]);
  merges.push(`A${rows.length}:E${rows.length}`);
  rows.push(["序号", "填报值", "自评分", "佐证材料", "备注"]);
  IT.forEach((it, j) => rows.push([j + 1, it[3], it[4], it[5], it[6]]));
  rows.push(["第 2 页　共 2 页", null, null, null, null]);
  merges.push(`A${rows.length}:E${rows.length}`);
  rows.push(["填报单位（盖章）：连南瑶族自治县商务局　　填报人：房××　　填报日期：2021年9月1日", null, null, null, null]);
  merges.push(`A${rows.length}:E${rows.length}`);
  return {
    description:
      "清远连南瑶族自治县商务局的《考评填报表》：原表太宽，分两页横向打印后又贴回Excel，成了上下两段——上段“序号｜类别｜填报项目｜计量单位”（41行，页脚“第 1 页　共 2 页”），下段标“续表”，“序号｜填报值｜自评分｜佐证材料｜备注”，要按序号把两段对上才知道每个值是什么。读法：常住人口“１３．７９”（全角）万人＝137,900（备注户籍17.6万不是）；行政村“７１”；组长县委副书记、县长，成员单位含县扶贫办 → 四部门都在；中心运营“2021年3月5日”（试运营12月不算）；衍生增值服务“无”、产业园“无”；农产品网零8,260、11,035万元；培训1,452人次，贫困人口1,318／702人；资金500万元、拨付412.8万元；自评分列只在主观项上有分（政策1分、交易标准1分、资金台账4分）。",
    sheets: [{ name: "填报表（两页）", rows, merges }],
    expect: {
      facts: {
        county: "连南瑶族自治县", asOf: "2021-08-31", residentPopulation: 137900, adminVillagesStated: 71, poorVillagesStated: 16,
        planIssued: true, policyIssued: true, centerOpened: "2021-03-05", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: false, thirdPartyOperator: true, expressCoverage: true,
        agriRetail2019: 82600000, agriRetail2020: 110350000, trainingPersonTimesStated: 1452, eligiblePoorPersonsStated: 1318,
        trainedPoorPersonsStated: 702, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 4128000, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.95, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 5,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// l1 — 河源市东源县: 填表说明、站点（按镇分段）、专户银行流水（借方＝拨付）、宣传报道、图表数据
// =====================================================================================================
function buildL1() {
  const CUT = "2021-08-31";
  const TOWNS = [["仙塘镇", 5], ["灯塔镇", 4], ["骆湖镇", 3], ["船塘镇", 4], ["顺天镇", 3], ["康禾镇", 3]];
  const prefixes = ["仙塘", "灯塔", "骆湖", "船塘", "顺天", "康禾", "东源"];
  const vName = nameMaker("黄石新大下上白水禾", ["田", "坑", "岗", "陂", "塘", "径", "围", "岭", "坝"], "村", prefixes);
  const sRows = [["东源县村级电子商务服务站点台账"], ["序号", "站点名称", "所在行政村", "负责人", "联系电话", "挂牌时间", "备注"]];
  const sMerges = ["A1:G1"];
  const sRecs = [];
  const TN = ["一", "二", "三", "四", "五", "六"];
  let n = 0;
  TOWNS.forEach(([t, k], ti) => {
    sRows.push([`${TN[ti]}、${t}（${k}个）`, null, null, null, null, null, null]);
    sMerges.push(`A${sRows.length}:G${sRows.length}`);
    const list = Array.from({ length: k }, () => ({ v: vName(), op: randIsoBetween("2020-06-01", "2021-08-28") })).sort((a, b) => cmp(a.op, b.op));
    if (ti === 2) list[1].op = "2021-04";
    if (ti === 4) list[k - 1].op = "2021-09-03";
    list.forEach((s, j) => {
      n++;
      const vc = n % 3 === 0 ? s.v.replace(/村$/, "村委会") : s.v;
      const oc = s.op.length === 7 ? "2021年4月" : n % 3 === 1 ? D(s.op) : ydNum(s.op);
      sRows.push([n, `东源县${t}${s.v.replace(/村$/, "")}村电商服务站`, vc, personName(), mask(phone()), oc, s.op > CUT ? "9月挂牌" : null]);
      sRecs.push({ village: vc, opened: s.op });
    });
  });
  sRows.push(["注：挂牌时间为8位数字的，按“年月日”读（如20201015即2020年10月15日）。"]);
  sMerges.push(`A${sRows.length}:G${sRows.length}`);
  for (const r of sRows) padRow(r, 7);
  assert(sRecs.some((r) => r.opened.length === 7) && sRecs.some((r) => r.opened > CUT), "l1 station variety");

  // ---------------- 专户银行流水
  const OUT = [["2020-10-16", "中心建设运营预付款", "河源市东源县万绿电商运营有限公司", 600000], ["2020-12-08", "村级站点建设第一批", "中国邮政集团有限公司河源市东源县分公司", 350000],
    ["2021-01-27", "电商培训费", "河源市东源县客家电商培训学校", 162500], ["2021-03-30", "物流配送体系建设", "河源市东源县顺达物流有限公司", 480000],
    ["2021-05-21", "中心建设运营进度款", "河源市东源县万绿电商运营有限公司", 540000], ["2021-06-25", "品牌培育推广", "河源市东源县仙湖茶文化传播有限公司", 275800],
    ["2021-08-20", "村级站点建设第二批", "中国邮政集团有限公司河源市东源县分公司", 390000], ["2021-09-07", "电商培训费（尾款）", "河源市东源县客家电商培训学校", 87500]];
  const IN = [["2020-09-25", "收到省级电子商务进农村专项资金", "东源县财政局国库支付中心", 5000000], ["2020-12-21", "结息", "—", 5632.18], ["2021-03-21", "结息", "—", 4118.27], ["2021-06-21", "结息", "—", 2987.4]];
  const ev = OUT.map((o) => ({ d: o[0], memo: o[1], who: o[2], out: o[3] })).concat(IN.map((i) => ({ d: i[0], memo: i[1], who: i[2], inn: i[3] }))).sort((a, b) => cmp(a.d, b.d));
  const bRows = [["中国农业银行东源县支行　账户交易明细"], ["户名：东源县商务局电子商务进农村综合示范专项资金　　账号：4463 **** **** 0218　　币种：人民币　　起止日期：20200901—20210915"],
    ["交易日期", "摘要", "对方户名", "借方发生额（支出）", "贷方发生额（收入）", "余额", "流水号"], [20200901, "期初余额", null, null, null, "0.00", null]];
  let bal = 0;
  const fRecs = [];
  ev.forEach((e, j) => {
    bal = Math.round((bal + (e.inn || 0) - (e.out || 0)) * 100) / 100;
    bRows.push([ydNum(e.d), e.memo, e.who, e.out ? fmtMoney(e.out) : null, e.inn ? fmtMoney(e.inn) : null, fmtMoney(bal), `ABC${yyyymmdd(e.d)}${pad3(j + 101)}`]);
    if (e.out) fRecs.push({ date: e.d, amount: e.out });
  });
  bRows.push(["本期合计", null, null, fmtMoney(sum(OUT.map((o) => o[3]))), fmtMoney(sumYuan(IN.map((i) => i[3]))), fmtMoney(bal), null]);
  bRows.push(["打印时间：2021-09-15 10:42:07　　柜员：0318　　（本明细仅供对账，借方为本账户支出）"]);
  assert(fRecs.length === 8, "l1 eight payments");

  // ---------------- 宣传报道
  const M = [["2020-11-12", "东源首批村级电商服务站挂牌", "东源发布", "县级", "网络", "否", false], ["2021-01-09", "东源仙湖茶搭上直播快车", "河源日报", "市级", "报纸", "否", false],
    ["2021-03-17", "东源：电商进村 板栗出山", "河源广播电视台《河源新闻》", "市级", "电视", "是", true], ["2021-05-26", "广东东源：小站点撬动大市场", "南方+客户端", "省级", "网络", "否", false],
    ["2021-07-14", "贫困户直播间里卖客家米酒", "广东广播电视台珠江频道", "省级", "电视", "是", true], ["2021-09-02", "电商助农的东源样本", "人民网", "国家级", "网络", "否", false]];
  const LV = { 国家级: "national", 省级: "province", 市级: "city", 县级: "county" };
  const mRows = [["东源县电子商务进农村宣传报道清单"], ["序号", "日期", "标题", "媒体", "级别", "形式", "是否电商扶贫典型案例"]];
  const mRecs = [];
  M.forEach(([d, t, med, lv, form, tc, tv], j) => {
    mRows.push([j + 1, [cnDate(d), dotDate(d), D(d)][j % 3], `《${t}》`, med, lv, form, tc]);
    mRecs.push({ date: d, level: LV[lv], tv });
  });

  // ---------------- 填表说明 / 图表数据
  const note = [["填表说明"], ["1．本工作簿为东源县电子商务进农村考评台账（站点、资金、宣传）。"], ["2．资金以专项资金专户银行流水为准：借方为拨付支出，贷方为资金到账和利息收入。"],
    ["3．站点挂牌时间只知道月份的，填到月。"], ["4．《图表数据》为汇报PPT柱状图数据源。"]];
  const chart = [["各镇站点数（汇报PPT图表数据）"], ["镇", "站点数"]].concat(TOWNS.map(([t, k]) => [t, k]), [["合计", sum(TOWNS.map((t) => t[1]))]]);
  return {
    description:
      "河源东源县商务局考评台账（五个表）：①《填表说明》不是台账；②《站点台账》按镇分段，段头行“一、仙塘镇（5个）”合并整行、不是站点，所在行政村写“××村”或“××村委会”，挂牌时间有日期格、8位数字20201015（表注写明按年月日读）和只到月的“2021年4月”，9月挂牌的一站照列；③《专户流水》是农行专项资金账户交易明细：交易日期8位数字，借方发生额（支出）才是拨付（千分位文本，9月7日一笔照列），贷方的资金到账500万元和三笔结息不是拨付，期初余额行、本期合计行、打印时间行不是记录；④《宣传报道》级别国家级／省级／市级／县级，形式“电视”的是电视（河源台、珠江频道），南方+客户端、人民网是网络；⑤《图表数据》是汇报PPT柱状图数据源，不是台账。",
    sheets: [
      { name: "填表说明", rows: note, merges: [] },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "专户流水", rows: bRows, merges: ["A1:G1", "A2:G2", `A${bRows.length}:G${bRows.length}`] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "图表数据", rows: chart, merges: ["A1:B1"] },
    ],
    expect: {
      sheets: {
        "填表说明": { kind: null },
        "站点台账": { kind: "stations", records: sRecs },
        "专户流水": { kind: "funds", records: fRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "图表数据": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 湛江市雷州市: 封面、村居名单（“（省定贫困村）”写在名称后）、扫码签到导出、月报报送、经验材料（含未报送草稿）
// =====================================================================================================
function buildL2() {
  const CUT = "2021-08-31";
  const REGION = "440882";
  const TW = [["雷城街道", 3, 3], ["客路镇", 5, 0], ["杨家镇", 4, 0], ["调风镇", 5, 1], ["龙门镇", 4, 0]];
  const prefixes = ["雷城", "客路", "杨家", "调风", "龙门", "雷州"];
  const vName = nameMaker("北南东西新上下后田", ["和", "家", "坡", "港", "塘", "园", "山", "溪", "岭"], "村", prefixes);
  const cName = nameMaker("城夏西湖", ["新", "兴", "华", "明"], "社区", prefixes);
  const vRows = [["雷州市村（居）委会名单"], ["序号", "镇（街道）", "村（居）委会名称", "快递通达情况", "备注"]];
  const vRecs = [];
  const all = [];
  let q = 0;
  for (const [t, nv, nc] of TW) {
    const vs = Array.from({ length: nv }, () => vName());
    const cs = Array.from({ length: nc }, () => cName());
    noStemClash(vs, cs, "l2");
    for (const c of cs) {
      q++;
      const nm = `${c.replace(/社区$/, "")}社区居委会`;
      vRows.push([q, t, nm, "已通达", null]);
      vRecs.push({ name: nm, admin: false, express: true });
    }
    vs.forEach((v, j) => {
      q++;
      const isPoor = (q % 5 === 2);
      const nm = `${v.replace(/村$/, "")}村委会`;
      const ex = !(t === "调风镇" && j === 4);
      vRows.push([q, t, isPoor ? `${nm}（省定贫困村）` : nm, ex ? "已通达" : "未通达", ex ? null : "海岛自然村，由镇邮政所代投"]);
      const rec = { name: nm, admin: true, express: ex };
      if (isPoor) rec.poor = true;
      vRecs.push(rec);
      all.push(v);
    });
  }
  vRows.push(["注：名称后注“（省定贫困村）”的为2016—2020年省定相对贫困村。"]);
  assert(vRecs.filter((r) => r.poor).length >= 3 && vRecs.some((r) => r.express === false), "l2 village variety");

  // ---------------- 扫码签到导出
  const SES = [["2021-03-18", "第5期 农村电商基础"], ["2021-05-13", "第7期 直播带货实操"], ["2021-09-09", "第10期 电商政策解读"]];
  const tRows = [["问卷：雷州市农村电商培训扫码签到　　导出时间：2021/9/10 17:05:12"], ["序号", "提交时间", "姓名", "身份证号", "手机号", "所在村", "培训场次"]];
  const tRecs = [];
  let k = 0;
  SES.forEach(([d, name], si) => {
    const cnt = [6, 5, 3][si];
    for (let j = 0; j < cnt; j++) {
      k++;
      const id = makeId(REGION, birthBetween(1965, 2000), rnd() < 0.5, k === 2 || k === 9 ? true : undefined);
      let shown = id;
      let exp = id;
      if (k === 2) shown = id.slice(0, 17) + "x";
      else if (k === 4 || k === 10) shown = spacedId(id);
      else if (k === 7) {
        shown = maskId(id);
        exp = shown;
      }
      tRows.push([k, `${slashDate(d)} ${rint(8, 9)}:${String(rint(0, 59)).padStart(2, "0")}:${String(rint(0, 59)).padStart(2, "0")}`, personName(), shown, mask(phone()), all[(k * 3) % all.length], name]);
      tRecs.push({ date: d, personTimes: 1, id: exp });
    }
  });
  checkTrainingIds(tRecs, "l2");

  // ---------------- 月报报送
  const R = [["2020年9月", "2020-10-09", "是"], ["2020年10月", "2020-11-06", "是"], ["2020年11月", "2020-12-04", "是"], ["2020年12月", "2021-01-08", "否"],
    ["2021年1月", "2021-02-05", "是"], ["2021年2月", "2021-03-05", null], ["2021年3月", "2021-04-07", "是"], ["2021年4月", "2021-05-08", "是"],
    ["2021年5月", "2021-06-04", "是"], ["2021年6月", "2021-07-06", "是"], ["2021年7月", "2021-08-05", "是"], ["2021年8月", "2021-09-06", "是"]];
  const rRows = [["雷州市电商进农村工作月报报送登记"], ["序号", "报送月份（所报月份）", "报送日期", "报送对象", "附扶贫统计表"]];
  const rRecs = [];
  R.forEach(([m, d, p], j) => {
    rRows.push([j + 1, m, [dotDate(d), D(d), cnDate(d)][j % 3], "湛江市商务局", p]);
    rRecs.push({ date: d, poverty: p === "是" ? true : p === "否" ? false : null });
  });

  // ---------------- 经验材料
  const matRows = [["经验材料、典型案例报送登记"], ["序号", "材料名称", "报送对象", "报送日期", "状态"],
    [1, "雷州市“电商＋菠萝”带农增收经验做法", "湛江市商务局", "2021.3.26", "已报送"],
    [2, "客路镇脱贫户直播卖番薯典型案例", "湛江市商务局", "2021年6月30日", "已报送"],
    [3, "雷州市电子商务进农村综合示范创建工作总结", "湛江市商务局", null, "未报送（拟稿中）"]];
  const cover = [["雷州市电子商务进农村综合示范考评台账"], ["（村居、培训签到、月报、经验材料）"], ["雷州市商务局"], ["二〇二一年九月"]];
  return {
    description:
      "湛江雷州市商务局考评台账（五个表）：①《封面》不是台账；②《村居名单》没有类型列和贫困村列——居委会写“××社区居委会”、村写“××村委会”，省定贫困村在名称后加注“（省定贫困村）”（名称要去掉括注，未加注的不标记），快递“已通达／未通达”；③《扫码签到》是问卷平台导出的签到记录，一次扫码一行，培训日期要从“提交时间”（“2021/3/18 9:05:41”带时分秒）取，身份证号有末位小写x、带空格、脱敏（照原样），第1行问卷名和导出时间不是记录，9月9日那场照列；④《月报报送》“报送月份”是所报月份，记录日期读“报送日期”（点分、日期格、中文混排），附扶贫统计表“是／否”、空为null；⑤《经验材料》只有“已报送”的两份是记录（“2021.3.26”“2021年6月30日”），“未报送（拟稿中）”那份没有日期，不是报送的材料。",
    sheets: [
      { name: "封面", rows: cover, merges: [] },
      { name: "村居名单", rows: vRows, merges: ["A1:E1", `A${vRows.length}:E${vRows.length}`] },
      { name: "扫码签到", rows: tRows, merges: ["A1:G1"] },
      { name: "月报报送", rows: rRows, merges: ["A1:E1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:E1"] },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "村居名单": { kind: "villages", records: vRecs },
        "扫码签到": { kind: "training", records: tRecs },
        "月报报送": { kind: "reports", records: rRecs },
        "经验材料": { kind: "materials", records: [{ date: "2021-03-26" }, { date: "2021-06-30" }] },
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
write("counties", "b218-c1-lianzhou.json", c1);
write("facts", "b218-f1-huazhou.json", f1);
write("facts", "b218-f2-enping.json", f2);
write("facts", "b218-f3-liannan.json", f3);
write("ledgers", "b218-l1-dongyuan.json", l1);
write("ledgers", "b218-l2-leizhou.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
