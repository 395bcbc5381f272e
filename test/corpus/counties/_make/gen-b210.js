// Batch 210 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b204.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (210210), no clock. Run: node test/corpus/_b210/gen-b210.js
//
// c1 清新区 (清远): 《基础数据及自评》 in three parts — 序号｜项目｜数值｜单位｜来源 (户籍 70.85万 is not an input; 常住 56.99万 > 50万),
//    事项 with ● in a 是 or a 否 column, 自评 with a 主观评分项 column; 组长 区委常委、常务副区长 (deputy). Ledgers: 村居名单 (组织类型
//    column, 帮扶类型 省定/市定, one 快递 否), 站点 two-row header (8/31 station makes poor 12/12, a 9月 station would make 70%),
//    training by session with 线下｜线上｜合计 (read 合计 only; a 8/30–9/1 session read at its end → exactly 4,000/500,000 = 0.8%),
//    国扶-style poor list + trainee list, 19 firms in the park, funds in 万元 (8/31 payment → exactly 70%), reports as months across.
// f1 白云区 (广州): a Word table pasted into Excel — every paragraph of a Word cell became its own row, the single-paragraph cells
//    (序号, 项目, one-line 佐证材料) merged down over them, 类别 merged over its items; facts and judged points in the sentences.
// f2 江海区 (江门): 《自评表（扣分制）》 — a “标签：值” strip on top, then the indicator table with 完成情况｜扣分｜扣分理由: claimed =
//    权重 − 扣分 (扣1分 / 1 / 0 / 不扣分), judged parts read from the 扣分理由; bonus and veto blocks with their own headers.
// f3 赤坎区 (湛江): 《基础数据确认单》 填报数｜核定数｜核定部门 — the 核定数 wins where given (blank or “无误” keeps the 填报数);
//    主观分 table with 区自评分 and 市局预审建议分 (only the county's column is judged; one item not self-assessed).
// l1 香洲区 (珠海): 目录; stations with “镇街／村居” in one cell; training sign-in blocks per session with a √ column per day (one
//    record per trainee per session, absent rows are not records); media with 级别 wording 中央级/省属/市属/区级 and 广播 ≠ 电视;
//    CMS export of the column (newest first, times); a 统计图表 sheet and a hidden 选项 sheet that are not ledgers.
// l2 揭东区 (揭阳): 填表说明; 村居名单 grouped by town (居委会 first, 省定/市定/否, 通/未通); 脱贫人口 国扶 categories incl. 在校生;
//    园区 room roll (楼层 merged, 状态 “已退园（2021.5.31）”); 支付流程 (申请｜财政审核｜实际支付 dates, 审批中 rows are not payments);
//    月报 by 报告月份 with 报送日期 (八位数字 too); 经验材料; 汇总 (not a ledger).
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
let seed = 210210;
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
    assert(/^b210-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b210-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b210-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "441803";
  const POP = 569900;
  const BASE = Math.min(POP, 500000);
  const TOWNS = [["太和镇", 10, 5], ["太平镇", 12, 2], ["山塘镇", 12, 2], ["三坑镇", 12, 1], ["龙颈镇", 14, 1], ["禾云镇", 12, 1], ["飞来峡镇", 10, 1], ["浸潭镇", 14, 1]];
  const prefixes = ["太和", "太平", "山塘", "三坑", "龙颈", "禾云", "飞来", "浸潭", "笔架"];
  const vName = nameMaker("大新石黄罗水上下东西南北白沙平龙高长马鹤凤桥", ["塘", "坑", "岗", "洞", "田", "围", "岭", "湾", "坪", "头", "背", "寨", "迳", "坝", "步", "陂", "联", "和"], "村", prefixes);
  const cName = nameMaker("城华康锦文", ["兴", "安", "明", "丰", "源", "宁"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "c1");
  assert(admin.length === 96 && comms.length === 14, "c1 96 villages + 14 communities");
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const rural = towns.slice(1).flatMap((x) => x.vs);
  const pick = shuffle(rural);
  const poor = pick.slice(0, 12);
  const shiDing = pick.slice(12, 15); // 市定相对贫困村: not 省定
  const poorSet = new Set(poor);
  const shiSet = new Set(shiDing);
  const nonPoor = shuffle(admin.filter((v) => !poorSet.has(v) && v !== shiDing[0]));
  assert(nonPoor.length === 83, "c1 83 non-poor besides 市定[0]");
  const covNonPoor = nonPoor.slice(0, 55);
  const uncovered = nonPoor.slice(55).concat([shiDing[0]]);
  const vSept = uncovered[0];
  const noExpress = uncovered[3];
  const poorCut = poor[11];

  // ---------------- 村居名单
  const vRows = [["清新区村（居）民委员会名单"], ["填报单位：清远市清新区商务局　　　资料来源：区民政局2021年村（居）委会名册；帮扶类型、快递进村由区商务局补填"],
    ["序号", "镇", "村（居）名", "组织类型", "帮扶类型", "快递进村", "备注"]];
  const vMerges = ["A1:G1", "A2:G2"];
  let sq = 0;
  const vRecs = [];
  for (const x of towns) {
    const r0 = vRows.length + 1;
    const list = x.cs.map((c) => ({ v: c, isC: true })).concat(x.vs.map((v) => ({ v, isC: false })));
    for (const it of list) {
      sq++;
      const help = it.isC ? null : poorSet.has(it.v) ? "省定相对贫困村" : shiSet.has(it.v) ? "市定相对贫困村" : "一般村";
      const exp = it.isC ? "是" : it.v === noExpress ? "否" : "是";
      vRows.push([sq, vRows.length + 1 === r0 ? x.t : null, it.v, it.isC ? "居民委员会" : "村民委员会", help, exp,
        it.v === noExpress ? "村民到镇上快递点取件" : shiSet.has(it.v) ? "清远市2021年认定" : null]);
      vRecs.push(it.v);
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push([`合计：村民委员会${admin.length}个（其中省定相对贫困村${poor.length}个），居民委员会${comms.length}个。`]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);
  for (const r of vRows) padRow(r, 7);

  // ---------------- 站点台账
  const ST = [];
  poor.forEach((v, i) => ST.push({ v, op: i === 11 ? CUT : randIsoBetween("2020-06-01", "2021-08-20") }));
  covNonPoor.forEach((v) => ST.push({ v, op: randIsoBetween("2020-05-15", "2021-08-25") }));
  ST.find((s) => s.v === covNonPoor[4]).op = "2021-08";
  ST.push({ v: covNonPoor[7], op: randIsoBetween("2021-03-01", "2021-07-30"), second: true });
  ST.push({ v: towns[0].cs[1], op: randIsoBetween("2020-09-01", "2021-05-30") });
  ST.push({ v: vSept, op: "2021-09" });
  ST.push({ v: "笔架林场", op: randIsoBetween("2020-10-01", "2021-06-30"), town: "禾云镇", forest: true });
  const TORD = TOWNS.map((t) => t[0]);
  const tOf = (s) => s.town || townOf[s.v];
  ST.sort((a, b) => TORD.indexOf(tOf(a)) - TORD.indexOf(tOf(b)) || cmp(a.op, b.op));
  const sRows = [["清新区村级电子商务服务站点台账"], ["填报单位：清远市清新区商务局　　　统计截至：2021年9月15日"],
    ["序号", "站点名称", "所在位置", null, "站点负责人", "联系电话", "投入运营时间", "服务内容"],
    [null, null, "镇", "村（居）", null, null, null, null]];
  const sMerges = ["A1:H1", "A2:H2", "A3:A4", "B3:B4", "C3:D3", "E3:E4", "F3:F4", "G3:G4", "H3:H4"];
  ST.forEach((s, j) => {
    const isC = s.v.endsWith("社区");
    const vcell = s.forest ? "国营笔架林场" : isC ? `${short(s.v)}社区居委会` : j % 3 === 0 ? `${short(s.v)}村委会` : j % 3 === 1 ? s.v : `${short(s.v)}村民委员会`;
    let dc;
    if (s.op === CUT) dc = "2021.8.31";
    else if (s.op === "2021-08") dc = "2021年8月";
    else if (s.op === "2021-09") dc = "2021年9月";
    else dc = j % 7 === 6 ? twoDot(s.op) : dateCell(s.op, j);
    sRows.push([j + 1, s.forest ? "清新区笔架林场电商服务点" : `清新区${short(s.v)}${isC ? "社区" : "村"}电商服务站${s.second ? "（二）" : ""}`, tOf(s), vcell, personName(), mask(phone()), dc,
      ["代购代销、代收代发快递", "代购代销、代缴费、快递收发", "电商宣传、代购代销、小额信贷咨询"][j % 3]]);
  });
  sRows.push(["注：投入运营时间以站点挂牌并开展业务为准；笔架林场服务点服务林场职工，不属行政村。"]);
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  for (const r of sRows) padRow(r, 8);
  const adminSet = new Set(admin);
  const covSet = new Set(ST.filter((s) => openedBy(s.op, CUT) && adminSet.has(s.v)).map((s) => s.v));
  const covPoor = poor.filter((v) => covSet.has(v));
  const covBase = Math.min(admin.length, 200);
  assert(covSet.size === 67 && !ratioGE(67, covBase, 70) && ratioGE(67, covBase, 50) && ratioGE(68, covBase, 70), "c1 67/96 just under 70%");
  assert(covPoor.length === 12 && ratioGE(11, 12, 80), "c1 poor 12/12 (11/12 would still be 80%+)");
  assert(!covSet.has(shiDing[0]), "c1 市定[0] uncovered");

  // ---------------- 培训台账 (sessions; 线下 | 线上 | 合计)
  const TOPICS = ["农村电商基础知识", "网店开设与运营", "直播带货实操", "短视频拍摄与剪辑", "农产品包装与品牌", "电商客服与物流", "社群营销", "清新冰肉桂电商营销", "脱贫户电商技能专题", "跨境电商入门"];
  const PLACES = ["区电子商务公共服务中心", "区委党校", "太平镇党群服务中心", "浸潭镇党群服务中心", "山塘镇文化站", "龙颈镇党群服务中心"];
  const starts = ["2020-09-22", "2020-10-20", "2020-11-17", "2020-12-15", "2021-01-12", "2021-03-16", "2021-04-13", "2021-04-27", "2021-05-18", "2021-06-08", "2021-06-22", "2021-07-13", "2021-07-27", "2021-08-17"];
  const sessions = starts.map((d, k) => {
    const len = k === 5 ? 2 : k === 10 ? 1 : 0;
    const mode = k % 3 === 0 ? "线下" : k % 3 === 1 ? "线上+线下" : "线上";
    const off = mode === "线上" ? 0 : rint(45, 140);
    const on = mode === "线下" ? 0 : rint(150, 420);
    return { no: k + 1, start: d, end: isoAdd(d, len), topic: TOPICS[k % TOPICS.length], place: PLACES[k % PLACES.length], mode, off, on };
  });
  let diff = 4000 - sum(sessions.map((s) => s.off + s.on));
  for (let j = 0; diff !== 0; j = (j + 1) % sessions.length) {
    const s = sessions[j];
    if (s.mode === "线下") continue;
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 37);
    if (s.on + st < 120 || s.on + st > 600) continue;
    s.on += st;
    diff -= st;
  }
  const span = { no: 15, start: "2021-08-30", end: "2021-09-01", topic: "电商直播“百场千人”集中培训", place: PLACES[0], mode: "线上+线下", off: 150, on: 900 };
  const sept = { no: 16, start: "2021-09-14", end: "2021-09-14", topic: "农村电商基础知识（补训）", place: PLACES[1], mode: "线下", off: 300, on: 0 };
  sessions.push(span, sept);
  const tot = (s) => s.off + s.on;
  const ptCut = sum(sessions.filter((s) => s.end <= CUT).map(tot));
  assert(ptCut === 4000 && ratioGE(ptCut, BASE, 0.8) && !ratioGE(ptCut, BASE, 1), "c1 4000/500000 = 0.8%");
  assert(ratioGE(ptCut + tot(span), BASE, 1), "c1 with the straddling session it would be 1%");
  assert(!ratioGE(ptCut, POP, 0.8) && ratioGE(ptCut, POP, 0.6), "c1 on 569,900 only 0.70%");
  const sessDate = (s, j) => {
    if (s === span) return "2021年8月30日—9月1日";
    if (s === sept) return "2021.9.14";
    if (s.end !== s.start) return j % 2 ? rangeText(s.start, s.end, "dot") : rangeText(s.start, s.end, "cn");
    return dateCell(s.start, j);
  };

  // ---------------- 脱贫人口 and 参训名单
  const plan = shuffle([].concat(Array(40).fill("E"), Array(10).fill("M"), Array(8).fill("N")));
  let xGiven = false;
  const persons = plan.map((c) => {
    const birth = c === "N" ? birthBetween(1936, 1955) : birthBetween(1966, 2001);
    const wantX = c === "E" && !xGiven ? true : undefined;
    if (wantX) xGiven = true;
    return { c, id: makeId(REGION, birth, rnd() < 0.5, wantX), name: null };
  });
  // households of 2–3 in poor villages
  const hh = [];
  for (let i = 0; i < persons.length;) {
    const n = Math.min(persons.length - i, rint(2, 3));
    const v = poor[hh.length % poor.length];
    const sur = SURNAMES[rint(0, SURNAMES.length - 1)];
    // the oldest member is 户主; relations follow birth years and the sex digit of the ID
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
  const LAB_E = ["普通劳动力", "技能劳动力", "普通劳动力", "弱劳动力或半劳动力"];
  const pRows = [["清新区脱贫人口劳动力及务工情况表"], ["说明：劳动技能为“技能劳动力”“普通劳动力”“弱劳动力或半劳动力”的均属有劳动能力；务工状态为“省外务工”“县外省内务工”的为外出务工。数据来源：全国防返贫监测信息系统（2021年8月）。"],
    ["序号", "镇", "村", "户主姓名", "姓名", "与户主关系", "身份证号码", "劳动技能", "务工状态", "务工地点"]];
  const pMerges = ["A1:J1", "A2:J2"];
  let pi = 0;
  for (const h of hh) {
    const r0 = pRows.length + 1;
    for (const p of h.mem) {
      pi++;
      let lab;
      let work;
      let place = null;
      if (p.c === "E") {
        lab = LAB_E[pi % 4];
        work = pi % 3 === 0 ? "未务工" : "县内务工";
        place = work === "县内务工" ? `清新区${["太和镇", "太平镇", "山塘镇"][pi % 3]}` : null;
      } else if (p.c === "M") {
        lab = pi % 2 ? "普通劳动力" : "技能劳动力";
        work = pi % 3 === 0 ? "省外务工" : "县外省内务工";
        place = work === "省外务工" ? ["浙江省义乌市", "湖南省长沙市"][pi % 2] : ["广州市白云区", "佛山市南海区", "东莞市"][pi % 3];
      } else {
        lab = pi % 2 ? "丧失劳动力" : "无劳动力";
        work = "—";
      }
      p.lab = lab;
      p.work = work;
      pRows.push([pi, townOf[h.v], h.v, h.mem[0].name, p.name, p.rel, p.id, lab, work, place]);
    }
    for (const c of ["B", "C", "D"]) mergeCol(pMerges, c, r0, pRows.length);
  }
  const elig = persons.filter((p) => p.c === "E");
  assert(elig.length === 40 && elig.some((p) => isX(p.id)), "c1 40 eligible, one X");
  const before = sessions.filter((s) => s.end <= CUT);
  const xPerson = elig.find((p) => isX(p.id));
  const eligSh = shuffle(elig.filter((p) => p !== xPerson));
  const trained = [xPerson].concat(eligSh.slice(0, 19)); // 20 matched
  const maskedP = eligSh[19];
  const spanOnly = eligSh[20];
  const TR = [];
  trained.forEach((p, k) => TR.push({ p, s: before[(k * 5 + 2) % before.length], id: p === xPerson ? p.id.slice(0, 17) + "x" : p.id }));
  const twice = trained[9];
  {
    const first = TR.find((t) => t.p === twice).s;
    const later = before.filter((s) => s.no > first.no);
    TR.push({ p: twice, s: later.length ? later[later.length - 1] : before[before.length - 1], id: twice.id, note: "第二次参训" });
  }
  TR.push({ p: maskedP, s: before[6], id: maskId(maskedP.id), note: "镇里报送名单已脱敏" });
  TR.push({ p: spanOnly, s: span, id: spanOnly.id });
  const migs = persons.filter((p) => p.c === "M");
  const nols = persons.filter((p) => p.c === "N");
  TR.push({ p: migs[0], s: before[2], id: migs[0].id, note: "春节返乡期间参训" });
  TR.push({ p: nols[0], s: before[8], id: nols[0].id, note: "家属代为参训" });
  const TRs = TR.slice().sort((a, b) => a.s.no - b.s.no);
  const eligIds = new Set(elig.map((p) => p.id));
  const trainedCut = new Set(TRs.filter((t) => t.s.end <= CUT).map((t) => normId(t.id)).filter((id) => eligIds.has(id)));
  assert(trainedCut.size === 20 && ratioGE(20, 40, 50) && !ratioGE(19, 40, 50) && ratioGE(19, 40, 40), "c1 20/40 = 50%");
  for (const s of sessions) {
    s.poorN = TRs.filter((t) => t.s === s).length;
    assert(s.poorN <= tot(s), "c1 poor within 人次");
  }
  const tRows = [["清新区农村电子商务培训台账"], ["单位：人次　　　说明：线上培训按直播平台实名签到人数计，线下按签到表计；“合计”为该期参训人次。"],
    ["期次", "培训时间", "培训主题", "培训地点", "培训方式", "参训人次", null, null, "其中脱贫人口", "备注"],
    [null, null, null, null, null, "线下", "线上", "合计", null, null]];
  const tMerges = ["A1:J1", "A2:J2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:H3", "I3:I4", "J3:J4"];
  sessions.forEach((s, j) => {
    tRows.push([`第${s.no}期`, sessDate(s, j), s.topic, s.mode === "线上" ? "线上直播（“清新电商”视频号）" : s.place, s.mode, s.off || "—", s.on || "—", tot(s), s.poorN || null,
      s === span ? "跨月举办，9月1日结业" : s === sept ? "迎检前补训" : s.end !== s.start ? "按结业日登记" : null]);
  });
  tRows.push(["合计", null, null, null, null, sum(sessions.map((s) => s.off)), sum(sessions.map((s) => s.on)), sum(sessions.map(tot)), sum(sessions.map((s) => s.poorN)), "含第15、16期"]);
  tMerges.push(`A${tRows.length}:E${tRows.length}`);

  const trRows = [["清新区脱贫人口参加电商培训名单"], ["序号", "姓名", "身份证号", "所在村", "参训期次", "培训时间", "备注"]];
  TRs.forEach((t, j) => trRows.push([j + 1, t.p.name, t.id, t.p.v, `第${t.s.no}期`, sessDate(t.s, sessions.indexOf(t.s)), t.note || null]));
  trRows.push([`注：以上${TRs.length}人次均已计入《培训台账》对应期次的参训人次，不另计。`]);
  const trMerges = ["A1:G1", `A${trRows.length}:G${trRows.length}`];

  // ---------------- 产业园企业
  const FIRMS = [["清远市清新区冰肉桂电子商务有限公司", "销售型（网店）"], ["清远市清新区禾云山货网店", "销售型（网店）"], ["清远市清新区太平鸡电商商行", "销售型（网店）"],
    ["清远市清新区乡味源电子商务有限公司", "销售型（网店）"], ["清远市清新区浸潭米业网店", "销售型（网店）"], ["清远市清新区龙颈香芋电商商行", "销售型（网店）"],
    ["清远市清新区清新优选网络科技有限公司", "平台型"], ["清远市清新区农e购网络科技有限公司", "平台型"], ["清远市清新区山塘茶叶网店", "销售型（网店）"],
    ["清远市清新区云创电商代运营有限公司", "电商运营商（代运营）"], ["清远市清新区禾众电商服务有限公司", "电商运营商（代运营）"], ["清远市清新区飞来峡新农人运营工作室", "电商运营商（代运营）"],
    ["清远市清新区速达快递服务有限公司", "物流快递"], ["清远市清新区冷链仓储物流有限公司", "物流快递"], ["清远市清新区星光直播电商有限公司", "直播电商"],
    ["清远市清新区三坑砂糖桔电商商行", "销售型（网店）"], ["清远市清新区清鲜供应链管理有限公司", "供应链"], ["清远市清新区村播传媒有限公司", "直播电商"],
    ["清远市清新区好物优品网络科技有限公司", "平台型"], ["清远市清新区太和竹编网店", "销售型（网店）"], ["清远市清新区粤北山珍电子商务有限公司", "销售型（网店）"]];
  const firms = FIRMS.map(([n, t], j) => ({ n, t, code: creditCode(REGION), ent: randIsoBetween("2020-08-10", "2021-07-25"), left: null, j }));
  firms[19].ent = "2020-11-16";
  firms[19].left = "2021-08-15";
  firms[20].ent = "2021-09-03";
  firms[7].ent = "2020-12";
  firms.sort((a, b) => cmp(a.ent, b.ent));
  const eRows = [["清新区电子商务产业园入驻企业名单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "主营业务", "入驻时间", "退出时间", "备注"]];
  firms.forEach((f, j) => {
    const ec = f.ent === "2020-12" ? "2020年12月" : f.ent === "2021-09-03" ? "2021.9.3" : dateCell(f.ent, j + 2);
    eRows.push([j + 1, f.n, f.code, f.t, { "销售型（网店）": "农特产品网络销售", "平台型": "电商平台运营", "电商运营商（代运营）": "网店代运营服务", "物流快递": "快递、仓储配送", "直播电商": "直播带货", "供应链": "农产品供应链" }[f.t], ec, f.left ? "2021年8月15日" : null,
      f.left ? "租约到期退园" : f.ent === "2021-09-03" ? "9月新签入驻" : null]);
  });
  eRows.push(["注：退出时间为空的为在园企业。"]);
  const inPark = firms.filter((f) => openedBy(f.ent, CUT) && !(f.left && f.left < CUT));
  const typesIn = new Set(inPark.map((f) => f.t));
  assert(inPark.length === 19 && typesIn.size >= 3, "c1 19 in park " + inPark.length);

  // ---------------- 资金拨付 (万元)
  const PAY = [["2020-10-28", "区电子商务公共服务中心装修", "清远市清新区云创电商代运营有限公司", 620000], ["2020-12-18", "村级站点建设（第一批）", "中国邮政集团有限公司广东省清远市清新区分公司", 480000],
    ["2021-01-22", "电商人才培训（第一期合同）", "清远市清新区云创电商代运营有限公司", 135600], ["2021-03-09", "区镇村三级物流体系建设", "清远市清新区速达快递服务有限公司", 512000],
    ["2021-04-20", "村级站点建设（第二批）", "中国邮政集团有限公司广东省清远市清新区分公司", 406500], ["2021-05-28", "农产品品牌推广", "清远市清新区禾众电商服务有限公司", 218300],
    ["2021-06-25", "电商人才培训（第二期合同）", "清远市清新区云创电商代运营有限公司", 96800], ["2021-07-16", "冷链及溯源系统", "清远市清新区冷链仓储物流有限公司", 0],
    ["2021-08-31", "村级站点建设（尾款）", "中国邮政集团有限公司广东省清远市清新区分公司", 180000], ["2021-09-08", "公共服务中心运营补助", "清远市清新区云创电商代运营有限公司", 420000]];
  PAY[7][3] = 3500000 - sum(PAY.filter((p, i) => i !== 7 && p[0] <= CUT).map((p) => p[3]));
  assert(PAY[7][3] > 0 && PAY[7][3] % 100 === 0, "c1 filler pay " + PAY[7][3]);
  const spent = sum(PAY.filter((p) => p[0] <= CUT).map((p) => p[3]));
  const ALLOC = 5000000;
  assert(spent === 3500000 && ratioGE(spent, ALLOC, 70) && !ratioGE(spent - 180000, ALLOC, 70), "c1 spent exactly 70%");
  const fRows = [["清新区电子商务进农村综合示范专项资金拨付台账"], ["单位：万元"], ["序号", "拨付日期", "项目名称", "收款单位", "拨付金额", "国库支付凭证号", "备注"]];
  PAY.forEach((p, j) => {
    const w = wan(p[3]);
    const amt = j === 4 ? w.toFixed(2) : j === 8 ? `${w}万` : w;
    const dc = p[0] === CUT ? "2021年8月31日" : p[0] === "2021-09-08" ? "2021.9.8" : dateCell(p[0], j + 1);
    fRows.push([j + 1, dc, p[1], p[2], amt, `GK${p[0].slice(0, 4)}${pad3(rint(100, 980))}${pad3(j + 1)}`, p[0] > CUT ? "9月拨付" : null]);
  });
  fRows.push(["截至2021年8月31日小计", null, null, null, wan(spent), null, null]);
  fRows.push(["合计", null, null, null, wan(sum(PAY.map((p) => p[3]))), null, "含9月拨付"]);
  const fMerges = ["A1:G1", "A2:G2", `A${fRows.length - 1}:D${fRows.length - 1}`, `A${fRows.length}:D${fRows.length}`];

  // ---------------- 月报报送 (months as columns)
  const repMonths = WINDOW.filter((m) => m !== "2021-02");
  const rRows = [["清新区向清远市商务局报送工作月报情况（2020年9月—2021年8月）"],
    ["报送月份"].concat(WINDOW.map((m) => `${m.slice(0, 4)}年${Number(m.slice(5))}月`), ["备注"]),
    ["工作进展月报"].concat(WINDOW.map((m) => (repMonths.includes(m) ? "√" : null)), ["2021年2月春节期间未报送，1月工作情况于3月4日与2月合并报送"]),
    ["电商扶贫统计表"].concat(WINDOW.map((m) => (repMonths.includes(m) ? "√" : null)), ["随月报附送"]),
    ["注：表中“√”为当月向市商务局报送了月报（按报送日期所在月份登记）。"]];
  const rMerges = [`A1:${colName(WINDOW.length + 1)}1`, `A5:${colName(WINDOW.length + 1)}5`];
  assert(inWindowMonths(repMonths.map((m) => m + "-15")) === 11, "c1 11 report months");

  // ---------------- 专栏更新
  const U = [["2020-08-12", "清新区电子商务进农村综合示范创建实施方案"], ["2020-08-12", "清新区电子商务进农村综合示范项目基本信息"], ["2020-08-20", "关于公布电子商务进农村综合示范项目监督举报电话的公告"]];
  for (const m of WINDOW) {
    const [y, mo] = m.split("-").map(Number);
    U.push([`${m}-${String(rint(3, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, `清新区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`]);
  }
  U.push(["2021-09-06", "清新区电子商务进农村综合示范项目建设进度（2021年8月）"]);
  const uRows = [["清新区政府网站“电子商务进农村综合示范”专栏更新记录"], ["序号", "发布日期", "标题", "栏目", "链接"]];
  U.forEach(([d, t], j) => uRows.push([j + 1, dateCell(d, j + 3), t, j < 3 ? "公示公告" : "建设进度", `http://www.gdqingxin.gov.cn/zwgk/dzsw/content/post_${1200000 + rint(1000, 99999)}.html`]));
  const disMonths = inWindowMonths(U.map((u) => u[0]));
  assert(disMonths === 12, "c1 12 disclosure months");

  // ---------------- 宣传报道 / 经验材料
  const MED = [["2020-12-08", "清新区融媒体中心（“清新发布”）", "县级", "网络", "清新区首批村级电商服务站挂牌运营", "否"],
    ["2021-04-16", "清远日报", "市级", "报纸", "清新冰肉桂“触网”卖向全国", "否"],
    ["2021-06-22", "清远广播电视台《清远新闻》", "市级", "电视", "脱贫户直播间里卖山货", "是"],
    ["2021-09-06", "南方日报", "省级", "报纸", "清新区：电商进村助农增收", "否"],
    ["2021-09-10", "广东广播电视台《广东新闻联播》", "省级", "电视", "清新区：电商扶贫让山货出山", "是"]];
  const mRows = [["清新区电子商务进农村宣传报道登记表"], ["序号", "报道日期", "媒体名称", "媒体级别", "报道形式", "标题", "是否电商扶贫典型案例"]];
  MED.forEach((m, j) => mRows.push([j + 1, m[0] > CUT ? dotDate(m[0]) : dateCell(m[0], j + 1), m[1], m[2], m[3], `《${m[4]}》`, m[5]]));
  const matRows = [["经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送单位", "报送方式"],
    [1, "2021年8月31日", "《清新区“电商＋冰肉桂”助农增收经验做法》", "清远市商务局", "粤政易"],
    [2, "2021.9.8", "《清新区电子商务进农村综合示范创建工作总结》", "清远市商务局", "粤政易"]];

  // ---------------- 基础数据及自评
  const W = 7;
  const fr = [];
  const fm = [];
  const full = (t) => {
    fr.push(padRow([t], W));
    fm.push(`A${fr.length}:G${fr.length}`);
  };
  full("清新区电子商务进农村综合示范创建考评基础数据及自评表");
  full("填报单位：清远市清新区商务局（盖章）　　　数据截至：2021年8月31日　　　填报时间：2021年9月16日");
  full("一、基础数据");
  fr.push(padRow(["序号", "项目", "数值", "单位", "数据来源／说明"], W));
  fm.push(`E${fr.length}:G${fr.length}`);
  const num = (no, label, value, unit, note) => {
    fr.push(padRow([no, label, value, unit, note || null], W));
    fm.push(`E${fr.length}:G${fr.length}`);
  };
  num(1, "县（市、区）", "清新区", null);
  num(2, "户籍人口", 70.85, "万人", "区公安分局户籍统计");
  num(3, "常住人口", 56.99, "万人", "第七次全国人口普查");
  num(4, "行政村", 96, "个", "不含居委会14个");
  num(5, "省定相对贫困村", 12, "个", "另有市定相对贫困村3个");
  num(6, "公共服务中心正式投入运营时间", "2021年2月28日", null, "2021年1月试运营");
  num(7, "2019年农村网络零售额", "9.82", "亿元", "省商务厅平台数据");
  num(8, "2020年农村网络零售额", "12.57", "亿元", "同上");
  num(9, "2019年农产品网络零售额", "1.25", "亿元", "同上");
  num(10, "2020年农产品网络零售额", "1.625", "亿元", "同上");
  num(11, "电商培训人次", "4,000", "人次", "截至2021年8月31日，线上线下合计");
  num(12, "有劳动能力的建档立卡贫困人口（不含外出务工）", 40, "人", "区乡村振兴局确认");
  num(13, "参加电商培训的建档立卡贫困人口", 20, "人", "按身份证号去重");
  num(14, "省级下达专项资金", 500, "万元");
  num(15, "累计拨付资金", "350.00", "万元", "截至2021年8月31日");
  num(16, "项目总体进度", "88%", null);
  num(17, "领导小组组长", "区委常委、常务副区长", null, "副组长：区商务局局长");
  num(18, "领导小组成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局、清新邮政分公司", null);
  full("二、事项情况（在“是”或“否”栏打●）");
  fr.push(padRow(["序号", "事项", "是", "否", "说明"], W));
  fm.push(`E${fr.length}:G${fr.length}`);
  const yn = (no, label, on, note) => {
    fr.push(padRow([no, label, on ? "●" : null, on ? null : "●", note || null], W));
    fm.push(`E${fr.length}:G${fr.length}`);
  };
  yn(1, "已正式印发示范县工作方案", true, "清新府办函〔2020〕35号");
  yn(2, "已出台支持农村电商发展的政策", true, "《清新区促进农村电子商务发展扶持办法（试行）》");
  yn(3, "有免费培训场所、培训设备，能组织电商基础培训", true);
  yn(4, "为特色农产品提供免费展示、销售服务", true);
  yn(5, "为电子商务市场主体提供免费摄影、美工服务", true);
  yn(6, "组织农产品统一推广、指导特色农产品品牌建设", true, "“清新好物”区域公用品牌");
  yn(7, "为电子商务发展提供其他衍生增值服务", true, "金融对接、直播场地");
  yn(8, "建设或整合、优化当地电商产业园", true);
  yn(9, "有专业第三方电子商务运营或服务商", true);
  yn(10, "行政村物流快递覆盖率100%", true);
  yn(11, "专栏公示创建方案", true);
  yn(12, "专栏公示项目基本信息", true);
  yn(13, "专栏公示项目建设进度", true);
  yn(14, "专栏设立征求意见或监督举报窗口", true, "监督举报电话");
  yn(15, "能统计电商扶贫情况", true);
  yn(16, "已制定资金管理制度", true);
  yn(17, "已建立资金专用台账", true);
  yn(18, "发生安全生产、质量事故或重大损失", false);
  yn(19, "存在弄虚作假情况", false);
  full("三、自评得分");
  fr.push(padRow(["序号", "评价指标", "分值", "自评分", "其中（主观评分项）"], W));
  fm.push(`E${fr.length}:G${fr.length}`);
  const SC = [["组织领导", 2, 2, null, "org.leadership"], ["方案制定", 2, 2, "2", "org.plan"], ["政策支持", 2, 1, "1", "org.policy"],
    ["项目管理", 4, 4, "管理制度2；工作台账2", "org.management"], ["服务体系建设：县级中心与产业园", 15, 15, null, "work.center"],
    ["服务体系建设：村级站点覆盖", 10, 10, null, "work.coverage"], ["农村产品上行", 10, 8, "网销调研1；促销活动2；交易标准及冷链溯源1", "work.upward"],
    ["电商人才培训", 20, 20, null, "work.training"], ["信息公开", 4, 4, null, "info.disclosure"], ["数据上报", 6, 6, null, "info.reporting"],
    ["案例总结", 2, 2, null, "promo.cases"], ["经验推广", 8, 8, null, "promo.media"], ["制度建立", 5, 4, "4", "fund.system"],
    ["资金台账", 5, 4, "4", "fund.ledger"], ["资金支出", 5, 3, "及时拨付3", "fund.spending"],
    ["加分项：贫困人口培训率70%及以上", 2, 0, null, "bonus.poorTraining"], ["加分项：电商扶贫典型案例电视播报", 2, 1, "省级电视台播报", "bonus.tvCase"]];
  const claimed = {};
  SC.forEach(([n, w, p, note, id], j) => {
    fr.push(padRow([j + 1, n, w, p, note], W));
    fm.push(`E${fr.length}:G${fr.length}`);
    claimed[id] = p;
  });
  const claimedScored = sum(SCORED.map(([id]) => claimed[id]));
  assert(claimedScored === 93, "c1 claimed 93 " + claimedScored);
  fr.push(padRow([null, "合计", 100, claimedScored + 1, "含加分1分"], W));
  fm.push(`E${fr.length}:G${fr.length}`);
  full("填表人：黄××　　审核人：罗××（区商务局副局长）　　联系电话：0763-58xxxxx");
  for (const r of fr) assert(r.length === W, "c1 facts width " + r.length);

  const opts = [["是否", "组织类型", "帮扶类型", "培训方式"], ["是", "村民委员会", "省定相对贫困村", "线下"], ["否", "居民委员会", "市定相对贫困村", "线上"], [null, null, null, "线上+线下"]];

  // ---------------- points
  const opened = "2021-02-28";
  const sixBefore = "2021-02-28";
  const centerPts = 2 + (opened <= sixBefore ? 2 : 0) + 2 + 1 + 1 + 1 + 1 + 2 + (inPark.length >= 20 ? 2 : 0) + (typesIn.size >= 3 ? 1 : 0);
  const covPts = (ratioGE(covSet.size, covBase, 70) ? 5 : ratioGE(covSet.size, covBase, 50) ? 2 : 0) + (covPoor.length === poor.length ? 5 : ratioGE(covPoor.length, poor.length, 80) ? 3 : 0);
  const trainPts = (ratioGE(ptCut, BASE, 1) ? 10 : ratioGE(ptCut, BASE, 0.8) ? 8 : ratioGE(ptCut, BASE, 0.6) ? 6 : 0)
    + (ratioGE(trainedCut.size, 40, 50) ? 10 : ratioGE(trainedCut.size, 40, 40) ? 8 : ratioGE(trainedCut.size, 40, 30) ? 6 : 0);
  // growth: 农村 9.82 → 12.57 亿 (28.0%), 农产品 1.25 → 1.625 亿 (exactly 30%)
  const r19 = 982000000, r20 = 1257000000, a19 = 125000000, a20 = 162500000;
  assert((r20 - r19) * 100 < 30 * r19 && (a20 - a19) * 100 >= 30 * a19 && (a20 - a19) * 100 === 30 * a19, "c1 growth exactly 30%");
  assert(centerPts === 13 && covPts === 7 && trainPts === 18, "c1 center/cov/train " + [centerPts, covPts, trainPts]);
  const pts = {
    "org.leadership": 1, "org.plan": 2, "org.policy": 1, "org.management": 4, "work.center": centerPts, "work.coverage": covPts,
    "work.upward": 1 + 2 + 1 + 0 + 1 + 2, "work.training": trainPts, "info.disclosure": 2 + (disMonths === 12 ? 2 : 1),
    "info.reporting": (repMonths.length === 12 ? 3 : 1) + 3, "promo.cases": 2, "promo.media": 3 + 1, "fund.system": 4, "fund.ledger": 4,
    "fund.spending": ratioGE(spent, ALLOC, 70) ? 3 : -5,
    "bonus.poorTraining": ratioGE(trainedCut.size, 40, 70) ? 2 : 0, "bonus.tvCase": 0, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 78 && bonus === 0, "c1 total " + scored + "+" + bonus);
  const left = firms.find((f) => f.left);
  const late = firms.find((f) => f.ent === "2021-09-03");
  const derivation = [
    "org.leadership: 组长“区委常委、常务副区长”——常务副区长仍是副区长（分管领导），不是区长／书记 → 1（成员单位商务、财政、农业农村、乡村振兴都在，但只有主要领导牵头才得2）（自评2）",
    "org.plan: 事项表“已正式印发示范县工作方案”●是（清新府办函〔2020〕35号），自评分栏主观分2 → 2",
    "org.policy: 扶持政策●是，主观分1 → 1",
    "org.management: “管理制度2；工作台账2” → 4",
    `work.center: 中心“2021年2月28日”正式投入运营（1月是试运营） → 建成2；2021-02-28 ≤ 2021-02-28（截止日前6个月，含当日） → 满6个月2；免费培训、展示销售、摄影美工、品牌、其他增值服务五项●是 → 2+1+1+1+1；产业园●是 → 2；《产业园企业》截至8月31日在园 ${inPark.length} 家（“${left.n}”2021年8月15日退园不算，“${late.n}”2021.9.3入驻不算，“2020年12月”只到月的算） → 不足20家 0；类型有平台型、销售型、电商运营商、物流快递、直播电商等 → 1；合计13（自评15）`,
    `work.coverage: 《村居名单》村民委员会96个（居民委员会14个不算）；《站点台账》投入运营时间 ≤ 2021-08-31 的行政村 ${covSet.size} 个（同村第二站只算一次；“2021年8月”只到月的算；社区站、笔架林场服务点不是行政村不算；“${vSept}”“2021年9月”不算） → ${covSet.size}/96 = ${pct1(covSet.size, 96)} < 70% → 2（多算9月那个站就是68/96 = 70.8%）；省定相对贫困村12个全有站（“${poorCut}”2021.8.31 投入运营算进来，否则11/12 = 91.7%只有3分；“市定相对贫困村”3个不是省定，其中“${shiDing[0]}”无站） → 12/12 = 100% → 5；合计7（自评10）`,
    `work.upward: 网销调研1、促销活动2、交易标准及冷链溯源1（自评说明）；第三方运营服务商●是 → 1；《村居名单》有“快递进村”列，“${noExpress}”为“否”（到镇上取件） → 0（事项表“覆盖率100%”与名单不符）；农村网零9.82→12.57亿元增长28.0% < 30%，农产品网零1.25→1.625亿元增长正好30% ≥ 30% → 2；合计7（自评8）`,
    `work.training: 常住人口56.99万（户籍70.85万不用）超过50万 → 基数500,000；《培训台账》按期计“合计”列（线下＋线上，不能把线下、线上、合计三列相加），结业日 ≤ 8月31日的第1—14期合计 ${fmtInt(ptCut)} 人次（第15期“2021年8月30日—9月1日”按结束日9月1日不算，1,050人次；第16期9月14日不算；合计行不另加） → 4,000/500,000 = 0.80% → 8（按56.99万算只有0.70%；算上第15期就到1%）；《脱贫人口劳动力》有劳动能力（技能、普通、弱或半劳动力）且不是省外、县外省内务工的40人；《参训名单》截止日前身份证号对得上的20人（一人末位小写x读作X；一人参训两次算一次；一人身份证号脱敏无法核对不算；一人只参加第15期不算；外出务工、无劳动能力各一人不在40人内） → 20/40 = 50% → 10；合计18（自评20）`,
    "info.disclosure: 专栏公示方案、项目基本信息、建设进度，设监督举报窗口（事项表四项●是；更新记录也有方案、项目信息和举报电话公告） → 2；《专栏更新》2020年9月—2021年8月每月都有建设进度 → 2；合计4",
    "info.reporting: 《月报报送》按报送月份打√，工作进展月报11个月有√（2021年2月春节未报送，空着；“电商扶贫统计表”一行随月报附送，不另算月份） → 不定时1；“能统计电商扶贫情况”●是（月报附电商扶贫统计表） → 3；合计4（自评6）",
    "promo.cases: 2021年8月31日向清远市商务局报送经验材料（截止日当天算；9月8日那份不算） → 2",
    "promo.media: 截止日前清远日报、清远广播电视台（市级） → 3；清新发布（县级） → 1；南方日报2021.9.6、广东广播电视台2021.9.10在截止日后，省级不算 → 4（自评8）",
    "fund.system: 主观分4 → 4",
    "fund.ledger: 主观分4 → 4",
    `fund.spending: 《资金拨付台账》（万元）截止日前9笔合计 ${wan(spent)}万元 = ${fmtMoney(spent)}元（8月31日18万尾款算；9月8日42万不算；小计、合计行不另加） → 3,500,000/5,000,000 = 70.0% ≥ 70% → 及时拨付主观分3 → 3（漏掉8月31日那笔只有66.4%，要倒扣5分）`,
    "bonus.poorTraining: 贫困人口培训率20/40 = 50% < 70% → 0",
    "bonus.tvCase: 唯一的省级电视典型案例（广东广播电视台）在2021年9月10日，截止日后；截止日前的电视典型案例是清远广播电视台（市级），不加分 → 0（自评1）",
    "veto.incident: 事项表“发生安全生产、质量事故或重大损失”●否 → 不否决",
    "veto.progress: 项目总体进度88% ≥ 40% → 不否决",
    "veto.fraud: “存在弄虚作假情况”●否 → 不否决",
  ];
  return {
    description:
      "清远市清新区商务局整本考评工作簿（12个表：基础数据及自评＋10个台账＋隐藏的下拉选项），78分、无加分、未否决（自评93＋1）：《基础数据及自评》分三段——“序号｜项目｜数值｜单位｜数据来源／说明”（数值与单位分列，户籍人口70.85万不是输入，常住人口56.99万超过50万），事项“是｜否”两栏打●，自评分表带“其中（主观评分项）”；组长是“区委常委、常务副区长”（分管领导）。台账：村居名单（组织类型列分村民／居民委员会，帮扶类型有“市定相对贫困村”不是省定，快递进村一村“否”），站点台账两行表头（投入运营时间混写，8月31日一站使贫困村12/12，9月一站，林场服务点和社区站），培训台账按期次，“参训人次”分线下｜线上｜合计（只读合计），8月30日—9月1日一期按结束日不算（正好4,000/500,000＝0.8%），国扶系统口径的脱贫人口劳动力表（按户合并）和参训名单（小写x、脱敏、重复），产业园19家，万元资金台账8月31日一笔决定正好70%，月报按月横排，媒体省级都在9月。",
    sheets: [
      { name: "基础数据及自评", rows: fr, merges: fm },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "培训台账", rows: tRows, merges: tMerges },
      { name: "脱贫人口参训名单", rows: trRows, merges: trMerges },
      { name: "脱贫人口劳动力", rows: pRows, merges: pMerges },
      { name: "产业园企业", rows: eRows, merges: ["A1:H1", `A${eRows.length}:H${eRows.length}`] },
      { name: "资金拨付", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: rRows, merges: rMerges },
      { name: "专栏更新", rows: uRows, merges: ["A1:E1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:E1"] },
      { name: "下拉选项", rows: opts, merges: [], hidden: true },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 广州市白云区: Word 表格粘贴进 Excel，一格多段拆成多行、其余列纵向合并
// =====================================================================================================
function buildF1() {
  const W = 5;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:E${rows.length}`);
  };
  full("广州市白云区电子商务进农村综合示范创建基本情况表");
  full("（数据截至2021年8月31日）");
  rows.push(["序号", "类别", "项目", "情况", "佐证材料"]);
  // one Word row: paragraphs of 情况 (D) and of 佐证材料 (E); single-paragraph cells are merged down over the rows Excel made
  const groups = [
    ["基本情况", [
      ["人口与村居", ["户籍人口：125.6万人；常住人口：374.3万人（第七次全国人口普查）。", "行政村：118个（另有社区居委会284个，不参与考评）。", "省定贫困村：无（我区不属于省定贫困村分布地区）。"], ["区统计局七普公报", "区民政局村（居）委会名册"]],
    ]],
    ["组织保障", [
      ["组织领导", ["成立区电子商务进农村综合示范创建工作领导小组，区委副书记、区长任组长，分管副区长任常务副组长。", "成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局、区邮政管理局。"], ["云府办〔2020〕9号"]],
      ["方案与政策", ["《白云区电子商务进农村综合示范创建工作方案》于2020年6月由区政府办公室正式印发（云府办〔2020〕21号），自评2分。", "出台《白云区促进农村电子商务发展扶持办法》，对站点建设、人才培训给予补贴，落实较好，自评2分。"], ["工作方案", "扶持办法"]],
      ["项目管理", ["制定《白云区电子商务进农村综合示范项目管理办法》，建设、验收环节严格执行，自评2分。", "工作台账按月更新，前期个别记录不全，自评1分。"], ["项目管理办法、工作台账"]],
    ]],
    ["服务体系建设", [
      ["公共服务中心", ["区电子商务公共服务中心2020年9月试运营，2020年11月正式投入运营，面积1,500㎡。", "免费服务：电商培训（培训室1间、电脑40台）、农特产品展示展销、产品摄影；美工设计按成本价收费。", "组织“白云好物”统一推广，指导企业品牌建设；提供直播场地、金融对接等衍生增值服务。"], ["中心运营合同", "现场照片"]],
      ["电商产业园", ["整合原白云电商孵化园，建成区电商产业园，目前入驻企业26家（平台型、销售型、运营服务商、物流快递）。"], ["入驻企业清单"]],
    ]],
    ["农村产品上行", [
      ["网销调研与促销", ["委托第三方开展农产品网络销售调研，形成调研报告及针对性建议，自评2分。", "开展“白云农品节”等网络促销活动12场，成效明显，自评2分。"], ["调研报告", "活动总结"]],
      ["运营与物流", ["区电商公共服务中心由专业第三方运营服务商运营。", "行政村快递物流覆盖率：100%。"], ["区邮政管理局证明"]],
      ["标准与增速", ["制定农产品电商交易标准2项，冷链、溯源系统尚在建设，自评1分。", "2019年农村网络零售额86.2亿元，2020年108.7亿元，同比增长26.1%；农产品网络零售额同比增长31.6%（省商务厅平台数据）。"], ["交易标准文本"]],
    ]],
    ["人才培训", [
      ["培训情况", ["截至8月31日累计培训5,218人次（常住人口超过50万，以50万为基数，达1.04%）。", "有劳动能力的建档立卡贫困人口（不含外出务工）632人，参加电商培训321人（按身份证号去重）。", "全年培训目标6,000人次。"], ["培训签到表", "区乡村振兴局确认名单"]],
    ]],
    ["信息公开及报送", [
      ["信息公开", ["区政府门户网站设“电子商务进农村综合示范”专栏，公开创建方案、项目基本信息，每月更新项目建设进度；设监督举报电话和意见箱。"], ["专栏截图"]],
      ["数据上报", ["每月向广州市商务局报送工作进展，附电商扶贫统计表，能统计电商扶贫情况。"], ["报送文件"]],
    ]],
    ["财政资金管理", [
      ["资金", ["省下达专项资金300万元，截至2021年8月31日累计拨付226.35万元，支出率75.5%。", "制定《白云区电子商务进农村综合示范专项资金管理办法》，自评5分。", "各承建单位建立资金专用台账，账目完整，自评4分。", "资金按建设进度拨付，自评4分。"], ["资金管理办法", "拨付凭证"]],
      ["总体进度", ["项目总体进度：92%。"], ["进度表"]],
    ]],
    ["一票否决事项", [
      ["否决事项", ["未发生安全生产、质量事故，未造成重大经济损失和社会不良影响。", "不存在弄虚作假情况。"], ["承诺书"]],
    ]],
  ];
  let no = 0;
  for (const [cat, items] of groups) {
    const c0 = rows.length + 1;
    for (const [item, paras, proofs] of items) {
      no++;
      const n = Math.max(paras.length, proofs.length);
      const r0 = rows.length + 1;
      for (let k = 0; k < n; k++) {
        rows.push([k === 0 ? `${no}.` : null, rows.length + 1 === c0 ? cat : null, k === 0 ? item : null, paras[k] || null,
          proofs.length === 1 ? (k === 0 ? proofs[0] : null) : proofs[k] || null]);
      }
      const r1 = rows.length;
      if (r1 > r0) {
        merges.push(`A${r0}:A${r1}`, `C${r0}:C${r1}`);
        if (proofs.length === 1) merges.push(`E${r0}:E${r1}`);
      }
    }
    mergeCol(merges, "B", c0, rows.length);
  }
  full("填报单位：广州市白云区商务局　　　联系人：陈××　　　联系电话：020-36xxxxxx　　　填报日期：2021年9月6日");
  assert(rows.every((r) => r.length === W), "f1 width");
  return {
    description:
      "广州白云区商务局把Word版《基本情况表》整表复制粘贴进Excel交来当事实表：序号｜类别｜项目｜情况｜佐证材料五列，Word里一个格子有几段，粘贴后就拆成几行——“情况”每段一行，序号、项目和只有一段的佐证材料向下合并，有两段的佐证材料也一段一行（下面的行空着），类别跨几个项目纵向合并；事实都在“情况”的句子里。读法：户籍125.6万不是，常住374.3万；行政村118个（社区284个不算），省定贫困村“无”；区长任组长、商务财政农业农村乡村振兴都在；方案、政策、项目管理、调研、促销、标准、资金三项的自评分写在句末；中心9月试运营、“2020年11月正式投入运营”（只到月）；摄影免费而美工按成本价收费 → 免费摄影美工为否；产业园26家不是输入；贫困人口632人、参训321人；全年目标6,000人次不是事实；拨付226.35万元。",
    sheets: [{ name: "基本情况表", rows, merges }],
    expect: {
      facts: {
        county: "白云区", asOf: "2021-08-31", residentPopulation: 3743000, adminVillagesStated: 118, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-11", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 8620000000, ruralRetail2020: 10870000000, ruralRetailGrowthStated: 0.261, agriRetailGrowthStated: 0.316,
        trainingPersonTimesStated: 5218, eligiblePoorPersonsStated: 632, trainedPoorPersonsStated: 321,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 3000000, fundSpentStated: 2263500, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.92,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 江门市江海区: 扣分制自评表（官方指标表＋完成情况＋扣分＋扣分理由），顶部“标签：值”基本情况条
// =====================================================================================================
function buildF2() {
  const W = 8;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:H${rows.length}`);
  };
  full("江海区2019年省级电子商务进农村综合示范创建考评自评表（扣分制）");
  full("填报单位：江门市江海区经济促进局（商务）　　　数据截至：2021年8月31日　　　填报日期：2021年9月2日");
  rows.push(["基本情况", "县（市、区）：江海区", null, "常住人口：36.70万人（七普）", "行政村：17个（另有社区29个）", "省定贫困村：无", null, null]);
  merges.push(`B${rows.length}:C${rows.length}`, `F${rows.length}:H${rows.length}`);
  rows.push([null, "户籍人口：28.1万人", null, "项目总体进度：85%", "下达资金：400万元", "累计拨付：316.8万元", null, null]);
  merges.push(`A${rows.length - 1}:A${rows.length}`, `B${rows.length}:C${rows.length}`, `F${rows.length}:H${rows.length}`);
  rows.push(["工作任务", "评价指标", "权重", "评分标准（摘要）", "完成情况", "扣分", "扣分理由", "佐证材料"]);
  const SEC = [
    ["加强组织领导与统筹协调（10分）", [
      ["组织领导", 2, "主要领导牵头且商务、财政、农业、扶贫参与2分；分管领导牵头1分", "成立由区委常委、副区长任组长的工作领导小组，成员单位为区经济促进局（商务）、区财政局、区农业农村局、区交通运输局", "扣1分", "由分管领导牵头", "江海府办〔2020〕3号", "org.leadership"],
      ["方案制定", 2, "工作方案因地制宜，可操作性较强（1-2分）", "2020年4月印发《江海区电子商务进农村综合示范实施方案》（江海府办〔2020〕6号）", "0", null, "实施方案", "org.plan"],
      ["政策支持", 2, "出台相关政策，且得到较好落实（1-2分）", "出台《江海区促进电子商务发展若干措施》", "1", "政策落实不够到位", "若干措施", "org.policy"],
      ["项目管理", 4, "项目管理制度（1-2分）；工作台账（1-2分）", "制定项目管理制度，建设、验收严格执行；建立工作台账", "扣1分", "管理制度不扣分；工作台账部分记录不完整扣1分", "管理制度、台账", "org.management"],
    ]],
    ["深入推动电子商务进农村工作（55分）", [
      ["服务体系建设（县级中心与产业园）", 15, "建成中心2分；运行6个月以上2分；免费培训2分；免费展示销售1分；免费摄影美工1分；品牌建设1分；其他增值服务1分；产业园2分；入驻20家2分；三种类型1分", "区电子商务公共服务中心2020年12月28日投入运营；设免费培训室及培训设备；免费展示销售特色农产品；免费提供摄影、美工服务；统一推广“江海好物”，指导品牌建设；提供金融、法律咨询等增值服务；整合建设江海电商产业园，入驻企业22家（平台型、销售型、运营商、物流）", "不扣分", null, "现场查看、企业清单", "work.center"],
      ["服务体系建设（村级站点覆盖）", 10, "行政村覆盖率70%及以上5分；贫困村覆盖率100%5分", "17个行政村建成村级站点14个，覆盖率82.4%；我区无省定贫困村", "0", null, "站点清单", "work.coverage"],
      ["农村产品上行", 10, "调研1-2分；促销1-2分；第三方1分；快递覆盖100%1分；标准与冷链溯源1-2分；网零增速≥30%2分", "委托第三方开展农产品网销调研；开展网络促销活动8场；公共服务中心由专业第三方服务商运营；行政村快递覆盖率100%；制定农产品电商交易标准1项，冷链、溯源系统未建立；2020年农村网络零售额同比增长21.4%，农产品网络零售额同比增长36.2%", "扣2分", "调研报告针对性不强扣1分；冷链、溯源系统未建立扣1分", "调研报告、活动总结", "work.upward"],
      ["电商人才培训", 20, "培训人次达常住人口1%及以上10分；贫困人口培训率50%及以上10分", "累计培训4,102人次（占常住人口1.12%）；有劳动能力的建档立卡贫困人口（不含外出务工）86人，参训47人，培训率54.7%", "0", null, "签到表、名单", "work.training"],
    ]],
    ["加强信息公开及报送（10分）", [
      ["信息公开", 4, "专栏内容全面2分；按月更新2分", "在区政府网站设立专栏，公开创建方案、项目基本信息、建设进度，按月更新；未设立征求意见或监督举报窗口", "扣2分", "未设征求意见或监督举报窗口", "专栏截图", "info.disclosure"],
      ["数据上报", 6, "每月报送3分；能统计电商扶贫情况3分", "每月向江门市商务局报送工作情况；能统计电商扶贫情况", "不扣分", null, "报送文件", "info.reporting"],
    ]],
    ["加强宣传推广（10分）", [
      ["案例总结", 2, "向市商务局报送经验材料2分", "2021年6月向江门市商务局报送经验材料1篇", "0", null, "报送文件", "promo.cases"],
      ["经验推广", 8, "省级及以上4分；市级3分；县级1分", "江门日报、江门广播电视台、“江海发布”等市、区级媒体报道", "扣4分", "无省级及以上媒体报道", "报道截图", "promo.media"],
    ]],
    ["加强财政资金管理（15分）", [
      ["制度建立", 5, "资金管理制度科学有效且落实（1-5分）", "制定《江海区电子商务进农村综合示范专项资金管理办法》", "1", "考核问责制度不够细化", "管理办法", "fund.system"],
      ["资金台账", 5, "资金专用台账完整清晰（1-5分）", "各承建单位建立资金专用台账，账目完整", "0", null, "台账、凭证", "fund.ledger"],
      ["资金支出", 5, "支出率70%以上且及时拨付（1-5分）；低于70%倒扣5分", "省下达资金400万元，截至2021年8月31日累计拨付316.8万元，支出率79.2%", "扣1分", "部分项目拨付滞后", "拨付凭证", "fund.spending"],
    ]],
  ];
  const claimed = {};
  const dedOf = (s) => (s === "不扣分" ? 0 : Number(String(s).replace(/[扣分]/g, "")));
  let dedTotal = 0;
  for (const [task, items] of SEC) {
    const r0 = rows.length + 1;
    for (const [name, w, std, done, ded, why, proof, id] of items) {
      rows.push([rows.length + 1 === r0 ? task : null, name, w, std, done, ded, why, proof]);
      claimed[id] = w - dedOf(ded);
      dedTotal += dedOf(ded);
    }
    mergeCol(merges, "A", r0, rows.length);
  }
  rows.push(["加分项（4分）", "加分内容", "分值", "评分标准（摘要）", "完成情况", "加分", "说明", null]);
  const b0 = rows.length;
  rows.push([null, "贫困人口培训", 2, "建档立卡贫困人口培训率70%及以上2分", "培训率54.7%，未达70%", "0", null, null]);
  rows.push([null, "典型案例电视播报", 2, "国家级电视媒体2分，省级1分（不累加）", "2021年7月15日广东广播电视台《广东新闻联播》播报江海区电商扶贫典型案例", "加1分", "省级电视媒体", "视频截图"]);
  merges.push(`A${b0}:A${rows.length}`);
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 1;
  rows.push(["一票否决项", "否决内容", null, null, "情况", null, null, null]);
  const v0 = rows.length;
  rows.push([null, "发生安全生产、质量事故，或者造成重大经济损失和社会不良影响", null, null, "无", null, null, null]);
  rows.push([null, "项目建设进度严重滞后，总体进度不足40%", null, null, "项目总体进度85%", null, null, null]);
  rows.push([null, "弄虚作假", null, null, "无", null, null, null]);
  merges.push(`A${v0}:A${rows.length}`);
  for (let r = v0; r <= rows.length; r++) merges.push(`B${r}:D${r}`);
  const self = 100 - dedTotal;
  assert(dedTotal === 13 && self === 87 && sum(SCORED.map(([id]) => claimed[id])) === 87, "f2 claimed 87");
  rows.push(["合计", null, null, null, `合计扣分${dedTotal}分，自评得分${self}分；加分1分；总分${self + 1}分`, null, null, null]);
  merges.push(`A${rows.length}:D${rows.length}`, `E${rows.length}:H${rows.length}`);
  full("填表人：李××　　　审核：区经济促进局副局长 吴××");
  assert(rows.every((r) => r.length === W), "f2 width");
  return {
    description:
      "江门江海区经济促进局的《自评表（扣分制）》：顶部两行“基本情况”条，每格一个“标签：值”（县（市、区）：江海区｜常住人口：36.70万人（七普）｜行政村：17个（另有社区29个）｜省定贫困村：无；户籍人口、总体进度、下达资金、累计拨付），下面是官方指标表改成的“工作任务｜评价指标｜权重｜评分标准（摘要）｜完成情况｜扣分｜扣分理由｜佐证材料”，工作任务纵向合并；自评分要用权重减扣分（“扣1分”“1”“0”“不扣分”“扣4分”混写），主观分项从扣分理由里读出（项目管理“管理制度不扣分；工作台账…扣1分” → 2、1；上行调研、冷链溯源各扣1 → 1、2、1）；加分项、否决项各自带表头；合计行是句子。读法：组长“区委常委、副区长”是分管领导，成员单位也缺扶贫（乡村振兴）；评分标准摘要里的数字不是事实；户籍人口不是；没设监督举报窗口 → 否；只有增速没有零售额。",
    sheets: [{ name: "自评表", rows, merges }],
    expect: {
      facts: {
        county: "江海区", asOf: "2021-08-31", residentPopulation: 367000, adminVillagesStated: 17, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetailGrowthStated: 0.214, agriRetailGrowthStated: 0.362,
        trainingPersonTimesStated: 4102, eligiblePoorPersonsStated: 86, trainedPoorPersonsStated: 47,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 4000000, fundSpentStated: 3168000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.85,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 5, "fund.spending": 4,
      },
      leadership: "deputy",
      claimed,
    },
  };
}

// =====================================================================================================
// f3 — 湛江市赤坎区: 《考评基础数据确认单》填报数｜核定数（有核定数以核定为准）＋主观分自评｜市局预审建议分
// =====================================================================================================
function buildF3() {
  const W = 7;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:G${rows.length}`);
  };
  full("赤坎区电子商务进农村综合示范考评基础数据确认单");
  full("数据截至：2021年8月31日　　　说明：“核定数”栏由数据主管部门填写，有核定数的以核定数为准；核定栏空白或写“无误”的，按填报数确认。");
  full("一、基础数据");
  rows.push(["序号", "指标", "单位", "区商务局填报数", "核定数", "核定部门", "备注"]);
  const R = [
    ["常住人口", "万人", "30.5", 31.26, "区统计局", "核定按第七次全国人口普查；填报数为2020年年报推算"],
    ["行政村数", "个", 6, null, "区民政局", "另有社区居委会41个"],
    ["省定贫困村数", "个", 0, null, "区乡村振兴局", "本区无省定贫困村"],
    ["领导小组组长", "—", "副区长（分管经济）", null, "区委办", null],
    ["领导小组成员单位", "—", "区商务局、区财政局、区农业农村局、区乡村振兴局", null, "区委办", null],
    ["示范县工作方案", "—", "已印发", null, "区府办", "赤府办〔2020〕11号"],
    ["农村电商扶持政策", "—", "已出台", null, "区府办", null],
    ["公共服务中心投入运营日期", "—", "2021年3月1日", D("2021-03-18"), "中心验收组", "3月1日为试运营，3月18日揭牌正式运营"],
    ["免费培训场所、培训设备", "有/无", "有", null, "中心验收组", null],
    ["免费展示、销售特色农产品", "有/无", "有", null, "中心验收组", null],
    ["免费摄影、美工服务", "有/无", "有", "无", "中心验收组", "摄影免费，美工设计按件收费"],
    ["农产品统一推广、品牌建设", "有/无", "有", "无误", "中心验收组", null],
    ["其他衍生增值服务", "有/无", "有", null, "中心验收组", "金融、法律咨询"],
    ["电商产业园", "有/无", "有", null, "区商务局", "赤坎电商产业园（整合）"],
    ["专业第三方电商运营服务商", "有/无", "有", null, "区商务局", null],
    ["行政村物流快递覆盖率", "%", "100", 100, "区邮政管理局", null],
    ["2019年农村网络零售额", "亿元", "3.12", "无误", "区统计局", "省商务厅平台数据"],
    ["2020年农村网络零售额", "亿元", "4.18", 4.06, "区统计局", "核定以省商务厅平台最终数为准"],
    ["电商培训人次", "人次", "3,208", "3,126", "区人社局", "剔除重复签到82人次"],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", "人", 58, 55, "区乡村振兴局", "3人为外出务工，已剔除"],
    ["参加电商培训的建档立卡贫困人口", "人", 31, null, "区乡村振兴局", null],
    ["专栏公示创建方案", "是/否", "是", null, "区政数局", null],
    ["专栏公示项目基本信息", "是/否", "是", null, "区政数局", null],
    ["专栏公示项目建设进度", "是/否", "是", null, "区政数局", null],
    ["专栏设立征求意见或监督举报窗口", "是/否", "是", "无误", "区政数局", "监督举报电话"],
    ["能统计电商扶贫情况", "是/否", "是", null, "区乡村振兴局", null],
    ["省级下达专项资金", "万元", 300, null, "区财政局", null],
    ["累计拨付资金", "万元", "248.6", "236.6", "区财政局", "填报数含9月2日拨付的12万元，核定剔除"],
    ["资金管理制度", "是/否", "已制定", null, "区财政局", null],
    ["资金专用台账", "是/否", "已建立", null, "区财政局", null],
    ["项目总体进度", "%", "86", "82.9", "区发展改革局", null],
    ["发生安全生产、质量事故或重大损失", "有/无", "无", null, "区应急管理局", null],
    ["弄虚作假", "有/无", "无", null, "区纪委监委派驻纪检组", null],
  ];
  R.forEach((r, j) => rows.push([j + 1].concat(r)));
  full("二、主观评分项自评");
  rows.push(["序号", "评分项", "分值范围", "区自评分", "市局预审建议分", "说明", null]);
  merges.push(`F${rows.length}:G${rows.length}`);
  const J = [["方案制定", "1-2", 2, 2, null], ["政策支持", "1-2", 1, 1, null], ["项目管理制度", "1-2", 2, 1, "市局建议：验收环节记录不全"], ["工作台账", "1-2", 2, 2, null],
    ["网销调研", "1-2", 1, 1, null], ["网络促销活动", "1-2", 2, 1, null], ["交易标准与冷链、溯源系统", "1-2", null, 1, "交易标准尚未出台，区里未自评"],
    ["资金管理制度", "1-5", 4, 4, null], ["资金台账", "1-5", 4, 3, null], ["资金及时拨付", "1-5", 3, 3, null]];
  J.forEach((r, j) => {
    rows.push([j + 1, r[0], r[1], r[2], r[3], r[4], null]);
    merges.push(`F${rows.length}:G${rows.length}`);
  });
  full("注：市局预审建议分仅供参考，以区自评分报送。");
  rows.push(["区商务局（盖章）", null, "经办人：邓××", null, "核定部门签字：见各部门确认页", null, "2021年9月3日"]);
  merges.push(`A${rows.length}:B${rows.length}`, `C${rows.length}:D${rows.length}`, `E${rows.length}:F${rows.length}`);
  assert(rows.every((r) => r.length === W), "f3 width");
  return {
    description:
      "湛江赤坎区商务局与各数据主管部门会签的《考评基础数据确认单》：序号｜指标｜单位｜区商务局填报数｜核定数｜核定部门｜备注，说明行写明有核定数以核定为准、核定栏空白或“无误”按填报数；下面接“二、主观评分项自评”（评分项｜分值范围｜区自评分｜市局预审建议分｜说明）和盖章签字行。读法：常住人口取核定31.26万（填报30.5万是推算）；中心投入运营取核定的日期格2021-03-18（3月1日是试运营）；免费摄影美工核定“无” → 否；2020年农村网零取4.06亿元；培训人次3,126；贫困人口55人、参训31人（核定空，按填报）；累计拨付核定236.6万元（填报含9月2日的12万元）；总体进度82.9%；组长“副区长（分管经济）” → 分管领导；主观分只读区自评分（市局预审建议分不是县里的判断），交易标准与冷链溯源区里未自评 → 不列。",
    sheets: [{ name: "数据确认单", rows, merges }],
    expect: {
      facts: {
        county: "赤坎区", asOf: "2021-08-31", residentPopulation: 312600, adminVillagesStated: 6, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2021-03-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 312000000, ruralRetail2020: 406000000,
        trainingPersonTimesStated: 3126, eligiblePoorPersonsStated: 55, trainedPoorPersonsStated: 31,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 3000000, fundSpentStated: 2366000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.829,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// l1 — 珠海市香洲区: 目录、站点（镇街／村居一格）、分期签到表（按天打√）、宣传报道、专栏导出、统计图表、隐藏选项
// =====================================================================================================
function buildL1() {
  const CUT = "2021-08-31";
  const REGION = "440402";
  // ---------------- 站点台账
  const TOWNS = [["南屏镇", ["北山", "洪湾", "广生", "濠头"], ["南屏", "华发"]], ["前山街道", [], ["界涌", "翠微", "福溪"]], ["湾仔街道", ["石角", "沙尾"], ["湾仔"]], ["狮山街道", [], ["南坑", "教育"]]];
  const ST = [];
  const vForms = (base, isC, k) => (isC ? [`${base}社区居委会`, `${base}社区`, `${base}社区居民委员会`][k % 3] : [`${base}村委会`, `${base}村`, `${base}村民委员会`][k % 3]);
  let k = 0;
  for (const [t, vs, cs] of TOWNS) {
    for (const v of vs) ST.push({ t, v: vForms(v, false, k++), op: randIsoBetween("2020-07-01", "2021-08-20") });
    for (const c of cs) ST.push({ t, v: vForms(c, true, k++), op: randIsoBetween("2020-07-01", "2021-08-20") });
  }
  ST[1].op = "2020-12";
  ST[4].op = "2021-09-06";
  ST.push({ t: "南屏镇", v: "北山村", op: "2021-05-18", second: true });
  const SEP = ["／", "/", "－"];
  const sRows = [["香洲区村（社区）电子商务服务站点台账"], ["填报单位：珠海市香洲区商务局　　　更新时间：2021年9月8日"],
    ["序号", "站点名称", "镇街／村居", "运营主体", "开业时间", "状态", "备注"]];
  const sRecs = [];
  ST.forEach((s, j) => {
    let dc;
    if (s.op === "2020-12") dc = "2020年12月";
    else if (s.op === "2021-09-06") dc = "2021.9.6";
    else dc = [D(s.op), twoDot(s.op), excelSerial(s.op), slashDate(s.op), cnDate(s.op)][j % 5];
    const base = s.v.replace(/村民委员会$|村委会$|村$|社区居民委员会$|社区居委会$|社区$/, "");
    sRows.push([j + 1, `香洲区${base}${s.v.includes("社区") ? "社区" : "村"}电商服务站${s.second ? "（二）" : ""}`, `${s.t}${SEP[j % 3]}${s.v}`,
      ["珠海邮政香洲分公司", "香洲区供销社", "珠海市××电子商务有限公司"][j % 3], dc, j === 6 ? "暂停营业（装修）" : "运营中",
      s.second ? "北山村第二个站点（北山大街）" : s.op === "2021-09-06" ? "9月新开" : null]);
    sRecs.push({ village: s.v, opened: s.op });
  });
  sRows.push(["注：“镇街／村居”一栏斜线前为镇街，后为村（居）委会。"]);

  // ---------------- 培训签到 (three session blocks, 按天打√)
  const SESS = [
    { no: 1, topic: "农村电商基础班", s: "2020-11-17", e: "2020-11-19", place: "香洲区电子商务公共服务中心", n: 18, absent: [5, 13] },
    { no: 2, topic: "直播带货提升班", s: "2021-04-20", e: "2021-04-21", place: "南屏镇党群服务中心", n: 14, absent: [9] },
    { no: 3, topic: "跨境电商与品牌营销班", s: "2021-08-30", e: "2021-09-01", place: "香洲区电子商务公共服务中心", n: 12, absent: [] },
  ];
  const tRows = [["香洲区农村电商培训签到表"]];
  const tMerges = ["A1:I1"];
  const tRecs = [];
  let idx = 0;
  for (const S of SESS) {
    const days = [];
    for (let d = S.s; d <= S.e; d = isoAdd(d, 1)) days.push(d);
    tRows.push([`第${S.no}期　${S.topic}　　培训时间：${rangeText(S.s, S.e, "cn")}　　地点：${S.place}`]);
    tMerges.push(`A${tRows.length}:I${tRows.length}`);
    tRows.push(["序号", "姓名", "性别", "身份证号", "联系电话"].concat([0, 1, 2].map((i) => (days[i] ? mdOnly(days[i]) : null)), ["备注"]));
    let came = 0;
    for (let i = 1; i <= S.n; i++) {
      idx++;
      const male = rnd() < 0.5;
      const id = makeId(REGION, birthBetween(1968, 2000), male, idx === 4 ? true : idx === 20 ? true : undefined);
      const absent = S.absent.includes(i);
      let idCell = id;
      let recId = id;
      if (idx === 4) idCell = id.slice(0, 17) + "x";
      if (idx === 11) idCell = spacedId(id);
      if (idx === 20) {
        idCell = maskId(id);
        recId = maskId(id);
      }
      if (idx === 30) {
        idCell = null;
        recId = null;
      }
      const ticks = [0, 1, 2].map((d) => {
        if (!days[d]) return null;
        if (absent) return null;
        if ((i + d) % 7 === 0) return null; // missed one day
        return "√";
      });
      const note = absent ? (i % 2 ? "报名未到" : "请假") : idx === 30 ? "身份证未带，待补" : idx === 20 ? "本人要求隐去部分号码" : null;
      tRows.push([i, personName(), male ? "男" : "女", idCell, mask(phone())].concat(ticks, [note]));
      if (!absent) {
        came++;
        tRecs.push({ date: S.e, personTimes: 1, id: recId });
      }
    }
    tRows.push([`本期报名${S.n}人，实到${came}人。`]);
    tMerges.push(`A${tRows.length}:I${tRows.length}`);
    tRows.push([null]);
  }
  tRows.pop();
  for (const r of tRows) padRow(r, 9);
  checkTrainingIds(tRecs, "l1");
  assert(tRecs.length === 41, "l1 41 trainees " + tRecs.length);

  // ---------------- 宣传报道
  const MED = [["2020-11-20", "香洲区融媒体中心", "区级", "网络", "香洲区首期农村电商培训班开班", null, "county", false],
    ["2021-01-15", "珠海特区报", "市级", "报纸", "香洲：电商服务站开到村口", "第A03版", "city", false],
    ["2021-03-05", "珠海广播电视台《珠海新闻》", "市属", "电视", "南屏镇农产品直播带货", null, "city", true],
    ["2021-04-22", "广东广播电视台", "省级", "广播", "《广东新闻广播》：香洲区电商助农", null, "province", false],
    ["2021-06-18", "南方日报", "省属", "报纸", "香洲区电商进农村见闻", "第ZH02版", "province", false],
    ["2021-07-02", "人民网", "中央级", "网络", "珠海香洲：小站点连通城乡大市场", null, "national", false],
    ["2021-08-26", "珠海广播电视台《珠海新闻》", "市级", "电视", "香洲区电商扶贫典型：协作村土特产走出大山", null, "city", true],
    ["2021-09-03", "广东广播电视台《广东新闻联播》", "省级", "电视", "香洲区：数字赋能乡村振兴", null, "province", true]];
  const mRows = [["香洲区电子商务进农村宣传报道登记"], ["序号", "刊播日期", "媒体", "级别", "形式", "标题", "版面／栏目"]];
  const mRecs = [];
  MED.forEach((m, j) => {
    mRows.push([j + 1, [cnDate(m[0]), D(m[0]), dotDate(m[0]), dashNoPad(m[0])][j % 4], m[1], m[2], m[3], m[4].startsWith("《") ? m[4] : `《${m[4]}》`, m[5]]);
    mRecs.push({ date: m[0], level: m[6], tv: m[7] });
  });

  // ---------------- 专栏更新 (CMS export, newest first)
  const U = [["2020-08-18", "香洲区电子商务进农村综合示范创建工作方案", "创建方案"], ["2020-08-18", "香洲区电子商务进农村综合示范项目基本信息", "项目信息"]];
  for (const m of WINDOW) {
    if (m === "2021-02") continue;
    const [y, mo] = m.split("-").map(Number);
    U.push([`${m}-${String(rint(2, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, `香洲区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`, "建设进度"]);
  }
  U.push(["2021-03-02", "香洲区电子商务进农村综合示范项目建设进度（2021年2月）", "建设进度"]);
  U.push(["2021-09-02", "香洲区电子商务进农村综合示范项目建设进度（截至2021年8月31日）", "建设进度"]);
  U.sort((a, b) => cmp(b[0], a[0]));
  const uRows = [["香洲区政府门户网站 内容管理系统 栏目文章导出"], ["栏目路径：首页 > 政务公开 > 电子商务进农村综合示范　　导出时间：2021-09-08 09:41:26"],
    ["ID", "标题", "所属栏目", "发布人", "发布时间", "浏览量"]];
  const uRecs = [];
  U.forEach(([d, t, c], j) => {
    uRows.push([String(90000 + rint(100, 9999)), t, c, "qzsw_admin", `${d} ${hms()}`, rint(80, 2400)]);
    uRecs.push({ date: d });
  });

  // ---------------- 统计图表 (not a ledger)
  const gRows = [["各月工作量统计（供作图）"], ["月份", "新开站点（个）", "培训人次", "宣传报道（篇）", "专栏更新（篇）"]];
  for (const m of WINDOW) {
    gRows.push([cnMonth(m), sRecs.filter((s) => s.opened.slice(0, 7) === m).length, tRecs.filter((t) => t.date.slice(0, 7) === m).length,
      mRecs.filter((x) => x.date.slice(0, 7) === m).length, uRecs.filter((x) => x.date.slice(0, 7) === m).length]);
  }
  const toc = [["香洲区电子商务进农村综合示范台账"], ["目录"], ["1．站点台账"], ["2．培训签到"], ["3．宣传报道"], ["4．专栏更新"], ["5．统计图表"], ["编制：香洲区商务局电商科　2021年9月"]];
  const opt = [["级别"], ["中央级"], ["省级"], ["市级"], ["区级"], ["形式"], ["电视"], ["广播"], ["报纸"], ["网络"]];
  return {
    description:
      "珠海香洲区商务局台账工作簿（七个表）：①《目录》不是台账；②《站点台账》“镇街／村居”一格写两级（斜线有“／”“/”“－”三种，村居写法有“××村委会／××村／××村民委员会／××社区居委会／××社区”），开业时间混写（日期格、“20.11.3”、Excel序号、斜杠、中文，“2020年12月”只到月，“2021.9.6”9月新开照列），一站“暂停营业（装修）”照列，北山村第二个站照列；③《培训签到》三期上下排，每期一行标题（“培训时间：2020年11月17日—19日”，按结束日），表头的签到栏是各天日期，按天打√；一人一期一条（不是每天一条），“报名未到”“请假”整行无√的不是记录，缺一天的照算；第三期8月30日—9月1日按9月1日；身份证号一人末位小写x、一人分段带空格、一人打星号（照写）、一人空着（null）；“本期报名…实到…”行不是记录；④《宣传报道》级别写法“中央级／省级／省属／市级／市属／区级”，形式“广播”不是电视，9月3日省台照列；⑤《专栏更新》是网站内容管理系统导出，按发布时间倒序，发布时间是带时分秒的文本，读发布时间不读标题里的月份（标题“（2021年2月）”那篇2021-03-02才发布，9月2日一篇照列），ID、发布人、浏览量不是日期；⑥《统计图表》按月汇总，不是台账；⑦隐藏的《选项》。",
    sheets: [
      { name: "目录", rows: toc, merges: [] },
      { name: "站点台账", rows: sRows, merges: ["A1:G1", "A2:G2", `A${sRows.length}:G${sRows.length}`] },
      { name: "培训签到", rows: tRows, merges: tMerges },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:F1", "A2:F2"] },
      { name: "统计图表", rows: gRows, merges: ["A1:E1"] },
      { name: "选项", rows: opt, merges: [], hidden: true },
    ],
    expect: {
      sheets: {
        "目录": { kind: null },
        "站点台账": { kind: "stations", records: sRecs },
        "培训签到": { kind: "training", records: tRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "专栏更新": { kind: "disclosures", records: uRecs },
        "统计图表": { kind: null },
        "选项": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 揭阳市揭东区: 填表说明、分镇村居名单、脱贫人口（国扶口径）、园区房号台账、支付流程、月报、经验材料、汇总
// =====================================================================================================
function buildL2() {
  const CUT = "2021-08-31";
  const REGION = "445203";
  // ---------------- 村（居）名单
  const TOWNS = [["玉湖镇", 8, 1], ["新亨镇", 9, 1], ["埔田镇", 7, 1], ["霖磐镇", 6, 2], ["云路镇", 7, 1], ["锡场镇", 6, 1]];
  const vName = nameMaker("新旧东西南北上下大小石沙田林黄洪", ["寮", "厝", "埔", "美", "溪", "洋", "坑", "头", "尾", "寨", "围", "园"], "", ["玉湖", "新亨", "埔田", "霖磐", "云路", "锡场"]);
  const vRows = [["揭东区村（居）委会名单"], ["填报单位：揭阳市揭东区商务局　　　“相对贫困村”栏：省定＝省定相对贫困村，市定＝市级帮扶村（不是省定），否＝非贫困村；居委会不填（—）。"],
    ["序号", "村（居）委会", "类型", "相对贫困村", "快递服务", "备注"]];
  const vMerges = ["A1:F1", "A2:F2"];
  const vRecs = [];
  let sq = 0;
  let nV = 0;
  let nC = 0;
  const CN = ["一", "二", "三", "四", "五", "六"];
  TOWNS.forEach(([t, nv, nc], ti) => {
    vRows.push([`${CN[ti]}、${t}（村委会${nv}个、居委会${nc}个）`]);
    vMerges.push(`A${vRows.length}:F${vRows.length}`);
    for (let i = 0; i < nc; i++) {
      const b = vName();
      sq++;
      nC++;
      const nm = i === 0 ? `${t.replace("镇", "")}社区居委会` : `${b}社区居委会`;
      vRows.push([sq, nm, "居委会", "—", "通", null]);
      vRecs.push({ name: nm, admin: false, poor: null, express: true });
    }
    for (let i = 0; i < nv; i++) {
      const b = vName();
      sq++;
      nV++;
      const poor = (ti + i) % 7 === 3 ? "省定" : (ti * 3 + i) % 11 === 5 ? "市定" : "否";
      const exp = ti === 2 && i === 5 ? "未通" : ti === 4 && i === 1 ? "未通" : "通";
      const nm = i % 3 === 2 ? `${b}村民委员会` : `${b}村委会`;
      vRows.push([sq, nm, "村委会", poor, exp, exp === "未通" ? "村民到镇上取件" : poor === "市定" ? "揭阳市帮扶村" : null]);
      vRecs.push({ name: nm, admin: true, poor: poor === "省定", express: exp === "通" });
    }
  });
  vRows.push([`合计：村委会${nV}个，居委会${nC}个。`]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);
  for (const r of vRows) padRow(r, 6);
  assert(vRecs.filter((v) => v.poor).length >= 4 && vRows.some((r) => r[3] === "市定"), "l2 poor and 市定 present");

  // ---------------- 脱贫人口 (国扶口径)
  const pRows = [["揭东区脱贫人口劳动力及务工情况"], ["说明：劳动技能“技能劳动力”“普通劳动力”“弱劳动力或半劳动力”为有劳动能力；务工状态“省外务工”“县外省内务工”为外出务工，“县内务工”“未务工”不是；无劳动能力的务工状态填“—”。"],
    ["序号", "户编号", "姓名", "身份证号码", "与户主关系", "劳动技能", "务工状态", "务工时间（月）", "所在村"]];
  const pMerges = ["A1:I1", "A2:I2"];
  const pRecs = [];
  const LAB = [["技能劳动力", true], ["普通劳动力", true], ["弱劳动力或半劳动力", true], ["丧失劳动力", false], ["无劳动力（在校生）", false], ["普通劳动力", true]];
  const WORK = [["省外务工", true], ["县外省内务工", true], ["县内务工", false], ["未务工", false]];
  const villagesPoor = vRecs.filter((v) => v.poor).map((v) => v.name);
  let pi = 0;
  let xCount = 0;
  for (let h = 0; h < 11; h++) {
    const n = rint(2, 4);
    const r0 = pRows.length + 1;
    const hid = `4452030${rint(10, 99)}${String(h + 1).padStart(4, "0")}`;
    const sur = SURNAMES[rint(0, SURNAMES.length - 1)];
    const mem = [];
    for (let i = 0; i < n; i++) {
      const k = pi + i + 1;
      const [lab, labB] = i === n - 1 && n >= 3 ? LAB[4] : LAB[(k * 2 + h) % 6 === 4 ? 3 : (k * 2 + h) % 6];
      const student = lab.includes("在校生");
      const birth = student ? birthBetween(2004, 2012) : lab === "丧失劳动力" ? birthBetween(1938, 1955) : birthBetween(1965, 2001);
      const wantX = xCount < 2 && labB && !student;
      const id = makeId(REGION, birth, rnd() < 0.5, wantX ? true : undefined);
      const lower = wantX && xCount === 1;
      if (wantX) xCount++;
      mem.push({ lab, labB, student, id, lower });
    }
    // the oldest member is 户主; relations follow birth years and the sex digit of the ID
    mem.sort((x, y) => cmp(birthOf(x.id), birthOf(y.id)));
    const male = (p) => Number(p.id[16]) % 2 === 1;
    const by = (p) => Number(birthOf(p.id).slice(0, 4));
    let spouse = false;
    mem.forEach((m, i) => {
      pi++;
      const d = i === 0 ? 0 : by(m) - by(mem[0]);
      let rel;
      if (i === 0) rel = "户主";
      else if (d >= 45) rel = male(m) ? "之孙子" : "之孙女";
      else if (d >= 16) rel = male(m) ? "之子" : "之女";
      else if (!spouse && male(m) !== male(mem[0])) {
        rel = "配偶";
        spouse = true;
      } else rel = "兄弟姐妹";
      let work;
      let mig;
      if (!m.labB) {
        work = pi % 2 ? "—" : "未务工";
        mig = work === "—" ? null : false;
      } else {
        [work, mig] = WORK[(pi + h) % 4];
      }
      const months = mig === true ? rint(6, 12) : work === "县内务工" ? rint(3, 12) : null;
      pRows.push([pi, i === 0 ? hid : null, personName(rel === "配偶" ? undefined : sur), m.lower ? m.id.slice(0, 17) + "x" : m.id,
        rel, m.lab, work, months, i === 0 ? villagesPoor[h % villagesPoor.length] : null]);
      pRecs.push({ id: m.id, labour: m.labB, migrant: mig });
    });
    const r1 = pRows.length;
    mergeCol(pMerges, "B", r0, r1);
    mergeCol(pMerges, "I", r0, r1);
  }
  assert(pRecs.some((p) => p.id.endsWith("X")) && pRecs.some((p) => p.migrant === null) && pRecs.some((p) => p.labour === false && p.migrant === false), "l2 person variety");

  // ---------------- 园区企业 (房号台账)
  const FIRMS = [["揭阳市揭东区竹编工艺电子商务有限公司", "销售型"], ["揭阳市揭东区玉湖炒茶网店", "销售型"], ["揭阳市揭东区埔田竹笋电商商行", "销售型"],
    ["揭阳市揭东区揭品汇网络科技有限公司", "平台型"], ["揭阳市揭东区潮汕优品供应链有限公司", "供应链"], ["揭阳市揭东区新亨五金电商有限公司", "销售型"],
    ["揭阳市揭东区云智电商代运营有限公司", "电商运营商"], ["揭阳市揭东区创客电商服务有限公司", "电商运营商"], ["揭阳市揭东区快邦物流有限公司", "物流企业"],
    ["揭阳市揭东区锡场青梅电商商行", "销售型"], ["揭阳市揭东区鹏达直播传媒有限公司", "直播电商"], ["揭阳市揭东区霖磐农特产品网店", "销售型"],
    ["揭阳市揭东区揭东仓配中心有限公司", "物流企业"], ["揭阳市揭东区乡货郎网络科技有限公司", "平台型"]];
  const eRecs = [];
  const eRows = [["揭东区电商产业园房号及入驻企业台账"], ["楼层", "房号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "状态", "备注"]];
  const eMerges = ["A1:H1"];
  const firms = FIRMS.map(([n, t]) => ({ n, t, code: creditCode(REGION), ent: randIsoBetween("2020-07-01", "2021-08-10"), left: null }));
  firms[2].left = "2021-05-31";
  firms[11].left = "2021-07";
  firms[10].ent = "2021-09-01";
  firms[4].ent = "2020-10";
  firms.forEach((f) => {
    if (f.left && f.left.length === 10 && f.ent >= f.left) f.ent = "2020-09-15";
    if (f.left && f.left.length === 7 && f.ent.slice(0, 7) >= f.left) f.ent = "2020-11-02";
  });
  const floors = [["二楼", [201, 202, 203, 205, 206, 208, 209]], ["三楼", [301, 302, 303, 305, 306, 308, 309]]];
  let fi = 0;
  for (const [fl, rooms] of floors) {
    const r0 = eRows.length + 1;
    rooms.forEach((rm, i) => {
      const f = firms[fi++];
      const ec = f.ent === "2020-10" ? "2020年10月" : f.ent === "2021-09-01" ? "2021.9.1" : [D(f.ent), dotDate(f.ent), cnDate(f.ent), excelSerial(f.ent)][i % 4];
      const st = f.left === "2021-05-31" ? "已退园（2021.5.31）" : f.left === "2021-07" ? "已退园（2021年7月）" : "在园";
      eRows.push([i === 0 ? fl : null, `${rm}室`, f.n, f.code, f.t, ec, st, f.ent === "2021-09-01" ? "9月新入驻" : f.left ? "房间待招租" : null]);
      eRecs.push({ name: f.n, type: f.t, entered: f.ent, left: f.left });
    });
    mergeCol(eMerges, "A", r0, eRows.length);
  }
  eRows.push(["注：房号为园区综合楼二、三楼；“已退园”括号内为退园时间。"]);
  eMerges.push(`A${eRows.length}:H${eRows.length}`);
  for (const r of eRows) padRow(r, 8);

  // ---------------- 资金支付流程
  const PAY = [["区电子商务公共服务中心建设（一期）", "揭阳市揭东区云智电商代运营有限公司", "2020-10-12", "2020-10-20", "2020-10-27", 580000],
    ["村级站点建设（第一批）", "中国邮政集团有限公司广东省揭阳市揭东区分公司", "2020-12-01", "2020-12-09", "2020-12-16", 436000],
    ["电商人才培训（第一期）", "揭阳市揭东区创客电商服务有限公司", "2021-01-06", "2021-01-14", "2021-01-21", 128500],
    ["物流配送体系建设", "揭阳市揭东区快邦物流有限公司", "2021-03-02", "2021-03-10", "2021-03-18", 367200],
    ["村级站点建设（第二批）", "中国邮政集团有限公司广东省揭阳市揭东区分公司", "2021-04-19", "2021-04-27", "2021-05-07", 298000],
    ["农产品品牌培育", "揭阳市揭东区揭品汇网络科技有限公司", "2021-06-07", "2021-06-16", "2021-06-24", 156800],
    ["电商人才培训（第二期）", "揭阳市揭东区创客电商服务有限公司", "2021-08-09", "2021-08-18", "2021-08-26", 97300],
    ["冷链及溯源系统", "揭阳市揭东区揭东仓配中心有限公司", "2021-08-23", "2021-08-30", "2021-09-03", 210000],
    ["区电子商务公共服务中心运营补助", "揭阳市揭东区云智电商代运营有限公司", "2021-08-27", null, null, 150000]];
  const fRows = [["揭东区电子商务进农村综合示范专项资金支付流程登记"], ["序号", "项目", "收款单位", "申请日期", "财政审核日期", "实际支付日期", "支付金额（元）", "状态"]];
  const fRecs = [];
  PAY.forEach(([p, who, ap, au, pd, amt], j) => {
    const money = j % 2 ? `¥${fmtMoney(amt)}` : amt;
    fRows.push([j + 1, p, who, dateCell(ap, j), au ? dateCell(au, j + 2) : null, pd ? (pd > CUT ? "2021年9月3日" : dateCell(pd, j + 1)) : null, money, pd ? "已支付" : "审批中"]);
    if (pd) fRecs.push({ date: pd, amount: amt });
  });
  fRows.push(["合计", null, null, null, null, null, sum(PAY.map((p) => p[5])), "含审批中"]);
  const fMerges = ["A1:H1", `A${fRows.length}:F${fRows.length}`];

  // ---------------- 月报报送
  const rRows = [["揭东区电子商务进农村综合示范工作月报报送记录"], ["序号", "报告月份", "报送日期", "报送方式", "附扶贫统计表", "接收单位"]];
  const rRecs = [];
  monthsBetween("2020-08", "2021-08").forEach((m, j) => {
    const nx = monthsBetween(m, "2021-12")[1];
    let dd = `${nx}-${String(rint(3, 10)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(dd)) || (dd >= "2020-10-01" && dd <= "2020-10-08")) dd = isoAdd(dd, 1);
    const pov = j === 2 ? "未附" : j === 7 ? null : "附";
    const dc = [slashDate(dd), D(dd), cnDate(dd), dotDate(dd), yyyymmdd(dd)][j % 5];
    rRows.push([j + 1, cnMonth(m), dc, j % 3 ? "粤政易" : "电子邮件", pov, "揭阳市商务局"]);
    rRecs.push({ date: dd, poverty: pov === "附" ? true : pov === "未附" ? false : null });
  });
  rRows.push(["注：每月月报于次月上旬报送；8月月报于9月报送。"]);
  const matRows = [["经验材料报送"], ["序号", "报送时间", "材料名称", "报送对象"],
    [1, "2021年5月20日", "《揭东区“电商＋竹编”助农增收经验》", "揭阳市商务局"], [2, "21.8.16", "《揭东区电商扶贫典型案例》", "揭阳市商务局"]];
  const matRecs = [{ date: "2021-05-20" }, { date: "2021-08-16" }];

  // ---------------- 汇总 (not a ledger) / 填表说明
  const sumRows = [["台账汇总（截至2021年8月31日）"], ["项目", "数量", "单位"], ["村委会", nV, "个"], ["居委会", nC, "个"],
    ["在园企业", eRecs.filter((e) => openedBy(e.entered, CUT) && !(e.left && (e.left.length === 7 ? e.left < CUT.slice(0, 7) : e.left < CUT))).length, "家"],
    ["已支付资金", sum(fRecs.filter((f) => f.date <= CUT).map((f) => f.amount)), "元"], ["月报报送", rRecs.filter((r) => r.date <= CUT).length, "次"]];
  const note = [["填表说明"], ["1．本工作簿为揭东区电子商务进农村综合示范考评台账（二），由区商务局电商股整理。"], ["2．《资金支付流程》以“实际支付日期”为准，审批中的不是支付。"],
    ["3．《园区企业》按房号登记，一间一家。"], ["4．《脱贫人口》来源于全国防返贫监测信息系统。"]];
  return {
    description:
      "揭阳揭东区商务局台账（二）（八个表）：①《填表说明》不是台账；②《村（居）委会名单》按镇分组（“一、玉湖镇（村委会8个、居委会1个）”是分组行），每镇居委会在前，类型栏“村委会／居委会”，“相对贫困村”栏省定／市定／否（市定是市级帮扶村，不是省定；居委会“—”为null），快递服务“通／未通”，合计行不是记录；③《脱贫人口》国扶口径：劳动技能（技能、普通、弱或半劳动力为有；丧失劳动力、“无劳动力（在校生）”为无），务工状态（省外、县外省内为外出；县内务工、未务工不是；“—”为null），户编号和所在村按户纵向合并，身份证号有末位X、一人写成小写x；④《园区企业》按楼层、房号登记，状态“在园”或“已退园（2021.5.31）”“已退园（2021年7月）”——退园时间在括号里，入驻日期混写（“2020年10月”只到月、Excel序号），9月1日入驻的照列；⑤《资金支付流程》申请、财政审核、实际支付三个日期，只读实际支付日期，“审批中”无支付日期的不是记录，金额有数字和“¥436,000.00”式文本，9月3日支付的照列，合计行不是；⑥《月报报送》报告月份与报送日期不同（读报送日期，含“20210108”式八位数字），附扶贫统计表“附／未附”，一期空着；⑦《经验材料》“21.8.16”两位年份；⑧《汇总》不是台账。",
    sheets: [
      { name: "填表说明", rows: note, merges: [] },
      { name: "村（居）委会名单", rows: vRows, merges: vMerges },
      { name: "脱贫人口", rows: pRows, merges: pMerges },
      { name: "园区企业", rows: eRows, merges: eMerges },
      { name: "资金支付流程", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: rRows, merges: ["A1:F1", `A${rRows.length}:F${rRows.length}`] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
      { name: "汇总", rows: sumRows, merges: ["A1:C1"] },
    ],
    expect: {
      sheets: {
        "填表说明": { kind: null },
        "村（居）委会名单": { kind: "villages", records: vRecs },
        "脱贫人口": { kind: "poorPersons", records: pRecs },
        "园区企业": { kind: "enterprises", records: eRecs },
        "资金支付流程": { kind: "funds", records: fRecs },
        "月报报送": { kind: "reports", records: rRecs },
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
write("counties", "b210-c1-qingxin.json", c1);
write("facts", "b210-f1-baiyun.json", f1);
write("facts", "b210-f2-jianghai.json", f2);
write("facts", "b210-f3-chikan.json", f3);
write("ledgers", "b210-l1-xiangzhou.json", l1);
write("ledgers", "b210-l2-jiedong.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
