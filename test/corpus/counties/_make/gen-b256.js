// Batch 256 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b252.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (256256), no clock. Run: node test/corpus/counties/_make/gen-b256.js
// Theme: a facts sheet answered in a two-level outline (一级指标 / 二级指标 merged down) where each answer cell mixes the
// figure, its source and the clerk's remark (c1, f1), and ledgers split by year into separate sheets (c1, l1, l2).
//
// c1 佛冈县 (清远): 《自评情况表》 一级指标 | 二级指标 (both merged down) | 权重 | 评分项 | 完成情况（数据、来源及说明） | 分项自评 |
//    指标自评: each answer reads “figure（来源：…）。备注：…”; claimed 97＋3. Training, funds and monthly reports are kept one
//    sheet per year; the 2021 sheets write dates without the year (“3月12日”, “5月11—12日”) under a “2021年” title; the 2021
//    funds sheet is in 万元 and opens with a 上年累计 row. Edges: 56/80 villages = 70% exactly (a station opened 2021-08-31
//    needed); poor villages 7/8 (the eighth opened 2021-09-01); 2,652 person-times = 0.8% of 331,500 exactly (an 8月31日
//    session needed) → 8; poor training 28/40 = 70% exactly → 10 + bonus 2; centre opened 2021-03-01 (a day late for six
//    months); park 20 firms with one leaving on 2021-08-31 (still in) and one on 08-30 (out); funds 3,499,500 = 69.99% → −5;
//    express column has one “未通” while the fact says 100%; the only case material went on 2021-09-01.
// f1 阳西县 (阳江): the same two-level outline with a third column of 考核要点; each answer cell is three lines
//    “数据：…／来源：…／备注：…”; remarks carry old or other figures (户籍人口, 县级配套资金, 中期数) that are not facts;
//    express coverage stated as 96.2% (→ false); a 常务副县长 leads (deputy); no points.
// f2 高州市 (茂名): 《基础数据口径核对单》 指标 | 数值 | 计量单位 | 统计口径 | 数据提供单位: money in 千元 and 万元 by the unit
//    column, yes/no as ●/○ with a legend row, 统计口径 texts full of dates and numbers that are not facts; 市长 leads without
//    乡村振兴 (principal).
// f3 普宁市 (揭阳): the 迎检汇报 PPT text pasted page by page (第N页 in column A, bullets in column B), ticks written inline
//    (“免费培训✓　摄影美工✓”), arrows for growth, a 自评 page with per-indicator points and their parts, a 下一步 page of
//    targets.
// l1 广宁县 (肇庆): 培训签到 split into a 2020 sheet (full dates) and a 2021 sheet (month-day only, a two-day range, a
//    September session), IDs with a lower-case x, spaces or masks; a 脱贫人口 list (县内务工 is not 外出务工); a 填表说明 page.
// l2 英德市 (清远): 拨付台账 split into 2020 (元, text amounts) and 2021 (万元, a 上年累计 row, 本年合计 / 累计 rows); 月报 as
//    one row per year with months as columns (✓ / √ / 未报); 专栏更新 for 2021 only.
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
let seed = 256256;
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
    assert(/^b256-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b256-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b256-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
function blankMerged(c) {
  // as Excel keeps it: only the top-left cell of a merged range carries a value
  for (const sh of c.sheets) {
    for (const m of sh.merges || []) {
      const mm = /^([A-Z]{1,3})([1-9]\d*):([A-Z]{1,3})([1-9]\d*)$/.exec(m);
      if (!mm) continue;
      const c0 = colIndex(mm[1]) - 1, r0 = Number(mm[2]) - 1, c1 = colIndex(mm[3]) - 1, r1 = Number(mm[4]) - 1;
      for (let r = r0; r <= r1; r++) for (let k = c0; k <= c1; k++) {
        if (r === r0 && k === c0) continue;
        if (sh.rows[r] && k < sh.rows[r].length) sh.rows[r][k] = null;
      }
    }
  }
}
function write(folder, file, c) {
  blankMerged(c);
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
// c1 — 清远市佛冈县: 《自评情况表》两级提纲（一级/二级指标纵向合并），完成情况一格写“数据（来源）。备注”；台账按年分表
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REG = "441821";
  const TOWNS = ["石角镇", "汤塘镇", "龙山镇", "水头镇", "迳头镇", "高岗镇"];
  const NV = { 石角镇: 18, 汤塘镇: 15, 龙山镇: 13, 水头镇: 13, 迳头镇: 11, 高岗镇: 10 };
  const NPOOR = { 石角镇: 0, 汤塘镇: 2, 龙山镇: 2, 水头镇: 1, 迳头镇: 2, 高岗镇: 1 };
  const COMMS = { 石角镇: ["城东社区", "城西社区", "城南社区", "城北社区", "三八社区"], 汤塘镇: ["汤塘社区", "新城社区"], 水头镇: ["水头社区"] };
  const vn = villageNamer("大小上下东西南北新黄龙石高观", "坑岭塘田坝洞围径背寨岗陂");
  const vil = [];
  for (const t of TOWNS) {
    for (const c of COMMS[t] || []) vil.push({ town: t, name: c, admin: false });
    for (let i = 0; i < NV[t]; i++) vil.push({ town: t, name: vn(), admin: true, poor: false, express: true });
  }
  const adminV = vil.filter((v) => v.admin);
  const comms = vil.filter((v) => !v.admin);
  assert(adminV.length === 80 && comms.length === 8, "c1 villages");
  noStemClash(adminV.map((v) => v.name), comms.map((v) => v.name), "c1");
  for (const t of TOWNS) for (const v of shuffle(adminV.filter((x) => x.town === t)).slice(0, NPOOR[t])) v.poor = true;
  const poorList = adminV.filter((v) => v.poor);
  assert(poorList.length === 8, "c1 poor 8");
  const noExpress = adminV.filter((v) => v.town === "高岗镇" && !v.poor)[3];
  noExpress.express = false;
  const VW = 6;
  const vRows = [padRow(["佛冈县村（居）委会名单"], VW), ["序号", "镇", "村（居）委会", "类型", "省定贫困村", "快递进村"]];
  const vRecs = [];
  vil.forEach((v, i) => {
    if (v.admin) {
      vRows.push([i + 1, v.town, i % 7 === 3 ? v.name.replace(/村$/, "村委会") : v.name, "行政村", v.poor ? "是" : "否", v.express ? "通" : "未通"]);
      vRecs.push({ name: v.name, admin: true, poor: v.poor, express: v.express });
    } else {
      vRows.push([i + 1, v.town, v.name + "居委会", "社区", "否", "通"]);
      vRecs.push({ name: v.name, admin: false });
    }
  });
  vRows.push(padRow([`合计：行政村${adminV.length}个，社区${comms.length}个，省定贫困村${poorList.length}个`], VW));
  const vM = ["A1:F1", `A${vRows.length}:F${vRows.length}`];

  // ---------------- 站点：56/80 = 70%（8-31挂牌一站必需），贫困村 7/8（第8个 9-1挂牌）
  const nonPoor = shuffle(adminV.filter((v) => !v.poor && v !== noExpress));
  const st = [];
  poorList.forEach((v, i) => st.push({ v, opened: i === 5 ? "2021-09-01" : randIsoBetween("2019-10-15", "2021-07-30") }));
  nonPoor.slice(0, 48).forEach((v) => st.push({ v, opened: randIsoBetween("2019-10-15", "2021-08-20") }));
  st.push({ v: nonPoor[48], opened: "2021-08-31" });
  st.push({ v: nonPoor[2], opened: "2021-04-16", second: true });
  st.push({ v: comms[0], opened: "2020-06-05" });
  st.push({ v: nonPoor[49], opened: "2021-09-01" });
  const adminSet = new Set(adminV);
  const coveredBy = (cut) => new Set(st.filter((s) => adminSet.has(s.v) && s.opened <= cut).map((s) => s.v));
  const covered = coveredBy(CUT);
  assert(covered.size === 56 && covered.size * 100 === 70 * 80, "c1 coverage " + covered.size);
  assert(coveredBy("2021-08-30").size === 55, "c1 the 08-31 station is needed");
  const poorCov = poorList.filter((v) => covered.has(v)).length;
  assert(poorCov === 7 && poorCov * 100 >= 80 * 8 && poorCov < 8, "c1 poor coverage");
  st.sort((a, b) => TOWNS.indexOf(a.v.town) - TOWNS.indexOf(b.v.town) || cmp(a.opened, b.opened));
  const sRows = [padRow(["佛冈县村级电子商务服务站点台账"], 7), ["序号", "镇", "站点名称", "所在村（居）", "负责人", "联系电话", "挂牌日期"]];
  const sRecs = [];
  st.forEach((s, i) => {
    const stem = s.v.name.replace(/村$|社区$/, "");
    const op = s.opened === "2021-08-31" ? "2021年8月31日" : s.opened === "2021-09-01" ? "2021.9.1" : dateCell(s.opened, i);
    sRows.push([i + 1, s.v.town, `佛冈县${stem}${s.v.admin ? "村" : "社区"}电商服务站${s.second ? "（二）" : ""}`, s.v.name, personName(), mask(phone()), op]);
    sRecs.push({ village: s.v.name, opened: s.opened });
  });

  // ---------------- 贫困人口：50人，有劳动能力44，其中外出务工4 → 40
  const persons = [];
  for (let i = 0; i < 50; i++) {
    persons.push({ id: makeId(REG, birthBetween(1963, 2000), rnd() < 0.5, i % 9 === 4 ? true : i % 9 === 5 ? false : undefined), name: personName(),
      village: poorList[i % 8], labour: i < 44, migrant: i >= 40 && i < 44 });
  }
  const eligible = persons.filter((p) => p.labour && !p.migrant);
  assert(eligible.length === 40, "c1 eligible");
  const pRows = [padRow(["佛冈县建档立卡贫困人口名单（电商培训对象）"], 7), ["序号", "姓名", "身份证号码", "镇", "村", "劳动能力", "务工状态"]];
  const pRecs = [];
  shuffle(persons).forEach((p, i) => {
    pRows.push([i + 1, p.name, p.id, p.village.town, p.village.name, p.labour ? "有" : "无", !p.labour ? "—" : p.migrant ? "外出务工" : "在家"]);
    pRecs.push({ id: p.id, labour: p.labour, migrant: p.labour ? p.migrant : null });
  });

  // ---------------- 贫困户专场签到：28/40 = 70%
  const EL = shuffle(eligible);
  const trained = EL.slice(0, 28);
  const lateOnly = EL[28];
  const classes = [{ date: "2020-11-18", t: "第一期" }, { date: "2021-03-23", t: "第二期" }, { date: "2021-06-09", t: "第三期" }, { date: "2021-09-07", t: "第四期" }];
  classes.forEach((c) => (c.people = []));
  trained.forEach((p, i) => classes[i % 3].people.push(p));
  classes[1].people.push(trained[0], trained[3]);
  classes[2].people.push(trained[1]);
  classes[3].people.push(lateOnly, trained[5]);
  classes[0].people.push(persons.find((p) => p.migrant));
  classes[2].people.push(persons.find((p) => !p.labour));
  const qRows = [padRow(["佛冈县建档立卡贫困户电商专场培训签到表"], 6), ["序号", "期次", "培训日期", "姓名", "身份证号码", "签名"]];
  const qRecs = [];
  classes.forEach((c, ci) => shuffle(c.people).forEach((p) => {
    qRows.push([qRows.length - 1, c.t, [D(c.date), cnDate(c.date), dotDate(c.date), cnDate(c.date)][ci], p.name, p.id, "（已签）"]);
    qRecs.push({ date: c.date, personTimes: 1, id: p.id });
  }));
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedIds = new Set(qRecs.filter((r) => r.date <= CUT && eligIds.has(r.id)).map((r) => r.id));
  assert(trainedIds.size === 28 && trainedIds.size * 100 === 70 * 40, "c1 poor rate 70%");
  const S = qRecs.filter((r) => r.date <= CUT).length;

  // ---------------- 培训台账（分年两表，人次）：场次 + 签到 = 2,652 = 331,500 × 0.8%
  const POP = 331500, PT = 2652;
  assert(PT * 1000 === POP * 8 && PT * 100 < POP, "c1 0.8% exactly");
  const PL = ["县电商公共服务中心", "汤塘镇文化站", "龙山镇政府会议室", "水头镇电商服务站", "迳头镇党群服务中心", "高岗镇文化站", "石角镇观山村委会"];
  const TOP = ["电商基础知识", "网店开设与运营", "鹰嘴桃直播带货", "短视频拍摄", "农产品包装与品牌", "社群营销", "乡村旅游网络推广"];
  const s20 = [];
  for (let i = 0; i < 9; i++) s20.push({ end: randIsoBetween("2020-04-10", "2020-12-20"), n: rint(50, 130) });
  const s21 = [];
  for (let i = 0; i < 11; i++) s21.push({ end: randIsoBetween("2021-01-10", "2021-08-20"), n: rint(50, 130) });
  s21.push({ end: "2021-05-12", start: "2021-05-11", n: 96 });
  s21.push({ end: "2021-08-31", n: 38, edge: true });
  s21.push({ end: "2021-09-02", n: 45 });
  s20.sort((a, b) => cmp(a.end, b.end));
  s21.sort((a, b) => cmp(a.end, b.end));
  const allS = s20.concat(s21);
  const inCut = allS.filter((s) => s.end <= CUT);
  const need = PT - S;
  const adjustable = inCut.filter((s) => !s.edge && !s.start);
  let diff = need - sum(inCut.map((s) => s.n));
  const share = Math.trunc(diff / adjustable.length);
  adjustable.forEach((s) => (s.n += share));
  adjustable[0].n += diff - share * adjustable.length;
  for (const s of allS) assert(s.n >= 25 && s.n <= 300, "c1 session size " + s.n);
  assert(sum(inCut.map((s) => s.n)) + S === PT, "c1 PT");
  assert(sum(inCut.filter((s) => !s.edge).map((s) => s.n)) + S < PT, "c1 the 8-31 session is needed");
  const t20 = [padRow(["佛冈县2020年农村电商培训台账"], 6), ["序号", "培训日期", "培训地点", "培训内容", "培训对象", "参训人次"]];
  s20.forEach((s, i) => t20.push([i + 1, [D(s.end), dotDate(s.end), cnDate(s.end)][i % 3], PL[i % PL.length], TOP[i % TOP.length], i % 2 ? "农户、合作社" : "返乡青年、站长", s.n]));
  t20.push(["合计", null, null, null, null, sum(s20.map((s) => s.n))]);
  t20.push(padRow(["注：贫困户专场按人签到，见《贫困户专场签到》，未计入本表。"], 6));
  const t21 = [padRow(["佛冈县2021年农村电商培训台账"], 6), ["序号", "培训日期", "培训地点", "培训内容", "培训对象", "参训人次"]];
  s21.forEach((s, i) => {
    const [, m, d] = ymd(s.end);
    const dt = s.start ? `${m}月${ymd(s.start)[2]}—${d}日` : `${m}月${d}日`;
    t21.push([i + 1, dt, PL[(i + 3) % PL.length], TOP[(i + 2) % TOP.length], i % 2 ? "农户、合作社" : "返乡青年、站长", `${s.n}人次`]);
  });
  t21.push(["合计", null, null, null, null, `${sum(s21.map((s) => s.n))}人次`]);
  t21.push(padRow(["注：日期均为2021年；贫困户专场另见《贫困户专场签到》。"], 6));

  // ---------------- 入驻企业：在园20家（8-31退出的仍在园，8-30退出的不在，9-1入驻的不在）
  const fnm = nameMaker("佛冈汤龙石高观", "盛源达兴和鑫华泰", "", []);
  const TYPES = ["平台型", "销售型", "网店", "销售型", "物流企业", "电商运营商", "销售型", "网店", "销售型", "销售型", "快递", "网店", "销售型", "销售型", "网店",
    "销售型", "平台型", "销售型", "网店", "销售型", "销售型", "网店", "销售型"];
  const firms = TYPES.map((t) => ({ name: `佛冈县${fnm()}${/物流|快递/.test(t) ? "物流" : "电子商务"}有限公司`, type: t, code: creditCode("441821"),
    entered: randIsoBetween("2020-03-01", "2021-07-31"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[4].left = "2021-08-31";
  firms[7].left = "2021-08-30";
  firms[9].left = "2021-06-15";
  firms[21].entered = "2021-08-31";
  firms[22].entered = "2021-09-01";
  const inPark = firms.filter((f) => f.entered <= CUT && !(f.left && f.left < CUT));
  assert(inPark.length === 20, "c1 park " + inPark.length);
  for (const f of firms) assert(!f.left || f.left > f.entered, "c1 firm left before entering " + f.name);
  const eRows = [padRow(["佛冈县电子商务产业园入驻企业清单"], 6), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退出日期"]];
  const eRecs = [];
  firms.forEach((f, i) => {
    eRows.push([i + 1, f.name, f.code, f.type, [D(f.entered), dotDate(f.entered)][i % 2], f.left ? dotDate(f.left) : null]);
    eRecs.push({ name: f.name, type: f.type, entered: f.entered, left: f.left });
  });

  // ---------------- 资金（分年两表）：截止日前 3,499,500 = 69.99%
  const ALLOC = 5000000;
  const p20 = [["2020-05-20", 820000, "县电商公共服务中心装修工程（首期）"], ["2020-08-14", 364500, "村级站点建设补助（第一批）"], ["2020-11-27", 415800, "三级物流配送车辆采购"],
    ["2020-12-29", 186000, "2020年电商培训服务费"]];
  const p21 = [["2021-01-22", 432000, "中心设备采购"], ["2021-03-30", 298700, "村级站点建设补助（第二批）"], ["2021-06-18", 0, "鹰嘴桃品牌推广及网络促销"],
    ["2021-08-31", 263000, "村级站点建设补助（第三批）"], ["2021-09-02", 286000, "2021年电商培训服务费"]];
  const adj = p21[2];
  adj[1] = 3499500 - sum(p20.map((p) => p[1])) - sum(p21.filter((p) => p[0] <= CUT && p !== adj).map((p) => p[1]));
  assert(adj[1] > 200000 && adj[1] % 100 === 0, "c1 adj " + adj[1]);
  const all = p20.concat(p21);
  const spent = sum(all.filter((p) => p[0] <= CUT).map((p) => p[1]));
  assert(spent === 3499500 && spent * 100 < 70 * ALLOC && (spent + 286000) * 100 >= 70 * ALLOC, "c1 spent");
  const f20 = [padRow(["佛冈县电子商务进农村综合示范专项资金拨付台账（2020年）"], 5), padRow(["单位：元"], 5), ["拨付日期", "项目（用途）", "拨付金额", "凭证号", "收款单位"]];
  p20.forEach((p, i) => f20.push([[D(p[0]), slashDate(p[0])][i % 2], p[2], fmtMoney(p[1]), `佛商付${pad3(i + 3)}`, `佛冈县${["鑫建", "汇通", "顺达", "智农"][i]}有限公司`]));
  const sum20 = sum(p20.map((p) => p[1]));
  f20.push(["本年合计", null, fmtMoney(sum20), null, null]);
  const f21 = [padRow(["佛冈县电子商务进农村综合示范专项资金拨付台账（2021年）"], 5), padRow(["单位：万元"], 5), ["拨付日期", "项目（用途）", "拨付金额", "凭证号", "备注"]];
  f21.push(["上年累计", "2020年已拨付（见2020年表）", wan4(sum20), null, "结转数，非本年拨付"]);
  p21.forEach((p, i) => {
    const [, m, d] = ymd(p[0]);
    f21.push([`${m}月${d}日`, p[2], wan4(p[1]), `佛商付${pad3(i + 11)}`, null]);
  });
  const sum21 = sum(p21.map((p) => p[1]));
  f21.push(["本年合计", null, wan4(sum21), null, null]);
  f21.push(["自开始累计", null, wan4(sum20 + sum21), null, null]);
  const fRecs20 = p20.map((p) => ({ date: p[0], amount: p[1] }));
  const fRecs21 = p21.map((p) => ({ date: p[0], amount: p[1] }));

  // ---------------- 报送（分年两表），12个月都有；专栏缺2021年2月
  const rep = WINDOW.map((m) => `${m}-${String(rint(2, 8)).padStart(2, "0")}`);
  rep.push("2021-09-03");
  assert(inWindowMonths(rep) === 12, "c1 reports 12");
  const mkRep = (y) => {
    const rows = [padRow([`佛冈县${y}年向清远市商务局报送工作情况登记`], 4), ["报送日期", "报送内容", "附电商扶贫统计", "经办人"]];
    const recs = [];
    rep.filter((d) => d.startsWith(String(y))).forEach((d, i) => {
      const [, m, dd] = ymd(d);
      const pv = i % 3 === 0 ? true : null;
      rows.push([`${m}月${dd}日`, `${cnMonth(isoAdd(d.slice(0, 7) + "-01", -1))}创建工作进展及统计数据`, pv ? "√" : null, "朱××"]);
      recs.push({ date: d, poverty: pv });
    });
    return { rows, recs };
  };
  const r20 = mkRep(2020), r21 = mkRep(2021);
  const ups = WINDOW.filter((m) => m !== "2021-02").map((m) => `${m}-${String(rint(10, 25)).padStart(2, "0")}`);
  assert(inWindowMonths(ups) === 11, "c1 disclosure 11");
  const uRows = [padRow(["佛冈县人民政府网“电子商务进农村”专栏更新记录"], 3), ["发布日期", "标题", "子栏目"]];
  ups.forEach((u, i) => uRows.push([D(u), `佛冈县电子商务进农村综合示范项目建设进度（${cnMonth(u)}）`, i % 2 ? "建设进度" : "项目公示"]));
  const MED = [["2020-11-24", "佛冈县融媒体中心", "县级", "网络", "汤塘镇电商服务站帮农户卖砂糖桔", "否"],
    ["2021-04-20", "广东广播电视台", "省级", "电视", "佛冈脱贫户直播卖鹰嘴桃", "是"],
    ["2021-06-28", "清远日报", "市级", "报纸", "佛冈：电商进村 山货出山", "否"],
    ["2021-09-05", "中央电视台农业农村频道", "国家级", "电视", "鹰嘴桃里的致富经", "是"]];
  const mRows = [padRow(["佛冈县宣传报道统计表"], 6), ["日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"]];
  MED.forEach((m) => mRows.push([D(m[0])].concat(m.slice(1))));
  const matRows = [padRow(["经验材料报送登记"], 3), ["报送日期", "材料名称", "报送单位"], [D("2021-09-01"), "佛冈县电商助力鹰嘴桃产业振兴案例", "清远市商务局"]];

  // ---------------- 自评情况表（两级提纲）
  const B = [];
  const L1 = (name) => ({ l1: name, blocks: [] });
  const g1 = L1("加强组织领导与统筹协调（10分）");
  g1.blocks.push({ l2: "组织领导", w: 2, claim: 2, items: [["主要领导牵头，商务、财政、农业、扶贫等部门参与", "县委副书记、县长任组长，成员单位：县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县邮政分公司（来源：佛府办函〔2020〕31号）。备注：2021年3月因人事变动调整组长，仍由县长担任", 2]] });
  g1.blocks.push({ l2: "方案制定", w: 2, claim: 2, items: [["制定科学严谨的示范创建工作方案", "已正式印发（佛府办〔2020〕12号，2020年4月；来源：县政府办公室）。备注：经县政府常务会议审议", 2]] });
  g1.blocks.push({ l2: "政策支持", w: 2, claim: 2, items: [["出台相关政策，且得到较好落实", "已出台《佛冈县扶持农村电子商务发展若干措施》（来源：县政府网）。备注：已兑现两批奖补", 2]] });
  g1.blocks.push({ l2: "项目管理", w: 4, claim: 3, items: [["建立项目管理制度，在建设、验收环节严格落实", "已制定《佛冈县电商进农村项目管理办法》（来源：佛商〔2020〕9号）", 2],
    ["建立完整工作台账，详细记录项目建设情况", "已建立工作台账（来源：县商务局电商股）。备注：2020年上半年部分台账为补录", 1]] });
  const g2 = L1("深入推动电子商务进农村工作（55分）");
  g2.blocks.push({ l2: "服务体系建设", w: 15, claim: 15, items: [
    ["建成县级电子商务公共服务中心", "2021年3月1日投入运营（来源：运营服务协议、开业通讯稿）。备注：原计划2020年底运营，因装修延期", 2],
    ["建成后已正常运行6个月以上", "截至2021年8月31日运营满6个月（来源：中心运营日志）", 2],
    ["有免费培训场所、培训设备，能组织电商基础培训", "有，培训室120平方米、电脑40台（来源：现场照片）", 2],
    ["为特色农产品提供免费展示、销售服务", "有，展销厅展出佛冈豆腐、汤塘温泉鸡等68款产品（来源：展品清单）", 1],
    ["为电子商务市场主体提供免费摄影、美工服务", "有，已为32家主体免费拍摄（来源：服务登记表）", 1],
    ["组织农产品统一推广、指导特色农产品品牌建设", "有，指导“佛冈鹰嘴桃”区域公用品牌建设（来源：品牌推广方案）", 1],
    ["为电子商务发展提供其他衍生增值服务", "有，代办网店注册、法律咨询（来源：服务登记表）", 1],
    ["建设或整合、优化当地电商产业园", "已整合建成佛冈县电子商务产业园（来源：产业园挂牌文件）", 2],
    ["电商产业园企业入驻数量达20家及以上", "在园22家（来源：《入驻企业》）。备注：含8月底新签约2家", 2],
    ["入驻企业含至少三种以上类型", "平台型、销售型、电商运营商、物流企业4类（来源：同上）", 1]] });
  g2.blocks.push({ l2: "服务体系建设", w: 10, claim: 10, items: [
    ["行政村覆盖率70%及以上", "全县行政村80个，已建站56个，覆盖率70%（来源：《站点台账》）。备注：不含8个社区", 5],
    ["贫困村覆盖率100%", "省定贫困村8个，全部建站（来源：同上）。备注：最后一个站点9月1日挂牌", 5]] });
  g2.blocks.push({ l2: "农村产品上行", w: 10, claim: 9, items: [
    ["对当地农产品网络销售进行调研，并形成针对性建议", "已形成《佛冈县农产品网络销售调研报告》并提出建议（来源：报告文本）", 2],
    ["开展农村产品网络促销活动成效明显", "举办“佛冈鹰嘴桃网络节”等4场活动，线上销售1,260万元（来源：活动总结）", 2],
    ["当地有专业第三方电子商务运营或服务商", "有，广东粤农汇电子商务有限公司（来源：运营服务合同）", 1],
    ["行政村物流快递覆盖率100%", "行政村物流快递覆盖率100%（来源：县邮政管理工作站证明）", 1],
    ["有出台农产品电商交易标准，建立农产品冷链、溯源系统", "已出台鹰嘴桃电商分级标准，冷链、溯源系统建设中（来源：标准文本）。备注：溯源系统目前只接入2家企业", 1],
    ["2020年农村网络零售额或农产品网络零售额同比增速≥30%", "2020年农产品网络零售额2.36亿元，同比增长31.2%；农村网络零售额9.84亿元，2019年为8.33亿元（来源：省商务厅反馈数据）", 2]] });
  g2.blocks.push({ l2: "电商人才培训", w: 20, claim: 20, items: [
    ["培训人次达常住人口1%及以上", "常住人口331,500人（来源：县统计局第七次人口普查公报）；培训人次见《培训台账》2020年、2021年两表（来源：签到表）。备注：贫困户专场另表登记", 10],
    ["建档立卡贫困人口培训率50%及以上", "有劳动能力的建档立卡贫困人口（不含外出务工）40人，已参训28人，培训率70%（来源：县乡村振兴局确认名单、专场签到表）", 10]] });
  const g3 = L1("加强信息公开及报送（10分）");
  g3.blocks.push({ l2: "信息公开", w: 4, claim: 4, items: [
    ["在县政府网站设立公开专栏且内容全面", "已在县政府网设立专栏，公示创建方案、项目基本信息、项目建设进度，设监督举报信箱（来源：网页截图）", 2],
    ["近一年内专栏内容能按月更新", "按月更新（来源：《专栏更新》）。备注：2021年2月春节期间未更新", 2]] });
  g3.blocks.push({ l2: "数据上报", w: 6, claim: 6, items: [
    ["近一年能每月向市商务局报送工作情况", "每月上旬报清远市商务局（来源：《报送记录》2020年、2021年两表）", 3],
    ["能统计电商扶贫情况", "能统计，月报附电商扶贫统计表（来源：月报）", 3]] });
  const g4 = L1("加强宣传推广（10分）");
  g4.blocks.push({ l2: "案例总结", w: 2, claim: 2, items: [["向市商务局报送经验材料", "已报送《佛冈县电商助力鹰嘴桃产业振兴案例》（来源：《经验材料》）", 2]] });
  g4.blocks.push({ l2: "经验推广", w: 8, claim: 8, items: [["省级及以上、市级、县级媒体宣传报道", "中央、省、市、县级媒体均有报道（来源：《宣传报道》）", 8]] });
  const g5 = L1("加强财政资金管理（15分）");
  g5.blocks.push({ l2: "制度建立", w: 5, claim: 5, items: [["建立科学有效的资金管理制度且得到有效落实", "已制定《佛冈县电商进农村专项资金管理办法》（来源：佛商〔2020〕15号）", 5]] });
  g5.blocks.push({ l2: "资金台账", w: 5, claim: 4, items: [["项目承建方建立资金专用台账，账目完整", "已建立资金专用台账（来源：《资金台账》2020年、2021年两表）。备注：承建方台账由财务股统一保管", 4]] });
  g5.blocks.push({ l2: "资金支出", w: 5, claim: 5, items: [["资金支出率70%以上，且根据创建进度及时拨付", "省级下达专项资金500万元，截至2021年8月31日已拨付349.95万元，支出率69.99%（来源：国库支付凭证）。备注：9月2日再拨付28.6万元后达75.71%，请考评组酌情考虑", 5]] });
  const g6 = L1("加分项（4分）");
  g6.blocks.push({ l2: "贫困人口培训", w: 2, claim: 2, items: [["建档立卡贫困人口培训率70%及以上", "70%（28/40，来源：同培训率）", 2]] });
  g6.blocks.push({ l2: "电视播报", w: 2, claim: 1, items: [["电商扶贫典型案例获国家级（2分）、省级（1分）电视媒体播报", "广东广播电视台2021年4月20日播出（来源：视频截图）", 1]] });
  const g7 = L1("一票否决项");
  g7.blocks.push({ l2: "安全质量", w: null, claim: null, items: [["发生安全生产、质量事故，或造成重大经济损失和社会不良影响", "无（来源：县应急管理局证明）", null]] });
  g7.blocks.push({ l2: "项目进度", w: null, claim: null, items: [["项目建设进度严重滞后，总体进度不足40%", "项目总体进度88%（来源：项目进度表）", null]] });
  g7.blocks.push({ l2: "弄虚作假", w: null, claim: null, items: [["弄虚作假", "无", null]] });
  const groups = [g1, g2, g3, g4, g5, g6, g7];
  const W = 7;
  const aRows = [padRow(["佛冈县电子商务进农村综合示范创建自评情况表"], W), padRow(["填报单位：佛冈县商务局（盖章）　　数据截至：2021年8月31日　　填报人：朱××"], W),
    ["一级指标", "二级指标", "权重", "评分项", "完成情况（数据、来源及说明）", "分项自评", "指标自评"]];
  const aM = ["A1:G1", "A2:G2"];
  for (const g of groups) {
    const gStart = aRows.length + 1;
    let bStart = null, bName = null;
    for (const b of g.blocks) {
      const r0 = aRows.length + 1;
      b.items.forEach((it, k) => aRows.push([k === 0 && r0 === gStart ? g.l1 : null, null, k === 0 ? b.w : null, it[0], it[1], it[2], k === 0 ? b.claim : null]));
      const r1 = aRows.length;
      if (bName !== b.l2) {
        if (bName !== null) { aRows[bStart - 1][1] = bName; mergeCol(aM, "B", bStart, r0 - 1); }
        bName = b.l2; bStart = r0;
      }
      mergeCol(aM, "C", r0, r1);
      mergeCol(aM, "G", r0, r1);
    }
    aRows[bStart - 1][1] = bName;
    mergeCol(aM, "B", bStart, aRows.length);
    aRows[gStart - 1][0] = g.l1;
    mergeCol(aM, "A", gStart, aRows.length);
  }
  // item sums agree with the indicator claims
  for (const g of groups) for (const b of g.blocks) if (b.claim !== null) assert(sum(b.items.map((i) => i[2])) === b.claim, "c1 claim sum " + b.l2);
  aRows.push(padRow(["自评合计：97分；加分项3分；总计100分。"], W));
  aM.push(`A${aRows.length}:G${aRows.length}`);
  const claimed = { "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 15, "work.coverage": 10, "work.upward": 9, "work.training": 20,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 5, "fund.ledger": 4, "fund.spending": 5, "bonus.poorTraining": 2, "bonus.tvCase": 1 };
  assert(sum(SCORED.map(([id]) => claimed[id])) === 97, "c1 claimed 97");

  // ---------------- points
  const centerPts = 2 + 0 + 2 + 1 + 1 + 1 + 1 + 2 + 2 + 1;
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": centerPts, "work.coverage": 5 + 3, "work.upward": 2 + 2 + 1 + 0 + 1 + 2,
    "work.training": 8 + 10, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 0, "promo.media": 4 + 3 + 1, "fund.system": 5, "fund.ledger": 4,
    "fund.spending": -5, "bonus.poorTraining": 2, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map(([id]) => pts[id]));
  assert(scored === 77 && centerPts === 13, "c1 scored " + scored);
  const inCutSessions = sum(inCut.map((s) => s.n));
  const derivation = [
    "org.leadership: 组织领导行：县委副书记、县长任组长（主要领导），成员有商务、财政、农业农村、乡村振兴 → 2",
    "org.plan: 方案已正式印发，分项自评2 → 2",
    "org.policy: 已出台扶持措施，分项自评2 → 2",
    "org.management: 项目管理制度2＋工作台账1（两行分项自评） → 3",
    `work.center: 中心2021年3月1日投入运营 ≤ 截止日 → 2；满6个月须不晚于2021-02-28，晚了一天 → 0（自评2）；免费培训2、展示销售1、摄影美工1、品牌推广1、其他增值服务1；产业园已建成 → 2；《入驻企业》截止日在园：${dotDate(firms[4].left)}退出的仍在（不是截止日前退出），2021.8.30和2021.6.15退出的不在，2021.9.1入驻的不在 → 20家 ≥ 20 → 2；类型平台／销售（含网店）／运营商／物流（含快递）4种 → 1；合计${centerPts}`,
    `work.coverage: 《村居名单》行政村80个（8个社区不算）；《站点台账》截止日前有站的行政村56个（“2021年8月31日”挂牌那站当天算，少它只有55个；${nonPoor[2].name}两站算一个；社区站不算；两个2021.9.1挂牌的不算） → 56/80 = 70.0% ≥ 70% → 5；省定贫困村8个，其中${poorList[5].name}的站2021.9.1才挂牌 → 7/8 = 87.5% → 3；合计8（自评10）`,
    "work.upward: 网销调研2＋网络促销2（分项自评）；第三方运营商1；《村居名单》有“快递进村”列，高岗镇" + noExpress.name + "写“未通” → 0（表上写100%与台账不符，以台账为准）；交易标准与冷链溯源1；农产品网络零售额增长31.2% ≥ 30% → 2（农村网零8.33→9.84亿元只增18.1%，但两个有一个达标即可）；合计8（自评9）",
    `work.training: 常住人口331,500 → 0.8% = 2,652人次，1% = 3,315人次；2020年表与2021年表截止日前各场人次${fmtInt(inCutSessions)}（2021年表“5月11—12日”按5月12日算；“9月2日”那场不算；合计行不算）＋《贫困户专场签到》截止日前${S}行 = 2,652人次 = 正好0.80% → 8（“8月31日”那场38人次少不得）；《贫困人口》有劳动能力且不外出务工40人，截止日前签到出现28人（重复参训算一人；第四期2021-09-07才参训的1人不算；外出务工、无劳动能力各1人不算） → 28/40 = 70% ≥ 50% → 10；合计18（自评20）`,
    "info.disclosure: 专栏公示方案、项目信息、进度，设监督举报信箱 → 2；《专栏更新》近一年缺2021年2月（11个月） → 不定时1；合计3（自评4）",
    "info.reporting: 2020年表（9—12月）和2021年表（1—8月）每月都有报送，日期只写月日、年份看表名 → 3；有“附电商扶贫统计”打√ → 3；合计6",
    "promo.cases: 唯一一份经验材料2021年9月1日报送，在截止日后 → 0（自评2）",
    "promo.media: 截止日前省级（广东广播电视台）4＋市级（清远日报）3＋县级（佛冈县融媒体中心）1 → 8；央视2021-09-05在截止日后",
    "fund.system: 分项自评5 → 5",
    "fund.ledger: 分项自评4 → 4",
    "fund.spending: 2020年表（元）＋2021年表（万元）截止日前拨付3,499,500元（“上年累计”“本年合计”“自开始累计”行不算；8月31日那笔算，9月2日那笔不算）/ 5,000,000 = 69.99% < 70% → 倒扣 −5（自评5）",
    "bonus.poorTraining: 28/40 = 70% ≥ 70% → 2",
    "bonus.tvCase: 广东广播电视台2021-04-20播出电商扶贫典型案例（省级电视） → 1；央视那条在截止日后",
    "veto.incident: 安全质量行写“无” → 不否决",
    "veto.progress: 项目总体进度88% ≥ 40% → 不否决",
    "veto.fraud: 弄虚作假行写“无” → 不否决",
  ];
  return {
    description:
      "清远佛冈县商务局的整本考评工作簿（15个表），77＋加分3＝80分、未否决（自评97＋3＝100）。《自评情况表》是两级提纲：一级指标（A列）、二级指标（B列）都纵向合并，“服务体系建设”一个二级指标下分两块（权重15和10、指标自评各自合并），每个评分项一行，“完成情况（数据、来源及说明）”一格里同时写数据、括号里的来源和“备注：…”，另有分项自评和指标自评两列。台账按年分表：培训台账、资金台账、报送记录各有2020年、2021年两个表；2021年的表只写月日（“3月12日”“5月11—12日”），年份只在表名和标题里；2021年资金表单位万元，第一行是“上年累计”（不是拨付），末尾“本年合计”“自开始累计”。边界：有站行政村正好56/80＝70%（一站2021年8月31日挂牌）；贫困村7/8（第8站9月1日挂牌）；培训人次正好2,652＝331,500的0.8%（缺不得8月31日那场）；贫困人口培训正好28/40＝70%（得加分）；中心2021年3月1日运营，比满6个月晚一天；在园企业20家（一家8月31日退出仍算）；资金截至8月31日349.95万元＝69.99%，倒扣5分；快递列有一村“未通”；经验材料9月1日才报。",
    sheets: [
      { name: "自评情况表", rows: aRows, merges: aM },
      { name: "村居名单", rows: vRows, merges: vM },
      { name: "站点台账", rows: sRows, merges: ["A1:G1"] },
      { name: "贫困人口", rows: pRows, merges: ["A1:G1"] },
      { name: "贫困户专场签到", rows: qRows, merges: ["A1:F1"] },
      { name: "培训台账2020年", rows: t20, merges: ["A1:F1", `A${t20.length}:F${t20.length}`] },
      { name: "培训台账2021年", rows: t21, merges: ["A1:F1", `A${t21.length}:F${t21.length}`] },
      { name: "入驻企业", rows: eRows, merges: ["A1:F1"] },
      { name: "资金台账2020年", rows: f20, merges: ["A1:E1", "A2:E2"] },
      { name: "资金台账2021年", rows: f21, merges: ["A1:E1", "A2:E2"] },
      { name: "报送记录2020年", rows: r20.rows, merges: ["A1:D1"] },
      { name: "报送记录2021年", rows: r21.rows, merges: ["A1:D1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:C1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:F1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:C1"] },
    ],
    expect: { asOf: CUT, total: scored + 3, bonus: 3, vetoed: false, points: pts, claimed },
    derivation,
  };
}


// =====================================================================================================
// f1 — 阳江市阳西县: 两级提纲（一级/二级合并）＋考核要点；填报格三行“数据：／来源：／备注：”
// =====================================================================================================
function buildF1() {
  const G = [
    ["一、组织领导与统筹协调", [
      ["组织领导", [["领导小组组长及成员单位", "数据：县委常委、常务副县长任组长，成员单位有县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局\n来源：西府办函〔2020〕18号\n备注：县长任县乡村振兴工作领导小组组长，不是本领导小组"]]],
      ["方案与政策", [["示范县工作方案", "数据：已正式印发《阳西县电子商务进农村综合示范实施方案》\n来源：西府办〔2020〕7号（2020年3月）\n备注：无"],
        ["支持政策", "数据：已出台《阳西县促进农村电子商务发展扶持办法》\n来源：县政府网政策文件栏\n备注：2021年修订一次"]]],
    ]],
    ["二、服务体系与产品上行", [
      ["基本情况", [["常住人口", "数据：45.72万人\n来源：县统计局《第七次全国人口普查公报》\n备注：中期评估时按户籍人口52.3万人填报，本次改为常住人口"],
        ["行政村及贫困村", "数据：行政村131个（另有社区居委会14个），其中省定贫困村12个\n来源：县民政局区划名册\n备注：2020年无建制调整"]]],
      ["县级公共服务中心", [["运营时间", "数据：2020年10月18日投入运营\n来源：运营服务合同\n备注：9月25日举行揭牌仪式，10月18日正式对外服务"],
        ["中心服务功能", "数据：有免费培训室和培训设备，能开展电商基础培训；为程村蚝、沙扒鱿鱼等特色农产品提供免费展示、销售服务；组织农产品统一推广，指导“阳西程村蚝”品牌建设；免费摄影、美工服务暂未开展\n来源：中心服务台账\n备注：摄影棚预计2021年10月建成后开展"],
        ["电商产业园", "数据：整合程村镇蚝产品加工园建成阳西县电商产业园\n来源：县商务局\n备注：入驻企业名单另附"]]],
      ["农村产品上行", [["第三方运营服务商", "数据：有，阳江市海丝电子商务有限公司\n来源：政府购买服务合同\n备注：无"],
        ["行政村物流快递覆盖", "数据：行政村快递覆盖率96.2%（126/131）\n来源：县邮政管理工作站\n备注：沙扒镇等5个偏远村由邮政代投，正在协调快递进村"],
        ["网络零售额", "数据：2019年农村网络零售额3.85亿元，2020年4.71亿元，同比增长22.3%；2020年农产品网络零售额1.42亿元，同比增长36.5%\n来源：省商务厅反馈数据\n备注：2021年1—8月农村网络零售额3.36亿元"]]],
    ]],
    ["三、人才培训", [
      ["普及培训", [["培训人次", "数据：累计培训5,214人次（线上1,130人次、线下4,084人次）\n来源：培训签到表\n备注：2019年试点期培训的386人次未计入"]]],
      ["贫困人口培训", [["建档立卡贫困人口培训", "数据：有劳动能力的建档立卡贫困人口（不含外出务工）1,863人，已参训1,012人\n来源：县乡村振兴局确认名单\n备注：含外出务工人员共2,471人"]]],
    ]],
    ["四、信息公开与报送", [
      ["信息公开", [["政府网站专栏", "数据：已设专栏，公示创建方案、项目基本信息、项目建设进度，设留言板征求意见\n来源：县政府门户网站\n备注：专栏更新记录另附"]]],
      ["数据上报", [["电商扶贫统计", "数据：能统计电商扶贫情况，按月随月报报送\n来源：月报\n备注：无"]]],
    ]],
    ["五、财政资金管理", [
      ["资金制度与台账", [["资金管理制度", "数据：已制定《阳西县电子商务进农村综合示范专项资金管理办法》\n来源：西商〔2020〕11号\n备注：无"],
        ["资金专用台账", "数据：已建立\n来源：县商务局财务股\n备注：承建方按项目分设"]]],
      ["资金支出", [["下达及拨付", "数据：省级下达专项资金500万元，截至2021年8月31日累计拨付412.38万元\n来源：国库集中支付系统\n备注：另有县级配套资金80万元，未计入"],
        ["项目总体进度", "数据：86%\n来源：项目进度表\n备注：村级站点、物流项目已完工"]]],
    ]],
    ["六、否决事项", [
      ["安全与诚信", [["安全生产、质量事故", "数据：未发生安全生产、质量事故，无重大损失\n来源：县应急管理局\n备注：无"],
        ["弄虚作假", "数据：无\n来源：—\n备注：所报数据真实"]]],
    ]],
  ];
  const rows = [["阳西县电子商务进农村综合示范创建基本情况填报表", null, null, null], ["数据截止时间：2021年8月31日　　填报单位：阳西县商务局", null, null, null],
    ["一级指标", "二级指标", "考核要点", "填报情况（数据／来源／备注）"]];
  const merges = ["A1:D1", "A2:D2"];
  for (const [l1, subs] of G) {
    const a0 = rows.length + 1;
    for (const [l2, items] of subs) {
      const b0 = rows.length + 1;
      items.forEach(([k, v], i) => rows.push([rows.length + 1 === a0 ? l1 : null, i === 0 ? l2 : null, k, v]));
      mergeCol(merges, "B", b0, rows.length);
    }
    mergeCol(merges, "A", a0, rows.length);
  }
  rows.push(["注：本表数据与佐证材料一致，如有出入以佐证材料为准。", null, null, null]);
  merges.push(`A${rows.length}:D${rows.length}`);
  assert(Math.round((471 / 385 - 1) * 1000) === 223, "f1 growth");
  return {
    description:
      "阳江阳西县商务局的《电子商务进农村综合示范创建基本情况填报表》：两级提纲，一级指标（一、组织领导与统筹协调…六、否决事项）和二级指标都纵向合并，C列是考核要点，D列“填报情况（数据／来源／备注）”每格分三行“数据：…”“来源：…”“备注：…”。事实只在“数据：”行；备注行里有别的数字——中期按户籍人口52.3万人、2019年试点期386人次、含外出务工共2,471人、县级配套资金80万元、2021年1—8月零售额3.36亿元、9月25日揭牌——都不是事实。常住人口45.72万人，行政村131个、贫困村12个，中心2020年10月18日投入运营；中心功能写在一句话里，免费摄影美工“暂未开展”；行政村快递覆盖率96.2%（不是100%）；县委常委、常务副县长任组长（备注里的县长是另一个领导小组的）。没有自评分。",
    sheets: [{ name: "基本情况填报", rows, merges }],
    expect: {
      facts: {
        county: "阳西县", asOf: "2021-08-31", residentPopulation: 457200, adminVillagesStated: 131, poorVillagesStated: 12, planIssued: true, policyIssued: true,
        centerOpened: "2020-10-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, parkBuilt: true, thirdPartyOperator: true,
        expressCoverage: false, ruralRetail2019: 385000000, ruralRetail2020: 471000000, ruralRetailGrowthStated: 0.223, agriRetail2020: 142000000,
        agriRetailGrowthStated: 0.365, trainingPersonTimesStated: 5214, eligiblePoorPersonsStated: 1863, trainedPoorPersonsStated: 1012,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundSystemIssued: true, fundLedgerKept: true, fundAllocated: 5000000, fundSpentStated: 4123800, overallProgress: 0.86, vetoIncident: false, vetoFraud: false,
      },
      judged: {},
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f2 — 茂名市高州市: 《基础数据口径核对单》（数值｜计量单位｜统计口径｜数据提供单位；千元/万元；●/○）
// =====================================================================================================
function buildF2() {
  const W = 6;
  const rows = [padRow(["高州市电子商务进农村综合示范考评基础数据口径核对单"], W), padRow(["统计时点：2021年8月31日　　汇总单位：高州市商务局　　说明：数值栏“●”为是、“○”为否；金额按“计量单位”栏换算"], W),
    ["序号", "指标", "数值", "计量单位", "统计口径", "数据提供单位"]];
  const T = [
    ["常住人口", 132.85, "万人", "第七次全国人口普查，2020年11月1日零时标准时点", "市统计局"],
    ["行政村数", 437, "个", "不含社区居委会（62个），2021年6月区划名册", "市民政局"],
    ["省定贫困村数", 52, "个", "2016—2020年省定相对贫困村", "市乡村振兴局"],
    ["示范创建领导小组组长", "市长", "—", "高府办函〔2020〕44号，2020年5月成立", "市政府办"],
    ["领导小组成员单位", "市商务局、市财政局、市农业农村局、市工业和信息化局、市交通运输局", "—", "同上", "市政府办"],
    ["示范县工作方案正式印发", "●", "—", "高府办〔2020〕21号", "市商务局"],
    ["出台支持农村电商发展政策", "●", "—", "含资金、用地、人才三方面", "市商务局"],
    ["县级电子商务公共服务中心投入运营日期", "2020.06.28", "—", "以运营单位进驻、对外服务之日计", "市商务局"],
    ["中心免费培训场所、设备", "●", "—", "培训室2间，可容纳150人", "运营单位"],
    ["中心免费展示、销售特色农产品", "●", "—", "荔枝、龙眼、橘红等120个单品", "运营单位"],
    ["中心免费摄影、美工服务", "●", "—", "2021年1—8月服务96次", "运营单位"],
    ["中心组织统一推广、品牌建设", "○", "—", "“高州荔枝”品牌由市农业农村局负责", "运营单位"],
    ["中心其他衍生增值服务", "●", "—", "代办营业执照、商标注册", "运营单位"],
    ["建设或整合电商产业园", "●", "—", "高州市电子商务产业园（根子镇）", "市商务局"],
    ["专业第三方电子商务运营或服务商", "●", "—", "2家", "市商务局"],
    ["行政村物流快递覆盖率100%", "●", "—", "按邮政管理部门通报，2021年6月", "市邮政管理工作站"],
    ["2019年农村网络零售额", "1,862,430", "千元", "省商务厅电子商务监测口径", "市商务局"],
    ["2020年农村网络零售额", "2,310,560", "千元", "同上", "市商务局"],
    ["2019年农产品网络零售额", "486,210", "千元", "同上", "市商务局"],
    ["2020年农产品网络零售额", "672,940", "千元", "同上", "市商务局"],
    ["电商培训人次", "6,530", "人次", "2019年10月—2021年8月，按签到表", "市电商公共服务中心"],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", "4,812", "人", "国扶系统2020年底数据", "市乡村振兴局"],
    ["参加电商培训的建档立卡贫困人口", "2,506", "人", "按身份证号去重", "市乡村振兴局"],
    ["专栏公示创建方案", "●", "—", "市政府门户网站“电商进农村”专栏", "市商务局"],
    ["专栏公示项目基本信息", "●", "—", "同上", "市商务局"],
    ["专栏公示项目建设进度", "●", "—", "同上", "市商务局"],
    ["专栏设立征求意见或监督举报窗口", "○", "—", "拟于2021年9月增设", "市商务局"],
    ["能统计电商扶贫情况", "●", "—", "每月随月报报送", "市商务局"],
    ["省级下达专项资金总额", "500", "万元", "粤财工〔2019〕××号", "市财政局"],
    ["累计拨付资金", "4,310.6", "千元", "截至2021年8月31日，国库支付口径", "市财政局"],
    ["已制定资金管理制度", "●", "—", "高商〔2020〕33号", "市商务局"],
    ["已建立资金专用台账", "●", "—", "按项目分设", "市商务局"],
    ["项目总体进度", "87", "%", "按合同金额加权", "市商务局"],
    ["发生安全生产、质量事故或重大损失", "○", "—", "2019年以来", "市应急管理局"],
  ];
  T.forEach((t, i) => rows.push([i + 1].concat(t)));
  rows.push(padRow(["核对人：梁××　　审核人：陈××　　2021年9月8日"], W));
  const merges = ["A1:F1", "A2:F2", `A${rows.length}:F${rows.length}`];
  return {
    description:
      "茂名高州市商务局的《考评基础数据口径核对单》：序号｜指标｜数值｜计量单位｜统计口径｜数据提供单位，每个指标一行，第2行写“统计时点：2021年8月31日”和图例“●为是、○为否”。数值要按计量单位栏读：常住人口132.85万人，零售额四行是“千元”（1,862,430千元＝18.6243亿元），累计拨付“4,310.6千元”，下达资金“500万元”，项目总体进度“87 | %”；中心运营日期写“2020.06.28”。“统计口径”栏满是日期和数字（2020年11月1日零时、62个社区、120个单品、服务96次、拟于2021年9月增设），都不是事实。品牌建设○、监督举报窗口○是“否”；市长任组长，成员单位没有乡村振兴（扶贫）部门。没有自评分。",
    sheets: [{ name: "口径核对单", rows, merges }],
    expect: {
      facts: {
        county: "高州市", asOf: "2021-08-31", residentPopulation: 1328500, adminVillagesStated: 437, poorVillagesStated: 52, planIssued: true, policyIssued: true,
        centerOpened: "2020-06-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: false, centerOther: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 1862430000, ruralRetail2020: 2310560000, agriRetail2019: 486210000, agriRetail2020: 672940000,
        trainingPersonTimesStated: 6530, eligiblePoorPersonsStated: 4812, trainedPoorPersonsStated: 2506, disclosurePlan: true, disclosureProjects: true,
        disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 4310600,
        fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.87, vetoIncident: false,
      },
      judged: {},
      leadership: "principal",
    },
  };
}

// =====================================================================================================
// f3 — 揭阳市普宁市: 迎检汇报PPT文字稿（第N页｜要点），行内打✓，自评页给分项
// =====================================================================================================
function buildF3() {
  const P = [
    ["第1页", "普宁市电子商务进农村综合示范创建工作汇报（普宁市商务局　2021年9月）"],
    ["第2页", "【基本情况】"],
    [null, "· 常住人口：201.5万人（超过50万，培训按50万人基数）"],
    [null, "· 行政村：428个（另有社区居委会57个）；省定贫困村：30个"],
    [null, "· 考评截止：2021.8.31"],
    ["第3页", "【组织领导・方案政策】"],
    [null, "· 双组长：市委书记、市长"],
    [null, "· 成员：商务、财政、农业农村、乡村振兴、交通运输、邮政等18个单位"],
    [null, "· 方案：《普宁市电子商务进农村综合示范实施方案》2020.3.16正式印发"],
    [null, "· 政策：出台《普宁市支持农村电商发展十条措施》"],
    ["第4页", "【县级中心・产业园】"],
    [null, "· 中心：2020.7.28投入运营（流沙东街道）"],
    [null, "· 服务：免费培训✓　免费展销✓　摄影美工✓　品牌推广✓　增值服务✓"],
    [null, "· 产业园：整合建成普宁电商产业园，入驻企业46家（平台、销售、运营、物流齐全）"],
    ["第5页", "【农村产品上行】"],
    [null, "· 第三方运营服务商：✓（引进2家）"],
    [null, "· 快递：行政村覆盖100%"],
    [null, "· 农村网络零售额：2019年68.2亿元 → 2020年91.5亿元，＋34.2%"],
    ["第6页", "【人才培训】"],
    [null, "· 累计培训：6,820人次（按50万人基数，覆盖1.36%）"],
    [null, "· 脱贫劳动力：应培3,265人（有劳动能力、不含外出务工）／已培1,702人，52.1%"],
    ["第7页", "【信息公开・数据报送】"],
    [null, "· 专栏：方案✓　项目信息✓　建设进度✓　监督举报✓"],
    [null, "· 月报：按月报揭阳市商务局，附电商扶贫统计"],
    ["第8页", "【资金管理】"],
    [null, "· 省级资金500万元　已拨付438.6万元（87.7%）"],
    [null, "· 资金管理制度✓　资金专用台账✓"],
    [null, "· 项目总体进度：92%"],
    [null, "· 无安全生产、质量事故；无弄虚作假"],
    ["第9页", "【自评得分】"],
    [null, "· 组织领导2　方案制定2　政策支持2　项目管理4（制度2、台账2）"],
    [null, "· 服务体系：县级中心与产业园15　村级站点10"],
    [null, "· 农村产品上行9（调研2、促销2、第三方1、快递1、标准与冷链溯源1、增速2）"],
    [null, "· 人才培训20　信息公开4　数据上报6　案例总结2　经验推广8"],
    [null, "· 资金制度5　资金台账4　资金支出5（及时拨付5）"],
    [null, "· 加分：贫困人口培训率70%以上0　电视播报1"],
    [null, "· 合计：98＋1＝99分"],
    ["第10页", "【下一步】"],
    [null, "· 年底前拨付率达95%以上；2021年农村网络零售额突破110亿元；再培训脱贫劳动力500人"],
  ];
  assert(Math.round((91.5 / 68.2 - 1) * 1000) === 342 && Math.round(1702 / 3265 * 1000) === 521 && Math.round(438.6 / 500 * 1000) === 877, "f3 rates");
  const rows = [["页码", "要点（PPT文字稿）"]].concat(P);
  const claimed = { "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 4, "work.center": 15, "work.coverage": 10, "work.upward": 9, "work.training": 20,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 5, "fund.ledger": 4, "fund.spending": 5, "bonus.poorTraining": 0, "bonus.tvCase": 1 };
  assert(sum(SCORED.map(([id]) => claimed[id])) === 98, "f3 claimed 98");
  return {
    description:
      "揭阳普宁市商务局迎检汇报PPT的文字稿粘进Excel：A列“第N页”（每页只在第一行写），B列是该页标题【…】和一条条“· ”要点。事实写得很省：“201.5万人（超过50万，培训按50万人基数）”“2020.7.28投入运营”“68.2亿元 → 91.5亿元，＋34.2%”“应培3,265人／已培1,702人，52.1%”“500万元　已拨付438.6万元（87.7%）”；中心服务和专栏内容是一行里几个“××✓”；“覆盖1.36%”“87.7%”是算出来的。第9页自评给各指标分和分项（项目管理、上行、资金支出带括号分项），加分两项，合计98＋1；第10页“下一步”是目标（拨付率95%、110亿元、500人），不是事实。市委书记、市长双组长，成员含商务、财政、农业农村、乡村振兴。",
    sheets: [{ name: "汇报提纲", rows }],
    expect: {
      facts: {
        county: "普宁市", asOf: "2021-08-31", residentPopulation: 2015000, adminVillagesStated: 428, poorVillagesStated: 30, planIssued: true, policyIssued: true,
        centerOpened: "2020-07-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 6820000000, ruralRetail2020: 9150000000, ruralRetailGrowthStated: 0.342,
        trainingPersonTimesStated: 6820, eligiblePoorPersonsStated: 3265, trainedPoorPersonsStated: 1702, disclosurePlan: true, disclosureProjects: true,
        disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 4386000, fundSystemIssued: true,
        fundLedgerKept: true, overallProgress: 0.92, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 5,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// l1 — 肇庆市广宁县: 培训签到按年分表（2021年表只写月日）＋脱贫人口名单＋填表说明
// =====================================================================================================
function buildL1() {
  const REG = "441223";
  const TOWNS = ["南街街道", "排沙镇", "潭布镇", "江屯镇", "螺岗镇", "北市镇", "坑口镇", "赤坑镇", "宾亨镇", "五和镇", "横山镇", "木格镇", "石咀镇", "古水镇"];
  // 脱贫人口 30
  const pp = [];
  for (let i = 0; i < 30; i++) {
    const k = i % 10;
    const labour = k !== 3 && k !== 7;
    const work = !labour ? "—" : k === 1 || k === 5 ? "外出务工" : k === 2 ? "县内务工" : "无";
    pp.push({ id: makeId(REG, birthBetween(1965, 2001), rnd() < 0.5, i % 8 === 2 ? true : i % 8 === 3 ? false : undefined), name: personName(), town: TOWNS[1 + (i % 13)],
      labour, work, migrant: !labour ? null : work === "外出务工" });
  }
  const pRows = [padRow(["广宁县脱贫人口（建档立卡）劳动力名单"], 7), ["序号", "姓名", "公民身份号码", "镇（街）", "劳动能力", "务工情况", "备注"]];
  pp.forEach((p, i) => pRows.push([i + 1, p.name, p.id, p.town, p.labour ? "有劳动能力" : i % 2 ? "丧失劳动能力" : "无劳动能力", p.work, p.work === "县内务工" ? "在县城竹制品厂" : null]));
  const pRecs = pp.map((p) => ({ id: p.id, labour: p.labour, migrant: p.migrant }));
  // 签到：2020年（完整日期）与2021年（只写月日）
  const others = [];
  for (let i = 0; i < 40; i++) others.push({ id: makeId(REG, birthBetween(1970, 2002), rnd() < 0.5, i % 9 === 4 ? true : undefined), name: personName() });
  const pool = pp.concat(others);
  const mk = (dates, n0) => dates.map((d, k) => ({ d, people: shuffle(pool).slice(0, n0 + k) }));
  const c20 = mk(["2020-09-24", "2020-11-12", "2020-12-17"], 7);
  const c21 = mk(["2021-03-09", "2021-05-12", "2021-08-31", "2021-09-06"], 6);
  c21[1].start = "2021-05-11";
  const fmtId = (id, j) => (j % 11 === 5 && isX(id) ? id.slice(0, 17) + "x" : j % 11 === 7 ? spacedId(id) : j % 13 === 9 ? maskId(id) : id);
  const recId = (id, j) => (j % 11 === 5 && isX(id) ? id : j % 11 === 7 ? id : j % 13 === 9 ? maskId(id) : id);
  let j = 0;
  const t20 = [padRow(["广宁县2020年农村电商培训签到汇总表"], 6), ["序号", "期次", "培训日期", "姓名", "公民身份号码", "镇（街）"]];
  const r20 = [];
  c20.forEach((c, ci) => c.people.forEach((p) => {
    j++;
    t20.push([t20.length - 1, `2020年第${CN_NUM[ci + 1]}期`, [dotDate(c.d), D(c.d), cnDate(c.d)][ci], p.name, fmtId(p.id, j), p.town || TOWNS[j % 14]]);
    r20.push({ date: c.d, personTimes: 1, id: recId(p.id, j) });
  }));
  const t21 = [padRow(["广宁县2021年农村电商培训签到汇总表"], 6), ["序号", "期次", "培训日期", "姓名", "公民身份号码", "镇（街）"]];
  const r21 = [];
  c21.forEach((c, ci) => c.people.forEach((p) => {
    j++;
    const [, m, d] = ymd(c.d);
    const dt = c.start ? `${m}月${ymd(c.start)[2]}日-${d}日` : `${m}月${d}日`;
    t21.push([t21.length - 1, `第${CN_NUM[ci + 1]}期`, dt, p.name, fmtId(p.id, j), p.town || TOWNS[j % 14]]);
    r21.push({ date: c.d, personTimes: 1, id: recId(p.id, j) });
  }));
  assert(t20.some((r) => typeof r[4] === "string" && r[4].endsWith("x")) || t21.some((r) => typeof r[4] === "string" && r[4].endsWith("x")), "l1 has a lower-case x");
  assert(r20.concat(r21).some((r) => r.id.includes("*")), "l1 has a masked id");
  checkTrainingIds(r20.concat(r21), "l1");
  const note = [["填表说明"], ["1．培训签到按年度分表：2020年一张、2021年一张，2021年表日期只写月日，年份均为2021年。"], ["2．两天的培训写起止日期，按结束日计。"],
    ["3．身份证号码部分按保密要求隐去中间8位。"], ["4．脱贫人口名单由县乡村振兴局提供，“县内务工”不属于外出务工。"]];
  return {
    description:
      "肇庆广宁县商务局电商股的培训台账工作簿（四个表），签到按年分表：①《2020年签到》标题“广宁县2020年农村电商培训签到汇总表”，期次写“2020年第一期”，日期混着“2020.9.24”、日期格和“2020年12月17日”；②《2021年签到》同样版式，但日期只写月日（“3月9日”“5月11日-12日”两天一期按12日算，“8月31日”，还有9月6日一期），年份只在标题和说明里；身份证号有的末位是小写x、有的中间带空格、有的隐去中间8位。③《脱贫人口名单》劳动能力写“有劳动能力／无劳动能力／丧失劳动能力”，务工情况“外出务工／县内务工／无／—”（县内务工不是外出务工，无劳动能力的写“—”）。④《填表说明》纯文字，不是台账。",
    sheets: [
      { name: "2020年签到", rows: t20, merges: ["A1:F1"] },
      { name: "2021年签到", rows: t21, merges: ["A1:F1"] },
      { name: "脱贫人口名单", rows: pRows, merges: ["A1:G1"] },
      { name: "填表说明", rows: note },
    ],
    expect: {
      sheets: {
        "2020年签到": { kind: "training", records: r20 },
        "2021年签到": { kind: "training", records: r21 },
        "脱贫人口名单": { kind: "poorPersons", records: pRecs },
        "填表说明": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 清远市英德市: 拨付台账按年分表（2020元／2021万元带上年累计行）＋月报按年一行、月份成列＋2021年专栏更新
// =====================================================================================================
function buildL2() {
  const p20 = [["2020-04-23", 756000, "县级电商公共服务中心建设（首付款）"], ["2020-07-09", 328450, "村级站点建设补助（浛洸、大站、西牛）"], ["2020-10-15", 412000, "三级物流体系车辆购置"],
    ["2020-12-24", 158600, "2020年农村电商培训"]];
  const p21 = [["2021-01-19", 284300, "村级站点建设补助（沙口、横石塘）"], ["2021-04-07", 196500, "英德红茶网络品牌推广"], ["2021-06-25", 352780, "县级中心运营补助"],
    ["2021-08-16", 127450, "2021年农村电商培训（上半年）"], ["2021-09-09", 98000, "溯源系统建设"]];
  const s20 = sum(p20.map((p) => p[1]));
  const f20 = [padRow(["英德市电子商务进农村综合示范资金拨付台账（2020年度）"], 5), padRow(["单位：元"], 5), ["日期", "摘要", "拨付金额", "凭证号", "备注"]];
  p20.forEach((p, i) => f20.push([[D(p[0]), dotDate(p[0])][i % 2], p[2], fmtMoney(p[1]), `记-${pad3(i * 9 + 4)}`, null]));
  f20.push(["2020年合计", null, fmtMoney(s20), null, null]);
  const f21 = [padRow(["英德市电子商务进农村综合示范资金拨付台账（2021年度）"], 5), padRow(["单位：万元"], 5), ["日期", "摘要", "拨付金额", "凭证号", "备注"]];
  f21.push([null, "上年累计拨付（2020年度）", wan4(s20), null, "结转"]);
  p21.forEach((p, i) => f21.push([[cnDate(p[0]), D(p[0])][i % 2], p[2], wan4(p[1]), `记-${pad3(i * 7 + 2)}`, null]));
  const s21 = sum(p21.map((p) => p[1]));
  f21.push([null, "本年合计", wan4(s21), null, null]);
  f21.push([null, "累计拨付", wan4(s20 + s21), null, null]);
  for (const r of f21) for (const c of r) if (typeof c === "number") assert(Math.abs(c * 10000 - Math.round(c * 10000)) < 1e-6, "l2 wan exact");
  // 月报：按年一行，月份为列
  const miss = "2021-02";
  const mHead = ["年度"].concat(CN_NUM.slice(1, 13).map((x, i) => `${i + 1}月`), ["备注"]);
  const rRecs = [];
  const y20 = ["2020年"], y21 = ["2021年"];
  for (let m = 1; m <= 12; m++) {
    const k20 = `2020-${String(m).padStart(2, "0")}`;
    const k21 = `2021-${String(m).padStart(2, "0")}`;
    if (m >= 9) { y20.push(m % 2 ? "✓" : "√"); rRecs.push({ date: k20, poverty: null }); } else y20.push(m <= 8 ? "—" : null);
    if (m <= 8) {
      if (k21 === miss) y21.push("未报");
      else { y21.push(m % 3 ? "✓" : "√"); rRecs.push({ date: k21, poverty: null }); }
    } else y21.push(null);
  }
  rRecs.sort((a, b) => cmp(a.date, b.date));
  y20.push("9月起报送");
  y21.push("2月春节未报");
  const rRows = [padRow(["英德市电商进农村工作月报报送情况（报清远市商务局）"], 14), mHead, y20, y21, padRow(["注：✓/√表示当月已报送；“—”为示范创建开始前。"], 14)];
  // 专栏更新（2021年）
  const ups = ["2021-01-14", "2021-02-22", "2021-03-18", "2021-04-20", "2021-05-17", "2021-06-21", "2021-07-19", "2021-08-30", "2021-09-13"];
  const uRows = [padRow(["英德市政府网“电子商务进农村”专栏2021年更新记录"], 4), ["序号", "更新日期", "标题", "栏目"]];
  ups.forEach((u, i) => uRows.push([i + 1, [cnDate(u), slashDate(u), D(u)][i % 3], `英德市电子商务进农村综合示范项目建设进度公示（${i + 1}）`, "建设进度"]));
  return {
    description:
      "清远英德市商务局电商股的台账工作簿（四个表），按年分表：①《2020年拨付》单位元，金额是“756,000.00”文本，末行“2020年合计”；②《2021年拨付》单位万元（数字如28.43、12.745），第一行“上年累计拨付（2020年度）”是结转数、不是2021年的拨付，末尾“本年合计”“累计拨付”两行，最后一笔2021年9月9日（在考评截止日后，但仍是一条拨付）；③《月报报送》一年一行、月份成列（1月…12月），2020年1—8月写“—”（创建开始前），9—12月打✓或√，2021年2月写“未报”，9—12月空着；④《专栏更新2021》只有2021年，更新日期混写“2021年1月14日”“2021/2/22”和日期格。",
    sheets: [
      { name: "2020年拨付", rows: f20, merges: ["A1:E1", "A2:E2"] },
      { name: "2021年拨付", rows: f21, merges: ["A1:E1", "A2:E2"] },
      { name: "月报报送", rows: rRows, merges: ["A1:N1", "A5:N5"] },
      { name: "专栏更新2021", rows: uRows, merges: ["A1:D1"] },
    ],
    expect: {
      sheets: {
        "2020年拨付": { kind: "funds", records: p20.map((p) => ({ date: p[0], amount: p[1] })) },
        "2021年拨付": { kind: "funds", records: p21.map((p) => ({ date: p[0], amount: p[1] })) },
        "月报报送": { kind: "reports", records: rRecs },
        "专栏更新2021": { kind: "disclosures", records: ups.map((d) => ({ date: d })) },
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
write("counties", "b256-c1-fogang.json", c1);
write("facts", "b256-f1-yangxi.json", f1);
write("facts", "b256-f2-gaozhou.json", f2);
write("facts", "b256-f3-puning.json", f3);
write("ledgers", "b256-l1-guangning.json", l1);
write("ledgers", "b256-l2-yingde.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
