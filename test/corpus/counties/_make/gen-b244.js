// Batch 244 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b238.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (244244), no clock. Run: node test/corpus/counties/_make/gen-b244.js
// Theme of the batch: mobile / mini-program exports and chat-group 接龙 lists pasted into cells (emoji, @names, times) — c1, f1, l1.
//
// c1 雷州市 (湛江): the facts sheet is a “湛江商务通” mini-program export — 模块｜题目｜填报内容｜填报人｜最后修改, module names with
//    emoji merged down, @names as fillers, yes/no as “✅ 是”/“❌ 否（…）”, units inside the question, a ⭐ 自评得分 module (claimed).
//    The month-report ledger is a WeChat-Work chat export (时间｜发送人｜内容) with “收到👌” replies and a city notice; February merged
//    into March (11 of 12 months). Edges: 470 行政村 → base 200, exactly 140 covered (70%); poor 48/60 (80%); person-times exactly
//    0.8% of the capped 500,000; poor training exactly 40% (facts only); centre opened 2021-02-28 (exactly six months); exactly 20
//    firms (one entered 8-31 counted, one 9-01 not, one left 8-30); disbursed exactly 70% with a payment on 8-31; provincial TV case
//    on 8-31; the only experience material on 9-01; rural retail growth exactly 30%; one village “✗” for express.
// f1 信宜市 (茂名): a WeChat work-group chat pasted into column A; the departments used WeChat's own “#接龙”, so every message repeats
//    the whole list; two entries change on the way (population 91.3万 → 91.32万, disbursed 398.2万 → 413.6万); the last 接龙 rules.
// f2 封开县 (肇庆): a 月度监测表 with three snapshot columns (截至6月30日｜7月31日｜8月31日) plus an “8月比7月” delta column; the
//    note says the 8-31 column is the one for the evaluation; a fixed 基本情况 block of 项目｜内容 pairs; deputy leads; no policy.
// f3 南澳县 (汕头): the city's one-row-per-county summary cut into five stacked bands (header row + value row each) to fit the page.
// l1 英德市 (清远): ① station 挂牌接龙 (one line per station, mixed date styles, one line with two villages, 8-31 / 9-01);
//    ② three 签到接龙 blocks (year from the poster line, a 请假 line is no sign-in, lower-case x); ③ forwarded report links with
//    date/level/form filled in by the clerk, a “👍👍👍” reply in between.
// l2 潮安区 (潮州): ① poor villages laid out across columns by town (wrapped rows); ② poor households one per row with member
//    groups 成员一／二／三 side by side under a two-row header; ③ project rows (contract sums) with “└ 第n次付款” sub-rows as the
//    disbursements; ④ a 说明 sheet that is not a ledger.
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
let seed = 244244;
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
    assert(/^b244-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b244-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b244-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 湛江市雷州市: 小程序“考评填报”导出（模块｜题目｜填报内容｜@填报人｜最后修改）＋ 9 个台账（月报为企业微信聊天记录）
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const TOWNS = ["雷城街道", "新城街道", "西湖街道", "附城镇", "白沙镇", "沈塘镇", "客路镇", "杨家镇", "唐家镇", "企水镇", "纪家镇", "松竹镇",
    "南兴镇", "雷高镇", "东里镇", "调风镇", "龙门镇", "英利镇", "北和镇", "乌石镇", "覃斗镇"];
  const NV = [4, 6, 5, 22, 24, 21, 33, 23, 27, 19, 28, 20, 30, 22, 24, 26, 31, 23, 25, 29, 28];
  const NC = [5, 5, 5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0];
  assert(sum(NV) === 470 && sum(NC) === 30, "c1 village counts " + sum(NV) + "/" + sum(NC));
  const vn = villageNamer("东西南北上下新旧大小龙凤田塘港坡岭井山林石沙湖洋垌埚仔尾溪桥", "头尾岭塘坡田港园湾仔洋垌埚山寮坑墩岗围井城边沟埠桥楼湖");
  const cmn = nameMaker("雷城新兴文", "华安宁平和康乐", "社区", []);
  const vil = [];
  TOWNS.forEach((t, ti) => {
    for (let i = 0; i < NV[ti]; i++) vil.push({ town: t, name: vn(), admin: true, poor: false });
    for (let i = 0; i < NC[ti]; i++) vil.push({ town: t, name: cmn(), admin: false });
  });
  const adminV = vil.filter((v) => v.admin);
  const comms = vil.filter((v) => !v.admin);
  noStemClash(adminV.map((v) => v.name), comms.map((v) => v.name), "c1");
  const rural = adminV.filter((v) => !/街道/.test(v.town));
  const poorList = shuffle(rural).slice(0, 60);
  for (const v of poorList) v.poor = true;
  const noExpress = shuffle(rural.filter((v) => !v.poor))[0];

  // ---------------- 村（居）委会名单: 快递 ✓／✗, 贫困村 是／否
  const vRows = [padRow(["雷州市村（居）民委员会名单"], 7), ["序号", "镇（街道）", "村（居）委会", "类型", "省定贫困村", "快递进村", "备注"]];
  const vRecs = [];
  vil.forEach((v, i) => {
    const ex = v !== noExpress;
    if (v.admin) vRows.push([i + 1, v.town, i % 2 ? v.name + "委会" : v.name, "行政村", v.poor ? "是" : "否", ex ? "✓" : "✗", ex ? null : "快递只到镇圩，村民自取"]);
    else vRows.push([i + 1, v.town, v.name + "居委会", "社区", "否", "✓", null]);
    vRecs.push(v.admin ? { name: v.name, admin: true, poor: v.poor, express: ex } : { name: v.name, admin: false, poor: false, express: true });
  });
  vRows.push(padRow([`合计：行政村${adminV.length}个，社区${comms.length}个。`], 7));

  // ---------------- 站点: 140 行政村 (exactly 70% of the capped base 200), poor 48/60 = 80%
  const poorCov = poorList.slice(0, 48);
  const poorUncov = poorList.slice(48);
  const nonPoorCov = shuffle(rural.filter((v) => !v.poor && v !== noExpress)).slice(0, 92);
  const st = [];
  for (const v of poorCov) st.push({ v, opened: randIsoBetween("2020-05-01", "2021-08-20") });
  for (const v of nonPoorCov) st.push({ v, opened: randIsoBetween("2020-05-01", "2021-08-20") });
  st[3].opened = "2021-08-31"; // a poor village's station opened on the cut-off: counted
  st[60].opened = "2021-08-31";
  st.push({ v: nonPoorCov[7], opened: "2021-04-16", second: true });
  st.push({ v: poorUncov[0], opened: "2021-09-01" }); // a day late: not counted
  st.push({ v: comms[2], opened: "2020-12-09", comm: true });
  st.push({ farm: "东方红农场", town: "客路镇", opened: "2021-03-18" }); // not a village of the list
  const covered = new Set(st.filter((s) => s.v && !s.comm && s.opened <= CUT).map((s) => s.v.name));
  const poorCovered = poorList.filter((v) => covered.has(v.name)).length;
  assert(covered.size === 140 && poorCovered === 48, "c1 covered " + covered.size + "/" + poorCovered);
  assert(covered.size * 100 === 70 * 200 && poorCovered * 100 === 80 * 60, "c1 coverage on the edges");
  const sOrder = st.slice().sort((a, b) => cmp(TOWNS.indexOf(a.v ? a.v.town : a.town), TOWNS.indexOf(b.v ? b.v.town : b.town)) || cmp(a.opened, b.opened));
  const sRows = [padRow(["雷州市村级电子商务服务站点清单"], 8), padRow(["（截至2021年9月上旬）"], 8), ["序号", "镇（街道）", "站点名称", "所在村", "负责人", "联系电话", "建成时间", "服务内容"]];
  const sRecs = [];
  sOrder.forEach((s, i) => {
    const town = s.v ? s.v.town : s.town;
    const vname = s.farm ? s.farm : s.comm ? s.v.name : i % 3 === 2 ? s.v.name.replace(/村$/, "村委会") : s.v.name;
    const nm = s.farm ? "东方红农场电商服务站" : s.v.name.replace(/村$|社区$/, "") + (s.comm ? "社区电商服务点" : "村电商服务站") + (s.second ? "（二站）" : "");
    const op = s.opened === "2021-08-31" || s.opened === "2021-09-01" ? dotDate(s.opened) : dateCell(s.opened, i);
    sRows.push([i + 1, town, nm, vname, personName(), mask(phone()), op, ["代购代销", "代购代销、代收代缴", "代购代销、快递收发", "农产品上行、代缴"][i % 4]]);
    sRecs.push({ village: s.farm ? s.farm : s.v.name, opened: s.opened });
  });

  // ---------------- 培训 (session rows, 人次): exactly 4,000 (0.8% of the capped base 500,000)
  const TOP = ["电商基础知识", "网店开设与运营", "雷州菠萝网络营销", "短视频拍摄", "直播带货", "农产品包装与品牌", "电商客服", "跨境电商入门"];
  const sess = [];
  let d = "2020-06-12";
  for (let i = 0; i < 25; i++) {
    sess.push({ date: d, n: rint(130, 160), topic: TOP[i % TOP.length], place: TOWNS[(i * 5) % TOWNS.length] });
    d = isoAdd(d, rint(13, 16));
  }
  assert(sess[24].date < "2021-08-20", "c1 sessions end " + sess[24].date);
  sess.push({ date: "2021-08-31", n: 0, topic: "电商扶贫专题", place: "乌石镇" });
  const cur = sum(sess.map((s) => s.n));
  sess[25].n = 4000 - cur;
  assert(sess[25].n >= 100 && sess[25].n <= 500, "c1 last session " + sess[25].n);
  sess.push({ date: "2021-09-01", n: 156, topic: "电商创业孵化", place: "雷城街道" });
  const pt = sum(sess.filter((s) => s.date <= CUT).map((s) => s.n));
  assert(pt === 4000 && pt * 1000 === 8 * 500000, "c1 person-times exactly 0.8%");
  const tRows = [padRow(["雷州市农村电商培训台账（按期登记）"], 6), ["期次", "培训日期", "培训内容", "培训地点", "参训人次", "备注"]];
  const tRecs = [];
  sess.forEach((s, i) => {
    const dc = s.date >= "2021-08-31" ? dotDate(s.date) : [D(s.date), cnDate(s.date), dotDate(s.date)][i % 3];
    tRows.push([`第${i + 1}期`, dc, s.topic, s.place + (/街道/.test(s.place) ? "" : "政府会议室"), s.n, s.date === "2021-09-01" ? "开学典礼当天" : null]);
    tRecs.push({ date: s.date, personTimes: s.n });
  });
  tRows.push(["合计", null, null, null, sum(sess.map((s) => s.n)), null]);

  // ---------------- 入驻企业 (20 at the cut-off)
  const fnm = nameMaker("雷南海粤湛乌覃英", "丰达华盛兴源信润", "", []);
  const TY = ["平台型", "销售型", "销售型", "销售型", "网店", "网店", "销售型", "运营服务商", "代运营", "物流", "快递", "销售型", "销售型", "平台型", "销售型", "网店",
    "运营服务商", "销售型", "销售型", "物流", "销售型", "销售型"];
  const firms = TY.map((t) => ({ name: `雷州市${fnm()}${/物流|快递/.test(t) ? "物流" : "电子商务"}有限公司`, type: t, code: creditCode("440882"),
    entered: randIsoBetween("2020-06-01", "2021-08-15"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[20].entered = "2021-08-31";
  firms[21].entered = "2021-09-01";
  firms[6].left = "2021-08-30";
  const inPark = firms.filter((f) => f.entered <= CUT && !(f.left && f.left < CUT));
  assert(inPark.length === 20, "c1 park " + inPark.length);
  const norm = (t) => (/平台/.test(t) ? "平台" : /销售|零售|网店/.test(t) ? "销售" : /运营|服务商/.test(t) ? "运营" : /物流|快递|仓储/.test(t) ? "物流" : t);
  assert(new Set(inPark.map((f) => norm(f.type))).size === 4, "c1 park types");
  const eRows = [padRow(["雷州市电子商务产业园入驻企业清单"], 7), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注"]];
  firms.forEach((f, i) => eRows.push([i + 1, f.name, f.code, f.type, f.entered >= "2021-08-31" ? cnDate(f.entered) : dateCell(f.entered, i + 2), f.left ? cnDate(f.left) : null,
    f.left ? "合同到期退园" : null]));
  const eRecs = firms.map((f) => ({ name: f.name, type: f.type, entered: f.entered, left: f.left }));

  // ---------------- 资金 (元): exactly 70% by the cut-off
  const pays = [["2020-07-09", 1200000, "县级电子商务公共服务中心建设"], ["2020-10-22", 426000, "村级服务站点建设（第一批）"], ["2020-12-30", 318500, "电商培训（第一批）"],
    ["2021-03-25", 512300, "县镇村三级物流配送体系"], ["2021-05-28", 289700, "村级服务站点建设（第二批）"], ["2021-07-15", 356800, "农产品品牌培育"],
    ["2021-08-31", 0, "电商培训（第二批）"], ["2021-09-01", 468000, "农产品溯源系统"]];
  pays[6][1] = 3500000 - sum(pays.slice(0, 6).map((p) => p[1]));
  assert(pays[6][1] > 100000 && pays[6][1] < 800000, "c1 last pay " + pays[6][1]);
  const spent = sum(pays.filter((p) => p[0] <= CUT).map((p) => p[1]));
  assert(spent * 100 === 70 * 5000000, "c1 spent exactly 70%");
  const fRows = [padRow(["雷州市电子商务进农村综合示范专项资金拨付台账"], 6), padRow(["单位：元"], 6), ["序号", "拨付日期", "项目", "拨付金额", "凭证号", "备注"]];
  pays.forEach((p, i) => fRows.push([i + 1, p[0] >= "2021-08-31" ? slashDate(p[0]) : dateCell(p[0], i), p[2], i % 2 ? fmtMoney(p[1]) : p[1], `雷商记${pad3(i + 11)}`, null]));
  fRows.push([null, "合计", null, sum(pays.map((p) => p[1])), null, null]);
  const fRecs = pays.map((p) => ({ date: p[0], amount: p[1] }));

  // ---------------- 月报: 企业微信聊天记录 (February merged into March; 11 of 12 months)
  const me = "吴海燕（雷州市商务局）";
  const city = "许××（湛江市商务局）";
  const chat = [padRow(["与“湛江市电商进农村月报群”的聊天记录（企业微信导出）"], 3), ["时间", "发送人", "内容"]];
  const rRecs = [];
  const months = ["2020-08"].concat(WINDOW.filter((m) => m !== "2021-02"));
  months.forEach((m, i) => {
    const [y, mo] = m.split("-").map(Number);
    let dd = m === "2021-08" ? "2021-08-31" : `${m}-${String(rint(25, 28)).padStart(2, "0")}`;
    const t = m === "2021-08" ? "23:48" : `${rint(15, 17)}:${String(rint(0, 59)).padStart(2, "0")}`;
    const pov = i % 3 === 1;
    const label = m === "2021-03" ? "2、3月（2月因春节合并到3月报）" : `${mo}月`;
    chat.push([`${dd} ${t}`, me, `@许×× 雷州市${label}电商进农村工作进展${pov ? "及电商扶贫统计表" : ""}已报，请查收🙏 [文件] 雷州市${y}年${mo}月电商进农村月报${pov ? "（含扶贫统计）" : ""}.docx`]);
    rRecs.push({ date: dd, poverty: pov ? true : null });
    if (i % 2 === 0) chat.push([`${isoAdd(dd, m === "2021-08" ? 1 : 0)} ${m === "2021-08" ? "08:31" : "17:" + String(rint(40, 59))}`, city, ["收到👌", "收到，谢谢", "[OK]"][i % 3]]);
    if (m === "2021-01") chat.push([`${isoAdd(dd, 2)} 10:05`, city, "@所有人 春节期间2月月报可与3月合并报送。"]);
  });
  assert(inWindowMonths(rRecs.map((r) => r.date)) === 11, "c1 reports 11 months");

  // ---------------- 专栏更新 (12 months; August only on the 31st)
  const uRows = [padRow(["雷州市人民政府网“电子商务进农村综合示范”专栏更新记录"], 5), ["序号", "发布日期", "标题", "栏目", "链接"]];
  const uRecs = [];
  WINDOW.forEach((m, i) => {
    const dd = m === "2021-08" ? "2021-08-31" : `${m}-${String(rint(5, 26)).padStart(2, "0")}`;
    uRows.push([i + 1, dd, `雷州市电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`, "项目进度", `http://www.leizhou.gov.cn/zwgk/dsjnc/content/post_${1300000 + i * 731}.html`]);
    uRecs.push({ date: dd });
  });

  // ---------------- 宣传 / 经验材料
  const MD = [["2020-10-16", "雷州市融媒体中心", "县级", "网络", "雷州：电商服务站开进村", "county", false, "否"],
    ["2021-03-23", "湛江日报", "市级", "报纸", "雷州菠萝“触网”卖全国", "city", false, "否"],
    ["2021-08-31", "广东广播电视台珠江频道", "省级", "电视", "雷州：电商扶贫让菠萝村脱贫增收", "province", true, "是"],
    ["2021-09-01", "南方日报", "省级", "报纸", "雷州电商进农村示范创建见成效", "province", false, "否"]];
  const mRows = [padRow(["雷州市电子商务进农村宣传报道清单"], 7), ["序号", "日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"]];
  MD.forEach((m, i) => mRows.push([i + 1, dotDate(m[0]), m[1], m[2], m[3], m[4], m[7]]));
  const mRecs = MD.map((m) => ({ date: m[0], level: m[5], tv: m[6] }));
  const matRows = [padRow(["经验材料报送记录"], 4), ["序号", "报送日期", "材料名称", "报送单位"], [1, "2021年9月1日", "雷州市“电商＋菠萝”产业带动脱贫经验", "雷州市商务局"]];

  // ---------------- 小程序“考评填报”导出 (facts)
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": 15, "work.coverage": 10, "work.upward": 8, "work.training": 18,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
    "bonus.poorTraining": 0, "bonus.tvCase": 1,
  };
  const W = 5;
  const xr = [padRow(["📱 雷州市电子商务进农村综合示范考评填报（“湛江商务通”小程序导出）"], W),
    padRow(["导出人：@吴海燕（市商务局电商股）　导出时间：2021/9/3 10:22　共6个模块"], W),
    ["模块", "题目", "填报内容", "填报人", "最后修改"]];
  const xM = ["A1:E1", "A2:E2"];
  const mod = (title, items) => {
    const r0 = xr.length + 1;
    items.forEach((it, k) => xr.push([k === 0 ? title : null, it[0], it[1], it[2], it[3]]));
    mergeCol(xM, "A", r0, xr.length);
  };
  const WU = "@吴海燕", CZ = "@市统计局·陈志强", LF = "@市财政局·林芳", HJ = "@电商中心·黄家俊", MZ = "@市民政局·莫秀英", XC = "@市乡村振兴局·谢振辉";
  mod("📌 一、基本情况", [
    ["县（市、区）", "雷州市", WU, "8月26日 09:12"],
    ["考评截止日期", "2021-08-31", WU, "8月26日 09:12"],
    ["常住人口（万人）", "142.73", CZ, "8月27日 16:05"],
    ["行政村数（个，不含社区）", "470", MZ, "8月27日 11:40"],
    ["省定贫困村数（个）", "60", XC, "8月27日 15:18"],
    ["领导小组组长", "市委副书记、市长", WU, "8月26日 09:15"],
    ["领导小组成员单位", "市商务局、市财政局、市农业农村局、市乡村振兴局、市供销社、市邮政分公司", WU, "8月26日 09:15"],
  ]);
  mod("🏛 二、组织与政策", [
    ["示范创建工作方案已正式印发", "✅ 是（雷府办〔2020〕21号）", WU, "8月26日 09:20"],
    ["方案制定自评（1—2分）", "2", WU, "8月30日 17:46"],
    ["已出台支持农村电商发展的政策", "✅ 是", WU, "8月26日 09:20"],
    ["政策支持自评（1—2分）", "1", WU, "8月30日 17:46"],
    ["项目管理制度自评（1—2分）", "2", WU, "8月30日 17:46"],
    ["工作台账自评（1—2分）", "1", WU, "8月30日 17:46"],
  ]);
  mod("🏪 三、服务体系与上行", [
    ["县级电商公共服务中心投入运营日期", "2021年2月28日 星期日", HJ, "8月28日 10:02"],
    ["有免费培训场所、培训设备", "✅ 是", HJ, "8月28日 10:02"],
    ["为特色农产品提供免费展示、销售", "✅ 是", HJ, "8月28日 10:02"],
    ["为电商主体提供免费摄影、美工", "❌ 否（外包，按次收费）", HJ, "8月28日 10:03"],
    ["组织农产品统一推广、品牌建设指导", "✅ 是", HJ, "8月28日 10:03"],
    ["提供其他衍生增值服务", "✅ 是（金融对接）", HJ, "8月28日 10:03"],
    ["建设或整合电商产业园", "✅ 是", WU, "8月26日 09:31"],
    ["有专业第三方电商运营或服务商", "✅ 是", WU, "8月26日 09:31"],
    ["行政村物流快递覆盖率100%", "✅ 是", WU, "8月26日 09:31"],
    ["2019年农村网络零售额（亿元）", "18.6", WU, "8月29日 20:14"],
    ["2020年农村网络零售额（亿元）", "24.18", WU, "8月29日 20:14"],
    ["网销调研自评（1—2分）", "1", WU, "8月30日 17:47"],
    ["网络促销活动自评（1—2分）", "2", WU, "8月30日 17:47"],
    ["交易标准与冷链溯源自评（1—2分）", "1", WU, "8月30日 17:47"],
  ]);
  mod("👩‍🌾 四、培训与扶贫", [
    ["有劳动能力的建档立卡贫困人口（不含外出务工，人）", "5210", XC, "8月31日 11:26"],
    ["参加培训的建档立卡贫困人口（人）", "2084", XC, "8月31日 11:26"],
    ["能统计电商扶贫情况", "✅ 是", XC, "8月31日 11:27"],
  ]);
  mod("📢 五、信息公开", [
    ["专栏公示创建方案", "✅ 是", WU, "8月26日 09:40"],
    ["专栏公示项目基本信息", "✅ 是", WU, "8月26日 09:40"],
    ["专栏公示项目建设进度", "✅ 是", WU, "8月26日 09:40"],
    ["设立征求意见或监督举报窗口", "❌ 否（计划9月上线）", WU, "8月26日 09:41"],
  ]);
  mod("💰 六、资金与否决项", [
    ["下达省级专项资金（万元）", "500", LF, "8月31日 18:02"],
    ["累计拨付（万元）", "350", LF, "9月1日 08:47"],
    ["已制定资金管理制度", "✅ 是", LF, "8月31日 18:02"],
    ["承建方已建立资金专用台账", "✅ 是", LF, "8月31日 18:02"],
    ["资金管理制度自评（1—5分）", "4", LF, "8月31日 18:03"],
    ["资金台账自评（1—5分）", "4", LF, "8月31日 18:03"],
    ["资金及时拨付自评（1—5分）", "3", LF, "9月1日 08:47"],
    ["项目总体进度（%）", "76", WU, "8月31日 17:20"],
    ["发生安全生产、质量事故或重大损失", "❌ 否", WU, "8月26日 09:50"],
    ["存在弄虚作假", "❌ 否", WU, "8月26日 09:50"],
  ]);
  const NAMES = [["org.leadership", "组织领导"], ["org.plan", "方案制定"], ["org.policy", "政策支持"], ["org.management", "项目管理"],
    ["work.center", "服务体系建设（县级中心与产业园）"], ["work.coverage", "服务体系建设（村级站点）"], ["work.upward", "农村产品上行"], ["work.training", "电商人才培训"],
    ["info.disclosure", "信息公开"], ["info.reporting", "数据上报"], ["promo.cases", "案例总结"], ["promo.media", "经验推广"], ["fund.system", "制度建立"],
    ["fund.ledger", "资金台账"], ["fund.spending", "资金支出"], ["bonus.poorTraining", "加分：贫困人口培训率≥70%"], ["bonus.tvCase", "加分：电商扶贫典型案例电视播报"]];
  const MAXP = Object.fromEntries(SCORED.concat(BONUS));
  mod("⭐ 七、自评得分", NAMES.map(([id, nm]) => [`${nm}（满分${MAXP[id]}）`, `${claimed[id]}分`, WU, "9月2日 16:38"]));
  const sumClaim = sum(SCORED.map(([id]) => claimed[id]));
  assert(sumClaim === 90, "c1 claim " + sumClaim);
  xr.push([null, "自评合计", `${sumClaim}＋1分`, WU, "9月2日 16:38"]);
  xr.push(padRow(["提示：本表由小程序自动生成，“✅/❌”为填报人在手机端勾选结果。"], W));
  xM.push(`A${xr.length}:E${xr.length}`);
  for (const r of xr) assert(r.length === W, "c1 width");

  // ---------------- points
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": 2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + 2 + 1,
    "work.coverage": 5 + 3, "work.upward": 1 + 2 + 1 + 0 + 1 + 2, "work.training": 8 + 8, "info.disclosure": 0 + 2, "info.reporting": 1 + 3, "promo.cases": 0,
    "promo.media": 4 + 3 + 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3, "bonus.poorTraining": 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert((2418000000 - 1860000000) * 100 === 30 * 1860000000, "c1 growth exactly 30%");
  assert(2084 * 100 === 40 * 5210, "c1 poor exactly 40%");
  assert("2021-02-28" <= "2021-02-28", "c1 six months");
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 78 && bonus === 1, "c1 scored " + scored);
  const derivation = [
    "org.leadership: 组长“市委副书记、市长”（主要领导），成员有市商务、财政、农业农村、乡村振兴局 → 2",
    "org.plan: 方案已印发，自评2 → 2",
    "org.policy: 政策已出台，自评1 → 1",
    "org.management: 项目管理制度2＋工作台账1 → 3",
    "work.center: 中心2021年2月28日投入运营 → 建成2；正好在2021-02-28（截止日前6个月）当天 → 满6个月2；免费培训2、展示销售1；摄影美工“❌否” → 0；品牌1、其他增值1；产业园2；《入驻企业》22家：2021年8月31日入驻的算、9月1日入驻的不算、8月30日退园的不算 → 在园正好20家 → 2；类型平台／销售（含网店）／运营／物流 ≥ 3 → 1；合计14（自评15）",
    `work.coverage: 《村居名单》行政村${adminV.length}个（社区${comms.length}个不算），超过200个按200计；《站点清单》截止日前有站的行政村${covered.size}个（同村二站算一次，社区服务点、东方红农场站不算，8月31日建成的两站算，9月1日建成的不算） → 140/200 = 70.0% ≥ 70% → 5（按470个算只有29.8%）；省定贫困村60个中有站48个 → 80.0%，在80%—100%档 → 3；合计8（自评10）`,
    "work.upward: 调研1、促销2、第三方1；《村居名单》有“快递进村”列，一个行政村标“✗” → 0（填报表说“✅是”，列为准，提示）；溯源1；农村网零18.6亿→24.18亿，增速正好30.0% ≥ 30% → 2；合计7（自评8）",
    `work.training: 常住人口142.73万超过50万，按50万计，1% = 5,000人次；《培训台账》截止日前${sess.filter((s) => s.date <= CUT).length}期合计4,000人次（含8月31日一期，9月1日一期和合计行不算） → 0.80%，在0.8%—1%档 → 8；无贫困人口名单，用填报数：2084/5210 = 40.0%，在40%—50%档 → 8；合计16（自评18）`,
    "info.disclosure: 方案、项目信息、进度已公示，但征求意见／监督举报窗口“❌否” → 内容不全 0；《专栏更新》2020年9月—2021年8月每月都有（8月只有31日一条，也算） → 2；合计2（自评4）",
    "info.reporting: 《月报聊天记录》我方发出的月报：2020年8月那条在近一年之外；2021年2月无（与3月合并到3月底才报），近12个月只有11个月有 → 不定时 1；多条注明含扶贫统计表，填报也说能统计 → 3；合计4（自评6）",
    "promo.cases: 唯一一份经验材料2021年9月1日报送，晚于截止日 → 0（自评2）",
    "promo.media: 截止日前有县级（雷州市融媒体中心）1、市级（湛江日报）3、省级（广东台珠江频道，2021.8.31）4 → 8；南方日报2021.9.1不算",
    "fund.system: 自评4 → 4",
    "fund.ledger: 自评4 → 4",
    `fund.spending: 《资金台账》截止日前7笔合计${fmtMoney(spent)}元（含2021/8/31一笔；2021/9/1一笔和合计行不算）/ 5,000,000 = 70.0% ≥ 70% → 及时拨付自评3 → 3`,
    "bonus.poorTraining: 2084/5210 = 40% < 70% → 0",
    "bonus.tvCase: 电商扶贫典型案例2021年8月31日在广东广播电视台珠江频道（省级电视）播出 → 1",
    "veto.incident: 填报“❌否” → 不否决",
    "veto.progress: 总体进度76% ≥ 40% → 不否决",
    "veto.fraud: 填报“❌否” → 不否决",
  ];
  return {
    description:
      `湛江雷州市商务局整本考评工作簿（10个表），${scored}＋加分${bonus}＝${scored + bonus}分、未否决（自评${sumClaim}＋1）：事实表是“湛江商务通”小程序的《考评填报》导出——模块｜题目｜填报内容｜填报人｜最后修改，模块名带表情（📌🏛🏪👩‍🌾📢💰⭐）纵向合并，填报人是“@市财政局·林芳”这类@名，是否题是手机端勾选的“✅ 是”“❌ 否（计划9月上线）”，单位写在题目括号里，自评得分模块“2分”（claimed）；月报台账是与湛江市局月报群的企业微信聊天记录（时间｜发送人｜内容，夹着“收到👌”回复和市局通知，2月与3月合并报送，只有11个月）；多处卡在边上：行政村470个按200计、覆盖正好140个＝70%，贫困村48/60＝80%，培训人次按50万计正好0.8%，贫困人口培训率正好40%，中心2021年2月28日运营正好满6个月，在园企业正好20家（8月31日入驻算、9月1日不算），拨付正好70%（含8月31日一笔），经验材料9月1日才报。`,
    sheets: [
      { name: "小程序填报导出", rows: xr, merges: xM },
      { name: "村居名单", rows: vRows, merges: ["A1:G1", `A${vRows.length}:G${vRows.length}`] },
      { name: "站点清单", rows: sRows, merges: ["A1:H1", "A2:H2"] },
      { name: "培训台账", rows: tRows, merges: ["A1:F1"] },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金台账", rows: fRows, merges: ["A1:F1", "A2:F2"] },
      { name: "月报聊天记录", rows: chat, merges: ["A1:C1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:E1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 茂名市信宜市: 微信群“#接龙”逐条累积（每人接龙都把整条重发一遍），聊天记录整段贴进A列；以最后一条接龙为准
// =====================================================================================================
function buildF1() {
  const L = {
    lead: "商务局 领导小组：组长 市委副书记、市长；成员 商务局、财政局、农业农村局、乡村振兴局、交通运输局、邮政分公司",
    pop0: "统计局 常住人口 91.3万人",
    pop: "统计局 常住人口 91.32万人（七普，更正）",
    vil: "民政局 行政村 375个（另有社区41个，不算）",
    poor: "乡村振兴局 省定贫困村 37个；有劳动能力建档立卡贫困人口（不含外出务工）6815人，参加过电商培训的 3750人 👍",
    fund0: "财政局 下达省级资金500万元，已拨付398.2万元",
    fund: "财政局 下达省级资金500万元，已拨付413.6万元💰 资金管理办法✅已印发 专用台账✅已建立",
    doc: "商务局 示范创建工作方案✅已印发（信府办〔2020〕15号）；电商扶持政策✅已出台",
    center: "电商中心 2020年11月6日投入运营；免费培训场地设备✅ 免费展示销售✅ 免费摄影美工✅ 品牌推广指导✅ 其他增值服务❌",
    train: "电商中心 累计培训 9420人次",
    express: "邮政管理局 行政村快递覆盖率100%✅",
    retail: "商务局 农产品网络零售额 2019年3.15亿元，2020年4.27亿元，增长35.6%🔥",
    park: "商务局 电商产业园✅（信宜电商产业园） 第三方运营服务商✅",
    web: "政数局 政府网站专栏：创建方案✅ 项目信息✅ 建设进度✅ 监督举报窗口✅（12345转办）",
    povst: "乡村振兴局 电商扶贫情况能统计✅（每月报）",
    prog: "商务局 项目总体进度 83%",
    veto: "商务局 安全生产、质量事故：无；弄虚作假：无",
    self: "商务局 主观项自评：方案制定2分｜政策支持2分｜项目管理制度2分｜工作台账1分｜网销调研1分｜网络促销2分｜交易标准与冷链溯源1分",
    fself: "财政局 资金管理制度4分｜资金台账4分｜及时拨付4分",
  };
  const rows = [["信宜市电子商务进农村综合示范考评数据工作群　聊天记录（复制）"], [null]];
  const msg = (who, when, lines) => {
    rows.push([`${who}　${when}`]);
    for (const l of lines) rows.push([l]);
    rows.push([null]);
  };
  msg("梁××（市商务局）", "2021/9/1 15:30", ["@所有人 各单位今天下班前把考评数据接龙报上来，数据统一截至2021年8月31日，格式：单位＋数据项＋数值，谢谢🙏"]);
  const head = ["#接龙", "信宜市电商进农村考评基础数据（各单位接龙）", "例 单位 数据项 数值", null];
  const seq = [
    ["陈××（市统计局）", "2021/9/1 15:42", ["lead", "pop0"]],
    ["林××（市财政局）", "2021/9/1 16:10", ["lead", "pop0", "fund0"]],
    ["莫××（市民政局）", "2021/9/1 16:25", ["lead", "pop0", "fund0", "vil"]],
    ["谢××（市乡村振兴局）", "2021/9/1 16:51", ["lead", "pop0", "fund0", "vil", "poor", "povst"]],
    ["黄××（电商中心）", "2021/9/1 17:03", ["lead", "pop0", "fund0", "vil", "poor", "povst", "center", "train"]],
    ["陈××（市统计局）", "2021/9/1 17:20", ["lead", "pop", "fund0", "vil", "poor", "povst", "center", "train"]],
    ["何××（市邮政管理局）", "2021/9/1 17:36", ["lead", "pop", "fund0", "vil", "poor", "povst", "center", "train", "express"]],
    ["罗××（市政数局）", "2021/9/1 18:02", ["lead", "pop", "fund0", "vil", "poor", "povst", "center", "train", "express", "web"]],
    ["林××（市财政局）", "2021/9/2 08:47", ["lead", "pop", "fund", "vil", "poor", "povst", "center", "train", "express", "web", "fself"]],
    ["梁××（市商务局）", "2021/9/2 09:14", ["lead", "pop", "fund", "vil", "poor", "povst", "center", "train", "express", "web", "fself", "doc", "retail", "park", "prog", "veto", "self"]],
  ];
  seq.forEach(([who, when, keys]) => msg(who, when, head.concat(keys.map((k, i) => `${i + 1}. ${L[k]}`))));
  msg("林××（市财政局）", "2021/9/2 09:20", ["[抱拳] 我第一次接的398.2万是7月底的数，以最新接龙为准"]);
  msg("梁××（市商务局）", "2021/9/2 09:26", ["收到👌 以这条接龙为准，我汇总上报。@陈×× 人口也按91.32万"]);
  assert(Math.abs(4.27 / 3.15 - 1.3556) < 0.0001, "f1 growth");
  for (const r of rows) assert(r.length === 1, "f1 width");
  return {
    description:
      "茂名信宜市商务局交来当事实表的，是“信宜市电子商务进农村综合示范考评数据工作群”微信聊天记录整段复制进A列：一行一句，“姓名（单位）　2021/9/1 15:42”一行后面跟消息正文；各单位用微信自带“#接龙”，每接一人都把整条接龙连同前面各条重发一遍，所以同一数据重复出现十次，中途统计局把常住人口从“91.3万”改成“91.32万（七普，更正）”、财政局把拨付从398.2万（7月底数）改成413.6万，最后一条（商务局9月2日9:14）最全，群里也说“以这条接龙为准”；每条是“序号. 单位 数据项 数值”，夹着✅❌、💰🔥👍和[抱拳]，中心服务五项在一条里逐项打勾，主观项自评用“｜”分隔写在一条里。",
    sheets: [{ name: "群接龙", rows }],
    expect: {
      facts: {
        county: "信宜市", asOf: "2021-08-31", residentPopulation: 913200, adminVillagesStated: 375, poorVillagesStated: 37, planIssued: true, policyIssued: true,
        centerOpened: "2020-11-06", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, agriRetail2019: 315000000, agriRetail2020: 427000000, agriRetailGrowthStated: 0.356,
        trainingPersonTimesStated: 9420, eligiblePoorPersonsStated: 6815, trainedPoorPersonsStated: 3750, disclosurePlan: true, disclosureProjects: true,
        disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 4136000,
        fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.83, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 肇庆市封开县: 月度监测表（截至6月30日｜截至7月31日｜截至8月31日 三列快照），上方“不随月变动”的基本情况
// =====================================================================================================
function buildF2() {
  const W = 7;
  const rows = [padRow(["封开县电子商务进农村综合示范创建月度监测表（2021年6—8月）"], W),
    padRow(["填报单位：封开县商务局（盖章）　　说明：考评截止日期为2021年8月31日，考评取“截至8月31日”一列；6月、7月两列为前两次报送数，供对比。"], W),
    padRow(["一、基本情况（不随月变动）"], W),
    ["项目", "内容", null, "项目", "内容", null, null]];
  const M = ["A1:G1", "A2:G2", "A3:G3", "B4:C4", "E4:G4"];
  const pairs = [
    ["常住人口", "39.62万人", "行政村", "177个（另社区18个）"],
    ["省定贫困村", "26个", "公共服务中心投入运营", "2020年12月18日"],
    ["领导小组组长", "副县长（分管商务）", "成员单位", "县商务局、县财政局、县农业农村局、县乡村振兴局、县供销社"],
    ["示范创建工作方案", "已印发（封府办〔2020〕9号）", "农村电商扶持政策", "未出台（起草中）"],
  ];
  for (const p of pairs) {
    rows.push([p[0], p[1], null, p[2], p[3], null, null]);
    M.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:G${rows.length}`);
  }
  rows.push(padRow([], W));
  rows.push(padRow(["二、月度数据"], W));
  M.push(`A${rows.length}:G${rows.length}`);
  rows.push(["指标", "单位", "截至6月30日", "截至7月31日", "截至8月31日", "8月比7月", "备注"]);
  const mon = [
    ["累计培训人次", "人次", 3012, 3355, 3968, "+613", null],
    ["有劳动能力建档立卡贫困人口（不含外出务工）", "人", 2140, 2140, 2136, "-4", "8月核减4人（死亡、迁出）"],
    ["已参加培训的建档立卡贫困人口", "人", 905, 1011, 1102, "+91", "按人数，不重复计"],
    ["已建村级电商服务站点", "个", 128, 131, 133, "+2", null],
    ["下达省级专项资金", "万元", 500, 500, 500, "—", null],
    ["累计拨付资金", "万元", 298.4, 331.75, 372.06, "+40.31", null],
    ["项目总体进度", "%", 68, 74, 81, "+7", null],
    ["行政村快递覆盖率", "%", 97.7, 98.9, 100, "+1.1", "8月底全覆盖"],
  ];
  for (const m of mon) rows.push(m);
  rows.push(padRow([], W));
  rows.push(padRow(["三、是否事项（√是　×否）"], W));
  M.push(`A${rows.length}:G${rows.length}`);
  rows.push(["事项", null, "截至6月30日", "截至7月31日", "截至8月31日", null, "备注"]);
  M.push(`A${rows.length}:B${rows.length}`, `E${rows.length}:F${rows.length}`);
  const yn = [
    ["中心有免费培训场所、培训设备", "√", "√", "√", null],
    ["中心为特色农产品免费展示、销售", "√", "√", "√", null],
    ["中心免费摄影、美工", "×", "×", "√", "8月起由运营商提供"],
    ["中心组织农产品统一推广、品牌建设指导", "√", "√", "√", null],
    ["中心其他衍生增值服务", "×", "×", "×", null],
    ["建设或整合电商产业园", "√", "√", "√", "封开电商产业园"],
    ["有专业第三方电商运营或服务商", "√", "√", "√", null],
    ["专栏公示创建方案", "√", "√", "√", null],
    ["专栏公示项目基本信息", "√", "√", "√", null],
    ["专栏公示项目建设进度", "×", "√", "√", null],
    ["设立征求意见或监督举报窗口", "×", "×", "×", "待县政府网站改版"],
    ["能统计电商扶贫情况", "√", "√", "√", null],
    ["已制定资金管理制度", "√", "√", "√", null],
    ["承建方建立资金专用台账", "√", "√", "√", null],
    ["发生安全生产、质量事故或重大损失", "×", "×", "×", null],
    ["弄虚作假", "×", "×", "×", null],
  ];
  for (const y of yn) {
    rows.push([y[0], null, y[1], y[2], y[3], null, y[4]]);
    M.push(`A${rows.length}:B${rows.length}`, `E${rows.length}:F${rows.length}`);
  }
  rows.push(padRow([], W));
  rows.push(padRow(["四、网络零售额（年度）"], W));
  M.push(`A${rows.length}:G${rows.length}`);
  rows.push(["指标", "单位", "2019年", "2020年", "同比增速", null, "数据来源"]);
  rows.push(["农村网络零售额", "亿元", 12.45, 15.02, "20.6%", null, "省商务厅反馈"]);
  rows.push(["农产品网络零售额", "亿元", 3.86, 4.71, "22.0%", null, "省商务厅反馈"]);
  rows.push(padRow([], W));
  rows.push(padRow(["五、主观项自评（8月31日）"], W));
  M.push(`A${rows.length}:G${rows.length}`);
  rows.push(["评分项", "分值", "自评", "评分项", "分值", "自评", null]);
  const J = [["方案制定", "1-2", 2, "网销调研", "1-2", 1], ["政策支持", "1-2", "未出台，不自评", "网络促销活动", "1-2", 1], ["项目管理制度", "1-2", 1, "交易标准与冷链溯源", "1-2", 1],
    ["工作台账", "1-2", 2, "资金管理制度", "1-5", 3], ["资金台账", "1-5", 4, "资金及时拨付", "1-5", 3]];
  for (const j of J) rows.push(j.concat([null]));
  rows.push(padRow(["填报人：冯××　　审核：区××　　报送日期：2021年9月2日"], W));
  M.push(`A${rows.length}:G${rows.length}`);
  for (const r of rows) assert(r.length === W, "f2 width");
  assert(Math.abs(15.02 / 12.45 - 1.2064) < 0.0001 && Math.abs(4.71 / 3.86 - 1.2202) < 0.0001, "f2 growth");
  return {
    description:
      "肇庆封开县商务局每月报县政府的《月度监测表（2021年6—8月）》交来当事实表：上方“一、基本情况（不随月变动）”是项目｜内容两对并排（“39.62万人”“177个（另社区18个）”“2020年12月18日”），组长“副县长（分管商务）”，扶持政策“未出台（起草中）”；下面月度数据、是否事项（√／×）都是“截至6月30日｜截至7月31日｜截至8月31日”三列快照，说明行写明考评取8月31日一列（摄影美工6、7月“×”8月“√”，贫困人口8月核减为2136，快递覆盖8月才到100%），旁边“8月比7月”是增减不是数据；零售额按2019年｜2020年｜同比增速；主观项自评两组并排，政策支持写“未出台，不自评”。",
    sheets: [{ name: "月度监测", rows, merges: M }],
    expect: {
      facts: {
        county: "封开县", asOf: "2021-08-31", residentPopulation: 396200, adminVillagesStated: 177, poorVillagesStated: 26, planIssued: true, policyIssued: false,
        centerOpened: "2020-12-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 1245000000, ruralRetail2020: 1502000000, ruralRetailGrowthStated: 0.206,
        agriRetail2019: 386000000, agriRetail2020: 471000000, agriRetailGrowthStated: 0.22, trainingPersonTimesStated: 3968, eligiblePoorPersonsStated: 2136,
        trainedPoorPersonsStated: 1102, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false,
        povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3720600, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.81,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.management.system": 1, "org.management.ledger": 2, "work.upward.research": 1, "work.upward.promotion": 1,
        "work.upward.standards": 1, "fund.system": 3, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f3 — 汕头市南澳县: 市局“一县一行”汇总表只留本县一行，太宽打印不下，剪成五段上下叠放（每段一行表头＋一行数值）
// =====================================================================================================
function buildF3() {
  const W = 11;
  const bands = [
    [["常住人口（万人）", 6.51], ["行政村（个）", 35], ["省定贫困村（个）", 2], ["领导小组组长", "县委书记"],
      ["成员单位", "商务、财政、农业农村、乡村振兴、海洋与渔业等部门"], ["方案印发（是/否）", "是"], ["政策出台（是/否）", "是"], ["中心运营日期", "2021.3.2"],
      ["中心免费培训场所设备（√/×）", "√"]],
    [["免费展示销售（√/×）", "√"], ["免费摄影美工（√/×）", "√"], ["品牌推广指导（√/×）", "√"], ["其他增值服务（√/×）", "×"], ["产业园（√/×）", "√"],
      ["第三方运营服务商（√/×）", "√"], ["行政村快递覆盖率（%）", 100], ["2019年农村网络零售额（万元）", "27,550"], ["2020年农村网络零售额（万元）", "36,200"],
      ["农村网零同比增速（%）", 31.4]],
    [["累计培训人次", 712], ["有劳动能力贫困人口（不含外出务工）（人）", 318], ["已培训贫困人口（人）", 171], ["专栏公示方案（√/×）", "√"], ["公示项目信息（√/×）", "√"],
      ["公示建设进度（√/×）", "√"], ["征求意见／监督举报窗口（√/×）", "√"], ["能统计电商扶贫（√/×）", "√"], ["下达资金（万元）", 300], ["累计拨付（万元）", 226.5]],
    [["资金管理制度（√/×）", "√"], ["资金专用台账（√/×）", "√"], ["总体进度（%）", 85], ["安全生产质量事故（有/无）", "无"], ["弄虚作假（有/无）", "无"],
      ["自评：方案制定（1-2）", 2], ["自评：政策支持（1-2）", 1], ["自评：项目管理制度（1-2）", 2], ["自评：工作台账（1-2）", 1], ["自评：网销调研（1-2）", 1]],
    [["自评：网络促销（1-2）", 2], ["自评：交易标准冷链溯源（1-2）", 1], ["自评：资金管理制度（1-5）", 4], ["自评：资金台账（1-5）", 4], ["自评：资金及时拨付（1-5）", 3],
      ["自评总分", 83], ["填报人", "蔡××"], ["联系电话", "0754-86××××××"], ["填报日期", "2021年9月6日"]],
  ];
  const rows = [padRow(["汕头市电子商务进农村综合示范县考评数据汇总表（南澳县）"], W),
    padRow(["（原表一县一行，横向过宽，分五段打印；考评截止日期：2021年8月31日）"], W)];
  const M = ["A1:K1", "A2:K2"];
  const CN = ["一", "二", "三", "四", "五"];
  bands.forEach((b, i) => {
    rows.push(padRow([], W));
    rows.push(padRow([i === 0 ? "第一段" : `第${CN[i]}段（续）`], W));
    rows.push(padRow(["县（区）"].concat(b.map((x) => x[0])), W));
    rows.push(padRow(["南澳县"].concat(b.map((x) => x[1])), W));
  });
  rows.push(padRow([], W));
  rows.push(padRow(["注：五段首列均为“南澳县”，是同一行数据分段打印。"], W));
  M.push(`A${rows.length}:K${rows.length}`);
  for (const r of rows) assert(r.length === W, "f3 width");
  assert(Math.abs(36200 / 27550 - 1.314) < 0.0005, "f3 growth 31.4%");
  return {
    description:
      "汕头南澳县商务局交来的是市商务局“一县一行”的《考评数据汇总表》，只留南澳县那一行；原表横向四十多列打印不下，经办人剪成五段上下叠放：每段前一行“第二段（续）”，然后一行表头（“常住人口（万人）”“行政村快递覆盖率（%）”“自评：资金台账（1-5）”这类带单位或分值的列名），下一行是数值（首列写“南澳县”），第五段只有九项、末格空着；是否项用√／×、有／无，金额“27,550”万元文本、拨付226.5万元，组长“县委书记”，自评总分只有一个总数（不是逐项得分）。",
    sheets: [{ name: "汇总表（分段）", rows, merges: M }],
    expect: {
      facts: {
        county: "南澳县", asOf: "2021-08-31", residentPopulation: 65100, adminVillagesStated: 35, poorVillagesStated: 2, planIssued: true, policyIssued: true,
        centerOpened: "2021-03-02", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 275500000, ruralRetail2020: 362000000, ruralRetailGrowthStated: 0.314,
        trainingPersonTimesStated: 712, eligiblePoorPersonsStated: 318, trainedPoorPersonsStated: 171, disclosurePlan: true, disclosureProjects: true,
        disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 3000000, fundSpentStated: 2265000,
        fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.85, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// l1 — 清远市英德市: 站长群“挂牌接龙”、三期“签到接龙”、群里转发的报道链接（电商股补填日期／级别／形式）
// =====================================================================================================
function buildL1() {
  const REG = "441881";
  // ① 站点挂牌接龙 (A column, one 接龙 line per row; one line reports two stations)
  const TW = ["英城街道", "大站镇", "浛洸镇", "西牛镇", "九龙镇", "东华镇", "石灰铺镇", "望埠镇", "横石塘镇", "青塘镇", "白沙镇", "大湾镇", "石牯塘镇", "沙口镇", "连江口镇", "黄花镇", "桥头镇", "下太镇", "波罗镇", "横石水镇", "岩背镇", "水边镇", "黎溪镇"];
  const vn = villageNamer("大小新旧上下东西南北黄石岩坑龙凤", "湾塘坑坪田洞岭口寨背围冈");
  const emo = ["🏠", "✅", "🎉", "👏", "", "🏪"];
  const ent = [];
  for (let i = 0; i < 24; i++) ent.push({ town: TW[i % TW.length], v: vn(), opened: randIsoBetween("2020-06-01", "2021-08-25"), who: personName() });
  ent[5].opened = "2021-08-31";
  ent[17].opened = "2021-09-01";
  ent.sort((a, b) => cmp(a.opened, b.opened));
  const twin = { town: "石灰铺镇", vs: [vn(), vn()], opened: "2020-12-08", who: personName() };
  const sRows = [["英德市村级电商服务站挂牌情况接龙（复制自“英德电商站长群”，2021年9月3日）"], [null], ["黄××（英德市商务局）　2021/9/2 20:15"], ["#接龙"],
    ["各镇电商专干接龙：镇＋村＋站点名＋挂牌日期（年月日写全），站长@一下"], ["例：浛洸镇 大湾村 大湾村电商服务站 2021年3月5日 @站长"], [null]];
  const sRecs = [];
  let k = 0;
  const fmt = (iso, i) => [cnDate(iso), dotDate(iso), dashNoPad(iso), `${twoDot(iso)}`][i % 4];
  ent.forEach((e, i) => {
    if (i === 9) {
      k++;
      sRows.push([`${k}. ${twin.town} ${twin.vs[0]}、${twin.vs[1]} 两个站（${twin.vs[0].replace(/村$/, "")}村电商服务站、${twin.vs[1].replace(/村$/, "")}村电商服务站）${cnDate(twin.opened)}同日挂牌✅ @${twin.who}`]);
      sRecs.push({ village: twin.vs[0], opened: twin.opened }, { village: twin.vs[1], opened: twin.opened });
    }
    k++;
    const edge = e.opened >= "2021-08-31";
    sRows.push([`${k}. ${emo[i % emo.length]}${e.town} ${e.v} ${e.v.replace(/村$/, "")}村电商服务站 ${edge ? cnDate(e.opened) : fmt(e.opened, i)}挂牌 @${e.who}${e.opened === "2021-09-01" ? " 昨天刚挂上牌，晚了一天[捂脸]" : ""}`]);
    sRecs.push({ village: e.v, opened: e.opened });
  });
  sRows.push([null], ["（接龙共" + k + "条，以上为最后一条完整接龙）"]);
  for (const r of sRows) assert(r.length === 1, "l1 stations width");

  // ② 签到接龙 (three sessions, each a separate 接龙; a 请假 line is not a sign-in)
  const sess = [
    { date: "2021-06-17", post: "2021/6/17 08:52", title: "连江口镇 英德红茶网店运营培训班", n: 14 },
    { date: "2021-08-31", post: "2021/8/31 09:01", title: "东华镇 直播带货实操培训班", n: 16 },
    { date: "2021-09-01", post: "2021/9/1 14:30", title: "望埠镇 农产品短视频拍摄培训班", n: 12 },
  ];
  const tRows = [["英德市电商培训签到接龙（三期，复制自各期学员群）"], [null]];
  const tRecs = [];
  sess.forEach((s, si) => {
    const [, m, d] = ymd(s.date);
    tRows.push([`杨××（市电商公共服务中心）　${s.post}`], ["#接龙"], [`${m}月${d}日 ${s.title} 签到📝 姓名＋身份证号`], [null]);
    for (let i = 0; i < s.n; i++) {
      const nm = personName();
      if (si === 1 && i === 6) {
        tRows.push([`${i + 1}. ${nm} 请假🙏（家里收稻谷，下期再来）`]);
        continue;
      }
      const id = makeId(REG, birthBetween(1968, 2001), rnd() < 0.5, i % 5 === 2 ? true : undefined);
      const shown = isX(id) && i % 2 ? id.slice(0, 17) + "x" : id;
      const tail = ["", " ✅", " 👍", " [玫瑰]", "", " 到"][i % 6];
      tRows.push([`${i + 1}. ${nm} ${shown}${tail}`]);
      tRecs.push({ date: s.date, personTimes: 1, id });
    }
    tRows.push([null]);
  });
  checkTrainingIds(tRecs, "l1");
  assert(tRecs.length === 14 + 15 + 12, "l1 sign-ins " + tRecs.length);
  for (const r of tRows) assert(r.length === 1, "l1 training width");

  // ③ 群里转发的报道 (media; 电商股 filled in date/level/form)
  const MD = [
    ["2020/12/4 11:20", "邓××（市融媒体中心）", "[链接] 英德发布｜村里有了电商服务站，红茶足不出村卖全国", "2020-12-04", "县级", "网络", "county", false],
    [null, "黄××（英德市商务局）", "👍👍👍", null, null, null],
    ["2021/3/18 19:42", "黄××（英德市商务局）", "[链接] 清远日报｜英德：电商进农村 茶农变“主播”", "2021-03-18", "市级", "报纸", "city", false],
    ["2021/5/21 21:05", "杨××（市电商公共服务中心）", "[视频号] 广东广播电视台《广东新闻联播》：英德电商扶贫带动脱贫户增收（典型案例）", "2021-05-20", "省级", "电视", "province", true],
    ["2021/9/2 08:16", "黄××（英德市商务局）", "[链接] 南方＋｜英德电商示范县创建冲刺", "2021-09-01", "省级", "网络", "province", false],
  ];
  const mRows = [padRow(["英德电商工作群转发的宣传报道（电商股整理）"], 6), ["转发时间", "转发人", "消息内容", "报道日期（补）", "媒体级别（补）", "形式（补）"]];
  const mRecs = [];
  for (const m of MD) {
    mRows.push([m[0] || "2020/12/4 11:31", m[1], m[2], m[3] ? dotDate(m[3]) : null, m[4], m[5]]);
    if (m[3]) mRecs.push({ date: m[3], level: m[6], tv: m[7] });
  }
  return {
    description:
      "清远英德市商务局电商股交的三张“群里来的”台账：①《站点挂牌接龙》是“英德电商站长群”最后一条完整#接龙整段贴进A列，一行一条“序号. 🏠镇 村 站点名 日期挂牌 @站长”，日期写法各异（2021年3月5日、2021.3.5、2021-3-5、21.3.5），一条报了石灰铺镇两个村同日挂牌（算两个站），有一站2021年8月31日、一站9月1日挂牌（“晚了一天[捂脸]”）；②《签到接龙》三期培训各一段接龙（开头一行“姓名（单位）　发起时间”给出年份，接龙题头写“8月31日 东华镇 直播带货实操培训班 签到📝”），每行“序号. 姓名 身份证号 ✅／👍／[玫瑰]”，有小写x，一人写“请假🙏”没签到；③《群转发报道》是转发时间｜转发人｜消息内容（[链接]、[视频号]卡片标题）后由电商股补填报道日期、媒体级别、形式三列，夹一条“👍👍👍”回复不是报道。",
    sheets: [
      { name: "站点挂牌接龙", rows: sRows },
      { name: "签到接龙", rows: tRows },
      { name: "群转发报道", rows: mRows, merges: ["A1:F1"] },
    ],
    expect: {
      sheets: {
        "站点挂牌接龙": { kind: "stations", records: sRecs },
        "签到接龙": { kind: "training", records: tRecs },
        "群转发报道": { kind: "media", records: mRecs },
      },
    },
  };
}

// =====================================================================================================
// l2 — 潮州市潮安区: 贫困村按镇横排、贫困户成员按户横排（成员一／二／三列组）、项目资金分批付款子行、说明页
// =====================================================================================================
function buildL2() {
  const REG = "445103";
  // ① 省定贫困村：一镇一行，村名横排，超过5个折到下一行（镇名不重复）
  const towns = [["凤凰镇", 7], ["文祠镇", 4], ["归湖镇", 3], ["赤凤镇", 2], ["登塘镇", 2], ["江东镇", 1]];
  const vn = villageNamer("凤溪坑田石山岭下上新大樟", "坪背头洋美塘埔寮岗林湖");
  const pvRows = [padRow(["潮安区省定贫困村分布表（按镇）"], 7), ["镇", "贫困村（一）", "贫困村（二）", "贫困村（三）", "贫困村（四）", "贫困村（五）", "个数"]];
  const pvM = ["A1:G1"];
  const pvRecs = [];
  for (const [t, n] of towns) {
    const names = [];
    for (let i = 0; i < n; i++) names.push(vn());
    const r0 = pvRows.length + 1;
    for (let j = 0; j < n; j += 5) {
      const chunk = names.slice(j, j + 5).map((x, q) => (q % 2 ? x.replace(/村$/, "村委会") : x));
      pvRows.push(padRow([j === 0 ? t : null].concat(chunk), 6).concat([j === 0 ? n : null]));
    }
    if (pvRows.length > r0) pvM.push(`A${r0}:A${pvRows.length}`, `G${r0}:G${pvRows.length}`);
    names.forEach((x) => pvRecs.push({ name: x }));
  }
  pvRows.push(padRow(["合计", null, null, null, null, null, sum(towns.map((t) => t[1]))], 7));

  // ② 贫困户成员横排：户编号｜村｜户主｜成员一（姓名｜身份证｜劳动能力｜务工）｜成员二…｜成员三…
  const pRows = [padRow(["潮安区建档立卡贫困户家庭成员（劳动能力及务工）"], 15),
    ["户编号", "所在村", "户主", "成员一", null, null, null, "成员二", null, null, null, "成员三", null, null, null],
    [null, null, null, "姓名", "身份证号", "劳动能力", "务工情况", "姓名", "身份证号", "劳动能力", "务工情况", "姓名", "身份证号", "劳动能力", "务工情况"]];
  const pM = ["A1:O1", "A2:A3", "B2:B3", "C2:C3", "D2:G2", "H2:K2", "L2:O2"];
  const pRecs = [];
  const LAB = [["有劳动能力", true], ["丧失劳动能力", false], ["无劳动能力", false], ["技能劳动力", true]];
  for (let h = 0; h < 12; h++) {
    const size = [3, 2, 3, 1, 3, 2, 3, 3, 2, 1, 3, 2][h];
    const cells = [`PK${String(44510300 + h * 37).padStart(8, "0")}`, pvRecs[h % pvRecs.length].name, null];
    for (let m = 0; m < 3; m++) {
      if (m >= size) { cells.push(null, null, null, null); continue; }
      const nm = personName();
      if (m === 0) cells[2] = nm;
      const id = makeId(REG, birthBetween(1955, 2003), rnd() < 0.5, h === 4 && m === 1 ? true : undefined);
      const [lt, lab] = LAB[(h + m) % 4];
      const mig = lab ? ((h + m) % 3 === 0 ? "外出务工（深圳）" : (h + m) % 3 === 1 ? "本地务农" : "县内就业") : "—";
      cells.push(nm, id, lt, mig);
      pRecs.push({ id, labour: lab, migrant: lab ? /外出务工/.test(mig) : null });
    }
    pRows.push(cells);
  }
  pRows.push(padRow(["注：“务工情况”中只有“外出务工”为外出务工人员；县内就业、本地务农不算外出。"], 15));
  pM.push(`A${pRows.length}:O${pRows.length}`);
  assert(pRecs.some((r) => r.labour && r.migrant) && pRecs.some((r) => r.labour && !r.migrant) && pRecs.some((r) => !r.labour), "l2 poor mix");

  // ③ 项目资金：项目行是合同金额，下挂分批付款子行
  const PJ = [
    ["县级电子商务公共服务中心建设", 1280000, [["2020-10-12", 0.3, "预付款"], ["2021-01-26", 0.5, "进度款"], ["2021-09-06", 0.15, "验收款"]]],
    ["村级电商服务站点建设", 860000, [["2020-11-30", 0.4, "第一批站点"], ["2021-05-18", 0.4, "第二批站点"]]],
    ["县镇村三级物流配送体系", 1150000, [["2021-03-09", 0.3, "预付款"], ["2021-08-31", 0.6, "进度款"]]],
    ["农村电商培训", 420000, [["2020-12-22", 0.5, "第一期"], ["2021-07-02", 0.5, "第二期"]]],
    ["农产品品牌培育及溯源", 690000, [["2021-06-15", 0.3, "预付款"]]],
  ];
  const fRows = [padRow(["潮安区电子商务进农村综合示范项目资金支付台账"], 7), padRow(["单位：元"], 7),
    ["序号", "项目名称／付款批次", "合同金额", "付款日期", "付款金额", "付款比例", "凭证号"]];
  const fRecs = [];
  let v = 100;
  PJ.forEach((p, i) => {
    fRows.push([["一", "二", "三", "四", "五"][i], p[0], fmtMoney(p[1]), null, null, null, null]);
    p[2].forEach((b, j) => {
      const amt = Math.round(p[1] * b[1]);
      fRows.push([null, `　└ 第${j + 1}次付款（${b[2]}）`, null, [D(b[0]), dotDate(b[0]), cnDate(b[0])][(i + j) % 3], amt, `${Math.round(b[1] * 100)}%`, `记-${v++}`]);
      fRecs.push({ date: b[0], amount: amt });
    });
  });
  fRows.push([null, "已付合计", null, null, sum(fRecs.map((r) => r.amount)), null, null]);

  const note = [["说明"], ["1. 本册由潮安区商务局电商股整理，数据截至2021年9月10日。"], ["2. 《贫困村》按镇横排，一镇超过5个村的折到下一行。"],
    ["3. 《贫困户成员》一户一行，成员按“成员一、二、三”横排；无劳动能力的务工情况填“—”。"], ["4. 《项目资金》带序号的是项目（合同金额），“└”行才是实际付款。"]];
  return {
    description:
      "潮州潮安区商务局电商股的一本台账（四个表）：①《贫困村》一镇一行、村名横排在“贫困村（一）…（五）”五列里，凤凰镇7个村折成两行（第二行镇名空、镇名和个数纵向合并），有“××村委会”写法，末行合计；②《贫困户成员》一户一行，两行表头，成员一／二／三各占“姓名｜身份证号｜劳动能力｜务工情况”四列（合并的组头），劳动能力写“有劳动能力”“技能劳动力”（都算有）和“丧失／无劳动能力”，务工写“外出务工（深圳）”“本地务农”“县内就业”，无劳动能力的填“—”，空着的成员组不是人；③《项目资金》带序号的项目行只有合同金额，下挂“└ 第1次付款（预付款）”子行才是付款（日期有真日期、2021.8.31、2021年9月6日几种写法），末行“已付合计”；④《说明》不是台账。",
    sheets: [
      { name: "贫困村", rows: pvRows, merges: pvM },
      { name: "贫困户成员", rows: pRows, merges: pM },
      { name: "项目资金", rows: fRows, merges: ["A1:G1", "A2:G2"] },
      { name: "说明", rows: note },
    ],
    expect: {
      sheets: {
        "贫困村": { kind: "poorVillages", records: pvRecs },
        "贫困户成员": { kind: "poorPersons", records: pRecs },
        "项目资金": { kind: "funds", records: fRecs },
        "说明": { kind: null },
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
write("counties", "b244-c1-leizhou.json", c1);
write("facts", "b244-f1-xinyi.json", f1);
write("facts", "b244-f2-fengkai.json", f2);
write("facts", "b244-f3-nanao.json", f3);
write("ledgers", "b244-l1-yingde.json", l1);
write("ledgers", "b244-l2-chaoan.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
