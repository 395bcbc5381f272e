// Batch 185 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b180.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (185185), no clock. Run: node test/corpus/_b185/gen-b185.js
//
// c1 清城区 (清远): whole workbook (12 sheets). The facts and the clerk's points are in the bureau's 《考评得分情景测算表》: a
//    基本数据 block (label|value|note, two triples a row) and one row per indicator with 关键数据（实际）, 实际测算分 and 实际分项, next
//    to two columns of the July forecast (保守 / 乐观 scenario points) and a 7月测算假设 column with hypothetical numbers (not facts,
//    not claims). Ledgers: 七普 村（居）委会 population extract (全称 村民委员会 / 社区居民委员会, town 小计 rows, 全区合计);
//    a separate 省定贫困村 list; stations (one village only via “××村委会××村民小组”, one dated 2021年8月31日: 56/80 = 70.0%
//    needs both; the ninth poor village's station is 2021.9.10); training as a 计划执行对照 (planned vs actual, “同计划”, 取消,
//    延期 to September, a 合计 row that includes September); the 贫困户专场 sign-ins; 脱贫人口 with 务工所在地 区内/区外省内/省外;
//    park firms with 租赁合同期限 vs 实际入驻日期 / 退租日期 (one firm in two rooms, one contract starting in August but entering in
//    September: 20 firms); funds as a project × month grid in 万元 with a September column and a 合计 column; the 发文登记簿
//    (monthly reports and the experience material among other outgoing documents); the 专栏 发布审核登记 (April only 退回修改);
//    media with a September CCTV case.
// f1 江海区 (江门): the copy of four 易拉宝 roll-up banners (80×200cm) for the inspection, laid out side by side (A:B, D:E, G:H, J:K,
//    spacer columns between), each banner a tall stack of slogan lines, “big number” cells with the caption in the cell below,
//    label | value pairs, ✔ service lines, and a 创建目标 line that is a target, not a fact; an 校对备注（不印） column at the right.
// f2 赤坎区 (湛江): a quarterly 创建进度自查表: one row per item, columns 2020年12月底 | 2021年3月底 | 2021年6月底 | 2021年8月31日（考评
//    截止） | 2021年9月底（预计）: the facts are the 8月31日 column, not the last one (population switches from 推算 to 七普, the photo
//    service and the complaint window turn ✓ in 2021, the spending rate is 69.7% on 8月31日 and 74.4% only in the forecast); the
//    self-scores are a block of the same columns below.
// f3 梅江区 (梅州): a 背靠背 scoring sheet: two staff scored each 得分点 independently (甲 / 乙 columns), a 分歧 column, and the
//    section meeting's 议定 points (claimed, per indicator merged vertically); facts in a 共用基础数据 block above and in a 核查事实
//    column; 甲 / 乙 disagree on judged points only.
// l1 花都区 (广州): a 目录 page; a village list with the printed header repeated mid-table (page break) and a 快递服务点 column
//    (a point's name = covered, “无” = not, 社区 blank); stations whose 所在村 is sometimes blank (village only in the station's
//    name) or “××村委”; a two-across training sign-in sheet (序号 row-wise, 签名 “√”, “缺”, “请假”), sessions stacked with a
//    header line each (one a two-day range, one in September), a few masked or lower-case-x IDs; a 粤政易 公文交换 send log
//    (reports to 广州市商务局 among sends to other units, one 已撤回 and re-sent, 附件 naming the 扶贫统计表 or not).
// l2 南海区 (佛山): a 填表说明 page; 脱贫人口 with one 劳动力状况 column (“有劳动能力·区外务工” = migrant); park firms as two
//    stacked tables (在园 / 已退园, the second with 退园日期 before 入驻日期); contract payments as contract header rows (合同金额,
//    not a payment) with payment rows under them and 小计, a “待验收” instalment; media with levels 中央级/省级/市级/区级 and
//    视频号 (not TV); 专栏 updates copied from the web page with the date in brackets at the end of each title cell.
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
let seed = 185185;
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
    assert(/^b185-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b185-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b185-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 清远清城区: whole workbook; facts and points in a scenario 测算表 (actual vs July forecasts)
// =====================================================================================================
function yearsLater(iso, n) {
  // a lease of n years: the same day n years on, minus one day
  const [y, m, d] = ymd(iso);
  const t = `${y + n}-${String(m).padStart(2, "0")}-${String(Math.min(d, lastDay(y + n, m))).padStart(2, "0")}`;
  return isoAdd(t, -1);
}
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "441802";
  const TOWNS = [["东城街道", 6, 5], ["洲心街道", 8, 3], ["横荷街道", 7, 4], ["凤城街道", 0, 12], ["源潭镇", 14, 2], ["龙塘镇", 16, 2],
    ["石角镇", 17, 2], ["飞来峡镇", 12, 1]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("黄白高陂迳新塘马岗社洲田沙江莲银", ["坑", "岭", "塘", "洞", "围", "坪", "湖", "田", "坳", "岗", "圳", "背", "边", "头"], "村", prefixes);
  const cName = nameMaker("凤富华锦德兴安康嘉丽和", ["城", "苑", "园", "景", "湖", "华", "翠", "盛"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  assert(admin.length === 80 && comms.length === 31, "c1 80 villages + 31 communities");
  noStemClash(admin, comms, "c1");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const short = (v) => v.replace(/村$|社区$/, "");
  const adminSet = new Set(admin);

  // ---------------- 村居人口（七普）
  const vRows = [["清城区第七次全国人口普查村（居）委会常住人口汇总表（摘录）"],
    ["（区统计局2021年6月提供；按村（居）民委员会汇总，“小计”为镇（街道）合计，人口为常住人口）"],
    ["序号", "镇（街道）", "村（居）民委员会", "户数", "常住人口", "男", "女"]];
  const vMerges = ["A1:G1", "A2:G2"];
  let vsq = 0;
  let popTot = 0;
  let hhTot = 0;
  const unitPop = {};
  for (const x of towns) {
    const r0 = vRows.length + 1;
    const all = shuffle(x.vs.map((v) => ({ v, a: true })).concat(x.cs.map((c) => ({ v: c, a: false }))));
    let hs = 0;
    let ps = 0;
    all.forEach((e, k) => {
      const pop = e.a ? rint(1600, 5200) : rint(4200, 16800);
      const hh = Math.round(pop / (3 + rnd()));
      const male = Math.round(pop * (0.49 + rnd() * 0.04));
      hs += hh;
      ps += pop;
      unitPop[e.v] = pop;
      vRows.push([++vsq, k === 0 ? x.t : null, e.a ? `${short(e.v)}村民委员会` : `${short(e.v)}社区居民委员会`, hh, pop, male, pop - male]);
    });
    mergeCol(vMerges, "B", r0, vRows.length);
    vRows.push([null, `${x.t}小计`, `村委会${x.vs.length}个，居委会${x.cs.length}个`, hs, ps, null, null]);
    hhTot += hs;
    popTot += ps;
  }
  vRows.push([null, "全区合计", `村委会${admin.length}个，居委会${comms.length}个`, hhTot, popTot, null, null]);
  vRows.push(["注：本表只摘录村（居）委会层级；街道、镇政府驻地的集体户人口未列入，故合计与全区常住人口不一致。", null, null, null, null, null, null]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);
  const POP = 1085236;
  assert(popTot < POP, "c1 village extract below the district total");

  // ---------------- 省定贫困村
  const ruralTowns = towns.filter((x) => ["源潭镇", "龙塘镇", "石角镇", "飞来峡镇"].includes(x.t));
  const poor = [];
  ruralTowns.forEach((x, j) => {
    const sh = shuffle(x.vs);
    for (let k = 0; k < [2, 3, 2, 2][j]; k++) poor.push(sh[k]);
  });
  assert(poor.length === 9, "c1 nine poor villages");
  const HELP = ["广州市天河区对口帮扶工作组", "清远市直机关工委", "清城区人民法院", "广州市海珠区驻镇帮扶工作队", "清远市税务局", "清城区财政局",
    "广东电网清远供电局", "清远市中级人民法院", "清城区住房和城乡建设局"];
  const pRowsV = [["清城区省定相对贫困村名单（2016—2020年）"], ["序号", "镇", "村名", "帮扶单位", "出列年份"]];
  poor.forEach((v, j) => pRowsV.push([j + 1, townOf[v], j % 3 === 1 ? `${v}委会` : v, HELP[j], j < 4 ? "2019年" : "2020年"]));
  pRowsV.push(["注：9个省定相对贫困村已全部出列。", null, null, null, null]);
  const pvMerges = ["A1:E1", `A${pRowsV.length}:E${pRowsV.length}`];

  // ---------------- 站点清单
  const poorSet = new Set(poor);
  const lastPoor = poor[6];
  const others = shuffle(admin.filter((v) => !poorSet.has(v)));
  const coveredNonPoor = others.slice(0, 48);
  const covered = poor.filter((v) => v !== lastPoor).concat(coveredNonPoor);
  assert(covered.length === 56, "c1 56 covered villages");
  const vGroup = coveredNonPoor[5];
  const vCut = coveredNonPoor[17];
  const vPending = others[48];
  const vTwo = coveredNonPoor[30];
  const hamlet = "下" + ["围", "屋", "村", "坊"][rint(0, 3)];
  const stations = covered.map((v) => ({ v, op: v === vCut ? CUT : randIsoBetween("2020-07-01", "2021-08-25"), cell: v === vCut ? "2021年8月31日" : null }));
  stations.push({ v: vTwo, op: randIsoBetween("2021-03-01", "2021-08-20"), note: "本村第二个站点（供销社网点）" });
  stations.push({ v: lastPoor, op: "2021-09-10", cell: "2021.9.10", note: "省定贫困村站点，9月挂牌" });
  stations.push({ v: vPending, op: null, cell: "待挂牌", note: "场地已落实" });
  const commSt = comms[6];
  stations.push({ v: commSt, op: randIsoBetween("2020-11-01", "2021-06-30"), note: "社区电商服务点" });
  const sRows = [["清城区村级电子商务服务站点清单"], ["（区商务局电商股　2021年9月更新）"],
    ["序号", "镇（街道）", "站点名称", "所在村（社区）", "地址", "站长", "联系电话", "挂牌日期", "备注"]];
  const sMerges = ["A1:I1", "A2:I2"];
  let sq = 0;
  let fi = 0;
  for (const [t] of TOWNS) {
    const here = stations.filter((s) => townOf[s.v] === t).sort((a, b) => cmp(String(a.op), String(b.op)));
    for (const s of here) {
      const isComm = !adminSet.has(s.v);
      let vcell = s.v;
      if (s.v === vGroup) vcell = `${short(s.v)}村委会${hamlet}村民小组`;
      else if (!isComm && sq % 6 === 2) vcell = `${s.v}委会`;
      else if (!isComm && sq % 6 === 4) vcell = `${short(s.v)}村民委员会`;
      const dcell = s.cell !== undefined && s.cell !== null ? s.cell : dateCell(s.op, fi++);
      const name = isComm ? `${short(s.v)}社区电商服务点` : s.note && s.note.includes("供销") ? `${short(s.v)}村供销电商网点` : s.v === vGroup ? `${short(s.v)}村${hamlet}电商服务站` : `${short(s.v)}村电商服务站`;
      sRows.push([++sq, t, name, vcell, `清城区${t}${short(s.v)}${isComm ? "社区" : "村"}${rint(1, 60)}号`, personName(), mask(phone()), dcell, s.note || null]);
    }
  }
  sRows.push(["注：挂牌日期以区商务局授牌记录为准；“待挂牌”为已建未授牌。", null, null, null, null, null, null, null, null]);
  sMerges.push(`A${sRows.length}:I${sRows.length}`);
  const opened = (s) => s.op !== null && s.op <= CUT;
  const covSet = new Set(stations.filter((s) => adminSet.has(s.v) && opened(s)).map((s) => s.v));
  assert(covSet.size === 56 && ratioGE(56, 80, 70) && !ratioGE(55, 80, 70), "c1 56/80 = 70.0% → 5, 55 → 2");
  const covPoor = poor.filter((v) => covSet.has(v)).length;
  assert(covPoor === 8 && ratioGE(8, 9, 80) && !ratioGE(8, 9, 100), "c1 8/9 poor → 3");

  // ---------------- 脱贫人口劳动力情况
  const poorTownVillages = poor.slice();
  const pp = [];
  const plan = shuffle([].concat(Array(36).fill("E"), Array(12).fill("M"), Array(12).fill("N")));
  let ci = 0;
  let hno = 0;
  let wantX = true;
  while (ci < plan.length) {
    const size = Math.min(plan.length - ci, rint(2, 5));
    const codes = plan.slice(ci, ci + size).sort((a, b) => (a === "N") - (b === "N"));
    ci += size;
    hno++;
    const vil = poorTownVillages[hno % poorTownVillages.length];
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    const headN = codes[0] === "N";
    const headBirth = headN ? birthBetween(1940, 1956) : birthBetween(1966, 1985);
    const hy = Number(headBirth.slice(0, 4));
    const headMale = rnd() < 0.75;
    let spouse = false;
    codes.forEach((c, j) => {
      let rel;
      let birth;
      let male;
      if (j === 0) {
        rel = "户主";
        birth = headBirth;
        male = headMale;
      } else if (c === "N") {
        if (!spouse && headN) {
          rel = "配偶";
          spouse = true;
          male = !headMale;
          birth = birthBetween(Math.max(1938, hy - 4), Math.min(1958, hy + 4));
        } else if (headN) {
          male = rnd() < 0.5;
          rel = male ? "之兄" : "之姐";
          birth = birthBetween(1936, hy - 1);
        } else {
          male = rnd() < 0.5;
          rel = male ? "之父" : "之母";
          birth = birthBetween(Math.max(1934, hy - 34), Math.min(1956, hy - 20));
        }
      } else if (!spouse) {
        rel = "配偶";
        spouse = true;
        male = !headMale;
        birth = birthBetween(Math.max(1964, hy - 5), Math.min(1990, hy + 5));
      } else if (hy <= 1978) {
        male = rnd() < 0.5;
        rel = male ? "之子" : "之女";
        birth = birthBetween(Math.max(hy + 20, 1988), 2001);
      } else {
        male = rnd() < 0.5;
        rel = male ? "之弟" : "之妹";
        birth = birthBetween(hy + 1, Math.min(hy + 10, 2001));
      }
      const id = makeId(REGION, birth, male, c === "E" && wantX ? true : undefined);
      if (c === "E" && wantX) wantX = false;
      pp.push({ c, id, name: rel === "配偶" ? personName() : personName(sn), rel, vil, hh: `HH${String(hno).padStart(3, "0")}` });
    });
  }
  assert(pp.length === 60, "c1 60 persons");
  const LABY = ["普通劳动力", "技能劳动力", "弱劳动力或半劳动力"];
  const LABN = ["丧失劳动力", "无劳动力"];
  const ppRows = [["清城区脱贫人口劳动力及务工情况表"], ["（区乡村振兴局2021年7月提供。务工所在地：“区外省内”“省外”为外出务工，“区内”为本地务工，空白为未务工；劳动技能为“丧失劳动力”“无劳动力”的无劳动能力）"],
    ["序号", "镇", "村", "户编号", "姓名", "与户主关系", "身份证号", "劳动技能", "务工所在地", "备注"]];
  const ppMerges = ["A1:J1", "A2:J2"];
  pp.forEach((p, j) => {
    const lab = p.c === "N" ? LABN[rint(0, 1)] : LABY[rint(0, 2)];
    const work = p.c === "M" ? ["区外省内", "省外"][rint(0, 1)] : p.c === "E" ? [null, "区内", null][rint(0, 2)] : null;
    ppRows.push([j + 1, townOf[p.vil], p.vil, p.hh, p.name, p.rel, p.id, lab, work, p.c === "N" ? "兜底保障" : null]);
  });

  // ---------------- 培训：贫困户专场签到
  const E = pp.filter((p) => p.c === "E");
  const M = pp.filter((p) => p.c === "M");
  const N = pp.filter((p) => p.c === "N");
  const eShuf = shuffle(E);
  const trainedE = eShuf.slice(0, 19);
  const septOnlyE = eShuf.slice(19, 21);
  const xPerson = E.find((p) => p.id.endsWith("X"));
  if (!trainedE.includes(xPerson)) {
    trainedE[0] = xPerson;
    assert(!septOnlyE.includes(xPerson), "c1 x person not sept-only");
  }
  assert(new Set(trainedE).size === 19, "c1 trained 19 distinct");
  const s1 = trainedE.slice(0, 12).concat(M.slice(0, 2), N.slice(0, 1));
  const s2 = trainedE.slice(7, 19).concat(M.slice(2, 3));
  const s3 = septOnlyE.concat(trainedE.slice(0, 3), M.slice(3, 5));
  const SES_P = [{ key: "专场1", iso: "2020-12-16", who: s1 }, { key: "专场2", iso: "2021-05-20", who: s2 }, { key: "专场3", iso: "2021-09-08", who: s3 }];
  const gRows = [["清城区脱贫人口电商培训专场签到汇总"], ["（本表为《培训计划执行对照》中三期贫困户专场的签到明细，人次已计入该表“实际参训人次”，不要重复相加）"],
    ["期次", "序号", "姓名", "身份证号", "所在村", "培训日期", "签到"]];
  const gMerges = ["A1:G1", "A2:G2"];
  let xShown = false;
  let spaced = false;
  SES_P.forEach((s, si) => {
    const r0 = gRows.length + 1;
    s.who.forEach((p, k) => {
      let idc = p.id;
      if (p === xPerson && !xShown) {
        idc = p.id.slice(0, 17) + "x";
        xShown = true;
      } else if (!spaced && si === 1 && k === 4) {
        idc = spacedId(p.id);
        spaced = true;
      }
      gRows.push([k === 0 ? `贫困户${s.key}` : null, k + 1, p.name, idc, p.vil, k === 0 ? (si === 2 ? "2021.9.8" : si === 0 ? D(s.iso) : "2021年5月20日") : null, "√"]);
    });
    mergeCol(gMerges, "A", r0, gRows.length);
    mergeCol(gMerges, "F", r0, gRows.length);
  });
  assert(xShown && spaced, "c1 id variants shown");
  const trainedBy = new Set(SES_P.filter((s) => s.iso <= CUT).flatMap((s) => s.who.map((p) => p.id)));
  const eligible = E.length;
  const trainedElig = E.filter((p) => trainedBy.has(p.id)).length;
  assert(eligible === 36 && trainedElig === 19 && ratioGE(19, 36, 50) && !ratioGE(19, 36, 70), "c1 19/36 = 52.8%");

  // ---------------- 培训计划执行对照
  const TOPICS = ["农村电商基础知识", "网店开设与运营", "直播带货实操", "短视频拍摄与剪辑", "农产品品牌与包装", "微信社群营销", "电商客服与售后",
    "农产品网销标准化", "跨境电商入门", "电商创业孵化"];
  const S = [];
  const planMonths = monthsBetween("2020-09", "2021-08");
  let no = 0;
  for (const m of planMonths) {
    const k = m === "2021-02" ? 1 : 2;
    for (let j = 0; j < k; j++) {
      const [y, mo] = m.split("-").map(Number);
      const pd = `${m}-${String(rint(5, Math.min(26, lastDay(y, mo)))).padStart(2, "0")}`;
      S.push({ no: ++no, topic: TOPICS[rint(0, TOPICS.length - 1)], who: ["村“两委”干部", "返乡青年", "合作社和家庭农场", "个体网商", "退役军人", "妇女创业者"][rint(0, 5)], pd, pn: rint(16, 25) * 10 });
    }
  }
  // insert the three 贫困户专场 sessions
  const spec = [["2020-12-16", "2020-12-16", s1.length], ["2021-05-20", "2021-05-20", s2.length], ["2021-08-18", "2021-09-08", s3.length]];
  for (const [pd, ad, n] of spec) S.push({ no: 0, topic: "脱贫户电商技能专场", who: "脱贫人口", pd, pn: 40, special: true, ad, an: n });
  S.sort((a, b) => cmp(a.pd, b.pd));
  S.forEach((s, j) => (s.no = j + 1));
  // statuses
  const normal = S.filter((s) => !s.special);
  const cancelled = normal[9];
  const postponed = normal[normal.length - 2];
  cancelled.status = "取消";
  cancelled.note = "疫情防控暂停";
  postponed.status = "延期";
  postponed.ad = "2021-09-14";
  postponed.an = 126;
  postponed.note = "延至9月举办";
  let sameN = 0;
  for (const s of normal) {
    if (s.status) continue;
    s.status = "已完成";
    if (rnd() < 0.35) {
      s.ad = "same";
      sameN++;
    } else s.ad = isoAdd(s.pd, rint(-6, 9));
    if (s.ad !== "same" && s.ad > CUT) s.ad = s.pd;
    s.an = rint(90, 230);
  }
  for (const s of S.filter((x) => x.special)) {
    s.status = s.ad > CUT ? "延期" : "已完成";
    if (s.ad > CUT) s.note = "延至9月8日";
    else s.ad = "same";
  }
  const actualIso = (s) => (s.ad === "same" ? s.pd : s.ad);
  const countedPT = () => sum(S.filter((s) => s.status !== "取消" && s.an && actualIso(s) <= CUT).map((s) => s.an));
  // adjust the normal sessions so that exactly 4,950 person-times are held by the cut-off
  let diff = 4950 - countedPT();
  for (let j = 0; diff !== 0 && j < 500; j++) {
    const s = normal[j % normal.length];
    if (s.status !== "已完成") continue;
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 25);
    if (s.an + st < 60 || s.an + st > 260) continue;
    s.an += st;
    diff -= st;
  }
  const PT = countedPT();
  const PTall = sum(S.filter((s) => s.an && s.status !== "取消").map((s) => s.an));
  assert(PT === 4950 && sameN >= 3, "c1 4,950 person-times by the cut-off " + PT);
  assert(!ratioGE(PT, 500000, 1) && PT * 1000 >= 500000 * 8 && ratioGE(PTall, 500000, 1), "c1 0.99% → 8; with September ≥ 1%");
  const tRows = [["清城区2020—2021年度农村电商培训计划执行对照表"], ["（“实际日期”写“同计划”的，按计划日期举办；执行情况：已完成／取消／延期）"],
    ["期次", "培训主题", "培训对象", "计划", null, "实际", null, "执行情况", "备注"],
    [null, null, null, "日期", "人数", "日期", "参训人次", null, null]];
  const tMerges = ["A1:I1", "A2:I2", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:G3", "H3:H4", "I3:I4"];
  S.forEach((s, j) => {
    let adc = null;
    if (s.ad === "same") adc = "同计划";
    else if (s.ad) adc = j % 3 === 0 ? D(s.ad) : j % 3 === 1 ? dotDate(s.ad) : cnDate(s.ad);
    tRows.push([`第${s.no}期`, s.topic, s.who, dotDate(s.pd), s.pn, adc, s.an || null, s.status, s.note || null]);
  });
  tRows.push(["合计", null, null, null, sum(S.map((s) => s.pn)), null, PTall, null, null]);
  tMerges.push(`A${tRows.length}:C${tRows.length}`);

  // ---------------- 产业园入驻企业
  const FIRMS = [["清远清城优品电子商务有限公司", "平台型"], ["清远市凤城云仓网络科技有限公司", "平台型"], ["清远市清城区鸡乡味道电子商务有限公司", "销售型"],
    ["清远市清城区源潭陶瓷网店", "销售型"], ["清远市清城区龙塘竹笋电商商行", "销售型"], ["清远市清城区石角麻竹笋网店", "销售型"],
    ["清远市清城区飞来峡农品电子商务有限公司", "销售型"], ["清远市清城区东城鲜果记商行", "销售型"], ["清远数联电商运营服务有限公司", "电商运营商"],
    ["清远市清城区星火代运营工作室", "电商运营商"], ["清远市清城区农帮帮电商服务有限公司", "电商运营商"], ["清远市清城区速递通物流有限公司", "物流企业"],
    ["清远市清城区冷运仓储有限公司", "物流企业"], ["清远市清城区北江直播传媒有限公司", "直播机构"], ["清远市清城区禾田包装设计有限公司", "设计服务"],
    ["清远市清城区洲心丝苗米电商商行", "销售型"], ["清远市清城区横荷茶叶网店", "销售型"], ["清远市清城区山货铺电子商务有限公司", "销售型"],
    ["清远市清城区乡味坊食品商行", "销售型"], ["清远市清城区好物汇电子商务有限公司", "销售型"], ["清远市清城区农趣电商有限公司", "销售型"],
    ["清远市清城区清新鸡电商商行", "销售型"]].map(([n, t]) => ({ n, t, code: creditCode(REGION) }));
  const ent = FIRMS.map((f) => {
    const c0 = randIsoBetween("2020-08-01", "2021-06-30");
    return { f, c0, c1: yearsLater(c0, 3), entered: isoAdd(c0, rint(0, 20)), left: null, note: null };
  });
  ent[4].c0 = "2020-08-01";
  ent[4].c1 = "2021-07-31";
  ent[4].entered = "2020-08-10";
  ent[4].left = "2021-07-31";
  ent[4].note = "合同到期未续签";
  ent[9].entered = randIsoBetween("2020-09-01", "2020-12-31");
  ent[9].c0 = ent[9].entered;
  ent[9].c1 = yearsLater(ent[9].c0, 3);
  ent[9].left = "2021-05-10";
  ent[9].note = "经营调整，提前退租";
  const late = { f: { n: "清远市清城区乡村振兴直播基地有限公司", t: "直播机构", code: creditCode(REGION) }, c0: "2021-08-16", c1: "2024-08-15", entered: "2021-09-06", left: null, note: "装修后9月入驻" };
  const twoRoom = ent[2];
  twoRoom.c0 = randIsoBetween("2020-08-01", "2020-12-31");
  twoRoom.c1 = yearsLater(twoRoom.c0, 3);
  twoRoom.entered = isoAdd(twoRoom.c0, rint(0, 20));
  const extraRoom = { f: twoRoom.f, c0: isoAdd(twoRoom.c0, 60), c1: yearsLater(isoAdd(twoRoom.c0, 60), 2), entered: isoAdd(twoRoom.c0, 62), left: null, note: "扩租（同一企业第二间）" };
  const entRows = shuffle(ent).concat([late]);
  entRows.splice(8, 0, extraRoom);
  assert(entRows.length === 24, "c1 24 rows");
  const eRows = [["清城区电子商务产业园入驻企业登记表"], ["（园区运营中心　2021年9月10日；入驻以“实际入驻日期”为准，合同期限仅供参考）"],
    ["序号", "房号", "企业名称", "统一社会信用代码", "企业类型", "租赁合同期限", "实际入驻日期", "退租日期", "备注"]];
  const rooms = new Set();
  entRows.forEach((e, j) => {
    let room;
    do room = `${["A", "B"][j % 2]}${rint(1, 3)}${String(rint(1, 20)).padStart(2, "0")}`;
    while (rooms.has(room));
    rooms.add(room);
    eRows.push([j + 1, room, e.f.n, e.f.code, e.f.t, `${dotDate(e.c0)}—${dotDate(e.c1)}`, dateCell(e.entered, j + 2), e.left ? dotDate(e.left) : null, e.note]);
  });
  const inPark = new Map();
  for (const e of entRows) if (e.entered <= CUT && !(e.left && e.left <= CUT)) inPark.set(e.f.code, e.f.t);
  const inTypes = new Set(inPark.values());
  assert(inPark.size === 20 && inTypes.size >= 3, "c1 20 firms in the park " + inPark.size);
  const byContract = new Set(entRows.filter((e) => e.c0 <= CUT && !(e.left && e.left <= CUT)).map((e) => e.f.code));
  assert(byContract.size === 21, "c1 by contract start 21");

  // ---------------- 资金支出进度（按月，万元）
  const FM = monthsBetween("2020-06", "2021-09");
  const PROJ = [
    ["县级电子商务公共服务中心建设及运营", { "2020-07": 45, "2020-12": 38.5, "2021-04": 30.2, "2021-08": 16.6 }],
    ["村级电商服务站点建设", { "2020-10": 32, "2021-01": 28.75, "2021-05": 22.4, "2021-09": 22.6 }],
    ["农村电商人才培训", { "2020-11": 10.8, "2021-03": 12.6, "2021-06": 11.2, "2021-09": 16 }],
    ["县乡村三级物流配送体系", { "2020-09": 25, "2021-02": 21.5, "2021-07": 16.845 }],
    ["农产品品牌培育与营销推广", { "2021-03": 15, "2021-06": 9.85 }],
    ["冷链及农产品溯源体系", { "2021-05": 25, "2021-09": 20 }],
  ];
  const fRows = [["清城区省级电子商务进农村综合示范专项资金支出进度表（按月）"], ["单位：万元　　（按国库集中支付日期所在月份登记；下达资金500万元）"],
    ["序号", "项目"].concat(["2020年"], Array(6).fill(null), ["2021年"], Array(8).fill(null), ["累计"]),
    [null, null].concat(FM.map((m) => `${Number(m.slice(5))}月`), [null])];
  const W = 2 + FM.length + 1;
  const fMerges = [`A1:${colName(W - 1)}1`, `A2:${colName(W - 1)}2`, "A3:A4", "B3:B4", "C3:I3", `J3:${colName(W - 2)}3`, `${colName(W - 1)}3:${colName(W - 1)}4`];
  const fRecs = [];
  PROJ.forEach(([n, cells], j) => {
    const row = [j + 1, n].concat(FM.map((m) => (cells[m] !== undefined ? cells[m] : null)));
    const tot = sum(Object.values(cells).map((x) => Math.round(x * 10000)));
    row.push(tot / 10000);
    fRows.push(row);
    for (const m of FM) if (cells[m] !== undefined) fRecs.push({ date: m, amount: Math.round(cells[m] * 10000) });
  });
  fRows.push([null, "合计"].concat(FM.map((m) => {
    const t = sum(PROJ.map(([, c]) => Math.round((c[m] || 0) * 10000)));
    return t ? t / 10000 : null;
  }), [sum(fRecs.map((r) => r.amount)) / 10000]));
  const spent = sum(fRecs.filter((r) => r.date <= "2021-08").map((r) => r.amount));
  const spentAll = sum(fRecs.map((r) => r.amount));
  assert(spent === 3612450 && spentAll === 4198450, "c1 spent " + spent + " / " + spentAll);
  assert(ratioGE(spent, 5000000, 70), "c1 72.2% ≥ 70%");

  // ---------------- 发文登记簿 (reports + the experience material)
  const OUT = [];
  for (const m of monthsBetween("2020-08", "2021-08")) {
    const next = monthsBetween(m, "2021-12")[1];
    const d = `${next}-${String(rint(2, 6)).padStart(2, "0")}`;
    OUT.push({ d, no: "—", title: `清城区电子商务进农村综合示范创建工作${cnMonth(m)}情况报告${m >= "2020-10" ? "（含电商扶贫统计）" : ""}`, to: "清远市商务局", sign: "局长", n: 2, note: null, rep: true });
  }
  OUT.push({ d: "2020-09-15", no: "清城商务〔2020〕48号", title: "关于拨付电子商务公共服务中心建设首期款的函", to: "清城区财政局", sign: "局长", n: 3 });
  OUT.push({ d: "2020-10-20", no: "清城商务〔2020〕55号", title: "关于开展第二批村级电子商务服务站点申报工作的通知", to: "各镇人民政府、街道办事处", sign: "副局长", n: 12 });
  OUT.push({ d: "2020-12-28", no: "清城商务〔2020〕71号", title: "关于提请召开电子商务进农村综合示范工作领导小组会议的请示", to: "清城区人民政府", sign: "局长", n: 2 });
  OUT.push({ d: "2021-02-03", no: "清城商务函〔2021〕6号", title: "关于报送清城区“电商＋丝苗米”助农增收经验做法的函", to: "清远市商务局", sign: "局长", n: 2, mat: true });
  OUT.push({ d: "2021-04-12", no: "清城商务〔2021〕19号", title: "关于转发省商务厅农村电商统计工作通知的通知", to: "区电子商务公共服务中心", sign: "副局长", n: 1 });
  OUT.push({ d: "2021-06-25", no: "清城商务〔2021〕33号", title: "关于电子商务进农村综合示范项目中期绩效评价情况的报告", to: "清城区人民政府", sign: "局长", n: 2 });
  OUT.push({ d: "2021-09-03", no: "—", title: "清城区电子商务进农村综合示范创建工作2021年8月情况报告（含电商扶贫统计）", to: "清远市商务局", sign: "局长", n: 2, rep: true, dup: true });
  OUT.push({ d: "2021-09-07", no: "清城商务〔2021〕52号", title: "关于报送电子商务进农村综合示范创建考评自评报告的报告", to: "清远市商务局", sign: "局长", n: 3 });
  // the 2021-08 report appears once already; remove the duplicate
  const OUTS = OUT.filter((o) => !o.dup).sort((a, b) => cmp(a.d, b.d));
  const oRows = [["清城区商务局发文登记簿（2020年8月—2021年9月，摘录）"], ["序号", "发文日期", "发文字号", "文件标题", "主送单位", "签发", "印数", "备注"]];
  OUTS.forEach((o, j) => oRows.push([j + 1, j % 4 === 0 ? D(o.d) : j % 4 === 1 ? dotDate(o.d) : j % 4 === 2 ? slashDate(o.d) : cnDate(o.d), o.no, `《${o.title}》`, o.to, o.sign, o.n, o.mat ? "经验材料" : null]));
  const repMonths = new Set(OUTS.filter((o) => o.rep && o.d <= CUT).map((o) => ym(o.d)));
  assert(WINDOW.every((w) => repMonths.has(w)), "c1 reports every month");
  assert(OUTS.some((o) => o.mat && o.d <= CUT), "c1 material before the cut-off");

  // ---------------- 专栏发布审核登记
  const posts = [];
  for (const m of monthsBetween("2020-08", "2021-09")) {
    const [y, mo] = m.split("-").map(Number);
    const d = `${m}-${String(rint(18, 25)).padStart(2, "0")}`;
    if (m === "2021-04") {
      posts.push({ sub: d, sec: "建设进度", t: `清城区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`, res: "退回修改（数据未经财政局核对）", pub: null });
      posts.push({ sub: "2021-05-06", sec: "建设进度", t: `清城区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）（修改后重报）`, res: "通过", pub: "2021-05-06" });
      continue;
    }
    posts.push({ sub: d, sec: "建设进度", t: `清城区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`, res: "通过", pub: isoAdd(d, rint(0, 2)) });
  }
  posts.push({ sub: "2020-06-08", sec: "创建方案", t: "清城区电子商务进农村综合示范实施方案", res: "通过", pub: "2020-06-09" });
  posts.push({ sub: "2020-07-14", sec: "项目信息", t: "清城区电子商务进农村综合示范项目基本信息公示", res: "通过", pub: "2020-07-15" });
  posts.push({ sub: "2020-07-14", sec: "监督举报", t: "清城区电子商务进农村综合示范项目监督举报渠道", res: "通过", pub: "2020-07-15" });
  posts.push({ sub: "2020-11-24", sec: "政策文件", t: "清城区促进农村电子商务发展若干措施", res: "通过", pub: "2020-11-25" });
  posts.push({ sub: "2021-01-11", sec: "项目信息", t: "第二批村级电商服务站点名单公示", res: "通过", pub: "2021-01-12" });
  posts.sort((a, b) => cmp(a.sub, b.sub));
  const aprSub = posts.find((p) => p.sub.startsWith("2021-04")).sub;
  const dRows = [["清城区政府网“电子商务进农村综合示范”专栏信息发布审核登记"], ["序号", "提交日期", "子栏目", "标题", "提交人", "审核意见", "发布日期"]];
  posts.forEach((p, j) => dRows.push([j + 1, j % 2 ? dotDate(p.sub) : D(p.sub), p.sec, p.t, ["罗××", "何××"][j % 2], p.res, p.pub ? (p.pub.slice(0, 7) === p.sub.slice(0, 7) && j % 3 === 0 ? D(p.pub) : dotDate(p.pub)) : null]));
  for (const p of posts) if (p.pub) assert(p.pub.slice(0, 7) !== "2021-04", "c1 no April publication");
  const pubMonths = new Set(posts.filter((p) => p.pub && p.pub <= CUT).map((p) => ym(p.pub)));
  const subMonths = new Set(posts.filter((p) => p.sub <= CUT).map((p) => ym(p.sub)));
  assert(WINDOW.filter((w) => !pubMonths.has(w)).join() === "2021-04" && WINDOW.every((w) => subMonths.has(w)), "c1 April only submitted");

  // ---------------- 宣传报道
  const MEDIA = [["2020-11-26", "清城融媒", "区级", "网络", "清城首批村级电商服务站授牌", "否"],
    ["2021-01-18", "清远日报", "市级", "报纸", "清城：电商进村，丝苗米卖出好价钱", "否"],
    ["2021-03-22", "南方日报", "省级", "报纸", "清城区电商公共服务中心免费培训带旺乡村网商", "否"],
    ["2021-06-09", "广东广播电视台珠江频道", "省级", "电视", "清城脱贫户直播卖麻竹笋，电商帮扶见实效", "是"],
    ["2021-07-27", "清城融媒视频号", "区级", "视频号", "龙塘镇电商服务站里的“新农具”", "否"],
    ["2021-09-15", "中央广播电视总台CCTV-17", "中央级", "电视", "清城电商扶贫：小站点连着大市场", "是"]];
  const mRows = [["清城区电子商务进农村宣传报道统计"], ["序号", "播发日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
  MEDIA.forEach((x, j) => mRows.push([j + 1, j % 2 ? cnDate(x[0]) : D(x[0]), x[1], x[2], x[3], `《${x[4]}》`, x[5]]));

  // ---------------- 情景测算表 (facts and claimed points)
  const R19 = 283600;
  const R20 = 338100;
  const A19 = 15200;
  const A20 = 18700;
  assert(pct1(R20 - R19, R19) === "19.2%" && pct1(A20 - A19, A19) === "23.0%" && !(R20 * 10 >= R19 * 13) && !(A20 * 10 >= A19 * 13), "c1 growth < 30%");
  const cRows = [["清城区电子商务进农村综合示范考评得分情景测算表"],
    ["（区商务局电商股　7月15日初测，9月2日按实际数据更新。“实际”各列为截至2021年8月31日考评截止日的数据和测算分；“7月测算”三列是7月15日按当时进度做的保守／乐观两种情景，只作对比，不是实际数据，也不是自评分）"],
    [null, null, null, null, null, null, null, null],
    ["一、基本数据（实际）", null, null, null, null, null, null, null]];
  const cMerges = ["A1:H1", "A2:H2", "A4:H4"];
  const triples = [
    ["县（市、区）", "清城区", null, "考评截止日期", "2021年8月31日", null],
    ["常住人口", "108.52万人", "七普", "行政村", "80个", "另有社区居委会31个，不计入"],
    ["省定贫困村", "9个", "2016—2020年", "下达省级专项资金", "500万元", null],
    ["累计拨付（截至8月31日）", `${spent / 10000}万元`, `支出率${pct1(spent, 5000000)}`, "项目总体进度", "86%", "按监理单位8月进度报告"],
  ];
  for (const t of triples) cRows.push([t[0], t[1], t[2], null, t[3], t[4], t[5], null]);
  cRows.push([null, null, null, null, null, null, null, null]);
  cRows.push(["二、逐项测算", null, null, null, null, null, null, null]);
  cMerges.push(`A${cRows.length}:H${cRows.length}`);
  cRows.push(["评价指标（分值）", "关键数据／情况（实际）", "实际测算分", "实际分项", "7月测算·保守", "7月测算·乐观", "7月测算假设", "备注"]);
  const IND = [
    ["组织领导（2）", "区长任领导小组组长，区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局等11个部门为成员单位", 2, null, 2, 2, null],
    ["方案制定（2）", "《清城区电子商务进农村综合示范实施方案》2020年5月已由区政府办公室正式印发", 2, "方案2", 2, 2, null],
    ["政策支持（2）", "2020年11月出台《清城区促进农村电子商务发展若干措施》，租金补贴已兑现，人才奖励未兑现", 1, "政策1", 1, 2, null],
    ["项目管理（4）", "制定《项目建设管理办法》，建设、验收按办法执行；工作台账齐全", 4, "制度2＋台账2", 3, 4, null],
    ["服务体系建设——中心与产业园（15）", "中心2020年10月试运营、2020年12月8日正式运营；免费培训室（60座，配电脑）、农特产品免费展示展销、免费摄影美工、统一推广和品牌指导、代办证照和金融对接等增值服务都有；整合建成清城区电商产业园，在园企业20家、四类以上", 15, null, 13, 15, "保守：入驻企业按18家"],
    ["服务体系建设——村级站点（10）", "行政村80个，有站点的行政村56个（70.0%）；省定贫困村9个，已覆盖8个（88.9%），另1个9月挂牌", 8, "行政村5＋贫困村3", 7, 10, "保守：覆盖54村；乐观：贫困村9个全覆盖"],
    ["农村产品上行（10）", `网销调研报告已报市局；“清城好物”网购节等促销；第三方运营服务商为清远数联电商运营服务有限公司；全区80个行政村全部通达快递（区邮政管理局）；出台丝苗米、麻竹笋电商交易标准，冷链仓建成；2019年农村网络零售额${(R19 / 10000).toFixed(2)}亿元、2020年${(R20 / 10000).toFixed(2)}亿元（增长${pct1(R20 - R19, R19)}），农产品网络零售额${(A19 / 10000).toFixed(2)}亿元→${(A20 / 10000).toFixed(2)}亿元（增长${pct1(A20 - A19, A19)}）`, 6, "调研2、促销1、第三方1、快递1、标准冷链1、增速0", 6, 8, "乐观：按农产品网零增速30%以上"],
    ["电商人才培训（20）", `截至8月31日培训${fmtInt(PT)}人次（常住人口按50万计，${pct2(PT, 500000)}）；有劳动能力脱贫人口（不含外出务工）${eligible}人，参训${trainedElig}人（${pct1(trainedElig, eligible)}）`, 18, "人次8＋贫困人口10", 16, 20, "保守：4,200人次；乐观：5,100人次"],
    ["信息公开（4）", "区政府网专栏公开创建方案、项目基本信息、建设进度，设监督举报渠道；近一年每月更新", 4, "专栏2＋按月更新2", 3, 4, null],
    ["数据上报（6）", "每月初向清远市商务局报送上月情况，2020年10月起月报含电商扶贫统计", 6, "每月报送3＋扶贫统计3", 6, 6, null],
    ["案例总结（2）", "2021年2月3日向市商务局报送“电商＋丝苗米”经验做法", 2, null, 2, 2, null],
    ["经验推广（8）", "南方日报、广东广播电视台（省级），清远日报（市级），清城融媒（区级）", 8, "省4＋市3＋区1", 5, 8, null],
    ["制度建立（5）", "已制定《清城区电子商务进农村综合示范专项资金管理办法》", 4, "资金管理制度4", 4, 5, null],
    ["资金台账（5）", "承建单位均建立资金专用台账", 4, "资金台账4", 4, 4, null],
    ["资金支出（5）", `拨付${fmtInt(spent)}元，支出率${pct1(spent, 5000000)}（≥70%）`, 4, "及时拨付4", -5, 4, "保守：8月底前支出率按65%"],
  ];
  IND.forEach((x) => cRows.push([x[0], x[1], x[2], x[3], x[4], x[5], x[6], null]));
  cRows.push(["加分项：贫困人口培训率≥70%（2）", `${pct1(trainedElig, eligible)}，未达70%`, 0, null, 0, 2, "乐观：专场3按期举办"]);
  cRows.push(["加分项：电商扶贫典型案例电视播报（2）", "2021年6月9日广东广播电视台珠江频道播出（省级）", 1, null, 0, 2, "乐观：央视9月播出"]);
  cRows.push(["一票否决项", "未发生安全生产、质量事故，未造成重大经济损失；无弄虚作假；总体进度86%", "否", null, null, null, null]);
  const claimedScored = sum(IND.map((x) => x[2]));
  cRows.push(["合计", null, `${claimedScored}＋1`, null, `${sum(IND.map((x) => x[4]))}`, `${sum(IND.map((x) => x[5]))}＋4`, null, null]);
  cRows.push(["说明：实际测算分为电商股测算结果，报局务会审定后作为自评分。", null, null, null, null, null, null, null]);
  cMerges.push(`A${cRows.length}:H${cRows.length}`);
  assert(claimedScored === 88, "c1 claimed 88 " + claimedScored);

  // ---------------- points
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 2,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 2 + 1, "work.coverage": 5 + 3, "work.upward": 2 + 1 + 1 + 1 + 1 + 0,
    "work.training": 8 + 10, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 87 && bonus === 1, "c1 total " + scored);
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = IND[j][2]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 1;
  const twoOf = stations.find((s) => s.v === vTwo && s.note);
  const derivation = [
    "org.leadership: 测算表“组织领导”：区长任组长（主要领导），成员有区商务局、区财政局、区农业农村局、区乡村振兴局 → 2",
    "org.plan: 实际分项“方案2”（方案2020年5月由区政府办印发） → 2",
    "org.policy: 实际分项“政策1” → 1",
    "org.management: 实际分项“制度2＋台账2” → 4",
    `work.center: 中心2020年12月8日正式运营 → 建成2；≤2021-02-28 → 满6个月2；免费培训2、展示销售1、摄影美工1、品牌推广1、其他增值服务1；建成电商产业园 → 2；入驻企业登记表按“实际入驻日期”和“退租日期”、按信用代码去重：24行，“${twoRoom.f.n}”两间房只算1家，“${ent[4].f.n}”合同到期2021年7月31日退租、“${ent[9].f.n}”2021年5月10日退租，“${late.f.n}”合同期从2021年8月16日起但9月6日才实际入驻 → 在园20家 → 2（按合同起始日算会多1家，按合同期截止日当退出也不对）；类型有平台型、销售型、电商运营商、物流企业 → 1；合计15`,
    `work.coverage: 七普村（居）委会表里“村民委员会”80个（“社区居民委员会”31个和小计、合计行不算），基数80；站点清单截至8月31日有站的行政村56个（“${short(vGroup)}村委会${hamlet}村民小组”的站算${vGroup}；“${vCut}”唯一的站2021年8月31日挂牌，当天算；“${vTwo}”两个站只算1次；“${vPending}”待挂牌不算；社区站不算） → 56/80 = 70.0% ≥ 70% → 5（漏掉村民小组那行或8月31日那行就是55/80 = 68.75% → 2）；省定贫困村名单9个，“${lastPoor}”的站2021.9.10挂牌不算，覆盖8个 → 8/9 = 88.9% → 3；合计8`,
    `work.upward: 网销调研2、网络促销1；第三方运营服务商 → 1；村居表没有快递列，按“全区80个行政村全部通达快递” → 1；交易标准与冷链溯源1；农村网零${pct1(R20 - R19, R19)}、农产品网零${pct1(A20 - A19, A19)}都不到30% → 0；合计6`,
    `work.training: 培训计划执行对照：只加“实际参训人次”且实际日期≤8月31日的（“同计划”按计划日期；第${cancelled.no}期取消没有人次；第${postponed.no}期延期到2021年9月14日的126人次和延至9月8日的专场3（${s3.length}人次）不算；合计行${fmtInt(PTall)}含9月，不用；专场签到表是同几期的明细，不另加） → ${fmtInt(PT)}人次；常住人口108.52万封顶50万 → ${pct2(PT, 500000)} → 8；脱贫人口表：有劳动能力（普通/技能/弱或半劳动力）且务工所在地不是“区外省内”“省外”的${eligible}人，专场1、专场2签到里按身份证号去重的${trainedElig}人（一人末位小写x、一人号码中间有空格；专场3在9月，那里只来过的2人不算；外出务工和无劳动能力的参训者不算） → ${pct1(trainedElig, eligible)} ≥ 50% → 10；合计18`,
    `info.disclosure: 专栏公开创建方案、项目基本信息、建设进度，设监督举报渠道 → 2；发布审核登记按“发布日期”：2021年4月那条${md(aprSub)}提交被退回修改、5月6日才重报发布，4月没有发布（按提交日期看是每月都有） → 不是每月 → 1；合计3（自评4）`,
    "info.reporting: 发文登记簿里主送清远市商务局的月度情况报告，2020年9月—2021年8月每个月都有发文 → 3；2020年10月起标题注明“含电商扶贫统计” → 3；合计6",
    "promo.cases: 发文登记簿2021年2月3日向清远市商务局报送经验做法 → 2",
    "promo.media: 8月31日前：南方日报、广东广播电视台（省级）4，清远日报（市级）3，清城融媒（区级）1 → 8（CCTV-17 9月15日在截止日后）",
    "fund.system: 资金管理制度4 → 4",
    "fund.ledger: 资金台账4 → 4",
    `fund.spending: 资金支出进度表（万元），只加2020年6月—2021年8月各列（2021年9月列${fmtInt(spentAll - spent)}元和含9月的“累计”列、合计行不算）：${fmtInt(spent)}元 ÷ 5,000,000 = ${pct1(spent, 5000000)} ≥ 70% → 及时拨付4 → 4`,
    `bonus.poorTraining: ${trainedElig}/${eligible} = ${pct1(trainedElig, eligible)} < 70% → 0`,
    "bonus.tvCase: 广东广播电视台珠江频道2021年6月9日播出电商扶贫典型案例（省级电视） → 1；CCTV-17在9月15日，不算",
    "veto.incident: 未发生安全生产、质量事故 → 不否决",
    "veto.progress: 总体进度86% ≥ 40% → 不否决",
    "veto.fraud: 无弄虚作假 → 不否决",
  ];
  assert(twoOf, "c1 second station exists");
  return {
    description:
      `清远清城区商务局整本考评工作簿（12个表），87＋加分1＝88分、未否决（测算表实际测算88＋1）：事实和自评分在电商股的《考评得分情景测算表》——上面“一、基本数据（实际）”每行两组“标签｜值｜说明”，下面每个指标一行：关键数据／情况（实际）｜实际测算分｜实际分项｜7月测算·保守｜7月测算·乐观｜7月测算假设（7月的两种情景分和假设数字不是自评也不是事实）；村居名单是七普村（居）委会常住人口摘录（全称“××村民委员会／××社区居民委员会”，镇街小计行、全区合计行），省定贫困村另表；站点清单里一站的所在村写成“××村委会××村民小组”、一站2021年8月31日挂牌（两者都算才是56/80=70.0%），第九个贫困村的站9月才挂牌；培训是“计划执行对照”（计划/实际两组列，“同计划”、取消、延期到9月，合计行含9月），贫困户专场签到是同几期的明细；脱贫人口按“务工所在地”区内/区外省内/省外判断外出务工；入驻企业有租赁合同期限和实际入驻/退租日期（一企两间房，合同8月起、9月才入驻的一家），在园20家；资金是项目×月份的万元表（有9月列和累计列）；月报和经验材料夹在《发文登记簿》里；专栏发布审核登记4月只有退回修改；宣传报道里央视那条在9月。`,
    sheets: [
      { name: "情景测算表", rows: cRows, merges: cMerges },
      { name: "村居人口（七普）", rows: vRows, merges: vMerges },
      { name: "省定贫困村", rows: pRowsV, merges: pvMerges },
      { name: "站点清单", rows: sRows, merges: sMerges },
      { name: "培训计划执行对照", rows: tRows, merges: tMerges },
      { name: "贫困户专场签到", rows: gRows, merges: gMerges },
      { name: "脱贫人口劳动力", rows: ppRows, merges: ppMerges },
      { name: "产业园入驻企业", rows: eRows, merges: ["A1:I1", "A2:I2"] },
      { name: "资金支出进度（按月）", rows: fRows, merges: fMerges },
      { name: "发文登记簿", rows: oRows, merges: ["A1:H1"] },
      { name: "专栏发布审核登记", rows: dRows, merges: ["A1:G1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 江门江海区: the copy of four roll-up banners (易拉宝), side by side
// =====================================================================================================
function buildF1() {
  const POP = 380700;
  const PT = 3186;
  const EL = 42;
  const TR = 31;
  const SPENT = 3926000;
  assert(pct1(TR, EL) === "73.8%" && pct1(17, 21) === "81.0%" && pct1(SPENT, 5000000) === "78.5%", "f1 rates");
  // panel items: [kind, a, b, remark]
  const P = [
    [["head", "江海区电子商务进农村综合示范"], ["head", "① 组织有力　谋划在先"], ["gap"],
      ["line", "区长任组长的示范创建工作领导小组"],
      ["line", "区商务局、区财政局、区农业农村局、区乡村振兴局等9个部门协同推进"], ["gap"],
      ["pair", "2020年4月", "区政府办公室印发《江海区电子商务进农村综合示范实施方案》"],
      ["pair", "2020年10月", "出台《江海区促进农村电商发展扶持办法》"], ["gap"],
      ["big", "500万元", "省级专项资金", "粤财工〔2019〕下达"],
      ["big", "392.6万元", `已拨付（支出率${pct1(SPENT, 5000000)}）`, "财政局国库支付数，截至8月31日"],
      ["big", "88%", "项目总体进度", "监理8月报告"], ["gap"],
      ["tick", "制定《专项资金管理办法》，专款专用"],
      ["tick", "各承建单位设立资金专用台账"],
      ["tick", "创建以来未发生安全生产、质量事故"]],
    [["head", "江海区电子商务进农村综合示范"], ["head", "② 公共服务　一站通办"], ["gap"],
      ["big", "2020.11.18", "区电子商务公共服务中心正式运营", "试运营是2020年9月，按正式运营日印"], ["gap"],
      ["tick", "免费培训：培训室80座，电脑、直播设备齐全"],
      ["tick", "免费展示：农特产品展销厅免费进驻、代销"],
      ["tick", "免费产品摄影、美工设计"],
      ["tick", "“江海好物”区域品牌统一推广、品牌指导"],
      ["tick", "代办证照 · 金融对接 · 物流对接"], ["gap"],
      ["line", "江海区电商产业园（整合高新区电商园）"],
      ["big", "23家", "入驻企业", "第2稿是20家，9月2日按运营中心名单改为23家"],
      ["line", "专业第三方运营：江门市江海区数商电子商务运营有限公司"]],
    [["head", "江海区电子商务进农村综合示范"], ["head", "③ 站点进村　产品上行"], ["gap"],
      ["pair", "行政村", "21个"], ["pair", "已建站行政村", "17个"],
      ["big", "81.0%", "行政村站点覆盖率", null], ["small", "（创建目标：≥70%）"],
      ["pair", "省定贫困村", "无"], ["gap"],
      ["big", "100%", "行政村快递覆盖率", "区邮政管理局证明"], ["gap"],
      ["big", "16.28亿元", "2020年农村网络零售额（同比＋34.5%）", "省商务厅数据"],
      ["big", "9,200万元", "2020年农产品网络零售额（同比＋21.1%）", "省商务厅数据；注意是万元"]],
    [["head", "江海区电子商务进农村综合示范"], ["head", "④ 育才扶贫　公开透明"], ["gap"],
      ["big", `${fmtInt(PT)}人次`, "电商培训（常住人口38.07万人）", "七普38.07万，统计局核"], ["small", `（创建目标：${fmtInt(3810)}人次）`], ["gap"],
      ["pair", "有劳动能力脱贫人口（不含外出务工）", `${EL}人`], ["pair", "已参训", `${TR}人（${pct1(TR, EL)}）`], ["gap"],
      ["tick", "政府网专栏：创建方案、项目基本信息、建设进度全公开"],
      ["tick", "专栏设监督举报窗口"],
      ["tick", "每月向江门市商务局报送工作情况，电商扶贫情况单列统计"], ["gap"],
      ["line", "数据截至2021年8月31日"], ["line", "江门市江海区商务局　2021年9月"]],
  ];
  const COL0 = [0, 3, 6, 9];
  const W = 13; // A..K panels, L spacer, M remarks
  const rows = [["江海区电子商务进农村综合示范迎检易拉宝文案（第3稿，送印前核对）"],
    ["规格：80cm×200cm，共4幅，从左到右依次摆放在中心大厅入口；画面数据截至2021年8月31日（省考评截止日）；M列为校对备注，不印刷"],
    padRow(["第一幅", null, null, "第二幅", null, null, "第三幅", null, null, "第四幅", null, null, "校对备注（不印）"], W)];
  const merges = ["A1:M1", "A2:M2", "A3:B3", "D3:E3", "G3:H3", "J3:K3"];
  // render each panel to a list of row fragments: { cells: [left, right], merge: bool, remark }
  const frag = P.map((items) => {
    const out = [];
    for (const it of items) {
      const [k, a, b, rem] = it;
      if (k === "gap") out.push({ cells: [null, null], merge: false, remark: null });
      else if (k === "head" || k === "line" || k === "small") out.push({ cells: [a, null], merge: true, remark: null });
      else if (k === "tick") out.push({ cells: [`✔ ${a}`, null], merge: true, remark: null });
      else if (k === "pair") out.push({ cells: [a, b], merge: false, remark: rem || null });
      else if (k === "big") {
        out.push({ cells: [a, null], merge: true, remark: rem || null });
        out.push({ cells: [b, null], merge: true, remark: null });
      } else throw new Error("f1 kind " + k);
    }
    return out;
  });
  const H = Math.max(...frag.map((f) => f.length));
  const r0 = rows.length;
  for (let i = 0; i < H; i++) {
    const row = padRow([], W);
    const rems = [];
    frag.forEach((f, p) => {
      const x = f[i];
      if (!x) return;
      row[COL0[p]] = x.cells[0];
      row[COL0[p] + 1] = x.cells[1];
      if (x.merge) merges.push(`${colName(COL0[p])}${r0 + i + 1}:${colName(COL0[p] + 1)}${r0 + i + 1}`);
      if (x.remark) rems.push(`第${"一二三四"[p]}幅：${x.remark}`);
    });
    row[12] = rems.length ? rems.join("；") : null;
    rows.push(row);
  }
  rows.push(padRow([], W));
  rows.push(padRow(["校对：黄××　　审核：区商务局副局长 梁××　　9月3日送江门市彩印广告有限公司"], W));
  merges.push(`A${rows.length}:M${rows.length}`);
  return {
    description:
      "江门江海区商务局迎检用的四幅易拉宝（80×200cm）文案定稿当事实表交：四幅并排，各占两列（A:B、D:E、G:H、J:K，中间隔一空列），每幅从上到下是标语行、“大数字”格（数字一行、说明在下一行，如“392.6万元”下面“已拨付（支出率78.5%）”，“3,186人次”下面“电商培训（常住人口38.07万人）”）、“2020年4月｜区政府办公室印发…方案”式左右两格、“✔”服务项；第三、四幅里“（创建目标：≥70%）”“（创建目标：3,810人次）”是目标不是事实；零售额一个亿元一个万元（“9,200万元”）；省定贫困村写“无”；最右M列是不印刷的校对备注（第2稿的旧数“20家”只在备注里）。",
    sheets: [{ name: "易拉宝文案", rows, merges }],
    expect: {
      facts: {
        county: "江海区", asOf: "2021-08-31", residentPopulation: POP, adminVillagesStated: 21, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: 1628000000, ruralRetailGrowthStated: 0.345, agriRetail2020: 92000000, agriRetailGrowthStated: 0.211,
        trainingPersonTimesStated: PT, eligiblePoorPersonsStated: EL, trainedPoorPersonsStated: TR,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: SPENT, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88,
        vetoIncident: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 湛江赤坎区: quarterly self-check with five time-point columns; read the 8月31日 column
// =====================================================================================================
function buildF2() {
  const SAME = "同左";
  // [label, unit, Dec, Mar, Jun, Aug31, Sep(forecast), note]
  const T = [];
  const sec = (t) => T.push({ sec: t });
  const add = (label, unit, vals, note) => T.push({ label, unit, vals, note: note || null });
  sec("一、基本情况");
  add("常住人口", "万人", ["29.87（推算）", SAME, "30.32（七普）", SAME, SAME], "2021年5月起用七普数");
  add("行政村", "个", [9, SAME, SAME, SAME, SAME], "社区居委会不计入");
  add("省定贫困村", "个", [0, SAME, SAME, SAME, SAME], null);
  sec("二、组织和政策");
  add("领导小组组长", null, ["区长", SAME, SAME, SAME, SAME], null);
  add("领导小组成员单位", null, ["区商务局、区财政局、区农业农村局、区扶贫办等8个部门", SAME, "区商务局、区财政局、区农业农村局、区乡村振兴局等8个部门（扶贫办更名）", SAME, SAME], null);
  add("示范县工作方案", null, ["已印发", SAME, SAME, SAME, SAME], "赤府办〔2020〕31号");
  add("农村电商扶持政策", null, ["起草中", "征求意见", "已出台（2021.4.16）", SAME, SAME], null);
  sec("三、公共服务中心和产业园");
  add("区电子商务公共服务中心", null, ["试运营", "2021.1.6正式运营", SAME, SAME, SAME], null);
  add("免费培训场所和设备", null, ["√", "√", "√", "√", "√"], null);
  add("免费展示、销售特色农产品", null, ["√", "√", "√", "√", "√"], null);
  add("免费摄影、美工", null, ["×", "×", "√（5月起）", "√", "√"], null);
  add("农产品统一推广、品牌建设指导", null, ["√", "√", "√", "√", "√"], null);
  add("其他衍生增值服务", null, ["×", "×", "×", "×", "√（9月上线）"], "代办证照、融资对接");
  add("电商产业园", null, ["建设中", "已建成", SAME, SAME, SAME], "赤坎电商产业园");
  add("产业园入驻企业", "家", [8, 13, 17, 19, 22], null);
  add("专业第三方运营服务商", null, ["有", SAME, SAME, SAME, SAME], "湛江市赤坎区云商电子商务运营有限公司");
  sec("四、农村产品上行");
  add("行政村快递覆盖率", "%", [88.9, 100, 100, 100, 100], null);
  add("2019年农村网络零售额", "亿元", [17.02, SAME, SAME, SAME, SAME], "省商务厅数据");
  add("2020年农村网络零售额", "亿元", ["—", 21.36, SAME, SAME, SAME], "2021年3月省厅公布");
  add("2019年农产品网络零售额", "亿元", [0.63, SAME, SAME, SAME, SAME], null);
  add("2020年农产品网络零售额", "亿元", ["—", 0.86, SAME, SAME, SAME], null);
  sec("五、人才培训");
  add("电商培训人次（累计）", "人次", [980, "1,512", "2,306", "2,918", "3,300"], "9月底为预计");
  add("有劳动能力的建档立卡贫困人口（不含外出务工）", "人", [20, SAME, 18, SAME, SAME], "6月核减2人外出务工");
  add("其中：已参加电商培训", "人", [5, 8, 10, 12, 14], null);
  sec("六、信息公开和报送");
  add("专栏公示创建方案", null, ["√", "√", "√", "√", "√"], null);
  add("专栏公示项目基本信息", null, ["√", "√", "√", "√", "√"], null);
  add("专栏公示建设进度", null, ["√", "√", "√", "√", "√"], null);
  add("专栏征求意见／监督举报窗口", null, ["×", "×", "√（2021.6）", "√", "√"], null);
  add("电商扶贫情况统计", null, ["√", "√", "√", "√", "√"], "随月报报市商务局");
  sec("七、资金");
  add("下达省级专项资金", "万元", [500, SAME, SAME, SAME, SAME], null);
  add("累计拨付", "万元", [152.4, 201.8, 289.6, 348.6, 372], null);
  add("资金支出率", "%", ["30.5", "40.4", "57.9", "69.7", "74.4"], "累计拨付÷500万");
  add("项目总体进度", "%", [45, 58, 71, 80, 85], null);
  add("专项资金管理制度", null, ["已制定", SAME, SAME, SAME, SAME], null);
  add("资金专用台账", null, ["已建立", SAME, SAME, SAME, SAME], null);
  sec("八、否决事项");
  add("安全生产、质量事故或重大损失", null, ["无", "无", "无", "无", "无"], null);
  add("弄虚作假", null, ["无", "无", "无", "无", "无"], null);
  // spending rate check
  const pays = [152.4, 201.8, 289.6, 348.6, 372];
  const rates = ["30.5", "40.4", "57.9", "69.7", "74.4"];
  pays.forEach((p, j) => assert(pct1(Math.round(p * 10000), 5000000) === rates[j] + "%", "f2 rate " + j));
  assert(!ratioGE(3486000, 5000000, 70) && ratioGE(3720000, 5000000, 70), "f2 69.7% on 31 Aug, 74.4% forecast");
  const rows = [["赤坎区电子商务进农村综合示范创建进度季度自查表"],
    ["（区商务局电商股；每季度末自查一次，8月31日为省考评截止日加查一次，“2021年9月底”列为预计数；“同左”表示与左边一列相同）"],
    ["序号", "自查项目", "单位", "自查时点", null, null, null, null, "备注"],
    [null, null, null, "2020年12月底", "2021年3月底", "2021年6月底", "2021年8月31日（考评截止）", "2021年9月底（预计）", null]];
  const merges = ["A1:I1", "A2:I2", "A3:A4", "B3:B4", "C3:C4", "D3:H3", "I3:I4"];
  let no = 0;
  for (const t of T) {
    if (t.sec) {
      rows.push([t.sec, null, null, null, null, null, null, null, null]);
      merges.push(`A${rows.length}:I${rows.length}`);
    } else rows.push([++no, t.label, t.unit].concat(t.vals, [t.note]));
  }
  rows.push([null, null, null, null, null, null, null, null, null]);
  rows.push(["九、自评分测算（各时点）", null, null, null, null, null, null, null, null]);
  merges.push(`A${rows.length}:I${rows.length}`);
  // indicator scores per time point
  const S = [
    ["组织领导", 2, [2, 2, 2, 2, 2]],
    ["方案制定", 2, [2, 2, 2, 2, 2]],
    ["政策支持", 2, [0, 0, 1, 1, 2]],
    ["项目管理", 4, [2, 3, 3, 3, 4]],
    ["服务体系建设（中心与产业园）", 15, [6, 11, 12, 12, 15]],
    ["服务体系建设（村级站点）", 10, [7, 10, 10, 10, 10]],
    ["农村产品上行", 10, [4, 7, 8, 8, 8]],
    ["电商人才培训", 20, [0, 6, 16, 18, 20]],
    ["信息公开", 4, [2, 2, 4, 4, 4]],
    ["数据上报", 6, [6, 6, 6, 6, 6]],
    ["案例总结", 2, [0, 2, 2, 2, 2]],
    ["经验推广", 8, [1, 4, 5, 5, 5]],
    ["制度建立", 5, [4, 4, 4, 4, 4]],
    ["资金台账", 5, [3, 3, 3, 3, 4]],
    ["资金支出", 5, [-5, -5, -5, -5, 4]],
  ];
  const sub = [
    ["其中：方案制定", [2, 2, 2, 2, 2], "org.plan"],
    ["　　　政策支持", ["—", "—", 1, 1, 2], "org.policy"],
    ["　　　项目管理制度", [1, 2, 2, 2, 2], "org.management.system"],
    ["　　　工作台账", [1, 1, 1, 1, 2], "org.management.ledger"],
    ["　　　网销调研", [1, 1, 1, 1, 1], "work.upward.research"],
    ["　　　网络促销", [1, 2, 2, 2, 2], "work.upward.promotion"],
    ["　　　交易标准与冷链溯源", [1, 1, 1, 1, 1], "work.upward.standards"],
    ["　　　资金管理制度", [4, 4, 4, 4, 4], "fund.system"],
    ["　　　资金台账", [3, 3, 3, 3, 4], "fund.ledger"],
    ["　　　资金及时拨付", ["—", "—", "—", "—", 4], "fund.spending"],
  ];
  rows.push(["序号", "评价指标", "分值", "2020年12月底", "2021年3月底", "2021年6月底", "2021年8月31日（考评截止）", "2021年9月底（预计）", "备注"]);
  const claimed = {};
  S.forEach(([n, max, v], j) => {
    rows.push([j + 1, n, max].concat(v, [n === "资金支出" ? "支出率不足70%倒扣5分；9月底预计达74.4%" : null]));
    claimed[SCORED[j][0]] = v[3];
  });
  rows.push([16, "加分项", 4, 0, 0, 0, 0, 0, "培训率66.7%未达70%；无省级以上电视播报"]);
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 0;
  const tots = [0, 1, 2, 3, 4].map((k) => sum(S.map((x) => x[2][k])));
  rows.push([null, "合计", 100].concat(tots, [null]));
  rows.push([null, "主观评分分项", null, null, null, null, null, null, null]);
  const judged = {};
  for (const [n, v, id] of sub) {
    rows.push([null, n, null].concat(v, [null]));
    if (typeof v[3] === "number") judged[id] = v[3];
  }
  rows.push(["填表：吴××　　复核：区商务局副局长 陈××　　2021年9月6日", null, null, null, null, null, null, null, null]);
  merges.push(`A${rows.length}:I${rows.length}`);
  // consistency of the 8月31日 self-scores
  assert(tots[3] === 75, "f2 claimed 75 " + tots[3]);
  const v = (id) => judged[id];
  assert(claimed["org.management"] === v("org.management.system") + v("org.management.ledger"), "f2 management sub");
  assert(claimed["work.upward"] === v("work.upward.research") + v("work.upward.promotion") + 1 + 1 + v("work.upward.standards") + 2, "f2 upward sub");
  assert(pct1(12, 18) === "66.7%" && pct1(2136 - 1702, 1702) === "25.5%" && pct1(86 - 63, 63) === "36.5%", "f2 rates");
  assert(2918 * 1000 >= 303200 * 8 && !ratioGE(2918, 303200, 1), "f2 training 0.96%");
  return {
    description:
      "湛江赤坎区商务局电商股的《创建进度季度自查表》：序号｜自查项目｜单位｜自查时点（2020年12月底｜2021年3月底｜2021年6月底｜2021年8月31日（考评截止）｜2021年9月底（预计），两行表头）｜备注，事实只读“8月31日”那一列而不是最后一列：很多格写“同左”（要往左找，如中心“2021.1.6正式运营”、2020年零售额21.36亿元），常住人口从“29.87（推算）”换成“30.32（七普）”，摄影美工“√（5月起）”、监督举报窗口“√（2021.6）”已是√，其他增值服务8月31日还是×（9月才上线），累计拨付348.6万元即69.7%（9月预计列的74.4%才过70%）；下面自评分块同样五列，8月31日列资金支出“-5”，主观分项里“资金及时拨付”只在9月预计列有分。",
    sheets: [{ name: "季度自查表", rows, merges }],
    expect: {
      facts: {
        county: "赤坎区", asOf: "2021-08-31", residentPopulation: 303200, adminVillagesStated: 9, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2021-01-06", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1702000000, ruralRetail2020: 2136000000, agriRetail2019: 63000000, agriRetail2020: 86000000,
        trainingPersonTimesStated: 2918, eligiblePoorPersonsStated: 18, trainedPoorPersonsStated: 12,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3486000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.8,
        vetoIncident: false, vetoFraud: false,
      },
      judged,
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f3 — 梅州梅江区: back-to-back scoring by two staff, with the section meeting's agreed points
// =====================================================================================================
function buildF3() {
  const SPENT = 4036820.5;
  assert(pct1(SPENT, 5000000) === "80.7%" && pct1(583, 1132) === "51.5%" && pct1(331 - 246, 246) === "34.6%" && pct1(44, 58) === "75.9%", "f3 rates");
  const rows = [["梅江区电子商务进农村综合示范考评自评“背靠背”打分汇总表"],
    ["（区商务局电商股：经办人（甲）、复核人（乙）各自独立打分后汇总，“分歧”列标出不一致的得分点，9月3日股务会逐项议定，自评分以“议定”列为准）"],
    ["一、共用基础数据（截至2021年8月31日，甲乙双方核对一致）", null, null, null, null, null, null, null, null]];
  const merges = ["A1:I1", "A2:I2", "A3:I3"];
  const base = [
    ["县（市、区）", "梅江区", "考评截止日期", D("2021-08-31"), "常住人口", "43.62万人"],
    ["行政村", "58个", "省定贫困村", "9个", "下达省级专项资金", "500万元"],
    ["累计拨付资金", `${fmtMoney(SPENT)}元`, "项目总体进度", "91%", "公共服务中心正式运营", "2020年10月30日"],
    ["电商培训人次", "4,406人次", "有劳动能力建档立卡贫困人口（不含外出务工）", "1,132人", "其中参加培训", "583人"],
    ["2019年农产品网络零售额", "2.46亿元", "2020年农产品网络零售额", "3.31亿元", "农产品网络零售额增速", "34.6%"],
  ];
  for (const b of base) rows.push([b[0], null, b[1], b[2], null, b[3], b[4], null, b[5]]);
  for (let r = 4; r < 4 + base.length; r++) merges.push(`A${r}:B${r}`, `D${r}:E${r}`, `G${r}:H${r}`);
  rows.push([null, null, null, null, null, null, null, null, null]);
  rows.push(["二、逐项打分", null, null, null, null, null, null, null, null]);
  merges.push(`A${rows.length}:I${rows.length}`);
  rows.push(["评价指标（分值）", "得分点", "分值", "核查事实", "甲（钟××）", "乙（古××）", "分歧", "议定", "指标议定分"]);
  // [indicator, [[point, range, fact, a, b, agreed, judgedKey]]]
  const G = [
    ["组织领导（2）", [["主要领导牵头、商务财政农业扶贫等部门参与", "2", "区长任组长；区商务局、区财政局、区农业农村局、区乡村振兴局等10个部门参与", 2, 2, 2]]],
    ["方案制定（2）", [["方案因地制宜、可操作", "1—2", "《梅江区电子商务进农村综合示范实施方案》已由区政府办正式印发（梅江府办〔2020〕9号）", 2, 1, 2, "org.plan"]]],
    ["政策支持（2）", [["出台政策且落实较好", "1—2", "已出台《梅江区农村电商发展扶持办法》，人才奖励部分兑现", 1, 2, 1, "org.policy"]]],
    ["项目管理（4）", [["项目管理制度", "1—2", "已制定项目建设管理制度，验收按制度执行", 2, 2, 2, "org.management.system"],
      ["工作台账", "1—2", "台账已建立，部分站点视频未归档", 1, 1, 1, "org.management.ledger"]]],
    ["服务体系建设——中心与产业园（15）", [["建成县级公共服务中心", "2", "2020年10月30日正式运营", 2, 2, 2],
      ["运行6个月以上", "2", "截至8月31日已运行10个月", 2, 2, 2],
      ["免费培训场所、设备", "2", "是（培训室1间，电脑40台）", 2, 2, 2],
      ["免费展示、销售", "1", "是", 1, 1, 1],
      ["免费摄影、美工", "1", "否（摄影棚按件收费）", 0, 0, 0],
      ["统一推广、品牌建设指导", "1", "是（“梅江好味”区域品牌）", 1, 1, 1],
      ["其他衍生增值服务", "1", "是（代办证照、融资对接）", 1, 1, 1],
      ["建设或整合产业园", "2", "已整合建成梅江区电商产业园", 2, 2, 2],
      ["入驻企业≥20家", "2", "入驻企业24家", 2, 2, 2],
      ["入驻企业≥3类", "1", "平台型、销售型、运营商、物流企业4类", 1, 1, 1]]],
    ["服务体系建设——村级站点（10）", [["行政村覆盖率", "5/2/0", `58个行政村中44个建站，${pct1(44, 58)}`, 5, 5, 5],
      ["省定贫困村覆盖率", "5/3/0", "9个省定贫困村全部建站", 5, 5, 5]]],
    ["农村产品上行（10）", [["网销调研及建议", "1—2", "已形成《梅江区农产品网络销售调研报告》", 2, 1, 2, "work.upward.research"],
      ["网络促销活动成效", "1—2", "举办金柚节线上促销，成效一般", 1, 1, 1, "work.upward.promotion"],
      ["专业第三方运营服务商", "1", "有（梅州市梅江区粤东电商运营服务有限公司）", 1, 1, 1],
      ["行政村快递覆盖率100%", "1", "是（区邮政管理局证明）", 1, 1, 1],
      ["交易标准、冷链溯源", "1—2", "出台金柚电商交易标准，冷链仓在建", 1, 2, 1, "work.upward.standards"],
      ["网零增速≥30%", "2", "农产品网络零售额增长34.6%", 2, 2, 2]]],
    ["电商人才培训（20）", [["培训人次", "10/8/6/0", `4,406人次，按50万人基数${pct2(4406, 500000)}`, 8, 8, 8],
      ["贫困人口培训率", "10/8/6/0", `583/1,132 = ${pct1(583, 1132)}`, 10, 10, 10]]],
    ["信息公开（4）", [["专栏设立且内容全面", "2", "区政府网专栏公开创建方案、项目基本信息、建设进度，设监督举报窗口", 2, 2, 2],
      ["按月更新", "2/1/0", "近一年按月更新", 2, 2, 2]]],
    ["数据上报（6）", [["每月报送市商务局", "3/1/0", "每月5日前报梅州市商务局", 3, 3, 3],
      ["能统计电商扶贫情况", "3", "月报附电商扶贫统计表", 3, 3, 3]]],
    ["案例总结（2）", [["报送经验材料", "2", "2021年5月向市商务局报送《梅江区“电商＋金柚”经验做法》", 2, 2, 2]]],
    ["经验推广（8）", [["媒体宣传报道", "4/3/1", "梅州日报（市级）、梅江融媒（区级），无省级以上", 4, 4, 4]]],
    ["制度建立（5）", [["资金管理制度", "1—5", "已制定《梅江区电子商务进农村综合示范专项资金管理办法》", 5, 4, 4, "fund.system"]]],
    ["资金台账（5）", [["资金专用台账", "1—5", "承建单位均建立资金专用台账，凭证齐全", 4, 4, 4, "fund.ledger"]]],
    ["资金支出（5）", [["支出率≥70%且及时拨付", "1—5；<70%倒扣5", `支出率${pct1(SPENT, 5000000)}`, 4, 3, 4, "fund.spending"]]],
    ["加分项（4）", [["贫困人口培训率≥70%", "2", `${pct1(583, 1132)}，未达到`, 0, 0, 0],
      ["典型案例电视播报", "2/1", "无省级以上电视播报", 0, 0, 0]]],
    ["一票否决", [["安全生产、质量事故或重大损失", "否决", "未发生", "—", "—", "—"],
      ["弄虚作假", "否决", "无", "—", "—", "—"]]],
  ];
  const claimed = {};
  const judged = {};
  let splits = 0;
  G.forEach(([ind, pts], gi) => {
    const r0 = rows.length + 1;
    pts.forEach(([p, rng, fact, a, b, agreed, jk], k) => {
      const diff = typeof a === "number" && a !== b ? "有" : "—";
      if (diff === "有") splits++;
      rows.push([k === 0 ? ind : null, p, rng, fact, a, b, diff, agreed, null]);
      if (jk) judged[jk] = agreed;
    });
    const tot = pts.every((x) => typeof x[5] === "number") ? sum(pts.map((x) => x[5])) : "不否决";
    rows[r0 - 1][8] = tot;
    mergeCol(merges, "A", r0, rows.length);
    mergeCol(merges, "I", r0, rows.length);
    if (gi < SCORED.length) claimed[SCORED[gi][0]] = tot;
  });
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 0;
  const scoredClaim = sum(SCORED.map(([id]) => claimed[id]));
  rows.push(["合计", null, 100, null, null, null, null, null, scoredClaim]);
  merges.push(`A${rows.length}:B${rows.length}`);
  rows.push(["议定记录：9月3日电商股股务会（股长 陈××主持，甲、乙参加）；分歧的6个得分点逐项议定，以“议定”列为准。", null, null, null, null, null, null, null, null]);
  merges.push(`A${rows.length}:I${rows.length}`);
  assert(splits === 6 && scoredClaim === 86, "f3 6 splits, claimed 86 " + splits + " " + scoredClaim);
  return {
    description:
      "梅州梅江区商务局电商股的《考评自评“背靠背”打分汇总表》：上面“共用基础数据”每行三组“标签｜值”（标签两格合并，截止日期是日期格，拨付额“4,036,820.50元”），下面每个得分点一行：评价指标（纵向合并）｜得分点｜分值｜核查事实｜甲（经办人）｜乙（复核人）｜分歧｜议定｜指标议定分（纵向合并）；甲乙在方案、政策、调研、交易标准、资金制度、及时拨付六处分数不一致，主观分和自评分都以股务会“议定”列为准；事实在基础数据块和“核查事实”列（摄影美工“否（摄影棚按件收费）”，否决项“未发生”“无”）。",
    sheets: [{ name: "背靠背打分", rows, merges }],
    expect: {
      facts: {
        county: "梅江区", asOf: "2021-08-31", residentPopulation: 436200, adminVillagesStated: 58, poorVillagesStated: 9,
        planIssued: true, policyIssued: true, centerOpened: "2020-10-30", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        agriRetail2019: 246000000, agriRetail2020: 331000000, agriRetailGrowthStated: 0.346,
        trainingPersonTimesStated: 4406, eligiblePoorPersonsStated: 1132, trainedPoorPersonsStated: 583,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: SPENT, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.91,
        vetoIncident: false, vetoFraud: false,
      },
      judged,
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// l1 — 广州花都区: village list with a repeated header, stations with blank 所在村, a two-across sign-in sheet, a send log
// =====================================================================================================
function buildL1() {
  const REGION = "440114";
  const TOWNS = [["花山镇", 8, 2], ["炭步镇", 7, 1], ["赤坭镇", 6, 1], ["梯面镇", 5, 1]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("龙东平洛铁两三联红石瑞大", ["口", "岗", "田", "塘", "头", "朗", "坑", "湖", "溪", "岭", "布", "边"], "村", prefixes);
  const cName = nameMaker("花梯新骏", ["园", "城", "景", "华"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "l1");
  assert(admin.length === 26 && comms.length === 5, "l1 26 + 5");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const short = (v) => v.replace(/村$|社区$/, "");

  // ---------------- 村居名单（含快递服务点）
  const noExp = new Set([towns[3].vs[2], towns[2].vs[4]]);
  const HEAD = ["序号", "镇（街）", "村（居）委会", "类型", "村级快递服务点", "备注"];
  const vRows = [["花都区村（居）委会名单（含村级快递服务点）"], ["（区商务局据区民政局名单和区邮政管理局快递服务点备案整理　2021年7月）"], HEAD.slice()];
  const vMerges = ["A1:F1", "A2:F2"];
  const vRecs = [];
  const EXP = ["邮乐购站", "菜鸟驿站", "妈妈驿站", "兔喜生活", "中通快递超市"];
  let sq = 0;
  for (const x of towns) {
    const list = x.vs.map((v) => ({ v, a: true })).concat(x.cs.map((c) => ({ v: c, a: false })));
    for (const e of list) {
      sq++;
      if (sq === 18) {
        vRows.push(["（续表）", null, null, null, null, null]);
        vRows.push(HEAD.slice());
      }
      let exp = null;
      let note = null;
      if (e.a) {
        if (noExp.has(e.v)) {
          exp = "无";
          note = "由镇邮政所投递到村委会";
        } else exp = `${short(e.v)}${EXP[rint(0, EXP.length - 1)]}`;
      }
      const nm = e.a ? (sq % 4 === 1 ? `${short(e.v)}村民委员会` : `${e.v}委会`) : `${e.v}居委会`;
      vRows.push([sq, x.t, nm, e.a ? "村委" : "居委", exp, note]);
      vRecs.push(e.a ? { name: e.v, admin: true, express: !noExp.has(e.v) } : { name: e.v, admin: false, express: null });
    }
  }
  vRows.push([`合计：村委${admin.length}个，居委${comms.length}个`, null, null, null, null, null]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);
  assert(vRows.some((r, i) => i > 3 && r[0] === "序号"), "l1 repeated header");

  // ---------------- 站点清单
  const stVill = shuffle(admin).slice(0, 17);
  const ST = stVill.map((v) => ({ v }));
  ST.push({ v: comms[1] });
  ST.push({ v: stVill[4], second: true });
  ST.sort((a, b) => cmp(townOf[a.v] + a.v, townOf[b.v] + b.v));
  const sRows = [["花都区村级电子商务服务站点清单"], ["站点编号", "站点名称", "所在村", "负责人", "联系电话", "挂牌日期", "服务项目"]];
  const sRecs = [];
  const SERV = ["代买代卖、代收代发快递", "网上缴费、代收快递", "农产品代销、电商培训", "代买代卖、小额取现"];
  ST.forEach((s, j) => {
    const isComm = !admin.includes(s.v);
    const tcode = { 花山镇: "HS", 炭步镇: "TB", 赤坭镇: "CN", 梯面镇: "TM" }[townOf[s.v]];
    const name = isComm ? `花都区${townOf[s.v]}${short(s.v)}社区电商服务点` : `花都区${townOf[s.v]}${short(s.v)}村电商服务站${s.second ? "（二）" : ""}`;
    let vcell = s.v;
    if (!isComm && j % 5 === 1) vcell = null;
    else if (!isComm && j % 5 === 3) vcell = `${short(s.v)}村委`;
    let op = s.second ? randIsoBetween("2021-03-01", "2021-08-20") : randIsoBetween("2020-08-01", "2021-08-20");
    let dcell = dateCell(op, j + 1);
    if (j === 6) {
      op = "2021-08";
      dcell = "2021年8月";
    } else if (j === 11) {
      op = "2021-09-03";
      dcell = "2021.9.3";
    } else if (j === 14) {
      op = null;
      dcell = "筹建";
    }
    const rec = { village: s.v };
    if (op) rec.opened = op;
    sRecs.push(rec);
    sRows.push([`HD-${tcode}-${String(j + 1).padStart(3, "0")}`, name, vcell, personName(), mask(phone()), dcell, SERV[rint(0, SERV.length - 1)]]);
  });
  sRows.push(["注：“所在村”空白的，见站点名称；挂牌日期“筹建”为未挂牌。", null, null, null, null, null, null]);
  assert(sRows.filter((r) => r[2] === null).length >= 3, "l1 blank villages");

  // ---------------- 培训签到（两栏）
  const SES = [
    { no: 1, topic: "农村电商基础", when: "2020年11月12日上午", iso: "2020-11-12", place: "区电子商务公共服务中心", n: 23, mask: false },
    { no: 2, topic: "直播带货实操", when: "2021年1月7日", iso: "2021-01-07", place: "花山镇党群服务中心", n: 19, mask: true },
    { no: 3, topic: "网店运营提升", when: "2021年3月18日—19日", iso: "2021-03-19", place: "炭步镇文化站", n: 21, mask: false },
    { no: 4, topic: "农产品短视频营销", when: "2021年6月24日", iso: "2021-06-24", place: "赤坭镇党群服务中心", n: 17, mask: false },
    { no: 5, topic: "乡村电商创业", when: "2021年9月9日", iso: "2021-09-09", place: "梯面镇文化站", n: 14, mask: false },
  ];
  const tRows = [["花都区农村电商培训签到表（汇总）"], ["（签到栏：“√”本人签到，“缺”未到，“请假”请假；每行两人）"]];
  const tMerges = ["A1:I1", "A2:I2"];
  const tRecs = [];
  let xDone = false;
  let absent = 0;
  for (const s of SES) {
    tRows.push([`第${s.no}期　${s.topic}　培训时间：${s.when}　地点：${s.place}`, null, null, null, null, null, null, null, null]);
    tMerges.push(`A${tRows.length}:I${tRows.length}`);
    tRows.push(["序号", "姓名", "身份证号", "签到", null, "序号", "姓名", "身份证号", "签到"]);
    const people = [];
    for (let k = 0; k < s.n; k++) {
      const wantX = !xDone && s.no === 3 && k === 5 ? true : undefined;
      const id = makeId(REGION, birthBetween(1965, 2001), rnd() < 0.5, wantX);
      let idc = s.mask ? maskId(id) : id;
      if (wantX) {
        idc = id.slice(0, 17) + "x";
        xDone = true;
      }
      const st = k % 9 === 4 ? "缺" : k % 11 === 7 ? "请假" : "√";
      if (st !== "√") absent++;
      people.push({ name: personName(), idc, id: s.mask ? maskId(id) : id, st });
    }
    for (let k = 0; k < people.length; k += 2) {
      const L = people[k];
      const R = people[k + 1];
      const row = [k + 1, L.name, L.idc, L.st, null];
      if (R) row.push(k + 2, R.name, R.idc, R.st);
      else row.push(null, null, null, null);
      tRows.push(row);
      for (const p of [L, R]) if (p && p.st === "√") tRecs.push({ date: s.iso, personTimes: 1, id: p.id });
    }
    tRows.push([null, null, null, null, null, null, null, null, null]);
  }
  tRows.pop();
  assert(xDone && absent >= 6, "l1 x id and absentees");
  checkTrainingIds(tRecs, "l1");
  assert(tRecs.some((r) => r.id.includes("*")), "l1 masked ids");

  // ---------------- 公文交换发送记录
  const SENDS = [];
  for (const m of monthsBetween("2020-09", "2021-08")) {
    const next = monthsBetween(m, "2021-12")[1];
    const d = `${next}-${String(rint(3, 9)).padStart(2, "0")}`;
    const pov = m >= "2020-11" && m !== "2021-02";
    SENDS.push({ d, t: hms(), title: `花都区电子商务进农村综合示范创建工作月报（${cnMonth(m)}）`, to: "广州市商务局", att: pov ? "月报表.xlsx；电商扶贫统计表.xlsx" : "月报表.xlsx", st: "已签收", rep: true, pov });
  }
  const wd = SENDS.find((s) => s.title.includes("2021年3月"));
  wd.st = "已撤回";
  wd.rep = false;
  wd.note = "附件错误，撤回重发";
  SENDS.push({ d: isoAdd(wd.d, 1), t: hms(), title: wd.title + "（重发）", to: "广州市商务局", att: wd.att, st: "已签收", rep: true, pov: wd.pov });
  SENDS.push({ d: "2020-10-16", t: hms(), title: "关于申请拨付村级电商服务站点建设补助的请示", to: "花都区人民政府办公室", att: "请示.pdf", st: "已签收", rep: false });
  SENDS.push({ d: "2021-03-22", t: hms(), title: "关于电子商务公共服务中心运营经费的函", to: "花都区财政局", att: "函.pdf；测算表.xlsx", st: "已签收", rep: false });
  SENDS.push({ d: "2021-07-05", t: hms(), title: "花都区电子商务进农村综合示范创建工作情况（2021年上半年）", to: "花都区人民政府办公室", att: "情况报告.docx", st: "已签收", rep: false });
  SENDS.sort((a, b) => cmp(a.d + a.t, b.d + b.t));
  // the withdrawn one must come right before its re-send
  const rRows = [["粤政易公文交换——花都区商务局发送记录（导出）"], ["导出条件：发送日期 2020-09-01 至 2021-09-10；发文单位：花都区商务局电子商务科"],
    ["序号", "发送时间", "文件标题", "接收单位", "附件", "状态", "签收时间", "备注"]];
  const rRecs = [];
  SENDS.forEach((s, j) => {
    const got = s.st === "已签收" ? `${isoAdd(s.d, rint(1, 2))} ${hms()}` : null;
    rRows.push([j + 1, `${s.d} ${s.t}`, s.title, s.to, s.att, s.st, got, s.note || null]);
    if (s.rep) rRecs.push({ date: s.d, poverty: !!s.pov });
  });
  assert(rRecs.length === 12, "l1 12 reports " + rRecs.length);

  const cover = [["花都区电子商务进农村台账（第三册）"], [null], ["目　录"], ["一、村（居）委会名单（含村级快递服务点）"], ["二、村级电子商务服务站点清单"],
    ["三、农村电商培训签到表（汇总）"], ["四、粤政易公文交换发送记录（月报）"], [null], ["广州市花都区商务局电子商务科　2021年9月"]];
  // drop the `poor` field entirely for villages: there is no such column
  return {
    description:
      "广州花都区商务局电子商务科台账第三册（目录加四张表）：村（居）委会名单打印时每页重复表头，粘成一张后中间夹着“（续表）”和第二个表头行，“类型”写“村委／居委”，快递看“村级快递服务点”一列（写了站点名的算通达，两村写“无”，居委空白）；站点清单有几行“所在村”空着（村名只在站点名称“花都区花山镇××村电商服务站”里），几行写“××村委”，挂牌日期有“2021年8月”（只到月）、“2021.9.3”和“筹建”，一村两站、一个社区站；培训签到表每期一块（块头一行写期次、主题、培训时间——有“2021年3月18日—19日”和9月一期——和地点），每行左右两人、序号按行连续，只有签到栏“√”的算，“缺”“请假”不算，第2期身份证号打码，一人末位小写x；粤政易公文交换发送记录里只算发给广州市商务局的月报（发区政府办、区财政局的不算，3月月报“已撤回”那条不算、第二天“重发”的算），发送时间带时分秒，附件有“电商扶贫统计表.xlsx”的算含扶贫统计。",
    sheets: [
      { name: "目录", rows: cover, merges: [] },
      { name: "村居名单（含快递点）", rows: vRows, merges: vMerges },
      { name: "站点清单", rows: sRows, merges: ["A1:G1", `A${sRows.length}:G${sRows.length}`] },
      { name: "培训签到（两栏）", rows: tRows, merges: tMerges },
      { name: "公文交换发送记录", rows: rRows, merges: ["A1:H1", "A2:H2"] },
    ],
    expect: {
      sheets: {
        "目录": { kind: null },
        "村居名单（含快递点）": { kind: "villages", records: vRecs },
        "站点清单": { kind: "stations", records: sRecs },
        "培训签到（两栏）": { kind: "training", records: tRecs },
        "公文交换发送记录": { kind: "reports", records: rRecs },
      },
    },
  };
}

// =====================================================================================================
// l2 — 佛山南海区: combined labour-status column, two stacked firm tables, contract payments, media, web-page column list
// =====================================================================================================
function buildL2() {
  const REGION = "440605";
  // ---------------- 脱贫人口劳动力
  const STAT = [["有劳动能力·在家", true, false], ["有劳动能力·区内务工", true, false], ["有劳动能力·区外务工", true, true],
    ["弱劳动力·在家", true, false], ["无劳动能力", false, null], ["丧失劳动能力", false, null]];
  const VILL = [["九江镇", "烟南村"], ["九江镇", "沙头村"], ["西樵镇", "百西村"], ["丹灶镇", "仙岗村"], ["狮山镇", "塘头村"]];
  const pRows = [["南海区脱贫人口（含监测户）劳动力状况登记表"], ["（区农业农村局2021年6月更新；“劳动力状况”写作“劳动能力·务工情况”，“区外务工”即外出务工）"],
    ["序号", "镇（街道）", "村（社区）", "户主", "姓名", "身份证号", "劳动力状况", "备注"]];
  const pMerges = ["A1:H1", "A2:H2"];
  const pRecs = [];
  const plan = shuffle([0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 4, 4, 4, 5, 5, 1, 0, 2, 3]);
  let k = 0;
  let hh = 0;
  let xDone = false;
  let spDone = false;
  while (k < plan.length) {
    const size = Math.min(plan.length - k, rint(2, 4));
    const codes = plan.slice(k, k + size);
    k += size;
    const [town, vil] = VILL[hh % VILL.length];
    hh++;
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    const head = personName(sn);
    const r0 = pRows.length + 1;
    codes.forEach((c, j) => {
      const [st, lab, mig] = STAT[c];
      const birth = c >= 4 ? birthBetween(1936, 1958) : birthBetween(1966, 2001);
      const wantX = !xDone && c === 1 ? true : undefined;
      const id = makeId(REGION, birth, rnd() < 0.5, wantX);
      let idc = id;
      if (wantX) {
        idc = id.slice(0, 17) + "x";
        xDone = true;
      } else if (!spDone && c === 2) {
        idc = spacedId(id);
        spDone = true;
      }
      pRows.push([pRows.length - 2, j === 0 ? town : null, j === 0 ? vil : null, j === 0 ? head : null, j === 0 ? head : personName(j === 1 ? undefined : sn), idc, st, c === 2 ? ["广州市白云区", "深圳市宝安区", "东莞市"][rint(0, 2)] : null]);
      pRecs.push({ id, labour: lab, migrant: mig });
    });
    for (const col of ["B", "C", "D"]) mergeCol(pMerges, col, r0, pRows.length);
  }
  assert(xDone && spDone && pRecs.length === 24, "l2 24 persons");

  // ---------------- 入驻企业（在园／已退园）
  const IN = [["佛山市南海区湾区优选电子商务有限公司", "平台型"], ["佛山市南海区九江双蒸网店", "销售型（网店）"], ["佛山市南海区西樵茶叶电子商务有限公司", "销售型（网店）"],
    ["佛山市南海区丹灶五金电商商行", "销售型"], ["佛山南海云帆电商运营服务有限公司", "运营服务商"], ["佛山市南海区数创代运营工作室", "运营服务商"],
    ["佛山市南海区顺达仓储物流有限公司", "仓储物流"], ["佛山市南海区狮山鲜花电子商务有限公司", "销售型（网店）"], ["佛山市南海区里水直播传媒有限公司", "直播电商"],
    ["佛山市南海区桂城农品汇商行", "销售型"], ["佛山市南海区大沥鞋服电商有限公司", "销售型"], ["佛山南海农链供应链管理有限公司", "仓储物流"],
    ["佛山市南海区鱼花电商商行", "销售型（网店）"], ["佛山市南海区岭南优品电子商务有限公司", "平台型"], ["佛山市南海区乐活包装设计有限公司", "设计服务"],
    ["佛山市南海区渔耕粤韵直播基地有限公司", "直播电商"]];
  const OUTF = [["佛山市南海区西岸荔枝网店", "销售型（网店）", "2020-09-15", "2021-04-30", "经营不善退园"],
    ["佛山市南海区快兔物流有限公司", "仓储物流", "2020-10-08", "2021-07-20", "迁往三水"],
    ["佛山市南海区禾丰电商运营有限公司", "运营服务商", "2020-11-02", "2021-09-10", "租期届满"]];
  const eRows = [["南海区电子商务产业园入驻企业名单"], ["一、在园企业（截至2021年9月10日）"],
    ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "房号"]];
  const eMerges = ["A1:G1", "A2:G2"];
  const eRecs = [];
  const usedRooms = new Set();
  IN.forEach(([n, t], j) => {
    let iso = randIsoBetween("2020-08-01", "2021-08-25");
    let cell = dateCell(iso, j);
    if (j === 3) {
      iso = "2020-10";
      cell = "2020年10月";
    } else if (j === IN.length - 1) {
      iso = "2021-09-06";
      cell = "2021.9.6";
    }
    let room;
    do room = `${rint(1, 3)}${String(rint(1, 12)).padStart(2, "0")}`;
    while (usedRooms.has(room));
    usedRooms.add(room);
    eRows.push([j + 1, n, creditCode(REGION), t, cell, room, null]);
    eRecs.push({ name: n, type: t, entered: iso, left: null });
  });
  eRows.push([null, null, null, null, null, null, null]);
  eRows.push(["二、已退园企业", null, null, null, null, null, null]);
  eMerges.push(`A${eRows.length}:G${eRows.length}`);
  eRows.push(["序号", "企业名称", "统一社会信用代码", "企业类型", "退园日期", "入驻日期", "退园原因"]);
  OUTF.forEach(([n, t, a, b, why], j) => {
    eRows.push([j + 1, n, creditCode(REGION), t, j === 1 ? cnDate(b) : dotDate(b), j === 0 ? D(a) : dotDate(a), why]);
    eRecs.push({ name: n, type: t, entered: a, left: b });
  });
  for (const r of eRecs) if (r.left) assert(r.entered < r.left, "l2 left after entry");

  // ---------------- 合同付款
  const C = [
    ["区电子商务公共服务中心建设运营", "佛山南海云帆电商运营服务有限公司", 1500000, [["首付款", "2020-10-22", 450000, "30%"], ["进度款", "2021-03-15", 600000, "40%"], ["尾款", null, null, "30%"]]],
    ["村级电商服务站点建设", "中国邮政集团有限公司佛山市南海区分公司", 1100000, [["首付款", "2020-12-08", 330000, "30%"], ["进度款", "2021-05-20", 440000, "40%"], ["验收款", "2021-08-30", 220000, "20%"], ["质保金", null, null, "10%"]]],
    ["农村电商人才培训", "佛山市南海区南粤职业培训学校", 600000, [["第一期", "2021-01-12", 180000, "30%"], ["第二期", "2021-06-28", 243600, "40.6%"], ["第三期", "2021-09-14", 176400, "29.4%"]]],
    ["镇村物流配送体系建设", "佛山市南海区顺达仓储物流有限公司", 800000, [["首付款", "2021-02-05", 240000, "30%"], ["进度款", "2021-07-16", 325000, "40.625%"]]],
    ["农产品品牌培育与推广", "佛山市南海区乐活包装设计有限公司", 500000, [["首付款", "2021-04-09", 150000, "30%"]]],
    ["冷链及农产品溯源体系建设", "佛山南海农链供应链管理有限公司", 500000, [["首付款", "2021-05-26", 150000, "30%"], ["进度款", "2021-08-18", 202750, "40.55%"]]],
  ];
  const fRows = [["南海区电子商务进农村综合示范项目合同付款台账"], ["单位：元　　（合同行的金额是合同价，不是付款；付款以国库支付日期为准）"],
    ["序号", "合同／付款节点", "收款单位", "合同金额", "付款日期", "付款金额", "付款比例", "备注"]];
  const fMerges = ["A1:H1", "A2:H2"];
  const fRecs = [];
  let pi = 0;
  C.forEach(([n, who, amt, pays], j) => {
    fRows.push([CN_NUM[j + 1], `${n}合同`, who, j % 2 ? fmtMoney(amt) : amt, null, null, null, null]);
    let paid = 0;
    pays.forEach(([node, d, a, ratio], q) => {
      if (!d) {
        fRows.push([q + 1, `　${node}`, null, null, node === "质保金" ? "质保期满后支付" : "待验收", null, ratio, null]);
        return;
      }
      pi++;
      let ac = a;
      if (a === 325000) ac = "32.5万";
      else if (pi % 3 === 2) ac = fmtMoney(a);
      fRows.push([q + 1, `　${node}`, null, null, pi % 2 ? dotDate(d) : D(d), ac, ratio, d > "2021-08-31" ? "9月支付" : null]);
      fRecs.push({ date: d, amount: a });
      paid += a;
    });
    fRows.push([null, "　小计", null, null, null, paid, `${pct1(paid, amt)}`, null]);
  });
  fRows.push(["合计", null, null, sum(C.map((c) => c[2])), null, sum(fRecs.map((r) => r.amount)), null, null]);
  fMerges.push(`A${fRows.length}:C${fRows.length}`);
  assert(sum(C.map((c) => c[2])) === 5000000 && fRecs.length === 13, "l2 contracts 500万, 13 payments");

  // ---------------- 宣传报道
  const MEDIA = [["2020-11-05", "南海融媒", "区级", "网络", "南海首批村级电商服务站揭牌"], ["2021-01-20", "佛山日报", "市级", "报纸", "南海：电商进村，鱼花卖出新天地"],
    ["2021-03-30", "南方日报", "省级", "报纸", "南海农村电商公共服务中心免费培训带旺网商"], ["2021-05-12", "佛山电视台《佛山新闻》", "市级", "电视", "南海电商服务站里的“新农活”"],
    ["2021-06-18", "学习强国（广东学习平台）", "省级", "网络", "南海：电商助力乡村振兴"], ["2021-07-22", "央视新闻客户端", "中央级", "网络", "广东南海：直播间里卖鱼花"],
    ["2021-08-09", "“南海发布”视频号", "区级", "视频号", "九江双蒸上线电商直播"], ["2021-09-02", "广东广播电视台《广东新闻联播》", "省级", "电视", "南海电商进农村示范创建见实效"]];
  const LV = { "中央级": "national", "省级": "province", "市级": "city", "区级": "county" };
  const mRows = [["南海区电子商务进农村宣传报道统计表"], ["序号", "刊播日期", "媒体", "级别", "形式", "标题"]];
  const mRecs = [];
  MEDIA.forEach(([d, m, lv, form, t], j) => {
    mRows.push([j + 1, [D(d), cnDate(d), excelSerial(d), slashDate(d)][j % 4], m, lv, form, `《${t}》`]);
    mRecs.push({ date: d, level: LV[lv], tv: form === "电视" });
  });

  // ---------------- 专栏更新（网页复制）
  const posts = [];
  for (const m of monthsBetween("2020-07", "2021-08")) {
    if (m === "2021-01") continue;
    const next = monthsBetween(m, "2021-12")[1];
    const [y, mo] = next.split("-").map(Number);
    posts.push({ d: `${next}-${String(rint(2, Math.min(12, lastDay(y, mo)))).padStart(2, "0")}`, t: `南海区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）` });
  }
  posts.push({ d: "2020-06-28", t: "南海区电子商务进农村综合示范创建实施方案" });
  posts.push({ d: "2020-07-21", t: "南海区电子商务进农村综合示范项目基本信息公示（2020年7月）" });
  posts.push({ d: "2021-03-09", t: "关于公开征求《南海区促进农村电商发展扶持办法（征求意见稿）》意见的公告" });
  posts.sort((a, b) => cmp(b.d, a.d));
  const wRows = [["南海区人民政府网 > 专题专栏 > 电子商务进农村综合示范"], ["（2021年9月8日从区政府网复制；每条标题后括号里是发布日期）"], [null]];
  const per = 10;
  const pages = Math.ceil(posts.length / per);
  const dRecs = [];
  for (let p = 0; p < pages; p++) {
    for (const u of posts.slice(p * per, (p + 1) * per)) {
      wRows.push([`· ${u.t}（${u.d}）`]);
      dRecs.push({ date: u.d });
    }
    wRows.push([`共${posts.length}条　首页 上一页 ${Array.from({ length: pages }, (_, q) => q + 1).join(" ")} 下一页 尾页　第${p + 1}页`]);
    if (p < pages - 1) wRows.push([null]);
  }
  assert(pages === 2, "l2 two pages");

  const notes = [["南海区电子商务进农村台账（第五册）填表说明"], ["1．脱贫人口“劳动力状况”按“劳动能力·务工情况”填写，“区外务工”为外出务工。"],
    ["2．入驻企业分“在园”“已退园”两张表，已退园表先写退园日期、后写入驻日期。"], ["3．合同付款台账中，带“一、二、三……”的行是合同（金额为合同价），其下为各次付款。"],
    ["4．专栏更新从区政府网复制，发布日期在每条标题末尾的括号里。"], ["南海区经济促进局（商务）电商办　2021年9月"]];
  return {
    description:
      "佛山南海区经济促进局电商办台账第五册（说明页加五张表）：脱贫人口没有单独的劳动能力和务工列，只有一列“劳动力状况”写成“有劳动能力·区外务工”“弱劳动力·在家”“无劳动能力”（区外务工＝外出务工），户籍信息按户合并，一人末位小写x、一人号码带空格；入驻企业上下两张表（“一、在园企业”和“二、已退园企业”，第二张表先退园日期后入驻日期），类型写法“销售型（网店）”“运营服务商”“仓储物流”“直播电商”，一家“2020年10月”入驻、一家9月入驻；合同付款台账合同行（“一、…合同”，金额是合同价）下面挂付款节点行和小计行，“待验收”“质保期满后支付”不是付款，付款金额有数字、“600,000.00”式文本和一格“32.5万”；宣传报道级别写中央级／省级／市级／区级，形式有电视、视频号（不算电视）；专栏更新是从区政府网复制的标题列表（两页，带翻页行），发布日期在标题末尾括号里，标题里的“（2021年3月）”是进度所属月份不是发布日期。",
    sheets: [
      { name: "填表说明", rows: notes, merges: [] },
      { name: "脱贫人口劳动力", rows: pRows, merges: pMerges },
      { name: "入驻企业（在园／退园）", rows: eRows, merges: eMerges },
      { name: "合同付款台账", rows: fRows, merges: fMerges },
      { name: "宣传报道", rows: mRows, merges: ["A1:F1"] },
      { name: "专栏更新（网页复制）", rows: wRows, merges: [] },
    ],
    expect: {
      sheets: {
        "填表说明": { kind: null },
        "脱贫人口劳动力": { kind: "poorPersons", records: pRecs },
        "入驻企业（在园／退园）": { kind: "enterprises", records: eRecs },
        "合同付款台账": { kind: "funds", records: fRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "专栏更新（网页复制）": { kind: "disclosures", records: dRecs },
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
write("counties", "b185-c1-qingcheng.json", c1);
write("facts", "b185-f1-jianghai.json", f1);
write("facts", "b185-f2-chikan.json", f2);
write("facts", "b185-f3-meijiang.json", f3);
write("ledgers", "b185-l1-huadu.json", l1);
write("ledgers", "b185-l2-nanhai.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
