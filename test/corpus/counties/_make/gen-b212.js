// Batch 212 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b210.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (212212), no clock. Run: node test/corpus/_b212/gen-b212.js
//
// c1 鼎湖区 (肇庆): 《基础数据》 two label blocks side by side (序号｜项目｜单位｜填报值 ×2, a blank spacer column), 组长 区长 with a
//    常务副组长 row; 《自评表》 official order with 自评得分｜自评说明 (judged parts in the notes). Ledgers: 村居名单 in 民政 formal names
//    (“××村民委员会”) while stations write “××村／××村委会”; 镇级站 in 社区 and a 景区 point; training sign-in split over two sheets
//    (2020, 2021) with 培训日期/班次 merged down over each class; 园区 with a renamed firm (same credit code twice); 三栏式 fund ledger.
// f1 茂南区 (茂名): 《考评数据报送单》 a Word-style form — 项目｜填报 pairs twice per row, full-width digits, 〇-style formal dates,
//    ☑/□ boxes (one item with neither box ticked), 大写 money with the figure in brackets, 双组长 书记＋区长 but no 乡村振兴 member,
//    the judged points in one “；”-separated cell.
// f2 南沙区 (广州): 《自评打分表》 every scoring point a row with 得分 typed “实得/应得” (“1/2”, “0/1”), 小计 rows per indicator
//    (“12/15”) and a 合计 row; facts only in the 完成情况 sentences.
// f3 惠城区 (惠州): 《考评要求达标对照表》 工作任务 merged down, 考评要求｜目标值｜截至8月31日实际｜是否达标｜责任单位｜备注; 目标值 and
//    达标 are not facts; the leader in the 实际 cell (分管副区长 → deputy); a 主观分 block after the table.
// l1 江城区 (阳江): 封面; stations with 申请｜验收｜挂牌运营 dates under a two-row header (opened = 挂牌运营); training by class with
//    year section rows, “128人次” text, ranges; media as a 剪报汇编目录 with 页码; reports sent with a time of day, 1–2月 merged into one March report, 是否含扶贫统计 “含／不含／blank”;
//    a 统计 pivot and a hidden 字典 sheet that are not ledgers.
// l2 榕城区 (揭阳): 说明; 村居 with 性质 “村／居” (one letter); a separate 省定贫困村 list in 村委会 form; poor persons with √ in
//    有｜弱｜无 劳动能力 and 县内｜县外｜未务工 columns; enterprises with 合同到期 (not leaving) and 退出时间; funds in 万元 with a few
//    cells typed in 元; the column updates as months across (dates in the cells); an 汇总 sheet.
"use strict";
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
let seed = 212212;
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
    assert(/^b212-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b212-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b212-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 清远市清新区: 基础数据及自评 + 十个台账 + 隐藏的下拉选项


// =====================================================================================================
// c1 — 肇庆市鼎湖区: 基础数据（左右两块）＋自评表＋十一个台账
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "441203";
  const POP = 173900;
  const HUJI = 163000;
  const BASE = Math.min(POP, 500000);
  const TOWNS = [["坑口街道", 4, 5], ["桂城街道", 5, 3], ["广利街道", 8, 2], ["永安镇", 10, 1], ["沙浦镇", 9, 1], ["凤凰镇", 8, 1], ["莲花镇", 8, 1]];
  const prefixes = ["坑口", "桂城", "广利", "永安", "沙浦", "凤凰", "莲花", "鼎湖"];
  const vBase = nameMaker("大水石罗白蕉塘官迳苏岗旺典城金古砚布", ["岗", "坑", "湖", "洞", "田", "围", "坪", "头", "沙", "塘", "口", "溪", "桥", "湾", "冲", "江"], "", prefixes);
  const cBase = nameMaker("新华东西城", ["兴", "安", "明", "丰", "源", "宁", "和"], "", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vBase()), cs: Array.from({ length: nc }, () => cBase()) }));
  const allV = towns.flatMap((x) => x.vs);
  const allC = towns.flatMap((x) => x.cs);
  noStemClash(allV.map((b) => b + "村"), allC.map((b) => b + "社区"), "c1");
  assert(allV.length === 52 && allC.length === 14, "c1 52 villages + 14 communities");
  const townOf = {};
  for (const x of towns) for (const b of x.vs.concat(x.cs)) townOf[b] = x.t;
  const rural = towns.slice(3).flatMap((x) => x.vs);
  const poor = shuffle(rural).slice(0, 6);
  const poorSet = new Set(poor);
  const nonPoor = shuffle(allV.filter((b) => !poorSet.has(b)));
  const covNonPoor = nonPoor.slice(0, 31);
  const uncovered = nonPoor.slice(31);
  assert(covNonPoor.length + poor.length === 37 && uncovered.length === 15, "c1 37 covered / 15 not");

  // ---------------- 村居名单 (民政 formal names)
  const vRows = [["鼎湖区村（居）民委员会名单"], ["资料来源：区民政局《2021年村（居）民委员会名册》；“省定贫困村”“快递进村”两栏由区商务局补填。"],
    ["序号", "镇（街道）", "村（居）民委员会名称", "类别", "省定贫困村", "快递进村"]];
  const vMerges = ["A1:F1", "A2:F2"];
  let sq = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    for (const c of x.cs) vRows.push([++sq, vRows.length + 1 === r0 ? x.t : null, `${c}社区居民委员会`, "居委会", "—", "已通"]);
    for (const v of x.vs) vRows.push([++sq, vRows.length + 1 === r0 ? x.t : null, `${v}村民委员会`, "村委会", poorSet.has(v) ? "是" : "否", "已通"]);
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push([`合计：村民委员会${allV.length}个（其中省定贫困村${poor.length}个），社区居民委员会${allC.length}个。`, null, null, null, null, null]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);
  for (const r of vRows) padRow(r, 6);

  // ---------------- 站点台账
  const ST = [];
  for (const x of towns) ST.push({ lvl: "镇级", t: x.t, cell: `${x.cs[0]}社区`, op: randIsoBetween("2020-04-01", "2020-09-30"), name: `${x.t}电子商务服务站` });
  const firstPoor = poor[2];
  poor.forEach((v) => ST.push({ lvl: "村级", t: townOf[v], base: v, op: randIsoBetween("2020-05-10", "2021-07-30") }));
  covNonPoor.forEach((v) => ST.push({ lvl: "村级", t: townOf[v], base: v, op: randIsoBetween("2020-05-10", "2021-08-20") }));
  const monthOnly = covNonPoor[5];
  ST.find((s) => s.base === monthOnly).op = "2021-08";
  const twice = covNonPoor[9];
  ST.push({ lvl: "村级", t: townOf[twice], base: twice, op: randIsoBetween("2021-01-10", "2021-06-30"), second: true });
  const septV = uncovered[0];
  ST.push({ lvl: "村级", t: townOf[septV], base: septV, op: "2021-09-06" });
  ST.push({ lvl: "其他", t: "坑口街道", cell: "鼎湖山景区", op: randIsoBetween("2020-10-01", "2021-03-30"), name: "鼎湖山景区电商服务点" });
  const TORD = TOWNS.map((t) => t[0]);
  const LORD = ["镇级", "村级", "其他"];
  ST.sort((a, b) => TORD.indexOf(a.t) - TORD.indexOf(b.t) || LORD.indexOf(a.lvl) - LORD.indexOf(b.lvl) || cmp(a.op, b.op));
  const sRows = [["鼎湖区镇村电子商务服务站点台账"], ["填报单位：肇庆市鼎湖区商务局　　　更新至2021年9月10日"],
    ["序号", "站点名称", "级别", "镇（街道）", "所在村（社区）", "负责人", "联系电话", "挂牌运营时间", "备注"]];
  let formVar = 0;
  ST.forEach((s, j) => {
    let cell = s.cell;
    if (s.base) {
      const k = formVar++ % 5;
      cell = k === 1 ? `${s.base}村委会` : k === 3 ? `${s.base}村民委员会` : `${s.base}村`;
      if (s.base === firstPoor) cell = `${s.base}村民委员会`;
    }
    let dc;
    if (s.op === "2021-08") dc = "2021年8月";
    else if (s.op === "2021-09-06") dc = "2021年9月6日";
    else dc = j % 6 === 5 ? twoDot(s.op) : dateCell(s.op, j);
    const nm = s.name || `鼎湖区${s.base}村电商服务站${s.second ? "（二）" : ""}`;
    sRows.push([j + 1, nm, s.lvl, s.t, cell, personName(), mask(phone()), dc,
      s.second ? "村内第二个站点" : s.op === "2021-09-06" ? "9月挂牌" : s.lvl === "镇级" ? "设在镇（街道）电商服务中心" : s.lvl === "其他" ? "景区游客服务中心内" : null]);
  });
  sRows.push(["注：镇级站设在镇（街道）所在地社区，村级站按行政村统计。"]);
  const sMerges = ["A1:I1", "A2:I2", `A${sRows.length}:I${sRows.length}`];
  for (const r of sRows) padRow(r, 9);
  const vSet = new Set(allV);
  const covSet = new Set(ST.filter((s) => s.base && vSet.has(s.base) && openedBy(s.op, CUT)).map((s) => s.base));
  const covBase = Math.min(allV.length, 200);
  const covPoor = poor.filter((v) => covSet.has(v));
  assert(covSet.size === 37 && ratioGE(37, covBase, 70) && !ratioGE(36, covBase, 70), "c1 37/52 just over 70%");
  assert(covPoor.length === 6 && !ratioGE(5, 6, 100) && ratioGE(5, 6, 80), "c1 poor 6/6");

  // ---------------- 脱贫人口
  const plan = shuffle([].concat(Array(44).fill("E"), Array(10).fill("M"), Array(6).fill("N")));
  let xGiven = false;
  const persons = plan.map((c) => {
    const birth = c === "N" ? birthBetween(1938, 1956) : birthBetween(1966, 2000);
    const wantX = c === "E" && !xGiven ? true : undefined;
    if (wantX) xGiven = true;
    return { c, id: makeId(REGION, birth, rnd() < 0.5, wantX) };
  });
  const hh = [];
  for (let i = 0; i < persons.length;) {
    const n = Math.min(persons.length - i, rint(2, 4));
    const v = poor[hh.length % poor.length];
    const sur = SURNAMES[rint(0, SURNAMES.length - 1)];
    const mem = persons.slice(i, i + n).sort((a, b) => cmp(birthOf(a.id), birthOf(b.id)));
    const male = (p) => Number(p.id[16]) % 2 === 1;
    const by = (p) => Number(birthOf(p.id).slice(0, 4));
    let spouse = false;
    mem.forEach((p, k) => {
      p.v = v;
      const d = k === 0 ? 0 : by(p) - by(mem[0]);
      if (k === 0) p.rel = "户主";
      else if (d >= 45) p.rel = male(p) ? "孙子" : "孙女";
      else if (d >= 16) p.rel = male(p) ? "儿子" : "女儿";
      else if (!spouse && male(p) !== male(mem[0])) {
        p.rel = "配偶";
        spouse = true;
      } else p.rel = "兄弟姐妹";
      p.name = personName(p.rel === "配偶" ? undefined : sur);
    });
    hh.push({ v, mem });
    i += n;
  }
  const pRows = [["鼎湖区建档立卡脱贫人口劳动能力及务工情况"], ["说明：“弱劳动能力”属有劳动能力；“是否外出务工”指在区外务工。数据来源：区乡村振兴局（2021年8月）。"],
    ["序号", "镇（街道）", "村", "户主", "姓名", "身份证号", "与户主关系", "劳动能力", "是否外出务工", "备注"]];
  const pMerges = ["A1:J1", "A2:J2"];
  let pi = 0;
  for (const h of hh) {
    const r0 = pRows.length + 1;
    for (const p of h.mem) {
      pi++;
      const lab = p.c === "N" ? (pi % 2 ? "无劳动能力" : "丧失劳动能力") : pi % 5 === 0 ? "弱劳动能力" : "有劳动能力";
      const mig = p.c === "M" ? "是" : "否";
      pRows.push([pi, townOf[h.v], `${h.v}村`, h.mem[0].name, p.name, p.id, p.rel, lab, mig, p.c === "M" ? ["佛山市南海区", "广州市白云区", "东莞市"][pi % 3] : null]);
    }
    for (const c of ["B", "C", "D"]) mergeCol(pMerges, c, r0, pRows.length);
  }
  const elig = persons.filter((p) => p.c === "E");
  const eligIds = new Set(elig.map((p) => p.id));
  const xPerson = elig.find((p) => isX(p.id));
  assert(elig.length === 44 && xPerson, "c1 44 eligible, one X");

  // ---------------- 培训签到 (two sheets; date and class merged down over each class)
  const TOPICS = ["农村电商基础知识", "网店开设与运营", "直播带货实操", "短视频拍摄与剪辑", "农产品包装与品牌", "电商客服与物流", "社群营销", "鼎湖山泉水与裹蒸电商营销", "脱贫户电商技能专题", "跨境电商入门"];
  const CL = [
    ["2020-05-19", 0], ["2020-06-16", 0], ["2020-07-14", 2], ["2020-08-18", 0], ["2020-09-15", 0], ["2020-10-20", 1], ["2020-11-17", 2], ["2020-12-15", 0],
    ["2021-01-12", 0], ["2021-03-09", 0], ["2021-03-23", 1], ["2021-04-13", 0], ["2021-04-27", 0], ["2021-05-18", 2], ["2021-06-08", 0], ["2021-06-22", 0],
    ["2021-07-13", 1], ["2021-07-27", 0], ["2021-08-17", 0], ["2021-08-24", 0],
  ];
  const classes = CL.map(([s, len], k) => ({ no: k + 1, start: s, end: isoAdd(s, len), topic: TOPICS[k % TOPICS.length], n: rint(70, 100), rows: [] }));
  let diff = 1700 - sum(classes.map((c) => c.n));
  for (let j = 0; diff !== 0; j = (j + 1) % classes.length) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 5);
    if (classes[j].n + st < 50 || classes[j].n + st > 130) continue;
    classes[j].n += st;
    diff -= st;
  }
  const sept = { no: 21, start: "2021-09-07", end: "2021-09-07", topic: "农村电商基础知识（补训班）", n: 60, rows: [] };
  classes.push(sept);
  const before = classes.filter((c) => c.end <= CUT);
  assert(sum(before.map((c) => c.n)) === 1700, "c1 1700 before cut");
  // poor trainees (each a sign-in row inside a class)
  const eligSh = shuffle(elig.filter((p) => p !== xPerson));
  const trainedE = [xPerson].concat(eligSh.slice(0, 21));
  const septOnly = eligSh[21];
  const PT = trainedE.map((p, k) => ({ p, c: before[(k * 7 + 3) % before.length], idText: p === xPerson ? p.id.slice(0, 17) + "x" : p.id }));
  const tw = trainedE[6];
  const firstC = PT.find((t) => t.p === tw).c;
  PT.push({ p: tw, c: before.find((c) => c.no > firstC.no + 3) || before[before.length - 1], idText: tw.id });
  PT.push({ p: septOnly, c: sept, idText: septOnly.id });
  const migs = persons.filter((p) => p.c === "M");
  const nols = persons.filter((p) => p.c === "N");
  PT.push({ p: migs[1], c: before[8], idText: migs[1].id });
  PT.push({ p: nols[2], c: before[12], idText: nols[2].id });
  for (const c of classes) {
    const mine = PT.filter((t) => t.c === c);
    assert(mine.length <= c.n, "c1 poor within class");
    const slots = new Set(shuffle(Array.from({ length: c.n }, (_, i) => i)).slice(0, mine.length));
    let m = 0;
    for (let i = 0; i < c.n; i++) {
      if (slots.has(i)) {
        const t = mine[m++];
        c.rows.push({ name: t.p.name, male: Number(t.p.id[16]) % 2 === 1, idText: t.idText, v: `${t.p.v}村`, poor: true });
      } else {
        const male = rnd() < 0.45;
        const reg = rnd() < 0.85 ? REGION : ["441202", "441204", "441283"][rint(0, 2)];
        const id = makeId(reg, birthBetween(1962, 2002), male);
        const vb = allV[rint(0, allV.length - 1)];
        c.rows.push({ name: personName(), male, idText: id, v: rnd() < 0.5 ? `${vb}村` : `${vb}村委会`, poor: false });
      }
    }
  }
  const trainedCut = new Set(PT.filter((t) => t.c.end <= CUT).map((t) => normId(t.idText)).filter((id) => eligIds.has(id)));
  assert(trainedCut.size === 22 && ratioGE(22, 44, 50) && !ratioGE(21, 44, 50) && ratioGE(21, 44, 40), "c1 22/44 = 50%");
  const ptCut = sum(before.map((c) => c.rows.length));
  assert(ptCut === 1700 && ratioGE(ptCut, BASE, 0.8) && !ratioGE(ptCut, BASE, 1), "c1 1700/173900 in 0.8–1%");
  assert(ratioGE(ptCut + sept.n, BASE, 1) && ratioGE(ptCut, HUJI, 1), "c1 traps: Sept class or 户籍 would give 1%");
  const classDate = (c, j) => {
    if (c === sept) return "2021.9.7";
    if (c.end !== c.start) return j % 2 ? rangeText(c.start, c.end, "cn") : rangeText(c.start, c.end, "dot");
    return dateCell(c.start, j + 1);
  };
  const trainSheet = (year, list) => {
    const rows = [[`鼎湖区农村电商培训签到汇总表（${year}年）`], ["序号", "培训日期", "培训班次", "姓名", "性别", "身份证号码", "联系电话", "所在村（居）", "脱贫户"]];
    const merges = ["A1:I1"];
    let q = 0;
    for (const c of list) {
      const r0 = rows.length + 1;
      c.rows.forEach((t, i) => {
        rows.push([++q, i === 0 ? classDate(c, c.no) : null, i === 0 ? `第${c.no}期　${c.topic}` : null, t.name, t.male ? "男" : "女", t.idText, mask(phone()), t.v, t.poor ? "是" : null]);
      });
      mergeCol(merges, "B", r0, rows.length);
      mergeCol(merges, "C", r0, rows.length);
    }
    rows.push([`本年共${list.length}期，签到${q}人次。`]);
    merges.push(`A${rows.length}:I${rows.length}`);
    for (const r of rows) padRow(r, 9);
    return { rows, merges };
  };
  const t2020 = trainSheet(2020, classes.filter((c) => c.start < "2021-01-01"));
  const t2021 = trainSheet(2021, classes.filter((c) => c.start >= "2021-01-01"));

  // ---------------- 园区企业 (a renamed firm appears twice with one credit code)
  const FIRMS = [["肇庆市鼎湖区山泉优品电子商务有限公司", "销售型"], ["肇庆市鼎湖区裹蒸世家网店", "销售型"], ["肇庆市鼎湖区砚乡文创电商商行", "销售型"],
    ["肇庆市鼎湖区鼎好购网络科技有限公司", "平台型"], ["肇庆市鼎湖区农e汇网络科技有限公司", "平台型"], ["肇庆市鼎湖区云帆电商代运营有限公司", "电商运营商"],
    ["肇庆市鼎湖区新农人电商服务有限公司", "电商运营商"], ["肇庆市鼎湖区速通快递有限公司", "物流企业"], ["肇庆市鼎湖区冷链仓配有限公司", "物流企业"],
    ["肇庆市鼎湖区莲花蔬果电商商行", "销售型"], ["肇庆市鼎湖区沙浦鱼干网店", "销售型"], ["肇庆市鼎湖区星火直播传媒有限公司", "直播电商"],
    ["肇庆市鼎湖区凤凰茶业电子商务有限公司", "销售型"], ["肇庆市鼎湖区永安竹木工艺网店", "销售型"], ["肇庆市鼎湖区优鲜供应链管理有限公司", "供应链"],
    ["肇庆市鼎湖区广利鱼苗电商商行", "销售型"], ["肇庆市鼎湖区西江好物网络科技有限公司", "平台型"], ["肇庆市鼎湖区桂城家居电商有限公司", "销售型"],
    ["肇庆市鼎湖区乡村直播工作室", "直播电商"], ["肇庆市鼎湖区坑口五金网店", "销售型"]];
  const firms = FIRMS.map(([n, t]) => ({ n, t, code: creditCode(REGION), ent: randIsoBetween("2020-06-01", "2021-07-20"), left: null, note: null }));
  firms[18].ent = "2020-09-08";
  firms[12].left = "2021-06-30";
  if (firms[12].ent >= "2021-06-30") firms[12].ent = "2020-10-12";
  firms[6].ent = "2021-08";
  firms.push({ n: "肇庆市鼎湖区岭南优选电子商务有限公司", t: "销售型", code: creditCode(REGION), ent: "2021-09-06", left: null, note: "9月新签" });
  // the 工作室 became a company: a second row, same credit code
  const renamed = { n: "肇庆市鼎湖区乡村直播传媒有限公司", t: "直播电商", code: firms[18].code, ent: "2021-04-16", left: null };
  firms.push(renamed);
  firms.sort((a, b) => cmp(a.ent, b.ent));
  const oldIdx = firms.indexOf(firms.find((f) => f.n === "肇庆市鼎湖区乡村直播工作室"));
  const newIdx = firms.indexOf(renamed);
  firms[oldIdx].note = `2021年4月变更登记为公司，见第${newIdx + 1}行`;
  renamed.note = `原“肇庆市鼎湖区乡村直播工作室”（第${oldIdx + 1}行）变更登记`;
  const eRows = [["鼎湖区电子商务产业园入驻企业名单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "状态", "备注"]];
  firms.forEach((f, j) => {
    const ec = f.ent === "2021-08" ? "2021年8月" : f.ent === "2021-09-06" ? "2021.9.6" : dateCell(f.ent, j + 3);
    eRows.push([j + 1, f.n, f.code, f.t, ec, f.left ? "已退园（2021年6月30日）" : "在园", f.note]);
  });
  const inPark = new Map();
  for (const f of firms) if (openedBy(f.ent, CUT) && !(f.left && f.left < CUT)) inPark.set(f.code, f);
  const naive = firms.filter((f) => openedBy(f.ent, CUT) && !(f.left && f.left < CUT)).length;
  const typesIn = new Set([...inPark.values()].map((f) => f.t));
  assert(inPark.size === 19 && naive === 20 && typesIn.size >= 3, "c1 19 distinct in park, 20 rows " + inPark.size + "/" + naive);

  // ---------------- 资金台账 (三栏式: 收入｜支出｜结余)
  const ALLOC = 5000000;
  const PAY = [["2020-07-28", "区电子商务公共服务中心装修工程（预付款）", 486000], ["2020-09-24", "镇级电商服务站建设", 352600], ["2020-11-19", "村级站点建设（第一批）", 418000],
    ["2020-12-29", "电商人才培训（2020年度）", 168500], ["2021-01-26", "区镇村三级物流体系建设", 506000], ["2021-03-30", "公共服务中心装修工程（进度款）", 392000],
    ["2021-05-20", "村级站点建设（第二批）", 336400], ["2021-06-29", "农产品品牌推广、冷链及溯源系统建设", 0], ["2021-08-26", "电商人才培训（2021年度）", 156800],
    ["2021-09-15", "公共服务中心运营补助", 380000]];
  PAY[7][2] = 3602480 - sum(PAY.filter((p, i) => i !== 7 && p[0] <= CUT).map((p) => p[2]));
  assert(PAY[7][2] > 100000 && PAY[7][2] < 900000, "c1 filler " + PAY[7][2]);
  const spent = sum(PAY.filter((p) => p[0] <= CUT).map((p) => p[2]));
  assert(spent === 3602480 && ratioGE(spent, ALLOC, 70) && !ratioGE(spent - PAY[8][2], ALLOC, 70), "c1 spent 72.05% (without the 8/26 payment under 70%)");
  const LED = [{ d: "2020-06-12", s: "收到省级电子商务进农村综合示范专项资金", inc: ALLOC }].concat(PAY.map((p) => ({ d: p[0], s: p[1], out: p[2] })));
  LED.splice(4, 0, { d: "2020-09-21", s: "银行存款利息收入", inc: 3125.5 });
  LED.splice(10, 0, { d: "2021-03-21", s: "银行存款利息收入", inc: 4218.36 });
  LED.sort((a, b) => cmp(a.d, b.d));
  const fRows = [["鼎湖区电子商务进农村综合示范专项资金台账"], ["单位：元　　　核算单位：肇庆市鼎湖区商务局"], ["日期", "凭证号", "摘要", "收入", "支出", "结余"]];
  let bal = 0;
  let yearOut = 0;
  let curY = "2020";
  const yearRow = (y) => fRows.push([`${y}年小计`, null, null, null, yuan2(yearOut), null]);
  LED.forEach((e, j) => {
    if (e.d.slice(0, 4) !== curY) {
      yearRow(curY);
      curY = e.d.slice(0, 4);
      yearOut = 0;
    }
    bal = yuan2(bal + (e.inc || 0) - (e.out || 0));
    if (e.out) yearOut += e.out;
    const outCell = e.out ? (j % 3 === 1 ? `¥${fmtMoney(e.out)}` : e.out) : null;
    fRows.push([e.d > CUT ? "2021.9.15" : dateCell(e.d, j + 2), `记${e.d.slice(5, 7)}-${pad3(rint(1, 90))}`, e.s, e.inc || null, outCell, bal]);
  });
  yearRow(curY);
  fRows.push(["合计", null, null, yuan2(sum(LED.map((e) => e.inc || 0))), sum(LED.map((e) => e.out || 0)), bal]);
  const fMerges = ["A1:F1", "A2:F2"];
  fRows.forEach((r, i) => {
    if (typeof r[0] === "string" && (r[0].endsWith("小计") || r[0] === "合计")) fMerges.push(`A${i + 1}:C${i + 1}`);
  });

  // ---------------- 月报报送
  const rRows = [["鼎湖区向肇庆市商务局报送工作月报登记"], ["序号", "所属月份", "报送日期", "报送内容", "接收单位"]];
  const repDates = [];
  monthsBetween("2020-08", "2021-08").forEach((m, j) => {
    const nx = monthsBetween(m, "2021-12")[1];
    let dd = `${nx}-${String(rint(2, 9)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(dd)) || (dd >= "2020-10-01" && dd <= "2020-10-08")) dd = isoAdd(dd, 1);
    repDates.push(dd);
    rRows.push([j + 1, cnMonth(m), dd > CUT ? dotDate(dd) : dateCell(dd, j), "示范创建工作进展月报（附电商扶贫统计表）", "肇庆市商务局"]);
  });
  const repMonths = inWindowMonths(repDates.filter((d) => d <= CUT));

  // ---------------- 专栏更新
  const U = [["2020-05-08", "鼎湖区电子商务进农村综合示范创建工作方案"], ["2020-05-08", "鼎湖区电子商务进农村综合示范项目基本信息公示"], ["2020-05-15", "关于设立电子商务进农村综合示范项目监督举报电话的公告"]];
  for (const m of WINDOW) {
    if (m === "2021-01" || m === "2021-02") continue;
    const [y, mo] = m.split("-").map(Number);
    U.push([`${m}-${String(rint(3, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, `鼎湖区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`]);
  }
  const uRows = [["鼎湖区政府网站“电子商务进农村综合示范”专栏更新记录"], ["序号", "发布日期", "标题", "链接"]];
  U.forEach(([d, t], j) => uRows.push([j + 1, dateCell(d, j + 4), t, `http://www.dinghu.gov.cn/zwgk/dzswjnc/content/post_${2000000 + rint(1000, 99999)}.html`]));
  const disMonths = inWindowMonths(U.map((u) => u[0]));
  assert(disMonths === 10, "c1 10 disclosure months");

  // ---------------- 宣传报道 / 经验材料
  const MED = [["2020-11-26", "鼎湖区融媒体中心", "区级", "网络", "鼎湖区镇级电商服务站全部挂牌", "否"],
    ["2021-03-18", "西江日报", "市级", "报纸", "鼎湖裹蒸搭上电商快车", "否"],
    ["2021-05-12", "南方日报", "省级", "报纸", "鼎湖区：电商进村，山货出山", "否"],
    ["2021-07-06", "广东广播电视台《广东新闻联播》", "省级", "电视", "鼎湖区脱贫户直播卖山货", "是"],
    ["2021-09-12", "中央广播电视总台财经频道", "国家级", "电视", "西江边的电商扶贫故事", "是"]];
  const mRows = [["鼎湖区电子商务进农村宣传报道登记表"], ["序号", "报道日期", "媒体名称", "媒体级别", "报道形式", "标题", "是否电商扶贫典型案例"]];
  MED.forEach((m, j) => mRows.push([j + 1, m[0] > CUT ? "2021.9.12" : dateCell(m[0], j + 2), m[1], m[2], m[3], `《${m[4]}》`, m[5]]));
  const matRows = [["经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送单位"],
    [1, "2021年7月20日", "《鼎湖区“电商＋裹蒸”助农增收经验做法》", "肇庆市商务局"],
    [2, "2021年9月10日", "《鼎湖区电子商务进农村综合示范创建工作总结》", "肇庆市商务局"]];

  // ---------------- 基础数据 (two blocks side by side)
  const L = [
    ["县（市、区）", "—", "鼎湖区"], ["考评截止日期", "—", "2021年8月31日"], ["常住人口", "万人", 17.39], ["户籍人口", "万人", 16.3],
    ["行政村", "个", 52], ["社区", "个", 14], ["省定贫困村", "个", 6], ["领导小组组长", "—", "区委副书记、区长"],
    ["领导小组常务副组长", "—", "区委常委、副区长"], ["领导小组成员单位", "—", "区商务局、区财政局、区农业农村局、区乡村振兴局（原区扶贫办）、区交通运输局、区市场监管局、鼎湖邮政分公司"],
    ["示范创建工作方案", "—", "已印发（鼎府办函〔2020〕8号）"], ["农村电商扶持政策", "—", "已出台"], ["公共服务中心投入运营日期", "—", "2021.3.1"],
    ["免费培训场所及培训设备", "有/无", "有"], ["免费展示、销售特色农产品", "有/无", "有"], ["免费摄影、美工服务", "有/无", "有"],
    ["农产品统一推广、品牌建设指导", "有/无", "有"], ["其他衍生增值服务", "有/无", "有"], ["建设或整合电商产业园", "有/无", "有"],
  ];
  const R = [
    ["专业第三方电商运营服务商", "有/无", "有"], ["行政村物流快递覆盖率", "%", 100], ["2019年农产品网络零售额", "亿元", 1.86], ["2020年农产品网络零售额", "亿元", 2.47],
    ["电商培训人次（截至8月31日）", "人次", "1,700"], ["有劳动能力的建档立卡贫困人口（不含外出务工）", "人", 44], ["参加电商培训的建档立卡贫困人口", "人", 22],
    ["专栏公示创建方案", "是/否", "是"], ["专栏公示项目基本信息", "是/否", "是"], ["专栏公示项目建设进度", "是/否", "是"],
    ["专栏设立征求意见或监督举报窗口", "是/否", "是"], ["能统计电商扶贫情况", "是/否", "是"], ["省级下达专项资金", "万元", 500],
    ["累计拨付资金（截至8月31日）", "万元", wan4(spent)], ["资金管理制度", "—", "已制定"], ["资金专用台账", "—", "已建立"],
    ["项目总体进度", "%", 90], ["发生安全生产、质量事故或重大损失", "有/无", "无"], ["弄虚作假", "有/无", "无"],
  ];
  assert(L.length === R.length, "c1 blocks equal");
  const fr = [["鼎湖区电子商务进农村综合示范考评基础数据表"], ["填报单位：肇庆市鼎湖区商务局（盖章）　　　填报日期：2021年9月8日"],
    ["一、基本情况与服务体系", null, null, null, null, "二、农村产品上行、培训、信息公开与资金", null, null, null],
    ["序号", "项目", "单位", "填报值", null, "序号", "项目", "单位", "填报值"]];
  const fm = ["A1:I1", "A2:I2", "A3:D3", "F3:I3"];
  L.forEach((l, i) => fr.push([i + 1, l[0], l[1], l[2], null, L.length + i + 1, R[i][0], R[i][1], R[i][2]]));
  fr.push(["填表人：梁××　　　联系电话：0758-26xxxxx　　　审核人：区商务局副局长 黎××"]);
  fm.push(`A${fr.length}:I${fr.length}`);
  for (const r of fr) padRow(r, 9);

  // ---------------- 自评表
  const SC = [
    ["加强组织领导与统筹协调（10分）", "组织领导", 2, 2, "区长任组长，商务、财政、农业农村、乡村振兴等部门参与", "org.leadership"],
    [null, "方案制定", 2, 2, "工作方案已正式印发，自评2分", "org.plan"],
    [null, "政策支持", 2, 2, "出台扶持政策并落实，自评2分", "org.policy"],
    [null, "项目管理", 4, 3, "项目管理制度2分；工作台账1分（2020年部分台账补录）", "org.management"],
    ["深入推动电子商务进农村工作（55分）", "服务体系建设（县级中心与产业园）", 15, 15, "中心2021年3月1日投入运营，产业园入驻企业20家", "work.center"],
    [null, "服务体系建设（村级站点覆盖）", 10, 10, "行政村覆盖率71.2%，省定贫困村全覆盖", "work.coverage"],
    [null, "农村产品上行", 10, 8, "网销调研2分；促销活动1分；交易标准及冷链溯源1分；第三方、快递、增速均达标", "work.upward"],
    [null, "电商人才培训", 20, 20, "培训人次达标；贫困人口培训率50%", "work.training"],
    ["加强信息公开及报送（10分）", "信息公开", 4, 4, "专栏内容全面，按月更新", "info.disclosure"],
    [null, "数据上报", 6, 6, "每月报送，附电商扶贫统计表", "info.reporting"],
    ["加强宣传推广（10分）", "案例总结", 2, 2, "7月报送经验材料", "promo.cases"],
    [null, "经验推广", 8, 8, "省、市、区级媒体均有报道", "promo.media"],
    ["加强财政资金管理（15分）", "制度建立", 5, 4, "资金管理办法已制定，自评4分", "fund.system"],
    [null, "资金台账", 5, 5, "专用台账完整，自评5分", "fund.ledger"],
    [null, "资金支出", 5, 4, "支出率72.0%，及时拨付自评4分", "fund.spending"],
    ["加分项（4分）", "贫困人口培训率70%及以上", 2, 0, "未达70%", "bonus.poorTraining"],
    [null, "电商扶贫典型案例获电视播报", 2, 2, "中央广播电视总台财经频道播报（2分）", "bonus.tvCase"],
  ];
  const aRows = [["鼎湖区2019年省级电子商务进农村综合示范创建考评自评表"], ["工作任务", "评价指标", "分值", "自评得分", "自评说明"]];
  const aMerges = ["A1:E1"];
  const claimed = {};
  let g0 = null;
  SC.forEach(([task, name, w, p, note, id]) => {
    if (task) {
      if (g0 !== null) mergeCol(aMerges, "A", g0, aRows.length);
      g0 = aRows.length + 1;
    }
    aRows.push([task, name, w, p, note]);
    claimed[id] = p;
  });
  mergeCol(aMerges, "A", g0, aRows.length);
  aRows.push(["一票否决项", "安全生产、质量事故或重大损失", null, "无", null]);
  const v0 = aRows.length;
  aRows.push([null, "项目总体进度不足40%", null, "无（总体进度90%）", null]);
  aRows.push([null, "弄虚作假", null, "无", null]);
  mergeCol(aMerges, "A", v0, aRows.length);
  const claimedScored = sum(SCORED.map(([id]) => claimed[id]));
  assert(claimedScored === 95, "c1 claimed 95 " + claimedScored);
  aRows.push(["合计", null, 100, `${claimedScored}＋加分2＝${claimedScored + 2}`, null]);
  aMerges.push(`A${aRows.length}:B${aRows.length}`);

  const note = [["填表说明"], ["1．本工作簿为鼎湖区电子商务进农村综合示范考评数据及台账，由区商务局电商股整理，数据截至2021年8月31日。"],
    ["2．《培训签到》按年度分两张表，培训日期、班次合并单元格，一行一名学员。"], ["3．《资金台账》按收入、支出、结余三栏登记，支出栏为拨付金额。"],
    ["4．“下拉选项”表为填表用，已隐藏。"]];
  const opts = [["是否", "有无", "级别", "类别"], ["是", "有", "镇级", "村委会"], ["否", "无", "村级", "居委会"], [null, null, "其他", null]];

  // ---------------- points
  const opened = "2021-03-01";
  const sixBefore = "2021-02-28";
  const centerPts = (opened <= CUT ? 2 : 0) + (opened <= sixBefore ? 2 : 0) + 2 + 1 + 1 + 1 + 1 + 2 + (inPark.size >= 20 ? 2 : 0) + (typesIn.size >= 3 ? 1 : 0);
  const covPts = (ratioGE(covSet.size, covBase, 70) ? 5 : ratioGE(covSet.size, covBase, 50) ? 2 : 0) + (covPoor.length === poor.length ? 5 : ratioGE(covPoor.length, poor.length, 80) ? 3 : 0);
  const e = elig.length;
  const tPts = (ratioGE(ptCut, BASE, 1) ? 10 : ratioGE(ptCut, BASE, 0.8) ? 8 : ratioGE(ptCut, BASE, 0.6) ? 6 : 0)
    + (ratioGE(trainedCut.size, e, 50) ? 10 : ratioGE(trainedCut.size, e, 40) ? 8 : ratioGE(trainedCut.size, e, 30) ? 6 : 0);
  const a19 = 186000000, a20 = 247000000;
  assert((a20 - a19) * 100 >= 30 * a19, "c1 agri growth ≥ 30%");
  assert(centerPts === 11 && covPts === 10 && tPts === 18 && repMonths === 12, "c1 parts " + [centerPts, covPts, tPts, repMonths]);
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": centerPts, "work.coverage": covPts,
    "work.upward": 2 + 1 + 1 + 1 + 1 + 2, "work.training": tPts, "info.disclosure": 2 + (disMonths === 12 ? 2 : 1),
    "info.reporting": (repMonths === 12 ? 3 : 1) + 3, "promo.cases": 2, "promo.media": 4 + 3 + 1, "fund.system": 4, "fund.ledger": 5,
    "fund.spending": ratioGE(spent, ALLOC, 70) ? 4 : -5,
    "bonus.poorTraining": ratioGE(trainedCut.size, e, 70) ? 2 : 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 88 && bonus === 1, "c1 total " + scored + "+" + bonus);
  const oldF = firms[oldIdx];
  const leftF = firms.find((f) => f.left);
  const derivation = [
    "org.leadership: 《基础数据》组长“区委副书记、区长”（主要领导；常务副组长“区委常委、副区长”不是牵头人），成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局（原区扶贫办） → 2",
    "org.plan: 方案“已印发（鼎府办函〔2020〕8号）”，《自评表》说明“自评2分” → 2",
    "org.policy: 扶持政策“已出台”，自评2分 → 2",
    "org.management: 《自评表》说明“项目管理制度2分；工作台账1分” → 3",
    `work.center: 中心投入运营“2021.3.1” ≤ 2021-08-31 → 建成2；2021-03-01 晚于 2021-02-28（截止日前6个月） → 运行满6个月 0；免费培训、展示销售、摄影美工、品牌、其他增值服务都“有” → 2+1+1+1+1；产业园“有” → 2；《园区企业》${firms.length}行，截至8月31日在园按信用代码去重 ${inPark.size} 家（“${oldF.n}”和变更后的“${renamed.n}”信用代码相同算1家；“${leftF.n}”2021年6月30日退园不算；“2021.9.6”入驻的不算；“2021年8月”只到月的算） → 不足20家 0（逐行数是20行，自评说的“20家”就是这样来的）；类型有平台型、销售型、电商运营商、物流企业、直播电商、供应链 → 1；合计11（自评15）`,
    `work.coverage: 《村居名单》村民委员会52个（社区居民委员会14个不算）；《站点台账》村名写“××村”“××村委会”“××村民委员会”，都要对上名册里的“××村民委员会”；挂牌运营 ≤ 2021-08-31 的行政村 ${covSet.size} 个（同村第二个站只算一次；“2021年8月”只到月的算；“${septV}村”2021年9月6日挂牌不算；7个镇级站设在社区、鼎湖山景区服务点不是行政村，都不算） → 37/52 = ${pct1(37, 52)} ≥ 70% → 5（少对上一个村就是36/52 = 69.2%，只有2分）；省定贫困村6个都有站（“${firstPoor}村民委员会”写法与名册相同） → 6/6 = 100% → 5；合计10`,
    "work.upward: 网销调研2、促销活动1、交易标准及冷链溯源1（自评说明）；第三方运营服务商“有” → 1；《村居名单》快递进村全部“已通”（与“覆盖率100%”一致） → 1；农产品网络零售额1.86亿→2.47亿元，增长32.8% ≥ 30% → 2；合计8",
    `work.training: 常住人口17.39万（户籍16.30万不用）→ 基数173,900；《培训签到（2020）》《培训签到（2021）》两张表一行一人次（培训日期、班次合并单元格，跨几天的按结束日），截止日前共 ${fmtInt(ptCut)} 人次（2021.9.7补训班60人次不算；每表末尾的“本年共…”行不是签到） → 1,700/173,900 = ${pct2(ptCut, BASE)} → 8（算上9月补训班是1.01%，用户籍人口是1.04%，都会误得10分）；《脱贫人口》有劳动能力（含“弱劳动能力”）且不外出务工的44人，截止日前签到表里身份证号对得上的22人（一人末位小写x读作X，一人参训两次算一次，一人只参加9月补训班不算；外出务工、无劳动能力各一人参训，不在44人内） → 22/44 = 50% → 10；合计18（自评20）`,
    "info.disclosure: 专栏公示方案、项目基本信息、建设进度、监督举报窗口四项“是”（更新记录里也有方案、项目信息和举报电话公告） → 2；《专栏更新》2020年9月—2021年8月中2021年1月、2月没有更新，10个月有 → 不定时1；合计3（自评4）",
    "info.reporting: 《月报报送》报送日期2020年9月—2021年8月每月都有（8月月报9月报送不在截止日前，但8月有7月月报） → 3；“能统计电商扶贫情况”是 → 3；合计6",
    "promo.cases: 2021年7月20日向肇庆市商务局报送经验材料 → 2（9月10日那份不算）",
    "promo.media: 截止日前南方日报、广东广播电视台（省级）→ 4，西江日报（市级）→ 3，鼎湖区融媒体中心（区级）→ 1 → 8",
    "fund.system: 自评4分 → 4",
    "fund.ledger: 自评5分 → 5",
    `fund.spending: 《资金台账》支出栏截止日前${PAY.filter((p) => p[0] <= CUT).length}笔合计 ${fmtMoney(spent)} 元（收入栏的省级资金500万元和两笔利息不是拨付；2021.9.15的38万元不算；小计、合计行不另加） → 3,602,480/5,000,000 = ${pct1(spent, ALLOC)} ≥ 70% → 及时拨付自评4分 → 4`,
    "bonus.poorTraining: 贫困人口培训率22/44 = 50% < 70% → 0",
    "bonus.tvCase: 截止日前的电视典型案例是广东广播电视台《广东新闻联播》（省级）→ 1；中央广播电视总台财经频道2021.9.12在截止日后，国家级不算 → 1（自评2）",
    "veto.incident: “发生安全生产、质量事故或重大损失”无 → 不否决",
    "veto.progress: 项目总体进度90% ≥ 40% → 不否决",
    "veto.fraud: “弄虚作假”无 → 不否决",
  ];
  return {
    description:
      "肇庆市鼎湖区商务局整本考评数据及台账（15个表：填表说明、基础数据、自评表、11个台账和隐藏的下拉选项），88＋加分1＝89分、未否决（自评95＋2）：《基础数据》是左右两块“序号｜项目｜单位｜填报值”（中间空一列，右块序号接着左块），组长区长、另有一行常务副组长副区长，户籍人口16.30万与常住17.39万并列；《自评表》按官方顺序带自评说明（主观分在说明里）。台账：村居名单用民政名册的“××村民委员会”，站点台账写“××村／××村委会”，镇级站设在社区、还有景区服务点；培训签到分2020、2021两张表，日期和班次纵向合并，1,700人次／173,900＝0.98%（9月补训班或户籍人口都会误到1%），脱贫人口22/44正好50%要靠一个小写x对上；园区一家工作室变更为公司后另起一行（信用代码相同，逐行数20、去重19）；资金台账三栏式（收入栏是省资金和利息），72.05%；中心2021年3月1日运营差一天不满6个月；专栏缺1、2月；央视报道在9月。",
    sheets: [
      { name: "填表说明", rows: note, merges: [] },
      { name: "基础数据", rows: fr, merges: fm },
      { name: "自评表", rows: aRows, merges: aMerges },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "培训签到（2020）", rows: t2020.rows, merges: t2020.merges },
      { name: "培训签到（2021）", rows: t2021.rows, merges: t2021.merges },
      { name: "脱贫人口", rows: pRows, merges: pMerges },
      { name: "园区企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金台账", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: rRows, merges: ["A1:E1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:D1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
      { name: "下拉选项", rows: opts, merges: [], hidden: true },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}


// =====================================================================================================
// f1 — 茂名市茂南区: 《考评数据报送单》 Word 式表单（项目｜填报两对一行，全角数字，〇字日期，☑/□）
// =====================================================================================================
function buildF1() {
  const W = 4;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:D${rows.length}`);
  };
  const pair = (a, b, c, d) => rows.push([a, b, c === undefined ? null : c, d === undefined ? null : d]);
  const wide = (a, b) => {
    rows.push([a, b, null, null]);
    merges.push(`B${rows.length}:D${rows.length}`);
  };
  const yes = (on, a, b) => box(on, a || "有", b || "无");
  full("茂名市茂南区电子商务进农村综合示范创建考评数据报送单");
  full(`报送单位：茂名市茂南区商务局（盖章）　　　报送日期：${cnFormalDate("2021-09-03")}`);
  full("一、基本情况");
  pair("县（市、区）", "茂南区", "考评截止日期", cnFormalDate("2021-08-31"));
  pair("常住人口", fwText("55.04") + "万人（七普）", "户籍人口", fwText("59.80") + "万人");
  pair("行政村", fwText("120") + "个", "社区（居委会）", fwText("28") + "个");
  pair("省定相对贫困村", fwText("7") + "个", "示范创建工作方案", box(true, "已印发", "未印发"));
  pair("农村电商扶持政策", box(true, "已出台", "未出台"), "领导小组组长", "区委书记、区长（双组长）");
  wide("领导小组成员单位", "区商务局、区财政局、区农业农村局、区交通运输局、区市场监督管理局、区供销社、茂南邮政分公司");
  full("二、服务体系建设");
  pair("公共服务中心投入运营时间", cnFormalDate("2020-12-18"), "免费培训场所及培训设备", yes(true));
  pair("免费展示、销售特色农产品", yes(true), "免费摄影、美工服务", "□有　□无");
  pair("农产品统一推广、品牌建设指导", yes(true), "其他衍生增值服务", yes(true));
  pair("电商产业园（建设或整合）", yes(true), "专业第三方电商运营服务商", yes(true));
  pair("行政村物流快递覆盖率达100%", `${box(false, "是", "否")}（${fwText("3")}个村未通快递）`);
  full("三、农村产品上行与人才培训");
  pair("2019年农产品网络零售额", fwText("3.12") + "亿元", "2020年农产品网络零售额", fwText("3.98") + "亿元");
  pair("2020年农村网络零售额同比增长", fwText("32.4%"), "电商培训人次（累计）", fwText("5,316") + "人次");
  pair("有劳动能力的建档立卡贫困人口（不含外出务工）", fwText("628") + "人", "参加电商培训的建档立卡贫困人口", fwText("245") + "人");
  full("四、信息公开与数据报送");
  pair("专栏公示创建方案", box(true, "是", "否"), "专栏公示项目基本信息", box(true, "是", "否"));
  pair("专栏公示项目建设进度", box(true, "是", "否"), "专栏设立征求意见或监督举报窗口", box(true, "是", "否"));
  pair("能统计电商扶贫情况", box(true, "是", "否"));
  full("五、资金管理");
  pair("省级下达专项资金", `${daxie(5000000)}（${fwText("500")}万元）`, "累计拨付资金", fwText("387.65") + "万元");
  pair("资金管理制度", box(true, "已制定", "未制定"), "资金专用台账", box(true, "已建立", "未建立"));
  pair("项目总体进度", "约" + fwText("95%"));
  full("六、主观评分项自评");
  full(["方案制定", "2", "政策支持", "1", "项目管理制度", "2", "工作台账", "2", "网销调研", "1", "网络促销活动", "2", "交易标准及冷链溯源", "1", "资金管理制度", "4", "资金台账", "4", "资金及时拨付", "3"]
    .reduce((acc, x, i, a) => (i % 2 ? acc : acc.concat(`${x}${fwText(a[i + 1])}分`)), []).join("；"));
  full("七、一票否决事项");
  pair("发生安全生产、质量事故或重大损失", box(false, "有", "无"), "弄虚作假", box(false, "有", "无"));
  rows.push(["填报人：杨××", "审核人：区商务局局长 陈××", "分管区领导：（签字）", null]);
  merges.push(`C${rows.length}:D${rows.length}`);
  full("注：本单一式两份，一份报茂名市商务局，一份留存。“□有　□无”均未勾选的为待核实事项。");
  assert(rows.every((r) => r.length === W), "f1 width");
  const jText = rows.find((r) => typeof r[0] === "string" && r[0].startsWith("方案制定"))[0];
  assert(jText.includes("资金及时拨付３分") && jText.includes("政策支持１分"), "f1 judged line " + jText);
  return {
    description:
      "茂名茂南区商务局报市商务局的《考评数据报送单》（Word表单式，一行两对“项目｜填报”，七节标题行横跨四列）：数字全是全角（“５５．０４万人（七普）”“５，３１６人次”），日期是“二〇二〇年十二月十八日”式，是否项是“☑有　□无”“□是　☑否”方框，“免费摄影、美工服务”两个框都没勾（未填，不是否），快递覆盖“☑否（３个村未通快递）”；下达资金“伍佰万元整（５００万元）”；组长“区委书记、区长（双组长）”是主要领导，但成员单位里没有扶贫／乡村振兴部门；只有农产品网零的两年金额和农村网零的增速；主观分十项挤在一个合并格里用“；”隔开；户籍人口、社区数不是输入。",
    sheets: [{ name: "数据报送单", rows, merges }],
    expect: {
      facts: {
        county: "茂南区", asOf: "2021-08-31", residentPopulation: 550400, adminVillagesStated: 120, poorVillagesStated: 7,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-18", centerFreeTraining: true, centerDisplay: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        agriRetail2019: 312000000, agriRetail2020: 398000000, ruralRetailGrowthStated: 0.324,
        trainingPersonTimesStated: 5316, eligiblePoorPersonsStated: 628, trainedPoorPersonsStated: 245,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3876500, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.95,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "principal",
    },
  };
}

// =====================================================================================================
// f2 — 广州市南沙区: 《自评打分表》 得分写成“实得/应得”，每个得分点一行，小计行
// =====================================================================================================
function buildF2() {
  const W = 5;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:E${rows.length}`);
  };
  full("南沙区电子商务进农村综合示范创建考评自评打分表");
  full("填报单位：广州市南沙区商务局　　　数据截至：2021年8月31日　　　得分栏填“实得分/应得分”");
  rows.push(["序号", "评价指标（分值）", "得分点", "完成情况", "得分（实得/应得）"]);
  const IND = [
    ["org.leadership", "组织领导（2分）", [["主要领导牵头，商务、财政、农业、扶贫等部门参与", "区长任组长，成员单位为区商务局、区财政局、区农业农村局、区乡村振兴局等12个单位", 2, 2]]],
    ["org.plan", "方案制定（2分）", [["工作方案因地制宜，可操作性较强", "2020年5月区政府办公室印发《广州市南沙区电子商务进农村综合示范创建工作方案》", 2, 2]]],
    ["org.policy", "政策支持（2分）", [["出台相关政策，且得到较好落实", "出台《南沙区促进农村电子商务发展若干措施》，部分条款尚未兑现", 1, 2]]],
    ["org.management", "项目管理（4分）", [["建立项目管理制度，建设、验收严格落实", "制定《南沙区电子商务进农村综合示范项目管理办法》，建设、验收严格执行", 2, 2],
      ["建立完整工作台账", "建立工作台账，记录完整", 2, 2]]],
    ["work.center", "服务体系建设—县级中心与产业园（15分）", [
      ["建成县级电子商务公共服务中心", "区电子商务公共服务中心于2020年10月26日投入运营", 2, 2],
      ["建成后正常运行6个月以上", "截至2021年8月31日已运行10个月", 2, 2],
      ["有免费培训场所、培训设备", "设培训室1间、电脑50台，免费开展电商基础培训", 2, 2],
      ["免费展示、销售特色农产品", "设农特产品展厅，免费展示、代销", 1, 1],
      ["免费摄影、美工服务", "提供免费产品拍摄；美工设计按成本收费", 0, 1],
      ["农产品统一推广、品牌建设", "组织“南沙好物”统一推广，指导企业品牌建设", 1, 1],
      ["其他衍生增值服务", "提供直播间、金融对接等增值服务", 1, 1],
      ["建设或整合当地电商产业园", "整合建设南沙电商产业园", 2, 2],
      ["入驻企业20家及以上", "入驻企业18家", 0, 2],
      ["入驻企业三种以上类型", "含平台型、销售型、电商运营商、物流企业", 1, 1]]],
    ["work.coverage", "服务体系建设—村级站点（10分）", [["行政村覆盖率70%及以上", "全区行政村128个，建成村级站点96个，覆盖率75.0%", 5, 5],
      ["省定贫困村覆盖率100%", "本区无省定贫困村", 5, 5]]],
    ["work.upward", "农村产品上行（10分）", [["网销调研并形成针对性建议", "委托第三方完成农产品网销调研报告并提出建议", 2, 2],
      ["网络促销活动成效明显", "开展网络促销活动9场，成效明显", 2, 2],
      ["有专业第三方电子商务运营或服务商", "区电商公共服务中心由专业第三方服务商运营", 1, 1],
      ["行政村物流快递覆盖率100%", "行政村快递覆盖率100%", 1, 1],
      ["出台交易标准，建立冷链、溯源系统", "制定农产品电商交易标准1项，溯源系统在建", 1, 2],
      ["网络零售额同比增速≥30%", "2020年农村网络零售额42.6亿元，同比增长18.3%；农产品网络零售额同比增长35.1%", 2, 2]]],
    ["work.training", "电商人才培训（20分）", [["培训人次达常住人口1%及以上", "常住人口84.6万人（按50万计），累计培训5,430人次，占1.09%", 10, 10],
      ["建档立卡贫困人口培训率50%及以上", "有劳动能力的建档立卡贫困人口（不含外出务工）312人，参训168人，培训率53.8%", 10, 10]]],
    ["info.disclosure", "信息公开（4分）", [["设立公开专栏且内容全面", "区政府网站设专栏，公开创建方案、项目基本信息、建设进度，设监督举报邮箱", 2, 2],
      ["近一年按月更新", "近一年按月更新", 2, 2]]],
    ["info.reporting", "数据上报（6分）", [["每月向市商务局报送", "每月向广州市商务局报送工作情况", 3, 3], ["能统计电商扶贫情况", "按月统计电商扶贫情况", 3, 3]]],
    ["promo.cases", "案例总结（2分）", [["向市商务局报送经验材料", "2021年7月向广州市商务局报送经验材料", 2, 2]]],
    ["promo.media", "经验推广（8分）", [["省级及以上媒体报道", "南方日报、广东广播电视台报道", 4, 4], ["市级媒体报道", "广州日报报道", 3, 3], ["县级媒体报道", "“南沙发布”报道", 1, 1]]],
    ["fund.system", "制度建立（5分）", [["资金管理制度科学有效且落实", "制定《南沙区电子商务进农村综合示范专项资金管理办法》和考核问责制度", 4, 5]]],
    ["fund.ledger", "资金台账（5分）", [["资金专用台账完整清晰", "各承建单位建立资金专用台账，账目完整", 5, 5]]],
    ["fund.spending", "资金支出（5分）", [["支出率70%以上且及时拨付", "下达资金400万元，截至2021年8月31日累计拨付318.6万元，支出率79.7%，按进度及时拨付", 4, 5]]],
  ];
  const claimed = {};
  let no = 0;
  for (const [id, name, pts] of IND) {
    no++;
    const r0 = rows.length + 1;
    pts.forEach(([pt, done, got, max], k) => rows.push([k === 0 ? no : null, k === 0 ? name : null, pt, done, `${got}/${max}`]));
    const got = sum(pts.map((p) => p[2]));
    const max = sum(pts.map((p) => p[3]));
    if (pts.length > 1) rows.push([null, null, "小计", null, `${got}/${max}`]);
    mergeCol(merges, "A", r0, rows.length);
    mergeCol(merges, "B", r0, rows.length);
    assert(max === SCORED.find((s) => s[0] === id)[1], "f2 max " + id);
    claimed[id] = got;
  }
  const tot = sum(SCORED.map(([id]) => claimed[id]));
  assert(tot === 93, "f2 total " + tot);
  rows.push([null, "合计", null, null, `${tot}/100`]);
  merges.push(`B${rows.length}:D${rows.length}`);
  rows.push(["加分项", "贫困人口培训率70%及以上（2分）", "建档立卡贫困人口培训率≥70%", "培训率53.8%，未达70%", "0/2"]);
  rows.push([null, "电商扶贫典型案例电视播报（2分）", "国家级2分，省级1分（不累加）", "无", "0/2"]);
  merges.push(`A${rows.length - 1}:A${rows.length}`);
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 0;
  rows.push(["一票否决", "安全生产、质量事故或重大损失", null, "未发生", "—"]);
  rows.push([null, "总体进度不足40%", null, "项目总体进度92%", "—"]);
  rows.push([null, "弄虚作假", null, "无", "—"]);
  merges.push(`A${rows.length - 2}:A${rows.length}`);
  full("经办人：郭××　　　复核：区商务局电商科科长 麦××　　　2021年9月2日");
  assert(rows.every((r) => r.length === W), "f2 width");
  return {
    description:
      "广州南沙区商务局的《自评打分表》：序号｜评价指标（分值）｜得分点｜完成情况｜得分（实得/应得），官方评分标准每个得分点一行，序号和评价指标纵向合并，得分格都是“实得/应得”文字（“2/2”“0/1”“1/2”），多得分点的指标下有“小计”行（“12/15”），末尾“合计 93/100”；加分项、否决项接在表下（否决项得分栏“—”）。读法：自评分取小计（单行指标取那一行的实得分），主观分取得分点的实得分（政策1、标准与冷链溯源1、资金制度4、及时拨付4）；事实全在“完成情况”句子里——区长任组长、成员有乡村振兴局；中心2020年10月26日投入运营；美工按成本收费 → 免费摄影美工为否；产业园18家不是输入；行政村128个，“本区无省定贫困村”；只有2020年农村网零42.6亿元和两个增速；常住84.6万人、5,430人次、312/168人；监督举报邮箱算窗口；下达400万、拨付318.6万、总体进度92%。",
    sheets: [{ name: "自评打分表", rows, merges }],
    expect: {
      facts: {
        county: "南沙区", asOf: "2021-08-31", residentPopulation: 846000, adminVillagesStated: 128, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-10-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: 4260000000, ruralRetailGrowthStated: 0.183, agriRetailGrowthStated: 0.351,
        trainingPersonTimesStated: 5430, eligiblePoorPersonsStated: 312, trainedPoorPersonsStated: 168,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 4000000, fundSpentStated: 3186000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.92,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 5, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f3 — 惠州市惠城区: 《考评要求达标对照表》 考评要求｜目标值｜截至8月31日实际｜是否达标｜责任单位｜备注
// =====================================================================================================
function buildF3() {
  const W = 7;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:G${rows.length}`);
  };
  full("惠城区电子商务进农村综合示范创建考评要求达标对照表");
  full("编制：惠州市惠城区商务局电商股　　　数据截至：2021年8月31日　　　（供区领导小组9月6日会议审阅）");
  rows.push(["工作任务", "考评要求", "目标值", "截至8月31日实际", "是否达标", "责任单位", "备注"]);
  const G = [
    ["组织领导", [
      ["工作协调机制", "主要领导牵头，商务、财政、农业、扶贫等部门参与", "由分管副区长任组长，区商务局、区财政局、区农业农村局、区乡村振兴局参与", "部分达标", "区商务局", "拟提请调整为区长任组长"],
      ["示范创建工作方案", "正式印发", "2020年6月印发（惠城府办函〔2020〕45号）", "达标", "区商务局", null],
      ["农村电商扶持政策", "出台并落实", "已出台《惠城区农村电子商务扶持办法》", "达标", "区商务局、区财政局", null],
      ["项目管理制度、工作台账", "建立并执行", "已建立", "达标", "区商务局", null],
    ]],
    ["服务体系建设", [
      ["县级电子商务公共服务中心", "建成并正常运行6个月以上", "2021年1月15日投入运营，已运行7个月", "达标", "区商务局", null],
      ["中心免费服务及增值服务", "培训、展示销售、摄影美工、品牌推广、其他增值服务", "有免费培训室及设备；免费展示销售农特产品；免费摄影、美工；统一推广“惠城好物”，指导品牌建设；提供直播、金融对接等增值服务", "达标", "运营单位", null],
      ["电商产业园", "建设或整合；入驻≥20家；≥3类", "整合建成惠城电商产业园，入驻企业23家，含平台、销售、运营、物流四类", "达标", "区商务局", null],
      ["村级站点覆盖率", "≥70%", "行政村83个，建成村级站点64个，覆盖率77.1%", "达标", "各镇（街道）", null],
      ["省定贫困村站点覆盖率", "100%", "省定贫困村5个，全部建成站点", "达标", "各镇（街道）", null],
    ]],
    ["农村产品上行", [
      ["网销调研", "形成调研报告和针对性建议", "已完成调研报告", "达标", "区商务局", null],
      ["专业第三方运营或服务商", "有", "中心由专业第三方服务商运营", "达标", "区商务局", null],
      ["行政村物流快递覆盖率", "100%", "100%", "达标", "区邮政管理局", null],
      ["交易标准、冷链及溯源系统", "出台标准，建立系统", "冷链系统已建成；溯源系统未建；交易标准未出台", "未达标", "区农业农村局", null],
      ["网络零售额增速", "≥30%", "2019年农村网络零售额28.4亿元，2020年35.1亿元，同比增长23.6%；农产品网络零售额同比增长19.2%", "未达标", "区统计局", "省商务厅平台数据"],
    ]],
    ["电商人才培训", [
      ["培训人次", "常住人口1%以上", "常住人口126.4万人（按50万计），累计培训5,112人次", "达标", "区人社局、区商务局", null],
      ["建档立卡贫困人口培训率", "≥50%", "有劳动能力的建档立卡贫困人口（不含外出务工）204人，参训96人，培训率47.1%", "未达标", "区乡村振兴局", "9月拟再办两期专场"],
    ]],
    ["信息公开及报送", [
      ["政府网站公开专栏", "公示方案、项目信息、建设进度，设征求意见或监督举报窗口", "已公示创建方案、项目基本信息、建设进度；未设置征求意见或监督举报窗口", "部分达标", "区政数局", null],
      ["专栏更新", "近一年按月更新", "2021年1—2月未更新", "未达标", "区商务局", null],
      ["数据上报", "每月报送；统计电商扶贫情况", "每月向惠州市商务局报送；能统计电商扶贫情况", "达标", "区商务局", null],
    ]],
    ["宣传推广", [
      ["经验材料", "报送市商务局", "2021年7月报送1篇", "达标", "区商务局", null],
      ["媒体报道", "省级、市级、县级媒体", "惠州日报、惠城融媒报道；省级媒体暂无", "部分达标", "区委宣传部", null],
    ]],
    ["财政资金管理", [
      ["资金管理制度", "制定并落实", "已制定《惠城区电子商务进农村综合示范专项资金管理办法》", "达标", "区财政局", null],
      ["资金专用台账", "建立", "已建立", "达标", "承建单位", null],
      ["资金支出率", "≥70%", "省下达500万元，累计拨付329.5万元，支出率65.9%", "未达标", "区财政局", "9月底前拨付中心运营费"],
      ["项目总体进度", "≥40%", "约78%", "达标", "区商务局", null],
    ]],
    ["一票否决", [
      ["安全生产、质量事故或重大损失", "不发生", "未发生", "达标", "—", null],
      ["弄虚作假", "不发生", "无", "达标", "—", null],
    ]],
  ];
  for (const [task, items] of G) {
    const r0 = rows.length + 1;
    items.forEach((it, k) => rows.push([k === 0 ? task : null].concat(it)));
    mergeCol(merges, "A", r0, rows.length);
  }
  rows.push([null]);
  padRow(rows[rows.length - 1], W);
  full("二、主观评分项自评（区商务局初评）");
  rows.push(["评分项", null, "分值范围", "自评分", "理由", null, null]);
  merges.push(`A${rows.length}:B${rows.length}`, `E${rows.length}:G${rows.length}`);
  const J = [["方案制定", "1-2", 2, "方案已正式印发"], ["政策支持", "1-2", 2, null], ["项目管理制度", "1-2", 2, null], ["工作台账", "1-2", 1, "部分台账补录"],
    ["网销调研", "1-2", 2, null], ["网络促销活动", "1-2", 1, "活动场次偏少"], ["交易标准与冷链、溯源系统", "1-2", 1, "仅建冷链"],
    ["资金管理制度", "1-5", 3, null], ["资金台账", "1-5", 4, null], ["资金及时拨付", "1-5", "—", "支出率未达70%，该项倒扣5分，不评"]];
  for (const [n, r, p, why] of J) {
    rows.push([n, null, r, p, why, null, null]);
    merges.push(`A${rows.length}:B${rows.length}`, `E${rows.length}:G${rows.length}`);
  }
  full("审阅意见：");
  assert(rows.every((r) => r.length === W), "f3 width");
  return {
    description:
      "惠州惠城区商务局电商股给区领导小组会议准备的《考评要求达标对照表》：工作任务（纵向合并）｜考评要求｜目标值｜截至8月31日实际｜是否达标｜责任单位｜备注，下面空一行接“二、主观评分项自评（区商务局初评）”（评分项｜分值范围｜自评分｜理由，资金及时拨付写“—”不评）。读法：只读“截至8月31日实际”，目标值（≥70%、100%、常住人口1%以上）和达标结论不是事实；组长是分管副区长（备注里“拟提请调整为区长”是打算）；中心2021年1月15日投入运营；五项免费服务在一格里分号列出；行政村83个、省定贫困村5个；农村网零28.4→35.1亿元（增速23.6%）、农产品增速19.2%；常住126.4万人、5,112人次；204人、参训96人；没设征求意见或监督举报窗口 → 否；下达500万、拨付329.5万、总体进度约78%；产业园23家、站点64个不是输入。",
    sheets: [{ name: "达标对照表", rows, merges }],
    expect: {
      facts: {
        county: "惠城区", asOf: "2021-08-31", residentPopulation: 1264000, adminVillagesStated: 83, poorVillagesStated: 5,
        planIssued: true, policyIssued: true, centerOpened: "2021-01-15", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 2840000000, ruralRetail2020: 3510000000, ruralRetailGrowthStated: 0.236, agriRetailGrowthStated: 0.192,
        trainingPersonTimesStated: 5112, eligiblePoorPersonsStated: 204, trainedPoorPersonsStated: 96,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3295000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.78,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 3, "fund.ledger": 4,
      },
      leadership: "deputy",
    },
  };
}


// =====================================================================================================
// l1 — 阳江市江城区: 封面、站点（申请｜验收｜挂牌运营）、培训（按年分段）、宣传报道汇编目录、报送记录、统计、隐藏字典
// =====================================================================================================
function buildL1() {
  const CUT = "2021-08-31";
  // ---------------- 站点
  const TOWNS = [["埠场镇", 6], ["双捷镇", 7], ["白沙街道", 4], ["城西街道", 2], ["岗列街道", 3], ["中洲街道", 2]];
  const vb = nameMaker("那岗洋沙塘东西南北大新", ["垌", "尾", "湖", "洲", "坡", "埇", "寮", "田", "岭", "塘", "榄", "港"], "", ["埠场", "双捷", "白沙", "城西", "岗列", "中洲"]);
  const ST = [];
  for (const [t, n] of TOWNS) for (let i = 0; i < n; i++) ST.push({ t, base: vb(), comm: false });
  ST.push({ t: "城西街道", base: "西平", comm: true });
  ST.push({ t: "中洲街道", base: "中洲", comm: true });
  for (const s of ST) {
    s.op = randIsoBetween("2020-06-01", "2021-08-15");
    s.apply = isoAdd(s.op, -rint(20, 60));
    s.acc = isoAdd(s.op, rint(15, 80));
    if (s.acc > "2021-09-08") s.acc = null;
  }
  ST[3].op = "2021-08-30";
  ST[3].apply = "2021-07-12";
  ST[3].acc = "2021-09-10";
  ST[9].op = "2021-09";
  ST[9].apply = "2021-07-20";
  ST[9].acc = null;
  ST[14].acc = null;
  ST.sort((a, b) => cmp(a.op, b.op));
  const sRows = [["江城区村级电子商务服务站点建设台账"], ["填报单位：阳江市江城区商务局　　　说明：站点以挂牌运营日期为建成日期；验收为区商务局组织的事后验收。"],
    ["序号", "站点名称", "所属镇（街道）", "所在村（居）", "建设情况", null, null, "运营单位", "备注"],
    [null, null, null, null, "申请日期", "验收日期", "挂牌运营日期", null, null]];
  const sMerges = ["A1:I1", "A2:I2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "H3:H4", "I3:I4"];
  const sRecs = [];
  ST.forEach((s, j) => {
    const village = s.comm ? `${s.base}社区` : [`${s.base}村委会`, `${s.base}村`, `${s.base}村委会`][j % 3];
    const opCell = s.op === "2021-09" ? "2021年9月" : s.op === "2021-08-30" ? "2021.8.30" : [D(s.op), dotDate(s.op), cnDate(s.op), slashDate(s.op)][j % 4];
    const accCell = s.acc === null ? "待验收" : s.acc > CUT ? dotDate(s.acc) : [dotDate(s.acc), D(s.acc), slashDate(s.acc)][j % 3];
    sRows.push([j + 1, `江城区${s.base}${s.comm ? "社区" : "村"}电商服务站`, s.t, village, [dotDate(s.apply), D(s.apply)][j % 2], accCell, opCell,
      ["阳江邮政江城分公司", "江城区供销社", "阳江市××电子商务有限公司"][j % 3], s.op === "2021-09" ? "9月挂牌" : s.op === "2021-08-30" ? "8月底挂牌，9月验收" : null]);
    sRecs.push({ village, opened: s.op });
  });
  sRows.push(["合计", null, null, null, null, null, `共${ST.length}个站点`, null, null]);
  sMerges.push(`A${sRows.length}:F${sRows.length}`);
  for (const r of sRows) padRow(r, 9);

  // ---------------- 培训 (by class, year section rows)
  const CL = [
    ["2020-07-21", "2020-07-23", "区电子商务公共服务中心", "农村电商基础知识", "农村青年、返乡创业人员", 126, 8],
    ["2020-09-15", "2020-09-15", "埠场镇党群服务中心", "网店运营实务", "合作社、家庭农场", 58, 3],
    ["2020-11-24", "2020-11-26", "区电子商务公共服务中心", "直播带货实操", "电商从业人员", 95, 5],
    ["2020-12-17", "2020-12-17", "线上（“江城电商”直播间）", "农产品上行与品牌", "面向全区", 1206, 0],
    ["2021-03-09", "2021-03-10", "双捷镇文化站", "脱贫户电商技能专场", "脱贫户", 62, 62],
    ["2021-04-20", "2021-04-20", "白沙街道党群服务中心", "短视频拍摄与剪辑", "农村青年", 73, 4],
    ["2021-06-08", "2021-06-11", "区电子商务公共服务中心", "电商运营提升班", "电商企业", 48, 0],
    ["2021-08-17", "2021-08-17", "岗列街道党群服务中心", "社群营销", "村干部、站点负责人", 81, 2],
    ["2021-08-30", "2021-09-01", "区电子商务公共服务中心", "跨境电商入门", "电商企业", 66, 0],
    ["2021-09-14", "2021-09-14", "埠场镇党群服务中心", "农村电商基础知识（补训）", "村民", 90, 6],
  ];
  const tRows = [["江城区电子商务培训台账"], ["单位：人次"], ["期次", "培训时间", "培训地点", "培训内容", "培训对象", "参训人次", "其中脱贫人口", "备注"]];
  const tMerges = ["A1:H1", "A2:H2"];
  const tRecs = [];
  let curY = null;
  CL.forEach(([s, e, place, topic, who, n, poorN], j) => {
    const y = s.slice(0, 4);
    if (y !== curY) {
      if (curY) tRows.push([null]);
      tRows.push([`${y}年`]);
      tMerges.push(`A${tRows.length}:H${tRows.length}`);
      curY = y;
    }
    let dc;
    if (s !== e) dc = j % 2 ? rangeText(s, e, "cn") : rangeText(s, e, "dot");
    else dc = [D(s), slashDate(s), excelSerial(s), cnDate(s)][j % 4];
    const nCell = j === 3 ? "1,206" : j % 3 === 1 ? `${n}人次` : n;
    tRows.push([`第${j + 1}期`, dc, place, topic, who, nCell, poorN || "—", j === 3 ? "线上直播，按实名签到计" : s !== e && e > CUT ? "跨月，9月1日结业" : null]);
    tRecs.push({ date: e, personTimes: n });
  });
  tRows.push(["合计", null, null, null, null, sum(CL.map((c) => c[5])), sum(CL.map((c) => c[6])), "含9月"]);
  tMerges.push(`A${tRows.length}:E${tRows.length}`);
  for (const r of tRows) padRow(r, 8);

  // ---------------- 宣传报道汇编目录
  const MED = [
    ["江城区首批村级电商服务站挂牌", "江城融媒", "2020-08-06", "区级", "微信公众号", "county", false],
    ["“江城电商”直播间开播 助农销售荔枝", "阳江日报", "2020-12-18", "市级", "报纸", "city", false],
    ["江城：电商进村 山货出村", "阳江广播电视台《阳江新闻》", "2021-01-22", "市级", "电视", "city", true],
    ["阳江江城：电商培训助力脱贫户增收", "学习强国（广东学习平台）", "2021-03-15", "省级", "网站", "province", false],
    ["江城区电商扶贫典型：双捷镇脱贫户开网店", "广东广播电视台珠江频道", "2021-05-27", "省级", "电视", "province", true],
    ["小站点撬动大市场", "南方日报", "2021-07-09", "省级", "报纸", "province", false],
    ["江城区：数字赋能乡村振兴", "阳江人民广播电台", "2021-08-12", "市级", "广播", "city", false],
    ["电商进农村的江城样本", "中国县域经济报", "2021-09-02", "国家级", "报纸", "national", false],
  ];
  const mRows = [["江城区电子商务进农村宣传报道汇编　目录"], ["序号", "标题", "媒体", "刊发（播出）日期", "级别", "类型", "页码"]];
  const mRecs = [];
  let page = 1;
  MED.forEach(([t, m, d, lvl, typ, L, tv], j) => {
    const np = rint(1, 3);
    mRows.push([j + 1, t, m, [cnDate(d), dotDate(d), D(d), dashNoPad(d)][j % 4], lvl, typ, np > 1 ? `${page}—${page + np - 1}` : String(page)]);
    page += np;
    mRecs.push({ date: d, level: L, tv });
  });
  mRows.push(["注：电视、广播报道附视频（音频）截图；页码为汇编册页码。"]);

  // ---------------- 报送记录
  const rRows = [["江城区向阳江市商务局报送工作情况记录"], ["序号", "报送时间", "报送内容", "报送方式", "是否含电商扶贫统计"]];
  const rRecs = [];
  const RM = monthsBetween("2020-09", "2021-09").filter((m) => m !== "2021-02");
  const rdates = [];
  RM.forEach((m) => rdates.push(`${m}-${String(rint(3, 12)).padStart(2, "0")}`));
  rdates.push("2021-03-26");
  rdates.sort(cmp);
  rdates.forEach((d, j) => {
    const pov = d === "2021-03-26" ? "不含" : j === 4 ? null : "含";
    rRows.push([j + 1, `${d} ${String(rint(9, 17)).padStart(2, "0")}:${String(rint(0, 59)).padStart(2, "0")}`,
      d === "2021-03-26" ? "示范创建工作推进情况专报" : d.slice(0, 7) === "2021-03" ? "2021年1—2月工作进展月报" : `${cnMonth(monthsBetween("2020-01", d.slice(0, 7)).slice(-2)[0])}工作进展月报`,
      j % 2 ? "粤政易" : "电子邮件", pov]);
    rRecs.push({ date: d, poverty: pov === "含" ? true : pov === "不含" ? false : null });
  });
  rRows.push(["注：2021年2月春节放假未报送，1、2月月报合并于3月报送；“是否含电商扶贫统计”空白的为当期附件未留底。"]);

  // ---------------- 统计 (not a ledger) / 封面 / 字典
  const gRows = [["分月统计（自动汇总，勿改）"], ["月份", "挂牌站点", "培训人次", "报道篇数", "报送次数"]];
  for (const m of monthsBetween("2020-06", "2021-09")) {
    gRows.push([cnMonth(m), sRecs.filter((s) => s.opened.slice(0, 7) === m).length, sum(tRecs.filter((t) => t.date.slice(0, 7) === m).map((t) => t.personTimes)),
      mRecs.filter((x) => x.date.slice(0, 7) === m).length, rRecs.filter((x) => x.date.slice(0, 7) === m).length]);
  }
  const cover = [["阳江市江城区电子商务进农村综合示范"], ["台　账　资　料（一）"], ["站点建设　人才培训　宣传推广　信息报送"], [null], ["阳江市江城区商务局"], [cnFormalDate("2021-09-06")]];
  const dict = [["镇街", "级别", "类型", "是否"], ["埠场镇", "国家级", "报纸", "含"], ["双捷镇", "省级", "电视", "不含"], ["白沙街道", "市级", "广播", null], ["城西街道", "区级", "网站", null], ["岗列街道", null, "微信公众号", null], ["中洲街道", null, null, null]];
  return {
    description:
      "阳江江城区商务局台账（一）（七个表）：①《封面》不是台账；②《站点》两行表头（“建设情况”合并在 申请日期｜验收日期｜挂牌运营日期 之上，说明行写明以挂牌运营日期为建成日期），验收常在挂牌后一两个月，一站8月30日挂牌、9月10日验收（建成读8月30日），一站“2021年9月”挂牌、“待验收”，村写“××村委会／××村”，两个社区站，合计行不是记录；③《培训》按期一行，“2020年”“2021年”分段行和空行隔开，培训时间有“2020.11.24-11.26”“2021年3月9日—10日”（读结束日）和单日，参训人次有“58人次”文本、“1,206”（线上实名签到），“其中脱贫人口”“—”，8月30日—9月1日一期读9月1日，合计行不是；④《宣传报道》是汇编册目录（标题在媒体前、页码“3—4”），级别国家级／省级／市级／区级，类型报纸、电视、广播、网站、微信公众号（只有电视算电视；学习强国标省级）；⑤《报送记录》报送时间带时分的文本，2月无、3月两次（1—2月合并月报，另一份推进情况专报“不含”扶贫统计），一期“是否含”空白为null，9月一条照列；⑥《统计》分月汇总不是台账；⑦隐藏的《字典》。",
    sheets: [
      { name: "封面", rows: cover, merges: [] },
      { name: "站点", rows: sRows, merges: sMerges },
      { name: "培训", rows: tRows, merges: tMerges },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1", `A${mRows.length}:G${mRows.length}`] },
      { name: "报送记录", rows: rRows, merges: ["A1:E1", `A${rRows.length}:E${rRows.length}`] },
      { name: "统计", rows: gRows, merges: ["A1:E1"] },
      { name: "字典", rows: dict, merges: [], hidden: true },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "站点": { kind: "stations", records: sRecs },
        "培训": { kind: "training", records: tRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "报送记录": { kind: "reports", records: rRecs },
        "统计": { kind: null },
        "字典": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 揭阳市榕城区: 说明、村居（性质 村／居）、省定贫困村、脱贫人口（√矩阵）、入驻企业（合同到期≠退出）、拨付（万元，个别写元）、
//      专栏（月份横排，格内写日期）、汇总
// =====================================================================================================
function buildL2() {
  const REGION = "445202";
  // ---------------- 村居
  const TOWNS = [["仙桥街道", 7, 2], ["梅云街道", 6, 2], ["榕东街道", 4, 3], ["渔湖街道", 5, 1], ["磐东街道", 5, 2]];
  const vb = nameMaker("新旧东西南北上下大溪仙梅渔林洪", ["寮", "厝", "埔", "美", "洋", "坑", "头", "尾", "寨", "围", "园", "滘", "墩", "港"], "", ["仙桥", "梅云", "榕东", "渔湖", "磐东"]);
  const cb = nameMaker("新华榕中东西", ["兴", "安", "明", "光", "和", "平", "阳"], "", ["仙桥", "梅云", "榕东", "渔湖", "磐东"]);
  const vRows = [["榕城区村（居）委会一览表"], ["性质：村＝村民委员会，居＝社区居民委员会。"], ["序号", "镇（街道）", "名称", "性质", "备注"]];
  const vRecs = [];
  const villages = [];
  let sq = 0;
  TOWNS.forEach(([t, nv, nc], ti) => {
    if (ti > 0) vRows.push([null, null, null, null, null]);
    const list = [];
    for (let i = 0; i < nc; i++) list.push({ n: `${cb()}社区`, a: false });
    for (let i = 0; i < nv; i++) list.push({ n: `${vb()}村`, a: true });
    for (const it of shuffle(list)) {
      vRows.push([++sq, t, it.n, it.a ? "村" : "居", null]);
      vRecs.push({ name: it.n, admin: it.a });
      if (it.a) villages.push({ t, n: it.n });
    }
  });
  noStemClash(villages.map((v) => v.n), vRecs.filter((v) => !v.admin).map((v) => v.name), "l2");
  vRows.push([`共${sq}个：村${villages.length}个，居${sq - villages.length}个`, null, null, null, null]);
  // ---------------- 省定贫困村
  const poor = shuffle(villages).slice(0, 4);
  const pvRows = [["榕城区省定相对贫困村名单"], ["序号", "镇（街道）", "村委会名称", "认定文件"]];
  const pvRecs = [];
  poor.forEach((v, j) => {
    const nm = `${v.n.replace(/村$/, "")}村委会`;
    pvRows.push([j + 1, v.t, nm, "粤扶组〔2016〕8号"]);
    pvRecs.push({ name: nm });
  });

  // ---------------- 脱贫人口 (√ matrix)
  const pRows = [["榕城区脱贫人口劳动能力及务工情况登记表"], ["说明：劳动能力、务工情况在对应栏打“√”；“弱”按有劳动能力统计；“县外务工”为外出务工。"],
    ["序号", "姓名", "身份证号", "所在村", "劳动能力", null, null, "务工情况", null, null, "备注"],
    [null, null, null, null, "有", "弱", "无", "县内务工", "县外务工", "未务工", null]];
  const pMerges = ["A1:K1", "A2:K2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "H3:J3", "K3:K4"];
  const pRecs = [];
  const KIND = [["有", "县内务工"], ["有", "县外务工"], ["弱", "未务工"], ["无", null], ["有", "未务工"], ["有", null], ["无", "未务工"], ["弱", "县外务工"], ["有", "县内务工"]];
  let xCount = 0;
  for (let i = 0; i < 26; i++) {
    const [lab, work] = KIND[i % KIND.length];
    const birth = lab === "无" ? birthBetween(1940, 1956) : birthBetween(1968, 2000);
    const male = rnd() < 0.5;
    const wantX = xCount < 2 && lab !== "无" ? true : undefined;
    const id = makeId(REGION, birth, male, wantX);
    if (wantX) xCount++;
    let idCell = id;
    if (wantX && xCount === 2) idCell = id.slice(0, 17) + "x";
    if (i === 10) idCell = spacedId(id);
    const v = poor[i % poor.length];
    pRows.push([i + 1, personName(), idCell, v.n, lab === "有" ? "√" : null, lab === "弱" ? "√" : null, lab === "无" ? "√" : null,
      work === "县内务工" ? "√" : null, work === "县外务工" ? "√" : null, work === "未务工" ? "√" : null,
      work === "县外务工" ? ["深圳市", "广州市", "汕头市"][i % 3] : lab === "有" && work === null ? "务工情况待核" : null]);
    pRecs.push({ id, labour: lab !== "无", migrant: work === null ? null : work === "县外务工" });
  }
  assert(pRecs.some((p) => p.migrant === null && p.labour) && pRecs.some((p) => p.id.endsWith("X")), "l2 person variety");

  // ---------------- 入驻企业
  const FIRMS = [["揭阳市榕城区潮味坊电子商务有限公司", "销售型"], ["揭阳市榕城区玉器城网店", "销售型"], ["揭阳市榕城区榕江优品网络科技有限公司", "平台型"],
    ["揭阳市榕城区潮汕牛肉丸电商商行", "销售型"], ["揭阳市榕城区云途电商代运营有限公司", "电商运营商"], ["揭阳市榕城区快捷通物流有限公司", "物流企业"],
    ["揭阳市榕城区渔湖鞋业电商有限公司", "销售型"], ["揭阳市榕城区星河直播传媒有限公司", "直播电商"], ["揭阳市榕城区仙桥不锈钢网店", "销售型"],
    ["揭阳市榕城区潮汕好物供应链有限公司", "供应链"], ["揭阳市榕城区众创电商服务有限公司", "电商运营商"], ["揭阳市榕城区梅云茶叶网店", "销售型"]];
  const eRows = [["榕城区电子商务产业园入驻企业台账"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "合同到期", "退出时间", "备注"]];
  const eRecs = [];
  const firms = FIRMS.map(([n, t]) => ({ n, t, code: creditCode(REGION), ent: randIsoBetween("2019-06-01", "2021-07-30"), left: null }));
  firms.sort((a, b) => cmp(a.ent, b.ent));
  firms[1].left = "2021-07-15";
  firms[6].left = "2021-09-30";
  firms[11].ent = "2021-09-01";
  firms.forEach((f, j) => {
    const due = f.left ? isoAdd(f.ent, 1095) : f.ent < "2020-01-01" ? isoAdd(f.ent, 365) : f.ent < "2020-06-01" ? isoAdd(f.ent, 730) : isoAdd(f.ent, 1095);
    const renewed = due < "2021-08-31" && !f.left;
    const dueCell = renewed ? `${dotDate(due)}（已续签）` : dotDate(due);
    const ec = f.ent === "2021-09-01" ? "2021.9.1" : [D(f.ent), dotDate(f.ent), cnDate(f.ent), excelSerial(f.ent)][j % 4];
    const lc = f.left ? (f.left === "2021-07-15" ? "2021年7月15日" : "2021.9.30") : null;
    eRows.push([j + 1, f.n, f.code, f.t, ec, dueCell, lc, f.left === "2021-07-15" ? "提前解约退园" : f.left ? "9月底退园" : renewed ? "合同到期已续签，仍在园" : null]);
    eRecs.push({ name: f.n, type: f.t, entered: f.ent, left: f.left });
  });
  eRows.push(["注：“合同到期”为租赁合同约定期限，退园以“退出时间”为准。"]);

  // ---------------- 拨付 (万元; a few cells typed in 元)
  const PAY = [["2020-08-20", "区电商公共服务中心建设", 865000], ["2020-10-29", "村级站点建设（第一批）", 324000], ["2020-12-24", "电商人才培训", 85000],
    ["2021-02-05", "物流配送体系建设", 412500], ["2021-04-16", "村级站点建设（第二批）", 276800], ["2021-06-22", "品牌培育与网络促销", 125000],
    ["2021-08-27", "公共服务中心运营", 198600], ["2021-09-17", "冷链及溯源系统", 350000]];
  const fRows = [["榕城区电子商务进农村综合示范专项资金拨付台账"], ["序号", "拨付日期", "项目", "拨付金额（万元）", "收款单位", "备注"]];
  const fRecs = [];
  PAY.forEach(([d, p, amt], j) => {
    let cell = wan4(amt);
    if (j === 2) cell = "85000元";
    if (j === 5) cell = "12.5万";
    if (j === 6) cell = "198,600.00元";
    fRows.push([j + 1, [cnDate(d), D(d), dotDate(d), slashDate(d)][j % 4], p, cell, ["揭阳市榕城区云途电商代运营有限公司", "中国邮政集团有限公司广东省揭阳市分公司", "揭阳市榕城区众创电商服务有限公司", "揭阳市榕城区快捷通物流有限公司"][j % 4],
      j === 2 || j === 6 ? "财务按元登记" : null]);
    fRecs.push({ date: d, amount: amt });
  });
  fRows.push(["合计", null, null, wan4(sum(PAY.map((p) => p[2]))), null, null]);

  // ---------------- 专栏 (months across, update dates in the cells)
  const MON = monthsBetween("2020-09", "2021-09");
  const head = ["栏目内容"].concat(MON.map((m) => cnMonth(m)), ["备注"]);
  const dRecs = [];
  const rowFor = (label, months, note) => {
    const r = [label];
    for (const m of MON) {
      if (!months.includes(m)) {
        r.push("—");
        continue;
      }
      const [y, mo] = m.split("-").map(Number);
      const d = rint(2, Math.min(28, lastDay(y, mo)));
      r.push(`${mo}.${d}`);
      dRecs.push({ date: `${m}-${String(d).padStart(2, "0")}` });
    }
    r.push(note);
    return r;
  };
  const progress = MON.filter((m) => m !== "2020-12" && m !== "2021-05");
  const fundsM = ["2020-10", "2021-01", "2021-04", "2021-07"];
  const uRows = [["榕城区政府网站电子商务进农村专栏更新情况（格内为发布日期“月.日”）"], head, rowFor("项目建设进度", progress, "12月、5月漏发"), rowFor("资金使用情况", fundsM, "按季度发布"),
    ["注：创建方案、项目基本信息、监督举报电话已于2020年5月在专栏长期公示。"]];
  for (const r of uRows) padRow(r, head.length);
  const uMerges = [`A1:${colName(head.length - 1)}1`, `A5:${colName(head.length - 1)}5`];

  // ---------------- 说明 / 汇总
  const note = [["说明"], ["本册为榕城区电子商务进农村综合示范台账（二），区商务局电商股整理，2021年9月。"], ["《拨付》金额单位为万元，财务个别按元登记的已注明“元”。"],
    ["《专栏》表格内的“月.日”为当月发布日期，“—”为当月未发布。"]];
  const sumRows = [["汇总"], ["项目", "数量"], ["村", villages.length], ["居", sq - villages.length], ["省定贫困村", poor.length], ["脱贫人口（人）", pRecs.length],
    ["入驻企业（家，含已退出）", eRecs.length], ["已拨付（万元）", wan4(sum(PAY.map((p) => p[2])))]];
  return {
    description:
      "揭阳榕城区商务局台账（二）（八个表）：①《说明》不是台账；②《村居》镇街之间空一行，名称“××村／××社区”，“性质”一栏只写一个字“村／居”（表头下说明），无贫困村、快递列，合计行不是记录；③《省定贫困村》单列名单，名称写“××村委会”（村居表写“××村”）；④《脱贫人口》两行表头，劳动能力“有｜弱｜无”、务工情况“县内务工｜县外务工｜未务工”各三小栏打√（“弱”算有劳动能力，“县外务工”才是外出务工），有劳动能力而务工三栏都空的为null，身份证号一人末位小写x、一人分段空格；⑤《入驻企业》“合同到期”不是退出（到期已续签的仍在园），退出只看“退出时间”（一家7月15日、一家9月30日），9月1日入驻的照列；⑥《拨付》表头“拨付金额（万元）”，个别格写“85000元”“198,600.00元”“12.5万”，合计行不是；⑦《专栏》月份横排（2020年9月—2021年9月），每个内容一行，格内“月.日”是发布日期，年份取自列头，“—”为未发布，记录按行从左到右；⑧《汇总》不是台账。",
    sheets: [
      { name: "说明", rows: note, merges: [] },
      { name: "村居", rows: vRows, merges: ["A1:E1", "A2:E2", `A${vRows.length}:E${vRows.length}`] },
      { name: "省定贫困村", rows: pvRows, merges: ["A1:D1"] },
      { name: "脱贫人口", rows: pRows, merges: pMerges },
      { name: "入驻企业", rows: eRows, merges: ["A1:H1", `A${eRows.length}:H${eRows.length}`] },
      { name: "拨付", rows: fRows, merges: ["A1:F1", `A${fRows.length}:C${fRows.length}`] },
      { name: "专栏", rows: uRows, merges: uMerges },
      { name: "汇总", rows: sumRows, merges: ["A1:B1"] },
    ],
    expect: {
      sheets: {
        "说明": { kind: null },
        "村居": { kind: "villages", records: vRecs },
        "省定贫困村": { kind: "poorVillages", records: pvRecs },
        "脱贫人口": { kind: "poorPersons", records: pRecs },
        "入驻企业": { kind: "enterprises", records: eRecs },
        "拨付": { kind: "funds", records: fRecs },
        "专栏": { kind: "disclosures", records: dRecs },
        "汇总": { kind: null },
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
write("counties", "b212-c1-dinghu.json", c1);
write("facts", "b212-f1-maonan.json", f1);
write("facts", "b212-f2-nansha.json", f2);
write("facts", "b212-f3-huicheng.json", f3);
write("ledgers", "b212-l1-jiangcheng.json", l1);
write("ledgers", "b212-l2-rongcheng.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
