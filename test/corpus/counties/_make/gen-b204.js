// Batch 204 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b198.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (204204), no clock. Run: node test/corpus/_b204/gen-b204.js
//
// c1 云城区 (云浮): 《基本情况及自评》 = label|value|说明 block (中心 value 2021年3月5日, the 说明 says 2020年12月试运行), a 12-month
//    grid (月报 √ per month, Feb blank; 专栏 篇数) and a score list; ledgers: villages as two stacked tables (行政村 / 社区), stations
//    (8/31 station decides 42/60 = 70%, 8th poor village in September), training by session with 主会场 + 视频分会场 rows and 小计 rows
//    (exactly 3,127/312,700 = 1%), poor trainees (25/50 = 50% incl. one on 8/31; masked IDs), 园区企业 as an event log (入驻/退出/
//    更名/重新入驻; one left on 8/31 → exactly 20), funds as a date × category matrix in 万元, media, materials, 填表说明.
// f1 黄埔区 (广州): 考评组《现场核查询问笔录》 — header block, 问/答 rows (B:F merged, answers run over several rows), corrections
//    “（更正：…捺印）” replace what was said (户籍112万 → 常住126.41万; 摄影美工 not free), “去年12月18号” = 2020-12-18 from the
//    笔录 date, the 询问人's numbers are not facts, 核查组意见 and the signature block are not facts.
// f2 端州区 (肇庆): 《主要指标分年度统计表》 — a year matrix (2019年｜2020年｜2021年1—8月｜累计（截至2021.8.31）) where the 累计 column
//    is the fact for 培训人次 / 参训贫困人口 (去重, not the column sum) / 拨付; the 2021年1—8月 零售额 is not a fact; 二、事项 with
//    状态 “已完成（2020.10.16）/未完成”; 三、自评 as a horizontal strip (claimed) with a 主观分项 row; 组长 分管副区长 (deputy).
// l1 三水区 (佛山): 七普 村居表 (two-row header, town merged with 小计 rows, △ poor, 通/未通), 站点挂牌登记 with photo file names
//    (dates in the file name are not 挂牌日期), training as a session × town crosstab (合计 column = 人次), a 图表数据 sheet (monthly
//    sums, not a ledger), 宣传部稿件采用登记 (媒体级别 中央级/省级/市级/区级, 电视新闻 = TV, 积分), 填表说明, hidden 下拉选项.
// l2 增城区 (广州): 封面; 脱贫人口 with 务工地 省|市|区县 (黄埔区 in the same city is outside the county → migrant); 园区企业 as two
//    stacked tables (在园 / 已退出); 合同付款台账 with 首付款|进度款|尾款 (日期, 金额) column pairs per contract row; 信息公开目录
//    (成文日期 ≠ 发布日期, read 发布日期); 月报 by 期号.
// f3 金湾区 (珠海): an e-mail thread pasted into Excel, newest on top: a correction mail (培训人次 3,015 → 3,051, 拨付 updated), then
//    the inline reply (“> ” quoted questions of the city, “【答】” answers; “无误” confirms the city's figure), then the city's original
//    letter (its figures are not the county's facts); 组长 = 区经济发展局局长 (other).
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
let seed = 204204;
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
    assert(/^b204-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b204-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b204-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 云浮市云城区: 基本情况及自评 + ten ledgers + 填表说明
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "441802";
  const POP = 312700;
  const TOWNS = [["云城街道", 3, 8], ["河口街道", 6, 4], ["高峰街道", 7, 3], ["安塘街道", 8, 2], ["思劳镇", 9, 1], ["前锋镇", 9, 1], ["南盛镇", 8, 1], ["腰古镇", 10, 2]];
  const prefixes = ["云城", "河口", "高峰", "安塘", "思劳", "前锋", "南盛", "腰古"];
  const vName = nameMaker("大新石金黄罗蟠水良凌上下东西南北白沙平龙", ["塘", "坑", "岗", "洞", "垌", "洲", "田", "围", "岭", "湾", "江", "坪", "头", "背", "岩"], "村", prefixes);
  const cName = nameMaker("城丰星宝华建明", ["苑", "湖", "安", "兴", "和", "园", "景"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "c1");
  assert(admin.length === 60 && comms.length === 22, "c1 60 villages + 22 communities");
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const tv = (t) => towns.find((x) => x.t === t).vs;
  const poor = [tv("思劳镇")[2], tv("思劳镇")[6], tv("前锋镇")[1], tv("前锋镇")[5], tv("南盛镇")[3], tv("腰古镇")[0], tv("腰古镇")[7], tv("安塘街道")[4]];
  const poorSet = new Set(poor);
  const poorSept = poor[6];
  const nonPoor = shuffle(admin.filter((v) => !poorSet.has(v)));
  assert(nonPoor.length === 52, "c1 52 non-poor");
  const covNonPoor = nonPoor.slice(0, 35);
  const uncovered = nonPoor.slice(35);
  const vCut = covNonPoor[0];
  const vSeptMonth = uncovered[0];

  // ---------------- 村居名单: two stacked tables
  const vRows = [["云城区行政村及社区名单"], ["填报单位：云城区商务局　　　资料来源：区民政局村（居）委会名册（2021年7月）"], ["一、行政村（村民委员会）"],
    ["序号", "镇（街道）", "村委会名称", "是否省定贫困村", "快递进村", "备注"]];
  const vMerges = ["A1:F1", "A2:F2", "A3:F3"];
  let sq = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    for (const v of x.vs) {
      sq++;
      const nm = sq % 4 === 0 ? `${short(v)}村民委员会` : sq % 4 === 2 ? v : `${short(v)}村委会`;
      vRows.push([sq, vRows.length + 1 === r0 ? x.t : null, nm, poorSet.has(v) ? "是" : "否", "√", poorSet.has(v) ? "省定相对贫困村（2016—2020年）" : null]);
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push([null, null, null, null, null, null]);
  vRows.push(["二、社区（居民委员会）"]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);
  vRows.push(["序号", "镇（街道）", "社区名称", null, null, "备注"]);
  sq = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    for (const c of x.cs) {
      sq++;
      vRows.push([sq, vRows.length + 1 === r0 ? x.t : null, `${c}居委会`, null, null, null]);
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push([`合计：行政村${admin.length}个（其中省定贫困村${poor.length}个），社区${comms.length}个。`]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);
  vRows.push(["注：“快递进村”打“√”的为村内设有快递收发点，由区邮政管理部门2021年8月核实。"]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);
  for (const r of vRows) padRow(r, 6);

  // ---------------- 站点台账
  const ST = [];
  for (const v of poor.filter((p) => p !== poorSept).concat(covNonPoor)) ST.push({ v, op: randIsoBetween("2020-06-15", "2021-08-25") });
  ST.find((s) => s.v === vCut).op = CUT;
  ST.find((s) => s.v === covNonPoor[5]).op = "2021-04";
  ST.push({ v: covNonPoor[9], op: randIsoBetween("2021-02-01", "2021-08-15"), second: true });
  ST.push({ v: towns[0].cs[2], op: randIsoBetween("2020-09-01", "2021-06-30") });
  ST.push({ v: poorSept, op: "2021-09-06" });
  ST.push({ v: vSeptMonth, op: "2021-09" });
  const TORD = TOWNS.map((t) => t[0]);
  ST.sort((a, b) => TORD.indexOf(townOf[a.v]) - TORD.indexOf(townOf[b.v]) || cmp(a.op, b.op));
  const sRows = [["云城区村级电子商务服务站点台账"], ["填报单位：云城区商务局　　　更新日期：2021年9月6日"],
    ["序号", "站点名称", "所在镇（街）", "所在村（社区）", "站点地址", "站长", "联系电话", "挂牌时间", "服务内容"]];
  ST.forEach((s, j) => {
    const isC = s.v.endsWith("社区");
    const vcell = isC ? `${s.v}居委会` : j % 3 === 0 ? `${short(s.v)}村委会` : j % 3 === 1 ? s.v : `${short(s.v)}村民委员会`;
    let dc;
    if (s.op === CUT) dc = "2021/8/31";
    else if (s.op === "2021-04") dc = "2021年4月";
    else if (s.op === "2021-09-06") dc = "2021.9.6";
    else if (s.op === "2021-09") dc = "2021年9月";
    else dc = dateCell(s.op, j);
    sRows.push([j + 1, `云城区${short(s.v)}${isC ? "社区" : "村"}电商服务站${s.second ? "（二）" : ""}`, townOf[s.v], vcell,
      `${townOf[s.v]}${short(s.v)}${isC ? "社区" : "村"}${[isC ? "居委会一楼" : "村委会一楼", "文化室旁", "中心商店内", "邮政代办点内"][j % 4]}`, personName(), mask(phone()), dc,
      ["代购代销、代收代发快递", "代购代销、代缴费、快递收发", "电商宣传、代购代销、小额信贷咨询"][j % 3]]);
  });
  sRows.push(["注：挂牌时间为站点正式挂牌运营时间；9月挂牌的站点为迎检前补建。"]);
  const sMerges = ["A1:I1", "A2:I2", `A${sRows.length}:I${sRows.length}`];
  for (const r of sRows) padRow(r, 9);
  const adminSet = new Set(admin);
  const covSet = new Set(ST.filter((s) => openedBy(s.op, CUT) && adminSet.has(s.v)).map((s) => s.v));
  const covPoor = poor.filter((v) => covSet.has(v));
  assert(covSet.size === 42 && ratioGE(42, 60, 70) && !ratioGE(41, 60, 70), "c1 42/60 = 70%, 41/60 < 70%");
  assert(covPoor.length === 7 && ratioGE(7, 8, 80), "c1 poor 7/8");

  // ---------------- 培训台账: sessions with 主会场 + 视频分会场 rows and 小计 rows
  const TOPICS = ["农村电商基础知识", "网店开设与运营", "直播带货实操", "短视频拍摄与剪辑", "农产品包装与品牌", "电商客服与物流", "社群营销", "南药（肉桂）电商营销", "脱贫户电商技能专题"];
  const MAIN = ["区电子商务公共服务中心", "区委党校报告厅"];
  const SUB = ["思劳镇党群服务中心", "前锋镇党群服务中心", "南盛镇党群服务中心", "腰古镇党群服务中心", "安塘街道党群服务中心", "高峰街道党群服务中心"];
  const sessions = [];
  let day = "2020-09-17";
  for (let k = 0; k < 16; k++) {
    if (day >= "2020-10-01" && day <= "2020-10-08") day = "2020-10-13";
    if (day >= "2021-02-05" && day <= "2021-02-20") day = "2021-02-24";
    const nSub = k % 4 === 0 ? 0 : k % 4 === 1 ? 2 : k % 4 === 2 ? 3 : 4;
    const subs = shuffle(SUB).slice(0, nSub);
    const venues = [{ v: MAIN[k % 5 === 3 ? 1 : 0], main: true, n: rint(90, 150) }].concat(subs.map((s) => ({ v: s, main: false, n: rint(22, 50) })));
    const len = k === 8 ? 1 : 0;
    sessions.push({ no: k + 1, start: day, end: isoAdd(day, len), topic: TOPICS[k % TOPICS.length], venues });
    day = isoAdd(day, rint(18, 21));
  }
  assert(sessions[15].end <= "2021-08-20", "c1 16th session by 8/20 " + sessions[15].end);
  const lastAug = { no: 17, start: CUT, end: CUT, topic: "脱贫户电商技能专题", venues: [{ v: MAIN[0], main: true, n: 70 }, { v: SUB[0], main: false, n: 36 }, { v: SUB[3], main: false, n: 32 }] };
  const sept = { no: 18, start: "2021-09-07", end: "2021-09-07", topic: "迎检电商知识普及", venues: [{ v: MAIN[0], main: true, n: 120 }, { v: SUB[1], main: false, n: 45 }] };
  const venueTotal = (s) => sum(s.venues.map((v) => v.n));
  let diff = 3127 - venueTotal(lastAug) - sum(sessions.map(venueTotal));
  for (let j = 0; diff !== 0; j = (j + 1) % 16) {
    const ven = sessions[j].venues[0];
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 7);
    if (ven.n + st < 70 || ven.n + st > 190) continue;
    ven.n += st;
    diff -= st;
  }
  sessions.push(lastAug, sept);
  const ptCut = sum(sessions.filter((s) => s.end <= CUT).map(venueTotal));
  assert(ptCut === 3127 && ratioGE(ptCut, POP, 1) && ptCut * 1000 >= POP * 10, "c1 3127/312700 = 1%");
  assert(!ratioGE(ptCut - venueTotal(lastAug), POP, 1) && ratioGE(ptCut - venueTotal(lastAug), POP, 0.8), "c1 without 8/31 < 1%");
  const mainOnly = sum(sessions.filter((s) => s.end <= CUT).map((s) => s.venues[0].n));
  assert(!ratioGE(mainOnly, POP, 0.6), "c1 主会场 only < 0.6% " + mainOnly);

  // ---------------- 脱贫人口 and 参训名单
  const poorTowns = poor.map((v) => townOf[v]);
  const plan = shuffle([].concat(Array(50).fill("E"), Array(12).fill("M"), Array(8).fill("N")));
  let xGiven = false;
  const persons = plan.map((c, j) => {
    const birth = c === "N" ? birthBetween(1936, 1954) : birthBetween(1968, 2001);
    const wantX = c === "E" && !xGiven ? true : undefined;
    if (wantX) xGiven = true;
    const id = makeId(REGION, birth, rnd() < 0.5, wantX);
    const v = poor[j % 8];
    let lab;
    let work;
    if (c === "E") {
      lab = j % 5 === 2 ? "弱劳动能力" : "有劳动能力";
      work = ["区内务工", "在家务农", "区内务工", "公益性岗位"][j % 4];
    } else if (c === "M") {
      lab = "有劳动能力";
      work = j % 3 === 0 ? "省外务工" : "区外务工（省内）";
    } else {
      lab = j % 2 ? "丧失劳动能力" : "无劳动能力";
      work = "—";
    }
    return { c, id, v, lab, work, name: personName() };
  });
  void poorTowns;
  const elig = persons.filter((p) => p.c === "E");
  assert(elig.length === 50 && elig.some((p) => isX(p.id)), "c1 50 eligible, one X");
  const pRows = [["云城区脱贫人口（建档立卡）劳动力情况名单"], ["说明：劳动能力“有劳动能力”“弱劳动能力”均属有劳动能力；务工状态“区外务工（省内）”“省外务工”为外出务工。"],
    ["序号", "镇（街道）", "村", "姓名", "身份证号码", "劳动能力", "务工状态", "备注"]];
  const pSorted = persons.slice().sort((a, b) => cmp(townOf[a.v] + a.v, townOf[b.v] + b.v));
  pSorted.forEach((p, j) => pRows.push([j + 1, townOf[p.v], p.v, p.name, p.id, p.lab, p.work, p.work === "公益性岗位" ? "本村护林员" : null]));
  const pMerges = ["A1:H1", "A2:H2"];

  const poorSess = sessions.filter((s) => s.end <= CUT && s !== lastAug);
  const xPerson = elig.find((p) => isX(p.id));
  const eligSh = shuffle(elig.filter((p) => p !== xPerson));
  const trained = [xPerson].concat(eligSh.slice(0, 24)); // 25 matched
  const augPerson = trained[7];
  const maskedPs = eligSh.slice(24, 26);
  const septOnly = eligSh[26];
  const TR = [];
  trained.forEach((p, k) => TR.push({ p, s: p === augPerson ? lastAug : poorSess[(k * 3) % poorSess.length], id: p.id }));
  const twice = trained[12];
  {
    const first = TR.find((t) => t.p === twice).s;
    const later = poorSess.filter((s) => s.no > first.no);
    TR.push({ p: twice, s: later.length ? later[later.length - 1] : lastAug, id: twice.id, note: "第二次参训" });
  }
  for (const p of maskedPs) TR.push({ p, s: poorSess[rint(0, poorSess.length - 1)], id: maskId(p.id), note: "镇分会场报送，身份证号已脱敏" });
  TR.push({ p: septOnly, s: sept, id: septOnly.id });
  const migs = persons.filter((p) => p.c === "M");
  const nols = persons.filter((p) => p.c === "N");
  TR.push({ p: migs[0], s: poorSess[3], id: migs[0].id, note: "返乡期间参训" });
  TR.push({ p: migs[1], s: poorSess[6], id: migs[1].id, note: null });
  TR.push({ p: nols[0], s: poorSess[8], id: nols[0].id, note: "家属代为报名" });
  const TRs = TR.slice().sort((a, b) => a.s.no - b.s.no);
  const eligIds = new Set(elig.map((p) => p.id));
  const trainedCut = new Set(TRs.filter((t) => t.s.end <= CUT && eligIds.has(t.id)).map((t) => t.id));
  assert(trainedCut.size === 25 && ratioGE(25, 50, 50) && !ratioGE(24, 50, 50) && !ratioGE(27, 50, 70), "c1 25/50 = 50%");
  for (const s of sessions) {
    s.poorN = TRs.filter((t) => t.s === s).length;
    assert(s.poorN <= venueTotal(s), "c1 poor within 人次");
  }
  const sessDate = (s, j) => {
    if (s === lastAug) return "2021年8月31日";
    if (s === sept) return "2021.9.7";
    if (s.end !== s.start) return rangeText(s.start, s.end, "dot");
    return dateCell(s.start, j);
  };
  const tRows = [["云城区农村电子商务培训台账（含视频分会场）"], ["单位：人次　　　说明：主会场现场授课，镇（街）分会场视频同步收看，各会场分别签到，人次按各会场签到人数计；小计行为该期合计。"],
    ["期次", "培训日期", "培训主题", "会场", "会场地点", "参训人次", "其中脱贫人口", "备注"]];
  const tMerges = ["A1:H1", "A2:H2"];
  sessions.forEach((s, j) => {
    const r0 = tRows.length + 1;
    s.venues.forEach((v, i) => {
      const nCell = i === 1 && j % 5 === 2 ? `${v.n}人` : i === 2 && j % 4 === 3 ? fwDigits(String(v.n)) : v.n;
      tRows.push([i === 0 ? `第${s.no}期` : null, i === 0 ? sessDate(s, j) : null, i === 0 ? s.topic : null, v.main ? "主会场" : `分会场${i}`, v.v, nCell, null,
        i === 0 && s === sept ? "迎检前开班" : i === 0 && s.end !== s.start ? "两天班，按结业日登记" : null]);
    });
    const r1 = tRows.length;
    for (const c of ["A", "B", "C"]) mergeCol(tMerges, c, r0, r1);
    tRows.push([null, null, null, "小计", null, venueTotal(s), s.poorN, null]);
  });
  tRows.push(["合计", null, null, null, null, sum(sessions.map(venueTotal)), sum(sessions.map((s) => s.poorN)), "含第18期（9月）"]);
  tMerges.push(`A${tRows.length}:E${tRows.length}`);

  const trRows = [["云城区脱贫人口参加电商培训名单"], ["序号", "姓名", "身份证号", "所在村", "培训日期", "期次", "备注"]];
  TRs.forEach((t, j) => trRows.push([j + 1, t.p.name, t.id, t.p.v, sessDate(t.s, sessions.indexOf(t.s)), `第${t.s.no}期`, t.note || null]));
  trRows.push([`注：以上${TRs.length}人次已计入《培训台账》，不另计人次。`]);
  const trMerges = ["A1:G1", `A${trRows.length}:G${trRows.length}`];

  // ---------------- 园区企业变动登记 (event log)
  const FIRMS = [["云浮市云城区石都优品电子商务有限公司", "平台型"], ["云浮市云城区南药云仓网络科技有限公司", "平台型"], ["云浮市云城区肉桂坊网店", "销售型"],
    ["云浮市云城区思劳香米电商商行", "销售型"], ["云浮市云城区腰古腐竹网店", "销售型"], ["云浮市云城区前锋蜂蜜电子商务有限公司", "销售型"],
    ["云浮市云城区南盛砂糖桔电商商行", "销售型"], ["云浮市云城区石艺家居网店", "销售型"], ["云浮市云城区山货郎电子商务有限公司", "销售型"],
    ["云浮市云城区云电代运营服务有限公司", "电商运营商"], ["云浮市云城区蓝帆电商服务有限公司", "电商运营商"], ["云浮市云城区新农人网络运营工作室", "电商运营商"],
    ["云浮市云城区速递通物流有限公司", "物流企业"], ["云浮市云城区冷链仓储服务有限公司", "物流企业"], ["云浮市云城区乡村快递服务有限公司", "物流企业"],
    ["云浮市云城区播客直播电商有限公司", "直播电商"], ["云浮市云城区禾田供应链管理有限公司", "供应链"], ["云浮市云城区石材之家网络科技有限公司", "平台型"],
    ["云浮市云城区高峰茶叶网店", "销售型"], ["云浮市云城区乡味电子商务有限公司", "销售型"], ["云浮市云城区优果电商商行", "销售型"],
    ["云浮市云城区青创直播传媒有限公司", "直播电商"], ["云浮市云城区安塘农特电子商务有限公司", "销售型"]];
  const firms = FIRMS.map(([n, t], j) => ({ n, t, code: creditCode(REGION), j }));
  const EV = [];
  firms.slice(0, 22).forEach((f) => EV.push({ d: randIsoBetween("2020-10-15", "2021-06-20"), f, what: "入驻", name: f.n }));
  const evOf = (j) => EV.find((e) => e.f === firms[j] && e.what === "入驻");
  evOf(17).d = "2020-11-20";
  EV.push({ d: "2021-03-10", f: firms[17], what: "退出", name: firms[17].n, note: "场地调整暂时迁出" });
  EV.push({ d: "2021-05-06", f: firms[17], what: "重新入驻", name: firms[17].n, note: "迁回园区" });
  evOf(18).d = "2020-12-03";
  const newName = "云浮市云城区高峰茶业电子商务有限公司";
  EV.push({ d: "2021-06-01", f: firms[18], what: "更名", name: newName, note: `原名“${firms[18].n}”，信用代码不变` });
  evOf(19).d = "2020-10-28";
  EV.push({ d: "2021-04-30", f: firms[19], what: "退出", name: firms[19].n, note: "经营困难退园" });
  evOf(20).d = "2020-11-09";
  EV.push({ d: "2021-07-15", f: firms[20], what: "退出", name: firms[20].n, note: "迁往佛山" });
  evOf(21).d = "2021-01-12";
  EV.push({ d: CUT, f: firms[21], what: "退出", name: firms[21].n, note: "租期届满，8月31日办结退园手续" });
  EV.push({ d: "2021-09-02", f: firms[22], what: "入驻", name: firms[22].n, note: "9月新签" });
  EV.sort((a, b) => cmp(a.d, b.d));
  const eRows = [["云城区电商产业园企业入驻及变动登记"], ["说明：一事一行，按发生日期登记；“更名”“重新入驻”不是新企业，以统一社会信用代码为准。"],
    ["序号", "日期", "企业名称", "统一社会信用代码", "企业类型", "变动事项", "备注"]];
  EV.forEach((e, j) => eRows.push([j + 1, dateCell(e.d, j + 1), e.name, e.f.code, e.what === "入驻" || e.what === "重新入驻" ? e.f.t : null, e.what, e.note || null]));
  // in park at the cut-off: last event on or before the cut-off, entered and not left before it
  const inPark = firms.filter((f) => {
    const evs = EV.filter((e) => e.f === f && e.d <= CUT);
    if (!evs.some((e) => e.what === "入驻")) return false;
    const lastInOut = evs.filter((e) => e.what !== "更名").pop();
    return lastInOut.what !== "退出" || lastInOut.d >= CUT;
  });
  const typesIn = new Set(inPark.map((f) => f.t));
  assert(inPark.length === 20 && typesIn.size >= 3, "c1 20 in park " + inPark.length);

  // ---------------- 资金拨付明细 (date × category, 万元)
  const CATS = ["公共服务中心建设", "村级站点建设", "物流配送体系", "人才培训", "品牌推广及其他"];
  const PAY = [["2020-11-20", 0, 680000], ["2020-12-25", 1, 425000], ["2020-12-25", 3, 96500], ["2021-01-29", 2, 512000], ["2021-03-12", 0, 455000],
    ["2021-04-16", 1, 386000], ["2021-04-16", 4, 125000], ["2021-05-21", 3, 138600], ["2021-06-25", 2, 298400], ["2021-07-23", 1, 310000],
    ["2021-08-20", 4, 0], ["2021-08-20", 3, 88000], ["2021-09-10", 1, 450000]];
  PAY[10][2] = 3826500 - sum(PAY.filter((p, i) => i !== 10 && p[0] <= CUT).map((p) => p[2]));
  assert(PAY[10][2] > 0 && PAY[10][2] % 100 === 0, "c1 last pay " + PAY[10][2]);
  const dates = [...new Set(PAY.map((p) => p[0]))];
  const fRows = [["云城区电子商务进农村综合示范专项资金拨付明细表"], ["单位：万元"], ["拨付日期"].concat(CATS, ["小计", "备注"])];
  dates.forEach((d, j) => {
    const FMT = { "2021-09-10": "2021.9.10", "2021-01-29": "2021年1月29日", "2021-04-16": "21.4.16" };
    const row = [FMT[d] || dateCell(d, j)];
    let tot = 0;
    CATS.forEach((_, ci) => {
      const p = PAY.filter((x) => x[0] === d && x[1] === ci);
      const a = sum(p.map((x) => x[2]));
      tot += a;
      row.push(a ? wan(a) : null);
    });
    row.push(wan(tot), d > CUT ? "9月拨付" : null);
    fRows.push(row);
  });
  const colTot = CATS.map((_, ci) => wan(sum(PAY.filter((x) => x[1] === ci).map((x) => x[2]))));
  fRows.push(["合计"].concat(colTot, [wan(sum(PAY.map((x) => x[2]))), "含9月"]));
  const spent = sum(PAY.filter((p) => p[0] <= CUT).map((p) => p[2]));
  assert(spent === 3826500 && ratioGE(spent, 5000000, 70), "c1 spent 76.5%");

  // ---------------- 宣传报道 / 经验材料
  const MED = [["2020-12-11", "云城区融媒体中心（“云城发布”）", "县级", "网络", "云城区首批村级电商服务站挂牌", "否"],
    ["2021-04-22", "南方+客户端", "省级", "网络", "云城：南药肉桂搭上电商快车", "否"],
    ["2021-06-16", "广东广播电视台《广东新闻联播》", "省级", "电视", "云城区：脱贫户直播卖腐竹", "是"],
    ["2021-09-03", "云浮日报", "市级", "报纸", "云城区电商进农村示范创建纪实", "否"]];
  const mRows = [["云城区电子商务进农村宣传报道登记表"], ["序号", "报道日期", "媒体名称", "媒体级别", "报道形式", "标题", "是否电商扶贫典型案例"]];
  MED.forEach((m, j) => mRows.push([j + 1, m[0] === "2021-09-03" ? "2021.9.3" : dateCell(m[0], j + 1), m[1], m[2], m[3], `《${m[4]}》`, m[5]]));
  const matRows = [["经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送单位", "报送方式"],
    [1, "2021年6月18日", "《云城区“电商＋南药”助农增收经验做法》", "云浮市商务局", "粤政易"]];

  // ---------------- 基本情况及自评
  const W = 14;
  const fr = [];
  const fm = [];
  const full = (t) => {
    fr.push(padRow([t], W));
    fm.push(`A${fr.length}:N${fr.length}`);
  };
  const kv = (label, value, note) => {
    fr.push(padRow([label, null, null, null, value, null, null, note || null], W));
    const r = fr.length;
    fm.push(`A${r}:D${r}`, `E${r}:G${r}`, `H${r}:N${r}`);
  };
  full("云城区电子商务进农村综合示范创建考评基本情况及自评表");
  full("填报单位：云浮市云城区商务局（盖章）　　　数据截止：2021年8月31日　　　填报日期：2021年9月7日");
  full("一、基本情况");
  fr.push(padRow(["项目", null, null, null, "填报内容", null, null, "说明"], W));
  fm.push(`A${fr.length}:D${fr.length}`, `E${fr.length}:G${fr.length}`, `H${fr.length}:N${fr.length}`);
  kv("县（市、区）", "云城区");
  kv("常住人口", "31.27万人", "第七次全国人口普查数据");
  kv("行政村数", "60个", "另有社区22个");
  kv("省定贫困村数", "8个");
  kv("领导小组组长", "区委副书记、区长", "副组长：分管副区长");
  kv("领导小组成员单位", "区商务局、区财政局、区农业农村局（区乡村振兴局）、区交通运输局、区市场监督管理局、云城邮政分公司", null);
  kv("示范创建工作方案", "已印发", "云城府办〔2020〕15号");
  kv("农村电商扶持政策", "已出台", "《云城区促进农村电子商务发展扶持办法》");
  kv("公共服务中心投入运营时间", "2021年3月5日", "2020年12月完成装修并试运行，2021年3月5日揭牌正式投入运营");
  kv("免费培训场所和培训设备", "有");
  kv("免费展示、销售特色农产品", "有");
  kv("免费摄影、美工服务", "有");
  kv("农产品统一推广和品牌建设", "有");
  kv("其他衍生增值服务", "无", "金融、法律咨询服务拟于2021年第四季度引入");
  kv("电商产业园", "已建成", "整合原云城电商创业园");
  kv("专业第三方运营服务商", "有", "云浮市云城区云电代运营服务有限公司");
  kv("行政村物流快递覆盖率", "100%");
  kv("2019年农村网络零售额", "4.86亿元");
  kv("2020年农村网络零售额", "6.12亿元", "同比增长25.9%");
  kv("2019年农产品网络零售额", "0.92亿元");
  kv("2020年农产品网络零售额", "1.21亿元", "同比增长31.5%");
  kv("电商培训人次", "3,127人次", "含视频分会场");
  kv("有劳动能力的建档立卡贫困人口（不含外出务工）", "50人");
  kv("参加培训的建档立卡贫困人口", "25人", "按身份证号去重");
  kv("专栏公示内容", "创建方案、项目基本信息、项目建设进度", "征求意见窗口、监督举报窗口暂未设立");
  kv("能否统计电商扶贫情况", "能");
  kv("省级下达专项资金", "500万元");
  kv("累计拨付", "382.65万元", "截至2021年8月31日");
  kv("资金管理制度", "已制定");
  kv("资金专用台账", "已建立");
  kv("项目总体进度", "85%");
  kv("安全生产、质量事故", "无");
  kv("弄虚作假情况", "无");
  full("二、向市商务局报送月报及专栏更新情况（按月）");
  fr.push(["项目", null].concat(WINDOW.map((m) => `${m.slice(2, 4)}年${Number(m.slice(5))}月`)));
  fm.push(`A${fr.length}:B${fr.length}`);
  const repMonthsSet = WINDOW.filter((m) => m !== "2021-02");
  fr.push(["月报报送（√）", null].concat(WINDOW.map((m) => (repMonthsSet.includes(m) ? "√" : null))));
  fm.push(`A${fr.length}:B${fr.length}`);
  const upd = WINDOW.map(() => rint(1, 3));
  fr.push(["专栏更新（篇）", null].concat(upd));
  fm.push(`A${fr.length}:B${fr.length}`);
  full("注：2021年1月、2月月报因春节合并，于2021年3月5日一并报送（计入3月）；专栏更新篇数以区政府网站专栏发布日期统计。");
  const repMonths = repMonthsSet.length;
  const disMonths = upd.filter((x) => x > 0).length;
  assert(repMonths === 11 && disMonths === 12, "c1 months");
  full("三、自评得分");
  fr.push(padRow(["评价指标", null, null, null, "分值", "自评分", "说明（主观评分项）"], W));
  fm.push(`A${fr.length}:D${fr.length}`, `G${fr.length}:N${fr.length}`);
  const SC = [["组织领导", 2, 2, null, "org.leadership"], ["方案制定", 2, 2, "方案可操作性强，自评2分", "org.plan"], ["政策支持", 2, 1, "政策落实不够，自评1分", "org.policy"],
    ["项目管理", 4, 3, "管理制度2分，工作台账1分", "org.management"], ["服务体系建设（县级中心与产业园）", 15, 14, null, "work.center"],
    ["服务体系建设（村级站点覆盖）", 10, 10, null, "work.coverage"], ["农村产品上行", 10, 8, "网销调研2分，促销活动1分，交易标准与冷链溯源1分", "work.upward"],
    ["电商人才培训", 20, 20, null, "work.training"], ["信息公开", 4, 3, null, "info.disclosure"], ["数据上报", 6, 6, null, "info.reporting"],
    ["案例总结", 2, 2, null, "promo.cases"], ["经验推广", 8, 5, null, "promo.media"], ["制度建立", 5, 4, "资金管理制度4分", "fund.system"],
    ["资金台账", 5, 4, "资金台账4分", "fund.ledger"], ["资金支出", 5, 4, "及时拨付4分", "fund.spending"],
    ["加分项：贫困人口培训率70%及以上", 2, 0, null, "bonus.poorTraining"], ["加分项：电商扶贫典型案例电视播报", 2, 1, "省级电视台", "bonus.tvCase"]];
  const claimed = {};
  for (const [n, w, p, note, id] of SC) {
    fr.push(padRow([n, null, null, null, w, p, note], W));
    fm.push(`A${fr.length}:D${fr.length}`, `G${fr.length}:N${fr.length}`);
    claimed[id] = p;
  }
  const claimedScored = sum(SCORED.map(([id]) => claimed[id]));
  assert(claimedScored === 88, "c1 claimed 88 " + claimedScored);
  fr.push(padRow(["合计", null, null, null, 100, `${claimedScored}＋1`, "加分项1分"], W));
  fm.push(`A${fr.length}:D${fr.length}`, `G${fr.length}:N${fr.length}`);
  full("填表人：梁××　　审核人：陈××（区商务局副局长）　　联系电话：0766-88xxxxx");
  for (const r of fr) assert(r.length === W, "c1 facts width " + r.length);

  const note = [["填表说明"], ["1．本工作簿由区商务局电商股整理，数据截至2021年8月31日。"], ["2．《培训台账》按会场登记，小计行为每期合计，合计行含9月开班的第18期。"],
    ["3．《脱贫人口参训名单》中的人员已计入《培训台账》。"], ["4．《资金拨付明细》单位为万元。"], ["5．《园区企业变动》一事一行。"]];

  // ---------------- points
  const centerPts = 2 + 0 + 2 + 1 + 1 + 1 + 0 + 2 + (inPark.length >= 20 ? 2 : 0) + (typesIn.size >= 3 ? 1 : 0);
  const covPts = (ratioGE(covSet.size, 60, 70) ? 5 : ratioGE(covSet.size, 60, 50) ? 2 : 0) + (covPoor.length === 8 ? 5 : ratioGE(covPoor.length, 8, 80) ? 3 : 0);
  const trainPts = (ratioGE(ptCut, POP, 1) ? 10 : ratioGE(ptCut, POP, 0.8) ? 8 : ratioGE(ptCut, POP, 0.6) ? 6 : 0)
    + (ratioGE(trainedCut.size, 50, 50) ? 10 : ratioGE(trainedCut.size, 50, 40) ? 8 : ratioGE(trainedCut.size, 50, 30) ? 6 : 0);
  assert(centerPts === 12 && covPts === 8 && trainPts === 20, "c1 center/cov/train " + [centerPts, covPts, trainPts]);
  assert(!(121 - 92 < 0.3 * 92) && 612 - 486 < 0.3 * 486, "c1 growth");
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": centerPts, "work.coverage": covPts,
    "work.upward": 2 + 1 + 1 + 1 + 1 + 2, "work.training": trainPts, "info.disclosure": 0 + (disMonths === 12 ? 2 : 1),
    "info.reporting": (repMonths === 12 ? 3 : 1) + 3, "promo.cases": 2, "promo.media": 4 + 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": ratioGE(trainedCut.size, 50, 70) ? 2 : 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 81 && bonus === 1, "c1 total " + scored + "+" + bonus);
  const derivation = [
    "org.leadership: 组长“区委副书记、区长”（区长是主要领导）；成员单位有区商务局、区财政局、区农业农村局（区乡村振兴局）——农业农村局加挂乡村振兴局牌子，农业和扶贫（乡村振兴）都在 → 2",
    "org.plan: 工作方案“已印发”（云城府办〔2020〕15号），自评说明“自评2分” → 2",
    "org.policy: 扶持政策“已出台”，自评说明“自评1分” → 1",
    "org.management: 说明“管理制度2分，工作台账1分” → 3",
    `work.center: 中心投入运营时间填2021年3月5日（说明里“2020年12月试运行”不是投入运营） → 建成2；2021-03-05 晚于 2021-02-28（截止日前6个月） → 运行满6个月0；免费培训有 → 2；展示销售有 → 1；摄影美工有 → 1；品牌建设有 → 1；其他衍生增值服务无 → 0；产业园已建成 → 2；《园区企业变动》按信用代码算8月31日在园：22家入驻，“${firms[19].n}”4月30日、“${firms[20].n}”7月15日退出不算，“${firms[17].n}”3月退出、5月6日重新入驻算一家，“${firms[18].n}”6月更名为“${newName}”是同一家，“${firms[21].n}”8月31日退园（不是截止日前退出）仍算，“${firms[22].n}”9月2日入驻不算 → 20家 → 2；类型有平台型、销售型、电商运营商、物流企业等 → 1；合计12（自评14）`,
    `work.coverage: 《村居名单》第一张表行政村60个（第二张表社区22个不算）；《站点台账》挂牌时间 ≤ 2021-08-31 的行政村42个（“${vCut}”“2021/8/31”挂牌算，“${covNonPoor[5]}”只写“2021年4月”算，“${covNonPoor[9]}”第二个站只算一次，社区站不算，“${vSeptMonth}”“2021年9月”、贫困村“${poorSept}”“2021.9.6”不算） → 42/60 = 70.0% ≥ 70% → 5（少了8月31日那个站是41/60 = 68.3%，只有2分）；省定贫困村8个，截止日有站7个 → 7/8 = 87.5% → 3；合计8（自评10）`,
    "work.upward: 网销调研2分、促销活动1分、交易标准与冷链溯源1分（自评说明）；第三方运营服务商有 → 1；村居名单有“快递进村”列，60个行政村全部“√” → 1；农村网零4.86→6.12亿元增长25.9%不到30%，农产品网零0.92→1.21亿元增长31.5% ≥ 30% → 2；合计8",
    `work.training: 《培训台账》按会场行计人次（主会场＋视频分会场，每期“小计”行和末尾合计行不另加），截止日前第1—17期 = ${fmtInt(ptCut)}人次（第17期2021年8月31日三个会场138人次算；第18期2021.9.7不算；两天班“${rangeText(sessions[8].start, sessions[8].end, "dot")}”按结业日）；常住人口31.27万 → ${fmtInt(ptCut)}/312,700 = 1.00% ≥ 1% → 10（漏掉8月31日那期只有0.96% → 8；只算主会场 ${fmtInt(mainOnly)}人次不到0.6%）；《脱贫人口名单》有劳动能力（含弱劳动能力）且不是区外、省外务工的50人；《参训名单》截止日前身份证号对得上的25人（一人参训两次算一次；8月31日那期一人算；两人身份证号脱敏，无法核对不算；“${septOnly.name}”只参加9月7日的第18期不算；外出务工两人、无劳动能力一人不在50人内） → 25/50 = 50% ≥ 50% → 10；合计20`,
    "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度，征求意见和监督举报窗口“暂未设立” → 内容不全 0；按月表专栏更新2020年9月—2021年8月每月都有篇数 → 12个月 → 2；合计2（自评3）",
    "info.reporting: 按月表月报“√”11个月（2021年2月空，1—2月合并于3月报送） → 不定时1；“能统计电商扶贫情况：能” → 3；合计4（自评6）",
    "promo.cases: 2021年6月18日向云浮市商务局报送经验材料 → 2",
    "promo.media: 截止日前南方+客户端、广东广播电视台（省级） → 4；云城发布（县级） → 1；云浮日报2021.9.3在截止日后，市级不算 → 5",
    "fund.system: 自评说明“资金管理制度4分” → 4",
    "fund.ledger: 自评说明“资金台账4分” → 4",
    `fund.spending: 《资金拨付明细》（万元）截止日前各格合计 ${wan(spent)}万元 = ${fmtMoney(spent)}元（2021.9.10的45万元不算；小计列、合计行不另加） → ${fmtMoney(spent)}/5,000,000 = 76.5% ≥ 70% → 及时拨付自评4 → 4`,
    "bonus.poorTraining: 贫困人口培训率25/50 = 50% < 70% → 0",
    "bonus.tvCase: 2021年6月16日广东广播电视台《广东新闻联播》播出电商扶贫典型案例（省级电视） → 1",
    "veto.incident: 安全生产、质量事故“无” → 不否决",
    "veto.progress: 项目总体进度85% ≥ 40% → 不否决",
    "veto.fraud: 弄虚作假“无” → 不否决",
  ];
  return {
    description:
      "云浮市云城区商务局整本考评工作簿（11个表：基本情况及自评＋9个台账＋填表说明），81＋加分1＝82分、未否决（自评88＋1）：《基本情况及自评》是“项目｜填报内容｜说明”三段合并的表，说明栏里有“2020年12月试运行”（投入运营以填报内容2021年3月5日为准，不满6个月），成员单位写“区农业农村局（区乡村振兴局）”，下面接一个按月表（月报√，2021年2月空；专栏更新篇数）和自评得分（主观分项写在说明里）；台账：村居名单是上下两张表（行政村／社区），站点台账8月31日挂牌一站决定42/60＝70%、第8个贫困村9月才挂牌，培训台账按会场登记（主会场＋视频分会场各一行，每期小计行，合计行含9月一期，截止日前正好3,127/312,700＝1%，8月31日一期决定档次），脱贫人口参训名单（25/50＝50%，两人身份证号脱敏），园区企业是变动登记（入驻／退出／更名／重新入驻，8月31日退园的仍在园，正好20家），资金是“日期×用途”的万元矩阵（76.5%），宣传报道（省台典型案例，市级在9月）和经验材料。",
    sheets: [
      { name: "基本情况及自评", rows: fr, merges: fm },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "培训台账", rows: tRows, merges: tMerges },
      { name: "脱贫人口参训名单", rows: trRows, merges: trMerges },
      { name: "脱贫人口名单", rows: pRows, merges: pMerges },
      { name: "园区企业变动", rows: eRows, merges: ["A1:G1", "A2:G2"] },
      { name: "资金拨付明细", rows: fRows, merges: ["A1:H1", "A2:H2"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:E1"] },
      { name: "填表说明", rows: note, merges: [] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 广州市黄埔区: 考评组《现场核查询问笔录》
// =====================================================================================================
function buildF1() {
  const W = 6;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:F${rows.length}`);
  };
  const pair = (a, b, c, d) => {
    rows.push([a, b, null, c, d, null]);
    merges.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  };
  full("2019年省级电子商务进农村综合示范创建考评");
  full("现场核查询问笔录");
  pair("时间", "2021年9月14日9时30分至10时45分", "地点", "广州市黄埔区商务局三楼会议室");
  pair("询问人", "省考评组 王××、李××", "记录人", "省考评组 刘××");
  pair("被询问人", "周××", "单位及职务", "黄埔区商务局电子商务科科长");
  full("告知：我们是2019年省级电子商务进农村综合示范创建考评组成员，现就黄埔区示范创建工作有关情况向你核实，请如实回答。记录有误的，可当场更正并捺印。");
  const QA = [];
  const q = (t) => QA.push(["问：", t]);
  const a = (...ts) => ts.forEach((t, i) => QA.push([i === 0 ? "答：" : null, t]));
  q("你们报的数据截止到什么时候？");
  a("都是截至今年8月31日的数，和省里的考评截止日一致。");
  q("请介绍一下黄埔区的基本情况，常住人口有多少？");
  a("黄埔区常住人口112万人左右。（被询问人更正：112万是户籍人口，常住人口应为126.41万人，按第七次人口普查数。更正处已捺印）",
    "全区有行政村27个，另有社区近百个；黄埔没有省定贫困村，我们的帮扶任务在梅州、清远。");
  q("创建工作由谁牵头？有哪些部门参加？");
  a("成立了创建工作领导小组，区委书记任第一组长，区长任组长，分管副区长任副组长。",
    "成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局和邮政黄埔分公司等，办公室设在区商务局。");
  q("工作方案和扶持政策出台了没有？");
  a("工作方案2020年6月由区政府办公室正式印发。扶持政策方面，区里出台了《黄埔区促进农村电子商务发展扶持办法》，对站点建设、人才培训、品牌培育都有补贴。");
  q("你们自评报告写的培训超过6,000人次，是这样吗？常住人口一百多万，1%的培训任务怎么算的？");
  a("自评报告写的6,000多是全年计划数。常住人口超过50万的按50万算，截至8月31日实际累计培训5,326人次。",
    "有劳动能力、没有外出务工的建档立卡贫困人口是412人，参加过电商培训的230人，按身份证号去重。");
  q("区电子商务公共服务中心什么时候投入运营的？能提供哪些免费服务？");
  a("中心是去年12月18号正式投入运营的，由公开招标确定的专业第三方运营服务商负责运营。",
    "中心有免费的培训教室和设备，免费展示、销售农特产品，摄影、美工服务也是免费的。（被询问人补充：产品摄影免费，美工设计按件收费，不是全部免费。更正处已捺印）",
    "中心组织“黄埔好物”统一推广，指导企业做品牌，还提供代运营、直播场地、金融对接等增值服务。");
  q("有没有电商产业园？");
  a("我们整合了区内原有的跨境电商园，建成黄埔区电商产业园。");
  q("快递进村的情况怎么样？");
  a("27个行政村都有快递服务网点，行政村快递覆盖率100%，有区邮政管理部门的证明。");
  q("农村网络零售额增长情况呢？");
  a("2019年全区农村网络零售额18.6亿元，2020年是23.9亿元；农产品网络零售额2020年同比增长34.2%，这是商务厅平台的数据。");
  q("政府网站专栏和数据报送情况？");
  a("区政府网站开了电商进农村示范专栏，公示了创建方案、项目基本信息，每月更新建设进度，还公布了监督举报电话。",
    "每个月都向市商务局报送工作进展，附电商扶贫统计表，能统计电商扶贫情况。");
  q("资金下达和拨付情况？");
  a("省里下达专项资金500万元，截至8月31日累计拨付412.8万元，项目总体进度90%。",
    "区里制定了专项资金管理办法，各承建单位都建立了资金专用台账。");
  q("项目管理、资金支出这几项你们自评几分？");
  a("项目管理制度自评2分，工作台账自评1分，台账前期记录不够及时；资金及时拨付自评4分。");
  q("建设过程中有没有发生安全生产或质量事故？");
  a("没有发生过。");
  q("下一步还有什么打算？");
  a("年底前再开展电商培训1,000人次，争取再引进5家电商企业入驻产业园。");
  q("以上所说是否属实？还有没有补充？");
  a("属实，没有补充。");
  for (const [lab, t] of QA) {
    rows.push(padRow([lab, t], W));
    merges.push(`B${rows.length}:F${rows.length}`);
  }
  full("以上笔录共2页，我已看过（向我宣读过），与我说的相符。");
  pair("被询问人签名", "周××（捺印）", "日期", "2021年9月14日");
  pair("询问人签名", "王××　李××", "记录人签名", "刘××");
  rows.push(padRow(["核查组意见", "经现场查阅培训签到表和资金凭证，所述培训人次、拨付金额与台账基本一致；工作台账前期记录不完整，建议完善。"], W));
  merges.push(`B${rows.length}:F${rows.length}`);
  assert(rows.every((r) => r.length === W), "f1 width");
  return {
    description:
      "广州黄埔区交来当事实表的，是省考评组的《现场核查询问笔录》录入稿：两行标题，表单抬头三行（时间“2021年9月14日9时30分至10时45分”｜地点、询问人｜记录人、被询问人｜单位及职务，每对值两格合并），一段告知，然后“问：”“答：”在A列、内容在B:F合并格，一个回答可占几行（续行A列空）；末尾宣读确认、签名两行和“核查组意见”。读法：只读“答”——问里的“6,000人次”“一百多万”是询问人的话；回答里的更正以括号“（被询问人更正：…捺印）”为准（112万是户籍人口，常住人口126.41万人；摄影免费但美工按件收费 → 免费摄影美工为否）；“去年12月18号”按笔录日期是2020年12月18日；区委书记任第一组长、区长任组长，商务财政农业农村乡村振兴都在；没有省定贫困村；农产品网零只有增速34.2%；判断分只说了项目管理两项和资金及时拨付；“下一步”是计划；核查组意见不是本区陈述。",
    sheets: [{ name: "询问笔录", rows, merges }],
    expect: {
      facts: {
        county: "黄埔区", asOf: "2021-08-31", residentPopulation: 1264100, adminVillagesStated: 27, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1860000000, ruralRetail2020: 2390000000, agriRetailGrowthStated: 0.342,
        trainingPersonTimesStated: 5326, eligiblePoorPersonsStated: 412, trainedPoorPersonsStated: 230,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4128000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9, vetoIncident: false,
      },
      judged: { "org.management.system": 2, "org.management.ledger": 1, "fund.spending": 4 },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 肇庆市端州区: 《主要指标分年度统计表》 + 事项状态 + 横排自评
// =====================================================================================================
function buildF2() {
  const W = 18;
  const last = colName(W - 1);
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:${last}${rows.length}`);
  };
  full("端州区电子商务进农村综合示范主要指标分年度统计表");
  full("填报单位：肇庆市端州区商务局　　　统计截至：2021年8月31日　　　金额单位见各行");
  full("一、基本情况");
  const bi = (a, b, c, d) => {
    rows.push(padRow([a, null, b, null, c, null, d], W));
    const r = rows.length;
    merges.push(`A${r}:B${r}`, `C${r}:D${r}`, `E${r}:F${r}`, `G${r}:I${r}`);
  };
  bi("县（市、区）", "端州区", "常住人口", "62.13万人（七普）");
  bi("行政村", "11个（另有社区53个）", "省定贫困村", "无");
  bi("领导小组组长", "区政府副区长（分管商务）", "成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴局");
  full("二、主要指标分年度情况");
  const hdr = ["序号", "指标", null, null, "单位", "2019年", "2020年", "2021年1—8月", "累计（截至2021年8月31日）", null, "备注"];
  rows.push(padRow(hdr, W));
  merges.push(`B${rows.length}:D${rows.length}`, `I${rows.length}:J${rows.length}`, `K${rows.length}:${last}${rows.length}`);
  const T = [
    ["农村网络零售额", "亿元", 3.25, 4.38, 3.02, "—", "2021年1—8月为监测数"],
    ["农村网络零售额同比增速", "%", "—", 34.8, 21.6, "—", null],
    ["农产品网络零售额", "亿元", "未单独统计", 1.06, 0.81, "—", null],
    ["电商培训人次", "人次", 812, 1906, 1264, 3982, "2019年为示范创建前开展"],
    ["参训建档立卡贫困人口（按身份证号去重）", "人", "—", 96, 57, 141, "两年均参训的12人只计一次"],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "—", "—", "—", 268, "区乡村振兴局2021年8月核定"],
    ["省级专项资金下达", "万元", 500, "—", "—", 500, "2019年下达"],
    ["省级专项资金拨付", "万元", "—", 166.8, 213.45, 380.25, null],
    ["村级电商服务站点", "个", "—", 6, 3, 9, null],
  ];
  T.forEach((t, j) => {
    rows.push(padRow([j + 1, t[0], null, null, t[1], t[2], t[3], t[4], t[5], null, t[6]], W));
    merges.push(`B${rows.length}:D${rows.length}`, `I${rows.length}:J${rows.length}`, `K${rows.length}:${last}${rows.length}`);
  });
  assert(812 + 1906 + 1264 === 3982 && 96 + 57 - 12 === 141 && Math.round((166.8 + 213.45) * 100) === 38025, "f2 sums");
  assert(pct1(438 - 325, 325) === "34.8%", "f2 growth " + pct1(438 - 325, 325));
  full("三、重点事项完成情况（截至2021年8月31日）");
  rows.push(padRow(["序号", "事项", null, null, null, null, "状态", null, "说明"], W));
  merges.push(`B${rows.length}:F${rows.length}`, `G${rows.length}:H${rows.length}`, `I${rows.length}:${last}${rows.length}`);
  const S = [
    ["正式印发示范创建工作方案", "已完成（2020.4.28）", "端府办函〔2020〕31号"],
    ["出台支持农村电商发展的政策", "未完成", "《扶持办法》已完成征求意见，待区政府常务会审议"],
    ["县级电子商务公共服务中心投入运营", "已完成（2020.10.16）", "位于端州区电商创业园二楼"],
    ["中心免费培训场所及设备", "已完成", null],
    ["中心免费展示、销售特色农产品", "已完成", null],
    ["中心免费摄影、美工服务", "已完成", null],
    ["农产品统一推广、品牌建设指导", "已完成", "“端州好物”区域公用品牌"],
    ["其他衍生增值服务", "未完成", "代运营、金融对接服务正在洽谈"],
    ["建设或整合电商产业园", "已完成（2020.9）", "整合端州区电商创业园"],
    ["引入专业第三方运营服务商", "已完成", "肇庆市××电子商务有限公司"],
    ["行政村物流快递全覆盖", "已完成", "11个行政村均设快递服务点"],
    ["政府网站专栏公示创建方案", "已完成", null],
    ["政府网站专栏公示项目基本信息", "已完成", null],
    ["政府网站专栏按月公示建设进度", "已完成", null],
    ["专栏设立征求意见或监督举报窗口", "未完成", "拟9月开通"],
    ["统计电商扶贫情况", "已完成", "每月随月报报送"],
    ["制定专项资金管理制度", "已完成", "端商务〔2020〕12号"],
    ["承建单位建立资金专用台账", "已完成", null],
    ["项目总体进度", "82%", null],
    ["发生安全生产、质量事故", "否", null],
    ["弄虚作假", "否", null],
  ];
  S.forEach((s, j) => {
    rows.push(padRow([j + 1, s[0], null, null, null, null, s[1], null, s[2]], W));
    merges.push(`B${rows.length}:F${rows.length}`, `G${rows.length}:H${rows.length}`, `I${rows.length}:${last}${rows.length}`);
  });
  full("四、自评得分");
  // horizontal strip: group row, indicator row, weight row, score row, 主观分项 row
  const G = [["加强组织领导与统筹协调", 4], ["深入推动电子商务进农村工作", 4], ["加强信息公开及报送", 2], ["加强宣传推广", 2], ["加强财政资金管理", 3], ["加分项", 2]];
  const IND = [["组织领导", 2, 1, null, "org.leadership"], ["方案制定", 2, 2, "2", "org.plan"], ["政策支持", 2, 0, null, "org.policy"], ["项目管理", 4, 3, "制度2／台账1", "org.management"],
    ["县级中心与产业园", 15, 14, null, "work.center"], ["村级站点覆盖", 10, 5, null, "work.coverage"], ["农村产品上行", 10, 8, "调研2／促销1／标准1", "work.upward"],
    ["电商人才培训", 20, 20, null, "work.training"], ["信息公开", 4, 2, null, "info.disclosure"], ["数据上报", 6, 6, null, "info.reporting"],
    ["案例总结", 2, 2, null, "promo.cases"], ["经验推广", 8, 4, null, "promo.media"], ["制度建立", 5, 5, "5", "fund.system"], ["资金台账", 5, 4, "4", "fund.ledger"],
    ["资金支出", 5, 4, "4", "fund.spending"], ["贫困人口培训率≥70%", 2, 0, null, "bonus.poorTraining"], ["电视播报", 2, 0, null, "bonus.tvCase"]];
  assert(sum(G.map((g) => g[1])) === IND.length && IND.length + 1 === W, "f2 strip");
  const gRow = ["工作任务"];
  const iRow = ["评价指标"];
  const wRow = ["分值"];
  const pRow = ["自评分"];
  const sRow = ["其中主观分项"];
  let col = 1;
  const r0 = rows.length + 1;
  for (const [g, n] of G) {
    gRow[col] = g;
    if (n > 1) merges.push(`${colName(col)}${r0}:${colName(col + n - 1)}${r0}`);
    col += n;
  }
  const claimed = {};
  IND.forEach(([n, w, p, sub, id], j) => {
    iRow[j + 1] = n;
    wRow[j + 1] = w;
    pRow[j + 1] = p;
    sRow[j + 1] = sub;
    claimed[id] = p;
  });
  for (const r of [gRow, iRow, wRow, pRow, sRow]) rows.push(padRow(r.map((x) => (x === undefined ? null : x)), W));
  const tot = sum(SCORED.map(([id]) => claimed[id]));
  assert(tot === 80, "f2 claimed 80 " + tot);
  full(`自评合计：${tot}分（加分项0分）。　　填表人：何××　　审核人：区商务局局长 梁××　　填报日期：2021年9月3日`);
  assert(rows.every((r) => r.length === W), "f2 width");
  return {
    description:
      "肇庆端州区商务局交来当事实表的《主要指标分年度统计表》：一、基本情况两对“标签｜值”一行（组长“区政府副区长（分管商务）”）；二、分年度表 序号｜指标｜单位｜2019年｜2020年｜2021年1—8月｜累计（截至2021年8月31日）｜备注——零售额读2019、2020两列，2021年1—8月不是事实，农村网零增速读2020年列34.8%；培训人次、参训贫困人口、有劳动能力贫困人口、拨付都读“累计”列（参训贫困人口累计141是去重数，不是96＋57），下达资金500万元；农产品网零2019年“未单独统计”；三、重点事项完成情况用“状态”列（已完成（2020.10.16）→ 中心2020年10月16日投入运营、已完成／未完成 → 其他衍生增值服务“未完成”为否，政策未出台（待审议），举报窗口未完成，总体进度82%）；四、自评得分是横排一条（工作任务合并行、评价指标、分值、自评分、其中主观分项“制度2／台账1”“调研2／促销1／标准1”），claimed合计80。",
    sheets: [{ name: "分年度统计", rows, merges }],
    expect: {
      facts: {
        county: "端州区", asOf: "2021-08-31", residentPopulation: 621300, adminVillagesStated: 11, poorVillagesStated: 0,
        planIssued: true, policyIssued: false, centerOpened: "2020-10-16", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 325000000, ruralRetail2020: 438000000, ruralRetailGrowthStated: 0.348, agriRetail2020: 106000000,
        trainingPersonTimesStated: 3982, eligiblePoorPersonsStated: 268, trainedPoorPersonsStated: 141,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3802500, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.82,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2, "work.upward.promotion": 1,
        "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "deputy",
      claimed,
    },
  };
}

// =====================================================================================================
// f3 — 珠海市金湾区: e-mail thread (newest on top) with inline 【答】 replies
// =====================================================================================================
function buildF3() {
  const W = 6;
  const rows = [];
  const merges = [];
  const line = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:F${rows.length}`);
  };
  const head = (k, v) => {
    rows.push(padRow([k, v], W));
    merges.push(`B${rows.length}:F${rows.length}`);
  };
  const blank = () => rows.push(padRow([], W));
  const ME = "金湾区经济发展局电商办 <jwjfj_ds@zhuhai.gov.cn>";
  const CITY = "珠海市商务局电商科 张×× <zhsw_dsk@zhuhai.gov.cn>";
  const SUBJ = "关于核实金湾区电子商务进农村综合示范考评基础数据的函";
  // message 2 (newest): correction
  head("发件人：", ME);
  head("发送时间：", "2021年9月9日(星期四) 上午9:05");
  head("收件人：", CITY);
  head("主题：", "回复：回复：" + SUBJ);
  blank();
  line("张科：");
  line("您好！昨天的回复有两处需要更正，请以本邮件为准：");
  line("①第6条培训人次应为3,051人次，昨天误写为3,015人次；");
  line("②第9条累计拨付应为3,742,800元，昨天填的3,516,400元是截至7月底的数。");
  line("其余回复内容不变。谢谢！");
  line("金湾区经济发展局电商办　陈××　0756-77xxxxx");
  blank();
  line("------------------ 原始邮件 ------------------");
  head("发件人：", ME);
  head("发送时间：", "2021年9月8日(星期三) 下午3:12");
  head("收件人：", CITY);
  head("主题：", "回复：" + SUBJ);
  blank();
  line("张科：");
  line("您好！按来函逐条回复如下（“>”开头的是来函原文，【答】为我局回复），以下数据均截至2021年8月31日：");
  const QA = [
    ["> 1．请核实你区常住人口。市局掌握数为24.29万人（户籍人口）。", "【答】应按七普常住人口计，为46.12万人。"],
    ["> 2．请核实行政村数量。", "【答】全区行政村28个，另有社区19个。"],
    ["> 3．请说明领导小组组长及成员单位。", "【答】领导小组组长由区经济发展局局长担任，副组长为区财政局、区农业农村局分管领导，成员单位有区经济发展局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、金湾邮政分公司。"],
    ["> 4．请说明县级电子商务公共服务中心投入运营时间及服务内容（免费培训、展示销售、摄影美工、品牌推广、其他增值服务）。",
      "【答】区电子商务公共服务中心2021年1月8日投入运营；免费培训场所和设备、农产品免费展示销售、统一推广和品牌建设指导均已开展；摄影美工服务尚未开展；其他增值服务（代运营、直播间使用）已开展。"],
    ["> 5．是否建设电商产业园？是否有专业第三方运营服务商？", "【答】未单独建设电商产业园，中心内设企业孵化区；第三方运营服务商为珠海金湾优品电子商务有限公司。"],
    ["> 6．请报送培训人次及贫困人口培训情况。", "【答】累计培训3,015人次；有劳动能力且未外出务工的相对贫困人口86人，参加培训47人。"],
    ["> 7．据省厅平台数据，你区2020年农村网络零售额为7.6亿元，2019年为5.7亿元，请核实。", "【答】2020年数无误；2019年应为5.94亿元（平台数据未剔除已划出的横琴片区部分）。"],
    ["> 8．请说明政府网站专栏公示内容。", "【答】专栏已公示创建方案、项目基本信息和每月建设进度，设有监督举报电话。"],
    ["> 9．请报送资金下达和累计拨付情况。", "【答】省级下达专项资金500万元，累计拨付3,516,400元。"],
    ["> 10．请补报主观评分项自评分。", "【答】方案制定2分，政策支持2分，项目管理制度2分，工作台账2分，网销调研1分，网络促销2分，交易标准和冷链溯源1分，资金管理制度4分，资金台账4分，资金及时拨付3分。"],
    ["> 11．创建期间是否发生安全生产、质量事故或弄虚作假情况？", "【答】均未发生。"],
  ];
  for (const [qq, aa] of QA) {
    line(qq);
    line(aa);
  }
  line("以上，如有疑问请随时联系。");
  line("金湾区经济发展局电商办　陈××　0756-77xxxxx");
  blank();
  line("------------------ 原始邮件 ------------------");
  head("发件人：", CITY);
  head("发送时间：", "2021年9月6日(星期一) 下午5:40");
  head("收件人：", ME);
  head("主题：", SUBJ);
  blank();
  line("金湾区经济发展局：");
  line("省考评组将于9月中旬到我市开展2019年省级电子商务进农村综合示范创建考评，数据统一截至2021年8月31日。经核对省厅平台及我局掌握情况，请你局对以下事项逐条核实，于9月8日前回复。");
  line("1．常住人口（我局掌握数24.29万人，为户籍人口）；2．行政村数量；3．领导小组组长及成员单位；4．中心投入运营时间及服务内容；5．产业园及第三方运营；6．培训人次及贫困人口培训；7．农村网络零售额（省厅平台：2020年7.6亿元，2019年5.7亿元）；8．专栏公示内容；9．资金下达和拨付；10．主观评分项自评分；11．安全事故及弄虚作假情况。");
  line("考评指标要求：培训人次达常住人口1%以上，行政村站点覆盖率70%以上，资金支出率70%以上。");
  line("珠海市商务局电商科");
  assert(rows.every((r) => r.length === W), "f3 width");
  assert(pct1(7600 - 5940, 5940) === "27.9%", "f3 growth");
  return {
    description:
      "珠海金湾区经济发展局电商办把与市商务局的核对邮件整串复制进Excel当事实表：最新一封在最上面（发件人｜发送时间｜收件人｜主题四行，值在B:F合并格），下面“------ 原始邮件 ------”分隔后是前一封逐条回复（“>”开头是市局来函原文，下一行“【答】”是本区回复），最底下是市局原函。读法：事实只在本区的回复里，最新一封更正优先——培训人次以3,051为准（不是3,015），累计拨付3,742,800元（3,516,400元是7月底数）；“【答】2020年数无误”是确认来函里的7.6亿元，2019年改为5.94亿元；市局的“24.29万人（户籍人口）”和原函里的考评指标要求不是事实，常住人口46.12万人；领导小组组长是区经济发展局局长（不是区政府领导，other）；摄影美工未开展、未单独建产业园；主观评分项十项都在第10条回复里；没有说方案、政策是否印发，也没有快递、总体进度。",
    sheets: [{ name: "核对邮件", rows, merges }],
    expect: {
      facts: {
        county: "金湾区", asOf: "2021-08-31", residentPopulation: 461200, adminVillagesStated: 28,
        centerOpened: "2021-01-08", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true,
        parkBuilt: false, thirdPartyOperator: true, ruralRetail2019: 594000000, ruralRetail2020: 760000000,
        trainingPersonTimesStated: 3051, eligiblePoorPersonsStated: 86, trainedPoorPersonsStated: 47,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        fundAllocated: 5000000, fundSpentStated: 3742800, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "other",
    },
  };
}

// =====================================================================================================
// l1 — 佛山市三水区: 七普村居表, 站点挂牌登记 (photo files), training session × town crosstab, 图表数据, 宣传稿件采用, 说明, hidden 下拉选项
// =====================================================================================================
function buildL1() {
  const TOWNS = [["西南街道", 8, 6], ["云东海街道", 4, 2], ["白坭镇", 7, 1], ["乐平镇", 9, 3], ["芦苞镇", 6, 1], ["大塘镇", 7, 1], ["南山镇", 5, 1]];
  const prefixes = ["西南", "云东", "白坭", "乐平", "芦苞", "大塘", "南山"];
  const vName = nameMaker("大新金黄长古范源迳横江河下上沙石", ["布", "岗", "边", "坑", "头", "塘", "洲", "滘", "田", "围", "基"], "村", prefixes);
  const cName = nameMaker("碧丽华明康广", ["苑", "园", "城", "景", "湖", "庭"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "l1");
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const poorSet = new Set([towns[4].vs[1], towns[5].vs[3], towns[6].vs[0], towns[6].vs[4]]);
  const noExp = new Set([towns[5].vs[6], towns[6].vs[2]]);

  // ---------------- 村居（七普）
  const vRows = [["三水区各村（社区）基本情况（第七次全国人口普查）"], ["单位：户、人　　　资料来源：区统计局七普村级汇总；贫困村、快递两栏由区经科局补填"],
    ["镇（街道）", "村（社区）", "类别", "第七次人口普查", null, "省定贫困村", "快递服务"], [null, null, null, "户数", "常住人口", null, null]];
  const vMerges = ["A1:G1", "A2:G2", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:F4", "G3:G4"];
  const vRecs = [];
  let gHH = 0;
  let gPop = 0;
  let sq = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    let first = true;
    let tHH = 0;
    let tPop = 0;
    for (const v of x.vs.concat(x.cs)) {
      sq++;
      const isC = v.endsWith("社区");
      const hh = isC ? rint(1800, 5200) : rint(420, 1900);
      const pop = Math.round(hh * (2.6 + rnd() * 0.9));
      tHH += hh;
      tPop += pop;
      const nm = isC ? `${v}居委会` : sq % 3 === 0 ? `${short(v)}村民委员会` : `${short(v)}村委会`;
      vRows.push([first ? x.t : null, nm, isC ? "居委会" : "村委会", hh, pop, !isC && poorSet.has(v) ? "△" : null, noExp.has(v) ? "未通" : "通"]);
      const rec = { name: v, admin: !isC, express: !noExp.has(v) };
      if (!isC) rec.poor = poorSet.has(v);
      vRecs.push(rec);
      first = false;
    }
    vRows.push([null, "小计", null, tHH, tPop, null, null]);
    mergeCol(vMerges, "A", r0, vRows.length);
    gHH += tHH;
    gPop += tPop;
  }
  vRows.push(["全区合计", null, null, gHH, gPop, null, null]);
  vMerges.push(`A${vRows.length}:C${vRows.length}`);
  vRows.push([`注：标“△”的为省定贫困村（共${poorSet.size}个），未标的行政村不是省定贫困村；快递服务“未通”指村内未设快递服务点。`]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);
  for (const r of vRows) padRow(r, 7);
  assert(vRecs.filter((r) => r.admin).length === 46 && vRecs.filter((r) => !r.admin).length === 15, "l1 46 + 15");

  // ---------------- 站点挂牌登记
  const withSt = shuffle(admin.filter((v) => !noExp.has(v))).slice(0, 30);
  const ST = withSt.map((v) => ({ v, op: randIsoBetween("2020-08-10", "2021-08-26") }));
  ST.push({ v: withSt[3], op: randIsoBetween("2021-03-01", "2021-08-10"), second: true });
  ST.push({ v: towns[0].cs[1], op: randIsoBetween("2020-10-01", "2021-05-30") });
  ST[5].op = "2021-05";
  ST[9].op = "2021-09-03";
  ST.sort((a, b) => cmp(a.op, b.op));
  const sRows = [["三水区村级电商服务站点挂牌登记"], ["序号", "站点名称", "镇（街道）", "所在村（居）", "挂牌日期", "挂牌照片文件名", "拍摄人", "备注"]];
  const sRecs = [];
  ST.forEach((s, j) => {
    const isC = s.v.endsWith("社区");
    const vcell = isC ? `${s.v}居委会` : j % 2 ? `${short(s.v)}村委会` : s.v;
    let dc;
    if (s.op === "2021-05") dc = "2021年5月";
    else if (s.op === "2021-09-03") dc = "2021年9月3日";
    else if (j % 7 === 4) dc = yyyymmdd(s.op);
    else dc = dateCell(s.op, j);
    const photoDay = s.op.length === 7 ? `${s.op}-${String(rint(10, 25)).padStart(2, "0")}` : isoAdd(s.op, rint(-12, 3));
    const photo = `IMG_${yyyymmdd(photoDay)}_${hms().replace(/:/g, "")}.jpg`;
    sRows.push([j + 1, `${short(s.v)}${isC ? "社区" : "村"}电商服务站${s.second ? "（二站）" : ""}`, townOf[s.v], vcell, dc, photo, personName(),
      s.second ? "同村第二个站点" : s.op === "2021-09-03" ? "9月挂牌" : j % 6 === 2 ? "照片为验收时拍摄" : null]);
    const rec = { village: s.v };
    rec.opened = s.op;
    sRecs.push(rec);
  });
  sRows.push(["注：开业以“挂牌日期”为准；照片文件名中的日期是拍摄日期，不是挂牌日期。"]);
  const sMerges = ["A1:H1", `A${sRows.length}:H${sRows.length}`];
  for (const r of sRows) padRow(r, 8);

  // ---------------- 培训人次（分镇统计）
  const TN = TOWNS.map((t) => t[0]);
  const TOP = ["农村电商基础", "网店运营", "直播带货", "短视频营销", "农产品品牌打造", "电商物流与客服", "乡村振兴电商专题", "社群团购"];
  const sess = [];
  let d = "2020-09-22";
  for (let k = 0; k < 11; k++) {
    if (d >= "2020-10-01" && d <= "2020-10-08") d = "2020-10-15";
    if (d >= "2021-02-06" && d <= "2021-02-20") d = "2021-02-25";
    const by = TN.map(() => (rnd() < 0.55 ? rint(8, 45) : 0));
    if (by.every((x) => x === 0)) by[0] = rint(20, 40);
    sess.push({ no: k + 1, start: d, end: k === 5 ? isoAdd(d, 1) : d, topic: TOP[k % TOP.length], by });
    d = isoAdd(d, rint(26, 33));
  }
  sess.push({ no: 12, start: "2021-09-09", end: "2021-09-09", topic: "迎检电商知识普及", by: TN.map(() => rint(10, 30)) });
  const tRows = [["三水区农村电商培训人次统计（分镇街）"], ["单位：人次"],
    ["期次", "培训日期", "培训内容", "各镇（街道）参训人次", null, null, null, null, null, null, "合计", "备注"], [null, null, null].concat(TN, [null, null])];
  const tMerges = ["A1:L1", "A2:L2", "A3:A4", "B3:B4", "C3:C4", "D3:J3", "K3:K4", "L3:L4"];
  const tRecs = [];
  sess.forEach((s, j) => {
    let dc;
    if (s.end !== s.start) dc = rangeText(s.start, s.end, "cn");
    else if (s.no === 12) dc = "2021.9.9";
    else if (j === 3) dc = twoDot(s.start);
    else dc = dateCell(s.start, j);
    const cells = s.by.map((x, i) => (x === 0 ? null : (j + i) % 9 === 4 ? `${x}人` : (j + i) % 11 === 7 ? fwDigits(String(x)) : x));
    const tot = sum(s.by);
    tRows.push([`第${s.no}期`, dc, s.topic].concat(cells, [tot, s.end !== s.start ? "两天班，按结业日登记" : s.no === 12 ? "9月开班" : null]));
    tRecs.push({ date: s.end, personTimes: tot });
  });
  const colSums = TN.map((_, i) => sum(sess.map((s) => s.by[i])));
  tRows.push(["合计", null, null].concat(colSums, [sum(sess.map((s) => sum(s.by))), "含第12期"]));
  tMerges.push(`A${tRows.length}:C${tRows.length}`);

  // ---------------- 图表数据 (monthly sums, not a ledger)
  const byMonth = new Map();
  for (const s of sess) byMonth.set(ym(s.end), (byMonth.get(ym(s.end)) || 0) + sum(s.by));
  const cRows = [["图表数据（由《培训人次（分镇统计）》按月汇总，供汇报PPT制图用，不是台账，勿重复统计）"], ["月份", "培训人次", "累计人次"]];
  let acc = 0;
  for (const m of [...byMonth.keys()].sort()) {
    acc += byMonth.get(m);
    cRows.push([cnMonth(m), byMonth.get(m), acc]);
  }

  // ---------------- 宣传稿件采用登记
  const MED = [["2020-11-06", "三水：村级电商服务站开进“水都”乡村", "三水发布（区融媒体中心）", "区级", "文字", 2, "county", false],
    ["2020-12-18", "三水电商培训进村入户", "佛山电视台《佛山新闻》", "市级", "电视新闻", 5, "city", true],
    ["2021-03-24", "乐平镇：直播间里卖黑皮冬瓜", "南方+客户端", "省级", "视频（网络）", 8, "province", false],
    ["2021-05-13", "三水区电子商务进农村综合示范创建有序推进", "佛山日报", "市级", "文字", 3, "city", false],
    ["2021-07-08", "广东三水：电商助农鼓起“钱袋子”", "人民网", "中央级", "文字", 15, "national", false],
    ["2021-09-02", "三水区电商进农村示范迎检侧记", "广东广播电视台珠江频道", "省级", "电视新闻", 10, "province", true]];
  const mRows = [["区委宣传部新闻宣传稿件采用登记（三水区经济和科技促进局）"], ["序号", "刊发日期", "稿件标题", "采用媒体", "媒体级别", "稿件形式", "积分", "备注"]];
  const mRecs = [];
  MED.forEach(([dd, t, m, lv, f, sc, lvl, tvf], j) => {
    mRows.push([j + 1, dd === "2021-09-02" ? "2021.9.2" : dateCell(dd, j + 3), `《${t}》`, m, lv, f, sc, null]);
    mRecs.push({ date: dd, level: lvl, tv: tvf });
  });
  mRows.push(["积分规则：中央级15分，省级8分（电视10分），市级3分（电视5分），区级2分。"]);
  const mMerges = ["A1:H1", `A${mRows.length}:H${mRows.length}`];

  const note = [["三水区电子商务进农村综合示范台账（第一册）填表说明"], ["1．《村居（七普）》村（社区）名单和人口来自区统计局七普村级汇总，小计、合计行不是村。"],
    ["2．《站点挂牌登记》以挂牌日期为准，照片文件名日期为拍摄日期。"], ["3．《培训人次（分镇统计）》每期一行，合计列为该期人次。"], ["4．《图表数据》为制图用汇总，不作台账。"],
    ["5．《宣传稿件采用》摘自区委宣传部稿件采用登记，积分供宣传部考核用。"], ["经办人：何××　2021年9月6日"]];
  const opts = [["类别", "媒体级别", "稿件形式"], ["村委会", "中央级", "文字"], ["居委会", "省级", "图片"], [null, "市级", "视频（网络）"], [null, "区级", "电视新闻"]];
  checkTrainingIds(tRecs, "l1");
  return {
    description:
      `佛山三水区经济和科技促进局台账第一册（填表说明、五张表、一个隐藏的下拉选项表）：①《村居（七普）》是区统计局七普村级汇总改的——两行表头（“第七次人口普查”合并在户数｜常住人口之上），镇（街道）纵向合并、每镇末尾一行“小计”、最后“全区合计”（都不是村），类别 村委会／居委会，“△”为省定贫困村（注明未标的不是），快递服务 通／未通；②《站点挂牌登记》读“挂牌日期”（日期格、Excel序号、八位数字文本（yyyymmdd）、“2021年5月”只到月、“2021年9月3日”照列），“挂牌照片文件名”IMG_yyyymmdd_hhmmss.jpg 里的日期是拍摄日期，不是挂牌日期；同村第二站、社区站照列；③《培训人次（分镇统计）》一期一行，两行表头（“各镇（街道）参训人次”合并在七个镇街列上），镇街格有数字、“23人”式文本、全角数字，没人参训的镇街空着，“合计”列是该期人次，两天班“${rangeText(sess[5].start, sess[5].end, "cn")}”按结束日，9月一期照列，最后合计行不是一期；④《图表数据》是按月汇总的制图数据，不是台账；⑤《宣传稿件采用》是区委宣传部的稿件采用登记：媒体级别“中央级／省级／市级／区级”，稿件形式“电视新闻”才是电视（南方+的“视频（网络）”不是），积分和积分规则行不是数据。`,
    sheets: [
      { name: "填表说明", rows: note, merges: [] },
      { name: "村居（七普）", rows: vRows, merges: vMerges },
      { name: "站点挂牌登记", rows: sRows, merges: sMerges },
      { name: "培训人次（分镇统计）", rows: tRows, merges: tMerges },
      { name: "图表数据", rows: cRows, merges: ["A1:C1"] },
      { name: "宣传稿件采用", rows: mRows, merges: mMerges },
      { name: "下拉选项", rows: opts, merges: [], hidden: true },
    ],
    expect: {
      sheets: {
        "填表说明": { kind: null },
        "村居（七普）": { kind: "villages", records: vRecs },
        "站点挂牌登记": { kind: "stations", records: sRecs },
        "培训人次（分镇统计）": { kind: "training", records: tRecs },
        "图表数据": { kind: null },
        "宣传稿件采用": { kind: "media", records: mRecs },
        "下拉选项": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 广州市增城区: 封面, 脱贫人口务工信息 (务工地 省|市|区县), 园区企业 (two stacked tables), 合同付款台账 (payment column pairs),
//      信息公开目录 (成文日期 / 发布日期), 月报报送 (期号)
// =====================================================================================================
function buildL2() {
  const REG = "440118";
  // ---------------- 脱贫人口务工信息
  const VILL = [["派潭镇", "高滩村"], ["派潭镇", "背阴村"], ["小楼镇", "腊布村"], ["正果镇", "畲族村"], ["正果镇", "兰溪村"], ["中新镇", "福和村"]];
  const COMP = [["L", "U", "N"], ["H", "L"], ["O", "L", "N", "U"], ["L", "H", "U"], ["N", "N"], ["O", "O", "L"], ["U", "L", "N"], ["L", "L"], ["H", "O", "U"], ["L", "N", "U"],
    ["O", "L"], ["U", "H", "N"], ["L", "U"], ["N", "L", "O"]];
  const OUT = [["广东省", "广州市", "黄埔区"], ["广东省", "东莞市", "东城街道"], ["广东省", "深圳市", "宝安区"], ["湖南省", "长沙市", "雨花区"], ["广东省", "惠州市", "博罗县"], ["浙江省", "宁波市", "鄞州区"]];
  const pRows = [["增城区脱贫人口劳动力及务工信息表"], ["说明：劳动能力为普通劳动力、技能劳动力、弱劳动力或半劳动力的属有劳动能力；务工地点（区县）不是增城区的为外出务工（含在广州市其他区务工）；未务工的务工地点为空；无劳动能力者务工状态填“—”。"],
    ["序号", "镇（街）", "村", "户主", "姓名", "与户主关系", "身份证号码", "劳动能力", "务工状态", "务工地点", null, null, "备注"],
    [null, null, null, null, null, null, null, null, null, "省", "市", "区县", null]];
  const pMerges = ["A1:M1", "A2:M2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:H4", "I3:I4", "J3:L3", "M3:M4"];
  const pRecs = [];
  let seq = 0;
  let xDone = false;
  COMP.forEach((comp, hi) => {
    const [town, vill] = VILL[hi % VILL.length];
    const sur = SURNAMES[rint(0, SURNAMES.length - 1)];
    const head = personName(sur);
    const r0 = pRows.length + 1;
    comp.forEach((c, i) => {
      seq++;
      const rel = i === 0 ? "户主" : c === "N" ? (i % 2 ? "父亲" : "母亲") : i === 1 ? "配偶" : i % 2 ? "之子" : "之女";
      const birth = c === "N" ? (i === 0 ? birthBetween(1956, 1968) : birthBetween(1935, 1953)) : i < 2 ? birthBetween(1966, 1982) : birthBetween(1992, 2002);
      const wantX = !xDone && c === "H" ? true : undefined;
      if (wantX) xDone = true;
      const id = makeId(REG, birth, rel === "户主" || rel === "之子" || rel === "父亲", wantX);
      const lab = c === "N" ? (seq % 2 ? "丧失劳动力" : "无劳动力") : ["普通劳动力", "技能劳动力", "普通劳动力", "弱劳动力或半劳动力"][seq % 4];
      let st;
      let place = [null, null, null];
      if (c === "L") {
        st = "务工";
        place = ["广东省", "广州市", "增城区"];
      } else if (c === "H") {
        st = "务工";
        place = OUT[0];
      } else if (c === "O") {
        st = "务工";
        place = OUT[1 + (seq % 5)];
      } else if (c === "U") st = "未务工";
      else st = "—";
      pRows.push([seq, i === 0 ? town : null, i === 0 ? vill : null, i === 0 ? head : null, i === 0 ? head : personName(rel === "配偶" || rel === "母亲" ? undefined : sur), rel, id, lab, st,
        place[0], place[1], place[2], c === "H" ? "在黄埔区科学城务工" : c === "L" && i === 1 ? "增城区新塘镇" : null]);
      pRecs.push({ id, labour: c !== "N", migrant: c === "N" ? null : c === "H" || c === "O" });
    });
    const r1 = pRows.length;
    for (const col of ["B", "C", "D"]) mergeCol(pMerges, col, r0, r1);
  });
  assert(xDone && pRecs.some((r) => r.migrant === true) && pRecs.some((r) => r.migrant === null), "l2 poor mix");

  // ---------------- 园区企业 (two stacked tables)
  const F1 = [["增城区荔乡优品电子商务有限公司", "平台型电商"], ["增城区挂绿网络科技有限公司", "平台型电商"], ["增城区丝苗米电商商行", "销售型"], ["增城区迟菜心网店", "销售型"],
    ["增城区派潭山货电子商务有限公司", "销售型"], ["增城区正果腐竹网店", "销售型"], ["增城区小楼沙糖桔电商商行", "销售型"], ["增城区荔枝人家电子商务有限公司", "销售型"],
    ["增城区云帆电商代运营有限公司", "电商运营服务商"], ["增城区新农创电商服务有限公司", "电商运营服务商"], ["增城区增江物流有限公司", "物流快递"],
    ["增城区顺捷快递服务有限公司", "物流快递"], ["增城区荔城直播传媒有限公司", "直播机构"], ["增城区乡里乡亲网络科技有限公司", "平台型电商"],
    ["增城区白水寨农特产品网店", "销售型"], ["增城区绿野供应链管理有限公司", "供应链"], ["增城区朱村茶叶网店", "销售型"], ["增城区石滩麻车网店", "销售型"],
    ["增城区仙村电商服务中心", "电商运营服务商"], ["增城区冷链速运有限公司", "物流快递"], ["增城区三江乡味电子商务有限公司", "销售型"]];
  const F2 = [["增城区鲜果汇电子商务有限公司", "销售型", "2020-11-12", "2021-03-15", "经营不善"], ["增城区乐购直播电商有限公司", "直播机构", "2020-12-01", "2021-06-30", "迁往番禺区"],
    ["增城区快运宝物流有限公司", "物流快递", "2021-01-18", "2021-09-03", "合同到期"]];
  const eRows = [["增城区电商产业园入驻企业名单"], ["一、在园企业（截至2021年9月6日）"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注"]];
  const eMerges = ["A1:G1", "A2:G2"];
  const eRecs = [];
  const ent1 = F1.map(() => randIsoBetween("2020-10-10", "2021-08-15")).sort();
  F1.forEach(([n, t], j) => {
    let e = ent1[j];
    let cell;
    if (j === 4) {
      e = "2020-11";
      cell = "2020年11月";
    } else if (j === F1.length - 1) {
      e = "2021-09-01";
      cell = "2021.9.1";
    } else cell = dateCell(e, j);
    eRows.push([j + 1, n, creditCode(REG), t, cell, null, e === "2021-09-01" ? "9月新入驻" : null]);
    eRecs.push({ name: n, type: t, entered: e, left: null });
  });
  eRows.push([null, null, null, null, null, null, null]);
  eRows.push(["二、已退出企业"]);
  eMerges.push(`A${eRows.length}:G${eRows.length}`);
  eRows.push(["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "退出原因"]);
  F2.forEach(([n, t, e, l, why], j) => {
    eRows.push([j + 1, n, creditCode(REG), t, dateCell(e, j + 2), l === "2021-09-03" ? "2021年9月3日" : dotDate(l), why]);
    eRecs.push({ name: n, type: t, entered: e, left: l });
  });
  for (const r of eRows) padRow(r, 7);

  // ---------------- 合同付款台账
  const C = [
    ["增城区电子商务公共服务中心建设及运营", "广州荔乡优品电子商务有限公司", 1680000, [["2020-10-23", 504000], ["2021-03-19", 672000], ["2021-09-15", 504000]]],
    ["村级电商服务站点建设", "中国邮政集团有限公司广州市增城区分公司", 1250000, [["2020-11-27", 375000], ["2021-05-21", 500000], [null, 375000]]],
    ["农村电商人才培训服务", "广州市增城区职业技术学校", 460000, [["2020-12-11", 138000], ["2021-04-23", 184000], ["2021-08-27", 138000]]],
    ["县镇村三级物流配送体系建设", "增城区增江物流有限公司", 980000, [["2021-01-15", 294000], ["2021-06-18", 392000], [null, 294000]]],
    ["农产品品牌推广及营销活动", "广州云帆电商代运营有限公司", 350000, [["2021-02-26", 350000], null, null]],
    ["农产品溯源及冷链系统建设", "增城区冷链速运有限公司", 280000, [["2021-07-09", 84000], ["2021-08-31", 112000], [null, 84000]]],
  ];
  const fRows = [["增城区电子商务进农村综合示范项目合同付款台账"], ["单位：元"],
    ["序号", "合同名称", "承建单位", "合同金额", "首付款", null, "进度款", null, "尾款", null, "累计拨付", "备注"],
    [null, null, null, null, "拨付日期", "金额", "拨付日期", "金额", "拨付日期", "金额", null, null]];
  const fMerges = ["A1:L1", "A2:L2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:H3", "I3:J3", "K3:K4", "L3:L4"];
  const fRecs = [];
  C.forEach(([n, who, amt, pays], j) => {
    const cells = [];
    let paid = 0;
    pays.forEach((p, k) => {
      if (p === null) {
        cells.push(null, null);
        return;
      }
      const [dd, a] = p;
      if (dd === null) {
        cells.push("未付（待验收）", null);
        return;
      }
      const dc = dd === "2021-09-15" ? "2021.9.15" : dd === "2021-08-31" ? "2021年8月31日" : dateCell(dd, j + k);
      const ac = a === 350000 ? "35万" : (j + k) % 3 === 1 ? fmtMoney(a) : a;
      cells.push(dc, ac);
      paid += a;
      fRecs.push({ date: dd, amount: a });
    });
    assert(sum(pays.filter(Boolean).map((p) => p[1])) === amt, "l2 contract " + n);
    fRows.push([j + 1, n, who, fmtMoney(amt)].concat(cells, [paid, pays.some((p) => p && p[0] === null) ? "尾款待验收后支付" : pays.some((p) => p && p[0] === "2021-09-15") ? "尾款9月支付" : null]));
  });
  fRows.push(["合计", null, null, sum(C.map((c) => c[2])), null, null, null, null, null, null, sum(fRecs.map((r) => r.amount)), null]);
  fMerges.push(`A${fRows.length}:C${fRows.length}`);

  // ---------------- 信息公开目录
  const U = [["2020-07-20", "增城区电子商务进农村综合示范创建工作方案", "工作方案"], ["2020-07-20", "增城区电子商务进农村综合示范项目基本信息表", "项目信息"],
    ["2020-07-28", "关于设立电子商务进农村综合示范项目监督举报电话的公告", "监督举报"]];
  for (const m of monthsBetween("2020-08", "2021-08")) {
    const [y, mo] = m.split("-").map(Number);
    U.push([`${m}-${String(rint(3, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, `增城区电子商务进农村综合示范项目建设进度公示（${cnMonth(m)}）`, "建设进度"]);
  }
  U.push(["2021-09-03", "增城区电子商务进农村综合示范项目建设进度公示（2021年8月）（更正）", "建设进度"]);
  U.sort((a, b) => cmp(b[0], a[0]));
  const uRows = [["增城区人民政府门户网站　政府信息公开目录　检索结果（主题：电子商务进农村）"], ["导出时间：2021-09-06 10:31　　共" + U.length + "条"],
    ["索引号", "信息名称", "发布机构", "成文日期", "发布日期", "所属栏目"]];
  const uRecs = [];
  U.forEach(([dd, t, c], j) => {
    const made = isoAdd(dd, -rint(0, 9));
    const pub = j % 3 === 0 ? D(dd) : `${dd} ${hms()}`;
    uRows.push([`007502${rint(100, 999)}/${dd.slice(0, 4)}-${String(rint(100, 980)).padStart(5, "0")}`, t, "增城区商务局", j % 2 ? D(made) : made, pub, `电子商务进农村综合示范／${c}`]);
    uRecs.push({ date: dd });
  });

  // ---------------- 月报报送
  const rRows = [["增城区电子商务进农村综合示范工作月报报送登记"], ["期号", "所属月份", "报送日期", "报送方式", "是否含电商扶贫统计", "接收单位"]];
  const rRecs = [];
  monthsBetween("2020-08", "2021-08").forEach((m, j) => {
    const nx = monthsBetween(m, "2021-12")[1];
    let dd = `${nx}-${String(rint(3, 9)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(dd)) || (dd >= "2020-10-01" && dd <= "2020-10-08")) dd = isoAdd(dd, 1);
    const month = m === "2021-01" ? "2021年1月" : cnMonth(m);
    const dc = m === "2021-02" ? "2021年3月" : dateCell(dd, j + 1);
    const date = m === "2021-02" ? "2021-03" : dd;
    const pov = j === 0 ? "不含" : j === 6 ? null : "含";
    rRows.push([`第${j + 1}期`, month, dc, j % 2 ? "粤政易" : "电子邮件", pov, "广州市商务局"]);
    rRecs.push({ date, poverty: pov === "含" ? true : pov === "不含" ? false : null });
  });
  rRows.push(["注：2021年2月月报与3月工作一并于3月上旬报送，具体日期未登记。"]);

  const cover = [["增城区电子商务进农村综合示范考评台账（第三册）"], [null], ["内容：脱贫人口务工信息、园区企业、合同付款台账、信息公开目录、月报报送"], [null], ["编制单位：广州市增城区商务局"], ["编制日期：2021年9月"]];
  return {
    description:
      "广州增城区商务局台账第三册（封面＋五张表）：①封面不是台账；②《脱贫人口务工信息》按户排（镇、村、户主纵向合并），两行表头（“务工地点”合并在省｜市｜区县之上），说明行写明务工地点区县不是增城区的为外出务工——在同属广州市的黄埔区务工也是外出务工，在增城区务工、未务工不是，无劳动能力者务工状态“—”为不适用，身份证号有末位X的；③《园区企业》上下两张表：“一、在园企业（截至2021年9月6日）”（入驻时间有“2020年11月”只到月，一家“2021.9.1”照列，退出时间空），隔一空行是“二、已退出企业”（自带表头，退出时间“2021年9月3日”、2021.3.15、2021.6.30）；④《合同付款台账》一合同一行，两行表头，“首付款｜进度款｜尾款”各合并在“拨付日期｜金额”两列之上，每对有日期的是一笔拨付（金额有数字、“1,250,000.00”式文本、“35万”），“未付（待验收）”不是拨付，9月15日的尾款照列，累计拨付列和合计行不是拨付；⑤《信息公开目录》是政府网站目录检索导出，按发布日期倒序，读“发布日期”（日期格或“2021-08-05 16:20:11”式文本），“成文日期”不读，9月3日的更正照列；⑥《月报报送》按期号，所属月份与报送日期不同月，2021年2月那期报送日期只写“2021年3月”，含电商扶贫统计“含／不含”，一期空着。",
    sheets: [
      { name: "封面", rows: cover, merges: [] },
      { name: "脱贫人口务工信息", rows: pRows, merges: pMerges },
      { name: "园区企业", rows: eRows, merges: eMerges },
      { name: "合同付款台账", rows: fRows, merges: fMerges },
      { name: "信息公开目录", rows: uRows, merges: ["A1:F1", "A2:F2"] },
      { name: "月报报送", rows: rRows, merges: ["A1:F1", `A${rRows.length}:F${rRows.length}`] },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "脱贫人口务工信息": { kind: "poorPersons", records: pRecs },
        "园区企业": { kind: "enterprises", records: eRecs },
        "合同付款台账": { kind: "funds", records: fRecs },
        "信息公开目录": { kind: "disclosures", records: uRecs },
        "月报报送": { kind: "reports", records: rRecs },
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
write("counties", "b204-c1-yuncheng.json", c1);
write("facts", "b204-f1-huangpu.json", f1);
write("facts", "b204-f2-duanzhou.json", f2);
write("facts", "b204-f3-jinwan.json", f3);
write("ledgers", "b204-l1-sanshui.json", l1);
write("ledgers", "b204-l2-zengcheng.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
