// Batch 193 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b192.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (193193), no clock. Run: node test/corpus/_b193/gen-b193.js
//
// c1 兴宁市 (梅州): the facts sheet is the bureau's annex to a 市政府常务会议 report — one row per indicator with 我市完成情况
//    (facts inside sentences), 预计得分 (the claim) and 失分风险及应对; ledgers: 230 行政村 + 15 社区 (the 200 base cap decides
//    141 → 70.5%), a station-system export whose 创建时间 is the batch-import time (挂牌时间 is the opening), sessions with 人次
//    (5,236 ≥ 1% of the 500,000 cap, not of 80.74万), a 脱贫户 attendance matrix (期次 columns with ✓), park firms with one renamed
//    firm listed twice under one credit code, funds in 元 with “12.5万” cells, reports as months-as-columns (2021年2月 blank).
// f1 潮阳区 (汕头): a field dump from the district's 数字政府 form platform: 字段编码 | 字段名称 | 字段值 | 值类型 | 计量单位 | 版本 |
//    当前版本; dates as JavaScript Date strings (“Fri Dec 18 2020 00:00:00 GMT+0800 (中国标准时间)”), booleans true/false, one
//    “null”, the member units as a JSON array, 万元 / 元 / % / 比例 units, two fields with an old version (当前版本=否) kept.
// f2 顺德区 (佛山): the leading group's 成员单位任务分工及完成情况表 — rows grouped by member unit (merged), each with 关键数据 | 单位
//    | 数值 columns (万人, 亿元, 万元, %, 起); “其中有劳动能力” is not the eligible count (“有劳动能力且未外出务工” is); the judged
//    points sit in a horizontal grid under the table; 组长 is 区委常委、副区长.
// f3 高要区 (肇庆): the official indicator table where the 评分标准 cell is a checkbox list (☑ achieved / ☐ not, one line per
//    scoring item, judged sub-points after “→”), the facts in 完成情况说明, and the 自评得分 written in words (“两分”, “满分”,
//    “十二分”, “不得分”).
// l1 曲江区 (韶关): a 填表说明 page; stations with twelve 月度巡检 columns (正常 / 整改 / 未巡 / — before opening) beside the
//    建成投用时间; a 培训计划及实施 sheet (计划日期 vs 实际培训日期; a cancelled session and one moved into September); the 脱贫人口
//    list with one combined 劳动能力及务工情况 column and IDs typed with spaces; a 月报 log whose 附件 column says whether the
//    扶贫统计表 went with it; a hidden 字典 sheet.
// l2 榕城区 (揭阳): a 目录 page; the village list with 类别 (村委会/居委会) and a misleading 城乡属性 column; park firms with one
//    在园期间 column (“2020.10—2021.6”, “2021.3—至今”); a finance-system export with JavaScript Date strings, “¥1,234,567.00”
//    amounts and 已退回 / 待支付 rows; media with 央级/省级/市级/区级; column updates as “发布于 2021-03-09 10:21”; materials.
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
let seed = 193193;
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
    assert(/^b193-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b193-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b193-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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



// ---------------------------------------------------------------- extra helpers (batch 193)
const WD_EN = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
function jsDate(iso, t) {
  // what String(new Date(...)) prints in a browser set to China time: the local (UTC+8) calendar date
  const d = new Date(iso + "T00:00:00Z");
  return `${WD_EN[d.getUTCDay()]} ${MON_EN[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, "0")} ${d.getUTCFullYear()} ${t || "00:00:00"} GMT+0800 (中国标准时间)`;
}
assert(jsDate("2021-08-31") === "Tue Aug 31 2021 00:00:00 GMT+0800 (中国标准时间)" && jsDate("2020-12-18").startsWith("Fri Dec 18 2020"), "jsDate");
function yen(n) {
  return "¥" + fmtMoney(n);
}
function padTo(rows, w) {
  for (const r of rows) while (r.length < w) r.push(null);
  for (const r of rows) assert(r.length === w, "row width " + r.length + " != " + w);
  return rows;
}
function cnNum(n) {
  // 0..99 in words, as a clerk writes points: 十二, 二十, 八十一
  assert(Number.isInteger(n) && n >= 0 && n < 100, "cnNum range");
  if (n === 0) return "零";
  if (n < 10) return CN_D[n];
  const t = Math.floor(n / 10);
  const u = n % 10;
  return (t === 1 ? "" : CN_D[t]) + "十" + (u ? CN_D[u] : "");
}
function ptWords(n) {
  return n === 2 ? "两分" : cnNum(n) + "分";
}

// =====================================================================================================
// c1 — 梅州兴宁市: 常务会议汇报附表 (facts + 预计得分) and eleven ledger sheets
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const POP = 807400;
  const REGION = "441481";
  const TOWNS = [["兴田街道", 4, 4], ["福兴街道", 6, 3], ["宁新街道", 8, 3], ["刁坊镇", 16, 1], ["坭陂镇", 14, 0], ["叶塘镇", 15, 1],
    ["新圩镇", 13, 0], ["宁中镇", 14, 1], ["永和镇", 17, 1], ["石马镇", 14, 0], ["大坪镇", 13, 0], ["径南镇", 11, 0], ["合水镇", 11, 0],
    ["水口镇", 13, 1], ["龙田镇", 14, 0], ["罗浮镇", 14, 0], ["黄槐镇", 13, 0], ["黄陂镇", 11, 0], ["罗岗镇", 9, 0]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("上下新大石黄岭坪塘水安和龙马高洋竹桥溪岗东西南北中长", ["坑", "田", "岗", "背", "洞", "坝", "湾", "口", "寨", "围", "径", "塘", "陂", "岭", "坪", "楼", "湖", "光", "丰", "兴"], "村", prefixes);
  const cName = nameMaker("城文和锦民宝", ["华", "安", "兴", "阳", "丰", "昌"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "c1");
  assert(admin.length === 230 && comms.length === 15, "c1 230 villages, 15 communities " + admin.length + "/" + comms.length);
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const rural = shuffle(admin.filter((v) => !townOf[v].endsWith("街道")));
  const poor = rural.slice(0, 25);
  const poorSet = new Set(poor);
  const poorSept = poor[0];
  const others = shuffle(admin.filter((v) => !poorSet.has(v)));
  const covOthers = others.slice(0, 117);
  const uncovered = others.slice(117);
  const covered = poor.slice(1).concat(covOthers);
  assert(covered.length === 141 && uncovered.length === 88, "c1 141 covered");
  const vSeptOther = uncovered[0];
  const vBuilding = uncovered.slice(1, 4);
  const vCutDay = covOthers[3];
  const vMonthOnly = covOthers[7];

  // ---------------- 村居名单
  const vRows = [["兴宁市行政村（社区）名单"], ["数据来源：兴宁市民政局；快递进村情况由兴宁邮政分公司核实（截至2021年8月）"],
    ["序号", "镇（街道）", "村（社区）名称", "类别", "省定贫困村", "快递进村", "备注"]];
  const vMerges = ["A1:G1", "A2:G2"];
  let sq = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    for (const v of x.vs) {
      sq++;
      const nm = sq % 7 === 3 ? `${short(v)}村民委员会` : sq % 5 === 1 ? `${v}委会` : v;
      vRows.push([sq, x.t, nm, "行政村", poorSet.has(v) ? "是" : "否", sq % 9 === 4 ? "已通（邮政）" : "已通", null]);
    }
    for (const c of x.cs) {
      sq++;
      vRows.push([sq, x.t, `${c}居委会`, "社区", "—", "已通", null]);
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push(["合计", null, `行政村${admin.length}个（其中省定贫困村${poor.length}个），社区${comms.length}个`, null, null, null, null]);
  vMerges.push(`A${vRows.length}:B${vRows.length}`, `C${vRows.length}:G${vRows.length}`);

  // ---------------- 站点（系统导出）
  const ST = covered.map((v) => ({ v, op: randIsoBetween("2019-11-01", "2021-08-25") }));
  ST.find((s) => s.v === vCutDay).op = CUT;
  ST.find((s) => s.v === vMonthOnly).op = "2021-08";
  for (const v of [covOthers[10], poor[5]]) ST.push({ v, op: randIsoBetween("2021-01-05", "2021-08-20"), second: true });
  ST.push({ v: comms[0], op: "2020-12-16" });
  ST.push({ v: comms[4], op: "2021-04-22" });
  ST.push({ v: poorSept, op: "2021-09-10" });
  ST.push({ v: vSeptOther, op: "2021-09-06" });
  for (const v of vBuilding) ST.push({ v, op: null });
  const TORD = TOWNS.map((t) => t[0]);
  ST.sort((a, b) => TORD.indexOf(townOf[a.v]) - TORD.indexOf(townOf[b.v]) || cmp(a.op || "9", b.op || "9"));
  const sRows = [["兴宁市农村电商服务站点管理系统　站点列表导出　　导出时间：2021-09-03 16:05:42　　导出人：xnsw_ds01"],
    ["说明：“创建时间”为站点信息录入本系统的时间（2021年9月3日批量导入）；“挂牌时间”为站点挂牌开始运营的时间。"],
    ["序号", "站点编号", "站点名称", "所属镇（街道）", "所在村（社区）", "站长", "联系电话", "挂牌时间", "运营状态", "创建时间"]];
  ST.forEach((s, j) => {
    const isC = s.v.endsWith("社区");
    const vcell = isC ? `${s.v}居委会` : j % 4 === 1 ? `${short(s.v)}村委会` : s.v;
    const nm = s.second ? `${short(s.v)}村邮乐购服务点` : isC ? `${short(s.v)}社区电商服务站` : `${short(s.v)}村电商服务站`;
    let opCell;
    if (s.op === null) opCell = "—";
    else if (s.op === "2021-08") opCell = "2021年8月";
    else opCell = j % 11 === 5 ? slashDate(s.op) : s.op;
    const state = s.op === null ? "建设中" : s.op > CUT ? "运营中" : "运营中";
    const created = s.op === null || s.op > CUT ? `2021-09-${s.op === null ? "03" : s.op.slice(8)} ${hms()}` : `2021-09-03 15:${String(rint(10, 40)).padStart(2, "0")}:${String(rint(0, 59)).padStart(2, "0")}`;
    sRows.push([j + 1, `XN${String(j + 1).padStart(4, "0")}`, nm, townOf[s.v], vcell, personName(), mask(phone()), opCell, state, created]);
  });
  const adminSet = new Set(admin);
  const openedBy = (s) => s.op !== null && (s.op.length === 7 ? s.op <= CUT.slice(0, 7) : s.op <= CUT);
  const covSet = new Set(ST.filter((s) => openedBy(s) && adminSet.has(s.v)).map((s) => s.v));
  assert(covSet.size === 141 && 141 * 100 >= 70 * 200 && !(141 * 100 >= 70 * 230), "c1 141/200 = 70.5% (141/230 = 61.3%)");
  const poorCov = poor.filter((v) => covSet.has(v)).length;
  assert(poorCov === 24 && poorCov * 100 >= 80 * 25, "c1 24/25 poor");

  // ---------------- poor persons
  const plan = shuffle([].concat(Array(120).fill("E"), Array(30).fill("M"), Array(25).fill("N")));
  const persons = plan.map((c, j) => {
    const birth = c === "N" ? birthBetween(1935, 1955) : birthBetween(1963, 2000);
    const id = makeId(REGION, birth, rnd() < 0.5, j === 17 ? true : undefined);
    const v = poor[j % 25];
    const lab = c === "N" ? (j % 3 ? "无劳动能力" : "丧失劳动能力") : j % 6 === 1 ? "弱劳动能力" : "有劳动能力";
    const mig = c === "M" ? "是" : c === "E" ? "否" : "—";
    return { c, id, v, lab, mig, name: personName() };
  });
  const elig = persons.filter((p) => p.c === "E");
  assert(elig.length === 120, "c1 120 eligible");
  const pSorted = persons.slice().sort((a, b) => cmp(TORD.indexOf(townOf[a.v]) + a.v, TORD.indexOf(townOf[b.v]) + b.v));
  const pRows = [["兴宁市脱贫人口名单（省定贫困村）"], ["说明：劳动能力为“有劳动能力”“弱劳动能力”的均属有劳动能力；是否外出务工以2021年8月帮扶系统数据为准。"],
    ["序号", "镇", "村", "姓名", "身份证号码", "劳动能力", "是否外出务工", "备注"]];
  pSorted.forEach((p, j) => pRows.push([j + 1, townOf[p.v], p.v, p.name, p.id, p.lab, p.mig, null]));

  // ---------------- sessions
  const TOPICS = ["农村电商基础", "网店开设与装修", "直播带货实操", "短视频拍摄", "农产品品牌营销", "电商客服与物流", "社群团购", "兴宁鸽网销专题", "单丛茶网销专题"];
  const PLACES = ["市电商公共服务中心", "刁坊镇文化站", "叶塘镇党群服务中心", "永和镇政府会议室", "水口镇文化站", "宁中镇综合文化站", "黄陂镇文化站"];
  const sessions = [];
  let day = "2020-09-10";
  for (let k = 0; k < 38; k++) {
    if (day >= "2020-10-01" && day <= "2020-10-08") day = "2020-10-12";
    if (day >= "2021-02-05" && day <= "2021-02-20") day = "2021-02-23";
    const len = k % 6 === 4 ? 1 : k % 9 === 7 ? 2 : 0;
    const isPoor = k % 5 === 2;
    sessions.push({ no: k + 1, start: day, end: isoAdd(day, len), topic: TOPICS[k % TOPICS.length], obj: isPoor ? "脱贫户" : k % 3 === 0 ? "电商从业人员" : "农户、返乡青年", pt: rint(105, 175), poor: isPoor });
    day = isoAdd(day, rint(7, 10));
  }
  assert(sessions[37].end <= "2021-08-27", "c1 sessions end " + sessions[37].end);
  let diff = 5236 - sum(sessions.map((s) => s.pt));
  for (let j = 0; diff !== 0; j = (j + 1) % 38) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 9);
    if (sessions[j].pt + st < 80 || sessions[j].pt + st > 200) continue;
    sessions[j].pt += st;
    diff -= st;
  }
  const sept = { no: 39, start: "2021-09-09", end: "2021-09-09", topic: "直播带货进阶", obj: "脱贫户", pt: 96, poor: true };
  sessions.push(sept);
  const ptCut = sum(sessions.filter((s) => s.end <= CUT).map((s) => s.pt));
  assert(ptCut === 5236 && ptCut * 100 >= 500000 && !(ptCut * 1000 >= POP * 8), "c1 5236 vs cap");

  // attendance matrix for poor sessions
  const poorSess = sessions.filter((s) => s.poor);
  const poorCut = poorSess.filter((s) => s.end <= CUT);
  assert(poorCut.length === 8 && poorSess.length === 9, "c1 poor sessions " + poorCut.length);
  const eligSh = shuffle(elig);
  const trained = eligSh.slice(0, 84);
  const septOnly = eligSh.slice(84, 86);
  const migs = persons.filter((p) => p.c === "M").slice(0, 3);
  const nols = persons.filter((p) => p.c === "N").slice(0, 2);
  const att = [];
  trained.forEach((p, k) => {
    const set = new Set([poorCut[k % 8]]);
    if (k % 7 === 0) set.add(poorCut[(k + 3) % 8]);
    if (k % 11 === 5) set.add(sept);
    att.push({ p, set });
  });
  for (const p of septOnly) att.push({ p, set: new Set([sept]) });
  migs.forEach((p, k) => att.push({ p, set: new Set([poorCut[(k + 1) % 8]]), note: "返乡期间参训" }));
  nols.forEach((p, k) => att.push({ p, set: new Set([poorCut[(k + 5) % 8]]), note: "陪同家属参训" }));
  const attS = shuffle(att).sort((a, b) => cmp(TORD.indexOf(townOf[a.p.v]) + a.p.v, TORD.indexOf(townOf[b.p.v]) + b.p.v));
  for (const s of sessions) s.poorN = s.poor ? attS.filter((a) => a.set.has(s)).length : 0;
  const sessHead = (s) => `第${s.no}期\n${s.end !== s.start ? rangeText(s.start, s.end, "dot") : dotDate(s.start)}`;
  const lowerXPerson = trained.find((p) => p.id.endsWith("X"));
  const mRows = [["脱贫户参训情况登记表（按期次）"], ["注：本表人员已计入《培训台账》参训人次，不重复统计；参训打“✓”。"],
    ["序号", "姓名", "身份证号码", "所在村"].concat(poorSess.map(sessHead), ["参训次数", "备注"])];
  attS.forEach((a, j) => {
    const id = a.p === lowerXPerson ? a.p.id.slice(0, 17) + "x" : a.p.id;
    mRows.push([j + 1, a.p.name, id, a.p.v].concat(poorSess.map((s) => (a.set.has(s) ? "✓" : null)), [a.set.size, a.note || null]));
  });
  mRows.push(["合计", null, null, null].concat(poorSess.map((s) => s.poorN), [sum(attS.map((a) => a.set.size)), null]));
  const mW = 4 + poorSess.length + 2;
  padTo(mRows, mW);
  const mMerges = [`A1:${colName(mW - 1)}1`, `A2:${colName(mW - 1)}2`, `A${mRows.length}:D${mRows.length}`];
  const eligIds = new Set(elig.map((p) => p.id));
  const trainedCut = new Set(attS.filter((a) => [...a.set].some((s) => s.end <= CUT) && eligIds.has(a.p.id)).map((a) => a.p.id));
  assert(trainedCut.size === 84 && 84 * 100 >= 70 * 120, "c1 84/120 = 70%");
  assert(lowerXPerson, "c1 an X id among the trained");

  const sessCell = (s, j) => {
    if (s === sept) return "2021.9.9";
    if (s.end !== s.start) return rangeText(s.start, s.end, j % 2 ? "dot" : "cn");
    if (j % 4 === 1) return twoDot(s.start);
    return dateCell(s.start, j);
  };
  const tRows = [["兴宁市农村电商培训台账"], ["单位：人次"], ["序号", "培训日期", "培训地点", "培训内容", "培训对象", "参训人次", "其中脱贫户", "备注"]];
  sessions.forEach((s, j) => tRows.push([s.no, sessCell(s, j), PLACES[j % PLACES.length], s.topic, s.obj, s.pt, s.poor ? s.poorN : null,
    s === sept ? "9月开班" : s.end !== s.start ? "多日班，人次按签到人数" : null]));
  tRows.push(["合计", null, null, null, null, sum(sessions.map((s) => s.pt)), sum(sessions.map((s) => s.poorN)), "含第39期"]);
  const tMerges = ["A1:H1", "A2:H2", `A${tRows.length}:E${tRows.length}`];

  // ---------------- 入驻企业
  const FN = [["兴宁市客都优品电子商务有限公司", "平台型"], ["兴宁市宁江网络科技有限公司", "平台型"], ["兴宁市鸽王电商商行", "销售型"], ["兴宁市单丛茶叶网店", "销售型"],
    ["兴宁市罗浮山货电子商务有限公司", "销售型"], ["兴宁市叶塘腊味网店", "销售型"], ["梅州兴电电子商务有限公司", "电商运营商"], ["兴宁市云帆代运营工作室", "电商运营商"],
    ["兴宁市速达物流有限公司", "物流企业"], ["兴宁市客家冷链仓储有限公司", "物流企业"], ["兴宁市红土直播传媒有限公司", "直播机构"], ["兴宁市黄陂果蔬电商商行", "销售型"],
    ["兴宁市石马米粉网店", "销售型"], ["兴宁市永和竹笋电子商务有限公司", "销售型"], ["兴宁市乡味优选网络科技有限公司", "平台型"], ["兴宁市农家乐网店", "销售型"],
    ["兴宁市宁新供应链管理有限公司", "供应链服务"], ["兴宁市合水电商服务有限公司", "电商运营商"], ["兴宁市山货铺电子商务有限公司", "销售型"], ["兴宁市刁坊直播电商有限公司", "直播机构"],
    ["兴宁市顺通快递有限公司", "物流企业"]];
  const firms = FN.map(([n, t]) => ({ n, t, code: creditCode(REGION), entered: randIsoBetween("2020-11-10", "2021-08-20"), left: null }));
  firms[20].entered = "2020-12-08";
  firms[20].left = "2021-06-30";
  const renamed = { n: "梅州客都优品网络科技有限公司", t: "平台型", code: firms[0].code, entered: isoAdd(firms[0].entered, 0), left: null, dupOf: firms[0] };
  firms[0].entered = "2021-01-11";
  renamed.entered = "2021-01-11";
  const late = { n: "兴宁市梅香农产品电子商务有限公司", t: "销售型", code: creditCode(REGION), entered: "2021-09-03", left: null };
  const allF = firms.concat([renamed, late]);
  const eRows = [["兴宁市电商产业园入驻企业名单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注"]];
  allF.forEach((f, j) => eRows.push([j + 1, f.n, f.code, f.t, dateCell(f.entered, j + 1), f.left ? dotDate(f.left) : null,
    f === firms[0] ? "2021年5月更名为梅州客都优品网络科技有限公司" : f === renamed ? "原兴宁市客都优品电子商务有限公司（更名）" : f === firms[20] ? "租期届满退园" : f === late ? "9月新入驻" : null]));
  const inPark = allF.filter((f) => f.entered <= CUT && !(f.left && f.left <= CUT));
  const codesIn = new Set(inPark.map((f) => f.code));
  assert(allF.length === 23 && inPark.length === 21 && codesIn.size === 20, "c1 20 distinct firms in the park");

  // ---------------- 资金（元，混写万）
  const PAY = [["2020-10-20", "市电商公共服务中心建设首期款", 645000, "n"], ["2020-11-26", "村级站点建设首期款（第一批）", 532000, "t"], ["2020-12-24", "电商培训服务费（第一期）", 125000, "w"],
    ["2021-01-22", "市电商公共服务中心建设进度款", 716800, "n"], ["2021-03-12", "物流配送体系建设首期款", 368500, "t"], ["2021-04-16", "村级站点建设首期款（第二批）", 486000, "n"],
    ["2021-05-21", "电商培训服务费（第二期）", 198000, "w"], ["2021-06-25", "产业园改造工程款", 402300, "t"], ["2021-07-23", "品牌推广服务费", 156000, "w"],
    ["2021-08-20", "冷链及溯源系统建设首期款", 0, "n"], ["2021-09-14", "村级站点建设尾款", 520000, "w"]];
  PAY[9][2] = 4411870 - sum(PAY.slice(0, 9).map((p) => p[2]));
  assert(PAY[9][2] > 0 && Number.isInteger(PAY[9][2]), "c1 last pay");
  const fRows = [["兴宁市电子商务进农村综合示范专项资金拨付台账"], ["序号", "拨付日期", "项目（用途）", "收款单位", "金额（元）", "凭证号", "备注"]];
  const payee = (what) => /中心|品牌/.test(what) ? "梅州兴电电子商务有限公司" : /站点/.test(what) ? "中国邮政集团有限公司兴宁市分公司" : /培训/.test(what) ? "兴宁市职业技术学校"
    : /物流/.test(what) ? "兴宁市速达物流有限公司" : /冷链/.test(what) ? "兴宁市客家冷链仓储有限公司" : "兴宁市建安工程有限公司";
  PAY.forEach(([d, what, a, f], j) => {
    const amt = f === "n" ? a : f === "t" ? fmtMoney(a) : `${a / 10000}万`;
    fRows.push([j + 1, dateCell(d, j + 2), what, payee(what), amt, `记-${String(rint(100, 999))}`, d > CUT ? "9月拨付" : null]);
  });
  fRows.push(["合计", null, null, null, fmtMoney(sum(PAY.map((p) => p[2]))), null, "含9月14日一笔"]);
  const fMerges = ["A1:G1", `A${fRows.length}:D${fRows.length}`];
  const spent = sum(PAY.filter((p) => p[0] <= CUT).map((p) => p[2]));
  assert(spent === 4411870 && spent * 100 >= 70 * 6000000 && pct1(spent, 6000000) === "73.5%", "c1 spent");
  for (const p of PAY) if (p[3] === "w") assert(Number.isInteger(p[2] / 100), "c1 wan text exact");

  // ---------------- 月报 months as columns
  const rRows = [["向梅州市商务局报送工作月报情况（2020年9月—2021年8月）"],
    ["报送事项"].concat(WINDOW.map((m) => cnMonth(m)), ["备注"])];
  rRows.push(["示范创建工作进展月报"].concat(WINDOW.map((m) => (m === "2021-02" ? null : "✓")), ["2021年2月春节假期未报送"]));
  rRows.push(["其中：附电商扶贫统计表"].concat(WINDOW.map((m) => (m === "2021-02" ? null : "✓")), [null]));
  rRows.push(["注：打“✓”表示当月已报送，报送文件存档于市商务局电商股。"]);
  padTo(rRows, 14);
  const rMerges = ["A1:N1", `A${rRows.length}:N${rRows.length}`];

  // ---------------- 专栏
  const UPD = [["2020-05-18", "兴宁市电子商务进农村综合示范创建工作方案", "创建方案"], ["2020-05-18", "兴宁市电子商务进农村综合示范项目基本信息公示", "项目信息"],
    ["2020-06-02", "关于设立电子商务进农村综合示范项目监督举报电话的公告", "监督举报"]];
  for (const m of monthsBetween("2020-07", "2021-08")) {
    const [y, mo] = m.split("-").map(Number);
    UPD.push([`${m}-${String(rint(3, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, `兴宁市电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`, "建设进度"]);
  }
  const uRows = [["兴宁市人民政府网站“电子商务进农村综合示范”专栏更新记录"], ["序号", "发布日期", "标题", "子栏目"]];
  UPD.forEach(([d, t, c], j) => uRows.push([j + 1, j % 3 === 0 ? D(d) : d, t, c]));
  assert(inWindowMonths(UPD.map((u) => u[0])) === 12, "c1 monthly");

  // ---------------- 宣传 / 经验材料
  const MED = [["2021-01-12", "兴宁电视台《兴宁新闻》", "县级", "电视", "脱贫户直播卖兴宁鸽", "是"], ["2021-04-15", "南方日报", "省级", "报纸", "兴宁：村级电商站点覆盖七成行政村", "否"],
    ["2021-06-20", "广东广播电视台《广东新闻联播》", "省级", "电视", "兴宁单丛茶“触网”走俏", "否"], ["2021-09-07", "梅州日报", "市级", "报纸", "兴宁电商进农村示范创建见成效", "否"],
    ["2021-09-15", "梅州广播电视台《梅州新闻》", "市级", "电视", "兴宁脱贫户电商增收记", "是"]];
  const mdRows = [["宣传报道登记表"], ["序号", "日期", "媒体", "媒体级别", "形式", "标题", "是否电商扶贫典型案例"]];
  MED.forEach((m, j) => mdRows.push([j + 1, dateCell(m[0], j + 1), m[1], m[2], m[3], `《${m[4]}》`, m[5]]));
  const matRows = [["经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送单位"],
    [1, "2021年7月16日", "《兴宁市“电商＋兴宁鸽”带动脱贫户增收的做法》", "梅州市商务局"], [2, "2021.9.10", "《兴宁市电子商务进农村综合示范创建工作总结》", "梅州市商务局"]];

  // ---------------- 常务会议汇报附表 (facts + claim)
  const IND = [
    ["加强组织领导与统筹协调", "组织领导（2分）", "2020年3月成立市电子商务进农村综合示范工作领导小组，市委副书记、市长任组长，常务副市长、分管副市长任副组长；成员单位：市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局、市市场监管局、兴宁邮政分公司。", 2, "无"],
    [null, "方案制定（2分）", "2020年4月正式印发《兴宁市电子商务进农村综合示范创建工作方案》（兴市府办〔2020〕19号）。", 2, "无"],
    [null, "政策支持（2分）", "出台《兴宁市促进农村电子商务发展扶持办法》，落实站点建设、人才培训补助。", 2, "无"],
    [null, "项目管理（4分）", "制定项目管理制度，建设、验收环节严格执行（自评2分）；建立完整工作台账（自评2分）。", 4, "无"],
    ["深入推动电子商务进农村工作", "服务体系建设：县级中心与产业园（15分）", "市电子商务公共服务中心（兴田街道）2021年2月26日投入运营，免费提供培训场所和培训设备、特色农产品展示销售、摄影美工服务，组织“兴宁好物”统一推广和品牌建设，提供代运营、供应链对接等增值服务；整合建设市电商产业园，入驻企业21家，含平台型、销售型、电商运营商、物流企业。", 15, "中心运营至8月31日刚满6个月，需备好运营记录"],
    [null, "服务体系建设：村级站点覆盖（10分）", "全市行政村230个（超过200个，按200个计算），建成村级站点的行政村142个，覆盖率71%；省定贫困村25个全部建有站点。", 10, "个别站点挂牌时间接近截止日"],
    [null, "农村产品上行（10分）", "委托第三方开展农产品网销调研并形成报告（2分）；开展“兴宁年货节”等线上促销（2分）；第三方运营服务商为梅州兴电电子商务有限公司；行政村快递覆盖率100%；制定兴宁鸽、单丛茶电商交易标准，冷链、溯源系统已建成（1分）；2020年农村网络零售额31.62亿元，比2019年24.63亿元增长28.4%，农产品网络零售额同比增长31.2%。", 9, "交易标准仅两项，按1分预计"],
    [null, "电商人才培训（20分）", "累计培训5,236人次（常住人口超过50万，按50万计，达1.05%）；有劳动能力且未外出务工的脱贫人口120人，参训84人，培训率70%。", 20, "无"],
    ["加强信息公开及报送", "信息公开（4分）", "市政府网站设立专栏，公开创建方案、项目基本信息、建设进度，公布监督举报电话；专栏每月更新。", 4, "无"],
    [null, "数据上报（6分）", "每月向梅州市商务局报送工作进展，附电商扶贫统计表。", 6, "2月份月报缺报，存在失分风险"],
    ["加强宣传推广", "案例总结（2分）", "2021年7月16日向梅州市商务局报送经验材料。", 2, "无"],
    [null, "经验推广（8分）", "南方日报、广东广播电视台、梅州日报、兴宁电视台等报道我市电商进农村工作。", 8, "梅州日报报道在9月刊发"],
    ["加强财政资金管理", "制度建立（5分）", "制定《兴宁市电子商务进农村综合示范专项资金管理办法》，建立考核问责制度。", 4, "无"],
    [null, "资金台账（5分）", "商务局和各承建单位均建立资金专用台账。", 4, "个别凭证待补"],
    [null, "资金支出（5分）", "省下达专项资金600万元，截至8月31日累计拨付441.187万元，支出率73.5%，按进度拨付。", 4, "无"],
    ["加分项", "贫困人口培训率70%及以上（2分）", "培训率70%（84/120）。", 2, "刚好达线"],
    [null, "电商扶贫典型案例获电视播报（国家级2分，省级1分）", "兴宁电视台、梅州电视台播出我市脱贫户电商增收案例（均非国家级、省级电视）。", 0, "—"],
    ["一票否决项", "安全生产、质量事故或重大损失", "未发生。", null, "—"],
    [null, "项目建设进度严重滞后（总体进度不足40%）", "项目总体进度90%。", null, "—"],
    [null, "弄虚作假", "无。", null, "—"],
  ];
  const fr = [["兴宁市电子商务进农村综合示范创建考评自评及失分风险情况表"],
    ["（市政府常务会议汇报材料附表）　　汇报单位：兴宁市商务局　　2021年9月1日"],
    ["基本情况：考评截止日期2021年8月31日；全市常住人口80.74万人（第七次全国人口普查），行政村230个、社区15个，其中省定贫困村25个。"],
    ["序号", "工作任务", "考评指标（分值）", "我市完成情况", "预计得分", "失分风险及应对"]];
  const fm = ["A1:F1", "A2:F2", "A3:F3"];
  let g0 = null;
  IND.forEach(([task, ind, done, pt, risk], k) => {
    const r = fr.length + 1;
    if (task) {
      if (g0 !== null) mergeCol(fm, "B", g0, r - 1);
      g0 = r;
    }
    fr.push([k < 15 ? k + 1 : k < 17 ? `加${k - 14}` : `否${k - 16}`, task, ind, done, pt === null ? "—" : pt, risk]);
  });
  mergeCol(fm, "B", g0, fr.length);
  const claimedTot = sum(IND.slice(0, 15).map((x) => x[3]));
  fr.push(["合计", null, null, null, `${claimedTot}＋${IND[15][3] + IND[16][3]}`, "预计总分98分"]);
  fm.push(`A${fr.length}:D${fr.length}`);
  fr.push(["附：预计得分按我市自查情况测算，最终以省考评组考评结果为准。"]);
  padTo(fr, 6);
  fm.push(`A${fr.length}:F${fr.length}`);
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = IND[j][3]));
  claimed["bonus.poorTraining"] = IND[15][3];
  claimed["bonus.tvCase"] = IND[16][3];
  assert(claimedTot === 96, "c1 claimed 96 " + claimedTot);

  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 4,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 2 + 1, "work.coverage": 5 + 3, "work.upward": 2 + 2 + 1 + 1 + 1 + 2,
    "work.training": 10 + 10, "info.disclosure": 2 + 2, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 4 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 2, "bonus.tvCase": 0,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 89 && bonus === 2, "c1 total " + scored);
  assert(pct1(316200 - 246300, 246300) === "28.4%" && !(316200 * 10 >= 246300 * 13), "c1 rural growth < 30%");
  const derivation = [
    "org.leadership: 附表第1项：市委副书记、市长任组长（主要领导），成员单位有市商务局、市财政局、市农业农村局、市乡村振兴局 → 2",
    "org.plan: 第2项 方案已正式印发（兴市府办〔2020〕19号），预计得分2 → 2",
    "org.policy: 第3项 扶持办法已出台，预计得分2 → 2",
    "org.management: 第4项 项目管理制度自评2 ＋ 工作台账自评2 → 4",
    `work.center: 中心2021年2月26日投入运营 → 2；≤ 2021-02-28（截止日前6个月），满6个月 → 2；免费培训 → 2、免费展示销售 → 1、免费摄影美工 → 1、统一推广和品牌建设 → 1、代运营等增值服务 → 1；产业园已整合 → 2；《入驻企业》23行：“${late.n}”2021-09-03入驻不算，“${firms[20].n}”2021.6.30退园不算，“${firms[0].n}”与更名后的“${renamed.n}”统一社会信用代码相同，是一家 → 在园20家（按名称数是21家，附表也写21家） ≥ 20 → 2；类型有平台型、销售型、电商运营商、物流企业 → 1；合计15`,
    `work.coverage: 《村居名单》行政村230个（社区15个不算），超过200个按200个计；《站点清单》按“挂牌时间”（不是2021-09-03批量导入的“创建时间”）≤ 8月31日覆盖的行政村141个（“${vCutDay}”站8月31日挂牌算，“${vMonthOnly}”站只写“2021年8月”算；“${vSeptOther}”站2021-09-06挂牌、三个“建设中”站不算；两村各有第二个服务点只算一次；两个社区站点不算） → 141/200 = 70.5% ≥ 70% → 5（按230个算只有61.3%，附表写的142个也不对）；省定贫困村25个，“${poorSept}”的站点2021-09-10才挂牌 → 24/25 = 96%，80%—100% → 3；合计8（预计10）`,
    "work.upward: 网销调研2、网络促销2、交易标准与冷链溯源1（附表括号内自评）；第三方运营服务商梅州兴电电子商务有限公司 → 1；《村居名单》“快递进村”列行政村全部“已通” → 1；农村网零24.63亿→31.62亿元增长28.4%（不到30%），农产品网零增长31.2% ≥ 30% → 2；合计9",
    `work.training: 《培训台账》按培训日期（多日班按结束日）≤ 8月31日：第1—38期合计${fmtInt(ptCut)}人次；第39期（2021.9.9，${sept.pt}人次）不算；常住人口80.74万人超过50万按50万计 → ${fmtInt(ptCut)}/500,000 = ${pct2(ptCut, 500000)} ≥ 1% → 10（若按80.74万算只有${pct2(ptCut, POP)} → 6）；《脱贫人口名单》有劳动能力（含弱劳动能力）且不外出务工的120人；《脱贫户参训情况登记表》截止日前各期打✓、身份证号对上这120人的84人（一人身份证号末位是小写x，照样对上；参训两次的只算一人；“${septOnly[0].name}”“${septOnly[1].name}”只参加第39期不算；三名外出务工、两名无劳动能力家属不在120人内） → 84/120 = 70.0% ≥ 50% → 10；合计20`,
    "info.disclosure: 专栏公开创建方案、项目基本信息、建设进度，公布监督举报电话 → 2；《专栏更新》2020年9月—2021年8月每月都有 → 2；合计4",
    "info.reporting: 《月报报送》月份成列，2021年2月空着（春节未报） → 12个月中11个月 → 不定时 → 1；“附电商扶贫统计表”一行有✓ → 3；合计4（预计6）",
    "promo.cases: 《经验材料》2021年7月16日报梅州市商务局 → 2（9月10日的总结在截止日后）",
    "promo.media: 《宣传报道》南方日报、广东广播电视台（省级） → 4；兴宁电视台（县级） → 1；梅州日报2021-09-07、梅州广播电视台2021-09-15（市级）在截止日后 → 0；合计5（预计8）",
    "fund.system: 附表第13项预计得分4 → 4",
    "fund.ledger: 附表第14项预计得分4 → 4",
    `fund.spending: 《资金拨付台账》“金额（元）”列混有数字、“368,500.00”和“12.5万”，拨付日期 ≤ 8月31日的10笔合计${fmtMoney(spent)}元（9月14日52万元不算，合计行含9月那笔不能用）；下达600万元 → ${pct1(spent, 6000000)} ≥ 70% → 及时拨付预计4 → 4`,
    "bonus.poorTraining: 84/120 = 70% ≥ 70% → 2",
    "bonus.tvCase: 广东广播电视台的报道不是电商扶贫典型案例（标“否”）；兴宁电视台（县级）、梅州广播电视台（市级，且在9月）不是国家级、省级电视 → 0",
    "veto.incident: “未发生” → 不否决",
    "veto.progress: 项目总体进度90% ≥ 40% → 不否决",
    "veto.fraud: “无” → 不否决",
  ];
  return {
    description:
      "梅州兴宁市商务局整本考评工作簿（12个表），89＋加分2＝91分、未否决（预计96＋2）：事实表是给市政府常务会议汇报用的附表《考评自评及失分风险情况表》——序号｜工作任务（纵向合并）｜考评指标（分值）｜我市完成情况｜预计得分｜失分风险及应对，一行一个指标，事实都在“我市完成情况”句子里（市长任组长；中心2021年2月26日投入运营，刚满6个月；常住人口80.74万人在表头下一行），预计得分是 claimed；台账：村居名单230个行政村（超过200，覆盖率按200个算：141/200＝70.5%，按230算就不够）、站点管理系统导出（“创建时间”是9月3日批量导入时间，“挂牌时间”才是开业；8月31日挂牌、只写“2021年8月”、9月挂牌、建设中、社区站、同村第二点；一个贫困村的站9月才挂牌 → 24/25）、按期培训台账（5,236人次，按50万封顶才够1%）、脱贫户参训登记表（期次成列打✓，一个身份证号末位小写x，9月一期）、脱贫人口名单（弱劳动能力也算有劳动能力）、入驻企业（一家更名后新旧名称各一行、信用代码相同，实为20家）、资金拨付（元列里混“12.5万”和千分位文本，合计行含9月一笔）、月报按月份成列（2021年2月空）、专栏更新、宣传报道（市级两条都在9月，省台那条不是典型案例）和经验材料。",
    sheets: [
      { name: "自评及风险（附表）", rows: fr, merges: fm },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点清单（系统导出）", rows: sRows, merges: ["A1:J1", "A2:J2"] },
      { name: "培训台账", rows: tRows, merges: tMerges },
      { name: "脱贫户参训登记", rows: mRows, merges: mMerges },
      { name: "脱贫人口名单", rows: pRows, merges: ["A1:H1", "A2:H2"] },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金拨付", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: rRows, merges: rMerges },
      { name: "专栏更新", rows: uRows, merges: ["A1:D1"] },
      { name: "宣传报道", rows: mdRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 汕头潮阳区: field dump from the district's form platform (JS Date strings, true/false, JSON array, versions)
// =====================================================================================================
function buildF1() {
  const F = [
    ["CY001", "县（市、区）名称", "潮阳区", "字符串", ""],
    ["CY002", "考评截止日期", jsDate("2021-08-31"), "日期", ""],
    ["CY003", "常住人口", "1630000", "整数", "人", { v: 1, cur: false }],
    ["CY003", "常住人口", "1657142", "整数", "人", { v: 2, cur: true }],
    ["CY004", "户籍人口", "2024500", "整数", "人"],
    ["CY005", "行政村数", "233", "整数", "个"],
    ["CY006", "社区数", "41", "整数", "个"],
    ["CY007", "省定贫困村数", "11", "整数", "个"],
    ["CY010", "领导小组组长（职务）", "区委副书记、区长", "字符串", ""],
    ["CY011", "领导小组成员单位", JSON.stringify(["区商务局", "区财政局", "区农业农村局", "区乡村振兴局", "区交通运输局", "区市场监督管理局", "潮阳邮政分公司"]), "数组", ""],
    ["CY012", "示范创建工作方案已正式印发", "true", "布尔", ""],
    ["CY013", "支持农村电商发展政策已出台", "false", "布尔", "", { v: 1, cur: false }],
    ["CY013", "支持农村电商发展政策已出台", "true", "布尔", "", { v: 2, cur: true }],
    ["CY020", "县级电子商务公共服务中心投入运营日期", jsDate("2020-12-18"), "日期", ""],
    ["CY021", "有免费培训场所、培训设备，能组织电商基础培训", "true", "布尔", ""],
    ["CY022", "为特色农产品提供免费展示、销售服务", "true", "布尔", ""],
    ["CY023", "为电子商务市场主体提供免费摄影、美工服务", "true", "布尔", ""],
    ["CY024", "组织农产品统一推广、指导特色农产品品牌建设", "true", "布尔", ""],
    ["CY025", "为电子商务发展提供其他衍生增值服务", "null", "布尔", ""],
    ["CY026", "建设或整合、优化当地电商产业园", "true", "布尔", ""],
    ["CY027", "电商产业园入驻企业数", "24", "整数", "家"],
    ["CY030", "有专业第三方电子商务运营或服务商", "true", "布尔", ""],
    ["CY031", "行政村物流快递覆盖率达100%", "true", "布尔", ""],
    ["CY032", "2019年农村网络零售额", "215830.5", "数值", "万元"],
    ["CY033", "2020年农村网络零售额", "272519.8", "数值", "万元"],
    ["CY034", "2020年农村网络零售额同比增速", "26.3", "数值", "%"],
    ["CY035", "2019年农产品网络零售额", "38920", "数值", "万元"],
    ["CY036", "2020年农产品网络零售额", "51140.6", "数值", "万元"],
    ["CY037", "2020年农产品网络零售额同比增速", "0.314", "比例", ""],
    ["CY040", "电商培训人次（截至考评截止日）", "5633", "整数", "人次"],
    ["CY041", "有劳动能力的建档立卡贫困人口数（不含外出务工）", "2315", "整数", "人"],
    ["CY042", "参加培训的建档立卡贫困人口数（按身份证号去重）", "1247", "整数", "人"],
    ["CY050", "专栏公示创建方案", "true", "布尔", ""],
    ["CY051", "专栏公示项目基本信息", "true", "布尔", ""],
    ["CY052", "专栏公示项目建设进度", "true", "布尔", ""],
    ["CY053", "专栏设立征求意见或监督举报窗口", "true", "布尔", ""],
    ["CY054", "能统计电商扶贫情况", "true", "布尔", ""],
    ["CY060", "省级专项资金下达总额", "500", "数值", "万元"],
    ["CY061", "累计拨付资金", "4087536.4", "数值", "元"],
    ["CY062", "已制定专项资金管理制度", "true", "布尔", ""],
    ["CY063", "已建立资金专用台账", "true", "布尔", ""],
    ["CY064", "项目总体进度", "0.86", "比例", ""],
    ["CY070", "发生安全生产、质量事故或造成重大损失", "false", "布尔", ""],
    ["CY071", "存在弄虚作假情况", "false", "布尔", ""],
    ["CY080", "自评分_方案制定", "2", "整数", "分"],
    ["CY081", "自评分_政策支持", "1", "整数", "分"],
    ["CY082", "自评分_项目管理制度", "2", "整数", "分"],
    ["CY083", "自评分_工作台账", "2", "整数", "分"],
    ["CY084", "自评分_网销调研", "1", "整数", "分"],
    ["CY085", "自评分_网络促销活动", "2", "整数", "分"],
    ["CY086", "自评分_交易标准与冷链溯源", "1", "整数", "分"],
    ["CY087", "自评分_资金管理制度", "4", "整数", "分"],
    ["CY088", "自评分_资金台账", "5", "整数", "分"],
    ["CY089", "自评分_资金及时拨付", "4", "整数", "分"],
  ];
  const rows = [["潮阳区数字政府部门数据填报平台　表单：电子商务进农村综合示范考评基础数据（区商务局）"],
    [`导出人：cy_swj_dsg　　导出时间：${jsDate("2021-09-06", "09:41:27")}　　记录数：${F.length}`],
    ["序号", "字段编码", "字段名称", "字段值", "值类型", "计量单位", "版本", "当前版本", "填报人", "填报时间"]];
  let t0 = "2021-08-18";
  F.forEach((f, j) => {
    const ver = f[5] || { v: 1, cur: true };
    const when = ver.cur && f[5] ? "2021-09-02" : ver.cur ? (j < 20 ? "2021-08-18" : j < 45 ? "2021-08-25" : "2021-09-01") : t0;
    rows.push([j + 1, f[0], f[1], f[2], f[3], f[4] || null, ver.v, ver.cur ? "是" : "否", j % 3 ? "郑××" : "陈××", jsDate(when, hms())]);
  });
  rows.push(["说明：字段值为系统原始值；布尔型 true＝是、false＝否、null＝未填；同一字段有多个版本的，以“当前版本＝是”的为准。"]);
  padTo(rows, 10);
  const merges = ["A1:J1", "A2:J2", `A${rows.length}:J${rows.length}`];
  assert(pct1(2725198 - 2158305, 2158305) === "26.3%" && pct1(511406 - 389200, 389200) === "31.4%", "f1 growth consistent");
  return {
    description:
      "汕头潮阳区商务局交来的事实表，是区“数字政府部门数据填报平台”上《电子商务进农村综合示范考评基础数据》表单的字段导出：一行一个字段（序号｜字段编码｜字段名称｜字段值｜值类型｜计量单位｜版本｜当前版本｜填报人｜填报时间），字段值都是系统原始文本——日期是浏览器打出的JavaScript日期串（“Fri Dec 18 2020 00:00:00 GMT+0800 (中国标准时间)”，按东八区当天读，截止日期也是这样写），是否项是 true／false，“其他衍生增值服务”是 null（未填），成员单位是JSON数组 [\"区商务局\",\"区财政局\",…]（区委副书记、区长任组长），金额按“计量单位”列读万元或元（下达“500”万元、累计拨付“4087536.4”元，零售额万元），增速一条是“26.3”＋%、一条是比例“0.314”，进度是比例“0.86”；常住人口和政策出台两个字段各有两个版本，只读“当前版本＝是”的（1,657,142人；政策 true），户籍人口、社区数、入驻企业数不是输入；主观分是“自评分_××”字段。",
    sheets: [{ name: "字段导出", rows, merges }],
    expect: {
      facts: {
        county: "潮阳区", asOf: "2021-08-31", residentPopulation: 1657142, adminVillagesStated: 233, poorVillagesStated: 11,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 2158305000, ruralRetail2020: 2725198000, ruralRetailGrowthStated: 0.263,
        agriRetail2019: 389200000, agriRetail2020: 511406000, agriRetailGrowthStated: 0.314, trainingPersonTimesStated: 5633,
        eligiblePoorPersonsStated: 2315, trainedPoorPersonsStated: 1247,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4087536.4, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.86,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 5, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 佛山顺德区: 领导小组成员单位任务分工及完成情况表 (rows per member unit, key data | unit | value)
// =====================================================================================================
function buildF2() {
  const U = [
    ["区经济和科技促进局（商务）（领导小组办公室）", [
      ["制定示范创建工作方案", "《顺德区电子商务进农村综合示范创建工作方案》已由区政府办公室印发（顺府办函〔2020〕57号）", "工作方案", "—", "已印发", "已完成"],
      ["出台农村电商扶持政策", "《顺德区促进农村电子商务发展扶持办法》已完成起草，正在征求意见", "扶持政策", "—", "起草中", "推进中"],
      ["建设区级电商公共服务中心", "中心设在大良街道，运营方为佛山顺电电子商务有限公司（公开招标确定的第三方运营服务商）", "投入运营日期", "—", D("2020-11-06"), "已完成"],
      [null, "设培训室（80座）及直播实训设备，免费开展电商基础培训", "免费培训场所、设备", "—", "有", null],
      [null, "展示展销区免费展示、销售陈村粉、伦教糕、大良双皮奶等特色产品", "特色农产品免费展示销售", "—", "有", null],
      [null, "摄影棚、美工设计按市场价收费", "免费摄影、美工服务", "—", "无", null],
      [null, "组织“顺德好味”统一推广，指导特色农产品品牌建设", "统一推广及品牌建设", "—", "有", null],
      [null, "提供网店代运营、供应链金融对接等服务", "其他衍生增值服务", "—", "有", null],
      ["整合电商产业园", "整合顺德电商产业园（容桂街道），已入驻企业26家", "电商产业园", "—", "已整合", "已完成"],
      [null, null, "入驻企业", "家", 26, null],
      ["组织电商培训", "联合各镇街开展普及性、增值性培训", "培训人次（全区）", "人次", "4,986", "已完成"],
      [null, null, "其中：中心承办", "人次", "3,120", null],
      ["数据报送", "每月向佛山市商务局报送工作进展和统计数据，附电商帮扶统计表", "能统计电商扶贫情况", "—", "能", "已完成"],
      ["项目推进", "中心、产业园、站点、物流、培训五大类项目", "项目总体进度", "%", 88, "推进中"]]],
    ["区财政局", [
      ["资金拨付与管理", "制定《顺德区电子商务进农村综合示范专项资金管理办法》，按进度拨付", "省级专项资金下达", "万元", 500, "已完成"],
      [null, null, "累计拨付", "万元", 418.65, null],
      [null, null, "资金管理制度", "—", "已制定", null],
      [null, "区经科局及各承建单位建立资金专用台账", "资金专用台账", "—", "已建立", null]]],
    ["区统计局", [
      ["提供统计数据", "常住人口为第七次全国人口普查数", "常住人口", "万人", 322.9, "已完成"],
      [null, "农村网络零售额为区统计局测算数", "2019年农村网络零售额", "亿元", 86.34, null],
      [null, null, "2020年农村网络零售额", "亿元", 104.72, null]]],
    ["区民政局", [["提供村（居）数据", "截至2021年8月", "行政村（村委会）", "个", 97, "已完成"], [null, null, "社区居委会", "个", 108, null]]],
    ["区农业农村局（区乡村振兴局）", [
      ["农产品上行", "农产品网络零售额为区农业农村局统计数", "2020年农产品网络零售额同比增速", "%", 33.7, "已完成"],
      ["电商帮扶", "顺德区无省定贫困村，帮扶对象为相对贫困户", "省定贫困村", "个", 0, "已完成"],
      [null, null, "相对贫困人口", "人", 612, null],
      [null, null, "其中有劳动能力", "人", 403, null],
      [null, null, "其中有劳动能力且未外出务工", "人", 188, null],
      [null, null, "已参加电商培训（按身份证号去重）", "人", 97, null],
      [null, null, "参训人次", "人次", 156, null]]],
    ["区交通运输局、顺德邮政分公司", [["快递进村", "各行政村均设快递服务点", "行政村快递覆盖率", "%", 100, "已完成"]]],
    ["区政务服务数据管理局", [
      ["政府网站公开专栏", "区政府网站设立“电子商务进农村综合示范”专栏", "公开创建方案", "—", "是", "已完成"],
      [null, null, "公开项目基本信息", "—", "是", null],
      [null, "每月更新", "公开项目建设进度", "—", "是", null],
      [null, "留言板页面计划10月随网站改版上线", "征求意见或监督举报窗口", "—", "否", "推进中"]]],
    ["区应急管理局、区市场监督管理局", [["安全生产和质量监管", "创建项目未发生安全生产、质量事故", "安全生产、质量事故", "起", 0, "已完成"]]],
  ];
  const W = 9;
  const rows = [["顺德区电子商务进农村综合示范创建领导小组成员单位任务分工及完成情况表"],
    ["（数据截至2021年8月31日，即省考评截止日期）"],
    ["领导小组组长：区委常委、副区长　黄××　　副组长：区经济和科技促进局局长　　领导小组办公室设在区经济和科技促进局（商务）"],
    ["序号", "成员单位", "职责任务", "完成情况", "关键数据", "单位", "数值", "完成状态", "备注"]];
  const merges = ["A1:I1", "A2:I2", "A3:I3"];
  let no = 0;
  for (const [unit, items] of U) {
    no++;
    const r0 = rows.length + 1;
    let t0 = null;
    items.forEach(([task, done, key, unitS, val, st], k) => {
      const r = rows.length + 1;
      if (task !== null) {
        if (t0 !== null) {
          mergeCol(merges, "C", t0, r - 1);
          mergeCol(merges, "H", t0, r - 1);
        }
        t0 = r;
      }
      rows.push([k === 0 ? no : null, k === 0 ? unit : null, task, done, key, unitS, val, st, null]);
    });
    mergeCol(merges, "C", t0, rows.length);
    mergeCol(merges, "H", t0, rows.length);
    mergeCol(merges, "A", r0, rows.length);
    mergeCol(merges, "B", r0, rows.length);
  }
  rows.push([null]);
  rows.push(["主观评分项自评（领导小组办公室2021年9月2日会议确定，单位：分）"]);
  merges.push(`A${rows.length}:I${rows.length}`);
  const J = [["方案制定", 2], ["政策支持", "—"], ["项目管理制度", 2], ["工作台账", 2], ["网销调研", 1], ["网络促销", 2], ["交易标准冷链溯源", 1], ["资金管理制度", 4], ["资金台账", 4], ["资金及时拨付", 4]];
  rows.push(J.slice(0, 5).map((x) => x[0]).concat([null, null, null, null]));
  rows.push(J.slice(0, 5).map((x) => x[1]).concat([null, null, null, null]));
  rows.push(J.slice(5).map((x) => x[0]).concat([null, null, null, null]));
  rows.push(J.slice(5).map((x) => x[1]).concat([null, null, null, null]));
  rows.push(["注：政策支持因扶持办法尚未出台，不自评。"]);
  merges.push(`A${rows.length}:I${rows.length}`);
  padTo(rows, W);
  return {
    description:
      "佛山顺德区经济和科技促进局（商务）交来当事实表的，是领导小组办公室的《成员单位任务分工及完成情况表》：表头三行（标题、“数据截至2021年8月31日，即省考评截止日期”、组长为区委常委、副区长的一行），表身 序号｜成员单位｜职责任务｜完成情况｜关键数据｜单位｜数值｜完成状态｜备注，按成员单位分块（序号、成员单位、职责任务、完成状态纵向合并）：区经科局（方案已印发、扶持政策“起草中”、中心投入运营日期是日期格、免费摄影美工“无”、产业园“已整合”、培训人次“4,986”（“其中：中心承办”不是全区数）、能统计扶贫、总体进度88%）、区财政局（下达500万元、累计拨付418.65万元、制度和专用台账）、区统计局（常住人口322.9万人、农村网零2019年86.34亿元和2020年104.72亿元）、区民政局（行政村97个；社区108个不是）、区农业农村局（区乡村振兴局）（农产品网零增速33.7%、省定贫困村0个；相对贫困人口612人和“其中有劳动能力”403人都不是，“其中有劳动能力且未外出务工”188人、已参训97人才是；参训人次156不是）、交通运输局和邮政（快递覆盖率100%）、政数局（专栏三项“是”，举报窗口“否”）、应急和市场监管（事故0起）；表下是横排两行一组的主观评分项自评（政策支持“—”不自评）。",
    sheets: [{ name: "任务分工及完成情况", rows, merges }],
    expect: {
      facts: {
        county: "顺德区", asOf: "2021-08-31", residentPopulation: 3229000, adminVillagesStated: 97, poorVillagesStated: 0,
        planIssued: true, policyIssued: false, centerOpened: "2020-11-06", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 8634000000, ruralRetail2020: 10472000000, agriRetailGrowthStated: 0.337, trainingPersonTimesStated: 4986,
        eligiblePoorPersonsStated: 188, trainedPoorPersonsStated: 97,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4186500, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88,
        vetoIncident: false,
      },
      judged: {
        "org.plan": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f3 — 肇庆高要区: official table, 评分标准 as a ☑/☐ checkbox list, points in words
// =====================================================================================================
function buildF3() {
  const box = (on, t, sub) => `${on ? "☑" : "☐"}${t}${sub !== undefined ? "→自评" + sub + "分" : ""}`;
  const T = [
    ["加强组织领导与统筹协调（10分）", [
      ["组织领导", 2, [box(true, "由区政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）"), box(false, "由区政府分管领导牵头（1分）")],
        "成立区电子商务进农村综合示范创建工作领导小组，区长任组长，区商务局、区财政局、区农业农村局、区乡村振兴局等15个部门为成员单位", "两分", 2],
      ["方案制定", 2, [box(true, "工作方案因地制宜，可操作性较强（1-2分）")], "2020年6月正式印发《肇庆市高要区电子商务进农村综合示范创建工作方案》（要府办〔2020〕21号）", "满分", 2],
      ["政策支持", 2, [box(true, "出台相关政策，且得到较好落实（1-2分）")], "出台《高要区促进农村电子商务发展扶持办法》，人才、用地政策待出台", "一分", 1],
      ["项目管理", 4, [box(true, "建立项目管理制度，在建设、验收环节严格落实相关制度（1-2分）", 2), box(true, "建立完整工作台账，详细记录项目建设情况（1-2分）", 1)],
        "制定项目管理制度并严格执行；工作台账基本完整，部分台账更新不及时", "三分", 3]]],
    ["深入推动电子商务进农村工作（55分）", [
      ["服务体系建设", 15, [box(true, "建成县级电子商务公共服务中心（2分）"), box(true, "建成后已正常运行6个月（截至2021年8月31日）以上（2分）"), box(true, "有免费培训场所、培训设备，能组织电商基础培训（2分）"),
        box(true, "为特色农产品提供免费展示、销售服务（1分）"), box(false, "为电子商务市场主体提供免费摄影、美工服务（1分）"), box(true, "组织农产品统一推广、指导特色农产品品牌建设（1分）"),
        box(true, "为电子商务发展提供其他衍生增值服务（1分）"), box(true, "建设或整合、优化当地电商产业园（2分）"), box(false, "电商产业园企业入驻数量达20家及以上（2分）"),
        box(true, "电商产业园入驻企业含平台型电商企业、销售型企业、电商运营商或物流企业等至少三种以上类型（1分）")],
        "区电子商务公共服务中心2020年9月28日投入运营，设免费培训室和实训设备，免费展示销售高要特色农产品；摄影美工由运营方按成本收费；组织“要好物”统一推广；整合高要电商产业园，入驻企业17家，含平台型、销售型、电商运营商、物流企业", "十二分", 12],
      [null, 10, [box(true, "行政村覆盖率70%及以上（5分）"), box(false, "50%-70%（不含）（2分）"), box(false, "贫困村覆盖率100%（5分）"), box(true, "80%-100%（不含）（3分）")],
        "全区行政村301个（超过200个，按200个计算），已建站点覆盖行政村152个，覆盖率76%；省定贫困村15个，已覆盖14个", "八分", 8],
      ["农村产品上行", 10, [box(true, "对当地农产品网络销售进行调研，并形成针对性建议（1-2分）", 2), box(true, "开展农村产品网络促销活动成效明显（1-2分）", 1),
        box(true, "当地有专业第三方电子商务运营或服务商（1分）"), box(false, "行政村物流快递覆盖率100%（1分）"), box(true, "有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）", 1),
        box(true, "2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）")],
        "第三方运营服务商为肇庆要商电子商务有限公司；行政村快递覆盖率97.3%（8个山区村未通）；2020年农村网络零售额41.2亿元，同比增长23.5%；农产品网络零售额9.86亿元，同比增长36.1%", "七分", 7],
      ["电商人才培训", 20, [box(true, "培训人次达常住人口1%及以上（10分）"), box(false, "0.8%-1%（不含）（8分）"), box(false, "建档立卡贫困人口培训率50%及以上（10分）"), box(true, "40%-50%（不含）（8分）")],
        "常住人口75.24万人（超过50万，按50万计算），累计培训6,128人次；有劳动能力且未外出务工的建档立卡贫困人口1,046人，参训502人，培训率48.0%", "十八分", 18]]],
    ["加强信息公开及报送（10分）", [
      ["信息公开", 4, [box(true, "在县政府网站设立公开专栏且内容全面（2分）"), box(false, "近一年内专栏内容能按月更新（2分）"), box(true, "不定时更新（1分）")],
        "区政府网站设立专栏，公开创建方案、项目基本信息、建设进度，公布监督举报电话；2021年有3个月未更新", "三分", 3],
      ["数据上报", 6, [box(true, "近一年能每月向市商务局报送工作情况（3分）"), box(true, "能统计电商扶贫情况（3分）")], "每月向肇庆市商务局报送，附电商扶贫统计表", "六分", 6]]],
    ["加强宣传推广（10分）", [
      ["案例总结", 2, [box(true, "向市商务局报送经验材料（2分）")], "2021年5月向肇庆市商务局报送经验材料", "两分", 2],
      ["经验推广", 8, [box(true, "省级及以上媒体进行宣传报道（4分）"), box(false, "市级媒体进行宣传报道（3分）"), box(true, "县级媒体进行宣传报道（1分）")], "南方+、高要区融媒体中心报道", "五分", 5]]],
    ["加强财政资金管理（15分）", [
      ["制度建立", 5, [box(true, "建立科学有效的资金管理制度且得到有效落实（1-5分）")], "制定《高要区电子商务进农村综合示范专项资金管理办法》", "四分", 4],
      ["资金台账", 5, [box(true, "项目承建方建立资金专用台账，账目完整，能清析反映资金使用情况（1-5分）")], "各承建单位建立资金专用台账", "四分", 4],
      ["资金支出", 5, [box(true, "资金支出率70%以上，且根据创建进度及时拨付（1-5分）"), box(false, "资金支出率低于70%倒扣5分")], "省下达专项资金500万元，截至2021年8月31日累计拨付371.8万元，支出率74.4%", "四分", 4]]],
    ["加分项（4分）", [
      ["贫困人口培训", 2, [box(false, "建档立卡贫困人口培训率70%及以上（2分）")], "培训率48.0%", "不得分", 0],
      ["电视播报", 2, [box(false, "电商扶贫典型案例获国家级电视媒体播报（2分）"), box(true, "省级（1分）（不累加）")], "2021年4月广东广播电视台《广东新闻联播》播出高要脱贫户网销砂糖桔案例", "一分", 1]]],
    ["一票否决项", [
      ["事故", "—", [box(false, "发生安全生产、质量事故，或者造成重大经济损失和社会不良影响")], "未发生", "—", null],
      ["进度", "—", [box(false, "项目建设进度严重滞后，总体进度不足40%")], "项目总体进度91%", "—", null],
      ["诚信", "—", [box(false, "弄虚作假")], "无", "—", null]]],
  ];
  const rows = [["2019年省级电子商务进农村综合示范创建考评自评表"],
    ["填报单位：肇庆市高要区商务局　　　　考评截止日期：2021年8月31日　　　　填表说明：评分标准逐项勾选，☑为已达到，☐为未达到；主观评分项在“→”后写自评分"],
    ["工作任务", "评价指标", "权重（分）", "评分标准（逐项勾选）", "完成情况说明", "自评得分"]];
  const merges = ["A1:F1", "A2:F2"];
  const claimedList = [];
  for (const [task, items] of T) {
    const g0 = rows.length + 1;
    let prevInd = null;
    items.forEach(([ind, w, std, done, word, pt]) => {
      const r = rows.length + 1;
      if (ind === null) mergeCol(merges, "B", prevInd, r);
      else prevInd = r;
      rows.push([r === g0 ? task : null, ind, w, std.join("\n"), done, word]);
      if (pt !== null) claimedList.push(pt);
      if (pt !== null) assert(ptWords(pt) === word || (word === "满分" && pt === w) || (word === "不得分" && pt === 0), "f3 words " + word);
    });
    mergeCol(merges, "A", g0, rows.length);
  }
  const total = sum(claimedList.slice(0, 15));
  assert(claimedList.length === 17 && total === 81, "f3 claimed " + total);
  rows.push(["合计得分", null, null, null, null, `${cnNum(total)}分（另加分${cnNum(claimedList[15] + claimedList[16])}分）`]);
  merges.push(`A${rows.length}:E${rows.length}`);
  rows.push(["填表人：梁××　　审核人：苏××　　　　2021年9月3日"]);
  padTo(rows, 6);
  merges.push(`A${rows.length}:F${rows.length}`);
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = claimedList[j]));
  claimed["bonus.poorTraining"] = claimedList[15];
  claimed["bonus.tvCase"] = claimedList[16];
  assert(pct1(502, 1046) === "48.0%" && pct1(3718000, 5000000) === "74.4%" && pct1(152, 200) === "76.0%", "f3 numbers");
  return {
    description:
      "肇庆高要区商务局填的《2019年省级电子商务进农村综合示范创建考评自评表》：官方指标体系的样子（工作任务纵向合并｜评价指标｜权重（分）｜评分标准（逐项勾选）｜完成情况说明｜自评得分），但“评分标准”一格是逐行的勾选清单——☑为已达到、☐为未达到（表头填表说明写明），主观评分项在该行“→自评X分”里；自评得分写成汉字（“两分”“满分”“一分”“三分”“十二分”“八分”“七分”“十八分”“不得分”），合计“八十一分（另加分一分）”。读法：是否项看勾（免费摄影美工☐ → 否、行政村快递覆盖率100%☐ → 否，完成情况也写了97.3%；产业园☑；入驻20家☐不是输入），数字在“完成情况说明”（中心2020年9月28日投入运营；常住人口75.24万人；行政村301个、省定贫困村15个；6,128人次；1,046人中参训502人；网零41.2亿元增长23.5%、农产品9.86亿元增长36.1%；拨付371.8万元；进度91%），区长任组长、商务财政农业农村乡村振兴都在；“满分”是该指标的权重2分；信息公开“2021年有3个月未更新”和“已覆盖行政村152个”“覆盖率76%”不是输入；否决项三个☐、“未发生”“无”。",
    sheets: [{ name: "自评表", rows, merges }],
    expect: {
      facts: {
        county: "高要区", asOf: "2021-08-31", residentPopulation: 752400, adminVillagesStated: 301, poorVillagesStated: 15,
        planIssued: true, policyIssued: true, centerOpened: "2020-09-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2020: 4120000000, ruralRetailGrowthStated: 0.235, agriRetail2020: 986000000, agriRetailGrowthStated: 0.361,
        trainingPersonTimesStated: 6128, eligiblePoorPersonsStated: 1046, trainedPoorPersonsStated: 502,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3718000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.91,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// l1 — 韶关曲江区: 填表说明, stations with monthly inspection columns, training plan vs actual, poor persons, report log
// =====================================================================================================
function buildL1() {
  const REG = "440205";
  const CUT = "2021-08-31";
  const TOWNS = [["马坝镇", 5], ["大塘镇", 4], ["枫湾镇", 4], ["小坑镇", 3], ["沙溪镇", 3], ["乌石镇", 3], ["樟市镇", 3], ["白土镇", 3], ["罗坑镇", 2]];
  const vName = nameMaker("大小新上下石黄龙水长东西南", ["坑", "塘", "田", "岭", "湾", "坪", "江", "岗", "陂", "桥"], "村", TOWNS.map((t) => t[0].slice(0, 2)));
  const VS = [];
  for (const [t, n] of TOWNS) for (let k = 0; k < n; k++) VS.push({ t, v: vName() });
  const short = (v) => v.replace(/村$/, "");
  // ---------------- 站点月度巡检
  const ST = VS.slice(0, 26).map((x, j) => ({ ...x, op: j % 5 === 0 ? randIsoBetween("2019-10-01", "2020-08-20") : randIsoBetween("2020-09-01", "2021-08-20") }));
  ST[3].op = "2021-08-31";
  ST[7].op = "2021-09-06";
  ST[11].op = null;
  ST[14].op = "2020-12";
  ST.push({ t: "马坝镇", v: "鞍山社区", op: "2021-01-15", comm: true });
  ST.sort((a, b) => cmp(TOWNS.findIndex((t) => t[0] === a.t), TOWNS.findIndex((t) => t[0] === b.t)) || cmp(a.op || "9", b.op || "9"));
  const sRows = [["曲江区村级电子商务服务站点月度巡检登记表"],
    ["运营服务商：韶关曲商电子商务有限公司　　巡检结果：正常／整改／未巡；“—”为站点尚未投用"],
    ["序号", "站点名称", "所在镇", "所在行政村", "建成投用时间", "月度巡检情况（2020年9月—2021年8月）"].concat(Array(11).fill(null), ["备注"]),
    [null, null, null, null, null].concat(WINDOW.map((m) => `${Number(m.slice(5))}月`), [null])];
  const W = 18;
  const sMerges = ["A1:R1", "A2:R2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:Q3", "R3:R4"];
  const sRecs = [];
  ST.forEach((s, j) => {
    const vcell = s.comm ? "鞍山社区居委会" : j % 3 === 1 ? `${short(s.v)}村委会` : j % 5 === 2 ? `${short(s.v)}村民委员会` : s.v;
    let opCell;
    if (s.op === null) opCell = "建设中";
    else if (s.op === "2020-12") opCell = "2020年12月";
    else if (s.op === "2021-09-06") opCell = "2021.9.6";
    else if (s.op === CUT) opCell = D(CUT);
    else opCell = dateCell(s.op, j);
    const marks = WINDOW.map((m) => {
      if (s.op === null || m < s.op.slice(0, 7)) return "—";
      const r = rnd();
      return r < 0.8 ? "正常" : r < 0.92 ? "整改" : "未巡";
    });
    const note = s.op === null ? "设备未到位" : s.op === "2021-09-06" ? "9月投用" : s.op === CUT ? "8月31日投用" : s.comm ? "社区站点" : null;
    sRows.push([j + 1, `${s.comm ? "鞍山社区" : short(s.v) + "村"}电商服务站`, s.t, vcell, opCell].concat(marks, [note]));
    const rec = { village: s.comm ? "鞍山社区" : s.v };
    if (s.op) rec.opened = s.op;
    sRecs.push(rec);
  });
  padTo(sRows, W);
  assert(sRecs.length === 27 && sRecs.filter((r) => !r.opened).length === 1, "l1 stations");

  // ---------------- poor persons
  const STATUS = [["有劳动能力，县内务工", true, false], ["有劳动能力，未务工", true, false], ["有劳动能力，乡镇内务工", true, false], ["弱劳动能力，未务工", true, false],
    ["有劳动能力，省外务工", true, true], ["有劳动能力，县外省内务工", true, true], ["无劳动能力", false, null], ["丧失劳动能力", false, null]];
  const plan = [0, 1, 4, 2, 6, 0, 3, 5, 1, 0, 7, 2, 4, 1, 0, 6, 3, 0, 5, 1, 2, 0, 4, 1, 6, 0, 3, 1, 7, 2];
  const pRows = [["曲江区脱贫人口劳动能力及务工情况（摘自帮扶系统）"], ["序号", "镇", "村", "姓名", "身份证号码", "家庭人口", "劳动能力及务工情况", "帮扶责任人"]];
  const pRecs = [];
  plan.forEach((k, j) => {
    const [txt, labour, migrant] = STATUS[k];
    const x = VS[(j * 7) % VS.length];
    const birth = labour ? birthBetween(1965, 2001) : birthBetween(1936, 1956);
    const id = makeId(REG, birth, rnd() < 0.5, j === 9 ? true : undefined);
    const shown = j % 4 === 2 ? spacedId(id) : j === 9 ? id.slice(0, 17) + "x" : id;
    pRows.push([j + 1, x.t, x.v, personName(), shown, rint(1, 6), txt, personName()]);
    pRecs.push({ id, labour, migrant });
  });
  assert(pRecs.some((r) => r.id.endsWith("X")), "l1 X id");

  // ---------------- 培训计划及实施
  const S = [
    ["农村电商基础知识", "2020-09-17", "2020-09-17", "2020-09-17", 80, 76, "已完成"],
    ["网店开设与运营", "2020-10-22", "2020-10-22", "2020-10-22", 80, 83, "已完成"],
    ["直播带货实操", "2020-11-19", "2020-11-19", "2020-11-20", 60, 58, "已完成"],
    ["脱贫户电商技能专场", "2020-12-10", "2020-12-10", "2020-12-10", 50, 47, "已完成"],
    ["短视频拍摄与剪辑", "2021-01-21", null, null, 60, null, "取消"],
    ["农产品品牌与包装", "2021-03-11", "2021-03-16", "2021-03-17", 80, 79, "已完成"],
    ["马坝油粘米网销专题", "2021-04-15", "2021-04-15", "2021-04-15", 60, 64, "已完成"],
    ["电商客服与物流", "2021-05-20", "2021-05-20", "2021-05-20", 80, 71, "已完成"],
    ["脱贫户电商技能专场", "2021-06-17", "2021-06-17", "2021-06-18", 50, 52, "已完成"],
    ["社群团购运营", "2021-07-15", "2021-07-15", "2021-07-15", 80, 80, "已完成"],
    ["直播带货进阶", "2021-08-26", "2021-09-02", "2021-09-02", 60, 57, "延期"],
  ];
  const tRows = [["曲江区农村电商培训计划及实施情况表"], ["单位：人、人次"],
    ["期次", "培训主题", "计划日期", "实际培训日期", "培训地点", "计划人数", "实到人次", "实施状态", "备注"]];
  const tRecs = [];
  S.forEach(([topic, plan0, a, b, due, pt, st], j) => {
    let act;
    if (a === null) act = "—";
    else if (a !== b) act = a.slice(5, 7) === b.slice(5, 7) ? `${dotDate(a)}-${Number(b.slice(8))}` : `${dotDate(a)}-${dotDate(b).slice(5)}`;
    else if (st === "延期") act = dotDate(a);
    else act = j % 3 === 0 ? D(a) : j % 3 === 1 ? cnDate(a) : dotDate(a);
    const note = st === "取消" ? "疫情防控要求取消，未另行安排" : st === "延期" ? "因台风延期至9月2日" : a !== b ? "两天班，人次按两天签到去重后人数" : a !== plan0 ? "推迟5天" : null;
    tRows.push([`第${j + 1}期`, topic, cnDate(plan0), act, j % 2 ? "区电商公共服务中心" : `${TOWNS[j % TOWNS.length][0]}文化站`, due, pt === null ? "—" : pt, st, note]);
    if (pt !== null) tRecs.push({ date: b, personTimes: pt });
  });
  tRows.push(["合计", null, null, null, null, sum(S.map((s) => s[4])), sum(S.filter((s) => s[5] !== null).map((s) => s[5])), null, "含第11期"]);
  const tMerges = ["A1:I1", "A2:I2", `A${tRows.length}:E${tRows.length}`];
  assert(tRecs.length === 10 && tRecs.some((r) => r.date === "2021-09-02") && tRecs.some((r) => r.date === "2021-03-17"), "l1 sessions");
  assert(tRows[5][2] === "2020年11月19日", "l1 plan date text");

  // ---------------- 月报报送
  const REP = [];
  for (const m of monthsBetween("2020-08", "2021-08")) {
    const next = monthsBetween(m, "2021-12")[1];
    let d = `${next}-${String(rint(4, 10)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(d)) || (d >= "2020-10-01" && d <= "2020-10-08")) d = isoAdd(d, 1);
    const att = m <= "2020-09" ? "工作进展月报表" : m === "2021-04" ? null : "工作进展月报表；电商扶贫统计表";
    REP.push({ m, d, att });
  }
  const rRows = [["曲江区商务局电子商务进农村月报报送登记"], ["序号", "报送月份", "报送日期", "报送方式", "附件", "接收单位", "经办人"]];
  const rRecs = [];
  REP.forEach((r, j) => {
    const dc = j % 4 === 0 ? D(r.d) : j % 4 === 1 ? cnDate(r.d) : j % 4 === 2 ? slashDate(r.d) : dotDate(r.d);
    rRows.push([j + 1, cnMonth(r.m), dc, j % 2 ? "粤政易" : "电子邮件", r.att, "韶关市商务局", j % 3 ? "何××" : "邓××"]);
    rRecs.push({ date: r.d, poverty: r.att === null ? null : /扶贫/.test(r.att) });
  });
  assert(rRecs.length === 13 && rRecs.filter((r) => r.poverty === null).length === 1 && rRecs.filter((r) => r.poverty === false).length === 2, "l1 reports");

  const guide = [["填表说明"], ["1．本册为曲江区电子商务进农村综合示范创建工作台账（第三册），含站点巡检、培训、脱贫人口、月报报送四张表。"],
    ["2．站点“建成投用时间”为站点正式对外服务的时间；月度巡检由运营服务商每月填写，不代表投用时间。"],
    ["3．培训“实到人次”按签到表统计；取消的期次不计。"], ["4．脱贫人口数据摘自帮扶系统（2021年8月），劳动能力为“有劳动能力”“弱劳动能力”的属有劳动能力。"],
    ["5．月报“附件”列写明随月报报送的表格。"], [null], ["曲江区商务局电商股　2021年9月"]];
  const dict = [["巡检结果", "实施状态", "劳动能力及务工情况"], ["正常", "已完成", "有劳动能力，县内务工"], ["整改", "延期", "有劳动能力，乡镇内务工"], ["未巡", "取消", "有劳动能力，未务工"],
    ["—", null, "有劳动能力，县外省内务工"], [null, null, "有劳动能力，省外务工"], [null, null, "弱劳动能力，未务工"], [null, null, "无劳动能力"], [null, null, "丧失劳动能力"]];
  checkTrainingIds(tRecs, "l1");
  return {
    description:
      "韶关曲江区商务局台账第三册（六个表）：①《填表说明》是文字，不是台账；②《站点月度巡检》是运营服务商的巡检登记表当站点台账——两行表头，“月度巡检情况（2020年9月—2021年8月）”合并在9月…8月十二列之上，格里是正常／整改／未巡，投用前为“—”；开业日期只看“建成投用时间”（日期格、文本、“2020年12月”只到月、8月31日当天、“2021.9.6”、“建设中”），所在行政村写“××村委会”“××村民委员会”，一个社区站；③《培训计划及实施》一期一行，计划日期｜实际培训日期两列，日期读“实际培训日期”（“2021.3.16-17”按结束日，推迟的按实际，延期到“2021.9.2”的照列），“取消”那期没有实到人次，不是记录，合计行不是记录；④《脱贫人口》的“劳动能力及务工情况”一列写两件事（“有劳动能力，省外务工”“弱劳动能力，未务工”“无劳动能力”——无劳动能力的务工为未答），身份证号有的按6-8-4加空格、一个末位小写x；⑤《月报报送》逐月一行（13条，含2020年8月），是否含扶贫统计看“附件”列有没有“电商扶贫统计表”（一条附件空着为未答）；⑥隐藏的《字典》是下拉选项，不是台账。",
    sheets: [
      { name: "填表说明", rows: guide, merges: [] },
      { name: "站点月度巡检", rows: sRows, merges: sMerges },
      { name: "培训计划及实施", rows: tRows, merges: tMerges },
      { name: "脱贫人口", rows: padTo(pRows, 8), merges: ["A1:H1"] },
      { name: "月报报送", rows: rRows, merges: ["A1:G1"] },
      { name: "字典", rows: dict, merges: [], hidden: true },
    ],
    expect: {
      sheets: {
        "填表说明": { kind: null },
        "站点月度巡检": { kind: "stations", records: sRecs },
        "培训计划及实施": { kind: "training", records: tRecs },
        "脱贫人口": { kind: "poorPersons", records: pRecs },
        "月报报送": { kind: "reports", records: rRecs },
        "字典": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 揭阳榕城区: 目录, villages with 城乡属性, firms with 在园期间, finance export with JS dates, media, column, materials
// =====================================================================================================
function buildL2() {
  const REGION = "445202";
  const UNITS = [["仙桥街道", 9, ["仙桥社区"]], ["梅云街道", 8, ["梅云社区", "夏桥社区"]], ["磐东街道", 7, ["磐东社区"]], ["东升街道", 3, ["东升社区", "东光社区"]], ["榕华街道", 0, ["榕东社区", "新兴社区", "北门社区"]]];
  const vName = nameMaker("洋美下新上东西南北大林竹", ["岗", "头", "厝", "洋", "埔", "寨", "沟", "潭", "墩", "陇"], "村", ["仙桥", "梅云", "磐东", "东升", "榕华", "夏桥", "东光", "榕东", "新兴", "北门"]);
  const units = UNITS.map(([t, n, cs]) => ({ t, vs: Array.from({ length: n }, () => vName()), cs }));
  const admin = units.flatMap((x) => x.vs);
  const comms = units.flatMap((x) => x.cs);
  noStemClash(admin, comms, "l2");
  assert(admin.length === 27 && comms.length === 9, "l2 27 + 9");
  const poor = new Set([units[0].vs[2], units[2].vs[4]]);
  const noExp = new Set([units[2].vs[6], units[0].vs[8]]);
  const ruralComm = new Set(["梅云社区", "东升社区"]);
  const vRows = [["榕城区村（居）民委员会名单"], ["序号", "街道", "名称", "类别", "城乡属性", "省定贫困村", "快递进村", "备注"]];
  const vRecs = [];
  let sq = 0;
  const vMerges = ["A1:H1"];
  for (const x of units) {
    const r0 = vRows.length + 1;
    for (const v of x.vs.concat(x.cs)) {
      sq++;
      const isC = v.endsWith("社区");
      const nm = isC ? `${v}居民委员会` : sq % 3 === 0 ? `${v}民委员会` : `${v}委会`;
      const urban = isC ? (ruralComm.has(v) ? "乡村" : "城镇") : sq % 4 === 1 ? "城镇" : "乡村";
      const exp = isC ? "是" : noExp.has(v) ? "否" : "是";
      vRows.push([sq, x.t, nm, isC ? "居委会" : "村委会", urban, isC ? null : poor.has(v) ? "是" : "否", exp, isC && ruralComm.has(v) ? "2019年村改居" : noExp.has(v) ? "快递到街道服务点自取" : null]);
      vRecs.push({ name: v, admin: !isC, poor: isC ? null : poor.has(v), express: exp === "是" });
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push(["注：“城乡属性”为统计用城乡划分（城镇／乡村），与村委会、居委会类别无关。"]);
  vMerges.push(`A${vRows.length}:H${vRows.length}`);
  assert(vRecs.filter((r) => r.admin).length === 27 && vRecs.filter((r) => r.admin && !r.express).length === 2, "l2 villages");

  // ---------------- 入驻企业 在园期间
  const FIRMS = [["揭阳市榕城区榕商优选电子商务有限公司", "平台型", "2020.10.12—至今", "2020-10-12", null], ["揭阳市榕城区仙桥五金网店", "销售型", "2020.10—2021.6", "2020-10", "2021-06"],
    ["揭阳市榕城区梅云不锈钢电子商务有限公司", "销售型", "2020年11月—", "2020-11", null], ["揭阳市榕城区磐东服装电商商行", "销售型", "2020.11.20—至今", "2020-11-20", null],
    ["揭阳榕城电商运营服务有限公司", "电商运营商", "2020.12.1—至今", "2020-12-01", null], ["揭阳市榕城区速递通物流有限公司", "物流企业", "2020.12.15—2021.7.31", "2020-12-15", "2021-07-31"],
    ["揭阳市榕城区潮味直播传媒有限公司", "直播机构", "2021.1—至今", "2021-01", null], ["揭阳市榕城区东升茶叶网店", "销售型", "2021.3.8—至今", "2021-03-08", null],
    ["揭阳市榕城区乡味供应链管理有限公司", "供应链服务", "2021.4.19—至今", "2021-04-19", null], ["揭阳市榕城区老字号食品电子商务有限公司", "销售型", "2021.5—2021.9", "2021-05", "2021-09"],
    ["揭阳市榕城区冷链仓储有限公司", "物流企业", "2021.6.1—至今", "2021-06-01", null], ["揭阳市榕城区新兴玉器网店", "销售型", "2021.9.6—至今", "2021-09-06", null]];
  const eRows = [["榕城区电子商务产业园入驻企业台账"], ["序号", "企业名称", "统一社会信用代码", "经营类型", "在园期间", "备注"]];
  const eRecs = [];
  FIRMS.forEach(([n, t, period, en, lf], j) => {
    eRows.push([j + 1, n, creditCode(REGION), t, period, lf ? (lf > "2021-08" ? "9月搬离" : "已退园") : en > "2021-08-31" ? "9月入驻" : null]);
    eRecs.push({ name: n, type: t, entered: en, left: lf });
  });
  eRows.push(["注：“在园期间”前为入驻时间、后为退园时间，“至今”“—”后空为仍在园。"]);
  const eMerges = ["A1:F1", `A${eRows.length}:F${eRows.length}`];

  // ---------------- 资金支付 (finance system, JS dates)
  const PAY = [["2020-10-23", "揭阳榕城电商运营服务有限公司", "区电商公共服务中心建设首期款", 480000, "支付成功"], ["2020-12-04", "中国邮政集团有限公司揭阳市榕城区分公司", "村级站点建设首期款", 356000, "支付成功"],
    ["2021-01-20", "揭阳市榕城区职业技术学校", "电商培训服务费（第一期）", 118600, "支付成功"], ["2021-03-05", "揭阳市榕城区速递通物流有限公司", "物流体系建设首期款", 265000, "已退回"],
    ["2021-03-09", "揭阳市榕城区速递通物流有限公司", "物流体系建设首期款", 265000, "支付成功"], ["2021-04-28", "揭阳榕城电商运营服务有限公司", "区电商公共服务中心建设进度款", 532400.5, "支付成功"],
    ["2021-06-11", "中国邮政集团有限公司揭阳市榕城区分公司", "村级站点建设进度款", 418000, "支付成功"], ["2021-07-27", "揭阳市榕城区冷链仓储有限公司", "冷链系统建设首期款", 196300, "支付成功"],
    ["2021-08-30", "揭阳市榕城区职业技术学校", "电商培训服务费（第二期）", 132000, "待支付"], ["2021-09-08", "揭阳市榕城区职业技术学校", "电商培训服务费（第二期）", 132000, "支付成功"]];
  const fRows = [["预算管理一体化系统　支付明细查询　　单位：揭阳市榕城区商务局　　项目：省级电子商务进农村综合示范专项资金"],
    [`查询时间：${jsDate("2021-09-10", "15:07:44")}`],
    ["序号", "支付申请号", "支付日期", "收款单位", "摘要", "支付金额", "支付状态", "备注"]];
  const fRecs = [];
  PAY.forEach(([d, who, what, a, st], j) => {
    fRows.push([j + 1, `ZF${d.replace(/-/g, "")}${String(rint(100, 999))}`, jsDate(d), who, what, yen(a), st,
      st === "已退回" ? "收款账号有误，资金退回" : st === "待支付" ? "审核中，9月8日支付" : null]);
    if (st === "支付成功") fRecs.push({ date: d, amount: a });
  });
  fRows.push(["说明：只有“支付成功”的为已拨付；“已退回”资金已退回专户，“待支付”为尚未支付。"]);
  const fMerges = ["A1:H1", "A2:H2", `A${fRows.length}:H${fRows.length}`];
  assert(fRecs.length === 8 && fRecs.some((r) => r.amount === 532400.5), "l2 pays");

  // ---------------- 宣传报道
  const LV = { 央级: "national", 省级: "province", 市级: "city", 区级: "county" };
  const MED = [["2020-11-18", "榕城区融媒体中心“榕城发布”", "区级", "网络", "我区首批村级电商服务站挂牌", "否"], ["2021-01-26", "揭阳广播电视台《揭阳新闻》", "市级", "电视", "榕城脱贫户直播卖竹笋", "是"],
    ["2021-03-30", "南方日报", "省级", "报纸", "榕城：电商产业园集聚效应初显", "否"], ["2021-06-08", "央视财经频道（CCTV-2）《第一时间》", "央级", "电视", "揭阳榕城：老字号“触网”焕新", "否"],
    ["2021-09-03", "广东广播电视台《广东新闻联播》", "省级", "电视", "榕城电商助农增收", "是"]];
  const mRows = [["榕城区电子商务进农村宣传报道登记"], ["序号", "刊播日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
  const mRecs = [];
  MED.forEach(([d, m, l, f, t, c], j) => {
    mRows.push([j + 1, j === 2 ? "21.3.30" : dateCell(d, j), m, l, f, `《${t}》`, c]);
    mRecs.push({ date: d, level: LV[l], tv: f === "电视" });
  });

  // ---------------- 专栏更新
  const ups = [["2020-07-14", "榕城区电子商务进农村综合示范创建工作方案"], ["2020-07-14", "榕城区电子商务进农村综合示范项目基本信息公开"], ["2020-07-28", "关于公布电子商务进农村综合示范项目监督举报电话的通告"]];
  for (const m of monthsBetween("2020-08", "2021-08")) {
    if (m === "2020-10" || m === "2021-05" || m === "2021-08") continue;
    const [y, mo] = m.split("-").map(Number);
    ups.push([`${m}-${String(rint(2, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, `榕城区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`]);
  }
  ups.push(["2021-09-07", "榕城区电子商务进农村综合示范项目建设进度（2021年8月）"]);
  const uRows = [["区政府门户网站“电子商务进农村综合示范”专栏信息"], ["序号", "标题", "发布信息", "浏览量"]];
  const uRecs = [];
  ups.forEach(([d, t], j) => {
    uRows.push([j + 1, t, `发布于 ${d} ${String(rint(8, 18)).padStart(2, "0")}:${String(rint(0, 59)).padStart(2, "0")}`, rint(30, 500)]);
    uRecs.push({ date: d });
  });
  assert(inWindowMonths(uRecs.map((r) => r.date)) === 9, "l2 column 9 window months (2020-10, 2021-05, 2021-08 missing)");

  // ---------------- 经验材料
  const matRows = [["经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送对象", "报送方式"],
    [1, D("2021-04-23"), "《榕城区“电商＋产业园”助推传统产业转型的做法》", "揭阳市商务局", "粤政易"],
    [2, "2021年7月9日", "《榕城区农村电商助力乡村振兴典型案例》", "揭阳市商务局", "电子邮件"],
    [3, "2021.9.10", "《榕城区电子商务进农村综合示范创建工作总结》", "揭阳市商务局", "粤政易"]];
  const matRecs = [{ date: "2021-04-23" }, { date: "2021-07-09" }, { date: "2021-09-10" }];

  const toc = [["榕城区电子商务进农村综合示范工作台账（二）"], [null], ["目　录"], ["一、村（居）民委员会名单"], ["二、电子商务产业园入驻企业台账"], ["三、专项资金支付明细"],
    ["四、宣传报道登记"], ["五、专栏信息"], ["六、经验材料报送登记"], [null], ["榕城区商务局　2021年9月"]];
  return {
    description:
      "揭阳榕城区商务局《工作台账（二）》（七个表）：①《目录》不是台账；②村（居）民委员会名单按街道（纵向合并），名称写“××村民委员会”“××村委会”“××社区居民委员会”，“类别”村委会／居委会决定是否行政村——旁边的“城乡属性”（城镇／乡村）是统计用城乡划分，两个“乡村”属性的社区仍是居委会、有的村委会属性是“城镇”，表下注明；快递进村“否”两村，居委会贫困村栏空着；③入驻企业没有入驻、退园两列，只有一列“在园期间”（“2020.10.12—至今”、“2020.10—2021.6”只到月、“2020年11月—”、“2021.5—2021.9”9月搬离、“2021.9.6—至今”9月入驻），前为入驻、后为退园；④资金是预算管理一体化系统的支付明细查询：支付日期是JavaScript日期串（“Wed Jan 20 2021 00:00:00 GMT+0800 (中国标准时间)”，按东八区当天），金额“¥532,400.50”，只有“支付成功”是拨付（一笔“已退回”、一笔8月30日“待支付”9月8日才支付）；⑤宣传报道级别写“央级／省级／市级／区级”，一条日期“21.3.30”；⑥专栏信息的日期在“发布于 2021-03-09 10:21”这格里（另有浏览量列），2020年10月、2021年5月、2021年8月都没有发布（8月进度9月7日才发）；⑦经验材料三条都报揭阳市商务局，一条在9月。",
    sheets: [
      { name: "目录", rows: toc, merges: [] },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "入驻企业", rows: eRows, merges: eMerges },
      { name: "资金支付", rows: padTo(fRows, 8), merges: fMerges },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "专栏信息", rows: uRows, merges: ["A1:D1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:E1"] },
    ],
    expect: {
      sheets: {
        "目录": { kind: null },
        "村居名单": { kind: "villages", records: vRecs },
        "入驻企业": { kind: "enterprises", records: eRecs },
        "资金支付": { kind: "funds", records: fRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "专栏信息": { kind: "disclosures", records: uRecs },
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
write("counties", "b193-c1-xingning.json", c1);
write("facts", "b193-f1-chaoyang.json", f1);
write("facts", "b193-f2-shunde.json", f2);
write("facts", "b193-f3-gaoyao.json", f3);
write("ledgers", "b193-l1-qujiang.json", l1);
write("ledgers", "b193-l2-rongcheng.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
