// Batch 241 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b238.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (241241), no clock. Run: node test/corpus/counties/_make/gen-b241.js
// Theme: a city-level 汇总表 in which the county is one column / one row group among several, and ledgers merged from towns' returns.
//
// c1 陆河县 (汕尾): the facts sheet is 汕尾市's shared 汇总表 — one column pair (填报数｜自评分) per county (城区 all “—”, 海丰/陆丰
//    filled, 陆河县 fourth, a 全市合计 column), 存档：陆河县商务局; basic data, yes/no items, judged parts and per-indicator claims
//    all in the county's pair. 村居名单 = eight towns' returns pasted 4×2 as blocks (four columns each, blank column between, each
//    town its own header wording / column order / 是否, √×, 有无). Edges: 84/120 villages = 70.0%; centre opened 2021-02-28
//    (exactly six months); 2,630 person-times = 0.9996% of 263,100 (8 points); poor-person rate exactly 50%; disbursed exactly
//    70% (one payment on 8.31); park firms in on 8.31 / out on 8.30 / in on 9.1; a poor village's station and the only
//    experience material dated 9.1; 2020 rural retail growth exactly 30%.
// f1 和平县 (河源): 河源市督导表 — five counties stacked, three rows each (目标｜完成｜完成率), county merged down; 和平县 is named
//    only in the 填报（核对）单位 line under the table; money column means 下达 in the 目标 row and 拨付 in the 完成 row; one cell
//    holds the 2020 amount and the growth rate.
// f2 惠东县 (惠州): 迎检问题整改销号清单 — the facts live in the sentences of 整改措施及完成情况; 已销号 / 未销号 decide yes/no; a
//    corrected population replaces a wrong one; a small 主观项自评 table under it.
// f3 封开县 (肇庆): 创建进度周报 — weeks 32–35 side by side, cumulative, “〃” = same as last week, the newest week rules;
//    claims per indicator also by week, judged parts in the 备注.
// l1 龙门县 (惠州): towns' returns merged — stations with the town on every row, 报送批次, six towns' date habits, town 小计 rows,
//    a VLOOKUP 核对 column showing “#N/A”; training sessions with 人数 as 45 / “45人” / “38人次” / full-width / “男m女n” and one
//    two-day range; a 镇街→县 submission log that is not a ledger.
// l2 新兴县 (云浮): media with level and form as tick columns under merged group headers; 用友 科目明细账 (year merged over 月｜日,
//    本月合计 / 本年累计 rows, a year-end 结转 credit, 上年结转); monthly reports as a year × month grid with ＊ for poverty statistics.
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
let seed = 241241;
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
    assert(/^b241-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b241-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b241-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 韶关市新丰县: 自评打分表（基础数据“项目｜数值｜单位”两组并排＋评分标准分项行、档次【√】、指标自评合并）＋ 12 个台账


// =====================================================================================================
// c1 — 汕尾市陆河县: 市汇总表（各县一栏“填报数｜自评分”，陆河县是其中一栏）＋ 各镇报表拼成的村居名单（4×2 块）＋ 10 个台账
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const TOWNS = ["河田镇", "水唇镇", "河口镇", "新田镇", "上护镇", "螺溪镇", "东坑镇", "南万镇"];
  const NV = [25, 15, 14, 18, 13, 14, 11, 10];
  const NC = [4, 1, 1, 1, 1, 1, 1, 0];
  const vn = nameMaker("坑溪田湖塘岭石联新中东西南北罗吉", "坑背洞坪围寨塘尾径光湖岗", "村", ["东坑", "河田", "河口", "新田", "上护", "螺溪", "南万", "水唇"]);
  const cmn = nameMaker("河城和兴顺", "华安平丰源", "社区", []);
  const vil = [];
  TOWNS.forEach((t, ti) => {
    for (let i = 0; i < NV[ti]; i++) vil.push({ town: t, ti, name: vn(), admin: true, poor: false, express: true });
    for (let i = 0; i < NC[ti]; i++) vil.push({ town: t, ti, name: cmn(), admin: false, express: true });
  });
  const adminV = vil.filter((v) => v.admin);
  const comms = vil.filter((v) => !v.admin);
  assert(adminV.length === 120 && comms.length === 10, "c1 villages");
  noStemClash(adminV.map((v) => v.name), comms.map((v) => v.name), "c1");
  const poorList = shuffle(adminV.filter((v) => v.ti !== 0)).slice(0, 16);
  for (const v of poorList) v.poor = true;
  const noExpress = adminV.filter((v) => v.ti === 6 && !v.poor)[2];
  noExpress.express = false;

  // ---------------- 村居名单：八个镇的报表 4×2 拼在一张表上，每块四列，块间空一列
  const STY = [
    { head: ["村（居）委会", "类型", "省定贫困村", "快递到村"], order: ["name", "type", "poor", "exp"], nm: (v) => (v.admin ? v.name.replace(/村$/, "村委会") : v.name + "居委会"),
      type: (v) => (v.admin ? "村委会" : "居委会"), poor: (v) => (v.admin ? (v.poor ? "是" : "否") : "—"), exp: (v) => (v.express ? "是" : "否") },
    { head: ["名称", "性质", "是否省定贫困村", "通快递"], order: ["name", "type", "poor", "exp"], nm: (v) => v.name,
      type: (v) => (v.admin ? "行政村" : "社区"), poor: (v) => (v.admin ? (v.poor ? "√" : "×") : null), exp: (v) => (v.express ? "√" : "×") },
    { head: ["村名", "快递物流到村", "省定贫困村", "类别"], order: ["name", "exp", "poor", "type"], nm: (v) => (v.admin ? v.name.replace(/村$/, "村民委员会") : v.name + "居民委员会"),
      type: (v) => (v.admin ? "村" : "社区"), poor: (v) => (v.admin ? (v.poor ? "是" : "否") : "/"), exp: (v) => (v.express ? "有" : "无") },
  ];
  const W = 19;
  const grid = [padRow(["陆河县村（居）委会情况汇总（各镇报表原样汇拼）"], W), padRow(["说明：2021年3月各镇按县商务局通知报送，每镇一块，格式照各镇原表；统计口径以各镇报表为准。"], W)];
  const gM = [`A1:${colName(W - 1)}1`, `A2:${colName(W - 1)}2`];
  const vRecs = [];
  const bandTop = [3];
  const bandH = (b) => Math.max(...[0, 1, 2, 3].map((k) => NV[b * 4 + k] + NC[b * 4 + k])) + 3;
  bandTop.push(3 + bandH(0) + 1);
  const total = bandTop[1] + bandH(1) - 1;
  while (grid.length < total) grid.push(padRow([], W));
  TOWNS.forEach((t, ti) => {
    const band = Math.floor(ti / 4);
    const c0 = (ti % 4) * 5;
    const st = STY[ti % 3];
    let r = bandTop[band] - 1; // 0-based row index
    grid[r][c0] = `${t}村（居）委会情况表（${t}报）`;
    gM.push(`${colName(c0)}${r + 1}:${colName(c0 + 3)}${r + 1}`);
    r++;
    st.head.forEach((h, k) => (grid[r][c0 + k] = h));
    r++;
    const list = vil.filter((v) => v.ti === ti);
    for (const v of list) {
      st.order.forEach((f, k) => (grid[r][c0 + k] = f === "name" ? st.nm(v) : st[f](v)));
      r++;
      vRecs.push(v.admin ? { name: v.name, admin: true, poor: v.poor, express: v.express } : { name: v.name, admin: false, express: v.express });
    }
    grid[r][c0] = "小计";
    grid[r][c0 + 1] = NC[ti] ? `${NV[ti]}个村、${NC[ti]}个社区` : `${NV[ti]}个村`;
    gM.push(`${colName(c0 + 1)}${r + 1}:${colName(c0 + 3)}${r + 1}`);
  });
  grid.push(padRow(["注：东坑镇报“快递到村”一列为镇邮政所核实结果。"], W));
  gM.push(`A${grid.length}:${colName(W - 1)}${grid.length}`);
  for (const r of grid) assert(r.length === W, "c1 grid width");

  // ---------------- 站点: 84/120 exactly 70%, poor 15/16
  const nonPoor = shuffle(adminV.filter((v) => !v.poor));
  const st = [];
  poorList.slice(0, 15).forEach((v) => st.push({ v, opened: randIsoBetween("2020-03-01", "2021-08-20") }));
  st.push({ v: poorList[15], opened: "2021-09-01" });
  nonPoor.slice(0, 69).forEach((v) => st.push({ v, opened: randIsoBetween("2020-03-01", "2021-08-25") }));
  st[20].opened = "2021-08-31";
  st.push({ v: nonPoor[3], opened: "2021-05-10", second: true });
  st.push({ v: comms[0], opened: "2020-12-01", comm: true });
  st.push({ v: nonPoor[69], opened: "2021-09-15" });
  const covered = new Set(st.filter((s) => !s.comm && s.opened <= CUT).map((s) => s.v.name));
  const poorCovered = poorList.filter((v) => covered.has(v.name)).length;
  assert(covered.size === 84 && covered.size * 100 === 70 * 120 && poorCovered === 15, "c1 covered " + covered.size);
  const sRows = [padRow(["陆河县村级电子商务服务站点台账"], 8), ["序号", "镇", "站点名称", "所在村（社区）", "建成时间", "运营主体", "负责人", "联系电话"]];
  const sM = ["A1:H1"];
  const sRecs = [];
  let sn = 0;
  TOWNS.forEach((t, ti) => {
    const list = st.filter((s) => s.v.ti === ti).sort((a, b) => cmp(a.opened, b.opened));
    if (!list.length) return;
    const r0 = sRows.length + 1;
    list.forEach((s, k) => {
      sn++;
      const base = s.v.name.replace(/村$|社区$/, "");
      const nm = s.comm ? base + "社区电商服务点" : base + "村电商服务站" + (s.second ? "（二）" : "");
      const vc = s.comm ? s.v.name : sn % 3 === 0 ? s.v.name.replace(/村$/, "村委会") : s.v.name;
      const edge = s.opened === "2021-08-31" || s.opened === "2021-09-01";
      const op = edge ? dotDate(s.opened) : [D(s.opened), dotDate(s.opened), cnDate(s.opened), slashDate(s.opened)][ti % 4];
      sRows.push([sn, k === 0 ? t : null, nm, vc, op, ["陆河县邮政分公司", "村股份经济合作社", "陆河县供销社"][sn % 3], personName(), mask(phone())]);
      sRecs.push({ village: s.v.name, opened: s.opened });
    });
    mergeCol(sM, "B", r0, sRows.length);
  });

  // ---------------- 建档立卡贫困人口 (64; 50 eligible)
  const persons = [];
  for (let i = 0; i < 64; i++) {
    const male = rnd() < 0.5;
    const id = makeId("441523", birthBetween(1962, 2001), male, i % 11 === 3 ? true : undefined);
    let labour = true, migrant = false;
    if (i >= 50 && i < 58) migrant = true;
    if (i >= 58) labour = false;
    persons.push({ id, name: personName(), village: poorList[i % 16], labour, migrant,
      lab: labour ? (i % 4 === 0 ? "技能劳动力" : "普通劳动力") : i % 2 ? "丧失劳动力" : "无劳动力",
      mig: migrant ? (i % 2 ? "外出务工（省外）" : "外出务工（省内）") : "未外出" });
  }
  const P = shuffle(persons);
  const pRows = [padRow(["陆河县建档立卡贫困人口劳动力情况"], 7), padRow(["来源：县乡村振兴局，2021年5月导出"], 7), ["序号", "姓名", "身份证号码", "所在镇", "所在村", "劳动技能", "务工情况"]];
  P.forEach((p, i) => pRows.push([i + 1, p.name, p.id, p.village.town, p.village.name, p.lab, p.mig]));
  const eligible = persons.filter((p) => p.labour && !p.migrant);
  assert(eligible.length === 50, "c1 eligible");

  // ---------------- 扶贫专班签到 (date column per row)
  const EL = shuffle(eligible);
  const trained = EL.slice(0, 25);
  const late = EL.slice(25, 27);
  const migr = persons.filter((p) => p.migrant).slice(0, 2);
  const CL = ["2020-11-18", "2021-01-20", "2021-04-14", "2021-06-23", "2021-09-01"];
  const cls = CL.map(() => []);
  trained.forEach((p, i) => cls[i % 4].push(p));
  cls[3].push(trained[2]);
  cls[4].push(...late);
  cls[1].push(migr[0]);
  cls[2].push(migr[1]);
  for (const c of cls) for (let k = 0; k < 6; k++) c.push({ id: makeId("441523", birthBetween(1970, 2000), rnd() < 0.5), name: personName(), other: true });
  const qRows = [padRow(["陆河县电商扶贫专班学员签到汇总"], 7), ["序号", "培训日期", "姓名", "身份证号", "所在村", "是否建档立卡贫困户", "签名"]];
  const qRecs = [];
  let qn = 0;
  cls.forEach((c, ci) => {
    shuffle(c).forEach((p) => {
      qn++;
      const idTxt = isX(p.id) && qn % 2 ? p.id.slice(0, 17) + "x" : p.id;
      qRows.push([qn, CL[ci] === "2021-09-01" ? "2021.9.1" : D(CL[ci]), p.name, idTxt, p.other ? vn() : p.village.name, p.other ? "否" : "是", "（签名）"]);
      qRecs.push({ date: CL[ci], personTimes: 1, id: p.id });
    });
  });
  checkTrainingIds(qRecs, "c1");
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedIds = new Set(qRecs.filter((r) => r.date <= CUT && eligIds.has(r.id)).map((r) => r.id));
  assert(trainedIds.size === 25 && trainedIds.size * 100 === 50 * eligible.length, "c1 trained 50%");
  const signPre = qRecs.filter((r) => r.date <= CUT).length;

  // ---------------- 培训台账（按期）: total person-times 2,630 = 0.9996% of 263,100
  const POP = 263100;
  const sess = [];
  let d = "2020-05-20";
  for (let i = 0; i < 16; i++) {
    sess.push({ date: d, n: rint(120, 170), topic: ["电商基础", "网店开设与运营", "陆河青梅网络营销", "农产品包装设计", "短视频拍摄", "直播带货", "电商客服与售后", "乡村旅游线上推广"][i % 8] });
    d = isoAdd(d, rint(20, 27));
  }
  assert(sess[15].date <= "2021-08-25", "c1 sess last " + sess[15].date);
  const PT = 2630;
  // spread the difference over the sessions so that every session stays a plausible size
  let diff = PT - signPre - sum(sess.map((s) => s.n));
  for (let i = 0; diff !== 0; i = (i + 1) % sess.length) {
    const step = diff > 0 ? 1 : -1;
    sess[i].n += step;
    diff -= step;
  }
  assert(sess.every((s) => s.n >= 90 && s.n <= 220), "c1 session sizes");
  sess.push({ date: "2021-09-02", n: 86, topic: "电商创业" });
  const pt = signPre + sum(sess.filter((s) => s.date <= CUT).map((s) => s.n));
  assert(pt === PT && pt * 100 < POP && pt * 1000 >= 8 * POP, "c1 0.8%-1%");
  const gRows = [padRow(["陆河县电子商务培训台账（按期次）"], 6), padRow(["注：电商扶贫专班学员见《扶贫专班签到》，本表不重复统计。"], 6),
    ["期次", "培训日期", "培训主题", "培训地点", "参训人次", "备注"]];
  sess.forEach((s, i) => gRows.push([`第${i + 1}期`, i % 2 ? cnDate(s.date) : D(s.date), s.topic, ["县电子商务公共服务中心", "河田镇文化站", "螺溪镇政府"][i % 3], s.n, s.date > CUT ? "截止日后" : null]));
  gRows.push(["合计", null, null, null, sum(sess.map((s) => s.n)), null]);
  const gRecs = sess.map((s) => ({ date: s.date, personTimes: s.n }));

  // ---------------- 入驻企业: 20 in park at the cut-off (one entered on 8.31, one left 8.30, one entered 9.1)
  const fnm = nameMaker("陆河青梅螺溪吉", "源泰达盛华信兴", "", ["河河", "螺螺"]);
  const TY = ["平台型", "销售型", "销售型", "网店", "销售型", "运营服务商", "代运营", "物流", "快递", "销售型", "网店", "销售型", "直播电商", "销售型", "平台型", "农产品加工", "销售型", "销售型", "网店", "运营服务商", "物流", "销售型"];
  const firms = TY.map((t) => ({ name: `陆河县${fnm()}${/物流|快递/.test(t) ? "物流" : /加工/.test(t) ? "农业发展" : "电子商务"}有限公司`, type: t, code: creditCode("441523"),
    entered: randIsoBetween("2020-04-01", "2021-07-31"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[3].left = "2021-08-30";
  firms[20].entered = "2021-08-31";
  firms[21].entered = "2021-09-01";
  const inPark = firms.filter((f) => f.entered <= CUT && (f.left === null || f.left > CUT));
  assert(inPark.length === 20, "c1 park " + inPark.length);
  const eRows = [padRow(["陆河县电子商务产业园入驻企业名录"], 7), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注"]];
  firms.forEach((f, i) => eRows.push([i + 1, f.name, f.code, f.type, f.entered >= "2021-08-31" ? dotDate(f.entered) : D(f.entered), f.left ? dotDate(f.left) : null, f.left ? "已退租" : null]));
  const eRecs = firms.map((f) => ({ name: f.name, type: f.type, entered: f.entered, left: f.left }));

  // ---------------- 资金 (元): exactly 70% by the cut-off
  const ALLOC = 5000000;
  const pays = [["2020-07-15", 1260000, "县电子商务公共服务中心建设"], ["2020-10-22", 386500, "村级站点建设（第一批）"], ["2020-12-28", 214300, "电商培训"],
    ["2021-01-26", 452000, "县镇村物流配送体系"], ["2021-03-30", 178600, "中心运营补助"], ["2021-05-20", 365400, "村级站点建设（第二批）"],
    ["2021-07-09", 256800, "青梅品牌培育"], ["2021-08-31", 386400, "农产品溯源系统（首付）"], ["2021-09-01", 420000, "冷链仓储"]];
  const spent = sum(pays.filter((p) => p[0] <= CUT).map((p) => p[1]));
  assert(spent === 3500000 && spent * 100 === 70 * ALLOC, "c1 spent 70%");
  const fRows = [padRow(["陆河县电子商务进农村综合示范专项资金拨付台账"], 6), padRow(["单位：元"], 6), ["序号", "拨付日期", "项目", "收款单位", "拨付金额", "凭证号"]];
  pays.forEach((p, i) => fRows.push([i + 1, p[0] >= "2021-08-31" ? dotDate(p[0]) : D(p[0]), p[2], ["陆河县电商运营中心", "各镇人民政府", "承办企业"][i % 3], i % 3 === 1 ? fmtMoney(p[1]) : p[1], `陆商付-${pad3(i + 7)}`]));
  fRows.push([null, "合计", null, null, sum(pays.map((p) => p[1])), null]);
  const fRecs = pays.map((p) => ({ date: p[0], amount: p[1] }));

  // ---------------- 报送 (12 months)
  const reps = WINDOW.map((m, i) => ({ date: `${m}-${String(rint(25, 28)).padStart(2, "0")}`, pov: i % 2 === 0 }));
  const rRows = [padRow(["陆河县向汕尾市商务局报送月报登记"], 4), ["报送日期", "内容", "附电商扶贫统计", "方式"]];
  reps.forEach((r) => rRows.push([D(r.date), `${cnMonth(r.date)}电商进农村工作月报`, r.pov ? "✓" : null, "粤政易"]));
  const rRecs = reps.map((r) => ({ date: r.date, poverty: r.pov ? true : null }));
  assert(inWindowMonths(reps.map((r) => r.date)) === 12, "c1 reports 12");

  // ---------------- 专栏更新 (11 of 12 window months: February 2021 empty)
  const upd = [];
  for (const m of monthsBetween("2020-07", "2021-09")) {
    if (m === "2021-02") continue;
    const k = m === "2020-12" ? 2 : 1;
    for (let j = 0; j < k; j++) upd.push(`${m}-${String(rint(3, 27)).padStart(2, "0")}`);
  }
  upd.sort();
  const uRows = [padRow(["陆河县政府网“电子商务进农村综合示范”专栏更新记录"], 4), ["序号", "发布日期", "标题", "栏目"]];
  upd.forEach((u, i) => uRows.push([i + 1, dashNoPad(u), ["创建工作进展（" + cnMonth(u) + "）", "项目建设进度公示", "专项资金使用情况公示", "站点建设名单公示"][i % 4], ["工作动态", "项目公示", "资金公示", "项目公示"][i % 4]]));
  const uRecs = upd.map((u) => ({ date: u }));
  assert(inWindowMonths(upd) === 11, "c1 disclosure 11");

  // ---------------- 宣传 / 经验材料
  const MD = [["2020-11-12", "陆河发布", "县级", "网络", "陆河：村村建起电商服务站", "否", "county", false],
    ["2021-01-08", "汕尾日报", "市级", "报纸", "陆河青梅插上电商翅膀", "否", "city", false],
    ["2021-04-22", "广东广播电视台珠江频道", "省级", "电视", "陆河：电商扶贫让青梅卖出好价钱", "是", "province", true],
    ["2021-09-06", "中央电视台农业农村频道", "国家级", "电视", "青梅之乡的电商路", "是", "national", true]];
  const mRows = [padRow(["陆河县电商进农村宣传报道台账"], 7), ["序号", "日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"]];
  MD.forEach((m, i) => mRows.push([i + 1, dotDate(m[0]), m[1], m[2], m[3], m[4], m[5]]));
  const mRecs = MD.map((m) => ({ date: m[0], level: m[6], tv: m[7] }));
  const matRows = [padRow(["经验材料报送"], 4), ["序号", "报送日期", "材料名称", "报送单位"], [1, "2021年9月1日", "陆河县“青梅＋电商”助农增收经验做法", "陆河县商务局"]];

  // ---------------- 市汇总表（陆河县是其中一栏）
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 14, "work.coverage": 10, "work.upward": 8, "work.training": 20,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
    "bonus.poorTraining": 0, "bonus.tvCase": 1,
  };
  const sumClaim = sum(SCORED.map(([id]) => claimed[id]));
  assert(sumClaim === 92, "c1 claim " + sumClaim);
  // [label, unit, 海丰, 陆丰, 陆河] ; 城区 always "—"
  const X = "—";
  const DATA = [
    ["一、基础数据"],
    ["常住人口", "万人", 69.52, 157.33, 26.31],
    ["行政村数", "个", 250, 275, adminV.length],
    ["省定贫困村数", "个", 39, 36, 16],
    ["2019年农村网络零售额", "亿元", 18.6, 21.4, 5.2],
    ["2020年农村网络零售额", "亿元", 23.1, 26.9, 6.76],
    ["2019年农产品网络零售额", "亿元", 3.95, 4.8, 1.85],
    ["2020年农产品网络零售额", "亿元", 4.62, 5.7, 2.21],
    ["电商培训人次（截至8月底）", "人次", 5620, 9874, PT],
    ["有劳动能力建档立卡贫困人口（不含外出务工）", "人", 1460, 2213, 50],
    ["已参训建档立卡贫困人口", "人", 802, 1306, 25],
    ["省级专项资金下达", "万元", 500, 500, 500],
    ["累计拨付", "万元", 386.7, 421.05, 350],
    ["项目总体进度", "%", 85, 88, 82],
    ["县级电子商务公共服务中心投入运营时间", "年月日", "2020.9.30", "2020.8.18", "2021.2.28"],
    ["二、组织领导及服务体系（是／否）"],
    ["领导小组组长", "—", "县委副书记、县长", "市长", "县长"],
    ["领导小组成员单位", "—", "商务、财政、农业农村、乡村振兴、交通运输等", "商务、财政、农业农村、乡村振兴、邮政等", "商务局、财政局、农业农村局、乡村振兴局、交通运输局、邮政分公司"],
    ["示范县工作方案已正式印发", "是/否", "是", "是", "是"],
    ["已出台支持农村电商发展政策", "是/否", "是", "是", "是"],
    ["中心有免费培训场所、培训设备", "是/否", "是", "是", "是"],
    ["中心为特色农产品提供免费展示、销售服务", "是/否", "是", "是", "是"],
    ["中心提供免费摄影、美工服务", "是/否", "是", "是", "否"],
    ["组织农产品统一推广、指导品牌建设", "是/否", "是", "是", "是"],
    ["提供其他衍生增值服务", "是/否", "是", "否", "是"],
    ["建设或整合、优化电商产业园", "是/否", "是", "是", "是"],
    ["有专业第三方电子商务运营或服务商", "是/否", "是", "是", "是"],
    ["行政村物流快递覆盖率100%", "是/否", "是", "是", "是"],
    ["专栏公示创建方案", "是/否", "是", "是", "是"],
    ["专栏公示项目基本信息", "是/否", "是", "是", "是"],
    ["专栏公示项目建设进度", "是/否", "是", "否", "是"],
    ["专栏设征求意见或监督举报窗口", "是/否", "是", "是", "是"],
    ["能统计电商扶贫情况", "是/否", "是", "是", "是"],
    ["已制定资金管理制度", "是/否", "是", "是", "是"],
    ["已建立资金专用台账", "是/否", "是", "是", "是"],
    ["发生安全生产、质量事故或重大损失", "是/否", "否", "否", "否"],
    ["存在弄虚作假", "是/否", "否", "否", "否"],
  ];
  const JUD = [
    ["三、主观评分项（分项自评，填在“自评分”栏）"],
    ["方案制定（1—2分）", 2, 2, 2], ["政策支持（1—2分）", 2, 1, 2], ["项目管理制度（1—2分）", 2, 2, 2], ["工作台账（1—2分）", 2, 1, 1],
    ["网销调研并形成针对性建议（1—2分）", 1, 2, 2], ["网络促销活动成效（1—2分）", 2, 2, 1], ["交易标准、冷链及溯源系统（1—2分）", 1, 1, 1],
    ["资金管理制度（1—5分）", 5, 4, 4], ["资金台账（1—5分）", 4, 4, 4], ["资金及时拨付（1—5分）", 4, 4, 3],
  ];
  const IND = [
    ["组织领导（2分）", "org.leadership", 2, 2], ["方案制定（2分）", "org.plan", 2, 2], ["政策支持（2分）", "org.policy", 2, 1], ["项目管理（4分）", "org.management", 4, 3],
    ["服务体系建设：县级中心与产业园（15分）", "work.center", 15, 14], ["服务体系建设：村级站点覆盖（10分）", "work.coverage", 10, 10],
    ["农村产品上行（10分）", "work.upward", 7, 8], ["电商人才培训（20分）", "work.training", 20, 20], ["信息公开（4分）", "info.disclosure", 4, 3],
    ["数据上报（6分）", "info.reporting", 6, 6], ["案例总结（2分）", "promo.cases", 2, 2], ["经验推广（8分）", "promo.media", 8, 8],
    ["制度建立（5分）", "fund.system", 5, 4], ["资金台账（5分）", "fund.ledger", 4, 4], ["资金支出（5分）", "fund.spending", 4, 4],
    ["加分项：贫困人口培训率≥70%（2分）", "bonus.poorTraining", 0, 0], ["加分项：电商扶贫典型案例电视播报（2分）", "bonus.tvCase", 0, 1],
  ];
  const CW = 13;
  const cr = [padRow(["汕尾市电子商务进农村综合示范创建考评基础数据及自评得分汇总表"], CW),
    padRow(["（粤政易共享文档，各县（市、区）商务主管部门只填本地两栏；数据截止2021年8月31日）"], CW),
    padRow(["存档：陆河县商务局　　下载时间：2021年9月6日"], CW),
    ["序号", "项目", "单位", "城区", null, "海丰县", null, "陆丰市", null, "陆河县", null, "全市合计", "备注"],
    [null, null, null, "填报数", "自评分", "填报数", "自评分", "填报数", "自评分", "填报数", "自评分", null, null]];
  const cM = [`A1:${colName(CW - 1)}1`, `A2:${colName(CW - 1)}2`, `A3:${colName(CW - 1)}3`, "A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:G4", "H4:I4", "J4:K4", "L4:L5", "M4:M5"];
  let no = 0;
  const sec = (t) => {
    cr.push(padRow([t], CW));
    cM.push(`A${cr.length}:${colName(CW - 1)}${cr.length}`);
  };
  for (const r of DATA) {
    if (r.length === 1) { sec(r[0]); continue; }
    no++;
    const tot = typeof r[4] === "number" && r[1] !== "%" ? Number((r[2] + r[3] + r[4]).toFixed(2)) : null;
    cr.push([no, r[0], r[1], X, null, r[2], null, r[3], null, r[4], null, tot, no === 1 ? "城区非示范县，不填" : null]);
  }
  for (const r of JUD) {
    if (r.length === 1) { sec(r[0]); continue; }
    no++;
    cr.push([no, r[0], "分", X, null, X, r[1], X, r[2], X, r[3], null, null]);
  }
  sec("四、自评得分（按考评指标）");
  for (const r of IND) {
    no++;
    cr.push([no, r[0], "分", X, null, X, r[2], X, r[3], X, claimed[r[1]], null, null]);
  }
  const hfS = sum(IND.slice(0, 15).map((r) => r[2]));
  const lfS = sum(IND.slice(0, 15).map((r) => r[3]));
  cr.push([null, "合计（不含加分）", "分", X, null, X, hfS, X, lfS, X, sumClaim, null, null]);
  cr.push(padRow(["注：是否类填“是／否”；金额单位万元；总分按“合计＋加分（最高4分）”计。"], CW));
  cM.push(`A${cr.length}:${colName(CW - 1)}${cr.length}`);
  for (const r of cr) assert(r.length === CW, "c1 summary width");

  // ---------------- points
  const cpts = { built: 2, six: "2021-02-28" <= "2021-02-28" ? 2 : 0, train: 2, display: 1, photo: 0, brand: 1, other: 1, park: 2, twenty: 2, types: 1 };
  const centerPts = sum(Object.values(cpts));
  const covPts = 5 + 3;
  assert((676000000 - 520000000) * 100 === 30 * 520000000, "c1 growth exactly 30%");
  const upPts = 2 + 1 + 1 + 0 + 1 + 2;
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": centerPts, "work.coverage": covPts, "work.upward": upPts,
    "work.training": 8 + 10, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 0, "promo.media": 4 + 3 + 1, "fund.system": 4, "fund.ledger": 4,
    "fund.spending": 3, "bonus.poorTraining": 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(centerPts === 14, "c1 center");
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 84 && bonus === 1, "c1 scored " + scored);
  const types = new Set(inPark.map((f) => (/平台/.test(f.type) ? "平台" : /销售|零售|网店/.test(f.type) ? "销售" : /运营|服务商/.test(f.type) ? "运营" : /物流|快递|仓储/.test(f.type) ? "物流" : f.type)));
  assert(types.size >= 3, "c1 types");

  const derivation = [
    "org.leadership: 《市汇总表》陆河县栏：领导小组组长“县长”（主要领导），成员单位有商务、财政、农业农村、乡村振兴 → 2",
    "org.plan: 分项自评（陆河县自评分栏）方案制定2 → 2",
    "org.policy: 分项自评政策支持2 → 2",
    "org.management: 项目管理制度2＋工作台账1 → 3",
    `work.center: 中心“2021.2.28”投入运营 ≤ 截止日 → 2；正好是截止日前推6个月的2021-02-28 → 运行满6个月 → 2；免费培训2、展示销售1；摄影美工“否” → 0；品牌1、其他增值服务1；产业园2；《入驻企业》${firms.length}行：2021.8.30退租的不算，2021.8.31入驻的算，2021.9.1入驻的不算 → 在园20家 → 2；类型平台、销售、运营、物流等${types.size}种 → 1；合计${centerPts}`,
    `work.coverage: 《村居名单》八个镇的报表拼在一起（4×2块），行政村（村委会／行政村／村民委员会）${adminV.length}个，社区${comms.length}个不算；《站点台账》截止日前有站的行政村84个（“2021.8.31”建成的算；同村第二个站只算一次；社区服务点不算；“2021.9.1”和2021-09-15的不算） → 84/120 = 70.0% ≥ 70% → 5（少一个村只有2分）；省定贫困村16个，其中15个截止日前有站（${poorList[15].name}站“2021.9.1”建成，晚一天） → 15/16 = 93.8% → 3；合计8`,
    `work.upward: 调研2、促销1；第三方“是” → 1；《村居名单》有快递列，东坑镇${noExpress.name}“否” → 0（汇总表填“是”，以名单为准，出警告）；交易标准与冷链溯源1；农村网零5.2→6.76亿元，增长正好30% → 2；合计7（自评8）`,
    `work.training: 常住人口26.31万 = 263,100 → 1% = 2,631人次；《培训台账（按期）》截止日前16期${fmtInt(PT - signPre)}人次（9月2日一期86人次、合计行不算）＋《扶贫专班签到》截止日前${signPre}行 = ${fmtInt(PT)}人次 = 0.9996%，差1人次不到1% → 8；《贫困人口》普通／技能劳动力且“未外出”的50人，截止日前在签到表出现的25人（参训两次算一人；“2021.9.1”一期的2人不算；外出务工2人不算） → 25/50 = 50% ≥ 50% → 10；合计18（自评20）`,
    "info.disclosure: 汇总表四项公示都“是” → 2；《专栏更新》2020年9月—2021年8月中2021年2月没有更新，11个月 → 不定时 1；合计3（自评4）",
    "info.reporting: 《月报报送》12个月每月一行 → 3；汇总表“能统计电商扶贫情况：是”，且有“✓” → 3；合计6",
    "promo.cases: 《经验材料》唯一一份“2021年9月1日”报送，晚于截止日 → 0（自评2）",
    "promo.media: 截止日前有广东广播电视台（省级）4＋汕尾日报（市级）3＋陆河发布（县级）1 → 8；央视2021.9.6在截止日后不算",
    "fund.system: 分项自评4 → 4",
    "fund.ledger: 分项自评4 → 4",
    `fund.spending: 《资金拨付台账》（元）截止日前8笔（含2021.8.31一笔）合计3,500,000.00元（2021.9.1一笔、合计行不算）/ 下达500万元 = 70.0% ≥ 70% → 及时拨付自评3 → 3`,
    "bonus.poorTraining: 25/50 = 50% < 70% → 0",
    "bonus.tvCase: 典型案例截止日前只在广东广播电视台（省级电视）播出 → 1；央视那次是2021.9.6，截止日后 → 1",
    "veto.incident: 汇总表填“否” → 不否决",
    "veto.progress: 项目总体进度82% ≥ 40% → 不否决",
    "veto.fraud: 填“否” → 不否决",
  ];
  return {
    description:
      `汕尾陆河县商务局整本考评工作簿（12个表），${scored}＋加分${bonus}＝${scored + bonus}分，未否决（自评${sumClaim}＋1）。事实表不是本县自己的表，而是市商务局在粤政易共享、各县轮流填的《汕尾市…考评基础数据及自评得分汇总表》：各县（市、区）一栏，每栏分“填报数｜自评分”两列（城区一栏全是“—”，海丰、陆丰两栏也已填好），陆河县是第四栏，第3行写“存档：陆河县商务局”，右边还有一列全市合计；基础数据、是否项填在填报数列，主观分项和按指标的自评分填在自评分列（claimed）。《村居名单》是八个镇3月报来的表原样拼在一张表上：四块一排、两排，每块四列、块间空一列，各镇表头、列序和写法都不同（村委会／行政村／村民委员会，是否、√×、有无）；东坑镇有一个村快递“否”。台账上卡了多个边界：行政村覆盖84/120正好70%，中心2021年2月28日运营正好满6个月，培训2,630人次比1%少1人次，贫困人口培训率正好50%，资金拨付正好70%（含8月31日一笔），入驻企业8月31日进、8月30日退、9月1日进，经验材料和一个贫困村站点都晚一天（9月1日）。`,
    sheets: [
      { name: "市汇总表", rows: cr, merges: cM },
      { name: "村居名单", rows: grid, merges: gM },
      { name: "站点台账", rows: sRows, merges: sM },
      { name: "培训台账（按期）", rows: gRows, merges: ["A1:F1", "A2:F2"] },
      { name: "扶贫专班签到", rows: qRows, merges: ["A1:G1"] },
      { name: "贫困人口", rows: pRows, merges: ["A1:G1", "A2:G2"] },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金拨付台账", rows: fRows, merges: ["A1:F1", "A2:F2"] },
      { name: "月报报送", rows: rRows, merges: ["A1:D1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:D1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}


// =====================================================================================================
// f1 — 河源市和平县: 市督导表，每县三行（目标／完成／完成率），和平县是五个县中的一组
// =====================================================================================================
function buildF1() {
  const W = 13;
  const rows = [padRow(["河源市电子商务进农村综合示范县创建目标任务完成情况督导表（第三季度）"], W),
    padRow(["数据截至：2021年8月31日　　　　河源市商务局编印"], W),
    ["县（区）", "口径", "基本情况", null, "村级站点", "人才培训", null, null, "农村产品上行", "专项资金（万元）", "县级公共服务中心", "项目总体进度", "备注"],
    [null, null, "常住人口（万人）", "行政村（个）", "站点覆盖行政村（个）", "培训人次", "有劳动能力的建档立卡贫困人口（不含外出务工，人）", "参训贫困人口（人）",
      "2020年农村网络零售额", "目标行为下达数，完成行为累计拨付数", "投入运营", null, null]];
  const M = [`A1:${colName(W - 1)}1`, `A2:${colName(W - 1)}2`, "A3:A4", "B3:B4", "C3:D3", "F3:H3", "L3:L4", "M3:M4"];
  const C = [
    ["东源县", [["—", "—", 289, 5012, "—", 1412, "增速≥30%", 500, "2020年9月底前", "100%", null],
      [50.12, 412, 305, 5377, 2820, 1506, "14.6亿元（同比增长31.5%）", 436.8, "2020.9.26已运营", "90%", null],
      ["—", "—", "105.5%", "107.3%", "—", "106.7%", "达标", "87.4%", "已完成", "90%", null]]],
    ["和平县", [["—", "—", 159, 3562, "—", 604, "增速≥30%", 500, "2020年底前", "100%", null],
      [35.62, 226, 171, 4120, 1208, 755, "9.12亿元（同比增长24.1%）", 412.6, "2020.12.18已运营", "85%", "核对无误"],
      ["—", "—", "107.5%", "115.7%", "—", "125.0%", "未达标", "82.5%", "已完成", "85%", null]]],
    ["龙川县", [["—", "—", 238, 6821, "—", 1387, "增速≥30%", 500, "2020年底前", "100%", null],
      [68.21, 340, 246, 6903, 2773, 1398, "16.8亿元（同比增长33.2%）", 398.2, "2020.11.30已运营", "82%", null],
      ["—", "—", "103.4%", "101.2%", "—", "100.8%", "达标", "79.6%", "已完成", "82%", null]]],
    ["紫金县", [["—", "—", 212, 5956, "—", 1120, "增速≥30%", 500, "2021年3月底前", "100%", null],
      [59.56, 302, 198, 5104, 2240, 1003, "11.3亿元（同比增长27.8%）", 351.9, "2021.3.20已运营", "76%", "站点覆盖未达标"],
      ["—", "—", "93.4%", "85.7%", "—", "89.6%", "未达标", "70.4%", "已完成", "76%", null]]],
    ["连平县", [["—", "—", 124, 3270, "—", 688, "增速≥30%", 500, "2020年底前", "100%", null],
      [32.70, 177, 132, 3488, 1375, 721, "6.4亿元（同比增长30.6%）", 402.3, "2020.12.28已运营", "84%", null],
      ["—", "—", "106.5%", "106.7%", "—", "104.8%", "达标", "80.5%", "已完成", "84%", null]]],
  ];
  const KOU = ["目标", "完成", "完成率"];
  for (const [cty, three] of C) {
    const r0 = rows.length + 1;
    three.forEach((v, k) => rows.push([k === 0 ? cty : null, KOU[k]].concat(v)));
    M.push(`A${r0}:A${r0 + 2}`);
  }
  rows.push(padRow(["注：1.完成率＝完成数÷目标数；站点覆盖目标按行政村数70%、培训人次目标按常住人口1%、参训贫困人口目标按50%测算。2.请各县（区）核对本地三行，有误的在备注栏注明。"], W));
  M.push(`A${rows.length}:${colName(W - 1)}${rows.length}`);
  rows.push(padRow(["填报（核对）单位：和平县商务局　　　核对人：叶××　　　联系电话：0762-56×××××　　　2021年9月6日"], W));
  M.push(`A${rows.length}:${colName(W - 1)}${rows.length}`);
  for (const r of rows) assert(r.length === W, "f1 width");
  assert(Math.abs(9.12 / 7.35 - 1 - 0.241) < 0.0005, "f1 growth");
  assert(Math.abs(412.6 / 500 - 0.825) < 0.0005 && 159 === Math.ceil(226 * 0.7) && 3562 === Math.ceil(356200 / 100), "f1 targets");
  return {
    description:
      "河源和平县商务局交来当事实表的，是河源市商务局编印的《创建目标任务完成情况督导表（第三季度）》：五个示范县（东源、和平、龙川、紫金、连平）上下排，每县占三行（目标｜完成｜完成率），县名纵向合并，两行表头（基本情况、人才培训为合并分组）；只有和平县那三行是本县的——表底写“填报（核对）单位：和平县商务局”，和平县完成行备注“核对无误”。读的是和平县“完成”行：常住人口35.62万人、行政村226、培训人次4120、有劳动能力贫困人口1208、参训755，“9.12亿元（同比增长24.1%）”一格里两个数（2020年网零额和增速，2019年没写），中心“2020.12.18已运营”，总体进度85%；专项资金一列按表头“目标行为下达数，完成行为累计拨付数”，下达500万元在目标行、拨付412.6万元在完成行。目标行的159、3562、604是目标不是事实，完成率行都是算出来的比值，站点覆盖村数不是考评输入；其他四县的数都不算。",
    sheets: [{ name: "督导表", rows, merges: M }],
    expect: {
      facts: {
        county: "和平县", asOf: "2021-08-31", residentPopulation: 356200, adminVillagesStated: 226, trainingPersonTimesStated: 4120, eligiblePoorPersonsStated: 1208,
        trainedPoorPersonsStated: 755, ruralRetail2020: 912000000, ruralRetailGrowthStated: 0.241, fundAllocated: 5000000, fundSpentStated: 4126000,
        centerOpened: "2020-12-18", overallProgress: 0.85,
      },
      judged: {},
    },
  };
}

// =====================================================================================================
// f2 — 惠州市惠东县: 迎检问题整改销号清单（事实藏在“整改措施及完成情况”里，已销号／未销号）
// =====================================================================================================
function buildF2() {
  const W = 9;
  const rows = [padRow(["惠东县电子商务进农村综合示范县创建迎检问题整改销号清单"], W),
    padRow(["（惠州市商务局2021年7月预检反馈问题，整改情况更新至2021年8月27日）"], W),
    padRow(["销号情况：“已销号”＝已整改到位并经市商务局确认；“未销号”＝仍在整改。"], W),
    ["序号", "考评指标", "预检发现问题", "整改措施及完成情况", "责任单位", "整改时限", "销号情况", "销号时间", "备注"]];
  const M = ["A1:I1", "A2:I2", "A3:I3"];
  const P = [
    ["组织领导", "领导小组由副县长任组长，成员单位缺县乡村振兴局", "已调整为县长任组长，增补县乡村振兴局；成员单位：县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局等16个单位（惠东府办函〔2021〕88号）", "县政府办", "7月底", "已销号", "8.3", null],
    ["方案制定", "创建工作方案仅为征求意见稿", "已于2021年4月12日以县政府办名义正式印发（惠东府办〔2021〕15号），补交正式文本", "县商务局", "7月底", "已销号", "7.30", null],
    ["基础数据", "常住人口误填户籍人口（121.5万人）", "已按第七次人口普查更正为常住人口90.81万人", "县统计局", "7月底", "已销号", "7.28", null],
    ["县级中心", "公共服务中心投入运营时间无佐证", "补充运营协议及开业报道，确认2020年9月28日投入运营", "县商务局", "8月上旬", "已销号", "8.6", null],
    ["县级中心", "中心未提供免费摄影、美工服务", "7月起中心摄影棚、美工设计室免费向电商主体开放，已服务46家次", "中心运营方", "8月上旬", "已销号", "8.6", null],
    ["县级中心", "其他衍生增值服务无佐证", "拟引入金融、法律咨询服务，尚未落地", "中心运营方", "9月底", "未销号", null, "持续整改"],
    ["农村产品上行", "第三方电商运营服务商合同已到期", "已重新招标，7月与广东某电子商务运营公司签约", "县商务局", "8月上旬", "已销号", "8.10", null],
    ["农村产品上行", "仍有3个行政村快递未进村（多祝镇2个、高潭镇1个）", "正与县邮政分公司协商开通，预计10月底前完成", "县邮政管理局", "10月底", "未销号", null, "持续整改"],
    ["信息公开", "专栏未公示项目建设进度，也没有监督举报窗口", "专栏已增设“项目进度”“监督举报”两个子栏目并按月更新进度", "县商务局", "8月上旬", "已销号", "8.12", null],
    ["数据上报", "月报未附电商扶贫统计", "自2021年5月起月报附电商扶贫统计表", "县商务局", "7月底", "已销号", "7.28", null],
    ["资金管理", "专项资金管理制度未印发", "已印发《惠东县电子商务进农村综合示范专项资金管理办法》", "县财政局", "8月中旬", "已销号", "8.18", null],
    ["资金管理", "下达资金与拨付数口径不一", "经与县财政局核对：省级资金下达500万元，截至8月27日累计拨付386.2万元", "县财政局", "8月底", "已销号", "8.27", null],
  ];
  P.forEach((p, i) => rows.push([i + 1].concat(p)));
  rows.push(padRow([], W));
  rows.push(padRow(["二、整改后主观评分项自评"], W));
  M.push(`A${rows.length}:I${rows.length}`);
  rows.push(["序号", "评分项", "自评分", "说明", null, null, null, null, null]);
  M.push(`D${rows.length}:I${rows.length}`);
  const J = [["方案制定（1—2分）", "2分", "方案已正式印发"], ["政策支持（1—2分）", "1分", "扶持政策为商务局文件，层级不高"], ["网销调研（1—2分）", "1分", "调研报告未形成针对性建议"],
    ["资金台账（1—5分）", "3分", "承建方台账不够完整"]];
  J.forEach((j, i) => {
    rows.push([i + 1, j[0], j[1], j[2], null, null, null, null, null]);
    M.push(`D${rows.length}:I${rows.length}`);
  });
  rows.push(padRow(["整改牵头单位：惠东县商务局（盖章）　　　经办人：黄××　　　2021年8月27日"], W));
  M.push(`A${rows.length}:I${rows.length}`);
  for (const r of rows) assert(r.length === W, "f2 width");
  return {
    description:
      "惠州惠东县商务局的《迎检问题整改销号清单》当事实表：市商务局7月预检反馈的12个问题一行一个（序号｜考评指标｜预检发现问题｜整改措施及完成情况｜责任单位｜整改时限｜销号情况｜销号时间｜备注），表头上一行说明“已销号＝整改到位／未销号＝仍在整改”。事实全藏在“整改措施及完成情况”的句子里：领导小组改为县长任组长并增补乡村振兴局（成员列了商务、财政、农业农村、乡村振兴），方案4月12日正式印发，常住人口更正为90.81万（原误填户籍人口121.5万不算），中心2020年9月28日运营，摄影美工已免费开放，第三方已重新签约，专栏增设进度和监督举报，月报附扶贫统计，资金管理办法已印发，下达500万元、拨付386.2万元；“未销号”的两条——其他增值服务尚未落地、还有3个村快递未通——读作“否”。下面小表是整改后主观项自评（“2分”“1分”）。销号时间“8.3”之类不是事实。",
    sheets: [{ name: "整改销号清单", rows, merges: M }],
    expect: {
      facts: {
        county: "惠东县", residentPopulation: 908100, planIssued: true, centerOpened: "2020-09-28", centerPhoto: true, centerOther: false, thirdPartyOperator: true,
        expressCoverage: false, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true, fundSystemIssued: true, fundAllocated: 5000000,
        fundSpentStated: 3862000,
      },
      judged: { "org.plan": 2, "org.policy": 1, "work.upward.research": 1, "fund.ledger": 3 },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 肇庆市封开县: 创建进度周报（四周累计数并排，“〃”＝同上周，以第35周为准）
// =====================================================================================================
function buildF3() {
  const W = 8;
  const rows = [padRow(["封开县电子商务进农村综合示范县创建工作进度周报"], W),
    padRow(["说明：每周五更新，各周均为截至当周的累计数；“〃”表示与上周相同；以最新一周（第35周）为准。"], W),
    ["序号", "指标", "单位", "第32周\n（8月2日—8日）", "第33周\n（8月9日—15日）", "第34周\n（8月16日—22日）", "第35周（最新）\n（8月23日—29日）", "备注"]];
  const M = ["A1:H1", "A2:H2"];
  const Q = "〃";
  const sec = (t) => {
    rows.push(padRow([t], W));
    M.push(`A${rows.length}:H${rows.length}`);
  };
  let no = 0;
  const add = (label, unit, w, note) => {
    no++;
    rows.push([no, label, unit].concat(w, [note || null]));
  };
  sec("一、基础数据");
  add("常住人口", "万人", [40.36, Q, Q, Q], "七普");
  add("行政村数", "个", [178, Q, Q, Q]);
  add("省定贫困村数", "个", [21, Q, Q, Q]);
  add("2019年农村网络零售额", "亿元", [6.08, Q, Q, Q]);
  add("2020年农村网络零售额", "亿元", [7.79, Q, Q, Q], "县统计局核定");
  add("领导小组组长", "—", ["县委副书记、县长", Q, Q, Q]);
  add("领导小组成员单位", "—", ["县商务局、财政局、农业农村局、乡村振兴局等19个部门", Q, Q, Q]);
  sec("二、工作进展（累计）");
  add("县级电子商务公共服务中心投入运营", "日期", ["2020.10.16", Q, Q, Q]);
  add("电商培训人次", "人次", [3920, 3986, 4052, 4136]);
  add("有劳动能力建档立卡贫困人口（不含外出务工）", "人", [1208, Q, Q, 1211], "第35周按乡村振兴局新数据更新");
  add("已参训建档立卡贫困人口", "人", [640, 655, 671, 689]);
  add("省级专项资金下达", "万元", [500, Q, Q, Q]);
  add("累计拨付", "万元", [361.2, 372.85, 372.85, Q]);
  add("项目总体进度", "%", ["78%", "80%", Q, "83%"]);
  add("电商产业园", "—", ["在建", Q, "主体完工", "已建成"], "8月25日挂牌");
  add("专业第三方运营服务商", "有/无", ["有", Q, Q, Q]);
  add("行政村快递覆盖率", "%", ["96.6%", "97.8%", "100%", Q]);
  add("专栏设监督举报窗口", "是/否", ["否", Q, "是", Q]);
  add("月报能统计电商扶贫情况", "是/否", ["是", Q, Q, Q]);
  sec("三、自评预估得分");
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 15, "work.coverage": 10, "work.upward": 6, "work.training": 20,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 5, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 0,
  };
  const EARLY = { "work.center": [13, Q, Q, 15], "work.upward": [5, Q, 6, Q], "info.disclosure": [2, Q, 4, Q], "promo.media": [4, Q, 5, Q] };
  const NOTE = {
    "org.management": "项目管理制度2分＋工作台账1分",
    "work.upward": "网销调研1分＋网络促销2分＋交易标准与冷链溯源1分＋第三方1分＋快递1分；网零增速28.1%不得分",
    "fund.spending": "支出率74.6%，及时拨付按4分预估",
    "org.plan": "方案已正式印发", "org.policy": "已出台扶持政策", "fund.system": "资金管理制度自评4分", "fund.ledger": "资金台账自评4分",
  };
  const NAMES = { "org.leadership": "组织领导", "org.plan": "方案制定", "org.policy": "政策支持", "org.management": "项目管理", "work.center": "服务体系建设（县级中心与产业园）",
    "work.coverage": "服务体系建设（村级站点）", "work.upward": "农村产品上行", "work.training": "电商人才培训", "info.disclosure": "信息公开", "info.reporting": "数据上报",
    "promo.cases": "案例总结", "promo.media": "经验推广", "fund.system": "制度建立", "fund.ledger": "资金台账", "fund.spending": "资金支出",
    "bonus.poorTraining": "加分项：贫困人口培训率≥70%", "bonus.tvCase": "加分项：电商扶贫典型案例电视播报" };
  for (const id of Object.keys(claimed)) add(NAMES[id], "分", EARLY[id] || [claimed[id], Q, Q, Q], NOTE[id]);
  const tot = sum(SCORED.map(([id]) => claimed[id]));
  rows.push([null, "合计", "分", null, null, null, tot, null]);
  rows.push(padRow(["报送：封开县商务局电商股　　　审核：梁××"], W));
  M.push(`A${rows.length}:H${rows.length}`);
  for (const r of rows) assert(r.length === W, "f3 width");
  assert(tot === 89, "f3 total " + tot);
  assert(Math.abs(7.79 / 6.08 - 1 - 0.281) < 0.0005 && Math.abs(372.85 / 500 - 0.746) < 0.0005, "f3 ratios");
  // the 合计 of the earlier weeks: the claims as they stood that week
  const wk = [0, 1, 2].map((k) => sum(SCORED.map(([id]) => {
    const e = EARLY[id];
    if (!e) return claimed[id];
    let v = e[0];
    for (let j = 1; j <= k; j++) if (e[j] !== Q) v = e[j];
    return v;
  })));
  rows[rows.length - 2][3] = wk[0];
  rows[rows.length - 2][4] = wk[1];
  rows[rows.length - 2][5] = wk[2];
  return {
    description:
      "肇庆封开县商务局电商股的《创建工作进度周报》当事实表：每行一个指标，第32—35周四列并排（表头带换行“第35周（最新）\\n（8月23日—29日）”），各周都是截至当周的累计数，说明行写明“〃＝与上周相同，以最新一周（第35周）为准”。所以读最后一列：多数格是“〃”，要往左找到最近一个写了数的周（常住人口40.36万、2019／2020年网零6.08／7.79亿元、中心“2020.10.16”、拨付372.85万元都要回溯），有的在最后一周才变（贫困人口1208→1211，进度80%→83%，产业园“在建”→“已建成”，监督举报窗口“否”→“是”，快递覆盖率到“100%”）。前几周的旧数不是事实。第三部分“自评预估得分”也按周排，最新一列是县里的自评（claimed），备注里写了主观分项（“项目管理制度2分＋工作台账1分”“及时拨付按4分预估”）；组长“县委副书记、县长”，成员单位列了商务、财政、农业农村、乡村振兴。",
    sheets: [{ name: "进度周报", rows, merges: M }],
    expect: {
      facts: {
        county: "封开县", residentPopulation: 403600, adminVillagesStated: 178, poorVillagesStated: 21, ruralRetail2019: 608000000, ruralRetail2020: 779000000,
        centerOpened: "2020-10-16", trainingPersonTimesStated: 4136, eligiblePoorPersonsStated: 1211, trainedPoorPersonsStated: 689, fundAllocated: 5000000,
        fundSpentStated: 3728500, overallProgress: 0.83, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true, disclosureWindow: true,
        povertyStatisticsStated: true,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}


// =====================================================================================================
// l1 — 惠州市龙门县: 各镇（街）报表汇成的站点表（VLOOKUP 核对列 #N/A）和培训表（人数写法各镇不同），加一张报送登记（非台账）
// =====================================================================================================
function buildL1() {
  const TOWNS = ["龙城街道", "平陵街道", "永汉镇", "龙华镇", "麻榨镇", "地派镇"];
  const vn = nameMaker("铁路油石沙塘蓝岗鹤梅西东", "岗溪田坑湖岭围洞坪背", "村", []);
  // ---------------- 站点
  const st = [];
  TOWNS.forEach((t, ti) => {
    const n = [5, 4, 6, 5, 4, 4][ti];
    for (let k = 0; k < n; k++) {
      // the March return lists stations built before March 2021, the July return those built since
      const opened = k < n / 2 ? randIsoBetween("2020-05-01", "2021-02-26") : randIsoBetween("2021-03-01", "2021-06-30");
      st.push({ town: t, ti, village: vn(), opened, batch: opened < "2021-03-01" ? "第一批（3月报）" : "第二批（7月报）" });
    }
  });
  const W = 8;
  const sRows = [padRow(["龙门县村级电商服务站点汇总表（根据各镇（街）报送表汇总）"], W),
    padRow(["汇总：县商务局电商股　2021年8月20日　　G列为与《行政村名单》VLOOKUP核对的结果（已复制为数值）"], W),
    ["序号", "镇（街）", "报送批次", "站点名称", "所在村", "建成时间", "村名核对", "备注"]];
  const sM = ["A1:H1", "A2:H2"];
  const sRecs = [];
  let n = 0;
  TOWNS.forEach((t, ti) => {
    const list = st.filter((s) => s.ti === ti);
    list.sort((a, b) => cmp(a.batch, b.batch) || cmp(a.opened, b.opened));
    list.forEach((s, k) => {
      n++;
      const na = ti === 2 && k === 1;
      const vTxt = na ? s.village.replace(/村$/, "村委会") : s.village;
      const op = [D(s.opened), dotDate(s.opened), cnDate(s.opened), excelSerial(s.opened), slashDate(s.opened), yyyymmdd(s.opened)][ti];
      sRows.push([n, t, s.batch, s.village.replace(/村$/, "") + "电商服务站", vTxt, op, na ? "#N/A" : s.village, na ? "名单中为“" + s.village + "”" : null]);
      sRecs.push({ village: s.village, opened: s.opened });
    });
    sRows.push([null, `${t} 小计`, null, `${list.length}个`, null, null, null, null]);
  });
  sRows.push([null, "全县合计", null, `${st.length}个`, null, null, null, null]);

  // ---------------- 培训 (session rows; 人数 typed each town's way)
  const T = [];
  const tRecs = [];
  const tRows = [padRow(["龙门县电商培训开展情况汇总表（各镇（街）报送）"], 7), padRow(["各镇（街）报表原样汇总，人数以各镇报数为准"], 7),
    ["序号", "镇（街）", "培训日期", "培训内容", "参训人数", "其中脱贫户", "报送人"]];
  let tn = 0;
  let mfText = null;
  let rgText = null;
  TOWNS.forEach((t, ti) => {
    const k = [3, 2, 3, 2, 2, 2][ti];
    let d = randIsoBetween("2020-09-01", "2020-12-20");
    const list = [];
    for (let j = 0; j < k; j++) {
      list.push({ date: d, n: rint(28, 65), poor: rint(3, 12) });
      d = isoAdd(d, rint(60, 110));
    }
    let subtotal = 0;
    list.forEach((s, j) => {
      tn++;
      let dTxt, nTxt;
      if (ti === 0) { dTxt = D(s.date); nTxt = s.n; }
      else if (ti === 1) { dTxt = cnDate(s.date); nTxt = `${s.n}人`; }
      else if (ti === 2) {
        if (j === 1) {
          assert(ymd(s.date)[2] > 1, "l1 range within a month");
          dTxt = `${dotDate(isoAdd(s.date, -1))}-${ymd(s.date)[2]}`;
          rgText = dTxt;
        } else dTxt = dotDate(s.date);
        nTxt = s.n;
      } else if (ti === 3) { const m = rint(10, s.n - 10); dTxt = slashDate(s.date); nTxt = `男${m}女${s.n - m}`; if (!mfText) mfText = nTxt; }
      else if (ti === 4) { dTxt = dotDate(s.date); nTxt = `${s.n}人次`; }
      else { dTxt = cnDate(s.date); nTxt = fullWidth(String(s.n)); }
      tRows.push([tn, t, dTxt, ["农村电商基础", "网店运营", "短视频与直播", "农产品上行"][tn % 4], nTxt, s.poor, personName()]);
      tRecs.push({ date: s.date, personTimes: s.n });
      subtotal += s.n;
    });
    tRows.push([null, `${t} 小计`, null, null, subtotal, sum(list.map((s) => s.poor)), null]);
  });
  tRows.push([null, "合计", null, null, sum(tRecs.map((r) => r.personTimes)), null, null]);
  assert(tRecs.every((r) => r.date <= "2021-08-31"), "l1 dates");
  const rangeRow = tRows.find((r) => typeof r[2] === "string" && /-\d+$/.test(r[2]) && /\.\d+\.\d+-/.test(r[2]));
  assert(rangeRow, "l1 range row");

  // ---------------- 报送情况登记 (not a ledger)
  const gRows = [padRow(["龙门县各镇（街）台账材料报送情况登记（镇街→县商务局）"], 6), ["镇（街）", "站点表报送时间", "培训表报送时间", "是否盖章", "经办人", "备注"]];
  TOWNS.forEach((t, ti) => gRows.push([t, dotDate(randIsoBetween("2021-03-08", "2021-03-19")), dotDate(randIsoBetween("2021-07-05", "2021-07-16")), ti === 4 ? "否" : "是", personName(), ti === 4 ? "补盖章中" : null]));
  return {
    description:
      `惠州龙门县商务局电商股把六个镇（街）报来的表汇成的一本台账（三个表）：①《站点汇总（镇街报）》每行照抄镇里报的内容，镇（街）一列每行都写、不合并，报送批次“第一批（3月报）／第二批（7月报）”，建成时间各镇按自己的习惯（龙城真日期、平陵“2020.6.3”式、永汉“2020年6月3日”式、龙华丢了格式的序列号、麻榨“2020/6/3”式、地派“20200603”式），每镇后面一行“××镇 小计”、末尾“全县合计”；G列“村名核对”是和村名单VLOOKUP的结果复制成值，永汉镇一行显示“#N/A”只因为所在村写成“××村委会”——它仍是有效的站点记录。②《培训汇总（镇街报）》一期一行，参训人数各镇写法不同：数字、“45人”、“38人次”、全角数字，龙华镇写“${mfText}”（读作两数之和），永汉镇一期写成“${rgText}”（两天的班，按结束日），“其中脱贫户”只是参考数；镇小计和合计行不是记录。③《报送登记》是镇街交材料给县商务局的登记，不是台账（不是向市局的报送记录）。`,
    sheets: [
      { name: "站点汇总（镇街报）", rows: sRows, merges: sM },
      { name: "培训汇总（镇街报）", rows: tRows, merges: ["A1:G1", "A2:G2"] },
      { name: "报送登记", rows: gRows, merges: ["A1:F1"] },
    ],
    expect: {
      sheets: {
        "站点汇总（镇街报）": { kind: "stations", records: sRecs },
        "培训汇总（镇街报）": { kind: "training", records: tRecs },
        "报送登记": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 云浮市新兴县: 宣传报道勾选矩阵、用友科目明细账（本月合计／本年累计／年末结转）、报送年×月网格（＊＝附扶贫统计）
// =====================================================================================================
function buildL2() {
  // ---------------- 宣传报道: level and form as tick columns
  const MD = [
    ["2020-10-15", "新兴县融媒体中心", "县级", "新媒体", "新兴：电商服务站开到村口", false],
    ["2020-12-03", "云浮日报", "市级", "报纸", "新兴县电商进农村示范县创建提速", false],
    ["2021-01-19", "云浮广播电视台", "市级", "电视", "新兴排米粉“触网”走俏", true],
    ["2021-03-26", "南方日报", "省级", "报纸", "新兴：电商助力温氏产业链农户增收", false],
    ["2021-05-11", "广东广播电视台新闻频道", "省级", "电视", "新兴县电商扶贫带贫户“云上”卖货", true],
    ["2021-07-02", "人民网", "国家级", "网络", "广东新兴：农村电商激活乡村振兴", false],
    ["2021-08-30", "新兴县融媒体中心", "县级", "电视", "六祖镇电商直播基地开播", false],
  ];
  const LV = ["国家级", "省级", "市级", "县级"];
  const FM = ["电视", "报纸", "网络", "新媒体"];
  const mRows = [padRow(["新兴县电子商务进农村宣传报道登记表"], 13),
    ["序号", "发布日期", "标题", "媒体", "级别", null, null, null, "形式", null, null, null, "是否电商扶贫典型案例"],
    [null, null, null, null].concat(LV, FM, [null])];
  const mM = ["A1:M1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:H2", "I2:L2", "M2:M3"];
  MD.forEach((m, i) => mRows.push([i + 1, i % 2 ? dotDate(m[0]) : D(m[0]), m[4], m[1]].concat(LV.map((l) => (l === m[2] ? "✓" : null)), FM.map((f) => (f === m[3] ? "✓" : null)), [m[5] ? "是" : "否"])));
  const LVK = { 国家级: "national", 省级: "province", 市级: "city", 县级: "county" };
  const mRecs = MD.map((m) => ({ date: m[0], level: LVK[m[2]], tv: m[3] === "电视" }));

  // ---------------- 用友科目明细账 (借方 = 支出)
  const E = [
    ["2020-06-29", "记-0087", "付县电商公共服务中心装修工程款", 682400],
    ["2020-08-14", "记-0132", "付村级站点建设补助（第一批）", 315000],
    ["2020-08-27", "记-0158", "付电商培训费（第一期）", 46800],
    ["2020-11-20", "记-0241", "付县镇村物流体系建设款", 528600],
    ["2020-12-30", "记-0297", "付中心运营服务费", 164250.5],
    ["2021-03-18", "记-0066", "付村级站点建设补助（第二批）", 287500],
    ["2021-05-25", "记-0121", "付农产品品牌推广费", 198360],
    ["2021-08-06", "记-0178", "付溯源系统开发款（首期）", 253000],
  ];
  const W = 8;
  const fRows = [padRow(["科目明细账"], W), padRow(["科目：5010205 项目支出—电子商务进农村综合示范　　　单位：新兴县商务局　　　币种：人民币"], W)];
  const fM = ["A1:H1", "A2:H2"];
  const fRecs = [];
  for (const y of [2020, 2021]) {
    fRows.push([`${y}年`, null, "凭证号数", "摘要", "借方", "贷方", "方向", "余额"]);
    fM.push(`A${fRows.length}:B${fRows.length}`);
    fRows.push(["月", "日", null, null, null, null, null, null]);
    let bal = 0;
    let yearDr = 0;
    if (y === 2021) fRows.push([1, 1, null, "上年结转", null, null, "平", 0]);
    const months = [...new Set(E.filter((e) => e[0].startsWith(String(y))).map((e) => Number(e[0].slice(5, 7))))];
    for (const m of months) {
      let mDr = 0;
      for (const e of E.filter((x) => x[0].startsWith(`${y}-${String(m).padStart(2, "0")}`))) {
        bal = Math.round((bal + e[3]) * 100) / 100;
        mDr = Math.round((mDr + e[3]) * 100) / 100;
        fRows.push([m, Number(e[0].slice(8)), e[1], e[2], e[3], null, "借", bal]);
        fRecs.push({ date: e[0], amount: e[3] });
      }
      yearDr = Math.round((yearDr + mDr) * 100) / 100;
      if (y === 2020 && m === 12) {
        fRows.push([12, 31, "记-0312", "年末结转本年项目支出", null, bal, "平", 0]);
        fRows.push([null, null, null, "本月合计", mDr, bal, "平", 0]);
        bal = 0;
      } else fRows.push([null, null, null, "本月合计", mDr, null, "借", bal]);
      fRows.push([null, null, null, "本年累计", yearDr, y === 2020 && m === 12 ? yearDr : null, bal ? "借" : "平", bal]);
    }
  }
  for (const r of fRows) assert(r.length === W, "l2 ledger width");
  const spent = sumYuan(fRecs.map((r) => r.amount));
  assert(spent === 2475910.5, "l2 spent " + spent);

  // ---------------- 报送: year × month grid, ＊ = with poverty statistics
  const R = {
    "2020-06": "6.29＊", "2020-07": "7.28", "2020-08": "8.27＊", "2020-09": "9.25", "2020-10": "10.28＊", "2020-11": "11.26", "2020-12": "12.29＊",
    "2021-01": "1.27", "2021-02": "2.24＊", "2021-04": "4.27＊", "2021-05": "5.26", "2021-06": "6.28＊", "2021-07": "7.27", "2021-08": "8.26＊",
  };
  const gRows = [padRow(["新兴县电商进农村工作月报报送情况（向云浮市商务局）"], 13), padRow(["格内为报送日期（月.日）；带“＊”的当月附电商扶贫统计表；空白为当月未报"], 13),
    ["年份"].concat([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => `${m}月`))];
  const gRecs = [];
  for (const y of [2020, 2021]) {
    const row = [`${y}年`];
    for (let m = 1; m <= 12; m++) {
      const k = `${y}-${String(m).padStart(2, "0")}`;
      const v = R[k] || null;
      row.push(v);
      if (v) {
        const dd = Number(v.replace("＊", "").split(".")[1]);
        gRecs.push({ date: `${k}-${String(dd).padStart(2, "0")}`, poverty: v.endsWith("＊") });
      }
    }
    if (y === 2020) for (let m = 1; m <= 5; m++) row[m] = "—";
    gRows.push(row);
  }
  gRows.push(padRow(["注：2020年1—5月示范创建尚未启动；2021年3月因系统升级漏报。"], 13));
  assert(inWindowMonths(gRecs.map((r) => r.date)) === 11, "l2 report months");
  return {
    description:
      "云浮新兴县商务局的三张表：①《宣传报道》级别和形式都做成勾选列——两行表头，“级别”合并在国家级｜省级｜市级｜县级四列之上，“形式”合并在电视｜报纸｜网络｜新媒体之上，每条在其中各打一个“✓”；县融媒体中心一条是“新媒体”不是电视，另一条是电视。②《专项资金明细账》是财务股用友导出的科目明细账：“2020年”合并在月｜日两列上，每年一段各有表头，借方是支出，每月后有“本月合计”、“本年累计”行，2020年12月31日有一笔贷方“年末结转本年项目支出”（不是拨付），2021年开头“上年结转”余额0；有一笔金额带角分（164,250.50）。③《月报报送》是年×月的网格：两行（2020年、2021年）十二列，格里写“月.日”，带“＊”的附扶贫统计（不带的就是没附），2020年1—5月是“—”，2021年3月空白（漏报），2021年9—12月空着。",
    sheets: [
      { name: "宣传报道", rows: mRows, merges: mM },
      { name: "专项资金明细账", rows: fRows, merges: fM },
      { name: "月报报送", rows: gRows, merges: ["A1:M1", "A2:M2", `A${gRows.length}:M${gRows.length}`] },
    ],
    expect: {
      sheets: {
        "宣传报道": { kind: "media", records: mRecs },
        "专项资金明细账": { kind: "funds", records: fRecs },
        "月报报送": { kind: "reports", records: gRecs },
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
write("counties", "b241-c1-luhe.json", c1);
write("facts", "b241-f1-heping.json", f1);
write("facts", "b241-f2-huidong.json", f2);
write("facts", "b241-f3-fengkai.json", f3);
write("ledgers", "b241-l1-longmen.json", l1);
write("ledgers", "b241-l2-xinxing.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
