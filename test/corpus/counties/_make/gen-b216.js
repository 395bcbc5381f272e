// Batch 216 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b210.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (216216), no clock. Run: node test/corpus/_b216/gen-b216.js
//
// c1 鼎湖区 (肇庆): the facts "sheet" is the bookmark list of the PDF evidence binder (佐证材料汇编.pdf) exported and pasted
//    into Excel — 序号｜一级…四级书签 (level = column)｜页码; facts and the clerk's “自评×分” live inside bookmark titles.
//    Ledgers: 村居名单 (★ poor, ✓ express), 站点 with a second table of 在建 stations below, sessions with 人次, poor list +
//    trainee list (lower-case x), park roll with a renamed firm listed twice (same credit code), funds by contract with
//    payment sub-rows (a 9月 payment decides < 70% → −5), reports, column updates (no Feb), media, materials.
// f1 番禺区 (广州): a Power Query “逆透视其他列” long table for the city platform import — 序号｜分组｜项目｜属性｜值, one row per
//    item × attribute (值 / 单位 / 口径说明 / 自评分), blank attributes dropped; dates as “2020/11/18 0:00:00” text, percents as
//    0.93 with 单位 “%” (note says percent format), claimed points in a last group.
// f2 金湾区 (珠海): an excerpt of the district's 《农村电子商务发展报告（2021）》 (white paper): chapter paragraphs (facts in
//    sentences, 区委常委、副区长 leads) and appendix tables — 指标｜单位｜2019年｜2020年｜2021年1—8月｜截至8月31日累计｜备注 and
//    the self-assessment table (分值｜自评得分｜得分率｜说明, judged parts in 说明).
// f3 榕城区 (揭阳): a WPS表单 data export where every member department submitted its own row (one submission per row,
//    fields as columns, multi-choice joined with “┋”); a test row to ignore and a corrected resubmission (the later one wins).
// l1 南沙区 (广州): 说明; 村居名单 (广州 has no 省定贫困村, one village not reached by express, 经联社 column); stations with 签约 and
//    挂牌运营 dates; training sessions with 观看人次 vs 实名签到人次 (count sign-ins); park roll with 注册号 for 个体户 and 曾用名;
//    信息报送 with 类别 (only 经验材料 / 典型案例 rows are materials); the centre's 访客登记 (names, IDs, dates — not a ledger).
// l2 顺德区 (佛山): 封面; 脱贫人口 where “外出务工” is decided by 务工地点 outside 顺德区; payments with 合同金额｜本次支付｜累计支付
//    (read 本次支付; an unpaid 尾款 row); 月报 (one combined Jan–Feb report); the column's page copied as “标题　日期” in one
//    cell; media where 触电新闻客户端 is not TV; 汇总 (not a ledger).
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
let seed = 216216;
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
    assert(/^b216-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b216-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b216-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 肇庆市鼎湖区: 佐证材料汇编 PDF 书签导出（事实和自评分在书签标题里）＋ 12 个台账
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "441203";
  const POP = 175200;
  const BASE = Math.min(POP, 500000);
  const TOWNS = [["坑口街道", 4, 5], ["桂城街道", 3, 4], ["广利街道", 8, 2], ["永安镇", 10, 1], ["沙浦镇", 11, 1], ["凤凰镇", 9, 1], ["莲花镇", 10, 1]];
  const prefixes = ["坑口", "桂城", "广利", "永安", "沙浦", "凤凰", "莲花", "鼎湖"];
  const vName = nameMaker("大小新旧上下东西南北水石罗苏蕉砚官", ["岗", "坑", "田", "塘", "围", "洲", "头", "岭", "基", "步", "陂", "沥", "湾", "坪", "垌", "寨"], "村", prefixes);
  const cName = nameMaker("华锦和安康丰", ["源", "苑", "城", "景", "盛", "泰"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "c1");
  assert(admin.length === 55 && comms.length === 15, "c1 55 villages + 15 communities");
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const poor = [towns[5].vs[2], towns[5].vs[6], towns[6].vs[1], towns[6].vs[7]];
  const poorSet = new Set(poor);
  const others = shuffle(admin.filter((v) => !poorSet.has(v)));
  const covOthers = others.slice(0, 34); // 4 poor + 34 = 38 covered
  const uncovered = others.slice(34); // 17
  const vSept = uncovered[0];
  const planned = uncovered.slice(1, 4);
  const poorMonth = poor[2]; // its station is dated “2021年8月” (month only)

  // ---------------- 村居名单
  const vRows = [["鼎湖区村（居）民委员会名单"], ["填报单位：肇庆市鼎湖区商务局　　资料来源：区民政局（2021年6月）　　“省定贫困村”栏★为省定相对贫困村；快递进村：✓已通达"],
    ["序号", "镇（街道）", "村（居）委会", "性质", "省定贫困村", "快递进村", "备注"]];
  const vMerges = ["A1:G1", "A2:G2"];
  let sq = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    const list = x.cs.map((c) => ({ v: c, isC: true })).concat(x.vs.map((v) => ({ v, isC: false })));
    for (const it of list) {
      sq++;
      vRows.push([sq, vRows.length + 1 === r0 ? x.t : null, it.isC ? `${short(it.v)}社区居民委员会` : `${short(it.v)}村民委员会`, it.isC ? "居委会" : "村委会",
        poorSet.has(it.v) ? "★" : null, "✓", it.isC ? null : poorSet.has(it.v) ? "2016—2020年省定相对贫困村" : null]);
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push([`合计：村民委员会${admin.length}个（其中省定相对贫困村${poor.length}个），社区居民委员会${comms.length}个，快递进村全部通达。`]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);
  for (const r of vRows) padRow(r, 7);

  // ---------------- 站点清单 (一、已建成; 二、在建)
  const ST = [];
  poor.forEach((v) => ST.push({ v, op: v === poorMonth ? "2021-08" : randIsoBetween("2020-07-01", "2021-06-30") }));
  covOthers.forEach((v) => ST.push({ v, op: randIsoBetween("2020-06-15", "2021-08-20") }));
  ST.push({ v: covOthers[5], op: randIsoBetween("2021-04-01", "2021-07-30"), second: true });
  ST.push({ v: towns[0].cs[2], op: randIsoBetween("2020-09-01", "2021-03-30") });
  ST.push({ v: vSept, op: "2021-09-02" });
  const TORD = TOWNS.map((t) => t[0]);
  ST.sort((a, b) => TORD.indexOf(townOf[a.v]) - TORD.indexOf(townOf[b.v]) || cmp(a.op, b.op));
  const SERV = ["代购代销、快递收发", "农产品上行、代收代缴", "电商宣传、代购代销、小额信贷咨询", "快递代收代发、便民缴费"];
  const sRows = [["鼎湖区村级电子商务服务站点清单"], ["填报单位：肇庆市鼎湖区商务局　　　更新日期：2021年9月6日"], ["一、已建成运营站点"],
    ["序号", "站点名称", "镇（街道）", "所在村（社区）", "负责人", "联系电话", "建成运营时间", "服务内容"]];
  const sMerges = ["A1:H1", "A2:H2", "A3:H3"];
  ST.forEach((s, j) => {
    const isC = s.v.endsWith("社区");
    const vcell = isC ? `${short(s.v)}社区` : [s.v, `${short(s.v)}村委会`, `${short(s.v)}村民委员会`][j % 3];
    let dc;
    if (s.op === "2021-08") dc = "2021年8月";
    else if (s.op === "2021-09-02") dc = "2021.9.2";
    else dc = j % 5 === 4 ? twoDot(s.op) : dateCell(s.op, j);
    sRows.push([j + 1, `鼎湖区${short(s.v)}${isC ? "社区" : "村"}电商服务站${s.second ? "（二）" : ""}`, townOf[s.v], vcell, personName(), phone(), dc, SERV[j % 4]]);
  });
  sRows.push([]);
  sRows.push(["二、在建站点（预计2021年10月底前建成，未投入运营）"]);
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  sRows.push(["序号", "站点名称", "镇（街道）", "所在村", "建设单位", "计划建成时间", "目前进度", "备注"]);
  planned.forEach((v, j) => {
    sRows.push([j + 1, `鼎湖区${short(v)}村电商服务站`, townOf[v], `${short(v)}村委会`, "中国邮政集团有限公司肇庆市鼎湖区分公司", "2021年10月", ["装修中", "设备采购中", "选址已确定"][j], null]);
  });
  sRows.push(["注：“建成运营时间”以站点挂牌并开展业务为准；在建站点不计入覆盖率。"]);
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  for (const r of sRows) padRow(r, 8);
  const adminSet = new Set(admin);
  const covSet = new Set(ST.filter((s) => openedBy(s.op, CUT) && adminSet.has(s.v)).map((s) => s.v));
  const covBase = Math.min(admin.length, 200);
  const covPoor = poor.filter((v) => covSet.has(v));
  assert(covSet.size === 38 && !ratioGE(38, covBase, 70) && ratioGE(39, covBase, 70) && ratioGE(38, covBase, 50), "c1 38/55 = 69.1% (39 would be 70.9%)");
  assert(covPoor.length === 4 && !ratioGE(3, 4, 80), "c1 poor 4/4; without the 8月 station 3/4 = 75%");

  // ---------------- 培训台账 (sessions)
  const TOPICS = ["农村电商基础知识", "网店开设与运营", "直播带货实操", "短视频拍摄与剪辑", "农产品包装与品牌（鼎湖山泉、砚洲菜心）", "社群营销", "电商客服与物流", "农村物流与供应链", "跨境电商入门", "农村电商带头人提升班", "直播电商进阶", "电商美工设计"];
  const PLACES = ["区电子商务公共服务中心", "永安镇党群服务中心", "沙浦镇文化站", "凤凰镇党群服务中心", "莲花镇党群服务中心", "广利街道文体中心"];
  const starts = ["2020-09-24", "2020-10-29", "2020-11-26", "2020-12-17", "2021-01-21", "2021-03-18", "2021-04-12", "2021-05-20", "2021-06-17", "2021-07-08", "2021-07-29", "2021-08-19"];
  const sessions = starts.map((d, k) => ({ no: k + 1, start: d, end: k === 6 ? isoAdd(d, 2) : d, topic: TOPICS[k], place: PLACES[k % PLACES.length], pt: rint(100, 190) }));
  let diff = 1740 - sum(sessions.map((s) => s.pt));
  for (let j = 0; diff !== 0; j = (j + 1) % sessions.length) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 13);
    if (sessions[j].pt + st < 80 || sessions[j].pt + st > 230) continue;
    sessions[j].pt += st;
    diff -= st;
  }
  const sept = { no: 13, start: "2021-09-03", end: "2021-09-03", topic: "农村电商基础知识（迎检补训）", place: PLACES[0], pt: 220 };
  sessions.push(sept);
  const ptCut = sum(sessions.filter((s) => s.end <= CUT).map((s) => s.pt));
  assert(ptCut === 1740 && ratioGE(ptCut, BASE, 0.8) && !ratioGE(ptCut, BASE, 1) && ratioGE(ptCut + sept.pt, BASE, 1), "c1 1,740/175,200 = 0.99%");
  const sessDate = (s, j) => {
    if (s === sept) return "2021.9.3";
    if (s.end !== s.start) return "2021.4.12-14";
    return [D(s.start), cnDate(s.start), dotDate(s.start), slashDate(s.start)][j % 4];
  };
  assert(sessions[6].start === "2021-04-12", "c1 range session");

  // ---------------- 脱贫人口 and 参训名单
  const plan = shuffle([].concat(Array(24).fill("E"), Array(6).fill("M"), Array(4).fill("N")));
  let xGiven = false;
  const persons = plan.map((c) => {
    const birth = c === "N" ? birthBetween(1938, 1956) : birthBetween(1968, 2001);
    const wantX = c === "E" && !xGiven ? true : undefined;
    if (wantX) xGiven = true;
    return { c, id: makeId(REGION, birth, rnd() < 0.5, wantX) };
  });
  const hh = [];
  for (let i = 0; i < persons.length;) {
    const n = Math.min(persons.length - i, rint(2, 3));
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
      else if (d >= 45) p.rel = male(p) ? "之孙子" : "之孙女";
      else if (d >= 16) p.rel = male(p) ? "之子" : "之女";
      else if (!spouse && male(p) !== male(mem[0])) {
        p.rel = "配偶";
        spouse = true;
      } else p.rel = "兄弟姐妹";
      p.name = personName(p.rel === "配偶" ? undefined : sur);
    });
    hh.push({ v, mem });
    i += n;
  }
  const pRows = [["鼎湖区建档立卡贫困人口名单（劳动能力及务工情况）"], ["说明：劳动能力“有劳动能力”“弱劳动能力”均属有劳动能力；“是否外出务工”指在区外务工。数据来源：区乡村振兴局（2021年8月）。"],
    ["序号", "镇（街道）", "村", "户主姓名", "姓名", "与户主关系", "身份证号", "劳动能力", "是否外出务工", "备注"]];
  const pMerges = ["A1:J1", "A2:J2"];
  let pi = 0;
  for (const h of hh) {
    const r0 = pRows.length + 1;
    for (const p of h.mem) {
      pi++;
      const lab = p.c === "N" ? (pi % 2 ? "无劳动能力" : "丧失劳动能力") : pi % 5 === 0 ? "弱劳动能力" : "有劳动能力";
      const mig = p.c === "M" ? "是" : p.c === "N" ? null : "否";
      pRows.push([pi, townOf[h.v], h.v, h.mem[0].name, p.name, p.rel, p.id, lab, mig, p.c === "M" ? ["佛山市南海区务工", "广州市白云区务工", "东莞市务工"][pi % 3] : null]);
    }
    for (const c of ["B", "C", "D"]) mergeCol(pMerges, c, r0, pRows.length);
  }
  const elig = persons.filter((p) => p.c === "E");
  const xPerson = elig.find((p) => isX(p.id));
  assert(elig.length === 24 && xPerson, "c1 24 eligible, one X");
  const before = sessions.filter((s) => s.end <= CUT);
  const eligSh = shuffle(elig.filter((p) => p !== xPerson));
  const trained = [xPerson].concat(eligSh.slice(0, 11)); // 12
  const TR = trained.map((p, k) => ({ p, s: before[(k * 7 + 3) % before.length], id: p === xPerson ? p.id.slice(0, 17) + "x" : p.id }));
  TR.push({ p: trained[4], s: before[before.length - 1], id: trained[4].id, note: "第二次参训" });
  TR.push({ p: eligSh[11], s: before[2], id: maskId(eligSh[11].id), note: "镇报名单已脱敏" });
  TR.push({ p: eligSh[12], s: sept, id: eligSh[12].id });
  const mig0 = persons.find((p) => p.c === "M");
  TR.push({ p: mig0, s: before[4], id: mig0.id, note: "春节返乡参训" });
  const TRs = TR.slice().sort((a, b) => a.s.no - b.s.no);
  const eligIds = new Set(elig.map((p) => p.id));
  const trainedCut = new Set(TRs.filter((t) => t.s.end <= CUT).map((t) => normId(t.id)).filter((id) => eligIds.has(id)));
  assert(trainedCut.size === 12 && ratioGE(12, 24, 50) && !ratioGE(11, 24, 50) && ratioGE(11, 24, 40), "c1 12/24 = 50% (11 would be 45.8%)");
  for (const s of sessions) s.poorN = TRs.filter((t) => t.s === s).length;
  const tRows = [["鼎湖区农村电子商务培训台账"], ["单位：人次　　　培训人次按签到表实到人数计"],
    ["期次", "培训日期", "培训内容", "培训地点", "培训对象", "培训人次", "其中脱贫人口", "备注"]];
  sessions.forEach((s, j) => {
    tRows.push([`第${s.no}期`, sessDate(s, j), s.topic, s.place, s.topic.includes("脱贫") ? "脱贫户、村干部" : j % 2 ? "农户、合作社、返乡青年" : "电商从业人员、村级站点站长",
      s.pt, s.poorN || null, s === sept ? "9月补训" : s.end !== s.start ? "三天班，按结业日计" : null]);
  });
  tRows.push(["合计", null, null, null, null, sum(sessions.map((s) => s.pt)), sum(sessions.map((s) => s.poorN)), "含第13期"]);
  const tMerges = ["A1:H1", "A2:H2", `A${tRows.length}:E${tRows.length}`];
  const trRows = [["脱贫人口参加电商培训名单"], ["序号", "姓名", "身份证号", "所在村", "参训期次", "培训日期", "备注"]];
  TRs.forEach((t, j) => trRows.push([j + 1, t.p.name, t.id, t.p.v, `第${t.s.no}期`, sessDate(t.s, sessions.indexOf(t.s)), t.note || null]));
  checkTrainingIds(TRs.map((t) => ({ id: normId(t.id) })), "c1");

  // ---------------- 产业园入驻企业 (a renamed firm listed twice with one credit code)
  const FIRMS = [["肇庆市鼎湖区山泉优品电子商务有限公司", "销售型"], ["肇庆市鼎湖区砚洲菜心网店", "销售型"], ["肇庆市鼎湖区鼎湖山货电商商行", "销售型"],
    ["肇庆市鼎湖区鼎e购网络科技有限公司", "平台型"], ["肇庆市鼎湖区凤凰蜜柚电商有限公司", "销售型"], ["肇庆市鼎湖区莲花茶业网店", "销售型"],
    ["肇庆市鼎湖区云创电商代运营有限公司", "电商运营商"], ["肇庆市鼎湖区农聚电商服务有限公司", "电商运营商"], ["肇庆市鼎湖区快捷达物流有限公司", "物流企业"],
    ["肇庆市鼎湖区永安腐竹电商商行", "销售型"], ["肇庆市鼎湖区星火直播传媒有限公司", "直播电商"], ["肇庆市鼎湖区沙浦农特产品网店", "销售型"],
    ["肇庆市鼎湖区鼎湖仓配中心有限公司", "物流企业"], ["肇庆市鼎湖区乡味网络科技有限公司", "平台型"], ["肇庆市鼎湖区广利竹编电商有限公司", "销售型"],
    ["肇庆市鼎湖区鼎新供应链管理有限公司", "供应链"], ["肇庆市鼎湖区坑口文创电商工作室", "销售型"], ["肇庆市鼎湖区桂城数字营销有限公司", "电商运营商"], ["肇庆市鼎湖区凤凰农家电商商行", "销售型"]];
  const firms = FIRMS.map(([n, t]) => ({ n, t, code: creditCode(REGION), ent: randIsoBetween("2020-08-01", "2021-07-31"), left: null }));
  const renamed = { n: "肇庆市鼎湖区山泉优品供应链有限公司", t: "销售型", code: firms[0].code, ent: "2021-05-18", left: null, rename: true };
  firms[0].ent = "2020-09-10";
  firms[0].renamedTo = renamed.n;
  const leftF = { n: "肇庆市鼎湖区好运来电商商行", t: "销售型", code: creditCode(REGION), ent: "2020-10-12", left: "2021-06-30" };
  const lateF = { n: "肇庆市鼎湖区绿野农品电子商务有限公司", t: "销售型", code: creditCode(REGION), ent: "2021-09-06", left: null };
  const roll = firms.concat([renamed, leftF, lateF]).sort((a, b) => cmp(a.ent, b.ent));
  const eRows = [["鼎湖区电子商务产业园入驻企业名单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "状态", "备注"]];
  roll.forEach((f, j) => {
    const st = f.left ? "已退园" : f.renamedTo ? "已更名" : "在园";
    const note = f.renamedTo ? `2021年5月18日更名为“${f.renamedTo}”` : f.rename ? `原名“${firms[0].n}”，更名后重新签订入驻协议` : f.left ? "2021年6月30日退园" : f === lateF ? "9月新入驻" : null;
    eRows.push([j + 1, f.n, f.code, f.t, f === lateF ? "2021.9.6" : dateCell(f.ent, j + 1), st, note]);
  });
  eRows.push(["注：状态为“在园”的为截至更新日在园企业。"]);
  const inParkRows = roll.filter((f) => openedBy(f.ent, CUT) && !(f.left && f.left < CUT));
  const inParkCodes = new Set(inParkRows.map((f) => f.code));
  const typesIn = new Set(inParkRows.map((f) => f.t));
  assert(inParkRows.length === 20 && inParkCodes.size === 19 && typesIn.size >= 3, "c1 20 rows but 19 firms in the park");

  // ---------------- 资金台账 (by contract, payment sub-rows)
  const CONTRACTS = [
    ["区电子商务公共服务中心建设及运营", "肇庆市鼎湖区云创电商代运营有限公司", 1600000, [["2020-09-28", 480000], ["2021-01-15", 480000], ["2021-06-10", 320000]]],
    ["村级电商服务站点建设", "中国邮政集团有限公司肇庆市鼎湖区分公司", 1200000, [["2020-11-20", 360000], ["2021-04-08", 420000], ["2021-09-08", 240000]]],
    ["农村电商人才培训", "肇庆市鼎湖区农聚电商服务有限公司", 600000, [["2020-12-22", 180000], ["2021-07-20", 186000]]],
    ["区镇村三级物流配送体系", "肇庆市鼎湖区快捷达物流有限公司", 900000, [["2021-02-05", 270000], ["2021-08-16", 360000]]],
    ["农产品品牌培育及营销推广", "肇庆市鼎湖区桂城数字营销有限公司", 600000, [["2021-03-26", 190000], ["2021-08-30", 240000]]],
  ];
  const ALLOC = 5000000;
  const pays = CONTRACTS.flatMap((c) => c[3].map(([d, a]) => ({ d, a })));
  const spent = sum(pays.filter((p) => p.d <= CUT).map((p) => p.a));
  const spentAll = sum(pays.map((p) => p.a));
  assert(spent === 3486000 && !ratioGE(spent, ALLOC, 70) && ratioGE(spentAll, ALLOC, 70) && spentAll === 3726000, "c1 spent 3,486,000 = 69.72%; with 9/8 = 74.5%");
  assert(sum(CONTRACTS.map((c) => c[2])) === 4900000, "c1 contracts 490万");
  const fRows = [["鼎湖区电子商务进农村综合示范专项资金台账"], ["单位：元　　　资金来源：2019年省级促进经济高质量发展专项资金（电子商务进农村）500万元"],
    ["序号", "项目（合同）名称", "承建单位", "合同金额", "支付批次", "支付日期", "支付金额", "国库支付凭证号", "备注"]];
  const fMerges = ["A1:I1", "A2:I2"];
  let pj = 0;
  CONTRACTS.forEach(([n, who, amt, ps], k) => {
    const r0 = fRows.length + 1;
    ps.forEach(([d, a], i) => {
      pj++;
      fRows.push([i === 0 ? k + 1 : null, i === 0 ? n : null, i === 0 ? who : null, i === 0 ? fmtMoney(amt) : null, `第${["一", "二", "三"][i]}笔`,
        d > CUT ? "2021年9月8日" : dateCell(d, pj), pj % 3 === 0 ? fmtMoney(a) : a, `DH-GK-${d.slice(0, 4)}-${pad3(pj * 7 + 3)}`, d > CUT ? "9月支付" : i === ps.length - 1 && ps.length === 3 ? null : null]);
    });
    for (const c of ["A", "B", "C", "D"]) mergeCol(fMerges, c, r0, fRows.length);
  });
  fRows.push(["合计", null, null, fmtMoney(sum(CONTRACTS.map((c) => c[2]))), null, null, spentAll, null, "截至9月10日"]);
  fMerges.push(`A${fRows.length}:C${fRows.length}`);

  // ---------------- 月报报送
  const rRows = [["鼎湖区向肇庆市商务局报送月报记录"], ["序号", "报送日期", "报送内容", "报送方式", "是否附电商扶贫统计", "备注"]];
  const repDates = [];
  for (const m of monthsBetween("2020-09", "2021-09")) {
    let dd = `${m}-${String(rint(2, 8)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(dd)) || (dd >= "2020-10-01" && dd <= "2020-10-08")) dd = isoAdd(dd, 1);
    repDates.push(dd);
  }
  repDates.forEach((dd, j) => {
    const prev = monthsBetween("2020-08", "2021-09")[j];
    rRows.push([j + 1, dateCell(dd, j + 2), `${cnMonth(prev)}电子商务进农村综合示范工作进展情况`, j % 2 ? "粤政易" : "电子邮件", "是", dd > CUT ? "截止日后报送" : null]);
  });
  assert(inWindowMonths(repDates.filter((d) => d <= CUT)) === 12, "c1 reports 12 months");

  // ---------------- 专栏更新 (no February)
  const U = [["2020-06-30", "鼎湖区电子商务进农村综合示范创建工作方案", "政策文件"], ["2020-07-06", "鼎湖区电子商务进农村综合示范项目基本信息公示", "项目公示"],
    ["2020-07-06", "关于设立电子商务进农村综合示范项目监督举报电话的公告", "监督举报"]];
  for (const m of WINDOW) {
    if (m === "2021-02") continue;
    const [y, mo] = m.split("-").map(Number);
    U.push([`${m}-${String(rint(5, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, `鼎湖区电子商务进农村综合示范项目建设进度（${cnMonth(isoAdd(m + "-01", -1))}）`, "建设进度"]);
  }
  const uRows = [["鼎湖区人民政府网站“电子商务进农村综合示范”专栏更新记录"], ["序号", "发布日期", "标题", "栏目", "链接"]];
  U.forEach(([d, t, c], j) => uRows.push([j + 1, dateCell(d, j + 1), t, c, `http://www.dinghu.gov.cn/zwgk/zdly/dzsw/content/post_${2100000 + rint(1000, 99999)}.html`]));
  const disMonths = inWindowMonths(U.map((u) => u[0]));
  assert(disMonths === 11, "c1 disclosure 11 months");

  // ---------------- 宣传报道 / 经验材料
  const MED = [["2020-11-20", "“鼎湖发布”微信公众号", "区级", "网络", "鼎湖区首批村级电商服务站挂牌", "否"],
    ["2021-01-15", "肇庆日报", "市级", "报纸", "鼎湖砚洲菜心搭上电商快车", "否"],
    ["2021-04-22", "南方+客户端", "省级", "网络", "鼎湖：电商进村 山货出山", "否"],
    ["2021-06-18", "广东广播电视台珠江频道《珠江新闻眼》", "省级", "电视", "脱贫户直播卖蜜柚", "是"],
    ["2021-09-15", "中央广播电视总台农业农村频道（CCTV-17）", "中央级", "电视", "鼎湖：电商扶贫让山货变“网红”", "是"]];
  const mRows = [["鼎湖区电子商务进农村宣传报道登记表"], ["序号", "报道日期", "媒体名称", "媒体级别", "报道形式", "标题", "是否电商扶贫典型案例"]];
  MED.forEach((m, j) => mRows.push([j + 1, m[0] > CUT ? "2021.9.15" : dateCell(m[0], j + 3), m[1], m[2], m[3], `《${m[4]}》`, m[5]]));
  const matRows = [["经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送单位", "报送方式"],
    [1, "2021年6月25日", "《鼎湖区“电商＋山货”助农增收经验做法》", "肇庆市商务局", "粤政易"]];

  // ---------------- 佐证材料书签 (the facts)
  const W = 6;
  const bk = [];
  const bm = [];
  let bno = 0;
  let page = 1;
  const B = (level, title, dp) => {
    bno++;
    const r = [bno, null, null, null, null, page];
    r[level] = title;
    bk.push(r);
    page += dp === undefined ? rint(1, 4) : dp;
  };
  bk.push(padRow(["鼎湖区电子商务进农村综合示范考评佐证材料汇编（PDF）书签"], W));
  bm.push("A1:F1");
  bk.push(padRow(["说明：书签由PDF编辑器“导出书签”后粘贴，B—E列为一至四级书签，F列为PDF页码；书签中“自评×分”为我区自评分；材料数据均截至2021年8月31日（省考评截止日期），另有注明的除外。"], W));
  bm.push("A2:F2");
  bk.push(["序号", "一级书签", "二级书签", "三级书签", "四级书签", "页码"]);
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 4, "work.center": 15, "work.coverage": 10, "work.upward": 9,
    "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 5, "fund.ledger": 4,
    "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 2,
  };
  const grp = (ids) => sum(ids.map((i) => claimed[i]));
  B(1, "封面", 1);
  B(1, "目录", 2);
  B(1, "区情概况", 0);
  B(2, "常住人口17.52万人（第七次全国人口普查公报）", 1);
  B(2, "户籍人口16.38万人（区公安分局，不作考评基数）", 0);
  B(2, "行政村55个、社区居委会15个（区民政局）", 1);
  B(2, "省定相对贫困村4个", 1);
  B(1, `一、加强组织领导与统筹协调（10分）自评${grp(["org.leadership", "org.plan", "org.policy", "org.management"])}分`, 0);
  B(2, "1.组织领导（2分）自评2分", 0);
  B(3, "鼎府办〔2020〕18号 关于成立区电子商务进农村综合示范创建工作领导小组的通知（区长任组长）", 2);
  B(4, "成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局、鼎湖邮政分公司", 1);
  B(2, "2.方案制定（2分）自评2分", 0);
  B(3, "鼎府办〔2020〕26号《鼎湖区电子商务进农村综合示范创建工作方案》（已正式印发）");
  B(2, "3.政策支持（2分）自评2分", 0);
  B(3, "《鼎湖区促进农村电子商务发展扶持办法》（已出台）");
  B(2, "4.项目管理（4分）自评4分", 0);
  B(3, "项目管理制度及验收记录（自评2分）");
  B(3, "工作台账（自评2分）");
  B(1, `二、深入推动电子商务进农村工作（55分）自评${grp(["work.center", "work.coverage", "work.upward", "work.training"])}分`, 0);
  B(2, "5.服务体系建设—县级中心与产业园（15分）自评15分", 0);
  B(3, "5-1 区电子商务公共服务中心：2020年12月18日试运营，2021年3月8日正式投入运营");
  B(3, "5-2 免费培训场所及设备（培训室1间、电脑40台）");
  B(3, "5-3 农特产品免费展示展销区");
  B(3, "5-4 免费摄影、美工服务记录");
  B(3, "5-5 “鼎湖山珍”农产品统一推广及品牌建设指导");
  B(3, "5-6 金融对接、直播基地等衍生增值服务");
  B(3, "5-7 鼎湖区电商产业园（整合优化原鼎湖创客空间），入驻企业20家");
  B(2, "6.服务体系建设—村级站点覆盖（10分）自评10分", 0);
  B(3, "6-1 已建站行政村39个，覆盖率70.9%");
  B(3, "6-2 省定相对贫困村4个，全部建站");
  B(2, "7.农村产品上行（10分）自评9分", 0);
  B(3, "7-1 农产品网络销售调研报告（自评2分）");
  B(3, "7-2 网络促销活动总结（自评1分）");
  B(3, "7-3 专业第三方电子商务运营服务商：肇庆市鼎湖区云创电商代运营有限公司");
  B(3, "7-4 行政村快递覆盖率100%（区邮政管理局证明）");
  B(3, "7-5 农产品电商交易标准及溯源系统（自评1分）");
  B(3, "7-6 农村网络零售额：2019年3.62亿元，2020年4.51亿元（省商务厅平台数据）");
  B(3, "7-7 农产品网络零售额：2019年0.86亿元，2020年1.09亿元");
  B(2, "8.电商人才培训（20分）自评20分", 0);
  B(3, "8-1 累计培训1,740人次（约占常住人口1%）");
  B(3, "8-2 有劳动能力的建档立卡贫困人口24人（不含外出务工），参训12人");
  B(1, `三、加强信息公开及报送（10分）自评${grp(["info.disclosure", "info.reporting"])}分`, 0);
  B(2, "9.信息公开（4分）自评4分", 0);
  B(3, "区政府网站专栏截图：创建方案、项目基本信息、建设进度、监督举报窗口");
  B(3, "专栏更新记录");
  B(2, "10.数据上报（6分）自评6分", 0);
  B(3, "月报报送记录（随月报附电商扶贫统计表）");
  B(1, `四、加强宣传推广（10分）自评${grp(["promo.cases", "promo.media"])}分`, 0);
  B(2, "11.案例总结（2分）自评2分", 0);
  B(3, "经验材料报送记录");
  B(2, "12.经验推广（8分）自评8分", 0);
  B(3, "宣传报道汇编（省级、市级、区级）");
  B(1, `五、加强财政资金管理（15分）自评${grp(["fund.system", "fund.ledger", "fund.spending"])}分`, 0);
  B(2, "13.制度建立（5分）自评5分", 0);
  B(3, "《鼎湖区电子商务进农村综合示范专项资金管理办法》");
  B(2, "14.资金台账（5分）自评4分", 0);
  B(3, "各承建单位资金专用台账");
  B(2, "15.资金支出（5分）自评4分", 0);
  B(3, "省级下达专项资金500万元（粤财工〔2019〕×××号）");
  B(3, "截至2021年9月10日累计拨付372.60万元，支出率74.5%");
  B(1, `六、加分项 自评${claimed["bonus.poorTraining"] + claimed["bonus.tvCase"]}分`, 0);
  B(2, "贫困人口培训率70%及以上（自评0分）", 0);
  B(2, "电商扶贫典型案例获国家级电视媒体播报（自评2分）");
  B(1, "七、一票否决项", 0);
  B(2, "未发生安全生产、质量事故或重大经济损失（承诺书）");
  B(2, "项目总体进度90%（进度表）");
  B(2, "无弄虚作假情况（承诺书）");
  B(1, "附件：台账目录", 1);
  for (const r of bk) assert(r.length === W, "c1 bookmark width");
  assert(grp(["work.center", "work.coverage", "work.upward", "work.training"]) === 54, "c1 claimed 二 = 54");

  // ---------------- points
  const opened = "2021-03-08";
  const centerPts = (openedBy(opened, CUT) ? 2 : 0) + (opened <= "2021-02-28" ? 2 : 0) + 2 + 1 + 1 + 1 + 1 + 2 + (inParkCodes.size >= 20 ? 2 : 0) + (typesIn.size >= 3 ? 1 : 0);
  const covPts = (ratioGE(covSet.size, covBase, 70) ? 5 : ratioGE(covSet.size, covBase, 50) ? 2 : 0) + (covPoor.length === poor.length ? 5 : ratioGE(covPoor.length, poor.length, 80) ? 3 : 0);
  const trainPts = (ratioGE(ptCut, BASE, 1) ? 10 : ratioGE(ptCut, BASE, 0.8) ? 8 : ratioGE(ptCut, BASE, 0.6) ? 6 : 0)
    + (ratioGE(trainedCut.size, 24, 50) ? 10 : ratioGE(trainedCut.size, 24, 40) ? 8 : ratioGE(trainedCut.size, 24, 30) ? 6 : 0);
  const r19 = 362000000, r20 = 451000000, a19 = 86000000, a20 = 109000000;
  const growthOk = (r20 - r19) * 100 >= 30 * r19 || (a20 - a19) * 100 >= 30 * a19;
  assert(!growthOk, "c1 growth < 30% both");
  const upPts = 2 + 1 + 1 + 1 + 1 + (growthOk ? 2 : 0);
  assert(centerPts === 11 && covPts === 7 && trainPts === 18 && upPts === 6, "c1 center/cov/train/up " + [centerPts, covPts, trainPts, upPts]);
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 4, "work.center": centerPts, "work.coverage": covPts,
    "work.upward": upPts, "work.training": trainPts, "info.disclosure": 2 + (disMonths === 12 ? 2 : disMonths > 0 ? 1 : 0),
    "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 3 + 1, "fund.system": 5, "fund.ledger": 4,
    "fund.spending": ratioGE(spent, ALLOC, 70) ? 4 : -5,
    "bonus.poorTraining": ratioGE(trainedCut.size, 24, 70) ? 2 : 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 75 && bonus === 1, "c1 total " + scored + "+" + bonus);
  const late = lateF.n;
  const derivation = [
    "org.leadership: 书签“鼎府办〔2020〕18号…（区长任组长）”，四级书签成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局 → 主要领导牵头且四部门都在 → 2",
    "org.plan: “鼎府办〔2020〕26号…工作方案（已正式印发）”，二级书签“2.方案制定（2分）自评2分” → 2",
    "org.policy: 扶持办法已出台，“自评2分” → 2",
    "org.management: 三级书签“项目管理制度及验收记录（自评2分）”“工作台账（自评2分）” → 2＋2 = 4",
    `work.center: 5-1“2020年12月18日试运营，2021年3月8日正式投入运营” → 按正式运营日2021-03-08：截止日前建成 2；2021-03-08 晚于2021-02-28，运行不满6个月 → 0（按试运营日算就错了）；5-2—5-6 免费培训、展示展销、摄影美工、品牌推广、衍生服务 → 2+1+1+1+1；5-7 产业园 → 2；《产业园入驻企业》截至8月31日在园的行有20行，但“${firms[0].n}”（已更名）和“${renamed.n}”是同一统一社会信用代码，同一家企业 → 19家 < 20 → 0（“${leftF.n}”6月30日退园、“${late}”2021.9.6入驻不算）；类型有销售型、平台型、电商运营商、物流企业等 → 1；合计11（自评15）`,
    `work.coverage: 《村居名单》村民委员会55个（社区居民委员会15个不算）；《站点清单》“一、已建成运营站点”中建成运营时间 ≤ 2021-08-31 的行政村38个（同村“（二）”站只算一次；社区站不算；“${vSept}”2021.9.2建成不算）；“二、在建站点”3个是计划2021年10月建成，不是站点 → 38/55 = ${pct1(38, 55)} < 70% → 2（书签“已建站行政村39个、70.9%”把9月那个站也算进去了）；省定相对贫困村（★）4个都有站（“${poorMonth}”“2021年8月”只到月，算截止日前） → 4/4 = 100% → 5；合计7（自评10）`,
    "work.upward: 调研2、促销1、交易标准及溯源1（书签里的自评分）；第三方运营服务商 → 1；《村居名单》快递进村全部✓ → 1；农村网零3.62→4.51亿元增长24.6%，农产品网零0.86→1.09亿元增长26.7%，都不到30% → 0；合计6（自评9）",
    `work.training: 常住人口17.52万（户籍16.38万不用） → 基数175,200；《培训台账》第1—12期（第7期“2021.4.12-14”按结束日4月14日）合计${fmtInt(ptCut)}人次，第13期2021.9.3补训220人次不算、合计行不另加 → 1,740/175,200 = ${pct2(1740, 175200)} < 1% → 8（“约占常住人口1%”是四舍五入）；《建档立卡贫困人口名单》有劳动能力（有／弱劳动能力）且不外出务工的24人；《参训名单》截止日前身份证号对得上的12人（一人末位小写x读作X；一人参训两次算一次；一人身份证号脱敏对不上；一人只参加9月3日第13期；外出务工的一人不在24人内） → 12/24 = 50% → 10；合计18（自评20）`,
    "info.disclosure: 专栏有创建方案、项目基本信息、建设进度、监督举报窗口 → 2；《专栏更新》2020年9月—2021年8月除2021年2月外每月都有，缺一个月 → 不定时 1；合计3（自评4）",
    "info.reporting: 《月报报送》2020年9月—2021年8月每月都有报送日期 → 3；月报附电商扶贫统计（书签及台账“是”） → 3；合计6",
    "promo.cases: 2021年6月25日向肇庆市商务局报送经验材料 → 2",
    "promo.media: 截止日前有南方+客户端、广东广播电视台（省级） → 4；肇庆日报（市级） → 3；“鼎湖发布”（区级） → 1；合计8（中央台那条在9月15日，不影响）",
    "fund.system: 书签“13.制度建立（5分）自评5分”，资金管理办法已制定 → 5",
    "fund.ledger: “14.资金台账（5分）自评4分”，承建单位专用台账 → 4",
    `fund.spending: 《资金台账》按合同分行，读“支付金额”（合同金额不是支付）：截止日前11笔合计${fmtMoney(spent)}元；9月8日第三笔240,000元不算；合计行3,726,000元含9月 → 3,486,000/5,000,000 = 69.72% < 70% → 倒扣5分（书签“截至2021年9月10日累计拨付372.60万元、74.5%”用的是9月10日的数，自评4分） → −5`,
    "bonus.poorTraining: 12/24 = 50% < 70% → 0",
    "bonus.tvCase: 截止日前广东广播电视台珠江频道（省级电视）播报电商扶贫典型案例 → 1；中央广播电视总台CCTV-17那条是2021年9月15日，在截止日后，不能得国家级2分 → 1（自评2）",
    "veto.incident: 书签“未发生安全生产、质量事故或重大经济损失” → 不否决",
    "veto.progress: 项目总体进度90% ≥ 40% → 不否决",
    "veto.fraud: “无弄虚作假情况” → 不否决",
  ];
  return {
    description:
      "肇庆市鼎湖区商务局整本考评工作簿（12个表：佐证材料书签＋11个台账），75＋加分1＝76分、未否决（书签里自评97＋2）：事实表是《佐证材料汇编》PDF的书签导出——序号｜一级书签｜二级书签｜三级书签｜四级书签｜页码，书签层级就是所在列，事实和“自评×分”都写在书签标题里（常住人口17.52万、户籍16.38万不用、区长任组长、成员单位在四级书签、中心“2020年12月18日试运营，2021年3月8日正式投入运营”、累计拨付是“截至2021年9月10日”的372.60万元）。台账：村居名单（★省定贫困村、✓快递）、站点清单下面另有“二、在建站点”表（不是站点），9月2日一站，站点使行政村38/55＝69.1%；培训按期次人次，1,740/175,200＝0.99%；脱贫人口名单和参训名单（小写x、脱敏、重复、9月）12/24；产业园同一信用代码的更名企业占两行（19家）；资金按合同分行、支付分笔，9月8日一笔不算 → 69.72%倒扣5分；专栏缺2月；央视报道在9月。",
    sheets: [
      { name: "佐证材料书签", rows: bk, merges: bm },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点清单", rows: sRows, merges: sMerges },
      { name: "培训台账", rows: tRows, merges: tMerges },
      { name: "脱贫人口参训名单", rows: trRows, merges: ["A1:G1"] },
      { name: "建档立卡贫困人口", rows: pRows, merges: pMerges },
      { name: "产业园入驻企业", rows: eRows, merges: ["A1:G1", `A${eRows.length}:G${eRows.length}`] },
      { name: "资金台账", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: rRows, merges: ["A1:F1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:E1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:E1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 广州市番禺区: Power Query “逆透视其他列”生成的长表（项目 × 属性：值／单位／口径说明／自评分）
// =====================================================================================================
function buildF1() {
  // [分组, 项目, 值, 单位, 口径说明, 自评分] — null attributes are dropped by the unpivot
  const ITEMS = [
    ["基本情况", "县（市、区）", "番禺区", null, null, null],
    ["基本情况", "常住人口", 265.88, "万人", "第七次全国人口普查", null],
    ["基本情况", "户籍人口", 106.21, "万人", "区公安分局，不作考评基数", null],
    ["基本情况", "行政村", 177, "个", "不含社区居委会", null],
    ["基本情况", "社区居委会", 98, "个", null, null],
    ["基本情况", "省定贫困村", 0, "个", "广州市无省定贫困村", null],
    ["基本情况", "考评截止日期", "2021/8/31 0:00:00", null, null, null],
    ["组织领导", "领导小组组长", "区委副书记、区长", null, "番府办〔2020〕11号", null],
    ["组织领导", "成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区邮政管理局、区市场监管局", null, null, null],
    ["组织领导", "示范创建工作方案", "已正式印发", null, "番府办〔2020〕27号", 2],
    ["组织领导", "农村电商扶持政策", "已出台", null, "《番禺区促进农村电子商务发展若干措施》", 2],
    ["组织领导", "项目管理制度", "已建立", null, null, 2],
    ["组织领导", "工作台账", "已建立", null, "2020年部分月份记录不全", 1],
    ["公共服务中心", "投入运营日期", "2020/11/18 0:00:00", null, "2020年9月起试运营", null],
    ["公共服务中心", "免费培训场所及设备", "是", null, null, null],
    ["公共服务中心", "免费展示、销售服务", "是", null, null, null],
    ["公共服务中心", "免费摄影、美工服务", "否", null, "摄影棚按小时收费", null],
    ["公共服务中心", "农产品统一推广、品牌建设指导", "是", null, null, null],
    ["公共服务中心", "其他衍生增值服务", "是", null, "直播基地、金融对接", null],
    ["公共服务中心", "电商产业园", "是", null, "整合优化番禺电商产业园", null],
    ["农村产品上行", "网销调研及建议", "已完成", null, null, 2],
    ["农村产品上行", "网络促销活动", "成效明显", null, null, 2],
    ["农村产品上行", "专业第三方运营服务商", "有", null, null, null],
    ["农村产品上行", "行政村快递覆盖率", 1, "%", "单元格为百分比格式，1即100%", null],
    ["农村产品上行", "交易标准及冷链溯源系统", "冷链在建", null, null, null],
    ["农村产品上行", "2019年农村网络零售额", 412500, "万元", "省商务厅平台数据", null],
    ["农村产品上行", "2020年农村网络零售额", 503700, "万元", "省商务厅平台数据", null],
    ["农村产品上行", "2020年农产品网络零售额同比增速", 0.318, "%", "单元格为百分比格式，0.318即31.8%", null],
    ["电商培训", "培训人次", 5326, "人次", "截至考评截止日期", null],
    ["电商培训", "有劳动能力的建档立卡贫困人口（不含外出务工）", 186, "人", "区乡村振兴局确认", null],
    ["电商培训", "参训建档立卡贫困人口", 104, "人", "按身份证号去重", null],
    ["信息公开及报送", "专栏公示创建方案", "是", null, null, null],
    ["信息公开及报送", "专栏公示项目基本信息", "是", null, null, null],
    ["信息公开及报送", "专栏公示项目建设进度", "是", null, "每月更新", null],
    ["信息公开及报送", "专栏征求意见或监督举报窗口", "否", null, "计划9月增设", null],
    ["信息公开及报送", "统计电商扶贫情况", "能统计", null, null, null],
    ["资金管理", "省级下达资金", 500, "万元", null, null],
    ["资金管理", "累计拨付资金", 4126300, "元", "截至2021年8月31日，国库支付口径", null],
    ["资金管理", "资金管理制度", "已制定", null, null, 5],
    ["资金管理", "资金专用台账", "已建立", null, null, 4],
    ["资金管理", "资金及时拨付", "按进度拨付", null, null, 4],
    ["资金管理", "项目总体进度", 0.93, "%", "单元格为百分比格式，0.93即93%", null],
    ["一票否决", "安全生产、质量事故或重大损失", "无", null, null, null],
    ["一票否决", "弄虚作假", "无", null, null, null],
  ];
  const CLAIM = [["组织领导", "org.leadership", 2], ["方案制定", "org.plan", 2], ["政策支持", "org.policy", 2], ["项目管理", "org.management", 3],
    ["服务体系建设（县级中心与产业园）", "work.center", 14], ["服务体系建设（村级站点覆盖）", "work.coverage", 10], ["农村产品上行", "work.upward", 8],
    ["电商人才培训", "work.training", 20], ["信息公开", "info.disclosure", 2], ["数据上报", "info.reporting", 6], ["案例总结", "promo.cases", 2],
    ["经验推广", "promo.media", 8], ["制度建立", "fund.system", 5], ["资金台账", "fund.ledger", 4], ["资金支出", "fund.spending", 4],
    ["加分项：贫困人口培训率70%及以上", "bonus.poorTraining", 0], ["加分项：电商扶贫典型案例电视播报", "bonus.tvCase", 0]];
  const ATTR = ["值", "单位", "口径说明", "自评分"];
  const rows = [["番禺区电子商务进农村综合示范考评数据（导入格式）"],
    ["说明：本表由《考评数据填报表》经 Power Query“逆透视其他列”生成，用于导入广州市商务局数据平台；一行为“项目×属性”（属性：值、单位、口径说明、自评分），空白属性已自动删除。百分比项导出的是单元格原值。"],
    ["序号", "分组", "项目", "属性", "值"]];
  let n = 0;
  for (const it of ITEMS) {
    it.slice(2).forEach((v, k) => {
      if (v === null) return;
      n++;
      rows.push([n, it[0], it[1], ATTR[k], v]);
    });
  }
  const claimed = {};
  for (const [label, id, p] of CLAIM) {
    n++;
    rows.push([n, "逐项自评得分", label, "自评分", p]);
    claimed[id] = p;
  }
  rows.push(["填报单位：广州市番禺区商务局　　经办人：梁××　　导出时间：2021/9/3 10:26"]);
  const merges = ["A1:E1", "A2:E2", `A${rows.length}:E${rows.length}`];
  for (const r of rows) padRow(r, 5);
  // the claimed organisation group must agree with its judged parts
  assert(claimed["org.management"] === 2 + 1 && claimed["org.plan"] === 2, "f1 claimed vs judged");
  return {
    description:
      "广州番禺区商务局交的《考评数据（导入格式）》：填报表经 Power Query“逆透视其他列”变成长表——序号｜分组｜项目｜属性｜值，一个项目拆成几行（属性“值”“单位”“口径说明”“自评分”），空白属性行被删掉，所以有的项目只有“值”一行。读法：值要和同项目的“单位”行配起来（常住人口265.88＋“万人”、下达资金500＋“万元”、累计拨付4126300＋“元”、网零412500＋“万元”）；日期是Power Query转成文本的“2020/11/18 0:00:00”；百分比格式导出的是原值（快递覆盖率1＝100%、增速0.318＝31.8%、进度0.93＝93%，口径说明里写明）；户籍人口106.21万不是输入；省定贫困村0；组长区委副书记、区长，成员单位四个都有；免费摄影美工“否”；专栏监督举报窗口“否”；属性“自评分”在方案、政策、管理、调研、促销、资金三项上是主观分（交易标准没有自评分行），最后一组“逐项自评得分”是各指标自评分。",
    sheets: [{ name: "考评数据（长表）", rows, merges }],
    expect: {
      facts: {
        county: "番禺区", asOf: "2021-08-31", residentPopulation: 2658800, adminVillagesStated: 177, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 4125000000, ruralRetail2020: 5037000000, agriRetailGrowthStated: 0.318,
        trainingPersonTimesStated: 5326, eligiblePoorPersonsStated: 186, trainedPoorPersonsStated: 104,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4126300, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.93,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 2, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f2 — 珠海市金湾区: 《金湾区农村电子商务发展报告（2021）》节选（白皮书正文段落＋附表）
// =====================================================================================================
function buildF2() {
  const W = 7;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:G${rows.length}`);
  };
  const tr = (cells) => rows.push(padRow(cells.slice(), W));
  full("金湾区农村电子商务发展报告（2021）");
  full("（节选：第一章、附表1—附表3，作考评佐证）");
  full("编制：珠海市金湾区商务局　珠海市××电子商务研究院　　　2021年9月");
  tr([]);
  full("第一章　发展概况");
  full("一、区情。金湾区位于珠海市西部，辖三灶镇、红旗镇、平沙镇、南水镇4个镇。根据第七次全国人口普查，全区常住人口29.83万人（户籍人口18.26万人）；共有行政村24个、社区居委会41个，无省定贫困村。");
  full("二、组织推进。2019年12月金湾区获批省级电子商务进农村综合示范县（区）创建单位。区政府成立由区委常委、副区长任组长，区商务局、区财政局、区农业农村局（区乡村振兴局）、区交通运输局、区市场监管局、区邮政管理局为成员单位的创建工作领导小组。2020年4月，区政府办公室正式印发《金湾区电子商务进农村综合示范创建工作方案》；同年出台《金湾区支持农村电子商务发展的若干措施》，在场地、人才、物流补贴等方面给予支持。");
  full("三、服务体系。区电子商务公共服务中心位于三灶镇，2020年10月投入试运营、2021年1月12日正式运营，由公开招标引入的专业第三方电子商务运营服务商运营，免费提供电商培训场地和设备、农特产品展示展销、产品拍摄和美工设计服务，组织“金湾好物”统一推广、指导特色农产品品牌建设，并提供品牌注册咨询、金融对接、直播场地等衍生服务。金湾区电商产业园由红旗镇闲置厂房改造整合而成。全区24个行政村均已实现快递服务通达（覆盖率100%）。");
  full("四、信息公开与资金管理。区政府门户网站设立“电子商务进农村综合示范”专栏，公开创建方案和项目基本信息，按月更新建设进度，并公布监督举报电话；每月向珠海市商务局报送工作进展，附报电商扶贫统计情况。区财政局、区商务局联合制定《金湾区电子商务进农村综合示范专项资金管理办法》，各承建单位均设立资金专用台账。");
  tr([]);
  full("附表1　金湾区电子商务进农村主要指标（数据截至2021年8月31日）");
  tr(["指标", "单位", "2019年", "2020年", "2021年1—8月", "截至2021年8月31日累计", "备注"]);
  const r19 = 21.36, r20 = 27.94, a19 = 3.12, a20 = 3.96;
  tr(["农村网络零售额", "亿元", r19, r20, 19.87, "—", "2020年同比增长30.8%"]);
  tr(["农产品网络零售额", "亿元", a19, a20, 2.71, "—", "2020年同比增长26.9%"]);
  const t20 = 1836, t21 = 1472;
  tr(["电商培训人次", "人次", "—", fmtInt(t20), fmtInt(t21), fmtInt(t20 + t21), "线上线下合计"]);
  tr(["村级电商服务站点", "个", "—", 15, 4, 19, "行政村覆盖79.2%"]);
  const p20 = 1986000, p21 = 1673500;
  tr(["省级专项资金下达", "万元", 500, "—", "—", 500, "2019年12月下达"]);
  tr(["专项资金拨付", "万元", "—", wan(p20), wan(p21), wan(p20 + p21), "国库支付口径"]);
  tr(["项目总体进度", "%", "—", "—", "—", 88, "按合同计"]);
  full("注：2021年1—8月为快报数；增速按当年价格计算。资料来源：区统计局、区商务局、区财政局，省商务厅电子商务公共服务平台。");
  assert(Math.round(((r20 - r19) / r19) * 1000) === 308 && Math.round(((a20 - a19) / a19) * 1000) === 269, "f2 growth notes");
  tr([]);
  full("附表2　省级电子商务进农村综合示范考评指标自评情况");
  tr(["工作任务", "评价指标", "分值", "自评得分", "得分率", "说明", null]);
  const SC = [
    ["加强组织领导与统筹协调", "组织领导", 2, 1, "区委常委、副区长任组长", "org.leadership"],
    [null, "方案制定", 2, 2, "方案已正式印发（自评2分）", "org.plan"],
    [null, "政策支持", 2, 2, "出台若干措施并落实（自评2分）", "org.policy"],
    [null, "项目管理", 4, 4, "项目管理制度2分、工作台账2分", "org.management"],
    ["深入推动电子商务进农村工作", "服务体系建设（县级中心与产业园）", 15, 13, "产业园入驻企业不足20家", "work.center"],
    [null, "服务体系建设（村级站点覆盖）", 10, 10, "无省定贫困村", "work.coverage"],
    [null, "农村产品上行", 10, 8, "网销调研2分、促销活动1分、交易标准及溯源1分；第三方运营、快递全覆盖；网零增速30.8%", "work.upward"],
    [null, "电商人才培训", 20, 10, "培训人次达常住人口1.1%", "work.training"],
    ["加强信息公开及报送", "信息公开", 4, 4, null, "info.disclosure"],
    [null, "数据上报", 6, 6, null, "info.reporting"],
    ["加强宣传推广", "案例总结", 2, 2, null, "promo.cases"],
    [null, "经验推广", 8, 7, "省级、市级媒体报道", "promo.media"],
    ["加强财政资金管理", "制度建立", 5, 4, "资金管理制度（自评4分）", "fund.system"],
    [null, "资金台账", 5, 4, "资金专用台账（自评4分）", "fund.ledger"],
    [null, "资金支出", 5, 4, "支出率73.2%，及时拨付（自评4分）", "fund.spending"],
    ["加分项", "贫困人口培训率70%及以上", 2, 0, null, "bonus.poorTraining"],
    [null, "电商扶贫典型案例电视播报", 2, 0, null, "bonus.tvCase"],
  ];
  const claimed = {};
  const r0 = rows.length + 1;
  SC.forEach(([g, n, w, p, note, id]) => {
    tr([g, n, w, p, `${Math.round((p / w) * 100)}%`, note, null]);
    merges.push(`F${rows.length}:G${rows.length}`);
    claimed[id] = p;
  });
  // group merges in column A
  const starts = SC.map((s, i) => (s[0] ? i : -1)).filter((i) => i >= 0).concat([SC.length]);
  for (let k = 0; k + 1 < starts.length; k++) mergeCol(merges, "A", r0 + starts[k], r0 + starts[k + 1] - 1);
  const scoredClaim = sum(SCORED.map(([id]) => claimed[id]));
  tr(["合计", null, 100, scoredClaim, `${scoredClaim}%`, "加分项0分", null]);
  merges.push(`A${rows.length}:B${rows.length}`, `F${rows.length}:G${rows.length}`);
  tr([]);
  full("附表3　一票否决事项自查");
  tr(["事项", null, "自查结果", null, "说明", null, null]);
  merges.push(`A${rows.length}:B${rows.length}`, `C${rows.length}:D${rows.length}`, `E${rows.length}:G${rows.length}`);
  for (const [a, b, c] of [["发生安全生产、质量事故，或造成重大经济损失和社会不良影响", "无", null], ["项目建设进度严重滞后，总体进度不足40%", "否", "总体进度88%"], ["弄虚作假", "无", null]]) {
    tr([a, null, b, null, c, null, null]);
    merges.push(`A${rows.length}:B${rows.length}`, `C${rows.length}:D${rows.length}`, `E${rows.length}:G${rows.length}`);
  }
  assert(rows.every((r) => r.length === W), "f2 width");
  assert(scoredClaim === 81, "f2 claimed 81 " + scoredClaim);
  return {
    description:
      "珠海金湾区商务局把《金湾区农村电子商务发展报告（2021）》（区商务局与研究院编的白皮书）节选贴进Excel当事实表：第一章四段正文一段一行（A:G合并），事实都在句子里；附表1主要指标按年份分列（指标｜单位｜2019年｜2020年｜2021年1—8月｜截至2021年8月31日累计｜备注，千分位文本、“—”），附表2是逐项自评（工作任务纵向合并｜评价指标｜分值｜自评得分｜得分率｜说明，主观分写在说明里），附表3一票否决自查。读法：常住人口29.83万（户籍18.26万不是）；行政村24、无省定贫困村；组长区委常委、副区长 → 分管领导；“区农业农村局（区乡村振兴局）”一家两块牌子，四部门都在；中心2020年10月试运营、2021年1月12日正式运营；网零读2019、2020年两列（亿元），备注里的增速30.8%也是所写的事实；培训人次读累计3,308（不是2020年或1—8月）；资金下达500万元、累计拨付读累计365.95万元（1—8月167.35万元不是）；总体进度88%；没有写建档立卡贫困人口数；得分率、站点数和覆盖率不是输入。",
    sheets: [{ name: "发展报告节选", rows, merges }],
    expect: {
      facts: {
        county: "金湾区", asOf: "2021-08-31", residentPopulation: 298300, adminVillagesStated: 24, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2021-01-12", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 2136000000, ruralRetail2020: 2794000000, agriRetail2019: 312000000, agriRetail2020: 396000000,
        ruralRetailGrowthStated: 0.308, agriRetailGrowthStated: 0.269,
        trainingPersonTimesStated: t20 + t21,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: p20 + p21, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "deputy",
      claimed,
    },
  };
}

// =====================================================================================================
// f3 — 揭阳市榕城区: WPS表单“考评基础数据征集”数据汇总（各成员单位各提交一行，多选用“┋”连接）
// =====================================================================================================
function buildF3() {
  const F = [
    ["pop", "1.常住人口（万人）"], ["vil", "2.行政村数（个）"], ["com", "3.社区居委会数（个）"], ["poorv", "4.省定贫困村数（个）"],
    ["lead", "5.领导小组组长"], ["deps", "6.领导小组成员单位（多选）"], ["plan", "7.示范创建工作方案"], ["policy", "8.农村电商扶持政策"],
    ["open", "9.县级公共服务中心投入运营日期"], ["serv", "10.中心免费服务功能（多选）"], ["park", "11.电商产业园"], ["third", "12.专业第三方运营服务商"],
    ["exp", "13.行政村快递覆盖率（%）"], ["r19", "14.2019年农村网络零售额（万元）"], ["r20", "15.2020年农村网络零售额（万元）"], ["pt", "16.培训人次"],
    ["elig", "17.有劳动能力的建档立卡贫困人口（不含外出务工）（人）"], ["trn", "18.参加电商培训的建档立卡贫困人口（人）"], ["disc", "19.专栏公示内容（多选）"],
    ["povst", "20.能否统计电商扶贫情况"], ["alloc", "21.省级下达资金（万元）"], ["spent", "22.累计拨付资金（万元）"], ["fsys", "23.资金管理制度"],
    ["fled", "24.资金专用台账"], ["prog", "25.项目总体进度（%）"], ["inc", "26.安全生产、质量事故或重大损失"], ["fraud", "27.弄虚作假"],
    ["j_plan", "28.自评分：方案制定（1-2分）"], ["j_policy", "29.自评分：政策支持（1-2分）"], ["j_msys", "30.自评分：项目管理制度（1-2分）"],
    ["j_mled", "31.自评分：工作台账（1-2分）"], ["j_res", "32.自评分：网销调研（1-2分）"], ["j_promo", "33.自评分：网络促销（1-2分）"],
    ["j_std", "34.自评分：交易标准与冷链溯源（1-2分）"], ["j_fsys", "35.自评分：资金管理制度（1-5分）"], ["j_fled", "36.自评分：资金台账（1-5分）"],
    ["j_fspd", "37.自评分：资金及时拨付（1-5分）"],
  ];
  const keys = F.map((f) => f[0]);
  const SUBS = [
    ["2021-08-27 17:03:41", "电商股（测试）", "测试", { pop: "1", vil: "1", plan: "已正式印发", lead: "测试" }, "测试提交，已作废"],
    ["2021-08-30 09:12:44", "黄××", "区统计局", { pop: "97.92", r19: "186420", r20: "238150" }, null],
    ["2021-08-30 10:05:19", "陈××", "区民政局", { vil: "91", com: "64" }, null],
    ["2021-08-30 15:40:02", "林××", "区乡村振兴局", { poorv: "5", elig: "612", trn: "335", povst: "能" }, null],
    ["2021-08-31 09:30:55", "吴××", "区财政局", { alloc: "500", spent: "386.42", fsys: "已制定", fled: "已建立" }, null],
    ["2021-08-31 11:02:37", "郑××", "区邮政管理局", { exp: "100" }, null],
    ["2021-09-01 16:20:08", "黄××", "区统计局", { pop: "96.79", r19: "186420", r20: "238150" }, "更正：常住人口按第七次全国人口普查数（8月30日填的是2019年末年报数）"],
    ["2021-09-02 10:48:26", "蔡××", "区商务局", {
      lead: "区委副书记、区长", deps: "区商务局┋区财政局┋区农业农村局┋区乡村振兴局┋区交通运输局┋区市场监督管理局", plan: "已正式印发", policy: "已出台",
      open: "2020-12-18", serv: "免费培训场所及设备┋免费展示销售┋农产品统一推广及品牌建设┋其他衍生增值服务", park: "整合、优化现有园区", third: "有",
      pt: "9865", disc: "创建方案┋项目基本信息┋项目建设进度", prog: "90", inc: "无", fraud: "无",
      j_plan: "2", j_policy: "2", j_msys: "2", j_mled: "2", j_res: "1", j_promo: "2", j_fsys: "4", j_fled: "4", j_fspd: "4",
    }, "交易标准与冷链溯源未自评（标准尚未出台）"],
  ];
  const W = 4 + F.length + 1;
  const rows = [["榕城区电子商务进农村综合示范考评基础数据征集（WPS表单）——数据汇总"],
    ["导出时间：2021-09-07 16:20:11　　共8份提交　　说明：数据截至2021年8月31日；各成员单位只填本单位负责的题目；同一单位多次提交的，以最后一次提交为准；“测试”行不是数据（区商务局电商股注）"],
    ["序号", "提交时间", "提交者", "填报单位"].concat(F.map((f) => f[1]), ["备注（电商股）"])];
  SUBS.forEach(([t, who, dep, vals, note], j) => {
    const r = [j + 1, t, who, dep].concat(keys.map((k) => (k in vals ? vals[k] : null)), [note]);
    rows.push(r);
  });
  const last = colName(W - 1);
  const merges = [`A1:${last}1`, `A2:${last}2`];
  for (const r of rows) padRow(r, W);
  assert(rows.every((r) => r.length === W), "f3 width");
  // the later 统计局 row wins
  const stats = SUBS.filter((s) => s[2] === "区统计局");
  assert(stats.length === 2 && stats[1][0] > stats[0][0] && stats[1][3].pop === "96.79", "f3 resubmission");
  return {
    description:
      "揭阳榕城区商务局交的WPS表单《考评基础数据征集》“数据汇总”导出：一次提交一行（序号｜提交时间｜提交者｜填报单位｜37道题各一列｜电商股备注），各成员单位只答自己那几题、其余格空着，多选题用“┋”连成一格，主观项自评分也是一题一列。读法：把几个单位的行拼起来；第1行“测试”提交（备注已作废）不读；区统计局提交了两次，以9月1日那次为准（常住人口96.79万，8月30日的97.92万是2019年末年报数）；组长区委副书记、区长，成员单位多选里商务、财政、农业农村、乡村振兴都有；中心免费服务多选没勾“免费摄影美工” → 否；产业园“整合、优化现有园区” → 有；快递覆盖率100；网零（万元）186420、238150；专栏公示多选没勾监督举报窗口 → 否；资金（万元）500、386.42；进度90%；交易标准与冷链溯源没有自评分。",
    sheets: [{ name: "数据汇总", rows, merges }],
    expect: {
      facts: {
        county: "榕城区", asOf: "2021-08-31", residentPopulation: 967900, adminVillagesStated: 91, poorVillagesStated: 5,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1864200000, ruralRetail2020: 2381500000,
        trainingPersonTimesStated: 9865, eligiblePoorPersonsStated: 612, trainedPoorPersonsStated: 335,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3864200, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// l1 — 广州市南沙区: 使用说明、村居名单、站点（签约／挂牌运营）、培训（观看人次／实名签到）、园区企业（注册号、曾用名）、
//      信息报送（只有经验材料、典型案例是材料）、中心访客登记（不是台账）
// =====================================================================================================
function buildL1() {
  const CUT = "2021-08-31";
  const REGION = "440115";
  const TOWNS = [["万顷沙镇", 7, 2], ["横沥镇", 6, 1], ["黄阁镇", 5, 2], ["东涌镇", 8, 2], ["大岗镇", 7, 1], ["榄核镇", 6, 1]];
  const prefixes = ["万顷", "横沥", "黄阁", "东涌", "大岗", "榄核", "南沙"];
  const vName = nameMaker("大小新东西南北沙鱼庆石潭官灵", ["稳", "涌", "围", "窝", "沙", "基", "洲", "滘", "岗", "塘", "坑", "湾"], "村", prefixes);
  const cName = nameMaker("锦金海富", ["华", "湾", "港", "丰", "明"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "l1");
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const noExp = towns[0].vs[6];

  // ---------------- 村居名单
  const vRows = [["南沙区村（居）委会名单"], ["说明：广州市无省定贫困村，“是否省定贫困村”栏村委会均填“否”、居委会填“—”；“对应经济联合社”是村集体经济组织，不是另一个村。"],
    ["序号", "镇（街）", "村（居）委会", "类型", "对应经济联合社", "是否省定贫困村", "快递通达", "备注"]];
  const vMerges = ["A1:H1", "A2:H2"];
  const vRecs = [];
  let sq = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    for (const v of x.vs) {
      sq++;
      const nm = sq % 3 === 0 ? `${short(v)}村委会` : v;
      const ex = v !== noExp;
      vRows.push([sq, vRows.length + 1 === r0 ? x.t : null, nm, "村委会", `${short(v)}股份合作经济联合社`, "否", ex ? "已通达" : "未通达", ex ? null : "海岛片区，邮件由镇邮政所代收"]);
      vRecs.push({ name: nm, admin: true, poor: false, express: ex });
    }
    for (const c of x.cs) {
      sq++;
      const nm = `${short(c)}社区居委会`;
      vRows.push([sq, null, nm, "居委会", "—", "—", "已通达", null]);
      vRecs.push({ name: nm, admin: false, poor: null, express: true });
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push([`合计：村委会${admin.length}个，居委会${comms.length}个。`]);
  vMerges.push(`A${vRows.length}:H${vRows.length}`);
  for (const r of vRows) padRow(r, 8);

  // ---------------- 站点 (签约时间 vs 挂牌运营时间)
  const stV = shuffle(admin).slice(0, 18).concat([towns[3].cs[0]]);
  const ST = stV.map((v) => ({ v, op: randIsoBetween("2020-08-01", "2021-08-25") }));
  ST[2].op = "2021-01";
  ST[5].op = "2021-09-06";
  ST.sort((a, b) => TOWNS.findIndex((t) => t[0] === townOf[a.v]) - TOWNS.findIndex((t) => t[0] === townOf[b.v]) || cmp(a.op, b.op));
  const sRows = [["南沙区村级电子商务服务站点台账"], ["说明：“签约时间”为与运营主体签订建站协议的日期；站点以“挂牌运营时间”起算。"],
    ["序号", "站点编号", "站点名称", "镇（街）", "所在村（居）", "签约时间", "挂牌运营时间", "运营主体", "备注"]];
  const sRecs = [];
  ST.forEach((s, j) => {
    const isC = s.v.endsWith("社区");
    const sign = isoAdd(s.op.length === 7 ? s.op + "-01" : s.op, -rint(20, 75));
    let oc;
    if (s.op === "2021-01") oc = "2021年1月";
    else if (s.op === "2021-09-06") oc = "2021.9.6";
    else oc = [D(s.op), excelSerial(s.op), twoDot(s.op), cnDate(s.op), slashDate(s.op)][j % 5];
    const vc = isC ? `${short(s.v)}社区居委会` : j % 2 ? s.v : `${short(s.v)}村委会`;
    sRows.push([j + 1, `NS-ZD-${pad3(j + 1)}`, `南沙区${short(s.v)}${isC ? "社区" : "村"}电商服务站`, townOf[s.v], vc, dateCell(sign, j + 3), oc,
      ["中国邮政集团有限公司广州市南沙区分公司", "广州市南沙区农e购电子商务有限公司"][j % 2], s.op > CUT ? "9月挂牌" : isC ? "设在社区党群服务中心" : null]);
    sRecs.push({ village: vc, opened: s.op });
  });
  for (const r of sRows) padRow(r, 9);

  // ---------------- 培训 (观看人次 vs 实名签到人次)
  const SES = [
    ["2020-10-15", null, "农村电商基础知识", "线下", null, 86], ["2020-11-19", null, "直播带货入门（“南沙电商学堂”直播）", "线上", 5230, 312],
    ["2020-12-17", null, "网店运营实务", "线下", null, 74], ["2021-01-14", null, "农产品短视频拍摄", "线上", 8120, 405],
    ["2021-03-09", "2021-03-10", "农村电商带头人培训班", "线下", null, 58], ["2021-04-22", null, "跨境电商与外贸新业态", "线上＋线下", 3560, 226],
    ["2021-05-27", null, "社群营销与私域流量", "线上", 6045, 287], ["2021-06-24", null, "农产品品牌与包装", "线下", null, 92],
    ["2021-07-22", null, "电商客服与售后", "线上", 4310, 198], ["2021-08-26", null, "直播电商进阶", "线上＋线下", 7780, 341],
    ["2021-09-07", null, "电商政策解读（迎检）", "线下", null, 110]];
  const tRows = [["南沙区农村电商培训台账"], ["说明：培训人次按实名签到人次计；“观看人次”为直播平台统计的观看次数（含重复观看、非学员），仅作参考，不计入培训人次。"],
    ["期次", "培训日期", "培训主题", "形式", "观看人次（线上）", "实名签到人次", "其中脱贫人口", "备注"]];
  const tRecs = [];
  SES.forEach(([a, b, topic, mode, view, sign], j) => {
    const dc = b ? "2021年3月9日—10日" : a > CUT ? "2021.9.7" : dateCell(a, j + 1);
    tRows.push([`第${j + 1}期`, dc, topic, mode, view === null ? "—" : fmtInt(view), sign, rint(0, 9) || null, b ? "两天班" : null]);
    tRecs.push({ date: b || a, personTimes: sign });
  });
  tRows.push(["合计", null, null, null, fmtInt(sum(SES.map((s) => s[4] || 0))), sum(SES.map((s) => s[5])), null, null]);
  const tMerges = ["A1:H1", "A2:H2", `A${tRows.length}:D${tRows.length}`];

  // ---------------- 园区企业 (注册号, 曾用名)
  const regNo = () => `${REGION}600${String(rint(0, 999999)).padStart(6, "0")}`;
  const E = [
    ["广州市南沙区湾区优品电子商务有限公司", null, "企业", "销售型"], ["广州市南沙区农e购电子商务有限公司", "广州市南沙区农易购商贸有限公司", "企业", "平台型"],
    ["广州市南沙区鱼窝头海鲜网店", null, "个体工商户", "销售型"], ["广州市南沙区明珠电商运营服务有限公司", null, "企业", "电商运营商"],
    ["广州市南沙区港湾冷链物流有限公司", null, "企业", "物流企业"], ["广州市南沙区榄核香蕉电商商行", null, "个体工商户", "销售型"],
    ["广州市南沙区直播港传媒有限公司", "广州市南沙区星河文化传播有限公司", "企业", "直播电商"], ["广州市南沙区跨境通供应链有限公司", null, "企业", "跨境电商"],
    ["广州市南沙区大岗农品网店", null, "个体工商户", "销售型"], ["广州市南沙区乡村振兴数字科技有限公司", null, "企业", "平台型"],
    ["广州市南沙区东涌水产电商有限公司", null, "企业", "销售型"], ["广州市南沙区快运通速递有限公司", null, "企业", "物流企业"],
  ];
  const firms = E.map(([n, old, kind, t]) => ({ n, old, kind, t, code: kind === "个体工商户" ? regNo() : creditCode(REGION), ent: randIsoBetween("2020-07-01", "2021-08-15"), left: null }));
  firms[10].ent = "2020-09-21";
  firms[10].left = "2021-07-20";
  firms[11].ent = "2021-09-01";
  firms[3].ent = "2020-11";
  const eRows = [["南沙区电商产业园入驻企业台账"], ["序号", "企业名称（现名）", "曾用名", "统一社会信用代码／注册号", "主体类型", "企业类型", "入驻日期", "退出日期", "备注"]];
  const eRecs = [];
  firms.forEach((f, j) => {
    const ec = f.ent === "2020-11" ? "2020年11月" : f.ent === "2021-09-01" ? "2021.9.1" : dateCell(f.ent, j + 4);
    eRows.push([j + 1, f.n, f.old || "—", f.code, f.kind, f.t, ec, f.left ? "2021-07-20（注销）" : null,
      f.kind === "个体工商户" ? "个体户未换发新照，填注册号" : f.old ? "入驻后更名" : f.ent === "2021-09-01" ? "9月新入驻" : null]);
    eRecs.push({ name: f.n, type: f.t, entered: f.ent, left: f.left });
  });
  eRows.push(["注：企业名称按现名登记；退出日期为空的为在园企业。"]);

  // ---------------- 信息报送 (only 经验材料 / 典型案例 are materials)
  const INFO = [["2020-10-23", "南沙区首批村级电商服务站挂牌运营", "工作动态", "已采用"], ["2020-12-11", "南沙区开展“年货节”网络促销活动", "工作动态", "未采用"],
    ["2021-03-19", "南沙区“电商＋渔业”助力渔民增收的经验做法", "经验材料", "已采用"], ["2021-04-30", "南沙区举办农村电商带头人培训班", "工作动态", "已采用"],
    ["2021-06-11", `${admin[3]}：一个水乡村落的直播“出圈”路`, "典型案例", "未采用"], ["2021-07-16", "南沙区电商进农村工作进展（7月）", "工作动态", "未采用"],
    ["2021-09-10", "南沙区电子商务进农村综合示范创建工作总结", "经验材料", "待采用"]];
  const iRows = [["南沙区向广州市商务局报送信息登记表"], ["注：本表登记向市商务局报送的全部信息；“经验材料”“典型案例”为考评“案例总结”佐证，“工作动态”为日常信息。"],
    ["序号", "报送日期", "信息标题", "类别", "报送对象", "采用情况"]];
  const iRecs = [];
  INFO.forEach(([d, t, c, a], j) => {
    iRows.push([j + 1, d > CUT ? "2021.9.10" : dateCell(d, j + 2), `《${t}》`, c, "广州市商务局", a]);
    if (c !== "工作动态") iRecs.push({ date: d });
  });
  assert(iRecs.length === 3, "l1 three materials");

  // ---------------- 中心访客登记 (not a ledger)
  const aRows = [["南沙区电子商务公共服务中心来访登记簿"], ["序号", "来访日期", "姓名", "身份证号", "单位／住址", "来访事由", "接待人", "离开时间"]];
  const visitDates = Array.from({ length: 12 }, () => randIsoBetween("2021-06-01", "2021-08-30")).sort(cmp);
  for (let j = 0; j < 12; j++) {
    const d = visitDates[j];
    const id = makeId(REGION, birthBetween(1965, 1999), rnd() < 0.5);
    aRows.push([j + 1, dateCell(d, j), personName(), maskId(id), [`${townOf[admin[j]]}${admin[j]}`, "广州市××农业科技有限公司", "南沙区××中学"][j % 3],
      ["参观考察", "咨询开店流程", "预约直播间", "咨询快递补贴"][j % 4], ["何××", "冯××"][j % 2], `${rint(10, 17)}:${String(rint(0, 59)).padStart(2, "0")}`]);
  }
  const note = [["使用说明"], ["1．本工作簿为南沙区电子商务进农村综合示范考评台账（二），由区商务局电商科整理。"], ["2．《站点台账》以“挂牌运营时间”为站点开通时间，“签约时间”不作开通时间。"],
    ["3．《培训台账》培训人次只计实名签到。"], ["4．《中心来访登记》为公共服务中心前台登记，供了解中心运营情况，不是培训记录。"]];
  return {
    description:
      "广州南沙区商务局电商科台账（二）（七个表）：①《使用说明》不是台账；②《村居名单》镇（街）纵向合并，村写“××村”或“××村委会”，居委会“××社区居委会”，“对应经济联合社”一列是村集体经济组织不是另一个村，“是否省定贫困村”村委会都填“否”（广州无省定贫困村）、居委会“—”为null，快递一村“未通达”；③《站点台账》有“签约时间”和“挂牌运营时间”两个日期，开通读挂牌运营时间（写法混杂：日期格、Excel序号、两位年份的“年.月.日”、中文、斜杠，“2021年1月”只到月，“2021.9.6”9月挂牌照列），一站在社区；④《培训台账》按期次，“观看人次（线上）”是直播平台观看次数（千分位文本、线下“—”）不计，人次读“实名签到人次”，两天班“2021年3月9日—10日”按结束日，9月一期照列，合计行不是记录；⑤《园区企业》名称按现名，“曾用名”不是另一家，个体工商户填15位注册号，入驻“2020年11月”只到月，退出“2021-07-20（注销）”，9月1日入驻照列；⑥《信息报送》是报市商务局的全部信息，只有类别“经验材料”“典型案例”的是材料（不论采用与否，9月10日那份照列），“工作动态”不是；⑦《中心来访登记》有姓名、身份证号和日期，但不是培训台账。",
    sheets: [
      { name: "使用说明", rows: note, merges: [] },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: ["A1:I1", "A2:I2"] },
      { name: "培训台账", rows: tRows, merges: tMerges },
      { name: "园区企业", rows: eRows, merges: ["A1:I1", `A${eRows.length}:I${eRows.length}`] },
      { name: "信息报送", rows: iRows, merges: ["A1:F1", "A2:F2"] },
      { name: "中心来访登记", rows: aRows, merges: ["A1:H1"] },
    ],
    expect: {
      sheets: {
        "使用说明": { kind: null },
        "村居名单": { kind: "villages", records: vRecs },
        "站点台账": { kind: "stations", records: sRecs },
        "培训台账": { kind: "training", records: tRecs },
        "园区企业": { kind: "enterprises", records: eRecs },
        "信息报送": { kind: "materials", records: iRecs },
        "中心来访登记": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 佛山市顺德区: 封面、脱贫人口（务工地点定外出）、资金支付（合同金额｜本次支付｜累计支付）、月报、专栏文章列表（标题　日期同格）、
//      宣传报道（触电新闻客户端不是电视）、汇总
// =====================================================================================================
function buildL2() {
  const CUT = "2021-08-31";
  const REGION = "440606";
  // ---------------- 脱贫人口
  const PLACES_IN = ["顺德区勒流街道", "顺德区容桂街道", "顺德区杏坛镇", "本村"];
  const PLACES_OUT = ["佛山市南海区", "广州市番禺区", "中山市小榄镇", "东莞市长安镇"];
  const VIL = [["杏坛镇", "逢简村"], ["杏坛镇", "马东村"], ["均安镇", "沙头村"], ["龙江镇", "旺岗村"], ["勒流街道", "江义村"]];
  const pRows = [["顺德区脱贫人口（相对贫困人口）劳动力情况表"], ["说明：劳动能力“有／无”；就业情况“务工／公益性岗位／未就业”；务工地点在顺德区以外的（含佛山市其他区）为外出务工，在顺德区内的不是。"],
    ["序号", "镇（街道）", "村（社区）", "姓名", "身份证号", "劳动能力", "就业情况", "务工地点", "备注"]];
  const pRecs = [];
  const KINDS_P = ["out", "in", "gy", "none", "out", "no", "in", "out", "no", "gy", "in", "none", "out", "in", "no", "in", "out", "none"];
  let xs = 0;
  KINDS_P.forEach((k, j) => {
    const labour = k !== "no";
    const birth = k === "no" ? birthBetween(1935, 1956) : birthBetween(1970, 2001);
    const wantX = labour && xs < 2 ? true : undefined;
    const id = makeId(REGION, birth, rnd() < 0.5, wantX);
    if (wantX) xs++;
    const [town, vil] = VIL[j % VIL.length];
    let job;
    let place = null;
    let mig;
    if (k === "out") {
      job = "务工";
      place = PLACES_OUT[j % PLACES_OUT.length];
      mig = true;
    } else if (k === "in") {
      job = "务工";
      place = PLACES_IN[j % 3];
      mig = false;
    } else if (k === "gy") {
      job = "公益性岗位";
      place = "本村";
      mig = false;
    } else if (k === "none") {
      job = "未就业";
      mig = false;
    } else {
      job = "—";
      mig = null;
    }
    pRows.push([j + 1, town, vil, personName(), id, labour ? "有" : "无", job, place, k === "no" ? (j % 2 ? "重度残疾" : "年老体弱") : k === "none" ? "照顾家人" : null]);
    pRecs.push({ id, labour, migrant: mig });
  });
  assert(pRecs.some((p) => p.migrant === true) && pRecs.some((p) => p.migrant === null) && xs === 2, "l2 person variety");
  assert(pRows.some((r) => r[7] === "佛山市南海区"), "l2 南海 is outside 顺德");

  // ---------------- 资金支付 (合同金额 | 本次支付 | 累计支付)
  const C = [
    ["顺德区电子商务公共服务中心建设运营", "佛山市顺德区顺电优选电子商务有限公司", 1500000, [["2020-09-25", 450000], ["2021-01-20", 450000], ["2021-06-18", 450000]]],
    ["村级电商服务站点建设", "中国邮政集团有限公司佛山市顺德区分公司", 1000000, [["2020-11-12", 300000], ["2021-05-14", 400000]]],
    ["农村电商人才培训", "佛山市顺德区岭南电商培训中心", 500000, [["2021-03-03", 150000], ["2021-08-31", 200000], ["2021-09-09", 100000]]],
    ["农产品品牌推广", "佛山市顺德区味道顺德文化传播有限公司", 800000, [["2021-04-16", 240000], ["2021-07-30", 320000]]],
  ];
  const fRows = [["顺德区电子商务进农村综合示范专项资金支付登记表"], ["单位：元　　　“累计支付”为该合同截至本次的累计数；“待验收后支付”的尾款尚未支付。"],
    ["序号", "合同名称", "收款单位", "合同金额", "本次支付", "累计支付", "累计支付比例", "支付日期", "备注"]];
  const fRecs = [];
  let fj = 0;
  for (const [n, who, amt, ps] of C) {
    let acc = 0;
    ps.forEach(([d, a], i) => {
      fj++;
      acc += a;
      fRows.push([fj, n, who, amt, j2(a, fj), acc, `${Math.round((acc / amt) * 100)}%`, d > CUT ? "2021.9.9" : dateCell(d, fj), i === 0 ? "预付款" : d > CUT ? "9月支付" : "进度款"]);
      fRecs.push({ date: d, amount: a });
    });
    if (acc < amt && n === "村级电商服务站点建设") {
      fj++;
      fRows.push([fj, n, who, amt, "—", acc, `${Math.round((acc / amt) * 100)}%`, "待验收后支付", `尾款${fmtInt(amt - acc)}元（验收合格后支付）`]);
    }
  }
  function j2(a, k) {
    return k % 3 === 0 ? fmtMoney(a) : a;
  }
  fRows.push(["合计", null, null, sum(C.map((c) => c[2])), sum(fRecs.map((f) => f.amount)), null, null, null, null]);
  const fMerges = ["A1:I1", "A2:I2", `A${fRows.length}:C${fRows.length}`];

  // ---------------- 月报报送 (one combined Jan–Feb report)
  const R = [["2020-09-07", "2020年8月"], ["2020-10-12", "2020年9月"], ["2020-11-06", "2020年10月"], ["2020-12-04", "2020年11月"], ["2021-01-08", "2020年12月"],
    ["2021-03-05", "2021年1—2月（合并）"], ["2021-04-07", "2021年3月"], ["2021-05-08", "2021年4月"], ["2021-06-04", "2021年5月"], ["2021-07-06", "2021年6月"],
    ["2021-08-05", "2021年7月"], ["2021-09-03", "2021年8月"]];
  const rRows = [["顺德区电商进农村工作月报报送登记"], ["序号", "报送日期", "所报月份", "报送方式", "附扶贫数据", "经办人"]];
  const rRecs = [];
  R.forEach(([d, m], j) => {
    const pov = j === 4 ? null : j === 8 ? "未附" : "√";
    rRows.push([j + 1, [cnDate(d), D(d), dotDate(d), yyyymmdd(d)][j % 4], m, j % 2 ? "粤政易" : "电子邮件", pov, ["何××", "区××"][j % 2]]);
    rRecs.push({ date: d, poverty: pov === "√" ? true : pov === "未附" ? false : null });
  });
  rRows.push(["注：2021年春节期间1、2月月报合并于3月报送。"]);

  // ---------------- 专栏文章列表 (title and date in one cell)
  const A = [["2020-06-12", "顺德区电子商务进农村综合示范创建实施方案"], ["2020-06-12", "顺德区电子商务进农村综合示范项目基本信息"], ["2020-06-19", "顺德区电子商务进农村综合示范项目监督举报方式"]];
  for (const m of WINDOW) {
    if (m === "2021-02") continue;
    const [y, mo] = m.split("-").map(Number);
    A.push([`${m}-${String(rint(8, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, `顺德区电子商务进农村综合示范项目建设进度公示（${cnMonth(isoAdd(m + "-01", -1))}）`]);
  }
  A.push(["2021-09-10", "顺德区电子商务进农村综合示范项目建设进度公示（2021年8月）"]);
  A.sort((a, b) => cmp(b[0], a[0]));
  const aRows = [["顺德区人民政府网站 > 专题专栏 > 电子商务进农村综合示范（页面复制）"]];
  const aRecs = [];
  A.forEach(([d, t], j) => {
    if (j === 10) aRows.push(["首页　上一页　1　2　下一页　尾页"]);
    aRows.push([`${t}　　　${d}`]);
    aRecs.push({ date: d });
  });
  aRows.push(["首页　上一页　1　2　下一页　尾页　　共" + A.length + "条"]);

  // ---------------- 宣传报道 (触电新闻客户端 is not TV)
  const M = [["2020-10-28", "顺德城市网", "区级", "网络", "顺德首批村级电商服务站开张", "否", false],
    ["2021-01-22", "佛山电视台《佛山新闻》", "市级", "电视", "顺德农家年货“触网”热销", "是", true],
    ["2021-03-30", "触电新闻客户端（广东广播电视台）", "省级", "客户端", "顺德：直播间里卖鱼干", "是", false],
    ["2021-05-19", "人民网", "中央", "网络", "广东顺德：电商进村激活乡村振兴", "否", false],
    ["2021-07-07", "珠江商报", "市级", "报纸", "杏坛逢简：电商带旺水乡游", "否", false],
    ["2021-09-08", "广东广播电视台新闻频道《广东新闻联播》", "省级", "电视", "顺德电商助农新模式", "是", true]];
  const LV = { 中央: "national", 省级: "province", 市级: "city", 区级: "county" };
  const mRows = [["顺德区电商进农村宣传报道登记"], ["序号", "发布日期", "媒体", "级别", "形式", "标题", "典型案例", "备注"]];
  const mRecs = [];
  M.forEach(([d, med, lv, form, t, tc, tv], j) => {
    mRows.push([j + 1, d > CUT ? "2021年9月8日" : dateCell(d, j + 2), med, lv, form, t, tc, form === "客户端" ? "广东台旗下新闻客户端（网络发布）" : null]);
    mRecs.push({ date: d, level: LV[lv], tv });
  });

  // ---------------- 汇总 (not a ledger) / 封面
  const sumRows = [["台账汇总（截至2021年8月31日）"], ["项目", "数量", "单位"], ["脱贫人口", pRecs.length, "人"], ["其中有劳动能力且未外出务工", pRecs.filter((p) => p.labour && p.migrant === false).length, "人"],
    ["已支付资金", sum(fRecs.filter((f) => f.date <= CUT).map((f) => f.amount)), "元"], ["月报报送", rRecs.filter((r) => r.date <= CUT).length, "次"],
    ["专栏文章", aRecs.filter((a) => a.date <= CUT).length, "篇"], ["宣传报道", mRecs.filter((m) => m.date <= CUT).length, "篇"]];
  const cover = [["顺德区电子商务进农村综合示范考评台账"], ["（第三册）"], ["佛山市顺德区经济和科技促进局"], ["2021年9月"],
    ["目录：1．脱贫人口　2．资金支付　3．月报报送　4．专栏文章　5．宣传报道　6．汇总"]];
  return {
    description:
      "佛山顺德区经济和科技促进局台账第三册（七个表）：①《封面》不是台账；②《脱贫人口》劳动能力“有／无”，外出务工要看“务工地点”——在顺德区以外的（含“佛山市南海区”）为外出，“顺德区勒流街道”“本村”不是，公益性岗位、未就业为否，无劳动能力的“—”为null，两人身份证号末位X；③《资金支付》一笔支付一行，合同名称、合同金额逐行重复，读“本次支付”（数字和“450,000.00”文本），不读合同金额和“累计支付”；尾款行本次支付“—”、支付日期“待验收后支付”，不是支付；8月31日一笔、9月9日一笔照列，合计行不是；④《月报报送》“2021年1—2月（合并）”3月5日报送是一条记录，日期有中文、日期格、点分、八位数字，附扶贫数据√为是、“未附”为否、空为null，9月3日报送的照列，表尾注不是记录；⑤《专栏文章》是网站栏目页复制：一行一格“标题　　　2021-09-10”，读标题后面的发布日期，不读标题括号里的月份，按日期倒序，中间和末尾的翻页行不是记录；⑥《宣传报道》级别中央／省级／市级／区级，“触电新闻客户端（广东广播电视台）”形式是客户端，不是电视；9月8日广东台那条照列；⑦《汇总》不是台账。",
    sheets: [
      { name: "封面", rows: cover, merges: [] },
      { name: "脱贫人口", rows: pRows, merges: ["A1:I1", "A2:I2"] },
      { name: "资金支付", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: rRows, merges: ["A1:F1", `A${rRows.length}:F${rRows.length}`] },
      { name: "专栏文章", rows: aRows, merges: [] },
      { name: "宣传报道", rows: mRows, merges: ["A1:H1"] },
      { name: "汇总", rows: sumRows, merges: ["A1:C1"] },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "脱贫人口": { kind: "poorPersons", records: pRecs },
        "资金支付": { kind: "funds", records: fRecs },
        "月报报送": { kind: "reports", records: rRecs },
        "专栏文章": { kind: "disclosures", records: aRecs },
        "宣传报道": { kind: "media", records: mRecs },
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
write("counties", "b216-c1-dinghu.json", c1);
write("facts", "b216-f1-panyu.json", f1);
write("facts", "b216-f2-jinwan.json", f2);
write("facts", "b216-f3-rongcheng.json", f3);
write("ledgers", "b216-l1-nansha.json", l1);
write("ledgers", "b216-l2-shunde.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
