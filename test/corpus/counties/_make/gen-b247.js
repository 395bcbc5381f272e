// Batch 247 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b243.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (247247), no clock. Run: node test/corpus/counties/_make/gen-b247.js
// Theme: a finance bureau's view — amounts in 元 split into 元｜角｜分 columns, 凭证号, budget (功能分类／经济分类) codes, and a facts
// sheet whose figures are the 统计局 letter quoted in cells (c1, f1, f3, l1).
//
// c1 广宁县 (肇庆): a workbook compiled by the 商务局 with the 县财政局经济建设股 (13 sheets). 《基础数据》 序号｜项目｜填报内容｜依据：the
//    statistics section gives no bare numbers — each 填报内容 cell is the 县统计局 复函 sentence in quotes (“……全县常住人口为412,460人。”,
//    “2020年全县农村网络零售额82,955.6万元，同比增长30.0%。”). 《资金支出明细》 two-row header, 支出金额 over 元｜角｜分, sections per 预算科目
//    (2160299 / 2169999) with 科目小计 rows, 凭证号, 经济分类, blank 角分 for zero. Edges: 119/170 villages (exactly 70%), 4,125
//    person-times against 412,460 (1% = 4,124.6), 32/80 poor trained (exactly 40%), growth exactly 30%, centre opened 2021-03-01 (a day
//    too late for six months), a poor-village station and a class on 2021-09-01, a payment on 2021-08-31, a firm that left on 2021-08-30.
// f1 新会区 (江门): the 区财政局经济建设股's 《专项资金及基础数据核实表》 — money in 元｜角｜分 columns with the 大写 amount, a 指标结余 row
//    that is no input; statistics as quoted 区统计局 复函 sentences merged over B:G, one sentence holding the 2020 amount and the growth but
//    no 2019 amount; three fund judged points with the finance bureau's 核实意见.
// f2 潮阳区 (汕头): the official indicator table with every figure written in one “我区完成情况” cell as several “【标签】值” lines; points
//    typed “得分/满分” (“9/10”), growth rates in brackets after the amounts.
// f3 阳春市 (阳江): top half the 统计局's stamped 《统计资料提供单》 (指标｜计量单位｜数值｜时期 — the same 指标 twice, told apart by 时期),
//    bottom half the 商务局's own pairs with Y/N answers and yyyymmdd dates.
// l1 斗门区 (珠海): ① a funds ledger, 支付金额 over 元｜角｜分 (blank = 0), 凭证号, 功能分类／经济分类 codes, 年度小计 and 累计 rows, yyyymmdd
//    numbers as dates; ② a monthly report register with √／×／blank; ③ a 预算科目代码对照 table (not a ledger).
// l2 清新区 (清远): ① station acceptance sheet turned on its side (one station per column, two blocks); ② sign-in sheets stacked per class,
//    the date range in a “培训时间：” line; ③ media with 中央级／省级／市级／区级; ④ 填表说明 (not a ledger).
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
let seed = 247247;
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
    assert(/^b247-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b247-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b247-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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

// ---------------------------------------------------------------- extra helpers (batch 247)
function yjf(x) {
  // an amount in 元 split into the 元｜角｜分 columns of a finance form
  const c = cents(x);
  assert(c >= 0, "yjf non-negative");
  return [Math.floor(c / 100), Math.floor(c / 10) % 10, c % 10];
}
function fromYjf(a) {
  return (a[0] * 100 + a[1] * 10 + a[2]) / 100;
}
assert(fromYjf(yjf(723450)) === 723450 && fromYjf(yjf(135606.75)) === 135606.75 && yjf(586235.6).join() === "586235,6,0", "yjf");
function blankZero(a, blank) {
  // 角／分 columns left empty when zero (as many cashiers type them)
  return blank ? [a[0], a[1] || null, a[2] || null] : a;
}

// =====================================================================================================
// c1 — 肇庆市广宁县: 县财政局经建股与商务局合编；基础数据的统计数引自县统计局复函原文；资金支出明细按预算科目分节、金额分元｜角｜分三栏
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REG = "441223";
  const TOWNS = ["南街街道", "江屯镇", "螺岗镇", "北市镇", "坑口镇", "赤坑镇", "宾亨镇", "五和镇", "横山镇", "木格镇", "石咀镇", "潭布镇", "排沙镇", "古水镇", "洲仔镇", "石涧镇", "联和镇"];
  const NV = [6, 12, 11, 10, 9, 10, 11, 10, 11, 9, 10, 10, 12, 10, 9, 10, 10];
  const NC = [5, 1, 0, 1, 0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0];
  const vn = villageNamer("大新上下东西石龙平高黄白金田竹长丰", "岗坑塘坪围洞寨头口背湾布垌岭");
  const cmn = nameMaker("城江河", "东西南北中", "社区", []);
  const vil = [];
  TOWNS.forEach((t, ti) => {
    for (let i = 0; i < NC[ti]; i++) vil.push({ town: t, name: cmn(), admin: false });
    for (let i = 0; i < NV[ti]; i++) vil.push({ town: t, name: vn(), admin: true, poor: false });
  });
  const adminV = vil.filter((v) => v.admin);
  const comms = vil.filter((v) => !v.admin);
  assert(adminV.length === 170 && comms.length === 10, "c1 villages " + adminV.length + " " + comms.length);
  noStemClash(adminV.map((v) => v.name), comms.map((v) => v.name), "c1");
  const poorList = shuffle(adminV.filter((v) => v.town !== "南街街道")).slice(0, 15);
  for (const v of poorList) v.poor = true;

  // ---------------- 村（居）委会名单（县民政局提供）
  const vRows = [padRow(["广宁县村（居）民委员会名单"], 7), padRow(["（县民政局2021年6月提供，快递进村情况由县邮政管理部门核实）"], 7),
    ["序号", "镇（街道）", "村（居）委会名称", "类型", "省定贫困村", "快递进村", "备注"]];
  const vRecs = [];
  vil.forEach((v, i) => {
    const nm = v.admin ? (i % 5 === 2 ? v.name.replace(/村$/, "村民委员会") : i % 5 === 4 ? v.name.replace(/村$/, "村委会") : v.name) : v.name + "居民委员会";
    vRows.push([i + 1, v.town, nm, v.admin ? "行政村" : "居委会", v.admin ? (v.poor ? "是" : "否") : "—", "√", v.poor ? "相对贫困村帮扶单位：肇庆市直" : null]);
    vRecs.push(v.admin ? { name: v.name, admin: true, poor: v.poor, express: true } : { name: v.name, admin: false, express: true });
  });

  // ---------------- 站点：119/170 = 70.0%（正好5分档下沿）；省定贫困村15个，14个截止日前有站，1个2021-09-01才挂牌 → 93.3%（3分）
  const nonPoor = shuffle(adminV.filter((v) => !v.poor));
  const st = [];
  poorList.forEach((v, i) => st.push({ v, opened: i === 9 ? "2021-09-01" : randIsoBetween("2020-04-01", "2021-07-31") }));
  nonPoor.slice(0, 105).forEach((v) => st.push({ v, opened: randIsoBetween("2020-04-01", "2021-08-25") }));
  st[40].opened = "2021-08-31"; // on the cut-off day: counts
  st.push({ v: nonPoor[7], opened: "2021-03-19", second: true });
  st.push({ v: comms[1], opened: "2020-11-05", comm: true });
  st.push({ v: nonPoor[105], opened: "2021-09-01" });
  const covered = new Set(st.filter((s) => !s.comm && s.opened <= CUT).map((s) => s.v.name));
  const poorCovered = poorList.filter((v) => covered.has(v.name)).length;
  assert(covered.size === 119 && covered.size * 100 === 70 * adminV.length && (covered.size - 1) * 100 < 70 * adminV.length, "c1 coverage " + covered.size);
  assert(poorCovered === 14 && poorCovered * 100 >= 80 * 15 && poorCovered < 15, "c1 poor coverage");
  const stOrd = st.slice().sort((a, b) => TOWNS.indexOf(a.v.town) - TOWNS.indexOf(b.v.town) || cmp(a.opened, b.opened));
  const sRows = [padRow(["广宁县村级电子商务服务站点台账"], 8), ["序号", "站点名称", "镇（街道）", "所在村（社区）", "负责人", "联系电话", "挂牌时间", "服务内容"]];
  const sRecs = [];
  stOrd.forEach((s, i) => {
    const stem = s.v.name.replace(/村$|社区$/, "");
    const nm = s.comm ? `${stem}社区电商服务点` : `广宁县${stem}村电商服务站${s.second ? "（二站）" : ""}`;
    const op = s.opened === "2021-08-31" ? "2021年8月31日" : s.opened === "2021-09-01" ? "2021.9.1" : [D(s.opened), dotDate(s.opened), cnDate(s.opened), slashDate(s.opened)][i % 4];
    sRows.push([i + 1, nm, s.v.town, s.comm ? s.v.name : (i % 3 === 1 ? s.v.name.replace(/村$/, "村委会") : s.v.name), personName(), mask(phone()), op,
      ["代购代销、快递收发", "代购代销、代缴费、快递收发", "农产品网销、快递收发、小额取款"][i % 3]]);
    sRecs.push({ village: s.v.name, opened: s.opened });
  });

  // ---------------- 脱贫人口：100人，有劳动能力88人，其中外出务工8人 → 符合条件80人
  const persons = [];
  for (let i = 0; i < 100; i++) {
    const labour = i < 88;
    const migrant = i >= 80 && i < 88;
    persons.push({ id: makeId(REG, birthBetween(1963, 2000), rnd() < 0.5, i % 13 === 3 ? true : undefined), name: personName(), village: poorList[i % 15], labour, migrant });
  }
  const P = shuffle(persons);
  const pRows = [padRow(["广宁县脱贫人口劳动能力及务工情况表"], 8), padRow(["数据来源：县乡村振兴局防返贫监测信息系统（2021年7月）"], 8),
    ["序号", "姓名", "身份证号码", "所在镇", "所在村", "劳动能力", "是否外出务工", "备注"]];
  const pRecs = [];
  P.forEach((p, i) => {
    pRows.push([i + 1, p.name, p.id, p.village.town, p.village.name, p.labour ? "有" : "无", p.migrant ? "是" : "否", p.migrant ? ["佛山", "广州", "肇庆端州", "东莞"][i % 4] : !p.labour ? "残疾／年老" : null]);
    pRecs.push({ id: p.id, labour: p.labour, migrant: p.migrant });
  });
  const eligible = persons.filter((p) => p.labour && !p.migrant);
  assert(eligible.length === 80, "c1 eligible");

  // ---------------- 脱贫户电商培训签到：截止日前参训32人 = 40.0%（8分档下沿）；9月1日一期有2人只参加那一期
  const EL = shuffle(eligible);
  const trainedSet = EL.slice(0, 32);
  const lateOnly = EL.slice(32, 34);
  const migr = persons.filter((p) => p.migrant).slice(0, 2);
  const classes = [
    { date: "2020-12-09", title: "脱贫户电商技能班第1期" },
    { date: "2021-04-14", title: "脱贫户电商技能班第2期" },
    { date: "2021-07-07", title: "脱贫户电商技能班第3期" },
    { date: "2021-09-01", title: "脱贫户电商技能班第4期" },
  ];
  classes.forEach((c) => (c.people = []));
  trainedSet.forEach((p, i) => classes[i % 3].people.push(p));
  classes[1].people.push(trainedSet[0], trainedSet[3]);
  classes[2].people.push(trainedSet[1]);
  classes[3].people.push(...lateOnly, trainedSet[5]);
  classes[0].people.push(migr[0]);
  classes[2].people.push(migr[1]);
  const other = () => ({ id: makeId(REG, birthBetween(1978, 2001), rnd() < 0.5), name: personName(), village: adminV[rint(0, 169)], other: true });
  for (const c of classes) for (let k = 0; k < 4; k++) c.people.push(other());
  const tRows = [padRow(["广宁县脱贫户电商技能培训签到汇总表"], 7), ["序号", "培训日期", "班次", "姓名", "身份证号码", "所在村", "是否脱贫人口"]];
  const tRecs = [];
  let tn = 0;
  classes.forEach((c, ci) => {
    shuffle(c.people).forEach((p) => {
      tn++;
      tRows.push([tn, [D(c.date), cnDate(c.date), dotDate(c.date), "2021年9月1日"][ci], c.title, p.name, p.id, p.village.name, p.other ? "否" : "是"]);
      tRecs.push({ date: c.date, personTimes: 1, id: p.id });
    });
  });
  checkTrainingIds(tRecs, "c1");
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedIds = new Set(tRecs.filter((r) => r.date <= CUT && eligIds.has(r.id)).map((r) => r.id));
  assert(trainedIds.size === 32 && trainedIds.size * 100 === 40 * eligible.length, "c1 poor rate " + trainedIds.size);
  const trainedAll = new Set(tRecs.filter((r) => eligIds.has(r.id)).map((r) => r.id));
  assert(trainedAll.size === 34, "c1 counting the 9-01 class would give 34");
  const signPre = tRecs.filter((r) => r.date <= CUT).length;

  // ---------------- 普及培训（按期，人次，含培训经费和报账凭证号）：合计正好4,125人次（常住人口412,460的1.0001%）
  const POP = 412460;
  const sess = [];
  let d = "2020-07-08";
  const topics = ["农村电商基础知识", "网店开设与运营", "广宁竹制品、番薯网络营销", "农产品拍摄与美工", "短视频与直播带货", "社群团购", "电商客服与物流"];
  for (let i = 0; i < 16; i++) {
    sess.push({ date: d, n: rint(235, 270), topic: topics[i % 7] });
    d = isoAdd(d, rint(22, 26));
  }
  assert(sess[15].date <= "2021-08-20", "c1 last session " + sess[15].date);
  sess[6].range = true;
  const target = 4125;
  sess[15].n += target - signPre - sum(sess.map((s) => s.n));
  assert(sess[15].n > 100 && sess[15].n < 400, "c1 adjust " + sess[15].n);
  sess.push({ date: "2021-09-01", n: 186, topic: "电商创业孵化" });
  const pt = sum(sess.filter((s) => s.date <= CUT).map((s) => s.n)) + signPre;
  assert(pt === 4125 && pt * 100 >= POP && (pt - 1) * 100 < POP, "c1 person-times on the 1% edge " + pt);
  const gRows = [padRow(["广宁县农村电商普及培训台账"], 7), padRow(["注：脱贫户技能班另见《脱贫户培训签到》，不重复统计。"], 7),
    ["期次", "培训日期", "培训内容", "培训地点", "参训人次", "培训经费（元）", "报账凭证号"]];
  const gRecs = [];
  sess.forEach((s, i) => {
    const dt = s.range ? rangeText(isoAdd(s.date, -2), s.date, "dot") : s.date === "2021-09-01" ? "2021.9.1" : [cnDate(s.date), D(s.date), dotDate(s.date), slashDate(s.date)][i % 4];
    gRows.push([`第${i + 1}期`, dt, s.topic, ["县电商公共服务中心", "排沙镇文化站", "江屯镇政府会议室", "潭布镇党群服务中心"][i % 4], s.n, fmtMoney(s.n * 40), `付字第${pad3(30 + i * 5)}号`]);
    gRecs.push({ date: s.date, personTimes: s.n });
  });
  gRows.push([null, "合计", null, null, sum(sess.map((s) => s.n)), fmtMoney(sum(sess.map((s) => s.n * 40))), null]);

  // ---------------- 入驻企业：22行，在园20家（8月30日退出、9月1日入驻的不算；9月15日退出的算）
  const fnm = nameMaker("广宁竹绥江扶溪", "源丰达盛和兴鑫", "", ["广宁"]);
  const TYPES = ["平台型", "销售型", "网店", "网店", "销售型", "代运营", "销售型", "快递物流", "销售型", "网店", "销售型", "平台型", "销售型", "网店",
    "代运营", "销售型", "网店", "销售型", "快递物流", "销售型", "网店", "销售型"];
  const firms = TYPES.map((t) => ({ name: `广宁县${fnm()}${/物流/.test(t) ? "物流" : "电子商务"}有限公司`, type: t, code: creditCode("441223"),
    entered: randIsoBetween("2020-05-01", "2021-07-31"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[5].left = "2021-08-30";
  firms[9].left = "2021-09-15";
  firms[21].entered = "2021-09-01";
  const inPark = firms.filter((f) => f.entered <= CUT && !(f.left && f.left < CUT));
  assert(inPark.length === 20, "c1 park " + inPark.length);
  const norm = (t) => (/平台/.test(t) ? "平台" : /销售|零售|网店/.test(t) ? "销售" : /运营|服务商/.test(t) ? "运营" : /物流|快递|仓储/.test(t) ? "物流" : t);
  const types = new Set(inPark.map((f) => norm(f.type)));
  assert(types.size === 4, "c1 types");
  const eRows = [padRow(["广宁县电子商务产业园入驻企业名单"], 7), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退出日期", "备注"]];
  const eRecs = [];
  firms.forEach((f, i) => {
    eRows.push([i + 1, f.name, f.code, f.type, [D(f.entered), cnDate(f.entered), dotDate(f.entered)][i % 3], f.left ? dotDate(f.left) : null, f.left ? "已退园" : null]);
    eRecs.push({ name: f.name, type: f.type, entered: f.entered, left: f.left });
  });

  // ---------------- 资金支出明细：按预算科目分节，金额分元｜角｜分；截止日前3,876,542.35元（77.5%）
  const ALLOC = 5000000;
  const SEC = [
    { code: "2160299", name: "其他商业流通事务支出", pays: [
      ["2020-09-18", "付字第017号", "县电子商务公共服务中心装修及设备采购", "广宁县宏建装饰工程有限公司", 1218650],
      ["2020-11-26", "付字第052号", "村级电商服务站点建设补助（第一批）", "中国邮政集团有限公司广宁县分公司", 437800],
      ["2021-01-20", "付字第006号", "县镇村三级物流配送体系建设", "广宁县绥江物流有限公司", 586235.6],
      ["2021-04-08", "付字第041号", "农产品品牌培育及包装设计", "肇庆市禾田文化传播有限公司", 226480],
      ["2021-06-29", "付字第077号", "电商公共服务中心运营补助（上半年）", "广宁县电子商务公共服务中心", 380000],
      ["2021-08-31", "付字第103号", "村级电商服务站点建设补助（第二批）", "中国邮政集团有限公司广宁县分公司", 0]] },
    { code: "2169999", name: "其他商业服务业等支出", pays: [
      ["2020-12-15", "付字第068号", "农村电商普及培训（第一批）", "广宁县电子商务公共服务中心", 168320],
      ["2021-05-20", "付字第059号", "网络促销活动（年货节、荔枝节）", "肇庆市禾田文化传播有限公司", 135606.75],
      ["2021-09-02", "付字第108号", "农产品质量溯源系统建设", "广州市溯源信息科技有限公司", 260000]] },
  ];
  const target$ = 3876542.35;
  const allPays = SEC.flatMap((s) => s.pays);
  SEC[0].pays[5][4] = yuan2(target$ - sumYuan(allPays.filter((p) => p[0] !== "2021-08-31" && p[0] <= CUT).map((p) => p[4])));
  assert(SEC[0].pays[5][4] === 723450, "c1 the 8-31 payment " + SEC[0].pays[5][4]);
  const spent = sumYuan(allPays.filter((p) => p[0] <= CUT).map((p) => p[4]));
  assert(spent === 3876542.35 && spent * 100 >= 70 * ALLOC, "c1 spent " + spent);
  const FW_ = 10;
  const fRows = [padRow(["广宁县省级电子商务进农村综合示范专项资金支出明细表"], FW_),
    padRow(["编制单位：广宁县财政局经济建设股　　　项目单位：广宁县商务局　　　指标文号：粤财工〔2019〕215号　　　金额单位：元"], FW_),
    ["序号", "支付日期", "凭证号", "摘要（用途）", "收款单位", "支出金额", null, null, "经济分类", "备注"],
    [null, null, null, null, null, "元", "角", "分", null, null]];
  const fM = ["A1:J1", "A2:J2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:H3", "I3:I4", "J3:J4"];
  const fRecs = [];
  let k = 0;
  for (const s of SEC) {
    fRows.push(padRow([`预算科目：${s.code}　${s.name}`], FW_));
    fM.push(`A${fRows.length}:J${fRows.length}`);
    for (const p of s.pays) {
      k++;
      const dcell = [dotDate(p[0]), D(p[0]), slashDate(p[0])][k % 3];
      fRows.push([k, dcell, p[1], p[2], p[3], ...blankZero(yjf(p[4]), k % 4 === 1), k % 3 ? "31204 费用补贴" : "30227 委托业务费", p[0] > CUT ? "2021年9月支付" : null]);
      fRecs.push({ date: p[0], amount: p[4] });
    }
    const sub = sumYuan(s.pays.map((p) => p[4]));
    fRows.push([null, null, null, `${s.code}科目小计`, null, ...yjf(sub), null, null]);
  }
  const tot = sumYuan(allPays.map((p) => p[4]));
  fRows.push([null, null, null, "合　　计", null, ...yjf(tot), null, null]);
  fRows.push(padRow([`注：省级下达资金5,000,000.00元；截至2021年8月31日累计支出${fmtMoney(spent)}元（合计行含9月2日支付的260,000.00元）。`], FW_));
  fM.push(`A${fRows.length}:J${fRows.length}`);
  fRows.push(padRow(["制表：黎××　　　复核：冯××　　　（县财政局经济建设股）　　　2021年9月6日"], FW_));
  fM.push(`A${fRows.length}:J${fRows.length}`);
  for (const r of fRows) assert(r.length === FW_, "c1 funds width");
  // the 元角分 columns add up
  for (const r of fRows.slice(4)) if (typeof r[5] === "number" && typeof r[0] === "number") assert(fromYjf([r[5], r[6] || 0, r[7] || 0]) === fRecs[r[0] - 1].amount, "c1 yjf row " + r[0]);

  // ---------------- 报送：2021年2月未报 → 11个月（不定时，1分）；扶贫统计有“是”
  const rMonths = WINDOW.filter((m) => m !== "2021-02");
  const reps = rMonths.map((m, i) => ({ date: `${m}-${String(rint(24, 28)).padStart(2, "0")}`, pov: i % 3 !== 1 }));
  reps.push({ date: "2021-09-26", pov: true });
  const rRows = [padRow(["广宁县电子商务进农村工作情况报送记录（报肇庆市商务局）"], 5), ["序号", "报送日期", "报送内容", "是否含电商扶贫统计", "报送方式"]];
  reps.forEach((r, i) => rRows.push([i + 1, [D(r.date), dotDate(r.date), cnDate(r.date)][i % 3], `${cnMonth(r.date)}电子商务进农村综合示范工作进展及统计报表`, r.pov ? "是" : "否", i % 2 ? "粤政易" : "电子邮件"]));
  const rRecs = reps.map((r) => ({ date: r.date, poverty: r.pov }));
  assert(inWindowMonths(reps.map((r) => r.date)) === 11, "c1 reports 11");

  // ---------------- 专栏更新：12个月都有
  const up = [];
  for (const m of WINDOW) {
    up.push(`${m}-${String(rint(2, 15)).padStart(2, "0")}`);
    if (rnd() < 0.3) up.push(`${m}-${String(rint(18, 28)).padStart(2, "0")}`);
  }
  const uRows = [padRow(["广宁县人民政府门户网站“电子商务进农村综合示范”专栏更新记录"], 4), ["序号", "发布日期", "标题", "栏目"]];
  const uT = ["项目建设进度", "工作动态", "资金使用公示", "站点建设情况"];
  up.forEach((u, i) => uRows.push([i + 1, D(u), `广宁县电子商务进农村综合示范${uT[i % 4]}（${cnMonth(u)}）`, ["进度公开", "工作动态", "资金公示", "工作动态"][i % 4]]));
  const uRecs = up.map((u) => ({ date: u }));
  assert(inWindowMonths(up) === 12, "c1 disclosure 12");

  // ---------------- 宣传、经验材料
  const MD = [["2020-12-21", "广宁县融媒体中心", "县级", "网络", "广宁：村级电商服务站“开张”", "否"],
    ["2021-04-16", "西江日报", "市级", "报纸", "广宁竹制品搭上电商快车", "否"],
    ["2021-06-24", "肇庆广播电视台", "市级", "电视", "广宁脱贫户直播卖番薯", "是"],
    ["2021-09-02", "南方日报", "省级", "报纸", "广宁县电商进农村示范创建见成效", "否"]];
  const mRows = [padRow(["广宁县电子商务进农村宣传报道情况"], 7), ["序号", "刊播日期", "媒体名称", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
  MD.forEach((m, i) => mRows.push([i + 1, [D(m[0]), cnDate(m[0]), dotDate(m[0]), "2021.9.2"][i], m[1], m[2], m[3], m[4], m[5]]));
  const matRows = [padRow(["广宁县经验材料报送情况"], 4), ["序号", "报送日期", "材料名称", "报送单位"],
    [1, D("2021-08-30"), "广宁县“站点＋技能班”带动脱贫户触网增收的做法", "肇庆市商务局"],
    [2, D("2021-09-03"), "广宁县电子商务进农村综合示范创建工作总结", "肇庆市商务局"]];

  // ---------------- 基础数据（统计数引自县统计局复函原文）
  const LETTER = "广宁县统计局《关于提供电子商务进农村综合示范考评有关统计数据的复函》（广宁统函〔2021〕17号）";
  const W = 4;
  const bd = [padRow(["广宁县电子商务进农村综合示范考评基础数据"], W),
    padRow(["县商务局、县财政局经济建设股共同填报　　考评截止日期：2021年8月31日　　统计数据以县统计局复函原文为准（引号内为复函原文）"], W),
    ["序号", "项目", "填报内容", "依据／出处"]];
  const bM = ["A1:D1", "A2:D2"];
  const sec = (t) => { bd.push(padRow([t], W)); bM.push(`A${bd.length}:D${bd.length}`); };
  let n = 0;
  const row = (label, val, src) => { n++; bd.push([n, label, val, src || null]); };
  sec("一、统计数据（引自县统计局复函）");
  row("常住人口", "“根据第七次全国人口普查，2020年11月1日零时全县常住人口为412,460人。”", LETTER + "第一条");
  row("2019年农村网络零售额", "“2019年全县农村网络零售额63,812万元。”", "同上第二条");
  row("2020年农村网络零售额", "“2020年全县农村网络零售额82,955.6万元，同比增长30.0%。”", "同上第二条");
  sec("二、基本情况");
  row("行政村数", "170个", "县民政局名单（另有社区居委会10个）");
  row("省定贫困村数", "15个", "县乡村振兴局");
  row("领导小组组长", "县长", "广宁府办〔2020〕9号");
  row("领导小组成员单位", "县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监管局、县邮政分公司", "同上");
  row("示范县工作方案", "已正式印发", "广宁府办〔2020〕13号");
  row("支持农村电商发展的政策", "已出台", "《广宁县农村电子商务发展扶持办法》");
  row("县级电商公共服务中心投入运营日期", "2021年3月1日", "运营协议、开业仪式");
  row("免费培训场所、培训设备", "有", null);
  row("免费展示、销售服务", "有", null);
  row("免费摄影、美工服务", "有", null);
  row("农产品统一推广、品牌建设指导", "有", null);
  row("其他衍生增值服务", "无", null);
  row("电商产业园", "已建成", "广宁县电子商务产业园");
  row("专业第三方电商运营或服务商", "有", "运营服务合同");
  row("行政村物流快递覆盖率", "100%", "县邮政管理部门证明");
  row("专栏公示创建方案", "是", null);
  row("专栏公示项目基本信息", "是", null);
  row("专栏公示项目建设进度", "是", null);
  row("专栏设立监督举报窗口", "是", "“我要留言”");
  row("能统计电商扶贫情况", "能", null);
  sec("三、资金情况（县财政局经济建设股核实）");
  row("省级下达资金", "5,000,000.00元", "粤财工〔2019〕215号");
  row("累计支出（截至2021年8月31日）", `${fmtMoney(spent)}元`, "国库集中支付系统");
  row("资金管理制度", "已制定", "《广宁县省级电子商务进农村综合示范专项资金管理办法》");
  row("资金专用台账", "已建立", null);
  row("项目总体进度", "86%", null);
  sec("四、主观评分项（自评）");
  row("方案制定（1-2分）", "2分", null);
  row("政策支持（1-2分）", "2分", null);
  row("项目管理制度（1-2分）", "2分", null);
  row("工作台账（1-2分）", "1分", "部分项目验收记录补录中");
  row("网销调研（1-2分）", "2分", null);
  row("网络促销活动（1-2分）", "1分", null);
  row("交易标准与冷链溯源（1-2分）", "1分", null);
  row("资金管理制度（1-5分）", "5分", null);
  row("资金台账（1-5分）", "4分", null);
  row("资金及时拨付（1-5分）", "4分", null);
  sec("五、一票否决事项");
  row("安全生产、质量事故或重大损失", "未发生", null);
  row("弄虚作假", "无", null);
  for (const r of bd) assert(r.length === W, "c1 bd width");
  // the letter figures
  const R19 = 638120000, R20 = 829556000;
  assert((R20 - R19) * 100 === 30 * R19, "c1 growth exactly 30%");

  // ---------------- 自评得分（claimed）
  const claimed = { "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 14, "work.coverage": 8, "work.upward": 8, "work.training": 18,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 0 };
  const IND = [
    ["加强组织领导与统筹协调（10分）", "组织领导", "org.leadership", "县长任组长，商务、财政、农业农村、乡村振兴等部门参与"],
    [null, "方案制定", "org.plan", "广宁府办〔2020〕13号"],
    [null, "政策支持", "org.policy", "《扶持办法》已落实"],
    [null, "项目管理", "org.management", "制度2分，台账1分"],
    ["深入推动电子商务进农村工作（55分）", "服务体系建设（县级中心、产业园）", "work.center", "中心2021年3月开业，运行满6个月；入驻企业20家"],
    [null, "服务体系建设（村级站点）", "work.coverage", "行政村覆盖70%；贫困村14/15"],
    [null, "农村产品上行", "work.upward", "增速30.0%"],
    [null, "电商人才培训", "work.training", "培训4,125人次；脱贫人口培训率40%"],
    ["加强信息公开及报送（10分）", "信息公开", "info.disclosure", "专栏按月更新"],
    [null, "数据上报", "info.reporting", "每月报送"],
    ["加强宣传推广（10分）", "案例总结", "promo.cases", "8月30日报送"],
    [null, "经验推广", "promo.media", "省、市、县级媒体均有报道"],
    ["加强财政资金管理（15分）", "制度建立", "fund.system", null],
    [null, "资金台账", "fund.ledger", null],
    [null, "资金支出", "fund.spending", "支出率77.5%"],
    ["加分项（4分）", "贫困人口培训率70%及以上", "bonus.poorTraining", "未达到"],
    [null, "电商扶贫典型案例电视播报", "bonus.tvCase", "肇庆广播电视台播出（市级）"],
  ];
  const MAX = Object.fromEntries(SCORED.concat(BONUS));
  const ir = [padRow(["广宁县电子商务进农村综合示范考评自评得分表"], 5), ["工作任务", "评价指标", "权重", "自评得分", "自评说明"]];
  const iM = ["A1:E1"];
  let gStart = 0;
  IND.forEach((x) => {
    if (x[0]) {
      if (gStart && ir.length > gStart) iM.push(`A${gStart}:A${ir.length}`);
      gStart = ir.length + 1;
    }
    ir.push([x[0], x[1], MAX[x[2]], claimed[x[2]], x[3]]);
  });
  if (ir.length > gStart) iM.push(`A${gStart}:A${ir.length}`);
  const sClaim = sum(SCORED.map(([id]) => claimed[id]));
  assert(sClaim === 90, "c1 claim " + sClaim);
  ir.push(["合计", null, 100, sClaim, "加分0分"]);

  // ---------------- points
  const cp = { built: 2, six: "2021-03-01" <= "2021-02-28" ? 2 : 0, train: 2, display: 1, photo: 1, brand: 1, other: 0, park: 2, twenty: inPark.length >= 20 ? 2 : 0, types: types.size >= 3 ? 1 : 0 };
  const centerPts = sum(Object.values(cp));
  const covPts = (covered.size * 100 >= 70 * 170 ? 5 : covered.size * 100 >= 50 * 170 ? 2 : 0) + (poorCovered === 15 ? 5 : poorCovered * 100 >= 80 * 15 ? 3 : 0);
  const trPts = (pt * 100 >= POP ? 10 : pt * 1000 >= POP * 8 ? 8 : 0) + (trainedIds.size * 100 >= 50 * 80 ? 10 : trainedIds.size * 100 >= 40 * 80 ? 8 : 0);
  const fundRate = spent / ALLOC;
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": centerPts, "work.coverage": covPts, "work.upward": 2 + 1 + 1 + 1 + 1 + 2,
    "work.training": trPts, "info.disclosure": 2 + 2, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 3 + 1, "fund.system": 5, "fund.ledger": 4,
    "fund.spending": fundRate >= 0.7 ? 4 : -5, "bonus.poorTraining": 0, "bonus.tvCase": 0, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(centerPts === 12 && covPts === 8 && trPts === 18, "c1 pts " + centerPts + " " + covPts + " " + trPts);
  const scored = sum(SCORED.map(([id]) => pts[id]));
  assert(scored === 82, "c1 scored " + scored);

  const derivation = [
    "org.leadership: 组长“县长”（主要领导）；成员单位有县商务局、县财政局、县农业农村局、县乡村振兴局 → 2",
    "org.plan: 方案已正式印发；方案制定自评2分 → 2",
    "org.policy: 政策已出台；政策支持自评2分 → 2",
    "org.management: 项目管理制度2分＋工作台账1分 → 3",
    `work.center: 中心投入运营“2021年3月1日” ≤ 截止日 → 建成2；满6个月须不晚于2021-02-28，3月1日晚了一天 → 0；免费培训2、展示销售1、摄影美工1、品牌推广1；其他增值服务“无” → 0；产业园已建成2；《入驻企业》22行：2021.8.30退园的（截止日前已退出）和2021年9月1日入驻的不算，2021.9.15退园的截止日仍在园 → 在园20家 → 2；类型平台／销售（含网店）／代运营／快递物流4种 → 1；合计${centerPts}`,
    `work.coverage: 《村居名单》行政村${adminV.length}个（居委会${comms.length}个不算）；《站点台账》截止日前有站的行政村${covered.size}个（同村二站算一次；社区服务点不算；“2021年8月31日”挂牌的算；两个“2021.9.1”挂牌的不算） → ${covered.size}/170 = 70.0%，正好70% → 5；省定贫困村15个，截止日前有站14个（第15个2021.9.1才挂牌） → 93.3%，在80%–100%档 → 3；合计8`,
    "work.upward: 网销调研2；网络促销1；第三方运营商有1；《村居名单》有快递进村列，170个行政村全“√” → 1；标准溯源1；统计局复函：2019年63,812万元，2020年82,955.6万元、同比增长30.0% → 正好30% → 2；合计8",
    `work.training: 常住人口（复函原文）412,460人 < 50万 → 1%为4,124.6人次；《普及培训》截止日前16期${fmtInt(pt - signPre)}人次（“${rangeText(isoAdd(sess[6].date, -2), sess[6].date, "dot")}”按结束日算；2021.9.1一期186人次、合计行不算）＋《脱贫户培训签到》截止日前${signPre}行 = ${fmtInt(pt)}人次 ≥ 4,124.6 → 1.0001% → 10（少一人次就只有0.9998%、8分）；《脱贫人口》劳动能力“有”且外出务工“否”的80人，身份证号在截止日前签到中出现的32人（重复参训算一人；9月1日第4期中只参加该期的2人不算；外出务工者不算） → 32/80 = 40.0%，正好在40%–50%档 → 8；合计18`,
    "info.disclosure: 创建方案、项目基本信息、建设进度、监督举报窗口都“是” → 2；《专栏更新》2020年9月—2021年8月每月都有 → 2；合计4",
    "info.reporting: 《报送记录》窗口内11个月有报送（2021年2月没有；2021年9月那次在窗口外） → 不定时 1；有“是”含扶贫统计（另基础数据“能”） → 3；合计4（自评6）",
    "promo.cases: 《经验材料》2021-08-30报送一份 → 2（9月3日的总结不算）",
    "promo.media: 截止日前有市级（西江日报、肇庆广播电视台） → 3；县级（县融媒体中心） → 1；南方日报“2021.9.2”在截止日后 → 省级0；合计4（自评8）",
    "fund.system: 资金管理制度已制定；自评5 → 5",
    "fund.ledger: 资金专用台账已建立；自评4 → 4",
    `fund.spending: 《资金支出明细》元｜角｜分三栏相加，截止日前8笔（含2021-08-31的723,450.00）= ${fmtMoney(spent)}元（科目小计、合计行不算；“2021.9.2”的260,000.00不算）/ 5,000,000.00 = 77.5% ≥ 70% → 及时拨付自评4 → 4`,
    "bonus.poorTraining: 32/80 = 40% < 70% → 0",
    "bonus.tvCase: 电商扶贫典型案例只在肇庆广播电视台（市级电视）播出，无国家级、省级电视 → 0",
    "veto.incident: 未发生 → 不否决",
    "veto.progress: 项目总体进度86% ≥ 40% → 不否决",
    "veto.fraud: 无 → 不否决",
  ];
  return {
    description:
      `肇庆广宁县商务局与县财政局经济建设股合编的整本考评工作簿（13个表），82分、无加分、未否决（自评90）。《基础数据》四列“序号｜项目｜填报内容｜依据／出处”，第一节“统计数据”的填报内容格里不是数字，而是县统计局复函的原文引语（带引号）：常住人口“……全县常住人口为412,460人。”、“2019年全县农村网络零售额63,812万元。”、“2020年全县农村网络零售额82,955.6万元，同比增长30.0%。”（一句里有金额和增速，单位万元）；其余各节是普通的项目｜内容。《资金支出明细》是财政口径：两行表头，“支出金额”合并在元｜角｜分三列之上，按预算科目（2160299、2169999）分节，节标题行合并整行，每节有科目小计，有凭证号、经济分类，部分行角、分为零时留空；《普及培训》带培训经费和报账凭证号。边界：行政村覆盖正好119/170＝70%、培训人次正好4,125（常住人口1%是4,124.6）、脱贫人口培训率正好32/80＝40%、增速正好30%、中心3月1日开业比满6个月晚一天、贫困村一站9月1日挂牌（14/15）、一笔8月31日支付计入、8月30日退园的企业不算在园。`,
    sheets: [
      { name: "基础数据", rows: bd, merges: bM },
      { name: "自评得分", rows: ir, merges: iM },
      { name: "村居名单", rows: vRows, merges: ["A1:G1", "A2:G2"] },
      { name: "站点台账", rows: sRows, merges: ["A1:H1"] },
      { name: "普及培训", rows: gRows, merges: ["A1:G1", "A2:G2"] },
      { name: "脱贫户培训签到", rows: tRows, merges: ["A1:G1"] },
      { name: "脱贫人口", rows: pRows, merges: ["A1:H1", "A2:H2"] },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金支出明细", rows: fRows, merges: fM },
      { name: "报送记录", rows: rRows, merges: ["A1:E1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:D1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total: scored, bonus: 0, vetoed: false, points: pts, claimed },
    derivation,
  };
}
// =====================================================================================================
// f1 — 江门市新会区: 区财政局经济建设股的《专项资金及基础数据核实表》——金额分元｜角｜分三栏并写大写；统计数引自区统计局复函原文
// =====================================================================================================
function buildF1() {
  const W = 9;
  const ALLOC = 5000000, SPENT = 4127365.8, LEFT = yuan2(ALLOC - SPENT);
  assert(LEFT === 872634.2, "f1 left");
  const rows = [padRow(["新会区省级电子商务进农村综合示范专项资金及基础数据核实表"], W),
    padRow(["项目单位：江门市新会区商务局　　　　核实单位：江门市新会区财政局经济建设股　　　　金额单位：元"], W),
    padRow(["一、专项资金情况"], W),
    ["项目", "预算科目（功能分类）", "指标文号", "金额", null, null, "金额（大写）", "数据来源", "备注"],
    [null, null, null, "元", "角", "分", null, null, null]];
  const M = ["A1:I1", "A2:I2", "A3:I3", "A4:A5", "B4:B5", "C4:C5", "D4:F4", "G4:G5", "H4:H5", "I4:I5"];
  rows.push(["省级专项资金下达", "2160299 其他商业流通事务支出", "粤财工〔2019〕215号", ...yjf(ALLOC), daxie(ALLOC), "预算指标文", null]);
  rows.push(["累计支出（至2021年8月31日）", "2160299 其他商业流通事务支出", null, ...yjf(SPENT), "肆佰壹拾贰万柒仟叁佰陆拾伍元捌角", "国库集中支付系统", null]);
  rows.push(["指标结余", "2160299 其他商业流通事务支出", null, ...yjf(LEFT), "捌拾柒万贰仟陆佰叁拾肆元贰角", "计算数", "结转下年使用"]);
  assert(fromYjf(yjf(SPENT)) === SPENT && yjf(SPENT).join() === "4127365,8,0", "f1 yjf");
  rows.push(padRow([], W));
  rows.push(padRow(["二、基础统计数据（摘自新会区统计局《关于提供有关统计数据的复函》（新统函〔2021〕28号），引号内为复函原文）"], W));
  M.push(`A${rows.length}:I${rows.length}`);
  rows.push(["指标", "复函原文", null, null, null, null, null, "复函条目", "备注"]);
  M.push(`B${rows.length}:G${rows.length}`);
  const Q = [
    ["常住人口", "“根据第七次全国人口普查结果，全区常住人口为855,082人。”", "第一条", null],
    ["村（居）委会", "“全区共有村民委员会213个、社区居民委员会37个。”", "第二条", "区民政局名录口径"],
    ["农村网络零售额", "“2020年全区农村网络零售额46.27亿元，比上年增长18.6%。”", "第三条", "省商务厅监测数"],
    ["农产品网络零售额", "“农产品网络零售额2019年为3.15亿元，2020年为4.41亿元。”", "第三条", "省商务厅监测数"],
  ];
  for (const q of Q) {
    rows.push([q[0], q[1], null, null, null, null, null, q[2], q[3]]);
    M.push(`B${rows.length}:G${rows.length}`);
  }
  rows.push(padRow([], W));
  rows.push(padRow(["三、资金管理情况（区商务局填报，区财政局核实）"], W));
  M.push(`A${rows.length}:I${rows.length}`);
  rows.push(["事项", "情况", null, "区商务局自评分", null, null, "区财政局核实意见", null, null]);
  M.push(`B${rows.length}:C${rows.length}`, `D${rows.length}:F${rows.length}`, `G${rows.length}:I${rows.length}`);
  const F = [
    ["资金管理制度", "已制定《新会区省级电子商务进农村综合示范专项资金管理办法》", "5分", "属实"],
    ["资金专用台账", "已建立（承建单位分项目设立）", "4分", "属实，个别凭证附件不全"],
    ["资金及时拨付", "按项目验收进度拨付", "4分", "基本属实"],
    ["项目总体进度", "90%", "—", "与验收情况相符"],
  ];
  for (const f of F) {
    rows.push([f[0], f[1], null, f[2], null, null, f[3], null, null]);
    M.push(`B${rows.length}:C${rows.length}`, `D${rows.length}:F${rows.length}`, `G${rows.length}:I${rows.length}`);
  }
  rows.push(padRow([], W));
  rows.push(padRow(["经办人：区商务局 吴××　　区财政局 谭××　　　　　　区商务局（盖章）　　区财政局（盖章）　　　　2021年9月7日"], W));
  M.push(`A${rows.length}:I${rows.length}`);
  for (const r of rows) assert(r.length === W, "f1 width");
  return {
    description:
      "江门新会区商务局交来当事实表的，是区财政局经济建设股出具的《专项资金及基础数据核实表》（财政口径，金额单位元）。第一部分两行表头，“金额”合并在元｜角｜分三栏之上，另有“金额（大写）”和预算科目“2160299 其他商业流通事务支出”、指标文号：下达5000000｜0｜0（伍佰万元整），累计支出4127365｜8｜0（即4,127,365.80元），另有一行“指标结余”（不是考评输入）。第二部分的统计数不填数字，直接引区统计局复函原文（带引号、合并在B:G），一句里可有两个数：“2020年全区农村网络零售额46.27亿元，比上年增长18.6%。”给出2020年金额和增速但没有2019年金额，“农产品网络零售额2019年为3.15亿元，2020年为4.41亿元。”，“全区共有村民委员会213个、社区居民委员会37个。”。第三部分资金管理三项有区商务局自评分，项目总体进度90%。没有领导小组、中心、培训等内容。",
    sheets: [{ name: "资金及基础数据核实表", rows, merges: M }],
    expect: {
      facts: {
        county: "新会区", residentPopulation: 855082, adminVillagesStated: 213, ruralRetail2020: 4627000000, ruralRetailGrowthStated: 0.186,
        agriRetail2019: 315000000, agriRetail2020: 441000000, fundAllocated: 5000000, fundSpentStated: 4127365.8, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.9,
      },
      judged: { "fund.system": 5, "fund.ledger": 4, "fund.spending": 4 },
    },
  };
}
// =====================================================================================================
// f2 — 汕头市潮阳区: 官方指标表样的自评表，“我区完成情况”一格多行“【标签】值”，自评写成“得分/满分”
// =====================================================================================================
function buildF2() {
  const W = 6;
  const rows = [padRow(["汕头市潮阳区电子商务进农村综合示范创建考评自评表"], W),
    padRow(["填报单位：汕头市潮阳区商务局（盖章）　　　考评截止日期：2021年8月31日　　　填报日期：2021年9月3日"], W),
    ["工作任务", "评价指标", "权重", "评分标准（摘要）", "我区完成情况", "自评（得分/满分）"]];
  const M = ["A1:F1", "A2:F2"];
  const L = (...a) => a.join("\n");
  const IND = [
    ["加强组织领导与统筹协调（10分）", "组织领导", 2, "主要领导牵头且商务、财政、农业、扶贫等部门参与（2分）；分管领导牵头（1分）",
      L("【领导小组组长】区长", "【副组长】分管副区长", "【成员单位】区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局、区邮政分公司", "【文件】潮阳府办〔2020〕11号"), "2/2"],
    [null, "方案制定", 2, "工作方案因地制宜，可操作性较强（1-2分）", L("【创建方案】已正式印发（潮阳府办〔2020〕14号）", "【方案制定自评】2分"), "2/2"],
    [null, "政策支持", 2, "出台相关政策，且得到较好落实（1-2分）", L("【扶持政策】已出台《潮阳区促进农村电子商务发展扶持办法（试行）》", "【政策支持自评】1分（落实材料不够完整）"), "1/2"],
    [null, "项目管理", 4, "项目管理制度（1-2分）；工作台账（1-2分）", L("【项目管理制度自评】2分", "【工作台账自评】2分"), "4/4"],
    ["深入推动电子商务进农村工作（55分）", "服务体系建设（县级中心、产业园）", 15, "中心建成2分、运行6个月以上2分、免费服务6分、产业园2分、入驻20家2分、三种类型1分",
      L("【中心投入运营日期】2020年9月28日", "【免费培训场所及设备】有", "【免费展示、销售】有", "【免费摄影、美工】有", "【农产品统一推广、品牌指导】有",
        "【其他衍生增值服务】有（融资对接、法律咨询）", "【电商产业园】已建成（潮阳区电子商务产业园，入驻企业23家，平台、销售、代运营、物流4类）"), "15/15"],
    [null, "服务体系建设（村级站点）", 10, "行政村覆盖率70%及以上（5分）；贫困村覆盖率100%（5分）",
      L("【行政村数】260个", "【已建站行政村】203个（78.1%）", "【省定贫困村数】9个", "【已建站贫困村】9个（100%）"), "10/10"],
    [null, "农村产品上行", 10, "调研1-2分、促销1-2分、第三方1分、快递1分、标准溯源1-2分、增速≥30%（2分）",
      L("【网销调研自评】2分", "【网络促销自评】2分", "【第三方运营服务商】有（汕头市××电子商务运营有限公司）", "【行政村快递覆盖率】100%", "【交易标准与冷链溯源自评】1分",
        "【2019年农村网络零售额】58.36亿元", "【2020年农村网络零售额】71.92亿元（增长23.2%）", "【2019年农产品网络零售额】4.05亿元", "【2020年农产品网络零售额】5.38亿元（增长32.8%）"), "9/10"],
    [null, "电商人才培训", 20, "培训人次达常住人口1%（10分）；贫困人口培训率50%及以上（10分）",
      L("【常住人口】1,655,621人（第七次全国人口普查）", "【累计培训】17,418人次", "【有劳动能力的建档立卡贫困人口（不含外出务工）】2,864人", "【参训建档立卡贫困人口】1,632人（57.0%）"), "20/20"],
    ["加强信息公开及报送（10分）", "信息公开", 4, "设立专栏且内容全面（2分）；按月更新（2分），不定时（1分）",
      L("【专栏】区政府门户网站“电子商务进农村综合示范”专栏", "【公示创建方案】是", "【公示项目基本信息】是", "【公示项目建设进度】是", "【监督举报窗口】有（举报电话、邮箱）", "【更新情况】按月更新"), "4/4"],
    [null, "数据上报", 6, "每月报送（3分），不定时（1分）；能统计电商扶贫情况（3分）", L("【月度报送】每月向汕头市商务局报送", "【电商扶贫统计】能统计"), "6/6"],
    ["加强宣传推广（10分）", "案例总结", 2, "向市商务局报送经验材料（2分）", L("【经验材料】2021年6月报送市商务局"), "2/2"],
    [null, "经验推广", 8, "省级及以上（4分）；市级（3分）；县级（1分）", L("【媒体报道】南方日报、汕头日报、潮阳区融媒体中心"), "8/8"],
    ["加强财政资金管理（15分）", "制度建立", 5, "建立科学有效的资金管理制度且得到有效落实（1-5分）", L("【资金管理制度】已制定", "【制度建立自评】5分"), "5/5"],
    [null, "资金台账", 5, "项目承建方建立资金专用台账，账目完整（1-5分）", L("【资金专用台账】已建立", "【资金台账自评】4分"), "4/5"],
    [null, "资金支出", 5, "支出率70%以上且及时拨付（1-5分）；低于70%倒扣5分",
      L("【下达资金】500万元", "【累计拨付】421.86万元", "【支出率】84.4%", "【及时拨付自评】4分"), "4/5"],
    ["加分项（4分）", "贫困人口培训率70%及以上", 2, "建档立卡贫困人口培训率70%及以上（2分）", L("【培训率】57.0%，未达70%"), "0/2"],
    [null, "电商扶贫典型案例电视播报", 2, "国家级（2分），省级（1分）（不累加）", L("【电视播报】2021年5月广东广播电视台播出谷饶镇脱贫户直播带货案例"), "1/2"],
    ["一票否决项", "—", null, "发生安全生产、质量事故或重大损失；总体进度不足40%；弄虚作假",
      L("【安全生产、质量事故或重大损失】未发生", "【项目总体进度】93%", "【弄虚作假】无"), "—"],
  ];
  let gStart = 0;
  IND.forEach((x) => {
    if (x[0]) {
      if (gStart && rows.length > gStart) M.push(`A${gStart}:A${rows.length}`);
      gStart = rows.length + 1;
    }
    rows.push(x.slice());
  });
  if (rows.length > gStart) M.push(`A${gStart}:A${rows.length}`);
  rows.push(["合计", null, 100, null, null, "96/100，加分1"]);
  M.push(`A${rows.length}:B${rows.length}`);
  rows.push(padRow(["填表人：郑××　　联系电话：0754-8××××××　　审核：区商务局分管领导 马××"], W));
  M.push(`A${rows.length}:F${rows.length}`);
  for (const r of rows) assert(r.length === W, "f2 width");
  const claimed = { "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 4, "work.center": 15, "work.coverage": 10, "work.upward": 9, "work.training": 20,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1 };
  assert(sum(SCORED.map(([id]) => claimed[id])) === 96, "f2 claim sum " + sum(SCORED.map(([id]) => claimed[id])));
  return {
    description:
      "汕头潮阳区商务局的《考评自评表》：照官方指标表排（工作任务纵向合并｜评价指标｜权重｜评分标准摘要），但把所有数据都写进“我区完成情况”一格——一格里用换行写多条“【标签】值”（【领导小组组长】区长、【中心投入运营日期】2020年9月28日、【2020年农村网络零售额】71.92亿元（增长23.2%）、【累计培训】17,418人次……），主观项自评也写成一条“【方案制定自评】2分”；最后一列自评写成“得分/满分”（“9/10”“4/5”），一票否决行写“—”，合计行“96/100，加分1”。增速写在金额后的括号里，是填报的增速。",
    sheets: [{ name: "自评表", rows, merges: M }],
    expect: {
      facts: {
        county: "潮阳区", asOf: "2021-08-31", residentPopulation: 1655621, adminVillagesStated: 260, poorVillagesStated: 9, planIssued: true, policyIssued: true,
        centerOpened: "2020-09-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 5836000000, ruralRetail2020: 7192000000, agriRetail2019: 405000000, agriRetail2020: 538000000,
        ruralRetailGrowthStated: 0.232, agriRetailGrowthStated: 0.328, trainingPersonTimesStated: 17418, eligiblePoorPersonsStated: 2864, trainedPoorPersonsStated: 1632,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4218600, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.93, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}
// =====================================================================================================
// f3 — 阳江市阳春市: 上半张是县统计局盖章的《统计资料提供单》（指标｜计量单位｜数值｜时期｜资料来源），下半张商务局补填（Y/N、yyyymmdd日期）
// =====================================================================================================
function buildF3() {
  const W = 6;
  const rows = [padRow(["统计资料提供单"], W), padRow([null, null, null, null, "编号：春统供〔2021〕第046号"], W),
    ["申请单位", "阳春市商务局", null, "申请日期", "2021年9月1日", null],
    ["用途", "2019年省级电子商务进农村综合示范创建考评", null, null, null, null],
    ["序号", "指标名称", "计量单位", "数值", "时期（时点）", "资料来源"],
    [1, "常住人口", "万人", 86.13, "2020年11月1日零时", "第七次全国人口普查"],
    [2, "农村网络零售额", "万元", "152,380", "2019年", "省商务厅电子商务统计监测"],
    [3, "农村网络零售额", "万元", "201,627", "2020年", "省商务厅电子商务统计监测"],
    [4, "农产品网络零售额", "万元", "27,416", "2019年", "省商务厅电子商务统计监测"],
    [5, "农产品网络零售额", "万元", "35,890", "2020年", "省商务厅电子商务统计监测"],
    [6, "村民委员会", "个", 337, "2020年末", "民政统计年报"],
    ["提供单位：阳春市统计局（统计资料专用章）　　经办人：邓××　　审核人：刘××　　提供日期：2021年9月3日", null, null, null, null, null],
    padRow([], W),
    ["（以下由阳春市商务局电商股填写，Y＝是／有，N＝否／无）", null, null, null, null, null],
    ["项目", null, "填报", "项目", null, "填报"]];
  const M = ["A1:F1", "B3:C3", "B4:F4", "A12:F12", "A14:F14", "A15:B15", "D15:E15"];
  const pairs = [
    ["考评截止日期", "20210831", "省定贫困村数（个）", 21],
    ["领导小组组长", "市长", "领导小组成员单位", "商务、财政、农业农村、乡村振兴、发改、交通运输、邮政"],
    ["示范县工作方案已正式印发", "Y", "支持农村电商发展的政策已出台", "Y"],
    ["公共服务中心投入运营日期", "20201016", "免费培训场所、培训设备", "Y"],
    ["免费展示、销售服务", "Y", "免费摄影、美工服务", "N"],
    ["农产品统一推广、品牌建设指导", "Y", "其他衍生增值服务", "Y"],
    ["建设或整合当地电商产业园", "Y", "有专业第三方电商运营或服务商", "Y"],
    ["行政村物流快递覆盖率100%", "N", "培训人次", "9,046"],
    ["有劳动能力的建档立卡贫困人口（不含外出务工，人）", "3,218", "参加培训的建档立卡贫困人口（人）", "1,407"],
    ["专栏公示创建方案", "Y", "专栏公示项目基本信息", "Y"],
    ["专栏公示项目建设进度", "Y", "专栏设立征求意见或监督举报窗口", "N"],
    ["能统计电商扶贫情况", "Y", "已制定资金管理制度", "Y"],
    ["已建立资金专用台账", "Y", "下达资金总额（万元）", 500],
    ["累计拨付资金（元）", "3,412,806.40", "项目总体进度", "81%"],
    ["发生安全生产、质量事故或重大损失", "N", "弄虚作假", "N"],
    ["方案制定自评（1-2分）", "2分", "政策支持自评（1-2分）", "1分"],
    ["项目管理制度自评（1-2分）", "2分", "工作台账自评（1-2分）", "2分"],
    ["网销调研自评（1-2分）", "1分", "网络促销活动自评（1-2分）", "2分"],
    ["交易标准与冷链溯源自评（1-2分）", "1分", "资金管理制度自评（1-5分）", "4分"],
    ["资金台账自评（1-5分）", "4分", "资金及时拨付自评（1-5分）", "3分"],
  ];
  for (const p of pairs) {
    rows.push([p[0], null, p[1], p[2], null, p[3]]);
    M.push(`A${rows.length}:B${rows.length}`, `D${rows.length}:E${rows.length}`);
  }
  rows.push(padRow(["填表：电商股 黄××　　　　阳春市商务局　2021年9月6日"], W));
  M.push(`A${rows.length}:F${rows.length}`);
  for (const r of rows) assert(r.length === W, "f3 width");
  return {
    description:
      "阳江阳春市商务局交来的基础数据是一张两截的表：上半截是阳春市统计局盖“统计资料专用章”的《统计资料提供单》原样录入——编号、申请单位（阳春市商务局）、用途，然后“序号｜指标名称｜计量单位｜数值｜时期（时点）｜资料来源”，同一指标“农村网络零售额”分2019年、2020年两行，区别只在“时期”列，数值以万元、万人计，部分数值是带千分位的文本（“152,380”）；末行是统计局经办、审核、提供日期。下半截“以下由阳春市商务局电商股填写”，每行左右两对“项目｜填报”（项目合并两格），是否项一律Y／N（表头说明Y＝是／有），日期写成20210831、20201016这样的8位数字文本，下达资金以万元计、累计拨付以元计，主观项自评“2分”；组长写“市长”，成员单位只写部门简称。",
    sheets: [{ name: "基础数据", rows, merges: M }],
    expect: {
      facts: {
        county: "阳春市", asOf: "2021-08-31", residentPopulation: 861300, ruralRetail2019: 1523800000, ruralRetail2020: 2016270000, agriRetail2019: 274160000,
        agriRetail2020: 358900000, adminVillagesStated: 337, poorVillagesStated: 21, planIssued: true, policyIssued: true, centerOpened: "2020-10-16",
        centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true,
        expressCoverage: false, trainingPersonTimesStated: 9046, eligiblePoorPersonsStated: 3218, trainedPoorPersonsStated: 1407, disclosurePlan: true,
        disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true, fundSystemIssued: true, fundLedgerKept: true,
        fundAllocated: 5000000, fundSpentStated: 3412806.4, overallProgress: 0.81, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "principal-all",
    },
  };
}
// =====================================================================================================
// l1 — 珠海市斗门区: ①专项资金支付台账（两行表头，支付金额分元｜角｜分，预算科目／经济分类代码，凭证号，年度小计）②月报报送登记 ③预算科目代码对照（非台账）
// =====================================================================================================
function buildL1() {
  const W = 11;
  const P = [
    ["2020-10-15", "记-2020-10-021", "2160299", "30227", "县级电子商务公共服务中心建设（首期款）", "珠海市斗门区××建设工程有限公司", 980000, "国库集中支付"],
    ["2020-11-30", "记-2020-11-047", "2160299", "31204", "村级电商服务站点建设补助（第一批18个）", "中国邮政集团有限公司珠海市斗门区分公司", 270000, "国库集中支付"],
    ["2020-12-28", "记-2020-12-063", "2160299", "30227", "农村电商普及培训（2020年度）", "珠海市斗门区电子商务公共服务中心", 154387.5, "国库集中支付"],
    ["2021-01-22", "记-2021-01-009", "2160299", "31204", "县镇村三级物流配送体系建设补助", "珠海市××供应链管理有限公司", 412650, "国库集中支付"],
    ["2021-03-17", "记-2021-03-026", "2160299", "30227", "农产品品牌培育（白蕉海鲈）及包装设计", "珠海市××文化传播有限公司", 186293.4, "国库集中支付"],
    ["2021-05-11", "记-2021-05-031", "2160299", "30227", "网络促销活动（海鲈节、年货节）", "珠海市××网络科技有限公司", 97415.06, "国库集中支付"],
    ["2021-06-30", "记-2021-06-058", "2160299", "31204", "县级电子商务公共服务中心建设（尾款）", "珠海市斗门区××建设工程有限公司", 420000, "国库集中支付"],
    ["2021-08-27", "记-2021-08-044", "2160299", "30227", "农产品溯源系统建设（首期）", "珠海市××信息技术有限公司", 238500, "国库集中支付"],
    ["2021-09-06", "记-2021-09-012", "2160299", "31204", "村级电商服务站点建设补助（第二批）", "中国邮政集团有限公司珠海市斗门区分公司", 210000, "国库集中支付"],
  ];
  const rows = [padRow(["珠海市斗门区省级电子商务进农村综合示范专项资金支付台账"], W),
    padRow(["预算单位：珠海市斗门区商务局（电商股）　　指标文号：粤财工〔2019〕215号　　金额单位：元"], W),
    ["序号", "支付日期", "凭证号", "预算科目（功能分类）", "经济分类", "摘要", "收款单位", "支付金额", null, null, "支付方式"],
    [null, null, null, null, null, null, null, "元", "角", "分", null]];
  const M = ["A1:K1", "A2:K2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:J3", "K3:K4"];
  const recs = [];
  let yearRows = [];
  let n = 0;
  const flush = (y) => {
    const s = sumYuan(yearRows.map((p) => p[6]));
    rows.push([null, null, null, null, null, `${y}年小计`, null, ...yjf(s), null]);
    yearRows = [];
  };
  P.forEach((p, i) => {
    if (i > 0 && p[0].slice(0, 4) !== P[i - 1][0].slice(0, 4)) flush(P[i - 1][0].slice(0, 4));
    n++;
    const dc = [ydNum(p[0]), D(p[0]), dotDate(p[0])][i % 3];
    rows.push([n, dc, p[1], p[2], p[3], p[4], p[5], ...blankZero(yjf(p[6]), true), p[7]]);
    recs.push({ date: p[0], amount: p[6] });
    yearRows.push(p);
  });
  flush("2021");
  rows.push([null, null, null, null, null, "累计", null, ...yjf(sumYuan(P.map((p) => p[6]))), null]);
  rows.push(padRow(["注：支付日期以国库集中支付凭证日期为准；角、分栏空白为0。"], W));
  M.push(`A${rows.length}:K${rows.length}`);
  for (const r of rows) assert(r.length === W, "l1 width");
  for (const r of rows.slice(4)) if (typeof r[0] === "number") assert(fromYjf([r[7], r[8] || 0, r[9] || 0]) === recs[r[0] - 1].amount, "l1 yjf " + r[0]);
  assert(sumYuan(P.map((p) => p[6])) === 2969245.96, "l1 total " + sumYuan(P.map((p) => p[6])));

  // ② 月报报送登记
  const rep = [];
  for (const m of monthsBetween("2020-09", "2021-08")) {
    if (m === "2020-10" || m === "2021-02") continue;
    const [y, mo] = m.split("-").map(Number);
    rep.push({ date: `${m}-${String(rint(3, 9)).padStart(2, "0")}`, prev: mo === 1 ? 12 : mo - 1 });
  }
  const povMarks = ["√", "√", null, "×", "√", "√", null, "√", "√", "×"];
  assert(rep.length === 10, "l1 reports");
  const rRows = [padRow(["斗门区电子商务进农村综合示范月报报送登记"], 6), ["序号", "报送时间", "报送方式", "报送内容", "主送", "含电商扶贫统计"]];
  const rRecs = [];
  rep.forEach((r, i) => {
    rRows.push([i + 1, [cnDate(r.date), slashDate(r.date)][i % 2], i % 3 ? "粤政易" : "邮件", `${r.prev}月份电子商务进农村示范创建工作进展及统计表`, "珠海市商务局", povMarks[i]]);
    rRecs.push({ date: r.date, poverty: povMarks[i] === "√" ? true : povMarks[i] === "×" ? false : null });
  });
  rRows.push(padRow(["注：“含电商扶贫统计”栏空白的为当月报送材料已无法查实。"], 6));

  // ③ 预算科目代码对照（非台账）
  const cRows = [["政府收支分类科目对照（本台账用）"], ["科目类别", "科目编码", "科目名称", "说明"],
    ["功能分类", "216", "商业服务业等支出", "类"], ["功能分类", "21602", "商业流通事务", "款"], ["功能分类", "2160299", "其他商业流通事务支出", "项，本项目资金列支科目"],
    ["经济分类", "30227", "委托业务费", "部门预算经济分类"], ["经济分类", "31204", "费用补贴", "部门预算经济分类"],
    ["注：以上依据《2021年政府收支分类科目》。"]];

  return {
    description:
      "珠海斗门区商务局电商股交的财务口径台账（三个表）：①《专项资金支付台账》两行表头，“支付金额”合并在元｜角｜分三栏之上，角、分为0的留空（表下注“角、分栏空白为0”），有凭证号（记-2020-10-021）、预算科目（功能分类）2160299和经济分类30227／31204两列代码、收款单位、支付方式；按年度插“2020年小计”“2021年小计”行，最后是“累计”行（都不是支付记录）；支付日期三种写法：20201015这样的8位数字、日期格、“2021.1.22”；最后一笔在2021年9月。②《月报报送登记》一月一行，2020年10月和2021年2月没有，“含电商扶贫统计”√／×／空白（空白＝无法查实，不是“否”）。③《预算科目代码对照》是科目编码说明表，不是台账。",
    sheets: [
      { name: "专项资金支付台账", rows, merges: M },
      { name: "月报报送登记", rows: rRows, merges: ["A1:F1", `A${rRows.length}:F${rRows.length}`] },
      { name: "预算科目代码对照", rows: cRows },
    ],
    expect: {
      sheets: {
        "专项资金支付台账": { kind: "funds", records: recs },
        "月报报送登记": { kind: "reports", records: rRecs },
        "预算科目代码对照": { kind: null },
      },
    },
  };
}
// =====================================================================================================
// l2 — 清远市清新区: ①站点验收表横排（一站一列，两段）②培训签到分期成块（期标题里写日期区间）③宣传报道（级别写“中央级／省级／市级／区级”）④填表说明
// =====================================================================================================
function buildL2() {
  const REG = "441803";
  const TOWNS = ["太和镇", "太平镇", "山塘镇", "三坑镇", "龙颈镇", "禾云镇", "浸潭镇", "石潭镇"];
  const vn = villageNamer("马朗坑田沙龙新黄白水秦", "岗坪塘洞湖围坑背口步寨");
  const st = [];
  for (let i = 0; i < 14; i++) st.push({ town: TOWNS[i % 8], village: vn(), opened: randIsoBetween("2020-06-01", "2021-08-20") });
  st[11].opened = "2021-09-03";
  st.sort((a, b) => cmp(a.opened, b.opened));
  const BLK = 7;
  const rows = [padRow(["清新区村级电子商务服务站点挂牌验收情况表"], BLK + 1)];
  const M = [`A1:${colName(BLK)}1`];
  const sRecs = [];
  for (let b = 0; b * BLK < st.length; b++) {
    const part = st.slice(b * BLK, b * BLK + BLK);
    const lab = ["序号", "站点名称", "所在镇", "所在村（村委会）", "挂牌日期", "站长", "验收结论"];
    const blk = lab.map((l) => padRow([l], BLK + 1));
    part.forEach((s, j) => {
      const idx = b * BLK + j;
      const stem = s.village.replace(/村$/, "");
      blk[0][j + 1] = idx + 1;
      blk[1][j + 1] = `${stem}村电商服务站`;
      blk[2][j + 1] = s.town;
      blk[3][j + 1] = idx % 2 ? `${stem}村委会` : s.village;
      blk[4][j + 1] = s.opened === "2021-09-03" ? "2021年9月3日" : [D(s.opened), cnDate(s.opened), dotDate(s.opened)][idx % 3];
      blk[5][j + 1] = personName();
      blk[6][j + 1] = s.opened > "2021-08-31" ? "待验收" : "合格";
      sRecs.push({ village: s.village, opened: s.opened });
    });
    if (b > 0) rows.push(padRow([], BLK + 1));
    rows.push(...blk);
  }
  rows.push(padRow(["注：表按挂牌先后排列，一列一个站点。"], BLK + 1));
  M.push(`A${rows.length}:${colName(BLK)}${rows.length}`);
  for (const r of rows) assert(r.length === BLK + 1, "l2 station width");

  // ② 培训签到（分期成块）
  const S = [
    { a: "2021-03-15", b: "2021-03-17", n: 9, no: 2, place: "区电子商务公共服务中心" },
    { a: "2021-06-08", b: "2021-06-08", n: 8, no: 4, place: "山塘镇党群服务中心" },
    { a: "2021-08-30", b: "2021-09-01", n: 7, no: 6, place: "区电子商务公共服务中心" },
  ];
  const tW = 6;
  const tRows = [];
  const tM = [];
  const tRecs = [];
  S.forEach((s, si) => {
    if (si) tRows.push(padRow([], tW));
    tRows.push(padRow([`清新区农村电子商务培训班（第${CN_NUM[s.no]}期）签到表`], tW));
    tM.push(`A${tRows.length}:F${tRows.length}`);
    const when = s.a === s.b ? cnDate(s.a) : rangeText(s.a, s.b, "cn");
    tRows.push(padRow([`培训时间：${when}　　　培训地点：${s.place}`], tW));
    tM.push(`A${tRows.length}:F${tRows.length}`);
    tRows.push(["序号", "姓名", "性别", "身份证号码", "联系电话", "签到"]);
    for (let k = 0; k < s.n; k++) {
      const male = rnd() < 0.5;
      const id = makeId(REG, birthBetween(1970, 2001), male, k === 2 ? true : undefined);
      const shown = k === 2 ? id.slice(0, 17) + "x" : k === 4 ? spacedId(id) : id;
      tRows.push([k + 1, personName(), male ? "男" : "女", shown, mask(phone()), "已签"]);
      tRecs.push({ date: s.b, personTimes: 1, id });
    }
  });
  checkTrainingIds(tRecs, "l2");

  // ③ 宣传报道
  const MD = [
    ["2020-11-12", "清远日报", "市级", "报纸", "清新区村级电商站点打通“最后一公里”", "city", false],
    ["2021-01-26", "清新区融媒体中心", "区级", "网络", "清新：年货节线上销售火热", "county", false],
    ["2021-04-20", "广东广播电视台", "省级", "电视", "清远清新：直播带火麻竹笋", "province", true],
    ["2021-07-02", "农民日报", "中央级", "报纸", "清新区电商助农走出新路子", "national", false],
    ["2021-09-10", "清远广播电视台", "市级", "电视", "清新区电子商务进农村综合示范创建回眸", "city", true],
  ];
  const mRows = [padRow(["清新区电子商务进农村宣传报道情况"], 6), ["序号", "日期", "媒体", "级别", "形式", "标题"]];
  MD.forEach((m, i) => mRows.push([i + 1, [dotDate(m[0]), D(m[0]), cnDate(m[0])][i % 3], m[1], m[2], m[3], m[4]]));
  const mRecs = MD.map((m) => ({ date: m[0], level: m[5], tv: m[6] }));

  const nRows = [["填表说明"], ["1．站点验收表为横排，一列一个站点，“挂牌日期”为站点挂牌开始服务的日期。"],
    ["2．培训签到按期分块，每块第二行为培训时间、地点；多日培训写起止日期。"], ["3．宣传报道“级别”中“区级”指清新区本级媒体。"]];

  return {
    description:
      "清远清新区商务局台账一本（四个表）：①《站点验收表》横着排——A列是字段名（序号、站点名称、所在镇、所在村（村委会）、挂牌日期、站长、验收结论），一列一个站点，14个站分上下两段（每段7列，段间空一行），所在村一半写“××村委会”，最后挂牌的一站是“2021年9月3日”（待验收）；②《培训签到》三期上下成块，每块先是合并的期标题“第二期签到表”，再一行“培训时间：2021年3月15日—17日　培训地点：……”（多日培训，按结束日算），然后“序号｜姓名｜性别｜身份证号码｜联系电话｜签到”，身份证号有小写x、有中间带空格的；第六期是8月30日—9月1日；③《宣传报道》级别写“中央级／省级／市级／区级”（区级＝县级），形式报纸／网络／电视；④《填表说明》不是台账。",
    sheets: [
      { name: "站点验收表", rows, merges: M },
      { name: "培训签到", rows: tRows, merges: tM },
      { name: "宣传报道", rows: mRows, merges: ["A1:F1"] },
      { name: "填表说明", rows: nRows },
    ],
    expect: {
      sheets: {
        "站点验收表": { kind: "stations", records: sRecs },
        "培训签到": { kind: "training", records: tRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "填表说明": { kind: null },
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
write("counties", "b247-c1-guangning.json", c1);
write("facts", "b247-f1-xinhui.json", f1);
write("facts", "b247-f2-chaoyang.json", f2);
write("facts", "b247-f3-yangchun.json", f3);
write("ledgers", "b247-l1-doumen.json", l1);
write("ledgers", "b247-l2-qingxin.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
