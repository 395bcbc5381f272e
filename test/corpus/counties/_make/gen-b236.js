// Batch 236 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b234.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (236236), no clock. Run: node test/corpus/_b236/gen-b236.js
//
// c1 连南瑶族自治县 (清远): 《自评表》 = the official indicator table pasted from the Word report (工作任务 merged down, 评分标准
//    abridged, 自评得分 = claimed, 自评说明 with the facts in prose); 《基础数据》 = 指标｜单位｜数值 on the left and a 主观评分
//    table side by side on the right. Ledgers: 区划代码 village roll (村民委员会 / 社区居民委员会), stations grouped by 镇 with
//    小计 rows, a 签到表 workbook sheet of session blocks (date only in each block's title row, masked IDs), a household-grouped
//    poor-person roll (户编号 merged, 劳动技能, 务工状态), park roll, funds in 万元, report / column / media / material logs.
// f1 清城区 (清远): a 区政府常务会议 议题呈批表 — form boxes (议题名称, 汇报单位, 汇报人…), the 主要内容 as numbered paragraphs
//    one per merged row with the facts in prose, then 附件 基础数据 (label｜value) and a 自评分 list; the 呈批 signatures below.
// f2 南海区 (佛山): an 迎检数据卡 — three 项目｜数值｜单位 triplets side by side, values with full-width digits and the unit in
//    its own column (万人, 亿元, 个, “是/否”), section header rows across, judged as the official 评分标准 text with 自评分.
// f3 麻章区 (湛江): a Word two-column table pasted into Excel: every paragraph of a Word cell became its own row, so one item
//    spans several rows with the label only in the first (项目 merged down in some, not in others); 标签：值 inside the paragraphs.
// l1 花都区 (广州): ① media roll with 级别 written as 央媒／省媒／市媒／区媒 and 形式 电视 mixed; ② a government-site column
//    list copied from the web page (title and date in one cell, “【标题】……2021-03-15”); ③ experience materials with two-digit
//    years (21.6.18); ④ a 填表说明 sheet (not a ledger).
// l2 龙湖区 (汕头): ① poor-person roll grouped by household (户编号 and 户主 merged down, 劳动技能 and 务工状态 wordings); ② a
//    sign-in workbook sheet of session blocks (date in the block title, one block a range read at its end, masked IDs, a blank
//    row between blocks); ③ park enterprises with 入驻｜退出 under a merged 时间 head and a 状态 column; ④ a hidden 字典 sheet.
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
let seed = 236236;
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
    assert(/^b236-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b236-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b236-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 清远市连南瑶族自治县: 自评表（官方表，说明里写事实）＋ 基础数据（左右两表）＋ 10 个台账
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const TOWNS = ["三江镇", "寨岗镇", "大麦山镇", "香坪镇", "大坪镇", "涡水镇", "三排镇"];
  const TCODE = ["100", "101", "102", "103", "104", "105", "106"];
  const NV = [9, 13, 9, 10, 9, 9, 12];
  const NC = [4, 1, 0, 1, 0, 0, 1];
  const vn = villageNamer("瑶金白军油盘新板大南香牛石东上", "寮坑岭洞冲坪田水塘坳头背营龙");
  const cn = nameMaker("顺广城建民", "德华安宁和", "社区", []);
  const villages = [];
  TOWNS.forEach((t, ti) => {
    for (let i = 0; i < NC[ti]; i++) villages.push({ town: t, ti, name: cn(), admin: false, code: `441826${TCODE[ti]}${pad3(i + 1)}` });
    for (let i = 0; i < NV[ti]; i++) villages.push({ town: t, ti, name: vn(), admin: true, poor: false, code: `441826${TCODE[ti]}${pad3(200 + i + 1)}` });
  });
  const adminV = villages.filter((v) => v.admin);
  const comms = villages.filter((v) => !v.admin);
  assert(adminV.length === 71 && comms.length === 7, "c1 villages");
  noStemClash(adminV.map((v) => v.name), comms.map((v) => v.name), "c1");
  const poorList = shuffle(adminV.filter((v) => v.town !== "三江镇")).slice(0, 17);
  for (const v of poorList) v.poor = true;

  // ---------------- 行政区划（村居）
  const vRows = [padRow(["连南瑶族自治县村（社区）统计用区划代码表"], 7), padRow(["来源：县统计局2020年统计用区划代码　　快递进村情况由县邮政管理部门核实"], 7),
    ["统计用区划代码", "名称", "所属乡镇", "城乡分类代码", "类别", "是否省定贫困村", "快递进村"]];
  for (const v of villages) {
    if (v.admin) vRows.push([v.code, v.name.replace(/村$/, "村民委员会"), v.town, v.ti === 0 ? "122" : "220", "村委会", v.poor ? "是" : "否", "已通"]);
    else vRows.push([v.code, v.name.replace(/社区$/, "社区居民委员会"), v.town, v.ti === 0 ? "111" : "121", "居委会", "—", "已通"]);
  }
  vRows.push(padRow([`共${villages.length}个，其中村民委员会${adminV.length}个、社区居民委员会${comms.length}个`], 7));

  // ---------------- 站点 grouped by 镇 with 小计 (covered 56/71, poor 16/17)
  const nonPoor = shuffle(adminV.filter((v) => !v.poor));
  const st = [];
  for (const v of poorList.slice(0, 16)) st.push({ v, opened: randIsoBetween("2020-06-01", "2021-06-30") });
  for (const v of nonPoor.slice(0, 40)) st.push({ v, opened: randIsoBetween("2020-06-01", "2021-08-25") });
  st[3].opened = "2021-08";
  st.push({ v: nonPoor[5], opened: "2021-04-22", second: true });
  st.push({ v: comms[0], opened: "2020-11-06", comm: true });
  st.push({ v: poorList[16], opened: "2021-09-09" });
  st.push({ v: nonPoor[40], opened: "2021-09-16" });
  const covered = new Set();
  for (const s of st) if (!s.comm && openedBy(s.opened, CUT)) covered.add(s.v.name);
  const poorCovered = poorList.filter((v) => covered.has(v.name)).length;
  assert(covered.size === 56 && poorCovered === 16, "c1 cover " + covered.size + "/" + poorCovered);
  st.sort((a, b) => a.v.ti - b.v.ti || cmp(a.opened, b.opened));
  const sRows = [padRow(["连南瑶族自治县村级电子商务服务站点台账"], 7), padRow(["填报单位：连南瑶族自治县经济促进局（商务）"], 7),
    ["序号", "站点名称", "所在村（社区）", "建成时间", "运营单位", "负责人", "联系电话"]];
  const sM = ["A1:G1", "A2:G2"];
  let k = 0;
  TOWNS.forEach((t, ti) => {
    const inT = st.filter((s) => s.v.ti === ti);
    if (!inT.length) return;
    sRows.push(padRow([`${["一", "二", "三", "四", "五", "六", "七"][ti]}、${t}（${inT.length}个）`], 7));
    sM.push(`A${sRows.length}:G${sRows.length}`);
    inT.forEach((s, i) => {
      k++;
      const stem = s.v.name.replace(/村$|社区$/, "");
      const nm = s.comm ? `${stem}社区电商服务点` : s.second ? `${stem}村电商服务站（二站）` : `${stem}村电商服务站`;
      const vc = s.comm ? s.v.name + "居委会" : [s.v.name, s.v.name + "委会", s.v.name.replace(/村$/, "村民委员会")][k % 3];
      const op = s.opened.length === 7 ? cnMonth(s.opened) : s.opened > CUT ? cnDate(s.opened) : dateCell(s.opened, k);
      sRows.push([i + 1, nm, vc, op, ["连南邮政分公司", "连南县瑶山电子商务有限公司"][k % 2], personName(), mask(phone())]);
    });
    sRows.push(padRow([null, "小计", `${inT.length}个`], 7));
  });
  sRows.push(padRow([null, "合计", `${st.length}个`], 7));
  sRows.push(padRow(["注：2021年9月建成的2个站点已列入，供下年度参考。"], 7));
  sM.push(`A${sRows.length}:G${sRows.length}`);

  // ---------------- 贫困人口（按户）
  const hh = [];
  const migrantOf = new Map();
  for (let h = 0; h < 44; h++) {
    const sur = SURNAMES[rint(0, SURNAMES.length - 1)];
    const vil = poorList[h % 17];
    const n = rint(1, 5);
    const mem = [];
    for (let m = 0; m < n; m++) {
      let rel, birth;
      if (m === 0) { rel = "户主"; birth = birthBetween(1958, 1985); }
      else if (m === 1) { rel = "配偶"; birth = birthBetween(1960, 1987); }
      else { rel = rnd() < 0.5 ? "之子" : "之女"; birth = birthBetween(1996, 2014); }
      if (m === 4) { rel = "之母"; birth = birthBetween(1940, 1952); }
      const male = rel === "户主" || rel === "之子" ? true : rel === "配偶" ? false : rel === "之女" || rel === "之母" ? false : rnd() < 0.5;
      const id = makeId("441826", birth, male);
      const age = ageOn(birth, CUT);
      let labour, skill;
      if (age < 16 || age > 65) { labour = false; skill = "无劳动力"; }
      else if (rnd() < 0.1) { labour = false; skill = "丧失劳动力"; }
      else { labour = true; skill = rnd() < 0.25 ? "技能劳动力" : "普通劳动力"; }
      let migrant = false, work = age < 16 ? "在校生" : age > 65 ? "—" : "在家务农";
      if (labour && rnd() < 0.3) { migrant = true; work = rnd() < 0.5 ? "省外务工" : "省内县外务工"; }
      else if (labour && rnd() < 0.15) work = "县内就近务工";
      if (!labour && age >= 16 && age <= 65) work = "—";
      mem.push({ rel, name: m === 0 || rel === "之子" || rel === "之女" ? personName(sur) : personName(), id, labour, migrant, skill, work, vil });
    }
    hh.push(mem);
  }
  const persons = hh.flat();
  const eligible = persons.filter((p) => p.labour && !p.migrant);
  const needTrained = Math.ceil(eligible.length * 0.72);
  const trainedPool = shuffle(eligible);
  const trainedSet = trainedPool.slice(0, needTrained);
  const lateOnly = trainedPool[needTrained];
  const migrantTrained = persons.find((p) => p.migrant);
  assert(lateOnly && migrantTrained, "c1 pool");
  const pRows = [padRow(["连南瑶族自治县建档立卡贫困人口名单（节选：省定贫困村）"], 9), padRow(["数据来源：广东省精准扶贫大数据管理平台　导出日期：2021-07-20"], 9),
    ["户编号", "所在村", "与户主关系", "姓名", "身份证号", "劳动技能", "务工状态", "务工地点", "备注"]];
  const pM = ["A1:I1", "A2:I2"];
  const pRecs = [];
  hh.forEach((mem, h) => {
    const r0 = pRows.length + 1;
    mem.forEach((p, i) => {
      pRows.push([i === 0 ? `LN${String(2016000 + h * 7 + 11)}` : null, i === 0 ? p.vil.name + "委会" : null, p.rel, p.name, p.id, p.skill, p.work,
        p.work === "省外务工" ? ["深圳", "东莞", "广西梧州"][h % 3] : p.work === "省内县外务工" ? ["广州", "佛山", "清远市区"][h % 3] : p.work === "县内就近务工" ? "县城" : null, null]);
      pRecs.push({ id: p.id, labour: p.labour, migrant: p.migrant });
    });
    const r1 = pRows.length;
    mergeCol(pM, "A", r0, r1);
    mergeCol(pM, "B", r0, r1);
  });
  pRows.push(padRow(["注：劳动技能按平台口径（普通劳动力、技能劳动力为有劳动能力）；务工状态“县内就近务工”不属外出务工。"], 9));
  pM.push(`A${pRows.length}:I${pRows.length}`);

  // ---------------- 培训签到（分期块，日期只在期次标题行）
  const TOP = ["电商基础知识", "网店开设与运营", "短视频拍摄", "直播带货实操", "瑶绣网络营销", "农产品包装与品牌", "电商扶贫专题"];
  const sessions = [];
  let d = "2020-07-14";
  for (let i = 0; i < 22; i++) {
    const two = i % 5 === 3;
    sessions.push({ start: d, end: two ? isoAdd(d, 2) : d, two, n: rint(48, 60), topic: TOP[i % TOP.length] });
    d = isoAdd(d, rint(16, 19));
  }
  assert(sessions[21].end <= "2021-08-27", "c1 last session " + sessions[21].end);
  sessions.push({ start: "2021-09-07", end: "2021-09-07", two: false, n: 42, topic: "电商创业孵化", late: true });
  // trainee assignment: every trained eligible person at least once before the cut; some twice
  const pre = sessions.filter((s) => !s.late);
  const seats = pre.map(() => []);
  trainedSet.forEach((p, i) => seats[i % pre.length].push(p));
  trainedSet.slice(0, 12).forEach((p, i) => seats[(i * 5 + 3) % pre.length].push(p));
  seats[4].push(migrantTrained);
  const lateSeats = [lateOnly];
  const tRows = [padRow(["连南瑶族自治县农村电子商务培训签到表（汇总）"], 7)];
  const tM = ["A1:G1"];
  const tRecs = [];
  let mk = 0;
  sessions.forEach((s, si) => {
    const dt = s.two ? rangeText(s.start, s.end, si % 2 ? "cn" : "dot") : [cnDate(s.end), dotDate(s.end), slashDate(s.end), `${cnDate(s.end)}（星期${weekday(s.end)}）`][si % 4];
    tRows.push(padRow([`第${si + 1}期　${s.topic}培训班　　培训时间：${dt}　　地点：${["县电商公共服务中心", "寨岗镇党群服务中心", "大麦山镇文化站"][si % 3]}`], 7));
    tM.push(`A${tRows.length}:G${tRows.length}`);
    tRows.push(["序号", "姓名", "性别", "身份证号", "所在村", "是否建档立卡贫困户", "签名"]);
    const list = s.late ? lateSeats.slice() : seats[si].slice();
    while (list.length < s.n) list.push(null);
    const order = shuffle(list);
    order.forEach((p, i) => {
      let name, id, shown, vil, poor, male;
      if (p) {
        name = p.name; id = p.id; vil = p.vil.name; poor = "是"; male = Number(id[16]) % 2 === 1;
        shown = isX(id) && i % 2 ? id.slice(0, 17) + "x" : id;
      } else {
        male = rnd() < 0.45;
        id = makeId("441826", birthBetween(1965, 2001), male);
        name = personName(); vil = adminV[rint(0, adminV.length - 1)].name; poor = "否";
        mk++;
        if (mk % 6 === 0) { id = maskId(id); }
        shown = id;
      }
      tRows.push([i + 1, name, male ? "男" : "女", shown, vil, poor, name]);
      tRecs.push({ date: s.end, personTimes: 1, id });
    });
    tRows.push(padRow([], 7));
  });
  tRows.push(padRow(["注：部分学员签到表身份证号按要求做了脱敏处理。"], 7));
  tM.push(`A${tRows.length}:G${tRows.length}`);
  checkTrainingIds(tRecs, "c1");
  const pt = tRecs.filter((r) => r.date <= CUT).length;
  const POP = 139700;
  const BASE = Math.min(POP, 500000);
  assert(ratioGE(pt, BASE, 0.8) && !ratioGE(pt, BASE, 1), "c1 pt " + pt);
  const trainedIds = new Set(tRecs.filter((r) => r.date <= CUT && r.id).map((r) => r.id));
  const TR = eligible.filter((p) => trainedIds.has(p.id)).length;
  const EL = eligible.length;
  assert(TR === needTrained && ratioGE(TR, EL, 70), "c1 poor trained " + TR + "/" + EL);

  // ---------------- 入驻企业 (20 in park at the cut)
  const fnm = nameMaker("瑶金盘山南岗板香", "源丰泰达康华信汇", "", []);
  const TYPES = ["平台型", "销售型", "销售型", "销售型", "销售型", "销售型", "销售型", "销售型", "网店", "电商运营服务商", "电商运营服务商", "代运营",
    "物流企业", "快递", "直播电商", "农产品加工", "销售型", "销售型", "平台型", "销售型", "销售型", "物流企业"];
  const firms = shuffle(TYPES).map((t) => ({ name: `连南${fnm()}${/物流|快递/.test(t) ? "物流" : /加工/.test(t) ? "农业发展" : "电子商务"}有限公司`, type: t,
    code: creditCode("441826"), entered: randIsoBetween("2020-06-01", "2021-07-31"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[6].left = "2021-05-31";
  firms[21].entered = "2021-09-06";
  const inPark = firms.filter((f) => f.entered <= CUT && (f.left === null || f.left > CUT));
  const norm = (t) => (/平台/.test(t) ? "平台型" : /销售|零售|网店/.test(t) ? "销售型" : /运营|服务商/.test(t) ? "电商运营商" : /物流|快递|仓储/.test(t) ? "物流企业" : t);
  const types = new Set(inPark.map((f) => norm(f.type)));
  assert(inPark.length === 20 && types.size >= 3, "c1 park " + inPark.length);
  const eRows = [padRow(["连南县电子商务产业园入驻企业清单"], 7), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退出日期", "备注"]];
  firms.forEach((f, i) => eRows.push([i + 1, f.name, f.code, f.type, dateCell(f.entered, i + 2), f.left ? dotDate(f.left) : null, f.entered > CUT ? "9月新入驻" : f.left ? "已搬离" : null]));

  // ---------------- 资金（万元）
  const ALLOC = 5000000;
  const pays = [["2020-07-28", 1286000, "县电商公共服务中心建设"], ["2020-10-12", 423800, "村级站点建设（第一批）"], ["2020-12-22", 265000, "电商培训（第一批）"],
    ["2021-02-03", 387500, "县镇村物流配送体系"], ["2021-04-16", 318600, "村级站点建设（第二批）"], ["2021-06-09", 276400, "瑶山农产品品牌推广"],
    ["2021-07-21", 198000, "电商培训（第二批）"], ["2021-08-27", 352300, "农产品质量追溯系统"], ["2021-09-14", 430000, "中心建设尾款"]];
  const spent = sum(pays.filter((p) => p[0] <= CUT).map((p) => p[1]));
  assert(ratioGE(spent, ALLOC, 70) && !ratioGE(spent, ALLOC, 80), "c1 spent " + spent);
  const fRows = [padRow(["连南县电子商务进农村综合示范专项资金拨付台账"], 6), padRow(["单位：万元"], 6), ["序号", "拨付日期", "项目名称", "拨付金额", "凭证号", "备注"]];
  pays.forEach((p, i) => fRows.push([i + 1, dateCell(p[0], i + 1), p[2], wan(p[1]), `连南财拨〔${p[0].slice(0, 4)}〕${pad3(i * 13 + 21)}号`, p[0] > CUT ? "截止日后" : null]));
  fRows.push([null, "合计", null, wan(sum(pays.map((p) => p[1]))), null, null]);
  const fRecs = pays.map((p) => ({ date: p[0], amount: p[1] }));
  assert(fRecs.every((r) => Number.isInteger(r.amount / 100)), "c1 wan 2dp");

  // ---------------- 报送、专栏、宣传、材料
  const reps = WINDOW.map((m) => ({ m, date: `${m}-${String(rint(20, 28)).padStart(2, "0")}`, pov: rnd() < 0.6 }));
  reps[2].pov = true;
  const rRows = [padRow(["向清远市商务局报送工作情况登记表"], 5), ["序号", "报送日期", "报送内容", "含电商扶贫统计", "经办人"]];
  reps.forEach((r, i) => rRows.push([i + 1, [twoDot(r.date), slashDate(r.date), cnDate(r.date)][i % 3], `${cnMonth(r.m)}工作进展及统计数据`, r.pov ? "√" : "×", personName()]));
  assert(inWindowMonths(reps.map((r) => r.date)) === 12, "c1 reps");
  const upd = WINDOW.filter((m) => m !== "2020-12" && m !== "2021-05").map((m) => `${m}-${String(rint(3, 26)).padStart(2, "0")}`);
  upd.unshift("2020-07-15", "2020-08-11");
  const dMonths = inWindowMonths(upd);
  assert(dMonths === 10, "c1 disclosure months " + dMonths);
  const uRows = [padRow(["县政府门户网站“电子商务进农村”专栏更新记录"], 4), ["序号", "发布日期", "标题", "栏目"]];
  upd.forEach((x, i) => uRows.push([i + 1, dateCell(x, i + 3), `连南县电子商务进农村综合示范项目建设进度（${cnMonth(x)}）`, i % 2 ? "建设进度" : "项目公示"]));
  const mRows = [padRow(["宣传报道登记表"], 6), ["序号", "日期", "媒体", "级别", "形式", "标题"],
    [1, "2020.12.8", "南方+客户端", "省级", "网络", "连南：瑶山好物搭上电商快车"],
    [2, "2021.3.26", "连南瑶族自治县融媒体中心", "县级", "电视", "我县举办第十五期电商培训班"],
    [3, "2021.5.19", "广东广播电视台珠江频道", "省级", "电视", "【电商扶贫典型案例】瑶山茶叶“触网”带贫户增收"],
    [4, "2021.9.22", "清远日报", "市级", "报纸", "连南电商进农村示范创建迎接省考评"]];
  const matRows = [padRow(["经验材料报送情况"], 4), ["序号", "报送日期", "材料名称", "报送单位"],
    [1, "2021年6月10日", "连南县“电商＋瑶绣＋贫困户”带贫模式", "清远市商务局"]];

  // ---------------- points
  const centerOpened = "2020-10-16";
  const c = { built: 2, six: centerOpened <= "2021-02-28" ? 2 : 0, train: 2, display: 1, photo: 1, brand: 1, other: 0, park: 2, twenty: inPark.length >= 20 ? 2 : 0, types: types.size >= 3 ? 1 : 0 };
  const centerPts = sum(Object.values(c));
  const vb = Math.min(adminV.length, 200);
  const covA = ratioGE(covered.size, vb, 70) ? 5 : ratioGE(covered.size, vb, 50) ? 2 : 0;
  const covP = poorCovered === poorList.length ? 5 : ratioGE(poorCovered, poorList.length, 80) ? 3 : 0;
  const A19 = 86000000, A20 = 117000000;
  assert((A20 - A19) * 100 >= 30 * A19, "c1 growth");
  const upPts = 2 + 1 + 1 + 1 + 1 + 2;
  const ptPts = ratioGE(pt, BASE, 1) ? 10 : ratioGE(pt, BASE, 0.8) ? 8 : ratioGE(pt, BASE, 0.6) ? 6 : 0;
  const poorPts = ratioGE(TR, EL, 50) ? 10 : ratioGE(TR, EL, 40) ? 8 : ratioGE(TR, EL, 30) ? 6 : 0;
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": centerPts, "work.coverage": covA + covP, "work.upward": upPts,
    "work.training": ptPts + poorPts, "info.disclosure": 2 + (dMonths === 12 ? 2 : dMonths > 0 ? 1 : 0), "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": ratioGE(spent, ALLOC, 70) ? 4 : -5, "bonus.poorTraining": ratioGE(TR, EL, 70) ? 2 : 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(centerPts === 14 && covA === 5 && covP === 3 && ptPts === 8 && poorPts === 10 && pts["info.disclosure"] === 3, "c1 pts");
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);

  // ---------------- 自评表（官方表）
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 15, "work.coverage": 10, "work.upward": 8, "work.training": 20,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 5, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 2, "bonus.tvCase": 1,
  };
  const W = 6;
  const fr = [padRow(["连南瑶族自治县电子商务进农村综合示范创建考评自评表"], W), ["工作任务", "评价指标名称", "权重", "评分标准（摘要）", "自评得分", "自评说明"]];
  const fM = ["A1:F1"];
  const grp = (task, items) => {
    const r0 = fr.length + 1;
    items.forEach((it, i) => fr.push([i === 0 ? task : null, it[0], it[1], it[2], claimed[it[3]], it[4]]));
    mergeCol(fM, "A", r0, fr.length);
  };
  grp("加强组织领导与统筹协调（10分）", [
    ["组织领导", 2, "主要领导牵头，各部门参与（2分）；分管领导牵头（1分）", "org.leadership", "县长任领导小组组长，县商务、财政、农业农村、乡村振兴等部门参与"],
    ["方案制定", 2, "制定科学严谨的示范创建工作方案（1-2分）", "org.plan", "2020年6月印发实施方案"],
    ["政策支持", 2, "出台支持农村电商发展的政策（1-2分）", "org.policy", "已出台扶持办法"],
    ["项目管理", 4, "项目管理制度（1-2分）；工作台账（1-2分）", "org.management", "见基础数据表主观评分"]]);
  grp("深入推动电子商务进农村工作（55分）", [
    ["服务体系建设", 15, "县级公共服务中心、产业园等十项", "work.center", "中心2020年10月16日投入运营；其他衍生增值服务未开展；产业园入驻企业20家"],
    ["服务体系建设", 10, "行政村覆盖≥70%（5分）；贫困村覆盖100%（5分）", "work.coverage", "建成站点60个"],
    ["农村产品上行", 10, "网销调研、促销、第三方、快递、标准溯源、增速", "work.upward", "农产品网零增长36.0%"],
    ["电商人才培训", 20, "培训人次占常住人口≥1%（10分）；贫困人口培训率≥50%（10分）", "work.training", "见培训签到表"]]);
  grp("加强信息公开及报送（10分）", [
    ["信息公开", 4, "专栏内容全面（2分）；按月更新（2分）", "info.disclosure", "专栏公示方案、项目、进度，设监督举报电话"],
    ["数据上报", 6, "每月报送（3分）；统计电商扶贫情况（3分）", "info.reporting", "每月报送"]]);
  grp("加强宣传推广（10分）", [
    ["案例总结", 2, "向市商务局报送经验材料（2分）", "promo.cases", "已报送"],
    ["经验推广", 8, "省级4分、市级3分、县级1分", "promo.media", "省级、县级媒体报道"]]);
  grp("加强财政资金管理（15分）", [
    ["制度建立", 5, "资金管理制度（1-5分）", "fund.system", "见基础数据表"],
    ["资金台账", 5, "资金专用台账（1-5分）", "fund.ledger", "见基础数据表"],
    ["资金支出", 5, "支出率≥70%且及时拨付（1-5分）；低于70%倒扣5分", "fund.spending", "见资金台账"]]);
  grp("加分项（4分）", [
    ["贫困人口培训率", 2, "建档立卡贫困人口培训率70%及以上（2分）", "bonus.poorTraining", "培训率70%以上"],
    ["典型案例电视播报", 2, "国家级电视（2分），省级（1分）", "bonus.tvCase", "广东台珠江频道播报"]]);
  const r0v = fr.length + 1;
  fr.push(["一票否决项", "安全生产、质量事故或重大损失", null, null, "无", "未发生"]);
  fr.push([null, "总体进度不足40%", null, null, "无", "总体进度88%"]);
  fr.push([null, "弄虚作假", null, null, "无", "无"]);
  mergeCol(fM, "A", r0v, fr.length);
  const sumClaim = sum(SCORED.map(([id]) => claimed[id]));
  fr.push(["合计得分", null, 100, null, sumClaim + 3, "含加分3分"]);
  fM.push(`A${fr.length}:B${fr.length}`);
  for (const r of fr) assert(r.length === W, "c1 width");

  // ---------------- 基础数据（左：指标｜单位｜数值；右：主观评分）
  const L = [["县名", "—", "连南瑶族自治县"], ["考评截止日期", "—", "2021年8月31日"], ["常住人口", "万人", "13.97"], ["行政村数", "个", adminV.length],
    ["省定贫困村数", "个", poorList.length], ["领导小组组长", "—", "县长"], ["成员单位", "—", "县商务局、财政局、农业农村局、乡村振兴局、交通运输局"],
    ["工作方案印发", "—", "是"], ["扶持政策出台", "—", "是"], ["公共服务中心投入运营日期", "—", "2020.10.16"], ["免费培训场所及设备", "—", "有"],
    ["免费展示销售", "—", "有"], ["免费摄影美工", "—", "有"], ["品牌推广指导", "—", "有"], ["其他衍生增值服务", "—", "无"], ["电商产业园", "—", "已建成"],
    ["第三方运营服务商", "—", "有"], ["2019年农产品网络零售额", "万元", "8,600"], ["2020年农产品网络零售额", "万元", "11,700"],
    ["专栏公示创建方案/项目信息/建设进度", "—", "是/是/是"], ["监督举报窗口", "—", "有（监督电话）"], ["下达省级资金", "万元", "500"], ["项目总体进度", "%", "88"]];
  const R = [["项目管理制度", "1-2", 2], ["工作台账", "1-2", 1], ["网销调研", "1-2", 2], ["网络促销活动", "1-2", 1], ["交易标准与冷链溯源", "1-2", 1],
    ["资金管理制度", "1-5", 4], ["资金专用台账", "1-5", 4], ["资金及时拨付", "1-5", 4], ["方案制定", "1-2", 2], ["政策支持", "1-2", 2]];
  const bRows = [padRow(["连南县电商进农村考评基础数据"], 7), ["指标", "单位", "数值", null, "主观评分项", "分值范围", "自评分"]];
  const bM = ["A1:G1"];
  L.forEach((l, i) => bRows.push([l[0], l[1], l[2], null, R[i] ? R[i][0] : null, R[i] ? R[i][1] : null, R[i] ? R[i][2] : null]));
  bRows.push(padRow(["填表：经济促进局电商股　　审核：房××"], 7));
  bM.push(`A${bRows.length}:G${bRows.length}`);

  const derivation = [
    "org.leadership: 基础数据“领导小组组长 县长”（主要领导），成员单位有商务、财政、农业农村、乡村振兴 → 2",
    "org.plan: 主观评分“方案制定”2（工作方案印发：是） → 2",
    "org.policy: 主观评分“政策支持”2（扶持政策出台：是） → 2",
    "org.management: 项目管理制度2＋工作台账1 → 3",
    `work.center: 中心2020-10-16投入运营 → 2，不晚于2021-02-28 → 2；免费培训2、展示1、摄影美工1、品牌1；其他衍生增值服务“无” → 0；产业园2；《入驻企业》${firms.length}家中1家2021.5.31退出、1家9月6日才入驻 → 在园${inPark.length}家 ≥ 20 → 2；类型${types.size}种 ≥ 3 → 1；合计${centerPts}（自评15）`,
    `work.coverage: 《行政区划》村民委员会${adminV.length}个（社区居民委员会${comms.length}个不算）；《站点》按镇分组，“小计”“合计”“一、三江镇（n个）”不是站点；截止日前有站行政村${covered.size}个（二站同村算一次，社区服务点不算，“2021年8月”算，9月建成的2站不算） → ${covered.size}/${adminV.length} = ${pct1(covered.size, adminV.length)} ≥ 70% → 5；省定贫困村${poorList.length}个中${poorCovered}个有站（${poorList[16].name}9月才建） → ${pct1(poorCovered, poorList.length)}，80%—100% → 3；合计${covA + covP}（自评10）`,
    "work.upward: 网销调研2、促销1、标准溯源1；第三方运营商“有” → 1；《行政区划》快递进村全部“已通” → 1；农产品网零8,600→11,700万元，增36.0% ≥ 30% → 2；合计8",
    `work.training: 常住人口13.97万 → 基数139,700，1% = 1,397人次；《培训签到》每期一块，日期只在期次标题行（区间取末日），截止日前22期签到${pt}行（含脱敏身份证号的行） → ${pct2(pt, BASE)}，0.8%—1% → 8；《贫困人口》${persons.length}人中有劳动能力（普通/技能劳动力）且非外出务工（省外、省内县外务工；“县内就近务工”不算外出）${EL}人，其身份证号在截止日前签到表中的${TR}人（外出务工者参训不算；9月一期才参训的1人不算） → ${pct1(TR, EL)} ≥ 50% → 10；合计18（自评20）`,
    `info.disclosure: 专栏公示方案、项目信息、建设进度，设监督电话 → 2；《专栏》2020年12月、2021年5月无更新，窗口内${dMonths}个月 → 不定时 1；合计3（自评4）`,
    "info.reporting: 《报送》2020年9月—2021年8月每月都有报送 → 3；“含电商扶贫统计”有“√” → 3；合计6",
    "promo.cases: 2021年6月10日向清远市商务局报送经验材料 → 2",
    "promo.media: 南方+、广东台珠江频道（省级） → 4；县融媒体中心（县级） → 1；清远日报2021.9.22在截止日后 → 0；合计5",
    "fund.system: 主观评分4 → 4",
    "fund.ledger: 主观评分4 → 4",
    `fund.spending: 《资金》单位万元，截止日前8笔合计${wan(spent)}万元 = ${fmtMoney(spent)}元（9月14日尾款、合计行不算）/ 5,000,000 = ${pct1(spent, ALLOC)} ≥ 70% → 及时拨付自评4 → 4`,
    `bonus.poorTraining: ${TR}/${EL} = ${pct1(TR, EL)} ≥ 70% → 2`,
    "bonus.tvCase: 2021.5.19广东广播电视台珠江频道（省级电视）播报电商扶贫典型案例 → 1",
    "veto.incident: 未发生 → 不否决",
    "veto.progress: 总体进度88% ≥ 40% → 不否决",
    "veto.fraud: 无 → 不否决",
  ];
  return {
    description:
      `清远连南瑶族自治县经济促进局整本考评工作簿（12个表），${scored}＋加分${bonus}＝${scored + bonus}分、未否决（自评${sumClaim}＋3）：《自评表》是从Word报告粘贴的官方表（工作任务纵向合并、评分标准摘要，自评得分＝claimed），《基础数据》左边“指标｜单位｜数值”、右边同行并排“主观评分项｜分值范围｜自评分”；台账：统计用区划代码表（村民委员会／社区居民委员会全称）、站点按镇分组带“小计”、培训签到表按期分块（日期只在每期标题行，部分身份证号脱敏）、贫困人口按户编号合并（劳动技能、务工状态“县内就近务工”不算外出）、资金以万元计。`,
    sheets: [
      { name: "自评表", rows: fr, merges: fM },
      { name: "基础数据", rows: bRows, merges: bM },
      { name: "行政区划", rows: vRows, merges: ["A1:G1", "A2:G2", `A${vRows.length}:G${vRows.length}`] },
      { name: "站点", rows: sRows, merges: sM },
      { name: "培训签到", rows: tRows, merges: tM },
      { name: "贫困人口", rows: pRows, merges: pM },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金", rows: fRows, merges: ["A1:F1", "A2:F2"] },
      { name: "报送", rows: rRows, merges: ["A1:E1"] },
      { name: "专栏", rows: uRows, merges: ["A1:D1"] },
      { name: "宣传", rows: mRows, merges: ["A1:F1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 清远市清城区: 区政府常务会议议题呈批表（表单框＋主要内容分段＋附件基础数据＋自评分）
// =====================================================================================================
function buildF1() {
  const W = 6;
  const rows = [padRow(["清城区人民政府常务会议议题呈批表"], W), padRow([null, null, null, null, "编号：清城府议〔2021〕37号"], W)];
  const M = ["A1:F1", "E2:F2"];
  const box = (l, v, l2, v2) => {
    if (l2 === undefined) { rows.push(padRow([l, v], W)); M.push(`B${rows.length}:F${rows.length}`); }
    else { rows.push([l, v, null, l2, v2, null]); M.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`); }
  };
  box("议题名称", "关于清城区电子商务进农村综合示范创建工作情况及迎接省级考评有关事项的汇报");
  box("汇报单位", "清城区经济促进局（区商务局）", "汇报人", "局长　何××");
  box("列席单位", "区财政局、区农业农村局、区乡村振兴局、区交通运输局、区邮政管理局、各镇（街）");
  box("提请时间", "2021年9月2日", "会议类别", "区政府常务会议");
  rows.push(padRow(["主要内容"], W));
  M.push(`A${rows.length}:F${rows.length}`);
  const P = [
    "一、基本情况。我区常住人口138.6万人，辖行政村63个（另有社区居委会88个），其中省定贫困村5个。以下数据截至2021年8月31日。",
    "二、组织领导。区政府成立电子商务进农村综合示范创建工作领导小组，由区长任组长，区商务、财政、农业农村、乡村振兴、交通运输等部门为成员单位。2020年5月正式印发《清城区电子商务进农村综合示范创建工作方案》，同年8月出台《清城区支持农村电子商务发展若干措施》。",
    "三、服务体系。区电子商务公共服务中心于2020年12月18日投入运营，设有免费培训场所和培训设备，为特色农产品提供免费展示、销售服务，为电商主体提供免费摄影、美工服务，组织农产品统一推广和品牌建设指导，并提供金融对接等其他衍生增值服务。已整合建成清城电商产业园，引入专业第三方运营服务商。全区63个行政村已实现物流快递全覆盖。",
    "四、农村产品上行。2019年、2020年全区农村网络零售额分别为31.6亿元、38.2亿元，同比增长20.9%；2020年农产品网络零售额5.43亿元，同比增长35.2%。",
    "五、人才培训。累计开展电商培训5,230人次；全区有劳动能力且未外出务工的建档立卡贫困人口412人，已参加培训236人。",
    "六、信息公开及报送。区政府网站开设专栏，公示创建方案、项目基本信息和建设进度，设立监督举报窗口；每月向市商务局报送工作进展，能统计电商扶贫情况。",
    "七、资金管理。省级下达专项资金500万元，已拨付396.8万元；已制定专项资金管理办法，承建单位均建立资金专用台账。项目总体进度90%，未发生安全生产、质量事故，不存在弄虚作假。",
    "八、需会议研究事项：一是同意以上自评结果上报市商务局；二是剩余资金于9月底前拨付完毕。",
  ];
  for (const p of P) { rows.push(padRow([p], W)); M.push(`A${rows.length}:F${rows.length}`); }
  rows.push(padRow(["附件：考评自评分（主观项）"], W));
  M.push(`A${rows.length}:F${rows.length}`);
  rows.push(["序号", "评分项", null, "分值范围", "自评分", "理由"]);
  M.push(`B${rows.length}:C${rows.length}`);
  const J = [["方案制定", "1-2", 2, "方案经区政府常务会审议"], ["政策支持", "1-2", 2, "扶持措施已兑现"], ["项目管理制度", "1-2", 1, "验收制度待完善"],
    ["工作台账", "1-2", 2, "台账齐全"], ["网销调研", "1-2", 1, "调研报告建议针对性不强"], ["网络促销活动", "1-2", 2, "年货节、荔枝季"],
    ["交易标准与冷链溯源", "1-2", 1, "溯源系统试运行"], ["资金管理制度", "1-5", 5, "办法完备"], ["资金台账", "1-5", 4, "个别凭证待补"], ["资金及时拨付", "1-5", 4, "按进度拨付"]];
  J.forEach((j, i) => { rows.push([i + 1, j[0], null, j[1], `${j[2]}分`, j[3]]); M.push(`B${rows.length}:C${rows.length}`); });
  rows.push(["承办科室意见", "拟同意上会。　　电商股　　2021年9月1日", null, "局领导意见", "同意。何××　9月1日", null]);
  M.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  rows.push(["分管副区长意见", "同意提请常务会议研究。　　9月2日", null, "区长意见", "同意。　　9月3日", null]);
  M.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  for (const r of rows) assert(r.length === W, "f1 width");
  return {
    description:
      "清远清城区经济促进局报区政府常务会议的《议题呈批表》当自评材料：上面是表单框（议题名称｜汇报单位｜汇报人｜列席单位｜提请时间，标签和值成对、值格横向合并），“主要内容”下八段正文各占一行（A:F合并），事实全写在段落句子里（“辖行政村63个（另有社区居委会88个）”“2019年、2020年…分别为31.6亿元、38.2亿元，同比增长20.9%”“已拨付396.8万元”），附件列主观项自评分（“2分”），表底是承办科室、局领导、分管副区长、区长的签批意见——组长是正文里的“区长”，签批栏的分管副区长不是牵头领导，列席单位也不是成员单位。",
    sheets: [{ name: "议题呈批表", rows, merges: M }],
    expect: {
      facts: {
        county: "清城区", asOf: "2021-08-31", residentPopulation: 1386000, adminVillagesStated: 63, poorVillagesStated: 5, planIssued: true, policyIssued: true,
        centerOpened: "2020-12-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 3160000000, ruralRetail2020: 3820000000, ruralRetailGrowthStated: 0.209,
        agriRetail2020: 543000000, agriRetailGrowthStated: 0.352, trainingPersonTimesStated: 5230, eligiblePoorPersonsStated: 412, trainedPoorPersonsStated: 236,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3968000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 1, "org.management.ledger": 2, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 佛山市南海区: 迎检数据卡（项目｜数值｜单位 三组并排，全角数字）
// =====================================================================================================
function buildF2() {
  const W = 9;
  const rows = [padRow(["南海区电子商务进农村综合示范创建迎检数据卡"], W), padRow(["（数据截至２０２１年８月３１日）"], W)];
  const M = ["A1:I1", "A2:I2"];
  const sec = (t) => { rows.push(padRow([t], W)); M.push(`A${rows.length}:I${rows.length}`); };
  const hdr = () => rows.push(["项目", "数值", "单位", "项目", "数值", "单位", "项目", "数值", "单位"]);
  const line = (trip) => { const r = []; for (let i = 0; i < 3; i++) { const t = trip[i] || [null, null, null]; r.push(t[0], t[1], t[2]); } rows.push(r); };
  const fw = (s) => fwText(s);
  sec("一、基本情况");
  hdr();
  line([["常住人口", fw("366.72"), "万人"], ["行政村", fw("224"), "个"], ["省定贫困村", fw("0"), "个"]]);
  line([["领导小组组长", "区委常委、常务副区长", "—"], ["成员单位", "区经促局（商务）、财政局、农业农村局", "—"], null]);
  sec("二、服务体系");
  hdr();
  line([["工作方案正式印发", "是", "—"], ["扶持政策出台", "是", "—"], ["公共服务中心投入运营", fw("2020.11"), "年.月"]]);
  line([["免费培训场所设备", "是", "—"], ["免费展示销售", "是", "—"], ["免费摄影美工", "否", "—"]]);
  line([["品牌推广指导", "是", "—"], ["其他增值服务", "是", "—"], ["电商产业园", "是", "—"]]);
  line([["第三方运营服务商", "是", "—"], ["行政村快递全覆盖", "是", "—"], null]);
  sec("三、网络零售与培训");
  hdr();
  line([["2019年农村网络零售额", fw("125.6"), "亿元"], ["2020年农村网络零售额", fw("158.3"), "亿元"], ["累计培训", fw("8460"), "人次"]]);
  line([["贫困人口培训", "不适用", "—"], null, null]);
  sec("四、信息公开与资金");
  hdr();
  line([["专栏公示创建方案", "是", "—"], ["专栏公示项目信息", "是", "—"], ["专栏公示建设进度", "是", "—"]]);
  line([["征求意见／监督举报窗口", "否", "—"], ["统计电商扶贫情况", "否", "—"], ["下达资金", fw("500"), "万元"]]);
  line([["累计拨付", fw("427.5"), "万元"], ["资金管理制度", "已制定", "—"], ["资金专用台账", "已建立", "—"]]);
  line([["项目总体进度", fw("91"), "%"], ["安全生产质量事故", "无", "—"], ["弄虚作假", "无", "—"]]);
  sec("五、自评分（按省评分标准）");
  rows.push(["评分标准", null, null, null, null, null, null, "自评分", "单位"]);
  M.push(`A${rows.length}:G${rows.length}`);
  const J = [["制定科学严谨的示范创建工作方案（1-2分）", 2], ["出台支持农村电商发展的政策（1-2分）", 1], ["建立项目管理制度（1-2分）", 2],
    ["建立工作台账（1-2分）", 2], ["开展网销调研并形成针对性建议（1-2分）", 2], ["组织网络促销活动成效明显（1-2分）", 2],
    ["出台电商交易标准，建立冷链、溯源系统（1-2分）", 1], ["建立科学有效的资金管理制度且得到有效落实（1-5分）", 5],
    ["项目承建方建立资金专用台账，账目完整（1-5分）", 4], ["资金支出率70%以上，且根据创建进度及时拨付（1-5分）", 5]];
  for (const j of J) { rows.push([j[0], null, null, null, null, null, null, fw(String(j[1])), "分"]); M.push(`A${rows.length}:G${rows.length}`); }
  rows.push(padRow(["填卡：区经济促进局电商科　　联系电话：0757-8628××××"], W));
  M.push(`A${rows.length}:I${rows.length}`);
  for (const r of rows) assert(r.length === W, "f2 width");
  return {
    description:
      "佛山南海区经济促进局电商科为迎检做的《数据卡》：每节一个表头，一行三组“项目｜数值｜单位”并排（九列），数值多用全角数字（“３６６．７２”万人、“１２５．６”亿元、“２０２０．１１”年.月），单位另占一列，是否项写是／否／已制定／无；组长“区委常委、常务副区长”（分管），成员单位只有三个；省定贫困村“０”个，贫困人口培训“不适用”；自评分按省评分标准原文一行一项（A:G合并），分数全角。",
    sheets: [{ name: "数据卡", rows, merges: M }],
    expect: {
      facts: {
        county: "南海区", asOf: "2021-08-31", residentPopulation: 3667200, adminVillagesStated: 224, poorVillagesStated: 0, planIssued: true, policyIssued: true,
        centerOpened: "2020-11", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 12560000000, ruralRetail2020: 15830000000, trainingPersonTimesStated: 8460,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: false,
        fundAllocated: 5000000, fundSpentStated: 4275000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.91, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 5,
      },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f3 — 湛江市麻章区: Word 两栏表粘进 Excel（一格多段拆成多行，标签只在首行）
// =====================================================================================================
function buildF3() {
  const W = 3;
  const rows = [padRow(["麻章区电子商务进农村综合示范创建工作情况表"], W), padRow(["（截至2021年8月31日）"], W), ["项　目", "情　　况", "备注"]];
  const M = ["A1:C1", "A2:C2"];
  const item = (label, paras, mergeIt, note) => {
    const r0 = rows.length + 1;
    paras.forEach((p, i) => rows.push([i === 0 ? label : null, p, i === 0 && note ? note : null]));
    if (mergeIt) mergeCol(M, "A", r0, rows.length);
  };
  item("基本情况", ["常住人口：27.62万人", "行政村：45个（另有社区居委会9个）", "省定贫困村：6个"], true);
  item("组织领导", ["组长：区委副书记、区长", "成员单位：区商务局、区财政局、区农业农村局、区扶贫办、区交通运输局", "（湛麻办〔2020〕18号）"], false);
  item("方案与政策", ["创建工作方案：已正式印发（2020年6月）", "扶持政策：已出台《麻章区促进农村电子商务发展扶持办法》", "方案制定自评：2分", "政策支持自评：1分"], true);
  item("项目管理", ["项目管理制度：1分", "工作台账：2分"], false);
  item("公共服务中心", ["投入运营：2021年3月18日", "免费培训场所、设备：有", "免费展示、销售：有", "免费摄影、美工：有", "品牌推广、品牌建设指导：有", "其他衍生增值服务：无"], true);
  item("产业园及第三方", ["电商产业园：已建成（麻章电商物流园）", "第三方运营服务商：有"], false);
  item("农村产品上行", ["行政村快递覆盖：未全覆盖（42/45）", "2020年农村网络零售额：23.4亿元", "农产品网络零售额：2019年6,820万元，2020年8,463万元",
    "网销调研：1分", "网络促销：2分", "交易标准及冷链溯源：1分"], true, "2019年农村网零未统计");
  item("人才培训", ["累计培训：2,780人次", "有劳动能力贫困人口（不含外出务工）：1,046人", "其中已参训：488人"], true);
  item("信息公开及报送", ["专栏：已公示创建方案、项目基本信息、建设进度", "监督举报：设立监督举报电话", "电商扶贫统计：有"], false);
  item("资金管理", ["下达资金：500万元", "已拨付：361.25万元", "资金管理制度：已制定，自评3分", "资金专用台账：已建立，自评4分", "及时拨付：自评3分"], true);
  item("否决事项", ["总体进度：80%", "安全生产、质量事故：无", "弄虚作假：无"], true);
  rows.push(padRow(["说明：本表由Word版转换，格内分段已拆成多行。"], W));
  M.push(`A${rows.length}:C${rows.length}`);
  for (const r of rows) assert(r.length === W, "f3 width");
  return {
    description:
      "湛江麻章区商务局把Word两栏表《工作情况表》复制进Excel：项目｜情况｜备注，Word一格里的几段变成了几行，项目名只在第一行（有的项目纵向合并，有的没合并、下面几行A列空），每段是“标签：值”（“常住人口：27.62万人”“投入运营：2021年3月18日”“已拨付：361.25万元”“资金管理制度：已制定，自评3分”）；组长“区委副书记、区长”，成员单位含区扶贫办；快递“未全覆盖（42/45）”为否；只有2020年农村网零，农产品网零两年在一段里；文号一行不是事实。",
    sheets: [{ name: "情况表", rows, merges: M }],
    expect: {
      facts: {
        county: "麻章区", asOf: "2021-08-31", residentPopulation: 276200, adminVillagesStated: 45, poorVillagesStated: 6, planIssued: true, policyIssued: true,
        centerOpened: "2021-03-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: false, ruralRetail2020: 2340000000, agriRetail2019: 68200000, agriRetail2020: 84630000,
        trainingPersonTimesStated: 2780, eligiblePoorPersonsStated: 1046, trainedPoorPersonsStated: 488, disclosurePlan: true, disclosureProjects: true,
        disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3612500,
        fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.8, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 1, "org.management.ledger": 2, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 3, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// l1 — 广州市花都区: 媒体（央媒／省媒／市媒／区媒）、网站专栏列表页粘贴、经验材料（两位年份）、填表说明
// =====================================================================================================
function buildL1() {
  const MD = [
    ["2020-09-18", "花都区融媒体中心", "区媒", "电视", "花都区举办农村电商直播带货培训", "county", true],
    ["2020-11-03", "广州日报", "市媒", "报纸", "花都：村级电商站点让荔枝“一键出村”", "city", false],
    ["2021-01-12", "南方日报", "省媒", "报纸", "花都区电商进农村示范创建见成效", "province", false],
    ["2021-03-30", "人民网", "央媒", "网络", "广州花都：电商助力乡村振兴", "national", false],
    ["2021-05-21", "广州广播电视台", "市媒", "电视", "【新闻日日睇】花都电商扶贫典型案例：山区土鸡卖上网", "city", true],
    ["2021-07-08", "“花都发布”微信公众号", "区媒", "网络", "第二期电商运营实战班开班", "county", false],
    ["2021-08-19", "广东广播电视台", "省媒", "电视", "广东新闻联播：花都农村电商新模式", "province", true],
    ["2021-09-09", "学习强国", "央媒", "网络", "花都区推进农村电商高质量发展", "national", false],
  ];
  const mRows = [padRow(["花都区电子商务进农村宣传报道汇总"], 7), ["序号", "刊播日期", "媒体名称", "媒体类别", "形式", "标题", "链接／版面"]];
  MD.forEach((m, i) => mRows.push([i + 1, [D(m[0]), dotDate(m[0]), cnDate(m[0]), slashDate(m[0])][i % 4], m[1], m[2], m[3], m[4],
    m[3] === "报纸" ? `第${rint(2, 12)}版` : m[3] === "电视" ? "视频存档" : "http://…（略）"]));
  mRows.push(padRow(["注：央媒＝中央级媒体，省媒＝省级媒体，市媒＝广州市级媒体，区媒＝花都区级媒体。"], 7));
  const mRecs = MD.map((m) => ({ date: m[0], level: m[5], tv: m[3] === "电视" }));

  // ② 网站专栏列表页（标题和日期在一格）
  const ups = [];
  for (const m of monthsBetween("2020-08", "2021-09")) {
    if (m === "2021-02") continue;
    ups.push(`${m}-${String(rint(2, 27)).padStart(2, "0")}`);
    if (m === "2021-06") ups.push(`${m}-29`);
  }
  ups.sort((a, b) => cmp(b, a));
  const TT = ["花都区电子商务进农村综合示范项目建设进度", "花都区电商进农村项目公示", "花都区农村电商公共服务中心服务动态", "关于征求电商扶持政策意见的公告"];
  const uRows = [padRow(["花都区人民政府门户网站 > 专题专栏 > 电子商务进农村综合示范（列表页复制）"], 2), ["序号", "内容"]];
  ups.forEach((x, i) => uRows.push([i + 1, `【${TT[i % TT.length]}】${i % 3 === 0 ? "（" + cnMonth(x) + "）" : ""}……${x}`]));
  uRows.push(padRow(["共" + ups.length + "条　首页　上一页　1　下一页　尾页"], 2));
  const uRecs = ups.map((x) => ({ date: x }));

  // ③ 经验材料（两位年份）
  const MT = [["2020-12-15", "花都区“电商＋合作社＋农户”模式经验总结"], ["2021-06-18", "花都区村级电商服务站点运营案例"], ["2021-09-06", "花都区创建工作总结"]];
  const tRows = [padRow(["经验材料报送登记"], 4), ["报送日期", "材料名称", "报送对象", "方式"]];
  MT.forEach((m, i) => tRows.push([twoDot(m[0]), m[1], "广州市商务局", ["公文交换", "电子邮件", "粤政易"][i]]));
  const tRecs = MT.map((m) => ({ date: m[0] }));

  const nRows = [["填表说明"], ["1. 宣传报道按刊播日期登记，媒体类别填央媒、省媒、市媒、区媒。"], ["2. 专栏更新记录直接从网站列表页复制，每条一行。"],
    ["3. 经验材料按报送日期登记（年份可简写）。"], ["4. 本工作簿各表截至2021年9月30日。"]];
  return {
    description:
      "广州花都区商务局的宣传、专栏、材料台账（四个表）：①《宣传报道》级别写“央媒／省媒／市媒／区媒”（表下注释说明），形式有电视、报纸、网络，日期写法混杂（真日期、2021.1.12、2021年3月30日、2021/5/21），一条9月的；②《专栏》是从区政府网站专栏列表页复制的，两列“序号｜内容”，标题和发布日期挤在一格（“【…建设进度】（2021年6月）……2021-06-29”，标题里的月份不是日期），按日期倒序，缺2021年2月，末行是翻页栏；③《经验材料》日期是两位年份“20.12.15”“21.6.18”，一份9月报送；④《填表说明》不是台账。",
    sheets: [
      { name: "宣传报道", rows: mRows, merges: ["A1:G1", `A${mRows.length}:G${mRows.length}`] },
      { name: "专栏", rows: uRows, merges: ["A1:B1", `A${uRows.length}:B${uRows.length}`] },
      { name: "经验材料", rows: tRows, merges: ["A1:D1"] },
      { name: "填表说明", rows: nRows },
    ],
    expect: {
      sheets: {
        "宣传报道": { kind: "media", records: mRecs },
        "专栏": { kind: "disclosures", records: uRecs },
        "经验材料": { kind: "materials", records: tRecs },
        "填表说明": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 汕头市龙湖区: 贫困人口（按户合并）、签到分块（日期在块标题）、入驻企业（时间 入驻｜退出）、隐藏字典
// =====================================================================================================
function buildL2() {
  const REG = "440507";
  const VIL = ["新溪村", "外砂村", "龙头村", "东埔村", "七星村", "蓬中村"];
  // ① 贫困人口
  const hh = [];
  for (let h = 0; h < 12; h++) {
    const sur = SURNAMES[rint(0, SURNAMES.length - 1)];
    const n = rint(1, 4);
    const mem = [];
    for (let m = 0; m < n; m++) {
      const rel = m === 0 ? "户主" : m === 1 ? "配偶" : rnd() < 0.5 ? "之子" : "之女";
      const birth = m < 2 ? birthBetween(1960, 1985) : birthBetween(1998, 2012);
      const male = rel === "户主" || rel === "之子";
      const id = makeId(REG, birth, male);
      const age = ageOn(birth, "2021-08-31");
      const lab = age < 16 ? ["无劳动力", false] : rnd() < 0.12 ? ["丧失劳动力", false] : [rnd() < 0.3 ? "技能劳动力" : "普通劳动力", true];
      const mig = lab[1] && rnd() < 0.35;
      mem.push({ rel, name: rel === "配偶" ? personName() : personName(sur), id, lab, mig, age });
    }
    hh.push({ vil: VIL[h % VIL.length], mem });
  }
  const pRows = [padRow(["龙湖区建档立卡贫困人口花名册"], 8), ["户编号", "户主", "所在村", "成员姓名", "与户主关系", "身份证号码", "劳动能力", "是否外出务工"]];
  const pM = ["A1:H1"];
  const pRecs = [];
  hh.forEach((h, hi) => {
    const r0 = pRows.length + 1;
    h.mem.forEach((p, i) => {
      pRows.push([i === 0 ? `H${pad3(hi + 1)}` : null, i === 0 ? h.mem[0].name : null, i === 0 ? h.vil.replace(/村$/, "村委会") : null, p.name, p.rel,
        hi === 4 && i === 0 ? spacedId(p.id) : p.id, p.lab[0], p.age < 16 ? "—" : p.mig ? "是（外出务工）" : "否"]);
      pRecs.push({ id: p.id, labour: p.lab[1], migrant: p.age < 16 ? null : p.mig });
    });
    for (const col of ["A", "B", "C"]) mergeCol(pM, col, r0, pRows.length);
  });
  const persons = hh.flatMap((h) => h.mem);
  const eligible = persons.filter((p) => p.lab[1] && !p.mig);

  // ② 培训签到（分块）
  const S = [["2020-10-20", null, "电商基础知识"], ["2020-12-08", "2020-12-10", "网店运营实务"], ["2021-03-16", null, "短视频与直播"], ["2021-06-22", null, "农产品网络营销"],
    ["2021-09-14", null, "跨境电商入门"]];
  const tRows = [padRow(["龙湖区电子商务培训签到册"], 6)];
  const tM = ["A1:F1"];
  const tRecs = [];
  const poorSeats = shuffle(eligible).slice(0, Math.min(6, eligible.length));
  S.forEach((s, si) => {
    const end = s[1] || s[0];
    const dt = s[1] ? rangeText(s[0], s[1], "cn") : [cnDate(end), dotDate(end), wdDate(end)][si % 3];
    tRows.push(padRow([`${periodList([si + 1])}：${s[2]}　　日期：${dt}　　地点：龙湖区电子商务公共服务中心`], 6));
    tM.push(`A${tRows.length}:F${tRows.length}`);
    tRows.push(["序号", "姓名", "身份证号", "手机号", "是否贫困户", "备注"]);
    const n = rint(14, 20);
    const list = [];
    if (si === 1) list.push(...poorSeats.slice(0, 3));
    if (si === 3) list.push(...poorSeats.slice(2));
    while (list.length < n) list.push(null);
    list.forEach((p, i) => {
      let id, name, shown, poor;
      if (p) { id = p.id; name = p.name; shown = i === 0 && isX(id) ? id.slice(0, 17) + "x" : id; poor = "是"; }
      else { id = makeId(REG, birthBetween(1970, 2002), rnd() < 0.5); name = personName(); poor = "否"; shown = id; if (i % 5 === 4) { id = maskId(id); shown = id; } }
      tRows.push([i + 1, name, shown, mask(phone()), poor, i === 0 && si === 4 ? "截止日后" : null]);
      tRecs.push({ date: end, personTimes: 1, id });
    });
    tRows.push(padRow([`本期签到 ${n} 人`], 6));
    tRows.push(padRow([], 6));
  });
  checkTrainingIds(tRecs, "l2");

  // ③ 入驻企业（两行表头：时间 入驻｜退出）
  const fnm = nameMaker("龙湖珠金鸥新华", "源丰泰达康信汇", "", []);
  const T = ["平台型", "销售型", "销售型", "电商运营服务商", "物流企业", "销售型", "直播电商", "销售型", "电商运营服务商", "销售型"];
  const firms = T.map((t, i) => ({ name: `汕头市${fnm()}${/物流/.test(t) ? "物流" : "电子商务"}有限公司`, type: t, code: creditCode("440507"),
    entered: randIsoBetween("2020-05-01", "2021-08-20"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[2].left = "2021-03-31";
  firms[7].left = "2021-10";
  const eRows = [padRow(["龙湖电商产业园入驻企业台账"], 7), ["序号", "企业名称", "统一社会信用代码", "类型", "时间", null, "状态"],
    [null, null, null, null, "入驻", "退出", null]];
  const eM = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:G3"];
  firms.forEach((f, i) => eRows.push([i + 1, f.name, f.code, f.type, dateCell(f.entered, i), f.left ? (f.left.length === 7 ? cnMonth(f.left) : dotDate(f.left)) : "—",
    f.left && f.left <= "2021-08-31" ? "已退出" : f.left ? "拟退出" : "在园"]));
  const eRecs = firms.map((f) => ({ name: f.name, type: f.type, entered: f.entered, left: f.left }));

  const dict = [["劳动能力"], ["普通劳动力"], ["技能劳动力"], ["弱劳动力或半劳动力"], ["丧失劳动力"], ["无劳动力"], [null], ["企业类型"], ["平台型"], ["销售型"], ["电商运营服务商"], ["物流企业"]];
  return {
    description:
      "汕头龙湖区商务局的台账（四个表）：①《贫困人口花名册》按户登记，户编号、户主、所在村（“××村委会”）纵向合并到各成员行，劳动能力写普通／技能劳动力（有）与丧失劳动力、无劳动力（无），是否外出务工写“是（外出务工）”“否”，未成年人写“—”（未知），一个身份证号中间带空格；②《签到册》五期分块，每块一行块标题“第N期：主题　日期：…”（一期“2020年12月8日—10日”取末日，一期带星期），块内序号｜姓名｜身份证号｜手机号｜是否贫困户｜备注，部分身份证号脱敏、个别末位小写x，块尾“本期签到N人”和空行不是记录，第五期在9月；③《入驻企业》两行表头“时间”下分入驻｜退出，退出写“2021.3.31”“2021年10月”（只到月）或“—”；④隐藏的《字典》下拉来源表不是台账。",
    sheets: [
      { name: "贫困人口花名册", rows: pRows, merges: pM },
      { name: "签到册", rows: tRows, merges: tM },
      { name: "入驻企业", rows: eRows, merges: eM },
      { name: "字典", rows: dict, hidden: true },
    ],
    expect: {
      sheets: {
        "贫困人口花名册": { kind: "poorPersons", records: pRecs },
        "签到册": { kind: "training", records: tRecs },
        "入驻企业": { kind: "enterprises", records: eRecs },
        "字典": { kind: null },
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
write("counties", "b236-c1-liannan.json", c1);
write("facts", "b236-f1-qingcheng.json", f1);
write("facts", "b236-f2-nanhai.json", f2);
write("facts", "b236-f3-mazhang.json", f3);
write("ledgers", "b236-l1-huadu.json", l1);
write("ledgers", "b236-l2-longhu.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
