// Batch 213 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b210.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (213213), no clock. Run: node test/corpus/_b213/gen-b213.js
//
// c1 顺德区 (佛山): 《考评数据（分统计时点）》 序号｜指标｜统计时点｜数值｜计量单位｜数据来源｜备注 — the same indicator on two
//    rows at two 时点 (半年报 6/30 and 8/31: only the cut-off row is the fact), event dates sit in the 时点 column; 《自评汇总》 with
//    group 小计 rows. Ledgers: 村（社区）名册 (no type column — 村民委员会/社区居民委员会 suffix decides; town 小计 rows; no poor column:
//    PRD has no 省定贫困村), 站点巡查台账 (建成挂牌日期 vs 最近巡查日期; a “2021年8月” station makes exactly 56/80 = 70%),
//    sessions with times/ranges (a 8.25–9.5 online course falls out → 0.996%), 相对贫困人口 + 参训名单 (a lower-case x decides 21/30 = 70%),
//    park firms (one left on 8/31 still counts → 20), funds, reports, column log (January missing), media, materials (only after cut-off).
// f1 南沙区 (广州): 《任务分工及完成情况表》 — 领导小组 block, 基本情况 label｜value pairs, then 工作任务｜具体任务｜牵头单位｜配合单位｜
//    完成时限｜完成情况｜自评分（主观项）: deadlines and targets are not facts, the 完成情况 sentences are; no claimed points.
// f2 鼎湖区 (肇庆): 《考评指标测算表》 — 比率类 rows 计算公式｜分子｜分母｜计算结果｜对应档次｜自评分 (facts are the numerator and the
//    denominator: 35.12万 in a denominator, “2020年：2.66亿元” pairs), 达标类 √/× rows, 主观评分项, 否决项 and a per-indicator summary (claimed).
// f3 江城区 (阳江): 《自评打分汇总表（局内评议）》 — “标签｜值” pairs on top, then one row per indicator with three reviewers' columns
//    and the 评议结果 column (the claim, fund.spending −5 typed by the clerk), facts inside 完成情况 sentences; 书记 leads but 扶贫 is missing.
// l1 惠城区 (惠州): 填报说明; 省定贫困村 several to a cell (、 ， and line breaks); 站点 with 经纬度 and 已撤销 status; 培训签到 as a
//    person × session matrix (two header rows, a 8.30–9.1 session, 请假 cells, 合计 column and 每期人数 row); 月报 粤政易 timestamps;
//    宣传报道 (区级/广播/新媒体); 统计 pivot and a hidden 字典 (not ledgers).
// l2 榕城区 (揭阳): 封面; 脱贫人口 (就业状态 wording, 公益性岗位 is local); 产业园 as two tables (在园 above, 已退园 below with its own
//    header); 专项资金账户流水 (收入 rows are not disbursements, 期初/本月合计 rows neither); 专栏 copied from the web list (title and
//    date in one cell); 经验材料; 汇总 (not a ledger).
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
let seed = 213213;
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
    assert(/^b213-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b213-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b213-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 佛山市顺德区: 考评数据（分统计时点）+ 自评汇总 + 十个台账
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "440606";
  const POP = 3229800;
  const BASE = Math.min(POP, 500000);
  const TOWNS = [["大良街道", 4, 4], ["容桂街道", 6, 4], ["伦教街道", 5, 2], ["勒流街道", 10, 2], ["陈村镇", 9, 1], ["北滘镇", 9, 2], ["乐从镇", 10, 2], ["龙江镇", 9, 1], ["杏坛镇", 11, 1], ["均安镇", 7, 1]];
  const townStems = TOWNS.map((t) => t[0].slice(0, 2));
  const vName = nameMaker("新大东西南北上下沙石水马鹤桂逢光高龙富众", ["涌", "滘", "基", "岗", "头", "围", "洲", "沙", "坑", "边", "田", "湾", "塘", "冲", "洛", "坦", "滩"], "", townStems);
  const cName = nameMaker("金华锦文德顺康", ["城", "安", "兴", "苑", "盛", "和"], "", townStems);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs); // stems
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin.map((s) => s + "村"), comms.map((s) => s + "社区"), "c1");
  assert(admin.length === 80 && comms.length === 20, "c1 80 villages + 20 communities");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const pick = shuffle(admin);
  const noExpress = pick[79];

  // ---------------- 村（社区）名册
  const vRows = [["顺德区村（社区）基本情况（2021年）"], ["资料来源：区民政局2021年村（社区）“两委”换届统计表；“快递进村”一栏由区经济和科技促进局补填（已通／未通）。"],
    ["序号", "镇（街道）", "村（社区）名称", "户数（户）", "户籍人口（人）", "快递进村", "备注"]];
  const vMerges = ["A1:G1", "A2:G2"];
  let sq = 0;
  let hhAll = 0;
  let popAll = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    let hhT = 0;
    let popT = 0;
    const list = x.vs.map((v) => ({ v, isC: false })).concat(x.cs.map((c) => ({ v: c, isC: true })));
    for (const it of list) {
      sq++;
      const hh = rint(600, 4200);
      const pp = Math.round(hh * (2.6 + rnd()));
      hhT += hh;
      popT += pp;
      vRows.push([sq, vRows.length + 1 === r0 ? x.t : null, it.isC ? `${it.v}社区居民委员会` : `${it.v}村民委员会`, hh, pp,
        it.isC ? "—" : it.v === noExpress ? "未通" : "已通", it.v === noExpress ? "快递到镇上代收点自取" : null]);
    }
    mergeCol(vMerges, "B", r0, vRows.length);
    vRows.push([null, `${x.t}小计`, `村委会${x.vs.length}个、社区${x.cs.length}个`, hhT, popT, null, null]);
    hhAll += hhT;
    popAll += popT;
  }
  vRows.push(["全区合计", null, `村委会${admin.length}个、社区${comms.length}个`, hhAll, popAll, null, null]);
  vMerges.push(`A${vRows.length}:B${vRows.length}`);
  for (const r of vRows) padRow(r, 7);

  // ---------------- 站点巡查台账
  const covered = pick.slice(0, 56);
  const monthOnly = covered[55];
  const ST = covered.map((v) => ({ v, op: randIsoBetween("2020-06-15", "2021-08-20") }));
  ST.find((s) => s.v === monthOnly).op = "2021-08";
  ST.push({ v: covered[10], op: randIsoBetween("2021-01-05", "2021-07-30"), second: true });
  ST.push({ v: comms[2], op: randIsoBetween("2020-09-01", "2021-04-30"), comm: true });
  ST.push({ v: comms[9], op: randIsoBetween("2020-09-01", "2021-04-30"), comm: true });
  const septV = pick[60];
  ST.push({ v: septV, op: "2021-09-07" });
  const TORD = TOWNS.map((t) => t[0]);
  ST.sort((a, b) => TORD.indexOf(townOf[a.v]) - TORD.indexOf(townOf[b.v]) || cmp(a.op, b.op));
  const tCode = { "大良街道": "DL", "容桂街道": "RG", "伦教街道": "LJ", "勒流街道": "LL", "陈村镇": "CC", "北滘镇": "BJ", "乐从镇": "LC", "龙江镇": "LG", "杏坛镇": "XT", "均安镇": "JA" };
  const sRows = [["顺德区村级电子商务服务站点巡查台账"], ["填报单位：顺德区经济和科技促进局　　说明：“建成挂牌日期”为站点挂牌并开展业务之日；“最近巡查日期”为区电商中心最近一次上门巡查之日。"],
    ["站点编号", "站点名称", "镇（街道）", "所在村（社区）", "建成挂牌日期", "最近巡查日期", "巡查情况", "站长", "联系电话"]];
  const perTown = {};
  ST.forEach((s, j) => {
    const t = townOf[s.v];
    perTown[t] = (perTown[t] || 0) + 1;
    const code = `SD-${tCode[t]}-${pad3(perTown[t])}`;
    const vcell = s.comm ? `${s.v}社区居委会` : [`${s.v}村`, `${s.v}村委会`, `${s.v}村民委员会`][j % 3];
    let dc;
    if (s.op === "2021-08") dc = "2021年8月";
    else if (s.op === "2021-09-07") dc = "2021.9.7";
    else dc = [D(s.op), dotDate(s.op), `${s.op} 00:00:00`, slashDate(s.op), cnDate(s.op), excelSerial(s.op)][j % 6];
    let insp = null;
    let res = "—";
    if (s.op !== "2021-09-07") {
      const from = s.op.length === 7 ? "2021-08-25" : isoAdd(s.op, 20) > "2021-09-20" ? "2021-09-20" : isoAdd(s.op, 20);
      const idate = randIsoBetween(from < "2021-03-01" ? "2021-03-01" : from, "2021-09-24");
      insp = j % 2 ? D(idate) : dotDate(idate);
      res = ["正常营业", "正常营业", "正常营业，需补挂服务公示牌", "正常营业"][j % 4];
    }
    sRows.push([code, `顺德区${s.v}${s.comm ? "社区" : "村"}电商服务站${s.second ? "（二）" : ""}`, t, vcell, dc, insp, res, personName(), mask(phone())]);
  });
  sRows.push(["注：巡查日期晚于建成日期，不作为建成依据；2021年9月新挂牌站点暂未巡查。"]);
  const sMerges = ["A1:I1", "A2:I2", `A${sRows.length}:I${sRows.length}`];
  for (const r of sRows) padRow(r, 9);
  const adminSet = new Set(admin);
  const covSet = new Set(ST.filter((s) => !s.comm && adminSet.has(s.v) && openedBy(s.op, CUT)).map((s) => s.v));
  const covBase = Math.min(admin.length, 200);
  assert(covSet.size === 56 && ratioGE(56, covBase, 70) && !ratioGE(55, covBase, 70) && ratioGE(55, covBase, 50), "c1 56/80 exactly 70%");
  assert(!covSet.has(septV), "c1 sept village uncovered");

  // ---------------- 培训台账 (sessions)
  const TOPICS = ["农村电商基础知识", "网店开设与运营", "直播带货实操", "短视频拍摄与剪辑", "顺德美食电商营销", "农产品包装与品牌", "电商客服与物流", "社群团购运营", "跨境电商入门", "相对贫困户电商技能专题"];
  const ORGS = ["区电子商务公共服务中心", "顺德职业技术学院", "区电商协会", "北滘镇经济促进办", "杏坛镇经济促进办"];
  const starts = ["2020-09-17", "2020-10-15", "2020-11-12", "2020-12-10", "2021-01-14", "2021-03-11", "2021-03-25", "2021-04-22", "2021-05-20", "2021-06-17", "2021-07-08", "2021-07-22", "2021-08-12", "2021-08-26"];
  const sessions = starts.map((d, k) => ({ no: k + 1, start: d, end: d, topic: TOPICS[k % TOPICS.length], org: ORGS[k % ORGS.length], mode: k % 3 === 1 ? "线上直播" : "线下集中", pt: rint(240, 460) }));
  sessions[6].end = "2021-03-27";
  let diff = 4980 - sum(sessions.map((s) => s.pt));
  for (let j = 0; diff !== 0; j = (j + 1) % sessions.length) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 23);
    if (sessions[j].pt + st < 150 || sessions[j].pt + st > 600) continue;
    sessions[j].pt += st;
    diff -= st;
  }
  const late = { no: 15, start: "2021-08-25", end: "2021-09-05", topic: "“顺德电商云课堂”网络课程", org: ORGS[0], mode: "线上课程", pt: 620 };
  sessions.push(late);
  const ptCut = sum(sessions.filter((s) => s.end <= CUT).map((s) => s.pt));
  assert(ptCut === 4980 && ratioGE(ptCut, BASE, 0.8) && !ratioGE(ptCut, BASE, 1) && ratioGE(ptCut + late.pt, BASE, 1), "c1 4980/500000 = 0.996%");
  const sessDate = (s, j) => {
    if (s === late) return "2021.8.25-9.5";
    if (s.end !== s.start) return "2021年3月25日—27日";
    const k = j % 5;
    if (k === 0) return `${s.start} 14:30—17:30`;
    if (k === 1) return D(s.start);
    if (k === 2) return `${cnDate(s.start)}上午`;
    if (k === 3) return dotDate(s.start);
    return `${s.start} 09:00—12:00`;
  };

  // ---------------- 相对贫困人口 and 参训名单
  const plan = shuffle([].concat(Array(30).fill("E"), Array(8).fill("M"), Array(10).fill("N")));
  let xGiven = 0;
  const persons = plan.map((c) => {
    const birth = c === "N" ? birthBetween(1938, 1956) : birthBetween(1967, 2000);
    const wantX = c === "E" && xGiven < 1 ? true : undefined;
    if (wantX) xGiven++;
    return { c, id: makeId(REGION, birth, rnd() < 0.5, wantX) };
  });
  const poorHomeVillages = shuffle(admin).slice(0, 9);
  const hh = [];
  for (let i = 0; i < persons.length;) {
    const n = Math.min(persons.length - i, rint(2, 4));
    const mem = persons.slice(i, i + n).sort((a, b) => cmp(birthOf(a.id), birthOf(b.id)));
    const sur = SURNAMES[rint(0, SURNAMES.length - 1)];
    const male = (p) => Number(p.id[16]) % 2 === 1;
    const by = (p) => Number(birthOf(p.id).slice(0, 4));
    let spouse = false;
    mem.forEach((p, k) => {
      const d = k === 0 ? 0 : by(p) - by(mem[0]);
      if (k === 0) p.rel = "户主";
      else if (d >= 45) p.rel = male(p) ? "孙子" : "孙女";
      else if (d >= 16) p.rel = male(p) ? "儿子" : "女儿";
      else if (!spouse && male(p) !== male(mem[0])) {
        p.rel = "配偶";
        spouse = true;
      } else p.rel = "兄弟姐妹";
      p.name = personName(p.rel === "配偶" ? undefined : sur);
      p.v = poorHomeVillages[hh.length % poorHomeVillages.length];
    });
    hh.push(mem);
    i += n;
  }
  const pRows = [["顺德区相对贫困人口劳动能力及务工情况表"], ["说明：务工情况“区外务工”为外出务工；“区内务工”“未务工”不属外出务工；无劳动能力人员务工情况填“—”。数据来源：区农业农村局（区乡村振兴局）2021年8月。"],
    ["序号", "镇（街道）", "村", "户主", "姓名", "与户主关系", "身份证号码", "劳动能力", "务工情况"]];
  const pMerges = ["A1:I1", "A2:I2"];
  let pi = 0;
  for (const mem of hh) {
    const r0 = pRows.length + 1;
    for (const p of mem) {
      pi++;
      const lab = p.c === "N" ? (pi % 2 ? "无劳动能力" : "丧失劳动能力") : "有劳动能力";
      const work = p.c === "N" ? "—" : p.c === "M" ? "区外务工" : pi % 3 === 0 ? "未务工" : "区内务工";
      pRows.push([pi, townOf[p.v], `${p.v}村`, mem[0].name, p.name, p.rel, p.id, lab, work]);
    }
    for (const c of ["B", "C", "D"]) mergeCol(pMerges, c, r0, pRows.length);
  }
  const elig = persons.filter((p) => p.c === "E");
  const xP = elig.find((p) => isX(p.id));
  assert(elig.length === 30 && xP, "c1 30 eligible, one X");
  const before = sessions.filter((s) => s.end <= CUT);
  const eligSh = shuffle(elig.filter((p) => p !== xP));
  const trained = [xP].concat(eligSh.slice(0, 20)); // 21
  const masked = eligSh[20];
  const lateOnly = eligSh[21];
  const TR = [];
  trained.forEach((p, k) => TR.push({ p, s: before[(k * 3 + 1) % before.length], id: p === xP ? p.id.slice(0, 17) + "x" : k === 5 ? spacedId(p.id) : p.id }));
  const twice = trained[7];
  TR.push({ p: twice, s: before[before.length - 1], id: twice.id, note: "第二次参训" });
  TR.push({ p: masked, s: before[4], id: maskId(masked.id), note: "镇报名单已隐去部分号码" });
  TR.push({ p: lateOnly, s: late, id: lateOnly.id });
  const mig = persons.find((p) => p.c === "M");
  TR.push({ p: mig, s: before[3], id: mig.id, note: "回乡期间参训" });
  const TRs = TR.slice().sort((a, b) => a.s.no - b.s.no);
  const eligIds = new Set(elig.map((p) => p.id));
  const trainedCut = new Set(TRs.filter((t) => t.s.end <= CUT).map((t) => normId(t.id)).filter((id) => eligIds.has(id)));
  assert(trainedCut.size === 21 && ratioGE(21, 30, 70) && !ratioGE(20, 30, 70) && ratioGE(20, 30, 50), "c1 21/30 = 70%");
  for (const s of sessions) s.poorN = TRs.filter((t) => t.s === s).length;
  const tRows = [["顺德区农村电子商务培训台账（按期次）"], ["单位：人次"],
    ["期次", "培训时间", "培训内容", "培训方式", "承办单位", "参训人次", "其中：相对贫困人口", "备注"]];
  sessions.forEach((s, j) => tRows.push([`第${s.no}期`, sessDate(s, j), s.topic, s.mode, s.org, s.pt, s.poorN || null,
    s === late ? "网络课程，9月5日结课" : s.end !== s.start ? "三天班" : null]));
  tRows.push(["合计", null, null, null, null, sum(sessions.map((s) => s.pt)), sum(sessions.map((s) => s.poorN)), "含第15期"]);
  const tMerges = ["A1:H1", "A2:H2", `A${tRows.length}:E${tRows.length}`];
  const trRows = [["顺德区相对贫困人员参加电商培训名单"], ["序号", "姓名", "身份证号", "所在村", "参训期次", "培训时间", "备注"]];
  TRs.forEach((t, j) => trRows.push([j + 1, t.p.name, t.id, `${t.p.v}村`, `第${t.s.no}期`, sessDate(t.s, sessions.indexOf(t.s)), t.note || null]));
  trRows.push([`注：名单所列人员已计入《培训台账》各期参训人次，不另计人次。`]);
  const trMerges = ["A1:G1", `A${trRows.length}:G${trRows.length}`];

  // ---------------- 电商产业园入驻企业
  const FIRMS = [["佛山市顺德区味道顺德电子商务有限公司", "销售型"], ["佛山市顺德区凤城好物网店", "销售型"], ["佛山市顺德区均安蒸猪电商商行", "销售型"],
    ["佛山市顺德区家电优选网络科技有限公司", "平台型"], ["佛山市顺德区顺品汇网络科技有限公司", "平台型"], ["佛山市顺德区云帆电商代运营有限公司", "电商运营商"],
    ["佛山市顺德区智联电商服务有限公司", "电商运营商"], ["佛山市顺德区速通供应链管理有限公司", "物流企业"], ["佛山市顺德区北滘仓配物流有限公司", "物流企业"],
    ["佛山市顺德区陈村花卉网店", "销售型"], ["佛山市顺德区乐从家具电商有限公司", "销售型"], ["佛山市顺德区龙江家居网络科技有限公司", "销售型"],
    ["佛山市顺德区杏坛鱼干电商商行", "销售型"], ["佛山市顺德区伦教糕点网店", "销售型"], ["佛山市顺德区星播文化传媒有限公司", "直播电商"],
    ["佛山市顺德区锦鲤直播科技有限公司", "直播电商"], ["佛山市顺德区勒流农产品网店", "销售型"], ["佛山市顺德区顺丰冷链服务有限公司", "物流企业"],
    ["佛山市顺德区粤厨电商有限公司", "销售型"], ["佛山市顺德区容桂小家电网店", "销售型"], ["佛山市顺德区创客电商孵化有限公司", "电商运营商"],
    ["佛山市顺德区大良双皮奶电商商行", "销售型"]];
  const firms = FIRMS.map(([n, t]) => ({ n, t, code: creditCode(REGION), ent: randIsoBetween("2020-08-01", "2021-07-30"), left: null }));
  firms[20].ent = "2020-11-09";
  firms[20].left = "2021-08-31";
  firms[21].ent = "2020-12-01";
  firms[21].left = "2021-06-30";
  firms[13].ent = "2021-09-02";
  firms.sort((a, b) => cmp(a.ent, b.ent));
  const eRows = [["顺德区电子商务产业园入驻企业清单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退园时间", "备注"]];
  firms.forEach((f, j) => {
    const ec = f.ent === "2021-09-02" ? "2021.9.2" : dateCell(f.ent, j + 1);
    const lc = f.left === "2021-08-31" ? "2021年8月31日" : f.left ? dotDate(f.left) : null;
    eRows.push([j + 1, f.n, f.code, f.t, ec, lc, f.left === "2021-08-31" ? "8月31日办结退园" : f.left ? "合同到期退园" : f.ent === "2021-09-02" ? "9月新入驻" : null]);
  });
  eRows.push(["注：退园时间为空的为在园企业。"]);
  const inPark = firms.filter((f) => openedBy(f.ent, CUT) && !(f.left && f.left < CUT));
  const typesIn = new Set(inPark.map((f) => f.t));
  assert(inPark.length === 20 && typesIn.size >= 3, "c1 20 in park " + inPark.length);

  // ---------------- 专项资金拨付台账 (元)
  const PAY = [["2020-10-20", "区电子商务公共服务中心装修及设备", "佛山市顺德区云帆电商代运营有限公司", 902000], ["2020-12-16", "村级站点建设（第一批）", "中国邮政集团有限公司广东省佛山市顺德区分公司", 518400],
    ["2021-01-27", "电商人才培训（第一期）", "顺德职业技术学院", 186250.5], ["2021-03-19", "区镇村三级物流体系", "佛山市顺德区速通供应链管理有限公司", 784300],
    ["2021-04-28", "村级站点建设（第二批）", "中国邮政集团有限公司广东省佛山市顺德区分公司", 523900], ["2021-06-11", "“顺德好物”品牌推广", "佛山市顺德区智联电商服务有限公司", 298000],
    ["2021-07-15", "电商人才培训（第二期）", "顺德职业技术学院", 174600], ["2021-08-24", "冷链及溯源系统（首付款）", "佛山市顺德区顺丰冷链服务有限公司", 312000],
    ["2021-09-09", "公共服务中心运营补助", "佛山市顺德区云帆电商代运营有限公司", 380000]];
  const spent = sumYuan(PAY.filter((p) => p[0] <= CUT).map((p) => p[3]));
  const ALLOC = 5000000;
  assert(ratioGE(spent, ALLOC, 70), "c1 spent ≥ 70% " + spent);
  const fRows = [["顺德区电子商务进农村综合示范专项资金拨付台账"], ["单位：元"], ["序号", "拨付日期", "项目名称", "收款单位", "拨付金额", "凭证号", "备注"]];
  PAY.forEach((p, j) => {
    const amt = j % 3 === 1 ? fmtMoney(p[3]) : j === 5 ? `${p[3]}元` : p[3];
    const dc = p[0] > CUT ? "2021.9.9" : dateCell(p[0], j + 2);
    fRows.push([j + 1, dc, p[1], p[2], amt, `记-${p[0].slice(0, 4)}-${pad3(rint(10, 480))}`, p[0] > CUT ? "9月拨付" : null]);
  });
  fRows.push(["合计", null, null, null, sumYuan(PAY.map((p) => p[3])), null, "含9月拨付"]);
  const fMerges = ["A1:G1", "A2:G2", `A${fRows.length}:D${fRows.length}`];

  // ---------------- 月报报送登记
  const rRows = [["顺德区向佛山市商务局报送电商进农村工作月报登记"], ["序号", "报告期", "报送日期", "报送方式", "是否含电商扶贫统计", "经办人"]];
  const repDates = [];
  monthsBetween("2020-08", "2021-08").forEach((m, j) => {
    const nx = monthsBetween(m, "2021-12")[1];
    let dd = `${nx}-${String(rint(3, 9)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(dd)) || (dd >= "2020-10-01" && dd <= "2020-10-08")) dd = isoAdd(dd, 1);
    repDates.push(dd);
    rRows.push([j + 1, cnMonth(m), [D(dd), dotDate(dd), cnDate(dd), slashDate(dd)][j % 4], j % 2 ? "粤政易" : "电子邮件", "是", personName()]);
  });
  assert(inWindowMonths(repDates) === 12, "c1 12 report months");

  // ---------------- 专栏更新记录 (January missing)
  const U = [["2020-06-12", "顺德区电子商务进农村综合示范创建工作方案"], ["2020-06-12", "顺德区电子商务进农村综合示范项目基本信息公示"], ["2020-06-19", "关于设立电子商务进农村综合示范项目监督举报电话的公告"]];
  for (const m of WINDOW) {
    if (m === "2021-01") continue;
    const [y, mo] = m.split("-").map(Number);
    U.push([`${m}-${String(rint(4, Math.min(27, lastDay(y, mo)))).padStart(2, "0")}`, `顺德区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`]);
  }
  U.push(["2021-02-26", "顺德区电子商务进农村综合示范项目建设进度（2021年1月）"]);
  U.sort((a, b) => cmp(a[0], b[0]));
  const uRows = [["顺德区人民政府网站“电子商务进农村综合示范”专栏更新记录"], ["序号", "发布日期", "标题", "链接"]];
  U.forEach(([d, t], j) => uRows.push([j + 1, dateCell(d, j), t, `http://www.shunde.gov.cn/sdqzf/zwgk/dzsw/content/post_${4600000 + rint(1000, 99999)}.html`]));
  const disMonths = inWindowMonths(U.map((u) => u[0]));
  assert(disMonths === 11, "c1 11 disclosure months");

  // ---------------- 宣传报道
  const MED = [["2020-11-06", "顺德区融媒体中心（顺德城市网）", "区级", "网络", "顺德首批村级电商服务站挂牌", "否"],
    ["2021-05-20", "南方日报", "省级", "报纸", "顺德：村村有电商，美食卖全国", "否"],
    ["2021-07-16", "广东广播电视台珠江频道", "省级", "电视", "杏坛相对贫困户直播卖鱼干", "是"],
    ["2021-09-10", "佛山电视台《佛山新闻》", "市级", "电视", "顺德电商进农村见闻", "否"],
    ["2021-09-14", "中央电视台财经频道", "国家级", "电视", "顺德：电商帮扶让农户增收", "是"]];
  const mRows = [["顺德区电子商务进农村宣传报道登记表"], ["序号", "报道日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
  MED.forEach((m, j) => mRows.push([j + 1, m[0] > CUT ? dotDate(m[0]) : dateCell(m[0], j + 3), m[1], m[2], m[3], `《${m[4]}》`, m[5]]));
  const matRows = [["经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送对象", "备注"],
    [1, "2021.6.18", "《顺德区电商进农村工作情况汇报》", "区委办公室", "供区领导调研参考"],
    [2, "2021年9月3日", "《顺德区“电商＋美食”助农增收经验做法》", "佛山市商务局", null]];

  // ---------------- 考评数据（分统计时点）
  const W = 7;
  const fr = [];
  const fm = [];
  const full = (t) => {
    fr.push(padRow([t], W));
    fm.push(`A${fr.length}:G${fr.length}`);
  };
  full("顺德区电子商务进农村综合示范创建考评数据（分统计时点）");
  full("填报单位：佛山市顺德区经济和科技促进局　　　说明：同一指标有多个统计时点的分行填列，考评以2021年8月31日时点为准。");
  fr.push(["序号", "指标", "统计时点", "数值", "计量单位", "数据来源", "备注"]);
  let no = 0;
  const add = (label, when, value, unit, src, note) => fr.push([++no, label, when, value, unit, src || null, note || null]);
  add("县（市、区）", "—", "顺德区", "—");
  add("考评截止日期", "—", "2021年8月31日", "—", "省商务厅通知");
  add("常住人口", "2020年11月1日", 322.98, "万人", "第七次全国人口普查");
  add("户籍人口", "2020年末", 179.84, "万人", "区公安局", "仅供参考");
  add("行政村（村民委员会）", "2021年6月", 80, "个", "区民政局");
  add("社区居民委员会", "2021年6月", 20, "个", "区民政局");
  add("省定贫困村", "—", 0, "个", "区农业农村局", "珠三角地区不设省定贫困村");
  add("领导小组组长", "2020年4月", "区委副书记、区长", "—", "顺府办函〔2020〕41号");
  add("领导小组成员单位", "2020年4月", "区经济和科技促进局（商务）、区财政局、区农业农村局、区乡村振兴局、区市场监管局、区交通运输局、顺德邮政分公司", "—", "同上");
  add("示范县工作方案", "2020年5月15日", "已印发", "—", "顺府办发〔2020〕12号");
  add("农村电商扶持政策", "2020年9月", "已出台", "—", "《顺德区促进农村电子商务发展扶持办法》");
  add("区电子商务公共服务中心投入运营", "2020年12月18日", "已运营", "—", "运营合同、揭牌照片", "2020年10月起试运营");
  add("中心有免费培训场所、培训设备", "2021年8月31日", "是", "—");
  add("中心为特色农产品提供免费展示、销售", "2021年8月31日", "是", "—");
  add("中心提供免费摄影、美工服务", "2021年8月31日", "是", "—");
  add("中心组织农产品统一推广、指导品牌建设", "2021年8月31日", "是", "—", "“顺德好物”");
  add("中心提供其他衍生增值服务", "2021年8月31日", "否", "—", null, "暂未开展");
  add("电商产业园", "2021年8月31日", "已建成", "—", "整合原顺德电商孵化园");
  add("专业第三方电商运营服务商", "2021年8月31日", "有", "—");
  add("行政村物流快递覆盖率", "2021年6月", 100, "%", "区邮政管理局");
  add("农村网络零售额", "2019年", 286.4, "亿元", "省商务厅平台");
  add("农村网络零售额", "2020年", 350.6, "亿元", "省商务厅平台");
  add("农产品网络零售额", "2019年", 18.6, "亿元", "省商务厅平台");
  add("农产品网络零售额", "2020年", 24.4, "亿元", "省商务厅平台");
  add("农产品网络零售额同比增速", "2020年", 31.2, "%", "省商务厅平台");
  add("电商培训人次", "2021年6月30日", "3,350", "人次", "半年报");
  add("电商培训人次", "2021年8月31日", "4,980", "人次", "培训台账");
  add("有劳动能力的相对贫困人口（不含外出务工）", "2021年8月31日", 30, "人", "区乡村振兴局");
  add("参加电商培训的相对贫困人口", "2021年8月31日", 21, "人", "参训名单（按身份证号去重）");
  add("专栏公示创建方案", "2021年8月31日", "是", "—");
  add("专栏公示项目基本信息", "2021年8月31日", "是", "—");
  add("专栏公示项目建设进度", "2021年8月31日", "是", "—");
  add("专栏设立征求意见或监督举报窗口", "2021年8月31日", "是", "—", null, "监督举报电话");
  add("能统计电商扶贫情况", "2021年8月31日", "是", "—", null, "月报附扶贫统计");
  add("省级下达专项资金", "2019年12月", 500, "万元", "粤财工〔2019〕");
  add("累计拨付资金", "2021年6月30日", wanText(sumYuan(PAY.filter((p) => p[0] <= "2021-06-30").map((p) => p[3])), 2), "万元", "半年报");
  add("累计拨付资金", "2021年8月31日", wanText(spent, 2), "万元", "资金台账");
  add("资金管理制度", "2020年7月", "已制定", "—");
  add("资金专用台账", "2021年8月31日", "已建立", "—");
  add("项目总体进度", "2021年8月31日", 88, "%");
  add("发生安全生产、质量事故或重大损失", "2021年8月31日", "无", "—");
  add("弄虚作假情况", "2021年8月31日", "无", "—");
  full("填表人：何××　　审核：区经济和科技促进局副局长 梁××　　2021年9月15日");
  for (const r of fr) assert(r.length === W, "c1 facts width");

  // ---------------- 自评汇总 (group 小计 rows)
  const SA = [
    ["加强组织领导与统筹协调", [["组织领导", 2, 2, null, "org.leadership"], ["方案制定", 2, 2, "2", "org.plan"], ["政策支持", 2, 2, "2", "org.policy"], ["项目管理", 4, 3, "管理制度2，工作台账1", "org.management"]]],
    ["深入推动电子商务进农村工作", [["服务体系建设（县级中心与产业园）", 15, 15, null, "work.center"], ["服务体系建设（村级站点覆盖）", 10, 10, null, "work.coverage"],
      ["农村产品上行", 10, 8, "网销调研2，促销活动1，交易标准及冷链溯源1", "work.upward"], ["电商人才培训", 20, 20, null, "work.training"]]],
    ["加强信息公开及报送", [["信息公开", 4, 4, null, "info.disclosure"], ["数据上报", 6, 6, null, "info.reporting"]]],
    ["加强宣传推广", [["案例总结", 2, 2, null, "promo.cases"], ["经验推广", 8, 5, null, "promo.media"]]],
    ["加强财政资金管理", [["制度建立", 5, 4, "4", "fund.system"], ["资金台账", 5, 5, "5", "fund.ledger"], ["资金支出", 5, 4, "及时拨付4", "fund.spending"]]],
    ["加分项", [["贫困人口培训率70%及以上", 2, 2, null, "bonus.poorTraining"], ["电商扶贫典型案例获电视播报", 2, 1, null, "bonus.tvCase"]]],
  ];
  const sa = [["顺德区电子商务进农村综合示范创建考评自评汇总"], ["工作任务", "评价指标", "分值", "自评分", "主观评分", "说明"]];
  const saM = ["A1:F1"];
  const claimed = {};
  let allScored = 0;
  let allBonus = 0;
  for (const [task, items] of SA) {
    const r0 = sa.length + 1;
    for (const [n, w, p, j, id] of items) {
      sa.push([sa.length + 1 === r0 ? task : null, n, w, p, j, id === "bonus.tvCase" ? "广东广播电视台珠江频道播报" : null]);
      claimed[id] = p;
    }
    mergeCol(saM, "A", r0, sa.length);
    const sub = sum(items.map((x) => x[2]));
    sa.push([null, "小计", sum(items.map((x) => x[1])), sub, null, null]);
    if (task === "加分项") allBonus += sub;
    else allScored += sub;
  }
  sa.push(["一票否决项", "未发生安全生产、质量事故；项目总体进度88%；无弄虚作假", null, null, null, null]);
  sa.push(["合计", null, 100, allScored + allBonus, null, `其中加分${allBonus}分`]);
  saM.push(`A${sa.length}:B${sa.length}`);
  assert(allScored === sum(SCORED.map(([id]) => claimed[id])) && allScored === 92 && allBonus === 3, "c1 claimed 92+3");
  for (const r of sa) padRow(r, 6);

  // ---------------- points
  const opened = "2020-12-18";
  const centerPts = 2 + (opened <= "2021-02-28" ? 2 : 0) + 2 + 1 + 1 + 1 + 0 + 2 + (inPark.length >= 20 ? 2 : 0) + (typesIn.size >= 3 ? 1 : 0);
  const covPts = (ratioGE(covSet.size, covBase, 70) ? 5 : ratioGE(covSet.size, covBase, 50) ? 2 : 0) + 5;
  const ptPts = ratioGE(ptCut, BASE, 1) ? 10 : ratioGE(ptCut, BASE, 0.8) ? 8 : ratioGE(ptCut, BASE, 0.6) ? 6 : 0;
  const prPts = ratioGE(trainedCut.size, 30, 50) ? 10 : ratioGE(trainedCut.size, 30, 40) ? 8 : ratioGE(trainedCut.size, 30, 30) ? 6 : 0;
  // growth: 农村 286.4 → 350.6 亿 (22.4%), 农产品 18.6 → 24.4 亿 (31.2%)
  assert((3506 - 2864) * 100 < 30 * 2864 && (244 - 186) * 100 >= 30 * 186, "c1 growth");
  assert(centerPts === 14 && covPts === 10 && ptPts === 8 && prPts === 10, "c1 parts " + [centerPts, covPts, ptPts, prPts]);
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": centerPts, "work.coverage": covPts,
    "work.upward": 2 + 1 + 1 + 0 + 1 + 2, "work.training": ptPts + prPts, "info.disclosure": 2 + (disMonths === 12 ? 2 : 1),
    "info.reporting": (inWindowMonths(repDates) === 12 ? 3 : 1) + 3, "promo.cases": 0, "promo.media": 4 + 1, "fund.system": 4, "fund.ledger": 5,
    "fund.spending": ratioGE(spent, ALLOC, 70) ? 4 : -5,
    "bonus.poorTraining": ratioGE(trainedCut.size, 30, 70) ? 2 : 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 85 && bonus === 3, "c1 total " + scored + "+" + bonus);
  const leftCut = firms.find((f) => f.left === "2021-08-31");
  const leftJune = firms.find((f) => f.left === "2021-06-30");
  const septFirm = firms.find((f) => f.ent === "2021-09-02");
  const derivation = [
    "org.leadership: 组长“区委副书记、区长”（区长是主要领导）；成员单位有区经济和科技促进局（商务）、区财政局、区农业农村局、区乡村振兴局 → 2",
    "org.plan: 工作方案2020年5月15日印发（顺府办发〔2020〕12号），《自评汇总》主观评分2 → 2",
    "org.policy: 扶持政策已出台，主观评分2 → 2",
    "org.management: 主观评分“管理制度2，工作台账1” → 3（自评3）",
    `work.center: 中心投入运营时点2020年12月18日（日期写在“统计时点”栏；10月起是试运营） → 建成2；2020-12-18 ≤ 2021-02-28 → 满6个月2；免费培训、展示销售、摄影美工、品牌推广“是” → 2+1+1+1；其他衍生增值服务“否”（暂未开展） → 0；产业园已建成 → 2；《产业园企业》截至8月31日在园 ${inPark.length} 家（“${leftCut.n}”2021年8月31日退园，不是在截止日之前退园，仍算；“${leftJune.n}”6月30日退园不算；“${septFirm.n}”2021.9.2入驻不算） → 20家 2；类型销售型、平台型、电商运营商、物流企业、直播电商 → 1；合计14（自评15）`,
    `work.coverage: 《村（社区）名册》没有类型列，按名称：村民委员会${admin.length}个是行政村，社区居民委员会${comms.length}个不算；小计、合计行不是村；《站点巡查台账》按“建成挂牌日期”（不是最近巡查日期）截至2021-08-31有站的行政村 ${covSet.size} 个（“${monthOnly}”站只写“2021年8月”，按月算在截止日前；“${covered[10]}”两个站只算一次；两个社区站不算；“${septV}”2021.9.7挂牌不算） → 56/80 = 70.0% ≥ 70% → 5（漏掉只写月份的那站就是55/80 = 68.8%，只有2分）；无省定贫困村（数据表“省定贫困村0个，珠三角地区不设”，名册无贫困村列） → 5；合计10`,
    `work.upward: 主观评分网销调研2、促销活动1、交易标准及冷链溯源1；第三方运营服务商“有” → 1；名册有“快递进村”列，“${noExpress}村民委员会”为“未通” → 0（数据表写100%，与名册不符）；农村网零286.4→350.6亿元增长22.4%不够，农产品网零18.6→24.4亿元增长31.2% ≥ 30% → 2；合计7（自评8）`,
    `work.training: 常住人口322.98万 > 50万 → 基数500,000；《培训台账》结束日 ≤ 8月31日的第1—14期合计 ${fmtInt(ptCut)} 人次（第7期“2021年3月25日—27日”按27日算；第15期网络课程“2021.8.25-9.5”按结束日9月5日不算，620人次；合计行不另加） → 4,980/500,000 = 0.996% < 1% → 8（把第15期算进去就是1.12%）；《相对贫困人口》有劳动能力且不是“区外务工”的30人（区内务工、未务工都算）；《参训名单》截止日前身份证号对得上的21人（一人末位写成小写x、一人号码中间有空格，照样对得上；一人两次参训算一次；一人号码隐去无法核对不算；一人只参加第15期不算；区外务工一人不在30人内） → 21/30 = 70% → 10；合计18（自评20）`,
    "info.disclosure: 专栏公示方案、项目信息、建设进度，设监督举报电话 → 2；《专栏更新记录》2020年9月—2021年8月中2021年1月没有发布（1月的进度2月26日才发） → 11个月，不定时 → 1；合计3（自评4）",
    "info.reporting: 《月报报送登记》按报送日期，2020年9月—2021年8月每月都有报送（8月报告期9月才报，不在窗口内；窗口内是2020年8月—2021年7月报告期的12次） → 3；每次都“含电商扶贫统计” → 3；合计6",
    "promo.cases: 唯一报佛山市商务局的经验材料是2021年9月3日，在截止日后；6月18日那份报的是区委办公室，不是市商务局 → 0（自评2）",
    "promo.media: 截止日前：南方日报、广东广播电视台珠江频道（省级） → 4；顺德城市网（区级） → 1；佛山电视台（市级）2021.9.10、中央电视台2021.9.14在截止日后不算 → 5",
    "fund.system: 主观评分4 → 4",
    "fund.ledger: 主观评分5 → 5",
    `fund.spending: 《资金拨付台账》（元）截止日前8笔合计 ${fmtMoney(spent)} 元（9月9日38万不算，合计行不另加） → ${fmtMoney(spent)}/5,000,000 = ${pct1(spent, ALLOC)} ≥ 70% → 及时拨付主观分4 → 4`,
    "bonus.poorTraining: 相对贫困人口培训率21/30 = 70% ≥ 70% → 2",
    "bonus.tvCase: 广东广播电视台珠江频道2021年7月16日播报杏坛相对贫困户直播卖鱼干，标为电商扶贫典型案例（省级电视） → 1；中央电视台的在9月14日，截止日后 → 不是2",
    "veto.incident: “发生安全生产、质量事故或重大损失”无 → 不否决",
    "veto.progress: 项目总体进度88% ≥ 40% → 不否决",
    "veto.fraud: 弄虚作假情况“无” → 不否决",
  ];
  return {
    description:
      "佛山顺德区经济和科技促进局整本考评工作簿（13个表：考评数据（分统计时点）、自评汇总＋11个台账），85＋加分3＝88分、未否决（自评92＋3）：事实表是“序号｜指标｜统计时点｜数值｜计量单位｜数据来源｜备注”，同一指标分时点列两行（培训人次、累计拨付有6月30日半年报和8月31日两行，只认8月31日），中心投入运营、方案印发的日期写在“统计时点”栏，户籍人口、社区数不是输入；自评汇总按工作任务分组，每组有“小计”行，主观分写在“主观评分”栏。台账：村（社区）名册没有类型列（按“村民委员会／社区居民委员会”区分，镇街小计、全区合计行），无贫困村列（珠三角无省定贫困村），快递一村“未通”；站点巡查台账有“建成挂牌日期”和“最近巡查日期”两个日期（读前者），一站只写“2021年8月”（正好56/80＝70%），一站9月挂牌；培训按期次（时间带钟点、“上午”、三天班，网络课程“2021.8.25-9.5”按结束日不算 → 0.996%）；相对贫困人口（区外务工为外出）和参训名单（小写x、带空格的号码决定21/30＝70%）；产业园一家8月31日退园仍算 → 正好20家；经验材料只有9月和报区委办的；省级电视典型案例加1分。",
    sheets: [
      { name: "考评数据（分统计时点）", rows: fr, merges: fm },
      { name: "自评汇总", rows: sa, merges: saM },
      { name: "村（社区）名册", rows: vRows, merges: vMerges },
      { name: "站点巡查台账", rows: sRows, merges: sMerges },
      { name: "培训台账", rows: tRows, merges: tMerges },
      { name: "相对贫困人员参训名单", rows: trRows, merges: trMerges },
      { name: "相对贫困人口", rows: pRows, merges: pMerges },
      { name: "产业园企业", rows: eRows, merges: ["A1:G1", `A${eRows.length}:G${eRows.length}`] },
      { name: "资金拨付台账", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: rRows, merges: ["A1:F1"] },
      { name: "专栏更新记录", rows: uRows, merges: ["A1:D1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:E1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}


// =====================================================================================================
// f1 — 广州市南沙区: 创建任务分工及完成情况表（完成时限、目标不是事实，完成情况才是）
// =====================================================================================================
function buildF1() {
  const W = 8;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:H${rows.length}`);
  };
  full("广州市南沙区电子商务进农村综合示范创建任务分工及完成情况表");
  full("（完成情况统计截至2021年8月31日）");
  full("一、领导小组");
  const lead = [["组　长", "区委常委、副区长　李××"], ["副组长", "区商务局局长　陈××"],
    ["成员单位", "区商务局、区财政局、区农业农村局、区民政局、区交通运输局、区市场监管局、区政务服务数据管理局、南沙邮政分公司"]];
  for (const [a, b] of lead) {
    rows.push(padRow([a, b], W));
    merges.push(`B${rows.length}:H${rows.length}`);
  }
  full("二、基本情况");
  rows.push(["常住人口", "84.62万人（七普）", "户籍人口", "49.80万人", "行政村", "128个", "省定贫困村", "0个（我区不属省定贫困村分布地区）"]);
  full("三、任务分工及完成情况");
  rows.push(["序号", "工作任务", "具体任务", "牵头单位", "配合单位", "完成时限", "完成情况", "自评分（主观项）"]);
  const T = [
    ["组织保障", [
      ["成立领导小组，建立多部门协调机制", "区商务局", "各成员单位", "2020年4月底前", "已成立，区政府办公室2020年4月28日印发通知。", "—"],
      ["制定并印发示范创建工作方案", "区商务局", "区财政局", "2020年5月底前", "《南沙区电子商务进农村综合示范创建工作方案》2020年6月5日由区政府办公室印发（穗南府办〔2020〕18号）。", "2"],
      ["出台支持农村电商发展的政策", "区商务局", "区财政局、区农业农村局", "2020年12月底前", "《南沙区促进农村电子商务发展若干措施》已出台，部分条款仍在落实。", "1"],
      ["建立项目管理制度和工作台账", "区商务局", "各承建单位", "2020年6月底前", "项目管理制度已建立，建设、验收环节严格执行；工作台账按月更新。", "制度2／台账2"],
    ]],
    ["服务体系建设", [
      ["建成区电子商务公共服务中心", "区商务局", "运营服务商", "2020年10月底前", "2020年9月起试运营，2020年11月20日正式投入运营。", "—"],
      ["中心提供免费培训、展示销售、摄影美工、品牌推广及其他增值服务", "区商务局", "运营服务商", "持续", "设培训室1间（电脑30台），免费开展电商基础培训；农特产品展厅免费展示、代销；免费提供产品拍摄、美工设计；组织“南沙农品”统一推广，指导企业品牌建设；提供直播场地、融资对接等增值服务。", "—"],
      ["整合建设区电商产业园", "区商务局", "南沙街、黄阁镇", "2021年3月底前", "整合建成南沙电商产业园，已入驻企业24家。", "—"],
      ["村级站点覆盖70%以上行政村", "区商务局", "各镇（街）", "2021年6月底前", "已建成村级站点92个，覆盖行政村92个（71.9%）。", "—"],
    ]],
    ["农村产品上行", [
      ["开展农产品网络销售调研，形成针对性建议", "区农业农村局", "区商务局", "2020年12月底前", "委托第三方完成调研报告，提出建议8条。", "2"],
      ["开展农村产品网络促销活动", "区商务局", "各镇（街）", "持续", "举办“南沙农品网上年货节”等网络促销活动8场，成效明显。", "2"],
      ["引入专业第三方电商运营服务商", "区商务局", "—", "2020年9月底前", "已引入广州××电子商务有限公司负责中心运营。", "—"],
      ["实现行政村物流快递全覆盖", "区交通运输局", "南沙邮政分公司", "2021年6月底前", "行政村物流快递覆盖率100%。", "—"],
      ["出台交易标准，建设冷链、溯源系统", "区市场监管局", "区农业农村局", "2021年8月底前", "冷链系统已建成；溯源系统建设中；交易标准尚未出台。", "1"],
      ["农村网络零售额年增长20%以上", "区统计局", "区商务局", "—", "2019年农村网络零售额42.6亿元，2020年54.3亿元，同比增长27.5%；2020年农产品网络零售额同比增长18.2%。", "—"],
    ]],
    ["电商人才培训", [
      ["开展电商培训，培训人次达常住人口1%以上（按50万计为5,000人次）", "区人社局", "区商务局", "2021年8月底前", "累计开展培训42期，培训5,162人次。", "—"],
      ["有劳动能力的相对贫困人口培训率达50%以上", "区农业农村局", "区商务局", "2021年8月底前", "有劳动能力的相对贫困人口（不含外出务工）214人，已参加电商培训118人。", "—"],
    ]],
    ["信息公开及报送", [
      ["区政府网站设立示范创建公开专栏", "区政务服务数据管理局", "区商务局", "2020年6月底前", "已设立，公开创建方案、项目基本信息，每月更新项目建设进度，设监督举报电话。", "—"],
      ["每月向市商务局报送工作进展及统计数据", "区商务局", "—", "每月10日前", "按月报送，附电商扶贫统计表。", "—"],
    ]],
    ["财政资金管理", [
      ["制定专项资金管理办法", "区财政局", "区商务局", "2020年6月底前", "《南沙区电子商务进农村综合示范专项资金管理办法》已制定。", "4"],
      ["承建单位建立资金专用台账", "区财政局", "各承建单位", "2020年12月底前", "各承建单位均已建立资金专用台账。", "4"],
      ["省级资金支出率达70%以上并及时拨付", "区财政局", "区商务局", "2021年8月底前", "省级专项资金400万元，截至8月31日累计拨付293.8万元，支出率73.5%。", "3"],
      ["按期完成全部建设任务", "区商务局", "各成员单位", "2021年8月底前", "项目总体进度90%，冷链溯源等收尾中。", "—"],
    ]],
  ];
  let no = 0;
  for (const [task, items] of T) {
    const r0 = rows.length + 1;
    for (const it of items) rows.push([++no, rows.length + 1 === r0 ? task : null].concat(it));
    mergeCol(merges, "B", r0, rows.length);
  }
  full("四、其他：创建期间未发生安全生产、质量事故，未造成重大经济损失和社会不良影响；不存在弄虚作假情况。");
  rows.push(["填报单位：广州市南沙区商务局", null, null, null, "填表人：黄××", null, "填报日期：2021年9月8日", null]);
  merges.push(`A${rows.length}:D${rows.length}`, `E${rows.length}:F${rows.length}`, `G${rows.length}:H${rows.length}`);
  assert(rows.every((r) => r.length === W), "f1 width");
  assert((5430 - 4260) * 1000 >= 274 * 4260 && (5430 - 4260) * 1000 < 275.5 * 4260, "f1 27.5%");
  assert(Math.round(2938000 / 4000000 * 1000) === 735, "f1 73.5%");
  return {
    description:
      "广州南沙区商务局的《电子商务进农村综合示范创建任务分工及完成情况表》：上面“一、领导小组”（组长、副组长、成员单位各一行）和“二、基本情况”一行四对“标签｜值”，下面是 序号｜工作任务｜具体任务｜牵头单位｜配合单位｜完成时限｜完成情况｜自评分（主观项），工作任务纵向合并，最后“四、其他”一句话写否决事项。读法：完成时限（“2020年10月底前”）和具体任务里的目标（“按50万计为5,000人次”“年增长20%以上”）不是事实，只读完成情况——中心9月试运营、2020年11月20日正式投入运营，五项免费服务都有，2019/2020年农村网零42.6/54.3亿元和两个增速，培训5,162人次，相对贫困人口214人、参训118人，拨付293.8万元，总体进度90%，交易标准未出台（主观1分）；组长“区委常委、副区长”是分管领导，成员单位也没有扶贫（乡村振兴）；户籍人口、站点数、入驻企业数不是输入；主观分只在主观项有分，无逐指标自评分。",
    sheets: [{ name: "任务分工及完成情况", rows, merges }],
    expect: {
      facts: {
        county: "南沙区", asOf: "2021-08-31", residentPopulation: 846200, adminVillagesStated: 128, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-20", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 4260000000, ruralRetail2020: 5430000000, ruralRetailGrowthStated: 0.275, agriRetailGrowthStated: 0.182,
        trainingPersonTimesStated: 5162, eligiblePoorPersonsStated: 214, trainedPoorPersonsStated: 118,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 4000000, fundSpentStated: 2938000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "deputy",
    },
  };
}


// =====================================================================================================
// f2 — 肇庆市鼎湖区: 考评指标测算表（分子｜分母｜计算结果）＋达标类＋主观项＋否决项＋自评汇总
// =====================================================================================================
function buildF2() {
  const W = 8;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:H${rows.length}`);
  };
  full("鼎湖区电子商务进农村综合示范创建考评指标测算表");
  full("填报单位：肇庆市鼎湖区商务局　　　测算截止：2021年8月31日　　　填表日期：2021年9月7日");
  full("一、比率类指标");
  rows.push(["序号", "指标", "计算公式", "分子", "分母", "计算结果", "对应档次", "自评分"]);
  const R = [
    ["行政村站点覆盖率", "有站点的行政村数÷行政村数", 52, 68, "76.5%", "70%及以上", 5],
    ["省定贫困村站点覆盖率", "有站点的省定贫困村数÷省定贫困村数", 8, 8, "100%", "100%", 5],
    ["培训人次占常住人口比例", "培训人次÷常住人口（超过50万的按50万）", "3,640", "35.12万", "1.04%", "1%及以上", 10],
    ["建档立卡贫困人口培训率", "参训贫困人口÷有劳动能力的建档立卡贫困人口（不含外出务工）", 96, 152, "63.2%", "50%及以上", 10],
    ["行政村物流快递覆盖率", "通快递的行政村数÷行政村数", 68, 68, "100%", "100%", 1],
    ["农产品网络零售额同比增速", "（2020年－2019年）÷2019年", "2020年：2.66亿元", "2019年：2.00亿元", "33.0%", "≥30%", 2],
    ["农村网络零售额同比增速", "（2020年－2019年）÷2019年", "2020年：15.9亿元", "2019年：13.8亿元", "15.2%", "＜30%", "—"],
    ["省级资金支出率", "累计拨付÷省级下达资金", "318.4万元", "400万元", "79.6%", "70%以上", "见主观项"],
    ["近一年月报报送", "报送月份数÷12", 12, 12, "100%", "每月报送", 3],
    ["近一年专栏更新", "更新月份数÷12", 11, 12, "91.7%", "不定时更新", 1],
    ["项目总体进度", "已完成投资÷计划总投资", "372万元", "430万元", "86.5%", "≥40%", "不触发否决"],
  ];
  R.forEach((r, j) => rows.push([j + 1].concat(r)));
  full("二、达标类指标");
  rows.push(["序号", "指标", "评分标准", "完成情况", null, "是否达标", "分值", "自评分"]);
  const B = [
    ["组织领导", "区政府主要领导牵头，商务、财政、农业、扶贫等部门参与", "区长任领导小组组长；成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局", "√", 2, 2],
    ["方案制定", "正式印发示范县工作方案", "鼎府办〔2020〕5号", "√", "见主观项", null],
    ["政策支持", "出台支持农村电商发展的政策", "《鼎湖区农村电子商务发展扶持办法》", "√", "见主观项", null],
    ["建成县级电子商务公共服务中心", "建成", "2020年10月16日投入运营", "√", 2, 2],
    ["中心正常运行6个月以上", "截至2021年8月31日", "已运行10个月", "√", 2, 2],
    ["免费培训场所、培训设备", "能组织电商基础培训", "培训室2间，电脑60台", "√", 2, 2],
    ["免费展示、销售服务", "为特色农产品提供", "展示厅免费展示、代销", "√", 1, 1],
    ["免费摄影、美工服务", "为电子商务市场主体提供", "摄影、美工按成本价收费", "×", 1, 0],
    ["统一推广、品牌建设", "组织农产品统一推广、指导品牌建设", "“鼎湖山珍”区域公用品牌", "√", 1, 1],
    ["其他衍生增值服务", "提供其他增值服务", "金融对接、直播场地", "√", 1, 1],
    ["电商产业园", "建设或整合、优化", "整合建成鼎湖电商产业园", "√", 2, 2],
    ["产业园入驻企业", "20家及以上", "在园21家", "√", 2, 2],
    ["入驻企业类型", "至少三种以上", "平台型、销售型、运营商、物流企业", "√", 1, 1],
    ["第三方运营服务商", "有专业第三方运营或服务商", "肇庆××电子商务有限公司", "√", 1, 1],
    ["专栏内容", "公示方案、项目信息、建设进度，设征求意见或监督举报窗口", "公示了方案、项目基本信息和建设进度；未设征求意见或监督举报窗口", "×", 2, 0],
    ["电商扶贫统计", "能统计电商扶贫情况", "月报附电商扶贫统计表", "√", 3, 3],
    ["资金管理制度", "制定省级财政资金管理制度", "已制定《鼎湖区电商进农村专项资金管理办法》", "√", "见主观项", null],
    ["资金专用台账", "承建方建立资金专用台账", "已建立", "√", "见主观项", null],
    ["案例总结", "向市商务局报送经验材料", "2021年6月报送", "√", 2, 2],
    ["经验推广", "省级4分、市级3分、县级1分", "南方日报（省级）、西江日报（市级）报道", "√", 8, 7],
  ];
  B.forEach((r, j) => {
    rows.push([j + 1, r[0], r[1], r[2], null, r[3], r[4], r[5]]);
    merges.push(`D${rows.length}:E${rows.length}`);
  });
  full("三、主观评分项");
  rows.push(["序号", "评分项", "分值范围", "自评分", "自评依据", null, null, null]);
  merges.push(`E${rows.length}:H${rows.length}`);
  const J = [["方案制定", "1-2分", 2, "方案因地制宜，可操作性强"], ["政策支持", "1-2分", 2, "扶持办法已兑现补贴"], ["项目管理制度", "1-2分", 2, "建设、验收严格执行"],
    ["工作台账", "1-2分", 1, "前期台账记录不全"], ["网销调研", "1-2分", 2, "形成调研报告"], ["网络促销活动", "1-2分", 1, "开展活动3场"],
    ["交易标准与冷链、溯源系统", "1-2分", 1, "冷链已建，溯源在建"], ["资金管理制度", "1-5分", 4, null], ["资金台账", "1-5分", 4, null], ["资金及时拨付", "1-5分", 4, "支出率79.6%"]];
  J.forEach((r, j) => {
    rows.push([j + 1, r[0], r[1], r[2], r[3], null, null, null]);
    merges.push(`E${rows.length}:H${rows.length}`);
  });
  full("四、一票否决项");
  rows.push(["序号", "否决事项", null, "情况", null, null, null, null]);
  merges.push(`B${rows.length}:C${rows.length}`, `D${rows.length}:H${rows.length}`);
  [["发生安全生产、质量事故，或造成重大经济损失和社会不良影响", "无"], ["项目建设进度严重滞后，总体进度不足40%", "总体进度86.5%，不涉及"], ["弄虚作假", "无"]].forEach((r, j) => {
    rows.push([j + 1, r[0], null, r[1], null, null, null, null]);
    merges.push(`B${rows.length}:C${rows.length}`, `D${rows.length}:H${rows.length}`);
  });
  full("五、自评得分汇总");
  const S = [["组织领导", 2, 2, "org.leadership"], ["方案制定", 2, 2, "org.plan"], ["政策支持", 2, 2, "org.policy"], ["项目管理", 4, 3, "org.management"],
    ["服务体系建设（县级中心与产业园）", 15, 14, "work.center"], ["服务体系建设（村级站点覆盖）", 10, 10, "work.coverage"], ["农村产品上行", 10, 8, "work.upward"],
    ["电商人才培训", 20, 20, "work.training"], ["信息公开", 4, 1, "info.disclosure"], ["数据上报", 6, 6, "info.reporting"], ["案例总结", 2, 2, "promo.cases"],
    ["经验推广", 8, 7, "promo.media"], ["制度建立", 5, 4, "fund.system"], ["资金台账", 5, 4, "fund.ledger"], ["资金支出", 5, 4, "fund.spending"],
    ["加分项：建档立卡贫困人口培训率70%及以上", 2, 0, "bonus.poorTraining"], ["加分项：电商扶贫典型案例获电视播报", 2, 0, "bonus.tvCase"]];
  rows.push(["序号", "评价指标", null, "分值", "自评分", "备注", null, null]);
  merges.push(`B${rows.length}:C${rows.length}`, `F${rows.length}:H${rows.length}`);
  const claimed = {};
  S.forEach((r, j) => {
    rows.push([j + 1, r[0], null, r[1], r[2], r[3] === "bonus.poorTraining" ? "培训率63.2%，未达70%" : r[3] === "bonus.tvCase" ? "无" : null, null, null]);
    merges.push(`B${rows.length}:C${rows.length}`, `F${rows.length}:H${rows.length}`);
    claimed[r[3]] = r[2];
  });
  const tot = sum(SCORED.map(([id]) => claimed[id]));
  assert(tot === 89, "f2 claimed 89 " + tot);
  rows.push([null, "合计", null, 100, tot, null, null, null]);
  merges.push(`B${rows.length}:C${rows.length}`, `F${rows.length}:H${rows.length}`);
  // the clerk's own arithmetic must agree with what is typed
  assert(Math.round(52 / 68 * 1000) === 765 && Math.round(3640 / 351200 * 10000) === 104 && Math.round(96 / 152 * 1000) === 632, "f2 rates");
  assert((266 - 200) * 1000 === 330 * 200 && Math.round((159 - 138) / 138 * 1000) === 152 && Math.round(3184 / 4000 * 1000) === 796 && Math.round(372 / 430 * 1000) === 865, "f2 rates 2");
  // center sub-points add up to the claim
  assert(2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + 2 + 1 === claimed["work.center"], "f2 center");
  assert(rows.every((r) => r.length === W), "f2 width");
  return {
    description:
      "肇庆鼎湖区商务局的《考评指标测算表》：一、比率类指标 序号｜指标｜计算公式｜分子｜分母｜计算结果｜对应档次｜自评分——事实是分子、分母本身（常住人口“35.12万”在分母里，零售额写成“2020年：2.66亿元”“2019年：2.00亿元”分列在分子、分母，资金“318.4万元÷400万元”，总体进度的分子分母是投资额、计算结果86.5%才是进度），计算结果百分比大多不是输入（增速的计算结果是所述增速）；二、达标类指标 评分标准｜完成情况｜是否达标（√／×）｜分值｜自评分（免费摄影美工×、专栏未设监督举报窗口×）；三、主观评分项；四、一票否决项；五、自评得分汇总（逐指标自评分，两个加分项各0）。区长任组长、四部门齐全。",
    sheets: [{ name: "指标测算表", rows, merges }],
    expect: {
      facts: {
        county: "鼎湖区", asOf: "2021-08-31", residentPopulation: 351200, adminVillagesStated: 68, poorVillagesStated: 8,
        planIssued: true, policyIssued: true, centerOpened: "2020-10-16", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1380000000, ruralRetail2020: 1590000000, agriRetail2019: 200000000, agriRetail2020: 266000000,
        ruralRetailGrowthStated: 0.152, agriRetailGrowthStated: 0.33,
        trainingPersonTimesStated: 3640, eligiblePoorPersonsStated: 152, trainedPoorPersonsStated: 96,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 4000000, fundSpentStated: 3184000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.865,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}


// =====================================================================================================
// f3 — 阳江市江城区: 自评打分汇总表（局内评议：三位评议人各打分，评议结果才是自评分）
// =====================================================================================================
function buildF3() {
  const W = 9;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:I${rows.length}`);
  };
  full("江城区电子商务进农村综合示范创建考评自评打分汇总表");
  full("（局内评议稿）");
  full("一、基本情况");
  const P = [
    ["县（市、区）", "江城区", "数据截至", "2021年8月31日"],
    ["常住人口", "69.93万人（七普）", "户籍人口", "47.6万人"],
    ["行政村", "41个（另有社区居委会37个）", "省定贫困村", "3个"],
    ["领导小组组长", "区委书记", "成员单位", "区商务局、区财政局、区农业农村局、区交通运输局、区市场监管局"],
    ["公共服务中心投入运营", "2021年3月2日", "示范县工作方案", "已印发（江府办〔2020〕22号）"],
    ["省级下达资金", "300万元", "累计拨付（截至8月31日）", "2,046,300.00元"],
    ["项目总体进度", "78%", "培训人次", "5,036人次"],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", "187人", "参训建档立卡贫困人口", "91人"],
    ["2020年农村网络零售额", "31.2亿元（同比增长12.6%）", "2020年农产品网络零售额", "4.05亿元（同比增长36.4%）"],
  ];
  for (const [a, b, c, d] of P) {
    rows.push([a, b, null, null, c, d, null, null, null]);
    merges.push(`B${rows.length}:D${rows.length}`, `F${rows.length}:I${rows.length}`);
  }
  full("二、评议打分（评议人分别打分，“评议结果”由局务会议确定，作为本区自评得分上报）");
  rows.push(["序号", "评价指标", "分值", "完成情况", "评议人一（局长）", "评议人二（分管副局长）", "评议人三（电商股股长）", "评议结果（自评得分）", "说明"]);
  const T = [
    ["组织领导", 2, "区委书记任组长，商务、财政、农业农村、交通、市场监管等部门参与", [2, 2, 1], 2, null, "org.leadership"],
    ["方案制定", 2, "2020年6月印发工作方案", [2, 2, 2], 2, "方案2分", "org.plan"],
    ["政策支持", 2, "出台《江城区农村电商扶持办法》，部分政策待兑现", [2, 1, 1], 1, "政策1分", "org.policy"],
    ["项目管理", 4, "建立项目管理制度并执行；工作台账部分缺漏", [3, 3, 4], 3, "管理制度2，工作台账1", "org.management"],
    ["服务体系建设（县级中心与产业园）", 15, "中心2021年3月2日投入运营，截至8月31日运行不足6个月；有免费培训室及培训设备；免费展示、销售特色农产品；免费摄影、美工；统一推广“江城海味”品牌；暂未提供其他衍生增值服务；整合建成电商产业园，入驻企业18家，含平台型、销售型、运营商、物流企业", [10, 10, 11], 10, null, "work.center"],
    ["服务体系建设（村级站点覆盖）", 10, "41个行政村中31个建有站点（75.6%），3个省定贫困村全覆盖", [10, 10, 10], 10, null, "work.coverage"],
    ["农村产品上行", 10, "开展网销调研并形成报告；开展网络促销活动6场；有专业第三方运营服务商；行政村快递覆盖率97.6%（1个村未通）；冷链已建、溯源在建，交易标准未出台；农产品网络零售额增长36.4%", [8, 7, 8], 8, "调研2，促销2，标准冷链溯源1", "work.upward"],
    ["电商人才培训", 20, "培训5,036人次，按50万基数为1.01%；贫困人口培训率48.7%（91/187）", [18, 18, 18], 18, null, "work.training"],
    ["信息公开", 4, "专栏公示创建方案、项目基本信息、建设进度，设监督举报电话；近一年按月更新", [4, 4, 4], 4, null, "info.disclosure"],
    ["数据上报", 6, "每月向市商务局报送，附电商扶贫统计表", [6, 6, 6], 6, null, "info.reporting"],
    ["案例总结", 2, "2021年5月向市商务局报送经验材料", [2, 2, 2], 2, null, "promo.cases"],
    ["经验推广", 8, "南方日报（省级）、阳江日报（市级）报道", [7, 7, 7], 7, null, "promo.media"],
    ["制度建立", 5, "制定《江城区电商进农村专项资金管理办法》", [4, 4, 3], 4, null, "fund.system"],
    ["资金台账", 5, "承建单位建立资金专用台账", [4, 5, 4], 4, null, "fund.ledger"],
    ["资金支出", 5, "累计拨付204.63万元，支出率68.2%", [-5, -5, 3], -5, "支出率低于70%，倒扣5分", "fund.spending"],
    ["加分项：建档立卡贫困人口培训率70%及以上", 2, "培训率48.7%", [0, 0, 0], 0, null, "bonus.poorTraining"],
    ["加分项：电商扶贫典型案例获电视播报", 2, "无", [0, 0, 0], 0, null, "bonus.tvCase"],
  ];
  const claimed = {};
  T.forEach(([n, w, done, rv, res, note, id], j) => {
    rows.push([j + 1, n, w, done, rv[0], rv[1], rv[2], res, note]);
    claimed[id] = res;
  });
  rows.push([null, "一票否决项", "—", "未发生安全生产、质量事故；项目总体进度78%；无弄虚作假", "—", "—", "—", "—", null]);
  const tot = sum(SCORED.map(([id]) => claimed[id]));
  assert(tot === 76, "f3 claimed 76 " + tot);
  const revTot = [0, 1, 2].map((k) => sum(T.map((t) => t[3][k])));
  rows.push([null, "合计", 100, null, revTot[0], revTot[1], revTot[2], tot, "加分0"]);
  full("评议人签名：林××　　吴××　　陈××　　　　　2021年9月3日");
  assert(Math.round(2046300 / 3000000 * 1000) === 682 && Math.round(5036 / 500000 * 10000) === 101 && Math.round(91 / 187 * 1000) === 487 && Math.round(40 / 41 * 1000) === 976 && Math.round(31 / 41 * 1000) === 756, "f3 rates");
  assert(rows.every((r) => r.length === W), "f3 width");
  return {
    description:
      "阳江江城区商务局的《自评打分汇总表（局内评议稿）》：上面“一、基本情况”每行两对“标签｜值”（值格合并），下面“二、评议打分”一指标一行：序号｜评价指标｜分值｜完成情况｜评议人一（局长）｜评议人二（分管副局长）｜评议人三（电商股股长）｜评议结果（自评得分）｜说明，三位评议人的分数不是自评分，只有“评议结果”是（资金支出评议结果“－5”、说明“倒扣5分”，不是及时拨付的主观分），主观分项写在说明栏；加分两行、一票否决一行、合计行（三位评议人各有合计）。读法：组长“区委书记”是主要领导，但成员单位只有商务、财政、农业农村、交通、市场监管——没有扶贫（乡村振兴）；中心2021年3月2日投入运营，“暂未提供其他衍生增值服务”；快递97.6%（1个村未通） → 否；只有2020年零售额和增速；户籍人口、站点数、入驻18家不是输入。",
    sheets: [{ name: "自评打分汇总", rows, merges }],
    expect: {
      facts: {
        county: "江城区", asOf: "2021-08-31", residentPopulation: 699300, adminVillagesStated: 41, poorVillagesStated: 3,
        planIssued: true, policyIssued: true, centerOpened: "2021-03-02", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2020: 3120000000, agriRetail2020: 405000000, ruralRetailGrowthStated: 0.126, agriRetailGrowthStated: 0.364,
        trainingPersonTimesStated: 5036, eligiblePoorPersonsStated: 187, trainedPoorPersonsStated: 91,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 3000000, fundSpentStated: 2046300, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.78,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4,
      },
      leadership: "principal",
      claimed,
    },
  };
}


// =====================================================================================================
// l1 — 惠州市惠城区: 填报说明、省定贫困村（一格多村）、站点（经纬度、已撤销）、签到矩阵、月报、宣传、按月统计、隐藏字典
// =====================================================================================================
function buildL1() {
  const CUT = "2021-08-31";
  const REGION = "441302";
  const TOWNS = ["横沥镇", "芦洲镇", "马安镇", "汝湖镇", "三栋镇", "水口街道", "小金口街道"];
  const vName = nameMaker("仍嶂大黄伯马新石龙白禾田沙岭", ["图", "背", "岚", "竹", "坳", "塘", "岗", "湖", "围", "坑", "陂", "田", "洞", "排"], "", ["横沥", "芦洲", "马安", "汝湖", "三栋", "水口", "小金"]);
  // ---------------- 省定贫困村 (several to a cell)
  const PV = [["横沥镇", 4, "、"], ["芦洲镇", 3, "，"], ["马安镇", 2, "\n"], ["汝湖镇", 2, "、"], ["三栋镇", 1, ""]];
  const pvRows = [["惠城区省定相对贫困村名单"], ["序号", "镇（街道）", "个数", "村名", "备注"]];
  const pvRecs = [];
  const poorStems = [];
  PV.forEach(([t, n, sep], j) => {
    const names = [];
    for (let i = 0; i < n; i++) {
      const s = vName();
      poorStems.push({ s, t });
      const nm = j === 1 && i === 2 ? `${s}村委会` : j === 2 && i === 1 ? `${s}村民委员会` : `${s}村`;
      names.push(nm);
      pvRecs.push({ name: nm });
    }
    pvRows.push([j + 1, t, n, names.join(sep), j === 2 ? "一格内分行填写" : null]);
  });
  pvRows.push(["合计", null, sum(PV.map((p) => p[1])), null, null]);
  pvRows.push(["注：2016—2020年新时期精准扶贫精准脱贫三年攻坚，省定相对贫困村12个，均已出列。"]);
  const pvMerges = ["A1:E1", `A${pvRows.length - 1}:B${pvRows.length - 1}`, `A${pvRows.length}:E${pvRows.length}`];
  assert(pvRecs.length === 12, "l1 12 poor villages");

  // ---------------- 站点清单 (经纬度, 状态)
  const ST = [];
  for (const { s, t } of poorStems) ST.push({ t, s, op: randIsoBetween("2020-07-01", "2021-07-31") });
  for (let i = 0; i < 9; i++) {
    const t = TOWNS[i % 5];
    ST.push({ t, s: vName(), op: randIsoBetween("2020-07-01", "2021-08-20") });
  }
  ST.push({ t: "水口街道", s: "东江", op: randIsoBetween("2020-09-01", "2021-05-30"), comm: true });
  ST.push({ t: "横沥镇", s: poorStems[0].s, op: "2021-04-16", second: true });
  ST[3].op = "2020-12";
  ST[14].op = "2021-09-03";
  ST.sort((a, b) => TOWNS.indexOf(a.t) - TOWNS.indexOf(b.t) || cmp(a.op, b.op));
  const sRows = [["惠城区村级电子商务服务站点清单"], ["填报单位：惠州市惠城区商务局　　　坐标系：WGS-84"],
    ["序号", "站点名称", "镇（街道）", "所在村（社区）", "经度", "纬度", "开业日期", "状态", "联系人", "联系电话"]];
  const sRecs = [];
  ST.forEach((x, j) => {
    const vcell = x.comm ? `${x.s}社区居委会` : [`${x.s}村`, `${x.s}村委会`, `${x.s}村民委员会`, `${x.s}村`][j % 4];
    let dc;
    if (x.op === "2020-12") dc = "2020年12月";
    else if (x.op === "2021-09-03") dc = "2021.9.3";
    else dc = [D(x.op), twoDot(x.op), slashDate(x.op), excelSerial(x.op), cnDate(x.op)][j % 5];
    const [lo, la] = lngLat(114.28, 114.62, 22.98, 23.28);
    const status = j === 5 ? "已撤销（2021.6）" : j === 9 ? "暂停营业" : "运营中";
    sRows.push([j + 1, `惠城区${x.s}${x.comm ? "社区" : "村"}电商服务站${x.second ? "（二）" : ""}`, x.t, vcell, lo, la, dc, status, personName(), mask(phone())]);
    sRecs.push({ village: vcell, opened: x.op });
  });
  sRows.push(["注：已撤销、暂停营业的站点保留登记；经纬度由站点负责人手机定位上报。"]);
  const sMerges = ["A1:J1", "A2:J2", `A${sRows.length}:J${sRows.length}`];
  for (const r of sRows) padRow(r, 10);

  // ---------------- 培训签到 (person × session matrix)
  const SES = [["第1期", "2020-10-22", "2020.10.22"], ["第2期", "2020-12-03", "2020.12.3"], ["第3期", "2021-03-18", "2021.3.18"], ["第4期", "2021-05-13", "2021.5.13"],
    ["第5期", "2021-07-08", "2021.7.8"], ["第6期", "2021-09-01", "2021.8.30-9.1"]];
  const tRows = [["惠城区农村电商培训签到汇总表（2020—2021年）"], ["说明：“√”为当期签到参训，“请假”“未到”不算参训；第6期为三天班（8月30日—9月1日）。"],
    ["序号", "姓名", "身份证号", "所在村", "是否建档立卡贫困户", "参训情况", null, null, null, null, null, "参训次数"],
    [null, null, null, null, null].concat(SES.map((x) => x[0]), [null]),
    [null, null, null, null, null].concat(SES.map((x) => x[2]), [null])];
  const tMerges = ["A1:L1", "A2:L2", "A3:A5", "B3:B5", "C3:C5", "D3:D5", "E3:E5", "F3:K3", "L3:L5"];
  const tRecs = [];
  const perSes = SES.map(() => 0);
  const vPool = ST.filter((x) => !x.comm).map((x) => x.s);
  for (let i = 1; i <= 24; i++) {
    const id = makeId(REGION, birthBetween(1966, 2001), rnd() < 0.5, i === 3 ? true : undefined);
    let idCell = id;
    let recId = id;
    if (i === 3) idCell = id.slice(0, 17) + "x";
    if (i === 11) {
      idCell = maskId(id);
      recId = idCell;
    }
    if (i === 17) {
      idCell = null;
      recId = null;
    }
    const cells = SES.map((x, k) => {
      const v = (i * 7 + k * 3) % 5;
      if (v === 0 || v === 3) return "√";
      if (v === 1 && k % 2 === 0) return "√";
      if (v === 2 && i % 4 === 0) return "请假";
      if (v === 4 && i % 6 === 1) return "未到";
      return null;
    });
    if (!cells.includes("√")) cells[i % 6] = "√";
    let n = 0;
    cells.forEach((c, k) => {
      if (c === "√") {
        n++;
        perSes[k]++;
        tRecs.push({ date: SES[k][1], personTimes: 1, id: recId });
      }
    });
    tRows.push([i, personName(), idCell, `${vPool[i % vPool.length]}村`, i % 3 === 0 ? "是" : "否"].concat(cells, [n]));
  }
  tRows.push(["每期人数", null, null, null, null].concat(perSes, [sum(perSes)]));
  tMerges.push(`A${tRows.length}:E${tRows.length}`);
  for (const r of tRows) padRow(r, 12);
  assert(tRecs.length === sum(perSes) && tRecs.some((t) => t.date === "2021-09-01") && tRows.some((r) => r.includes("请假")), "l1 matrix");
  checkTrainingIds(tRecs, "l1");

  // ---------------- 月报报送 (粤政易 timestamps)
  const rRows = [["惠城区电商进农村工作月报报送记录（粤政易发文记录导出）"], ["序号", "发送时间", "文件标题", "接收单位", "含扶贫统计"]];
  const rRecs = [];
  monthsBetween("2020-08", "2021-08").forEach((m, j) => {
    if (m === "2021-01") return;
    const nx = monthsBetween(m, "2021-12")[1];
    let dd = `${nx}-${String(rint(2, 12)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(dd)) || (dd >= "2020-10-01" && dd <= "2020-10-08")) dd = isoAdd(dd, 1);
    const pov = j === 4 ? "×" : j === 9 ? null : "√";
    rRows.push([rRows.length - 1, `${dd} ${hms()}`, `关于报送惠城区${cnMonth(m)}电子商务进农村工作情况的函`, "惠州市商务局", pov]);
    rRecs.push({ date: dd, poverty: pov === "√" ? true : pov === "×" ? false : null });
  });
  rRows.push(["注：2021年1月工作情况与2月合并于3月报送。"]);
  const rMerges = ["A1:E1", `A${rRows.length}:E${rRows.length}`];

  // ---------------- 宣传报道
  const MED = [["2020-10-23", "惠城区融媒体中心", "区级", "新媒体", "惠城区首期农村电商培训开班", "county", false],
    ["2021-01-12", "惠州日报", "市级", "报纸", "惠城：电商服务站开到村口", "city", false],
    ["2021-03-26", "惠州广播电视台", "市级", "电视", "横沥镇脱贫户直播卖农货", "city", true],
    ["2021-05-08", "广东广播电视台", "省级", "广播", "惠城区电商助农见闻", "province", false],
    ["2021-06-30", "学习强国广东学习平台", "省级", "网站", "惠城区：电商赋能乡村振兴", "province", false],
    ["2021-08-20", "人民日报客户端", "国家级", "新媒体", "惠州惠城：小站点连通大市场", "national", false],
    ["2021-09-06", "南方日报", "省级", "报纸", "惠城区电商进农村综合示范创建纪实", "province", false]];
  const mRows = [["惠城区电子商务进农村宣传报道统计"], ["序号", "日期", "媒体", "级别", "类型", "标题"]];
  const mRecs = [];
  MED.forEach((m, j) => {
    mRows.push([j + 1, [dotDate(m[0]), D(m[0]), cnDate(m[0]), dashNoPad(m[0])][j % 4], m[1], m[2], m[3], m[4]]);
    mRecs.push({ date: m[0], level: m[5], tv: m[6] });
  });

  // ---------------- 按月统计 (not a ledger) / 填报说明 / 字典
  const gRows = [["按月统计（由各台账汇总，供汇报用）"], ["月份", "新开站点", "培训人次", "月报", "宣传报道"]];
  for (const m of WINDOW) gRows.push([cnMonth(m), sRecs.filter((s) => s.opened.slice(0, 7) === m).length, tRecs.filter((t) => t.date.slice(0, 7) === m).length,
    rRecs.filter((r) => r.date.slice(0, 7) === m).length, mRecs.filter((x) => x.date.slice(0, 7) === m).length]);
  const note = [["填报说明"], ["一、本工作簿由惠城区商务局电商股整理，截至2021年9月10日。"], ["二、《培训签到》按人登记，每期一列，打“√”为签到。"],
    ["三、《站点清单》已撤销站点保留登记，不删除。"], ["四、《按月统计》为汇总数，不作为台账。"]];
  const dict = [["级别"], ["国家级"], ["省级"], ["市级"], ["区级"], ["类型"], ["电视"], ["广播"], ["报纸"], ["网站"], ["新媒体"]];
  return {
    description:
      "惠州惠城区商务局台账工作簿（八个表）：①《填报说明》不是台账；②《省定贫困村》一镇一行，“村名”一格写几个村——分隔有“、”“，”和格内换行三种，有“××村委会”“××村民委员会”写法，合计行和注不是记录；③《站点清单》带经度、纬度两列小数（不是日期），开业日期混写（“2020年12月”只到月、“21.3.8”两位年份、Excel序号、“2021.9.3”9月开业照列），状态“已撤销（2021.6）”“暂停营业”的照列，一村第二站、社区站照列；④《培训签到》是人×期矩阵：三行表头（“参训情况”合并、期次、日期），一人一行、每个“√”是一条记录（按行从左到右），“请假”“未到”和空格不是，第6期“2021.8.30-9.1”按9月1日，“参训次数”列和“每期人数”行不是记录；身份证号一人小写x、一人打星号（照写）、一人空着（null）；⑤《月报报送》是粤政易发文记录导出，发送时间带时分秒，含扶贫统计“√／×”和一格空着（null），2021年1月没有；⑥《宣传报道》级别国家级／省级／市级／区级，类型有广播、网站、新媒体（都不是电视），9月6日省级照列；⑦《按月统计》和⑧隐藏的《字典》不是台账。",
    sheets: [
      { name: "填报说明", rows: note, merges: [] },
      { name: "省定贫困村", rows: pvRows, merges: pvMerges },
      { name: "站点清单", rows: sRows, merges: sMerges },
      { name: "培训签到", rows: tRows, merges: tMerges },
      { name: "月报报送", rows: rRows, merges: rMerges },
      { name: "宣传报道", rows: mRows, merges: ["A1:F1"] },
      { name: "按月统计", rows: gRows, merges: ["A1:E1"] },
      { name: "字典", rows: dict, merges: [], hidden: true },
    ],
    expect: {
      sheets: {
        "填报说明": { kind: null },
        "省定贫困村": { kind: "poorVillages", records: pvRecs },
        "站点清单": { kind: "stations", records: sRecs },
        "培训签到": { kind: "training", records: tRecs },
        "月报报送": { kind: "reports", records: rRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "按月统计": { kind: null },
        "字典": { kind: null },
      },
    },
  };
}


// =====================================================================================================
// l2 — 揭阳市榕城区: 封面、脱贫人口（就业状态）、产业园两张表、专项资金账户流水、专栏网页列表、经验材料、汇总
// =====================================================================================================
function buildL2() {
  const CUT = "2021-08-31";
  const REGION = "445202";
  // ---------------- 脱贫人口
  const LABOUR = { "有劳动能力": true, "无劳动能力": false, "丧失劳动能力": false, "": null };
  const WORK = { "外出务工（省外）": true, "外出务工（省内县外）": true, "县内务工": false, "公益性岗位": false, "未就业": false, "—": null };
  const pRows = [["榕城区脱贫人口劳动能力及就业情况"], ["数据来源：区乡村振兴局（2021年8月）。“外出务工”指在本区以外务工；公益性岗位、县内务工为本地就业。"],
    ["序号", "户编号", "姓名", "证件号码", "与户主关系", "劳动能力", "就业状态", "就业地点"]];
  const pMerges = ["A1:H1", "A2:H2"];
  const pRecs = [];
  const PLACE = { "外出务工（省外）": ["福建省厦门市", "浙江省义乌市"], "外出务工（省内县外）": ["深圳市龙岗区", "广州市白云区", "汕头市潮阳区"], "县内务工": ["榕城区仙桥街道", "榕城区梅云街道"], "公益性岗位": ["村保洁员", "护林员"] };
  let pi = 0;
  let xDone = false;
  for (let h = 0; h < 10; h++) {
    const n = rint(2, 4);
    const hid = `445202${String(rint(100, 999))}${String(h + 1).padStart(4, "0")}`;
    const sur = SURNAMES[rint(0, SURNAMES.length - 1)];
    const mem = [];
    for (let i = 0; i < n; i++) {
      const k = pi + mem.length + 1;
      const lab = k % 7 === 3 ? "无劳动能力" : k % 11 === 5 ? "丧失劳动能力" : k === 13 ? "" : "有劳动能力";
      const birth = lab === "有劳动能力" || lab === "" ? birthBetween(1966, 2001) : birthBetween(1938, 1956);
      const wantX = !xDone && lab === "有劳动能力";
      if (wantX) xDone = true;
      mem.push({ lab, id: makeId(REGION, birth, rnd() < 0.5, wantX ? true : undefined) });
    }
    mem.sort((a, b) => cmp(birthOf(a.id), birthOf(b.id)));
    const male = (p) => Number(p.id[16]) % 2 === 1;
    const by = (p) => Number(birthOf(p.id).slice(0, 4));
    let spouse = false;
    const r0 = pRows.length + 1;
    mem.forEach((m, i) => {
      pi++;
      const d = i === 0 ? 0 : by(m) - by(mem[0]);
      let rel;
      if (i === 0) rel = "户主";
      else if (d >= 45) rel = male(m) ? "孙子" : "孙女";
      else if (d >= 16) rel = male(m) ? "之子" : "之女";
      else if (!spouse && male(m) !== male(mem[0])) {
        rel = "配偶";
        spouse = true;
      } else rel = "兄弟姐妹";
      let work;
      if (m.lab === "有劳动能力") work = ["外出务工（省外）", "县内务工", "外出务工（省内县外）", "未就业", "公益性岗位", "县内务工"][(pi + h) % 6];
      else if (m.lab === "") work = "未就业";
      else work = "—";
      const place = PLACE[work] ? PLACE[work][pi % PLACE[work].length] : null;
      pRows.push([pi, i === 0 ? hid : null, personName(rel === "配偶" ? undefined : sur), m.id, rel, m.lab || null, work, place]);
      pRecs.push({ id: m.id, labour: LABOUR[m.lab], migrant: WORK[work] });
    });
    mergeCol(pMerges, "B", r0, pRows.length);
  }
  pRows.push(["注：劳动能力空白的为待核实人员。"]);
  pMerges.push(`A${pRows.length}:H${pRows.length}`);
  for (const r of pRows) padRow(r, 8);
  assert(pRecs.some((p) => p.labour === null) && pRecs.some((p) => p.migrant === null) && pRecs.some((p) => p.id.endsWith("X")), "l2 person variety");
  assert(pRows.some((r) => r[6] === "公益性岗位") && pRows.some((r) => r[6] === "外出务工（省内县外）"), "l2 work variety");

  // ---------------- 产业园企业 (two tables)
  const IN = [["揭阳市榕城区潮味坊电子商务有限公司", "销售型"], ["揭阳市榕城区揭阳优品网络科技有限公司", "平台型"], ["揭阳市榕城区金属制品电商有限公司", "销售型"],
    ["揭阳市榕城区云拓电商代运营有限公司", "电商运营商"], ["揭阳市榕城区快捷仓储物流有限公司", "物流企业"], ["揭阳市榕城区普宁豆干网店", "销售型"],
    ["揭阳市榕城区渔湖凉果电商商行", "销售型"], ["揭阳市榕城区星河直播传媒有限公司", "直播电商"], ["揭阳市榕城区玉器电商有限公司", "销售型"],
    ["揭阳市榕城区乡农汇网络科技有限公司", "平台型"], ["揭阳市榕城区仙桥茶叶网店", "销售型"], ["揭阳市榕城区众创电商服务有限公司", "电商运营商"],
    ["揭阳市榕城区潮汕牛肉丸电商商行", "销售型"], ["揭阳市榕城区鹏程跨境电商有限公司", "跨境电商"]];
  const OUT = [["揭阳市榕城区东山不锈钢网店", "销售型", "合同到期"], ["揭阳市榕城区梅云供应链有限公司", "供应链", "迁址"], ["揭阳市榕城区小蜜蜂直播工作室", "直播电商", "经营不善"]];
  const eRows = [["榕城区电子商务产业园入驻企业台账"], ["一、在园企业"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "备注", null]];
  const eMerges = ["A1:G1", "A2:G2"];
  const eRecs = [];
  const inF = IN.map(([n, t]) => ({ n, t, code: creditCode(REGION), ent: randIsoBetween("2020-07-01", "2021-08-15") }));
  inF[13].ent = "2021-09-06";
  inF[6].ent = "2020-11";
  inF.sort((a, b) => cmp(a.ent, b.ent));
  inF.forEach((f, j) => {
    const ec = f.ent === "2020-11" ? "2020年11月" : f.ent === "2021-09-06" ? "2021.9.6" : [cnDate(f.ent), D(f.ent), dotDate(f.ent), yyyymmdd(f.ent)][j % 4];
    eRows.push([j + 1, f.n, f.code, f.t, ec, f.ent === "2021-09-06" ? "9月新入驻" : null, null]);
    eRecs.push({ name: f.n, type: f.t, entered: f.ent, left: null });
  });
  eRows.push([null, null, null, null, null, null, null]);
  eRows.push(["二、已退园企业"]);
  eMerges.push(`A${eRows.length}:G${eRows.length}`);
  eRows.push(["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退园日期", "退园原因"]);
  const outF = OUT.map(([n, t, why], j) => {
    const ent = randIsoBetween("2020-07-01", "2020-12-31");
    const left = ["2021-03-31", "2021-07-15", "2021-09-10"][j];
    return { n, t, why, code: creditCode(REGION), ent, left };
  });
  outF.forEach((f, j) => {
    eRows.push([j + 1, f.n, f.code, f.t, dotDate(f.ent), [cnDate(f.left), D(f.left), "2021.9.10"][j], f.why]);
    eRecs.push({ name: f.n, type: f.t, entered: f.ent, left: f.left });
  });
  eRows.push(["注：退园企业单列，不在“在园企业”中重复登记。"]);
  eMerges.push(`A${eRows.length}:G${eRows.length}`);
  for (const r of eRows) padRow(r, 7);

  // ---------------- 专项资金账户流水
  const TX = [["2020-06-18", "省级专项资金到账", "揭阳市榕城区财政局", 4000000, 0],
    ["2020-09-24", "支付区电商公共服务中心装修款", "揭阳市榕城区云拓电商代运营有限公司", 0, 568000], ["2020-10-29", "支付村级站点建设款（第一批）", "中国邮政集团有限公司广东省揭阳市榕城区分公司", 0, 412600],
    ["2020-12-21", "结息", "", 1236.5, 0], ["2021-01-19", "支付电商培训费（第一期）", "揭阳市榕城区众创电商服务有限公司", 0, 126800],
    ["2021-03-12", "支付物流配送体系建设款", "揭阳市榕城区快捷仓储物流有限公司", 0, 385400], ["2021-03-21", "结息", "", 2014.32, 0],
    ["2021-05-20", "支付村级站点建设款（第二批）", "中国邮政集团有限公司广东省揭阳市榕城区分公司", 0, 297300.5], ["2021-06-21", "结息", "", 1876.04, 0],
    ["2021-07-07", "支付农产品品牌推广费", "揭阳市榕城区乡农汇网络科技有限公司", 0, 186500], ["2021-08-30", "支付电商培训费（第二期）", "揭阳市榕城区众创电商服务有限公司", 0, 118200],
    ["2021-09-14", "支付冷链溯源系统首付款", "揭阳市榕城区快捷仓储物流有限公司", 0, 240000]];
  const fRows = [["揭阳市榕城区电子商务进农村综合示范专项资金账户流水"], ["账户：榕城区商务局电商专项资金专户　　开户行：××银行揭阳榕城支行　　单位：元"],
    ["交易日期", "摘要", "对方户名", "收入", "支出", "余额"]];
  const fRecs = [];
  let bal = 0;
  let curMonth = null;
  let mIn = 0;
  let mOut = 0;
  const monthTotal = () => {
    if (curMonth) fRows.push([null, "本月合计", null, mIn ? fmtMoney(mIn) : null, mOut ? fmtMoney(mOut) : null, null]);
  };
  fRows.push(["20200601", "期初余额", null, null, null, "0.00"]);
  TX.forEach(([d, memo, who, inc, out], j) => {
    if (ym(d) !== curMonth) {
      monthTotal();
      curMonth = ym(d);
      mIn = 0;
      mOut = 0;
    }
    bal = yuan2(bal + inc - out);
    mIn = yuan2(mIn + inc);
    mOut = yuan2(mOut + out);
    fRows.push([yyyymmdd(d), memo, who || null, inc ? fmtMoney(inc) : null, out ? (j % 3 === 0 ? out : fmtMoney(out)) : null, fmtMoney(bal)]);
    if (out) fRecs.push({ date: d, amount: out });
  });
  monthTotal();
  fRows.push(["注：收入为上级资金到账及利息，支出为项目拨付。"]);
  const fMerges = ["A1:F1", "A2:F2", `A${fRows.length}:F${fRows.length}`];
  assert(fRecs.length === 8 && fRows.some((r) => r[1] === "结息") && fRows.some((r) => typeof r[1] === "string" && r[1] === "本月合计"), "l2 funds");
  assert(bal > 0, "l2 balance positive");

  // ---------------- 专栏更新 (copied from the web list)
  const U = [["2020-07-20", "榕城区电子商务进农村综合示范创建实施方案"], ["2020-07-20", "榕城区电子商务进农村综合示范项目基本信息"], ["2020-07-24", "榕城区电子商务进农村综合示范项目监督举报方式"]];
  for (const m of monthsBetween("2020-08", "2021-08")) {
    if (m === "2021-04") continue;
    const [y, mo] = m.split("-").map(Number);
    U.push([`${m}-${String(rint(5, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, `榕城区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`]);
  }
  U.push(["2021-09-03", "榕城区电子商务进农村综合示范项目建设进度（2021年8月）"]);
  U.sort((a, b) => cmp(b[0], a[0]));
  const uRows = [["榕城区人民政府门户网站 > 专题专栏 > 电子商务进农村综合示范（网页列表复制）"]];
  const uRecs = [];
  const per = 10;
  U.forEach(([d, t], j) => {
    uRows.push([`· ${t}　　　　${d}`]);
    uRecs.push({ date: d });
    if ((j + 1) % per === 0 && j + 1 < U.length) uRows.push([`共${U.length}条　首页　上一页　${Math.floor(j / per) + 1}　下一页　尾页`]);
  });
  uRows.push([`共${U.length}条　首页　上一页　${Math.ceil(U.length / per)}　下一页　尾页`]);

  // ---------------- 经验材料
  const matRows = [["经验材料报送情况"], ["序号", "报送日期", "材料名称", "报送单位"],
    [1, "2021年4月", "《榕城区“电商＋潮汕美食”助农经验》", "揭阳市商务局"], [2, "21/7/9", "《榕城区电商扶贫典型案例材料》", "揭阳市商务局"], [3, "2021.9.8", "《榕城区示范创建工作总结》", "揭阳市商务局"]];
  const matRecs = [{ date: "2021-04" }, { date: "2021-07-09" }, { date: "2021-09-08" }];

  // ---------------- 汇总 / 封面
  const inCut = eRecs.filter((e) => openedBy(e.entered, CUT) && !(e.left && e.left < CUT)).length;
  const sumRows = [["台账汇总（截至2021年8月31日）"], ["项目", "数值", "单位"], ["脱贫人口", pRecs.length, "人"], ["在园企业", inCut, "家"],
    ["已拨付资金", fmtMoney(sumYuan(fRecs.filter((f) => f.date <= CUT).map((f) => f.amount))), "元"], ["专栏更新", uRecs.filter((u) => u.date <= CUT).length, "篇"]];
  const cover = [["榕城区电子商务进农村综合示范考评台账（二）"], [null], ["包括：脱贫人口、产业园企业、专项资金账户流水、专栏更新、经验材料"], [null], ["揭阳市榕城区商务局"], ["二〇二一年九月"]];
  return {
    description:
      "揭阳榕城区商务局台账（二）（七个表）：①《封面》不是台账；②《脱贫人口》户编号按户纵向合并，劳动能力“有劳动能力／无劳动能力／丧失劳动能力”和一格空白（待核实，null），就业状态“外出务工（省外）”“外出务工（省内县外）”为外出，“县内务工”“公益性岗位”“未就业”不是，无劳动能力的“—”为null，证件号码有末位X；③《产业园企业》是上下两张表：“一、在园企业”（没有退园日期列，入驻日期混写，“2020年11月”只到月、八位数字、9月6日入驻的照列）和隔一空行的“二、已退园企业”（自带表头，多了退园日期、退园原因，一家2021.9.10退园），两张都是记录，按先上后下；④《专项资金账户流水》是银行专户流水：日期是“20200918”式八位文本，收入（省级资金到账、结息）不是拨付，只有“支出”列有数的行是记录（数字和“568,000.00”式文本混写），“期初余额”行、每月末的“本月合计”行、余额列不是，9月14日支出照列；⑤《专栏更新》是从区政府网站专栏列表页复制的，一行一格“· 标题　　　　2021-03-16”，新的在前，读行末日期不读标题里的月份，“共N条 首页 上一页…”分页行不是记录；⑥《经验材料》“2021年4月”只到月、“21/7/9”两位年份、9月的照列；⑦《汇总》不是台账。",
    sheets: [
      { name: "封面", rows: cover, merges: [] },
      { name: "脱贫人口", rows: pRows, merges: pMerges },
      { name: "产业园企业", rows: eRows, merges: eMerges },
      { name: "专项资金账户流水", rows: fRows, merges: fMerges },
      { name: "专栏更新", rows: uRows, merges: [] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
      { name: "汇总", rows: sumRows, merges: ["A1:C1"] },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "脱贫人口": { kind: "poorPersons", records: pRecs },
        "产业园企业": { kind: "enterprises", records: eRecs },
        "专项资金账户流水": { kind: "funds", records: fRecs },
        "专栏更新": { kind: "disclosures", records: uRecs },
        "经验材料": { kind: "materials", records: matRecs },
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
write("counties", "b213-c1-shunde.json", c1);
write("facts", "b213-f1-nansha.json", f1);
write("facts", "b213-f2-dinghu.json", f2);
write("facts", "b213-f3-jiangcheng.json", f3);
write("ledgers", "b213-l1-huicheng.json", l1);
write("ledgers", "b213-l2-rongcheng.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
