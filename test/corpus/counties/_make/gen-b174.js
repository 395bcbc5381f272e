// Batch 174 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b172.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (174174), no clock. Run: node test/corpus/_b174/gen-b174.js
//
// c1 南沙区 (广州): the 自评表 is two independent tables side by side (left A–E 自评得分 by indicator, right G–J 基础数据,
//    of different lengths) with the judged sub-points as a horizontal label row / value row strip underneath; ledgers: a 民政
//    村居名单 with 2 “居委会（村改居）” and a 快递进村 ✓/× column (one ×); a station ledger as two stacked blocks (第一批 has no date
//    column, its 挂牌 date is only in the block title; 第二批 dated, with a “待挂牌” row and a September row, each the only station of
//    its village — 60/86 = 69.8%); training sessions whose 参训人次 is split into 男 | 女 columns (no total; an “其中：脱贫人口”
//    column must not be added); a roster of poor persons; a poor-trainee list with one person per row and all of that person's
//    training dates in one cell (“；”-separated, not in order — one person's only pre-cut-off date is the second one); park firms
//    where a renamed firm was added again under its new name with the same credit code; a 收入|支出|余额 journal of the special
//    account (the 下达 income row, a supplier's refund, a September payment); a 电商股工作日志 mixing 报送市局 / 专栏更新 / 经验材料 /
//    会议 / 督导 rows by a 类别 column; media.
// f1 香洲区 (珠海): a statistics-style 基本数据表 whose value cells carry circled footnote markers (“2020.12.28⑤”, “—③”,
//    “386.52⑩”); the notes under the table sometimes only inform and sometimes change the reading (⑤ 试运营 vs 正式投入运营 date,
//    ⑩ a 9月10日 figure with the 8月31日 figure inside the note, ③ “—” meaning no 省定贫困村, ④ the leader before/after May).
// f2 黄埔区 (广州): the clerk's phone memo pasted into column A, one line per row, in shorthand: “126.4w” for 万, “20.11.18”,
//    ✓ and Cantonese “冇” for no, arrows and “+27.5%”, a memo header (app name, edit time) and to-do lines that are not data.
// f3 濠江区 (汕头): a sub-item self-assessment (评分要点 | 完成情况 | 分值 | 自评) laid out as two stacks of blocks side by side
//    (A–D: 组织领导 … 电商人才培训; F–I: 信息公开 … 一票否决), each block with its title row, header row, one row per 评分要点
//    and a 小计 row for multi-item indicators; facts only in the 完成情况 sentences.
// l1 浈江区 (韶关): stations whose 挂牌时间 is given only as a batch (“第二批”) resolved through a 批次 legend at the top (one
//    “单独挂牌 2021.3.8”, the 第四批 only a month, “2021年9月”); training sign-in blocks per session with half-day sign columns
//    (“3月18日上午” …, the year only in the block title; absent trainees “请假” in every cell); poor persons with labour and
//    migrant status combined in one 劳动力状况 column (“有劳动能力（外出务工）”); a 填表说明 page.
// l2 湘桥区 (潮州): a village list with no 类别 column (村民委员会 vs 居民委员会 only in the name, 省定贫困村 marked by a
//    “（省定贫困村）” suffix inside the name); contract payments with all of a contract's payments in one 付款情况 cell
//    (“①2020.10.16 预付30% 45万元；②…”, one “（待验收后支付）” that is not a payment); monthly reports with 报送时限 vs 实际报送
//    (“逾期，2021年2月9日补报”, 扶贫统计 √ / × / blank); media grouped under level section rows (“一、中央级媒体（无）”);
//    a 台账汇总 page that is not a ledger.
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
let seed = 174174;
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
    assert(/^b174-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b174-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b174-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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


// =====================================================================================================
// c1 — 广州南沙区: whole workbook (see the header comment)
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "440115";
  const TOWNS = [["南沙街道", 4, 8], ["珠江街道", 6, 3], ["龙穴街道", 3, 4], ["黄阁镇", 10, 3], ["横沥镇", 9, 2], ["万顷沙镇", 14, 3],
    ["东涌镇", 16, 3], ["大岗镇", 14, 3], ["榄核镇", 10, 2]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("新东西南北大上下沙围基庆民兴合同安鱼石莲", ["窖", "沙", "涌", "围", "洲", "基", "头", "滘", "尾", "岗", "塘", "湾", "冲", "坦"], "村", prefixes);
  const cName = nameMaker("金蕉明珠港悦蒲进丰", ["园", "苑", "景", "华", "城", "晖", "悦", "港"], "社区", prefixes);
  const towns = TOWNS.map(([town, nv, nc]) => ({ town, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()), cgj: [] }));
  // two former villages now 居委会（村改居）: village-like stems, but communities
  towns[3].cgj.push(vName().replace(/村$/, "社区"));
  towns[6].cgj.push(vName().replace(/村$/, "社区"));
  const admin = towns.flatMap((t) => t.vs);
  const comms = towns.flatMap((t) => t.cs.concat(t.cgj));
  assert(admin.length === 86 && comms.length === 33, "c1 86 villages + 33 居委会");
  noStemClash(admin, comms, "c1");
  const townOf = {};
  for (const t of towns) for (const v of t.vs.concat(t.cs, t.cgj)) townOf[v] = t.town;
  const cgjAll = towns.flatMap((t) => t.cgj);

  // ---------------- 村居名单 (区民政局)
  const shA = shuffle(admin);
  const batch1 = shA.slice(0, 36);
  const batch2 = shA.slice(36, 60);
  const vPending = shA[60];
  const vSept = shA[61];
  const noExp = shA[70];
  const vRows = [["南沙区村（居）民委员会名单"], ["（区民政局2021年6月提供；“快递进村”栏据区邮政管理局资料补充：✓已通，×未通）"],
    ["序号", "镇（街）", "名称", "类别", "快递进村", "备注"]];
  const vMerges = ["A1:F1", "A2:F2"];
  let sq = 0;
  for (const t of towns) {
    const r0 = vRows.length + 1;
    t.vs.forEach((v, j) => vRows.push([++sq, j === 0 ? t.town : null, `${v}民委员会`, "村委会", v === noExp ? "×" : "✓", v === noExp ? "计划2021年9月开通" : null]));
    t.cs.forEach((c) => vRows.push([++sq, null, `${c}居民委员会`, "居委会", "—", null]));
    t.cgj.forEach((c) => vRows.push([++sq, null, `${c}居民委员会`, "居委会（村改居）", "✓", "2019年村改居，过渡期保留农村集体经济组织"]));
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push([`合计：村委会${admin.length}个，居委会${comms.length}个（含村改居${cgjAll.length}个）`]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);
  assert(sq === 119, "c1 119 names");

  // ---------------- 站点台账: two stacked blocks
  const B1_DATE = "2020-11-20";
  const tIdx = Object.fromEntries(TOWNS.map(([t], j) => [t, j]));
  const vCell = (v, j) => (j % 3 === 0 ? v : j % 3 === 1 ? `${v}委会` : `${v}民委员会`);
  const short = (v) => v.replace(/村$|社区$/, "");
  const sRows = [["南沙区村级电子商务服务站点台账"], ["（区商务局电商股　更新至2021年9月20日）"]];
  const sMerges = ["A1:H1", "A2:H2"];
  sRows.push([`一、第一批（${cnDate(B1_DATE)}统一挂牌，共${batch1.length}个）`]);
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  sRows.push(["序号", "镇（街）", "站点名称", "所在村", "站长", "联系电话", "备注", null]);
  const b1 = batch1.slice().sort((a, b) => tIdx[townOf[a]] - tIdx[townOf[b]]);
  b1.forEach((v, j) => sRows.push([j + 1, townOf[v], `${short(v)}村电商服务站`, vCell(v, j), personName(), mask(phone()), null, null]));
  sRows.push([null, null, null, null, null, null, null, null]);
  // 第二批: dated rows
  const ST2 = batch2.map((v) => ({ v, op: randIsoBetween("2020-12-15", "2021-08-25"), kind: "站" }));
  ST2[5].op = "2021-05";
  ST2.push({ v: b1[3], op: randIsoBetween("2021-03-01", "2021-07-30"), kind: "second" });
  ST2.push({ v: cgjAll[0], op: randIsoBetween("2021-01-10", "2021-06-30"), kind: "cgj" });
  ST2.push({ v: vSept, op: "2021-09-16", kind: "站" });
  ST2.sort((a, b) => cmp(a.op, b.op));
  ST2.push({ v: vPending, op: null, kind: "pending" });
  sRows.push([`二、第二批（按实际挂牌时间登记，共${ST2.length}个）`]);
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  sRows.push(["序号", "镇（街）", "站点名称", "所在村", "挂牌时间", "站长", "联系电话", "备注"]);
  ST2.forEach((s, j) => {
    let name = `${short(s.v)}村电商服务站`;
    if (s.kind === "second") name = `${short(s.v)}村益农信息社电商服务点`;
    if (s.kind === "cgj") name = `${short(s.v)}社区电商服务点`;
    const vill = s.kind === "cgj" ? `${s.v}居委会` : vCell(s.v, j + 1);
    let dcell;
    if (s.op === null) dcell = "待挂牌";
    else if (s.op.length === 7) dcell = "2021年5月";
    else dcell = dateCell(s.op, j);
    const note = s.kind === "pending" ? "设备已进场，未挂牌运营" : s.kind === "second" ? "本村第二个服务点" : s.kind === "cgj" ? "村改居社区" : s.op > CUT ? "9月挂牌" : null;
    sRows.push([j + 1, townOf[s.v], name, vill, dcell, personName(), mask(phone()), note]);
  });
  sRows.push([`注：第一批${batch1.length}个站点${cnDate(B1_DATE)}在区电商公共服务中心统一授牌，未逐站登记挂牌时间。`]);
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  const adminSet = new Set(admin);
  const opened = (o) => o !== null && o <= CUT;
  const cov = new Set(batch1.concat(ST2.filter((s) => adminSet.has(s.v) && opened(s.op)).map((s) => s.v)));
  assert(cov.size === 60, "c1 60 villages covered " + cov.size);
  assert(!ratioGE(60, 86, 70) && ratioGE(61, 86, 70) && ratioGE(60, 86, 50), "c1 60/86 = 69.8% → 2, 61/86 → 5");
  assert(!cov.has(vPending) && !cov.has(vSept), "c1 the 待挂牌 and September villages have no other station");

  // ---------------- 脱贫人口 roster
  const CODES = shuffle([].concat(Array(48).fill("E"), Array(6).fill("M"), Array(6).fill("N")));
  const hhVill = shuffle(admin).slice(0, 14);
  const persons = [];
  const pRows = [["南沙区脱贫人口（含监测对象）劳动力情况表"], ["（区农业农村局提供，2021年7月）"],
    ["序号", "镇（街）", "村", "户主姓名", "姓名", "与户主关系", "身份证号", "劳动能力", "是否外出务工", "备注"]];
  const pMerges = ["A1:J1", "A2:J2"];
  let ci = 0;
  let h = 0;
  let xDone = false;
  while (ci < CODES.length) {
    const size = Math.min(CODES.length - ci, rint(2, 4));
    // the elderly without labour capacity are listed last, as the head's parents
    const codes = CODES.slice(ci, ci + size).sort((a, b) => (a === "N") - (b === "N"));
    ci += size;
    const v = hhVill[h % hhVill.length];
    h++;
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    const r0 = pRows.length + 1;
    let head = null;
    let headY = 0;
    let headMale = true;
    codes.forEach((c, j) => {
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
      const wantX = c === "E" && !xDone ? true : undefined;
      const id = makeId(REGION, birth, rel === "配偶" ? !headMale : male, wantX);
      if (wantX) xDone = true;
      const name = rel === "配偶" ? personName() : personName(sn);
      if (j === 0) head = name;
      const p = { id, name, c, v, eligible: c === "E", migrant: c === "M" };
      persons.push(p);
      const lab = c === "N" ? "无" : "有";
      const mig = c === "N" ? null : c === "M" ? "是" : "否";
      const note = c === "M" ? ["深圳务工", "佛山务工", "东莞务工", "中山务工"][rint(0, 3)] : c === "N" ? "年老体弱" : null;
      pRows.push([persons.length, j === 0 ? townOf[v] : null, j === 0 ? v : null, j === 0 ? head : null, name, rel, id, lab, mig, note]);
    });
    for (const col of ["B", "C", "D"]) mergeCol(pMerges, col, r0, pRows.length);
  }
  const eligible = persons.filter((p) => p.eligible);
  const migrants = persons.filter((p) => p.migrant);
  assert(persons.length === 60 && eligible.length === 48 && migrants.length === 6, "c1 roster 60, 48 eligible");
  const xP = eligible.find((p) => p.id.endsWith("X"));
  assert(xP, "c1 an X id");

  // ---------------- 培训班次 (sessions)
  const SD = ["2020-09-24", "2020-10-15", "2020-10-29", "2020-11-12", "2020-11-26", "2020-12-10", "2020-12-24", "2021-01-14", "2021-03-04",
    "2021-03-18", "2021-04-09", "2021-04-22", "2021-05-13", "2021-05-27", "2021-06-10", "2021-06-24", "2021-07-08", "2021-07-22", "2021-08-05",
    "2021-08-19", "2021-08-26", "2021-09-09", "2021-09-23"];
  const TOPIC = ["电商基础知识普及", "网店开设与运营", "短视频拍摄与剪辑", "直播带货实操", "农产品包装与品牌", "社群团购运营", "跨境电商入门"];
  const PLACE = ["区电子商务公共服务中心", "东涌镇党群服务中心", "大岗镇文化站", "榄核镇会议中心", "横沥镇党群服务中心", "万顷沙镇农技站", "黄阁镇文化站"];
  const CLS = SD.map((d, j) => ({ no: j + 1, d, got: rint(175, 245), topic: TOPIC[j % TOPIC.length], place: PLACE[j % PLACE.length] }));
  const RANGE_NO = 11;
  assert(CLS[RANGE_NO - 1].d === "2021-04-09", "c1 the two-day class");
  CLS[RANGE_NO - 1].topic = "电商运营提升班（两天）";
  const pre = CLS.filter((c) => c.d <= CUT);
  assert(pre.length === 21, "c1 21 sessions by the cut-off");
  for (let diff = 4410 - sum(pre.map((c) => c.got)), j = 0; diff !== 0; j = (j + 5) % 21) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 9);
    if (CLS[j].got + st >= 160 && CLS[j].got + st <= 260) {
      CLS[j].got += st;
      diff -= st;
    }
  }
  CLS[21].got = 318;
  CLS[22].got = 342;
  for (const c of CLS) {
    c.m = Math.round(c.got * (0.38 + rnd() * 0.2));
    c.f = c.got - c.m;
  }
  const ptPre = sum(pre.map((c) => c.got));
  const ptAll = sum(CLS.map((c) => c.got));
  const malePre = sum(pre.map((c) => c.m));
  assert(ptPre === 4410 && ptAll === 5070, "c1 4,410 person-times by the cut-off, 5,070 with September");
  assert(!ratioGE(ptPre, 500000, 1) && ptPre * 1000 >= 500000 * 8 && ratioGE(ptAll, 500000, 1), "c1 0.88% → 8; with September 1.01% → 10");
  assert(malePre * 1000 < 500000 * 6, "c1 the 男 column alone is under 0.6%");

  // ---------------- 脱贫人员参训名单: one person per row, dates in one cell
  const preNos = pre.map((c) => c.no);
  const pool = shuffle(eligible.filter((p) => p !== xP));
  const trainedE = [xP].concat(pool.slice(0, 23));
  const pA = trainedE[9];
  const pB = pool[23];
  const att = [];
  for (const p of trainedE) {
    let nos;
    if (p === pA) nos = [22, 10];
    else {
      const k = rnd() < 0.55 ? 1 : rnd() < 0.7 ? 2 : 3;
      nos = shuffle(preNos.slice(1)).slice(0, k).sort((a, b) => a - b);
    }
    att.push({ p, nos });
  }
  att.push({ p: pB, nos: [23] });
  att.push({ p: migrants[0], nos: [shuffle(preNos)[0]] });
  att.push({ p: migrants[3], nos: [RANGE_NO] });
  // make sure the two-day class appears in someone's multi-date cell
  const multi = att.find((a) => a.nos.length >= 2 && a.p !== pA && !a.nos.includes(RANGE_NO));
  multi.nos[multi.nos.length - 1] = RANGE_NO;
  multi.nos = [...new Set(multi.nos)].sort((a, b) => a - b);
  const att2 = shuffle(att);
  const clsOf = Object.fromEntries(CLS.map((c) => [c.no, c]));
  const oneDate = (no, style) => {
    if (no === RANGE_NO) return "2021.4.8-9";
    const d = clsOf[no].d;
    return style === 0 ? dotDate(d) : style === 1 ? cnDate(d) : slashDate(d);
  };
  const aRows = [["南沙区脱贫人口参加电商培训名单（按人登记）"], ["（各期参训人次已含在《培训班次》表中，本表按人汇总；多期参训的日期用“；”隔开）"],
    ["序号", "姓名", "身份证号", "所在村", "参训日期", "参训期数", "备注"]];
  let pACell = null;
  let pBCell = null;
  att2.forEach((a, j) => {
    const style = j % 3;
    const cell = a.nos.map((no) => oneDate(no, style)).join(j % 4 === 1 ? "； " : "；");
    if (a.p === pA) pACell = cell;
    if (a.p === pB) pBCell = cell;
    let idCell = a.p.id;
    if (a.p === xP) idCell = a.p.id.slice(0, 17) + "x";
    aRows.push([j + 1, a.p.name, idCell, `${a.p.v}委会`, cell, a.nos.length, a.p.migrant ? "外出务工返乡期间参训" : a.p === pB ? "9月参训" : null]);
  });
  const aMerges = ["A1:G1", "A2:G2"];
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedIds = new Set(att.filter((a) => eligIds.has(a.p.id) && a.nos.some((no) => clsOf[no].d <= CUT)).map((a) => a.p.id));
  const firstOnly = new Set(att.filter((a) => eligIds.has(a.p.id) && clsOf[a.nos[0]].d <= CUT).map((a) => a.p.id));
  assert(/^2021[./年]9[./月]9日?； ?2021[./年]3[./月]18日?$/.test(pACell) && /^2021[./年]9[./月]23日?$/.test(pBCell), "c1 pA/pB cells " + pACell);
  assert(trainedIds.size === 24 && firstOnly.size === 23, "c1 24 eligible trained; 23 if only the first date of a cell is read");
  assert(ratioGE(24, 48, 50) && !ratioGE(23, 48, 50) && ratioGE(23, 48, 40) && !ratioGE(24, 48, 70), "c1 50% → 10; 47.9% → 8");
  // 其中：脱贫人口 per session, from the list
  const poorBy = {};
  for (const a of att) for (const no of a.nos) poorBy[no] = (poorBy[no] || 0) + 1;

  const tRows = [["南沙区农村电商培训班次登记表"], ["期次", "培训日期", "培训主题", "培训地点", "参训人次", null, "其中：脱贫人口（人次）", "承办单位"],
    [null, null, null, null, "男", "女", null, null]];
  const tMerges = ["A1:H1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:G3", "H2:H3"];
  CLS.forEach((c, j) => {
    const dcell = c.no === RANGE_NO ? "2021.4.8-9" : dateCell(c.d, j + 1);
    const f = j === 7 ? fullWidth(String(c.f)) : c.f;
    tRows.push([`第${c.no}期`, dcell, c.topic, c.place, c.m, f, poorBy[c.no] || 0, j % 2 ? "广州南沙云帆电商运营有限公司" : "南沙区职业培训学校"]);
  });
  tRows.push(["合计", null, null, null, sum(CLS.map((c) => c.m)), sum(CLS.map((c) => c.f)), sum(CLS.map((c) => poorBy[c.no] || 0)), null]);
  tMerges.push(`A${tRows.length}:D${tRows.length}`);
  tRows.push(["注：参训人次按签到统计，男、女分列；“其中：脱贫人口”已含在男、女人次内，不另计。"]);
  tMerges.push(`A${tRows.length}:H${tRows.length}`);

  // ---------------- 入驻企业 (a renamed firm added again with the same code)
  const FIRMS = [["广州市南沙区湾区优选电子商务有限公司", "平台型"], ["广州南沙农品汇网络科技有限公司", "平台型"], ["广州市南沙区鲜农电子商务有限公司", "销售型"],
    ["南沙区万顷沙水果网店", "销售型"], ["广州市南沙区东涌番薯特产商行", "销售型"], ["广州市南沙区横沥莲藕电子商务有限公司", "销售型"],
    ["广州南沙云帆电商运营有限公司", "电商运营商"], ["广州市南沙区启明代运营工作室", "电商运营商"], ["广州市南沙区港通物流有限公司", "物流企业"],
    ["中国邮政集团有限公司广州市南沙区分公司电商揽投部", "物流企业"], ["广州市南沙区冷链云仓储有限公司", "物流企业"], ["广州市南沙区星潮直播传媒有限公司", "直播机构"],
    ["广州市南沙区禾田品牌设计有限公司", "设计服务"], ["广州市南沙区大岗麦芽糖电商商行", "销售型"], ["广州市南沙区榄核牛奶网店", "销售型"],
    ["广州南沙跨境优品贸易有限公司", "平台型"], ["广州市南沙区数智电商服务有限公司", "电商运营商"], ["广州市南沙区黄阁渔家电子商务有限公司", "销售型"],
    ["广州市南沙区湾区供应链管理有限公司", "物流企业"]].map(([n, t]) => ({ n, t, code: creditCode(REGION), iso: randIsoBetween("2020-06-05", "2021-08-20") }));
  FIRMS[2].iso = "2020-08-05";
  const renamed = { n: "广州湾区鲜农供应链有限公司", t: "销售型", code: FIRMS[2].code, iso: "2021-04-12", note: `由“${FIRMS[2].n}”更名` };
  const leftF = { n: "广州市南沙区果然鲜电子商务有限公司", t: "销售型", code: creditCode(REGION), iso: "2020-09-18", out: "2021-05-20", note: "经营调整退园" };
  const eList = FIRMS.slice();
  eList.splice(7, 0, leftF);
  eList.push(renamed);
  const eRows = [["南沙区电子商务产业园入驻企业名单"], ["（园区运营方提供）"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退出日期", "备注"]];
  eList.forEach((f, j) => eRows.push([j + 1, f.n, f.code, f.t, dateCell(f.iso, j + 2), f.out ? cnDate(f.out) : null, f.note || null]));
  const inPark = eList.filter((f) => f.iso <= CUT && !(f.out && f.out <= CUT));
  const inCodes = new Set(inPark.map((f) => f.code));
  assert(eList.length === 21 && inPark.length === 20 && inCodes.size === 19, "c1 21 rows, 20 names in the park, 19 distinct codes");

  // ---------------- 专项资金明细账 (收入 | 支出 | 余额)
  const J = [["2020-07-08", "收到省级专项资金（粤商务电函〔2019〕29号）", 5000000, 0],
    ["2020-09-28", "付区电商公共服务中心建设首期款（广州南沙云帆电商运营有限公司）", 0, 600000],
    ["2020-11-16", "付村级站点建设首期款（中国邮政南沙区分公司）", 0, 480000],
    ["2020-12-21", "付农村电商培训服务费第一期（南沙区职业培训学校）", 0, 186000],
    ["2021-01-25", "付镇村物流配送体系建设首期款（广州市南沙区港通物流有限公司）", 0, 300000],
    ["2021-03-12", "付区电商公共服务中心建设进度款（广州南沙云帆电商运营有限公司）", 0, 520000],
    ["2021-04-20", "付村级站点建设进度款（中国邮政南沙区分公司）", 0, 420000],
    ["2021-05-26", "付农产品品牌推广服务费（广州市南沙区禾田品牌设计有限公司）", 0, 210000],
    ["2021-06-18", "收南沙区职业培训学校退回第一期多付培训费（结算调整）", 36000, 0],
    ["2021-06-28", "付冷链及溯源系统建设首期款（广州市南沙区冷链云仓储有限公司）", 0, 250000],
    ["2021-07-19", "付农村电商培训服务费第二期（南沙区职业培训学校）", 0, 174000],
    ["2021-08-24", "付公共信息服务平台建设款（广州市南沙区数智电商服务有限公司）", 0, 340000],
    ["2021-09-03", "付镇村物流配送体系建设进度款（广州市南沙区港通物流有限公司）", 0, 200000]];
  const fRows = [["南沙区省级电子商务进农村综合示范专项资金明细账"], ["科目：专项应付款—电子商务进农村综合示范　　单位：元"],
    ["日期", "凭证号", "摘要", "收入", "支出", "余额"]];
  let bal = 0;
  J.forEach(([iso, what, inc, out], j) => {
    bal += inc - out;
    const money = (x) => (x === 0 ? null : j % 4 === 2 ? fmtMoney(x) : x);
    fRows.push([j % 5 === 3 ? dotDate(iso) : D(iso), `记-${iso.slice(0, 7)}-${String(rint(1, 40)).padStart(3, "0")}`, what, money(inc), money(out), bal]);
  });
  fRows.push([null, null, "合计", sum(J.map((x) => x[2])), sum(J.map((x) => x[3])), bal]);
  const fMerges = ["A1:F1", "A2:F2"];
  const spentPre = sum(J.filter((x) => x[0] <= CUT).map((x) => x[3]));
  const refund = sum(J.filter((x) => x[0] <= CUT && x[2] > 0 && x[0] > "2020-07-08").map((x) => x[2]));
  const spentAll = sum(J.map((x) => x[3]));
  assert(spentPre === 3480000 && refund === 36000 && spentAll === 3680000, "c1 payments");
  assert(!ratioGE(spentPre, 5000000, 70) && !ratioGE(spentPre - refund, 5000000, 70) && ratioGE(spentAll, 5000000, 70), "c1 69.6% (68.9% net) → −5; with September 73.6%");

  // ---------------- 工作日志 (mixed categories)
  const LOG = [];
  for (const m of monthsBetween("2020-08", "2021-09")) {
    const [y, mo] = m.split("-").map(Number);
    const ld = lastDay(y, mo);
    LOG.push({ d: `${m}-${String(rint(ld - 5, ld - 1)).padStart(2, "0")}`, cat: "报送市局", what: `报送${cnMonth(m)}电商进农村示范创建工作进展及统计数据${m >= "2020-10" ? "（含脱贫人口电商培训统计）" : ""}`, to: "广州市商务局" });
    if (m !== "2021-03") LOG.push({ d: `${m}-${String(rint(6, 15)).padStart(2, "0")}`, cat: "专栏更新", what: `区政府网专栏发布“项目建设进度（${cnMonth(monthsBetween("2020-01", m).slice(-2)[0])}）”`, to: "区政府网“电子商务进农村”专栏" });
  }
  LOG.push({ d: "2020-09-10", cat: "会议", what: "召开示范创建领导小组第二次会议", to: "领导小组成员单位" });
  LOG.push({ d: "2020-11-20", cat: "督导", what: "第一批村级站点统一授牌后逐站督导", to: "各镇（街）" });
  LOG.push({ d: "2021-01-20", cat: "会议", what: "召开承建单位工作推进会", to: "各承建单位" });
  LOG.push({ d: "2021-05-07", cat: "会议", what: "召开示范创建中期推进会", to: "领导小组成员单位" });
  LOG.push({ d: "2021-06-25", cat: "经验材料", what: "报送《南沙区“电商＋湾区菜篮子”助农增收经验做法》", to: "广州市商务局" });
  LOG.push({ d: "2021-07-12", cat: "督导", what: "村级站点运营情况抽查（第二批）", to: "东涌、大岗、榄核镇" });
  LOG.push({ d: "2021-09-14", cat: "经验材料", what: "报送《南沙区电子商务进农村综合示范创建工作总结》", to: "广东省商务厅" });
  LOG.sort((a, b) => cmp(a.d, b.d));
  const gRows = [["南沙区商务局电商股工作日志（电子商务进农村）"], ["日期", "类别", "事项", "对象／栏目", "经办人", "备注"]];
  LOG.forEach((e, j) => gRows.push([j % 7 === 3 ? dotDate(e.d) : D(e.d), e.cat, e.what, e.to, ["黄××", "陈××", "梁××"][j % 3], null]));
  const repM = new Set(LOG.filter((e) => e.cat === "报送市局" && e.d <= CUT).map((e) => ym(e.d)));
  const disM = new Set(LOG.filter((e) => e.cat === "专栏更新" && e.d <= CUT).map((e) => ym(e.d)));
  const allM = new Set(LOG.filter((e) => e.d <= CUT).map((e) => ym(e.d)));
  assert(WINDOW.every((w) => repM.has(w)) && WINDOW.filter((w) => !disM.has(w)).join() === "2021-03" && WINDOW.every((w) => allM.has(w)), "c1 log months");

  // ---------------- 宣传报道
  const MEDIA = [["2020-12-15", "南沙电视台《南沙新闻》", "区级", "电视", "我区首批村级电商服务站授牌", "否"],
    ["2021-03-09", "广州日报", "市级", "报纸", "南沙：电商服务站开进水乡", "否"],
    ["2021-05-20", "广州电视台《广州新闻》", "市级", "电视", "南沙脱贫户直播卖莲藕，电商帮扶见实效", "是"],
    ["2021-07-16", "“南沙发布”微信公众号", "区级", "网络", "南沙电商进农村示范创建这一年", "否"],
    ["2021-09-06", "南方+客户端", "省级", "网络", "南沙：电商服务站串起水乡振兴路", "否"]];
  const mRows = [["南沙区电子商务进农村宣传报道登记表"], ["序号", "日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"]];
  MEDIA.forEach((x, j) => mRows.push([j + 1, j % 2 ? cnDate(x[0]) : D(x[0]), x[1], x[2], x[3], `《${x[4]}》`, x[5]]));
  const lv = new Set(MEDIA.filter((x) => x[0] <= CUT).map((x) => x[2]));
  assert([...lv].sort().join() === "区级,市级", "c1 city + county");

  // ---------------- 自评表: two independent tables side by side + judged strip
  const IND = [["组织领导", 2, 2, "区长任组长"], ["方案制定", 2, 2, null], ["政策支持", 2, 2, null], ["项目管理", 4, 4, null],
    ["服务体系建设（县级中心与产业园）", 15, 15, null], ["服务体系建设（村级站点覆盖）", 10, 10, "61个村有站点"], ["农村产品上行", 10, 6, "增速未达30%"],
    ["电商人才培训", 20, 20, null], ["信息公开", 4, 4, null], ["数据上报", 6, 6, null], ["案例总结", 2, 2, null], ["经验推广", 8, 8, "省、市、区级均有报道"],
    ["制度建立", 5, 4, null], ["资金台账", 5, 4, null], ["资金支出", 5, 3, "支出率69.6%，接近70%"], ["加分项：贫困人口培训率≥70%", 2, 0, null], ["加分项：电商扶贫典型案例电视播报", 2, 0, null]];
  const BASE = [["县（区）", "南沙区", null, null], ["考评截止日期", "2021年8月31日", null, null], ["常住人口", 84.64, "万人", "第七次全国人口普查"],
    ["行政村数", 86, "个", `另有居委会${comms.length}个（含村改居${cgjAll.length}个），不计入`], ["省定贫困村数", 0, "个", "本区无省定贫困村"],
    ["领导小组组长", "区委副书记、区长", null, "穗南府办〔2020〕11号"], ["领导小组成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局", null, null],
    ["示范县工作方案", "已印发", null, "穗南府办〔2020〕14号"], ["农村电商扶持政策", "已出台", null, null], ["公共服务中心投入运营日期", "2021年3月1日", null, null],
    ["中心免费培训场所和设备", "有", null, null], ["中心免费展示、销售农产品", "有", null, null], ["中心免费摄影、美工", "有", null, null],
    ["中心农产品统一推广、品牌建设指导", "有", null, null], ["中心其他衍生增值服务", "有", null, "代办执照、融资对接"], ["电商产业园", "已建成", null, null],
    ["产业园入驻企业", 21, "家", null], ["专业第三方运营服务商", "有", null, null], ["行政村快递覆盖率", 100, "%", null],
    ["2019年农村网络零售额", 15.62, "亿元", "省商务厅提供"], ["2020年农村网络零售额", 19.85, "亿元", "省商务厅提供"],
    ["2019年农产品网络零售额", 1.85, "亿元", "省商务厅提供"], ["2020年农产品网络零售额", 2.38, "亿元", "省商务厅提供"],
    ["电商培训人次", fmtInt(ptPre), "人次", null], ["有劳动能力的脱贫人口（不含外出务工）", 48, "人", "区农业农村局核定"], ["参加培训的脱贫人口", 25, "人", null],
    ["专栏公示创建方案", "是", null, null], ["专栏公示项目基本信息", "是", null, null], ["专栏公示项目建设进度", "是", null, null], ["专栏监督举报窗口", "是", null, null],
    ["能统计电商扶贫情况", "能", null, null], ["下达省级专项资金", 500, "万元", null], ["累计拨付资金", wan(spentPre), "万元", "支出率69.6%"],
    ["项目总体进度", 76, "%", null], ["资金管理制度", "已制定", null, null], ["资金专用台账", "已建立", null, null],
    ["发生安全生产、质量事故或重大损失", "无", null, null], ["弄虚作假", "无", null, null]];
  const JUD = [["方案制定", 2], ["政策支持", 2], ["项目管理制度", 2], ["工作台账", 2], ["网销调研", 2], ["网络促销活动", 1], ["交易标准与冷链溯源", 1],
    ["资金管理制度", 4], ["资金台账", 4], ["资金及时拨付", 3]];
  const W = 10;
  const grid = [["南沙区2019年省级电子商务进农村综合示范创建考评自评表"], ["填报单位：广州市南沙区商务局　　　考评截止日期：2021年8月31日　　　填报日期：2021年9月8日"],
    ["一、自评得分", null, null, null, null, null, "二、基础数据"], ["序号", "评价指标", "分值", "自评分", "说明", null, "项目", "数据", "单位", "说明"]];
  const gMerges = ["A1:J1", "A2:J2", "A3:E3", "G3:J3"];
  const nBody = Math.max(IND.length + 1, BASE.length);
  for (let k = 0; k < nBody; k++) {
    const row = padRow([], W);
    if (k < IND.length) {
      const x = IND[k];
      row[0] = k + 1;
      row[1] = x[0];
      row[2] = x[1];
      row[3] = x[2];
      row[4] = x[3];
    } else if (k === IND.length) {
      row[1] = "合计";
      row[2] = 100;
      row[3] = `${sum(IND.slice(0, 15).map((x) => x[2]))}＋${sum(IND.slice(15).map((x) => x[2]))}`;
    }
    if (k < BASE.length) {
      const b = BASE[k];
      row[6] = b[0];
      row[7] = b[1];
      row[8] = b[2];
      row[9] = b[3];
    }
    grid.push(row);
  }
  grid.push(padRow([], W));
  grid.push(["三、主观评分项自评（分）"]);
  gMerges.push(`A${grid.length}:J${grid.length}`);
  grid.push(JUD.map((x) => x[0]));
  grid.push(JUD.map((x) => x[1]));
  grid.push(padRow([], W));
  grid.push(["填表人：黄××　　审核：区商务局副局长 陈××　　联系电话：020-39xxxxxx"]);
  gMerges.push(`A${grid.length}:J${grid.length}`);
  assert(sum(IND.slice(0, 15).map((x) => x[2])) === 92, "c1 claimed 92");

  // ---------------- points
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 2 + 2,
    "work.center": 2 + 0 + 2 + 1 + 1 + 1 + 1 + 2 + 0 + 1, "work.coverage": 2 + 5, "work.upward": 2 + 1 + 1 + 0 + 1 + 0,
    "work.training": 8 + 10, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": -5, "bonus.poorTraining": 0, "bonus.tvCase": 0,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 69 && bonus === 0, "c1 total " + scored);
  assert(!(1985 * 10 >= 1562 * 13) && !(238 * 10 >= 185 * 13), "c1 both growths under 30%");
  assert(pct1(1985 - 1562, 1562) === "27.1%" && pct1(238 - 185, 185) === "28.6%", "c1 growth figures");
  const inType = new Set(inPark.map((f) => f.t));
  assert(["平台型", "销售型", "电商运营商", "物流企业"].every((t) => inType.has(t)), "c1 four types");
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = IND[j][2]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 0;
  const derivation = [
    "org.leadership: 自评表右边基础数据：组长“区委副书记、区长”（主要领导），成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局 → 2",
    "org.plan: 下方“三、主观评分项自评”横排两行：方案制定2 → 2",
    "org.policy: 政策支持2 → 2",
    "org.management: 项目管理制度2、工作台账2 → 4",
    `work.center: 中心2021年3月1日投入运营 ≤ 截止日 → 2；运行6个月要求在2021-02-28或以前运营，3月1日晚了一天 → 0；免费培训2、展示销售1、摄影美工1、品牌推广1、其他增值服务1；产业园已建成 → 2；入驻企业名单21行：“${leftF.n}”2021年5月20日退园不算，“${renamed.n}”是“${FIRMS[2].n}”更名后又登记一行、统一社会信用代码相同只算一家 → 19家 < 20 → 0；类型有平台型、销售型、电商运营商、物流企业 → 1；合计11（自评15）`,
    `work.coverage: 村居名单村委会86个（居委会31个和“居委会（村改居）”2个不算），86 < 200 以86为基数；站点台账第一批${batch1.length}个站没有挂牌时间列，块标题写明${cnDate(B1_DATE)}统一挂牌，都算；第二批截止日前挂牌的覆盖另外${batch2.length}个村（一格“2021年5月”算；“${b1[3]}”第二个服务点不重复算；村改居社区站不算）；“${vPending}”只有一个“待挂牌”站、“${vSept}”只有一个2021年9月16日挂牌的站，都不算 → 60/86 = 69.8% < 70% → 2（把任一个算进去就是61/86 = 70.9%）；无省定贫困村 → 5（提示）；合计7（自评10）`,
    `work.upward: 网销调研2、网络促销1；第三方运营服务商有 → 1；村居名单有“快递进村”栏，“${noExp}”为“×” → 0（自评表写快递覆盖率100%，与名单不符，提示）；交易标准与冷链溯源1；农村网络零售额15.62亿→19.85亿元增长27.1%，农产品网络零售额1.85亿→2.38亿元增长28.6%，都不到30% → 0；合计5（自评6）`,
    `work.training: 培训班次登记表“参训人次”分男、女两列，要相加（“其中：脱贫人口”已含在内，不加；合计行不是班次）：截止日前21期共${fmtInt(ptPre)}人次（第11期“2021.4.8-9”读4月9日；一格全角数字），9月两期660人次不算；常住人口84.64万人封顶50万 → ${fmtInt(ptPre)}/500,000 = 0.88% → 8（只读男列是${fmtInt(malePre)}人次，不到0.6%）；脱贫人口名单60人，有劳动能力且不外出务工的48人；参训名单一人一行、参训日期写在一格里用“；”隔开：截止日前参训的应培训人员24人（${pA.name}那格写“${pACell}”，第二个日期在截止日前，算；${pB.name}只有“${pBCell}”不算；2名外出务工人员不算；一人身份证号末位小写x） → 24/48 = 50.0% → 10（自评表写参训25人，以名单为准，提示）；合计18（自评20）`,
    "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度，有监督举报窗口 → 2；工作日志“专栏更新”类：2020年9月至2021年8月除2021年3月外每月都有 → 不定时 → 1；合计3（自评4）",
    "info.reporting: 工作日志“报送市局”类：2020年9月至2021年8月每月都有 → 3；自评表“能统计电商扶贫情况：能”，10月起月报含脱贫人口培训统计 → 3；合计6",
    "promo.cases: 工作日志“经验材料”类2021年6月25日报广州市商务局 → 2（9月14日报省厅那份在截止日后）",
    "promo.media: 截止日前：广州日报、广州电视台（市级） → 3；南沙电视台、“南沙发布”（区级） → 1；南方+（省级）2021年9月6日在截止日后不算 → 4（自评8）",
    "fund.system: 资金管理制度4 → 4",
    "fund.ledger: 资金台账4 → 4",
    `fund.spending: 专项资金明细账只读“支出”列（“收入”列第一行是下达的500万元、6月18日是培训学校退回的36,000元，“余额”是滚动数，合计行不是拨付）：截止日前10笔支出${fmtMoney(spentPre)}元 ÷ 5,000,000 = 69.6% < 70%（扣掉退回款是68.9%，也不到） → −5；9月3日200,000元在截止日后不算（算进去就是73.6%）；自评3`,
    "bonus.poorTraining: 24/48 = 50% < 70% → 0",
    "bonus.tvCase: 典型案例只在广州电视台（市级）播出 → 0",
    "veto.incident: 自评表“发生安全生产、质量事故或重大损失：无” → 不否决",
    "veto.progress: 项目总体进度76% ≥ 40% → 不否决",
    "veto.fraud: “弄虚作假：无” → 不否决",
  ];
  return {
    description:
      `广州南沙区商务局整本考评工作簿（10个表），69分、无加分、未否决（自评92）：《自评表》一张表左右两块互不对齐的表（左A—E“一、自评得分”按指标一行，右G—J“二、基础数据”项目｜数据｜单位｜说明，比左边长），下面“三、主观评分项自评”是横排的标签一行、分数一行（中心2021年3月1日运营差一天不满6个月）；台账有区民政局村居名单（两个“居委会（村改居）”，快递进村✓/×一村“×”）、站点台账上下两块（第一批没有挂牌时间列、日期只在块标题“${cnDate(B1_DATE)}统一挂牌”里，第二批有“待挂牌”和9月挂牌的各一站，60/86=69.8%）、培训班次（参训人次分男、女两列无合计列，另有“其中：脱贫人口”列不能相加）、脱贫人口劳动力情况表、脱贫人员参训名单（一人一行，几期的参训日期挤在一格用“；”隔开、不按先后）、入驻企业（一家更名后用新名字又登记一行、信用代码相同）、专项资金明细账（收入｜支出｜余额，下达款和一笔退回款在收入列，9月一笔支出）、电商股工作日志（报送市局、专栏更新、经验材料、会议、督导按“类别”列混在一起）和宣传报道。`,
    sheets: [
      { name: "自评表", rows: grid, merges: gMerges },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "培训班次", rows: tRows, merges: tMerges },
      { name: "脱贫人口", rows: pRows, merges: pMerges },
      { name: "脱贫人员参训名单", rows: aRows, merges: aMerges },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1", "A2:G2"] },
      { name: "专项资金明细账", rows: fRows, merges: fMerges },
      { name: "工作日志", rows: gRows, merges: ["A1:F1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 珠海香洲区: statistics-style data sheet with circled footnote markers in the value cells
// =====================================================================================================
function buildF1() {
  const CIRC = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫";
  // [指标, 计量单位, 数值 (marker appended later), 数据来源, note index or null]
  const NOTES = [];
  const mark = (text) => {
    NOTES.push(text);
    return CIRC[NOTES.length - 1];
  };
  const R = [];
  const add = (label, unit, value, src, note) => R.push([label, unit, value, src, note ? mark(note) : null]);
  const sec = (t) => R.push([t]);
  sec("一、基本情况");
  add("常住人口", "万人", "102.41", "区统计局", "第七次全国人口普查常住人口数。");
  add("行政村", "个", "9", "区民政局", "另有社区居民委员会，不计入行政村。");
  add("省定贫困村", "个", "—", "区农业农村局", "本区无省定贫困村。");
  sec("二、组织领导和政策");
  add("领导小组组长", "—", "区长", "香府办〔2021〕9号", "2021年5月领导小组调整，此前组长为分管副区长；表中为调整后的现任组长。");
  add("领导小组成员单位", "—", "区商务局、区财政局、区农业农村局、区乡村振兴局（原区扶贫办）、区市场监管局、区交通运输局", "同上", null);
  add("示范县工作方案", "—", "已印发", "香府办〔2020〕15号", null);
  add("支持农村电商发展政策", "—", "已出台", "《香洲区促进农村电子商务发展若干措施》", null);
  sec("三、公共服务中心和产业园");
  add("公共服务中心投入运营日期", "—", "2020.12.28", "区商务局", "2020年12月28日为试运营日期；中心经验收后于2021年1月18日正式投入运营。");
  add("免费培训场所、培训设备", "有／无", "✓", "现场核实", null);
  add("免费展示、销售特色农产品", "有／无", "✓", "现场核实", null);
  add("免费摄影、美工服务", "有／无", "✓", "现场核实", "摄影棚由中心运营方管理，对入驻主体免费开放。");
  add("农产品统一推广、品牌建设指导", "有／无", "✓", "现场核实", null);
  add("其他衍生增值服务", "有／无", "×", "现场核实", null);
  add("电商产业园", "—", "已整合优化", "区商务局", null);
  sec("四、农村产品上行");
  add("专业第三方电子商务运营服务商", "有／无", "✓", "区商务局", null);
  add("行政村物流快递覆盖率", "%", "100", "区邮政管理局", null);
  add("2019年农村网络零售额", "亿元", "24.36", "省商务厅", "由省商务厅提供，下同。");
  add("2020年农村网络零售额", "亿元", "29.87", "省商务厅", null);
  add("2019年农产品网络零售额", "亿元", "1.92", "省商务厅", null);
  add("2020年农产品网络零售额", "亿元", "2.61", "省商务厅", "含跨境电商农产品出口0.24亿元。");
  add("2020年农村网络零售额同比增速", "%", "22.6", "计算", null);
  add("2020年农产品网络零售额同比增速", "%", "35.9", "计算", null);
  sec("五、人才培训");
  add("电商培训人次", "人次", "5,418", "培训台账", "含线上直播课1,206人次，已按签到去重。");
  add("有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "37", "区乡村振兴局", null);
  add("参加培训的建档立卡贫困人口", "人", "21", "培训台账", null);
  sec("六、信息公开和数据报送");
  add("专栏公示创建方案", "是／否", "是", "区政府网", null);
  add("专栏公示项目基本信息", "是／否", "是", "区政府网", null);
  add("专栏公示项目建设进度", "是／否", "是", "区政府网", null);
  add("专栏设立征求意见或监督举报窗口", "是／否", "是", "区政府网", null);
  add("能统计电商扶贫情况", "是／否", "是", "区商务局", null);
  sec("七、资金管理");
  add("下达省级专项资金", "万元", "500", "粤商务电函〔2019〕29号", null);
  add("累计拨付资金", "万元", "386.52", "区财政局", "为截至2021年9月10日数；截至2021年8月31日累计拨付361.80万元。");
  add("项目总体进度", "%", "83", "监理单位", null);
  add("资金管理制度", "是／否", "已制定", "区商务局", null);
  add("资金专用台账", "是／否", "已建立", "各承建单位", null);
  sec("八、一票否决事项");
  add("发生安全生产、质量事故或重大损失", "是／否", "否", "区商务局", null);
  add("弄虚作假", "是／否", "否", "区商务局", null);
  const rows = [["香洲区电子商务进农村综合示范创建考评基本数据表"], ["填报单位：珠海市香洲区商务局　　　　数据截至：2021年8月31日　　　　（带圈数字为注释序号，见表下注）"],
    ["序号", "指标", "计量单位", "数值", "数据来源"]];
  const merges = ["A1:E1", "A2:E2"];
  let no = 0;
  let k = 0;
  for (const r of R) {
    if (r.length === 1) {
      rows.push([r[0], null, null, null, null]);
      merges.push(`A${rows.length}:E${rows.length}`);
      continue;
    }
    const [label, unit, value, src, m] = r;
    // the marker is typed right after the value; a few with a space, one with full-width brackets
    let cell = value;
    if (m) cell = k++ % 3 === 1 ? `${value} ${m}` : `${value}${m}`;
    rows.push([++no, label, unit, cell, src]);
  }
  rows.push([null, null, null, null, null]);
  NOTES.forEach((t, j) => {
    rows.push([`${j === 0 ? "注：" : "　　"}${CIRC[j]}${t}`, null, null, null, null]);
    merges.push(`A${rows.length}:E${rows.length}`);
  });
  rows.push([null, null, null, null, null]);
  rows.push(["主观评分项自评", null, null, null, null]);
  merges.push(`A${rows.length}:E${rows.length}`);
  rows.push(["序号", "评分项", "分值范围", "自评分", "说明"]);
  const JUD = [["方案制定", "1-2", "2"], ["政策支持", "1-2", "1"], ["项目管理制度", "1-2", "2"], ["工作台账", "1-2", "2"], ["网销调研", "1-2", "2"],
    ["网络促销活动", "1-2", "2"], ["交易标准与冷链溯源", "1-2", "1"], ["资金管理制度", "1-5", "4"], ["资金台账", "1-5", "4"], ["资金及时拨付", "1-5", "4（局务会审定，经办人初评3）"]];
  JUD.forEach(([n, r, v], j) => rows.push([j + 1, n, r, v.length > 1 ? v : Number(v), null]));
  rows.push(["填表人：吴××　　审核：区商务局副局长 郑××　　联系电话：0756-21xxxxx", null, null, null, null]);
  merges.push(`A${rows.length}:E${rows.length}`);
  assert(NOTES.length === 10, "f1 ten notes " + NOTES.length);
  assert(pct1(2987 - 2436, 2436) === "22.6%" && pct1(261 - 192, 192) === "35.9%", "f1 growth as stated");
  const cellOf = (label) => rows.find((r) => r[1] === label)[3];
  const cPop = cellOf("常住人口");
  const cPoor = cellOf("省定贫困村");
  const cCenter = cellOf("公共服务中心投入运营日期");
  const cSpent = cellOf("累计拨付资金");
  assert(/^2020\.12\.28 ?⑤$/.test(cCenter) && /^— ?③$/.test(cPoor) && /^386\.52 ?⑩$/.test(cSpent) && /^102\.41 ?①$/.test(cPop), "f1 markers " + cSpent);
  return {
    description:
      `珠海香洲区商务局的《考评基本数据表》（序号｜指标｜计量单位｜数值｜数据来源，分八节），数值格里紧跟带圈注释号（“${cPop}”“${cPoor}”“${cCenter}”“${cSpent}”，有的中间有空格），表下“注：①…⑩”逐条说明：有的只说明来源或口径（①七普、⑥摄影棚免费、⑦省商务厅、⑧含跨境出口、⑨含线上直播课），有的改变读法——③“—”是本区无省定贫困村（0个），④组长“区长”是5月调整后的现任，⑤2020.12.28是试运营、正式投入运营是2021年1月18日，⑩386.52万元是9月10日数、8月31日累计拨付是注里的361.80万元；是否项用✓/×、是/否、已制定；最后是主观评分项小表（资金及时拨付写“4（局务会审定，经办人初评3）”）。`,
    sheets: [{ name: "基本数据", rows, merges }],
    expect: {
      facts: {
        county: "香洲区", asOf: "2021-08-31", residentPopulation: 1024100, adminVillagesStated: 9, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2021-01-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 2436000000, ruralRetail2020: 2987000000, agriRetail2019: 192000000, agriRetail2020: 261000000,
        ruralRetailGrowthStated: 0.226, agriRetailGrowthStated: 0.359,
        trainingPersonTimesStated: 5418, eligiblePoorPersonsStated: 37, trainedPoorPersonsStated: 21,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3618000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.83,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 广州黄埔区: the clerk's phone memo pasted into column A, in shorthand
// =====================================================================================================
function buildF2() {
  const L = [
    "备忘录",
    "2021年9月3日 15:12　　　　　　　　　　　　　　共 612 字",
    "黄埔区电商进农村 考评数（发局长核）",
    "数据截至21.8.31",
    "",
    "【底数】",
    "人口 126.4w（七普）",
    "行政村 31个，社区另算不计",
    "省定贫困村：无",
    "",
    "【班子+文件】",
    "组长：区长　副组长：分管副区长",
    "成员：商务、财政、农业农村、乡村振兴、交通、邮政",
    "方案 ✓ 20.4.23印发（穗埔府办〔2020〕8号）",
    "扶持政策 ✓",
    "",
    "【中心+园区】",
    "中心 20.11.18 正式运营",
    "  - 培训室 ✓　展示销售 ✓　摄影美工 ✓　品牌推广 ✓",
    "  - 其他增值服务 冇（10月先搞，如实写）",
    "产业园 ✓ 整合 → 入驻23家（9月新进2家不算）",
    "第三方运营 ✓（黄埔供销e家）",
    "",
    "【上行】",
    "快递进村 100%",
    "农村网零 19年 38.6亿 → 20年 49.2亿　+27.5%",
    "农产品网零 19年 2.15亿 → 20年 2.86亿　+33%",
    "",
    "【培训】",
    "培训 5236人次（8.31前）",
    "贫困劳力（有劳动能力、不含外出）96人，参训61人（身份证去重）",
    "",
    "【公开+报送】",
    "专栏 ✓：方案 ✓　项目 ✓　进度 ✓　监督举报窗口 冇（网站改版后加）",
    "月报每月 ✓　扶贫统计 ✓",
    "",
    "【钱】",
    "下达 500w　拨了 386.5w　总进度 81%",
    "资金制度 ✓　台账 ✓",
    "",
    "【否决】事故 冇　造假 冇",
    "",
    "【主观分】方案2 政策2 管理制度2 台账1 调研2 促销1 标准冷链1 资金制度4 资金台账4 及时拨付4",
    "",
    "待办：",
    "□ 问统计局七普数是否最终版",
    "□ 周五前把站点视频发市局",
    "☑ 增值服务口径问过市局：未开通就写冇",
  ];
  const rows = L.map((t) => [t === "" ? null : t]);
  assert(pct1(492 - 386, 386) === "27.5%" && pct1(286 - 215, 215) === "33.0%", "f2 growth as stated");
  return {
    description:
      "广州黄埔区商务局经办人手机“备忘录”里记的考评数，整条复制粘到Excel的A列（一行一条，空行照留）：开头是备忘录标题和编辑时间“2021年9月3日 15:12”（不是截止日期），“数据截至21.8.31”两位年份；全是速记——“126.4w”“500w”“386.5w”的w是万，“20.11.18”，✓表示有/是、粤语“冇”表示没有（其他增值服务冇、监督举报窗口冇、事故冇、造假冇），“19年 38.6亿 → 20年 49.2亿　+27.5%”，组长区长、成员“商务、财政、农业农村、乡村振兴…”，主观分一行写完（方案2 政策2 管理制度2 台账1…），末尾“待办”勾选行不是数据。",
    sheets: [{ name: "备忘录", rows }],
    expect: {
      facts: {
        county: "黄埔区", asOf: "2021-08-31", residentPopulation: 1264000, adminVillagesStated: 31, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 3860000000, ruralRetail2020: 4920000000, ruralRetailGrowthStated: 0.275,
        agriRetail2019: 215000000, agriRetail2020: 286000000, agriRetailGrowthStated: 0.33,
        trainingPersonTimesStated: 5236, eligiblePoorPersonsStated: 96, trainedPoorPersonsStated: 61,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3865000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.81,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 汕头濠江区: sub-item self-assessment blocks in two stacks side by side
// =====================================================================================================
function buildF3() {
  // block: [title, max, [[要点, 完成情况, 分值, 自评]], id]
  const LEFT = [
    ["（一）组织领导", 2, [["主要领导牵头，商务、财政、农业、扶贫等部门参与", "成立以区长为组长的示范创建工作领导小组，成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局", "2", 2]], "org.leadership"],
    ["（二）方案制定", 2, [["工作方案因地制宜，可操作性较强", "《濠江区电子商务进农村综合示范创建工作方案》2020年5月正式印发", "1-2", 2]], "org.plan"],
    ["（三）政策支持", 2, [["出台相关政策且得到较好落实", "出台《濠江区促进农村电子商务发展十条措施》，部分条款落实中", "1-2", 1]], "org.policy"],
    ["（四）项目管理", 4, [["建立项目管理制度，建设、验收环节严格落实", "制定《示范项目建设管理办法》，按办法组织验收", "1-2", 2],
      ["建立完整工作台账", "建立工作台账，部分台账记录不够完整", "1-2", 1]], "org.management"],
    ["（五）服务体系建设——县级中心与产业园", 15, [
      ["建成县级电子商务公共服务中心", "区电子商务公共服务中心2020年10月26日投入运营", "2", 2],
      ["建成后正常运行6个月以上", "截至2021年8月31日已运行10个月", "2", 2],
      ["有免费培训场所、培训设备，能组织电商基础培训", "有培训室1间、电脑40台，免费开展基础培训", "2", 2],
      ["为特色农产品提供免费展示、销售服务", "设农特产品展示厅，免费展示销售", "1", 1],
      ["为电商市场主体提供免费摄影、美工服务", "摄影美工服务暂未提供", "1", 0],
      ["组织农产品统一推广、指导品牌建设", "组织“濠江鲜”区域公用品牌统一推广", "1", 1],
      ["提供其他衍生增值服务", "提供代办执照、物流对接、融资对接等服务", "1", 1],
      ["建设或整合、优化当地电商产业园", "整合建成濠江电子商务产业园", "2", 2],
      ["产业园入驻企业20家及以上", "入驻企业18家", "2", 0],
      ["入驻企业至少三种以上类型", "有平台型、销售型、电商运营商、物流企业", "1", 1]], "work.center"],
    ["（六）服务体系建设——村级站点覆盖", 10, [
      ["行政村覆盖率70%及以上", "全区行政村14个（社区不计），建有站点的行政村12个，覆盖率85.7%", "5", 5],
      ["省定贫困村覆盖率100%", "省定贫困村2个，均已建站", "5", 5]], "work.coverage"],
    ["（七）农村产品上行", 10, [
      ["网销调研并形成针对性建议", "完成《濠江区农产品网络销售调研报告》", "1-2", 2],
      ["网络促销活动成效明显", "开展“濠江鲜”年货节、海鲜节网络促销", "1-2", 1],
      ["有专业第三方电商运营或服务商", "引进汕头市潮链电商运营服务有限公司", "1", 1],
      ["行政村物流快递覆盖率100%", "14个行政村全部通快递", "1", 1],
      ["出台交易标准，建立冷链、溯源系统", "制定鱼丸、牛肉丸电商交易标准，建成溯源平台", "1-2", 2],
      ["2020年网络零售额同比增速≥30%", "2019年农村网络零售额12.46亿元，2020年15.83亿元，增长27.0%；2019年农产品网络零售额0.86亿元，2020年1.13亿元，增长31.4%", "2", 2]], "work.upward"],
    ["（八）电商人才培训", 20, [
      ["培训人次达常住人口1%及以上", "常住人口32.46万人，累计培训3,587人次，占1.11%", "10", 10],
      ["建档立卡贫困人口培训率50%及以上", "有劳动能力（不含外出务工）的建档立卡贫困人口83人，参训44人，培训率53.0%", "10", 10]], "work.training"],
  ];
  const RIGHT = [
    ["（九）信息公开", 4, [["区政府网站设立公开专栏且内容全面", "区政府网设“电子商务进农村”专栏，公开创建方案、项目基本信息、建设进度，设监督举报电话", "2", 2],
      ["近一年专栏按月更新", "每月更新项目建设进度", "2", 2]], "info.disclosure"],
    ["（十）数据上报", 6, [["近一年每月向市商务局报送", "每月5日前向汕头市商务局报送上月工作情况", "3", 3],
      ["能统计电商扶贫情况", "能统计，按月报送贫困户参训及带动增收情况", "3", 3]], "info.reporting"],
    ["（十一）案例总结", 2, [["向市商务局报送经验材料", "2021年7月报送《濠江区“电商＋渔港”经验做法》", "2", 2]], "promo.cases"],
    ["（十二）经验推广", 8, [["省级及以上媒体宣传报道", "南方日报2021年4月报道", "4", 4], ["市级媒体宣传报道", "汕头日报、汕头电视台报道", "3", 3],
      ["县级媒体宣传报道", "“濠江发布”持续报道", "1", 1]], "promo.media"],
    ["（十三）制度建立", 5, [["建立科学有效的资金管理制度并有效落实", "制定《专项资金管理办法》", "1-5", 4]], "fund.system"],
    ["（十四）资金台账", 5, [["承建方建立资金专用台账，账目完整", "各承建单位建立专用台账", "1-5", 4]], "fund.ledger"],
    ["（十五）资金支出", 5, [["资金支出率70%以上且及时拨付", "下达省级资金500万元，截至2021年8月31日拨付372.6万元，支出率74.5%", "1-5", 3]], "fund.spending"],
    ["加分项", 4, [["建档立卡贫困人口培训率70%及以上", "培训率53.0%，未达到", "2", 0], ["电商扶贫典型案例获电视播报", "汕头电视台播出（市级），未获国家级、省级电视播报", "2", 0]], "bonus"],
    ["一票否决项", null, [["发生安全生产、质量事故或重大损失", "未发生", "—", "否"], ["项目建设进度严重滞后，总体进度不足40%", "项目总体进度86%", "—", "否"],
      ["弄虚作假", "无", "—", "否"]], "veto"],
  ];
  const claimed = {};
  const judged = {};
  const JMAP = { "org.plan": ["org.plan"], "org.policy": ["org.policy"], "org.management": ["org.management.system", "org.management.ledger"],
    "fund.system": ["fund.system"], "fund.ledger": ["fund.ledger"], "fund.spending": ["fund.spending"] };
  const UPJ = { 0: "work.upward.research", 1: "work.upward.promotion", 4: "work.upward.standards" };
  const render = (blocks) => {
    const out = [];
    const mg = [];
    for (const [title, max, items, id] of blocks) {
      out.push({ cells: [max === null ? title : `${title}（${max}分）`, null, null, null], merge: true });
      out.push({ cells: ["评分要点", "完成情况", "分值", "自评"] });
      items.forEach((it) => out.push({ cells: it.slice() }));
      if (id === "bonus") {
        claimed["bonus.poorTraining"] = items[0][3];
        claimed["bonus.tvCase"] = items[1][3];
      } else if (id !== "veto") {
        const tot = sum(items.map((x) => x[3]));
        claimed[id] = tot;
        if (items.length > 1) out.push({ cells: ["小计", null, String(max), tot] });
        if (JMAP[id]) JMAP[id].forEach((k, j) => (judged[k] = items[j][3]));
        if (id === "work.upward") for (const [j, k] of Object.entries(UPJ)) judged[k] = items[Number(j)][3];
      }
      out.push({ cells: [null, null, null, null] });
    }
    return { out, mg };
  };
  const Lr = render(LEFT).out;
  const Rr = render(RIGHT).out;
  const rows = [["濠江区电子商务进农村综合示范创建分项自评表（截至2021年8月31日）"], ["填报单位：汕头市濠江区商务局　　　　填报日期：2021年9月6日"], []];
  const merges = ["A1:I1", "A2:I2"];
  const n = Math.max(Lr.length, Rr.length);
  const top = rows.length;
  for (let k = 0; k < n; k++) {
    const l = Lr[k] ? Lr[k].cells : [null, null, null, null];
    const r = Rr[k] ? Rr[k].cells : [null, null, null, null];
    rows.push(l.concat([null], r));
    const rn = top + k + 1;
    if (Lr[k] && Lr[k].merge) merges.push(`A${rn}:D${rn}`);
    if (Rr[k] && Rr[k].merge) merges.push(`F${rn}:I${rn}`);
  }
  const total = sum(SCORED.map((s) => claimed[s[0]]));
  rows.push([null, null, null, null, null, "自评总分", null, "100", `${total}（加分0）`]);
  rows.push(["填表人：郑××　　审核：区商务局局长 林××"]);
  merges.push(`A${rows.length}:I${rows.length}`);
  assert(total === 90 && Lr.length !== Rr.length, "f3 claimed 90, stacks of different length " + total);
  assert(pct1(1583 - 1246, 1246) === "27.0%" && pct1(113 - 86, 86) === "31.4%" && pct2(3587, 324600) === "1.11%" && pct1(44, 83) === "53.0%" && pct1(3726, 5000) === "74.5%", "f3 the clerk's percentages");
  return {
    description:
      "汕头濠江区商务局的《分项自评表》：按评分要点逐条自评，每个指标一块（块标题行“（五）服务体系建设——县级中心与产业园（15分）”合并、表头行 评分要点｜完成情况｜分值｜自评、一要点一行、多要点的有“小计”行、块间空一行），这些块排成左右两摞并排（A—D列是组织领导到电商人才培训，F—I列是信息公开到一票否决，两摞长短不一、行互不对应）；事实只在“完成情况”句子里（区长任组长、中心2020年10月26日运营、摄影美工暂未提供、行政村14个、省定贫困村2个、零售额亿元、常住人口32.46万人、拨付372.6万元、进度86%），自评分取小计或单要点的自评，主观分项是各要点的自评（项目管理2、1，网销调研2、促销1、交易标准2），一票否决三行填“否”，右下“自评总分 90（加分0）”。",
    sheets: [{ name: "分项自评", rows, merges }],
    expect: {
      facts: {
        county: "濠江区", asOf: "2021-08-31", residentPopulation: 324600, adminVillagesStated: 14, poorVillagesStated: 2,
        planIssued: true, policyIssued: true, centerOpened: "2020-10-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1246000000, ruralRetail2020: 1583000000, ruralRetailGrowthStated: 0.27,
        agriRetail2019: 86000000, agriRetail2020: 113000000, agriRetailGrowthStated: 0.314,
        trainingPersonTimesStated: 3587, eligiblePoorPersonsStated: 83, trainedPoorPersonsStated: 44,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3726000, overallProgress: 0.86, fundSystemIssued: true, fundLedgerKept: true,
        vetoIncident: false, vetoFraud: false,
      },
      judged,
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// l1 — 韶关浈江区: batch-legend stations, half-day sign-in blocks, combined 劳动力状况 roster
// =====================================================================================================
function buildL1() {
  const REGION = "440204";
  const TOWNS = ["犁市镇", "花坪镇", "新韶镇", "乐园镇", "十里亭镇"];
  const vName = nameMaker("黄白石马龙凤金银大小上下东西南北新塘", ["坑", "岭", "洞", "坪", "塘", "田", "岗", "村", "坝", "湖", "营", "围"], "村", ["犁市", "花坪", "新韶", "乐园", "十里"]);
  const villages = Array.from({ length: 30 }, (_, k) => ({ v: vName(), town: TOWNS[k % 5] })).filter((x) => !/村村$/.test(x.v));
  assert(villages.length >= 24, "l1 enough villages");

  // ---------------- 站点清单 with a 批次 legend
  const BATCH = [["第一批", "2020-07-15", (iso) => D(iso)], ["第二批", "2020-12-03", (iso) => dotDate(iso)], ["第三批", "2021-05-20", (iso) => cnDate(iso)],
    ["第四批", "2021-09", () => "2021年9月"]];
  const plan = [].concat(Array(6).fill(0), Array(7).fill(1), Array(6).fill(2), Array(3).fill(3));
  const ST = plan.map((b, k) => ({ x: villages[k], b }));
  ST.push({ x: villages[22], b: -1, op: "2021-03-08" });
  ST.push({ x: villages[9], b: 2, second: true });
  const tI = Object.fromEntries(TOWNS.map((t, j) => [t, j]));
  ST.sort((a, b) => tI[a.x.town] - tI[b.x.town] || a.b - b.b);
  const rows = [["浈江区村级电子商务服务站点清单"], ["挂牌批次说明"], ["批次", "统一挂牌日期", "站点数", "备注"]];
  const merges = ["A1:H1", "A2:D2"];
  BATCH.forEach(([b, iso, f], j) => rows.push([b, f(iso), ST.filter((s) => s.b === j).length, j === 3 ? "2021年9月20日前陆续挂牌" : null]));
  rows.push([null, null, null, null]);
  rows.push(["序号", "镇", "所在村", "站点名称", "挂牌批次", "站长", "联系电话", "备注"]);
  const recs = [];
  ST.forEach((s, j) => {
    const short = s.x.v.replace(/村$/, "");
    const vill = j % 3 === 0 ? s.x.v : j % 3 === 1 ? `${s.x.v}委会` : `${s.x.v}民委员会`;
    const bcell = s.b === -1 ? `单独挂牌 ${dotDate(s.op)}` : BATCH[s.b][0];
    rows.push([j + 1, s.x.town, vill, s.second ? `${short}村邮政电商服务点` : `${short}村电商服务站`, bcell, personName(), mask(phone()), s.second ? "本村第二个站点" : null]);
    recs.push({ village: s.x.v, opened: s.b === -1 ? s.op : BATCH[s.b][1] });
  });
  assert(recs.length === 24 && recs.some((r) => r.opened === "2021-03-08") && recs.filter((r) => r.opened === "2021-09").length === 3, "l1 24 stations");

  // ---------------- 培训签到: one block per session, half-day sign columns
  const SES = [
    { no: 1, topic: "农村电商基础知识培训", days: ["2020-10-15"], place: "浈江区电商公共服务中心", n: 10 },
    { no: 2, topic: "网店开设与运营", days: ["2020-12-09", "2020-12-10"], place: "犁市镇文化站", n: 9 },
    { no: 3, topic: "直播带货实操", days: ["2021-03-18", "2021-03-19"], place: "浈江区电商公共服务中心", n: 11 },
    { no: 4, topic: "农产品品牌与包装", days: ["2021-06-24"], place: "花坪镇党群服务中心", n: 8 },
    { no: 5, topic: "短视频运营", days: ["2021-09-09"], place: "浈江区电商公共服务中心", n: 9 },
  ];
  const tRows = [["浈江区农村电商培训签到表（汇总）"], ["（每半天签到一次，“√”为已签到；请假的各格写“请假”，不计人次）"]];
  const tMerges = ["A1:I1", "A2:I2"];
  const tRecs = [];
  let lowerX = false;
  let spaced = false;
  let blank = false;
  for (const s of SES) {
    const d0 = s.days[0];
    const d1 = s.days[s.days.length - 1];
    const when = s.days.length === 1 ? cnDate(d0) : `${cnDate(d0)}—${ymd(d1)[2]}日`;
    tRows.push([`第${s.no}期　${s.topic}　${when}　${s.place}`]);
    tMerges.push(`A${tRows.length}:I${tRows.length}`);
    const half = s.days.length === 1 ? ["上午", "下午"] : s.days.flatMap((d) => [`${mdOnly(d)}上午`, `${mdOnly(d)}下午`]);
    tRows.push(padRow(["序号", "姓名", "身份证号", "所在村"].concat(half, ["备注"]), 9));
    const special = { 2: 1, 3: 4, 4: 6 }[s.no];
    let ab;
    do ab = rint(1, s.n - 1);
    while (ab === special);
    const absent = new Set([ab]);
    if (s.no === 3) absent.add(s.n);
    for (let k = 1; k <= s.n; k++) {
      const male = rnd() < 0.5;
      const wantX = !lowerX && s.no === 2 ? true : undefined;
      const id = makeId(REGION, birthBetween(1968, 2001), male, wantX);
      let idCell = id;
      let recId = id;
      if (wantX) {
        idCell = id.slice(0, 17) + "x";
        lowerX = true;
      } else if (!spaced && s.no === 3 && k === 4) {
        idCell = spacedId(id);
        spaced = true;
      } else if (!blank && s.no === 4 && k === 6) {
        idCell = null;
        recId = null;
        blank = true;
      }
      const away = absent.has(k);
      const signs = half.map(() => (away ? "请假" : "√"));
      tRows.push(padRow([k, personName(), idCell, villages[rint(0, villages.length - 1)].v].concat(signs, [away ? "请假" : recId === null ? "未带身份证" : null]), 9));
      if (!away) tRecs.push({ date: d1, personTimes: 1, id: recId });
    }
    tRows.push(padRow([], 9));
  }
  tRows.pop();
  checkTrainingIds(tRecs, "l1");
  assert(lowerX && spaced && blank && tRecs.length === 47 - 6, "l1 training rows " + tRecs.length);
  assert(tRecs.some((r) => r.id === null) && tRecs.filter((r) => r.date > "2021-08-31").length === 8, "l1 special trainees present");

  // ---------------- 脱贫人口 with a combined 劳动力状况 column
  const STATUS = [["有劳动能力（在家务农）", true, false], ["有劳动能力（区内务工）", true, false], ["有劳动能力（外出务工）", true, true],
    ["弱劳动力或半劳动力（在家）", true, false], ["无劳动能力", false, null], ["丧失劳动能力", false, null]];
  const codes = shuffle([].concat(Array(9).fill(0), Array(7).fill(1), Array(6).fill(2), Array(3).fill(3), Array(3).fill(4), Array(2).fill(5)));
  const pRows = [["浈江区建档立卡脱贫人口劳动力状况表"], ["（区乡村振兴局2021年6月提供；“劳动力状况”括号内为务工情况，“外出务工”指在浈江区以外务工）"],
    ["序号", "镇", "村", "户编号", "姓名", "与户主关系", "身份证号", "劳动力状况", "备注"]];
  const pMerges = ["A1:I1", "A2:I2"];
  const pRecs = [];
  let ci = 0;
  let h = 0;
  while (ci < codes.length) {
    const size = Math.min(codes.length - ci, rint(2, 4));
    const cs = codes.slice(ci, ci + size).sort((a, b) => (a >= 4) - (b >= 4));
    ci += size;
    const x = villages[(h * 7) % villages.length];
    const hh = `4402040${String(3100 + h * 13).padStart(5, "0")}`;
    h++;
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    const r0 = pRows.length + 1;
    let headMale = true;
    let headY = 0;
    cs.forEach((c, j) => {
      const male = j === 0 ? rnd() < 0.8 : rnd() < 0.5;
      let birth;
      let rel;
      if (j === 0) {
        rel = "户主";
        birth = c >= 4 ? birthBetween(1940, 1954) : birthBetween(1962, 1981);
        headY = Number(birth.slice(0, 4));
      } else if (c >= 4) {
        rel = male ? "之父" : "之母";
        birth = birthBetween(Math.max(1928, headY - 34), Math.min(1956, headY - 22));
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
      const id = makeId(REGION, birth, rel === "配偶" ? !headMale : male);
      const [st, lab, mig] = STATUS[c];
      pRows.push([pRows.length - 2, j === 0 ? x.town : null, j === 0 ? x.v : null, j === 0 ? hh : null, rel === "配偶" ? personName() : personName(sn), rel, id, st,
        c === 2 ? ["广州", "深圳", "东莞", "佛山"][rint(0, 3)] + "务工" : null]);
      pRecs.push({ id, labour: lab, migrant: mig });
    });
    for (const col of ["B", "C", "D"]) mergeCol(pMerges, col, r0, pRows.length);
  }
  assert(pRecs.length === 30 && pRecs.filter((r) => r.labour && !r.migrant).length === 19, "l1 roster 30, 19 eligible");

  const notes = [["浈江区电子商务进农村台账（第二册）填表说明"], ["1．站点清单的挂牌时间按批次填写，各批次统一挂牌日期见表头“挂牌批次说明”；单独挂牌的写明日期。"],
    ["2．培训签到按期次分块，每半天签到一次；请假的学员各格写“请假”，不计人次。"], ["3．脱贫人口“劳动力状况”括号内为务工情况，“外出务工”指在浈江区以外务工。"],
    ["韶关市浈江区科技工业商务和信息化局　2021年9月"]];
  return {
    description:
      "韶关浈江区科技工业商务和信息化局台账第二册（填表说明页加三张表）：站点清单没有挂牌日期列，“挂牌批次”只写“第一批”…“第四批”，日期要到表头上方的《挂牌批次说明》小表里查（第一批真日期、第二批“2020.12.3”、第三批“2021年5月20日”、第四批只到“2021年9月”，小表的站点数列不是站点），一站写“单独挂牌 2021.3.8”，一村两站；培训签到一期一块（块标题写期次、主题、日期“2020年12月9日—10日”和地点），每半天一个签到列（两天班列头“12月9日上午”…不带年份，一天班只有上午/下午），“√”签到，请假的各格“请假”不算，身份证号有小写x、带空格、一人空白；脱贫人口表的“劳动力状况”一列同时表示劳动能力和务工（“有劳动能力（外出务工）”“弱劳动力或半劳动力（在家）”“丧失劳动能力”），户编号、镇、村按户纵向合并。",
    sheets: [
      { name: "填表说明", rows: notes },
      { name: "站点清单", rows, merges },
      { name: "培训签到", rows: tRows, merges: tMerges },
      { name: "脱贫人口", rows: pRows, merges: pMerges },
    ],
    expect: {
      sheets: {
        "填表说明": { kind: null },
        "站点清单": { kind: "stations", records: recs },
        "培训签到": { kind: "training", records: tRecs },
        "脱贫人口": { kind: "poorPersons", records: pRecs },
      },
    },
  };
}

// =====================================================================================================
// l2 — 潮州湘桥区: village list typed by name suffix, payments inside one cell, 时限 vs 实际 reports, media by section
// =====================================================================================================
function buildL2() {
  const TOWNS = [["磷溪镇", 12, 1], ["官塘镇", 10, 1], ["铁铺镇", 11, 1], ["意溪镇", 8, 3], ["桥东街道", 3, 5], ["城西街道", 0, 7], ["凤新街道", 2, 6], ["西新街道", 0, 6]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("东西南北上下大新溪山仙塘洋陈林黄蔡", ["厝", "埔", "洋", "头", "寮", "围", "溪", "美", "湖", "陇", "砂", "寨"], "村", prefixes);
  const cName = nameMaker("金湘城西桥韩枫", ["园", "苑", "华", "兴", "安", "和", "平"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  assert(admin.length === 46 && comms.length === 30, "l2 46 + 30");
  noStemClash(admin, comms, "l2");
  const poor = new Set(shuffle(admin.slice(0, 33)).slice(0, 3));

  // ---------------- 村居名单 (no 类别 column)
  const vRows = [["湘桥区村（居）民委员会名单"], [`（名称后标“（省定贫困村）”的为省定贫困村，共${poor.size}个）`], ["序号", "镇（街道）", "村（居）民委员会名称", "备注"]];
  const vMerges = ["A1:D1", "A2:D2"];
  const vRecs = [];
  let sq = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    x.vs.forEach((v, j) => {
      const nm = (j % 4 === 3 ? `${v}委会` : `${v}民委员会`) + (poor.has(v) ? "（省定贫困村）" : "");
      vRows.push([++sq, vRows.length + 1 === r0 ? x.t : null, nm, null]);
      vRecs.push({ name: v, admin: true, poor: poor.has(v) });
    });
    x.cs.forEach((c, j) => {
      vRows.push([++sq, vRows.length + 1 === r0 ? x.t : null, `${c}居民委员会`, x.vs.length > 0 && j === 0 ? "2018年村改居" : null]);
      vRecs.push({ name: c, admin: false });
    });
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  assert(vRecs.length === 76, "l2 76 names");

  // ---------------- 合同付款: every payment of a contract in one cell
  const C = [
    ["湘桥区电子商务公共服务中心建设及运营", "潮州市湘桥区电商运营服务有限公司", 150, [["2020-10-16", 450000, "①2020.10.16 预付30% 45万元"], ["2021-03-22", 450000, "②2021.3.22 进度款30% 45万元"], ["2021-08-31", 525000, "③2021.8.31 验收款35% 52.5万元"]], "；"],
    ["镇村电商服务站点建设", "中国邮政集团有限公司潮州市湘桥区分公司", 120, [["2020-11-05", 360000, "①2020年11月5日 预付款 360,000元"], ["2021-04-28", 488500, "②2021年4月28日 进度款 488,500元"], [null, 0, "③（待验收后支付）"]], "\n"],
    ["农村电商人才培训", "潮州市湘桥区职业技能培训学校", 60, [["2020-12-18", 180000, "①2020.12.18 第一期 18万"], ["2021-06-30", 243600, "②2021.6.30 第二期 24.36万"], ["2021-09-15", 146400, "③2021.9.15 第三期 14.64万"]], "；"],
    ["农村物流配送体系建设", "潮州市湘桥区顺捷物流有限公司", 80, [["2021-01-20", 240000, "①2021.1.20 预付30% 24万元"], ["2021-07-12", 320000, "②2021.7.12 进度款40% 32万元"]], "；"],
    ["农产品品牌培育及网络推广", "潮州市韩江品牌策划有限公司", 45, [["2021-02-26", 432000, "2021.2.26 一次性支付43.2万元（扣质保金1.8万元）"]], ""],
    ["冷链及农产品溯源体系建设", "潮州市湘桥区鲜达冷链科技有限公司", 45, [["2021-05-14", 135000, "①2021.5.14 预付30% 13.5万元"], ["2021-08-20", 180000, "②2021.8.20 进度款 18万元"]], "；"],
  ];
  const fRows = [["湘桥区电子商务进农村综合示范项目合同付款情况"], ["（下达省级专项资金500万元；付款日期以国库支付日期为准）"],
    ["序号", "合同名称", "承建单位", "合同金额（万元）", "付款情况", "已付合计（万元）", "备注"]];
  const fMerges = ["A1:G1", "A2:G2"];
  const fRecs = [];
  C.forEach(([name, who, contract, pays, sep], j) => {
    const real = pays.filter((p) => p[0]);
    const paid = sum(real.map((p) => p[1]));
    for (const p of real) fRecs.push({ date: p[0], amount: p[1] });
    fRows.push([j + 1, name, who, contract, pays.map((p) => p[2]).join(sep || ""), wan4(paid), pays.some((p) => !p[0]) ? "尾款待验收" : null]);
  });
  fRows.push(["合计", null, null, sum(C.map((c) => c[2])), null, wan4(sum(fRecs.map((r) => r.amount))), null]);
  fMerges.push(`A${fRows.length}:C${fRows.length}`);
  assert(fRecs.length === 13 && sum(C.map((c) => c[2])) === 500, "l2 13 payments, contracts 500万");
  for (const [, , , pays] of C) for (const p of pays) if (p[0]) {
    const m = /(\d+(?:\.\d+)?)万|([\d,]+)元/.exec(p[2].replace(/\d+%/g, ""));
    const v = m[1] ? Math.round(Number(m[1]) * 10000) : Number(m[2].replace(/,/g, ""));
    assert(v === p[1], "l2 amount text " + p[2]);
  }

  // ---------------- 月报报送: 报送时限 vs 实际报送日期
  const rRows = [["湘桥区向潮州市商务局报送月度工作情况登记表"], ["序号", "报告月份", "报送时限", "实际报送日期", "报送方式", "含扶贫统计", "备注"]];
  const rRecs = [];
  monthsBetween("2020-08", "2021-08").forEach((m, j) => {
    const next = monthsBetween(m, "2021-12")[1];
    const due = `${next}-05`;
    let sent;
    let cell;
    let note = null;
    if (m === "2021-01") {
      sent = "2021-02-09";
      cell = "逾期，2021年2月9日补报";
    } else {
      sent = `${next}-0${rint(1, 5)}`;
      cell = j % 3 === 0 ? D(sent) : j % 3 === 1 ? dotDate(sent) : cnDate(sent);
    }
    if (m === "2021-01") note = "春节前系统故障";
    const pov = m < "2020-10" ? "×" : m === "2021-04" ? null : "√";
    rRows.push([j + 1, cnMonth(m), D(due), cell, j % 2 ? "粤政易" : "电子邮件", pov, note]);
    rRecs.push({ date: sent, poverty: pov === "√" ? true : pov === "×" ? false : null });
  });
  assert(rRecs.length === 13 && rRecs.filter((r) => r.poverty === null).length === 1, "l2 13 reports");

  // ---------------- 宣传报道 grouped by level section rows
  const SECS = [["一、中央级媒体", "national", []],
    ["二、省级媒体", "province", [["2020-12-22", "南方日报", "湘桥：村级电商站点打通服务“最后一公里”", "报纸"], ["2021-04-16", "广东广播电视台珠江频道", "潮州湘桥脱贫户直播卖单丛茶", "电视"]]],
    ["三、市级媒体", "city", [["2020-11-06", "潮州日报", "湘桥区电商公共服务中心投入运营", "报纸"], ["2021-03-12", "潮州广播电视台", "湘桥电商进农村见闻", "电视"], ["2021-07-28", "“潮州发布”微信公众号", "湘桥：电商助农有实招", "网络"]]],
    ["四、区级媒体", "county", [["2021-01-15", "“湘桥融媒”客户端", "我区举办农村电商直播带货培训", "网络"], ["2021-09-10", "“湘桥融媒”客户端", "湘桥区电商示范创建成果展", "网络"]]]];
  const mRows = [["湘桥区电子商务进农村宣传报道统计"], ["序号", "日期", "媒体名称", "标题", "形式", "备注"]];
  const mMerges = ["A1:F1"];
  const mRecs = [];
  let fi = 0;
  for (const [title, level, items] of SECS) {
    mRows.push([title, null, null, null, null, null]);
    mMerges.push(`A${mRows.length}:F${mRows.length}`);
    if (items.length === 0) mRows.push(["（无）", null, null, null, null, null]);
    items.forEach(([iso, media, t, form], j) => {
      const dc = fi % 3 === 0 ? D(iso) : fi % 3 === 1 ? twoDot(iso) : cnDate(iso);
      fi++;
      mRows.push([j + 1, dc, media, `《${t}》`, form, form === "电视" && level === "province" ? "电商扶贫典型案例" : null]);
      mRecs.push({ date: iso, level, tv: form === "电视" });
    });
  }
  assert(mRecs.length === 7, "l2 7 reports");

  const sumRows = [["湘桥区电子商务进农村台账汇总（第三册）"], ["序号", "台账", "条数", "说明"],
    [1, "村（居）民委员会名单", vRecs.length, `村委会${admin.length}个、居委会${comms.length}个`], [2, "合同付款情况", C.length, `合同${C.length}份、付款${fRecs.length}笔`],
    [3, "月度工作情况报送", rRecs.length, "2020年8月至2021年8月"], [4, "宣传报道", mRecs.length, "省级2、市级3、区级2"],
    ["湘桥区商务局　2021年9月"]];
  return {
    description:
      "潮州湘桥区商务局台账第三册（汇总页加四张表）：村居名单没有类别列，村委会和居委会只能从名称“××村民委员会／××村委会”“××社区居民委员会”看出，省定贫困村在名称后加“（省定贫困村）”（第2行说明），镇街列纵向合并；合同付款一合同一行，几次付款都挤在“付款情况”一格里（“①2020.10.16 预付30% 45万元；②…”，有的用换行分隔、有的写“360,000元”“18万”，一格“③（待验收后支付）”不是付款，一格“一次性支付43.2万元（扣质保金1.8万元）”只算43.2万），已付合计和合计行不是付款；月报登记有“报送时限”和“实际报送日期”两列，读实际报送（一格“逾期，2021年2月9日补报”），含扶贫统计√/×/空白；宣传报道按“一、中央级媒体（下一行“（无）”）／二、省级／三、市级／四、区级”分段，级别只在段标题里，日期有“21.4.16”两位年份。",
    sheets: [
      { name: "台账汇总", rows: sumRows, merges: ["A1:D1", `A${sumRows.length}:D${sumRows.length}`] },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "合同付款", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: rRows, merges: ["A1:G1"] },
      { name: "宣传报道", rows: mRows, merges: mMerges },
    ],
    expect: {
      sheets: {
        "台账汇总": { kind: null },
        "村居名单": { kind: "villages", records: vRecs },
        "合同付款": { kind: "funds", records: fRecs },
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
write("counties", "b174-c1-nansha.json", c1);
write("facts", "b174-f1-xiangzhou.json", f1);
write("facts", "b174-f2-huangpu.json", f2);
write("facts", "b174-f3-haojiang.json", f3);
write("ledgers", "b174-l1-zhenjiang.json", l1);
write("ledgers", "b174-l2-xiangqiao.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
