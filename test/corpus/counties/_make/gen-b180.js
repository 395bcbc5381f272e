// Batch 180 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b174.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (180180), no clock. Run: node test/corpus/_b180/gen-b180.js
//
// c1 番禺区 (广州): the facts are not in a form but in the bureau's compilation of the departments' confirmation letters
//    (区府办 leadership notice, 统计局 reply with a small 2019/2020 网零 table inside, 民政局, 农业农村局, 财政局, 邮政管理局, 政数局,
//    the centre operator), stacked one block per letter, then the bureau's own page with judged and claimed points; ledgers: a
//    village list with one column per 镇街 (two grids: 村委会 / 社区); stations in 镇街 blocks with 小计 rows where three villages'
//    only station is dated “2020年第四季度” (84/120 = 70.0% only if they count), one on 8月31日, one “2021年第三季度”; training as
//    a 镇街 × month person-times grid with a September column and a 合计 column; park firms as a change log (入驻/退出/更名/类型变更,
//    a firm out and back in; 19 in the park); funds as a payment-approval register (申请 vs 国库支付 date, 申请 vs 实付 amount,
//    退回修改 / 审批中 rows, 70.4% only with the 8月31日 payment); the 专栏 copied from the district website in three pages with
//    pagination lines (no update in 2021-02); a report register; media with an experience-material table below it.
// f1 惠城区 (惠州): the 区委深改办 reform-task ledger (改革任务 | 举措 | 牵头/配合 | 完成时限 | 成果形式 | 进展情况 | 完成状态 |
//    对应考评指标 | 自评分) — facts only in 进展情况 sentences, 完成时限/成果形式 are targets, 自评分 merged per indicator.
// f2 源城区 (河源): a 测算底稿 whose value column was formatted as text before typing, so the clerk's formulas stay as text
//    (“=86-12”, “=1186+1423+1507+917”, “=1032-187”, “=1250000+986000+742500+413600”); units in a separate column; the
//    自评分 block has formula text too; the reviewer's note says to read the results.
// f3 禅城区 (佛山): the 自评报告 sentence template: each row a paragraph, 文字 and 数据 columns alternating (“区政府于 | 2020年6月18日 |
//    印发… | 区委副书记、区长 | 任组长…”), words like 已/未/提供/未提供/设有 are data; sub-scores are data cells too.
// l1 顺德区 (佛山): a station list printed in two columns side by side (left 1–16, right 17–31, “〃” for the same town, “2020.12”,
//    “2021年3月18日挂牌”, “—”); training per session block with one row per village (人次, 其中：脱贫人口 not added, 小计 rows);
//    a monthly-report receipt register (报送日期 vs 市局签收日期, “21/3/5”, “20210405”).
// l2 白云区 (广州): a village list typed only by a 类别代码 1/2 with a legend, ●/○ express; poor persons whose migrant status is
//    only a 务工地点 column (outside 白云区 = migrant, blank = not working); firms in type sections; contract instalments in
//    万元 under a two-row header (首付款/进度款/尾款 × 日期/金额, “待验收”); media with 发布时间 and 级别 央媒/省级/市级/区级.
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
let seed = 180180;
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
    assert(/^b180-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b180-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b180-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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

// =====================================================================================================
// c1 — 广州番禺区: whole workbook; facts in the departments' confirmation letters
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const TOWNS = [["石楼镇", 16, 5], ["石碁镇", 17, 6], ["化龙镇", 14, 4], ["沙湾街道", 9, 7], ["南村镇", 13, 6], ["新造镇", 7, 3],
    ["大龙街道", 12, 5], ["钟村街道", 11, 6], ["石壁街道", 10, 4], ["大石街道", 11, 4]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("大小新东西南北上下官赤茭莲潭沙涌岗塘", ["坑", "涌", "围", "基", "岗", "头", "边", "滘", "洲", "坊", "塘", "岭", "庄", "湾"], "村", prefixes);
  const cName = nameMaker("丽祈康富华锦明德星海荟", ["苑", "园", "庭", "城", "景", "峰", "湾", "汇"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  assert(admin.length === 120 && comms.length === 50, "c1 120 villages + 50 communities");
  noStemClash(admin, comms, "c1");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const adminSet = new Set(admin);
  const short = (v) => v.replace(/村$|社区$/, "");

  // ---------------- 村居名单: one column per 镇（街）, two stacked grids
  const W = TOWNS.length;
  const vRows = [["番禺区村（居）民委员会名单（按镇街分列）"], ["（区民政局2021年7月提供：上表为村民委员会，下表为社区居民委员会；每列一个镇（街））"]];
  const vMerges = [`A1:${colName(W - 1)}1`, `A2:${colName(W - 1)}2`];
  const grid = (title, lists, suffixOf) => {
    vRows.push(padRow([title], W));
    vMerges.push(`A${vRows.length}:${colName(W - 1)}${vRows.length}`);
    vRows.push(TOWNS.map(([t]) => t));
    vRows.push(lists.map((l) => `（${l.length}个）`));
    const n = Math.max(...lists.map((l) => l.length));
    for (let k = 0; k < n; k++) vRows.push(lists.map((l, j) => (k < l.length ? suffixOf(l[k], j, k) : null)));
  };
  grid(`一、村民委员会（共${admin.length}个）`, towns.map((x) => x.vs), (v, j, k) => ((j + k) % 7 === 3 ? `${v}委会` : v));
  vRows.push(padRow([], W));
  grid(`二、社区居民委员会（共${comms.length}个）`, towns.map((x) => x.cs), (c, j, k) => ((j + k) % 5 === 1 ? `${c}居委会` : c));
  vRows.push(padRow([], W));
  vRows.push(padRow([`合计：村民委员会${admin.length}个，社区居民委员会${comms.length}个。番禺区无省定贫困村。`], W));
  vMerges.push(`A${vRows.length}:${colName(W - 1)}${vRows.length}`);

  // ---------------- 站点台账 by 镇（街） blocks with 小计
  const shA = shuffle(admin);
  const cov = shA.slice(0, 84); // covered by the cut-off
  const quarterOnly = cov.slice(0, 3); // their only station is dated by a 2020 quarter
  const rest = shA.slice(84);
  const vPend = rest[0];
  const vSept = rest[1];
  const second = cov[10];
  const q3 = cov[20];
  const fullName = cov[30];
  const stations = [];
  cov.forEach((v, j) => {
    let op;
    let cell;
    if (quarterOnly.includes(v)) {
      op = ["2020-11-15", "2020-12-10", "2020-10-20"][quarterOnly.indexOf(v)];
      cell = quarterText(op);
      op = quarterEnd(op);
    } else {
      op = randIsoBetween("2020-06-15", "2021-08-20");
      if (j === 40) op = CUT;
      cell = null;
    }
    stations.push({ v, op, cell });
  });
  stations.push({ v: second, op: randIsoBetween("2021-03-01", "2021-08-10"), cell: null, note: "本村第二个站点（益农信息社）" });
  stations.push({ v: q3, op: "2021-09", cell: "2021年第三季度", note: "本村第二个站点，三季度挂牌" });
  stations.push({ v: vPend, op: null, cell: "未挂牌（筹建中）", note: "场地装修中" });
  stations.push({ v: vSept, op: "2021-09-08", cell: null, note: null });
  const commSt = comms[7];
  stations.push({ v: commSt, op: randIsoBetween("2020-12-01", "2021-06-30"), cell: null, note: "社区电商服务点" });
  const tIdx = Object.fromEntries(TOWNS.map(([t], j) => [t, j]));
  const sRows = [["番禺区村级电子商务服务站点台账"], ["（区商务局电商股　更新至2021年9月10日；按镇（街）分块，挂牌时间以授牌记录为准）"],
    ["序号", "站点名称", "所在村（社区）", "详细地址", "站长", "联系电话", "挂牌时间", "备注"]];
  const sMerges = ["A1:H1", "A2:H2"];
  let sq = 0;
  let fi = 0;
  TOWNS.forEach(([t], ti) => {
    const here = stations.filter((s) => townOf[s.v] === t).sort((a, b) => cmp(String(a.op), String(b.op)));
    if (here.length === 0) return;
    sRows.push([`${CN_NUM[ti + 1]}、${t}`, null, null, null, null, null, null, null]);
    sMerges.push(`A${sRows.length}:H${sRows.length}`);
    here.forEach((s, k) => {
      const isComm = !adminSet.has(s.v);
      let vcell = s.v;
      if (s.v === fullName) vcell = `${short(s.v)}村民委员会`;
      else if (!isComm && k % 4 === 2) vcell = `${s.v}委会`;
      let dcell = s.cell;
      if (dcell === null) dcell = s.op === CUT ? "2021年8月31日" : dateCell(s.op, fi++);
      const name = isComm ? `${short(s.v)}社区电商服务点` : s.note && s.note.includes("益农") ? `${short(s.v)}村益农信息社` : `${short(s.v)}村电商服务站`;
      sRows.push([++sq, name, vcell, `广州市番禺区${t}${short(s.v)}${isComm ? "社区" : "村"}${rint(1, 88)}号`, personName(), mask(phone()), dcell, s.note || null]);
    });
    sRows.push([null, "小计", `${here.length}个`, null, null, null, null, null]);
  });
  sRows.push([null, "合计", `${stations.length}个`, null, null, null, null, null]);
  sRows.push(["注：挂牌时间只登记到季度的，为当季统一授牌、未逐站记录日期。", null, null, null, null, null, null, null]);
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  const opened = (s) => s.op !== null && s.op <= CUT;
  const covered = new Set(stations.filter((s) => adminSet.has(s.v) && opened(s)).map((s) => s.v));
  const withoutQuarter = new Set(stations.filter((s) => adminSet.has(s.v) && opened(s) && !quarterOnly.includes(s.v)).map((s) => s.v));
  assert(covered.size === 84 && ratioGE(84, 120, 70) && !ratioGE(83, 120, 70), "c1 84/120 = 70.0% → 5");
  assert(withoutQuarter.size === 81, "c1 without the quarter rows 81/120 = 67.5% → 2");
  assert(stations.some((s) => s.op === CUT), "c1 a station on the cut-off day");

  // ---------------- 培训人次统计: 镇（街） × month
  const MONTHS = monthsBetween("2020-09", "2021-09");
  const ROWS_T = TOWNS.map(([t]) => t).concat(["区级专场（电商中心）"]);
  const cells = ROWS_T.map(() => MONTHS.map(() => 0));
  // sessions: each a (row, month, person-times)
  for (let k = 0; k < 46; k++) {
    const r = rint(0, ROWS_T.length - 1);
    const m = rint(0, MONTHS.length - 2);
    cells[r][m] += rint(60, 150);
  }
  const preSum = () => sum(cells.map((row) => sum(row.slice(0, 12))));
  // adjust to exactly 4,986 person-times by the end of August
  let diff = 4986 - preSum();
  for (let j = 0; diff !== 0; j++) {
    const r = j % ROWS_T.length;
    const m = (j * 5) % 12;
    if (cells[r][m] === 0) continue;
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 15);
    if (cells[r][m] + st < 30) continue;
    cells[r][m] += st;
    diff -= st;
  }
  cells[1][12] = 126;
  cells[4][12] = 98;
  cells[10][12] = 215;
  const ptPre = preSum();
  const ptSep = sum(cells.map((row) => row[12]));
  assert(ptPre === 4986 && ptSep === 439, "c1 4,986 by August, 439 in September");
  assert(ptPre * 1000 >= 500000 * 8 && !ratioGE(ptPre, 500000, 1) && ratioGE(ptPre + ptSep, 500000, 1), "c1 0.997% → 8; with September → 10");
  const tRows = [["番禺区农村电商培训人次统计表（按镇街、按月）"], ["单位：人次　　（按各期签到表汇总；空白为当月该镇街未开班）"],
    ["镇（街）"].concat(["2020年"], Array(3).fill(null), ["2021年"], Array(8).fill(null), ["合计"]),
    [null].concat(MONTHS.map((m) => `${Number(m.slice(5))}月`), [null])];
  const tMerges = ["A1:O1", "A2:O2", "A3:A4", "B3:E3", "F3:N3", "O3:O4"];
  ROWS_T.forEach((t, r) => {
    const row = [t].concat(cells[r].map((x) => (x === 0 ? null : x)), [sum(cells[r])]);
    if (r === 5) {
      const m = cells[r].findIndex((x, k) => x > 0 && k < 12);
      row[1 + m] = fullWidth(String(cells[r][m]));
    }
    tRows.push(row);
  });
  tRows.push(["合计"].concat(MONTHS.map((_, m) => sum(cells.map((row) => row[m]))), [ptPre + ptSep]));
  tRows.push([`注：2021年9月为1日至10日数；“区级专场”为区电商公共服务中心直接组织的培训。`]);
  tMerges.push(`A${tRows.length}:O${tRows.length}`);
  assert(MONTHS.length === 13 && tRows[3].length === 15, "c1 training grid width");

  // ---------------- 入驻企业变动登记 (a change log)
  const REGION = "440113";
  const F = [["广州番禺湾区优选电子商务有限公司", "平台型"], ["广州市番禺区禺品汇网络科技有限公司", "平台型"], ["广州市番禺区鲜果记电子商务有限公司", "销售型"],
    ["广州市番禺区莲花山农产品网店", "销售型"], ["广州市番禺区沙湾姜撞奶食品商行", "销售型"], ["广州市番禺区化龙鲜花电子商务有限公司", "销售型"],
    ["广州禺创电商运营有限公司", "电商运营商"], ["广州市番禺区星火代运营服务部", "电商运营商"], ["广州市番禺区速达物流有限公司", "物流企业"],
    ["广州市番禺区冷链通仓储有限公司", "物流企业"], ["广州市番禺区南村直播传媒有限公司", "直播机构"], ["广州市番禺区岭南包装设计有限公司", "设计服务"],
    ["广州市番禺区石楼莲藕电商商行", "销售型"], ["广州市番禺区钟村家禽网店", "销售型"], ["广州番禺跨境优选贸易有限公司", "平台型"],
    ["广州市番禺区数农电商服务有限公司", "电商运营商"], ["广州市番禺区大石渔家电子商务有限公司", "销售型"], ["广州市番禺区新造番石榴网店", "销售型"],
    ["广州市番禺区湾区供应链管理有限公司", "物流企业"], ["广州市番禺区优农电子商务有限公司", "销售型"], ["广州市番禺区禺山农业科技有限公司", "销售型"],
    ["广州市番禺区南沙头果蔬电商商行", "销售型"]].map(([n, t]) => ({ n, t, code: creditCode(REGION) }));
  assert(F.length === 22, "c1 22 firms");
  const EV = [];
  const entryDates = Array.from({ length: 22 }, () => randIsoBetween("2020-08-01", "2021-08-25")).sort();
  F.forEach((f, j) => EV.push({ d: entryDates[j], kind: "入驻", f, name: f.n, type: f.t, note: j === 0 ? "首批入驻" : null }));
  // three firms leave before the cut-off, one leaves and comes back, one leaves in September
  const outs = [F[3], F[9], F[13]];
  outs.forEach((f, j) => {
    const d = ["2021-03-19", "2021-06-30", "2021-07-26"][j];
    assert(EV.find((e) => e.f === f).d < d, "c1 exit after entry");
    EV.push({ d, kind: "退出", f, name: f.n, type: f.t, note: ["经营调整，退园", "租期届满不续租", "迁往南沙"][j] });
  });
  const back = F[5];
  assert(EV.find((e) => e.f === back).d < "2021-01-15", "c1 back firm entered early");
  EV.push({ d: "2021-01-15", kind: "退出", f: back, name: back.n, type: back.t, note: "装修暂时迁出" });
  EV.push({ d: "2021-05-06", kind: "入驻", f: back, name: back.n, type: back.t, note: "装修完成，重新入驻（原房号）" });
  const sepOut = F[16];
  EV.push({ d: "2021-09-15", kind: "退出", f: sepOut, name: sepOut.n, type: sepOut.t, note: "9月退园" });
  const renamed = F[2];
  const newName = "广州禺鲜供应链科技有限公司";
  EV.push({ d: "2021-04-20", kind: "更名", f: renamed, name: newName, type: renamed.t, note: `原名“${renamed.n}”，信用代码不变` });
  const retyped = F[7];
  EV.push({ d: "2021-03-02", kind: "类型变更", f: retyped, name: retyped.n, type: "直播机构", note: "业务转为直播运营，类型由电商运营商改为直播机构" });
  assert(EV.find((e) => e.f === retyped && e.kind === "入驻").d < "2021-03-02", "c1 retyped firm entered before its type change");
  const late = { n: "广州市番禺区新禺直播电商有限公司", t: "直播机构", code: creditCode(REGION) };
  EV.push({ d: "2021-09-06", kind: "入驻", f: late, name: late.n, type: late.t, note: null });
  EV.sort((a, b) => cmp(a.d, b.d));
  const eRows = [["番禺区电子商务产业园入驻企业变动登记"], ["（园区运营中心登记；“变动类型”：入驻、退出、更名、类型变更）"],
    ["序号", "变动日期", "变动类型", "企业名称", "统一社会信用代码", "企业类型", "说明"]];
  EV.forEach((e, j) => eRows.push([j + 1, dateCell(e.d, j + 3), e.kind, e.name, e.f.code, e.type, e.note]));
  // who is in the park at the cut-off: the last event on or before it
  const state = new Map();
  for (const e of EV.filter((x) => x.d <= CUT)) {
    if (e.kind === "入驻") state.set(e.f.code, { in: true, type: e.type });
    else if (e.kind === "退出") state.set(e.f.code, { in: false, type: e.type });
    else if (state.has(e.f.code)) state.get(e.f.code).type = e.type;
  }
  const inPark = [...state.entries()].filter(([, s]) => s.in);
  const inTypes = new Set(inPark.map(([, s]) => s.type));
  assert(inPark.length === 19, "c1 19 firms in the park at the cut-off " + inPark.length);
  assert(["平台型", "销售型", "电商运营商", "物流企业"].every((t) => inTypes.has(t)), "c1 four types");

  // ---------------- 资金支付审批登记
  const PAY = [
    ["2020-08-20", "2020-09-04", "广州禺创电商运营有限公司", "区电商公共服务中心建设首期款", 780000, 780000, "已支付"],
    ["2020-10-12", "2020-10-23", "中国邮政集团有限公司广州市番禺区分公司", "村级站点建设首期款", 520000, 520000, "已支付"],
    ["2020-11-30", null, "广州市番禺区职业技能培训学校", "第一期培训服务费", 168000, null, "退回修改"],
    ["2020-12-08", "2020-12-22", "广州市番禺区职业技能培训学校", "第一期培训服务费（重新提交）", 162000, 162000, "已支付"],
    ["2021-01-18", "2021-02-02", "广州市番禺区速达物流有限公司", "镇村物流配送体系建设首期款", 360000, 360000, "已支付"],
    ["2021-03-15", "2021-03-29", "广州禺创电商运营有限公司", "区电商公共服务中心建设进度款", 540000, 540000, "已支付"],
    ["2021-04-26", "2021-05-11", "中国邮政集团有限公司广州市番禺区分公司", "村级站点建设进度款", 430000, 408500, "已支付"],
    ["2021-06-07", "2021-06-21", "广州市番禺区岭南包装设计有限公司", "农产品品牌设计及推广服务费", 236000, 236000, "已支付"],
    ["2021-07-05", "2021-07-19", "广州市番禺区职业技能培训学校", "第二期培训服务费", 174000, 174000, "已支付"],
    ["2021-08-16", "2021-08-31", "广州市番禺区冷链通仓储有限公司", "冷链及溯源系统建设首期款", 340000, 340000, "已支付"],
    ["2021-08-23", null, "广州市番禺区数农电商服务有限公司", "公共信息服务平台建设款", 210000, null, "审批中"],
    ["2021-08-25", "2021-09-03", "广州市番禺区速达物流有限公司", "镇村物流配送体系建设进度款", 240000, 240000, "已支付"],
  ];
  const pRows = [["番禺区省级电子商务进农村综合示范专项资金支付审批登记表"], ["单位：元　　（“实付金额”以国库集中支付回单为准）"],
    ["审批单号", "申请日期", "收款单位", "支付内容", "申请金额", "审批状态", "国库支付日期", "实付金额", "备注"]];
  PAY.forEach(([ad, pd, who, what, req, paid, st], j) => {
    const note = req !== paid && paid ? `扣质保金${fmtInt(req - paid)}元` : st === "审批中" ? "待区财政局审核" : st === "退回修改" ? "附件不全退回" : pd && pd > CUT ? "9月支付" : null;
    pRows.push([`PY-${String(j + 1).padStart(3, "0")}`, j % 3 === 0 ? D(ad) : dotDate(ad), who, what, j % 4 === 1 ? fmtMoney(req) : req, st,
      pd === null ? null : pd === CUT ? "2021年8月31日" : j % 2 ? D(pd) : slashDate(pd), paid === null ? null : paid, note]);
  });
  pRows.push(["合计", null, null, null, sum(PAY.map((p) => p[4])), null, null, sum(PAY.map((p) => p[5] || 0)), null]);
  const pMerges = ["A1:I1", "A2:I2", `A${pRows.length}:D${pRows.length}`];
  const spentPre = sum(PAY.filter((p) => p[1] && p[1] <= CUT).map((p) => p[5]));
  const spentNoLast = sum(PAY.filter((p) => p[1] && p[1] < CUT).map((p) => p[5]));
  assert(spentPre === 3520500, "c1 paid by the cut-off " + spentPre);
  const lastDayPay = spentPre - spentNoLast;
  assert(ratioGE(spentPre, 5000000, 70) && !ratioGE(spentNoLast, 5000000, 70), "c1 70.4% → judged; without the 8月31日 payment 63.6% → −5");

  // ---------------- 专栏网页（复制）
  const upd = [];
  for (const m of monthsBetween("2020-06", "2021-09")) {
    if (m === "2021-02") continue;
    const [y, mo] = m.split("-").map(Number);
    upd.push({ d: `${m}-${String(rint(3, Math.min(26, lastDay(y, mo)))).padStart(2, "0")}`, t: `番禺区电子商务进农村综合示范项目建设进度（${cnMonth(monthsBetween("2020-01", m).slice(-2)[0])}）` });
  }
  upd.push({ d: "2020-06-15", t: "番禺区电子商务进农村综合示范创建实施方案" });
  upd.push({ d: "2020-07-08", t: "番禺区电子商务进农村综合示范项目基本信息公示" });
  upd.push({ d: "2020-11-20", t: "关于番禺区电子商务公共服务中心建设项目中标结果的公示" });
  upd.push({ d: "2021-03-16", t: "番禺区促进农村电子商务发展扶持办法（政策解读）" });
  upd.push({ d: "2021-05-20", t: "2021年第二批村级电商服务站点名单公示" });
  upd.push({ d: "2020-09-10", t: "番禺区电子商务进农村综合示范工作领导小组成员名单" });
  upd.push({ d: "2020-12-18", t: "番禺区电子商务公共服务中心正式投入运营" });
  upd.push({ d: "2021-01-22", t: "番禺区第一批村级电商服务站点名单公示" });
  upd.push({ d: "2021-04-08", t: "关于征集农村电商培训需求的通知" });
  upd.push({ d: "2021-06-30", t: "番禺区电子商务进农村综合示范项目中期绩效情况" });
  upd.push({ d: "2021-08-12", t: "番禺区农村电商直播大赛获奖名单" });
  upd.sort((a, b) => cmp(b.d, a.d));
  const per = 10;
  const pages = Math.ceil(upd.length / per);
  const wRows = [["番禺区人民政府门户网站 > 专题专栏 > 电子商务进农村综合示范"], ["栏目导航：创建方案 | 项目信息 | 建设进度 | 政策文件 | 监督举报（区商务局 020-8482××××）"], [null, null]];
  for (let p = 0; p < pages; p++) {
    upd.slice(p * per, (p + 1) * per).forEach((u) => wRows.push([`· ${u.t}`, p === 0 ? `[${u.d}]` : u.d]));
    const nav = ["首页", "上一页"].concat(Array.from({ length: pages }, (_, k) => String(k + 1)), ["下一页", "尾页"]).join(" ");
    wRows.push([`共${upd.length}条　每页${per}条　${nav}　当前第${p + 1}/${pages}页`, null]);
    if (p < pages - 1) wRows.push([null, null]);
  }
  wRows.push([null, null]);
  wRows.push(["（电商股2021年9月12日从区政府网复制，三页）", null]);
  const updMonths = new Set(upd.filter((u) => u.d <= CUT).map((u) => ym(u.d)));
  assert(WINDOW.filter((w) => !updMonths.has(w)).join() === "2021-02", "c1 column updated every month but February 2021");
  assert(pages === 3, "c1 three pages");

  // ---------------- 月报报送登记
  const rRows = [["番禺区向广州市商务局报送电商进农村工作月报登记"], ["序号", "报送月份", "报送日期", "报送方式", "接收人", "含扶贫统计", "备注"]];
  let rk = 0;
  for (const m of monthsBetween("2020-08", "2021-08")) {
    const next = monthsBetween(m, "2021-12")[1];
    const d = `${next}-${String(rint(2, 9)).padStart(2, "0")}`;
    rRows.push([++rk, cnMonth(m), rk % 3 === 0 ? D(d) : rk % 3 === 1 ? twoDot(d) : slashDate(d), rk % 2 ? "粤政易" : "电子邮件", "市商务局电商处", m >= "2020-09" ? "是" : "否", null]);
  }
  const repMonths = new Set(monthsBetween("2020-08", "2021-08").map((m) => monthsBetween(m, "2021-12")[1]));
  assert(WINDOW.every((w) => repMonths.has(w)), "c1 reports every month");

  // ---------------- 宣传报道 + 经验材料 (two tables on one sheet)
  const MEDIA = [["2020-12-20", "番禺日报", "区级", "报纸", "番禺首批村级电商服务站授牌", "否"],
    ["2021-04-15", "南方日报", "省级", "报纸", "番禺：电商进村，莲藕卖到大湾区", "否"],
    ["2021-06-18", "广东广播电视台《广东新闻联播》", "省级", "电视", "番禺脱贫户直播卖姜撞奶，电商帮扶见实效", "是"],
    ["2021-07-02", "番禺电视台《番禺新闻》", "区级", "电视", "电商中心免费培训进镇街", "否"],
    ["2021-09-10", "广州电视台《广州新闻》", "市级", "电视", "番禺电商进农村示范创建成果", "否"]];
  const mRows = [["番禺区电子商务进农村宣传报道及经验材料报送登记"], ["一、宣传报道"], ["序号", "发布日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"]];
  const mMerges = ["A1:G1", "A2:G2"];
  MEDIA.forEach((x, j) => mRows.push([j + 1, j % 2 ? cnDate(x[0]) : D(x[0]), x[1], x[2], x[3], `《${x[4]}》`, x[5]]));
  mRows.push([null, null, null, null, null, null, null]);
  mRows.push(["二、经验材料报送"]);
  mMerges.push(`A${mRows.length}:G${mRows.length}`);
  mRows.push(["序号", "报送日期", "材料名称", "报送对象", "报送方式", null, null]);
  mRows.push([1, "2021.6.28", "《番禺区“电商＋岭南特产”助农增收经验做法》", "广州市商务局", "公文交换", null, null]);
  mRows.push([2, "2021.9.8", "《番禺区电子商务进农村综合示范创建工作总结》", "广东省商务厅", "公文交换", null, null]);

  // ---------------- 部门确认函（facts）
  const LW = 6;
  const lRows = [["番禺区电子商务进农村综合示范考评数据部门确认函汇编"], ["（区商务局电商股汇编，2021年9月8日；各函原件存档，考评数据截至2021年8月31日）"], padRow([], LW)];
  const lMerges = ["A1:F1", "A2:F2"];
  const pop = 2658414;
  const R19 = 8642;
  const R20 = 10973;
  const A19 = 436;
  const A20 = 581;
  assert(pct1(R20 - R19, R19) === "27.0%" && pct1(A20 - A19, A19) === "33.3%", "c1 growth texts");
  assert(!(R20 * 10 >= R19 * 13) && A20 * 10 >= A19 * 13, "c1 rural < 30%, agri ≥ 30%");
  letterBlock(lRows, lMerges, LW, {
    label: "（一）番禺区人民政府办公室", title: "关于调整番禺区电子商务进农村综合示范工作领导小组成员的通知（摘录）", no: "番府办函〔2021〕18号",
    to: "各镇人民政府、各街道办事处，区政府各部门：",
    body: ["因人事变动，经区政府同意，调整区电子商务进农村综合示范工作领导小组如下：",
      "组　长：区委副书记、区长", "副组长：副区长（分管商务）",
      "成　员：区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监督管理局、区邮政管理局主要负责同志",
      "领导小组办公室设在区商务局。"],
    sign: "番禺区人民政府办公室", date: "2021年3月5日",
  });
  letterBlock(lRows, lMerges, LW, {
    label: "（二）番禺区统计局", title: "关于提供常住人口及网络零售额数据的复函", no: "番统函〔2021〕46号", to: "区商务局：",
    body: [`来函收悉。根据第七次全国人口普查结果，番禺区常住人口为${fmtInt(pop)}人（户籍人口107.11万人）。`, "省商务厅提供的我区网络零售额数据如下："],
    table: [["指标", "计量单位", "2019年", "2020年", "同比增长", "数据来源"],
      ["农村网络零售额", "亿元", (R19 / 100).toFixed(2), (R20 / 100).toFixed(2), pct1(R20 - R19, R19), "省商务厅"],
      ["农产品网络零售额", "亿元", (A19 / 100).toFixed(2), (A20 / 100).toFixed(2), pct1(A20 - A19, A19), "省商务厅"]],
    after: ["特此函复。"], sign: "番禺区统计局", date: "2021年9月2日",
  });
  letterBlock(lRows, lMerges, LW, {
    label: "（三）番禺区民政局", title: "关于我区村（居）民委员会数量的复函", no: "番民函〔2021〕112号", to: "区商务局：",
    body: [`截至2021年6月30日，我区共有村民委员会${admin.length}个、社区居民委员会${comms.length}个（名单见附件，即本汇编《村居名单》表）。`],
    sign: "番禺区民政局", date: "2021年9月1日",
  });
  letterBlock(lRows, lMerges, LW, {
    label: "（四）番禺区农业农村局（区乡村振兴局）", title: "关于我区省定贫困村及相对贫困人口电商培训情况的复函", no: null, to: "区商务局：",
    body: ["一、我区无省定贫困村。", "二、经核对帮扶系统，全区有劳动能力的相对贫困人口（建档立卡，不含外出务工人员）共215人；另有外出务工64人，未计入。",
      "三、上述215人中，截至2021年8月31日参加过电商培训的129人（按身份证号去重，一人参加多期按1人计）。",
      "四、我局每月向区商务局提供相对贫困人口参加电商培训情况，由区商务局随月报报市商务局。"],
    sign: "番禺区农业农村局", date: "2021年9月3日",
  });
  letterBlock(lRows, lMerges, LW, {
    label: "（五）番禺区财政局", title: "关于省级电子商务进农村综合示范专项资金拨付情况的复函", no: "番财函〔2021〕301号", to: "区商务局：",
    body: ["一、省财政下达我区电子商务进农村综合示范专项资金500万元。",
      `二、截至2021年8月31日，已通过国库集中支付拨付${fmtMoney(spentPre)}元；9月3日拨付的240,000.00元不在考评期内。`,
      "三、我局会同区商务局制定了《番禺区电子商务进农村综合示范专项资金管理办法》，各承建单位均建立了专项资金专用台账。"],
    sign: "番禺区财政局", date: "2021年9月6日",
  });
  letterBlock(lRows, lMerges, LW, {
    label: "（六）番禺区邮政管理局", title: "关于我区行政村快递服务通达情况的证明", no: null, to: "区商务局：",
    body: [`经核查，截至2021年8月31日，我区${admin.length}个行政村均已实现快递服务通达，通达率100%。`],
    sign: "番禺区邮政管理局", date: "2021年8月31日",
  });
  letterBlock(lRows, lMerges, LW, {
    label: "（七）番禺区政务服务数据管理局", title: "关于区政府门户网站“电子商务进农村综合示范”专栏设置情况的说明", no: null, to: "区商务局：",
    body: ["区政府门户网站“专题专栏”下设“电子商务进农村综合示范”专栏（2020年6月开设），设创建方案、项目信息、建设进度、政策文件四个子栏目，并在专栏页面设“监督举报”入口（区商务局电话、邮箱）。",
      "专栏内容由区商务局负责更新，我局负责技术保障。"],
    sign: "番禺区政务服务数据管理局", date: "2021年9月2日",
  });
  letterBlock(lRows, lMerges, LW, {
    label: "（八）广州禺创电商运营有限公司（区电商公共服务中心运营单位）", title: "关于番禺区电子商务公共服务中心运营情况的说明", no: null, to: "番禺区商务局：",
    body: ["我司为区商务局公开招标确定的第三方电商运营服务商，负责区电子商务公共服务中心及番禺区电商产业园（整合原禺山电商园）的运营。",
      "中心于2020年11月2日试运营，2020年12月18日经区商务局验收后正式投入运营。",
      "中心设培训室一间（120座，配电脑和直播设备），免费开展电商基础培训；设农特产品展示馆，免费展示、代销特色农产品；组织“番禺好礼”区域品牌统一推广并指导企业品牌建设；提供代办证照、融资对接、物流对接等增值服务。",
      "摄影棚和美工服务按件收费（入驻企业八折），未免费提供。"],
    sign: "广州禺创电商运营有限公司", date: "2021年9月1日",
  });
  // the bureau's own page: plan, policy, progress, vetoes, judged points and claimed points
  const IND = [["组织领导", 2, 2], ["方案制定", 2, 2], ["政策支持", 2, 1], ["项目管理", 4, 3], ["服务体系建设（县级中心与产业园）", 15, 15],
    ["服务体系建设（村级站点覆盖）", 10, 10], ["农村产品上行", 10, 9], ["电商人才培训", 20, 20], ["信息公开", 4, 4], ["数据上报", 6, 6],
    ["案例总结", 2, 2], ["经验推广", 8, 5], ["制度建立", 5, 4], ["资金台账", 5, 4], ["资金支出", 5, 4]];
  const BON = [["加分项：贫困人口培训率≥70%", 2, 0], ["加分项：电商扶贫典型案例电视播报", 2, 1]];
  lRows.push(padRow(["（九）番禺区商务局（本局情况及自评，2021年9月7日局务会审定）"], LW));
  lMerges.push(`A${lRows.length}:F${lRows.length}`);
  for (const p of ["1．《番禺区电子商务进农村综合示范实施方案》已由区政府办公室正式印发（番府办〔2020〕23号）。",
    "2．已出台《番禺区促进农村电子商务发展扶持办法》（番商务〔2021〕5号）。",
    "3．截至2021年8月31日，项目总体进度87%。", "4．示范创建期间未发生安全生产、质量事故，未造成重大经济损失和不良社会影响；无弄虚作假。"]) {
    lRows.push(padRow([p], LW));
    lMerges.push(`A${lRows.length}:F${lRows.length}`);
  }
  lRows.push(["序号", "评价指标", "分值", "自评分", "主观评分项（分项自评）", null]);
  lMerges.push(`E${lRows.length}:F${lRows.length}`);
  const SUBJ = { 1: "方案制定2分", 2: "政策支持1分", 3: "项目管理制度2分、工作台账1分", 6: "网销调研2分、网络促销2分、交易标准与冷链溯源1分",
    12: "资金管理制度4分", 13: "资金台账4分", 14: "资金及时拨付4分" };
  IND.forEach((x, j) => {
    lRows.push([j + 1, x[0], x[1], x[2], SUBJ[j] || null, null]);
    lMerges.push(`E${lRows.length}:F${lRows.length}`);
  });
  BON.forEach((x, j) => {
    lRows.push([IND.length + j + 1, x[0], x[1], x[2], null, null]);
    lMerges.push(`E${lRows.length}:F${lRows.length}`);
  });
  const claimedSum = sum(IND.map((x) => x[2]));
  lRows.push([null, "合计", 100, `${claimedSum}＋${sum(BON.map((x) => x[2]))}`, null, null]);
  lMerges.push(`E${lRows.length}:F${lRows.length}`);
  assert(claimedSum === 91, "c1 claimed 91 " + claimedSum);

  // ---------------- points
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 1,
    "work.center": 2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + 0 + 1, "work.coverage": 5 + 5, "work.upward": 2 + 2 + 1 + 1 + 1 + 2,
    "work.training": 8 + 10, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(ratioGE(129, 215, 50) && !ratioGE(129, 215, 70), "c1 60% poor training");
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 85 && bonus === 1, "c1 total " + scored);
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = IND[j][2]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 1;
  const derivation = [
    "org.leadership: 确认函（一）区政府办函：组长“区委副书记、区长”（主要领导），成员有区商务局、区财政局、区农业农村局、区乡村振兴局 → 2",
    "org.plan: （九）本局自评表主观分项“方案制定2分”（方案已由区政府办印发） → 2",
    "org.policy: “政策支持1分” → 1",
    "org.management: “项目管理制度2分、工作台账1分” → 3",
    `work.center: 运营单位函（八）：2020年11月2日试运营、2020年12月18日正式投入运营 → 建成2；≤2021-02-28，运行满6个月 → 2；免费培训2、免费展示销售1；摄影美工按件收费、未免费 → 0；品牌推广1、其他增值服务1；运营番禺区电商产业园 → 2；入驻企业变动登记：截至8月31日在园的按信用代码算19家（22家入驻，3家8月31日前退出；“${back.n}”1月迁出、5月重新入驻只算1家；“${newName}”是更名行、信用代码同“${renamed.n}”，不是新企业；“${sepOut.n}”9月15日才退出，8月31日还在园；“${late.n}”9月6日入驻不算） → 19 < 20 → 0；在园企业有平台型、销售型、电商运营商、物流企业 → 1；合计12（自评15）`,
    `work.coverage: 村居名单按镇街分列，上表村民委员会${admin.length}个（下表社区居民委员会${comms.length}个不算），基数120；站点台账按镇街分块，截至8月31日有站的行政村84个（“2020年第四季度”三行按2020年12月读、都算，这三个村没有别的站；一站“2021年8月31日”挂牌当天算；“${short(fullName)}村民委员会”即${fullName}；“${second}”两个站只算一次；“${q3}”的第二站“2021年第三季度”读作2021年9月、不算，但该村另有站；“${vPend}”只有“未挂牌（筹建中）”、“${vSept}”只有9月8日挂牌的站，都不算；社区站点不算） → 84/120 = 70.0% ≥ 70% → 5（季度行不读就是81/120 = 67.5% → 2）；民政局函和名单都写无省定贫困村 → 5（提示）；合计10`,
    `work.upward: 网销调研2、网络促销2；运营单位是公开招标的第三方运营服务商 → 1；村居名单没有快递列，按区邮政管理局证明“行政村通达率100%” → 1；交易标准与冷链溯源1；统计局复函：农村网络零售额86.42亿→109.73亿元增长27.0%（不到30%），农产品网络零售额4.36亿→5.81亿元增长33.3% ≥ 30% → 2；合计9`,
    `work.training: 培训人次按镇街×月份统计，只加2020年9月—2021年8月12列（“2021年9月”列439人次和含9月的“合计”列、合计行都不算；一格全角数字）：${fmtInt(ptPre)}人次；常住人口${fmtInt(pop)}人封顶500,000 → 0.997% → 8（连9月是${fmtInt(ptPre + ptSep)}人次、1.08%）；农业农村局复函：有劳动能力不含外出务工215人，截至8月31日参训129人 → 60.0% → 10；合计18（自评20）`,
    "info.disclosure: 政数局说明：专栏有创建方案、项目信息、建设进度子栏目和监督举报入口 → 2；专栏网页三页（倒序、每页末尾是翻页行）：2020年9月—2021年8月除2021年2月外每月都有更新 → 不定时 → 1；合计3（自评4）",
    "info.reporting: 月报登记2020年8月—2021年8月月报的报送日期落在2020年9月—2021年8月每个月（报送日期有“yy.m.d”两位年份写法） → 3；2020年9月起月报“含扶贫统计：是”，农业农村局函也说每月提供 → 3；合计6",
    "promo.cases: 同表“二、经验材料报送”2021.6.28报广州市商务局 → 2（9月8日报省厅的在截止日后）",
    "promo.media: 截止日前：南方日报、广东广播电视台（省级） → 4；番禺日报、番禺电视台（区级） → 1；广州电视台（市级）2021年9月10日不算 → 5",
    "fund.system: 资金管理制度4 → 4",
    "fund.ledger: 资金台账4 → 4",
    `fund.spending: 支付审批登记只算“已支付”且国库支付日期≤8月31日的“实付金额”（退回修改、审批中两行没有支付；一笔扣质保金按实付408,500元；9月3日支付的不算；合计行不是支付）：${fmtMoney(spentPre)}元 ÷ 5,000,000 = 70.4% ≥ 70% → 资金及时拨付自评4 → 4（8月31日那笔${fmtInt(lastDayPay)}元要算，漏了就是${pct1(spentNoLast, 5000000)} → −5）；与财政局复函一致`,
    "bonus.poorTraining: 129/215 = 60.0% < 70% → 0",
    "bonus.tvCase: 广东广播电视台《广东新闻联播》播出电商扶贫典型案例（省级电视） → 1",
    "veto.incident: 本局情况第4条：未发生安全生产、质量事故 → 不否决",
    "veto.progress: 总体进度87% ≥ 40% → 不否决",
    "veto.fraud: 无弄虚作假 → 不否决",
  ];
  return {
    description:
      `广州番禺区商务局整本考评工作簿（9个表），85＋加分1＝86分、未否决（自评91＋1）：事实不在填报表里，而在电商股汇编的《部门确认函》——区政府办（领导小组调整通知摘录）、统计局（复函内嵌一张2019/2020年网零小表）、民政局、农业农村局、财政局、邮政管理局、政数局、中心运营单位的函件一封一块上下排（块标题、函名、文号、称谓、正文一段一行、落款和日期），最后是本局情况和自评分小表；村居名单按镇街一列一镇、上下两张表（村委会／社区）；站点台账按镇街分块带小计行，三个村的站只写“2020年第四季度”（算上才是84/120=70.0%），一站8月31日挂牌、一站“2021年第三季度”；培训是镇街×月份人次表（有9月列和合计列）；入驻企业是变动登记（入驻、退出、更名、类型变更、退出后重新入驻，在园19家）；资金是支付审批登记（申请日期与国库支付日期、申请金额与实付金额、退回修改和审批中行）；专栏是从区政府网复制的三页标题列表（带翻页行，缺2021年2月）；月报登记；宣传报道下面接经验材料小表。`,
    sheets: [
      { name: "部门确认函", rows: lRows, merges: lMerges },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "培训人次统计", rows: tRows, merges: tMerges },
      { name: "入驻企业变动登记", rows: eRows, merges: ["A1:G1", "A2:G2"] },
      { name: "资金支付审批登记", rows: pRows, merges: pMerges },
      { name: "专栏网页（复制）", rows: wRows, merges: [] },
      { name: "月报报送登记", rows: rRows, merges: ["A1:G1"] },
      { name: "宣传及经验材料", rows: mRows, merges: mMerges },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 惠州惠城区: the 区委深改办 reform-task ledger, facts in the 进展情况 sentences
// =====================================================================================================
function buildF1() {
  // [改革任务 group, 具体举措, 牵头, 配合, 完成时限, 成果形式, 进展情况, 完成状态, 指标 key]
  const G = [
    ["一、健全示范创建工作机制", [
      ["成立由区政府主要领导任组长的示范创建领导小组，统筹推进创建工作", "区商务局", "区府办", "2020年6月底前", "领导小组成立文件",
        "2020年6月印发《关于成立惠城区电子商务进农村综合示范工作领导小组的通知》（惠城府办函〔2020〕41号）：区委副书记、区长任组长，分管副区长任副组长，成员单位为区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局和惠城邮政分公司。", "已完成", "lead"],
      ["制定因地制宜、可操作的示范创建实施方案", "区商务局", "各成员单位", "2020年5月底前", "区政府印发实施方案",
        "《惠城区电子商务进农村综合示范创建实施方案》已于2020年5月12日由区政府办公室正式印发。", "已完成", "plan"],
      ["在资金、场地、人才等方面出台农村电商扶持政策", "区商务局", "区财政局、区人社局", "2020年12月底前", "扶持政策文件",
        "2021年1月出台《惠城区促进农村电子商务发展若干措施》，场地租金减免已落实，人才奖励正在兑现。", "已完成", "policy"],
      ["建立项目管理制度和工作台账，严格建设、验收管理", "区商务局", "区财政局", "2020年9月底前", "管理制度、工作台账",
        "制定《惠城区电子商务进农村示范项目建设管理办法》，建设、验收按办法执行（管理制度自评2分）；工作台账已建立，站点视频等资料尚未归档完整（工作台账自评1分）。", "推进中", "mgmt"]]],
    ["二、完善农村电商公共服务体系", [
      ["建成区级电子商务公共服务中心，提供培训孵化、展示销售、品牌推广等服务", "区商务局", "第三方运营服务商", "2020年10月底前", "中心投入运营",
        "中心2020年9月28日起试运营，2020年11月26日正式投入运营，由公开招标确定的专业第三方惠州市惠城区电商运营服务有限公司运营；设免费培训室（60座、配电脑和直播设备），能开展电商基础培训；设农特产品展销厅，免费展示、销售特色农产品；免费提供产品摄影和美工设计；组织“惠城好物”区域品牌统一推广，指导企业品牌建设。", "已完成", "center"],
      ["拓展中心衍生增值服务（代办证照、融资对接、物流对接等）", "区商务局", "区市场监管局、人行惠城支行", "2021年6月底前", "增值服务清单",
        "受疫情影响，其他衍生增值服务尚未开展。", "未启动", "center"],
      ["整合建设区电商产业园，形成集聚效应", "区商务局", "江北街道", "2020年12月底前", "产业园挂牌运营",
        "整合原金山湖电商园建成惠城区电商产业园，截至8月31日入驻企业23家，含平台型、销售型、电商运营商、物流企业四类。", "已完成", "center"],
      ["推进村级电商服务站点建设，覆盖70%以上行政村和全部省定贫困村", "区商务局", "各镇（街道）", "2021年6月底前", "站点清单",
        "全区行政村（不含社区）118个，已建站点覆盖行政村89个，覆盖率75.4%；省定贫困村7个，全部建站。", "已完成", "coverage"]]],
    ["三、推动农村产品上行", [
      ["开展农产品网络销售调研，形成针对性建议", "区商务局", "区农业农村局", "2020年10月底前", "调研报告",
        "完成《惠城区农产品网络销售调研报告》并报市商务局（自评2分）。", "已完成", "up"],
      ["组织农产品网络促销活动", "区商务局", "各镇（街道）", "长期", "活动总结",
        "举办“惠城荔枝节”“年货节”线上促销，成效一般（自评1分）。", "已完成", "up"],
      ["整合物流资源，行政村快递覆盖率达到100%", "区交通运输局", "惠城邮政分公司", "2021年6月底前", "快递覆盖证明",
        "行政村快递覆盖率96.6%，尚有4个偏远村未通快递，正协调邮政代投。", "推进中", "up"],
      ["出台农产品电商交易标准，建设冷链、溯源系统", "区市场监管局", "区农业农村局", "2021年8月底前", "标准文本、系统",
        "出台梅菜、荔枝电商交易标准2项，冷链仓已建成，溯源系统推进中（自评1分）。", "推进中", "up"],
      ["提升农村网络零售额", "区商务局", "区统计局", "2021年12月底前", "统计数据",
        "据省商务厅数据，2020年全区农村网络零售额42.86亿元，同比增长18.4%；农产品网络零售额3.07亿元，同比增长31.2%。", "已完成", "up"]]],
    ["四、加强农村电商人才培训", [
      ["开展普及性电商培训，覆盖常住人口1%以上", "区商务局", "区人社局", "2021年8月底前", "培训台账",
        "全区常住人口150.36万人（七普），按50万人为基数计算；截至8月31日累计培训5,612人次，占1.12%。", "已完成", "train"],
      ["加大对建档立卡贫困户的培训力度，培训率达50%以上", "区商务局", "区乡村振兴局", "2021年8月底前", "参训贫困人口清单",
        "有劳动能力的建档立卡贫困人口（不含外出务工）1,286人，已参训672人（按身份证号去重），培训率52.3%。", "已完成", "train"]]],
    ["五、加强信息公开和数据报送", [
      ["在区政府网站设立示范创建公开专栏", "区商务局", "区政务服务数据管理局", "2020年7月底前", "专栏",
        "区政府网“电子商务进农村”专栏已公开创建方案、项目基本信息和建设进度；已开设征求意见窗口，监督举报窗口正在建设。", "推进中", "disc"],
      ["专栏按月更新项目建设进度", "区商务局", null, "长期", "专栏更新记录", "2020年9月以来每月更新项目建设进度。", "已完成", "disc"],
      ["每月向市商务局报送创建进展和统计数据", "区商务局", "区乡村振兴局", "长期", "月报",
        "每月5日前向惠州市商务局报送上月工作情况，月报附建档立卡贫困户电商培训及带动增收统计。", "已完成", "rep"]]],
    ["六、加强宣传推广", [
      ["总结提炼经验做法并报送市商务局", "区商务局", null, "2021年8月底前", "经验材料", "2021年7月向市商务局报送《惠城区“电商＋梅菜”助农经验》。", "已完成", "cases"],
      ["争取主流媒体宣传报道", "区商务局", "区委宣传部", "长期", "报道材料", "南方日报、惠州日报、惠州电视台、惠城融媒持续报道。", "已完成", "media"]]],
    ["七、加强专项资金管理", [
      ["制定专项资金管理制度", "区财政局", "区商务局", "2020年6月底前", "管理办法", "已制定《惠城区电子商务进农村综合示范专项资金管理办法》（自评4分）。", "已完成", "fsys"],
      ["承建单位建立资金专用台账", "区商务局", "各承建单位", "长期", "专用台账", "各承建单位均已建立资金专用台账（自评4分）。", "已完成", "fled"],
      ["按创建进度及时拨付资金", "区财政局", "区商务局", "2021年8月底前", "拨付凭证",
        "下达省级专项资金500万元，截至8月31日累计拨付381.26万元，支出率76.3%；项目总体进度85%（资金及时拨付自评4分）。", "推进中", "fspend"]]],
    ["八、守住安全和廉洁底线", [
      ["严防安全生产、质量事故和弄虚作假", "区商务局", "各成员单位", "长期", "—", "创建期间未发生安全生产、质量事故，未造成重大经济损失和不良社会影响；无弄虚作假行为。", "已完成", "veto"]]],
    ["九、争取加分项", [
      ["建档立卡贫困人口培训率达到70%以上", "区商务局", "区乡村振兴局", "2021年8月底前", "参训清单", "培训率52.3%，未达到。", "未完成", "b1"],
      ["电商扶贫典型案例争取省级以上电视播报", "区商务局", "区委宣传部", "2021年8月底前", "播出视频", "惠州电视台播出（市级），未获省级以上电视播报。", "未完成", "b2"]]],
  ];
  const IND = {
    lead: ["组织领导（2分）", 2, "org.leadership"], plan: ["方案制定（2分）", 2, "org.plan"], policy: ["政策支持（2分）", 1, "org.policy"],
    mgmt: ["项目管理（4分）", 3, "org.management"], center: ["服务体系建设——县级中心与产业园（15分）", 14, "work.center"],
    coverage: ["服务体系建设——村级站点覆盖（10分）", 10, "work.coverage"], up: ["农村产品上行（10分）", 7, "work.upward"],
    train: ["电商人才培训（20分）", 20, "work.training"], disc: ["信息公开（4分）", 4, "info.disclosure"], rep: ["数据上报（6分）", 6, "info.reporting"],
    cases: ["案例总结（2分）", 2, "promo.cases"], media: ["经验推广（8分）", 8, "promo.media"], fsys: ["制度建立（5分）", 4, "fund.system"],
    fled: ["资金台账（5分）", 4, "fund.ledger"], fspend: ["资金支出（5分）", 4, "fund.spending"], veto: ["一票否决项", "—", null],
    b1: ["加分项（2分）", 0, "bonus.poorTraining"], b2: ["加分项（2分）", 0, "bonus.tvCase"],
  };
  const rows = [["惠城区2021年全面深化改革任务推进台账（电子商务进农村综合示范创建）"],
    ["报送单位：惠州市惠城区商务局（牵头）　　进展情况截至：2021年8月31日　　报送日期：2021年9月6日"],
    ["（按区委全面深化改革委员会办公室统一格式填报；“对应考评指标”和“自评分”两列为区商务局加列，同一考评指标的几项举措合并填写自评分）"],
    ["序号", "改革任务", "具体改革举措", "责任单位", null, "完成时限", "成果形式", "进展情况（截至8月31日）", "完成状态", "对应考评指标", "自评分"],
    [null, null, null, "牵头单位", "配合单位", null, null, null, null, null, null]];
  const merges = ["A1:K1", "A2:K2", "A3:K3", "A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:F5", "G4:G5", "H4:H5", "I4:I5", "J4:J5", "K4:K5"];
  let no = 0;
  const claimed = {};
  for (const [task, items] of G) {
    const g0 = rows.length + 1;
    let k = 0;
    while (k < items.length) {
      const key = items[k][7];
      let k1 = k;
      while (k1 + 1 < items.length && items[k1 + 1][7] === key) k1++;
      const r0 = rows.length + 1;
      for (let j = k; j <= k1; j++) {
        const it = items[j];
        const [label, pts, id] = IND[key];
        rows.push([++no, j === 0 ? task : null, it[0], it[1], it[2], it[3], it[4], it[5], it[6], j === k ? label : null, j === k ? pts : null]);
        if (id && j === k) claimed[id] = pts;
      }
      mergeCol(merges, "J", r0, rows.length);
      mergeCol(merges, "K", r0, rows.length);
      k = k1 + 1;
    }
    mergeCol(merges, "B", g0, rows.length);
  }
  const scoredClaim = sum(SCORED.map(([id]) => claimed[id]));
  rows.push([null, "合计", null, null, null, null, null, null, null, "自评得分", `${scoredClaim}（加分0）`]);
  merges.push(`B${rows.length}:I${rows.length}`);
  rows.push(["注：1．“完成时限”“成果形式”为区委深改办年初下达的要求；2．“完成状态”按已完成、推进中、未启动、未完成填写。"]);
  merges.push(`A${rows.length}:K${rows.length}`);
  rows.push(["填表人：叶××　　审核：区商务局副局长 何××　　联系电话：0752-21xxxxx"]);
  merges.push(`A${rows.length}:K${rows.length}`);
  assert(no === 26 && scoredClaim === 91, "f1 26 measures, claimed 91 " + scoredClaim);
  assert(pct1(672, 1286) === "52.3%" && pct1(89, 118) === "75.4%" && pct1(381.26, 500) === "76.3%", "f1 stated rates");
  return {
    description:
      "惠州惠城区商务局按区委深改办统一格式报的《全面深化改革任务推进台账（电子商务进农村综合示范创建）》当事实表交：两行表头（“责任单位”合并在牵头单位｜配合单位之上），列 序号｜改革任务（按任务纵向合并）｜具体改革举措｜牵头｜配合｜完成时限｜成果形式｜进展情况（截至8月31日）｜完成状态｜对应考评指标｜自评分，同一考评指标的几项举措“对应考评指标”和“自评分”纵向合并；事实只在“进展情况”的句子里（“完成时限”“成果形式”是年初下达的要求，不是事实）：中心9月28日试运营、11月26日正式运营，其他增值服务“尚未开展”，快递覆盖96.6%（推进中），监督举报窗口在建但已开征求意见窗口，零售额只给2020年数和增速，主观分写在句尾括号里。",
    sheets: [{ name: "改革任务台账", rows, merges }],
    expect: {
      facts: {
        county: "惠城区", asOf: "2021-08-31", residentPopulation: 1503600, adminVillagesStated: 118, poorVillagesStated: 7,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2020: 4286000000, ruralRetailGrowthStated: 0.184, agriRetail2020: 307000000, agriRetailGrowthStated: 0.312,
        trainingPersonTimesStated: 5612, eligiblePoorPersonsStated: 1286, trainedPoorPersonsStated: 672,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3812600, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.85,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f2 — 河源源城区: a 测算底稿 typed into a text-formatted column, so the clerk's formulas stayed text
// =====================================================================================================
function buildF2() {
  const T = [];
  const sec = (t) => T.push({ sec: t });
  const add = (label, unit, val, how, src) => T.push({ label, unit, val, how: how || null, src: src || null });
  sec("一、基本情况");
  add("县（市、区）", null, "源城区", null, null);
  add("考评截止日期", null, "2021.8.31", null, "省商务厅通知");
  add("常住人口", "万人", "47.42", "第七次全国人口普查", "区统计局");
  add("行政村数", "个", "=86-12", "民政局名单村（居）委会86个，减去社区居委会12个", "区民政局");
  add("省定贫困村数", "个", "5", null, "区乡村振兴局");
  sec("二、组织领导及政策");
  add("领导小组组长", null, "区长", "源城府办〔2020〕22号", null);
  add("领导小组成员单位", null, "区科工商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、源城邮政分公司", null, null);
  add("示范县工作方案", null, "已印发", "2020年4月28日区政府办印发", null);
  add("农村电商扶持政策", null, "已出台", "《源城区农村电商发展扶持办法》", null);
  sec("三、公共服务中心和产业园");
  add("中心投入运营日期", null, "2020-12-16", "正式运营日期（揭牌仪式同日）", "区科工商务局");
  add("免费培训场所和设备", null, "是", null, null);
  add("免费展示、销售特色农产品", null, "是", null, null);
  add("免费摄影、美工", null, "是", null, null);
  add("农产品统一推广、品牌建设指导", null, "是", "“源味源城”区域公用品牌", null);
  add("其他衍生增值服务", null, "是", "代办营业执照、物流对接", null);
  add("电商产业园", null, "已建成", "整合河源电商产业园（源城园区）", null);
  add("第三方电商运营服务商", null, "有", "河源市源城区电商运营服务有限公司", null);
  sec("四、农村产品上行");
  add("行政村快递覆盖率", "%", "100", null, "区邮政管理局");
  add("2019年农产品网络零售额", "万元", "8640", null, "省商务厅");
  add("2020年农产品网络零售额", "万元", "=4832+6279", "上半年4,832万元＋下半年6,279万元", "省商务厅");
  sec("五、人才培训");
  add("电商培训人次", "人次", "=1186+1423+1507+917", "2020年四季度＋2021年一季度＋二季度＋7—8月", "培训台账");
  add("有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "=1032-187", "有劳动能力1,032人，减去外出务工187人", "区乡村振兴局");
  add("参加培训的建档立卡贫困人口", "人", "=298+136-27", "普及培训中的贫困人口298人＋贫困户专场136人，两类都参加的27人只算一次", "培训台账");
  sec("六、信息公开及报送");
  add("专栏公示创建方案", null, "是", null, null);
  add("专栏公示项目基本信息", null, "是", null, null);
  add("专栏公示项目建设进度", null, "是", null, null);
  add("专栏征求意见或监督举报窗口", null, "否", "网站改版，窗口9月上线", null);
  add("能统计电商扶贫情况", null, "是", null, null);
  sec("七、资金");
  add("下达省级专项资金", "万元", "500", null, "粤财工〔2019〕");
  add("累计拨付资金", "元", "=1250000+986000+742500+413600", "四批拨付合计（9月2日拨付的216,000元未计入）", "区财政局");
  add("项目总体进度", "%", "72", null, "监理月报");
  add("资金管理制度", null, "已制定", null, null);
  add("资金专用台账", null, "已建立", null, null);
  sec("八、否决事项");
  add("安全生产、质量事故或重大损失", null, "无", null, null);
  add("弄虚作假", null, "无", null, null);
  const rows = [["源城区电子商务进农村综合示范考评数据测算底稿"], ["（区科工商务局电商股　2021年9月3日）"],
    ["复核注：D列设成了“文本”格式后才录入，带“=”的算式没有计算，一律以算式结果为准；数值单位见C列。——复核人 刘×× 9月6日"],
    ["序号", "项目", "单位", "数值", "计算说明", "来源"]];
  const merges = ["A1:F1", "A2:F2", "A3:F3"];
  let no = 0;
  for (const t of T) {
    if (t.sec) {
      rows.push([t.sec, null, null, null, null, null]);
      merges.push(`A${rows.length}:F${rows.length}`);
    } else rows.push([++no, t.label, t.unit, t.val, t.how, t.src]);
  }
  rows.push([null, null, null, null, null, null]);
  rows.push(["九、自评分测算（D列同为文本格式）", null, null, null, null, null]);
  merges.push(`A${rows.length}:F${rows.length}`);
  rows.push(["序号", "评价指标", "分值", "自评分", "分项", null]);
  const S = [["组织领导", 2, "2", "区长任组长，四部门参与"], ["方案制定", 2, "2", null], ["政策支持", 2, "2", null], ["项目管理", 4, "=2+1", "管理制度2＋工作台账1"],
    ["服务体系建设（中心与产业园）", 15, "=2+2+2+1+1+1+1+2+2+1", "入驻企业按21家计"], ["服务体系建设（村级站点）", 10, "=5+5", null],
    ["农村产品上行", 10, "=2+1+1+1+1+2", "调研2、促销1、第三方1、快递1、标准冷链1、增速2"], ["电商人才培训", 20, "=10+8", "贫困人口培训率48.2%"],
    ["信息公开", 4, "=0+2", "窗口9月才上线，专栏内容项不得分"], ["数据上报", 6, "=3+3", null], ["案例总结", 2, "2", null], ["经验推广", 8, "=4+1", "省级、区级"],
    ["制度建立", 5, "4", null], ["资金台账", 5, "4", null], ["资金支出", 5, "-5", "支出率67.8%，不足70%倒扣5分"]];
  const claimed = {};
  const evalText = (s) => {
    assert(/^=?-?[\d+]+$/.test(s.replace(/\s/g, "")), "simple sum " + s);
    return s.replace(/^=/, "").split("+").reduce((a, b) => a + Number(b), 0);
  };
  S.forEach(([n, max, v, note], j) => {
    rows.push([j + 1, n, max, v, note, null]);
    merges.push(`E${rows.length}:F${rows.length}`);
    claimed[SCORED[j][0]] = evalText(v);
  });
  rows.push([16, "加分项", 4, "0", "培训率未达70%，无省级以上电视播报", null]);
  merges.push(`E${rows.length}:F${rows.length}`);
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 0;
  rows.push([null, "合计", 100, "=2+2+2+3+15+10+8+18+2+6+2+5+4+4-5", null, null]);
  merges.push(`E${rows.length}:F${rows.length}`);
  rows.push(["主观分：方案2、政策2、管理制度2、工作台账1、网销调研2、网络促销1、交易标准与冷链溯源1、资金管理制度4、资金台账4（资金支出率不足70%，及时拨付不评）", null, null, null, null, null]);
  merges.push(`A${rows.length}:F${rows.length}`);
  const claimedSum = sum(SCORED.map(([id]) => claimed[id]));
  assert(claimedSum === 78 && 2 + 2 + 2 + 3 + 15 + 10 + 8 + 18 + 2 + 6 + 2 + 5 + 4 + 4 - 5 === 78, "f2 claimed 78 " + claimedSum);
  const spent = 1250000 + 986000 + 742500 + 413600;
  assert(spent === 3392100 && !ratioGE(spent, 5000000, 70) && pct1(spent, 5000000) === "67.8%", "f2 spent 67.8%");
  const elig = 1032 - 187;
  const trained = 298 + 136 - 27;
  assert(elig === 845 && trained === 407 && pct1(trained, elig) === "48.2%", "f2 poor 48.2%");
  assert(1186 + 1423 + 1507 + 917 === 5033 && 4832 + 6279 === 11111 && 86 - 12 === 74, "f2 sums");
  return {
    description:
      "河源源城区科工商务局电商股的《考评数据测算底稿》：序号｜项目｜单位｜数值｜计算说明｜来源，D列先设成“文本”格式再录入，所以经办人打的算式原样留着没计算（“=86-12”“=1186+1423+1507+917”“=1032-187”“=298+136-27”“=1250000+986000+742500+413600”“=4832+6279”），复核人在第3行注明一律以算式结果为准、单位看C列（万人、万元、元、%混用）；数值也都是文本（“47.42”“2021.8.31”“2020-12-16”）；下面“九、自评分测算”的自评分同样是算式（“=2+2+2+1+1+1+1+2+2+1”“=0+2”“-5”），主观分写在表尾一句话里，资金支出率不足70%所以没有“及时拨付”分。",
    sheets: [{ name: "测算底稿", rows, merges }],
    expect: {
      facts: {
        county: "源城区", asOf: "2021-08-31", residentPopulation: 474200, adminVillagesStated: 74, poorVillagesStated: 5,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-16", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        agriRetail2019: 86400000, agriRetail2020: 111110000,
        trainingPersonTimesStated: 5033, eligiblePoorPersonsStated: 845, trainedPoorPersonsStated: 407,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3392100, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.72,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f3 — 佛山禅城区: the 自评报告 sentence template, text fragments and data cells alternating along each row
// =====================================================================================================
function buildF3() {
  // each paragraph: alternating [文字, 数据, 文字, 数据, …]
  const P = [
    ["截至", D("2021-08-31"), "（考评截止日），", "禅城区", "常住人口", 148.21, "万人（第七次全国人口普查），全区行政村", 31, "个（社区居委会", 105, "个不计入），省定贫困村", 0, "个。"],
    ["区政府于", "2020年6月18日", "印发《禅城区电子商务进农村综合示范实施方案》，成立由", "区委副书记、区长", "任组长，", "区经济和科技促进局、区财政局、区农业农村局、区乡村振兴局、区交通运输局", "等部门参与的工作领导小组，并", "已", "出台《禅城区农村电商扶持办法》。"],
    ["区电子商务公共服务中心", "2021年1月8日", "正式投入运营，", "有", "免费培训场所和设备，", "提供", "特色农产品免费展示销售，", "未提供", "免费摄影美工服务，", "组织了", "农产品统一推广和品牌建设指导，", "提供", "代办证照等其他增值服务。"],
    ["南庄电商产业园", "已完成整合优化", "，中心和产业园由", "专业第三方", "佛山市禅城区智农电商运营有限公司运营；全区行政村快递覆盖率", "100%", "。"],
    ["2019年全区农村网络零售额", 31.46, "亿元，2020年", 38.72, "亿元，同比增长", "23.1%", "；农产品网络零售额由", 1.38, "亿元增至", 1.84, "亿元，同比增长", "33.3%", "。"],
    ["截至考评截止日累计开展电商培训", 4215, "人次（以常住人口50万为基数，占", "0.84%", "）；有劳动能力的建档立卡贫困人口（不含外出务工）", 64, "人，参训", 41, "人，培训率", "64.1%", "。"],
    ["区政府网专栏", "已", "公开创建方案、项目基本信息和建设进度，", "设有", "监督举报窗口；每月向市商务局报送工作情况，", "能", "统计电商扶贫情况。"],
    ["下达省级专项资金", 500, "万元，截至考评截止日累计拨付", 402.38, "万元，支出率", "80.5%", "，项目总体进度", "90%", "；", "已", "制定专项资金管理办法，承建单位", "已", "建立资金专用台账。"],
    ["创建期间", "未", "发生安全生产、质量事故和重大经济损失，", "无", "弄虚作假行为。"],
    ["自评：组织领导", 2, "分，方案制定", 2, "分，政策支持", 2, "分，项目管理", 4, "分（制度", 2, "分、台账", 2, "分），中心与产业园", 13, "分，村级站点", 10, "分，"],
    ["农村产品上行", 8, "分（调研", 2, "分、促销", 1, "分、标准冷链", 1, "分），电商人才培训", 18, "分，信息公开", 4, "分，数据上报", 6, "分，案例总结", 2, "分，"],
    ["经验推广", 5, "分，制度建立", 5, "分，资金台账", 4, "分，资金支出", 5, "分（及时拨付", 5, "分），加分项", 0, "分，合计", 90, "分。"],
  ];
  const W = Math.max(...P.map((p) => p.length)) + 1;
  const head = ["段"];
  for (let k = 1; k < W; k++) head.push(k % 2 === 1 ? `文字${(k + 1) / 2}` : `数据${k / 2}`);
  const rows = [["禅城区自评报告“二、基本情况和创建成效”拼句表"], ["（报告正文由本表逐行拼接生成：“文字”列是模板固定文字，“数据”列是填入的数据，从左到右依次连成一句；改数据只改“数据”列）"], head];
  const merges = [`A1:${colName(W - 1)}1`, `A2:${colName(W - 1)}2`];
  P.forEach((p, j) => rows.push(padRow([j + 1].concat(p), W)));
  rows.push(padRow(["制表：禅城区经济和科技促进局电商科　2021年9月2日"], W));
  merges.push(`A${rows.length}:${colName(W - 1)}${rows.length}`);
  // data sit in the even columns (B is 文字1, C 数据1 …): check every number / date is in a data column
  P.forEach((p, j) => p.forEach((c, k) => {
    if (typeof c === "number" || (c && typeof c === "object")) assert(k % 2 === 1, `f3 paragraph ${j + 1} item ${k} must be a data column`);
  }));
  assert(pct1(3872 - 3146, 3146) === "23.1%" && pct1(184 - 138, 138) === "33.3%" && pct1(41, 64) === "64.1%" && pct1(40238, 50000) === "80.5%", "f3 rates");
  assert(2 + 2 + 2 + 4 + 13 + 10 + 8 + 18 + 4 + 6 + 2 + 5 + 5 + 4 + 5 === 90, "f3 claimed 90");
  return {
    description:
      "佛山禅城区经济和科技促进局电商科做的自评报告“拼句表”：报告第二部分由本表逐行拼接生成，每行一段，“文字n”列是模板里的固定文字、“数据n”列是填进去的数据（表头“段｜文字1｜数据1｜文字2｜数据2…”，文字和数据交替），要把每个数据和它前面的文字、后面的单位连起来读——“已／未”“有／设有”“提供／未提供”“能”这些词也是数据（摄影美工“未提供”，否决项“未”发生、“无”弄虚作假）；数字有数值也有文本（“23.1%”“100%”），截止日是日期格，运营日期“2021年1月8日”是文字；零售额亿元、资金万元；最后三行是逐项自评分，分项分也是数据格（项目管理4分里“制度”2、“台账”2；农村产品上行8分里“调研”2、“促销”1、“标准冷链”1；资金支出5分里“及时拨付”5）。",
    sheets: [{ name: "拼句表", rows, merges }],
    expect: {
      facts: {
        county: "禅城区", asOf: "2021-08-31", residentPopulation: 1482100, adminVillagesStated: 31, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2021-01-08", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 3146000000, ruralRetail2020: 3872000000, ruralRetailGrowthStated: 0.231,
        agriRetail2019: 138000000, agriRetail2020: 184000000, agriRetailGrowthStated: 0.333,
        trainingPersonTimesStated: 4215, eligiblePoorPersonsStated: 64, trainedPoorPersonsStated: 41,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4023800, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 5,
      },
      leadership: "principal-all",
      claimed: {
        "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 4, "work.center": 13, "work.coverage": 10, "work.upward": 8,
        "work.training": 18, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 5, "fund.system": 5, "fund.ledger": 4,
        "fund.spending": 5, "bonus.poorTraining": 0, "bonus.tvCase": 0,
      },
    },
  };
}

// =====================================================================================================
// l1 — 佛山顺德区: two-column printed station list, training counted per village within session blocks, receipts
// =====================================================================================================
function buildL1() {
  const TOWNS = ["大良街道", "容桂街道", "伦教街道", "勒流街道", "陈村镇", "北滘镇", "乐从镇", "龙江镇", "杏坛镇", "均安镇"];
  const prefixes = TOWNS.map((t) => t.slice(0, 2));
  const vName = nameMaker("北南东西上下新大龙马水沙古光逢", ["水", "滘", "洲", "涌", "头", "基", "岸", "田", "坑", "湾", "江", "沙"], "村", prefixes);
  // ---------------- 站点清单（分栏打印）
  const ST = [];
  TOWNS.forEach((t, ti) => {
    const n = [2, 3, 3, 4, 3, 3, 3, 4, 4, 2][ti];
    for (let k = 0; k < n; k++) ST.push({ town: t, v: vName() });
  });
  assert(ST.length === 31, "l1 31 stations");
  const comm = { town: "容桂街道", v: "华口社区", comm: true };
  ST.splice(4, 0, comm);
  ST.pop();
  // a second station in one village
  ST.splice(20, 0, { town: ST[19].town, v: ST[19].v, second: true });
  ST.pop();
  assert(ST.length === 31, "l1 still 31");
  const recs = [];
  const cellsOf = ST.map((s, j) => {
    let vcell = s.v;
    if (s.comm) vcell = `${s.v}居委会`;
    else if (j % 5 === 1) vcell = `${s.v}委会`;
    else if (j % 5 === 3) vcell = `${s.v.replace(/村$/, "")}村民委员会`;
    if (j === 12) vcell = `${s.v}（新基经济社）`;
    let op = s.second ? randIsoBetween("2021-03-01", "2021-08-20") : randIsoBetween("2020-07-01", "2021-08-20");
    let dcell = dateCell(op, j);
    if (j === 7) {
      op = "2020-12";
      dcell = "2020.12";
    } else if (j === 17) {
      op = "2021-03-18";
      dcell = "2021年3月18日挂牌";
    } else if (j === 23) {
      op = "2021-09";
      dcell = "2021年9月";
    } else if (j === 27) {
      op = null;
      dcell = "—";
    }
    const rec = { village: s.comm ? s.v : s.v };
    if (op) rec.opened = op;
    recs.push(rec);
    const name = s.comm ? "华口社区电商服务点" : s.second ? `${s.v.replace(/村$/, "")}村农村电商综合服务点（二）` : `${s.v.replace(/村$/, "")}村电商服务站`;
    return { town: s.town, vcell, name, dcell };
  });
  const half = Math.ceil(ST.length / 2);
  const rows = [["顺德区村级电子商务服务站点清单"], ["（区经济和科技促进局　2021年9月　A4横向两栏打印：先左栏后右栏，序号连续）"],
    ["序号", "镇（街道）", "所在村（居）", "站点名称", "挂牌日期", null, "序号", "镇（街道）", "所在村（居）", "站点名称", "挂牌日期"]];
  const merges = ["A1:K1", "A2:K2"];
  const townCell = (k, start) => (k > start && cellsOf[k - 1].town === cellsOf[k].town ? "〃" : cellsOf[k].town);
  for (let r = 0; r < half; r++) {
    const L = r;
    const R = half + r;
    const row = [L + 1, townCell(L, 0), cellsOf[L].vcell, cellsOf[L].name, cellsOf[L].dcell, null];
    if (R < ST.length) row.push(R + 1, townCell(R, half), cellsOf[R].vcell, cellsOf[R].name, cellsOf[R].dcell);
    else row.push(null, null, null, null, null);
    rows.push(row);
  }
  rows.push(["注：挂牌日期“—”为已选址、尚未挂牌；“〃”同上。", null, null, null, null, null, null, null, null, null, null]);
  merges.push(`A${rows.length}:K${rows.length}`);
  assert(rows[3 + half - 1][6] === null && half === 16, "l1 right column one shorter");
  assert(recs.filter((r) => !r.opened).length === 1 && recs.filter((r) => r.opened === "2021-09").length === 1, "l1 station specials");

  // ---------------- 培训（分期、按村汇总）
  const seenV = new Set();
  const vill = ST.filter((s) => !s.comm && !seenV.has(s.v) && seenV.add(s.v));
  const SES = [
    { no: 1, topic: "农村电商基础知识", when: "2020年10月15日", end: "2020-10-15", place: "区电子商务公共服务中心" },
    { no: 2, topic: "网店运营实操", when: "2020年12月9日—10日", end: "2020-12-10", place: "勒流街道党群服务中心" },
    { no: 3, topic: "直播带货", when: "21.3.18-19", end: "2021-03-19", place: "杏坛镇文化站" },
    { no: 4, topic: "短视频营销", when: "2021年6月", end: "2021-06", place: "龙江镇党群服务中心" },
    { no: 5, topic: "农产品品牌与包装", when: "2021/8/26", end: "2021-08-26", place: "均安镇文化站" },
    { no: 6, topic: "跨境电商入门", when: "2021年9月9日", end: "2021-09-09", place: "区电子商务公共服务中心" },
  ];
  const tRows = [["顺德区农村电商培训分期统计（按村汇总）"], ["（各期签到表按村归总；“其中：脱贫人口”已含在参训人次内）"]];
  const tMerges = ["A1:F1", "A2:F2"];
  const tRecs = [];
  let textDone = false;
  let fwDone = false;
  for (const s of SES) {
    tRows.push([`第${s.no}期　${s.topic}　${s.when}　${s.place}`, null, null, null, null, null]);
    tMerges.push(`A${tRows.length}:F${tRows.length}`);
    tRows.push(["序号", "镇（街道）", "村（社区）", "参训人次", "其中：脱贫人口", "备注"]);
    const picks = shuffle(vill).slice(0, rint(3, 5));
    let tot = 0;
    let totP = 0;
    picks.forEach((x, k) => {
      const n = rint(14, 46);
      const p = rint(0, 5);
      tot += n;
      totP += p;
      let nc = n;
      if (!textDone && s.no === 2) {
        nc = `${n}人`;
        textDone = true;
      } else if (!fwDone && s.no === 4) {
        nc = fullWidth(String(n));
        fwDone = true;
      }
      tRows.push([k + 1, x.town, x.v, nc, p || null, null]);
      tRecs.push({ date: s.end, personTimes: n });
    });
    tRows.push(["小计", null, null, tot, totP, null]);
    tMerges.push(`A${tRows.length}:C${tRows.length}`);
    tRows.push([null, null, null, null, null, null]);
  }
  tRows.pop();
  tRows.push(["合计", null, null, sum(tRecs.map((r) => r.personTimes)), null, null]);
  tMerges.push(`A${tRows.length}:C${tRows.length}`);
  assert(textDone && fwDone && tRecs.length >= 18, "l1 training rows " + tRecs.length);

  // ---------------- 月报回执登记
  const rRows = [["顺德区电商进农村工作月报报送回执登记"], ["（佛山市商务局签收后退回执；“报送日期”为我局发出日期，“签收日期”为市局签收日期）"],
    ["回执编号", "报送月份", "报送日期", "报送方式", "市局签收日期", "签收人", "附扶贫统计表"]];
  const rRecs = [];
  monthsBetween("2020-08", "2021-08").forEach((m, j) => {
    const next = monthsBetween(m, "2021-12")[1];
    const sent = `${next}-${String(rint(2, 7)).padStart(2, "0")}`;
    const got = isoAdd(sent, rint(1, 3));
    const dc = j % 4 === 0 ? D(sent) : j % 4 === 1 ? twoSlash(sent) : j % 4 === 2 ? cnDate(sent) : yyyymmdd(sent);
    const pov = m < "2020-10" ? "未附" : m === "2021-03" ? null : "附";
    rRows.push([`SD-HZ-${String(j + 1).padStart(2, "0")}`, cnMonth(m), dc, j % 2 ? "公文交换" : "电子邮件", slashDate(got), ["何××", "李××"][j % 2], pov]);
    rRecs.push({ date: sent, poverty: pov === "附" ? true : pov === "未附" ? false : null });
  });
  assert(rRecs.length === 13 && rRecs.filter((r) => r.poverty === null).length === 1, "l1 13 reports");

  const cover = [["顺德区电子商务进农村综合示范台账（第二册）"], [null], ["目　录"], ["一、村级电子商务服务站点清单（分栏打印）"], ["二、农村电商培训分期统计（按村汇总）"], ["三、月报报送回执登记"],
    [null], ["佛山市顺德区经济和科技促进局（电子商务科）"], ["2021年9月"]];
  return {
    description:
      "佛山顺德区经济和科技促进局台账第二册（封面加三张表）：站点清单为省纸按A4横向分成左右两栏打印（A—E、G—K各一套 序号｜镇（街道）｜所在村（居）｜站点名称｜挂牌日期，F列空开，先左栏后右栏、序号1—16接17—31，右栏短一行），镇名重复处写“〃”，村名有“××村委会”“××村民委员会”“××村（新基经济社）”、一个社区居委会站、一村两站，挂牌日期有“2020.12”（只到月）、“2021年3月18日挂牌”、“2021年9月”和“—”（未挂牌）；培训按期分块（块标题写期次、主题、日期“2020年12月9日—10日”“21.3.18-19”“2021年6月”和地点），块内一村一行记参训人次（一格“32人”式文字、一格全角数字），“其中：脱贫人口”已含在内不另加，小计行和合计行不是记录；月报回执登记读“报送日期”（有“21/3/5”两位年份和“20210405”八位数），“市局签收日期”不是报送日期，附扶贫统计表“附／未附”、一格空白。",
    sheets: [
      { name: "封面", rows: cover, merges: [] },
      { name: "站点清单（分栏）", rows, merges },
      { name: "培训分期统计", rows: tRows, merges: tMerges },
      { name: "月报回执登记", rows: rRows, merges: ["A1:G1", "A2:G2"] },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "站点清单（分栏）": { kind: "stations", records: recs },
        "培训分期统计": { kind: "training", records: tRecs },
        "月报回执登记": { kind: "reports", records: rRecs },
      },
    },
  };
}

// =====================================================================================================
// l2 — 广州白云区: coded village list, work-place migrant column, firms by type sections, instalment columns in 万元, media
// =====================================================================================================
function buildL2() {
  const REGION = "440111";
  const TOWNS = [["钟落潭镇", 8, 2], ["太和镇", 7, 3], ["人和镇", 6, 2], ["江高镇", 7, 3], ["龙归街道", 2, 4]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("良长新白竹寮光蚌湖南东西大", ["田", "沙", "岗", "湖", "溪", "塘", "坑", "岭", "布", "窿", "边", "头"], "村", prefixes);
  const cName = nameMaker("永兴云鹤城泰丰", ["华", "苑", "景", "安", "和", "悦", "盛"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "l2");
  assert(admin.length === 30 && comms.length === 14, "l2 30 + 14");
  const noExp = admin[11];
  // ---------------- 村居名单（编码）
  const vRows = [["白云区（北部五镇街）村（居）民委员会名单"], ["类别代码：1＝村民委员会　2＝居民委员会；快递通达：●已通达　○未通达（居委会不填）；白云区无省定贫困村"],
    ["序号", "镇（街）", "名称", "类别代码", "省定贫困村", "快递通达", "备注"]];
  const vMerges = ["A1:G1", "A2:G2"];
  const vRecs = [];
  let sq = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    const all = x.vs.map((v) => ({ v, a: true })).concat(x.cs.map((c) => ({ v: c, a: false })));
    const mixed = shuffle(all);
    mixed.forEach((e, k) => {
      const nm = e.a ? (sq % 3 === 1 ? `${e.v}委会` : e.v) : sq % 2 ? `${e.v}居委会` : e.v;
      sq++;
      vRows.push([sq, k === 0 ? x.t : null, nm, e.a ? 1 : 2, e.a ? "否" : "—", e.a ? (e.v === noExp ? "○" : "●") : null, e.v === noExp ? "山区，邮政代投未覆盖" : null]);
      vRecs.push(e.a ? { name: e.v, admin: true, poor: false, express: e.v !== noExp } : { name: e.v, admin: false, poor: null, express: null });
    });
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push(["合计", null, `村民委员会${admin.length}个、居民委员会${comms.length}个`, null, null, null, null]);
  vMerges.push(`A${vRows.length}:B${vRows.length}`);

  // ---------------- 脱贫人口（务工地点列）
  const LAB = [["普通劳动力", true], ["技能劳动力", true], ["弱劳动力", true], ["无劳动能力", false], ["丧失劳动能力", false]];
  const WORK_LOCAL = ["本镇", "本区", "白云区太和镇", null];
  const WORK_AWAY = ["广州市天河区", "深圳市宝安区", "佛山市南海区", "东莞市"];
  const pRows = [["白云区脱贫人口劳动力及务工情况登记"], ["（区农业农村局2021年6月提供；“务工地点”在白云区以外的为外出务工，“本镇”“本区”为区内务工，空白为未务工）"],
    ["序号", "户编号", "姓名", "与户主关系", "身份证号", "劳动能力", "务工地点", "备注"]];
  const pMerges = ["A1:H1", "A2:H2"];
  const pRecs = [];
  const plan = shuffle([].concat(Array(8).fill("L"), Array(5).fill("A"), Array(3).fill("W"), Array(4).fill("N")));
  let ci = 0;
  let h = 0;
  let xDone = false;
  while (ci < plan.length) {
    const size = Math.min(plan.length - ci, rint(2, 4));
    const codes = plan.slice(ci, ci + size).sort((a, b) => (a === "N") - (b === "N"));
    ci += size;
    const hh = `44011100${String(4100 + h * 17).padStart(6, "0")}`;
    h++;
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    const r0 = pRows.length + 1;
    let headY = 0;
    let headMale = true;
    codes.forEach((c, j) => {
      const male = j === 0 ? rnd() < 0.8 : rnd() < 0.5;
      let rel;
      let birth;
      if (j === 0) {
        rel = "户主";
        birth = c === "N" ? birthBetween(1940, 1952) : birthBetween(1964, 1982);
        headY = Number(birth.slice(0, 4));
        headMale = male;
      } else if (c === "N") {
        rel = male ? "之父" : "之母";
        birth = birthBetween(Math.max(1928, headY - 34), Math.min(1955, headY - 22));
      } else if (j === 1) {
        rel = "配偶";
        birth = birthBetween(Math.max(1960, headY - 5), Math.min(1996, headY + 6));
      } else if (headY + 21 <= 2001) {
        rel = male ? "之子" : "之女";
        birth = birthBetween(Math.max(headY + 21, 1982), 2001);
      } else {
        rel = male ? "之弟" : "之妹";
        birth = birthBetween(headY + 1, Math.min(headY + 9, 2001));
      }
      const wantX = !xDone && c === "A" ? true : undefined;
      const id = makeId(REGION, birth, rel === "配偶" ? !headMale : male, wantX);
      let idCell = id;
      if (wantX) {
        idCell = id.slice(0, 17) + "x";
        xDone = true;
      }
      let lab;
      let work;
      let rec;
      if (c === "N") {
        lab = LAB[rint(3, 4)][0];
        work = null;
        rec = { id, labour: false, migrant: null };
      } else if (c === "W") {
        lab = LAB[rint(0, 1)][0];
        work = WORK_AWAY[rint(0, WORK_AWAY.length - 1)];
        rec = { id, labour: true, migrant: true };
      } else if (c === "A") {
        lab = LAB[rint(0, 2)][0];
        work = WORK_LOCAL[rint(0, 2)];
        rec = { id, labour: true, migrant: false };
      } else {
        lab = LAB[rint(0, 2)][0];
        work = null;
        rec = { id, labour: true, migrant: false };
      }
      pRows.push([pRows.length - 2, j === 0 ? hh : null, rel === "配偶" ? personName() : personName(sn), rel, idCell, lab, work, c === "N" ? "享受低保" : null]);
      pRecs.push(rec);
    });
    mergeCol(pMerges, "B", r0, pRows.length);
  }
  assert(xDone && pRecs.length === 20 && pRecs.filter((r) => r.labour && r.migrant === false).length === 13, "l2 roster 20, 13 eligible");
  assert(pRows.some((r) => r[6] === "广州市天河区") || pRows.some((r) => WORK_AWAY.includes(r[6])), "l2 an away worker");

  // ---------------- 入驻企业（按类型分节）
  const SEC = [["平台型", [["广州市白云区云采优选电子商务有限公司"], ["广州白云农品汇网络科技有限公司"]]],
    ["销售型", [["广州市白云区钟落潭荔枝网店"], ["广州市白云区太和凤梨电子商务有限公司"], ["广州市白云区人和鸭鹅特产商行", "2021-06-30"], ["广州市白云区江高葡萄电商商行"], ["广州市白云区山货铺电子商务有限公司"]]],
    ["电商运营商", [["广州云帆电商运营服务有限公司"], ["广州市白云区星辰代运营工作室"]]],
    ["物流企业", [["广州市白云区速通物流有限公司"], ["中国邮政集团有限公司广州市白云区分公司电商仓"]]],
    ["直播机构", [["广州市白云区白云山直播传媒有限公司", null, "2021-09"]]]];
  const eRows = [["白云区农村电商产业园入驻企业名单（按企业类型）"], ["序号", "企业名称", "统一社会信用代码", "入驻时间", "退出时间", "备注"]];
  const eMerges = ["A1:F1"];
  const eRecs = [];
  let en = 0;
  SEC.forEach(([type, firms], si) => {
    eRows.push([`${CN_NUM[si + 1]}、${type}（${firms.length}家）`, null, null, null, null, null]);
    eMerges.push(`A${eRows.length}:F${eRows.length}`);
    firms.forEach(([n, out, month]) => {
      const iso = out ? randIsoBetween("2020-07-10", "2021-03-31") : randIsoBetween("2020-07-10", "2021-08-20");
      const entered = month || iso;
      const ec = month ? "2021年9月" : dateCell(iso, en + 1);
      eRows.push([++en, n, creditCode(REGION), ec, out ? dotDate(out) : null, out ? "租期届满退园" : month ? "9月入驻" : null]);
      eRecs.push({ name: n, type, entered, left: out || null });
    });
  });
  eRows.push([`合计：${en}家（截至2021年9月10日）`, null, null, null, null, null]);
  eMerges.push(`A${eRows.length}:F${eRows.length}`);
  assert(eRecs.length === 12 && eRecs.filter((r) => r.left).length === 1, "l2 12 firms");
  assert(eRecs.find((r) => r.left).entered < "2021-06-30", "l2 left after entering");

  // ---------------- 合同分期付款（万元）
  const C = [
    ["区电子商务公共服务中心建设运营", "广州云帆电商运营服务有限公司", 150, [["2020-09-18", 45], ["2021-03-10", 60], ["2021-08-27", 30]]],
    ["镇村电商服务站点建设", "中国邮政集团有限公司广州市白云区分公司", 110, [["2020-11-06", 33], ["2021-05-20", 44], [null, "待验收"]]],
    ["农村电商人才培训", "广州市白云区职业技能培训中心", 60, [["2020-12-15", 18], ["2021-06-28", 24.36], ["2021-09-14", 17.64]]],
    ["农村物流配送体系建设", "广州市白云区速通物流有限公司", 80, [["2021-01-22", 24], ["2021-07-16", 32.5], null]],
    ["农产品品牌培育及推广", "广州市白云区禾丰品牌策划有限公司", 50, [["2021-03-30", 15], null, null]],
    ["冷链及农产品溯源体系建设", "广州市白云区冷运供应链有限公司", 50, [["2021-04-23", 15], ["2021-08-18", 20.275], null]],
  ];
  const fRows = [["白云区电子商务进农村综合示范项目合同分期付款台账"], ["单位：万元　　（付款日期以国库支付日期为准）"],
    ["序号", "合同名称", "承建单位", "合同金额", "首付款", null, "进度款", null, "尾款", null, "已付合计", "备注"],
    [null, null, null, null, "日期", "金额", "日期", "金额", "日期", "金额", null, null]];
  const fMerges = ["A1:L1", "A2:L2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:H3", "I3:J3", "K3:K4", "L3:L4"];
  const fRecs = [];
  C.forEach(([n, who, amt, pays], j) => {
    const row = [j + 1, n, who, amt];
    let paid = 0;
    for (const p of pays) {
      if (!p) {
        row.push(null, null);
        continue;
      }
      if (p[0] === null) {
        row.push(p[1], null);
        continue;
      }
      const yuan = Math.round(p[1] * 10000);
      paid += yuan;
      row.push(j % 2 ? dotDate(p[0]) : D(p[0]), p[1]);
      fRecs.push({ date: p[0], amount: yuan });
    }
    row.push(wan4(paid), pays.some((p) => p && p[0] > "2021-08-31") ? "尾款9月支付" : pays.some((p) => p && p[0] === null) ? "尾款待验收" : null);
    fRows.push(row);
  });
  fRows.push(["合计", null, null, sum(C.map((c) => c[2])), null, null, null, null, null, null, wan4(sum(fRecs.map((r) => r.amount))), null]);
  fMerges.push(`A${fRows.length}:C${fRows.length}`);
  assert(fRecs.length === 13 && sum(C.map((c) => c[2])) === 500 && fRecs.some((r) => r.amount === 202750), "l2 13 payments");

  // ---------------- 宣传报道
  const MEDIA = [["2020-10-20 09:32", "白云电视台《白云新闻》", "区级", "电视", "我区电商服务站开进钟落潭"], ["2020-12-08 15:10", "广州日报", "市级", "报纸", "白云北部山区荔枝“触网”"],
    ["2021-01-26 08:45", "“白云发布”微信公众号", "区级", "新媒体", "白云农村电商年货节开幕"], ["2021-04-09 10:05", "南方+客户端", "省级", "网络", "白云：电商进村带旺特色农产品"],
    ["2021-05-18 19:30", "广东广播电视台珠江频道", "省级", "电视", "白云脱贫户直播卖凤梨"], ["2021-07-14 07:00", "学习强国（广东学习平台）", "央媒", "网络", "广州白云：电商助力乡村振兴"],
    ["2021-09-03 11:20", "广州电视台", "市级", "电视", "白云电商进农村示范创建成果"]];
  const URL = { 2: "https://mp.weixin.qq.com/s/by-fabu-20210126", 3: "https://static.nfapp.southcn.com/content/202104/09/c5032118.html", 5: "https://www.xuexi.cn/lgpage/detail/index.html?id=1392176" };
  const LV = { "央媒": "national", "省级": "province", "市级": "city", "区级": "county" };
  const mRows = [["白云区电子商务进农村宣传报道统计"], ["序号", "发布时间", "媒体", "级别", "形式", "标题", "链接"]];
  const mRecs = [];
  MEDIA.forEach(([t, m, lv, form, title], j) => {
    mRows.push([j + 1, t, m, lv, form, `《${title}》`, URL[j] || "（无链接，见视频/剪报）"]);
    mRecs.push({ date: t.slice(0, 10), level: LV[lv], tv: form === "电视" });
  });

  const notes = [["白云区电子商务进农村台账（第四册）读表说明"], ["1．村居名单“类别代码”1为村民委员会、2为居民委员会；“快递通达”●已通达、○未通达，居委会不填。"],
    ["2．脱贫人口“务工地点”在白云区以外的为外出务工；空白为未务工。"], ["3．入驻企业按类型分节，企业类型见各节标题。"],
    ["4．合同分期付款金额单位为万元，尾款写“待验收”的尚未支付。"], ["白云区商务局　2021年9月"]];
  return {
    description:
      "广州白云区商务局台账第四册（说明页加五张表）：村居名单只有“类别代码”1/2区分村民委员会和居民委员会（第2行图例），名称有的带“委会”“居委会”有的不带，快递通达●/○（一村○，居委会不填），省定贫困村列村填“否”、居委会“—”，镇街纵向合并；脱贫人口没有“是否外出务工”列，只有“务工地点”（“广州市天河区”“深圳市宝安区”等白云区以外为外出务工，“本镇”“本区”“白云区太和镇”为区内，空白为未务工），劳动能力写“普通劳动力／技能劳动力／弱劳动力／无劳动能力／丧失劳动能力”，一人身份证号末位小写x，户编号按户合并；入驻企业按类型分节（“一、平台型（2家）”…），类型只在节标题里，一家“2021年9月”入驻、一家已退出；合同分期付款两行表头（首付款／进度款／尾款各分日期｜金额），金额万元（24.36、20.275），一格尾款“待验收”不是付款，一笔9月支付；宣传报道发布时间带时分（“2021-04-09 10:05”），级别“央媒／省级／市级／区级”。",
    sheets: [
      { name: "读表说明", rows: notes, merges: [] },
      { name: "村居名单（编码）", rows: vRows, merges: vMerges },
      { name: "脱贫人口", rows: pRows, merges: pMerges },
      { name: "入驻企业（按类型）", rows: eRows, merges: eMerges },
      { name: "合同分期付款", rows: fRows, merges: fMerges },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
    ],
    expect: {
      sheets: {
        "读表说明": { kind: null },
        "村居名单（编码）": { kind: "villages", records: vRecs },
        "脱贫人口": { kind: "poorPersons", records: pRecs },
        "入驻企业（按类型）": { kind: "enterprises", records: eRecs },
        "合同分期付款": { kind: "funds", records: fRecs },
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
write("counties", "b180-c1-panyu.json", c1);
write("facts", "b180-f1-huicheng.json", f1);
write("facts", "b180-f2-yuancheng.json", f2);
write("facts", "b180-f3-chancheng.json", f3);
write("ledgers", "b180-l1-shunde.json", l1);
write("ledgers", "b180-l2-baiyun.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
