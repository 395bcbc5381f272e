// Batch 220 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b216.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (220220), no clock. Run: node test/corpus/_b220/gen-b220.js
//
// c1 平远县 (梅州): the facts sheet is a 部门报数汇总表 — one column per reporting department (商务、财政、统计、乡村振兴、民政、
//    邮政) holding its raw figure, plus a 最终采用 column that rules (商务局 mis-reported 户籍人口 and a poor count incl. migrants);
//    below it a 主观评分项 table and a 自评得分汇总. Ledgers: 行政村名册 with 镇小计 rows, stations at exactly 70%, sessions at exactly 1%,
//    poor trainees at exactly 70% (lower-case x, spaced ID), park of 20, funds in 万元 with 4 decimals, media with a Sept provincial item.
// f1 兴宁市 (梅州): the city's online 填报系统 edit page copied and pasted — label｜control｜grey hint per row, radio ◉/○, check ☑/☐,
//    drop-downs “已出台 ▼”, required “* ”, units only in the hints, unfilled fields still showing “请输入” / “请选择 ▼”.
// f2 阳东区 (阳江): a 创建前后对比表 — 申报时（2019年）｜目标值｜考评时（截至2021年8月31日）｜完成情况: only the 考评时 column is a
//    fact (“同申报时” points back), two years or two counts typed in one cell; a small 主观评分 table below.
// f3 潮阳区 (汕头): a Word 登记表 pasted in — 4–6 column label/value grid, full-width digits, 大写 date, ☑/□ boxes, and a centre
//    services matrix 已开展｜未开展｜免费｜收费 where a service that is charged for is not a 免费 service.
// l1 连州市 (清远): 填表说明; 行政村名册 with indented 自然村 rows; 腾讯问卷 sign-in export (date from the chosen 场次, a test row and
//    a duplicate submission); park roll whose 入驻协议期限 is not a leaving date; media where 广播 is not TV; a hidden 选项 sheet.
// l2 高要区 (肇庆): 封面; 国库集中支付 query export (only 已支付, date = 支付日期); the mailbox's 已发送 folder as the report log
//    (poverty = an 扶贫统计表 attachment; a forward to 区政府办 is not a report); households with 务工类别; a CMS article list where
//    草稿 / 待审核 have no 发布时间; 统计 (not a ledger).
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
let seed = 220220;
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
    assert(/^b220-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b220-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b220-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 梅州市平远县: 《部门报数汇总表》（各单位原始报数一列一家＋“最终采用”列）＋ 10 个台账
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "441426";
  const POP = 196300;
  const BASE = Math.min(POP, 500000);
  const TOWNS = [["大柘镇", 8, 2], ["仁居镇", 7, 1], ["东石镇", 7, 1], ["石正镇", 6, 1], ["八尺镇", 6, 0], ["差干镇", 6, 1]];
  const prefixes = ["大柘", "仁居", "东石", "石正", "八尺", "差干", "平远"];
  const vName = nameMaker("黄上下新石泗坝田河龙锡程超畲", ["畲", "坑", "田", "塘", "坝", "岭", "背", "洋", "坪", "楼", "湖", "溪", "岗", "水"], "村", prefixes);
  const cName = nameMaker("城锦和兴", ["南", "北", "东", "西"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "c1");
  assert(admin.length === 40 && comms.length === 6, "c1 40 villages + 6 communities");
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const poor = [towns[1].vs[3], towns[3].vs[1], towns[4].vs[2], towns[5].vs[0], towns[5].vs[4]];
  const poorSet = new Set(poor);
  const others = shuffle(admin.filter((v) => !poorSet.has(v)));
  const covOthers = others.slice(0, 23); // 5 poor + 23 = 28 covered
  const vSept = others[23];

  // ---------------- 行政村名册 (镇小计 rows between towns)
  const vRows = [["平远县行政村（社区）名册"], ["资料来源：县民政局　　　“省定贫困村”填“是”为2016—2020年省定相对贫困村；“快递进村”填“通”为已有快递服务点或邮政代投。"],
    ["镇", "序号", "村（社区）名称", "类别", "省定贫困村", "快递进村", "备注"]];
  const vMerges = ["A1:G1", "A2:G2"];
  let sq = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    for (const v of x.vs) {
      sq++;
      vRows.push([vRows.length + 1 === r0 ? x.t : null, sq, sq % 4 === 0 ? `${short(v)}村民委员会` : `${v}委会`, "行政村", poorSet.has(v) ? "是" : "否", "通", null]);
    }
    for (const c of x.cs) {
      sq++;
      vRows.push([null, sq, `${short(c)}社区居民委员会`, "社区", "—", "通", "城镇社区"]);
    }
    mergeCol(vMerges, "A", r0, vRows.length);
    vRows.push([`${x.t}小计`, null, `行政村${x.vs.length}个${x.cs.length ? `、社区${x.cs.length}个` : ""}`, null, `${x.vs.filter((v) => poorSet.has(v)).length}`, null, null]);
    vMerges.push(`A${vRows.length}:B${vRows.length}`);
  }
  vRows.push(["全县合计", null, `行政村${admin.length}个、社区${comms.length}个`, null, `${poor.length}`, null, null]);
  vMerges.push(`A${vRows.length}:B${vRows.length}`);

  // ---------------- 站点台账
  const ST = [];
  poor.forEach((v) => ST.push({ v, op: randIsoBetween("2020-06-01", "2021-05-31") }));
  covOthers.forEach((v) => ST.push({ v, op: randIsoBetween("2020-06-15", "2021-08-25") }));
  ST.push({ v: covOthers[3], op: randIsoBetween("2021-03-01", "2021-07-31"), second: true });
  ST.push({ v: towns[0].cs[0], op: randIsoBetween("2020-08-01", "2021-02-28") });
  ST.push({ v: vSept, op: "2021-09-13" });
  const TORD = TOWNS.map((t) => t[0]);
  ST.sort((a, b) => TORD.indexOf(townOf[a.v]) - TORD.indexOf(townOf[b.v]) || cmp(a.op, b.op));
  const sRows = [["平远县村级电子商务服务站点台账"], ["填报单位：平远县商务局（盖章）　　　　　　　　　　　　填报日期：2021年9月15日"],
    ["序号", "站点名称", "所在镇", "所在行政村", "详细地址", "站长", "联系电话", "挂牌时间", "备注"]];
  ST.forEach((s, j) => {
    const isC = s.v.endsWith("社区");
    const vc = isC ? `${short(s.v)}社区` : [s.v, `${short(s.v)}村委会`, `${short(s.v)}村民委员会`][j % 3];
    const dc = s.op === "2021-09-13" ? "2021.9.13" : j % 4 === 3 ? twoDot(s.op) : dateCell(s.op, j);
    sRows.push([j + 1, `平远县${short(s.v)}${isC ? "社区" : "村"}电商服务站${s.second ? "（二站）" : ""}`, townOf[s.v], vc, `${townOf[s.v]}${short(s.v)}${isC ? "社区" : "村"}${rint(1, 99)}号`,
      personName(), mask(phone()), dc, s.second ? "同村第二个站点" : isC ? "设在社区党群服务中心" : s.op > CUT ? "9月新挂牌" : null]);
  });
  sRows.push(["注：挂牌时间以站点挂牌并开展业务之日为准。"]);
  const adminSet = new Set(admin);
  const covSet = new Set(ST.filter((s) => s.op <= CUT && adminSet.has(s.v)).map((s) => s.v));
  const covBase = Math.min(admin.length, 200);
  const covPoor = poor.filter((v) => covSet.has(v));
  assert(covSet.size === 28 && ratioGE(28, covBase, 70) && !ratioGE(27, covBase, 70), "c1 28/40 = 70% exactly");
  assert(covPoor.length === 5, "c1 poor 5/5");

  // ---------------- 培训台账 (sessions with 人次)
  const starts = ["2020-09-17", "2020-10-22", "2020-11-19", "2020-12-10", "2021-01-14", "2021-03-11", "2021-04-15", "2021-05-18", "2021-06-10", "2021-07-08", "2021-08-05", "2021-08-26"];
  const TOP = ["农村电商基础", "网店开设实操", "直播带货", "短视频拍摄", "平远脐橙网络营销", "梅片树产品上行", "农产品包装设计", "电商带头人提升班", "社群营销", "电商客服与物流", "直播进阶", "农产品品牌建设"];
  const PL = ["县电商公共服务中心", "仁居镇综合文化站", "东石镇党群服务中心", "差干镇政府会议室", "石正镇文化站", "八尺镇党群服务中心"];
  const sessions = starts.map((d, k) => ({ no: k + 1, start: d, end: k === 7 ? isoAdd(d, 2) : d, topic: TOP[k], place: PL[k % PL.length], pt: rint(130, 200) }));
  let diff = 1963 - sum(sessions.map((s) => s.pt));
  for (let j = 0; diff !== 0; j = (j + 1) % sessions.length) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 11);
    if (sessions[j].pt + st < 90 || sessions[j].pt + st > 240) continue;
    sessions[j].pt += st;
    diff -= st;
  }
  const sept = { no: 13, start: "2021-09-09", end: "2021-09-09", topic: "农村电商基础（补训）", place: PL[0], pt: 96 };
  sessions.push(sept);
  const ptCut = sum(sessions.filter((s) => s.end <= CUT).map((s) => s.pt));
  assert(ptCut === 1963 && ratioGE(ptCut, BASE, 1) && !ratioGE(ptCut - 1, BASE, 1), "c1 1,963/196,300 = 1% exactly");
  const sessDate = (s, j) => (s === sept ? "2021.9.9" : s.end !== s.start ? "2021.5.18-20" : [cnDate(s.start), D(s.start), dotDate(s.start), slashDate(s.start)][j % 4]);

  // ---------------- 建档立卡贫困人口 and 参训名单
  const plan = shuffle([].concat(Array(30).fill("E"), Array(6).fill("M"), Array(4).fill("N")));
  let xGiven = false;
  const persons = plan.map((c) => {
    const birth = c === "N" ? birthBetween(1936, 1955) : birthBetween(1966, 2001);
    const wantX = c === "E" && !xGiven ? true : undefined;
    if (wantX) xGiven = true;
    return { c, id: makeId(REGION, birth, rnd() < 0.5, wantX), name: personName(), v: poor[rint(0, poor.length - 1)] };
  });
  const pRows = [["平远县建档立卡贫困人口劳动力及务工情况"], ["数据来源：县乡村振兴局“广东省精准扶贫大数据管理平台”（2021年8月）"],
    ["序号", "镇", "村", "姓名", "证件号码", "劳动技能", "务工状况", "务工地点"]];
  persons.forEach((p, j) => {
    const lab = p.c === "N" ? (j % 2 ? "丧失劳动力" : "无劳动力") : j % 4 === 0 ? "弱劳动力" : "普通劳动力";
    const work = p.c === "M" ? "省外务工" : p.c === "N" ? null : ["县内务工", "未务工", "公益性岗位"][j % 3];
    pRows.push([j + 1, townOf[p.v], p.v, p.name, p.id, lab, work, p.c === "M" ? ["深圳市宝安区", "东莞市长安镇", "福建省厦门市"][j % 3] : work === "县内务工" ? "平远县" : null]);
  });
  pRows.push(["注：劳动技能为“普通劳动力”“弱劳动力”的属有劳动能力；“省外务工”“县外务工”为外出务工。"]);
  const elig = persons.filter((p) => p.c === "E");
  const xPerson = elig.find((p) => isX(p.id));
  assert(elig.length === 30 && xPerson, "c1 30 eligible, one X");
  const before = sessions.filter((s) => s.end <= CUT);
  const eligSh = shuffle(elig.filter((p) => p !== xPerson));
  const trained = [xPerson].concat(eligSh.slice(0, 20)); // 21
  const TR = trained.map((p, k) => ({ p, s: before[(k * 5 + 2) % before.length], id: p === xPerson ? p.id.slice(0, 17) + "x" : k === 7 ? spacedId(p.id) : p.id }));
  TR.push({ p: trained[9], s: before[before.length - 1], id: trained[9].id, note: "第二次参训" });
  TR.push({ p: eligSh[20], s: sept, id: eligSh[20].id });
  const mig0 = persons.find((p) => p.c === "M");
  TR.push({ p: mig0, s: before[4], id: mig0.id, note: "春节返乡参训" });
  const TRs = TR.slice().sort((a, b) => a.s.no - b.s.no);
  const eligIds = new Set(elig.map((p) => p.id));
  const trainedCut = new Set(TRs.filter((t) => t.s.end <= CUT).map((t) => normId(t.id)).filter((id) => eligIds.has(id)));
  assert(trainedCut.size === 21 && ratioGE(21, 30, 70) && !ratioGE(20, 30, 70) && ratioGE(20, 30, 50), "c1 21/30 = 70% exactly");
  for (const s of sessions) s.poorN = TRs.filter((t) => t.s === s).length;
  const tRows = [["平远县农村电商培训台账（按期次）"], ["期次", "培训时间", "培训内容", "培训地点", "参训人次", "其中建档立卡贫困人口", "备注"]];
  sessions.forEach((s, j) => tRows.push([`第${s.no}期`, sessDate(s, j), s.topic, s.place, s.pt, s.poorN || null, s === sept ? "9月补训" : s.end !== s.start ? "三天班" : null]));
  tRows.push(["合计", null, null, null, sum(sessions.map((s) => s.pt)), sum(sessions.map((s) => s.poorN)), null]);
  const tMerges = ["A1:G1", `A${tRows.length}:D${tRows.length}`];
  const trRows = [["建档立卡贫困人口参训名单"], ["序号", "姓名", "身份证号码", "所在村", "参训期次", "培训时间", "备注"]];
  TRs.forEach((t, j) => trRows.push([j + 1, t.p.name, t.id, t.p.v, `第${t.s.no}期`, sessDate(t.s, sessions.indexOf(t.s)), t.note || null]));
  checkTrainingIds(TRs.map((t) => ({ id: normId(t.id) })), "c1");

  // ---------------- 产业园入驻企业
  const FIRMS = [["平远县脐橙优品电子商务有限公司", "销售型"], ["平远县客都网络科技有限公司", "平台型"], ["平远县梅片树电商商行", "销售型"], ["平远县山里人家农产品网店", "销售型"],
    ["平远县云端电商运营服务有限公司", "电商运营商"], ["平远县速达物流有限公司", "物流企业"], ["平远县五指石茶业网店", "销售型"], ["平远县程江电商服务有限公司", "电商运营商"],
    ["平远县仁居柚子电商商行", "销售型"], ["平远县畲乡直播传媒有限公司", "直播电商"], ["平远县八尺米业网店", "销售型"], ["平远县农旺农民专业合作社", "合作社"],
    ["平远县差干高山茶电商有限公司", "销售型"], ["平远县惠民快递服务站", "物流企业"], ["平远县东石稻米电子商务有限公司", "销售型"], ["平远县客家味网络科技有限公司", "平台型"],
    ["平远县石正蜂蜜网店", "销售型"], ["平远县众创电商孵化有限公司", "电商运营商"], ["平远县泗水腐竹电商商行", "销售型"], ["平远县仓配通供应链有限公司", "物流企业"]];
  const firms = FIRMS.map(([n, t]) => ({ n, t, code: creditCode(REGION), ent: randIsoBetween("2020-07-01", "2021-08-20"), left: null }));
  const leftF = { n: "平远县鑫源电商商行", t: "销售型", code: creditCode(REGION), ent: "2020-09-15", left: "2021-05-31" };
  const lateF = { n: "平远县橙心农业科技有限公司", t: "销售型", code: creditCode(REGION), ent: "2021-09-10", left: null };
  const roll = firms.concat([leftF, lateF]).sort((a, b) => cmp(a.ent, b.ent));
  const eRows = [["平远县电子商务产业园入驻企业名单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注"]];
  roll.forEach((f, j) => eRows.push([j + 1, f.n, f.code, f.t, f === lateF ? "2021.9.10" : dateCell(f.ent, j + 2), f.left ? "2021年5月31日" : null, f.left ? "经营调整退园" : f === lateF ? "9月新签" : null]));
  const inPark = roll.filter((f) => f.ent <= CUT && !(f.left && f.left < CUT));
  const inCodes = new Set(inPark.map((f) => f.code));
  const types = new Set(inPark.map((f) => f.t));
  assert(inCodes.size === 20 && types.size >= 3, "c1 20 firms in the park");

  // ---------------- 资金拨付 (万元, 4 decimals)
  const ALLOC = 5000000;
  const PAY = [["2020-09-29", "县电商公共服务中心建设", 620000], ["2020-11-26", "村级电商服务站点建设（第一批）", 458600], ["2020-12-30", "农村电商人才培训", 186300],
    ["2021-01-28", "县镇村三级物流体系建设", 540000], ["2021-03-25", "村级电商服务站点建设（第二批）", 412380], ["2021-04-29", "农产品品牌培育及营销推广", 305000],
    ["2021-06-24", "县电商公共服务中心运营", 380000], ["2021-07-29", "农村电商人才培训", 214200], ["2021-08-30", "冷链及溯源系统建设", 496000], ["2021-09-17", "县镇村三级物流体系建设（尾款）", 300000]];
  const spent = sum(PAY.filter((p) => p[0] <= CUT).map((p) => p[2]));
  assert(spent === 3612480 && ratioGE(spent, ALLOC, 70), "c1 spent 3,612,480 = 72.25%");
  const fRows = [["平远县电子商务进农村综合示范专项资金拨付台账"], ["单位：万元"], ["序号", "拨付日期", "项目内容", "收款单位", "拨付金额", "累计拨付", "凭证号"]];
  let acc = 0;
  PAY.forEach(([d, n, a], j) => {
    acc += a;
    fRows.push([j + 1, d > CUT ? "2021.9.17" : dateCell(d, j + 1), n, ["平远县云端电商运营服务有限公司", "中国邮政集团有限公司平远县分公司", "平远县众创电商孵化有限公司"][j % 3], wan4(a), wan4(acc), `PY-ZF-${pad3(j + 11)}`]);
  });
  fRows.push(["合计", null, null, null, wan4(sum(PAY.map((p) => p[2]))), null, null]);

  // ---------------- 月报 / 专栏 / 宣传 / 材料
  const rRows = [["平远县向梅州市商务局报送月报登记"], ["序号", "报送时间", "报送内容", "扶贫数据", "报送人"]];
  monthsBetween("2020-09", "2021-08").forEach((m, j) => {
    let d = `${m}-${String(rint(3, 9)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(d))) d = isoAdd(d, 1);
    rRows.push([j + 1, dateCell(d, j + 3), `${cnMonth(isoAdd(m + "-01", -1))}电商进农村工作进展及统计数据`, "✓", ["林××", "张××"][j % 2]]);
  });
  const U = [["2020-06-28", "平远县电子商务进农村综合示范创建实施方案"], ["2020-07-03", "平远县电子商务进农村综合示范项目基本信息"], ["2020-07-03", "平远县电子商务进农村综合示范项目监督举报电话"]];
  for (const m of WINDOW) {
    const [y, mo] = m.split("-").map(Number);
    U.push([`${m}-${String(rint(6, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, `平远县电子商务进农村综合示范项目建设进度（${cnMonth(isoAdd(m + "-01", -1))}）`]);
  }
  const uRows = [["平远县人民政府网“电子商务进农村”专栏更新记录"], ["序号", "更新日期", "标题"]];
  U.forEach(([d, t], j) => uRows.push([j + 1, d.startsWith("2021-02") ? "2021年2月" : dateCell(d, j), t]));
  assert(inWindowMonths(U.map((u) => u[0])) === 12, "c1 disclosure 12 months");
  const MED = [["2020-12-18", "平远县融媒体中心", "县级", "网络", "我县首批村级电商服务站挂牌", "否"], ["2021-03-26", "梅州日报", "市级", "报纸", "平远脐橙“触网”销全国", "否"],
    ["2021-06-09", "梅州广播电视台《梅州新闻》", "市级", "电视", "脱贫户直播卖梅片", "是"], ["2021-09-16", "南方日报", "省级", "报纸", "平远：电商进村 山货出山", "否"]];
  const mRows = [["平远县电商进农村宣传报道清单"], ["序号", "日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"]];
  MED.forEach((m, j) => mRows.push([j + 1, m[0] > CUT ? "2021年9月16日" : dateCell(m[0], j + 1), m[1], m[2], m[3], `《${m[4]}》`, m[5]]));
  const matRows = [["经验材料报送"], ["序号", "报送日期", "材料名称", "报送单位"], [1, "2021.7.20", "平远县“电商＋脐橙”助农增收经验材料", "梅州市商务局"]];

  // ---------------- 部门报数汇总 (the facts)
  const W = 11;
  const DEPS = ["县商务局", "县财政局", "县统计局", "县乡村振兴局", "县民政局", "县邮政管理局"];
  const rows = [padRow(["平远县电子商务进农村综合示范考评基础数据部门报数汇总表"], W),
    padRow(["说明：数据截至2021年8月31日。D—I列为各单位报来的原始数（空白为该单位不涉及），J列“最终采用”为县商务局核定后填入考评系统的数，以“最终采用”为准。"], W),
    ["序号", "事项", "单位"].concat(DEPS, ["最终采用", "备注"])];
  const merges = ["A1:K1", "A2:K2"];
  const F = [
    ["常住人口", "万人", { 县商务局: "23.06", 县统计局: "19.63" }, "19.63", "商务局误报户籍人口，按第七次全国人口普查"],
    ["行政村数", "个", { 县民政局: 40 }, 40, "另有社区居委会6个"],
    ["省定贫困村数", "个", { 县乡村振兴局: 5 }, 5, null],
    ["领导小组组长", null, { 县商务局: "县长" }, "县委副书记、县长", "平府办〔2020〕9号"],
    ["领导小组成员单位", null, { 县商务局: "县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监管局、县邮政管理局" }, "同左", null],
    ["示范创建工作方案", null, { 县商务局: "已印发" }, "已印发", "平府办函〔2020〕15号"],
    ["支持农村电商发展政策", null, { 县商务局: "已出台" }, "已出台", "《平远县促进农村电子商务发展扶持办法》"],
    ["县级公共服务中心投入运营日期", null, { 县商务局: "2021.2.28" }, "2021年2月28日", "正式投入运营"],
    ["中心：免费培训场所及设备", null, { 县商务局: "√" }, "√", null],
    ["中心：农特产品免费展示销售", null, { 县商务局: "√" }, "√", null],
    ["中心：免费摄影美工", null, { 县商务局: "×" }, "×", "摄影棚按次收费"],
    ["中心：统一推广及品牌建设指导", null, { 县商务局: "√" }, "√", null],
    ["中心：其他衍生增值服务", null, { 县商务局: "√" }, "√", null],
    ["电商产业园", null, { 县商务局: "有" }, "有", "整合优化县电商创业园"],
    ["专业第三方电商运营服务商", null, { 县商务局: "有" }, "有", null],
    ["行政村快递覆盖率", "%", { 县邮政管理局: 100 }, 100, null],
    ["2019年农村网络零售额", "亿元", { 县商务局: "8.5", 县统计局: 8.42 }, 8.42, "省商务厅平台数"],
    ["2020年农村网络零售额", "亿元", { 县商务局: "10", 县统计局: 9.96 }, 9.96, null],
    ["2019年农产品网络零售额", "亿元", { 县统计局: 1.52 }, 1.52, null],
    ["2020年农产品网络零售额", "亿元", { 县统计局: 2.01 }, 2.01, null],
    ["电商培训人次", "人次", { 县商务局: "1,963" }, "1,963", null],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", "人", { 县商务局: 36, 县乡村振兴局: 30 }, 30, "商务局报数含外出务工6人"],
    ["参加电商培训的建档立卡贫困人口", "人", { 县商务局: 21, 县乡村振兴局: 21 }, 21, "按身份证号去重"],
    ["专栏公示创建方案", null, { 县商务局: "是" }, "是", null],
    ["专栏公示项目基本信息", null, { 县商务局: "是" }, "是", null],
    ["专栏公示项目建设进度", null, { 县商务局: "是" }, "是", "按月更新"],
    ["专栏设立监督举报窗口", null, { 县商务局: "是" }, "是", "公布举报电话"],
    ["能统计电商扶贫情况", null, { 县商务局: "能", 县乡村振兴局: "能" }, "能", null],
    ["省级下达资金", "万元", { 县财政局: 500 }, 500, null],
    ["累计拨付资金", "万元", { 县商务局: "361.25", 县财政局: 361.248 }, 361.248, "以财政国库支付数为准"],
    ["资金管理制度", null, { 县财政局: "已制定" }, "已制定", null],
    ["资金专用台账", null, { 县财政局: "已建立" }, "已建立", null],
    ["项目总体进度", "%", { 县商务局: 92 }, 92, null],
    ["安全生产、质量事故或重大损失", null, { 县商务局: "无" }, "无", null],
    ["弄虚作假", null, { 县商务局: "无" }, "无", null],
  ];
  F.forEach(([item, unit, dv, fin, note], j) => rows.push([j + 1, item, unit].concat(DEPS.map((d) => (d in dv ? dv[d] : null)), [fin, note])));
  rows.push(padRow([], W));
  rows.push(padRow(["二、主观评分项自评"], W));
  merges.push(`A${rows.length}:K${rows.length}`);
  rows.push(padRow(["序号", "评分项", "分值", "自评分", "依据"], W));
  merges.push(`E${rows.length}:K${rows.length}`);
  const JUD = [["方案制定", "1-2分", 2, "方案已正式印发", "org.plan"], ["政策支持", "1-2分", 1, "扶持办法已出台，落实一般", "org.policy"],
    ["项目管理制度", "1-2分", 2, null, "org.management.system"], ["工作台账", "1-2分", 2, null, "org.management.ledger"],
    ["网销调研", "1-2分", 2, "调研报告", "work.upward.research"], ["网络促销活动", "1-2分", 2, null, "work.upward.promotion"],
    ["交易标准与冷链溯源", "1-2分", 1, "脐橙电商交易标准；冷链在建", "work.upward.standards"], ["资金管理制度", "1-5分", 4, null, "fund.system"],
    ["资金台账", "1-5分", 5, null, "fund.ledger"], ["资金及时拨付", "1-5分", 4, null, "fund.spending"]];
  const judged = {};
  JUD.forEach(([n, r, p, why, id], j) => {
    rows.push(padRow([j + 1, n, r, p, why], W));
    merges.push(`E${rows.length}:K${rows.length}`);
    judged[id] = p;
  });
  rows.push(padRow([], W));
  rows.push(padRow(["三、自评得分汇总"], W));
  merges.push(`A${rows.length}:K${rows.length}`);
  rows.push(padRow(["序号", "评价指标", "满分", "自评得分"], W));
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 4, "work.center": 14, "work.coverage": 10, "work.upward": 9,
    "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 5, "fund.system": 4, "fund.ledger": 5,
    "fund.spending": 4, "bonus.poorTraining": 2, "bonus.tvCase": 1,
  };
  const CN = { "org.leadership": "组织领导", "org.plan": "方案制定", "org.policy": "政策支持", "org.management": "项目管理", "work.center": "服务体系建设（县级中心与产业园）",
    "work.coverage": "服务体系建设（村级站点覆盖）", "work.upward": "农村产品上行", "work.training": "电商人才培训", "info.disclosure": "信息公开", "info.reporting": "数据上报",
    "promo.cases": "案例总结", "promo.media": "经验推广", "fund.system": "制度建立", "fund.ledger": "资金台账", "fund.spending": "资金支出",
    "bonus.poorTraining": "加分：贫困人口培训率70%及以上", "bonus.tvCase": "加分：电商扶贫典型案例获电视播报" };
  const MAX = Object.fromEntries(SCORED.concat(BONUS));
  Object.keys(claimed).forEach((id, j) => rows.push(padRow([j + 1, CN[id], MAX[id], claimed[id]], W)));
  const claimScored = sum(SCORED.map(([id]) => claimed[id]));
  rows.push(padRow(["合计", null, 100, `${claimScored}＋加分${claimed["bonus.poorTraining"] + claimed["bonus.tvCase"]}`], W));
  merges.push(`A${rows.length}:B${rows.length}`);
  rows.push(padRow(["填报人：县商务局电商股 林××　　审核人：黄××　　2021年9月15日"], W));
  merges.push(`A${rows.length}:K${rows.length}`);
  for (const r of rows) assert(r.length === W, "c1 facts width");

  // ---------------- points
  const opened = "2021-02-28";
  const centerPts = (opened <= CUT ? 2 : 0) + (opened <= "2021-02-28" ? 2 : 0) + 2 + 1 + 0 + 1 + 1 + 2 + (inCodes.size >= 20 ? 2 : 0) + (types.size >= 3 ? 1 : 0);
  const covPts = (ratioGE(covSet.size, covBase, 70) ? 5 : ratioGE(covSet.size, covBase, 50) ? 2 : 0) + (covPoor.length === poor.length ? 5 : 0);
  const ELIG = 30;
  const trainPts = (ratioGE(ptCut, BASE, 1) ? 10 : 0) + (ratioGE(trainedCut.size, ELIG, 50) ? 10 : 0);
  const a19 = 152000000, a20 = 201000000, r19 = 842000000, r20 = 996000000;
  const growthOk = (a20 - a19) * 100 >= 30 * a19 || (r20 - r19) * 100 >= 30 * r19;
  assert(growthOk && (r20 - r19) * 100 < 30 * r19, "c1 agri growth 32.2%, rural 18.3%");
  const upPts = 2 + 2 + 1 + 1 + 1 + 2;
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 4, "work.center": centerPts, "work.coverage": covPts, "work.upward": upPts,
    "work.training": trainPts, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 3 + 1, "fund.system": 4, "fund.ledger": 5,
    "fund.spending": 4, "bonus.poorTraining": ratioGE(trainedCut.size, ELIG, 70) ? 2 : 0, "bonus.tvCase": 0,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(centerPts === 14 && covPts === 10 && trainPts === 20 && upPts === 9, "c1 parts");
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 91 && bonus === 2, "c1 total " + scored + "+" + bonus);
  assert(claimScored === 92, "c1 claimed 92");
  const derivation = [
    "org.leadership: “领导小组组长”最终采用“县委副书记、县长”（主要领导），成员单位“同左”＝县商务局、县财政局、县农业农村局、县乡村振兴局等 → 2",
    "org.plan: 工作方案已印发，主观评分项“方案制定”自评2分 → 2",
    "org.policy: 扶持办法已出台，“政策支持”自评1分 → 1",
    "org.management: 项目管理制度2分＋工作台账2分 → 4",
    `work.center: 中心“2021年2月28日”正式投入运营 → 截止日前建成 2；2021-02-28 ≤ 2021-02-28，运行满6个月 → 2；免费培训√ 2、展示销售√ 1、摄影美工×（按次收费） 0、品牌推广√ 1、衍生服务√ 1；产业园“有” 2；《产业园企业》截至8月31日在园${inCodes.size}家（“${leftF.n}”2021年5月31日退园、“${lateF.n}”2021.9.10入驻不算） → 2；类型销售型、平台型、电商运营商、物流企业等 → 1；合计14`,
    `work.coverage: 《行政村名册》行政村40个（社区6个、镇小计和合计行不算）；《站点台账》挂牌时间 ≤ 2021-08-31 的行政村28个（同村“二站”只算一次；社区站不算；“${vSept}”2021.9.13挂牌不算） → 28/40 = 70.0% ≥ 70% → 5；省定贫困村5个都有站 → 5/5 = 100% → 5；合计10`,
    "work.upward: 网销调研2、促销活动2、交易标准与冷链溯源1（主观评分项）；第三方运营服务商“有” → 1；《行政村名册》快递进村全部“通” → 1；农产品网零1.52→2.01亿元增长32.2% ≥ 30%（农村网零8.42→9.96亿元增长18.3%不够，但任一即可） → 2；合计9",
    `work.training: 常住人口最终采用19.63万（商务局误报的23.06万是户籍人口） → 基数196,300；《培训台账》第1—12期（第8期“2021.5.18-20”按5月20日）${fmtInt(ptCut)}人次，第13期2021.9.9补训96人次不算、合计行不另加 → 1,963/196,300 = 1.00% ≥ 1% → 10；《建档立卡贫困人口》劳动技能“普通／弱劳动力”且不是“省外务工”的30人（县内务工、公益性岗位、未务工都不算外出）；《参训名单》截止日前身份证号对得上的21人（一人末位小写x、一人号码中间带空格，都是同一人；一人参训两次算一次；一人只参加9月9日第13期；省外务工的一人不在30人内） → 21/30 = 70% ≥ 50% → 10；合计20`,
    "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度、监督举报窗口都“是” → 2；《专栏更新》2020年9月—2021年8月每月都有（2021年2月只写到月“2021年2月”，也在2月） → 按月 2；合计4",
    "info.reporting: 《月报报送》2020年9月—2021年8月每月都有报送 → 3；扶贫数据✓、“能统计电商扶贫情况” → 3；合计6",
    "promo.cases: 2021.7.20向梅州市商务局报送经验材料 → 2",
    "promo.media: 截止日前有梅州日报、梅州广播电视台（市级） → 3；平远县融媒体中心（县级） → 1；南方日报（省级）是2021年9月16日，不算 → 合计4（自评5）",
    "fund.system: 主观评分“资金管理制度”自评4分 → 4",
    "fund.ledger: “资金台账”自评5分 → 5",
    `fund.spending: 《资金拨付》单位万元，截止日前9笔合计${wan4(spent)}万元＝${fmtMoney(spent)}元（9月17日30万元尾款不算，合计行含9月），与最终采用累计拨付361.248万元一致 → 3,612,480/5,000,000 = 72.25% ≥ 70% → 及时拨付自评4分 → 4`,
    "bonus.poorTraining: 21/30 = 70% ≥ 70% → 2",
    "bonus.tvCase: 电视播报电商扶贫典型案例的只有梅州广播电视台（市级），不是国家级或省级 → 0（自评1）",
    "veto.incident: 安全生产、质量事故或重大损失“无” → 不否决",
    "veto.progress: 项目总体进度92% ≥ 40% → 不否决",
    "veto.fraud: 弄虚作假“无” → 不否决",
  ];
  return {
    description:
      "梅州平远县商务局电商股整本考评工作簿（12个表：部门报数汇总＋11个台账），91＋加分2＝93分、未否决（自评92＋加分3）：事实表是《部门报数汇总表》——序号｜事项｜单位｜县商务局｜县财政局｜县统计局｜县乡村振兴局｜县民政局｜县邮政管理局｜最终采用｜备注，各单位原始报数一家一列（常住人口商务局误报户籍23.06万、统计局19.63万；贫困人口商务局36人含外出务工），以“最终采用”列为准；下面另有“二、主观评分项自评”和“三、自评得分汇总”两张小表。台账：行政村名册带镇小计行、站点覆盖28/40正好70%（9月挂牌一站、社区站、同村二站）、培训按期次1,963人次正好常住人口1%、参训名单21/30正好70%（小写x、带空格的身份证号）、产业园20家（退园一家、9月入驻一家）、资金以万元计（4位小数）72.25%、专栏2月只写到月、宣传里省级报道在9月、市电视台不是加分。",
    sheets: [
      { name: "部门报数汇总", rows, merges },
      { name: "行政村名册", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: ["A1:I1", "A2:I2", `A${sRows.length}:I${sRows.length}`] },
      { name: "培训台账", rows: tRows, merges: tMerges },
      { name: "贫困人口参训名单", rows: trRows, merges: ["A1:G1"] },
      { name: "建档立卡贫困人口", rows: pRows, merges: ["A1:H1", "A2:H2", `A${pRows.length}:H${pRows.length}`] },
      { name: "产业园企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金拨付", rows: fRows, merges: ["A1:G1", "A2:G2", `A${fRows.length}:D${fRows.length}`] },
      { name: "月报报送", rows: rRows, merges: ["A1:E1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:C1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 梅州市兴宁市: 梅州市考评填报系统网页“复制—粘贴”（单选◉○、多选☑☐、下拉▼、必填*、提示行、未填的“请输入”）
// =====================================================================================================
function buildF1() {
  const rows = [];
  const merges = [];
  const W = 4;
  const line = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:D${rows.length}`);
  };
  const field = (label, value, hint) => {
    rows.push(padRow([label, value, hint || null], W));
  };
  line("梅州市商务局　|　电子商务进农村综合示范考评填报系统　　　　　　　　欢迎您，兴宁市商务局（xnsw_ds）　退出");
  line("首页 > 考评填报 > 基础数据填报 > 编辑");
  line("填报状态：已暂存（未提交）　　　最后保存：2021-09-06 17:42:18　梁××");
  rows.push(padRow([], W));
  line("一、基本信息");
  field("* 县（市、区）", "兴宁市", "（只读）");
  field("* 考评截止日期", "2021-08-31", "（只读）");
  field("* 常住人口", "81.67", "请填写数字，单位：万人（第七次全国人口普查）");
  field("* 行政村数", "460", "单位：个，不含社区");
  field("社区数", "41", "单位：个");
  field("* 省定贫困村数", "32", "单位：个");
  line("二、组织领导");
  field("* 牵头领导级别", "◉ 主要领导（书记、县市区长）　○ 分管领导　○ 其他", null);
  field("* 牵头领导职务", "市长", "如：县长、副县长");
  field("* 参与部门（多选）", "☑ 商务　☑ 财政　☑ 农业农村　☐ 扶贫（乡村振兴）　☑ 交通运输　☑ 市场监管　☐ 其他", null);
  field("* 示范创建工作方案", "已正式印发 ▼", "下拉：已正式印发／未印发");
  field("* 支持农村电商发展的政策", "已出台 ▼", "下拉：已出台／未出台");
  line("三、服务体系");
  field("* 县级公共服务中心投入运营日期", "2020-12-26", "格式：yyyy-mm-dd");
  field("* 有免费培训场所、培训设备", "◉ 是　○ 否", null);
  field("* 为特色农产品提供免费展示、销售服务", "◉ 是　○ 否", null);
  field("* 为电商主体提供免费摄影、美工服务", "○ 是　◉ 否", null);
  field("* 组织农产品统一推广、指导品牌建设", "◉ 是　○ 否", null);
  field("* 提供其他衍生增值服务", "◉ 是　○ 否", null);
  field("* 建设或整合、优化电商产业园", "◉ 是　○ 否", null);
  line("四、农村产品上行");
  field("* 有专业第三方电商运营或服务商", "◉ 是　○ 否", null);
  field("* 行政村物流快递覆盖率达100%", "○ 是　◉ 否", "⚠ 选“否”请在附件上传未覆盖村名单");
  field("2019年农村网络零售额", "316,480", "单位：万元");
  field("2020年农村网络零售额", "398,200", "单位：万元");
  field("2020年农村网络零售额同比增速", "25.82", "单位：%（系统自动计算，可修改）");
  field("2019年农产品网络零售额", "请输入", "单位：万元");
  field("2020年农产品网络零售额", "请输入", "单位：万元");
  line("五、人才培训");
  field("* 培训人次", "8,215", "单位：人次，截至考评截止日期");
  field("* 有劳动能力的建档立卡贫困人口（不含外出务工）", "1,208", "单位：人，以乡村振兴局确认数为准");
  field("* 参加培训的建档立卡贫困人口", "655", "单位：人，按身份证号去重");
  line("六、信息公开及报送");
  field("* 专栏公示内容（多选）", "☑ 创建方案　☑ 项目基本信息　☑ 项目建设进度　☑ 征求意见或监督举报窗口", null);
  field("* 能统计电商扶贫情况", "◉ 能　○ 不能", null);
  line("七、资金管理");
  field("* 省级下达资金", "500", "单位：万元");
  field("* 累计拨付资金", "402.68", "单位：万元，截至考评截止日期");
  field("* 已制定资金管理制度", "◉ 是　○ 否", null);
  field("* 已建立资金专用台账", "◉ 是　○ 否", null);
  field("* 项目总体进度", "93", "单位：%");
  line("八、主观评分项（县级自评）");
  field("方案制定（1-2分）", "2分 ▼", null);
  field("政策支持（1-2分）", "2分 ▼", null);
  field("项目管理制度（1-2分）", "2分 ▼", null);
  field("工作台账（1-2分）", "1分 ▼", null);
  field("网销调研（1-2分）", "2分 ▼", null);
  field("网络促销活动（1-2分）", "2分 ▼", null);
  field("交易标准与冷链溯源（1-2分）", "请选择 ▼", "未建立冷链、溯源系统的可不选");
  field("资金管理制度（1-5分）", "4分 ▼", null);
  field("资金台账（1-5分）", "4分 ▼", null);
  field("资金及时拨付（1-5分）", "5分 ▼", null);
  line("九、一票否决事项");
  field("* 发生安全生产、质量事故或重大损失", "○ 是　◉ 否", null);
  field("* 存在弄虚作假", "○ 是　◉ 否", null);
  rows.push(padRow([], W));
  line("［ 暂存 ］　［ 提交 ］　［ 返回 ］");
  line("Copyright © 梅州市商务局　技术支持：梅州市××信息技术有限公司　建议使用Chrome浏览器");
  for (const r of rows) assert(r.length === W, "f1 width");
  assert(Math.round(((398200 - 316480) / 316480) * 10000) === 2582, "f1 stated growth");
  return {
    description:
      "梅州兴宁市商务局电商股从梅州市“电子商务进农村综合示范考评填报系统”编辑页全选复制、贴进Excel交来的事实表：页头导航（欢迎您…退出、首页 > 考评填报 > …）、“已暂存（未提交）”状态行，然后九个分节，每个字段一行——A列标签（必填项前有“* ”）、B列控件的样子、C列灰色提示（单位只写在提示里：万人、万元、%、人次）。读法：单选题“◉”是选中的、“○”不是（免费摄影美工“○ 是　◉ 否” → 否；快递覆盖率100%选了“否”）；多选“☑／☐”（参与部门没勾扶贫（乡村振兴） → 组长市长但部门缺一家 → principal）；下拉显示为“已正式印发 ▼”“2分 ▼”；农产品网零两格还是占位文字“请输入”、交易标准与冷链溯源自评是“请选择 ▼”，都是没填；增速25.82%是系统算的但可改，照所写读；页脚按钮、版权行不是数据。",
    sheets: [{ name: "填报页复制", rows, merges }],
    expect: {
      facts: {
        county: "兴宁市", asOf: "2021-08-31", residentPopulation: 816700, adminVillagesStated: 460, poorVillagesStated: 32,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2019: 3164800000, ruralRetail2020: 3982000000, ruralRetailGrowthStated: 0.2582,
        trainingPersonTimesStated: 8215, eligiblePoorPersonsStated: 1208, trainedPoorPersonsStated: 655,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4026800, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.93,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 2, "fund.system": 4, "fund.ledger": 4, "fund.spending": 5,
      },
      leadership: "principal",
    },
  };
}

// =====================================================================================================
// f2 — 阳江市阳东区: 《创建前后对比表》申报时（2019年申报书）｜目标值（实施方案）｜考评时（截至2021年8月31日）｜完成情况
// =====================================================================================================
function buildF2() {
  const W = 8;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:H${rows.length}`);
  };
  full("阳东区电子商务进农村综合示范创建前后对比表");
  full("阳江市阳东区商务局　　　　　“申报时”取自2019年6月《阳东区省级电子商务进农村综合示范县申报书》，“目标值”取自区实施方案，“考评时”为截至2021年8月31日情况。");
  rows.push(["序号", "指标", "单位", "申报时（2019年）", "目标值（实施方案）", "考评时（截至2021年8月31日）", "完成情况", "佐证材料"]);
  const R = [
    ["1", "常住人口", "万人", "45.6（2018年末）", "—", "51.63（第七次全国人口普查）", "—", "七普公报"],
    ["2", "行政村／社区", "个", "166个行政村、19个社区", "—", "同申报时", "—", "区民政局名册"],
    ["3", "省定贫困村", "个", "14", "—", "14（已全部出列）", "—", null],
    ["4", "领导小组组长", null, "副区长", "—", "区长（2020年5月调整）", "已调整", "东府办〔2020〕31号"],
    ["5", "领导小组成员单位", null, "区商务局、区财政局", "—", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局", "已充实", null],
    ["6", "示范创建工作方案", null, "—", "2020年3月前印发", "已正式印发（东府办〔2020〕22号）", "已完成", null],
    ["7", "农村电商扶持政策", null, "无", "出台1项以上", "已出台《阳东区促进农村电子商务发展扶持办法》", "已完成", null],
    ["8", "县级电商公共服务中心", null, "无", "2020年6月前建成", "2020年9月18日投入运营", "已完成（滞后3个月）", "现场"],
    ["9", "中心服务功能", null, "—", "五项服务全覆盖", "免费培训√　免费展示销售√　免费摄影美工√　品牌推广√　衍生服务√", "已完成", null],
    ["10", "电商产业园", null, "无", "整合建成1个", "整合原合山电商创业园建成，入驻21家", "已完成", null],
    ["11", "专业第三方运营服务商", null, "无", "引进1家", "有（阳江市××电商运营服务有限公司）", "已完成", null],
    ["12", "行政村快递覆盖率", "%", "86", "100", "100", "已完成", "市邮政管理局证明"],
    ["13", "农村网络零售额", "亿元", "2018年：9.6", "年均增长20%", "2019年：11.2；2020年：14.9（同比增长33.0%）", "超额完成", "省商务厅平台"],
    ["14", "电商培训人次", "人次", "—", "5,200", "5,480", "超额完成", null],
    ["15", "有劳动能力建档立卡贫困人口（不含外出务工）／参训人数", "人", "—", "培训率50%", "2,316／1,274（55.0%）", "已完成", "区乡村振兴局确认"],
    ["16", "政府网站专栏", null, "无", "设立", "已设立：创建方案√　项目基本信息√　建设进度√（按月）　意见征集√", "已完成", "网站截图"],
    ["17", "电商扶贫统计", null, "无", "按月统计", "能统计，随月报报送", "已完成", null],
    ["18", "省级专项资金", "万元", "申请500", "—", "下达500，已拨付381.6（76.3%）", "—", "国库支付凭证"],
    ["19", "资金管理制度／专用台账", null, "—", "建立", "已制定／已建立", "已完成", null],
    ["20", "项目总体进度", "%", "—", "100", "95", "基本完成", null],
    ["21", "安全生产、质量事故或重大损失", null, "—", "—", "未发生", "—", null],
    ["22", "弄虚作假", null, "—", "—", "无", "—", null],
  ];
  for (const r of R) rows.push(padRow(r.slice(), W));
  assert(Math.round((14.9 / 11.2 - 1) * 1000) === 330 && Math.round((1274 / 2316) * 1000) === 550 && Math.round(3816000 / 50000) === 76, "f2 notes");
  rows.push(padRow([], W));
  full("附：主观评分项区自评");
  rows.push(padRow(["序号", "评分项", "分值范围", "区自评", "说明"], W));
  merges.push(`E${rows.length}:H${rows.length}`);
  const J = [["方案制定", "1-2分", "2分", null], ["政策支持", "1-2分", "2分", null], ["项目管理制度", "1-2分", "2分", null], ["工作台账", "1-2分", "1分", "2020年部分月份台账补记"],
    ["网销调研", "1-2分", "2分", null], ["网络促销活动", "1-2分", "2分", null], ["交易标准与冷链溯源", "1-2分", "1分", "溯源系统已建，冷链在建"],
    ["资金管理制度", "1-5分", "5分", null], ["资金台账", "1-5分", "4分", null], ["资金及时拨付", "1-5分", "4分", "中心建设款滞后拨付"]];
  J.forEach(([n, r, p, why], j) => {
    rows.push(padRow([j + 1, n, r, p, why], W));
    merges.push(`E${rows.length}:H${rows.length}`);
  });
  full("填表：区商务局电商股　　审核：区商务局　　2021年9月3日");
  for (const r of rows) assert(r.length === W, "f2 width");
  return {
    description:
      "阳江阳东区商务局交来的《创建前后对比表》：序号｜指标｜单位｜申报时（2019年）｜目标值（实施方案）｜考评时（截至2021年8月31日）｜完成情况｜佐证材料，同一指标三个时点并排，下面附主观评分项区自评小表。读法：只读“考评时”列——常住人口51.63万（申报时45.6万是2018年末数）；行政村“同申报时”要回到申报时列读166个（19个社区不算）；组长申报时副区长、考评时“区长（2020年5月调整）” → 主要领导，成员单位考评时商务、财政、农业农村、乡村振兴都有；中心“2020年9月18日投入运营”（目标“2020年6月前建成”不是日期事实）；网零一格写两年“2019年：11.2；2020年：14.9（同比增长33.0%）”（亿元；2018年9.6不是输入）；培训5,480人次（目标5,200不是）；贫困人口“2,316／1,274（55.0%）”一格两数；资金“下达500，已拨付381.6（76.3%）”万元；进度95%；目标值和完成情况都不是事实；自评分写成“2分”。",
    sheets: [{ name: "创建前后对比", rows, merges }],
    expect: {
      facts: {
        county: "阳东区", asOf: "2021-08-31", residentPopulation: 516300, adminVillagesStated: 166, poorVillagesStated: 14,
        planIssued: true, policyIssued: true, centerOpened: "2020-09-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1120000000, ruralRetail2020: 1490000000, ruralRetailGrowthStated: 0.33,
        trainingPersonTimesStated: 5480, eligiblePoorPersonsStated: 2316, trainedPoorPersonsStated: 1274,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3816000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.95,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 汕头市潮阳区: Word《考评基础信息登记表》贴进Excel（四栏网格、全角数字、大写日期、中心服务“已开展／免费／收费”勾选矩阵）
// =====================================================================================================
function buildF3() {
  const W = 6;
  const rows = [];
  const merges = [];
  const add = (cells, ms) => {
    rows.push(padRow(cells.slice(), W));
    for (const m of ms || []) merges.push(m.replace(/#/g, String(rows.length)));
  };
  add(["附件2"], []);
  add(["潮阳区电子商务进农村综合示范考评基础信息登记表"], ["A#:F#"]);
  add(["填报单位（盖章）：汕头市潮阳区商务局　　　　　　　　　数据截止时间：2021年8月31日"], ["A#:F#"]);
  add(["一、基本情况"], ["A#:F#"]);
  add(["常住人口（万人）", fwText("167.85"), "行政村（个）", fwText("236"), "社区（个）", fwText("46")]);
  add(["省定贫困村（个）", fwText("11"), "户籍人口（万人）", fwText("196.47"), null, null], ["E#:F#"]);
  add(["二、组织领导"], ["A#:F#"]);
  add(["领导小组", "组长：区委副书记、区长　　副组长：分管副区长、区商务局局长\n成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监督管理局、潮阳邮政分公司"], ["B#:F#"]);
  add(["创建工作方案", box(true, "已正式印发", "未印发"), "扶持政策", box(true, "已出台", "未出台"), null, null], ["D#:F#"]);
  add(["三、公共服务中心及产业园"], ["A#:F#"]);
  add(["中心投入运营日期", cnFormalDate("2020-11-16"), null, null, null, null], ["B#:F#"]);
  add(["服务内容", "已开展", "未开展", "免费", "收费", "备注"]);
  const SV = [["电商培训（场所、设备）", true, true, "培训室2间、电脑50台"], ["特色农产品展示、销售", true, true, "展销厅"], ["摄影、美工", true, false, "按件收费，成本价"],
    ["农产品统一推广、品牌建设指导", true, null, "“潮阳好物”区域公用品牌"], ["其他衍生增值服务", true, false, "金融对接、代办证照（收取代办费）"]];
  for (const [n, on, free, note] of SV) add([n, on ? "☑" : "☐", on ? "☐" : "☑", free === null ? "—" : free ? "☑" : "☐", free === null ? "—" : free ? "☐" : "☑", note]);
  add(["电商产业园", checkbox(true, "已建设（整合优化）", "未建设"), null, null, null, null], ["B#:F#"]);
  add(["四、农村产品上行"], ["A#:F#"]);
  add(["第三方运营服务商", checkbox(true, "有", "无"), "行政村快递覆盖率", `${checkbox(true, "达100%", "未达100%")}`, null, null], ["D#:F#"]);
  add(["农村网络零售额（亿元）", `2019年：${fwText("36.18")}`, `2020年：${fwText("44.02")}`, "2020年农产品网络零售额同比增速", fwText("28.4%"), null], ["E#:F#"]);
  add(["五、人才培训"], ["A#:F#"]);
  add(["培训人次", fwText("12,658"), "有劳动能力的建档立卡贫困人口（不含外出务工，人）", fwText("3,846"), "参训建档立卡贫困人口（人）", fwText("2,017")]);
  add(["六、信息公开及报送"], ["A#:F#"]);
  add(["专栏公示内容", "☑创建方案　☑项目基本信息　☑项目建设进度　☐征求意见或监督举报窗口"], ["B#:F#"]);
  add(["能否统计电商扶贫情况", checkbox(true, "能", "不能"), null, null, null, null], ["B#:F#"]);
  add(["七、资金管理"], ["A#:F#"]);
  add(["省级下达资金（万元）", fwText("500"), "累计拨付资金（元）", fwText("3,792,610.00"), "项目总体进度", fwText("91%")]);
  add(["资金管理制度", checkbox(true, "已制定", "未制定"), "资金专用台账", checkbox(true, "已建立", "未建立"), null, null], ["D#:F#"]);
  add(["八、主观评分项自评"], ["A#:F#"]);
  add(["方案制定", pts12(2), "政策支持", pts12(1), "项目管理制度", pts12(2)]);
  add(["工作台账", pts12(2), "网销调研", pts12(1), "网络促销活动", pts12(2)]);
  add(["交易标准与冷链溯源", pts12(1), null, null, null, null], ["B#:F#"]);
  const p15 = (p) => [1, 2, 3, 4, 5].map((k) => `${k === p ? "☑" : "□"}${k}`).join(" ") + "分";
  add(["资金管理制度", p15(4), "资金台账", p15(4), "资金及时拨付", p15(3)]);
  add(["九、一票否决事项"], ["A#:F#"]);
  add(["发生安全生产、质量事故或重大损失", checkbox(false, "是", "否"), "弄虚作假", checkbox(false, "是", "否"), null, null], ["D#:F#"]);
  add(["填表人：区商务局　郑××　　　联系电话：0754-8381××××　　　填表日期：二〇二一年九月二日"], ["A#:F#"]);
  for (const r of rows) assert(r.length === W, "f3 width");
  assert(cnFormalDate("2020-11-16") === "二〇二〇年十一月十六日", "f3 formal date");
  return {
    description:
      "汕头潮阳区商务局把Word版《考评基础信息登记表》（附件2）整表贴进Excel：“一、…九、”分节标题整行合并，表体是四到六栏的“标签｜值｜标签｜值”网格，数字全是全角（“１６７．８５”“３，７９２，６１０．００”“２８．４％”），单位写在标签括号里（常住人口万人、下达资金万元、累计拨付元），中心投入运营日期是大写“二〇二〇年十一月十六日”，是否项是“☑是　□否”式勾选框，主观分是“□1分　☑2分”“□1 □2 □3 ☑4 □5分”。最难的是中心服务的勾选矩阵（服务内容｜已开展｜未开展｜免费｜收费｜备注）：摄影美工已开展但勾“收费” → 免费摄影美工为否；其他衍生增值服务也勾“收费”，但评分标准不要求免费 → 仍为是；品牌建设免费收费“—”。户籍人口196.47万不是输入；组长区委副书记、区长，成员单位四家都在；专栏没勾监督举报窗口；农村网零两年、农产品只有增速。",
    sheets: [{ name: "基础信息登记表", rows, merges }],
    expect: {
      facts: {
        county: "潮阳区", asOf: "2021-08-31", residentPopulation: 1678500, adminVillagesStated: 236, poorVillagesStated: 11,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-16", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 3618000000, ruralRetail2020: 4402000000, agriRetailGrowthStated: 0.284,
        trainingPersonTimesStated: 12658, eligiblePoorPersonsStated: 3846, trainedPoorPersonsStated: 2017,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3792610, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.91,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// l1 — 清远市连州市: 填表说明、行政村（自然村分行缩进）、培训签到（腾讯问卷导出）、产业园企业（协议期限）、宣传报道（广播不是电视）、
//      隐藏的下拉选项表
// =====================================================================================================
function buildL1() {
  const CUT = "2021-08-31";
  const REGION = "441882";
  const TOWNS = [["星子镇", 5, 1], ["保安镇", 4, 1], ["西岸镇", 4, 0], ["东陂镇", 4, 1]];
  const prefixes = ["星子", "保安", "西岸", "东陂", "连州"];
  const vName = nameMaker("山塘联红新石黄大马冲", ["江", "洞", "岭", "塘", "坪", "水", "田", "背", "头", "坑"], "村", prefixes);
  const cName = nameMaker("城镇", ["东", "南", "北"], "社区", prefixes);
  const nat = nameMaker("上下老新大小东西", ["屋", "排", "寨", "坪", "岗", "垌", "坳", "洞"], "", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "l1");
  const short = (v) => v.replace(/村$|社区$/, "");
  const poorSet = new Set([towns[0].vs[2], towns[1].vs[0], towns[3].vs[3]]);
  const noExp = towns[2].vs[3];

  // ---------------- 行政村（含自然村）
  const vRows = [["连州市行政村及自然村名册（电商进农村用）"], ["说明：行政村、社区顶格填写，其下缩进的“└”行为所辖自然村（村民小组），仅供站点选址参考。"],
    ["镇", "行政村／社区", "类别", "省定贫困村", "快递服务", "备注"]];
  const vMerges = ["A1:F1", "A2:F2"];
  const vRecs = [];
  for (const x of towns) {
    const r0 = vRows.length + 1;
    for (const v of x.vs) {
      const nm = vRows.length % 2 ? v : `${short(v)}村委会`;
      const ex = v !== noExp;
      vRows.push([vRows.length + 1 === r0 ? x.t : null, nm, "行政村", poorSet.has(v) ? "是" : "否", ex ? "已覆盖" : "未覆盖", ex ? null : "山区，邮件放镇邮政所自取"]);
      vRecs.push({ name: nm, admin: true, poor: poorSet.has(v), express: ex });
      const k = rint(2, 3);
      for (let i = 0; i < k; i++) vRows.push([null, `　└ ${nat()}`, "自然村", null, null, null]);
    }
    for (const c of x.cs) {
      vRows.push([null, `${short(c)}社区居委会`, "社区", "/", "已覆盖", null]);
      vRecs.push({ name: `${short(c)}社区居委会`, admin: false, poor: null, express: true });
    }
    mergeCol(vMerges, "A", r0, vRows.length);
  }
  assert(vRecs.filter((r) => r.admin).length === 17, "l1 17 villages");

  // ---------------- 培训签到（腾讯问卷导出）
  const SES = [["第1期（2020年10月16日·星子镇）", "2020-10-16"], ["第2期（2020年12月4日·保安镇）", "2020-12-04"], ["第3期（2021年3月19日·市电商中心）", "2021-03-19"],
    ["第4期（2021年6月11日·东陂镇）", "2021-06-11"], ["第5期（2021年9月3日·西岸镇）", "2021-09-03"]];
  const tRows = [["序号", "提交答卷时间", "所用时间", "来源", "1.您的姓名", "2.身份证号码", "3.参加的培训场次", "4.您是否为脱贫户", "5.所在镇村", "备注（商务局加）"]];
  const tRecs = [];
  let n = 0;
  const testRow = () => {
    n++;
    tRows.push([n, "2020/10/15 17:20:05", "21秒", "微信", "测试", "123", SES[0][0], "否", "测试", "管理员测试，不是学员"]);
  };
  testRow();
  const allV = admin;
  SES.forEach(([label, d], si) => {
    const k = rint(5, 7);
    const times = Array.from({ length: k }, () => hms()).sort();
    for (let i = 0; i < k; i++) {
      n++;
      const late = i === k - 1 && si === 1;
      const sub = late ? `${slashDate(isoAdd(d, 1))} 08:${String(rint(10, 59)).padStart(2, "0")}:${String(rint(10, 59)).padStart(2, "0")}` : `${slashDate(d)} ${times[i]}`;
      const wantX = si === 2 && i === 0 ? true : undefined;
      const id = makeId(REGION, birthBetween(1965, 2000), rnd() < 0.5, wantX);
      const typed = wantX ? id.slice(0, 17) + "x" : si === 3 && i === 1 ? maskId(id) : id;
      const v = allV[rint(0, allV.length - 1)];
      tRows.push([n, sub, `${rint(40, 180)}秒`, "微信", personName(), typed, label, rnd() < 0.3 ? "是" : "否", `${towns.find((x) => x.vs.includes(v)).t}${v}`, late ? "次日补填" : null]);
      tRecs.push({ date: d, personTimes: 1, id: wantX ? id : typed });
      if (si === 0 && i === 2) {
        n++;
        tRows.push([n, tRows[tRows.length - 1][1].replace(/:(\d\d)$/, (m, s) => `:${String((Number(s) + 30) % 60).padStart(2, "0")}`), "35秒", "微信", tRows[tRows.length - 1][4], typed, label, tRows[tRows.length - 1][7], tRows[tRows.length - 1][8], "重复提交，不计"]);
      }
    }
  });
  checkTrainingIds(tRecs, "l1");

  // ---------------- 产业园企业（协议期限 is not 入驻/退出）
  const FIRMS = [["连州市菜心优品电子商务有限公司", "销售型"], ["连州市连农网络科技有限公司", "平台型"], ["连州市水晶梨电商商行", "销售型"], ["连州市湟川电商运营服务有限公司", "电商运营商"],
    ["连州市飞鹰物流有限公司", "物流企业"], ["连州市地下河特产网店", "销售型"], ["连州市瑶乡直播传媒有限公司", "直播电商"], ["连州市东陂腊味电商商行", "销售型"]];
  const eRows = [["连州市电子商务产业园入驻企业登记表"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "入驻协议期限", "退园日期", "备注"]];
  const eRecs = [];
  FIRMS.forEach(([nm, t], j) => {
    const ent = j === 6 ? "2021-09-01" : j === 5 ? "2020-10-20" : randIsoBetween("2020-08-01", "2021-07-31");
    const left = j === 5 ? "2021-04-30" : null;
    const [y, m, d] = ymd(ent);
    const term = `${y}.${m}.${d}-${y + 3}.${m}.${d === 1 ? 1 : d}`;
    eRows.push([j + 1, nm, creditCode(REGION), t, j === 6 ? "2021.9.1" : dateCell(ent, j + 1), term, left ? "2021年4月30日" : null, left ? "提前解约" : j === 6 ? "9月新入驻" : null]);
    eRecs.push({ name: nm, type: t, entered: ent, left });
  });
  eRows.push(["注：“入驻协议期限”为租赁协议起止日期，不是退园日期；未填退园日期的为在园企业。"]);

  // ---------------- 宣传报道
  const M = [["2020-11-06", "连州市融媒体中心（连州广播电视台）", "县级", "广播", "电商服务站开进瑶寨", false], ["2021-01-20", "清远日报", "市级", "报纸", "连州菜心乘上电商快车", false],
    ["2021-04-09", "清远广播电视台", "市级", "电视", "连州：直播间里卖水晶梨", true], ["2021-06-25", "南方+", "省级", "网络", "连州：电商助农新路径", false],
    ["2021-08-18", "广东广播电视台珠江频道", "省", "电视", "连州脱贫户“触网”增收", true], ["2021-09-22", "央视网", "中央", "网络", "粤北连州电商兴村", false]];
  const LV = { 县级: "county", 市级: "city", 省级: "province", 省: "province", 中央: "national" };
  const mRows = [["连州市电商进农村宣传报道登记"], ["序号", "日期", "媒体", "级别", "载体", "标题"]];
  const mRecs = [];
  M.forEach(([d, med, lv, form, t, tv], j) => {
    mRows.push([j + 1, d > CUT ? "2021.9.22" : dateCell(d, j + 2), med, lv, form, t]);
    mRecs.push({ date: d, level: LV[lv], tv });
  });

  // ---------------- 说明 / 下拉选项（隐藏）
  const note = [["填表说明"], ["1．本工作簿为连州市电子商务进农村综合示范考评台账（二），各表由市商务局电商股汇总。"], ["2．《培训签到》为腾讯问卷“连州市农村电商培训签到”导出结果，培训日期以所选场次日期为准；“测试”和“重复提交”行不是学员。"],
    ["3．《行政村名册》中缩进的自然村不是行政村。"], ["4．下拉选项见隐藏表《选项》。"]];
  const opt = [["镇", "类别", "是否", "快递", "级别", "载体"], ["星子镇", "行政村", "是", "已覆盖", "中央", "电视"], ["保安镇", "社区", "否", "未覆盖", "省级", "广播"], ["西岸镇", "自然村", null, null, "市级", "报纸"], ["东陂镇", null, null, null, "县级", "网络"]];
  return {
    description:
      `清远连州市商务局电商股台账（二）（六个表，其中一个隐藏）：①《填表说明》不是台账；②《行政村名册》镇纵向合并，每个行政村下面缩进几行“　└ 上屋”之类的自然村（类别“自然村”，不是村也不是记录），村名有“××村”“××村委会”两写，社区“/”不适用，一村快递“未覆盖”；③《培训签到》是腾讯问卷导出（序号｜提交答卷时间｜所用时间｜来源｜1.您的姓名｜2.身份证号码｜3.参加的培训场次｜…），一行一人次，日期读场次里写的“第2期（2020年12月4日·保安镇）”，不是提交时间（有次日补填），第1行管理员“测试”和一条“重复提交，不计”不是记录，身份证号有小写x、一个脱敏，第5期在9月照列；④《产业园企业》“入驻协议期限”（如“${eRows[4][5]}”）是租赁起止，不是退园日期（退园读“退园日期”列），9月1日入驻照列；⑤《宣传报道》级别“县级／市级／省级／省／中央”，“载体”广播不是电视；⑥《选项》隐藏的下拉选项表，不是台账。`,
    sheets: [
      { name: "填表说明", rows: note, merges: [] },
      { name: "行政村名册", rows: vRows, merges: vMerges },
      { name: "培训签到", rows: tRows, merges: [] },
      { name: "产业园企业", rows: eRows, merges: ["A1:H1", `A${eRows.length}:H${eRows.length}`] },
      { name: "宣传报道", rows: mRows, merges: ["A1:F1"] },
      { name: "选项", rows: opt, merges: [], hidden: true },
    ],
    expect: {
      sheets: {
        "填表说明": { kind: null },
        "行政村名册": { kind: "villages", records: vRecs },
        "培训签到": { kind: "training", records: tRecs },
        "产业园企业": { kind: "enterprises", records: eRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "选项": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 肇庆市高要区: 封面、国库支付（只读“已支付”）、月报邮件（发件箱导出）、脱贫人口（务工类别）、专栏后台（草稿无发布时间）、统计
// =====================================================================================================
function buildL2() {
  const CUT = "2021-08-31";
  const REGION = "441204";
  // ---------------- 国库支付
  const P = [["2020-09-21", "2020-09-25", "肇庆市高要区农旺电商运营有限公司", "区电商公共服务中心建设（预付款）", 560000, "已支付"],
    ["2020-11-16", null, "中国邮政集团有限公司肇庆市高要区分公司", "村级站点建设（第一期）", 420000, "已退票"],
    ["2020-11-23", "2020-11-26", "中国邮政集团有限公司肇庆市高要区分公司", "村级站点建设（第一期）", 420000, "已支付"],
    ["2021-01-12", "2021-01-15", "肇庆市高要区聚贤电商培训中心", "农村电商人才培训", 238500, "已支付"],
    ["2021-03-02", null, "肇庆市高要区顺通物流有限公司", "三级物流体系建设", 350000, "已撤销"],
    ["2021-03-09", "2021-03-12", "肇庆市高要区顺通物流有限公司", "三级物流体系建设", 315000, "已支付"],
    ["2021-05-18", "2021-05-21", "肇庆市高要区农旺电商运营有限公司", "区电商公共服务中心运营", 446800, "已支付"],
    ["2021-07-06", "2021-07-09", "肇庆市高要区南药文化传播有限公司", "农产品品牌推广", 287600, "已支付"],
    ["2021-08-24", "2021-08-31", "中国邮政集团有限公司肇庆市高要区分公司", "村级站点建设（第二期）", 392000, "已支付"],
    ["2021-08-27", null, "肇庆市高要区聚贤电商培训中心", "农村电商人才培训（第二期）", 180000, "审核中"],
    ["2021-09-06", "2021-09-10", "肇庆市高要区顺通物流有限公司", "三级物流体系建设（尾款）", 135000, "已支付"]];
  const fRows = [["国库集中支付申请查询结果"], ["查询条件：预算单位＝肇庆市高要区商务局；项目＝2019年省级电子商务进农村综合示范专项资金；申请日期 2020-09-01 至 2021-09-30"],
    ["序号", "支付申请号", "申请日期", "支付日期", "收款人全称", "资金用途", "申请金额（元）", "支付状态", "退票／撤销原因"]];
  const fRecs = [];
  P.forEach(([a, p, who, use, amt, st], j) => {
    fRows.push([j + 1, `GY2019DS${String(20200900 + j * 37).slice(-6)}`, `${a} ${hms()}`, p ? `${p} ${hms()}` : null, who, use, fmtMoney(amt), st,
      st === "已退票" ? "收款账号户名不符，重新申请" : st === "已撤销" ? "金额有误，撤销后重新申请" : null]);
    if (st === "已支付") fRecs.push({ date: p, amount: amt });
  });
  fRows.push([`共${P.length}条　　已支付金额合计：${fmtMoney(sum(fRecs.map((f) => f.amount)))}元`]);
  assert(fRecs.length === 8, "l2 eight payments");

  // ---------------- 月报邮件（发件箱）
  const repMonths = monthsBetween("2020-09", "2021-09");
  const mailRows = [["已发送邮件导出（文件夹：已发送 ＞ 电商月报）"], ["主题", "收件人", "发送时间", "附件", "大小"]];
  const rRecs = [];
  repMonths.forEach((m, j) => {
    let d = `${m}-${String(rint(3, 8)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(d))) d = isoAdd(d, 1);
    const prev = cnMonth(isoAdd(m + "-01", -1));
    const pov = j % 5 !== 2;
    const att = `高要区${prev}电商进农村工作月报.docx${pov ? `；${prev}电商扶贫统计表.xlsx` : ""}`;
    mailRows.push([`报送高要区${prev}电商进农村工作月报`, "肇庆市商务局电商科 <zqsw_dsk@zq.gov.cn>", `${cnDate(d)} 星期${weekday(d)} ${String(rint(9, 17)).padStart(2, "0")}:${String(rint(0, 59)).padStart(2, "0")}`,
      att, `${rint(40, 900)} KB`]);
    rRecs.push({ date: d, poverty: pov });
    if (j === 4) {
      const d2 = isoAdd(d, 2);
      mailRows.push([`转发：${prev}电商进农村工作月报`, "高要区人民政府办公室 <gyqzfb@gaoyao.gov.cn>", `${cnDate(d2)} 星期${weekday(d2)} 10:15`, `高要区${prev}电商进农村工作月报.docx`, "88 KB"]);
    }
  });
  mailRows.push(["说明：发给区政府办公室的转发件不是向市商务局报送；附件有“电商扶贫统计表”的为附报扶贫统计。"]);

  // ---------------- 脱贫人口
  const pRows = [["高要区脱贫人口（建档立卡）劳动力情况"], ["户编号", "姓名", "与户主关系", "身份证号", "劳动力状况", "务工类别", "备注"]];
  const pRecs = [];
  let hhNo = 0;
  const cats = ["in", "out", "none", "no", "in", "prov", "none", "out", "no", "in", "none", "prov", "in", "no"];
  let i = 0;
  while (i < cats.length) {
    hhNo++;
    const k = Math.min(cats.length - i, rint(2, 3));
    const sur = SURNAMES[rint(0, SURNAMES.length - 1)];
    for (let q = 0; q < k; q++, i++) {
      const c = cats[i];
      const labour = c !== "no";
      const id = makeId(REGION, c === "no" ? birthBetween(1938, 1955) : birthBetween(1968, 2002), rnd() < 0.5, i === 2 ? true : undefined);
      const work = c === "in" ? "县内务工" : c === "out" ? "县外省内务工" : c === "prov" ? "省外务工" : c === "none" ? "未务工" : "—";
      pRows.push([q === 0 ? `GY${pad3(hhNo * 7)}` : null, personName(q === 0 || q > 1 ? sur : undefined), q === 0 ? "户主" : q === 1 ? "配偶" : "子女", id,
        labour ? (i % 3 === 0 ? "弱劳动力" : "普通劳动力") : "丧失劳动力", work, c === "none" ? "在家照顾老人" : null]);
      pRecs.push({ id, labour, migrant: c === "no" ? null : c === "out" || c === "prov" });
    }
  }
  pRows.push(["注：“县外省内务工”“省外务工”为外出务工；“县内务工”“未务工”不是外出务工；丧失劳动力的务工类别填“—”。"]);

  // ---------------- 专栏后台
  const A = [];
  for (const m of WINDOW) {
    const [y, mo] = m.split("-").map(Number);
    A.push({ t: `高要区电子商务进农村综合示范项目建设进度（${cnMonth(isoAdd(m + "-01", -1))}）`, st: m === "2021-04" ? "草稿" : "已发布", d: `${m}-${String(rint(5, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}` });
  }
  A.push({ t: "高要区电子商务进农村综合示范项目建设进度（2021年8月）", st: "待审核", d: "2021-09-08" });
  A.push({ t: "关于公开征求高要区农村电商扶持办法意见的公告", st: "已发布", d: "2021-06-17" });
  A.sort((a, b) => cmp(b.d, a.d));
  const cRows = [["内容管理系统　＞　栏目：电子商务进农村综合示范　＞　文章列表（导出）"], ["文章ID", "标题", "作者", "状态", "创建时间", "发布时间", "浏览量"]];
  const cRecs = [];
  A.forEach((a, j) => {
    const created = isoAdd(a.d, -rint(0, 2));
    cRows.push([String(88000 + (A.length - j) * 13), a.t, "区商务局", a.st, `${created} ${hms()}`, a.st === "已发布" ? `${a.d} ${hms()}` : null, a.st === "已发布" ? rint(40, 900) : 0]);
    if (a.st === "已发布") cRecs.push({ date: a.d });
  });

  // ---------------- 封面 / 统计 (not ledgers)
  const cover = [["高要区电子商务进农村综合示范考评台账"], ["（资金、报送、脱贫人口、信息公开）"], ["肇庆市高要区商务局"], ["二〇二一年九月"]];
  const stat = [["台账统计（截至2021年8月31日）"], ["项目", "数值"], ["已支付资金（元）", sum(fRecs.filter((f) => f.date <= CUT).map((f) => f.amount))],
    ["向市商务局报送月报（次）", rRecs.filter((r) => r.date <= CUT).length], ["专栏发布（篇）", cRecs.filter((c) => c.date <= CUT).length],
    ["脱贫人口（人）", pRecs.length]];
  return {
    description:
      "肇庆高要区商务局台账一本（六个表）：①《封面》不是台账；②《国库支付》是国库集中支付系统“支付申请查询结果”导出——申请日期和支付日期都带时分秒，金额为“560,000.00”文本，支付状态有“已支付”“已退票”“已撤销”“审核中”：只有“已支付”的是拨付，日期读“支付日期”，退票和撤销后重新申请的那笔才算，审核中的没有支付日期，9月10日支付的照列，表尾“已支付金额合计”不是记录；③《月报邮件》是邮箱“已发送”文件夹导出（主题｜收件人｜发送时间“2020年9月7日 星期一 16:32”｜附件｜大小），附件里有“电商扶贫统计表”的附报扶贫统计、没有的为否，一封转发给区政府办公室的邮件不是向市局报送，9月那封照列；④《脱贫人口》按户排，户编号只写在户主行，“劳动力状况”普通／弱劳动力为有、丧失劳动力为无，“务工类别”县外省内和省外为外出务工、县内务工和未务工不是，丧失劳动力的“—”为null；⑤《专栏后台》是网站内容管理系统文章列表（按时间倒序），状态“草稿”“待审核”的没有发布时间、不是更新，读“发布时间”不读“创建时间”；⑥《统计》不是台账。",
    sheets: [
      { name: "封面", rows: cover, merges: [] },
      { name: "国库支付", rows: fRows, merges: ["A1:I1", "A2:I2", `A${fRows.length}:I${fRows.length}`] },
      { name: "月报邮件", rows: mailRows, merges: ["A1:E1", `A${mailRows.length}:E${mailRows.length}`] },
      { name: "脱贫人口", rows: pRows, merges: ["A1:G1", `A${pRows.length}:G${pRows.length}`] },
      { name: "专栏后台", rows: cRows, merges: ["A1:G1"] },
      { name: "统计", rows: stat, merges: ["A1:B1"] },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "国库支付": { kind: "funds", records: fRecs },
        "月报邮件": { kind: "reports", records: rRecs },
        "脱贫人口": { kind: "poorPersons", records: pRecs },
        "专栏后台": { kind: "disclosures", records: cRecs },
        "统计": { kind: null },
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
write("counties", "b220-c1-pingyuan.json", c1);
write("facts", "b220-f1-xingning.json", f1);
write("facts", "b220-f2-yangdong.json", f2);
write("facts", "b220-f3-chaoyang.json", f3);
write("ledgers", "b220-l1-lianzhou.json", l1);
write("ledgers", "b220-l2-gaoyao.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
