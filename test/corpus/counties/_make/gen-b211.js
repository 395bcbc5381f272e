// Batch 211 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b210.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (211211), no clock. Run: node test/corpus/_b211/gen-b211.js
//
// c1 鼎湖区 (肇庆): 《基础数据》 is the city bureau's template (序号｜填报项目｜计量单位｜填报内容｜填写要求（示例）: the example
//    values in the last column are not facts; 累计拨付 includes a September payment); 《自评表》 is the official table with one row
//    per 评分标准 item (分项分值｜分项自评｜指标自评分, 服务体系建设 25 split into 15 + 10). Ledgers: 站点覆盖 is the village list carrying
//    station columns (是否建站｜站点名称｜建成时间; 42/60 = exactly 70%, a poor village's station 2021.9.2), 培训 by session (计划人数 vs
//    实到人次, 1,769/176,830 just ≥ 1%, a 8.28—9.2 session), 脱贫人口 + 参训签到 (34/48 = 70.8% hangs on a lower-case x), 园区企业
//    with a renamed firm (same code) and one leaving 2021.9.5 (20 in park), 信息公开及报送 = two tables one below the other,
//    宣传推广 = media table + materials table (the only material 2021.9.3), 资金 69.6% → −5.
// f1 番禺区 (广州): 《考评佐证材料目录》 (evidence index: 评价指标 merged over its documents｜材料编号｜材料名称｜文号／日期｜盒号-页码｜
//    要点摘录｜自评分 merged) — facts in the 要点摘录 column, a document marked 缺 with “未设” in its note, claimed from 自评分.
// f2 龙湖区 (汕头): 《主要指标分年度完成情况》 — 2019年｜2020年｜2021年1—8月｜累计（现状） columns under a two-row header (only the 2019
//    and 2020 retail columns and the 累计/现状 column are facts; 参训贫困人口 累计 58 ≠ 41 + 23 because of de-duplication), then
//    建设任务 已完成/未完成 with 完成时间, 否决事项, 组织领导 (a bureau director leads → other) and 主观项自评.
// f3 江城区 (阳江): 《分镇街汇总》 statistical report with 全区合计 as the FIRST data row (区本级 + towns below), facts only in that row;
//    then 项目｜情况 sentences (policy not issued, express 97.0% → no), and the judged points laid out horizontally (item row / 自评分 row).
// l1 茂南区 (茂名): 填报说明; stations with 星级 and 评定日期 (not the opening date) and villages written “××村（省定贫困村）”;
//    training as 人社 开班备案 (开班/结业 as 8-digit numbers, 实际参训人次 vs 计划/报名/结业, a 取消 row, 8.30–9.1 class);
//    专栏更新 as one row with months as columns and day numbers in the cells (“5日、26日” = two updates); media with level and form in
//    one cell (“省级·电视”); 脱贫人口 with full-width and lower-case-x IDs; 按镇统计 and a hidden 数据字典 are not ledgers.
// l2 惠城区 (惠州): 封面; 村居名单 grouped by town with 小计 rows (性质 村/居); 园区 入驻协议台账 (签约日期 ≠ 实际入驻日期, 协议期限 is not
//    an exit, 退出日期 one only to the month); 资金 in 万元 with one cell “86,400元”; 月报 under year rows (“2020年” / “2021年”) with
//    “9月7日” dates; 经验材料; 数据透视 (not a ledger).
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
let seed = 211211;
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
    assert(/^b211-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b211-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b211-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 肇庆市鼎湖区: 基础数据（市局模板）＋分项自评表＋站点覆盖（村名单带站点列）＋培训＋脱贫人口＋园区＋公开报送＋宣传＋资金
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "441203";
  const POP = 176830;
  const BASE = Math.min(POP, 500000);
  const TOWNS = [["坑口街道", 4, 3], ["桂城街道", 3, 4], ["广利街道", 8, 2], ["永安镇", 10, 1], ["沙浦镇", 11, 1], ["凤凰镇", 8, 1], ["莲花镇", 16, 1]];
  const prefixes = ["坑口", "桂城", "广利", "永安", "沙浦", "凤凰", "莲花", "鼎湖"];
  const vName = nameMaker("大新石黄罗水上下东西南北白沙平龙高长马鹤桥", ["塘", "坑", "岗", "洞", "田", "围", "岭", "湾", "坪", "头", "寨", "迳", "坝", "步", "陂", "联", "和", "基"], "村", prefixes);
  const cName = nameMaker("城华康锦文", ["兴", "安", "明", "丰", "源", "宁"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "c1");
  assert(admin.length === 60 && comms.length === 13, "c1 60 villages + 13 communities");
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const rural = towns.slice(3).flatMap((x) => x.vs);
  const poor = shuffle(rural).slice(0, 6);
  const poorSet = new Set(poor);
  const poorSept = poor[5];
  const nonPoor = shuffle(admin.filter((v) => !poorSet.has(v)));
  assert(nonPoor.length === 54, "c1 54 non-poor");
  const covNonPoor = nonPoor.slice(0, 37);
  const monthOnly = covNonPoor[11];
  const stationComms = shuffle(comms).slice(0, 3);
  // opening dates
  const OP = {};
  poor.forEach((v, i) => (OP[v] = i === 5 ? "2021-09-02" : randIsoBetween("2020-06-10", "2021-07-30")));
  covNonPoor.forEach((v) => (OP[v] = randIsoBetween("2020-05-20", "2021-08-25")));
  OP[monthOnly] = "2021-08";
  stationComms.forEach((c) => (OP[c] = randIsoBetween("2020-08-01", "2021-06-30")));

  // ---------------- 村级站点覆盖情况 (village list with station columns)
  const W1 = 10;
  const vRows = [["鼎湖区行政村及村级电子商务服务站点覆盖情况表"], ["填报单位：肇庆市鼎湖区商务局　　　数据来源：区民政局村（居）委会名册、区商务局站点台账　　　“省定相对贫困村”栏打√"],
    ["序号", "镇（街道）", "村（居）委会", "类别", "省定相对贫困村", "快递到村", "是否建站", "站点名称", "建成时间", "备注"]];
  const vMerges = [`A1:${colName(W1 - 1)}1`, `A2:${colName(W1 - 1)}2`];
  let sq = 0;
  let shown = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    const list = x.vs.map((v) => ({ v, isC: false })).concat(x.cs.map((c) => ({ v: c, isC: true })));
    for (const it of list) {
      sq++;
      const op = OP[it.v];
      const has = op !== undefined;
      if (has) shown++;
      let vcell;
      if (it.isC) vcell = `${short(it.v)}社区居委会`;
      else vcell = [`${short(it.v)}村委会`, it.v, `${short(it.v)}村民委员会`][sq % 3];
      let dc = null;
      if (has) {
        if (op === "2021-08") dc = "2021年8月";
        else if (op === "2021-09-02") dc = "2021.9.2";
        else dc = sq % 7 === 3 ? twoDot(op) : dateCell(op, sq);
      }
      vRows.push([sq, vRows.length + 1 === r0 ? x.t : null, vcell, it.isC ? "社区" : "行政村", it.isC ? "—" : poorSet.has(it.v) ? "√" : null, "是",
        has ? "是" : "否", has ? `鼎湖区${short(it.v)}${it.isC ? "社区" : "村"}电商服务站` : null, dc,
        op === "2021-09-02" ? "9月2日挂牌" : op === "2021-08" ? "8月挂牌，具体日期待补" : !has && !it.isC && sq % 5 === 0 ? "规划2021年第四季度建设" : null]);
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push([`合计：行政村${admin.length}个（其中省定相对贫困村${poor.length}个），社区${comms.length}个；已建站点${shown}个（其中行政村${shown - stationComms.length}个）。`]);
  vMerges.push(`A${vRows.length}:${colName(W1 - 1)}${vRows.length}`);
  for (const r of vRows) padRow(r, W1);
  const covered = admin.filter((v) => OP[v] !== undefined && openedBy(OP[v], CUT));
  const covPoor = poor.filter((v) => covered.includes(v));
  const vBase = Math.min(admin.length, 200);
  assert(covered.length === 42 && ratioGE(42, vBase, 70) && !ratioGE(41, vBase, 70), "c1 42/60 = exactly 70%");
  assert(covPoor.length === 5 && ratioGE(5, 6, 80) && !ratioGE(5, 6, 100), "c1 poor 5/6");
  const covPts = 5 + 3;

  // ---------------- 培训台账 (sessions)
  const TOPICS = ["农村电商基础知识", "网店开设与运营", "直播带货实操", "短视频拍摄与剪辑", "农产品包装与品牌", "电商客服与物流", "社群营销", "鼎湖山泉水与蒲葵扇电商营销", "脱贫户电商技能专题", "跨境电商入门", "农产品直播选品"];
  const PLACES = ["区电子商务公共服务中心", "区委党校", "永安镇党群服务中心", "沙浦镇党群服务中心", "凤凰镇文化站", "莲花镇党群服务中心"];
  const OBJ = ["返乡青年、合作社", "村干部、站点负责人", "脱贫户", "电商企业员工", "农户、个体户"];
  const sDates = ["2020-09-24", "2020-10-29", "2020-11-26", "2020-12-17", "2021-01-14", "2021-03-18", "2021-04-15", "2021-05-20", "2021-06-17", "2021-07-08", "2021-07-29", "2021-08-31"];
  const sessions = sDates.map((d, k) => ({ k, d, end: d, topic: TOPICS[k % TOPICS.length], place: PLACES[k % PLACES.length], obj: OBJ[k % OBJ.length], n: rint(110, 190) }));
  sessions[11].n = 60;
  let diff = 1769 - sum(sessions.map((s) => s.n));
  for (let j = 0; diff !== 0; j = (j + 1) % 11) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 9);
    if (sessions[j].n + st < 80 || sessions[j].n + st > 240) continue;
    sessions[j].n += st;
    diff -= st;
  }
  const span = { k: 12, d: "2021-08-28", end: "2021-09-02", topic: "电商直播“百日行动”集训", place: PLACES[0], obj: OBJ[0], n: 85 };
  sessions.push(span);
  const ptCut = sum(sessions.filter((s) => s.end <= CUT).map((s) => s.n));
  assert(ptCut === 1769 && ratioGE(ptCut, BASE, 1) && !ratioGE(ptCut - 60, BASE, 1) && !ratioGE(ptCut - 1, BASE, 1), "c1 1769/176830 just over 1%");
  for (const s of sessions) s.plan = Math.max(40, Math.floor(s.n / 10) * 10 - 10 * rint(0, 3));
  const planCut = sum(sessions.filter((s) => s.end <= CUT).map((s) => s.plan));
  assert(!ratioGE(planCut, BASE, 1), "c1 planned numbers would not reach 1%");
  const trainPts1 = 10;

  // ---------------- 脱贫人口
  const plan = shuffle([].concat(Array(48).fill("E"), Array(10).fill("M"), Array(8).fill("N")));
  let xGiven = false;
  const persons = plan.map((c) => {
    const birth = c === "N" ? birthBetween(1935, 1954) : birthBetween(1966, 2002);
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
  const pRows = [["鼎湖区建档立卡脱贫人口劳动能力及务工情况"], ["说明：务工情况“区外务工”即外出务工；“区内务工”“未务工”不属外出务工。数据来源：区乡村振兴局（2021年7月）。"],
    ["序号", "镇", "村", "户主姓名", "姓名", "与户主关系", "身份证号码", "劳动能力", "务工情况", "备注"]];
  const pMerges = ["A1:J1", "A2:J2"];
  let pi = 0;
  for (const h of hh) {
    const r0 = pRows.length + 1;
    for (const p of h.mem) {
      pi++;
      const lab = p.c === "N" ? "无" : "有";
      const work = p.c === "M" ? "区外务工" : p.c === "N" ? "—" : pi % 3 === 0 ? "未务工" : "区内务工";
      pRows.push([pi, townOf[h.v], h.v, h.mem[0].name, p.name, p.rel, p.id, lab, work, p.c === "M" ? ["佛山市务工", "广州市务工", "深圳市务工"][pi % 3] : p.c === "N" ? (pi % 2 ? "年老体弱" : "重病") : null]);
    }
    for (const c of ["B", "C", "D"]) mergeCol(pMerges, c, r0, pRows.length);
  }
  const elig = persons.filter((p) => p.c === "E");
  const xPerson = elig.find((p) => isX(p.id));
  assert(elig.length === 48 && xPerson, "c1 48 eligible, one X");

  // ---------------- 脱贫人口参训签到
  const before = sessions.filter((s) => s.end <= CUT);
  const others = shuffle(elig.filter((p) => p !== xPerson));
  const trained = [xPerson].concat(others.slice(0, 33));
  const maskedP = others[33];
  const septP = others[34];
  const TR = trained.map((p, k) => ({ p, s: before[(k * 5 + 1) % before.length], id: p === xPerson ? p.id.slice(0, 17) + "x" : p.id }));
  const twice = trained[7];
  TR.push({ p: twice, s: before[before.length - 2], id: twice.id, note: "第二次参训" });
  TR.push({ p: maskedP, s: before[4], id: maskId(maskedP.id), note: "镇报名单已脱敏" });
  TR.push({ p: septP, s: span, id: septP.id });
  const mig = persons.find((p) => p.c === "M");
  TR.push({ p: mig, s: before[4], id: mig.id, note: "春节返乡期间参训" });
  TR.sort((a, b) => a.s.k - b.s.k);
  const eligIds = new Set(elig.map((p) => p.id));
  const trainedCut = new Set(TR.filter((t) => t.s.end <= CUT).map((t) => normId(t.id)).filter((id) => eligIds.has(id)));
  assert(trainedCut.size === 34 && ratioGE(34, 48, 70) && !ratioGE(33, 48, 70) && ratioGE(34, 48, 50), "c1 34/48 = 70.8%");
  for (const s of sessions) {
    s.poorN = TR.filter((t) => t.s === s).length;
    assert(s.poorN <= s.n, "c1 poor within 人次");
  }
  const sessDate = (s) => (s === span ? "2021.8.28—9.2" : s.d === CUT ? "2021年8月31日" : dateCell(s.d, s.k + 1));
  const tRows = [["鼎湖区农村电子商务培训台账"], ["单位：人、人次"],
    ["序号", "培训日期", "培训内容", "培训对象", "培训地点", "计划人数", "实到人次", "其中脱贫人口", "备注"]];
  sessions.forEach((s, j) => tRows.push([j + 1, sessDate(s), s.topic, s.obj, s.place, s.plan, s.n, s.poorN || null,
    s === span ? "9月2日结业" : s.d === CUT ? "截止日当天举办" : null]));
  tRows.push(["合计", null, null, null, null, sum(sessions.map((s) => s.plan)), sum(sessions.map((s) => s.n)), sum(sessions.map((s) => s.poorN)), "含第13期"]);
  const tMerges = ["A1:I1", "A2:I2", `A${tRows.length}:E${tRows.length}`];
  const trRows = [["鼎湖区脱贫人口参加电商培训签到汇总"], ["序号", "姓名", "身份证号", "所在村", "参训日期", "培训内容", "备注"]];
  TR.forEach((t, j) => trRows.push([j + 1, t.p.name, t.id, t.p.v, sessDate(t.s), t.s.topic, t.note || null]));
  trRows.push(["注：以上人员均已计入《培训台账》对应期次的实到人次，不另计人次。"]);
  const trMerges = ["A1:G1", `A${trRows.length}:G${trRows.length}`];
  const trainPts2 = 10;

  // ---------------- 园区企业
  const NAMES = ["鼎湖山泉电子商务有限公司", "蒲葵工艺网店", "沙浦莲藕电商商行", "凤凰茶叶网络科技有限公司", "永安农品电子商务有限公司", "莲花砂糖桔电商商行",
    "鼎湖优选网络科技有限公司", "坑口竹编网店", "广利腊味电子商务有限公司", "鼎湖农e购网络科技有限公司", "鼎湖云创电商代运营有限公司", "桂城新农人电商服务有限公司",
    "鼎湖速递物流有限公司", "鼎湖冷链仓储有限公司", "鼎湖星光直播电商有限公司", "凤凰山货网店", "鼎湖好物供应链管理有限公司", "莲花香芋电商商行"];
  const TYPES = ["销售型", "销售型", "销售型", "平台型", "销售型", "销售型", "平台型", "销售型", "销售型", "平台型", "电商运营商", "电商运营商", "物流企业", "物流企业", "直播电商", "销售型", "供应链", "销售型"];
  const firms = NAMES.map((n, j) => ({ n: "肇庆市鼎湖区" + n, t: TYPES[j], code: creditCode(REGION), ent: randIsoBetween("2020-08-10", "2021-07-20"), left: null }));
  const renOld = { n: "肇庆市鼎湖区乡味电子商务有限公司", t: "销售型", code: creditCode(REGION), ent: "2020-09-15", left: null, note: "2021年3月更名为“肇庆市鼎湖区乡味源农业科技有限公司”" };
  const renNew = { n: "肇庆市鼎湖区乡味源农业科技有限公司", t: "销售型", code: renOld.code, ent: "2021-03-10", left: null, note: "原“乡味电子商务有限公司”更名，同一企业" };
  const L1 = { n: "肇庆市鼎湖区小蜜蜂网店", t: "销售型", code: creditCode(REGION), ent: "2020-10-12", left: "2021-06-30", note: "租约到期退园" };
  const L2 = { n: "肇庆市鼎湖区鼎农快递服务有限公司", t: "物流企业", code: creditCode(REGION), ent: "2020-11-03", left: "2021-09-05", note: "迁至肇庆高新区" };
  const S = { n: "肇庆市鼎湖区村播传媒有限公司", t: "直播电商", code: creditCode(REGION), ent: "2021-09-06", left: null, note: "9月新签入驻" };
  const allF = firms.concat([renOld, L1, L2, renNew, S]);
  const eRows = [["鼎湖区电子商务产业园入驻企业名单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注"]];
  allF.forEach((f, j) => {
    const ec = f === S ? "2021.9.6" : dateCell(f.ent, j + 1);
    const lc = f === L1 ? "2021年6月30日" : f === L2 ? "2021.9.5" : null;
    eRows.push([j + 1, f.n, f.code, f.t, ec, lc, f.note || null]);
  });
  eRows.push(["注：更名企业以统一社会信用代码为准，同一企业。"]);
  const inParkCodes = new Set(allF.filter((f) => openedBy(f.ent, CUT) && !(f.left && f.left < CUT)).map((f) => f.code));
  const inTypes = new Set(allF.filter((f) => inParkCodes.has(f.code)).map((f) => f.t));
  assert(inParkCodes.size === 20 && inTypes.size >= 3, "c1 20 in park " + inParkCodes.size);

  // ---------------- 信息公开及报送 (two tables)
  const U = [["2020-04-20", "鼎湖区电子商务进农村综合示范创建工作方案", "创建方案"], ["2020-04-20", "鼎湖区电子商务进农村综合示范项目基本信息", "项目信息"],
    ["2020-05-06", "关于设立电子商务进农村综合示范项目监督举报电话的公告", "监督举报"]];
  for (const m of WINDOW) {
    if (m === "2021-01") continue;
    const [y, mo] = m.split("-").map(Number);
    const day = m === "2021-02" ? 26 : rint(3, Math.min(28, lastDay(y, mo)));
    U.push([`${m}-${String(day).padStart(2, "0")}`, `鼎湖区电子商务进农村综合示范项目建设进度（${m === "2021-02" ? "2021年1—2月" : cnMonth(m)}）`, "建设进度"]);
  }
  U.sort((a, b) => cmp(a[0], b[0]));
  const disMonths = inWindowMonths(U.map((u) => u[0]));
  assert(disMonths === 11, "c1 11 disclosure months");
  const REP = WINDOW.map((m) => {
    const prev = monthsBetween("2020-08", m).slice(-2)[0];
    let d = `${m}-${String(rint(2, 9)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(d))) d = isoAdd(d, 1);
    return [d, `${cnMonth(prev)}电子商务进农村综合示范工作月报`];
  });
  REP.push(["2021-09-06", "2021年8月电子商务进农村综合示范工作月报"]);
  const repMonths = inWindowMonths(REP.map((r) => r[0]));
  assert(repMonths === 12, "c1 12 report months");
  const W5 = 6;
  const gRows = [["一、区政府网站“电子商务进农村综合示范”专栏更新记录"], ["序号", "发布日期", "标题", "类别", "链接", null]];
  const gMerges = ["A1:F1", "E2:F2"];
  U.forEach(([d, t, c], j) => {
    gRows.push([j + 1, dateCell(d, j + 2), t, c, `http://www.dinghu.gov.cn/zwgk/dzsw/content/post_${2300000 + rint(1000, 99999)}.html`, null]);
    gMerges.push(`E${gRows.length}:F${gRows.length}`);
  });
  gRows.push(["注：2021年1月未单独发布，1月进度并入2月发布。"]);
  gMerges.push(`A${gRows.length}:F${gRows.length}`);
  gRows.push([null]);
  gRows.push([null]);
  gRows.push(["二、向肇庆市商务局报送工作月报记录"]);
  gMerges.push(`A${gRows.length}:F${gRows.length}`);
  gRows.push(["序号", "报送时间", "报送内容", "报送方式", "含电商扶贫统计", "经办人"]);
  REP.forEach(([d, t], j) => gRows.push([j + 1, j % 4 === 1 ? cnDate(d) : dateCell(d, j), t, j % 2 ? "粤政易" : "电子邮件", "是", personName()]));
  for (const r of gRows) padRow(r, W5);

  // ---------------- 宣传推广 (media + materials)
  const MED = [["2020-12-15", "鼎湖区融媒体中心（“鼎湖发布”）", "县级", "网络", "鼎湖区首批村级电商服务站挂牌", "否"],
    ["2021-05-18", "南方日报", "省级", "报纸", "鼎湖：小站点连起农产品上行大通道", "否"],
    ["2021-07-09", "广东广播电视台《广东新闻联播》", "省级", "电视", "鼎湖区：脱贫户直播间卖出“山里货”", "是"],
    ["2021-09-10", "肇庆广播电视台《肇庆新闻》", "市级", "电视", "鼎湖区电商进农村示范创建成效", "是"]];
  const mRows = [["一、宣传报道登记"], ["序号", "报道日期", "媒体名称", "媒体级别", "报道形式", "标题", "是否电商扶贫典型案例"]];
  MED.forEach((m, j) => mRows.push([j + 1, m[0] > CUT ? dotDate(m[0]) : dateCell(m[0], j + 2), m[1], m[2], m[3], `《${m[4]}》`, m[5]]));
  mRows.push([null]);
  mRows.push(["二、经验材料报送"]);
  const mat0 = mRows.length;
  mRows.push(["序号", "报送日期", "材料名称", "报送单位", "报送方式", null, null]);
  mRows.push([1, "2021.9.3", "《鼎湖区“电商＋山泉水”助农增收经验做法》", "肇庆市商务局", "粤政易", null, null]);
  for (const r of mRows) padRow(r, 7);
  const mMerges = ["A1:G1", `A${mat0}:G${mat0}`];

  // ---------------- 资金拨付
  const PAY = [["2020-09-25", "区电子商务公共服务中心建设", "肇庆市鼎湖区云创电商代运营有限公司", 620000], ["2020-12-16", "村级站点建设（第一批）", "中国邮政集团有限公司广东省肇庆市鼎湖区分公司", 456000],
    ["2021-01-20", "电商人才培训（第一期）", "肇庆市鼎湖区桂城新农人电商服务有限公司", 128600], ["2021-03-12", "区镇村三级物流配送体系", "肇庆市鼎湖区鼎湖速递物流有限公司", 0],
    ["2021-04-23", "村级站点建设（第二批）", "中国邮政集团有限公司广东省肇庆市鼎湖区分公司", 384000], ["2021-05-27", "农产品品牌培育及推广", "肇庆市鼎湖区鼎湖优选网络科技有限公司", 236500],
    ["2021-06-29", "电商人才培训（第二期）", "肇庆市鼎湖区桂城新农人电商服务有限公司", 97400], ["2021-07-22", "冷链及溯源系统", "肇庆市鼎湖区鼎湖冷链仓储有限公司", 318000],
    ["2021-08-26", "公共服务中心运营补助", "肇庆市鼎湖区云创电商代运营有限公司", 456000], ["2021-09-03", "村级站点建设（尾款）", "中国邮政集团有限公司广东省肇庆市鼎湖区分公司", 260000]];
  const ALLOC = 5000000;
  PAY[3][3] = 3480000 - sum(PAY.filter((p, i) => i !== 3 && p[0] <= CUT).map((p) => p[3]));
  assert(PAY[3][3] > 0 && PAY[3][3] % 100 === 0, "c1 filler pay");
  const spent = sum(PAY.filter((p) => p[0] <= CUT).map((p) => p[3]));
  assert(spent === 3480000 && !ratioGE(spent, ALLOC, 70) && ratioGE(spent + 260000, ALLOC, 70), "c1 69.6% (74.8% with the 9月 payment)");
  const fRows = [["鼎湖区电子商务进农村综合示范专项资金拨付台账"], ["序号", "拨付日期", "项目名称", "收款单位", "拨付金额（元）", "资金来源", "备注"]];
  PAY.forEach((p, j) => {
    const amt = j % 3 === 1 ? fmtMoney(p[3]) : j === 5 ? `${wan(p[3])}万` : p[3];
    fRows.push([j + 1, p[0] > CUT ? "2021年9月3日" : dateCell(p[0], j + 3), p[1], p[2], amt, "省级专项资金", p[0] > CUT ? "9月拨付尾款" : null]);
  });
  fRows.push(["截至2021年8月31日累计", null, null, null, spent, null, null]);
  fRows.push(["合计", null, null, null, sum(PAY.map((p) => p[3])), null, "含9月拨付"]);
  const fMerges = ["A1:G1", `A${fRows.length - 1}:D${fRows.length - 1}`, `A${fRows.length}:D${fRows.length}`];

  // ---------------- 基础数据 (city template with 填写要求（示例）)
  const rural19 = 562000000, rural20 = 701800000, agri19 = 83500000, agri20 = 112000000;
  assert((rural20 - rural19) * 100 < 30 * rural19 && (agri20 - agri19) * 100 >= 30 * agri19, "c1 growth: agri only");
  const b = [["鼎湖区电子商务进农村综合示范创建考评基础数据表"], ["（肇庆市商务局统一模板）　　填报单位：鼎湖区商务局　　数据截至：2021年8月31日"],
    ["序号", "填报项目", "计量单位", "填报内容", "填写要求（示例）"]];
  const bMerges = ["A1:E1", "A2:E2"];
  const B = [
    ["县（市、区）名称", "—", "鼎湖区", "示例：乐昌市"],
    ["常住人口", "人", 176830, "按第七次全国人口普查，填整数，示例：420000"],
    ["行政村数", "个", 60, "不含社区（居委会），示例：195"],
    ["省定相对贫困村数", "个", 6, "没有的填0"],
    ["领导小组组长（职务）", "—", "区委副书记、区长", "填写职务，示例：县长"],
    ["领导小组成员单位", "—", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局、鼎湖邮政分公司", "用顿号分隔"],
    ["示范县工作方案是否正式印发", "是/否", "是", "附印发文件"],
    ["是否出台支持农村电商发展的政策", "是/否", "是", null],
    ["公共服务中心投入运营日期", "年月日", "2021年3月1日", "示例：2020-10-01（试运营不算）"],
    ["中心有免费培训场所、培训设备", "是/否", "是", null],
    ["中心免费展示、销售特色农产品", "是/否", "是", null],
    ["中心免费提供摄影、美工服务", "是/否", "是", null],
    ["中心组织农产品统一推广、品牌建设", "是/否", "是", null],
    ["中心提供其他衍生增值服务", "是/否", "是", null],
    ["建设或整合、优化电商产业园", "是/否", "是", null],
    ["有专业第三方电商运营或服务商", "是/否", "是", null],
    ["行政村物流快递覆盖率是否100%", "是/否", "是", null],
    ["2019年农村网络零售额", "万元", "56,200", "省商务厅平台数据，示例：123,456"],
    ["2020年农村网络零售额", "万元", "70,180", null],
    ["2019年农产品网络零售额", "万元", "8,350", null],
    ["2020年农产品网络零售额", "万元", "11,200", null],
    ["电商培训人次", "人次", "1,769", "截至考评截止日，示例：4200"],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", "人", 48, "扶贫部门确认数"],
    ["参加电商培训的建档立卡贫困人口", "人", 34, "按身份证号去重"],
    ["专栏公示创建方案", "是/否", "是", null],
    ["专栏公示项目基本信息", "是/否", "是", null],
    ["专栏公示项目建设进度", "是/否", "是", null],
    ["专栏设立征求意见或监督举报窗口", "是/否", "是", null],
    ["能统计电商扶贫情况", "是/否", "是", null],
    ["省级下达专项资金", "万元", 500, "示例：500"],
    ["累计拨付资金", "万元", 374, "含9月3日拨付尾款26万元"],
    ["已制定资金管理制度", "是/否", "是", null],
    ["已建立资金专用台账", "是/否", "是", null],
    ["项目总体进度", "%", 85, "示例：90"],
    ["发生安全生产、质量事故或重大损失", "是/否", "否", null],
    ["存在弄虚作假", "是/否", "否", null],
  ];
  B.forEach((r, j) => b.push([j + 1].concat(r)));
  b.push(["填表人：梁××　　审核人：区商务局副局长 冯××　　填报日期：2021年9月7日"]);
  bMerges.push(`A${b.length}:E${b.length}`);
  for (const r of b) padRow(r, 5);

  // ---------------- 自评表 (one row per 评分标准 item)
  const W2 = 8;
  const sRows = [padRow(["鼎湖区2019年省级电子商务进农村综合示范创建考评自评表"], 8), ["工作任务", "评价指标", "权重", "评分标准（分项）", "分项分值", "分项自评", "指标自评分", "备注"]];
  const sMerges = ["A1:H1"];
  const GROUPS = [
    ["加强组织领导与统筹协调（10分）", [
      ["组织领导", 2, [["org.leadership", [["由区政府主要领导牵头且有商务、财政、农业、扶贫等部门参与", "2分", 2], ["由区政府分管领导牵头", "1分", "—"]]]]],
      ["方案制定", 2, [["org.plan", [["工作方案因地制宜，可操作性较强", "1-2分", 2]]]]],
      ["政策支持", 2, [["org.policy", [["出台相关政策，且得到较好落实", "1-2分", 1]]]]],
      ["项目管理", 4, [["org.management", [["建立项目管理制度，在建设、验收环节严格落实相关制度", "1-2分", 2], ["建立完整工作台账，详细记录项目建设情况", "1-2分", 1]]]]],
    ]],
    ["深入推动电子商务进农村工作（55分）", [
      ["服务体系建设", 25, [
        ["work.center", [["建成县级电子商务公共服务中心", "2分", 2], ["建成后已正常运行6个月（截至2021年8月31日）以上", "2分", 2], ["有免费培训场所、培训设备，能组织电商基础培训", "2分", 2],
          ["为特色农产品提供免费展示、销售服务", "1分", 1], ["为电子商务市场主体提供免费摄影、美工服务", "1分", 1], ["组织农产品统一推广、指导特色农产品品牌建设", "1分", 1],
          ["为电子商务发展提供其他衍生增值服务", "1分", 1], ["建设或整合、优化当地电商产业园", "2分", 2], ["电商产业园企业入驻数量达20家及以上", "2分", 2],
          ["入驻企业含平台型、销售型、电商运营商或物流企业等至少三种以上类型", "1分", 1]]],
        ["work.coverage", [["行政村覆盖率70%及以上5分，50%-70%（不含）2分", "5分", 5], ["贫困村覆盖率100%5分，80%-100%（不含）3分", "5分", 5]]],
      ]],
      ["农村产品上行", 10, [["work.upward", [["对当地农产品网络销售进行调研，并形成针对性建议", "1-2分", 2], ["开展农村产品网络促销活动成效明显", "1-2分", 1],
        ["当地有专业第三方电子商务运营或服务商", "1分", 1], ["行政村物流快递覆盖率100%", "1分", 1], ["有出台农产品电商交易标准，建立农产品冷链、溯源系统", "1-2分", 1],
        ["2020年农村网络零售额或农产品网络零售额同比增速≥30%", "2分", 2]]]]],
      ["电商人才培训", 20, [["work.training", [["培训人次达常住人口1%及以上10分，0.8%-1%（不含）8分，0.6%-0.8%（不含）6分", "10分", 10],
        ["建档立卡贫困人口培训率50%及以上10分，40%-50%（不含）8分，30%-40%（不含）6分", "10分", 10]]]]],
    ]],
    ["加强信息公开及报送（10分）", [
      ["信息公开", 4, [["info.disclosure", [["在县政府网站设立公开专栏且内容全面", "2分", 2], ["近一年内专栏内容能按月更新2分，不定时更新1分", "2分", 2]]]]],
      ["数据上报", 6, [["info.reporting", [["近一年能每月向市商务局报送工作情况3分，不定时上报1分", "3分", 3], ["能统计电商扶贫情况", "3分", 3]]]]],
    ]],
    ["加强宣传推广（10分）", [
      ["案例总结", 2, [["promo.cases", [["向市商务局报送经验材料", "2分", 2]]]]],
      ["经验推广", 8, [["promo.media", [["省级及以上媒体进行宣传报道", "4分", 4], ["市级媒体进行宣传报道", "3分", "—"], ["县级媒体进行宣传报道", "1分", 1]]]]],
    ]],
    ["加强财政资金管理（15分）", [
      ["制度建立", 5, [["fund.system", [["建立科学有效的资金管理制度且得到有效落实", "1-5分", 4]]]]],
      ["资金台账", 5, [["fund.ledger", [["项目承建方建立资金专用台账，账目完整，能清晰反映资金使用情况", "1-5分", 4]]]]],
      ["资金支出", 5, [["fund.spending", [["资金支出率70%以上，且根据创建进度及时拨付", "1-5分", 4], ["资金支出率低于70%倒扣5分", "-5分", "—"]]]]],
    ]],
    ["加分项（4分）", [
      ["贫困人口培训", 2, [["bonus.poorTraining", [["建档立卡贫困人口培训率70%及以上", "2分", 2]]]]],
      ["典型案例播报", 2, [["bonus.tvCase", [["电商扶贫典型案例获国家级电视媒体播报2分，省级1分（不累加）", "2分", 1]]]]],
    ]],
  ];
  const claimed = {};
  const judgedRead = {};
  for (const [task, inds] of GROUPS) {
    const a0 = sRows.length + 1;
    for (const [name, w, parts] of inds) {
      const b0 = sRows.length + 1;
      for (const [id, items] of parts) {
        const g0 = sRows.length + 1;
        const pts = sum(items.map((it) => (typeof it[2] === "number" ? it[2] : 0)));
        claimed[id] = pts;
        judgedRead[id] = items.map((it) => it[2]);
        items.forEach((it, k) => sRows.push([sRows.length + 1 === a0 ? task : null, sRows.length + 1 === b0 ? name : null, sRows.length + 1 === b0 ? w : null, it[0], it[1], it[2], k === 0 ? pts : null, null]));
        mergeCol(sMerges, "G", g0, sRows.length);
      }
      mergeCol(sMerges, "B", b0, sRows.length);
      mergeCol(sMerges, "C", b0, sRows.length);
    }
    mergeCol(sMerges, "A", a0, sRows.length);
  }
  const v0 = sRows.length + 1;
  for (const t of ["发生安全生产、质量事故，或者造成重大经济损失和社会不良影响", "项目建设进度严重滞后，总体进度不足40%", "弄虚作假"]) {
    sRows.push([sRows.length + 1 === v0 ? "一票否决项" : null, t, null, null, null, "无", null, null]);
    sMerges.push(`B${sRows.length}:E${sRows.length}`);
  }
  mergeCol(sMerges, "A", v0, sRows.length);
  const claimedScored = sum(SCORED.map(([id]) => claimed[id]));
  const claimedBonus = claimed["bonus.poorTraining"] + claimed["bonus.tvCase"];
  assert(claimedScored === 90 && claimedBonus === 3, "c1 claimed 90+3 " + claimedScored);
  sRows.push(["合计", null, 100, null, null, null, claimedScored + claimedBonus, `其中加分${claimedBonus}分`]);
  sMerges.push(`A${sRows.length}:B${sRows.length}`);
  for (const r of sRows) assert(r.length === W2, "c1 self width");

  // ---------------- points
  const opened = "2021-03-01";
  const centerPts = 2 + (opened <= "2021-02-28" ? 2 : 0) + 2 + 1 + 1 + 1 + 1 + 2 + (inParkCodes.size >= 20 ? 2 : 0) + (inTypes.size >= 3 ? 1 : 0);
  const upPts = 2 + 1 + 1 + 1 + 1 + 2;
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 1, "work.center": centerPts, "work.coverage": covPts,
    "work.upward": upPts, "work.training": trainPts1 + trainPts2, "info.disclosure": 2 + (disMonths === 12 ? 2 : 1),
    "info.reporting": (repMonths === 12 ? 3 : 1) + 3, "promo.cases": 0, "promo.media": 4 + 1, "fund.system": 4, "fund.ledger": 4,
    "fund.spending": ratioGE(spent, ALLOC, 70) ? 4 : -5,
    "bonus.poorTraining": ratioGE(trainedCut.size, elig.length, 70) ? 2 : 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(centerPts === 13 && upPts === 8, "c1 center/upward");
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 74 && bonus === 3, "c1 total " + scored + "+" + bonus);
  const derivation = [
    "org.leadership: 《基础数据》组长“区委副书记、区长”——区长是主要领导；成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局 → 2（自评2）",
    "org.plan: 自评表“工作方案因地制宜…”分项自评2（方案已正式印发：是） → 2",
    "org.policy: 政策已出台：是；分项自评1 → 1",
    "org.management: 项目管理制度分项自评2 ＋ 工作台账分项自评1 → 3（自评3）",
    `work.center: 中心投入运营“2021年3月1日” ≤ 2021-08-31 → 建成2；2021-03-01 晚于 2021-02-28（截止日前6个月） → 运行满6个月 0（自评表这一项自评了2）；免费培训、展示销售、摄影美工、品牌推广、其他增值服务都填“是” → 2+1+1+1+1；产业园“是” → 2；《园区企业》截至8月31日在园：按统一社会信用代码去重共 ${inParkCodes.size} 家（“乡味电子商务”更名为“乡味源农业科技”两行同一代码只算一家；“小蜜蜂网店”2021年6月30日退园不算；“鼎农快递”2021.9.5才退园，8月31日仍在园要算；“村播传媒”2021.9.6入驻不算） → ≥20 → 2；类型有销售型、平台型、电商运营商、物流企业等 → 1；合计13（自评15）`,
    `work.coverage: 《站点覆盖》类别为“行政村”的60个（社区13个不算，社区站也不算）；建成时间 ≤ 2021-08-31 的行政村 ${covered.length} 个（“2021年8月”只到月的算；“${poorSept}”“2021.9.2”挂牌不算；合计行“已建站点”按“是否建站”数，含9月那个） → 42/60 = 70.0% ≥ 70% → 5（少算那个“2021年8月”就是41/60 = 68.3%，只有2分）；省定相对贫困村6个（打√），截止日前有站的5个 → 5/6 = 83.3%，80%—100% → 3；合计8（自评10）`,
    "work.upward: 调研分项自评2、促销活动1、交易标准及冷链溯源1；第三方运营服务商“是” → 1；《站点覆盖》“快递到村”60个行政村全为“是” → 1；农村网零56,200→70,180万元增长24.9% < 30%，农产品网零8,350→11,200万元增长34.1% ≥ 30% → 2；合计8（自评8）",
    `work.training: 常住人口176,830人（< 50万，不封顶）；《培训台账》读“实到人次”（不是“计划人数”），日期 ≤ 2021-08-31 的第1—12期合计 ${fmtInt(ptCut)} 人次（8月31日当天一期60人次要算；第13期“2021.8.28—9.2”按结束日9月2日不算；合计行不另加） → 1,769/176,830 = 1.0004% ≥ 1% → 10（按计划人数合计${fmtInt(planCut)}不到1%；漏掉8月31日那期只有0.97%）；《脱贫人口》劳动能力“有”且务工情况不是“区外务工”的48人；《参训签到》截止日前身份证号对得上的34人（“${xPerson.name}”身份证号末位写成小写x，读作X才对得上；“${twice.name}”参训两次算一人；“${maskedP.name}”身份证号脱敏对不上不算；“${septP.name}”只参加第13期（9月2日结业）不算；区外务工一人不在48人内） → 34/48 = 70.8% ≥ 50% → 10；合计20（自评20）`,
    "info.disclosure: 《基础数据》专栏公示方案、项目基本信息、建设进度、监督举报窗口四项都是“是” → 2；《信息公开及报送》第一个表：2020年9月—2021年8月中2021年1月没有发布（1月进度与2月合并发布），12个月只有11个月有更新 → 不定时1；合计3（自评4）",
    "info.reporting: 同一表下面的第二个表（报送月报记录）：报送时间2020年9月—2021年8月每个月都有 → 3；含电商扶贫统计“是”、基础数据“能统计电商扶贫情况：是” → 3；合计6",
    "promo.cases: 《宣传推广》下面的“经验材料报送”只有一份，2021.9.3报送，在截止日后 → 0（自评2）",
    "promo.media: 截止日前有鼎湖发布（县级） → 1，南方日报、广东广播电视台（省级） → 4；肇庆广播电视台2021.9.10（市级）在截止日后不算 → 5（自评5）",
    "fund.system: 分项自评4 → 4",
    "fund.ledger: 分项自评4 → 4",
    `fund.spending: 《资金拨付台账》截止日前9笔合计 ${fmtMoney(spent)} 元（“${wan(PAY[5][3])}万”那格是万元；9月3日尾款26万元不算；“截至2021年8月31日累计”“合计”行不另加）÷ 下达5,000,000元 = 69.6% < 70% → 倒扣5分 → −5（基础数据“累计拨付374万元”含9月3日的26万元，不能用；自评及时拨付4）`,
    `bonus.poorTraining: 贫困人口培训率34/48 = 70.8% ≥ 70% → 2（自评2）`,
    "bonus.tvCase: 2021年7月9日广东广播电视台《广东新闻联播》播报电商扶贫典型案例（省级电视） → 1；肇庆台（市级，9月）不加分（自评1）",
    "veto.incident: “发生安全生产、质量事故或重大损失”填“否”，自评表否决项“无” → 不否决",
    "veto.progress: 项目总体进度85% ≥ 40% → 不否决",
    "veto.fraud: “存在弄虚作假”填“否” → 不否决",
  ];
  return {
    description:
      "肇庆市鼎湖区商务局整本考评工作簿（10个表），74分＋加分3＝77分，未否决（自评90＋3＝93）：《基础数据》是肇庆市商务局统一模板“序号｜填报项目｜计量单位｜填报内容｜填写要求（示例）”——示例栏的420000、2020-10-01、县长等不是填报值，“累计拨付374万元”含9月3日的26万元；《自评表》是官方指标表按评分标准逐项一行（分项分值｜分项自评｜指标自评分纵向合并，服务体系建设25分拆成中心15、站点10两块），主观分从分项自评读。台账：《站点覆盖》是村名单带站点列（是否建站｜站点名称｜建成时间，镇纵向合并，“2021年8月”只到月，一贫困村站点2021.9.2挂牌，社区站不算，合计行的已建站数含9月那个）——42/60正好70%、贫困村5/6；《培训台账》按期次，计划人数与实到人次两列，8月31日当天一期，“2021.8.28—9.2”一期按结束日不算，正好1,769/176,830≥1%；脱贫人口（区外务工＝外出务工）与参训签到（小写x决定34/48＝70.8%，有重复、脱敏、9月结业、区外务工的）；园区企业有更名（同一信用代码两行）、8月31日后才退园的一家（正好20家）；《信息公开及报送》一张表上下两个表（专栏缺2021年1月、月报12个月）；《宣传推广》上媒体、下经验材料（唯一的材料9月3日报送）；资金69.6%倒扣5分。",
    sheets: [
      { name: "基础数据", rows: b, merges: bMerges },
      { name: "自评表", rows: sRows, merges: sMerges },
      { name: "站点覆盖", rows: vRows, merges: vMerges },
      { name: "培训台账", rows: tRows, merges: tMerges },
      { name: "脱贫人口", rows: pRows, merges: pMerges },
      { name: "参训签到", rows: trRows, merges: trMerges },
      { name: "园区企业", rows: eRows, merges: ["A1:G1", `A${eRows.length}:G${eRows.length}`] },
      { name: "信息公开及报送", rows: gRows, merges: gMerges },
      { name: "宣传推广", rows: mRows, merges: mMerges },
      { name: "资金拨付", rows: fRows, merges: fMerges },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}


// =====================================================================================================
// f1 — 广州市番禺区: 《考评佐证材料目录》（评价指标纵向合并、材料逐份一行、要点摘录、自评分纵向合并）
// =====================================================================================================
function buildF1() {
  const W = 8;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:H${rows.length}`);
  };
  full("番禺区2019年省级电子商务进农村综合示范创建考评佐证材料目录");
  full("报送单位：广州市番禺区商务局　　　数据截至：2021年8月31日　　　共1册9盒（盒号-页码：如“3-12”为第3盒第12页）");
  rows.push(["序号", "评价指标", "材料编号", "佐证材料名称", "文号／形成时间", "盒号-页码", "要点摘录", "自评分"]);
  const agri19 = 346000000;
  const agri20 = 471000000;
  const gr = Math.round(((agri20 - agri19) / agri19) * 1000) / 10;
  assert(gr === 36.1, "f1 growth 36.1 " + gr);
  const trainTimes = 6352;
  const elig = 214;
  const trained = 131;
  // [indicator label, claimed id or null, points or null, docs: [name, 文号/时间, 盒页, 要点]]
  const IND = [
    ["基本情况", null, "—", [
      ["《番禺区第七次全国人口普查公报》", "区统计局 2021年5月", "1-1", "常住人口265.80万人"],
      ["番禺区村（居）民委员会名册", "区民政局 2021年1月", "1-3", "行政村177个，社区居委会109个"],
      ["区乡村振兴局关于省定贫困村情况的说明", "2021年8月20日", "1-9", "本区无省定贫困村"],
    ]],
    ["组织领导", "org.leadership", 1, [
      ["《关于成立番禺区电子商务进农村综合示范创建工作领导小组的通知》", "番府办函〔2020〕18号", "1-10", "副区长（分管商务）任组长，区商务局局长任副组长；成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局"],
      ["领导小组工作会议纪要（3次）", "2020年6月—2021年7月", "1-16", null],
    ]],
    ["方案制定", "org.plan", 2, [
      ["《番禺区电子商务进农村综合示范创建工作方案》", "番府办〔2020〕21号（2020年5月）", "1-31", "区政府办公室正式印发"],
    ]],
    ["政策支持", "org.policy", 2, [
      ["《番禺区促进农村电子商务发展若干措施》", "番商务〔2020〕35号", "1-52", "对村级站点建设、电商人才培训、物流配送给予补贴，已兑现补贴两批"],
    ]],
    ["项目管理", "org.management", 4, [
      ["《番禺区电子商务进农村综合示范项目管理办法》", "番商务〔2020〕36号", "2-1", "建设、验收环节严格执行；自评2分"],
      ["示范创建工作台账", "2020年6月起按月更新", "2-14", "台账完整，详细记录建设情况；自评2分"],
    ]],
    ["服务体系建设（县级中心与产业园）", "work.center", 15, [
      ["区电子商务公共服务中心运营服务合同", "2020年9月", "3-1", "由广州番禺××电子商务有限公司（专业第三方）运营"],
      ["中心开业运营新闻通稿及照片", "2020.11.6", "3-22", "区电子商务公共服务中心2020年11月6日正式投入运营"],
      ["中心免费服务清单及服务记录", "2020年11月—2021年8月", "3-30", "免费提供电商培训（培训室2间、电脑50台）、农特产品展示展销、产品拍摄及美工设计；组织“番禺好物”统一推广，指导企业品牌建设；提供金融对接、直播场地等衍生增值服务"],
      ["番禺区电商产业园入驻企业清单", "2021年8月", "3-61", "整合原番禺电商孵化基地建成区电商产业园，入驻企业31家（平台型、销售型、运营服务商、物流快递）"],
    ]],
    ["服务体系建设（村级站点覆盖）", "work.coverage", 10, [
      ["行政村清单", "区民政局", "4-1", null],
      ["村级电商服务站点清单", "2021年8月", "4-7", "177个行政村建成站点131个"],
      ["村级电商服务站点视频", "—", "缺", "补拍中，9月15日前补交"],
    ]],
    ["农村产品上行", "work.upward", 9, [
      ["《番禺区农产品网络销售调研报告》", "2020年10月", "5-1", "委托第三方调研，形成针对性建议；自评2分"],
      ["“番禺农品节”等网络促销活动总结", "2021年7月", "5-40", "开展促销活动6场，成效一般；自评1分"],
      ["第三方电商运营服务商名单及业务情况", "2021年8月", "5-52", "有专业第三方运营服务商3家"],
      ["区邮政管理局快递物流覆盖情况证明", "2021年8月16日", "5-60", "行政村快递覆盖率100%"],
      ["农产品电商交易标准文本；冷链、溯源服务企业名单", "2021年3月", "5-63", "出台交易标准2项，建成冷链仓储及溯源系统；自评2分"],
      ["省商务厅平台农产品网络零售额数据", "2021年2月", "5-80", `2019年农产品网络零售额3.46亿元，2020年4.71亿元，同比增长${gr}%`],
    ]],
    ["电商人才培训", "work.training", 20, [
      ["培训通知、签到表汇编（共58期）", "2020年7月—2021年8月", "6-1", `累计培训${fmtInt(trainTimes)}人次`],
      ["区乡村振兴局确认的有劳动能力相对贫困人口名单", "2021年8月25日", "7-1", `有劳动能力的建档立卡相对贫困人口（不含外出务工）${elig}人`],
      ["参训建档立卡贫困人口清单及签到表", "2021年8月", "7-20", `参训${trained}人（按身份证号去重）`],
    ]],
    ["信息公开", "info.disclosure", 2, [
      ["区政府网站“电子商务进农村综合示范”专栏截图", "2021年8月31日截图", "8-1", "公开创建方案、项目基本信息、项目建设进度，每月更新"],
      ["征求意见或监督举报窗口截图", "—", "缺", "专栏未设征求意见或监督举报窗口，拟9月增设"],
    ]],
    ["数据上报", "info.reporting", 6, [
      ["向广州市商务局报送的工作月报（12份）", "2020年9月—2021年8月", "8-12", "每月报送；月报附电商扶贫统计表，能统计电商扶贫情况"],
    ]],
    ["案例总结", "promo.cases", 2, [
      ["《番禺区“电商＋岭南花果”助农经验》报送函", "2021年7月12日", "8-40", null],
    ]],
    ["经验推广", "promo.media", 8, [
      ["媒体报道汇编", "2020年12月—2021年8月", "8-45", "南方日报、广州日报、番禺电视台等报道11篇"],
    ]],
    ["制度建立", "fund.system", 5, [
      ["《番禺区电子商务进农村综合示范专项资金管理办法》", "番商务〔2020〕12号", "9-1", "已制定，含考核问责条款"],
    ]],
    ["资金台账", "fund.ledger", 4, [
      ["各承建单位资金专用台账及凭证", "2020年9月—2021年8月", "9-10", "已建立资金专用台账"],
    ]],
    ["资金支出", "fund.spending", 4, [
      ["资金拨付文件及国库支付凭证", "2020年9月—2021年8月", "9-40", "省下达专项资金300万元，截至2021年8月31日累计拨付231.72万元，支出率77.2%"],
    ]],
    ["加分项", "bonus", null, [
      ["贫困人口培训率佐证", "—", "—", `${trained}/${elig}＝${pct1(trained, elig)}，未达70%；自评0分`],
      ["电商扶贫典型案例电视播报", "—", "—", "无；自评0分"],
    ]],
    ["一票否决项", null, "—", [
      ["无安全生产、质量事故及重大损失的承诺书", "2021年9月1日", "9-88", "未发生安全生产、质量事故，未造成重大经济损失和社会不良影响"],
      ["项目建设进度说明", "2021年8月31日", "9-89", "项目总体进度91%"],
      ["不存在弄虚作假的承诺书", "2021年9月1日", "9-90", "申报材料真实，不存在弄虚作假"],
    ]],
  ];
  const claimed = {};
  let no = 0;
  let dn = 0;
  for (const [label, id, pts, docs] of IND) {
    const r0 = rows.length + 1;
    dn = 0;
    if (id !== null || label !== "基本情况") no++;
    docs.forEach((d, k) => {
      dn++;
      const code = label === "基本情况" ? `0-${dn}` : `${no}-${dn}`;
      const ptCell = k !== 0 ? null : id === "bonus" ? "0" : pts;
      rows.push([k === 0 ? (label === "基本情况" ? "—" : no) : null, k === 0 ? label : null, code, d[0], d[1], d[2], d[3], ptCell]);
    });
    for (const c of ["A", "B", "H"]) mergeCol(merges, c, r0, rows.length);
    if (id && id !== "bonus") claimed[id] = pts;
  }
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 0;
  const self = sum(SCORED.map(([id]) => claimed[id]));
  assert(self === 94, "f1 claimed 94 " + self);
  rows.push([null, "合计", null, null, null, null, null, self]);
  full("注：“盒号-页码”为“缺”的材料尚未装盒，9月15日前补交。");
  full("整理人：何××　　　审核：番禺区商务局副局长 罗××　　　2021年9月3日");
  assert(rows.every((r) => r.length === W), "f1 width");
  return {
    description:
      "广州番禺区商务局迎检时交来当事实表的《考评佐证材料目录》：序号｜评价指标｜材料编号｜佐证材料名称｜文号／形成时间｜盒号-页码｜要点摘录｜自评分，一个评价指标下列几份材料（一份一行），序号、评价指标和自评分纵向合并；事实都写在“要点摘录”里（常住人口265.80万、行政村177个、无省定贫困村、副区长（分管商务）任组长、中心2020年11月6日运营及五项免费服务、31家入驻企业不是输入、6,352人次、214人／131人、300万元／231.72万元、总体进度91%），“文号／形成时间”的日期是材料日期不是事实；监督举报窗口那份材料“缺”，要点写“未设” → 否；主观分从要点里的“自评×分”和自评分栏读（项目管理制度2、台账2；调研2、促销1、标准2），加分项两行的“0”和否决项承诺书也在目录里。",
    sheets: [{ name: "佐证材料目录", rows, merges }],
    expect: {
      facts: {
        county: "番禺区", asOf: "2021-08-31", residentPopulation: 2658000, adminVillagesStated: 177, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-06", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        agriRetail2019: agri19, agriRetail2020: agri20, agriRetailGrowthStated: Number((gr / 100).toFixed(3)),
        trainingPersonTimesStated: trainTimes, eligiblePoorPersonsStated: elig, trainedPoorPersonsStated: trained,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 3000000, fundSpentStated: 2317200, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.91,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 2, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "deputy",
      claimed,
    },
  };
}


// =====================================================================================================
// f2 — 汕头市龙湖区: 主要指标分年度完成情况（2019｜2020｜2021年1—8月｜累计（现状））＋建设任务＋否决＋组织领导＋主观项
// =====================================================================================================
function buildF2() {
  const W = 8;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:H${rows.length}`);
  };
  full("龙湖区电子商务进农村综合示范主要指标完成情况表");
  full("填报单位：汕头市龙湖区工业和信息化局（区商务主管部门）　　　截止日期：2021年8月31日");
  full("一、主要指标分年度完成情况");
  rows.push(["序号", "指标名称", "计量单位", "分年度完成情况", null, null, "截至2021年8月31日累计（现状）", "备注"]);
  const h1 = rows.length;
  rows.push([null, null, null, "2019年", "2020年", "2021年1—8月", null, null]);
  merges.push(`A${h1}:A${h1 + 1}`, `B${h1}:B${h1 + 1}`, `C${h1}:C${h1 + 1}`, `D${h1}:F${h1}`, `G${h1}:G${h1 + 1}`, `H${h1}:H${h1 + 1}`);
  // amounts in 亿元 as typed; facts in 元 computed from the same numbers
  const r19 = "18.64", r20 = "23.05", r21 = "16.92";
  const a19 = "2.12", a20 = "2.83", a21 = "2.05";
  const yi = (s) => Math.round(Number(s) * 10000) * 10000; // 亿元 text → 元 (exact to 万元)
  const rg = Math.round(((yi(r20) - yi(r19)) / yi(r19)) * 1000) / 10;
  const ag = Math.round(((yi(a20) - yi(a19)) / yi(a19)) * 1000) / 10;
  assert(rg === 23.7 && ag === 33.5, "f2 growth " + rg + " " + ag);
  const T = [186, 2417, 3012];
  const P = [null, 41, 23];
  const pDedup = 58;
  assert(pDedup < P[1] + P[2], "f2 dedup");
  const F = ["0", "187.5", "125.36"];
  const fSum = Math.round(sum(F.map((x) => Math.round(Number(x) * 10000))));
  assert(fSum === 3128600, "f2 fund sum " + fSum);
  const S = [
    ["常住人口", "万人", "—", "—", "—", "55.87", "第七次全国人口普查"],
    ["行政村", "个", "—", "—", "—", 37, "另有社区居委会61个"],
    ["省定贫困村", "个", "—", "—", "—", 0, "本区无省定贫困村"],
    ["农村网络零售额", "亿元", r19, r20, r21, "—", "省商务厅平台数据"],
    ["农村网络零售额同比增速", "%", "15.3", rg.toFixed(1), "12.8", "—", "2021年为1—8月同比"],
    ["农产品网络零售额", "亿元", a19, a20, a21, "—", "省商务厅平台数据"],
    ["农产品网络零售额同比增速", "%", "—", ag.toFixed(1), "9.6", "—", null],
    ["电商培训人次", "人次", T[0], fmtInt(T[1]), fmtInt(T[2]), fmtInt(sum(T)), "2019年为12月示范启动后"],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "—", "—", "—", 97, "区乡村振兴局确认"],
    ["参加电商培训的建档立卡贫困人口", "人", "—", P[1], P[2], pDedup, `按身份证号去重，两年都参训的${P[1] + P[2] - pDedup}人只计一次`],
    ["村级电商服务站点", "个", 0, 21, 9, 30, "累计覆盖行政村30个"],
    ["省级下达专项资金", "万元", 400, "—", "—", 400, "2019年12月下达"],
    ["拨付专项资金", "万元", F[0], F[1], F[2], (fSum / 10000).toFixed(2), null],
    ["项目总体进度", "%", "—", "—", "—", 88, null],
  ];
  S.forEach((r, j) => rows.push([j + 1].concat(r)));
  rows.push(padRow([], W));
  full("二、建设任务完成情况");
  rows.push(["序号", "建设任务", null, "完成情况", "完成时间", "说明", null, null]);
  merges.push(`B${rows.length}:C${rows.length}`, `F${rows.length}:H${rows.length}`);
  const TASKS = [
    ["正式印发示范县工作方案", "已完成", "2020.3.16", "龙府办〔2020〕9号"],
    ["出台支持农村电商发展的政策", "已完成", "2020.7.2", "《龙湖区扶持农村电子商务发展暂行办法》"],
    ["县级电子商务公共服务中心投入运营", "已完成", "2020.12.1", "2020年11月起试运营"],
    ["中心有免费培训场所、培训设备", "已完成", null, "培训室1间、电脑36台"],
    ["中心免费展示、销售特色农产品", "已完成", null, null],
    ["中心免费提供摄影、美工服务", "未完成", null, "摄影免费，美工设计按件收费"],
    ["组织农产品统一推广、指导品牌建设", "已完成", null, "“龙湖优品”"],
    ["为电子商务发展提供其他衍生增值服务", "已完成", null, "金融对接、法律咨询"],
    ["建设或整合、优化电商产业园", "已完成", "2021.1.8", "入驻企业17家"],
    ["引入专业第三方电子商务运营服务商", "已完成", "2020.9.25", "汕头××网络科技有限公司"],
    ["行政村物流快递全覆盖", "已完成", "2021.5.30", null],
    ["专栏公示创建方案", "已完成", "2020.4.8", null],
    ["专栏公示项目基本信息", "已完成", "2020.4.8", null],
    ["专栏按月公示项目建设进度", "已完成", null, null],
    ["专栏设立征求意见或监督举报窗口", "已完成", "2020.4.8", "监督举报电话、邮箱"],
    ["统计电商扶贫情况", "已完成", null, "随月报报送"],
    ["制定专项资金管理制度", "已完成", "2020.5.20", "龙工信〔2020〕21号"],
    ["建立资金专用台账", "已完成", null, null],
    ["建立农产品冷链、溯源系统", "未完成", null, "冷链仓在建"],
  ];
  TASKS.forEach((t, j) => {
    rows.push([j + 1, t[0], null, t[1], t[2], t[3], null, null]);
    merges.push(`B${rows.length}:C${rows.length}`, `F${rows.length}:H${rows.length}`);
  });
  rows.push(padRow([], W));
  full("三、一票否决事项");
  rows.push(["序号", "事项", null, "情况", null, null, null, null]);
  merges.push(`B${rows.length}:C${rows.length}`, `D${rows.length}:H${rows.length}`);
  [["发生安全生产、质量事故，或者造成重大经济损失和社会不良影响", "无"], ["弄虚作假", "无"]].forEach((t, j) => {
    rows.push([j + 1, t[0], null, t[1], null, null, null, null]);
    merges.push(`B${rows.length}:C${rows.length}`, `D${rows.length}:H${rows.length}`);
  });
  rows.push(padRow([], W));
  full("四、组织领导");
  rows.push(["领导小组组长", null, "区工业和信息化局局长", null, "成员单位", "区工业和信息化局、区财政局、区农业农村局、区乡村振兴局、区市场监管局", null, null]);
  merges.push(`A${rows.length}:B${rows.length}`, `C${rows.length}:D${rows.length}`, `F${rows.length}:H${rows.length}`);
  rows.push(["说明", null, "区政府分管领导不再兼任组长（2020年7月调整）", null, null, null, null, null]);
  merges.push(`A${rows.length}:B${rows.length}`, `C${rows.length}:H${rows.length}`);
  rows.push(padRow([], W));
  full("五、主观评分项自评");
  rows.push(["序号", "评分项", null, "分值范围", "自评分", "依据", null, null]);
  merges.push(`B${rows.length}:C${rows.length}`, `F${rows.length}:H${rows.length}`);
  const J = [["方案制定", "1-2", "2分", "org.plan"], ["政策支持", "1-2", "1分", "org.policy"], ["项目管理制度", "1-2", "2分", "org.management.system"],
    ["工作台账", "1-2", "2分", "org.management.ledger"], ["网销调研", "1-2", "1分", "work.upward.research"], ["网络促销活动", "1-2", "2分", "work.upward.promotion"],
    ["交易标准与冷链、溯源系统", "1-2", "1分", "work.upward.standards"], ["资金管理制度", "1-5", "4分", "fund.system"], ["资金台账", "1-5", "4分", "fund.ledger"],
    ["资金及时拨付", "1-5", "3分", "fund.spending"]];
  const judged = {};
  J.forEach((r, j) => {
    rows.push([j + 1, r[0], null, r[1], r[2], j === 4 ? "调研报告针对性不强" : j === 6 ? "已出台交易标准，冷链溯源在建" : null, null, null]);
    merges.push(`B${rows.length}:C${rows.length}`, `F${rows.length}:H${rows.length}`);
    judged[r[3]] = Number(r[2].replace("分", ""));
  });
  full("填表人：蔡××　　　联系电话：0754-88xxxxxx　　　填报日期：2021年9月6日");
  assert(rows.every((r) => r.length === W), "f2 width");
  return {
    description:
      "汕头龙湖区工业和信息化局（区商务主管部门）的《主要指标完成情况表》：第一部分“分年度完成情况”两行表头（2019年｜2020年｜2021年1—8月 合并在“分年度完成情况”下，另有“截至2021年8月31日累计（现状）”列），零售额和增速只取2019、2020年两列（2021年1—8月的16.92亿元、12.8%和2019年增速15.3%不是事实），人口、行政村、贫困人口、进度只在累计（现状）列；培训人次取累计5,615；参训贫困人口累计58不等于41＋23（两年都参训的按一人）；拨付取累计312.86万元。下面接建设任务“已完成／未完成”（完成时间是日期；中心“2020.12.1”，美工按件收费 → 否）、一票否决“无”、组织领导（组长是区工业和信息化局局长 → 其他）、主观评分项“2分”式自评分；没有指标自评分。",
    sheets: [{ name: "主要指标", rows, merges }],
    expect: {
      facts: {
        county: "龙湖区", asOf: "2021-08-31", residentPopulation: 558700, adminVillagesStated: 37, poorVillagesStated: 0,
        ruralRetail2019: yi(r19), ruralRetail2020: yi(r20), ruralRetailGrowthStated: Number((rg / 100).toFixed(3)),
        agriRetail2019: yi(a19), agriRetail2020: yi(a20), agriRetailGrowthStated: Number((ag / 100).toFixed(3)),
        trainingPersonTimesStated: sum(T), eligiblePoorPersonsStated: 97, trainedPoorPersonsStated: pDedup,
        fundAllocated: 4000000, fundSpentStated: fSum, overallProgress: 0.88,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-01", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundSystemIssued: true, fundLedgerKept: true, vetoIncident: false, vetoFraud: false,
      },
      judged,
      leadership: "other",
    },
  };
}


// =====================================================================================================
// f3 — 阳江市江城区: 分镇街汇总（全区合计在第一行）＋项目｜情况＋主观项横排
// =====================================================================================================
function buildF3() {
  const W = 10;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:J${rows.length}`);
  };
  full("江城区电子商务进农村综合示范创建基础数据（分镇街汇总）");
  full("填报单位：阳江市江城区商务局　　　统计截至：2021年8月31日");
  full("一、分镇（街）基础数据");
  rows.push(["镇（街道）", "村（居）委会（个）", null, "省定相对贫困村（个）", "已建站点的行政村（个）", "电商培训人次", "建档立卡贫困人口（人）", null, "备注", null]);
  const h = rows.length;
  rows.push([null, "行政村", "社区", null, null, null, "有劳动能力（不含外出务工）", "其中参加电商培训", null, null]);
  merges.push(`A${h}:A${h + 1}`, `B${h}:C${h}`, `D${h}:D${h + 1}`, `E${h}:E${h + 1}`, `F${h}:F${h + 1}`, `G${h}:H${h}`, `I${h}:J${h + 1}`);
  const TOWNS = [["区本级", null], ["埠场镇", 17], ["双捷镇", 15], ["白沙街道", 12], ["岗列街道", 9], ["城西街道", 7], ["城北街道", 4], ["城南街道", 2], ["城东街道", 0], ["南恩街道", 0], ["中洲街道", 0]];
  const data = TOWNS.map(([t, v], j) => {
    if (v === null) return { t, v: null, c: null, p: null, s: null, tr: rint(1400, 1700), e: null, pt: null, note: "区电子商务公共服务中心组织的培训" };
    const c = v === 0 ? rint(8, 14) : rint(1, 6);
    const p = v >= 9 ? rint(1, 3) : 0;
    const s = v === 0 ? 0 : Math.max(p, Math.min(v, Math.round(v * (0.55 + rnd() * 0.35))));
    const e = v === 0 ? rint(2, 9) : rint(20, 70);
    const pt = Math.floor(e * (0.45 + rnd() * 0.25));
    return { t, v, c, p, s, tr: rint(120, 520), e, pt, note: v === 0 ? "无行政村" : null };
  });
  const tot = (k) => sum(data.map((d) => d[k] || 0));
  const T = { v: tot("v"), c: tot("c"), p: tot("p"), s: tot("s"), tr: tot("tr"), e: tot("e"), pt: tot("pt") };
  assert(T.v === 66 && T.p >= 4 && T.pt < T.e, "f3 totals " + JSON.stringify(T));
  rows.push(["全区合计", T.v, T.c, T.p, T.s, fmtInt(T.tr), T.e, T.pt, "含区本级", null]);
  merges.push(`I${rows.length}:J${rows.length}`);
  for (const d of data) {
    rows.push([d.t, d.v === null ? "—" : d.v, d.c === null ? "—" : d.c, d.p === null ? "—" : d.p, d.s === null ? "—" : d.s, d.tr, d.e === null ? "—" : d.e, d.pt === null ? "—" : d.pt, d.note, null]);
    merges.push(`I${rows.length}:J${rows.length}`);
  }
  full("注：统计报表格式，“全区合计”列在各镇（街）之前；培训人次、贫困人口数据截至2021年8月31日，贫困人口数据经区乡村振兴局确认。");
  rows.push(padRow([], W));
  full("二、其他基础情况");
  rows.push(["项目", null, "情况", null, null, null, null, null, null, null]);
  merges.push(`A${rows.length}:B${rows.length}`, `C${rows.length}:J${rows.length}`);
  const INFO = [
    ["常住人口", "61.92万人（第七次全国人口普查）"],
    ["领导小组", "组长：区委书记；常务副组长：区长；成员单位：区商务局、区财政局、区农业农村局、区扶贫办（区乡村振兴局）、区交通运输局、区市场监管局"],
    ["示范创建工作方案", "已印发（江府办〔2020〕5号）"],
    ["农村电商扶持政策", "未出台（拟纳入2021年区级乡村振兴扶持政策统筹）"],
    ["县级公共服务中心", "2020年8月20日投入运营；提供免费培训场所及设备、免费展示销售特色农产品、免费摄影美工、农产品统一推广与品牌指导，以及金融、物流对接等衍生增值服务"],
    ["电商产业园", "整合原江城电商创业园建成江城电商产业园"],
    ["第三方运营服务商", "有（阳江××网络科技有限公司运营区公共服务中心）"],
    ["行政村物流快递覆盖", "覆盖率97.0%（双捷镇2个山区村未通快递）"],
    ["农村网络零售额", "2019年21.3亿元，2020年26.1亿元，同比增长22.5%"],
    ["信息公开专栏", "区政府网站已设专栏，公开创建方案、项目基本信息、项目建设进度，设监督举报电话"],
    ["电商扶贫统计", "能统计，随月报报送"],
    ["专项资金", "省级下达500万元；截至2021年8月31日累计拨付403.15万元"],
    ["资金管理", "已制定专项资金管理办法；各承建单位已建立资金专用台账"],
    ["项目总体进度", "90%"],
    ["一票否决事项", "未发生安全生产、质量事故和重大损失；不存在弄虚作假"],
  ];
  for (const [k, v] of INFO) {
    rows.push([k, null, v, null, null, null, null, null, null, null]);
    merges.push(`A${rows.length}:B${rows.length}`, `C${rows.length}:J${rows.length}`);
  }
  assert(Math.round((26.1 / 21.3 - 1) * 1000) / 10 === 22.5, "f3 growth");
  rows.push(padRow([], W));
  full("三、主观评分项自评（政策支持未出台，不自评）");
  const JI = [["方案制定", "org.plan", 2], ["项目管理制度", "org.management.system", 2], ["工作台账", "org.management.ledger", 1], ["网销调研", "work.upward.research", 2],
    ["网络促销", "work.upward.promotion", 2], ["交易标准及冷链溯源", "work.upward.standards", 1], ["资金管理制度", "fund.system", 4], ["资金台账", "fund.ledger", 4], ["资金及时拨付", "fund.spending", 4]];
  rows.push(["评分项"].concat(JI.map((x) => x[0])));
  rows.push(["分值范围"].concat(JI.map((x) => (x[1].startsWith("fund") ? "1-5" : "1-2"))));
  rows.push(["自评分"].concat(JI.map((x) => x[2])));
  const judged = {};
  for (const [, id, p] of JI) judged[id] = p;
  full("填表：区商务局电商股 吴××　　　2021年9月2日");
  assert(rows.every((r) => r.length === W), "f3 width " + rows.map((r) => r.length).join(","));
  return {
    description:
      "阳江江城区商务局的《基础数据（分镇街汇总）》：统计报表格式，两行表头（村（居）委会分行政村｜社区，建档立卡贫困人口分有劳动能力（不含外出务工）｜其中参加电商培训），“全区合计”是第一行数据（在区本级和10个镇街之前），县级事实只在这一行（行政村66、省定相对贫困村、培训人次是千分位文本、贫困人口与参训），镇街行和区本级行不是事实；下面“项目｜情况”两栏句子（区委书记任组长、区长常务副组长，扶贫办（乡村振兴局）在内 → 主要领导全；扶持政策“未出台” → 否；中心2020年8月20日运营和五项服务在一句里；快递覆盖97.0% → 否；零售额只有农村的；500万元／403.15万元；进度90%；否决事项一句）；主观评分项横排（评分项一行、分值范围一行、自评分一行），政策支持不自评。",
    sheets: [{ name: "分镇街汇总", rows, merges }],
    expect: {
      facts: {
        county: "江城区", asOf: "2021-08-31", residentPopulation: 619200, adminVillagesStated: T.v, poorVillagesStated: T.p,
        trainingPersonTimesStated: T.tr, eligiblePoorPersonsStated: T.e, trainedPoorPersonsStated: T.pt,
        planIssued: true, policyIssued: false, centerOpened: "2020-08-20", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2019: 2130000000, ruralRetail2020: 2610000000, ruralRetailGrowthStated: 0.225,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4031500, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9,
        vetoIncident: false, vetoFraud: false,
      },
      judged,
      leadership: "principal-all",
    },
  };
}


// relation to the household head from birth years and the sex digit of the ID (members sorted oldest first)
function relMaker() {
  let spouse = false;
  return (mem, i) => {
    if (i === 0) return "户主";
    const male = (p) => Number(p.id[16]) % 2 === 1;
    const by = (p) => Number(birthOf(p.id).slice(0, 4));
    const d = by(mem[i]) - by(mem[0]);
    if (d >= 45) return male(mem[i]) ? "之孙" : "之孙女";
    if (d >= 16) return male(mem[i]) ? "之子" : "之女";
    if (!spouse && male(mem[i]) !== male(mem[0])) {
      spouse = true;
      return "配偶";
    }
    return male(mem[i]) ? "兄弟" : "姐妹";
  };
}

// =====================================================================================================
// l1 — 茂名市茂南区: 填报说明、站点（星级评定）、培训开班备案、专栏按月登记、宣传报道（级别·形式一格）、脱贫人口、按镇统计、隐藏字典
// =====================================================================================================
function buildL1() {
  const CUT = "2021-08-31";
  const REGION = "440902";
  // ---------------- 站点台账
  const TOWNS = ["金塘镇", "公馆镇", "新坡镇", "镇盛镇", "鳌头镇", "袂花镇", "山阁镇", "羊角镇"];
  const vName = nameMaker("大新石黄罗水上下东西南北白沙平龙高长禄", ["塘", "坑", "岭", "垌", "田", "坡", "山", "湾", "圩", "头", "寨", "垭", "陂", "江", "园", "桥"], "", ["金塘", "公馆", "新坡", "镇盛", "鳌头", "袂花", "山阁", "羊角"]);
  const ST = [];
  for (let i = 0; i < 21; i++) {
    const t = TOWNS[i % TOWNS.length];
    const base = vName();
    ST.push({ t, base, op: randIsoBetween("2020-06-01", "2021-08-20") });
  }
  ST.sort((a, b) => TOWNS.indexOf(a.t) - TOWNS.indexOf(b.t) || cmp(a.op, b.op));
  ST[3].poorTag = true;
  ST[9].poorTag = true;
  ST[15].poorTag = true;
  ST[6].comm = true;
  ST[12].op = "2021-09-06";
  ST[17].op = "2021-08-31";
  const sRows = [["茂南区村级电子商务服务站点台账"], ["填报单位：茂名市茂南区商务局　　　星级为2021年6月区商务局组织的站点星级评定结果，评定日期不是建成日期"],
    ["序号", "站点名称", "所在镇（街道）", "所在村（居）", "建成日期", "星级", "评定日期", "负责人", "联系电话"]];
  const sRecs = [];
  ST.forEach((s, j) => {
    let vcell;
    let vrec;
    if (s.comm) {
      vcell = `${s.base}社区`;
      vrec = vcell;
    } else if (s.poorTag) {
      vcell = `${s.base}村（省定贫困村）`;
      vrec = `${s.base}村`;
    } else {
      vcell = [`${s.base}村委会`, `${s.base}村`, `${s.base}村民委员会`][j % 3];
      vrec = vcell;
    }
    let dc;
    if (s.op === "2021-09-06") dc = "2021.9.6";
    else if (s.op === CUT) dc = "2021年8月31日";
    else dc = [D(s.op), twoDot(s.op), ydNum(s.op), slashDate(s.op), cnDate(s.op)][j % 5];
    const rated = s.op < "2021-05-01";
    const stars = rated ? "★".repeat(rint(1, 3)) : null;
    s.stars = stars;
    sRows.push([j + 1, `茂南区${s.base}${s.comm ? "社区" : "村"}电商服务站`, s.t, vcell, dc, stars, rated ? (j % 2 ? "2021年6月" : D("2021-06-18")) : "未评定", personName(), mask(phone())]);
    sRecs.push({ village: vrec, opened: s.op });
  });
  sRows.push(["注：2021年5月以后建成的站点未参加星级评定。"]);
  const sMerges = ["A1:I1", "A2:I2", `A${sRows.length}:I${sRows.length}`];
  for (const r of sRows) padRow(r, 9);

  // ---------------- 培训开班备案
  const CL = [
    ["网店运营基础班", "创业培训", "2020-09-15", "2020-09-17", 60, 64, 58, 55],
    ["直播带货实操班", "技能提升", "2020-10-20", "2020-10-22", 50, 57, 54, 50],
    ["农产品电商营销班", "创业培训", "2020-11-24", "2020-11-26", 60, 61, 59, 57],
    ["脱贫户电商技能班", "专项培训", "2020-12-15", "2020-12-16", 40, 43, 41, 41],
    ["短视频拍摄与剪辑班", "技能提升", "2021-01-12", "2021-01-14", 50, 22, null, null],
    ["电商客服与物流班", "技能提升", "2021-03-09", "2021-03-11", 50, 55, 52, 48],
    ["罗非鱼电商营销专题班", "专项培训", "2021-04-13", "2021-04-14", 40, 46, 45, 45],
    ["社群营销班", "创业培训", "2021-05-18", "2021-05-20", 60, 66, 61, 58],
    ["农村电商带头人研修班", "创业培训", "2021-06-22", "2021-06-25", 30, 33, 31, 31],
    ["直播带货提升班", "技能提升", "2021-07-20", "2021-07-22", 50, 58, 56, 52],
    ["跨境电商入门班", "技能提升", "2021-08-30", "2021-09-01", 50, 53, 51, 49],
  ];
  const tRows = [["茂南区电子商务培训开班备案登记表"], ["登记单位：茂南区商务局（区人社局职业技能培训备案口径）　　　开班、结业日期按系统导出八位数字"],
    ["班级编号", "培训项目", "培训类别", "开班日期", "结业日期", "计划人数", "报名人数", "实际参训人次", "结业人数", "培训地点", "状态"]];
  const tRecs = [];
  CL.forEach((c, j) => {
    const cancelled = c[6] === null;
    const code = `MNDS${c[2].slice(0, 4)}${pad3(j + 1)}`;
    const dFmt = (iso) => (j % 4 === 3 ? D(iso) : ydNum(iso));
    tRows.push([code, c[0], c[1], dFmt(c[2]), cancelled ? "—" : dFmt(c[3]), c[4], c[5], cancelled ? "—" : c[6], cancelled ? "—" : c[7],
      ["区电子商务公共服务中心", "区职业技能培训基地", "金塘镇党群服务中心"][j % 3], cancelled ? "取消（报名不足）" : c[3] > CUT ? "已结业（9月1日）" : "已结业"]);
    if (!cancelled) tRecs.push({ date: c[3], personTimes: c[6] });
  });
  const done = CL.filter((c) => c[6] !== null);
  tRows.push(["合计", null, null, null, null, sum(CL.map((c) => c[4])), sum(CL.map((c) => c[5])), sum(done.map((c) => c[6])), sum(done.map((c) => c[7])), null, null]);
  const tMerges = ["A1:K1", "A2:K2", `A${tRows.length}:E${tRows.length}`];
  assert(tRecs.length === 10, "l1 10 classes");

  // ---------------- 专栏更新 (one row, months across, day numbers in cells)
  const MONTHS = monthsBetween("2020-06", "2021-09");
  const DAYS = {};
  for (const m of MONTHS) {
    const [y, mo] = m.split("-").map(Number);
    if (m === "2020-07" || m === "2021-02") continue;
    const n = m === "2020-06" || m === "2020-12" || m === "2021-06" ? 2 : 1;
    const ds = [];
    while (ds.length < n) {
      const d = rint(2, Math.min(28, lastDay(y, mo)));
      if (!ds.includes(d) && !ds.some((x) => Math.abs(x - d) < 5)) ds.push(d);
    }
    ds.sort((a, b) => a - b);
    DAYS[m] = m === "2021-09" ? [3] : ds;
  }
  const uRows = [["茂南区政府网站“电子商务进农村综合示范”专栏更新情况（按月登记发布日）"],
    ["月份"].concat(MONTHS.map((m) => `${Number(m.slice(0, 4))}年${Number(m.slice(5))}月`), ["备注"]),
    ["发布日"].concat(MONTHS.map((m) => (DAYS[m] ? DAYS[m].map((d) => `${d}日`).join("、") : null)), ["一个日期为一次更新"]),
    ["主要内容"].concat(MONTHS.map((m) => (m === "2020-06" ? "创建方案；项目基本信息及监督举报电话" : DAYS[m] ? (DAYS[m].length > 1 ? "建设进度；项目信息调整" : "建设进度") : m === "2021-02" ? "春节未发布，2月进度3月发布" : null)), [null])];
  const uRecs = [];
  for (const m of MONTHS) for (const d of DAYS[m] || []) uRecs.push({ date: `${m}-${String(d).padStart(2, "0")}` });
  const WU = MONTHS.length + 2;
  const uMerges = [`A1:${colName(WU - 1)}1`];
  assert(inWindowMonths(uRecs.map((u) => u.date)) === 11 && uRecs.some((u) => u.date > CUT), "l1 disclosure months");

  // ---------------- 宣传报道 (级别·形式 in one cell)
  const MED = [["2020-10-23", "茂南区融媒体中心", "县级·网络", "茂南首期网店运营培训班开班", "否", "county", false],
    ["2020-12-18", "茂名日报", "市级·报纸", "茂南：电商服务站开到家门口", "否", "city", false],
    ["2021-03-12", "茂名广播电视台《茂名新闻》", "市级·电视", "脱贫户直播卖罗非鱼", "是", "city", true],
    ["2021-04-16", "广东广播电视台", "省级·广播", "《广东新闻广播》：茂南区电商助农", "否", "province", false],
    ["2021-06-09", "南方日报", "省级·报纸", "茂南区电商进农村见闻", "否", "province", false],
    ["2021-07-27", "新华网", "中央·网络", "广东茂名：小站点连起城乡大市场", "否", "national", false],
    ["2021-09-08", "广东广播电视台《广东新闻联播》", "省级·电视", "茂南区：电商让“土货”出村", "是", "province", true]];
  const mRows = [["茂南区电子商务进农村宣传报道统计"], ["序号", "日期", "媒体", "类别（级别·形式）", "标题", "电商扶贫典型案例"]];
  const mRecs = [];
  MED.forEach((m, j) => {
    mRows.push([j + 1, [cnDate(m[0]), D(m[0]), dotDate(m[0]), slashDate(m[0])][j % 4], m[1], m[2], m[3].startsWith("《") ? m[3] : `《${m[3]}》`, m[4]]);
    mRecs.push({ date: m[0], level: m[5], tv: m[6] });
  });

  // ---------------- 脱贫人口
  const pRows = [["茂南区建档立卡脱贫人口名单（劳动能力及务工）"], ["序号", "户编号", "姓名", "与户主关系", "身份证号", "是否有劳动能力", "是否外出务工", "所在村", "备注"]];
  const pMerges = ["A1:I1"];
  const pRecs = [];
  const villages = ST.filter((s) => s.poorTag).map((s) => `${s.base}村`);
  let pi = 0;
  let fwDone = 0;
  let xDone = false;
  for (let h = 0; h < 9; h++) {
    const n = rint(2, 4);
    const r0 = pRows.length + 1;
    const sur = SURNAMES[rint(0, SURNAMES.length - 1)];
    const mem = [];
    for (let i = 0; i < n; i++) {
      const kind = (h + i) % 5 === 4 ? "N" : (h * 2 + i) % 4 === 1 ? "M" : "E";
      const birth = kind === "N" ? birthBetween(1938, 1956) : birthBetween(1968, 2001);
      const wantX = !xDone && kind === "E" && h >= 2 ? true : undefined;
      const id = makeId(REGION, birth, rnd() < 0.5, wantX);
      if (wantX) xDone = true;
      mem.push({ kind, id });
    }
    mem.sort((a, b) => cmp(birthOf(a.id), birthOf(b.id)));
    const relOf = relMaker();
    mem.forEach((m, i) => {
      pi++;
      let idCell = m.id;
      if (isX(m.id) && m.kind === "E") idCell = m.id.slice(0, 17) + "x";
      else if (fwDone < 2 && pi % 5 === 2) {
        idCell = fwDigits(m.id);
        fwDone++;
      }
      const rel = relOf(mem, i);
      const lab = m.kind === "N" ? "否" : "是";
      const mig = m.kind === "N" ? null : m.kind === "M" ? "是" : "否";
      pRows.push([pi, i === 0 ? `440902${pad3(rint(100, 999))}${String(h + 1).padStart(4, "0")}` : null, personName(rel === "配偶" ? undefined : sur), rel, idCell, lab, mig,
        i === 0 ? villages[h % villages.length] : null, m.kind === "N" ? "无劳动能力，务工栏不填" : m.kind === "M" ? "广州务工" : null]);
      pRecs.push({ id: m.id, labour: m.kind !== "N", migrant: m.kind === "N" ? null : m.kind === "M" });
    });
    mergeCol(pMerges, "B", r0, pRows.length);
    mergeCol(pMerges, "H", r0, pRows.length);
  }
  assert(xDone && fwDone === 2 && pRecs.some((p) => p.migrant === null) && pRecs.some((p) => p.migrant === true), "l1 person variety " + fwDone);
  for (const p of pRecs) assert(idValid(p.id), "l1 id");

  // ---------------- 按镇统计 (not a ledger) / 填报说明 / 数据字典
  const gRows = [["按镇统计（截至2021年8月31日）"], ["镇（街道）", "站点数（个）", "其中省定贫困村站点", "三星站点"]];
  for (const t of TOWNS) {
    const ss = ST.filter((s) => s.t === t && s.op <= CUT);
    gRows.push([t, ss.length, ss.filter((s) => s.poorTag).length, ss.filter((s) => s.stars === "★★★").length]);
  }
  const sc = ST.filter((s) => s.op <= CUT);
  gRows.push(["总计", sc.length, sc.filter((s) => s.poorTag).length, sc.filter((s) => s.stars === "★★★").length]);
  const note = [["填报说明"], ["1．本册为茂南区电子商务进农村综合示范考评台账（一），含站点、培训、专栏、宣传、脱贫人口五个台账。"],
    ["2．《培训开班备案》以结业日期计入，实际参训人次为签到人次；“计划人数”“报名人数”“结业人数”不作为培训人次。"],
    ["3．《专栏更新》每个发布日为一次更新。"], ["4．《按镇统计》由台账汇总生成，仅供参考。"]];
  const dict = [["字段", "取值"], ["星级", "★／★★／★★★"], ["类别", "中央／省级／市级／县级·电视／广播／报纸／网络"], ["是否", "是／否"]];
  return {
    description:
      "茂名茂南区商务局台账（一）（八个表）：①《填报说明》不是台账；②《站点台账》带“星级｜评定日期”两列（2021年6月星级评定的日期不是建成日期，5月后建成的“未评定”），建成日期混写（日期格、“20.10.15”、八位数字20201015、斜杠、中文，8月31日一站、“2021.9.6”一站照列），所在村有三处写成“××村（省定贫困村）”（村名是××村），一处社区站；③《培训开班备案》人社口径一班一行：开班、结业日期多为八位数字（按结业日期计），人次读“实际参训人次”（计划、报名、结业人数不是），一班“取消（报名不足）”不是记录，8月30日—9月1日一班按9月1日照列，合计行不是；④《专栏更新》月份横排（2020年6月—2021年9月），“发布日”一行每格写日（“5日、26日”是两次更新，2020年7月、2021年2月空），“主要内容”一行不是日期，2021年9月3日照列；⑤《宣传报道》级别和形式写在一格“省级·电视”“中央·网络”“省级·广播”（广播不是电视）；⑥《脱贫人口》是否有劳动能力、是否外出务工两列是／否（无劳动能力的务工栏空 → null），身份证号两人为全角数字、一人末位小写x，户编号和所在村按户合并；⑦《按镇统计》和⑧隐藏的《数据字典》不是台账。",
    sheets: [
      { name: "填报说明", rows: note, merges: [] },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "培训开班备案", rows: tRows, merges: tMerges },
      { name: "专栏更新", rows: uRows, merges: uMerges },
      { name: "宣传报道", rows: mRows, merges: ["A1:F1"] },
      { name: "脱贫人口", rows: pRows, merges: pMerges },
      { name: "按镇统计", rows: gRows, merges: ["A1:D1"] },
      { name: "数据字典", rows: dict, merges: [], hidden: true },
    ],
    expect: {
      sheets: {
        "填报说明": { kind: null },
        "站点台账": { kind: "stations", records: sRecs },
        "培训开班备案": { kind: "training", records: tRecs },
        "专栏更新": { kind: "disclosures", records: uRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "脱贫人口": { kind: "poorPersons", records: pRecs },
        "按镇统计": { kind: null },
        "数据字典": { kind: null },
      },
    },
  };
}


// =====================================================================================================
// l2 — 惠州市惠城区: 封面、村居名单（按镇分组带小计）、入驻协议台账、资金（万元，一格写元）、月报（年份分组行）、经验材料、数据透视
// =====================================================================================================
function buildL2() {
  const CUT = "2021-08-31";
  const REGION = "441302";
  // ---------------- 村居名单
  const TOWNS = [["横沥镇", 14, 1], ["芦洲镇", 10, 1], ["汝湖镇", 12, 1], ["马安镇", 11, 2], ["三栋镇", 9, 2], ["水口街道", 8, 5], ["小金口街道", 8, 4]];
  const pre = ["横沥", "芦洲", "汝湖", "马安", "三栋", "水口", "小金"];
  const vName = nameMaker("大新石黄罗水上下东西南北白沙平龙高长鹤桥", ["塘", "坑", "岗", "洞", "田", "围", "岭", "湾", "坪", "头", "寨", "迳", "坝", "布", "陂", "联", "和", "埔"], "", pre);
  const cName = nameMaker("城华康锦文惠", ["兴", "安", "明", "丰", "源", "宁"], "", pre);
  const vRows = [["惠城区村（居）民委员会名单"], ["说明：性质“村”为村民委员会，“居”为居民委员会；省定相对贫困村由区乡村振兴局标注；快递服务由区邮政管理局核实。"],
    ["序号", "镇（街道）", "村（居）委会名称", "性质", "省定相对贫困村", "快递服务", "备注"]];
  const vMerges = ["A1:G1", "A2:G2"];
  const vRecs = [];
  let sq = 0;
  let poorN = 0;
  TOWNS.forEach(([t, nv, nc], ti) => {
    const r0 = vRows.length + 1;
    for (let i = 0; i < nv; i++) {
      const b = vName();
      sq++;
      const poor = ti <= 3 && (i === 2 || (ti === 0 && i === 9));
      if (poor) poorN++;
      const exp = ti === 3 && i === 7 ? "未覆盖" : "已覆盖";
      const nm = i % 4 === 3 ? `${b}村民委员会` : `${b}村委会`;
      vRows.push([sq, vRows.length + 1 === r0 ? t : null, nm, "村", poor ? "是" : "否", exp, exp === "未覆盖" ? "山区，村民到圩镇取件" : null]);
      vRecs.push({ name: nm, admin: true, poor, express: exp === "已覆盖" });
    }
    for (let i = 0; i < nc; i++) {
      const b = cName();
      sq++;
      const nm = `${b}社区居委会`;
      vRows.push([sq, null, nm, "居", "—", "已覆盖", null]);
      vRecs.push({ name: nm, admin: false, poor: null, express: true });
    }
    mergeCol(vMerges, "B", r0, vRows.length);
    vRows.push([`${t}小计`, null, `村${nv}个、居${nc}个`, null, null, null, null]);
    vMerges.push(`A${vRows.length}:B${vRows.length}`, `C${vRows.length}:G${vRows.length}`);
  });
  const nV = sum(TOWNS.map((t) => t[1]));
  const nC = sum(TOWNS.map((t) => t[2]));
  vRows.push(["全区合计", null, `村${nV}个（其中省定相对贫困村${poorN}个）、居${nC}个`, null, null, null, null]);
  vMerges.push(`A${vRows.length}:B${vRows.length}`, `C${vRows.length}:G${vRows.length}`);
  const allNames = vRecs.map((v) => v.name.replace(/村民委员会$|村委会$|社区居委会$/, ""));
  assert(new Set(allNames).size === allNames.length, "l2 stems unique");
  assert(poorN === 5, "l2 5 poor " + poorN);

  // ---------------- 入驻协议台账
  const FIRMS = [["惠州市惠城区罗浮山货电子商务有限公司", "销售型"], ["惠州市惠城区横沥汉服电商商行", "销售型"], ["惠州市惠城区惠品汇网络科技有限公司", "平台型"],
    ["惠州市惠城区梅菜电商网店", "销售型"], ["惠州市惠城区云帆电商代运营有限公司", "电商运营商"], ["惠州市惠城区马安荔枝电商商行", "销售型"],
    ["惠州市惠城区速运快递服务有限公司", "物流企业"], ["惠州市惠城区汝湖农特产网店", "销售型"], ["惠州市惠城区直播星传媒有限公司", "直播电商"],
    ["惠州市惠城区好货源供应链有限公司", "供应链"], ["惠州市惠城区三栋花卉电商商行", "销售型"], ["惠州市惠城区乡创电商服务有限公司", "电商运营商"],
    ["惠州市惠城区东江鲜冷链物流有限公司", "物流企业"], ["惠州市惠城区惠农优选网络科技有限公司", "平台型"], ["惠州市惠城区芦洲竹编网店", "销售型"]];
  const firms = FIRMS.map(([n, t], j) => {
    const ent = randIsoBetween("2020-07-15", "2021-07-31");
    const sign = isoAdd(ent, -rint(7, 40));
    return { n, t, code: creditCode(REGION), sign, ent, left: null, j };
  });
  firms[3].left = "2021-06-30";
  firms[7].left = "2021-08";
  firms[14].ent = "2021-09-15";
  firms[14].sign = "2021-08-26";
  for (const f of firms) {
    if (f.left && f.left.length === 10 && f.ent >= f.left) { f.ent = "2020-10-09"; f.sign = "2020-09-21"; }
    if (f.left && f.left.length === 7 && f.ent.slice(0, 7) >= f.left) { f.ent = "2020-11-16"; f.sign = "2020-10-30"; }
  }
  firms.sort((a, b) => cmp(a.sign, b.sign));
  const eRows = [["惠城区电子商务产业园入驻协议台账"], ["协议编号", "企业名称", "统一社会信用代码", "经营类型", "签约日期", "实际入驻日期", "协议期限", "状态", "退出日期", "备注"]];
  const eRecs = [];
  firms.forEach((f, j) => {
    const endY = Number(f.ent.slice(0, 4)) + 3;
    const term = j % 2 ? "3年" : `${dotDate(f.ent).split(".").slice(0, 2).join(".")}—${endY}.${Number(f.ent.slice(5, 7))}`;
    const ec = f.ent === "2021-09-15" ? "2021.9.15" : dateCell(f.ent, j + 1);
    const lc = f.left === "2021-06-30" ? "2021.6.30" : f.left === "2021-08" ? "2021年8月" : null;
    eRows.push([`HCDSY-${f.sign.slice(0, 4)}-${pad3(j + 1)}`, f.n, f.code, f.t, dateCell(f.sign, j + 3), ec, term, f.left ? "已退出" : f.ent > CUT ? "已签约，9月入驻" : "在园", lc,
      f.left === "2021-08" ? "具体日期待核" : f.left ? "提前解约" : null]);
    eRecs.push({ name: f.n, type: f.t, entered: f.ent, left: f.left });
  });
  eRows.push(["注：入驻时间以“实际入驻日期”为准；“协议期限”为协议约定期限，不是退出时间。"]);
  const eMerges = ["A1:J1", `A${eRows.length}:J${eRows.length}`];
  for (const r of eRows) padRow(r, 10);

  // ---------------- 资金拨付 (万元; one cell in 元)
  const PAY = [["2020-10-16", "区电子商务公共服务中心建设", 586000], ["2020-12-22", "村级站点建设（第一批）", 412500], ["2021-01-27", "电商人才培训（第一期）", 86400],
    ["2021-03-19", "物流配送体系建设", 358200], ["2021-04-28", "村级站点建设（第二批）", 297600], ["2021-06-11", "农产品品牌培育", 145000],
    ["2021-07-23", "电商人才培训（第二期）", 93800], ["2021-08-27", "冷链及溯源系统", 264000], ["2021-09-10", "公共服务中心运营补助", 180000]];
  const fRows = [["惠城区电子商务进农村综合示范专项资金拨付明细"], ["金额单位：万元"], ["序号", "拨付日期", "项目", "收款单位", "金额", "备注"]];
  const WHO = ["惠州市惠城区云帆电商代运营有限公司", "中国邮政集团有限公司广东省惠州市惠城区分公司", "惠州市惠城区乡创电商服务有限公司", "惠州市惠城区速运快递服务有限公司",
    "中国邮政集团有限公司广东省惠州市惠城区分公司", "惠州市惠城区惠品汇网络科技有限公司", "惠州市惠城区乡创电商服务有限公司", "惠州市惠城区东江鲜冷链物流有限公司", "惠州市惠城区云帆电商代运营有限公司"];
  const fRecs = [];
  PAY.forEach(([d, p, y], j) => {
    assert(y % 100 === 0, "l2 whole hundreds");
    const amt = y === 86400 ? "86,400元" : j % 3 === 1 ? (y / 10000).toFixed(2) : y / 10000;
    fRows.push([j + 1, d > CUT ? "2021年9月10日" : dateCell(d, j), p, WHO[j], amt, y === 86400 ? "按元填列" : d > CUT ? "9月拨付" : null]);
    fRecs.push({ date: d, amount: y });
  });
  const upTo = sum(PAY.filter((p) => p[0] <= CUT).map((p) => p[2]));
  fRows.push(["小计（截至8月31日）", null, null, null, Number((upTo / 10000).toFixed(2)), null]);
  fRows.push(["合计", null, null, null, Number((sum(PAY.map((p) => p[2])) / 10000).toFixed(2)), null]);
  const fMerges = ["A1:F1", "A2:F2", `A${fRows.length - 1}:D${fRows.length - 1}`, `A${fRows.length}:D${fRows.length}`];

  // ---------------- 月报报送 (year group rows, “9月7日” dates)
  const REP = [["2020-09-07", "2020-08", true], ["2020-10-12", "2020-09", true], ["2020-11-06", "2020-10", true], ["2020-12-04", "2020-11", false],
    ["2021-01-06", "2020-12", true], ["2021-03-03", "2021-01", true], ["2021-04-07", "2021-03", true], ["2021-05-08", "2021-04", null],
    ["2021-06-04", "2021-05", true], ["2021-07-06", "2021-06", true], ["2021-08-05", "2021-07", true], ["2021-09-06", "2021-08", true]];
  const rRows = [["惠城区电子商务进农村工作月报报送登记"], ["序号", "报送日期", "所属月份", "报送内容", "附扶贫统计", "报送方式"]];
  const rMerges = ["A1:F1"];
  const rRecs = [];
  let curY = null;
  REP.forEach(([d, m, pov], j) => {
    const y = d.slice(0, 4);
    if (y !== curY) {
      rRows.push([`${y}年`, null, null, null, null, null]);
      rMerges.push(`A${rRows.length}:F${rRows.length}`);
      curY = y;
    }
    const mm = m === "2021-01" ? "1—2月" : `${Number(m.slice(5))}月`;
    rRows.push([j + 1, mdOnly(d), m.slice(0, 4) === y ? mm : `${Number(m.slice(0, 4))}年${mm}`, `${mm}电子商务进农村综合示范工作月报`, pov === true ? "√" : pov === false ? "×" : null, j % 2 ? "粤政易" : "电子邮件"]);
    rRecs.push({ date: d, poverty: pov });
  });
  rRows.push(["注：2021年1月、2月月报于3月合并报送。"]);
  rMerges.push(`A${rRows.length}:F${rRows.length}`);
  assert(inWindowMonths(rRecs.map((r) => r.date)) === 11, "l2 report months 11");

  // ---------------- 经验材料 / 数据透视 / 封面
  const matRows = [["经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送单位"], [1, "2021年4月28日", "《惠城区“电商＋梅菜”产业带动脱贫经验》", "惠州市商务局"],
    [2, "2021.8.30", "《惠城区电子商务进农村综合示范创建典型案例》", "惠州市商务局"]];
  const matRecs = [{ date: "2021-04-28" }, { date: "2021-08-30" }];
  const cats = [["中心建设及运营", [0]], ["站点建设", [1, 4]], ["人才培训", [2, 6]], ["物流体系", [3]], ["品牌培育", [5]], ["冷链溯源", [7]], ["运营补助", [8]]];
  const pv = [["行标签", "求和项:金额（万元）", "计数项:项目"]];
  for (const [c, ix] of cats) pv.push([c, Number((sum(ix.map((i) => PAY[i][2])) / 10000).toFixed(2)), ix.length]);
  pv.push(["总计", Number((sum(PAY.map((p) => p[2])) / 10000).toFixed(2)), PAY.length]);
  const cover = [["惠城区电子商务进农村综合示范"], ["考评台账（二）"], ["村居名单　入驻协议　资金拨付　月报　经验材料"], ["惠州市惠城区商务局"], ["二〇二一年九月"]];
  return {
    description:
      "惠州惠城区商务局台账（二）（七个表）：①《封面》不是台账；②《村居名单》按镇（街道）分组，镇名纵向合并，每镇末尾一行“××镇小计”（村n个、居n个），最后“全区合计”——小计和合计行都不是记录；性质栏“村／居”（居＝居民委员会，不是行政村），省定相对贫困村“是／否”（居委会“—” → null），快递服务“已覆盖／未覆盖”；③《入驻协议台账》签约日期、实际入驻日期两列（入驻读实际入驻日期），“协议期限”（“2020.10—2023.10”或“3年”）不是退出，退出读“退出日期”（“2021.6.30”，一家只写“2021年8月”），一家已签约9月15日才入驻照列；④《资金拨付》金额单位万元（第2行），有数字也有“41.25”式文本，一格写“86,400元”按元读；9月10日一笔照列，小计、合计行不是；⑤《月报报送》按年份分组（“2020年”“2021年”合并行），报送日期只写“9月7日”式月日，年份看所在分组（12月月报“1月6日”在2021年组），所属月份不是报送日期，2021年1、2月合并3月报送，附扶贫统计“√／×／空”；⑥《经验材料》；⑦《数据透视》（行标签｜求和项）不是台账。",
    sheets: [
      { name: "封面", rows: cover, merges: [] },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "入驻协议台账", rows: eRows, merges: eMerges },
      { name: "资金拨付", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: rRows, merges: rMerges },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
      { name: "数据透视", rows: pv, merges: [] },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "村居名单": { kind: "villages", records: vRecs },
        "入驻协议台账": { kind: "enterprises", records: eRecs },
        "资金拨付": { kind: "funds", records: fRecs },
        "月报报送": { kind: "reports", records: rRecs },
        "经验材料": { kind: "materials", records: matRecs },
        "数据透视": { kind: null },
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
write("counties", "b211-c1-dinghu.json", c1);
write("facts", "b211-f1-panyu.json", f1);
write("facts", "b211-f2-longhu.json", f2);
write("facts", "b211-f3-jiangcheng.json", f3);
write("ledgers", "b211-l1-maonan.json", l1);
write("ledgers", "b211-l2-huicheng.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
