// Batch 195 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b192.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (195195), no clock. Run: node test/corpus/_b195/gen-b195.js
//
// c1 浈江区 (韶关): a whole workbook exported from the city's 考评填报系统: 《自评打分表》 with a 基本数据 block (数据项 | 填报值 |
//    计量单位 | 数据来源, 万人 / 万元 / %) over the scoring block, one row per 评分细则 whose answer is a drop-down option text
//    (“是（2分）”“否（0分）”“70%及以上（5分）”“2分”), per-indicator “小计” rows carry the clerk's points (claimed); ten ledger sheets:
//    村居名单 (快递进村 “有（邮政、中通）/无（到镇自取）”), two-row-header 站点台账 with 验收时间 beside 挂牌运营时间 (one “21.8.31”
//    station decides 37/52 = 71.2%), sessions with a “2021.8.30-9.1” class that ends after the cut-off, a poor sign-in list with a
//    lowercase-x ID that decides 20/40 = 50%, park firms with a renamed firm (same credit code), funds mixing 元 / “万” / “元”
//    text where a payment dated 2021.8.31 decides 72.25% vs 66.25%, media and materials stacked on one sheet, a hidden 下拉选项.
// f1 香洲区 (珠海): the bureau's 请示 to the 区财政局 asking for the 尾款 (红头 rows, paragraphs one per merged row) with 附表1 资金拨付
//    情况 (合同金额 | 已拨付（截至8月31日） | 本次申请 | 拨付后累计, 万元) and 附表2 项目建设完成情况 (绩效目标 | 完成情况 | 完成时间 |
//    是否完成): read the 已拨付 total, never the request or the after-request sum; targets are not facts.
// f2 黄埔区 (广州): the district's reply e-mail pasted into Excel: header lines (发件人/发送时间/收件人/主题), the reply body with a
//    项目 | 数据 | 单位 | 说明 table (units per row: 万人, 亿元, 元, %), a 主观评分项 table, the signature, then the quoted original
//    mail of the city bureau with its 填写示例 rows (“例1 常住人口 42 万人”) that are not Huangpu's data.
// f3 惠阳区 (惠州): the official indicator table where the clerk ticks the 评分标准 clauses inside each multi-line cell (☑ achieved,
//    ☐ not), writes judged points after the clause (“：自评2分”), adds a 完成情况（数据） column, and 自评得分 per indicator (claimed).
// l1 濠江区 (汕头): a 说明 page; 站点台账 whose 建成运营时间 has quarters (“2020年第四季度” → 2020-12) and months; a paper sign-in sheet
//    transcribed with 上午签到 | 下午签到 columns (either mark = one person-time; 请假/blank twice = absent) in per-session blocks,
//    IDs masked / spaced / lowercase x / 未提供; a poor list with one combined 劳动力状况 column; a 月报 log with two-digit years;
//    a hidden 下拉选项.
// l2 江海区 (江门): a 目录 page; a village list with a second table below it (2020年村居合并调整, old names, not records); park firms
//    whose stay is one “入驻期间” cell (“2020.10.17—至今”, “2020-12-1—2021.6.30”); a payment-approval log where only rows with
//    实际支付日期 are payments (amount = 实际支付金额, 审批中 / 退回 rows are not); media (广播 is not TV); a CMS column export with
//    “2020-9-15 10:21:33” times; materials.
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
let seed = 195195;
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
    assert(/^b195-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b195-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b195-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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


// =====================================================================================================
// c1 — 韶关浈江区: 考评填报系统导出的自评打分表 + eleven ledgers
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const POP = 312600;
  const REGION = "440204";
  // [town, admin villages, communities, poor villages]
  const TOWNS = [["犁市镇", 12, 1, 1], ["花坪镇", 10, 1, 3], ["新韶镇", 9, 2, 0], ["乐园镇", 11, 1, 2], ["十里亭镇", 8, 2, 0],
    ["东河街道", 2, 3, 0], ["车站街道", 0, 2, 0], ["风采街道", 0, 2, 0]];
  const prefixes = ["犁市", "花坪", "新韶", "乐园", "十里", "东河", "车站", "风采"];
  const vName = nameMaker("上下新大石黄岭坪塘水安和龙马高长白青", ["坑", "田", "岗", "背", "洞", "坝", "湾", "口", "寨", "围", "陂", "岭"], "村", prefixes);
  const cName = nameMaker("文武建光明韶朝", ["华", "兴", "苑", "城", "景", "阳", "峰"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc, np]) => {
    const vs = Array.from({ length: nv }, () => vName());
    const cs = Array.from({ length: nc }, () => cName());
    return { t, vs, cs, poor: shuffle(vs).slice(0, np) };
  });
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "c1");
  assert(admin.length === 52 && comms.length === 14, "c1 52 villages / 14 communities");
  const poor = towns.flatMap((x) => x.poor);
  assert(poor.length === 6, "c1 six poor villages");
  const poorSet = new Set(poor);
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const short = (v) => v.replace(/村$|社区$/, "");
  const noExpress = towns[4].vs.find((v) => !poorSet.has(v));

  // ---------------- 村居名单
  const vRows = [["浈江区行政村（社区）基本情况表"], ["填报单位：浈江区商务局（快递进村情况由浈江邮政分公司、区交通运输局提供）　　数据截至：2021年8月31日"],
    ["序号", "镇（街道）", "村（居）委会名称", "类别", "省定贫困村", "快递进村", "备注"]];
  const vMerges = ["A1:G1", "A2:G2"];
  const EXP = ["有（邮政）", "有（邮政、中通）", "有（邮政、中通、韵达）", "有（邮政、圆通）"];
  let sq = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    for (const v of x.vs) {
      sq++;
      const nm = sq % 5 === 1 ? `${short(v)}村民委员会` : sq % 5 === 3 ? `${v}委会` : v;
      vRows.push([sq, x.t, nm, "村委会", poorSet.has(v) ? "是" : "否", v === noExpress ? "无（到镇自取）" : EXP[sq % EXP.length],
        v === noExpress ? "村内未设快递收发点" : poorSet.has(v) ? "省定相对贫困村（2016—2020年）" : null]);
    }
    for (const c of x.cs) {
      sq++;
      vRows.push([sq, x.t, sq % 2 ? `${c}居民委员会` : c, "居委会", "否", EXP[0], null]);
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push([`合计：村委会${admin.length}个，居委会${comms.length}个（其中省定贫困村${poor.length}个）`]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);

  // ---------------- 站点台账
  const nonPoor = shuffle(admin.filter((v) => !poorSet.has(v) && v !== noExpress));
  const covNon = nonPoor.slice(0, 32);
  const ST = [];
  for (const v of poor.slice(0, 5).concat(covNon)) ST.push({ v, op: randIsoBetween("2020-07-01", "2021-08-20") });
  const vCut = covNon[0];
  ST.find((s) => s.v === vCut).op = CUT;
  ST.push({ v: poor[5], op: "2021-09-06" });
  for (const v of [covNon[7], poor[1]]) {
    ST.find((s) => s.v === v).op = randIsoBetween("2020-08-01", "2020-12-20");
    ST.push({ v, op: randIsoBetween("2021-02-01", "2021-07-30"), second: true });
  }
  ST.push({ v: towns[5].cs[0], op: randIsoBetween("2020-10-01", "2021-06-30") });
  const TORD = TOWNS.map((t) => t[0]);
  ST.sort((a, b) => TORD.indexOf(townOf[a.v]) - TORD.indexOf(townOf[b.v]) || cmp(a.op, b.op));
  const sRows = [["浈江区村级电子商务服务站点台账"], ["序号", "镇（街道）", "所在村（社区）", "站点名称", "站点负责人", null, "挂牌运营时间", "验收时间", "服务内容", "备注"],
    [null, null, null, null, "姓名", "联系电话", null, null, null, null]];
  const sMerges = ["A1:J1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:G3", "H2:H3", "I2:I3", "J2:J3"];
  const SERV = ["代购代销、代收代发快递", "代缴费、代购代销", "代收代发、小额信贷、电商宣传", "代购代销、代存代缴"];
  ST.forEach((s, j) => {
    const isComm = s.v.endsWith("社区");
    const vcell = isComm ? `${s.v}居委会` : j % 3 === 0 ? `${short(s.v)}村委会` : j % 3 === 1 ? s.v : `${short(s.v)}村民委员会`;
    let dcell;
    if (s.op === CUT) dcell = "21.8.31";
    else if (s.op === "2021-09-06") dcell = "2021.9.6";
    else if (j % 7 === 5) dcell = twoDot(s.op);
    else dcell = dateCell(s.op, j);
    const acc = s.op === CUT ? "2021.9.10" : s.op === "2021-09-06" ? null : dotDate(isoAdd(s.op, rint(18, 60)));
    const nm = s.second ? `${short(s.v)}村邮乐购电商服务点` : isComm ? `${short(s.v)}社区电商服务点` : `${short(s.v)}村电子商务服务站`;
    const note = s.op === CUT ? "8月31日挂牌，9月验收" : s.op === "2021-09-06" ? "9月挂牌" : s.second ? "同村第二个服务点" : isComm ? "社区服务点" : null;
    sRows.push([j + 1, townOf[s.v], vcell, nm, personName(), mask(phone()), dcell, acc, SERV[j % SERV.length], note]);
  });
  const adminSet = new Set(admin);
  const covSet = new Set(ST.filter((s) => s.op <= CUT && adminSet.has(s.v)).map((s) => s.v));
  const covPoor = poor.filter((v) => covSet.has(v));
  assert(covSet.size === 37 && ratioGE(37, 52, 70) && !ratioGE(36, 52, 70), "c1 37/52 ≥ 70%, 36/52 not");
  assert(covPoor.length === 5 && ratioGE(5, 6, 80) && !ratioGE(5, 6, 100), "c1 poor 5/6 → 3");

  // ---------------- poor persons (建档立卡人口)
  const plan = shuffle([].concat(Array(40).fill("E"), Array(6).fill("M"), Array(5).fill("N")));
  let xDone = false;
  const persons = plan.map((c, j) => {
    const birth = c === "N" ? birthBetween(1935, 1953) : birthBetween(1968, 2000);
    const wantX = c === "E" && !xDone ? true : undefined;
    if (wantX) xDone = true;
    const id = makeId(REGION, birth, rnd() < 0.5, wantX);
    const v = poor[j % 6];
    return { c, id, v, name: personName(), rel: ["户主", "配偶", "之子", "之女"][j % 4] };
  });
  const pRows = [["浈江区建档立卡贫困人口名单（劳动能力及务工情况）"], ["数据来源：区乡村振兴局（全国防返贫监测信息系统），导出日期2021年8月31日"],
    ["序号", "镇", "村", "姓名", "身份证号码", "劳动能力", "是否外出务工", "备注"]];
  persons.sort((a, b) => cmp(townOf[a.v] + a.v, townOf[b.v] + b.v));
  persons.forEach((p, j) => {
    const lab = p.c === "N" ? (j % 2 ? "无劳动能力" : "丧失劳动能力") : "有劳动能力";
    const mig = p.c === "M" ? "是" : p.c === "E" ? "否" : "—";
    pRows.push([j + 1, townOf[p.v], p.v, p.name, p.id, lab, mig, p.c === "M" ? ["广州务工", "深圳务工", "东莞务工"][j % 3] : null]);
  });
  const elig = persons.filter((p) => p.c === "E");
  assert(elig.length === 40, "c1 40 eligible");

  // ---------------- 培训台账 (sessions)
  const TOPICS = ["农村电商基础知识", "网店开设与运营", "直播带货实操", "短视频拍摄与剪辑", "农产品品牌与包装", "电商客服与物流", "社群团购营销", "脱贫户电商技能专场"];
  const POOR_NO = [4, 8, 11, 14];
  const sessions = [];
  let day = "2020-09-17";
  for (let k = 1; k <= 15; k++) {
    if (day >= "2020-10-01" && day <= "2020-10-08") day = "2020-10-12";
    if (day >= "2021-02-08" && day <= "2021-02-20") day = "2021-02-23";
    const two = k === 9;
    sessions.push({ no: k, start: day, end: two ? isoAdd(day, 1) : day, topic: POOR_NO.includes(k) ? TOPICS[7] : TOPICS[k % 7], pt: rint(160, 250) });
    day = isoAdd(day, rint(21, 24));
  }
  assert(sessions[14].end <= "2021-08-25", "c1 session 15 before cut-off " + sessions[14].end);
  let diff = 3080 - sum(sessions.map((s) => s.pt));
  for (let j = 0; diff !== 0; j = (j + 1) % 15) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 9);
    if (sessions[j].pt + st < 140 || sessions[j].pt + st > 270) continue;
    sessions[j].pt += st;
    diff -= st;
  }
  const s16 = { no: 16, start: "2021-08-30", end: "2021-09-01", topic: TOPICS[7], pt: 60 };
  sessions.push(s16);
  const ptCut = sum(sessions.filter((s) => s.end <= CUT).map((s) => s.pt));
  assert(ptCut === 3080 && ptCut * 1000 >= POP * 8 && !ratioGE(ptCut, POP, 1) && ratioGE(ptCut + 60, POP, 1), "c1 3080 → 0.985% (with 16th 1.0045%)");

  // ---------------- 脱贫户参训名单
  const eligSh = shuffle(elig);
  const xPerson = elig.find((p) => p.id.endsWith("X"));
  const trained = [xPerson].concat(eligSh.filter((p) => p !== xPerson).slice(0, 19));
  const sept = eligSh.filter((p) => !trained.includes(p))[0];
  const byNo = (n) => sessions.find((s) => s.no === n);
  const TR = [];
  trained.forEach((p, k) => TR.push({ p, s: byNo(POOR_NO[k % 4]), id: p === xPerson ? p.id.slice(0, 17) + "x" : p.id }));
  const twice = trained.slice(1, 3);
  for (const p of twice) {
    const first = TR.find((t) => t.p === p).s.no;
    const later = POOR_NO.filter((n) => n > first);
    TR.push({ p, s: byNo(later.length ? later[later.length - 1] : 14), id: p.id, note: "第二次参训" });
  }
  assert(twice.every((p) => TR.filter((t) => t.p === p).length === 2 && new Set(TR.filter((t) => t.p === p).map((t) => t.s.no)).size === 2), "c1 two sessions each");
  TR.push({ p: sept, s: s16, id: sept.id });
  const mig = persons.find((p) => p.c === "M");
  const nol = persons.find((p) => p.c === "N");
  TR.push({ p: mig, s: byNo(8), id: mig.id, note: "春节返乡期间参训" });
  TR.push({ p: nol, s: byNo(11), id: nol.id, note: "陪同家属参训" });
  TR.sort((a, b) => a.s.no - b.s.no);
  for (const s of sessions) s.poorN = TR.filter((t) => t.s === s).length;
  const eligIds = new Set(elig.map((p) => p.id));
  const trainedCut = new Set(TR.filter((t) => t.s.end <= CUT && eligIds.has(t.id.toUpperCase())).map((t) => t.id.toUpperCase()));
  const trainedRaw = new Set(TR.filter((t) => t.s.end <= CUT && eligIds.has(t.id)).map((t) => t.id));
  assert(trainedCut.size === 20 && ratioGE(20, 40, 50) && !ratioGE(20, 40, 70), "c1 20/40 = 50%");
  assert(trainedRaw.size === 19 && !ratioGE(19, 40, 50) && ratioGE(19, 40, 40), "c1 19/40 without the lowercase x");

  const sessCell = (s, j) => {
    if (s === s16) return "2021.8.30-9.1";
    if (s.end !== s.start) {
      assert(s.start.slice(0, 7) === s.end.slice(0, 7), "c1 two-day class within a month");
      return `${dotDate(s.start)}-${ymd(s.end)[2]}`;
    }
    return [D(s.start), dotDate(s.start), cnDate(s.start), slashDate(s.start), D(s.start)][j % 5];
  };
  const ptCell = (s, j) => (j % 4 === 1 ? `${s.pt}人次` : j % 6 === 4 ? fullWidth(String(s.pt)) : s.pt);
  const tRows = [["浈江区农村电商培训台账（按期次）"], ["序号", "期次", "培训时间", "培训主题", "培训地点", "参训人次", "其中：脱贫人口", "备注"]];
  const PLACES = ["区电商公共服务中心", "犁市镇文化站", "花坪镇党群服务中心", "乐园镇政府会议室", "新韶镇综合文化站", "十里亭镇文化站"];
  sessions.forEach((s, j) => tRows.push([j + 1, `第${s.no}期`, sessCell(s, j), s.topic, PLACES[j % PLACES.length], ptCell(s, j), s.poorN || null,
    s === s16 ? "8月30日开班，9月1日结业" : s.end !== s.start ? "两天班，人次按签到人数计" : null]));
  tRows.push(["合计", null, null, null, null, sum(sessions.map((s) => s.pt)), sum(sessions.map((s) => s.poorN)), "含第16期"]);
  const tMerges = ["A1:H1", `A${tRows.length}:E${tRows.length}`];

  const trRows = [["浈江区脱贫户电商培训签到名单"], ["（本名单人员已计入《培训台账》参训人次，不重复统计）"],
    ["序号", "期次", "培训日期", "姓名", "身份证号", "所在村", "备注"]];
  TR.forEach((t, j) => trRows.push([j + 1, `第${t.s.no}期`, sessCell(t.s, sessions.indexOf(t.s)), t.p.name, t.id, t.p.v, t.note || null]));
  const trMerges = ["A1:G1", "A2:G2"];

  // ---------------- 园区企业
  const FN = ["韶关浈江优品电子商务有限公司", "浈江区犁市农特产网店", "韶关市南岭山珍电商商行", "浈江区花坪茶叶电子商务有限公司", "韶关丹韶电商运营服务有限公司",
    "浈江区云帆代运营工作室", "韶关市顺韶物流有限公司", "浈江区北江冷链仓储有限公司", "韶关市浈江直播传媒有限公司", "浈江区乐园果蔬网店",
    "韶关市韶品汇网络科技有限公司", "浈江区十里亭腊味电商商行", "韶关市青峰供应链管理有限公司", "浈江区东河特产网店", "韶关市驿达快递有限公司",
    "浈江区新韶竹木制品网店", "韶关市山里人家电子商务有限公司", "浈江区农家小铺网店"];
  const FT = ["平台型", "销售型", "销售型", "销售型", "电商运营商", "电商运营商", "物流企业", "物流企业", "直播机构", "销售型",
    "平台型", "销售型", "供应链服务", "销售型", "物流企业", "销售型", "销售型", "销售型"];
  const firms = FN.map((n, j) => ({ n, t: FT[j], code: creditCode(REGION), entered: randIsoBetween("2020-10-15", "2021-08-20"), left: null }));
  const oldName = { n: "韶关市浈江区山货郎电子商务有限公司", t: "销售型", code: creditCode(REGION), entered: "2020-11-05", left: null, note: "2021年5月20日更名为韶关市山货郎网络科技有限公司" };
  const newName = { n: "韶关市山货郎网络科技有限公司", t: "销售型", code: oldName.code, entered: "2021-05-20", enteredCell: "2021.5.20（更名）", left: null, note: "原韶关市浈江区山货郎电子商务有限公司" };
  const gone = { n: "浈江区好韶味网店", t: "销售型", code: creditCode(REGION), entered: "2020-12-01", left: "2021-06-30", note: "合同到期退园" };
  const late = { n: "韶关市红韶直播电商有限公司", t: "直播机构", code: creditCode(REGION), entered: "2021-09-08", left: null, note: "9月8日入驻" };
  const allF = firms.concat([oldName, gone, late]).sort((a, b) => cmp(a.entered, b.entered));
  const insertAt = allF.findIndex((f) => f.entered > "2021-05-20");
  assert(insertAt > 0, "c1 renamed firm position");
  allF.splice(insertAt, 0, newName);
  const eRows = [["浈江区电商产业园入驻企业名单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注"]];
  allF.forEach((f, j) => eRows.push([j + 1, f.n, f.code, f.t, f.enteredCell || dateCell(f.entered, j + 1), f.left ? dotDate(f.left) : null, f.note || null]));
  const inPark = new Map();
  for (const f of allF) if (f.entered <= CUT && !(f.left && f.left <= CUT)) inPark.set(f.code, f);
  const byName = new Set(allF.filter((f) => f.entered <= CUT && !(f.left && f.left <= CUT)).map((f) => f.n));
  const typesIn = new Set([...inPark.values()].map((f) => f.t));
  assert(allF.length === 22 && inPark.size === 19 && byName.size === 20, "c1 19 firms by credit code (20 by name) " + inPark.size);
  assert(["平台型", "销售型", "电商运营商", "物流企业"].every((t) => typesIn.has(t)), "c1 types");

  // ---------------- 资金拨付
  const PAY = [["2020-10-20", "公共服务中心装修工程首期款", "韶关市浈韶建筑工程有限公司", 420000], ["2020-11-26", "村级站点建设首期款", "中国邮政集团有限公司韶关市分公司", 365000],
    ["2020-12-24", "电商培训服务费（第一期）", "韶关市南岭职业培训学校", 168000], ["2021-01-22", "公共服务中心运营服务费（首期）", "韶关丹韶电商运营服务有限公司", 300000],
    ["2021-02-09", "物流配送体系建设首期款", "韶关市顺韶物流有限公司", 286500], ["2021-03-26", "村级站点建设进度款", "中国邮政集团有限公司韶关市分公司", 412000],
    ["2021-04-23", "电商培训服务费（第二期）", "韶关市南岭职业培训学校", 196000], ["2021-05-28", "品牌推广及网销调研服务费", "韶关丹韶电商运营服务有限公司", 225000],
    ["2021-06-25", "产业园改造工程款", "韶关市浈韶建筑工程有限公司", 380000], ["2021-07-16", "冷链及溯源系统建设首期款", "浈江区北江冷链仓储有限公司", 248000],
    ["2021-08-13", "物流配送体系建设进度款", "韶关市顺韶物流有限公司", 312000], ["2021-08-31", "公共服务中心运营服务费（二期）", "韶关丹韶电商运营服务有限公司", 0],
    ["2021-09-10", "村级站点建设尾款", "中国邮政集团有限公司韶关市分公司", 300000]];
  PAY[11][3] = 3612500 - sum(PAY.slice(0, 11).map((p) => p[3]));
  assert(PAY[11][3] === 300000, "c1 last-day payment");
  const amtCell = (a, j) => {
    if (j === 11) return "30万";
    switch (j % 4) {
      case 0: return a;
      case 1: return fmtMoney(a);
      case 2: return a % 10000 === 0 ? `${a / 10000}万` : `${a}元`;
      default: return `${a}元`;
    }
  };
  const fRows = [["浈江区电子商务进农村综合示范专项资金拨付台账"], ["单位：元（个别为万元，已注明“万”）"], ["序号", "拨付日期", "项目", "收款单位", "拨付金额", "凭证号", "备注"]];
  PAY.forEach(([d, what, who, a], j) => fRows.push([j + 1, j === 11 ? "2021.8.31" : dateCell(d, j + 2), what, who, amtCell(a, j), `浈财付〔${d.slice(0, 4)}〕${String(rint(100, 999))}号`, d > CUT ? "9月拨付" : null]));
  fRows.push(["合计", null, null, null, fmtMoney(sum(PAY.map((p) => p[3]))), null, "含9月10日尾款"]);
  const fMerges = ["A1:G1", "A2:G2", `A${fRows.length}:D${fRows.length}`];
  const spent = sum(PAY.filter((p) => p[0] <= CUT).map((p) => p[3]));
  assert(spent === 3612500 && ratioGE(spent, 5000000, 70) && !ratioGE(spent - 300000, 5000000, 70), "c1 spent 72.25% (66.25% without 8.31)");

  // ---------------- 月报报送
  const REP = [["2020年8月", "2020-09-08"], ["2020年9月", "2020-10-10"], ["2020年10月", "2020-11-09"], ["2020年11月", "2020-12-08"], ["2020年12月", "2021-01-11"],
    ["2021年1—2月", "2021-03-04"], ["2021年3月", "2021-04-08"], ["2021年4月", "2021-05-10"], ["2021年5月", "2021-06-07"], ["2021年6月", "2021-07-08"],
    ["2021年7月", "2021-08-09"], ["2021年8月", "2021-09-07"]];
  const rRows = [["浈江区电商进农村工作月报报送登记"], ["序号", "月报所属月份", "报送日期", "报送方式", "接收单位", "是否含电商扶贫统计"]];
  REP.forEach(([m, d], j) => rRows.push([j + 1, m, j % 3 === 0 ? dotDate(d) : j % 3 === 1 ? D(d) : cnDate(d), j % 2 ? "粤政易" : "电子邮件", "韶关市商务局", j === 0 ? "否" : "是"]));
  rRows.push(["注：2021年1月、2月月报因春节假期合并报送。"]);
  const rMerges = ["A1:F1", `A${rRows.length}:F${rRows.length}`];
  assert(inWindowMonths(REP.map((r) => r[1])) === 11, "c1 reports 11 window months");

  // ---------------- 专栏更新
  const UPD = [["2020-06-18", "浈江区电子商务进农村综合示范县创建实施方案", "创建方案"], ["2020-06-18", "浈江区电子商务进农村综合示范项目基本信息", "项目信息"],
    ["2020-07-02", "浈江区电子商务进农村综合示范工作监督举报电话", "监督举报"]];
  for (const m of monthsBetween("2020-07", "2021-08")) {
    const [y, mo] = m.split("-").map(Number);
    UPD.push([`${m}-${String(rint(3, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, `浈江区电子商务进农村综合示范项目建设进度公示（${cnMonth(m)}）`, "建设进度"]);
  }
  UPD.sort((a, b) => cmp(a[0], b[0]));
  const uRows = [["区政府网站“电子商务进农村综合示范”专栏更新记录"], ["序号", "发布日期", "标题", "子栏目"]];
  UPD.forEach(([d, t, c], j) => uRows.push([j + 1, j % 4 === 3 ? dotDate(d) : D(d), t, c]));
  assert(inWindowMonths(UPD.map((u) => u[0])) === 12, "c1 column monthly");

  // ---------------- 宣传报道 + 经验材料 (two tables on one sheet)
  const MED = [["2021-03-11", "“浈江融媒”微信公众号", "县级", "网络", "浈江首批村级电商服务站挂牌", "否"], ["2021-04-16", "南方日报", "省级", "报纸", "浈江：山货“触网”走出大山", "否"],
    ["2021-06-22", "广东广播电视台《今日关注》", "省级", "电视", "浈江脱贫户直播卖土特产", "是"], ["2021-09-02", "韶关日报", "市级", "报纸", "浈江电商进农村示范创建见成效", "否"],
    ["2021-09-10", "中央广播电视总台农业农村频道（CCTV-17）", "国家级", "电视", "韶关浈江：电商助力脱贫户增收", "是"]];
  const mRows = [["浈江区电商进农村宣传报道登记表"], ["序号", "报道日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
  MED.forEach((m, j) => mRows.push([j + 1, j % 2 ? cnDate(m[0]) : D(m[0]), m[1], m[2], m[3], `《${m[4]}》`, m[5]]));
  mRows.push([null]);
  mRows.push([null]);
  mRows.push(["经验材料报送登记"]);
  const matTitle = mRows.length;
  mRows.push(["序号", "报送日期", "材料名称", "报送单位", "备注"]);
  mRows.push([1, "2021.7.12", "《浈江区“电商＋山货”助力脱贫户增收的做法》", "韶关市商务局", null]);
  mRows.push([2, "2021.9.6", "《浈江区电子商务进农村综合示范创建工作总结》", "韶关市商务局", "考评后报送"]);
  const mMerges = ["A1:G1", `A${matTitle}:E${matTitle}`];

  // ---------------- 自评打分表 (facts, judged, claimed)
  const growth = (a, b) => pct1(b - a, a);
  assert(growth(86200, 109480) === "27.0%" && growth(13820, 18330) === "32.6%" && !((109480 - 86200) * 10 >= 86200 * 3) && (18330 - 13820) * 10 >= 13820 * 3, "c1 growth");
  // [code, indicator, rows: [criterion, weight text, option, points, note]]
  const IND = [
    ["1.1", "组织领导", 2, [["由县（市、区）政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）；分管领导牵头（1分）", "2", "主要领导牵头、部门齐全（2分）", 2, "区委副书记、区长任组长，分管副区长任副组长；成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、浈江邮政分公司"]]],
    ["1.2", "方案制定", 2, [["工作方案因地制宜，可操作性较强（1-2分）", "1-2", "2分", 2, "《浈江区电子商务进农村综合示范县创建实施方案》（浈府办〔2020〕15号）已正式印发"]]],
    ["1.3", "政策支持", 2, [["出台相关政策，且得到较好落实（1-2分）", "1-2", "1分", 1, "出台《浈江区促进农村电子商务发展扶持办法》；人才、用地政策在制定中"]]],
    ["1.4", "项目管理", 4, [["建立项目管理制度，在建设、验收环节严格落实相关制度（1-2分）", "1-2", "2分", 2, "制定《项目建设管理办法》，招标、验收按程序执行"],
      ["建立完整工作台账，详细记录项目建设情况（1-2分）", "1-2", "2分", 2, "建立站点、培训、资金等11类台账"]]],
    ["2.1", "服务体系建设：县级中心与产业园", 15, [["建成县级电子商务公共服务中心（2分）", "2", "是（2分）", 2, "区电子商务公共服务中心于2020年12月28日投入运营"],
      ["建成后已正常运行6个月（截至2021年8月31日）以上（2分）", "2", "是（2分）", 2, "已运行8个月"],
      ["有免费培训场所、培训设备，能组织电商基础培训（2分）", "2", "是（2分）", 2, "培训室100座，配电脑50台，免费开展电商基础培训"],
      ["为特色农产品提供免费展示、销售服务（1分）", "1", "是（1分）", 1, "展销区免费展示、代销南岭山珍、白毛茶等"],
      ["为电子商务市场主体提供免费摄影、美工服务（1分）", "1", "是（1分）", 1, "摄影棚、美工设计免费向入驻企业和农户开放"],
      ["组织农产品统一推广、指导特色农产品品牌建设（1分）", "1", "是（1分）", 1, "组织“韶品浈江”统一推广，指导白毛茶品牌建设"],
      ["为电子商务发展提供其他衍生增值服务（1分）", "1", "是（1分）", 1, "网店代运营、供应链对接、金融服务对接"],
      ["建设或整合、优化当地电商产业园（2分）", "2", "是（2分）", 2, "整合建设浈江区电商产业园（中心二、三楼）"],
      ["电商产业园企业入驻数量达20家及以上（2分）", "2", "是（2分）", 2, "已入驻22家（见《园区企业》）"],
      ["电商产业园入驻企业含平台型、销售型、电商运营商或物流企业等至少三种以上类型（1分）", "1", "是（1分）", 1, "平台型、销售型、电商运营商、物流企业、直播机构等"]]],
    ["2.2", "服务体系建设：村级站点覆盖", 10, [["行政村覆盖率70%及以上（5分），50%-70%（不含）（2分）", "5", "70%及以上（5分）", 5, "52个行政村中38个建有村级站点，覆盖率73.1%"],
      ["贫困村覆盖率100%（5分），80%-100%（不含）（3分）", "5", "100%（5分）", 5, "6个省定贫困村全部建有站点"]]],
    ["2.3", "农村产品上行", 10, [["对当地农产品网络销售进行调研，并形成针对性建议（1-2分）", "1-2", "2分", 2, "完成《浈江区农产品网络销售调研报告》并提出建议"],
      ["开展农村产品网络促销活动成效明显（1-2分）", "1-2", "1分", 1, "开展“浈品上行”线上促销活动3场"],
      ["当地有专业第三方电子商务运营或服务商（1分）", "1", "是（1分）", 1, "公开招标确定韶关丹韶电商运营服务有限公司为第三方运营服务商"],
      ["行政村物流快递覆盖率100%（1分）", "1", "否（0分）", 0, `51个行政村通快递，${noExpress}未设快递收发点`],
      ["有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）", "1-2", "1分", 1, "制定白毛茶电商交易标准；冷链仓在建"],
      ["2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）", "2", "是（2分）", 2, "农产品网络零售额增长32.6%（见基本数据第5—8项）"]]],
    ["2.4", "电商人才培训", 20, [["培训人次达常住人口1%及以上（10分），0.8%-1%（不含）（8分），0.6%-0.8%（不含）（6分）", "10", "1%及以上（10分）", 10, "累计培训3,140人次（含第16期8月30日—9月1日60人次），占常住人口1.00%"],
      ["建档立卡贫困人口培训率50%及以上（10分），40%-50%（不含）（8分），30%-40%（不含）（6分）", "10", "50%及以上（10分）", 10, "有劳动能力且未外出务工的40人中参训21人，培训率52.5%"]]],
    ["3.1", "信息公开", 4, [["在县政府网站设立公开专栏且内容全面（2分）", "2", "是（2分）", 2, "区政府网站专栏公示创建方案、项目基本信息、建设进度，公布监督举报电话"],
      ["近一年内专栏内容能按月更新（2分），不定时更新（1分）", "2", "按月更新（2分）", 2, "每月公示建设进度"]]],
    ["3.2", "数据上报", 6, [["近一年能每月向市商务局报送工作情况（3分），不定时上报（1分）", "3", "每月报送（3分）", 3, "每月向韶关市商务局报送月报"],
      ["能统计电商扶贫情况（3分）", "3", "是（3分）", 3, "月报附电商扶贫统计表"]]],
    ["4.1", "案例总结", 2, [["向市商务局报送经验材料（2分）", "2", "是（2分）", 2, "2021年7月报送经验材料"]]],
    ["4.2", "经验推广", 8, [["省级及以上媒体进行宣传报道（4分）", "4", "是（4分）", 4, "南方日报、广东广播电视台"],
      ["市级媒体进行宣传报道（3分）", "3", "是（3分）", 3, "韶关日报"],
      ["县级媒体进行宣传报道（1分）", "1", "是（1分）", 1, "“浈江融媒”"]]],
    ["5.1", "制度建立", 5, [["建立科学有效的资金管理制度且得到有效落实（1-5分）", "1-5", "4分", 4, "印发《浈江区电子商务进农村综合示范专项资金管理办法》"]]],
    ["5.2", "资金台账", 5, [["项目承建方建立资金专用台账，账目完整，能清晰反映资金使用情况（1-5分）", "1-5", "4分", 4, "承建单位均建立资金专用台账"]]],
    ["5.3", "资金支出", 5, [["资金支出率70%以上，且根据创建进度及时拨付（1-5分）；资金支出率低于70%倒扣5分", "1-5", "4分", 4, "累计拨付361.25万元，支出率72.3%"]]],
  ];
  const BON = [["6.1", "加分项：建档立卡贫困人口培训率70%及以上（2分）", "否（0分）", 0, "培训率52.5%"],
    ["6.2", "加分项：电商扶贫典型案例获国家级电视媒体播报（2分），省级（1分）（不累加）", "省级（1分）", 1, "2021年6月22日广东广播电视台《今日关注》播出"]];
  const VETO = [["7.1", "发生安全生产、质量事故，或者造成重大经济损失和社会不良影响", "否", "未发生"], ["7.2", "项目建设进度严重滞后，总体进度不足40%", "否", "总体进度88%"],
    ["7.3", "弄虚作假", "否", "无"]];
  const W = 7;
  const fr = [padRow(["2019年省级电子商务进农村综合示范县考评自评打分表"], W),
    padRow(["填报单位：韶关市浈江区商务局", null, null, "考评截止日期：2021-08-31", null, "系统导出：2021-09-03 16:42:07"], W),
    padRow([], W),
    padRow(["一、基本数据"], W),
    ["序号", "数据项", "填报值", "计量单位", "数据来源", "备注", null]];
  const fm = ["A1:G1", "A2:C2", "D2:E2", "F2:G2", "A4:G4", `F5:G5`];
  const BASIC = [["常住人口", 31.26, "万人", "第七次全国人口普查", null], ["户籍人口", 38.47, "万人", "区公安分局", "仅供参考"], ["行政村数", 52, "个", "区民政局", "另有社区居委会14个"],
    ["省定贫困村数", 6, "个", "区乡村振兴局", null], ["2019年农村网络零售额", "86,200", "万元", "区统计局", null], ["2020年农村网络零售额", "109,480", "万元", "区统计局", null],
    ["2019年农产品网络零售额", "13,820", "万元", "区统计局", null], ["2020年农产品网络零售额", "18,330", "万元", "区统计局", null],
    ["有劳动能力的建档立卡贫困人口数（不含外出务工）", 40, "人", "区乡村振兴局", null], ["参加培训的建档立卡贫困人口数", 21, "人", "区商务局", "按身份证号去重"],
    ["下达资金总额", 500, "万元", "省财政厅下达文件", null], ["累计拨付资金", 361.25, "万元", "区财政局", "截至2021年8月31日"], ["项目总体进度", 88, "%", "区商务局", null]];
  BASIC.forEach(([k, v, u, src, n], j) => {
    fr.push([j + 1, k, v, u, src, n, null]);
    fm.push(`F${fr.length}:G${fr.length}`);
  });
  fr.push(padRow([], W));
  fr.push(padRow(["二、自评打分"], W));
  fm.push(`A${fr.length}:G${fr.length}`);
  fr.push(["指标编码", "评价指标", "评分细则", "分值", "自评选项", "自评得分", "自评说明"]);
  const claimedList = [];
  for (const [code, name, max, items] of IND) {
    items.forEach(([crit, w, opt, p, note], i) => fr.push([`${code}.${i + 1}`, i === 0 ? name : null, crit, w, opt, p, note]));
    const sub = sum(items.map((x) => x[3]));
    claimedList.push(sub);
    fr.push([code, `${name}　小计`, null, max, null, sub, null]);
    fm.push(`B${fr.length}:C${fr.length}`);
  }
  for (const [code, name, opt, p, note] of BON) fr.push([code, name, null, 2, opt, p, note]);
  for (const [code, name, opt, note] of VETO) fr.push([code, "一票否决项", name, "—", opt, "—", note]);
  const claimedTot = sum(claimedList);
  fr.push(["合计", null, null, 100, null, `${claimedTot}＋${BON[0][3] + BON[1][3]}`, "加分项另计"]);
  fm.push(`A${fr.length}:C${fr.length}`);
  fr.push(padRow(["填表人：邱××　　审核人：曾××　　（本表由系统根据自评选项自动计分）"], W));
  fm.push(`A${fr.length}:G${fr.length}`);
  assert(claimedTot === 93, "c1 claimed 93 " + claimedTot);
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = claimedList[j]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 1;

  const guide = [["填报说明"], ["1．本工作簿由“韶关市电子商务进农村综合示范考评填报系统”导出，《自评打分表》中“自评选项”为下拉选择，“自评得分”按选项自动计算，“小计”行为各指标自评得分。"],
    ["2．各台账由区商务局电商股汇总整理，数据截至2021年8月31日（省考评截止日期）；截止日后的记录照录，并在备注中注明。"],
    ["3．《脱贫户参训名单》中人员已计入《培训台账》参训人次。"], ["4．如有疑问请联系区商务局电商股：0751-8××××××。"]];
  const opts = [["自评选项", "是否", "级别"], ["是（2分）", "是", "国家级"], ["否（0分）", "否", "省级"], ["1分", null, "市级"], ["2分", null, "县级"], ["70%及以上（5分）", null, null]];

  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 2,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 0 + 1, "work.coverage": 5 + 3, "work.upward": 2 + 1 + 1 + 0 + 1 + 2,
    "work.training": 8 + 10, "info.disclosure": 2 + 2, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 4 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 82 && bonus === 1, "c1 total " + scored);
  const derivation = [
    "org.leadership: 1.1 自评选项“主要领导牵头、部门齐全”，说明：区委副书记、区长任组长，成员有区商务局、区财政局、区农业农村局、区乡村振兴局 → 主要领导、四部门齐全 → 2",
    "org.plan: 1.2 方案（浈府办〔2020〕15号）已正式印发，自评“2分” → 2",
    "org.policy: 1.3 扶持办法已出台，自评“1分” → 1",
    "org.management: 1.4.1 项目管理制度“2分”＋1.4.2 工作台账“2分” → 4",
    `work.center: 2.1：中心2020年12月28日投入运营 → 2；≤2021-02-28，运行满6个月 → 2；免费培训“是” → 2；免费展示销售、免费摄影美工、统一推广和品牌、其他增值服务都“是” → 1＋1＋1＋1；产业园“是” → 2；《园区企业》22行：${late.n}2021年9月8日入驻不算，${gone.n}2021.6.30退园不算，${oldName.n}和${newName.n}是同一统一社会信用代码（5月更名），算一家 → 8月31日在园19家 < 20 → 0（按名称数是20家，自评“已入驻22家”也不对）；类型有平台型、销售型、电商运营商、物流企业 → 1；合计13（自评15）`,
    `work.coverage: 《村居名单》村委会52个（居委会14个不算）；《站点台账》按挂牌运营时间≤8月31日覆盖37个行政村：“${vCut}”的站写“21.8.31”（两位年份，正好截止日，算；验收时间2021.9.10不是挂牌时间）；“${poor[5]}”的站2021.9.6挂牌，不算；${covNon[7]}、${poor[1]}各有第二个服务点只算一次；${towns[5].cs[0]}的社区服务点不算 → 37/52 = ${pct1(37, 52)} ≥ 70% → 5（少了8月31日那站就是36/52 = ${pct1(36, 52)} → 2）；省定贫困村6个，截止日有站的5个 → 5/6 = ${pct1(5, 6)} → 3；合计8（自评10，“38个”“6个全覆盖”都把9月6日那站算进去了）`,
    `work.upward: 调研“2分”、促销“1分”、交易标准与冷链溯源“1分”；第三方运营服务商“是” → 1；《村居名单》有快递进村列，${noExpress}“无（到镇自取）” → 0（自评也是“否（0分）”）；农村网零86,200万→109,480万元增长27.0%（不到30%），农产品网零13,820万→18,330万元增长32.6% ≥ 30% → 2；合计7`,
    `work.training: 《培训台账》按培训时间（两天班按结束日）≤8月31日：第1—15期合计${fmtInt(ptCut)}人次（有“xxx人次”文本、全角数字）；第16期“2021.8.30-9.1”按结束日2021-09-01在截止日后，60人次不算；常住人口31.26万人 = ${fmtInt(POP)} → ${fmtInt(ptCut)}/${fmtInt(POP)} = ${((ptCut / POP) * 100).toFixed(3)}% < 1% → 8（算上第16期是3,140人次、${((3140 / POP) * 100).toFixed(3)}%，就会错成10；合计行“3,140”含第16期）；《建档立卡人口》劳动能力“有劳动能力”且“是否外出务工”为否的40人；《脱贫户参训名单》截止日前、按身份证号对上的20人（一人身份证号末位写成小写“x”，须按X对上；两人参训两次算一次；${sept.name}只参加第16期，不算；外出务工${mig.name}、无劳动能力${nol.name}不在40人内） → 20/40 = 50.0% ≥ 50% → 10（小写x对不上就是19/40 = 47.5% → 8；自评“参训21人”含第16期，与名单不符，以名单为准）；合计18（自评20）`,
    "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度，公布监督举报电话 → 2；《专栏更新》2020年9月—2021年8月每月都有建设进度公示 → 2；合计4",
    "info.reporting: 《月报报送》按报送日期：1、2月月报2021年3月4日合并报送，2021年2月没有报送；8月月报2021年9月7日报送在截止日后 → 近一年12个月中11个月有报送，不是每月 → 1；“是否含电商扶贫统计”为“是” → 3；合计4（自评6）",
    "promo.cases: 《宣传及材料》下方“经验材料报送登记”2021.7.12向韶关市商务局报送 → 2（2021.9.6那份在截止日后）",
    "promo.media: 南方日报（省级）、广东广播电视台（省级） → 4；“浈江融媒”（县级） → 1；韶关日报（市级）2021年9月2日、CCTV-17（国家级）2021年9月10日都在截止日后，不算 → 5（自评8）",
    "fund.system: 5.1 自评“4分” → 4",
    "fund.ledger: 5.2 自评“4分” → 4",
    `fund.spending: 《资金拨付》拨付日期≤8月31日的12笔（金额有数字、“365,000.00”、“168000元”、“30万”几种写法）合计${fmtMoney(spent)}元；2021.9.10尾款30万元不算；合计行${fmtMoney(sum(PAY.map((p) => p[3])))}含9月 → ${fmtMoney(spent)}/5,000,000（下达500万元） = ${pct2(spent, 5000000)} ≥ 70% → 及时拨付自评4 → 4（8月31日那笔30万元不算的话只有66.25%，要倒扣5分）`,
    "bonus.poorTraining: 贫困人口培训率20/40 = 50% < 70% → 0",
    "bonus.tvCase: 广东广播电视台《今日关注》（省级电视）2021年6月22日播出，标“是”电商扶贫典型案例 → 1；CCTV-17那条在9月10日，截止日后，不算国家级 → 1",
    "veto.incident: 7.1 选“否”，未发生 → 不否决",
    "veto.progress: 项目总体进度88% ≥ 40%（拨付率72.25%也 ≥ 40%） → 不否决",
    "veto.fraud: 7.3 选“否” → 不否决",
  ];
  return {
    description:
      "韶关浈江区商务局从“韶关市电子商务进农村综合示范考评填报系统”导出的整本工作簿（13个表），82＋加分1＝83分、未否决（系统自评93＋1）：《自评打分表》上面是“一、基本数据”（序号｜数据项｜填报值｜计量单位｜数据来源｜备注，常住人口31.26万人、网零以万元计、拨付361.25万元、进度88%），下面“二、自评打分”一条评分细则一行（指标编码｜评价指标｜评分细则｜分值｜自评选项｜自评得分｜自评说明），自评选项是下拉文本“是（2分）”“否（0分）”“70%及以上（5分）”“2分”，每个指标后有“小计”行（claimed），加分、否决、合计行在后；台账：村居名单（快递进村“有（邮政、中通）”“无（到镇自取）”）、两行表头的站点台账（挂牌运营时间和验收时间两列，一站“21.8.31”正好凑成37/52，一站9月挂牌，同村第二点、社区点）、按期次的培训台账（“2021.8.30-9.1”一期跨过截止日、“xxx人次”文本和全角数字、合计行）、脱贫户参训名单（一人身份证号末位小写x，决定20/40＝50%）、建档立卡人口、园区企业（同一信用代码的更名企业、退园、9月入驻：在园19家）、元和“万”混写的资金拨付台账（2021.8.31一笔30万元决定72.25%还是66.25%）、1—2月合并报送的月报登记、专栏更新、宣传报道下方另起“经验材料报送登记”表，以及填报说明和隐藏的下拉选项表。",
    sheets: [
      { name: "填报说明", rows: guide, merges: [] },
      { name: "自评打分表", rows: fr, merges: fm },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "培训台账", rows: tRows, merges: tMerges },
      { name: "脱贫户参训名单", rows: trRows, merges: trMerges },
      { name: "建档立卡人口", rows: pRows, merges: ["A1:H1", "A2:H2"] },
      { name: "园区企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金拨付", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: rRows, merges: rMerges },
      { name: "专栏更新", rows: uRows, merges: ["A1:D1"] },
      { name: "宣传及材料", rows: mRows, merges: mMerges },
      { name: "下拉选项", rows: opts, merges: [], hidden: true },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 珠海香洲区: 请示 (申请拨付尾款) with 附表1 资金拨付情况 and 附表2 项目建设完成情况
// =====================================================================================================
function buildF1() {
  const W = 7;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:G${rows.length}`);
  };
  const right = (t) => {
    rows.push(padRow([null, null, null, null, t], W));
    merges.push(`E${rows.length}:G${rows.length}`);
  };
  const blank = () => rows.push(padRow([], W));
  // 附表1 (万元, kept in 0.01万元 integers)
  const PAYT = [["区电子商务公共服务中心建设及运营", "珠海市香洲区优品汇电子商务有限公司", 16800, 13440, 3360], ["村级电商服务站点建设", "中国邮政集团有限公司珠海市分公司", 9500, 6820, 2680],
    ["农村电商人才培训", "珠海市香洲区职业培训中心", 6200, 5580, 0], ["农村物流配送体系建设", "珠海市香洲区速通物流有限公司", 8800, 7040, 0],
    ["农产品品牌推广及冷链溯源", "珠海市香洲区优品汇电子商务有限公司", 5700, 4560, 0], ["电商产业园改造提升", "珠海市南屏建筑工程有限公司", 3000, 2420, 0]];
  const w2 = (c) => (c / 100).toFixed(2);
  const tot = [2, 3, 4].map((k) => sum(PAYT.map((p) => p[k])));
  assert(tot[0] === 50000 && tot[1] === 39860 && tot[2] === 6040, "f1 附表1 totals " + tot);
  const paid = tot[1] * 100;
  assert(paid === 3986000 && pct1(paid, 5000000) === "79.7%" && pct1(paid + tot[2] * 100, 5000000) === "91.8%", "f1 rates");
  assert(pct1(16, 21) === "76.2%" && pct1(37, 58) === "63.8%", "f1 numbers");

  full("珠海市香洲区商务局");
  full("香商务〔2021〕86号　　　　　　　　　　　　　　　　　　签发人：王××");
  blank();
  full("关于申请拨付2019年省级电子商务进农村综合示范项目尾款的请示");
  full("区财政局：");
  full("　　2019年，我区被确定为省级电子商务进农村综合示范县（区），省财政下达专项资金500万元。区政府成立了由区委副书记、区长任组长，分管副区长任副组长，区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局为成员单位的创建工作领导小组；2020年5月正式印发《香洲区电子商务进农村综合示范工作方案》，2020年8月出台《香洲区促进农村电子商务发展扶持办法》。");
  full("　　我区常住人口113.88万人（第七次全国人口普查），辖行政村21个、社区居委会118个，无省定贫困村。");
  full("　　截至2021年8月31日（省考评截止日期），项目总体进度92%，已累计拨付专项资金398.60万元，资金支出率79.7%（详见附表1）；各项建设任务完成情况见附表2。项目建设期间未发生安全生产、质量事故。");
  full("　　目前，区电子商务公共服务中心建设及运营、村级电商服务站点建设两个合同已通过终验。根据合同约定，现申请拨付上述两个合同尾款共计60.40万元。本次拨付后，累计拨付459.00万元，资金支出率91.8%。");
  full("　　妥否，请批示。");
  blank();
  full("　　附件：1．项目资金拨付情况表　　2．项目建设完成情况表");
  blank();
  right("珠海市香洲区商务局");
  right("2021年9月6日");
  full("（联系人：李××，电话：0756-2××××××）");
  blank();
  full("附表1");
  full("香洲区电子商务进农村综合示范项目资金拨付情况表");
  rows.push(padRow([null, null, null, null, null, null, "单位：万元"], W));
  rows.push(["序号", "项目", "承建单位", "合同金额", "已拨付（截至2021年8月31日）", "本次申请拨付", "拨付后累计"]);
  PAYT.forEach(([what, who, c, p, r], j) => rows.push([j + 1, what, who, w2(c), w2(p), r ? w2(r) : "—", w2(p + r)]));
  rows.push(["合计", null, null, w2(tot[0]), w2(tot[1]), w2(tot[2]), w2(tot[1] + tot[2])]);
  merges.push(`A${rows.length}:C${rows.length}`);
  blank();
  full("附表2");
  full("香洲区电子商务进农村综合示范项目建设完成情况表");
  rows.push(["序号", "建设任务", "绩效目标（任务书约定）", "完成情况（截至2021年8月31日）", null, "完成时间", "是否完成"]);
  merges.push(`D${rows.length}:E${rows.length}`);
  const T2 = [
    ["县级电子商务公共服务中心", "2020年10月底前建成并投入运营，提供免费培训、展示销售、摄影美工、品牌推广及其他增值服务", "2020年11月16日投入运营；设免费培训室（80座）及电脑、直播设备，常态化开展电商基础培训；设特色农产品展销区，免费展示、销售；免费提供产品摄影，美工设计按件收取成本费；组织“香洲好物”统一推广，指导淇澳虾酱等特色农产品品牌建设；提供网店代运营、融资对接等增值服务", D("2020-11-16"), "是"],
    ["电商产业园", "整合建设电商产业园，入驻企业20家以上", "整合建设香洲区电商产业园（南屏科技工业园内），入驻企业21家", "2021.3", "是"],
    ["村级电商服务站点", "行政村覆盖率70%以上", "21个行政村建成村级站点17个，覆盖行政村16个（76.2%）", "2021.6", "是"],
    ["农村物流快递", "行政村快递覆盖率100%", "21个行政村均已通快递，覆盖率100%", "2021.4", "是"],
    ["第三方运营服务", "引入专业第三方运营服务商", "公开招标确定珠海市香洲区优品汇电子商务有限公司为第三方运营服务商", "2020.9", "是"],
    ["电商人才培训", "培训人次达常住人口1%以上（常住人口超过50万的按50万计，即5,000人次）", "累计培训5,236人次", "2021.7", "是"],
    ["贫困人口电商培训", "有劳动能力的建档立卡（相对）贫困人口培训率50%以上", "有劳动能力且未外出务工的相对贫困人口58人，已参训37人，培训率63.8%", "2021.6", "是"],
    ["农产品上行", "2020年农村网络零售额或农产品网络零售额同比增长30%以上", "2020年农村网络零售额12.36亿元，同比增长21.4%；农产品网络零售额2.18亿元，同比增长34.6%", "2021.1", "是"],
    ["信息公开", "区政府网站设立专栏，公开创建方案、项目基本信息，按月公示建设进度，设立征求意见或监督举报窗口", "已设立专栏，公开创建方案、项目基本信息，每月公示建设进度；征求意见／监督举报窗口尚未开通（拟9月底前开通）", "—", "部分完成"],
    ["数据报送", "每月向市商务局报送工作进展和统计数据，统计电商扶贫情况", "每月向珠海市商务局报送，附电商帮扶统计表", "—", "是"],
    ["资金管理", "制定资金管理制度，承建单位建立资金专用台账", "印发《香洲区电子商务进农村综合示范专项资金管理办法》；各承建单位均建立资金专用台账", "2020.7", "是"],
  ];
  T2.forEach(([t, goal, done, when, ok], j) => {
    rows.push([j + 1, t, goal, done, null, when, ok]);
    merges.push(`D${rows.length}:E${rows.length}`);
  });
  full("注：绩效目标为《项目任务书》约定目标，完成情况为截至2021年8月31日实际完成数；本次申请拨付资金未计入已拨付数。");
  for (const r of rows) assert(r.length === W, "f1 row width");
  return {
    description:
      "珠海香洲区商务局给区财政局的《关于申请拨付2019年省级电子商务进农村综合示范项目尾款的请示》整份贴进Excel当事实表：红头、文号签发人、标题、主送，正文一段一行（A:G合并），落款2021年9月6日，下面接“附表1 项目资金拨付情况表”（万元：合同金额｜已拨付（截至2021年8月31日）｜本次申请拨付｜拨付后累计，合计行）和“附表2 项目建设完成情况表”（建设任务｜绩效目标（任务书约定）｜完成情况（截至2021年8月31日）｜完成时间｜是否完成）。读法：累计拨付是“已拨付”合计398.60万元，不是本次申请的60.40万元，也不是拨付后的459.00万元（91.8%）；绩效目标（10月底前运营、5,000人次、70%、30%）是目标，事实读完成情况（中心2020年11月16日投入运营，摄影免费但美工设计按件收费 → 免费摄影美工为否，监督举报窗口未开通 → 否）；常住人口113.88万人、21个行政村、无省定贫困村、区长任组长四部门齐全、方案和扶持办法都在正文里；请示日期不是截止日期，截止日期写在正文“截至2021年8月31日（省考评截止日期）”；没有自评分。",
    sheets: [{ name: "请示及附表", rows, merges }],
    expect: {
      facts: {
        county: "香洲区", asOf: "2021-08-31", residentPopulation: 1138800, adminVillagesStated: 21, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-16", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: 1236000000, ruralRetailGrowthStated: 0.214, agriRetail2020: 218000000, agriRetailGrowthStated: 0.346,
        trainingPersonTimesStated: 5236, eligiblePoorPersonsStated: 58, trainedPoorPersonsStated: 37,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: paid, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.92, vetoIncident: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 广州黄埔区: the reply e-mail (with the quoted request of the city bureau) pasted into Excel
// =====================================================================================================
function buildF2() {
  const W = 5;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:E${rows.length}`);
  };
  const blank = () => rows.push(padRow([], W));
  full("发件人：黄埔区商务局电商科<hpsw_dsk@hp.gov.cn>");
  full("发送时间：2021年9月3日(星期五) 下午4:18");
  full("收件人：广州市商务局电子商务处<gzsw_dsc@gz.gov.cn>");
  full("抄　送：黄埔区农业农村局<hpnyj@hp.gov.cn>");
  full("主　题：回复：【请于9月3日前报送】电子商务进农村综合示范考评基础数据（黄埔区）");
  full("附　件：黄埔区考评佐证材料目录.docx（36KB）");
  blank();
  full("电子商务处：");
  full("　　现将我区电子商务进农村综合示范考评基础数据报送如下（数据截至2021年8月31日）：");
  rows.push(["序号", "项目", "数据", "单位", "说明"]);
  const T = [
    ["常住人口", "126.4", "万人", "第七次全国人口普查"], ["行政村", "30", "个", "九龙镇、新龙镇、龙湖街等，另有社区"],
    ["省定贫困村", "0", "个", "珠三角地区不认定省定贫困村"],
    ["领导小组", "区委常委、副区长任组长", "—", "成员单位：区商务局、区财政局、区农业农村局（区乡村振兴局）、区交通运输局"],
    ["示范工作方案", "已印发", "—", "穗埔府办函〔2020〕27号"], ["扶持政策", "已印发", "—", "《黄埔区促进农村电子商务发展实施细则》"],
    ["公共服务中心投入运营", "2020/12/10", "—", "九龙镇"], ["中心免费培训", "有", "—", "培训室60座"], ["中心免费展示销售", "有", "—", null],
    ["中心免费摄影美工", "有", "—", null], ["中心品牌推广", "有", "—", "“黄埔好物”统一推广"], ["中心其他衍生增值服务", "无", "—", "计划第四季度推出"],
    ["电商产业园", "已整合", "—", "九龙镇电商产业园"], ["第三方运营服务商", "有", "—", "广州埔农优选电子商务有限公司"], ["行政村快递覆盖率", "100", "%", null],
    ["2019年农村网络零售额", "21.36", "亿元", "区统计局"], ["2020年农村网络零售额", "27.95", "亿元", "区统计局"], ["2020年农产品网络零售额", "3.12", "亿元", "2019年未单独统计"],
    ["培训人次", "13,086", "人次", "截至8月31日"], ["有劳动能力的相对贫困人口（不含外出务工）", "312", "人", "区乡村振兴局确认"], ["其中参加电商培训", "187", "人", "按身份证号去重"],
    ["政府网站公开专栏", "已设立", "—", "公示创建方案、项目基本信息、每月建设进度；设监督举报邮箱"], ["能否统计电商扶贫情况", "能", "—", "月报附电商帮扶统计表"],
    ["下达资金", "500", "万元", null], ["累计拨付", "4,118,600.00", "元", "截至8月31日"], ["资金管理制度", "已制定", "—", null], ["资金专用台账", "已建立", "—", null],
    ["项目总体进度", "93", "%", null], ["安全生产、质量事故", "无", "—", null], ["弄虚作假", "无", "—", null],
  ];
  T.forEach(([k, v, u, n], j) => rows.push([j + 1, k, v, u, n]));
  blank();
  full("　　主观评分项我区拟自评如下：");
  rows.push(["序号", "项目", "自评分", "分值范围", "说明"]);
  const J = [["方案制定", 2, "1-2", null], ["政策支持", 2, "1-2", null], ["项目管理制度", 2, "1-2", null], ["工作台账", 2, "1-2", null], ["网销调研", 1, "1-2", "调研报告未形成建议"],
    ["网络促销活动", 2, "1-2", null], ["交易标准与冷链溯源", 1, "1-2", "冷链在建"], ["资金管理制度", 5, "1-5", null], ["资金专用台账", 4, "1-5", null], ["资金及时拨付", 4, "1-5", null]];
  J.forEach(([k, p, r, n], j) => rows.push([j + 1, k, p, r, n]));
  blank();
  full("　　以上，请审核。");
  blank();
  full("黄埔区商务局电商科　陈××");
  full("电话：020-8××××××　　手机：139****2618");
  blank();
  full("------------------ 原始邮件 ------------------");
  full("发件人：广州市商务局电子商务处<gzsw_dsc@gz.gov.cn>");
  full("发送时间：2021年8月27日(星期五) 上午10:05");
  full("收件人：从化区商务局；增城区商务局；花都区商务局；黄埔区商务局");
  full("主　题：【请于9月3日前报送】电子商务进农村综合示范考评基础数据");
  blank();
  full("各有关区商务主管部门：");
  full("　　根据省商务厅考评工作通知，本次考评截止日期为2021年8月31日。请按以下格式于9月3日前回复报送基础数据，数据须与台账一致，单位请在“单位”栏注明。填写示例（以乐昌市自评报告数据为例，请勿照抄）：");
  rows.push(["序号", "项目", "数据", "单位", "说明"]);
  rows.push(["例1", "常住人口", "42", "万人", "第七次全国人口普查"]);
  rows.push(["例2", "公共服务中心投入运营", "2020/3/26", "—", "填写具体日期"]);
  rows.push(["例3", "累计拨付", "4,167,785.00", "元", "截至8月31日"]);
  rows.push(["例4", "领导小组", "市长任组长", "—", "写明组长职务及成员单位"]);
  full("　　主观评分项请按分值范围自评并简要说明。");
  full("广州市商务局电子商务处　2021年8月27日");
  for (const r of rows) assert(r.length === W, "f2 row width");
  assert(pct1(2795 - 2136, 2136) === "30.9%", "f2 growth");
  return {
    description:
      "广州黄埔区商务局电商科回复市商务局电子商务处的邮件，整封粘贴进Excel当事实表：前6行是邮件头（发件人、发送时间2021年9月3日、收件人、抄送、主题“回复：…（黄埔区）”、附件），正文“数据截至2021年8月31日”，下面 序号｜项目｜数据｜单位｜说明 小表（单位逐行不同：126.4万人、21.36/27.95/3.12亿元、500万元、“4,118,600.00”元、93%），再一张“主观评分项拟自评”小表（项目｜自评分｜分值范围｜说明），署名之后是引用的“------ 原始邮件 ------”：市商务局8月27日的通知，写了考评截止日期2021年8月31日，并附“填写示例”小表（例1常住人口42万人、例2中心2020/3/26、例3累计拨付4,167,785.00元、例4市长任组长——乐昌市的数，不是黄埔区的）。读法：只读回复正文里的表；领导小组“区委常委、副区长任组长” → 分管领导（成员单位四部门都在）；中心其他衍生增值服务“无”；2020年农产品网零只有2020年数；专栏公示三项并设监督举报邮箱 → 四项都是；没有总分。",
    sheets: [{ name: "邮件正文", rows, merges }],
    expect: {
      facts: {
        county: "黄埔区", asOf: "2021-08-31", residentPopulation: 1264000, adminVillagesStated: 30, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-10", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 2136000000, ruralRetail2020: 2795000000, agriRetail2020: 312000000, trainingPersonTimesStated: 13086,
        eligiblePoorPersonsStated: 312, trainedPoorPersonsStated: 187,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4118600, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.93,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f3 — 惠州惠阳区: the official indicator table with ☑/☐ ticks inside the multi-line 评分标准 cells
// =====================================================================================================
function buildF3() {
  const T = (on, s) => (on ? "☑" : "☐") + s;
  const G = [
    ["加强组织领导与统筹协调（10分）", [
      ["组织领导", 2, "建立县（市、区）政府主要领导牵头、多部门参与的工作协调机制",
        [T(true, "由县（市、区）政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）；"), T(false, "由县（市、区）政府分管领导牵头（1分）；"), T(false, "其他情况不得分。")],
        "区委副书记、区长任组长；成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局等14个部门", "成立工作领导小组或协调机构的文件、相关工作会议纪要、图片", 2],
      ["方案制定", 2, "制定科学严谨的示范创建工作方案", [T(true, "工作方案因地制宜,可操作性较强（1-2分）：自评2分")],
        "2020年6月正式印发《惠州市惠阳区电子商务进农村综合示范工作方案》", "正式印发的示范县工作方案", 2],
      ["政策支持", 2, "在资金、土地、人才等方面出台政策，支持农村电商发展", [T(true, "出台相关政策，且得到较好落实（1-2分）：自评1分")],
        "出台《惠阳区农村电子商务发展扶持资金管理办法》，人才政策未出台", "出台的支持文件及其他证明材料等", 1],
      ["项目管理", 4, "制定项目管理制度，建立工作台帐，明确工作目标、工作进度、工作任务，建设、验收等环节严格执行相关制度规定。",
        [T(true, "建立项目管理制度，在建设、验收环节严格落实相关制度（1-2分）：自评2分；"), T(true, "建立完整工作台账，详细记录项目建设情况（1-2分）：自评1分。")],
        "制定项目管理制度，招标验收按制度执行；工作台账部分未及时更新", "项目管理制度文件、工作台账等", 3],
    ]],
    ["深入推动电子商务进农村工作（55分）", [
      ["服务体系建设", 25, "建设县级电子商务公共服务中心……建设或整合、优化当地电商产业园，形成产业集聚效应。",
        [T(true, "建成县级电子商务公共服务中心（2分）；"), T(true, "建成后已正常运行6个月（截至2021年8月31日）以上（2分）；"), T(true, "有免费培训场所、培训设备，能组织电商基础培训（2分）；"),
          T(true, "为特色农产品提供免费展示、销售服务（1分）；"), T(false, "为电子商务市场主体提供免费摄影、美工服务（1分）；"), T(true, "组织农产品统一推广、指导特色农产品品牌建设（1分）；"),
          T(true, "为电子商务发展提供其他衍生增值服务（1分）；"), T(true, "建设或整合、优化当地电商产业园（2分)；"), T(false, "电商产业园企业入驻数量达20家及以上(2分)；"),
          T(true, "电商产业园入驻企业含平台型电商企业、销售型企业、电商运营商或物流企业等至少三种以上类型(1分)。")],
        "区电子商务公共服务中心2020年9月26日投入运营；摄影棚、美工按件收费；整合建设惠阳电商产业园，入驻企业18家（平台型、销售型、电商运营商、物流企业）", "1、现场查看县级电子商务公共服务中心运营情况。\n2、现场查看电商产业园运营情况，入驻企业清单。", 12],
      [null, null, "辖区内行政村建设村级电子商务服务站点要达到70%以上……其中省定贫困村实现全覆盖",
        [T(false, "行政村覆盖率70%及以上（5分），") + T(true, "50%-70%（不含）（2分），") + T(false, "50%以下不得分；"), T(true, "贫困村覆盖率100%（5分），") + T(false, "80%-100%（不含）（3分），") + T(false, "80%以下不得分。")],
        "全区行政村94个，建有村级站点的61个（64.9%）；省定贫困村6个，全部建有站点", "辖区内行政村清单、省定贫困村清单、村级电商服务站点清单、站点视频", 7],
      ["农村产品上行", 10, "对辖区内农村产品的生产和电商销售情况进行全面摸底……探索建立符合农产品网络销售上行要求的冷链系统、产品溯源系统等。",
        [T(true, "对当地农产品网络销售进行调研，并形成针对性建议（1-2分）：自评2分；"), T(true, "开展农村产品网络促销活动成效明显（1-2分）：自评1分；"), T(true, "当地有专业第三方电子商务运营或服务商（1分）；"),
          T(false, "行政村物流快递覆盖率100%（1分）；"), T(true, "有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）：自评1分；"), T(true, "2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）。")],
        "第三方运营服务商：惠州惠阳农优电子商务有限公司；行政村快递覆盖88个（93.6%）；2020年农村网络零售额18.64亿元，同比增长18.7%；农产品网络零售额2.27亿元，同比增长31.5%", "调研报告、促销活动总结、快递覆盖证明、交易标准文本、第三方统计数据", 7],
      ["电商人才培训", 20, "普及性培训覆盖常住人口的1%以上（常住人口总数超过50万的，以50万为基数计算）……有劳动能力的贫困人口培训率达50%以上（外出务工者除外）。",
        [T(true, "培训人次达常住人口1%及以上（10分），") + T(false, "0.8%-1%（不含）（8分），") + T(false, "0.6%-0.8%（不含）（6分）；"),
          T(false, "建档立卡贫困人口培训率50%及以上（10分），") + T(true, "40%-50%（不含）（8分），") + T(false, "30%-40%（不含）（6分）。")],
        "常住人口79.6万人（按50万人计算），累计培训5,106人次（1.02%）；有劳动能力的建档立卡贫困人口（不含外出务工）215人，参训96人（44.7%）", "培训通知、学员名单、签到表；扶贫部门确认的贫困人口数、参训贫困人口清单", 18],
    ]],
    ["加强信息公开及报送（10分）", [
      ["信息公开", 4, "在县政务网站设立电子商务进农村综合示范公开专栏……同时设立征求意见窗口或监督举报窗口。",
        [T(true, "在县政府网站设立公开专栏且内容全面（2分）；"), T(false, "近一年内专栏内容能按月更新（2分），") + T(true, "不定时更新（1分），") + T(false, "未更新不得分。")],
        "区政府网站设立专栏，公示创建方案、项目基本信息、项目建设进度，设征求意见窗口；2021年1—3月未更新", "专栏网页截图", 3],
      ["数据上报", 6, "每月向市级商务主管部门报送示范创建工作进展、成效及电商相关统计数据……",
        [T(true, "近一年能每月向市商务局报送工作情况（3分），") + T(false, "不定时上报（1分），") + T(false, "未上报不得分；"), T(true, "能统计电商扶贫情况（3分），") + T(false, "未统计相关情况不得分。")],
        "每月向惠州市商务局报送；统计贫困户参训及电商带动增收情况", "向市级商务主管部门报送工作情况的文件", 6],
    ]],
    ["加强宣传推广（10分）", [
      ["案例总结", 2, "对当地发展农村电商、开展示范创建等经验做法和案例进行总结提炼并及时上报。", [T(true, "向市商务局报送经验材料（2分）")],
        "2021年5月向惠州市商务局报送《惠阳区“电商＋荔枝”助农增收经验》", "查看上报文件", 2],
      ["经验推广", 8, "典型做法被主流媒体报道宣传", [T(false, "省级及以上媒体进行宣传报道（4分）；"), T(true, "市级媒体进行宣传报道（3分）；"), T(true, "县级媒体进行宣传报道（1分）。")],
        "惠州日报、惠州电视台，“惠阳发布”", "宣传文案、网络截图、照片", 4],
    ]],
    ["加强财政资金管理（15分）", [
      ["制度建立", 5, "制定省级财政资金管理制度……建立考核问责制度。", [T(true, "建立科学有效的资金管理制度且得到有效落实（1-5分）：自评4分")],
        "印发《惠阳区电子商务进农村综合示范专项资金管理办法》", "查看相关资金管理制度", 4],
      ["资金台账", 5, "明确责任人，建立健全资金台账，实现管理全过程可查询、可追溯。", [T(true, "项目承建方建立资金专用台账，账目完整，能清析反映资金使用情况（1-5分）：自评4分")],
        "各承建单位建立资金专用台账", "项目承办方的资金使用账目及凭证等", 4],
      ["资金支出", 5, "严格按照财政资金有关规定进行资金的使用和拨付", [T(true, "资金支出率70%以上，且根据创建进度及时拨付（1-5分）：自评3分；"), T(false, "资金支出率低于70%倒扣5分。")],
        "下达省级专项资金500万元，截至2021年8月31日拨付3,716,800元，支出率74.3%", "资金拨付文件、票据、凭证等", 3],
    ]],
    ["加分项（4分）", [
      ["贫困人口培训", 2, null, [T(false, "建档立卡贫困人口培训率70%及以上（2分）")], "培训率44.7%", "参加培训的建档立卡贫困人口清单及签到表等", 0],
      ["电视播报", 2, null, [T(false, "电商扶贫典型案例获国家级电视媒体播报（2分），") + T(false, "省级（1分）（不累加）")], "无", "查看相关报道和视频", 0],
    ]],
    ["一票否决项", [
      ["安全质量事故", "—", null, [T(false, "发生安全生产、质量事故，或者造成重大经济损失和社会不良影响。")], "未发生", null, "—"],
      ["进度滞后", "—", null, [T(false, "项目建设进度严重滞后，总体进度不足40%。")], "总体进度89%", null, "—"],
      ["弄虚作假", "—", null, [T(false, "弄虚作假。")], "无", null, "—"],
    ]],
  ];
  const vert = (s) => s.split("").join("\n");
  const rows = [["2019年省级电子商务进农村综合示范创建考评指标体系（惠阳区自评）"],
    ["填报单位：惠州市惠阳区商务局（盖章）　　考评截止日期：2021年8月31日　　填报日期：2021年9月2日"],
    ["填表说明：“评分标准”栏中已达到的条款前打“☑”，未达到的保留“☐”；主观评分条款在该条后写“自评×分”；关键数据填在“完成情况（数据）”栏。"],
    ["工作任务", "评价指标名称", "权重（%）", "指标解释", "评分标准（☑已达到　☐未达到）", "完成情况（数据）", "评价方式及佐证材料", "自评得分"]];
  const merges = ["A1:H1", "A2:H2", "A3:H3"];
  const scores = [];
  for (const [task, items] of G) {
    const g0 = rows.length + 1;
    items.forEach(([name, w, expl, crit, done, ev, sc], i) => {
      rows.push([i === 0 ? task : null, name ? vert(name) : null, w, expl, crit.join("\n"), done, ev, sc]);
      scores.push(sc);
      if (name === "服务体系建设") merges.push(`B${rows.length}:B${rows.length + 1}`, `C${rows.length}:C${rows.length + 1}`);
    });
    if (rows.length > g0) merges.push(`A${g0}:A${rows.length}`);
  }
  const claimedList = scores.slice(0, 15);
  const total = sum(claimedList);
  rows.push(["合计得分", null, null, null, null, null, null, total]);
  merges.push(`A${rows.length}:G${rows.length}`);
  rows.push(["填表人：叶××　　审核人：黄××　　分管领导：钟××"]);
  merges.push(`A${rows.length}:H${rows.length}`);
  assert(total === 78 && scores.length === 20, "f3 claimed 78 " + total);
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = claimedList[j]));
  claimed["bonus.poorTraining"] = scores[15];
  claimed["bonus.tvCase"] = scores[16];
  assert(pct1(61, 94) === "64.9%" && pct1(88, 94) === "93.6%" && pct1(96, 215) === "44.7%" && pct2(5106, 500000) === "1.02%" && pct1(3716800, 5000000) === "74.3%", "f3 numbers");
  return {
    description:
      "惠州惠阳区商务局的自评表就是官方指标体系（工作任务｜评价指标名称｜权重｜指标解释｜评分标准｜完成情况（数据）｜评价方式及佐证材料｜自评得分），经办人在“评分标准”格子里逐条打勾：一个格子多行，每条款前是“☑”（已达到）或“☐”（未达到），分档条款在同一行里连写（“☐行政村覆盖率70%及以上（5分），☑50%-70%（不含）（2分），☐50%以下不得分；”），主观条款在后面写“：自评2分”；评价指标名称一字一行竖排，服务体系建设的名称和权重25纵向合并两行，工作任务纵向合并，加分项、一票否决项在后，合计78。读法：是否类事实看勾（免费摄影美工☐ → 否、快递覆盖100%☐ → 否，其余中心服务☑ → 是），数字读“完成情况（数据）”（常住人口79.6万人，不是“按50万人计算”的50万；5,106人次；215人、参训96人；网零只有2020年数和增速；中心2020年9月26日投入运营；拨付3,716,800元；进度89%），主观分从“自评×分”读（项目管理拆成制度2、台账1），自评得分列是claimed。",
    sheets: [{ name: "自评表", rows, merges }],
    expect: {
      facts: {
        county: "惠阳区", asOf: "2021-08-31", residentPopulation: 796000, adminVillagesStated: 94, poorVillagesStated: 6,
        planIssued: true, policyIssued: true, centerOpened: "2020-09-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2020: 1864000000, ruralRetailGrowthStated: 0.187, agriRetail2020: 227000000, agriRetailGrowthStated: 0.315,
        trainingPersonTimesStated: 5106, eligiblePoorPersonsStated: 215, trainedPoorPersonsStated: 96,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3716800, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.89,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// l1 — 汕头濠江区: 说明, stations with quarters, AM/PM sign-in blocks, poor list with one 劳动力状况 column, 月报, hidden options
// =====================================================================================================
function buildL1() {
  const REG = "440512";
  const STREETS = ["达濠街道", "礐石街道", "马滘街道", "广澳街道", "滨海街道", "玉新街道", "河浦街道"];
  const prefixes = ["达濠", "礐石", "马滘", "广澳", "滨海", "玉新", "河浦"];
  const vName = nameMaker("东西南北上下新青岩珠尖凤", ["埔", "湾", "屿", "港", "美", "洲", "寮", "溪", "塘", "田"], "村", prefixes);

  // ---------------- 站点台账
  const ST = [];
  for (let k = 0; k < 15; k++) ST.push({ street: STREETS[k % 7], v: vName(), op: randIsoBetween("2020-09-01", "2021-08-20") });
  ST.push({ street: STREETS[1], v: "海旁社区", op: randIsoBetween("2020-11-01", "2021-05-30"), comm: true });
  ST[2].op = randIsoBetween("2020-09-01", "2021-02-20");
  ST.push({ street: ST[2].street, v: ST[2].v, op: randIsoBetween("2021-03-01", "2021-07-30"), second: true });
  ST.push({ street: STREETS[6], v: vName(), op: "2021-09-03" });
  // fixed special dates
  ST[3].op = "2020-12";
  ST[3].cell = "2020年第四季度";
  ST[8].op = "2021-06";
  ST[8].cell = "2021年第二季度";
  ST[5].op = "2021-03";
  ST[5].cell = "2021年3月";
  ST[11].op = "2021-08-31";
  ST[11].cell = "2021年8月31日";
  ST[17].cell = "2021.9.3";
  assert(quarterEnd("2020-11-15") === "2020-12" && quarterEnd("2021-05-02") === "2021-06", "l1 quarter ends");
  ST.sort((a, b) => STREETS.indexOf(a.street) - STREETS.indexOf(b.street) || cmp(a.op, b.op));
  const sRows = [["濠江区村级电子商务服务站点台账"], ["说明：“建成运营时间”只知道季度或月份的按原始验收资料填写。"],
    ["序号", "街道", "站点名称", "所在村（社区）", "地址", "负责人", "联系电话", "建成运营时间", "备注"]];
  const sRecs = [];
  ST.forEach((s, j) => {
    const short = s.v.replace(/村$|社区$/, "");
    const vcell = s.comm ? `${s.v}居委会` : j % 4 === 1 ? `${short}村委会` : j % 4 === 3 ? `${short}村民委员会` : s.v;
    const cell = s.cell || (j % 5 === 2 ? yyyymmdd(s.op) : j % 5 === 4 ? excelSerial(s.op) : dateCell(s.op, j));
    const nm = s.second ? `${short}村邮乐购服务点` : s.comm ? `${short}社区电商服务点` : `${short}村电商服务站`;
    sRows.push([j + 1, s.street, nm, vcell, `${s.street}${short}${s.comm ? "社区" : "村"}${rint(1, 80)}号`, personName(), mask(phone()), cell,
      s.second ? "同村第二个服务点" : s.op === "2021-09-03" ? "9月建成" : s.comm ? "社区服务点" : null]);
    sRecs.push({ village: s.v, opened: s.op });
  });
  assert(sRecs.filter((r) => r.opened.length === 7).length === 3, "l1 three month-only dates");

  // ---------------- 培训签到（上午／下午）
  const SESS = [
    { no: 1, d: "2020-11-19", topic: "农村电商基础", place: "达濠街道文化站", marks: [["√", "√"], ["√", "√"], ["迟", "√"], ["√", null], ["请假", "请假"], ["√", "√"], [null, "√"], ["√", "√"], [null, null], ["√", "√"], ["✓", "✓"], ["√", "√"]] },
    { no: 2, d: "2021-01-14", topic: "网店运营与美工", place: "区电商公共服务中心", marks: [["√", "√"], ["√", "√"], ["√", "迟"], ["缺", "缺"], ["√", "√"], ["√", "√"], ["√", null], ["√", "√"], ["√", "√"], ["√", "√"]] },
    { no: 3, d: "2021-04-22", topic: "直播带货实操（脱贫户专场）", place: "河浦街道党群服务中心", marks: [["√", "√"], ["√", "√"], ["√", "√"], [null, "√"], ["√", "√"], ["请假", null], ["√", "√"], ["√", "√"], ["√", "√"], ["迟", "迟"], ["√", "√"]] },
    { no: 4, d: "2021-07-08", topic: "海产品网销与短视频", place: "广澳街道文化站", marks: [["√", "√"], ["√", "√"], ["√", "√"], ["√", "√"], [null, null], ["√", "√"], ["✓", null], ["√", "√"], ["√", "√"], ["√", "√"]] },
    { no: 5, d: "2021-09-02", topic: "农村电商基础", place: "达濠街道文化站", marks: [["√", "√"], ["√", "√"], ["√", null], ["√", "√"], ["缺", "缺"], ["√", "√"], ["√", "√"], ["√", "√"]] },
  ];
  const ATT = new Set(["√", "✓", "迟"]);
  const tRows = [["濠江区农村电商培训签到表（录入稿）"], ["说明：上午、下午任一栏有“√”“✓”“迟”即计1人次；两栏均空或写“请假”“缺”为缺席。身份证号按签到表原样录入，学员拒绝留全号的打码。"]];
  const tMerges = ["A1:G1", "A2:G2"];
  const tRecs = [];
  let specials = { lower: false, spaced: false, masked: 0, none: false };
  for (const s of SESS) {
    tRows.push([`第${s.no}期　${cnDate(s.d)}（星期${weekday(s.d)}）　${s.topic}　地点：${s.place}`]);
    tMerges.push(`A${tRows.length}:G${tRows.length}`);
    tRows.push(["序号", "姓名", "身份证号", "联系电话", "上午签到", "下午签到", "备注"]);
    s.marks.forEach(([am, pm], k) => {
      const wantX = s.no === 3 && k === 2 ? true : undefined;
      const id = makeId(REG, birthBetween(1965, 2001), rnd() < 0.5, wantX);
      const present = ATT.has(am) || ATT.has(pm);
      let idCell = id;
      let recId = id;
      if (s.no === 3 && k === 2) {
        idCell = id.slice(0, 17) + "x";
        specials.lower = true;
      } else if (s.no === 2 && k === 5) {
        idCell = spacedId(id);
        specials.spaced = true;
      } else if ((s.no === 1 && (k === 3 || k === 9)) || (s.no === 4 && k === 6)) {
        idCell = maskId(id);
        recId = idCell;
        specials.masked++;
      } else if (s.no === 4 && k === 2) {
        idCell = "未提供";
        recId = null;
        specials.none = true;
      }
      tRows.push([k + 1, personName(), idCell, mask(phone()), am, pm, am === "请假" ? "家中有事" : am === "缺" ? "未到" : am === null && ATT.has(pm) ? "下午到" : null]);
      if (present) tRecs.push({ date: s.d, personTimes: 1, id: recId });
    });
    tRows.push([`本期应到${s.marks.length}人，实到${s.marks.filter(([a, p]) => ATT.has(a) || ATT.has(p)).length}人`]);
    tMerges.push(`A${tRows.length}:G${tRows.length}`);
    tRows.push([null]);
  }
  tRows.pop();
  assert(specials.lower && specials.spaced && specials.masked === 3 && specials.none, "l1 id specials");
  assert(tRecs.length === 45 && tRecs.filter((r) => r.date === "2021-09-02").length === 7, "l1 45 attended " + tRecs.length);
  checkTrainingIds(tRecs, "l1");
  assert(tRecs.some((r) => r.id && r.id.endsWith("X")), "l1 an X id");

  // ---------------- 贫困人口
  const CODES = [["有劳动能力（在家）", true, false], ["有劳动能力（外出务工）", true, true], ["弱劳动能力（在家）", true, false], ["无劳动能力", false, null], ["丧失劳动能力", false, null]];
  const plan = [0, 0, 1, 3, 0, 2, 0, 0, 1, 0, 4, 0, 2, 0, 0, 1, 0, 3, 0, 0, 2, 0, 1, 0, 0, 0, 4, 0, 0, 2, 1, 0];
  const pv = [vName(), vName(), vName(), vName()];
  const pRows = [["濠江区建档立卡贫困人口名单"], ["劳动力状况填写口径：有劳动能力（在家）／有劳动能力（外出务工）／弱劳动能力（在家）／无劳动能力／丧失劳动能力；“弱劳动能力”属有劳动能力；“外出务工”指到濠江区以外务工。"],
    ["序号", "街道", "村", "户主姓名", "姓名", "身份证号", "劳动力状况", "备注"]];
  const pRecs = [];
  let hh = null;
  plan.forEach((c, j) => {
    if (j % 3 === 0) hh = personName();
    const vi = Math.floor(Math.floor(j / 3) / 3);
    const [lab, labour, migrant] = CODES[c];
    const id = makeId(REG, c >= 3 ? birthBetween(1935, 1955) : birthBetween(1966, 2000), rnd() < 0.5, j === 13 ? true : undefined);
    const v = pv[vi];
    pRows.push([j + 1, vi < 2 ? "河浦街道" : "广澳街道", v, hh, j % 3 === 0 ? hh : personName(), id, lab, c === 1 ? ["汕头市区", "深圳", "广州"][j % 3] : null]);
    pRecs.push({ id, labour, migrant });
  });
  pRows.push([`合计：${plan.length}人，其中有劳动能力（含弱劳动能力）在家${plan.filter((c) => c === 0 || c === 2).length}人`]);
  const pMerges = ["A1:H1", "A2:H2", `A${pRows.length}:H${pRows.length}`];
  assert(pRecs.length === 32 && pRecs.filter((r) => r.labour && r.migrant === false).length === 23, "l1 poor persons");

  // ---------------- 月报报送
  const REP = [["2020-09-08", "8月", "有"], ["2020-10-12", "9月", "有"], ["2020-11-09", "10月", "有"], ["2020-12-07", "11月", "有"], ["2021-01-08", "12月", "有"],
    ["2021-03-03", "1—2月", "有"], ["2021-03-10", "1—2月（更正稿）", "无"], ["2021-04-08", "3月", "有"], ["2021-05-10", "4月", "有"], ["2021-06-08", "5月", "有"],
    ["2021-07-07", "6月", "有"], ["2021-08-06", "7月", "有"], ["2021-09-07", "8月", null]];
  const rRows = [["濠江区电商进农村工作月报报送登记"], ["序号", "报送日期", "报送内容", "报送对象", "附扶贫统计表", "经办人"]];
  const rRecs = [];
  REP.forEach(([d, m, pov], j) => {
    const cell = j % 3 === 0 ? twoDot(d) : j % 3 === 1 ? twoSlash(d) : dotDate(d);
    rRows.push([j + 1, cell, m.includes("更正") ? "1—2月份工作月报（更正稿）" : `${m}份工作月报`, "汕头市商务局", pov, personName()]);
    rRecs.push({ date: d, poverty: pov === "有" ? true : pov === "无" ? false : null });
  });
  assert(inWindowMonths(rRecs.map((r) => r.date)) === 11, "l1 reports 11 months");

  const readme = [["说明"], ["1．本簿为濠江区商务局电商进农村工作台账（站点、培训、贫困人口、月报）。"], ["2．培训签到表根据纸质签到表逐期录入，一期一块。"],
    ["3．贫困人口名单由区乡村振兴局提供，数据截至2021年8月31日。"], ["4．“下拉选项”为录入用，已隐藏。"]];
  const opts = [["签到", "劳动力状况", "附扶贫统计表"], ["√", "有劳动能力（在家）", "有"], ["迟", "有劳动能力（外出务工）", "无"], ["请假", "弱劳动能力（在家）", null], ["缺", "无劳动能力", null], [null, "丧失劳动能力", null]];
  return {
    description:
      "汕头濠江区商务局的一本台账（六个表）：①《说明》纯文字，不是台账；②《站点台账》一行一站，建成运营时间有真日期、文本、八位数字、Excel序列号，也有只知道季度或月份的“2020年第四季度”（读作季度末月2020-12）、“2021年第二季度”（2021-06）、“2021年3月”，一站“2021年8月31日”、一站“2021.9.3”照列，所在村写“××村委会”“××村民委员会”，有同村第二点和社区点；③《培训签到》是纸质签到表录入稿，一期一块（合并的期次标题行带日期“2020年11月19日（星期四）”、块内表头、“本期应到…实到…”小结行、空行），每人“上午签到｜下午签到”两栏：任一栏“√”“✓”“迟”就是1人次，两栏都空或“请假”“缺”不是；身份证号有末位小写x、分段空格、打码（照写）、“未提供”（null），第5期在2021年9月照列；④《贫困人口》劳动能力和外出务工合在一列“劳动力状况”（有劳动能力（在家）/（外出务工）、弱劳动能力（在家）、无/丧失劳动能力——后两种务工不适用），合计行不是记录；⑤《月报报送》报送日期是两位年份“20.9.8”“20/10/12”和“2021.3.3”，1—2月合并报送、3月10日更正稿也是一次报送，附扶贫统计表“有/无/空”；⑥隐藏的《下拉选项》不是台账。",
    sheets: [
      { name: "说明", rows: readme, merges: [] },
      { name: "站点台账", rows: sRows, merges: ["A1:I1", "A2:I2"] },
      { name: "培训签到", rows: tRows, merges: tMerges },
      { name: "贫困人口", rows: pRows, merges: pMerges },
      { name: "月报报送", rows: rRows, merges: ["A1:F1"] },
      { name: "下拉选项", rows: opts, merges: [], hidden: true },
    ],
    expect: {
      sheets: {
        "说明": { kind: null },
        "站点台账": { kind: "stations", records: sRecs },
        "培训签到": { kind: "training", records: tRecs },
        "贫困人口": { kind: "poorPersons", records: pRecs },
        "月报报送": { kind: "reports", records: rRecs },
        "下拉选项": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 江门江海区: 目录, village list + merger table below, 入驻期间 firms, payment-approval log, media, CMS export, materials
// =====================================================================================================
function buildL2() {
  const REG = "440704";
  const TOWNS = [["礼乐街道", 8, 4], ["外海街道", 7, 5], ["江南街道", 3, 6]];
  const prefixes = ["礼乐", "外海", "江南"];
  const vName = nameMaker("东西南北新中沙龙英威麻高", ["头", "溪", "洲", "滘", "乐", "岗", "塘", "围", "边", "基"], "村", prefixes);
  const cName = nameMaker("金银华富丰盛永", ["湖", "园", "苑", "城", "星", "湾"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "l2");
  const noExp = towns[2].vs[1];
  const vRows = [["江海区村（社区）名单"], ["序号", "街道", "村（社区）名称", "类型", "省定贫困村", "快递进村", "备注"]];
  const vRecs = [];
  let sq = 0;
  const vMerges = ["A1:G1"];
  for (const x of towns) {
    const r0 = vRows.length + 1;
    for (const v of x.vs) {
      sq++;
      const short = v.replace(/村$/, "");
      vRows.push([sq, x.t, sq % 3 === 0 ? `${short}村委会` : v, "村", "否", v === noExp ? "✗" : "✓", v === noExp ? "2021年10月计划开通" : null]);
      vRecs.push({ name: v, admin: true, poor: false, express: v !== noExp });
    }
    for (const c of x.cs) {
      sq++;
      vRows.push([sq, x.t, sq % 2 ? `${c}居委会` : c, "居", "否", "✓", null]);
      vRecs.push({ name: c, admin: false, poor: false, express: true });
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push([`合计：村${admin.length}个，社区${comms.length}个`]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);
  vRows.push([null]);
  vRows.push(["附：2020年村（居）合并调整情况（原名称已不再使用，仅供核对旧台账）"]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);
  vRows.push(["序号", "原村（居）名称", "合并后名称", "调整时间", null, null, null]);
  const OLD = [[vName(), towns[0].vs[2], "2020年12月"], [vName(), towns[1].vs[4], "2020年12月"], [vName(), towns[1].vs[0], "2020年12月"]];
  OLD.forEach(([o, n, d], j) => vRows.push([j + 1, o, n, d, null, null, null]));
  assert(vRecs.length === 33 && vRecs.filter((r) => r.admin).length === 18, "l2 villages");

  // ---------------- 入驻企业 (入驻期间 in one cell)
  const FN = [["江门江海优品电子商务有限公司", "平台型"], ["江海区礼乐渔获网店", "销售型"], ["江门市外海陈皮电商商行", "销售型"], ["江门市侨乡云仓物流有限公司", "物流企业"],
    ["江门江海电商运营服务有限公司", "电商运营商"], ["江海区麻园直播工作室", "直播机构"], ["江门市五邑好物网络科技有限公司", "平台型"], ["江海区江南鲜果网店", "销售型"],
    ["江门市顺达同城配送有限公司", "物流企业"], ["江海区威东禽蛋电商商行", "销售型"], ["江门市海滘供应链管理有限公司", "供应链服务"], ["江海区沙津农特产网店", "销售型"],
    ["江门市侨韵代运营工作室", "电商运营商"], ["江海区英南鱼干网店", "销售型"], ["江门市新会柑皮电商有限公司", "销售型"], ["江海区外海龙舟文创网店", "文创"],
    ["江门市湾区冷链仓储有限公司", "物流企业"], ["江海区高沙花卉网店", "销售型"], ["江门市礼乐食品电子商务有限公司", "销售型"], ["江海区东南蔬菜网店", "销售型"]];
  const firms = FN.map(([n, t]) => ({ n, t, code: creditCode(REG), entered: randIsoBetween("2020-10-10", "2021-08-15"), left: null }));
  firms[4].left = "2021-06-30";
  firms[4].entered = "2020-12-01";
  firms[9].left = "2021-09-15";
  firms[9].entered = "2020-11-06";
  firms[14].entered = "2021-09-08";
  firms[17].left = "2021-08-31";
  firms[17].entered = "2021-01-18";
  firms.sort((a, b) => cmp(a.entered, b.entered));
  const period = (f, j) => {
    const a = j % 3 === 0 ? dotDate(f.entered) : j % 3 === 1 ? cnDate(f.entered) : dashNoPad(f.entered);
    const b = f.left ? (j % 2 ? dotDate(f.left) : cnDate(f.left)) : "至今";
    return `${a}—${b}`;
  };
  const eRows = [["江海区电商产业园入驻企业登记表"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻期间", "办公区域", "备注"]];
  const eRecs = [];
  firms.forEach((f, j) => {
    eRows.push([j + 1, f.n, f.code, f.t, period(f, j), `${["A", "B", "C"][j % 3]}区${rint(101, 330)}`, f.left && f.left <= "2021-08-31" ? "已退园" : f.left ? "9月退园" : f.entered > "2021-08-31" ? "9月入驻" : null]);
    eRecs.push({ name: f.n, type: f.t, entered: f.entered, left: f.left });
  });
  eRows.push(["注：“入驻期间”前为入驻日期，后为退园日期，“至今”为仍在园。"]);
  const eMerges = ["A1:G1", `A${eRows.length}:G${eRows.length}`];

  // ---------------- 资金支付审批
  const AP = [
    ["2020-10-12", "公共服务中心建设首期款", "江门江海优品电子商务有限公司", 480000, "已支付", "2020-10-23", 480000],
    ["2020-11-20", "村级站点建设首期款", "中国邮政集团有限公司江门市分公司", 260000, "已支付", "2020-12-02", 260000],
    ["2020-12-15", "电商培训服务费（第一期）", "江门市五邑职业培训学校", 150000, "已支付", "2020-12-28", 150000],
    ["2021-01-18", "物流配送体系建设首期款", "江门市侨乡云仓物流有限公司", 320000, "退回", null, null],
    ["2021-01-29", "物流配送体系建设首期款（重新申请）", "江门市侨乡云仓物流有限公司", 300000, "已支付", "2021-02-08", 300000],
    ["2021-03-16", "公共服务中心运营服务费", "江门江海优品电子商务有限公司", 360000, "已支付", "2021-03-30", 324000],
    ["2021-04-20", "村级站点建设进度款", "中国邮政集团有限公司江门市分公司", 280000, "已支付", "2021-05-06", 280000],
    ["2021-05-25", "品牌推广服务费", "江门江海电商运营服务有限公司", 185000, "已支付", "2021-06-04", 185000],
    ["2021-06-22", "产业园改造工程款", "江门市江海建安工程有限公司", 410000, "已支付", "2021-07-02", 410000],
    ["2021-07-27", "冷链及溯源系统建设款", "江门市湾区冷链仓储有限公司", 268000, "已支付", "2021-08-10", 268000],
    ["2021-08-20", "电商培训服务费（第二期）", "江门市五邑职业培训学校", 176000, "已支付", "2021-09-03", 176000],
    ["2021-08-26", "村级站点建设尾款", "中国邮政集团有限公司江门市分公司", 215000, "审批中", null, null],
  ];
  const fRows = [["江海区电子商务进农村专项资金支付审批登记"], ["说明：以“实际支付日期”“实际支付金额”为准；未填实际支付日期的为未支付。单位：元"],
    ["序号", "申请日期", "支付事项", "收款单位", "申请金额", "审批状态", "实际支付日期", "实际支付金额", "备注"]];
  const fRecs = [];
  AP.forEach(([ad, what, who, req, st, pd, pa], j) => {
    fRows.push([j + 1, j % 2 ? dotDate(ad) : D(ad), what, who, j % 3 === 1 ? fmtMoney(req) : req, st, pd ? (j % 3 === 2 ? cnDate(pd) : D(pd)) : null, pa === null ? null : j % 4 === 3 ? fmtMoney(pa) : pa,
      st === "退回" ? "收款账户信息有误，退回重报" : pa !== null && pa !== req ? "扣减10%履约保证金" : st === "审批中" ? "待区财政局审核" : null]);
    if (pd) fRecs.push({ date: pd, amount: pa });
  });
  fRows.push(["合计", null, null, null, sum(AP.map((a) => a[3])), null, null, sum(AP.filter((a) => a[6] !== null).map((a) => a[6])), null]);
  const fMerges = ["A1:I1", "A2:I2", `A${fRows.length}:D${fRows.length}`];
  assert(fRecs.length === 10 && fRecs.some((r) => r.amount === 324000) && fRecs.some((r) => r.date === "2021-09-03"), "l2 funds");

  // ---------------- 宣传报道
  const MED = [["2020-12-18", "江海电视台", "县级", "电视", "我区电商公共服务中心投入运营", "否"], ["2021-02-03", "江门日报", "市级", "报纸", "江海：年货“云上”热销", "否"],
    ["2021-04-09", "广东广播电视台广东新闻广播", "省级", "广播", "江海区电商助农直播见成效", "是"], ["2021-05-20", "江门广播电视台《江门新闻》", "市级", "电视", "江海区脱贫户开网店卖鱼干", "是"],
    ["2021-06-30", "南方+客户端", "省级", "网络", "江海电商进农村：小网店连着大市场", "否"], ["2021-09-06", "广东广播电视台《广东新闻联播》", "省级", "电视", "侨乡江海：电商帮扶路越走越宽", "是"]];
  const mRows = [["江海区电商进农村宣传报道登记"], ["序号", "刊播日期", "媒体名称", "媒体级别", "形式", "标题", "电商扶贫典型案例"]];
  const mRecs = [];
  const LV = { 县级: "county", 市级: "city", 省级: "province", 国家级: "national" };
  MED.forEach(([d, med, lv, form, t, c], j) => {
    mRows.push([j + 1, j % 2 ? dotDate(d) : D(d), med, lv, form, t, c]);
    mRecs.push({ date: d, level: LV[lv], tv: form === "电视" });
  });

  // ---------------- 专栏更新 (CMS export)
  const UPD = [];
  for (const m of monthsBetween("2020-08", "2021-08")) {
    if (m === "2021-01") continue;
    const [y, mo] = m.split("-").map(Number);
    const n = m === "2020-12" || m === "2021-06" ? 2 : 1;
    for (let k = 0; k < n; k++) UPD.push(`${m}-${String(rint(2, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`);
  }
  UPD.sort((a, b) => cmp(b, a));
  const uRows = [["栏目：电子商务进农村综合示范　　导出时间：2021-09-03 09:12:40　　共" + UPD.length + "条"], ["ID", "标题", "栏目", "发布人", "发布时间", "浏览量"]];
  const uRecs = [];
  UPD.forEach((d, j) => {
    uRows.push([String(58200 + (UPD.length - j) * 7), `江海区电子商务进农村综合示范项目建设进度（${cnMonth(d)}）`, "电子商务进农村综合示范", "区商务局", `${dashNoPad(d)} ${hms()}`, rint(30, 500)]);
    uRecs.push({ date: d });
  });
  assert(inWindowMonths(uRecs.map((r) => r.date)) === 11, "l2 column 11 months");

  // ---------------- 经验材料
  const matRows = [["经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送对象", "备注"],
    [1, D("2021-03-22"), "《江海区电商进农村“侨乡模式”经验做法》", "江门市商务局", null],
    [2, "2021年7月15日", "《江海区电商帮扶典型案例（鱼干网店）》", "江门市商务局", null],
    [3, "2021.9.8", "《江海区示范创建工作总结》", "江门市商务局", "考评后补报"]];
  const matRecs = [{ date: "2021-03-22" }, { date: "2021-07-15" }, { date: "2021-09-08" }];

  const toc = [["江门市江海区电子商务进农村综合示范台账"], [null], ["目　录"], ["一、村（社区）名单"], ["二、入驻企业登记表"], ["三、资金支付审批登记"], ["四、宣传报道登记"],
    ["五、专栏信息导出"], ["六、经验材料报送登记"], [null], ["编制：江海区商务局　2021年9月"]];
  return {
    description:
      `江门江海区商务局一本台账（七个表）：①《目录》不是台账；②《村居名单》街道纵向合并，类型“村／居”、省定贫困村都是“否”、快递进村✓／✗（一村✗），名称有“××村委会”“××社区居委会”写法，合计行之下另有一张“附：2020年村（居）合并调整情况”小表（原名称｜合并后名称｜调整时间），原名称已不用，不是记录；③《入驻企业》入驻和退园写在一格“入驻期间”里（“${eRows[2][4]}”“${eRows.find((r) => r[6] === "已退园")[4]}”“${eRows.filter((r) => r[6] === "已退园")[1][4]}”），“至今”是仍在园，一家9月退园、一家9月入驻照列；④《资金支付》是支付审批登记：申请日期｜申请金额｜审批状态｜实际支付日期｜实际支付金额，只有填了实际支付日期的才是拨付、金额读实际支付金额（一笔扣10%保证金，324,000不是360,000），“退回”“审批中”两行不是，一笔9月3日支付照列，合计行不是记录；⑤《宣传报道》广东新闻广播是广播不是电视，江门电视台是市级电视，一条9月6日；⑥《专栏更新》是网站后台导出，新的在前，发布时间“${uRows[2][4]}”式文本，2021年1月没有更新；⑦《经验材料》三条，一条9月。`,
    sheets: [
      { name: "目录", rows: toc, merges: [] },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "入驻企业", rows: eRows, merges: eMerges },
      { name: "资金支付", rows: fRows, merges: fMerges },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:F1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:E1"] },
    ],
    expect: {
      sheets: {
        "目录": { kind: null },
        "村居名单": { kind: "villages", records: vRecs },
        "入驻企业": { kind: "enterprises", records: eRecs },
        "资金支付": { kind: "funds", records: fRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "专栏更新": { kind: "disclosures", records: uRecs },
        "经验材料": { kind: "materials", records: matRecs },
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
write("counties", "b195-c1-zhenjiang.json", c1);
write("facts", "b195-f1-xiangzhou.json", f1);
write("facts", "b195-f2-huangpu.json", f2);
write("facts", "b195-f3-huiyang.json", f3);
write("ledgers", "b195-l1-haojiang.json", l1);
write("ledgers", "b195-l2-jianghai.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
