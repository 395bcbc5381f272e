// Batch 148 corpus generator (blind): written from /work/shared/design/ledgers.md, /work/shared/design/scoring-rules.md, the official indicator table
// (lechang-self-assessment-2021.txt) and test/corpus/README.md only; helper/validation block adapted from gen-b146.js.
// Deterministic: seeded PRNG, no clock.
"use strict";
// Cases: c1 信宜市 (自评打分明细表 at the level of each 评分标准 item, prose 完成情况, merged 指标得分 per indicator, a
// 基本数据 form block with three label/value pairs per row under a 金额单位：万元 line; ledgers: 村委会 table with a 居委会 table
// below it and 省定/市定 贫困村 column, 站点台账 with two-digit-year dates, 培训台账 grouped by year with dates typed without
// the year, one session crossing the cut-off, 入驻企业 with an 意向入驻 table below, 万元 资金台账 with 合同/本次/累计 columns,
// 专栏更新 with 8-digit dates, 月报 register with 所属月份 and 报送日期, 宣传报道, 经验材料),
// f1 徐闻县 (湛江市局 multi-county template, only the 徐闻县 column filled), f2 罗定市 (printed 登记表: three pairs per row,
// dates in Chinese numerals, money in 大写, a five-column service sub-table), f3 德庆县 (official indicator table pasted from
// Word, facts and “自评得分：X分” inside multi-line 自评情况 cells, full-width digits),
// l1 开平市 (village list with the town typed once per block, platform export of stations with the region as a slash path,
// enterprises turned sideways, a per-town summary that is not a ledger),
// l2 阳西县 (三栏式明细账 with month/day columns, year in the page header, 本月合计/过次页/承前页/本年累计 rows; sessions with
// 男/女/合计 two-row header and day ranges; monthly reports as month columns with day cells; media with TV-station apps).
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
let seed = 148148;
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
    assert(/^b148-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b148-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b148-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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


// ---------------------------------------------------------------- extra helpers (batch 148)
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

// =====================================================================================================
// c1 — 茂名信宜市: 自评打分明细表 (one row per 评分标准 item, prose 完成情况, 自评分 per item, 指标得分 merged per indicator)
// with a 基本数据 form block above it; ledgers as the bureau keeps them.
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "440983";
  // ---------------- villages: 村委会 table, then a 居委会 table below it
  const townDefs = [
    ["东镇街道", 6, ["东镇社区", "城中社区", "城东社区", "城南社区", "城西社区", "城北社区", "新城社区", "竹山社区"]],
    ["玉都街道", 5, ["玉都社区", "迎宾社区", "锦江社区", "教育社区", "河滨社区", "北湖社区"]],
    ["丁堡镇", 12, ["丁堡社区"]], ["池洞镇", 14, ["池洞社区"]], ["金垌镇", 13, ["金垌社区"]], ["朱砂镇", 12, ["朱砂社区"]],
    ["贵子镇", 12, ["贵子社区"]], ["怀乡镇", 16, ["怀乡社区"]], ["茶山镇", 11, ["茶山社区"]], ["洪冠镇", 10, ["洪冠社区"]],
    ["白石镇", 13, ["白石社区"]], ["大成镇", 13, ["大成社区"]], ["钱排镇", 15, ["钱排社区"]], ["合水镇", 13, ["合水社区"]],
    ["新宝镇", 11, ["新宝社区"]], ["平塘镇", 12, ["平塘社区"]], ["思贺镇", 12, ["思贺社区"]], ["北界镇", 14, ["北界社区"]],
    ["水口镇", 12, ["水口社区"]], ["镇隆镇", 10, ["镇隆社区"]],
  ];
  const newName = villageNamer("大石黄新东西南北上下高罗白金竹松兰桂莲沙龙凤云古平宝良华合榕茶双丰长安", [
    "垌", "坑", "塘", "坪", "岗", "岭", "田", "湾", "洞", "冲", "头", "围", "步", "水", "朗", "岩", "山", "江", "圩", "寨", "背", "根", "坡", "埇"]);
  const towns = townDefs.map(([town, n, cs]) => {
    const vs = [];
    for (let i = 0; i < n; i++) vs.push(newName());
    return { town, vs, cs };
  });
  const admin = towns.flatMap((t) => t.vs);
  const comms = towns.flatMap((t) => t.cs);
  const townOf = {};
  for (const t of towns) for (const v of t.vs.concat(t.cs)) townOf[v] = t.town;
  assert(admin.length === 236 && comms.length === 32, "c1 villages " + admin.length + "/" + comms.length);
  assert(new Set(admin.concat(comms)).size === 268, "c1 names unique");
  // 省定 32 (none in the two 街道), 市定 15
  const rural = towns.slice(2).flatMap((t) => t.vs);
  const poorSet = new Set();
  while (poorSet.size < 32) poorSet.add(rural[rint(0, rural.length - 1)]);
  const cityPoor = new Set();
  while (cityPoor.size < 15) {
    const v = rural[rint(0, rural.length - 1)];
    if (!poorSet.has(v)) cityPoor.add(v);
  }
  const poorList = admin.filter((v) => poorSet.has(v));
  const lastPoor = poorList[poorList.length - 5]; // its only station opens in September
  // coverage: 149 admin villages by the cut-off, all 省定 but one
  const nonPoor = admin.filter((v) => !poorSet.has(v));
  const coveredSet = new Set(poorList.filter((v) => v !== lastPoor));
  while (coveredSet.size < 149) coveredSet.add(nonPoor[rint(0, nonPoor.length - 1)]);
  const uncoveredNonPoor = nonPoor.filter((v) => !coveredSet.has(v));
  const lateNonPoor = uncoveredNonPoor[7];
  const noExpress = uncoveredNonPoor[20];
  const vRows = [];
  vRows.push(["信宜市行政村（村民委员会）名单"]);
  vRows.push(["来源：市民政局2020年区划数据；贫困村类别据市乡村振兴局；快递进村情况据市邮政管理局2021年6月核查"]);
  vRows.push(["序号", "镇（街道）", "村民委员会", "贫困村类别", "快递物流进村"]);
  let k = 0;
  for (const t of towns) {
    for (const v of t.vs) {
      k++;
      const cell = k % 9 === 4 ? v : v.replace(/村$/, "村委会");
      const cat = poorSet.has(v) ? "省定" : cityPoor.has(v) ? "市定" : null;
      vRows.push([k, t.town, cell, cat, v === noExpress ? "未通（快递放镇上代收点）" : "已通"]);
    }
  }
  vRows.push([`小计：村民委员会${admin.length}个，其中省定贫困村${poorSet.size}个、市定贫困村${cityPoor.size}个`]);
  const vMerges = ["A1:E1", "A2:E2", `A${vRows.length}:E${vRows.length}`];
  vRows.push([]);
  vRows.push(["信宜市社区居民委员会名单"]);
  vMerges.push(`A${vRows.length}:E${vRows.length}`);
  vRows.push(["序号", "镇（街道）", "社区居委会"]);
  comms.forEach((c, i) => vRows.push([i + 1, townOf[c], c + "居委会"]));
  vRows.push([`小计：社区居委会${comms.length}个`]);
  vMerges.push(`A${vRows.length}:E${vRows.length}`);

  // ---------------- stations
  const stations = [];
  for (const v of admin) if (coveredSet.has(v)) stations.push({ v, iso: randIsoBetween("2020-04-01", "2021-08-28") });
  const twice = [...coveredSet][40];
  stations.push({ v: twice, iso: randIsoBetween("2021-01-10", "2021-06-30"), extra: "二" });
  stations.push({ v: lastPoor, iso: "2021-09-03" });
  stations.push({ v: lateNonPoor, iso: "2021-09-10" });
  stations.push({ v: "钱排社区", iso: "2020-11-06", comm: true });
  const townIdx = (v) => towns.findIndex((t) => t.town === townOf[v]);
  stations.sort((a, b) => townIdx(a.v) - townIdx(b.v) || (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0));
  const operators = ["信宜市邮政分公司", "信宜市供销电子商务有限公司", "茂名市乡味电子商务有限公司"];
  const sRows = [];
  sRows.push(["信宜市村级电子商务服务站点台账"]);
  sRows.push(["填报单位：信宜市商务局　　更新至2021年9月15日"]);
  sRows.push(["序号", "镇（街道）", "站点名称", "所在村", "挂牌时间", "运营主体", "站长", "联系电话", "服务内容"]);
  const fmt = [(x) => twoDot(x), (x) => D(x), (x) => twoSlash(x), (x) => x, (x) => cnDate(x)];
  stations.forEach((s, i) => {
    let vc = s.v;
    if (!s.comm && i % 11 === 3) vc = s.v.replace(/村$/, "村委会");
    if (!s.comm && i % 17 === 8) vc = s.v.replace(/村$/, "村民委员会");
    if (s.comm) vc = "钱排社区居委会";
    const nm = `信宜市${townOf[s.v]}${s.v.replace(/村$/, "")}${s.comm ? "" : "村"}${s.extra ? "第" + s.extra : ""}电商服务站`;
    sRows.push([i + 1, townOf[s.v], nm, vc, fmt[i % fmt.length](s.iso), operators[rint(0, 2)], personName(), mask(phone()),
      "代购代销、代收代寄快递、代缴费"]);
    s.row = sRows.length;
    if (i === 71) sRows.push([]);
  });
  sRows.push(["注：挂牌时间为站点正式挂牌开展服务的日期；2021年9月新挂牌站点一并列入。"]);
  const sMerges = ["A1:I1", "A2:I2", `A${sRows.length}:I${sRows.length}`];
  assert(stations.length === 153, "c1 153 stations " + stations.length);
  const byCut = stations.filter((s) => s.iso <= CUT && admin.includes(s.v));
  const covAdmin = new Set(byCut.map((s) => s.v));
  const covPoor = [...covAdmin].filter((v) => poorSet.has(v));
  assert(covAdmin.size === 149 && covPoor.length === 31, "c1 coverage " + covAdmin.size + "/" + covPoor.length);
  assert(149 * 100 >= 70 * 200 && 149 * 100 < 70 * 236 && 149 * 100 >= 50 * 236, "c1 coverage: 74.5% of the 200 base, 63.1% of 236");
  assert(31 * 100 >= 80 * 32 && 31 < 32, "c1 poor coverage 96.9% → 3");
  const allCovered = new Set(stations.filter((s) => admin.includes(s.v)).map((s) => s.v));
  assert(allCovered.size === 151, "c1 the clerk's 151 counts September stations");

  // ---------------- training: sessions grouped by year, dates typed without the year
  const topics = ["电商基础知识", "网店开设与运营", "短视频拍摄与剪辑", "直播带货实操", "农产品包装与品牌", "三华李网络营销",
    "怀乡鸡电商推广", "微信小程序开店", "电商客服与售后", "物流与仓储", "农村电商创业", "乡村振兴电商带头人"];
  const places = ["市电子商务公共服务中心", "市电子商务公共服务中心", "市委党校", "镇政府会议室", "镇文化站"];
  const sessions = [];
  const addS = (startIso, days, n) => sessions.push({ start: startIso, end: isoAdd(startIso, days - 1), n });
  addS("2019-12-17", 2, 0);
  addS("2019-12-26", 1, 0);
  const starts = ["2020-04-22", "2020-05-19", "2020-06-10", "2020-07-08", "2020-07-28", "2020-08-18", "2020-09-09", "2020-09-24",
    "2020-10-13", "2020-11-03", "2020-11-24", "2020-12-08", "2020-12-22", "2021-01-12", "2021-03-09", "2021-03-30", "2021-04-20",
    "2021-05-11", "2021-06-08", "2021-06-29", "2021-07-13", "2021-07-27", "2021-08-10", "2021-08-24"];
  for (const s of starts) addS(s, rint(1, 3), 0);
  const cross = { start: "2021-08-30", end: "2021-09-01", n: 180 };
  sessions.push(cross);
  const inCut = sessions.filter((s) => s !== cross);
  for (const s of inCut) s.n = rint(90, 240);
  let tot = sum(inCut.map((s) => s.n));
  let guard = 0;
  while (tot !== 4880) {
    const s = inCut[rint(0, inCut.length - 1)];
    const step = tot < 4880 ? 1 : -1;
    if (s.n + step < 60 || s.n + step > 320) continue;
    s.n += step;
    tot += step;
    assert(++guard < 100000, "c1 training fix");
  }
  const tRows = [];
  tRows.push(["信宜市电子商务培训台账"]);
  tRows.push(["（按年度分列，培训时间只写月日）"]);
  tRows.push(["期次", "培训时间", "培训主题", "培训对象", "培训地点", "承办单位", "培训人次", "其中贫困户（人次）"]);
  const tMerges = ["A1:H1", "A2:H2"];
  let no = 0;
  let grand = 0;
  for (const [y, head] of [[2019, "一、2019年度"], [2020, "二、2020年度"], [2021, "三、2021年度（截至9月1日）"]]) {
    tRows.push([head]);
    tMerges.push(`A${tRows.length}:H${tRows.length}`);
    let sub = 0;
    let subPoor = 0;
    for (const s of sessions.filter((x) => Number(x.start.slice(0, 4)) === y)) {
      no++;
      let when;
      const days = Math.round((Date.parse(s.end) - Date.parse(s.start)) / 86400000) + 1;
      if (days === 1) when = md(s.start);
      else if (s.start.slice(5, 7) !== s.end.slice(5, 7)) when = `${md(s.start)}-${md(s.end)}`;
      else if (no % 2) when = `${md(s.start)}-${ymd(s.end)[2]}日`;
      else when = `${ymd(s.start)[1]}月${ymd(s.start)[2]}-${ymd(s.end)[2]}日`;
      const poorN = Math.round(s.n * (0.15 + rnd() * 0.2));
      const town = towns[2 + rint(0, towns.length - 3)].town;
      // the 公共服务中心 only opened on 2021-02-28: earlier sessions were held elsewhere
      const pool = s.start >= "2021-03-01" ? places : ["市委党校", "市职业技术学校", "镇政府会议室", "镇文化站"];
      const place = pool[rint(0, pool.length - 1)];
      tRows.push([`第${no}期`, when, topics[rint(0, topics.length - 1)], no % 3 ? "农户、合作社、返乡青年" : "电商企业、个体网商",
        place.startsWith("镇") ? town + place.slice(1) : place, "茂名市乡味电子商务有限公司", s.n, poorN]);
      sub += s.n;
      subPoor += poorN;
    }
    tRows.push([`${y}年小计`, null, null, null, null, null, sub, subPoor]);
    tMerges.push(`A${tRows.length}:F${tRows.length}`);
    grand += sub;
  }
  tRows.push(["合计", null, null, null, null, null, grand, null]);
  tMerges.push(`A${tRows.length}:F${tRows.length}`);
  tRows.push(["注：第27期8月30日开班，9月1日结业。"]);
  tMerges.push(`A${tRows.length}:H${tRows.length}`);
  assert(no === 27 && sessions[26] === cross, "c1 cross session is 第27期");
  assert(grand === 5060, "c1 training grand " + grand);
  assert(4880 * 100 < 500000 && 4880 * 1000 >= 500000 * 8 && 5060 * 100 >= 500000, "c1 training: 0.976% by the cut-off, 1.01% with the crossing session");
  const crossRow = tRows.find((r) => r[0] === "第27期");
  assert(crossRow && crossRow[1] === "8月30日-9月1日", "c1 crossing session text " + (crossRow && crossRow[1]));

  // ---------------- enterprises, with an 意向入驻 table below
  const E = (n, t, en, lf) => ({ n, t, en, lf, code: creditCode(REGION) });
  const ents = [
    E("茂名市乡味电子商务有限公司信宜分公司", "电商运营商", "2020-09-18", null), E("信宜市三华李网络科技有限公司", "销售型", "2020-09-18", null),
    E("茂名市好山货供应链有限公司", "物流企业", "2020-09-25", null), E("信宜市怀乡鸡电商专业合作社", "销售型", "2020-10-09", null),
    E("信宜市云上信宜信息科技有限公司", "平台型", "2020-10-16", null), E("信宜市钱排银妃电子商务有限公司", "销售型", "2020-10-30", null),
    E("信宜市邮政快递物流中心", "物流企业", "2020-11-06", null), E("信宜市锦绣直播传媒有限公司", "电商运营商", "2020-11-20", null),
    E("信宜市竹编工艺品网店", "销售型", "2020-12-04", "2021-04-30"), E("信宜市农品优选商贸有限公司", "销售型", "2020-12-11", null),
    E("茂名市粤西优品电子商务有限公司", "平台型", "2021-01-08", null), E("信宜市山里红农产品电商有限公司", "销售型", "2021-01-22", null),
    E("信宜市玉都设计工作室", "电商服务", "2021-03-05", null), E("信宜市双丰冷链物流有限公司", "物流企业", "2021-03-19", null),
    E("信宜市大成腐竹电子商务有限公司", "销售型", "2021-04-09", null), E("信宜市新宝茶叶网络商行", "销售型", "2021-05-14", null),
    E("信宜市青年电商创业孵化中心", "电商服务", "2021-06-04", "2021-09-15"), E("信宜市思贺沙田柚电商合作社", "销售型", "2021-06-25", null),
    E("信宜市悦播网络科技有限公司", "电商运营商", "2021-07-16", null), E("信宜市百香果之家电子商务有限公司", "销售型", "2021-08-13", null),
    E("信宜市北界蜂蜜电子商务有限公司", "销售型", "2021-09-06", null),
  ];
  const intents = [
    ["广东南粤鲜达冷链物流有限公司", "物流企业", "2021-07-28"], ["信宜市合水镇山茶油专业合作社", "销售型", "2021-08-19"],
    ["茂名市数字乡村科技有限公司", "平台型", "2021-08-26"],
  ];
  const eRows = [];
  eRows.push(["信宜市电子商务产业园入驻企业名单"]);
  eRows.push(["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退出日期", "备注"]);
  ents.forEach((e, i) => {
    let note = null;
    if (e.lf && e.lf <= CUT) note = "已退出";
    if (e.lf && e.lf > CUT) note = "9月迁出";
    if (e.en > CUT) note = "9月新入驻";
    eRows.push([i + 1, e.n, e.code, e.t, i % 2 ? dotDate(e.en) : D(e.en), e.lf ? dotDate(e.lf) : "—", note]);
  });
  eRows.push([]);
  eRows.push(["附：意向入驻企业（已签意向书，尚未入驻）"]);
  eRows.push(["序号", "企业名称", "企业类型", "意向书签订日期", "备注"]);
  intents.forEach(([n, t, d], i) => eRows.push([i + 1, n, t, cnDate(d), "场地装修中"]));
  const atCut = ents.filter((e) => e.en <= CUT && !(e.lf && e.lf <= CUT));
  assert(atCut.length === 19 && new Set(atCut.map((e) => e.code)).size === 19, "c1 park 19 at the cut-off");
  assert(atCut.length + intents.length >= 20 && ents.length === 21, "c1 the intention table or the raw row count would reach 20");
  assert(new Set(atCut.map((e) => e.t)).size === 5, "c1 park types");

  // ---------------- funds (万元): project rows, 合同 / 本次拨付 / 累计拨付
  const allocatedWan = 1500;
  const projects = [
    ["县级电子商务公共服务中心建设及运营", "茂名市乡味电子商务有限公司", 420, [["2020-06-30", 126], ["2020-12-28", 168], ["2021-07-20", 84]]],
    ["村级电商服务站点建设", "信宜市供销电子商务有限公司", 380, [["2020-09-15", 114], ["2021-01-15", 152], ["2021-09-06", 76]]],
    ["县镇村三级物流配送体系", "信宜市邮政分公司", 300, [["2020-11-20", 90], ["2021-05-18", 135]]],
    ["农村电商人才培训", "茂名市乡味电子商务有限公司", 150, [["2020-08-10", 45], ["2021-03-22", 60], ["2021-08-26", 22.35]]],
    ["农产品品牌推广及网络促销", "信宜市锦绣直播传媒有限公司", 120, [["2020-10-30", 36], ["2021-06-11", 48]]],
    ["农产品溯源及冷链系统", "信宜市双丰冷链物流有限公司", 130, [["2021-04-16", 39], ["2021-08-30", 7.5]]],
  ];
  const fRows = [];
  fRows.push(["信宜市电子商务进农村综合示范专项资金拨付台账"]);
  fRows.push(["单位：万元", null, null, null, null, null, null, null, "截至2021年9月10日"]);
  fRows.push(["序号", "项目名称", "承建单位", "合同金额", "拨付日期", "本次拨付", "累计拨付", "累计拨付比例", "凭证号"]);
  const fMerges = ["A1:I1", "A2:H2"];
  let pay = [];
  let v = 0;
  projects.forEach(([name, firm, contract, ps], pi) => {
    const first = fRows.length + 1;
    let cum = 0;
    ps.forEach(([iso, amt], j) => {
      cum = Math.round((cum + amt) * 100) / 100;
      v++;
      const dc = j === 0 ? D(iso) : pi % 2 ? dotDate(iso) : cnDate(iso);
      fRows.push([j === 0 ? pi + 1 : null, j === 0 ? name : null, j === 0 ? firm : null, j === 0 ? contract : null, dc, amt, cum,
        pct1(cum, contract), `${iso.slice(0, 4)}-记${String(v * 7 + 3).padStart(3, "0")}`]);
      pay.push([iso, amt]);
    });
    if (ps.length > 1) for (const c of ["A", "B", "C", "D"]) fMerges.push(`${c}${first}:${c}${fRows.length}`);
  });
  const contractSum = sum(projects.map((p) => p[2]));
  const paidAll = sumYuan(pay.map((p) => p[1]));
  fRows.push(["合计", null, null, contractSum, null, paidAll, null, pct1(paidAll, contractSum), null]);
  fMerges.push(`A${fRows.length}:C${fRows.length}`);
  const paidCut = sumYuan(pay.filter((p) => p[0] <= CUT).map((p) => p[1]));
  assert(contractSum === allocatedWan, "c1 contracts = allocation");
  assert(paidCut === 1126.85 && paidAll === 1202.85, "c1 paid " + paidCut + "/" + paidAll);
  assert(paidCut * 100 >= allocatedWan * 70, "c1 spending 75.1% ≥ 70%");

  // ---------------- disclosures: 8-digit dates
  const disc = [["20191206", "创建方案", "信宜市电子商务进农村综合示范县创建工作方案"], ["20191206", "监督举报", "关于公布电子商务进农村综合示范项目监督举报电话的通告"],
    ["20200612", "项目信息", "信宜市电子商务进农村综合示范项目基本信息公示"]];
  const progMonths = monthsBetween("2020-07", "2021-08");
  progMonths.forEach((m) => {
    const nextM = monthsBetween(m, "2021-12")[1];
    const day = String(rint(6, 16)).padStart(2, "0");
    const [yy, mm] = m.split("-").map(Number);
    disc.push([nextM.replace("-", "") + day, "建设进度", `信宜市电子商务进农村综合示范项目建设进度（${yy}年${mm}月）`]);
  });
  const dRows = [["信宜市人民政府网“电子商务进农村综合示范”专栏更新记录"], ["序号", "更新日期", "子栏目", "标题"]];
  disc.forEach((d, i) => dRows.push([i + 1, d[0], d[1], d[2]]));
  const discMonths = new Set(disc.map((d) => `${d[0].slice(0, 4)}-${d[0].slice(4, 6)}`));
  assert(WINDOW.every((m) => discMonths.has(m)), "c1 disclosure every month");

  // ---------------- reports: 所属月份 + 报送日期 (the September report went early, on 30 September)
  const reps = [["2020年7月", "2020-08-06"], ["2020年8月", "2020-09-07"], ["2020年9月", "2020-09-30"], ["2020年10月", "2020-11-06"],
    ["2020年11月", "2020-12-07"], ["2020年12月", "2021-01-08"], ["2021年1月", "2021-02-05"], ["2021年2月", "2021-03-05"],
    ["2021年3月", "2021-04-07"], ["2021年4月", "2021-05-08"], ["2021年5月", "2021-06-07"], ["2021年6月", "2021-07-06"],
    ["2021年7月", "2021-08-05"], ["2021年8月", "2021-09-07"]];
  const rRows = [["信宜市电子商务进农村工作月报报送登记表"], ["序号", "所属月份", "报送日期", "报送对象", "报送方式", "是否含电商扶贫统计", "备注"]];
  reps.forEach(([mon, iso], i) => rRows.push([i + 1, mon, i % 3 === 0 ? D(iso) : cnDate(iso), "茂名市商务局", i < 6 ? "电子邮件" : "粤政易",
    i >= 2 ? "√" : null, iso === "2020-09-30" ? "国庆长假前提前报送" : null]));
  const sendMonths = new Set(reps.map((r) => r[1].slice(0, 7)).filter((m) => WINDOW.includes(m)));
  assert(sendMonths.size === 11 && !sendMonths.has("2020-10"), "c1 reports: no sending in October 2020");
  const periodMonths = new Set(reps.map((r) => r[0]));
  assert(periodMonths.size === 14, "c1 every report month is present when read by 所属月份");

  // ---------------- media
  const mRows = [["信宜市电子商务进农村宣传报道登记"], ["序号", "日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"]];
  mRows.push([1, "2020.11.12", "信宜市融媒体中心", "县级", "网络", "我市首批村级电商服务站挂牌运营", "否"]);
  mRows.push([2, D("2021-01-20"), "南方日报", "省级", "报纸", "信宜三华李“触网”卖出好价钱", "否"]);
  mRows.push([3, "2021年5月28日", "茂名电视台《茂名新闻》", "市级", "电视", "钱排镇贫困户直播卖银妃三华李", "是"]);
  mRows.push([4, "2021.9.10", "人民网广东频道", "中央", "网络", "广东信宜：电商服务站让山货出山", "否"]);

  // ---------------- materials
  const matRows = [["经验材料报送情况"], ["序号", "报送日期", "材料名称", "报送单位"]];
  matRows.push([1, "2021年6月18日", "信宜市“电商+三华李”助农增收经验做法", "茂名市商务局"]);

  // ---------------- 自评明细 (facts + claims)
  const pop = 91.3;
  const r19 = 18.62;
  const r20 = 23.95;
  const a19 = 4.1;
  const a20 = 5.47;
  assert(pct1(r20 - r19, r19) === "28.6%" && pct1(a20 - a19, a19) === "33.4%", "c1 growth");
  const eligible = 4870;
  const trained = 3506;
  assert(7185 - 2315 === eligible && pct1(trained, eligible) === "72.0%" && trained * 10 >= eligible * 7, "c1 poor rate ≥ 70%");
  const IND = [
    ["组织领导", 2, [["由县（市、区）政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）", 2,
      "成立以市委常委、常务副市长为组长的示范创建工作领导小组（信府办〔2019〕56号），成员单位：市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局、市邮政管理局。", 2]],
      [["org.leadership", 2]], "1-1 领导小组文件"],
    ["方案制定", 2, [["工作方案因地制宜,可操作性较强（1-2分）", 2, "2019年10月正式印发《信宜市电子商务进农村综合示范县创建工作方案》。", 2]],
      [["org.plan", 2]], "1-2 工作方案"],
    ["政策支持", 2, [["出台相关政策，且得到较好落实（1-2分）", 2, "2020年5月出台《信宜市扶持农村电子商务发展若干措施》，部分条款尚在兑现。", 1]],
      [["org.policy", 1]], "1-3 政策文件"],
    ["项目管理", 4, [["建立项目管理制度，在建设、验收环节严格落实相关制度（1-2分）", 2, "制定项目管理办法，建设、验收按制度执行。", 2],
      ["建立完整工作台账，详细记录项目建设情况（1-2分）", 2, "建立工作台账，个别项目记录不够详细。", 1]], [["org.management", 3]], "1-4 管理制度、台账"],
    ["服务体系建设", 25, [
      ["建成县级电子商务公共服务中心（2分）", 2, "已建成。信宜市电子商务公共服务中心2021年2月28日正式投入运营。", 2],
      ["建成后已正常运行6个月（截至2021年8月31日）以上（2分）", 2, "截至2021年8月31日运行满6个月。", 2],
      ["有免费培训场所、培训设备，能组织电商基础培训（2分）", 2, "有培训室1间（60座）及电脑、投影等设备，已常态化开展基础培训。", 2],
      ["为特色农产品提供免费展示、销售服务（1分）", 1, "设农特产品展销区，免费展示三华李、怀乡鸡、钱排银妃等。", 1],
      ["为电子商务市场主体提供免费摄影、美工服务（1分）", 1, "未完成：摄影棚尚未建设，暂由运营商有偿提供。", 0],
      ["组织农产品统一推广、指导特色农产品品牌建设（1分）", 1, "组织“信宜山货”区域品牌统一推广。", 1],
      ["为电子商务发展提供其他衍生增值服务（1分）", 1, "提供代办营业执照、物流对接、融资对接等服务。", 1],
      ["建设或整合、优化当地电商产业园（2分）", 2, "整合建成信宜市电子商务产业园。", 2],
      ["电商产业园企业入驻数量达20家及以上（2分）", 2, "已入驻企业20家（见入驻企业名单）。", 2],
      ["电商产业园入驻企业含平台型电商企业、销售型企业、电商运营商或物流企业等至少三种以上类型（1分）", 1, "含平台型、销售型、电商运营商、物流企业。", 1],
      ["行政村覆盖率70%及以上（5分）,50%-70%（不含）（2分）", 5, "建成村级站点153个，覆盖行政村151个，行政村超过200个按200个计，覆盖率75.5%。", 5],
      ["贫困村覆盖率100%（5分）,80%-100%（不含）（3分）", 5, "32个省定贫困村全部建有站点，覆盖率100%。", 5]],
      [["work.center", 14, 10], ["work.coverage", 10, 2]], "2-1 中心、产业园；2-2 站点清单"],
    ["农村产品上行", 10, [
      ["对当地农产品网络销售进行调研，并形成针对性建议（1-2分）", 2, "委托第三方完成《信宜市农产品网络销售调研报告》，提出建议12条。", 2],
      ["开展农村产品网络促销活动成效明显（1-2分）", 2, "举办“信宜三华李网上节”等网络促销活动5场。", 2],
      ["当地有专业第三方电子商务运营或服务商（1分）", 1, "引进茂名市乡味电子商务有限公司为专业运营服务商。", 1],
      ["行政村物流快递覆盖率100%（1分）", 1, "全市行政村物流快递覆盖率100%。", 1],
      ["有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）", 2, "制定三华李电商交易标准；溯源系统在建。", 1],
      ["2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）", 2,
        `2020年农村网络零售额${r20}亿元，比2019年${r19}亿元增长28.6%；农产品网络零售额${a20}亿元，比2019年4.10亿元增长33.4%。`, 2]],
      [["work.upward", 9]], "2-3 调研报告、活动总结"],
    ["电商人才培训", 20, [
      ["培训人次达常住人口1%及以上（10分），0.8%-1%（不含）（8分），0.6%-0.8%（不含）（6分）", 10,
        "累计培训5,060人次，常住人口91.3万人按50万人计，达1.01%。", 10],
      ["建档立卡贫困人口培训率50%及以上（10分），40%-50%（不含）（8分），30%-40%（不含）（6分）", 10,
        "有劳动能力的建档立卡贫困人口7,185人，其中外出务工2,315人；在家有劳动能力的4,870人中已参训3,506人，培训率72.0%。", 10]],
      [["work.training", 20]], "2-4 培训台账"],
    ["信息公开", 4, [
      ["在县政府网站设立公开专栏且内容全面（2分）", 2, "在市政府门户网站设立专栏，公开创建方案、项目基本信息和建设进度，设监督举报电话。", 2],
      ["近一年内专栏内容能按月更新（2分），不定时更新（1分）", 2, "按月更新。", 2]], [["info.disclosure", 4]], "3-1 专栏截图"],
    ["数据上报", 6, [
      ["近一年能每月向市商务局报送工作情况（3分），不定时上报（1分）", 3, "每月向茂名市商务局报送月报。", 3],
      ["能统计电商扶贫情况（3分）", 3, "月报附电商扶贫统计表（自2020年9月起）。", 3]], [["info.reporting", 6]], "3-2 报送记录"],
    ["案例总结", 2, [["向市商务局报送经验材料（2分）", 2, "2021年6月报送经验材料1篇。", 2]], [["promo.cases", 2]], "4-1 经验材料"],
    ["经验推广", 8, [["省级及以上（4分）；市级（3分）；县级（1分）", 8, "南方日报、茂名电视台、信宜市融媒体中心均有报道。", 8]],
      [["promo.media", 8]], "4-2 报道截图"],
    ["制度建立", 5, [["建立科学有效的资金管理制度且得到有效落实（1-5分）", 5, "制定《信宜市电子商务进农村综合示范专项资金管理办法》。", 4]],
      [["fund.system", 4]], "5-1 资金管理办法"],
    ["资金台账", 5, [["项目承建方建立资金专用台账，账目完整（1-5分）", 5, "承建单位均建立资金专用台账。", 4]], [["fund.ledger", 4]], "5-2 资金台账"],
    ["资金支出", 5, [["资金支出率70%以上，且根据创建进度及时拨付（1-5分）；资金支出率低于70%倒扣5分", 5,
      "下达1500万元，截至8月31日拨付1126.85万元，支出率75.1%，按进度拨付。", 4]], [["fund.spending", 4]], "5-3 拨付凭证"],
    ["加分项", 4, [["建档立卡贫困人口培训率70%及以上（2分）", 2, "培训率72.0%。", 2],
      ["电商扶贫典型案例获国家级电视媒体播报（2分），省级（1分）（不累加）", 2, "茂名电视台《茂名新闻》播出钱排镇电商扶贫案例。", 1]],
      [["bonus.poorTraining", 2, 1], ["bonus.tvCase", 1, 1]], "6 加分项材料"],
  ];
  const aRows = [];
  aRows.push(["信宜市2019年省级电子商务进农村综合示范创建考评自评打分明细表"]);
  aRows.push(["填报单位：信宜市商务局（盖章）　　金额单位：万元"]);
  aRows.push(["一、基本数据"]);
  aRows.push(["县（市、区）", "信宜市", "考评截止日期", "2021.8.31", "填报日期", "2021.9.10"]);
  aRows.push(["常住人口（万人）", pop, "行政村（个）", admin.length, "省定贫困村（个）", poorSet.size]);
  aRows.push(["下达省级资金", allocatedWan, "累计拨付（截至8月31日）", paidCut, "项目总体进度", "78%"]);
  aRows.push([]);
  aRows.push(["二、自评打分明细"]);
  aRows.push(["序号", "评价指标", "权重", "评分标准（分项）", "分值", "完成情况", "自评分", "指标得分", "佐证材料"]);
  const aMerges = ["A1:I1", "A2:I2", "A3:I3", "A8:I8"];
  const claimed = {};
  IND.forEach(([name, weight, items, claims, evid], ii) => {
    const first = aRows.length + 1;
    let itemIdx = 0;
    for (const [id, pts, span] of claims) {
      const n = span || items.length;
      const subFirst = aRows.length + 1;
      let subSum = 0;
      for (let j = 0; j < n; j++) {
        const [std, max, text, score] = items[itemIdx++];
        subSum += score;
        aRows.push([itemIdx === 1 ? ii + 1 : null, itemIdx === 1 ? name : null, itemIdx === 1 ? weight : null, std, max, text, score,
          j === 0 ? pts : null, itemIdx === 1 ? evid : null]);
      }
      assert(subSum === pts, "c1 items add up to the indicator claim " + id);
      if (n > 1) aMerges.push(`H${subFirst}:H${aRows.length}`);
      claimed[id] = pts;
    }
    assert(itemIdx === items.length, "c1 all items placed " + name);
    if (items.length > 1) for (const c of ["A", "B", "C", "I"]) aMerges.push(`${c}${first}:${c}${aRows.length}`);
  });
  const vetoFirst = aRows.length + 1;
  aRows.push([IND.length + 1, "一票否决项", null, "发生安全生产、质量事故，或者造成重大经济损失和社会不良影响", null, "无", null, null, null]);
  aRows.push([null, null, null, "项目建设进度严重滞后，总体进度不足40%", null, "总体进度78%", null, null, null]);
  aRows.push([null, null, null, "弄虚作假", null, "无", null, null, null]);
  for (const c of ["A", "B", "C"]) aMerges.push(`${c}${vetoFirst}:${c}${aRows.length}`);
  const claimScored = sum(SCORED.map((s) => claimed[s[0]]));
  const claimBonus = claimed["bonus.poorTraining"] + claimed["bonus.tvCase"];
  assert(claimScored === 93 && claimBonus === 3, "c1 claims " + claimScored + "+" + claimBonus);
  aRows.push(["合计", null, null, null, null, null, null, claimScored + claimBonus, "含加分项3分"]);
  aMerges.push(`A${aRows.length}:G${aRows.length}`);
  aRows.push(["填表人：李××　　审核人：罗××　　联系电话：0668-88×××××"]);
  aMerges.push(`A${aRows.length}:I${aRows.length}`);

  // ---------------- expectation
  const pts = {
    "org.leadership": 1, "org.plan": 2, "org.policy": 1, "org.management": 3,
    "work.center": 2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + 0 + 1, "work.coverage": 5 + 3, "work.upward": 2 + 2 + 1 + 0 + 1 + 2,
    "work.training": 8 + 10, "info.disclosure": 2 + 2, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 2, "bonus.tvCase": 0,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  const total = scored + bonus;
  assert(scored === 83 && total === 85, "c1 total " + scored + "/" + total);
  assert("2021-02-28" === isoAdd("2021-08-31", -184), "c1 six months before the cut-off is 2021-02-28");
  const derivation = [
    "org.leadership: 组织领导一栏：组长是“市委常委、常务副市长”，常务副市长是副职（分管领导），不是书记/市长 → 1（成员单位虽含商务、财政、农业农村、乡村振兴，也只能得1；自评2）",
    "org.plan: 2019年10月正式印发工作方案，自评分2（1–2）→ 2",
    "org.policy: 2020年5月出台《若干措施》，自评分1 → 1",
    "org.management: 两个分项自评分2 + 1 → 3",
    `work.center: 中心2021年2月28日投入运营≤截止日(2)；截止日前推6个月正好是2021-02-28，含下界 → 满6个月(2)；免费培训(2)、展示销售(1)；摄影美工“未完成”→0；品牌推广(1)、其他增值(1)、产业园(2)；入驻企业名单21行，其中竹编网店2021.4.30已退出、北界蜂蜜2021.9.6才入驻，青年创业孵化中心9月15日才迁出仍算，截止日在园19家<20 → 0（下方“意向入驻企业”3家尚未入驻，不算）；类型平台型/销售型/电商运营商/物流企业/电商服务≥3 → 1；合计12（自评14）`,
    `work.coverage: 村民委员会表236个行政村（下方居委会表32个社区不算），基数取min(236,200)=200；站点台账153行，截止日前覆盖149个行政村（“××村委会”“××村民委员会”按村计，${twice}两个站点算一村，钱排社区站不是行政村，${lastPoor}2021.9.3、${lateNonPoor}2021.9.10挂牌不算；挂牌时间“20.7.15”“21/3/5”为两位年份）；149/200=74.5%≥70% → 5（若不按200封顶149/236=63.1%只得2）；省定贫困村32个（“市定”15个不是省定），截止日前有站点31个（${lastPoor}的站点9月3日才挂牌）31/32=96.9%，在80%–100%之间 → 3；合计8（自评10，自评“151个”含9月新站）`,
    "work.upward: 网销调研2 + 促销2 + 第三方运营商1 + 快递：村表有“快递物流进村”列，" + noExpress + "写“未通” → 0（明细表说100%，与台账不符，以台账为准）+ 交易标准/溯源1 + 增速：农村网络零售额23.95/18.62亿元=+28.6%<30%，农产品网络零售额5.47/4.10亿元=+33.4%≥30% → 2；合计8（自评9）",
    "work.training: 培训台账按年度分组，培训时间只写月日，年份取所在年度分组；截止日前26期合计4,880人次；第27期“8月30日-9月1日”按结束日9月1日计，在截止日之后，180人次不算（台账合计和明细表的5,060都含这一期）；基数min(91.3万,50万)=500,000，4,880/500,000=0.976%，在0.8%–1%之间 → 8；贫困人口（工作簿无人员名单，取明细表）：在家有劳动能力4,870人（7,185人减外出务工2,315人），参训3,506人，72.0%≥50% → 10；合计18（自评20）",
    "info.disclosure: 专栏公开创建方案、项目基本信息、建设进度并设监督举报电话 → 2；专栏更新记录（更新日期写成“20200914”八位数字）2020年9月至2021年8月每月都有 → 2；合计4",
    "info.reporting: 月报登记按“报送日期”计：9月份月报2020年9月30日提前报送，10月份月报11月6日报送，2020年10月没有任何报送；窗口内11个月有报送 → 不定时1（按“所属月份”看似每月都有，但那不是报送日期）；月报含电商扶贫统计（√）→ 3；合计4（自评6）",
    "promo.cases: 2021年6月18日向茂名市商务局报送经验材料 → 2",
    "promo.media: 截止日前：南方日报（省级）4 + 茂名电视台（市级）3 + 信宜市融媒体中心（县级）1 → 8；人民网广东频道在2021.9.10，不影响",
    "fund.system: 已制定资金管理办法，自评分4 → 4",
    "fund.ledger: 已建立资金专用台账，自评分4 → 4",
    "fund.spending: 资金台账单位万元，取“本次拨付”列（不是合同金额或累计拨付）：截止日前14笔合计1,126.85万元，2021年9月6日76万元不计（台账合计1,202.85万元含9月）；1,126.85/1,500=75.1%≥70% → 自评及时拨付4 → 4",
    "bonus.poorTraining: 贫困人口培训率3,506/4,870=72.0%≥70% → 2",
    "bonus.tvCase: 唯一的电商扶贫典型案例电视播报是茂名电视台（市级），只有国家级、省级电视才加分 → 0（自评1）",
    "veto.incident: 明细表“无”安全生产、质量事故 → 不否决，0",
    "veto.progress: 总体进度78%≥40% → 不否决，0",
    "veto.fraud: 明细表“弄虚作假”一栏写“无” → 不否决，0",
    "total: 1+2+1+3+12+8+8+18+4+4+2+8+4+4+4 = 83，加分2 → 85（自评合计96）",
  ];
  return {
    description:
      "茂名信宜市商务局迎考评整本工作簿。事实页是“自评打分明细表”：上面一块“基本数据”每行三对“标签|值”（金额单位在第2行写“万元”：下达1500、拨付1126.85），下面按评分标准每个分项一行，完成情况是文字，自评分逐项填，指标得分按指标合并单元格（服务体系建设拆成中心14、站点10两个合并格），组织领导写“市委常委、常务副市长”。台账：村民委员会表下方另有社区居委会表，贫困村类别分省定/市定，快递列有一个村“未通”；站点台账两位年份“20.7.15”“21/3/5”，村名有“村委会”“村民委员会”写法，9月新挂牌站点也列入；行政村236个超过200按200计；培训台账按年度分组、日期只写月日，最后一期“8月30日-9月1日”跨过截止日；入驻企业名单下方附“意向入驻企业”；资金台账万元，有合同金额、本次拨付、累计拨付三列；专栏更新日期是八位数字；月报登记有所属月份和报送日期两列，9月报9月30日提前报、10月没有报送；茂名电视台（市级）播出的扶贫案例不能加分。",
    sheets: [
      { name: "自评明细", rows: aRows, merges: aMerges },
      { name: "行政村名单", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "培训台账", rows: tRows, merges: tMerges },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1", `A${ents.length + 4}:G${ents.length + 4}`] },
      { name: "资金台账", rows: fRows, merges: fMerges },
      { name: "专栏更新记录", rows: dRows, merges: ["A1:D1"] },
      { name: "月报报送", rows: rRows, merges: ["A1:G1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 湛江徐闻县: the city bureau's multi-county template (one column per 示范县), only the 徐闻县 column filled.
// =====================================================================================================
function buildF1() {
  const cols = ["遂溪县", "徐闻县", "廉江市", "吴川市"];
  const me = 1; // index of 徐闻县
  const rows = [];
  rows.push(["湛江市2019年省级电子商务进农村综合示范县考评基础数据汇总表"]);
  rows.push(["填报单位：徐闻县商务局　　（请各示范县只填本县一列，9月8日前报市局电商科）"]);
  rows.push(["类别", "序号", "指标", "计量单位"].concat(cols, ["填报口径"]));
  const merges = ["A1:I1", "A2:I2"];
  let n = 0;
  let catFirst = null;
  let cat = null;
  const R = (c, label, unit, val, note) => {
    n++;
    const vals = cols.map((_, i) => (i === me ? val : null));
    rows.push([c !== cat ? c : null, n, label, unit].concat(vals, [note === undefined ? null : note]));
    if (c !== cat) {
      if (catFirst !== null && rows.length - 1 > catFirst) merges.push(`A${catFirst}:A${rows.length - 1}`);
      catFirst = rows.length;
      cat = c;
    }
  };
  const Y = "√";
  const N = "×";
  R("基本情况", "考评截止日期", "年.月.日", "2021.8.31", "统一填2021年8月31日");
  R("基本情况", "常住人口", "万人", 58.6, "以第七次全国人口普查数为准");
  R("基本情况", "行政村数", "个", 187, "不含社区居委会");
  R("基本情况", "省定贫困村数", "个", 15);
  R("基本情况", "示范创建领导小组组长", "职务", "县委书记", "填职务，不填姓名");
  R("基本情况", "领导小组成员单位", "—", "县商务局、财政局、农业农村局、乡村振兴局、交通运输局、供销社、邮政分公司");
  R("基本情况", "示范县工作方案是否正式印发", "是√/否×", Y);
  R("基本情况", "是否出台支持农村电商发展的政策", "是√/否×", Y);
  R("服务体系", "县级电商公共服务中心投入运营日期", "年/月/日", "2020/12/8");
  R("服务体系", "中心有免费培训场所、培训设备，能组织基础培训", "是√/否×", Y);
  R("服务体系", "中心为特色农产品提供免费展示、销售服务", "是√/否×", Y);
  R("服务体系", "中心提供免费摄影、美工服务", "是√/否×", N);
  R("服务体系", "中心组织农产品统一推广、指导品牌建设", "是√/否×", Y);
  R("服务体系", "中心提供其他衍生增值服务", "是√/否×", null);
  R("服务体系", "是否建设或整合、优化电商产业园", "是√/否×", Y);
  R("服务体系", "产业园入驻企业数", "家", 18);
  R("服务体系", "有专业第三方电子商务运营或服务商", "是√/否×", Y);
  R("服务体系", "行政村物流快递覆盖率", "%", "100%", "以市邮政管理局数据为准");
  R("农产品上行", "2019年农村网络零售额", "万元", "74,200", "省商务厅监测数");
  R("农产品上行", "2020年农村网络零售额", "万元", "9.86亿");
  R("农产品上行", "2021年1-8月农村网络零售额", "万元", "71,530", "仅作参考");
  R("农产品上行", "2019年农产品网络零售额", "万元", "23,100");
  R("农产品上行", "2020年农产品网络零售额", "万元", "31,240");
  R("人才培训", "累计培训人次", "人次", "5,214", "截至2021年8月31日");
  R("人才培训", "有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "3,412", "经县乡村振兴局确认");
  R("人才培训", "参加培训的建档立卡贫困人口", "人", "1,593", "按人数，不按人次");
  R("信息公开及报送", "专栏公示创建方案", "是√/否×", Y);
  R("信息公开及报送", "专栏公示项目基本信息", "是√/否×", Y);
  R("信息公开及报送", "专栏按月公示项目建设进度", "是√/否×", Y);
  R("信息公开及报送", "专栏设立征求意见或监督举报窗口", "是√/否×", Y);
  R("信息公开及报送", "每月向市商务局报送工作情况", "是√/否×", Y);
  R("信息公开及报送", "能统计电商扶贫情况", "是√/否×", Y);
  R("资金管理", "下达省级专项资金", "万元", 1500);
  R("资金管理", "累计拨付资金", "万元", "1,089.6", "截至2021年8月31日");
  R("资金管理", "资金支出率", "%", "72.6%");
  R("资金管理", "已制定资金管理制度", "是√/否×", Y);
  R("资金管理", "已建立资金专用台账", "是√/否×", Y);
  R("资金管理", "项目总体进度", "%", 84);
  R("否决事项", "是否发生安全生产、质量事故或重大经济损失", "是√/否×", N);
  R("否决事项", "是否存在弄虚作假", "是√/否×", N);
  const judged = {
    "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
    "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 5, "fund.spending": 4,
  };
  const JL = [["org.plan", "方案制定（1-2分）"], ["org.policy", "政策支持（1-2分）"], ["org.management.system", "项目管理制度（1-2分）"],
    ["org.management.ledger", "工作台账（1-2分）"], ["work.upward.research", "网销调研及建议（1-2分）"], ["work.upward.promotion", "网络促销活动（1-2分）"],
    ["work.upward.standards", "交易标准、冷链及溯源（1-2分）"], ["fund.system", "资金管理制度（1-5分）"], ["fund.ledger", "资金台账（1-5分）"],
    ["fund.spending", "资金及时拨付（1-5分）"]];
  for (const [key, label] of JL) R("评判项自评分", label, "分", judged[key]);
  merges.push(`A${catFirst}:A${rows.length}`);
  rows.push(["注：1.金额单位为万元，人口单位为万人；2.是否类指标填“√”或“×”；3.评判项按考评指标体系评分标准自评。"]);
  merges.push(`A${rows.length}:I${rows.length}`);
  // the other counties' columns stay empty
  for (const r of rows.slice(3)) for (let i = 0; i < cols.length; i++) if (i !== me) assert(r[4 + i] === undefined || r[4 + i] === null, "f1 only 徐闻 filled");
  assert(pct1(10896, 15000) === "72.6%" && pct1(98600 - 74200, 74200) === "32.9%", "f1 rates");
  return {
    description:
      "湛江市商务局下发的“示范县考评基础数据汇总表”模板：一行一个指标，四个示范县（遂溪县、徐闻县、廉江市、吴川市）各占一列，徐闻县商务局只填了本县那一列，其他县的列全空；类别列按段合并，单位单独一列，最后一列是市局写的“填报口径”（不是数值）。是否题用√/×，“中心提供其他衍生增值服务”一格没填（未答，不是否）。单位陷阱：2020年农村网络零售额单位栏是万元，但填成“9.86亿”；2019年填“74,200”（万元）。“产业园入驻企业数”“2021年1-8月零售额”“资金支出率”“每月报送”不是考评输入。领导小组组长“县委书记”，成员单位含商务、财政、农业农村、乡村振兴，是principal-all。末尾十个评判项自评分。",
    sheets: [{ name: "汇总表", rows, merges }],
    expect: {
      facts: {
        county: "徐闻县", asOf: "2021-08-31", residentPopulation: 586000, adminVillagesStated: 187, poorVillagesStated: 15,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-08", centerFreeTraining: true, centerDisplay: true,
        centerPhoto: false, centerBrand: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 742000000, ruralRetail2020: 986000000, agriRetail2019: 231000000, agriRetail2020: 312400000,
        trainingPersonTimesStated: 5214, eligiblePoorPersonsStated: 3412, trainedPoorPersonsStated: 1593,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 10896000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.84,
        vetoIncident: false, vetoFraud: false,
      },
      judged,
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 云浮罗定市: a printed 登记表 (three label/value pairs per row), dates in Chinese numerals, money in 大写 with the
// 小写 in brackets, a five-column sub-table for the centre's services (✓/✗), judged points in their own block.
// =====================================================================================================
function buildF2() {
  const allocated = 15000000;
  const spent = 11836000;
  assert(daxie(allocated) === "壹仟伍佰万元整" && daxie(spent) === "壹仟壹佰捌拾叁万陆仟元整", "f2 大写 " + daxie(spent));
  assert(cnFormalDate("2021-08-31") === "二〇二一年八月三十一日" && cnFormalDate("2020-09-28") === "二〇二〇年九月二十八日", "f2 cn dates");
  assert(pct1(1654 - 1237, 1237) === "33.7%" && 6904 - 3216 === 3688 && pct1(1902, 3688) === "51.6%", "f2 numbers");
  const rows = [];
  const merges = [];
  const sec = (t) => {
    rows.push([t]);
    merges.push(`A${rows.length}:F${rows.length}`);
  };
  rows.push(["罗定市电子商务进农村综合示范县创建情况登记表"]);
  merges.push("A1:F1");
  rows.push(["填报单位", "罗定市商务局（盖章）", "填报日期", cnFormalDate("2021-09-06"), "联系人", "梁×× 0766-38×××××"]);
  sec("一、基本情况");
  rows.push(["县（市、区）", "罗定市", "考评截止日期", cnFormalDate("2021-08-31"), "示范县批次", "2019年省级"]);
  rows.push(["常住人口", "96.2万人", "行政村", "305个（另有社区居委会21个）", "省定贫困村", "20个"]);
  sec("二、组织领导");
  rows.push(["领导小组组长", "市委副书记、代市长 黎××", "成立文件", "罗府办〔2019〕87号", "召开会议", "7次"]);
  rows.push(["成员单位", "市商务局、市财政局、市农业农村局、市乡村振兴局（原市扶贫办）、市交通运输局、市市场监管局、罗定邮政分公司"]);
  merges.push(`B${rows.length}:F${rows.length}`);
  rows.push(["创建工作方案", "已印发（罗府办〔2019〕92号）", "扶持政策", "已出台《罗定市加快农村电子商务发展扶持办法》", "印发时间", cnFormalDate("2020-03-16")]);
  sec("三、县级电子商务公共服务中心");
  rows.push(["投入运营日期", cnFormalDate("2020-09-28"), "场地面积", "1,860平方米", "运营单位", "广东罗商数字科技有限公司"]);
  rows.push(["中心免费服务（有✓ 无✗）", "免费培训场所、培训设备", "特色农产品免费展示、销售", "免费摄影、美工", "农产品统一推广、品牌建设指导", "其他衍生增值服务"]);
  rows.push([null, "✓", "✓", "✗", "✓", "✓"]);
  merges.push(`A${rows.length - 1}:A${rows.length}`);
  sec("四、产业园及农村产品上行");
  rows.push(["电商产业园", "已整合建成（罗定市电子商务产业园）", "入驻企业", "23家", "第三方运营服务商", "广东罗商数字科技有限公司"]);
  rows.push(["行政村快递覆盖率", "97.7%（7个村未通）", "快递网点", "镇级全覆盖", null, null]);
  rows.push(["2019年农村网络零售额", "12.37亿元", "2020年农村网络零售额", "16.54亿元", "同比增长", "33.7%"]);
  rows.push(["2019年农产品网络零售额", "（无统计）", "2020年农产品网络零售额", "3.86亿元", "同比增长", "（无统计）"]);
  sec("五、电商人才培训");
  rows.push(["累计培训", "5,328人次", "有劳动能力贫困人口", "6,904人（其中外出务工3,216人，在家3,688人）", "参训贫困人口", "1,902人（不重复计）"]);
  sec("六、信息公开及数据上报");
  rows.push(["专栏公开内容", "创建方案、项目基本信息、项目建设进度（每月）", null, null, "征求意见/监督举报窗口", "未设立"]);
  merges.push(`B${rows.length}:D${rows.length}`);
  rows.push(["电商扶贫统计", "已纳入月报（贫困户培训、带动增收）", null, null, "月报报送", "每月10日前报云浮市商务局"]);
  merges.push(`B${rows.length}:D${rows.length}`);
  sec("七、资金管理");
  rows.push(["下达资金", `人民币${daxie(allocated)}（¥${fmtMoney(allocated)}）`, null, null, "资金管理制度", "已制定"]);
  merges.push(`B${rows.length}:D${rows.length}`);
  rows.push(["累计拨付", `人民币${daxie(spent)}（¥${fmtMoney(spent)}）`, null, null, "资金专用台账", "已建立"]);
  merges.push(`B${rows.length}:D${rows.length}`);
  rows.push(["项目总体进度", "82%", "安全生产、质量事故或重大损失", "无", "弄虚作假", "无"]);
  sec("八、评判项自评分");
  const judged = {
    "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
    "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
  };
  const p = (k) => judged[k] + "分";
  rows.push(["方案制定", p("org.plan"), "政策支持", p("org.policy"), "项目管理制度", p("org.management.system")]);
  rows.push(["工作台账", p("org.management.ledger"), "网销调研", p("work.upward.research"), "网络促销", p("work.upward.promotion")]);
  rows.push(["交易标准及冷链溯源", p("work.upward.standards"), "资金管理制度", p("fund.system"), "资金台账", p("fund.ledger")]);
  rows.push(["资金及时拨付", p("fund.spending"), "自评总分", "91分", null, null]);
  rows.push(["填表人：梁××　　审核人：陈××　　单位负责人：黄××"]);
  merges.push(`A${rows.length}:F${rows.length}`);
  return {
    description:
      "罗定市商务局按印制的《创建情况登记表》在Excel里填写：没有表头行，每行三对“标签|值”（A|B、C|D、E|F），长内容合并到右边几格，分段标题合并整行。日期用公文汉字写法“二〇二一年八月三十一日”“二〇二〇年九月二十八日”；资金写大写“人民币壹仟伍佰万元整（¥15,000,000.00）”“壹仟壹佰捌拾叁万陆仟元整”；中心五项免费服务是一个横排小表（名称一行、✓/✗一行），摄影美工✗；值里带单位和括注：“305个（另有社区居委会21个）”、贫困人口“6,904人（其中外出务工3,216人，在家3,688人）”取在家3,688人；快递覆盖率“97.7%（7个村未通）”即未达100%；农产品2019年及增速写“（无统计）”不是数；征求意见/监督举报窗口“未设立”。组长“市委副书记、代市长”是市长（主要领导），成员含商务、财政、农业农村、乡村振兴。“资金管理制度”出现两次：七是否已制定，八是自评分。只有自评总分，没有逐项得分。",
    sheets: [{ name: "登记表", rows, merges }],
    expect: {
      facts: {
        county: "罗定市", asOf: "2021-08-31", residentPopulation: 962000, adminVillagesStated: 305, poorVillagesStated: 20,
        planIssued: true, policyIssued: true, centerOpened: "2020-09-28", centerFreeTraining: true, centerDisplay: true,
        centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2019: 1237000000, ruralRetail2020: 1654000000, ruralRetailGrowthStated: 0.337, agriRetail2020: 386000000,
        trainingPersonTimesStated: 5328, eligiblePoorPersonsStated: 3688, trainedPoorPersonsStated: 1902,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: allocated, fundSpentStated: spent, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.82,
        vetoIncident: false, vetoFraud: false,
      },
      judged,
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 肇庆德庆县: the official indicator table pasted from the Word report; the clerk's facts and “自评得分：X分” are
// inside one multi-line 自评情况 cell per indicator; some digits are full-width.
// =====================================================================================================
function buildF3() {
  assert(pct1(596, 1286) === "46.3%" && pct1(3618, 324000) === "1.1%" && pct1(11763, 15000) === "78.4%" && pct1(122, 158) === "77.2%", "f3 rates");
  const rows = [];
  const merges = [];
  rows.push(["德庆县2019年省级电子商务进农村综合示范创建考评自评表"]);
  rows.push(["（数据截至2021年8月31日）"]);
  rows.push(["工作任务", "评价指标", "权重（%）", "评分标准", "自评情况"]);
  merges.push("A1:E1", "A2:E2");
  const claimed = {};
  const scoreOf = (txt) => {
    const m = txt.match(/自评得分：(\d+)分$/);
    assert(m, "f3 cell ends with a score: " + txt.slice(-20));
    return Number(m[1]);
  };
  const groups = [
    ["加强组织领导与统筹协调（10分）", [
      ["组织领导", 2, "由县（市、区）政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）；\n由县（市、区）政府分管领导牵头（1分）；\n其他情况不得分。",
        "1.成立以县政府分管副县长为组长，县商务、财政、农业农村、乡村振兴、交通运输等部门为成员的示范创建工作领导小组（德府办函〔2019〕63号）；\n2.领导小组召开专题会议６次。\n自评得分：1分", "org.leadership"],
      ["方案制定", 2, "工作方案因地制宜,可操作性较强（1-2分）", "2019年12月正式印发《德庆县电子商务进农村综合示范县创建工作方案》。\n自评得分：2分", "org.plan"],
      ["政策支持", 2, "出台相关政策，且得到较好落实（1-2分）", "2020年4月出台《德庆县农村电子商务扶持奖励办法》，奖励资金兑现较少。\n自评得分：1分", "org.policy"],
      ["项目管理", 4, "建立项目管理制度，在建设、验收环节严格落实相关制度（1-2分）；\n建立完整工作台账，详细记录项目建设情况（1-2分）。",
        "1.建立项目管理制度，部分项目验收资料不全（1分）；\n2.建立完整工作台账，详细记录项目建设情况（2分）。\n自评得分：3分", "org.management"],
    ]],
    ["深入推动电子商务进农村工作（55分）", [
      ["服务体系建设", 25, "建成县级电子商务公共服务中心（2分）；建成后已正常运行6个月（截至2021年8月31日）以上（2分）；有免费培训场所、培训设备，能组织电商基础培训（2分）；为特色农产品提供免费展示、销售服务（1分）；为电子商务市场主体提供免费摄影、美工服务（1分）；组织农产品统一推广、指导特色农产品品牌建设（1分）；为电子商务发展提供其他衍生增值服务（1分）；建设或整合、优化当地电商产业园（2分)；电商产业园企业入驻数量达20家及以上(2分)；电商产业园入驻企业含平台型电商企业、销售型企业、电商运营商或物流企业等至少三种以上类型(1分)。",
        "1.县电子商务公共服务中心于" + fullWidth("2020") + "年" + fullWidth("11") + "月投入运营（康城大道），至8月31日运行超过6个月；\n2.设培训室，配备电脑40台，免费开展电商基础培训；\n3.设农特产品展示展销区，免费展示德庆贡柑、何首乌、肉桂等；\n4.设摄影棚，为企业免费拍摄产品图片、设计详情页；\n5.组织“德庆贡柑”区域品牌统一推广；\n6.提供代办证照、物流对接、金融对接等衍生增值服务；\n7.整合建成德庆县电子商务产业园，入驻企业21家，含平台型、销售型、电商运营商、物流企业。\n自评得分：15分", "work.center"],
      [null, null, "行政村覆盖率70%及以上（5分）,50%-70%（不含）（2分），50%以下不得分；\n贫困村覆盖率100%（5分）,80%-100%（不含）（3分），80%以下不得分。",
        "全县行政村" + fullWidth("158") + "个（不含社区居委会" + fullWidth("16") + "个），已建村级站点" + fullWidth("122") + "个，覆盖率" + fullWidth("77") + "．" + fullWidth("2") + "％；省定贫困村" + fullWidth("17") + "个，全部建有站点。\n自评得分：10分", "work.coverage"],
      ["农村产品上行", 10, "对当地农产品网络销售进行调研，并形成针对性建议（1-2分）；开展农村产品网络促销活动成效明显（1-2分）；当地有专业第三方电子商务运营或服务商（1分）；行政村物流快递覆盖率100%（1分）；有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）；2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）。",
        "1.委托广东省电子商务协会开展网销调研，形成调研报告及建议（2分）；\n2.开展“德庆贡柑网上节”等网络促销活动（2分）；\n3.引进德庆县农商通电子商务有限公司为第三方运营服务商（1分）；\n4.行政村物流快递覆盖率100%（1分）；\n5.制定贡柑电商分级标准，溯源系统已上线（2分）；\n6.2020年农村网络零售额6.83亿元，同比增长24.1%；农产品网络零售额2.05亿元，同比增长26.5%，均未达30%（0分）。\n自评得分：8分", "work.upward"],
      ["电商人才培训", 20, "培训人次达常住人口1%及以上（10分），0.8%-1%（不含）（8分），0.6%-0.8%（不含）（6分）；\n建档立卡贫困人口培训率50%及以上（10分），40%-50%（不含）（8分），30%-40%（不含）（6分）。",
        "1.常住人口" + fullWidth("32") + "．" + fullWidth("4") + "万人，培训目标3,240人次，实际培训3,618人次，达1.12%（10分）；\n2.有劳动能力的建档立卡贫困人口（不含外出务工）1,286人，参训596人，培训率46.3%（8分）。\n自评得分：18分", "work.training"],
    ]],
    ["加强信息公开及报送（10分）", [
      ["信息公开", 4, "在县政府网站设立公开专栏且内容全面（2分）；\n近一年内专栏内容能按月更新（2分），不定时更新（1分），未更新不得分。",
        "1.在县政府网站设立专栏，公开创建方案、项目基本信息，按月更新建设进度，设立监督举报电话（2分）；\n2.近一年按月更新（2分）。\n自评得分：4分", "info.disclosure"],
      ["数据上报", 6, "近一年能每月向市商务局报送工作情况（3分），不定时上报（1分），未上报不得分；\n能统计电商扶贫情况（3分），未统计相关情况不得分。",
        "1.每月5日前向肇庆市商务局报送月报（3分）；\n2.月报含电商扶贫统计（3分）。\n自评得分：6分", "info.reporting"],
    ]],
    ["加强宣传推广（10分）", [
      ["案例总结", 2, "向市商务局报送经验材料（2分）", "2021年7月向市商务局报送《德庆贡柑“电商+合作社”经验》。\n自评得分：2分", "promo.cases"],
      ["经验推广", 8, "省级及以上媒体进行宣传报道（4分）；\n市级媒体进行宣传报道（3分）；\n县级媒体进行宣传报道（1分）。",
        "南方日报（省级）、西江日报（市级）、德庆电视台（县级）均有报道。\n自评得分：8分", "promo.media"],
    ]],
    ["加强财政资金管理（15分）", [
      ["制度建立", 5, "建立科学有效的资金管理制度且得到有效落实（1-5分）", "制定《德庆县电子商务进农村综合示范专项资金管理办法》。\n自评得分：5分", "fund.system"],
      ["资金台账", 5, "项目承建方建立资金专用台账，账目完整，能清析反映资金使用情况（1-5分）", "承建单位建立资金专用台账，凭证齐全。\n自评得分：4分", "fund.ledger"],
      ["资金支出", 5, "资金支出率70%以上，且根据创建进度及时拨付（1-5分）；\n资金支出率低于70%倒扣5分。",
        "下达省级资金" + fullWidth("1500") + "万元，截至8月31日拨付1,176.3万元，支出率78.4%，按进度及时拨付。\n自评得分：5分", "fund.spending"],
    ]],
    ["加分项（4分）", [
      [null, null, "建档立卡贫困人口培训率70%及以上（2分）", "贫困人口培训率46.3%，未达70%。\n自评得分：0分", "bonus.poorTraining"],
      [null, null, "电商扶贫典型案例获国家级电视媒体播报（2分），省级（1分）（不累加）", "无。\n自评得分：0分", "bonus.tvCase"],
    ]],
  ];
  for (const [task, inds] of groups) {
    const first = rows.length + 1;
    let indFirst = null;
    inds.forEach(([name, weight, std, txt, id], i) => {
      rows.push([i === 0 ? task : null, name, weight, std, txt]);
      claimed[id] = scoreOf(txt);
      if (name === null && task.startsWith("深入")) indFirst = rows.length - 1;
    });
    if (indFirst) merges.push(`B${indFirst}:B${indFirst + 1}`, `C${indFirst}:C${indFirst + 1}`);
    if (rows.length > first) merges.push(`A${first}:A${rows.length}`);
  }
  const vf = rows.length + 1;
  rows.push(["一票否决项", null, null, "发生安全生产、质量事故，或者造成重大经济损失和社会不良影响。", "无此情况。"]);
  rows.push([null, null, null, "项目建设进度严重滞后，总体进度不足40%。", "项目总体进度91%。"]);
  rows.push([null, null, null, "弄虚作假。", "无此情况。"]);
  merges.push(`A${vf}:C${rows.length}`);
  const claimSum = sum(SCORED.map((s) => claimed[s[0]]));
  assert(claimSum === 92 && claimed["bonus.poorTraining"] === 0 && claimed["bonus.tvCase"] === 0, "f3 claims " + claimSum);
  rows.push(["合计得分", null, null, null, "自评总分：" + claimSum + "分"]);
  merges.push(`A${rows.length}:D${rows.length}`);
  const judged = {
    "org.plan": 2, "org.policy": 1, "org.management.system": 1, "org.management.ledger": 2, "work.upward.research": 2,
    "work.upward.promotion": 2, "work.upward.standards": 2, "fund.system": 5, "fund.ledger": 4, "fund.spending": 5,
  };
  assert(claimed["org.management"] === judged["org.management.system"] + judged["org.management.ledger"], "f3 mgmt");
  assert(claimed["work.upward"] === judged["work.upward.research"] + judged["work.upward.promotion"] + 1 + 1 + judged["work.upward.standards"] + 0, "f3 upward");
  return {
    description:
      "德庆县商务局把Word版自评报告末尾的考评指标体系表复制进Excel：工作任务列按段合并，服务体系建设占两行（权重25合并），评分标准照抄官方文字；没有单独的自评分列，所有内容写在“自评情况”一个单元格里，分条换行（单元格内换行），事实夹在句子里，每格最后一行是“自评得分：X分”（这就是逐项自评分，两个加分项各“自评得分：0分”）。部分数字是全角（“２０２０年１１月”“１５８个”“３２．４万人”“７７．２％”“１５００万元”）。中心只写到月（2020年11月）；组长是“县政府分管副县长”（分管领导→deputy）；农村网络零售额、农产品网络零售额只有2020年数和增速；评判项分值写在分条末尾括号里（项目管理制度1分、工作台账2分，网销调研2、促销2、标准溯源2）；标题下写“数据截至2021年8月31日”。一票否决三行写“无此情况”“项目总体进度91%”。",
    sheets: [{ name: "考评指标自评表", rows, merges }],
    expect: {
      facts: {
        county: "德庆县", asOf: "2021-08-31", residentPopulation: 324000, adminVillagesStated: 158, poorVillagesStated: 17,
        planIssued: true, policyIssued: true, centerOpened: "2020-11", centerFreeTraining: true, centerDisplay: true,
        centerPhoto: true, centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: 683000000, ruralRetailGrowthStated: 0.241, agriRetail2020: 205000000, agriRetailGrowthStated: 0.265,
        trainingPersonTimesStated: 3618, eligiblePoorPersonsStated: 1286, trainedPoorPersonsStated: 596,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 11763000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.91,
        vetoIncident: false, vetoFraud: false,
      },
      judged,
      leadership: "deputy",
      claimed,
    },
  };
}

// =====================================================================================================
// l1 — 江门开平市: 村（居）委会 list with the town typed once per block, stations exported from a platform with the region
// as a slash path and a 最后登录时间 next to the 建站时间, park enterprises turned sideways, a per-town summary (not a ledger).
// =====================================================================================================
function buildL1() {
  const REGION = "440783";
  const CUT = "2021-08-31";
  const townDefs = [
    ["长沙街道", 4, ["新昌社区", "幕沙社区", "东郊社区", "祥龙社区"]], ["三埠街道", 3, ["荻海社区", "迳头社区", "长沙塘社区"]],
    ["月山镇", 6, ["月山社区"]], ["水口镇", 6, ["水口社区"]], ["沙塘镇", 5, []], ["苍城镇", 5, []], ["龙胜镇", 6, []],
    ["大沙镇", 5, []], ["马冈镇", 6, ["马冈社区"]], ["塘口镇", 6, []], ["赤坎镇", 7, ["赤坎社区"]], ["百合镇", 6, []],
    ["蚬冈镇", 5, []], ["金鸡镇", 5, []], ["赤水镇", 6, ["赤水社区"]],
  ];
  const newName = villageNamer("三联强亚仁和龙兴福塘潭永安新东南西北红光平迳楼石头", ["村", "美", "冈", "安", "溪", "岗", "田", "塘", "边", "湖", "江", "洲"]);
  // names like “仁美村”: first char from A, second from B, then 村 (a B of “村” is skipped)
  const towns = townDefs.map(([town, n, cs]) => {
    const vs = [];
    while (vs.length < n) {
      const nm = newName();
      if (/村村$/.test(nm)) continue;
      vs.push(nm);
    }
    return { town, vs, cs };
  });
  const admin = towns.flatMap((t) => t.vs);
  const comms = towns.flatMap((t) => t.cs);
  assert(admin.length === 81 && comms.length === 12, "l1 counts " + admin.length + "/" + comms.length);
  assert(new Set(admin.concat(comms)).size === admin.length + comms.length, "l1 unique names");
  const townOf = {};
  for (const t of towns) for (const v of t.vs.concat(t.cs)) townOf[v] = t.town;
  const rural = towns.slice(2).flatMap((t) => t.vs);
  const poor = new Set();
  while (poor.size < 8) poor.add(rural[rint(0, rural.length - 1)]);
  const exprBlank = new Set([rural[11], rural[40]]);
  const exprNo = rural[57];
  assert(!exprBlank.has(exprNo), "l1 express cases distinct");
  const vRows = [];
  vRows.push(["开平市村（居）委会基本情况表"]);
  vRows.push(["镇（街道）", "序号", "村（居）委会名称", "类别", "是否省定贫困村", "快递进村", "备注"]);
  const vRecs = [];
  let seq = 0;
  for (const t of towns) {
    const list = t.cs.map((c) => ({ c, comm: true })).concat(t.vs.map((v) => ({ c: v, comm: false })));
    list.forEach(({ c, comm }, i) => {
      seq++;
      if (comm) {
        vRows.push([i === 0 ? t.town : null, seq, c + "居委会", "居委会", "—", "—", null]);
        vRecs.push({ name: c, admin: false });
      } else {
        const ex = exprBlank.has(c) ? null : c === exprNo ? "×" : "✓";
        vRows.push([i === 0 ? t.town : null, seq, c.replace(/村$/, "村委会"), "村委会", poor.has(c) ? "是" : "否", ex,
          c === exprNo ? "山区，快递到镇自取" : exprBlank.has(c) ? "待邮政核实" : null]);
        vRecs.push({ name: c, admin: true, poor: poor.has(c), express: ex === null ? null : ex === "✓" });
      }
    });
  }
  vRows.push(["合计", null, `${admin.length + comms.length}个`, `村委会${admin.length}个、居委会${comms.length}个`, `${poor.size}个`, null, null]);

  // ---------------- stations: platform export
  const covered = admin.filter(() => rnd() < 0.72);
  const st = covered.map((v) => ({ v, iso: randIsoBetween("2020-05-01", "2021-09-20") }));
  st.push({ v: covered[5], iso: randIsoBetween("2021-02-01", "2021-07-31") });
  st.push({ v: "新昌社区", iso: "2020-10-21", comm: true });
  st.sort((a, b) => (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0));
  const sRows = [];
  sRows.push(["站点编码", "站点名称", "所属区域", "详细地址", "站长", "联系电话", "建站时间", "最后登录时间", "站点类型", "状态"]);
  const sRecs = [];
  st.forEach((s, i) => {
    const town = townOf[s.v];
    const unit = s.comm ? s.v + "居委会" : s.v.replace(/村$/, "村委会");
    const t0 = s.iso + " " + hms();
    const last = isoAdd(s.iso, rint(20, 300));
    const lastCell = (last > "2021-09-25" ? "2021-09-" + String(rint(20, 25)).padStart(2, "0") : last) + " " + hms();
    sRows.push([`GDKP${String(20200000 + i * 13 + 7)}`, `${s.v.replace(/村$/, "")}${s.comm ? "" : "村"}电商服务站`, `广东省/江门市/开平市/${town}/${unit}`,
      `开平市${town}${s.v}${rint(1, 99)}号`, personName(), mask(phone()), t0, lastCell, s.comm ? "社区站" : "村级站", "正常营业"]);
    sRecs.push({ village: s.v, opened: s.iso });
  });
  for (const r of sRows.slice(1)) assert(r[6].slice(0, 10) <= r[7].slice(0, 10), "l1 last login after build");
  assert(st.some((s) => s.iso > CUT), "l1 a September station is listed");

  // ---------------- enterprises, sideways: fields as rows, one enterprise per column
  const ents = [
    ["开平市碉乡电子商务有限公司", "电商运营商", "2020年11月", "2020-11", null, null],
    ["开平市侨乡优品网络科技有限公司", "平台型", "2020.11.20", "2020-11-20", null, null],
    ["开平市马冈鹅电商专业合作社", "销售型", D("2020-12-03"), "2020-12-03", null, null],
    ["开平市顺通城乡物流有限公司", "物流企业", "2020年12月", "2020-12", null, null],
    ["开平市赤坎古镇文创电商有限公司", "销售型", "2021.1.8", "2021-01-08", "2021年6月迁出", "2021-06"],
    ["开平市金鸡镇腐竹网店", "销售型", D("2021-01-22"), "2021-01-22", null, null],
    ["江门市五邑直播传媒有限公司", "电商运营商", "2021.3.15", "2021-03-15", null, null],
    ["开平市鲜农冷链配送有限公司", "物流企业", "2021年4月", "2021-04", null, null],
    ["开平市塘口农家电商工作室", "销售型", D("2021-05-10"), "2021-05-10", null, null],
    ["开平市百合蜂业电子商务有限公司", "销售型", "2021.6.18", "2021-06-18", null, null],
    ["开平市侨都社区团购有限公司", "平台型", "2021年7月", "2021-07", null, null],
    ["开平市水口水暖卫浴网络商行", "销售型", "2021.9.2", "2021-09-02", null, null],
  ];
  const codes = ents.map(() => creditCode(REGION));
  const eRows = [];
  eRows.push(["开平市电子商务产业园入驻企业登记（横表）"]);
  eRows.push(["序号"].concat(ents.map((_, i) => i + 1)));
  eRows.push(["企业名称"].concat(ents.map((e) => e[0])));
  eRows.push(["统一社会信用代码"].concat(codes));
  eRows.push(["企业类型"].concat(ents.map((e) => e[1])));
  eRows.push(["入驻时间"].concat(ents.map((e) => e[2])));
  eRows.push(["退出时间"].concat(ents.map((e) => e[4] || "—")));
  eRows.push(["房号"].concat(ents.map((_, i) => `${2 + Math.floor(i / 6)}0${(i % 6) + 1}`)));
  eRows.push(["说明：入驻时间只记到月的，以入驻协议签订月份为准。"]);
  const eRecs = ents.map((e) => ({ name: e[0], type: e[1], entered: e[3], left: e[5] }));
  const last = colName(ents.length);

  // ---------------- summary by town (not a ledger)
  const sumRows = [["按镇（街道）汇总"], ["镇（街道）", "行政村数", "截至8月31日有站点的行政村", "覆盖率"]];
  let ta = 0;
  let tc = 0;
  for (const t of towns) {
    const cov = new Set(st.filter((s) => s.iso <= CUT && t.vs.includes(s.v)).map((s) => s.v)).size;
    ta += t.vs.length;
    tc += cov;
    sumRows.push([t.town, t.vs.length, cov, pct1(cov, t.vs.length)]);
  }
  sumRows.push(["合计", ta, tc, pct1(tc, ta)]);
  assert(ta === 81 && tc > 40, "l1 summary " + tc);
  return {
    description:
      "开平市商务局的站点与产业园工作簿。“村居情况”每镇第一行才写镇名（下面几行空着，要向下沿用，没有合并），村居同表，类别列分村委会/居委会（居委会行的贫困村、快递两列是“—”），是否省定贫困村用是/否，快递进村用✓/×，有两个村空白（未答，null）。“站点导出”是省农村电商平台的站点管理导出：第1行就是表头，所在村在“所属区域”里写成“广东省/江门市/开平市/赤坎镇/xx村委会”的路径，建站时间和最后登录时间都是“2021-03-15 10:32:11”这样的文本，站点日期取建站时间（不是最后登录时间）；有一个社区站，一个村有两个站，也有9月建的站（照录）。“产业园企业”是横表：字段在A列、一家企业一列，入驻时间有只到月的（“2020年11月”）、“2021.3.15”和日期格，退出时间“—”或“2021年6月迁出”。“按镇汇总”是统计表，不是台账。",
    sheets: [
      { name: "村居情况", rows: vRows, merges: ["A1:G1"] },
      { name: "站点导出", rows: sRows },
      { name: "产业园企业", rows: eRows, merges: [`A1:${last}1`, `A9:${last}9`] },
      { name: "按镇汇总", rows: sumRows, merges: ["A1:D1"] },
    ],
    expect: {
      sheets: {
        "村居情况": { kind: "villages", records: vRecs },
        "站点导出": { kind: "stations", records: sRecs },
        "产业园企业": { kind: "enterprises", records: eRecs },
        "按镇汇总": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 阳江阳西县: 台账第三册（资金·培训·报送·宣传）: a 三栏式明细账 (year in each page header, month/day columns, month typed
// once, 本月合计/本年累计/过次页/承前页/年末结转 rows), training sessions with a 男/女/合计 two-row header and day ranges,
// monthly reports as month columns with day cells, media with TV stations' apps and websites.
// =====================================================================================================
function buildL2() {
  // ---------------- funds: 明细账
  const pages = [
    { year: 2020, page: 1, carryIn: false, carryOut: true, entries: [
      ["2020-03-18", "记", 12, "支付县级电商公共服务中心装修工程款（第一期）", 680000],
      ["2020-04-29", "记", 35, "支付村级电商服务站点建设款（第一批）", 420000],
      ["2020-04-29", "记", 36, "支付站点设备采购款", 186500],
      ["2020-06-15", "记", 41, "支付电商培训服务费（第一期）", 158000],
      ["2020-07-20", "记", 27, "支付县镇村物流配送中心建设款", 520000],
      ["2020-08-31", "记", 66, "支付运营服务费（2020年上半年）", 300000],
      ["2020-09-24", "记", 52, "支付农产品品牌推广活动费", 96800]] },
    { year: 2020, page: 2, carryIn: true, carryOut: false, closeYear: true, entries: [
      ["2020-10-28", "记", 44, "支付村级电商服务站点建设款（第二批）", 460000],
      ["2020-11-19", "记", 30, "支付电商培训服务费（第二期）", 142600],
      ["2020-12-22", "记", 58, "支付县级电商公共服务中心装修工程款（第二期）", 520000],
      ["2020-12-30", "记", 71, "支付运营服务费（2020年下半年）", 300000]] },
    { year: 2021, page: 3, carryIn: false, carryOut: false, entries: [
      ["2021-01-26", "记", 19, "支付冷链设备采购款", 368000],
      ["2021-03-12", "记", 23, "支付农产品溯源系统建设款", 245000],
      ["2021-03-30", "记", 61, "支付村级电商服务站点建设款（第三批）", 390000],
      ["2021-05-20", "记", 38, "支付电商培训服务费（第三期）", 166400],
      ["2021-06-28", "记", 70, "支付运营服务费（2021年上半年）", 300000],
      ["2021-07-15", "记", 33, "支付物流配送车辆购置款", 412000],
      ["2021-08-25", "记", 57, "支付网络促销活动费", 128600],
      ["2021-09-08", "记", 16, "支付村级电商服务站点建设款（第四批）", 275000]] },
  ];
  const fRows = [];
  const fMerges = [];
  const fRecs = [];
  let yearDebit = 0;
  let bal = 0;
  for (const pg of pages) {
    if (!pg.carryIn) {
      yearDebit = 0;
      bal = 0;
    }
    fRows.push(["明　细　账"]);
    fMerges.push(`A${fRows.length}:I${fRows.length}`);
    fRows.push(["科目：项目支出——电子商务进农村综合示范专项　　单位：元", null, null, null, null, null, null, null, `第${pg.page}页`]);
    fMerges.push(`A${fRows.length}:H${fRows.length}`);
    fRows.push([`${pg.year}年`, null, "凭证", null, "摘要", "借方", "贷方", "借或贷", "余额"]);
    fRows.push(["月", "日", "字", "号", null, null, null, null, null]);
    const h = fRows.length - 1;
    fMerges.push(`A${h}:B${h}`, `C${h}:D${h}`, `E${h}:E${h + 1}`, `F${h}:F${h + 1}`, `G${h}:G${h + 1}`, `H${h}:H${h + 1}`, `I${h}:I${h + 1}`);
    if (pg.carryIn) fRows.push([null, null, null, null, "承前页", yearDebit, null, "借", bal]);
    let curMonth = null;
    let monthDebit = 0;
    const closeMonth = () => {
      fRows.push([null, null, null, null, "本月合计", monthDebit, null, "借", bal]);
      fRows.push([null, null, null, null, "本年累计", yearDebit, null, "借", bal]);
    };
    for (const [iso, z, no, memo, amt] of pg.entries) {
      const [y, m, d] = ymd(iso);
      assert(y === pg.year, "l2 entry year matches its page");
      if (curMonth !== null && m !== curMonth) {
        closeMonth();
        monthDebit = 0;
      }
      const first = m !== curMonth;
      curMonth = m;
      bal += amt;
      monthDebit += amt;
      yearDebit += amt;
      fRows.push([first ? m : null, d, z, no, memo, amt, null, "借", bal]);
      fRecs.push({ date: iso, amount: amt });
    }
    closeMonth();
    if (pg.carryOut) fRows.push([null, null, null, null, "过次页", yearDebit, null, "借", bal]);
    if (pg.closeYear) {
      fRows.push([12, 31, "记", 72, "年末结转", null, yearDebit, "平", 0]);
      fRows.push([null, null, null, null, "本年累计", yearDebit, yearDebit, "平", 0]);
    }
    fRows.push([]);
  }
  fRows.pop();
  const y2020 = sum(fRecs.filter((r) => r.date < "2021").map((r) => r.amount));
  const y2021 = sum(fRecs.filter((r) => r.date >= "2021").map((r) => r.amount));
  assert(y2020 === 3783900 && y2021 === 2285000, "l2 ledger totals " + y2020 + "/" + y2021);
  assert(fRecs.length === 19, "l2 19 payments");

  // ---------------- allocation plan (not a ledger)
  const plan = [["阳西县电子商务进农村综合示范专项资金安排计划"], ["单位：万元"], ["序号", "建设内容", "计划安排", "占比"],
    [1, "县级电子商务公共服务中心建设及运营", 360], [2, "村级电商服务站点建设", 380], [3, "县镇村物流配送体系", 300],
    [4, "农村电商人才培训", 150], [5, "农产品品牌培育及网络促销", 120], [6, "农产品溯源及冷链", 190], ["合计", null, 1500]];
  for (let i = 3; i < 9; i++) plan[i].push(pct1(plan[i][2], 1500));
  plan[9].push("100.0%");
  assert(sum(plan.slice(3, 9).map((r) => r[2])) === 1500, "l2 plan adds up");
  assert((y2020 + y2021) / 10000 <= 1500, "l2 paid within the allocation");

  // ---------------- training: sessions, 男/女/合计
  const S = [
    ["2020年10月13-14日", "2020-10-14", "电商基础知识与网店开设", "农户、返乡青年", 38, 29],
    ["2020.11.5", "2020-11-05", "程村蚝网络营销", "养殖户", 27, 12],
    [D("2020-11-26"), "2020-11-26", "短视频拍摄入门", "电商从业人员", 31, 44],
    ["2020.12.2-4", "2020-12-04", "直播带货实操", "返乡青年、妇女", 22, 51],
    ["2021年1月8日", "2021-01-08", "年货节网络促销", "电商企业", 19, 17],
    ["21.3.5", "2021-03-05", "荔枝龙眼电商预售", "种植户", 46, 33],
    ["2021/3/23-24", "2021-03-24", "农村电商创业", "建档立卡贫困户", 35, 40],
    ["2021/4/20-22", "2021-04-22", "电商客服与售后", "电商从业人员", 15, 48],
    [D("2021-05-12"), "2021-05-12", "阳西沙扒湾海产品包装设计", "个体网商", 24, 18],
    ["20210615", "2021-06-15", "微信小程序开店", "合作社", 30, 26],
    ["2021年7月6日-8日", "2021-07-08", "电商带头人提升班", "电商带头人", 28, 22],
    ["2021.8.17", "2021-08-17", "电商扶贫专场", "建档立卡贫困户", 41, 37],
    ["2021年9月2日", "2021-09-02", "电商数据分析", "电商企业", 20, 23],
  ];
  const tRows = [];
  tRows.push(["阳西县电子商务培训情况统计表"]);
  tRows.push(["序号", "培训时间", "培训主题", "培训对象", "参训人数", null, null, "其中建档立卡贫困人口", "培训地点"]);
  tRows.push([null, null, null, null, "男", "女", "合计", null, null]);
  const tMerges = ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3", "I2:I3"];
  const tRecs = [];
  let sm = 0;
  let sf = 0;
  S.forEach(([cell, iso, topic, who, m, f], i) => {
    const poorN = who.includes("贫困") ? m + f : rint(2, 9);
    tRows.push([i + 1, cell, topic, who, m, f, m + f, poorN, i % 3 === 0 ? "县电子商务公共服务中心" : ["织箦镇", "程村镇", "沙扒镇", "儒洞镇", "上洋镇"][rint(0, 4)] + "文化站"]);
    tRecs.push({ date: iso, personTimes: m + f });
    sm += m;
    sf += f;
  });
  tRows.push(["合计", null, null, null, sm, sf, sm + sf, null, null]);
  tMerges.push(`A${tRows.length}:D${tRows.length}`);
  tRows.push(["注：培训人次以签到表为准；跨天培训按同一批学员计一次。"]);
  tMerges.push(`A${tRows.length}:I${tRows.length}`);
  assert(sum(tRecs.map((r) => r.personTimes)) === sm + sf, "l2 training total");

  // ---------------- reports: month columns, the day in the cell
  const months = monthsBetween("2020-07", "2021-09");
  const sendDay = { "2020-07": 8, "2020-08": 7, "2020-09": 9, "2020-10": 12, "2020-11": 6, "2020-12": null, "2021-01": 6, "2021-02": 5,
    "2021-03": 8, "2021-04": 7, "2021-05": 10, "2021-06": 7, "2021-07": 6, "2021-08": 9, "2021-09": 7 };
  const pov = { "2020-07": "×", "2020-08": "×", "2021-03": null };
  const rRows = [];
  rRows.push(["阳西县电子商务进农村工作月报报送情况（2020年7月—2021年9月）"]);
  rRows.push(["报送月份"].concat(months.map((m) => `${Number(m.slice(0, 4))}年${Number(m.slice(5))}月`)));
  rRows.push(["报送日期（日）"].concat(months.map((m) => (sendDay[m] === null ? "未报" : m === "2021-01" ? `${sendDay[m]}日（含12月）` : `${sendDay[m]}日`))));
  rRows.push(["是否附电商扶贫统计表"].concat(months.map((m) => (sendDay[m] === null ? null : m in pov ? pov[m] : "✓"))));
  rRows.push(["注：报送对象为阳江市商务局；2020年12月因人员调整未按时报送，2021年1月一并报送。"]);
  const rRecs = months.filter((m) => sendDay[m] !== null).map((m) => ({
    date: `${m}-${String(sendDay[m]).padStart(2, "0")}`, poverty: m in pov ? (pov[m] === null ? null : false) : true,
  }));
  const lastCol = colName(months.length);
  assert(rRecs.length === 14 && lastCol === "P", "l2 reports " + rRecs.length + " " + lastCol);

  // ---------------- media
  const mRows = [["阳西县电子商务进农村宣传报道情况"], ["序号", "发布时间", "媒体名称", "媒体层级", "报道形式", "标题", "是否电商扶贫典型案例"]];
  const media = [
    ["2020.10.20", "2020-10-20", "阳西县融媒体中心《阳西新闻》", "县级", "电视", "我县电商服务站进村入户", "否", "county", true],
    [D("2020-12-15"), "2020-12-15", "阳江日报", "地市级", "报纸", "阳西程村蚝搭上电商快车", "否", "city", false],
    ["2021年3月18日", "2021-03-18", "触电新闻（广东广播电视台客户端）", "省级", "客户端", "阳西荔枝“云端”预售火爆", "否", "province", false],
    ["2021.5.26", "2021-05-26", "阳江电视台《阳江新闻》", "地市级", "电视", "贫困户直播卖海鲜 日销千单", "是", "city", true],
    ["2021年6月30日", "2021-06-30", "央视网", "中央级", "网络", "广东阳西：小渔村的电商新生活", "是", "national", false],
    [D("2021-09-09"), "2021-09-09", "南方日报", "省级", "报纸", "阳西：电商服务站覆盖全县行政村", "否", "province", false],
  ];
  media.forEach((x, i) => mRows.push([i + 1, x[0], x[2], x[3], x[4], x[5], x[6]]));
  const mRecs = media.map((x) => ({ date: x[1], level: x[7], tv: x[8] }));

  const cover = [["阳西县电子商务进农村综合示范项目"], ["工 作 台 账"], ["第三册　资金 · 培训 · 报送 · 宣传"], [null], ["阳西县商务局"], ["二〇二一年九月"]];
  return {
    description:
      "阳西县商务局台账第三册。“封面”和“资金安排计划”（按建设内容分配的计划数，万元，没有日期）不是台账。“专项资金明细账”是会计三栏式明细账：每页重复表头，年份只写在表头“2020年”“2021年”格里，下面是月、日两列，同月后续行不写月；凭证字号、摘要、借方、贷方、借或贷、余额；每月后有“本月合计”“本年累计”，第1页末“过次页”、第2页首“承前页”，年底“年末结转”（贷方、余额平）——这些都不是拨付；真正的拨付是19笔借方支出（含2021年9月8日一笔，照录）。“培训情况统计表”两行表头（参训人数合并在男/女/合计之上），人次取合计；培训时间有“2020年10月13-14日”“2020.12.2-4”“2021/4/20-22”“21.3.5”“20210615”和日期格，区间取结束日。“月报报送”月份作列：第2行月份、第3行“X日”、第4行是否附扶贫统计表（✓/×/空），2020年12月“未报”，2021年1月“6日（含12月）”算一条。“宣传报道”里“触电新闻（广东广播电视台客户端）”“央视网”是网络不是电视，县融媒体《阳西新闻》和阳江电视台是电视。",
    sheets: [
      { name: "封面", rows: cover, merges: ["A1:F1", "A2:F2", "A3:F3", "A5:F5", "A6:F6"] },
      { name: "资金安排计划", rows: plan, merges: ["A1:D1", "A2:D2", "A10:B10"] },
      { name: "专项资金明细账", rows: fRows, merges: fMerges },
      { name: "培训情况统计表", rows: tRows, merges: tMerges },
      { name: "月报报送", rows: rRows, merges: [`A1:${lastCol}1`, `A5:${lastCol}5`] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "资金安排计划": { kind: null },
        "专项资金明细账": { kind: "funds", records: fRecs },
        "培训情况统计表": { kind: "training", records: tRecs },
        "月报报送": { kind: "reports", records: rRecs },
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

// cross-checks of the sheets' own text
const txt = (c) => JSON.stringify(c.sheets);
assert(txt(c1).includes("市委常委、常务副市长") && txt(c1).includes("8月30日-9月1日") && txt(c1).includes("意向入驻"), "c1 text");
assert(txt(f1).includes("9.86亿") && txt(f1).includes("县委书记"), "f1 text");
assert(txt(f2).includes("二〇二〇年九月二十八日") && txt(f2).includes("壹仟伍佰万元整") && txt(f2).includes("代市长"), "f2 text");
assert(txt(f3).includes("２０２０年１１月") && txt(f3).includes("分管副县长") && txt(f3).includes("３２．４万人"), "f3 text");
assert(txt(l2).includes("承前页") && txt(l2).includes("过次页") && txt(l2).includes("年末结转"), "l2 text");

write("counties", "b148-c1-xinyi.json", c1);
write("facts", "b148-f1-xuwen.json", f1);
write("facts", "b148-f2-luoding.json", f2);
write("facts", "b148-f3-deqing.json", f3);
write("ledgers", "b148-l1-kaiping.json", l1);
write("ledgers", "b148-l2-yangxi.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
