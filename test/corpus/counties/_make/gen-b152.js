// Batch 152 corpus generator (blind): written from /work/shared/design/ledgers.md, /work/shared/design/scoring-rules.md, the
// official indicator table (lechang-self-assessment-2021.txt) and test/corpus/README.md only; the helper/validation block is
// adapted from counties/_make/gen-b150.js. Deterministic: seeded PRNG, no clock.
"use strict";
// Cases:
// c1 郁南县 (云浮): the facts sheet is a 工作推进表 (计划完成时间 beside 实际完成时间; the centre opened 2021.3.6 against a plan of
//    2020年6月), a 基础数据 block and a 自评 block whose 其中评判项 column spells the judged parts in words; vetoes in a prose line.
//    Ledgers: village table with the town merged down its block, 村委会/居委会 in a 类别 column and 小计 rows per town (two villages
//    “未通达” for express); 省定贫困村 written with the town prefix (“连滩镇××村”); stations whose dates mix date cells, dotted text,
//    month-only text and full-width digits (every one of the 125 covered villages needs its date read); training as a month × type
//    matrix (期数 and 人次 columns, September 1—10 at the bottom) plus the 贫困户专场 sign-in roster it summarises; park enterprises
//    with a renamed company listed twice under one credit code; funds as two tables (省级 in 万元, then 县级配套 in 元, not counted);
//    monthly reports with the January report sent in March; site updates as four side-by-side sub-column lists; media with a
//    level column (the provincial items and the TV case are dated September); materials.
// f1 廉江市 (湛江): a printed 登记表 retyped in Excel: label/value pairs in merged cells, choices as “☑/☐” (one “■/□”), a value
//    box left with nothing ticked, a multi-select with one option unticked, money in 大写 with 小写 in brackets, judged points
//    ticked on a 1—5 scale, the leader ticked as 常务副市长 (deputy).
// f2 阳春市 (阳江): the city bureau's data-collection template: items as rows, one column per demonstration county (only 阳春市
//    filled; 阳东区 blank) and a 省定标准 column to the left of it (“≥30%”, “100%”, “2021年2月28日前”); the unit column says 亿元 /
//    万元 but two cells carry their own unit (“187,300万元”, “11,739,000元”); derived rates that are not inputs.
// f3 怀集县 (肇庆): a 自评对照表 with one row per scoring item of the official 评分标准, the indicator merged down its items and
//    小计 rows, and two column groups: 中期自查（2020年10月）and 终期自评（截至2021年8月31日）; the final column wins, “同中期”
//    sends the reader to the mid-term cell, and the mid-term column alone states the 2019 retail amount.
// l1 台山市 (江门): villages as one row per town with the 村委会 and 居委会 names listed in one cell each, poor villages and
//    villages without express listed in further cells; online training as a 腾讯会议 attendance export (host and co-host rows,
//    reconnections listed twice); a contract payment schedule with up to three payments side by side under a two-row header
//    (万元, one “待验收后支付” planned payment); a 填表说明 sheet.
// l2 化州市 (茂名): a per-town summary sheet that is not a ledger; a station directory without a village column (the
//    administrative village is the “××村委会” in the address, the brand-style names sometimes carry the natural village; opening
//    dates include quarters and a half-year); the park's room register (vacant and shared rooms, a two-room tenant, a room re-let
//    after a tenant left, lease end dates that are not exits); a media index whose 出处 cell holds the date; the city
//    system's submission receipts (报表期别 vs 上报时间, one returned and resubmitted, one not yet submitted).
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
let seed = 152152;
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
    assert(/^b152-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b152-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b152-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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

// =====================================================================================================
// c1 — 云浮郁南县: a 工作推进表-style facts sheet and the ledgers that evidence it.
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "445322";
  const TD = [["都城镇", 10, ["城中社区", "城东社区"]], ["平台镇", 13], ["千官镇", 12], ["大湾镇", 11], ["河口镇", 12], ["宋桂镇", 10],
    ["东坝镇", 11], ["连滩镇", 16], ["历洛镇", 12], ["南江口镇", 11], ["宝珠镇", 14], ["大方镇", 12], ["桂圩镇", 13], ["建城镇", 10],
    ["通门镇", 11]];
  const newName = villageNamer("大小新旧东西南北上下黄白石龙凤云青高罗金竹松古良合双丰长安水河塘岭", [
    "垌", "坑", "塘", "坪", "岗", "岭", "田", "湾", "洞", "冲", "头", "围", "步", "朗", "山", "江", "寨", "根", "坡", "埇", "径", "洲", "边", "背"]);
  const towns = TD.map(([town, n, cs]) => {
    const vs = [];
    for (let i = 0; i < n; i++) vs.push(newName());
    return { town, vs, cs: cs || [town.replace(/镇$/, "") + "社区"] };
  });
  const admin = towns.flatMap((t) => t.vs);
  const comms = towns.flatMap((t) => t.cs);
  const townOf = {};
  for (const t of towns) for (const v of t.vs.concat(t.cs)) townOf[v] = t.town;
  const tIdx = (v) => towns.findIndex((t) => t.town === townOf[v]);
  assert(admin.length === 178 && comms.length === 16, "c1 villages " + admin.length + "/" + comms.length);
  const rural = towns.slice(1).flatMap((t) => t.vs);
  const poorArr = shuffle(rural).slice(0, 26).sort((a, b) => tIdx(a) - tIdx(b) || admin.indexOf(a) - admin.indexOf(b));
  const poorSet = new Set(poorArr);
  const noExpress = [towns[14].vs.filter((v) => !poorSet.has(v))[6], towns[13].vs.filter((v) => !poorSet.has(v))[4]];
  assert(noExpress.every((v) => v && !poorSet.has(v)), "c1 two villages without express");

  // ---------------- villages: town merged down its block, 类别 column, 小计 rows
  const vRows = [["郁南县村（居）民委员会基本情况表"], ["（县民政局提供，2021年6月更新）"],
    ["序号", "镇", "村（居）委会名称", "类别", "户数", "户籍人口（人）", "快递服务", "备注"]];
  const vMerges = ["A1:H1", "A2:H2"];
  let seq = 0;
  let totH = 0;
  let totP = 0;
  for (const t of towns) {
    const first = vRows.length + 1;
    let hh = 0;
    let pp = 0;
    const entries = t.cs.map((c) => ({ name: c, cell: c + "居委会", kind: "居委会" }))
      .concat(t.vs.map((v) => ({ name: v, cell: v + "委会", kind: "村委会" })));
    entries.forEach((e, i) => {
      const h = e.kind === "居委会" ? rint(600, 2400) : rint(180, 720);
      const p = Math.round(h * (3.1 + rnd() * 1.3));
      hh += h;
      pp += p;
      const noEx = noExpress.includes(e.name);
      vRows.push([++seq, i === 0 ? t.town : null, e.cell, e.kind, h, p, noEx ? "未通达" : "已通达", noEx ? "山区邮路未通，快递暂由镇快递站代收" : null]);
    });
    vMerges.push(`B${first}:B${vRows.length}`);
    vRows.push([null, `${t.town}小计`, `村委会${t.vs.length}个、居委会${t.cs.length}个`, null, hh, pp, null, null]);
    totH += hh;
    totP += pp;
  }
  vRows.push([null, "全县合计", `村委会${admin.length}个、居委会${comms.length}个`, null, totH, totP, null, null]);
  vRows.push(["注：类别为“村委会”的即行政村；省定贫困村名单见《省定贫困村》表。"]);
  vMerges.push(`A${vRows.length}:H${vRows.length}`);
  assert(seq === 194, "c1 194 村居 rows");

  // ---------------- poor villages, written with the town in front
  const HELP = ["省直单位", "佛山市直单位", "云浮市直单位", "县直单位"];
  const pvRows = [["郁南县省定相对贫困村名单"], ["序号", "贫困村名称", "驻村帮扶单位", "出列时间"]];
  poorArr.forEach((v, i) => pvRows.push([i + 1, i % 3 === 2 ? `${townOf[v]}${v}委会` : `${townOf[v]}${v}`, HELP[rint(0, 3)],
    i % 2 ? "2020年12月" : "2019年12月"]));
  pvRows.push([`共${poorArr.length}个，已全部出列。`]);

  // ---------------- stations: 125 covered villages, every one needing its date read
  const coveredPoor = poorArr.slice(0, 25);
  const uncoveredPoor = poorArr[25];
  const nonPoor = shuffle(admin.filter((v) => !poorSet.has(v)));
  const coveredNon = nonPoor.slice(0, 100);
  const uncoveredNon = nonPoor.slice(100);
  const workday = (a, b) => {
    // no station opens during the Spring Festival holiday
    let iso = randIsoBetween(a, b);
    while (iso >= "2021-02-10" && iso <= "2021-02-18") iso = randIsoBetween(a, b);
    return iso;
  };
  const st = coveredPoor.concat(coveredNon).map((v) => ({ v, iso: workday("2020-05-11", "2021-08-28") }));
  st.push({ v: coveredNon[7], iso: randIsoBetween("2021-03-01", "2021-08-20"), second: true });
  st.push({ v: coveredNon[61], iso: randIsoBetween("2021-03-01", "2021-08-20"), second: true });
  st.push({ v: uncoveredPoor, iso: "2021-09-14", fmt: "month" });
  st.push({ v: uncoveredNon[3], iso: "2021-09-06", fmt: "fw" });
  st.push({ v: "城东社区", iso: "2020-10-20", comm: true });
  st.sort((a, b) => tIdx(a.v) - tIdx(b.v) || byIso(a.iso, b.iso));
  const OPS = ["郁南县邮政分公司", "郁南县供销社电子商务有限公司", "云浮市南粤农村电商服务有限公司"];
  const sRows = [["郁南县村级电子商务服务站点台账"], ["序号", "所属镇", "所在村（社区）", "站点名称", "运营主体", "负责人", "联系电话", "建成时间"]];
  const fmtCount = { date: 0, dot: 0, month: 0, fw: 0, slash: 0 };
  const fmtEx = {};
  st.forEach((s, i) => {
    const f = s.fmt || ["date", "dot", "month", "fw", "slash"][i % 5];
    fmtCount[f]++;
    if (!fmtEx[f] && s.iso <= CUT) fmtEx[f] = { no: i + 1, v: s.v, iso: s.iso };
    const [y, m] = ymd(s.iso);
    const dc = f === "date" ? D(s.iso) : f === "dot" ? dotDate(s.iso) : f === "month" ? `${y}年${m}月` : f === "fw" ? fullWidth(cnDate(s.iso)) : slashDate(s.iso);
    const base = s.v.replace(/(村|社区)$/, "");
    const vcell = s.comm ? s.v + "居委会" : i % 6 === 3 ? s.v + "委会" : s.v;
    sRows.push([i + 1, townOf[s.v], vcell, `郁南县${townOf[s.v]}${base}${s.comm ? "社区" : "村"}电商服务站${s.second ? "（二）" : ""}`,
      OPS[rint(0, 2)], personName(), mask(phone()), dc]);
  });
  sRows.push([`合计：${st.length}个`]);
  const byCut = st.filter((s) => s.iso <= CUT && admin.includes(s.v));
  const covAdmin = new Set(byCut.map((s) => s.v));
  const covPoor = [...covAdmin].filter((v) => poorSet.has(v));
  assert(covAdmin.size === 125 && covPoor.length === 25, "c1 coverage " + covAdmin.size + "/" + covPoor.length);
  assert(125 * 100 >= 70 * 178 && 124 * 100 < 70 * 178, "c1: 125/178 = 70.2% ≥ 70%, one village fewer would fall under 70%");
  assert(Object.values(fmtCount).every((n) => n >= 20), "c1 every date style is used many times " + JSON.stringify(fmtCount));
  assert(byCut.filter((s) => s.iso >= "2021-08-01").length >= 3, "c1 some stations opened in August");

  // ---------------- poor persons
  const pvill = poorArr.concat(shuffle(rural.filter((v) => !poorSet.has(v))).slice(0, 30));
  const persons = [];
  const mk = (labour, migrant, lab) => {
    const male = rnd() < 0.52;
    const birth = labour ? birthBetween(1963, 2002) : rnd() < 0.65 ? birthBetween(1936, 1958) : birthBetween(2007, 2016);
    persons.push({ name: personName(), male, id: makeId(REGION, birth, male), v: pvill[rint(0, pvill.length - 1)], labour, migrant,
      lab: lab || (labour ? "有劳动能力" : "无劳动能力") });
  };
  for (let i = 0; i < 240; i++) mk(true, false);
  for (let i = 0; i < 110; i++) mk(true, true);
  for (let i = 0; i < 45; i++) mk(false, false, "无劳动能力");
  for (let i = 0; i < 25; i++) mk(false, false, "丧失劳动能力");
  const pSorted = shuffle(persons).sort((a, b) => tIdx(a.v) - tIdx(b.v) || admin.indexOf(a.v) - admin.indexOf(b.v));
  const ppRows = [["郁南县建档立卡贫困人口名单"], ["（县乡村振兴局2021年5月核定）"],
    ["序号", "镇", "村", "姓名", "性别", "身份证号码", "劳动能力", "是否外出务工"]];
  pSorted.forEach((p, i) => ppRows.push([i + 1, townOf[p.v], p.v + "委会", p.name, p.male ? "男" : "女", p.id, p.lab, p.migrant ? "是" : "否"]));
  const eligible = persons.filter((p) => p.labour && !p.migrant);
  assert(eligible.length === 240 && persons.length === 420, "c1 240 eligible of 420");

  // ---------------- 贫困户专场 roster
  const ZC = ["2020-06-18", "2020-09-24", "2020-11-19", "2021-01-14", "2021-04-22", "2021-06-17", "2021-08-12", "2021-09-16"];
  const sess = ZC.map((iso, i) => ({ iso, no: i + 1, place: ["县电子商务公共服务中心", "县委党校", "连滩镇政府会议室", "宝珠镇政府会议室"][i % 4] }));
  sess[0].place = "县委党校";
  sess[1].place = "县委党校";
  sess[2].place = "连滩镇政府会议室";
  sess[3].place = "宝珠镇政府会议室";
  const pre = sess.slice(0, 7);
  const septS = sess[7];
  const elig = shuffle(eligible);
  const trained = elig.slice(0, 106);
  const septNew = elig.slice(106, 108);
  const roster = [];
  for (const p of trained) roster.push({ p, s: pre[rint(0, 6)] });
  for (const p of trained.slice(10, 28)) {
    const first = roster.find((r) => r.p === p).s;
    let s2 = pre[rint(0, 6)];
    while (s2 === first) s2 = pre[rint(0, 6)];
    roster.push({ p, s: s2 });
  }
  const migr = persons.filter((p) => p.labour && p.migrant);
  const nolab = persons.filter((p) => !p.labour && birthYear(p.id) < 2000);
  for (const p of migr.slice(0, 5)) roster.push({ p, s: pre[rint(0, 6)] });
  for (const p of nolab.slice(0, 3)) roster.push({ p, s: pre[rint(0, 6)] });
  for (const p of septNew.concat([trained[50], trained[51]], migr.slice(5, 12), nolab.slice(3, 6))) roster.push({ p, s: septS });
  roster.sort((a, b) => a.s.no - b.s.no || tIdx(a.p.v) - tIdx(b.p.v));
  const rosterByCut = roster.filter((r) => r.s.iso <= CUT);
  const trainedByCut = new Set(rosterByCut.filter((r) => r.p.labour && !r.p.migrant).map((r) => r.p.id));
  assert(roster.length === 146 && rosterByCut.length === 132, "c1 roster rows " + roster.length + "/" + rosterByCut.length);
  assert(trainedByCut.size === 106, "c1 106 eligible trained by the cut-off");
  assert(106 * 100 >= 40 * 240 && 106 * 100 < 50 * 240, "c1 44.2% in [40%, 50%)");
  assert(124 * 100 >= 50 * 240, "c1 the 124 rows (not de-duplicated) would pass 50%");
  const rRows = [["郁南县电商扶贫专场培训参训人员名单"], ["（贫困户专场签到表汇总，人次已计入《培训月度统计》“贫困户专场”栏）"],
    ["序号", "培训日期", "培训班", "培训地点", "镇", "村", "姓名", "身份证号码"]];
  roster.forEach((r, i) => {
    const dc = r.s.no % 2 ? D(r.s.iso) : cnDate(r.s.iso);
    rRows.push([i + 1, dc, `电商扶贫专场培训班（第${r.s.no}期）`, r.s.place, townOf[r.p.v], r.p.v, r.p.name, r.p.id]);
  });

  // ---------------- training: months × types
  const months = monthsBetween("2020-03", "2021-09");
  const mt = months.map((m) => {
    const zs = sess.filter((s) => ym(s.iso) === m);
    const n3 = roster.filter((r) => ym(r.s.iso) === m).length;
    return { m, p1: 0, n1: 0, p2: 0, n2: 0, p3: zs.length, n3 };
  });
  for (const r of mt) {
    if (r.m === "2020-03" || r.m === "2021-09") continue;
    r.p1 = rint(1, 2);
    r.n1 = r.p1 * rint(60, 100);
    r.p2 = rnd() < 0.5 ? 1 : 0;
    r.n2 = r.p2 * rint(35, 70);
  }
  const sepRow = mt[mt.length - 1];
  Object.assign(sepRow, { p1: 2, n1: 410, p2: 1, n2: 216 });
  const inCutM = mt.filter((r) => r.m <= "2021-08");
  let tot = sum(inCutM.map((r) => r.n1 + r.n2 + r.n3));
  let guard = 0;
  while (tot !== 3325) {
    const r = inCutM[rint(0, inCutM.length - 1)];
    const step = tot < 3325 ? 1 : -1;
    if (r.p1 === 0 || r.n1 + step > r.p1 * 165 || r.n1 + step < r.p1 * 50) continue;
    r.n1 += step;
    tot += step;
    assert(++guard < 100000, "c1 training fix");
  }
  const sepTot = sepRow.n1 + sepRow.n2 + sepRow.n3;
  assert(sepRow.n3 === 14 && sepTot === 640, "c1 September 640 person-times");
  assert(3325 * 1000 >= 387900 * 8 && 3325 * 100 < 387900, "c1 3,325/387,900 = 0.857% → 8");
  assert((3325 + 640) * 100 >= 387900, "c1 counting September would reach 1%");
  const tRows = [["郁南县电子商务培训月度统计表"], ["单位：期、人次"],
    ["月份", "普及性培训", null, "增值培训", null, "贫困户专场", null, "合计人次", "备注"],
    [null, "期数", "人次", "期数", "人次", "期数", "人次", null, null]];
  const tMerges = ["A1:I1", "A2:I2", "A3:A4", "B3:C3", "D3:E3", "F3:G3", "H3:H4", "I3:I4"];
  for (const r of mt) {
    const label = r.m === "2021-09" ? "2021年9月（1—10日）" : cnMonth(r.m);
    const note = r.m === "2020-03" ? "受疫情影响暂停" : r.m === "2021-09" ? "截至9月10日" : null;
    tRows.push([label, r.p1, r.n1, r.p2, r.n2, r.p3, r.n3, r.n1 + r.n2 + r.n3, note]);
  }
  const colSum = (k) => sum(mt.map((r) => r[k]));
  tRows.push(["合计", colSum("p1"), colSum("n1"), colSum("p2"), colSum("n2"), colSum("p3"), colSum("n3"),
    colSum("n1") + colSum("n2") + colSum("n3"), null]);
  tRows.push(["注：贫困户专场参训人员名单见《贫困户参训名单》。"]);
  tMerges.push(`A${tRows.length}:I${tRows.length}`);
  assert(colSum("n1") + colSum("n2") + colSum("n3") === 3965, "c1 the 合计 row 3,965 includes September");

  // ---------------- park enterprises: a renamed company appears twice under one credit code
  const ENTS = [
    ["郁南县都城优品电子商务有限公司", "销售型企业", "2021-03-06"], ["云浮市南粤农村电商服务有限公司", "电商运营商", "2021-03-06"],
    ["郁南县顺通城乡物流有限公司", "物流企业", "2021-03-06"], ["郁南县黄皮之乡网络科技有限公司", "平台型电商企业", "2021-03-12"],
    ["郁南县连滩腐竹电商专业合作社", "销售型企业", "2021-03-12"], ["郁南县南江电子商务有限公司", "销售型企业", "2021-03-19"],
    ["郁南县宝珠砂糖桔网店", "销售型企业", "2021-03-26"], ["郁南县云商直播传媒有限公司", "电商运营商", "2021-04-02"],
    ["郁南县邮政快递物流服务中心", "物流企业", "2021-04-02"], ["郁南县大湾古村旅游电商工作室", "销售型企业", "2021-04-16"],
    ["郁南县禾丰农产品加工有限公司", "农产品加工企业", "2021-04-23"], ["郁南县千官蜂蜜电子商务有限公司", "销售型企业", "2021-05-07"],
    ["郁南县乡村优选供应链管理有限公司", "平台型电商企业", "2021-05-14"], ["郁南县河口山茶油网店", "销售型企业", "2021-05-21"],
    ["郁南县青创电商孵化服务有限公司", "电商运营商", "2021-06-04"], ["郁南县冷链通仓储物流有限公司", "物流企业", "2021-06-18"],
    ["郁南县通门竹编工艺品网店", "销售型企业", "2021-07-02"], ["云浮市南江数字农业科技有限公司", "销售型企业", "2021-03-22", "rename"],
    ["郁南县历洛山货电子商务有限公司", "销售型企业", "2021-07-23"], ["郁南县桂圩腊味电子商务商行", "销售型企业", "2021-08-13"],
  ];
  const codes = ENTS.map(() => creditCode(REGION));
  codes[17] = codes[5];
  const eRows = [["郁南县电子商务产业园入驻企业名录"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "主营业务", "备注"]];
  const MAIN = ["农特产品网络销售", "电商代运营、直播", "快递物流", "平台运营", "农产品加工"];
  ENTS.forEach(([n, t, en, flag], i) => {
    let note = null;
    if (i === 5) note = "2021年3月更名为云浮市南江数字农业科技有限公司（见第18行）";
    if (flag === "rename") note = "原郁南县南江电子商务有限公司（第6行）更名";
    const dc = i % 3 === 0 ? cnDate(en) : i % 3 === 1 ? dotDate(en) : D(en);
    eRows.push([i + 1, n, codes[i], t, dc, MAIN[t.includes("物流") ? 2 : t.includes("运营") ? 1 : t.includes("平台") ? 3 : t.includes("加工") ? 4 : 0], note]);
  });
  const distinct = new Set(ENTS.filter(([, , en]) => en <= CUT).map((e, i) => codes[ENTS.indexOf(e)]));
  assert(ENTS.length === 20 && distinct.size === 19, "c1 20 rows, 19 enterprises");
  assert(new Set(ENTS.map((e) => e[1])).size === 5, "c1 five types");

  // ---------------- funds: 省级 (万元) then 县级配套 (元)
  const PAY = [
    ["2020-06-22", "县电子商务公共服务中心装修工程（一期）", "云浮市建业装饰工程有限公司", 2465000],
    ["2020-08-14", "村级电商服务站点建设（第一批）", "郁南县供销社电子商务有限公司", 1186000],
    ["2020-10-30", "电商培训服务费（第一期）", "云浮市南粤农村电商服务有限公司", 368500],
    ["2020-12-18", "县级物流配送中心建设", "郁南县顺通城乡物流有限公司", 2134000],
    ["2021-01-22", "村级站点设备采购", "广东粤信科技有限公司", 872600],
    ["2021-03-26", "县电子商务公共服务中心装修工程（二期）", "云浮市建业装饰工程有限公司", 960000],
    ["2021-04-29", "农产品溯源系统建设", "广东禾丰数字农业科技有限公司", 528000],
    ["2021-05-28", "村级电商服务站点建设（第二批）", "郁南县供销社电子商务有限公司", 1043000],
    ["2021-06-25", "电商培训服务费（第二期）", "云浮市南粤农村电商服务有限公司", 387400],
    ["2021-07-30", "“郁南无核黄皮”品牌推广活动", "郁南县云商直播传媒有限公司", 276000],
    ["2021-08-27", "公共服务中心运营服务费（2021年上半年）", "云浮市南粤农村电商服务有限公司", null],
    ["2021-09-08", "村级电商服务站点建设（第三批）", "郁南县供销社电子商务有限公司", 956000],
  ];
  const TARGET = 10682500;
  const bal = PAY.find((p) => p[3] === null);
  bal[3] = TARGET - sum(PAY.filter((p) => p[3] !== null && p[0] <= CUT).map((p) => p[3]));
  assert(bal[3] > 300000 && bal[3] < 600000 && bal[3] % 100 === 0, "c1 balancing payment " + bal[3]);
  const fRows = [["郁南县电子商务进农村综合示范资金拨付台账"], ["一、省级专项资金（单位：万元）"],
    ["序号", "拨付日期", "项目名称", "收款单位", "拨付金额", "凭证号", "备注"]];
  const fMerges = ["A1:G1", "A2:G2"];
  PAY.forEach(([iso, item, payee, amt], i) => {
    fRows.push([i + 1, i % 2 ? D(iso) : dotDate(iso), item, payee, wan(amt), `记-${iso.slice(0, 4)}-${String(20 + i * 7).padStart(4, "0")}`,
      iso > CUT ? "9月支付" : null]);
  });
  fRows.push(["小计", null, null, null, wan(sum(PAY.map((p) => p[3]))), null, null]);
  fRows.push([]);
  fRows.push(["二、县级配套资金（不列入省级专项资金支出，单位：元）"]);
  fMerges.push(`A${fRows.length}:G${fRows.length}`);
  fRows.push(["序号", "拨付日期", "项目名称", "收款单位", "拨付金额", "凭证号", "备注"]);
  const CP = [["2020-09-15", "公共服务中心水电增容改造", "郁南县供电局", 186400], ["2021-02-03", "镇级快递中转站场地租金", "郁南县都城镇经济联合社", 240000],
    ["2021-05-12", "电商节活动场地及宣传费", "郁南县文化广告有限公司", 158000], ["2021-07-20", "村级站点网络宽带费", "中国电信郁南分公司", 242000]];
  CP.forEach(([iso, item, payee, amt], i) => fRows.push([i + 1, cnDate(iso), item, payee, fmtMoney(amt), `县配-${String(i + 1).padStart(3, "0")}`, null]));
  fRows.push(["小计", null, null, null, fmtMoney(sum(CP.map((p) => p[3]))), null, null]);
  const provCut = sum(PAY.filter((p) => p[0] <= CUT).map((p) => p[3]));
  assert(provCut === TARGET && provCut * 100 >= 15000000 * 70, "c1 10,682,500 = 71.2% ≥ 70%");
  assert(provCut * 1 < 15000000 * 0.72, "c1 rate under 72%");
  const provAll = sum(PAY.map((p) => p[3]));
  assert(provAll === 11638500, "c1 all payments 1,163.85万 (the facts sheet's figure)");

  // ---------------- monthly reports
  const reps = monthsBetween("2020-07", "2021-08").map((m) => {
    const nm = monthsBetween(m, "2021-12")[1];
    let iso = `${nm}-${String(rint(3, 9)).padStart(2, "0")}`;
    if (m === "2021-01") iso = "2021-03-02";
    if (m === "2021-02") iso = "2021-03-09";
    return { m, iso };
  });
  const repRows = [["郁南县电子商务进农村工作月报报送登记"], ["序号", "报送日期", "文号", "报送内容", "报送方式", "附件", "备注"]];
  reps.forEach((r, i) => {
    const [y, m] = ymd(r.m + "-01");
    repRows.push([i + 1, cnDate(r.iso), `郁商务报〔${r.iso.slice(0, 4)}〕${i + 3}号`, `郁南县${y}年${m}月电子商务进农村综合示范工作月报`,
      "粤政易+纸质件", "工作进展表、电商扶贫情况统计表", r.m === "2021-01" ? "春节假期顺延，与2月月报先后报送" : null]);
  });
  const repMonths = new Set(reps.map((r) => ym(r.iso)));
  const repIn = WINDOW.filter((m) => repMonths.has(m));
  assert(repIn.length === 11 && !repMonths.has("2021-02"), "c1 reports: no entry in February 2021");

  // ---------------- site column updates: four sub-column lists side by side
  const G1 = [["2019-12-16", "郁南县电子商务进农村综合示范县创建工作方案"], ["2020-07-10", "郁南县电子商务进农村综合示范县创建工作方案（修订）"]];
  const G2 = [["2019-12-16", "郁南县电子商务进农村综合示范项目基本信息"], ["2020-04-20", "示范项目承建单位及项目基本信息（第一批）"],
    ["2020-10-15", "示范项目承建单位及项目基本信息（第二批）"], ["2021-02-23", "示范项目基本信息调整公示"]];
  const G3 = [];
  for (const m of monthsBetween("2020-03", "2021-07")) {
    if (m === "2021-01") continue;
    const nm = monthsBetween(m, "2021-12")[1];
    const [y, mm] = ymd(m + "-01");
    const title = m === "2021-02" ? "示范项目建设进度（2021年1—2月）" : `示范项目建设进度（${y}年${mm}月）`;
    G3.push([`${nm}-${String(rint(5, 16)).padStart(2, "0")}`, title]);
  }
  const G4 = [["2019-12-16", "示范项目监督举报电话公告"], ["2021-05-06", "监督举报电话变更公告"]];
  const dRows = [["郁南县人民政府网“电子商务进农村综合示范”专栏更新记录"],
    ["创建方案", null, "项目基本信息", null, "项目建设进度", null, "监督举报", null],
    ["发布日期", "标题", "发布日期", "标题", "发布日期", "标题", "发布日期", "标题"]];
  const dMerges = ["A1:H1", "A2:B2", "C2:D2", "E2:F2", "G2:H2"];
  const nD = Math.max(G1.length, G2.length, G3.length, G4.length);
  for (let i = 0; i < nD; i++) {
    const row = [];
    for (const [g, k] of [[G1, 0], [G2, 1], [G3, 2], [G4, 3]]) {
      const e = g[i];
      row.push(e ? (k === 2 && i % 3 === 1 ? dotDate(e[0]) : D(e[0])) : null, e ? e[1] : null);
    }
    dRows.push(row);
  }
  const allD = G1.concat(G2, G3, G4);
  const dMonths = new Set(allD.map((d) => ym(d[0])));
  assert(WINDOW.every((m) => dMonths.has(m)), "c1 disclosures: every month of the window has an update");
  assert(!G3.some((d) => ym(d[0]) === "2021-02") && G2.some((d) => ym(d[0]) === "2021-02"), "c1 February only in 项目基本信息");

  // ---------------- media and materials
  const medRows = [["郁南县电子商务进农村宣传报道登记"], ["序号", "报道日期", "媒体名称", "媒体级别", "报道形式", "标题", "电商扶贫典型案例"],
    [1, D("2020-12-22"), "郁南县融媒体中心《郁南新闻》", "县级", "电视", "郁南首批村级电商服务站挂牌运营", "否"],
    [2, "2021.4.16", "云浮日报", "市级", "报纸", "郁南无核黄皮“触网”走俏", "否"],
    [3, "2021年5月20日", "郁南县融媒体中心《郁南新闻》", "县级", "电视", "脱贫户直播卖砂糖桔 订单排到下个月", "是"],
    [4, D("2021-09-07"), "南方日报", "省级", "报纸", "郁南：电商进村 黄皮出山", "否"],
    [5, "2021.9.16", "广东广播电视台《广东新闻联播》", "省级", "电视", "郁南脱贫户借力电商卖出好价钱", "是"]];
  const matRows = [["经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送对象"],
    [1, "2021年6月18日", "郁南县“电商+无核黄皮”助农增收经验材料", "云浮市商务局"],
    [2, "2021年9月8日", "郁南县电子商务进农村综合示范创建工作总结", "云浮市商务局"]];

  // ---------------- the facts sheet: 工作推进表 + 基础数据 + 自评
  const F = [];
  const FM = [];
  F.push(["郁南县电子商务进农村综合示范创建工作推进情况及自评表"]);
  FM.push("A1:G1");
  F.push(["填报单位：郁南县商务局　　　　数据截至：2021年8月31日　　　　填报时间：2021年9月12日"]);
  FM.push("A2:G2");
  F.push(["一、重点工作推进情况"]);
  FM.push("A3:G3");
  F.push(["序号", "工作任务", "牵头单位", "计划完成时间", "实际完成时间", "完成情况", "备注"]);
  const TASKS = [
    ["成立示范创建工作领导小组", "县政府办", "2019年9月", "2019.9.20",
      "已成立，县长任组长，县商务局、县财政局、县农业农村局、县扶贫办（现县乡村振兴局）、县交通运输局、县市场监管局、县邮政分公司为成员单位", "郁府办函〔2019〕71号"],
    ["印发示范县创建工作方案", "县商务局", "2019年10月", "2019.11.8", "已印发", "郁府办〔2019〕52号"],
    ["出台农村电商扶持政策", "县商务局", "2020年3月", "2020.6.30", "已出台", "《郁南县促进农村电子商务发展若干措施》"],
    ["建成县级电子商务公共服务中心并投入运营", "县商务局", "2020年6月", "2021.3.6", "已投入运营", "原计划2020年6月，因疫情及装修延期"],
    ["中心设免费培训场所、配备培训设备", "运营服务商", "2020年6月", "2021.3.6", "已完成（培训室1间、电脑40台）", null],
    ["中心为特色农产品提供免费展示、销售服务", "运营服务商", "2020年6月", "2021.3.6", "已开展", null],
    ["中心提供免费摄影、美工服务", "运营服务商", "2020年9月", "2021.4.12", "已开展", null],
    ["组织农产品统一推广、指导品牌建设", "县农业农村局", "2020年12月", "2021.4.20", "已开展（“郁南无核黄皮”区域公用品牌推广）", null],
    ["中心提供其他衍生增值服务", "运营服务商", "2021年6月", "—", "未开展", "计划10月开展金融对接服务"],
    ["建设或整合、优化电商产业园", "县商务局", "2020年12月", "2021.3.6", "已整合建成（中心二、三楼）", null],
    ["引进专业第三方电子商务运营服务商", "县商务局", "2020年5月", "2020.5.18", "已引进", "云浮市南粤农村电商服务有限公司"],
    ["实现行政村物流快递全覆盖", "县交通运输局", "2021年6月", "2021.6.30", "已实现100%覆盖", null],
    ["政府网站设立示范专栏，公示创建方案、项目基本信息、项目建设进度，设立监督举报窗口", "县商务局", "2019年12月", "2019.12.16",
      "已设立，四项内容均已公示", null],
    ["建立电商扶贫统计制度", "县商务局", "2020年3月", "2020.4.1", "已建立，月报附电商扶贫情况统计表", null],
    ["制定省级专项资金管理办法", "县财政局", "2019年12月", "2020.1.10", "已制定", "郁财〔2020〕3号"],
    ["建立资金专用台账", "县商务局", "2019年12月", "2020.1.10", "已建立", null],
  ];
  TASKS.forEach((t, i) => F.push([i + 1].concat(t)));
  F.push(["二、基础数据"]);
  FM.push(`A${F.length}:G${F.length}`);
  F.push(["序号", "指标", "数值", "单位", "数据来源", null, null]);
  FM.push(`E${F.length}:G${F.length}`);
  const BASIC = [
    ["常住人口", 38.79, "万人", "第七次全国人口普查"], ["行政村", 178, "个", "不含居委会16个"], ["省定贫困村", 26, "个", null],
    ["2019年农村网络零售额", 9.86, "亿元", "省商务厅监测数"], ["2020年农村网络零售额", 12.21, "亿元", "省商务厅监测数"],
    ["2019年农产品网络零售额", 2.73, "亿元", "省商务厅监测数"], ["2020年农产品网络零售额", 3.65, "亿元", "省商务厅监测数"],
    ["累计培训人次", "3,965", "人次", "截至9月10日"], ["有劳动能力的建档立卡贫困人口（不含外出务工）", 240, "人", "县乡村振兴局核定"],
    ["参加培训的建档立卡贫困人口", 124, "人", null], ["下达省级专项资金", "1,500", "万元", "粤财工〔2019〕138号"],
    ["累计拨付资金", "1,163.85", "万元", "截至9月10日"], ["项目总体进度", 88, "%", null],
  ];
  BASIC.forEach((b, i) => {
    F.push([i + 1, b[0], b[1], b[2], b[3], null, null]);
    FM.push(`E${F.length}:G${F.length}`);
  });
  assert(pct1(1221 - 986, 986) === "23.8%" && pct1(365 - 273, 273) === "33.7%", "c1 growth: rural 23.8%, agri 33.7%");
  F.push(["三、自评得分"]);
  FM.push(`A${F.length}:G${F.length}`);
  F.push(["序号", "评价指标", "分值", "自评得分", "其中评判项自评", null, "扣分说明"]);
  FM.push(`E${F.length}:F${F.length}`);
  const SELF = [
    ["org.leadership", "组织领导", 2, 2, null, null], ["org.plan", "方案制定", 2, 2, "方案制定2分", null],
    ["org.policy", "政策支持", 2, 1, "政策支持1分", "政策兑现不足"], ["org.management", "项目管理", 4, 3, "项目管理制度2分，工作台账1分", "台账不够完整"],
    ["work.center", "服务体系建设（县级中心与产业园）", 15, 14, null, "其他衍生增值服务未开展"],
    ["work.coverage", "服务体系建设（村级站点覆盖）", 10, 10, null, null],
    ["work.upward", "农村产品上行", 10, 8, "网销调研2分，网络促销活动1分，交易标准及冷链溯源1分", null],
    ["work.training", "电商人才培训", 20, 20, null, null], ["info.disclosure", "信息公开", 4, 4, null, null],
    ["info.reporting", "数据上报", 6, 6, null, null], ["promo.cases", "案例总结", 2, 2, null, null], ["promo.media", "经验推广", 8, 8, null, null],
    ["fund.system", "制度建立", 5, 4, "资金管理制度4分", null], ["fund.ledger", "资金台账", 5, 4, "资金台账4分", null],
    ["fund.spending", "资金支出", 5, 4, "资金及时拨付4分", null],
    ["bonus.poorTraining", "加分项：贫困人口培训率70%及以上", 2, 0, null, null],
    ["bonus.tvCase", "加分项：电商扶贫典型案例获电视播报", 2, 0, null, null],
  ];
  SELF.forEach((s, i) => {
    F.push([i + 1, s[1], s[2], s[3], s[4], null, s[5]]);
    FM.push(`E${F.length}:F${F.length}`);
  });
  const claimed = {};
  for (const s of SELF) claimed[s[0]] = s[3];
  const claimTotal = sum(SELF.map((s) => s[3]));
  assert(claimTotal === 92, "c1 claimed 92");
  F.push([null, "合计", 104, claimTotal, null, null, null]);
  FM.push(`E${F.length}:F${F.length}`);
  F.push(["四、否决事项：本县未发生安全生产、质量事故，未造成重大经济损失和社会不良影响；不存在弄虚作假情况。"]);
  FM.push(`A${F.length}:G${F.length}`);
  F.push(["填表人：黄××　　　　审核：陈××　　　　联系电话：0766-75×××××"]);
  FM.push(`A${F.length}:G${F.length}`);

  // ---------------- expectation
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 1,
    "work.center": 2 + 0 + 2 + 1 + 1 + 1 + 0 + 2 + 0 + 1, "work.coverage": 5 + 3, "work.upward": 2 + 1 + 1 + 0 + 1 + 2,
    "work.training": 8 + 8, "info.disclosure": 2 + 2, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 0,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  const total = scored + bonus;
  assert(scored === 75 && total === 75, "c1 total " + scored + "/" + total);
  const derivation = [
    "org.leadership: 推进表第1项：县长任组长（主要领导），成员单位含县商务局、县财政局、县农业农村局、县扶贫办（现县乡村振兴局）→ 2",
    "org.plan: 第2项方案已印发（郁府办〔2019〕52号），自评“方案制定2分” → 2",
    "org.policy: 第3项扶持政策已出台，自评“政策支持1分” → 1",
    "org.management: 自评“项目管理制度2分，工作台账1分” → 3",
    "work.center: 中心“实际完成时间”2021.3.6（“计划完成时间”2020年6月不是运营日期）≤截止日 → 2；2021-03-06晚于2021-02-28，截至8月31日未满6个月 → 0；免费培训场所设备(2)、展示销售(1)、摄影美工(1)、品牌推广(1)已完成；其他衍生增值服务“未开展” → 0；产业园已整合建成 → 2；入驻企业名录20行，但第6行“郁南县南江电子商务有限公司”与第18行“云浮市南江数字农业科技有限公司”是同一统一社会信用代码（更名），按代码去重19家 < 20 → 0；类型平台型、销售型、电商运营商、物流企业、农产品加工企业 ≥ 3 → 1；合计10",
    `work.coverage: 村（居）表类别“村委会”178个（居委会16个不算，镇小计、全县合计行不是村）；站点台账${st.length}行，建成时间有五种写法：日期格（序号${fmtEx.date.no}）、点分文本“${dotDate(fmtEx.dot.iso)}”、只到月的“${cnMonth(fmtEx.month.iso)}”（月份≤2021年8月即在截止日前）、全角“${fullWidth(cnDate(fmtEx.fw.iso))}”、斜杠“${slashDate(fmtEx.slash.iso)}”；截止日前有站点的行政村125个（两个村各有两个站只算一次；城东社区居委会的站点不是行政村；${uncoveredNon[3]}“２０２１年９月６日”、${uncoveredPoor}“2021年9月”在截止日之后）；125/178 = 70.2% ≥ 70% → 5（漏读任何一种日期写法都会跌到70%以下）；省定贫困村表写成“镇名+村名”（如“${townOf[poorArr[0]]}${poorArr[0]}”），26个中25个在截止日前有站点，${uncoveredPoor}的站点2021年9月才建成；25/26 = 96.2%，在80%–100%之间 → 3；合计8`,
    `work.upward: 网销调研2 + 网络促销1 + 第三方运营服务商（已引进）1 + 快递：村表有“快递服务”列，${noExpress.join("、")}两个村委会“未通达” → 0（推进表“已实现100%覆盖”与台账不符，以台账为准并提示）+ 交易标准及冷链溯源1 + 增速：农村网络零售额9.86→12.21亿元 = +23.8% < 30%，农产品网络零售额2.73→3.65亿元 = +33.7% ≥ 30% → 2；合计7`,
    "work.training: 培训月度统计表按月份、三类培训给“期数”和“人次”，只加人次：2020年3月至2021年8月合计3,325人次（其中贫困户专场132人次）；末行“2021年9月（1—10日）”640人次在截止日之后（合计行3,965和基础数据“累计培训人次3,965”都含9月）；常住人口38.79万 → 基数387,900，3,325/387,900 = 0.857%，在0.8%–1%之间 → 8（计入9月则为1.02%）；贫困人口名单420人，有劳动能力且未外出务工240人；专场名单146行，截止日前132行，去掉外出务工5人次、无劳动能力3人次、同一人第二次参训18人次，截止日前参训的在家有劳动能力者106人（9月16日一期另有2人首次参训，不算）；106/240 = 44.2%，在40%–50%之间 → 8（不去重按124人算会误得10分，基础数据“参加培训124人”与名单不符，以名单为准）；合计16",
    "info.disclosure: 推进表第13项专栏已设立，创建方案、项目基本信息、项目建设进度、监督举报窗口四项均已公示 → 2；专栏更新记录四个子栏目并排：“项目建设进度”没有2021年2月的更新（1—2月合并在3月发布），但“项目基本信息”2021-02-23有调整公示，2020年9月至2021年8月每月都有更新 → 2；合计4",
    "info.reporting: 月报报送登记：12月月报2021年1月报送，1月月报因春节2021年3月2日才报、2月月报3月9日报，2021年2月没有报送 → 不定时1；推进表第14项已建立电商扶贫统计制度、月报附扶贫统计表 → 3；合计4",
    "promo.cases: 经验材料2021年6月18日报送云浮市商务局 → 2（9月8日一份在截止日后）",
    "promo.media: 截止日前：云浮日报（市级）→ 3，郁南县融媒体中心（县级）→ 1；南方日报、广东广播电视台（省级）都在2021年9月，不算 → 合计4",
    "fund.system: 推进表第15项已制定资金管理办法，自评“资金管理制度4分” → 4",
    "fund.ledger: 第16项已建立资金专用台账，自评“资金台账4分” → 4",
    `fund.spending: 资金拨付台账第一张表（省级专项，单位万元）截止日前11笔合计1,068.25万元 = 10,682,500元（9月8日95.6万元不算；第二张表是县级配套资金、单位元，标明不列入省级支出）；10,682,500/15,000,000 = 71.2% ≥ 70%（基础数据“累计拨付1,163.85万元”截至9月10日，含9月那笔）→ 自评“资金及时拨付4分” → 4`,
    "bonus.poorTraining: 贫困人口培训率44.2% < 70% → 0",
    "bonus.tvCase: 典型案例“是”两条：郁南县融媒体中心（县级电视）不够格；广东广播电视台（省级电视）2021年9月16日播出，在截止日之后 → 0",
    "veto.incident: 第四部分声明未发生安全生产、质量事故及重大损失 → 不否决，0",
    "veto.progress: 基础数据项目总体进度88% ≥ 40% → 不否决，0",
    "veto.fraud: 声明不存在弄虚作假 → 不否决，0",
    "total: 2+2+1+3+10+8+7+16+4+4+2+4+4+4+4 = 75，加分0 → 75（县自评合计92）",
  ];
  return {
    description:
      "云浮郁南县商务局整本迎考工作簿。事实页是“工作推进情况及自评表”：第一部分按工作任务列“计划完成时间”和“实际完成时间”（中心计划2020年6月、实际2021.3.6投入运营，要取实际），完成情况写“已完成/已开展/未开展”（其他衍生增值服务未开展）；第二部分基础数据是“指标|数值|单位”（万人、亿元、万元、%），其中培训人次和累计拨付截至9月10日；第三部分自评得分每个指标一行，“其中评判项自评”一栏用文字写出评判项分数（“项目管理制度2分，工作台账1分”）；否决事项是一句话。台账：村（居）表镇名合并单元格、类别列“村委会/居委会”、每镇有小计行，快递服务列两个村“未通达”；省定贫困村名单写成“镇名+村名”；站点建成时间有日期格、点分、只有年月、全角数字、斜杠五种写法；培训是月份×培训类型的统计表（期数和人次分列，最后一行是9月1—10日），贫困户专场签到名单单列（人次已含在统计表中）；入驻企业有一家更名后又登记一行（同一信用代码）；资金台账上面是省级专项（万元），下面是县级配套（元，不计入）；月报1月月报推迟到3月；专栏更新记录四个子栏目左右并排；宣传报道有级别列，省级报道和省级电视典型案例都在9月。",
    sheets: [
      { name: "推进及自评", rows: F, merges: FM },
      { name: "村（居）基本情况", rows: vRows, merges: vMerges },
      { name: "省定贫困村", rows: pvRows, merges: ["A1:D1", `A${pvRows.length}:D${pvRows.length}`] },
      { name: "站点台账", rows: sRows, merges: ["A1:H1", `A${sRows.length}:H${sRows.length}`] },
      { name: "培训月度统计", rows: tRows, merges: tMerges },
      { name: "贫困户参训名单", rows: rRows, merges: ["A1:H1", "A2:H2"] },
      { name: "建档立卡贫困人口", rows: ppRows, merges: ["A1:H1", "A2:H2"] },
      { name: "产业园入驻企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金拨付台账", rows: fRows, merges: fMerges },
      { name: "月报报送登记", rows: repRows, merges: ["A1:G1"] },
      { name: "专栏更新记录", rows: dRows, merges: dMerges },
      { name: "宣传报道", rows: medRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}
function birthYear(id) {
  return Number(id.slice(6, 10));
}

// =====================================================================================================
// f1 — 湛江廉江市: a printed 登记表 retyped in Excel, choices ticked with ☑/☐.
// =====================================================================================================
function buildF1() {
  const rows = [];
  const merges = [];
  const sec = (t) => rowsWithMerge(rows, merges, [t, null, null, null, null, null, null, null], ["A#:H#"]);
  const pair = (l1, v1, l2, v2) => rowsWithMerge(rows, merges, [l1, null, v1, null, l2, null, v2, null], ["A#:B#", "C#:D#", "E#:F#", "G#:H#"]);
  const wide = (l, v) => rowsWithMerge(rows, merges, [l, null, v, null, null, null, null, null], ["A#:B#", "C#:H#"]);
  const box = (opts, chosen, on, off) => opts.map((o, i) => ((Array.isArray(chosen) ? chosen.includes(i) : chosen === i) ? on || "☑" : off || "☐") + o).join("　");
  sec("廉江市电子商务进农村综合示范创建情况登记表");
  sec("（2021年度考评用，请在□内打√或填写）");
  sec("填报单位（盖章）：廉江市商务局　　　　　　　　填报日期：2021年9月6日");
  sec("一、基本情况");
  pair("县（市、区）", "廉江市", "考评截止日期", "2021 年 8 月 31 日");
  pair("常住人口", "136.5 万人", "行政村数", "353 个");
  pair("省定贫困村数", "42 个", "工作方案", box(["已正式印发", "未印发"], 0));
  pair("扶持政策", box(["已出台", "未出台"], 0), "领导小组组长", box(["市长", "常务副市长", "分管副市长", "其他"], 1));
  wide("领导小组成员单位", box(["商务", "财政", "农业农村", "乡村振兴（扶贫）", "交通运输", "供销", "邮政管理", "其他：______"], [0, 1, 2, 3, 4, 6]));
  sec("二、县级电子商务公共服务中心及产业园");
  pair("投入运营日期", "2020 年 9 月 29 日", "运营主体", "廉江市红橙电子商务服务有限公司");
  pair("免费培训场所、培训设备", box(["有", "无"], 0), "特色农产品免费展示、销售", box(["有", "无"], 0));
  pair("免费摄影、美工服务", box(["有", "无"], 1), "农产品统一推广、品牌建设指导", box(["有", "无"], 0, "■", "□"));
  pair("其他衍生增值服务", box(["有", "无"], -1), "电商产业园", box(["已建成", "在建", "未建"], 0));
  sec("三、农村产品上行");
  pair("专业第三方运营或服务商", box(["有", "无"], 0), "行政村物流快递覆盖率达100%", box(["是", "否"], 1) + "（未覆盖5个村）");
  pair("2019年农村网络零售额", "41.26 亿元", "2020年农村网络零售额", "49.87 亿元");
  pair("2019年农产品网络零售额", "（未统计）", "2020年农产品网络零售额同比增速", "32.4 %");
  sec("四、电商人才培训");
  pair("累计培训人次", "14,265 人次", "参加培训的建档立卡贫困人口", "3,108 人");
  wide("有劳动能力的建档立卡贫困人口（不含外出务工）", "5,842 人");
  sec("五、信息公开及数据上报");
  wide("县政府网站专栏公示内容（可多选）", box(["创建方案", "项目基本信息", "项目建设进度", "征求意见或监督举报窗口"], [0, 1, 2]));
  pair("按月向湛江市商务局报送", box(["是", "否"], 0), "能统计电商扶贫情况", box(["能", "不能"], 0));
  sec("六、财政资金管理");
  wide("下达省级专项资金", `${daxie(15000000)}（¥${fmtMoney(15000000)}）`);
  wide("累计拨付资金（截至8月31日）", `${daxie(11836000)}（¥${fmtMoney(11836000)}）`);
  pair("资金管理制度", box(["已制定", "未制定"], 0), "资金专用台账", box(["已建立", "未建立"], 0));
  pair("项目总体进度", "85 %", "资金支出率", "78.9 %");
  assert(daxie(11836000) === "壹仟壹佰捌拾叁万陆仟元整" && pct1(11836000, 15000000) === "78.9%", "f1 money");
  assert(pct1(4987 - 4126, 4126) === "20.9%", "f1 rural growth 20.9%");
  sec("七、评判类事项自评（在所选分值前打√）");
  const J12 = (l, k) => box(["1分", "2分"], k - 1);
  const J15 = (k) => box(["1", "2", "3", "4", "5"], k - 1) + "（分）";
  pair("方案制定（1-2分）", J12("", 2), "政策支持（1-2分）", J12("", 1));
  pair("项目管理制度（1-2分）", J12("", 2), "工作台账（1-2分）", J12("", 2));
  pair("网销调研及建议（1-2分）", J12("", 1), "网络促销活动（1-2分）", J12("", 2));
  wide("交易标准及冷链、溯源系统（1-2分）", box(["1分", "2分"], -1));
  wide("资金管理制度（1-5分）", J15(4));
  wide("资金台账（1-5分）", J15(5));
  wide("资金及时拨付（1-5分）", J15(3));
  sec("八、否决事项");
  pair("安全生产、质量事故或重大经济损失", box(["有", "无"], 1), "弄虚作假", box(["有", "无"], 1));
  sec("填表人：________　　联系电话：0759-66×××××　　分管领导（签字）：________");
  const txt = JSON.stringify(rows);
  assert(txt.includes("☐有　☐无") && txt.includes("■有　□无") && txt.includes("☐1分　☐2分"), "f1 unticked and ■ variants");
  return {
    description:
      "湛江廉江市商务局填的“创建情况登记表”：纸质表格照样录入Excel，每行两组“标签|值”（都是合并单元格），选择项写成“☑已正式印发　☐未印发”“☐有　☑无”，一处用“■有　□无”；“其他衍生增值服务”两个框都没勾（未作答）；“2019年农产品网络零售额”写“（未统计）”；快递覆盖“☐是　☑否（未覆盖5个村）”；专栏公示内容是多选，征求意见或监督举报窗口没勾（未公示）；领导小组组长勾的是“常务副市长”（分管级），成员单位勾了商务、财政、农业农村、乡村振兴（扶贫）等；数字带空格和单位（“136.5 万人”“41.26 亿元”“32.4 %”），资金写大写加“（¥15,000,000.00）”；评判项在分值前打勾，“交易标准及冷链、溯源系统”未勾（缺），1-5分项是“☐1　☐2　☐3　☑4　☐5（分）”。资金支出率、按月报送不是考评输入。",
    sheets: [{ name: "创建情况登记表", rows, merges }],
    expect: {
      facts: {
        county: "廉江市", asOf: "2021-08-31", residentPopulation: 1365000, adminVillagesStated: 353, poorVillagesStated: 42,
        planIssued: true, policyIssued: true, centerOpened: "2020-09-29", centerFreeTraining: true, centerDisplay: true,
        centerPhoto: false, centerBrand: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2019: 4126000000, ruralRetail2020: 4987000000, agriRetailGrowthStated: 0.324,
        trainingPersonTimesStated: 14265, trainedPoorPersonsStated: 3108, eligiblePoorPersonsStated: 5842,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false,
        povertyStatisticsStated: true, fundAllocated: 15000000, fundSpentStated: 11836000, fundSystemIssued: true,
        fundLedgerKept: true, overallProgress: 0.85, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "fund.system": 4, "fund.ledger": 5, "fund.spending": 3,
      },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f2 — 阳江阳春市: the city bureau's template, one column per demonstration county, a 省定标准 column beside it.
// =====================================================================================================
function buildF2() {
  const rows = [];
  const merges = [];
  rows.push(["阳江市省级电子商务进农村综合示范县考评基础数据采集表"]);
  merges.push("A1:G1");
  rows.push(["说明：请各示范县（市、区）在本县（市、区）一栏填写，“省定标准”栏供对照，不需填写；金额、人口等按“单位”栏填写。"]);
  merges.push("A2:G2");
  rows.push(["填报单位：阳春市商务局", null, null, null, "填报日期：2021年9月9日", null, null]);
  merges.push("A3:D3", "E3:G3");
  rows.push(["序号", "指标", "单位", "省定标准", "各示范县（市、区）填报", null, "备注"]);
  rows.push([null, null, null, null, "阳春市", "阳东区", null]);
  merges.push("A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:F4", "G4:G5");
  let no = 0;
  const R = (label, unit, std, val, note, sub) => rows.push([sub ? null : ++no, label, unit, std, val, null, note || null]);
  R("数据截止日期", "—", "2021年8月31日", "2021.8.31");
  R("常住人口", "万人", "—", 82.86, "第七次全国人口普查");
  R("行政村数（不含社区）", "个", "—", 335);
  R("省定贫困村数", "个", "—", 42);
  R("示范创建领导小组组长", "—", "县（市、区）政府主要领导", "市委副书记、市长");
  R("领导小组成员单位", "—", "商务、财政、农业、扶贫等部门", "市商务局、市财政局、市农业农村局、市乡村振兴局、市供销社、中国邮政阳春市分公司");
  R("示范县工作方案", "—", "正式印发", "已印发（春府办〔2019〕36号）");
  R("支持农村电商发展的政策", "—", "出台并落实", "已出台");
  R("县级电商公共服务中心投入运营时间", "年月", "2021年2月28日前", "2020年11月");
  R("中心服务功能：（1）免费培训场所、培训设备", "—", "有", "有");
  R("（2）为特色农产品提供免费展示、销售服务", "—", "有", "有", null, true);
  R("（3）免费摄影、美工服务", "—", "有", "有", null, true);
  R("（4）组织农产品统一推广、指导品牌建设", "—", "有", "有", null, true);
  R("（5）其他衍生增值服务", "—", "有", "有", null, true);
  R("电商产业园", "—", "建设或整合、优化", "已整合（依托阳春市创新创业园）");
  R("产业园入驻企业", "家", "≥20", 23);
  R("专业第三方电子商务运营或服务商", "—", "有", "有");
  R("行政村物流快递覆盖率", "%", "100%", 100);
  R("2019年农村网络零售额", "亿元", "—", "187,300万元", "县统计口径为万元");
  R("2020年农村网络零售额", "亿元", "—", 24.66);
  R("2020年农村网络零售额同比增速", "%", "≥30%", 31.66);
  R("2019年农产品网络零售额", "亿元", "—", "—");
  R("2020年农产品网络零售额", "亿元", "—", "—", "未单独统计");
  R("电商培训人次", "人次", "≥常住人口1%", "8,412");
  R("培训人次占常住人口比例", "%", "≥1%", 1.68, "常住人口超50万，按50万计");
  R("有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "—", 6015);
  R("参加培训的建档立卡贫困人口", "人", "—", 3322);
  R("贫困人口培训率", "%", "≥50%", 55.23);
  R("政府网站专栏公示：（1）创建方案", "—", "公示", "是");
  R("（2）项目基本信息", "—", "公示", "是", null, true);
  R("（3）项目建设进度", "—", "按月公示", "是", null, true);
  R("（4）征求意见或监督举报窗口", "—", "设立", "是", null, true);
  R("能否统计电商扶贫情况", "—", "能", "能");
  R("下达省级专项资金", "万元", "—", 1500);
  R("累计拨付资金", "万元", "—", "11,739,000元");
  R("资金支出率", "%", "≥70%", 78.26);
  R("资金管理制度", "—", "制定", "已制定");
  R("资金专用台账", "—", "建立", "已建立");
  R("项目总体进度", "%", "≥40%", 90);
  R("发生安全生产、质量事故或重大经济损失", "—", "无", "无");
  R("弄虚作假", "—", "无", "无");
  const J = [["方案制定", "1—2", 2], ["政策支持", "1—2", 2], ["项目管理制度", "1—2", 2], ["工作台账", "1—2", 2], ["网销调研", "1—2", 2],
    ["网络促销活动", "1—2", 2], ["交易标准及冷链、溯源系统", "1—2", 1], ["资金管理制度", "1—5", 5], ["资金台账", "1—5", 4], ["资金及时拨付", "1—5", 4]];
  J.forEach(([n, r, v], i) => R(i === 0 ? `评判项自评分：（1）${n}` : `（${i + 1}）${n}`, "分", r, v, null, i > 0));
  rows.push(["注：阳东区数据另表报送。"]);
  merges.push(`A${rows.length}:G${rows.length}`);
  assert(pct1(11739000, 15000000) === "78.3%" && Math.round((11739000 / 15000000) * 10000) === 7826, "f2 spending 78.26%");
  assert(Math.round((3322 / 6015) * 10000) === 5523 && Math.round((8412 / 500000) * 10000) === 168, "f2 rates");
  assert(Math.round(((24.66 - 18.73) / 18.73) * 10000) === 3166, "f2 growth 31.66%");
  const keys = ["org.plan", "org.policy", "org.management.system", "org.management.ledger", "work.upward.research", "work.upward.promotion",
    "work.upward.standards", "fund.system", "fund.ledger", "fund.spending"];
  const judged = {};
  keys.forEach((k, i) => (judged[k] = J[i][2]));
  for (let i = 5; i < rows.length - 1; i++) assert(rows[i][5] === null, "f2 the 阳东区 column stays empty");
  return {
    description:
      "阳江市商务局下发的“考评基础数据采集表”，阳春市商务局填回的那份：指标一行一项，两行表头（“各示范县（市、区）填报”合并在“阳春市|阳东区”两列之上），只有阳春市一列有数，阳东区一列空着（另表报送）；左边紧挨着的“省定标准”列是对照用的标准（“2021年2月28日前”“100%”“≥30%”“≥20”“≥1%”），不是填报值。单位在“单位”列（万人、亿元、万元、%），但有两格自带单位与单位列不同：2019年农村网络零售额“187,300万元”（=18.73亿元）、累计拨付“11,739,000元”。中心投入运营只写到月（2020年11月）；组长“市委副书记、市长”，成员单位含商务、财政、农业农村、乡村振兴；农产品零售额“—”未填；入驻企业数、培训人次占比、贫困人口培训率、资金支出率是派生数，不是考评输入；评判项自评分在表尾子项里。",
    sheets: [{ name: "数据采集表", rows, merges }],
    expect: {
      facts: {
        county: "阳春市", asOf: "2021-08-31", residentPopulation: 828600, adminVillagesStated: 335, poorVillagesStated: 42,
        planIssued: true, policyIssued: true, centerOpened: "2020-11", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1873000000, ruralRetail2020: 2466000000, ruralRetailGrowthStated: 0.3166,
        trainingPersonTimesStated: 8412, eligiblePoorPersonsStated: 6015, trainedPoorPersonsStated: 3322,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 11739000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9,
        vetoIncident: false, vetoFraud: false,
      },
      judged,
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 肇庆怀集县: a 自评对照表 with a 中期自查 and a 终期自评 column group; the final column wins.
// =====================================================================================================
function buildF3() {
  const rows = [];
  const merges = [];
  rows.push(["怀集县2019年省级电子商务进农村综合示范创建自评对照表"]);
  merges.push("A1:H1");
  rows.push(["填报单位：怀集县商务局　　　考评截止日期：2021年8月31日　　　填报日期：2021年9月8日"]);
  merges.push("A2:H2");
  rows.push(["序号", "评价指标", "评分标准", "中期自查（2020年10月）", null, "终期自评（截至2021年8月31日）", null, "佐证材料"]);
  rows.push([null, null, null, "完成情况", "得分", "完成情况", "得分", null]);
  merges.push("A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:G3", "H3:H4");
  // [id, name, [[std, midText, midPts, finText, finPts]...], evidence]
  const IND = [
    ["org.leadership", "组织领导", [["由县政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）；由分管领导牵头（1分）",
      "成立由县长任组长的领导小组，商务、财政、农业农村、扶贫等12个部门参与", 2,
      "2021年3月调整领导小组，县委副书记、县长任组长，成员单位增至14个（县商务局、县财政局、县农业农村局、县乡村振兴局等）", 2]], "怀府办函〔2021〕15号"],
    ["org.plan", "方案制定", [["工作方案因地制宜，可操作性较强（1-2分）", "已正式印发《怀集县电子商务进农村综合示范县创建工作方案》（怀府办〔2019〕59号）", 2,
      "同中期", 2]], "工作方案"],
    ["org.policy", "政策支持", [["出台相关政策，且得到较好落实（1-2分）", "扶持办法正在征求意见", 0,
      "已出台《怀集县促进农村电子商务发展扶持办法》（怀府〔2020〕41号），已兑现扶持资金86万元", 1]], "政策文件"],
    ["org.management", "项目管理", [
      ["建立项目管理制度，在建设、验收环节严格落实相关制度（1-2分）", "已制定项目管理办法", 1, "已制定项目管理办法，验收环节实行第三方验收", 2],
      ["建立完整工作台账，详细记录项目建设情况（1-2分）", "台账正在完善", 1, "已建立完整工作台账", 2]], "管理制度、工作台账"],
    ["work.center", "服务体系建设（县级中心与产业园）", [
      ["建成县级电子商务公共服务中心（2分）", "在建，预计2020年12月投入运营", 0, "已建成，2020年12月30日投入运营", 2],
      ["建成后已正常运行6个月（截至2021年8月31日）以上（2分）", "—", 0, "已运行8个月", 2],
      ["有免费培训场所、培训设备，能组织电商基础培训（2分）", "—", 0, "有免费培训室（120㎡、电脑50台），已开展基础培训15期", 2],
      ["为特色农产品提供免费展示、销售服务（1分）", "—", 0, "有，免费展示区300㎡", 1],
      ["为电子商务市场主体提供免费摄影、美工服务（1分）", "—", 0, "未提供，摄影棚正在装修", 0],
      ["组织农产品统一推广、指导特色农产品品牌建设（1分）", "已组织“怀集五宝”推介会1场", 1, "已组织，开展“怀集五宝”区域公用品牌推广", 1],
      ["为电子商务发展提供其他衍生增值服务（1分）", "—", 0, "提供代运营、金融对接等增值服务", 1],
      ["建设或整合、优化当地电商产业园（2分）", "规划中", 0, "已整合建成怀集县电子商务产业园", 2],
      ["电商产业园企业入驻数量达20家及以上（2分）", "—", 0, "入驻企业22家", 2],
      ["入驻企业含平台型、销售型、电商运营商或物流企业等至少三种以上类型（1分）", "—", 0, "平台型、销售型、电商运营商、物流企业四类", 1]],
      "现场查看、入驻企业清单"],
    ["work.coverage", "服务体系建设（村级站点覆盖）", [
      ["行政村覆盖率70%及以上（5分），50%-70%（不含）（2分）", "行政村307个，已建站点128个，覆盖率41.7%", 0, "行政村307个，已建站点覆盖226个，覆盖率73.6%", 5],
      ["贫困村覆盖率100%（5分），80%-100%（不含）（3分）", "省定贫困村31个，已全部建站", 5, "同中期", 5]], "站点清单、视频"],
    ["work.upward", "农村产品上行", [
      ["对当地农产品网络销售进行调研，并形成针对性建议（1-2分）", "调研进行中", 0, "已形成《怀集县农产品网络销售调研报告》并提出建议", 2],
      ["开展农村产品网络促销活动成效明显（1-2分）", "组织“怀集荔枝节”线上促销1场", 1, "组织线上促销活动3场，成效一般", 1],
      ["当地有专业第三方电子商务运营或服务商（1分）", "已引进广东怀商电子商务有限公司为运营服务商", 1, "同中期", 1],
      ["行政村物流快递覆盖率100%（1分）", "尚有9个行政村未通快递", 0, "行政村物流快递覆盖率100%", 1],
      ["有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）", "—", 0, "已出台怀集蜜柚电商交易标准，冷链、溯源系统建设中", 1],
      ["2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）", "2019年农村网络零售额11.50亿元", 0,
        "2020年农村网络零售额13.62亿元，同比增长18.4%；农产品网络零售额4.05亿元，同比增长31.2%", 2]], "调研报告、活动总结、统计数据"],
    ["work.training", "电商人才培训", [
      ["培训人次达常住人口1%及以上（10分），0.8%-1%（不含）（8分），0.6%-0.8%（不含）（6分）", "常住人口按户籍人口103.6万人计，累计培训2,108人次", 0,
        "常住人口81.85万人（第七次全国人口普查），以50万为基数，累计培训5,236人次，占1.05%", 10],
      ["建档立卡贫困人口培训率50%及以上（10分），40%-50%（不含）（8分），30%-40%（不含）（6分）", "—", 0,
        "有劳动能力的建档立卡贫困人口（不含外出务工）4,860人，参训2,517人，培训率51.8%", 10]], "签到表、学员名单"],
    ["info.disclosure", "信息公开", [
      ["在县政府网站设立公开专栏且内容全面（2分）", "已设立专栏，公示创建方案、项目基本信息", 1,
        "已设立专栏，公示创建方案、项目基本信息、项目建设进度，设立监督举报电话", 2],
      ["近一年内专栏内容能按月更新（2分），不定时更新（1分）", "不定时更新", 1, "按月更新", 2]], "网页截图"],
    ["info.reporting", "数据上报", [
      ["近一年能每月向市商务局报送工作情况（3分），不定时上报（1分）", "按月报送", 3, "同中期", 3],
      ["能统计电商扶贫情况（3分）", "未统计", 0, "月报附电商扶贫情况统计表", 3]], "报送文件"],
    ["promo.cases", "案例总结", [["向市商务局报送经验材料（2分）", "—", 0, "2021年6月报送《怀集县“电商+蜜柚”助农增收经验材料》", 2]], "报送文件"],
    ["promo.media", "经验推广", [["省级及以上媒体（4分）；市级媒体（3分）；县级媒体（1分）", "肇庆日报报道1篇", 3, "南方日报、肇庆日报、怀集县融媒体中心报道", 8]], "报道截图"],
    ["fund.system", "制度建立", [["建立科学有效的资金管理制度且得到有效落实（1-5分）", "已制定专项资金管理办法", 4, "同中期，2021年3月修订", 5]], "管理办法"],
    ["fund.ledger", "资金台账", [["项目承建方建立资金专用台账，账目完整（1-5分）", "已建立", 3, "已建立资金专用台账，账目完整", 4]], "资金台账"],
    ["fund.spending", "资金支出", [["资金支出率70%以上，且根据创建进度及时拨付（1-5分）；资金支出率低于70%倒扣5分",
      "下达1500万元，已拨付386.2万元，支出率25.7%", -5, "下达1,500万元，已拨付1,097.6万元，支出率73.2%，按进度及时拨付", 4]], "拨付凭证"],
    ["bonus.poorTraining", "加分项", [["建档立卡贫困人口培训率70%及以上（2分）", "—", 0, "培训率51.8%，未达到", 0]], null],
    ["bonus.tvCase", "加分项", [["电商扶贫典型案例获国家级电视媒体播报（2分），省级（1分）", "—", 0, "未获省级及以上电视媒体播报", 0]], null],
  ];
  assert(pct1(128, 307) === "41.7%" && pct1(226, 307) === "73.6%" && pct1(2517, 4860) === "51.8%", "f3 rates");
  assert(pct1(1362 - 1150, 1150) === "18.4%" && pct1(3862, 1500 * 10) === "25.7%" && pct1(10976, 15000) === "73.2%", "f3 amounts");
  assert(Math.round((5236 / 500000) * 10000) === 105, "f3 1.05%");
  let no = 0;
  let midTot = 0;
  let finTot = 0;
  const claimed = {};
  for (const [id, name, items, ev] of IND) {
    no++;
    const first = rows.length + 1;
    items.forEach(([std, mt, mp, ft, fp], i) => rows.push([i === 0 ? no : null, i === 0 ? name : null, std, mt, mp, ft, fp, i === 0 ? ev : null]));
    const mSum = sum(items.map((x) => x[2]));
    const fSum = sum(items.map((x) => x[4]));
    if (items.length > 1) {
      rows.push([null, null, "小计", null, mSum, null, fSum, null]);
      merges.push(`A${first}:A${rows.length}`, `B${first}:B${rows.length}`, `H${first}:H${rows.length}`);
    }
    claimed[id] = fSum;
    midTot += mSum;
    finTot += fSum;
  }
  rows.push([no + 1, "一票否决项", "发生安全生产、质量事故，或者造成重大经济损失和社会不良影响", "无", null, "无", null, null]);
  rows.push([null, null, "项目建设进度严重滞后，总体进度不足40%", "项目总体进度35%", null, "项目总体进度92%", null, null]);
  rows.push([null, null, "弄虚作假", "无", null, "无", null, null]);
  merges.push(`A${rows.length - 2}:A${rows.length}`, `B${rows.length - 2}:B${rows.length}`);
  rows.push([null, "合计", null, null, midTot, null, finTot, null]);
  assert(finTot === 94 && sum(Object.values(claimed)) === 94, "f3 final total 94");
  assert(claimed["work.center"] === 14 && claimed["work.upward"] === 8 && claimed["org.management"] === 4, "f3 subtotals");
  rows.push(["注：终期自评栏写“同中期”的，以中期自查栏内容为准。"]);
  merges.push(`A${rows.length}:H${rows.length}`);
  return {
    description:
      "肇庆怀集县商务局“自评对照表”：按官方评分标准每个得分点一行，评价指标合并单元格跨其各行，多行的指标有“小计”行；两组列并排——“中期自查（2020年10月）”和“终期自评（截至2021年8月31日）”，各有“完成情况|得分”（两行表头）。考评读终期一栏：政策中期“正在征求意见”、终期已出台；中心中期在建、终期“2020年12月30日投入运营”；快递中期未全覆盖、终期100%；常住人口中期按户籍103.6万、终期81.85万（七普）；培训人次中期2,108、终期5,236；扶贫统计中期“未统计”、终期已统计；资金中期支出率25.7%、终期拨付1,097.6万元；总体进度中期35%、终期92%。终期写“同中期”的（方案已印发、省定贫困村31个、第三方运营服务商、按月报送、资金管理制度）按中期内容读；2019年农村网络零售额11.50亿元只写在中期栏。小计行是每个指标的自评分（组织领导等单行指标取该行），县级中心与村级站点分开小计。",
    sheets: [{ name: "自评对照表", rows, merges }],
    expect: {
      facts: {
        county: "怀集县", asOf: "2021-08-31", residentPopulation: 818500, adminVillagesStated: 307, poorVillagesStated: 31,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-30", centerFreeTraining: true, centerDisplay: true,
        centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1150000000, ruralRetail2020: 1362000000, ruralRetailGrowthStated: 0.184, agriRetail2020: 405000000,
        agriRetailGrowthStated: 0.312, trainingPersonTimesStated: 5236, eligiblePoorPersonsStated: 4860, trainedPoorPersonsStated: 2517,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 10976000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.92,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// l1 — 江门台山市: villages listed per town in one cell, a 腾讯会议 attendance export, a contract payment schedule.
// =====================================================================================================
function buildL1() {
  const TD = [["台城街道", 20, 12], ["大江镇", 17, 1], ["水步镇", 19, 1], ["四九镇", 17, 1], ["白沙镇", 18, 1], ["三合镇", 10, 1], ["冲蒌镇", 13, 1],
    ["斗山镇", 16, 1], ["都斛镇", 17, 1], ["赤溪镇", 9, 1], ["端芬镇", 20, 1], ["广海镇", 11, 2], ["海宴镇", 13, 1], ["汶村镇", 13, 1],
    ["深井镇", 10, 1], ["北陡镇", 6, 1], ["川岛镇", 9, 2]];
  const newName = villageNamer("浮大小新旧东西南北上下三龙凤莲水云青高黄白石长安福平和冲朗塘", [
    "石", "月", "坑", "塘", "围", "田", "岗", "湾", "头", "边", "坪", "岭", "坡", "冲", "美", "安", "龙", "洋", "湖", "江", "洲", "溪", "背", "山"]);
  const TC = ["城中", "城东", "城西", "城南", "城北", "桥湖", "环北", "南坑", "石花", "富城", "北坑", "东坑"];
  const towns = TD.map(([town, nv, nc]) => {
    const vs = [];
    for (let i = 0; i < nv; i++) {
      let v = newName();
      while (v[0] === v[1] || TD.some(([t]) => t.startsWith(v.slice(0, 2)))) v = newName();
      vs.push(v);
    }
    let cs;
    if (nc === 12) cs = TC.map((c) => c + "社区");
    else if (nc === 2) cs = [town.replace(/(镇|街道)$/, "") + "社区", town.replace(/(镇|街道)$/, "") + "圩社区"];
    else cs = [town.replace(/(镇|街道)$/, "") + "社区"];
    return { town, vs, cs };
  });
  const admin = towns.flatMap((t) => t.vs);
  assert(admin.length === 238 && new Set(admin).size === 238, "l1 238 villages");
  const rural = towns.slice(1).flatMap((t) => t.vs);
  const poor = new Set(shuffle(rural).slice(0, 12));
  const noEx = new Set([towns[16].vs[3], towns[16].vs[6], towns[15].vs[2]]);
  const vRows = [["台山市镇（街道）村（居）委会一览表"], ["资料来源：《台山市行政区划简册（2021年版）》；省定贫困村、快递通达情况由市商务局补充"],
    ["序号", "镇（街道）", "村民委员会（个）", "村民委员会名称", "社区居民委员会（个）", "社区居民委员会名称", "其中：省定贫困村", "快递未通达的村"]];
  const vRecs = [];
  towns.forEach((t, i) => {
    const pv = t.vs.filter((v) => poor.has(v));
    const nx = t.vs.filter((v) => noEx.has(v));
    vRows.push([i + 1, t.town, t.vs.length, t.vs.join("、"), t.cs.length, t.cs.join("、"), pv.length ? pv.join("、") : "—", nx.length ? nx.join("、") : "—"]);
    for (const v of t.vs) vRecs.push({ name: v, admin: true, poor: poor.has(v), express: !noEx.has(v) });
    for (const c of t.cs) vRecs.push({ name: c, admin: false });
  });
  const nComm = sum(towns.map((t) => t.cs.length));
  vRows.push(["合计", null, admin.length, null, nComm, null, `${poor.size}个`, `${noEx.size}个`]);
  vRows.push(["注：快递未通达的村均为海岛、山区村，快递由镇邮政所代收代投。"]);
  assert(nComm === 30 && vRecs.length === 268, "l1 268 village records");

  // ---------------- 腾讯会议 attendance export, several meetings stacked
  const MEET = [
    ["2020-10-16", "台山市农村电商基础知识线上培训（第1期）", 38, 2],
    ["2020-12-11", "短视频拍摄与剪辑线上培训（第2期）", 44, 3],
    ["2021-03-12", "直播带货实操线上培训（第3期）", 52, 2],
    ["2021-05-21", "台山大米网络营销线上培训（第4期）", 41, 3],
    ["2021-08-20", "电商扶贫专题线上培训（第5期）", 35, 1],
    ["2021-09-10", "电商客服与售后线上培训（第6期）", 30, 2],
  ];
  const tRows = [["台山市电子商务线上培训参会明细（腾讯会议导出）"]];
  const tRecs = [];
  const allTowns = towns.map((t) => t.town);
  // times in seconds after midnight
  const fmtT = (iso, sec) => `${iso} ${[Math.floor(sec / 3600), Math.floor((sec % 3600) / 60), sec % 60].map((x) => String(x).padStart(2, "0")).join(":")}`;
  const S = (min) => min * 60 + rint(0, 59);
  let reconnects = 0;
  let hosts = 0;
  MEET.forEach(([iso, topic, n, rec], mi) => {
    tRows.push([]);
    tRows.push([`会议主题：${topic}`]);
    tRows.push([`会议号：${rint(100, 999)} ${rint(100, 999)} ${rint(100, 999)}　　会议时间：${iso} 14:00—16:30　　导出时间：${iso} 16:52`]);
    tRows.push(["序号", "用户名（入会昵称）", "手机号", "入会时间", "离会时间", "参会时长（分钟）", "身份", "入会终端"]);
    const people = [];
    for (let k = 0; k < n; k++) {
      const nm = personName();
      const tw = allTowns[rint(1, allTowns.length - 1)];
      const style = rint(0, 5);
      const nick = style === 0 ? `${tw}-${nm}` : style === 1 ? nm : style === 2 ? `${nm}（${tw.replace(/镇$/, "")}）` : style === 3 ? `${tw.replace(/镇$/, "")}${nm}` :
        style === 4 ? `手机用户${rint(1000, 9999)}` : nm;
      people.push({ nick, ph: mask(phone()), join: S(13 * 60 + rint(48, 59) + rint(0, 22)), term: ["手机", "手机", "PC", "iPad"][rint(0, 3)] });
    }
    const joins = [];
    joins.push({ nick: "台山市商务局电商股", ph: mask(phone()), join: S(13 * 60 + 40), leave: S(16 * 60 + 38), role: "主持人", term: "PC" });
    joins.push({ nick: `讲师-${personName()}`, ph: mask(phone()), join: S(13 * 60 + 46), leave: S(16 * 60 + 33), role: "联席主持人", term: "PC" });
    hosts += 2;
    people.forEach((p, k) => {
      if (k < rec) {
        const drop = S(15 * 60 + rint(0, 25));
        joins.push({ nick: p.nick, ph: p.ph, join: p.join, leave: drop, role: "参会者", term: p.term, p });
        joins.push({ nick: p.nick, ph: p.ph, join: drop + rint(40, 240), leave: S(16 * 60 + rint(25, 32)), role: "参会者", term: "手机", p, again: true });
        reconnects++;
      } else joins.push({ nick: p.nick, ph: p.ph, join: p.join, leave: S(16 * 60 + rint(20, 32)), role: "参会者", term: p.term, p });
    });
    joins.sort((a, b) => a.join - b.join);
    const seen = new Set();
    joins.forEach((j, k) => {
      tRows.push([k + 1, j.nick, j.ph, fmtT(iso, j.join), fmtT(iso, j.leave), Math.round((j.leave - j.join) / 60), j.role, j.term]);
      if (j.p && !seen.has(j.p)) {
        seen.add(j.p);
        tRecs.push({ date: iso, personTimes: 1, id: null });
      }
    });
    assert(seen.size === n && joins.length === n + rec + 2, "l1 meeting " + mi);
    assert(joins.every((j) => j.leave - j.join >= 20 * 60), "l1 nobody only dropped by");
  });
  tRows.splice(1, 1);
  assert(tRecs.length === sum(MEET.map((m) => m[2])) && tRecs.length === 240 && reconnects === 13 && hosts === 12, "l1 240 attendees");

  // ---------------- contract payment schedule (万元, up to three payments side by side)
  const CON = [
    ["台山市电子商务公共服务中心建设项目", "台山市鸿业建设工程有限公司", 3568000, [["2020-07-15", 1070400, "date"], ["2020-12-20", 1427200, "dot"], ["2021-06-18", 892000, "dot"]], "质保金17.84万元，2022年6月支付"],
    ["村级电商服务站点建设项目（一标段）", "台山市侨乡供销电子商务有限公司", 2985000, [["2020-09-28", 895500, "date"], ["2021-01-25", 1194000, "cn"], [null, 746300, "pending"]], "第三笔待站点验收后支付"],
    ["电商人才培训服务项目", "江门市五邑电商学院有限公司", 1680000, [["2020-10-30", 504000, "date"], ["2021-04-09", 672000, "num"], ["2021-09-06", 504000, "date"]], null],
    ["县镇村三级物流配送体系建设项目", "台山市顺达物流有限公司", 4126000, [["2020-11-20", 1237800, "dot"], ["2021-03", 1650400, "month"]], "剩余款项按验收进度支付"],
    ["农产品溯源及冷链系统建设项目", "广东粤溯科技有限公司", 1863500, [["2021-02-05", 559050, "date"], ["2021-07-22", 745400, "cn"]], null],
    ["农产品品牌推广及网络促销服务", "台山市侨韵文化传媒有限公司", 780000, [["2021-05-14", 234000, "dot"], ["2021-08-27", 312000, "date"]], null],
    ["公共服务中心运营服务（2020—2021年度）", "台山市侨乡供销电子商务有限公司", 1200000, [["2021-01-08", 600000, "date"], ["2021-08-05", 600000, "cn"]], null],
  ];
  const fRows = [["台山市电子商务进农村综合示范项目合同及付款台账"], ["单位：万元"],
    ["序号", "项目名称", "承建（服务）单位", "合同金额", "第一笔付款", null, "第二笔付款", null, "第三笔付款", null, "累计已付", "未付余额", "备注"],
    [null, null, null, null, "日期", "金额", "日期", "金额", "日期", "金额", null, null, null]];
  const fMerges = ["A1:M1", "A2:M2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:H3", "I3:J3", "K3:K4", "L3:L4", "M3:M4"];
  const fRecs = [];
  let totC = 0;
  let totPaid = 0;
  CON.forEach(([name, firm, amt, pays, note], i) => {
    const row = [i + 1, name, firm, wan(amt)];
    let paid = 0;
    for (let k = 0; k < 3; k++) {
      const p = pays[k];
      if (!p) {
        row.push(null, null);
        continue;
      }
      const [iso, y, f] = p;
      let dc;
      if (f === "pending") dc = "待验收后支付";
      else if (f === "date") dc = D(iso);
      else if (f === "dot") dc = dotDate(iso);
      else if (f === "cn") dc = cnDate(iso);
      else if (f === "num") dc = Number(iso.replace(/-/g, ""));
      else if (f === "month") dc = cnMonth(iso);
      row.push(dc, wan(y));
      if (f !== "pending") {
        paid += y;
        fRecs.push({ date: iso, amount: y });
      }
    }
    row.push(wan(paid), wan(amt - paid), note);
    assert(paid <= amt, "l1 paid within contract");
    totC += amt;
    totPaid += paid;
    fRows.push(row);
  });
  fRows.push(["合计", null, null, wan(totC), null, null, null, null, null, null, wan(totPaid), wan(totC - totPaid), null]);
  fRows.push(["注：1.金额单位为万元；2.“待验收后支付”为计划支付，尚未拨付；3.质保金在验收一年后支付。"]);
  fMerges.push(`A${fRows.length}:M${fRows.length}`);
  assert(fRecs.length === 16 && fRecs.some((r) => r.amount % 100 !== 0), "l1 16 payments, one not a whole hundred yuan");
  assert(totPaid === sum(fRecs.map((r) => r.amount)), "l1 payments add up");
  assert(CON[0][3].reduce((s, p) => s + p[1], 0) + 178400 === CON[0][2], "l1 contract 1 retention 17.84万");
  assert(CON[1][3].reduce((s, p) => s + p[1], 0) + 149200 === CON[1][2], "l1 contract 2 pending + retention");

  const notes = [["填表说明"], ["1.《镇村一览》按《台山市行政区划简册》整理，每个镇（街道）一行，村名之间用顿号分隔。"],
    ["2.《线上培训参会明细》为腾讯会议“参会成员明细”导出，同一人断线重连会出现多条记录；主持人、联席主持人为市商务局工作人员和授课老师。"],
    ["3.《合同付款台账》按合同登记，每笔付款填写日期和金额，单位万元。"], ["4.本工作簿由市商务局电商股维护，联系电话0750-55×××××。"]];
  return {
    description:
      "江门台山市商务局台账工作簿。“镇村一览”按行政区划简册每个镇（街道）一行：村民委员会名称、社区居民委员会名称各挤在一个单元格里用“、”分隔（前面一列是个数），“其中：省定贫困村”“快递未通达的村”两列再列出村名（“—”表示没有）。“线上培训参会明细”是腾讯会议导出：6场会议上下叠放，每场先有“会议主题：…”“会议号…会议时间：2020-10-16 14:00—16:30”两行再接表头；“主持人”（市商务局电商股）和“联席主持人”（讲师）不是学员；断线重连的人有两条记录（同一昵称、同一手机号），只算一人次；入会时间是文本日期时间；没有身份证号。“合同付款台账”两行表头（第一笔/第二笔/第三笔付款各合并在“日期|金额”之上），单位万元（一笔55.905万元），付款日期有日期格、“2020.12.20”、“2021年1月25日”、数字20210409、只到月的“2021年3月”；“待验收后支付”那格是计划，不是已付；累计已付、未付余额、合计行不是记录。“填表说明”不是台账。",
    sheets: [
      { name: "镇村一览", rows: vRows, merges: ["A1:H1", "A2:H2", `A${vRows.length}:H${vRows.length}`] },
      { name: "线上培训参会明细", rows: tRows, merges: ["A1:H1"] },
      { name: "合同付款台账", rows: fRows, merges: fMerges },
      { name: "填表说明", rows: notes },
    ],
    expect: {
      sheets: {
        "镇村一览": { kind: "villages", records: vRecs },
        "线上培训参会明细": { kind: "training", records: tRecs },
        "合同付款台账": { kind: "funds", records: fRecs },
        "填表说明": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 茂名化州市: a summary sheet, a station directory without a village column, the park's room register, a media
// index with the date in the 出处 cell, the city system's submission receipts.
// =====================================================================================================
function buildL2() {
  const REGION = "440982";
  const TW = ["河西街道", "平定镇", "杨梅镇", "良光镇", "笪桥镇", "新安镇", "合江镇", "那务镇", "播扬镇", "中垌镇"];
  const newName = villageNamer("大小新旧东西南北上下红黄白石龙凤水云青高长平和岭塘", ["岭", "坡", "垌", "塘", "田", "岗", "湾", "头", "边", "坪", "山", "口", "江", "寨", "根", "埇", "背", "角"]);
  const fixName = (s) => s.replace(/村村$/, "村");
  // ---------------- station directory
  const ST = [];
  const per = [0, 4, 3, 4, 3, 3, 3, 2, 3, 3];
  TW.forEach((t, ti) => {
    for (let k = 0; k < per[ti]; k++) ST.push({ town: t, adm: fixName(newName()), nat: fixName(newName()) });
  });
  ST.unshift({ town: "河西街道", adm: "北岸社区", nat: null, comm: true });
  // opening-date texts
  const DT = [
    [D("2020-09-18"), "2020-09-18"], ["2020.10.15", "2020-10-15"], ["2020年11月", "2020-11"], ["2020年第四季度", "2020-12"], [D("2020-12-22"), "2020-12-22"],
    ["2021.1.20", "2021-01-20"], ["2021年一季度", "2021-03"], [D("2021-03-30"), "2021-03-30"], ["2021年4月", "2021-04"], ["2021.4.28", "2021-04-28"],
    ["2021年上半年", "2021-06"], [D("2021-06-16"), "2021-06-16"], ["2021.7.9", "2021-07-09"], ["2021年8月", "2021-08"], ["2021年9月", "2021-09"],
  ];
  const sRows = [["化州市农村电子商务服务站点名录"], ["编号", "站点名称", "详细地址", "站长", "联系电话", "挂牌时间", "营业面积（㎡）", "合作快递"]];
  const sRecs = [];
  ST.forEach((s, i) => {
    const short = s.adm.replace(/(村|社区)$/, "");
    const natShort = s.nat ? s.nat.replace(/村$/, "") : null;
    let name;
    let addr;
    if (s.comm) {
      name = `邮乐购·${short}站`;
      addr = `化州市${s.town}${s.adm}居委会旁`;
    } else {
      const k = i % 4;
      name = k === 0 ? `邮乐购·${natShort}站` : k === 1 ? `益农信息社（${short}）` : k === 2 ? `供销e家${short}店` : `化州市${s.town}${s.adm}电商服务站`;
      const a = i % 3;
      addr = a === 0 ? `化州市${s.town}${short}村委会${s.nat}${rint(1, 60)}号` : a === 1 ? `${s.town}${short}村民委员会办公楼一楼` :
        `化州市${s.town}${short}村委会${s.nat}村口`;
      if (k === 0) addr = `化州市${s.town}${short}村委会${s.nat}${rint(1, 60)}号`;
    }
    const [cell, iso] = DT[i % DT.length];
    sRows.push([`HZ-${String(i + 1).padStart(3, "0")}`, name, addr, personName(), mask(phone()), cell, rint(20, 80), ["邮政、中通", "邮政、韵达", "邮政、极兔", "邮政"][rint(0, 3)]]);
    sRecs.push({ village: s.adm, opened: iso });
  });
  assert(ST.length === 29 && sRecs.filter((r) => r.opened === "2020-12").length >= 1, "l2 29 stations");
  assert(ST.filter((s, i) => !s.comm && i % 4 === 0).length >= 5, "l2 several stations named after the natural village");
  assert(sRecs.some((r) => r.opened === "2021-06") && sRecs.some((r) => r.opened === "2021-03"), "l2 quarter and half-year");

  // ---------------- summary sheet (not a ledger)
  const sumRows = [["化州市村级电商服务站点建设情况汇总"], ["镇（街道）", "站点数（个）", "其中截至8月31日已挂牌", "其中9月挂牌", "备注"]];
  for (const t of TW) {
    const mine = ST.map((s, i) => ({ s, r: sRecs[i] })).filter((x) => x.s.town === t);
    const late = mine.filter((x) => x.r.opened > "2021-08-31").length;
    sumRows.push([t, mine.length, mine.length - late, late, t === "河西街道" ? "社区站点" : null]);
  }
  sumRows.push(["合计", ST.length, ST.length - sRecs.filter((r) => r.opened > "2021-08-31").length, sRecs.filter((r) => r.opened > "2021-08-31").length, null]);
  sumRows.push(["注：本表由《站点名录》汇总，季度、半年只登记到期末月份。"]);

  // ---------------- park room register
  const codes = {};
  const cc = (n) => codes[n] || (codes[n] = creditCode(REGION));
  const RM = [
    ["一层", "101", 120, "直播共享间（公共区域）", null, null, null, null, "公用", null],
    ["一层", "102", 60, "园区管理办公室", null, null, null, null, "自用", "市商务局派驻"],
    ["一层", "103", 85, "化州市橘州电子商务有限公司", "销售型", "2020-11-02", "2023.10.31", "dot", "在租", null],
    ["一层", "104", 150, "中国邮政集团有限公司化州市分公司", "物流企业", "2020-11-16", "2023.11.15", "date", "在租", "电商寄递服务点"],
    ["一层", "105", 70, "（空置）", null, null, null, null, "空置", null],
    ["二层", "201", 90, "化州市化橘红网络科技有限公司", "平台型", "2020-12-08", "2023.12.7", "cn", "在租", null],
    ["二层", "202", 80, "化州市鉴江供应链管理有限公司", "物流企业", "2021-01-11", "2024.1.10", "date", "在租", null],
    ["二层", "203—204", 160, "化州市数邦电商运营服务有限公司", "电商运营商", "2021-01-25", "2024.1.24", "dot", "在租", "承租两间"],
    ["二层", "205", 75, "化州市笪桥香芋网店", "销售型", "2020-12-21", "2022.12.20", "date", "已退租", "2021年5月31日退租，房间由化州市丰收农业科技有限公司承租（见下行）"],
    ["二层", "205", 75, "化州市丰收农业科技有限公司", "销售型", "2021-06-15", "2024.6.14", "cn", "在租", null],
    ["二层", "206", 70, "（空置）", null, null, null, null, "空置", null],
    ["三层", "301", 110, "化州市橘乡文化传媒有限公司", "电商运营商", "2021-03-08", "2024.3.7", "dot", "在租", "直播代运营"],
    ["三层", "302", 65, "化州市良光沙田柚电子商务商行", "销售型", "2021-04-12", "2024.4.11", "date", "在租", null],
    ["三层", "303", 140, "化州市冷链达冷链物流有限公司", "物流企业", "2021-07-01", "2024.6.30", "cn", "在租", null],
    ["三层", "304", 95, "化州市优农汇科技有限公司", "平台型", "2021-09-06", "2024.9.5", "date", "在租", "9月新入驻"],
    ["三层", "305", 60, "（预留）", null, null, null, null, "空置", "预留给孵化项目"],
  ];
  const eRows = [["化州市电子商务产业园房间使用台账"], ["楼层", "房号", "面积（㎡）", "使用单位", "统一社会信用代码", "企业类型", "入驻日期", "租期至", "状态", "备注"]];
  const eMerges = ["A1:J1"];
  const eRecs = [];
  let floorStart = 3;
  RM.forEach(([fl, room, area, unit, type, en, until, f, status, note], i) => {
    const isEnt = !!type;
    const dc = !isEnt ? null : f === "dot" ? dotDate(en) : f === "cn" ? cnDate(en) : D(en);
    eRows.push([i === 0 || RM[i - 1][0] !== fl ? fl : null, room, area, unit, isEnt ? cc(unit) : null, type, dc, until, status, note]);
    if (isEnt) eRecs.push({ name: unit, type, entered: en, left: status === "已退租" ? "2021-05-31" : null });
    const last = i === RM.length - 1 || RM[i + 1][0] !== fl;
    if (last) {
      eMerges.push(`A${floorStart}:A${eRows.length}`);
      floorStart = eRows.length + 1;
    }
  });
  eRows.push(["注：租期至为租赁合同到期日；退租的在状态栏注明“已退租”，备注退租日期。"]);
  eMerges.push(`A${eRows.length}:J${eRows.length}`);
  assert(eRecs.length === 11 && eRecs.filter((r) => r.left).length === 1, "l2 11 enterprises");

  // ---------------- media index: the date is inside the 出处 cell
  const MD = [
    ["化州橘红搭上电商快车", "《南方日报》2020年12月9日 第MM03版", "2020-12-09", "省级", "报纸", "否", "province", false],
    ["化州：村级电商服务站让山货出山", "《茂名日报》2021年3月5日 第A06版", "2021-03-05", "地市级", "报纸", "否", "city", false],
    ["广东化州：脱贫户的沙田柚卖上了网", "中国新闻网 2021-04-12", "2021-04-12", "中央级", "网络", "是", "national", false],
    ["化州电商扶贫带动脱贫户增收", "广东广播电视台《广东新闻联播》2021年6月2日", "2021-06-02", "省级", "电视", "是", "province", true],
    ["化州香芋网上走俏", "茂名广播电视台《茂名新闻》2021.7.14", "2021-07-14", "地市级", "电视", "否", "city", true],
    ["我市开展电商直播带货培训", "化州市融媒体中心“化州发布”公众号 2020年11月20日", "2020-11-20", "县（市）级", "新媒体", "否", "county", false],
    ["化州电商产业园新入驻企业签约", "化州电视台《化州新闻》2021年9月3日", "2021-09-03", "县（市）级", "电视", "否", "county", true],
  ];
  const mRows = [["化州市电子商务进农村宣传报道索引"], ["序号", "标题", "出处（媒体、日期、版面）", "级别", "形式", "电商扶贫典型案例", "存档编号"]];
  const mRecs = [];
  MD.forEach(([title, src, iso, lv, form, cs, level, tv], i) => {
    mRows.push([i + 1, title, src, lv, form, cs, `XC-${String(i + 1).padStart(3, "0")}`]);
    mRecs.push({ date: iso, level, tv });
  });

  // ---------------- submission receipts from the city's reporting system
  const recRows = [["茂名市商务局电子商务统计报送系统——上报记录"], ["单位：化州市商务局　　导出时间：2021-09-03 10:15"],
    ["序号", "报表期别", "报表名称", "填报截止时间", "上报时间", "上报人", "审核状态", "审核意见"]];
  const rRecs = [];
  let rn = 0;
  const at = (iso) => `${iso} ${hms()}`;
  for (const m of monthsBetween("2020-09", "2021-08")) {
    const nm = monthsBetween(m, "2021-12")[1];
    const [y, mm] = ymd(m + "-01");
    const per = `${y}年${String(mm).padStart(2, "0")}月`;
    const due = `${nm}-05 17:00`;
    const d1 = `${nm}-${String(rint(2, 5)).padStart(2, "0")}`;
    recRows.push([++rn, per, "电子商务进农村工作进展月报", due, at(d1), "梁××", m === "2021-08" ? "待审核" : "审核通过", null]);
    rRecs.push({ date: d1, poverty: false });
    if (m === "2021-08") {
      recRows.push([++rn, per, "电商扶贫情况统计表", due, null, null, "未上报", null]);
      continue;
    }
    const d2 = isoAdd(d1, rint(0, 1));
    if (m === "2021-03") {
      recRows.push([++rn, per, "电商扶贫情况统计表", due, at(d2), "梁××", "已退回", "贫困户参训人数与月报不一致，请核实后重报"]);
      rRecs.push({ date: d2, poverty: true });
      const d3 = isoAdd(d2, 3);
      recRows.push([++rn, per, "电商扶贫情况统计表", due, at(d3), "梁××", "审核通过", "（退回后重报）"]);
      rRecs.push({ date: d3, poverty: true });
      continue;
    }
    recRows.push([++rn, per, "电商扶贫情况统计表", due, at(d2), "梁××", "审核通过", null]);
    rRecs.push({ date: d2, poverty: true });
  }
  assert(rRecs.length === 24 && rRecs.filter((r) => r.poverty).length === 12, "l2 24 submissions");
  assert(rRecs.some((r) => r.date > "2021-08-31") && recRows.some((r) => r[6] === "未上报"), "l2 September submission and one not yet sent");

  return {
    description:
      "茂名化州市商务局台账工作簿。“站点汇总”是按镇统计的汇总表（站点数、已挂牌数），不是村名单也不是台账。“站点名录”没有“所在村”列：行政村要从详细地址里的“××村委会／××村民委员会”读出（“化州市平定镇大岭村委会上坡村18号”的行政村是大岭村，上坡村是自然村），站点名称有品牌写法（“邮乐购·上坡站”用的是自然村名，“益农信息社（大岭）”“供销e家大岭店”）；一个社区站（北岸社区居委会旁）；挂牌时间有日期格、“2020.10.15”、只到月的“2020年11月”、“2020年第四季度”“2021年一季度”“2021年上半年”（按期末月份读）、“2021年9月”。“产业园房间台账”一行一个房间：楼层合并单元格；直播共享间、园区管理办公室、空置和预留的房间不是企业；一家企业承租“203—204”两间只是一条；205房原租户“已退租”（备注2021年5月31日退租），下一行是接租的新企业；“租期至”是合同到期日，不是退出日期；一家9月新入驻。“宣传报道索引”的日期写在“出处（媒体、日期、版面）”格里，级别写“中央级/省级/地市级/县（市）级”，形式“电视”才是电视。“上报记录”是市局系统导出：日期取“上报时间”（不是报表期别和填报截止时间），“电商扶贫情况统计表”是含扶贫统计的报送，进展月报不是；3月扶贫统计表“已退回”后重报，两次都是报送；8月的扶贫统计表“未上报”，没有上报时间，不是记录。",
    sheets: [
      { name: "站点汇总", rows: sumRows, merges: ["A1:E1", `A${sumRows.length}:E${sumRows.length}`] },
      { name: "站点名录", rows: sRows, merges: ["A1:H1"] },
      { name: "产业园房间台账", rows: eRows, merges: eMerges },
      { name: "宣传报道索引", rows: mRows, merges: ["A1:G1"] },
      { name: "上报记录", rows: recRows, merges: ["A1:H1", "A2:H2"] },
    ],
    expect: {
      sheets: {
        "站点汇总": { kind: null },
        "站点名录": { kind: "stations", records: sRecs },
        "产业园房间台账": { kind: "enterprises", records: eRecs },
        "宣传报道索引": { kind: "media", records: mRecs },
        "上报记录": { kind: "reports", records: rRecs },
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

const txt = (c) => JSON.stringify(c.sheets);
assert(txt(c1).includes("计划完成时间") && txt(c1).includes("２０２") && txt(c1).includes("县级配套资金") && txt(c1).includes("2021年9月（1—10日）"), "c1 text");
assert(txt(f1).includes("☑常务副市长") && txt(f1).includes("壹仟伍佰万元整"), "f1 text");
assert(txt(f2).includes("187,300万元") && txt(f2).includes("11,739,000元") && txt(f2).includes("阳东区"), "f2 text");
assert(txt(f3).includes("同中期") && txt(f3).includes("中期自查（2020年10月）"), "f3 text");
assert(txt(l1).includes("联席主持人") && txt(l1).includes("待验收后支付"), "l1 text");
assert(txt(l2).includes("2020年第四季度") && txt(l2).includes("已退租") && txt(l2).includes("未上报"), "l2 text");

write("counties", "b152-c1-yunan.json", c1);
write("facts", "b152-f1-lianjiang.json", f1);
write("facts", "b152-f2-yangchun.json", f2);
write("facts", "b152-f3-huaiji.json", f3);
write("ledgers", "b152-l1-taishan.json", l1);
write("ledgers", "b152-l2-huazhou.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
