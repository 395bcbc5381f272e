// Batch 176 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b174.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (176176), no clock. Run: node test/corpus/_b176/gen-b176.js
//
// c1 汕尾市城区: the facts sheet is the 电商股's 《迎检工作周例会推进表》: one row per 考评事项 (板块 merged down), one column
//    per Wednesday meeting (7月28日 … 9月1日) and only changes are written (blank = as before), so every fact is the last
//    entry dated on or before the cut-off (组长 changed 8月9日 to 区长; 摄影美工 free from 8月20日; 监督举报窗口 only from
//    9月1日); judged points in a small 例会议定 table under it; claimed points in a separate 自评得分表. Ledgers: 村居名单
//    (★ poor villages, 快递 column), 站点 (two-row header; a village covered only by a “2021.8.31” station: 31/44 = 70.5%; a poor
//    village's only station opened 9月6日: 4/5), sessions with 人次 (常住人口 56.37万 capped at 50万: 5,214 → 1.04%), a poor
//    trainees' sign-in list (one row per person per session: 34 rows but 27 eligible persons / 44), roster, park firms (one
//    left 8月6日 → 19), a 拨付台账 with 申请日期 and 拨付日期 (one “21.8.27” row decides 70.5% vs 68.0%), reports, a 专栏 log
//    with page links, media (CCTV-17 9月7日 after the cut-off), materials.
// f1 源城区 (河源): the 区委巡察组 feedback 整改台账 (问题类别 | 巡察反馈问题 | 具体表现 | 整改措施 | 责任领导 | 整改时限 |
//    整改进展情况 | 整改状态): the facts are the state after rectification (进展), the 具体表现 column holds the state at the
//    April inspection (分管副区长, 163.5万元, 62%, 摄影美工收费) and stable facts (72个行政村, 方案2020年3月印发).
// f2 禅城区 (佛山): a 部门分工 data-collection sheet: one row per 采集项 and one column per department (统计局, 民政局, 农业
//    农村局, 乡村振兴局, 财政局, 邮政分公司, 政数局, 经科局); each value sits in the supplying department's column (sparse);
//    one row has a second, “已含在内” value in another department's column; the department 填报人/日期 rows are not data.
// f3 金平区 (汕头): a 自评及预警表: one row per 评分项 with the official texts, 完成情况, a traffic-light 预警 column
//    (●绿/●黄/●红), 分项自评分, a merged 指标自评得分 (claimed) and a 差距及下步措施 column with September plans that are
//    not facts; a 预警汇总 table below.
// l1 蓬江区 (江门): 填报说明; 农民夜校 sessions grouped by year rows (dates without the year, evening time ranges, a
//    two-evening class, a typhoon-cancelled evening, 到课人数 as text / full width); a 脱贫户 roster in the national system's
//    categories (劳动技能 × 务工地点, with twins sharing a birth date); the 专栏 publishing log exported newest first with
//    article links; 经验材料.
// l2 霞山区 (湛江): 目录; a village list after the 2020 建制村调整 (two merged villages) with a 调整对照 table below that is
//    not village records; stations whose village is written with the old name (“山尾村（现山洋村）”); park firms with a
//    在园状态 column carrying the leave date; a 资金支付及决算 table grouped by project (决算审定金额, 质保金 rows unpaid);
//    monthly reports with the city's 红黑榜 column; media with 阅读量 and 转载 columns.
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
let seed = 176176;
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
    assert(/^b176-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b176-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b176-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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


// ---------------------------------------------------------------- extra helpers (batch 176)
function makeHouseholds(REGION, codes, villages, opts) {
  // codes: "E" (labour, at home), "M" (labour, migrant), "N" (no labour); returns persons grouped in households
  const persons = [];
  const households = [];
  let ci = 0;
  let h = 0;
  while (ci < codes.length) {
    const size = Math.min(codes.length - ci, rint(2, 4));
    const cs = codes.slice(ci, ci + size).sort((a, b) => (a === "N") - (b === "N"));
    ci += size;
    const v = villages[h % villages.length];
    h++;
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    const hh = { v, members: [] };
    let headY = 0;
    let headMale = true;
    cs.forEach((c, j) => {
      const male = j === 0 ? rnd() < 0.8 : rnd() < 0.5;
      let birth;
      let rel;
      if (j === 0) {
        rel = "户主";
        birth = c === "N" ? birthBetween(1940, 1952) : birthBetween(1962, 1980);
        headY = Number(birth.slice(0, 4));
      } else if (c === "N") {
        rel = male ? "之父" : "之母";
        birth = birthBetween(Math.max(1928, headY - 34), Math.min(1955, headY - 22));
      } else if (j === 1) {
        rel = "配偶";
        birth = birthBetween(Math.max(1958, headY - 5), Math.min(1996, headY + 6));
      } else if (headY + 21 <= 2001) {
        rel = male ? "之子" : "之女";
        birth = birthBetween(Math.max(headY + 21, 1982), 2001);
      } else {
        rel = male ? "之弟" : "之妹";
        birth = birthBetween(headY + 1, Math.min(headY + 9, 2001));
      }
      if (j === 0) headMale = male;
      const sexMale = rel === "配偶" ? !headMale : male;
      const id = makeId(REGION, birth, sexMale, opts && opts.wantX && !opts.xDone && c === "E" ? true : undefined);
      if (opts && opts.wantX && id.endsWith("X")) opts.xDone = true;
      const name = rel === "配偶" ? personName() : personName(sn);
      const p = { id, name, c, v, rel, birth, male: sexMale, hh };
      hh.members.push(p);
      persons.push(p);
    });
    households.push(hh);
  }
  return { persons, households };
}
function cumBefore(list, iso) {
  return sum(list.filter((x) => x.d <= iso).map((x) => x.n));
}


// =====================================================================================================
// c1 — 汕尾市城区: whole workbook, facts in a weekly-meeting progress table
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "441502";
  const TOWNS = [["马宫街道", 9, 3], ["捷胜镇", 12, 2], ["红草镇", 11, 2], ["东涌镇", 10, 2], ["凤山街道", 2, 10], ["香洲街道", 0, 9], ["新港街道", 0, 8]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("金盐湖长田后白北南东西大下上沙", ["寮", "埔", "厝", "围", "湖", "洋", "头", "尾", "坑", "墩", "澳", "田", "岭", "园"], "村", prefixes);
  const cName = nameMaker("凤香品汕城红海新", ["山", "洲", "港", "湖", "园", "景", "兴", "华", "安", "福"], "社区", prefixes);
  const towns = TOWNS.map(([town, nv, nc]) => ({ town, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((t) => t.vs);
  const comms = towns.flatMap((t) => t.cs);
  assert(admin.length === 44 && comms.length === 36, "c1 44 villages + 36 communities");
  noStemClash(admin, comms, "c1");
  const townOf = {};
  for (const t of towns) for (const v of t.vs.concat(t.cs)) townOf[v] = t.town;
  const rural = towns.slice(1, 4).flatMap((t) => t.vs);
  const poorList = shuffle(rural).slice(0, 5);
  const poor = new Set(poorList);

  // ---------------- 村居名单
  const vRows = [["汕尾市城区村（居）民委员会名单"], ["（区民政局提供，2021年8月20日更新；★为省定贫困村；“快递进村”据区邮政分公司8月18日核实情况填写）"],
    ["序号", "镇（街道）", "村（居）民委员会", "类别", "省定贫困村", "快递进村", "备注"]];
  const vMerges = ["A1:G1", "A2:G2"];
  let sq = 0;
  const lateExpress = shuffle(admin.filter((v) => !poor.has(v) && rural.includes(v))).slice(0, 2);
  for (const t of towns) {
    const r0 = vRows.length + 1;
    t.vs.forEach((v) => vRows.push([++sq, t.town, `${v}民委员会`, "村", poor.has(v) ? "★" : null, "✓", lateExpress.includes(v) ? "2021年8月16日开通邮政快递代投点" : null]));
    t.cs.forEach((c) => vRows.push([++sq, t.town, `${c}居民委员会`, "社区", null, "✓", null]));
    for (let r = r0 + 1; r <= vRows.length; r++) vRows[r - 1][1] = null;
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push([`合计：村民委员会${admin.length}个（其中省定贫困村${poor.size}个），社区居民委员会${comms.length}个`]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);

  // ---------------- 站点台账 (two-row header)
  const order = shuffle(admin);
  const poorSept = poorList[4];
  const coveredPoor = poorList.slice(0, 4);
  const nonPoor = order.filter((v) => !poor.has(v));
  const boundaryV = nonPoor[0];
  const monthSeptV = nonPoor[1];
  const regular = coveredPoor.concat(nonPoor.slice(2, 28));
  assert(regular.length === 30, "c1 30 regular covered villages");
  const twoV = regular[7];
  const ST = regular.map((v) => ({ v, op: randIsoBetween("2020-06-10", "2021-08-27") }));
  ST.push({ v: twoV, op: "2021-05-18", second: true });
  ST.push({ v: boundaryV, op: CUT, fmt: "dotB" });
  ST.push({ v: poorSept, op: "2021-09-06" });
  ST.push({ v: monthSeptV, op: "2021-09", fmt: "month" });
  const commSt = towns[4].cs[2];
  ST.push({ v: commSt, op: randIsoBetween("2020-10-01", "2021-05-30"), comm: true });
  const tIdx = Object.fromEntries(TOWNS.map(([t], j) => [t, j]));
  ST.sort((a, b) => tIdx[townOf[a.v]] - tIdx[townOf[b.v]] || cmp(a.op, b.op));
  const sRows = [["汕尾市城区村级电子商务服务站点台账"], ["序号", "站点基本情况", null, null, "运营情况", null, null, "备注"],
    [null, "所在镇（街道）", "所在村（社区）", "站点名称", "建成运营时间", "站长", "联系电话", null]];
  const sMerges = ["A1:H1", "A2:A3", "B2:D2", "E2:G2", "H2:H3"];
  ST.forEach((s, j) => {
    const short = s.v.replace(/村$|社区$/, "");
    let vill = s.comm ? `${s.v}居委会` : j % 3 === 0 ? s.v : j % 3 === 1 ? `${s.v}委会` : `${s.v}民委员会`;
    let dcell;
    if (s.fmt === "dotB") dcell = dotDate(s.op);
    else if (s.fmt === "month") dcell = "2021年9月";
    else dcell = dateCell(s.op, j);
    const name = s.second ? `${short}村邮政电商服务点` : s.comm ? `${short}社区电商服务站` : `${short}村电商服务站`;
    const note = s.second ? "本村第二个站点" : s.op > CUT ? "9月开业" : s.comm ? "社区站点" : null;
    sRows.push([j + 1, townOf[s.v], vill, name, dcell, personName(), mask(phone()), note]);
  });
  sRows.push([`注：截至2021年8月31日建成运营站点${ST.filter((s) => s.op <= CUT).length}个（9月开业${ST.filter((s) => s.op > CUT).length}个）。`]);
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  const adminSet = new Set(admin);
  const cov = new Set(ST.filter((s) => adminSet.has(s.v) && s.op <= CUT).map((s) => s.v));
  const covPoor = poorList.filter((v) => cov.has(v));
  assert(cov.size === 31 && covPoor.length === 4, "c1 31 villages, 4 poor covered");
  assert(ratioGE(31, 44, 70) && !ratioGE(30, 44, 70) && ratioGE(30, 44, 50), "c1 31/44 = 70.5% → 5; 30/44 → 2");
  assert(ratioGE(4, 5, 80) && !ratioGE(4, 5, 100), "c1 poor 4/5 → 3");

  // ---------------- 脱贫人口 roster
  const CODES = shuffle([].concat(Array(44).fill("E"), Array(14).fill("M"), Array(12).fill("N")));
  const opts = { wantX: true, xDone: false };
  const { persons, households } = makeHouseholds(REGION, CODES, shuffle(rural).slice(0, 16), opts);
  assert(opts.xDone, "c1 an X id");
  const pRows = [["汕尾市城区脱贫人口（含监测对象）劳动力状况表"], ["（区乡村振兴局提供，2021年7月）"],
    ["序号", "镇（街道）", "村", "户主", "姓名", "与户主关系", "身份证号", "是否有劳动能力", "是否外出务工", "备注"]];
  const pMerges = ["A1:J1", "A2:J2"];
  for (const hh of households) {
    const r0 = pRows.length + 1;
    hh.members.forEach((p, j) => {
      pRows.push([pRows.length - 2, j === 0 ? townOf[hh.v] : null, j === 0 ? hh.v : null, j === 0 ? p.name : null, p.name, p.rel, p.id,
        p.c === "N" ? "否" : "是", p.c === "N" ? "—" : p.c === "M" ? "是" : "否", p.c === "M" ? ["深圳务工", "广州务工", "东莞务工", "惠州务工"][rint(0, 3)] : p.c === "N" ? "年老体弱" : null]);
    });
    for (const col of ["B", "C", "D"]) mergeCol(pMerges, col, r0, pRows.length);
  }
  const eligible = persons.filter((p) => p.c === "E");
  const migrants = persons.filter((p) => p.c === "M");
  const noLab = persons.filter((p) => p.c === "N");
  assert(persons.length === 70 && eligible.length === 44, "c1 roster 70, 44 eligible");

  // ---------------- 培训台账 (sessions)
  const SD = ["2020-09-17", "2020-10-13", "2020-10-27", "2020-11-12", "2020-11-26", "2020-12-10", "2020-12-24", "2021-01-14", "2021-01-28", "2021-03-04",
    "2021-03-18", "2021-04-08", "2021-04-22", "2021-05-13", "2021-05-27", "2021-06-10", "2021-06-24", "2021-07-08", "2021-07-22", "2021-08-05",
    "2021-08-19", "2021-08-26", "2021-09-09", "2021-09-16"];
  const TOPIC = ["电商基础知识普及", "网店开设与运营", "短视频拍摄与剪辑", "直播带货实操", "海产品包装与品牌", "社群团购运营", "农村电商创业"];
  const PLACE = ["城区电商公共服务中心", "马宫街道党群服务中心", "捷胜镇文化站", "红草镇党群服务中心", "东涌镇会议室", "品清湖电商产业园"];
  const CLS = SD.map((d, j) => ({ no: j + 1, d, n: rint(190, 260), topic: TOPIC[j % TOPIC.length], place: PLACE[j % PLACE.length] }));
  const RANGE_NO = 11;
  CLS[RANGE_NO - 1].topic = "电商运营提升班（三天）";
  const pre = CLS.filter((c) => c.d <= CUT);
  assert(pre.length === 22, "c1 22 sessions by the cut-off");
  for (let diff = 5214 - sum(pre.map((c) => c.n)), j = 0; diff !== 0; j = (j + 3) % 22) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 7);
    if (CLS[j].n + st >= 170 && CLS[j].n + st <= 280) {
      CLS[j].n += st;
      diff -= st;
    }
  }
  CLS[22].n = 236;
  CLS[23].n = 212;
  const ptPre = sum(pre.map((c) => c.n));
  assert(ptPre === 5214, "c1 5,214 person-times");
  assert(ratioGE(ptPre, 500000, 1) && !ratioGE(ptPre, 563700, 1) && ptPre * 1000 >= 563700 * 8, "c1 1.04% of the 50万 base → 10; 0.92% of 56.37万 → 8");

  // ---------------- 脱贫人口参训签到 (one row per person per session)
  const preNos = pre.map((c) => c.no);
  const xP = eligible.find((p) => p.id.endsWith("X"));
  assert(xP, "c1 an eligible X id");
  const pool = [xP].concat(shuffle(eligible.filter((p) => p !== xP)));
  const trainedE = pool.slice(0, 27);
  const septOnly = pool[27];
  const att = [];
  trainedE.forEach((p, j) => {
    const nos = j < 4 ? shuffle(preNos.slice(2)).slice(0, 2).sort((a, b) => a - b) : [preNos[rint(1, preNos.length - 1)]];
    for (const no of nos) att.push({ p, no });
  });
  att.push({ p: septOnly, no: 23 });
  att.push({ p: migrants[0], no: preNos[rint(3, 15)] });
  att.push({ p: migrants[5], no: preNos[rint(3, 15)] });
  att.push({ p: noLab.find((p) => p.rel !== "户主") || noLab[0], no: preNos[rint(3, 15)] });
  att.sort((a, b) => a.no - b.no || cmp(a.p.name, b.p.name));
  const clsOf = Object.fromEntries(CLS.map((c) => [c.no, c]));
  const aRows = [["汕尾市城区脱贫人口电商培训签到汇总表"], ["（本表人次已含在《培训台账》各期参训人数中，不重复统计）"],
    ["序号", "姓名", "身份证号", "所在村", "期次", "培训日期", "签到", "备注"]];
  att.forEach((a, j) => {
    const c = clsOf[a.no];
    const dcell = a.no === RANGE_NO ? "2021.3.16-18" : dateCell(c.d, j + 2);
    let idCell = a.p.id;
    if (a.p === xP) idCell = a.p.id.slice(0, 17) + "x";
    aRows.push([j + 1, a.p.name, idCell, `${a.p.v}委会`, `第${a.no}期`, dcell, "√", a.p.c === "M" ? "外出务工返乡期间参训" : a.p.c === "N" ? "旁听" : null]);
  });
  const eligIds = new Set(eligible.map((p) => p.id));
  const preRows = att.filter((a) => clsOf[a.no].d <= CUT);
  const trainedIds = new Set(preRows.filter((a) => eligIds.has(a.p.id)).map((a) => a.p.id));
  const anyPre = new Set(preRows.map((a) => a.p.id));
  assert(trainedIds.size === 27 && preRows.length === 34 && anyPre.size === 30, "c1 27 eligible trained, 34 rows, 30 persons " + preRows.length);
  assert(ratioGE(27, 44, 50) && !ratioGE(27, 44, 70) && ratioGE(34, 44, 70) && !ratioGE(30, 44, 70), "c1 61.4% → 10 no bonus; rows 77.3%");
  const poorBy = {};
  for (const a of att) poorBy[a.no] = (poorBy[a.no] || 0) + 1;

  const tRows = [["汕尾市城区农村电商培训台账"], ["期次", "培训日期", "培训主题", "培训地点", "培训对象", "参训人数（人次）", "其中：脱贫人口", "承办单位"]];
  CLS.forEach((c, j) => {
    const dcell = c.no === RANGE_NO ? "2021.3.16-18" : dateCell(c.d, j);
    let ncell = c.n;
    if (j === 5) ncell = `${c.n}人次`;
    if (j === 13) ncell = fullWidth(String(c.n));
    tRows.push([`第${c.no}期`, dcell, c.topic, c.place, j % 4 === 0 ? "脱贫户、农户" : j % 4 === 1 ? "电商从业人员" : j % 4 === 2 ? "返乡青年、退役军人" : "合作社、家庭农场", ncell, poorBy[c.no] || 0, j % 2 ? "广东海汇电子商务有限公司" : "汕尾市城区职业技术培训中心"]);
  });
  tRows.push(["合计", null, null, null, null, sum(CLS.map((c) => c.n)), sum(CLS.map((c) => poorBy[c.no] || 0)), null]);
  const tMerges = ["A1:H1", `A${tRows.length}:E${tRows.length}`];

  // ---------------- 入驻企业
  const FIRMS = [["汕尾市品清湖电子商务有限公司", "平台型"], ["汕尾城区鲜海汇网络科技有限公司", "平台型"], ["汕尾市城区马宫海味电子商务商行", "销售型"],
    ["汕尾市城区捷胜渔家网店", "销售型"], ["汕尾市城区红草农品电子商务有限公司", "销售型"], ["汕尾市城区东涌鱼丸特产商行", "销售型"],
    ["广东海汇电子商务有限公司", "电商运营商"], ["汕尾市城区启帆代运营工作室", "电商运营商"], ["汕尾市城区通达快递服务有限公司", "物流企业"],
    ["中国邮政集团有限公司汕尾市城区分公司电商部", "物流企业"], ["汕尾市城区海鲜冷链仓储有限公司", "物流企业"], ["汕尾市城区海岸直播传媒有限公司", "直播机构"],
    ["汕尾市城区蓝湾品牌设计有限公司", "设计服务"], ["汕尾市城区虾干工坊电子商务商行", "销售型"], ["汕尾市城区凤山茶果网店", "销售型"],
    ["汕尾市城区跨境优选贸易有限公司", "平台型"], ["汕尾市城区数联电商服务有限公司", "电商运营商"], ["汕尾市城区金町湾海产电子商务有限公司", "销售型"],
    ["汕尾市城区湾区供应链管理有限公司", "物流企业"]].map(([n, t]) => ({ n, t, code: creditCode(REGION), iso: randIsoBetween("2020-07-01", "2021-07-30") }));
  const leftF = { n: "汕尾市城区浪花网络科技有限公司", t: "销售型", code: creditCode(REGION), iso: "2020-10-12", out: "2021-08-06", note: "经营调整退园" };
  const newF = [{ n: "汕尾市城区海丰直播电商有限公司", t: "直播机构", code: creditCode(REGION), iso: "2021-09-06", note: "8月签约" },
    { n: "汕尾市城区鲜达物流有限公司", t: "物流企业", code: creditCode(REGION), iso: "2021-09-10", note: "8月签约" }];
  const eList = FIRMS.slice();
  eList.splice(9, 0, leftF);
  eList.push(...newF);
  const eRows = [["品清湖电商产业园入驻企业清单"], ["（园区运营方广东海汇电子商务有限公司提供）"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退园日期", "备注"]];
  eList.forEach((f, j) => eRows.push([j + 1, f.n, f.code, f.t, dateCell(f.iso, j + 1), f.out ? dotDate(f.out) : null, f.note || null]));
  const inPark = eList.filter((f) => f.iso <= CUT && !(f.out && f.out <= CUT));
  assert(inPark.length === 19 && eList.length === 22, "c1 19 in the park at the cut-off");
  const inTypes = new Set(inPark.map((f) => f.t));
  assert(["平台型", "销售型", "电商运营商", "物流企业"].every((t) => inTypes.has(t)), "c1 types");

  // ---------------- 资金拨付台账 (申请日期 | 拨付日期)
  const F = [["城区电商公共服务中心建设首期款", "广东海汇电子商务有限公司", "2020-10-09", "2020-10-16", 600000],
    ["村级站点建设首期款", "中国邮政集团有限公司汕尾市城区分公司", "2020-11-12", "2020-11-20", 458000],
    ["农村电商培训服务费（第一期）", "汕尾市城区职业技术培训中心", "2020-12-18", "2020-12-25", 213600],
    ["镇村物流配送体系建设首期款", "汕尾市城区通达快递服务有限公司", "2021-01-15", "2021-01-22", 365000],
    ["城区电商公共服务中心建设进度款", "广东海汇电子商务有限公司", "2021-03-11", "2021-03-19", 550000],
    ["村级站点建设进度款", "中国邮政集团有限公司汕尾市城区分公司", "2021-04-16", "2021-04-23", 412000],
    ["区域公用品牌推广服务费", "汕尾市城区蓝湾品牌设计有限公司", "2021-05-20", "2021-05-28", 286000],
    ["冷链及溯源系统建设首期款", "汕尾市城区海鲜冷链仓储有限公司", "2021-06-17", "2021-06-25", 320000],
    ["农村电商培训服务费（第二期）", "汕尾市城区职业技术培训中心", "2021-07-09", "2021-07-16", 196400],
    ["公共信息服务平台建设款", "汕尾市城区数联电商服务有限公司", "2021-08-20", "2021-08-27", 125800],
    ["镇村物流配送体系建设进度款", "汕尾市城区通达快递服务有限公司", "2021-08-26", "2021-09-03", 300000],
    ["村级站点运营补贴（第一批）", "各村级站点", "2021-08-30", null, 180000]];
  const fRows = [["汕尾市城区省级电子商务进农村综合示范专项资金拨付台账"], ["（下达省级专项资金500万元；金额单位：万元）"],
    ["序号", "项目", "收款单位", "申请日期", "拨付日期", "拨付金额", "凭证号", "备注"]];
  F.forEach(([what, who, app, paid, amt], j) => {
    let pcell;
    if (paid === null) pcell = "（财政审核中）";
    else if (j === 9) pcell = twoDot(paid);
    else pcell = dateCell(paid, j + 3);
    fRows.push([j + 1, what, who, j % 2 ? dotDate(app) : D(app), pcell, wan4(amt), paid ? `城财拨〔${paid.slice(0, 4)}〕${String(rint(10, 199))}号` : null, paid === null ? "未拨付" : paid > CUT ? "9月拨付" : null]);
  });
  const spentPre = sum(F.filter((x) => x[3] && x[3] <= CUT).map((x) => x[4]));
  fRows.push([null, "合计", null, null, null, wan4(sum(F.filter((x) => x[3]).map((x) => x[4]))), null, "已拨付合计（不含审核中）"]);
  const fMerges = ["A1:H1", "A2:H2"];
  assert(spentPre === 3526800 && !ratioGE(spentPre - 125800, 5000000, 70) && ratioGE(spentPre, 5000000, 70), "c1 352.68万 = 70.5%; without the 21.8.27 row 68.0%");
  assert(twoDot("2021-08-27") === "21.8.27", "c1 two-digit row");

  // ---------------- 月报报送
  const rRows = [["汕尾市城区电子商务进农村工作月报报送登记"], ["序号", "报告期", "报送日期", "报送对象", "报送方式", "是否附电商扶贫统计", "备注"]];
  monthsBetween("2020-08", "2021-08").forEach((m, j) => {
    const next = monthsBetween(m, "2021-12")[1];
    const d = `${next}-0${rint(2, 6)}`;
    rRows.push([j + 1, cnMonth(m), dateCell(d, j), "汕尾市商务局", j % 2 ? "粤政易" : "电子邮件", m >= "2020-09" ? "是" : "否", d > CUT ? "9月报送" : null]);
  });
  // ---------------- 专栏更新 (with links)
  const UPD = [];
  for (const m of monthsBetween("2020-09", "2021-09")) {
    UPD.push({ d: `${m}-${String(rint(8, 15)).padStart(2, "0")}`, t: `城区电子商务进农村综合示范项目建设进度（${cnMonth(monthsBetween("2020-01", m).slice(-2)[0])}）` });
    if (rnd() < 0.4) UPD.push({ d: `${m}-${String(rint(18, 26)).padStart(2, "0")}`, t: ["城区举办农村电商直播带货培训班", "品清湖电商产业园新入驻企业公示", "城区村级电商服务站运营情况通报", "城区电商公共服务中心开展海产品网络促销"][rint(0, 3)] });
  }
  UPD.sort((a, b) => cmp(a.d, b.d));
  const dRows = [["汕尾市城区人民政府网“电子商务进农村综合示范”专栏更新记录"], ["序号", "发布日期", "标题", "链接"]];
  let post = 1284000 + rint(0, 999);
  UPD.forEach((u, j) => {
    post += rint(180, 900);
    dRows.push([j + 1, dateCell(u.d, j + 1), u.t, `http://www.swcq.gov.cn/ztzl/dzsw/content/post_${post}.html`]);
  });
  const disM = new Set(UPD.filter((u) => u.d <= CUT).map((u) => ym(u.d)));
  assert(WINDOW.every((w) => disM.has(w)), "c1 monthly updates");
  // ---------------- 宣传报道 / 经验材料
  const MEDIA = [["2020-11-19", "城区融媒体中心“汕尾城区发布”", "县级", "网络", "城区首批村级电商服务站开业", "否"],
    ["2021-01-14", "汕尾日报", "市级", "报纸", "城区电商带动海产品走出渔村", "否"],
    ["2021-04-22", "南方日报", "省级", "报纸", "汕尾城区：电商服务站开到渔港边", "否"],
    ["2021-06-10", "广东广播电视台《广东新闻联播》", "省级", "电视", "汕尾城区脱贫户直播卖虾干", "是"],
    ["2021-09-07", "中央广播电视总台CCTV-17《三农群英汇》", "国家级", "电视", "渔村电商带货记", "是"]];
  const mRows = [["汕尾市城区电子商务进农村宣传报道登记表"], ["序号", "刊播日期", "媒体", "媒体级别", "形式", "标题", "是否电商扶贫典型案例"]];
  MEDIA.forEach((x, j) => mRows.push([j + 1, j % 2 ? cnDate(x[0]) : D(x[0]), x[1], x[2], x[3], `《${x[4]}》`, x[5]]));
  const matRows = [["经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送单位"],
    [1, D("2021-06-18"), "《汕尾市城区“电商＋渔港”助力脱贫增收经验做法》", "汕尾市商务局"],
    [2, "2021.9.10", "《汕尾市城区电子商务进农村综合示范创建工作总结》", "广东省商务厅"]];

  // ---------------- 周例会推进表 (facts)
  const MEET = ["2021-07-28", "2021-08-04", "2021-08-11", "2021-08-18", "2021-08-25", "2021-09-01"];
  for (const m of MEET) assert(weekday(m) === "三", "c1 meetings on Wednesdays " + m);
  const ptAt = (iso) => sum(CLS.filter((c) => c.d <= iso).map((c) => c.n));
  const paidAt = (iso) => sum(F.filter((x) => x[3] && x[3] <= iso).map((x) => x[4]));
  const trainedAt = (iso) => new Set(att.filter((a) => clsOf[a.no].d <= iso && eligIds.has(a.p.id)).map((a) => a.p.id)).size;
  const spentWan = (iso) => (paidAt(iso) / 10000).toFixed(2);
  const [ld, lateA, lateB] = [lateExpress, lateExpress[0], lateExpress[1]];
  assert(ld.length === 2, "c1 two late express villages");
  // [板块, 事项, 责任单位, [6 cells], 备注]
  const W = [
    ["一、基础数据", "常住人口", "区统计局", ["56.37万人（第七次人口普查）", null, null, null, null, null], null],
    ["一、基础数据", "行政村、社区", "区民政局", [`村民委员会${admin.length}个、社区居民委员会${comms.length}个`, null, null, null, null, null], "社区不计入行政村"],
    ["一、基础数据", "省定贫困村", "区乡村振兴局", [`${poor.size}个，已建站4个；${poorSept}站点装修中`, null, null, null, `${poorSept}站点设备已进场`, `${poorSept}站点定于9月6日开业`], null],
    ["二、组织领导", "领导小组", "区商务局", ["组长：常务副区长；成员：区商务局、区财政局、区农业农村局、区交通运输局、区市场监管局", null,
      "8月9日印发调整通知（汕城府办〔2021〕31号）：区长任组长，常务副区长任常务副组长，增加区乡村振兴局为成员单位", null, null, null], null],
    ["二、组织领导", "工作方案、扶持政策", "区商务局", ["方案2020年5月正式印发；《城区扶持农村电商发展若干措施》2020年11月出台", null, null, null, null, null], null],
    ["三、中心和产业园", "公共服务中心运营", "区商务局", ["2021年1月18日投入运营", null, null, null, null, null], null],
    ["三、中心和产业园", "免费培训、展示销售", "运营方", ["培训室、直播间免费使用，能组织电商基础培训；农特产品展厅免费展示销售", null, null, null, null, null], null],
    ["三、中心和产业园", "摄影美工", "运营方", ["按件收费（每款30元），不能算免费", "已报局务会研究", null, "8月16日局务会同意改为免费", "8月20日起对农户、合作社和入驻主体免费", null], null],
    ["三、中心和产业园", "品牌推广、增值服务", "运营方", ["统一推广“城区海味”区域公用品牌；代办营业执照、物流对接、金融对接", null, null, null, null, null], null],
    ["三、中心和产业园", "电商产业园", "区商务局", ["品清湖电商产业园整合建成，入驻20家", null, "8月6日汕尾市城区浪花网络科技有限公司退园，现19家", null, "新签约2家，9月上旬入驻", null], "入驻清单见附4"],
    ["三、中心和产业园", "第三方运营服务商", "区商务局", ["广东海汇电子商务有限公司（公开招标）", null, null, null, null, null], null],
    ["四、农产品上行", "快递进村", "区邮政分公司", [`尚有2个村未通快递（${lateA}、${lateB}）`, null, null, "8月16日两村开通邮政快递代投点，44个行政村全部通快递", null, null], null],
    ["四、农产品上行", "网络零售额", "区商务局", ["农村网络零售额：2019年18.62亿元，2020年23.47亿元（+26.0%）；农产品网络零售额：2019年2.31亿元，2020年3.05亿元（+32.0%）", null, null, null, null, null], "省商务厅提供"],
    ["五、人才培训", "培训人次", "区商务局", MEET.map((m, j) => (j === 5 ? `截至8月31日${fmtInt(ptAt(CUT))}人次（常住人口超50万，按50万计）；9月9日、16日两期已排课` : `截至${mdOnly(m)}${fmtInt(ptAt(m))}人次`)), null],
    ["五、人才培训", "脱贫人口培训", "区乡村振兴局", [`有劳动能力（不含外出务工）${eligible.length}人，已参训${trainedAt(MEET[0])}人`, null, null, null, null, `已参训${trainedAt(CUT)}人（按身份证号去重），${pct1(trainedAt(CUT), eligible.length)}，达不到70%`], null],
    ["六、信息公开和报送", "政府网专栏", "区政数局", ["已公开创建方案、项目基本信息，每月公开建设进度；未设监督举报窗口", null, "已提交区政数局，排期上线", null, null, "9月1日上线“监督举报”窗口"], null],
    ["六、信息公开和报送", "月报", "区商务局", ["每月5日前报汕尾市商务局，附电商扶贫统计（脱贫户参训、带动增收）", null, null, null, null, null], null],
    ["七、宣传推广", "经验材料、媒体报道", "区商务局", ["6月18日报市商务局经验材料；南方日报、广东新闻联播（典型案例）、汕尾日报、城区融媒已报道", null, null, null, null, "CCTV-17《三农群英汇》已录制，定于9月7日播出"], null],
    ["八、资金管理", "资金拨付", "区财政局", MEET.map((m, j) => (j === 0 ? `下达500万元，累计拨付${spentWan(m)}万元` : j === 5 ? `截至8月31日累计拨付${spentWan(CUT)}万元（${pct1(paidAt(CUT), 5000000)}）；物流进度款30万元9月3日拨付` : paidAt(m) === paidAt(MEET[j - 1]) ? null : `累计拨付${spentWan(m)}万元`)), null],
    ["八、资金管理", "资金制度、台账", "区财政局", ["《专项资金管理办法》已印发；各承建单位建立资金专用台账", null, null, null, null, null], null],
    ["八、资金管理", "项目总体进度", "区商务局", ["80%", null, "83%", null, "86%", null], null],
    ["九、否决事项", "安全生产、质量事故；弄虚作假", "区商务局", ["无", null, null, null, null, null], null],
  ];
  const grid = [["汕尾市城区电子商务进农村综合示范创建考评迎检工作周例会推进表"],
    ["（区商务局电商股整理；每周三例会后更新，只记有变化的内容，空白表示与上次相同；考评截止日期：2021年8月31日）"],
    ["序号", "板块", "事项", "责任单位", "例会推进情况", null, null, null, null, null, "备注"],
    [null, null, null, null].concat(MEET.map((m) => `${mdOnly(m)}例会`), [null])];
  const gMerges = ["A1:K1", "A2:K2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:J3", "K3:K4"];
  let prevSec = null;
  let secStart = 0;
  W.forEach(([sec, item, who, cells, note], j) => {
    const r = grid.length + 1;
    if (sec !== prevSec) {
      if (prevSec !== null) mergeCol(gMerges, "B", secStart, r - 1);
      prevSec = sec;
      secStart = r;
    }
    grid.push([j + 1, r === secStart ? sec : null, item, who].concat(cells, [note]));
  });
  mergeCol(gMerges, "B", secStart, grid.length);
  grid.push(padRow([], 11));
  grid.push(["主观评分项拟自评分（9月1日例会议定）"]);
  gMerges.push(`A${grid.length}:K${grid.length}`);
  grid.push(["序号", "评分项", "分值", "议定自评分", "理由"]);
  gMerges.push(`E${grid.length}:K${grid.length}`);
  const JUD = [["方案制定", "1-2", 2, "方案经区政府常务会审定印发"], ["政策支持", "1-2", 1, "若干措施落实面不广"], ["项目管理制度", "1-2", 2, null], ["工作台账", "1-2", 2, null],
    ["网销调研", "1-2", 2, "形成《城区海产品网络销售调研报告》"], ["网络促销活动", "1-2", 2, "开渔节、年货节网络促销"], ["交易标准与冷链溯源", "1-2", 1, "溯源系统仅覆盖虾干、鱼丸"],
    ["资金管理制度", "1-5", 4, null], ["资金台账", "1-5", 4, null], ["资金及时拨付", "1-5", 4, "按进度拨付，个别款项审核时间较长"]];
  JUD.forEach(([n, r, v, why], j) => {
    grid.push([j + 1, n, r, v, why]);
    gMerges.push(`E${grid.length}:K${grid.length}`);
  });
  grid.push(["主持：区商务局局长　　记录：电商股 黄××"]);
  gMerges.push(`A${grid.length}:K${grid.length}`);
  assert(pct1(2347 - 1862, 1862) === "26.0%" && pct1(305 - 231, 231) === "32.0%", "c1 growth texts");
  assert(!(2347 * 10 >= 1862 * 13) && 305 * 10 >= 231 * 13, "c1 agri growth ≥ 30%");

  // ---------------- 自评得分表 (claimed)
  const IND = [["加强组织领导与统筹协调（10分）", "组织领导", 2, 2], [null, "方案制定", 2, 2], [null, "政策支持", 2, 1], [null, "项目管理", 4, 4],
    ["深入推动电子商务进农村工作（55分）", "服务体系建设（县级中心与产业园）", 15, 15], [null, "服务体系建设（村级站点覆盖）", 10, 10], [null, "农村产品上行", 10, 9], [null, "电商人才培训", 20, 20],
    ["加强信息公开及报送（10分）", "信息公开", 4, 4], [null, "数据上报", 6, 6], ["加强宣传推广（10分）", "案例总结", 2, 2], [null, "经验推广", 8, 8],
    ["加强财政资金管理（15分）", "制度建立", 5, 4], [null, "资金台账", 5, 4], [null, "资金支出", 5, 4]];
  const cRows = [["汕尾市城区2019年省级电子商务进农村综合示范创建考评自评得分表"], ["工作任务", "评价指标", "权重", "自评得分", "备注"]];
  const cMerges = ["A1:E1"];
  let grpStart = 0;
  IND.forEach(([g, n, w, s]) => {
    const r = cRows.length + 1;
    if (g) {
      if (grpStart) mergeCol(cMerges, "A", grpStart, r - 1);
      grpStart = r;
    }
    cRows.push([g, n, w, s, null]);
  });
  mergeCol(cMerges, "A", grpStart, cRows.length);
  const bStart = cRows.length + 1;
  cRows.push(["加分项（4分）", "建档立卡贫困人口培训率70%及以上", 2, 0, "61.4%"]);
  cRows.push([null, "电商扶贫典型案例获电视播报", 2, 2, "央视CCTV-17播报（国家级）"]);
  mergeCol(cMerges, "A", bStart, cRows.length);
  const vStart = cRows.length + 1;
  cRows.push(["一票否决项", "发生安全生产、质量事故或重大损失", null, "无", null]);
  cRows.push([null, "项目建设进度严重滞后，总体进度不足40%", null, "无", "总体进度86%"]);
  cRows.push([null, "弄虚作假", null, "无", null]);
  mergeCol(cMerges, "A", vStart, cRows.length);
  const claimedScored = sum(IND.map((x) => x[3]));
  cRows.push(["合计", null, 100, `${claimedScored}＋2`, null]);
  cMerges.push(`A${cRows.length}:B${cRows.length}`);
  assert(claimedScored === 95, "c1 claimed 95");

  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 2,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 0 + 1, "work.coverage": 5 + 3, "work.upward": 2 + 2 + 1 + 1 + 1 + 2,
    "work.training": 10 + 10, "info.disclosure": 0 + 2, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 89 && bonus === 1, "c1 total " + scored);
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = IND[j][3]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 2;
  const derivation = [
    "org.leadership: 周例会推进表“领导小组”：7月28日是常务副区长任组长、没有乡村振兴局；8月11日例会栏记8月9日调整为区长任组长并增加区乡村振兴局（截止日前） → 主要领导牵头，商务、财政、农业农村、乡村振兴都在 → 2",
    "org.plan: 表下“主观评分项拟自评分（9月1日例会议定）”方案制定2 → 2（方案2020年5月正式印发）",
    "org.policy: 政策支持议定1 → 1",
    "org.management: 项目管理制度2、工作台账2 → 4",
    `work.center: 中心2021年1月18日投入运营 → 2；≤ 2021-02-28，运行满6个月 → 2；免费培训2、免费展示销售1；摄影美工7月28日栏“按件收费”，8月25日栏“8月20日起免费”（截止日前） → 1；品牌推广1、其他增值服务（代办执照、物流、金融对接）1；产业园整合建成 → 2；入驻企业清单22行：“${leftF.n}”8月6日退园、两家9月入驻，8月31日在园19家 < 20 → 0（例会8月11日栏也写“现19家”）；类型有平台型、销售型、电商运营商、物流企业 → 1；合计13（自评15）`,
    `work.coverage: 村居名单村民委员会44个（社区36个不算），44 < 200 以44为基数；站点台账截止日前有站的行政村31个：其中“${boundaryV}”唯一的站点建成时间“2021.8.31”恰在截止日，算；“${twoV}”两个站点算一次；“${commSt}”社区站不算；“${monthSeptV}”（2021年9月）、“${poorSept}”（9月6日）不算 → 31/44 = 70.5% ≥ 70% → 5（漏掉8月31日那站就是30/44 = 68.2% → 2）；★省定贫困村5个，截止日前有站4个（${poorSept}只有9月6日开业的站） → 4/5 = 80% → 3；合计8（自评10）`,
    "work.upward: 网销调研2、网络促销2；第三方运营服务商（广东海汇电子商务有限公司，公开招标）→ 1；村居名单“快递进村”列44个村全部✓（8月18日栏也写8月16日全部通达） → 1；交易标准与冷链溯源1；农村网络零售额18.62亿→23.47亿元 +26.0% 不到30%，农产品网络零售额2.31亿→3.05亿元 +32.0% ≥ 30% → 2；合计9",
    `work.training: 培训台账截止日前22期共${fmtInt(ptPre)}人次（第11期“2021.3.16-18”按18日；一格“…人次”文字、一格全角数字；合计行含9月两期，不能用），9月9日、16日两期不算；常住人口56.37万人超过50万，以500,000为基数 → ${fmtInt(ptPre)}/500,000 = 1.04% → 10（按56.37万算只有0.92%）；脱贫人口表70人，有劳动能力且不外出务工44人；参训签到一人一期一行，截止日前34行，但按身份证号去重后的应培训人员27人（4人参加两期；2名外出务工、1名无劳动能力旁听不算；1人只参加9月第23期不算；一人身份证号末位小写x） → 27/44 = 61.4% → 10；合计20`,
    "info.disclosure: 专栏公开创建方案、项目基本信息、建设进度，但监督举报窗口9月1日才上线（9月1日例会栏），截止日时没有 → 内容不全 → 0；专栏更新记录2020年9月至2021年8月每月都有 → 2；合计2（自评4）",
    "info.reporting: 月报登记2020年9月至2021年8月每月都有报送日期（8月份月报9月报送不影响） → 3；能统计电商扶贫情况（例会“附电商扶贫统计”，登记表“是”） → 3；合计6",
    "promo.cases: 2021年6月18日向汕尾市商务局报送经验材料 → 2（9月10日报省厅那份在截止日后）",
    "promo.media: 截止日前：南方日报、广东新闻联播（省级）→ 4；汕尾日报（市级）→ 3；城区融媒（县级）→ 1 → 8；CCTV-17在9月7日，截止日后不算",
    "fund.system: 资金管理制度议定4 → 4",
    "fund.ledger: 资金台账议定4 → 4",
    `fund.spending: 拨付台账读“拨付日期”不读“申请日期”：截止日前10笔共${fmtMoney(spentPre)}元（第10行拨付日期写成两位年份“21.8.27”，算；8月26日申请、9月3日拨付的30万元不算；“（财政审核中）”的18万元未拨付） → 3,526,800/5,000,000 = 70.5% ≥ 70% → 取资金及时拨付自评4 → 4（漏读“21.8.27”那行就是68.0%，要倒扣5分）`,
    "bonus.poorTraining: 27/44 = 61.4% < 70% → 0（按签到行数34/44会误算成77.3%）",
    "bonus.tvCase: 电商扶贫典型案例2021年6月10日在广东广播电视台《广东新闻联播》（省级电视）播出 → 1；央视CCTV-17在9月7日，截止日后，不能按国家级给2分（自评2）",
    "veto.incident: 例会“安全生产、质量事故；弄虚作假：无” → 不否决",
    "veto.progress: 项目总体进度86%（8月25日例会） ≥ 40% → 不否决",
    "veto.fraud: 无 → 不否决",
  ];
  return {
    description:
      `汕尾市城区商务局整本考评工作簿（13个表），89＋加分1＝90分，未否决（自评95＋2）：事实表是电商股的《迎检工作周例会推进表》——一事项一行（板块纵向合并），每周三例会一列（7月28日…9月1日），只记变化、空白表示与上次相同，每项事实要取截止日前最后一次记载（领导小组8月9日由常务副区长改为区长任组长并增加乡村振兴局；摄影美工8月20日起免费；监督举报窗口9月1日才上线；产业园8月6日一家退园剩19家），主观分在表下“例会议定”小表，自评分在另一张《自评得分表》；台账：村居名单（★省定贫困村、快递✓）、站点台账两行表头（一村唯一的站点“2021.8.31”建成，31/44＝70.5%；一个贫困村的站9月6日开业，4/5）、培训台账（常住人口56.37万按50万计，5,214人次＝1.04%）、脱贫人口参训签到（一人一期一行，34行只有27个应培训人员）、脱贫人口表、入驻企业、拨付台账（申请日期和拨付日期两列，一笔拨付日期写“21.8.27”决定70.5%还是68.0%）、月报、带链接的专栏更新记录、宣传报道（CCTV-17在9月7日）和经验材料。`,
    sheets: [
      { name: "周例会推进表", rows: grid, merges: gMerges },
      { name: "自评得分表", rows: cRows, merges: cMerges },
      { name: "附1村居名单", rows: vRows, merges: vMerges },
      { name: "附2站点台账", rows: sRows, merges: sMerges },
      { name: "附3培训台账", rows: tRows, merges: tMerges },
      { name: "附3-1脱贫人口参训签到", rows: aRows, merges: ["A1:H1", "A2:H2"] },
      { name: "附3-2脱贫人口", rows: pRows, merges: pMerges },
      { name: "附4入驻企业", rows: eRows, merges: ["A1:G1", "A2:G2"] },
      { name: "附5资金拨付台账", rows: fRows, merges: fMerges },
      { name: "附6月报报送", rows: rRows, merges: ["A1:G1"] },
      { name: "附7专栏更新", rows: dRows, merges: ["A1:D1"] },
      { name: "附8宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "附9经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}


// =====================================================================================================
// f1 — 河源源城区: the 区委巡察 feedback rectification ledger
// =====================================================================================================
function buildF1() {
  const L = [
    ["一、贯彻落实上级决策部署方面"],
    ["组织领导", "示范创建统筹协调不够有力", "电子商务进农村综合示范创建工作领导小组由分管副区长任组长，区财政局、区乡村振兴局未列为成员单位；领导小组成立后仅召开1次会议",
      "提请区政府调整领导小组，建立领导小组月度例会制度", "局长 刘××", "办公室、电商股", "2021年5月31日前",
      "2021年5月8日区政府办公室印发《关于调整源城区电子商务进农村综合示范创建工作领导小组的通知》（源府办〔2021〕12号），由区长任组长、分管副区长任副组长，成员单位为区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局、区邮政分公司；5月以来每月召开一次领导小组会议",
      "已完成"],
    ["方案与政策", "扶持政策出台滞后", "示范创建工作方案于2020年3月才正式印发，比省要求晚4个月；支持农村电商发展的专项政策一直未出台",
      "研究制定扶持农村电商发展的政策措施", "副局长 钟××", "电商股", "2021年7月31日前",
      "《源城区促进农村电子商务发展若干措施》经区政府常务会议审议通过，于2021年7月20日印发实施", "已完成"],
    ["二、项目建设方面"],
    ["公共服务中心", "公共服务中心建设滞后、服务功能不全", "区电商公共服务中心原计划2020年6月建成，实际于2020年10月12日才投入运营；摄影、美工服务按件收费（每款50元），衍生增值服务缺失",
      "督促运营方落实合同约定的免费服务，拓展衍生增值服务", "副局长 钟××", "电商股", "2021年6月30日前",
      "2021年6月1日起，中心摄影棚和美工服务对全区农户、合作社和入驻企业免费提供；已开通营业执照代办、金融信贷对接、物流对接等衍生增值服务", "已完成"],
    ["公共服务中心", "中心运营缺乏专业团队", "中心由局抽调人员和临聘人员临时运营，运营能力不足",
      "通过公开招标引进专业运营服务商", "副局长 钟××", "电商股", "2020年12月31日前",
      "2020年12月通过公开招标确定河源市万绿电子商务有限公司为第三方专业运营服务商，负责中心和产业园运营", "已完成"],
    ["电商产业园", "产业园集聚效应不明显", "区电商产业园2020年9月整合建成后，入驻企业仅11家，且以销售型企业为主",
      "加大招商力度，引进平台型、物流型企业", "副局长 钟××", "电商股", "长期坚持",
      "新引进平台型企业2家、物流企业2家、电商运营企业2家，现入驻17家", "持续整改"],
    ["快递物流", "农村物流配送体系不完善", "全区72个行政村中有5个未通快递，快递进村“最后一公里”未打通",
      "协调邮政、快递企业开通村级快递代投点", "副局长 黄××", "流通股", "2021年8月31日前",
      "已新开通3个村级快递代投点；尚有2个行政村（埔前镇上坑村、源西街道西水村）未通快递，计划2021年12月底前开通", "持续整改"],
    ["站点运营", "部分村级站点运营不正常", "巡察组抽查的12个村级站点中有3个长期关门",
      "约谈运营方，建立站点月度巡查制度", "副局长 黄××", "电商股", "2021年5月31日前",
      "已约谈运营方，3个站点已恢复正常营业；建立站点月度巡查和通报制度", "已完成"],
    ["人才培训", "电商培训对脱贫户覆盖不足、底数不清", "培训台账只按人次统计，脱贫户参训1,187人次，未按人去重，有劳动能力脱贫人口底数与区乡村振兴局不一致",
      "会同区乡村振兴局核定底数，按身份证号去重统计", "副局长 钟××", "电商股", "2021年6月30日前",
      "经区乡村振兴局核定，全区有劳动能力且未外出务工的脱贫人口1,026人；按身份证号去重，已参训552人，培训率53.8%；全区累计开展电商培训4,862人次", "已完成"],
    ["农产品上行", "农产品网络销售增长乏力", "2020年农产品网络零售额同比增长18.6%，网络促销活动少、成效不明显；冷链、溯源系统未建成",
      "组织网络促销活动，推进溯源平台和冷链集配中心建设", "副局长 钟××", "电商股", "长期坚持",
      "举办“源城味道”网上年货节、荔枝季直播促销等活动6场；农产品溯源平台2021年7月上线，冷链集配中心在建", "持续整改"],
    ["三、信息公开和报送方面"],
    ["信息公开", "专栏信息公开不全面、不及时", "区政府网“电子商务进农村”专栏只公开了创建方案，项目基本信息、建设进度未公开，未设征求意见或监督举报窗口",
      "补充公开内容，按月更新建设进度，增设互动窗口", "副局长 黄××", "办公室", "2021年4月30日前",
      "2021年4月起公开项目基本信息，每月5日前更新项目建设进度；2021年4月28日在专栏设立“征求意见”窗口并公布监督举报电话", "已完成"],
    ["数据报送", "数据报送不规范", "向市商务局报送的月报未包含电商扶贫统计",
      "月报增加电商扶贫统计内容", "副局长 黄××", "电商股", "2021年5月31日前",
      "自2021年5月起月报附《电商扶贫情况统计表》，统计脱贫户参训、带动增收等情况", "已完成"],
    ["四、资金管理方面"],
    ["资金拨付", "专项资金拨付进度缓慢", "截至2021年3月31日，下达的省级专项资金500万元仅拨付163.5万元，拨付率32.7%；项目总体进度62%",
      "倒排工期，按项目进度及时拨付资金", "局长 刘××", "财务股", "2021年8月31日前",
      "截至2021年8月31日累计拨付371.68万元，拨付率74.3%；项目总体进度89%", "基本完成"],
    ["资金管理", "资金管理制度不健全", "《专项资金管理办法》未明确考核问责；2家承建单位未建立资金专用台账",
      "修订资金管理办法，督促承建单位建立专用台账", "局长 刘××", "财务股", "2021年6月30日前",
      "2021年6月修订印发《源城区电子商务进农村综合示范专项资金管理办法》，增加绩效考核和问责条款；全部承建单位已建立资金专用台账", "已完成"],
  ];
  const rows = [["源城区商务局党组落实区委第二巡察组反馈问题整改台账（电子商务进农村综合示范创建部分）"],
    ["巡察组：中共河源市源城区委第二巡察组　　被巡察单位：源城区商务局党组　　反馈时间：2021年4月16日　　填报时间：2021年9月6日"]];
  const merges = ["A1:K1", "A2:K2"];
  const items = L.filter((r) => r.length > 1);
  const st = countBy(items, (r) => r[8]);
  rows.push([`共反馈问题${items.length}个：已完成${st.get("已完成")}个，基本完成${st.get("基本完成")}个，持续整改${st.get("持续整改")}个`]);
  merges.push(`A${rows.length}:K${rows.length}`);
  rows.push(["序号", "问题类别", "巡察反馈问题", "具体表现", "整改措施", "责任领导", "责任股室", "整改时限", "整改进展情况", "整改状态", "销号情况"]);
  let no = 0;
  for (const r of L) {
    if (r.length === 1) {
      rows.push([r[0]]);
      merges.push(`A${rows.length}:K${rows.length}`);
      continue;
    }
    no++;
    rows.push([no].concat(r, [r[8] === "已完成" ? "已销号" : "未销号"]));
  }
  rows.push(["注：1．“具体表现”为巡察期间（2021年3月22日至4月9日）发现的情况；2．“整改进展情况”为2021年9月初统计；3．“整改时限”为整改方案确定的期限。"]);
  merges.push(`A${rows.length}:K${rows.length}`);
  rows.push(["填报人：陈××　　审核：局长 刘××　　联系电话：0762-33xxxxx"]);
  merges.push(`A${rows.length}:K${rows.length}`);
  assert(items.length === 13 && st.get("已完成") === 9 && st.get("基本完成") === 1 && st.get("持续整改") === 3, "f1 counts");
  assert(pct1(552, 1026) === "53.8%" && pct1(371680, 500000) === "74.3%" && pct1(163.5, 500) === "32.7%", "f1 percentages");
  return {
    description:
      "河源源城区商务局交来当事实表的是《落实区委第二巡察组反馈问题整改台账（电子商务进农村部分）》：两行抬头（巡察组、被巡察单位、反馈时间、填报时间）和一行问题数统计，表头 序号｜问题类别｜巡察反馈问题｜具体表现｜整改措施｜责任领导｜责任股室｜整改时限｜整改进展情况｜整改状态｜销号情况，按“一、…四、”分节。读法：“具体表现”是4月巡察时的情况、“整改进展情况”是现在的情况，事实取整改后——领导小组原为分管副区长、5月8日已调整为区长任组长并有商务、财政、农业农村、乡村振兴 → principal-all；摄影美工原按件收费、6月1日起免费 → 是；衍生增值服务已开通 → 是；163.5万元、32.7%、62%、1,187人次是巡察时的旧数，取371.68万元、89%、1,026人/552人、4,862人次；没整改完的照现状读（尚有2个行政村未通快递 → 快递覆盖为否）；“具体表现”里不变的事实照读（72个行政村、中心2020年10月12日投入运营、方案2020年3月印发、农产品网零增长18.6%）；责任领导（局长、副局长）、整改时限、销号情况都不是事实；中心培训、展示只说“提供”没说免费，不能当免费读；没有主观评分、没有考评截止日期。",
    sheets: [{ name: "巡察整改台账", rows, merges }],
    expect: {
      facts: {
        county: "源城区", adminVillagesStated: 72, planIssued: true, policyIssued: true, centerOpened: "2020-10-12", centerPhoto: true, centerOther: true,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: false, agriRetailGrowthStated: 0.186,
        trainingPersonTimesStated: 4862, eligiblePoorPersonsStated: 1026, trainedPoorPersonsStated: 552,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3716800, overallProgress: 0.89, fundSystemIssued: true, fundLedgerKept: true,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 佛山禅城区: one column per supplying department (sparse)
// =====================================================================================================
function buildF2() {
  const DEPT = ["区统计局", "区民政局", "区农业农村局", "区乡村振兴局", "区财政局", "禅城邮政分公司", "区政务服务数据管理局", "区经济和科技促进局"];
  const K = 7;
  // [label, unit, dept, value, note, extra: [dept, value]]
  const R = [];
  const sec = (t) => R.push([t]);
  const add = (label, unit, dept, value, note, extra) => R.push([label, unit, dept, value, note || null, extra || null]);
  sec("一、基本情况");
  add("常住人口", "万人", 0, 141.69, "第七次全国人口普查");
  add("户籍人口", "万人", 0, 75.86, "仅供参考");
  add("行政村", "个", 1, 15, "均在南庄镇");
  add("社区居民委员会", "个", 1, 87, null);
  add("省定贫困村", "个", 3, 0, "本区无省定贫困村");
  sec("二、组织领导和政策");
  add("领导小组组长", "—", K, "区委副书记、区长", "禅府办〔2020〕3号");
  add("领导小组成员单位", "—", K, "区经济和科技促进局（商务）、区财政局、区农业农村局、区乡村振兴局、区市场监督管理局、区交通运输局", null);
  add("示范县工作方案是否正式印发", "是/否", K, "是", "禅府办〔2020〕6号");
  add("是否出台支持农村电商发展的政策", "是/否", K, "是", "《禅城区促进农村电子商务发展扶持办法》");
  sec("三、公共服务中心和产业园");
  add("公共服务中心投入运营日期", "年月日", K, D("2020-11-26"), null);
  add("免费培训场所、培训设备", "有/无", K, "有", null);
  add("免费展示、销售特色农产品", "有/无", K, "有", null);
  add("免费摄影、美工服务", "有/无", K, "无", "按件收取成本费");
  add("农产品统一推广、品牌建设指导", "有/无", K, "有", null);
  add("其他衍生增值服务", "有/无", K, "有", "代办营业执照、融资对接");
  add("电商产业园（建设或整合）", "有/无", K, "有", "南庄电商产业园");
  add("专业第三方电商运营服务商", "有/无", K, "有", null);
  sec("四、农产品上行");
  add("行政村物流快递覆盖率", "%", 5, "100%", null);
  add("2019年农村网络零售额", "亿元", K, 36.52, "省商务厅提供，下同");
  add("2020年农村网络零售额", "亿元", K, 44.18, null);
  add("2019年农产品网络零售额", "亿元", K, 1.26, null);
  add("2020年农产品网络零售额", "亿元", K, 1.71, null);
  add("2020年农村网络零售额同比增速", "%", K, 21.0, null);
  add("2020年农产品网络零售额同比增速", "%", K, 35.7, null);
  sec("五、人才培训");
  add("电商培训人次", "人次", K, 6318, "含区农业农村局高素质农民培育电商班", [2, "1,205（高素质农民培育电商班，已含在区经科局数内）"]);
  add("有劳动能力的脱贫人口（不含外出务工）", "人", 3, 57, null);
  add("参加电商培训的脱贫人口", "人", 3, 31, "按身份证号去重");
  sec("六、信息公开和数据报送");
  add("专栏公示创建方案", "是/否", 6, "是", "区政府网“电子商务进农村”专栏");
  add("专栏公示项目基本信息", "是/否", 6, "是", null);
  add("专栏公示项目建设进度", "是/否", 6, "是", null);
  add("专栏设立征求意见或监督举报窗口", "是/否", 6, "否", "拟9月上线");
  add("能统计电商扶贫情况", "是/否", K, "是", null);
  sec("七、资金管理");
  add("下达省级专项资金", "万元", 4, "500.00", null);
  add("累计拨付资金", "万元", 4, "378.60", null);
  add("是否制定资金管理制度", "是/否", 4, "已制定", null);
  add("承建单位资金专用台账", "是/否", K, "已建立", null);
  add("项目总体进度", "%", K, 85, null);
  sec("八、一票否决事项");
  add("发生安全生产、质量事故或重大损失", "有/无", K, "无", null);
  add("弄虚作假", "有/无", K, "无", null);
  sec("九、主观评分项自评（区经科局填）");
  const JUD = [["方案制定", 2], ["政策支持", 2], ["项目管理制度", 2], ["工作台账", 1], ["网销调研", 1], ["网络促销活动", 2], ["交易标准与冷链溯源", 1],
    ["资金管理制度", 4], ["资金台账", 4], ["资金及时拨付", 4]];
  for (const [n, v] of JUD) add(n, /资金/.test(n) ? "1-5分" : "1-2分", K, v, null);
  const NC = 3 + DEPT.length + 1;
  const rows = [["禅城区电子商务进农村综合示范创建考评基础数据采集表（部门分工填报）"],
    ["说明：各单位只在本单位对应列填写，与本单位无关的格子留空；数据截至2021年8月31日。汇总单位：禅城区经济和科技促进局"],
    ["序号", "采集项", "计量单位", "填报单位（在本单位列填写）"].concat(Array(DEPT.length - 1).fill(null), ["备注"]),
    [null, null, null].concat(DEPT, [null])];
  const merges = [`A1:${colName(NC - 1)}1`, `A2:${colName(NC - 1)}2`, "A3:A4", "B3:B4", "C3:C4", `D3:${colName(2 + DEPT.length)}3`, `${colName(NC - 1)}3:${colName(NC - 1)}4`];
  let no = 0;
  for (const r of R) {
    if (r.length === 1) {
      rows.push(padRow([r[0]], NC));
      merges.push(`A${rows.length}:${colName(NC - 1)}${rows.length}`);
      continue;
    }
    const [label, unit, dept, value, note, extra] = r;
    const row = padRow([++no, label, unit], NC);
    row[3 + dept] = value;
    if (extra) row[3 + extra[0]] = extra[1];
    row[NC - 1] = note;
    rows.push(row);
  }
  const NAMES = ["何××", "梁××", "区××", "冯××", "潘××", "陈××", "麦××", "黄××"];
  const DATES = [D("2021-08-27"), "8月30日", D("2021-08-30"), "2021.8.31", "2021-09-01", "9月1日", D("2021-08-31"), D("2021-09-02")];
  rows.push(padRow([null, "填报人", null].concat(NAMES, [null]), NC));
  rows.push(padRow([null, "填报日期", null].concat(DATES, [null]), NC));
  rows.push([`注：增速按两年零售额计算；区农业农村局列的培训人次已含在区经科局数内，不另加。`]);
  merges.push(`A${rows.length}:${colName(NC - 1)}${rows.length}`);
  assert(pct1(4418 - 3652, 3652) === "21.0%" && pct1(171 - 126, 126) === "35.7%", "f2 growths");
  // every data row carries exactly one department value (except the training row's note value)
  const dataRows = rows.filter((r) => typeof r[0] === "number");
  for (const r of dataRows) {
    const filled = r.slice(3, 3 + DEPT.length).filter((c) => c !== null).length;
    assert(filled === (r[1] === "电商培训人次" ? 2 : 1), "f2 sparse row " + r[1]);
  }
  return {
    description:
      "佛山禅城区经济和科技促进局汇总的《考评基础数据采集表（部门分工填报）》：序号｜采集项｜计量单位｜八个填报单位各占一列（区统计局、区民政局、区农业农村局、区乡村振兴局、区财政局、禅城邮政分公司、区政务服务数据管理局、区经科局，两行表头、“填报单位”合并）｜备注，每个采集项只在提供数据的那个单位的列里填（人口在统计局列、行政村在民政局列、快递覆盖率“100%”在邮政列、专栏四项在政数局列、资金“500.00”“378.60”万元在财政局列，其余在经科局列），每行只有一格有值，要按列找；培训人次一行区农业农村局列另写“1,205（…已含在区经科局数内）”，不能相加，取6,318；户籍人口、社区数不是输入；“九、主观评分项自评”也在经科局列；表尾“填报人”“填报日期”两行是各单位的经办人和日期（8月27日至9月2日），不是数据。",
    sheets: [{ name: "部门分工填报", rows, merges }],
    expect: {
      facts: {
        county: "禅城区", asOf: "2021-08-31", residentPopulation: 1416900, adminVillagesStated: 15, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 3652000000, ruralRetail2020: 4418000000, agriRetail2019: 126000000, agriRetail2020: 171000000,
        ruralRetailGrowthStated: 0.21, agriRetailGrowthStated: 0.357,
        trainingPersonTimesStated: 6318, eligiblePoorPersonsStated: 57, trainedPoorPersonsStated: 31,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3786000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.85,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 汕头金平区: self-assessment with a traffic-light 预警 column
// =====================================================================================================
function buildF3() {
  const B = [
    ["加强组织领导与统筹协调（10分）", "组织领导", 2, "org.leadership", [["由县（市、区）政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）；由分管领导牵头（1分）", "2", "成立以区长为组长的示范创建工作领导小组，成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局等9个部门", "绿", 2, null]]],
    [null, "方案制定", 2, "org.plan", [["工作方案因地制宜，可操作性较强（1-2分）", "1-2", "《金平区电子商务进农村综合示范创建工作方案》2020年4月正式印发", "绿", 2, null]]],
    [null, "政策支持", 2, "org.policy", [["出台相关政策，且得到较好落实（1-2分）", "1-2", "2020年9月出台《金平区支持农村电商发展若干措施》，奖补兑现偏少", "黄", 1, "9月底前兑现第二批奖补"]]],
    [null, "项目管理", 4, "org.management", [["建立项目管理制度，在建设、验收环节严格落实（1-2分）", "1-2", "制定《示范项目建设管理办法》，按办法组织验收", "绿", 2, null],
      ["建立完整工作台账，详细记录项目建设情况（1-2分）", "1-2", "建立工作台账11本", "绿", 2, null]]],
    ["深入推动电子商务进农村工作（55分）", "服务体系建设（县级中心与产业园）", 15, "work.center", [
      ["建成县级电子商务公共服务中心（2分）", "2", "区电商公共服务中心2020年12月30日投入运营", "绿", 2, null],
      ["建成后已正常运行6个月（截至2021年8月31日）以上（2分）", "2", "截至2021年8月31日已运行8个月", "绿", 2, null],
      ["有免费培训场所、培训设备，能组织电商基础培训（2分）", "2", "有免费培训教室1间、直播实训室2间，能组织电商基础培训", "绿", 2, null],
      ["为特色农产品提供免费展示、销售服务（1分）", "1", "设农特产品展示展销区，免费展示销售", "绿", 1, null],
      ["为电子商务市场主体提供免费摄影、美工服务（1分）", "1", "摄影棚在建，暂未提供摄影、美工服务", "红", 0, "摄影棚9月底建成后免费开放"],
      ["组织农产品统一推广、指导特色农产品品牌建设（1分）", "1", "统一推广“金平潮味”区域公用品牌", "绿", 1, null],
      ["为电子商务发展提供其他衍生增值服务（1分）", "1", "提供代办营业执照、商标注册、融资对接服务", "绿", 1, null],
      ["建设或整合、优化当地电商产业园（2分）", "2", "整合建成金平电子商务产业园", "绿", 2, null],
      ["电商产业园企业入驻数量达20家及以上（2分）", "2", "入驻企业22家", "绿", 2, null],
      ["入驻企业含平台型、销售型、电商运营商或物流企业等至少三种以上类型（1分）", "1", "有平台型、销售型、电商运营商、物流企业", "绿", 1, null]]],
    [null, "服务体系建设（村级站点覆盖）", 10, "work.coverage", [
      ["行政村覆盖率70%及以上（5分），50%-70%（不含）（2分）", "5", "全区行政村8个（社区不计），8个村均建有站点，覆盖率100%", "绿", 5, null],
      ["贫困村覆盖率100%（5分），80%-100%（不含）（3分）", "5", "本区无省定贫困村", "绿", 5, null]]],
    [null, "农村产品上行", 10, "work.upward", [
      ["对当地农产品网络销售进行调研，并形成针对性建议（1-2分）", "1-2", "完成《金平区农产品网络销售调研报告》", "绿", 2, null],
      ["开展农村产品网络促销活动成效明显（1-2分）", "1-2", "开展“潮味年货节”网络促销2场，成效一般", "黄", 1, "9月举办中秋网络促销"],
      ["当地有专业第三方电子商务运营或服务商（1分）", "1", "引进汕头市潮商电子商务运营有限公司", "绿", 1, null],
      ["行政村物流快递覆盖率100%（1分）", "1", "8个行政村均已通快递", "绿", 1, null],
      ["有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）", "1-2", "制定牛肉丸电商交易标准；溯源系统试运行，冷链未建", "黄", 1, "冷链集配点纳入2022年计划"],
      ["2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）", "2", "2019年农村网络零售额41.26亿元、2020年50.83亿元，增长23.2%；2019年农产品网络零售额1.08亿元、2020年1.46亿元，增长35.2%", "绿", 2, null]]],
    [null, "电商人才培训", 20, "work.training", [
      ["培训人次达常住人口1%及以上（10分），0.8%-1%（不含）（8分），0.6%-0.8%（不含）（6分）", "10", "常住人口82.76万人（按50万人计），累计培训5,327人次，占1.07%", "绿", 10, "9月再办2期，巩固成果"],
      ["建档立卡贫困人口培训率50%及以上（10分），40%-50%（不含）（8分），30%-40%（不含）（6分）", "10", "有劳动能力（不含外出务工）的脱贫人口96人，参训55人，培训率57.3%", "绿", 10, null]]],
    ["加强信息公开及报送（10分）", "信息公开", 4, "info.disclosure", [
      ["在县政府网站设立公开专栏且内容全面（2分）", "2", "区政府网设“电子商务进农村”专栏，公开创建方案、项目基本信息、建设进度，设监督举报窗口", "绿", 2, null],
      ["近一年内专栏内容能按月更新（2分），不定时更新（1分）", "2", "2020年9月以来每月更新", "绿", 2, null]]],
    [null, "数据上报", 6, "info.reporting", [
      ["近一年能每月向市商务局报送工作情况（3分），不定时上报（1分）", "3", "每月5日前向汕头市商务局报送", "绿", 3, null],
      ["能统计电商扶贫情况（3分）", "3", "月报附电商扶贫统计表", "绿", 3, null]]],
    ["加强宣传推广（10分）", "案例总结", 2, "promo.cases", [["向市商务局报送经验材料（2分）", "2", "2021年6月报送《金平区“电商＋潮味”助农经验》", "绿", 2, null]]],
    [null, "经验推广", 8, "promo.media", [["省级及以上媒体进行宣传报道（4分）", "4", "南方+客户端2021年3月报道", "绿", 4, null],
      ["市级媒体进行宣传报道（3分）", "3", "汕头日报、汕头电视台报道", "绿", 3, null], ["县级媒体进行宣传报道（1分）", "1", "“金平发布”公众号报道", "绿", 1, null]]],
    ["加强财政资金管理（15分）", "制度建立", 5, "fund.system", [["建立科学有效的资金管理制度且得到有效落实（1-5分）", "1-5", "制定《金平区电子商务进农村综合示范专项资金管理办法》", "黄", 4, null]]],
    [null, "资金台账", 5, "fund.ledger", [["项目承建方建立资金专用台账，账目完整（1-5分）", "1-5", "各承建单位建立资金专用台账，个别凭证不全", "黄", 4, "9月补齐凭证"]]],
    [null, "资金支出", 5, "fund.spending", [["资金支出率70%以上，且根据创建进度及时拨付（1-5分）；低于70%倒扣5分", "1-5", "下达省级专项资金500万元，截至2021年8月31日拨付356.2万元，支出率71.2%", "黄", 3, "9月底前拨付至400万元以上"]]],
    ["加分项（4分）", "贫困人口培训", 2, "bonus.poorTraining", [["建档立卡贫困人口培训率70%及以上（2分）", "2", "培训率57.3%", "红", 0, "9月再办2期脱贫户专场，力争达到70%"]]],
    [null, "典型案例电视播报", 2, "bonus.tvCase", [["电商扶贫典型案例获国家级电视媒体播报（2分），省级（1分）（不累加）", "2", "汕头电视台播出（市级）", "红", 0, null]]],
    ["一票否决项", "安全事故", null, "veto", [["发生安全生产、质量事故，或者造成重大经济损失和社会不良影响", "—", "未发生", "—", "否", null]]],
    [null, "进度滞后", null, "veto", [["项目建设进度严重滞后，总体进度不足40%", "—", "项目总体进度87%", "—", "否", null]]],
    [null, "弄虚作假", null, "veto", [["弄虚作假", "—", "无", "—", "否", null]]],
  ];
  const LIGHT = { 绿: "●绿", 黄: "●黄", 红: "●红", "—": "—" };
  const rows = [["金平区电子商务进农村综合示范创建考评指标自评及预警表"],
    ["填报单位：汕头市金平区商务局　　考评截止日期：2021年8月31日　　填报日期：2021年9月2日"],
    ["预警：●绿＝该项已得满分　●黄＝部分得分　●红＝不得分或有扣分风险（9月1日局务会研究）"],
    ["工作任务", "评价指标", "分值", "评分项", "分项分值", "完成情况", "预警", "分项自评分", "指标自评得分", "差距及下步措施", "责任股室"]];
  const merges = ["A1:K1", "A2:K2", "A3:K3"];
  const claimed = {};
  const judged = {};
  const JMAP = { "org.plan": ["org.plan"], "org.policy": ["org.policy"], "org.management": ["org.management.system", "org.management.ledger"],
    "fund.system": ["fund.system"], "fund.ledger": ["fund.ledger"], "fund.spending": ["fund.spending"] };
  const UPJ = { 0: "work.upward.research", 1: "work.upward.promotion", 4: "work.upward.standards" };
  let taskStart = 0;
  const lights = [];
  B.forEach(([task, ind, w, id, items]) => {
    const r0 = rows.length + 1;
    if (task) {
      if (taskStart) mergeCol(merges, "A", taskStart, r0 - 1);
      taskStart = r0;
    }
    const tot = id === "veto" ? null : sum(items.map((x) => x[4]));
    items.forEach(([text, pv, done, light, s, plan], j) => {
      rows.push([j === 0 && task ? task : null, j === 0 ? ind : null, j === 0 ? w : null, text, pv, done, LIGHT[light], s, j === 0 ? (id === "veto" ? null : tot) : null, plan,
        ["办公室", "电商股", "流通股", "财务股"][id.startsWith("fund") ? 3 : id.startsWith("info") || id.startsWith("org") ? 0 : id === "work.upward" ? 2 : 1]]);
      if (light !== "—") lights.push(light);
    });
    for (const col of ["B", "C", "I"]) mergeCol(merges, col, r0, rows.length);
    if (id !== "veto") claimed[id] = tot;
    if (JMAP[id]) JMAP[id].forEach((k, j) => (judged[k] = items[j][4]));
    if (id === "work.upward") for (const [j, k] of Object.entries(UPJ)) judged[k] = items[Number(j)][4];
  });
  mergeCol(merges, "A", taskStart, rows.length);
  const total = sum(SCORED.map((s) => claimed[s[0]]));
  rows.push(["合计", null, 100, null, null, null, null, null, `${total}（加分0）`, null, null]);
  merges.push(`A${rows.length}:B${rows.length}`);
  rows.push(padRow([], 11));
  rows.push(["附：预警汇总"]);
  merges.push(`A${rows.length}:K${rows.length}`);
  const lc = countBy(lights, (x) => x);
  rows.push(["预警", "评分项数", "说明"]);
  rows.push(["●绿", lc.get("绿"), "已得满分"]);
  rows.push(["●黄", lc.get("黄"), "部分得分，需补强"]);
  rows.push(["●红", lc.get("红"), "不得分，9月重点攻坚"]);
  rows.push(["填表：电商股 蔡××　　审核：副局长 林××"]);
  merges.push(`A${rows.length}:K${rows.length}`);
  assert(total === 92, "f3 claimed 92 " + total);
  assert(pct1(5083 - 4126, 4126) === "23.2%" && pct1(146 - 108, 108) === "35.2%" && pct2(5327, 500000) === "1.07%" && pct1(55, 96) === "57.3%" && pct1(3562, 5000) === "71.2%", "f3 percentages");
  return {
    description:
      "汕头金平区商务局的《考评指标自评及预警表》：三行抬头（截止日、填报日期、预警图例“●绿＝满分 ●黄＝部分得分 ●红＝不得分”），表头 工作任务｜评价指标｜分值｜评分项（官方评分标准原文）｜分项分值｜完成情况｜预警｜分项自评分｜指标自评得分｜差距及下步措施｜责任股室，工作任务、评价指标、分值、指标自评得分按指标纵向合并（claimed取合并的指标自评得分，判断项取分项自评分：项目管理2、2，调研2、促销1、标准冷链1，资金4、4、及时拨付3）；事实只在“完成情况”句子里（区长任组长、中心2020年12月30日运营、摄影美工“暂未提供”为●红、行政村8个、无省定贫困村、零售额亿元、常住人口82.76万、5,327人次、96人中55人、拨付356.2万元、进度87%）；“差距及下步措施”是9月的打算（摄影棚9月底建成、再办2期、拨付至400万元），不是事实；加分两行、一票否决三行“否”；表下“附：预警汇总”（绿/黄/红项数）不是数据。",
    sheets: [{ name: "自评及预警", rows, merges }],
    expect: {
      facts: {
        county: "金平区", asOf: "2021-08-31", residentPopulation: 827600, adminVillagesStated: 8, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-30", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 4126000000, ruralRetail2020: 5083000000, ruralRetailGrowthStated: 0.232,
        agriRetail2019: 108000000, agriRetail2020: 146000000, agriRetailGrowthStated: 0.352,
        trainingPersonTimesStated: 5327, eligiblePoorPersonsStated: 96, trainedPoorPersonsStated: 55,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3562000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.87,
        vetoIncident: false, vetoFraud: false,
      },
      judged,
      leadership: "principal-all",
      claimed,
    },
  };
}


// =====================================================================================================
// l1 — 江门蓬江区: 农民夜校 sessions, a national-system poor roster with twins, a 专栏 publishing log with links
// =====================================================================================================
function buildL1() {
  const REGION = "440703";
  const TOWNS = ["棠下镇", "荷塘镇", "杜阮镇"];
  const vName = nameMaker("石良桐江周虎丰篁塔禾井三", ["头", "岗", "边", "洲", "滘", "冲", "湾", "塘", "坑", "田", "围"], "村", ["棠下", "荷塘", "杜阮"]);
  const villages = Array.from({ length: 18 }, (_, k) => ({ v: vName(), town: TOWNS[k % 3] }));

  // ---------------- 夜校课堂 (sessions)
  const S = [
    { y: 2020, d: "2020-09-24", cell: "9月24日", t: "19:30—21:30", n: 38 },
    { y: 2020, d: "2020-10-15", cell: `10月15日（周${weekday("2020-10-15")}）`, t: "19:30-21:30", n: 41 },
    { y: 2020, d: "2020-10-29", cell: D("2020-10-29"), t: "19:30-21:00", n: "36人" },
    { y: 2020, d: "2020-11-20", cell: "11月19日、20日晚", t: "19:30—21:30", n: "79（两晚合计）", pt: 79 },
    { y: 2020, d: "2020-12-10", cell: "2020.12.10", t: "晚7:30-9:30", n: 44 },
    { y: 2020, d: "2020-12-29", cell: "12月29日", t: "19:30-21:30", n: 35 },
    { y: 2021, d: "2021-01-14", cell: "1月14日", t: "19:00-20:30", n: 32 },
    { y: 2021, d: "2021-03-04", cell: D("2021-03-04"), t: "19:30-21:30", n: fullWidth("42"), pt: 42 },
    { y: 2021, d: "2021-03-25", cell: "3月25日", t: "19:30-21:30", n: 47 },
    { y: 2021, d: "2021-04-22", cell: "2021/4/22", t: "20:00-21:30", n: 39 },
    { y: 2021, d: "2021-05-20", cell: "5月20日", t: "19:30-21:30", n: 51 },
    { y: 2021, d: "2021-06-17", cell: "6月17日", t: "20:00-21:30", n: 46 },
    { y: 2021, d: "2021-07-20", cell: "7月20日", t: "—", n: "—", cancel: true },
    { y: 2021, d: "2021-07-29", cell: "7月29日", t: "20:00-21:30", n: 43 },
    { y: 2021, d: "2021-08-19", cell: "8月19日", t: "20:00-21:30", n: 48 },
    { y: 2021, d: "2021-08-31", cell: `8月31日（周${weekday("2021-08-31")}）`, t: "19:30-21:30", n: 52 },
    { y: 2021, d: "2021-09-09", cell: "9月9日", t: "19:30-21:30", n: 45 },
  ];
  const TOPIC = ["手机开网店入门", "微信朋友圈营销", "短视频拍摄", "直播带货基础", "农产品包装与品牌", "社区团购", "网上缴费与代购代销", "电商安全与防诈骗"];
  const tRows = [["蓬江区“农民夜校·电商课堂”开课登记表"], ["（区农业农村局、区经促局联合举办，每期在村党群服务中心晚上开课；到课人数按签到表统计）"],
    ["期次", "日期", "时段", "上课地点", "课程内容", "授课人", "到课人数", "其中：脱贫户", "备注"]];
  const tMerges = ["A1:I1", "A2:I2"];
  const recs = [];
  let no = 0;
  let year = null;
  S.forEach((s, j) => {
    if (s.y !== year) {
      year = s.y;
      tRows.push([`${year}年（${S.filter((x) => x.y === year && !x.cancel).length}期）`]);
      tMerges.push(`A${tRows.length}:I${tRows.length}`);
    }
    no++;
    const x = villages[(j * 5) % villages.length];
    const place = `${x.town}${x.v}党群服务中心`;
    const pt = s.pt !== undefined ? s.pt : typeof s.n === "number" ? s.n : s.cancel ? null : Number(String(s.n).replace(/人$/, ""));
    tRows.push([`第${no}期`, s.cell, s.t, place, s.cancel ? "（停课）" : TOPIC[j % TOPIC.length], s.cancel ? null : ["区电商公共服务中心讲师", "江门职业技术学院老师", "镇电商专干"][j % 3], s.n,
      s.cancel ? null : rint(2, 9), s.cancel ? "台风“查帕卡”过境停课，未补课" : s.d > "2021-08-31" ? "9月开课" : null]);
    if (!s.cancel) recs.push({ date: s.d, personTimes: pt });
  });
  tRows.push(["合计", null, null, null, null, null, sum(recs.map((r) => r.personTimes)), null, `共${recs.length}期`]);
  tMerges.push(`A${tRows.length}:F${tRows.length}`);
  tRows.push(["注：2020年、2021年各期日期按所在年份；第4期为连续两晚，到课人数为两晚合计。"]);
  tMerges.push(`A${tRows.length}:I${tRows.length}`);
  assert(recs.length === 16 && recs.every((r) => Number.isInteger(r.personTimes) && r.personTimes > 0), "l1 16 sessions");
  assert(weekday("2021-08-31") === "二" && weekday("2020-10-15") === "四", "l1 weekdays");

  // ---------------- 脱贫户家庭成员劳动力及务工情况
  const CODES = shuffle([].concat(Array(17).fill("E"), Array(7).fill("M"), Array(6).fill("N")));
  const opts = { wantX: true, xDone: false };
  const { persons, households } = makeHouseholds(REGION, CODES, shuffle(villages).slice(0, 9).map((x) => x.v), opts);
  assert(opts.xDone, "l1 X id");
  const townOfV = Object.fromEntries(villages.map((x) => [x.v, x.town]));
  // twins: a child of working age gets a twin with the same birth date
  const child = persons.find((p) => (p.rel === "之子" || p.rel === "之女") && p.c === "E");
  assert(child, "l1 a child for the twins");
  const twinMale = rnd() < 0.5;
  const twin = { id: makeId(REGION, child.birth, twinMale), name: personName(child.name[0]), c: "E", v: child.v, rel: twinMale ? "之子" : "之女", birth: child.birth, male: twinMale, hh: child.hh, twin: true };
  child.twin = true;
  child.hh.members.splice(child.hh.members.indexOf(child) + 1, 0, twin);
  assert(twin.id !== child.id && birthOf(twin.id) === birthOf(child.id), "l1 twins share the birth date");
  const xP = persons.find((p) => p.c === "E" && p.id.endsWith("X"));
  assert(xP, "l1 an eligible X id");
  const LAB = ["普通劳动力", "技能劳动力", "弱劳动力或半劳动力"];
  const pRows = [["蓬江区脱贫户家庭成员劳动力及务工情况表"], ["（区乡村振兴局从全国防返贫监测信息系统导出整理，2021年6月）"],
    ["序号", "镇（街）", "村", "户主姓名", "成员姓名", "与户主关系", "性别", "出生日期", "身份证号", "劳动技能", "务工情况", "备注"]];
  const pMerges = ["A1:L1", "A2:L2"];
  const pRecs = [];
  let k = 0;
  for (const hh of households) {
    const r0 = pRows.length + 1;
    hh.members.forEach((p, j) => {
      let lab;
      let work;
      if (p.c === "N") {
        lab = rnd() < 0.6 ? "丧失劳动力" : "无劳动力";
        work = "—";
      } else {
        lab = LAB[rint(0, 2)];
        work = p.c === "M" ? (rnd() < 0.5 ? "区外省内务工" : "省外务工") : rnd() < 0.5 ? "区内务工" : "未务工";
      }
      const idCell = p === xP ? p.id.slice(0, 17) + "x" : p.id;
      pRows.push([++k, j === 0 ? townOfV[hh.v] : null, j === 0 ? hh.v : null, j === 0 ? p.name : null, p.name, p.rel, p.male ? "男" : "女",
        p.birth.replace(/-/g, "."), idCell, lab, work, p.twin ? "双胞胎" : null]);
      pRecs.push({ id: p.id, labour: p.c !== "N", migrant: p.c === "N" ? null : p.c === "M" });
    });
    for (const col of ["B", "C", "D"]) mergeCol(pMerges, col, r0, pRows.length);
  }
  pRows.push(["注：劳动技能按系统口径：普通劳动力、技能劳动力、弱劳动力或半劳动力为有劳动能力，丧失劳动力、无劳动力为无劳动能力；务工情况“区外省内务工”“省外务工”为外出务工。"]);
  pMerges.push(`A${pRows.length}:L${pRows.length}`);
  assert(pRecs.length === 31 && pRecs.filter((r) => r.labour && r.migrant === false).length === 18, "l1 roster 31, 18 eligible");

  // ---------------- 专栏发布记录 (newest first, with links)
  const UP = [];
  for (const m of monthsBetween("2020-08", "2021-09")) {
    if (m === "2021-02") continue;
    UP.push({ d: `${m}-${String(rint(3, 12)).padStart(2, "0")}`, t: `蓬江区电子商务进农村综合示范项目建设进度（${cnMonth(monthsBetween("2020-01", m).slice(-2)[0])}）`, sub: "建设进度" });
    if (rnd() < 0.45) {
      const [t, sub] = [["“农民夜校·电商课堂”开课通知", "工作动态"], ["村级电商服务站建设项目公示", "项目公示"], ["蓬江区电商进农村工作动态", "工作动态"], ["专项资金使用情况公示", "资金公示"]][rint(0, 3)];
      UP.push({ d: `${m}-${String(rint(15, 27)).padStart(2, "0")}`, t, sub });
    }
  }
  UP.sort((a, b) => cmp(b.d, a.d));
  let post = 2461000 + rint(0, 999) + 600 * UP.length;
  const dRows = [["江门市蓬江区人民政府门户网站“电子商务进农村”专题信息发布记录"], ["（网站后台导出，按发布日期倒序）"],
    ["序号", "标题", "所属子栏目", "发布日期", "文章链接", "发布人", "浏览次数"]];
  const dRecs = [];
  UP.forEach((u, j) => {
    post -= rint(200, 600);
    const dc = j % 5 === 2 ? D(u.d) : j % 5 === 4 ? slashDate(u.d) : u.d;
    dRows.push([j + 1, u.t, u.sub, dc, `http://www.pjq.gov.cn/ztzl/dzswjnc/${{ 建设进度: "jsjd", 工作动态: "gzdt", 项目公示: "xmgs", 资金公示: "zjgs" }[u.sub]}/content/post_${post}.html`, ["区经促局 李××", "区经促局 谭××"][j % 2], rint(85, 1260)]);
    dRecs.push({ date: u.d });
  });
  const mset = new Set(dRecs.map((r) => ym(r.date)));
  assert(!mset.has("2021-02") && mset.has("2021-09") && mset.has("2020-08"), "l1 专栏 months");

  // ---------------- 经验材料
  const MAT = [["2020-12-18", "《蓬江区“夜校＋电商”培育农村电商人才的做法》", D("2020-12-18")], ["2021-05-21", "《蓬江区电商助力乡村振兴典型案例》", "2021.5.21"],
    ["2021-09-08", "《蓬江区电子商务进农村综合示范创建工作总结》", "2021年9月8日"]];
  const matRows = [["报送江门市商务局经验材料登记"], ["序号", "报送日期", "材料名称", "报送方式", "备注"]];
  MAT.forEach(([iso, t, cell], j) => matRows.push([j + 1, cell, t, j === 1 ? "粤政易" : "电子邮件", null]));

  const notes = [["蓬江区电子商务进农村台账（第二册）填表说明"], ["1．《夜校课堂》按年分段，各期日期只写月日的，年份看所在分段；第4期连续两晚，到课人数为两晚合计；停课的不计。"],
    ["2．《脱贫户劳动力》由区乡村振兴局提供，劳动技能、务工情况按全国防返贫监测信息系统口径。"], ["3．《专栏发布记录》由网站后台导出，按发布日期倒序排列。"],
    ["江门市蓬江区经济促进局　2021年9月"]];
  return {
    description:
      "江门蓬江区经济促进局台账第二册（填表说明加四张表）：《夜校课堂》是“农民夜校·电商课堂”开课登记，一期一行，按“2020年（6期）”“2021年（10期）”分段，日期多只写月日（年份看分段），还有“10月15日（周四）”、真日期、“2020.12.10”、“2021/4/22”，时段列是晚上的钟点（“19:30—21:30”“晚7:30-9:30”）不是日期；第4期“11月19日、20日晚”连上两晚、按20日，到课人数“79（两晚合计）”；7月20日台风“查帕卡”停课（到课“—”）不是一期；到课人数有“36人”和全角“４２”，“其中：脱贫户”不加；8月31日那期算截止日内，9月9日照列；《脱贫户劳动力》是防返贫监测系统口径（普通/技能/弱劳动力或半劳动力＝有劳动能力，丧失劳动力/无劳动力＝无；区外省内务工、省外务工＝外出务工，区内务工、未务工不是，无劳动力的“—”不答），有一对出生日期相同的双胞胎（两个人、两个身份证号），一人身份证号末位小写x；《专栏发布记录》是网站后台导出、按发布日期倒序，带文章链接和浏览次数，2021年2月没有发布；《经验材料》三条（一条在9月）。",
    sheets: [
      { name: "填表说明", rows: notes },
      { name: "夜校课堂", rows: tRows, merges: tMerges },
      { name: "脱贫户劳动力", rows: pRows, merges: pMerges },
      { name: "专栏发布记录", rows: dRows, merges: ["A1:G1", "A2:G2"] },
      { name: "经验材料", rows: matRows, merges: ["A1:E1"] },
    ],
    expect: {
      sheets: {
        "填表说明": { kind: null },
        "夜校课堂": { kind: "training", records: recs },
        "脱贫户劳动力": { kind: "poorPersons", records: pRecs },
        "专栏发布记录": { kind: "disclosures", records: dRecs },
        "经验材料": { kind: "materials", records: MAT.map(([iso]) => ({ date: iso })) },
      },
    },
  };
}

// =====================================================================================================
// l2 — 湛江霞山区: villages after a merger (with a 对照 table below), stations under old names, 决算 payments, 红黑榜
// =====================================================================================================
function buildL2() {
  const REGION = "440803";
  const TOWNS = [["海头街道", 5, 4], ["乐华街道", 3, 5], ["建设街道", 3, 6], ["东新街道", 0, 7], ["新园街道", 0, 6], ["爱国街道", 2, 5]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("东西上下大岭坡湾麻椹田", ["头", "仔", "塘", "园", "坑", "垌", "岭", "坡", "湾", "田"], "村", prefixes.concat(["山", "后", "南", "北"]));
  const cName = nameMaker("霞友工解海椰绿", ["滨", "苑", "华", "兴", "安", "和", "平", "景"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  towns[0].vs.splice(2, 0, "山洋村");
  towns[2].vs.splice(1, 0, "南港村");
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  assert(admin.length === 15 && comms.length === 33, "l2 15 + 33");
  noStemClash(admin, comms, "l2");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const poorV = towns[1].vs[1];

  // ---------------- 村（居）一览 + 调整对照 below
  const vRows = [["霞山区村（居）民委员会一览表"], ["（区民政局2021年6月提供）"], ["序号", "街道", "村（居）委会名称", "类型", "省定贫困村", "备注"]];
  const vMerges = ["A1:F1", "A2:F2"];
  const vRecs = [];
  let sq = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    x.vs.forEach((v) => {
      const note = v === "山洋村" ? "2020年12月由原山尾村、后洋村合并设立" : v === "南港村" ? "2020年12月原北港村并入" : null;
      vRows.push([++sq, vRows.length + 1 === r0 ? x.t : null, `${v}民委员会`, "村委会", v === poorV ? "是" : "否", note]);
      vRecs.push({ name: v, admin: true, poor: v === poorV });
    });
    x.cs.forEach((c) => {
      vRows.push([++sq, vRows.length + 1 === r0 ? x.t : null, `${c}居民委员会`, "居委会", "/", null]);
      vRecs.push({ name: c, admin: false, poor: null });
    });
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push([`合计：村委会${admin.length}个，居委会${comms.length}个`]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);
  vRows.push([null, null, null, null, null, null]);
  vRows.push(["附：2020年村级建制调整对照表"]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);
  vRows.push(["序号", "原村委会", "调整后村委会", "调整方式", "批复文号", "调整时间"]);
  vRows.push([1, "山尾村委会", "山洋村委会", "合并设立", "霞府函〔2020〕186号", "2020年12月"]);
  vRows.push([2, "后洋村委会", "山洋村委会", "合并设立", "霞府函〔2020〕186号", "2020年12月"]);
  vRows.push([3, "北港村委会", "南港村委会", "并入", "霞府函〔2020〕187号", "2020年12月"]);
  assert(vRecs.length === 48, "l2 48 names");

  // ---------------- 站点清单 (old village names)
  const plain = shuffle(admin.filter((v) => v !== "山洋村" && v !== "南港村" && v !== poorV)).slice(0, 9);
  const ST = plain.map((v) => ({ v, op: randIsoBetween("2020-07-01", "2021-08-20") }));
  ST.push({ v: "山洋村", op: "2020-09-18", cell: "山尾村（现山洋村）", nm: "山尾村电商服务站" });
  ST.push({ v: "山洋村", op: "2021-04-26", cell: "后洋村（已并入山洋村）", nm: "后洋电商服务点" });
  ST.push({ v: "南港村", op: "2020-11-06", cell: "北港村（2020年12月并入南港村）", nm: "北港村电商服务站" });
  ST.push({ v: poorV, op: "2021-03-12" });
  const commV = towns[3].cs[1];
  ST.push({ v: commV, op: "2021-06-08" });
  ST.push({ v: plain[0], op: "2021-09", month: true, nm: `${plain[0].replace(/村$/, "")}村电商服务点（二）` });
  const tI = Object.fromEntries(TOWNS.map(([t], j) => [t, j]));
  ST.sort((a, b) => tI[townOf[a.v]] - tI[townOf[b.v]] || cmp(a.op, b.op));
  const sRows = [["霞山区村级电子商务服务站点清单"], ["序号", "街道", "站点名称", "所在村（社区）", "建成时间", "负责人", "联系电话", "服务内容"]];
  const sRecs = [];
  ST.forEach((s, j) => {
    const short = s.v.replace(/村$|社区$/, "");
    const nm = s.nm || (s.v === commV ? `${short}社区电商服务站` : `${short}村电商服务站`);
    const cell = s.cell || (j % 2 ? `${s.v}委会` : s.v);
    const dc = s.month ? "2021年9月" : dateCell(s.op, j + 2);
    sRows.push([j + 1, townOf[s.v], nm, cell, dc, personName(), mask(phone()), ["代购代销、代收快递", "代缴费、代收快递", "农产品上行、代购代销"][j % 3]]);
    sRecs.push({ village: s.v, opened: s.op });
  });
  assert(sRecs.length === 15 && sRecs.filter((r) => r.village === "山洋村").length === 2, "l2 15 stations");
  const stNames = sRows.slice(2).map((r) => r[2]);
  assert(new Set(stNames).size === stNames.length, "l2 station names unique");

  // ---------------- 入驻企业
  const FIRMS = [["湛江市霞山区海港电子商务有限公司", "电商运营商", "在园"], ["湛江市霞山区南珠优品网络科技有限公司", "平台型", "在园"], ["湛江市霞山区海味坊电子商务商行", "销售型", "在园"],
    ["湛江市霞山区椰风农品网店", "销售型", "在园"], ["湛江市霞山区速达物流有限公司", "物流企业", "在园"], ["湛江市霞山区鲜链冷链科技有限公司", "物流企业", "在园"],
    ["湛江市霞山区渔港直播传媒有限公司", "直播机构", "left1"], ["湛江市霞山区蓝海品牌策划有限公司", "设计服务", "在园"], ["湛江市霞山区湾畔海产电子商务有限公司", "销售型", "left2"],
    ["湛江市霞山区金沙湾跨境电商有限公司", "平台型", "在园"], ["湛江市霞山区乐华供应链管理有限公司", "物流企业", "在园"], ["湛江市霞山区红树林生态农品商行", "销售型", "plan"]];
  const eRows = [["霞山区电子商务产业园入驻企业名录"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "在园状态", "备注"]];
  const eRecs = [];
  FIRMS.forEach(([n, t, st], j) => {
    let entered = randIsoBetween("2020-08-01", "2021-07-30");
    let left = null;
    let stCell = "在园";
    if (st === "left1") {
      entered = "2020-10-15";
      left = "2021-06-30";
      stCell = "已退园（2021.6.30）";
    } else if (st === "left2") {
      entered = "2020-12-01";
      left = "2021-07";
      stCell = "已迁出（2021年7月）";
    } else if (st === "plan") {
      entered = "2021-09-15";
      stCell = "已签约，拟入驻";
    }
    eRows.push([j + 1, n, creditCode(REGION), t, dateCell(entered, j), stCell, st === "left2" ? "迁往麻章区" : null]);
    eRecs.push({ name: n, type: t, entered, left });
  });

  // ---------------- 资金支付及决算
  const P = [
    ["霞山区电子商务公共服务中心建设", "湛江市霞山区海港电子商务有限公司", 1480000, 1452600, [["2020-10-20", 444000], ["2021-03-16", 592000], ["2021-08-24", 343970]], 72630],
    ["村级电商服务站点建设", "中国邮政集团有限公司湛江市霞山区分公司", 960000, 948000, [["2020-11-18", 288000], ["2021-05-12", 384000], ["2021-09-07", 228600]], 47400],
    ["农村电商人才培训", "湛江市霞山区职业培训学校", 600000, 600000, [["2020-12-22", 180000], ["2021-06-28", 240000], ["2021-08-30", 180000]], 0],
    ["农村物流配送体系建设", "湛江市霞山区速达物流有限公司", 820000, null, [["2021-01-26", 246000], ["2021-07-14", 328000]], 0],
    ["农产品品牌培育及网络推广", "湛江市霞山区蓝海品牌策划有限公司", 430000, 425800, [["2021-04-09", 404510]], 21290],
    ["冷链及溯源体系建设", "湛江市霞山区鲜链冷链科技有限公司", 450000, null, [["2021-05-25", 135000], ["2021-08-18", 180000]], 0],
  ];
  const fRows = [["霞山区电子商务进农村综合示范项目资金支付及决算情况表"], ["（下达省级专项资金500万元；金额单位：元）"],
    ["支付批次", "支付日期", "支付金额", "支付方式", "凭证号", "备注"]];
  const fMerges = ["A1:F1", "A2:F2"];
  const fRecs = [];
  const CN_IDX = ["一", "二", "三", "四", "五", "六"];
  P.forEach(([name, who, contract, settled, pays, qa], j) => {
    fRows.push([`${CN_IDX[j]}、${name}`]);
    fMerges.push(`A${fRows.length}:F${fRows.length}`);
    fRows.push([`承建单位：${who}　　合同金额：${fmtMoney(contract)}　　决算审定金额：${settled ? fmtMoney(settled) : "（尚未决算）"}`]);
    fMerges.push(`A${fRows.length}:F${fRows.length}`);
    pays.forEach(([iso, amt], k) => {
      const ac = (j + k) % 3 === 1 ? fmtMoney(amt) : amt;
      fRows.push([`第${CN_IDX[k]}次`, dateCell(iso, j + k + 1), ac, "国库集中支付", `霞财支〔${iso.slice(0, 4)}〕${rint(100, 999)}号`, iso > "2021-08-31" ? "9月支付" : pays.length === 1 ? "一次性支付（已扣质保金）" : null]);
      fRecs.push({ date: iso, amount: amt });
    });
    if (qa) {
      assert(settled - qa === sum(pays.map((p) => p[1])), "l2 paid + 质保金 = 决算 " + name);
      fRows.push(["质保金（5%）", "—", fmtMoney(qa), null, null, "质保期满后支付（未付）"]);
    }
    fRows.push(["小计", null, sum(pays.map((p) => p[1])), null, null, settled ? `已付${pct1(sum(pays.map((p) => p[1])), settled)}` : "尚未决算"]);
  });
  fRows.push(["合计", null, sum(fRecs.map((r) => r.amount)), null, null, "已支付合计"]);
  assert(fRecs.length === 14, "l2 14 payments");

  // ---------------- 月报报送 (红黑榜)
  const rRows = [["霞山区向湛江市商务局报送月度工作情况登记表"], ["序号", "报告月份", "报送日期", "是否附扶贫统计", "市局通报（红黑榜）", "备注"]];
  const rRecs = [];
  monthsBetween("2020-08", "2021-08").forEach((m, j) => {
    const next = monthsBetween(m, "2021-12")[1];
    let sent = `${next}-0${rint(2, 5)}`;
    let rb = j % 4 === 3 ? "—" : "红榜";
    let note = null;
    if (m === "2021-01") {
      sent = "2021-02-18";
      rb = "黑榜（逾期报送）";
      note = "春节假期后补报";
    }
    const pov = m === "2020-08" ? "×" : m === "2021-05" ? null : "√";
    rRows.push([j + 1, cnMonth(m), dateCell(sent, j + 1), pov, rb, note]);
    rRecs.push({ date: sent, poverty: pov === "√" ? true : pov === "×" ? false : null });
  });

  // ---------------- 宣传报道
  const MEDIA = [["2020-10-21", "“霞山融媒”客户端", "县级", "网络", "霞山首批村级电商服务站开门迎客", "1.2万", null],
    ["2020-12-03", "湛江日报", "市级", "报纸", "霞山：电商进村 海味出村", "—", null],
    ["2021-01-19", "湛江广播电视台《湛江新闻》", "市级", "电视", "霞山区电商公共服务中心助农年货上网", "—", null],
    ["2021-04-07", "南方日报", "省级", "报纸", "霞山渔村搭上电商快车", "—", "学习强国广东学习平台、南方+转载"],
    ["2021-06-02", "广东广播电视台珠江频道《今日关注》", "省级", "电视", "湛江霞山：直播间里卖海鲜", "—", "“霞山融媒”转发"],
    ["2021-09-14", "“霞山融媒”客户端", "县级", "网络", "霞山区电商示范创建成果巡礼", "8,635", null]];
  const mRows = [["霞山区电子商务进农村宣传报道统计表"], ["序号", "发布日期", "媒体／平台", "级别", "标题", "形式", "阅读量（次）", "转载情况"]];
  const LV = { 县级: "county", 市级: "city", 省级: "province" };
  const mRecs = [];
  MEDIA.forEach(([iso, media, lv, form, t, reads, rep], j) => {
    mRows.push([j + 1, j % 3 === 1 ? twoDot(iso) : j % 3 === 2 ? cnDate(iso) : D(iso), media, lv, `《${t}》`, form, reads, rep]);
    mRecs.push({ date: iso, level: LV[lv], tv: form === "电视" });
  });

  const toc = [["霞山区电子商务进农村台账（第三册）目录"], ["序号", "表名", "说明"], [1, "村居一览", "区民政局提供，附2020年村级建制调整对照表"], [2, "站点清单", "村级电商服务站点"],
    [3, "入驻企业", "电商产业园入驻企业名录"], [4, "资金支付及决算", "按项目列示支付批次、质保金"], [5, "月报报送", "含市局红黑榜通报情况"], [6, "宣传报道", "含转载情况"], ["湛江市霞山区商务局　2021年9月"]];
  return {
    description:
      "湛江霞山区商务局台账第三册（目录加六张表）：《村居一览》按街道纵向合并，类型“村委会／居委会”，省定贫困村是／否（居委会“/”），山洋村、南港村是2020年12月撤并后的村（备注写明），表下空一行另有“附：2020年村级建制调整对照表”（原村委会｜调整后村委会｜调整方式｜批复文号｜调整时间）——三行旧村名不是村居记录；《站点清单》有三个站点还用旧村名登记（“山尾村（现山洋村）”“后洋村（已并入山洋村）”“北港村（2020年12月并入南港村）”），所在村要读成现在的山洋村（两站）、南港村，一个社区站，一个“2021年9月”的二号站；《入驻企业》退出日期在“在园状态”里（“已退园（2021.6.30）”“已迁出（2021年7月）”只到月），一家“已签约，拟入驻”入驻时间2021年9月；《资金支付及决算》按项目分段（段标题、承建单位／合同金额／决算审定金额一行、各次支付、质保金行、小计），只有“第×次”支付行是拨付（金额有数字也有“343,970.00”文本），质保金（未付）、合同金额、决算金额、小计、合计都不是，9月7日一笔照列；《月报报送》带市局“红黑榜”列（1月份月报春节后2月18日补报“黑榜”仍是一次报送），扶贫统计√／×／空；《宣传报道》有阅读量和转载情况两列（转载不另算一条），日期有两位年份“20.12.3”。",
    sheets: [
      { name: "目录", rows: toc, merges: ["A1:C1", `A${toc.length}:C${toc.length}`] },
      { name: "村居一览", rows: vRows, merges: vMerges },
      { name: "站点清单", rows: sRows, merges: ["A1:H1"] },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金支付及决算", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: rRows, merges: ["A1:F1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:H1"] },
    ],
    expect: {
      sheets: {
        "目录": { kind: null },
        "村居一览": { kind: "villages", records: vRecs },
        "站点清单": { kind: "stations", records: sRecs },
        "入驻企业": { kind: "enterprises", records: eRecs },
        "资金支付及决算": { kind: "funds", records: fRecs },
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
write("counties", "b176-c1-shanweichengqu.json", c1);
write("facts", "b176-f1-yuancheng.json", f1);
write("facts", "b176-f2-chancheng.json", f2);
write("facts", "b176-f3-jinping.json", f3);
write("ledgers", "b176-l1-pengjiang.json", l1);
write("ledgers", "b176-l2-xiashan.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
