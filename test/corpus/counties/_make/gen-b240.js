// Batch 240 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b238.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (240240), no clock. Run: node test/corpus/counties/_make/gen-b240.js
// Theme of the batch: sheets typed back from paper — stray spaces, full-width digits, circled numbers, handwritten corrections
// noted in brackets (c1, f1, l1).
//
// c1 连州市 (清远): 《自评表（录入稿）》 retyped word for word from the stamped paper copy — items numbered ①…㊱, labels with stray
//    spaces (“常 住 人 口”), full-width figures (“３７．９５ 万人”, “３ ０３６ 人次”), handwritten corrections typed as
//    “new〔手写更正，原打印“old”已划去〕” (population, 2020 agri retail, 摄影美工 无→有, a judged point 2→1, claimed coverage 10→8,
//    total 90→88); a second block of claimed points per indicator. Eleven ledgers with edges everywhere: center opened exactly
//    2021-02-28 (6 months), 112/160 villages = 70%, 20/25 poor villages = 80%, person-times exactly 0.8% of 379,500, poor-person
//    rate exactly 50%, disbursed exactly 70%; 8-31 rows count, 9-01 rows (station, training, report, press, payment, firm) do not.
// f1 新兴县 (云浮): a paper 调查表 retyped — 题号 “（１）”, options printed as ①②③ inside the question, the answer cell holds the
//    circled option numbers (multi-choice “①②③④⑤⑥”, a struck ⑤ noted in brackets), full-width numbers with stray spaces,
//    bracketed handwritten corrections.
// f2 遂溪县 (湛江): 多部门联合填报表 — one column per department, each item answered only in the responsible department's column
//    (others “／”), so the value column changes row by row; units in their own column; a 副县长 leads.
// f3 海丰县 (汕尾): 数据看板 — cards four abreast, the big figure on the row above its label (merged pairs), display-only figures
//    that are no input, a ●/○ checklist with a legend, a 县委书记 leading without the poverty office, a claimed-points panel with the
//    judged sub-items side by side.
// l1 五华县 (梅州): paper originals retyped — ① sign-in sheets stacked (session numbers ②③⑤, full-width dates with spaces, printed
//    circled row numbers, full-width IDs some spaced, one ID corrected in brackets, a struck-through line that is no sign-in, a
//    blank ID); ② a labour survey with √ in 有/无劳动能力 and 外出务工/在家 columns, one tick moved by hand; ③ column updates with
//    full-width spaced dates and one corrected date; ④ a 录入说明 sheet.
// l2 英德市 (清远): ① a disbursement progress table, one project per row with 第一次/第二次/第三次拨付 (日期｜金额) groups side by
//    side (万元), contract and cumulative columns that are no payments; ② press list with levels 中央级/省属/地市级/本地;
//    ③ park firms with entry and exit months in one 状态 cell; ④ a cover sheet.
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
let seed = 240240;
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
    assert(/^b240-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b240-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b240-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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








// ---------------------------------------------------------------- extra helpers (batch 240)
function circ(n) {
  // circled numbers ①–㊿ as a paper form numbers its items
  assert(n >= 1 && n <= 50, "circ range");
  if (n <= 20) return String.fromCharCode(0x2460 + n - 1);
  if (n <= 35) return String.fromCharCode(0x3251 + n - 21);
  return String.fromCharCode(0x32b1 + n - 36);
}
assert(circ(1) === "①" && circ(20) === "⑳" && circ(21) === "㉑" && circ(35) === "㉟" && circ(36) === "㊱" && circ(50) === "㊿", "circled");
function fixed(now, was) {
  // a handwritten correction as the retyped sheet notes it: the corrected value first, the struck one in brackets
  return `${now}〔手写更正，原打印“${was}”已划去〕`;
}
function fwSp(s) {
  // full-width digits with the stray spaces a retyping leaves around units
  return fwText(s);
}
function fwDate(iso, spaced) {
  const [y, m, d] = ymd(iso);
  return spaced ? `${fwText(String(y))} 年 ${fwText(String(m))} 月 ${fwText(String(d))} 日` : fwText(`${y}年${m}月${d}日`);
}
function spaced(label) {
  // “常 住 人 口”: a label retyped letter by letter
  return label.split("").join(" ");
}


// =====================================================================================================
// c1 — 清远市连州市: 纸质《自评表》据盖章件录入（圈码编号、全角数字、散落空格、〔手写更正〕）＋ 10 个台账
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REG = "441882";
  const TOWNS = ["连州镇", "西岸镇", "保安镇", "星子镇", "龙坪镇", "九陂镇", "西江镇", "丰阳镇", "东陂镇", "大路边镇", "瑶安瑶族乡", "三水瑶族乡"];
  const NV = [8, 13, 16, 17, 12, 14, 11, 16, 17, 14, 10, 12];
  const NC = [9, 1, 1, 1, 0, 1, 0, 1, 1, 1, 0, 0];
  const vn = villageNamer("湟潭石塘朝凤元冲秀溪龙黄沙柯新东", "岭坪坑洞田村背坳水头湾岗埠寨");
  const cmn = nameMaker("城南北中新", "和安华昌兴", "社区", []);
  const vil = [];
  TOWNS.forEach((t, ti) => {
    for (let i = 0; i < NV[ti]; i++) vil.push({ town: t, name: vn(), admin: true, poor: false });
    for (let i = 0; i < NC[ti]; i++) vil.push({ town: t, name: cmn(), admin: false, poor: false });
  });
  const adminV = vil.filter((v) => v.admin);
  const comms = vil.filter((v) => !v.admin);
  assert(adminV.length === 160 && comms.length === 16, "c1 villages");
  noStemClash(adminV.map((v) => v.name), comms.map((v) => v.name), "c1");
  const poorList = shuffle(adminV.filter((v) => v.town !== "连州镇")).slice(0, 25);
  for (const v of poorList) v.poor = true;

  // ---------------- 村（居）委会名单
  const vRows = [padRow(["连州市村（居）民委员会名单"], 7), ["序号", "镇（乡）", "村（居）委会名称", "类型", "省定贫困村", "快递进村", "备注"]];
  vil.forEach((v, i) => {
    vRows.push([i + 1, v.town, v.admin ? (i % 5 === 2 ? v.name.replace(/村$/, "村委会") : v.name) : v.name + "居委会", v.admin ? "行政村" : "社区",
      v.admin ? (v.poor ? "是" : "否") : "—", "√", v.admin ? null : "城镇社区"]);
  });
  vRows.push(padRow([`合计：行政村${adminV.length}个，社区${comms.length}个。`], 7));
  const vRecs = vil.map((v) => (v.admin ? { name: v.name, admin: true, poor: v.poor, express: true } : { name: v.name, admin: false, express: true }));

  // ---------------- 站点: covered exactly 112/160 = 70%, poor 20/25 = 80%
  const st = [];
  poorList.slice(0, 20).forEach((v) => st.push({ v, opened: randIsoBetween("2020-05-01", "2021-08-20") }));
  st.push({ v: poorList[20], opened: "2021-09-01" }); // a day after the cut-off
  const nonPoor = shuffle(adminV.filter((v) => !v.poor));
  nonPoor.slice(0, 92).forEach((v) => st.push({ v, opened: randIsoBetween("2020-05-01", "2021-08-20") }));
  st[30].opened = "2021-08-31"; // on the cut-off
  st.push({ v: nonPoor[3], opened: "2021-04-16", second: true });
  st.push({ v: comms[2], opened: "2020-12-03", comm: true });
  const covered = new Set(st.filter((s) => !s.comm && s.opened <= CUT).map((s) => s.v.name));
  const poorCovered = poorList.filter((v) => covered.has(v.name)).length;
  assert(covered.size === 112 && poorCovered === 20, "c1 covered " + covered.size + "/" + poorCovered);
  assert(covered.size * 100 === 70 * adminV.length, "c1 coverage exactly 70%");
  assert(poorCovered * 100 === 80 * 25, "c1 poor coverage exactly 80%");
  const sOrder = shuffle(st);
  const sRows = [padRow(["连州市村级电子商务服务站点台账"], 7), ["序号", "所在镇（乡）", "所在村（社区）", "站点名称", "负责人", "联系电话", "挂牌日期"]];
  const sRecs = [];
  sOrder.forEach((s, i) => {
    const base = s.v.name.replace(/村$|社区$/, "");
    const nm = s.comm ? base + "社区电商服务点" : base + "村电商服务站" + (s.second ? "（二号点）" : "");
    const op = s.opened === "2021-08-31" ? "2021.8.31" : s.opened === "2021-09-01" ? "2021.9.1" : [D(s.opened), dotDate(s.opened), cnDate(s.opened), fwText(dotDate(s.opened))][i % 4];
    sRows.push([i + 1, s.v.town, s.comm ? s.v.name + "居委会" : s.v.name, nm, personName(), mask(phone()), op]);
    sRecs.push({ village: s.v.name, opened: s.opened });
  });

  // ---------------- 脱贫人口（76人：有劳动能力且未外出务工 64 人）
  const persons = [];
  for (let i = 0; i < 76; i++) {
    const id = makeId(REG, birthBetween(1962, 2001), rnd() < 0.5, i % 11 === 6 ? true : undefined);
    const labour = i < 72;
    const migrant = i >= 64 && i < 72;
    persons.push({ id, name: personName(), village: poorList[i % 25].name, labour, migrant });
  }
  const P = shuffle(persons);
  const pRows = [padRow(["连州市建档立卡脱贫人口劳动力情况表"], 7), padRow(["（来源：市乡村振兴局，2021年7月）"], 7), ["序号", "姓名", "公民身份号码", "所在村", "劳动能力", "是否外出务工", "备注"]];
  P.forEach((p, i) => pRows.push([i + 1, p.name, p.id, p.village, p.labour ? (i % 4 ? "有劳动能力" : "有") : (i % 2 ? "无劳动能力" : "无"), p.labour ? (p.migrant ? "是" : "否") : "否", null]));
  const pRecs = P.map((p) => ({ id: p.id, labour: p.labour, migrant: p.migrant }));
  const eligible = persons.filter((p) => p.labour && !p.migrant);
  assert(eligible.length === 64, "c1 eligible");

  // ---------------- 脱贫户参训签到（一行一人次，日期在行内）
  const EL = shuffle(eligible);
  const trained = EL.slice(0, 32);
  const late = EL[32];
  const migr = persons.filter((p) => p.migrant).slice(0, 2);
  const DATES = ["2020-10-22", "2020-12-10", "2021-03-18", "2021-05-27", "2021-07-15"];
  const signs = [];
  trained.forEach((p, i) => signs.push({ p, date: DATES[i % 5] }));
  signs.push({ p: trained[1], date: "2021-07-15" }, { p: trained[8], date: "2021-05-27" }); // trained twice
  signs.push({ p: migr[0], date: "2020-12-10" }, { p: migr[1], date: "2021-03-18" });
  signs.push({ p: late, date: "2021-09-01" }); // a day after the cut-off
  signs.sort((a, b) => cmp(a.date, b.date));
  const tsRows = [padRow(["连州市脱贫户电商技能培训签到登记"], 6), ["序号", "培训日期", "姓名", "身份证号码", "所在村", "签名"]];
  const tsRecs = [];
  signs.forEach((s, i) => {
    tsRows.push([i + 1, i % 3 === 0 ? D(s.date) : dotDate(s.date), s.p.name, i % 6 === 4 ? spacedId(s.p.id) : s.p.id, s.p.village, "（已签）"]);
    tsRecs.push({ date: s.date, personTimes: 1, id: s.p.id });
  });
  checkTrainingIds(tsRecs, "c1");
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedIds = new Set(tsRecs.filter((r) => r.date <= CUT && eligIds.has(r.id)).map((r) => r.id));
  assert(trainedIds.size === 32 && trainedIds.size * 100 === 50 * eligible.length, "c1 poor rate exactly 50%");
  const signPre = tsRecs.filter((r) => r.date <= CUT).length;

  // ---------------- 普及培训（按期，人次）: with the sign-ins exactly 0.8% of 379,500 = 3,036
  const POP = 379500;
  const TOP = ["电商基础知识", "网店开设与运营", "连州菜心网络营销", "短视频拍摄剪辑", "直播带货", "农产品包装与品牌", "电商客服与物流"];
  const sess = [];
  let d = "2020-06-16";
  for (let i = 0; i < 16; i++) {
    sess.push({ date: d, n: rint(150, 210), topic: TOP[i % 7], place: ["市电商公共服务中心", TOWNS[1 + (i % 11)] + "文化站"][i % 2] });
    d = isoAdd(d, rint(19, 26));
  }
  assert(sess[15].date <= "2021-08-25", "c1 last session " + sess[15].date);
  const need = (POP * 8) / 1000 - signPre;
  sess[15].n += need - sum(sess.map((s) => s.n));
  assert(sess[15].n > 60 && sess[15].n < 600, "c1 adjust " + sess[15].n);
  sess.push({ date: "2021-09-01", n: 168, topic: "电商创业孵化", place: "市电商公共服务中心" });
  const pt = sum(sess.filter((s) => s.date <= CUT).map((s) => s.n)) + signPre;
  assert(pt === 3036 && pt * 1000 === 8 * POP, "c1 person-times exactly 0.8%: " + pt);
  const gRows = [padRow(["连州市农村电商普及培训台账（按期次）"], 6), padRow(["注：脱贫户专题培训学员见《脱贫户签到》，本表不重复统计。"], 6),
    ["期次", "培训日期", "培训内容", "培训地点", "参训人次", "授课单位"]];
  const gRecs = [];
  sess.forEach((s, i) => {
    gRows.push([`第${i + 1}期`, i === 16 ? "2021.9.1" : [D(s.date), slashDate(s.date), cnDate(s.date)][i % 3], s.topic, s.place, i % 3 === 1 ? `${s.n}人次` : s.n, ["市电商公共服务中心", "清远职业技术学院", "邮政连州分公司"][i % 3]]);
    gRecs.push({ date: s.date, personTimes: s.n });
  });
  gRows.push(["合计", null, null, null, sum(sess.map((s) => s.n)), null]);

  // ---------------- 入驻企业: 22 rows, 20 in the park at the cut-off
  const fnm = nameMaker("连湟州秀星瑶丰", "华盛通源达信和", "", []);
  const TYPES = ["平台型", "销售型", "销售型", "网店", "销售型", "运营服务商", "物流", "销售型", "网店", "销售型", "代运营", "销售型", "快递", "销售型",
    "农产品加工", "销售型", "平台型", "销售型", "网店", "销售型", "直播电商", "销售型"];
  const firms = TYPES.map((t) => ({ name: `连州市${fnm()}${/物流|快递/.test(t) ? "物流" : /加工/.test(t) ? "农业发展" : "电子商务"}有限公司`, type: t, code: creditCode("441882"),
    entered: randIsoBetween("2020-04-01", "2021-07-31"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[6].left = "2021-08-30";
  firms[21].entered = "2021-09-01";
  const inPark = firms.filter((f) => f.entered <= CUT && (f.left === null || f.left > CUT));
  assert(inPark.length === 20, "c1 park " + inPark.length);
  const eRows = [padRow(["连州市电子商务产业园入驻企业名单"], 7), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退出日期", "备注"]];
  firms.forEach((f, i) => eRows.push([i + 1, f.name, f.code, f.type, i === 21 ? "2021.9.1" : dateCell(f.entered, i), f.left ? "2021.8.30" : null, f.left ? "已退租" : i === 21 ? "9月新入驻" : null]));
  const eRecs = firms.map((f) => ({ name: f.name, type: f.type, entered: f.entered, left: f.left }));

  // ---------------- 资金（元）: exactly 70% by the cut-off
  const ALLOC = 5000000;
  const pays = [["2020-07-09", 1250000, "县级电商公共服务中心建设"], ["2020-10-27", 486300, "村级站点建设（第一批）"], ["2020-12-22", 213800, "电商培训（第一期合同）"],
    ["2021-02-05", 395600, "物流配送体系建设"], ["2021-04-13", 308700, "村级站点建设（第二批）"], ["2021-06-24", 427900, "农产品品牌培育与网络促销"],
    ["2021-08-31", 417700, "电商培训（第二期合同）"], ["2021-09-01", 420000, "农产品溯源系统"]];
  const spent = sum(pays.filter((p) => p[0] <= CUT).map((p) => p[1]));
  assert(spent === 3500000 && spent * 100 === 70 * ALLOC, "c1 spent exactly 70%: " + spent);
  const fRows = [padRow(["连州市电子商务进农村综合示范专项资金拨付台账"], 6), padRow(["单位：元"], 6), ["序号", "拨付日期", "项目", "拨付金额", "凭证号", "备注"]];
  pays.forEach((p, i) => fRows.push([i + 1, p[0] === "2021-08-31" ? "2021年8月31日" : p[0] === "2021-09-01" ? "2021年9月1日" : D(p[0]), p[2], i % 2 ? fmtMoney(p[1]) : p[1], `连商记${pad3(i + 7)}号`, null]));
  fRows.push(["合计", null, null, sum(pays.map((p) => p[1])), null, null]);
  const fRecs = pays.map((p) => ({ date: p[0], amount: p[1] }));

  // ---------------- 报送记录: 2020年9月—2021年7月 each month; August's report went out on 2021-09-01
  const reps = WINDOW.map((m) => (m === "2021-08" ? { date: "2021-09-01", m } : { date: `${m}-${String(rint(3, 9)).padStart(2, "0")}`, m }));
  const rRows = [padRow(["连州市向清远市商务局报送创建工作情况登记"], 5), ["序号", "报送日期", "报送内容", "是否含电商扶贫统计", "经办人"]];
  reps.forEach((r, i) => {
    const prev = monthsBetween("2020-08", "2021-07")[i];
    rRows.push([i + 1, r.date === "2021-09-01" ? "2021.9.1" : dotDate(r.date), `${cnMonth(prev)}创建工作进展及统计数据`, "√", personName("邓")]);
  });
  const rRecs = reps.map((r) => ({ date: r.date, poverty: true }));
  assert(inWindowMonths(reps.map((r) => r.date)) === 11, "c1 reports 11 months");

  // ---------------- 专栏更新: every month of the window
  const ups = [];
  for (const m of WINDOW) {
    ups.push(`${m}-${String(rint(2, 14)).padStart(2, "0")}`);
    if (rnd() < 0.4) ups.push(`${m}-${String(rint(16, 28)).padStart(2, "0")}`);
  }
  const TT = ["项目建设进度公示", "示范项目基本信息", "资金使用情况公示", "工作动态"];
  const uRows = [padRow(["连州市人民政府网“电子商务进农村综合示范”专栏更新记录"], 4), ["序号", "发布日期", "标题", "栏目"]];
  ups.forEach((u, i) => uRows.push([i + 1, u, `${cnMonth(u)}${TT[i % 4]}`, "电子商务进农村综合示范"]));
  const uRecs = ups.map((u) => ({ date: u }));
  assert(inWindowMonths(ups) === 12, "c1 disclosure 12 months");

  // ---------------- 宣传 / 经验材料
  const MD = [["2020-12-18", "连州市融媒体中心", "县级", "网络", "连州：电商服务站开到村民家门口", "county", false],
    ["2021-05-11", "广东广播电视台珠江频道", "省级", "电视", "【电商扶贫典型案例】连州水晶梨搭上直播快车", "province", true],
    ["2021-09-01", "清远日报", "市级", "报纸", "连州电商进农村示范创建见成效", "city", false]];
  const mRows = [padRow(["连州市电子商务进农村宣传报道清单"], 7), ["序号", "报道日期", "媒体名称", "媒体级别", "形式", "标题", "是否电商扶贫典型案例"]];
  MD.forEach((m, i) => mRows.push([i + 1, m[0] === "2021-09-01" ? "2021.9.1" : dotDate(m[0]), m[1], m[2], m[3], m[4], m[6] ? "是" : "否"]));
  const matRows = [padRow(["经验材料报送登记"], 4), ["序号", "报送日期", "材料名称", "报送单位"], [1, "2021年8月31日", "连州市“电商＋脱贫户”带动增收经验做法", "连州市商务局"]];

  // ---------------- points
  const centerOpened = "2021-02-28";
  const cpts = { built: 2, six: centerOpened <= "2021-02-28" ? 2 : 0, train: 2, display: 1, photo: 1, brand: 1, other: 0, park: 2, twenty: inPark.length >= 20 ? 2 : 0, types: 1 };
  const centerPts = sum(Object.values(cpts));
  const covPts = 5 + 3;
  const R19 = 1260000000, R20 = 1590000000, A19 = 310000000, A20 = 403000000;
  assert((R20 - R19) * 100 < 30 * R19 && (A20 - A19) * 100 === 30 * A19, "c1 growth");
  const upPts = 2 + 1 + 1 + 1 + 1 + 2;
  const trainPts = 8 + 10;
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": centerPts, "work.coverage": covPts, "work.upward": upPts,
    "work.training": trainPts, "info.disclosure": 4, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 4 + 1, "fund.system": 4, "fund.ledger": 5,
    "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(centerPts === 14 && upPts === 8, "c1 pts");
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 84 && bonus === 1, "c1 scored " + scored);

  // ---------------- 自评表（据纸质件录入）
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": 14, "work.coverage": 8, "work.upward": 8, "work.training": 20,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 5, "fund.system": 4, "fund.ledger": 5, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 1,
  };
  const sumClaim = sum(SCORED.map(([id]) => claimed[id]));
  assert(sumClaim === 88, "c1 claim " + sumClaim);
  const W = 5;
  const fr = [padRow([spaced("连州市") + " 电子商务进农村综合示范县考评自评表"], W),
    padRow([`填报单位：连州市商务局（盖章）　　　截止时间：${fwDate(CUT, true)}`], W),
    padRow(["录入说明：本表据9月6日盖章纸质件逐字录入；〔 〕内为纸质件上的手写更正，“划去”的内容只照录备查，以更正后的为准。"], W),
    ["序 号", "项　目", "填 报 内 容", "自评分", "备 注"],
    padRow(["一、基 本 情 况"], W)];
  const fM = ["A1:E1", "A2:E2", "A3:E3", "A5:E5"];
  let k = 0;
  const item = (label, value, judged, note) =>
    fr.push([circ(++k), label, value, judged === undefined || judged === null ? null : typeof judged === "string" ? judged : `${fwText(String(judged))} 分`, note || null]);
  item(spaced("常住人口"), fixed("３７．９５ 万人", "３７．８２"), null, "第七次全国人口普查");
  item("行政村（个）", "１６０", null, "另有社区１６个");
  item("省定贫困村（个）", " ２５", null, null);
  item("领导小组组长", "市委副书记、市长", null, "连府办〔2020〕18号");
  item("成员单位", "市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局、邮政连州分公司", null, null);
  item("示范县工作方案", "已正式印发", 2, "连府办〔2020〕31号");
  item("支持农村电商发展政策", "已出台", 1, "《连州市促进农村电商发展若干措施》");
  item("项目管理制度", "已建立", 2, null);
  item("工作台账", "已建立", fixed("１ 分", "２"), "〔手写批注：部分镇台账不全〕");
  item("公共服务中心投入运营日期", fwDate(centerOpened, true), null, "连州市电子商务公共服务中心");
  item("免费培训场所、培训设备", "有", null, null);
  item("免费展示、销售服务", "有", null, null);
  item("免费摄影、美工服务", fixed("有", "无"), null, "〔手写：７月起与服务商合作〕");
  item("品牌推广、品牌建设指导", "有", null, null);
  item("其他衍生增值服务", "无", null, null);
  item("电商产业园", "已建成", null, "连州市电子商务产业园");
  item("专业第三方电商运营服务商", "有", null, null);
  item("行政村物流快递覆盖率１００％", "是", null, null);
  item("２０１９年农村网络零售额", "１２．６ 亿元", null, null);
  item("２０２０年农村网络零售额", "１５．９ 亿元", null, null);
  item("２０１９年农产品网络零售额", "３．１０ 亿元", null, null);
  item("２０２０年农产品网络零售额", fixed("４．０３ 亿元", "３．９８"), null, "市统计局核定");
  item("网销调研", "已形成调研报告", 2, null);
  item("网络促销活动", "年货节、水晶梨季", 1, null);
  item("交易标准、冷链及溯源系统", "溯源平台试运行", 1, null);
  item(spaced("培训人次"), "３ ０３６ 人次", null, null);
  item("专栏公示内容", "创建方案 √　项目基本信息 √　建设进度 √　监督举报窗口 √", null, null);
  item("电商扶贫情况统计", "能统计", null, null);
  item("下达省级专项资金", "５００ 万元", null, null);
  item("累计拨付资金", "３５０ 万元", null, "截至８月３１日");
  item("资金管理制度", "已制定", 4, null);
  item("资金专用台账", "已建立", 5, null);
  item("资金及时拨付", "按进度拨付", 4, null);
  item("项目总体进度", "８２ ％", null, null);
  item("安全生产、质量事故或重大损失", "无", null, null);
  item("弄虚作假", "无", null, null);
  assert(k === 36, "c1 items " + k);
  fr.push(padRow([], W));
  fr.push(padRow(["二、自 评 得 分"], W));
  fM.push(`A${fr.length}:E${fr.length}`);
  fr.push(["序 号", "评价指标", "满　分", "自评分", "备 注"]);
  const NAMES = [["org.leadership", "组织领导"], ["org.plan", "方案制定"], ["org.policy", "政策支持"], ["org.management", "项目管理"],
    ["work.center", "服务体系建设（县级中心、产业园）"], ["work.coverage", "服务体系建设（村级站点）"], ["work.upward", "农村产品上行"], ["work.training", "电商人才培训"],
    ["info.disclosure", "信息公开"], ["info.reporting", "数据上报"], ["promo.cases", "案例总结"], ["promo.media", "经验推广"], ["fund.system", "制度建立"],
    ["fund.ledger", "资金台账"], ["fund.spending", "资金支出"], ["bonus.poorTraining", "加分项：贫困人口培训率７０％及以上"], ["bonus.tvCase", "加分项：典型案例获电视播报"]];
  const MAX = Object.fromEntries(SCORED.concat(BONUS));
  NAMES.forEach(([id, nm], i) => {
    const c = id === "work.coverage" ? fixed("８", "１０") : fwText(String(claimed[id]));
    fr.push([circ(i + 1), nm, fwText(String(MAX[id])), c, id === "bonus.tvCase" ? "广东台珠江频道" : null]);
  });
  fr.push([null, "合　计", "１００＋４", fixed("８８＋１", "９０＋１"), null]);
  fr.push(padRow([], W));
  fr.push(padRow(["填表人：邓××　　审核人：欧××　　（纸质件第２页右下角有手写“已核 9.6”字样）"], W));
  fM.push(`A${fr.length}:E${fr.length}`);
  for (const r of fr) assert(r.length === W, "c1 width");

  const derivation = [
    "org.leadership: 组长“市委副书记、市长”（县级市市长＝主要领导），成员有商务、财政、农业农村、乡村振兴 → 2",
    "org.plan: ⑥已正式印发，自评２分 → 2",
    "org.policy: ⑦已出台，自评１分 → 1",
    "org.management: ⑧项目管理制度2＋⑨工作台账手写由２改１ → 1；合计3",
    `work.center: ⑩中心投入运营“２０２１ 年 ２ 月 ２８ 日” ≤ 截止日 → 2；正好等于2021-02-28（截止日前6个月） → 满6个月 2；免费培训2、展示1；⑬摄影美工手写更正为“有” → 1；品牌1；其他增值“无” → 0；产业园2；《入驻企业》22行，2021.8.30退租的和2021.9.1入驻的不算 → 在园${inPark.length}家 ≥ 20 → 2；类型平台／销售（含网店）／运营／物流 ≥ 3 → 1；合计${centerPts}`,
    `work.coverage: 《村居名单》行政村${adminV.length}个（社区${comms.length}个不算）；《站点台账》截止日前有站的行政村${covered.size}个（“2021.8.31”挂牌的算，“2021.9.1”挂牌的不算，同村二号点算一次，社区服务点不算） → ${covered.size}/${adminV.length} = 70.0% ≥ 70% → 5；省定贫困村25个中有站${poorCovered}个 = 80.0%（80%—100%不含） → 3；合计8（自评手写由10改为8）`,
    "work.upward: 调研2、促销1、第三方1、名单快递全“√” → 1、溯源1；农村网零12.6→15.9亿元增26.2%不够；农产品网零3.10→4.03亿元（手写更正后的数）增正好30.0% ≥ 30% → 2；合计8",
    `work.training: 常住人口37.95万（手写更正后的数）→ 0.8% = 3,036人次；《普及培训》截止日前16期${fmtInt(pt - signPre)}人次（2021.9.1一期、合计行不算）＋《脱贫户签到》截止日前${signPre}行 = ${fmtInt(pt)}人次 = 正好0.80%（0.8%—1%不含） → 8；《脱贫人口》有劳动能力且未外出务工${eligible.length}人，其中身份证号在截止日前签到出现的${trainedIds.size}人（参训两次算一人，外出务工2人不算，2021.9.1才参训的1人不算） → 32/64 = 50.0% ≥ 50% → 10；合计18（自评20）`,
    "info.disclosure: ㉗创建方案、项目基本信息、建设进度、监督举报窗口都“√” → 2；《专栏更新》2020年9月—2021年8月每月都有 → 按月 2；合计4",
    "info.reporting: 《报送记录》2020年9月—2021年7月每月都有，8月的一次是“2021.9.1”在截止日后 → 12个月缺1个，不定时 1；“√”含扶贫统计、㉘能统计 → 3；合计4（自评6）",
    "promo.cases: 经验材料“2021年8月31日”报送，正好截止日 → 2",
    "promo.media: 截止日前广东台珠江频道（省级） → 4；连州市融媒体中心（县级） → 1；清远日报“2021.9.1”在截止日后 → 0；合计5",
    "fund.system: ㉛自评４分 → 4",
    "fund.ledger: ㉜自评５分 → 5",
    `fund.spending: 《资金台账》截止日前7笔（含“2021年8月31日”一笔）合计${fmtMoney(spent)}元，2021年9月1日一笔不算 → ${fmtMoney(spent)}/5,000,000 = 70.0% ≥ 70% → ㉝及时拨付自评4 → 4`,
    "bonus.poorTraining: 32/64 = 50% < 70% → 0",
    "bonus.tvCase: 电商扶贫典型案例在广东广播电视台珠江频道（省级电视）播出 → 1",
    "veto.incident: ㉟无 → 不否决",
    "veto.progress: ㉞总体进度82% ≥ 40% → 不否决",
    "veto.fraud: ㊱无 → 不否决",
  ];
  return {
    description:
      `清远连州市商务局整本考评工作簿（12个表），${scored}＋加分${bonus}＝${scored + bonus}分、未否决（自评88＋1）：《自评表（录入稿）》是照9月6日盖章纸质件逐字打回Excel的——标题和标签里散落空格（“连 州 市”“常 住 人 口”），事项用圈码①—㊱编号，数字多是全角（“３７．９５ 万人”“３ ０３６ 人次”“８２ ％”），日期写成“２０２１ 年 ２ 月 ２８ 日”，纸上的手写更正录成“新值〔手写更正，原打印“旧值”已划去〕”（常住人口、农产品网零、摄影美工“无”改“有”、村级站点自评10改8、合计90改88），主观项自评写“２ 分”，下半部分是按指标的自评得分（claimed）；台账多处踩线：中心正好2021年2月28日运营满6个月，行政村覆盖正好112/160＝70%，贫困村正好20/25＝80%，培训人次正好是常住人口的0.8%，脱贫人口培训率正好50%，资金拨付正好70%，8月31日当天的站点、拨款、经验材料算，9月1日的站点、培训、报送、报道、拨款、入驻都不算。`,
    sheets: [
      { name: "自评表（录入稿）", rows: fr, merges: fM },
      { name: "村居名单", rows: vRows, merges: ["A1:G1", `A${vRows.length}:G${vRows.length}`] },
      { name: "站点台账", rows: sRows, merges: ["A1:G1"] },
      { name: "普及培训", rows: gRows, merges: ["A1:F1", "A2:F2"] },
      { name: "脱贫户签到", rows: tsRows, merges: ["A1:F1"] },
      { name: "脱贫人口", rows: pRows, merges: ["A1:G1", "A2:G2"] },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金台账", rows: fRows, merges: ["A1:F1", "A2:F2"] },
      { name: "报送记录", rows: rRows, merges: ["A1:E1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:D1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}


// =====================================================================================================
// f1 — 云浮市新兴县: 纸质《调查表》回收件录入（选择题照录所圈序号①②…，全角数字、散落空格、〔手写更正〕）
// =====================================================================================================
function buildF1() {
  const W = 4;
  const rows = [padRow(["新兴县电子商务进农村综合示范创建情况调查表（纸质回收件录入）"], W),
    padRow(["填报单位（盖章）：新 兴 县 商 务 局　　　　填报日期：２０２１年 ９ 月 ３ 日"], W),
    padRow(["说明：选择题在所选序号上画圈，录入时照录所圈序号；填空题照录手写内容；〔 〕内为录入员注明的手写更正。"], W),
    ["题号", "题　目", "作　答", "录入备注"]];
  const M = ["A1:D1", "A2:D2", "A3:D3"];
  let q = 0;
  const sec = (t) => {
    rows.push(padRow([t], W));
    M.push(`A${rows.length}:D${rows.length}`);
  };
  const Q = (text, ans, note) => rows.push([`（${fwText(String(++q))}）`, text, ans, note || null]);
  sec("一、基本情况");
  Q("数据截止日期", "２０２１ 年 ８ 月 ３１ 日");
  Q("常住人口（万人）", "４２．６８ ");
  Q("行政村数（个）", " １９９");
  Q("省定贫困村数（个）", "２１");
  Q("示范创建领导小组组长为：①县委书记　②县长　③副县长　④其他（请注明）", "②", "纸上另手写“县委副书记、县长”");
  Q("领导小组成员单位（可多选）：①商务局　②财政局　③农业农村局　④乡村振兴局（原扶贫办）　⑤交通运输局　⑥邮政管理部门　⑦其他", "①②③④⑤⑥");
  Q("示范县工作方案：①已正式印发　②未印发", "①");
  Q("方案制定自评（１—２分）", "２");
  Q("支持农村电商发展的政策：①已出台　②未出台", "①");
  Q("政策支持自评（１—２分）", fixed("１", "２"));
  Q("项目管理制度自评（１—２分）", "２");
  Q("工作台账自评（１—２分）", "２ ");
  sec("二、服务体系建设");
  Q("县级电子商务公共服务中心投入运营日期", "２０２０ 年 １２ 月 １８ 日");
  Q("中心提供的免费服务（可多选）：①免费培训场所和培训设备　②特色农产品免费展示、销售　③免费摄影、美工　④农产品统一推广、品牌建设指导　⑤其他衍生增值服务", "①②③④", "〔⑤原已圈，后手写划去〕");
  Q("电商产业园：①已建设或整合　②未建设", "①");
  Q("当地专业第三方电子商务运营或服务商：①有　②无", "①");
  Q("行政村物流快递覆盖率是否达到１００％：①是　②否", "②", "手写：尚有３个村未通");
  sec("三、农村产品上行");
  Q("２０１９年农产品网络零售额（万元）", "１８ ６００");
  Q("２０２０年农产品网络零售额（万元）", "２５ １２０");
  Q("２０２０年农村网络零售额同比增速（％）", "２７．３");
  Q("网销调研自评（１—２分）", "１");
  Q("网络促销活动自评（１—２分）", "２");
  Q("交易标准与冷链、溯源系统自评（１—２分）", "１");
  sec("四、电商人才培训");
  Q("累计培训人次", "５ ２１８");
  Q("有劳动能力的建档立卡贫困人口数（不含外出务工，人）", fixed("３ ４６０", "３ ４０６"), "县乡村振兴局提供");
  Q("已参加培训的建档立卡贫困人口数（人）", "１ ８２２");
  sec("五、信息公开及报送");
  Q("县政府网站专栏已公示（可多选）：①创建方案　②项目基本信息　③项目建设进度　④征求意见或监督举报窗口", "①②③④");
  Q("能否统计电商扶贫情况：①能　②不能", "①");
  sec("六、财政资金管理");
  Q("下达省级专项资金（万元）", "５００");
  Q("累计拨付资金（万元）", "４１２．６");
  Q("资金管理制度：①已制定　②未制定", "①");
  Q("资金管理制度自评（１—５分）", "５");
  Q("项目承建方资金专用台账：①已建立　②未建立", "①");
  Q("资金台账自评（１—５分）", "４");
  Q("资金及时拨付自评（１—５分）", "４");
  sec("七、其他");
  Q("项目总体进度（％）", "８６");
  Q("是否发生安全生产、质量事故或重大经济损失：①是　②否", "②");
  Q("是否存在弄虚作假：①是　②否", "②");
  assert(q === 38, "f1 questions " + q);
  rows.push(padRow(["填表人：梁××（手写签名）　　联系电话：0766-28×××××　　录入：县商务局 陈××　9月6日"], W));
  M.push(`A${rows.length}:D${rows.length}`);
  for (const r of rows) assert(r.length === W, "f1 width");
  assert(Math.abs((25120 - 18600) / 18600 - 0.3505) < 0.0001, "f1 agri growth 35%");
  return {
    description:
      "云浮新兴县商务局把纸质《创建情况调查表》回收件照录进Excel：题号是全角“（１）”，选择题的选项用圈码①②③…写在题目里，作答栏照录所圈的序号（“②”即县长，多选题写成“①②③④⑤⑥”），填空题是全角数字且夹着散落空格（“４２．６８ ”“１８ ６００”“２０２０ 年 １２ 月 １８ 日”），手写更正录成“新值〔手写更正，原打印“旧值”已划去〕”（政策支持自评２改１、贫困人口３ ４０６改３ ４６０），中心免费服务的⑤原圈后划去（不选），快递覆盖选②否；七个分节标题行，末行填表人签名。",
    sheets: [{ name: "调查表录入", rows, merges: M }],
    expect: {
      facts: {
        county: "新兴县", asOf: "2021-08-31", residentPopulation: 426800, adminVillagesStated: 199, poorVillagesStated: 21, planIssued: true, policyIssued: true,
        centerOpened: "2020-12-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: false, agriRetail2019: 186000000, agriRetail2020: 251200000, ruralRetailGrowthStated: 0.273,
        trainingPersonTimesStated: 5218, eligiblePoorPersonsStated: 3460, trainedPoorPersonsStated: 1822, disclosurePlan: true, disclosureProjects: true,
        disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 4126000,
        fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.86, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 湛江市遂溪县: 多部门联合填报表（每个部门一列，只在本单位列作答，其余划“／”）
// =====================================================================================================
function buildF2() {
  const DEPTS = ["县商务局", "县财政局", "县农业农村局", "县乡村振兴局", "县统计局"];
  const W = 4 + DEPTS.length + 1;
  const rows = [padRow(["遂溪县电子商务进农村综合示范考评数据多部门联合填报表"], W),
    padRow(["填报要求：各成员单位只在本单位一列填写，非本单位填报事项划“／”；数据截至2021年8月31日。"], W),
    ["序号", "填报项目", "计量单位", "说明"].concat(DEPTS, ["核对"])];
  const M = [`A1:${colName(W - 1)}1`, `A2:${colName(W - 1)}2`];
  let n = 0;
  const R = (item, unit, dept, value, note) => {
    const i = DEPTS.indexOf(dept);
    assert(i >= 0, "f2 dept " + dept);
    rows.push([++n, item, unit, note || null].concat(DEPTS.map((_, j) => (j === i ? value : "／")), ["已核"]));
  };
  const sec = (t) => {
    rows.push(padRow([t], W));
    M.push(`A${rows.length}:${colName(W - 1)}${rows.length}`);
  };
  sec("（一）基础数据");
  R("常住人口", "万人", "县统计局", 87.52, "第七次人口普查");
  R("行政村数", "个", "县农业农村局", 242);
  R("省定贫困村数", "个", "县乡村振兴局", 28);
  R("2019年农村网络零售额", "万元", "县统计局", "158,320");
  R("2020年农村网络零售额", "万元", "县统计局", "213,740");
  R("2019年农产品网络零售额", "万元", "县农业农村局", "61,250");
  R("2020年农产品网络零售额", "万元", "县农业农村局", "79,630");
  sec("（二）组织与服务体系");
  R("示范创建领导小组组长", "—", "县商务局", "副县长（分管商务）");
  R("领导小组成员单位", "—", "县商务局", "县商务局、县财政局、县农业农村局、县乡村振兴局、县统计局、县交通运输局、县邮政管理局");
  R("示范县工作方案", "—", "县商务局", "已印发", "遂府办函〔2020〕56号");
  R("支持农村电商发展的政策", "—", "县商务局", "已出台");
  R("县级电商公共服务中心投入运营日期", "—", "县商务局", "2020.11.6");
  R("中心有免费培训场所、培训设备", "是／否", "县商务局", "是");
  R("中心为特色农产品免费展示、销售", "是／否", "县商务局", "是");
  R("中心提供免费摄影、美工服务", "是／否", "县商务局", "否");
  R("组织农产品统一推广、指导品牌建设", "是／否", "县农业农村局", "是", "“遂溪火龙果”区域公用品牌");
  R("中心提供其他衍生增值服务", "是／否", "县商务局", "是");
  R("建设或整合电商产业园", "是／否", "县商务局", "是");
  R("有专业第三方电商运营或服务商", "有／无", "县商务局", "有");
  R("行政村物流快递覆盖率100%", "是／否", "县商务局", "是");
  sec("（三）培训、公开与报送");
  R("累计培训人次", "人次", "县商务局", "5,012");
  R("有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "县乡村振兴局", "6,318");
  R("参加电商培训的建档立卡贫困人口", "人", "县乡村振兴局", "2,907");
  R("能统计电商扶贫情况", "能／否", "县乡村振兴局", "能");
  R("专栏公示创建方案", "是／否", "县商务局", "是");
  R("专栏公示项目基本信息", "是／否", "县商务局", "是");
  R("专栏公示项目建设进度", "是／否", "县商务局", "是");
  R("专栏设立征求意见或监督举报窗口", "是／否", "县商务局", "否", "网站改版后待恢复");
  sec("（四）资金");
  R("下达省级专项资金", "万元", "县财政局", 500);
  R("累计拨付资金", "万元", "县财政局", 386.52);
  R("已制定资金管理制度", "是／否", "县财政局", "是");
  R("项目承建方建立资金专用台账", "是／否", "县财政局", "是");
  R("项目总体进度", "%", "县商务局", "78%");
  R("发生安全生产、质量事故或重大损失", "有／无", "县商务局", "无");
  R("弄虚作假", "有／无", "县商务局", "无");
  sec("（五）主观项自评（分）");
  R("方案制定（1—2分）", "分", "县商务局", 2);
  R("政策支持（1—2分）", "分", "县商务局", 2);
  R("项目管理制度（1—2分）", "分", "县商务局", 1);
  R("工作台账（1—2分）", "分", "县商务局", 2);
  R("网销调研及建议（1—2分）", "分", "县农业农村局", 1);
  R("网络促销活动（1—2分）", "分", "县商务局", 2);
  R("交易标准与冷链、溯源（1—2分）", "分", "县农业农村局", 1);
  R("资金管理制度（1—5分）", "分", "县财政局", 3);
  R("资金台账（1—5分）", "分", "县财政局", 3);
  R("资金及时拨付（1—5分）", "分", "县财政局", 3);
  rows.push(padRow([], W));
  rows.push(padRow(["汇总：遂溪县商务局电商股　　各单位填报人已在纸质件签字"], W));
  M.push(`A${rows.length}:${colName(W - 1)}${rows.length}`);
  for (const r of rows) assert(r.length === W, "f2 width");
  return {
    description:
      "湛江遂溪县商务局汇总的《考评数据多部门联合填报表》：序号｜填报项目｜计量单位｜说明之后，县商务局、县财政局、县农业农村局、县乡村振兴局、县统计局各占一列，每个事项只有负责的那个部门在本单位列里填值，其余部门列一律划“／”，最后一列“核对”全是“已核”；所以值在哪一列随行而变（常住人口、零售额在统计局列，农产品零售额和品牌建设在农业农村局列，贫困人口在乡村振兴局列，资金在财政局列），单位在单位列（万人、万元），五个分节标题行，主观项自评也按部门列填；副县长任组长（分管领导）。",
    sheets: [{ name: "联合填报表", rows, merges: M }],
    expect: {
      facts: {
        county: "遂溪县", asOf: "2021-08-31", residentPopulation: 875200, adminVillagesStated: 242, poorVillagesStated: 28, ruralRetail2019: 1583200000,
        ruralRetail2020: 2137400000, agriRetail2019: 612500000, agriRetail2020: 796300000, planIssued: true, policyIssued: true, centerOpened: "2020-11-06",
        centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true,
        expressCoverage: true, trainingPersonTimesStated: 5012, eligiblePoorPersonsStated: 6318, trainedPoorPersonsStated: 2907, povertyStatisticsStated: true,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, fundAllocated: 5000000, fundSpentStated: 3865200,
        fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.78, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 1, "org.management.ledger": 2, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 3, "fund.ledger": 3, "fund.spending": 3,
      },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f3 — 汕尾市海丰县: 迎检数据看板（卡片式：大数字在上、名称在下；●／○功能清单；自评面板）
// =====================================================================================================
function buildF3() {
  const W = 12; // A spacer; cards at B:C, E:F, H:I, K:L
  const rows = [padRow(["海丰县电子商务进农村综合示范创建数据看板（迎检版）"], W), padRow(["数据截至：2021.08.31　　制作：海丰县商务局电商办"], W)];
  const M = ["A1:L1", "A2:L2"];
  const CARD = [["B", "C"], ["E", "F"], ["H", "I"], ["K", "L"]];
  const band = (title, cards) => {
    rows.push(padRow([], W));
    rows.push(padRow([`■ ${title}`], W));
    M.push(`A${rows.length}:L${rows.length}`);
    const vr = padRow([], W);
    const lr = padRow([], W);
    cards.forEach((c, i) => {
      const col = colIndex(CARD[i][0]) - 1;
      vr[col] = c[0];
      lr[col] = c[1];
    });
    rows.push(vr);
    const rv = rows.length;
    rows.push(lr);
    const rl = rows.length;
    cards.forEach((_, i) => M.push(`${CARD[i][0]}${rv}:${CARD[i][1]}${rv}`, `${CARD[i][0]}${rl}:${CARD[i][1]}${rl}`));
  };
  band("基本情况", [[73.84, "常住人口（万人）"], [231, "行政村（个）"], [30, "省定贫困村（个）"], ["2020.10.28", "县级电商公共服务中心投入运营"]]);
  band("产业园与站点", [[26, "产业园入驻企业（家）"], [4, "入驻企业类型（种）"], [188, "村级电商服务站点（个）"], ["100%", "省定贫困村站点覆盖率"]]);
  band("网络零售", [[18.42, "2019年农村网络零售额（亿元）"], [22.95, "2020年农村网络零售额（亿元）"], ["24.6%", "2020年农村网络零售额同比增速"], [5.37, "2020年农产品网络零售额（亿元）"]]);
  band("人才培训", [["8,126", "累计培训人次"], ["5,402", "有劳动能力建档立卡贫困人口（不含外出务工，人）"], ["3,012", "已参训建档立卡贫困人口（人）"], ["55.8%", "贫困人口培训率"]]);
  band("资金与进度", [[500, "下达省级专项资金（万元）"], [437.85, "累计拨付（万元）"], ["87.6%", "资金支出率"], ["91%", "项目总体进度"]]);
  rows.push(padRow([], W));
  rows.push(padRow(["■ 功能与事项清单（●是／已具备　○否／未具备）"], W));
  M.push(`A${rows.length}:L${rows.length}`);
  const chk = (label, items) => {
    const r = padRow([null, label], W);
    items.forEach((it, i) => (r[3 + i * 2] = `${it[1] ? "●" : "○"} ${it[0]}`));
    rows.push(r);
  };
  chk("中心服务", [["免费培训场所、设备", true], ["特色农产品免费展示销售", true], ["免费摄影美工", false], ["品牌推广指导", true]]);
  chk("中心服务（续）", [["其他衍生增值服务", true]]);
  chk("创建事项", [["工作方案已正式印发", true], ["扶持政策已出台", true], ["电商产业园", true], ["第三方运营服务商", true]]);
  chk("创建事项（续）", [["行政村快递全覆盖", true], ["能统计电商扶贫情况", true], ["资金管理制度已制定", true], ["资金专用台账已建立", true]]);
  chk("专栏公示", [["创建方案", true], ["项目基本信息", true], ["项目建设进度", true], ["监督举报窗口", false]]);
  chk("否决事项", [["安全生产、质量事故或重大损失", false], ["弄虚作假", false]]);
  rows.push(padRow([], W));
  rows.push(padRow(["■ 组织领导"], W));
  M.push(`A${rows.length}:L${rows.length}`);
  rows.push(padRow([null, "组长", null, "县委书记"], W));
  rows.push(padRow([null, "成员单位", null, "县商务局 · 县财政局 · 县农业农村局 · 县人社局 · 县交通运输局"], W));
  M.push(`D${rows.length - 1}:L${rows.length - 1}`, `D${rows.length}:L${rows.length}`);
  rows.push(padRow([], W));
  rows.push(padRow(["■ 自评面板"], W));
  M.push(`A${rows.length}:L${rows.length}`);
  rows.push(padRow([null, "评价指标", null, "满分", "自评", null, null, "主观分项", null, null, "自评"], W));
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 14, "work.coverage": 10, "work.upward": 9, "work.training": 20,
    "info.disclosure": 3, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 4, "fund.ledger": 4, "fund.spending": 5,
    "bonus.poorTraining": 0, "bonus.tvCase": 2,
  };
  const NM = [["org.leadership", "组织领导", 2], ["org.plan", "方案制定", 2], ["org.policy", "政策支持", 2], ["org.management", "项目管理", 4],
    ["work.center", "县级中心与产业园", 15], ["work.coverage", "村级站点覆盖", 10], ["work.upward", "农村产品上行", 10], ["work.training", "电商人才培训", 20],
    ["info.disclosure", "信息公开", 4], ["info.reporting", "数据上报", 6], ["promo.cases", "案例总结", 2], ["promo.media", "经验推广", 8],
    ["fund.system", "制度建立", 5], ["fund.ledger", "资金台账", 5], ["fund.spending", "资金支出", 5], ["bonus.poorTraining", "加分：贫困人口培训率≥70%", 2],
    ["bonus.tvCase", "加分：典型案例电视播报", 2]];
  const SUB = [["方案制定", 2], ["政策支持", 2], ["项目管理制度", 2], ["工作台账", 1], ["网销调研", 2], ["网络促销活动", 2], ["交易标准与冷链溯源", 1],
    ["资金管理制度", 4], ["资金台账", 4], ["资金及时拨付", 5]];
  NM.forEach(([id, nm, mx], i) => {
    const r = padRow([null, nm, null, mx, claimed[id]], W);
    if (SUB[i]) {
      r[7] = SUB[i][0];
      r[10] = SUB[i][1];
    }
    rows.push(r);
    M.push(`B${rows.length}:C${rows.length}`);
    if (SUB[i]) M.push(`H${rows.length}:J${rows.length}`);
  });
  const sc = sum(SCORED.map(([id]) => claimed[id]));
  assert(sc === 94, "f3 claim " + sc);
  rows.push(padRow([null, "合计", null, 100, `${sc}＋2`], W));
  M.push(`B${rows.length}:C${rows.length}`);
  for (const r of rows) assert(r.length === W, "f3 width");
  assert(Math.abs((22.95 - 18.42) / 18.42 - 0.246) < 0.0005, "f3 growth consistent");
  return {
    description:
      "汕尾海丰县商务局电商办做的《创建数据看板（迎检版）》当事实表：按“■ 基本情况／产业园与站点／网络零售／人才培训／资金与进度”分带，每带四张卡片（B:C、E:F、H:I、K:L合并），大数字在上一行、名称和单位在下一行（值在标签上方），其中入驻企业数、站点数、覆盖率、培训率、支出率只是展示数不是填报项；功能与事项清单用“● 名称／○ 名称”（图例●是○否），否决事项两项都是○；组织领导县委书记任组长但成员单位没有扶贫（乡村振兴）部门；下方自评面板左边按指标列满分和自评（claimed），右边并排列主观分项自评。",
    sheets: [{ name: "数据看板", rows, merges: M }],
    expect: {
      facts: {
        county: "海丰县", asOf: "2021-08-31", residentPopulation: 738400, adminVillagesStated: 231, poorVillagesStated: 30, centerOpened: "2020-10-28",
        ruralRetail2019: 1842000000, ruralRetail2020: 2295000000, ruralRetailGrowthStated: 0.246, agriRetail2020: 537000000, trainingPersonTimesStated: 8126,
        eligiblePoorPersonsStated: 5402, trainedPoorPersonsStated: 3012, fundAllocated: 5000000, fundSpentStated: 4378500, overallProgress: 0.91,
        centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true, planIssued: true, policyIssued: true,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: true, povertyStatisticsStated: true, fundSystemIssued: true, fundLedgerKept: true,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 5,
      },
      leadership: "principal",
      claimed,
    },
  };
}


// =====================================================================================================
// l1 — 梅州市五华县: 纸质签到表／劳动力摸查表／专栏更新打印件的录入稿（全角、空格、圈码序号、〔手写更正〕、整行划去）
// =====================================================================================================
function buildL1() {
  const REG = "441424";
  const W = 5;
  // ① 签到表（录入稿）
  const sessions = [
    { no: 2, date: "2020-11-19", topic: "农村电商基础知识", place: "水寨镇党群服务中心", n: 14, dtxt: (d) => fwDate(d, true) },
    { no: 3, date: "2021-04-08", topic: "短视频与直播带货", place: "华城镇文化站", n: 12, dtxt: (d) => fwText(dotDate(d)) },
    { no: 5, date: "2021-09-01", topic: "五华红薯网络营销", place: "安流镇政府会议室", n: 10, dtxt: (d) => fwDate(d, false) },
  ];
  const tRows = [padRow(["五华县农村电商培训签到表（据纸质签到表录入）"], W)];
  const tM = ["A1:E1"];
  const tRecs = [];
  const people = [];
  sessions.forEach((s, si) => {
    tRows.push(padRow([`第${circ(s.no)}期　${s.topic}　　日期：${s.dtxt(s.date)}　　地点：${s.place}`], W));
    tM.push(`A${tRows.length}:E${tRows.length}`);
    tRows.push(["序号", "姓　名", "身份证号码", "联系电话", "备　注"]);
    let num = 0;
    for (let k = 0; k < s.n; k++) {
      const id = makeId(REG, birthBetween(1966, 2000), rnd() < 0.5, k === 4 ? true : k === 6 ? false : undefined);
      const nm = personName();
      people.push({ id, name: nm });
      let idTxt = fwDigits(id);
      let note = null;
      let rec = id;
      if (k % 4 === 1) idTxt = fwDigits(spacedId(id));
      if (si === 0 && k === 6) {
        // a handwritten correction of the last two digits
        const wrongTail = id[17] + id[16];
        const wrong = id.slice(0, 16) + (wrongTail === id.slice(16) ? "00" : wrongTail);
        idTxt = `${fwDigits(id)}〔手写更正，原写“${fwDigits(wrong)}”已划去〕`;
      }
      if (si === 1 && k === 3) {
        idTxt = null;
        rec = null;
        note = "身份证号未填";
      }
      tRows.push([circ(++num), k % 3 === 0 ? spaced(nm) : nm, idTxt, mask(phone()), note]);
      tRecs.push({ date: s.date, personTimes: 1, id: rec });
      if (si === 0 && k === 9) {
        // a whole line crossed out on paper: not a sign-in (its printed number is skipped)
        const x = makeId(REG, birthBetween(1970, 1995), true, false);
        tRows.push([circ(++num), personName(), fwDigits(x), mask(phone()), "〔此行整行划去，旁注“重复签到”〕"]);
      }
    }
    tRows.push(padRow([`本期签到${s.n}人（不含划去行）`], W));
    tM.push(`A${tRows.length}:E${tRows.length}`);
    if (si < sessions.length - 1) tRows.push(padRow([], W));
  });
  checkTrainingIds(tRecs, "l1");
  assert(tRecs.length === 36 && tRecs.filter((r) => r.id === null).length === 1, "l1 sign-ins " + tRecs.length);

  // ② 脱贫户劳动力摸查表（√ 打在栏里）
  const pRows = [padRow(["五华县脱贫户劳动力情况摸查表（据纸质表录入）"], 9), ["序号", "户主姓名", "成员姓名", "公民身份号码", "有劳动能力", "无劳动能力", "外出务工", "在家", "备注"]];
  const pRecs = [];
  let no = 0;
  const HH = [[3, "安流镇"], [2, "华城镇"], [4, "水寨镇"], [3, "横陂镇"], [2, "转水镇"], [3, "岐岭镇"]];
  HH.forEach(([size], h) => {
    let head = null;
    for (let k = 0; k < size; k++) {
      const fromSign = h < 3 && k === 1 ? people[h * 2] : null;
      const id = fromSign ? fromSign.id : makeId(REG, k >= 2 && h % 2 ? birthBetween(2006, 2012) : birthBetween(1958, 1996), k % 2 === 0, h === 4 && k === 1 ? true : undefined);
      const nm = fromSign ? fromSign.name : personName();
      if (k === 0) head = nm;
      const child = k >= 2 && h % 2 === 1;
      const labour = !child && !(h === 5 && k === 0);
      const migrant = labour ? (k === 0 && h % 3 === 2) || (h === 1 && k === 1) : null;
      let note = child ? "在校生" : !labour ? "重病" : null;
      if (h === 2 && k === 1) note = "〔原在“外出务工”栏打√，已划去，改打在“在家”栏〕";
      no++;
      pRows.push([circ(no), k === 0 ? head : null, nm, no % 3 === 0 ? fwDigits(id) : id, labour ? "√" : null, labour ? null : "√", labour && migrant ? "√" : null,
        labour && !migrant ? "√" : null, note]);
      pRecs.push({ id, labour, migrant });
    }
  });
  assert(no === 17 && pRecs.some((r) => r.migrant === true) && pRecs.some((r) => r.labour === false), "l1 roster");

  // ③ 专栏更新记录（打印件录入）
  const ups = ["2020-09-23", "2020-10-27", "2020-12-02", "2021-01-18", "2021-03-15", "2021-04-26", "2021-06-09", "2021-07-21", "2021-08-30"];
  const uRows = [padRow(["五华县人民政府网电子商务进农村专栏更新登记（据打印件录入）"], 4), ["序号", "发布日期", "标题", "发布人"]];
  const TT = ["示范项目建设进度", "专项资金使用情况", "村级站点建设名单公示", "工作动态"];
  ups.forEach((u, i) => {
    const [y, m, d] = ymd(u);
    let dt = `${fwText(String(y))}年 ${fwText(String(m))} 月${fwText(String(d))}日`;
    if (u === "2021-03-15") dt = `２０２１年３月１５日〔手写更正，原打印“２０２１年３月５日”已划去〕`;
    uRows.push([circ(i + 1), dt, `${TT[i % 4]}（${cnMonth(u)}）`, "古××"]);
  });
  const uRecs = ups.map((u) => ({ date: u }));

  // ④ 录入说明
  const nRows = [["录入说明"], ["１．三张表均照纸质原件录入，数字按原件为全角，空格照录。"], ["２．〔 〕内为录入人注明的手写更正或批注，以更正后的内容为准；整行划去的照录但不算。"],
    ["３．签到表序号为原件印好的圈码，整行划去后序号不改。"], ["录入人：县商务局 张××　２０２１年９月７日"]];

  return {
    description:
      "梅州五华县商务局把三份纸质原件照录进Excel的台账（四个表）：①《签到表（录入稿）》三期上下叠放，每期一行“第②期　主题　日期：２０２０ 年 １１ 月 １９ 日　地点”（期次是圈码，日期全角、有空格，第⑤期在9月1日），序号是印好的圈码①②…，身份证号全是全角数字（个别中间有空格、尾号Ｘ），一人号码录成“正确号码〔手写更正，原写“…”已划去〕”，一行“〔此行整行划去，旁注“重复签到”〕”不算签到，一人号码未填；②《劳动力摸查表》按户排、户主只写首行，有／无劳动能力和外出务工／在家各一栏打“√”，一人备注“原在外出务工栏打√已划去”（算在家），无劳动能力的务工两栏都空（未知）；③《专栏更新》日期“２０２０年 ９ 月２３日”式，一条“〔手写更正，原打印…已划去〕”；④《录入说明》不是台账。",
    sheets: [
      { name: "签到表（录入稿）", rows: tRows, merges: tM },
      { name: "劳动力摸查表", rows: pRows, merges: ["A1:I1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:D1"] },
      { name: "录入说明", rows: nRows },
    ],
    expect: {
      sheets: {
        "签到表（录入稿）": { kind: "training", records: tRecs },
        "劳动力摸查表": { kind: "poorPersons", records: pRecs },
        "专栏更新": { kind: "disclosures", records: uRecs },
        "录入说明": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 清远市英德市: 项目拨付进度表（一行一项目，第一至三次拨付横向分组）、媒体报道（级别措辞各异）、入驻企业（状态一格写入驻／迁出）、封面
// =====================================================================================================
function buildL2() {
  // ① 资金：一行一个项目，拨付按“第一次／第二次／第三次”横向成组
  const PROJ = [
    ["英德市电子商务公共服务中心建设", 1600000, [["2020-08-14", 800000], ["2020-12-30", 480000], ["2021-06-18", 320000]]],
    ["村级电商服务站点建设", 950000, [["2020-10-21", 475000], ["2021-05-07", 285000]]],
    ["县乡村三级物流配送体系", 880000, [["2021-01-26", 440000], ["2021-07-29", 264000]]],
    ["电商人才培训", 620000, [["2020-11-11", 186000], ["2021-03-23", 217000], ["2021-09-06", 155000]]],
    ["英德红茶品牌培育与网络促销", 560000, [["2021-04-15", 280000]]],
    ["农产品溯源与冷链", 390000, []],
  ];
  const W = 11;
  const fRows = [padRow(["英德市电子商务进农村综合示范专项资金拨付进度表"], W), padRow(["单位：万元"], W),
    ["序号", "项目名称", "合同金额", "第一次拨付", null, "第二次拨付", null, "第三次拨付", null, "累计拨付", "备注"],
    [null, null, null, "日期", "金额", "日期", "金额", "日期", "金额", null, null]];
  const fM = ["A1:K1", "A2:K2", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:G3", "H3:I3", "J3:J4", "K3:K4"];
  const fRecs = [];
  PROJ.forEach(([nm, contract, pays], i) => {
    const r = [i + 1, nm, wan4(contract)];
    for (let k = 0; k < 3; k++) {
      const p = pays[k];
      r.push(p ? [D(p[0]), dotDate(p[0]), cnDate(p[0])][(i + k) % 3] : null, p ? wan4(p[1]) : null);
      if (p) fRecs.push({ date: p[0], amount: p[1] });
    }
    r.push(wan4(sum(pays.map((p) => p[1]))), pays.length ? null : "未拨付");
    fRows.push(r);
  });
  const total = sum(PROJ.map((p) => sum(p[2].map((x) => x[1]))));
  fRows.push([null, "合计", wan4(sum(PROJ.map((p) => p[1]))), null, null, null, null, null, null, wan4(total), null]);
  fRows.push(padRow(["注：合同金额为承建合同约定金额，不是拨付；累计拨付为本行各次拨付之和。"], W));
  fM.push(`A${fRows.length}:K${fRows.length}`);
  assert(fRecs.length === 11, "l2 pays");
  for (const r of fRows) assert(r.length === W, "l2 fund width");

  // ② 媒体报道（级别措辞：中央级／省属／地市级／本地）
  const MD = [["2020-10-16", "英德市融媒体中心", "本地", "新媒体", "英德：村级电商站让农产品“出山”", "county", false],
    ["2020-12-08", "清远日报", "地市级", "报纸", "英德红茶插上电商翅膀", "city", false],
    ["2021-03-30", "广东广播电视台", "省属", "电视", "电商扶贫典型案例：英德茶农直播卖茶", "province", true],
    ["2021-06-21", "中央广播电视总台农业农村频道", "中央级", "电视", "英德：一片茶叶带富一方百姓", "national", true],
    ["2021-08-12", "南方+客户端", "省属", "网络", "英德电商进农村示范县创建观察", "province", false]];
  const mRows = [padRow(["英德市电子商务进农村宣传报道登记"], 6), ["序号", "播发日期", "媒体", "媒体层级", "载体", "题目"]];
  MD.forEach((m, i) => mRows.push([i + 1, [twoDot(m[0]), slashDate(m[0]), cnDate(m[0])][i % 3], m[1], m[2], m[3], m[4]]));
  const mRecs = MD.map((m) => ({ date: m[0], level: m[5], tv: m[6] }));

  // ③ 入驻企业：状态一格写“入驻／迁出”月份
  const fnm = nameMaker("英连浛望横沙大", "茶华盛源丰达信", "", []);
  const TY = ["平台型", "销售型", "销售型", "运营服务商", "物流企业", "销售型", "网店", "销售型", "直播电商", "销售型", "代运营", "销售型"];
  const firms = TY.map((t, i) => {
    const ent = monthsBetween("2020-03", "2021-07")[rint(0, 16)];
    return { name: `英德市${fnm()}${/物流/.test(t) ? "物流" : /茶/.test(t) ? "茶业" : "电子商务"}有限公司`, type: t, entered: ent, left: null, i };
  });
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[2].left = "2021-05";
  firms[7].left = "2021-10";
  assert(firms[2].entered < "2021-05" && firms[7].entered < "2021-10", "l2 left after entry");
  const eRows = [padRow(["英德市电商产业园入驻企业一览"], 5), ["序号", "企业名称", "类型", "入驻及迁出情况", "经营范围"]];
  firms.forEach((f, i) => {
    const st = f.left ? `${monthDot(f.entered)}入驻／${monthDot(f.left)}迁出` : `${monthDot(f.entered)}入驻（在园）`;
    eRows.push([i + 1, f.name, f.type, st, ["茶叶网络销售", "农产品电商", "电商代运营", "仓储配送", "直播带货"][i % 5]]);
  });
  const eRecs = firms.map((f) => ({ name: f.name, type: f.type, entered: f.entered, left: f.left }));

  // ④ 封面
  const cRows = [["英德市电子商务进农村综合示范"], ["考评台账（第三册）"], [null], ["一、专项资金拨付进度表"], ["二、宣传报道登记"], ["三、电商产业园入驻企业一览"], [null],
    ["英德市商务局　二〇二一年九月"]];

  return {
    description:
      `清远英德市商务局台账第三册（四个表）：①《资金拨付进度》一行一个项目，合同金额之后“第一次拨付／第二次拨付／第三次拨付”各占两列（日期｜金额，组名合并在上一行，单位万元），拨付记录要按行从左到右读，合同金额和累计拨付列、合计行都不是拨付，最后一个项目未拨付，有一笔在9月6日；②《宣传报道》媒体层级写成“中央级／省属／地市级／本地”，载体电视／报纸／网络／新媒体，日期有“21.3.30”两位年份；③《入驻企业》没有入驻、退出日期列，只有一格“${monthDot(firms[2].entered)}入驻／${monthDot(firms[2].left)}迁出”或“${monthDot(firms[0].entered)}入驻（在园）”（月份，“.10”是十月），一家2021年10月才迁出；④《封面》不是台账。`,
    sheets: [
      { name: "封面", rows: cRows },
      { name: "资金拨付进度", rows: fRows, merges: fM },
      { name: "宣传报道", rows: mRows, merges: ["A1:F1"] },
      { name: "入驻企业", rows: eRows, merges: ["A1:E1"] },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "资金拨付进度": { kind: "funds", records: fRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "入驻企业": { kind: "enterprises", records: eRecs },
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
write("counties", "b240-c1-lianzhou.json", c1);
write("facts", "b240-f1-xinxing.json", f1);
write("facts", "b240-f2-suixi.json", f2);
write("facts", "b240-f3-haifeng.json", f3);
write("ledgers", "b240-l1-wuhua.json", l1);
write("ledgers", "b240-l2-yingde.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
