// Batch 202 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b198.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (202202), no clock. Run: node test/corpus/_b202/gen-b202.js
//
// c1 连南瑶族自治县 (清远): 《自评表》 as one “card” per indicator (评分标准｜完成情况｜自评得分 rows; the score typed “得分/满分” such as
//    “14/15”), a 基础数据 block of 项目｜数据｜单位｜来源 rows on top; 11 ledgers and a hidden 下拉 sheet: 村情表 with 民族村 beside 省定贫困村 and town 小计 rows,
//    镇级/村级 stations (a 镇级 station in a village decides 50/71), sessions with 性别/年龄/文化 breakdowns and year 小计 rows (1,096/136,800),
//    a per-session 脱贫户 roster, four ✓ employment columns, a lease ledger (renewal rows, a room let twice, 8/31 退租), a bank statement
//    (借/贷, interest, a 退汇 pair, 8/31 16:45 payment deciding 70%), reports as a month matrix with “月/日” cells, a hidden 下拉 sheet.
// f1 云城区 (云浮): the 区商务局党支部 主题党日 会议记录 (三会一课 record book): 会议要素 block, 议程, then 发言人｜记录 rows; facts only in
//    the 电商股长's 通报 and the answers to members' questions; 党费, attendance, members' guesses and 书记's 要求 are not facts.
// f2 端州区 (肇庆): 考评组现场核查谈话记录 (问/答 rows under a form head): facts in the answers, including an answer that confirms the
//    inspector's figure (“是的”) and one that corrects it; 摄影美工收费 → false, “没有建产业园” → false; members lack 乡村振兴.
// f3 黄埔区 (广州): 区政府办公室 阅文单 (来文单位｜文号｜缓急, 拟办意见, 领导批示/圈阅, 办理结果) over the 区商务局 report it carries
//    (paragraphs + 附表 指标｜单位｜目标值｜完成值｜完成率); only the report's own statements and 完成值 are facts.
// l1 四会市 (肇庆): 封面; sessions from 通知 vs 实际 (a postponed class, a cancelled one, 计划人数 vs 实到人次); 人社 脱贫劳动力 with
//    务工形式; a 脱贫户参训 list (full-width and trailing-space IDs, “未带证”); media as two stacked tables (报刊 / 电视·视频); materials.
// l2 湘桥区 (潮州): 修订记录; villages as two stacked tables (一、行政村 / 二、社区); 邮政 system stations (启用时间 “… 00:00:00”,
//    筹建中); park as a floor-plan grid (one firm per cell, “2020.11入驻”, “2021.5.20退园”, 空置); 直达资金 payments (省级/区级配套,
//    已退回); reports with Excel-serial dates and a 合并 row; the 专栏 as a year × month grid (“3日、28日”).
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
let seed = 202202;
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
    assert(/^b202-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b202-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b202-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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



// ---------------------------------------------------------------- extra helpers (batch 202)
function creditCodeP(prefix) {
  // a GB 32100 code with a given 登记管理部门+机构类别 prefix and division (e.g. "54" + "441826")
  let s = prefix;
  while (s.length < 17) s += ALNUM[Math.floor(rnd() * ALNUM.length)];
  const W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  let t = 0;
  for (let i = 0; i < 17; i++) t += ALNUM.indexOf(s[i]) * W[i];
  return s + ALNUM[(31 - (t % 31)) % 31];
}
function split3(total, w) {
  // split an integer into three non-negative parts roughly by weights w
  const a = Math.floor((total * w[0]) / (w[0] + w[1] + w[2]));
  const b = Math.floor((total * w[1]) / (w[0] + w[1] + w[2]));
  return [a, b, total - a - b];
}
function mdSlash(iso) {
  const [, m, d] = ymd(iso);
  return `${m}/${d}`;
}
function maskAcct(a) {
  return a.slice(0, 4) + "*".repeat(a.length - 8) + a.slice(-4);
}
function tierTrain(pt, base) {
  return ratioGE(pt, base, 1) ? 10 : ratioGE(pt, base, 0.8) ? 8 : ratioGE(pt, base, 0.6) ? 6 : 0;
}
function tierPoor(n, d) {
  return ratioGE(n, d, 50) ? 10 : ratioGE(n, d, 40) ? 8 : ratioGE(n, d, 30) ? 6 : 0;
}

// =====================================================================================================
// c1 — 连南瑶族自治县 (清远): indicator cards + twelve ledgers
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const POP = 136800;
  const REGION = "441826";
  const TOWNS = [["三江镇", 14, 2], ["寨岗镇", 15, 1], ["大麦山镇", 11, 1], ["香坪镇", 8, 1], ["涡水镇", 8, 1], ["大坪镇", 8, 1], ["三排镇", 7, 1]];
  const prefixes = ["三江", "寨岗", "大麦", "香坪", "涡水", "大坪", "三排"];
  const vName = nameMaker("金白山南油军新上下石田龙黄高", ["坑", "芒", "联", "岗", "岭", "洞", "水", "田", "坪", "背", "寨", "源", "塘", "湾", "冲", "垌"], "村", prefixes);
  const cName = nameMaker("城顺民建富", ["东", "西", "兴", "安", "华", "康"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "c1");
  assert(admin.length === 71 && comms.length === 8, "c1 71 villages + 8 communities");
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const tv = (t) => towns.find((x) => x.t === t).vs;
  const tc = (t) => towns.find((x) => x.t === t).cs;
  const POORSPEC = [["寨岗镇", [2, 6, 11]], ["大麦山镇", [0, 3, 5, 9]], ["香坪镇", [1, 6]], ["涡水镇", [2, 5]], ["大坪镇", [3, 7]], ["三排镇", [0, 2, 4]]];
  const poor = POORSPEC.flatMap(([t, ix]) => ix.map((i) => tv(t)[i]));
  assert(poor.length === 16, "c1 16 poor villages");
  const poorSet = new Set(poor);
  const vNoExp = tv("大麦山镇")[8];
  assert(!poorSet.has(vNoExp), "c1 no-express village not poor");
  const vTownSeat = tv("大坪镇")[0];
  assert(!poorSet.has(vTownSeat), "c1 town seat not poor");

  // ---------------- 村情表 (villages)
  const W = 12;
  const vRows = [["连南瑶族自治县村（社区）基本情况表"], ["资料来源：县民政局、县民族宗教事务局（2021年6月）；“省定贫困村”“快递进村”两列由县商务局补填"],
    ["序号", "镇", "村（社区）名称", "类型", "村民小组（个）", "户籍人口", null, "其中瑶族人口（人）", "民族村", "省定贫困村", "快递进村", "备注"],
    [null, null, null, null, null, "户数", "人数", null, null, null, null, null]];
  const vMerges = ["A1:L1", "A2:L2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:G3", "H3:H4", "I3:I4", "J3:J4", "K3:K4", "L3:L4"];
  const vRecs = [];
  let sq = 0;
  const tot = [0, 0, 0, 0];
  for (const x of towns) {
    const r0 = vRows.length + 1;
    const sub = [0, 0, 0, 0];
    for (const v of x.vs.concat(x.cs)) {
      sq++;
      const isC = v.endsWith("社区");
      const grp = isC ? rint(4, 9) : rint(6, 18);
      const hh = isC ? rint(600, 1800) : rint(180, 620);
      const pop = Math.round(hh * (3.4 + rnd()));
      const yao = x.t === "三江镇" ? Math.round(pop * (0.1 + rnd() * 0.3)) : Math.round(pop * (0.78 + rnd() * 0.2));
      const nm = isC ? `${v}居委会` : sq % 4 === 1 ? `${short(v)}村委会` : v;
      const ethnic = isC ? "—" : x.t === "三江镇" ? (sq % 3 === 0 ? "是" : "否") : "是";
      vRows.push([sq, x.t, nm, isC ? "社区居委会" : "村委会", grp, hh, pop, yao, ethnic, isC ? "—" : poorSet.has(v) ? "是" : "否",
        v === vNoExp ? "未通" : "已通", v === vNoExp ? "邮件到镇自提" : null]);
      [grp, hh, pop, yao].forEach((n, k) => (sub[k] += n));
      const rec = { name: v, admin: !isC, express: v !== vNoExp };
      if (!isC) rec.poor = poorSet.has(v);
      vRecs.push(rec);
    }
    mergeCol(vMerges, "B", r0, vRows.length);
    vRows.push([null, null, `${x.t}小计`, `村${x.vs.length}个、社区${x.cs.length}个`].concat(sub, [null, null, null, null]));
    sub.forEach((n, k) => (tot[k] += n));
  }
  vRows.push([null, null, "全县合计", `村${admin.length}个、社区${comms.length}个`].concat(tot, [null, `${poor.length}个`, null, null]));
  vRows.push(["注：瑶族人口、民族村为县民族宗教事务局口径；省定贫困村为2016—2020年省定相对贫困村。"]);
  vMerges.push(`A${vRows.length}:L${vRows.length}`);
  for (const r of vRows) padRow(r, W);

  // ---------------- 站点台账 (stations)
  const nonPoor = admin.filter((v) => !poorSet.has(v) && v !== vTownSeat && v !== vNoExp);
  const nonPoorSh = shuffle(nonPoor);
  const covNonPoor = nonPoorSh.slice(0, 34); // + vTownSeat (镇级) = 35 non-poor
  const uncovered = nonPoorSh.slice(34);
  const vMonth = covNonPoor[0];
  const vTwice = covNonPoor[5];
  const vSept2 = uncovered[0];
  const poorSept = poor[9];
  const ST = [];
  // 镇级 stations: in the town's community, except 大坪镇 (in its seat village)
  for (const x of towns) {
    const loc = x.t === "大坪镇" ? vTownSeat : x.cs[0];
    ST.push({ lvl: "镇级服务站", v: loc, t: x.t, op: randIsoBetween("2020-07-01", "2020-12-20") });
  }
  for (const v of poor.filter((p) => p !== poorSept).concat(covNonPoor)) ST.push({ lvl: "村级服务点", v, t: townOf[v], op: randIsoBetween("2020-08-01", "2021-08-25") });
  ST.find((s) => s.v === vMonth).op = "2021-08";
  ST.push({ lvl: "村级服务点", v: vTwice, t: townOf[vTwice], op: randIsoBetween("2021-03-01", "2021-07-30"), second: true });
  ST.push({ lvl: "村级服务点", v: poorSept, t: townOf[poorSept], op: "2021-09-06" });
  ST.push({ lvl: "村级服务点", v: vSept2, t: townOf[vSept2], op: "2021-09-15" });
  ST.push({ lvl: "村级服务点", v: "板洞林场", t: "三排镇", op: randIsoBetween("2021-01-10", "2021-06-30"), forest: true });
  ST.push({ lvl: "村级服务点", v: tc("三江镇")[1], t: "三江镇", op: randIsoBetween("2020-10-01", "2021-04-30") });
  const TORD = TOWNS.map((t) => t[0]);
  ST.sort((a, b) => TORD.indexOf(a.t) - TORD.indexOf(b.t) || cmp(a.lvl === "镇级服务站" ? 0 : 1, b.lvl === "镇级服务站" ? 0 : 1) || cmp(a.op, b.op));
  const SERV = ["代购代销、快递收发", "代购代销、代缴费、快递收发", "农产品收购、网上代销", "代购代销、小额取款、快递收发", "网上代销、电商培训咨询"];
  const sRows = [["连南瑶族自治县镇村电子商务服务站点台账"], ["（截至2021年9月15日）"],
    ["序号", "站点级别", "站点名称", "所在镇", "所在村（社区）", "详细地址", "负责人", "联系电话", "挂牌时间", "服务内容"]];
  const sRecs = [];
  ST.forEach((s, j) => {
    const isC = s.v.endsWith("社区");
    let vcell;
    if (s.forest) vcell = s.v;
    else if (isC) vcell = `${s.v}居委会`;
    else vcell = j % 3 === 0 ? `${short(s.v)}村委会` : j % 3 === 1 ? s.v : `${short(s.v)}村民委员会`;
    let dc;
    if (s.op === "2021-08") dc = "2021年8月";
    else if (s.op === "2021-09-06") dc = "2021.9.6";
    else if (s.op === "2021-09-15") dc = "2021年9月15日";
    else dc = dateCell(s.op, j);
    const nm = s.lvl === "镇级服务站" ? `${s.t}电子商务服务站` : `${s.forest ? "板洞林场" : short(s.v) + (isC ? "社区" : "村")}电商服务点${s.second ? "（二）" : ""}`;
    const addr = s.forest ? "三排镇板洞林场场部" : `${s.t}${short(s.v)}${isC ? "社区" : "村"}${[isC ? "居委会旁" : "村委会旁", "圩镇街", "综合服务中心一楼", isC ? "街口商店" : "村口商店", "文化室"][j % 5]}`;
    sRows.push([j + 1, s.lvl, nm, s.t, vcell, addr, personName(), mask(phone()), dc, SERV[j % SERV.length]]);
    sRecs.push({ village: s.v, opened: s.op });
  });
  sRows.push(["注：镇级服务站设在镇区，同时服务所在村（社区）；挂牌时间以挂牌仪式为准。"]);
  const sMerges = ["A1:J1", "A2:J2", `A${sRows.length}:J${sRows.length}`];
  for (const r of sRows) padRow(r, 10);
  const adminSet = new Set(admin);
  const covSet = new Set(ST.filter((s) => openedBy(s.op, CUT) && adminSet.has(s.v)).map((s) => s.v));
  const covPoor = poor.filter((v) => covSet.has(v));
  assert(covSet.size === 50 && ratioGE(50, 71, 70) && !ratioGE(49, 71, 70), "c1 50/71 ≥ 70%, 49/71 < 70% " + covSet.size);
  assert(covSet.has(vTownSeat) && ST.filter((s) => s.v === vTownSeat).length === 1, "c1 town seat covered only by the 镇级 station");
  assert(covPoor.length === 15 && ratioGE(15, 16, 80) && !ratioGE(15, 16, 100), "c1 poor 15/16");

  // ---------------- 培训台账 (sessions with breakdowns)
  const TOPICS = ["农村电商基础知识", "网店开设与运营", "瑶绣产品网上营销", "短视频拍摄与剪辑", "直播带货实操", "农产品包装与品牌", "电商客服与物流", "社群团购运营"];
  const PLACES = ["县电商公共服务中心", "寨岗镇文化站", "大麦山镇党群服务中心", "香坪镇政府会议室", "涡水镇文化站", "三排镇党群服务中心", "大坪镇文化站"];
  const sess = [];
  let day = "2020-09-15";
  for (let k = 0; k < 24; k++) {
    if (day >= "2020-10-01" && day <= "2020-10-08") day = "2020-10-13";
    if (day >= "2021-02-08" && day <= "2021-02-21") day = "2021-02-24";
    const two = k % 5 === 3;
    sess.push({ start: day, end: two ? isoAdd(day, 1) : day, topic: TOPICS[k % TOPICS.length], place: PLACES[k % PLACES.length], pt: rint(32, 58), poorSp: false });
    day = isoAdd(day, rint(13, 15));
  }
  assert(sess[23].end <= "2021-08-25", "c1 24th session by 8/25 " + sess[23].end);
  for (const s of sess) assert(s.start.slice(0, 7) === s.end.slice(0, 7), "c1 two-day session within a month " + s.start);
  let diff = 1060 - sum(sess.map((s) => s.pt));
  for (let j = 0; diff !== 0; j = (j + 1) % 24) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 3);
    if (sess[j].pt + st < 26 || sess[j].pt + st > 66) continue;
    sess[j].pt += st;
    diff -= st;
  }
  const lastAug = { start: CUT, end: CUT, topic: "瑶山农产品直播带货", place: "县电商公共服务中心", pt: 36, poorSp: true };
  const sept1 = { start: "2021-08-30", end: "2021-09-01", topic: "脱贫户电商技能提升（三天班）", place: "县电商公共服务中心", pt: 48, poorSp: true, range: "2021.8.30-9.1" };
  const sept2 = { start: "2021-09-08", end: "2021-09-08", topic: "“瑶山好物”直播节公益培训", place: "县体育馆", pt: 252, poorSp: false };
  sess.push(lastAug, sept1, sept2);
  // poor 专场 among the in-cut sessions
  for (const j of [4, 9, 14, 19]) {
    sess[j].poorSp = true;
    sess[j].topic = ["脱贫户电商入门（专场）", "瑶绣网店运营（脱贫户专场）", "脱贫户短视频拍摄（专场）", "脱贫户农产品网销（专场）"][[4, 9, 14, 19].indexOf(j)];
  }
  sess.forEach((s, j) => (s.no = j + 1));
  const ptCut = sum(sess.filter((s) => s.end <= CUT).map((s) => s.pt));
  const ptAll = sum(sess.map((s) => s.pt));
  assert(ptCut === 1096 && ptAll === 1396, "c1 1096 / 1396 " + ptCut + " " + ptAll);
  assert(tierTrain(ptCut, POP) === 8 && tierTrain(ptCut - lastAug.pt, POP) === 6 && tierTrain(ptAll, POP) === 10, "c1 training tiers");
  assert(tierTrain(ptCut, 179200) === 6, "c1 户籍人口 would give 6");

  // ---------------- 脱贫人口 (poor persons) and roster
  const LAB = ["普通劳动力", "技能劳动力", "弱劳动力或半劳动力"];
  const plan = shuffle([].concat(Array(56).fill("E"), Array(14).fill("M"), Array(8).fill("N")));
  const xPick = plan.indexOf("E");
  const poorHomes = poor.concat(admin.filter((v) => !poorSet.has(v)).slice(0, 6));
  const persons = plan.map((c, j) => {
    const birth = c === "N" ? birthBetween(1936, 1952) : birthBetween(1968, 2001);
    const id = makeId(REGION, birth, rnd() < 0.5, j === xPick ? true : undefined);
    let lab, emp;
    if (c === "E") {
      lab = LAB[j % 7 === 3 ? 2 : j % 5 === 0 ? 1 : 0];
      emp = ["县内务工", "未就业", "县内务工", "县内务工", "未就业"][j % 5];
    } else if (c === "M") {
      lab = LAB[j % 2];
      emp = j % 3 === 0 ? "省外务工" : "县外省内务工";
    } else {
      lab = j % 2 ? "丧失劳动力" : "无劳动力";
      emp = null;
    }
    const sex = Number(id[16]) % 2 ? "男" : "女";
    return { c, id, lab, emp, sex, v: poorHomes[j % poorHomes.length], name: personName(), birth };
  });
  const EMPS = ["县内务工", "县外省内务工", "省外务工", "未就业"];
  const pRows = [["连南瑶族自治县脱贫人口劳动力及就业情况台账"], ["说明：劳动能力为“普通劳动力”“技能劳动力”“弱劳动力或半劳动力”的属有劳动能力；在县外（含省外）务工的为外出务工。就业情况在对应栏打“✓”。"],
    ["序号", "镇", "村", "姓名", "性别", "身份证号码", "劳动能力", "就业情况", null, null, null, "备注"],
    [null, null, null, null, null, null, null, "县内务工", "县外省内务工", "省外务工", "未就业", null]];
  const pMerges = ["A1:L1", "A2:L2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:K3", "L3:L4"];
  const pSorted = persons.slice().sort((a, b) => cmp(TORD.indexOf(townOf[a.v]) + a.v, TORD.indexOf(townOf[b.v]) + b.v));
  const pRecs = [];
  pSorted.forEach((p, j) => {
    const ticks = EMPS.map((e) => (p.emp === e ? "✓" : null));
    pRows.push([j + 1, townOf[p.v], p.v, p.name, p.sex, p.id, p.lab].concat(ticks, [p.c === "N" ? "不适用" : null]));
    pRecs.push({ id: p.id, labour: LAB.includes(p.lab), migrant: p.c === "N" ? null : p.c === "M" });
  });
  const elig = persons.filter((p) => p.c === "E");
  const xPerson = persons[xPick];
  assert(elig.length === 56 && xPerson.c === "E" && xPerson.id.endsWith("X"), "c1 56 eligible, X person");

  const poorSessIn = sess.filter((s) => s.poorSp && s.end <= CUT);
  assert(poorSessIn.length === 5, "c1 five in-cut 专场");
  const others = shuffle(elig.filter((p) => p !== xPerson));
  const trained = [xPerson].concat(others.slice(0, 24));
  const fwPerson = trained[7];
  const spPerson = trained[15];
  const septOnly = others[24];
  const migs = persons.filter((p) => p.c === "M");
  const nols = persons.filter((p) => p.c === "N");
  const RO = [];
  trained.forEach((p, k) => RO.push({ p, s: poorSessIn[k % 5], shown: p === xPerson ? p.id.slice(0, 17) + "x" : p === fwPerson ? fwDigits(p.id) : p === spPerson ? spacedId(p.id) : p.id }));
  RO.push({ p: trained[2], s: poorSessIn[4], shown: trained[2].id, note: "复训" });
  RO.push({ p: septOnly, s: sept1, shown: septOnly.id });
  RO.push({ p: migs[0], s: poorSessIn[1], shown: migs[0].id, note: "春节返乡" });
  RO.push({ p: migs[1], s: sept1, shown: migs[1].id, note: null });
  RO.push({ p: nols[0], s: poorSessIn[3], shown: nols[0].id, note: "陪同家属旁听" });
  assert(poorSessIn[4] !== RO.find((r) => r.p === trained[2]).s, "c1 repeat in a different session");
  const ROs = RO.slice().sort((a, b) => a.s.no - b.s.no);
  for (const s of sess) s.poorN = s.poorSp ? ROs.filter((r) => r.s === s).length : null;
  for (const s of sess) if (s.poorSp) assert(s.poorN > 0 && s.poorN <= s.pt, "c1 roster within session " + s.no);
  const eligIds = new Set(elig.map((p) => p.id));
  const trainedCut = new Set(ROs.filter((r) => r.s.end <= CUT && eligIds.has(normId(r.shown))).map((r) => normId(r.shown)));
  const trainedRaw = new Set(ROs.filter((r) => r.s.end <= CUT && eligIds.has(r.shown)).map((r) => r.shown));
  assert(trainedCut.size === 25 && tierPoor(25, 56) === 8, "c1 25/56 = 44.6% → 8");
  assert(trainedRaw.size === 22 && tierPoor(22, 56) === 6, "c1 22/56 without normalising → 6");
  assert(tierPoor(26, 56) === 8 && !ratioGE(26, 56, 50), "c1 Sept trainee does not change the tier");

  const sessDate = (s, j) => {
    if (s.range) return s.range;
    if (s === lastAug) return "2021年8月31日";
    if (s === sept2) return "2021年9月8日";
    if (s.end !== s.start) return j % 2 ? `${dotDate(s.start)}-${ymd(s.end)[2]}` : `${cnDate(s.start)}—${ymd(s.end)[2]}日`;
    return dateCell(s.start, j);
  };
  const tW = 15;
  const tRows = [["连南瑶族自治县农村电商培训台账"], ["单位：人次"],
    ["期次", "培训日期", "培训内容", "培训地点", "参训人次", null, null, "年龄结构", null, null, "文化程度", null, null, "其中：脱贫人口", "承办单位"],
    [null, null, null, null, "合计", "男", "女", "35岁及以下", "36—50岁", "51岁及以上", "初中及以下", "高中（中专）", "大专及以上", null, null]];
  const tMerges = ["A1:O1", "A2:O2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "H3:J3", "K3:M3", "N3:N4", "O3:O4"];
  const ORG = ["县电商公共服务中心", "清远职业技术学院", "县邮政分公司", "县电商公共服务中心"];
  const line = (s) => {
    const male = Math.round(s.pt * (0.35 + rnd() * 0.25));
    const age = split3(s.pt, [4 + rint(0, 3), 4, 2]);
    const edu = split3(s.pt, [5, 3 + rint(0, 2), 2]);
    return [s.pt, male, s.pt - male].concat(age, edu);
  };
  const subRow = (label, list) => {
    const cols = list.map((s) => s.line);
    const sums = cols[0].map((_, k) => sum(cols.map((c) => c[k])));
    return [label, null, null, null].concat(sums, [sum(list.map((s) => s.poorN || 0)) || null, null]);
  };
  for (const s of sess) s.line = line(s);
  const y2020 = sess.filter((s) => s.end < "2021-01-01");
  const y2021 = sess.filter((s) => s.end >= "2021-01-01");
  const tRecs = [];
  sess.forEach((s, j) => {
    tRows.push([`第${s.no}期`, sessDate(s, j), s.topic, s.place].concat(s.line, [s.poorN, ORG[j % ORG.length]]));
    tRecs.push({ date: s.end, personTimes: s.pt });
    if (s === y2020[y2020.length - 1]) tRows.push(subRow("2020年小计", y2020));
  });
  tRows.push(subRow("2021年小计", y2021));
  tRows.push(subRow("总计", sess));
  for (const r of tRows) padRow(r, tW);
  for (let i = 5; i <= tRows.length; i++) if (/小计|总计/.test(String(tRows[i - 1][0]))) tMerges.push(`A${i}:D${i}`);
  tRows.push(padRow(["注：脱贫户专场学员名单见《脱贫户学员花名册》，已计入本表参训人次。"], tW));
  tMerges.push(`A${tRows.length}:O${tRows.length}`);
  assert(sum(y2020.map((s) => s.pt)) + sum(y2021.map((s) => s.pt)) === ptAll, "c1 subtotals");

  const EDU = ["小学", "初中", "初中", "高中", "中专", "大专"];
  const rRows = [["脱贫户学员花名册"]];
  const rMerges = ["A1:I1"];
  const rRecs = [];
  for (const s of sess.filter((x) => x.poorSp)) {
    rRows.push([`第${s.no}期　${s.range ? "2021年8月30日—9月1日" : s === lastAug ? "2021年8月31日" : s.end !== s.start ? `${cnDate(s.start)}—${ymd(s.end)[2]}日` : cnDate(s.start)}　${s.topic}`]);
    rMerges.push(`A${rRows.length}:I${rRows.length}`);
    rRows.push(["序号", "姓名", "性别", "年龄", "文化程度", "身份证号码", "所在村", "联系电话", "备注"]);
    ROs.filter((r) => r.s === s).forEach((r, k) => {
      if (!r.p.edu) {
        r.p.edu = EDU[rint(0, EDU.length - 1)];
        r.p.tel = mask(phone());
      }
      rRows.push([k + 1, r.p.name, r.p.sex, ageOn(r.p.birth, s.end), r.p.edu, r.shown, r.p.v, r.p.tel, r.note || null]);
      rRecs.push({ date: s.end, personTimes: 1, id: normId(r.shown) });
    });
    rRows.push(padRow([], 9));
  }
  for (const r of rRows) padRow(r, 9);
  checkTrainingIds(rRecs, "c1 roster");

  // ---------------- 园区租赁台账 (enterprises)
  const FN = [["瑶乡优品网络科技", "平台型"], ["南岗瑶寨农特产品", "销售型"], ["瑶绣坊电子商务", "销售型"], ["连南县山里人家电商", "销售型"], ["瑶山云仓物流", "物流企业"],
    ["千年瑶寨直播传媒", "直播电商"], ["大叶茶网店", "销售型"], ["稻田鱼生态农业", "农产品加工"], ["高山番薯电商", "销售型"], ["瑶韵电商服务", "电商运营商"],
    ["万山红农产品", "销售型"], ["瑶家妹网店", "销售型"], ["云上瑶山网络科技", "平台型"], ["顺通快递服务", "物流企业"], ["三江优选商贸", "销售型"],
    ["瑶族长鼓文化传播", "直播电商"], ["连南县山货郎电商", "销售型"], ["瑶乡供应链管理", "电商运营商"], ["金坑生态茶业", "销售型"], ["瑶岭电商运营", "电商运营商"],
    ["南岗腊味网店", "销售型"], ["寨岗竹编工艺", "销售型"]];
  const firms = FN.map(([n, t]) => ({ n: `连南瑶族自治县${n}有限公司`.replace("连南瑶族自治县连南县", "连南县"), t, code: creditCode(REGION) }));
  const L = [];
  let room = 200;
  const nextRoom = () => {
    room += rint(1, 2);
    if (room % 100 > 18) room = Math.floor(room / 100) * 100 + 101;
    return String(room);
  };
  for (let j = 0; j < 17; j++) L.push({ f: firms[j], room: nextRoom(), s: randIsoBetween("2020-09-01", "2021-07-15") });
  L[0].s = "2020-09-01";
  L[3].free = true;
  L[11].free = true;
  const fA = firms[17];
  L.push({ f: fA, room: nextRoom(), s: "2020-09-01", e: "2021-08-31", note: "到期续租，见下行" });
  L.push({ f: fA, room: L[L.length - 1].room, s: "2021-09-01", e: "2022-08-31", note: "续租" });
  const fD = firms[18];
  L.push({ f: fD, room: nextRoom(), s: "2020-11-16" });
  L.push({ f: fD, room: nextRoom(), s: "2021-04-01", note: "增租一间（仓储）" });
  const fF = firms[19];
  L.push({ f: fF, room: nextRoom(), s: "2020-09-01", e: "2021-08-31", out: "2021-08-31", note: "到期不续租" });
  const fB = firms[20];
  L.push({ f: fB, room: nextRoom(), s: "2020-10-15", e: "2021-10-14", out: "2021-06-30", note: "提前退租" });
  const fC = firms[21];
  L.push({ f: fC, room: nextRoom(), s: "2021-09-01", e: "2022-08-31", note: "新签" });
  L.push({ vacant: true, room: nextRoom() });
  const plusYears = (iso, n) => isoAdd(`${Number(iso.slice(0, 4)) + n}${iso.slice(4)}`, -1);
  for (const l of L) if (!l.vacant && !l.e) l.e = plusYears(l.s, rint(2, 3));
  const shuffled = L.slice(0, 17).sort((a, b) => cmp(a.room, b.room)).concat(L.slice(17));
  const eRows = [["连南瑶族自治县电子商务产业园房屋租赁台账"], ["产业园位于县电子商务公共服务中心二、三楼；运营单位：连南瑶族自治县瑶乡优品网络科技有限公司"],
    ["序号", "房号", "承租企业", "统一社会信用代码", "企业类型", "租赁起始日", "租赁到期日", "面积（㎡）", "租金（元/月）", "退租日期", "备注"]];
  const eRecs = [];
  shuffled.forEach((l, j) => {
    if (l.vacant) {
      eRows.push([j + 1, l.room, "（空置）", null, null, null, null, rint(30, 60), null, null, "招租中"]);
      return;
    }
    const area = rint(25, 90);
    eRows.push([j + 1, l.room, l.f.n, l.f.code, l.f.t, dateCell(l.s, j + 3), dateCell(l.e, j + 1), area, l.free ? "0（孵化期免租）" : area * 15,
      l.out ? (l.out === "2021-08-31" ? "2021年8月31日" : dotDate(l.out)) : null, l.note || null]);
    eRecs.push({ name: l.f.n, type: l.f.t, entered: l.s, left: l.out || null });
  });
  const eMerges = ["A1:K1", "A2:K2"];
  const inPark = new Set(L.filter((l) => !l.vacant && l.s <= CUT && !(l.out && l.out < CUT)).map((l) => l.f.code));
  const typesIn = new Set(L.filter((l) => !l.vacant && inPark.has(l.f.code)).map((l) => l.f.t));
  assert(inPark.size === 20 && typesIn.size >= 3, "c1 20 in the park " + inPark.size);
  assert(new Set(L.filter((l) => !l.vacant).map((l) => l.f.code)).size === 22, "c1 22 distinct tenants");

  // ---------------- 专户流水 (funds)
  const PAY = [["2020-08-26", "连南瑶族自治县瑶乡优品网络科技有限公司", "县电商公共服务中心建设首期款", 520000],
    ["2020-09-29", "中国邮政集团有限公司连南瑶族自治县分公司", "村级站点建设首期款", 318600], ["2020-11-17", "清远职业技术学院", "电商培训服务费（第一期）", 96800],
    ["2020-12-22", "连南瑶族自治县瑶乡优品网络科技有限公司", "县电商公共服务中心建设进度款", 412500],
    ["2021-01-19", "连南县顺达物流有限公司", "物流体系建设首期款", 265000, "failed"], ["2021-01-26", "连南县顺达物流有限公司", "物流体系建设首期款（重新支付）", 265000],
    ["2021-03-10", "中国邮政集团有限公司连南瑶族自治县分公司", "村级站点建设进度款", 386400], ["2021-04-14", "清远职业技术学院", "电商培训服务费（第二期）", 128300],
    ["2021-05-18", "连南瑶族自治县瑶乡优品网络科技有限公司", "品牌推广服务费", 146000], ["2021-06-22", "连南县顺达物流有限公司", "物流体系建设进度款", 298760],
    ["2021-07-20", "连南县瑶山冷链仓储有限公司", "冷链设施建设款", 215000], ["2021-08-12", "连南瑶族自治县瑶乡优品网络科技有限公司", "县电商公共服务中心建设尾款", 0],
    ["2021-08-31", "中国邮政集团有限公司连南瑶族自治县分公司", "村级站点建设进度款", 180000, "late"], ["2021-09-09", "中国邮政集团有限公司连南瑶族自治县分公司", "村级站点建设尾款", 420000]];
  const SPENT = 3512360;
  PAY[11][3] = SPENT - sum(PAY.filter((p, k) => k !== 11 && p[4] !== "failed" && p[0] <= CUT).map((p) => p[3]));
  assert(PAY[11][3] === 545000, "c1 august payment " + PAY[11][3]);
  const EV = [{ d: "2020-06-18", t: "10:15:42", sum: "转账收入", memo: "收到省级电子商务进农村综合示范专项资金", who: "连南瑶族自治县财政局", cr: 5000000 },
    { d: "2020-06-21", t: "00:00:00", sum: "结息", memo: "第二季度利息", who: null, cr: 412.83 }, { d: "2020-09-21", t: "00:00:00", sum: "结息", memo: "第三季度利息", who: null, cr: 3125.4 },
    { d: "2020-12-21", t: "00:00:00", sum: "结息", memo: "第四季度利息", who: null, cr: 2861.07 }, { d: "2021-03-21", t: "00:00:00", sum: "结息", memo: "第一季度利息", who: null, cr: 2514.33 },
    { d: "2021-06-21", t: "00:00:00", sum: "结息", memo: "第二季度利息", who: null, cr: 2187.95 }];
  for (const p of PAY) EV.push({ d: p[0], t: p[4] === "late" ? "16:45:12" : hms(), sum: "转账支出", memo: p[2], who: p[1], dr: p[3], failed: p[4] === "failed" });
  EV.push({ d: "2021-01-21", t: "09:02:37", sum: "退汇", memo: "退汇：收款账号有误（原1月19日物流体系建设首期款）", who: "连南县顺达物流有限公司", cr: 265000 });
  EV.sort((a, b) => cmp(a.d + a.t, b.d + b.t));
  const acct = {};
  const fRows = [["中国农业银行　账户交易明细"], ["账户名称：连南瑶族自治县商务局（电子商务进农村综合示范专项资金）　　账号：4452****0186　　币种：人民币　　查询区间：2020-06-01 至 2021-09-15"],
    ["交易日期", "交易时间", "交易类型", "摘要", "对方户名", "对方账号", "借方发生额", "贷方发生额", "余额", "备注"]];
  let bal = 0;
  const fRecs = [];
  for (const e of EV) {
    if (e.who && !acct[e.who]) acct[e.who] = maskAcct(String(rint(10000000, 99999999)) + String(rint(10000000, 99999999)) + String(rint(100, 999)));
    bal = (cents(bal) + cents(e.cr || 0) - cents(e.dr || 0)) / 100;
    fRows.push([yyyymmdd(e.d), e.t, e.sum, e.memo, e.who, e.who ? acct[e.who] : null, e.dr ? e.dr : null, e.cr ? e.cr : null, bal,
      e.failed ? "已退汇，1月26日重新支付" : e.d === "2021-01-21" ? "退回1月19日款项" : null]);
    if (e.dr && !e.failed) fRecs.push({ date: e.d, amount: e.dr });
  }
  const fMerges = ["A1:J1", "A2:J2"];
  const spent = sumYuan(fRecs.filter((r) => r.date <= CUT).map((r) => r.amount));
  assert(spent === SPENT && ratioGE(spent, 5000000, 70) && !ratioGE(spent - 180000, 5000000, 70), "c1 spent 70.25% with 8/31");

  // ---------------- 月报 (month matrix, cells “月/日”)
  const RM = monthsBetween("2020-08", "2021-08");
  const repDate = {};
  for (const m of RM) {
    const nx = monthsBetween(m, "2021-12")[1];
    let d = `${nx}-${String(rint(4, 9)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(d)) || (d >= "2020-10-01" && d <= "2020-10-08")) d = isoAdd(d, 1);
    repDate[m] = d;
  }
  repDate["2020-11"] = "2021-01-05";
  repDate["2020-12"] = "2021-01-08";
  const head = ["报送事项"].concat(RM.map((m, k) => (k === 0 || m.endsWith("-01") ? cnMonth(m) : `${Number(m.slice(5))}月`)));
  const mRowA = ["工作进展月报（报送日期）"].concat(RM.map((m) => (m === "2020-11" ? "1/5（补报）" : mdSlash(repDate[m]))));
  const povOf = (m) => m >= "2020-10";
  const mRowB = ["电商扶贫统计表（随月报）"].concat(RM.map((m) => (povOf(m) ? "√" : "×")));
  const repRows = [["2020—2021年月报报送情况（报送清远市商务局）"], head, mRowA, mRowB,
    ["注：表头为月报所属月份，格内为实际报送日期（月/日，报送在次月）；2020年11月月报因系统故障于2021年1月5日补报。"]];
  const repMerges = [`A1:${colName(RM.length)}1`, `A5:${colName(RM.length)}5`];
  for (const r of repRows) padRow(r, RM.length + 1);
  const repRecs = RM.map((m) => ({ date: repDate[m], poverty: povOf(m) }));
  const repMonths = inWindowMonths(repRecs.filter((r) => r.date <= CUT).map((r) => r.date));
  assert(repMonths === 11 && !repRecs.some((r) => r.date.startsWith("2020-12")), "c1 reports 11 months " + repMonths);

  // ---------------- 专栏 (CMS export)
  const UPD = [["2020-07-08", "连南瑶族自治县电子商务进农村综合示范创建工作方案", "创建方案"], ["2020-07-08", "连南瑶族自治县电子商务进农村综合示范项目基本信息公示", "项目信息"],
    ["2020-07-15", "关于设立电子商务进农村综合示范项目监督举报电话的公告", "监督举报"]];
  for (const m of monthsBetween("2020-08", "2021-08")) {
    const [y, mo] = m.split("-").map(Number);
    UPD.push([`${m}-${String(rint(2, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, `连南瑶族自治县电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`, "建设进度"]);
  }
  UPD.sort((a, b) => cmp(a[0], b[0]));
  const cRows = [["连南瑶族自治县人民政府网站　内容管理系统　稿件导出"], ["栏目：电子商务进农村综合示范（含子栏目）　导出时间：2021-09-10 16:02"],
    ["稿件ID", "标题", "子栏目", "状态", "发布时间", "点击量"]];
  const cRecs = [];
  UPD.forEach(([d, t, c], j) => {
    cRows.push([String(30500 + j * 7 + rint(0, 5)), t, c, "已发布", `${d} ${hms()}`, rint(60, 900)]);
    cRecs.push({ date: d });
  });
  cRows.push([String(30500 + UPD.length * 7 + 3), "连南瑶族自治县电子商务进农村综合示范项目建设进度（2021年9月）", "建设进度", "待审核", null, 0]);
  assert(inWindowMonths(cRecs.map((r) => r.date)) === 12, "c1 column 12 months");

  // ---------------- 宣传报道 / 经验材料
  const MED = [["2020-11-20", "连南融媒（“连南发布”）", "县级", "网络", "连南首批村级电商服务点挂牌", "否"], ["2021-01-22", "南方日报", "省级", "报纸", "连南：瑶绣“触网”走出大山", "否"],
    ["2021-05-12", "广东广播电视台《广东新闻联播》", "省级", "电视", "连南瑶山脱贫户直播卖茶", "是"], ["2021-07-16", "连南融媒《连南新闻》", "县级", "电视", "县电商公共服务中心开展直播培训", "否"],
    ["2021-09-09", "清远日报", "市级", "报纸", "连南电商进农村示范创建见成效", "否"]];
  const mdRows = [["宣传报道登记表"], ["序号", "刊播日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
  MED.forEach((m, j) => mdRows.push([j + 1, m[0] === "2021-09-09" ? "2021.9.9" : dateCell(m[0], j + 2), m[1], m[2], m[3], `《${m[4]}》`, m[5]]));
  const matRows = [["经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送单位"], [1, "2021年6月25日", "《连南瑶族自治县“电商＋瑶绣”助力脱贫户增收经验做法》", "清远市商务局"],
    [2, "2021.9.10", "《连南瑶族自治县电子商务进农村综合示范创建工作总结》", "清远市商务局"]];
  const ddRows = [["是否", "快递", "类型", "站点级别"], ["是", "已通", "村委会", "镇级服务站"], ["否", "未通", "社区居委会", "村级服务点"]];

  // ---------------- 自评表 (cards)
  const FW_ = 6;
  const fr = [];
  const fm = [];
  const full = (t) => {
    fr.push(padRow([t], FW_));
    fm.push(`A${fr.length}:F${fr.length}`);
  };
  const wide = (a, b) => {
    fr.push(padRow([a, b], FW_));
    fm.push(`B${fr.length}:F${fr.length}`);
  };
  full("连南瑶族自治县2019年省级电子商务进农村综合示范创建考评自评表");
  full("填报单位：连南瑶族自治县商务局（盖章）　　数据截至：2021年8月31日　　填报时间：2021年9月6日");
  full("一、基础数据");
  fr.push(["项目", "数据", "单位", "数据来源", null, null]);
  fm.push(`D${fr.length}:F${fr.length}`);
  const BASE = [["常住人口", 13.68, "万人", "第七次全国人口普查"], ["户籍人口", 17.92, "万人", "县公安局（2020年末）"], ["行政村", 71, "个", "县民政局"], ["社区", 8, "个", "县民政局"],
    ["省定贫困村", 16, "个", "县乡村振兴局"], ["2019年农村网络零售额", 3.85, "亿元", "省商务厅监测数据"], ["2020年农村网络零售额", 4.77, "亿元", "省商务厅监测数据"],
    ["2020年农产品网络零售额同比增速", 31.5, "%", "省商务厅监测数据"], ["下达省级专项资金", 500, "万元", "省财政厅资金下达文件"], ["累计拨付", 351.236, "万元", "专户流水（截至8月31日）"],
    ["项目总体进度", 85, "%", "县商务局"]];
  for (const b of BASE) {
    fr.push([b[0], b[1], b[2], b[3], null, null]);
    fm.push(`D${fr.length}:F${fr.length}`);
  }
  full("二、逐项自评");
  const CARDS = [
    ["（一）组织领导（2分）", "由县政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）；分管领导牵头（1分）",
      "成立县电子商务进农村综合示范工作领导小组，县委书记、县长任双组长，分管副县长任常务副组长；成员单位：县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监管局、县邮政分公司。", "2/2", "org.leadership"],
    ["（二）方案制定（2分）", "工作方案因地制宜，可操作性较强（1-2分）", "2020年4月县政府办公室正式印发《连南瑶族自治县电子商务进农村综合示范创建工作方案》。", "2/2", "org.plan"],
    ["（三）政策支持（2分）", "出台相关政策，且得到较好落实（1-2分）", "出台《连南瑶族自治县促进农村电子商务发展扶持办法（试行）》；用地、人才政策落实不够，自评1分。", "1/2", "org.policy"],
    ["（四）项目管理（4分）", "建立项目管理制度并严格落实（1-2分）；建立完整工作台账（1-2分）", "制定项目管理办法，建设、验收按制度执行（2分）；工作台账已建立，部分站点台账信息不全（1分）。", "3/4", "org.management"],
    ["（五）服务体系建设——县级中心与产业园（15分）", "建成县级中心（2分）；运行6个月以上（2分）；免费培训（2分）；免费展示销售（1分）；免费摄影美工（1分）；统一推广和品牌建设（1分）；其他衍生增值服务（1分）；产业园（2分）；入驻20家以上（2分）；三种以上类型（1分）",
      "县电子商务公共服务中心2021年3月1日投入运营，已运行满6个月；中心设免费培训室和直播设备，免费展示销售瑶山农特产品，免费提供产品拍摄和美工设计，组织“瑶山好物”统一推广和品牌培育；其他衍生增值服务（金融、代办）尚未开展；中心二、三楼整合建设电商产业园，入驻企业21家，含平台型、销售型、电商运营商、物流企业等。", "14/15", "work.center"],
    ["（六）服务体系建设——村级站点覆盖（10分）", "行政村覆盖率70%及以上（5分），50%-70%（2分）；贫困村覆盖率100%（5分），80%-100%（3分）",
      `建成镇级服务站7个、村级服务点${ST.length - 7}个，覆盖行政村52个，覆盖率73.2%；16个省定贫困村全部覆盖。`, "10/10", "work.coverage"],
    ["（七）农村产品上行（10分）", "网销调研（1-2分）；促销活动（1-2分）；第三方运营（1分）；快递覆盖100%（1分）；交易标准与冷链溯源（1-2分）；2020年网络零售额增速≥30%（2分）",
      "完成瑶山农特产品网销调研报告（自评2分）；开展“瑶山好物节”线上促销（自评2分）；中心由专业第三方运营服务商运营；行政村快递覆盖率100%；制定大叶茶电商交易标准，冷链溯源仍在建设（自评1分）；2020年农产品网络零售额增长31.5%。", "9/10", "work.upward"],
    ["（八）电商人才培训（20分）", "培训人次达常住人口1%及以上（10分），0.8%-1%（8分），0.6%-0.8%（6分）；贫困人口培训率50%及以上（10分），40%-50%（8分），30%-40%（6分）",
      "累计培训1,396人次，占常住人口1.02%；有劳动能力且未外出务工的脱贫人口56人，参训25人，培训率44.6%。", "18/20", "work.training"],
    ["（九）信息公开（4分）", "设立专栏且内容全面（2分）；近一年按月更新（2分），不定时（1分）",
      "县政府网站设“电子商务进农村综合示范”专栏，公示创建方案、项目基本信息，每月更新建设进度，公布监督举报电话。", "4/4", "info.disclosure"],
    ["（十）数据上报（6分）", "每月向市商务局报送（3分），不定时（1分）；统计电商扶贫情况（3分）", "每月向清远市商务局报送工作进展，随月报报送电商扶贫统计表。", "6/6", "info.reporting"],
    ["（十一）案例总结（2分）", "向市商务局报送经验材料（2分）", "2021年6月向清远市商务局报送经验材料。", "2/2", "promo.cases"],
    ["（十二）经验推广（8分）", "省级及以上（4分）；市级（3分）；县级（1分）", "南方日报、广东广播电视台、清远日报、连南融媒宣传报道。", "8/8", "promo.media"],
    ["（十三）制度建立（5分）", "建立科学有效的资金管理制度（1-5分）", "制定《专项资金管理办法》，建立考核问责制度。", "4/5", "fund.system"],
    ["（十四）资金台账（5分）", "承建方建立资金专用台账，账目完整（1-5分）", "开设专户，承建方建立资金专用台账。", "4/5", "fund.ledger"],
    ["（十五）资金支出（5分）", "支出率70%以上且及时拨付（1-5分）；低于70%倒扣5分", "下达500万元，截至8月31日拨付351.236万元，支出率70.2%，按进度拨付。", "4/5", "fund.spending"],
    ["加分项：贫困人口培训率70%及以上（2分）", "建档立卡贫困人口培训率70%及以上（2分）", "培训率44.6%，未达到。", "0/2", "bonus.poorTraining"],
    ["加分项：电商扶贫典型案例电视播报（2分）", "国家级电视媒体播报（2分），省级（1分）", "《连南瑶山脱贫户直播卖茶》获广东广播电视台《广东新闻联播》播报。", "1/2", "bonus.tvCase"],
    ["一票否决项", "发生安全生产、质量事故或重大损失；总体进度不足40%；弄虚作假", "创建期间未发生安全生产、质量事故，项目总体进度85%，无弄虚作假。", "—", null],
  ];
  const claimed = {};
  for (const [title, std, done, score, id] of CARDS) {
    full(title);
    wide("评分标准", std);
    wide("完成情况", done);
    fr.push(["自评得分", score, null, "佐证材料", id ? `附件${CARDS.findIndex((c) => c[4] === id) + 1}` : "—", null]);
    fm.push(`B${fr.length}:C${fr.length}`, `E${fr.length}:F${fr.length}`);
    if (id) claimed[id] = Number(score.split("/")[0]);
  }
  const claimedScored = sum(SCORED.map(([id]) => claimed[id]));
  assert(claimedScored === 91, "c1 claimed 91 " + claimedScored);
  full(`自评总分：${claimedScored}/100　　加分：${claimed["bonus.poorTraining"] + claimed["bonus.tvCase"]}/4`);
  full("填表人：房××　　审核人：唐××　　分管领导：沈××（副县长）");
  for (const r of fr) assert(r.length === FW_, "c1 form width");
  assert(pct1(477 - 385, 385) === "23.9%" && !(477 * 10 >= 385 * 13), "c1 rural growth 23.9%");

  // ---------------- points
  const centerOpen = "2021-03-01";
  const sixOk = centerOpen <= "2021-02-28";
  const centerPts = 2 + (sixOk ? 2 : 0) + 2 + 1 + 1 + 1 + 0 + 2 + (inPark.size >= 20 ? 2 : 0) + (typesIn.size >= 3 ? 1 : 0);
  const covPts = (ratioGE(covSet.size, 71, 70) ? 5 : ratioGE(covSet.size, 71, 50) ? 2 : 0) + (covPoor.length === 16 ? 5 : ratioGE(covPoor.length, 16, 80) ? 3 : 0);
  const trainPts = tierTrain(ptCut, Math.min(POP, 500000)) + tierPoor(trainedCut.size, elig.length);
  const mediaPts = 4 + 1;
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 1,
    "work.center": centerPts, "work.coverage": covPts, "work.upward": 2 + 2 + 1 + 0 + 1 + 2,
    "work.training": trainPts, "info.disclosure": 2 + 2, "info.reporting": (repMonths === 12 ? 3 : 1) + 3,
    "promo.cases": 2, "promo.media": mediaPts, "fund.system": 4, "fund.ledger": 4, "fund.spending": ratioGE(spent, 5000000, 70) ? 4 : -5,
    "bonus.poorTraining": ratioGE(trainedCut.size, elig.length, 70) ? 2 : 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(centerPts === 12 && covPts === 8 && trainPts === 16, "c1 center/coverage/training " + [centerPts, covPts, trainPts]);
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 79 && bonus === 1, "c1 total " + scored + "+" + bonus);
  const derivation = [
    "org.leadership: 自评表“县委书记、县长任双组长”（主要领导），成员单位有县商务局、县财政局、县农业农村局、县乡村振兴局 → 2",
    "org.plan: 2020年4月县政府办正式印发工作方案，自评“2/2” → 2",
    "org.policy: 出台扶持办法，自评“1/2” → 1",
    "org.management: 项目管理制度2分＋工作台账1分（卡片“完成情况”里写明） → 3",
    `work.center: 中心2021年3月1日投入运营 → 建成2；运行满6个月要求投入运营不晚于2021-02-28，3月1日晚一天 → 0（自评写“已运行满6个月”不成立）；免费培训2、免费展示销售1、免费摄影美工1、统一推广品牌1；其他衍生增值服务“尚未开展” → 0；产业园已整合建设 → 2；《园区租赁台账》8月31日在园企业按信用代码去重20家（“${fA.n}”到期续租两行算一家，“${fD.n}”两间房算一家，“${fF.n}”8月31日退租当天仍在园算，“${fB.n}”6月30日提前退租不算，“${fC.n}”9月1日新签不算，空置房不是企业） → 20 ≥ 20 → 2；类型有平台型、销售型、电商运营商、物流企业等 → 1；合计12（自评14，自评表说21家）`,
    `work.coverage: 《村情表》村委会71个（社区居委会8个、各镇小计行、合计行都不算）；《站点台账》挂牌时间≤8月31日覆盖的行政村50个——其中“${vTownSeat}”只有大坪镇镇级服务站设在该村（镇级站设在行政村也覆盖该村），“${vMonth}”挂牌只写“2021年8月”也算；其他镇级站设在社区不算，“${short(vTwice)}村”两个服务点算一次，三江镇社区服务点不算，“板洞林场”不在村名单（提示），“${vSept2}”2021年9月15日不算 → 50/71 = ${pct1(50, 71)} ≥ 70% → 5（漏掉镇级站或只到月的那站就是49/71 = 69.0% → 2）；省定贫困村16个，贫困村“${poorSept}”服务点2021.9.6挂牌不算 → 15/16 = 93.8%，≥ 80% → 3；合计8（自评10）`,
    `work.upward: 网销调研自评2、促销自评2、交易标准冷链溯源自评1；第三方运营服务商 → 1；快递：《村情表》有“快递进村”列，“${vNoExp}”写“未通”（邮件到镇自提） → 0（自评表写100%，与名单不符，以名单为准并提示）；农村网零3.85亿→4.77亿元增长23.9%不到30%，但农产品网零增长31.5% ≥ 30% → 2；合计8（自评9）`,
    `work.training: 《培训台账》按培训日期（两天班、三天班按结束日）≤ 8月31日：第1—25期合计${fmtInt(ptCut)}人次（读“参训人次—合计”列；男女、年龄、文化程度各栏是同一人次的拆分，不能再加；“2020年小计”“2021年小计”“总计”行不是期次；第25期8月31日36人次算；第26期“2021.8.30-9.1”按结束日9月1日、第27期9月8日都不算） → ${fmtInt(ptCut)}/136,800 = ${pct2(ptCut, POP)}，≥ 0.8% → 8（自评表1,396人次含9月两期；漏掉8月31日那期只有0.77% → 6；按户籍人口17.92万算也只有6）；《脱贫人口》有劳动能力（含弱劳动力或半劳动力）且就业情况不是县外省内、省外务工的56人；《脱贫户学员花名册》截止日前身份证号对得上的25人（“${xPerson.name}”末位小写x、“${fwPerson.name}”全角数字、“${spPerson.name}”6-8-4加空格，规整后才对得上；“${trained[2].name}”参训两次算一次；“${septOnly.name}”只参加9月1日结业的第26期；两名外出务工、一名${nols[0].lab}的不在56人内） → 25/56 = ${pct1(25, 56)}，≥ 40% → 8（不规整只有22/56 = 39.3% → 6）；合计16（自评18）`,
    "info.disclosure: 自评表写明专栏公示创建方案、项目基本信息、每月建设进度、监督举报电话 → 2；《专栏稿件》已发布稿件2020年9月—2021年8月每月都有（“待审核”的9月稿没有发布时间，不算） → 12个月 → 2；合计4",
    "info.reporting: 《月报》按格内报送日期（月/日，年份按所属月份的次月推）：2020年11月月报“1/5（补报）”是2021年1月5日，12月月报1月8日 → 2020年12月没有报送，窗口内11个月 → 不定时1；随月报报电商扶贫统计表（√） → 3；合计4（自评6）",
    "promo.cases: 《经验材料》2021年6月25日报清远市商务局 → 2（9月10日的总结在截止日后）",
    "promo.media: 截止日前：南方日报、广东广播电视台（省级） → 4；连南融媒（县级） → 1；清远日报2021.9.9在截止日后，没有市级 → 合计5（自评8）",
    "fund.system: 自评“4/5” → 4",
    "fund.ledger: 自评“4/5” → 4",
    `fund.spending: 《专户流水》只读借方“转账支出”：截止日前合计${fmtMoney(spent)}元（1月19日那笔已退汇、1月21日退汇是贷方，1月26日重新支付的才算；省级资金拨入和结息是贷方；8月31日16:45那笔18万元算；9月9日尾款不算） → ${fmtMoney(spent)}/5,000,000 = ${pct2(spent, 5000000)} ≥ 70% → 及时拨付自评4 → 4（漏掉8月31日那笔只有66.6%，要倒扣5分）`,
    "bonus.poorTraining: 贫困人口培训率25/56 = 44.6% < 70% → 0",
    "bonus.tvCase: 广东广播电视台《广东新闻联播》播报电商扶贫典型案例（省级电视） → 1",
    "veto.incident: 自评表“未发生安全生产、质量事故” → 不否决",
    "veto.progress: 项目总体进度85% ≥ 40% → 不否决",
    "veto.fraud: 自评表“无弄虚作假” → 不否决",
  ];
  return {
    description:
      "清远连南瑶族自治县商务局整本考评工作簿（13个表：自评表＋11个台账＋隐藏的下拉选项表），79＋加分1＝80分、未否决（自评91＋1）：自评表上面是“项目｜数据｜单位｜数据来源”基础数据（常住人口13.68万人、户籍人口17.92万人并列，金额亿元/万元、增速写31.5（%）），下面每个指标一张“卡片”（标题行、评分标准、完成情况、自评得分“14/15”式得分/满分）；台账有村情表（户籍人口、瑶族人口、民族村列夹在省定贫困村和快递进村之前，每镇一行小计）、镇级/村级站点（一个镇级站设在行政村里决定50/71）、带性别/年龄/文化程度拆分和年度小计行的培训台账（1,096/136,800恰过0.8%）、按期分块的脱贫户学员花名册（小写x、全角、空格身份证号决定25/56）、四个“✓”就业栏的脱贫人口、房屋租赁台账（续租两行、一企两间、8月31日退租、空置房）、银行专户流水（借贷方、结息、退汇、8月31日16:45一笔决定70.2%）、月份为列格内“月/日”的月报表（11月月报1月补报，12月空缺）、内容管理系统稿件导出、宣传报道和经验材料。",
    sheets: [
      { name: "自评表", rows: fr, merges: fm },
      { name: "村情表", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "培训台账", rows: tRows, merges: tMerges },
      { name: "脱贫户学员花名册", rows: rRows, merges: rMerges },
      { name: "脱贫人口", rows: pRows, merges: pMerges },
      { name: "园区租赁台账", rows: eRows, merges: eMerges },
      { name: "专户流水", rows: fRows, merges: fMerges },
      { name: "月报", rows: repRows, merges: repMerges },
      { name: "专栏稿件", rows: cRows, merges: ["A1:F1", "A2:F2"] },
      { name: "宣传报道", rows: mdRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
      { name: "下拉选项", rows: ddRows, merges: [], hidden: true },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 云浮云城区: 区商务局党支部 主题党日活动记录
// =====================================================================================================
function buildF1() {
  const W = 6;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:F${rows.length}`);
  };
  const pair2 = (a, b, c, d) => {
    rows.push([a, b, null, c, d, null]);
    merges.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  };
  const wide = (a, b) => {
    rows.push(padRow([a, b], W));
    merges.push(`B${rows.length}:F${rows.length}`);
  };
  full("中共云浮市云城区商务局支部委员会");
  full("主题党日活动记录");
  pair2("时间", "2021年9月3日（星期五）15:00—17:10", "地点", "局三楼会议室");
  pair2("主持人", "陈××（支部书记、局长）", "记录人", "苏××（组织委员）");
  pair2("应到党员", "15名", "实到党员", "13名");
  wide("缺席人员及原因", "罗××（出差）、梁××（病假）");
  wide("列席人员", "区财政局经济建设股 黄××");
  wide("活动主题", "“我为群众办实事”——电子商务进农村综合示范创建“回头看”");
  wide("活动议程", "1．重温入党誓词；2．收缴9月份党费；3．电商股通报示范创建情况；4．党员讨论；5．支部书记讲话");
  full("活　动　记　录");
  wide("发言人", "记录内容");
  const say = (who, text) => wide(who, text);
  say("陈××（书记）", "同志们，今天的主题党日结合“我为群众办实事”，对我区电子商务进农村综合示范创建工作进行“回头看”。首先，全体党员重温入党誓词。");
  say("全体党员", "（面向党旗重温入党誓词，略）");
  say("苏××（组织委员）", "收缴9月份党费：应缴15人，实缴13人，合计1,846.50元；缺席的2名同志会后补缴。");
  const P = [
    "下面我通报一下我区省级电子商务进农村综合示范创建情况，数据都截至2021年8月31日。",
    "一是组织领导。区委书记任第一组长、区长任组长，分管副区长任常务副组长，成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局和邮政云城分公司。2020年3月区政府办公室正式印发了创建工作方案，2020年6月出台了《云城区促进农村电子商务发展若干措施》。",
    "二是服务体系。区电子商务公共服务中心2020年10月26日投入运营，由公开招标确定的第三方运营服务商运营，免费提供培训场地和设备，免费展示销售云城特色农产品，免费为企业和农户拍摄产品、做美工设计，组织“云城好物”统一推广和品牌培育；金融、代办这些其他衍生增值服务还在对接，还没有开展。依托原思劳物流园整合建设了云城电商产业园。全区常住人口32.87万人（七普），行政村72个、社区21个，其中省定贫困村9个；行政村快递覆盖率100%。",
    "三是上行和培训。2020年全区农村网络零售额14.36亿元，同比增长21.7%；农产品网络零售额3.02亿元，同比增长33.6%。累计开展电商培训3,486人次；全区有劳动能力、没有外出务工的脱贫人口412人，已经参训221人。",
    "四是公开和报送。区政府网站设立了电子商务进农村综合示范专栏，公开了创建方案和项目基本信息，每月更新项目建设进度，设置了监督举报电话和意见箱；每月向市商务局报送月报，同时统计电商扶贫情况。",
    "五是资金。省级下达专项资金500万元，截至8月31日已拨付396.84万元，支出率79.4%；区里制定了专项资金管理办法，各承建单位都建立了资金专用台账。项目总体进度86%。创建以来没有发生安全生产和质量事故。",
    "主观分项我们初步自评：方案制定2分、政策支持2分、项目管理制度2分、工作台账2分、网销调研1分、网络促销活动2分、交易标准和冷链溯源1分、资金管理制度5分、资金台账4分、资金及时拨付4分，初步测算总分88分左右。",
  ];
  P.forEach((p, k) => say(k === 0 ? "何××（电商股股长）" : null, p));
  say("李××（党员）", "我看工作群里说培训有4,000多人次，是不是报少了？");
  say("何××（电商股股长）", "4,000多是把9月2日、3日两期共612人次也算进去了，考评只算到8月31日，就是3,486人次。");
  say("冯××（党员）", "全区户籍人口有30多万，常住人口是不是偏小？");
  say("何××（电商股股长）", "考评用常住人口，按七普是32.87万人，户籍人口不作考评口径。");
  say("张××（党员）", "建议年底前再组织1,000人次以上的培训，把其他增值服务尽快开起来，争取明年考评拿满分。");
  say("陈××（书记）", "几点要求：一要实事求是，数据经得起核查，坚决杜绝弄虚作假；二要9月底前把金融、代办等其他衍生增值服务开展起来；三要加大脱贫人口培训力度，培训率力争达到60%；四要党员分片包干，9月15日前把72个行政村的站点走一遍。");
  wide("活动决议", "1．电商股9月10日前完成台账补充完善；2．9月底前开展金融、代办等衍生增值服务；3．党员分片包干巡查村级站点，9月15日前完成。");
  pair2("主持人签字", "陈××", "记录人签字", "苏××");
  for (const r of rows) assert(r.length === W, "f1 width");
  assert(pct1(3968400, 5000000) === "79.4%" && 3486 + 612 > 4000, "f1 numbers");
  return {
    description:
      "云浮云城区商务局交来当事实表的，是区商务局党支部的《主题党日活动记录》（三会一课记录本格式）：表头是 时间｜地点、主持人｜记录人、应到｜实到党员（两对标签值一行，值两格合并）、缺席人员、列席人员、活动主题、活动议程，下面“发言人｜记录内容”逐条记录（同一人连续发言只在第一段写发言人），最后活动决议和签字。事实只在电商股股长的通报和他对党员提问的回答里：数据截至2021年8月31日；区委书记任第一组长、区长任组长，成员单位有商务、财政、农业农村、乡村振兴 → principal-all；中心2020年10月26日投入运营，其他衍生增值服务“还在对接，还没有开展”是否；只有2020年零售额和增速（农村14.36亿元、21.7%，农产品3.02亿元、33.6%）；培训3,486人次（群里说的“4,000多”含9月两期612人次，不是）；主观分项十项在通报最后一段。不是事实的：党费1,846.50元、应到15实到13、户籍人口“30多万”、党员建议的1,000人次、书记要求的“培训率力争60%”“杜绝弄虚作假”（是要求，不是弄虚作假的声明）、决议里的9月底、9月15日。",
    sheets: [{ name: "主题党日记录", rows, merges }],
    expect: {
      facts: {
        county: "云城区", asOf: "2021-08-31", residentPopulation: 328700, adminVillagesStated: 72, poorVillagesStated: 9,
        planIssued: true, policyIssued: true, centerOpened: "2020-10-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: 1436000000, ruralRetailGrowthStated: 0.217, agriRetail2020: 302000000, agriRetailGrowthStated: 0.336,
        trainingPersonTimesStated: 3486, eligiblePoorPersonsStated: 412, trainedPoorPersonsStated: 221,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3968400, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.86, vetoIncident: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 肇庆端州区: 考评组现场核查谈话记录 (问/答)
// =====================================================================================================
function buildF2() {
  const W = 6;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:F${rows.length}`);
  };
  const pair2 = (a, b, c, d) => {
    rows.push([a, b, null, c, d, null]);
    merges.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  };
  const wide = (a, b) => {
    rows.push(padRow([a, b], W));
    merges.push(`B${rows.length}:F${rows.length}`);
  };
  full("端州区2019年省级电子商务进农村综合示范创建考评现场核查谈话记录");
  pair2("时间", "2021年9月14日 9:30—10:40", "地点", "端州区商务局四楼会议室");
  pair2("核查人员", "刘××、王××（省商务厅委托第三方考评机构）", "记录人", "王××");
  pair2("谈话对象", "谭××", "单位及职务", "肇庆市端州区商务局副局长（分管电子商务）");
  wide("其他在场人员", "区商务局电商股 邓××");
  full("谈　话　内　容");
  const QA = [
    ["问", "我们受省商务厅委托开展示范创建考评现场核查，今天就端州区的创建情况向你了解，请如实回答。你介绍的数据截至什么时间？"],
    ["答", "都截至2021年8月31日，和省里的考评口径一致。"],
    ["问", "创建工作领导小组是谁牵头？哪些部门参加？"],
    ["答", "区长任组长，分管副区长任副组长，成员单位有区商务局、区财政局、区农业农村局、区市场监管局、区交通运输局和邮政端州分公司。"],
    ["问", "区乡村振兴局没有参加领导小组？"],
    ["答", "领导小组成员里没有，区乡村振兴局是配合我们做脱贫户培训的。"],
    ["问", "工作方案和扶持政策出台了吗？"],
    ["答", "工作方案2020年5月由区政府办公室正式印发；扶持政策是2020年9月出台的《端州区促进电子商务进农村发展扶持办法》。"],
    ["问", "你们区常住人口是58.46万人吗？"],
    ["答", "是的，是第七次人口普查的数。"],
    ["问", "行政村和省定贫困村有多少个？"],
    ["答", "全区行政村19个，另外还有社区45个；我们区没有省定贫困村。"],
    ["问", "区电商公共服务中心什么时候投入运营？提供哪些服务？"],
    ["答", "2020年12月30日投入运营。中心免费提供培训场地和设备，免费展示销售端砚和农产品，统一组织推广和品牌培育，还提供代办营业执照、对接小额贷款这些增值服务。摄影美工是收费的，按成本价收。"],
    ["问", "电商产业园建了没有？"],
    ["答", "端州没有单独建电商产业园，这一项我们自评不得分。"],
    ["问", "中心由谁运营？"],
    ["答", "公开招标确定的专业第三方运营服务商。"],
    ["问", "快递进村情况怎么样？"],
    ["答", "19个行政村都通了快递，行政村快递覆盖率100%。"],
    ["问", "农村网络零售额增长情况？"],
    ["答", "2019年是26.4亿元，2020年是33.1亿元；农产品网络零售额同比增长18%。"],
    ["问", "我们看到台账上培训是4,870人次？"],
    ["答", "4,870人次是7月底的数，截至8月31日累计培训5,126人次。"],
    ["问", "脱贫人口培训情况呢？"],
    ["答", "有劳动能力、没有外出务工的脱贫人口128人，参加过培训的71人。"],
    ["问", "政府网站专栏和向市里报送的情况？"],
    ["答", "区政府网站设了专栏，公开了创建方案和项目基本信息，每月更新建设进度，公布了监督举报电话。我们每月向市商务局报送月报，也能统计电商扶贫情况。"],
    ["问", "资金拨付和管理情况？"],
    ["答", "省级下达专项资金500万元，截至8月31日拨付384.25万元；有专项资金管理办法，承建单位都建了资金专用台账；项目总体进度90%。"],
    ["问", "自评表里的主观分是怎么打的？"],
    ["答", "方案制定2分，政策支持2分，项目管理制度2分、工作台账2分，网销调研2分、网络促销活动2分、交易标准和冷链溯源1分，资金管理制度5分、资金台账4分、资金及时拨付4分。"],
    ["问", "创建过程中有没有发生安全生产、质量事故？提供的材料有没有弄虚作假？"],
    ["答", "没有发生安全生产、质量事故；提供的材料都是真实的，没有弄虚作假。"],
    ["问", "以上所说是否属实？还有没有补充？"],
    ["答", "属实，没有补充。"],
  ];
  for (const [k, t] of QA) wide(`${k}：`, t);
  wide("谈话对象确认", "以上记录我已看过，与我所说一致。　　签名：谭××　　2021年9月14日");
  pair2("核查人员签名", "刘××　王××", "记录人签名", "王××");
  wide("核查组备注", "中心摄影美工收费，核查时按“未提供免费服务”处理；台账培训人次以截至8月31日的数为准。");
  for (const r of rows) assert(r.length === W, "f2 width");
  assert(pct1(3310 - 2640, 2640) === "25.4%", "f2 growth");
  return {
    description:
      "肇庆端州区商务局交来当事实表的，是省考评组现场核查时形成的《现场核查谈话记录》：标题写明端州区，表头 时间｜地点、核查人员｜记录人、谈话对象｜单位及职务（两对标签值一行）、其他在场人员，下面“问：｜答：”一行一句（A列问／答，B:F合并），最后谈话对象确认签名、核查人员签名和核查组备注。事实只在“答”里（谈话对象是区商务局分管副局长）：数据截至2021年8月31日；常住人口是问里的58.46万人、答“是的，是第七次人口普查的数”确认的；培训人次问里的4,870是7月底数，答更正为5,126；区长任组长，成员单位有商务、财政、农业农村、市场监管、交通、邮政，“区乡村振兴局……没有”（principal，不是principal-all）；没有省定贫困村（0）；摄影美工“收费的”→否；“没有单独建电商产业园”→否；农村网零2019年26.4亿元、2020年33.1亿元，农产品只有增速18%；主观分十项在答里；安全事故和弄虚作假都明确答“没有”。谈话时间9月14日、签名日期、核查组备注都不是县里的填报。",
    sheets: [{ name: "谈话记录", rows, merges }],
    expect: {
      facts: {
        county: "端州区", asOf: "2021-08-31", residentPopulation: 584600, adminVillagesStated: 19, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-30", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: false, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 2640000000, ruralRetail2020: 3310000000, agriRetailGrowthStated: 0.18,
        trainingPersonTimesStated: 5126, eligiblePoorPersonsStated: 128, trainedPoorPersonsStated: 71,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3842500, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal",
    },
  };
}

// =====================================================================================================
// f3 — 广州黄埔区: 区政府办公室 阅文单 + the 区商务局 report it carries
// =====================================================================================================
function buildF3() {
  const W = 6;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:F${rows.length}`);
  };
  const pair2 = (a, b, c, d) => {
    rows.push([a, b, null, c, d, null]);
    merges.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  };
  const wide = (a, b) => {
    rows.push(padRow([a, b], W));
    merges.push(`B${rows.length}:F${rows.length}`);
  };
  full("广州市黄埔区人民政府办公室");
  full("阅　文　单");
  pair2("来文单位", "区商务局", "来文字号", "穗埔商务〔2021〕56号");
  pair2("收文日期", "2021年9月6日", "缓急", "急");
  wide("标题", "关于我区2019年省级电子商务进农村综合示范创建考评准备情况的报告");
  wide("拟办意见", "拟呈区委常委、副区长周××同志阅示，并报林××区长阅。　　区府办 李×× 9月6日");
  const r0 = rows.length + 1;
  wide("领导批示", "请区商务局对照考评标准逐项补短板，9月底前把村级站点覆盖率提高到90%以上，脱贫人口培训率力争达到70%。　　周×× 9月7日");
  wide(null, "○（圈阅）　　林×× 9月8日");
  mergeCol(merges, "A", r0, rows.length);
  wide("办理结果", "9月9日已将批示转区商务局落实。");
  full("附：来文");
  full("广州市黄埔区商务局关于我区2019年省级电子商务进农村综合示范创建考评准备情况的报告");
  full("区政府：");
  const P = [
    "根据省商务厅考评工作通知要求，现将我区示范创建考评准备情况报告如下（数据均截至2021年8月31日）：",
    "一、组织领导。区政府成立由区委常委、副区长任组长的创建工作领导小组，区商务局、区财政局、区农业农村局、区乡村振兴局等12个部门为成员单位。2020年4月区政府办公室印发了创建工作方案，2020年7月出台了《黄埔区促进农村电子商务发展扶持办法》。",
    "二、服务体系。区电子商务公共服务中心设在九龙镇，2020年8月18日投入运营，由专业第三方运营服务商运营，免费开展电商培训，免费展示销售特色农产品，免费提供摄影美工服务，组织统一推广和品牌培育，并提供代办营业执照、供应链金融对接等衍生增值服务；整合九龙镇原有厂房建成黄埔区农村电商产业园。全区常住人口126.4万人，行政村28个，我区没有省定贫困村；行政村快递覆盖率100%。",
    "三、上行与培训。2020年全区农村网络零售额同比增长33.1%（金额见附表）。累计开展电商培训6,215人次；有劳动能力且未外出务工的脱贫人口96人，已参训58人，培训率60.4%。",
    "四、信息公开与报送。区政府门户网站开设电子商务进农村综合示范专栏，公开创建方案和项目基本信息，每月更新项目建设进度，开设意见征集和监督举报窗口；每月向市商务局报送工作进展，并报送电商扶贫统计情况。",
    "五、资金管理。省级下达专项资金500万元，截至8月31日拨付403.68万元，支出率80.7%；制定了专项资金管理办法，承建单位均建立资金专用台账。项目总体进度90%。",
    "六、下一步工作。一是9月底前新增村级站点5个；二是10月开展脱贫人口专场培训2期；三是做好考评迎检资料归档。",
    "特此报告。",
  ];
  for (const p of P) full(p);
  rows.push([null, null, null, null, "广州市黄埔区商务局", null]);
  merges.push(`E${rows.length}:F${rows.length}`);
  rows.push([null, null, null, null, "2021年9月3日", null]);
  merges.push(`E${rows.length}:F${rows.length}`);
  full("附表：主要指标完成情况表");
  rows.push(["序号", "指标", "单位", "目标值（创建方案）", "完成值（截至2021年8月31日）", "完成率"]);
  const T = [["电商培训", "人次", "5,000", "6,215", pct1(6215, 5000)], ["村级站点覆盖行政村", "个", 20, 22, "110.0%"],
    ["2019年农村网络零售额", "万元", "—", "186,500", "—"], ["2020年农村网络零售额", "万元", "220,000", "248,300", pct1(248300, 220000)],
    ["2020年农产品网络零售额同比增速", "%", 20, 26.8, "—"], ["累计拨付省级专项资金", "万元", 500, 403.68, pct1(40368, 50000)], ["产业园入驻企业", "家", 20, 24, "120.0%"]];
  T.forEach((t, j) => rows.push([j + 1].concat(t)));
  for (const r of rows) assert(r.length === W, "f3 width");
  assert(pct1(248300 - 186500, 186500) === "33.1%" && pct1(58, 96) === "60.4%" && pct1(4036800, 5000000) === "80.7%", "f3 numbers");
  return {
    description:
      "广州黄埔区商务局交来当事实表的，是区政府办公室的《阅文单》连同它附的来文：上半是公文处理单（来文单位｜来文字号、收文日期｜缓急，标题、拟办意见、领导批示两行（A列“领导批示”纵向合并：副区长批示一段、区长“○（圈阅）”）、办理结果），下半“附：来文”是区商务局报告全文（一段一行A:F合并、落款单位和日期在右下）和“附表：主要指标完成情况表”（序号｜指标｜单位｜目标值（创建方案）｜完成值（截至2021年8月31日）｜完成率）。事实只从报告正文和附表“完成值”读：区委常委、副区长任组长 → deputy；中心2020年8月18日投入运营、五项服务都有、产业园建成；常住人口126.4万人；没有省定贫困村（0）；零售额在附表里以万元计（2019年186,500、2020年248,300），正文只写增速33.1%；农产品增速26.8（%）只在附表；培训6,215人次；脱贫人口96人、参训58人；拨付403.68万元。不是事实的：批示里的“90%以上”“培训率力争70%”、拟办意见、收文日期9月6日和报告日期9月3日、附表“目标值”和“完成率”列、站点覆盖22个和入驻企业24家（不是输入键）、下一步工作；没有自评分。",
    sheets: [{ name: "阅文单", rows, merges }],
    expect: {
      facts: {
        county: "黄埔区", asOf: "2021-08-31", residentPopulation: 1264000, adminVillagesStated: 28, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-08-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1865000000, ruralRetail2020: 2483000000, ruralRetailGrowthStated: 0.331, agriRetailGrowthStated: 0.268,
        trainingPersonTimesStated: 6215, eligiblePoorPersonsStated: 96, trainedPoorPersonsStated: 58,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4036800, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9,
      },
      judged: {},
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// l1 — 肇庆四会市: 封面, 培训班次（通知 vs 实际）, 脱贫劳动力（人社）, 脱贫户参训, 媒体报道（两张表上下叠放）, 经验材料
// =====================================================================================================
function buildL1() {
  const REG = "441284";
  const cover = [["四会市电子商务进农村综合示范台账"], ["（第二册：培训、帮扶、宣传）"], [null], ["编制单位：四会市商务局"], ["编制日期：2021年9月"],
    ["本册包括：培训班次登记、脱贫劳动力务工台账、脱贫户参训名单、媒体报道登记、经验材料报送"]];

  // ---------------- 培训班次登记
  const TOP = ["农村电商基础知识", "网店开设与运营", "玉器电商直播", "短视频拍摄与剪辑", "农产品网络营销", "砂糖桔电商销售", "电商客服与物流", "社群团购运营", "直播带货进阶"];
  const PL = ["市电商公共服务中心", "大沙镇文化站", "江谷镇党群服务中心", "石狗镇政府会议室", "黄田镇文化站", "威整镇党群服务中心", "迳口镇文化站", "地豆镇政府会议室"];
  const S = [];
  let d = "2020-09-17";
  for (let k = 0; k < 14; k++) {
    if (d >= "2020-10-01" && d <= "2020-10-08") d = "2020-10-15";
    if (d >= "2021-02-08" && d <= "2021-02-21") d = "2021-02-25";
    const two = k % 4 === 2;
    if (two && isoAdd(d, 1).slice(0, 7) !== d.slice(0, 7)) d = isoAdd(d, -1);
    S.push({ no: `四商电〔${d.slice(0, 4)}〕${String(10 + k * 3).padStart(2, "0")}号`, plan: d, start: d, end: two ? isoAdd(d, 1) : d, topic: TOP[k % TOP.length], place: PL[k % PL.length],
      planN: [60, 80, 100, 50][k % 4], n: 0 });
    d = isoAdd(d, rint(21, 26));
  }
  // one postponed inside the window, one cancelled, one postponed past the cut-off
  S[3].start = isoAdd(S[3].plan, 7);
  S[3].end = S[3].start;
  S[3].note = "因场地调整推迟一周";
  S[8].cancel = true;
  S[8].note = "疫情防控要求取消，未另行安排";
  S.push({ no: "四商电〔2021〕61号", plan: "2021-08-27", start: "2021-09-03", end: "2021-09-03", topic: "脱贫户电商技能专场", place: PL[1], planN: 60, note: "受疫情防控影响推迟" });
  for (const s of S) if (!s.cancel) s.n = Math.max(18, s.planN - rint(3, 25));
  for (const s of S) assert(s.start.slice(0, 7) === s.end.slice(0, 7), "l1 two-day class within a month " + s.start);
  assert(S.every((s) => s.end <= "2021-08-31" || s.plan === "2021-08-27"), "l1 only the postponed class after the cut-off");
  const fmtAct = (s, j) => {
    if (s.cancel) return "取消";
    if (s.end !== s.start) return j % 8 === 2 ? `${dotDate(s.start)}-${ymd(s.end)[2]}` : `${cnDate(s.start)}至${ymd(s.end)[1]}月${ymd(s.end)[2]}日`;
    return [D(s.start), twoDot(s.start), slashDate(s.start), cnDate(s.start)][j % 4];
  };
  const tRows = [["四会市农村电商培训班次登记表"], ["序号", "通知文号", "通知培训时间", "实际培训时间", "培训内容", "培训地点", "计划人数", "实到人次", "备注"]];
  const tRecs = [];
  S.forEach((s, j) => {
    tRows.push([j + 1, s.no, cnDate(s.plan), fmtAct(s, j), s.topic, s.place, s.planN, s.cancel ? "—" : j === 5 ? `${s.n}人次` : s.n, s.note || null]);
    if (!s.cancel) tRecs.push({ date: s.end, personTimes: s.n });
  });
  tRows.push(["合计", null, null, null, null, null, sum(S.map((s) => s.planN)), sum(S.map((s) => s.n)), "实到人次含9月3日一期"]);
  const tMerges = ["A1:I1", `A${tRows.length}:F${tRows.length}`];

  // ---------------- 脱贫劳动力务工台账
  const TOWNS = [["大沙镇", ["大沙村", "马房村", "布岗村"]], ["石狗镇", ["石狗村", "程村村"]], ["黄田镇", ["黄田村", "独岗村"]], ["江谷镇", ["江谷村", "南丰村"]], ["威整镇", ["威整村", "文布村"]]];
  const KINDS = ["外出务工", "就近务工", "公益性岗位", "自主创业", "未就业"];
  const OUT = ["佛山市南海区", "广州市花都区", "肇庆市鼎湖区", "深圳市宝安区", "东莞市长安镇"];
  const plan = ["E", "M", "E", "N", "E", "E", "M", "E", "W", "E", "M", "E", "N", "E", "E", "M", "E", "E", "W", "E", "E", "M", "N", "E", "E", "E", "M", "E"];
  const pRows = [["四会市脱贫劳动力务工情况台账"], ["（市人力资源和社会保障局提供，2021年8月底）　说明：劳动能力“有”“弱”均视为有劳动能力；务工形式“外出务工”指在四会市以外务工。"],
    ["序号", "镇（街道）", "村", "姓名", "身份证号码", "劳动能力", "务工形式", "务工地点", "月收入（元）", "备注"]];
  const pRecs = [];
  const persons = [];
  plan.forEach((c, j) => {
    const [t, vs] = TOWNS[j % TOWNS.length];
    const v = vs[j % vs.length];
    const id = makeId(REG, c === "N" ? birthBetween(1938, 1954) : birthBetween(1970, 2001), rnd() < 0.5, j === 4 ? true : undefined);
    let lab, kind, place, inc;
    if (c === "N") {
      lab = j % 2 ? "无" : "丧失";
      kind = "—";
      place = "—";
      inc = null;
    } else if (c === "M") {
      lab = "有";
      kind = "外出务工";
      place = OUT[j % OUT.length];
      inc = rint(3200, 5200);
    } else {
      lab = c === "W" ? "弱" : "有";
      kind = KINDS[1 + (j % 4)];
      place = kind === "未就业" ? "—" : kind === "公益性岗位" ? `四会市${t}${v}` : `四会市${t}`;
      inc = kind === "未就业" ? null : kind === "公益性岗位" ? 1300 : rint(2200, 3800);
    }
    const p = { c, id, name: personName(), t, v };
    persons.push(p);
    pRows.push([j + 1, t, v, p.name, id, lab, kind, place, inc, c === "W" ? "弱劳动力" : null]);
    pRecs.push({ id, labour: c !== "N", migrant: c === "N" ? null : c === "M" });
  });
  const pMerges = ["A1:J1", "A2:J2"];
  assert(pRecs.some((r) => r.migrant === null) && pRecs.some((r) => r.migrant === true), "l1 poor mix");

  // ---------------- 脱贫户参训名单
  const SP = [S[2], S[6], S[10], S[12], S[14]];
  const eligible = persons.filter((p) => p.c === "E" || p.c === "W");
  const trs = [];
  eligible.slice(0, 14).forEach((p, k) => trs.push({ p, s: SP[k % 4] }));
  trs.push({ p: eligible[14], s: SP[4] });
  trs.push({ p: persons.find((p) => p.c === "M"), s: SP[1], note: "春节返乡期间参训" });
  trs.push({ p: eligible[2], s: SP[3], note: "第二次参训" });
  const trRows = [["脱贫户参训名单"], ["序号", "培训日期", "班次", "姓名", "身份证号", "所在镇村", "备注"]];
  const trRecs = [];
  trs.sort((a, b) => cmp(a.s.start, b.s.start)).forEach((t, j) => {
    let shown = t.p.id;
    let rid = t.p.id;
    if (j === 3) shown = fwDigits(t.p.id);
    if (j === 7) shown = t.p.id + " ";
    if (j === 11) {
      shown = "未带身份证";
      rid = null;
    }
    const dc = t.s.end !== t.s.start ? `${slashDate(t.s.start)}-${ymd(t.s.end)[2]}` : slashDate(t.s.start);
    trRows.push([j + 1, dc, t.s.topic, t.p.name, shown, `${t.p.t}${t.p.v}`, t.note || (j === 11 ? "本人未带证，姓名经村委核实" : null)]);
    trRecs.push({ date: t.s.end, personTimes: 1, id: rid });
  });
  checkTrainingIds(trRecs, "l1");
  assert(trRecs.some((r) => r.date > "2021-08-31") && trRecs.some((r) => r.id === null), "l1 trainees mix");

  // ---------------- 媒体报道（两张表上下叠放）
  const mRows = [["四会市电子商务进农村宣传报道登记"], ["一、报刊报道"], ["序号", "刊发日期", "版次", "报刊名称", "级别", "标题", "作者"]];
  const mRecs = [];
  const PAPER = [["2020-12-03", "A06版", "西江日报", "市级", "四会：电商培训进农村", "记者 黎××"], ["2021-03-18", "第5版", "南方日报", "省级", "四会砂糖桔“触网”热销", "记者 梁××"],
    ["2021-06-24", "第6版", "农民日报", "国家级", "广东四会：玉器之乡的农村电商路", "记者 陈××"]];
  PAPER.forEach((p, j) => {
    mRows.push([j + 1, [cnDate(p[0]), dotDate(p[0]), D(p[0])][j], p[1], p[2], p[3], `《${p[4]}》`, p[5]]);
    mRecs.push({ date: p[0], level: { 国家级: "national", 省级: "province", 市级: "city", 县级: "county" }[p[3]], tv: false });
  });
  const r1 = mRows.length;
  mRows.push([null]);
  mRows.push(["二、电视及网络视频"]);
  mRows.push(["序号", "播出日期", "播出平台", "栏目", "级别", "时长", "标题", "是否电商扶贫典型案例"]);
  const VID = [["2021-01-15", "肇庆广播电视台", "《肇庆新闻》", "市级", "2分10秒", "四会电商助农过大年", "否", true], ["2021-04-09", "四会市融媒体中心", "视频号“四会发布”", "县级", "1分45秒", "跟着站长去直播", "否", false],
    ["2021-07-20", "广东广播电视台珠江频道", "《今日关注》", "省级", "4分32秒", "四会脱贫户直播卖砂糖桔", "是", true], ["2021-09-06", "中央广播电视总台农业农村频道", "《三农群英汇》", "国家级", "6分05秒", "玉器之乡的电商新农人", "是", true]];
  VID.forEach((v, j) => {
    mRows.push([j + 1, v[0] === "2021-09-06" ? "2021.9.6" : [D(v[0]), "2021年4月9日", "2021/7/20"][j], v[1], v[2], v[3], v[4], `《${v[5]}》`, v[6]]);
    mRecs.push({ date: v[0], level: { 国家级: "national", 省级: "province", 市级: "city", 县级: "county" }[v[3]], tv: v[7] });
  });
  for (const r of mRows) padRow(r, 8);
  const mMerges = ["A1:H1", "A2:H2", `A${r1 + 1}:H${r1 + 1}`, `A${r1 + 2}:H${r1 + 2}`];

  // ---------------- 经验材料报送
  const matRows = [["经验材料报送"], ["序号", "发送时间", "材料名称", "接收单位", "发送方式"],
    [1, "2021-06-18 15:22:10", "《四会市“玉器＋电商”带动农户增收的做法》", "肇庆市商务局", "粤政易"],
    [2, "2021/8/26 9:05", "《四会市砂糖桔电商销售典型案例》", "肇庆市商务局", "电子邮件"],
    [3, "2021-09-07 10:41:33", "《四会市电子商务进农村综合示范创建工作总结》", "肇庆市商务局", "粤政易"]];
  const matRecs = [{ date: "2021-06-18" }, { date: "2021-08-26" }, { date: "2021-09-07" }];

  return {
    description:
      `肇庆四会市商务局台账第二册（封面＋五张表）：①封面不是台账；②《培训班次登记》一行一期，有“通知培训时间”和“实际培训时间”两列——只读实际（一期通知11月、实际推迟一周，一期“取消”不是记录，一期通知8月27日、实际9月3日在截止日后照列），实际时间有日期格、“${twoDot(S[1].start)}”式两位年份、斜杠、中文日期、两天班“${dotDate(S[2].start)}-${ymd(S[2].end)[2]}”／“${cnDate(S[6].start)}至${ymd(S[6].end)[1]}月${ymd(S[6].end)[2]}日”按结束日；人次读“实到人次”（不是“计划人数”，一格写“${S[5].n}人次”），合计行不是记录；③《脱贫劳动力》是人社口径：劳动能力“有”“弱”为有，“无”“丧失”为无；外出务工只看务工形式“外出务工”（就近务工、公益性岗位、自主创业、未就业不是），无劳动能力者“—”为不适用；月收入不相干；④《脱贫户参训名单》一行一人次：一人身份证号全角数字、一人末尾多一个空格、一人“未带身份证”（id为空），外出务工者和第二次参训照列，9月3日的照列；⑤《媒体报道》是上下两张表——“一、报刊报道”（刊发日期｜版次｜报刊名称｜级别…）和隔一空行的“二、电视及网络视频”（播出日期｜播出平台｜栏目｜级别｜时长…），列位置不同；报刊tv为false，电视台为true，视频号是网络视频（false）；⑥《经验材料报送》发送时间是“2021-06-18 15:22:10”“2021/8/26 9:05”式文本。`,
    sheets: [
      { name: "封面", rows: cover, merges: [] },
      { name: "培训班次登记", rows: tRows, merges: tMerges },
      { name: "脱贫劳动力", rows: pRows, merges: pMerges },
      { name: "脱贫户参训名单", rows: trRows, merges: ["A1:G1"] },
      { name: "媒体报道", rows: mRows, merges: mMerges },
      { name: "经验材料报送", rows: matRows, merges: ["A1:E1"] },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "培训班次登记": { kind: "training", records: tRecs },
        "脱贫劳动力": { kind: "poorPersons", records: pRecs },
        "脱贫户参训名单": { kind: "training", records: trRecs },
        "媒体报道": { kind: "media", records: mRecs },
        "经验材料报送": { kind: "materials", records: matRecs },
      },
    },
  };
}

// =====================================================================================================
// l2 — 潮州湘桥区: 修订记录, 村居名单（两张表上下叠放）, 邮政站点导出, 园区楼层图, 直达资金支付, 月报（Excel序号日期）, 专栏年×月
// =====================================================================================================
function buildL2() {
  const CUT = "2021-08-31";
  const rev = [["版本", "日期", "修订内容", "修订人"], ["V1.0", "2021-06-30", "初稿", "陈××"], ["V1.1", "2021-08-10", "补充7月站点、资金数据", "陈××"],
    ["V1.2", "2021-09-08", "按8月31日口径更新；园区楼层图改为8月31日状态", "林××"]];
  const TOWNS = [["意溪镇", 10, 2], ["磷溪镇", 14, 0], ["官塘镇", 11, 0], ["铁铺镇", 12, 0], ["桥东街道", 4, 3], ["凤新街道", 3, 4], ["太平街道", 0, 5], ["西湖街道", 0, 4], ["城西街道", 0, 5]];
  const prefixes = ["意溪", "磷溪", "官塘", "铁铺", "桥东", "凤新", "太平", "西湖", "城西"];
  const vName = nameMaker("东西南北上下新大长仙龙象塘溪坑", ["厝", "陇", "美", "埔", "头", "洋", "寮", "围", "厝", "内", "坑", "湖", "林", "山"], "村", prefixes);
  const cName = nameMaker("金城中义开福", ["平", "和", "兴", "华", "安", "春"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "l2");
  assert(admin.length === 54 && comms.length === 23, "l2 54 + 23");
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const poor = [towns[1].vs[3], towns[1].vs[9], towns[2].vs[6], towns[3].vs[10]];
  const poorSet = new Set(poor);
  const vBlank = towns[2].vs[2];
  // ---------------- 村居名单
  const vRows = [["湘桥区行政村及社区名单"], [`一、行政村（${admin.length}个）`], ["序号", "镇（街道）", "村委会名称", "是否省定贫困村", "快递进村", "备注"]];
  const vMerges = ["A1:F1", "A2:F2"];
  const vRecs = [];
  let k = 0;
  for (const x of towns) {
    if (!x.vs.length) continue;
    const r0 = vRows.length + 1;
    for (const v of x.vs) {
      k++;
      const ex = v === vBlank ? null : "是";
      vRows.push([k, x.t, k % 3 === 0 ? `${short(v)}村委会` : v, poorSet.has(v) ? "是" : "否", ex, v === vBlank ? "待邮政部门核实" : null]);
      vRecs.push({ name: v, admin: true, poor: poorSet.has(v), express: ex === null ? null : true });
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push([null]);
  vRows.push([`二、社区居委会（${comms.length}个）`]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);
  vRows.push(["序号", "街道（镇）", "社区居委会名称", "快递进村", "备注"]);
  k = 0;
  for (const x of towns) {
    if (!x.cs.length) continue;
    const r0 = vRows.length + 1;
    for (const c of x.cs) {
      k++;
      vRows.push([k, x.t, `${c}居委会`, "是", null]);
      vRecs.push({ name: c, admin: false, express: true });
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  for (const r of vRows) padRow(r, 6);

  // ---------------- 邮政站点系统导出
  const withSt = shuffle(admin.filter((v) => v !== vBlank)).slice(0, 38);
  const ST = withSt.map((v) => ({ v, op: randIsoBetween("2020-07-01", "2021-08-20") }));
  ST[5].op = null;
  ST[9].op = "2021-09-02";
  ST.push({ v: withSt[12], op: randIsoBetween("2021-01-01", "2021-07-31"), second: true });
  ST.push({ v: towns[5].cs[1], op: randIsoBetween("2020-10-01", "2021-05-31") });
  const TORD = TOWNS.map((t) => t[0]);
  ST.sort((a, b) => TORD.indexOf(townOf[a.v]) - TORD.indexOf(townOf[b.v]) || cmp(a.op || "9", b.op || "9"));
  const sRows = [["中国邮政　农村电商服务站点信息导出"], ["所属区县：潮州市湘桥区　　导出时间：2021-09-10 11:06:52　　共" + ST.length + "条"],
    ["站点编码", "站点名称", "所属区县", "所属乡镇", "所属村", "站点类型", "站点状态", "启用时间", "负责人", "手机号"]];
  const sRecs = [];
  ST.forEach((s, j) => {
    const isC = s.v.endsWith("社区");
    const status = s.op === null ? "筹建中" : "正常营业";
    sRows.push([`4451020${String(1100 + j * 7).padStart(5, "0")}`, `${short(s.v)}${isC ? "社区" : "村"}邮乐购电商服务站${s.second ? "（2）" : ""}`, "湘桥区", townOf[s.v],
      isC ? `${s.v}居委会` : j % 2 ? `${short(s.v)}村民委员会` : s.v, j % 4 === 0 ? "邮政自营" : "合作加盟", status, s.op ? `${s.op} 00:00:00` : null, personName(), mask(phone())]);
    const rec = { village: s.v };
    if (s.op) rec.opened = s.op;
    sRecs.push(rec);
  });

  // ---------------- 园区楼层图
  const FIRMS = [["潮州市湘桥区韩江优品电子商务有限公司", "平台型"], ["潮州市湘桥区瓷都网络科技有限公司", "平台型"], ["潮州市湘桥区凤凰单丛茶叶网店", "销售型"], ["潮州市湘桥区意溪竹木工艺品电商商行", "销售型"],
    ["潮州市湘桥区潮绣坊电子商务有限公司", "销售型"], ["潮州市湘桥区牌坊街特产网店", "销售型"], ["潮州市湘桥区韩江电商运营服务有限公司", "电商运营商"], ["潮州市湘桥区潮客代运营工作室", "电商运营商"],
    ["潮州市湘桥区顺捷快递服务有限公司", "物流企业"], ["潮州市湘桥区潮州菜预制菜电商有限公司", "销售型"], ["潮州市湘桥区潮汕直播传媒有限公司", "直播电商"], ["潮州市湘桥区卤味电商商行", "销售型"],
    ["潮州市湘桥区古城陶瓷网店", "销售型"], ["潮州市湘桥区磷溪蜂蜜电商商行", "销售型"], ["潮州市湘桥区云仓供应链管理有限公司", "物流企业"], ["潮州市湘桥区官塘鱼丸网店", "销售型"]];
  const F = FIRMS.map(([n, t]) => ({ n, t, ent: randIsoBetween("2020-10-01", "2021-08-20") }));
  F[0].ent = "2020-11";
  F[4].ent = "2020-12";
  F[7].left = "2021-05-20";
  F[15].ent = "2021-09-01";
  const entText = (e) => (e.length === 7 ? `${monthDot(e)}入驻` : `${dotDate(e)}入驻`);
  const cellOf = (room, f) => {
    if (!f) return `${room}\n（空置）`;
    if (f.left) return `${room}\n（空置）\n原租户：${f.n}（${f.t}），${entText(f.ent)}，${dotDate(f.left)}退园`;
    return `${room}\n${f.n}\n${f.t}\n${entText(f.ent)}`;
  };
  const FLOORS = [["4F", ["401", "402", "403", "404", "405", "406"], [11, 12, 13, 14, null, "会议室", null]],
    ["3F", ["301", "302", "303", "304", "305", "306"], [5, 6, 7, "洗手间", 8, 9, 10]],
    ["2F", ["201", "202", "203", "204", "205", "206"], ["公共服务中心展厅", 0, 1, 2, 3, 4, null]]];
  const gRows = [["湘桥区电子商务产业园楼层分布图"], ["（按2021年8月31日状态更新；格内依次为房号、企业名称、类型、入驻时间）"]];
  const gMerges = ["A1:H1", "A2:H2"];
  const eRecs = [];
  for (const [fl, rooms, occ] of FLOORS) {
    const row = [fl];
    let ri = 0;
    for (const o of occ) {
      if (typeof o === "string") {
        row.push(o);
        continue;
      }
      const room = rooms[ri++];
      const f = o === null ? null : F[o];
      row.push(cellOf(room, f));
      if (f) eRecs.push({ name: f.n, type: f.t, entered: f.ent, left: f.left || null });
    }
    assert(ri === rooms.length, "l2 rooms used " + fl);
    gRows.push(row);
  }
  gRows.push(["注：8月31日后新入驻的企业另表登记；会议室、展厅、洗手间不出租。"]);
  gMerges.push(`A${gRows.length}:H${gRows.length}`);
  for (const r of gRows) padRow(r, 8);
  assert(eRecs.length === 15, "l2 15 firms on the map");
  // 官塘鱼丸 (index 15) entered 2021-09-01 but the map says 8月31日状态 — it must not be on the map
  assert(!eRecs.some((r) => r.entered === "2021-09-01"), "l2 floor map as of 8/31");
  assert(eRecs.some((r) => r.left) && eRecs.some((r) => r.entered.length === 7), "l2 map mix");

  // ---------------- 直达资金支付
  const PAYS = [["2020-10-28", "省级专项", "潮州市湘桥区韩江优品电子商务有限公司", "区电商公共服务中心建设首期款", 480000, "已支付"],
    ["2020-11-20", "区级配套", "潮州市湘桥区韩江优品电子商务有限公司", "公共服务中心装修配套", 200000, "已支付"],
    ["2020-12-24", "省级专项", "中国邮政集团有限公司潮州市湘桥区分公司", "村级站点建设首期款", 356800, "已支付"],
    ["2021-01-21", "省级专项", "韩山师范学院", "电商培训服务费（第一期）", 118500, "已退回"],
    ["2021-01-28", "省级专项", "韩山师范学院", "电商培训服务费（第一期）", 118500, "已支付"],
    ["2021-03-25", "省级专项", "潮州市湘桥区顺捷快递服务有限公司", "物流配送体系建设首期款", 296000, "已支付"],
    ["2021-04-29", "省级专项", "潮州市湘桥区韩江优品电子商务有限公司", "区电商公共服务中心建设进度款", 512600, "已支付"],
    ["2021-06-17", "区级配套", "中国邮政集团有限公司潮州市湘桥区分公司", "站点招牌配套", 86400, "已支付"],
    ["2021-07-15", "省级专项", "潮州市湘桥区云仓供应链管理有限公司", "冷链仓储设施建设款", 238750, "已支付"],
    ["2021-08-19", "省级专项", "中国邮政集团有限公司潮州市湘桥区分公司", "村级站点建设进度款", 402300, "已支付"],
    ["2021-09-14", "省级专项", "潮州市湘桥区韩江优品电子商务有限公司", "区电商公共服务中心运营补助", 265000, "已支付"]];
  const fRows = [["湘桥区直达资金支付明细（电子商务进农村综合示范）"], ["说明：本表由区财政直达资金监控系统导出，含区级配套资金；考评只统计资金来源为“省级专项”且支付状态为“已支付”的记录。"],
    ["序号", "支付日期", "支付凭证号", "指标文号", "预算项目", "资金来源", "收款人全称", "支付金额（元）", "支付状态"]];
  const fRecs = [];
  PAYS.forEach((p, j) => {
    fRows.push([j + 1, p[0], `ZF${p[0].replace(/-/g, "")}${String(rint(100, 999))}`, p[1] === "省级专项" ? "粤财工〔2019〕112号" : "潮湘财〔2020〕45号", p[3], p[1], p[2], fmtMoney(p[4]), p[5]]);
    if (p[1] === "省级专项" && p[5] === "已支付") fRecs.push({ date: p[0], amount: p[4] });
  });
  fRows.push(["合计", null, null, null, null, null, null, fmtMoney(sum(PAYS.map((p) => p[4]))), null]);
  const fMerges = ["A1:I1", "A2:I2", `A${fRows.length}:G${fRows.length}`];

  // ---------------- 月报报送 (Excel serial dates)
  const RM = monthsBetween("2020-08", "2021-08");
  const rRows = [["湘桥区电子商务进农村月报报送登记"], ["所属月份", "报送日期", "报送方式", "是否含扶贫统计", "经办人", "备注"]];
  const rRecs = [];
  RM.forEach((m, j) => {
    if (m === "2021-02") {
      rRows.push([cnMonth(m), "—", null, null, null, "春节假期，与3月合并报送"]);
      return;
    }
    const nx = monthsBetween(m, "2021-12")[1];
    let dd = m === "2021-03" ? "2021-04-07" : `${nx}-${String(rint(3, 9)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(dd)) || (dd >= "2020-10-01" && dd <= "2020-10-08")) dd = isoAdd(dd, 1);
    const pov = m >= "2020-09";
    rRows.push([cnMonth(m), excelSerial(dd), j % 2 ? "粤政易" : "电子邮件", pov ? "Y" : "N", "陈××", m === "2021-03" ? "含2月" : null]);
    rRecs.push({ date: dd, poverty: pov });
  });
  assert(inWindowMonths(rRecs.filter((r) => r.date <= CUT).map((r) => r.date)) === 11, "l2 reports 11 months");

  // ---------------- 专栏 year × month grid
  const uRows = [["区政府网站“电子商务进农村综合示范”专栏更新情况"], ["年份"].concat(Array.from({ length: 12 }, (_, i) => `${i + 1}月`))];
  const uRecs = [];
  for (const y of [2020, 2021]) {
    const row = [`${y}年`];
    for (let m = 1; m <= 12; m++) {
      const ym_ = `${y}-${String(m).padStart(2, "0")}`;
      let days = [];
      if (y === 2020 && m < 7) row.push("—");
      else if (y === 2021 && m > 9) row.push(null);
      else if (y === 2021 && m === 2) row.push("—");
      else {
        if (y === 2020 && m === 7) days = [10, 17];
        else if (ym_ === "2020-11" || ym_ === "2021-06") days = [3, 28];
        else days = [rint(5, 25)];
        row.push(days.map((x) => `${x}日`).join("、"));
        for (const x of days) uRecs.push({ date: `${ym_}-${String(x).padStart(2, "0")}` });
      }
    }
    uRows.push(row);
  }
  uRows.push(["注：格内为当月专栏发布（更新）日期；“—”为当月未更新；专栏2020年7月开设。"]);
  const uMerges = ["A1:M1", `A${uRows.length}:M${uRows.length}`];
  for (const r of uRows) padRow(r, 13);
  assert(inWindowMonths(uRecs.map((r) => r.date)) === 11, "l2 column 11 months");

  return {
    description:
      "潮州湘桥区商务局台账（修订记录＋六张表）：①修订记录不是台账；②村居名单是上下两张表——“一、行政村（54个）”（序号｜镇（街道）｜村委会名称｜是否省定贫困村｜快递进村｜备注）和隔一空行的“二、社区居委会（23个）”（序号｜街道（镇）｜社区居委会名称｜快递进村｜备注，快递在D列不在E列），镇街纵向合并；一村快递进村空着（未答，null，备注“待邮政部门核实”）；③站点是邮政系统导出（站点编码｜站点名称｜所属区县｜所属乡镇｜所属村｜站点类型｜站点状态｜启用时间｜负责人｜手机号），启用时间“2020-11-05 00:00:00”文本，“筹建中”一站没有启用时间，9月2日一站、同村第二站、社区站照列；④园区是“楼层分布图”：每层一行（4F、3F、2F），每格一间房，格内换行写房号、企业名称、类型、入驻时间（“2020.11入驻”只到月），“（空置）”、会议室、展厅、洗手间不是企业，一家写“…入驻，2021.5.20退园”；⑤直达资金支付明细含区级配套和“已退回”的一笔，说明行写明只算“省级专项”且“已支付”，金额千分位文本，合计行不是记录，9月14日一笔照列；⑥月报报送日期是Excel序号（44112式数字），2021年2月一行“—”（与3月合并）不是记录，扶贫统计Y/N；⑦专栏更新是年×月网格，格内“10日、17日”一格两条，“—”未更新，2021年10—12月空着。",
    sheets: [
      { name: "修订记录", rows: rev, merges: [] },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点导出", rows: sRows, merges: ["A1:J1", "A2:J2"] },
      { name: "园区楼层图", rows: gRows, merges: gMerges },
      { name: "直达资金支付", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: rRows, merges: ["A1:F1"] },
      { name: "专栏更新", rows: uRows, merges: uMerges },
    ],
    expect: {
      sheets: {
        "修订记录": { kind: null },
        "村居名单": { kind: "villages", records: vRecs },
        "站点导出": { kind: "stations", records: sRecs },
        "园区楼层图": { kind: "enterprises", records: eRecs },
        "直达资金支付": { kind: "funds", records: fRecs },
        "月报报送": { kind: "reports", records: rRecs },
        "专栏更新": { kind: "disclosures", records: uRecs },
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
write("counties", "b202-c1-liannan.json", c1);
write("facts", "b202-f1-yuncheng.json", f1);
write("facts", "b202-f2-duanzhou.json", f2);
write("facts", "b202-f3-huangpu.json", f3);
write("ledgers", "b202-l1-sihui.json", l1);
write("ledgers", "b202-l2-xiangqiao.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
