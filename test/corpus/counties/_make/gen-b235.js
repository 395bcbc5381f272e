// Batch 235 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b234.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (235235), no clock. Run: node test/corpus/_b235/gen-b235.js
//
// c1 麻章区 (湛江): 《自评附表》 is the Word 附表 of the self-assessment report pasted into Excel — 一、基本情况 as a Word table
//    (label｜value｜label｜value, labels with a line break and the unit “常住人口\n（万人）”, one value cell holding five
//    center services on five lines), 二、自评得分 (一级指标 merged down, claimed), 三、主观评分项 as a two-row horizontal strip
//    (labels row, “2分” row), 四、否决事项 as one sentence. Ledgers: 村居 (快递 column, one ×), a separate 省定贫困村 list,
//    stations printed on two pages and pasted back (“（续表）” + repeated header), session rows + a 贫困户专场 sign-in,
//    household-grouped poor list (户编号 merged), park roll as 在园 table + 已退园 table below (two left after the cut-off).
// f1 花都区 (广州): the indicator self-assessment printed “双栏” — two tables side by side (A:E indicators 1–8, G:K 9–15,
//    bonus and veto), facts inside 完成情况, judged points as “自评2分” inside the text, claimed in 自评分.
// f2 源城区 (河源): a 督查室 《重点任务督查情况表》 — 重点任务｜牵头单位｜完成时限｜进展情况｜督查评价 (★已完成 ◐推进中 ○滞后,
//    legend says ◐ counts as not done); leader and member units in a header line; no self-scores.
// f3 高要区 (肇庆): a 填空式 《基础数据报告单》 — one sentence per row with the clerk's entries in 【】 and choices as
//    “（是√　否　）”; dates split over three blanks; 万元 and 元 in one sentence; a 常务副区长 leads (deputy).
// l1 曲江区 (韶关): ① sign-in sheets stacked as blocks (one merged 期次/时间/地点 line per session, then its rows; IDs with
//    spaces, lower-case x, one masked, one missing); ② 扶贫系统-style poor list grouped by household (户编号 merged,
//    劳动能力 texts, 外出务工 “是（东莞）”); ③ 经验材料 with formal Chinese dates; ④ a 汇总 sheet that is not a ledger.
// l2 金平区 (汕头): ① stations turned on their side (fields as rows, one station per column); ② village/community roll with
//    有/无 快递 and no poor column; ③ monthly report log read by 报送日期 (not 月份); ④ 专栏 updates as months-as-columns
//    (✓/√/a month-day); ⑤ a 填报说明 sheet.
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
let seed = 235235;
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
    assert(/^b235-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b235-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b235-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 湛江市麻章区: Word 附表贴进 Excel 的自评附表 ＋ 13 个台账
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "440811";
  const TOWNS = [["麻章镇", 22, 4], ["太平镇", 20, 2], ["湖光镇", 18, 2]];
  const vn = villageNamer("调黄岭东西北南文旧新禄瑞城迈后", "豪塘坡山逻湾岭仔园尾头埚");
  const cn = nameMaker("麻太湖瑞金", "兴安光华平", "社区", []);
  const vil = [];
  TOWNS.forEach(([t, nv, nc]) => {
    for (let i = 0; i < nv; i++) vil.push({ town: t, name: vn(), admin: true, express: true });
    for (let i = 0; i < nc; i++) vil.push({ town: t, name: cn(), admin: false, express: true });
  });
  const adminV = vil.filter((v) => v.admin);
  const comms = vil.filter((v) => !v.admin);
  assert(adminV.length === 60 && comms.length === 8, "c1 villages");
  noStemClash(adminV.map((v) => v.name), comms.map((v) => v.name), "c1");
  const poorV = shuffle(adminV).slice(0, 6);
  const noExpress = shuffle(adminV.filter((v) => !poorV.includes(v)))[0];
  noExpress.express = false;

  // ---------------- 村居名单
  const vRows = [padRow(["麻章区村（居）民委员会名单"], 6), ["序号", "镇", "村（居）委会名称", "类别", "快递进村", "备注"]];
  vil.forEach((v, i) => {
    const nm = v.admin ? (i % 3 === 0 ? v.name.replace(/村$/, "村民委员会") : v.name + "委会") : v.name + "居委会";
    vRows.push([i + 1, v.town, nm, v.admin ? "村委会" : "居委会", v.express ? "√" : "×", v.express ? null : "快递暂未进村，到镇取件"]);
  });
  vRows.push([null, "合计", `村委会${adminV.length}个，居委会${comms.length}个`, null, null, null]);

  // ---------------- 省定贫困村
  const pRows = [padRow(["麻章区省定贫困村名单"], 4), ["序号", "镇", "村名", "帮扶单位"]];
  poorV.forEach((v, i) => pRows.push([i + 1, v.town, v.name.replace(/村$/, "村民委员会"), ["湛江市财政局", "湛江市公安局", "广东海洋大学", "湛江市交通运输局", "麻章区人民法院", "湛江农垦局"][i]]));
  pRows.push([null, `共${poorV.length}个`, null, null]);

  // ---------------- 站点 (42/60 covered = 70% exactly; all 6 poor covered)
  const others = shuffle(adminV.filter((v) => !poorV.includes(v)));
  const st = [];
  for (const v of poorV) st.push({ v, opened: randIsoBetween("2020-06-01", "2021-05-31") });
  for (const v of others.slice(0, 35)) st.push({ v, opened: randIsoBetween("2020-06-01", "2021-08-20") });
  st.push({ v: others[35], opened: "2021-08-31" });
  st.push({ v: others[2], opened: "2021-04-09", second: true });
  st.push({ v: others[36], opened: "2021-09-02" });
  st.push({ v: comms[0], opened: "2020-11-20" });
  st.push({ v: { town: "湖光镇", name: null, admin: false }, opened: "2020-10-15", townLevel: true });
  const covered = new Set();
  for (const s of st) if (s.v.admin && s.opened <= CUT) covered.add(s.v.name);
  const poorCovered = poorV.filter((v) => covered.has(v.name)).length;
  assert(covered.size === 42 && poorCovered === 6, "c1 cover " + covered.size);
  const order = shuffle(st.filter((s) => !s.townLevel));
  order.sort((a, b) => TOWNS.findIndex((t) => t[0] === a.v.town) - TOWNS.findIndex((t) => t[0] === b.v.town));
  order.splice(30, 0, st.find((s) => s.townLevel));
  const sHead = ["序号", "站点名称", "所在镇", "所在村（社区）", "地址", "负责人", "联系电话", "挂牌时间"];
  const sRows = [padRow(["麻章区村级电子商务服务站点清单"], 8), padRow(["填报单位：湛江市麻章区商务局　　　　　　　　　　　　　　　　　　　　第1页"], 8), sHead];
  const sM = ["A1:H1", "A2:H2"];
  const stem = (n) => n.replace(/村$|社区$/, "");
  order.forEach((s, i) => {
    if (i === 27) {
      sRows.push(padRow([], 8));
      sRows.push(padRow(["（续表）　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　第2页"], 8));
      sM.push(`A${sRows.length}:H${sRows.length}`);
      sRows.push(sHead.slice());
    }
    let nm, vc;
    if (s.townLevel) { nm = "湖光镇电子商务服务中心"; vc = "（镇级站点）"; }
    else if (!s.v.admin) { nm = `${stem(s.v.name)}社区电商服务点`; vc = s.v.name + "居委会"; }
    else {
      nm = `${stem(s.v.name)}村电商服务站${s.second ? "（二站）" : ""}`;
      vc = i % 4 === 0 ? s.v.name.replace(/村$/, "村民委员会") : i % 4 === 1 ? s.v.name + "委会" : s.v.name;
    }
    const op = s.opened === "2021-09-02" ? "2021.9.2" : dateCell(s.opened, i);
    sRows.push([i + 1, nm, s.v.town, vc, `${s.v.town}${s.v.name || "圩镇"}${rint(1, 88)}号`, personName(), mask(phone()), op]);
  });
  sRows.push(padRow(["注：挂牌时间以镇政府验收挂牌为准；湖光镇电子商务服务中心为镇级站点。"], 8));
  sM.push(`A${sRows.length}:H${sRows.length}`);

  // ---------------- 培训期次 (sessions) and 贫困户专场签到 (sign-in rows)
  const POP = 478500;
  const BASE = Math.min(POP, 500000);
  // poor persons
  const cats = [];
  for (let i = 0; i < 60; i++) cats.push("E");
  for (let i = 0; i < 34; i++) cats.push("M");
  for (let i = 0; i < 24; i++) cats.push("N");
  for (let i = 0; i < 16; i++) cats.push("S");
  const people = shuffle(cats).map((c) => {
    const male = rnd() < 0.5;
    const birth = c === "S" ? birthBetween(2004, 2014) : c === "N" ? birthBetween(1935, 1958) : birthBetween(1965, 2000);
    return { cat: c, name: personName(), id: makeId(REGION, birth, male, undefined), male };
  });
  const households = [];
  let k = 0;
  while (k < people.length) {
    const n = Math.min(rint(2, 5), people.length - k);
    const hh = people.slice(k, k + n);
    k += n;
    const hi = hh.findIndex((p) => p.cat !== "S");
    if (hi < 0) { assert(households.length > 0, "c1 first household"); households[households.length - 1].push(...hh); continue; }
    const head = hh.splice(hi, 1)[0];
    hh.unshift(head);
    households.push(hh);
  }
  const poorRows = [padRow(["麻章区建档立卡贫困人口名单（有劳动能力情况）"], 7), padRow(["数据来源：区乡村振兴局（原扶贫办）　导出日期：2021年8月"], 7),
    ["户编号", "姓名", "与户主关系", "身份证号码", "劳动能力", "是否外出务工", "所在村"]];
  const poorM = ["A1:G1", "A2:G2"];
  const allPoor = [];
  households.forEach((hh, h) => {
    const v = poorV[h % poorV.length];
    const r0 = poorRows.length + 1;
    hh.forEach((p, j) => {
      p.village = v.name;
      const labour = p.cat === "E" || p.cat === "M" ? ["有劳动能力", "有劳动能力", "有劳动能力（技能）"][j % 3] : p.cat === "N" ? ["丧失劳动能力", "无劳动能力"][j % 2] : "无劳动能力（在校生）";
      const mig = p.cat === "M" ? `是（${["广州", "深圳", "东莞", "佛山", "省外"][rint(0, 4)]}）` : p.cat === "S" ? null : "否";
      const idTxt = isX(p.id) && j % 2 ? p.id.slice(0, 17) + "x" : p.id;
      const hb = Number(hh[0].id.slice(6, 10));
      const pb = Number(p.id.slice(6, 10));
      const rel = j === 0 ? "户主" : pb - hb >= 30 ? (p.male ? "之孙" : "之孙女") : pb - hb >= 16 ? (p.male ? "之子" : "之女") : hb - pb >= 16 ? (p.male ? "之父" : "之母") : j === 1 ? "配偶" : (p.male ? "兄弟" : "姐妹");
      poorRows.push([j === 0 ? `MZ${pad3(h + 1)}` : null, p.name, rel, idTxt, labour, mig, j === 0 ? v.name : null]);
      allPoor.push(p);
    });
    const r1 = poorRows.length;
    if (r1 > r0) poorM.push(`A${r0}:A${r1}`, `G${r0}:G${r1}`);
  });
  const eligible = allPoor.filter((p) => p.cat === "E");
  assert(eligible.length === 60, "c1 eligible");

  // 专场签到
  const PS = [
    { n: 1, date: "2020-11-19", text: "2020年11月19日" },
    { n: 2, date: "2021-03-18", text: "2021年3月17日—18日" },
    { n: 3, date: "2021-06-24", text: "2021.6.24" },
    { n: 4, date: "2021-09-09", text: "2021年9月9日" },
  ];
  const el = shuffle(eligible);
  const trainedE = el.slice(0, 42);
  const sept = el[42];
  const repeatE = trainedE.slice(0, 8);
  const nonEl = shuffle(allPoor.filter((p) => p.cat === "M" || p.cat === "N")).slice(0, 3);
  const outsiders = [];
  for (let i = 0; i < 6; i++) outsiders.push({ name: personName(), id: makeId(REGION, birthBetween(1970, 1998), rnd() < 0.5, undefined), out: true });
  const signs = [];
  trainedE.forEach((p, i) => signs.push({ p, s: PS[i % 3] }));
  repeatE.forEach((p, i) => signs.push({ p, s: PS[(i + 1) % 3] }));
  nonEl.forEach((p, i) => signs.push({ p, s: PS[i] }));
  outsiders.forEach((p, i) => signs.push({ p, s: PS[i % 4] }));
  signs.push({ p: sept, s: PS[3] });
  signs.push({ p: trainedE[5], s: PS[3] });
  signs.sort((a, b) => a.s.n - b.s.n);
  const trainedBy = new Set(signs.filter((x) => x.s.date <= CUT && !x.p.out).map((x) => x.p.id));
  const trainedEligible = eligible.filter((p) => trainedBy.has(p.id)).length;
  assert(trainedEligible === 42 && trainedEligible * 100 === 70 * eligible.length, "c1 poor trained " + trainedEligible);
  const gRows = [padRow(["麻章区建档立卡贫困户电商专场培训签到表"], 8), ["期次", "培训日期", "姓名", "性别", "身份证号码", "是否建档立卡", "所在村", "签名"]];
  signs.forEach((x, i) => {
    const p = x.p;
    const idTxt = p.out && i % 2 === 0 ? maskId(p.id) : isX(p.id) && i % 3 === 0 ? p.id.slice(0, 17) + "x" : p.id;
    gRows.push([`专场第${x.s.n}期`, x.s.text, p.name, p.male ? "男" : "女", idTxt, p.out ? "否（边缘户）" : "是", p.out ? others[i % 20].name : p.village, "已签"]);
  });
  const signPT = signs.filter((x) => x.s.date <= CUT).length;

  // general sessions
  const sess = [];
  let d = "2020-07-09";
  for (let i = 0; i < 19; i++) {
    sess.push({ date: d, n: rint(185, 240) });
    d = isoAdd(d, rint(16, 21));
  }
  assert(sess[18].date <= "2021-08-15", "c1 sessions " + sess[18].date);
  const last = rint(180, 260);
  sess.push({ date: "2021-08-26", n: last });
  sess.push({ date: "2021-09-02", start: "2021-08-30", n: 188 });
  const pt = sum(sess.filter((s) => s.date <= CUT).map((s) => s.n)) + signPT;
  assert(ratioGE(pt, BASE, 0.8) && !ratioGE(pt, BASE, 1), "c1 pt " + pt);
  const TOP = ["电商基础知识普及", "网店开设与运营", "短视频直播带货", "麻章红橙网络营销", "农产品包装与品牌", "电商创业孵化"];
  const tRows = [padRow(["麻章区农村电商培训期次台账"], 6), ["期次", "培训日期", "培训内容", "培训对象", "参训人次（人次）", "备注"]];
  sess.forEach((s, i) => {
    const dt = s.start ? "2021.8.30-9.2" : [D(s.date), cnDate(s.date), dotDate(s.date), twoDot(s.date)][i % 4];
    const nTxt = i % 5 === 3 ? `${s.n}人次` : i % 7 === 2 ? fullWidth(String(s.n)) : s.n;
    tRows.push([`第${i + 1}期`, dt, TOP[i % 6], ["村民、返乡青年", "镇村干部", "合作社、家庭农场", "个体商户"][i % 4], nTxt, s.start ? "跨月，9月2日结业" : null]);
    if (i === 9) tRows.push(padRow([], 6));
  });
  tRows.push(["合计", null, null, null, sum(sess.map((s) => s.n)), "不含贫困户专场"]);

  // ---------------- 产业园 (在园 table + 已退园 table)
  const fnm = nameMaker("麻湖太瑞红金海南", "丰盛泰达兴华信康", "", []);
  const TY = ["平台型电商", "销售型", "销售型", "网店（个体）", "销售型", "电商运营商", "代运营服务商", "快递物流", "仓储配送", "直播机构", "销售型", "农产品加工",
    "销售型", "平台型电商", "电商运营商", "销售型", "快递物流", "网店（个体）", "销售型"];
  const inTab = TY.map((t) => ({ name: `湛江市麻章区${fnm()}${/物流|仓储/.test(t) ? "物流" : /加工/.test(t) ? "食品" : "电子商务"}有限公司`, type: t, code: creditCode("440811"),
    entered: randIsoBetween("2020-05-10", "2021-08-10"), left: null }));
  inTab.sort((a, b) => cmp(a.entered, b.entered));
  inTab[18].entered = "2021-09-06";
  const outTab = [["销售型", "2020-06-15", "2021-03-31"], ["电商运营商", "2020-07-01", "2021-06-30"], ["销售型", "2020-09-10", "2021-09-15"], ["快递物流", "2020-08-20", "2021-10-08"]]
    .map(([t, e, l]) => ({ name: `湛江市麻章区${fnm()}${/物流/.test(t) ? "物流" : "电子商务"}有限公司`, type: t, code: creditCode("440811"), entered: e, left: l }));
  const firms = inTab.concat(outTab);
  const inPark = firms.filter((f) => f.entered <= CUT && (f.left === null || f.left > CUT));
  const normT = (t) => (/平台/.test(t) ? "平台型" : /销售|零售|网店/.test(t) ? "销售型" : /运营|服务商/.test(t) ? "电商运营商" : /物流|快递|仓储/.test(t) ? "物流企业" : t);
  const types = new Set(inPark.map((f) => normT(f.type)));
  assert(inPark.length === 20 && types.size >= 3, "c1 park " + inPark.length);
  const eRows = [padRow(["麻章区电子商务产业园入驻企业清单"], 6), padRow(["一、在园企业"], 6), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "备注"]];
  const eM = ["A1:F1", "A2:F2"];
  inTab.forEach((f, i) => eRows.push([i + 1, f.name, f.code, f.type, dateCell(f.entered, i + 1), f.entered > CUT ? "9月新入驻" : null]));
  eRows.push(padRow([], 6));
  eRows.push(padRow(["二、已退园企业"], 6));
  eM.push(`A${eRows.length}:F${eRows.length}`);
  eRows.push(["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退园时间"]);
  outTab.forEach((f, i) => eRows.push([i + 1, f.name, f.code, f.type, dotDate(f.entered), cnDate(f.left)]));
  eRows.push(padRow(["注：清单更新至2021年10月。"], 6));
  eM.push(`A${eRows.length}:F${eRows.length}`);

  // ---------------- 资金 (万元, one cell in 元)
  const ALLOC = 5000000;
  const pays = [["2020-06-29", 1880000, "区电商公共服务中心建设（首期）", "湛江市农商通电子商务有限公司"], ["2020-09-17", 356800, "村级站点建设补助（第一批）", "中国邮政集团有限公司湛江市麻章区分公司"],
    ["2020-12-04", 128600, "电商培训服务费（第一期）", "湛江市农商通电子商务有限公司"], ["2021-01-22", 412500, "县镇村三级物流配送体系", "湛江市麻章区顺达物流有限公司"],
    ["2021-03-30", 263450, "村级站点建设补助（第二批）", "中国邮政集团有限公司湛江市麻章区分公司"], ["2021-05-18", 318700, "品牌培育及营销推广", "湛江市红橙文化传播有限公司"],
    ["2021-07-06", 241900, "电商培训服务费（第二期）", "湛江市农商通电子商务有限公司"], ["2021-08-27", 189650, "农产品溯源系统", "广东智农信息科技有限公司"],
    ["2021-09-14", 466000, "中心建设尾款", "湛江市农商通电子商务有限公司"]];
  const spent = sum(pays.filter((p) => p[0] <= CUT).map((p) => p[1]));
  assert(ratioGE(spent, ALLOC, 70) && !ratioGE(spent, ALLOC, 80), "c1 spent " + spent);
  const fRows = [padRow(["麻章区省级电子商务进农村综合示范专项资金拨付台账"], 6), padRow(["单位：万元"], 6), ["序号", "拨付日期", "项目名称", "收款单位", "拨付金额", "凭证号"]];
  pays.forEach((p, i) => fRows.push([i + 1, dateCell(p[0], i + 2), p[2], p[3], p[1] === 128600 ? "128600元" : wan4(p[1]), `麻商记${pad3(i * 4 + 7)}`]));
  fRows.push([null, "合计", null, null, wan4(sum(pays.map((p) => p[1]))), null]);

  // ---------------- 月报
  const rRows = [padRow(["向湛江市商务局报送工作情况记录"], 5), ["序号", "报送日期", "报送内容", "报送方式", "含电商扶贫统计"]];
  const repDates = WINDOW.map((m) => `${m}-${String(rint(24, 28)).padStart(2, "0")}`);
  repDates.forEach((x, i) => rRows.push([i + 1, [twoDot(x), slashDate(x), D(x), cnDate(x)][i % 4], `${cnMonth(x)}电子商务进农村示范创建工作进展`, "粤政易", i % 5 === 4 ? null : "√"]));
  assert(inWindowMonths(repDates) === 12, "c1 reports");

  // ---------------- 专栏 (Nov 2020 missing)
  const upd = monthsBetween("2020-07", "2021-08").filter((m) => m !== "2020-11").map((m) => `${m}-${String(rint(3, 27)).padStart(2, "0")}`);
  const discMonths = inWindowMonths(upd);
  assert(discMonths === 11, "c1 disclosure " + discMonths);
  const uRows = [padRow(["区政府网“电子商务进农村综合示范”专栏更新记录"], 4), ["序号", "发布日期", "标题", "链接"]];
  upd.forEach((x, i) => uRows.push([i + 1, dateCell(x, i), `麻章区电子商务进农村综合示范项目建设进度（${cnMonth(x)}）`, `http://www.zjmazhang.gov.cn/zwgk/dzsw/content/post_${1400000 + i * 731}.html`]));
  uRows.push(padRow(["注：2020年11月区政府网站集约化改版，专栏暂停更新一个月。"], 4));

  // ---------------- 宣传, 经验材料
  const mRows = [padRow(["麻章区电子商务进农村宣传报道清单"], 7), ["序号", "日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"],
    [1, "2020.10.20", "南方+客户端", "省级", "网络", "麻章：小站点串起农产品上行路", "否"],
    [2, "2021.1.12", "湛江日报", "市级", "报纸", "麻章区村级电商服务站实现贫困村全覆盖", "否"],
    [3, "2021.4.2", "广东广播电视台《广东新闻联播》", "省级", "电视", "湛江麻章：电商带火红橙，贫困户家门口增收", "是"],
    [4, "2021.6.18", "麻章区融媒体中心", "区级", "网络", "我区举办第十五期农村电商培训班", "否"],
    [5, "2021.9.9", "湛江广播电视台", "市级", "电视", "麻章电商进农村示范创建迎接省考评", "否"]];
  const matRows = [padRow(["经验材料报送情况"], 4), ["序号", "报送日期", "材料名称", "报送单位"],
    [1, "2021年9月6日", "麻章区电子商务进农村综合示范创建经验做法", "湛江市商务局"]];

  // ---------------- points
  const centerOpened = "2021-03-01";
  const six = centerOpened <= "2021-02-28";
  const c = { built: 2, six: six ? 2 : 0, train: 2, display: 1, photo: 1, brand: 1, other: 1, park: 2, twenty: inPark.length >= 20 ? 2 : 0, types: types.size >= 3 ? 1 : 0 };
  const centerPts = sum(Object.values(c));
  const vb = Math.min(adminV.length, 200);
  const covPts = (ratioGE(covered.size, vb, 70) ? 5 : ratioGE(covered.size, vb, 50) ? 2 : 0) + (poorCovered === poorV.length ? 5 : ratioGE(poorCovered, poorV.length, 80) ? 3 : 0);
  const R19 = 312000000, R20 = 386000000, A19 = 85000000, A20 = 118000000;
  assert(!((R20 - R19) * 100 >= 30 * R19) && (A20 - A19) * 100 >= 30 * A19, "c1 growth");
  const expressAll = adminV.every((v) => v.express);
  const upPts = 2 + 2 + 1 + (expressAll ? 1 : 0) + 1 + 2;
  const ptPts = ratioGE(pt, BASE, 1) ? 10 : ratioGE(pt, BASE, 0.8) ? 8 : ratioGE(pt, BASE, 0.6) ? 6 : 0;
  const poorPts = ratioGE(trainedEligible, 60, 50) ? 10 : ratioGE(trainedEligible, 60, 40) ? 8 : ratioGE(trainedEligible, 60, 30) ? 6 : 0;
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 4, "work.center": centerPts, "work.coverage": covPts, "work.upward": upPts,
    "work.training": ptPts + poorPts, "info.disclosure": 2 + (discMonths === 12 ? 2 : discMonths > 0 ? 1 : 0), "info.reporting": 3 + 3, "promo.cases": 0, "promo.media": 4 + 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": ratioGE(spent, ALLOC, 70) ? 4 : -5, "bonus.poorTraining": ratioGE(trainedEligible, 60, 70) ? 2 : 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(centerPts === 13 && covPts === 10 && upPts === 8 && ptPts === 8 && poorPts === 10 && pts["bonus.poorTraining"] === 2, "c1 pts");
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);

  // ---------------- 自评附表 (Word table pasted)
  const W = 10;
  const fr = [padRow(["附表"], W), padRow(["麻章区电子商务进农村综合示范项目自评情况表"], W), padRow(["（数据截至2021年8月31日）"], W), padRow(["一、项目基本情况"], W)];
  const fM = ["A1:J1", "A2:J2", "A3:J3", "A4:J4"];
  const pair = (l1, v1, l2, v2) => {
    fr.push([l1, null, v1, null, null, l2, null, v2, null, null]);
    const r = fr.length;
    fM.push(`A${r}:B${r}`, `C${r}:E${r}`, `F${r}:G${r}`, `H${r}:J${r}`);
  };
  const wide = (l, v) => {
    fr.push([l, null, v, null, null, null, null, null, null, null]);
    const r = fr.length;
    fM.push(`A${r}:B${r}`, `C${r}:J${r}`);
  };
  pair("县（区）名称", "麻章区", "考评截止日期", "2021年8月31日");
  pair("常住人口\n（万人）", "４７．８５", "行政村\n（个）", String(adminV.length));
  pair("省定贫困村\n（个）", String(poorV.length), "社区\n（个）", String(comms.length));
  pair("领导小组组长", "区委副书记、区长", "成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局、麻章邮政分公司");
  pair("示范创建\n工作方案", "已正式印发（麻府办〔2020〕18号）", "扶持政策", "已出台《麻章区促进农村电子商务发展扶持办法》");
  pair("公共服务中心\n投入运营时间", "2021年3月1日", "电商产业园", "已建成（入驻企业21家）");
  wide("公共服务中心\n服务功能", "免费培训场所及设备：有\n特色农产品免费展示销售：有\n免费摄影美工：有\n农产品统一推广、品牌建设指导：有\n其他衍生增值服务：有（金融、物流对接）");
  pair("第三方电商\n运营服务商", "有", "行政村物流\n快递覆盖率", "100%");
  pair("农村网络零售额\n（亿元）", "2019年：3.12\n2020年：3.86", "农产品网络零售额\n（亿元）", "2019年：0.85\n2020年：1.18");
  pair("培训人次\n（人次）", fmtInt(pt), "建档立卡贫困人口\n培训情况", "有劳动能力（不含外出务工）60人，已参训42人");
  pair("政府网站专栏", "已设立，公示创建方案、项目基本信息、项目建设进度，设监督举报电话", "电商扶贫统计", "能统计（月报附表）");
  pair("下达资金\n（万元）", "500", "累计拨付\n（万元）", wanText(spent, 2));
  pair("资金管理制度", "已制定", "资金专用台账", "已建立");
  pair("项目总体进度", "93%", null, null);
  fr.push(padRow([], W));
  fr.push(padRow(["二、自评得分"], W));
  fM.push(`A${fr.length}:J${fr.length}`);
  fr.push(["一级指标", null, "二级指标", null, "分值", "自评得分", "扣分原因", null, null, null]);
  fM.push(`A${fr.length}:B${fr.length}`, `C${fr.length}:D${fr.length}`, `G${fr.length}:J${fr.length}`);
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 4, "work.center": 15, "work.coverage": 10, "work.upward": 9, "work.training": 20,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 2, "bonus.tvCase": 1,
  };
  const groups = [
    ["加强组织领导与统筹协调（10分）", [["组织领导", 2, "org.leadership", null], ["方案制定", 2, "org.plan", null], ["政策支持", 2, "org.policy", "扶持办法部分条款未兑现"], ["项目管理", 4, "org.management", null]]],
    ["深入推动电子商务进农村工作（55分）", [["服务体系建设（县级中心与产业园）", 15, "work.center", null], ["服务体系建设（村级站点覆盖）", 10, "work.coverage", null],
      ["农村产品上行", 10, "work.upward", "交易标准未出台"], ["电商人才培训", 20, "work.training", null]]],
    ["加强信息公开及报送（10分）", [["信息公开", 4, "info.disclosure", null], ["数据上报", 6, "info.reporting", null]]],
    ["加强宣传推广（10分）", [["案例总结", 2, "promo.cases", null], ["经验推广", 8, "promo.media", null]]],
    ["加强财政资金管理（15分）", [["制度建立", 5, "fund.system", "考核问责制度待完善"], ["资金台账", 5, "fund.ledger", "个别凭证后补"], ["资金支出", 5, "fund.spending", "尾款未拨付"]]],
    ["加分项（4分）", [["建档立卡贫困人口培训率70%及以上", 2, "bonus.poorTraining", null], ["电商扶贫典型案例获电视播报", 2, "bonus.tvCase", "省级电视播报"]]],
  ];
  for (const [g, items] of groups) {
    const r0 = fr.length + 1;
    items.forEach(([nm, w, id, why], j) => {
      fr.push([j === 0 ? g : null, null, nm, null, w, claimed[id], why, null, null, null]);
      fM.push(`C${fr.length}:D${fr.length}`, `G${fr.length}:J${fr.length}`);
    });
    fM.push(`A${r0}:B${fr.length}`);
  }
  const sumClaim = sum(SCORED.map(([id]) => claimed[id]));
  fr.push(["合计", null, null, null, 100, `${sumClaim}＋3`, "基本分95分，加分3分", null, null, null]);
  fM.push(`A${fr.length}:D${fr.length}`, `G${fr.length}:J${fr.length}`);
  fr.push(padRow([], W));
  fr.push(padRow(["三、主观评分项自评"], W));
  fM.push(`A${fr.length}:J${fr.length}`);
  const J = [["方案制定\n（1-2分）", 2], ["政策支持\n（1-2分）", 1], ["项目管理制度\n（1-2分）", 2], ["工作台账\n（1-2分）", 2], ["网销调研\n（1-2分）", 2],
    ["网络促销活动\n（1-2分）", 2], ["交易标准与\n冷链溯源（1-2分）", 1], ["资金管理制度\n（1-5分）", 4], ["资金台账\n（1-5分）", 4], ["资金及时拨付\n（1-5分）", 4]];
  fr.push(J.map((j) => j[0]));
  fr.push(J.map((j) => `${j[1]}分`));
  fr.push(padRow([], W));
  fr.push(padRow(["四、否决事项"], W));
  fM.push(`A${fr.length}:J${fr.length}`);
  fr.push(padRow(["经自查，我区创建期间未发生安全生产、质量事故，未造成重大经济损失和社会不良影响；项目总体进度93%，不存在建设进度严重滞后情况；不存在弄虚作假行为。"], W));
  fM.push(`A${fr.length}:J${fr.length}`);
  fr.push(padRow(["填表人：吴××　　　审核人：陈××　　　填表日期：2021年9月8日"], W));
  fM.push(`A${fr.length}:J${fr.length}`);
  for (const r of fr) assert(r.length === W, "c1 width");

  const derivation = [
    "org.leadership: 组长“区委副书记、区长”（主要领导）；成员单位有区商务局、财政局、农业农村局、乡村振兴局 → 2",
    "org.plan: 主观分条“方案制定 2分”，方案已正式印发 → 2",
    "org.policy: 主观分条“政策支持 1分”，扶持办法已出台 → 1",
    "org.management: 项目管理制度2分＋工作台账2分 → 4",
    `work.center: 中心2021年3月1日投入运营 ≤ 截止日 → 2；晚于2021-02-28，未满6个月 → 0；服务功能一格五项全“有”：免费培训2、展示销售1、摄影美工1、品牌推广1、其他增值服务1；产业园已建成2；《入驻企业》在园表19家中1家9月6日入驻不算（18家），已退园表4家中2021.3.31、2021.6.30退园的不算，2021年9月15日、10月8日退园的截止日仍在园 → ${inPark.length}家 ≥ 20 → 2（自评表写21家不用）；类型平台、销售、运营商、物流等${types.size}类 ≥ 3 → 1；合计${centerPts}（自评15）`,
    `work.coverage: 《村居名单》村委会${adminV.length}个（居委会${comms.length}个不算）；《站点清单》跨两页（第2页“（续表）”重复表头不是站点），截止日前有站的行政村${covered.size}个（二站同村只算一次，8月31日挂牌的算，“2021.9.2”挂牌的不算，社区服务点、湖光镇镇级站点不算） → ${covered.size}/${adminV.length} = 70.0% ≥ 70% → 5；《省定贫困村》${poorV.length}个（村民委员会写法）全部有站 → 5；合计${covPts}`,
    `work.upward: 调研2、促销2、交易标准与冷链溯源1；第三方运营商1；《村居名单》快递进村列${noExpress.name}为“×” → 行政村快递未全覆盖 → 0（自评表“100%”与台账不符，以台账为准）；农村网零3.12→3.86亿元增23.7% < 30%，但农产品网零0.85→1.18亿元增38.8% ≥ 30% → 2；合计${upPts}（自评9）`,
    `work.training: 常住人口47.85万 → 基数478,500，1% = 4,785人次；《培训期次》截止日前${sess.length - 1}期${fmtInt(pt - signPT)}人次（“2021.8.30-9.2”按结业日9月2日不算；合计行不算）＋《贫困户专场签到》截止日前${signPT}人次（专场第4期9月9日不算） = ${fmtInt(pt)}人次 → ${pct2(pt, BASE)}，0.8%—1% → 8；《贫困人口》有劳动能力且未外出务工60人，身份证号（末位x按X）在截止日前专场签到中出现的42人（8人参训两次只算一次；外出务工或无劳动能力的3人、边缘户不算；9月9日才参训的1人不算） → 42/60 = 70.0% ≥ 50% → 10；合计18（自评20）`,
    `info.disclosure: 专栏公示方案、项目信息、建设进度，设监督举报电话 → 2；《专栏更新》2020年11月无更新（改版），近12个月${discMonths}个月有更新 → 不定时 1；合计3（自评4）`,
    "info.reporting: 《月报》2020年9月—2021年8月每月都有报送 → 3；“含电商扶贫统计”有√ → 3；合计6",
    "promo.cases: 《经验材料》唯一一份2021年9月6日才报送湛江市商务局，截止日前没有 → 0（自评2）",
    "promo.media: 截止日前南方+、广东广播电视台（省级） → 4；湛江日报（市级） → 3；麻章区融媒体中心（区级＝县级） → 1；湛江广播电视台2021.9.9在截止日后；合计8",
    "fund.system: 主观分“资金管理制度 4分” → 4",
    "fund.ledger: 主观分“资金台账 4分” → 4",
    `fund.spending: 《资金台账》单位万元（“128600元”一格按元），截止日前8笔合计${fmtMoney(spent)}元（9月14日尾款、合计行不算）/ 5,000,000 = ${pct1(spent, ALLOC)} ≥ 70% → 及时拨付自评4 → 4`,
    "bonus.poorTraining: 42/60 = 70.0% ≥ 70% → 2",
    "bonus.tvCase: 2021.4.2广东广播电视台《广东新闻联播》（省级电视）播报，标为电商扶贫典型案例 → 1",
    "veto.incident: 否决事项一句话写明未发生安全生产、质量事故 → 不否决",
    "veto.progress: 总体进度93% ≥ 40% → 不否决",
    "veto.fraud: 不存在弄虚作假 → 不否决",
  ];
  return {
    description:
      `湛江麻章区商务局整本考评工作簿（14个表），${scored}＋加分${bonus}＝${scored + bonus}分、未否决（自评${sumClaim}＋3）：《自评附表》是Word自评报告附表整表粘进Excel——基本情况为“标签｜值｜标签｜值”合并格（标签格内换行带单位“常住人口\\n（万人）”、全角“４７．８５”，中心五项服务写在一格五行里），自评得分表一级指标纵向合并（自评得分＝claimed），主观评分项是标签一行、“2分”一行的横条，否决事项是一整句话；台账：站点清单打印两页后贴回（第2页“（续表）”重复表头）、产业园在园表下另有已退园表（两家9、10月才退园，截止日仍在园，恰好20家）、中心2021年3月1日运营差一天不满6个月、村居快递列一个“×”、行政村覆盖恰为70%、贫困人口培训率恰为70%、经验材料9月才报。`,
    sheets: [
      { name: "自评附表", rows: fr, merges: fM },
      { name: "村居名单", rows: vRows, merges: ["A1:F1"] },
      { name: "省定贫困村", rows: pRows, merges: ["A1:D1"] },
      { name: "站点清单", rows: sRows, merges: sM },
      { name: "培训期次", rows: tRows, merges: ["A1:F1"] },
      { name: "贫困户专场签到", rows: gRows, merges: ["A1:H1"] },
      { name: "贫困人口", rows: poorRows, merges: poorM },
      { name: "入驻企业", rows: eRows, merges: eM },
      { name: "资金台账", rows: fRows, merges: ["A1:F1", "A2:F2"] },
      { name: "月报", rows: rRows, merges: ["A1:E1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:D1", `A${uRows.length}:D${uRows.length}`] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
      { name: "选项", rows: [["类别"], ["村委会"], ["居委会"], [null], ["快递进村"], ["√"], ["×"]], hidden: true },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}


// =====================================================================================================
// f1 — 广州市花都区: 双栏打印的自评表（左 A:E 指标1—8，右 G:K 指标9—15、加分、否决）
// =====================================================================================================
function buildF1() {
  const W = 11;
  const rows = [padRow(["花都区电子商务进农村综合示范创建考评自评表"], W),
    padRow(["填报单位：广州市花都区商务局　　　数据截止：2021年8月31日　　　（A4横向双栏打印）"], W),
    ["序号", "评价指标", "分值", "完成情况", "自评分", null, "序号", "评价指标", "分值", "完成情况", "自评分"]];
  const M = ["A1:K1", "A2:K2"];
  const claimed = {};
  const L = [
    [1, "组织领导", 2, "成立以区长为组长的创建工作领导小组，区商务、财政、农业农村、乡村振兴（原扶贫）、交通运输等部门为成员", 2, "org.leadership"],
    [2, "方案制定", 2, "《花都区电子商务进农村综合示范创建工作方案》2020年4月正式印发；方案制定自评2分", 2, "org.plan"],
    [3, "政策支持", 2, "出台《花都区促进农村电子商务发展扶持办法》并兑现；政策支持自评2分", 2, "org.policy"],
    [4, "项目管理", 4, "项目管理制度自评2分；工作台账自评1分（部分验收资料不全）", 3, "org.management"],
    [5, "服务体系建设（县级中心与产业园）", 15, "区电商公共服务中心2020年10月28日投入运营；有免费培训场所和设备，免费展示销售、免费摄影美工、农产品统一推广和品牌建设指导均已开展；其他衍生增值服务未开展；已整合建成花都电商产业园（入驻企业24家，4类）", 14, "work.center"],
    [6, "服务体系建设（村级站点覆盖）", 10, "全区行政村188个，建站覆盖141个（75.0%）；省定贫困村0个（珠三角地区）", 10, "work.coverage"],
    [7, "农村产品上行", 10, "网销调研自评2分；网络促销活动自评2分；交易标准与冷链溯源自评1分；有专业第三方运营服务商；行政村快递覆盖率100%；2020年农村网络零售额28.64亿元，同比增长15.2%；农产品网络零售额2019年3.21亿元、2020年4.37亿元", 9, "work.upward"],
    [8, "电商人才培训", 20, "常住人口164.24万人（按50万计）；累计培训5,312人次；建档立卡贫困人口培训不适用（本区按广州市相对贫困人口口径另行统计）", 10, "work.training"],
  ];
  const R = [
    [9, "信息公开", 4, "区政府网设专栏，公示创建方案、项目基本信息、建设进度，设意见征集窗口；按月更新", 4, "info.disclosure"],
    [10, "数据上报", 6, "每月向广州市商务局报送；能统计电商帮扶情况（相对贫困户参训、带动增收）", 6, "info.reporting"],
    [11, "案例总结", 2, "向市商务局报送经验材料2份", 2, "promo.cases"],
    [12, "经验推广", 8, "南方日报、广州日报、花都区融媒体中心均有报道", 8, "promo.media"],
    [13, "制度建立", 5, "制定专项资金管理办法；资金管理制度自评4分", 4, "fund.system"],
    [14, "资金台账", 5, "承建单位建立资金专用台账；资金台账自评4分", 4, "fund.ledger"],
    [15, "资金支出", 5, "下达省级资金500万元，已拨付431.6万元（86.3%）；及时拨付自评5分", 5, "fund.spending"],
    ["加1", "贫困人口培训率70%以上", 2, "不适用", 0, "bonus.poorTraining"],
    ["加2", "电商扶贫典型案例获电视播报", 2, "无", 0, "bonus.tvCase"],
    ["否1", "安全生产、质量事故或重大损失", "—", "无", "—", null],
    ["否2", "总体进度不足40%", "—", "项目总体进度95%", "—", null],
    ["否3", "弄虚作假", "—", "无", "—", null],
  ];
  for (const x of L.concat(R)) if (x[5]) claimed[x[5]] = x[4];
  const n = Math.max(L.length, R.length);
  for (let i = 0; i < n; i++) {
    const l = L[i] ? L[i].slice(0, 5) : [null, null, null, null, null];
    const r = R[i] ? R[i].slice(0, 5) : [null, null, null, null, null];
    rows.push(l.concat([null], r));
  }
  const tot = sum(SCORED.map(([id]) => claimed[id]));
  rows.push([null, null, null, null, null, null, "合计", "基本分＋加分", 100, null, tot]);
  rows.push(padRow(["填报人：何××　　联系电话：020-8689××××　　填报日期：2021年9月3日"], W));
  M.push(`A${rows.length}:K${rows.length}`);
  for (const r of rows) assert(r.length === W, "f1 width");
  assert(tot === 85, "f1 total " + tot);
  return {
    description:
      "广州花都区商务局的自评表按“A4横向双栏”排：左半 A:E（序号｜评价指标｜分值｜完成情况｜自评分）是指标1—8，F列空着，右半 G:K 同样五列是指标9—15、两个加分项（“加1”“加2”）和三个否决项（“否1—否3”，分值、自评分写“—”），合计只在右半；事实和主观分都写在“完成情况”的句子里（“方案制定自评2分”“工作台账自评1分”），“分值”是满分不是得分，自评分是claimed；省定贫困村写“0个”，建档立卡贫困人口培训写“不适用”（没有给人数，不是0人）；农村网零只给2020年额和增速，农产品网零两年都给。",
    sheets: [{ name: "自评表（双栏）", rows, merges: M }],
    expect: {
      facts: {
        county: "花都区", asOf: "2021-08-31", residentPopulation: 1642400, adminVillagesStated: 188, poorVillagesStated: 0, planIssued: true, policyIssued: true,
        centerOpened: "2020-10-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2020: 2864000000, ruralRetailGrowthStated: 0.152, agriRetail2019: 321000000, agriRetail2020: 437000000,
        trainingPersonTimesStated: 5312, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4316000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.95, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 5,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f2 — 河源市源城区: 区督查室《重点任务督查情况表》（★已完成 ◐推进中 ○滞后）
// =====================================================================================================
function buildF2() {
  const W = 7;
  const rows = [padRow(["源城区电子商务进农村综合示范创建重点任务督查情况表"], W),
    padRow(["（区委区政府督查室　2021年9月2日　进展情况截至2021年8月31日）"], W),
    padRow(["领导小组组长：区长　　副组长：分管副区长　　成员单位：区科工商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局、源城邮政分公司"], W),
    padRow(["督查评价：★已完成　◐推进中（按未完成计）　○滞后"], W),
    ["序号", "重点任务", "牵头单位", "完成时限", "进展情况", "督查评价", "备注"]];
  const M = ["A1:G1", "A2:G2", "A3:G3", "A4:G4"];
  const T = [
    ["印发示范创建工作方案", "区科工商务局", "2020年6月", "2020年5月20日以区政府办名义正式印发", "★", null],
    ["出台农村电商扶持政策", "区科工商务局、区财政局", "2020年10月", "《源城区扶持农村电子商务发展若干措施》已起草，正在征求意见", "◐", "已逾期"],
    ["建成区电子商务公共服务中心并投入运营", "区科工商务局", "2020年12月", "2020年12月18日投入运营", "★", null],
    ["中心免费培训场所及设备", "区科工商务局", "2020年12月", "培训室60座，已开展电商基础培训", "★", null],
    ["特色农产品免费展示、销售", "区科工商务局", "2020年12月", "农特产品展厅已布展，免费展示销售", "★", null],
    ["免费摄影、美工服务", "区科工商务局", "2021年3月", "摄影棚设备采购中", "◐", null],
    ["农产品统一推广、品牌建设指导", "区农业农村局", "2021年6月", "组织“万绿河源”区域公用品牌统一推广", "★", null],
    ["其他衍生增值服务", "区科工商务局", "2021年6月", "未启动", "○", null],
    ["整合建设电商产业园", "区科工商务局", "2021年3月", "依托源城电商产业园整合，已挂牌", "★", null],
    ["引入专业第三方电商运营服务商", "区科工商务局", "2020年9月", "已通过招标引入第三方运营服务商", "★", null],
    ["行政村物流快递全覆盖", "区交通运输局、源城邮政分公司", "2021年6月", "全区51个行政村快递全部通达", "★", null],
    ["村级电商服务站点建设", "各镇（街道）", "2021年6月", "已建站点38个，覆盖行政村36个；全区3个省定贫困村已全部建站", "★", null],
    ["农村网络零售额增长", "区科工商务局", "2020年底", "2020年全区农村网络零售额9.62亿元，同比增长31.4%", "★", "区统计局数据"],
    ["电商普及培训", "区科工商务局", "2021年8月", "累计培训6,125人次", "★", "常住人口50.7万人"],
    ["建档立卡贫困户电商培训", "区乡村振兴局", "2021年8月", "有劳动能力且未外出务工的建档立卡贫困人口412人，已培训236人", "★", null],
    ["政府网站公开专栏", "区科工商务局", "2020年9月", "已公示创建方案、项目基本信息、建设进度；监督举报窗口未设立", "◐", null],
    ["每月向市商务局报送并统计电商扶贫情况", "区科工商务局", "每月", "每月5日前报送，附电商扶贫统计表", "★", null],
    ["专项资金拨付", "区财政局", "2021年8月", "下达省级资金500万元，已拨付326.5万元，拨付率65.3%", "○", "进度偏慢"],
    ["制定专项资金管理制度", "区财政局、区科工商务局", "2020年9月", "已印发《源城区电子商务进农村综合示范专项资金管理办法》", "★", null],
    ["项目总体进度", "区科工商务局", "2021年8月", "总体进度约78%", "◐", null],
  ];
  T.forEach((t, i) => rows.push([i + 1, ...t]));
  rows.push(padRow([], W));
  rows.push(padRow(["督查中未发现安全生产、质量事故。下一步：请区科工商务局、区财政局加快资金拨付，9月15日前报送整改情况。"], W));
  M.push(`A${rows.length}:G${rows.length}`);
  rows.push(padRow(["抄送：区委办、区政府办，各镇（街道）"], W));
  M.push(`A${rows.length}:G${rows.length}`);
  for (const r of rows) assert(r.length === W, "f2 width");
  return {
    description:
      "河源源城区委区政府督查室的《重点任务督查情况表》被区科工商务局当事实表交：序号｜重点任务｜牵头单位｜完成时限｜进展情况｜督查评价｜备注，是否类看“督查评价”（★已完成 ◐推进中 ○滞后，第4行图例写明推进中按未完成计：扶持政策“已起草、正在征求意见”、摄影美工“采购中”、监督举报窗口“未设立”都是否），数值写在进展情况的句子里，常住人口在备注里；领导小组组长和成员单位在表头一行；督查日期9月2日不是截止日（进展截至8月31日）；没有任何自评分。",
    sheets: [{ name: "督查情况表", rows, merges: M }],
    expect: {
      facts: {
        county: "源城区", asOf: "2021-08-31", residentPopulation: 507000, adminVillagesStated: 51, poorVillagesStated: 3, planIssued: true, policyIssued: false,
        centerOpened: "2020-12-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: false, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2020: 962000000, ruralRetailGrowthStated: 0.314, trainingPersonTimesStated: 6125,
        eligiblePoorPersonsStated: 412, trainedPoorPersonsStated: 236, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false,
        povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3265000, fundSystemIssued: true, overallProgress: 0.78, vetoIncident: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 肇庆市高要区: 填空式《基础数据报告单》（【】内为填写，选择项“（是√　否　）”）
// =====================================================================================================
function buildF3() {
  const W = 8;
  const rows = [padRow(["肇庆市高要区电子商务进农村综合示范创建基础数据报告单"], W),
    padRow(["（请在【　】内填写；选择项在所选项后打“√”）"], W)];
  const M = ["A1:H1", "A2:H2"];
  const line = (t) => { rows.push(padRow([t], W)); M.push(`A${rows.length}:H${rows.length}`); };
  line("一、本区（县）名称【高要区】，数据截止日期【2021】年【8】月【31】日。");
  line("二、全区常住人口【72.36】万人（第七次全国人口普查），共有行政村【309】个、社区【42】个，其中省定贫困村【41】个。");
  line("三、示范创建工作领导小组由【区委常委、常务副区长】任组长，成员单位包括【区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局】。");
  line("四、示范创建工作方案已正式印发（是√　否　），印发时间【2020】年【6】月；支持农村电商发展的政策已出台（是√　否　）。");
  line("五、区电子商务公共服务中心于【2021】年【2】月【26】日投入运营；中心有免费培训场所和设备，能组织电商基础培训（是√　否　）；");
  line("　　为特色农产品提供免费展示、销售服务（是√　否　）；提供免费摄影、美工服务（是　否√）；组织农产品统一推广、指导品牌建设（是√　否　）；提供其他衍生增值服务（是√　否　）。");
  line("六、已建设或整合电商产业园（是√　否　），入驻企业【26】家；当地有专业第三方电子商务运营或服务商（是√　否　）；行政村物流快递覆盖率【100】%。");
  line("七、2019年农村网络零售额【18.56】亿元，2020年【22.09】亿元；2019年农产品网络零售额【4.12】亿元，2020年【5.47】亿元。");
  line("八、截至考评截止日累计开展电商培训【7,108】人次；有劳动能力的建档立卡贫困人口（不含外出务工）【1,926】人，其中参加培训【1,003】人。");
  line("九、区政府网站专栏公示创建方案（是√　否　）、项目基本信息（是√　否　）、项目建设进度（是√　否　）；设立征求意见或监督举报窗口（是　否√）。");
  line("十、能统计电商扶贫情况（是√　否　）。");
  line("十一、下达省级专项资金【500】万元，截至考评截止日累计拨付【3,862,400】元；已制定资金管理制度（是√　否　），项目承建方已建立资金专用台账（是√　否　）；项目总体进度【91】%。");
  line("十二、主观评分项自评：方案制定【2】分，政策支持【2】分，项目管理制度【1】分，工作台账【2】分，网销调研【1】分，网络促销活动【2】分，交易标准与冷链溯源【1】分，资金管理制度【5】分，资金台账【4】分，资金及时拨付【4】分。");
  line("十三、创建期间发生安全生产、质量事故或重大经济损失（是　否√）；存在弄虚作假（是　否√）。");
  rows.push(padRow([], W));
  rows.push([null, null, null, null, "填报单位（盖章）：肇庆市高要区商务局", null, null, null]);
  M.push(`E${rows.length}:H${rows.length}`);
  rows.push([null, null, null, null, "填报人：梁××　电话：0758-83××××××", null, null, null]);
  M.push(`E${rows.length}:H${rows.length}`);
  rows.push([null, null, null, null, "填报日期：【2021】年【9】月【7】日", null, null, null]);
  M.push(`E${rows.length}:H${rows.length}`);
  for (const r of rows) assert(r.length === W, "f3 width");
  return {
    description:
      "肇庆高要区商务局填的填空式《基础数据报告单》：每条一句话占一整行（A:H合并），县里填的内容在“【】”里（数据截止日期拆成【2021】年【8】月【31】日三个空，中心运营日期同样），选择项写成“（是√　否　）”“（是　否√）”，第五条一句话断成两行；第十一条同一句里下达资金是【500】万元、拨付是【3,862,400】元；领导小组组长是“区委常委、常务副区长”（分管领导）；社区42个、入驻企业26家不是输入；落款的填报日期【2021】年【9】月【7】日不是截止日。",
    sheets: [{ name: "基础数据报告单", rows, merges: M }],
    expect: {
      facts: {
        county: "高要区", asOf: "2021-08-31", residentPopulation: 723600, adminVillagesStated: 309, poorVillagesStated: 41, planIssued: true, policyIssued: true,
        centerOpened: "2021-02-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 1856000000, ruralRetail2020: 2209000000, agriRetail2019: 412000000, agriRetail2020: 547000000,
        trainingPersonTimesStated: 7108, eligiblePoorPersonsStated: 1926, trainedPoorPersonsStated: 1003, disclosurePlan: true, disclosureProjects: true,
        disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3862400, fundSystemIssued: true,
        fundLedgerKept: true, overallProgress: 0.91, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 1, "org.management.ledger": 2, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "deputy",
    },
  };
}


// =====================================================================================================
// l1 — 韶关市曲江区: 分块签到表、按户分组的贫困人口、经验材料（公文日期）、汇总（非台账）
// =====================================================================================================
function buildL1() {
  const REGION = "440205";
  const CUT = "2021-08-31";
  const vn = villageNamer("马枫乌白樟大小龙沙罗", "坝岭坑田塘洞岗湾");
  const vill = [];
  for (let i = 0; i < 8; i++) vill.push(vn());
  const TOWNS = ["马坝镇", "大塘镇", "枫湾镇", "小坑镇", "沙溪镇", "乌石镇", "樟市镇", "白土镇"];
  // ② poor persons by household
  const pRows = [padRow(["曲江区建档立卡贫困人口劳动力情况表"], 8), padRow(["（全国扶贫开发信息系统导出后整理，截至2021年6月）"], 8),
    ["户编号", "户主姓名", "成员姓名", "与户主关系", "证件号码", "劳动技能", "是否外出务工", "务工地点"]];
  const pM = ["A1:H1", "A2:H2"];
  const pRecs = [];
  const persons = [];
  for (let h = 0; h < 11; h++) {
    const sz = rint(2, 5);
    const r0 = pRows.length + 1;
    const sur = SURNAMES[rint(0, SURNAMES.length - 1)];
    let headName = null;
    let headBirth = 0;
    for (let j = 0; j < sz; j++) {
      const child = j >= 2 && rnd() < 0.6;
      const old = !child && rnd() < 0.2;
      const male = j === 0 ? true : j === 1 ? false : rnd() < 0.5;
      const birth = child ? birthBetween(2006, 2016) : old ? birthBetween(1938, 1955) : birthBetween(1966, 1999);
      const id = makeId(REGION, birth, male, h === 3 && j === 0 ? true : undefined);
      const name = j === 1 ? personName() : personName(sur);
      if (j === 0) headName = name;
      let skill, labour, mig, place = null;
      if (child) { skill = "无劳动力"; labour = false; mig = null; }
      else if (old) { skill = rnd() < 0.5 ? "丧失劳动力" : "无劳动力"; labour = false; mig = false; }
      else {
        skill = rnd() < 0.25 ? "技能劳动力" : "普通劳动力"; labour = true; mig = rnd() < 0.35;
        if (mig) place = ["东莞市", "广州市", "深圳市", "佛山市", "湖南省郴州市"][rint(0, 4)];
      }
      const idTxt = (h + j) % 9 === 4 ? spacedId(id) : id;
      if (j === 0) headBirth = Number(birth.slice(0, 4));
      const pb = Number(birth.slice(0, 4));
      const rel = j === 0 ? "户主" : pb - headBirth >= 36 ? (male ? "之孙子" : "之孙女") : pb - headBirth >= 16 ? (male ? "之子" : "之女")
        : headBirth - pb >= 16 ? (male ? "之父" : "之母") : j === 1 ? "配偶" : (male ? "兄弟" : "姐妹");
      pRows.push([j === 0 ? `440205${pad3(h * 7 + 12)}` : null, j === 0 ? headName : null, name, rel,
        idTxt, skill, mig === null ? null : mig ? "是" : "否", place]);
      pRecs.push({ id, labour, migrant: mig });
      persons.push({ id, name, labour, mig, child });
    }
    const r1 = pRows.length;
    if (r1 > r0) pM.push(`A${r0}:A${r1}`, `B${r0}:B${r1}`);
  }
  pRows.push(padRow([`共11户${persons.length}人`], 8));
  pM.push(`A${pRows.length}:H${pRows.length}`);

  // ① sign-in blocks
  const S = [
    { n: 1, date: "2020-10-15", cell: "2020年10月15日", place: "曲江区电子商务公共服务中心", topic: "电商基础知识", k: 10 },
    { n: 2, date: "2020-12-04", cell: "2020年12月3日—4日", place: "大塘镇党群服务中心", topic: "网店开设与运营", k: 9 },
    { n: 3, date: "2021-03-25", cell: D("2021-03-25"), place: "曲江区电子商务公共服务中心", topic: "短视频与直播带货", k: 10 },
    { n: 4, date: "2021-06-10", cell: "2021.6.10", place: "枫湾镇文化站", topic: "马坝油粘米网络营销", k: 8 },
    { n: 5, date: "2021-09-08", cell: "2021年9月8日", place: "曲江区电子商务公共服务中心", topic: "农产品品牌与包装", k: 7 },
  ];
  const poorAdults = persons.filter((p) => !p.child);
  const tRows = [padRow(["曲江区农村电商培训签到表（汇总）"], 7)];
  const tM = ["A1:G1"];
  const tRecs = [];
  let masked = false, missing = false, lower = false;
  S.forEach((s, si) => {
    tRows.push(padRow([], 7));
    tRows.push([`第${s.n}期`, "培训时间", s.cell, "培训地点", s.place, null, null]);
    tM.push(`E${tRows.length}:G${tRows.length}`);
    tRows.push(["主题", s.topic, null, null, null, null, null]);
    tM.push(`B${tRows.length}:G${tRows.length}`);
    tRows.push(["序号", "姓名", "性别", "身份证号码", "所在镇村", "联系电话", "签到"]);
    for (let i = 0; i < s.k; i++) {
      const usePoor = i < 3;
      let p;
      if (usePoor) p = poorAdults[(si * 3 + i) % poorAdults.length];
      else {
        const male = rnd() < 0.5;
        p = { name: personName(), id: makeId(REGION, birthBetween(1968, 2001), male, si === 1 && i === 4 ? true : undefined), male };
      }
      let idTxt = p.id;
      let idRec = p.id;
      if (!masked && si === 2 && i === 6) { idTxt = maskId(p.id); idRec = idTxt; masked = true; }
      else if (!missing && si === 3 && i === 5) { idTxt = "（未带身份证）"; idRec = null; missing = true; }
      else if (isX(p.id)) { idTxt = p.id.slice(0, 17) + "x"; lower = true; }
      else if (i % 4 === 3) idTxt = spacedId(p.id);
      const male = p.male !== undefined ? p.male : Number(p.id[16]) % 2 === 1;
      tRows.push([i + 1, p.name, male ? "男" : "女", idTxt, `${TOWNS[(si + i) % 8]}${vill[(si * 2 + i) % 8]}`, mask(phone()), "√"]);
      tRecs.push({ date: s.date, personTimes: 1, id: idRec });
    }
  });
  assert(masked && missing && lower, "l1 id variants");
  checkTrainingIds(tRecs, "l1");

  // ③ materials
  const matRows = [padRow(["曲江区电子商务进农村经验材料报送登记"], 5), ["序号", "材料名称", "报送对象", "报送日期", "文号"],
    [1, "曲江区“电商＋合作社＋贫困户”带贫做法", "韶关市商务局", cnFormalDate("2021-03-16"), "曲商务函〔2021〕11号"],
    [2, "曲江区村级电商服务站运营经验", "韶关市商务局", "2021年6月", "—"],
    [3, "马坝油粘米“触网”典型案例", "韶关市商务局、广东省商务厅", D("2021-07-29"), "曲商务函〔2021〕37号"],
    [4, "曲江区电子商务进农村综合示范创建工作总结", "韶关市商务局", cnFormalDate("2021-09-10"), "曲商务〔2021〕52号"]];
  const matRecs = [{ date: "2021-03-16" }, { date: "2021-06" }, { date: "2021-07-29" }, { date: "2021-09-10" }];

  // ④ 汇总 (not a ledger)
  const hRows = [padRow(["培训情况汇总（自动统计）"], 4), ["期次", "培训日期", "签到人数", "其中建档立卡"]];
  S.forEach((s) => hRows.push([`第${s.n}期`, s.date, s.k, 3]));
  hRows.push(["合计", null, sum(S.map((s) => s.k)), 15]);
  assert(tRecs.filter((r) => r.date <= CUT).length === 37, "l1 rows");

  return {
    description:
      "韶关曲江区商务局的培训与帮扶台账（四个表）：①《签到表汇总》五期签到表上下堆在一张表里，每块前有“第n期｜培训时间｜（日期）｜培训地点｜（地点）”一行和“主题”一行、再一行表头，块间空行；日期写法各异（“2020年12月3日—4日”按4日、真日期、“2021.6.10”），第5期在9月；身份证号有中间带空格的、末位小写x的、一个打码的“440205********”、一个写“（未带身份证）”；②《贫困人口》按户分组（户编号、户主姓名纵向合并），劳动技能“普通劳动力／技能劳动力”为有、“丧失劳动力／无劳动力”为无，是否外出务工“是／否”，学生一格空着（不知道），末行“共11户…人”不是人；③《经验材料》报送日期有公文大写“二〇二一年三月十六日”、只到月的“2021年6月”、真日期和9月的一份；④《培训汇总》是统计表，不是台账。",
    sheets: [
      { name: "签到表汇总", rows: tRows, merges: tM },
      { name: "贫困人口", rows: pRows, merges: pM },
      { name: "经验材料", rows: matRows, merges: ["A1:E1"] },
      { name: "培训汇总", rows: hRows, merges: ["A1:D1"] },
    ],
    expect: {
      sheets: {
        "签到表汇总": { kind: "training", records: tRecs },
        "贫困人口": { kind: "poorPersons", records: pRecs },
        "经验材料": { kind: "materials", records: matRecs },
        "培训汇总": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 汕头市金平区: 横排站点、村居（有/无快递）、月报（读报送日期）、专栏按月打勾、填报说明
// =====================================================================================================
function buildL2() {
  const STREETS = [["鮀江街道", 6, 4], ["月浦街道", 5, 3], ["岐山街道", 4, 3]];
  const vn = villageNamer("鮀浦岐蓬下上后前东西", "西埔美联乡溪洲头仔");
  const cn = nameMaker("金光华新蓬", "砂平园明福", "社区", []);
  const vil = [];
  STREETS.forEach(([t, nv, nc]) => {
    for (let i = 0; i < nv; i++) vil.push({ town: t, name: vn(), admin: true, express: true });
    for (let i = 0; i < nc; i++) vil.push({ town: t, name: cn(), admin: false, express: true });
  });
  noStemClash(vil.filter((v) => v.admin).map((v) => v.name), vil.filter((v) => !v.admin).map((v) => v.name), "l2");
  const adm = vil.filter((v) => v.admin);
  const com = vil.filter((v) => !v.admin);
  adm[7].express = false;
  com[4].express = null;
  const vRows = [padRow(["金平区村（社区）基本情况"], 5), ["街道", "村（社区）名称", "性质", "快递服务", "备注"]];
  const vRecs = [];
  const vM = ["A1:E1"];
  STREETS.forEach(([t]) => {
    const list = vil.filter((v) => v.town === t);
    const r0 = vRows.length + 1;
    list.forEach((v, j) => {
      const nm = v.admin ? (j % 2 ? v.name + "委会" : v.name) : v.name + "居委会";
      vRows.push([j === 0 ? t : null, nm, v.admin ? "村" : "社区", v.express === null ? null : v.express ? "有" : "无", v.express === false ? "快递员每周两次上门" : v.express === null ? "待核实" : null]);
      vRecs.push({ name: v.name, admin: v.admin, express: v.express });
    });
    vM.push(`A${r0}:A${vRows.length}`);
  });
  vRows.push(padRow(["注：金平区无省定贫困村。"], 5));
  vM.push(`A${vRows.length}:E${vRows.length}`);

  // ① stations on their side
  const picks = shuffle(adm).slice(0, 10).concat([com[0], com[5]]);
  const opens = ["2020-07-16", "2020-12", "2021-03-05", "2020-09-28", "2021-06-18", "2021-01-11", "2021-07-22", "2020-11-03", "2021-04-27", "2021-09-13", "2020-10-20", "2021-05-08"];
  const fmt = (iso, i) => {
    if (iso.length === 7) return cnMonth(iso);
    switch (i % 6) {
      case 0: return D(iso);
      case 1: return twoDot(iso);
      case 2: return slashDate(iso);
      case 3: return excelSerial(iso);
      case 4: return yyyymmdd(iso);
      default: return cnDate(iso);
    }
  };
  const fields = ["序号", "站点名称", "所在街道", "所在村（社区）", "负责人", "联系电话", "挂牌时间", "服务内容"];
  const cols = picks.map((v, i) => {
    const stem = v.name.replace(/村$|社区$/, "");
    const vc = v.admin ? (i % 3 === 1 ? v.name.replace(/村$/, "村民委员会") : v.name) : v.name + "居委会";
    return [i + 1, `${stem}${v.admin ? "村" : "社区"}电商服务站`, v.town, vc, personName(), mask(phone()), fmt(opens[i], i), ["代购代销", "代收代发快递", "代缴费", "电商培训"].slice(0, rint(2, 4)).join("、")];
  });
  const W = picks.length + 1;
  const sRows = [padRow(["金平区村级电商服务站点信息表"], W)];
  fields.forEach((f, r) => sRows.push([f, ...cols.map((c) => c[r])]));
  sRows.push(padRow(["说明：一列为一个站点；挂牌时间以街道办验收挂牌为准。"], W));
  const sRecs = picks.map((v, i) => ({ village: v.name, opened: opens[i] }));

  // ③ 月报 (read 报送日期)
  const rRows = [padRow(["金平区电子商务进农村综合示范工作月报报送台账"], 5), ["月份", "报送日期", "报送方式", "是否含扶贫数据", "备注"]];
  const rRecs = [];
  const months = WINDOW.filter((m) => m !== "2021-01" && m !== "2021-02");
  const plan = [];
  for (const m of months) {
    if (m === "2021-03") plan.push({ label: "2021年1—2月", date: "2021-03-04", pov: "含", note: "春节，两月合报" });
    const [y, mo] = m.split("-").map(Number);
    const ny = mo === 12 ? y + 1 : y;
    const nm = mo === 12 ? 1 : mo + 1;
    const dt = `${ny}-${String(nm).padStart(2, "0")}-${String(rint(2, 7)).padStart(2, "0")}`;
    plan.push({ label: cnMonth(m), date: dt, pov: m === "2020-10" ? "不含" : m === "2021-05" ? null : "含", note: m === "2021-08" ? "9月初报送" : null });
  }
  plan.forEach((p, i) => {
    rRows.push([p.label, [cnDate(p.date), slashDate(p.date), D(p.date)][i % 3], "粤政易", p.pov, p.note]);
    rRecs.push({ date: p.date, poverty: p.pov === null ? null : p.pov === "含" });
  });

  // ④ 专栏 months as columns
  const marks = { "2020-09": "✓", "2020-10": "✓", "2020-11": "√", "2020-12": "✓", "2021-01": null, "2021-02": "2/26", "2021-03": "✓", "2021-04": "✓", "2021-05": "√", "2021-06": "✓", "2021-07": "✓", "2021-08": "✓" };
  const uW = WINDOW.length + 2;
  const uRows = [padRow(["区政府门户网站电子商务进农村专栏更新情况（按月）"], uW), padRow(["（已更新的月份打“✓”，注明日期的为当月唯一一次更新）"], uW),
    ["项目", ...WINDOW.map((m) => cnMonth(m)), "更新月数"], ["专栏更新", ...WINDOW.map((m) => marks[m]), WINDOW.filter((m) => marks[m]).length]];
  const uRecs = WINDOW.filter((m) => marks[m]).map((m) => ({ date: marks[m] === "2/26" ? "2021-02-26" : m }));

  const note = [["填报说明"], ["1. 站点信息表一列一个站点，请勿插入空列。"], ["2. 月报报送日期填实际报送日期，春节期间可两月合报。"], ["3. 专栏更新情况按月打勾，由区政务服务数据管理局核实。"], ["4. 本册台账由区商务局电商股维护，更新至2021年9月。"]];
  return {
    description:
      "汕头金平区商务局的台账（五个表）：①《站点信息》是横着排的——A列是字段（序号、站点名称、所在街道、所在村（社区）、负责人、联系电话、挂牌时间、服务内容），一列一个站点（B—M列12个），挂牌时间有真日期、“20.11.3”、“2021/3/5”、Excel序号数（9月那个站也是序号数）、“20210618”、“2020年12月”（只到月）、“2021年1月11日”，两站在社区；②《村居》街道纵向合并，性质“村／社区”，快递服务“有／无”（一个社区空着“待核实”），没有贫困村列（注明无省定贫困村）；③《月报》按“报送日期”读，不按“月份”：1、2月合成“2021年1—2月”一行3月4日报送，8月的月报9月初才报，是否含扶贫数据“含／不含”，一格空；④《专栏更新》一行十二个月横排打勾（✓、√、一个写“2/26”的当月日期，2021年1月空），末列“更新月数”是计数；⑤《填报说明》不是台账。",
    sheets: [
      { name: "站点信息", rows: sRows, merges: [`A1:${colName(W - 1)}1`, `A${sRows.length}:${colName(W - 1)}${sRows.length}`] },
      { name: "村居", rows: vRows, merges: vM },
      { name: "月报", rows: rRows, merges: ["A1:E1"] },
      { name: "专栏更新", rows: uRows, merges: [`A1:${colName(uW - 1)}1`, `A2:${colName(uW - 1)}2`] },
      { name: "填报说明", rows: note },
    ],
    expect: {
      sheets: {
        "站点信息": { kind: "stations", records: sRecs },
        "村居": { kind: "villages", records: vRecs },
        "月报": { kind: "reports", records: rRecs },
        "专栏更新": { kind: "disclosures", records: uRecs },
        "填报说明": { kind: null },
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
write("counties", "b235-c1-mazhang.json", c1);
write("facts", "b235-f1-huadu.json", f1);
write("facts", "b235-f2-yuancheng.json", f2);
write("facts", "b235-f3-gaoyao.json", f3);
write("ledgers", "b235-l1-qujiang.json", l1);
write("ledgers", "b235-l2-jinping.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
