// Batch 149 corpus generator (blind): written from /work/shared/design/ledgers.md, /work/shared/design/scoring-rules.md, the official indicator table
// (lechang-self-assessment-2021.txt) and test/corpus/README.md only; helper/validation block adapted from gen-b148.js.
// Deterministic: seeded PRNG, no clock.
"use strict";
// Cases: c1 连山壮族瑶族自治县 (facts and claims as horizontal bands: a row of labels with the values in the row below; ledgers: village list
// with town banner rows, stations exported with Excel serial numbers as dates, one long sign-in sheet with a banner row per session
// (dates only in the banners, one session with masked IDs), 扶贫系统 labour list with 劳动技能 values, park list with a renamed enterprise
// (same credit code twice), a funds ledger with three disbursement (date, amount) column pairs under a three-row header, reports
// with a merged 1–2月 report),
// f1 揭西县 (揭阳市局 核查表: ☑/□ check boxes, a 核实后 column that overrides the county's figure, one correction inside the cell),
// f2 陆河县 (基本数据表 with a two-row header 2019年/2020年/2021年 value columns, 1/0 answers, units in a unit column incl. % and 亿元),
// f3 翁源县 (the self-assessment report pasted from Word one paragraph per row, facts only in running prose, page numbers, and a
// score table at the end),
// l1 连州市 (one sign-in sheet per session, the date only in the title block, a poor-labour list whose yes/no answers are ✓ marks under
// a merged two-row header, a hidden drop-down list sheet),
// l2 和平县 (monthly reports as a mail client's 已发送 list, the column's update log copied from the web page, media grouped under
// level banner rows, materials).
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
let seed = 149149;
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
    for (const m of sh.merges || []) {
      assert(/^[A-Z]{1,3}\d+:[A-Z]{1,3}\d+$/.test(m), file + ": bad merge " + m);
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
    assert(/^b149-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b149-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b149-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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


// ---------------------------------------------------------------- extra helpers (batch 148, reused)
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


// ---------------------------------------------------------------- extra helpers (batch 149)
function serial(iso) {
  // Excel's date serial number (1900 system): days since 1899-12-30
  const n = Math.round((Date.parse(iso + "T00:00:00Z") - Date.parse("1899-12-30T00:00:00Z")) / 86400000);
  assert(Number.isInteger(n) && n > 40000 && n < 50000, "serial range " + iso);
  return n;
}
assert(serial("2021-08-31") === 44439 && serial("2020-01-01") === 43831, "serial anchors");
function shuffle(a) {
  for (let i = a.length - 1; i > 0; i--) {
    const j = rint(0, i);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
function maskId(id) {
  return id.slice(0, 6) + "********" + id.slice(14);
}
function idCell(id, lowerX) {
  return lowerX && id.endsWith("X") ? id.slice(0, 17) + "x" : id;
}
function yearMonthCn(ym) {
  return `${Number(ym.slice(0, 4))}年${Number(ym.slice(5, 7))}月`;
}
// YYYY-MM or YYYY-MM-DD compared against a cut-off day: a month counts when it is not after the cut-off month
function onOrBefore(iso, cut) {
  return iso.length === 7 ? iso <= cut.slice(0, 7) : iso <= cut;
}
const GAP = null;

// =====================================================================================================
// c1 — 清远连山壮族瑶族自治县: facts and claims as horizontal bands (labels in one row, values in the row below); ledgers as kept.
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "441825";
  const townDefs = [["吉田镇", 9, ["吉田社区", "鹿鸣社区"]], ["太保镇", 7, ["太保社区"]], ["禾洞镇", 6, ["禾洞社区"]], ["福堂镇", 8, ["福堂社区"]],
    ["小三江镇", 7, ["小三江社区"]], ["上帅镇", 5, ["上帅社区"]], ["永和镇", 6, ["永和社区"]]];
  const newName = villageNamer("大新上下石白沙加三黄龙福莲金宜天云联南茶", ["富", "联", "坝", "田", "水", "洞", "坪", "坑", "塘", "岭", "江", "坡",
    "寨", "垌", "岗", "溪", "冲", "平", "洲"]);
  const towns = townDefs.map(([town, n, cs]) => {
    const vs = [];
    while (vs.length < n) {
      const nm = newName(new Set(["三水村"]));
      if (nm[0] !== nm[1]) vs.push(nm); // no “联联村”
    }
    return { town, vs, cs };
  });
  const admin = towns.flatMap((t) => t.vs);
  const comms = towns.flatMap((t) => t.cs);
  const townOf = {};
  for (const t of towns) for (const v of t.vs.concat(t.cs)) townOf[v] = t.town;
  assert(admin.length === 48 && comms.length === 8 && new Set(admin).size === 48, "c1 villages");
  const poorSet = new Set();
  while (poorSet.size < 13) poorSet.add(admin[rint(0, admin.length - 1)]);
  const poorList = admin.filter((v) => poorSet.has(v));
  const nonPoor = admin.filter((v) => !poorSet.has(v));
  const covered = new Set(poorList);
  while (covered.size < 34) covered.add(nonPoor[rint(0, nonPoor.length - 1)]);
  const uncovered = admin.filter((v) => !covered.has(v));
  assert(uncovered.length === 14, "c1 14 uncovered");
  const septA = uncovered[3];
  const septB = uncovered[9];
  const longForm = poorList[6]; // its station's village is written “…村民委员会”

  // ---------------- villages: town banner rows inside the table
  const vRows = [["连山壮族瑶族自治县村（居）民委员会名单"], ["数据来源：县民政局（2021年6月）；快递进村情况据县邮政管理部门核实"],
    ["序号", "村（居）委会", "类型", "省定贫困村", "快递进村", "户籍户数", "户籍人口"]];
  const vMerges = ["A1:G1", "A2:G2"];
  let seq = 0;
  for (const t of towns) {
    vRows.push([`${t.town}（村委会${t.vs.length}个、居委会${t.cs.length}个）`]);
    vMerges.push(`A${vRows.length}:G${vRows.length}`);
    for (const c of t.cs) {
      seq++;
      const hh = rint(600, 1800);
      vRows.push([seq, c + "居委会", "居委会", "—", "—", hh, hh * 3 + rint(0, 400)]);
    }
    for (const v of t.vs) {
      seq++;
      const hh = rint(160, 720);
      vRows.push([seq, v.replace(/村$/, "村委会"), "村委会", poorSet.has(v) ? "是" : "否", "√", hh, hh * 4 + rint(0, 300)]);
    }
  }
  vRows.push([`合计：村委会${admin.length}个、居委会${comms.length}个，其中省定贫困村${poorSet.size}个`]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);

  // ---------------- stations: platform export, 建站日期 as bare serial numbers
  const st = [];
  for (const v of admin) if (covered.has(v)) st.push({ v, iso: randIsoBetween("2020-06-15", "2021-08-20") });
  const twice = [...covered].filter((v) => !poorSet.has(v))[5];
  st.push({ v: twice, iso: randIsoBetween("2021-03-01", "2021-07-31"), extra: true });
  st.push({ v: "吉田社区", iso: "2020-11-12", comm: true });
  st.push({ v: septA, iso: "2021-09-02" });
  st.push({ v: septB, iso: "2021-09-15" });
  const tIdx = (v) => townDefs.findIndex((t) => t[0] === townOf[v]);
  st.sort((a, b) => tIdx(a.v) - tIdx(b.v) || (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0));
  const ops = ["连山县供销电子商务有限公司", "中国邮政集团有限公司连山县分公司", "广东壮瑶电子商务有限公司"];
  const sRows = [["清远市农村电商公共服务平台—站点信息导出"], ["导出时间：2021-09-16 09:41:27　　导出账号：lsswj01"],
    ["站点编号", "所属镇", "站点名称", "服务行政村", "站长", "联系电话", "建站日期", "运营单位", "站点状态"]];
  st.forEach((s, i) => {
    let vc;
    if (s.comm) vc = "吉田社区居委会";
    else if (s.v === longForm) vc = s.v.replace(/村$/, "村民委员会");
    else vc = i % 3 === 0 ? s.v : s.v.replace(/村$/, "村委会");
    const nm = s.comm ? "吉田社区电商服务站" : `${s.v.replace(/村$/, "")}村电商服务站${s.extra ? "（二站）" : ""}`;
    sRows.push([`LSDS-${String(i + 1).padStart(3, "0")}`, townOf[s.v], nm, vc, personName(), mask(phone()), serial(s.iso), ops[rint(0, 2)],
      s.iso > CUT ? "试运营" : "正常"]);
  });
  const covCut = new Set(st.filter((s) => !s.comm && s.iso <= CUT).map((s) => s.v));
  assert(covCut.size === 34 && poorList.every((v) => covCut.has(v)), "c1 coverage 34, poor 13/13");
  assert(34 * 100 >= 70 * 48 && 33 * 100 < 70 * 48 && 34 * 100 < 70 * 56, "c1 34/48 = 70.8% ≥ 70%; 33 would not be; with 居委会 in the base 60.7%");
  assert(st.length === 38, "c1 38 station rows");

  // ---------------- poor labour list (扶贫开发信息系统 export)
  const cities = ["广州市白云区", "东莞市长安镇", "佛山市南海区", "深圳市宝安区", "中山市小榄镇", "清远市清城区"];
  const pickVillage = () => (rnd() < 0.6 ? poorList[rint(0, poorList.length - 1)] : admin[rint(0, admin.length - 1)]);
  const mkPerson = (y0, y1, extra) => {
    const male = rnd() < 0.52;
    const birth = randIsoBetween(`${y0}-01-01`, `${y1}-12-28`);
    const nm = personName();
    return Object.assign({ name: nm, male, id: makeId(REGION, birth, male), v: pickVillage() }, extra);
  };
  const eligible = [];
  for (let i = 0; i < 200; i++) eligible.push(mkPerson(1962, 2001, { skill: rnd() < 0.85 ? "普通劳动力" : "技能劳动力", mig: false }));
  const migrants = [];
  for (let i = 0; i < 50; i++) migrants.push(mkPerson(1970, 2000, { skill: "普通劳动力", mig: true, where: cities[rint(0, cities.length - 1)] }));
  const nonLab = [];
  for (let i = 0; i < 70; i++) {
    const k = i % 3;
    if (k === 0) nonLab.push(mkPerson(1956, 1975, { skill: "丧失劳动力", mig: false }));
    else if (k === 1) nonLab.push(mkPerson(1935, 1952, { skill: "无劳动力", mig: false }));
    else nonLab.push(mkPerson(2005, 2012, { skill: "无劳动力", mig: false, student: true }));
  }
  const allPoor = eligible.concat(migrants, nonLab);
  const pRows = [["连山县建档立卡贫困人口劳动力信息（扶贫开发信息系统导出）"], ["导出单位：连山壮族瑶族自治县乡村振兴局　　数据时点：2021年6月30日"],
    ["序号", "乡镇", "行政村", "姓名", "性别", "证件号码", "劳动技能", "是否外出务工", "务工所在地", "脱贫年度"]];
  const sortedPoor = allPoor.slice().sort((a, b) => tIdx(a.v) - tIdx(b.v) || admin.indexOf(a.v) - admin.indexOf(b.v));
  sortedPoor.forEach((p, i) => pRows.push([i + 1, townOf[p.v], p.v.replace(/村$/, "村委会"), p.name, p.male ? "男" : "女", p.id,
    p.student ? "无劳动力（在校生）" : p.skill, p.mig ? "是" : "否", p.mig ? p.where : null, String(2018 + rint(0, 2))]));
  const eligibleIds = new Set(allPoor.filter((p) => p.skill.endsWith("劳动力") && !p.skill.includes("无") && !p.skill.includes("丧失") && !p.mig).map((p) => p.id));
  assert(eligibleIds.size === 200, "c1 eligible 200");

  // ---------------- training: one long sign-in sheet, a banner row per session (the date is only in the banner)
  const S = [
    ["2020-09-23", "2020年9月22日—23日", "电子商务基础知识", "县委党校"],
    ["2020-10-21", "2020.10.20-21", "网店开设与运营", "县职业技术学校"],
    ["2020-11-17", "2020年11月17日", "短视频拍摄与剪辑", "吉田镇政府会议室"],
    ["2020-12-09", "2020/12/8-9", "直播带货实操", "县委党校"],
    ["2021-01-12", "2021年1月12日", "年货节网络促销", "县电子商务公共服务中心"],
    ["2021-03-10", "2021年3月9日至10日", "农村电商创业（与县人社局联办）", "县人力资源市场"],
    ["2021-03-30", "2021.3.30", "连山大米网络营销", "县电子商务公共服务中心"],
    ["2021-04", "2021年4月（各镇巡回）", "电商扶贫巡回培训", "各镇文化站"],
    ["2021-05-18", "2021年5月18日", "农产品包装与品牌", "县电子商务公共服务中心"],
    ["2021-06-10", "2021年6月8日—10日", "电商带头人提升班", "县电子商务公共服务中心"],
    ["2021-07-06", "2021.7.6", "微信小程序开店", "县电子商务公共服务中心"],
    ["2021-07-28", "2021年7月27日-28日", "电商客服与物流", "福堂镇政府会议室"],
    ["2021-08-24", "2021年8月24日", "电商扶贫专场", "县电子商务公共服务中心"],
    ["2021-09-08", "2021年9月7日—8日", "电商数据分析", "县电子商务公共服务中心"],
  ];
  const MASKED = 5;
  const SEPT = 13;
  const inCut = S.map((_, i) => i).filter((i) => i !== SEPT);
  const unmasked = inCut.filter((i) => i !== MASKED);
  const entries = S.map(() => []);
  const eShuf = shuffle(eligible.slice());
  const trained = eShuf.slice(0, 139);
  const septOnly = eShuf[139];
  const maskedOnly = eShuf.slice(140, 144);
  const firstS = new Map();
  for (const p of trained) {
    const s = unmasked[rint(0, unmasked.length - 1)];
    firstS.set(p.id, s);
    entries[s].push(p);
  }
  for (const p of trained.slice(0, 8)) {
    let s;
    do s = unmasked[rint(0, unmasked.length - 1)]; while (s === firstS.get(p.id));
    entries[s].push(p);
  }
  for (const p of migrants.slice(0, 6).concat(nonLab.filter((x) => x.skill === "丧失劳动力").slice(0, 2))) entries[unmasked[rint(0, unmasked.length - 1)]].push(p);
  for (const p of maskedOnly) entries[MASKED].push(p);
  entries[SEPT].push(septOnly, trained[20], trained[21]);
  // session sizes: 957 sign-ins by the cut-off (exactly 1% of 95,700), 55 in September
  const size = S.map((_, i) => (i === SEPT ? 55 : rint(58, 90)));
  let tot = sum(inCut.map((i) => size[i]));
  let guard = 0;
  while (tot !== 957) {
    const i = inCut[rint(0, inCut.length - 1)];
    const step = tot < 957 ? 1 : -1;
    if (size[i] + step < 45 || size[i] + step > 110) continue;
    size[i] += step;
    tot += step;
    assert(++guard < 100000, "c1 size fix");
  }
  const otherRegions = ["441802", "441881", "441882", "441823"];
  const tRows = [["连山壮族瑶族自治县电子商务培训学员签到汇总"], ["序号", "姓名", "性别", "身份证号码", "所在镇村", "是否建档立卡贫困户", "联系电话"]];
  const tMerges = ["A1:G1"];
  const signIns = []; // { s, id (upper, or masked, or null), poor }
  let noIdLeft = 2;
  S.forEach(([iso, when, topic, place], si) => {
    tRows.push([`第${si + 1}期　${topic}　培训时间：${when}　地点：${place}${si === MASKED ? "（学员名单由县人社局提供，身份证号已脱敏）" : ""}`]);
    tMerges.push(`A${tRows.length}:G${tRows.length}`);
    const people = entries[si].map((p) => ({ p, poor: true }));
    assert(people.length <= size[si], "c1 session room " + si);
    while (people.length < size[si]) {
      const male = rnd() < 0.5;
      const reg = rnd() < 0.85 ? REGION : otherRegions[rint(0, otherRegions.length - 1)];
      const birth = randIsoBetween("1966-01-01", "2002-12-28");
      const v = admin[rint(0, admin.length - 1)];
      people.push({ p: { name: personName(), male, id: makeId(reg, birth, male), v: rnd() < 0.15 ? null : v }, poor: false });
    }
    shuffle(people);
    people.forEach(({ p, poor }, k) => {
      let cell;
      let rec;
      if (si === MASKED) {
        cell = maskId(p.id);
        rec = cell;
      } else if (!poor && noIdLeft > 0 && si === 8 && k > 10) {
        noIdLeft--;
        cell = null;
        rec = null;
      } else {
        cell = idCell(p.id, rnd() < 0.5);
        rec = p.id;
      }
      const where = p.v ? townOf[p.v] + p.v : "吉田镇（县城）";
      tRows.push([k + 1, p.name, p.male ? "男" : "女", cell, where, poor ? "是" : "否", mask(phone())]);
      signIns.push({ s: si, iso, id: rec, poor });
    });
    tRows.push([`本期实到${size[si]}人`]);
    tMerges.push(`A${tRows.length}:G${tRows.length}`);
  });
  tRows.push([`合计：${S.length}期，${fmtInt(sum(size))}人次`]);
  tMerges.push(`A${tRows.length}:G${tRows.length}`);
  assert(noIdLeft === 0, "c1 two rows without ID");
  const byCut = signIns.filter((r) => onOrBefore(r.iso, CUT));
  assert(byCut.length === 957 && sum(size) === 1012, "c1 957 sign-ins by the cut-off, 1012 in all");
  assert(957 * 1000 >= 95700 * 10 && 956 * 1000 < 95700 * 10, "c1 exactly 1% of 95,700");
  const matched = new Set(byCut.filter((r) => r.id && eligibleIds.has(r.id)).map((r) => r.id));
  const matchedAll = new Set(signIns.filter((r) => r.id && eligibleIds.has(r.id)).map((r) => r.id));
  const poorRowsByCut = byCut.filter((r) => r.poor).length;
  assert(matched.size === 139 && matchedAll.size === 140, "c1 trained eligible 139 by the cut-off, 140 with September");
  assert(139 * 100 >= 50 * 200 && 139 * 100 < 70 * 200 && 140 * 100 >= 70 * 200, "c1 69.5% <70% ; 140 would be 70%");
  assert(poorRowsByCut === 159, "c1 159 poor-marked rows by the cut-off " + poorRowsByCut);

  // ---------------- park enterprises: a renamed company appears twice with one credit code
  const E = [
    ["连山壮乡电子商务有限公司", "电商运营商", "2020-10-16", null, "已更名", "2021年3月更名为清远壮乡数字科技有限公司（见第15行）", "K1"],
    ["连山县供销电子商务有限公司", "平台型电商企业", "2020-10-16", null, "在园", null],
    ["中国邮政集团有限公司连山县分公司", "物流企业", "2020-10-23", null, "在园", "县级物流配送中心"],
    ["连山县金子山农产品专业合作社", "农民专业合作社", "2020-11-06", null, "在园", null],
    ["连山县大旭山茶叶网店", "销售型企业", "2020-11-20", null, "在园", null],
    ["清远市壮瑶山货电子商务有限公司", "销售型企业", "2020-12-04", null, "在园", null],
    ["连山县顺达快递服务部", "物流企业", "2020-12-18", null, "在园", null],
    ["连山县禾洞米业电商有限公司", "销售型企业", "2021-01-08", null, "在园", null],
    ["连山县瑶绣文创工作室", "电商服务（设计）", "2021-01-22", "2021-05-31", "已退园", "合同提前终止"],
    ["连山县福堂沙田柚电子商务有限公司", "销售型企业", "2021-01-29", null, "在园", null],
    ["清远市乡村优品网络科技有限公司", "平台型电商企业", "2021-03-05", null, "在园", null],
    ["连山县小三江鹰嘴桃专业合作社", "农民专业合作社", "2021-03-12", null, "在园", null],
    ["连山县直播星传媒有限公司", "电商运营商", "2021-03-19", null, "在园", null],
    ["连山县永和竹笋网络商行", "销售型企业", "2021-03-26", null, "在园", null],
    ["清远壮乡数字科技有限公司", "电商运营商", "2021-03-29", null, "在园", "原连山壮乡电子商务有限公司（第1行）更名后重新签订入驻协议", "K1"],
    ["连山县冷链仓储有限公司", "物流企业", "2021-04-16", null, "在园", null],
    ["连山县上帅蜂蜜电商合作社", "农民专业合作社", "2021-05-14", null, "在园", null],
    ["连山县太保山茶油电子商务有限公司", "销售型企业", "2021-06-04", null, "在园", null],
    ["连山县吉田农特产品电商中心", "销售型企业", "2021-06-25", null, "在园", null],
    ["连山县青年电商创业孵化基地", "电商服务（设计）", "2021-07-16", null, "在园", null],
    ["连山县鹿鸣关生态农业网店", "销售型企业", "2021-08-13", null, "在园", null],
    ["连山县壮家腊味电子商务有限公司", "销售型企业", "2021-09-06", null, "在园", "9月新入驻"],
  ];
  const codeOf = {};
  const eRows = [["连山县电子商务产业园入驻企业名单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退园日期", "状态", "备注"]];
  E.forEach(([n, t, en, lf, status, note, key], i) => {
    const code = key ? codeOf[key] || (codeOf[key] = creditCode(REGION)) : creditCode(REGION);
    E[i].code = code;
    eRows.push([i + 1, n, code, t, i % 3 === 1 ? D(en) : dotDate(en), lf ? dotDate(lf) : null, status, note]);
  });
  const atCut = E.filter((e) => e[2] <= CUT && !(e[3] && e[3] <= CUT));
  assert(atCut.length === 20 && new Set(atCut.map((e) => e.code)).size === 19, "c1 park: 20 rows, 19 distinct codes at the cut-off");
  assert(eRows[16][2] === eRows[2][2], "c1 rows 1 and 15 share one code");

  // ---------------- funds: three (date, amount) pairs per project under a three-row header, 万元
  const P = [
    ["县级电子商务公共服务中心建设及运营", "广东壮瑶电子商务有限公司", 380, [[D("2020-09-28"), "2020-09-28", 114], ["2021.1.15", "2021-01-15", 152], ["2021年6月30日", "2021-06-30", 76]]],
    ["村级电子商务服务站点建设", "连山县供销电子商务有限公司", 300, [["2020.11.20", "2020-11-20", 90], [D("2021-04-16"), "2021-04-16", 120], ["2021.9.6", "2021-09-06", 56]]],
    ["县乡村三级物流配送体系", "中国邮政集团有限公司连山县分公司", 260, [["2020年12月10日", "2020-12-10", 78], ["2021.5.20", "2021-05-20", 104]]],
    ["农村电商人才培训", "清远市粤北电商培训中心", 150, [[D("2020-10-12"), "2020-10-12", 45], ["2021.3.18", "2021-03-18", 60], ["2021年8月20日", "2021-08-20", 27.5]]],
    ["农产品品牌培育及网络促销", "连山县直播星传媒有限公司", 130, [["2021.1.26", "2021-01-26", 39], [D("2021-07-09"), "2021-07-09", 52]]],
    ["农产品溯源及冷链系统", "连山县冷链仓储有限公司", 180, [["2021年2月5日", "2021-02-05", 54], ["2021.7.28", "2021-07-28", 61.9]]],
    ["电商扶贫及公共服务运营", "广东壮瑶电子商务有限公司", 100, [["2020.12.28", "2020-12-28", 25], ["2021年6月", "2021-06", 20]]],
  ];
  const fRows = [["连山壮族瑶族自治县电子商务进农村综合示范专项资金台账"], ["单位：万元"],
    ["序号", "项目名称", "承建单位", "合同金额", "拨付情况", null, null, null, null, null, "累计拨付", "备注"],
    [null, null, null, null, "第一笔", null, "第二笔", null, "第三笔", null, null, null],
    [null, null, null, null, "日期", "金额", "日期", "金额", "日期", "金额", null, null]];
  const fMerges = ["A1:L1", "A2:L2", "A3:A5", "B3:B5", "C3:C5", "D3:D5", "E3:J3", "E4:F4", "G4:H4", "I4:J4", "K3:K5", "L3:L5"];
  const pays = [];
  const colSum = [0, 0, 0];
  P.forEach(([name, firm, contract, ps], i) => {
    const row = [i + 1, name, firm, contract];
    let cum = 0;
    for (let k = 0; k < 3; k++) {
      if (ps[k]) {
        row.push(ps[k][0], ps[k][2]);
        pays.push({ iso: ps[k][1], wan: ps[k][2] });
        cum = Math.round((cum + ps[k][2]) * 100) / 100;
        colSum[k] = Math.round((colSum[k] + ps[k][2]) * 100) / 100;
      } else row.push(null, null);
    }
    row.push(cum, ps.some((p) => p[1] > CUT) ? "第三笔9月拨付" : null);
    fRows.push(row);
  });
  const contractSum = sum(P.map((p) => p[2]));
  const paidAll = sumYuan(pays.map((p) => p.wan));
  const paidCut = sumYuan(pays.filter((p) => onOrBefore(p.iso, CUT)).map((p) => p.wan));
  fRows.push(["合计", null, null, contractSum, null, colSum[0], null, colSum[1], null, colSum[2], paidAll, null]);
  fMerges.push(`A${fRows.length}:C${fRows.length}`);
  fRows.push(["注：拨付日期以国库集中支付凭证日期为准；“2021年6月”一笔为月度运营补助，凭证日期待补。"]);
  fMerges.push(`A${fRows.length}:L${fRows.length}`);
  assert(pays.length === 17 && pays.filter((p) => onOrBefore(p.iso, CUT)).length === 16, "c1 16 payments by the cut-off");
  assert(contractSum === 1500 && paidCut === 1118.4 && paidAll === 1174.4, "c1 funds " + paidCut + "/" + paidAll);
  assert(paidCut * 100 >= 1500 * 70, "c1 74.6% ≥ 70%");

  // ---------------- monthly reports: the January and February reports went together on 3 March
  const reps = [["2020年8月", "2020-09-07"], ["2020年9月", "2020-10-09"], ["2020年10月", "2020-11-06"], ["2020年11月", "2020-12-07"],
    ["2020年12月", "2021-01-08"], ["2021年1-2月", "2021-03-03"], ["2021年3月", "2021-04-07"], ["2021年4月", "2021-05-08"],
    ["2021年5月", "2021-06-07"], ["2021年6月", "2021-07-06"], ["2021年7月", "2021-08-06"], ["2021年8月", "2021-09-07"]];
  const rRows = [["连山县电子商务进农村工作月报报送台账"], ["序号", "所属月份", "报送日期", "报送对象", "报送方式", "含电商扶贫统计", "备注"]];
  reps.forEach(([mon, iso], i) => rRows.push([i + 1, mon, i % 2 ? D(iso) : cnDate(iso), "清远市商务局", "粤政易", "是",
    mon.includes("1-2月") ? "春节假期，1、2月合并报送" : null]));
  const sendMonths = new Set(reps.map((r) => r[1].slice(0, 7)).filter((m) => WINDOW.includes(m)));
  assert(sendMonths.size === 11 && !sendMonths.has("2021-02"), "c1 reports: nothing sent in February 2021");

  // ---------------- disclosures: every window month
  const disc = [["2019-12-20", "创建方案", "连山壮族瑶族自治县电子商务进农村综合示范县创建工作方案"],
    ["2019-12-20", "监督举报", "关于公布电子商务进农村综合示范项目监督举报电话的公告"],
    ["2020-07-15", "项目信息", "连山县电子商务进农村综合示范项目基本信息公示"]];
  for (const m of monthsBetween("2020-08", "2021-08")) {
    const next = monthsBetween(m, "2021-12")[1];
    disc.push([`${next}-${String(rint(5, 15)).padStart(2, "0")}`, "建设进度", `连山县电子商务进农村综合示范项目建设进度（${yearMonthCn(m)}）`]);
  }
  const dRows = [["县政府网“电子商务进农村综合示范”专栏更新记录"], ["序号", "发布日期", "子栏目", "标题"]];
  disc.forEach((d, i) => dRows.push([i + 1, d[0], d[1], d[2]]));
  const dm = new Set(disc.map((d) => d[0].slice(0, 7)));
  assert(WINDOW.every((m) => dm.has(m)), "c1 disclosure every month");

  // ---------------- media and materials
  const mRows = [["连山县电子商务进农村宣传报道情况"], ["序号", "日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"],
    [1, "2020.11.5", "连山县融媒体中心", "县级", "网络", "我县首批村级电商服务站挂牌", "否"],
    [2, D("2021-04-22"), "广东广播电视台《广东新闻联播》", "省级", "电视", "连山：瑶乡贫困户直播卖山货", "是"],
    [3, "2021年6月10日", "学习强国广东学习平台", "省级", "网络", "连山大米“触网”走出大山", "否"],
    [4, "2021.9.3", "清远日报", "市级", "报纸", "连山电商服务站点覆盖七成行政村", "否"]];
  const matRows = [["经验材料报送"], ["序号", "报送日期", "材料名称", "报送单位"],
    [1, "2021年6月18日", "连山县“电商+壮瑶特色农产品”助农增收经验做法", "清远市商务局"]];

  // ---------------- facts and claims: horizontal bands
  const aRows = [["连山壮族瑶族自治县电子商务进农村综合示范创建基本情况及自评得分"], ["填报单位：连山壮族瑶族自治县商务局　　填报时间：2021年9月9日"]];
  const aMerges = ["A1:H1", "A2:H2"];
  const section = (t) => {
    aRows.push([t]);
    aMerges.push(`A${aRows.length}:H${aRows.length}`);
  };
  const band = (pairs) => {
    aRows.push(pairs.map((p) => p[0]));
    aRows.push(pairs.map((p) => p[1]));
  };
  const r19 = 41280;
  const r20 = 52670;
  const a19 = 9850;
  const a20 = 12400;
  assert(pct1(r20 - r19, r19) === "27.6%" && pct1(a20 - a19, a19) === "25.9%", "c1 growth below 30%");
  section("一、基本情况");
  band([["县（区）", "连山壮族瑶族自治县"], ["考评截止日期", "2021年8月31日"], ["常住人口（万人）", 9.57], ["行政村（个）", 48],
    ["其中省定贫困村（个）", 13], ["社区居委会（个）", 8]]);
  aRows.push(["领导小组组长", "领导小组成员单位"]);
  aMerges.push(`B${aRows.length}:F${aRows.length}`);
  aRows.push(["县委书记、县长（双组长）", "县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监督管理局、县供销社、县邮政分公司"]);
  aMerges.push(`B${aRows.length}:F${aRows.length}`);
  band([["示范创建工作方案", "已印发"], ["农村电商扶持政策", "已出台"], ["资金管理制度", "已制定"], ["资金专用台账", "已建立"],
    ["项目总体进度", "85%"], ["第三方运营服务商", "有"]]);
  section("二、县级电子商务公共服务中心及产业园");
  band([["中心投入运营日期", "2020.12.18"], ["免费培训场所及设备", "√"], ["农特产品免费展示销售", "√"], ["免费摄影美工", "√"],
    ["品牌统一推广指导", "√"], ["其他衍生增值服务", "×"]]);
  band([["电商产业园", "已整合建成"], ["入驻企业（家）", 20], ["企业类型（种）", 6], ["行政村快递覆盖率", "100%"],
    ["村级站点（个）", st.length], ["站点覆盖行政村（个）", 36]]);
  section("三、农村产品上行、人才培训、信息公开及资金");
  band([["2019年农村网络零售额（万元）", fmtInt(r19)], ["2020年农村网络零售额（万元）", fmtInt(r20)], ["2019年农产品网络零售额（万元）", fmtInt(a19)],
    ["2020年农产品网络零售额（万元）", fmtInt(a20)], ["农村网络零售额同比增速", "36.2%（2021年1-7月）"], ["累计培训（人次）", fmtInt(sum(size))]]);
  band([["有劳动能力贫困人口（不含外出务工，人）", 200], ["参训贫困人口（人）", 142], ["贫困人口培训率", "71.0%"], ["专栏公示创建方案", "√"],
    ["专栏公示项目基本信息", "√"], ["专栏按月公示建设进度", "√"]]);
  band([["专栏征求意见/监督举报窗口", "√（监督举报电话）"], ["月报含电商扶贫统计", "√"], ["下达省级资金（万元）", 1500],
    ["累计拨付（万元，截至8月31日）", "1,118.4"], ["安全生产、质量事故或重大损失", "无"], ["弄虚作假", "无"]]);
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 4, "work.center": 14, "work.coverage": 10, "work.upward": 8,
    "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 5, "fund.ledger": 4,
    "fund.spending": 5, "bonus.poorTraining": 2, "bonus.tvCase": 1,
  };
  const claimScored = sum(SCORED.map((s) => claimed[s[0]]));
  assert(claimScored === 96, "c1 claimed scored " + claimScored);
  section("四、自评得分（按2019年省级考评指标体系）");
  band([["组织领导（2分）", claimed["org.leadership"]], ["方案制定（2分）", claimed["org.plan"]], ["政策支持（2分）", claimed["org.policy"]],
    ["项目管理（4分）", claimed["org.management"]], ["服务体系建设—县级中心及产业园（15分）", claimed["work.center"]],
    ["服务体系建设—村级站点覆盖（10分）", claimed["work.coverage"]], ["农村产品上行（10分）", claimed["work.upward"]],
    ["电商人才培训（20分）", claimed["work.training"]]]);
  band([["信息公开（4分）", claimed["info.disclosure"]], ["数据上报（6分）", claimed["info.reporting"]], ["案例总结（2分）", claimed["promo.cases"]],
    ["经验推广（8分）", claimed["promo.media"]], ["制度建立（5分）", claimed["fund.system"]], ["资金台账（5分）", claimed["fund.ledger"]],
    ["资金支出（5分）", claimed["fund.spending"]], ["小计", claimScored]]);
  band([["加分项：贫困人口培训率70%及以上（2分）", claimed["bonus.poorTraining"]], ["加分项：电商扶贫典型案例电视播报（2分）", claimed["bonus.tvCase"]],
    ["一票否决项", "无"], ["自评总分", claimScored + claimed["bonus.poorTraining"] + claimed["bonus.tvCase"]]]);
  section("五、评判项分项自评");
  const judged = { "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1, "work.upward.promotion": 2,
    "work.upward.standards": 1, "fund.spending": 5 };
  band([["项目管理制度（1-2分）", judged["org.management.system"]], ["工作台账（1-2分）", judged["org.management.ledger"]],
    ["网销调研及建议（1-2分）", judged["work.upward.research"]], ["网络促销活动（1-2分）", judged["work.upward.promotion"]],
    ["交易标准及冷链溯源（1-2分）", judged["work.upward.standards"]], ["资金及时拨付（1-5分）", judged["fund.spending"]]]);
  aRows.push(["填表人：韦××　　审核：莫××　　联系电话：0763-69×××××"]);
  aMerges.push(`A${aRows.length}:H${aRows.length}`);
  assert(claimed["org.management"] === judged["org.management.system"] + judged["org.management.ledger"], "c1 mgmt parts");
  assert(claimed["work.upward"] === judged["work.upward.research"] + judged["work.upward.promotion"] + 1 + 1 + judged["work.upward.standards"] + 2,
    "c1 upward claim counts the growth item");
  assert(claimed["work.center"] === 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 2 + 1, "c1 centre claim");

  // ---------------- expectation
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 4,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 0 + 1, "work.coverage": 5 + 5, "work.upward": 1 + 2 + 1 + 1 + 1 + 0,
    "work.training": 10 + 10, "info.disclosure": 2 + 2, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 4 + 1,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": 5, "bonus.poorTraining": 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  const total = scored + bonus;
  assert(scored === 87 && total === 88, "c1 total " + scored + "/" + total);
  const derivation = [
    "org.leadership: 基本情况带：领导小组组长“县委书记、县长（双组长）”是主要领导，成员单位含县商务局、财政局、农业农村局、乡村振兴局 → 2",
    "org.plan: 自评得分带“方案制定（2分）”下面一格2，工作方案“已印发” → 2",
    "org.policy: 自评得分带“政策支持（2分）”2，扶持政策“已出台” → 2",
    "org.management: 评判项分项带：项目管理制度2 + 工作台账2 → 4",
    "work.center: 中心投入运营2020.12.18≤截止日(2)，且≤2021-02-28满6个月(2)；免费培训√(2)、展示销售√(1)、摄影美工√(1)、品牌推广√(1)、其他衍生增值服务×(0)；产业园已整合建成且有入驻企业名单(2)；入驻企业名单22行：序号22在2021.9.6才入驻，序号9瑶绣文创2021.5.31已退园，其余20行中序号1“连山壮乡电子商务有限公司（状态已更名）”和序号15“清远壮乡数字科技有限公司”是同一个统一社会信用代码，按代码去重截止日在园19家<20 → 0（自评按“20家”得2）；类型平台型、销售型、电商运营商、物流企业、合作社、电商服务≥3 → 1；合计12（自评14）",
    `work.coverage: 村（居）委会名单按镇分段（镇名是段首横幅行），村委会48个、居委会8个，居委会不计，基数48；站点导出表“建站日期”是没有日期格式的序列号（如44183=2020-12-18），换算后截止日前覆盖34个行政村（${twice}两站算一村；吉田社区站不是行政村；${septA}、${septB}两站序列号${serial("2021-09-02")}、${serial("2021-09-15")}即2021年9月，不算；${longForm}写作“村民委员会”仍是该村）；34/48=70.8%≥70% → 5（少认一个村即33/48=68.75%只得2；把居委会算进基数34/56=60.7%也只得2）；省定贫困村13个（名单“省定贫困村”列为“是”）全部在截止日前有站点13/13 → 5；合计10`,
    `work.upward: 网销调研1 + 网络促销2（评判项分项带）+ 第三方运营服务商“有”1 + 快递：村表“快递进村”列48个村委会全为√ → 1 + 交易标准及冷链溯源1 + 增速：农村网络零售额52,670/41,280万元=+27.6%，农产品网络零售额12,400/9,850万元=+25.9%，均<30%；“36.2%（2021年1-7月）”是2021年1-7月的增速，不是2020年同比增速 → 0；合计6（自评8）`,
    `work.training: 签到汇总是一张长表，每期前有一行横幅写期次、主题、培训时间，学员行本身没有日期，日期取所在横幅（区间取结束日：“2020.10.20-21”→10月21日，“2021年4月（各镇巡回）”→2021年4月）；截止日前13期共957行签到（含第6期人社局提供的脱敏身份证号行、2行无身份证号的签到，都算人次），第14期“2021年9月7日—8日”55人次不算；常住人口9.57万人=95,700<50万，957/95,700=1.000%正好1% → 10（不能用会差一丝的浮点比较；自评写1,012人次含9月）；贫困人口按身份证号匹配“建档立卡贫困人口劳动力信息”：劳动技能普通/技能劳动力且“是否外出务工”为否的有200人（丧失劳动力、无劳动力、外出务工不计），截止日前签到表中出现其身份证号的（去重，小写x按X，脱敏号无法匹配）139人，139/200=69.5%≥50% → 10；合计20（基本情况带写参训贫困人口142人、培训率71.0%，与名单计算不符，以名单为准，给警告）`,
    "info.disclosure: 专栏公示创建方案√、项目基本信息√、建设进度√、监督举报电话√ → 2；专栏更新记录2020年9月至2021年8月每月都有发布 → 2；合计4",
    "info.reporting: 月报报送台账按“报送日期”：1、2月月报2021年3月3日合并报送，2021年2月没有任何报送，近一年（2020-09至2021-08）12个月中11个月有报送 → 不定时1；“含电商扶贫统计”为“是”，基本情况带“月报含电商扶贫统计√” → 3；合计4（自评6）",
    "promo.cases: 2021年6月18日向清远市商务局报送经验材料 → 2",
    "promo.media: 截止日前：广东广播电视台《广东新闻联播》、学习强国广东学习平台（省级）4 + 连山县融媒体中心（县级）1 → 5；清远日报（市级）2021.9.3在截止日后，不计（自评8）",
    "fund.system: 自评得分带“制度建立（5分）”5，资金管理制度“已制定” → 5",
    "fund.ledger: 自评得分带“资金台账（5分）”4 → 4",
    `fund.spending: 资金台账单位万元，三行表头，每个项目一行，拨付按“第一笔/第二笔/第三笔”各一对“日期|金额”列；截止日前${pays.filter((p) => onOrBefore(p.iso, CUT)).length}笔合计1,118.4万元（“2021年6月”只到月，在截止日前，计入；村级站点第三笔2021.9.6的56万元不计，台账累计1,174.4万元含此笔）；1,118.4/1,500=74.6%≥70% → 评判项资金及时拨付5 → 5`,
    "bonus.poorTraining: 贫困人口培训率139/200=69.5%<70% → 0（若把9月才参训的1人算进来正好140/200=70%，但9月在截止日后；自评2）",
    "bonus.tvCase: 2021年4月22日广东广播电视台《广东新闻联播》播出电商扶贫典型案例（省级电视）→ 1（自评1）",
    "veto.incident: 基本情况带“安全生产、质量事故或重大损失：无” → 不否决，0",
    "veto.progress: 项目总体进度85%≥40% → 不否决，0",
    "veto.fraud: “弄虚作假：无” → 不否决，0",
    "total: 2+2+2+4+12+10+6+20+4+4+2+5+5+4+5 = 87，加分1 → 88（自评总分99）",
  ];
  return {
    description:
      "清远连山壮族瑶族自治县商务局迎考评整本工作簿。“基本情况及自评”不是两列表，而是横向分带：每带一行标签（灰底）、下一行对应的值，六个一组；领导小组成员单位一格合并五列；第四部分自评得分也是横带（服务体系建设分成中心及产业园14、村级站点10），第五部分评判项分项。农村网络零售额同比增速写“36.2%（2021年1-7月）”，不是2020年增速。台账：村（居）委会名单按镇分段，段首一行是“吉田镇（村委会9个、居委会2个）”横幅；站点是平台导出，建站日期是未设格式的Excel日期序列号（44183之类），村名有“村”“村委会”“村民委员会”三种写法，含社区站和9月建的站；培训签到汇总是一张长表，每期之前一行横幅写培训时间（学员行无日期），第6期身份证号脱敏，部分身份证号末位小写x；贫困人口劳动力信息是扶贫系统导出，劳动能力看“劳动技能”（普通/技能劳动力为有），外出务工看“是否外出务工”；入驻企业名单中一家更名企业新旧名称各占一行、信用代码相同；资金台账三行表头，每个项目的三笔拨付横排成三对“日期|金额”列（万元）；月报1、2月合并报送；省级电视台播出的电商扶贫案例加1分。",
    sheets: [
      { name: "基本情况及自评", rows: aRows, merges: aMerges },
      { name: "村（居）委会名单", rows: vRows, merges: vMerges },
      { name: "站点导出", rows: sRows, merges: ["A1:I1", "A2:I2"] },
      { name: "培训签到汇总", rows: tRows, merges: tMerges },
      { name: "贫困人口劳动力", rows: pRows, merges: ["A1:J1", "A2:J2"] },
      { name: "入驻企业", rows: eRows, merges: ["A1:H1"] },
      { name: "资金台账", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: rRows, merges: ["A1:G1"] },
      { name: "专栏更新", rows: dRows, merges: ["A1:D1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 揭阳揭西县: the city bureau's 核查表 returned to the county: ☑/□ check boxes, a 核实后 column that overrides the county's
// own figure, one correction written inside the cell.
// =====================================================================================================
function buildF1() {
  const YES = "☑是　□否";
  const NO = "□是　☑否";
  const NONE = "□是　□否";
  assert(pct1(276500 - 213600, 213600) === "29.4%" && pct1(281000 - 213600, 213600) === "31.6%", "f1 growth before/after correction");
  assert(pct1(10865, 15000) === "72.4%" && pct1(11260, 15000) === "75.1%" && pct1(1271, 2408) === "52.8%", "f1 rates");
  assert(7326 - 372 === 6954, "f1 training correction");
  const rows = [["揭阳市电子商务进农村综合示范县考评数据核查表"],
    ["被核查县（区）：揭西县　　核查时间：2021年9月13日—14日　　核查截止时点：2021年8月31日"],
    ["序号", "核查内容", "县填报情况", "市局核查意见", "核实后数据/情况"]];
  const merges = ["A1:E1", "A2:E2"];
  let n = 0;
  const sec = (t) => {
    rows.push([t]);
    merges.push(`A${rows.length}:E${rows.length}`);
  };
  const R = (label, county, opinion, verified) => {
    n++;
    rows.push([n, label, county, opinion === undefined ? null : opinion, verified === undefined ? null : verified]);
  };
  sec("一、组织领导及基本情况");
  R("常住人口", "68.2万人", "应以第七次全国人口普查数据为准", "68.5万人");
  R("行政村数", "285个", "与县民政局区划数据一致");
  R("省定贫困村数", "23个（原填25个有误，已更正）", "一致");
  R("示范创建领导小组组长", "县长", "有成立文件（揭西府办〔2019〕41号）");
  R("领导小组成员单位", "县商务局、财政局、农业农村局、乡村振兴局、交通运输局、供销社、邮政分公司", "一致");
  R("示范创建工作方案已正式印发", YES, "已印发");
  R("已出台支持农村电商发展的政策", YES, "《揭西县农村电子商务发展扶持办法》");
  sec("二、服务体系建设");
  R("县级电子商务公共服务中心投入运营时间", "2020年10月", "以运营协议及开业报道为准", "2020年11月16日");
  R("有免费培训场所、培训设备，能组织电商基础培训", YES, "现场核实");
  R("为特色农产品提供免费展示、销售服务", YES, "现场核实");
  R("为电子商务市场主体提供免费摄影、美工服务", YES, "现场未见摄影棚，拍摄由运营商有偿提供", "否");
  R("组织农产品统一推广、指导特色农产品品牌建设", YES, "“揭西擂茶”区域品牌");
  R("为电子商务发展提供其他衍生增值服务", NONE, "县未勾选，请补充说明");
  R("建设或整合、优化当地电商产业园", YES, "现场核实");
  R("有专业第三方电子商务运营或服务商", YES, "运营协议已查看");
  R("行政村物流快递覆盖率100%", NO, "覆盖率98.6%（4个村未通快递）");
  sec("三、农村产品上行及人才培训");
  R("2019年农村网络零售额", "21.36亿元", "一致");
  R("2020年农村网络零售额", "28.10亿元", "以省商务厅监测数据为准", "27.65亿元");
  R("2020年农村网络零售额同比增速", "31.6%", "按核实数重新计算", "29.4%");
  R("2019年农产品网络零售额", "4.02亿元", "一致");
  R("2020年农产品网络零售额", "4.87亿元", "一致");
  R("累计培训人次", "7,326人次", "含9月培训372人次，应剔除", "6,954人次");
  R("有劳动能力的建档立卡贫困人口（不含外出务工）", "2,408人", "经县乡村振兴局确认");
  R("参加培训的建档立卡贫困人口", "1,271人", "按人数不重复统计，一致");
  sec("四、信息公开及数据报送");
  R("专栏公示创建方案", YES, "网页截图已查看");
  R("专栏公示项目基本信息", YES, "网页截图已查看");
  R("专栏公示项目建设进度", YES, "2021年2月、5月未更新");
  R("专栏设立征求意见或监督举报窗口", NO, "未设立");
  R("能统计电商扶贫情况", YES, "月报附电商扶贫统计表");
  sec("五、资金管理");
  R("下达省级专项资金", "1500万元", "一致");
  R("累计拨付资金（截至8月31日）", "1,126万元", "以国库集中支付凭证为准", "1,086.5万元");
  R("资金支出率", "75.1%", "按核实数重新计算", "72.4%");
  R("已制定资金管理制度", YES, "《揭西县电子商务进农村综合示范专项资金管理办法》");
  R("已建立资金专用台账", YES, "承建单位台账已抽查");
  R("项目总体进度", "90%", "物流配送中心未完工", "86%");
  sec("六、一票否决事项");
  R("发生安全生产、质量事故，或造成重大经济损失和社会不良影响", NO, "未发现");
  R("存在弄虚作假行为", NO, "未发现");
  rows.push([]);
  sec("七、评判项（县自评分）");
  rows.push(["序号", "评判项", "分值", "县自评分", "市局核查意见"]);
  const judged = {
    "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
    "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
  };
  const JL = [["org.plan", "方案制定", "1-2分"], ["org.policy", "政策支持", "1-2分"], ["org.management.system", "项目管理制度", "1-2分"],
    ["org.management.ledger", "工作台账", "1-2分"], ["work.upward.research", "农产品网络销售调研及建议", "1-2分"],
    ["work.upward.promotion", "网络促销活动成效", "1-2分"], ["work.upward.standards", "电商交易标准、冷链及溯源系统", "1-2分"],
    ["fund.system", "资金管理制度", "1-5分"], ["fund.ledger", "资金专用台账", "1-5分"], ["fund.spending", "资金及时拨付", "1-5分"]];
  const ops = { "org.management.ledger": "部分项目台账记录不完整", "work.upward.standards": "溯源系统在建", "fund.spending": "需补充拨付凭证" };
  JL.forEach(([k, label, range], i) => rows.push([i + 1, label, range, judged[k], ops[k] || "佐证材料齐全"]));
  rows.push([]);
  rows.push(["核查组成员（签名）：", null, "县商务局确认（签名）：", null, "2021年9月14日"]);
  return {
    description:
      "揭阳市商务局核查组发回给揭西县的《考评数据核查表》：县填报情况一列、市局核查意见一列、“核实后数据/情况”一列——核实后列有值时以它为准（常住人口68.2万更正为68.5万人；中心运营时间“2020年10月”更正为“2020年11月16日”；摄影美工县勾“是”，核实为“否”；2020年农村网络零售额28.10亿更正为27.65亿、增速31.6%更正为29.4%；培训人次7,326更正为6,954；累计拨付1,126万更正为1,086.5万元；总体进度90%更正为86%），核实后列空则取县填报。是否题是复选框文字“☑是　□否”“□是　☑否”，“其他衍生增值服务”两个框都没勾（未答）。省定贫困村一格里写“23个（原填25个有误，已更正）”。“资金支出率”不是输入。组长县长、成员含商务财政农业农村乡村振兴。下方另有评判项自评分表。",
    sheets: [{ name: "核查表", rows, merges }],
    expect: {
      facts: {
        county: "揭西县", asOf: "2021-08-31", residentPopulation: 685000, adminVillagesStated: 285, poorVillagesStated: 23,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-16", centerFreeTraining: true, centerDisplay: true,
        centerPhoto: false, centerBrand: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2019: 2136000000, ruralRetail2020: 2765000000, ruralRetailGrowthStated: 0.294, agriRetail2019: 402000000,
        agriRetail2020: 487000000, trainingPersonTimesStated: 6954, eligiblePoorPersonsStated: 2408, trainedPoorPersonsStated: 1271,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 10865000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.86,
        vetoIncident: false, vetoFraud: false,
      },
      judged,
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 汕尾陆河县: 基本数据表 with a two-row header (数据 over 2019年 / 2020年 / 2021年（截至8月31日）), the unit in its own column
// (万人, 万元, 亿元, %, 1/0, 日期), each answer typed in the year it belongs to, per-year rows beside cumulative rows, and a second
// table (评判项自评) below the first.
// =====================================================================================================
function buildF2() {
  assert(pct1(71460 - 58320, 58320) === "22.5%" && pct1(171 - 126, 126) === "35.7%", "f2 growth");
  assert(86 + 1120 + 1366 === 2572 && Math.round((612.4 + 498.6) * 10) / 10 === 1111, "f2 cumulative rows add up");
  const rows = [["陆河县电子商务进农村综合示范工作基本数据表"],
    ["填报单位：陆河县商务局　　填报人：彭××　　联系电话：0660-55×××××"],
    ["序号", "指标名称", "单位", "数据", null, null, "数据来源", "备注"],
    [null, null, null, "2019年", "2020年", "2021年（截至8月31日）", null, null]];
  const merges = ["A1:H1", "A2:H2", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "H3:H4"];
  let n = 0;
  const sec = (t) => {
    rows.push([t]);
    merges.push(`A${rows.length}:H${rows.length}`);
  };
  const R = (label, unit, y19, y20, y21, src, note) => {
    n++;
    const v = (x) => (x === undefined ? null : x);
    rows.push([n, label, unit, v(y19), v(y20), v(y21), src || null, note || null]);
  };
  const B = "1/0";
  sec("一、基本情况");
  R("考评截止日期", "日期", null, null, "2021.08.31", null, "省商务厅通知");
  R("常住人口", "万人", null, 23.87, null, "第七次全国人口普查");
  R("行政村数", "个", null, null, 123, "县民政局", "不含社区");
  R("省定贫困村数", "个", 24, null, null, "县乡村振兴局", "2016年认定");
  R("示范创建领导小组组长", "职务", null, null, "副县长", null, "分管商务工作的副县长");
  R("领导小组成员单位", "—", null, null, "商务、财政、农业农村、乡村振兴、交通运输、邮政管理");
  R("示范创建工作方案正式印发", B, 1, null, null, null, "陆府办〔2019〕38号");
  R("出台支持农村电商发展政策", B, null, 1, null, null, "2020年6月出台");
  sec("二、服务体系建设");
  R("县级电商公共服务中心投入运营日期", "日期", null, "20201030");
  R("中心有免费培训场所、培训设备，能组织电商基础培训", B, null, null, 1);
  R("中心为特色农产品提供免费展示、销售服务", B, null, null, 1);
  R("中心为电商市场主体提供免费摄影、美工服务", B, null, null, 0, null, "摄影棚在建");
  R("中心组织农产品统一推广、指导品牌建设", B, null, null, 1);
  R("中心提供其他衍生增值服务", B, null, null, 1);
  R("建设或整合、优化电商产业园", B, null, 1, null);
  R("有专业第三方电子商务运营或服务商", B, null, 1, 1);
  R("行政村物流快递覆盖率", "%", null, 92.7, 100, "县邮政管理局");
  sec("三、农村产品上行");
  R("农村网络零售额", "万元", fmtInt(58320), fmtInt(71460), fmtInt(49870), "省商务厅监测", "2021年为1-8月");
  R("其中：农产品网络零售额", "亿元", 1.26, 1.71, 1.18, "省商务厅监测", "2021年为1-8月");
  R("农村网络零售额同比增速", "%", 16.8, 22.5, 18.3);
  R("农产品网络零售额同比增速", "%", 11.5, 35.7, 9.2);
  sec("四、电商人才培训");
  R("当年培训人次", "人次", 86, fmtInt(1120), fmtInt(1366), "培训台账");
  R("累计培训人次", "人次", null, null, fmtInt(2572), "培训台账", "2019年12月以来累计");
  R("有劳动能力的建档立卡贫困人口（不含外出务工）", "人", null, null, fmtInt(1846), "县乡村振兴局");
  R("参加培训的建档立卡贫困人口（不重复）", "人", null, null, fmtInt(1012), "培训台账");
  sec("五、信息公开及数据上报");
  R("专栏公示创建方案", B, 1, null, null);
  R("专栏公示项目基本信息", B, null, 1, null);
  R("专栏按月公示项目建设进度", B, null, 1, 1);
  R("专栏设立征求意见或监督举报窗口", B, null, 1, null);
  R("每月向市商务局报送工作情况", B, null, 1, 1);
  R("能统计电商扶贫情况", B, null, 1, 1);
  sec("六、资金管理");
  R("下达省级专项资金", "万元", fmtInt(1500), null, null, "粤商务电函〔2019〕29号");
  R("当年拨付资金", "万元", 0, 612.4, 498.6, "国库支付凭证");
  R("累计拨付资金", "万元", null, null, "1,111.0", "国库支付凭证", "截至2021年8月31日");
  R("已制定资金管理制度", B, null, 1, null);
  R("已建立资金专用台账", B, null, 1, null);
  R("项目总体进度", "%", null, 46, 87);
  sec("七、否决事项");
  R("发生安全生产、质量事故或重大经济损失", B, 0, 0, 0);
  R("存在弄虚作假", B, null, null, 0);
  rows.push(["说明：1.“1/0”类指标，1表示是，0表示否；2.2021年数据截至8月31日；3.金额、人口按“单位”列填写。"]);
  merges.push(`A${rows.length}:H${rows.length}`);
  rows.push([]);
  rows.push(["评判项自评"]);
  merges.push(`A${rows.length}:H${rows.length}`);
  rows.push(["序号", "评分项", "分值", "自评分", "主要依据"]);
  merges.push(`E${rows.length}:H${rows.length}`);
  const judged = {
    "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
    "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
  };
  const JL = [["org.plan", "方案制定", "1-2", "工作方案经县政府常务会审议后印发"], ["org.policy", "政策支持", "1-2", "扶持办法部分条款尚未兑现"],
    ["org.management.system", "项目管理制度", "1-2", "制定项目管理及验收办法"], ["org.management.ledger", "工作台账", "1-2", "台账个别项目记录不全"],
    ["work.upward.research", "网销调研", "1-2", "形成《陆河县农产品网络销售调研报告》"], ["work.upward.promotion", "网络促销", "1-2", "“陆河青梅网购节”等活动"],
    ["work.upward.standards", "交易标准、冷链及溯源", "1-2", "青梅电商标准已制定，冷链未建"], ["fund.system", "资金管理制度", "1-5", "专项资金管理办法"],
    ["fund.ledger", "资金台账", "1-5", "承建单位建立专用台账"], ["fund.spending", "资金及时拨付", "1-5", "按合同进度拨付"]];
  JL.forEach(([k, label, range, basis], i) => {
    rows.push([i + 1, label, range, i % 2 ? `${judged[k]}分` : judged[k], basis]);
    merges.push(`E${rows.length}:H${rows.length}`);
  });
  return {
    description:
      "陆河县商务局的《基本数据表》：两行表头，“数据”合并在“2019年 | 2020年 | 2021年（截至8月31日）”三列之上，单位单独一列（万人、个、万元、亿元、%、1/0、日期）；每个数填在它所属年份那一列（方案2019年印发填在2019列、政策和产业园填在2020列、中心运营日期“20201030”在2020列），有的行几年都有值：快递覆盖率2020年92.7、2021年100（取当前2021年，=100%）；项目总体进度2020年46、2021年87（取87%）；增速行单位是%，格里只写22.5、35.7（=0.225、0.357，取2020列）；农产品零售额单位是亿元（1.26、1.71），农村网络零售额是万元（58,320、71,460）。“当年培训人次”“当年拨付资金”是分年数，输入取“累计培训人次”2,572和“累计拨付资金”1,111.0万元；“每月向市商务局报送”不是输入。1/0表示是/否，摄影美工0。组长“副县长”（分管领导）。下方另有“评判项自评”表，自评分有的写“2”有的写“1分”。",
    sheets: [{ name: "基本数据", rows, merges }],
    expect: {
      facts: {
        county: "陆河县", asOf: "2021-08-31", residentPopulation: 238700, adminVillagesStated: 123, poorVillagesStated: 24,
        planIssued: true, policyIssued: true, centerOpened: "2020-10-30", centerFreeTraining: true, centerDisplay: true,
        centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 583200000, ruralRetail2020: 714600000, agriRetail2019: 126000000, agriRetail2020: 171000000,
        ruralRetailGrowthStated: 0.225, agriRetailGrowthStated: 0.357,
        trainingPersonTimesStated: 2572, eligiblePoorPersonsStated: 1846, trainedPoorPersonsStated: 1012,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 11110000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.87,
        vetoIncident: false, vetoFraud: false,
      },
      judged,
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f3 — 韶关翁源县: the self-assessment report pasted from Word, one paragraph per row in column A, the facts only in running prose,
// Word page numbers pasted as rows, and the score table at the end.
// =====================================================================================================
function buildF3() {
  assert(pct1(4205, 316000) === "1.3%" && (Math.round((4205 / 316000) * 10000) / 100).toFixed(2) === "1.33", "f3 training share");
  assert(pct1(1187, 2164) === "54.9%" && pct1(112, 146) === "76.7%" && pct1(12036, 15000) === "80.2%" && 146 + 29 === 175, "f3 rates");
  const P = [
    "翁源县2019年省级电子商务进农村综合示范县创建工作自评报告",
    "",
    "韶关市商务局：",
    "　　根据《广东省商务厅关于开展2019年省级电子商务进农村综合示范创建考评工作的通知》要求，我县对照考评指标体系，对示范创建工作进行了全面自查自评，本报告所用数据截至2021年8月31日。现将有关情况报告如下：",
    "　　一、基本情况",
    "　　翁源县位于韶关市东南部，总面积2175平方公里，辖7个镇和1个国有林场，共有村（社区）175个，其中行政村146个、社区居委会29个；第七次全国人口普查常住人口31.6万人。全县有省定贫困村18个。2019年，我县被确定为省级电子商务进农村综合示范县，省下达专项资金1500万元。",
    "　　二、主要工作及成效",
    "　　（一）加强组织领导，完善工作机制。成立由县委副书记、县长任组长，分管副县长任副组长，县商务局、财政局、农业农村局、乡村振兴局、交通运输局、供销社、邮政分公司等单位为成员的示范创建工作领导小组，领导小组办公室设在县商务局。2019年11月正式印发《翁源县电子商务进农村综合示范县创建工作方案》，2020年3月出台《翁源县促进农村电子商务发展扶持办法》。制定项目管理制度，建立示范创建工作台账。",
    "　　（二）完善服务体系，夯实发展基础。县电子商务公共服务中心于2020年8月26日正式投入运营，中心设有培训教室、直播间、摄影棚和农特产品展示区，免费为企业和群众提供电商培训、农特产品展示销售、产品拍摄和美工设计服务，组织“翁源兰花”“翁源三华李”区域公用品牌统一推广，并提供代办注册、物流对接、金融对接等衍生增值服务。整合建成翁源县电子商务产业园，入驻企业22家，涵盖平台型、销售型、运营服务、物流快递等类型。全县建成村级电商服务站点118个，覆盖行政村112个，覆盖率76.7%，18个省定贫困村实现全覆盖。",
    "— 2 —",
    "　　（三）推动农村产品上行。委托第三方机构开展农产品网络销售调研，形成调研报告并提出对策建议；举办“翁源兰花网上博览会”“三华李网络节”等网络促销活动。引进韶关市粤北优选供应链管理有限公司作为专业运营服务商。整合邮政、快递资源，建成县镇村三级物流配送体系，全县行政村快递物流覆盖率达100%。制定《翁源兰花电商分级标准》，建成农产品质量溯源系统和冷链仓储中心。2020年全县农村网络零售额9.42亿元，同比增长31.8%；农产品网络零售额2.37亿元，同比增长28.5%。",
    "　　（四）加强电商人才培训。累计开展电商培训86期，培训4,205人次，占常住人口的1.33%。全县有劳动能力的建档立卡贫困人口（不含外出务工人员）2,164人，已参加电商培训1,187人，培训率54.9%。",
    "　　（五）抓好信息公开和数据报送。在县政府门户网站开设“电子商务进农村综合示范”专栏，公开创建方案和项目基本信息，每月更新项目建设进度，并公布监督举报电话。每月向韶关市商务局报送工作进展情况，月报中单列电商扶贫统计数据。",
    "　　（六）加强宣传推广。向韶关市商务局报送《翁源县“电商+兰花”产业发展经验》。南方日报、韶关日报、翁源县融媒体中心等媒体对我县示范创建工作进行了报道。",
    "　　（七）规范资金管理。制定《翁源县电子商务进农村综合示范专项资金管理办法》，各承建单位均建立资金专用台账。截至2021年8月31日，累计拨付资金1,203.6万元，资金支出率80.2%。项目总体进度92%。",
    "— 3 —",
    "　　三、存在问题",
    "　　一是部分村级站点业务量不大，持续运营能力有待提升；二是农产品标准化、品牌化程度不高；三是电商人才仍然短缺。",
    "　　四、自评情况",
  ];
  const T = [
    ["组织领导", 2, 2, "县长任组长，商务、财政、农业农村、乡村振兴等部门参与", "org.leadership"],
    ["方案制定", 2, 2, "2019年11月正式印发创建工作方案", "org.plan"],
    ["政策支持", 2, 2, "出台扶持办法并落实", "org.policy"],
    ["项目管理", 4, 4, "项目管理制度2分，工作台账2分", "org.management"],
    ["服务体系建设（县级中心及产业园）", 15, 15, "各项均达标", "work.center"],
    ["服务体系建设（村级站点）", 10, 10, "行政村覆盖率76.7%，省定贫困村全覆盖", "work.coverage"],
    ["农村产品上行", 10, 9, "网销调研2分，网络促销1分，第三方服务商1分，快递覆盖1分，交易标准及冷链溯源2分，零售额增速2分", "work.upward"],
    ["电商人才培训", 20, 20, "培训人次占常住人口1.33%，贫困人口培训率54.9%", "work.training"],
    ["信息公开", 4, 4, "专栏内容全面，按月更新", "info.disclosure"],
    ["数据上报", 6, 6, "每月报送，含电商扶贫统计", "info.reporting"],
    ["案例总结", 2, 2, "已报送经验材料", "promo.cases"],
    ["经验推广", 8, 8, "省级、市级、县级媒体均有报道", "promo.media"],
    ["制度建立", 5, 5, "制定专项资金管理办法", "fund.system"],
    ["资金台账", 5, 4, "个别承建单位台账凭证不全", "fund.ledger"],
    ["资金支出", 5, 5, "支出率80.2%，按进度及时拨付", "fund.spending"],
    ["加分项：建档立卡贫困人口培训率70%及以上", 2, 0, "培训率54.9%，未达70%", "bonus.poorTraining"],
    ["加分项：电商扶贫典型案例获电视媒体播报", 2, 0, "无", "bonus.tvCase"],
  ];
  const claimed = {};
  for (const t of T) claimed[t[4]] = t[2];
  const claimTotal = sum(T.map((t) => t[2]));
  assert(claimTotal === 98 && sum(SCORED.map((s) => claimed[s[0]])) === 98, "f3 claims " + claimTotal);
  P.push(`　　对照考评指标体系逐项自评，我县自评得分${claimTotal}分（其中加分项0分），各项得分见下表。创建期间未发生安全生产、质量事故，未造成重大经济损失和社会不良影响，不存在弄虚作假情况。`);
  const rows = P.map((p) => [p === "" ? null : p]);
  const merges = [];
  rows.push(["序号", "评价指标", "权重", "自评得分", "得分说明"]);
  T.forEach((t, i) => rows.push([i + 1, t[0], t[1], t[2], t[3]]));
  rows.push(["合计", null, "100（另加分4）", claimTotal, null]);
  merges.push(`A${rows.length}:B${rows.length}`);
  rows.push([null]);
  rows.push(["　　　　　　　　　　　　　　　　　　　　翁源县商务局"]);
  rows.push(["　　　　　　　　　　　　　　　　　　　　2021年9月8日"]);
  rows.push(["— 4 —"]);
  const judged = {
    "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
    "work.upward.promotion": 1, "work.upward.standards": 2, "fund.system": 5, "fund.ledger": 4, "fund.spending": 5,
  };
  assert(claimed["work.upward"] === judged["work.upward.research"] + judged["work.upward.promotion"] + 1 + 1 + judged["work.upward.standards"] + 2, "f3 upward");
  assert(claimed["org.management"] === judged["org.management.system"] + judged["org.management.ledger"], "f3 mgmt");
  return {
    description:
      "翁源县商务局把Word自评报告整篇粘贴进Excel：每段一行、都在A列（段首两个全角空格），没有表头也没有“标签|值”，事实全在叙述句里（“本报告所用数据截至2021年8月31日”“其中行政村146个、社区居委会29个；第七次全国人口普查常住人口31.6万人”“省定贫困村18个”“省下达专项资金1500万元”“县委副书记、县长任组长”“2020年8月26日正式投入运营”“摄影棚……免费……美工设计服务”“快递物流覆盖率达100%”“农村网络零售额9.42亿元，同比增长31.8%；农产品网络零售额2.37亿元，同比增长28.5%”“培训4,205人次”“2,164人，已参加电商培训1,187人”“监督举报电话”“累计拨付资金1,203.6万元”“项目总体进度92%”）；Word页码“— 2 —”“— 3 —”也成了单独一行。最后是自评得分表（服务体系建设拆成县级中心及产业园15、村级站点10两行，两个加分项各0分），评判项分值写在“得分说明”里（项目管理制度2、工作台账2，网销调研2、网络促销1、交易标准及冷链溯源2）。村（社区）175个、站点118个、入驻企业22家、1.33%、80.2%都不是输入。",
    sheets: [{ name: "自评报告", rows, merges }],
    expect: {
      facts: {
        county: "翁源县", asOf: "2021-08-31", residentPopulation: 316000, adminVillagesStated: 146, poorVillagesStated: 18,
        planIssued: true, policyIssued: true, centerOpened: "2020-08-26", centerFreeTraining: true, centerDisplay: true,
        centerPhoto: true, centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: 942000000, ruralRetailGrowthStated: 0.318, agriRetail2020: 237000000, agriRetailGrowthStated: 0.285,
        trainingPersonTimesStated: 4205, eligiblePoorPersonsStated: 2164, trainedPoorPersonsStated: 1187,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 12036000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.92,
        vetoIncident: false, vetoFraud: false,
      },
      judged,
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// l1 — 清远连州市: one sign-in sheet per session (the date only in the title block above the header), a poor-labour list whose
// answers are ✓ marks under a merged two-row header, a hidden drop-down list sheet and an instructions sheet.
// =====================================================================================================
function buildL1() {
  const REGION = "441882";
  const townsL = ["连州镇", "星子镇", "大路边镇", "龙坪镇", "西岸镇", "保安镇", "丰阳镇", "东陂镇", "九陂镇", "西江镇", "瑶安瑶族乡", "三水瑶族乡"];
  const newName = villageNamer("大新上下石白沙黄龙马元清湟东西南北山", ["村", "联", "坪", "田", "水", "洞", "塘", "岭", "江", "岗", "溪", "冲", "湾", "头"]);
  const vil = [];
  while (vil.length < 30) {
    const nm = newName();
    if (/村村$/.test(nm)) continue;
    vil.push({ v: nm, town: townsL[vil.length % townsL.length] });
  }
  // ---------------- poor labour list
  const P = [];
  const mk = (y0, y1, lab, work) => {
    const male = rnd() < 0.5;
    const birth = randIsoBetween(`${y0}-01-01`, `${y1}-12-28`);
    const w = vil[rint(0, 11)];
    P.push({ name: personName(), male, id: makeId(REGION, birth, male), v: w.v, town: w.town, lab, work });
  };
  for (let i = 0; i < 12; i++) mk(1972, 1999, true, "out");
  for (let i = 0; i < 9; i++) mk(1965, 1995, true, "local");
  for (let i = 0; i < 24; i++) mk(1963, 2000, true, "none");
  for (let i = 0; i < 10; i++) mk(1938, 1955, false, null);
  for (let i = 0; i < 5; i++) mk(1958, 1972, false, "none");
  shuffle(P);
  P.sort((a, b) => townsL.indexOf(a.town) - townsL.indexOf(b.town) || (a.v < b.v ? -1 : a.v > b.v ? 1 : 0));
  const pRows = [["连州市建档立卡贫困人口劳动力及务工情况台账"], ["填报单位：连州市乡村振兴局　　更新时间：2021年7月"],
    ["序号", "镇（乡）", "村", "姓名", "身份证号码", "劳动能力", null, "务工情况", null, null, "备注"],
    [null, null, null, null, null, "有", "无", "外出务工", "本地务工", "未务工", null]];
  const pMerges = ["A1:K1", "A2:K2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:G3", "H3:J3", "K3:K4"];
  const pRecs = [];
  const tick = () => (rnd() < 0.85 ? "✓" : "√");
  P.forEach((p, i) => {
    const note = p.lab ? (p.work === "out" ? "广东省内县外" : null) : p.work === null ? (Number(p.id.slice(6, 10)) < 1956 ? "老年人" : "重病") : "残疾";
    pRows.push([i + 1, p.town, p.v.replace(/村$/, "村委会"), p.name, p.id, p.lab ? tick() : null, p.lab ? null : tick(),
      p.work === "out" ? tick() : null, p.work === "local" ? tick() : null, p.work === "none" ? tick() : null, note]);
    pRecs.push({ id: p.id, labour: p.lab, migrant: p.work === null ? null : p.work === "out" });
  });
  const cnt = (f) => P.filter(f).length;
  pRows.push(["合计", null, null, `${P.length}人`, null, cnt((p) => p.lab), cnt((p) => !p.lab), cnt((p) => p.work === "out"),
    cnt((p) => p.work === "local"), cnt((p) => p.work === "none"), null]);
  pMerges.push(`A${pRows.length}:C${pRows.length}`);
  pRows.push(["注：外出务工指离开本县（市）务工累计半年以上；劳动能力、务工情况在对应栏打“✓”。"]);
  pMerges.push(`A${pRows.length}:K${pRows.length}`);
  assert(P.length === 60 && cnt((p) => p.lab) === 45 && cnt((p) => p.work === "out") === 12, "l1 poor list");
  assert(pRecs.filter((r) => r.migrant === null).length === 10, "l1 ten blank 务工 answers");

  // ---------------- sign-in sheets, one per session
  const S = [
    { n: 30, title: "培训时间：2020年10月15日", iso: "2020-10-15", topic: "电子商务基础知识", place: "连州市委党校" },
    { n: 42, title: "培训时间：2020.11.19-20", iso: "2020-11-20", topic: "网店开设与运营", place: "连州市职业技术学校" },
    { n: 25, title: "培训时间：2021年1月", iso: "2021-01", topic: "年货节网络促销", place: "连州市电子商务公共服务中心" },
    { n: 38, cellDate: "2021-03-23", iso: "2021-03-23", topic: "电商客服与售后（与市人社局联办）", place: "连州市人力资源市场", masked: true },
    { n: 45, title: "培训时间：2021年6月8日至10日", iso: "2021-06-10", topic: "直播带货实操", place: "连州市电子商务公共服务中心" },
    { n: 28, title: "培训时间：2021年9月14日", iso: "2021-09-14", topic: "连州菜心网络营销", place: "星子镇文化站" },
  ];
  const poorPool = shuffle(P.slice());
  let pp = 0;
  const sheets = [];
  const expSheets = {};
  let noIdDone = false;
  S.forEach((s, si) => {
    const name = `第${si + 1}期`;
    const rows = [["连州市电子商务进农村综合示范项目培训签到表"]];
    const merges = ["A1:H1"];
    if (s.cellDate) {
      rows.push(["培训时间", D(s.cellDate), "培训主题", s.topic, null, "培训地点", s.place, null]);
      rows.push(["主办单位", "连州市商务局", "承办单位", "连州市人力资源和社会保障局", null, "备注", "学员信息由人社局提供，身份证号已脱敏", null]);
    } else {
      rows.push([`培训主题：${s.topic}　　${s.title}`]);
      merges.push("A2:H2");
      rows.push([`培训地点：${s.place}　　主办单位：连州市商务局　　承办单位：清远市湟川电商服务有限公司`]);
      merges.push("A3:H3");
    }
    rows.push(["序号", "姓名", "性别", "身份证号码", "所在镇（乡）村", "是否建档立卡贫困户", "联系电话", "签名"]);
    const recs = [];
    const nPoor = s.masked ? 2 : rint(3, 7);
    const people = [];
    for (let k = 0; k < nPoor; k++) people.push({ p: poorPool[pp++ % poorPool.length], poor: true });
    while (people.length < s.n) {
      const male = rnd() < 0.5;
      const birth = randIsoBetween("1968-01-01", "2002-12-28");
      const w = vil[rint(0, vil.length - 1)];
      people.push({ p: { name: personName(), male, id: makeId(rnd() < 0.9 ? REGION : "441825", birth, male), v: w.v, town: w.town }, poor: false });
    }
    shuffle(people);
    people.forEach(({ p, poor }, k) => {
      let cell;
      let id;
      if (s.masked) {
        cell = maskId(p.id);
        id = cell;
      } else if (!noIdDone && !poor && si === 1 && k > 5) {
        noIdDone = true;
        cell = "未带证件";
        id = null;
      } else {
        cell = idCell(p.id, rnd() < 0.4);
        id = p.id;
      }
      rows.push([k + 1, p.name, p.male ? "男" : "女", cell, `${p.town}${p.v}`, poor ? "是" : "否", mask(phone()), null]);
      recs.push({ date: s.iso, personTimes: 1, id });
    });
    rows.push([`应到${s.n}人，实到${s.n}人`]);
    merges.push(`A${rows.length}:H${rows.length}`);
    rows.push(["填表人：", null, null, "审核人：", null, null, null, null]);
    sheets.push({ name, rows, merges });
    expSheets[name] = { kind: "training", records: recs };
  });
  assert(noIdDone, "l1 one row without an ID");
  assert(expSheets["第4期"].records.every((r) => /^441\d{3}\*{8}\d{3}[\dX]$/.test(r.id)), "l1 masked ids");
  assert(sheets.some((sh) => sh.rows.some((r) => typeof r[3] === "string" && /x$/.test(r[3]))), "l1 a lower-case x is written");

  const lists = [["是否", "性别", "镇（乡）"]];
  for (let i = 0; i < townsL.length; i++) lists.push([["是", "否"][i] || null, ["男", "女"][i] || null, townsL[i]]);
  const intro = [["填表说明"], ["1. 每期培训单独一张签到表，表头写明培训主题、时间、地点；"], ["2. 身份证号码按18位填写，末位X大写；人社局提供的名单已脱敏的照录；"],
    ["3. “是否建档立卡贫困户”从下拉列表选择；"], ["4. 贫困人口劳动力台账由市乡村振兴局提供，每季度更新一次。"], ["连州市商务局电商股　2021年9月"]];
  const all = [{ name: "填表说明", rows: intro, merges: ["A1:H1"] }].concat(sheets,
    [{ name: "贫困劳动力台账", rows: pRows, merges: pMerges }, { name: "下拉列表", rows: lists, hidden: true }]);
  const exp = { "填表说明": { kind: null } };
  Object.assign(exp, expSheets);
  exp["贫困劳动力台账"] = { kind: "poorPersons", records: pRecs };
  exp["下拉列表"] = { kind: null };
  return {
    description:
      "连州市商务局电商培训工作簿：每期培训一张签到表（第1期…第6期），学员行没有日期，日期只在表头上方的标题块里：“培训时间：2020年10月15日”“培训时间：2020.11.19-20”（取20日）“培训时间：2021年1月”（只到月）“2021年6月8日至10日”（取10日）“2021年9月14日”（照录）；第4期标题块是“培训时间 | 日期格”分格写的，身份证号由人社局提供已脱敏（441882********1234，照录）。部分身份证号末位写小写x（按大写X）；第2期有一人写“未带证件”（id为null，仍是一人次）。表尾“应到××人，实到××人”“填表人”不是记录。“贫困劳动力台账”两行表头：“劳动能力”合并在“有|无”之上、“务工情况”合并在“外出务工|本地务工|未务工”之上，答案是在对应栏打✓或√；无劳动能力的人有10个务工情况三栏全空（migrant为null）；末尾合计行和注释不是记录。“填表说明”和隐藏的“下拉列表”不是台账。",
    sheets: all,
    expect: { sheets: exp },
  };
}

// =====================================================================================================
// l2 — 河源和平县: 宣传与报送台账: monthly reports as the mail client's 已发送 list (newest first, 发送时间 with the clock time,
// the poverty table seen only among the attachments), the column's update log copied from the web listing page (no header row,
// a pinned item first, breadcrumb and pager rows), media grouped under level banner rows, materials, and an instructions sheet.
// =====================================================================================================
function buildL2() {
  // ---------------- reports
  const R = [
    ["2020-08", "2020-09-08", "10:21", false], ["2020-09", "2020-10-12", "09:47", false], ["2020-10", "2020-11-06", "15:32", true],
    ["2020-11", "2020-12-07", "11:05", true], ["2020-12", "2021-01-08", "16:40", true], ["2021-01", "2021-02-05", "10:12", true],
    ["2021-02", "2021-03-08", "09:30", true], ["2021-03", "2021-04-07", "17:02", true], ["2021-03", "2021-04-09", "08:55", true, "更正"],
    ["2021-04", "2021-05-10", "10:44", true], ["2021-05", "2021-06-07", "15:18", true], ["2021-06", "2021-07-06", "09:03", true],
    ["2021-07", "2021-08-05", "14:26", true], ["2021-08", "2021-09-06", "10:15", true],
  ];
  const sent = R.slice().reverse();
  const rRows = [["和平县商务局政务邮箱 — 已发送（筛选：收件人包含“河源市商务局”）"], ["收件人", "主题", "发送时间", "附件", "大小"]];
  const rRecs = [];
  for (const [mon, iso, hm, pov, fix] of sent) {
    const [y, m, d] = ymd(iso);
    const mm = Number(mon.slice(5));
    const att = [`和平县${mon.slice(0, 4)}年${mm}月电子商务进农村工作月报${fix ? "（更正）" : ""}.docx`];
    if (pov) att.push(`电商扶贫统计表（${mm}月）.xlsx`);
    rRows.push(["河源市商务局电商科", `${fix ? "【更正】" : ""}和平县${yearMonthCn(mon)}电子商务进农村工作月报`, `${y}/${m}/${d} ${hm}`, att.join("；"),
      `${rint(38, 420)} KB`]);
    rRecs.push(pov ? { date: iso, poverty: true } : { date: iso });
  }
  assert(rRecs.length === 14 && rRecs[0].date === "2021-09-06", "l2 reports newest first");

  // ---------------- disclosures: copied from the web listing page
  const items = [];
  for (const m of monthsBetween("2020-06", "2021-08")) {
    if (m === "2021-01") continue; // the January progress was never published
    const next = monthsBetween(m, "2021-12")[1];
    items.push([`和平县电子商务进农村综合示范项目建设进度（${yearMonthCn(m)}）`, `${next}-${String(rint(4, 14)).padStart(2, "0")}`]);
  }
  items.push(["和平县电子商务进农村综合示范项目基本信息公示", "2020-05-20"]);
  items.push(["关于设立和平县电子商务进农村综合示范项目监督举报电话的公告", "2020-05-20"]);
  items.sort((a, b) => (a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : 0));
  const listing = [["[置顶] 和平县电子商务进农村综合示范县创建工作方案", "2019-12-18"]].concat(items);
  const dRows = [["（2021年9月10日从县政府网“电子商务进农村综合示范”专栏列表页复制）"], ["您当前的位置：首页 > 专题专栏 > 电子商务进农村综合示范"], [null]];
  for (const [t, d] of listing) dRows.push([t, d]);
  dRows.push([null]);
  dRows.push([`共 ${listing.length} 条记录　首页　上一页　1　下一页　尾页　第1页/共1页`]);
  const dRecs = listing.map(([, d]) => ({ date: d }));
  assert(!dRecs.some((r) => r.date.startsWith("2021-02")) && dRecs.length === 17, "l2 listing " + dRecs.length);

  // ---------------- media, grouped under level banners
  const groups = [
    ["一、中央媒体", "national", [["2021/7/20", "2021-07-20", "央视财经客户端", "河源和平：猕猴桃搭上直播快车", "网络", "客户端"]]],
    ["二、省级媒体", "province", [
      [D("2020-12-03"), "2020-12-03", "南方日报", "和平县村级电商站点覆盖全县", "报纸", "A07版"],
      ["2021年4月15日", "2021-04-15", "广东广播电视台珠江频道《今日关注》", "山区猕猴桃的“云端”之路", "电视", "—"],
      ["2021.09.03", "2021-09-03", "南方+客户端", "和平：电商助力乡村振兴", "网络", "客户端"]]],
    ["三、市级媒体", "city", [
      ["2020/10/16", "2020-10-16", "河源日报", "和平县首批村级电商服务站挂牌", "报纸", "第3版"],
      [D("2021-05-27"), "2021-05-27", "河源电视台《河源新闻》", "和平：贫困户学电商 猕猴桃卖全国", "电视", "—"]]],
    ["四、县级媒体", "county", [
      ["2020年9月25日", "2020-09-25", "和平县融媒体中心《和平新闻》", "我县举办首期电商培训班", "电视", "—"],
      ["2021/3/2", "2021-03-02", "和平县融媒体中心微信公众号", "家门口的电商服务站", "网络", "公众号"]]],
  ];
  const mRows = [["和平县电子商务进农村宣传报道汇总"], ["序号", "报道时间", "媒体名称", "标题", "形式", "版面/渠道"]];
  const mMerges = ["A1:F1"];
  const mRecs = [];
  for (const [banner, level, list] of groups) {
    mRows.push([banner]);
    mMerges.push(`A${mRows.length}:F${mRows.length}`);
    list.forEach(([cell, iso, media, title, form, where], i) => {
      mRows.push([i + 1, cell, media, title, form, where]);
      mRecs.push({ date: iso, level, tv: form === "电视" });
    });
  }
  assert(mRecs.length === 8 && mRecs.filter((r) => r.tv).length === 3, "l2 media");

  // ---------------- materials
  const matRows = [["经验材料报送登记"], ["序号", "报送时间", "材料名称", "报送对象", "报送方式", "采用情况"],
    [1, "2021年5月20日", "和平县“电商+猕猴桃”带动脱贫增收的做法", "河源市商务局", "粤政易", "被市局《商务工作简报》第12期采用"],
    [2, "2021.9.16", "和平县村级电商服务站可持续运营的探索", "河源市商务局", "粤政易", "—"]];
  const matRecs = [{ date: "2021-05-20" }, { date: "2021-09-16" }];

  const intro = [["和平县电子商务进农村综合示范项目工作台账（宣传与信息报送）"], ["1. 月报报送记录从政务邮箱“已发送”导出，按发送时间倒序；"],
    ["2. 专栏更新记录为县政府网专栏列表页复制；"], ["3. 宣传报道按媒体级别分类登记；"], ["4. 经验材料以报送市商务局为准。"], ["和平县商务局　2021年9月"]];
  return {
    description:
      "和平县商务局“宣传与信息报送”台账。“月报发送记录”是政务邮箱“已发送”导出：按发送时间倒序，发送时间写成“2021/9/6 10:15”（带时刻），主题“和平县2021年8月电子商务进农村工作月报”，是否含扶贫统计只能从附件列看出（有“电商扶贫统计表（×月）.xlsx”即含；2020年8月、9月的只有月报附件，未标注）；2021年3月月报4月9日又发了一封“【更正】”，也是一条报送。“专栏更新记录”是从政府网站列表页复制的：没有表头，上面是复制说明和“您当前的位置”面包屑，第一条是“[置顶]”的创建方案（2019-12-18），其余倒序，最后一行是翻页栏“共17条记录…”；2021年2月没有发布。“宣传报道”按级别分段：“一、中央媒体”“二、省级媒体”“三、市级媒体”“四、县级媒体”是段首横幅，级别取所在段；形式列“电视”才是电视（央视财经客户端、南方+客户端是网络）。经验材料有一条9月的（照录）。“填报说明”不是台账。",
    sheets: [
      { name: "填报说明", rows: intro, merges: ["A1:F1"] },
      { name: "月报发送记录", rows: rRows, merges: ["A1:E1"] },
      { name: "专栏更新记录", rows: dRows },
      { name: "宣传报道", rows: mRows, merges: mMerges },
      { name: "经验材料", rows: matRows, merges: ["A1:F1"] },
    ],
    expect: {
      sheets: {
        "填报说明": { kind: null },
        "月报发送记录": { kind: "reports", records: rRecs },
        "专栏更新记录": { kind: "disclosures", records: dRecs },
        "宣传报道": { kind: "media", records: mRecs },
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

// cross-checks of the sheets' own text
const txt = (c) => JSON.stringify(c.sheets);
assert(txt(c1).includes("县委书记、县长（双组长）") && txt(c1).includes("36.2%（2021年1-7月）") && txt(c1).includes("2021年1-2月"), "c1 text");
assert(txt(f1).includes("☑是　□否") && txt(f1).includes("□是　□否") && txt(f1).includes("27.65亿元"), "f1 text");
assert(txt(f2).includes("20201030") && txt(f2).includes("2021年（截至8月31日）") && txt(f2).includes("副县长"), "f2 text");
assert(txt(f3).includes("— 2 —") && txt(f3).includes("同比增长31.8%") && txt(f3).includes("县委副书记、县长任组长"), "f3 text");
assert(txt(l1).includes("培训时间：2020.11.19-20") && txt(l1).includes("未带证件"), "l1 text");
assert(txt(l2).includes("[置顶]") && txt(l2).includes("【更正】") && txt(l2).includes("四、县级媒体"), "l2 text");

write("counties", "b149-c1-lianshan.json", c1);
write("facts", "b149-f1-jiexi.json", f1);
write("facts", "b149-f2-luhe.json", f2);
write("facts", "b149-f3-wengyuan.json", f3);
write("ledgers", "b149-l1-lianzhou.json", l1);
write("ledgers", "b149-l2-heping.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
